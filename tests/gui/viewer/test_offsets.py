from __future__ import annotations

import pytest

from gui.viewer.offsets import OffsetMap


@pytest.mark.parametrize("text", ["问题在此", "𠀀问题", "甲𠀀乙𠀁丙", "𠀀𠀁", "abc"])
def test_round_trip_and_utf16_length(text: str) -> None:
    m = OffsetMap(text)
    assert m.to_qt(len(text)) == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        assert m.from_qt(m.to_qt(i)) == i


def test_position_inside_surrogate_pair_rounds_down() -> None:
    m = OffsetMap("甲𠀀乙")
    assert m.to_qt(2) == 3
    assert m.from_qt(2) == 1


def test_long_texts_with_and_without_astral_characters() -> None:
    """The no-astral shortcut (a 2-byte str) never hides an astral character."""
    plain = "中文报告正文。" * 2000
    assert OffsetMap(plain).to_qt(len(plain)) == len(plain)
    late = plain + "𠀀" + plain
    assert OffsetMap(late).to_qt(len(late)) == len(late) + 1
    assert OffsetMap("é" * 5000).to_qt(5000) == 5000
