"""How tense and aspect decide a tag (docs/tags.md, session 8): each principle on small
sentences written for the test, in the part of a report where it applies and, where the
same words mean something else, in the part where they do not."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of

# --- How tense and aspect decide (docs/tags.md, session 8) ---------------------------------


def test_a_size_class_is_no_target_the_level_of_a_target_closes_its_clause(
        segmenter: Segmenter) -> None:
    text = ("在全县经济工作会议上的讲话\n　　同志们，今天召开会议。"
            "全年引进5000万元以上项目18个，其中亿元以上项目6个。\n")
    assert tags_of(text, segmenter)["全年引进5000万元以上项目18个，其中亿元以上项目6个。"] \
        == "achievement"
    plan = "某县2026年工作计划\n　　全年固定资产投资增长8%以上。\n"
    assert tags_of(plan, segmenter)["全年固定资产投资增长8%以上。"] == "commitment"


def test_a_comparison_with_the_year_before_is_a_change_without_its_unit(
        segmenter: Segmenter) -> None:
    text = ("在全县经济工作会议上的讲话\n　　同志们，今天召开会议。"
            "全年招商引资到位资金8亿元，比上年增长12.4。\n")
    assert tags_of(text, segmenter)["全年招商引资到位资金8亿元，比上年增长12.4。"] == "achievement"


def test_a_state_held_or_shown_in_the_perfective_is_a_result(segmenter: Segmenter) -> None:
    text = ("某县政府工作报告\n一、2025年工作回顾\n　　过去一年，全县上下团结奋斗，"
            "保持了经济持续增长，呈现出稳中向好的良好局面。\n")
    assert tags_of(text, segmenter)[
        "过去一年，全县上下团结奋斗，保持了经济持续增长，呈现出稳中向好的良好局面。"] == "achievement"


def test_an_aim_clause_then_a_must_lays_down_work_ahead(segmenter: Segmenter) -> None:
    text = "某省政府工作报告\n　　实现上述目标，必须坚持稳中求进，着力扩大内需，稳定经济增长。\n"
    assert tags_of(text, segmenter)["实现上述目标，必须坚持稳中求进，着力扩大内需，稳定经济增长。"] \
        == "commitment"
    review = "某县2025年工作总结\n　　为完成全年目标任务，我们狠抓项目建设，新开工项目32个。\n"
    assert tags_of(review, segmenter).get(
        "为完成全年目标任务，我们狠抓项目建设，新开工项目32个。") != "commitment"


def test_a_plan_naming_itself_at_the_end_of_its_purpose_clause_is_its_lead_in(
        segmenter: Segmenter) -> None:
    text = ("某镇2026年目标工作计划\n　　为了推动我镇经济社会持续健康发展，结合我镇实际情况，"
            "特制定本工作计划。\n　　一、全年完成固定资产投资5亿元以上。\n")
    tags = tags_of(text, segmenter)
    assert "为了推动我镇经济社会持续健康发展，结合我镇实际情况，特制定本工作计划。" not in tags
    assert tags["一、全年完成固定资产投资5亿元以上。"] == "commitment"
    notice = ("某县人民政府关于分解落实政府工作报告任务的通知\n　　经研究，现将2025年政府工作报告"
              "确定的主要任务予以分解印发。各单位要细化措施，确保按期完成。\n")
    tags = tags_of(notice, segmenter)
    assert "经研究，现将2025年政府工作报告确定的主要任务予以分解印发。" not in tags
    assert tags["各单位要细化措施，确保按期完成。"] == "commitment"
    review = ("某省政府工作报告\n一、2025年工作回顾\n　　制定实施钢铁、石化等重点产业提质升级方案。\n")
    assert "制定实施钢铁、石化等重点产业提质升级方案。" in tags_of(review, segmenter)


def test_the_imperative_of_a_task_list_aims_at_its_result_words(segmenter: Segmenter) -> None:
    """Outside any part, clauses that open on verbs directing work, with no mark of work
    done and no figure reached, undertake: 稳中向好 and 持续改善 there are aims."""
    text = ("某省政府工作报告\n　　着力稳定大宗消费，持续改善日常消费，大力拓展服务消费新空间，"
            "巩固经济稳中向好态势。\n")
    assert tags_of(text, segmenter)[
        "着力稳定大宗消费，持续改善日常消费，大力拓展服务消费新空间，巩固经济稳中向好态势。"] \
        == "commitment"
    done = ("某省政府工作报告\n　　我们着力稳定大宗消费，持续改善日常消费，"
            "社会消费品零售总额增长5.2%。\n")
    assert tags_of(done, segmenter)[
        "我们着力稳定大宗消费，持续改善日常消费，社会消费品零售总额增长5.2%。"] == "achievement"


def test_a_claim_in_its_general_form_is_a_result_its_denial_is_not(
        segmenter: Segmenter) -> None:
    """Completion adverbs, a result received, a good start: the general forms of the
    run-in claims (docs/tags.md); "没有得到有效解决" denies the result."""
    text = ("某县2025年工作总结\n一、主要工作\n　　农村饮水安全巩固提升工程基本完成。"
            "群众反映的停车难问题得到有效解决。全年经济开局良好。\n")
    tags = tags_of(text, segmenter)
    assert tags["农村饮水安全巩固提升工程基本完成。"] == "achievement"
    assert tags["群众反映的停车难问题得到有效解决。"] == "achievement"
    assert tags["全年经济开局良好。"] == "achievement"
    denied = ("某县2025年工作总结\n一、主要工作\n　　群众反映的停车难问题没有得到有效解决。\n")
    assert tags_of(denied, segmenter).get("群众反映的停车难问题没有得到有效解决。") != "achievement"


def test_a_rectification_report_is_a_review_and_done_is_done(segmenter: Segmenter) -> None:
    """"关于…整改情况的报告" reports work done; 已 on a completive verb reports a result."""
    text = ("关于巡察反馈意见整改情况的报告\n"
            "　　针对项目推进缓慢的问题，建立了周调度机制，3个滞后项目已全部开工。"
            "个别整改事项成效还不够明显。\n"
            "　　我们将持续巩固整改成果，建立健全长效机制。\n")
    tags = tags_of(text, segmenter)
    assert tags["针对项目推进缓慢的问题，建立了周调度机制，3个滞后项目已全部开工。"] == "achievement"
    assert tags["个别整改事项成效还不够明显。"] == "problem"
    assert tags["我们将持续巩固整改成果，建立健全长效机制。"] == "commitment"


def test_an_announcement_of_the_work_ahead_opens_the_plan_part(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n重点做好六方面工作。\n"
            "（一）聚焦扩大内需，增强经济增长动力。坚持惠民生和促消费紧密结合，促进投资和消费良性互动。\n")
    tags = tags_of(text, segmenter)
    assert tags["重点做好六方面工作。"] == "commitment"
    assert tags["坚持惠民生和促消费紧密结合，促进投资和消费良性互动。"] == "commitment"
    review = ("某县2025年工作总结\n　　今年重点抓好了五个方面工作。\n"
              "　　坚持惠民生和促消费紧密结合，促进投资和消费良性互动。\n")
    assert tags_of(review, segmenter).get("坚持惠民生和促消费紧密结合，促进投资和消费良性互动。") \
        != "commitment"


def test_what_zhengqu_brought_is_obtained_a_share_of_the_target_is_reached(
        segmenter: Segmenter) -> None:
    """争取 with an amount and nothing ahead reports funds obtained; with a level or a
    future it still strives. A share of the year's target reached is a result."""
    review = ("某县2025年工作总结\n一、主要工作\n　　争取中央预算内投资和专项债券资金12.5亿元。"
              "农民人均林业收入645元，占年度目标任务的102%。\n")
    tags = tags_of(review, segmenter)
    assert tags["争取中央预算内投资和专项债券资金12.5亿元。"] == "achievement"
    assert tags["农民人均林业收入645元，占年度目标任务的102%。"] == "achievement"
    plan = "某县2026年工作计划\n　　争取中央预算内投资和专项债券资金15亿元以上。\n"
    assert tags_of(plan, segmenter)["争取中央预算内投资和专项债券资金15亿元以上。"] == "commitment"


