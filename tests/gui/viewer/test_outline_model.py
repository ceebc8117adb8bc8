"""OutlineModel: a qtmodeltester-clean adapter over OutlineNode objects."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from gui.viewer.outline_model import DEPTH_ROLE, NODE_ROLE, START_ROLE, OutlineModel
from model.outline.tree import Outline, OutlineNode


def make_outline() -> Outline:
    """一、 with （一） (holding a lead) and （二）, then 二、 — hand-built, no detector."""
    lead = OutlineNode(4, 3, "lead", "一是", "加强学习", 30, 40, 30, 36)
    sub1 = OutlineNode(2, 2, "heading", "（一）", "存在困难", 10, 40, 10, 17, children=[lead])
    sub2 = OutlineNode(5, 2, "heading", "（二）", "下步打算", 40, 60, 40, 47)
    one = OutlineNode(1, 1, "heading", "一、", "主要做法", 0, 60, 0, 6, children=[sub1, sub2])
    two = OutlineNode(6, 1, "heading", "二、", "存在问题", 60, 90, 60, 66)
    return Outline(None, [one, two])


@pytest.fixture
def model(qtmodeltester) -> OutlineModel:
    model = OutlineModel()
    model.set_outline(make_outline())
    return model


def test_qtmodeltester_filled_empty_and_reset(qtmodeltester) -> None:
    model = OutlineModel()
    qtmodeltester.check(model)
    model.set_outline(make_outline())
    qtmodeltester.check(model)
    model.set_outline(None)
    qtmodeltester.check(model)


def test_qtmodeltester_through_a_filtering_proxy(qtmodeltester, model) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("下步")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_structure_and_nodes(model) -> None:
    assert model.rowCount() == 2
    one = model.index(0, 0)
    assert one.data() == "一、主要做法"
    assert model.rowCount(one) == 2
    sub1 = model.index(0, 0, one)
    assert model.parent(sub1) == one
    assert isinstance(sub1.data(NODE_ROLE), OutlineNode)
    assert model.node(model.index(0, 0, sub1)).label == "一是加强学习"
    assert not model.index(5, 0).isValid() and not model.index(0, 1).isValid()


def test_index_of_round_trips_every_node(model) -> None:
    for node in model.outline().nodes():
        index = model.index_of(node)
        assert index.isValid() and model.node(index) is node
    stranger = OutlineNode(1, 1, "heading", "三、", "别的", 0, 1)
    assert not model.index_of(stranger).isValid()


def test_roles(model) -> None:
    one = model.index(0, 0)
    lead = model.index(0, 0, model.index(0, 0, one))
    assert model.data(one, Qt.ItemDataRole.FontRole).bold()
    assert model.data(lead, Qt.ItemDataRole.FontRole).italic()
    assert model.data(lead, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(one, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(one, START_ROLE) == 0 and model.data(one, DEPTH_ROLE) == 1
    assert model.data(one, NODE_ROLE) is model.outline().roots[0]
    assert model.data(QModelIndex()) is None


def test_reset_is_signalled(qtbot, model) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_outline(make_outline())


def test_rows_are_selectable_and_enabled_only(model) -> None:
    """As a QAbstractItemModel's rows: not editable, draggable or a drop target."""
    wanted = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    for node in model.outline().nodes():
        assert model.flags(model.index_of(node)) == wanted
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_the_tree_is_asked_in_cpp_not_python() -> None:
    """expandAll asks index/parent/rowCount/hasChildren/flags of every node (9,700 nodes:
    ~46,000 calls); a Python override of any of them makes each call wait for the GIL
    while the reading analysis runs (Expand All 200+ ms instead of one 7–25 ms call)."""
    for name in ("index", "parent", "rowCount", "hasChildren", "flags", "columnCount",
                 "sibling"):
        assert name not in OutlineModel.__dict__, name


def test_a_new_outline_replaces_the_old_in_an_expanded_view(qtbot, qtmodeltester) -> None:
    from PySide6.QtWidgets import QTreeView

    model = OutlineModel()
    model.set_outline(make_outline())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.expandAll()
    view.setCurrentIndex(proxy.mapFromSource(model.index(0, 0, model.index(0, 0))))
    old = model.outline()
    new = make_outline()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_outline(new)
    assert model.node_count() == 5
    assert not any(model.index_of(node).isValid() for node in old.nodes())
    assert all(model.node(model.index_of(node)) is node for node in new.nodes())
    assert not view.currentIndex().isValid()
    assert not view.isExpanded(proxy.index(0, 0))
    qtmodeltester.check(proxy)
    model.set_outline(Outline(None, []))
    assert model.rowCount() == 0 and model.node_count() == 0 and model.columnCount() == 1
