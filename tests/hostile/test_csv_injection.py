"""CSV injection (OWASP): a cell a spreadsheet could run as a formula gets a leading
apostrophe, also when white space, a line break, U+3000 or an invisible character comes
first, or the formula starts with a full-width ＝＋－＠.

Before: only cells starting with an ASCII = + - @ (or a tab/CR) were neutralised."""
from __future__ import annotations

import csv
import io
import time

import pytest

from model.annotations import AnnotationSet
from model.export import export
from model.export.csv_export import runs_as_formula
from model.export.review import build_review
from model.report.loading import report_from_text
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report

REPORT = fixture_report()

HOSTILE = [
    "=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\tplain", "\rplain",
    " =HYPERLINK(\"http://x\")", "  +cmd", "\t-1", "\n=1", "\r\n@x", "\u3000=1+1",
    "\u3000\u3000@SUM(A1)", "\u00a0=1", "\u2003-1", "\u200b=1", "\ufeff=1", "\u2060+1",
    "\x0b=1", "\x0c=1", "\x00=1", " \n\t\u3000=cmd|' /C calc'!A0",
    "＝1+1", "＋1", "－1", "＠SUM(A1)", "\u3000＝1", " ＠x", "﹦1", "﹢1", "﹣1", "﹫x",
]
HARMLESS = [
    "", "   ", "\u3000", "增长3.5%", "a=b", "邮箱 a@b.cn", "1-2", "（一）＝号", "—1",
    "−1",  # U+2212 MINUS SIGN: a spreadsheet reads it as text
]


@pytest.mark.parametrize("cell", HOSTILE, ids=repr)
def test_hostile_cells_are_formulas(cell: str) -> None:
    assert runs_as_formula(cell)


@pytest.mark.parametrize("cell", HARMLESS, ids=repr)
def test_harmless_cells_are_not(cell: str) -> None:
    assert not runs_as_formula(cell)


def test_negative_figures_keep_the_ascii_policy() -> None:
    """A negative number was always neutralised like any '-' cell; so it stays, with or
    without white space before it, ASCII or full-width."""
    for cell in ("-3.5%", " -3.5%", "\u3000-3.5%", "－3.5%"):
        assert runs_as_formula(cell)


def _rows(note: str, author: str) -> list[list[str]]:
    s = AnnotationSet()
    s.add(annotate(REPORT.text, "力争明年", "commitment", note=note, author=author))
    review = build_review(REPORT, build_outline(REPORT.text), s, date="2026-11-24")
    data = export(review, "csv").decode("utf-8-sig")
    return list(csv.reader(io.StringIO(data, newline="")))


@pytest.mark.parametrize("cell", HOSTILE, ids=repr)
def test_export_prefixes_an_apostrophe(cell: str) -> None:
    row = _rows(note=cell, author=cell)[1]
    assert row[3] == "'" + cell and row[4] == "'" + cell


@pytest.mark.parametrize("cell", HARMLESS, ids=repr)
def test_export_leaves_harmless_cells_alone(cell: str) -> None:
    row = _rows(note=cell, author=cell)[1]
    assert row[3] == cell and row[4] == cell


def test_the_quote_column_too() -> None:
    """A passage of the report itself may start like a formula."""
    text = "一、总体情况\n\u3000＝cmd|' /C calc'!A0 是一行正文。\n"
    report = report_from_text(text, "r.txt")
    s = AnnotationSet()
    s.add(annotate(text, "\u3000＝cmd", "problem"))
    review = build_review(report, build_outline(text), s, date="2026-11-24")
    row = list(csv.reader(io.StringIO(export(review, "csv").decode("utf-8-sig"),
                                      newline="")))[1]
    assert row[2] == "'\u3000＝cmd"


def test_a_long_run_of_white_space_is_checked_in_linear_time() -> None:
    cell = " " * 2_000_000 + "="
    started = time.perf_counter()
    assert runs_as_formula(cell) and not runs_as_formula(cell[:-1])
    assert time.perf_counter() - started < 2
