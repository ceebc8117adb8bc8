"""Page numbers in the printed table of contents, found in two passes over one layout.

The annotated HTML (model.export.annotated_html) links each contents row to its heading:
`<a href="#s3">` in the row, `<a name="s3">` at the heading. Pass one gives every row a
right tab stop at the text edge followed by a placeholder as wide as a page number and
lays the paginated document out once; pass two reads each heading's page from that layout
and writes the number over the placeholder. The numbers fit where the placeholders were,
so no line breaks move and the pages found stay right.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextOption

#: Stands for a page number in pass one: four figures, as wide as any page number of a
#: document laid out at print_report.LAYOUT_DPI (it stops near 9,000 pages).
PLACEHOLDER = "0000"


@dataclass
class _Row:
    block: QTextBlock
    target: str  # the heading's anchor name


def number_contents(doc: QTextDocument) -> dict[str, int]:
    """Fill the page numbers into `doc`'s contents rows (doc.pageSize() set: paginated);
    returns {anchor name: page from 1} of every heading a row points to."""
    rows, targets = _scan(doc)
    rows = [r for r in rows if r.target in targets]
    if not rows:
        return {}
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    try:
        # Lay out first: Qt's lazy layout, edited before it has finished, stops at the
        # edit and reports a document a few pages long. Edits after it redo only the
        # rows (their heights stay the same).
        doc.pageCount()
        cursor.beginEditBlock()  # one relayout for all rows, not one per row
        for row in rows:
            _add_placeholder(doc, row.block)
        cursor.endEditBlock()
        doc.pageCount()
        pages = {r.target: page_of(doc, targets[r.target]) for r in rows}
        cursor.beginEditBlock()
        for row in rows:
            _fill(row.block, str(pages[row.target]))
        cursor.endEditBlock()
    finally:
        doc.setUndoRedoEnabled(undo)
    return pages


def page_of(doc: QTextDocument, block: QTextBlock) -> int:
    """The page (from 1) on which `block`'s first line is laid out."""
    layout = block.layout()
    top = layout.position().y()
    if layout.lineCount():
        top += layout.lineAt(0).position().y()
    return int((top + 1) // doc.pageSize().height()) + 1


def _scan(doc: QTextDocument) -> tuple[list[_Row], dict[str, QTextBlock]]:
    """Contents rows (a block opening with a link "#name") and anchored blocks."""
    rows: list[_Row] = []
    targets: dict[str, QTextBlock] = {}
    block = doc.begin()
    while block.isValid():
        # a cursor at the block's start, not block.begin().fragment(): PySide crashed now
        # and then on those iterator temporaries in long runs; setPosition() is slower
        fmt = QTextCursor(block).charFormat()  # of its first character
        if block.length() > 1 and fmt.isAnchor():  # (an empty block's is the one before)
            href = fmt.anchorHref()
            if href.startswith("#"):
                rows.append(_Row(block, href[1:]))
            for name in fmt.anchorNames():
                targets.setdefault(name, block)
        block = block.next()
    return rows, targets


def _add_placeholder(doc: QTextDocument, block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    edge = doc.pageSize().width() - fmt.leftMargin() - fmt.rightMargin()  # from the indent
    fmt.setTabPositions([QTextOption.Tab(edge, QTextOption.TabType.RightTab)])
    cursor.setBlockFormat(fmt)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("\t" + PLACEHOLDER, _plain(cursor.charFormat()))


def _fill(block: QTextBlock, number: str) -> None:
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                        len(PLACEHOLDER))
    cursor.insertText(number)


def _plain(fmt: QTextCharFormat) -> QTextCharFormat:
    """The row's character format without the link (the number is no part of it)."""
    plain = QTextCharFormat(fmt)
    plain.setAnchor(False)
    plain.setAnchorHref("")
    plain.setAnchorNames([])
    return plain
