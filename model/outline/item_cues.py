"""Where run-in enumeration cues (一是, 第二，, 其次 …) stand in a text: every valid
occurrence of every cue literal of a family, found by a few regex scans.

A cue is valid when it opens the text or a paragraph or follows a sentence or clause break
(indent between allowed), and, for 第一/其一/最后 (最後)/一方面, is followed by a comma-like break.
The patterns start with a literal character (the cue's common last or first character), so
the regex engine scans for it at C speed; the break before is a fixed-width lookbehind,
and only a cue preceded by indent (a paragraph's, usually) is checked again in Python.
The same scan yields the clause after each cue (the item's title before its cut).
"""
from __future__ import annotations

import re
from types import MappingProxyType

from model.report.ordinals import int_to_cn

OPENS = frozenset("\n。；;：:，,！？!?")
INDENT = frozenset(" \t\u3000\xa0")
AFTER = frozenset("，,、：:")
FAMILIES = ("是", "要", "第", "其", "首先", "方面")
MAX_ITEMS = 30
_OPEN = "[\n。；;：:，,！？!?]"
_INDENT = "[ \t\u3000\xa0]"
#: What may precede a cue, as fixed-width lookbehinds: a break, or an indent character,
#: which needs checking again (what precedes the indent must be a break). Each variant
#: multiplies the pattern, and compiling a CJK character class costs ~0.4 ms at startup.
_BEFORE = (_OPEN, _INDENT)
_AFTER = "(?=[，,、：:])"
#: 最后 in simplified and traditional characters
_LAST = ("最后", "最後")
_STRICT = frozenset((*_LAST, "一方面", "另一方面"))
#: Cues after which a run has no next item
TERMINAL = frozenset((*_LAST, "另一方面"))


def _literals(family: str, value: int) -> tuple[str, ...]:
    """The written forms of the value-th cue of a family."""
    if value > MAX_ITEMS:
        return ()
    if family in ("是", "要"):
        return (int_to_cn(value) + family,)
    if family in ("第", "其"):
        return (family + int_to_cn(value),) if family == "第" or value <= 10 else ()
    if family == "首先":
        return {1: ("首先",), 2: ("其次", *_LAST), 3: ("再次", *_LAST)}.get(value, _LAST)
    return {1: ("一方面",), 2: ("另一方面",)}.get(value, ())


def needs_break_after(literal: str) -> bool:
    """第一/其一/最后/一方面 must be followed by a comma-like break (not 第一部分, 最后一公里)."""
    return literal[0] in "第其" and literal != "其次" or literal in _STRICT


#: A compiled scan, whether its literals share their first character, and its split
Scanner = tuple[re.Pattern[str], bool, int]
#: Characters of the clause after a cue that a scan reads. A longer clause gets its end
#: afterwards, found once for all the cues inside it: a scan reading every clause to its
#: end is quadratic when cues crowd one long clause ("，一是" repeated: minutes for 60 KB).
CLAUSE_SCAN = 200
_BREAKS = "\n。；;：:！!？?"
#: The clause after a cue, up to a sentence break (commas and separators skipped first)
_SKIP = " \t\u3000\xa0，,、：:"
_TITLE = f"(?=[{_SKIP}]*([^{_BREAKS}]{{0,{CLAUSE_SCAN}}}))"
_BREAK_RX = re.compile(f"[{_BREAKS}]")


def _scanner(anchor: str, prefix: bool, strict: bool, literals: list[str]) -> Scanner:
    """One pattern for literals sharing their first (prefix) or last character. The last
    group that took part, k, is the clause after the cue; with a common last character,
    group k - 1 is the cue, else the whole match is. When k is above the scanner's `split`,
    an indent precedes the cue: what precedes the indent must still be checked."""
    tail = f"{_AFTER if strict else ''}{_TITLE}"
    if prefix:
        rests = "|".join(sorted((lit[1:] for lit in literals), key=len, reverse=True))
        branches = [f"(?<={before}{anchor})(?:{rests}){tail}" for before in _BEFORE]
        seconds = "".join(sorted({lit[1] for lit in literals}))  # a quick first test
        return (re.compile(f"{anchor}(?=[{seconds}])(?:{'|'.join(branches)})"), True,
                len(_BEFORE) - 1)
    by_size: dict[int, list[str]] = {}
    for lit in literals:
        by_size.setdefault(len(lit), []).append(lit)
    branches = [f"(?<={before}({'|'.join(lits)})){tail}"
                for before in _BEFORE for lits in by_size.values()]
    seconds = "".join(sorted({lit[-2] for lit in literals}))  # a quick first test
    return (re.compile(f"{anchor}(?<=[{seconds}]{anchor})(?:{'|'.join(branches)})"), False,
            2 * len(by_size) * (len(_BEFORE) - 1))


