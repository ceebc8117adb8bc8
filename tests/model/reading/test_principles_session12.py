"""What the tenth blind part taught (docs/tags.md "What the tenth blind part taught (session
12)"): how a review's opening sentence carries its claim in its last clause, how a verdict,
recognition received and an aim reached state a result without a verb of building, and how
an audit's rectification reports what it recovered and whom it held to account. Each text is
a small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of as _tags


def test_the_closing_clause_of_a_reviews_opening_carries_its_claim(segmenter: Segmenter
                                                                    ) -> None:
    """"我们坚持…，深入…，持续…，全市经济社会发展取得新成效。": the guidance and the actions
    first, the state they came to last — 成效, though its clauses open like a task list's; the
    same clauses with the result pushed for ("推动…取得新成效") stay a task."""
    text = ("某市政府工作报告\n"
            "我们坚持稳中求进，深入实施创新驱动战略，持续优化营商环境，"
            "全市经济社会发展取得新成效。\n")
    assert _tags(text, segmenter)[
        "我们坚持稳中求进，深入实施创新驱动战略，持续优化营商环境，全市经济社会发展取得新成效。"
    ] == "achievement"
    task = ("某市政府工作报告\n"
            "着力稳定工业增长，持续优化营商环境，推动经济运行取得新成效。\n")
    assert _tags(task, segmenter).get(
        "着力稳定工业增长，持续优化营商环境，推动经济运行取得新成效。") == "commitment"


def test_a_verdict_recognition_or_aim_reached_is_a_result(segmenter: Segmenter) -> None:
    """"…情况总体较好", "…受到上级的充分肯定", "…达到了…的目的", "被授牌…": the work judged,
    recognised or come to its aim — 成效 in a review, though no verb of building is in it."""
    text = ("某局2024年工作总结\n"
            "一、工作回顾\n"
            "全局预算执行和资金管理情况总体较好。\n"
            "社区服务中心的做法受到市民政局的充分肯定。\n"
            "通过集中学习，达到了统一思想、凝聚共识的目的。\n"
            "学校被授牌“市级文明校园”。\n")
    tags = _tags(text, segmenter)
    assert tags["全局预算执行和资金管理情况总体较好。"] == "achievement"
    assert tags["社区服务中心的做法受到市民政局的充分肯定。"] == "achievement"
    assert tags["通过集中学习，达到了统一思想、凝聚共识的目的。"] == "achievement"
    assert tags["学校被授牌“市级文明校园”。"] == "achievement"


def test_what_rectification_recovered_and_punished_is_its_result(segmenter: Segmenter
                                                                 ) -> None:
    """An audit's rectification report: "…问题得到有效整改", "…缴库3.2亿元", "移送司法机关处理
    2人，给予党纪处分5人" — what the rectification came to (成效), not a figure or a measure."""
    text = ("关于某年度审计查出问题整改情况的报告\n"
            "截至6月底，审计指出的大部分问题得到有效整改。\n"
            "市财政确认收入并缴库3.2亿元；\n"
            "移送司法机关处理2人，给予党纪处分5人。\n")
    tags = _tags(text, segmenter)
    assert tags["截至6月底，审计指出的大部分问题得到有效整改。"] == "achievement"
    assert tags["市财政确认收入并缴库3.2亿元；"] == "achievement"
    assert tags["移送司法机关处理2人，给予党纪处分5人。"] == "achievement"


def test_a_plan_that_will_hold_to_account_is_no_result(segmenter: Segmenter) -> None:
    """In a plan part the same words are a task: "对…要依规依纪给予处分" is undertaken."""
    text = ("某县2025年工作计划\n"
            "一、重点任务\n"
            "对审计发现的违规问题，要依规依纪给予处分，及时追回违规资金。\n")
    assert _tags(text, segmenter)[
        "对审计发现的违规问题，要依规依纪给予处分，及时追回违规资金。"] == "commitment"


def test_a_fall_in_output_outside_any_part_is_a_figure(segmenter: Segmenter) -> None:
    """"社会消费品零售总额完成50亿元，同比下降6%；" in an excerpt with no heading: the completion
    word does not make a fall in output progress (rule 4) — 数据, as in a review part; a fall
    where less is better stays a result."""
    text = ("某区政府工作报告\n"
            "全区社会消费品零售总额完成48亿元，同比下降5%；"
            "单位地区生产总值能耗同比下降3.2%。\n")
    tags = _tags(text, segmenter)
    assert tags["全区社会消费品零售总额完成48亿元，同比下降5%；"] == "figure"
    assert tags["单位地区生产总值能耗同比下降3.2%。"] == "achievement"


