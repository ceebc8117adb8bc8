"""How 公文 state a commitment or a problem (docs/tags.md): each principle on small
sentences written for the test, in the part of a report where it applies and, where the
same words mean something else, in the part where they do not."""
from __future__ import annotations

from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.report.loading import report_from_text


def _tags(text: str, segmenter: Segmenter) -> dict[str, str]:
    outline = detect_outline(report_from_text(text))
    return {s.quote.strip(): s.tag for s in suggest(text, outline, segmenter)}


def test_a_plans_run_in_title_is_a_task_a_reviews_is_not(segmenter: Segmenter) -> None:
    plan = ("某镇政府工作报告\n一、2025年工作安排\n"
            "1、全力抓好项目建设。全年实施重点项目50个，完成投资12亿元以上。\n"
            "2、继续改善农村人居环境。新建污水管网20公里。\n")
    tags = _tags(plan, segmenter)
    assert tags["1、全力抓好项目建设。"] == "commitment"
    assert tags["2、继续改善农村人居环境。"] == "commitment"
    review = ("某镇政府工作报告\n一、2024年工作回顾\n"
              "1、全力抓好项目建设。全年新开工项目50个，完成投资12亿元。\n"
              "2、持续改善农村人居环境。新建污水管网20公里。\n")
    assert "1、全力抓好项目建设。" not in _tags(review, segmenter)


def test_a_title_without_a_verb_of_undertaking_labels_its_part(segmenter: Segmenter) -> None:
    text = ("某县2025年重点工作任务分解方案\n"
            "一、责任到人，闭环管理。\n"
            "　　各牵头单位要细化工作措施，明确完成时限，每月报送工作进展。\n"
            "二、强化督查，动态调度。\n"
            "　　县政府督查室要定期调度重点任务进展情况，确保各项任务按期完成。\n")
    tags = _tags(text, segmenter)
    assert "一、责任到人，闭环管理。" not in tags
    assert tags["各牵头单位要细化工作措施，明确完成时限，每月报送工作进展。"] == "commitment"


def test_a_plans_situation_part_states_figures_and_problems(segmenter: Segmenter) -> None:
    """面临的形势: the present and a forecast are figures (a forecast's 左右 is not
    undertaken); a growing problem is admitted."""
    text = ("某市“十五五”养老服务发展规划\n"
            "一、面临的形势\n"
            "　　截至2024年底，全市60周岁以上老年人口45.2万人，占总人口的21.3%。"
            "据预测，到2030年全市老年人口将有可能达到60万人左右。"
            "空巢老人、失能老人照护需求日益突出。\n"
            "二、主要任务\n"
            "　　到2030年，每千名老年人拥有养老床位数达到40张以上。\n")
    tags = _tags(text, segmenter)
    assert tags["截至2024年底，全市60周岁以上老年人口45.2万人，占总人口的21.3%。"] == "figure"
    assert tags["据预测，到2030年全市老年人口将有可能达到60万人左右。"] == "figure"
    assert tags["空巢老人、失能老人照护需求日益突出。"] == "problem"
    assert tags["到2030年，每千名老年人拥有养老床位数达到40张以上。"] == "commitment"


def test_the_author_looking_ahead_is_a_commitment_even_in_a_review(segmenter: Segmenter
                                                                   ) -> None:
    text = ("某镇2024年工作总结\n"
            "　　今年以来，全镇完成固定资产投资3.2亿元，同比增长12%。"
            "新的一年，我镇将进一步解放思想，扎实工作，推动全镇经济社会高质量发展。"
            "为此，我们一定以更加务实的作风，为建设美丽乡镇而努力奋斗！\n")
    tags = _tags(text, segmenter)
    assert tags["今年以来，全镇完成固定资产投资3.2亿元，同比增长12%。"] == "achievement"
    assert tags["新的一年，我镇将进一步解放思想，扎实工作，推动全镇经济社会高质量发展。"] == "commitment"
    assert tags["为此，我们一定以更加务实的作风，为建设美丽乡镇而努力奋斗！"] == "commitment"


def test_a_deadline_with_a_modal_is_a_plan_争取_alone_is_not(segmenter: Segmenter) -> None:
    text = ("某镇上半年工作汇报\n一、上半年工作完成情况\n"
            "　　投资300万元，启动污水管网改造工程。9月底前，全镇5个社区都将接通污水管网。"
            "积极争取上级资金2000万元，用于农村道路改造。"
            "确保全年粮食产量稳定在5万吨以上。\n")
    tags = _tags(text, segmenter)
    assert tags["9月底前，全镇5个社区都将接通污水管网。"] == "commitment"
    assert tags.get("积极争取上级资金2000万元，用于农村道路改造。") != "commitment"
    assert tags["确保全年粮食产量稳定在5万吨以上。"] == "commitment"


