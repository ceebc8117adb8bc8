"""The keyed real pairs of tests/data/compare_real (bench.compare_quality and the other
compare benches read them here) and how a ranked list is scored against a key row."""
from __future__ import annotations

from pathlib import Path

from model.compare.matching import char_pairs
from model.compare.parts import review_spans
from model.compare.passages import Passage, sentences
from model.report.loading import Report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "compare_real"
#: candidates ranked per commitment: a reviewer sees five at once (top 1 / 3 / 5 shares)
TOP = 5
#: pairs whose B is a whole report (an excerpt pair's A against the full text): left out of
#: the pooled B (their sentences repeat the excerpt's) and of the 20k speed texts
LONG = frozenset({"sc2025_2026_full"})


def read_key(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            commitment, _, evidence = line.partition("\t")
            rows.append((commitment.strip(), evidence.strip()))
    return rows


def read_groups(path: Path = DATA / "split.tsv") -> dict[str, str]:
    """pair -> the part it came in as: tune data that was once held back is printed apart
    (its note says "held back in session N"), so a rule tuned on the old pairs shows what it
    did to the newer ones."""
    groups = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2:
            note = cells[2] if len(cells) > 2 else ""
            groups[cells[0]] = (cells[1] if cells[1] != "tune"  # a held-back part itself
                                else "tune-long" if cells[0] in LONG
                                else "tune-heldback2" if "held back in session 7" in note
                                else "tune-heldback4" if "heldback4" in note
                                else "tune-heldback5" if "heldback5" in note
                                else "tune-heldback6" if "heldback6" in note
                                else "tune-heldback7" if "heldback7" in note
                                else "tune-heldback3" if "held back in session 8" in note
                                else "tune-8")
    return groups


def read_split(path: Path = DATA / "split.tsv") -> dict[str, str]:
    """pair -> part (tune / heldback …); a third column is a note."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def right(passage: Passage, text: str, evidence: str) -> bool:
    """The proposal is right when B's sentence holds the evidence quote (or most of it)."""
    at = text.find(evidence)
    if at < 0:
        raise SystemExit(f"evidence not in B: {evidence}")
    overlap = min(passage.end, at + len(evidence)) - max(passage.start, at)
    return overlap >= 0.5 * len(evidence)


def ranks(candidates: list[Passage], text: str, evidence: str) -> int:
    """1-based rank of the first right candidate, 0 when none is."""
    for i, p in enumerate(candidates, 1):
        if right(p, text, evidence):
            return i
    return 0


def baseline(commitment: str, b: Report, outline: object) -> list[Passage]:
    spans = review_spans(outline)  # type: ignore[arg-type]
    pool = [p for p in sentences(b.text, outline)  # type: ignore[arg-type]
            if not spans or any(s <= p.start < e for s, e in spans)]
    pairs = char_pairs(commitment)
    scored = sorted(pool, key=lambda p: (-len(pairs & char_pairs(p.quote)), p.start))
    return scored[:TOP]


def share(values: list[int], k: int) -> float:
    return sum(1 for r in values if 0 < r <= k) / len(values) if values else 0.0




def rank_at(candidates: list[Passage], at: int, size: int) -> int:
    for i, p in enumerate(candidates, 1):
        if min(p.end, at + size) - max(p.start, at) >= 0.5 * size:
            return i
    return 0


