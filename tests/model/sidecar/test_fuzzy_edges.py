"""model/sidecar/fuzzy_edges.py: fuzzy quotes end at natural boundaries; a deleted clause
does not orphan a long annotation (issue 17, items 3 and 4)."""
from __future__ import annotations

import random

import pytest

from model.annotations import Annotation
from model.sidecar.anchoring import anchor_annotations
from tests.model.sidecar.helpers import annotate, set_of

HEAD = "各位代表：过去一年，我们认真落实各项决策部署，经济社会发展取得新成效。"
TAIL = "我们将继续努力，不断提高政府工作水平，让人民群众有更多获得感。\n"


def reanchor(old: str, new: str, a: Annotation) -> Annotation:
    placed, _ = anchor_annotations(new, set_of(a), old_length=len(old))
    return placed.get(a.id)


@pytest.mark.parametrize("quote", ["本届政府依法履职的第一年", "本届政府依法履职的第一年。"])
def test_changed_last_word_is_taken_in_whole(quote: str) -> None:
    old = HEAD + "今年是本届政府依法履职的第一年。" + TAIL
    new = old.replace("依法履职的第一年", "依法履职的首个年度")
    got = reanchor(old, new, annotate(old, quote))
    assert got.status == "fuzzy" and got.original_quote == quote
    assert got.quote == quote.replace("第一年", "首个年度")
    assert new[got.start : got.end] == got.quote


def test_changed_first_word_is_taken_in_whole() -> None:
    old = HEAD + "今年，第一年依法履职的本届政府积极作为。" + TAIL
    new = old.replace("第一年依法履职", "首个年度依法履职")
    quote = "第一年依法履职的本届政府积极作为"
    got = reanchor(old, new, annotate(old, quote))
    assert got.status == "fuzzy" and got.quote == "首个年度依法履职的本届政府积极作为"


def test_quote_ending_at_punctuation_keeps_it_when_the_context_changed_too() -> None:
    old = HEAD + "今年是本届政府依法履职的第一年。下一段从这里开始。"
    new = HEAD + "今年是本届政府依法履职的首个年度。另起一段完全不同。"
    quote = "本届政府依法履职的第一年。"
    got = reanchor(old, new, annotate(old, quote))
    assert got.status == "fuzzy" and got.quote == "本届政府依法履职的首个年度。"


ONE = "坚持把稳就业摆在突出位置，"
TWO = "全年城镇新增就业一万二千人，"
THREE = "城镇调查失业率控制在百分之五点五以内。"


def test_one_deleted_clause_of_a_long_annotation_is_fuzzy_not_orphaned() -> None:
    quote = ONE + TWO + THREE
    assert len(quote) == 46
    old = HEAD + quote + TAIL
    new = HEAD + ONE + THREE + TAIL
    got = reanchor(old, new, annotate(old, quote, note="就业"))
    assert (got.status, got.quote, got.original_quote, got.note) == (
        "fuzzy", ONE + THREE, quote, "就业")
    assert new[got.start : got.end] == got.quote


def test_deleted_last_clause_and_deleted_first_clause() -> None:
    quote = ONE + TWO + THREE
    old = HEAD + quote + TAIL
    for kept in (ONE + TWO[:-1] + "。", TWO + THREE):
        new = HEAD + kept + TAIL
        got = reanchor(old, new, annotate(old, quote))
        assert (got.status, got.quote) == ("fuzzy", kept)


def test_most_of_the_quote_deleted_is_still_orphaned() -> None:
    quote = ONE + TWO + THREE
    old = HEAD + quote + TAIL
    new = HEAD + THREE + TAIL
    assert reanchor(old, new, annotate(old, quote)).status == "orphaned"


def test_clauses_out_of_order_or_context_changed_are_orphaned() -> None:
    quote = ONE + TWO + THREE
    old = HEAD + quote + TAIL
    swapped = HEAD + THREE + ONE + TAIL
    assert reanchor(old, swapped, annotate(old, quote)).status == "orphaned"
    changed = HEAD.replace("取得新成效", "迈上新台阶") + ONE + THREE + "另外的结尾完全不同。"
    assert reanchor(old, changed, annotate(old, quote)).status == "orphaned"


CLAUSES = ["深入实施创新驱动发展战略", "加快建设现代化产业体系", "持续优化营商环境",
           "扎实推进乡村全面振兴", "着力保障和改善民生", "统筹发展和安全",
           "全面加强政府自身建设", "推动生态环境质量持续改善"]


def test_generated_clause_deletions() -> None:
    rng = random.Random(17)
    for _ in range(60):
        parts = rng.sample(CLAUSES, rng.randint(3, 5))
        quote = "，".join(parts) + "。"
        old = HEAD + quote + TAIL
        gone = rng.randrange(len(parts))
        left = parts[:gone] + parts[gone + 1 :]
        new = HEAD + "，".join(left) + "。" + TAIL
        got = reanchor(old, new, annotate(old, quote))
        assert got.status == "fuzzy", (quote, left)
        assert got.quote == "，".join(left) + "。" and got.original_quote == quote


WORDS = [("第一年", "首个年度"), ("三个方面", "三大领域"), ("持续推进", "进一步推动"),
         ("明显提升", "显著提高")]


def test_generated_word_changes_extend_to_the_whole_new_word() -> None:
    rng = random.Random(3)
    for _ in range(40):
        before, after = rng.choice(WORDS)
        body = rng.choice(CLAUSES) + "，" + rng.choice(CLAUSES)
        punct = rng.choice(["。", "，", "；"])
        with_punct = rng.random() < 0.5
        old = HEAD + body + before + punct + TAIL
        new = HEAD + body + after + punct + TAIL
        quote = body + before + (punct if with_punct else "")
        got = reanchor(old, new, annotate(old, quote))
        assert got.status == "fuzzy"
        assert got.quote == body + after + (punct if with_punct else ""), (quote, got.quote)
