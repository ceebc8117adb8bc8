"""Keep a paragraph's lines together across a page break (QTextDocument does not honour
CSS orphans/widows or page-break-inside).

After the paginated layout, a paragraph of at most KEEP_WHOLE lines that a page break
splits (a note entry, a short paragraph), or a longer one that would leave a single line
on either page (a widow such as "60%。”" alone on the last page), starts on the next page
instead (QTextFormat.PageBreak_AlwaysBefore). A heading (a short paragraph the printout
anchors as a section: annotated_html's `<a name="s…">`) left last on its page goes to
the next page with the text it heads, and so do the headings right above it on the same
page ("一、…" then "（一）…"). One pass from the top: each move is made on the layout as it
is after the moves above it.

Each move costs Qt a relayout of what follows (~20 ms on a 1,400-page printout), so the
pass stops after MAX_SECONDS; the last paragraph is then checked on its own, as a lone
tail on the last page is the split a reader notices most.
"""
from __future__ import annotations

import time

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

#: A paragraph this short is never split.
KEEP_WHOLE = 5
#: Lines a split paragraph keeps on each page at least.
MIN_LINES = 2
#: How long the pass from the top may take (the sample report needs a few milliseconds).
MAX_SECONDS = 2.0
#: A paragraph anchored as a section and at most this long is a heading (a lead sentence
#: with its text after it is longer).
HEADING_CHARS = 40


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
        deadline = time.monotonic() + MAX_SECONDS
        block = doc.begin()
        while block.isValid() and time.monotonic() < deadline:
            if _badly_split(block, page):  # with the headings right above it
                _move_to_next_page(doc, _first_of_headings(block, page, block.previous()))
                moved += 1
            elif _stranded_heading(block, page):
                _move_to_next_page(doc, _first_of_headings(block, page, block))
                moved += 1
            block = block.next()
        last = doc.lastBlock()
        if block.isValid() and _badly_split(last, page):
            _move_to_next_page(doc, last)
            moved += 1
    finally:
        doc.setUndoRedoEnabled(undo)
    return moved


def _move_to_next_page(doc: QTextDocument, block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(fmt.pageBreakPolicy()
                           | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)
    doc.pageCount()  # the blocks below move: lay them out again


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


def _is_heading(block: QTextBlock) -> bool:
    if len(block.text()) > HEADING_CHARS:
        return False
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid():
            return any(n.startswith("s") for n in fragment.charFormat().anchorNames())
        fragments += 1
    return False


def _page_of_line(block: QTextBlock, line: int, page: float) -> int:
    layout = block.layout()
    return int((layout.position().y() + layout.lineAt(line).position().y() + 1) // page)


def _stranded_heading(block: QTextBlock, page: float) -> bool:
    """A heading whose next paragraph starts on a later page."""
    after = block.next()
    if not after.isValid() or after.layout().lineCount() == 0 or not _is_heading(block):
        return False
    count = block.layout().lineCount()
    return count > 0 and _page_of_line(after, 0, page) > _page_of_line(block, count - 1, page)


def _first_of_headings(block: QTextBlock, page: float, last: QTextBlock) -> QTextBlock:
    """The first of the headings that end at `last` and stand on `block`'s first page
    (`block` itself when there are none)."""
    here = _page_of_line(block, 0, page)
    first, before = block, last
    while before.isValid() and before.layout().lineCount() and _is_heading(before) \
            and _page_of_line(before, 0, page) == here:
        first, before = before, before.previous()
    return first
