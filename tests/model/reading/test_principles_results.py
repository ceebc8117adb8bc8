"""How 公文 state a result (docs/tags.md "How 公文 state a result"): the result pattern's
first characters, and the principles drawn from the misses of the fresh2 part (session 7),
each on small sentences written for the test."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of


def test_the_result_patterns_first_characters_cover_its_alternatives() -> None:
    """RESULT tests a class of first characters before its alternatives (a speed-up): the
    class must hold the first character of every one, or a result would be missed."""
    import re

    from model.reading.suggestion_cues import RESULT_BODY, RESULT_FIRST
    parser = getattr(re, "_parser", None)
    if parser is None:  # Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    constants = getattr(re, "_constants", None) or __import__("sre_constants")
    firsts: set[str] = set()

    def first(items: list[tuple[object, object]]) -> bool:
        while items[0][0] == constants.ASSERT_NOT:  # a lookbehind consumes nothing
            items = items[1:]
        op, arg = items[0]
        if op == constants.LITERAL:
            firsts.add(chr(arg))  # type: ignore[arg-type]
            return True
        if op == constants.BRANCH:
            return all(first(list(branch)) for branch in arg[1])  # type: ignore[index]
        if op == constants.SUBPATTERN:
            return first(list(arg[3]))  # type: ignore[index]
        return False

    assert first(list(parser.parse(RESULT_BODY)))
    assert firsts <= set(RESULT_FIRST)


# --- session 7, on the misses of the fresh2 part (docs/tags.md "How 公文 state a result") --


def test_an_action_told_with_what_it_reached_is_a_result(segmenter: Segmenter) -> None:
    """Rule 1: people served, work completed, enterprises grown, funds obtained; the count of
    times, of measures or money paid out sizes the action (举措)."""
    review = ("某县2024年工作总结\n一、2024年工作回顾\n"
              "　　全年城镇新增就业3200人。为1.2万名困难群众办理医疗救助。"
              "培育市级农业龙头企业6家。争取上级补助资金8600万元。"
              "组织技能培训15次。及时发放惠农补贴资金420万元。\n")
    tags = tags_of(review, segmenter)
    assert tags["全年城镇新增就业3200人。"] == "achievement"
    assert tags["为1.2万名困难群众办理医疗救助。"] == "achievement"
    assert tags["培育市级农业龙头企业6家。"] == "achievement"
    assert tags["争取上级补助资金8600万元。"] == "achievement"
    assert tags["组织技能培训15次。"] == "measure"
    assert tags["及时发放惠农补贴资金420万元。"] == "measure"
    plan = ("某县2025年工作计划\n"
            "　　新增城镇就业3500人。培育市级农业龙头企业8家。\n")
    tags = tags_of(plan, segmenter)
    assert tags["新增城镇就业3500人。"] == "commitment"  # the same words in a plan: a task
    assert tags["培育市级农业龙头企业8家。"] == "commitment"


def test_outside_any_part_a_count_with_nothing_ahead_is_reached(segmenter: Segmenter) -> None:
    text = ("某县情况（节选）\n"
            "　　城镇新增就业1.6万人。年内新增城镇就业1.8万人以上。\n")
    tags = tags_of(text, segmenter)
    assert tags["城镇新增就业1.6万人。"] == "achievement"
    assert tags["年内新增城镇就业1.8万人以上。"] == "commitment"


def test_a_standard_kept_is_a_result_in_a_review_a_target_in_a_plan(segmenter: Segmenter
                                                                     ) -> None:
    review = ("某区2024年上半年工作总结\n一、主要指标完成情况\n"
              "　　主要河流出境断面水质保持Ⅲ类。城镇登记失业率控制在3.5%以内。\n")
    tags = tags_of(review, segmenter)
    assert tags["主要河流出境断面水质保持Ⅲ类。"] == "achievement"
    assert tags["城镇登记失业率控制在3.5%以内。"] == "achievement"
    plan = ("某区2025年工作计划\n一、主要目标\n"
            "　　城镇登记失业率控制在3.5%以内。\n")
    assert tags_of(plan, segmenter)["城镇登记失业率控制在3.5%以内。"] == "commitment"


def test_a_run_in_claim_of_a_state_reached_is_a_result(segmenter: Segmenter) -> None:
    """"农业生产稳中有进。" opening a review paragraph claims a state; "坚持统筹推进，
    加强要素保障。" only names the work: a title."""
    text = ("某县2024年工作总结\n一、2024年工作回顾\n"
            "　　农业生产稳中有进。粮食产量增长2.3%，蔬菜产量增长4.1%。\n"
            "　　坚持统筹推进，加强要素保障。全年新开工项目32个。\n"
            "　　过去一年取得的成绩，来自全县上下的共同努力。\n")
    tags = tags_of(text, segmenter)
    assert tags["农业生产稳中有进。"] == "achievement"
    assert "坚持统筹推进，加强要素保障。" not in tags
    assert tags.get("过去一年取得的成绩，来自全县上下的共同努力。") != "achievement"  # credit
    plan = ("某县2025年工作计划\n一、2025年工作打算\n"
            "　　农业生产稳中有进。稳定粮食面积，扩大蔬菜种植。\n")
    assert "农业生产稳中有进。" not in tags_of(plan, segmenter)  # nothing reached in a plan


def test_a_report_on_a_plans_execution_or_a_self_check_is_a_review(segmenter: Segmenter
                                                                   ) -> None:
    text = ("某区关于2024年上半年国民经济和社会发展计划执行情况的报告\n"
            "　　上半年，全区新增市场主体1200户。\n")
    assert tags_of(text, segmenter)["上半年，全区新增市场主体1200户。"] == "achievement"
    selfcheck = ("某镇2024年目标任务自查报告\n"
                 "　　全年完成脱贫人口96人，实施危房改造45户。\n")
    assert tags_of(selfcheck, segmenter)["全年完成脱贫人口96人，实施危房改造45户。"] == "achievement"


def test_in_a_review_a_heading_naming_the_targets_completion_is_no_plan(segmenter: Segmenter
                                                                        ) -> None:
    text = ("某局局长述职报告\n"
            "一、努力完成全年各项目标任务\n"
            "　　全年完成植树造林1.5万亩，通过了省级园林城市复查。\n"
            "二、下一步工作打算\n"
            "　　全面推进国土绿化行动。\n")
    tags = tags_of(text, segmenter)
    assert tags["全年完成植树造林1.5万亩，通过了省级园林城市复查。"] == "achievement"
    assert tags["全面推进国土绿化行动。"] == "commitment"


def test_a_paragraph_outside_any_part_reads_in_one_tense(segmenter: Segmenter) -> None:
    """No heading says which part an excerpt is from: a paragraph that reports results is a
    review, one that undertakes is a plan, and one with no tense of its own continues the
    one before."""
    text = ("某省政府工作报告（节选）\n"
            "　　稳住工业基本盘。规上工业增加值增长6.2%。工业投资增长9.1%。"
            "开展企业服务专项行动。\n"
            "　　扩大有效投资。着力扩大有效投资，力争固定资产投资增长6%以上。"
            "确保重点项目年内开工。积极培育服务消费，加快发展数字消费。\n"
            "　　完善消费政策，优化消费环境，清理不合理限制措施。\n")
    tags = tags_of(text, segmenter)
    assert tags["开展企业服务专项行动。"] == "measure"
    assert tags["积极培育服务消费，加快发展数字消费。"] == "commitment"
    assert tags["完善消费政策，优化消费环境，清理不合理限制措施。"] == "commitment"
