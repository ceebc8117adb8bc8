"""Single instance: a second `yuepi REPORT` hands the report to the running application
over a local socket; there it opens in a new window, or the window already showing it
comes to the front."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from gui.common.settings import UiSettings
from gui.shell import single_instance
from gui.shell.main_window import MainWindow
from gui.shell.windows import Windows
from tests.conftest import report_text


def _name() -> str:
    return f"yuepi-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def test_server_name_is_per_user_and_stable(monkeypatch) -> None:
    monkeypatch.setenv("LOGNAME", "alice")
    alice = single_instance.server_name()
    assert alice == single_instance.server_name() and alice.startswith("yuepi-")
    monkeypatch.setenv("LOGNAME", "bob")
    assert single_instance.server_name() != alice


def test_nobody_listening_means_no_hand_off(qtbot) -> None:
    assert single_instance.hand_off(["/tmp/x.txt"], _name()) is False


def test_a_report_is_handed_to_the_running_instance(qtbot, tmp_path: Path) -> None:
    name = _name()
    server = single_instance.InstanceServer(name)
    assert server.listen()
    received: list[str] = []
    server.open_requested.connect(received.append)
    path = str(tmp_path / "县工信局 总结.txt")
    assert single_instance.hand_off([path], name) is True  # both ends in this process
    assert received == [path]
    server.close()


def test_a_stale_socket_is_taken_over_and_garbage_is_refused(qtbot) -> None:
    name = _name()
    first = single_instance.InstanceServer(name)
    assert first.listen()
    second = single_instance.InstanceServer(name)  # as after a crash: the name is taken
    assert second.listen()
    received: list[str] = []
    second.open_requested.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(1000)
    socket.write(b"not json\n")
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=3000)
    assert received == []
    first.close()
    second.close()


def test_a_handed_report_opens_in_a_new_window_or_focuses_its_window(
        make_window, qsettings, qtbot, tmp_path: Path) -> None:
    first_path, second_path = tmp_path / "a.txt", tmp_path / "b.txt"
    first_path.write_text(report_text(), encoding="utf-8")
    second_path.write_text(report_text(), encoding="utf-8")
    first = make_window()
    assert first.open_report(first_path)
    windows = Windows(lambda: MainWindow(UiSettings(qsettings), lang="en"))
    windows.add(first)

    # the same file under another name: the window showing it comes to the front
    link = tmp_path / "link.txt"
    link.symlink_to(first_path)
    assert windows.open(str(link)) is first
    assert windows.windows() == [first]

    second = windows.open(str(second_path))
    assert second is not first and second.isVisible()
    assert second.report is not None and second.report.path.name == "b.txt"
    assert first.report is not None and first.report.path.name == "a.txt"  # untouched
    assert second.session is not first.session
    assert windows.open(str(second_path)) is second
    assert len(windows.windows()) == 2
    # its annotation file stands for it: the same window, not a third on the same report
    from model.sidecar.names import sidecar_path

    assert windows.open(str(sidecar_path(second_path))) is second
    assert len(windows.windows()) == 2

    gone: list[bool] = []
    second.destroyed.connect(lambda *_: gone.append(True))
    second.close()  # each window its own session: closing one leaves the other
    qtbot.waitUntil(lambda: bool(gone), timeout=3000)
    assert windows.windows() == [first] and first.report is not None


def test_files_dropped_together_each_open_in_a_window(qtbot, make_window, qsettings,
                                                      tmp_path: Path) -> None:
    """Three reports dropped at once on a window: the first opens there, the other two
    in windows of their own (they were silently left out). The drop returns before any
    is read (the file manager is not kept waiting); then they open one per turn of the
    event loop, as one after another with File › Open: each window shows its report
    before the next file is read (all read in one turn froze every window meanwhile)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.gui.drop_support import drag_enter

    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(report_text(), encoding="utf-8")
    first = make_window()
    windows = Windows(lambda: MainWindow(UiSettings(qsettings), lang="en"))
    windows.add(first)
    events: list[str] = []
    opened = MainWindow.open_report

    def open_report(window: MainWindow, path: str | Path) -> bool:
        # what the windows already open show when the next file is read
        events.append(f"read {Path(path).name}, shown "
                      f"{sorted(w.report.path.name for w in windows.windows() if w.report)}")
        return opened(window, path)

    MainWindow.open_report = open_report  # type: ignore[method-assign]
    try:
        _enter, drop, _data = drag_enter(first, paths)
        QApplication.sendEvent(first, drop)
        assert events == [] and first.report is None  # nothing read in the drop
        QTimer.singleShot(1, lambda: events.append("a turn of the event loop"))
        qtbot.waitUntil(lambda: len(windows.windows()) == 3 and not windows.opening()
                        and all(w.report is not None for w in windows.windows()),
                        timeout=10_000)
    finally:
        MainWindow.open_report = opened  # type: ignore[method-assign]
    shown = windows.windows()
    try:
        assert shown[0] is first
        assert [w.report.path.name for w in shown if w.report is not None] == \
            ["a.txt", "b.txt", "c.txt"]
        assert events == ["read a.txt, shown []", "a turn of the event loop",
                          "read b.txt, shown ['a.txt']", "read c.txt, shown ['a.txt', 'b.txt']"]
    finally:
        for window in shown[1:]:
            window.close()
