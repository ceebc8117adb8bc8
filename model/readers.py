"""Format readers behind model.report: bytes → text for plain files, .docx paragraphs."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from model import errors

#: Extensions read as plain text besides .txt/.md (no suffix is plain text too).
TEXT_SUFFIXES = (".text",)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Control characters other than tab, LF, VT, FF, CR: a few are tolerated, many mean binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+\S")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode report bytes: a BOM wins; else UTF-8; else GB18030 (a superset of GBK/GB2312).

    Returns (text, encoding name). Raises ReportBinary or ReportDecodeError.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "") + " BOM"
            except UnicodeDecodeError as exc:
                raise errors.ReportDecodeError(name) from exc
    if b"\x00" in data[:8192]:
        raise errors.ReportBinary(name)
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise errors.ReportBinary(name)
        return text, codec
    raise errors.ReportDecodeError(name)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 200)


def markdown_hints(text: str) -> dict[int, int]:
    """Markdown ATX headings (# …) as outline hints: line number → level."""
    hints: dict[int, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        m = _MD_HEADING.match(line)
        if m:
            hints[number] = len(m.group(1))
    return hints


def read_docx(path: Path) -> tuple[str, dict[int, int]]:
    """Paragraph text of a .docx in body order (table rows become one line each, cells
    separated by tabs) and Word's heading levels as hints (0 = Title style)."""
    try:
        import docx  # python-docx; imported here so plain-text reports never pay for it
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise errors.ReportUnsupported(f"{path} (python-docx is not installed)") from exc
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise errors.ReportCorrupt(str(path)) from exc
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(path)) from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends: a damaged package
        raise errors.ReportCorrupt(str(path)) from exc
    lines: list[str] = []
    hints: dict[int, int] = {}
    for kind, element in _body_items(document):
        if kind == "p":
            level = _heading_level(element)
            text = element.text
            if level is not None and text.strip():
                hints[len(lines) + 1] = level
            lines.append(text.replace("\n", " ").replace("\r", " "))
        else:
            for row in element.rows:
                cells = [c.text.replace("\n", " ") for c in row.cells]
                lines.append("\t".join(cells))
    return "\n".join(lines), hints


def _body_items(document):  # type: ignore[no-untyped-def]
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", Paragraph(child, document)
        elif tag == "tbl":
            yield "tbl", Table(child, document)


_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def _heading_level(paragraph) -> int | None:  # type: ignore[no-untyped-def]
    try:
        name = (paragraph.style.name or "").strip()
    except (KeyError, AttributeError, ValueError):
        name = ""
    if name.lower() in ("title", "标题"):
        return 0
    m = _HEADING_STYLE.match(name)
    if m:
        return int(m.group(1))
    ppr = paragraph._p.pPr
    if ppr is not None:
        for child in ppr.iterchildren():
            if child.tag.endswith("}outlineLvl"):
                val = child.get(child.tag.rsplit("}", 1)[0] + "}val")
                if val is not None and val.isdigit() and int(val) < 9:
                    return int(val) + 1
    return None
