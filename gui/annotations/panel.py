"""AnnotationPanel: the list of annotations with tag and text filters (which rows they
keep: gui/annotations/annotation_filter.py).

A pane: it only emits intents (`*_requested`, `annotation_activated`) and state
(`current_changed`); the main window routes them to the controller and the text view.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.annotations.annotation_filter import AnnotationFilter
from gui.annotations.table_model import (
    AUTHOR,
    DEADLINE,
    FOLLOWUP,
    ID_ROLE,
    MODIFIED,
    NOTE,
    QUOTE,
    SECTION,
    TAG,
    AnnotationTableModel,
    status_text,
)
from gui.common.two_line import TwoLineRows
from model.followup import FOLLOWUP_STATUSES


class AnnotationPanel(QWidget):
    """Signals:
        annotation_activated(id): Enter or double-click — jump there in the text.
        current_changed(id): the current row changed ("" when none) — for the note editor.
        delete_requested(ids): Delete key or context menu.
        retag_requested(ids, tag_id): context menu "Retag as…".
        note_edit_requested(id): F2 / Ctrl+E — focus the note editor.
        followup_requested(ids, status): Ctrl+Shift+1…4 (待处理/整改中/已完成/不适用),
            Ctrl+Shift+0 (no status) — set the selected rows' follow-up status.
    """

    annotation_activated = Signal(str)
    current_changed = Signal(str)
    delete_requested = Signal(list)
    retag_requested = Signal(list, str)
    note_edit_requested = Signal(str)
    followup_requested = Signal(list, str)

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._controller = model.controller
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(model)
        self.tag_filter = QComboBox(self)
        self.author_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show tag"))
        self.author_filter.setAccessibleName(self.tr("Show reviewer"))
        self.followup_filter = QComboBox(self)
        self.followup_filter.setAccessibleName(self.tr("Show follow-up"))
        self._fill_followup_filter()
        self._authors: list[str] | None = None  # None: the combo was never filled
        self._tags: list[tuple[str, str]] | None = None  # (id, name) in the combo
        self.text_filter = QLineEdit(self)
        self.text_filter.setAccessibleName(self.tr("Filter annotations"))
        self.text_filter.setPlaceholderText(self.tr("Filter annotations"))
        self.text_filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Annotations"))
        self.view.setAccessibleDescription(self.tr("One row per annotation: tag, quote, note, "
                                                   "section, reviewer, date, follow-up, "
                                                   "deadline"))
        self._build_view()
        self._build_layout()
        self._add_actions()
        self.refresh_tags()
        self.refresh_authors()
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter)
        self.author_filter.currentIndexChanged.connect(self._on_author_filter)
        self.followup_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_followup(self.followup_filter.currentData() or ""))
        self._controller.annotations_changed.connect(self.refresh_authors)
        self._controller.annotations_changed.connect(self.refresh_followup_columns)
        self.refresh_followup_columns()
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self._controller.tags_changed.connect(self.refresh_tags)

    def _build_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        # document order = the source model's order: no sort, so opening 10,000
        # annotations costs no proxy sort (≈150,000 data() calls); a header click sorts
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        self._fit_columns()
        # rows as high as the text needs (the style's default is ~30 px): more of them
        # show; quotes take two lines when six such rows fit
        self.quote_rows = TwoLineRows(view, QUOTE)
        self._section_cells = EndElided(view)
        view.setItemDelegateForColumn(SECTION, self._section_cells)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_menu)
        view.activated.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(self._on_current)

    def _fit_columns(self) -> None:
        """Quote and note share the width left by the short columns (sized by the font,
        not by measuring 10,000 rows); what does not fit is elided in the middle, the
        tooltip has all of it."""
        view, header = self.view, self.view.horizontalHeader()
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setWordWrap(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = view.fontMetrics().horizontalAdvance("中")
        stamp = view.fontMetrics().horizontalAdvance("2026-12-31 23:59")
        for column, width in ((SECTION, 7 * em), (AUTHOR, 4 * em),
                              (MODIFIED, stamp + em),
                              (FOLLOWUP, view.fontMetrics().horizontalAdvance("整改中 · 逾期")
                               + view.iconSize().width() + 3 * em),
                              (DEADLINE, view.fontMetrics().horizontalAdvance("2026-12-31")
                               + em)):
            header.resizeSection(column, width)
        for column in (QUOTE, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.followup_filter)
        filters.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def _add_actions(self) -> None:
        def add(text: str, keys: list[QKeySequence], slot: Any) -> QAction:
            action = QAction(text, self.view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            return action

        self.delete_action = add(self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)],
                                 self._request_delete)
        self.note_action = add(self.tr("Edit note"),
                               [QKeySequence(Qt.Key.Key_F2), QKeySequence("Ctrl+E")],
                               self._request_note)
        self.status_actions = [
            add(self.tr("Follow-up: no status"), [QKeySequence("Ctrl+Shift+0")],
                lambda: self._request_followup(""))]
        for digit, key in enumerate(FOLLOWUP_STATUSES, start=1):
            text = self.tr("Follow-up: %1").replace("%1", status_text(key))
            self.status_actions.append(add(text, [QKeySequence(f"Ctrl+Shift+{digit}")],
                                           lambda _=False, k=key: self._request_followup(k)))

    def _fill_followup_filter(self) -> None:
        combo = self.followup_filter
        combo.addItem(self.tr("All follow-up"), "")
        combo.addItem(self.tr("Overdue"), "overdue")
        for key in FOLLOWUP_STATUSES:
            combo.addItem(status_text(key), key)
        combo.addItem(self.tr("No status"), "none")

    # --- public API -------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [str(i.data(ID_ROLE)) for i in sorted(rows, key=lambda i: i.row())]

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    @Slot(str)
    def select_annotation(self, annotation_id: str) -> bool:
        """Make an annotation current (e.g. the one under the text cursor)."""
        row = self._model.row_of(annotation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        self._select_row(index.row())
        return True

    @Slot()
    def select_next(self) -> str:
        """Move to the next visible annotation; returns its id ("" at the end)."""
        return self._step(1)

    @Slot()
    def select_previous(self) -> str:
        return self._step(-1)

    @Slot()
    def refresh_tags(self) -> None:
        """Rebuild the tag filter after the tag set changed (keeps the choice if possible);
        nothing to do when the tags and their names are the same (a reopen, a reset)."""
        lang = self._controller.lang
        tags = [("", self.tr("All tags"))]
        tags += [(tag.id, tag.label(lang)) for tag in self._controller.annotation_set.tags]
        if tags == self._tags:
            return
        self._tags = tags
        keep = self.tag_filter.currentData() or ""
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        for tag_id, label in tags:
            self.tag_filter.addItem(label, tag_id)
        found = self.tag_filter.findData(keep)
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)
        self.proxy.set_tag(self.tag_filter.currentData() or "")
        self._fit_tag_column()

    def _fit_tag_column(self) -> None:
        """Wide enough for the swatch and the longest tag name ("Achievement")."""
        metrics = self.view.fontMetrics()
        names = [t.label(self._controller.lang) for t in self._controller.annotation_set.tags]
        widest = max([metrics.horizontalAdvance(n) for n in names] + [4 * metrics.height()])
        self.view.horizontalHeader().resizeSection(TAG, widest + 3 * metrics.height() // 2 + 8)

    @Slot()
    def refresh_followup_columns(self, _change: object = None) -> None:
        """The follow-up and deadline columns show once any annotation has follow-up
        data (a report without any keeps its six columns and their room)."""
        used = any(a.has_followup for a in self._controller.annotation_set)
        for column in (FOLLOWUP, DEADLINE):
            if self.view.isColumnHidden(column) == used:
                self.view.setColumnHidden(column, not used)

    @Slot()
    def refresh_authors(self, _change: object = None) -> None:
        """Offer each reviewer who wrote an annotation (rebuilt only when that set changes)."""
        authors = sorted({a.author for a in self._controller.annotation_set})
        if authors == self._authors:
            return
        self._authors = authors
        keep = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("All reviewers"), None)
        for author in authors:
            self.author_filter.addItem(author or self.tr("(no author)"), author)
        found = self.author_filter.findData(keep) if keep is not None else 0
        self.author_filter.setCurrentIndex(max(found, 0))
        self.author_filter.blockSignals(False)
        self.author_filter.setVisible(len(authors) > 1 or found > 0)
        self.proxy.set_author(self.author_filter.currentData())

    # --- internals ------------------------------------------------------------------------
    def _step(self, delta: int) -> str:
        count = self.proxy.rowCount()
        if count == 0:
            return ""
        current = self.view.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else count - 1)
        if not 0 <= row < count:
            return ""
        self._select_row(row)
        return self.current_id()

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (self.view.selectionModel().SelectionFlag.ClearAndSelect
                 | self.view.selectionModel().SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    @Slot(int)
    def _on_tag_filter(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_filter.currentData() or "")

    @Slot(int)
    def _on_author_filter(self, _index: int) -> None:
        self.proxy.set_author(self.author_filter.currentData())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.annotation_activated.emit(str(index.data(ID_ROLE)))

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(ID_ROLE)) if current.isValid() else "")

    @Slot()
    def _request_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def _request_followup(self, status: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.followup_requested.emit(ids, status)

    @Slot()
    def _request_note(self) -> None:
        ident = self.current_id()
        if ident:
            self.note_edit_requested.emit(ident)

    def build_menu(self) -> QMenu:
        """The context menu for the selection: Retag as… ▸ tags, Edit note, Delete."""
        menu = QMenu(self)
        ids = self.selected_ids()
        retag = QMenu(self.tr("Retag as…"), menu)  # owned by the menu: PySide6 6.8 lets
        menu.addMenu(retag)                        # addMenu(str)'s submenu be deleted
        for tag in self._controller.annotation_set.tags:
            action = retag.addAction(tag.label(self._controller.lang))
            action.triggered.connect(lambda _=False, t=tag.id: self.retag_requested.emit(ids, t))
        retag.setEnabled(bool(ids))
        menu.addAction(self.note_action)
        status = QMenu(self.tr("Follow-up status"), menu)
        menu.addMenu(status)
        for action in self.status_actions:
            status.addAction(action)
        status.setEnabled(bool(ids))
        menu.addAction(self.delete_action)
        return menu

    @Slot("QPoint")
    def _show_menu(self, pos: Any) -> None:
        menu = self.build_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()


class EndElided(QStyledItemDelegate):
    """Cells elided at their end: a section heading keeps its number and first words
    ("（一）工业经…"), where the view's middle elision left "（一…有进"."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
