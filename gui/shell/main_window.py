"""MainWindow: builds the panes, menus and status bar, and wires them together.

Extension points for later features: the menus are attributes (file_menu, edit_menu,
view_menu, annotations_menu, tools_menu, help_menu), `add_dock()` adds a pane, and the
signals report_opened(report, outline) / report_closing() bracket the life of a report.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from gui.common import fonts
from gui.common import labels
from gui.common import messages
from gui.common import pane_focus
from gui.annotations.controller import Controller
from gui.viewer.outline_jobs import OutlineJobs
from gui.viewer.outline_pane import OutlinePane
from model.outline.prefetch import OutlinePrefetch
from gui.common.settings import UiSettings
from gui.viewer.text_view import TextView
from gui.shell.menus import WindowMenus
from model.errors import ModelError, ReportNotFound
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report

#: Reports at least this long (≈0.9 MB, ≈0.1 s of detection) opened in the visible window
#: get their outline from a worker process (gui/viewer/outline_jobs.py) while the text is laid out
#: and painted. Before the window is shown (a report named on the command line) the outline
#: comes from the worker main.py started before Qt loaded, or is detected in line: there is
#: nothing to keep responsive yet, and a worker thread fighting the GUI thread for the GIL
#: (Qt keeps it through setPlainText) delayed the first paint by ~0.3 s on a 5 MB report.
ASYNC_OUTLINE_CHARS = 300_000


class MainWindow(WindowMenus, QMainWindow):
    """Signals: report_opened(Report, Outline) after a report is shown;
    report_closing() before the current report is replaced or the window closes."""

    report_opened = Signal(object, object)
    report_closing = Signal()

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setFont(fonts.ui_font())
        self.settings = settings
        self.report: Report | None = None
        self.outline: Outline | None = None
        self.async_outline_chars = ASYNC_OUTLINE_CHARS
        self.outline_jobs = OutlineJobs(self)
        # the one owner of the open report's annotations (undo stack, autosave)
        self.controller = Controller(parent=self)
        self._build_panes()
        self._build_status_bar()
        self._build_menus()
        self._wire()
        from gui.annotations.feature import TaggingWiring

        self.tagging = TaggingWiring(self)  # issue 3: tags, panels, sidecar messages
        from gui.reading.feature import ReadingWiring

        self.reading = ReadingWiring(self)  # issue 4: jieba, find, keywords, suggestions
        from gui.handoff.feature import ExportWiring

        self.handoff = ExportWiring(self)  # issue 5: export, citations, print, import
        QWidget.setTabOrder(self.outline_pane.view, self.text_view)  # Tab: outline → text
        from gui.shell.report_actions import ReportActions

        self.report_actions = ReportActions(self)  # greyed out while no report is open
        self._restore_state()
        self.setAcceptDrops(True)
        self._update_title()

    # building ------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.text_view = TextView(self)
        self.outline_pane = OutlinePane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.outline_pane)
        self.splitter.addWidget(self.text_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # a ratio: the docks take their share of the width first (the outline gets ~290 of
        # the ~900 left at the first-run 1200 width: titles with tag counts stay readable)
        self.splitter.setSizes([300, 620])
        self.empty_label = QLabel(labels.status_text("empty_state"), self)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.resize(1200, 800)

    def _build_status_bar(self) -> None:
        self.section_label = QLabel(self)
        self.section_label.setObjectName("section_label")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.statusBar().addWidget(self.section_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        # a message hides the section path (Qt does so only when the label was visible at
        # the time, e.g. not for a message shown while the window opens: they overlapped)
        self.statusBar().messageChanged.connect(
            lambda text: self.section_label.setVisible(not text))

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea, title: str) -> QDockWidget:
        """Add a feature pane as a dock; its toggle action goes to the View menu."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.objectName() or type(widget).__name__}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.restoreDockWidget(dock)  # its place from the saved window state, if any
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.outline_pane.node_activated.connect(self._on_node_activated)
        self.text_view.position_changed.connect(self._on_position_changed)
        self.text_view.zoom_changed.connect(self.settings.set_zoom)
        self.recent_menu.open_requested.connect(self.open_report)
        self.outline_jobs.finished.connect(self._on_outline_ready)
        self.outline_jobs.failed.connect(self._on_outline_failed)
        self.report_opened.connect(self.controller.open)
        self.report_closing.connect(self.controller.save_now)
        for menu in (self.annotations_menu, self.tools_menu):
            menu.installEventFilter(self)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionAdded and isinstance(watched, QMenu):
            watched.menuAction().setVisible(True)
        return super().eventFilter(watched, event)

    # opening and closing -------------------------------------------------------------------
    @Slot()
    def choose_and_open(self) -> None:
        start = str(self.report.path.parent) if self.report is not None else ""
        path = messages.ask_report_path(self, start)
        if path:
            self.open_report(path)

    @Slot(str)
    def open_report(self, path: str | Path, prefetch: OutlinePrefetch | None = None) -> bool:
        """Load and show a report; on bad input explain why and keep the current one.

        Large reports opened in the visible window show their text at once and get their
        outline from a worker (report_opened follows when it is there); smaller ones, and
        any report opened before the window is shown, are done in one go (with the outline
        from `prefetch`, a worker process started for this file, when it delivers).
        """
        from model.report.loading import load_report

        try:
            report = load_report(path)
            if report.length >= self.async_outline_chars and self.isVisible():
                self.outline_jobs.start(report)  # first, so it overlaps the text layout
                self._show_text(report)
                return True
            if prefetch is None:
                from model.outline.detector import detect_outline

                self.show_report(report, detect_outline(report))
                return True
        except ModelError as exc:
            self._report_error(path, exc)
            return False
        self.outline_jobs.cancel()
        self._show_text(report)  # laid out while the worker finishes
        self._show_outline(report, self._prefetched_outline(report, prefetch))
        return True

    @staticmethod
    def _prefetched_outline(report: Report, prefetch: OutlinePrefetch) -> Outline:
        """The worker's outline of this very text, else one detected here."""
        outline = prefetch.take(report)
        if outline is None:
            from model.outline.detector import detect_outline

            outline = detect_outline(report)
        return outline

    def show_report(self, report: Report, outline: Outline) -> None:
        """Show a loaded report with its outline."""
        self.outline_jobs.cancel()
        self._show_text(report)
        self._show_outline(report, outline)

    def _show_text(self, report: Report) -> None:
        focus = self.focusWidget()
        if self.report is None or focus is None or not focus.isVisible():
            focus = self.text_view  # read and tag at once (digits need the text)
        if self.report is not None:
            self._remember_position()
            self.report_closing.emit()
        self.report, self.outline = report, None
        self.text_view.set_report(report)
        self.outline_pane.set_outline(None)
        self.stack.setCurrentWidget(self.splitter)
        focus.setFocus()
        self.count_label.setText(labels.status_text("char_count", count=f"{report.length:,}"))
        self.section_label.clear()
        self.recent_menu.add(report.path)
        self._update_title()
        self.text_view.scroll_to_offset(self.settings.reading_position(report.path))

    def _show_outline(self, report: Report, outline: Outline) -> None:
        self.outline = outline
        self.text_view.set_heading_spans(
            [(min(n.start, n.title_start), n.title_end) for n in outline.nodes()
             if n.kind == "heading" and n.title_end > n.title_start])
        self.outline_pane.set_outline(outline, self.settings.outline_level())
        self._on_position_changed(self.text_view.reading_offset())
        self.text_view.viewport().update()
        self.report_opened.emit(report, outline)

    @Slot(int, object, object)
    def _on_outline_ready(self, job_id: int, report: Report, outline: Outline) -> None:
        if self.outline_jobs.is_current(job_id) and report is self.report:
            self._show_outline(report, outline)

    @Slot(int, object, str)
    def _on_outline_failed(self, job_id: int, report: Report, detail: str) -> None:
        if self.outline_jobs.is_current(job_id) and report is self.report:
            self._show_outline(report, Outline(None, []))
            messages.show_error(self, labels.status_text("outline_failed"),
                                f"{labels.error_text('error')}\n\n{detail}")

    @Slot()
    def close_report(self) -> None:
        if self.report is None:
            return
        self._remember_position()
        self.report_closing.emit()
        self.outline_jobs.cancel()
        self.report, self.outline = None, None
        self.text_view.set_report(None)
        self.outline_pane.set_outline(None)
        self.stack.setCurrentWidget(self.empty_label)
        self.section_label.clear()
        self.count_label.clear()
        self._update_title()

    def _report_error(self, path: str | Path, exc: ModelError) -> None:
        text = labels.error_message(exc)
        recent = self.recent_menu.paths()
        if isinstance(exc, ReportNotFound) and str(Path(path).resolve()) in recent:
            self.recent_menu.remove(path)
            text = f"{text}\n\n{labels.status_text('recent_missing')}"
        messages.show_error(self, labels.status_text("open_failed"), text)

    # reacting ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_node_activated(self, node: OutlineNode) -> None:
        if node.title_end > node.title_start:
            self.text_view.reveal(node.title_start, node.title_end)
        else:
            self.text_view.reveal(node.start, node.start, select=False)

    @Slot(int)
    def _on_position_changed(self, offset: int) -> None:
        if self.outline is None:
            return
        path = self.outline.path_at(offset)
        self.outline_pane.show_path(path)
        self.section_label.setText(labels.section_path([n.label for n in path]))

    @Slot()
    def focus_outline(self) -> None:
        self.outline_pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_text(self) -> None:
        self.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_next_pane(self) -> None:
        pane_focus.cycle_focus(self._panes(), self.focusWidget(), 1)

    @Slot()
    def focus_previous_pane(self) -> None:
        pane_focus.cycle_focus(self._panes(), self.focusWidget(), -1)

    def _panes(self) -> list[QWidget]:
        """Outline, text, then the visible docks in their screen order (F6 / Shift+F6)."""
        docks = [d for d in self.findChildren(QDockWidget)
                 if d.isVisible() and d.widget().isEnabled()]
        docks.sort(key=lambda d: (d.mapTo(self, d.rect().topLeft()).x(),
                                  d.mapTo(self, d.rect().topLeft()).y()))
        return [self.outline_pane, self.text_view, *(d.widget() for d in docks)]

    @Slot()
    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts: a list read from the actions, kept open beside us."""
        from gui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog)
        if dialog is None:
            dialog = ShortcutsDialog(self)
        else:
            dialog.refresh(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def _about(self) -> None:
        messages.show_about(self)

    # drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            self.open_report(files[0])

    # state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        if (geometry := self.settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state()) is not None:
            self.restoreState(state)
        if (splitter := self.settings.splitter_state()) is not None:
            self.splitter.restoreState(splitter)
        self.text_view.set_zoom(self.settings.zoom())

    def save_state(self) -> None:
        self._remember_position()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.set_outline_level(self.outline_pane.level())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.outline_jobs.cancel()
        self.outline_jobs.wait()
        self.save_state()
        if self.report is not None:
            self.report_closing.emit()
        super().closeEvent(event)

    def _remember_position(self) -> None:
        if self.report is not None:
            self.settings.set_reading_position(self.report.path, self.text_view.reading_offset())

    def _update_title(self) -> None:
        app = QCoreApplication.translate("MainWindow", "Yuepi")
        self.setWindowTitle(f"{self.report.name}[*] — {app}" if self.report is not None else app)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
