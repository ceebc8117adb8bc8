"""From positioned lines of a PDF's pages to a report's text: paragraphs rebuilt, page
furniture dropped, columns read in order, and where each page starts.

Pure geometry, no PDF library (model/report/pdf_reader.py extracts the lines). PDF
coordinates: y grows upwards, so a line higher on the page has a larger `top`.

The rules (issue 15): a Chinese line break inside a paragraph is no space (two Latin
letters or digits meeting get one); a line that ends short, or with 。！？：；, ends its
paragraph; an indented line starts one; so does a change of font size or a wide vertical
gap. Running headers and footers (the same text on most pages, page numbers counted out)
and page numbers ("— 3 —", "－3－", "第 3 页", "3/10") in the top and bottom margins go.
A page whose lines fall on either side of a gutter is read left column first.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Share of the page height at the top and the bottom where headers and footers live.
MARGIN_ZONE = 0.12
#: Characters a margin line may have and still be tested as furniture.
FURNITURE_CHARS = 60
#: A one-column page with fewer lines is measured against the whole document's margins.
FEW_LINES = 8
#: Punctuation that ends a paragraph when it ends a line.
PARAGRAPH_END = "。！？：；!?:;"
#: Closing quotes and brackets looked through when testing the last character.
_CLOSERS = "”’」』）)》〉】\"' "
_DASHES = "-－—–~～·•"
#: A word broken over two lines ends its first part with this; the parts are joined.
SOFT_HYPHEN = "\u00ad"
# Matched against a margin line without its spaces and the dashes around it.
_PAGE_NUMBER = re.compile(
    r"\d{1,4}|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}/\d{1,4}|(?:page|p\.)\d{1,4}(?:of\d{1,4})?",
    re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９／", "0123456789/")

# Radicals that PDF writers (Qt's among them) put in the text layer for the ideograph a
# font draws with the same glyph; NFKC folds the Kangxi radicals, not these.
_RADICALS = str.maketrans({
    "\u2e9f": "母", "\u2eb0": "纟", "\u2ec5": "见", "\u2ec6": "角", "\u2ec8": "讠",
    "\u2ec9": "贝", "\u2ecb": "车", "\u2ed0": "钅", "\u2ed3": "长", "\u2ed4": "门",
    "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2edd": "食", "\u2ee0": "饣",
    "\u2ee2": "马", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦",
    "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙",
    "\u2ef3": "龟",
})


@dataclass(frozen=True)
class Line:
    """One line (or a piece of one, cut at a wide gap) of a page, its box in points.
    `joins`: None for a line; for a piece after the first, what separated it from the
    piece before (" " or "")."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    joins: str | None = None


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]