def test_a_lead_in_that_admits_a_state_and_a_means_lacking(segmenter: Segmenter) -> None:
    """A 调研's findings: "…发展状况均滞后，主要表现在以下三个方面：" admits (问题, not a bare
    lead-in), as "…存在的问题主要表现在：" does; "集体没有任何经营性收入", "…微乎其微" state a
    lack plainly."""
    text = ("关于某镇村级集体经济发展情况的调研报告\n"
            "一、基本情况\n"
            "从调查情况看，全镇8个村集体经济发展均滞后，主要表现在以下两个方面：\n"
            "一是收入来源单一，5个村集体没有任何经营性收入。\n"
            "二是其余村年收入均在万元以下，微乎其微。\n")
    tags = _tags(text, segmenter)
    assert tags["从调查情况看，全镇8个村集体经济发展均滞后，主要表现在以下两个方面："] == "problem"
    assert tags["一是收入来源单一，5个村集体没有任何经营性收入。"] == "problem"
    assert tags["二是其余村年收入均在万元以下，微乎其微。"] == "problem"


def test_a_push_in_the_perfective_reports_what_it_brought(segmenter: Segmenter) -> None:
    """A review's opening closing on "…，推动了全镇经济社会的快速健康发展。" or "…发展实现良好
    开局。": what the year's pushing brought (成效), not the work listed (举措); "推动…发展" with
    no 了 in a plan part stays a task."""
    text = ("某镇2024年上半年工作总结\n"
            "一、上半年工作回顾\n"
            "今年以来，我镇认真落实县委部署，强化措施，狠抓落实，推动了全镇经济社会的快速健康发展。\n"
            "全镇上下团结奋进，各项事业发展实现良好开局。\n"
            "二、下半年工作打算\n"
            "强化措施，狠抓落实，推动全镇经济社会快速健康发展。\n")
    tags = _tags(text, segmenter)
    assert tags["今年以来，我镇认真落实县委部署，强化措施，狠抓落实，推动了全镇经济社会的快速健康"
                "发展。"] == "achievement"
    assert tags["全镇上下团结奋进，各项事业发展实现良好开局。"] == "achievement"
    assert tags["强化措施，狠抓落实，推动全镇经济社会快速健康发展。"] == "commitment"


def test_a_change_counts_whatever_it_counts(segmenter: Segmenter) -> None:
    """"卫星增至60颗", "…指数提升2个等级", "一般性支出压减15%": a rise or a cut told with its
    figure is read as one though its unit (颗, 位, 处…) or verb (提升, 压减) was not listed — 成效
    in a review."""
    text = ("某省政府工作报告\n"
            "一、过去一年工作回顾\n"
            "在轨遥感卫星增至60颗，带动一批企业集聚发展。\n"
            "重点流域水生生物完整性指数提升2个等级。\n")
    tags = _tags(text, segmenter)
    assert tags["在轨遥感卫星增至60颗，带动一批企业集聚发展。"] == "achievement"
    assert tags["重点流域水生生物完整性指数提升2个等级。"] == "achievement"


def test_a_difficulty_overcome_a_rank_raised_a_first_made(segmenter: Segmenter) -> None:
    """"…，解决了长期存在的审批难题。", "出口额提升到全省第三位。", "创建首家…企业。": a problem
    solved in the perfective, a standing raised, a first made — 成效 in a review, though each
    opens on a verb of work."""
    text = ("某市政府工作报告\n"
            "一、过去一年工作回顾\n"
            "重构项目审批流程，解决了长期存在的审批难题。\n"
            "全市出口额提升到全省第三位。\n"
            "创建首家国家级绿色工厂。\n"
            "进出口总额跃升至西部第一位。\n")
    tags = _tags(text, segmenter)
    assert tags["重构项目审批流程，解决了长期存在的审批难题。"] == "achievement"
    assert tags["全市出口额提升到全省第三位。"] == "achievement"
    assert tags["创建首家国家级绿色工厂。"] == "achievement"
    # the words between 至 and the rank (西部) are the pattern's: its key is the rank itself
    assert tags["进出口总额跃升至西部第一位。"] == "achievement"


def test_a_subject_that_reached_a_state_by_shixian(segmenter: Segmenter) -> None:
    """"…生活垃圾实现日产日清。" closing a review's sentence: the subject first, then 实现 and the
    state reached (成效); "推动…实现…" opens on the push — in a plan part a task."""
    text = ("某市城管局2021年工作总结\n"
            "一、2021年工作回顾\n"
            "我们坚持精细管理，城区约800吨/日生活垃圾实现日产日清。\n"
            "二、2022年工作打算\n"
            "推动城区生活垃圾实现日产日清。\n")
    tags = _tags(text, segmenter)
    assert tags["我们坚持精细管理，城区约800吨/日生活垃圾实现日产日清。"] == "achievement"
    assert tags["推动城区生活垃圾实现日产日清。"] == "commitment"
