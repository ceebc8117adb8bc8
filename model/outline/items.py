"""Run-in enumerations: 一是…二是…, 一要…二要…, 第一，第二，, 其一/其二, 首先/其次/最后,
一方面/另一方面 — inside a paragraph or opening it.

Only a sequence counts (一是 then 二是), or a numbered first cue opening a paragraph (LONE);
a cue must open a paragraph or follow a sentence or clause break, so 统一是 or 全省第一，
never count. model/outline/item_cues.py lists every valid cue
of a family in a few regex scans; one walk over that list then forms the runs.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from model.outline.item_cues import FAMILIES, LITERALS, MAX_ITEMS, TERMINAL, Cue, cue_list
from model.outline.rules import MAX_TITLE, short_title
from model.outline.tree import OutlineNode

_START = attrgetter("start")
_REGION = itemgetter(0)
_CLAUSE_TAIL = " \t\u3000\xa0，,、"
#: Items nest at most this deep (首先 > 一是 > 一方面 is three): in one endless paragraph
#: every new run nests in the last item of the one before, thousands deep.
MAX_ITEM_NESTING = 6


#: A run and where it stands: (region index, region end, its cues and then a stop cue at
#: the region end)
Run = tuple[int, int, list[Cue]]


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


def find_runs(text: str, family: str, segments: Segments) -> list[Run]:
    """Every sequence of ≥ 2 cues of one family that stays inside one region (each followed
    by a stop cue at the region end, so that every cue has a next one): a first cue
    (一是), then each time the next cue of the next value (二是, 三是 …) up to the region end
    or the next first cue, whichever comes first; a terminal cue (最后) ends the sequence."""
    literals = LITERALS[family]
    cues = cue_list(text, family, segments.body_end)
    firsts = frozenset(literals[0])
    #: what may come after the k-th cue of a run (after a terminal one, nothing)
    wanted = [frozenset(lits) for lits in literals]
    nothing: frozenset[str] = frozenset()
    terminal, most = TERMINAL, MAX_ITEMS
    bounds, body_end = segments.starts, segments.body_end
    last_region = len(bounds) - 1
    runs: list[Run] = []
    n, j = len(cues), 0
    while j < n and cues[j][1] not in firsts:
        j += 1
    while j < n:
        first = cues[j]
        i = bisect.bisect_right(bounds, first[0]) - 1
        region_end = min(bounds[i + 1], body_end) if i < last_region else body_end
        run = [first]
        want, value = (nothing if first[1] in terminal else wanted[1]), 1
        restart = False
        for j in range(j + 1, n):  # noqa: B020 - the walk goes on where it stops
            cue = cues[j]
            start, literal, _ = cue
            if start + len(literal) > region_end:
                break
            if literal in firsts:
                restart = True
                break
            if literal in want:
                run.append(cue)
                value = value + 1 if value < most else value
                want = nothing if literal in terminal else wanted[value]
        else:
            j = n
        if len(run) >= 2 or (first[1] in LONE and _opens_paragraph(text, first[0])):
            run.append((region_end, "", (0, 0)))  # the end of the last item's reach
            runs.append((i, region_end, run))
        # Without a restart, no first cue lies wholly inside the rest of the region.
        while not restart and j < n and cues[j][1] not in firsts:
            j += 1
    return runs


#: First cues that are an item even alone, when they open a paragraph: a numbered cue
#: there enumerates (三、下步打算 / 一是…, the rest cut off or never written); 首先 or
#: 一方面 alone is prose.
LONE = frozenset(("一是", "一要", "第一", "其一"))


def _opens_paragraph(text: str, pos: int) -> bool:
    """True when only indent stands between the line start and `pos`."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t\u3000\xa0")


def _add_items(text: str, run: list[Cue], region_end: int, depth: int,
               counted: list[int], items: list[OutlineNode]) -> None:
    """Nodes for one run: each spans its cue up to the next cue or the paragraph end, its
    title is the clause after the cue (cut at the item's end). `counted` is [an offset,
    its line], moved along."""
    tail, node, add, max_title = _CLAUSE_TAIL, OutlineNode, items.append, MAX_TITLE
    pos, line = counted
    newline = -1
    for (start, literal, (title_start, title_end)), following in zip(run, run[1:]):
        if newline <= start:  # else the cue shares the paragraph (and line) of the last one
            newline = text.find("\n", start, region_end)
            if newline < 0:
                newline = region_end
            if start >= pos:
                line += text.count("\n", pos, start)
            else:
                line -= text.count("\n", start, pos)
            pos = start
        end = following[0]
        if end > newline:
            end = newline
        if title_end > end:  # the clause as cut at the item's end
            title_end = end
            if title_start > end:
                title_start = end
        clause = text[title_start:title_end].rstrip(tail)
        if not clause:
            add(node(line, depth, "item", literal, clause, start, end, start,
                     start + len(literal)))
        else:
            add(node(line, depth, "item", literal,
                     clause if len(clause) <= max_title else short_title(clause),
                     start, end, start, title_start + len(clause)))
    counted[0], counted[1] = pos, line


def attach_items(text: str, segments: Segments, roots: list[OutlineNode],
                 line_of: Callable[[int], int]) -> None:
    """Find every run and hang its items under the region's owner (or at the top level)."""
    runs = [run for family in FAMILIES for run in find_runs(text, family, segments)]
    runs.sort(key=_REGION)  # stable: within a region, as found
    owners = segments.owners
    counted: list[int] = []
    # From the last region: the line counter was last asked about offsets near the end.
    k = len(runs) - 1
    while k >= 0:
        i, region_end, run = runs[k]
        owner = owners[i]
        if not counted:
            counted += [run[0][0], line_of(run[0][0])]
        if k == 0 or runs[k - 1][0] != i:  # one run: its items follow each other
            siblings = owner.children if owner is not None else roots
            sort = bool(siblings)  # else the items come in order
            _add_items(text, run, region_end, (owner.depth if owner else 0) + 1, counted,
                       siblings)
            if sort:
                siblings.sort(key=_START)
            k -= 1
            continue
        first = k
        while first > 0 and runs[first - 1][0] == i:
            first -= 1
        items: list[OutlineNode] = []
        for _, region_end, run in runs[first:k + 1]:
            _add_items(text, run, region_end, 0, counted, items)
        items.sort(key=_START)  # cues never share a start
        _nest(owner, items, roots)
        k = first - 1


def _nest(owner: OutlineNode | None, items: list[OutlineNode], roots: list[OutlineNode]) -> None:
    """Items (in document order) of different runs nest by containment (一是 inside 首先);
    crossings are dropped, and so are items nested deeper than MAX_ITEM_NESTING."""
    base = owner.depth if owner is not None else 0
    open_items: list[OutlineNode] = []
    for item in items:
        while open_items and open_items[-1].end <= item.start:
            open_items.pop()
        if len(open_items) >= MAX_ITEM_NESTING:
            continue
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