def test_a_result_with_a_deadline_ahead_is_aimed_at(segmenter: Segmenter) -> None:
    text = ("某市乡村建设行动实施方案\n"
            "　　今年年底前，各县要全面完成村庄规划编制，基本完成乡镇国土空间规划。\n")
    assert _tags(text, segmenter)[
        "今年年底前，各县要全面完成村庄规划编制，基本完成乡镇国土空间规划。"] == "commitment"


def test_admissions_written_out_are_problems_in_a_review(segmenter: Segmenter) -> None:
    """A persisting state, a problem not changed, a shortfall word of its own: problems
    even in a review part, without a problems heading or an opening."""
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　全县地区生产总值增长6.1%。\n"
            "　　乡村振兴任务依然艰巨。\n"
            "　　县域经济总量小、实力弱的状况没有根本改变，产业结构不优。\n"
            "　　重点项目推进缓慢，投资增长乏力，民生领域还有不少短板。\n")
    tags = _tags(text, segmenter)
    assert tags["乡村振兴任务依然艰巨。"] == "problem"
    assert tags["县域经济总量小、实力弱的状况没有根本改变，产业结构不优。"] == "problem"
    assert tags["重点项目推进缓慢，投资增长乏力，民生领域还有不少短板。"] == "problem"


def test_self_criticism_in_a_shuzhi_is_a_problem(segmenter: Segmenter) -> None:
    text = ("某局局长述职报告\n"
            "　　一年来，我带领全局干部职工完成了各项工作任务。"
            "有时没有充分听取基层意见，工作安排过急，给基层同志带来较大压力。\n"
            "三、坚持勤政务实，但存在调查研究不深的问题\n"
            "　　到基层调研的次数偏少，掌握情况不够全面。\n")
    tags = _tags(text, segmenter)
    assert tags["有时没有充分听取基层意见，工作安排过急，给基层同志带来较大压力。"] == "problem"
    assert tags["三、坚持勤政务实，但存在调查研究不深的问题"] == "problem"


def test_a_problem_fought_is_not_admitted(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　开展作风建设年活动，切实解决办事效率不高、服务不到位等突出问题，"
            "群众满意度明显提升。\n")
    tags = _tags(text, segmenter)
    assert tags["开展作风建设年活动，切实解决办事效率不高、服务不到位等突出问题，"
                "群众满意度明显提升。"] == "achievement"


def test_a_requirement_opened_by_the_author_stays_one(segmenter: Segmenter) -> None:
    """"我们要…" is a requirement like "要…": the problem it names is what the work is for."""
    text = ("某镇2025年工作计划\n"
            "　　我们要扎实做好信访稳定工作，当前矛盾隐患主要集中在土地纠纷等问题。\n")
    assert _tags(text, segmenter)[
        "我们要扎实做好信访稳定工作，当前矛盾隐患主要集中在土地纠纷等问题。"] == "commitment"


def test_a_notice_handing_a_plan_down_claims_nothing_its_actions_are_tasks(
        segmenter: Segmenter) -> None:
    text = ("某县人民政府关于印发《某县农村人居环境整治实施方案》的通知\n"
            "各乡镇人民政府，县直各部门：\n"
            "　　《某县农村人居环境整治实施方案》已经县政府同意，现印发给你们，请认真组织实施。\n"
            "　　全面推行农村生活垃圾分类，加强农村生活污水治理。\n"
            "　　近日，省里下发《关于加强农村人居环境整治的意见》，明确了今后一个时期的重点任务。\n")
    tags = _tags(text, segmenter)
    assert "《某县农村人居环境整治实施方案》已经县政府同意，现印发给你们，请认真组织实施。" not in tags
    assert tags["全面推行农村生活垃圾分类，加强农村生活污水治理。"] == "commitment"
    assert "近日，省里下发《关于加强农村人居环境整治的意见》，明确了今后一个时期的重点任务。" not in tags


def test_an_enumerated_requirement_is_one(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　全年完成财政收入3200万元，同比增长8%。"
            "一是要进一步加强干部队伍建设，提高服务能力。首先要抓好项目建设。\n")
    tags = _tags(text, segmenter)
    assert tags["一是要进一步加强干部队伍建设，提高服务能力。"] == "commitment"
    assert tags["首先要抓好项目建设。"] == "commitment"


