"""Fit the suggestion re-ranker (model/reading/suggestion_model.py) on the labelled tuning
corpus — the fixtures of tests/data/suggest and the parts named tune… (tune, tune7) of
tests/data/suggest_real, never a held-back part — and write resources/dict/suggest_model.json.

    .venv/bin/python -m tools.fit_suggest_model

Each unit the suggester reads is one example: its features (the rules' verdict and
evidence, the lean, the tense markers) and its label (the gold tag of the label it holds by
bench.suggest_quality's matching rule, else "none"). How well it does on reports it was not
fitted on: `python -m bench.suggest_quality --cv` (leave one part out).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from bench.suggest_cv import documents
from bench.suggest_quality import DATA, tuning_files
from model.atomic import atomic_write
from model.reading.segmenter import Segmenter
from model.reading.suggestion_model import MODEL_PATH, OVERRIDE, OVERRIDE_OUTSIDE, fit


def training_files() -> list[Path]:
    return sorted(DATA.glob("*.txt")) + tuning_files()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        docs = documents(training_files(), segmenter)
    examples = [(u.features, u.label) for d in docs for u in d.units]
    weights = fit(examples)
    table = {"fitted_on": "tests/data/suggest (fixtures) + tests/data/suggest_real parts "
                          "'tune', 'tune7', 'tune9'",
             "examples": len(examples), "override": OVERRIDE, "override_outside": OVERRIDE_OUTSIDE, "weights": weights}
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    atomic_write(MODEL_PATH, text.encode("utf-8"))
    print(f"{len(examples)} units -> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
