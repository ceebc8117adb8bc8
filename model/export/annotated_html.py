"""The annotated report as one HTML document, for printing (gui/handoff/print_report.py).

Pure Python: the outline as a table of contents, then the whole report text with every
annotation as a background span in its tag's colour (overlaps nest, the inner span in a
blend of both colours), notes as numbered superscript references with an endnote list
after each top-level section, headings bold. Orphaned annotations (no position in this
text) are listed at the end, never dropped. All report text and notes go through
html.escape. The markup sticks to what Qt's rich-text engine renders (QTextDocument).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date

from model.annotations import Annotation, AnnotationSet, Tag
from model.export.review import UNKNOWN_TAG_COLOR, select_annotations
from model.followup import summary
from model.outline.tree import Outline
from model.report.loading import Report

#: Font families in order of preference (a serif CJK face first, then a common fallback).
FONT_FAMILIES = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "WenQuanYi Micro Hei")
#: Outline levels listed in the table of contents (0 = 一、, 1 = （一）).
TOC_DEPTH = 2
#: Tint strength of a highlight over white paper (0..1).
TINT = 0.30
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

_WORDS = {
    "zh": {"contents": "目录", "notes": "本节批注", "orphans": "未能定位的批注",
           "legend": "标签", "file": "文件", "date": "打印日期", "count": "批注 {n} 条",
           "before": "（正文前）"},
    "en": {"contents": "Contents", "notes": "Notes on this section",
           "orphans": "Annotations not located in this text", "legend": "Tags",
           "file": "File", "date": "Printed", "count": "{n} annotations",
           "before": "(before the first section)"},
}


@dataclass(frozen=True)
class _Note:
    number: int
    annotation: Annotation


def build_annotated_html(
    report: Report,
    outline: Outline,
    annotation_set: AnnotationSet,
    *,
    lang: str = "zh",
    include_notes: bool = True,
    tags: Iterable[str] | None = None,
    authors: Iterable[str] | None = None,
    date: str | None = None,
) -> str:
    """The annotated report as HTML (see the module docstring). `tags` / `authors` keep
    only those annotations, chosen as in a review (model.export.review.select_annotations: an
    unknown tag id raises errors.UnknownTag); `include_notes=False` leaves every note
    out (no numbers, no note lists); `date` is the ISO date in the header (default today)."""
    w = _WORDS["zh" if lang.startswith("zh") else "en"]
    _tags, items = select_annotations(annotation_set, tags, authors)
    placed = sorted((a for a in items if not a.orphaned and a.end > a.start),
                    key=lambda a: (a.start, -a.end, a.id))
    colours = {t.id: _colour(t.color) for t in annotation_set.tags}
    title = outline.title or report.display_stem
    parts = [_head(title), _header(report, title, items, annotation_set.tags, w, lang, date),
             _toc(outline, w)]
    parts += _Body(report.text, outline, placed, colours, include_notes, lang, w).render()
    parts.append(_orphans([a for a in items if a.orphaned], annotation_set, include_notes,
                          lang, w))
    parts.append("</body></html>")
    return "".join(parts)


def _head(title: str) -> str:
    families = ", ".join(f"'{f}'" for f in FONT_FAMILIES)
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>"
        f"body {{ font-family: {families}, serif; font-size: 12pt; color: #000000; }}"
        "h1 { font-size: 20pt; font-weight: bold; text-align: center; margin: 0 0 8pt 0; }"
        "h2 { font-size: 14pt; font-weight: bold; margin: 14pt 0 6pt 0; }"
        "p { margin: 0 0 5pt 0; line-height: 150%; }"
        "p.body { white-space: pre-wrap; }"
        "p.h0 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt 0; }"
        "p.h1 { font-size: 12pt; font-weight: bold; margin: 8pt 0 4pt 0; }"
        "p.meta { text-align: center; color: #555555; font-size: 10pt; }"
        "a { color: #000000; text-decoration: none; }"
        "p.toc0 { margin-top: 0; margin-bottom: 1pt; line-height: 125%; }"
        "p.toc1 { margin-top: 0; margin-bottom: 1pt; margin-left: 2em; line-height: 125%; }"
        "p.nh { font-size: 10pt; font-weight: bold; color: #444444; margin: 8pt 0 2pt 0; }"
        "p.note { font-size: 10pt; margin: 0 0 2pt 0; line-height: 130%; }"
        "</style></head><body>"
    )


def _header(report: Report, title: str, items: list[Annotation], tags: list[Tag],
            w: dict[str, str], lang: str, date: str | None) -> str:
    day = date or _date.today().isoformat()
    if lang.startswith("zh"):
        d = _date.fromisoformat(day)
        day = f"{d.year}年{d.month}月{d.day}日"
    counts = {t.id: 0 for t in tags}
    for a in items:
        counts[a.tag] = counts.get(a.tag, 0) + 1
    legend = "　".join(
        f"<span style=\"background-color: {_tint(_colour(t.color))}\">"
        f"&nbsp;{html.escape(t.label(lang))}&nbsp;</span> {counts[t.id]}"
        for t in tags if counts.get(t.id))
    meta = (f"{w['file']}：{html.escape(report.display_name)}　{w['date']}：{day}　"
            f"{w['count'].format(n=len(items))}")
    out = f"<h1>{html.escape(title)}</h1><p class=\"meta\">{meta}</p>"
    if legend:
        out += f"<p class=\"meta\">{legend}</p>"
    return out


def _toc(outline: Outline, w: dict[str, str]) -> str:
    base = min((n.depth for n in outline.roots), default=0)
    rows = [f"<p class=\"toc{min(n.depth - base, 1)}\"><a href=\"#s{i}\">{html.escape(n.label)}</a></p>"
            for i, n in enumerate(outline.nodes())
            if n.kind == "heading" and n.depth - base < TOC_DEPTH]
    if not rows:
        return ""
    return f"<h2>{w['contents']}</h2>" + "".join(rows) + "<hr>"


class _Body:
    """Renders the report text line by line with highlight spans and note references."""

    def __init__(self, text: str, outline: Outline, placed: list[Annotation],
                 colours: dict[str, str], include_notes: bool, lang: str,
                 w: dict[str, str]) -> None:
        self.text, self.outline, self.placed = text, outline, placed
        self.colours, self.lang, self.w = colours, lang, w
        self.include_notes = include_notes
        self.heading_lines = _heading_lines(text, outline)
        self.base = min((n.depth for n in outline.roots), default=0)
        self.title_line = _title_line(text, outline.title)
        #: id -> (note number, offset after the annotation's last visible character)
        self.numbers: dict[str, tuple[int, int]] = {}
        noted = [(_visible_end(text, a), a) for a in placed if include_notes and a.note.strip()]
        for stop, a in sorted(noted, key=lambda p: (p[0], p[1].start)):
            self.numbers[a.id] = (len(self.numbers) + 1, stop)

    def render(self) -> list[str]:
        out: list[str] = []
        pending: list[_Note] = []
        tops = [n for n in self.outline.roots]
        top_i = 0
        active: list[Annotation] = []
        next_i = 0
        pos = 0
        text = self.text
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            while top_i < len(tops) and tops[top_i].start <= pos:
                out.extend(self._notes(pending))
                pending = []
                top_i += 1
            active = [a for a in active if a.end > pos]
            while next_i < len(self.placed) and self.placed[next_i].start < end:
                active.append(self.placed[next_i])
                next_i += 1
            out.append(self._line(pos, end, active, pending))
            pos = end + 1
        out.extend(self._notes(pending))
        return out

    def _line(self, start: int, end: int, items: list[Annotation],
              pending: list[_Note]) -> str:
        text = self.text
        line = text[start:end]
        if not line.strip():
            return ""
        heading = self.heading_lines.get(start)
        # body lines keep the writer's own indent (usually two 　); headings lose it
        lo = start + (len(line) - len(line.lstrip())) if heading else \
            start + (len(line) - len(line.lstrip(" \t")))
        anchor = f"<a name=\"s{heading[0]}\"></a>" if heading else ""
        if heading is None and start == self.title_line:
            return ""  # the title is already the document's heading
        css = f"h{min(heading[1] - self.base, 1)}" if heading and heading[2] else "body"
        bold = (heading[3], heading[4]) if heading and not heading[2] else None
        body = self._spans(lo, end, [a for a in items if a.end > lo], pending, bold)
        return f"<p class=\"{css}\">{anchor}{body}</p>"

    def _spans(self, lo: int, hi: int, items: list[Annotation], pending: list[_Note],
               bold: tuple[int, int] | None) -> str:
        """Text[lo:hi] cut at every annotation boundary; each piece wrapped in the spans
        of the annotations covering it (outermost first); note numbers after the end."""
        ends: dict[int, list[Annotation]] = {}
        for a in items:
            if a.id in self.numbers and lo < self.numbers[a.id][1] <= hi:
                ends.setdefault(self.numbers[a.id][1], []).append(a)
        cuts = {lo, hi, *ends}
        for a in items:
            cuts.update(p for p in (a.start, a.end) if lo < p < hi)
        if bold:
            cuts.update(p for p in bold if lo < p < hi)
        points = sorted(cuts)
        out: list[str] = []
        for a_pos, b_pos in zip(points, points[1:]):
            cover = [a for a in items if a.start <= a_pos and a.end >= b_pos]
            piece = html.escape(self.text[a_pos:b_pos])
            if bold and bold[0] <= a_pos and b_pos <= bold[1]:
                piece = f"<b>{piece}</b>"
            out.append(self._wrap(piece, cover))
            for a in ends.get(b_pos, []):
                number = self.numbers[a.id][0]
                pending.append(_Note(number, a))
                out.append(f"<sup><span style=\"color: {self.colours.get(a.tag, UNKNOWN_TAG_COLOR)}"
                           f"\">[{number}]</span></sup>")
        return "".join(out)

    def _wrap(self, piece: str, cover: list[Annotation]) -> str:
        """Nested spans, outermost annotation first; an inner span shows the blend of
        every colour around it, so overlaps read as overlaps."""
        mixed: list[str] = []
        opens: list[str] = []
        for a in cover:
            mixed.append(self.colours.get(a.tag, UNKNOWN_TAG_COLOR))
            colour = _tint(_blend(mixed)) if len(mixed) > 1 else _tint(mixed[0])
            opens.append(f"<span style=\"background-color: {colour}\">")
        return "".join(opens) + piece + "</span>" * len(cover)

    def _notes(self, notes: list[_Note]) -> list[str]:
        if not notes:
            return []
        out = [f"<p class=\"nh\">{self.w['notes']}</p>"]
        for n in sorted(notes, key=lambda n: n.number):
            out.append(f"<p class=\"note\">{_note_line(n.number, n.annotation, self.colours, self.lang)}</p>")
        return out


def _note_line(number: int, a: Annotation, colours: dict[str, str], lang: str) -> str:
    colour = colours.get(a.tag, UNKNOWN_TAG_COLOR)
    author = f"（{html.escape(a.author)}）" if a.author else ""
    quote = a.quote if len(a.quote) <= 40 else a.quote[:39] + "…"
    follow = summary(a.followup_status, a.followup_unit, a.followup_deadline, lang)
    follow = f"〔{html.escape(follow)}〕" if follow else ""
    return (f"<span style=\"color: {colour}\"><b>[{number}]</b></span> "
            f"{author}“{html.escape(quote)}” — {html.escape(a.note.strip())}{follow}")


def _orphans(items: list[Annotation], annotation_set: AnnotationSet, include_notes: bool,
             lang: str, w: dict[str, str]) -> str:
    if not items:
        return ""
    colours = {t.id: _colour(t.color) for t in annotation_set.tags}
    rows = []
    for a in sorted(items, key=lambda a: (a.created, a.id)):
        tag = annotation_set.tag(a.tag)
        label = html.escape(tag.label(lang) if tag else a.tag)
        note = f" — {html.escape(a.note.strip())}" if include_notes and a.note.strip() else ""
        rows.append(f"<p class=\"note\"><span style=\"color: {colours.get(a.tag, UNKNOWN_TAG_COLOR)}\">"
                    f"<b>{label}</b></span> “{html.escape(a.quote)}”{note}</p>")
    return f"<h2>{w['orphans']}</h2>" + "".join(rows)


def _heading_lines(text: str, outline: Outline) -> dict[int, tuple[int, int, bool, int, int]]:
    """Line start → (node index, depth, stands alone, title start, title end) for every
    heading; "stands alone" when nothing but blanks follows the title on its line."""
    out: dict[int, tuple[int, int, bool, int, int]] = {}
    for i, node in enumerate(outline.nodes()):
        if node.kind != "heading":
            continue
        start = min(node.start, node.title_start) if node.title_end > node.title_start \
            else node.start
        line = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        title_end = node.title_end if node.title_end > start else line_end
        alone = not text[title_end:line_end].strip()
        out.setdefault(line, (i, node.depth, alone, start, title_end))
    return out


def _colour(value: str) -> str:
    return value.lower() if _COLOR.match(value or "") else UNKNOWN_TAG_COLOR


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _tint(colour: str, strength: float = TINT) -> str:
    """The colour as a light highlighter tint on white paper (opaque: PDFs print it)."""
    r, g, b = (round(255 - (255 - c) * strength) for c in _rgb(colour))
    return f"#{r:02x}{g:02x}{b:02x}"


def _blend(colours: list[str]) -> str:
    """Average of several colours, darkened a little so an overlap stands out."""
    rgbs = [_rgb(c) for c in colours]
    r, g, b = (round(sum(c[i] for c in rgbs) / len(rgbs) * 0.85) for i in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"


def _title_line(text: str, title: str | None) -> int:
    """Start of the line holding the document title (-1 if there is none)."""
    if not title:
        return -1
    stripped = text.lstrip()
    if not stripped.startswith(title.strip()):
        return -1
    start = len(text) - len(stripped)
    return text.rfind("\n", 0, start) + 1


def _visible_end(text: str, a: Annotation) -> int:
    """Offset just after the annotation's last non-blank character (where its note
    reference goes), so a span ending in a line break still gets its number."""
    end = min(a.end, len(text))
    while end > a.start + 1 and text[end - 1].isspace():
        end -= 1
    return end
