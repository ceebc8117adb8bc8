"""model/reading/analysis.py: one pass gives what the separate functions give, piece by
piece with progress, and stops when cancelled."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.reading.analysis import CHUNK_CHARS, SEGMENTING_PERCENT, analyse, chunks
from model.reading.formulations import formulations
from model.reading.keywords import Idf, document_keywords, section_keywords
from model.reading.segmenter import Boundaries, Segmenter
from model.reading.suggestions import suggest
from model.report.loading import Report, report_from_text

DATA = Path(__file__).resolve().parents[2] / "data" / "suggest"


@pytest.fixture(scope="module")
def report() -> Report:
    """Longer than three pieces: the fixture reports, their sections renumbered."""
    parts = ["某市2024年工作报告"]
    number = 0
    while sum(map(len, parts)) < 3 * CHUNK_CHARS:
        for path in sorted(DATA.glob("*.txt")):
            number += 1
            body = path.read_text(encoding="utf-8").split("\n", 1)[1]
            parts.append(f"第{number}部分 综述\n{body}")
    return report_from_text("\n".join(parts))


def _edges(bounds: Boundaries) -> list[int]:
    return [i for i in range(len(bounds) + 1) if i in bounds]


def test_one_pass_gives_what_the_separate_functions_give(
        report: Report, segmenter: Segmenter, idf: Idf) -> None:
    text, outline = report.text, detect_outline(report)
    assert len(chunks(text)) > 3
    result = analyse(report, outline, segmenter, idf)
    assert result is not None and result.report is report
    assert _edges(result.boundaries) == _edges(segmenter.boundaries(text, fine=True))
    assert result.document_keywords == document_keywords(text, segmenter, idf=idf)
    assert result.section_keywords == section_keywords(text, outline, segmenter, idf=idf)
    assert result.formulations == formulations(text)
    assert result.suggestions == suggest(text, outline, segmenter)
    assert result.suggestions and result.section_keywords and result.formulations


def test_without_an_outline_there_are_no_section_keywords(segmenter: Segmenter,
                                                          idf: Idf) -> None:
    report = report_from_text("全面加强作风建设，坚决做到“两个维护”。\n产业链条仍需延伸。\n")
    result = analyse(report, None, segmenter, idf)
    assert result is not None and result.section_keywords == {}
    assert [f.term for f in result.formulations] == ["两个维护"]
    assert [s.tag for s in result.suggestions] == ["problem"]


def test_progress_follows_each_piece_and_ends_at_100(report: Report, segmenter: Segmenter,
                                                     idf: Idf) -> None:
    heard: list[int] = []
    analyse(report, None, segmenter, idf, progress=heard.append)
    pieces = len(chunks(report.text))
    assert len(heard) == pieces + 1 and heard == sorted(heard)
    assert heard[-2:] == [SEGMENTING_PERCENT, 100]


@pytest.mark.parametrize("after", [0, 2, "every piece"])
def test_cancelled_stops_between_pieces_and_before_suggestions(
        report: Report, segmenter: Segmenter, idf: Idf, after: int | str) -> None:
    """`cancelled` is asked before each piece and once more before the suggestions; the
    run stops at the first True."""
    pieces = len(chunks(report.text))
    answers = [False] * (pieces if after == "every piece" else int(after)) + [True]
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(answers[len(asked)])
        return asked[-1]

    heard: list[int] = []
    assert analyse(report, None, segmenter, idf, progress=heard.append,
                   cancelled=cancelled) is None
    assert asked == answers and len(heard) == len(answers) - 1 and 100 not in heard


def test_chunks_cut_after_line_ends_and_cover_the_text() -> None:
    text = ("一行文字。\n" * 50) + "末行"
    spans = chunks(text, 40)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])
    assert chunks("") == [] and chunks("短") == [(0, 1)]


@pytest.mark.parametrize("variant", ["as written", "full-width digits"])
def test_compact_pass_gives_the_same_whether_folding_changes_the_text_or_not(
        report: Report, segmenter: Segmenter, idf: Idf, variant: str) -> None:
    """The folded text is the text itself when folding changes nothing, and a folded
    copy otherwise; token starts are kept as 4-byte offsets: the results are those of
    the separate functions either way."""
    text = report.text
    if variant == "full-width digits":
        text = text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    changed = report_from_text(text)
    outline = detect_outline(changed)
    result = analyse(changed, outline, segmenter, idf)
    assert result is not None
    assert result.document_keywords == document_keywords(text, segmenter, idf=idf)
    assert result.section_keywords == section_keywords(text, outline, segmenter, idf=idf)
    assert result.suggestions == suggest(text, outline, segmenter)
    assert result.suggestions


def test_the_segmented_pass_keeps_offsets_in_four_bytes(segmenter: Segmenter) -> None:
    from model.reading.analysis import _segment

    text = "经济运行稳中有进。就业形势总体稳定。\n" * 50
    segmented = _segment(text, segmenter, None, None)
    assert segmented is not None
    assert segmented.starts.typecode == "i" and segmented.starts.itemsize == 4
    assert segmented.folded is text  # nothing to fold: no second copy
    assert list(segmented.starts) == [t.start for t in segmenter.tokenize(text)]
