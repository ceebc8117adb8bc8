"""The window following the open report: its text, outline, character count and title
when the session shows one, the empty page when it closes, the section path (and PDF
page) of the reading position in the status bar, and the errors of opening.

A mixin of gui/shell/main_window.py (MainWindow), which provides `text_view`,
`outline_pane`, `stack`, `splitter`, `empty_label`, `section_label`, `count_label`,
`recent_menu`, `settings`, `is_complete`, `_preview`, and the `report` and `outline`
properties.
"""
from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot

from gui.common import labels
from gui.viewer.outline_pane import reveal_node
from model.errors import ModelError, ReportNotFound
from model.filenames import resolved
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report


class ReportDisplay:
    """The session's signals shown in the window (see the module docstring)."""

    @Slot(object)
    def _show_text(self: Any, report: Report) -> None:
        previewed = self._preview.shown(report)  # then the view keeps its text and place
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
    def _show_outline(self: Any, report: Report, outline: Outline) -> None:
        if self._preview.shown(report, outline):
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
    def _on_outline_failed(self: Any, detail: str) -> None:
        from gui.common import messages

        messages.show_error(self, labels.status_text("outline_failed"),
                            f"{labels.error_text('error')}\n\n{detail}")

    @Slot()
    def _show_empty(self: Any) -> None:
        self.text_view.set_report(None)
        self.outline_pane.set_outline(None)
        self.stack.setCurrentWidget(self.empty_label)
        self.section_label.clear()
        self.count_label.clear()
        self._update_title()

    @Slot(object, object)
    def _report_error(self: Any, path: str, exc: ModelError) -> None:
        from gui.common import messages

        text = labels.error_message(exc)
        recent = self.recent_menu.paths()
        listed = {str(resolved(path)), os.path.abspath(path)}  # a broken link: either
        if isinstance(exc, ReportNotFound) and listed.intersection(recent):
            self.recent_menu.remove(path)
            text = f"{text}\n\n{labels.status_text('recent_missing')}"
        messages.show_error(self, labels.status_text("open_failed"), text)

    @Slot(object)
    def _on_node_activated(self: Any, node: OutlineNode) -> None:
        reveal_node(self.text_view, node)

    @Slot(int)
    def _on_position_changed(self: Any, offset: int) -> None:
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

    def _update_title(self: Any) -> None:
        app = QCoreApplication.translate("MainWindow", "Yuepi")
        self.setWindowTitle(f"{self.report.name}[*] — {app}" if self.report is not None else app)