def test_a_difficulty_growing_is_admitted_one_faced_is_not(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　面对外部压力加大、内部困难增多的复杂形势，我们迎难而上，全县经济稳中有进。"
            "同时，经济下行压力加大，部分企业生产经营难度较大。"
            "个别干部存在慢作为、不作为现象。\n")
    tags = _tags(text, segmenter)
    assert tags["面对外部压力加大、内部困难增多的复杂形势，我们迎难而上，全县经济稳中有进。"] == "achievement"
    assert tags["同时，经济下行压力加大，部分企业生产经营难度较大。"] == "problem"
    assert tags["个别干部存在慢作为、不作为现象。"] == "problem"


def test_the_authors_将_is_a_future_only_before_a_word_of_intent(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　我镇将全镇15个村纳入低保动态管理。"
            "我们将抓好项目建设，推动全镇经济持续发展。\n")
    tags = _tags(text, segmenter)
    assert tags.get("我镇将全镇15个村纳入低保动态管理。") != "commitment"
    assert tags["我们将抓好项目建设，推动全镇经济持续发展。"] == "commitment"


def test_a_but_clause_opens_a_problems_paragraph(segmenter: Segmenter) -> None:
    """"…，但仍存在一些不足" opens the problems of a review paragraph like 在肯定成绩的同时;
    the resolve that closes it is undertaken."""
    text = ("某镇2024年工作总结\n一、主要工作\n"
            "　　全镇完成固定资产投资3.2亿元，同比增长12%。\n"
            "　　一年来，各项工作取得了一定成效，但仍存在一些不足。主要是产业结构单一，"
            "龙头企业带动作用发挥不够。对此，我们将认真研究，切实加以解决。\n")
    tags = _tags(text, segmenter)
    assert tags["主要是产业结构单一，龙头企业带动作用发挥不够。"] == "problem"
    assert tags["对此，我们将认真研究，切实加以解决。"] == "commitment"


def test_a_reviews_task_heading_is_no_plan_part(segmenter: Segmenter) -> None:
    """In a 述职 "二、抓好重点工作落实" names work done; "三、2025年工作计划" looks ahead, and
    its titles are tasks whatever their verb."""
    text = ("县发展和改革局局长述职报告\n"
            "一、抓好重点工作落实\n"
            "（一）项目争取。全年争取中央预算内投资项目23个，资金6.8亿元。\n"
            "二、2025年工作计划\n"
            "（一）稳定项目投资。全年争取中央预算内投资5亿元以上。\n")
    tags = _tags(text, segmenter)
    assert "（一）项目争取。" not in tags
    assert tags.get("全年争取中央预算内投资项目23个，资金6.8亿元。") != "commitment"
    assert tags["（一）稳定项目投资。"] == "commitment"
    assert tags["全年争取中央预算内投资5亿元以上。"] == "commitment"


def test_a_degree_is_no_resolve(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　通过开展专项行动，我们一定程度上缓解了群众出行难。"
            "我们一定不辜负群众期望，努力完成各项任务。\n")
    tags = _tags(text, segmenter)
    assert tags.get("通过开展专项行动，我们一定程度上缓解了群众出行难。") != "commitment"
    assert tags["我们一定不辜负群众期望，努力完成各项任务。"] == "commitment"


def test_a_task_heading_inside_a_review_part_names_work_done(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n"
            "一、2024年工作回顾\n"
            "（一）狠抓重点任务落实\n"
            "　　全年新开工重点项目48个，完成投资62亿元，同比增长9.5%。\n"
            "二、2025年重点任务\n"
            "　　全年新开工重点项目50个，完成投资65亿元以上。\n")
    tags = _tags(text, segmenter)
    assert tags["全年新开工重点项目48个，完成投资62亿元，同比增长9.5%。"] == "achievement"
    assert tags["全年新开工重点项目50个，完成投资65亿元以上。"] == "commitment"


def test_a_plans_background_told_as_done_is_no_task(segmenter: Segmenter) -> None:
    text = ("某市农村人居环境整治实施方案\n"
            "　　近年来，我市加强农村环境基础设施建设，建立了长效管护机制。\n"
            "　　全面推行农村生活垃圾分类，加强农村生活污水治理。\n")
    tags = _tags(text, segmenter)
    assert tags.get("近年来，我市加强农村环境基础设施建设，建立了长效管护机制。") != "commitment"
    assert tags["全面推行农村生活垃圾分类，加强农村生活污水治理。"] == "commitment"


