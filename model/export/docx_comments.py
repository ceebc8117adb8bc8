"""The annotated copy: the report as a .docx with every annotation as a Word comment (批注).

For a .docx report the copy is the original package with its formatting kept: runs are
split where annotations start and end (model.report.docx_offsets), and each annotation
gets its own w:commentRangeStart / w:commentRangeEnd pair and reference, so overlapping
and cross-paragraph annotations stay separate comments on the right words. An annotation
on text the document holds only as an automatic number ("一、") becomes a comment at the
start of its paragraph; one that starts on a number has its range start just before the
paragraph (between paragraphs, where the schema allows it), so it is read back with the
number. For .txt/.md a document is generated in 公文 style (A4, 仿宋_GB2312
三号, the first line as title in 方正小标宋简体), one paragraph per line.

A comment reads "问题：note" (the tag name, then the note), carries the annotation's
author and creation time. Orphaned annotations have no passage and are left out
(`AnnotatedCopy.skipped` counts them).
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from model import errors
from model.annotations import Annotation, AnnotationSet, parse_time
from model.export.review import select_annotations
from model.followup import FIELDS, followup_line
from model.outline.tree import Outline
from model.report import docx_package
from model.report.docx_offsets import build_map, split_runs
from model.report.loading import Report, normalise_text

#: GB/T 9704: 黑体 for first-level headings, 楷体 for the second.
HEADING_FONTS = {1: "黑体", 2: "楷体"}
#: Between the tag name and the note, as a colleague would type it (and the import reads).
TAG_SEPARATOR = "："
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Characters XML 1.0 cannot hold: written as spaces in a generated document.
_XML_INVALID = str.maketrans({c: " " for c in [*map(chr, range(0, 9)), "\x0b", "\x0c",
                                                *map(chr, range(0x0e, 0x20)), "\ufffe",
                                                "\uffff"]})


@dataclass(frozen=True)
class AnnotatedCopy:
    """The .docx bytes, how many comments it holds and how many orphaned annotations
    were left out (they have no passage to sit on)."""

    data: bytes
    comments: int
    skipped: int


def comment_text(annotation: Annotation, tag_name: str, include_notes: bool = True,
                 lang: str = "zh") -> str:
    """"问题：note" ("Problem: note" for a Latin tag name), or the tag name alone when
    there is no note (or notes are left out); a follow-up (整改) goes on a line of its own
    that the import reads back (model.followup.followup_line)."""
    note = annotation.note.strip() if include_notes else ""
    separator = ": " if tag_name.isascii() else TAG_SEPARATOR
    text = f"{tag_name}{separator}{note}" if note else tag_name
    line = followup_line({f: getattr(annotation, f) for f in FIELDS}, lang)
    return f"{text}\n{line}" if line else text


def build_annotated_copy(
    report: Report,
    annotation_set: AnnotationSet,
    *,
    tags: Iterable[str] | None = None,
    authors: Iterable[str] | None = None,
    include_notes: bool = True,
    lang: str = "zh",
    outline: Outline | None = None,
) -> AnnotatedCopy:
    """The annotated copy of `report` (see module docstring). `outline` sets the heading
    fonts of a generated document (黑体 for level 1, 楷体 for level 2). Raises
    ReportCorrupt and friends when the .docx cannot be read again, DocxChanged when its
    text is no longer the text the annotations were made on."""
    _selected, chosen = select_annotations(annotation_set, tags, authors)
    placed = sorted((a for a in chosen if not a.orphaned), key=lambda a: (a.start, -a.end, a.id))
    document = _original(report) if report.format == "docx" else _generated(report, outline)
    text_map = build_map(document)
    _check_same_text(report, text_map.text)
    split_runs(text_map, [x for a in placed for x in (a.start, a.end)])
    text_map = build_map(document)
    comments = _Comments(document)
    for annotation in placed:
        tag = annotation_set.tag(annotation.tag)
        name = tag.label(lang) if tag is not None else annotation.tag
        comment_id = comments.add(comment_text(annotation, name, include_notes, lang),
                                  annotation.author, annotation.created)
        _anchor(text_map, annotation.start, annotation.end, comment_id)
    buffer = io.BytesIO()
    document.save(buffer)
    return AnnotatedCopy(buffer.getvalue(), len(placed), len(chosen) - len(placed))


class _Comments:
    """word/comments.xml of the document (created when missing), written to directly:
    python-docx's add_comment looks for a free id among all comments each time (2,000
    comments took 4 s). Comments the document already has are kept; ids go on after
    the largest."""

    def __init__(self, document: Any) -> None:
        self._element = document.comments._comments_elm  # python-docx 1.2 (pinned)
        used = [int(i) for i in self._element.xpath("./w:comment/@w:id")
                if i.isascii() and i.isdigit()]
        self._next = max(used, default=-1) + 1

    def add(self, text: str, author: str, created: str) -> int:
        from xml.sax.saxutils import escape, quoteattr

        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        comment_id, self._next = self._next, self._next + 1
        stamp = _stamp(created)
        date = f" w:date={quoteattr(stamp.strftime('%Y-%m-%dT%H:%M:%SZ'))}" if stamp else ""
        style = '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        reference = ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                     "<w:annotationRef/></w:r>")
        paragraphs = "".join(
            f"<w:p>{style}{reference if n == 0 else ''}"
            f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
            for n, line in enumerate(text.translate(_XML_INVALID).split("\n")))
        self._element.append(parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{comment_id}" '
            f"w:author={quoteattr(author.translate(_XML_INVALID))}{date} "
            f"w:initials={quoteattr(_initials(author).translate(_XML_INVALID))}>"
            f"{paragraphs}</w:comment>"))
        return comment_id


def _original(report: Report) -> Any:
    """The report's own package, read within the same bounds as when it was opened."""
    package = docx_package.read_package(report.path)
    try:
        import docx

        return docx.Document(io.BytesIO(package))
    except Exception as exc:  # python-docx/lxml raise many types on a damaged package
        raise errors.ReportCorrupt(str(report.path)) from exc


