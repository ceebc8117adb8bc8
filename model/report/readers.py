"""Format readers behind model.report.loading: bytes → text for plain files, .docx paragraphs.

Readers return raw decoded text; model.report.loading.normalise_text makes it canonical.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from model import errors
from model.report import docx_package
from model.report import encodings as chinese_encoding
from model.report.docx_styles import StyleLevels

#: Extensions read as plain text besides .txt/.md (no suffix is plain text too).
TEXT_SUFFIXES = (".text",)

#: A .docx is refused when its text passes this many characters, automatic numbers
#: included (the most a .txt within model.report.loading.MAX_REPORT_BYTES can decode to).
MAX_TEXT_CHARS = 50 * 1024 * 1024
#: Grid columns one table cell may span (Word allows 63).
MAX_SPAN = 64
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

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
_GLUED_TO_LATIN = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")
# Inside one .docx paragraph these would start a new line in the canonical text.
_DOCX_LINE_BREAKS = str.maketrans({c: " " for c in "\n\r\u2028\u2029\ufdd0\ufdd1"})


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
    return len(_chinese_or_ascii().findall(sample)) * 10 >= len(sample) * 9


@cache
def _chinese_or_ascii() -> re.Pattern[str]:
    """Compiled when a BOM-less UTF-16 guess needs it, not while the window starts."""
    return re.compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


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


def read_docx(path: Path, max_chars: int = MAX_TEXT_CHARS) -> tuple[str, dict[int, int]]:
    """Paragraph text of a .docx in body order, one line per paragraph (empty ones kept;
    a table row is one line, cells separated by tabs) and Word's heading levels as hints
    (line → level, 0 = Title style). Raises ReportCorrupt, ReportUnreadable, or
    ReportExpandsTooMuch when the parts or the text (automatic numbers included) exceed
    the limits: at most `max_chars` characters, checked as the lines are made."""
    package = docx_package.read_package(path)
    try:
        import docx  # python-docx; imported here so plain-text reports never pay for it

        document = docx.Document(io.BytesIO(package))
        del package
        return _docx_lines(document, max_chars, str(path))
    except errors.ModelError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on a damaged package
        raise errors.ReportCorrupt(str(path)) from exc


def _docx_lines(document: Any, max_chars: int, name: str) -> tuple[str, dict[int, int]]:
    """Body paragraphs get Word's automatic number in front ("一、", "（1）"); paragraphs
    inside tables are not numbered (nor counted). Stops at the line that takes the text
    past `max_chars`."""
    from model.report.docx_numbering import DocxNumbering

    numbering = DocxNumbering(document)
    styles = StyleLevels(_styles_element(document))
    lines: list[str] = []
    hints: dict[int, int] = {}
    size = 0
    for kind, element in body_items(document.element.body):
        if kind == "p":
            text = element.text.translate(_DOCX_LINE_BREAKS)
            level = styles.heading_level(element)
            if level is not None and text.strip():
                hints[len(lines) + 1] = level
            rows: Iterable[str] = (numbering.label(element) + text,)
        else:
            rows = _table_lines(element)
        for line in rows:
            size += len(line) + 1
            if size > max_chars:
                raise errors.ReportExpandsTooMuch(f"{name} (more than {max_chars:,} characters)")
            lines.append(line)
    return "\n".join(lines), hints


def body_items(parent: Any, markers: bool = False) -> Iterator[tuple[str, Any]]:
    """Body paragraphs (w:p) and tables (w:tbl) in order, including those inside block
    content controls (Word puts its table of contents in one); with `markers`, also the
    comment range markers between them ("start", "end": model/report/docx_offsets.py)."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in ("p", "tbl"):
            yield tag, child
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from body_items(child, markers)
        elif markers and tag == "commentRangeStart":
            yield "start", child
        elif markers and tag == "commentRangeEnd":
            yield "end", child


def _table_lines(tbl: Any) -> Iterator[str]:
    """One line per row: each cell's paragraphs joined, cells separated by tabs, a cell
    repeated once per grid column it spans (at most MAX_SPAN) and a vertically merged
    cell repeated in every row it covers (as python-docx's row.cells gives them, without
    its walk up the merge from every row: 3,000 merged rows took 20 s)."""
    above: dict[int, str] = {}  # grid column → text of the cell a vertical merge repeats
    for tr in tbl.iterchildren(_W + "tr"):
        column = _grid_value(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
        cells: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span = _grid_value(props.find(_W + "gridSpan") if props is not None else None, 1)
            merge = props.find(_W + "vMerge") if props is not None else None
            if merge is not None and merge.get(_W + "val", "continue") == "continue":
                text = above.get(column, "")
            else:
                text = "\n".join(p.text for p in tc.iterchildren(_W + "p"))
                text = above[column] = text.translate(_DOCX_LINE_BREAKS)
            cells += [text] * span
            column += span
        yield "\t".join(cells)


def _grid_value(node: Any, default: int) -> int:
    """w:gridSpan / w:gridBefore as a count of grid columns, within 0..MAX_SPAN."""
    val = node.get(_W + "val") if node is not None else None
    if val is None or not (val.isascii() and val.isdigit()):
        return default
    return min(int(val[:4]), MAX_SPAN)


def _styles_element(document: Any) -> Any:
    """styles.xml's root, or None when the package has none or it cannot be read."""
    try:
        return document.styles.element
    except Exception:  # a damaged styles part: no heading levels from styles
        return None
