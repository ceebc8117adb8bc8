"""Merge another reviewer's annotations into ours.

Rules: the same annotation id on both sides → the newer `modified` wins (a tie keeps
mine); ids only in the other set → added; tags only in the other set → added; a tag id on
both sides with a different colour or label → a TagConflict, settled by `resolve`
("mine", "theirs", or a per-tag-id mapping) or, when unresolved, kept as mine and reported
so the caller (the GUI) can ask the reviewer and merge again with a mapping.

`merge` never mutates its inputs. `read_anchored` loads another reviewer's sidecar without
ever touching that file, and re-anchors its annotations on the current report (it may
have been written for another version of the text).

`merge3(base, mine, theirs)` is the three-way merge for two writers of one sidecar (two
windows, a window and the `merge` verb): `base` is the last version both saw (what this
writer last read from or wrote to disk). Annotation by annotation:
- added on either side → kept (neither side's new annotations are ever dropped);
- deleted on one side, unchanged on the other → deleted;
- deleted on one side, changed on the other → kept, the changed version (reported);
- changed on both sides → the newer `modified` wins (a tie keeps mine), the other
  version is reported;
tags the same way (changed on both sides → mine, reported; a tag that a kept annotation
uses is never deleted), rejected suggestions as a set. `merge_with_disk` merges with the
sidecar as it is on disk now; call it under the sidecar's write lock.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from model import errors
from model.annotations import Annotation, AnnotationSet, Tag
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary, anchor_annotations
from model.sidecar.store import Fingerprint, load_sidecar, open_annotations

Resolve = str | Mapping[str, str] | None
_CHOICES = ("mine", "theirs")
_OLDEST = datetime.min.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class TagConflict:
    """Both sides define tag `tag_id` differently. `resolution` is "mine", "theirs" or
    None (not settled: mine was kept)."""

    tag_id: str
    mine: Tag
    theirs: Tag
    resolution: str | None


@dataclass(frozen=True)
class MergeResult:
    """The merged set plus what happened, by annotation id / tag id."""

    merged: AnnotationSet
    added: tuple[str, ...]
    updated: tuple[str, ...]
    kept: tuple[str, ...]
    tags_added: tuple[str, ...]
    conflicts: tuple[TagConflict, ...]

    @property
    def unresolved(self) -> tuple[TagConflict, ...]:
        return tuple(c for c in self.conflicts if c.resolution is None)

    @property
    def changed(self) -> bool:
        """False when merging changed nothing (no need to save)."""
        return bool(self.added or self.updated or self.tags_added
                    or any(c.resolution == "theirs" for c in self.conflicts))

    def summary(self) -> str:
        """One line for the CLI/status bar: "added 2, updated 1, kept 3, conflicts 1"."""
        return (f"added {len(self.added)}, updated {len(self.updated)}, "
                f"kept {len(self.kept)}, conflicts {len(self.conflicts)}")


def merge(base: AnnotationSet, other: AnnotationSet, resolve: Resolve = None) -> MergeResult:
    """Merge `other` into a copy of `base` (see module docstring for the rules).

    `resolve`: "mine" | "theirs" for every conflicting tag, or {tag_id: "mine"|"theirs"}.
    Raises ValueError on any other value.
    """
    _check_resolve(resolve)
    tags, tags_added, conflicts = _merge_tags(base.tags, other.tags, resolve)
    merged = AnnotationSet(tags=tags, rejected_suggestions=base.rejected_suggestions
                           | other.rejected_suggestions)
    merged.replace_all(base)  # annotations are frozen: sharing them is safe
    added: list[str] = []
    updated: list[str] = []
    kept: list[str] = []
    for theirs in other:
        if theirs.id not in base:
            merged.add(theirs)
            added.append(theirs.id)
            continue
        mine = base.get(theirs.id)
        winner = _newer(mine, theirs)
        if winner == mine:
            kept.append(theirs.id)
        else:
            merged.put(winner)
            updated.append(theirs.id)
    return MergeResult(merged, tuple(added), tuple(updated), tuple(kept),
                       tuple(tags_added), tuple(conflicts))


def _check_resolve(resolve: Resolve) -> None:
    values = [] if resolve is None else (
        [resolve] if isinstance(resolve, str) else list(resolve.values()))
    bad = [v for v in values if v not in _CHOICES]
    if bad:
        raise ValueError(f"resolve must be 'mine' or 'theirs', not {bad[0]!r}")


def _merge_tags(
    mine: list[Tag], theirs: list[Tag], resolve: Resolve
) -> tuple[list[Tag], list[str], list[TagConflict]]:
    """Mine in my order (conflicts settled), then tags only they have, in their order."""
    by_id = {t.id: t for t in theirs}
    result: list[Tag] = []
    conflicts: list[TagConflict] = []
    for tag in mine:
        other = by_id.get(tag.id)
        if other is None or _same_tag(tag, other):
            result.append(tag)
            continue
        choice = resolve.get(tag.id) if isinstance(resolve, Mapping) else resolve
        conflicts.append(TagConflict(tag.id, tag, other, choice))
        result.append(_settle(tag, other, choice))
    known = {t.id for t in mine}
    extra = [t for t in theirs if t.id not in known]
    return result + _free_keys(extra, result), [t.id for t in extra], conflicts


def _same_tag(a: Tag, b: Tag) -> bool:
    return (a.color.lower(), a.label_zh, a.label_en) == (b.color.lower(), b.label_zh, b.label_en)


def _settle(mine: Tag, theirs: Tag, choice: str | None) -> Tag:
    """Their colour and labels if chosen; the digit shortcut always stays mine."""
    return replace(theirs, key=mine.key) if choice == "theirs" else mine


def _free_keys(extra: list[Tag], existing: list[Tag]) -> list[Tag]:
    """Added tags lose a digit shortcut that one of ours already uses."""
    used = {t.key for t in existing if t.key}
    out: list[Tag] = []
    for tag in extra:
        if tag.key and tag.key in used:
            tag = replace(tag, key=0)
        used.add(tag.key)
        out.append(tag)
    return out


def _newer(mine: Annotation, theirs: Annotation) -> Annotation:
    """The annotation to keep for one id. Ties (and identical copies) keep mine.

    If theirs is newer but could not be placed in this text while mine is, their content
    (tag, note, author, times) is kept on my position rather than orphaning a good anchor.
    """
    if mine == theirs or _stamp(theirs.modified) <= _stamp(mine.modified):
        return mine
    if theirs.orphaned and not mine.orphaned:
        return replace(theirs, start=mine.start, end=mine.end, quote=mine.quote,
                       prefix=mine.prefix, suffix=mine.suffix, status=mine.status,
                       original_quote=mine.original_quote)
    return theirs


def _stamp(value: str) -> datetime:
    """Parse an ISO 8601 time; naive means UTC; unreadable or empty sorts oldest."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return _OLDEST
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def read_anchored(
    report: Report,
    path: str | os.PathLike[str],
    *,
    missing_ok: bool = False,
    allow_newer: bool = False,
) -> tuple[AnnotationSet, AnchorSummary]:
    """The annotations of sidecar `path`, re-anchored on `report`'s current text.

    Use it for another reviewer's sidecar (merge) and for read-only uses of our own (the
    export verb): the file is only read, never moved aside or rewritten, whatever its
    state. A missing file is MergeSourceMissing, or an empty set with `missing_ok`.
    Raises SidecarCorrupt / SidecarUnreadable / SidecarTooNew (unless `allow_newer`),
    with the file name in the message.
    """
    p = Path(path)
    try:
        data = load_sidecar(p, allow_newer=allow_newer)
    except errors.SidecarError as exc:
        raise type(exc)(f"{p}: {exc.detail}" if exc.detail else str(p)) from exc
    if data is None:
        if missing_ok:
            return AnnotationSet(), AnchorSummary()
        raise errors.MergeSourceMissing(str(p))
    return anchor_annotations(report.text, data.annotation_set,
                              old_length=data.source.length, old_sha256=data.source.sha256)


