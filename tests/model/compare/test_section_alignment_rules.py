"""A's task sections and B's review paragraphs follow the same fields (issue 16, session 11,
match12): between two sentences that answer a commitment about as well, the one under B's
heading of the commitment's field comes first."""
from __future__ import annotations

from pathlib import Path

from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.section_alignment import field_pairs, section_share
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

FIELDS_B = """2026年某省政府工作报告

一、2025年工作回顾

（一）产业发展提质增效。扶持创业3.9万人。

（二）民生保障稳步增进。扶持创业4.7万人。

二、2026年重点工作

稳定重点群体就业。
"""

SECTION = ("二、2025年重点任务", "（五）加大保障和改善民生力度，增进民生福祉")


def test_a_heading_s_share_of_the_commitment_s_field() -> None:
    field = field_pairs(SECTION)
    assert section_share(field, ("一、2025年工作回顾", "（二）民生保障稳步增进")) > 0.2
    assert section_share(field, ("一、2025年工作回顾", "（一）产业发展提质增效")) == 0.0
    assert section_share(field_pairs(("二、2025年重点任务",)),  # no field below the part
                         ("一、回顾", "民生保障稳步增进")) == 0.0


def test_the_sentence_under_the_commitment_s_field_comes_first(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    (tmp_path / "b.txt").write_text(FIELDS_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    quote = "激发青年群体创业热情"
    [best, *_] = evidence.candidates(Passage(0, len(quote), quote, SECTION), 3)
    assert "4.7万人" in best.passage.quote
