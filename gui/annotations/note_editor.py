"""NoteEditor: side panel to write the current annotation's multi-line note, with the
follow-up (整改) area under it (gui/annotations/followup_editor.py).

No modal dialog: the note is committed through Controller.set_note when the editor loses
focus and after a short pause in typing; the controller merges consecutive edits of the
same note into one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from gui.annotations.controller import Controller
from gui.annotations.followup_editor import FollowUpEditor
from gui.annotations.table_model import elide
from gui.common.two_line import two_lines
from model.annotations import Change
from model.outline.tree import SECTION_SEPARATOR

IDLE_COMMIT_MS = 700
# characters of the quote in its tooltip (the label shows two lines of it)
TOOLTIP_QUOTE_CHARS = 600


class NoteEditor(QWidget):
    """Shows tag, quote and section of the current annotation above its note.

    Slots: set_annotation(id) (connect AnnotationPanel.current_changed), focus_note()
    (connect AnnotationPanel.note_edit_requested). Disabled while no annotation is current.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None,
                 idle_ms: int = IDLE_COMMIT_MS) -> None:
        super().__init__(parent)
        self._controller = controller
        self._id = ""
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        # two lines at most, elided to the label's width: a long quote wrapped in full
        # overflowed the pane and squeezed the note and follow-up fields under it
        self.quote = QLabel(self)
        self.quote.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._quote = ""
        self.quote.installEventFilter(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setAccessibleDescription(self.tr("The note of the selected annotation"))
        self.editor.setPlaceholderText(self.tr("Write a note for this annotation"))
        self.editor.setTabChangesFocus(True)  # Tab moves on, as from every other field
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.quote):
            layout.addWidget(widget)
        layout.addWidget(self.editor, 1)
        self.followup = FollowUpEditor(controller, self)
        layout.addWidget(self.followup)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.commit)
        self.editor.textChanged.connect(self._on_text_changed)
        controller.annotations_changed.connect(self._on_change)
        controller.session.outline_ready.connect(self._on_outline)  # its section path
        self.set_annotation("")

    @property
    def annotation_id(self) -> str:
        return self._id

    @Slot(str)
    def set_annotation(self, annotation_id: str) -> None:
        """Show another annotation (the pending note of the previous one is committed)."""
        if annotation_id == self._id and annotation_id:
            return
        self.commit()
        aset = self._controller.annotation_set
        self._id = annotation_id if annotation_id in aset else ""
        self.followup.set_annotation(self._id)
        self._show()

    @Slot()
    def focus_note(self) -> None:
        if self._id:
            self.editor.setFocus()

    @Slot()
    def commit(self) -> None:
        """Send the editor's text to the controller if it differs from the stored note."""
        self._idle.stop()
        aset = self._controller.annotation_set
        if self._id and self._id in aset:
            text = self.editor.toPlainText()
            if text != aset.get(self._id).note:
                self._controller.set_note(self._id, text)

    def _show(self) -> None:
        aset = self._controller.annotation_set
        self.setEnabled(bool(self._id))
        if not self._id:
            self.header.setText(self.tr("No annotation selected"))
            self._set_quote("")
            self._set_text("")
            return
        a = aset.get(self._id)
        tag = aset.tag(a.tag)
        label = tag.label(self._controller.lang) if tag else a.tag
        outline = self._controller.outline
        section = "" if outline is None or a.orphaned else SECTION_SEPARATOR.join(
            n.label for n in outline.path_at(a.start))
        self.header.setText(f"{label} · {section}" if section else label)
        self._set_quote(f"“{elide(a.quote, TOOLTIP_QUOTE_CHARS)}”")
        self._set_text(a.note)

    def _set_quote(self, text: str) -> None:
        self._quote = text
        self.quote.setToolTip(text)
        self._fit_quote()

    def _fit_quote(self) -> None:
        """The quote on at most two lines of the label's width, the second elided."""
        label = self.quote
        lines = two_lines(self._quote, label.font(), label.contentsRect().width())
        label.setText("\n".join(lines))
        label.setFixedHeight(max(len(lines), 1) * label.fontMetrics().lineSpacing()
                             + label.contentsMargins().top() + label.contentsMargins().bottom())

    def _set_text(self, text: str) -> None:
        if self.editor.toPlainText() == text:
            return
        self.editor.blockSignals(True)
        cursor_at = self.editor.textCursor().position()
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_at, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)
        self.editor.blockSignals(False)

    @Slot()
    def _on_text_changed(self) -> None:
        if self._id:
            self._idle.start()

    @Slot(object, object)
    def _on_outline(self, _report: object, _outline: object) -> None:
        if self._id:
            self._show()

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        """Follow undo/redo, deletion and reloads of the annotation being shown."""
        if change.kind in ("reset", "tags") or self._id in change.ids:
            if self._id and self._id not in self._controller.annotation_set:
                self._idle.stop()
                self._id = ""
            self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        if watched is self.quote and event.type() == QEvent.Type.Resize:
            self._fit_quote()
        return super().eventFilter(watched, event)
