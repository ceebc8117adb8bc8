"""What a first trial of the compare window found: editing keys in the note never act
on the links, a commitment without candidates leaves no earlier candidate marked in B,
candidates outside B's review say so, and a revealed commitment keeps its lead-in."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.compare.candidate_model import SECTION
from gui.viewer.text_view import REVEAL_LAYER
from model.compare.store import comparison_path


def _linked_row(window, qtbot) -> int:  # noqa: ANN001
    row = next(i for i, r in enumerate(window.controller.rows) if r.candidates)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Return)
    assert window.controller.links(row)
    return row


def test_ctrl_backspace_in_the_note_deletes_a_word_not_the_link(make_compare, pair,
                                                                qtbot) -> None:
    window = make_compare(*pair)
    row = _linked_row(window, qtbot)
    window.decision.evidence.setCurrentRow(0)  # the evidence selected, as after a click
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    note = window.decision.note
    assert note.hasFocus()
    qtbot.keyClicks(note, "hello world")
    qtbot.keyClick(note, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.links(row), "the link must survive a word deleted"
    assert note.toPlainText().strip() == "hello"


def test_removing_a_link_keeps_the_typed_note_for_its_undo(make_compare, pair,
                                                           qtbot) -> None:
    window = make_compare(*pair)
    row = _linked_row(window, qtbot)
    window.decision.note.setPlainText("见第二部分")
    window.decision.evidence.setCurrentRow(0)
    window.decision.unlink_current()
    assert not window.controller.links(row)
    window.controller.undo_stack.undo()
    assert [k.note for k in window.controller.links(row)] == ["见第二部分"]
    assert comparison_path(pair[1]).exists()


def test_a_commitment_without_candidates_leaves_b_unmarked(make_compare, pair,
                                                           qtbot) -> None:
    window = make_compare(*pair)
    rows = window.controller.rows
    with_, without = (next(i for i, r in enumerate(rows) if bool(r.candidates) == has)
                      for has in (True, False))
    layers = window.side_b.text_view.extra_selection_layers
    window.commitments.setCurrentIndex(window.commitment_model.index(with_, 0))
    assert layers.layer(REVEAL_LAYER)
    window.commitments.setCurrentIndex(window.commitment_model.index(without, 0))
    assert not layers.layer(REVEAL_LAYER)
    assert "Ctrl+L" in window.statusBar().currentMessage()


def test_candidates_outside_bs_review_say_so(make_compare, pair) -> None:
    window = make_compare(*pair)
    model = window.candidate_model
    candidate = next(c for r in window.controller.rows for c in r.candidates)
    model.candidates = (dataclasses.replace(candidate, in_review=False),)
    shown = model.data(model.index(0, SECTION))
    assert shown.startswith("[not B’s review]")


def test_weak_candidates_are_shown_but_said_weak(make_compare, pair) -> None:
    from gui.compare.candidate_model import RANK, WEAK_SCORE

    window = make_compare(*pair)
    model = window.candidate_model
    candidate = next(c for r in window.controller.rows for c in r.candidates)
    model.candidates = (dataclasses.replace(candidate, score=WEAK_SCORE / 2, rank=1,
                                            strength=0.9),
                        dataclasses.replace(candidate, score=WEAK_SCORE * 4, rank=2,
                                            strength=0.5))
    assert model.data(model.index(0, RANK)) == "1 · 0.90 weak"
    assert model.data(model.index(1, RANK)) == "2 · 0.50"
    tip = model.data(model.index(0, RANK), Qt.ItemDataRole.ToolTipRole)
    assert f"{WEAK_SCORE / 2:.2f}" in tip and "weak" in tip
    # the header says what the strength is: relative, not a probability, and where weak starts
    tip = model.headerData(RANK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "not a probability" in tip and f"{WEAK_SCORE:.2f}" in tip
    assert model.headerData(RANK + 1, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) is None


def test_a_pair_the_wrong_way_round_is_told(make_compare, pair) -> None:
    a, b = pair
    window = make_compare(b, a, wait=False)  # 2023's report as the earlier one
    assert "Ctrl+Shift+X" in window.statusBar().currentMessage()


def test_remove_link_shows_delete_and_delete_acts_only_in_the_evidence(make_compare, pair,
                                                                       qtbot) -> None:
    """Decide › Remove Link showed no key though Delete removed a link in the evidence
    list: the menu (and Help › Keyboard Shortcuts) show Delete now, one binding (no
    ambiguous second one), and Delete elsewhere (the note) still removes nothing."""
    from gui.shell.shortcuts_dialog import collect
    from tests.gui.shell.test_shortcut_collisions import collisions

    window = make_compare(*pair)
    delete = QKeySequence(QKeySequence.StandardKey.Delete)
    assert delete in window.unlink_action.shortcuts()
    groups = dict(collect(window, "Other"))
    assert ("Remove Link", delete.toString(QKeySequence.SequenceFormat.NativeText)) \
        in groups["Decide"]
    # (Return and Enter, two keys, count as one standard key to the checker: not ours)
    assert [c for c in collisions(window) if "Del" in c or "Remove" in c] == []
    row = _linked_row(window, qtbot)
    window.decision.note.setFocus()
    qtbot.waitUntil(window.decision.note.hasFocus)
    qtbot.keyClick(window.decision.note, Qt.Key.Key_Delete)
    assert window.controller.links(row), "Delete in the note is the note's"
    evidence = window.decision.evidence
    evidence.setCurrentRow(0)
    evidence.setFocus()
    qtbot.waitUntil(evidence.hasFocus)
    qtbot.keyClick(evidence, Qt.Key.Key_Delete)
    assert not window.controller.links(row)