def test_an_admission_in_a_plan_part_is_a_problem(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n　　全县地区生产总值增长6.1%。\n"
            "二、2025年工作安排\n"
            "　　当前，经济下行压力加大，部分企业生产经营难度较大。"
            "针对产业链条短、带动能力不强等问题，着力培育龙头企业。\n")
    tags = _tags(text, segmenter)
    assert tags["当前，经济下行压力加大，部分企业生产经营难度较大。"] == "problem"
    assert tags["针对产业链条短、带动能力不强等问题，着力培育龙头企业。"] == "commitment"


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
    tags = _tags(review, segmenter)
    assert tags["全年城镇新增就业3200人。"] == "achievement"
    assert tags["为1.2万名困难群众办理医疗救助。"] == "achievement"
    assert tags["培育市级农业龙头企业6家。"] == "achievement"
    assert tags["争取上级补助资金8600万元。"] == "achievement"
    assert tags["组织技能培训15次。"] == "measure"
    assert tags["及时发放惠农补贴资金420万元。"] == "measure"
    plan = ("某县2025年工作计划\n"
            "　　新增城镇就业3500人。培育市级农业龙头企业8家。\n")
    tags = _tags(plan, segmenter)
    assert tags["新增城镇就业3500人。"] == "commitment"  # the same words in a plan: a task
    assert tags["培育市级农业龙头企业8家。"] == "commitment"


def test_outside_any_part_a_count_with_nothing_ahead_is_reached(segmenter: Segmenter) -> None:
    text = ("某县情况（节选）\n"
            "　　城镇新增就业1.6万人。年内新增城镇就业1.8万人以上。\n")
    tags = _tags(text, segmenter)
    assert tags["城镇新增就业1.6万人。"] == "achievement"
    assert tags["年内新增城镇就业1.8万人以上。"] == "commitment"


def test_a_standard_kept_is_a_result_in_a_review_a_target_in_a_plan(segmenter: Segmenter
                                                                     ) -> None:
    review = ("某区2024年上半年工作总结\n一、主要指标完成情况\n"
              "　　主要河流出境断面水质保持Ⅲ类。城镇登记失业率控制在3.5%以内。\n")
    tags = _tags(review, segmenter)
    assert tags["主要河流出境断面水质保持Ⅲ类。"] == "achievement"
    assert tags["城镇登记失业率控制在3.5%以内。"] == "achievement"
    plan = ("某区2025年工作计划\n一、主要目标\n"
            "　　城镇登记失业率控制在3.5%以内。\n")
    assert _tags(plan, segmenter)["城镇登记失业率控制在3.5%以内。"] == "commitment"


def test_a_run_in_claim_of_a_state_reached_is_a_result(segmenter: Segmenter) -> None:
    """"农业生产稳中有进。" opening a review paragraph claims a state; "坚持统筹推进，
    加强要素保障。" only names the work: a title."""
    text = ("某县2024年工作总结\n一、2024年工作回顾\n"
            "　　农业生产稳中有进。粮食产量增长2.3%，蔬菜产量增长4.1%。\n"
            "　　坚持统筹推进，加强要素保障。全年新开工项目32个。\n"
            "　　过去一年取得的成绩，来自全县上下的共同努力。\n")
    tags = _tags(text, segmenter)
    assert tags["农业生产稳中有进。"] == "achievement"
    assert "坚持统筹推进，加强要素保障。" not in tags
    assert tags.get("过去一年取得的成绩，来自全县上下的共同努力。") != "achievement"  # credit
    plan = ("某县2025年工作计划\n一、2025年工作打算\n"
            "　　农业生产稳中有进。稳定粮食面积，扩大蔬菜种植。\n")
    assert "农业生产稳中有进。" not in _tags(plan, segmenter)  # nothing reached in a plan


def test_a_report_on_a_plans_execution_or_a_self_check_is_a_review(segmenter: Segmenter
                                                                   ) -> None:
    text = ("某区关于2024年上半年国民经济和社会发展计划执行情况的报告\n"
            "　　上半年，全区新增市场主体1200户。\n")
    assert _tags(text, segmenter)["上半年，全区新增市场主体1200户。"] == "achievement"
    selfcheck = ("某镇2024年目标任务自查报告\n"
                 "　　全年完成脱贫人口96人，实施危房改造45户。\n")
    assert _tags(selfcheck, segmenter)["全年完成脱贫人口96人，实施危房改造45户。"] == "achievement"


