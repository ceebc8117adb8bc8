"""Rules for text as found in the wild (issue 10): fragments, regulations, contents blocks,
items after leads, parallel lead runs, Markdown in plain text; and the real-document corpus
as a regression floor."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.outline_quality import Counts, documents, evaluate, f1, split
from model.outline.detector import detect_outline
from model.report.loading import load_report, report_from_text
from tests.model.outline.helpers import outline, rows
from tests.model.outline.test_fixtures import _check_node as check_node

BODY = "全年完成各项目标任务，取得了明显成效。"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def shape(text: str) -> list[tuple[int, str, str, int]]:
    """(depth, kind, marker, line) of every node."""
    return [(n.depth, n.kind, n.marker, n.line) for n in outline(text).nodes()]


# 1. A consistent run of same-style markers is a level, wherever it starts

def test_fragment_starting_at_three() -> None:
    text = doc("三、主要工作", "（一）抓项目", BODY, "（二）抓企业", BODY, "四、存在问题", BODY,
               "五、下步打算", BODY)
    assert shape(text) == [(1, "heading", "三、", 1), (2, "heading", "（一）", 2),
                           (2, "heading", "（二）", 4), (1, "heading", "四、", 6),
                           (1, "heading", "五、", 8)]


def test_fragment_starting_at_a_second_level_marker() -> None:
    text = doc("（三）优化营商环境。深化改革。", "（四）扩大开放。引进外资。", "（五）加强执法。严格监管。")
    assert [m for _, _, m, _ in shape(text)] == ["（三）", "（四）", "（五）"]


def test_a_gap_in_the_numbering_keeps_the_level() -> None:
    text = doc("一、主要工作", BODY, "二、存在问题", BODY, "四、下步打算", BODY, "五、保障措施", BODY)
    assert [m for _, _, m, _ in shape(text)] == ["一、", "二、", "四、", "五、"]


def test_a_restart_of_the_numbering_keeps_the_level() -> None:
    text = doc("一、工作回顾", BODY, "二、工作打算", BODY, "一、附：重点项目", BODY, "二、附：责任分工", BODY)
    assert [(d, m) for d, _, m, _ in shape(text)] == [(1, "一、"), (1, "二、"), (1, "一、"),
                                                     (1, "二、")]


def test_a_lone_heading_opening_a_pasted_part_and_its_lone_item() -> None:
    assert rows(doc("三、下步工作打算", "一是加强队伍建设，提升履职能力。")) == [
        (1, "heading", "三、", "下步工作打算"), (2, "item", "一是", "加强队伍建设，提升履职能力")]


def test_a_line_ending_in_a_colon_takes_the_list_below_whatever_its_style() -> None:
    text = doc("1、加强责任制落实。层层落实到人。", "2、我们必须做好以下几方面工作：", "（一）严格工作程序",
               "（二）完善管理机制", "3、加强宣传。")
    assert [(d, m) for d, _, m, _ in shape(text)] == [
        (1, "1、"), (1, "2、"), (2, "（一）"), (2, "（二）"), (1, "3、")]


def test_an_out_of_sequence_line_that_does_not_run_on_is_refused() -> None:
    text = doc("一、主要工作", BODY, "三、存在问题", BODY, "五、其他", BODY)
    assert [m for _, k, m, _ in shape(text) if k == "heading"] == ["一、"]


# 2. Contents blocks with any spacing, wherever the front matter puts them

@pytest.mark.parametrize("label", ["目录", "目　　录", "目 录", "目\t录"])
def test_contents_block_after_front_matter(label: str) -> None:
    text = doc("某市文明行为促进条例", "（2024年5月1日起施行）", "", label, "第一章　总　　则",
               "第二章　附　　则", "", "第一章　总　　则", "第一条　为了促进文明行为，制定本条例。",
               "第二章　附　　则", "第二条　本条例自公布之日起施行。")
    assert shape(text) == [(1, "heading", "第一章", 8), (2, "item", "第一条", 9),
                           (1, "heading", "第二章", 10), (2, "item", "第二条", 11)]


# 3. Regulations: chapters and sections are headings, articles the level below

def test_chapters_sections_and_articles() -> None:
    text = doc("第一章　总　　则", "第一条　为了规范管理，根据有关法律，制定本办法。",
               "第二条　本办法适用于本市。", "第二章　管理", "第一节　一般规定",
               "第三条　管理部门应当依法履职。", "第二节　特别规定", "第四条", "特别事项按照本节执行。")
    assert shape(text) == [
        (1, "heading", "第一章", 1), (2, "item", "第一条", 2), (2, "item", "第二条", 3),
        (1, "heading", "第二章", 4), (2, "heading", "第一节", 5), (3, "item", "第三条", 6),
        (2, "heading", "第二节", 7), (3, "item", "第四条", 8)]
    assert outline(text).nodes()[0].title == "总\u3000\u3000则"


def test_fragment_starting_at_an_article_and_articles_without_chapters() -> None:
    text = doc("第十二条 办理登记手续的，可以采取以下方式：", "（一）到登记机构登记；", "（二）委托他人代为登记。",
               "第十三条 登记表应当载明下列事项：", "（一）捐献用途；", "（二）执行人姓名。",
               "第十四条 捐献人可以变更登记内容。")
    # the clauses of an article are its own text, not nodes
    assert shape(text) == [(1, "item", "第十二条", 1), (1, "item", "第十三条", 4),
                           (1, "item", "第十四条", 7)]


def test_fragment_starting_at_a_chapter() -> None:
    text = doc("第五章　法律责任", "第三十条　违反本条例规定的，依法处理。", "第三十一条　本条例自公布之日起施行。")
    assert shape(text) == [(1, "heading", "第五章", 1), (2, "item", "第三十条", 2),
                           (2, "item", "第三十一条", 3)]


def test_articles_are_not_nested_under_an_announcement() -> None:
    text = doc("现将有关事项公告如下：", "一、征求意见的时间为三十日。", "二、意见可以书面提出。", "",
               "某市社会信用条例（草案）", "第一条　为了规范社会信用管理，制定本条例。",
               "第二条　本条例适用于本市。")
    assert [(d, k, m) for d, k, m, _ in shape(text)] == [
        (1, "heading", "一、"), (1, "heading", "二、"), (1, "item", "第一条"), (1, "item", "第二条")]


def test_article_paragraphs_are_not_leads() -> None:
    text = doc("第一章总则", "第一条为了规范管理，", "提高效率，制定本条例。", "第二条本条例适用于",
               "全市。", "范围。", "第三条管理原则。")
    assert [k for _, k, _, _ in shape(text)] == ["heading", "item", "item", "item"]


def test_article_label_reads_as_written() -> None:
    node = outline(doc("第一条　为了规范管理，制定本办法。", "第二条　本办法适用于全市。")).nodes()[0]
    assert node.label == "第一条 为了规范管理，制定本办法"


# 4. Run-in items belong to the enclosing section, not to a dash item or lead before them

def test_items_after_a_dash_list_belong_to_the_section() -> None:
    text = doc("（二）工作原则", "——坚持人民至上。始终把人民放在心中。", "——坚持创新驱动。推动高质量发展。",
               "一是加强组织领导，压实责任。", "二是强化督促检查，确保落实。")
    assert shape(text) == [(1, "heading", "（二）", 1), (2, "lead", "", 2), (2, "lead", "", 3),
                           (2, "item", "一是", 4), (2, "item", "二是", 5)]
    nodes = outline(text).nodes()
    assert nodes[2].end == nodes[3].start  # the dash item ends where the list begins


def test_items_after_a_lead_sentence_belong_to_the_section() -> None:
    text = doc("一、工作回顾", "　　“稳”的态势巩固延续。经济运行总体平稳。",
               "　　“进”的步伐坚实有力。产业升级有新进展。", "　　一是加强宏观调控，推动经济回升向好。",
               "　　二是深化改革开放，增强发展动力。")
    assert [(d, k) for d, k, _, _ in shape(text)] == [
        (1, "heading"), (2, "lead"), (2, "lead"), (2, "item"), (2, "item")]
    result = outline(text)
    for node in result.nodes():
        check_node(text, node)


def test_items_inside_a_lead_paragraph_stay_under_it() -> None:
    text = doc("一、工作回顾", "产业转型加快。一是工业提质，二是农业增收。", "民生持续改善。就业稳定。")
    assert [(d, k) for d, k, _, _ in shape(text)] == [
        (1, "heading"), (2, "lead"), (3, "item"), (3, "item"), (2, "lead")]


@pytest.mark.parametrize(("paragraph", "markers"), [
    ("第一，政治站位要更高。", ["第一"]), ("一要提高认识。", ["一要"]), ("其一，压实责任。", ["其一"]),
    ("首先，感谢大家的支持。", []), ("这是统一是关键的一年。", []),
])
def test_a_numbered_first_cue_opening_a_paragraph_is_an_item_alone(
        paragraph: str, markers: list[str]) -> None:
    got = [m for _, k, m, _ in rows(doc("下面我讲几点意见。", paragraph, BODY)) if k == "item"]
    assert got == markers


# 5. Parallel lead runs; sayings are not leads

def test_parallel_run_of_paragraphs_are_all_leads() -> None:
    text = doc("一、过去五年工作回顾",
               "这五年，我们坚持稳中求进，经济实力实现新跨越，地区生产总值年均增长6.5%。全市经济总量迈上新台阶。",
               "这五年，我们坚持改革开放，发展活力不断增强。营商环境持续优化。",
               "这五年，我们坚持人民至上，民生福祉持续增进。城乡居民收入稳步增长。")
    got = [(d, k, t) for d, k, _, t in rows(text)]
    assert [k for _, k, _ in got] == ["heading", "lead", "lead", "lead"]
    for node in outline(text).nodes():
        check_node(text, node)
    assert got[2][2] == "这五年，我们坚持改革开放，发展活力不断增强"


def test_two_paragraphs_opening_alike_are_no_run() -> None:
    text = doc("一、工作回顾", "这一年，我们着力深化改革，产业转型升级迈出新步伐，规上工业增加值增长11.6%。",
               "这一年，我们着力改善民生，群众获得感明显增强，新增就业5000人。", BODY)
    assert [k for _, k, _, _ in rows(text)] == ["heading"]


@pytest.mark.parametrize("saying", ["千里之行，始于足下。", "实践是检验真理的唯一标准。",
                                    "九层之台，起于累土。", "百尺竿头，更进一步。"])
def test_sayings_are_not_leads(saying: str) -> None:
    other = "行百里者半九十。" if "百" not in saying else "发展才是硬道理。"
    text = doc("一、几点体会", f"{saying}我们要从现在做起。", f"{other}我们要持之以恒。")
    assert [k for _, k, _, _ in rows(text)] == ["heading"]


def test_a_couplet_opening_a_passage_is_no_lead() -> None:
    """行者常至，为者常成 (the 2025 Hubei report, before its （一）…（八）): an antithetical
    couplet repeats characters in the same places of its halves, a saying that opens the
    passage, not its topic; a lead of two balanced halves naming the topic stays one."""
    text = doc("一、2024年工作回顾", f"——经济运行持续向好。{BODY}", f"——人民群众更有获得感。{BODY}",
               "行者常至，为者常成。一年来，我们坚持稳中求进，主要做了以下工作。",
               f"（一）聚力稳增长，稳的基础更加坚实。{BODY}")
    assert [t for _, k, _, t in rows(text) if k == "lead"] == ["——经济运行持续向好",
                                                              "——人民群众更有获得感"]
    kept = doc("一、几点体会", f"聚焦主责主业，提升服务质效。{BODY}",
               f"坚持问题导向，补齐工作短板。{BODY}")
    assert [t for _, k, _, t in rows(kept) if k == "lead"] == ["聚焦主责主业，提升服务质效",
                                                              "坚持问题导向，补齐工作短板"]


def test_form_fields_are_not_leads() -> None:
    text = doc("二、征求意见的时间为三十日。", "通信地址：某市人大常委会法制工作委员会（邮编110000）",
               "传真：(024)22736598", "网址：www.example.gov.cn")
    assert [k for _, k, _, _ in rows(doc("一、公告事项", *text.splitlines()))] == [
        "heading", "heading"]


# 6. Markdown headings in a plain text, numbering still parsed

def test_markdown_headings_in_plain_text() -> None:
    text = doc("# 某区城市管理工作要点", "", "## 一、总体要求", BODY, "## 二、主要任务",
               "### （一）强化市容管理", BODY, "#### 1.开展专项整治", BODY, "### （二）推进垃圾分类", BODY)
    result = detect_outline(report_from_text(text, "pasted.txt"))
    assert result.title == "某区城市管理工作要点"
    assert [(n.depth, n.marker, n.title) for n in result.nodes()] == [
        (1, "一、", "总体要求"), (1, "二、", "主要任务"), (2, "（一）", "强化市容管理"),
        (3, "1.", "开展专项整治"), (2, "（二）", "推进垃圾分类")]


def test_hash_signs_elsewhere_are_no_headings() -> None:
    text = doc("一、主要工作", "完成#1号楼建设。#话题#讨论热烈。", "二、下步打算", BODY)
    assert [m for _, _, m, _ in shape(text)] == ["一、", "二、"]


# The real documents: a regression floor (figures of bench.outline_quality when written)

FLOOR = {"seen": (1.0, 1.0), "heldout": (0.985, 0.981)}


def test_real_documents_score_at_least_the_recorded_figures(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert len(documents()) >= 25
    results = evaluate()
    capsys.readouterr()  # the per-document table
    parts = split()
    for name, (sec_floor, item_floor) in FLOOR.items():
        total = Counts()
        for stem, counts in results.items():
            if parts[stem] == name:
                total.add(counts)
        sec, item = f1(*total.sec), f1(*total.item)
        assert sec is not None and item is not None
        assert sec >= sec_floor - 1e-9 and item >= item_floor - 1e-9, (name, sec, item)


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.stem)
def test_real_documents_keep_the_structural_invariants(path: Path) -> None:
    report = load_report(path)
    result = detect_outline(report)
    for node in result.nodes():
        check_node(report.text, node)
    for before, after in zip(result.roots, result.roots[1:]):
        assert before.end <= after.start and before.depth == after.depth == 1
