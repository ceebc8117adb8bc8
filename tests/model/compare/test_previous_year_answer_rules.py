"""How a report answers its previous year's commitments (issue 16, session 13, match16: the
rules written from tune14, the national reports 2003 → 2010 scored blind in session 12 as
heldback11), each on written sentences."""
from __future__ import annotations

from pathlib import Path

from model.compare.figures import figures, spelled_out
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

GROWTH_B = """2005年政府工作报告
一、2004年工作回顾
我们加强宏观调控，着力解决影响经济增长的突出问题，经济增长的稳定性增强。
全年中央财政用于“三农”的支出共2626亿元，增长22.5%。
2004年，国内生产总值达到13.65万亿元，比上年增长9.5%；
二、2005年工作任务
国内生产总值增长8%左右。
"""


def _first(tmp_path: Path, segmenter: Segmenter, idf: Idf, b_text: str, task: str) -> str:
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    return evidence.candidates(Passage(0, len(task), task, ()), 3)[0].passage.quote


def test_the_economy_s_growth_target_set_as_an_expected_target_is_gdp_s() -> None:
    """经济增长预期目标为7%左右 (the 2003 and 2004 reports) sets GDP's growth."""
    [f] = figures(spelled_out("中央提出今年经济增长预期目标为7%左右", national=True))
    assert f.indicator.endswith("国内生产总值") and f.bound == "左右"
    [f] = figures(spelled_out("经济增长的目标为8%左右", national=True))
    assert f.indicator == "国内生产总值"
    assert spelled_out("经济增长的质量和效益") == "经济增长的质量和效益"  # no figure: no target


def test_a_change_told_against_its_base_is_the_named_indicator_s() -> None:
    """…达到13.65万亿元，比上年增长9.5%: the rate is GDP's, though its clause names only the
    base (比上年)."""
    level, rate = figures("2004年，国内生产总值达到13.65万亿元，比上年增长9.5%")
    assert level.indicator == "国内生产总值" and rate.indicator.startswith("国内生产总值")
    assert rate.unit == "%" and rate.value == 9.5


def test_the_growth_target_is_answered_by_gdp_s_growth(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """Not by the sentences sharing the words 经济增长 (tune14: nat2003, nat2004)."""
    assert _first(tmp_path, segmenter, idf, GROWTH_B,
                  "中央提出今年经济增长预期目标为7%左右").startswith("2004年，国内生产总值")
