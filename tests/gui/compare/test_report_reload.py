"""A or B changed on disk while the compare window is open: the window reads it again,
re-anchors every link on the new text (none dropped: one that cannot be placed is kept and
shown as not found) and says so in the status bar."""
from __future__ import annotations

import json
import os

from gui.compare.window import CompareWindow
from model.compare.store import comparison_path

RELOAD_MS = 20_000


def _first_with_candidates(window: CompareWindow) -> int:
    return next(i for i, r in enumerate(window.controller.rows) if r.candidates)


def _row_of(window: CompareWindow, quote: str) -> int:
    return next(i for i, r in enumerate(window.controller.rows) if r.quote == quote)


def _decide(window: CompareWindow) -> tuple[str, str]:
    """Link the first candidate of a commitment, 部分兑现, a note; its quote and B's."""
    row = _first_with_candidates(window)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.link_candidate()
    window.decide("partly")
    window.decision.note.setPlainText("基本完成")
    window.decision.commit_note()
    link = window.controller.links(row)[0]
    return window.controller.rows[row].quote, link.evidence.quote


def test_a_changed_on_disk_is_read_again_and_the_links_follow(make_compare, pair,
                                                              qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    quote, evidence = _decide(window)
    old_start = window.controller.decisions.links[0].commitment.start
    a.write_text("（修订稿）\n" + a.read_text("utf-8"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.controller.pair.a.text.startswith("（修订稿）"),
                    timeout=RELOAD_MS)
    assert window.side_a.text_view.toPlainText().startswith("（修订稿）")
    assert "read again" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    [link] = window.controller.decisions.links
    assert link.commitment.start == old_start + len("（修订稿）\n")
    assert link.commitment.quote == quote and link.evidence.quote == evidence
    row = _row_of(window, quote)
    assert window.controller.links(row) == [link]
    assert (link.verdict, link.note) == ("partly", "基本完成")
    assert window.controller.rows[row].source != "orphaned"
    # the next change saves the links on the new text
    window.decide("kept")
    stored = json.loads(comparison_path(b).read_text("utf-8"))
    assert stored["links"][0]["commitment"]["selector"][1]["start"] == link.commitment.start
    assert stored["links"][0]["note"] == "基本完成"


def test_evidence_gone_from_b_is_kept_and_shown_as_not_found(make_compare, pair,
                                                             qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    quote, evidence = _decide(window)
    text = b.read_text("utf-8")
    assert evidence in text
    b.write_text(text.replace(evidence, ""), encoding="utf-8")
    qtbot.waitUntil(lambda: evidence not in window.controller.pair.b.text, timeout=RELOAD_MS)
    assert "kept" in window.statusBar().currentMessage()
    [link] = window.controller.decisions.links
    assert link.evidence.orphaned and link.evidence.quote == evidence
    assert (link.verdict, link.note) == ("partly", "基本完成")
    row = _row_of(window, quote)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    assert "not found" in window.decision.evidence.item(0).text()
    assert window.side_b.text_view.toPlainText() == window.controller.pair.b.text


def test_a_commitment_gone_from_a_keeps_its_decision_on_a_row_of_its_own(
        make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    quote, _evidence = _decide(window)
    text = a.read_text("utf-8")
    a.write_text(text.replace(quote, "（此段已删）"), encoding="utf-8")
    qtbot.waitUntil(lambda: quote not in window.controller.pair.a.text, timeout=RELOAD_MS)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    [link] = window.controller.decisions.links
    assert link.commitment.orphaned
    rows = [i for i, r in enumerate(window.controller.rows) if r.orphaned]
    assert len(rows) == 1 and window.controller.links(rows[0]) == [link]
    assert window.commitment_model.data(window.commitment_model.index(rows[0], 2)) \
        == "Not found"
    # no other commitment shows it
    assert sum(len(window.controller.links(i))
               for i in range(len(window.controller.rows))) == 1
    # its decision can change (the commitment as it was), nothing new joins it
    window.commitments.setCurrentIndex(window.commitment_model.index(rows[0], 0))
    assert not window.controller.link(rows[0], (0, 6))
    assert "no longer in the earlier report" in window.statusBar().currentMessage()
    assert not window.controller.accept(rows[0])
    window.decide("not_mentioned")
    [link] = window.controller.decisions.links
    assert link.verdict == "not_mentioned" and link.evidence is None
    assert link.commitment.quote == quote and link.commitment.orphaned
    assert link.note == "基本完成"


def test_a_touch_without_a_change_reads_nothing_again(make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    _decide(window)
    before = window.controller.pair
    b.write_bytes(b.read_bytes())  # saved again, the same text, a later time
    st = os.stat(b)
    os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    window.report_watching.check()  # (as when the window is activated)
    qtbot.wait(800)
    assert window.controller.pair is before
    assert window.controller.undo_stack.count() > 0


def test_a_shared_with_the_main_window_is_used_again_once_reloaded_there(
        make_compare, main_window, pair, qtbot, monkeypatch) -> None:
    """A open in the main window (its annotation controller shared): the compare window
    shows A's new text at once and says to reload it there; once reloaded there, A's
    tagged commitments are used again."""
    a, b = pair
    main_window.open_report(a)
    qtbot.waitUntil(lambda: main_window.controller.report is not None, timeout=10_000)
    text = main_window.controller.report.text
    quote = "城镇新增就业1100万人以上"
    start = text.index(quote)
    main_window.controller.add_annotation(start, start + len(quote), "commitment")
    window = make_compare(a, b, tagging=main_window.controller)
    try:
        assert window.controller.tagging is main_window.controller
        row = _row_of(window, quote)
        assert window.controller.is_tagged(row)
        a.write_text("（修订稿）\n" + text, encoding="utf-8")
        qtbot.waitUntil(lambda: window.controller.pair.a.text.startswith("（修订稿）"),
                        timeout=RELOAD_MS)
        assert "main window" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
        assert not any(window.controller.is_tagged(i) for i in range(len(window.controller.rows)))
        from gui.common import messages

        monkeypatch.setattr(messages, "show_info", lambda *_args: None)  # "1 moved"
        main_window.tagging.report_changes.reload()
        qtbot.waitUntil(lambda: window.controller.is_tagged(_row_of(window, quote)),
                        timeout=60_000)
        r = window.controller.rows[_row_of(window, quote)]
        assert r.start == start + len("（修订稿）\n")
    finally:
        window.close()  # before the main window


def test_a_report_deleted_on_disk_keeps_its_text_and_links(make_compare, pair,
                                                           qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    _decide(window)
    shown = window.controller.pair
    b.unlink()
    qtbot.waitUntil(lambda: "no longer on disk" in window.statusBar().currentMessage(),
                    timeout=RELOAD_MS)
    assert window.controller.pair is shown
    assert len(window.controller.decisions.links) == 1


def test_a_report_emptied_on_disk_keeps_the_text_shown(make_compare, pair, qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    _decide(window)
    shown = window.controller.pair
    b.write_text("  \n", encoding="utf-8")
    qtbot.waitUntil(lambda: "cannot be compared now" in window.statusBar().currentMessage(),
                    timeout=RELOAD_MS)
    assert window.controller.pair is shown and window.controller.undo_stack.count() > 0


def test_a_note_being_typed_during_a_reload_goes_to_its_commitment(make_compare, pair,
                                                                   qtbot) -> None:
    a, b = pair
    window = make_compare(a, b)
    rows = [i for i, r in enumerate(window.controller.rows) if r.candidates][:2]
    for row in rows:
        window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
        window.link_candidate()
    quotes = [window.controller.rows[i].quote for i in rows]
    window.decision._idle.setInterval(600_000)  # still being typed when A changes
    window.decision.note.setPlainText("打到一半的备注")
    a.write_text("（修订稿）\n" + a.read_text("utf-8"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.controller.pair.a.text.startswith("（修订稿）"),
                    timeout=RELOAD_MS)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    window.decision.commit_note()
    notes = {k.commitment.quote: k.note for k in window.controller.decisions.links}
    assert notes == {quotes[0]: "", quotes[1]: "打到一半的备注"}
