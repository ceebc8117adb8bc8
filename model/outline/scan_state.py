"""The state of one outline detection (model/outline/detector.py), shared with the lead
pass (model/outline/leads.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from model.outline import rules
from model.outline.tree import OutlineNode

START = attrgetter("start")


class LineCounter:
    """1-based line of an offset, counting newlines from the previous query (C speed)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1

    def __call__(self, pos: int) -> int:
        if pos >= self._pos:
            self._line += self._text.count("\n", self._pos, pos)
        else:
            self._line -= self._text.count("\n", pos, self._pos)
        self._pos = pos
        return self._line


#: An open section while scanning: (style, value, hint level or None, node)
Open = tuple[str, int, "int | None", OutlineNode]


@dataclass(slots=True)
class ScanState:
    text: str
    body_end: int
    line_of: LineCounter
    roots: list[OutlineNode] = field(default_factory=list)
    stack: list[Open] = field(default_factory=list)
    headings: list[OutlineNode] = field(default_factory=list)
    #: lead-sentence candidates per owning heading
    leads: dict[OutlineNode, list[re.Match[str]]] = field(default_factory=dict)
    #: written marker → rules.parse_marker of it, () if impossible (a report repeats a few)
    markers: dict[str, rules.Marker | tuple[()]] = field(default_factory=dict)
    #: number of the last article (第X条) opened: articles number on across chapters
    article: int = 0
    #: whether the innermost open section is an article (its clauses are its text)
    in_article: bool = False
    #: lead node → the heading it belongs to
    lead_owner: dict[OutlineNode, OutlineNode] = field(default_factory=dict)
    #: paragraphs opening with 这…， per owning heading (rules.parallel_leads)
    openers: dict[OutlineNode, list[re.Match[str]]] = field(default_factory=dict)

    def marker(self, m: re.Match[str]) -> rules.Marker | tuple[()]:
        """rules.parse_marker of a numbered line's match, parsed once per written form."""
        written = m.group("mark")
        found = self.markers.get(written)
        if found is None:
            found = self.markers[written] = (
                rules.parse_marker(self.text, m.start("mark"), self.body_end) or ())
        return found
