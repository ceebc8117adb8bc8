"""How the kinds of 公文 the seventh part taught are read (docs/tags.md "What the seventh
part taught"): a communiqué's demands, judgements and proceedings, a plan's task headings and
targets paragraph, a research report's parts, a 述职's resolve, and the general forms of
results and requirements these documents use. Each text is a small hand-written fixture."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of as _tags


def test_a_year_in_chinese_numerals_dates_a_target(segmenter: Segmenter) -> None:
    text = ("某全会公报\n"
            "全会指出，改革的总目标是完善制度。到二〇三五年，全面建成高水平市场经济体制。\n")
    assert _tags(text, segmenter)["到二〇三五年，全面建成高水平市场经济体制。"] == "commitment"


def test_a_communique_s_judgement_reviews_and_its_proceedings_claim_nothing(
        segmenter: Segmenter) -> None:
    """全会强调 opens tasks; 一致认为 reads as a review (a state reached is a result);
    the proceedings, decisions on persons and the meeting's credit claim nothing."""
    text = ("某委员会全体会议公报\n"
            "全会充分肯定过去一年的工作。一致认为，一年来各项工作扎实推进，经济实现回升向好。\n"
            "全会强调，要坚定不移推进改革，持续改善民生。\n"
            "全会按照党章规定，决定递补张三为委员会委员。\n"
            "全会审议并通过了关于李四严重违纪违法问题的审查报告。\n")
    tags = _tags(text, segmenter)
    assert tags["一致认为，一年来各项工作扎实推进，经济实现回升向好。"] == "achievement"
    assert tags["全会强调，要坚定不移推进改革，持续改善民生。"] == "commitment"
    for said in ("全会充分肯定过去一年的工作。", "全会按照党章规定，决定递补张三为委员会委员。",
                 "全会审议并通过了关于李四严重违纪违法问题的审查报告。"):
        assert said not in tags


def test_a_communique_s_finding_on_a_past_year_reviews_its_paragraph(
        segmenter: Segmenter) -> None:
    """"全会指出，2023年…" in a 2024 communiqué opens the review of 2023: its actions are
    measures, not tasks; the demand after the meeting's analysis opens the tasks."""
    text = ("某纪委全体会议公报\n"
            "（2024年1月10日通过）\n"
            "全会指出，2023年是开局之年。纪检监察机关扎实开展主题教育，严管严治锻造队伍。\n"
            "全会分析了当前形势和任务，强调坚定不移实现全年目标任务。\n")
    tags = _tags(text, segmenter)
    assert tags["纪检监察机关扎实开展主题教育，严管严治锻造队伍。"] == "measure"
    assert tags["全会分析了当前形势和任务，强调坚定不移实现全年目标任务。"] == "commitment"


def test_a_plan_s_task_headings_and_targets_paragraph(segmenter: Segmenter) -> None:
    """In a 工作要点 a heading that opens on a verb of undertaking heads tasks (its numbered
    titles written as sentences are tasks), and a paragraph opening on 主要目标是： is
    targets to its end."""
    text = ("某校2021年度工作要点\n"
            "主要目标是：高考一段上线率85%以上。家长满意率市直前三，年度考核优秀。\n"
            "一、实施四大创新工作探索学校深化改革\n"
            "11.创新初升高招生和培养模式。要制定学校自主招生配套制度。\n"
            "借力各类教育协会，探索一体化培养办法。\n")
    tags = _tags(text, segmenter)
    assert tags["家长满意率市直前三，年度考核优秀。"] == "commitment"
    assert tags["11.创新初升高招生和培养模式。"] == "commitment"
    assert tags["借力各类教育协会，探索一体化培养办法。"] == "commitment"


def test_a_plan_naming_itself_as_drawn_up_is_its_lead_in(segmenter: Segmenter) -> None:
    text = ("某市教育事业发展规划\n"
            "为推动教育高质量发展，依据有关规划，制订本规划。\n"
            "二、主要任务\n"
            "全面推进教育数字化转型。\n")
    tags = _tags(text, segmenter)
    assert "为推动教育高质量发展，依据有关规划，制订本规划。" not in tags
    assert tags["全面推进教育数字化转型。"] == "commitment"


def test_a_research_report_describes_admits_and_proposes(segmenter: Segmenter) -> None:
    """调研报告: its 基本情况 describes (a level is a figure, not a measure), 现状及问题
    admits, 对策建议 proposes the work it lays down (承诺: docs/tags.md)."""
    text = ("某乡财政状况调研报告\n"
            "一、基本情况\n"
            "全乡地域面积108平方公里，共有35个行政村。\n"
            "二、现状及问题\n"
            "近年来政策性增支项目接连出台，出现了支出增幅超过收入增幅的现象。\n"
            "三、对策建议\n"
            "积极培植财源，严格控制一般性支出。\n")
    tags = _tags(text, segmenter)
    assert tags["全乡地域面积108平方公里，共有35个行政村。"] == "figure"
    assert tags["近年来政策性增支项目接连出台，出现了支出增幅超过收入增幅的现象。"] == "problem"
    assert tags["积极培植财源，严格控制一般性支出。"] == "commitment"


def test_a_shuzhi_s_resolve_and_numbered_requirements(segmenter: Segmenter) -> None:
    """A 述职's closing list: a numbered requirement, a requirement after its ground and
    the author's own resolve are commitments; a duty done well is a result."""
    text = ("2019年度述职报告\n"
            "一年来，当参谋、作助手，较好地履行了自己的岗位职责。\n"
            "2.要广泛联系群众，加强与师生沟通。\n"
            "人工智能已经上升为教育发展战略，要切实构建智慧教育链。\n"
            "我将诚恳接受评议意见，在今后的工作中切实予以改进。\n")
    tags = _tags(text, segmenter)
    assert tags["一年来，当参谋、作助手，较好地履行了自己的岗位职责。"] == "achievement"
    assert tags["2.要广泛联系群众，加强与师生沟通。"] == "commitment"
    assert tags["人工智能已经上升为教育发展战略，要切实构建智慧教育链。"] == "commitment"
    assert tags["我将诚恳接受评议意见，在今后的工作中切实予以改进。"] == "commitment"


