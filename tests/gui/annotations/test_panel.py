"""AnnotationTableModel and AnnotationPanel: rows follow Change records, filters, keys."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from gui.annotations.controller import Controller
from gui.annotations.panel import AnnotationPanel
from gui.annotations.table_model import MODIFIED, NOTE, QUOTE, SECTION, TAG, AnnotationTableModel
from model.annotations import DEFAULT_TAGS, Change
from tests.gui.tagging_support import TEXT, open_controller, span_of


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Controller:
    return open_controller(tmp_path)


@pytest.fixture
def model(controller: Controller) -> AnnotationTableModel:
    return AnnotationTableModel(controller)


@pytest.fixture
def panel(qtbot, model: AnnotationTableModel) -> AnnotationPanel:
    widget = AnnotationPanel(model)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tag(controller: Controller, needle: str, tag_id: str = "problem") -> str:
    ident = controller.add_annotation(*span_of(TEXT, needle), tag_id)
    assert ident is not None
    return ident


def cell(model: AnnotationTableModel, row: int, col: int,
         role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, col), role)


def test_rows_in_document_order(model: AnnotationTableModel, controller: Controller) -> None:
    late = tag(controller, "坚持稳中求进")
    early = tag(controller, "经济运行")
    assert [model.annotation(r).id for r in range(model.rowCount())] == [early, late]


def test_cells(model: AnnotationTableModel, controller: Controller) -> None:
    ident = tag(controller, "财政收支矛盾突出")
    controller.set_note(ident, "需要\n核实")
    assert cell(model, 0, TAG) == "问题"
    assert cell(model, 0, TAG, Qt.ItemDataRole.DecorationRole) == QColor(DEFAULT_TAGS[0].color)
    assert cell(model, 0, QUOTE) == "财政收支矛盾突出"
    assert cell(model, 0, NOTE) == "需要 核实"
    assert cell(model, 0, SECTION) == "（一）存在问题"  # the section, not only "一、"
    assert cell(model, 0, SECTION, Qt.ItemDataRole.ToolTipRole).endswith(" › （一）存在问题")
    assert str(cell(model, 0, MODIFIED)).startswith("20")


def test_model_tester_through_every_change(qtmodeltester, model: AnnotationTableModel,
                                           controller: Controller) -> None:
    qtmodeltester.check(model)
    a = tag(controller, "经济运行")
    b = tag(controller, "就业形势")
    qtmodeltester.check(model)
    controller.retag([a], "figure")
    controller.set_note(b, "x")
    controller.annotation_set.update(a, status="orphaned")
    controller.reattach(a, *span_of(TEXT, "坚持稳中求进"))
    assert model.annotation(1).id == a
    controller.remove([a, b])
    assert model.rowCount() == 0
    controller.undo_stack.undo()
    assert model.rowCount() == 2
    controller.remove_tag("figure", "question")
    controller.reload_from_disk()
    qtmodeltester.check(model)


def test_insert_and_remove_signals(qtbot, model: AnnotationTableModel,
                                   controller: Controller) -> None:
    tag(controller, "坚持稳中求进")
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        ident = tag(controller, "经济运行")
    assert blocker.args[1:] == [0, 0]
    with qtbot.waitSignal(model.rowsRemoved) as blocker:
        controller.remove([ident])
    assert blocker.args[1:] == [0, 0]


def test_reattach_moves_the_row(qtbot, model: AnnotationTableModel,
                                controller: Controller) -> None:
    a = tag(controller, "经济运行")
    tag(controller, "就业形势")
    controller.annotation_set.update(a, status="orphaned")
    with qtbot.waitSignal(model.rowsMoved):
        controller.reattach(a, *span_of(TEXT, "坚持稳中求进"))
    assert [model.row_of(a)] == [1]


def test_text_and_tag_filters(panel: AnnotationPanel, controller: Controller) -> None:
    tag(controller, "经济运行", "achievement")
    tag(controller, "财政收支", "problem")
    tag(controller, "创新能力", "problem")
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("problem"))
    assert panel.proxy.rowCount() == 2
    panel.text_filter.setText("创新")
    assert panel.proxy.rowCount() == 1
    panel.tag_filter.setCurrentIndex(0)
    panel.text_filter.setText("（一）")  # the section path is searchable too
    assert panel.proxy.rowCount() == 2


def test_author_filter_lists_reviewers_and_filters(panel: AnnotationPanel,
                                                   controller: Controller) -> None:
    controller.author = "张三"
    tag(controller, "经济运行", "achievement")
    assert panel.author_filter.isHidden()  # one reviewer: nothing to choose
    controller.author = "李四"
    tag(controller, "财政收支", "problem")
    tag(controller, "创新能力", "problem")
    assert [panel.author_filter.itemText(i) for i in range(3)] == ["All reviewers", "张三", "李四"]
    assert not panel.author_filter.isHidden()
    panel.author_filter.setCurrentIndex(panel.author_filter.findData("李四"))
    assert panel.proxy.rowCount() == 2
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("achievement"))
    assert panel.proxy.rowCount() == 0
    panel.author_filter.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 1


def test_tag_filter_follows_tag_set(panel: AnnotationPanel, controller: Controller) -> None:
    count = panel.tag_filter.count()
    controller.add_tag("亮点", "Highlight", "#123456")
    assert panel.tag_filter.count() == count + 1


def test_sort_by_tag_column(panel: AnnotationPanel, controller: Controller) -> None:
    tag(controller, "经济运行", "figure")
    tag(controller, "财政收支", "problem")
    panel.view.sortByColumn(TAG, Qt.SortOrder.AscendingOrder)
    assert panel.proxy.index(0, TAG).data() == "问题"


def test_select_next_previous(panel: AnnotationPanel, controller: Controller) -> None:
    ids = [tag(controller, n) for n in ("经济运行", "就业形势", "财政收支")]
    assert [panel.select_next() for _ in range(4)] == [*ids, ""]
    assert panel.select_previous() == ids[1]
    assert panel.select_annotation(ids[0]) and panel.current_id() == ids[0]


def test_delete_key_requests_selected_ids(qtbot, panel: AnnotationPanel,
                                          controller: Controller) -> None:
    ids = [tag(controller, n) for n in ("经济运行", "就业形势", "财政收支")]
    panel.view.selectAll()
    panel.view.setFocus()
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert blocker.args[0] == ids
    panel.delete_requested.connect(controller.remove)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert len(controller.annotation_set) == 0


def test_enter_activates_and_f2_requests_note(qtbot, panel: AnnotationPanel,
                                              controller: Controller) -> None:
    ident = tag(controller, "经济运行")
    panel.select_next()
    panel.view.setFocus()
    with qtbot.waitSignal(panel.annotation_activated) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [ident]
    with qtbot.waitSignal(panel.note_edit_requested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert blocker.args == [ident]


def test_context_menu_retag(qtbot, panel: AnnotationPanel, controller: Controller) -> None:
    ids = [tag(controller, n) for n in ("经济运行", "就业形势")]
    panel.view.selectAll()
    panel.retag_requested.connect(controller.retag)
    menu = panel.build_menu()
    retag_menu = menu.actions()[0].menu()
    figure = next(a for a in retag_menu.actions() if a.text() == "数据")
    figure.trigger()
    assert {controller.annotation_set.get(i).tag for i in ids} == {"figure"}
    menu.deleteLater()


def test_current_changed_emitted(qtbot, panel: AnnotationPanel, controller: Controller) -> None:
    ident = tag(controller, "经济运行")
    with qtbot.waitSignal(panel.current_changed) as blocker:
        panel.select_next()
    assert blocker.args == [ident]
    assert panel.proxy.mapToSource(panel.view.currentIndex()) != QModelIndex()


def test_author_filter_hidden_without_annotations(panel: AnnotationPanel) -> None:
    assert panel.author_filter.isHidden()


def test_no_filter_looks_up_no_rows(panel: AnnotationPanel, model: AnnotationTableModel,
                                    controller: Controller, monkeypatch) -> None:  # noqa: ANN001
    """A reset with no filter set keeps every row without reading one (10,000 on open)."""
    for needle in ("经济运行", "财政收支", "创新能力"):
        tag(controller, needle)
    looked: list[int] = []
    real = model.row_annotation
    monkeypatch.setattr(model, "row_annotation", lambda row: looked.append(row) or real(row))
    model.on_change(Change("reset"))
    panel.refresh_tags()
    panel.refresh_authors()
    assert panel.proxy.rowCount() == 3 and looked == []
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("problem"))
    assert panel.proxy.rowCount() == 3 and sorted(looked) == [0, 1, 2]


def test_same_filter_again_refilters_nothing(panel: AnnotationPanel, model: AnnotationTableModel,
                                             controller: Controller,
                                             monkeypatch) -> None:  # noqa: ANN001
    tag(controller, "经济运行", "achievement")
    tag(controller, "财政收支", "problem")
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("achievement"))
    looked: list[int] = []
    real = model.row_annotation
    monkeypatch.setattr(model, "row_annotation", lambda row: looked.append(row) or real(row))
    panel.proxy.set_tag("achievement")
    panel.proxy.set_text("  ")
    panel.proxy.set_author(None)
    controller.tags_changed.emit()  # the same tags: the combo is not rebuilt
    assert looked == [] and panel.tag_filter.currentData() == "achievement"
    assert panel.proxy.rowCount() == 1
