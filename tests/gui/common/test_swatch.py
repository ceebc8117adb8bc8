"""Tag swatches: drawn for the device pixel ratio, marked with the key digit."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from gui.common.swatch import ICON_RATIOS, swatch_icon, swatch_pixmap, tag_icon, tag_mark
from model.annotations import DEFAULT_TAGS, Tag


@pytest.mark.parametrize(("dpr", "device"), [(1.0, 14), (1.5, 21), (2.0, 28), (3.0, 42)])
def test_swatch_has_device_pixels_for_the_ratio(qapp, dpr: float, device: int) -> None:
    pixmap = swatch_pixmap("#6685ff", 14, "2", dpr)
    assert (pixmap.width(), pixmap.height()) == (device, device)
    assert pixmap.devicePixelRatio() == dpr
    assert pixmap.deviceIndependentSize().toSize() == QSize(14, 14)


def test_icon_serves_sharp_pixmaps_at_high_dpi(qapp) -> None:
    icon = swatch_icon("#af0d1b", 14, "1")
    for dpr in ICON_RATIOS:
        got = icon.pixmap(QSize(14, 14), dpr)
        assert got.width() == round(14 * dpr), dpr


def test_mark_is_drawn_in_a_readable_ink(qapp) -> None:
    """The digit differs from the fill (white on dark red, black on mint green)."""
    for color, ink in (("#af0d1b", (255, 255, 255)), ("#6fc29f", (0, 0, 0))):
        plain = swatch_pixmap(color, 16, "", 2.0).toImage()
        marked = swatch_pixmap(color, 16, "3", 2.0).toImage()
        centre = [marked.pixelColor(x, y) for x in range(8, 24) for y in range(8, 24)]
        assert any((c.red(), c.green(), c.blue()) == ink for c in centre), color
        assert plain != marked


def test_tag_mark_is_the_key_or_first_character() -> None:
    assert [tag_mark(t) for t in DEFAULT_TAGS] == ["1", "2", "3", "4", "5", "6"]
    assert tag_mark(Tag("x", "风险", "Risk", "#000000", 0)) == "风"
    assert tag_mark(Tag("x", "风险", "Risk", "#000000", 0), "en") == "R"
    assert not tag_icon(DEFAULT_TAGS[0]).isNull()
