"""承诺兑现对照表: rows with citations on each side, counts per verdict, CSV and Markdown."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from model.compare import table as compare_table
from model.compare.store import Comparison, make_link
from model.export.citation import Citer
from model.outline.detector import detect_outline
from model.report.loading import Report, load_report

A_TEXT = "一、今年工作安排\n新增城镇就业1200万人以上。\n推进保障性住房建设。\n"
B_TEXT = "一、过去一年工作回顾\n城镇新增就业1256万人。\n=保交房|工作有序推进。\n"


def _report(tmp_path: Path, name: str, text: str) -> Report:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_report(tmp_path / name)


def _span(text: str, quote: str) -> tuple[int, int]:
    return text.index(quote), text.index(quote) + len(quote)


def _table(tmp_path: Path) -> list[compare_table.Row]:
    a, b = _report(tmp_path, "A.txt", A_TEXT), _report(tmp_path, "B.txt", B_TEXT)
    links = [
        make_link(a, b, _span(A_TEXT, "推进保障性住房建设"), _span(B_TEXT, "=保交房|工作有序推进"),
                  "partly", note="保交房≠保障性住房"),
        make_link(a, b, _span(A_TEXT, "新增城镇就业1200万人以上"),
                  _span(B_TEXT, "城镇新增就业1256万人"), "kept"),
    ]
    return compare_table.rows(Comparison(links=links), Citer(a.text, detect_outline(a)),
                              Citer(b.text, detect_outline(b)))


def test_rows_in_a_order_with_citations(tmp_path: Path) -> None:
    table = _table(tmp_path)
    assert [r.commitment for r in table] == ["新增城镇就业1200万人以上", "推进保障性住房建设"]
    assert "第1段" in table[0].commitment_cite and "回顾" in table[0].evidence_cite
    assert compare_table.counts(table) == [("已兑现", 1), ("部分兑现", 1), ("未兑现", 0),
                                           ("未提及", 0)]


def test_csv_escapes_formulas_and_counts(tmp_path: Path) -> None:
    text = compare_table.render_csv(_table(tmp_path))
    assert text.startswith("\ufeff")
    got = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert got[0] == list(compare_table.HEADER)
    assert got[2][2] == "'=保交房|工作有序推进" and got[2][4] == "部分兑现"
    assert ["已兑现", "1"] in got and ["未提及", "0"] in got


def test_markdown_escapes_pipes(tmp_path: Path) -> None:
    md = compare_table.render_md(_table(tmp_path))
    assert md.startswith("# 承诺兑现对照表")
    assert "=保交房\\|工作有序推进" in md and "| 部分兑现 | 1 |" in md
