"""Suggestions that learn from the reviewer, in the window: every accepted or rejected
suggestion and every tag set by hand (in any report) updates the per-user model
(model.reading.learning) at once — O(characters of the sentence), on the UI thread — and
the file is written shortly after, by a writer thread from a snapshot
(model.reading.learning_store, atomically; on close the window waits for it). Each analysis
takes a snapshot of the model to re-rank and add suggestions (gui/reading/jobs.py).

Help › What Suggestions Learned shows the counts and resets them.

Which added annotation is an accept: one whose span and tag are those of a suggestion
(tagging such a sentence by hand is accepting it); any other is a tag set by hand. A
rejection is a key newly in the sidecar's rejected set. Changing an annotation's tag
teaches the new tag as set by hand, and rejects the old one where a suggestion had it.
Each annotation, tag and rejected key teaches once per opened report (undo and redo do not
count twice). Undoing takes it back exactly (Learner.forget: the example is removed and the
model refitted from the signals kept): an annotation that taught and is removed (an undone
accept, a deleted tag) or a rejected key no longer rejected (an undone rejection) unteaches,
and teaches again if it comes back (redo).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction

from model.annotations import Annotation, Change
from model.reading.learning import ACCEPTED, REJECTED, TAGGED, Example, Learner, rule_score
from model.reading.learning_store import (
    CORRUPT,
    NEWER,
    forget,
    learning_path,
    load_learner,
    save_learner,
)
from model.reading.suggestion_lean import reading_lean

if TYPE_CHECKING:
    from gui.common.host import Host
    from gui.reading.jobs import SegmentJobs
    from gui.reading.learning_dialog import LearningDialog
    from gui.reading.suggestions import SuggestionFeature
    from model.reading.suggestions import Suggestion

#: The file is written this long after the last change (many accepts at once: one write).
SAVE_DELAY_MS = 400
#: Characters of a report's sha256 kept as its id (only their number is shown).
REPORT_ID_CHARS = 16


class SuggestionLearning(QObject):
    """Attributes: learner (the model), path (its file), notice (why it is not used, or
    ""), action (the Help menu's), dialog (LearningDialog once shown).

    Signals: save_failed(detail), from the writer thread (shown in the status bar)."""

    save_failed = Signal(str)

    def __init__(self, host: Host, suggestions: SuggestionFeature, jobs: SegmentJobs,
                 path: Path | None = None) -> None:
        super().__init__(host.main_window())
        self.host, self.suggestions = host, suggestions
        self.controller = host.controller
        self.path = path or learning_path()
        self.dialog: LearningDialog | None = None
        self._seen: set[str] = set()  # annotation ids and rejected keys that taught already
        self._rejected_taught: set[str] = set()  # rejected keys that taught (to untaught)
        self._dirty = False  # learned something not yet written
        self._tags: dict[str, str] = {}  # annotation id -> its tag as last seen
        self._index: tuple[object, dict[tuple[int, int, str], Suggestion]] = (None, {})
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self._writer: threading.Thread | None = None
        self.save_failed.connect(self._on_save_failed)
        self._learner: Learner | None = None  # read on first use (not while the window starts)
        self.writable, self.notice = True, ""
        QTimer.singleShot(0, self, self._ensure_loaded)
        jobs.learner = self.snapshot
        self.controller.annotations_changed.connect(self._on_change)
        host.session.closing.connect(self.save)
        host.main_window().installEventFilter(self)
        self.action = QAction(self.tr("What Suggestions &Learned…"), host.main_window())
        self.action.setObjectName("learning_action")
        self.action.triggered.connect(self.show_dialog)
        about = host.help_menu.actions()[-1:]  # before About Yuepi
        host.help_menu.insertAction(about[0] if about else None, self.action)

    @property
    def learner(self) -> Learner:
        return self._ensure_loaded()

    def _ensure_loaded(self) -> Learner:
        if self._learner is None:
            self._load()
        assert self._learner is not None
        return self._learner

    def _load(self) -> None:
        loaded = load_learner(self.path)
        self._learner, self.writable = loaded.learner, loaded.writable
        self.notice = ""
        if loaded.problem == CORRUPT:
            where = str(loaded.moved_to) if loaded.moved_to else str(self.path)
            self.notice = self.tr("What suggestions learned could not be read (the file was "
                                  "damaged); it was set aside as %1 and learning starts "
                                  "again.").replace("%1", where)
        elif loaded.problem == NEWER:
            self.notice = self.tr("What suggestions learned was saved by a newer Yuepi: it "
                                  "is not used or changed by this one.")
        elif loaded.problem:
            self.notice = self.tr("What suggestions learned cannot be read: %1. Suggestions "
                                  "do not learn in this session.").replace("%1", loaded.detail)
        if self.notice:
            self.host.show_status(self.notice, 15000)

    def snapshot(self) -> Learner | None:
        """A copy for the analysis worker; None when nothing is learned (or not usable)."""
        return None if self.learner.empty or not self.writable else self.learner.clone()

    # learning ---------------------------------------------------------------------------
    @Slot(object)
    def _on_change(self, change: Change) -> None:
        self._ensure_loaded()  # `writable` is known only then
        aset = self.controller.annotation_set
        if change.kind == "reset":  # a report opened (or a review merged in): not taught
            self._seen = {a.id for a in aset} | set(aset.rejected_suggestions)
            self._seen |= {f"{a.id}:{a.tag}" for a in aset}
            self._tags = {a.id: a.tag for a in aset}
            self._rejected_taught = set()
            return
        if not self.writable:
            return
        if change.kind == "added":
            for item_id in change.ids:
                annotation = aset.get(item_id) if item_id in aset else None
                if annotation is not None and item_id not in self._seen \
                        and not annotation.orphaned:
                    self._seen.update((item_id, f"{item_id}:{annotation.tag}"))
                    self._tags[item_id] = annotation.tag
                    self._taught_tag(annotation.start, annotation.end, annotation.tag,
                                     item_id)
        elif change.kind == "removed":
            self._untaught([i for i in change.ids if i not in aset])
        elif change.kind == "updated":
            for item_id in change.ids:
                if item_id in aset:
                    self._retagged(aset.get(item_id))
        elif change.kind == "rejected":
            self._untaught(sorted(self._rejected_taught - aset.rejected_suggestions))
            fresh = [k for k in aset.rejected_suggestions if k not in self._seen]
            self._seen.update(fresh)
            keys = set(fresh)
            for item in self.suggestions.all:
                if item.key in keys:
                    keys.discard(item.key)  # the same sentence listed twice teaches once
                    self._rejected_taught.add(item.key)
                    self._learn(item.tag, item.start, item.end, rule_score(item), False,
                                REJECTED, item.key)

    def _untaught(self, sources: list[str]) -> None:
        """Take back what the annotations or rejected keys `sources` taught (undo, or a tag
        deleted): the model is refitted as if they had never taught; they teach again if
        they come back."""
        kept = {e.source for e in self.learner.examples}
        kept |= {source.split(":", 1)[0] for source in kept}
        taught = [s for s in sources if s in self._seen and s in kept]
        if not taught:
            return
        for source in taught:
            self._seen.discard(source)
            self._rejected_taught.discard(source)
            self._seen = {m for m in self._seen if not m.startswith(source + ":")}
            self._tags.pop(source, None)
        if self.learner.forget(taught):
            self._dirty = True
            self._timer.start()
            self._refresh_dialog()

    def _retagged(self, annotation: Annotation) -> None:
        """A tag changed by hand: the new tag is tagged by hand; an accepted suggestion of
        the old tag turns out wrong (once per annotation and tag)."""
        old = self._tags.get(annotation.id)
        self._tags[annotation.id] = annotation.tag
        mark = f"{annotation.id}:{annotation.tag}"
        if old is None or old == annotation.tag or annotation.orphaned or mark in self._seen:
            return
        self._seen.add(mark)
        start, end = annotation.start, annotation.end
        wrong = self._by_span().get((start, end, old))
        if wrong is not None and f"{annotation.id}:{old}:wrong" not in self._seen:
            self._seen.add(f"{annotation.id}:{old}:wrong")
            self._learn(old, start, end, rule_score(wrong), False, REJECTED,
                        f"{annotation.id}:{old}:wrong")
        self._taught_tag(start, end, annotation.tag, mark)

    def _taught_tag(self, start: int, end: int, tag: str, source: str) -> None:
        same = self._by_span().get((start, end, tag))
        if same is not None:
            self._learn(tag, start, end, rule_score(same), True, ACCEPTED, source)
            return
        near = self._covering(start, end, tag)
        self._learn(tag, start, end, rule_score(near) if near else None, True, TAGGED, source)

    def _by_span(self) -> dict[tuple[int, int, str], Suggestion]:
        """The suggestions by (start, end, tag), made once per analysis (accepting all
        of a tag in a long report must not scan them all per annotation)."""
        items = self.suggestions.all
        if self._index[0] is not items:
            self._index = (items, {(s.start, s.end, s.tag): s for s in items})
        return self._index[1]

    def _covering(self, start: int, end: int, tag: str) -> Suggestion | None:
        """A suggestion of `tag` sharing at least half of [start, end)."""
        need = (end - start) / 2
        return next((s for s in self.suggestions.all if s.tag == tag
                     and min(s.end, end) - max(s.start, start) >= need), None)

    def _learn(self, tag: str, start: int, end: int, base: float | None, positive: bool,
               signal: str, source: str) -> None:
        session = self.host.session
        report = session.report
        text = self.controller.text
        if report is None or not 0 <= start < end <= len(text):
            return
        lean = reading_lean(text, session.outline, start)
        example = Example(source, tag, text[start:end], lean.kind if lean else None, base,
                          positive, signal)
        self.learner.learn_example(example, report.sha256[:REPORT_ID_CHARS])
        self._dirty = True
        self._timer.start()
        self._refresh_dialog()

    # the file -----------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Write the model in a background thread if a change waits (the timer's job):
        turning a large model into JSON takes tens of milliseconds, not for the UI thread."""
        if not self._dirty:
            return
        if self._writer is not None and self._writer.is_alive():
            self._timer.start()  # one write at a time: again shortly
            return
        self._dirty = False
        self._writer = threading.Thread(target=self._write, args=(self.learner.clone(),),
                                        name="learning-save")
        self._writer.start()

    def _write(self, learner: Learner) -> None:
        """In the writer thread."""
        try:
            save_learner(learner, self.path)
        except OSError as exc:
            self.save_failed.emit(exc.strerror or str(exc))

    @Slot()
    def flush(self) -> None:
        """Write now and wait (the window closes): nothing learned is lost."""
        self._timer.stop()
        self._wait_for_writer()
        if self._dirty:
            self._dirty = False
            try:
                save_learner(self.learner, self.path)
            except OSError as exc:
                self._on_save_failed(exc.strerror or str(exc))

    def _wait_for_writer(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    @Slot(str)
    def _on_save_failed(self, detail: str) -> None:
        self._dirty = True  # written with the next change, or on close
        self.host.show_status(self.tr("Cannot save what suggestions learned: %1")
                              .replace("%1", detail), 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.main_window() and event.type() == QEvent.Type.Close:
            self.flush()
        return super().eventFilter(watched, event)

    @Slot()
    def reset(self) -> None:
        """Forget everything learned (Help dialog's Reset, confirmed there)."""
        self._timer.stop()
        self._wait_for_writer()  # a write under way must not bring the file back
        self._dirty = False
        try:
            forget(self.path)
        except OSError as exc:
            self.host.show_status(self.tr("Cannot reset what suggestions learned: %1")
                                  .replace("%1", exc.strerror or str(exc)), 10000)
            return
        self._learner, self.writable, self.notice = Learner(), True, ""
        self.host.show_status(self.tr("Suggestions forgot what they learned: from the "
                                      "next report you open they come from the rules alone."), 8000)
        self._refresh_dialog()

    # Help ---------------------------------------------------------------------------------
    @Slot()
    def show_dialog(self) -> None:
        if self.dialog is None:
            from gui.reading.learning_dialog import LearningDialog  # built when first shown

            self.dialog = LearningDialog(self.host.main_window(), self._tag_label)
            self.dialog.reset_requested.connect(self.reset)
        self._refresh_dialog()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _refresh_dialog(self) -> None:
        if self.dialog is not None:
            tags = [t.id for t in self.controller.annotation_set.tags]
            self.dialog.refresh(self.learner, tags, str(self.path), self.notice)

    def _tag_label(self, tag_id: str) -> str:
        tag = self.controller.tag(tag_id)
        return tag.label(self.controller.lang) if tag is not None else tag_id
