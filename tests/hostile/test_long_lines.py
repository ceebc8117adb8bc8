"""Bounded work per line (issue 11, item 7): one endless line, crowded cues and digit runs.

Before the fix: `suggest` on 50 lines of 4,000 digits and a unit took 37 s (8,000
digits: 230 s); on one 20 MB line without punctuation it needed 2.6 GB (jieba's table of
the whole run); `outline` and `suggest` on one 20 MB line of an ordinary report, or on
"，一是，二是" repeated over 60 KB, ended in a RecursionError (items nested thousands deep).
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.outline.items import MAX_ITEM_NESTING
from model.reading import suggestions
from model.reading.segmenter import Boundaries, Segmenter, pieces
from model.report.loading import report_from_text
from model.report.textnorm import fold_width
from tests.hostile.limits_support import python_child, time_limit

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "resources" / "samples" / "县工信局2024年工作总结.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    seg = Segmenter(tmp_path_factory.getbasetemp() / "yuepi-cache")
    seg.initialize()
    return seg


# --- pieces for jieba ---------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(20))
def test_pieces_are_bounded_and_cover_the_text(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(["中", "文", "1", "a", "，", "。", "\n", " ", "中" * 50])
                   for _ in range(rng.randrange(0, 3000)))
    size = rng.randrange(2, 200)
    spans = list(pieces(text, size))
    assert [s for s, _ in spans] == [0, *[e for _, e in spans[:-1]]]
    assert (spans[-1][1] if spans else 0) == len(text)
    assert all(0 < e - s <= size for s, e in spans)


@pytest.mark.parametrize("strip", ["", "\n", "\n。，"])
def test_pieces_segment_as_the_whole_text(segmenter: Segmenter, strip: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut where jieba cuts anyway: the tokens are those of one call on the whole text."""
    text = SAMPLE * 3
    for char in strip:
        text = text.replace(char, "")
    whole = [(s, e) for _w, s, e in segmenter._jieba().tokenize(fold_width(text))]
    monkeypatch.setattr("model.reading.segmenter.PIECE_CHARS", 700)
    monkeypatch.setattr(pieces, "__defaults__", (700,))
    assert len(list(pieces(text))) > 5
    assert [(t.start, t.end) for t in segmenter.tokenize(text)] == whole
    edges = segmenter.boundaries(text, fine=False)
    assert {i for i in range(len(text) + 1) if i in edges} == {0, *(x for se in whole for x in se)}


def test_one_long_line_without_punctuation_is_segmented_in_bounded_memory(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """3 MB of Han characters on one line: about 400 MB before, for jieba's table alone."""
    env = {"YUEPI_CACHE_DIR": str(tmp_path_factory.getbasetemp() / "yuepi-cache"),
           "YUEPI_DATA_DIR": str(tmp_path_factory.mktemp("yuepi-data"))}
    outcome = python_child(
        "import re\n"
        "from model.reading.segmenter import default_segmenter\n"
        "from model.reading.suggestions import suggest\n"
        f"sample = open({str(ROOT / 'resources' / 'samples' / '县工信局2024年工作总结.txt')!r},"
        " encoding='utf-8').read()\n"
        "han = re.sub(r'[^\\u4e00-\\u9fff]', '', sample)\n"
        "text = (han * (1_000_000 // len(han) + 1))[:1_000_000]\n"
        "seg = default_segmenter()\n"
        "seg.initialize()\n"
        "edges = seg.boundaries(text, fine=False)\n"
        "found = suggest(text, None, seg)\n"
        "report(chars=len(text), suggestions=len(found))\n",
        timeout=120, memory_mb=1200, env=env)
    result = outcome.result()
    assert result["chars"] == 1_000_000 and result["suggestions"] == 0  # one 1M "sentence"
    assert float(str(result["peak_mb"])) < 250, result


# --- suggestions -------------------------------------------------------------------------
def test_digit_lines_are_suggested_in_linear_time() -> None:
    text = "".join("1" * 4000 + "万元\n" for _ in range(50))
    with time_limit(10, "suggest on 50 lines of 4,000 digits"):
        found = suggestions.suggest_at_edges(text, None, Boundaries(len(text), [0]))
    assert len(found) == 0  # 4,002-character units are left out


def test_long_units_are_left_out_short_ones_kept() -> None:
    limit = suggestions.MAX_UNIT_CHARS
    text = "我们将力争增长" + "1" * (limit - 20) + "%左右。\n我们将力争增长" + "1" * limit + "%左右。"
    found = suggestions.suggest_at_edges(text, None, Boundaries(len(text), [0]))
    assert [s.start for s in found] == [0]


# --- the outline of one endless paragraph --------------------------------------------------
@pytest.mark.parametrize("text", [SAMPLE.replace("\n", "") * 200,
                                  "，一是，二是" * 10_000,
                                  "，首先，一是，二是，其次，" * 5_000,
                                  "，一是" * 20_000 + "。"],
                         ids=["report-on-one-line", "runs", "nested-runs", "crowded-cues"])
def test_outline_of_one_endless_paragraph(text: str) -> None:
    with time_limit(10, "outline of one endless paragraph"):
        outline = detect_outline(report_from_text(text))
    depths = [n.depth for n in outline.nodes() if n.kind == "item"]
    assert max(depths, default=0) <= MAX_ITEM_NESTING + 1


def test_meeting_demands_on_one_line_are_read_in_linear_time() -> None:
    # each unit opens on a meeting's words: whether it opens its paragraph was read by
    # slicing from the line's start (quadratic: 9 s before the fix on this 2.5 MB line)
    from model.reading.suggestion_units import units

    text = "全会强调，要推进改革发展。全会指出，工作取得成效。" * 96_000
    with time_limit(4, "units of one line of meeting demands"):
        found = units(text, None)
    assert len(found) == 2 * 96_000 - 1