def clean_text(text: str) -> str:
    """Characters as a reader of the page sees them: Kangxi and simplified radicals as
    the ideographs they stand for, no control characters, no line breaks (the canonical
    text's line breaks are the paragraphs')."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0x2F00 <= code <= 0x2FDF:
            ch = unicodedata.normalize("NFKC", ch)
        elif ch in "\x02\ufffe":  # pdfium's hyphen at a line end (FPDFText_IsHyphen)
            ch = SOFT_HYPHEN
        elif code < 0x20 or 0x7F <= code < 0xA0 or ch in "\u2028\u2029\ufeff\uffff":
            ch = " " if ch in "\t\n\r\u2028\u2029" else ""
        elif 0xFDD0 <= code <= 0xFDEF or 0xD800 <= code <= 0xDFFF:
            ch = ""
        out.append(ch)
    return "".join(out).translate(_RADICALS)


def rebuild(pages: Sequence[Page]) -> tuple[str, tuple[int, ...]]:
    """The report text (one line per paragraph) and the offset where each page's text
    starts (a page with no body text starts where the next text does)."""
    furniture = _furniture(pages)
    paragraphs: list[str] = []
    current: list[str] = []
    length = 0  # of "\n".join(paragraphs) + the joined current paragraph
    starts: list[int] = []
    previous: tuple[Line, float, float] | None = None  # a line and its column's margins
    columns = [
        _columns([line for i, line in enumerate(page.lines) if (number, i) not in furniture],
                 page.width)
        for number, page in enumerate(pages)]
    indented = _indents_paragraphs(column for page in columns for column in page)
    # a page of a few lines (the last) is measured against the one-column pages' margins
    whole = [line for page in columns if len(page) == 1 for line in page[0]]
    document_margins = _margins(whole, shared=3) if len(whole) >= FEW_LINES else None
    for number, page_columns in enumerate(columns):
        starts.append(-1)
        for column in page_columns:
            few = len(column) < FEW_LINES and len(page_columns) == 1
            left, right = document_margins if few and document_margins else _margins(column)
            pitch = _typical_pitch(column)
            above: Line | None = None
            for line in column:
                text = line.text.strip()
                if not text:
                    continue
                if previous is not None and _breaks(previous, line, above, left, pitch,
                                                    indented):
                    paragraphs.append("".join(current))
                    current = []
                    length += 1
                elif current and current[-1].endswith(SOFT_HYPHEN):
                    current[-1] = current[-1][:-1]
                    length -= 1
                elif current and _glue(current[-1][-1], text[0]):
                    current.append(" ")
                    length += 1
                if starts[number] < 0:
                    starts[number] = length
                current.append(text)
                length += len(text)
                previous, above = (line, left, right), line
    if current:
        paragraphs.append("".join(current))
    text = "\n".join(paragraphs)  # a soft hyphen left at a paragraph end stays: offsets
    return text, _fill_starts(starts, len(text))


# --- furniture -------------------------------------------------------------------------
def _furniture(pages: Sequence[Page]) -> set[tuple[int, int]]:
    """(page, line) of the running headers, footers and page numbers."""
    candidates: list[tuple[int, int, str, str]] = []  # page, line, zone, key
    for number, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            zone = _zone(line, page)
            if zone:
                squeezed = "".join(line.text.split()).translate(_WIDE_DIGITS)
                if 0 < len(squeezed) <= FURNITURE_CHARS:
                    candidates.append((number, i, zone, squeezed))
    counts = Counter((zone, key) for _, zone, key in
                     {(n, z, _DIGITS.sub("#", k)) for n, _, z, k in candidates})
    enough = min(3, max(2, (len(pages) + 1) // 2))  # chapter headers change now and then
    return {
        (number, i) for number, i, zone, key in candidates
        if _PAGE_NUMBER.fullmatch(key.strip(_DASHES)) or (
            len(pages) > 1 and counts[(zone, _DIGITS.sub("#", key))] >= enough)
    }


def _zone(line: Line, page: Page) -> str:
    margin = page.height * MARGIN_ZONE
    if line.bottom >= page.height - margin:
        return "top"
    if line.top <= margin:
        return "bottom"
    return ""


# --- columns ---------------------------------------------------------------------------
def _columns(lines: list[Line], width: float) -> list[list[Line]]:
    """The page's lines in reading order, as runs that share margins: one run for a
    one-column page; for a two-column one, full-width lines and each band's left then
    right column."""
    gutter = _gutter(lines, width)
    if gutter is None:
        return [_rejoin(lines)] if lines else []
    ordered = sorted(lines, key=lambda line: (-line.top, line.x0))
    runs: list[list[Line]] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        runs.extend(run for run in (left[:], right[:]) if run)
        left.clear()
        right.clear()

    for line in ordered:
        if line.x1 <= gutter:
            left.append(line)
        elif line.x0 >= gutter:
            right.append(line)
        else:
            flush()
            if runs and runs[-1] and runs[-1][-1].x0 < gutter < runs[-1][-1].x1:
                runs[-1].append(line)
            else:
                runs.append([line])
    flush()
    return [_rejoin(run) for run in runs]


def _rejoin(lines: list[Line]) -> list[Line]:
    """Pieces of one line that ended up next to each other, put back together."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (line.joins is not None and last is not None and last.x1 <= line.x0
                and abs(last.top - line.top) < 0.5 * max(last.size, line.size)):
            out[-1] = Line(last.text + line.joins + line.text, last.x0, line.x1,
                           max(last.top, line.top), min(last.bottom, line.bottom),
                           max(last.size, line.size), last.joins)
        else:
            out.append(line)
    return out