def test_in_a_review_a_heading_naming_the_targets_completion_is_no_plan(segmenter: Segmenter
                                                                        ) -> None:
    text = ("某局局长述职报告\n"
            "一、努力完成全年各项目标任务\n"
            "　　全年完成植树造林1.5万亩，通过了省级园林城市复查。\n"
            "二、下一步工作打算\n"
            "　　全面推进国土绿化行动。\n")
    tags = _tags(text, segmenter)
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
    tags = _tags(text, segmenter)
    assert tags["开展企业服务专项行动。"] == "measure"
    assert tags["积极培育服务消费，加快发展数字消费。"] == "commitment"
    assert tags["完善消费政策，优化消费环境，清理不合理限制措施。"] == "commitment"


# --- How tense and aspect decide (docs/tags.md, session 8) ---------------------------------


def test_a_size_class_is_no_target_the_level_of_a_target_closes_its_clause(
        segmenter: Segmenter) -> None:
    text = ("在全县经济工作会议上的讲话\n　　同志们，今天召开会议。"
            "全年引进5000万元以上项目18个，其中亿元以上项目6个。\n")
    assert _tags(text, segmenter)["全年引进5000万元以上项目18个，其中亿元以上项目6个。"] \
        == "achievement"
    plan = "某县2026年工作计划\n　　全年固定资产投资增长8%以上。\n"
    assert _tags(plan, segmenter)["全年固定资产投资增长8%以上。"] == "commitment"


def test_a_comparison_with_the_year_before_is_a_change_without_its_unit(
        segmenter: Segmenter) -> None:
    text = ("在全县经济工作会议上的讲话\n　　同志们，今天召开会议。"
            "全年招商引资到位资金8亿元，比上年增长12.4。\n")
    assert _tags(text, segmenter)["全年招商引资到位资金8亿元，比上年增长12.4。"] == "achievement"


def test_a_state_held_or_shown_in_the_perfective_is_a_result(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2025年工作回顾\n　　过去一年，全县上下团结奋斗，"
            "保持了经济持续增长，呈现出稳中向好的良好局面。\n")
    assert _tags(text, segmenter)[
        "过去一年，全县上下团结奋斗，保持了经济持续增长，呈现出稳中向好的良好局面。"] == "achievement"


def test_an_aim_clause_then_a_must_lays_down_work_ahead(segmenter: Segmenter) -> None:
    text = "某省政府工作报告\n　　实现上述目标，必须坚持稳中求进，着力扩大内需，稳定经济增长。\n"
    assert _tags(text, segmenter)["实现上述目标，必须坚持稳中求进，着力扩大内需，稳定经济增长。"] \
        == "commitment"
    review = "某县2025年工作总结\n　　为完成全年目标任务，我们狠抓项目建设，新开工项目32个。\n"
    assert _tags(review, segmenter).get(
        "为完成全年目标任务，我们狠抓项目建设，新开工项目32个。") != "commitment"


def test_a_plan_naming_itself_at_the_end_of_its_purpose_clause_is_its_lead_in(
        segmenter: Segmenter) -> None:
    text = ("某镇2026年目标工作计划\n　　为了推动我镇经济社会持续健康发展，结合我镇实际情况，"
            "特制定本工作计划。\n　　一、全年完成固定资产投资5亿元以上。\n")
    tags = _tags(text, segmenter)
    assert "为了推动我镇经济社会持续健康发展，结合我镇实际情况，特制定本工作计划。" not in tags
    assert tags["一、全年完成固定资产投资5亿元以上。"] == "commitment"
    notice = ("某县人民政府关于分解落实政府工作报告任务的通知\n　　经研究，现将2025年政府工作报告"
              "确定的主要任务予以分解印发。各单位要细化措施，确保按期完成。\n")
    tags = _tags(notice, segmenter)
    assert "经研究，现将2025年政府工作报告确定的主要任务予以分解印发。" not in tags
    assert tags["各单位要细化措施，确保按期完成。"] == "commitment"
    review = ("某省政府工作报告\n一、2025年工作回顾\n　　制定实施钢铁、石化等重点产业提质升级方案。\n")
    assert "制定实施钢铁、石化等重点产业提质升级方案。" in _tags(review, segmenter)


