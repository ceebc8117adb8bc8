"""Format readers behind model.report.loading: bytes → text for plain files, .docx paragraphs.

Readers return raw decoded text; model.report.loading.normalise_text makes it canonical.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from model import errors
from model.report import encodings as chinese_encoding

#: Extensions read as plain text besides .txt/.md (no suffix is plain text too).
TEXT_SUFFIXES = (".text",)

#: A .docx whose members unpack to more than this is refused (zip bombs; a real 50 MB
#: report's XML is well under it).
MAX_DOCX_UNPACKED_BYTES = 500 * 1024 * 1024

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8 BOM"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32le BOM"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32be BOM"),
    (b"\xff\xfe", "utf-16-le", "utf-16le BOM"),
    (b"\xfe\xff", "utf-16-be", "utf-16be BOM"),
)

# Control characters other than tab, LF, VT, FF, CR: a few are tolerated (a stray form
# feed or escape in a pasted report), many mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CHINESE_OR_ASCII = re.compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_GLUED_TO_LATIN = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")
# Inside one .docx paragraph these would start a new line in the canonical text.
_DOCX_LINE_BREAKS = str.maketrans({c: " " for c in "\n\r\u2028\u2029\ufdd0\ufdd1"})
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode report bytes: a BOM wins; else UTF-8; else GB18030 (a superset of GBK/GB2312)
    or Big5 / Big5-HKSCS, whichever reads as common Chinese (model.report.encodings).

    Returns (text, encoding label). Raises ReportBinary, ReportUtf16NoBom or
    ReportDecodeError. The BOM itself is not part of the returned text.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_checked(data[len(bom):], codec, name), label
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise errors.ReportUtf16NoBom(name)
        raise errors.ReportBinary(name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise errors.ReportBinary(name)
        return text, "utf-8"
    return _decode_chinese(data, name)


def _decode_chinese(data: bytes, name: str) -> tuple[str, str]:
    """Non-UTF-8 bytes: GB18030 or Big5(-HKSCS), whichever reads as more common Chinese
    (model.report.encodings), then refused if binary or Latin-1 mojibake."""
    chosen = chinese_encoding.choose(data)
    if chosen is None:
        raise errors.ReportDecodeError(name)
    text, codec = chosen
    if _looks_binary(text):  # no NUL: decode_text refused NUL bytes already
        raise errors.ReportBinary(name)
    if codec == "gb18030":
        outside = text.encode("gb2312", "replace").count(b"?") - text.count("?")
        plausible = _plausible_chinese(text, outside)
    else:  # Latin-1 read as Big5 is often common hanzi (Ä + m = 獻), so every one counts
        sample = text[:chinese_encoding.SAMPLE_CHARS]
        plausible = _plausible_chinese(sample, len(sample))
    if not plausible:
        raise errors.ReportDecodeError(name)
    return text, codec


def _decode_checked(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise errors.ReportDecodeError(name) from exc
    if "\x00" in text or _looks_binary(text):
        raise errors.ReportBinary(name)
    return text


def _looks_binary(text: str) -> bool:
    """More than 0.5 % control characters (at least 9) in the first 64 K characters."""
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 200)


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """Decodes as UTF-16 (LE or BE) to text with no NUL character and few controls.

    NUL bytes are where ASCII has its high byte, and also in CJK code points ending in 00
    (一 is U+4E00), so their position alone does not give the byte order."""
    if len(data) % 2:
        return False
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _mostly_chinese_or_ascii(text):
            return True
    return False


def _mostly_chinese_or_ascii(text: str) -> bool:
    """At least 90 % printable ASCII, line ends, CJK or full-width forms (random binary
    read as UTF-16 is about one third CJK)."""
    sample = text[:65536]
    return len(_CHINESE_OR_ASCII.findall(sample)) * 10 >= len(sample) * 9


def _plausible_chinese(text: str, outside: int) -> bool:
    """False for Latin-1/cp1252 text that happened to decode as GB18030 or Big5.

    `outside` counts the non-ASCII characters outside the expected repertoire (GB2312 for
    GB18030; for Big5 every character is suspect). Simplified Chinese is mostly GB2312.
    Text that is not is either traditional Chinese in GBK, or mojibake: each accented
    Latin-1 byte swallowed the ASCII letter after it (é + t is a GBK and a Big5
    character), so the results sit glued to Latin letters. Refuse only when more than half
    of the non-ASCII characters are both outside and glued.
    """
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii:
        return True
    if outside * 2 <= non_ascii:
        return True
    return len(_GLUED_TO_LATIN.findall(text)) * 2 <= non_ascii


def markdown_hints(text: str) -> dict[int, int]:
    """Markdown ATX headings (# …) outside fenced code blocks: line number → level."""
    hints: dict[int, int] = {}
    fence: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        f = _MD_FENCE.match(line)
        if f:
            if fence is None:
                fence = f.group(1)
            elif f.group(1) == fence:
                fence = None
            continue
        m = _MD_HEADING.match(line) if fence is None else None
        if m:
            hints[number] = len(m.group(1))
    return hints


def read_docx(path: Path) -> tuple[str, dict[int, int]]:
    """Paragraph text of a .docx in body order, one line per paragraph (empty ones kept;
    a table row is one line, cells separated by tabs) and Word's heading levels as hints
    (line → level, 0 = Title style). Raises ReportCorrupt, ReportTooLarge, ReportUnreadable."""
    _check_docx_package(path)
    try:
        import docx  # python-docx; imported here so plain-text reports never pay for it

        document = docx.Document(str(path))
        return _docx_lines(document)
    except errors.ModelError:
        raise
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(path)) from exc
    except Exception as exc:  # python-docx/lxml raise many types on a damaged package
        raise errors.ReportCorrupt(str(path)) from exc


