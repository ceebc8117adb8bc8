"""`compare` on the real corpus (tests/data/compare_real): the corpus is consistent, the
tune pairs end to end stay above a floor, and the word index proposes what scanning every
sentence proposes. The written fixture per rule: test_matching_rules.py."""
from __future__ import annotations

from pathlib import Path

import pytest

import model.compare.proposals as proposals
from model.compare.pair import propose
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

REAL = Path(__file__).resolve().parents[2] / "data" / "compare_real"
SPLIT = {r[0]: r[1] for line in (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
         if len(r := line.split("\t")) >= 2}
#: every pair studied while the rules were written (the first five were held back in
#: session 6, tune from session 7)
TUNE = tuple(sorted(p for p, part in SPLIT.items() if part == "tune"))
#: the pairs held back in session 7 (heldback2, scored once blind), tune data since
HELDBACK2 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "held back in session 7" in line
                         for p in [line.split("\t")[0]]))

def test_the_index_gives_what_scanning_every_sentence_gives(
        segmenter: Segmenter, idf: Idf, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = load_report(REAL / "hun2025_2026.A.txt"), load_report(REAL / "hun2025_2026.B.txt")
    oa, ob = detect_outline(a), detect_outline(b)
    pooled = propose(a.text, oa, b.text, ob, segmenter, idf, limit=5)
    # every sentence, with the associates it names (the last argument: each associate's
    # most): pruning by MIN_CANDIDATE loses nothing
    monkeypatch.setattr(proposals.Evidence, "_pool", lambda self, *_a, **_k: [
        (s, [w for w in _a[-1] if w in s.words]) for s in self.sentences])
    scanned = propose(a.text, oa, b.text, ob, segmenter, idf, limit=5)
    assert [[c.passage for c in p.candidates] for p in pooled] == \
        [[c.passage for c in p.candidates] for p in scanned]


def _key(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (REAL / f"{name}.key.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            commitment, _, evidence = line.partition("\t")
            rows.append((commitment, evidence))
    return rows


#: the pairs held back in session 8 (whole B reports, news-account A texts), tune since
HELDBACK3 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "held back in session 8" in line
                         for p in [line.split("\t")[0]]))
#: pairs whose B is a whole report (session 8)
LONG = tuple(p for p in TUNE if p.endswith("_full"))
#: the two parts keyed blind and scored once at the end of session 8 (heldback4,
#: heldback5), studied in session 9, tune since
STUDIED9 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                        .splitlines()[1:] if "keyed blind as part heldback" in line
                        and "in session 8" in line for p in [line.split("\t")[0]]))
#: the part keyed blind and scored once in session 9 (heldback6: news accounts of the
#: plan as A), studied in session 9 round 2, tune since
HELDBACK6 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "keyed blind as part heldback6" in line
                         for p in [line.split("\t")[0]]))
#: the part keyed blind and scored once in session 10 (heldback7: a school's 工作要点 as A,
#: its leaders' 述职 and the principal's New Year address as B), studied in round 2, tune since
HELDBACK7 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "keyed blind as part heldback7" in line
                         for p in [line.split("\t")[0]]))


#: the part keyed blind in session 11 (heldback10: whole reports on both sides), scored once
#: blind at its end, studied in session 12 (match14)
TUNE13 = tuple(sorted(p for p, part in SPLIT.items() if part == "tune13"))


@pytest.mark.parametrize(("names", "floor"), [
    (tuple(p for p in TUNE if p not in HELDBACK2 and p not in LONG and p not in HELDBACK3
           and p not in STUDIED9 and p not in HELDBACK6 and p not in HELDBACK7), 0.95),
    (HELDBACK2, 0.86),  # tuned on in session 7 from 0.58 (its blind figure)
    (LONG, 0.88),  # the whole Sichuan 2026 report as B: 0.83 at its first run
    (HELDBACK3, 0.92),  # tuned on in session 8 round 2 from 0.82 (its blind figure)
    (STUDIED9, 0.92),  # studied in session 9 from 0.85 (its session 8 rules)
    (HELDBACK6, 0.68),  # studied in session 9 round 2 from 0.36 (its blind figure)
    (HELDBACK7, 0.81),  # 0.78 at its blind scoring in session 10 (match10's rules); 0.84 after round 2 (match10b)
    (TUNE13, 0.85),  # whole reports (heldback10): 0.81 blind in session 11, 0.875 after match14
])
def test_tune_pairs_end_to_end_stay_above_a_floor(segmenter: Segmenter, idf: Idf,
                                                  names: tuple[str, ...], floor: float) -> None:
    """End to end on the tune pairs (commitments found by Yuepi): every keyed commitment is
    found, and its evidence is in the top 3 for at least `floor` of them."""
    assert names
    found = in_top3 = total = 0
    for name in names:
        a, b = load_report(REAL / f"{name}.A.txt"), load_report(REAL / f"{name}.B.txt")
        made = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
        for commitment, evidence in _key(name):
            total += 1
            at = a.text.index(commitment)
            hits = [p for p in made if p.commitment.passage.start <= at
                    < p.commitment.passage.end]
            if not hits:
                continue
            found += 1
            if any(evidence in c.passage.quote for c in hits[0].candidates[:3]):
                in_top3 += 1
    assert found == total
    assert in_top3 / total >= floor


def test_the_corpus_is_consistent() -> None:
    """Every pair is in the split and the README; every key row quotes A and B exactly."""
    split = SPLIT
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    pairs = sorted(p.name.removesuffix(".key.tsv") for p in REAL.glob("*.key.tsv"))
    assert sorted(split) == pairs and all(v.startswith(("tune", "heldback")) for v in split.values())
    assert set(TUNE) == {p for p, part in split.items() if part == "tune"}
    for name in pairs:
        assert f"| {name} |" in readme
        a = (REAL / f"{name}.A.txt").read_text(encoding="utf-8")
        b = (REAL / f"{name}.B.txt").read_text(encoding="utf-8")
        for commitment, evidence in _key(name):
            assert commitment in a, (name, commitment)
            assert b.count(evidence) == 1, (name, evidence)


def test_a_second_key_covers_its_pairs_and_agrees_with_the_first() -> None:
    """second_key/PAIR.key2.tsv: written by a second keyer given only the first key's
    commitments; it quotes B exactly, covers every commitment, and its first passage is
    right by the first key for all but one of heldback10's 88 (bench.compare_agreement)."""
    from bench.compare_agreement import SECOND, agreement, read_keys

    pairs = sorted(p.name.removesuffix(".key2.tsv") for p in SECOND.glob("*.key2.tsv"))
    assert pairs and set(pairs) <= set(SPLIT)
    n = right = 0
    for name in pairs:
        b = (REAL / f"{name}.B.txt").read_text(encoding="utf-8")
        second = read_keys(SECOND / f"{name}.key2.tsv")
        assert set(second) == {c for c, _ in _key(name)}
        assert all(b.count(q) == 1 for quotes in second.values() for q in quotes if q != "-")
        row = agreement(name)
        n, right = n + row[0], right + row[1]
    assert right / n >= 0.95
