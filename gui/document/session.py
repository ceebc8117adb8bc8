"""ReportSession: the one owner of the open report, and the one way to open one.

Opened at start, with File › Open, from Open Recent or by a drop: every path ends in
open(). The window, the controller and the features read `report`, `outline` and
`analysis` here and follow the signals; nobody else keeps a copy.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.common.release import LATER_MS, release_later
from gui.document.outline_jobs import OutlineJobs
from model.errors import ModelError
from model.outline.tree import Outline
from model.outline.worker import OutlineWorker
from model.report.loading import Report

#: Reports at least this long (≈0.9 MB, ≈0.1 s of detection) opened while the window is
#: visible get their outline in the background while the text is laid out and painted.
#: Before the window is shown (a report named on the command line) the outline comes from
#: the worker main.py started before Qt loaded, or is detected in line: there is nothing
#: to keep responsive yet, and a worker thread fighting the GUI thread for the GIL (Qt
#: keeps it through setPlainText) delayed the first paint by ~0.3 s on a 5 MB report.
ASYNC_OUTLINE_CHARS = 300_000


class ReportSession(QObject):
    """The open report, its outline and its reading analysis.

    Signals, in the order they come for one report:
        closing(): the current report is about to be replaced or closed (save, remember).
        text_ready(Report): the new report's text is known; its outline may follow.
        outline_ready(Report, Outline): its outline is known (the views show it first);
            again whenever the reviewer's corrections change it (set_outline).
        opened(Report, Outline): the report and its outline are known (then the
            annotations load, whose messages come over the shown outline).
        analysis_changed(object): the reading analysis of the open report (or None).
        closed(): no report is open any more (after closing(), without a new one).
        open_failed(object, object): a path (the real one: a str, which a Qt string
            could not carry when the name is not UTF-8) and the ModelError that refused it.
        outline_failed(str): detection failed (an empty outline is used); the detail.
    """

    closing = Signal()
    text_ready = Signal(object)
    outline_ready = Signal(object, object)
    opened = Signal(object, object)
    analysis_changed = Signal(object)
    closed = Signal()
    open_failed = Signal(object, object)
    outline_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        #: The outline every view shows: the detector's with the reviewer's corrections.
        self.outline: Outline | None = None
        #: The detector's own outline of the open report (what corrections apply to).
        self.detected_outline: Outline | None = None
        self.analysis: Any = None
        self.async_outline_chars = ASYNC_OUTLINE_CHARS
        #: Set once the window is visible: large reports then get their outline later.
        self.outline_in_background = False
        self._unshown: Report | None = None  # opened, its text_ready in the next turn
        self.outline_jobs = OutlineJobs(self)
        self.outline_jobs.finished.connect(self._on_outline_ready)
        self.outline_jobs.failed.connect(self._on_outline_failed)

    def adopt_worker(self, worker: OutlineWorker | None) -> None:
        """A worker main.py started for the report named at start (used by open())."""
        self.outline_jobs.adopt(worker)

    @Slot(object)
    def open(self, path: str | Path) -> bool:
        """Load and show a report; on bad input emit open_failed and keep the current one."""
        from model.report.loading import load_report
        from model.sidecar.names import report_of_sidecar

        path = report_of_sidecar(path) or path
        try:
            report = load_report(path)
        except ModelError as exc:
            self.outline_jobs.adopt(None)
            self.open_failed.emit(str(path), exc)
            return False
        if report.length >= self.async_outline_chars and self.outline_in_background:
            self.outline_jobs.start(report)  # first, so it overlaps the text layout
            # replacing a report (a reload): its text is shown in the next turn, apart
            # from closing the old one (saved, the views emptied), two stalls of half
            self._begin(report, text_later=self.report is not None)
        else:
            self.outline_jobs.cancel()
            self._begin(report)  # the text is laid out while an adopted worker finishes
            self._finish(report, self.outline_jobs.take_adopted(report)
                         or self._detect(report))
        return True

    @staticmethod
    def _detect(report: Report) -> Outline:
        from model.outline.detector import detect_outline

        return detect_outline(report)

    def show_detecting(self, report: Report) -> None:
        """Make an already loaded report the open one; its outline is detected in the
        background (text_ready now; outline_ready and opened once it is known)."""
        self.outline_jobs.start(report)
        self._begin(report)

    def show(self, report: Report, outline: Outline) -> None:
        """Make an already loaded report and its outline the open one."""
        self.outline_jobs.cancel()
        self._begin(report)
        self._finish(report, outline)

    def set_outline(self, outline: Outline) -> None:
        """Show another outline of the open report (its corrections changed): outline_ready."""
        if self.report is not None and self.detected_outline is not None:
            self.outline = outline
            self.outline_ready.emit(self.report, outline)

    @Slot()
    def close(self) -> None:
        if self.report is None:
            return
        self.closing.emit()
        self.outline_jobs.cancel()
        self.report, self.outline, self.analysis = None, None, None
        self.detected_outline = None
        self.closed.emit()

    def set_analysis(self, analysis: Any) -> None:
        """The reading analysis of the open report (computed by the reading feature)."""
        self.analysis = analysis
        self.analysis_changed.emit(analysis)

    def shutdown(self) -> None:
        """Before the window goes: no job may outlive it."""
        self.outline_jobs.cancel()
        self.outline_jobs.adopt(None)
        self.outline_jobs.wait()
        if self.report is not None:
            self.closing.emit()

    def _begin(self, report: Report, text_later: bool = False) -> None:
        """Make `report` the open one: closing (for the one before), then text_ready —
        with `text_later`, in the next turn of the event loop (or before its outline,
        should that come first)."""
        if self.report is not None:
            self.closing.emit()
            # the old report's text and analysis are freed in later turns (release.py)
            release_later(self, self.report, self.analysis, self.outline,
                          self.detected_outline)
        self.report, self.outline, self.analysis = report, None, None
        self.detected_outline = None
        if text_later:
            self._unshown = report
            QTimer.singleShot(LATER_MS, self, self._show_text)  # after what is due
        else:
            self._unshown = None
            self.text_ready.emit(report)

    @Slot()
    def _show_text(self) -> None:
        """text_ready for a report whose text was left for this turn, if still open."""
        report, self._unshown = self._unshown, None
        if report is not None and report is self.report:
            self.text_ready.emit(report)

    def _finish(self, report: Report, outline: Outline) -> None:
        self._show_text()  # the text before its outline
        self.outline = self.detected_outline = outline
        self.outline_ready.emit(report, outline)
        self.opened.emit(report, outline)

    @Slot(int, object, object)
    def _on_outline_ready(self, job_id: int, report: Report, outline: Outline) -> None:
        if self.outline_jobs.is_current(job_id) and report is self.report:
            self._finish(report, outline)

    @Slot(int, object, str)
    def _on_outline_failed(self, job_id: int, report: Report, detail: str) -> None:
        if self.outline_jobs.is_current(job_id) and report is self.report:
            self._finish(report, Outline(None, []))
            self.outline_failed.emit(detail)