def _check_docx_package(path: Path) -> None:
    """Refuse what is not a zip, has no document part, or unpacks to something huge."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(path)) from exc
    # RuntimeError covers NotImplementedError (unknown zip version or compression method).
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise errors.ReportCorrupt(str(path)) from exc
    if not any(i.filename.startswith("word/") and i.filename.endswith(".xml") for i in infos):
        raise errors.ReportCorrupt(str(path))
    if sum(i.file_size for i in infos) > MAX_DOCX_UNPACKED_BYTES:
        raise errors.ReportTooLarge(str(path))


def _docx_lines(document: Any) -> tuple[str, dict[int, int]]:
    """Body paragraphs get Word's automatic number in front ("一、", "（1）"); paragraphs
    inside tables are not numbered (nor counted)."""
    from model.report.docx_numbering import DocxNumbering

    numbering = DocxNumbering(document)
    lines: list[str] = []
    hints: dict[int, int] = {}
    style_levels: dict[str | None, int | None] = {}
    for kind, element in _body_items(document):
        if kind == "p":
            text = element.text.translate(_DOCX_LINE_BREAKS)
            level = _heading_level(element, style_levels)
            if level is not None and text.strip():
                hints[len(lines) + 1] = level
            lines.append(numbering.label(element._p) + text)
        else:
            for row in element.rows:
                cells = [c.text.translate(_DOCX_LINE_BREAKS) for c in row.cells]
                lines.append("\t".join(cells))
    return "\n".join(lines), hints


def _body_items(document: Any) -> Iterator[tuple[str, Any]]:
    """Body paragraphs and tables in order, including those inside block content controls
    (Word puts its table of contents in one)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent: Any) -> Iterator[tuple[str, Any]]:
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "p":
                yield "p", Paragraph(child, document)
            elif tag == "tbl":
                yield "tbl", Table(child, document)
            elif tag in ("sdt", "sdtContent", "customXml"):
                yield from walk(child)

    yield from walk(document.element.body)


def _heading_level(paragraph: Any, style_levels: dict[str | None, int | None]) -> int | None:
    """Title style → 0, Heading N → N, else an outline level on the paragraph or on its
    style chain (custom heading styles based on Word's) → level + 1. `style_levels` caches
    the level of each style id: python-docx looks a style up by scanning every style
    (~0.5 ms a paragraph, 10 s for a 20,000-paragraph report)."""
    ppr = paragraph._p.pPr
    level = _outline_level(ppr)
    if level is not None:
        return level
    style_id = ppr.style if ppr is not None else None
    if style_id not in style_levels:
        style_levels[style_id] = _style_level(paragraph)
    return style_levels[style_id]


def _style_level(paragraph: Any) -> int | None:
    """The heading level given by a paragraph's style chain, if any."""
    try:
        style = paragraph.style
    except (KeyError, AttributeError, ValueError):
        return None
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").strip()
        if name.lower() in ("title", "标题"):
            return 0
        m = _HEADING_STYLE.match(name)
        if m:
            return int(m.group(1))
        level = _outline_level(getattr(style.element, "pPr", None))
        if level is not None:
            return level
        style, seen = style.base_style, seen + 1
    return None


def _outline_level(ppr: Any) -> int | None:
    """w:outlineLvl 0–8 is a heading level 1–9; 9 means body text."""
    if ppr is None:
        return None
    for child in ppr.iterchildren():
        if isinstance(child.tag, str) and child.tag.endswith("}outlineLvl"):
            val = child.get(child.tag.rsplit("}", 1)[0] + "}val")
            if val is not None and val.isdigit() and int(val) < 9:
                return int(val) + 1
    return None
