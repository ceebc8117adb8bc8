"""CompareWindow: the earlier report A and the later report B side by side (each with its
outline), under them A's commitments, the candidates in B for the current one and the
decision on it. A top-level window of its own; the comparison is owned by its
CompareController (gui/compare/controller.py) and the views follow its signals.

File › Export… goes above File › Close: `add_file_action(action)` (the 对照表 exports).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableView,
    QWidget,
)

from gui.annotations.controller import Controller
from gui.common import fonts, labels, messages, pane_focus
from gui.common.narrow_column import NarrowColumn
from gui.common.screen_fit import first_size
from gui.common.settings import UiSettings
from gui.compare import texts, window_state
from gui.compare.actions import REDONE, UNDONE, build_menus
from gui.compare.candidate_model import CandidateModel
from gui.compare.commitment_model import SOURCE, CommitmentModel
from gui.compare.controller import CompareController
from gui.compare.deciding import Deciding
from gui.compare.decision_panel import DecisionPanel
from gui.compare.following import Following
from gui.compare.headed_table import SECTION_COLUMN_MIN_WIDTH, SOURCE_COLUMN_MIN_WIDTH
from gui.compare.pair_loading import Pair
from gui.compare.report_side import ReportSide
from gui.compare.report_watching import ReportWatching
from gui.compare.rows import Row
from gui.compare.table_export import TableExport
from gui.viewer.text_view import REVEAL_LAYER
from model.compare.pair import looks_reversed
from model.compare.store import VERDICTS
from model.errors import ModelError
from model.reading.segmenter import Segmenter

#: Splitters and headers whose state is remembered (compare/<name> in the settings).
SPLITTERS = ("compare_splitter", "compare_sides", "compare_lists")


class CompareWindow(Deciding, Following, pane_focus.PaneCycling, QMainWindow):
    """Open a pair with open_pair(earlier, later). `tagging`: the main window's annotation
    controller (used for A when it has A open); `lang`: tag labels ("zh"/"en").

    Signals (the shell, gui/shell/compare_entry.py, answers them):
        pair_requested(): File › Compare Reports… — ask for another pair.
        compare_requested(object, object): open this pair (earlier, later) in a new window.
    `shortcuts_dialog`: a callable making Help › Keyboard Shortcuts' dialog for a window
    (the shell's ShortcutsDialog), set by whoever opens the window.
    """

    pair_requested = Signal()
    compare_requested = Signal(object, object)

    def __init__(self, settings: UiSettings, tagging: Controller | None = None,
                 segmenter: Segmenter | None = None, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.setFont(fonts.ui_font())
        self.settings = settings
        self.shortcuts_dialog: Callable[[QMainWindow], QDialog] | None = None
        self.controller = CompareController(settings.author_name(), tagging, segmenter,
                                            self, lang)
        self._shown_rows: list[Row] = []  # the rows the tables showed last
        self._order_warning = ""  # the pair looks reversed: said in the status line
        self._build()
        build_menus(self)
        self.table_export = TableExport(self, self.controller, settings, self.add_file_action)
        self.report_watching = ReportWatching(self.controller, self)
        self._wire()
        window_state.restore_state(self.settings, *self._state_parts())
        self._update_title()

    # building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.side_a = ReportSide("earlier", self.tr("Earlier report (A)"),
                                 ("commitments", REVEAL_LAYER), self)
        self.side_b = ReportSide("later", self.tr("Later report (B)"),
                                 ("evidence_all", REVEAL_LAYER, "evidence", "matched"), self)
        self.sides = QSplitter(Qt.Orientation.Horizontal, self)
        self.sides.setObjectName("compare_sides")
        self.sides.addWidget(self.side_a)
        self.sides.addWidget(self.side_b)
        self.sides.setChildrenCollapsible(False)
        self.commitment_model = CommitmentModel(self.controller)
        fm = self.fontMetrics()
        verdict_w = max(fm.horizontalAdvance(texts.verdict_text(k)) for k in VERDICTS) + 14
        source_w = max(fm.horizontalAdvance(texts.source_text(k))
                       for k in texts.SOURCE_TEXTS) + 14
        self.commitments = self._table("compare_commitments", self.commitment_model,
                                       self.tr("Commitments of the earlier report"),
                                       (fm.horizontalAdvance("000") + 12, verdict_w, source_w,
                                        110), section=3)
        self.commitments.narrow_source = NarrowColumn(  # type: ignore[attr-defined]
            self.commitments, SOURCE, SOURCE_COLUMN_MIN_WIDTH)
        self.candidate_model = CandidateModel(self.controller)
        self.candidates = self._table("compare_candidates", self.candidate_model,
                                      self.tr("Proposed evidence in the later report"),
                                      (fm.horizontalAdvance(
                                          "0 · 0.00 " + self.candidate_model.tr("weak")) + 14,
                                       104, 110), section=2)
        self.decision = DecisionPanel(self.controller, self)
        self.lists = QSplitter(Qt.Orientation.Horizontal, self)
        self.lists.setObjectName("compare_lists")
        for widget in (self.commitments, self.candidates, self.decision):
            self.lists.addWidget(widget)
        self.lists.setChildrenCollapsible(False)
        self.lists.setSizes([500, 500, 360])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("compare_splitter")
        self.splitter.addWidget(self.sides)
        self.splitter.addWidget(self.lists)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 300])
        self.setCentralWidget(self.splitter)
        self.status = QLabel(self)
        self.status.setObjectName("compare_status")
        self.status.setMinimumWidth(1)  # a long line is cut (its tooltip whole), never
        # widening the window beyond a small screen
        self.progress = QProgressBar(self)
        self.progress.setObjectName("compare_progress")
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Choose two reports: File › Compare Reports… (Ctrl+O)"))
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().messageChanged.connect(lambda text: self.status.setVisible(not text))
        self.resize(first_size(self, 1400, 900))  # a saved geometry replaces it

    def _table(self, name: str, model: object, title: str, widths: tuple[int, ...],
               section: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setAccessibleName(title)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.narrow_section = NarrowColumn(view, section, SECTION_COLUMN_MIN_WIDTH)
        return view

    def _wire(self) -> None:
        c = self.controller
        c.opened.connect(self._show_pair)
        c.reloaded.connect(self._show_pair)
        c.open_failed.connect(self._open_failed)
        c.busy.connect(self._on_busy)
        c.rows_changed.connect(self._on_rows_changed)
        c.links_changed.connect(self._paint_links)
        c.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        stack = c.undo_stack  # what Ctrl+Z / Ctrl+Shift+Z did, in place of a stale message
        self.undo_action.triggered.connect(lambda: self._say_step(UNDONE, stack.redoText()))
        self.redo_action.triggered.connect(lambda: self._say_step(REDONE, stack.undoText()))
        c.error.connect(self._on_error)
        self.commitments.selectionModel().currentRowChanged.connect(self._on_commitment)
        self.candidates.selectionModel().currentRowChanged.connect(self._on_candidate)
        self.decision.verdict_chosen.connect(self.decide)
        self.decision.evidence_chosen.connect(self.side_b.reveal)
        self.decision.note_closed.connect(self.focus_commitments)
        self.decision.note_left.connect(self.focus_commitments)
        for view, slot in ((self.candidates, self.link_candidate),
                           (self.commitments, self.focus_candidates)):
            for key in ("Return", "Enter"):
                self._key(view, key, slot)
        # in the two lists the verdict buttons' own keys 1…4 as well as Ctrl+1…4 (the
        # lists' digit keys only searched the No. column: "1" jumped to row 10)
        for view in (self.commitments, self.candidates):
            for key, slot in (("1", self.decide_kept), ("2", self.decide_partly),
                              ("3", self.decide_not_kept), ("4", self.decide_not_mentioned)):
                self._key(view, key, slot)

    @staticmethod
    def _key(view: QWidget, key: str, slot: Callable[[], None]) -> None:
        """`key` calls `slot` while `view` has the focus."""
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # opening ----------------------------------------------------------------------------
    def open_pair(self, earlier: str | Path, later: str | Path) -> bool:
        """Compare `earlier` (A) with `later` (B); on bad input explain why (a dialog)."""
        return self.controller.open(earlier, later)

    @Slot()
    def choose_pair(self) -> None:
        """File › Compare Reports…: another pair, in a new window (the shell asks)."""
        self.pair_requested.emit()

    @Slot()
    def swap(self) -> None:
        """A becomes B and B becomes A, in a new window (the shell opens it); this one
        closes."""
        pair = self.controller.pair
        if pair is None:
            return
        self.compare_requested.emit(pair.b.path, pair.a.path)
        self.close()

    def add_file_action(self, action: QAction) -> None:
        """Place an action (File › Export…) in the File menu, above Close."""
        self.file_menu.insertAction(self.export_separator, action)

    def _show_pair(self, pair: Pair, side: str = "") -> None:
        """Both reports (opened), or the one read again after it changed on disk (`side`
        "earlier"/"later"; its marks come with the rows)."""
        level = self.settings.outline_level()
        if side != "later":
            self.side_a.show_report(pair.a, pair.outline_a, level)
        if side != "earlier":
            self.side_b.show_report(pair.b, pair.outline_b, level)
        self._update_title()
        if side:
            return
        self.focus_commitments()  # the keys of the review (Enter, 1…4, Alt+Down) work at once
        titles = [o.title or r.display_stem for o, r in ((pair.outline_a, pair.a),
                                                         (pair.outline_b, pair.b))]
        # said at once, and kept in the status line: the message gave way to the first
        # candidate's section as soon as the proposals came
        self._order_warning = self.tr(
            "The earlier report's title names a later year than the later report's: "
            "check the order (File › Swap Earlier and Later, Ctrl+Shift+X).") \
            if looks_reversed(*titles) else ""
        if self._order_warning:
            self.statusBar().showMessage(self._order_warning, 20000)

    @Slot(object)
    def _open_failed(self, exc: ModelError) -> None:
        messages.show_error(self, self.tr("Cannot compare these reports"),
                            labels.error_message(exc))

    @Slot(str, int)
    def _on_busy(self, stage: str, percent: int) -> None:
        self.progress.setVisible(bool(stage))
        if stage:
            self.progress.setRange(0, 100)
            self.progress.setValue(max(percent, 0))
            self._set_status(texts.stage_text(stage))
        else:  # (what the last reload of a report found stays in view, not 6 s only)
            text = self.tr("%n commitment(s) in the earlier report", "",
                           len(self.controller.rows))
            self._set_status(" — ".join(x for x in (self._order_warning, text,
                                                    self.report_watching.note) if x))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)

    def _say_step(self, done: str, step: str) -> None:
        if step:
            self.statusBar().showMessage(self.tr(done).replace("%1", step), 6000)

    @Slot(str, str)
    def _on_error(self, code: str, detail: str) -> None:
        text = labels.error_text(code)
        messages.show_error(self, self.tr("Comparison"), f"{text}\n\n{detail}" if detail
                            else text)

    # focus ---------------------------------------------------------------------------------
    @Slot()
    def focus_commitments(self) -> None:
        self.commitments.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_candidates(self) -> None:
        self.candidates.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _panes(self) -> list[QWidget]:
        return [self.side_a.outline_pane, self.side_a.text_view, self.side_b.outline_pane,
                self.side_b.text_view, self.commitments, self.candidates, self.decision.evidence,
                self.decision.note]

    @Slot()
    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts: the shell's list of this window's actions."""
        if self.shortcuts_dialog is None:
            return
        dialog = self.findChild(QDialog, "shortcuts_dialog") or self.shortcuts_dialog(self)
        dialog.show()
        dialog.raise_()

    # state ------------------------------------------------------------------------------------
    def _state_parts(self) -> tuple[QMainWindow, list[QSplitter], list[QTableView]]:
        return self, self._splitters(), [self.commitments, self.candidates]

    def save_state(self) -> None:
        window_state.save_state(self.settings, *self._state_parts())

    def _splitters(self) -> list[QSplitter]:
        return [self.splitter, self.sides, self.lists, self.side_a.splitter,
                self.side_b.splitter]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        """Back in the window: the comparison file may have been changed meanwhile."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self.controller.decisions is not None:
            self.report_watching.check()
            self.controller.decisions.check()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        self.decision.commit_note()
        self.report_watching.stop()
        self.controller.shutdown()
        self.save_state()
        super().closeEvent(event)

    def _update_title(self) -> None:
        app = self.tr("Compare — Yuepi")
        pair = self.controller.pair
        self.setWindowTitle(f"{pair.a.name} → {pair.b.name} — {app}" if pair else app)
