"""Where each character of a .docx report's canonical text sits in word/document.xml.

model.report.readers builds the canonical text of a .docx (one line per body paragraph
with Word's automatic number in front, one line per table row); a DocxTextMap walks the
same body in the same order and records, for every run character it takes in, the
w:r element and the position inside it. Characters the document does not hold as run
text (automatic numbers, line ends, cell separators, cells repeated for a span or a
vertical merge) are "synthetic": they belong to a line but to no run. It also records
where w:commentRangeStart / w:commentRangeEnd markers sit, as canonical offsets.

Used both ways: the annotated copy (model/export/docx_comments.py) splits runs at
annotation boundaries and puts comment markers around them; the comment import
(model/report/docx_comment_import.py) turns markers back into offsets.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from model.report.docx_numbering import DocxNumbering
from model.report.readers import _grid_value, body_items

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: Run children that carry text, as python-docx's CT_R.text reads them.
_TEXT_TAGS = frozenset(_W + t for t in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))
_RANGE_START, _RANGE_END = _W + "commentRangeStart", _W + "commentRangeEnd"
_BREAK_CHARS = "\n\r\u2028\u2029\ufdd0\ufdd1"
_LINE_BREAKS = str.maketrans({c: " " for c in _BREAK_CHARS})
_BREAK = re.compile(f"[{_BREAK_CHARS}]")


@dataclass(frozen=True)
class Piece:
    """`length` characters of canonical text from run `run`, starting at `start`; they
    are the run's characters from `run_offset` on."""

    start: int
    length: int
    run: Any
    run_offset: int

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass
class DocxTextMap:
    """The walk's result: `text` (before model.report.loading.normalise_text, which
    keeps lengths for .docx text), `pieces` in text order, `lines` (offset of each line
    and the w:p it belongs to: a body paragraph, or a row's first cell paragraph) and
    the comment markers found (`range_starts`/`range_ends`: comment id → offset)."""

    text: str = ""
    pieces: list[Piece] = field(default_factory=list)
    lines: list[tuple[int, Any]] = field(default_factory=list)
    range_starts: dict[str, int] = field(default_factory=dict)
    range_ends: dict[str, int] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list, repr=False)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def runs_between(self, start: int, end: int) -> tuple[Any, Any] | None:
        """The first and last run holding a character of [start, end), None when every
        character there is synthetic. Runs must be split at start and end first."""
        if len(self._starts) != len(self.pieces):
            self._starts = [p.start for p in self.pieces]
        i = bisect_right(self._starts, start) - 1
        i = max(i, 0)
        inside = []
        for piece in self.pieces[i:]:
            if piece.start >= end:
                break
            if piece.end > start:
                inside.append(piece)
        if not inside:
            return None
        return inside[0].run, inside[-1].run

    def line_start(self, offset: int) -> int:
        """Where the line holding `offset` starts."""
        if len(self._line_starts) != len(self.lines):
            self._line_starts = [s for s, _p in self.lines]
        i = bisect_right(self._line_starts, offset) - 1
        return self._line_starts[max(i, 0)] if self.lines else 0

    def paragraph_at(self, offset: int) -> Any:
        """The w:p of the line holding `offset` (for a comment on synthetic text only)."""
        if len(self._line_starts) != len(self.lines):
            self._line_starts = [s for s, _p in self.lines]
        i = bisect_right(self._line_starts, offset) - 1
        return self.lines[max(i, 0)][1] if self.lines else None


def build_map(document: Any) -> DocxTextMap:
    """Walk the body of a python-docx Document as model.report.readers does."""
    walker = _Walker(DocxNumbering(document))
    walker.body(document.element.body)
    return walker.result


def run_text(r: Any) -> list[tuple[Any, str]]:
    """The text-bearing children of a w:r with their text (CT_R.text, child by child)."""
    return [(c, str(c)) for c in r.iterchildren() if c.tag in _TEXT_TAGS]


