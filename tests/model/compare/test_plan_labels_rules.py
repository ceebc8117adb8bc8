"""A plan document known without its title line (issue 16, session 10, match10b): by its own
labels (总体要求, 主要目标, 主要任务 …) or by headings that deal out counted tasks."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare.commitment_words import task_verb
from model.compare.commitments import commitments
from model.compare.documents import PLAN, labelled_plan, outline_kind
from model.compare.matching import named_rates
from model.compare.parts import part_outline, plan_spans, review_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

#: a unit's year plan pasted from its second line: the title (…工作要点) is missing
UNTITLED_PLAN = """2021年是国家十四五规划开局之年，也是我校新一轮三年规划启动之年。
学校工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持立德树人，加快一流名校打造进程。
主要目标是：家长满意率市直前三，年度考核优秀，学校创建为市“五星三名”校。
主要任务是：
一、加强学校党建引领
1.深化“清廉学校”建设。狠抓各级巡察、审计整改。
"""

#: a plan whose parts each deal out a counted set of tasks, title missing
COUNTED_PLAN = """高举习近平新时代中国特色社会主义思想伟大旗帜，坚持立德树人，实现家长满意率进市直学校前三目标。
一、着重落实，抓实五项政策实施。
1.全员家访。组织校领导、中层、班主任等做好全员家访工作。
二、着心学生，办好五件惠生实事。
2.身心健康。综合施策，有效控制学生近视率。
"""


def _report(tmp_path: Path, text: str) -> Report:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "a.txt")


@pytest.mark.parametrize("text", [UNTITLED_PLAN, COUNTED_PLAN])
def test_a_plan_without_its_title_is_known_by_its_labels(tmp_path: Path, text: str) -> None:
    a = _report(tmp_path, text)
    outline = part_outline(a.text, detect_outline(a))
    assert outline_kind(outline) == PLAN
    assert review_spans(outline) == []  # its opening is its plan, no review
    assert any(s <= 5 < e for s, e in plan_spans(outline))


def test_an_untitled_plan_s_goals_are_commitments(tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, UNTITLED_PLAN)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert "家长满意率市直前三" in quotes and "年度考核优秀" in quotes


def test_a_counted_plan_s_tasks_are_commitments(tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, COUNTED_PLAN)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert any("全员家访工作" in q for q in quotes)
    assert any("近视率" in q for q in quotes)


@pytest.mark.parametrize("text", [
    # one kind of label only
    "主要任务是：\n一、深化改革\n推进放管服改革。\n",
    # labels, but a review is named: a summary or a report with its review
    "一、2023年工作回顾\n一年来，全市生产总值增长5%。\n二、总体要求\n坚持稳中求进。\n三、主要目标\n增长5%左右。\n",
    # a summary's headings tell the work done, no counted tasks dealt out
    "一、认真学习提升素养\n参加主题教育。\n二、聚焦立德树人任务\n完善德育体系。\n",
])
def test_no_plan_without_two_kinds_of_label_or_with_a_review(text: str) -> None:
    assert not labelled_plan(text)


def test_two_task_verbs_in_one_word_name_nothing(tmp_path: Path, segmenter: Segmenter,
                                                  idf: Idf) -> None:
    """切实做好 (jieba keeps it whole) is 切实 + 做好: how a task is done, to nothing named; a
    sentence repeating it reports on another task (heldback7: 切实做好…管控 ↔ 手机使用…管理)."""
    assert task_verb("切实做好") and task_verb("持续推进") and not task_verb("手机管控")
    b = _report(tmp_path, """某中学2019年度述职报告
一、主要工作
切实做好绍兴市安全教育平台作业和教师授课等工作，作业完成率名列市直学校前列。
从学习生活的细节入手，严格学生升旗仪式、跑操、晚自修、手机使用等日常管理。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "切实做好手机、恋爱影响学生情况的管控"
    best = evidence.candidates(Passage(0, len(task), task, ()), 3)[0]
    assert "手机使用" in best.passage.quote


def test_a_plan_s_doing_verb_is_no_subject(tmp_path: Path, segmenter: Segmenter,
                                           idf: Idf) -> None:
    """制定…方案: the plan's verb of doing opens the task; the summary tells the thing
    (选修课程), not that something was drawn up (heldback7)."""
    assert task_verb("制定") and task_verb("组织")
    b = _report(tmp_path, """2021年新年献词
这一年，我们的文化育人开拓新局面。
我们制定劳动教育实施方案和课程规划，拓展劳动教育渠道，组织全校学生开展综合实践活动。
借力选修课程教师聘用政策，外聘日语教师开设选修课程。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "做好课程顶层设计，制定“3+3+3+1”选修课程方案"
    best = evidence.candidates(Passage(0, len(task), task, ()), 3)[0]
    assert "外聘日语教师" in best.passage.quote


def test_a_rate_named_without_a_figure_is_answered_by_its_figure(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """A target and its completion: the plan names the rate to raise (提高一段率), the
    summary gives the rate's figure (一段录取率86%), whatever else shares its words."""
    assert named_rates(segmenter.tokenize("综合施策，有效控制学生近视率，提高家长满意率")) == [
        "近视", "满意"]
    b = _report(tmp_path, """2021年新年献词
这一年，我们的教学业绩创造新辉煌。
2020届高考一段录取率86%，2名学生总分达到700分及以上。
面向尖子生创办“博雅人才学院”，推进学生综合素质培养。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "提升教学质量，拓展尖子生升学路径，提高一段率"
    best = evidence.candidates(Passage(0, len(task), task, ()), 3)[0]
    assert best.passage.quote.startswith("2020届高考一段录取率86%")
    assert best.figure == "86%" and best.verdict == ""


def test_goals_named_by_their_count_are_a_commitment_and_the_rest_stays(
        tmp_path: Path, segmenter: Segmenter) -> None:
    """…为落脚点，实现A和B两大目标，做好…准备工作: the goals are one commitment, the task
    after them another (heldback7: each answered in the summary on its own)."""
    a = _report(tmp_path, """某中学2019学年工作要点
根据三年发展规划，以学校凝聚力建设为重点，实现教育教学核心指标全市领先和家长满意率进市直学校前三两大目标，做好全国文明校园和省现代化创建准备工作。
一、着重落实，抓实五项政策实施。
1.绩效考核。规范学校各类考核和绩效工资发放。
""")
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert "实现教育教学核心指标全市领先和家长满意率进市直学校前三两大目标" in quotes
    assert any(q.startswith("做好全国文明校园和省现代化创建准备工作") for q in quotes)
