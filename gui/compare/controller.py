"""CompareController: the one owner of a comparison in the compare window — the two
reports, the proposals (made in ProposalJobs), the reviewer's decisions (Decisions: the
comparison file) and their undo stack, and A's annotations (an annotation Controller: the
main window's when it has A open, else one of our own) into which a suggested commitment
can be accepted. The views hold no state of their own: they follow the signals.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from gui.annotations.controller import Controller
from gui.compare.commands import AcceptCommitment, EditLinks
from gui.compare.decisions import Decisions
from gui.compare.pair_loading import Pair, load_pair
from gui.compare.proposal_jobs import ProposalJobs
from gui.compare.rows import Row, build_rows, links_by_row
from model.annotations import make_annotation, now_iso
from model.compare.proposals import Candidate, Proposal
from model.compare.store import VERDICTS, Link, make_link
from model.errors import ModelError
from model.reading.segmenter import Segmenter, default_segmenter

COMMITMENT_TAG = "commitment"
#: Proposals start this long after the pair is shown (see open()).
START_MS = 150


class CompareController(QObject):
    """Signals:
        opened(Pair): both reports are loaded (the views show them).
        open_failed(object): the ModelError that refused the pair.
        busy(str, int): proposals being made — stage ("loading"/"matching"), percent;
            ("", 100) when they arrived.
        rows_changed(): the commitment rows were rebuilt (proposals, linked commitments).
        links_changed(): the decisions changed (an edit, undo/redo, a merge from disk).
        tagging_changed(): A's commitment annotations changed (an accepted suggestion).
        message(str): a short status line.
        error(str, str): a model error code and its detail (gui/common/labels.py).
    """

    opened = Signal(object)
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
        self.tagging = self._tagging_for(pair)
        self.tagging.annotations_changed.connect(self._on_annotations_changed)
        self.opened.emit(pair)
        self.decisions.open()
        if self.tagging.report is not None:
            # after the texts' first layout and paint: a worker running Python meanwhile
            # makes each of the UI thread's many returns to Python wait for the GIL
            QTimer.singleShot(START_MS, self._propose)
        else:  # a large sidecar is read in the background: its commitments are wanted
            self.tagging.opened.connect(self._propose)
        return True

    def _tagging_for(self, pair: Pair) -> Controller:
        shared = self._shared
        if shared is not None and shared.session.report is not None \
                and shared.session.report.sha256 == pair.a.sha256 \
                and _same_file(shared.session.report.path, pair.a.path):
            return shared
        own = Controller(self.author, self, lang=self.lang)
        own.open(pair.a, pair.outline_a)
        self._own_tagging = own
        return own

    @Slot(object)
    def _on_annotations_changed(self, _change: object) -> None:
        self.tagging_changed.emit()

    @Slot()
    def _propose(self) -> None:
        if self.pair is None or self.tagging is None:
            return
        self.ready = False
        annotations = list(self.tagging.annotation_set) if self.tagging.report else []
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

    def is_tagged(self, row: int) -> bool:
        """The commitment is one of A's commitment annotations."""
        if not 0 <= row < len(self.rows) or self.tagging is None:
            return False
        r = self.rows[row]
        return any(a.tag == COMMITMENT_TAG and a.start == r.start and a.end == r.end
                   and not a.orphaned for a in self.tagging.annotation_set)

    # deciding -----------------------------------------------------------------------------
    def link(self, row: int, span: tuple[int, int], candidate: Candidate | None = None
             ) -> bool:
        """Link B's text[span] as evidence of the row's commitment (its verdict: the
        row's, else the one the candidate's figure offers — model.compare.figures.
        default_verdict: met 已兑现, missed a little 部分兑现, missed clearly 未兑现 —,
        else 已兑现); one undo step."""
        if self.pair is None or not 0 <= row < len(self.rows):
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
        verdict = kept[0].verdict if kept else (
            candidate.default_verdict if candidate and candidate.default_verdict else "kept")
        note = links[0].note if links else ""
        r = self.rows[row]
        try:
            new = make_link(self.pair.a, self.pair.b, (r.start, r.end), (start, end), verdict,
                            note=note, author=self.author)
        except ValueError as exc:
            self.error.emit("compare_bad_link", str(exc))
            return False
        unmentioned = [k for k in links if k.evidence is None]  # evidence found after all
        self._push(EditLinks(self.decisions, unmentioned, [new], self.tr("Link evidence")))
        return True

    def set_verdict(self, row: int, verdict: str) -> bool:
        """Give the row's links this verdict; 未提及 replaces its evidence with none."""
        if self.pair is None or not 0 <= row < len(self.rows) or verdict not in VERDICTS:
            return False
        links = self.links(row)
        r = self.rows[row]
        text = self.tr("Set verdict")
        if verdict == "not_mentioned":
            if len(links) == 1 and links[0].evidence is None:
                return False
            note = links[0].note if links else ""
            new = make_link(self.pair.a, self.pair.b, (r.start, r.end), None, verdict,
                            note=note, author=self.author)
            self._push(EditLinks(self.decisions, links, [new], text))
            return True
        kept = [k for k in links if k.evidence is not None]
        if not kept:
            self.message.emit(self.tr("Link evidence in the later report first (Enter on a "
                                      "candidate, or select text and press Ctrl+L)."))
            return False
        changed = [k for k in kept if k.verdict != verdict]
        if not changed:
            return False
        stamp = now_iso()
        self._push(EditLinks(self.decisions, changed,
                             [replace(k, verdict=verdict, modified=stamp) for k in changed],
                             text))
        return True

    def set_note(self, row: int, note: str) -> bool:
        """The reviewer's note on every link of the row (one undo step)."""
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

    def accept(self, row: int) -> bool:
        """Tag a suggested commitment as a commitment annotation in A's sidecar."""
        if self.pair is None or self.tagging is None or not 0 <= row < len(self.rows):
            return False
        if self.is_tagged(row):
            self.message.emit(self.tr("This commitment is already tagged in the earlier "
                                      "report."))
            return False
        if self.tagging.tag(COMMITMENT_TAG) is None:
            self.message.emit(self.tr("The earlier report's tag set has no commitment tag."))
            return False
        if self.tagging.report is None or self.tagging.read_only:
            self.message.emit(self.tr("The earlier report's annotations cannot be changed "
                                      "now (read-only or still loading)."))
            return False
        r = self.rows[row]
        item = make_annotation(self.pair.a.text, r.start, r.end, COMMITMENT_TAG,
                               author=self.author)
        self._push(AcceptCommitment(self.tagging, item, self.tr("Accept commitment"),
                                    self.tagging_changed.emit))
        return True

    def _push(self, command: object) -> None:
        self.undo_stack.push(command)  # type: ignore[arg-type]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
