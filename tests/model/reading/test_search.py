from __future__ import annotations

import pytest

from model.annotations import make_annotation
from model.errors import ModelError, SearchBadRegex
from model.reading.search import find, find_in_notes, fold_pattern
from model.reading.segmenter import Segmenter

TEXT = "控制工作风险，加强作风建设，作风过硬。\u3000（一）１２项(一)12项"


def spans(query: str, **kw: object) -> list[str]:
    return [TEXT[s:e] for s, e in find(TEXT, query, **kw)]  # type: ignore[arg-type]


def test_plain_finds_every_occurrence() -> None:
    assert find(TEXT, "作风") == [(3, 5), (9, 11), (14, 16)]


def test_word_mode_respects_token_edges(segmenter: Segmenter) -> None:
    hits = find(TEXT, "作风", mode="word", segmenter=segmenter)
    assert (3, 5) not in hits  # 工作|风险
    assert hits == [(9, 11), (14, 16)]  # 作风建设 (a user word) and 作风过硬


def test_word_mode_with_precomputed_boundaries(segmenter: Segmenter) -> None:
    bounds = segmenter.boundaries(TEXT)
    assert find(TEXT, "作风", mode="word", boundaries=bounds) == [(9, 11), (14, 16)]
    assert find(TEXT, "风险", mode="word", boundaries=bounds) == [(4, 6)]


def test_word_mode_needs_boundaries_or_segmenter() -> None:
    with pytest.raises(ValueError):
        find(TEXT, "作风", mode="word")


@pytest.mark.parametrize("query", ["（一）", "(一)"])
def test_full_and_half_width_parentheses_match_each_other(query: str) -> None:
    assert spans(query) == ["（一）", "(一)"]


@pytest.mark.parametrize("query", ["12", "１２"])
def test_full_and_half_width_digits_match_each_other(query: str) -> None:
    assert spans(query) == ["１２", "12"]


def test_offsets_point_into_the_original_text() -> None:
    (start, end), _ = find(TEXT, "12项")
    assert TEXT[start:end] == "１２项"


def test_case_folding() -> None:
    text = "KPI 与 ｋｐｉ 与 kpi"
    assert len(find(text, "kpi")) == 3
    assert find(text, "kpi", case_sensitive=True) == [(6, 9), (12, 15)]  # ｋｐｉ folds to kpi


def test_regex_runs_on_folded_text() -> None:
    assert spans(r"\d+项", mode="regex") == ["１２项", "12项"]
    assert spans("（一）", mode="regex") == ["（一）", "(一)"]  # literal, not a group
    assert fold_pattern("（一）") == r"\(一\)"


def test_regex_skips_empty_matches() -> None:
    assert find("甲乙", "x*", mode="regex") == []


@pytest.mark.parametrize("pattern", ["(", "[a-", "*x", "(?P<1>a)"])
def test_bad_regex_raises_model_error_with_code(pattern: str) -> None:
    with pytest.raises(SearchBadRegex) as info:
        find(TEXT, pattern, mode="regex")
    assert isinstance(info.value, ModelError)
    assert info.value.code == "search_bad_regex"
    assert "invalid regular expression" in str(info.value)


def test_empty_query_and_unknown_mode() -> None:
    assert find(TEXT, "") == []
    with pytest.raises(ValueError):
        find(TEXT, "作风", mode="fuzzy")


def test_find_in_notes() -> None:
    text = "一是加强学习。二是补短板。"
    second = make_annotation(text, 7, 13, "measure", note="核实ＫＰＩ数据")
    first = make_annotation(text, 0, 7, "measure", note="待核实")
    plain = make_annotation(text, 0, 3, "problem")
    assert find_in_notes([second, plain, first], "核实") == [first, second]
    assert find_in_notes([second], "kpi") == [second]
    assert find_in_notes([second], "") == []


def test_folded_text_is_folded_once_in_slices_like_fold(monkeypatch):
    from model.reading import search as search_module
    from model.report.textnorm import fold
    monkeypatch.setattr(search_module, "FOLD_SLICE", 7)
    text = "ＡＢＣ“引号”ΣΑΣ\nΟΔΟΣ abc\n（一）Istanbul ΣΣ\n" * 5  # final sigma at line ends
    folded = search_module.FoldedText(text)
    assert folded.form(False) == fold(text)
    assert folded.form(True) == fold(text, case_sensitive=True)
    assert folded.form(False) is folded.form(False)  # kept, not folded again
    assert search_module.find(text, "σ", folded=folded) == search_module.find(text, "σ")


def test_a_cancelled_plain_search_stops():
    from model.reading.search import Cancelled, FoldedText
    text = "企业" * 10_000
    with pytest.raises(Cancelled):
        find(text, "企", folded=FoldedText(text), cancelled=lambda: True)
