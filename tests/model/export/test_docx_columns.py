"""Column planning for the review table: display widths, share bounds, breaking citations."""
from __future__ import annotations

from model.export.docx_columns import (
    Column,
    Metrics,
    display_width,
    line_count,
    plan_widths,
    wrap_at_separators,
)

METRICS = Metrics(unit=120, padding=260)
TOTAL = 8844


def test_display_width_counts_cjk_double() -> None:
    assert display_width("王建国") == 6
    assert display_width("Li Hua") == 6
    assert display_width("（一）›第12段") == 6 + 1 + 6
    assert display_width("e\u0301") == 1  # combining accent takes no column


def test_line_count_breaks_anywhere_and_at_newlines() -> None:
    assert line_count("一二三四五", 4) == 3
    assert line_count("ab\n一二三四五六", 6) == 3


def test_fit_columns_get_their_longest_text_and_wrap_columns_the_rest() -> None:
    columns = [Column(["序号", "12"], 0.0, 0.10), Column(["批注人", "欧阳明月"], 0.0, 0.20),
               Column(["原文", "一" * 200], 0.35, 0.75, wraps=True),
               Column(["批注", "二" * 100], 0.20, 0.55, wraps=True)]
    no, author, quote, note = plan_widths(columns, TOTAL, METRICS)
    assert no + author + quote + note == TOTAL
    assert no == 4 * 120 + 260 and author == 8 * 120 + 260
    assert quote > note >= 0.20 * TOTAL  # shared by how much text each holds


def test_bounds_hold_for_long_fit_texts() -> None:
    columns = [Column(["批注人", "Wolfgang Amadeus Mozart-Schmidt"], 0.0, 0.20),
               Column(["原文", "短"], 0.35, 0.75, wraps=True)]
    author, quote = plan_widths(columns, TOTAL, METRICS)
    assert author <= 0.20 * TOTAL + 1 and author + quote == TOTAL


def test_citation_column_breaks_between_parts_before_squeezing_others() -> None:
    columns = [Column(["位置", "二、（一）›第12段"], 0.10, 0.25, breaks_at="›"),
               Column(["批注人", "欧阳明月"], 0.0, 0.20),
               Column(["原文", "一" * 300], 0.60, 0.75, wraps=True)]
    location, author, quote = plan_widths(columns, TOTAL, METRICS)
    assert author == 8 * 120 + 260  # the name still fits on one line
    assert location == 11 * 120 + 260  # "二、（一）›" on one line, "第12段" on the next
    assert quote >= 0.60 * TOTAL - 1


def test_wrap_at_separators_keeps_the_mark_at_line_end() -> None:
    assert wrap_at_separators("二、（一）›第12段", "›", 20) == "二、（一）›第12段"
    assert wrap_at_separators("二、（一）›第12段", "›", 12) == "二、（一）›\n第12段"
    assert wrap_at_separators("一、总体 › （一）领导 › 第2段", " › ", 12) == (
        "一、总体 ›\n（一）领导 ›\n第2段")
