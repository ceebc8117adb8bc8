"""model.colors: CIEDE2000 against Sharma's reference pairs; the default tag palette apart
under simulated colour-vision deficiencies; highlights readable in light and dark."""
from __future__ import annotations

import itertools

import pytest

from model.annotations import DEFAULT_TAGS
from model.colors import (
    average,
    contrast_ratio,
    delta_e2000,
    delta_e2000_lab,
    highlight_tint,
    min_pair_distance,
    simulate,
)

COLORS = [t.color for t in DEFAULT_TAGS]

#: (page, ink) of the text view: its light paper, and dark pages it meets (our forced dark
#: palette, Windows 11, KDE Breeze, GNOME Adwaita, Qt Fusion's dark) with their text colour.
LIGHT_PAGES = [("#fbfaf6", "#24272b"), ("#ffffff", "#000000")]
DARK_PAGES = [("#1f2023", "#e3e1dc"), ("#1e1e1e", "#d4d4d4"), ("#232629", "#fcfcfc"),
              ("#2d2d2d", "#ffffff"), ("#353535", "#ffffff")]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0000),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_matches_sharma_reference_data(lab1, lab2, expected) -> None:  # noqa: ANN001
    assert delta_e2000_lab(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000_lab(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_simulation_keeps_greys_and_merges_red_and_green() -> None:
    for deficiency in ("deuteranopia", "protanopia"):
        assert delta_e2000(simulate("#808080", deficiency), "#808080") < 1
        # the classic confusion pair: far apart normally, close for a dichromat
        assert delta_e2000("#b5651d", "#6b8e23") > 30
        assert delta_e2000(simulate("#b5651d", deficiency), simulate("#6b8e23", deficiency)) < 10


def test_default_tags_apart_in_normal_vision() -> None:
    """CIEDE2000 ≥ 25 for every pair (the old palette: 16.1, 承诺 vs 数据)."""
    distance, a, b = min_pair_distance(COLORS)
    assert distance >= 25, (a, b, distance)


@pytest.mark.parametrize("deficiency", ["deuteranopia", "protanopia"])
def test_default_tags_apart_under_colour_vision_deficiency(deficiency: str) -> None:
    """Machado 2009 at severity 1.0 in linear RGB, then CIEDE2000 ≥ 20 for every pair
    (the old palette: 3.4 under deuteranopia, 4.1 under protanopia)."""
    distance, a, b = min_pair_distance(COLORS, deficiency)
    assert distance >= 20, (a, b, distance)


@pytest.mark.parametrize(("page", "ink"), LIGHT_PAGES + DARK_PAGES)
def test_highlighted_text_keeps_wcag_aa_contrast(page: str, ink: str) -> None:
    """Text on every default tag's highlight, and on every overlap of two, stays ≥ 4.5:1."""
    for color in COLORS:
        assert contrast_ratio(highlight_tint(color, page), ink) >= 4.5, (color, page)
    for a, b in itertools.combinations(COLORS, 2):
        mixed = highlight_tint(average([a, b]), page, overlap=True)
        assert contrast_ratio(mixed, ink) >= 4.5, (a, b, page)


def test_tint_is_light_on_light_pages_and_dark_on_dark_ones() -> None:
    from model.colors import relative_luminance

    for color in COLORS:
        assert relative_luminance(highlight_tint(color, "#fbfaf6")) > 0.45
        assert relative_luminance(highlight_tint(color, "#1f2023")) < 0.2


@pytest.mark.parametrize(("page", "ink"), LIGHT_PAGES + DARK_PAGES)
def test_tag_coloured_labels_are_readable(page: str, ink: str) -> None:
    from model.colors import readable_on

    for color in COLORS:
        assert contrast_ratio(readable_on(color, page), page) >= 4.5
    assert readable_on("#000000", "#ffffff") == "#000000"  # already readable: unchanged


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
