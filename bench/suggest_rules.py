"""Which rules carry the suggestions, and on how many documents: a rule that helps one
document only is a patch for that text, not a principle of how 公文 are written.

For every suggestion on the labelled corpus (the fixtures and every part of
tests/data/suggest_real) it records the decision that made it — the rules' function and
line (model/reading/suggestion_rules.py) or the re-ranker — and whether it matched a label;
then, for the result patterns (RESULT, the top-level alternatives of its body), in how many
documents each alternative is found in a sentence labelled 成效.

`.venv/bin/python -m bench.suggest_quality --rules`
"""
from __future__ import annotations

import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.suggest_cv import documents, groups
from bench.suggest_quality import DATA, load_gold, match
from model.outline.detector import detect_outline
from model.reading import suggestion_cues as cues
from model.reading import suggestion_evidence
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.reading.traditional import simplified
from model.report.loading import load_report
from model.report.textnorm import fold_width


def _files() -> list[Path]:
    return [f for fs in groups().values() for f in fs] + sorted(DATA.glob("*.txt"))


def decisions(segmenter: Segmenter) -> None:
    """Per decision: right and wrong suggestions and the documents they fall in."""
    made: list[tuple[str, str]] = []  # (folded quote, decision) in the order judged
    original = suggestion_evidence._Evidence.result

    def result(self: Any, tag: str, base: float, lean: Any = None) -> Any:
        frame = sys._getframe(1)
        made.append((self._folded, f"{frame.f_code.co_name}:{frame.f_lineno} {tag}"))
        return original(self, tag, base, lean)

    stats: dict[str, list[Any]] = defaultdict(lambda: [0, 0, set(), set()])
    suggestion_evidence._Evidence.result = result  # type: ignore[method-assign]
    try:
        for txt in _files():
            rep = load_report(txt)
            made.clear()
            found = suggest(rep.text, detect_outline(rep), segmenter)
            extra = set(match(load_gold(txt, rep.text),
                              [(s.tag, s.start, s.end) for s in found])[4])
            for s in found:
                quote = fold_width(simplified(s.quote))
                key = next((d for q, d in reversed(made) if q == quote and d.endswith(s.tag)),
                           f"(list clause or re-ranker) {s.tag}")
                if s.reason_code == "learned":
                    key = f"re-ranker {s.tag}"
                row = stats[key]
                ok = (s.tag, s.start, s.end) not in extra
                row[0 if ok else 1] += 1
                (row[2] if ok else row[3]).add(txt.stem)
    finally:
        suggestion_evidence._Evidence.result = original  # type: ignore[method-assign]
    print(f"\n{'decision (function:line tag)':<40}{'right':>6}{'docs':>6}{'wrong':>7}{'docs':>6}")
    for key, (right, wrong, docs_right, docs_wrong) in sorted(stats.items()):
        flag = "  <- one document" if len(docs_right) == 1 else ""
        print(f"{key:<40}{right:>6}{len(docs_right):>6}{wrong:>7}{len(docs_wrong):>6}{flag}")


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a pattern body."""
    out, depth, current, i = [], 0, "", 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            current += body[i:i + 2]
            i += 2
            continue
        if char == "[":
            j = body.index("]", i + 1)
            current, i = current + body[i:j + 1], j + 1
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*out, current]


def result_alternatives(segmenter: Segmenter) -> None:
    """For each alternative of RESULT's body: the documents where it is found in a sentence
    labelled 成效 and where in another."""
    files = _files()
    units = []
    for txt, doc in zip(files, documents(files, segmenter)):
        folded = fold_width(simplified(load_report(txt).text))
        units += [(doc.name, u.label, folded[u.start:u.end]) for u in doc.units]
    alternatives = []
    for alternative in _alternatives(cues.RESULT_BODY):
        if alternative.startswith("(?:") and ")(?=" in alternative:  # the claims of a state
            inner, _bar, tail = alternative[3:].rpartition(")(?=")
            alternatives += [part + "(?=" + tail for part in _alternatives(inner)]
        else:
            alternatives.append(alternative)
    rows = []
    for alternative in alternatives:
        pattern = re.compile(alternative)
        right = {d for d, label, u in units if label == "achievement" and pattern.search(u)}
        other = {d for d, label, u in units if label != "achievement" and pattern.search(u)}
        rows.append((len(right), len(other), alternative))
    once = [r for r in rows if r[0] <= 1]
    print(f"\nRESULT: {len(rows)} alternatives; found in a 成效 sentence of ≥ 3 documents: "
          f"{sum(r[0] >= 3 for r in rows)}, of 2: {sum(r[0] == 2 for r in rows)}, "
          f"of 1: {sum(r[0] == 1 for r in rows)}, of none: {sum(r[0] == 0 for r in rows)}")
    for right, other, alternative in sorted(once):
        print(f"  {right} 成效 / {other} other documents: {alternative}")


def rule_usage() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        decisions(segmenter)
        result_alternatives(segmenter)
