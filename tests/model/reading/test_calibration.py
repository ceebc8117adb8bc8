"""Calibrated suggestion scores (model/reading/calibration.py)."""
from __future__ import annotations

from pathlib import Path

from model.reading.calibration import (
    Calibration,
    expected_calibration_error,
    fit,
    interpolate,
    isotonic,
)


def test_isotonic_pools_violators_into_a_non_decreasing_fit() -> None:
    points = isotonic([(0.1, 0.0), (0.2, 1.0), (0.3, 0.0), (0.4, 1.0), (0.5, 1.0)])
    ys = [y for _, y in points]
    assert ys == sorted(ys) and ys[0] == 0.0 and ys[-1] == 1.0
    assert (0.25, 0.5) in points  # 0.2 (right) and 0.3 (wrong) pooled


def test_interpolate_is_linear_between_points_and_flat_outside() -> None:
    points = [(0.4, 0.5), (0.8, 0.9)]
    assert interpolate(points, 0.6) == 0.7
    assert interpolate(points, 0.1) == 0.5 and interpolate(points, 0.95) == 0.9


def test_a_rare_tag_stays_near_the_pooled_curve() -> None:
    samples = {"measure": [(0.3, False)] * 10 + [(0.6, True)] * 10,
               "figure": [(0.3, True)]}
    table = fit(samples)
    figure = Calibration(table["tags"], table["all"]).probability("figure", 0.3)
    assert 0.03 < figure < 0.5  # one right example does not make it certain
    assert Calibration(table["tags"], table["all"]).probability("measure", 0.6) == 0.97


def test_the_shipped_table_maps_every_tag_monotonically() -> None:
    calibration = Calibration.load()
    for tag in ("problem", "commitment", "achievement", "measure", "figure"):
        probabilities = [calibration.probability(tag, raw / 20) for raw in range(21)]
        assert probabilities == sorted(probabilities)
        assert all(0.0 < p < 1.0 for p in probabilities)


def test_a_missing_table_keeps_the_raw_score(tmp_path: Path) -> None:
    assert Calibration.load(tmp_path / "none.json").probability("problem", 0.42) == 0.42


def test_expected_calibration_error() -> None:
    perfect = [(0.75, True)] * 3 + [(0.75, False)]
    assert expected_calibration_error(perfect)[0] == 0.0
    error, rows = expected_calibration_error([(0.9, False), (0.1, False)])
    assert round(error, 2) == 0.5 and [r[2] for r in rows] == [1, 1]
