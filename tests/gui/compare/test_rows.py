"""The commitment rows: proposals in A's order, plus the commitments only a stored link
names; each link on the row its commitment overlaps most."""
from __future__ import annotations

from gui.compare.rows import LINKED, build_rows, links_by_row
from model.annotations import make_annotation
from model.compare.passages import Passage
from model.compare.proposals import Commitment, Proposal
from model.compare.store import Link

TEXT = "今年城镇新增就业1100万人以上。粮食产量保持在1.3万亿斤以上。另有一项。"


def _proposal(start: int, end: int) -> Proposal:
    return Proposal(Commitment(Passage(start, end, TEXT[start:end], ("一、目标",)),
                               "suggestion", 0.9))


def _link(i: str, start: int, end: int) -> Link:
    return Link(i, make_annotation(TEXT, start, end, "commitment"), None, "not_mentioned")


def test_linked_commitments_join_the_proposals_in_order() -> None:
    proposals = [_proposal(0, 18), _proposal(18, 33)]
    links = [_link("a", 2, 10), _link("b", 33, 37)]  # inside the first; mostly outside
    rows = build_rows(proposals, links, None)
    assert [(r.start, r.end, r.source) for r in rows] == [
        (0, 18, "suggestion"), (18, 33, "suggestion"), (33, 37, LINKED)]
    by_row = links_by_row(rows, links)
    assert [k.id for k in by_row[0]] == ["a"] and [k.id for k in by_row[2]] == ["b"]
    assert 1 not in by_row
