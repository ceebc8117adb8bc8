"""The labelled real reports are well formed (tests/data/suggest_real, README "Format"):
every document of split.tsv has its text and gold file, every label is a default tag the
suggestions can give, and every quote occurs exactly once in the loaded text. Format only:
no suggestion is run here, so a held-back part can be checked without being scored."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.suggest_quality import REAL, real_split
from model.report.loading import load_report

SUGGESTED_TAGS = {"problem", "commitment", "achievement", "measure", "figure"}


def _documents() -> list[tuple[str, Path]]:
    return [(part, txt) for part, files in real_split().items() for txt in files]


def test_every_document_in_the_folder_has_a_part() -> None:
    listed = {txt.name for _, txt in _documents()}
    assert listed == {p.name for p in REAL.glob("*.txt")}
    assert len(listed) == len(_documents())  # no document in two parts


@pytest.mark.parametrize(("part", "txt"), _documents(), ids=lambda v: getattr(v, "stem", v))
def test_gold_labels_are_tags_with_unique_quotes(part: str, txt: Path) -> None:
    text = load_report(txt).text
    rows = [line.split("\t") for line in txt.with_suffix(".gold.tsv").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert rows, part
    for row in rows:
        assert len(row) == 2 and row[0] in SUGGESTED_TAGS, row
        assert text.count(row[1]) == 1, row[1]