def test_a_demand_quoted_in_a_review_is_no_task(segmenter: Segmenter) -> None:
    """A review reports what was said: "市长…指出，要…" there stays work done."""
    text = ("关于2021年审计问题整改情况的报告\n"
            "市长在常务会议上专题研究部署整改工作时指出，要高度重视审计发现的问题。\n")
    assert _tags(text, segmenter).get(
        "市长在常务会议上专题研究部署整改工作时指出，要高度重视审计发现的问题。") != "commitment"


def test_an_inspection_feedback_s_demands_on_the_unit(segmenter: Segmenter) -> None:
    """巡察反馈: the demands on the unit inspected, named as the subject, are tasks."""
    text = ("区委第三巡察组向区委办反馈巡察情况\n"
            "区委办要拿出抓铁有痕的劲头，增强整改主动性。\n"
            "全市教育工作者要深刻认识新使命，奋发有为。\n")
    tags = _tags(text, segmenter)
    assert tags["区委办要拿出抓铁有痕的劲头，增强整改主动性。"] == "commitment"
    assert tags["全市教育工作者要深刻认识新使命，奋发有为。"] == "commitment"


def test_results_curbed_formed_and_narrowed(segmenter: Segmenter) -> None:
    text = ("一、2022年工作回顾\n"
            "完善应急预案，有效遏制了传染性疾病的集聚性发展。\n"
            "一系列活动构成了德育课程体系。\n"
            "2022年收入比为2.026，缩小幅度0.055。\n"
            "全年实现搬迁1217人，可得满分。\n")
    tags = _tags(text, segmenter)
    for result in ("完善应急预案，有效遏制了传染性疾病的集聚性发展。", "一系列活动构成了德育课程体系。",
                   "2022年收入比为2.026，缩小幅度0.055。", "全年实现搬迁1217人，可得满分。"):
        assert tags[result] == "achievement", result


def test_a_key_year_closing_its_sentence_frames_one_going_on_demands(
        segmenter: Segmenter) -> None:
    text = ("某委员会全体会议公报\n"
            "全会强调，2024年是实现规划目标任务的关键一年。\n"
            "会议强调，今年是实现规划目标任务的关键一年，各党组要坚定信心，扎实工作。\n"
            "全会指出，学习贯彻全会精神是全党的一项重大政治任务。\n")
    tags = _tags(text, segmenter)
    assert "全会强调，2024年是实现规划目标任务的关键一年。" not in tags
    assert tags["会议强调，今年是实现规划目标任务的关键一年，各党组要坚定信心，扎实工作。"] == "commitment"
    assert "全会指出，学习贯彻全会精神是全党的一项重大政治任务。" not in tags


def test_a_definition_a_cut_fragment_and_problems_examined_claim_nothing(
        segmenter: Segmenter) -> None:
    """Framing (rule 6) in its general forms: a sentence that only says twice what something
    is, the first characters of a sentence the excerpt cut, problems examined as work (检视
    自身存在的问题 admits none); still-to-learn admits (还有许多…要…)."""
    text = ("某市2025年政府工作报告重点任务分解方案\n"
            "一、强化责任意识\n"
            "《政府工作报告》是市政府作出的庄严承诺，是全年工作的“军令状”。\n"
            "各单位要主动作为，狠抓落实。各……\n")
    tags = _tags(text, segmenter)
    assert "《政府工作报告》是市政府作出的庄严承诺，是全年工作的“军令状”。" not in tags
    assert "各……" not in tags
    assert tags["各单位要主动作为，狠抓落实。"] == "commitment"
    review = ("2019年度述职报告\n"
              "参加主题教育学习，检视自身存在的问题，明确整改措施。\n"
              "面对新要求，还有许多知识要学习，许多技能要掌握。\n")
    tags = _tags(review, segmenter)
    assert tags.get("参加主题教育学习，检视自身存在的问题，明确整改措施。") != "problem"
    assert tags["面对新要求，还有许多知识要学习，许多技能要掌握。"] == "problem"


def test_a_readout_s_meeting_held_is_its_occasion(segmenter: Segmenter) -> None:
    """A meeting told as held on its date opens a readout (会议纪要, news of a congress): no
    claim; the meeting's judgement, finding and demands after it are read as before."""
    text = ("县政府第12次常务会议纪要\n"
            "2024年5月10日，县长张三主持召开县政府第12次常务会议。\n"
            "会议认为，一季度全县经济运行总体平稳，主要指标稳中有进。\n"
            "会议要求，各乡镇、各部门要紧盯全年目标，加快项目建设进度。\n")
    tags = _tags(text, segmenter)
    assert "2024年5月10日，县长张三主持召开县政府第12次常务会议。" not in tags
    assert tags["会议认为，一季度全县经济运行总体平稳，主要指标稳中有进。"] == "achievement"
    assert tags["会议要求，各乡镇、各部门要紧盯全年目标，加快项目建设进度。"] == "commitment"
    plan = ("某县2024年工作要点\n"
            "一、加强组织领导\n"
            "5月10日前，召开全县项目建设推进大会。\n")
    assert _tags(plan, segmenter)["5月10日前，召开全县项目建设推进大会。"] == "commitment"
