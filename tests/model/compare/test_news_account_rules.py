"""How a news account reports a plan (session 9, round 2, from the misses of heldback6),
each rule on sentences written for it: the fields a report is built around, the set it
proposes by an example and a count, the plan told before any heading, the aim a keynote
sentence closes on, a project list with its amounts, a manner fused with its verb; and two
ranking rules: a line named by its ends, a sentence restating the political frame (and the
pollution war named by its three battles in the short-name table)."""
from __future__ import annotations

from pathlib import Path

from model.compare import abbreviations as abbr
from model.compare.commitments import checkable, commitments
from model.compare.matching import routes
from model.compare.news_account import a_review_spans, reported_tasks
from model.compare.parts import part_outline, review_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report


def _report(tmp_path: Path, text: str) -> Report:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "r.txt")


def _quotes(tmp_path: Path, text: str, segmenter: Segmenter) -> list[str]:
    a = _report(tmp_path, text)
    return [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]


def _told(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in reported_tasks(sentence)]


def test_each_field_a_report_is_built_around_is_a_commitment() -> None:
    said = ("政府工作报告立足本省优势，围绕推进“五大产业集群”建设、扩大高水平开放、拉动投资消费、"
            "推进美丽乡村建设等任务，提出了切实可行的方案举措。")
    assert _told(said) == ["推进“五大产业集群”建设", "扩大高水平开放", "拉动投资消费", "推进美丽乡村建设"]
    focused = "某省将更加注重保障和改善民生，重点聚焦促进充分就业、建设教育体系和繁荣文体事业等多个方面。"
    assert _told(focused) == ["促进充分就业", "建设教育体系", "繁荣文体事业"]


def test_a_set_the_report_proposes_by_an_example_and_a_count_is_a_commitment() -> None:
    said = "报告进一步明确了今年的目标，提出了包括城市群大气环境整治等在内的十件民生实事。"
    assert _told(said) == ["提出了包括城市群大气环境整治等在内的十件民生实事"]


def test_a_sentence_without_a_list_or_a_set_names_nothing() -> None:
    assert _told("围绕高质量发展，提出了切实可行的方案举措。") == []
    assert _told("会议听取了关于扩大开放、促进消费等情况的汇报。") == []
    # a list of things, not of tasks: the sentence stays one commitment
    assert _told("聚焦集成电路、生物医药、人工智能等重点领域，实施产业链提升工程。") == []


def test_a_press_conference_s_fields_are_found_outside_the_review(
        tmp_path: Path, segmenter: Segmenter) -> None:
    text = ("某自治区2025年政府工作报告（节选）和新闻发布会解读\n\n一、2024年工作回顾\n\n"
            "全区粮食产量466亿斤，新增高标准农田434万亩。\n\n二、发布会：报告锚定新目标\n\n"
            "政府工作报告围绕推进“十大产业集群”建设、扩大高水平开放、拉动投资消费等任务，提出了方案举措。"
            "报告提出了包括大气环境整治等在内的十件民生实事。\n")
    quotes = _quotes(tmp_path, text, segmenter)
    for field in ("推进“十大产业集群”建设", "扩大高水平开放", "拉动投资消费"):
        assert field in quotes
    assert any("十件民生实事" in q for q in quotes)
    assert not any("粮食产量" in q for q in quotes)


PLAN_TOLD = """某省2025年政府工作报告（节选）

1月13日，某省人大会议开幕，省长作政府工作报告。坚持生态优先，协同推进降碳减污扩绿增长。

政府工作报告指出，2025年，某省将加强生态环境保护和修复。加强城镇绿化，实施国土绿化面积90万亩。深入开展江河湖泊保护治理，建成一批美丽河湖。

某市贯彻落实民生实事工作方案

一、工作目标

持续保障和改善民生。

二、工作任务

（一）促进重点群体就业。举办招聘活动500场以上。
"""


def test_the_plan_told_before_any_heading_is_no_review(tmp_path: Path,
                                                      segmenter: Segmenter) -> None:
    a = _report(tmp_path, PLAN_TOLD)
    outline = part_outline(a.text, detect_outline(a))
    assert review_spans(outline)  # what comes before the plan heading is taken for a review…
    assert a_review_spans(a.text, outline) == []  # …but it tells the planned year's will
    quotes = _quotes(tmp_path, PLAN_TOLD, segmenter)
    for task in ("协同推进降碳减污扩绿增长",
                 "实施国土绿化面积90万亩",  # a figure in the plan told is planned
                 "深入开展江河湖泊保护治理"):  # a manner fused with its verb (深入开展)
        assert any(task in q for q in quotes), task


def test_a_review_before_the_plan_heading_stays_the_review(tmp_path: Path) -> None:
    text = ("某市政府工作报告\n\n过去一年，全市生产总值增长5%，新增就业1.2万人。\n\n"
            "2025年重点工作\n\n加快建设现代化产业体系。\n")
    a = _report(tmp_path, text)
    outline = part_outline(a.text, detect_outline(a))
    assert a_review_spans(a.text, outline) == review_spans(outline) != []


