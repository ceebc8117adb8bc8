"""How 公文 state a commitment or a problem (docs/tags.md), by the part of a report it
stands in: each principle on small sentences written for the test, in the part of a report
where it applies and, where the same words mean something else, in the part where they do
not."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of


def test_a_plans_run_in_title_is_a_task_a_reviews_is_not(segmenter: Segmenter) -> None:
    plan = ("某镇政府工作报告\n一、2025年工作安排\n"
            "1、全力抓好项目建设。全年实施重点项目50个，完成投资12亿元以上。\n"
            "2、继续改善农村人居环境。新建污水管网20公里。\n")
    tags = tags_of(plan, segmenter)
    assert tags["1、全力抓好项目建设。"] == "commitment"
    assert tags["2、继续改善农村人居环境。"] == "commitment"
    review = ("某镇政府工作报告\n一、2024年工作回顾\n"
              "1、全力抓好项目建设。全年新开工项目50个，完成投资12亿元。\n"
              "2、持续改善农村人居环境。新建污水管网20公里。\n")
    assert "1、全力抓好项目建设。" not in tags_of(review, segmenter)


def test_a_title_without_a_verb_of_undertaking_labels_its_part(segmenter: Segmenter) -> None:
    text = ("某县2025年重点工作任务分解方案\n"
            "一、责任到人，闭环管理。\n"
            "　　各牵头单位要细化工作措施，明确完成时限，每月报送工作进展。\n"
            "二、强化督查，动态调度。\n"
            "　　县政府督查室要定期调度重点任务进展情况，确保各项任务按期完成。\n")
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
    assert tags["今年以来，全镇完成固定资产投资3.2亿元，同比增长12%。"] == "achievement"
    assert tags["新的一年，我镇将进一步解放思想，扎实工作，推动全镇经济社会高质量发展。"] == "commitment"
    assert tags["为此，我们一定以更加务实的作风，为建设美丽乡镇而努力奋斗！"] == "commitment"


def test_a_deadline_with_a_modal_is_a_plan_争取_alone_is_not(segmenter: Segmenter) -> None:
    text = ("某镇上半年工作汇报\n一、上半年工作完成情况\n"
            "　　投资300万元，启动污水管网改造工程。9月底前，全镇5个社区都将接通污水管网。"
            "积极争取上级资金2000万元，用于农村道路改造。"
            "确保全年粮食产量稳定在5万吨以上。\n")
    tags = tags_of(text, segmenter)
    assert tags["9月底前，全镇5个社区都将接通污水管网。"] == "commitment"
    assert tags.get("积极争取上级资金2000万元，用于农村道路改造。") != "commitment"
    assert tags["确保全年粮食产量稳定在5万吨以上。"] == "commitment"


def test_a_result_with_a_deadline_ahead_is_aimed_at(segmenter: Segmenter) -> None:
    text = ("某市乡村建设行动实施方案\n"
            "　　今年年底前，各县要全面完成村庄规划编制，基本完成乡镇国土空间规划。\n")
    assert tags_of(text, segmenter)[
        "今年年底前，各县要全面完成村庄规划编制，基本完成乡镇国土空间规划。"] == "commitment"


def test_admissions_written_out_are_problems_in_a_review(segmenter: Segmenter) -> None:
    """A persisting state, a problem not changed, a shortfall word of its own: problems
    even in a review part, without a problems heading or an opening."""
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　全县地区生产总值增长6.1%。\n"
            "　　乡村振兴任务依然艰巨。\n"
            "　　县域经济总量小、实力弱的状况没有根本改变，产业结构不优。\n"
            "　　重点项目推进缓慢，投资增长乏力，民生领域还有不少短板。\n")
    tags = tags_of(text, segmenter)
    assert tags["乡村振兴任务依然艰巨。"] == "problem"
    assert tags["县域经济总量小、实力弱的状况没有根本改变，产业结构不优。"] == "problem"
    assert tags["重点项目推进缓慢，投资增长乏力，民生领域还有不少短板。"] == "problem"


def test_self_criticism_in_a_shuzhi_is_a_problem(segmenter: Segmenter) -> None:
    text = ("某局局长述职报告\n"
            "　　一年来，我带领全局干部职工完成了各项工作任务。"
            "有时没有充分听取基层意见，工作安排过急，给基层同志带来较大压力。\n"
            "三、坚持勤政务实，但存在调查研究不深的问题\n"
            "　　到基层调研的次数偏少，掌握情况不够全面。\n")
    tags = tags_of(text, segmenter)
    assert tags["有时没有充分听取基层意见，工作安排过急，给基层同志带来较大压力。"] == "problem"
    assert tags["三、坚持勤政务实，但存在调查研究不深的问题"] == "problem"


def test_a_problem_fought_is_not_admitted(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　开展作风建设年活动，切实解决办事效率不高、服务不到位等突出问题，"
            "群众满意度明显提升。\n")
    tags = tags_of(text, segmenter)
    assert tags["开展作风建设年活动，切实解决办事效率不高、服务不到位等突出问题，"
                "群众满意度明显提升。"] == "achievement"


def test_a_requirement_opened_by_the_author_stays_one(segmenter: Segmenter) -> None:
    """"我们要…" is a requirement like "要…": the problem it names is what the work is for."""
    text = ("某镇2025年工作计划\n"
            "　　我们要扎实做好信访稳定工作，当前矛盾隐患主要集中在土地纠纷等问题。\n")
    assert tags_of(text, segmenter)[
        "我们要扎实做好信访稳定工作，当前矛盾隐患主要集中在土地纠纷等问题。"] == "commitment"


def test_a_notice_handing_a_plan_down_claims_nothing_its_actions_are_tasks(
        segmenter: Segmenter) -> None:
    text = ("某县人民政府关于印发《某县农村人居环境整治实施方案》的通知\n"
            "各乡镇人民政府，县直各部门：\n"
            "　　《某县农村人居环境整治实施方案》已经县政府同意，现印发给你们，请认真组织实施。\n"
            "　　全面推行农村生活垃圾分类，加强农村生活污水治理。\n"
            "　　近日，省里下发《关于加强农村人居环境整治的意见》，明确了今后一个时期的重点任务。\n")
    tags = tags_of(text, segmenter)
    assert "《某县农村人居环境整治实施方案》已经县政府同意，现印发给你们，请认真组织实施。" not in tags
    assert tags["全面推行农村生活垃圾分类，加强农村生活污水治理。"] == "commitment"
    assert "近日，省里下发《关于加强农村人居环境整治的意见》，明确了今后一个时期的重点任务。" not in tags


def test_an_enumerated_requirement_is_one(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　全年完成财政收入3200万元，同比增长8%。"
            "一是要进一步加强干部队伍建设，提高服务能力。首先要抓好项目建设。\n")
    tags = tags_of(text, segmenter)
    assert tags["一是要进一步加强干部队伍建设，提高服务能力。"] == "commitment"
    assert tags["首先要抓好项目建设。"] == "commitment"


def test_a_difficulty_growing_is_admitted_one_faced_is_not(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n"
            "　　面对外部压力加大、内部困难增多的复杂形势，我们迎难而上，全县经济稳中有进。"
            "同时，经济下行压力加大，部分企业生产经营难度较大。"
            "个别干部存在慢作为、不作为现象。\n")
    tags = tags_of(text, segmenter)
    assert tags["面对外部压力加大、内部困难增多的复杂形势，我们迎难而上，全县经济稳中有进。"] == "achievement"
    assert tags["同时，经济下行压力加大，部分企业生产经营难度较大。"] == "problem"
    assert tags["个别干部存在慢作为、不作为现象。"] == "problem"


def test_the_authors_将_is_a_future_only_before_a_word_of_intent(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　我镇将全镇15个村纳入低保动态管理。"
            "我们将抓好项目建设，推动全镇经济持续发展。\n")
    tags = tags_of(text, segmenter)
    assert tags.get("我镇将全镇15个村纳入低保动态管理。") != "commitment"
    assert tags["我们将抓好项目建设，推动全镇经济持续发展。"] == "commitment"


def test_a_but_clause_opens_a_problems_paragraph(segmenter: Segmenter) -> None:
    """"…，但仍存在一些不足" opens the problems of a review paragraph like 在肯定成绩的同时;
    the resolve that closes it is undertaken."""
    text = ("某镇2024年工作总结\n一、主要工作\n"
            "　　全镇完成固定资产投资3.2亿元，同比增长12%。\n"
            "　　一年来，各项工作取得了一定成效，但仍存在一些不足。主要是产业结构单一，"
            "龙头企业带动作用发挥不够。对此，我们将认真研究，切实加以解决。\n")
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
    assert "（一）项目争取。" not in tags
    assert tags.get("全年争取中央预算内投资项目23个，资金6.8亿元。") != "commitment"
    assert tags["（一）稳定项目投资。"] == "commitment"
    assert tags["全年争取中央预算内投资5亿元以上。"] == "commitment"


def test_a_degree_is_no_resolve(segmenter: Segmenter) -> None:
    text = ("某镇2024年工作总结\n"
            "　　通过开展专项行动，我们一定程度上缓解了群众出行难。"
            "我们一定不辜负群众期望，努力完成各项任务。\n")
    tags = tags_of(text, segmenter)
    assert tags.get("通过开展专项行动，我们一定程度上缓解了群众出行难。") != "commitment"
    assert tags["我们一定不辜负群众期望，努力完成各项任务。"] == "commitment"


def test_a_task_heading_inside_a_review_part_names_work_done(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n"
            "一、2024年工作回顾\n"
            "（一）狠抓重点任务落实\n"
            "　　全年新开工重点项目48个，完成投资62亿元，同比增长9.5%。\n"
            "二、2025年重点任务\n"
            "　　全年新开工重点项目50个，完成投资65亿元以上。\n")
    tags = tags_of(text, segmenter)
    assert tags["全年新开工重点项目48个，完成投资62亿元，同比增长9.5%。"] == "achievement"
    assert tags["全年新开工重点项目50个，完成投资65亿元以上。"] == "commitment"


def test_a_plans_background_told_as_done_is_no_task(segmenter: Segmenter) -> None:
    text = ("某市农村人居环境整治实施方案\n"
            "　　近年来，我市加强农村环境基础设施建设，建立了长效管护机制。\n"
            "　　全面推行农村生活垃圾分类，加强农村生活污水治理。\n")
    tags = tags_of(text, segmenter)
    assert tags.get("近年来，我市加强农村环境基础设施建设，建立了长效管护机制。") != "commitment"
    assert tags["全面推行农村生活垃圾分类，加强农村生活污水治理。"] == "commitment"


def test_an_admission_in_a_plan_part_is_a_problem(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2024年工作回顾\n　　全县地区生产总值增长6.1%。\n"
            "二、2025年工作安排\n"
            "　　当前，经济下行压力加大，部分企业生产经营难度较大。"
            "针对产业链条短、带动能力不强等问题，着力培育龙头企业。\n")
    tags = tags_of(text, segmenter)
    assert tags["当前，经济下行压力加大，部分企业生产经营难度较大。"] == "problem"
    assert tags["针对产业链条短、带动能力不强等问题，着力培育龙头企业。"] == "commitment"
