"""Cross-validation of the compare matcher's weights, run from bench.compare_quality:
`--cv` fits each weight of GRID leaving one pair out (a long pair with its excerpt) and
scores it on that pair; `--part-cv` fits the rank fusion's settings (FUSION_GRID) on the
older parts and scores them on heldback4, and the other way round."""
from __future__ import annotations

from types import ModuleType

import model.compare.matching as matching
import model.compare.proposals as proposals
import model.compare.ranking as ranking
from bench.compare_keys import DATA, ranks, read_key, share
from bench.results import figure
from model.compare.commitments import commitments
from model.compare.lexicon import Lexicon
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

#: the weights cross-validated (--cv): each with the values tried, the default first
GRID: dict[str, tuple[float, ...]] = {
    "LITERAL_WEIGHT": (1.0, 0.5, 0.75, 1.5, 2.0),
    "WORD_WEIGHT": (0.55, 0.3, 0.8, 1.1),
    "PAIR_WEIGHT": (0.45, 0.2, 0.7, 1.0),
    "FIGURE_BONUS": (0.45, 0.2, 0.7, 1.0),
    "OUTSIDE_REVIEW": (0.25, 0.15, 0.35, 0.5, 0.7),
    "STATES_TARGET": (0.6, 0.4, 0.8, 1.0),
    "NEAR_MISS": (0.25, 0.0, 0.5, 1.0),
    "LEAD_SHARE": (0.75, 0.5, 1.0),
    "CLAUSE_SHARE": (0.5, 0.0, 0.4, 0.6, 0.8),
    "LONG_COMMITMENT": (60, 30, 45, 90),
    "AMOUNT_BONUS": (0.15, 0.0, 0.1, 0.25, 0.4),
    "AMOUNT_WORD": (0.2, 0.1, 0.3),
}


def _owner(name: str) -> ModuleType:
    """The module whose global a weight of GRID is (the matcher's, or a score piece's)."""
    return proposals if hasattr(proposals, name) else matching


def group_of(pair: str) -> str:
    """The pairs that share text are left out together (a long pair with its excerpt)."""
    return pair.removesuffix("_full")


def cross_validate(pairs: list[str], segmenter: Segmenter, idf: Idf, lexicon: Lexicon) -> None:
    """Leave one pair out, per weight (the others at their defaults): the value that ranks
    best on the other pairs (top 1 + top 3 hits, keys given and end to end, each key row
    counted once each way; a tie keeps the default) is
    scored on the pair left out. Prints, per weight, the fit on all pairs at each value and
    the held-out figure, so a weight's choice is seen to generalize, not only to fit."""
    prepared = _prepare(pairs, segmenter, idf, lexicon)
    groups = sorted({group_of(p) for p in pairs})
    held_all: list[int] = []
    for name, values in GRID.items():
        owner = _owner(name)
        default = getattr(owner, name)
        by_value: dict[float, dict[str, list[int]]] = {}
        try:
            for value in values:
                setattr(owner, name, value)
                by_value[value] = {
                    pair: [ranks([c.passage for c in evidence.candidates(
                        Passage(0, len(c), c, ()), 3)], text, quote) for c, quote in key]
                    + [ranks([c.passage for c in evidence.candidates(p, 3)], text, quote)
                       if p is not None else 0 for p, quote in rows]
                    for pair, evidence, text, key, rows in prepared}
        finally:
            setattr(owner, name, default)
        held: list[int] = []
        chosen = []
        for left in groups:
            best = max(values, key=lambda v, left=left: _fit(by_value[v], left, v == default))
            chosen.append(best)
            held += [x for p, rs in by_value[best].items() if group_of(p) == left for x in rs]
        fits = "  ".join(f"{v:g}: {share(_all(by_value[v]), 1):.2f}/{share(_all(by_value[v]), 3):.2f}"
                         for v in values)
        print(f"  cv {name:15} default {default:g} | fit on all pairs {fits} | leave one pair "
              f"out: chosen {sorted(set(chosen))}, held-out top1 {share(held, 1):.2f} "
              f"top3 {share(held, 3):.2f}")
        held_all += held
    defaults = _all({p: r for p, r in by_value[GRID[name][0]].items()})
    print(f"cv (keys given + end to end, {len(groups)} groups): defaults top1 {share(defaults, 1):.2f} top3 "
          f"{share(defaults, 3):.2f}; each weight fitted leaving one pair out, held-out mean "
          f"top1 {share(held_all, 1):.2f} top3 {share(held_all, 3):.2f}")
    figure("compare: leave-one-pair-out, each weight fitted on the others (given + e2e)",
           f"{share(held_all, 1):.2f} / {share(held_all, 3):.2f}",
           f"defaults {share(defaults, 1):.2f} / {share(defaults, 3):.2f}", None)


