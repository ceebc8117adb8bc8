"""model/report/docx_numbering.py: Word's automatic paragraph numbers in the canonical .docx text."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from model.outline.detector import detect_outline
from model.report import readers
from model.report.docx_numbering import format_number
from model.report.loading import load_report

W = nsdecls("w")


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{extra}<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')


#: The usual GB/T 9704 outline as one multilevel list: 一、 / （一） / 1. / （1）.
CN_LEVELS = (lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
             + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）"))


def add_list(doc: Any, abstract_id: int, levels: str, overrides: str = "") -> int:
    """Add a w:abstractNum and a w:num (same id) pointing at it; returns the numId."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(abstract)  # schema order: abstractNums first
    return add_num(doc, abstract_id, abstract_id, overrides)


def add_num(doc: Any, num_id: int, abstract_id: int, overrides: str = "") -> int:
    doc.part.numbering_part.element.append(parse_xml(
        f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'{overrides}</w:num>'))
    return num_id


def number(paragraph: Any, num_id: int, ilvl: int | None = 0) -> Any:
    """w:numPr on a paragraph or on a paragraph style (both have get_or_add_pPr)."""
    element = paragraph._p if hasattr(paragraph, "_p") else paragraph.element
    ppr = element.get_or_add_pPr()
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    ppr.append(parse_xml(f'<w:numPr {W}>{level}<w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def add(doc: Any, text: str, num_id: int | None = None, ilvl: int | None = 0) -> Any:
    para = doc.add_paragraph(text)
    return number(para, num_id, ilvl) if num_id is not None else para


def lines(doc: Any, path: Path) -> list[str]:
    doc.save(str(path))
    return load_report(path).text.split("\n")


def outline_rows(path: Path) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in detect_outline(load_report(path)).nodes()
            if n.kind == "heading"]


def test_chinese_two_levels_restart_and_third_level(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, CN_LEVELS)
    add(doc, "县工信局2024年工作总结")
    add(doc, "总体要求", num, 0)
    add(doc, "坚持稳中求进", num, 1)
    add(doc, "推进产业升级", num, 1)
    add(doc, "规上工业", num, 2)
    add(doc, "增长8.5%。", num, 3)
    add(doc, "重点任务", num, 0)
    add(doc, "抓好项目建设", num, 1)  # restarts at （一）
    add(doc, "新开工项目", num, 2)  # restarts at 1.
    path = tmp_path / "r.docx"
    assert lines(doc, path) == [
        "县工信局2024年工作总结", "一、总体要求", "（一）坚持稳中求进", "（二）推进产业升级",
        "1.规上工业", "（1）增长8.5%。", "二、重点任务", "（一）抓好项目建设", "1.新开工项目"]
    assert outline_rows(path) == [
        (1, "一、", "总体要求"), (2, "（一）", "坚持稳中求进"), (2, "（二）", "推进产业升级"),
        (3, "1.", "规上工业"), (4, "（1）", "增长8.5%"), (1, "二、", "重点任务"),
        (2, "（一）", "抓好项目建设"), (3, "1.", "新开工项目")]


def test_counts_past_ten_in_chinese(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, CN_LEVELS)
    for i in range(21):
        add(doc, f"第{i + 1}项", num, 0)
    got = [line.split("、")[0] for line in lines(doc, tmp_path / "r.docx")]
    assert got[:3] == ["一", "二", "三"] and got[9:12] == ["十", "十一", "十二"]
    assert got[19:] == ["二十", "二十一"]


def test_unnumbered_paragraph_between_keeps_counting(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, CN_LEVELS)
    add(doc, "总体要求", num, 0)
    add(doc, "今年以来，我局认真贯彻落实各项部署。")
    add(doc, "")
    add(doc, "主要成效", num, 0)
    assert lines(doc, tmp_path / "r.docx") == [
        "一、总体要求", "今年以来，我局认真贯彻落实各项部署。", "", "二、主要成效"]


def test_circled_and_full_width_and_letters(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, lvl(0, "decimalEnclosedCircle", "%1")
                   + lvl(1, "decimalFullWidth", "%2．") + lvl(2, "upperLetter", "%3."))
    add(doc, "抓落实", num, 0)
    add(doc, "强统筹", num, 0)
    add(doc, "细分", num, 1)
    add(doc, "子项", num, 2)
    add(doc, "再细分", num, 1)
    assert lines(doc, tmp_path / "r.docx") == ["①抓落实", "②强统筹", "１．细分", "A.子项", "２．再细分"]


def test_start_override_restarts_a_list_sharing_the_definition(tmp_path: Path) -> None:
    doc = docx.Document()
    first = add_list(doc, 100, lvl(0, "decimal", "%1."))
    later = add_num(doc, 101, 100)  # same abstract list: numbering continues
    restarted = add_num(doc, 102, 100, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
                                       '</w:lvlOverride>')
    add(doc, "甲", first)
    add(doc, "乙", first)
    add(doc, "丙", later)
    add(doc, "丁", restarted)
    add(doc, "戊", restarted)
    assert lines(doc, tmp_path / "r.docx") == ["1.甲", "2.乙", "3.丙", "5.丁", "6.戊"]


def test_level_override_replaces_the_level(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, lvl(0, "decimal", "%1."), overrides=(
        f'<w:lvlOverride w:ilvl="0">{lvl(0, "decimal", "%1）", start=3)}</w:lvlOverride>'))
    add(doc, "一项", num)
    add(doc, "二项", num)
    assert lines(doc, tmp_path / "r.docx") == ["3）一项", "4）二项"]


def test_style_carries_the_numbering(tmp_path: Path) -> None:
    """A custom heading style with w:numPr numbers every paragraph in it; a style linked
    to a level by w:pStyle takes that level without w:ilvl."""
    doc = docx.Document()
    num = add_list(doc, 100, lvl(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="cn1"/>')
                   + lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="cn2"/>'))
    for style_id, name in (("cn1", "一级标题"), ("cn2", "二级标题")):
        style = doc.styles.add_style(name, 1)
        style.element.set(qn("w:styleId"), style_id)
        number(style, num, ilvl=None)
    doc.add_paragraph("总体情况", style="一级标题")
    doc.add_paragraph("工业经济", style="二级标题")
    doc.add_paragraph("服务业", style="二级标题")
    doc.add_paragraph("存在问题", style="一级标题")
    para = doc.add_paragraph("不编号", style="一级标题")
    number(para, 0, ilvl=None)  # numId 0 switches the style's numbering off
    path = tmp_path / "r.docx"
    assert lines(doc, path) == ["一、总体情况", "（一）工业经济", "（二）服务业", "二、存在问题",
                                "不编号"]
    assert [(d, m) for d, m, _ in outline_rows(path)] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]


def test_multilevel_text_and_restart_rules(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2")
                   + lvl(2, "decimal", "(%3)", extra='<w:lvlRestart w:val="0"/>'))
    add(doc, "总则", num, 0)
    add(doc, "目的", num, 1)
    add(doc, "细则", num, 2)
    add(doc, "依据", num, 1)
    add(doc, "细则", num, 2)  # lvlRestart 0: never restarts
    add(doc, "分则", num, 0)
    add(doc, "范围", num, 1)
    add(doc, "细则", num, 2)
    assert lines(doc, tmp_path / "r.docx") == [
        "1.总则", "1.1目的", "(1)细则", "1.2依据", "(2)细则", "2.分则", "2.1范围", "(3)细则"]


def test_suffix_space_and_tab(tmp_path: Path) -> None:
    doc = docx.Document()
    space = lvl(0, "decimal", "%1.").replace('"nothing"', '"space"')
    tab = lvl(0, "chineseCounting", "%1").replace('<w:suff w:val="nothing"/>', "")
    add(doc, "甲", add_list(doc, 100, space))
    add(doc, "乙", add_list(doc, 101, tab))
    add(doc, "丙", add_list(doc, 102, lvl(0, "decimal", "%1.").replace('"nothing"', '"tab"')))
    assert lines(doc, tmp_path / "r.docx") == ["1. 甲", "一 乙", "1.丙"]


def test_bullets_and_unknown_formats_add_nothing(tmp_path: Path) -> None:
    doc = docx.Document()
    add(doc, "要点", add_list(doc, 100, lvl(0, "bullet", "\uf0b7")))
    add(doc, "无号", add_list(doc, 101, lvl(0, "none", "")))
    add(doc, "英文", add_list(doc, 102, lvl(0, "ordinalText", "%1")))
    add(doc, "列表样式", None)
    doc.paragraphs[-1].style = doc.styles["List Bullet"]
    assert lines(doc, tmp_path / "r.docx") == ["要点", "无号", "英文", "列表样式"]


def test_odd_numbering_xml_never_fails_the_load(tmp_path: Path) -> None:
    doc = docx.Document()
    good = add_list(doc, 100, lvl(0, "decimal", "%1."))
    bad_start = lvl(0, "decimal", "%1.").replace('w:start w:val="1"', 'w:start w:val="x"')
    bad = add_list(doc, 101, bad_start + lvl(1, "decimal", "%3"))
    add(doc, "正常", good)
    add(doc, "坏起始值", bad, 0)  # w:start "x" → 1
    add(doc, "引用不存在的级别", bad, 1)  # %3 has no level 3 → no number
    add(doc, "级别越界", good, 12)
    add(doc, "未定义列表", 999)
    odd = add(doc, "级别非数字", good, None)
    odd._p.pPr.find(qn("w:numPr")).insert(0, parse_xml(f'<w:ilvl {W} w:val="abc"/>'))
    add(doc, "再一项", good)
    assert lines(doc, tmp_path / "r.docx") == [
        "1.正常", "1.坏起始值", "引用不存在的级别", "级别越界", "未定义列表", "2.级别非数字",
        "3.再一项"]


def test_docx_without_numbering_part_reads_as_before(tmp_path: Path) -> None:
    doc = docx.Document()
    add(doc, "一、总体情况")
    add(doc, "正文")
    rels = doc.part.rels
    for key in [k for k, r in rels.items() if r.reltype.endswith("/numbering")]:
        del rels[key]
    path = tmp_path / "r.docx"
    doc.save(str(path))
    assert readers.read_docx(path) == ("一、总体情况\n正文", {})


def test_table_cell_paragraphs_are_not_numbered(tmp_path: Path) -> None:
    doc = docx.Document()
    num = add_list(doc, 100, lvl(0, "decimal", "%1."))
    add(doc, "前", num)
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    number(cell.paragraphs[0], num).add_run("格内")
    add(doc, "后", num)
    assert lines(doc, tmp_path / "r.docx") == ["1.前", "格内", "2.后"]


@pytest.mark.parametrize(("value", "fmt", "want"), [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCountingThousand", "二十"), (110, "chineseCountingThousand", "一百一十"),
    (0, "chineseCounting", "〇"), (20, "decimalEnclosedCircle", "⑳"),
    (21, "decimalEnclosedCircle", "21"), (12, "decimalFullWidth", "１２"),
    (3, "decimalZero", "03"), (27, "lowerLetter", "aa"), (2, "upperLetter", "B"),
    (14, "lowerRoman", "xiv"), (4, "upperRoman", "IV"), (3, "ideographTraditional", "丙"),
    (1, "bullet", None), (1, "none", None), (1, "cardinalText", None),
    (11, "ideographTraditional", None), (-1, "decimal", None),
])
def test_format_number(value: int, fmt: str, want: str | None) -> None:
    assert format_number(value, fmt) == want


def test_numbered_word_headings_keep_their_hints(tmp_path: Path) -> None:
    """Word's own Heading 1/2 styles tied to a multilevel list ("一、" / "（一）")."""
    doc = docx.Document()
    num = add_list(doc, 100, CN_LEVELS)
    number(doc.styles["Heading 1"], num, 0)
    number(doc.styles["Heading 2"], num, 1)
    doc.add_heading("总体情况", 1)
    doc.add_heading("工业经济", 2)
    doc.add_paragraph("正文。")
    doc.add_heading("存在问题", 1)
    path = tmp_path / "r.docx"
    doc.save(str(path))
    assert readers.read_docx(path) == (
        "一、总体情况\n（一）工业经济\n正文。\n二、存在问题", {1: 1, 2: 2, 4: 1})
    assert outline_rows(path) == [
        (1, "一、", "总体情况"), (2, "（一）", "工业经济"), (1, "二、", "存在问题")]


def test_numbering_style_link_and_legal_numbers(tmp_path: Path) -> None:
    """w:numStyleLink: the list is defined by a numbering style's own w:num; w:isLgl writes
    every level of "%1.%2" in decimal."""
    doc = docx.Document()
    real = add_list(doc, 100, lvl(0, "chineseCounting", "%1、")
                    + lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"))
    style = doc.styles.add_style("编号列表", 4)  # WD_STYLE_TYPE.LIST
    style.element.set(qn("w:styleId"), "ListStyle1")
    style.element.append(parse_xml(
        f'<w:pPr {W}><w:numPr><w:numId w:val="{real}"/></w:numPr></w:pPr>'))
    linked = add_list(doc, 101, "")
    doc.part.numbering_part.element.findall(qn("w:abstractNum"))[-1].append(
        parse_xml(f'<w:numStyleLink {W} w:val="ListStyle1"/>'))
    add(doc, "总则", linked, 0)
    add(doc, "目的", linked, 1)
    add(doc, "分则", real, 0)
    assert lines(doc, tmp_path / "r.docx") == ["一、总则", "1.1目的", "二、分则"]
