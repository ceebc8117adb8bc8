"""What the ninth part taught (docs/tags.md "What the ninth part taught (session 11)"): how
a school's, a bureau's, a town's 总结 and 述职 state their results in words of praise and
list them as headings, lead into their shortfalls, criticise themselves and lay work on
themselves. Each text is a small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of as _tags


def test_results_in_words_of_praise(segmenter: Segmenter) -> None:
    """取得…佳绩, 再创辉煌, 捷报频传, 呈现…的大好局面, 来势良好, 开诊运行: what the year
    brought, told as praise — 成效 in a review."""
    text = ("某中学2023年度工作总结\n"
            "一、教育教学\n"
            "学生在省运会上捷报频传，取得诸多佳绩。\n"
            "校园足球呈现“班班有球队”的大好局面。\n"
            "一是特色课程建设来势良好。\n"
            "新校区食堂和体育馆二期开诊运行；\n")
    tags = _tags(text, segmenter)
    for result in ("学生在省运会上捷报频传，取得诸多佳绩。", "校园足球呈现“班班有球队”的大好局面。",
                   "一是特色课程建设来势良好。", "新校区食堂和体育馆二期开诊运行；"):
        assert tags[result] == "achievement", result


def test_a_list_announced_as_results_lists_results(segmenter: Segmenter) -> None:
    """After "…在各方面取得了优异成绩：" each numbered heading that claims a result is one
    (成效); after a lead-in that announces no result ("主要有以下特点：") the same heading
    is a heading."""
    text = ("某中学三年工作总结\n"
            "三年来，学校在各方面取得了优异成绩：\n"
            "1.学校考核获得佳绩\n"
            "2023年学校在全市年终考核中荣获第一名。\n"
            "2.体育工作再创辉煌\n"
            "学生在全省比赛中获金牌3枚。\n"
            "3.培养了一大批骨干教师\n"
            "三年中有5位老师被评为市学科带头人。\n")
    tags = _tags(text, segmenter)
    for heading in ("1.学校考核获得佳绩", "2.体育工作再创辉煌", "3.培养了一大批骨干教师"):
        assert tags[heading] == "achievement", heading
    plain = ("某县重点项目建设工作总结\n"
             "全年完成投资79亿元。从总体情况分析，主要有以下特点：\n"
             "（一）工业项目实现新突破。其中，工业项目完成投资30亿元，增长12%。\n"
             "（二）民生项目取得新成效。其中，民生项目完成投资20亿元，增长8%。\n")
    assert "（一）工业项目实现新突破。" not in _tags(plain, segmenter)


def test_a_lead_in_that_names_shortfalls_admits_them(segmenter: Segmenter) -> None:
    """"当然，学校工作还存在一些不足，主要如下：" admits (问题), though it leads in; so do the
    numbered shortfalls after it ("1.…有待进一步细化。"), a result verb after 有待 included."""
    text = ("某中学三年工作总结\n"
            "三年来，学校教学质量稳步提升。\n"
            "当然，学校工作还存在一些不足，主要如下：\n"
            "1.部分管理工作有待进一步精细化。目前学校的管理制度在执行中没有得到很好落实。\n"
            "2.青年教师成长有待进一步加快。由于培养机制不够完善，青年教师成长较慢。\n")
    tags = _tags(text, segmenter)
    assert tags["当然，学校工作还存在一些不足，主要如下："] == "problem"
    assert tags["1.部分管理工作有待进一步精细化。"] == "problem"
    assert tags["2.青年教师成长有待进一步加快。"] == "problem"


def test_a_counted_self_criticism_makes_its_paragraph_a_problem(segmenter: Segmenter) -> None:
    """A 述职's "第三，…还不够全面…" opens a paragraph of self-criticism: the sentences after it
    ("…有时也视而不见。", "…还有附和的行为。") tell the shortfall (问题), not the work done."""
    text = ("2023年度个人述职报告\n"
            "一年来，我认真履行岗位职责，完成了各项工作任务。\n"
            "第三，考虑问题还不够全面，为主要领导排忧解难不够。对分管工作能够主动担当，但由于"
            "顾虑较多，对其他年级的一些现象有时也视而不见。平时为了一团和气，还有附和的行为。\n")
    tags = _tags(text, segmenter)
    assert tags["对分管工作能够主动担当，但由于顾虑较多，对其他年级的一些现象有时也视而不见。"] == "problem"
    assert tags["平时为了一团和气，还有附和的行为。"] == "problem"


def test_the_author_laying_work_on_itself_and_a_result_promised(segmenter: Segmenter) -> None:
    """"当然，我校在…上也需…" lays work on the author (承诺), and "为…作出更大的贡献" is the
    aim of a resolve, no result reached."""
    text = ("某中学三年工作总结\n"
            "三年来，学校教学质量稳步提升，高考成绩创历史新高。\n"
            "当然，我校在尖子生培养上也需花更大的精力和采取更扎实有效的措施。\n"
            "回顾三年来的工作，成绩来之不易。"
            "在今后的工作中，我们将继续求真务实，为全市教育走在全省前列作出更大的贡献。\n")
    tags = _tags(text, segmenter)
    assert tags["当然，我校在尖子生培养上也需花更大的精力和采取更扎实有效的措施。"] == "commitment"
    assert tags["在今后的工作中，我们将继续求真务实，为全市教育走在全省前列作出更大的贡献。"] == "commitment"


def test_a_plan_lead_in_that_undertakes_and_a_plan_part_of_points(segmenter: Segmenter) -> None:
    """"围绕以上目标，我们将重点做好以下几个方面工作：" undertakes (承诺), it is no bare lead-in;
    a plan's "三、工作要点" is a plan part like 主要工作: its sentences are tasks."""
    text = ("某中学团委2024学年工作计划\n"
            "一、工作目标\n"
            "全面提升团员青年的综合素质。\n"
            "二、工作要点\n"
            "围绕以上目标，我们将重点做好以下几个方面工作：\n"
            "（一）特色工作\n"
            "1．按照程序进行团委换届。首先公开招募后备干部，初步筛选后挑选一批有热情的学生。"
            "管理好学生社团，积极探索校园文化建设。\n")
    tags = _tags(text, segmenter)
    assert tags["围绕以上目标，我们将重点做好以下几个方面工作："] == "commitment"
    assert tags["首先公开招募后备干部，初步筛选后挑选一批有热情的学生。"] == "commitment"
    assert tags["管理好学生社团，积极探索校园文化建设。"] == "commitment"


