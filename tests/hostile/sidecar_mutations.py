"""Seeded random damage to sidecar files, for tests/hostile/test_fuzz_sidecar.py.

Byte level (bit flips, cuts, truncation, inserted junk, repeated chunks) and JSON level
(a random member deleted, retyped or duplicated, huge numbers, deep nesting, lone
surrogate escapes, NaN/Infinity). Every mutation is a pure function of (bytes, rng).
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

Mutation = Callable[[bytes, random.Random], bytes]

_ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, "", "x", [], {}, [[]], {"a": {}}, "\u3000", 2**63,
    -(2**63), 1e308, "1", "#zzzzzz", "TextQuoteSelector", "orphaned",
]
_RAW_VALUES = [
    b"1" + b"0" * 5000,  # more digits than Python parses by default
    b"1e999", b"-1e999", b"NaN", b"Infinity", b"-Infinity", b"1.0e400",
    b"123456789012345678901234567890", b'"\\ud800"', b'"\\udfff\\ud800x"',
    b'"\\ud83d\\ude00"', b"[" * 3000 + b"]" * 3000, b'{"a":' * 2000 + b"1" + b"}" * 2000,
]


# --- byte level ---------------------------------------------------------------------------
def flip_bits(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def cut(raw: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(raw))
    return raw[:start] + raw[start + rng.randint(1, 64):]


def insert_junk(raw: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(raw) + 1)
    junk = rng.choice([bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))),
                       rng.choice(_RAW_VALUES), b"\x00", b"\xef\xbb\xbf", b"\\ud800"])
    return raw[:at] + junk + raw[at:]


def repeat_chunk(raw: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(raw))
    chunk = raw[start : start + rng.randint(1, 200)]
    return raw[:start] + chunk * rng.randint(2, 50) + raw[start:]


def surrogate_in_string(raw: bytes, rng: random.Random) -> bytes:
    """A lone surrogate escape just inside a random string value."""
    quotes = [i for i, b in enumerate(raw) if b == ord('"')]
    if not quotes:
        return raw
    at = rng.choice(quotes) + 1
    escape = rng.choice([b"\\ud800", b"\\uDBFF", b"\\udc00", b"\\ud800\\ud800"])
    return raw[:at] + escape + raw[at:]


# --- JSON level ---------------------------------------------------------------------------
def _nodes(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a member or item of `doc`."""
    found: list[tuple[Any, ...]] = []
    items = doc.items() if isinstance(doc, dict) else enumerate(doc) \
        if isinstance(doc, list) else []
    for key, value in items:
        found.append((*path, key))
        found.extend(_nodes(value, (*path, key)))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        doc = doc[key]
    return doc


def json_level(raw: bytes, rng: random.Random) -> bytes:
    """Delete, retype or duplicate a random member, or give it an odd raw value."""
    try:
        doc = json.loads(raw)
        paths = _nodes(doc)
    except (ValueError, RecursionError):  # not JSON (any more), or nested too deeply
        return flip_bits(raw, rng)
    if not paths:
        return raw
    path = rng.choice(paths)
    parent, key = _parent(doc, path), path[-1]
    action = rng.choice(["delete", "retype", "retype", "duplicate", "raw", "raw"])
    marker = json.dumps("@@odd@@").encode("utf-8")
    replacement = rng.choice(_RAW_VALUES)
    if action == "delete":
        del parent[key]
    elif action == "retype":
        parent[key] = rng.choice(_ODD_VALUES)
    elif action == "duplicate" and isinstance(parent, list):
        parent.insert(key, parent[key])
    elif action == "duplicate":  # a repeated member: JSON allows it, the last one wins
        pair = [_dump(parent[key]), _dump(rng.choice(_ODD_VALUES))]
        rng.shuffle(pair)
        name = _dump(key)
        replacement = pair[0] + b", " + name + b": " + pair[1]
        parent[key] = "@@odd@@"
    else:
        parent[key] = "@@odd@@"
    return _dump(doc).replace(marker, replacement)


def _dump(value: Any) -> bytes:
    """As our writer would, or with escapes when a lone surrogate is in the text."""
    try:
        return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=2).encode("ascii")
    except RecursionError:
        return b"[" * 5000


MUTATIONS: list[Mutation] = [
    flip_bits, truncate, cut, insert_junk, repeat_chunk, surrogate_in_string,
    json_level, json_level, json_level,
]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One to three mutations in a row."""
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not raw:
            return raw
        raw = rng.choice(MUTATIONS)(raw, rng)
    return raw