def test_the_aim_a_keynote_sentence_closes_on_is_a_commitment(
        tmp_path: Path, segmenter: Segmenter) -> None:
    text = ("某省2025年政府工作报告（节选）\n\n二、2025年工作安排\n\n"
            "某省将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济持续回升向好，"
            "高质量完成“十四五”规划目标任务，为实现良好开局打牢基础。\n")
    quotes = _quotes(tmp_path, text, segmenter)
    assert "高质量完成“十四五”规划目标任务" in quotes
    assert not any("总基调" in q for q in quotes)


def test_a_project_list_is_one_commitment_with_its_amounts(
        tmp_path: Path, segmenter: Segmenter) -> None:
    text = ("某省2025年政府工作报告（节选）\n\n二、2025年工作安排\n\n"
            "确定2025年度省重点项目1550个，总投资4.3万亿元，年度计划投资7150亿元。\n")
    quotes = _quotes(tmp_path, text, segmenter)
    assert any(q.startswith("确定2025年度省重点项目1550个，总投资4.3万亿元，年度计划投资7150亿元")
               for q in quotes), quotes


def _top(tmp_path: Path, segmenter: Segmenter, idf: Idf, commitment: str, b_text: str) -> str:
    b = _report(tmp_path, b_text)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    [top, *_] = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    return top.passage.quote


def test_a_line_named_by_its_ends_is_named_by_their_first_characters(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    assert routes("新建温州至福州高铁、新建漳州至汕头高速铁路（福建段）") == {
        "温州至福州高铁": "温福高铁", "漳州至汕头高速铁路": "漳汕高铁"}
    b_text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n"
              "新建农村公路1200公里，新建和改造高标准农田71万亩。"
              "核电6号机组、温福高铁、沿海高速扩容工程等开工建设。\n")
    top = _top(tmp_path, segmenter, idf, "新建温州至福州高铁、新建城乡供水管网等", b_text)
    assert "温福高铁" in top


def test_a_sentence_restating_the_political_frame_reports_no_result(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b_text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n"
              "一年来，在省委坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，协同推进降碳减污"
              "扩绿增长，扎实推进绿色低碳发展，全力以赴稳增长、促改革、惠民生。"
              "绿色低碳转型步伐加快，降碳减污协同推进，绿电直连试点加快建设。\n")
    top = _top(tmp_path, segmenter, idf, "协同推进降碳减污扩绿增长", b_text)
    assert top.startswith("绿色低碳转型步伐加快")


def test_the_pollution_war_is_named_by_its_three_battles(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    table = abbr.load()
    assert abbr.named("持续深入推进蓝天碧水净土保卫战", table) == {"污染防治攻坚战"}
    assert abbr.named("污染防治攻坚战取得新成效", table) == {"污染防治攻坚战"}
    b_text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n"
              "基础设施等重大项目深入推进，清洁能源基地电力外送通道获国家支持。"
              "污染防治攻坚战取得新成效，燃煤锅炉超低排放改造加力推进。\n")
    top = _top(tmp_path, segmenter, idf, "持续深入推进蓝天碧水净土保卫战", b_text)
    assert top.startswith("污染防治攻坚战")


def test_a_meeting_s_demands_are_commitments(tmp_path: Path, segmenter: Segmenter) -> None:
    text = ("某自治区2025年政府工作报告：送审稿讨论通过\n\n"
            "1月8日，自治区主席主持召开全体会议，讨论通过《政府工作报告（送审稿）》。\n\n"
            "会议指出，今年是“十四五”规划收官之年。全区各级各部门要坚定信心、正视困难，全力实现各项目标任务。\n\n"
            "会议强调，要在扩大内需上真抓实干，实施提振消费专项行动，加快推进重大项目建设；"
            "要在深化改革开放上真抓实干，深化财税金融改革，持续扩大对内对外开放。\n")
    quotes = _quotes(tmp_path, text, segmenter)
    for demand in ("全力实现各项目标任务", "实施提振消费专项行动", "深化财税金融改革"):
        assert any(demand in q for q in quotes), demand
    assert not any(q.startswith("会议强调") for q in quotes)  # the attribution is cut off
    assert not any("讨论通过" in q for q in quotes)  # the meeting itself is no commitment


def test_the_event_a_news_account_reports_is_no_commitment() -> None:
    assert not checkable("1月8日，自治区主席主持召开全体会议，讨论通过《政府工作报告（送审稿）》。")
    assert not checkable("某自治区十四届人大三次会议13日在南宁开幕。")
    # the words said at the event are checked
    assert checkable("自治区主席在作政府工作报告时表示，2025年将筹措835亿元以上办好民生实事。")


def test_a_manner_and_a_plain_verb_are_no_subject(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    # 坚定不移抓投资: 坚定不移 says how and 抓 what is done, 投资 is what
    b_text = ("某区2026年政府工作报告\n\n一、2025年工作回顾\n\n"
              "我们坚定不移抓改革，坚定不移优环境，营商环境持续优化。"
              "固定资产投资增长4%，社会消费品零售总额增长4.3%。\n")
    top = _top(tmp_path, segmenter, idf, "坚定不移抓投资", b_text)
    assert top.startswith("固定资产投资增长4%")
