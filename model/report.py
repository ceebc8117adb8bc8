"""A report as Yuepi reads it: one canonical text, whatever the file format.

Canonical text: decoded, BOM stripped, every line end (CRLF, CR, U+2028, U+2029) turned into
"\\n". Offsets everywhere in model/ are Python code-point indexes into this text; for .docx
each paragraph is one line, so a 1-based line number is the paragraph number.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from model import errors, readers

#: Files larger than this are refused (a 5 MB report is already ~1,700 pages).
MAX_REPORT_BYTES = 50 * 1024 * 1024

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


@dataclass(frozen=True)
class Report:
    """An opened report. `heading_hints` maps 1-based line numbers to a heading level
    given by the file itself (Word heading styles, Markdown #), 0 meaning a title."""

    path: Path
    text: str
    format: str
    encoding: str = "utf-8"
    heading_hints: dict[int, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def length(self) -> int:
        return len(self.text)

    def line_starts(self) -> list[int]:
        """Offset of the first character of every line (index 0 is line 1)."""
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts


def normalise_text(text: str) -> str:
    """Strip a BOM and make every line end a single "\\n" (what QTextDocument does too)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


def load_report(path: str | os.PathLike[str]) -> Report:
    """Open a report file; raise a ReportError subclass with a clear code on bad input."""
    p = Path(path)
    _check_file(p)
    suffix = p.suffix.lower()
    if suffix == ".docx":
        text, hints = readers.read_docx(p)
        fmt, encoding = "docx", "docx"
    else:
        data = _read_bytes(p)
        text, encoding = readers.decode_text(data, str(p))
        text = normalise_text(text)
        fmt = "md" if suffix in (".md", ".markdown") else "txt"
        hints = readers.markdown_hints(text) if fmt == "md" else {}
    text = normalise_text(text)
    if not text.strip():
        raise errors.ReportEmpty(str(p))
    return Report(path=p, text=text, format=fmt, encoding=encoding, heading_hints=hints)


def report_from_text(text: str, name: str = "untitled.txt") -> Report:
    """A report built from a string (tests, benchmarks, pasted text)."""
    return Report(path=Path(name), text=normalise_text(text), format="txt")


def _check_file(p: Path) -> None:
    if not p.exists():
        raise errors.ReportNotFound(str(p))
    if p.is_dir():
        raise errors.ReportIsDirectory(str(p))
    suffix = p.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES and suffix not in readers.TEXT_SUFFIXES:
        raise errors.ReportUnsupported(str(p))
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise errors.ReportUnreadable(str(p)) from exc
    if size == 0:
        raise errors.ReportEmpty(str(p))
    if size > MAX_REPORT_BYTES:
        raise errors.ReportTooLarge(str(p))
    if not os.access(p, os.R_OK):
        raise errors.ReportUnreadable(str(p))


def _read_bytes(p: Path) -> bytes:
    try:
        return p.read_bytes()
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(p)) from exc
    except OSError as exc:
        raise errors.ReportUnreadable(f"{p} ({exc.strerror})") from exc
