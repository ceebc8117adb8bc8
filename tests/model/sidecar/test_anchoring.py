"""model/sidecar/anchoring.py and model/sidecar/approx_match.py: annotations follow the text."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from model.annotations import Annotation, AnnotationSet, make_annotation
from model.report.loading import load_report
from model.sidecar.anchoring import anchor_annotations
from model.sidecar.approx_match import GramHits, _scores, search, seed_windows
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import REPORT, annotate, copy_report, set_of

TEXT = load_report(REPORT).text


def reanchor(old: str, new: str, *annotations: Annotation) -> dict[str, Annotation]:
    placed, summary = anchor_annotations(new, set_of(*annotations), old_length=len(old))
    assert summary.total == len(annotations)
    return {a.id: a for a in placed}


def test_unchanged_text_keeps_everything_as_is() -> None:
    a, b = annotate(TEXT, "形式主义"), annotate(TEXT, "一是产业结构仍需优化")
    original = set_of(a, b)
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    placed, summary = anchor_annotations(TEXT, original, old_length=len(TEXT), old_sha256=sha)
    assert list(placed) == [a, b] and placed.get(a.id) is a
    assert (summary.anchored, summary.text_changed) == (2, False)


@pytest.mark.parametrize("edit", ["insert before", "delete before", "insert after"])
def test_simple_edits_shift_annotations(edit: str) -> None:
    a = annotate(TEXT, "研发投入强度低于全省平均水平", note="原批注")
    cut = TEXT.index("二、存在的问题")
    new = {
        "insert before": TEXT[:cut] + "（新增）补充说明一段。\n" + TEXT[cut:],
        "delete before": TEXT.replace("新建改建养老服务设施42个，", ""),
        "insert after": TEXT + "附件：统计表。\n",
    }[edit]
    got = reanchor(TEXT, new, a)[a.id]
    assert new[got.start : got.end] == a.quote
    assert got.status == ("anchored" if edit == "insert after" else "moved")
    assert got.note == "原批注" and got.created == a.created


def test_edit_next_to_the_quote_updates_its_context() -> None:
    a = annotate(TEXT, "形式主义、官僚主义问题")
    new = TEXT.replace("少数干部担当意识不强，", "少数干部担当意识不够强，")
    got = reanchor(TEXT, new, a)[a.id]
    assert new[got.start : got.end] == a.quote and got.status == "moved"
    assert got.prefix.endswith("少数干部担当意识不够强，") and got.prefix != a.prefix


def test_moved_paragraphs() -> None:
    lines = TEXT.split("\n")
    i, j = lines.index("（一）经济运行稳中向好"), lines.index("（二）民生保障持续加强")
    a = annotate(TEXT, "新增普惠性托位1800个")
    b = annotate(TEXT, "固定资产投资增长4.8%")
    swapped = lines[:i] + lines[j : j + 2] + lines[i : i + 2] + lines[j + 2 :]
    new = "\n".join(swapped)
    got = reanchor(TEXT, new, a, b)
    for x in (a, b):
        assert new[got[x.id].start : got[x.id].end] == x.quote
        assert got[x.id].status == "moved"


def test_repeated_quote_prefix_and_suffix_decide_over_distance() -> None:
    first = "甲方案：我们坚持稳中求进工作总基调，推进改革。\n"
    second = "乙方案：我们坚持稳中求进工作总基调，扩大开放。\n"
    old = "前言。\n" + first + second
    new = "前言。\n" + second + first  # same length: the old position now holds the other
    a = annotate(old, "坚持稳中求进工作总基调", nth=1)
    got = reanchor(old, new, a)[a.id]
    assert got.start == new.index("坚持稳中求进工作总基调") and got.status == "moved"
    assert new[got.start - 6 : got.start] == "乙方案：我们"


def test_small_wording_edit_is_a_fuzzy_match() -> None:
    a = annotate(TEXT, "科技创新能力不强，研发投入强度低于全省平均水平")
    new = TEXT.replace("科技创新能力不强，研发投入强度低于全省平均水平",
                       "科技创新能力仍然不强，研发投入强度低于全省平均")
    got = reanchor(TEXT, new, a)[a.id]
    assert got.status == "fuzzy"
    assert got.quote == new[got.start : got.end]
    assert got.quote.startswith("科技创新能力仍然不强") and got.quote.endswith("全省平均")
    assert got.original_quote == a.quote


def test_fuzzy_match_far_from_the_old_place() -> None:
    filler = "".join(f"第{i}项工作按计划推进。" for i in range(3000))
    para = "加快建设现代化产业体系，推动传统产业转型升级，培育壮大战略性新兴产业。"
    old = para + "\n" + filler
    new = filler + "\n" + para.replace("培育壮大", "大力培育")
    a = annotate(old, para)
    got = reanchor(old, new, a)[a.id]
    assert got.status == "fuzzy" and got.start > len(filler)
    assert got.quote == para.replace("培育壮大", "大力培育")


def test_deleted_passage_becomes_an_orphan_and_is_saved(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    gone = annotate(report.text, "形式主义、官僚主义问题仍有发生", note="重点")
    kept = annotate(report.text, "一是产业结构仍需优化")
    save_sidecar(sidecar_path(report.path), report, set_of(gone, kept))
    report.path.write_text(report.text.replace(
        "少数干部担当意识不强，形式主义、官僚主义问题仍有发生。", "（略）"), encoding="utf-8")
    opened = open_annotations(load_report(report.path))
    assert (opened.summary.orphaned, opened.summary.anchored) == (1, 1)
    orphan = opened.annotation_set.get(gone.id)
    assert (orphan.status, orphan.start, orphan.end, orphan.quote, orphan.note) == (
        "orphaned", gone.start, gone.end, gone.quote, "重点")
    save_sidecar(sidecar_path(report.path), load_report(report.path), opened.annotation_set)
    reloaded = load_sidecar(sidecar_path(report.path))
    assert reloaded is not None and reloaded.annotation_set.get(gone.id).status == "orphaned"
    report.path.write_text(TEXT, encoding="utf-8")  # the passage comes back
    back = open_annotations(load_report(report.path)).annotation_set.get(gone.id)
    assert (back.status, back.start) == ("anchored", gone.start)


def test_short_quote_without_its_context_is_orphaned_not_misplaced() -> None:
    old = "这是一段足够长的开头文字，用来提供上下文。二是加强监管。\n结尾。"
    a = annotate(old, "二是")
    new = "这是一段足够长的开头文字，用来提供上下文。加强监管。\n另外，二是说明情况。"
    got = reanchor(old, new, a)[a.id]
    assert got.status == "orphaned"


def test_thousand_annotations_after_random_edits() -> None:
    rng = random.Random(3)
    text = TEXT * 20
    annotations = []
    for _ in range(1000):
        start = rng.randrange(len(text) - 30)
        annotations.append(Annotation(f"id{len(annotations)}", "problem", start,
                                      start + rng.randint(4, 25), ""))
    annotations = [annotate_at(text, a.start, a.end) for a in annotations]
    cut = len(text) // 2
    new = text[:cut] + "插入的一句话。" + text[cut + 3 :]
    placed, summary = anchor_annotations(new, set_of(*annotations), old_length=len(text))
    assert summary.orphaned + summary.fuzzy < 20
    for a in placed:
        if a.status in ("anchored", "moved"):
            assert new[a.start : a.end] == a.quote


def annotate_at(text: str, start: int, end: int) -> Annotation:
    return make_annotation(text, start, end, "problem")


def test_anchoring_keeps_tags_and_rejected_suggestions() -> None:
    s = AnnotationSet(rejected_suggestions={"k"})
    s.add(annotate(TEXT, "一是"))
    placed, _ = anchor_annotations(TEXT + "尾", s, old_length=len(TEXT))
    assert placed.rejected_suggestions == {"k"} and placed.tags == s.tags
    assert placed is not s


def _dp_search(p: str, t: str) -> list[int]:
    prev, out = list(range(len(p) + 1)), []
    for c in t:
        cur = [0]
        for i in range(1, len(p) + 1):
            cur.append(min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (p[i - 1] != c)))
        out.append(cur[-1])
        prev = cur
    return out


def test_bit_parallel_distances_match_dynamic_programming() -> None:
    rng = random.Random(5)
    for _ in range(300):
        p = "".join(rng.choice("ab政𠀀") for _ in range(rng.randint(1, 70)))
        t = "".join(rng.choice("ab政𠀀") for _ in range(rng.randint(0, 90)))
        assert _scores(p, t, anchored=False) == _dp_search(p, t)


def test_search_finds_start_and_end_of_an_approximate_match() -> None:
    text = "前文。" * 30 + "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念" + "后文。" * 30
    quote = "坚持稳中求进的工作总基调，完整准确全面贯彻发展理念"
    found = search(quote, text, 0, len(text), len(quote) // 4)
    assert found[0].errors == 2
    assert text[found[0].start : found[0].end] == "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念"


def test_search_window_before_the_text_is_empty() -> None:
    assert search("坚持稳中求进", TEXT, -500, -100, 1) == []


def test_gram_index_answers_like_find() -> None:
    by_find, by_index = GramHits(TEXT, index_after=10**9), GramHits(TEXT, index_after=0)
    for gram in ("坚持稳", "一是产", "不存在", "我们坚", "发展理"):
        assert by_find(gram) == by_index(gram)
    quote = "我们坚持稳中求进工作总基调，持续优化营商环境"
    assert seed_windows(quote, by_find) == seed_windows(quote, by_index)
    lo, hi = seed_windows(quote, by_index)[0]
    assert lo <= TEXT.index(quote) and TEXT.index(quote) + len(quote) <= hi
