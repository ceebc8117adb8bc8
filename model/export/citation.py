"""Structural citations: where a span sits in the report, as a reviewer writes it in a memo.

"二、存在困难和下步打算 › （一）存在困难 › 第2段" — the outline path of the span, then the
paragraph number inside the innermost section (non-empty lines counted from 1; a heading
on a line of its own is not counted; the first paragraph of an unnumbered lead section
gets no number, its label already points at it). A span inside an inline enumeration
cites the item marker instead ("… › （一）存在困难 › 二是"), preceded by the paragraph
number only when the same marker occurs in more than one paragraph of that section.

For a PDF report the page comes last ("… › 第2段 › 第3页", "第3至4页" across a page
break), from the report's page starts (Report.page_starts); other reports have none.

For many citations on one text use a Citer (it indexes paragraphs once); the module
functions build one per call.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from model.annotations import Annotation
from model.outline.tree import SECTION_SEPARATOR, Outline, OutlineNode
from model.report.loading import page_at

#: Longest section label kept whole in a citation (run-in lead sentences can be long).
MAX_LABEL = 30
#: Longest label of an unnumbered section in a short citation (cite_short).
SHORT_LABEL = 8
#: Separator of a short citation: no spaces, it is for narrow columns.
SHORT_SEPARATOR = "›"
_TRAILING_PUNCT = "。；：，、.;:, \u3000"
_NON_BLANK_LINE = re.compile(r"^(?=[^\n]*\S)", re.MULTILINE)

_WORDS: dict[str, dict[str, str]] = {
    "zh": {"para": "第{n}段", "paras": "第{a}至{b}段", "orphan": "（原位置未能定位）",
           "note": "批注：{note}", "page": "第{n}页", "pages": "第{a}至{b}页"},
    "en": {"para": "para. {n}", "paras": "paras. {a}–{b}", "orphan": "(original position lost)",
           "note": "Note: {note}", "page": "p. {n}", "pages": "pp. {a}–{b}"},
}


def words(lang: str) -> dict[str, str]:
    """Citation phrases for `lang` ("zh…" or anything else for English)."""
    return _WORDS["zh" if lang.startswith("zh") else "en"]


class Citer:
    """Citations on one text and outline (both must not change while it is used)."""

    def __init__(self, report_text: str, outline: Outline,
                 page_starts: Sequence[int] = ()) -> None:
        self.text = report_text
        self.outline = outline
        #: A PDF report's page starts (Report.page_starts); empty: no page in citations.
        self.page_starts = tuple(page_starts)
        #: Offsets where non-blank lines start (the paragraphs), ascending.
        self._paragraphs = [m.start() for m in _NON_BLANK_LINE.finditer(report_text)]
        self._markers = Counter(
            (id(_section_of(n)), _item_label(n)) for n in outline.nodes() if n.kind == "item")
        self._preamble_start = _after_title_line(report_text, outline.title)

    def cite(self, start: int, end: int | None = None, lang: str = "zh") -> str:
        """Cite text[start:end] (see the module docstring)."""
        sections, tail = self._parts(start, end, lang)
        return SECTION_SEPARATOR.join([_clean_label(n.label) for n in sections] + tail)

    def cite_short(self, start: int, end: int | None = None, lang: str = "zh") -> str:
        """The citation for a narrow column: section markers run together instead of
        labels ("二、（一）›第2段"); a section without a marker keeps a shortened label."""
        sections, tail = self._parts(start, end, lang)
        head = "".join(_short_label(n) for n in sections)
        return SHORT_SEPARATOR.join(([head] if head else []) + tail)

    def section_labels(self, start: int, end: int | None = None) -> list[str]:
        """The labels of the sections enclosing the span, outermost first, as a citation
        writes them ([] before the first heading); items are not sections."""
        sections, _ = self._parts(start, end, "zh")
        return [_clean_label(n.label) for n in sections]

    def cite_annotation_short(self, annotation: Annotation, lang: str = "zh") -> str:
        """cite_short for an annotation (an orphan says its position was lost)."""
        if annotation.orphaned:
            return words(lang)["orphan"]
        return self.cite_short(annotation.start, annotation.end, lang)

    def _parts(
        self, start: int, end: int | None, lang: str
    ) -> tuple[list[OutlineNode], list[str]]:
        """The enclosing sections (outermost first) and the paragraph/item parts after them."""
        end = start + 1 if end is None or end <= start else end
        start = _first_visible(self.text, start, end)
        path = self.outline.path_at(start)
        sections = [n for n in path if n.kind != "item"]
        section = sections[-1] if sections else None
        parts: list[str] = []
        para = self._paragraph_part(section, start, end, lang)
        items = [n for n in path if n.kind == "item"]
        if items:
            marker = _item_label(items[-1])
            if para and self._markers[(id(section), marker)] > 1:
                parts.append(para)
            parts.append(marker)
        elif para:
            parts.append(para)
        page = self.page_label(start, end, lang)
        if page:
            parts.append(page)
        return sections, parts

    def page_label(self, start: int, end: int | None = None, lang: str = "zh") -> str:
        """"第3页" (or "第3至4页") for a span of a PDF report; "" for other reports."""
        if not self.page_starts:
            return ""
        end = start + 1 if end is None or end <= start else end
        first = page_at(self.page_starts, _first_visible(self.text, start, end)) or 1
        last = max(first, page_at(self.page_starts, _last_visible(self.text, start, end)) or 1)
        w = words(lang)
        return w["page"].format(n=first) if last == first else w["pages"].format(a=first, b=last)

    def cite_annotation(self, annotation: Annotation, lang: str = "zh") -> str:
        """An annotation's citation; an orphaned one has no trustworthy position."""
        if annotation.orphaned:
            return words(lang)["orphan"]
        return self.cite(annotation.start, annotation.end, lang)

    def _paragraph_part(
        self, section: OutlineNode | None, start: int, end: int, lang: str
    ) -> str:
        first = self._paragraph_number(section, start)
        if first == 0:
            return ""
        last_pos = _last_visible(self.text, start, end)
        last = first
        if _section_of_offset(self.outline, last_pos) is section:
            last = max(first, self._paragraph_number(section, last_pos))
        if last == first == 1 and section is not None and section.kind == "lead":
            return ""  # the lead sentence's own paragraph: its label already says where
        w = words(lang)
        return w["para"].format(n=first) if last == first else w["paras"].format(a=first, b=last)

    def _paragraph_number(self, section: OutlineNode | None, offset: int) -> int:
        """1-based count of non-blank lines from the section's body start to offset's
        line; 0 when the offset is on the section's own heading line."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        body = self._preamble_start if section is None else _body_start(self.text, section)
        if line_start < body:
            return 0
        paragraphs = self._paragraphs
        return bisect.bisect_left(paragraphs, line_start) - bisect.bisect_left(paragraphs, body) + 1


def citation(
    report_text: str, outline: Outline, start: int, end: int | None = None, lang: str = "zh",
    *, page_starts: Sequence[int] = (),
) -> str:
    """Cite text[start:end] by outline path and paragraph number (see module docstring)."""
    return Citer(report_text, outline, page_starts).cite(start, end, lang)


def cite_annotation(
    report_text: str, outline: Outline, annotation: Annotation, lang: str = "zh",
    *, page_starts: Sequence[int] = (),
) -> str:
    """Citation of an annotation; an orphaned one has no trustworthy position."""
    return Citer(report_text, outline, page_starts).cite_annotation(annotation, lang)


def copy_text(
    report_text: str,
    outline: Outline,
    start: int,
    end: int,
    lang: str = "zh",
    *,
    note: str = "",
    quote: str | None = None,
    page_starts: Sequence[int] = (),
) -> str:
    """What "Copy citation" puts on the clipboard: citation, “quote” and the note if any.

    `quote` defaults to report_text[start:end]; pass the annotation's own quote for an
    orphaned annotation (its span no longer points at it).
    """
    head = citation(report_text, outline, start, end, lang, page_starts=page_starts)
    return _clipboard(head, report_text[start:end] if quote is None else quote, note, lang)


def copy_annotation_text(
    report_text: str, outline: Outline, annotation: Annotation, lang: str = "zh",
    *, page_starts: Sequence[int] = (),
) -> str:
    """copy_text for an annotation (orphans keep their quote and say so)."""
    head = cite_annotation(report_text, outline, annotation, lang, page_starts=page_starts)
    return _clipboard(head, annotation.quote, annotation.note, lang)


# --- helpers -----------------------------------------------------------------------------
def _clipboard(head: str, quote: str, note: str, lang: str) -> str:
    lines = [head, f"“{quote}”"] if head else [f"“{quote}”"]
    if note.strip():
        lines.append(words(lang)["note"].format(note=note.strip()))
    return "\n".join(lines)


def _first_visible(text: str, start: int, end: int) -> int:
    """Skip leading whitespace/newlines of a span so it cites the paragraph it shows."""
    pos = max(0, min(start, len(text)))
    while pos < min(end, len(text)) - 1 and text[pos].isspace():
        pos += 1
    return pos


def _last_visible(text: str, start: int, end: int) -> int:
    pos = min(end, len(text)) - 1
    while pos > start and text[pos].isspace():
        pos -= 1
    return pos


def _clean_label(label: str) -> str:
    label = label.strip().rstrip(_TRAILING_PUNCT) or label.strip()
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _short_label(node: OutlineNode) -> str:
    """A section's marker ("二、", "（一）", "1."), or its label cut to SHORT_LABEL."""
    marker = node.marker.strip()
    if marker:
        return marker
    label = _clean_label(node.label)
    return label if len(label) <= SHORT_LABEL else label[: SHORT_LABEL - 1] + "…"


