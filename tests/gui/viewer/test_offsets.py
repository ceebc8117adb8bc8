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
