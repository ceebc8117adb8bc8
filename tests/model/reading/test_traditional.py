"""Traditional Chinese reads like Simplified (model/reading/traditional.py, issue 14 item 4):
a Simplified fixture turned into Traditional with OpenCC's Simplified→Traditional character
table (tests/data/traditional/s2t.txt, tools/build_t2s_table.py) gives the same suggestions,
keywords and search hits at the same offsets."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.reading.analysis import analyse
from model.reading.keywords import Idf
from model.reading.search import FoldedText, find
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.reading.traditional import simplified, simplified_chars
from model.report.loading import load_report, report_from_text

DATA = Path(__file__).resolve().parents[2] / "data"


def to_traditional(text: str) -> str:
    """`text` converted character by character by OpenCC's first candidates."""
    table = {}
    for line in (DATA / "traditional" / "s2t.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            key, value = line.split("\t")
            table[ord(key)] = ord(value)
    return text.translate(table)


@pytest.fixture(scope="module")
def fixture_text() -> str:
    return load_report(DATA / "suggest" / "city_gov_report.txt").text


def test_conversion_keeps_every_offset_and_reads_phrases() -> None:
    text = "在肯定成績的同時，我們清醒地認識到存在的問題。乾隆年間，瞭解於此。"
    assert simplified(text) == "在肯定成绩的同时，我们清醒地认识到存在的问题。乾隆年间，了解于此。"
    assert len(simplified(text)) == len(text)
    assert simplified("一般公共预算收入增长5%左右") == "一般公共预算收入增长5%左右"


def test_a_traditional_fixture_gets_the_same_suggestions(fixture_text: str,
                                                         segmenter: Segmenter) -> None:
    traditional = to_traditional(fixture_text)
    assert sum(a != b for a, b in zip(fixture_text, traditional)) > 200  # really converted
    original = suggest(fixture_text, detect_outline(report_from_text(fixture_text)), segmenter)
    converted = suggest(traditional, detect_outline(report_from_text(traditional)), segmenter)
    assert len(original) > 20
    assert [(s.tag, s.start, s.end, s.score) for s in converted] == \
        [(s.tag, s.start, s.end, s.score) for s in original]
    for s in converted:  # quoted (and keyed) as the reader's text writes it
        assert s.quote == traditional[s.start:s.end]
    reasons = " ".join(s.reason for s in converted)
    assert "問題" in reasons or "經濟" in reasons or "增長" in reasons or "建設" in reasons


def test_keywords_are_the_same_words_as_written(fixture_text: str, segmenter: Segmenter,
                                                idf: Idf) -> None:
    traditional = to_traditional(fixture_text)
    simple = analyse(report_from_text(fixture_text), None, segmenter, idf)
    trad = analyse(report_from_text(traditional), None, segmenter, idf)
    assert simple is not None and trad is not None
    assert [(simplified(w), s) for w, s in trad.document_keywords] == simple.document_keywords
    assert all(w in traditional for w, _ in trad.document_keywords)


def test_search_finds_either_form(fixture_text: str) -> None:
    traditional = to_traditional(fixture_text)
    folded = FoldedText(traditional)
    for query in ("经济发展", "經濟發展"):
        hits = find(traditional, query, folded=folded)
        assert hits == find(fixture_text, "经济发展")
        assert hits and all(simplified_chars(traditional[s:e]) == "经济发展" for s, e in hits)
    assert find(traditional, "经济.{0,2}发展", mode="regex") == \
        find(fixture_text, "经济.{0,2}发展", mode="regex")


def test_reasons_quote_the_traditional_text(segmenter: Segmenter) -> None:
    text = ("在肯定成績的同時，我們也清醒看到面臨的問題和挑戰。"
            "經濟回升向好的基礎還不穩固，有效需求不足。\n")
    found = suggest(text, None, segmenter)
    assert [s.tag for s in found] == ["problem", "problem"]
    assert found[1].reason_args["opening"] == "在肯定成績的同時"
    assert "不穩固" in found[1].reason_args["cues"] or "不足" in found[1].reason_args["cues"]


def test_a_long_text_is_converted_in_pieces_alike(monkeypatch) -> None:  # noqa: ANN001
    """Converted a piece at a time (no long C call holding the GIL), the same result."""
    from model.reading import traditional

    text = "國務院關於經濟運行的報告，堅持穩中求進。乾隆年間\n" * 50
    whole = traditional.simplified(text), traditional.simplified_chars(text)
    monkeypatch.setattr(traditional, "TRANSLATE_CHARS", 7)
    assert (traditional.simplified(text), traditional.simplified_chars(text)) == whole


def test_a_simplified_text_is_not_copied() -> None:
    """Converting a text that is Simplified already gives the same object (a 5 MB report
    is not held twice during its analysis)."""
    from model.reading.traditional import simplified

    text = "经济运行稳中有进，财政收支矛盾突出。" * 10
    assert simplified(text) is text
    assert simplified("財政收支") == "财政收支"


def test_the_dense_table_translates_as_the_character_map() -> None:
    """The BMP's characters are read through a tuple (and a piece with none to change is
    not translated); a piece with a character past the BMP through the map itself: the
    same text either way, the Extension B forms included."""
    import random

    from model.reading import traditional

    table = traditional.TABLE
    astral = [chr(k) for k in table.chars if k > 0xFFFF][:20]
    assert astral, "the shipped table maps characters past the BMP"
    keys = [chr(k) for k in table.chars if k <= 0xFFFF][:200] + astral + ["\ud800"]
    rng = random.Random(4)
    for _ in range(500):
        text = "".join(rng.choice(keys) if rng.random() < 0.3 else rng.choice("经济运行，。\n a1")
                       for _ in range(rng.randint(0, 40)))
        assert traditional.simplified_chars(text) == text.translate(table.chars)
    plain = "经济运行稳中有进，财政收支矛盾突出。"
    assert traditional._translated_piece(plain, table) is plain


def test_phrases_found_longest_first() -> None:
    """The phrase pattern gives the longest phrase starting at a place, then goes on after
    it, as reading each first character and trying its phrases longest first did."""
    from model.reading import traditional

    table = traditional.TABLE
    phrases = [key for by_first in table.phrases.values() for key, _value in by_first]
    for key in phrases:
        longer = [p for p in phrases if p != key and p.startswith(key)]
        found = table.phrase.match(key) if table.phrase is not None else None
        assert found is not None and (found.group() == key or longer)
    assert simplified("乾隆年間") == "乾隆年间"
