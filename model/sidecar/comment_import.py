"""Comments of a .docx (model.report.docx_comments_read) turned into annotations on a report.

Author and date are kept; the tag is taken from a leading tag name ("问题：…", "Problem:
…", the tag id, or 【问题】…) and the rest is the note; without one the default tag is
used. When the commented document has the report's very text, its offsets are used as
they are; otherwise (a commented copy of another version, or the report is another file)
each passage is found again by its text and context, as a sidecar is re-anchored
(model.sidecar.anchoring). A comment on a point (no text selected) marks its paragraph.
A comment whose passage cannot be found (or that has no markers) is `unplaced`: returned
as an orphaned annotation (its quote the commented text, or the comment's own text when
it marks none), never dropped silently. A
comment already in the set (same tag, span, note and author) is skipped, so importing
the same copy twice adds nothing. Replies made in Word are no annotations of their own:
they close the note of the comment they answer ("— 李处：同意").
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from model import errors
from model.annotations import (
    CONTEXT_CHARS,
    Annotation,
    AnnotationSet,
    Tag,
    new_id,
    now_iso,
    parse_time,
)
from model.followup import parse_followup_line
from model.report.docx_comments_read import CommentedDocx, DocxComment
from model.report.loading import Report
from model.sidecar.anchoring import anchor_annotations

#: Between a leading tag name and the note.
_SEPARATORS = ("：", ":", " ", "\u3000")
_BRACKETS = (("【", "】"), ("[", "]"), ("〔", "〕"))
#: Between a reply's author and its text in the note.
REPLY_SEPARATOR = "："


@dataclass(frozen=True)
class CommentImport:
    """`placed`: new annotations on the report; `unplaced`: comments whose passage is not
    there (as orphaned annotations, quote = the commented text); `duplicates`: comments
    already in the set."""

    placed: tuple[Annotation, ...]
    unplaced: tuple[Annotation, ...]
    duplicates: int

    @property
    def total(self) -> int:
        return len(self.placed) + len(self.unplaced) + self.duplicates


def split_tag(text: str, tags: list[Tag]) -> tuple[str | None, str]:
    """(tag id, note) for a comment's text: a leading tag name followed by a separator,
    or a tag name alone, gives the tag; else (None, text)."""
    stripped = text.strip()
    names = sorted(((name, t.id) for t in tags for name in (t.label_zh, t.label_en, t.id)
                    if name), key=lambda pair: -len(pair[0]))
    for opening, closing in _BRACKETS:
        for name, tag_id in names:
            head = f"{opening}{name}{closing}"
            if stripped.startswith(head):
                return tag_id, stripped[len(head):].lstrip(" ：:\u3000\n")
    for name, tag_id in names:
        if stripped == name or stripped.casefold() == name.casefold():
            return tag_id, ""
        if len(stripped) > len(name) and stripped[:len(name)].casefold() == name.casefold() \
                and stripped[len(name)] in _SEPARATORS + ("\n",):
            return tag_id, stripped[len(name):].lstrip(" ：:\u3000\n").strip()
    return None, stripped


def default_tag(annotation_set: AnnotationSet, wanted: str | None) -> str:
    """The tag for comments without a tag name: `wanted` (an id or a label), else the
    first tag of the set. Raises UnknownTag for a name not in the set."""
    if wanted:
        for t in annotation_set.tags:
            if wanted in (t.id, t.label_zh, t.label_en):
                return t.id
        raise errors.UnknownTag(wanted)
    if not annotation_set.tags:
        raise errors.UnknownTag("(no tags)")
    return annotation_set.tags[0].id


def import_comments(report: Report, commented: CommentedDocx, annotation_set: AnnotationSet,
                    *, fallback_tag: str | None = None) -> CommentImport:
    """The comments of `commented` as annotations on `report` (not added to the set)."""
    fallback = default_tag(annotation_set, fallback_tag)
    source = commented.text
    by_id = {c.id: c for c in commented.comments}
    threads = _threads(commented.comments, by_id)
    made = [_annotation(source, c, annotation_set.tags, fallback, threads.get(c.id, ()))
            for c in commented.comments if _root(c, by_id) is c]
    if source != report.text:
        # only passages are found again: a comment that marks none (its quote is its own
        # text) stays unplaced, never anchored on wherever its words happen to occur
        staged = AnnotationSet(tags=list(annotation_set.tags))
        staged.replace_all([a for a in made if not a.orphaned])
        placed_set, _summary = anchor_annotations(
            report.text, staged, old_length=len(source),
            old_sha256=hashlib.sha256(source.encode("utf-8")).hexdigest())
        placed_by_id = {a.id: a for a in placed_set}
        made = [placed_by_id.get(a.id, a) for a in made]
    existing = {_key(a) for a in annotation_set if not a.orphaned}
    placed: list[Annotation] = []
    unplaced: list[Annotation] = []
    duplicates = 0
    for a in made:
        if a.orphaned:
            unplaced.append(a)
        elif _key(a) in existing:
            duplicates += 1
        else:
            existing.add(_key(a))
            placed.append(a if a.status == "anchored" else replace(a, status="anchored"))
    return CommentImport(tuple(placed), tuple(unplaced), duplicates)


def _key(a: Annotation) -> tuple[str, int, int, str, str]:
    return (a.tag, a.start, a.end, a.note, a.author)


def _root(c: DocxComment, by_id: dict[str, DocxComment]) -> DocxComment:
    """The comment a thread starts with (`c` itself unless it is a reply)."""
    seen = {c.id}
    while c.parent is not None and c.parent in by_id and c.parent not in seen:
        c = by_id[c.parent]
        seen.add(c.id)
    return c


def _threads(comments: tuple[DocxComment, ...],
             by_id: dict[str, DocxComment]) -> dict[str, list[DocxComment]]:
    """Root comment id → its replies in document order."""
    out: dict[str, list[DocxComment]] = {}
    for c in comments:
        root = _root(c, by_id)
        if root is not c:
            out.setdefault(root.id, []).append(c)
    return out


def _annotation(text: str, c: DocxComment, tags: list[Tag], fallback: str,
                replies: Iterable[DocxComment] = ()) -> Annotation:
    tag, note = split_tag(c.text, tags)
    note, followup = _followup_of(note)
    for reply in replies:  # Word's replies go into the note: "— 李处：同意"
        note += f"\n— {reply.author.strip() or '?'}{REPLY_SEPARATOR}{reply.text.strip()}"
    note = note.strip()
    stamp = _iso(c.date) or now_iso()
    common = {"id": new_id(), "tag": tag or fallback, "note": note, "author": c.author.strip(),
              "created": stamp, "modified": stamp, **followup}
    if c.start is None or c.end is None:  # no passage: kept with its own text as quote
        return Annotation(start=0, end=0, quote=c.text.strip() or tag or fallback,
                          status="orphaned", **common)
    start, end = c.start, c.end
    if start >= end:  # a point comment: on its paragraph
        start, end = _line_around(text, start)
        if start >= end:
            return Annotation(start=0, end=0, quote=c.text.strip() or tag or fallback,
                              status="orphaned", **common)
    return Annotation(start=start, end=end, quote=text[start:end],
                      prefix=text[max(0, start - CONTEXT_CHARS):start],
                      suffix=text[end:end + CONTEXT_CHARS], **common)


def _followup_of(note: str) -> tuple[str, dict[str, str]]:
    """(the note without its follow-up line, the follow-up fields it gave): the line an
    annotated copy writes (model.followup.followup_line), wherever a colleague left it."""
    kept: list[str] = []
    found: dict[str, str] = {}
    for line in note.split("\n"):
        fields = parse_followup_line(line) if not found else None
        if fields is None:
            kept.append(line)
        else:
            found = fields
    return "\n".join(kept).strip(), found


def _line_around(text: str, offset: int) -> tuple[int, int]:
    """The line holding `offset`, without its surrounding spaces."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _iso(value: str) -> str:
    """Word's w:date ("2024-05-01T10:00:00Z", local time without a zone) as ISO 8601
    with seconds; "" when unreadable."""
    parsed = parse_time(value)
    return parsed.replace(microsecond=0).isoformat() if parsed is not None else ""
