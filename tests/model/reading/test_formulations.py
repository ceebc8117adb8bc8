from __future__ import annotations

from model.reading.formulations import MAX_CHARS, formulations


def test_counts_places_and_order() -> None:
    text = "坚持“两个维护”，增强“四个意识”。做到“两个维护”，践行「两个维护」和\"放管服\"。"
    found = formulations(text)
    assert [(f.term, f.count) for f in found] == [("两个维护", 3), ("四个意识", 1), ("放管服", 1)]
    assert all(text[s:e] == "两个维护" for s, e in found[0].spans)
    assert found[0].spans[0][0] == text.index("两个维护")


def test_quoted_speech_and_long_quotes_are_left_out() -> None:
    long_term = "甲" * (MAX_CHARS + 1)
    text = f"他说：“我们要加油。”又说“{long_term}”，还有“”和“跨\n行”。"
    assert formulations(text) == []


def test_inner_spaces_are_trimmed_from_the_term() -> None:
    text = "开展“ 四风 ”整治"
    (found,) = formulations(text)
    assert found.term == "四风"
    assert text[found.spans[0][0]:found.spans[0][1]] == "四风"


def test_ties_keep_document_order() -> None:
    text = "“乙”“甲”“乙”“甲”“丙”"
    assert [f.term for f in formulations(text)] == ["乙", "甲", "丙"]
