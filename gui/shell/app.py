"""run(args, qt_args): the only code that creates the QApplication."""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from gui.common import i18n, resources
from gui.common.fonts import ui_font
from gui.common.settings import UiSettings
from gui.shell import input_method, single_instance
from gui.shell.main_window import MainWindow
from gui.shell.restart import Relaunch
from gui.shell.windows import Windows
from model.outline.worker import OutlineWorker

if TYPE_CHECKING:
    from model.outline.tree import Outline
    from model.report.loading import Report

ORGANIZATION = "Yuepi"
APPLICATION = "Yuepi"
UI_SWITCH_INTERVAL_S = 0.001
BENCH_ENV = "YUEPI_BENCH_EXIT"  # set: print ms to first paint with the outline, then quit
BENCH_T0_ENV = "YUEPI_BENCH_T0"  # the launcher's time.time() when it started us
SINGLE_ENV = "YUEPI_SINGLE_INSTANCE"  # "0": never hand a report to a running Yuepi
DESKTOP_FILE = "yuepi"  # resources/desktop/yuepi.desktop: Wayland and task bars match it


def run(args: argparse.Namespace, qt_args: list[str],
        worker: OutlineWorker | None = None,
        loaded: tuple[Report, Outline | None, int | None] | None = None) -> int:
    """Start the window; returns the application's exit code. `worker`: a process already
    detecting the outline of the report named in `args`; `loaded`: that report, read
    before Qt loaded, with its outline (None: the worker's) and, for the outline of a long
    report's head only, the offset it ends before. The interface language is
    decided here, once: translators, tag labels and every view follow it."""
    app = QApplication([sys.argv[0], *qt_args])
    report = getattr(args, "report", None)
    reports = getattr(args, "reports", None) or ([report] if report else [])
    single = os.environ.get(SINGLE_ENV) != "0" and not os.environ.get(BENCH_ENV)
    name = single_instance.server_name()
    if report and single and single_instance.hand_off([os.path.abspath(r) for r in reports],
                                                      name):
        if worker is not None:
            worker.close()
        return 0  # the running Yuepi opened it (or brought its window to the front)
    # jieba analyses each report in a worker thread for seconds; with Python's default
    # 5 ms GIL switch interval every UI event waits up to 5 ms for its turn
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE)
    settings = UiSettings(QSettings())
    lang = i18n.choose_language(getattr(args, "lang", None) or settings.language(),
                                i18n.system_locale_name())
    translators = i18n.install_translators(app, lang)  # noqa: F841 (kept alive until exit)
    app.setFont(ui_font())  # a CJK sans fallback list for menus, tree and status bar
    if sheet := resources.style_sheet():
        app.setStyleSheet(sheet)
    if compare := getattr(args, "compare", None):
        app.setWindowIcon(resources.app_icon())
        return _run_compare(app, settings, compare, i18n.tag_language(lang))
    windows = Windows(lambda: MainWindow(settings, lang=i18n.tag_language(lang)), app)
    # the first paint shows the text and its outline; the rest of the window (controller,
    # features, docks, the saved dock layout, the report's sidecar) is built right after
    window = windows.add(MainWindow(settings, lang=i18n.tag_language(lang), defer=True))
    if report:
        window.preview_report(report, worker, loaded)  # closes the worker, used or not
    elif worker is not None:
        worker.close()
    window.completed.connect(gc.enable)  # off since gui.launch: start-up made no garbage
    # the task-bar icon a moment later (gui/common/resources.py: app_icon)
    window.completed.connect(lambda: app.setWindowIcon(resources.app_icon()))
    window.show()
    windows.open_all(reports[1:])  # the others each in a window, after the first paint
    input_method.warn_if_fcitx_missing(window, os.environ)  # once, in the first window
    server = None
    if single:
        server = single_instance.InstanceServer(name, app)
        # one per turn, as dropped files (`yuepi A B` hands over both at once)
        server.open_requested.connect(lambda path: windows.open_all([path]))
        server.listen()
    if os.environ.get(BENCH_ENV):
        _BenchExit(window, app)
    relaunch = Relaunch(windows, app)
    windows.restart_requested.connect(relaunch.request)
    code = app.exec()
    if relaunch.paths is not None:  # every window closed: nobody left to hand reports to
        if server is not None:
            server.close()
        relaunch.start()
    return code


def _run_compare(app: QApplication, settings: UiSettings, pair: list[str], lang: str) -> int:
    """`--compare A B`: only the compare window (gui/compare). rjieba is imported first,
    while nothing is on screen: its import builds a default dictionary in one call that
    holds the GIL ~0.3 s, a stall of the window if its worker imported it."""
    from gui.shell.compare_entry import open_window
    from model.reading.fast_cut import load_rjieba

    load_rjieba()

    window = open_window(settings, pair[0], pair[1], lang=lang)  # noqa: F841 (kept alive)
    QTimer.singleShot(0, gc.enable)  # as run(): the collector back on after the first paint
    return app.exec()


class _BenchExit(QObject):
    """Benchmark hook: print ms from launch to the text's first paint (text_ms) and to the
    first paint with the outline filled in (startup_ms) with the CPU time until then
    (cpu_ms); then, once the window is complete (MainWindow.complete, right after that
    paint) and has the whole report's outline (a long report's first paint shows its
    head's: model/outline/head.py), the ms until then (complete_ms), and quit."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._t0 = float(os.environ.get(BENCH_T0_ENV) or time.time())
        self._text_ms: float | None = None
        window.text_view.viewport().installEventFilter(self)
        window.empty_label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        elapsed = (time.time() - self._t0) * 1000
        if self._text_ms is None:
            self._text_ms = elapsed
        if self._window.report is not None and self._window.outline is None:
            return  # the outline is still being detected; a repaint follows it
        self._window.text_view.viewport().removeEventFilter(self)
        self._window.empty_label.removeEventFilter(self)
        print(f"text_ms={self._text_ms:.1f} startup_ms={elapsed:.1f} "
              f"cpu_ms={time.process_time() * 1000:.1f}", flush=True)
        self._quit_when_complete()

    def _quit_when_complete(self) -> None:
        window = self._window
        if not window.is_complete or (window.session.report is not None
                                      and window.session.outline is None):
            QTimer.singleShot(5, self._quit_when_complete)
            return
        elapsed = (time.time() - self._t0) * 1000
        try:
            print(f"complete_ms={elapsed:.1f} "
                  f"complete_cpu_ms={time.process_time() * 1000:.1f}", flush=True)
        finally:  # a reader gone already (`| head -1`) must not keep the window open
            self._app.quit()
