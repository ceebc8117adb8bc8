"""The outline of a report: a tree of sections with code-point spans.

This module holds the data and the queries; model/outline/detector.py builds it from a Report.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter

NodeKind = str  # "heading" | "lead" | "item"
#: Between the levels of a section path wherever one is shown or written: citations,
#: exports, the headless verbs, the status bar, the annotation list ("一、… › （一）…").
SECTION_SEPARATOR = " › "
_START = attrgetter("start")

#: Markers ending in one of these read naturally glued to their title: 一、 （一） 1. ①
_MARKER_ENDS = frozenset("、，,.．:：)）" + "".join(map(chr, range(0x2460, 0x2474))))  # ①…⑳


@dataclass(eq=False, slots=True, init=False)
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

    def __init__(self, line: int, depth: int, kind: NodeKind, marker: str, title: str,
                 start: int, end: int, title_start: int = 0, title_end: int = 0,
                 children: list[OutlineNode] | None = None,
                 parent: OutlineNode | None = None) -> None:
        # written out: a detector creates tens of thousands of nodes, and the generated
        # __init__ (with its default_factory check) is about a fifth slower
        self.line = line
        self.depth = depth
        self.kind = kind
        self.marker = marker
        self.title = title
        self.start = start
        self.end = end
        self.title_start = title_start
        self.title_end = title_end
        self.children = [] if children is None else children
        self.parent = parent

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
        if not self.marker:
            return self.title
        if self.marker[-1] in _MARKER_ENDS or self.marker.endswith(("是", "要")):
            return f"{self.marker}{self.title}"
        # 第一部分 / 第一条 / "一 主要做法" / 第一，首先，: the writer separated marker and title
        run_in = self.kind == "item" and not self.marker.endswith(("条", "條"))
        return f"{self.marker}{'，' if run_in else ' '}{self.title}"

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
        self._flat = _link_preorder(self.roots)
        self._starts = list(map(_START, self._flat))

    def nodes(self) -> list[OutlineNode]:
        """Every node, flat, in document order."""
        return list(self._flat)

    def __len__(self) -> int:
        return len(self._flat)

    def path_at(self, offset: int) -> list[OutlineNode]:
        """The chain of sections containing `offset`, outermost first ([] if none does).

        The innermost section holding `offset` is node_at's; its ancestors are the rest.
        """
        node = self.node_at(offset)
        return node.path() if node is not None else []

    def node_at(self, offset: int) -> OutlineNode | None:
        """The innermost section containing `offset` (its path not made: asked for each
        sentence of a report)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        node = self._flat[i] if i >= 0 else None
        while node is not None and not node.start <= offset < node.end:
            node = node.parent
        return node

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "nodes": [n.to_json() for n in self._flat]}


def _link_preorder(roots: list[OutlineNode]) -> list[OutlineNode]:
    """Set every parent link and list the nodes in document order. Outlines of big reports
    have tens of thousands of nodes but few levels: one plain call per level of nesting is
    far cheaper than nested generators or an explicit stack of tuples."""
    flat: list[OutlineNode] = []
    _link_level(roots, None, flat.append)
    return flat


def _link_level(nodes: list[OutlineNode], parent: OutlineNode | None,
                append: Callable[[OutlineNode], None]) -> None:
    for node in nodes:
        node.parent = parent
        append(node)
        if node.children:
            _link_level(node.children, node, append)
