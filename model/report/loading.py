"""A report as Yuepi reads it: one canonical text, whatever the file format.

Canonical text: decoded, BOM stripped, every line end (CRLF, CR, U+2028, U+2029) turned into
"\\n", no-break spaces into spaces (see normalise_text and docs/formats.md). Offsets
everywhere in model/ are Python code-point indexes into this text; for .docx each paragraph
is one line, so a 1-based line number is the paragraph number.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from model import errors, filenames
from model.report import readers

#: Files larger than this are refused (a 5 MB report is already ~1,700 pages); so is a
#: .docx whose text, automatic numbers included, passes as many characters.
MAX_REPORT_BYTES = 50 * 1024 * 1024

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf")

# One-for-one replacements QTextDocument.toPlainText() would make (see normalise_text).
_CANONICAL: tuple[tuple[str, str], ...] = (
    ("\u2028", "\n"),
    ("\u2029", "\n"),
    ("\ufdd0", "\n"),
    ("\ufdd1", "\n"),
    ("\u00a0", " "),
)


@dataclass(frozen=True)
class Report:
    """An opened report. `heading_hints` maps 1-based line numbers to a heading level
    given by the file itself (Word heading styles, Markdown #), 0 meaning a title.
    `page_starts`: for a PDF, the offset where each page's text starts (index 0 is page 1);
    empty for other formats."""

    path: Path
    text: str
    format: str
    encoding: str = "utf-8"
    heading_hints: dict[int, int] = field(default_factory=dict)
    page_starts: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        """What the sidecar records as `source.name`: the display name (valid UTF-8)."""
        return self.display_name

    @property
    def display_name(self) -> str:
        """The file name as text: an undecodable byte becomes U+FFFD (model/filenames.py);
        `path` is the real one, for the file system."""
        return filenames.display_name(self.path)

    @property
    def display_stem(self) -> str:
        """The file name without its suffix, as text."""
        return filenames.display_text(self.path.stem)

    @cached_property
    def sha256(self) -> str:
        """Of the canonical text's UTF-8 bytes (what sidecars store), computed once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def length(self) -> int:
        return len(self.text)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of a PDF report that holds `offset`; None for other formats."""
        return page_at(self.page_starts, offset)

    def line_starts(self) -> list[int]:
        """Offset of the first character of every line (index 0 is line 1)."""
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts


def page_at(page_starts: Sequence[int], offset: int) -> int | None:
    """The 1-based page whose text holds `offset`, given each page's start; None without
    pages. A page without text never holds an offset (it starts where the next one does)."""
    if not page_starts:
        return None
    return max(1, bisect.bisect_right(page_starts, offset))


def normalise_text(text: str) -> str:
    """Make text canonical: strip leading BOMs, turn CRLF, CR, U+2028, U+2029 (and Qt's internal
    U+FDD0/U+FDD1 block marks) into "\\n", and no-break spaces into spaces.

    Afterwards QTextDocument.setPlainText(text).toPlainText() == text, so Python offsets
    and Qt positions agree (up to UTF-16 surrogates). Each check is a fast `in` test, so
    clean text costs one scan per rule and no copy.
    """
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")  # Qt drops a second one too
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            text = text.replace("\r", "\n")
    for char, replacement in _CANONICAL:
        if char in text:
            text = text.replace(char, replacement)
    return text


def load_report(path: str | os.PathLike[str]) -> Report:
    """Open a report file; raise a ReportError subclass with a clear code on bad input."""
    p = Path(path)
    _check_file(p)
    suffix = p.suffix.lower()
    pages: tuple[int, ...] = ()
    hints: dict[int, int] = {}
    if suffix == ".pdf":
        from model.report.pdf_reader import read_pdf  # pypdfium2 only when a PDF is opened

        text, pages = read_pdf(p, _read_bytes(p))
        fmt, encoding = "pdf", "pdf"
        text = normalise_text(text)  # one for one: pdf_layout.clean_text left no line ends
    elif suffix == ".docx":
        text, hints = readers.read_docx(p, max_chars=MAX_REPORT_BYTES)
        fmt, encoding = "docx", "docx"
        text = normalise_text(text)
    else:
        raw, encoding = readers.decode_text(_read_bytes(p), str(p))
        text = normalise_text(raw)
        fmt = "md" if suffix in (".md", ".markdown") else "txt"
        hints = readers.markdown_hints(text) if fmt == "md" else {}
    if not text or text.isspace():  # like `not text.strip()`, without copying 5 MB
        raise errors.ReportEmpty(str(p))
    return Report(path=p, text=text, format=fmt, encoding=encoding, heading_hints=hints,
                  page_starts=pages)


def report_from_text(text: str, name: str = "untitled.txt") -> Report:
    """A report built from a string (tests, benchmarks, pasted text)."""
    return Report(path=Path(name), text=normalise_text(text), format="txt")


def _check_file(p: Path) -> None:
    """Refuse, in this order: missing, folder, not a regular file, unsupported type,
    empty, too large, not readable."""
    try:
        info = os.stat(p)
    except (FileNotFoundError, NotADirectoryError) as exc:
        if filenames.broken_link(p):
            raise errors.ReportBrokenLink(f"{p} → {filenames.link_target(p)}") from exc
        raise errors.ReportNotFound(str(p)) from exc
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(p)) from exc
    except OSError as exc:
        if filenames.is_link_loop(exc):
            raise errors.ReportLinkLoop(str(p)) from exc
        raise errors.ReportNotFound(f"{p} ({_reason(exc)})") from exc  # name too long …
    except ValueError as exc:  # an embedded NUL
        raise errors.ReportNotFound(f"{p} ({_reason(exc)})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise errors.ReportIsDirectory(str(p))
    if not stat.S_ISREG(info.st_mode):
        raise errors.ReportNotRegular(str(p))
    suffix = p.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES and suffix not in readers.TEXT_SUFFIXES:
        raise errors.ReportUnsupported(str(p))
    if info.st_size == 0:
        raise errors.ReportEmpty(str(p))
    if info.st_size > MAX_REPORT_BYTES:
        raise errors.ReportTooLarge(str(p))
    if not os.access(p, os.R_OK):
        raise errors.ReportUnreadable(str(p))


def _read_bytes(p: Path) -> bytes:
    """Read at most one byte past the limit, so a file growing after the check is caught."""
    try:
        with open(p, "rb") as f:
            data = f.read(MAX_REPORT_BYTES + 1)
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(p)) from exc
    except OSError as exc:
        raise errors.ReportUnreadable(f"{p} ({_reason(exc)})") from exc
    if len(data) > MAX_REPORT_BYTES:
        raise errors.ReportTooLarge(str(p))
    return data


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
