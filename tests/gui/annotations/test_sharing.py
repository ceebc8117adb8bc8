"""Two writers of one sidecar in the window: the clash dialog (Merge, Esc cancels), the
read-only second window with its banner, taking over, and saves that fail unexpectedly."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.common import labels, messages
from model.annotations import make_annotation
from model.report.loading import load_report
from model.sidecar import lock, store
from tests.gui.tagging_support import TEXT, open_controller, opened, span_of


def quotes_on_disk(report_path: Path) -> set[str]:
    data = store.load_sidecar(store.sidecar_path(report_path))
    return {a.quote for a in data.annotation_set} if data else set()


def other_writer_adds(report_path: Path, quote: str) -> None:
    """Another program (a second instance, `main.py merge`) adds an annotation."""
    report = load_report(report_path)
    path = store.sidecar_path(report_path)
    data = store.load_sidecar(path)
    start = report.text.index(quote)
    data.annotation_set.add(make_annotation(report.text, start, start + len(quote), "figure"))
    store.save_sidecar(path, report, data.annotation_set)


def tag(window, quote: str, tag_id: str = "problem") -> str:
    start = window.report.text.index(quote)
    return window.controller.add_annotation(start, start + len(quote), tag_id)


@pytest.fixture
def conflicted(qtbot, main_window, report_path, monkeypatch):
    """A window whose next save meets a file another writer changed; the clash dialog's
    answers come from `answers` (recorded in `asked`)."""
    opened(qtbot, main_window, report_path)
    tag(main_window, "工业投资稳步增长")
    assert main_window.controller.save_now()
    other_writer_adds(report_path, "企业效益持续改善")
    asked: list[str] = []
    answers: list[str | None] = []
    monkeypatch.setattr(messages, "ask_conflict_choice",
                        lambda _p, name: asked.append(name) or answers.pop(0))
    return main_window, asked, answers


def test_merge_keeps_both_sides_new_annotations(conflicted, report_path) -> None:
    window, asked, answers = conflicted
    c = window.controller
    answers.append("merge")
    tag(window, "重点项目建设有序推进", "measure")
    assert not c.save_now()  # the dialog came; merging saved
    assert asked == [store.sidecar_path(report_path).name]
    both = {"工业投资稳步增长", "企业效益持续改善", "重点项目建设有序推进"}
    assert quotes_on_disk(report_path) == both
    assert {a.quote for a in c.annotation_set} == both and not c.is_dirty()
    assert not c.autosave.in_conflict and window.tagging.banner.isHidden()
    assert "Merged with the changes on disk" in window.statusBar().currentMessage()
    c.undo_stack.undo()  # the merge is one step: theirs goes, mine stays
    assert {a.quote for a in c.annotation_set} == both - {"企业效益持续改善"}


def test_escape_cancels_nothing_written_and_asked_again(qtbot, conflicted,
                                                        report_path) -> None:
    window, asked, answers = conflicted
    c, banner = window.controller, window.tagging.banner
    before = store.sidecar_path(report_path).read_bytes()
    answers.append(None)  # Esc
    tag(window, "重点项目建设有序推进", "measure")
    assert not c.save_now()
    assert store.sidecar_path(report_path).read_bytes() == before  # no write
    assert c.autosave.in_conflict and c.is_dirty()
    assert banner.isVisible() and banner.state == "conflict"
    answers.append(None)
    tag(window, "营商环境不断优化", "measure")  # the next save attempt asks again
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert store.sidecar_path(report_path).read_bytes() == before
    answers.append("merge")
    banner.resolve_button.setFocus()
    qtbot.keyClick(banner.resolve_button, Qt.Key.Key_Space)  # Resolve… from the keyboard
    assert len(asked) == 3 and banner.isHidden() and not c.autosave.in_conflict
    assert quotes_on_disk(report_path) == {"工业投资稳步增长", "企业效益持续改善",
                                           "重点项目建设有序推进", "营商环境不断优化"}


def test_closing_with_a_conflict_open_merges(conflicted, report_path) -> None:
    window, asked, answers = conflicted
    answers.extend([None, None])  # Esc at the save, Esc again when closing
    tag(window, "重点项目建设有序推进", "measure")
    assert not window.controller.save_now()
    window.close_report()
    assert len(asked) == 2
    assert quotes_on_disk(report_path) == {"工业投资稳步增长", "企业效益持续改善",
                                           "重点项目建设有序推进"}


def test_load_theirs_and_keep_mine_still_offered(conflicted, report_path) -> None:
    window, _asked, answers = conflicted
    answers.append("theirs")
    tag(window, "重点项目建设有序推进", "measure")
    window.controller.save_now()
    assert {a.quote for a in window.controller.annotation_set} == {
        "工业投资稳步增长", "企业效益持续改善"}
    answers.append("mine")
    other_writer_adds(report_path, "营商环境不断优化")
    tag(window, "重点项目建设有序推进", "measure")
    window.controller.save_now()
    assert quotes_on_disk(report_path) == {"工业投资稳步增长", "企业效益持续改善",
                                           "重点项目建设有序推进"}


def test_second_window_opens_read_only_then_takes_over(qtbot, make_window,
                                                       report_path) -> None:
    first = make_window()
    opened(qtbot, first, report_path)
    tag(first, "工业投资稳步增长")
    assert first.controller.save_now()
    lock_file = lock.lock_path(store.sidecar_path(report_path))
    assert lock_file.exists()
    second = make_window()
    t = opened(qtbot, second, report_path)
    c, banner = second.controller, t.banner
    assert c.read_only and c.lock_holder is not None
    assert banner.isVisible() and banner.state == "locked"
    text = banner.label.text()
    assert socket.gethostname() in text and str(os.getpid()) in text and "read-only" in text
    assert {a.quote for a in c.annotation_set} == {"工业投资稳步增长"}  # shown, untouched
    before = store.sidecar_path(report_path).read_bytes()
    assert tag(second, "企业效益持续改善") is None
    assert "another Yuepi window" in second.statusBar().currentMessage()
    banner.check_button.click()  # still held: stays read-only
    assert c.read_only and banner.isVisible()
    tag(first, "重点项目建设有序推进", "measure")
    first.close_report()  # saves, releases the lock
    assert not lock_file.exists()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.keyClick(second.text_view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(banner.isHidden)  # the mnemonic "clicks" after a short animation
    assert not c.read_only and c.lock_holder is None
    assert {a.quote for a in c.annotation_set} == {"工业投资稳步增长", "重点项目建设有序推进"}
    assert store.sidecar_path(report_path).read_bytes() != before
    assert tag(second, "企业效益持续改善") is not None and c.save_now()
    assert "企业效益持续改善" in quotes_on_disk(report_path)
    second.close_report()
    assert not lock_file.exists()


def test_edit_anyway_takes_a_live_lock(qtbot, make_window, report_path) -> None:
    first = make_window()
    opened(qtbot, first, report_path)
    second = make_window()
    t = opened(qtbot, second, report_path)
    assert second.controller.read_only
    t.banner.take_button.click()
    assert not second.controller.read_only and t.banner.isHidden()
    assert tag(second, "企业效益持续改善") is not None and second.controller.save_now()


def test_stale_lock_is_taken_over_silently(qtbot, main_window, report_path) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    lock_file = lock.lock_path(store.sidecar_path(report_path))
    lock_file.write_text('{"pid": %d, "host": "%s", "token": "crashed"}'
                         % (proc.pid, socket.gethostname()), encoding="utf-8")
    t = opened(qtbot, main_window, report_path)
    assert not main_window.controller.read_only and t.banner.isHidden()
    assert lock.read_lock(lock_file).pid == os.getpid()


def test_banner_in_chinese(qtbot, zh_cn, make_window, report_path) -> None:
    first = make_window()
    opened(qtbot, first, report_path)
    second = make_window()
    t = opened(qtbot, second, report_path)
    assert "只读" in t.banner.label.text() and "(&G)" in t.banner.check_button.text()


# --- saves that fail in an unexpected way ----------------------------------------------------
@pytest.mark.parametrize("error", [
    UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
    RuntimeError("a bug"),
])
def test_unexpected_error_in_a_save_is_reported(qtbot, tmp_path, monkeypatch, caplog,
                                                error: Exception) -> None:
    controller = open_controller(tmp_path)
    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(store, "save_sidecar", broken)
    with qtbot.waitSignal(controller.save_failed, timeout=2000) as failed:
        controller.add_annotation(*span_of(TEXT, "财政收支矛盾突出"), "problem")
    code, detail = failed.args
    assert code == "sidecar_save_failed" and type(error).__name__ in detail
    assert controller.is_dirty()
    assert any(r.exc_info and r.exc_info[1] is error for r in caplog.records)  # traceback
    assert labels.error_text(code) != labels.error_text("error")


def test_unexpected_error_offers_save_as(qtbot, main_window, report_path, tmp_path,
                                         monkeypatch) -> None:
    opened(qtbot, main_window, report_path)
    real = store.save_sidecar
    monkeypatch.setattr(store, "save_sidecar", lambda *a, **k: (_ for _ in ()).throw(
        RuntimeError("a bug")))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append(
        (title, text)))
    target = tmp_path / "elsewhere.annotations.json"

    def ask(_parent: object, _suggested: str) -> str:
        monkeypatch.setattr(store, "save_sidecar", real)  # e.g. another place works
        return str(target)

    monkeypatch.setattr(messages, "ask_sidecar_save_path", ask)
    tag(main_window, "工业投资稳步增长")
    assert not main_window.controller.save_now()
    assert shown and shown[0][0] == labels.error_text("sidecar_save_failed")
    assert "Save As" in shown[0][0]
    assert target.exists() and not main_window.controller.is_dirty()


def test_read_only_view_of_a_damaged_file_moves_nothing(qtbot, make_window, report_path,
                                                        monkeypatch) -> None:
    first = make_window()
    opened(qtbot, first, report_path)
    store.sidecar_path(report_path).write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, _text: shown.append(title))
    second = make_window()
    opened(qtbot, second, report_path)
    assert second.controller.read_only and len(second.controller.annotation_set) == 0
    assert shown == [labels.error_text("sidecar")]
    assert store.sidecar_path(report_path).read_text("utf-8") == "{ not json"


def test_merge_uses_the_last_saved_version_as_base(qtbot, tmp_path) -> None:
    """Deletions on both sides carry over; additions on both sides stay."""
    c = open_controller(tmp_path)
    a = c.add_annotation(*span_of(TEXT, "稳中有进"), "achievement")
    b = c.add_annotation(*span_of(TEXT, "就业形势"), "achievement")
    assert c.save_now()
    path = c.sidecar_path
    data = store.load_sidecar(path)
    data.annotation_set.remove(b)  # the other writer deletes B and adds C
    start, end = span_of(TEXT, "创新能力不强")
    data.annotation_set.add(make_annotation(TEXT, start, end, "problem"))
    store.save_sidecar(path, c.report, data.annotation_set)
    c.remove([a])  # we delete A and add D
    c.add_annotation(*span_of(TEXT, "财政收支矛盾突出"), "problem")
    with qtbot.waitSignal(c.conflict_detected):
        assert not c.save_now()
    with qtbot.waitSignal(c.conflict_resolved):
        assert c.merge_with_disk()
    assert {x.quote for x in c.annotation_set} == {"创新能力不强", "财政收支矛盾突出"}
    assert {x.quote for x in store.load_sidecar(path).annotation_set} == {
        "创新能力不强", "财政收支矛盾突出"}
    c.close()
    assert not lock.lock_path(path).exists()


def test_the_lock_is_refreshed_and_a_take_over_noticed(qtbot, tmp_path, monkeypatch) -> None:
    import time

    from gui.annotations import sharing

    monkeypatch.setattr(sharing, "REFRESH_EVERY_S", 0.05)
    c = open_controller(tmp_path)
    path = lock.lock_path(c.sidecar_path)
    os.utime(path, (time.time() - 500,) * 2)
    qtbot.waitUntil(lambda: time.time() - path.stat().st_mtime < 60)  # refreshed
    other = lock.EditingLock.acquire(c.sidecar_path, force=True)  # Edit Anyway elsewhere
    with qtbot.waitSignal(c.message) as told:
        pass
    assert "took over" in told.args[0]
    c.close()
    assert other.holds()  # ours was not removed on close
    other.release()


def test_since_is_the_time_today_else_the_date() -> None:
    from datetime import datetime, timedelta

    from gui.annotations.sidecar_banner import since_text

    now = datetime.now().astimezone().replace(hour=14, minute=2, second=0, microsecond=0)
    holder = lock.LockInfo(1, "h", "u", "a", now.isoformat(), "t")
    assert since_text(holder, now) == "14:02"
    assert since_text(holder, now + timedelta(days=1)) == now.strftime("%Y-%m-%d 14:02")
    assert since_text(lock.LockInfo(1, "h", "u", "a", "", "t")) == "?"
