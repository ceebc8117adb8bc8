"""The reviewer's corrections of the open report's outline, each one undoable step.

Owned by the Controller (`controller.outline_edits`), on its undo stack; it knows the
controller only as an `Owner` (below), so the import goes one way: controller → here.
The corrections are kept in the AnnotationSet (`outline_corrections`, saved with the
annotations; schema 2) and applied here to the detector's outline
(model.outline.corrections.apply); the result goes to the session (`session.set_outline`
→ `outline_ready`), so that every view shows it: the tree, the status-bar path, tag
counts, section columns, citations and exports.
They are applied again after each edit, its undo and redo, and whenever the annotation
set is replaced (a report opened, the sidecar reloaded).

Signals: lost_changed(list): the corrections whose line is gone from the report (kept in
the sidecar, listed with the orphaned annotations; [] when there are none).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand

from model.annotations import AnnotationSet, Change, OutlineCorrection
from model.outline.corrections import (
    apply,
    can_shift,
    line_span,
    lost,
    make_correction,
    node_on_line,
    node_span,
    with_correction,
)
from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from gui.annotations.autosave import Autosave
    from gui.document.session import ReportSession
    from model.report.loading import Report

#: What a correction acts on: an outline node (the tree), or a text offset (its line).
Target = OutlineNode | int

#: The levels the window offers (menu texts, also the undo steps' names without "&").
HEADING_TEXTS = (
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level &1 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level &2 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level &3 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level &4 Heading"),
)


#: The same without a mnemonic: the undo steps' names, the lost corrections' list.
HEADING_NAMES = (
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level 1 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level 2 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level 3 Heading"),
    QT_TRANSLATE_NOOP("OutlineEdits", "Make Level 4 Heading"),
)


def heading_text(level: int, *, menu: bool = True) -> str:
    """The translated text for a level (1–4): a menu entry's, or a plain name."""
    texts = HEADING_TEXTS if menu else HEADING_NAMES
    return QCoreApplication.translate("OutlineEdits", texts[level - 1])


class Owner(Protocol):
    """What the corrections need of the annotation controller that owns them."""

    annotations_changed: SignalInstance
    message: SignalInstance
    annotation_set: AnnotationSet
    author: str
    autosave: Autosave
    session: ReportSession
    undo_stack: QUndoStack

    @property
    def report(self) -> Report | None: ...

    @property
    def text(self) -> str: ...

    def can_edit(self) -> bool:
        """A report open and the annotations not read-only (else it says why)."""
        ...


class SetCorrections(QUndoCommand):
    """Replace the outline corrections; undo puts the previous list back."""

    def __init__(self, edits: OutlineEdits, aset: AnnotationSet,
                 new: list[OutlineCorrection], text: str) -> None:
        super().__init__(text)
        self._edits, self._aset = edits, aset
        self._old, self._new = list(aset.outline_corrections), list(new)

    def redo(self) -> None:
        self._edits.store(self._aset, self._new)

    def undo(self) -> None:
        self._edits.store(self._aset, self._old)


