"""Tagging in the window: the annotation highlighter, panels (annotations, note, orphans),
outline tag counts, tooltips, and the sidecar's life (messages on open, conflicts, failed
saves, the banner over the text while another window edits the report or a conflict
waits). Actions, toolbar and menus are in gui/annotations/actions.py; correcting the
outline in gui/annotations/outline_actions.py."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from gui.annotations.actions import TaggingActions
from gui.annotations.annotation_tooltip import tooltip_html
from gui.annotations.highlighter import AnnotationHighlighter
from gui.annotations.note_editor import NoteEditor
from gui.annotations.orphan_panel import OrphanPanel, summary_counts, summary_text
from gui.annotations.outline_actions import OutlineCorrectionActions
from gui.annotations.panel import AnnotationPanel
from gui.annotations.progressive_paint import visible_blocks
from gui.annotations.report_changes import ReportChanges
from gui.annotations.sharing_view import SharingView
from gui.annotations.table_model import AnnotationTableModel
from gui.annotations.tag_counts import TagCountDelegate, TagCounts
from gui.common import labels, messages
from model.annotations import Tag
from model.filenames import display_name

if TYPE_CHECKING:
    from gui.common.host import Host

#: Share of the bottom annotations dock given to the table (the note editor gets the rest).
TABLE_SHARE = 0.7
#: Height of that dock on first run (the window is 800 high): six rows of the table or more.
FIRST_PANEL_HEIGHT = 230


class TaggingFeature(QObject):
    """Built once by the window (its Host); attributes: highlighter, model, panel, notes,
    orphans, counts, actions, outline_actions, sharing (its banner over the text: `banner`) and the docks
    panel_dock (table | note editor) and orphan_dock."""

    def __init__(self, host: Host) -> None:
        window = host.main_window()
        super().__init__(window)
        self.host = host
        self.controller = c = host.controller
        self._jumping = False
        self._asking = False
        self.sharing = SharingView(host)  # another writer: the banner, the clash dialog
        self.banner = self.sharing.banner
        self.report_changes = ReportChanges(host)  # the report's own file changed on disk
        self.highlighter = AnnotationHighlighter(
            host.text_view.document, c, lambda: host.text_view.offset_map,
            lambda: visible_blocks(host.text_view))
        self.model = AnnotationTableModel(c, self)
        self.panel = AnnotationPanel(self.model)
        self.panel.setObjectName("annotation_panel")
        self.notes = NoteEditor(c)
        self.notes.setObjectName("note_editor")
        self.orphans = OrphanPanel(self.model)
        self.orphans.setObjectName("orphan_panel")
        # one wide bottom dock: the six-column table beside the note it selects
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("annotations")
        self.split.setAccessibleDescription(self.tr("The annotations of the report beside the "
                                                    "note of the selected one"))
        self.split.addWidget(self.panel)
        self.split.addWidget(self.notes)
        self.split.setSizes([int(1000 * TABLE_SHARE), int(1000 * (1 - TABLE_SHARE))])
        self.split.setChildrenCollapsible(False)
        for widget in (self.panel.view, self.notes.editor, self.orphans.view):
            widget.setMinimumHeight(48)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        # right-hand panes keep the full height; this dock sits under outline and text
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.panel_dock = host.add_dock(self.split, bottom, self.tr("Annotations"),
                                        self.tr("Annotation&s"))
        self.orphan_dock = host.add_dock(self.orphans, bottom, self.tr("Orphaned Annotations"),
                                         self.tr("Orp&haned Annotations"))
        window.tabifyDockWidget(self.panel_dock, self.orphan_dock)
        self.orphan_dock.hide()
        self.panel_dock.raise_()
        if host.settings.window_state() is None:  # first run: the text keeps the height
            window.resizeDocks([self.panel_dock], [FIRST_PANEL_HEIGHT], Qt.Orientation.Vertical)
        # no proxy for the panel: it would take its filters out of the Tab chain
        for pane, inner in ((self.notes, self.notes.editor), (self.orphans, self.orphans.view)):
            pane.setFocusProxy(inner)
        self.counts = TagCounts(c, self)
        view = host.outline_pane.view
        view.setItemDelegate(TagCountDelegate(self.counts, c.tag, view,
                                              node_for_index=view.node_at))
        self.counts.changed.connect(view.viewport().update)
        self.actions = TaggingActions(self)
        self.outline_actions = OutlineCorrectionActions(host, c.outline_edits, self.orphans,
                                                        self.orphan_dock)
        host.text_view.tooltip_provider = self.tooltip_at
        self.highlighter.set_page_color(host.text_view.page_color())
        # the tags at the cursor as text (not only as colour): "问题 · 承诺"
        self.cursor_tags = QLabel()
        self.cursor_tags.setObjectName("cursor_tags")
        self.cursor_tags.setAccessibleName(self.tr("Tags at the cursor"))
        window.statusBar().addPermanentWidget(self.cursor_tags)
        self._connect()

    def _connect(self) -> None:
        c, host, panel = self.controller, self.host, self.panel
        panel.annotation_activated.connect(self.jump_to)
        panel.current_changed.connect(self.notes.set_annotation)
        panel.note_edit_requested.connect(self.edit_note)
        panel.delete_requested.connect(c.remove)
        panel.retag_requested.connect(c.retag)
        panel.followup_requested.connect(
            lambda ids, status: c.set_followup(ids, followup_status=status))
        self.orphans.delete_requested.connect(c.remove)
        self.orphans.reattach_requested.connect(c.reattach)
        host.text_view.selectionChanged.connect(self._on_text_selection)
        host.text_view.cursorPositionChanged.connect(self._on_text_cursor)
        host.text_view.scheme_changed.connect(
            lambda _dark: self.highlighter.set_page_color(host.text_view.page_color()))
        c.annotations_changed.connect(lambda _change: self.show_cursor_tags())
        c.opened.connect(self.update_orphan_dock)
        host.text_view.text_replaced.connect(self.highlighter.text_replaced)
        c.session.closed.connect(self.update_orphan_dock)
        c.outline_edits.lost_changed.connect(lambda _items: self.update_orphan_dock())
        c.closing.connect(self.notes.commit)  # a note being typed is saved with the rest
        c.message.connect(lambda text: host.show_status(text, 5000))
        c.error.connect(self._on_error)
        c.anchoring_summarised.connect(self._on_summary)
        c.load_problems.connect(self._on_load_problems)
        c.save_failed.connect(self._on_save_failed)
        c.default_tags_chosen.connect(self._on_default_tags)
        back = QShortcut(QKeySequence("Escape"), self.notes.editor)  # F2, type, Esc: read on
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self._leave_note)

    # --- tagging ----------------------------------------------------------------------------
    def _has_report(self) -> bool:
        return self.controller.report is not None

    @Slot(str)
    def tag_selection(self, tag_id: str) -> str | None:
        """Tag the selected text, or the sentence at the cursor when nothing is selected."""
        if not self._has_report():
            return None
        view = self.host.text_view
        start, end = view.selection_offsets() or (view.cursor_offset(),) * 2
        self.controller.ensure_author()
        ident = self.controller.add_annotation(start, end, tag_id)
        if ident is not None:
            self.panel.select_annotation(ident)
        return ident

    def annotation_under(self, offset: int) -> str | None:
        """The innermost annotation covering `offset`, or None."""
        found = self.highlighter.annotations_at(offset) if self._has_report() else []
        return min(found, key=lambda a: a.end - a.start).id if found else None

    def tooltip_at(self, offset: int) -> str:
        if not self._has_report():
            return ""
        found = self.highlighter.annotations_at(offset)
        c = self.controller
        return tooltip_html(found, c.annotation_set.tags, c.lang) if found else ""

    # --- navigation ---------------------------------------------------------------------------
    @Slot(str)
    def jump_to(self, annotation_id: str) -> None:
        """Reveal and select an annotation's text (orphans have none)."""
        aset = self.controller.annotation_set
        if annotation_id not in aset or aset.get(annotation_id).orphaned:
            return
        a = aset.get(annotation_id)
        self._jumping = True
        try:
            self.host.text_view.reveal(a.start, a.end)
        finally:
            self._jumping = False

    @Slot()
    def next_annotation(self) -> None:
        """F8: from the text, the next annotation after the cursor (wrapping round); from
        elsewhere, the next row of the annotations list."""
        ident = self._step_from_cursor(1) if self.host.text_view.hasFocus() \
            else self.panel.select_next()
        if ident:
            self.jump_to(ident)

    @Slot()
    def previous_annotation(self) -> None:
        ident = self._step_from_cursor(-1) if self.host.text_view.hasFocus() \
            else self.panel.select_previous()
        if ident:
            self.jump_to(ident)

    def _step_from_cursor(self, step: int) -> str:
        """The first annotation after (step 1) or before (-1) the selection or cursor that
        the list shows (its filters apply), wrapping round; made current in the list."""
        if not self._has_report():
            return ""
        view = self.host.text_view
        here = view.selection_offsets() or (view.cursor_offset(),) * 2
        items = [a for a in self.controller.annotation_set.in_order() if not a.orphaned]
        if step < 0:
            items.reverse()
        ahead = [a for a in items if ((a.start, a.end) > here if step > 0
                                      else (a.start, a.end) < here)]
        skipped = {a.id for a in ahead}
        behind = [a for a in items if a.id not in skipped]
        return next((a.id for a in ahead + behind if self.panel.select_annotation(a.id)), "")

    @Slot(str)
    def edit_note(self, annotation_id: str) -> None:
        self.panel_dock.show()
        self.panel.select_annotation(annotation_id)
        self.notes.set_annotation(annotation_id)
        self.notes.focus_note()

    @Slot()
    def _leave_note(self) -> None:
        self.notes.commit()
        self.host.focus_text()

    @Slot()
    def edit_note_here(self) -> None:
        ident = self.annotation_under(self.host.text_view.cursor_offset()) \
            or self.panel.current_id()
        if ident:
            self.edit_note(ident)

    @Slot()
    def delete_here(self) -> None:
        ident = self.annotation_under(self.host.text_view.cursor_offset())
        if ident:
            self.controller.remove([ident])

    def tags_at(self, offset: int) -> str:
        """The labels of the tags covering `offset`, outermost first: "问题 · 承诺"."""
        if not self._has_report():
            return ""
        c = self.controller
        names = []
        for a in self.highlighter.annotations_at(offset):
            tag = c.annotation_set.tag(a.tag)
            names.append(tag.label(c.lang) if tag is not None else a.tag)
        return " · ".join(dict.fromkeys(names))

    @Slot()
    def show_cursor_tags(self) -> None:
        self.cursor_tags.setText(self.tags_at(self.host.text_view.cursor_offset()))

    @Slot()
    def _on_text_cursor(self) -> None:
        """The cursor entered an annotation: name its tags in the status bar and make it
        current in the panel."""
        self.show_cursor_tags()
        if self._jumping or not self._has_report():
            return
        ident = self.annotation_under(self.host.text_view.cursor_offset())
        if ident and ident != self.panel.current_id():
            self.panel.select_annotation(ident)

    @Slot()
    def _on_text_selection(self) -> None:
        span = self.host.text_view.selection_offsets() or (0, 0)
        self.orphans.set_selection(*span)

    def selected_annotation(self, focused_only: bool) -> str | None:
        """The annotation current in the list (only while the list has the focus, if
        `focused_only`), or None."""
        panel = self.panel
        focus = QApplication.focusWidget()
        if focused_only and (focus is None or not (panel is focus or panel.isAncestorOf(focus))):
            return None
        ident = panel.current_id()
        return ident if ident and ident in self.controller.annotation_set else None

    # --- sidecar life ----------------------------------------------------------------------------
    @Slot(object)
    def _on_summary(self, summary: object) -> None:
        text = summary_text(summary)
        self.orphans.set_summary(summary)
        if not text:
            return
        counts = summary_counts(summary)
        if not (counts.get("moved") or counts.get("fuzzy") or counts.get("orphaned")):
            # the report as annotated: "13 kept, 0 moved, 0 fuzzy, 0 orphaned" was noise
            self.host.show_status(self.tr("%n annotation(s) loaded.", "",
                                          counts.get("anchored", 0)), 10000)
            return
        self.host.show_status(self.tr("Annotations: %1").replace("%1", text), 10000)
        if counts.get("orphaned"):
            self.orphan_dock.show()
        if counts.get("moved") or counts.get("fuzzy") or counts.get("orphaned"):
            body = self.tr("The report changed since it was annotated. Annotations: %1."
                           ).replace("%1", text)
            if counts.get("orphaned"):
                body += "\n\n" + self.tr("Orphaned annotations are listed in their own pane; "
                                          "select text there to re-attach them.")
            messages.show_info(self.host.main_window(), self.tr("The report has changed"), body)

    @Slot(object)
    def _on_load_problems(self, problems: list[object]) -> None:
        self.orphans.set_problems(problems)
        if problems:
            self.orphan_dock.show()
            self.orphan_dock.raise_()

    def update_orphan_dock(self) -> None:
        """The orphans pane shows only with something in it (orphaned annotations, unreadable
        items, lost outline corrections): hidden with no report or none (View still opens
        it)."""
        if not (self.orphans.orphan_count() or self.orphans.problem_count()
                or self.controller.outline_edits.lost):
            self.orphan_dock.hide()

    def _on_sidecar_notice(self, code: str, count: int) -> None:
        """A salvaged or repaired annotation file: say what happened to the reviewer's work."""
        c, w = self.controller, self.host.main_window()
        if code == "sidecar_repaired":
            messages.show_info(w, labels.error_text(code), self.tr(
                "%n character(s) in the annotation file could not be stored (they came from "
                "a broken copy or another program) and were replaced with “�”. "
                "Nothing else was changed.", "", count))
            return
        name = display_name(c.quarantined) if c.quarantined is not None else ""
        text = self.tr(
            "%n annotation file item(s) could not be read; they are listed in the "
            "Orphaned Annotations pane. Every other annotation was kept.", "", count) \
            if count else self.tr("Some details were missing and were filled in; every "
                                  "annotation was kept.")
        messages.show_error(w, labels.error_text(code), text + "\n\n" + self.tr(
            "The original file was moved aside unchanged to “%1”; your annotations are "
            "saved anew.").replace("%1", name))

    @Slot(str, str)
    def _on_error(self, code: str, detail: str) -> None:
        c, w = self.controller, self.host.main_window()
        if code in ("sidecar_salvaged", "sidecar_repaired"):
            self._on_sidecar_notice(code, int(detail) if detail.isdigit() else 0)
        elif code == "sidecar_corrupt":
            name = display_name(c.quarantined) if c.quarantined is not None else detail
            messages.show_error(w, labels.error_text(code), self.tr(
                "The annotation file was damaged and has been moved aside to “%1”. You "
                "continue with no annotations; the damaged file is kept.").replace("%1", name))
        elif code == "sidecar_too_new":
            messages.show_info(w, labels.error_text(code), self.tr(
                "The annotations are shown read-only, so nothing written by the newer "
                "version is lost. Update Yuepi to change them."))
        elif code in ("usage", "unknown_tag"):
            self.host.show_status(f"{labels.error_text(code)} {detail}", 5000)
        else:
            messages.show_error(w, labels.error_text(code), detail)

    @Slot(str, str)
    def _on_save_failed(self, code: str, detail: str) -> None:
        if self._asking:  # a Save As that failed too: the loop stops with the message
            messages.show_error(self.host.main_window(), labels.error_text(code), detail)
            return
        self._asking = True
        try:
            messages.show_error(self.host.main_window(), labels.error_text(code), self.tr(
                "%1\n\nChoose another place to save your annotations.").replace("%1", detail))
            path = self.controller.sidecar_path
            suggested = str(Path.home() / display_name(path)) if path else ""
            target = messages.ask_sidecar_save_path(self.host.main_window(), suggested)
            if target:
                self.controller.save_as(Path(target))
        finally:
            self._asking = False

    @Slot(object)
    def _on_default_tags(self, tags: tuple[Tag, ...]) -> None:
        self.host.settings.set_default_tag_set(tags)
