"""Controller: the only code that mutates a report's annotations.

Every mutation is a QUndoCommand (gui/annotations/commands.py) pushed on one QUndoStack; each model
call returns a Change that is emitted once through `annotations_changed`. The sidecar is
saved by gui/annotations/autosave.py after every change (debounced) and the stack's clean state tracks
what is on disk.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.annotations.autosave import DEFAULT_DELAY_MS, Autosave
from gui.annotations.commands import (
    AddAnnotations,
    EditNote,
    RejectSuggestions,
    RemoveAnnotations,
    ReplaceAnnotations,
    ReplaceSet,
)
from gui.annotations.outline_edits import OutlineEdits
from gui.annotations.sharing import SharedSidecar
from gui.annotations.sidecar_open import SidecarOpening
from gui.annotations.tag_set_edits import TagSetEdits
from gui.common.release import release_later
from gui.document.session import ReportSession
from model.annotations import (
    CONTEXT_CHARS,
    DEFAULT_TAGS,
    Annotation,
    AnnotationSet,
    Change,
    Tag,
    make_annotation,
    now_iso,
)
from model.followup import FIELDS as FOLLOWUP_FIELDS
from model.outline.tree import Outline
from model.report.loading import Report
from model.report.sentences import sentence_at
from model.sidecar import store as sidecar
from model.sidecar.merge3 import snapshot
from model.surrogates import repair


class Controller(SidecarOpening, SharedSidecar, TagSetEdits, QObject):
    """Owns the open report's session (gui/document/session.py), its AnnotationSet and
    undo stack; follows the session: a report opened loads its sidecar, a report closing
    is saved.

    Signals:
        opened(): a report was opened (after the first annotations_changed reset).
        closing(): the report's annotations are about to be saved and closed (commit edits).
        annotations_changed(Change): one per model mutation (kinds as model.annotations).
        tags_changed(): the tag set changed (also sent as annotations_changed(kind="tags")).
        dirty_changed(bool): unsaved changes exist (drives the window title's [*]).
        anchoring_summarised(object): the sidecar loader's summary after open/reload.
        default_tags_chosen(object): tuple[Tag, ...] the user wants for new documents.
        message(str): a short status-bar line.
        error(code, detail): a model error code (gui/common/labels.py has the text).
        conflict_detected(): the sidecar changed on disk; call merge_with_disk(),
            reload_from_disk() or keep_mine() (or nothing yet: asked again at the next save).
        conflict_resolved(): one of those three settled it.
        lock_changed(object): after open, take_over() and close: the LockInfo of another
            window editing the report (read-only here), or None.
        save_failed(code, detail): autosave could not write; offer save_as(path).
        load_problems(object): list[SidecarProblem] of a salvaged sidecar ([] on close).
        loading_changed(bool): a large sidecar is being read in the background (True; the
            text is shown, editing waits) or is done (False, just before opened()).

    `lang` ("zh"/"en") picks tag labels in every view; `default_tags` is the tag set of a
    report annotated for the first time. Reading the sidecar when a report opens:
    gui/annotations/sidecar_open.py; tag set edits: gui/annotations/tag_set_edits.py;
    the editing lock and conflicts: gui/annotations/sharing.py.
    """

    opened = Signal()
    closing = Signal()
    annotations_changed = Signal(object)
    tags_changed = Signal()
    dirty_changed = Signal(bool)
    anchoring_summarised = Signal(object)
    default_tags_chosen = Signal(object)
    message = Signal(str)
    error = Signal(str, str)
    conflict_detected = Signal()
    conflict_resolved = Signal()
    lock_changed = Signal(object)
    loading_changed = Signal(bool)
    save_failed = Signal(str, str)
    load_problems = Signal(object)

    def __init__(self, author: str = "", parent: QObject | None = None, *, lang: str = "en",
                 default_tags: tuple[Tag, ...] = DEFAULT_TAGS,
                 autosave_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent)
        self.author = author
        self.lang = lang
        self.default_tags: tuple[Tag, ...] = default_tags or DEFAULT_TAGS
        self.annotation_set = AnnotationSet()
        self.read_only = False
        self.summary: Any = None
        self.quarantined: Path | None = None  # where a damaged sidecar was moved
        self.problems: list[Any] = []  # SidecarProblem of a salvaged sidecar
        self._loaded = False  # the session's report has its annotations here
        self._render_cache = sidecar.RenderCache()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.autosave = Autosave(self._write, sidecar.sidecar_changed_on_disk, autosave_ms, self)
        self.autosave.saved.connect(self.undo_stack.setClean)
        self.autosave.conflict_detected.connect(self.conflict_detected)
        self.autosave.save_failed.connect(self._on_save_failed)
        self._init_sharing()
        self._init_loading()
        # the session's first listener on closing (annotations saved before the views empty)
        # and on opened (which follows outline_ready: the views show the outline first)
        self.session = ReportSession(self)
        self.session.closing.connect(self._on_session_closing)
        self.session.opened.connect(self._on_session_opened)
        self.outline_edits = OutlineEdits(self)  # the outline corrections (first listener)
        #: Asks the reviewer's name before the first tag when none was ever given
        #: (set by gui/annotations/actions.py; see ensure_author).
        self.author_prompt: Callable[[], None] | None = None

    # --- state ----------------------------------------------------------------------
    @property
    def sidecar_path(self) -> Path | None:
        return self.autosave.path

    @property
    def text(self) -> str:
        return self.report.text if self.report is not None else ""

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def tag(self, tag_id: str) -> Tag | None:
        return self.annotation_set.tag(tag_id)

    @property
    def report(self) -> Report | None:
        """The session's report once its annotations are loaded (None before and after)."""
        return self.session.report if self._loaded else None

    @property
    def outline(self) -> Outline | None:
        return self.session.outline

    # --- open / close -----------------------------------------------------------------
    def open(self, report: Report, outline: Outline) -> None:
        """Make an already loaded report the session's open one (its annotations load)."""
        self.session.show(report, outline)

    @Slot()
    def close(self) -> None:
        """Save pending changes and close the report (its views empty out)."""
        self.session.close()

    def _start_over(self, path: Path | None, fingerprint: Any) -> None:
        """A new annotation set (opened, reloaded or closed): autosave to `path` (None:
        nowhere), no undo history, every view reset."""
        self.autosave.reset(path, fingerprint, enabled=path is not None and not self.read_only)
        self._base = snapshot(self.annotation_set)  # what is on disk (merge3's base)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.annotations_changed.emit(Change("reset"))
        self.tags_changed.emit()
        if path is not None:
            self.anchoring_summarised.emit(self.summary)
        self.dirty_changed.emit(False)

    @Slot()
    def _on_session_closing(self) -> None:
        """Let editors commit (closing), save what changed and forget the annotations:
        reading a report leaves no file beside it."""
        self._finish_loading_now()
        if not self._loaded:
            return
        self.closing.emit()
        self.save_now()  # in conflict: asks again (conflict_detected)
        self._close_shared()  # still in conflict: merged; the editing lock released
        self._loaded = False
        self.summary = None
        # freed in later turns, not in the stall of showing the next report (release.py)
        release_later(self, self.annotation_set, self._render_cache,
                      self._base)
        self.annotation_set, self.read_only, self.quarantined = AnnotationSet(), False, None
        self.problems = []
        self.load_problems.emit([])
        self._render_cache = sidecar.RenderCache()
        self._start_over(None, None)

    @Slot()
    def save_now(self) -> bool:
        """Write pending changes now (on close); False if nothing could be written."""
        if self.undo_stack.isClean() and not self.autosave.pending:
            return True
        return self.autosave.save_now()

    def save_as(self, path: Path) -> bool:
        """Write to another file (after `sidecar_unwritable`); later autosaves go there."""
        return self.autosave.force_save(Path(path))

    def _write(self, path: Path) -> Any:
        assert self.report is not None
        # re-encode only annotations changed since the last save; our own last fingerprint
        # lets the model skip re-reading the file (a stat suffices)
        return sidecar.save_sidecar(path, self.report, self.annotation_set,
                                    cache=self._render_cache, expected=self._expected(path),
                                    locked=self._write_locked)

    # --- notifications ---------------------------------------------------------------
    def _emit(self, change: Change) -> None:
        """The single path from a model mutation to the views and the autosave."""
        self.annotations_changed.emit(change)
        if change.kind == "tags":
            self.tags_changed.emit()
        self.autosave.schedule()

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def can_edit(self) -> bool:
        if self._loading is not None:
            self.message.emit(self.tr("The annotations are still loading; try again in a "
                                      "moment."))
            return False
        if self.report is None:
            return False
        if self.read_only and self.lock_holder is not None:
            self.message.emit(self.tr("Annotations are read-only: the report is open for "
                                      "editing in another Yuepi window."))
            return False
        if self.read_only:
            self.message.emit(self.tr("Annotations are read-only: the file was written by "
                                      "a newer Yuepi."))
            return False
        return True

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # --- annotation edits --------------------------------------------------------------
    def add_annotation(self, start: int, end: int, tag_id: str) -> str | None:
        """Tag text[start:end]; an empty span tags the sentence at `start`. Returns the id."""
        if not self.can_edit():
            return None
        tag = self.annotation_set.tag(tag_id)
        if tag is None:
            self.error.emit("usage", f"unknown tag {tag_id}")
            return None
        text = self.text
        start, end = max(0, min(start, end)), min(len(text), max(start, end))
        if start == end:
            start, end = sentence_at(text, start)
        else:  # a selection dragged over a line's end began the quote with a line break
            start, end = _trimmed(text, start, end)
        if start == end:
            self.message.emit(self.tr("Nothing to tag here."))
            return None
        if any(a.start == start and a.end == end and a.tag == tag_id and not a.orphaned
               for a in self.annotation_set):  # cheapest test first: 10,000 to look at
            self.message.emit(self.tr("Already tagged as %1.").replace("%1", tag.label(self.lang)))
            return None
        item = make_annotation(text, start, end, tag_id, author=self.author)
        self._push(AddAnnotations(self.annotation_set, [item], self._emit,
                                  self.tr("Tag as %1").replace("%1", tag.label(self.lang))))
        return item.id

    def accept_suggestions(self, items: list[Annotation]) -> list[str]:
        """Add ready-made annotations (accepted suggestions) as one undo step."""
        fresh = [a for a in items if a.id not in self.annotation_set]
        if not fresh or not self.can_edit():
            return []
        self._push(AddAnnotations(self.annotation_set, fresh, self._emit,
                                  self.tr("Accept %n suggestion(s)", "", len(fresh))))
        return [a.id for a in fresh]

    def reject_suggestions(self, keys: list[str], span: tuple[int, int] | None = None) -> bool:
        """Remember suggestion keys as rejected (saved in the sidecar) as one undo step;
        `span` is the text they cover. Emits annotations_changed(Change("rejected"))."""
        known = self.annotation_set.rejected_suggestions
        fresh = [k for k in dict.fromkeys(keys) if k not in known]
        if not fresh or not self.can_edit():
            return False
        self._push(RejectSuggestions(self.annotation_set, fresh, span, self._emit,
                                     self.tr("Reject %n suggestion(s)", "", len(fresh))))
        return True

    def remove(self, ids: list[str]) -> None:
        ids = [i for i in dict.fromkeys(ids) if i in self.annotation_set]
        if not ids or not self.can_edit():
            return
        self._push(RemoveAnnotations(self.annotation_set, ids, self._emit,
                                     self.tr("Delete %n annotation(s)", "", len(ids))))

    def retag(self, ids: list[str], tag_id: str) -> None:
        tag = self.annotation_set.tag(tag_id)
        items = [self.annotation_set.get(i) for i in dict.fromkeys(ids)
                 if i in self.annotation_set]
        items = [a for a in items if a.tag != tag_id]
        if tag is None or not items or not self.can_edit():
            return
        stamp = now_iso()
        new = [replace(a, tag=tag_id, modified=stamp) for a in items]
        self._push(ReplaceAnnotations(self.annotation_set, new, self._emit,
                                      self.tr("Retag as %1").replace("%1", tag.label(self.lang))))

    def set_note(self, annotation_id: str, note: str) -> None:
        """Change a note; consecutive edits of the same note are one undo step."""
        if annotation_id not in self.annotation_set or not self.can_edit():
            return
        old = self.annotation_set.get(annotation_id)
        note = repair(note)  # a lone surrogate (broken paste) would not compare equal
        if old.note == note:
            return
        new = replace(old, note=note, modified=now_iso())
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() == stack.count() else None
        if isinstance(top, EditNote) and top.annotation_id == annotation_id and stack.isClean():
            # QUndoStack never merges into the command at the clean index, and autosave
            # marks it clean between pauses in typing: fold the edit in ourselves.
            top.amend(new)
            stack.resetClean()
            return
        self._push(EditNote(self.annotation_set, old, new, self._emit, self.tr("Edit note")))

    def reattach(self, annotation_id: str, start: int, end: int) -> None:
        """Anchor an (orphaned) annotation to text[start:end]."""
        text = self.text
        if annotation_id not in self.annotation_set or not self.can_edit():
            return
        if not 0 <= start < end <= len(text):
            self.message.emit(self.tr("Select the text to attach the annotation to."))
            return
        old = self.annotation_set.get(annotation_id)
        new = replace(old, start=start, end=end, quote=text[start:end],
                      prefix=text[max(0, start - CONTEXT_CHARS):start],
                      suffix=text[end:end + CONTEXT_CHARS], status="anchored",
                      modified=now_iso())
        self._push(ReplaceAnnotations(self.annotation_set, [new], self._emit,
                                      self.tr("Re-attach annotation")))

    def apply_merge(self, merged: AnnotationSet, text: str) -> bool:
        """Replace tags and annotations with a merge result (model.sidecar.merge) as ONE undo
        step named `text`; the autosave then writes the sidecar atomically."""
        if not self.can_edit():
            return False
        self._push(ReplaceSet(self.annotation_set, merged, self._emit, text))
        return True

    def set_followup(self, ids: list[str], **changes: str) -> bool:
        """Set follow-up fields (followup_status, followup_unit, followup_deadline,
        followup_note: model/followup.py) of annotations as one undo step; True when
        something changed."""
        unknown = set(changes) - set(FOLLOWUP_FIELDS)
        if unknown:
            raise ValueError(f"not follow-up fields: {sorted(unknown)}")
        changes = {k: repair(v) for k, v in changes.items()}
        items = [self.annotation_set.get(i) for i in dict.fromkeys(ids)
                 if i in self.annotation_set]
        items = [a for a in items if any(getattr(a, k) != v for k, v in changes.items())]
        if not items or not self.can_edit():
            return False
        stamp = now_iso()
        new = [replace(a, modified=stamp, **changes) for a in items]
        self._push(ReplaceAnnotations(self.annotation_set, new, self._emit,
                                      self.tr("Set follow-up")))
        return True

    def set_author(self, name: str) -> None:
        """The name new annotations carry from now on."""
        self.author = name

    def ensure_author(self) -> None:
        """Before the reviewer tags (a key, a menu, an accepted suggestion): let the
        author prompt ask a name once, if none was ever given."""
        if self.author_prompt is not None:
            self.author_prompt()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the white space (line breaks, 　) at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
