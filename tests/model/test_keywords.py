from __future__ import annotations

from pathlib import Path

import pytest

from model.keywords import Idf, document_keywords, section_keywords
from model.outline import Outline, OutlineNode
from model.segment import Segmenter

TEXT = ("一、乡村振兴\n大力推进乡村振兴，发展特色产业，壮大村集体经济。乡村振兴成效明显，特色产业带动增收。\n"
        "二、作风建设\n加强作风建设，整治形式主义、官僚主义。作风建设持续推进，形式主义问题得到整治。\n")


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    return Segmenter(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def idf() -> Idf:
    return Idf.load()


def test_document_keywords_skip_boilerplate(segmenter: Segmenter, idf: Idf) -> None:
    words = [w for w, _ in document_keywords(TEXT, segmenter, 6, idf)]
    assert "乡村振兴" in words and "作风建设" in words
    assert not {"加强", "推进", "工作", "问题"} & set(words)


def test_section_keywords_per_node(segmenter: Segmenter, idf: Idf) -> None:
    second = TEXT.index("二、")
    outline = Outline(None, [
        OutlineNode(1, 1, "heading", "一、", "乡村振兴", 0, second),
        OutlineNode(3, 1, "heading", "二、", "作风建设", second, len(TEXT)),
    ])
    result = section_keywords(TEXT, outline, segmenter, 3, idf)
    assert set(result) == {0, second}
    first_words = [w for w, _ in result[0]]
    second_words = [w for w, _ in result[second]]
    assert "乡村振兴" in first_words and "作风建设" not in first_words
    assert "作风建设" in second_words or "形式主义" in second_words
    weights = [w for _, w in result[0]]
    assert weights == sorted(weights, reverse=True) and len(weights) == 3


def test_idf_top_and_custom_files(tmp_path: Path) -> None:
    idf_file = tmp_path / "idf.txt"
    idf_file.write_text("稀有 10.0\n常见 1.0\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("# comment\n忽略\n", encoding="utf-8")
    table = Idf.load(idf_file, stop)
    assert table.top(["常见", "常见", "稀有", "忽略", "甲", "12"], 5) == [
        ("稀有", round(1 / 3 * 10.0, 4)), ("常见", round(2 / 3 * 1.0, 4))]
    assert table.top([], 3) == []
