"""The commitment rows the window lists: A's commitments with their proposals, plus any
commitment a stored link names that the proposals do not (a decision made on an earlier
run, or with the `compare --link` verb), in A's order; and which row each link belongs to.

A link whose commitment could not be placed again on A's current text (orphaned: A was
changed) keeps its old span, which now points at other words: it gets a row of its own
(`orphaned`, listed with its old quote) and never joins the row of whatever commitment
happens to sit at that span now — a decision is never shown under another commitment.
"""
from __future__ import annotations

from dataclasses import dataclass

from model.compare.proposals import Candidate, Proposal
from model.compare.store import Link
from model.outline.tree import Outline

#: A row's source when only a stored link names it.
LINKED = "linked"
#: A row's source when its linked commitment is no longer found in A.
ORPHANED = "orphaned"


@dataclass(frozen=True)
class Row:
    """One commitment of A: its span, quote, section path, source ("annotation",
    "suggestion", "target", "plan" or LINKED) and proposed candidates in B."""

    start: int
    end: int
    quote: str
    section: tuple[str, ...]
    source: str
    candidates: tuple[Candidate, ...] = ()

    @property
    def orphaned(self) -> bool:
        """A stored commitment no longer found in A (its span is where it used to be)."""
        return self.source == ORPHANED

    @classmethod
    def of(cls, proposal: Proposal) -> Row:
        p = proposal.commitment.passage
        return cls(p.start, p.end, p.quote, tuple(p.section), proposal.commitment.source,
                   tuple(proposal.candidates))


def build_rows(proposals: list[Proposal], links: list[Link], outline: Outline | None
               ) -> list[Row]:
    """The proposals' rows, and one row per linked commitment no proposal overlaps."""
    rows = [Row.of(p) for p in proposals]
    extra: dict[tuple[int, int, str], Row] = {}
    for k in links:
        c = k.commitment
        if c is None or c.end <= c.start:
            continue
        if c.orphaned:
            extra.setdefault((c.start, c.end, c.quote),
                             Row(c.start, c.end, c.quote, (), ORPHANED))
            continue
        if _best(rows, c.start, c.end) is not None:
            continue
        section = tuple(n.label for n in outline.path_at(c.start)) if outline else ()
        extra.setdefault((c.start, c.end, ""), Row(c.start, c.end, c.quote, section, LINKED))
    rows += extra.values()
    rows.sort(key=lambda r: (r.start, r.end, r.orphaned))
    return rows


def links_by_row(rows: list[Row], links: list[Link]) -> dict[int, list[Link]]:
    """Row index → its links (each link goes to the row its commitment overlaps most)."""
    found: dict[int, list[Link]] = {}
    placed = [r if not r.orphaned else None for r in rows]
    for k in links:
        c = k.commitment
        if c is None:
            continue
        if c.orphaned:
            i = next((j for j, r in enumerate(rows) if r.orphaned
                      and (r.start, r.end, r.quote) == (c.start, c.end, c.quote)), None)
        else:
            i = _best(placed, c.start, c.end)
        if i is not None:
            found.setdefault(i, []).append(k)
    for group in found.values():
        group.sort(key=lambda k: (k.evidence.start if k.evidence else -1, k.created))
    return found


def find_row(rows: list[Row], shown: Row) -> int:
    """Where a row shown before the rows were rebuilt is now: the same commitment
    (span and quote), else the one row with its quote (its span moved); else -1."""
    for i, r in enumerate(rows):
        if (r.start, r.end, r.quote) == (shown.start, shown.end, shown.quote):
            return i
    same = [i for i, r in enumerate(rows) if r.quote == shown.quote]
    return same[0] if len(same) == 1 else -1


def _best(rows: list[Row | None], start: int, end: int) -> int | None:
    best: tuple[int, int] | None = None
    for i, r in enumerate(rows):
        if r is None:
            continue
        overlap = min(end, r.end) - max(start, r.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, i)
        elif r.start == start == end == r.end:
            best = best or (0, i)
    return None if best is None else best[1]
