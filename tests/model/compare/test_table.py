"""承诺兑现对照表: rows with citations on each side, counts per verdict, CSV and Markdown."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from model.compare import table as compare_table
from model.compare.store import Comparison, make_link
from model.compare.table_export import build_table, render_table
from model.export.citation import Citer
from model.outline.detector import detect_outline
from model.report.loading import Report, load_report
from tests.model.compare import table_fixtures

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


# --- a real pair: 未核对 rows, counts per section of A -------------------------------------
def _real(tmp_path: Path) -> list[compare_table.Row]:
    a, b = table_fixtures.make_pair(tmp_path)
    return compare_table.rows(table_fixtures.stored(a, b), Citer(a.text, detect_outline(a)),
                              Citer(b.text, detect_outline(b)), table_fixtures.commitments(a))


def test_undecided_commitments_are_listed_in_a_order(tmp_path: Path) -> None:
    table = _real(tmp_path)
    assert [(r.commitment, r.verdict) for r in table] == [
        ("国内生产总值增长5.5%左右", "not_kept"),
        ("城镇新增就业1100万人以上", "kept"),
        ("城镇新增就业1100万人以上", "partly"),  # B's order inside one commitment
        ("居民消费价格涨幅3%左右", "not_mentioned"),
        ("粮食产量保持在1.3万亿斤以上", "unchecked"),
        ("保持物价水平基本稳定", "unchecked"),
        ("其中留抵退税约1.5万亿元", "kept"),
    ]
    first, tax = table[0], table[-1]
    assert first.commitment_cite == f"{table_fixtures.SECTION_2} › 第1段"
    assert first.evidence_cite == f"{table_fixtures.REVIEW_B} › 第1段"
    assert first.commitment_short == "二、›第1段"
    assert tax.commitment_cite == f"{table_fixtures.SECTION_3} › 确保粮食能源安全 › 第2段"
    assert tax.section == table_fixtures.SECTION_3
    assert tax.section_path == f"{table_fixtures.SECTION_3} › 确保粮食能源安全"
    assert table[4].cells() == ("粮食产量保持在1.3万亿斤以上", first.commitment_cite, "", "",
                                "未核对", "")
    assert table[3].evidence == table[3].evidence_cite == ""


def test_counts_per_verdict_and_per_section(tmp_path: Path) -> None:
    table = _real(tmp_path)
    assert compare_table.counts(table) == [("已兑现", 2), ("部分兑现", 1), ("未兑现", 1),
                                           ("未提及", 1), ("未核对", 2)]
    top = compare_table.section_counts(table)
    assert [(s.section, s.total) for s in top] == [(table_fixtures.SECTION_2, 5),
                                                   (table_fixtures.SECTION_3, 2)]
    assert top[0].counts == {"kept": 1, "partly": 1, "not_kept": 1, "not_mentioned": 1,
                             "unchecked": 1}
    assert top[1].counts == {"kept": 1, "partly": 0, "not_kept": 0, "not_mentioned": 0,
                             "unchecked": 1}
    paths = compare_table.section_counts(table, "section_path")
    assert [s.section for s in paths] == [table_fixtures.SECTION_2,
                                          f"{table_fixtures.SECTION_3} › 确保粮食能源安全"]
    titles = [t for t, _, _ in compare_table.count_tables(table)]
    assert titles == ["按结论统计", "按一级标题统计", "按章节统计"]
    _, header, body = compare_table.count_tables(table)[1]
    assert header == ["章节", "已兑现", "部分兑现", "未兑现", "未提及", "未核对", "合计"]
    assert body[-1] == ["合计", "2", "1", "1", "1", "2", "7"]


def test_csv_and_md_carry_the_section_counts(tmp_path: Path) -> None:
    table = _real(tmp_path)
    got = list(csv.reader(io.StringIO(compare_table.render_csv(table)[1:], newline="")))
    assert ["未核对", "2"] in got and ["按一级标题统计"] in got
    assert [table_fixtures.SECTION_3, "1", "0", "0", "0", "1", "2"] in got
    assert any(row[:1] == ["'=另见|务工"] or "'=另见|务工" in row for row in got)
    md = compare_table.render_md(table)
    assert "## 按章节统计" in md and f"| {table_fixtures.SECTION_2} | 1 | 1 | 1 | 1 | 1 | 5 |" in md


def test_english_words_and_a_table_without_subsections(tmp_path: Path) -> None:
    table = _table(tmp_path)  # the small pair: one section, nothing below it
    assert not compare_table.paths_differ(table)
    assert [t for t, _, _ in compare_table.count_tables(table, "en")] == [
        "By verdict", "By top-level section"]
    md = compare_table.render_md(table, "en")
    assert "| Kept | 1 |" in md and "Partly kept" in md and "未核对" not in md


def test_markdown_names_the_two_reports_it_compares(tmp_path: Path) -> None:
    """A .md 对照表 read later (or pasted into a memo) says which reports it compares, as
    the Word one does in its title; the table still follows its one heading."""
    a, b = table_fixtures.make_pair(tmp_path)
    table = build_table(a, b, table_fixtures.stored(a, b))
    md = render_table(table, "md").decode("utf-8")
    head = md.split("| 承诺（上年报告）")[0]
    assert head.startswith("# 承诺兑现对照表\n")
    assert f"《{table.earlier_title}》" in head and f"《{table.later_title}》" in head
    en = render_table(build_table(a, b, table_fixtures.stored(a, b), lang="en"), "md")
    assert f"“{table.earlier_title}”".encode() in en.split(b"| Commitment")[0]
