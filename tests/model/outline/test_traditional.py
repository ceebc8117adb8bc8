"""Reports in traditional characters (Big5 files) get the outline of their simplified original:
the same nodes, depths, kinds and spans, with titles in traditional characters."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.reading.suggestion_units import _CLOSING
from model.report.loading import load_report, report_from_text
from tests.model.outline.helpers import outline

DATA = Path(__file__).parents[2] / "data"
FIXTURE = DATA / "outline_traditional" / "township_work_report.txt"

#: A 1:1 simplified → traditional map of the characters the rules and the texts below need
#: (为 → 為 as in Taiwan; 爲 is tested on its own).
_SIMPLIFIED = ("后两节编产业级类号们亲爱时总体来说当今谢现为别具况报汇职请审议评阅毕发联盖团协学医"
               "办厅处队会党组员实经济区划纲论层设质计统环县镇乡务规导进确强农")
_TRADITIONAL = ("後兩節編產業級類號們親愛時總體來說當今謝現為別具況報匯職請審議評閱畢發聯蓋團協學醫"
                "辦廳處隊會黨組員實經濟區劃綱論層設質計統環縣鎮鄉務規導進確強農")
TO_TRADITIONAL = str.maketrans(_SIMPLIFIED, _TRADITIONAL)

BODY = "全年组织集中学习十二次，专题研讨四次，干部职工理论素养明显提升，各项工作有序推进，成效明显。"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


#: Simplified texts whose outline depends on a rule entry written with simplified characters
SNIPPETS = {
    "parts_jie": doc("规划纲要", "", "第一节 总体要求", BODY, "一、指导思想", BODY, "二、基本原则", BODY,
                     "第二节 主要任务", BODY, "一、产业发展", BODY),
    "parts_bian": doc("规划纲要", "", "第一编 总体要求", BODY, "第二编 主要任务", BODY, "第三编 保障措施", BODY),
    "numeral_liang": doc("工作报告", "", "第一章 总则", BODY, "第两章 任务", BODY, "一、工作回顾", BODY,
                         "两、存在问题", BODY),
    "number_lists": doc("工作报告", "", "一、工作回顾", BODY, "二、存在问题", BODY,
                        "三、四产业增长较快，全年完成目标任务。", "五、六年级学生全部参加，效果良好。",
                        "三、四类村庄分类施策，稳步推进。", "三、四号文件要求全部落实到位。", BODY),
    "bad_leads": doc("一、主要工作", BODY, "夯实基层基础。" + BODY, "严格作风建设。" + BODY,
                     "同时强化理论学习。" + BODY, "总体来说成效明显。" + BODY, "总之还需努力。" + BODY,
                     "今年以来稳中有进。" + BODY, "一年来稳中有进。" + BODY, "当前形势严峻。" + BODY,
                     "今后继续努力。" + BODY, "谢谢各位代表。" + BODY, "最后强化理论学习。" + BODY),
    "intro_ends": doc("一、主要工作", BODY, "夯实基层基础。" + BODY, "严格作风建设。" + BODY,
                      "问题主要表现在：" + BODY, "问题主要表现为：" + BODY, "分工分别是：" + BODY,
                      "要求具体是：" + BODY, "存在情况：" + BODY, "目标为：" + BODY),
    "last_cue": doc("一、工作回顾", "首先，加强理论学习，" + BODY + "其次，夯实基层基础，" + BODY
                    + "最后，严格作风建设，" + BODY, "二、下步打算", "最后，" + BODY, "首先，" + BODY,
                    "其次，" + BODY, "最后，" + BODY, "最后一公里问题仍然突出，" + BODY),
    "closing": doc("县工信局工作总结", "", "同志们：", BODY, "一、工作回顾", BODY, "1.加强学习", BODY,
                   "2.强化管理", BODY, "二、下步打算", BODY, "特此汇报。", "", "汇报人：张三",
                   "县工信局办公室", "2024年1月5日"),
}
FIXTURES = ["cadre_duty_report", "town_work_summary", "county_gov_report", "two_level",
            "word_export_variants"]


def _rows(result: Outline) -> list[tuple[object, ...]]:
    return [(n.line, n.depth, n.kind, n.marker, n.title, n.start, n.end, n.title_start,
             n.title_end, n.parent.start if n.parent else None) for n in result.nodes()]


def assert_same_outline(simplified: str) -> None:
    traditional = simplified.translate(TO_TRADITIONAL)
    assert len(traditional) == len(simplified)
    original = detect_outline(report_from_text(simplified))
    converted = detect_outline(report_from_text(traditional))
    expected = [tuple(v.translate(TO_TRADITIONAL) if isinstance(v, str) else v for v in row)
                for row in _rows(original)]
    assert _rows(converted) == expected
    assert converted.title == (original.title and original.title.translate(TO_TRADITIONAL))


@pytest.mark.parametrize("name", FIXTURES)
def test_converted_fixture_same_outline(name: str) -> None:
    text = load_report(DATA / "outline" / f"{name}.txt").text
    assert text.translate(TO_TRADITIONAL) != text
    assert_same_outline(text)


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_converted_snippet_same_outline(name: str) -> None:
    assert_same_outline(SNIPPETS[name])


def test_traditional_fixture_outline() -> None:
    report = load_report(FIXTURE)
    result = detect_outline(report)
    assert result.title == "青山鎮人民政府2024年工作報告"
    assert [(n.line, n.depth, n.kind, n.marker, n.title) for n in result.nodes()] == [
        (6, 1, "heading", "第一節", "2024年工作回顧"),
        (8, 2, "heading", "一、", "經濟發展穩中有進"),
        (9, 3, "item", "首先", "抓好項目建設，新簽約項目12個，兩個重點項目建成投產"),
        (9, 3, "item", "其次", "優化營商環境，辦結審批事項1260件"),
        (9, 3, "item", "最後", "推動招商引資，引進市外資金3.2億元"),
        (10, 2, "heading", "二、", "民生保障持續加強"),
        (11, 3, "lead", "", "築牢兜底保障"),
        (12, 3, "lead", "", "辦好民生實事"),
        (17, 1, "heading", "第二節", "2025年工作安排"),
        (18, 2, "heading", "一、", "做強特色產業"),
        (19, 3, "item", "一是", "擴大茶葉種植規模，新增標準化茶園3000畝"),
        (19, 3, "item", "二是", "培育龍頭企業，力爭新增規上企業2家"),
        (19, 3, "item", "三是", "打響區域品牌，辦好第三屆採茶節"),
        (20, 2, "heading", "二、", "建設和美鄉村"),
    ]
    text = report.text
    nodes = result.nodes()
    assert text[nodes[-1].end:].lstrip().startswith("特此報告")  # the closing block is no body
    # 總體來看… and 三、四季度… stay in 辦好民生實事; the problems paragraph after them
    # (同時，我們也清醒地看到…) closes the part 第一節, not its last lead
    kept = text[nodes[7].start:nodes[7].end]
    assert "總體來看成效明顯" in kept and "三、四季度民生支出" in kept
    assert text[nodes[7].end:].startswith("同時，我們也清醒地看到")
    assert nodes[0].end == nodes[8].start
    last = nodes[4]
    assert text[last.start:last.title_end] == "最後，推動招商引資，引進市外資金3.2億元"
    assert nodes[3].end == last.start  # 最後 ends the run of 首先/其次


def test_liang_numeral_in_markers() -> None:
    body = BODY.translate(TO_TRADITIONAL)
    text = doc("工作報告", "", "第一節 總則", body, "第兩節 任務", body, "（一）加強學習", body,
               "（兩）完善制度", body)
    assert [(n.depth, n.marker, n.title) for n in outline(text).nodes()] == [
        (1, "第一節", "總則"), (1, "第兩節", "任務"), (2, "（一）", "加強學習"), (2, "（兩）", "完善制度")]


def test_intro_ending_with_old_form_wei() -> None:
    lead = "夯实基层基础。" + BODY
    text = doc("一、主要工作", BODY, lead, lead.replace("夯实", "严格"), "目标爲：" + BODY)
    assert [n.title for n in outline(text).nodes()] == ["主要工作", "夯实基层基础", "严格基层基础"]


@pytest.mark.parametrize("opening", ["同志們：", "各位領導：", "謝謝大家！", "以上報告，請予審議。",
                                     "特此報告。", "我的彙報到此結束。", "現將工作情況報告如下："])
def test_suggest_closing_accepts_traditional(opening: str) -> None:
    assert _CLOSING.match(opening)