def _item_label(node: OutlineNode) -> str:
    marker = node.marker.strip().rstrip(_TRAILING_PUNCT)
    return marker or _clean_label(node.label)


def _section_of(node: OutlineNode) -> OutlineNode | None:
    """The innermost non-item node above `node`."""
    parent = node.parent
    while parent is not None and parent.kind == "item":
        parent = parent.parent
    return parent


def _section_of_offset(outline: Outline, offset: int) -> OutlineNode | None:
    sections = [n for n in outline.path_at(offset) if n.kind != "item"]
    return sections[-1] if sections else None


def _body_start(text: str, section: OutlineNode) -> int:
    """Where paragraph counting begins: after a heading that stands on its own line,
    else at the section start (a run-in head's line is the first paragraph)."""
    line_end = text.find("\n", section.start)
    line_end = len(text) if line_end == -1 else line_end
    if section.kind != "heading":
        return section.start
    title_end = section.title_end if section.title_end > section.start else line_end
    if text[title_end:line_end].strip():
        return section.start  # heading and body share the line
    return line_end + 1


def _after_title_line(text: str, title: str | None) -> int:
    """Paragraphs before the first section are counted after the title line, if any."""
    if not title:
        return 0
    stripped = text.lstrip()
    if not stripped.startswith(title.strip()):
        return 0
    line_end = text.find("\n", len(text) - len(stripped))
    return len(text) if line_end == -1 else line_end + 1
