"""Build the term-association table the compare matcher expands a commitment's words with
(model/compare/associations.py): which content words real reports use in the same
paragraph far more often than chance (外贸 ↔ 出口, 内需 ↔ 消费, 环境质量 ↔ 优良天数).

    .venv/bin/python -m tools.build_term_associations --sentences --max-share 0.1 [CSV_DIR ...]

The corpus: the real reports of tests/data (compare_real but its held-back parts, suggest_real,
outline_real: a school's plans and summaries, bureaus' and counties' reports) and,
for each CSV_DIR given, every `*.csv` in it with a `full_text` column — the 2026 provincial
政府工作报告 of the public repository johncodes404/china-provincial-gov-reports-2026
(output/2026_raw_text; fetch it and pass that folder). A paragraph (a line of 20 characters
or more), or with --sentences each of its sentences (the shipped table: chosen by leaving
one part out, bench.compare_quality --part-cv), is one context; a word counts once per
context. Task verbs and manner words (扩大, 高水平: model.compare.proposals) are left out. A pair is kept when it shares at
least MIN_TOGETHER paragraphs and its normalised PMI is at least MIN_NPMI; each word keeps
its TOP best associates by NPMI × log(1 + paragraphs shared) (NPMI alone favours pairs
seen three times: 外贸 ↔ 好于 over 外贸 ↔ 出口). Writes resources/dict/term_associations.txt:
`word<TAB>associate:strength …` (strength = NPMI, two decimals), most frequent words first.
No answer key is read: the table is co-occurrence only.
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

from model.compare.associations import ASSOCIATIONS_PATH
from model.compare.commitment_words import AIMS, TASK_VERBS
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.reading.traditional import simplified

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FOLDERS = ("compare_real", "suggest_real", "outline_real")
#: a paragraph shorter than this is a heading or page furniture, no context
MIN_PARAGRAPH = 20
MIN_TOGETHER = 3
MIN_NPMI = 0.3
TOP = 8
#: a word in more than this share of the paragraphs says nothing about its neighbours
MAX_SHARE = 0.05


def held_back() -> set[str]:
    """The compare pairs of a part not tuned on (split.tsv: heldback8 …): their texts are
    never read, so the table cannot learn a blind part's words."""
    rows = (DATA / "compare_real" / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {cells[0] for cells in (r.split("\t") for r in rows)
            if len(cells) >= 2 and not cells[1].startswith("tune")}


def texts(csv_dirs: list[Path]) -> list[str]:
    blind = held_back()
    found = [simplified(p.read_text(encoding="utf-8", errors="replace"))
             for folder in FOLDERS for p in sorted((DATA / folder).glob("*.txt"))
             if not (folder == "compare_real" and p.name.split(".")[0] in blind)]
    csv.field_size_limit(sys.maxsize)
    for folder in csv_dirs:
        for path in sorted(folder.glob("*.csv")):
            with path.open(encoding="utf-8-sig", newline="") as f:
                found += [row["full_text"] for row in csv.DictReader(f)
                          if row.get("full_text")]
    return found


def paragraphs(text: str, sentences: bool = False) -> list[str]:
    """The contexts of `text`: its paragraphs, or with `sentences` their sentences."""
    found = [line.strip() for line in text.splitlines() if len(line.strip()) >= MIN_PARAGRAPH]
    if sentences:
        found = [s for p in found for s in re.split(r"[。；！？]", p) if len(s) >= 8]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ASSOCIATIONS_PATH)
    parser.add_argument("--max-share", type=float, default=MAX_SHARE)
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--sentences", action="store_true",
                        help="a sentence is a context, not a paragraph")
    args = parser.parse_args(argv)
    idf = Idf.load()
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        contexts = [frozenset(t.word for t in segmenter.tokenize(p)
                              if idf.wanted(t.word) and len(t.word) <= 8
                              and t.word not in TASK_VERBS and t.word not in AIMS)
                    for text in dict.fromkeys(texts(args.csv_dirs))
                    for p in paragraphs(text, args.sentences)]
    n = len(contexts)
    alone: Counter[str] = Counter(w for c in contexts for w in c)
    kept = {w for w, k in alone.items() if MIN_TOGETHER <= k <= args.max_share * n}
    together: Counter[tuple[str, str]] = Counter()
    for c in contexts:
        together.update(combinations(sorted(c & kept), 2))
    best: dict[str, list[tuple[float, str]]] = {}
    for (a, b), k in together.items():
        if k < MIN_TOGETHER:
            continue
        p_ab = k / n
        npmi = math.log(p_ab / (alone[a] / n * alone[b] / n)) / -math.log(p_ab)
        if npmi >= MIN_NPMI:
            rank = npmi * math.log1p(k)
            best.setdefault(a, []).append((rank, npmi, b))
            best.setdefault(b, []).append((rank, npmi, a))
    rows = []
    for word in sorted(best, key=lambda w: (-alone[w], w)):
        top = sorted(best[word], key=lambda x: (-x[0], x[2]))[:args.top]
        rows.append(word + "\t" + " ".join(f"{b}:{s:.2f}" for _r, s, b in top))
    args.out.write_text(f"# contexts {n}\n# built by tools/build_term_associations.py\n"
                        + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{n} contexts, {len(rows)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
