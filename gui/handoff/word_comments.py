"""Word/WPS comments both ways, for the open report: File › Export Annotated Copy (.docx)…
(model/export/docx_comments.py) and File › Import Comments from .docx…
(model/report/docx_comments_read.py, model/sidecar/comment_import.py).

An import is one undo step (Controller.apply_merge). A comment whose passage the report
does not have is kept as an orphaned annotation (the orphans panel lists it) and named
in a message, never dropped. Dialogs go through patchable functions
(gui.handoff.dialogs.ask_*, gui.common.messages.show_*).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from gui.common import labels, messages
from model.annotations import AnnotationSet
from model.errors import ModelError
from model.filenames import display_name, display_path

if TYPE_CHECKING:
    from gui.common.host import Host
    from gui.handoff.annotation_choice import AnnotationChoice
    from model.sidecar.comment_import import CommentImport

#: Unplaced comments named in the message after an import.
LISTED = 8


class WordComments(QObject):
    """Attributes: last_path (the last annotated copy written)."""

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.window = host.main_window()
        self.last_path: Path | None = None

    def export_copy(self, choice: AnnotationChoice, chosen: str) -> Path | None:
        """Write the annotated copy to `chosen` (".docx" added when missing)."""
        from model.atomic import atomic_write
        from model.errors import ExportUnwritable
        from model.export.docx_comments import build_annotated_copy

        c = self.host.controller
        path = Path(chosen) if chosen.lower().endswith(".docx") else Path(chosen + ".docx")
        try:
            own = [c.report.path] + ([c.sidecar_path] if c.sidecar_path else [])
            if any(path.exists() and p.exists() and path.samefile(p) for p in own):
                raise ExportUnwritable(str(path))
            copy = build_annotated_copy(c.report, c.annotation_set, tags=choice.tags,
                                        authors=choice.authors,
                                        include_notes=choice.include_notes, lang=c.lang,
                                        outline=c.outline)
            try:
                atomic_write(path, copy.data)
            except OSError as exc:
                raise ExportUnwritable(f"{path} ({exc.strerror})") from exc
        except ModelError as exc:
            messages.show_error(self.window, self.tr("Export failed"), labels.error_message(exc))
            return None
        self.last_path = path
        text = self.tr("Saved %n comment(s) in the annotated copy %1", "", copy.comments) \
            .replace("%1", display_path(path))
        if copy.skipped:
            text += "; " + self.tr("%n orphaned annotation(s) left out", "", copy.skipped)
        self.host.show_status(text, 10_000)
        return path

    def import_comments(self, chosen: str) -> CommentImport | None:
        """Add the comments of the .docx `chosen` to the open report, as one undo step."""
        from model.report.docx_comments_read import check_comments, read_comments
        from model.sidecar.comment_import import import_comments

        c = self.host.controller
        try:
            check_comments(chosen)
            commented = read_comments(chosen)
            result = import_comments(c.report, commented, c.annotation_set)
        except ModelError as exc:
            messages.show_error(self.window, self.tr("Import failed"), labels.error_message(exc))
            return None
        name = display_name(chosen)
        if not result.placed and not result.unplaced:
            self.host.show_status(
                self.tr("No new comments in %1.").replace("%1", name) if result.duplicates
                else self.tr("%1 has no comments.").replace("%1", name), 10_000)
            return result
        base = c.annotation_set
        merged = AnnotationSet(tags=list(base.tags),
                               rejected_suggestions=set(base.rejected_suggestions),
                               outline_corrections=list(base.outline_corrections))
        merged.replace_all(base)
        merged.add_many([*result.placed, *result.unplaced])
        if not c.apply_merge(merged, self.tr("Import comments from %1").replace("%1", name)):
            return None  # read-only annotations: the controller said why
        self.host.show_status(
            self.tr("Imported %n comment(s) from %1", "", len(result.placed)).replace("%1", name),
            10_000)
        if result.unplaced:
            messages.show_info(self.window, self.tr("Comments not found"),
                               unplaced_text(result, name))
        return result


def unplaced_text(result: CommentImport, name: str) -> str:
    """The message naming the comments whose passage the report does not have."""
    unplaced = len(result.unplaced)  # a name: lupdate misses a call as n
    head = QCoreApplication.translate(
        "WordComments", "%n comment(s) of %1 mark text this report does not have. They "
        "were kept as orphaned annotations (see Orphaned Annotations):", "",
        unplaced).replace("%1", name)
    lines = [f"• “{_short(a.quote)}” — {a.author or '?'}: {_short(a.note)}"
             for a in result.unplaced[:LISTED]]
    more = len(result.unplaced) - LISTED
    if more > 0:
        lines.append(QCoreApplication.translate("WordComments", "… and %n more", "", more))
    return head + "\n\n" + "\n".join(lines)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
