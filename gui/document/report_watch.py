"""ReportWatch: notices when the open report's file changes or goes away on disk.

Another program may edit the report while it is open. Annotations are placed on the text
the window shows, so the reviewer must be told, and offered to reload (which re-anchors
every annotation). Three ways in, as for the sidecar: a QFileSystemWatcher, a check when
the window gains focus (a watcher misses changes on some network drives), and a check
before every save (`check()`, called synchronously). A touch that leaves the text as it was
is not a change: only the canonical text's SHA-256 counts.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.common.file_watch import FileWatch
from gui.document.session import ReportSession
from model.errors import ModelError, ReportNotFound
from model.report.loading import Report

Stamp = tuple[int, int, int]  # (mtime_ns, size, inode)

SAME, CHANGED, MISSING = "", "changed", "missing"


def file_stamp(path: Path) -> Stamp | None:
    """(mtime, size, inode) of `path`, None when it is gone: a save by another program
    (write, or write-and-rename) changes it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


class ReportWatch(QObject):
    """Follows `session`: watches each report it shows until it closes. Without a
    session (the compare window watches two reports), `follow(report)` and `stop()`.

    Signals:
        state_changed(str): SAME (""), CHANGED or MISSING, whenever that differs from the
            last state sent (SAME again after a change was undone on disk or reloaded).
    """

    state_changed = Signal(str)

    def __init__(self, session: ReportSession | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._report: Report | None = None
        self._stamp: Stamp | None = None  # of the file when the text shown was read
        self._checked: tuple[Stamp, str] | None = None  # the last file compared, its state
        self.state = SAME
        self._watch_file = FileWatch(self)
        self._watch_file.settled.connect(self.check)
        if session is not None:
            session.text_ready.connect(self.follow)
            session.closed.connect(self.stop)

    @Slot(object)
    def follow(self, report: Report) -> None:
        """Watch `report`'s file; `report` is the text shown (a reload follows the new)."""
        self.stop()
        self._report, self._stamp = report, file_stamp(report.path)
        self._watch()

    @Slot()
    def stop(self) -> None:
        self._watch_file.stop()
        self._report, self._stamp, self._checked = None, None, None
        self._set(SAME)

    def _watch(self) -> None:
        if self._report is not None:
            self._watch_file.watch(self._report.path)

    @Slot()
    def check(self) -> str:
        """Compare the file with the text shown now; returns (and signals) the state."""
        self._watch_file.pause()
        report = self._report
        if report is None:
            return SAME
        self._watch()
        stamp = file_stamp(report.path)
        if stamp is None:
            self._set(MISSING)
        elif stamp != self._stamp:
            if self._checked is None or self._checked[0] != stamp:  # read once per stamp
                self._checked = (stamp, self._compare(report, stamp))
            self._set(self._checked[1])
        elif self.state == MISSING:  # back as it was (e.g. restored with the same stamp)
            self._set(SAME)
        return self.state

    def _compare(self, report: Report, stamp: Stamp) -> str:
        from model.report.loading import load_report

        try:
            on_disk = load_report(report.path)
        except ReportNotFound:
            return MISSING
        except ModelError:
            return CHANGED  # unreadable now: not the text shown (Reload explains why)
        if on_disk.sha256 == report.sha256:
            self._stamp = stamp  # touched, or changed back: nothing to tell
            return SAME
        return CHANGED

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
