"""Shared builders for the sidecar, anchoring and atomic-write tests."""
from __future__ import annotations

import shutil
from pathlib import Path

from model.annotations import Annotation, AnnotationSet, make_annotation
from model.report.loading import Report, load_report

DATA = Path(__file__).resolve().parents[2] / "data" / "sidecar"
REPORT = DATA / "report.txt"


def copy_report(tmp_path: Path, name: str = "报告.txt") -> Report:
    """The fixture report copied into tmp_path (tests never write into tests/data)."""
    target = tmp_path / name
    shutil.copyfile(REPORT, target)
    return load_report(target)


def annotate(text: str, quote: str, tag: str = "problem", nth: int = 0, **kw: str
             ) -> Annotation:
    """An annotation over the nth occurrence of `quote` in `text`."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(quote, pos + 1)
    return make_annotation(text, pos, pos + len(quote), tag, **kw)


def set_of(*annotations: Annotation) -> AnnotationSet:
    s = AnnotationSet()
    s.add_many(annotations)
    return s
