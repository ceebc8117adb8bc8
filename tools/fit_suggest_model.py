"""Fit the suggestion re-ranker (model/reading/suggestion_model.py) on the labelled tuning
corpus — the fixtures of tests/data/suggest and the `tune` part of tests/data/suggest_real,
never a held-back part — and write resources/dict/suggest_model.json.

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
from dataclasses import dataclass
from pathlib import Path

from bench.suggest_quality import DATA, Span, load_gold, real_split
from model.atomic import atomic_write
from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.reading.suggestion_model import MODEL_PATH, feature_names, fit, unit_flags
from model.reading.suggestions import Verdict, judged_units_with_evidence
from model.reading.traditional import simplified
from model.report.loading import load_report
from model.report.textnorm import fold_width

#: the smallest probability at which the model's tag replaces a silent or weak rule verdict
OVERRIDE = 0.6


@dataclass
class UnitExample:
    start: int
    end: int
    verdict: Verdict | None
    kind: str
    flags: list[str]
    label: str

    @property
    def features(self) -> list[str]:
        return feature_names(self.kind, self.flags)


@dataclass
class Document:
    name: str
    gold: list[Span]
    units: list[UnitExample]


def documents(files: list[Path], segmenter: Segmenter) -> list[Document]:
    """Every unit of `files` with its features and its gold label."""
    docs = []
    for txt in files:
        rep = load_report(txt)
        gold = load_gold(txt, rep.text)
        outline = detect_outline(rep)
        simple = simplified(rep.text)
        folded = fold_width(simple)
        edges = segmenter.boundaries(simple, fine=False, folded=folded)
        examples = []
        free = list(gold)
        for start, end, verdict, evidence, lean in judged_units_with_evidence(
                rep.text, outline, edges, folded, simple):
            kind, flags = unit_flags(evidence, lean, verdict)
            label = next((g for g in free if min(g[2], end) - max(g[1], start)
                          >= 0.5 * (g[2] - g[1])), None)
            if label is not None:
                free.remove(label)
            examples.append(UnitExample(start, end, verdict, kind, flags,
                                        label[0] if label else "none"))
        docs.append(Document(txt.stem, gold, examples))
    return docs


def training_files() -> list[Path]:
    return sorted(DATA.glob("*.txt")) + real_split()["tune"]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        docs = documents(training_files(), segmenter)
    examples = [(u.features, u.label) for d in docs for u in d.units]
    weights = fit(examples)
    table = {"fitted_on": "tests/data/suggest (fixtures) + tests/data/suggest_real part 'tune'",
             "examples": len(examples), "override": OVERRIDE, "weights": weights}
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    atomic_write(MODEL_PATH, text.encode("utf-8"))
    print(f"{len(examples)} units -> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
