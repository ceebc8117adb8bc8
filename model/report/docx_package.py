"""A .docx package unpacked within bounds, before python-docx and lxml see it.

The 50 MB file limit says nothing about what a zip expands to: a 1.6 MB .docx can hold
450 MB of paragraphs, and a part whose headers claim 2 KB is still decompressed whole by
zipfile in one call (it truncates only afterwards). So the headers are checked first (the
total, and the compression ratio of every large part), then every part is decompressed
in bounded steps, counting what really comes out, and python-docx reads an uncompressed
copy of exactly those bytes.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from model import errors

#: All parts of a .docx together may unpack to this much (a 50 MB file of photos unpacks
#: to about 50 MB; the XML of a 1,700-page report to 20–60 MB). lxml needs about ten
#: times a part's size for its tree, so this also bounds the memory of a load.
MAX_DOCX_UNPACKED_BYTES = 128 * 1024 * 1024
#: A part larger than RATIO_FROM_BYTES compressed more than this many times is a bomb
#: (Word's XML compresses 5–30 times, photos not at all; deflate's maximum is ~1,030).
MAX_DOCX_RATIO = 200
RATIO_FROM_BYTES = 1024 * 1024
#: Decompressed per step: what one read may allocate, whatever the headers claim.
CHUNK_BYTES = 1024 * 1024

#: Where Word and WPS keep the comments (批注), and what replaces a damaged one.
COMMENTS_PART = "word/comments.xml"
EMPTY_COMMENTS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments '
                  b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
#: Word writes deflate (or stores). zipfile bounds what one deflate read returns, but not
#: one bzip2 or LZMA read.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_BROKEN = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError)


def read_package(path: Path, *, keep_bad_comments: bool = False) -> bytes:
    """The package as an uncompressed zip, every part checked. Raises ReportCorrupt (not a
    zip, no document part, a part that does not match its headers), ReportExpandsTooMuch
    or ReportUnreadable. A comments part that is not well-formed XML is emptied (python-docx
    would refuse the whole document for it, and it holds none of the report's text),
    unless `keep_bad_comments` (the comment import reports it)."""
    try:
        with zipfile.ZipFile(path) as source:
            infos = source.infolist()
            check_headers(path, infos)
            parts = {info.filename: info for info in infos}  # the last of a name wins
            out = io.BytesIO()
            budget = [MAX_DOCX_UNPACKED_BYTES]
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for name, info in parts.items():
                    data = _read_part(source, info, budget, path)
                    if name == COMMENTS_PART and not keep_bad_comments and not _well_formed(data):
                        data = EMPTY_COMMENTS
                    copy.writestr(name, data)
            return out.getvalue()
    except PermissionError as exc:
        raise errors.ReportUnreadable(str(path)) from exc
    # RuntimeError covers NotImplementedError (unknown zip version or compression method)
    # and encrypted parts.
    except _BROKEN as exc:
        raise errors.ReportCorrupt(str(path)) from exc


def check_headers(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a package with no document part, or whose headers announce a bomb."""
    if not any(i.filename.startswith("word/") and i.filename.endswith(".xml") for i in infos):
        raise errors.ReportCorrupt(str(path))
    if any(i.compress_type not in _METHODS for i in infos):
        raise errors.ReportCorrupt(f"{path} (compression method)")
    total = sum(i.file_size for i in infos)
    if total > MAX_DOCX_UNPACKED_BYTES:
        raise errors.ReportExpandsTooMuch(f"{path} ({total:,} bytes unpacked)")
    for info in infos:
        if (info.file_size > RATIO_FROM_BYTES
                and info.file_size > MAX_DOCX_RATIO * max(info.compress_size, 1)):
            raise errors.ReportExpandsTooMuch(
                f"{path} ({info.filename}: {info.compress_size:,} → {info.file_size:,} bytes)")


def _read_part(source: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int],
               path: Path) -> bytes:
    """A part's bytes, decompressed CHUNK_BYTES at a time; `budget` holds what may still
    be unpacked. zipfile stops at the size the headers give and checks the CRC there, so
    a part larger than announced ends as BadZipFile (ReportCorrupt)."""
    chunks: list[bytes] = []
    with source.open(info) as member:
        while chunk := member.read(CHUNK_BYTES):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise errors.ReportExpandsTooMuch(f"{path} ({info.filename})")
            chunks.append(chunk)
    return b"".join(chunks)


def _well_formed(xml: bytes) -> bool:
    """The part parses as XML (python-docx's parser: no entities, no network)."""
    from docx.oxml.parser import parse_xml  # only .docx reports pay for python-docx

    try:
        parse_xml(xml)
    except Exception:  # lxml's XMLSyntaxError, ValueError for odd declarations
        return False
    return True
