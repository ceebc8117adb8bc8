"""Re-anchoring's shortcuts (model/sidecar/anchoring.py, `shortcuts=True`) skip only
searches that cannot change the result: on random edits of a text full of near-twin
passages, every annotation lands exactly where the full search puts it, with the same
status, quote and context."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import model.sidecar.anchoring as anchoring
import model.sidecar.exact_search as exact_search
import model.sidecar.fuzzy_search as fuzzy_search
from model.annotations import Annotation, AnnotationSet, make_annotation
from model.errors import ModelError
from model.report.loading import load_report

DATA = Path(__file__).resolve().parents[2] / "data"


#: the fixture folders that stay as they are (the labelled real reports grow each session,
#: and which shortcut a random seed exercises depends on the text)
STABLE = ("loading", "outline", "outline_real", "outline_traditional", "sidecar", "suggest",
          "traditional", "export")


def fixtures_text() -> str:
    parts = []
    for path in sorted(p for folder in STABLE for p in (DATA / folder).rglob("*.txt")):
        try:
            parts.append(load_report(path).text)
        except ModelError:
            continue
    return "\n".join(parts)


def twins_text(rng: random.Random, copies: int = 3) -> str:
    """The fixtures repeated, one character in ten changed in each copy: every passage
    has near twins far away (the far fuzzy search finds them)."""
    chunk = fixtures_text()
    out = []
    for _ in range(copies):
        chars = list(chunk)
        for i in range(0, len(chars), 10):
            if chars[i] != "\n":
                chars[i] = chr(rng.randint(0x4E00, 0x9FA5))
        out.append("".join(chars))
    return "\n".join(out)


def edited(text: str, rng: random.Random) -> str:
    """Paragraphs deleted (10 %), changed, inserted and copied."""
    lines = text.split("\n")
    out = []
    for line in lines:
        x = rng.random()
        if x < 0.10:
            continue
        if x < 0.14 and len(line) > 4:
            cut = rng.randrange(len(line))
            line = line[:cut] + "新增内容" + line[cut + rng.randint(0, 5):]
        out.append(line)
        if x > 0.98:
            out.append(rng.choice(lines))
    return "\n".join(out)


def random_annotations(text: str, n: int, rng: random.Random) -> AnnotationSet:
    s = AnnotationSet()
    for _ in range(n):
        start = rng.randrange(len(text) - 80)
        s.add(make_annotation(text, start, start + rng.randint(2, 60), "problem"))
    return s


def fields(placed: AnnotationSet) -> list[tuple[object, ...]]:
    return [(a.id, a.start, a.end, a.status, a.quote, a.prefix, a.suffix, a.original_quote)
            for a in placed]


@pytest.mark.parametrize("seed", range(4))
def test_shortcuts_give_the_same_anchors_as_the_full_search(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    old = twins_text(rng)
    new = edited(old, rng)
    annotations = random_annotations(old, 600, rng)
    used = {"better": 0, "short": 0}  # whole-text searches skipped, by reason
    real = exact_search._none_better_elsewhere

    def counted(*args: object) -> bool:
        told = real(*args)  # type: ignore[arg-type]
        used["short" if args[2] is None else "better"] += told
        return told

    monkeypatch.setattr(exact_search, "_none_better_elsewhere", counted)
    fast, fast_summary = anchoring.anchor_annotations(new, annotations, old_length=len(old))
    full, full_summary = anchoring.anchor_annotations(new, annotations, old_length=len(old),
                                                      shortcuts=False)
    assert fields(fast) == fields(full)
    assert fast_summary == full_summary
    assert fast_summary.fuzzy > 20 and fast_summary.moved > 100  # the searches were used
    assert used["better"] > 0 and used["short"] > 0  # whole-text searches were skipped


def test_the_score_bound_prunes_and_keeps_the_winner(monkeypatch: pytest.MonkeyPatch
                                                     ) -> None:
    """_best_scored with and without the quick_ratio bound, on far near-twins: the same
    winner, with fewer ratios computed."""
    rng = random.Random(9)
    text = twins_text(rng)
    third = len(text) // 3
    calls = {"ratio": 0}
    real = fuzzy_search._full

    def counted(old: str, new: str) -> float:
        calls["ratio"] += 1
        return real(old, new)

    monkeypatch.setattr(fuzzy_search, "_full", counted)
    pruned = 0
    for _ in range(200):
        calls["ratio"] = 0
        start = rng.randrange(third - 80)
        a: Annotation = make_annotation(text, start, start + rng.randint(12, 60), "problem")
        # the three copies, equally similar (as the search would find them)
        errors = len(a.quote) // 5
        found = [(errors, start + k * (third + 1) + len(a.quote)) for k in range(3)]
        rng.shuffle(found)
        fast = fuzzy_search._best_scored(text, a, found, start)
        pruned += calls["ratio"] < 2 * len(found)  # each scored match: two ratios
        full = fuzzy_search._best_scored(text, a, found, start, shortcuts=False)
        assert fast == full
    assert pruned > 50
