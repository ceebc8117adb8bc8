"""Merge another reviewer's annotations into ours.

Rules: the outline corrections are mine (another reviewer's are not merged); the same
annotation id on both sides → the newer `modified` wins (a tie keeps
mine); ids only in the other set → added; tags only in the other set → added; a tag id on
both sides with a different colour or label → a TagConflict, settled by `resolve`
("mine", "theirs", or a per-tag-id mapping) or, when unresolved, kept as mine and reported
so the caller (the GUI) can ask the reviewer and merge again with a mapping.

`merge` never mutates its inputs. `read_placed` loads another reviewer's sidecar without
ever touching that file, and re-anchors its annotations on the current report (it may
have been written for another version of the text); it also returns what was read
(repairs, salvage problems, the report it was made for). `made_for_other_report` tells
a file made for a different report from one made for another version of this one.
The three-way merge of two writers of one sidecar is model/sidecar/merge3.py.
"""
from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from model import errors
from model.annotations import Annotation, AnnotationSet, Tag, parse_time
from model.filenames import display_text, link_loop
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary, anchor_annotations
from model.sidecar.format import SidecarData, SourceInfo
from model.sidecar.salvage import SidecarProblem
from model.sidecar.store import load_sidecar

Resolve = str | Mapping[str, str] | None
_CHOICES = ("mine", "theirs")
_OLDEST = datetime.min.replace(tzinfo=timezone.utc)
#: An annotation file for another text and another name is a different report when
#: fewer than this share of its quotes are found (see made_for_other_report).
MIN_FOUND_SHARE = 0.5


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
                           | other.rejected_suggestions,
                           outline_corrections=list(base.outline_corrections))
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
        winner = newer(mine, theirs)
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
    return result + free_keys(extra, result), [t.id for t in extra], conflicts


def _same_tag(a: Tag, b: Tag) -> bool:
    return (a.color.lower(), a.label_zh, a.label_en) == (b.color.lower(), b.label_zh, b.label_en)


def _settle(mine: Tag, theirs: Tag, choice: str | None) -> Tag:
    """Their colour and labels if chosen; the digit shortcut always stays mine."""
    return replace(theirs, key=mine.key) if choice == "theirs" else mine


def free_keys(extra: list[Tag], existing: list[Tag]) -> list[Tag]:
    """Added tags lose a digit shortcut that one of ours already uses."""
    used = {t.key for t in existing if t.key}
    out: list[Tag] = []
    for tag in extra:
        if tag.key and tag.key in used:
            tag = replace(tag, key=0)
        used.add(tag.key)
        out.append(tag)
    return out


def newer(mine: Annotation, theirs: Annotation) -> Annotation:
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
    return parse_time(value) or _OLDEST


@dataclass(frozen=True)
class PlacedSidecar:
    """A sidecar read (never touched) and placed on the current text: its annotations,
    how they landed, what was read (`data`: None when there was no file, read with
    missing_ok) and what it says about the report it was made for (`source`)."""

    path: Path
    annotation_set: AnnotationSet
    summary: AnchorSummary
    data: SidecarData | None
    source: SourceInfo

    @property
    def found(self) -> int:
        """How many of its annotations were found in the report's text."""
        return self.summary.total - self.summary.orphaned

    @property
    def repaired(self) -> int:
        return self.data.repaired if self.data is not None else 0

    @property
    def problems(self) -> list[SidecarProblem]:
        return self.data.problems if self.data is not None else []


def read_anchored(
    report: Report,
    path: str | os.PathLike[str],
    *,
    missing_ok: bool = False,
    allow_newer: bool = False,
) -> tuple[AnnotationSet, AnchorSummary]:
    """read_placed(...) as (annotation set, summary)."""
    placed = read_placed(report, path, missing_ok=missing_ok, allow_newer=allow_newer)
    return placed.annotation_set, placed.summary


def read_placed(
    report: Report,
    path: str | os.PathLike[str],
    *,
    missing_ok: bool = False,
    allow_newer: bool = False,
) -> PlacedSidecar:
    """The annotations of sidecar `path`, re-anchored on `report`'s current text.

    Use it for another reviewer's sidecar (merge) and for read-only uses of our own (the
    export verb): the file is only read, never moved aside or rewritten, whatever its
    state. A missing file is MergeSourceMissing, or an empty set with `missing_ok`. A
    partly damaged file gives what salvage could read (`problems`). Raises
    SidecarCorrupt / SidecarUnreadable (SidecarNotRegular) / SidecarTooNew (unless
    `allow_newer`), SidecarLinkLoop, with the file name in the message.
    """
    p = Path(path)
    if link_loop(p):
        raise errors.SidecarLinkLoop(str(p))
    try:
        data = load_sidecar(p, allow_newer=allow_newer)
    except errors.SidecarError as exc:
        named = exc.detail.startswith(str(p))  # the detail may name the file already
        raise type(exc)(exc.detail if named else f"{p}: {exc.detail}" if exc.detail
                        else str(p)) from exc
    if data is None:
        if missing_ok:
            return PlacedSidecar(p, AnnotationSet(), AnchorSummary(), None,
                                 SourceInfo.of(report))
        raise errors.MergeSourceMissing(str(p))
    placed, summary = anchor_annotations(report.text, data.annotation_set,
                                         old_length=data.source.length,
                                         old_sha256=data.source.sha256)
    return PlacedSidecar(p, placed, summary, data, data.source)


def made_for_other_report(report: Report, other: PlacedSidecar) -> bool:
    """Was `other` made for a different report than `report`?

    The principle: an annotation file belongs to the report it is merged into unless all
    three signs say otherwise.
    - The same text (source.sha256): the same report, whatever its name.
    - The same name (source.name, compared as text: Unicode NFC, case folded): another
      version of the same report; re-anchoring places what it can, as always, and keeps
      the rest as orphans.
    - Another name, but at least half of its quotes found in this text: a renamed copy.
    Only another text AND another name AND fewer than MIN_FOUND_SHARE of its quotes found
    make a different report: merging it would add little but orphans, so the merge verb
    refuses it without --force and the window asks the reviewer (default No).
    A file without annotations is never refused: it adds nothing to lose."""
    if other.source.sha256 == report.sha256:
        return False
    if _same_name(other.source.name, report.display_name):
        return False
    total = other.summary.total
    return total > 0 and other.found < MIN_FOUND_SHARE * total


def _same_name(a: str, b: str) -> bool:
    def fold(name: str) -> str:
        return unicodedata.normalize("NFC", display_text(name).strip()).casefold()

    return bool(a.strip()) and fold(a) == fold(b)
