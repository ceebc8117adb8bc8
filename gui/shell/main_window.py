"""MainWindow: builds the panes, menus and status bar, hosts the features and wires them.

The window is the features' Host (gui/common/host.py): they add docks, menus, toolbars and
bars under the text through it, and register what needs a report. It is also the one place
where one feature's signals reach another's slots (_wire_features). The open report is
owned by the controller's session (gui/document/session.py); the window follows it.

Built in two steps at start-up (`defer=True`, gui/shell/app.py): first only what the first
paint shows — text view, outline pane, status bar, the menu bar's titles, the saved
geometry, splitter and zoom — with the report named on the command line previewed in
them (`preview_report`); then, right after that first paint, `complete()`: controller and
session, menus' actions, the features and their docks, the saved dock layout
(restoreState), and the previewed report handed to the session (its sidecar, highlights
and analysis follow as for any report). A key or click before then completes the window
first, so no shortcut is lost. Every other window is built complete at once.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.common import fonts, labels, pane_focus
from gui.common.settings import UiSettings
from gui.shell.menus import WindowMenus
from gui.viewer.outline_pane import OutlinePane, reveal_node
from gui.viewer.text_view import TextView
from model.errors import ModelError, ReportNotFound
from model.filenames import display_path, display_text, real_path, resolved
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report

if TYPE_CHECKING:  # imported when the window completes: not on the first paint's path
    from PySide6.QtCore import Qt

    from gui.annotations.controller import Controller
    from gui.annotations.feature import TaggingFeature
    from gui.document.session import ReportSession
    from gui.handoff.feature import HandoffFeature
    from gui.reading.feature import ReadingFeature
    from gui.shell.report_actions import ReportActions
    from model.outline.worker import OutlineWorker

#: Rows of the tree a long report's head outline must fill to be shown first (a tall
#: screen's worth); else the whole outline is detected before the first paint.
HEAD_ROWS = 80
#: A window built with defer=True completes then at the latest, painted or not (minimised).
COMPLETE_WAIT_MS = 1000
#: Input that completes a window still waiting for complete() first (its shortcuts, menus
#: and docks must be there to receive it).
_INPUT_EVENTS = frozenset({
    QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu, QEvent.Type.Wheel,
    QEvent.Type.Drop, QEvent.Type.DragEnter, QEvent.Type.Close,
})


class MainWindow(WindowMenus, QMainWindow):
    """The main window. `lang` ("zh"/"en") is the language of tag labels, decided at start
    with the interface language. Features: tagging, reading, handoff."""

    #: complete() is done: every feature, menu and dock is there (once per window).
    completed = Signal()

    controller: Controller
    session: ReportSession
    report_actions: ReportActions
    tagging: TaggingFeature
    reading: ReadingFeature
    handoff: HandoffFeature

    def __init__(self, settings: UiSettings, lang: str = "en",
                 parent: QWidget | None = None, *, defer: bool = False) -> None:
        """`defer`: build only what the first paint shows; complete() builds the rest
        (gui/shell/app.py calls it right after the first paint)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setFont(fonts.ui_font())
        self.settings = settings
        self._lang = lang
        self.is_complete = False
        self._preview: tuple[Report, Outline] | None = None  # shown before complete()
        self._preview_head = False  # that outline is only the head's (model/outline/head.py)
        self._preview_failed: str | None = None  # a path the session must open (and explain)
        self._build_panes()
        self._build_status_bar()
        self._build_menu_bar()
        self._restore_geometry()
        self.setAcceptDrops(True)
        self._update_title()
        if defer:
            for widget in self._input_widgets():
                widget.installEventFilter(self)  # input completes us first
            _AfterFirstPaint(self, self.complete)
        else:
            self.complete()

    def complete(self) -> None:
        """Build what the first paint does not show (once): controller and session, the
        menus' actions, the features and their docks; restore the saved dock layout; hand
        a previewed report to the session (its sidecar loads, highlights are painted)."""
        if self.is_complete:
            return
        self.is_complete = True
        for widget in self._input_widgets():
            widget.removeEventFilter(self)
        from gui.annotations.controller import Controller
        from gui.annotations.feature import TaggingFeature
        from gui.handoff.feature import HandoffFeature
        from gui.reading.feature import ReadingFeature
        from gui.shell.report_actions import ReportActions

        # the one owner of the open report (its session) and of its annotations
        self.controller = Controller(self.settings.author_name(), self, lang=self._lang,
                                     default_tags=self.settings.default_tag_set())
        self.session = self.controller.session
        self.session.outline_in_background = self.isVisible()
        self._build_actions()
        self.report_actions = ReportActions(self.session, self)
        self._register_report_actions()
        self._wire()
        self.tagging = TaggingFeature(self)
        self.reading = ReadingFeature(self)
        self.handoff = HandoffFeature(self, self.tagging.selected_annotation)
        self._wire_features()
        QWidget.setTabOrder(self.outline_pane.view, self.text_view)  # Tab: outline → text
        self._restore_state()
        if self._preview is not None:  # _show_text/_show_outline keep what is shown
            if self._preview_head:  # the whole outline replaces the head's when known
                self.session.show_detecting(self._preview[0])
            else:
                self.session.show(*self._preview)
            self._preview = None
        elif self._preview_failed is not None:
            path, self._preview_failed = self._preview_failed, None
            self.session.open(path)  # explains why it cannot be opened
        self.completed.emit()

    def _head_will_do(self, report: Report, outline: Outline, head_end: int) -> bool:
        """The head's outline fills the tree's first screen (HEAD_ROWS rows at the saved
        level) and the reading position lies in it."""
        from model.outline.head import rows_shown

        return (self.settings.reading_position(report.path) < head_end
                and rows_shown(outline, self.settings.outline_level()) >= HEAD_ROWS)

    def _input_widgets(self) -> tuple[QWidget, ...]:
        """Where input lands before complete(): keys go to the focused text, tree or filter
        box, clicks to these, a close or a drop to the window. Not a filter on the whole
        application: every object whose events it saw would have its Python type (and its
        enums) made, ~10 ms before the first paint."""
        view = self.outline_pane.view
        return (self, self.menuBar(), self.text_view, self.text_view.viewport(), view,
                view.viewport(), self.outline_pane.filter_edit, self.empty_label)

    def preview_report(self, path: str, worker: OutlineWorker | None = None,
                       loaded: tuple[Report, Outline | None, int | None] | None = None
                       ) -> None:
        """Before complete(): show the report named on the command line, its text and its
        outline (from `worker` when it has this very text, else detected here), for the
        first paint; complete() hands it to the session. `loaded`: the report and maybe
        its outline, read already (gui/launch.py), with the offset that outline ends before
        when it is only the head's (model/outline/head.py): kept when the tree's first
        screen and the reading position lie in that head, the whole outline following
        after the first paint. A file that cannot be read is left for the session to open
        and explain once the window is complete."""
        from model.report.loading import load_report

        try:
            report, outline, head_end = loaded if loaded is not None \
                else (load_report(path), None, None)
        except ModelError:
            self._preview_failed = path
            if worker is not None:
                worker.close()
            return
        if outline is None and worker is not None:
            outline = worker.take(report)
        if worker is not None:
            worker.close()
        if outline is not None and head_end is not None and not self._head_will_do(
                report, outline, head_end):
            outline = None
        if outline is None:
            from model.outline.detector import detect_outline

            outline, head_end = detect_outline(report), None
        self._preview = (report, outline)
        self._preview_head = head_end is not None
        self._show_text(report)
        self._show_outline(report, outline)

    @property
    def report(self) -> Report | None:
        if not self.is_complete:
            return self._preview[0] if self._preview is not None else None
        return self.session.report

    @property
    def outline(self) -> Outline | None:
        if not self.is_complete:
            return self._preview[1] if self._preview is not None else None
        return self.session.outline

    # building ------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.text_view = TextView(self)
        self.outline_pane = OutlinePane(self)
        self.splitter = QSplitter()  # horizontal; QSplitter(parent) would read Qt's namespace
        self.splitter.setParent(self)
        self.splitter.setObjectName("main_splitter")
        self.text_column = QWidget(self)
        self.text_column.setObjectName("text_column")
        column = QVBoxLayout(self.text_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.text_view, 1)
        self.splitter.addWidget(self.outline_pane)
        self.splitter.addWidget(self.text_column)
        # no stretch factors: both panes keep their share of the width as the window grows
        self.splitter.setChildrenCollapsible(False)
        # a ratio: the docks take their share of the width first (the outline gets ~290 of
        # the ~900 left at the first-run 1200 width: titles with tag counts stay readable)
        self.splitter.setSizes([300, 620])
        self.empty_label = QLabel(labels.status_text("empty_state"), self)
        self.empty_label.setObjectName("empty_state")
        # Qt.AlignCenter as a number: Qt's namespace (its ~100 enums) costs ~10 ms of
        # start-up, and nothing before the first paint needs it (bench.startup)
        self.empty_label.setProperty("alignment", 0x84)
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
        if not widget.accessibleName():  # a screen reader names the pane by its title
            widget.setAccessibleName(title)
        self.addDockWidget(area, dock)
        if self.isVisible():  # added by complete(): shown as the window's show() would
            dock.show()  # (a feature may hide it next; the saved state decides after)
        self.restoreDockWidget(dock)  # its place from the saved window state, if any
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # the Host interface (gui/common/host.py) ----------------------------------------------
    def main_window(self) -> QMainWindow:
        return self

    def add_toolbar(self, toolbar: QToolBar) -> None:
        from PySide6.QtCore import Qt

        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.view_menu.addAction(toolbar.toggleViewAction())

    def add_below_text(self, widget: QWidget) -> None:
        self.text_column.layout().addWidget(widget)

    def add_above_text(self, widget: QWidget) -> None:
        self.text_column.layout().insertWidget(0, widget)

    def needs_report(self, *items: QObject) -> None:
        self.report_actions.add(*items)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self.statusBar().showMessage(display_text(text), msecs)  # a file name: U+FFFD

    def _register_report_actions(self) -> None:
        self.needs_report(
            self.close_action, self.copy_action, self.select_all_action,
            self.expand_all_action, self.collapse_all_action, self.filter_action,
            *self.level_actions, self.zoom_in_action, self.zoom_out_action,
            self.zoom_reset_action)

    # wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.outline_pane.node_activated.connect(self._on_node_activated)
        self.text_view.position_changed.connect(self._on_position_changed)
        self.text_view.zoom_changed.connect(self.settings.set_zoom)
        self.recent_menu.open_requested.connect(self.open_report)
        session = self.session
        session.closing.connect(self._remember_position)
        session.text_ready.connect(self._show_text)
        session.outline_ready.connect(self._show_outline)
        session.closed.connect(self._show_empty)
        session.open_failed.connect(self._report_error)
        session.outline_failed.connect(self._on_outline_failed)
        self.controller.dirty_changed.connect(self.setWindowModified)
        for menu in (self.annotations_menu, self.tools_menu):
            menu.installEventFilter(self)

    def _wire_features(self) -> None:
        """Where features meet: a note found by the find bar is shown as the tagging
        panes show an annotation."""
        self.reading.annotation_requested.connect(self.tagging.jump_to)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        kind = event.type()
        if not self.is_complete and kind in _INPUT_EVENTS:
            self.complete()  # then the event goes on: its shortcut or menu is there now
        elif kind == QEvent.Type.ActionAdded and isinstance(watched, QMenu):
            watched.menuAction().setVisible(True)
        return super().eventFilter(watched, event)

    # opening and closing -------------------------------------------------------------------
    @Slot()
    def choose_and_open(self) -> None:
        from gui.common import messages

        start = display_path(self.report.path.parent) if self.report is not None else ""
        path = messages.ask_report_path(self, start)
        if path:
            self.open_report(path)

    @Slot()
    def compare_with(self) -> None:
        """File › Compare With…: the open report (the earlier one unless swapped) beside
        another, in a compare window (gui/compare)."""
        from gui.shell import compare_entry as entry

        current = self.report.path if self.report is not None else None
        entry.compare_with(self, self.settings, current, self.controller,
                           lang=self.controller.lang)

    @Slot(object)
    def open_report(self, path: str | Path) -> bool:
        """Open a report (the session's one load path); on bad input explain why and keep
        the current one."""
        return self.session.open(path)

    @Slot()
    def close_report(self) -> None:
        self.session.close()

    def _previewed(self, report: Report) -> bool:
        """`report` is the one preview_report showed before complete() handed it over."""
        return self.is_complete and self._preview is not None and self._preview[0] is report

    @Slot(object)
    def _show_text(self, report: Report) -> None:
        previewed = self._previewed(report)  # then the view keeps its text and place
        if not previewed:
            focus = self.focusWidget()
            if self.stack.currentWidget() is not self.splitter or focus is None \
                    or not focus.isVisible():
                focus = self.text_view  # read and tag at once (digits need the text)
            self.text_view.set_report(report)
            self.outline_pane.set_outline(None)
            self.stack.setCurrentWidget(self.splitter)
            focus.setFocus()
            self.section_label.clear()
        self.count_label.setText(labels.status_text("char_count", count=f"{report.length:,}"))
        if self.is_complete:
            self.recent_menu.add(report.path)
        self._update_title()
        if not previewed:
            self.text_view.scroll_to_offset(self.settings.reading_position(report.path))

    @Slot(object, object)
    def _show_outline(self, report: Report, outline: Outline) -> None:
        if self._previewed(report) and self._preview is not None \
                and self._preview[1] is outline:
            return  # shown by preview_report already
        self.text_view.set_heading_spans(
            [(min(n.start, n.title_start), n.title_end) for n in outline.nodes()
             if n.kind == "heading" and n.title_end > n.title_start])
        if self.outline_pane.model.outline() is None:  # this report's first outline
            self.outline_pane.set_outline(outline, self.settings.outline_level())
        else:  # corrected: the tree keeps what was expanded
            self.outline_pane.replace_outline(outline)
        self._on_position_changed(self.text_view.reading_offset())
        self.text_view.viewport().update()

    @Slot(str)
    def _on_outline_failed(self, detail: str) -> None:
        from gui.common import messages

        messages.show_error(self, labels.status_text("outline_failed"),
                            f"{labels.error_text('error')}\n\n{detail}")

    @Slot()
    def _show_empty(self) -> None:
        self.text_view.set_report(None)
        self.outline_pane.set_outline(None)
        self.stack.setCurrentWidget(self.empty_label)
        self.section_label.clear()
        self.count_label.clear()
        self._update_title()

    @Slot(object, object)
    def _report_error(self, path: str, exc: ModelError) -> None:
        from gui.common import messages

        text = labels.error_message(exc)
        recent = self.recent_menu.paths()
        listed = {str(resolved(path)), os.path.abspath(path)}  # a broken link: either
        if isinstance(exc, ReportNotFound) and listed.intersection(recent):
            self.recent_menu.remove(path)
            text = f"{text}\n\n{labels.status_text('recent_missing')}"
        messages.show_error(self, labels.status_text("open_failed"), text)

    # reacting ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_node_activated(self, node: OutlineNode) -> None:
        reveal_node(self.text_view, node)

    @Slot(int)
    def _on_position_changed(self, offset: int) -> None:
        if self.outline is None:
            return
        path = self.outline.path_at(offset)
        self.outline_pane.show_path(path)
        text = labels.section_path([n.label for n in path])
        report = self.report
        if report is not None and report.page_starts:  # a PDF: where on paper this is
            text = labels.status_text("pdf_page", path=text, page=report.page_at(offset),
                                      pages=len(report.page_starts))
        self.section_label.setText(text)

    @Slot()
    def focus_outline(self) -> None:
        from PySide6.QtCore import Qt

        self.outline_pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_text(self) -> None:
        from PySide6.QtCore import Qt

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
        from gui.common import messages

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
    def _restore_geometry(self) -> None:
        """What the first paint shows: the window's place and size, the outline's share
        of the width and the zoom (the docks' layout waits for the docks: _restore_state)."""
        if (geometry := self.settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (splitter := self.settings.splitter_state()) is not None:
            self.splitter.restoreState(splitter)
        self.text_view.set_zoom(self.settings.zoom())

    def _restore_state(self) -> None:
        """Once the features' docks and toolbars exist: where they were."""
        if (state := self.settings.window_state()) is not None:
            self.restoreState(state)
        self.tagging.update_orphan_dock()  # a pane restored open has nothing in it yet
        if (splitter := self.settings.splitter_state()) is not None:
            self.splitter.restoreState(splitter)  # again: the docks took their width

    def save_state(self) -> None:
        self._remember_position()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.set_outline_level(self.outline_pane.level())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        if self.is_complete:  # large reports: text first, outline next (else complete())
            self.session.outline_in_background = True
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.shutdown()  # no job outlives the window; the annotations are saved
        self.save_state()
        super().closeEvent(event)

    @Slot()
    def _remember_position(self) -> None:
        if self.report is not None:
            self.settings.set_reading_position(self.report.path, self.text_view.reading_offset())

    def _update_title(self) -> None:
        app = QCoreApplication.translate("MainWindow", "Yuepi")
        self.setWindowTitle(f"{self.report.name}[*] — {app}" if self.report is not None else app)


class _AfterFirstPaint(QObject):
    """Calls `then` in a zero timer after the window's first paint (of the text, or of the
    empty state), or after COMPLETE_WAIT_MS without one. A filter on those two widgets,
    not on the application: a watcher installed later (the benchmark's) sees the paint
    first, so what it times ends before `then` starts."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._watched = (window.text_view.viewport(), window.empty_label)
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(COMPLETE_WAIT_MS, self, self._then)  # gone with the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            for widget in self._watched:
                widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [local_file(url) for url in mime.urls() if url.isLocalFile()]


def local_file(url: QUrl) -> str:
    """The real path of a dropped file. Qt decodes a file URL as UTF-8 (U+FFFD for the
    bytes of a name that is not); its percent-encoded form still holds those bytes."""
    path = url.toLocalFile()
    if os.name == "posix" and "\ufffd" in path and not url.host():
        encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
        exact = os.fsdecode(unquote_to_bytes(encoded))
        if os.path.lexists(exact):
            return exact
    return real_path(path)
