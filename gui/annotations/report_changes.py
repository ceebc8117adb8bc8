"""The open report changed or went away on disk: a bar above the text, and Reload.

Until the reviewer reloads, annotations stay placed on the text the window shows and keep
being saved with it (the sidecar's `source` is that text's hash, which is right: it is the
text they were placed on, and the next open re-anchors them to the new one). The bar says
so; Reload re-reads the report, which saves first and re-anchors every annotation with the
usual summary. A report deleted on disk keeps the window and its annotations as they are.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from gui.common.banner import Banner
from gui.document.report_watch import CHANGED, MISSING, SAME, ReportWatch

if TYPE_CHECKING:
    from gui.common.host import Host


class ReportBanner(Banner):
    """Signals: reload_requested(). `state` is SAME (hidden), CHANGED or MISSING."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("report_banner", parent)
        self.state = SAME
        self.reload_button = self.add_button(self.tr("Re&load"), self.tr(
            "Show the text now on disk and re-anchor every annotation to it"))
        self.reload_button.clicked.connect(self.reload_requested)

    def set_state(self, state: str) -> None:
        self.state = state
        if state == CHANGED:
            self.label.setText(self.tr(
                "The report was changed on disk by another program. Your annotations are "
                "still placed on, and saved with, the text shown here. Reload to show the "
                "new text and re-anchor them."))
        elif state == MISSING:
            self.label.setText(self.tr(
                "The report is no longer on disk (deleted or moved). Its text stays here "
                "and your annotations are kept and saved beside where it was."))
        self.reload_button.setVisible(state == CHANGED)
        self.setVisible(state != SAME)


class ReportChanges(QObject):
    """Watches the session's report (ReportWatch) and shows `banner` above the text;
    checks again when the window gains focus and before each save of the sidecar."""

    def __init__(self, host: Host) -> None:
        window = host.main_window()
        super().__init__(window)
        self._host = host
        self.watch = ReportWatch(host.session, self)
        self.banner = ReportBanner()
        host.add_above_text(self.banner)
        self.watch.state_changed.connect(self._on_state)
        self.banner.reload_requested.connect(self.reload)
        host.controller.autosave.about_to_write.connect(self.watch.check)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.WindowActivate:
            self.watch.check()
        return False

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self.banner.set_state(state)
        if state == CHANGED:
            self._host.show_status(self.tr("The report changed on disk."), 10000)
        elif state == MISSING:
            self._host.show_status(self.tr("The report is no longer on disk."), 10000)

    @Slot()
    def reload(self) -> bool:
        """Open the report again from disk (its annotations are saved first and then
        re-anchored); on failure the text shown and its annotations stay."""
        report = self._host.session.report
        if report is None:
            return False
        return self._host.session.open(report.path)