def _scanners(family: str) -> tuple[Scanner, ...]:
    """The scans for every cue literal of a family, grouped by their common character."""
    literals = list(dict.fromkeys(lit for v in range(1, MAX_ITEMS + 1)
                                  for lit in _literals(family, v)))
    prefix = len({lit[0] for lit in literals}) == 1
    groups: dict[tuple[str, bool, bool], list[str]] = {}
    for lit in literals:
        strict = needs_break_after(lit)
        # 最后/最後 share their first character, not their last: one scan for both
        first = prefix or any(other[0] == lit[0] and other[-1] != lit[-1]
                              and needs_break_after(other) == strict for other in literals)
        groups.setdefault((lit[0] if first else lit[-1], first, strict), []).append(lit)
    return tuple(_scanner(anchor, first, strict, lits)
                 for (anchor, first, strict), lits in groups.items())


#: family → the cue literals of each value (index value - 1, up to MAX_ITEMS + 1)
LITERALS = MappingProxyType({f: tuple(_literals(f, v) for v in range(1, MAX_ITEMS + 2))
                             for f in FAMILIES})
_SCANNERS = MappingProxyType({f: _scanners(f) for f in FAMILIES})
#: A valid cue: (start, literal, (start, end) of the clause after it up to a break)
Cue = tuple[int, str, tuple[int, int]]


def _after_break(text: str, i: int) -> bool:
    """True when the text before offset i, indent skipped, is empty or ends with a break."""
    j = i - 1
    while j >= 0 and text[j] in INDENT:
        j -= 1
    return j < 0 or text[j] in OPENS


def _last_group(m: re.Match[str]) -> int:
    """The number of the clause group of a scanner match: every scanner pattern ends in one,
    so it is always set."""
    last = m.lastindex
    assert last is not None
    return last


def cue_list(text: str, family: str, body_end: int) -> list[Cue]:
    """Every valid cue of a family ending at or before body_end, in document order (valid
    cues never overlap), with the span of the clause after it."""
    opening: list[Cue] = []
    for literals in LITERALS[family]:
        for lit in literals:  # the lookbehinds need a character before the cue
            if (len(lit) <= body_end and text.startswith(lit) and not opening
                    and (not needs_break_after(lit) or text[len(lit):len(lit) + 1] in AFTER)):
                opening = [(0, lit, _clause(text, len(lit)))]
    found: list[Cue] = []
    stop = min(len(text), body_end + 1)  # + 1: the break after a cue ending at body_end
    scanners = _SCANNERS[family]
    for rx, prefix, split in scanners:
        if prefix:
            found += [(m.start(), m[0], m.span(k)) for m in rx.finditer(text, 0, stop)
                      for k in (_last_group(m),) if k <= split or _after_break(text, m.start())]
        else:
            found += [(m.start(k - 1), m[k - 1], m.span(k)) for m in rx.finditer(text, 0, stop)
                      for k in (_last_group(m),)
                      if k <= split or _after_break(text, m.start(k - 1))]
    if len(scanners) > 1:
        found.sort()
    found = opening + _full_clauses(text, found, stop)
    if found and found[-1][0] + len(found[-1][1]) > body_end:
        found.pop()  # only the last cue can reach body_end + 1
    return found


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause after a cue ending at `pos`, as _TITLE captures it without a limit."""
    size = len(text)
    while pos < size and text[pos] in _SKIP:
        pos += 1
    m = _BREAK_RX.search(text, pos)
    return pos, m.start() if m else size


def _full_clauses(text: str, cues: list[Cue], stop: int) -> list[Cue]:
    """`cues` (in order) with every clause that filled CLAUSE_SCAN taken to its end: the
    first break at or after it, or `stop`. A break found serves every later clause before
    it, so the text is read once."""
    scan = CLAUSE_SCAN
    end = -1
    for i in [i for i, (_, _, (s, e)) in enumerate(cues) if e - s >= scan]:
        start, literal, (s, e) = cues[i]
        if end < e:
            m = _BREAK_RX.search(text, e, stop)
            end = m.start() if m else stop
        cues[i] = (start, literal, (s, end))
    return cues