def test_the_imperative_of_a_task_list_aims_at_its_result_words(segmenter: Segmenter) -> None:
    """Outside any part, clauses that open on verbs directing work, with no mark of work
    done and no figure reached, undertake: 稳中向好 and 持续改善 there are aims."""
    text = ("某省政府工作报告\n　　着力稳定大宗消费，持续改善日常消费，大力拓展服务消费新空间，"
            "巩固经济稳中向好态势。\n")
    assert _tags(text, segmenter)[
        "着力稳定大宗消费，持续改善日常消费，大力拓展服务消费新空间，巩固经济稳中向好态势。"] \
        == "commitment"
    done = ("某省政府工作报告\n　　我们着力稳定大宗消费，持续改善日常消费，"
            "社会消费品零售总额增长5.2%。\n")
    assert _tags(done, segmenter)[
        "我们着力稳定大宗消费，持续改善日常消费，社会消费品零售总额增长5.2%。"] == "achievement"


def test_a_claim_in_its_general_form_is_a_result_its_denial_is_not(
        segmenter: Segmenter) -> None:
    """Completion adverbs, a result received, a good start: the general forms of the
    run-in claims (docs/tags.md); "没有得到有效解决" denies the result."""
    text = ("某县2025年工作总结\n一、主要工作\n　　农村饮水安全巩固提升工程基本完成。"
            "群众反映的停车难问题得到有效解决。全年经济开局良好。\n")
    tags = _tags(text, segmenter)
    assert tags["农村饮水安全巩固提升工程基本完成。"] == "achievement"
    assert tags["群众反映的停车难问题得到有效解决。"] == "achievement"
    assert tags["全年经济开局良好。"] == "achievement"
    denied = ("某县2025年工作总结\n一、主要工作\n　　群众反映的停车难问题没有得到有效解决。\n")
    assert _tags(denied, segmenter).get("群众反映的停车难问题没有得到有效解决。") != "achievement"


def test_a_rectification_report_is_a_review_and_done_is_done(segmenter: Segmenter) -> None:
    """"关于…整改情况的报告" reports work done; 已 on a completive verb reports a result."""
    text = ("关于巡察反馈意见整改情况的报告\n"
            "　　针对项目推进缓慢的问题，建立了周调度机制，3个滞后项目已全部开工。"
            "个别整改事项成效还不够明显。\n"
            "　　我们将持续巩固整改成果，建立健全长效机制。\n")
    tags = _tags(text, segmenter)
    assert tags["针对项目推进缓慢的问题，建立了周调度机制，3个滞后项目已全部开工。"] == "achievement"
    assert tags["个别整改事项成效还不够明显。"] == "problem"
    assert tags["我们将持续巩固整改成果，建立健全长效机制。"] == "commitment"


def test_an_announcement_of_the_work_ahead_opens_the_plan_part(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n重点做好六方面工作。\n"
            "（一）聚焦扩大内需，增强经济增长动力。坚持惠民生和促消费紧密结合，促进投资和消费良性互动。\n")
    tags = _tags(text, segmenter)
    assert tags["重点做好六方面工作。"] == "commitment"
    assert tags["坚持惠民生和促消费紧密结合，促进投资和消费良性互动。"] == "commitment"
    review = ("某县2025年工作总结\n　　今年重点抓好了五个方面工作。\n"
              "　　坚持惠民生和促消费紧密结合，促进投资和消费良性互动。\n")
    assert _tags(review, segmenter).get("坚持惠民生和促消费紧密结合，促进投资和消费良性互动。") \
        != "commitment"


def test_what_zhengqu_brought_is_obtained_a_share_of_the_target_is_reached(
        segmenter: Segmenter) -> None:
    """争取 with an amount and nothing ahead reports funds obtained; with a level or a
    future it still strives. A share of the year's target reached is a result."""
    review = ("某县2025年工作总结\n一、主要工作\n　　争取中央预算内投资和专项债券资金12.5亿元。"
              "农民人均林业收入645元，占年度目标任务的102%。\n")
    tags = _tags(review, segmenter)
    assert tags["争取中央预算内投资和专项债券资金12.5亿元。"] == "achievement"
    assert tags["农民人均林业收入645元，占年度目标任务的102%。"] == "achievement"
    plan = "某县2026年工作计划\n　　争取中央预算内投资和专项债券资金15亿元以上。\n"
    assert _tags(plan, segmenter)["争取中央预算内投资和专项债券资金15亿元以上。"] == "commitment"


