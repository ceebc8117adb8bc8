"""Light and dark: detection (colour scheme, palette fallback) and a live switch repaints
the page and the tag highlights for the new scheme."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.common import scheme
from model.colors import contrast_ratio, relative_luminance
from tests.gui.tagging_support import opened


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[QApplication]:
    saved = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(saved)


def test_palette_fallback(qapp) -> None:
    assert scheme.palette_is_dark(scheme.dark_palette())
    assert not scheme.palette_is_dark(qapp.style().standardPalette())
    assert scheme.is_dark(scheme.dark_palette())  # offscreen: the scheme is Unknown


def test_dark_palette_is_readable(qapp) -> None:
    p = scheme.dark_palette()
    for back, fore in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                       (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
                       (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText),
                       (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText)):
        assert contrast_ratio(p.color(back).name(), p.color(fore).name()) >= 4.5


def test_live_switch_to_dark_and_back(qtbot, restore_palette, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    view = main_window.text_view
    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    main_window.controller.add_annotation(start, start + 8, "commitment")

    def tag_background() -> QColor:
        block = view.document().findBlock(view.offset_map.to_qt(start))
        return next(r.format.background().color() for r in block.layout().formats()
                    if r.format.background().style() != 0)

    assert not view.dark
    light = tag_background()
    assert relative_luminance(light.name()) > 0.45
    with qtbot.waitSignal(view.scheme_changed) as switched:
        restore_palette.setPalette(scheme.dark_palette())
    assert switched.args == [True] and view.dark
    page = view.palette().color(QPalette.ColorRole.Base).name()
    ink = view.palette().color(QPalette.ColorRole.Text).name()
    assert page == "#1f2023"
    dark = tag_background()
    assert relative_luminance(dark.name()) < 0.2
    assert contrast_ratio(dark.name(), ink) >= 4.5
    with qtbot.waitSignal(view.scheme_changed) as back:
        restore_palette.setPalette(restore_palette.style().standardPalette())
    assert back.args == [False]
    assert view.page_color() == "#fbfaf6" and tag_background() == light
    assert t.highlighter is not None
