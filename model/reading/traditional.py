"""Traditional→Simplified conversion that keeps every offset, so a Traditional report is
analysed (cues, keywords, suggestions, search) like its Simplified form and every span found
is a span of the original text.

The table (resources/dict/t2s.txt, built by tools/build_t2s_table.py from OpenCC's data,
Apache License 2.0) maps one code point to one of the same UTF-16 width; equal-length phrases
correct it where one character has two readings (乾隆 stays 乾隆; 瞭解 is 了解). Simplified
text is left as it is but for a dozen rare characters that are also Traditional forms
(於, 乾 outside its phrases…), which is why search converts the query the same way.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from model.reading.segmenter import RESOURCES
from model.reading.start_set import with_start_set
from model.report.textnorm import dense_table

TABLE_PATH = RESOURCES / "t2s.txt"


class Table(NamedTuple):
    """The character map (for str.translate), the phrases by their first character and a
    pattern finding the phrases (the longest of those starting at one place)."""

    chars: MappingProxyType[int, int]
    phrases: MappingProxyType[str, tuple[tuple[str, str], ...]]
    phrase: re.Pattern[str] | None
    #: `chars` of the Basic Multilingual Plane as a tuple (textnorm.dense_table): what
    #: `str.translate` reads fastest; a text with characters past it reads `chars`
    dense: tuple[int, ...] = ()
    #: a character of `dense` that changes: a piece without one is left as it is (a
    #: search of a Simplified text, 7x faster than its translation)
    changed: re.Pattern[str] | None = None


def load(path: str | Path = TABLE_PATH) -> Table:
    """Read the table; an empty one (no conversion) when the file is missing."""
    chars: dict[int, int] = {}
    phrases: dict[str, list[tuple[str, str]]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        key, _, value = line.partition("\t")
        if line.startswith("#") or len(key) != len(value) or not key:
            continue
        if len(key) == 1:
            chars[ord(key)] = ord(value)
        else:
            phrases.setdefault(key[0], []).append((key, value))
    by_start = {c: tuple(sorted(p, key=lambda kv: -len(kv[0]))) for c, p in phrases.items()}
    # the phrases longest first: the first alternative found is the longest; compiled as
    # a trie with a start set (model/reading/start_set.py), so the scan stops only where
    # a phrase is, not at each of its first characters (13,000 places a MB, 5 ms)
    phrase = (with_start_set(re.compile("|".join(re.escape(key) for c in sorted(by_start)
                                                 for key, _value in by_start[c])))
              if by_start else None)
    bmp = {key: value for key, value in chars.items() if key <= 0xFFFF}
    changed = (re.compile("[" + "".join(re.escape(chr(key)) for key, value in sorted(bmp.items())
                                        if key != value) + "]")
               if any(key != value for key, value in bmp.items()) else None)
    return Table(MappingProxyType(chars), MappingProxyType(by_start), phrase, dense_table(bmp),
                 changed)


#: The shipped table, read once on first import (a read-only constant).
TABLE = load()


#: Characters translated per call: `str.translate` of a whole 5 MB report is one C call
#: holding the GIL for 80–250 ms, a pause of the window when a worker thread runs it;
#: 100,000 a call was still 4–5 ms each, 20,000 is under 1 ms.
TRANSLATE_CHARS = 20_000


def _translated(text: str, table: Table) -> str:
    """text.translate(table.chars), a piece at a time (the same result: one character maps
    to one)."""
    if len(text) <= TRANSLATE_CHARS:
        return _translated_piece(text, table)
    return "".join([_translated_piece(text[at:at + TRANSLATE_CHARS], table)
                    for at in range(0, len(text), TRANSLATE_CHARS)])


def _translated_piece(piece: str, table: Table) -> str:
    """piece.translate(table.chars): through the dense table where every character of
    `piece` is in the BMP (its UTF-16 is two bytes a character; the check is a copy)."""
    if table.dense and len(piece.encode("utf-16-le", "surrogatepass")) == 2 * len(piece):
        if table.changed is None or table.changed.search(piece) is None:
            return piece  # nothing to change: no copy either
        return piece.translate(table.dense)
    return piece.translate(table.chars)


def simplified_chars(text: str, table: Table = TABLE) -> str:
    """`text` with each Traditional character replaced by its Simplified form (no phrases):
    what search applies to the text and to the query alike."""
    return _translated(text, table)


def simplified(text: str, table: Table = TABLE) -> str:
    """`text` in Simplified characters, phrase by phrase where a phrase says otherwise;
    the same length as `text`, character for character."""
    converted = _translated(text, table)
    if converted == text:  # a Simplified text: no second copy of it (5 MB: 3.5 MB)
        converted = text
    if table.phrase is None:
        return converted
    pieces: list[str] = []
    done = 0
    for match in table.phrase.finditer(text):
        key = match.group()
        value = next(value for phrase, value in table.phrases[key[0]] if phrase == key)
        pieces += (converted[done:match.start()], value)
        done = match.end()
    if not pieces:
        return converted
    pieces.append(converted[done:])
    return "".join(pieces)