def test_an_announcement_makes_the_titles_after_it_tasks(segmenter: Segmenter) -> None:
    """Session 8 round 2: a plan part with no plan heading (an excerpt) opens at its
    announcement; its titles written as sentences are tasks, a principle's label is not."""
    text = ("某省政府工作报告（节选）\n"
            "具体抓好六个方面重点工作。\n"
            "（一）壮大实体经济，推动高质量发展。坚持把发展经济的着力点放在实体经济上。\n"
            "提升制造业质效。实施制造业技术改造行动，推进园区标准化建设。\n"
            "激活消费主引擎。深入实施提振消费专项行动，优化消费环境。\n")
    tags = _tags(text, segmenter)
    assert tags["具体抓好六个方面重点工作。"] == "commitment"
    assert tags["（一）壮大实体经济，推动高质量发展。"] == "commitment"
    assert tags["提升制造业质效。"] == "commitment"
    assert tags["激活消费主引擎。"] == "commitment"


def test_a_heading_naming_the_plan_period_ahead_opens_the_plan_part(
        segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n"
            "三、全力推动“十五五”开好局、起好步\n"
            "　　深入实施科技创新行动，加快建设省实验室体系。\n")
    tags = _tags(text, segmenter)
    assert tags["深入实施科技创新行动，加快建设省实验室体系。"] == "commitment"


def test_an_honour_a_rank_a_first_is_a_result(segmenter: Segmenter) -> None:
    text = ("某市政府工作报告\n一、2025年工作回顾\n"
            "　　加强文化建设。市歌舞剧院新剧主要演员获全国表演奖。"
            "市女足首夺全省联赛冠军。某开发区成为首批国家级创新示范园区。"
            "食品安全考核排全省前列。全市连续20年无重大森林火灾。\n")
    tags = _tags(text, segmenter)
    assert tags["市歌舞剧院新剧主要演员获全国表演奖。"] == "achievement"
    assert tags["市女足首夺全省联赛冠军。"] == "achievement"
    assert tags["某开发区成为首批国家级创新示范园区。"] == "achievement"
    assert tags["食品安全考核排全省前列。"] == "achievement"
    assert tags["全市连续20年无重大森林火灾。"] == "achievement"


def test_work_made_counted_by_what_it_made_is_a_result_in_a_review(
        segmenter: Segmenter) -> None:
    review = ("某市政府工作报告\n一、2025年工作回顾\n"
              "　　改善城市环境。改造老旧燃气管道98.6公里。植树造林47万亩。"
              "盘活闲置资产10.8亿元。\n")
    tags = _tags(review, segmenter)
    assert tags["改造老旧燃气管道98.6公里。"] == "achievement"
    assert tags["植树造林47万亩。"] == "achievement"
    assert tags["盘活闲置资产10.8亿元。"] == "achievement"
    plan = ("某市政府工作报告\n一、2025年工作回顾\n　　城市更新有序推进。\n"
            "二、2026年工作安排\n"
            "　　改善城市环境。改造老旧燃气管道98.6公里。\n")
    assert _tags(plan, segmenter)["改造老旧燃气管道98.6公里。"] == "commitment"


def test_a_state_verb_closing_its_clause_is_a_result(segmenter: Segmenter) -> None:
    text = ("某区政府工作报告\n一、2025年工作回顾\n"
            "　　加强社会保障。长期护理保险覆盖范围进一步扩大。"
            "县级饮用水水源水质全部达标。重点地区债务规模有序压降。\n")
    tags = _tags(text, segmenter)
    assert tags["长期护理保险覆盖范围进一步扩大。"] == "achievement"
    assert tags["县级饮用水水源水质全部达标。"] == "achievement"
    assert tags["重点地区债务规模有序压降。"] == "achievement"


def test_a_run_in_naming_its_subject_claims_its_state(segmenter: Segmenter) -> None:
    review = ("某县政府工作报告\n一、2025年工作回顾\n"
              "——综合实力更强。全县地区生产总值增长6.2%。\n"
              "乡村振兴扎实有效。新建高标准农田2万亩。\n"
              "坚持系统治理，改善环境质量。开展河道清理整治行动。\n")
    tags = _tags(review, segmenter)
    assert tags["——综合实力更强。"] == "achievement"
    assert tags["乡村振兴扎实有效。"] == "achievement"
    assert "坚持系统治理，改善环境质量。" not in tags  # it names the work: a title


def test_a_line_labelled_a_problem_states_one(segmenter: Segmenter) -> None:
    text = ("某乡政务公开整改情况报告\n一、信息规范\n"
            "问题清单：部分文件无落款单位，格式不统一。\n"
            "整改情况：逐一核对栏目，补充落款单位。\n")
    tags = _tags(text, segmenter)
    assert tags["问题清单：部分文件无落款单位，格式不统一。"] == "problem"
    assert tags.get("整改情况：逐一核对栏目，补充落款单位。") != "problem"


