"""Keep a paragraph's lines together across a page break (QTextDocument does not honour
CSS orphans/widows or page-break-inside).

After the paginated layout, a paragraph of at most KEEP_WHOLE lines that a page break
splits (a note entry, a short paragraph), or a longer one that would leave a single line
on either page (a widow such as "60%。”" alone on the last page), starts on the next page
instead (QTextFormat.PageBreak_AlwaysBefore). One pass from the top: each move is made
on the layout as it is after the moves above it.
"""
from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

#: A paragraph this short is never split.
KEEP_WHOLE = 5
#: Lines a split paragraph keeps on each page at least.
MIN_LINES = 2


def keep_lines_together(doc: QTextDocument) -> int:
    """Move the paragraphs that a page break splits badly to the next page (doc
    paginated: pageSize set); returns how many moved."""
    page = doc.pageSize().height()
    if page <= 0:
        return 0
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    moved = 0
    try:
        doc.pageCount()  # lay out all (Qt's layout is lazy)
        block = doc.begin()
        while block.isValid():
            if _badly_split(block, page):
                cursor = QTextCursor(block)
                fmt = cursor.blockFormat()
                fmt.setPageBreakPolicy(fmt.pageBreakPolicy()
                                       | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                moved += 1
                doc.pageCount()  # the blocks below move: lay them out again
            block = block.next()
    finally:
        doc.setUndoRedoEnabled(undo)
    return moved


def _badly_split(block: QTextBlock, page: float) -> bool:
    layout = block.layout()
    count = layout.lineCount()
    if count < 2:
        return False
    top = layout.position().y()
    first = int((top + layout.lineAt(0).position().y() + 1) // page)
    last = int((top + layout.lineAt(count - 1).position().y() + 1) // page)
    if first == last:
        return False
    if count <= KEEP_WHOLE:
        return True
    before = sum(1 for i in range(count)
                 if int((top + layout.lineAt(i).position().y() + 1) // page) == first)
    return before < MIN_LINES or count - before < MIN_LINES
