"""A word the later report names only once or twice (issue 16, session 12, match15): the
other end of SPREAD — where a word in most of B's sentences names nothing, a word of the
commitment that B names in one or two sentences points at them."""
from __future__ import annotations

from pathlib import Path

import pytest

import model.compare.proposals as proposals
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

#: the river named once in the review (and once in the plan); the province's own words
#: (省级, 建成) in several sentences, and long result sentences sharing several of the
#: commitment's everyday words (深入, 建设, 美丽, 建成); a whole report's other results
#: (PADDING) after them
RIVER_B = """某省2026年政府工作报告
一、2025年工作回顾
产业项目建设年活动深入实施，1000个省级重点产业项目完成投资1865.7亿元、增长4%，243个重点项目建成投产。
宜居宜业和美乡村建设扎实开展，创建国家乡村振兴示范县2个，打造中国美丽休闲乡村60个，建成龙江民居试点村118个。
国考断面优良水体比例提高2.3个百分点，松花江干流水质保持优等级。
生态保护和修复深入实施，营造林92.1万亩。
新增省级专精特新企业300家。
省级政务服务事项实现网上通办。
城市书房建成100个。
新型储能电站建成投运。
{padding}二、2026年工作安排
深入开展松花江等重点流域系统保护，实施重点支流水污染专项治理。
"""

PADDING = "".join(f"第{i}季度接待游客{i}万人次。\n" for i in range(1, 100))

TASK = "深入开展松花江等江河湖泊保护治理，建成一批省级“美丽河湖”"


def _first(tmp_path: Path, segmenter: Segmenter, idf: Idf, padding: str = PADDING) -> str:
    (tmp_path / "b.txt").write_text(RIVER_B.format(padding=padding), encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    return evidence.candidates(Passage(0, len(TASK), TASK, ()), 3)[0].passage.quote


def test_a_word_the_report_names_once_points_at_its_sentence(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """松花江 is in two of B's sentences: the review's one that names it (松花江干流水质保持优
    等级) answers the commitment, not the longer results sharing more everyday words
    (tune: hlj; RARE)."""
    assert _first(tmp_path, segmenter, idf).startswith("国考断面优良水体比例")


def test_in_an_excerpt_every_word_is_rare(tmp_path: Path, segmenter: Segmenter,
                                          idf: Idf) -> None:
    """An excerpt of a dozen sentences names most words once or twice: there rarity points
    at nothing (RARE_AMONG), and the order is the one without the rule."""
    assert not _first(tmp_path, segmenter, idf, padding="").startswith("国考断面优良水体比例")


def test_without_the_rule_the_everyday_words_win(
        tmp_path: Path, segmenter: Segmenter, idf: Idf, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture needs the rule: with RARE off the longer result sentence comes first."""
    monkeypatch.setattr(proposals, "RARE", 0.0)
    assert not _first(tmp_path, segmenter, idf).startswith("国考断面优良水体比例")
