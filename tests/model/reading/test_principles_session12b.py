"""What the thirteenth study part taught (docs/tags.md "What the thirteenth study part taught
(session 12)"): how a plan part is recognised from its heading when the heading names the
work and its arrangement, how the announcement of the work ahead is a sentence of its own,
and how a word that only holds a result word inside it (集成效应) names none. Each text is a
small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from model.reading.suggestion_lean import heading_lean
from tests.model.reading.principles_support import tags_of as _tags


def test_the_main_work_arranged_heads_a_plan_part(segmenter: Segmenter) -> None:
    """"三、2024年主要工作安排": 主要工作 names the work, 安排 the time it is done — ahead; every
    task under it is undertaken, its figures targets, not results."""
    assert heading_lean("三、2024年主要工作安排") == "commitment"
    assert heading_lean("二、主要工作计划") == "commitment"
    assert heading_lean("一、主要工作") == "past"  # a review's work done
    assert heading_lean("一、2023年工作总结和2024年工作安排") == "past"  # the review first
    text = ("某县政府工作报告\n"
            "二、2023年工作回顾\n"
            "全年新建农村公路30公里。\n"
            "三、2024年主要工作安排\n"
            "持续加强耕地保护，完成耕地修复2000亩，建成高标准农田1500亩。\n"
            "深入实施种业振兴行动，开展水稻集中育秧中心建设。\n")
    tags = _tags(text, segmenter)
    assert tags["持续加强耕地保护，完成耕地修复2000亩，建成高标准农田1500亩。"] == "commitment"
    assert tags["深入实施种业振兴行动，开展水稻集中育秧中心建设。"] == "commitment"


def test_the_announcement_of_the_work_ahead_is_a_commitment(segmenter: Segmenter) -> None:
    """"今年要重点做好9个方面工作：" on a line of its own: the work ahead undertaken (a
    sentence, not a heading); "一年来，主要做了以下工作：" reports work done."""
    text = ("某省政府工作报告\n"
            "二、2026年工作安排\n"
            "今年要重点做好8个方面工作：\n"
            "（一）扩大有效投资\n"
            "实施重大项目100个。\n")
    assert _tags(text, segmenter).get("今年要重点做好8个方面工作：") == "commitment"


def test_a_result_word_held_inside_another_word_names_no_result() -> None:
    """"有效发挥政策集成效应。": 集成+效应, no 成效 — the heading of a task, not of a review."""
    assert heading_lean("有效发挥政策集成效应。") is None
    assert heading_lean("二、工作成效") == "past"


def test_a_problem_stated_without_a_word_of_fault(segmenter: Segmenter) -> None:
    """A strain borne, a harm done, a standard not reached, a thing still lacking, a
    comparison that lags: each admits a problem though no 问题/不足 is in it; a fall made
    on purpose (降低) is no lag."""
    text = ("某校副校长2024年述职报告\n"
            "一、履职情况\n"
            "一年来，我分管学校的教学和工会工作。角色的转变给我带来巨大的挑战，工作压力很大。"
            "平时到学生中时间少了，影响了教学效果和学生成绩。\n"
            "我也有不足之处。理论学习不够深入，调查研究不够经常。\n"
            "全镇各村都编制了发展规划。部分村还没有具体规划。\n"
            "全县经济保持增长。与先进地区相比，我县的产业层次还比较低。\n")
    tags = _tags(text, segmenter)
    for sentence in ("角色的转变给我带来巨大的挑战，工作压力很大。",
                     "平时到学生中时间少了，影响了教学效果和学生成绩。",
                     "理论学习不够深入，调查研究不够经常。",
                     "部分村还没有具体规划。",
                     "与先进地区相比，我县的产业层次还比较低。"):
        assert tags.get(sentence) == "problem", sentence


def test_a_paragraph_opening_on_the_time_ahead_is_a_resolve(segmenter: Segmenter) -> None:
    """"今后，在思想上，…；在工作上，…。做到…" closing a 述职: every sentence of the paragraph
    is undertaken, not only the one holding the time word."""
    text = ("某校副校长2019年述职报告\n"
            "一年来，我认真落实学校的各项工作，主抓了南校门工程。\n"
            "今后，在思想上，刻苦磨练意志；在工作上，不畏艰难，勇挑重担。"
            "做到少琢磨一点个人得失，多想一想为教职工办实事。\n")
    tags = _tags(text, segmenter)
    assert tags.get("今后，在思想上，刻苦磨练意志；") == "commitment"
    assert tags.get("在工作上，不畏艰难，勇挑重担。") == "commitment"
    assert tags.get("做到少琢磨一点个人得失，多想一想为教职工办实事。") == "commitment"


class _SaysAchievement:
    """A re-ranker sure of an achievement for every unit."""

    override = outside = 0.5
    settled: dict = {}

    def best(self, kind: str, flags: list[str]) -> tuple[str, float]:
        return "achievement", 0.99


def test_no_model_makes_a_fall_in_output_progress(segmenter: Segmenter) -> None:
    """Rule 4: "…完成48亿元，同比下降5%" is a figure; the re-ranker, however sure, does not
    turn it into a result (it still may turn a figure that rose)."""
    from model.outline.detector import detect_outline
    from model.reading.suggestions import judged_units_with_evidence, reranker_verdict
    from model.reading.traditional import simplified
    from model.report.loading import report_from_text
    from model.report.textnorm import fold_width
    text = "某区政府工作报告\n全区社会消费品零售总额完成48亿元，同比下降5%；\n"
    simple = simplified(text)
    folded = fold_width(simple)
    edges = segmenter.boundaries(simple, fine=False, folded=folded)
    judged = list(judged_units_with_evidence(text, detect_outline(report_from_text(text)),
                                             edges, folded, simple))
    (_, _, verdict, evidence, lean), = judged
    assert verdict is not None and verdict[0] == "figure"
    kept = reranker_verdict(_SaysAchievement(), evidence, lean, verdict)  # type: ignore[arg-type]
    assert kept is not None and kept[0] == "figure"


def test_work_still_needed_by_the_author_is_undertaken(segmenter: Segmenter) -> None:
    """还需 of a thing concedes a problem (教学方法还需进一步改进); the author's own 还需
    ("我们还需要做好…") lays work on the author: a commitment, as "我们要…" is."""
    text = ("某校教师2024年述职报告\n"
            "一年来，我认真完成教学任务，所带班级成绩名列前茅。\n"
            "我们还需要做好家校沟通工作。\n"
            "教学方法还需进一步改进。\n")
    tags = _tags(text, segmenter)
    assert tags["我们还需要做好家校沟通工作。"] == "commitment"
    assert tags["教学方法还需进一步改进。"] == "problem"
