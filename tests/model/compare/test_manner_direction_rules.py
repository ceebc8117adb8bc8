"""How a plan says what to do without naming the thing, and how the summary reports the
thing (issue 16, session 11, match11): a manner phrase (综合施策) and a direction verb
(减少, 控制) are no subject; a rate told above a level in the review (预算执行率98%以上) is
the result, not a target of B's."""
from __future__ import annotations

from pathlib import Path

from model.compare.commitment_words import CommitmentWords, task_verb
from model.compare.evidence_pool import EvidencePool
from model.compare.figures import counts_other
from model.compare.matching import (
    BINDING_ENVIRONMENT,
    amounted,
    cohort_named,
    conferred,
    names_environment,
)
from model.compare.passages import Passage
from model.compare.proposals import YEAR_WILL_FRAME, Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report


def _report(tmp_path: Path, text: str) -> Report:
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "b.txt")


def _best(tmp_path: Path, segmenter: Segmenter, idf: Idf, text: str, task: str) -> str:
    b = _report(tmp_path, text)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    return evidence.candidates(Passage(0, len(task), task, ()), 3)[0].passage.quote


class _Words(CommitmentWords):
    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter


def test_a_manner_phrase_is_one_word_and_no_subject(tmp_path: Path, segmenter: Segmenter,
                                                     idf: Idf) -> None:
    """综合施策，有效控制学生近视率: jieba cuts 综合 + 施策, and 综合 took the subject's place,
    so a sentence on 综合实践活动 outranked the one on 近视 (heldback7)."""
    assert task_verb("综合施策") and task_verb("多措并举") and not task_verb("综合实践")
    words = [t.word for t in _Words(segmenter)._tokens("综合施策，有效控制学生近视率")]
    assert words[0] == "综合施策"
    best = _best(tmp_path, segmenter, idf, """2019年度述职报告
一、主要工作
一年来，我扩大了知识总量，指导的学生研究性学习成果入选全省学生综合实践活动优秀成果。
组织学生全身体检，做好近视眼等常见病的防治工作。
""", "综合施策，有效控制学生近视率")
    assert best.startswith("组织学生全身体检")


def test_a_direction_verb_is_no_subject(tmp_path: Path, segmenter: Segmenter,
                                        idf: Idf) -> None:
    """减少年度信访总量: the plan says which way (减少), the summary states the move in its
    own words (同比下降31%); a sentence repeating 减少 is about something else (tune10)."""
    assert task_verb("减少") and task_verb("控制") and not task_verb("信访")
    best = _best(tmp_path, segmenter, idf, """2021年度述职报告
一、主要工作
围绕勤俭节约开展主题班会等活动，加强粮食安全宣传，减少餐饮浪费，把反食品浪费作为文明校园创建的重要内容。
家长满意率测评保持市直第二，信访总量同比下降31%。
""", "通过做强实力，加大沟通力度，加强宣传，减少年度信访总量")
    assert "信访总量同比下降31%" in best


def test_a_rate_above_a_level_in_the_review_is_a_result(tmp_path: Path, segmenter: Segmenter,
                                                         idf: Idf) -> None:
    """预算执行率98%以上 in a summary's review is the rate reached, told as a floor: not B's
    own target (×STATES_TARGET); an amount with 以上 (每年安排140亿元以上) may still be an
    arrangement and keeps its bound."""
    text = """2021年度述职报告
一、主要工作
学校总务后勤部门根据年度预算安排，着力优化学校硬件设施和文化环境，本年度顺利完成一系列校园优化改造工程。
指导后勤部门完成公开招标项目14个，预算执行率98%以上，支出的项目经费约为626.5万，顺利完成年度预算计划。
“暖心”行动启动实施，每年安排140亿元以上。
"""
    b = _report(tmp_path, text)
    pool = EvidencePool(b.text, detect_outline(b), segmenter, Idf.load())
    bounds = {f.indicator: f.bound for s in pool.sentences for f in s.figures}
    assert bounds["预算执行率"] == "" and bounds["每年安排"] == "以上"
    best = _best(tmp_path, segmenter, idf, text,
                 "五是要加强财务管理，统筹好学校经费使用，确保按时完成项目年度预算执行")
    assert "预算执行率98%以上" in best


