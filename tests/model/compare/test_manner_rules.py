"""The manner a task is to be done in (坚决, 显著, 旗帜鲜明 …) is no subject (issue 16,
session 11, match12): a later report says so about other things too."""
from __future__ import annotations

from pathlib import Path

from model.compare.commitment_words import task_verb
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

MANNER_B = """2026年某自治区政府工作报告

一、2025年工作回顾

坚决遏制新增隐性债务，坚决守住安全底线。

深化维稳防控模式，社会大局和谐稳定。

旗帜鲜明讲政治，全区干部作风持续向好。

深入开展反分裂斗争，有力维护国家安全。

二、2026年重点工作

坚决维护社会和谐稳定。
"""


def test_an_adverb_of_resolve_or_degree_is_a_task_word() -> None:
    for word in ("坚决", "显著", "旗帜鲜明", "大幅提高"):
        assert task_verb(word)
    assert not task_verb("和谐") and not task_verb("显著性")


def test_the_manner_of_a_task_is_no_subject(tmp_path: Path, segmenter: Segmenter,
                                            idf: Idf) -> None:
    (tmp_path / "b.txt").write_text(MANNER_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    for quote, answer in (("坚决维护社会和谐稳定", "社会大局和谐稳定"),
                          ("旗帜鲜明反分裂", "反分裂斗争")):
        [best, *_] = evidence.candidates(Passage(0, len(quote), quote, ()), 3)
        assert answer in best.passage.quote, quote
