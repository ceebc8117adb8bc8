"""The compare window on a real pair: proposals arrive off the UI thread, the keyboard
links and decides, every change is undoable and saved to B.compare.json, a reopened
window shows the decisions, A's suggested commitment can be tagged in A's sidecar."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from gui.compare.window import CompareWindow
from model.compare.store import comparison_path
from model.sidecar.store import load_sidecar, sidecar_path


def _stored(b: Path) -> list[dict]:
    return json.loads(comparison_path(b).read_text(encoding="utf-8"))["links"]


def _first_with_candidates(window: CompareWindow) -> int:
    return next(i for i, r in enumerate(window.controller.rows) if r.candidates)


def test_proposals_arrive_and_follow_the_current_commitment(make_compare, pair) -> None:
    window = make_compare(*pair)
    rows = window.controller.rows
    assert len(rows) >= 5 and all(r.section for r in rows[:3])
    assert window.commitment_model.rowCount() == len(rows)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    assert window.candidate_model.rowCount() == len(rows[row].candidates)
    # A shows the commitment, B the first candidate with its matched words marked
    a_layer = window.side_a.text_view.extra_selection_layers
    assert "reveal" in a_layer.names() and "commitments" in a_layer.names()
    assert window.side_b.text_view.extra_selection_layers.layer("matched")
    assert not window.progress.isVisible()
    # both texts and outlines are there, each side its own report
    assert window.side_a.text_view.toPlainText().startswith(pair[0].read_text("utf-8")[:10])
    assert window.side_b.outline_pane.model.outline() is not None


def test_keyboard_link_verdict_undo_redo_and_the_file(make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Return)
    links = window.controller.links(row)
    assert len(links) == 1 and links[0].evidence is not None
    # the first commitment is 国内生产总值增长5.5%左右, its first candidate 增长3%: a clear
    # miss, so the link is offered 未兑现 (model.compare.figures.default_verdict)
    assert "5.5%" in window.controller.rows[row].quote
    assert _stored(b)[0]["verdict"] == "not_kept"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # 部分兑现
    assert window.controller.verdict(row) == "partly"
    assert [k["verdict"] for k in _stored(b)] == ["partly"]
    stack = window.controller.undo_stack
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.verdict(row) == "not_kept"
    stack.undo()
    assert window.controller.links(row) == [] and _stored(b) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    stack.redo()
    assert [k["verdict"] for k in _stored(b)] == ["partly"]


def test_several_links_selection_note_and_not_mentioned(make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.link_candidate()
    view = window.side_b.text_view
    view.setTextCursor(view.cursor_for_offsets(0, 6))  # any passage of B
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.links(row)) == 2
    assert window.decision.evidence.count() == 2
    assert window.side_b.text_view.extra_selection_layers.layer("evidence")
    window.decision.note.setPlainText("目标基本完成")
    window.decision.commit_note()
    assert {k["note"] for k in _stored(b)} == {"目标基本完成"}
    window.decide("not_mentioned")  # 未提及: the evidence goes, the note stays
    stored = _stored(b)
    assert len(stored) == 1 and stored[0]["evidence"] is None
    assert stored[0]["note"] == "目标基本完成"
    window.link_candidate()  # evidence after all: 未提及 is replaced
    assert [k.evidence is not None for k in window.controller.links(row)] == [True]
    window.decision.evidence.setCurrentRow(0)
    window.decision.unlink_current()
    assert _stored(b) == []


def test_reopened_window_shows_the_decisions(make_compare, pair) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.decide("partly")
    window.close()
    again = make_compare(a, b)
    assert again.controller.verdict(row) == "partly"
    index = again.commitment_model.index(row, 1)
    assert again.commitment_model.data(index) == "Partly kept"


def test_accepting_a_suggested_commitment_tags_it_in_as_sidecar(make_compare, pair,
                                                                 qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = next(i for i, r in enumerate(window.controller.rows) if r.source == "suggestion")
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.is_tagged(row)
    assert window.commitment_model.data(window.commitment_model.index(row, 2)) == "Tagged"
    data = load_sidecar(sidecar_path(a))
    r = window.controller.rows[row]
    assert [(x.start, x.end, x.tag) for x in data.annotation_set] == [(r.start, r.end,
                                                                      "commitment")]
    window.controller.undo_stack.undo()
    assert not window.controller.is_tagged(row)
    assert list(load_sidecar(sidecar_path(a)).annotation_set) == []


def test_a_file_changed_on_disk_is_merged_not_lost(make_compare, pair) -> None:
    from model.compare.store import make_link, open_comparison, save_comparison
    from model.report.loading import load_report

    a, b = pair
    window = make_compare(a, b)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.link_candidate()
    # another program adds a decision to the file
    ra, rb = load_report(a), load_report(b)
    other = open_comparison(ra, rb).comparison
    other.links.append(make_link(ra, rb, (0, 4), None, "not_mentioned", note="他人"))
    save_comparison(ra, rb, other)
    assert window.controller.decisions.check()
    assert len(window.controller.decisions.links) == 2
    # a decision of ours after that keeps both in the file
    window.decide("not_kept")
    assert sorted(k["verdict"] for k in _stored(b)) == ["not_kept", "not_mentioned"]


def test_settings_remember_splitters(make_compare, pair, qsettings) -> None:
    window = make_compare(*pair, wait=False)
    window.sides.setSizes([300, 900])
    window.close()
    from gui.common.settings import UiSettings

    settings = UiSettings(qsettings)
    assert settings.compare_state("compare_sides") is not None
    assert settings.compare_state("geometry") is not None


def test_shortcuts_are_listed(make_compare, pair) -> None:
    from gui.shell.shortcuts_dialog import collect

    window = make_compare(*pair, wait=False)
    rows = dict(r for _title, group in collect(window, "other") for r in group)
    assert rows["Verdict: Kept"] == "Ctrl+1"
    assert rows["Verdict: Not Mentioned"] == "Ctrl+4"
    assert rows["Link Selection in Later Report"] == "Ctrl+L"
    assert "Ctrl+Z" in rows["Undo"]


def test_tagged_commitments_are_listed_with_the_suggested_ones(make_compare, pair) -> None:
    a, b = pair
    window = make_compare(a, b)
    count = len(window.controller.rows)
    row = next(i for i, r in enumerate(window.controller.rows) if r.source == "suggestion")
    span = (window.controller.rows[row].start, window.controller.rows[row].end)
    window.controller.accept(row)
    window.close()
    again = make_compare(a, b)
    rows = again.controller.rows
    tagged = [i for i, r in enumerate(rows) if r.source == "annotation"]
    assert [(rows[i].start, rows[i].end) for i in tagged] == [span]
    assert len(rows) == count and rows[tagged[0]].candidates
    assert any(r.source != "annotation" for r in rows)  # the suggested ones stay listed


def test_keys_move_between_commitments_and_the_note_is_typed(make_compare, pair,
                                                             qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    window.commitments.setCurrentIndex(window.commitment_model.index(0, 0))
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_row() == 1
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.current_row() == 0
    window.commitments.setFocus()
    qtbot.keyClick(window.commitments, Qt.Key.Key_Return)  # on to its candidates
    assert window.candidates.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # 未提及
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.decision.note.hasFocus()
    window.decision.note.insertPlainText("未见报告")  # (QTest cannot type Chinese)
    window.candidates.setFocus()  # leaving the note saves it
    assert [k["note"] for k in _stored(b)] == ["未见报告"]


def test_the_watcher_merges_another_programs_save(make_compare, pair, qtbot) -> None:
    from model.compare.store import make_link, open_comparison, save_comparison
    from model.report.loading import load_report

    a, b = pair
    window = make_compare(a, b)
    window.commitments.setCurrentIndex(window.commitment_model.index(0, 0))
    window.decide("not_mentioned")
    ra, rb = load_report(a), load_report(b)
    other = open_comparison(ra, rb).comparison
    other.links.append(make_link(ra, rb, (10, 14), None, "not_mentioned"))
    save_comparison(ra, rb, other)
    qtbot.waitUntil(lambda: len(window.controller.decisions.links) == 2, timeout=5000)


def test_chinese_labels(zh_cn, make_compare, pair) -> None:
    window = make_compare(*pair)
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.decide("kept")
    model = window.commitment_model
    assert model.data(model.index(row, 1)) == "已兑现"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "A 中的承诺"
    assert window.decide_menu.title() == "判定(&D)"
    assert window.decision.buttons.button(3).text().startswith("未提及")


def test_f6_walks_the_panes_in_order_and_shift_f6_back(make_compare, pair, qtbot) -> None:
    window = make_compare(*pair)
    window.activateWindow()
    window.commitments.setFocus()
    qtbot.waitUntil(lambda: window.commitments.hasFocus())
    qtbot.keyClick(window.commitments, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.candidates.hasFocus())
    qtbot.keyClick(window.candidates, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.commitments.hasFocus())


def test_the_candidate_list_shows_what_it_is_ordered_by(make_compare, pair) -> None:
    """The candidates are listed in the fused order (model.compare.ranking); the column
    showed the matcher's score, not always descending (gd2025_2026, commitment 2: 0.38,
    0.32, 0.23, 0.31, 0.29), so the list looked mis-sorted. It shows each row's rank and
    the strength of its place, descending down every list; the matcher's score stays in
    the row's tooltip."""
    from gui.compare.candidate_model import RANK

    window = make_compare(*pair)
    rows = window.controller.rows
    unsorted = [i for i, r in enumerate(rows)
                if [c.score for c in r.candidates] != sorted((c.score for c in r.candidates),
                                                             reverse=True)]
    assert unsorted  # the case the column is for occurs on this pair
    model = window.candidate_model
    for row in unsorted:
        window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
        shown = [model.data(model.index(i, RANK)).split() for i in range(model.rowCount())]
        assert [int(s[0]) for s in shown] == list(range(1, model.rowCount() + 1))
        strengths = [float(s[2]) for s in shown]
        assert strengths == sorted(strengths, reverse=True)
        for i, c in enumerate(model.candidates):
            tip = model.data(model.index(i, RANK), Qt.ItemDataRole.ToolTipRole)
            assert f"{c.score:.2f}" in tip
    tip = model.headerData(RANK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "matcher's own score" in tip


def test_the_first_window_fits_a_small_screen(qtbot, qsettings) -> None:
    """The offscreen screen is 800 × 800, smaller than the 1400 × 900 first-run size (as
    a 1366 × 768 laptop's is): the window fits inside it."""
    from PySide6.QtGui import QGuiApplication

    from gui.common.settings import UiSettings

    window = CompareWindow(UiSettings(qsettings))
    qtbot.addWidget(window)
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert area.width() < 1400 or area.height() < 900  # the case under test
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.width() >= min(1400, area.width() * 0.9)


def test_narrow_lists_give_the_section_width_to_the_text(make_compare, pair, qtbot) -> None:
    """At a 1366 × 768 screen's first size the commitment and its evidence had ~8
    characters beside their section columns: narrow, the section columns go (the outline
    beside each text marks the section), wide, they come back."""
    window = make_compare(*pair)
    window.resize(1256, 680)
    qtbot.waitUntil(lambda: window.commitments.isColumnHidden(3))
    assert window.candidates.isColumnHidden(2)
    chars = window.commitments.fontMetrics().horizontalAdvance("国") * 15
    assert window.commitments.columnWidth(4) >= chars
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: not window.commitments.isColumnHidden(3))
    assert not window.candidates.isColumnHidden(2)
    assert window.commitments.columnWidth(3) > 50
