"""The open report changed or went away on disk (issue 17, item 2): a bar says so, saves
go on (never lose work) against the text shown, and Reload re-anchors every annotation."""
from __future__ import annotations

import json
import os

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from gui.common import messages
from gui.document.report_watch import CHANGED, MISSING, SAME
from model.sidecar.store import sidecar_path
from tests.gui.tagging_support import opened


def _edit(path, old: str, new: str) -> None:
    """Change the report as another program would (a new mtime even within one tick)."""
    text = path.read_text("utf-8")
    path.write_text(text.replace(old, new, 1), "utf-8")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_an_edit_on_disk_shows_the_bar_and_reload_reanchors(qtbot, monkeypatch, main_window,
                                                             report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    c, text = main_window.controller, main_window.report.text
    start = text.index("企业效益持续改善")
    c.add_annotation(start, start + 8, "achievement")
    banner = t.report_changes.banner
    assert not banner.isVisible()
    _edit(report_path, "县工信局2024年工作总结", "县工业和信息化局2024年度工作总结")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=3000)  # the file watcher
    assert banner.state == CHANGED and banner.reload_button.isVisible()
    assert "changed on disk" in banner.label.text()
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    banner.reload_button.click()
    assert not banner.isVisible()
    assert main_window.report.text.startswith("县工业和信息化局")
    a = next(iter(c.annotation_set))
    assert a.quote == "企业效益持续改善" and main_window.report.text[a.start:a.end] == a.quote
    assert len(infos) == 1 and "1 moved" in infos[0]  # the re-anchor summary


def test_saves_before_reload_keep_the_text_they_were_placed_on(qtbot, main_window,
                                                               report_path) -> None:
    """A tag added after the change is saved (no work lost) with the source it was placed
    on, and the bar is up by then even without the watcher (the check before saving)."""
    t = opened(qtbot, main_window, report_path)
    c = main_window.controller
    shown = main_window.report
    t.report_changes.watch._watch_file.blockSignals(True)  # as on a network drive
    _edit(report_path, "县工信局", "县工业和信息化局")
    c.add_annotation(0, 4, "problem")
    assert c.save_now()
    assert t.report_changes.banner.state == CHANGED
    saved = json.loads(sidecar_path(report_path).read_text("utf-8"))
    assert saved["source"]["sha256"] == shown.sha256
    assert [a["target"]["selector"][0]["exact"] for a in saved["annotations"]] \
        == [shown.text[:4]]


def test_focus_checks_again_and_a_touch_is_no_change(qtbot, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    watch = t.report_changes.watch
    watch._watch_file.blockSignals(True)
    _edit(report_path, "", "")  # same text, new mtime
    QApplication.sendEvent(main_window, QEvent(QEvent.Type.WindowActivate))
    assert watch.state == SAME and not t.report_changes.banner.isVisible()
    _edit(report_path, "县工信局", "县工业和信息化局")
    QApplication.sendEvent(main_window, QEvent(QEvent.Type.WindowActivate))
    assert watch.state == CHANGED and t.report_changes.banner.isVisible()


def test_a_report_deleted_on_disk_keeps_the_window_and_the_work(qtbot, main_window,
                                                                report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    c = main_window.controller
    banner = t.report_changes.banner
    report_path.unlink()
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=3000)
    assert banner.state == MISSING and not banner.reload_button.isVisible()
    assert "no longer on disk" in banner.label.text()
    assert main_window.report is not None
    ident = c.add_annotation(0, 4, "problem")
    assert ident is not None and c.save_now()
    assert json.loads(sidecar_path(report_path).read_text("utf-8"))["annotations"]
    report_path.write_text(main_window.report.text, "utf-8")  # put back as it was
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)


def test_closing_the_report_hides_the_bar(qtbot, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    _edit(report_path, "县工信局", "县工业和信息化局")
    assert t.report_changes.watch.check() == CHANGED
    main_window.close_report()
    assert not t.report_changes.banner.isVisible()
