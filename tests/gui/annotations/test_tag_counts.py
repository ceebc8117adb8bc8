"""Per-section tag counts and the outline chip delegate."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from gui.annotations.tag_counts import TagCountDelegate, TagCounts, section_tag_counts
from model.annotations import DEFAULT_TAGS, make_annotation
from tests.gui.tagging_support import TEXT, make_outline, open_controller, span_of

COLOR = {t.id: t.color for t in DEFAULT_TAGS}


def test_counts_per_section_include_subsections() -> None:
    outline = make_outline()
    one, two = outline.roots
    sub = one.children[0]
    items = [make_annotation(TEXT, *span_of(TEXT, n), t) for n, t in
             (("经济运行", "achievement"), ("财政收支", "problem"), ("创新能力", "problem"),
              ("坚持稳中求进", "measure"))]
    counts = section_tag_counts(outline, items)
    assert counts[one] == {"achievement": 1, "problem": 2}
    assert counts[sub] == {"problem": 2}
    assert counts[two] == {"measure": 1}


def test_tag_counts_follow_changes(qtbot, tmp_path: Path) -> None:
    controller = open_controller(tmp_path)
    counts = TagCounts(controller)
    sub = controller.outline.roots[0].children[0]
    with qtbot.waitSignal(counts.changed):
        ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    controller.add_annotation(*span_of(TEXT, "创新能力"), "figure")
    assert counts.counts(sub) == [("problem", 1), ("figure", 1)]
    controller.remove([ident])
    assert counts.counts(sub) == [("figure", 1)]


def test_delegate_chips_and_paint(qtbot, tmp_path: Path) -> None:
    controller = open_controller(tmp_path)
    counts = TagCounts(controller)
    controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    nodes = controller.outline.nodes()
    model = QStandardItemModel()
    for node in nodes:
        model.appendRow(QStandardItem(node.label))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)

    def node_for_index(index: QModelIndex):  # noqa: ANN202
        return nodes[index.row()] if index.isValid() else None

    delegate = TagCountDelegate(counts, controller.tag, view, node_for_index)
    view.setItemDelegate(delegate)
    counts.changed.connect(view.viewport().update)
    assert delegate.chips(model.index(0, 0)) == [("1", QColor(COLOR["problem"]))]
    assert delegate.chips(model.index(2, 0)) == []
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # runs paint() for every row


def test_default_node_lookup_works_with_outline_model(qtbot, tmp_path: Path) -> None:
    from gui.viewer.outline_model import OutlineModel

    controller = open_controller(tmp_path)
    counts = TagCounts(controller)
    controller.add_annotation(*span_of(TEXT, "坚持"), "measure")
    model = OutlineModel()
    model.set_outline(controller.outline)
    delegate = TagCountDelegate(counts, controller.tag)
    assert delegate.chips(model.index(1, 0)) == [("1", QColor(COLOR["measure"]))]
    assert delegate.chips(model.index(0, 0)) == []


def test_a_large_reset_is_counted_in_the_next_turn(qtbot, tmp_path: Path, monkeypatch) -> None:
    import gui.annotations.tag_counts as module

    controller = open_controller(tmp_path)
    counts = TagCounts(controller)
    controller.add_annotation(*span_of(TEXT, "创新能力"), "problem")
    assert controller.save_now()
    monkeypatch.setattr(module, "DEFER_RESET", 0)
    controller.open(controller.report, controller.outline)
    controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")  # before the turn
    sub = controller.outline.roots[0].children[0]
    qtbot.waitUntil(lambda: counts.counts(sub) == [("problem", 2)], timeout=2000)
