"""The reviewer's corrections of a detected outline, applied by one pure function.

A correction (model.annotations.OutlineCorrection) is anchored on the text as an annotation
is. `apply` finds the node it points at — the node whose title starts where the quote
starts, else the node on that line whose title holds that place — and changes the outline:
- heading at level L: the node becomes a heading at depth L, its subtree moving with it; a
  line without a node becomes a new heading (its marker read as the detector reads one);
- remove: the node goes and its subtree moves up one level (its children go to its parent);
- shift by ±1: the node and its subtree move up (promote) or down (demote) one level.
Corrections apply in the order they were made, each to the result of those before. The
tree is then rebuilt from document order and depths alone (a node is the child of the
nearest node before it one level up; a depth never skips a level, so a node without an
earlier sibling cannot be demoted), and every span recomputed: a heading's section runs
to the next node at its depth or above, a lead or item keeps its own end within that.

A correction that cannot be placed (orphaned by re-anchoring, or its quote no longer the
text at its place) changes nothing and is listed by `lost`, so that callers show it; one
whose node is gone (a false heading the detector no longer reports) changes nothing either.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.annotations import CONTEXT_CHARS, OutlineCorrection, new_id, now_iso
from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    from model.report.loading import Report

# model.outline.rules and .bounds are imported where they are used: the window imports
# this module at start, and their patterns take ~12 ms to compile (the detector runs in
# a worker process then).

Correction = OutlineCorrection
#: Levels a line can be made a heading at (the window offers 1–4, the sidecar allows 9).
MAX_LEVEL = 9
_BLANK = " \t\u3000\xa0"


@dataclass(slots=True)
class _Entry:
    """One node while corrections apply: its detected (or newly made) node, its depth and
    kind now."""

    node: OutlineNode
    depth: int
    kind: str


def apply(outline: Outline, corrections: Iterable[OutlineCorrection], text: str) -> Outline:
    """`outline` (detected on `text`) with the corrections applied; `outline` itself when
    none applies. The detected outline is never changed."""
    usable = [c for c in corrections if placed(c, text)]
    if not usable:
        return outline
    entries = [_Entry(n, n.depth, n.kind) for n in outline.nodes()]
    for correction in usable:
        _apply_one(entries, correction, text)
    roots = outline.roots
    if roots:
        end = max(r.end for r in roots)
    else:
        from model.outline.bounds import body_end

        end = body_end(text)
    return _rebuild(entries, outline.title, end)


def corrected_outline(report: Report, corrections: Iterable[OutlineCorrection]) -> Outline:
    """The outline every use shows: the detector's, with the reviewer's corrections."""
    from model.outline.detector import detect_outline

    return apply(detect_outline(report), corrections, report.text)


def placed(c: OutlineCorrection, text: str) -> bool:
    """Whether `c` is anchored on `text` (its quote is the text at its place)."""
    return not c.orphaned and 0 <= c.start < c.end <= len(text) and \
        text.startswith(c.quote, c.start) and c.end - c.start == len(c.quote)


def lost(corrections: Iterable[OutlineCorrection], text: str) -> list[OutlineCorrection]:
    """The corrections whose place is gone from `text` (kept, shown, never applied)."""
    return [c for c in corrections if not placed(c, text)]


# --- making corrections ------------------------------------------------------------------
def make_correction(text: str, span: tuple[int, int], kind: str, *, level: int = 0,
                    by: int = 0, author: str = "") -> OutlineCorrection:
    """A new correction anchored on text[start:end] (see line_span and node_span)."""
    start, end = span
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span {start}-{end} for text of length {len(text)}")
    return OutlineCorrection(
        id=new_id(), kind=kind, start=start, end=end, quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start], suffix=text[end:end + CONTEXT_CHARS],
        level=level, by=by, author=author, created=now_iso())


def line_span(text: str, offset: int) -> tuple[int, int] | None:
    """The line holding `offset` without its leading and trailing blanks (None if blank)."""
    first, last = _line(text, offset)
    while first < last and text[first] in _BLANK:
        first += 1
    while last > first and text[last - 1] in _BLANK:
        last -= 1
    return (first, last) if last > first else None


def node_span(text: str, node: OutlineNode) -> tuple[int, int] | None:
    """Where a correction of `node` is anchored: its title (marker included), else its line."""
    if node.title_end > node.title_start:
        return node.title_start, node.title_end
    return line_span(text, node.start)


def node_on_line(outline: Outline, text: str, offset: int) -> OutlineNode | None:
    """The first node whose title starts on the line holding `offset` (None: none does)."""
    first, last = _line(text, offset)
    for node in _nodes_near(outline.nodes(), first, last):
        if first <= node.title_start < max(last, first + 1):
            return node
    return None


def can_shift(outline: Outline, node: OutlineNode, by: int) -> bool:
    """Promote (-1) needs a level above; demote (+1) an earlier sibling to go under."""
    if by < 0:
        return node.depth > 1
    siblings = node.parent.children if node.parent is not None else outline.roots
    return bool(siblings) and siblings[0] is not node


def with_correction(corrections: Sequence[OutlineCorrection], new: OutlineCorrection,
                    detected: Outline, text: str) -> list[OutlineCorrection]:
    """The corrections after `new`, without the ones it makes moot: a heading level chosen
    again for the same line replaces the last choice, a shift undone by the opposite
    shift of the same node is dropped, and removing a heading that only corrections made
    drops the corrections of its line instead."""
    out = list(corrections)
    last = out[-1] if out else None
    if last is not None and last.kind == new.kind == "heading" and placed(last, text) \
            and _line(text, last.start) == _line(text, new.start):
        return [*out[:-1], new]
    if last is not None and last.kind == new.kind == "shift" and last.by == -new.by \
            and (last.start, last.quote) == (new.start, new.quote):
        return out[:-1]
    if new.kind == "remove":
        line = _line(text, new.start)
        made = [c for c in out if placed(c, text) and _line(text, c.start) == line]
        if made and _find([_Entry(n, n.depth, n.kind) for n in detected.nodes()], new, text,
                          heading=True) is None:
            gone = set(map(id, made))
            return [c for c in out if id(c) not in gone]
    return [*out, new]


# --- applying -----------------------------------------------------------------------------
def _apply_one(entries: list[_Entry], c: OutlineCorrection, text: str) -> None:
    at = _find(entries, c, text, heading=c.kind == "heading")
    if c.kind == "heading":
        level = max(1, min(c.level, MAX_LEVEL))
        if at is None:
            node = _new_heading(text, c.start)
            entries.insert(bisect_left([e.node.start for e in entries], node.start),
                           _Entry(node, level, "heading"))
        else:
            _move(entries, at, level - entries[at].depth)
            entries[at].depth, entries[at].kind = level, "heading"
    elif at is not None and c.kind == "remove":
        _move(entries, at, -1)
        del entries[at]
    elif at is not None and c.kind == "shift" and c.by in (-1, 1):
        _move(entries, at, c.by)
        entries[at].depth = max(1, entries[at].depth + c.by)
    _normalise(entries)


def _move(entries: list[_Entry], at: int, by: int) -> None:
    """Shift the subtree below entries[at] (the entries after it that are deeper) by `by`."""
    depth = entries[at].depth
    j = at + 1
    while j < len(entries) and entries[j].depth > depth:
        entries[j].depth = max(1, entries[j].depth + by)
        j += 1


def _normalise(entries: list[_Entry]) -> None:
    """No depth skips a level: each is at most one below the one before (the first is 1)."""
    before = 0
    for e in entries:
        e.depth = max(1, min(e.depth, before + 1))
        before = e.depth


def _find(entries: list[_Entry], c: OutlineCorrection, text: str, *,
          heading: bool) -> int | None:
    """The index of the node `c` acts on: its title starts at c.start, else its title on
    c's line holds c.start; for a heading also a node that starts the line (after Markdown
    "## " or bold "**", its title starts later than the line's text)."""
    first, last = _line(text, c.start)
    starts = [e.node.start for e in entries]
    lo = max(0, bisect_left(starts, first) - 1)  # a marker alone on the line before its title
    near = range(lo, bisect_left(starts, max(last, first + 1), lo))
    for i in near:
        if entries[i].node.title_start == c.start:
            return i
    for i in near:
        node = entries[i].node
        if node.title_start <= c.start < max(node.title_end, node.title_start + 1):
            return i
    if heading:
        for i in near:
            if entries[i].node.start == first:
                return i
    return None