def test_an_announcement_makes_the_titles_after_it_tasks(segmenter: Segmenter) -> None:
    """Session 8 round 2: a plan part with no plan heading (an excerpt) opens at its
    announcement; its titles written as sentences are tasks, a principle's label is not."""
    text = ("某省政府工作报告（节选）\n"
            "具体抓好六个方面重点工作。\n"
            "（一）壮大实体经济，推动高质量发展。坚持把发展经济的着力点放在实体经济上。\n"
            "提升制造业质效。实施制造业技术改造行动，推进园区标准化建设。\n"
            "激活消费主引擎。深入实施提振消费专项行动，优化消费环境。\n")
    tags = tags_of(text, segmenter)
    assert tags["具体抓好六个方面重点工作。"] == "commitment"
    assert tags["（一）壮大实体经济，推动高质量发展。"] == "commitment"
    assert tags["提升制造业质效。"] == "commitment"
    assert tags["激活消费主引擎。"] == "commitment"


def test_a_heading_naming_the_plan_period_ahead_opens_the_plan_part(
        segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n"
            "三、全力推动“十五五”开好局、起好步\n"
            "　　深入实施科技创新行动，加快建设省实验室体系。\n")
    tags = tags_of(text, segmenter)
    assert tags["深入实施科技创新行动，加快建设省实验室体系。"] == "commitment"


