"""Expand All and Collapse All in the outline pane, in one call and in slices."""
from __future__ import annotations

import pytest

from gui.viewer import outline_pane, outline_view
from gui.viewer.outline_pane import OutlinePane
from model.outline.tree import Outline, OutlineNode


def make_outline(fanout: int = 3, depth: int = 4) -> Outline:
    """A full tree `depth` levels deep, `fanout` children per node (120 nodes for 3, 4)."""
    counter = iter(range(10**6))

    def level(d: int) -> list[OutlineNode]:
        nodes = []
        for _ in range(fanout):
            n = next(counter)
            kids = level(d + 1) if d < depth else []
            nodes.append(OutlineNode(n, d, "heading", f"{n}、", f"标题{n}", n * 10, n * 10 + 5,
                                     n * 10, n * 10 + 3, children=kids))
        return nodes

    return Outline(None, level(1))


def parents(outline: Outline) -> list[OutlineNode]:
    return [n for n in outline.nodes() if n.children]


@pytest.fixture
def pane(qtbot) -> OutlinePane:
    pane = OutlinePane()
    qtbot.addWidget(pane)
    pane.resize(300, 400)
    pane.show()
    pane.set_outline(make_outline())
    return pane


def expanded(pane: OutlinePane) -> list[bool]:
    return [pane.view.isExpanded(pane.proxy_index(n)) for n in parents(pane.model.outline())]


@pytest.mark.parametrize("sliced", [False, True])
def test_expand_all_expands_every_node_then_collapse_all_folds_them(
        qtbot, monkeypatch, pane, sliced) -> None:
    if sliced:  # every Expand All in slices, each one node long
        monkeypatch.setattr(outline_pane, "SLICED_EXPAND_NODES", 0)
        monkeypatch.setattr(outline_view, "EXPAND_SLICE_S", 0.0)
    assert not any(expanded(pane))
    pane.expand_all()
    assert pane.view.expanding() is sliced
    qtbot.waitUntil(lambda: not pane.view.expanding())
    assert all(expanded(pane)) and len(expanded(pane)) == 39
    rows = 0
    index = pane.view.model().index(0, 0)
    while index.isValid():  # every node is a visible row
        rows += 1
        index = pane.view.indexBelow(index)
    assert rows == 120
    pane.collapse_all()
    assert not any(expanded(pane))


def test_collapse_all_stops_a_sliced_expand_all(qtbot, monkeypatch, pane) -> None:
    monkeypatch.setattr(outline_pane, "SLICED_EXPAND_NODES", 0)
    monkeypatch.setattr(outline_view, "EXPAND_SLICE_S", 0.0)
    pane.expand_all()
    assert pane.view.expanding() and 0 < sum(expanded(pane)) < 39
    pane.collapse_all()
    assert not pane.view.expanding()
    qtbot.wait(50)
    assert not any(expanded(pane))


def test_a_filter_or_new_outline_stops_a_sliced_expand_all(qtbot, monkeypatch, pane) -> None:
    monkeypatch.setattr(outline_pane, "SLICED_EXPAND_NODES", 0)
    monkeypatch.setattr(outline_view, "EXPAND_SLICE_S", 0.0)
    pane.expand_all()
    pane.set_filter("标题119")  # the filter expands what matches, in one call
    assert not pane.view.expanding()
    assert pane.view.model().rowCount() == 1
    pane.set_filter("")
    pane.expand_all()
    pane.set_outline(make_outline(2, 2))
    assert not pane.view.expanding()
    qtbot.wait(50)  # no slice runs on the dead indexes of the old outline
    assert pane.model.node_count() == 6