def _gutter(lines: list[Line], width: float) -> float | None:
    """The middle of the gap between two columns: an x between 30 % and 70 % of the width
    that at least three lines on each side, each a fifth of the page wide, leave free at
    the same heights, crossed by few lines, moved to halfway between the paired lines' edges (so a centred title crosses it);
    None for one column."""
    if len(lines) < 6 or width <= 0:
        return None
    best: tuple[int, float] | None = None
    for step in range(31):
        x = width * (0.3 + step * 0.4 / 30)
        crossing = sum(1 for line in lines if line.x0 < x < line.x1)
        if crossing * 4 > len(lines) or (best is not None and crossing >= best[0]):
            continue
        left = [line for line in lines if line.x1 <= x]
        right = [line for line in lines if line.x0 >= x]
        paired_right = [r for r in right if any(_same_height(r, q) for q in left)]
        paired_left = [q for q in left if any(_same_height(r, q) for r in paired_right)]
        if _full(paired_right, width) >= 3 and _full(paired_left, width) >= 3:
            middle = (max(q.x1 for q in paired_left) + min(r.x0 for r in paired_right)) / 2
            best = (crossing, middle)
    return None if best is None else best[1]


def _full(lines: list[Line], width: float) -> int:
    """Lines at least a fifth of the page wide: a column of text has many, the cells of
    a table (read row by row, as drawn) few."""
    return sum(1 for line in lines if line.x1 - line.x0 >= width * 0.2)


def _same_height(a: Line, b: Line) -> bool:
    return a.bottom < b.top and b.bottom < a.top


# --- paragraphs ------------------------------------------------------------------------
def _margins(lines: list[Line], shared: int = 2) -> tuple[float, float]:
    """The column's left and right text edges: the smallest start and largest end that
    `shared` lines share (to the point), else the extremes."""
    if not lines:
        return 0.0, 0.0
    starts = Counter(round(line.x0) for line in lines if line.text.strip())
    ends = Counter(round(line.x1) for line in lines if line.text.strip())
    shared_starts = [x for x, n in starts.items() if n >= shared] or list(starts) or [0]
    shared_ends = [x for x, n in ends.items() if n >= shared] or list(ends) or [0]
    return float(min(shared_starts)), float(max(shared_ends))


def _typical_pitch(lines: list[Line]) -> float:
    """The median distance between the tops of consecutive lines going down."""
    pitches = sorted(a.top - b.top for a, b in zip(lines, lines[1:]) if a.top > b.top)
    return pitches[len(pitches) // 2] if pitches else 0.0


def _indents_paragraphs(columns: Iterable[list[Line]]) -> bool:
    """Does the document start its paragraphs with an indent (公文 do: two characters)?
    Then a line ending in 。 with an unindented line after it is inside a paragraph."""
    indented = lines = 0
    for column in columns:
        left, _ = _margins(column)
        for line in column:
            lines += 1
            indented += 1.5 <= (line.x0 - left) / max(line.size, 1.0) <= 2.6
    return indented >= 2 and indented * 20 >= lines


def _breaks(previous: tuple[Line, float, float], line: Line, above: Line | None,
            left: float, pitch: float, indented: bool) -> bool:
    """Does `line` start a new paragraph after `previous` (a line with its column's left
    and right edges)? `above` is the line before it in the same column (None at the top of
    a column). `indented`: the document indents its paragraphs, so a full line ending in
    。 does not end one."""
    last, _, last_right = previous
    size = max(line.size, last.size, 1.0)
    if line.x0 - left > size * 0.9:  # indented
        return True
    if last_right - last.x1 > size * 1.5:  # the previous line ended short
        return True
    tail = last.text.rstrip(_CLOSERS)[-1:]
    if tail and tail in PARAGRAPH_END and not indented:
        return True
    if abs(line.size - last.size) > 0.15 * size:
        return True
    return above is not None and pitch > 0 and above.top - line.top > pitch * 1.6


def _glue(before: str, after: str) -> bool:
    """A space where a line break separated two Latin letters (words; a number broken
    across lines is joined as it was)."""
    return before.isascii() and after.isascii() and before.isalpha() and after.isalpha()


def _fill_starts(starts: list[int], end: int) -> tuple[int, ...]:
    """A page without text starts where the next page's text does (or at the end)."""
    filled = []
    following = end
    for start in reversed(starts):
        following = start if start >= 0 else following
        filled.append(following)
    return tuple(reversed(filled))