def test_an_honour_a_rank_a_first_is_a_result(segmenter: Segmenter) -> None:
    text = ("某市政府工作报告\n一、2025年工作回顾\n"
            "　　加强文化建设。市歌舞剧院新剧主要演员获全国表演奖。"
            "市女足首夺全省联赛冠军。某开发区成为首批国家级创新示范园区。"
            "食品安全考核排全省前列。全市连续20年无重大森林火灾。\n")
    tags = tags_of(text, segmenter)
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
    tags = tags_of(review, segmenter)
    assert tags["改造老旧燃气管道98.6公里。"] == "achievement"
    assert tags["植树造林47万亩。"] == "achievement"
    assert tags["盘活闲置资产10.8亿元。"] == "achievement"
    plan = ("某市政府工作报告\n一、2025年工作回顾\n　　城市更新有序推进。\n"
            "二、2026年工作安排\n"
            "　　改善城市环境。改造老旧燃气管道98.6公里。\n")
    assert tags_of(plan, segmenter)["改造老旧燃气管道98.6公里。"] == "commitment"


def test_a_state_verb_closing_its_clause_is_a_result(segmenter: Segmenter) -> None:
    text = ("某区政府工作报告\n一、2025年工作回顾\n"
            "　　加强社会保障。长期护理保险覆盖范围进一步扩大。"
            "县级饮用水水源水质全部达标。重点地区债务规模有序压降。\n")
    tags = tags_of(text, segmenter)
    assert tags["长期护理保险覆盖范围进一步扩大。"] == "achievement"
    assert tags["县级饮用水水源水质全部达标。"] == "achievement"
    assert tags["重点地区债务规模有序压降。"] == "achievement"


def test_a_run_in_naming_its_subject_claims_its_state(segmenter: Segmenter) -> None:
    review = ("某县政府工作报告\n一、2025年工作回顾\n"
              "——综合实力更强。全县地区生产总值增长6.2%。\n"
              "乡村振兴扎实有效。新建高标准农田2万亩。\n"
              "坚持系统治理，改善环境质量。开展河道清理整治行动。\n")
    tags = tags_of(review, segmenter)
    assert tags["——综合实力更强。"] == "achievement"
    assert tags["乡村振兴扎实有效。"] == "achievement"
    assert "坚持系统治理，改善环境质量。" not in tags  # it names the work: a title


def test_a_line_labelled_a_problem_states_one(segmenter: Segmenter) -> None:
    text = ("某乡政务公开整改情况报告\n一、信息规范\n"
            "问题清单：部分文件无落款单位，格式不统一。\n"
            "整改情况：逐一核对栏目，补充落款单位。\n")
    tags = tags_of(text, segmenter)
    assert tags["问题清单：部分文件无落款单位，格式不统一。"] == "problem"
    assert tags.get("整改情况：逐一核对栏目，补充落款单位。") != "problem"


def test_a_level_with_no_action_is_a_figure_in_a_review(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、2025年工作回顾\n"
            "　　推动城乡融合发展。常住人口城镇化率62%。经营主体860.5万户。"
            "牵头谋划储备重大项目126个，总投资480亿元。\n")
    tags = tags_of(text, segmenter)
    assert tags["常住人口城镇化率62%。"] == "figure"
    assert tags["经营主体860.5万户。"] == "figure"
    assert tags.get("牵头谋划储备重大项目126个，总投资480亿元。") != "figure"  # an action


def test_the_year_characterised_and_the_credit_claim_nothing(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、2025年工作回顾\n"
            "　　刚刚过去的2025年很不平凡。主要做了以下工作。"
            "这些成绩的取得，根本在于党中央的坚强领导。\n")
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
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
    tags = tags_of(text, segmenter)
    assert tags["为此，规划纲要明确了今后五年发展目标，即：综合实力明显增强，产业基础更加巩固；"] == \
        "commitment"
    assert tags["城乡融合发展取得显著成效，生态环境更加优美。"] == "commitment"
    review = ("某区政府工作报告\n一、过去五年工作回顾\n"
              "　　五年来，城乡融合发展取得显著成效，生态环境更加优美。\n")
    assert tags_of(review, segmenter)["五年来，城乡融合发展取得显著成效，生态环境更加优美。"] == \
        "achievement"


def test_an_excerpts_lone_part_heading_opens_the_plan_part(segmenter: Segmenter) -> None:
    """An excerpt (节选) cut before its 一、: "二、今后五年主要任务" on its own line opens
    the plan part, so its tasks are undertaken though they name 建成, 新增."""
    text = ("某省政府工作报告（节选）\n"
            "　　这五年，全省生态环境质量保持全国前列。\n"
            "二、今后五年主要任务\n"
            "　　加快铁路建设，建成一批高速公路，新增公路通车里程1500公里。\n")
    tags = tags_of(text, segmenter)
    assert tags["加快铁路建设，建成一批高速公路，新增公路通车里程1500公里。"] == "commitment"
