"""File names that always fit the file system's limit on one name.

Linux and macOS allow 255 bytes per name in the file system encoding (UTF-8: a Chinese
character takes 3), Windows 255 UTF-16 units; HFS+ counts the decomposed form. A name
derived from a report's name (`<report>.annotations.json`, a temp file `.<name>.1a2b3c4d.tmp`)
can exceed it although the report's own name fits. `fit` keeps such a name when it fits
every one of those measures and otherwise shortens its variable part deterministically:
the part cut at a character boundary, `…`, then the first 8 hex digits of the SHA-256 of
the whole part — so the same input always gives the same, findable name, and two long
names that share a beginning still differ.
"""
from __future__ import annotations

import hashlib
import os
import unicodedata

#: Bytes (POSIX) or UTF-16 units (Windows) in one file name.
NAME_MAX = 255
ELLIPSIS = "…"
HASH_CHARS = 8


def name_length(name: str) -> int:
    """The most any supported file system counts for `name` (bytes or UTF-16 units)."""
    return max(_bytes(name), _bytes(unicodedata.normalize("NFD", name)),
               len(name.encode("utf-16-le", "surrogatepass")) // 2)


def fits(name: str, limit: int = NAME_MAX) -> bool:
    return name_length(name) <= limit


def name_hash(part: str) -> str:
    """8 hex digits identifying `part` (any string, lone surrogates included)."""
    data = part.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:HASH_CHARS]


def fit(part: str, *, head: str = "", tail: str = "", limit: int = NAME_MAX) -> str:
    """`head + part + tail` if it fits `limit`, else `head + shorten(part) + tail`."""
    whole = head + part + tail
    if fits(whole, limit):
        return whole
    return head + shorten(part, limit - name_length(head) - name_length(tail)) + tail


def shorten(part: str, budget: int) -> str:
    """`part` cut to `<beginning>…<hash of part>` measuring at most `budget`."""
    mark = ELLIPSIS + name_hash(part)
    room = budget - name_length(mark)
    if room < 0:
        raise ValueError(f"no room for a shortened name in {budget}")
    keep = _longest_prefix(part, room)
    return part[:keep] + mark


def _longest_prefix(part: str, room: int) -> int:
    """The most code points of `part` whose measure fits `room`."""
    low, high = 0, len(part)
    while low < high:  # the measure grows with the prefix: binary search
        middle = (low + high + 1) // 2
        if name_length(part[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def _bytes(name: str) -> int:
    try:
        return len(os.fsencode(name))
    except UnicodeEncodeError:  # a lone surrogate that is not a surrogate escape
        return len(name.encode("utf-8", "surrogatepass"))
