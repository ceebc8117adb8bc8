"""What is not an outline node: title, salutation, closing, signature, date, attachments."""
from __future__ import annotations

import pytest

from tests.model.outline.helpers import headings, outline, rows

BODY = "全年完成各项目标任务，取得了明显成效。"
SECTIONS = ["一、主要工作", BODY, "二、存在问题", BODY]


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("first", "title"), [
    ("XX县工信局2024年工作总结", "XX县工信局2024年工作总结"),
    ("\u3000\u3000关于2024年统计工作情况的报告", "关于2024年统计工作情况的报告"),
    ("政府工作报告", "政府工作报告"),
    ("各位代表：", None),
    ("各位领导，同志们：", None),
    ("2024年，我局坚持稳中求进工作总基调，统筹推进各项工作。现将有关情况汇报如下：", None),
    ("一、主要工作", None),
])
def test_document_title(first: str, title: str | None) -> None:
    lines = [first, *SECTIONS] if not first.startswith("一、") else SECTIONS
    result = outline(doc(*lines))
    assert result.title == title
    assert [n.marker for n in result.nodes()] == ["一、", "二、"]


@pytest.mark.parametrize(("furniture", "title"), [
    (["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"],
     "2026年某省政府工作报告"),
    (["分享", "", "【打印】", "【关闭】"], "2026年某省政府工作报告（节选）"),
])
def test_a_web_pages_controls_above_the_title_are_no_title(furniture: list[str],
                                                           title: str) -> None:
    """A report saved from a web page keeps the page's controls above its title, a word or
    two a line (下载, 打印, 字号 加大 减小): a button names an action, never the document.
    The title is the line that names the document's kind (…报告, …总结) below them."""
    text = doc(*furniture, title, "——2026年1月27日在某省人民代表大会上", "各位代表：",
               *SECTIONS)
    result = outline(text)
    assert result.title == title
    assert [n.marker for n in result.nodes()] == ["一、", "二、"]


def test_a_short_first_line_is_still_the_title_without_a_named_document_below() -> None:
    """A short title (总结) is kept when no line below names the document: the rule above
    moves the title only onto a line that names the document's kind."""
    assert outline(doc("总结", "各位领导：", *SECTIONS)).title == "总结"
    assert outline(doc("述职报告", "张三", *SECTIONS)).title == "述职报告"


@pytest.mark.parametrize("line", [
    "各位代表：", "各位领导，同志们：", "现将有关情况报告如下：",
    "（责任单位：县工信局、县发改局）",
    "(牵头单位：县商务局)", "2024年12月20日", "二〇二四年十二月二十日",
])
def test_lines_that_are_never_nodes(line: str) -> None:
    text = doc("一、主要工作", BODY, line, "二、存在问题", line, BODY)
    assert rows(text) == [(1, "heading", "一、", "主要工作"), (1, "heading", "二、", "存在问题")]


@pytest.mark.parametrize("closing", [
    ["特此报告。"],
    ["我的汇报到此结束，谢谢大家。"],
    ["以上报告，请予评议。", "", "述职人：李四", "2024年12月30日"],
    ["特此报告。", "", "\u3000\u3000\u3000\u3000XX县工业和信息化局",
     "\u3000\u3000\u3000\u30002024年12月20日"],
    ["", "XX镇人民政府", "2024年12月25日", ""],
])
def test_closing_block_is_outside_the_last_section(closing: list[str]) -> None:
    body = doc(*SECTIONS)
    text = body + "\n".join(closing)
    last = outline(text).nodes()[-1]
    assert last.end == len(body)


def test_closing_phrase_is_not_a_lead() -> None:
    text = doc("一、主要工作", "夯实理论功底。坚持先学一步。", "提高政治能力。加强政治历练。",
               "我的汇报到此结束，谢谢大家。")
    assert [t for _, k, _, t in rows(text) if k == "lead"] == ["夯实理论功底", "提高政治能力"]


def test_attachment_list_ends_the_body() -> None:
    body = doc("一、主要工作", "1.抓项目", BODY, "2.抓企业", BODY, "二、存在问题", BODY)
    text = body + doc("附件：1.2024年项目清单", "　　　3.2024年企业名单", "", "XX县工信局")
    assert [m for _, m, _ in headings(text)] == ["一、", "1.", "2.", "二、"]
    assert outline(text).nodes()[-1].end == len(body)


def test_attachment_label_alone_on_its_line() -> None:
    body = doc("一、主要工作", "1.抓项目", BODY, "二、存在问题", BODY)
    text = body + doc("附件", "1.2024年项目清单", "2.2024年企业名单")
    assert [m for _, m, _ in headings(text)] == ["一、", "1.", "二、"]


def test_unstructured_text_has_no_nodes() -> None:
    result = outline("今年以来，我局认真贯彻落实县委县政府决策部署。\n各项工作稳步推进。\n")
    assert result.nodes() == [] and result.to_json() == {"title": None, "nodes": []}


@pytest.mark.parametrize(
    "text", ["", "\n\n", "一、", "（", "第", "1.", "一是", "\u3000\u3000\n一、\n"])
def test_odd_texts_do_not_break(text: str) -> None:
    result = outline(text)
    for node in result.nodes():
        assert 0 <= node.start <= node.title_start <= node.title_end <= node.end <= len(text)
