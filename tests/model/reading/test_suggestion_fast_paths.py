"""The fast paths of suggestions give what the plain rules give: the cue scan (a class of
first characters checked before the trie, the boundary and negation tests written out)
against a position-by-position reading of the lexicon, and the evidence's cue buckets
against the lexicon's tags."""
from __future__ import annotations

import random

from model.reading import suggestion_lexicon as cue_lexicon
from model.reading.segmenter import Segmenter
from model.reading.suggestion_evidence import _Evidence
from model.reading.tokens import Boundaries
from model.report.textnorm import fold_width

WORDS = sorted({w for lexicon in cue_lexicon.LEXICON.values() for w in lexicon})


def plain_find_cues(text: str, start: int, end: int, boundaries: Boundaries
                    ) -> list[cue_lexicon.CueHit]:
    """find_cues by its definition: the longest cue starting at each position inside the
    span, kept when it passes on_token_edges and negated and is not inside the last kept."""
    hits: list[cue_lexicon.CueHit] = []
    covered_until = -1
    for s in range(start, end):
        found = [w for w in WORDS if text.startswith(w, s) and s + len(w) <= end]
        if not found:
            continue
        word = max(found, key=len)
        e = s + len(word)
        if e <= covered_until or not cue_lexicon.on_token_edges(s, e, boundaries) \
                or cue_lexicon.negated(text, s, e):
            continue
        covered_until = e
        hits += [cue_lexicon.CueHit(tag, word, lexicon[word], s, e)
                 for tag, lexicon in cue_lexicon.LEXICON.items() if word in lexicon]
    return hits


def test_cue_scan_matches_the_plain_reading() -> None:
    rng = random.Random(12)
    filler = list("的了和在是我们工作全面提高群众问题导向解决。；，") + ["困难群众", "不足10%"]
    for _ in range(300):
        pieces = [rng.choice(WORDS if rng.random() < 0.4 else filler)
                  for _ in range(rng.randint(1, 12))]
        text = "".join(pieces)
        edges = [0]
        for piece in pieces:
            edges.append(edges[-1] + len(piece))
        kept = [e for e in edges if rng.random() < 0.8]
        boundaries = Boundaries(len(text), kept)
        start = rng.randint(0, len(text) // 3)
        end = rng.randint(start, len(text))
        assert cue_lexicon.find_cues(text, start, end, boundaries) == \
            plain_find_cues(text, start, end, boundaries), text


def test_evidence_has_a_bucket_per_lexicon_tag() -> None:
    evidence = _Evidence([], "", "")
    assert list(evidence.strong) == list(cue_lexicon.LEXICON)
    assert list(evidence.weak) == list(cue_lexicon.LEXICON)


def test_boundaries_of_a_text_folded_already(segmenter: Segmenter) -> None:
    """suggest folds the Simplified text once and hands it to the segmenter: the same
    edges as the segmenter folding it itself."""
    text = "２０２５年ＧＤＰ增长５．２％，ＰＭ２．５浓度下降；力争“十四五”圆满收官。\n奋力争先"
    given = segmenter.boundaries(text, fine=False, folded=fold_width(text))
    own = segmenter.boundaries(text, fine=False)
    assert [i for i in range(len(text) + 1) if i in given] == \
        [i for i in range(len(text) + 1) if i in own]
