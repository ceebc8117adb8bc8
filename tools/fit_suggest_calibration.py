"""Fit the calibration of suggested-tag scores (model/reading/calibration.py) on the
labelled tuning part — the fixtures of tests/data/suggest and the `tune` parts (tune, tune7) of
tests/data/suggest_real, never a held-back part (fresh2…) — and write
resources/dict/suggest_calibration.json.

    .venv/bin/python -m tools.fit_suggest_calibration

Rerun it after any change to the rules' raw scores (model/reading/suggestions.py); then
`python -m bench.suggest_quality --real` shows the reliability on each part.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from bench.suggest_quality import DATA, judged, tuning_files
from model.atomic import atomic_write
from model.reading.calibration import CALIBRATION_PATH, DEFAULT_EVIDENCE, fit
from model.reading.segmenter import Segmenter
from model.reading.suggestion_rules import default_only


def training_files() -> list[Path]:
    """The fixtures and the real reports of the tune… parts."""
    return sorted(DATA.glob("*.txt")) + tuning_files()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        pairs = judged(training_files(), segmenter)
    samples: dict[str, list[tuple[float, bool]]] = {}
    for suggestion, ok in pairs:
        key = suggestion.tag + (DEFAULT_EVIDENCE if default_only(suggestion.reason_code,
                                                                 suggestion.reason_args) else "")
        samples.setdefault(key, []).append((suggestion.raw_score, ok))
    table = {"fitted_on": "tests/data/suggest (fixtures) + tests/data/suggest_real parts "
                          "'tune', 'tune7', 'tune9'",
             "examples": {tag: len(v) for tag, v in sorted(samples.items())},
             **fit(samples)}
    text = json.dumps(table, ensure_ascii=False, indent=1) + "\n"
    atomic_write(CALIBRATION_PATH, text.encode("utf-8"))
    print(f"{len(pairs)} suggestions -> {CALIBRATION_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