def _new_heading(text: str, at: int) -> OutlineNode:
    """A heading node for the line holding `at`: its marker and title read as the
    detector reads a numbered line (三、下步打算), else the line's first clause; the title
    span (what the text marks as a heading) is what the title shows."""
    from model.outline import rules

    first, last = _line(text, at)
    m = rules.LINE_RX.match(text, first, last)
    if m is not None and rules.is_marker(m):
        found = rules.parse_marker(text, m.start("mark"), last)
        marker = found[2] if found else m.group("mark").strip(_BLANK)
        title, title_start = rules.match_title(m), m.start("mark")
    else:
        marker, title_start = "", at
        title = rules.heading_title(text, at)
    line = text.count("\n", 0, first) + 1
    shown = title[0].rstrip("…")  # a long clause is cut for display: only that is marked
    end = title[1] + len(shown) if shown and text.startswith(shown, title[1]) else last
    return OutlineNode(line, 1, "heading", marker, title[0], first, 0, title_start,
                       max(end, title_start + 1))


def _rebuild(entries: list[_Entry], title: str | None, end: int) -> Outline:
    """New nodes in the entries' order and depths (parents by document order), with their
    sections' ends recomputed (see the module docstring)."""
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    made: list[OutlineNode] = []
    for e in entries:
        n = e.node
        node = OutlineNode(n.line, e.depth, e.kind, n.marker, n.title, n.start, n.end,
                           n.title_start, n.title_end)
        del stack[e.depth - 1:]
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        made.append(node)
    deepest = max((e.depth for e in entries), default=0)
    following = [end] * (deepest + 1)  # [d]: start of the next node at depth <= d
    for node in reversed(made):
        bound = following[node.depth]
        node.end = bound if node.kind == "heading" or not node.end else min(node.end, bound)
        if node.children:
            node.end = max(node.end, node.children[-1].end)
        for d in range(node.depth, deepest + 1):
            following[d] = node.start
    return Outline(title, roots)


def _line(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding `offset` (the end excludes the newline)."""
    first = text.rfind("\n", 0, offset) + 1
    last = text.find("\n", offset)
    return first, len(text) if last < 0 else last


def _nodes_near(nodes: list[OutlineNode], first: int, last: int) -> list[OutlineNode]:
    """The nodes starting on [first, last), and the one just before (its title may follow)."""
    starts = [n.start for n in nodes]
    lo = max(0, bisect_left(starts, first) - 1)
    return nodes[lo:bisect_left(starts, max(last, first + 1), lo)]
