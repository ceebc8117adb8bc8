"""How a unit's plan and its summary of that year correspond (issue 16, session 10, part
tune10): a plan document plans from its first line and lists its goals one a clause; a
summary reviews in every section but those that look ahead or admit problems; a name the
plan puts in quotes is what a later sentence naming it is about."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare import abbreviations as abbr
from model.compare.commitments import commitments
from model.compare.documents import PLAN, SUMMARY, document_kind
from model.compare.goals import goal_clauses
from model.compare.parts import part_outline, plan_spans, review_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

PLAN_A = """某中学2021年度工作要点
2021年是国家十四五规划开局之年，也是我校新一轮三年规划启动之年。
学校工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持立德树人，加快一流名校打造进程。
主要目标是：2021届高考，一段上线率85%以上，最高分再上新台阶。新增“北斗科技班”至少2个，科技类竞赛国一实现零突破。家长满意率市直前三，年度考核优秀。
主要任务是：
一、加强学校党建引领
1.深化“清廉学校”建设。狠抓各级巡察、审计整改。
二、后勤服务重点工作
2.优化后勤服务工作。一是要规划实施好南校门东侧道路建设工程；二是要加强财务管理，确保按时完成项目年度预算执行。
"""

SUMMARY_B = """2021年度某中学领导干部述职报告
各位教职员工，大家好！下面我就一年来的工作作一报告。
一、严格政治要求，坚持廉洁自律
一年来，学校成功创建为市级“清廉学校”示范校。
二、抓好重点工作，提升管理水平
2021年8月实现学校东南侧断头路与光相路的汇通，预算执行率98%以上。家长满意率测评保持市直第二。
三、存在问题
一是理论学习有不足，家长满意率仍需提升。
四、后续努力方向
夯实教学质量，争取家长满意率进入市直前二。
"""


def _report(tmp_path: Path, name: str, text: str) -> Report:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_report(tmp_path / name)


@pytest.mark.parametrize(("title", "kind"), [
    ("绍兴一中2021年度工作要点", PLAN),
    ("某局2024年工作计划", PLAN),
    ("某县推进乡村振兴实施方案（2024—2026年）", PLAN),
    ("2021年度绍兴一中领导干部述职述廉述德述法报告", SUMMARY),
    ("某局2023年工作总结和2024年工作计划", SUMMARY),  # reviews first: no plan document
    ("湖南省2025年政府工作报告（节选）和2025年国民经济和社会发展计划（节选）", None),
    ("安徽省2025年政府工作报告（要点）", None),
    ("2026年北京市政府工作报告", None),
    (None, None),
])
def test_a_document_s_kind_is_read_from_its_title(title: str | None, kind: str | None) -> None:
    assert document_kind(title) == kind


def test_a_plan_document_plans_from_its_first_line(tmp_path: Path) -> None:
    a = _report(tmp_path, "a.txt", PLAN_A)
    outline = part_outline(a.text, detect_outline(a))
    assert review_spans(outline) == []  # nothing before the first heading is a review
    goals = a.text.index("主要目标是")
    assert any(s <= goals < e for s, e in plan_spans(outline))


def test_a_plan_document_s_goals_are_one_commitment_a_clause(
        tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, "a.txt", PLAN_A)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    for goal in ("2021届高考，一段上线率85%以上", "最高分再上新台阶", "新增“北斗科技班”至少2个",
                 "科技类竞赛国一实现零突破", "家长满意率市直前三", "年度考核优秀"):
        assert goal in quotes
    # the keynote (以…思想为指导) and the year described are no commitments
    assert not any("思想为指导" in q or "开局之年" in q for q in quotes)
    assert any("南校门东侧道路建设工程" in q for q in quotes)


def test_goals_under_a_heading_that_names_them(tmp_path: Path) -> None:
    a = _report(tmp_path, "a.txt", "某局2024年工作计划\n\n一、工作目标\n\n全年办结率100%，群众满意度"
                                   "保持全市前三，创建省级示范单位。\n\n二、重点任务\n\n深化放管服改革。\n")
    found = [a.text[s:e] for s, e in goal_clauses(a.text, detect_outline(a))]
    assert found == ["全年办结率100%", "群众满意度保持全市前三", "创建省级示范单位"]


def test_a_summary_reviews_but_where_it_looks_ahead_or_admits_problems(
        tmp_path: Path) -> None:
    b = _report(tmp_path, "b.txt", SUMMARY_B)
    spans = review_spans(part_outline(b.text, detect_outline(b)))

    def reviewed(phrase: str) -> bool:
        at = b.text.index(phrase)
        return any(s <= at < e for s, e in spans)

    assert reviewed("学校成功创建为市级")
    assert reviewed("预算执行率98%以上")  # under 抓好重点工作: work done, not a plan
    assert not reviewed("家长满意率仍需提升")  # 存在问题
    assert not reviewed("争取家长满意率进入市直前二")  # 后续努力方向


def test_a_summary_s_result_answers_the_plan_s_goal(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b = _report(tmp_path, "b.txt", SUMMARY_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    goal = "家长满意率市直前三"
    best = evidence.candidates(Passage(0, len(goal), goal, ()), 3)[0]
    assert best.passage.quote.startswith("家长满意率测评保持市直第二")


def test_a_name_the_plan_quotes_is_what_a_sentence_naming_it_is_about(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    assert [a.short for a in abbr.quoted("学校创建为市“五星三名”校，开设“北斗科技班”。")] == [
        "五星三名", "北斗科技班"]
    b = _report(tmp_path, "b.txt", """某中学2021年工作总结
一、主要工作
11月，学校成功创建为市级“清廉学校”示范校。
在学校获评市“五星三名”校基础上，基层党支部获评市直先进基层党组织。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    commitment = "学校创建为市“五星三名”校"
    evidence.define(f"主要目标是：{commitment}。")
    best = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)[0]
    assert best.passage.quote.startswith("在学校获评市“五星三名”校基础上")
    assert any(w == "五星三名" for _s, _e, w in best.matched)


def test_each_report_of_a_compilation_opens_with_its_review(tmp_path: Path) -> None:
    b = _report(tmp_path, "b.txt", """2021年度某中学领导干部述职报告
一、主要工作
学校成功创建为市级“清廉学校”示范校。
二、存在问题
理论学习有不足。
2021年度述职述廉报告
张某
一年来，我分管的后勤工作实现南校门道路与光相路联通。
一、履行岗位职责情况
预算执行率98%以上。
二、后续努力方向
提升理论知识。
""")
    spans = review_spans(part_outline(b.text, detect_outline(b)))

    def reviewed(phrase: str) -> bool:
        at = b.text.index(phrase)
        return any(s <= at < e for s, e in spans)

    assert reviewed("我分管的后勤工作实现南校门道路")  # the second report's opening
    assert reviewed("预算执行率98%以上")
    assert not reviewed("理论学习有不足")
    assert not reviewed("提升理论知识")