def _check_same_text(report: Report, mapped: str) -> None:
    """The annotations' offsets are into `report.text`: the document must still give it
    (a generated one may differ only where XML cannot hold a character)."""
    same = (len(mapped) == len(report.text) if report.format != "docx"
            else normalise_text(mapped) == report.text)
    if not same:
        raise errors.DocxChanged(report.display_name)


def _anchor(text_map: Any, start: int, end: int, comment_id: int) -> None:
    """Comment markers around the runs of [start, end) (the range end followed by the
    reference run, as Word writes them); all three at the start of the paragraph when
    the passage is synthetic only (an automatic number)."""
    range_start, range_end, reference = _markers(comment_id)
    runs = text_map.runs_between(start, end)
    if runs is not None:
        first, last = runs
        p = text_map.paragraph_at(start)
        if _on_number(text_map, start, p):  # before the paragraph: its number included
            p.addprevious(range_start)
        else:
            first.addprevious(range_start)
        last.addnext(reference)
        last.addnext(range_end)
        return
    p = text_map.paragraph_at(start)
    if p is None:
        return
    at = 1 if p.find(_W + "pPr") is not None else 0
    for n, element in enumerate((range_start, range_end, reference)):
        p.insert(at + n, element)


def _on_number(text_map: Any, start: int, p: Any) -> bool:
    """The passage starts a body paragraph's line on its automatic number: no run holds
    that character, and a range start inside the paragraph would leave the number out."""
    if p is None or text_map.line_start(start) != start:
        return False
    holder = p.getparent()
    if holder is None or holder.tag not in (_W + "body", _W + "sdtContent"):
        return False  # a table row's first cell
    runs = text_map.runs_between(start, start + 1)
    return runs is None


