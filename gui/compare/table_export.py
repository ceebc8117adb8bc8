"""File › Export Comparison Table… of the compare window: the 承诺兑现对照表 of the
decisions shown (model.compare.table_export: docx in 公文 form, xlsx, csv, md), beside B
by default. The commitments listed are A's commitment annotations (each link's commitment
too); the suggester's guesses never reach a document for a 领导 unless tagged."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.common import labels, messages
from gui.common.settings import UiSettings
from gui.compare.a_annotations import COMMITMENT_TAG
from gui.compare.controller import CompareController
from model.compare.store import Comparison
from model.compare.table_export import FORMATS, write_compare_table
from model.errors import ModelError
from model.filenames import display_path, real_path

#: The save dialog's filters, in the order offered (the first is the default).
FILTERS = (
    ("docx", QT_TRANSLATE_NOOP("CompareExport", "Word document (*.docx)")),
    ("xlsx", QT_TRANSLATE_NOOP("CompareExport", "Excel workbook (*.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("CompareExport", "CSV table (*.csv)")),
    ("md", QT_TRANSLATE_NOOP("CompareExport", "Markdown (*.md)")),
)
#: The format exported last (compare/export_format in the settings): offered next time.
LAST_FORMAT = "export_format"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareExport", text)


def ask_table_path(parent: QWidget | None, default_path: str) -> str | None:
    """Where to save the table; None when the user cancels (a function tests replace).
    The filter of the default path's format is the one offered first."""
    filters = [_tr(text) for _fmt, text in FILTERS]
    offered = dict(zip((fmt for fmt, _text in FILTERS), filters))
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CompareExport", "Export comparison table"),
        default_path, ";;".join(filters),
        offered.get(Path(default_path).suffix.lower().lstrip("."), filters[0]))
    return real_path(named_for_filter(path, chosen, filters)) if path else None


def named_for_filter(path: str, chosen: str, filters: list[str]) -> str:
    """A name typed without one of our suffixes takes the suffix of the filter chosen
    (a name typed under "Excel workbook" became a Word document: .docx was added)."""
    if table_format(path)[0] == Path(path) or chosen not in filters:
        return path
    return f"{path}{FORMATS[FILTERS[filters.index(chosen)][0]].suffix}"


def table_format(path: str | Path) -> tuple[Path, str]:
    """The path (a .docx suffix added when it has none of ours) and its format id."""
    target = Path(path)
    by_suffix = {f.suffix: f.id for f in FORMATS.values()}
    fmt = by_suffix.get(target.suffix.lower())
    if fmt is None:
        return target.with_name(target.name + ".docx"), "docx"
    return target, fmt


class TableExport(QObject):
    """The export action of one compare window (`ask` chooses the path; tests replace it)."""

    def __init__(self, window: QWidget, controller: CompareController, settings: UiSettings,
                 add_action: Callable[[QAction], None]) -> None:
        super().__init__(window)
        self.window, self.controller, self.settings = window, controller, settings
        self.ask: Callable[[QWidget | None, str], str | None] = ask_table_path
        self.action = QAction(
            QCoreApplication.translate("CompareExport", "&Export Comparison Table…"), window)
        self.action.setObjectName("compare_export_action")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(self.export)
        add_action(self.action)

    @Slot()
    def export(self) -> Path | None:
        """Ask where, write the table; the path written, or None (cancelled, refused)."""
        pair, decisions = self.controller.pair, self.controller.decisions
        if pair is None or decisions is None:
            self.controller.message.emit(QCoreApplication.translate(
                "CompareExport", "Open two reports to compare first."))
            return None
        last = bytes(self.settings.compare_state(LAST_FORMAT) or b"").decode(errors="replace")
        suffix = FORMATS[last].suffix if last in FORMATS else FORMATS["docx"].suffix
        default = pair.b.path.with_name(f"{pair.b.path.stem}.承诺兑现对照表{suffix}")
        chosen = self.ask(self.window, display_path(default))
        if not chosen:
            return None
        path, fmt = table_format(chosen)
        tagging = self.controller.tagging
        commitments = [a for a in tagging.annotation_set if a.tag == COMMITMENT_TAG] \
            if tagging is not None and tagging.report is not None else []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_compare_table(
                path, fmt, pair.a, pair.b, Comparison(links=list(decisions.links)),
                commitments=commitments, outline_a=pair.outline_a,
                outline_b=pair.outline_b, lang=self.controller.lang,
                reviewer=self.settings.author_name(),
                reviewer_unit=self.settings.author_unit())
        except ModelError as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(
                self.window, QCoreApplication.translate("CompareExport", "Export comparison table"),
                labels.error_message(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.settings.set_compare_state(LAST_FORMAT, QByteArray(fmt.encode()))
        c = self.controller
        left_out = sum(1 for i in range(len(c.rows)) if not c.links(i) and not c.is_tagged(i))
        saved = QCoreApplication.translate("CompareExport", "Comparison table saved: %1") \
            .replace("%1", display_path(written))
        if left_out:  # the reader of the table must not take it for every commitment
            # "; ": the path ran into the count ("….docx 24 suggested commitments …")
            saved += QCoreApplication.translate("CompareExport", "; ") + QCoreApplication.translate(
                "CompareExport", "%n suggested commitment(s) not yet decided are not listed "
                "(tag one with Ctrl+T to list it as unchecked).", "", left_out)
        c.message.emit(saved)
        return written
