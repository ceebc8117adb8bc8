"""CompareController: the one owner of a comparison in the compare window — the two
reports, the proposals (made in ProposalJobs), the reviewer's decisions (Decisions: the
comparison file) and their undo stack, and A's annotations (an annotation Controller: the
main window's when it has A open, else one of our own) into which a suggested commitment
can be accepted (which one, and the accepting: gui/compare/a_annotations.py). The views
hold no state of their own: they follow the signals.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.annotations.controller import Controller
from gui.compare import texts
from gui.compare.a_annotations import AAnnotations
from gui.compare.commands import EditLinks
from gui.compare.decisions import Decisions
from gui.compare.pair_loading import Pair, load_pair, reload_side
from gui.compare.proposal_jobs import ProposalJobs
from gui.compare.rows import Row, build_rows, links_by_row
from model.annotations import new_id, now_iso
from model.compare.proposals import Candidate, Proposal
from model.compare.store import VERDICTS, Link, make_link
from model.errors import ModelError
from model.reading.segmenter import Segmenter, default_segmenter

#: Proposals start this long after the pair is shown (see open()).
START_MS = 150


class CompareController(AAnnotations, QObject):
    """Signals:
        opened(Pair): both reports are loaded (the views show them).
        open_failed(object): the ModelError that refused the pair.
        busy(str, int): proposals being made — stage ("loading"/"matching"), percent;
            ("", 100) when they arrived.
        reloaded(Pair, str): a report changed on disk was read again ("earlier"/"later"):
            the views show the new pair; the links were re-anchored on it.
        rows_changed(): the commitment rows were rebuilt (proposals, linked commitments).
        links_changed(): the decisions changed (an edit, undo/redo, a merge from disk).
        tagging_changed(): A's commitment annotations changed (an accepted suggestion).
        message(str): a short status line.
        error(str, str): a model error code and its detail (gui/common/labels.py).
    """

    opened = Signal(object)
    reloaded = Signal(object, str)
    open_failed = Signal(object)
    busy = Signal(str, int)
    rows_changed = Signal()
    links_changed = Signal()
    tagging_changed = Signal()
    message = Signal(str)
    error = Signal(str, str)

    def __init__(self, author: str = "", tagging: Controller | None = None,
                 segmenter: Segmenter | None = None, parent: QObject | None = None,
                 lang: str = "en") -> None:
        super().__init__(parent)
        self.author = author
        self.lang = lang
        self.pair: Pair | None = None
        self.proposals: list[Proposal] = []
        self.rows: list[Row] = []
        self.ready = False  # the proposals arrived
        self.decisions: Decisions | None = None
        self.undo_stack = QUndoStack(self)
        self._shared = tagging  # the main window's annotation controller, if any
        self.tagging: Controller | None = None
        self._own_tagging: Controller | None = None
        self._job = 0
        self.jobs = ProposalJobs(segmenter or default_segmenter(), self)
        self.jobs.stage.connect(self._on_stage)
        self.jobs.progress.connect(self._on_progress)
        self.jobs.proposed.connect(self._on_proposed)
        self.jobs.failed.connect(self._on_failed)
        self._stage = ""
        self._by_row: dict[int, list[Link]] = {}
        #: proposals start this long after they are asked for (once for several asks)
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(START_MS)
        self._start.timeout.connect(self._propose)

    # opening and closing --------------------------------------------------------------------
    def open(self, earlier: str | Path, later: str | Path) -> bool:
        """Load the pair, its decisions and A's annotations, then propose in the
        background; on bad input emit open_failed and return False. Once per controller
        (another pair opens in another window)."""
        try:
            pair = load_pair(earlier, later)
        except ModelError as exc:
            self.open_failed.emit(exc)
            return False
        self.pair = pair
        self.decisions = Decisions(pair, self)
        self.decisions.changed.connect(self._on_links_changed)
        self.decisions.error.connect(self.error)
        self.decisions.notice.connect(self._on_notice)
        self._attach(self._tagging_for(pair))
        self.opened.emit(pair)
        self.decisions.open()
        if self.tagging.report is not None:
            # after the texts' first layout and paint: a worker running Python meanwhile
            # makes each of the UI thread's many returns to Python wait for the GIL
            self._start.start()
        return True

    @Slot()
    def _on_tagging_opened(self) -> None:
        if self.pair is not None and self._tagging_current():
            self._start.start()

    def reload(self, side: str) -> tuple[int, bool]:
        """Read report A ("earlier") or B ("later") again after another program changed
        it: the views show the new text, every link is re-anchored on it (none dropped),
        A's own annotations with it, and the proposals are made again; the undo history
        goes (its steps name places in the old text). Returns how many links could not
        be placed, and whether A's annotations (the main window's) are still on A's old
        text. Raises the ModelError of a pair refused now; then nothing changed."""
        if self.pair is None or self.decisions is None:
            return 0, False
        pair = reload_side(self.pair, side)
        self.jobs.cancel()
        self.undo_stack.clear()
        self.proposals, self.ready = [], False  # they name places in the old text
        self.pair = pair
        self.reloaded.emit(pair, side)
        summary_a, summary_b = self.decisions.rebase(pair)
        if side == "earlier" and self._own_tagging is not None:
            self._own_tagging.open(pair.a, pair.outline_a)  # saves, then re-anchors
        stale = self.tagging is not None and self.tagging is self._shared \
            and not self._tagging_current()  # proposed without them until reloaded there
        if self.tagging is not None and (self._tagging_current() or stale):
            self._start.start()
        return (summary_a if side == "earlier" else summary_b).orphaned, stale

    @Slot()
    def _propose(self) -> None:
        if self.pair is None or self.tagging is None:
            return
        self.ready = False
        annotations = list(self.tagging.annotation_set) if self._tagging_current() else []
        self._job = self.jobs.start(self.pair, annotations)

    def shutdown(self) -> None:
        """Before the window goes: no job outlives it; A's annotations are saved."""
        self.jobs.cancel()
        self.jobs.wait()
        if self.decisions is not None:
            self.decisions.check()
            self.decisions.stop()
        if self._own_tagging is not None:
            self._own_tagging.close()
        elif self.tagging is not None:
            self.tagging.save_now()

    # proposals ----------------------------------------------------------------------------
    @Slot(int, str)
    def _on_stage(self, job_id: int, stage: str) -> None:
        if job_id == self._job:
            self._stage = stage
            self.busy.emit(stage, -1)

    @Slot(int, int)
    def _on_progress(self, job_id: int, percent: int) -> None:
        if job_id == self._job and percent < 100:
            self.busy.emit(self._stage, percent)

    @Slot(int, object)
    def _on_proposed(self, job_id: int, proposals: list[Proposal]) -> None:
        if job_id != self._job:
            return
        self.proposals, self.ready = proposals, True
        self._rebuild()
        self.busy.emit("", 100)

    @Slot(int, str)
    def _on_failed(self, job_id: int, detail: str) -> None:
        if job_id == self._job:
            self.ready = True
            self.busy.emit("", 100)
            self.error.emit("error", detail)

    def _rebuild(self) -> None:
        links = self.decisions.links if self.decisions else []
        rows = build_rows(self.proposals, links, self.pair.outline_a if self.pair else None)
        changed, self.rows = rows != self.rows, rows
        self._by_row = links_by_row(rows, links)
        if changed:
            self.rows_changed.emit()

    @Slot()
    def _on_links_changed(self) -> None:
        self._rebuild()
        self.links_changed.emit()

    @Slot(str, str)
    def _on_notice(self, code: str, detail: str) -> None:
        if code == "compare_merged":
            self.message.emit(self.tr("The comparison file was changed by another program; "
                                      "its decisions and yours were merged."))
        else:
            self.error.emit(code, detail)

    # reading ------------------------------------------------------------------------------
    def links(self, row: int) -> list[Link]:
        return list(self._by_row.get(row, []))

    def verdict(self, row: int) -> str:
        """The row's verdict key ("" when undecided; its first link's when they differ)."""
        links = self._by_row.get(row)
        return links[0].verdict if links else ""

    # deciding -----------------------------------------------------------------------------
    def link(self, row: int, span: tuple[int, int], candidate: Candidate | None = None
             ) -> bool:
        """Link B's text[span] as evidence of the row's commitment (its verdict: the
        row's, else the one the candidate's figure offers — model.compare.figures.
        default_verdict: met 已兑现, missed a little 部分兑现, missed clearly 未兑现 —,
        else 已兑现); one undo step."""
        if self.pair is None or not 0 <= row < len(self.rows):
            return False
        if self._refuse_orphaned(row):
            return False
        start, end = span
        if end <= start:
            self.message.emit(self.tr("Select a passage of the later report first."))
            return False
        links = self.links(row)
        if any(k.evidence is not None and (k.evidence.start, k.evidence.end) == (start, end)
               for k in links):
            self.message.emit(self.tr("This passage is already linked to the commitment."))
            return False
        kept = [k for k in links if k.evidence is not None]
        alone = [k.verdict for k in links if k.evidence is None and k.verdict != "not_mentioned"]
        verdict = kept[0].verdict if kept else alone[0] if alone else (
            candidate.default_verdict if candidate and candidate.default_verdict else "kept")
        note = self.note(row)
        r = self.rows[row]
        try:
            new = make_link(self.pair.a, self.pair.b, (r.start, r.end), (start, end), verdict,
                            note=note, author=self.author)
        except ValueError as exc:
            self.error.emit("compare_bad_link", str(exc))
            return False
        # evidence after all: the verdict given alone (or 未提及) gives way to the link
        alone_links = [k for k in links if k.evidence is None]
        self._push(EditLinks(self.decisions, alone_links, [new], self.tr("Link evidence")))
        self.message.emit(self.tr("Evidence linked; verdict: %1 (Ctrl+1…4 changes it).")
                          .replace("%1", texts.verdict_text(verdict)))
        return True

    def set_verdict(self, row: int, verdict: str) -> bool:
        """Give the row's links this verdict; 未提及 replaces its evidence with none.
        Without evidence linked, the verdict is recorded alone (a link with no evidence):
        a verdict never links a passage the reviewer did not choose."""
        if self.pair is None or not 0 <= row < len(self.rows) or verdict not in VERDICTS:
            return False
        links, text, stamp = self.links(row), self.tr("Set verdict"), now_iso()
        kept = [k for k in links if k.evidence is not None]
        if kept and verdict != "not_mentioned":
            changed = [k for k in kept if k.verdict != verdict]
            if changed:
                self._push(EditLinks(self.decisions, changed, [
                    replace(k, verdict=verdict, modified=stamp) for k in changed], text))
                # (the link's "verdict: Kept" message must not stay in view, now wrong)
                self.message.emit(self.tr("Verdict: %1.").replace(
                    "%1", texts.verdict_text(verdict)))
            return bool(changed) or self._already(verdict)
        if len(links) == 1 and not kept and links[0].verdict == verdict:
            return self._already(verdict)
        if links:  # the commitment as its links name it (an orphaned one as it was)
            new = replace(links[0], evidence=None, verdict=verdict, note=self.note(row),
                          modified=stamp, **({} if not kept else {  # else the same link
                              "id": new_id(), "author": self.author, "created": stamp}))
        elif self._refuse_orphaned(row):
            return False
        else:
            r = self.rows[row]
            new = make_link(self.pair.a, self.pair.b, (r.start, r.end), None, verdict,
                            author=self.author)
        self._push(EditLinks(self.decisions, links, [new], text))
        if verdict != "not_mentioned":
            self.message.emit(self.tr(
                "Verdict recorded without evidence. To add evidence: Enter on a "
                "candidate, or select text in the later report and press Ctrl+L."))
        elif kept:
            self.message.emit(self.tr("Not mentioned: the linked evidence was removed "
                                      "(Ctrl+Z brings it back)."))
        else:
            self.message.emit(self.tr("Verdict: %1.").replace(
                "%1", texts.verdict_text(verdict)))
        return True

    def _already(self, verdict: str) -> bool:
        self.message.emit(self.tr("The verdict is already %1.")
                          .replace("%1", texts.verdict_text(verdict)))
        return False

    def note(self, row: int) -> str:
        """The commitment's note: one per commitment, kept on each of its links (links
        made apart — the `compare --link` verb — may differ: each different one, in
        order, one per line, so editing it loses none)."""
        notes: list[str] = []
        for k in self._by_row.get(row, []):
            if k.note and k.note not in notes:
                notes.append(k.note)
        return "\n".join(notes)

    def set_note(self, row: int, note: str) -> bool:
        """The commitment's note, on every link of the row (one undo step)."""
        changed = [k for k in self.links(row) if k.note != note]
        if not changed:
            return False
        stamp = now_iso()
        self._push(EditLinks(self.decisions, changed,
                             [replace(k, note=note, modified=stamp) for k in changed],
                             self.tr("Edit note")))
        return True

    def unlink(self, link_id: str) -> bool:
        link = self.decisions.get(link_id) if self.decisions else None
        if link is None:
            return False
        self._push(EditLinks(self.decisions, [link], [], self.tr("Remove link")))
        return True

    def _refuse_orphaned(self, row: int) -> bool:
        """A commitment no longer in A takes no new evidence and no tag (its span now
        points at other words); True, and the reason said, when the row is one."""
        if not self.rows[row].orphaned:
            return False
        self.message.emit(self.tr("This commitment is no longer in the earlier report: "
                                  "its decision can be changed or removed, but nothing "
                                  "new can be linked to it."))
        return True

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

