"""The outline of a report: a tree of sections with code-point spans.

This module holds the data and the queries; model/outline_detect.py builds it from a Report.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

NodeKind = str  # "heading" | "lead" | "item"


@dataclass(eq=False)
class OutlineNode:
    """One entry of the outline.

    `start`/`end` span the node's whole section (heading included) in the canonical text;
    `title_start`/`title_end` span the heading text itself (marker included), which is
    what the reader sees marked when jumping to the node. `line` is 1-based.
    """

    line: int
    depth: int
    kind: NodeKind
    marker: str
    title: str
    start: int
    end: int
    title_start: int = 0
    title_end: int = 0
    children: list[OutlineNode] = field(default_factory=list)
    parent: OutlineNode | None = field(default=None, repr=False)

    def walk(self) -> Iterator[OutlineNode]:
        """This node and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def path(self) -> list[OutlineNode]:
        """Nodes from the top level down to this one."""
        chain: list[OutlineNode] = []
        node: OutlineNode | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def label(self) -> str:
        """Marker and title as a reader would cite them: "（一）存在困难"."""
        return f"{self.marker}{self.title}" if self.marker else self.title

    def to_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "depth": self.depth,
            "kind": self.kind,
            "marker": self.marker,
            "title": self.title,
            "start": self.start,
            "end": self.end,
        }


@dataclass(eq=False)
class Outline:
    """The detected structure: an optional document title and the top-level nodes."""

    title: str | None
    roots: list[OutlineNode]
    _flat: list[OutlineNode] = field(default_factory=list, init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        for root in self.roots:
            root.parent = None
            _link(root)
        self._flat = [n for root in self.roots for n in root.walk()]
        self._starts = [n.start for n in self._flat]

    def nodes(self) -> list[OutlineNode]:
        """Every node, flat, in document order."""
        return list(self._flat)

    def __len__(self) -> int:
        return len(self._flat)

    def path_at(self, offset: int) -> list[OutlineNode]:
        """The chain of sections containing `offset`, outermost first ([] if none does).

        Sections nest, so the last node starting at or before `offset` is the innermost
        containing section or a descendant of it: climb from there.
        """
        i = bisect.bisect_right(self._starts, offset) - 1
        node = self._flat[i] if i >= 0 else None
        while node is not None and not node.start <= offset < node.end:
            node = node.parent
        return node.path() if node is not None else []

    def node_at(self, offset: int) -> OutlineNode | None:
        """The innermost section containing `offset`."""
        path = self.path_at(offset)
        return path[-1] if path else None

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "nodes": [n.to_json() for n in self._flat]}


def _link(node: OutlineNode) -> None:
    for child in node.children:
        child.parent = node
        _link(child)
