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
first, so no shortcut is lost (gui/shell/first_paint.py). Every other window is built
complete at once. The Host interface is in gui/shell/window_host.py, drag and drop in
gui/shell/file_drops.py, the pane keys in gui/shell/pane_keys.py, the menus in
gui/shell/menus.py, what the window shows of the open report in
gui/shell/report_display.py (mixins).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common import fonts, labels
from gui.common.screen_fit import first_size
from gui.common.settings import UiSettings
from gui.shell.file_drops import FileDrops
from gui.shell.first_paint import CompleteTrigger, Preview
from gui.shell.menus import WindowMenus
from gui.shell.pane_keys import PaneKeys
from gui.shell.report_display import ReportDisplay
from gui.shell.window_host import WindowHost
from gui.viewer.outline_pane import OutlinePane
from gui.viewer.text_view import TextView
from model.filenames import display_path
from model.outline.tree import Outline
from model.report.loading import Report

if TYPE_CHECKING:  # imported when the window completes: not on the first paint's path
    from gui.annotations.controller import Controller
    from gui.annotations.feature import TaggingFeature
    from gui.document.session import ReportSession
    from gui.handoff.feature import HandoffFeature
    from gui.reading.feature import ReadingFeature
    from gui.shell.report_actions import ReportActions
    from model.outline.worker import OutlineWorker

class MainWindow(WindowMenus, WindowHost, PaneKeys, FileDrops, ReportDisplay, QMainWindow):
    """The main window. `lang` ("zh"/"en") is the language of tag labels, decided at start
    with the interface language. Features: tagging, reading, handoff."""

    #: complete() is done: every feature, menu and dock is there (once per window).
    completed = Signal()
    #: More files dropped at once than the one this window opened (gui/shell/windows.py
    #: opens each in a window of its own).
    more_reports_dropped = Signal(list)
    #: The reviewer chose to restart Yuepi now (a new interface language: gui/shell/
    #: restart.py closes the windows and starts it again on their reports).
    restart_requested = Signal()

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
        self._preview = Preview()  # the report shown before complete()
        self._trigger: CompleteTrigger | None = None
        self._build_panes()
        self._build_status_bar()
        self._build_menu_bar()
        self._restore_geometry()
        self.setAcceptDrops(True)
        self._update_title()
        if defer:  # where input lands before complete(): keys go to the focused text, tree
            # or filter box, clicks to these, a close or a drop to the window
            view = self.outline_pane.view
            inputs = (self, self.menuBar(), self.text_view, self.text_view.viewport(), view,
                      view.viewport(), self.outline_pane.filter_edit, self.empty_label)
            self._trigger = CompleteTrigger(
                self, inputs, (self.text_view.viewport(), self.empty_label), self.complete)
        else:
            self.complete()

    def complete(self) -> None:
        """Build what the first paint does not show (once): controller and session, the
        menus' actions, the features and their docks; restore the saved dock layout; hand
        a previewed report to the session (its sidecar loads, highlights are painted)."""
        if self.is_complete:
            return
        self.is_complete = True
        if self._trigger is not None:
            self._trigger.stop()
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
        self._preview.hand_over(self.session)  # _show_text/_show_outline keep what is shown
        self.completed.emit()

    def preview_report(self, path: str, worker: OutlineWorker | None = None,
                       loaded: tuple[Report, Outline | None, int | None] | None = None
                       ) -> None:
        """Before complete(): show the report named on the command line, its text and its
        outline, for the first paint; complete() hands it to the session (first_paint.Preview:
        `worker`, `loaded`, a file that cannot be read)."""
        if self._preview.load(path, self.settings, worker, loaded):
            self._show_text(self._preview.report)
            self._show_outline(self._preview.report, self._preview.outline)

    @property
    def report(self) -> Report | None:
        return self.session.report if self.is_complete else self._preview.report

    @property
    def outline(self) -> Outline | None:
        return self.session.outline if self.is_complete else self._preview.outline

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
        self.resize(first_size(self, 1200, 800))  # a saved geometry replaces it

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
        panes show an annotation; the tag digits act in the suggestions list."""
        self.reading.annotation_requested.connect(self.tagging.jump_to)
        self.tagging.actions.add_digit_target(self.reading.suggestions_panel.tree,
                                              self.reading.suggestions.accept_as)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionAdded and isinstance(watched, QMenu):
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
