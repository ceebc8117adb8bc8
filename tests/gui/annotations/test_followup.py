"""Follow-up (整改) in the window: keys, the detail area, filter, sort, overdue, undo."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from gui.annotations.controller import Controller
from gui.annotations.followup_editor import NO_DATE, FollowUpEditor
from gui.annotations.panel import AnnotationPanel
from gui.annotations.table_model import (
    DEADLINE,
    FOLLOWUP,
    OVERDUE_COLOR,
    SORT_ROLE,
    AnnotationTableModel,
)
from tests.gui.tagging_support import TEXT, open_controller, span_of


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Controller:
    return open_controller(tmp_path)


@pytest.fixture
def panel(qtbot, controller: Controller) -> AnnotationPanel:
    widget = AnnotationPanel(AnnotationTableModel(controller))
    widget.followup_requested.connect(
        lambda ids, status: controller.set_followup(ids, followup_status=status))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_ctrl_shift(qtbot, widget, key: Qt.Key) -> None:  # noqa: ANN001
    """Ctrl+Shift+key, then the modifiers let go of (a QTest click leaves the
    application's modifier state held, which would turn later row clicks into toggles)."""
    qtbot.keyClick(widget, key,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)
    qtbot.keyRelease(widget, Qt.Key.Key_Control)


def tag(controller: Controller, needle: str) -> str:
    ident = controller.add_annotation(*span_of(TEXT, needle), "problem")
    assert ident is not None
    return ident


def test_status_by_keyboard_is_one_undo_step(qtbot, panel: AnnotationPanel,
                                             controller: Controller) -> None:
    ids = [tag(controller, n) for n in ("经济运行", "就业形势")]
    assert panel.view.isColumnHidden(FOLLOWUP)  # no follow-up data yet: six columns
    panel.view.selectAll()
    panel.view.setFocus()
    steps = controller.undo_stack.count()
    press_ctrl_shift(qtbot, panel.view, Qt.Key.Key_2)
    assert [controller.annotation_set.get(i).followup_status for i in ids] == [
        "in_progress", "in_progress"]
    assert controller.undo_stack.count() == steps + 1
    assert not panel.view.isColumnHidden(FOLLOWUP)
    press_ctrl_shift(qtbot, panel.view, Qt.Key.Key_3)
    assert controller.annotation_set.get(ids[0]).followup_status == "done"
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ids[0]).followup_status == "in_progress"
    controller.undo_stack.undo()
    assert not any(controller.annotation_set.get(i).has_followup for i in ids)
    assert panel.view.isColumnHidden(FOLLOWUP)


def test_overdue_is_marked_in_words_and_colour_and_filtered(
        qtbot, panel: AnnotationPanel, controller: Controller) -> None:
    late, later, closed = (tag(controller, n) for n in ("经济运行", "就业形势", "财政收支"))
    controller.set_followup([late], followup_status="in_progress",
                            followup_deadline="2020-01-31")
    controller.set_followup([later], followup_status="pending", followup_deadline="2999-01-01")
    controller.set_followup([closed], followup_status="done", followup_deadline="2020-01-01")
    model = panel.view.model()
    source = panel.proxy.sourceModel()
    row = source.row_of(late)
    index = source.index(row, FOLLOWUP)
    assert source.data(index) in ("In progress · Overdue", "整改中 · 逾期")
    assert source.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_COLOR)
    assert source.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert source.data(source.index(row, DEADLINE)) == "2020-01-31"
    closed_index = source.index(source.row_of(closed), FOLLOWUP)
    assert source.data(closed_index, Qt.ItemDataRole.ForegroundRole) is None
    panel.followup_filter.setCurrentIndex(panel.followup_filter.findData("overdue"))
    assert model.rowCount() == 1 and panel.proxy.index(0, 0).data(
        Qt.ItemDataRole.UserRole + 1) == late
    panel.followup_filter.setCurrentIndex(panel.followup_filter.findData("done"))
    assert model.rowCount() == 1
    panel.followup_filter.setCurrentIndex(0)
    assert model.rowCount() == 3
    panel.view.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    deadlines = [model.index(r, DEADLINE).data() for r in range(3)]
    assert deadlines == ["2020-01-01", "2020-01-31", "2999-01-01"]
    panel.view.sortByColumn(FOLLOWUP, Qt.SortOrder.AscendingOrder)
    assert model.index(0, FOLLOWUP).data(SORT_ROLE) < model.index(1, FOLLOWUP).data(SORT_ROLE)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) == late  # overdue first


def test_detail_area_sets_every_field_with_undo(qtbot, controller: Controller) -> None:
    ident = tag(controller, "经济运行")
    other = tag(controller, "就业形势")
    controller.set_followup([other], followup_unit="市发改委")
    editor = FollowUpEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.isEnabled()
    editor.set_annotation(ident)
    assert editor.isEnabled()
    editor.status.setCurrentIndex(editor.status.findData("pending"))
    editor.status.activated.emit(editor.status.currentIndex())
    assert editor.unit.completer().model().stringList() == ["市发改委"]  # used before
    editor.unit.setText("市财政局")
    editor.unit.editingFinished.emit()
    editor.deadline.setDate(QDate(2027, 3, 31))  # set after a pause (typing a date)
    qtbot.waitUntil(lambda: controller.annotation_set.get(ident).followup_deadline != "")
    editor.note.setText("已约谈")
    editor.note.editingFinished.emit()
    a = controller.annotation_set.get(ident)
    assert (a.followup_status, a.followup_unit, a.followup_deadline, a.followup_note) == (
        "pending", "市财政局", "2027-03-31", "已约谈")
    editor.clear_deadline.click()
    assert controller.annotation_set.get(ident).followup_deadline == ""
    assert editor.deadline.date() == NO_DATE
    for _ in range(5):
        controller.undo_stack.undo()
    assert not controller.annotation_set.get(ident).has_followup
    assert editor.status.currentData() == "" and editor.unit.text() == ""
    controller.undo_stack.redo()
    assert editor.status.currentData() == "pending"


def test_set_followup_refuses_other_fields(controller: Controller) -> None:
    ident = tag(controller, "经济运行")
    with pytest.raises(ValueError):
        controller.set_followup([ident], note="x")
    assert not controller.set_followup([ident], followup_status="")  # nothing changes
