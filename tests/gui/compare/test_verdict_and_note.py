"""A verdict key never links evidence the reviewer did not choose (with none linked it is
recorded alone), and the note is the commitment's: one for all its evidence."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from gui.compare.window import CompareWindow
from model.compare.store import comparison_path, make_link, open_comparison, save_comparison
from model.report.loading import load_report


def _stored(b: Path) -> list[dict]:
    return json.loads(comparison_path(b).read_text(encoding="utf-8"))["links"]


def _met_row(window: CompareWindow) -> int:
    """A commitment whose top candidate's figure met the target."""
    return next(i for i, r in enumerate(window.controller.rows)
                if r.candidates and r.candidates[0].verdict == "met")


def test_not_kept_without_evidence_links_nothing(make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _met_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    assert window.candidate_model.rowCount() > 0  # a candidate is selected …
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    [link] = window.controller.links(row)  # … but not linked
    assert link.evidence is None and link.verdict == "not_kept"
    assert [(k["verdict"], k["evidence"]) for k in _stored(b)] == [("not_kept", None)]
    assert window.decision.buttons.button(2).isChecked()
    assert not window.side_b.text_view.extra_selection_layers.layer("evidence")
    assert "without evidence" in window.statusBar().currentMessage()
    # another verdict key changes the same verdict, still without evidence
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [(k["verdict"], k["evidence"]) for k in _stored(b)] == [("partly", None)]
    window.decision.note.setPlainText("报告未给出数据")
    window.decision.commit_note()
    # evidence chosen later replaces the verdict given alone, keeping it and the note
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Return)
    [link] = window.controller.links(row)
    assert link.evidence is not None
    assert (link.verdict, link.note) == ("partly", "报告未给出数据")
    # every step undoes: link, note, verdict, verdict
    stack = window.controller.undo_stack
    for _ in range(4):
        stack.undo()
    assert window.controller.links(row) == [] and _stored(b) == []


def test_not_mentioned_then_a_verdict_replaces_it(make_compare, pair) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _met_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.decide("not_mentioned")
    window.decide("not_kept")
    assert [(k.verdict, k.evidence) for k in window.controller.links(row)] == [
        ("not_kept", None)]


def test_the_note_is_the_commitments_for_all_its_evidence(make_compare, pair,
                                                         qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    row = _met_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.link_candidate()
    view = window.side_b.text_view
    view.setTextCursor(view.cursor_for_offsets(0, 6))
    window.link_selection()
    panel = window.decision
    assert "all its evidence" in panel.note_label.text()
    assert "one note for all the evidence" in panel.note.toolTip()
    panel.note.setPlainText("两处数据合计")
    panel.commit_note()
    assert [k["note"] for k in _stored(b)] == ["两处数据合计"] * 2
    # changing the verdict of the commitment keeps the note on every link
    window.decide("partly")
    assert {(k["verdict"], k["note"]) for k in _stored(b)} == {("partly", "两处数据合计")}


def test_different_notes_made_apart_are_all_shown_and_not_rewritten(make_compare, pair,
                                                                    qtbot) -> None:
    a, b = pair
    ra, rb = load_report(a), load_report(b)
    first = make_compare(a, b)
    row = _met_row(first)
    r = first.controller.rows[row]
    first.close()
    links = [make_link(ra, rb, (r.start, r.end), span, "kept", note=note)
             for span, note in (((0, 6), "甲"), ((10, 16), "乙"))]
    save_comparison(ra, rb, open_comparison(ra, rb).comparison.__class__(links=links))
    window = make_compare(a, b)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    assert window.decision.note.toPlainText() == "甲\n乙"
    window.commitments.setCurrentIndex(window.commitment_model.index(row + 1, 0))
    assert sorted(k["note"] for k in _stored(b)) == ["乙", "甲"]  # only looked at


def test_the_digit_on_a_verdict_button_gives_that_verdict_in_the_lists(make_compare, pair,
                                                                       qtbot) -> None:
    """The buttons read "Kept 1" … "Not mentioned 4": in the commitments list (and the
    candidates list) 1…4 give those verdicts, not a jump to row 10 by keyboard search."""
    a, b = pair
    window = make_compare(a, b)
    assert window.commitment_model.rowCount() > 10
    view = window.commitments
    view.setFocus()
    view.setCurrentIndex(window.commitment_model.index(0, 0))
    assert window.decision.buttons.button(0).text().endswith("1")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.currentIndex().row() == 0  # stayed on the commitment
    [link] = window.controller.links(0)
    assert link.verdict == "kept" and link.evidence is None
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert [k.verdict for k in window.controller.links(0)] == ["not_mentioned"]
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_3)
    assert view.currentIndex().row() == 0
    assert [(k.verdict, k.evidence) for k in window.controller.links(0)] == [("not_kept", None)]
    window.decision.note.setFocus()  # typed in the note, a digit is text
    qtbot.keyClick(window.decision.note, Qt.Key.Key_2)
    assert window.decision.note.toPlainText() == "2"
    assert [k.verdict for k in window.controller.links(0)] == ["not_kept"]


def test_moving_on_from_the_note_to_an_undecided_commitment_keeps_the_keyboard_there(
        make_compare, pair, qtbot) -> None:
    """Alt+Down typed in the note goes to the next commitment; when that one has no
    decision yet its note is greyed out, and the keyboard lands on the commitments list
    (where 1…4 and Enter work), never on whatever widget Qt finds next (an outline's
    filter box, where the next key would filter the outline)."""
    a, b = pair
    window = make_compare(a, b)
    window.activateWindow()
    row = _met_row(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.link_candidate()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    note = window.decision.note
    assert note.hasFocus() and note.isEnabled()
    qtbot.keyClick(note, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_row() == row + 1 and not window.controller.links(row + 1)
    assert not note.isEnabled()
    assert window.commitments.hasFocus()
    # with a decided commitment next, the note keeps the keyboard
    window.decide("kept")
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(note, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_row() == row + 1 and note.hasFocus()
