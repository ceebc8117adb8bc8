"""Leave one part out: does the shipped re-ranker (model/reading/suggestion_model.py) help on
reports it was not fitted on? The real reports are grouped by when they were labelled
(split.tsv's note: the seen and first held-back reports, session 6's blind part `fresh`,
the reports session 6 added, session 7's blind part `fresh2`, session 8's `fresh3`, `fresh4` and
`fresh5`, session 9's `fresh6`, session 10's `tune7`, `fresh7` and `fresh8` (studied in session
11), session 11's `tune9`, session 12's `tune13` and `fresh11` (`tune14`, studied in session 13);
only the parts named tune…); for each group the model is
fitted on the fixtures and every other group, then the rules alone and the rules with that
model are scored on the group left out (bench.suggest_quality's matching). The rules
themselves were written on every group, so this measures what the model adds to them, not
the rules' own reach on unseen text (that is the blind parts' first score, in the README).

`.venv/bin/python -m bench.suggest_quality --cv`
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.suggest_quality import DATA, REAL, Span, _prf, load_gold, match
from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.reading.suggestion_model import OVERRIDE, Reranker, feature_names, fit, unit_flags
from model.reading.suggestions import TAGS, Verdict, judged_units_with_evidence, reranked_tag
from model.reading.traditional import simplified
from model.report.loading import load_report
from model.report.textnorm import fold_width

Totals = dict[str, list[int]]


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


def groups() -> dict[str, list[Path]]:
    """group -> the real reports labelled at that time (split.tsv's note column)."""
    out: dict[str, list[Path]] = {}
    for line in (REAL / "split.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, part, note = (line.split("\t") + ["", ""])[:3]
        if not part.startswith("tune"):
            continue  # a held-back part is scored blind, never fitted on
        group = ("fresh11 (session 12, studied in 13)" if part == "tune14"
                 else "tune13 (session 12)" if part == "tune13"
                 else "tune9 (session 11)" if part == "tune9"
                 else "fresh10 (session 11, studied in 12)" if "session 12: fresh10" in note
                 else "fresh9 (session 11)" if note.startswith("fresh9")
                 else "fresh8 (session 10, studied in 11)" if note.startswith("fresh8")
                 else "fresh7 (session 10)" if note.startswith("fresh7")
                 else "tune7 (session 10)" if note.startswith("tune7")
                 else "fresh6 (session 9)" if note.startswith("fresh6")
                 else "fresh5 (session 8)" if note.startswith("fresh5")
                 else "fresh4 (session 8)" if note.startswith("fresh4")
                 else "fresh3 (session 8)" if note.startswith("fresh3")
                 else "fresh2 (session 7)" if note.startswith("fresh in session 7")
                 else "fresh (session 6)" if note.startswith("fresh in session 6")
                 else "added in session 6" if note.startswith("session 6")
                 else "seen and held back (sessions 1-5)")
        out.setdefault(group, []).append(REAL / f"{name}.txt")
    return out


def scored(doc: Document, model: Reranker | None, totals: Totals) -> None:
    found: list[Span] = []
    for unit in doc.units:
        tag = unit.verdict[0] if unit.verdict else None
        if model is not None:
            tag = reranked_tag(model, unit.kind, unit.flags, tag)
        if tag is not None:
            found.append((tag, unit.start, unit.end))
    tp, fp, fn, _, _ = match(doc.gold, found)
    for t in TAGS:
        totals[t] = [totals[t][0] + tp[t], totals[t][1] + fp[t], totals[t][2] + fn[t]]


def table(title: str, before: Totals, after: Totals) -> None:
    print(f"\n{title}\n{'tag':<12}{'gold':>5}  {'rules P/R':>11}  {'+ model P/R':>11}")
    for tag in (*TAGS, "all"):
        if tag == "all":
            b = [sum(v[i] for v in before.values()) for i in range(3)]
            a = [sum(v[i] for v in after.values()) for i in range(3)]
        else:
            b, a = before[tag], after[tag]
        pb, rb, _ = _prf(*b)
        pa, ra, _ = _prf(*a)
        print(f"{tag:<12}{b[0] + b[2]:>5}  {pb:>5.2f}/{rb:<5.2f}  {pa:>5.2f}/{ra:<5.2f}")


def cross_validate(override: float = OVERRIDE) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        fixtures = documents(sorted(DATA.glob("*.txt")), segmenter)
        parts = {g: documents(files, segmenter) for g, files in groups().items()}
    every_b: Totals = {t: [0, 0, 0] for t in TAGS}
    every_a: Totals = {t: [0, 0, 0] for t in TAGS}
    for held, docs in parts.items():
        train = [(u.features, u.label) for d in fixtures for u in d.units]
        train += [(u.features, u.label) for g, ds in parts.items() if g != held
                  for d in ds for u in d.units]
        model = Reranker(fit(train), override)
        before: Totals = {t: [0, 0, 0] for t in TAGS}
        after: Totals = {t: [0, 0, 0] for t in TAGS}
        for doc in docs:
            scored(doc, None, before)
            scored(doc, model, after)
        for t in TAGS:
            every_b[t] = [x + y for x, y in zip(every_b[t], before[t])]
            every_a[t] = [x + y for x, y in zip(every_a[t], after[t])]
        table(f"left out: {held} ({len(docs)} reports; model fitted on the rest)",
              before, after)
    table("all groups, each scored by the model fitted without it", every_b, every_a)
