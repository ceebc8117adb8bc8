"""`suggest REPORT [--format json|text] [--no-sidecar] [--min-score S] [--limit N]
[--per-section N] [--lang zh|zh_CN|en] [--no-learning]`: print suggested tags, the best of
each section (model/reading/ranking.py), with reasons in the reader's language.

Like the window, the verb uses what suggestions learned from this reviewer (the per-user
file of model.reading.learning_store; read only, a damaged one is reported on stderr and
left alone); `--no-learning` gives the rules' suggestions alone.

Suggestions the reviewer rejected (the sidecar's rejected_suggestions) are left out, and so
are sentences already tagged the same way when the sidecar matches the report. Words are
cut by model.reading.segmenter.default_segmenter, as in the window: the same jieba cache
and the same reviewer's dictionary (model.paths; YUEPI_CACHE_DIR / YUEPI_DATA_DIR
override them).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

from model.annotations import DEFAULT_TAGS, Annotation, OutlineCorrection
from model.memory import collector_paused
from model.outline.corrections import corrected_outline
from model.outline.tree import Outline
from model.reading.ranking import DEFAULT_PER_SECTION, ranked
from model.reading.reasons import reason_in
from model.reading.segmenter import default_segmenter
from model.reading.suggestions import Suggestion, suggest
from model.report.loading import Report, load_report

HELP = "suggest tags (problem, commitment, achievement, measure, figure) for a report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--no-sidecar", action="store_true",
                        help="ignore the report's .annotations.json (rejections, tags)")
    parser.add_argument("--min-score", type=_score, default=0.0,
                        help="leave out suggestions scored below this (0..1)")
    parser.add_argument("--limit", type=_count, default=0,
                        help="at most this many suggestions, the best first (0: no limit)")
    parser.add_argument("--per-section", type=_count, default=DEFAULT_PER_SECTION,
                        help=f"at most this many per section (default {DEFAULT_PER_SECTION}; "
                             "0: no cap)")
    parser.add_argument("--lang", choices=("zh", "zh_CN", "en"), default=None,
                        help="language of the reasons (default: Chinese on a Chinese locale)")
    parser.add_argument("--no-learning", action="store_true",
                        help="ignore what suggestions learned from your accepts, rejects and "
                             "tags")


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        score = -1.0
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError(f"a score between 0 and 1, not {value!r}")
    return score


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"a whole number of 0 or more, not {value!r}")
    return int(value)


def default_language() -> str:
    """Like the window: Chinese when the locale is Chinese, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    rejected, existing, corrections = (set(), [], []) if args.no_sidecar \
        else _from_sidecar(report)
    segmenter = default_segmenter()
    outline = corrected_outline(report, corrections)
    with collector_paused():
        found = suggest(report.text, outline, segmenter, rejected, existing)
        if not args.no_learning:
            found = _learned(report.text, outline, found, rejected, existing)
        found = ranked(found, outline, args.min_score, args.limit, args.per_section)
    lang = args.lang or default_language()
    if args.format == "json":
        json.dump({"suggestions": [s.to_json(lang) for s in found]}, out, ensure_ascii=False,
                  indent=2)
        out.write("\n")
    else:
        out.write(format_text(found, lang))
    return 0


def _learned(text: str, outline: Outline | None, found: list[Suggestion], rejected: set[str],
             existing: list[Annotation]) -> list[Suggestion]:
    """`found` after the reviewer's learned model (none yet: unchanged)."""
    from model.reading.coverage import visible_suggestions
    from model.reading.learned import learned_suggestions
    from model.reading.learning_store import learning_path, load_learner

    path = learning_path()
    loaded = load_learner(path, move_aside=False)
    if loaded.problem:
        print(f"warning: not using what suggestions learned ({loaded.problem} file "
              f"{path}: {loaded.detail})", file=sys.stderr)
    if loaded.learner.empty:
        return found
    return visible_suggestions(learned_suggestions(text, outline, found, loaded.learner),
                               rejected, existing)


def _from_sidecar(report: Report
                  ) -> tuple[set[str], list[Annotation], list[OutlineCorrection]]:
    """Rejected keys, the annotations if the sidecar belongs to this very text, and the
    outline corrections placed on it (the outline decides what is suggested where).

    Read-only: a damaged sidecar raises SidecarCorrupt (exit 2) and is left where it is.
    """
    from model.sidecar.anchoring import anchor_corrections
    from model.sidecar.store import load_sidecar, sidecar_path

    data = load_sidecar(sidecar_path(report.path), allow_newer=True)
    if data is None:
        return set(), [], []
    annotation_set = data.annotation_set
    same_text = data.source.sha256 == report.sha256
    corrections = anchor_corrections(report.text, annotation_set.outline_corrections,
                                     old_length=data.source.length)
    return (set(annotation_set.rejected_suggestions),
            list(annotation_set) if same_text else [], corrections)


def format_text(found: list[Suggestion], lang: str = "en") -> str:
    """One line per suggestion: tag, score, span, quote and reason. In Chinese the tag
    is named as the window names it (问题), not by its id, as the reason is."""
    names = {t.id: t.label_zh for t in DEFAULT_TAGS} if lang.startswith("zh") else {}
    lines = [f"{names[s.tag] if s.tag in names else f'{s.tag:<11}'} {s.score:.2f} "
             f"{s.start}-{s.end} {s.quote}  "
             f"({reason_in(lang, s.reason_code, s.reason_args)})" for s in found]
    return "\n".join(lines) + ("\n" if lines else "")
