from __future__ import annotations

import pytest

from model.report.sentences import paragraph_at, sentence_at, sentences

TEXT = "\u3000\u3000一是加强学习。二是“两个维护”。”三是！\n\n（一）存在困难\n下一步……我们将；ok"


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_split_on_terminators_and_line_ends() -> None:
    assert quoted(TEXT) == ["一是加强学习。", "二是“两个维护”。”", "三是！", "（一）存在困难",
                            "下一步……", "我们将；", "ok"]


def test_closing_quotes_and_brackets_stay_with_the_sentence() -> None:
    assert quoted("他说：“好。”然后（见附件。）结束") == ["他说：“好。”", "然后（见附件。）", "结束"]


def test_sentences_within_a_range() -> None:
    start = TEXT.index("下一步")
    assert [TEXT[s:e] for s, e in sentences(TEXT, start, len(TEXT))][0] == "下一步……"


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, "一是加强学习。"), (2, "一是加强学习。"), (8, "一是加强学习。"), (9, "二是“两个维护”。”"),
     (TEXT.index("三是") + 2, "三是！")],
)
def test_sentence_at(offset: int, expected: str) -> None:
    s, e = sentence_at(TEXT, offset)
    assert TEXT[s:e] == expected


def test_sentence_at_blank_line_and_end() -> None:
    blank = TEXT.index("\n\n") + 1
    assert sentence_at(TEXT, blank) == (blank, blank)
    s, e = sentence_at(TEXT, len(TEXT))
    assert TEXT[s:e] == "ok"
    with pytest.raises(ValueError):
        sentence_at(TEXT, len(TEXT) + 1)


def test_paragraph_at_is_the_trimmed_line() -> None:
    s, e = paragraph_at(TEXT, 5)
    assert TEXT[s:e].startswith("一是") and TEXT[s:e].endswith("三是！")


def test_sentences_as_the_match_by_match_reading() -> None:
    """sentences() reads its matches in one finditer: the spans of matching the sentence
    pattern from each position where the last ended, stepping over line ends."""
    import random

    from model.report.sentences import _SENTENCE, _trim

    def stepwise(text: str, start: int, end: int) -> list[tuple[int, int]]:
        spans, pos = [], start
        while pos < end:
            if text[pos] == "\n":
                pos += 1
                continue
            match = _SENTENCE.match(text, pos, end)
            stop = match.end() if match and match.end() > pos else pos + 1
            s, e = _trim(text, pos, stop)
            if e > s:
                spans.append((s, e))
            pos = stop
        return spans

    rng = random.Random(6)
    alphabet = "ab中文 \t\u3000\n。！？；!?;…”’」』）)】》〉\"'"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert sentences(text, start, end) == stepwise(text, start, end), (text, start, end)
