"""What the reviewer is told and where the keyboard is after each step of the review: the
status line says the verdict just given and what Ctrl+Z / Ctrl+Shift+Z did (not the
link's message, stale), the reversed-years warning stays in view, the keyboard starts in
the commitments list and Escape in the note goes back there."""
from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_verdict_and_its_undo_are_said_in_the_status_line(make_compare, pair,
                                                             qtbot) -> None:
    window = make_compare(*pair)
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Return)
    assert "Evidence linked" in window.statusBar().currentMessage()
    qtbot.keyClick(window.candidates, Qt.Key.Key_2)
    assert window.controller.verdict(0) == "partly"
    assert window.statusBar().currentMessage() == "Verdict: Partly kept."
    qtbot.keyClick(window.candidates, Qt.Key.Key_4)
    assert [k.evidence for k in window.controller.links(0)] == [None]
    assert "evidence was removed" in window.statusBar().currentMessage()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Z, CTRL)
    assert window.controller.verdict(0) == "partly"
    assert window.statusBar().currentMessage() == "Undone: Set verdict"
    qtbot.keyClick(window.candidates, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.controller.verdict(0) == "not_mentioned"
    assert window.statusBar().currentMessage() == "Redone: Set verdict"


def test_the_keyboard_starts_in_the_commitments(make_compare, pair) -> None:
    window = make_compare(*pair)
    assert window.focusWidget() is window.commitments


def test_escape_in_the_note_saves_it_and_goes_back_to_the_list(make_compare, pair,
                                                                qtbot) -> None:
    window = make_compare(*pair)
    window.link_candidate()
    qtbot.keyClick(window.commitments, Qt.Key.Key_E, CTRL)
    assert window.focusWidget() is window.decision.note
    window.decision.note.insertPlainText("报告给出实际数")
    qtbot.keyClick(window.decision.note, Qt.Key.Key_Escape)
    assert window.controller.note(0) == "报告给出实际数"
    assert window.focusWidget() is window.commitments
    qtbot.keyClick(window.commitments, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_row() == 1  # the review goes on from the list


def test_the_reversed_order_warning_outlasts_the_passing_messages(make_compare, pair
                                                                   ) -> None:
    a, b = pair
    window = make_compare(b, a)
    window.statusBar().clearMessage()  # the current candidate's section, said in passing
    assert "later year" in window.status.text()
    assert "commitment" in window.status.text()
    right = make_compare(a, b)
    right.statusBar().clearMessage()
    assert "later year" not in right.status.text()


def test_a_small_window_leaves_the_source_to_the_tooltip(make_compare, pair, qtbot) -> None:
    """At 1,000 × 700 the commitment kept ~5 characters beside its verdict and source:
    the source column goes (the commitment's tooltip names it), and comes back wide."""
    from gui.compare.commitment_model import QUOTE, SOURCE

    window = make_compare(*pair)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.commitments.isColumnHidden(SOURCE))
    assert window.commitments.columnWidth(QUOTE) >= \
        window.commitments.fontMetrics().horizontalAdvance("国") * 9
    model = window.commitment_model
    tip = model.data(model.index(0, QUOTE), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(window.controller.rows[0].quote.split()[0])
    assert model.data(model.index(0, SOURCE)) in tip
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: not window.commitments.isColumnHidden(SOURCE))
