"""What the fifth blind part taught (docs/tags.md, session 9): each principle on small
sentences written for the test, in the part of a report where it applies and, where the
same words mean something else, where they do not."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of


def test_a_counted_requirement_is_a_task(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n（三）办好民生实事。一要扩大就业容量。加强职业技能培训，"
            "开发公益性岗位。二要提升养老服务。完善居家养老服务网络。\n")
    tags = tags_of(text, segmenter)
    assert tags["一要扩大就业容量。"] == "commitment"
    assert tags["二要提升养老服务。"] == "commitment"
    assert tags["完善居家养老服务网络。"] == "commitment"


def test_word_order_tells_a_task_from_a_state(segmenter: Segmenter) -> None:
    plan = ("某省政府工作报告（节选）\n（五）更好统筹发展和安全。加强重点领域风险防范和化解。"
            "加紧补齐防洪排涝短板，不断提高防灾减灾救灾能力。保持社会和谐稳定。"
            "提高公共安全治理水平。\n")
    tags = tags_of(plan, segmenter)
    assert tags.get("加紧补齐防洪排涝短板，不断提高防灾减灾救灾能力。") != "achievement"
    assert tags.get("保持社会和谐稳定。") != "achievement"
    review = ("某县政府工作报告\n一、2025年工作回顾\n　　全年新增就业3200人。"
              "党风廉政建设全面加强。城市面貌持续更新。民生工作扎实推进。\n")
    tags = tags_of(review, segmenter)
    assert tags["党风廉政建设全面加强。"] == "achievement"
    assert tags["城市面貌持续更新。"] == "achievement"
    assert tags.get("民生工作扎实推进。") != "achievement"  # work still going: no state


def test_a_paragraph_mostly_of_undertakings_is_a_plan_paragraph(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n（七）兜牢民生底线。一要实施稳岗扩容工程。"
            "开展职业技能培训40万人次，新建就业服务站500个。加强新就业群体权益保障。"
            "二要实施医疗服务提升工程。加强慢性病综合防控。三要实施养老服务优化工程。"
            "完善县乡村三级养老服务网络。四要实施人居环境改善工程。加快老旧小区改造。\n")
    tags = tags_of(text, segmenter)
    assert tags["开展职业技能培训40万人次，新建就业服务站500个。"] == "commitment"
    assert tags["加强慢性病综合防控。"] == "commitment"
    review = ("某县2025年工作总结\n　　全年城镇新增就业3200人。新建就业服务站12个。"
              "完成营造林3.4万亩。\n")
    assert tags_of(review, segmenter)["新建就业服务站12个。"] == "achievement"


def test_an_event_told_as_done_is_a_result(segmenter: Segmenter) -> None:
    text = ("某区政府工作报告\n一、2025年工作回顾\n　　这一年，建区60周年庆祝活动隆重举行。"
            "成功举办第二届民族团结论坛。人民医院新院区正式开诊。湘河水利枢纽投入使用。"
            "边境乡镇驻地全部通达5G和千兆光网。粮食生产再获丰收。"
            "银行业不良贷款率保持全国最低。消费品以旧换新销售额超30亿元。"
            "农牧民转移就业6.6万人，实现劳务收入7.5亿元。\n")
    tags = tags_of(text, segmenter)
    for quote in ("这一年，建区60周年庆祝活动隆重举行。", "成功举办第二届民族团结论坛。",
                  "人民医院新院区正式开诊。", "湘河水利枢纽投入使用。",
                  "边境乡镇驻地全部通达5G和千兆光网。", "粮食生产再获丰收。",
                  "银行业不良贷款率保持全国最低。", "消费品以旧换新销售额超30亿元。",
                  "农牧民转移就业6.6万人，实现劳务收入7.5亿元。"):
        assert tags[quote] == "achievement", quote
    plan = ("某区2026年工作计划\n一、重点任务\n　　办好第三届民族团结论坛，以优异成绩迎接"
            "党代会胜利召开。力争实现劳务收入8亿元。\n")
    tags = tags_of(plan, segmenter)
    assert tags["办好第三届民族团结论坛，以优异成绩迎接党代会胜利召开。"] == "commitment"
    assert tags["力争实现劳务收入8亿元。"] == "commitment"


def test_a_target_is_a_target_wherever_it_stands(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n附件\n2026年民生实事\n"
            "1.实现城镇新增就业18万人以上，开展职业技能培训40万人次（牵头单位：人社厅）。\n"
            "2.发放租赁补贴1.6万户以上（牵头单位：住建厅）。\n")
    tags = tags_of(text, segmenter)
    assert {quote[:8]: tag for quote, tag in tags.items()} == {
        "1.实现城镇新增": "commitment", "2.发放租赁补贴": "commitment"}


def test_a_lead_title_closing_on_a_state_reached_is_a_result(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n——经济保持平稳增长。\n"
            "　　全省生产总值增长5.2%。\n")
    assert tags_of(text, segmenter)["——经济保持平稳增长。"] == "achievement"
    plan = ("某省政府工作报告\n二、2026年重点工作任务\n——经济保持平稳增长。\n"
            "　　全省生产总值增长5%左右。\n")
    assert tags_of(plan, segmenter).get("——经济保持平稳增长。") != "achievement"


def test_a_figure_short_of_its_target_is_a_problem(segmenter: Segmenter) -> None:
    text = ("某区2023年上半年工作总结\n一、主要目标完成情况\n"
            "　　上半年全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点；"
            "一般公共预算收入完成21.9亿元，同比增长8.3%。"
            "地区生产总值增速未达到预期目标。经督查核实，欠进度的有17个。\n")
    tags = tags_of(text, segmenter)
    assert tags["上半年全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点；"] == "problem"
    assert tags["一般公共预算收入完成21.9亿元，同比增长8.3%。"] == "achievement"
    assert tags["地区生产总值增速未达到预期目标。"] == "problem"
    assert tags["经督查核实，欠进度的有17个。"] == "problem"
    plan = "某区2024年工作计划\n一、工作安排\n　　对未完成年度目标的单位，要限期整改。\n"
    assert tags_of(plan, segmenter).get("对未完成年度目标的单位，要限期整改。") != "problem"


def test_a_numbered_title_run_into_a_plan_paragraph_is_a_task(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告（节选）\n（六）繁荣发展社会主义文化，建设文化强省。"
            "一要弘扬社会主义核心价值观。加强理论学习和宣传教育。二要强化文化遗产保护利用。"
            "推进文化遗产活化利用。\n")
    assert tags_of(text, segmenter)["（六）繁荣发展社会主义文化，建设文化强省。"] == "commitment"
    review = ("某省政府工作报告（节选）\n（八）加强环境污染防治，保护好山山水水。"
              "全省空气质量优良天数比例达到95.2%。地表水国控断面水质优良比例提高到98%。\n")
    tags = tags_of(review, segmenter)
    assert "（八）加强环境污染防治，保护好山山水水。" not in tags
    assert tags["全省空气质量优良天数比例达到95.2%。"] == "achievement"


def test_a_first_a_standing_and_a_harm_avoided_are_results(segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n一、“十四五”时期工作回顾\n　　率先实现磷石膏产消动态平衡。"
            "单位地区生产总值能耗降低完成国家下达目标。公众生态环境满意度连续9年高于全国平均水平。"
            "全年未发生重大安全生产事故。\n")
    tags = tags_of(text, segmenter)
    for quote in ("率先实现磷石膏产消动态平衡。", "单位地区生产总值能耗降低完成国家下达目标。",
                  "公众生态环境满意度连续9年高于全国平均水平。", "全年未发生重大安全生产事故。"):
        assert tags[quote] == "achievement", quote
    plan = "某县2026年工作计划\n一、工作安排\n　　确保全年不发生重大安全生产事故。\n"
    assert tags_of(plan, segmenter)["确保全年不发生重大安全生产事故。"] == "commitment"


def test_the_period_its_demands_and_the_targets_explained_are_framing(
        segmenter: Segmenter) -> None:
    text = ("某省政府工作报告\n二、“十五五”时期主要目标任务\n　　“十五五”时期，是基本实现社会主义"
            "现代化夯实基础、全面发力的关键时期，意义重大。这些目标充分考虑了发展需要和现实可能。"
            "新形势新任务，对政府工作提出了新的更高要求。全省生产总值年均增长5%左右。\n")
    tags = tags_of(text, segmenter)
    assert "这些目标充分考虑了发展需要和现实可能。" not in tags
    assert "新形势新任务，对政府工作提出了新的更高要求。" not in tags
    assert tags["全省生产总值年均增长5%左右。"] == "commitment"


def test_a_line_naming_who_leads_is_no_task(segmenter: Segmenter) -> None:
    text = ("某县2025年政府工作报告重点任务分工方案\n一、2025年主要预期目标\n"
            "　　地区生产总值增长6%左右。（牵头单位：县发展和改革局）\n")
    tags = tags_of(text, segmenter)
    assert "（牵头单位：县发展和改革局）" not in tags
    assert tags["地区生产总值增长6%左右。"] == "commitment"


# What the sixth blind part taught (docs/tags.md, session 9 round 2)

def test_a_plan_documents_parts_are_plan_parts(segmenter: Segmenter) -> None:
    plan = ("某中学2027年卫生工作计划\n一、工作目标\n确保全年不发生食物中毒事件。\n"
            "二、主要工作\n（一）加强食堂管理。\n1．落实晨检制度。\n"
            "每天对从业人员进行晨检，做好登记。\n2．健全采购台账。\n"
            "食材采购一律索证索票，及时归档。\n")
    tags = tags_of(plan, segmenter)
    assert tags["每天对从业人员进行晨检，做好登记。"] == "commitment"
    assert tags["食材采购一律索证索票，及时归档。"] == "commitment"
    # the same part in a review reports the work done
    review = ("某中学2026年卫生工作总结\n一、主要工作\n（一）加强食堂管理。\n"
              "每天对从业人员进行晨检，做好登记。食材采购一律索证索票，及时归档。\n")
    tags = tags_of(review, segmenter)
    assert tags.get("每天对从业人员进行晨检，做好登记。") != "commitment"
    assert tags.get("食材采购一律索证索票，及时归档。") != "commitment"


def test_a_communiques_demand_opens_its_tasks(segmenter: Segmenter) -> None:
    text = ("某市纪委第三次全体会议公报\n"
            "　　全会指出，过去一年，全市纪检监察机关深化政治监督，查处违纪案件120件。\n"
            "　　全会强调，做好今年工作，要坚持严的基调不动摇。\n"
            "　　第一，强化政治监督。紧盯关键少数，加强对一把手的监督。"
            "探索建立行贿人黑名单制度。\n"
            "　　第二，深化作风建设。密切关注四风问题新动向，推动整治常态化。\n")
    tags = tags_of(text, segmenter)
    assert tags["紧盯关键少数，加强对一把手的监督。"] == "commitment"
    assert tags["探索建立行贿人黑名单制度。"] == "commitment"
    assert tags["密切关注四风问题新动向，推动整治常态化。"] == "commitment"
    assert tags.get("全会指出，过去一年，全市纪检监察机关深化政治监督，查处违纪案件120件。") \
        != "commitment"


def test_a_reports_points_are_no_plan_and_its_headlines_head_parts(
        segmenter: Segmenter) -> None:
    text = ("2027年某省政府工作报告要点\n"
            "一年来着力抓好民生保障\n"
            "省长在政府工作报告中介绍，一年来，着力抓好民生保障。\n"
            "实施职工医保门诊统筹。提高优抚标准。强化困难群众兜底保障。\n"
            "今年发展主要预期目标\n"
            "省长在政府工作报告中提出，今年全省地区生产总值增长5%左右。\n")
    tags = tags_of(text, segmenter)
    assert tags.get("提高优抚标准。") != "commitment"
    assert tags.get("强化困难群众兜底保障。") != "commitment"
    assert tags["省长在政府工作报告中提出，今年全省地区生产总值增长5%左右。"] == "commitment"


def test_a_part_heading_the_outline_missed_ends_the_part_before(segmenter: Segmenter) -> None:
    text = ("某市第九次党代会报告（节选）\n一、过去五年的主要工作\n"
            "这五年，全市经济总量突破千亿元。\n……\n"
            "三、今后五年的总体要求和主要任务\n"
            "1.着力推动创新驱动发展。统筹推进人才、科技工作，建设一批新型研发机构。"
            "深入实施人才引进计划。\n")
    tags = tags_of(text, segmenter)
    assert tags["统筹推进人才、科技工作，建设一批新型研发机构。"] == "commitment"
    assert tags["深入实施人才引进计划。"] == "commitment"


def test_a_lists_entries_closing_on_semicolons_are_its_sentences(segmenter: Segmenter) -> None:
    text = ("某局副局长2026年度述职报告\n一、主要工作\n全年组织业务培训6场。\n"
            "二、存在不足与改进方向\n（一）存在不足\n"
            "1.业务培训的针对性有待提升，部分培训内容与实际工作结合不够紧密；\n"
            "2.基层调研的频次仍需提高，个别乡镇一年未到；\n"
            "（二）改进方向\n"
            "1.优化培训内容，围绕基层需求设置专题课程；\n"
            "2.建立常态化调研机制，每季度走访各乡镇不少于一次。\n")
    tags = tags_of(text, segmenter)
    assert tags["1.业务培训的针对性有待提升，部分培训内容与实际工作结合不够紧密；"] == "problem"
    assert tags["2.基层调研的频次仍需提高，个别乡镇一年未到；"] == "problem"
    assert tags["1.优化培训内容，围绕基层需求设置专题课程；"] == "commitment"


def test_a_standing_a_designation_an_opening_are_results(segmenter: Segmenter) -> None:
    text = ("某区政府工作报告\n一、2025年工作回顾\n"
            "金融业规模领跑全市。古街片区正式开放，成为国家级旅游休闲街区。"
            "税收亿元楼宇达32栋，获全国楼宇经济标杆城区第9强。\n")
    tags = tags_of(text, segmenter)
    assert tags["金融业规模领跑全市。"] == "achievement"
    assert tags["古街片区正式开放，成为国家级旅游休闲街区。"] == "achievement"
    assert tags["税收亿元楼宇达32栋，获全国楼宇经济标杆城区第9强。"] == "achievement"


def test_a_lead_title_telling_a_quality_gained_is_a_result(segmenter: Segmenter) -> None:
    review = ("某区政府工作报告\n一、2025年工作回顾\n"
              "——先进制造业集聚区更具活力。全年新增规上工业企业21家。\n"
              "——营商环境再上新台阶。企业开办时间压缩至1个工作日。\n")
    tags = tags_of(review, segmenter)
    assert tags["——先进制造业集聚区更具活力。"] == "achievement"
    assert tags["——营商环境再上新台阶。"] == "achievement"
    plan = ("某区政府工作报告\n二、2026年工作安排\n"
            "——先进制造业集聚区更具活力。新增规上工业企业20家以上。\n")
    assert tags_of(plan, segmenter).get("——先进制造业集聚区更具活力。") != "achievement"


def test_a_task_completed_and_a_sound_course_are_results(segmenter: Segmenter) -> None:
    review = ("某镇2025年工作总结\n一、主要工作\n"
              "积极推行农村医疗保险，完成医保费征缴任务。县里高度重视中学建设，校舍工程健康发展。\n")
    tags = tags_of(review, segmenter)
    assert tags["积极推行农村医疗保险，完成医保费征缴任务。"] == "achievement"
    assert tags["县里高度重视中学建设，校舍工程健康发展。"] == "achievement"
    plan = ("某镇2026年工作计划\n一、主要任务\n"
            "按时完成医保费征缴任务。促进校舍工程健康发展。\n")
    tags = tags_of(plan, segmenter)
    assert tags.get("按时完成医保费征缴任务。") != "achievement"
    assert tags.get("促进校舍工程健康发展。") != "achievement"
    ahead = ("某局副局长2025年度述职报告\n一、主要工作\n全年组织培训6场。\n"
             "二、今后努力方向\n狠抓工作落实，确保完成全年目标任务。\n")
    assert tags_of(ahead, segmenter).get("狠抓工作落实，确保完成全年目标任务。") != "achievement"