def test_a_level_with_no_action_is_a_figure_in_a_review(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、2025年工作回顾\n"
            "　　推动城乡融合发展。常住人口城镇化率62%。经营主体860.5万户。"
            "牵头谋划储备重大项目126个，总投资480亿元。\n")
    tags = _tags(text, segmenter)
    assert tags["常住人口城镇化率62%。"] == "figure"
    assert tags["经营主体860.5万户。"] == "figure"
    assert tags.get("牵头谋划储备重大项目126个，总投资480亿元。") != "figure"  # an action


def test_the_year_characterised_and_the_credit_claim_nothing(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、2025年工作回顾\n"
            "　　刚刚过去的2025年很不平凡。主要做了以下工作。"
            "这些成绩的取得，根本在于党中央的坚强领导。\n")
    tags = _tags(text, segmenter)
    assert "刚刚过去的2025年很不平凡。" not in tags
    assert "主要做了以下工作。" not in tags
    assert "这些成绩的取得，根本在于党中央的坚强领导。" not in tags


def test_a_heading_that_admits_a_shortfall_is_a_problem_and_heads_problems(
        segmenter: Segmenter) -> None:
    text = ("某镇农村经济调研报告\n"
            "（一）农业生产力水平低下\n"
            "　　我镇农业总体上还是粗放生产，产业化经营尚处在初级阶段。\n"
            "（二）农村投入严重不足\n"
            "　　转移支付无法维持村级组织运转所需财力。\n")
    tags = _tags(text, segmenter)
    assert tags["（一）农业生产力水平低下"] == "problem"
    assert tags["（二）农村投入严重不足"] == "problem"
    assert tags["我镇农业总体上还是粗放生产，产业化经营尚处在初级阶段。"] == "problem"


def test_a_clause_closing_on_a_state_reached_is_a_result_in_a_review(segmenter: Segmenter
                                                                      ) -> None:
    """Session 8 round 3: the run-in's state close in its general form — the last clause
    names its subject and the state it is in or the standing it holds, at any length."""
    text = ("某省政府工作报告\n一、过去五年工作回顾\n"
            "　　各族群众守望相助，民族团结的良好局面更加巩固。"
            "工业继续挑大梁，新兴产业快速增长。"
            "垃圾分类工作连续三年全省第一。"
            "把农产品稳定供应摆在更加重要位置，以质取胜发展特色农业。\n")
    tags = _tags(text, segmenter)
    assert tags["各族群众守望相助，民族团结的良好局面更加巩固。"] == "achievement"
    assert tags["工业继续挑大梁，新兴产业快速增长。"] == "achievement"
    assert tags["垃圾分类工作连续三年全省第一。"] == "achievement"
    assert tags.get("把农产品稳定供应摆在更加重要位置，以质取胜发展特色农业。") != "achievement"


def test_a_list_a_lead_in_calls_targets_is_targets(segmenter: Segmenter) -> None:
    """However a target is worded (取得显著成效, 更加巩固), a ；-list after "…目标，即：" is
    undertaken; the same words in a review part report a result."""
    text = ("某区政府工作报告（节选）\n"
            "　　为此，规划纲要明确了今后五年发展目标，即：综合实力明显增强，产业基础更加巩固；"
            "城乡融合发展取得显著成效，生态环境更加优美。\n")
    tags = _tags(text, segmenter)
    assert tags["为此，规划纲要明确了今后五年发展目标，即：综合实力明显增强，产业基础更加巩固；"] == \
        "commitment"
    assert tags["城乡融合发展取得显著成效，生态环境更加优美。"] == "commitment"
    review = ("某区政府工作报告\n一、过去五年工作回顾\n"
              "　　五年来，城乡融合发展取得显著成效，生态环境更加优美。\n")
    assert _tags(review, segmenter)["五年来，城乡融合发展取得显著成效，生态环境更加优美。"] == \
        "achievement"


def test_an_excerpts_lone_part_heading_opens_the_plan_part(segmenter: Segmenter) -> None:
    """An excerpt (节选) cut before its 一、: "二、今后五年主要任务" on its own line opens
    the plan part, so its tasks are undertaken though they name 建成, 新增."""
    text = ("某省政府工作报告（节选）\n"
            "　　这五年，全省生态环境质量保持全国前列。\n"
            "二、今后五年主要任务\n"
            "　　加快铁路建设，建成一批高速公路，新增公路通车里程1500公里。\n")
    tags = _tags(text, segmenter)
    assert tags["加快铁路建设，建成一批高速公路，新增公路通车里程1500公里。"] == "commitment"
