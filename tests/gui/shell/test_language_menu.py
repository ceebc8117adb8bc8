"""View › Interface Language: the interface language can be chosen in the window (the
setting app.run reads at start was written by nothing), and it says when it applies: a new
language asks whether to restart now, on the same reports (gui/shell/restart.py), or later."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.common import i18n
from gui.common.settings import UiSettings
from gui.shell import language_menu, restart
from tests.conftest import report_text


@dataclass
class Answers:
    """What the restart question answers (Later unless a test appends True to `given`);
    each question asked is recorded in `asked` as the answer it got."""

    given: list[bool] = field(default_factory=list)
    asked: list[bool] = field(default_factory=list)

    def __call__(self, _parent: object) -> bool:
        self.asked.append(self.given.pop(0) if self.given else False)
        return self.asked[-1]


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answering = Answers()
    monkeypatch.setattr(language_menu, "ask_restart", answering)
    return answering


def _choices(window) -> dict[str, object]:
    return {a.data(): a for a in window.language_menu.actions()}


def test_the_language_is_chosen_in_the_view_menu(main_window, qsettings: QSettings) -> None:
    window = main_window
    window.complete()
    assert window.language_menu.menuAction() in window.view_menu.actions()
    choices = _choices(window)
    assert set(choices) == {"", "zh_CN", "en"}
    assert choices[""].isChecked()  # nothing saved: the system's language
    choices["zh_CN"].trigger()
    assert UiSettings(qsettings).language() == "zh_CN"
    assert i18n.choose_language(UiSettings(qsettings).language(), "en_US") == "zh_CN"
    assert "next time" in window.statusBar().currentMessage()
    assert [v for v, a in choices.items() if a.isChecked()] == ["zh_CN"]
    choices[""].trigger()
    assert UiSettings(qsettings).language() is None


def test_the_saved_language_is_checked_in_a_new_window(make_window,
                                                       qsettings: QSettings) -> None:
    UiSettings(qsettings).set_language("en")
    window = make_window()
    window.complete()
    assert [v for v, a in _choices(window).items() if a.isChecked()] == ["en"]


def test_choosing_the_language_shown_says_so(main_window, qsettings: QSettings) -> None:
    """Choosing English in an English window said it "changes the next time Yuepi
    starts": nothing changes, and the message says that instead."""
    window = main_window
    window.complete()
    _choices(window)["en"].trigger()
    assert UiSettings(qsettings).language() == "en"
    assert window.statusBar().currentMessage() == "Yuepi already shows this language."
    _choices(window)["zh_CN"].trigger()
    assert "next time" in window.statusBar().currentMessage()


def test_a_new_language_asks_to_restart_and_later_says_when(main_window, answers) -> None:
    """The choice applies at the next start, which the reviewer is told in a question (a
    status bar message alone went unseen); Later restarts nothing."""
    window = main_window
    window.complete()
    requested: list[bool] = []
    window.restart_requested.connect(lambda: requested.append(True))
    _choices(window)["zh_CN"].trigger()
    assert answers.asked == [False] and requested == []
    assert "next time" in window.statusBar().currentMessage()
    _choices(window)["en"].trigger()  # the language shown: nothing to restart for
    assert answers.asked == [False]


def test_restart_now_asks_the_application_to_restart(main_window, answers) -> None:
    window = main_window
    window.complete()
    requested: list[bool] = []
    window.restart_requested.connect(lambda: requested.append(True))
    answers.given.append(True)
    _choices(window)["zh_CN"].trigger()
    assert requested == [True] and answers.asked == [True]


def test_the_question_defaults_to_later(monkeypatch, qtbot) -> None:
    """Enter or Esc keep working (Later): only Restart Now restarts."""
    monkeypatch.undo()  # the real question
    seen: list[QMessageBox] = []
    press: list[object] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        qtbot.addWidget(box)
        box.show()
        action = press.pop(0)
        if isinstance(action, str):
            next(b for b in box.buttons() if b.text().replace("&", "") == action).click()
        else:
            qtbot.keyClick(box, action)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    press[:] = [Qt.Key.Key_Return, Qt.Key.Key_Escape, "Restart Now"]
    assert [language_menu.ask_restart(None) for _ in range(3)] == [False, False, True]
    assert "restart" in seen[0].text()


def test_restart_closes_every_window_and_keeps_their_reports(qtbot, make_window, qsettings,
                                                             tmp_path: Path,
                                                             monkeypatch) -> None:
    """Restart Now: every window closes (its annotations saved, its editing lock
    released), the reports they showed are kept to open again, and the event loop ends;
    the new process starts once it has (app.run)."""
    from gui.shell.main_window import MainWindow
    from gui.shell.windows import Windows
    from model.sidecar.lock import lock_path
    from model.sidecar.names import sidecar_path

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    paths = []
    for name in ("甲.txt", "乙.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(report_text(), encoding="utf-8")
    first = make_window()
    windows = Windows(lambda: MainWindow(UiSettings(qsettings), lang="en"))
    windows.add(first)
    assert first.open_report(paths[0])
    second = windows.open(str(paths[1]))
    qtbot.waitUntil(lambda: second.report is not None and second.is_complete, timeout=10_000)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: lock_path(sidecar_path(w.report.path)).exists(),
                        timeout=10_000)
    relaunch = restart.Relaunch(windows)
    windows.restart_requested.connect(relaunch.request)
    second.restart_requested.emit()
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    assert relaunch.paths == [str(paths[0]), str(paths[1])]
    assert windows.windows() == []
    assert not any(lock_path(sidecar_path(p)).exists() for p in paths)  # free to reopen


def test_relaunch_runs_this_interpreter_on_main_py(monkeypatch) -> None:
    program, arguments = restart.relaunch_command(["/r/甲.txt", "/r/乙.docx"])
    assert program == sys.executable
    assert arguments == [str(restart.MAIN_SCRIPT), "/r/甲.txt", "/r/乙.docx"]
    assert restart.MAIN_SCRIPT.is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a bundle is its own program
    assert restart.relaunch_command(["/r/甲.txt"]) == (sys.executable, ["/r/甲.txt"])


def test_the_new_process_gets_the_reports(qtbot, monkeypatch, tmp_path: Path) -> None:
    """start() starts a process detached from this one with the reports' names intact
    (a stand-in program records its arguments: the real one would open a window)."""
    out = tmp_path / "argv.txt"
    script = ("import sys, pathlib; pathlib.Path(sys.argv[1]).write_text("
              "repr(sys.argv[2:]), encoding='utf-8')")
    monkeypatch.setattr(restart, "relaunch_command",
                        lambda paths: (sys.executable, ["-c", script, str(out), *paths]))
    relaunch = restart.Relaunch.__new__(restart.Relaunch)
    relaunch.paths = None
    assert relaunch.start() is False  # no restart asked for: nothing started
    relaunch.paths = [str(tmp_path / "甲 报告.txt"), str(tmp_path / "乙.txt")]
    assert relaunch.start() is True
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: out.read_text(encoding="utf-8").endswith("]"), timeout=5000)
    assert out.read_text(encoding="utf-8") == repr(relaunch.paths)