class OutlineEdits(QObject):
    """Make a line a heading at a level, remove a node, promote or demote one with its
    subtree, reset to the detected outline, forget lost corrections."""

    lost_changed = Signal(list)

    def __init__(self, controller: Owner) -> None:
        super().__init__(controller)  # type: ignore[arg-type]  # the Controller, a QObject
        self._c = controller
        self._shown: tuple[Outline, tuple[OutlineCorrection, ...]] | None = None
        self.lost: list[OutlineCorrection] = []
        controller.annotations_changed.connect(self._on_change)

    @property
    def corrections(self) -> list[OutlineCorrection]:
        return list(self._c.annotation_set.outline_corrections)

    # --- applying -------------------------------------------------------------------------
    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if change.kind == "reset":  # opened, reloaded or closed: another annotation set
            self.refresh()

    def refresh(self) -> None:
        """Apply the corrections to the detected outline and show the result (nothing is
        done when neither changed since last time)."""
        report, detected = self._c.report, self._c.session.detected_outline
        if report is None or detected is None:
            self._shown = None
            self._set_lost([])
            return
        corrections = tuple(self._c.annotation_set.outline_corrections)
        if self._shown is not None and self._shown[0] is detected \
                and self._shown[1] == corrections:
            return
        self._shown = (detected, corrections)
        outline = apply(detected, corrections, report.text)
        if outline is not self._c.session.outline:
            self._c.session.set_outline(outline)
        self._set_lost(lost(corrections, report.text))

    def _set_lost(self, items: list[OutlineCorrection]) -> None:
        if items != self.lost:
            self.lost = items
            self.lost_changed.emit(list(items))

    def store(self, aset: AnnotationSet, corrections: list[OutlineCorrection]) -> None:
        """Undo commands only: keep `corrections` in `aset`, show and save them."""
        aset.set_outline_corrections(corrections)
        if aset is self._c.annotation_set:
            self.refresh()
            self._c.autosave.schedule()

    # --- edits (each returns where it acted, a text offset, or None) ------------------------
    def make_heading(self, target: Target, level: int) -> int | None:
        """The target's line (or node) becomes a heading at depth `level` (1 = top)."""
        text, outline = self._c.text, self._c.session.outline
        if not self._can_edit() or outline is None:
            return None
        if isinstance(target, OutlineNode):
            span = node_span(text, target)
        else:
            span = line_span(text, target)
            node = node_on_line(outline, text, target)
            if node is not None and span is not None and node.start <= span[0]:
                span = node_span(text, node) or span  # the line's entry itself
        if span is None:
            self._say(self.tr("There is no text on this line to make a heading."))
            return None
        name = heading_text(level, menu=False) if 1 <= level <= len(HEADING_TEXTS) else ""
        return self._add(make_correction(text, span, "heading", level=level,
                                         author=self._c.author), name)

    def remove(self, target: Target) -> int | None:
        """The target's node is not an outline entry any more (its children move up)."""
        node = self._node(target)
        span = node_span(self._c.text, node) if node is not None else None
        if span is None:
            return None
        return self._add(make_correction(self._c.text, span, "remove", author=self._c.author),
                         self.tr("Remove from Outline"))

    def shift(self, target: Target, by: int) -> int | None:
        """Promote (-1) or demote (+1) the target's node with its subtree."""
        node, outline = self._node(target), self._c.session.outline
        if node is None or outline is None:
            return None
        if not can_shift(outline, node, by):
            why = self.tr("“%1” is at the top level already.") if by < 0 else self.tr(
                "“%1” has no earlier entry at its level to go under.")
            self._say(why.replace("%1", node.label))
            return None
        span = node_span(self._c.text, node)
        if span is None:
            return None
        text = self.tr("Promote in Outline") if by < 0 else self.tr("Demote in Outline")
        return self._add(make_correction(self._c.text, span, "shift", by=by,
                                         author=self._c.author), text)

    def reset(self) -> bool:
        """Drop every correction (one undo step): the detector's outline again."""
        if not self._can_edit():
            return False
        if not self._c.annotation_set.outline_corrections:
            self._say(self.tr("The outline is the detected one: nothing to reset."))
            return False
        self._push([], self.tr("Reset to Detected Outline"))
        return True

    def forget(self, ids: list[str]) -> bool:
        """Delete corrections (lost ones the reviewer gave up on), as one undo step."""
        gone = set(ids)
        kept = [c for c in self.corrections if c.id not in gone]
        if len(kept) == len(self.corrections) or not self._can_edit():
            return False
        self._push(kept, self.tr("Delete %n Outline Correction(s)", "",
                                  len(self.corrections) - len(kept)))
        return True

    # --- helpers -----------------------------------------------------------------------------
    def _node(self, target: Target) -> OutlineNode | None:
        """The node a remove or shift acts on: the given one, or the one on the line."""
        outline = self._c.session.outline
        if not self._can_edit() or outline is None:
            return None
        if isinstance(target, OutlineNode):
            return target
        node = node_on_line(outline, self._c.text, target)
        if node is None:
            self._say(self.tr("There is no outline entry on this line."))
        return node

    def _add(self, correction: OutlineCorrection, text: str) -> int:
        detected = self._c.session.detected_outline
        assert detected is not None  # an outline is shown
        self._push(with_correction(self.corrections, correction, detected, self._c.text), text)
        return correction.start

    def _push(self, corrections: list[OutlineCorrection], text: str) -> None:
        self._c.undo_stack.push(SetCorrections(self, self._c.annotation_set, corrections, text))

    def _can_edit(self) -> bool:
        """The controller's rule (a report open, the annotations not read-only), with its
        messages: this object is part of the controller."""
        return self._c.can_edit()

    def _say(self, text: str) -> None:
        self._c.message.emit(text)
