"""A compiled pattern that skips, in C, the places where no match can start.

`re` looks for a match by trying the whole pattern at each position, unless the pattern
opens on a literal, a character class or an alternation of literals: then it first skips
to the next character that can open a match (its "charset prefix"). The cue patterns open
on an alternation of groups, on a lookahead (`(?=[同比较增])…`) or a lookbehind, none of
which `re` reads that way, so it starts a match attempt at every character of every unit
(a third of the suggestions' time went into these attempts). `with_start_set` compiles
the same pattern with the set of characters every match opens with — read from the
pattern itself, exactly — as that prefix: the same matches, found after skipping the rest.
Where such a pattern has no groups, its alternations are also regrouped by the literal
their branches open with (`_regrouped`): a trie `re` reads a character at a time.

A pattern whose first characters are not known exactly (a class such as \\d or [^。], a
back reference, case folding, an anchor first), or that may match the empty string, is
returned as it is; so is every pattern where `re`'s internals are not the ones read here.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any


def _internals() -> tuple[ModuleType, ModuleType, ModuleType]:
    """`re`'s compiler, constants and parser (re._compiler… from Python 3.11 on,
    sre_compile… before)."""
    try:
        return (importlib.import_module("re._compiler"), importlib.import_module("re._constants"),
                importlib.import_module("re._parser"))
    except ImportError:  # pragma: no cover - Python 3.10
        return (importlib.import_module("sre_compile"), importlib.import_module("sre_constants"),
                importlib.import_module("sre_parse"))


_sre_compile, _c, _sre_parse = _internals()

#: zero-width items: the first character a match consumes comes after them
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT)


class _Unknown(Exception):
    """An item whose first characters are not known exactly."""


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters that stand where any match of `pattern` starts (its first one, or
    what a lookahead at its start requires there), or None where they are not known
    exactly."""
    parsed = _parsed(pattern)
    return None if parsed is None else _firsts_of(parsed)


def _parsed(pattern: re.Pattern[str]) -> Any:
    """`re`'s parse of `pattern`, or None where its first characters cannot be read."""
    if (not isinstance(pattern.pattern, str)
            or pattern.flags & (re.IGNORECASE | re.DEBUG)):
        return None
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError):
        return None


def _firsts_of(parsed: Any) -> frozenset[str] | None:
    """`first_chars` of a parsed pattern."""
    try:
        data = parsed.data
        if data and data[0][0] is _c.AT:
            return None  # an anchor first: `re` tries the start alone already
        firsts, nullable = _of_sequence(data)
    except (_Unknown, AttributeError, TypeError):
        return None
    return None if nullable or not firsts else frozenset(firsts)


def _of_sequence(items: Any) -> tuple[set[str], bool]:
    """(the characters that may stand where a match of the sequence starts, whether it
    may match leaving that place open: consuming nothing and asserting nothing there)."""
    found: set[str] = set()
    for op, av in items:
        if op is _c.ASSERT and av[0] == 1:  # a lookahead: what stands at this place
            firsts, open_ = _of_sequence(av[1].data)
            if not open_:  # it needs one of these here, whatever follows
                return found | firsts, False
            continue
        if op in _ZERO_WIDTH or op is _c.AT:
            continue  # consumes nothing: the first character comes after it
        firsts, nullable = _of_item(op, av)
        found |= firsts
        if not nullable:
            return found, False
    return found, True


def _of_item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is not _c.LITERAL:
                raise _Unknown  # a range, a category, a negation: not read here
            chars.add(chr(value))
        return chars, False
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _of_sequence(sub.data)
    if op is _c.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in av[1]:
            firsts, empty = _of_sequence(branch.data)
            found |= firsts
            nullable = nullable or empty
        return found, nullable
    if op in _REPEATS:
        low, _high, sub = av
        firsts, empty = _of_sequence(sub.data)
        return firsts, empty or low == 0
    raise _Unknown


def with_start_set(pattern: re.Pattern[str], empty: bool = False) -> re.Pattern[str]:
    """`pattern`, compiled with the set of its first characters as the prefix `re` skips
    to; `pattern` itself where `re` has a prefix of its own or the set is not known.

    `empty`: also a pattern whose matches are empty (a lookahead alone), for a caller
    that only calls its `search`, each time from past the last match — never its
    finditer, findall, sub or split, which would find the same empty match forever."""
    parsed = _parsed(pattern)
    firsts = None if parsed is None else _firsts_of(parsed)
    if firsts is None:
        return pattern
    try:
        flags = parsed.state.flags | pattern.flags
        own: list[int] = []
        _sre_compile._compile_info(own, parsed, flags)
        lo, hi = own[3], own[4]
        if own[2] != 0 or lo == 0 and not empty:
            # a literal or charset prefix of `re`'s own: nothing to add; or a match may be
            # empty (a lookahead alone): `re` steps past an empty match only on its own
            # path — with a prefix set, finditer would find the same empty match forever
            return pattern
        if parsed.state.groups == 1:  # no group to renumber: alternations regrouped
            parsed.data = _regrouped(parsed.data, parsed.state)
        code: list[int] = [_c.INFO, 0, _c.SRE_INFO_CHARSET, lo, hi]
        charset, hascased = _sre_compile._optimize_charset(
            [(_c.LITERAL, ord(c)) for c in sorted(firsts)])
        if hascased:
            return pattern
        _sre_compile._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        _sre_compile._compile(code, parsed.data, flags)
        code.append(_c.SUCCESS)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        compiled: re.Pattern[str] = _sre_compile._sre.compile(
            pattern.pattern, flags, code, state.groups - 1, state.groupdict,
            tuple(indexgroup))
        return compiled
    except Exception:  # noqa: BLE001 - internals not as read here: the pattern as it is
        return pattern