#: the rank fusion's settings tried by --part-cv: (FUSION_WEIGHT, FUSION_K); weight 0 is the
#: matcher alone
FUSION_GRID = tuple((w, k) for w in (0.0, 0.5, 1.0, 2.0) for k in (1.0, 3.0, 10.0, 60.0))


def _prepare(pairs: list[str], segmenter: Segmenter, idf: Idf, lexicon: Lexicon) -> list[tuple]:
    """Per pair: B prepared, its text, the key and, per key row, the commitment Yuepi
    found for it (None: not found) with the evidence quote."""
    prepared = []
    for pair in pairs:
        a = (DATA / f"{pair}.A.txt").read_text(encoding="utf-8")
        b = load_report(DATA / f"{pair}.B.txt")
        evidence = Evidence(b.text, detect_outline(b), segmenter, idf, lexicon.abbreviations,
                        lexicon.associations)
        evidence.define(a)
        found = commitments(a, detect_outline(load_report(DATA / f"{pair}.A.txt")), segmenter)
        key = read_key(DATA / f"{pair}.key.tsv")
        rows = []
        for c, quote in key:
            at = a.find(c)
            hit = [f.passage for f in found if f.passage.start <= at < f.passage.end]
            rows.append((hit[0] if hit else None, quote))
        prepared.append((pair, evidence, b.text, key, rows))
    return prepared


def part_cross_validate(pairs: list[str], groups: dict[str, str], segmenter: Segmenter,
                        idf: Idf, lexicon: Lexicon) -> None:
    """Leave one PART out: each rank-fusion setting scored per part (keys given, and end to
    end); the setting that ranks best on the older parts (tune-8, tune-heldback2, tune-long,
    tune-heldback3) is scored on heldback4, and the one best on heldback4 on the older
    parts: whether the choice carries over to reports nobody tuned on."""
    prepared = _prepare(pairs, segmenter, idf, lexicon)
    newest = "heldback4"
    defaults = (ranking.FUSION_WEIGHT, ranking.FUSION_K)
    scores: dict[tuple[float, float], dict[str, tuple[list[int], list[int]]]] = {}
    try:
        for weight, k in FUSION_GRID:
            ranking.FUSION_WEIGHT, ranking.FUSION_K = weight, k
            by_part: dict[str, tuple[list[int], list[int]]] = {}
            for pair, evidence, text, key, rows in prepared:
                side = "new" if newest in groups.get(pair, "") else "old"
                given, e2e = by_part.setdefault(side, ([], []))
                given += [ranks([c.passage for c in evidence.candidates(
                    Passage(0, len(c), c, ()), 3)], text, quote) for c, quote in key]
                e2e += [ranks([c.passage for c in evidence.candidates(p, 3)], text, quote)
                        if p is not None else 0 for p, quote in rows]
            scores[(weight, k)] = by_part
    finally:
        ranking.FUSION_WEIGHT, ranking.FUSION_K = defaults

    def fit(setting: tuple[float, float], side: str) -> float:
        given, e2e = scores[setting][side]
        both = given + e2e
        return share(both, 1) + share(both, 3)

    for setting, by_part in scores.items():
        cells = "  ".join(f"{side} given {share(g, 1):.2f}/{share(g, 3):.2f} e2e "
                          f"{share(e, 1):.2f}/{share(e, 3):.2f}"
                          for side, (g, e) in sorted(by_part.items(), reverse=True))
        print(f"  part-cv fusion weight {setting[0]:g} k {setting[1]:g}: {cells}")
    for fitted, scored in (("old", "new"), ("new", "old")):
        best = max(scores, key=lambda s: (fit(s, fitted), s == defaults))
        g, e = scores[best][scored]
        print(f"part-cv: fitted on {'the older parts' if fitted == 'old' else newest} → "
              f"weight {best[0]:g} k {best[1]:g}; scored on "
              f"{newest if scored == 'new' else 'the older parts'}: given top1 "
              f"{share(g, 1):.2f} top3 {share(g, 3):.2f}, end to end top1 {share(e, 1):.2f} "
              f"top3 {share(e, 3):.2f}")
        figure(f"compare: leave one part out, fusion fitted on {fitted} parts, scored on "
               f"{scored} (given; e2e)",
               f"{share(g, 1):.2f} / {share(g, 3):.2f}; {share(e, 1):.2f} / {share(e, 3):.2f}",
               f"setting weight {best[0]:g} k {best[1]:g}", None)


