"""What the eighth blind part taught (docs/tags.md "What the eighth blind part taught
(session 11)"): how an audit, a self-check, a 述职 and a research report state what they
found short, and how a summary states what went well. Each text is a small hand-written
fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from model.reading.suggestion_lean import heading_lean
from tests.model.reading.principles_support import tags_of as _tags


def test_an_inspections_findings_are_problems(segmenter: Segmenter) -> None:
    """What an audit or a check found — after its lead (审计发现，/抽查发现：) or named by the
    irregularity itself (超预算, 以拨代支, 未按规定, 虚假发票, 进度迟缓, 尚未开工, 空置) — is
    admitted as told, whatever figures it cites; "审计发现问题整改情况" names work."""
    text = ("某县2023年财政资金使用情况审计结果\n"
            "本次共审计8个部门，审计资金2.3亿元。\n"
            "但审计也发现，3个乡镇滞拨上级补助资金420万元。\n"
            "8个部门中，有2个部门当年超预算支出150万元。\n"
            "抽查发现：某水厂项目总投资3000万元，计划年内完成1500万元，截至审计时尚未开工建设。\n"
            "部分村级活动室长期处于空置状态，未能得到有效利用。\n"
            "同时审计了以往审计发现问题整改情况。\n")
    tags = _tags(text, segmenter)
    for finding in ("但审计也发现，3个乡镇滞拨上级补助资金420万元。",
                    "8个部门中，有2个部门当年超预算支出150万元。",
                    "抽查发现：某水厂项目总投资3000万元，计划年内完成1500万元，截至审计时尚未开工建设。",
                    "部分村级活动室长期处于空置状态，未能得到有效利用。"):
        assert tags[finding] == "problem", finding
    assert tags.get("同时审计了以往审计发现问题整改情况。") != "problem"


def test_a_heading_closing_on_its_problems_heads_a_problem_part() -> None:
    """The last words of a heading name its part: "…方面存在的问题" heads problems whatever
    field it names (目标任务, 完成情况 are the field, not a plan or a review part)."""
    assert heading_lean("一、追赶超越目标任务完成情况方面存在的问题") == "problem"
    assert heading_lean("二、重点工作推进中发现的主要问题") == "problem"
    assert heading_lean("三、下一步工作打算") == "commitment"
    assert heading_lean("一、目标任务完成情况") != "problem"


def test_a_heading_or_a_title_that_admits_a_shortfall_is_a_problem(segmenter: Segmenter
                                                                   ) -> None:
    """A finding or a self-criticism told as its heading — a numbered title, a headline
    without a full stop, the short first sentence of its paragraph — closing on what is
    short (有待…, 不够…, 不完全到位, 迟缓, 未开工建设, 较大) is a problem, not a label."""
    text = ("某局2023年度领导班子述职报告\n"
            "一、主要工作\n"
            "全年组织专题学习12次。\n"
            "二、存在的不足\n"
            "1.理论学习有待进一步加深\n"
            "2.调查研究还不够深入和扎实\n"
            "三、审计情况\n"
            "部分项目建设进度迟缓\n"
            "（1）部分重点项目未开工建设。某项目计划年内开工，目前正在办理用地手续。\n"
            "资金拨付还不完全到位。12个项目中，有3个项目资金未拨付。\n")
    tags = _tags(text, segmenter)
    for problem in ("1.理论学习有待进一步加深", "2.调查研究还不够深入和扎实", "部分项目建设进度迟缓",
                    "（1）部分重点项目未开工建设。", "资金拨付还不完全到位。"):
        assert tags.get(problem) == "problem", problem
    assert "一、主要工作" not in tags and "二、存在的不足" not in tags


def test_a_heading_closing_on_a_shortfall_heads_problems_whatever_field_it_names() -> None:
    """"2、工作计划不明确" closes on what is short: its 工作计划 names the field, not a plan
    part; a heading whose shortfall is what the work fixes stays a task heading."""
    assert heading_lean("2、工作计划不明确") == "problem"
    assert heading_lean("（一）自然条件恶劣、基础设施落后") == "problem"
    assert heading_lean("（三）加快补齐发展不足") == "commitment"


def test_an_announcement_that_problems_stand_is_a_problem(segmenter: Segmenter) -> None:
    """The announcement before the list of findings ("…也存在一些问题：", "我们发现了一些需要
    改进的地方：") states that they stand; a salutation opening an admission does not make
    it a closing formula."""
    text = ("某局2023年度工作总结\n"
            "全年共办理来信来访120件。但资金管理和项目管理中也存在一些问题：\n"
            "通过本次自查，我们发现了一些需要改进的地方：\n"
            "各位代表，我们也清醒看到，发展中还存在不少困难和问题。\n")
    tags = _tags(text, segmenter)
    for problem in ("但资金管理和项目管理中也存在一些问题：", "通过本次自查，我们发现了一些需要改进的地方：",
                    "各位代表，我们也清醒看到，发展中还存在不少困难和问题。"):
        assert tags.get(problem) == "problem", problem


def test_the_fault_of_some_is_admitted(segmenter: Segmenter) -> None:
    """Some of those studied at fault or in difficulty (一些/部分/个别… 往往/不能/困难/紧张/
    多发) and a task still long (任重道远) are admitted; 部分困难群众 names whom work helps."""
    text = ("关于乡镇干部队伍建设的调研报告\n"
            "一些干部往往满足于完成上级交办的任务。\n"
            "部分村级组织运转困难。\n"
            "基层治理现代化任重道远。\n"
            "全年走访慰问部分困难群众120户。\n")
    tags = _tags(text, segmenter)
    for problem in ("一些干部往往满足于完成上级交办的任务。", "部分村级组织运转困难。", "基层治理现代化任重道远。"):
        assert tags.get(problem) == "problem", problem
    assert tags.get("全年走访慰问部分困难群众120户。") != "problem"


def test_problems_a_meeting_states_or_works_from_are_not_admitted(segmenter: Segmenter
                                                                   ) -> None:
    """A 民主生活会's news tells that problems were set out and worked from (阐述…存在的问题,
    根据存在问题认领…) and a wish to root out what is grave (杜绝…严重…): no admission."""
    text = ("学校党委召开2024年度民主生活会\n"
            "会上，校长代表领导班子作对照检查，阐述班子存在的问题并提出整改措施。\n"
            "班子成员根据存在问题认领工作责任，逐一作对照检查发言。\n"
            "她希望校党委加强全面从严治党，坚决杜绝师德师风严重失范事件。\n")
    tags = _tags(text, segmenter)
    assert "problem" not in tags.values()


def test_a_reviews_opening_summary_closes_on_its_result(segmenter: Segmenter) -> None:
    """A review's opening sentence — the period, the leadership thanked, the work — closes on
    what came of it (…稳步发展, 保持和谐稳定, 呈现良好态势, 奠定了坚实的基础, 作出了…贡献,
    总体正常): 成效; "为…奠定坚实基础" in a plan is an aim."""
    text = ("某乡2023年上半年工作总结\n"
            "今年以来，在县委、县政府的正确领导下，我们全力加大项目建设力度，全乡经济稳步发展，"
            "社会大局保持和谐稳定。\n"
            "上半年，园区深入落实各项决策部署，全力推进项目建设，经济社会发展呈现良好态势。\n"
            "一年来，全镇上下努力拼搏，推动经济持续发展，为下步发展奠定了坚实的基础。\n"
            "学生疫苗接种工作，总体正常。\n")
    tags = _tags(text, segmenter)
    for result in ("今年以来，在县委、县政府的正确领导下，我们全力加大项目建设力度，全乡经济稳步发展，"
                   "社会大局保持和谐稳定。",
                   "上半年，园区深入落实各项决策部署，全力推进项目建设，经济社会发展呈现良好态势。",
                   "一年来，全镇上下努力拼搏，推动经济持续发展，为下步发展奠定了坚实的基础。",
                   "学生疫苗接种工作，总体正常。"):
        assert tags.get(result) == "achievement", result


def test_a_summarys_strengths_are_results_and_its_events_measures(segmenter: Segmenter
                                                                   ) -> None:
    """A weekly summary's part of strengths (本周优点) lists what went well, told as states:
    results; its part of events (本周大事) what was done: measures."""
    text = ("第十周值周小结\n"
            "一、本周大事：\n"
            "1、 周三全校开展消防疏散演练\n"
            "二、本周优点：\n"
            "1、 课间秩序井然，学生文明有礼\n"
            "2、 早读时间各班书声琅琅\n"
            "三、存在的问题：\n"
            "1、 部分同学午休纪律较差\n")
    tags = _tags(text, segmenter)
    assert tags.get("1、 周三全校开展消防疏散演练") == "measure"
    assert tags.get("1、 课间秩序井然，学生文明有礼") == "achievement"
    assert tags.get("2、 早读时间各班书声琅琅") == "achievement"
    assert tags.get("1、 部分同学午休纪律较差") == "problem"


def test_a_span_looked_back_over_reports_even_in_a_plan_part(segmenter: Segmenter) -> None:
    """"党的十八大以来，…取得重大成就" under a 总体要求 reports what the span brought, as in a
    review; the requirement after it is the task."""
    text = ("关于加强机关党的建设的意见\n"
            "一、总体要求\n"
            "党的十八大以来，机关党的建设全面加强，推动机关作风建设取得重大成效。\n"
            "各级机关要深入贯彻新时代党的建设总要求，全面提高机关党的建设质量。\n")
    tags = _tags(text, segmenter)
    assert tags["党的十八大以来，机关党的建设全面加强，推动机关作风建设取得重大成效。"] == "achievement"
    assert tags["各级机关要深入贯彻新时代党的建设总要求，全面提高机关党的建设质量。"] == "commitment"


def test_problems_corrected_with_their_amount_are_a_result(segmenter: Segmenter) -> None:
    text = ("审计工作报告（节选）\n"
            "目前，有关部门已纠正审计发现的各类问题12.5亿元。\n")
    assert _tags(text, segmenter)["目前，有关部门已纠正审计发现的各类问题12.5亿元。"] == "achievement"


def test_a_standard_met_an_inclusion_a_grade_and_a_turn_are_results(segmenter: Segmenter
                                                                     ) -> None:
    """An inspection passed (通过…考核/评估), an inclusion by a higher level (纳入全市…), a grade
    gained (晋级), a count all at zero or falling twice (均为“零”, 双下降), all handled (全部
    办结), a market steadied or rising against the trend (企稳, 逆势上扬): 成效 in a review."""
    text = ("某县2023年工作总结\n"
            "我县以优秀等次通过了省级卫生县城检查考核。\n"
            "竹编加工纳入全市特色产业集群，某景区晋级国家4A级景区。\n"
            "加强安全生产监管，安全生产四项指标均为“零”。\n"
            "各类事故起数、死亡人数保持“双下降”。\n"
            "人大代表建议、政协委员提案全部办结。\n"
            "积极清理拖欠企业账款，房地产市场企稳，外贸逆势上扬。\n")
    tags = _tags(text, segmenter)
    for result in ("我县以优秀等次通过了省级卫生县城检查考核。", "竹编加工纳入全市特色产业集群，某景区晋级国家4A级景区。",
                   "加强安全生产监管，安全生产四项指标均为“零”。", "各类事故起数、死亡人数保持“双下降”。",
                   "人大代表建议、政协委员提案全部办结。", "积极清理拖欠企业账款，房地产市场企稳，外贸逆势上扬。"):
        assert tags.get(result) == "achievement", result


def test_a_headlines_great_matter_is_no_part_of_events(segmenter: Segmenter) -> None:
    """Only a part's label of events (本周大事, 大事记) makes a review part: a news headline
    naming the year's plan as a "头等大事" heads what the government will do, so the tasks
    told under it (广西将实施…计划) stay commitments."""
    text = ("某区2025年政府工作报告开幕报道\n"
            "某区拟筹措逾800亿元办好惠民“头等大事”\n"
            "2025年某区将更加注重保障和改善民生，重点聚焦促进高质量充分就业等多个方面。\n"
            "具体而言，某区将实施重点群体就业支持计划，促进高校毕业生就业。\n"
            "教育方面，某区将探索逐步扩大免费教育范围，实施“县中振兴计划”。\n")
    tags = _tags(text, segmenter)
    assert tags.get("具体而言，某区将实施重点群体就业支持计划，促进高校毕业生就业。") == "commitment"
    assert tags.get("教育方面，某区将探索逐步扩大免费教育范围，实施“县中振兴计划”。") == "commitment"
