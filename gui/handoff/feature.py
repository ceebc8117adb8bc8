"""Handing on findings: Export review, Copy citation, Print / Print Preview / annotated
PDF, Import annotations, and Word comments both ways (gui/handoff/word_comments.py), added
to the window through its Host interface.

Built once by the window. Dialogs go through patchable functions:
ExportDialog.get_options, gui.handoff.dialogs.ask_* and gui.common.messages.show_error.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.common import labels, messages
from gui.handoff.printing import HandoffPrinting
from model.annotations import Annotation, AnnotationSet
from model.errors import ModelError
from model.filenames import display_name, display_path, resolved

if TYPE_CHECKING:  # the rest is imported by the actions that use it (start-up time)
    from gui.common.host import Host
    from gui.common.settings import UiSettings
    from gui.handoff.annotation_choice import AnnotationChoice
    from gui.handoff.export_dialog import ExportOptions
    from model.sidecar.comment_import import CommentImport
    from model.sidecar.merge import MergeResult, PlacedSidecar

STATUS_MS = 10_000


def reviewer_unit(settings: UiSettings) -> str:
    """The reviewer's unit for the 审阅意见's closing block ("" when not given)."""
    return settings.author_unit().strip()


def reviewer_name(settings: UiSettings) -> str:
    """The reviewer's name as the reviewer gave it, never the account name ("root"): ""
    leaves the name out of the closing block."""
    return settings.author_name().strip() if settings.author_is_set() else ""


class HandoffFeature(HandoffPrinting, QObject):
    """Attributes: export_action, pdf_action, print_action, import_action,
    copy_citation_action; last_path (the last file written, for tests and messages);
    print_choice (what the last Print / PDF dialog chose, offered again next time).
    Printing and the annotated PDF: gui/handoff/printing.py."""

    def __init__(self, host: Host,
                 selected_annotation: Callable[[bool], str | None] = lambda _focused: None
                 ) -> None:
        """`selected_annotation(focused_only)`: the annotation chosen in the annotations
        list (only while the list has the focus, if focused_only), cited first."""
        self.window = window = host.main_window()  # the parent of every dialog
        super().__init__(window)
        self.host = host
        self.controller = host.controller
        self._selected_annotation = selected_annotation
        self.last_format = "docx"
        self.last_path: Path | None = None
        self.print_choice: AnnotationChoice | None = None
        from gui.handoff.word_comments import WordComments

        self.word_comments = WordComments(host, self)
        self._build_actions()
        host.text_view.context_menu_extenders.append(self._extend_context_menu)
        host.needs_report(self.import_action, self.export_action, self.pdf_action,
                          self.print_action, self.copy_citation_action,
                          self.import_comments_action, self.annotated_copy_action,
                          self.preview_action,
                          # greyed like Tag As ▸: opened, they held only greyed items
                          self.import_menu.menuAction(), self.export_menu.menuAction())

    def _action(self, text: str, keys: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        w = self.host
        self.import_action = self._action(self.tr("&Import Annotations…"), [], self.import_annotations)
        self.export_action = self._action(self.tr("&Export Review…"), ["Ctrl+Shift+E"],
                                          self.export_review)
        self.pdf_action = self._action(self.tr("Export Annotated P&DF…"), [], self.export_pdf)
        self.print_action = self._action(self.tr("&Print…"), ["Ctrl+P"], self.print_report)
        self.import_comments_action = self._action(self.tr("Import Co&mments from .docx…"), [],
                                                   self.import_word_comments)
        self.annotated_copy_action = self._action(self.tr("Export Annotated Cop&y (.docx)…"),
                                                  [], self.export_annotated_copy)
        self.preview_action = self._action(self.tr("Print Pre&view…"), [], self.print_preview)
        # File › Import ▸, File › Export ▸, then printing. Submenus owned by the window:
        # under PySide6 6.8 the ones addMenu(str) makes are deleted with their wrapper
        self.import_menu = QMenu(self.tr("&Import"), self.window)
        self.import_menu.addActions([self.import_action, self.import_comments_action])
        self.export_menu = QMenu(self.tr("E&xport"), self.window)
        self.export_menu.addActions([self.export_action, self.pdf_action,
                                     self.annotated_copy_action])
        for menu in (self.import_menu, self.export_menu):
            w.file_menu.insertMenu(w.quit_action, menu)
        w.file_menu.insertSeparator(w.quit_action)
        w.file_menu.insertActions(w.quit_action, [self.preview_action, self.print_action])
        w.file_menu.insertSeparator(w.quit_action)
        self.copy_citation_action = self._action(self.tr("Copy Ci&tation"), ["Ctrl+Shift+C"],
                                                 self.copy_citation)
        w.edit_menu.addAction(self.copy_citation_action)

    def _extend_context_menu(self, menu: QMenu, offset: int) -> None:
        if self._ready():
            action = menu.addAction(self.tr("Copy Citation"))
            action.triggered.connect(lambda _checked=False: self.copy_citation(offset))

    # --- helpers ------------------------------------------------------------------------
    def _ready(self) -> bool:
        c = self.controller
        return c.report is not None and self._outline() is not None

    def _outline(self) -> object:
        return self.controller.outline

    def _status(self, text: str) -> None:
        self.host.show_status(text, STATUS_MS)

    def _error(self, title: str, exc: ModelError) -> None:
        messages.show_error(self.window, title, labels.error_message(exc))

    def _default_path(self, zh_word: str, en_word: str, suffix: str, lang: str) -> str:
        report = self.controller.report
        word = zh_word if lang.startswith("zh") else en_word
        # the shown name: a Qt dialog cannot carry bytes that are not UTF-8
        return display_path(report.path.with_name(f"{report.display_stem}-{word}{suffix}"))

    def _is_own_file(self, path: Path) -> bool:
        c = self.controller
        own = [c.report.path] + ([c.sidecar_path] if c.sidecar_path else [])
        return any(resolved(path) == resolved(p) for p in own)

    # --- export review --------------------------------------------------------------------
    @Slot()
    def export_review(self) -> None:
        if not self._ready():
            return
        from gui.handoff import dialogs as handoff_dialogs
        from gui.handoff.export_dialog import ExportDialog
        from model.export import FORMATS

        c = self.controller
        options = ExportDialog.get_options(self.window, c, self.last_format)
        if options is None:
            return
        self.last_format = options.fmt
        fmt = FORMATS[options.fmt]
        default = self._default_path("审阅意见", "review", fmt.suffix, options.lang)
        name_filter = f"{fmt.suffix[1:].upper()} (*{fmt.suffix})"
        chosen = handoff_dialogs.ask_export_path(self.window, default, name_filter)
        if chosen:
            self.write_review(options, chosen)

    def write_review(self, options: ExportOptions, chosen: str) -> Path | None:
        """Build and write the review; status-bar confirmation or an error box."""
        from model.export import FORMATS, write_export
        from model.export.review import build_review

        c = self.controller
        path = Path(chosen)
        if path.suffix.lower() != FORMATS[options.fmt].suffix:
            path = path.with_name(path.name + FORMATS[options.fmt].suffix)
        title = self.tr("Export failed")
        try:
            if self._is_own_file(path):
                from model.errors import ExportUnwritable
                what = self.tr("the report or its annotation file")
                raise ExportUnwritable(f"{path}: {what}")
            review = build_review(c.report, self._outline(), c.annotation_set,
                                  tags=options.tags, authors=options.authors,
                                  include_notes=options.include_notes, lang=options.lang,
                                  addressee=options.addressee,
                                  reviewer=reviewer_name(self.host.settings),
                                  reviewer_unit=reviewer_unit(self.host.settings))
            write_export(review, options.fmt, path)
        except ModelError as exc:
            self._error(title, exc)
            return None
        self.last_path = path
        self._status(self.tr("Exported %n annotation(s) to %1", "", review.total)
                     .replace("%1", display_path(path)))
        return path

    # --- copy citation -----------------------------------------------------------------------
    @Slot()
    def copy_citation(self, offset: int | None = None) -> str | None:
        """Put citation, “quote” and note of the chosen annotation or selection on the
        clipboard; returns the text (None when there is nothing to cite)."""
        if not self._ready():
            return None
        text = self.citation_text(offset)
        if text is None:
            self._status(self.tr("Select text or an annotation to copy its citation."))
            return None
        QGuiApplication.clipboard().setText(text)
        self._status(self.tr("Citation copied: %1").replace("%1", text.splitlines()[0]))
        return text

    def citation_text(self, offset: int | None = None) -> str | None:
        from model.export.citation import copy_annotation_text, copy_text

        c, view = self.controller, self.host.text_view
        lang, report_text, outline = c.lang, c.text, self._outline()
        pages = c.report.page_starts if c.report is not None else ()

        def of_annotation(annotation: Annotation) -> str:
            return copy_annotation_text(report_text, outline, annotation, lang, page_starts=pages)

        panel_id = self._panel_annotation(focused_only=True)
        if panel_id:
            return of_annotation(c.annotation_set.get(panel_id))
        span = view.selection_offsets()
        if span and span[1] > span[0] and (offset is None or span[0] <= offset <= span[1]):
            exact = [a for a in c.annotation_set.overlapping(*span) if (a.start, a.end) == span]
            if exact:
                return of_annotation(exact[0])
            return copy_text(report_text, outline, span[0], span[1], lang, page_starts=pages)
        at = view.cursor_offset() if offset is None else offset
        found = c.annotation_set.overlapping(at, at + 1)
        if found:
            return of_annotation(min(found, key=lambda a: a.end - a.start))
        panel_id = self._panel_annotation(focused_only=False)
        if panel_id:
            return of_annotation(c.annotation_set.get(panel_id))
        return None

    def _panel_annotation(self, focused_only: bool) -> str | None:
        return self._selected_annotation(focused_only)

    # --- Word comments ---------------------------------------------------------------------------
    @Slot()
    def export_annotated_copy(self) -> Path | None:
        """The report as a .docx with each annotation as a Word comment."""
        if not self._ready():
            return None
        from gui.handoff import dialogs as handoff_dialogs

        choice = self.ask_print_choice(pdf=False, mode="docx")
        if choice is None:
            return None
        chosen = handoff_dialogs.ask_docx_save_path(
            self.window, self._default_path("批注本", "annotated", ".docx", self.controller.lang))
        if not chosen:
            return None
        path = self.word_comments.export_copy(choice, chosen)
        if path is not None:
            self.last_path = path
        return path

    @Slot()
    def import_word_comments(self, chosen: str | None = None) -> CommentImport | None:
        """A colleague's Word/WPS comments in a .docx, as annotations (one undo step)."""
        if not self._ready():
            return None
        from gui.handoff import dialogs as handoff_dialogs

        c = self.controller
        chosen = chosen or handoff_dialogs.ask_commented_docx(
            self.window, display_path(c.report.path.parent))
        if not chosen:
            return None
        return self.word_comments.import_comments(chosen)

    # --- import -------------------------------------------------------------------------------
    @Slot()
    def import_annotations(self, chosen: str | None = None) -> MergeResult | None:
        if not self._ready():
            return None
        from gui.handoff import dialogs as handoff_dialogs
        from model.sidecar.merge import made_for_other_report, merge, read_placed

        c = self.controller
        chosen = chosen or handoff_dialogs.ask_sidecar_path(self.window,
                                                            display_path(c.report.path.parent))
        if not chosen:
            return None
        try:
            read = read_placed(c.report, chosen)
        except ModelError as exc:
            self._error(self.tr("Import failed"), exc)
            return None
        if made_for_other_report(c.report, read) and not handoff_dialogs.ask_merge_other_report(
                self.window, display_name(chosen), read.source.name, c.report.display_name,
                read.found, read.summary.total):
            self._status(self.tr("Import cancelled."))
            return None
        other, summary = read.annotation_set, read.summary
        reviewer = _reviewer(other, Path(chosen))
        result = merge(c.annotation_set, other)
        if result.unresolved:
            choices = handoff_dialogs.ask_tag_conflicts(self.window, list(result.unresolved),
                                                        c.lang, reviewer)
            if choices is None:
                self._status(self.tr("Import cancelled."))
                return None
            result = merge(c.annotation_set, other, choices)
        if not result.changed:
            self._status(self.tr("Nothing new in %1.").replace("%1", display_name(chosen)))
            return result
        if not c.apply_merge(result.merged,
                             self.tr("Import annotations from %1").replace("%1", reviewer)):
            return None  # read-only annotations: the controller said why
        self._status(_import_summary(result, reviewer, summary) + _read_notes(read))
        return result


