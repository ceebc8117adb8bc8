"""Re-anchoring with local shifts (model/sidecar/anchoring.py): after a big edit earlier in
the text, annotations land where their neighbours moved, not where the global change in
length points; and the 3-gram index answers exact searches as str.find does."""
from __future__ import annotations

import random

from model.annotations import Annotation, make_annotation
from model.sidecar.anchoring import anchor_annotations
from model.sidecar.approx_match import GramHits
from model.sidecar.exact_search import NEAR_WINDOW
from tests.model.sidecar.helpers import set_of


def filler(first: int, count: int) -> str:
    """`count` distinct lines (none is a substring of another's neighbourhood)."""
    return "".join(f"第{i}条：围绕第{i * 7 + 3}项重点任务推进落实，编号{i:05d}。\n"
                   for i in range(first, first + count))


def placed_by_id(old: str, new: str, annotations: list[Annotation]) -> dict[str, Annotation]:
    placed, summary = anchor_annotations(new, set_of(*annotations), old_length=len(old))
    assert summary.total == len(annotations)
    return {a.id: a for a in placed}


def test_after_a_big_deletion_earlier_everything_lands_exactly() -> None:
    old = filler(0, 3000)
    lines = old.splitlines(keepends=True)
    rng = random.Random(7)
    annotations = []
    for _ in range(300):
        start = rng.randrange(len(old) - 40)
        annotations.append(make_annotation(old, start, start + rng.randint(6, 30), "problem"))
    cut_from, cut_to = len(lines) // 10, len(lines) // 10 + 700  # > NEAR_WINDOW characters
    deleted = "".join(lines[cut_from:cut_to])
    assert len(deleted) > 4 * NEAR_WINDOW
    new = "".join(lines[:cut_from] + lines[cut_to:]) + filler(5000, 800)  # and text added
    got = placed_by_id(old, new, annotations)
    gone_lo = len("".join(lines[:cut_from]))
    for a in annotations:
        b = got[a.id]
        if a.end <= gone_lo or a.start >= gone_lo + len(deleted):
            assert new[b.start : b.end] == a.quote and b.status in ("anchored", "moved")
            shift = 0 if a.end <= gone_lo else -len(deleted)
            assert b.start == a.start + shift


def test_a_repeated_quote_goes_to_the_copy_nearest_the_local_shift() -> None:
    lead = "关于进一步优化营商环境、激发市场主体活力的若干具体措施说明如下：各地各部门"
    quote = "要坚持问题导向和目标导向相结合"
    before, after = filler(0, 300), filler(300, 900)
    old = before + lead + quote + "，切实抓好落实。\n" + after
    edited = lead + quote + "；并且抓好落实。\n"  # the suffix changed: no full context left
    cut = 120  # lines deleted at the start; much more text added at the end
    old_lines = before.splitlines(keepends=True)
    after_lines = after.splitlines(keepends=True)
    new_before = "".join(old_lines[cut:])
    deleted = len(before) - len(new_before)
    twin_at = len(after) // 2
    new = (new_before + edited + after[:twin_at] + edited + after[twin_at:]
           + filler(2000, len(after_lines) // 2))
    a = make_annotation(old, old.index(quote), old.index(quote) + len(quote), "problem")
    b = make_annotation(old, len(before) - 30, len(before) - 10, "problem")  # its neighbour
    got = placed_by_id(old, new, [a, b])
    assert got[b.id].start == b.start - deleted  # exact: sets the local shift
    globally = a.start + len(new) - len(old)
    first, second = new.index(quote), new.index(quote, new.index(quote) + 1)
    assert abs(second - globally) < abs(first - globally)  # the old rule's choice
    assert (got[a.id].start, got[a.id].status) == (first, "moved")
    assert first == a.start - deleted


def test_nothing_is_dropped_when_a_tenth_of_the_paragraphs_go() -> None:
    old = filler(0, 2000)
    lines = old.splitlines(keepends=True)
    rng = random.Random(11)
    annotations = []
    for _ in range(400):
        start = rng.randrange(len(old) - 40)
        annotations.append(make_annotation(old, start, start + rng.randint(3, 25), "problem",
                                           note="批注"))
    kept = [line for line in lines if rng.random() >= 0.1]
    new = "".join(kept)
    got = placed_by_id(old, new, annotations)
    assert set(got) == {a.id for a in annotations}
    for a in annotations:
        b = got[a.id]
        assert b.note == "批注"
        if b.status == "orphaned":
            assert (b.start, b.end, b.quote) == (a.start, a.end, a.quote)
        elif b.status in ("anchored", "moved"):
            assert new[b.start : b.end] == a.quote
        else:
            assert new[b.start : b.end] == b.quote and b.original_quote == a.quote
    # a quote inside one kept line lands on that line
    for a in annotations:
        line_start = old.rfind("\n", 0, a.start) + 1
        line = old[line_start : old.index("\n", a.start) + 1]
        if a.end <= line_start + len(line) and line in kept:
            b = got[a.id]
            assert (new[b.start : b.end], b.status) == (a.quote, "moved" if b.start != a.start
                                                        else "anchored")


def test_index_finds_every_occurrence_as_find_does() -> None:
    rng = random.Random(2)
    text = "".join(rng.choice("发展改革推进落实。\n") for _ in range(30_000))
    by_index = GramHits(text, index_after=0)
    for _ in range(200):
        start = rng.randrange(len(text) - 20)
        quote = text[start : start + rng.randint(5, 12)]
        lo, hi = rng.randrange(len(text) // 2), len(text) - rng.randrange(len(text) // 2)
        expected = []
        pos = text.find(quote, lo, hi)
        while pos != -1:
            expected.append(pos)
            pos = text.find(quote, pos + 1, hi)
        got = by_index.occurrences(quote, lo, hi)
        assert got is None or got == expected
    assert GramHits(text, index_after=10**9).occurrences("发展改革推进", 0, len(text)) is None
