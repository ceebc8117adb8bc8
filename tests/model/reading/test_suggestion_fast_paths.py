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


def test_suggestions_made_by_their_slots_equal_the_constructed() -> None:
    from dataclasses import fields

    from model.reading.suggestions import Suggestion, _suggestion_maker

    values = ("problem", 3, 9, "仍需加强。", 0.81, "problem:0123456789ab", "cue_under_section",
              {"cues": "仍需", "section": "存在的问题"}, 0.75)
    made, built = _suggestion_maker()(*values), Suggestion(*values)
    assert type(made) is Suggestion and made == built and hash(made) == hash(built)
    assert [getattr(made, f.name) for f in fields(Suggestion)] == list(values)


def test_section_leans_read_once_are_section_lean() -> None:
    """SectionLeans remembers a section's lean: the same as section_lean at every offset."""
    from pathlib import Path

    from model.errors import ModelError
    from model.outline.detector import detect_outline
    from model.reading.suggestion_lean import SectionLeans, section_lean
    from model.report.loading import load_report

    data = Path(__file__).resolve().parents[2] / "data"
    checked = 0
    for path in sorted(data.glob("suggest*/*.txt"))[:40]:
        try:
            report = load_report(path)
        except ModelError:
            continue
        outline = detect_outline(report)
        for review in (False, True):
            leans = SectionLeans(outline, review)
            rng = random.Random(checked)
            for offset in sorted(rng.randrange(len(report.text) + 1) for _ in range(150)):
                for skip in (-1, offset):
                    assert leans(offset, skip) == section_lean(outline, offset, skip, review)
        checked += 1
    assert checked > 20
    assert SectionLeans(None)(5) is None