def _reviewer(other: AnnotationSet, path: Path) -> str:
    """The most frequent author in the imported file, else its file name."""
    authors = Counter(a.author for a in other if a.author)
    return authors.most_common(1)[0][0] if authors else display_name(path)


def _read_notes(read: PlacedSidecar) -> str:
    """What was wrong with the imported file (model.sidecar.salvage, model.surrogates)."""
    notes = ""
    dropped = sum(p.dropped for p in read.problems)
    if dropped:
        notes += "; " + QCoreApplication.translate(
            "HandoffFeature", "%n item(s) of the file could not be read", "", dropped)
    if repaired := read.repaired:  # a name: lupdate missed the attribute as n
        notes += "; " + QCoreApplication.translate(
            "HandoffFeature", "%n invalid character(s) replaced", "", repaired)
    return notes


def _import_summary(result: MergeResult, reviewer: str, summary: object) -> str:
    count = len(result.added) + len(result.updated)
    head = QCoreApplication.translate("HandoffFeature", "Imported %n annotation(s) from %1", "",
                                      count).replace("%1", reviewer)
    n_added, n_updated, n_conflicts = (len(result.added), len(result.updated),
                                       len(result.conflicts))
    added = QCoreApplication.translate("HandoffFeature", "%n added", "", n_added)
    updated = QCoreApplication.translate("HandoffFeature", "%n updated", "", n_updated)
    conflicts = QCoreApplication.translate("HandoffFeature", "%n tag conflict(s)", "", n_conflicts)
    text = f"{head}: {added}, {updated}, {conflicts}"
    if getattr(summary, "text_changed", False):
        anchored = QCoreApplication.translate(
            "HandoffFeature", "re-anchored on this version: %1 moved, %2 orphaned")
        text += "; " + anchored.replace("%1", str(summary.moved + summary.fuzzy)).replace(
            "%2", str(summary.orphaned))
    return text
