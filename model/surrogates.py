"""Lone surrogates: code points U+D800–U+DFFF standing alone in a Python string.

They cannot be encoded as UTF-8, so one of them in a note would make every later save
fail. They arrive as JSON escapes (`"\\ud800"`) in someone else's sidecar, from a broken
paste, or as the surrogate escapes Python uses for undecodable bytes in file names. Every
string entering the model is repaired here: each lone surrogate becomes U+FFFD (the
replacement character), and callers count the repairs so they can say so.
"""
from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
#: In a str a valid pair is one code point, so any code point in this range is alone.
_LONE = re.compile("[\ud800-\udfff]")
#: A JSON escape that may decode to a surrogate (also matches valid pairs: a cheap filter).
_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def has_lone(text: str) -> bool:
    return _LONE.search(text) is not None


def repair(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (the same object if none)."""
    return _LONE.sub(REPLACEMENT, text) if _LONE.search(text) else text


def repair_counted(text: str) -> tuple[str, int]:
    """(repaired text, number of replaced code points)."""
    if not _LONE.search(text):
        return text, 0
    return _LONE.subn(REPLACEMENT, text)


def utf8(text: str) -> bytes:
    """`text` as UTF-8; a lone surrogate becomes U+FFFD instead of raising."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return repair(text).encode("utf-8")


def may_hold_surrogates(raw: bytes) -> bool:
    """Can this JSON text decode to a string holding a surrogate? (UTF-8 bytes cannot
    encode one, so only a `\\uD8xx`–`\\uDFxx` escape can.) False settles it cheaply."""
    return _ESCAPE.search(raw) is not None


def repair_tree(root: Any) -> int:
    """Repair, in place, every string (keys included) of parsed JSON; return how many code
    points were replaced. Iterative: nesting depth cannot exhaust the stack."""
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in [k for k in node if isinstance(k, str) and _LONE.search(k)]:
                fixed, n = repair_counted(key)
                node[fixed] = node.pop(key)
                count += n
            entries: Any = node.items()
        elif isinstance(node, list):
            entries = enumerate(node)
        else:
            continue
        fixes = []
        for key, value in entries:
            if isinstance(value, str):
                if _LONE.search(value):
                    fixes.append((key, value))
            elif isinstance(value, (dict, list)):
                stack.append(value)
        for key, value in fixes:
            node[key], n = repair_counted(value)
            count += n
    return count
