"""Comments (批注) in a .docx, with the canonical-text offsets of the passages they mark.

A colleague's comments made in Word or WPS live in word/comments.xml (w:comment: id,
author, date, paragraphs); the passage is between w:commentRangeStart and
w:commentRangeEnd with the same id in document.xml. The offsets are into the document's
canonical text (as model.report.loading makes it), found by model.report.docx_offsets.
The package is read within the same bounds as a report (model.report.docx_package).
Replies made in Word (threaded comments) are linked to the comment they answer through
word/commentsExtended.xml (w15:commentEx paraIdParent, naming the last paragraph of each
comment by its w14:paraId): `DocxComment.parent`.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model import errors
from model.report import docx_package
from model.report.docx_offsets import build_map
from model.report.loading import normalise_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_COMMENTS_TYPE = "/comments"  # the end of the relationship type of word/comments.xml
_EXTENDED_TYPE = "/commentsExtended"
_W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


@dataclass(frozen=True)
class DocxComment:
    """One comment: `start`/`end` are None when its markers are missing or out of order;
    `parent` is the id of the comment it replies to (None for a comment of its own)."""

    id: str
    author: str
    date: str
    text: str
    start: int | None
    end: int | None
    parent: str | None = None


@dataclass(frozen=True)
class CommentedDocx:
    """The canonical text of the document and its comments in document order."""

    text: str
    comments: tuple[DocxComment, ...]


def read_comments(path: str | Path) -> CommentedDocx:
    """Read a .docx's comments. Raises DocxCommentsMalformed for a comments part that
    is not well-formed XML or a comment without an id, and the report errors
    (ReportCorrupt, ReportExpandsTooMuch …) for the package itself."""
    p = Path(path)
    package = _read_package(p)
    comments_xml = _comments_part(package, p)
    comments = _parse_comments(comments_xml, p) if comments_xml is not None else []
    parents = _reply_parents(package, comments_xml) if comments else {}
    try:
        import docx

        document = docx.Document(io.BytesIO(package))
        text_map = build_map(document)
    except errors.ModelError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on a damaged package
        raise errors.ReportCorrupt(str(p)) from exc
    text = normalise_text(text_map.text)
    shift = len(text_map.text) - len(text)  # a leading BOM the canonical text drops
    out: list[DocxComment] = []
    for cid, author, date, body in comments:
        start, end = text_map.range_starts.get(cid), text_map.range_ends.get(cid)
        if start is not None and end is not None and start <= end:
            start, end = max(start - shift, 0), max(end - shift, 0)
        else:
            start = end = None
        out.append(DocxComment(cid, author, date, body, start, end, parents.get(cid)))
    out.sort(key=lambda c: (c.start is None, c.start or 0, c.end or 0))
    return CommentedDocx(text, tuple(out))


def check_comments(path: str | Path) -> None:
    """Raise DocxCommentsMalformed when the comments part cannot be read (before the
    report itself is opened: python-docx refuses the whole file for it)."""
    p = Path(path)
    xml = _comments_part(_read_package(p), p)
    if xml is not None:
        _parse_comments(xml, p)


def _read_package(p: Path) -> bytes:
    """The package within bounds; a missing file, a folder or another type first get
    the messages opening a report gives."""
    if p.is_dir():
        raise errors.ReportIsDirectory(str(p))
    if not p.exists():
        raise errors.ReportNotFound(str(p))
    if p.suffix.lower() != ".docx":
        raise errors.CommentsNeedDocx(str(p))
    return docx_package.read_package(p, keep_bad_comments=True)


def _comments_part(package: bytes, path: Path) -> bytes | None:
    """The bytes of the part document.xml's relationships name as its comments, or
    word/comments.xml; None when there is none."""
    return _part(package, _COMMENTS_TYPE, "word/comments.xml")


def _part(package: bytes, rel_type: str, default: str) -> bytes | None:
    """The part of document.xml's relationship whose type ends in `rel_type`."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        names = set(z.namelist())
        target = default
        if "word/_rels/document.xml.rels" in names:
            rels = _parse(z.read("word/_rels/document.xml.rels"))
            if rels is not None:
                for rel in rels.iter(_REL):
                    if (rel.get("Type") or "").endswith(rel_type):
                        target = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
                        target = target.lstrip("/")
                        break
        return z.read(target) if target in names else None


def _reply_parents(package: bytes, comments_xml: bytes | None) -> dict[str, str]:
    """Comment id → id of the comment it replies to. Anything unreadable in
    commentsExtended.xml gives no threads (the replies stay comments of their own)."""
    extended = _part(package, _EXTENDED_TYPE, "word/commentsExtended.xml")
    root = _parse(extended) if extended is not None else None
    comments = _parse(comments_xml) if comments_xml is not None else None
    if root is None or comments is None:
        return {}
    by_para: dict[str, str] = {}  # paraId of a comment's last paragraph → comment id
    for comment in comments.iterchildren(_W + "comment"):
        paragraphs = list(comment.iter(_W + "p"))
        para_id = paragraphs[-1].get(_W14_PARA_ID) if paragraphs else None
        if para_id and comment.get(_W + "id"):
            by_para[para_id] = comment.get(_W + "id")
    parents: dict[str, str] = {}
    for entry in root.iter(_W15 + "commentEx"):
        child = by_para.get(entry.get(_W15 + "paraId") or "")
        parent = by_para.get(entry.get(_W15 + "paraIdParent") or "")
        if child and parent and child != parent:
            parents[child] = parent
    return parents


def _parse(xml: bytes) -> Any:
    """python-docx's parser (no entities resolved, no network); None when not XML."""
    from docx.oxml.parser import parse_xml

    try:
        return parse_xml(xml)
    except Exception:  # lxml's XMLSyntaxError, ValueError for odd declarations
        return None


def _parse_comments(xml: bytes, path: Path) -> list[tuple[str, str, str, str]]:
    """(id, author, date, text) of every w:comment; the text's paragraphs joined by
    newlines."""
    root = _parse(xml)
    if root is None or root.tag != _W + "comments":
        raise errors.DocxCommentsMalformed(str(path))
    out: list[tuple[str, str, str, str]] = []
    for comment in root.iterchildren(_W + "comment"):
        cid = comment.get(_W + "id")
        if cid is None or not cid.strip():
            raise errors.DocxCommentsMalformed(f"{path} (a comment without an id)")
        paragraphs = ["".join(_run_text(r) for r in p.iter(_W + "r"))
                      for p in comment.iter(_W + "p")]
        out.append((cid, comment.get(_W + "author", ""), comment.get(_W + "date", ""),
                    "\n".join(paragraphs).strip()))
    return out


def _run_text(r: Any) -> str:
    parts = []
    for child in r.iterchildren():
        if child.tag == _W + "t":
            parts.append(child.text or "")
        elif child.tag in (_W + "tab", _W + "ptab"):
            parts.append("\t")
        elif child.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)