#: the settings --part-cv chooses among, each a name → {weight: value} (weights of
#: model.compare.proposals, .matching or .ranking); the first is the shipped one
SETTINGS: dict[str, dict[str, float]] = {
    "shipped": {},
    "matcher alone": {"FUSION_WEIGHT": 0.0},
    **{f"assoc {w:g}": {"ASSOC_WEIGHT": w} for w in (0.0, 0.25, 0.75, 1.0)},
    **{f"term review {w:g}": {"TERM_REVIEW": w} for w in (0.25, 0.6, 1.0)},
    "no short lead": {"SHORT_LEAD": 1.0},
    "short lead 0.5": {"SHORT_LEAD": 0.5},
    "no frame": {"FRAME": 1.0},
    "frame 0.5": {"FRAME": 0.5},
    "no rare word": {"RARE": 0.0},
    "rare word 1": {"RARE": 1.0},
}


def _set(setting: dict[str, float]) -> dict[str, tuple[ModuleType, float]]:
    """Apply a setting; return each weight's module and old value to restore."""
    old = {}
    for name, value in setting.items():
        owner = ranking if hasattr(ranking, name) else _owner(name)
        old[name] = (owner, getattr(owner, name))
        setattr(owner, name, value)
    return old


def _part_ranks(prepared: list[tuple], groups: dict[str, str]
                ) -> dict[str, tuple[list[int], list[int]]]:
    """Per part: the ranks of each key row's evidence (up to 5), keys given and end to end."""
    by_part: dict[str, tuple[list[int], list[int]]] = {}
    for pair, evidence, text, key, rows in prepared:
        given, e2e = by_part.setdefault(groups.get(pair, "tune"), ([], []))
        given += [ranks([c.passage for c in evidence.candidates(
            Passage(0, len(c), c, ()), 5)], text, quote) for c, quote in key]
        e2e += [ranks([c.passage for c in evidence.candidates(p, 5)], text, quote)
                if p is not None else 0 for p, quote in rows]
    return by_part


def leave_one_part_out(pairs: list[str], groups: dict[str, str], segmenter: Segmenter,
                       idf: Idf, lexicon: Lexicon,
                       settings: dict[str, dict[str, float]] | None = None) -> None:
    """Leave one PART out over every part (tune-8, tune-heldback2 … tune-heldback5): for each
    part, the setting that ranks best on all the other parts (top 1 + top 3, keys given and
    end to end; a tie keeps the earlier setting) is scored on it. The held-out ranks pooled
    over the parts are the honest estimate of a choice among `settings`."""
    settings = SETTINGS if settings is None else settings
    prepared = _prepare(pairs, segmenter, idf, lexicon)
    scores: dict[str, dict[str, tuple[list[int], list[int]]]] = {}
    for name, setting in settings.items():
        old = _set(setting)
        try:
            scores[name] = _part_ranks(prepared, groups)
        finally:
            for weight, (owner, value) in old.items():
                setattr(owner, weight, value)
    parts = sorted({part for by_part in scores.values() for part in by_part})
    order = list(settings)

    def fit(name: str, left: str) -> tuple[float, int]:
        both = [x for part, (g, e) in scores[name].items() if part != left for x in g + e]
        return share(both, 1) + share(both, 3), -order.index(name)

    for name in order:
        cells = "  ".join(f"{part} {share(g, 1):.2f}/{share(g, 3):.2f} e2e "
                          f"{share(e, 1):.2f}/{share(e, 3):.2f}"
                          for part, (g, e) in sorted(scores[name].items()))
        print(f"  lopo {name:18} {cells}")
    held_g: list[int] = []
    held_e: list[int] = []
    for left in parts:
        best = max(order, key=lambda n, left=left: fit(n, left))
        g, e = scores[best][left]
        held_g += g
        held_e += e
        print(f"  lopo: {left} left out → {best!r}: given {share(g, 1):.2f}/{share(g, 3):.2f} "
              f"e2e {share(e, 1):.2f}/{share(e, 3):.2f}")
    print(f"lopo held-out over {len(parts)} parts: given top1 {share(held_g, 1):.2f} top3 "
          f"{share(held_g, 3):.2f}, end to end top1 {share(held_e, 1):.2f} top3 "
          f"{share(held_e, 3):.2f}")
    figure("compare: leave one part out over all parts, setting chosen on the others "
           "(given; e2e)", f"{share(held_g, 1):.2f} / {share(held_g, 3):.2f}; "
           f"{share(held_e, 1):.2f} / {share(held_e, 3):.2f}", f"{len(settings)} settings", None)
    print(f"lopo held-out over {len(parts)} parts, top5: given {share(held_g, 5):.2f}, end to "
          f"end {share(held_e, 5):.2f}")


def _fit(by_pair: dict[str, list[int]], left: str, is_default: bool) -> tuple[int, bool]:
    """Top 1 + top 3 hits on every pair but those of group `left`; a tie keeps the default."""
    r = [x for p, rs in by_pair.items() if group_of(p) != left for x in rs]
    return sum(1 for x in r if x == 1) + sum(1 for x in r if 0 < x <= 3), is_default


def _all(by_pair: dict[str, list[int]]) -> list[int]:
    return [x for rs in by_pair.values() for x in rs]