def test_a_count_of_another_thing_answers_no_target(tmp_path: Path, segmenter: Segmenter,
                                                    idf: Idf) -> None:
    """新增国家级企业技术中心8家 has nearly every character of 国家高新技术企业 but counts
    technical centres (its head 中心): no figure of the target; a generic measure (人数,
    总量) is no head (tune: fj2025_2026)."""
    assert counts_other("国家高新技术企业", "新增国家级企业技术中心")
    assert not counts_other("城镇新增就业", "新增城镇就业人数")
    assert not counts_other("减少年度信访总量", "信访总量同比")
    b = _report(tmp_path, """2026年政府工作报告
一、2025年工作回顾
过去一年，获批建设高校区域技术转移转化中心，新增国家级企业技术中心8家、产业知识产权运营中心2家。
“十四五”时期，国家级专精特新“小巨人”企业达426家，国家高新技术企业超1.5万家。
二、2026年工作安排
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "国家高新技术企业突破1.5万家"
    given = Passage(0, len(task), task, ())
    found = {c.passage.quote[:4]: c for c in evidence.candidates(given)}
    centres, firms = found["过去一年"], found["“十四五"]
    assert centres.figure == "" and centres.verdict == ""
    assert firms.score > centres.score


def test_thanks_and_greetings_report_nothing(tmp_path: Path, segmenter: Segmenter,
                                             idf: Idf) -> None:
    """A summary's greeting (我谨代表…向…致以新年的问候) and a report's thanks (表示衷心感谢)
    name everyone and every field and report no result: the political frame's weight
    (ranking.FRAME), not a candidate of their own (tune10, fj2025_2026)."""
    b = _report(tmp_path, """2022年新年献词
在这辞旧迎新的时刻，我谨代表学校党委和行政班子向全体一中学子和家长、教职员工，向长期关心和帮助我们事业发展的各级领导、社会各界朋友，致以新年的问候和诚挚的祝福！
这一年，我们的队伍建设实现新提升。
探索跨区域校本研修形式，以丰富多样的校本研修促进教师专业发展。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "努力探索具有一中特色的教师发展培训和培养体系，为一中教师的成长提供通道、资源和平台"
    quotes = [c.passage.quote for c in evidence.candidates(Passage(0, len(task), task, ()))]
    assert quotes[0].startswith("探索跨区域校本研修")
    assert not any(q.startswith("在这辞旧迎新") for q in quotes)


def test_a_word_told_with_its_change_is_reported_with_a_figure(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """抓投资: the review reports the field by its indicator's change (固定资产投资增长4%),
    an amount as 高标准农田348.8万亩 is (proposals.AMOUNT_BONUS), not only a sum after the
    word (tune: nmg2025_2026; tune10: 信访总量同比下降31%)."""
    assert amounted("固定资产投资增长4%", ["投资"], {"投资": 1.0}, 1.0)
    assert amounted("信访总量同比下降31%", ["总量"], {"总量": 1.0}, 1.0)
    assert not amounted("投资环境持续优化", ["投资"], {"投资": 1.0}, 1.0)
    best = _best(tmp_path, segmenter, idf, """2026年政府工作报告
一、2025年工作回顾
主要经济指标增长保持在合理区间，地区生产总值增长4.7%，规上工业增加值增长6.7%，固定资产投资增长4%，社会消费品零售总额增长4.3%。
举办中国产业转移发展对接会、内蒙古—深圳（前海）产业合作大会等活动，引进国内到位资金6000亿元。
“十四五”时期，固定资产投资年均增长12.8%，累计完成重大项目投资3.8万亿元。
二、2026年工作安排
""", "2025年，内蒙古将实施重大项目谋划行动，坚定不移抓投资。")
    assert best.startswith("主要经济指标")


def test_an_adverb_fused_with_its_verb_is_a_task_verb(tmp_path: Path, segmenter: Segmenter,
                                                      idf: Idf) -> None:
    """充分发挥 (jieba keeps it whole) is how a task is done, as 切实做好 is: not the subject,
    which is 工会; a sentence repeating 充分发挥…作用 reports on other work (tune10)."""
    assert task_verb("充分发挥") and task_verb("认真落实") and not task_verb("充分就业")
    best = _best(tmp_path, segmenter, idf, """2021年度述职报告
一、主要工作
充分发挥党员先锋模范作用，努力提升师生的获得感与幸福感。
作为校工会主席，组织开展丰富的教职工业余活动，积极组织教师参加青年教师技能比赛等活动。
""", "六是充分发挥工会作用，优化教工社团和工会活动")
    assert best.startswith("作为校工会主席")


def test_a_title_told_as_conferred_is_the_result(tmp_path: Path, segmenter: Segmenter,
                                                 idf: Idf) -> None:
    """深化“清廉学校”建设: the summary restates the plan's words as work done and tells the
    title conferred (成功创建为市级“清廉学校”示范校); the conferral is the result and ranks
    above a mention of the same name (tune10)."""
    assert conferred("11月，学校成功创建为市级“清廉学校”示范校。", ["清廉学校"])
    assert not conferred("深化“清廉学校”建设，深入挖掘校训中的清廉内涵。", ["清廉学校"])
    b = _report(tmp_path, """2021年度述职报告
一、主要工作
深化“清廉学校”建设，以传承学校先贤清正为公、廉洁治校品格为切入点，深入挖掘校训中的清廉内涵。
9月，我校在全省清廉学校建设工作推进会上作典型经验介绍。
11月，学校成功创建为市级“清廉学校”示范校。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "深化“清廉学校”建设，落实九大领域小微权力“阳光”运行，打造“阳光学校”。"
    evidence.define(task)  # A's quoted names (model.compare.abbreviations.quoted)
    quotes = [c.passage.quote for c in evidence.candidates(Passage(0, len(task), task, ()))]
    assert quotes.index("11月，学校成功创建为市级“清廉学校”示范校。") < quotes.index(
        "9月，我校在全省清廉学校建设工作推进会上作典型经验介绍。")



def test_the_planned_year_and_who_will_are_not_matched(tmp_path: Path, segmenter: Segmenter,
                                                       idf: Idf) -> None:
    """2025年，福建将加强…: the year and the government that will act frame the task; the
    province's name is in every sentence of its later report (福建（厦门）社保科创基金),
    so only the task after them is matched (tune: fj2025_2026)."""
    assert YEAR_WILL_FRAME.match("2025年，内蒙古将实施重大项目谋划行动").group() == "2025年，内蒙古将"
    best = _best(tmp_path, segmenter, idf, """2026年福建省政府工作报告
一、2025年工作回顾
全省人民牢记嘱托、砥砺前行，福建经济社会发展取得新成效。
“金服云”服务实体融资1.58万亿元，福建（厦门）社保科创基金落地，全国首家股份制银行金融资产投资公司在福建设立。
自审自发地方政府专项债券1542亿元，争取中央预算内投资150亿元。
二、2026年工作安排
""", "2025年，福建将加强财政与金融的配合，以政府有效投资带动社会投资；")
    assert best.startswith("自审自发地方政府专项债券")


def test_the_young_are_named_by_their_birth_cohort(tmp_path: Path, segmenter: Segmenter,
                                                   idf: Idf) -> None:
    """年轻干部: a report names young cadres by their cohort (多名“80后”“85后”中层干部履新), a
    sentence on 学生干部 shares only the head (heldback7, the README's knowledge miss)."""
    assert cohort_named("年轻干部", "多名“80后”“85后”中层干部履新") == "80后"
    assert cohort_named("年轻干部", "举行学生干部座谈") == ""
    b = _report(tmp_path, """2021年新年献词
这一年，我们的队伍建设实现新提升。
实施“学生校长助理”聘任管理制度，举行“我与校长面对面”学生干部座谈。
顺利完成中层选聘调整，多名“80后”“85后”中层干部履新。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "规范年轻教师队伍建设，打造30-40岁敢管善治班主任队伍，制定加快推进年轻干部培养制度。"
    found = evidence.candidates(Passage(0, len(task), task, ()))
    quotes = [c.passage.quote[:6] for c in found]
    assert quotes.index("顺利完成中层") < quotes.index("实施“学生校")
    assert "80后" in [w for _s, _e, w in found[quotes.index("顺利完成中层")].matched]


ENVIRONMENT_B = """2026年某省政府工作报告
一、2025年工作回顾
节能降碳持续加力。
优化能耗、煤耗、碳排放替代政策，“一企一策”实施节能降碳改造，规上工业单位增加值能耗水平持续下降。
环境质量持续改善。
PM2.5平均浓度降到32.4微克/立方米，历史性达到国家空气质量二级标准。
国考断面水质优良率稳定达标，城市黑臭水体基本消除。
二、2026年工作安排
全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标。
"""


def test_the_environment_s_binding_targets_are_answered_by_its_indicators(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """A plan sets the environment's binding targets without a figure (…约束性指标, 完成国家
    下达目标, 生态环境指标以国家下达任务为准); the report answers them with the environment's
    indicators (PM2.5浓度, 国考断面水质, 单位增加值能耗), not with B's own plan restating
    them (tune: sd, tj, hun, bj)."""
    assert BINDING_ENVIRONMENT.search("节能减排减污降碳完成国家下达目标")
    assert names_environment("PM2.5平均浓度降到32.4微克/立方米")
    assert not names_environment("环境质量持续改善。")
    b = _report(tmp_path, ENVIRONMENT_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "全面完成节能减排降碳和环境质量改善约束性指标"
    top = [c.passage.quote for c in evidence.candidates(Passage(0, len(task), task, ()), 3)]
    assert any(q.startswith("PM2.5平均浓度") for q in top)
    assert not top[0].startswith("全面完成国家下达")
    task = "生态环境指标以国家下达任务为准"
    found = [c.passage.quote for c in evidence.candidates(Passage(0, len(task), task, ()))]
    assert any(q.startswith("国考断面水质优良率稳定达标") for q in found)


def test_the_report_s_own_name_names_no_subject(tmp_path: Path, segmenter: Segmenter,
                                                idf: Idf) -> None:
    """一中 is in most sentences of the school's New Year address (as 福建 is in Fujian's
    report): a sentence sharing it with the commitment (感动全体一中人) is not about the
    commitment's subject (SPREAD; tune10)."""
    b = _report(tmp_path, """2022年新年献词
这一年，一中人砥砺前行，一中的办学品质持续提升。
一中学子在各级竞赛中屡获佳绩，一中校友捐资助学。
我校的省市各级名师工作室组织学术研讨、送教帮扶等活动，扩大学校影响力。
她在坎坷中拼搏奋斗的精神感动全体一中人，成为一中学子携手前行的精神标杆。
新的一年，一中将继续奋进。
探索跨区域校本研修形式，以丰富多样的校本研修促进教师专业发展。
一中食堂新增特色菜品，一中师生满意度高。
""")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = ("三是根据《教师素质优化提升三年行动计划》，整合学校的各级各类资源，依托教研组和备课组，"
            "制定分层分类分向系列培养方案，努力探索具有一中特色的教师发展培训和培养体系，"
            "为一中教师的成长提供通道、资源和平台。")
    quotes = [c.passage.quote[:4] for c in evidence.candidates(Passage(0, len(task), task, ()))]
    assert quotes.index("探索跨区") < quotes.index("她在坎坷")
