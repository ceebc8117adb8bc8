"""Re-anchor annotations after the report's text changed (or check them when it did not).

For each annotation, in order (the strategy of the Hypothesis client):
1. the stored span, or the stored span shifted by the change in length, still holds the
   quote with its prefix/suffix → anchored (same place) or moved;
2. exact occurrences of the quote, nearest the expected place first; best prefix/suffix
   agreement wins, then nearness → anchored or moved (model.sidecar.exact_search);
3. a fuzzy match (model.sidecar.fuzzy_search over model.sidecar.approx_match), scored quote 50 + prefix 20 + suffix 20 +
   nearness 2, accepted when the quote is ≥ 75 % similar → fuzzy; the quote, prefix and
   suffix then follow the new text and `original_quote` keeps what the reviewer marked;
   both ends then move to the natural boundary (model.sidecar.fuzzy_edges: where the old
   context resumes, else the clause punctuation the quote ended at);
   a long quote with a clause deleted, whose prefix and suffix are unchanged, is fuzzy
   over what remains when most of its clauses survive in order;
4. otherwise orphaned: kept with its old offsets and quote, never dropped.
The sidecar keeps only the old text's length and hash, so the shift of each passage is
learnt from the annotations themselves: they are placed in the order of their old
offsets, and each one placed exactly (quote and full context) gives the local shift the
next ones are expected at (step 1 tries it, steps 2–3 look around it and prefer what is
nearest to it). Until one is placed, the global change in length serves, as before.
The reviewer's outline corrections (model.annotations.OutlineCorrection) are anchored
the same way, with the same fields: `anchor_corrections`.
Shortcuts skip only work that cannot change the answer (`shortcuts=False` does it all;
tests compare both on random edits): fuzzy matches are scored best first, each one's
bound refined (its start, then its context ratios) only while it could still win, and
the whole text is not searched for exact occurrences when no occurrence out of the near
window can have the context it would need (looked up in the 3-gram index).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from model.annotations import AnnotationSet, OutlineCorrection
from model.sidecar.anchor_context import AnchorDoc, Anchored, around, context
from model.sidecar.approx_match import GramHits, Match
from model.sidecar.exact_search import best_occurrence
from model.sidecar.fuzzy_edges import clause_match, natural_bounds
from model.sidecar.fuzzy_search import FUZZY_SLACK, fuzzy_match, near_windows


@dataclass(frozen=True)
class AnchorSummary:
    """How many annotations landed where. `text_changed`: the report's sha256 differs
    from the one the sidecar was saved with."""

    anchored: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    text_changed: bool = False

    @property
    def total(self) -> int:
        return self.anchored + self.moved + self.fuzzy + self.orphaned

    def to_json(self) -> dict[str, int]:
        return {"anchored": self.anchored, "moved": self.moved, "fuzzy": self.fuzzy,
                "orphaned": self.orphaned}


def anchor_annotations(
    text: str,
    annotation_set: AnnotationSet,
    *,
    old_length: int | None = None,
    old_sha256: str | None = None,
    shortcuts: bool = True,
) -> tuple[AnnotationSet, AnchorSummary]:
    """A new AnnotationSet (same tags and rejected suggestions) placed on `text`, and the
    counts. `old_length`/`old_sha256` describe the text the annotations were made on. The
    outline corrections are placed too (they are not counted). `shortcuts=False`: every
    search done in full (the tests prove the shortcuts give the same answers)."""
    doc = _doc(text, old_length)
    doc.shortcuts = shortcuts
    changed = old_sha256 is not None and _sha256(text) != old_sha256
    # the same text: nothing moved, so the order is the stored one (cheaper to visit)
    place = _anchor_in_order if old_sha256 is None or changed else _anchor_as_stored
    placed = place(doc, list(annotation_set))
    counts = {"anchored": 0, "moved": 0, "fuzzy": 0, "orphaned": 0}
    for a in placed:
        counts[a.status] += 1
    out = AnnotationSet(tags=list(annotation_set.tags),
                        rejected_suggestions=set(annotation_set.rejected_suggestions),
                        outline_corrections=place(doc, annotation_set.outline_corrections))
    out.replace_all(placed)
    return out, AnchorSummary(**counts, text_changed=changed)


def anchor_corrections(text: str, corrections: Iterable[OutlineCorrection], *,
                       old_length: int | None = None) -> list[OutlineCorrection]:
    """Outline corrections placed on `text` as annotations are (orphaned: not found)."""
    return _anchor_in_order(_doc(text, old_length), list(corrections))


def _doc(text: str, old_length: int | None) -> AnchorDoc:
    delta = len(text) - old_length if old_length is not None and old_length >= 0 else 0
    return AnchorDoc(text, delta, GramHits(text))


def _anchor_in_order(doc: AnchorDoc, items: list[Anchored]) -> list[Anchored]:
    """Each item placed (same order as given), visiting them by old offset so that each
    exact placement sets the local shift for the next (see the module)."""
    placed: list[Anchored] = list(items)
    starts = [a.start for a in items]
    shift: int | None = None
    for at in sorted(range(len(items)), key=starts.__getitem__):
        a = items[at]
        b, exact = anchor_one(doc, a, shift)
        placed[at] = b
        if exact:
            shift = b.start - a.start
    return placed


def _anchor_as_stored(doc: AnchorDoc, items: list[Anchored]) -> list[Anchored]:
    """Each item placed on its own, without local shifts (for an unchanged text)."""
    return [anchor_one(doc, a)[0] for a in items]


def anchor_one(doc: AnchorDoc, a: Anchored, shift: int | None = None) -> tuple[Anchored, bool]:
    """One annotation placed on doc.text (a new object only when something changed), and
    whether it was found exactly with its full context. `shift`: where the annotations
    before it moved (None: unknown)."""
    text, quote = doc.text, a.quote
    candidates = (a.start, a.start + doc.delta) if shift is None else (
        a.start, a.start + shift, a.start + doc.delta)
    for pos in candidates:
        if pos >= 0 and text.startswith(quote, pos) and context(text, a, pos) == 2.0:
            return _placed(doc, a, pos), True
    expected = _expected(a, doc.delta, shift)
    best = best_occurrence(doc, a, expected)
    if best is not None:
        return _placed(doc, a, best[1]), best[0] == 2.0
    return _inexact(doc, a, expected), False


def _expected(a: Anchored, delta: int, shift: int | None) -> tuple[int, ...]:
    """Where the annotation is expected: at the local shift when known, else at its old
    place or there shifted by the global change."""
    return (a.start, a.start + delta) if shift is None else (a.start + shift,)


def _inexact(doc: AnchorDoc, a: Anchored, expected: tuple[int, ...]) -> Anchored:
    """Steps 3 and 4: a fuzzy or clause match, else an orphan."""
    text, quote = doc.text, a.quote
    match = fuzzy_match(doc, a, expected)
    if match is not None:
        start, end = natural_bounds(text, quote, a.prefix, a.suffix, match.start, match.end,
                                    match.errors)
        return _fuzzy_placed(text, a, Match(start, end, match.errors))
    span = clause_match(text, quote, a.prefix, a.suffix,
                        near_windows(a, expected, len(quote) + FUZZY_SLACK))
    if span is not None:
        return _fuzzy_placed(text, a, Match(*span, errors=len(quote)))
    return a if a.status == "orphaned" else replace(a, status="orphaned")


def _placed(doc: AnchorDoc, a: Anchored, pos: int) -> Anchored:
    end = pos + len(a.quote)
    status = "anchored" if pos == a.start else "moved"
    prefix, suffix = around(doc.text, pos, end)
    if (pos, status, prefix, suffix) == (a.start, a.status, a.prefix, a.suffix):
        return a
    return replace(a, start=pos, end=end, status=status, prefix=prefix, suffix=suffix)


def _fuzzy_placed(text: str, a: Anchored, m: Match) -> Anchored:
    prefix, suffix = around(text, m.start, m.end)
    return replace(a, start=m.start, end=m.end, quote=text[m.start : m.end], prefix=prefix,
                   suffix=suffix, status="fuzzy", original_quote=a.original_quote or a.quote)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
