"""One side of the compare window: a title naming the report, its outline (collapsible)
and its text — the main window's own OutlinePane and TextView, scrolling on their own.
Marks are painted as named layers of extra selections (gui/viewer/selection_layers.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel, QSplitter, QTextEdit, QVBoxLayout, QWidget

from gui.common import labels
from gui.viewer.outline_pane import OutlinePane, reveal_node
from gui.viewer.text_view import REVEAL_LAYER, TextView
from model.colors import highlight_tint
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report

#: Outline : text widths of a side when nothing is remembered.
FIRST_SIZES = (190, 480)


#: a paragraph's beginning at most this far before a revealed span is shown with it
LEAD_IN_CHARS = 400


class ReportSide(QWidget):
    """`name` ("earlier"/"later") names its widgets: compare_earlier_text …"""

    def __init__(self, name: str, heading: str, layers: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"compare_{name}")
        self._heading = heading
        self.title = QLabel(heading, self)
        self.title.setObjectName(f"compare_{name}_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(8, 4, 8, 2)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.outline_pane = OutlinePane(self)
        self.outline_pane.setObjectName(f"compare_{name}_outline")
        self.text_view = TextView(self)
        self.text_view.setObjectName(f"compare_{name}_text")
        self.text_view.setAccessibleName(heading)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"compare_{name}_splitter")
        self.splitter.addWidget(self.outline_pane)
        self.splitter.addWidget(self.text_view)
        self.splitter.setCollapsible(0, True)  # the outline folds away for a wider text
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes(list(FIRST_SIZES))
        #: the mark layers in painting order (later on top); REVEAL_LAYER is reveal()'s
        self.layers = layers or (REVEAL_LAYER,)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        self.outline: Outline | None = None
        self.report: Report | None = None
        self.outline_pane.node_activated.connect(self._on_node_activated)
        self.text_view.position_changed.connect(self._on_position_changed)

    def show_report(self, report: Report, outline: Outline, level: int = 1) -> None:
        self.report, self.outline = report, outline
        self.title.setText(f"{self._heading} — {report.name}")
        self.title.setToolTip(str(report.path))
        self.text_view.set_report(report)
        self.text_view.extra_selection_layers.reserve(*self.layers)  # their painting order
        self.text_view.set_heading_spans(
            [(min(n.start, n.title_start), n.title_end) for n in outline.nodes()
             if n.kind == "heading" and n.title_end > n.title_start])
        self.outline_pane.set_outline(outline, level)

    def reveal(self, start: int, end: int) -> None:
        """Mark the span and scroll its paragraph to the top, so what leads into it
        (今年发展主要预期目标是：…) stays in view — unless the paragraph begins so far
        back that the span itself would leave the screen (the cursor moves there; no
        selection hides the marks under it)."""
        self.text_view.reveal(start, end, select=False)
        text = self.report.text if self.report is not None else ""
        paragraph = text.rfind("\n", 0, start) + 1
        if self.text_view.complete and 0 < start - paragraph <= LEAD_IN_CHARS:
            self.text_view.scroll_to_offset(paragraph)

    def set_marks(self, layer: str, spans: list[tuple[int, int]], color: str,
                  underline: bool = False, ink: bool = False) -> None:
        """Paint `spans` as layer `layer`: a tint of `color` behind them, or `color`
        underlining them, or (ink) `color` as the text's own colour."""
        view = self.text_view
        page = view.page_color()
        selections = []
        for start, end in spans:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = view.cursor_for_offsets(start, end)
            fmt = QTextCharFormat()
            if underline:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(color))
            elif ink:
                fmt.setForeground(QColor(color))
            else:
                fmt.setBackground(QColor(highlight_tint(color, page)))
            mark.format = fmt
            selections.append(mark)
        view.extra_selection_layers.set_layer(layer, selections)

    @Slot(object)
    def _on_node_activated(self, node: OutlineNode) -> None:
        reveal_node(self.text_view, node)

    @Slot(int)
    def _on_position_changed(self, offset: int) -> None:
        if self.outline is not None:
            path = self.outline.path_at(offset)
            self.outline_pane.show_path(path)

    def section_at(self, offset: int) -> str:
        """The section path at `offset`, as the status bar shows it."""
        path = self.outline.path_at(offset) if self.outline is not None else []
        return labels.section_path([n.label for n in path])
