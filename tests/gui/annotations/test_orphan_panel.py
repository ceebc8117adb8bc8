"""OrphanPanel: lists orphans, re-attaches to the selection, deletes, shows the summary."""
from __future__ import annotations

from pathlib import Path

import pytest

from gui.annotations.controller import Controller
from gui.annotations.orphan_panel import OrphanPanel, summary_text
from gui.annotations.table_model import AnnotationTableModel
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary
from tests.gui.tagging_support import TEXT, make_outline, open_controller, span_of


@pytest.fixture
def env(qtbot, tmp_path: Path):  # noqa: ANN201
    controller = open_controller(tmp_path)
    kept = controller.add_annotation(*span_of(TEXT, "经济运行"), "achievement")
    lost = controller.add_annotation(*span_of(TEXT, "创新能力不强"), "problem")
    controller.set_note(lost, "需跟踪")
    assert controller.save_now()
    # the report is edited elsewhere: the second quote disappears
    changed = TEXT.replace("创新能力不强", "科技投入偏少")
    report = Report(controller.report.path, changed, "txt")
    report.path.write_text(changed, encoding="utf-8")
    controller.open(report, make_outline(TEXT))
    panel = OrphanPanel(AnnotationTableModel(controller))
    controller.anchoring_summarised.connect(panel.set_summary)
    panel.set_summary(controller.summary)
    qtbot.addWidget(panel)
    panel.show()
    return controller, panel, kept, lost


def test_lists_only_orphans(env) -> None:  # noqa: ANN001
    controller, panel, _, lost = env
    assert controller.annotation_set.get(lost).orphaned
    assert panel.orphan_count() == 1
    assert panel.proxy.columnCount() == 3
    assert [panel.proxy.index(0, c).data() for c in range(3)] == ["问题", "创新能力不强", "需跟踪"]


def test_summary_label(env) -> None:  # noqa: ANN001
    _, panel, _, _ = env
    assert panel.summary.text() == "1 kept, 0 moved, 0 fuzzy, 1 orphaned"


def test_summary_text_forms() -> None:
    assert summary_text(None) == ""
    assert summary_text(AnchorSummary(12, 2, 1, 1)) == "12 kept, 2 moved, 1 fuzzy, 1 orphaned"
    assert summary_text({"anchored": 3}) == "3 kept, 0 moved, 0 fuzzy, 0 orphaned"


def test_reattach_to_selection(qtbot, env) -> None:  # noqa: ANN001
    controller, panel, _, lost = env
    panel.reattach_requested.connect(controller.reattach)
    panel.view.selectRow(0)
    assert not panel.reattach_button.isEnabled()  # no text selected yet
    start, end = span_of(controller.text, "科技投入偏少")
    panel.set_selection(end, start)
    assert panel.reattach_button.isEnabled()
    with qtbot.waitSignal(panel.reattach_requested) as blocker:
        panel.reattach_button.click()
    assert blocker.args == [lost, start, end]
    assert controller.annotation_set.get(lost).quote == "科技投入偏少"
    assert panel.orphan_count() == 0
    controller.undo_stack.undo()
    assert panel.orphan_count() == 1


def test_delete_orphan(qtbot, env) -> None:  # noqa: ANN001
    controller, panel, kept, lost = env
    panel.delete_requested.connect(controller.remove)
    assert not panel.delete_button.isEnabled()
    panel.view.selectRow(0)
    panel.delete_button.click()
    assert lost not in controller.annotation_set and kept in controller.annotation_set


def test_controller_type(env) -> None:  # noqa: ANN001
    assert isinstance(env[0], Controller)


def test_orphan_rows_follow_changes(env) -> None:  # noqa: ANN001
    """The orphan list is a model of its own: rows join and leave with updates, adds and
    removals, and only orphans ever show."""
    controller, panel, kept, lost = env
    model = panel.proxy
    assert [model.annotation(r).id for r in range(model.rowCount())] == [lost]
    added = controller.add_annotation(*span_of(controller.text, "科技投入"), "problem")
    assert added is not None and panel.orphan_count() == 1
    controller.reattach(lost, *span_of(controller.text, "科技投入偏少"))
    assert panel.orphan_count() == 0
    controller.undo_stack.undo()
    assert panel.orphan_count() == 1 and model.row_of(lost) == 0
    controller.remove([lost, kept])
    assert panel.orphan_count() == 0 and model.row_of(kept) == -1
    controller.undo_stack.undo()
    assert [model.annotation(r).id for r in range(model.rowCount())] == [lost]
