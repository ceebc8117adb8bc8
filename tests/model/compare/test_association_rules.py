"""Rules from the misses of the parts studied in session 9 (heldback4, heldback5), each on
written sentences: words real reports use together (model.compare.associations); B's review
of the term against its plan; a short lead without a figure; the past year opened after the
term's review; the economy's growth target; target lists held against another; programs
named by their count."""
from __future__ import annotations

from pathlib import Path

import pytest

import model.compare.proposals as proposals
from model.compare import abbreviations as abbr
from model.compare.associations import Associations
from model.compare.commitments import checkable
from model.compare.figures import figures, spelled_out
from model.compare.parts import part_outline, years_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.targets import items
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

TRADE_B = """某市2026年政府工作报告

一、2025年工作回顾

过去一年，全市经济运行稳中有进。科技创新新动能加快成长，企业活力持续增强。出口新动能加快成长，跨境电商交易额增长28.1%。

二、2026年重点工作

持续扩大有效投资。
"""


def _b(tmp_path: Path, text: str) -> Report:
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "b.txt")


def _top(evidence: Evidence, commitment: str) -> str:
    found = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    return found[0].passage.quote if found else ""


def test_an_associate_answers_a_word_the_sentence_lacks(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """外贸 is answered by 出口 and 跨境 (reports use them together): of two sentences
    sharing 新动能 and lacking 外贸, the one naming its associates ranks first; without the
    table the two tie (and the earlier one comes first)."""
    b = _b(tmp_path, TRADE_B)
    table = Associations({"外贸": (("出口", 0.6), ("跨境", 0.5))})
    with_table = Evidence(b.text, detect_outline(b), segmenter, idf, associations=table)
    assert _top(with_table, "将培育外贸新动能").startswith("出口新动能")
    without = Evidence(b.text, detect_outline(b), segmenter, idf,
                       associations=Associations({}))
    assert _top(without, "将培育外贸新动能").startswith("科技创新新动能")


def test_a_task_verb_or_a_manner_word_is_no_associate(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b = _b(tmp_path, TRADE_B)
    table = Associations({"对外开放": (("高水平", 0.6), ("扩大", 0.5), ("外资", 0.4))})
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf, associations=table)
    assert [w for w, _s in evidence._associates("对外开放")] == ["外资"]


def test_a_compound_lends_its_parts_associates(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """扩大内需's own sentences are the plan's framing; 内需's associates (消费) are where the
    work is told."""
    b = _b(tmp_path, TRADE_B)
    table = Associations({"扩大内需": (("稳中求进", 0.7),), "内需": (("消费", 0.5),)})
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf, associations=table)
    assert dict(evidence._associates("扩大内需")) == {"稳中求进": 0.7, "消费": 0.5}


def test_the_table_loads_and_a_missing_one_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("# contexts 3\n外贸\t出口:0.57 跨境:0.49 bad\n", encoding="utf-8")
    assert Associations.load(path).of("外贸") == (("出口", 0.57), ("跨境", 0.49))
    assert Associations.load(tmp_path / "missing.txt").table == {}
    assert Associations.load().of("外贸")  # the shipped table


def test_a_compound_s_leading_verb_names_nothing(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """扩大内需 is not named by 扩大 (扩大开放 is another matter)."""
    b = _b(tmp_path, TRADE_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    assert evidence._lead("扩大内需") == ""


SHORT_B = """某省2026年政府工作报告

一、2025年工作回顾

过去一年，全省生态环境持续向好。环境质量持续改善。全省环境质量改善成效明显，地表水国考断面优良比例提高到92%。

二、2026年重点工作

推进美丽城市建设。
"""


def test_a_short_lead_without_a_figure_yields_to_its_results(
        tmp_path: Path, segmenter: Segmenter, idf: Idf,
        monkeypatch: pytest.MonkeyPatch) -> None:
    b = _b(tmp_path, SHORT_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    assert _top(evidence, "持续改善环境质量").startswith("全省环境质量改善成效明显")
    monkeypatch.setattr(proposals, "SHORT_LEAD", 1.0)
    assert _top(evidence, "持续改善环境质量") == "环境质量持续改善。"


TERM_B = """某省2026年政府工作报告

一、“十四五”时期和2025年工作回顾

“十四五”时期是极不平凡的五年。五年来，中国中化、中国华能总部等标志性疏解项目迁驻运营。

刚刚过去的2025年，是“十四五”收官之年。一年来，全省经济运行稳中有进。

二、2026年重点工作

推动中国中化、中国华能总部建成投用后发挥作用。
"""


def test_the_term_s_review_reports_more_than_the_plan(
        tmp_path: Path, segmenter: Segmenter, idf: Idf,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The term's last year is in the term's review: its result outranks B's plan
    restating the task (TERM_REVIEW against OUTSIDE_REVIEW)."""
    b = _b(tmp_path, TERM_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    commitment = "推动中国中化、中国华能总部建成投用"
    assert _top(evidence, commitment).startswith("五年来")
    monkeypatch.setattr(proposals, "TERM_REVIEW", proposals.OUTSIDE_REVIEW)
    assert _top(evidence, commitment).startswith("推动中国中化")


def test_the_past_year_opened_after_the_term_ends_its_review(tmp_path: Path) -> None:
    """刚刚过去的2025年 (ten characters) opens the year's review after the term's."""
    b = _b(tmp_path, TERM_B)
    spans = years_spans(b.text, part_outline(b.text, detect_outline(b)))
    year = b.text.index("刚刚过去")
    assert spans and all(not (s <= year < e) for s, e in spans)
    assert any(s <= b.text.index("五年来") < e for s, e in spans)


def test_the_economy_s_growth_target_is_gdp_s() -> None:
    assert spelled_out("经济增长6%左右") == "地区生产总值增长6%左右"
    assert spelled_out("经济增长6%左右", national=True) == "国内生产总值增长6%左右"
    assert spelled_out("给经济增长带来压力") == "给经济增长带来压力"  # no figure: no target
    [f] = figures(spelled_out("经济增长6%左右"))
    assert f.indicator == "地区生产总值"


def test_a_target_list_is_cut_at_indicators_held_against_another() -> None:
    text = ("城镇新增就业70万人，居民人均可支配收入增速高于经济增速，居民消费价格涨幅与全国一致，"
            "生态环境指标以国家下达任务为准，粮食产量616亿……")
    cut = [text[s:e] for s, e in items(text, 0, len(text))]
    assert cut == ["城镇新增就业70万人", "居民人均可支配收入增速高于经济增速",
                   "居民消费价格涨幅与全国一致", "生态环境指标以国家下达任务为准", "粮食产量616亿……"]


def test_a_keynote_sentence_naming_a_counted_program_sets_it() -> None:
    assert checkable("要坚持稳中求进、以进促稳，大力实施内需扩量提效、民生补短提质“七大攻坚”")
    assert not checkable("要坚持稳中求进、以进促稳，守正创新、先立后破")


def test_a_program_named_by_its_count_is_a_short_name(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    assert [a.short for a in abbr.numbered("全力推进“七大攻坚”，实施“五大工程”。")] == [
        "七大攻坚", "五大工程"]
    b = _b(tmp_path, """某省2026年政府工作报告

一、2025年工作回顾

过去一年，我们全力推进“七大攻坚”，经济运行稳中有进。科技创新引领产业创新，研发投入强度提升至2.62%。

二、2026年重点工作

推进科技创新和产业创新深度融合。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    assert "七大攻坚" in evidence.sentences[0].policies
    commitment = "大力实施科技创新赋能、产业育新培强“七大攻坚”"
    found = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    assert any(c.passage.quote.startswith("过去一年，我们全力推进") and
               any(w == "七大攻坚" for _s, _e, w in c.matched) for c in found[:2])