# --- three-way merge: two writers of one sidecar ---------------------------------------
@dataclass(frozen=True)
class AnnotationClash:
    """An annotation both sides touched. `kind`: "changed_both" (`dropped` is the older
    version, not kept) or "changed_deleted" (changed on one side, deleted on the other:
    `kept` is the changed version, `dropped` None)."""

    id: str
    kind: str
    kept: Annotation
    dropped: Annotation | None


@dataclass(frozen=True)
class Merge3Result:
    """The merged set; what it took from theirs, relative to mine (added, updated,
    removed ids); what both sides touched (clashes, tag_clashes: tag ids kept mine)."""

    merged: AnnotationSet
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    clashes: tuple[AnnotationClash, ...]
    tag_clashes: tuple[str, ...]
    tags_changed: bool
    rejected_changed: bool

    @property
    def changed(self) -> bool:
        """Does the merged set differ from mine (is there anything to apply)?"""
        return bool(self.added or self.updated or self.removed or self.tags_changed
                    or self.rejected_changed)


def snapshot(aset: AnnotationSet) -> AnnotationSet:
    """A copy to keep as the next merge's base (annotations are frozen: shared)."""
    copy = AnnotationSet(tags=list(aset.tags),
                         rejected_suggestions=set(aset.rejected_suggestions))
    copy.replace_all(aset)
    return copy