#: alternatives an alternation may grow to when a leading group is spread over it
_MAX_ALTERNATIVES = 400
_LOOKBEHINDS = (_c.ASSERT, _c.ASSERT_NOT)


def _regrouped(items: list[Any], state: Any) -> list[Any]:
    """`items` (a parsed sequence) with every alternation regrouped by the literal its
    alternatives open with: `re` tries an alternation's branches one by one, a quick
    test of its first literal each, and enters a branch that opens on a group or a
    lookbehind in full at every place it tries (RESULT: ~75 branches, fifteen of them so).
    Regrouped, a leading group is spread over the branch ("(?:显著|明显)提升" → 显著提升 |
    明显提升), a leading lookbehind moves after the literal it stands before ("(?<!未)得到"
    → 得(?<!未得)到), and branches opening on the same literal share it (显(?:著提升|…)):
    a trie, tried a character at a time. Only for a pattern without groups (none is
    renumbered); branches are reordered only where no place can open both, so each
    match is the same."""
    out = []
    for op, av in items:
        if op is _c.BRANCH:
            alternatives = _spread([list(branch.data) for branch in av[1]])
            if alternatives is not None:
                av = (av[0], [_sre_parse.SubPattern(state, _regrouped(branch, state))
                              for branch in _shared_firsts(alternatives, state)])
        elif op in _REPEATS:
            low, high, sub = av
            av = (low, high, _sre_parse.SubPattern(state, _regrouped(list(sub.data), state)))
        out.append((op, av))
    return out


def _spread(alternatives: list[list[Any]]) -> list[list[Any]] | None:
    """The alternatives with a leading alternation spread over them and leading
    lookbehinds moved past the literal after them; None when they would grow too many."""
    done: list[list[Any]] = []
    todo = list(reversed(alternatives))
    while todo:
        items = todo.pop()
        if items and items[0][0] is _c.BRANCH:
            rest = items[1:]
            todo.extend(reversed([list(branch.data) + rest for branch in items[0][1][1]]))
        else:
            done.append(_lookbehinds_after_literal(items))
        if len(done) + len(todo) > _MAX_ALTERNATIVES:
            return None
    return done


def _lookbehinds_after_literal(items: list[Any]) -> list[Any]:
    """[lookbehinds…, c, rest…] as [c, each lookbehind with c appended…, rest…]: the same
    test once c is read, and the branch opens on a literal."""
    n = 0
    while n < len(items) and items[n][0] in _LOOKBEHINDS and items[n][1][0] < 0:
        n += 1
    if n == 0 or n == len(items) or items[n][0] is not _c.LITERAL:
        return items
    literal = items[n]
    moved = [(op, (direction, _sre_parse.SubPattern(sub.state, [*sub.data, literal])))
             for op, (direction, sub) in items[:n]]
    return [literal, *moved, *items[n + 1:]]


def _shared_firsts(alternatives: list[list[Any]], state: Any) -> list[list[Any]]:
    """The alternatives, those opening on the same literal joined into one (the literal,
    then an alternation of what follows it), kept in their order wherever a place could
    open two of them (another branch that may open with that character between them)."""
    groups: list[tuple[int, list[list[Any]]] | list[Any]] = []
    open_at: dict[int, list[list[Any]]] = {}  # literal -> the tails of its open group
    for items in alternatives:
        if items and items[0][0] is _c.LITERAL:
            char = items[0][1]
            tails = open_at.get(char)
            if tails is None:
                tails = open_at[char] = []
                groups.append((char, tails))
            tails.append(items[1:])
            continue
        try:
            firsts, nullable = _of_sequence(items)
        except _Unknown:
            firsts, nullable = set(), True
        if nullable:
            open_at.clear()  # it may match at any place: nothing moves past it
        else:
            for char in firsts:
                open_at.pop(ord(char), None)
        groups.append(items)
    out: list[list[Any]] = []
    for group in groups:
        if isinstance(group, tuple):
            char, tails = group
            if len(tails) == 1:
                out.append([(_c.LITERAL, char), *tails[0]])
            else:
                branches = [_sre_parse.SubPattern(state, tail)
                            for tail in _shared_firsts(tails, state)]
                out.append([(_c.LITERAL, char), (_c.BRANCH, (None, branches))])
        else:
            out.append(group)
    return out


def empty_matches(search: Callable[[str, int, int], re.Match[str] | None], text: str,
                  start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches `finditer(text, start, end)` gives of a pattern whose matches are all
    empty (a lookahead alone), by its `search` (one made by `with_start_set(…, empty=True)`):
    each search from one past the last match."""
    match = search(text, start, end)
    while match is not None:
        yield match
        match = search(text, match.start() + 1, end)


def speed_up_module(namespace: dict[str, Any]) -> None:
    """Each compiled pattern named at the top of a module (its `globals()`), compiled
    again by `with_start_set`: call it once, at the module's end, so that the patterns
    added there later are sped up too. Patterns inside containers are left as they are."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = with_start_set(value)
