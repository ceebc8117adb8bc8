"""Undoable annotation edits: thin QUndoCommands over AnnotationSet.

Each command calls exact inverse model operations (add_many ↔ remove_many, put(new) ↔
put(old), set_tags(new) ↔ set_tags(old)) and hands the returned Change to `emit`, the
controller's single notification path. Commands hold whole Annotation objects, so a redo
after an undo restores identical records (same ids, same timestamps).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from model.annotations import Annotation, AnnotationSet, Change, Tag

Emit = Callable[[Change], None]

#: QUndoCommand.id() of note edits, so consecutive edits of one note merge.
NOTE_COMMAND_ID = 1001


def _span(items: Iterable[Annotation]) -> tuple[int, int] | None:
    items = list(items)
    if not items:
        return None
    return (min(a.start for a in items), max(a.end for a in items))


class AddAnnotations(QUndoCommand):
    """Add one or more new annotations (a tagging or accepted suggestions)."""

    def __init__(self, aset: AnnotationSet, items: list[Annotation], emit: Emit,
                 text: str) -> None:
        super().__init__(text)
        self._aset, self._items, self._emit = aset, list(items), emit

    def redo(self) -> None:
        self._emit(self._aset.add_many(self._items))

    def undo(self) -> None:
        self._emit(self._aset.remove_many([a.id for a in self._items]))


class RemoveAnnotations(QUndoCommand):
    """Delete annotations; undo puts the very same records back."""

    def __init__(self, aset: AnnotationSet, ids: list[str], emit: Emit,
                 text: str) -> None:
        super().__init__(text)
        self._aset, self._emit = aset, emit
        self._items = [aset.get(i) for i in ids]

    def redo(self) -> None:
        self._emit(self._aset.remove_many([a.id for a in self._items]))

    def undo(self) -> None:
        self._emit(self._aset.add_many(self._items))


class ReplaceAnnotations(QUndoCommand):
    """Swap stored records for edited copies (retag, re-attach); undo restores the old ones."""

    def __init__(self, aset: AnnotationSet, new_items: list[Annotation], emit: Emit,
                 text: str) -> None:
        super().__init__(text)
        self._aset, self._emit = aset, emit
        self._new = list(new_items)
        self._old = [aset.get(a.id) for a in new_items]

    def redo(self) -> None:
        self._put(self._new)

    def undo(self) -> None:
        self._put(self._old)

    def _put(self, items: list[Annotation]) -> None:
        for item in items:
            self._aset.put(item)
        span = _span(self._new + self._old)
        self._emit(Change("updated", tuple(a.id for a in items), span))


class EditNote(QUndoCommand):
    """Set one annotation's note; consecutive edits of the same note merge into one step."""

    def __init__(self, aset: AnnotationSet, old: Annotation, new: Annotation, emit: Emit,
                 text: str) -> None:
        super().__init__(text)
        self._aset, self._emit = aset, emit
        self._old, self._new = old, new

    @property
    def annotation_id(self) -> str:
        return self._old.id

    def id(self) -> int:  # noqa: A003 - Qt override
        return NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditNote) or other.annotation_id != self.annotation_id:
            return False
        self._new = other._new
        self.setObsolete(self._new.note == self._old.note)
        return True

    def amend(self, new: Annotation) -> None:
        """Fold a later edit of the same note into this (already done) step."""
        self._new = new
        self.redo()

    def redo(self) -> None:
        self._emit(self._aset.put(self._new))

    def undo(self) -> None:
        self._emit(self._aset.put(self._old))


class SetTags(QUndoCommand):
    """Replace the tag set (add, rename, recolour, reorder, remove)."""

    def __init__(self, aset: AnnotationSet, tags: list[Tag], emit: Emit,
                 text: str) -> None:
        super().__init__(text)
        self._aset, self._emit = aset, emit
        self._old, self._new = list(aset.tags), list(tags)

    def redo(self) -> None:
        self._emit(self._aset.set_tags(self._new))

    def undo(self) -> None:
        self._emit(self._aset.set_tags(self._old))


class Composite(QUndoCommand):
    """Several commands as one undo step (children held in Python, run in order).

    Qt's parent/child QUndoCommands are avoided: PySide does not keep the Python
    wrappers of child commands alive, and their overridden redo() would crash.
    """

    def __init__(self, steps: list[QUndoCommand], text: str) -> None:
        super().__init__(text)
        self._steps = list(steps)

    def redo(self) -> None:
        for step in self._steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()


class RejectSuggestions(QUndoCommand):
    """Remember suggestion keys as rejected (kept in the sidecar); undo forgets them.

    Emits Change("rejected", span=…): no annotation changed, but the autosave runs and the
    suggestion list refreshes."""

    def __init__(self, aset: AnnotationSet, keys: list[str], span: tuple[int, int] | None,
                 emit: Emit, text: str) -> None:
        super().__init__(text)
        self._aset, self._emit, self._span = aset, emit, span
        self._keys = [k for k in dict.fromkeys(keys) if k not in aset.rejected_suggestions]

    def redo(self) -> None:
        self._aset.rejected_suggestions.update(self._keys)
        self._emit(Change("rejected", (), self._span))

    def undo(self) -> None:
        self._aset.rejected_suggestions.difference_update(self._keys)
        self._emit(Change("rejected", (), self._span))


class ReplaceSet(QUndoCommand):
    """Replace the tag set, every annotation and the rejected suggestions at once (an
    imported review merged in); undo restores the previous records exactly."""

    def __init__(self, aset: AnnotationSet, new: AnnotationSet, emit: Emit, text: str) -> None:
        super().__init__(text)
        self._aset, self._emit = aset, emit
        self._old = (list(aset.tags), list(aset), set(aset.rejected_suggestions))
        self._new = (list(new.tags), list(new), set(new.rejected_suggestions))

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, state: tuple[list[Tag], list[Annotation], set[str]]) -> None:
        tags, items, rejected = state
        self._emit(self._aset.set_tags(tags))
        self._aset.rejected_suggestions.clear()
        self._aset.rejected_suggestions.update(rejected)
        self._emit(self._aset.replace_all(items))