def merge3(base: AnnotationSet, mine: AnnotationSet, theirs: AnnotationSet) -> Merge3Result:
    """Three-way merge (rules in the module docstring); never mutates its inputs."""
    items: dict[str, Annotation] = {}
    added: list[str] = []
    updated: list[str] = []
    clashes: list[AnnotationClash] = []
    for ident in dict.fromkeys([*(a.id for a in mine), *(a.id for a in theirs)]):
        b = base.get(ident) if ident in base else None
        m = mine.get(ident) if ident in mine else None
        t = theirs.get(ident) if ident in theirs else None
        kept = _pick(b, m, t, clashes)
        if kept is None:
            continue
        items[ident] = kept
        if m is None:
            added.append(ident)
        elif kept is not m:
            updated.append(ident)
    removed = tuple(a.id for a in mine if a.id not in items)
    tags, tag_clashes = _merge3_tags(base.tags, mine.tags, theirs.tags, items.values())
    rejected = (mine.rejected_suggestions & theirs.rejected_suggestions) \
        | (mine.rejected_suggestions - base.rejected_suggestions) \
        | (theirs.rejected_suggestions - base.rejected_suggestions)
    merged = AnnotationSet(tags=tags, rejected_suggestions=rejected)
    merged.replace_all(items.values())
    return Merge3Result(merged, tuple(added), tuple(updated), removed, tuple(clashes),
                        tuple(tag_clashes), tags != list(mine.tags),
                        rejected != mine.rejected_suggestions)


def _pick(b: Annotation | None, m: Annotation | None, t: Annotation | None,
          clashes: list[AnnotationClash]) -> Annotation | None:
    """The version of one annotation to keep (None: deleted); clashes are appended."""
    if m is None or t is None:
        one = m if t is None else t
        assert one is not None
        if b is None:
            return one  # added on one side
        if _same(one, b):
            return None  # deleted on the other side, unchanged here
        clashes.append(AnnotationClash(one.id, "changed_deleted", one, None))
        return one
    if b is not None and _same(t, b):
        return m  # only mine changed (or nothing)
    if b is not None and _same(m, b):
        return t  # only theirs changed
    if _same(m, t):
        return m  # the same change on both sides
    winner = _newer(m, t)
    clashes.append(AnnotationClash(m.id, "changed_both", winner, t if winner is m else m))
    return winner


def _same(a: Annotation, b: Annotation) -> bool:
    """Equal but perhaps for `status` (each side re-anchored on its own: not an edit)."""
    return a == b or replace(a, status=b.status) == b


def _merge3_tags(base: list[Tag], mine: list[Tag], theirs: list[Tag],
                 used_by: Iterable[Annotation]) -> tuple[list[Tag], list[str]]:
    """Mine in my order with their edits and deletions applied, then tags they added;
    a tag still used by a kept annotation stays."""
    b, t = {x.id: x for x in base}, {x.id: x for x in theirs}
    used = {a.tag for a in used_by}
    out: list[Tag] = []
    clashes: list[str] = []
    for tag in mine:
        other = t.get(tag.id)
        old = b.get(tag.id)
        if other is None:
            if old is None or old != tag or tag.id in used:
                out.append(tag)  # new here, changed here, or still in use: kept
        elif old is not None and tag == old:
            out.append(other)  # only theirs changed it (or nobody did)
        else:
            out.append(tag)
            if other != tag and (old is None or other != old):
                clashes.append(tag.id)
    known = {x.id for x in mine}
    extra = [x for x in theirs if x.id not in known
             and (x.id not in b or x != b[x.id] or x.id in used)]
    kept = out + extra
    have = {x.id for x in kept}
    lost = [x for x in (*mine, *base) if x.id in used and x.id not in have]
    return _free_keys(kept + list({x.id: x for x in lost}.values()), []), clashes


@dataclass(frozen=True)
class DiskMerge:
    """`merge_with_disk`'s answer: the merge, and the fingerprint of the file merged
    with (the `expected` of the save that must follow under the same lock)."""

    result: Merge3Result
    fingerprint: Fingerprint | None


def merge_with_disk(report: Report, base: AnnotationSet, mine: AnnotationSet
                    ) -> DiskMerge:
    """Three-way merge of `mine` with the report's sidecar as it is on disk now.

    Hold `write_lock(sidecar_path(report.path))` around this and the save of the result
    (`save_sidecar(..., expected=fingerprint, locked=True)`) so nobody writes in between.
    A file that is absent, or damaged (moved aside as on open), brings no changes: mine
    is kept whole. A newer-schema file raises SidecarTooNew (nothing may overwrite it).
    """
    opened = open_annotations(report)
    if opened.read_only:
        raise errors.SidecarTooNew(str(opened.path))
    theirs = opened.annotation_set if opened.fingerprint is not None \
        and opened.quarantined is None else base
    return DiskMerge(merge3(base, mine, theirs), opened.fingerprint)
