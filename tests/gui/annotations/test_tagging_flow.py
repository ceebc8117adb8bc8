"""Tagging end to end in the real window: tag, undo, notes, panel, outline counts, sidecar."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip

from gui.common import messages
from model.sidecar.store import sidecar_path
from tests.gui.tagging_support import opened


def select(window, start: int, end: int) -> None:
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start, end))


def sidecar(path: Path) -> dict:
    return json.loads(sidecar_path(path).read_text(encoding="utf-8"))



def on_disk(path: Path, quote: str) -> bool:
    return sidecar_path(path).exists() and quote in sidecar_path(path).read_text("utf-8")


def test_digit_tags_selection_everywhere(qtbot, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("工业投资稳步增长", text.index("（一）工业经济"))
    end = start + len("工业投资稳步增长")
    node = main_window.outline.path_at(start)[0]
    select(main_window, start, end)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_1)
    aset = main_window.controller.annotation_set
    assert len(aset) == 1
    a = next(iter(aset))
    assert (a.tag, a.start, a.end, a.quote) == ("problem", start, end, "工业投资稳步增长")
    block = main_window.text_view.document().findBlock(start)
    assert any(r.format.background().color().alpha() > 0 for r in block.layout().formats())
    assert t.panel.proxy.rowCount() == 1
    assert t.counts.counts(node) == [("problem", 1)]
    qtbot.waitUntil(lambda: on_disk(report_path, "工业投资稳步增长"))
    qtbot.waitUntil(lambda: not main_window.isWindowModified())
    # undo / redo through the Edit menu's shortcuts
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(aset) == 0 and t.panel.proxy.rowCount() == 0
    qtbot.waitUntil(lambda: not on_disk(report_path, "工业投资稳步增长"))
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(aset) == 1
    qtbot.waitUntil(lambda: on_disk(report_path, "工业投资稳步增长"))


def test_no_selection_tags_sentence_and_note_lands_in_sidecar(qtbot, main_window,
                                                             report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    inside = text.index("工业投资稳步增长") + 2
    select(main_window, inside, inside)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_3)
    a = next(iter(main_window.controller.annotation_set))
    assert a.tag == "achievement" and a.start < inside < a.end and a.quote.endswith("。")
    assert t.panel.current_id() == a.id and t.notes.annotation_id == a.id
    t.notes.editor.setFocus()
    qtbot.keyClicks(t.notes.editor, "note one")
    main_window.text_view.setFocus()  # focus out commits
    qtbot.waitUntil(lambda: on_disk(report_path, "note one"))


def test_toolbar_context_menu_and_tooltip(qtbot, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("企业效益持续改善")
    select(main_window, start, start + 8)
    action = t.actions.tag_actions[1]
    button = t.actions.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and "(2)" in action.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    select(main_window, start + 2, start + 4)  # nested inside the first
    menu = main_window.text_view.build_context_menu(QPoint(5, 5))
    tag_as = next(a.menu() for a in menu.actions() if a.menu() is not None
                  and a.text() == "Tag As")
    next(a for a in tag_as.actions() if a.text() == "Figure").trigger()
    menu.deleteLater()
    tags = sorted(a.tag for a in main_window.controller.annotation_set)
    assert tags == ["commitment", "figure"]
    html = t.tooltip_at(start + 3)
    assert "Commitment" in html and "Figure" in html
    view = main_window.text_view
    point = view.cursorRect(view.cursor_for_offsets(start + 3, start + 3)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "Figure" in QToolTip.text()
    QToolTip.hideText()


def test_navigation_and_delete_from_panel(qtbot, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text, c = main_window.report.text, main_window.controller
    first = text.index("重点项目建设")
    second = text.index("营商环境不断优化")
    c.add_annotation(second, second + 8, "measure")
    c.add_annotation(first, first + 6, "problem")
    main_window.tagging.actions.next_action.trigger()
    assert main_window.text_view.selection_offsets() == (first, first + 6)
    main_window.tagging.actions.next_action.trigger()
    assert main_window.text_view.selection_offsets() == (second, second + 8)
    main_window.tagging.actions.previous_action.trigger()
    assert main_window.text_view.selection_offsets() == (first, first + 6)
    # the cursor entering an annotation makes it current in the panel
    select(main_window, second + 1, second + 1)
    assert c.annotation_set.get(t.panel.current_id()).start == second
    t.panel.view.setFocus()
    qtbot.keyClick(t.panel.view, Qt.Key.Key_Delete)
    assert [a.tag for a in c.annotation_set] == ["problem"]


def test_corrupt_sidecar_is_moved_aside(qtbot, monkeypatch, main_window, report_path) -> None:
    sidecar_path(report_path).write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: shown.append(text))
    opened(qtbot, main_window, report_path)
    assert len(shown) == 1 and "moved aside" in shown[0]
    moved = [p for p in report_path.parent.iterdir() if ".corrupt" in p.name]
    assert moved and "{ not json" in moved[0].read_text(encoding="utf-8")
    assert len(main_window.controller.annotation_set) == 0


def test_conflict_on_disk_asks(qtbot, monkeypatch, main_window, report_path) -> None:
    opened(qtbot, main_window, report_path)
    c, text = main_window.controller, main_window.report.text
    c.add_annotation(0, 4, "problem")
    assert c.save_now()
    path = sidecar_path(report_path)
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")  # another writer
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_conflict_choice",
                        lambda _p, name: asked.append(name) or "mine")
    c.add_annotation(text.index("营商环境"), text.index("营商环境") + 4, "measure")
    assert not c.save_now()  # held: conflict
    assert asked == [path.name]
    assert "营商环境" in path.read_text("utf-8")  # keep mine wrote it


def test_close_writes_pending_changes_and_reopen_paints(qtbot, make_window,
                                                        report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    window.controller.autosave._timer.setInterval(60_000)
    text = window.report.text
    start = text.index("营商环境不断优化")
    select(window, start, start + 8)
    qtbot.keyClick(window.text_view, Qt.Key.Key_4)
    assert len(window.controller.annotation_set) == 1
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert not on_disk(report_path, "营商环境不断优化")
    window.close()
    assert on_disk(report_path, "营商环境不断优化")
    again = make_window()
    t = opened(qtbot, again, report_path)
    assert [a.tag for a in again.controller.annotation_set] == ["measure"]
    assert t.panel.proxy.rowCount() == 1
    block = again.text_view.document().findBlock(start)
    assert any(r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
               for r in block.layout().formats())


def test_tag_set_dialog_and_author_preference(qtbot, monkeypatch, make_window,
                                              report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    called: list[object] = []

    def fake_edit(parent, controller) -> bool:
        called.append(controller)
        return controller.update_tag("problem", label_en="Issue")

    from gui.annotations.tag_set_dialog import TagSetDialog

    monkeypatch.setattr(TagSetDialog, "edit", staticmethod(fake_edit))
    window.tagging.actions.tags_action.trigger()
    assert called and window.tagging.actions.tag_actions[0].text() == "Issue"
    window.controller.make_default_tags()
    monkeypatch.setattr(messages, "ask_author_identity", lambda _p, name, unit: ("李审", "县审计局"))
    window.tagging.actions.author_action.trigger()
    assert window.controller.author == "李审"
    window.close()
    again = make_window()
    assert again.controller.author == "李审"
    assert again.controller.default_tags[0].label_en == "Issue"


def test_unwritable_folder_offers_save_as(qtbot, monkeypatch, main_window, report_path,
                                          tmp_path) -> None:
    opened(qtbot, main_window, report_path)
    c = main_window.controller
    target = tmp_path / "elsewhere.json"

    def fail(path):
        raise OSError(13, "Permission denied")

    original = c._write
    monkeypatch.setattr(c.autosave, "_write", lambda path: fail(path) if path != target
                        else original(path))
    monkeypatch.setattr(messages, "show_error", lambda *_a: None)
    monkeypatch.setattr(messages, "ask_sidecar_save_path", lambda _p, _s: str(target))
    c.add_annotation(0, 4, "problem")
    c.save_now()
    assert target.exists() and c.sidecar_path == target



def test_incremental_views_match_a_full_rebuild(qtbot, main_window, report_path) -> None:
    """Counts and highlighter index updated per change equal a from-scratch rebuild."""
    from gui.annotations.tag_counts import section_tag_counts

    t = opened(qtbot, main_window, report_path)
    c, text = main_window.controller, main_window.report.text
    ids = [c.add_annotation(i, i + 9, tag) for i, tag in
           ((text.index("（一）存在困难") + 9, "problem"), (text.index("（二）下步打算") + 9, "measure"),
            (40, "figure"), (44, "question"))]
    c.retag([ids[0]], "commitment")
    c.remove([ids[2]])
    c.undo_stack.undo()
    c.undo_stack.undo()
    c.undo_stack.redo()
    full = section_tag_counts(main_window.outline, c.annotation_set)
    for node in main_window.outline.nodes():
        assert dict(t.counts.counts(node)) == full.get(node, {})
    incremental = list(t.highlighter._items)
    t.highlighter._rebuild()
    assert incremental == t.highlighter._items


def test_changed_report_reports_orphans_and_reattaches(qtbot, monkeypatch, make_window,
                                                       report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    text = window.report.text
    window.controller.add_annotation(0, text.index("\n"), "question")
    window.close()
    report_path.write_text(text.replace(text[:text.index("\n")], "关于全县工业运行情况的报告"),
                           encoding="utf-8")
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    again = make_window()
    t = opened(qtbot, again, report_path)
    assert len(infos) == 1 and "orphaned" in infos[0]
    assert "1 orphaned" in t.orphans.summary.text()
    assert t.orphan_dock.isVisible() and t.orphans.orphan_count() == 1
    start = again.report.text.index("关于全县")
    select(again, start, start + 4)
    t.orphans.view.selectRow(0)
    t.orphans.reattach_button.click()
    a = next(iter(again.controller.annotation_set))
    assert (a.start, a.end, a.status, a.quote) == (start, start + 4, "anchored", "关于全县")
    assert t.orphans.orphan_count() == 0


def test_f2_in_text_edits_the_note_of_the_annotation_there(qtbot, main_window,
                                                          report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("企业效益持续改善")
    ident = main_window.controller.add_annotation(start, start + 8, "achievement")
    select(main_window, start + 1, start + 1)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_F2)
    assert t.notes.annotation_id == ident and t.notes.editor.hasFocus()
    main_window.text_view.setFocus()
    select(main_window, start + 1, start + 1)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_Delete)
    assert ident not in main_window.controller.annotation_set


def test_chinese_interface_labels_tags_in_chinese(qtbot, zh_cn, make_window,
                                                  report_path) -> None:
    window = make_window()
    t = opened(qtbot, window, report_path)
    assert [a.text() for a in t.actions.tag_actions] == ["问题", "承诺", "成效", "举措",
                                                         "数据", "存疑"]
    assert t.panel_dock.windowTitle() == "批注"
    assert "Ctrl+Y" in [k.toString() for k in t.actions.redo_action.shortcuts()]


def test_newer_sidecar_is_read_only(qtbot, monkeypatch, make_window, report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    window.controller.add_annotation(0, 4, "problem")
    window.close()
    path = sidecar_path(report_path)
    path.write_text(path.read_text("utf-8").replace('"schema": 1,', '"schema": 99,', 1), "utf-8")
    before = path.read_bytes()
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    again = make_window()
    opened(qtbot, again, report_path)
    assert len(infos) == 1 and "read-only" in infos[0]
    assert again.controller.add_annotation(10, 14, "figure") is None
    again.close()
    assert path.read_bytes() == before


def test_note_being_typed_is_saved_on_quit(qtbot, make_window, report_path) -> None:
    window = make_window()
    t = opened(qtbot, window, report_path)
    window.controller.autosave._timer.setInterval(60_000)
    ident = window.controller.add_annotation(0, 4, "problem")
    t.panel.select_annotation(ident)
    t.notes.editor.setFocus()
    qtbot.keyClicks(t.notes.editor, "typed just before quitting")
    window.close()  # no pause, no focus change: the close itself commits and saves
    assert on_disk(report_path, "typed just before quitting")


def test_a_digit_without_a_tag_says_so(qtbot, main_window, report_path) -> None:
    """With the six default tags, 7 in the text did nothing and said nothing; once a
    seventh tag exists, 7 tags with it."""
    opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    select(main_window, start, start + 8)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_7)
    assert len(main_window.controller.annotation_set) == 0
    assert "No tag has the key 7" in main_window.statusBar().currentMessage()
    tag = main_window.controller.add_tag("督办", "Supervise", "#336699")
    assert tag is not None and tag.key == 7
    main_window.statusBar().clearMessage()
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_7)
    assert [a.tag for a in main_window.controller.annotation_set] == [tag.id]
    assert "No tag" not in main_window.statusBar().currentMessage()


def test_reopening_an_unchanged_report_says_how_many_annotations_loaded(
        qtbot, main_window, report_path) -> None:
    """Every reopening said "Annotations: 1 kept, 0 moved, 0 fuzzy, 0 orphaned"; with
    the report as annotated it says how many were loaded."""
    opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    main_window.controller.add_annotation(start, start + 8, "problem")
    main_window.close_report()
    main_window.open_report(report_path)
    qtbot.waitUntil(lambda: len(main_window.controller.annotation_set) == 1)
    message = main_window.statusBar().currentMessage()
    assert message == "1 annotation(s) loaded."
    assert "moved" not in message


def test_a_selection_over_a_line_end_tags_the_words_only(qtbot, main_window,
                                                          report_path) -> None:
    """A drag from the end of one line into the next heading began the quote with a line
    break (the table's 原文 and every export showed it); the white space at either end of
    a selection is left out, and a selection of white space alone tags nothing."""
    opened(qtbot, main_window, report_path)
    text = main_window.report.text
    heading = text.index("二、存在困难和下步打算")
    select(main_window, heading - 1, heading + len("二、存在困难"))
    assert text[heading - 1] == "\n"
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_1)
    (a,) = main_window.controller.annotation_set
    assert (a.start, a.quote) == (heading, "二、存在困难")
    select(main_window, heading - 1, heading)
    assert main_window.controller.add_annotation(heading - 1, heading, "problem") is None
    assert len(main_window.controller.annotation_set) == 1
