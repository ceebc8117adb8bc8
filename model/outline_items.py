"""Run-in enumerations: 一是…二是…, 一要…二要…, 第一，第二，, 其一/其二, 首先/其次/最后,
一方面/另一方面 — inside a paragraph or opening it.

Only a sequence counts (一是 then 二是); a cue must open a paragraph or follow a sentence or
clause break, so 统一是 or 全省第一， never count. Every search is a literal str.find, so
the cost is a few C-speed scans of the text, whatever its size.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from model.numbering import int_to_cn
from model.outline import OutlineNode
from model.outline_rules import MAX_TITLE, short_title

_START = attrgetter("start")

_OPENS = frozenset("\n。；;：:，,！？!?")
_INDENT = frozenset(" \t\u3000\xa0")
_ORDINAL_AFTER = frozenset("，,、：:")
_TERMINAL = frozenset(("最后", "另一方面"))
_ITEM_TITLE = re.compile(r"[ \t\u3000\xa0，,、：:]*([^\n。；;：:！!？?]*)")
_CLAUSE_TAIL = " \t\u3000\xa0，,、"
FAMILIES = ("是", "要", "第", "其", "首先", "方面")
MAX_ITEMS = 30


#: A cue found in the text: (start, end, literal)
Cue = tuple[int, int, str]


def _literals(family: str, value: int) -> tuple[str, ...]:
    """The written forms of the value-th cue of a family."""
    if value > MAX_ITEMS:
        return ()
    if family in ("是", "要"):
        return (int_to_cn(value) + family,)
    if family in ("第", "其"):
        return (family + int_to_cn(value),) if family == "第" or value <= 10 else ()
    if family == "首先":
        return {1: ("首先",), 2: ("其次", "最后"), 3: ("再次", "最后")}.get(value, ("最后",))
    return {1: ("一方面",), 2: ("另一方面",)}.get(value, ())


def _needs_break_after(literal: str) -> bool:
    """第一/其一/最后/一方面 must be followed by a comma-like break (not 第一部分, 最后一公里)."""
    return literal[0] in "第其" and literal != "其次" or literal in ("最后", "一方面", "另一方面")


def _find(text: str, literal: str, pos: int, end: int) -> Cue | None:
    """The first occurrence of one cue literal in [pos, end) that opens a paragraph or
    follows a break (checked inline: this runs once per cue in the text)."""
    i = text.find(literal, pos, end)
    if i < 0:
        return None
    strict = _needs_break_after(literal)
    size = len(literal)
    opens, indent, after_ok = _OPENS, _INDENT, _ORDINAL_AFTER
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j] in indent:
            j -= 1
        if (j < 0 or text[j] in opens) and (
                not strict or text[i + size:i + size + 1] in after_ok):
            return i, i + size, literal
        i = text.find(literal, i + 1, end)
    return None


def _find_any(text: str, literals: Sequence[str], pos: int, end: int) -> Cue | None:
    if len(literals) == 1:
        return _find(text, literals[0], pos, end)
    found = [c for c in (_find(text, lit, pos, end) for lit in literals) if c is not None]
    return min(found) if found else None


@dataclass(frozen=True, slots=True)
class Segments:
    """Direct-content regions: each structural node owns [its start, next node's start)."""

    starts: list[int]
    owners: list[OutlineNode | None]
    body_end: int

    def locate(self, pos: int) -> tuple[OutlineNode | None, int]:
        """Owner of `pos` and the end of its region."""
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.body_end
        return self.owners[i], min(end, self.body_end)


def find_runs(text: str, family: str, segments: Segments) -> list[list[Cue]]:
    """Every sequence of ≥ 2 cues of one family that stays inside one region."""
    literals = [_literals(family, v) for v in range(1, MAX_ITEMS + 2)]
    firsts = literals[0]
    if all(text.find(lit, 0, segments.body_end) < 0 for lit in literals[1]):
        return []
    runs: list[list[Cue]] = []
    width = max(map(len, firsts))
    first = _find_any(text, firsts, 0, segments.body_end)
    while first is not None:
        _, region_end = segments.locate(first[0])
        restart = _find_any(text, firsts, first[1], region_end)
        limit = restart[0] if restart else region_end
        run = [first]
        while run[-1][2] not in _TERMINAL:
            nxt = _find_any(text, literals[min(len(run), MAX_ITEMS)], run[-1][1], limit)
            if nxt is None:
                break
            run.append(nxt)
        if len(run) >= 2:
            runs.append(run)
        # The next run starts at the restart cue (the run ended before it); without one, no
        # first cue lies wholly inside the rest of this region: search on past it.
        first = restart or _find_any(text, firsts, max(run[-1][1], region_end - width + 1),
                                     segments.body_end)
    return runs


def item_nodes(text: str, run: list[Cue], region_end: int,
               line_of: Callable[[int], int]) -> list[OutlineNode]:
    """Nodes for one run: each spans its cue up to the next cue or the paragraph end."""
    nodes = []
    last = len(run) - 1
    for k, (start, cue_end, literal) in enumerate(run):
        end = text.find("\n", start, region_end)
        if end < 0:
            end = region_end
        if k < last and run[k + 1][0] < end:
            end = run[k + 1][0]
        m = _ITEM_TITLE.match(text, cue_end, end)
        assert m is not None  # every part of the pattern may be empty
        clause = m.group(1).rstrip(_CLAUSE_TAIL)
        title_end = m.start(1) + len(clause) if clause else cue_end
        title = clause if len(clause) <= MAX_TITLE else short_title(clause)
        nodes.append(OutlineNode(line_of(start), 0, "item", literal, title,
                                 start, end, start, title_end))
    return nodes


def attach_items(text: str, segments: Segments, roots: list[OutlineNode],
                 line_of: Callable[[int], int]) -> None:
    """Find every run and hang its items under the region's owner (or at the top level)."""
    by_owner: dict[int, tuple[OutlineNode | None, list[OutlineNode]]] = {}
    for family in FAMILIES:
        for run in find_runs(text, family, segments):
            owner, region_end = segments.locate(run[0][0])
            entry = by_owner.setdefault(id(owner), (owner, []))
            entry[1].extend(item_nodes(text, run, region_end, line_of))
    for owner, items in by_owner.values():
        _nest(owner, items, roots)


def _nest(owner: OutlineNode | None, items: list[OutlineNode], roots: list[OutlineNode]) -> None:
    """Items of different runs nest by containment (一是 inside 首先); crossings are dropped."""
    items.sort(key=lambda n: (n.start, -n.end))
    base = owner.depth if owner is not None else 0
    open_items: list[OutlineNode] = []
    for item in items:
        while open_items and open_items[-1].end <= item.start:
            open_items.pop()
        if open_items and item.end > open_items[-1].end:
            item.end = open_items[-1].end  # the last 二是 inside 首先 ends where 首先 ends
        item.depth = base + len(open_items) + 1
        if open_items:
            open_items[-1].children.append(item)
        elif owner is not None:
            owner.children.append(item)
        else:
            roots.append(item)
        open_items.append(item)
    if owner is not None:
        owner.children.sort(key=_START)
    else:
        roots.sort(key=_START)