def test_a_share_is_no_target_and_a_low_standing_is_admitted(segmenter: Segmenter) -> None:
    """"农村人口占75%以上" describes a share (数据), its 以上 sets no target; "成绩多数处于
    中下游" admits a shortfall (问题)."""
    text = ("关于某市农村留守儿童家庭教育情况的调研报告\n"
            "某市是农业大市，总人口1018万人，农村人口占75%以上，农村留守儿童6.05万人。\n"
            "一、基本情况\n"
            "从调查情况看，留守儿童学习成绩多数处于中下游，成绩优秀的较少。\n")
    tags = _tags(text, segmenter)
    assert tags.get("某市是农业大市，总人口1018万人，农村人口占75%以上，农村留守儿童6.05万人。") == "figure"
    assert tags["从调查情况看，留守儿童学习成绩多数处于中下游，成绩优秀的较少。"] == "problem"


def test_a_topic_title_labels_its_task(segmenter: Segmenter) -> None:
    """In a plan part "1．团学干部管理。" names a topic (a noun phrase, no verb of work): it
    labels the task under it; "2．继续试行团支部考核制度。" is the task."""
    text = ("某中学团委2024学年工作计划\n"
            "一、工作要点\n"
            "1．团学干部管理。定期召开团学干部例会，加强团学干部培训。\n"
            "2．继续试行团支部考核制度。完善考核细则，按月公布考核结果。\n")
    tags = _tags(text, segmenter)
    assert "1．团学干部管理。" not in tags
    assert tags["2．继续试行团支部考核制度。"] == "commitment"
    assert tags["定期召开团学干部例会，加强团学干部培训。"] == "commitment"


def test_a_meetings_commendations_end_its_demands(segmenter: Segmenter) -> None:
    """"会上，还表扬了先进集体和先进个人" tells what the meeting did: its proceedings, which
    carry on no tense of the demands before them (no tag)."""
    text = ("某集团召开2024年工作会议\n"
            "会议要求，2024年集团要竭尽全力冲刺新目标，力争实现营收8亿元。\n"
            "会上，还表扬了先进集体和先进个人；纵深推进了全面从严治党工作。\n")
    tags = _tags(text, segmenter)
    assert "会上，还表扬了先进集体和先进个人；" not in tags
    assert tags.get("纵深推进了全面从严治党工作。") != "commitment"