def _markers(comment_id: int) -> tuple[Any, Any, Any]:
    """w:commentRangeStart, w:commentRangeEnd and the w:commentReference run."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cid = f'w:id="{comment_id}"'
    holder = parse_xml(f'<w:p {nsdecls("w")}><w:commentRangeStart {cid}/>'
                       f'<w:commentRangeEnd {cid}/><w:r><w:rPr><w:rStyle '
                       f'w:val="CommentReference"/></w:rPr><w:commentReference {cid}/></w:r>'
                       f"</w:p>")
    elements = list(holder)
    for element in elements:
        holder.remove(element)
    return elements[0], elements[1], elements[2]


def _initials(author: str) -> str:
    """Word shows initials in some views: the first character of the name (a Chinese
    name's surname), or the initials of a Latin name."""
    parts = author.split()
    if len(parts) > 1 and all(p.isascii() for p in parts):
        return "".join(p[0].upper() for p in parts)[:4]
    return author[:1]


def _stamp(value: str) -> datetime | None:
    """The annotation's time in UTC (Word's w:date), None when unreadable."""
    parsed = parse_time(value)
    return parsed.astimezone(timezone.utc) if parsed is not None else None


def _fonts(latin: str, east_asia: str) -> str:
    """w:rFonts naming `east_asia` for CJK text (as docx_fonts.set_east_asian_font)."""
    from xml.sax.saxutils import quoteattr

    a, e = quoteattr(latin), quoteattr(east_asia)
    return f"<w:rFonts w:ascii={a} w:hAnsi={a} w:cs={a} w:eastAsia={e}/>"


def _generated(report: Report, outline: Outline | None) -> Any:
    """A 公文-style document with one paragraph per line of the report: the first line
    centred as title, the others indented two characters, headings in 黑体 / 楷体."""
    from xml.sax.saxutils import escape

    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt

    from model.export.docx_export import BODY_FONT, LATIN_FONT, TITLE_FONT, TITLE_PT
    from model.export.docx_fonts import add_alt_font_names, set_east_asian_font

    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = LATIN_FONT
    set_east_asian_font(normal.element.get_or_add_rPr(), LATIN_FONT, BODY_FONT)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.first_line_indent = Pt(32)  # two characters of 三号
    add_alt_font_names(doc)
    body = doc.element.body
    for child in list(body):  # python-docx's template starts with no paragraph; be sure
        if child.tag == _W + "p":
            body.remove(child)
    depths = {n.line: n.depth for n in outline.nodes() if n.kind == "heading"} \
        if outline is not None else {}
    # one XML text parsed at once: python-docx's add_paragraph looks for the section
    # properties among all paragraphs each time (16,000 lines took 30 s)
    paragraphs = []
    titled = False
    for number, line in enumerate(report.text.split("\n"), start=1):
        if not line:
            paragraphs.append("<w:p/>")
            continue
        props = run_props = ""
        if not titled and line.strip():
            titled = True
            props = '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            run_props = f'<w:rPr>{_fonts(LATIN_FONT, TITLE_FONT)}<w:sz w:val="{2 * TITLE_PT}"/>' \
                        f'<w:szCs w:val="{2 * TITLE_PT}"/></w:rPr>'
        elif depths.get(number) in HEADING_FONTS:
            run_props = f"<w:rPr>{_fonts(LATIN_FONT, HEADING_FONTS[depths[number]])}</w:rPr>"
        text = '</w:t><w:tab/><w:t xml:space="preserve">'.join(
            escape(part) for part in line.translate(_XML_INVALID).split("\t"))
        paragraphs.append(f'<w:p>{props}<w:r>{run_props}<w:t xml:space="preserve">{text}'
                          "</w:t></w:r></w:p>")
    fragment = parse_xml(f'<w:body {nsdecls("w")}>{"".join(paragraphs)}</w:body>')
    end = body.find(_W + "sectPr")
    for paragraph in list(fragment):
        if end is not None:
            end.addprevious(paragraph)
        else:
            body.append(paragraph)
    doc.core_properties.title = report.display_stem
    return doc
