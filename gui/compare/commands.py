"""The compare window's undo steps. Each names the links it removes and adds by id, so an
undo still applies after a merge from disk brought in other links."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from gui.annotations.controller import Controller
from gui.compare.decisions import Decisions
from model.annotations import Annotation
from model.compare.store import Link


class EditLinks(QUndoCommand):
    """Remove `remove` and add `add` (a changed link: the old one out, the new one in)."""

    def __init__(self, decisions: Decisions, remove: list[Link], add: list[Link],
                 text: str) -> None:
        super().__init__(text)
        self._decisions, self._remove, self._add = decisions, remove, add

    def redo(self) -> None:
        self._decisions.apply([k.id for k in self._remove], self._add)

    def undo(self) -> None:
        self._decisions.apply([k.id for k in self._add], self._remove)


class AcceptCommitment(QUndoCommand):
    """A suggested commitment of A tagged in A's sidecar, through A's annotation
    controller (its autosave writes the sidecar atomically, as in the main window)."""

    def __init__(self, tagging: Callable[[], Controller | None], annotation: Annotation,
                 text: str, done: Callable[[], None]) -> None:
        """`tagging`: A's controller when the step is done or undone (the main window's
        may have gone meanwhile, and the compare window's own taken its place)."""
        super().__init__(text)
        self._tagging, self._annotation, self._done = tagging, annotation, done

    def redo(self) -> None:
        if (tagging := self._tagging()) is not None:
            tagging.accept_suggestions([self._annotation])
            tagging.save_now()
        self._done()

    def undo(self) -> None:
        if (tagging := self._tagging()) is not None:
            tagging.remove([self._annotation.id])
            tagging.save_now()
        self._done()