def test_a_stride_taken_and_a_span_looked_back_on_are_results(segmenter: Segmenter) -> None:
    """"…迈出新步伐。", "…步伐加快。", "…来势较好" claim a state reached in a review; a
    sentence opening on the span it looks back over ("这五年，") and closing on a state is
    what the span came to, outside any part too."""
    review = ("某镇2023年工作汇报\n"
              "一是乡村振兴迈出新步伐。\n"
              "二是工业园区建设步伐加快。\n"
              "招商引资来势较好，到位资金大幅度增长。\n")
    tags = _tags(review, segmenter)
    for result in ("一是乡村振兴迈出新步伐。", "二是工业园区建设步伐加快。",
                   "招商引资来势较好，到位资金大幅度增长。"):
        assert tags[result] == "achievement", result
    no_part = "这五年，我市社会治理的基础更加稳固。\n"
    assert _tags(no_part, segmenter)["这五年，我市社会治理的基础更加稳固。"] == "achievement"


def test_a_strain_that_persists_is_admitted(segmenter: Segmenter) -> None:
    """"…财力比较紧张", "…问题仍然多发", "…经营困难", "…任重道远" admit (问题) — but a
    difficulty the work solves ("帮助企业解决经营困难") is none."""
    text = ("一些地方基层财力比较紧张。\n"
            "一些领域违规问题仍然多发。\n"
            "部分小微企业经营困难。\n"
            "农村人居环境整治任重道远。\n"
            "帮助120家企业解决经营困难。\n")
    tags = _tags(text, segmenter)
    for admitted in ("一些地方基层财力比较紧张。", "一些领域违规问题仍然多发。", "部分小微企业经营困难。",
                     "农村人居环境整治任重道远。"):
        assert tags[admitted] == "problem", admitted
    assert tags.get("帮助120家企业解决经营困难。") != "problem"


def test_awards_tests_passed_rates_and_reach_in_a_review(segmenter: Segmenter) -> None:
    """In a 述职: an award listed ("…合唱比赛一等奖；"), a test passed ("以优秀等次通过了…检查
    考核"), a harm that did not happen ("未发生任何违规违纪问题"), a rate of work done well
    ("办结率100%") and the people an action reached ("覆盖学生2000余人次") are 成效."""
    text = ("2025年度个人述职报告\n"
            "一、履职情况\n"
            "全市文艺汇演二等奖、全市合唱比赛一等奖；\n"
            "今年11月，我县以优秀等次通过了省级森林城市检查考核。\n"
            "持续深化清廉学校建设，学校未发生任何违规违纪问题。\n"
            "受理师生诉求12件，办结率100%。\n"
            "全年组织专题讲座10场，覆盖学生2000余人次。\n")
    tags = _tags(text, segmenter)
    for result in ("全市文艺汇演二等奖、全市合唱比赛一等奖；", "今年11月，我县以优秀等次通过了省级森林城市检查考核。",
                   "持续深化清廉学校建设，学校未发生任何违规违纪问题。", "受理师生诉求12件，办结率100%。",
                   "全年组织专题讲座10场，覆盖学生2000余人次。"):
        assert tags[result] == "achievement", result


def test_a_way_of_working_gone_wrong_is_admitted_unless_guarded_against(segmenter: Segmenter
                                                                        ) -> None:
    """The 对照检查's words for a way of working gone wrong ("雷声大，雨点小", "变了味、走了样",
    "浅尝辄止", "畏难情绪") admit a problem; the same words after what guards against them
    ("要防止走过场", "不能搞形式主义、走过场") lay down work, no admission."""
    text = ("但往往是雷声大，雨点小，具体执行落实上却变了味、走了样。\n"
            "对理论学习浅尝辄止，遇到难事存在畏难情绪。\n"
            "各单位要严格对照标准开展自查，坚决防止走过场。\n")
    tags = _tags(text, segmenter)
    assert tags["但往往是雷声大，雨点小，具体执行落实上却变了味、走了样。"] == "problem"
    assert tags["对理论学习浅尝辄止，遇到难事存在畏难情绪。"] == "problem"
    assert tags["各单位要严格对照标准开展自查，坚决防止走过场。"] == "commitment"
