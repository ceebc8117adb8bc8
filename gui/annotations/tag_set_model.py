"""Tag-set editing helpers: new tags, reordering, and the one undo step of a tag edit.

A tag edit replaces the whole tag list. Removed tags that are still in use must come with
a decision (reassign to another tag, or delete those annotations); build_tag_edit turns
the edit into one Composite command (the annotation changes, then SetTags), so undo
restores everything at once.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from gui.annotations.commands import Composite, RemoveAnnotations, ReplaceAnnotations, SetTags
from model.annotations import AnnotationSet, Change, Tag, new_id, now_iso

MAX_KEY = 9


def with_keys(tags: list[Tag]) -> list[Tag]:
    """Digit shortcuts follow the order: the first nine tags get keys 1–9, others none."""
    return [replace(t, key=i + 1 if i < MAX_KEY else 0) for i, t in enumerate(tags)]


def new_tag(existing: list[Tag], label_zh: str, label_en: str, color: str) -> Tag:
    """A tag with a fresh id and the next free digit key."""
    used = {t.key for t in existing}
    key = next((k for k in range(1, MAX_KEY + 1) if k not in used), 0)
    return Tag(f"tag-{new_id()[:8]}", label_zh, label_en or label_zh, color, key)


def moved(tags: list[Tag], tag_id: str, delta: int) -> list[Tag]:
    """The list with one tag moved `delta` places (clamped); keys renumbered."""
    order = list(tags)
    i = next((n for n, t in enumerate(order) if t.id == tag_id), None)
    if i is None:
        return order
    j = max(0, min(len(order) - 1, i + delta))
    order.insert(j, order.pop(i))
    return with_keys(order)


def build_tag_edit(aset: AnnotationSet, tags: list[Tag], removals: dict[str, str | None],
                   emit: Callable[[Change], None], text: str) -> QUndoCommand | None:
    """One undoable command for a tag-set edit, or None when nothing changes.

    Raises ValueError when a removed tag in use has no decision, or when a reassignment
    targets a tag that is not in the new set.
    """
    kept = {t.id for t in tags}
    if len(kept) != len(tags):
        raise ValueError("duplicate tag ids")
    removed_in_use = {t.id for t in aset.tags if t.id not in kept and aset.with_tag(t.id)}
    missing = removed_in_use - set(removals)
    if missing:
        raise ValueError(f"tags in use need a decision: {sorted(missing)}")
    bad = {v for k, v in removals.items() if k in removed_in_use and v is not None} - kept
    if bad:
        raise ValueError(f"cannot reassign to removed or unknown tags: {sorted(bad)}")
    if list(tags) == list(aset.tags) and not removed_in_use:
        return None
    stamp = now_iso()
    moves = [replace(a, tag=removals[a.tag], modified=stamp) for a in aset
             if a.tag in removed_in_use and removals[a.tag] is not None]
    drops = [a.id for a in aset if a.tag in removed_in_use and removals[a.tag] is None]
    steps: list[QUndoCommand] = []
    if moves:
        steps.append(ReplaceAnnotations(aset, moves, emit, text))
    if drops:
        steps.append(RemoveAnnotations(aset, drops, emit, text))
    steps.append(SetTags(aset, tags, emit, text))
    return Composite(steps, text)
