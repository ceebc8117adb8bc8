"""Suggestions learning from the reviewer in the window: accepts, rejects and hand tags
update the per-user file (this test's YUEPI_DATA_DIR), the next report's suggestions use
it, Help shows the counts and Reset clears them; a damaged file is set aside."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from gui.reading import learning_dialog
from model.reading.learning import ACCEPTED, REJECTED, TAGGED
from model.reading.learning_store import learning_path
from tests.gui.reading_support import REPORT, open_and_wait, write_report


def stored(path) -> dict:  # noqa: ANN001
    return json.loads(path.read_text(encoding="utf-8"))


def test_accepting_rejecting_and_tagging_update_the_model_file(qtbot, make_window, tmp_path,
                                                               yuepi_user_dirs):
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning, path = window.reading.learning, learning_path(yuepi_user_dirs)
    assert learning.path == path and not path.exists()
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    problem = next(s for s in feature.shown if s.tag == "problem")
    panel.select_key(problem.key)
    panel.accept_button.click()
    qtbot.waitUntil(path.exists, timeout=5000)
    assert stored(path)["counts"]["problem"][ACCEPTED] == 1
    other = feature.shown[0]
    panel.select_key(other.key)
    panel.reject_button.click()
    window.controller.undo_stack.undo()  # undo and redo: taught once
    window.controller.undo_stack.redo()
    start = REPORT.index("(一)半角")
    window.controller.add_annotation(start, start + 5, "measure")  # a tag set by hand
    learning.flush()
    counts = stored(path)["counts"]
    assert counts[other.tag][REJECTED] == 1
    assert counts["measure"][TAGGED] == 1
    assert len(stored(path)["reports"]) == 1
    assert learning.learner.total() == 3


def test_the_next_report_uses_what_was_learned(qtbot, make_window, tmp_path):
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    before = {s.key: s.score for s in feature.all}
    target = next(s for s in feature.shown if s.tag == "commitment")
    for copy in range(3):  # the reviewer rejects the commitment in three copies of the report
        open_and_wait(qtbot, window, write_report(tmp_path, f"副本{copy}.txt"))
        panel.select_key(target.key)
        panel.reject_button.click()
    open_and_wait(qtbot, window, write_report(tmp_path, "第二份.txt"))
    after = {s.key: s.score for s in feature.all}
    assert after.get(target.key, 0.0) < before[target.key]


def test_help_shows_the_counts_and_reset_clears_them(qtbot, make_window, tmp_path,
                                                     monkeypatch, yuepi_user_dirs):
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning = window.reading.learning
    assert learning.action in window.help_menu.actions()
    panel = window.reading.suggestions_panel
    panel.select_key(window.reading.suggestions.shown[0].key)
    panel.accept_button.click()
    tag = next(iter(window.controller.annotation_set)).tag
    learning.action.trigger()
    dialog = learning.dialog
    qtbot.waitExposed(dialog)
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    row = rows.index(window.controller.tag(tag).label("en"))
    assert dialog.table.item(row, 0).text() == "1"  # accepted
    assert "1 signal(s) in 1 report(s)" in dialog.summary.text()
    qtbot.waitUntil(learning_path(yuepi_user_dirs).exists, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.reset_button.click()
    assert learning.learner.total() == 1  # cancelled
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Reset)
    dialog.reset_button.click()
    assert learning.learner.empty and learning.learner.total() == 0
    assert not learning_path(yuepi_user_dirs).exists()
    assert "Nothing learned yet" in dialog.summary.text()
    assert not dialog.reset_button.isEnabled()
    dialog.close()


def test_a_damaged_file_is_set_aside_with_a_message(qtbot, make_window, yuepi_user_dirs):
    path = learning_path(yuepi_user_dirs)
    path.write_text("{damaged", encoding="utf-8")
    window = make_window()
    learning = window.reading.learning
    assert learning.learner.empty and learning.writable
    assert "set aside" in learning.notice and not path.exists()
    assert [p for p in yuepi_user_dirs.iterdir() if ".corrupt-" in p.name]
    assert "set aside" in window.statusBar().currentMessage()


def test_confirm_reset_asks(monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Reset)
    assert learning_dialog.confirm_reset(None)
    assert asked == ["Reset What Suggestions Learned"]


def test_a_failed_save_is_a_status_message(qtbot, make_window, tmp_path):
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning = window.reading.learning
    learning.path = tmp_path / "blocked"
    learning.path.mkdir()  # a folder where the file should go: the write fails
    panel = window.reading.suggestions_panel
    panel.select_key(window.reading.suggestions.shown[0].key)
    panel.accept_button.click()
    learning.save()  # in the writer thread; its failure comes back as a signal
    qtbot.waitUntil(lambda: "Cannot save what suggestions learned"
                    in window.statusBar().currentMessage(), timeout=5000)
    assert learning.learner.total() == 1  # kept in memory


def test_changing_an_accepted_tag_teaches_both_ways(qtbot, make_window, tmp_path):
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning, panel = window.reading.learning, window.reading.suggestions_panel
    first = window.reading.suggestions.shown[0]
    panel.select_key(first.key)
    panel.accept_button.click()
    other = next(t.id for t in window.controller.annotation_set.tags if t.id != first.tag)
    annotation = next(iter(window.controller.annotation_set))
    window.controller.retag([annotation.id], other)
    counts = learning.learner.counts
    assert counts[first.tag][ACCEPTED] == 1 and counts[first.tag][REJECTED] == 1
    assert counts[other][TAGGED] == 1
    window.controller.undo_stack.undo()
    window.controller.undo_stack.redo()  # taught once
    assert learning.learner.total() == 3


def test_a_newer_file_is_not_overwritten(qtbot, make_window, tmp_path, yuepi_user_dirs):
    path = learning_path(yuepi_user_dirs)
    newer = json.dumps({"format": "yuepi-suggestion-learning", "version": 99, "weights": {},
                        "counts": {}})
    path.write_text(newer, encoding="utf-8")
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning, panel = window.reading.learning, window.reading.suggestions_panel
    assert "newer Yuepi" in learning.notice and learning.snapshot() is None
    panel.select_key(window.reading.suggestions.shown[0].key)
    panel.accept_button.click()
    learning.flush()
    assert learning.learner.total() == 0 and path.read_text(encoding="utf-8") == newer


def test_undoing_an_accept_or_a_reject_unlearns_it_exactly(qtbot, make_window, tmp_path):
    """Undo takes the signal back: the model is the one that never saw it (same weights,
    same counts); redo teaches it again."""
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    learning = window.reading.learning
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    first = next(s for s in feature.shown if s.tag == "problem")
    panel.select_key(first.key)
    panel.accept_button.click()
    weights = {t: dict(w) for t, w in learning.learner.weights.items()}
    counts = {t: dict(c) for t, c in learning.learner.counts.items()}
    second = next(s for s in feature.shown if s.key != first.key)
    panel.select_key(second.key)
    panel.accept_button.click()
    assert learning.learner.weights != weights
    window.controller.undo_stack.undo()  # the second accept
    assert learning.learner.weights == weights and learning.learner.counts == counts
    window.controller.undo_stack.redo()
    assert learning.learner.total(ACCEPTED) == 2
    third = next(s for s in feature.shown if s.key not in (first.key, second.key))
    before = {t: dict(w) for t, w in learning.learner.weights.items()}
    panel.select_key(third.key)
    panel.reject_button.click()
    assert learning.learner.total(REJECTED) == 1
    window.controller.undo_stack.undo()  # the rejection
    assert learning.learner.weights == before and learning.learner.total(REJECTED) == 0