class _Walker:
    def __init__(self, numbering: DocxNumbering) -> None:
        self._numbering = numbering
        self._parts: list[str] = []
        self._size = 0
        self.result = DocxTextMap()

    def _add(self, text: str, *, separator: bool = False) -> None:
        """Append text; inside a line, line-break characters become spaces (readers)."""
        if not separator and _BREAK.search(text):  # rare: look before translating
            text = text.translate(_LINE_BREAKS)
        self._parts.append(text)
        self._size += len(text)

    def body(self, parent: Any) -> None:
        """Lines as the reader makes them. A range start between paragraphs belongs to
        the next line, from its first character (an automatic number included: the
        annotated copy puts a passage that starts on a number there); a range end
        between them, to the end of the line before."""
        first = True
        waiting: list[Any] = []  # range starts before the next line
        for kind, element in body_items(parent, markers=True):
            if kind == "start":
                waiting.append(element)
                continue
            if kind == "end":
                self._marker(element)
                continue
            rows = [element] if kind == "p" else list(element.iterchildren(_W + "tr"))
            above: dict[int, str] = {}  # grid column → the cell text a vertical merge repeats
            for row in rows:
                if not first:
                    self._add("\n", separator=True)
                first = False
                for start in waiting:
                    self._marker(start)
                waiting.clear()
                if kind == "p":
                    self.result.lines.append((self._size, row))
                    self._add(self._numbering.label(row))
                    self._paragraph(row)
                else:
                    self.result.lines.append((self._size, next(row.iter(_W + "p"), None)))
                    self._row(row, above)
        for start in waiting:
            self._marker(start)
        self.result.text = "".join(self._parts)

    def _marker(self, element: Any) -> None:
        cid = element.get(_W + "id")
        if cid is None:
            return
        target = self.result.range_starts if element.tag == _RANGE_START else self.result.range_ends
        target.setdefault(cid, self._size)

    def _paragraph(self, p: Any) -> None:
        """Runs directly in the paragraph or in a direct w:hyperlink count (CT_P.text);
        markers anywhere inside count where they stand (after an automatic number: Word
        cannot select one)."""
        for element in p.iter(_W + "r", _RANGE_START, _RANGE_END):
            if element.tag != _W + "r":
                self._marker(element)
                continue
            parent = element.getparent()
            if parent is p or (parent.tag == _W + "hyperlink" and parent.getparent() is p):
                self._run(element)

    def _run(self, r: Any) -> None:
        offset = 0
        for _child, text in run_text(r):
            if text:
                self.result.pieces.append(Piece(self._size, len(text), r, offset))
                self._add(text)
                offset += len(text)

    def _row(self, tr: Any, above: dict[int, str]) -> None:
        """Cells as readers._table_lines joins them; repeated copies are synthetic."""
        column = _grid_value(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
        first_cell = True
        for tc in tr.iterchildren(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span = _grid_value(props.find(_W + "gridSpan") if props is not None else None, 1)
            merge = props.find(_W + "vMerge") if props is not None else None
            continued = merge is not None and merge.get(_W + "val", "continue") == "continue"
            text = above.get(column, "") if continued else "\n".join(
                p.text for p in tc.iterchildren(_W + "p"))
            for copy_index in range(span):
                if not first_cell:
                    self._add("\t")
                first_cell = False
                if copy_index or continued:
                    self._add(text)
                    continue
                for n, p in enumerate(tc.iterchildren(_W + "p")):
                    if n:
                        self._add("\n")
                    self._paragraph(p)
            if not continued:
                above[column] = text
            column += span


def split_runs(text_map: DocxTextMap, offsets: Iterable[int]) -> int:
    """Split every run that `offsets` cut inside, so each offset falls on a run
    boundary; the parts keep the run's properties. Returns how many runs were split.
    The map is stale afterwards: build it again."""
    cuts: dict[int, tuple[Any, set[int]]] = {}  # id(run) → (run, run-local cut points)
    wanted = sorted(set(offsets))
    starts = [p.start for p in text_map.pieces]
    for offset in wanted:
        i = bisect_right(starts, offset) - 1
        if i < 0:
            continue
        piece = text_map.pieces[i]
        inside = piece.start < offset < piece.end
        between = (offset == piece.start and i > 0
                   and text_map.pieces[i - 1].run is piece.run)
        if inside or between:
            entry = cuts.setdefault(id(piece.run), (piece.run, set()))
            entry[1].add(piece.run_offset + offset - piece.start)
    for run, points in cuts.values():
        _split_run(run, sorted(points))
    return len(cuts)


def _split_run(r: Any, points: list[int]) -> None:
    """Replace run `r` by len(points) + 1 runs cut at those run-local character indexes."""
    props = r.find(_W + "rPr")
    content = [c for c in r.iterchildren() if c is not props]
    bounds = [0, *points]
    segments: list[Any] = []
    for n, low in enumerate(bounds):
        high = bounds[n + 1] if n + 1 < len(bounds) else None
        segment = copy.deepcopy(r)
        for child in list(segment):
            if child.tag != _W + "rPr":
                segment.remove(child)
        segments.append((segment, low, high))
    position = 0
    for child in content:
        text = str(child) if child.tag in _TEXT_TAGS else ""
        length = len(text)
        for segment, low, high in segments:
            top = high if high is not None else position + length + 1
            if not length:
                if low <= position < top or (high is None and position >= low):
                    segment.append(copy.deepcopy(child))
                    break
                continue
            a, b = max(position, low), min(position + length, top)
            if a >= b:
                continue
            if child.tag == _W + "t":
                part = copy.deepcopy(child)
                part.text = text[a - position:b - position]
                part.set(_XML_SPACE, "preserve")
                segment.append(part)
            else:
                segment.append(copy.deepcopy(child))
        position += length
    for segment, _low, _high in reversed(segments):
        r.addnext(segment)
    r.getparent().remove(r)

