"""What the seventh blind part taught once it was scored (docs/tags.md "What the seventh
blind part taught (round 2)"): a shortfall named as what a task fixes, a shortfall conceded
in a plan part, purposes, proceedings, and the forms results take in speeches, 述职 and
communiqués. Each text is a small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from model.reading.suggestion_lean import heading_lean
from tests.model.reading.principles_support import tags_of as _tags


def test_a_heading_that_fixes_a_shortfall_is_a_task_heading() -> None:
    assert heading_lean("三、着眼长远，补齐四块发展短板") == "commitment"
    assert heading_lean("（二）加快补齐民生短板弱项") == "commitment"
    assert heading_lean("二、着力缩小城乡差距") == "commitment"
    assert heading_lean("二、存在的问题和不足") == "problem"  # an admission still
    assert heading_lean("三、短板弱项") == "problem"


def test_the_shortfalls_a_task_part_fixes_are_tasks(segmenter: Segmenter) -> None:
    """Under "补强…短板" each sub-part names the shortfall fixed ("（一）管理短板"): its
    sentences are the tasks that fix it, not admissions."""
    text = ("某中学2020学年工作要点\n"
            "一、着眼长远，补强三块学校短板\n"
            "（一）管理短板\n"
            "逐步健全学校各项管理制度，严格执行考核办法。\n"
            "（二）师资短板\n"
            "制定青年教师培养计划，引进骨干教师。\n")
    tags = _tags(text, segmenter)
    assert tags["逐步健全学校各项管理制度，严格执行考核办法。"] == "commitment"
    assert tags["制定青年教师培养计划，引进骨干教师。"] == "commitment"
    assert "problem" not in tags.values()


def test_a_shortfall_conceded_in_a_plan_part_is_a_problem(segmenter: Segmenter) -> None:
    """A 述职's 努力方向 opens on what is still short, its subject first (…还有待加强;
    虽有所进步，但…): admitted, a problem; a resolve after it makes the sentence a task."""
    text = ("2022年度个人述职报告\n"
            "一、履职情况\n"
            "全年组织教研活动二十次。\n"
            "二、今后努力方向\n"
            "分管部门的制度建设还有待加强，各项考核办法需要进一步落实到位。\n"
            "学生社团活动虽有所进步，但影响力仍需进一步扩大。\n"
            "自身理论水平有待提高，应进一步加强学习，努力提升履职能力。\n")
    tags = _tags(text, segmenter)
    assert tags["分管部门的制度建设还有待加强，各项考核办法需要进一步落实到位。"] == "problem"
    assert tags["学生社团活动虽有所进步，但影响力仍需进一步扩大。"] == "problem"
    assert tags["自身理论水平有待提高，应进一步加强学习，努力提升履职能力。"] == "commitment"


def test_placings_medals_and_records_won_are_results(segmenter: Segmenter) -> None:
    text = ("2022年度述职报告\n"
            "学生在全市运动会上获团体第二名；\n"
            "在省数学竞赛中获金牌3枚、银牌5枚的优异成绩。\n"
            "有两人打破市记录。\n"
            "一是办学投入不断加大。\n"
            "在全市率先实施课后服务改革。\n")
    tags = _tags(text, segmenter)
    for result in ("学生在全市运动会上获团体第二名；", "在省数学竞赛中获金牌3枚、银牌5枚的优异成绩。",
                   "有两人打破市记录。", "一是办学投入不断加大。", "在全市率先实施课后服务改革。"):
        assert tags.get(result) == "achievement", result
    # "以优异成绩迎接…" sets the aim: only results closing their clause are reached
    aim = _tags("在全市工作会议上的讲话\n今天召开大会，部署全年工作，以优异成绩迎接建校百年。\n",
                segmenter)
    assert aim.get("今天召开大会，部署全年工作，以优异成绩迎接建校百年。") != "achievement"


def test_a_purpose_is_no_result(segmenter: Segmenter) -> None:
    """为实现…目标 names the aim the work serves, not a target reached."""
    text = ("某全会新闻稿\n"
            "党委以更实举措推进各项改革，为实现全年目标任务提供坚强保障。\n")
    assert _tags(text, segmenter).get(
        "党委以更实举措推进各项改革，为实现全年目标任务提供坚强保障。") != "achievement"


def test_a_meeting_s_proceedings_carry_on_no_plan(segmenter: Segmenter) -> None:
    """After the demands, a paragraph of attendance and form ("…出席会议", "会议以…形式
    举行") is the readout's proceedings: no task."""
    text = ("某委员会全体会议新闻稿\n"
            "会议要求，各级机关要坚定推进改革。要持续改善民生。\n"
            "各市负责同志出席会议。会议以视频会议形式举行，各县设分会场。\n")
    tags = _tags(text, segmenter)
    assert tags["要持续改善民生。"] == "commitment"
    assert "各市负责同志出席会议。" not in tags
    assert "会议以视频会议形式举行，各县设分会场。" not in tags


def test_tests_weathered_roads_found_and_trends_shown_are_results(
        segmenter: Segmenter) -> None:
    """Outside any part: a test weathered, a road found, a change made whole, a trend shown
    are what the years came to; the situation faced (面对…形势) is no admission; a sentence
    looking back over a span (过去五年，) reports what its 推动…取得 brought."""
    text = ("某会议公报\n"
            "面对复杂严峻的外部形势，全省上下经受住了多轮洪灾的严峻考验。\n"
            "十年来，我们成功走出一条生态优先的发展新路。\n"
            "近年来，全校各方面展现了持续向好的发展趋势。\n"
            "过去五年，我们推动全县经济取得新的重大成就。\n")
    tags = _tags(text, segmenter)
    for result in ("面对复杂严峻的外部形势，全省上下经受住了多轮洪灾的严峻考验。",
                   "十年来，我们成功走出一条生态优先的发展新路。",
                   "近年来，全校各方面展现了持续向好的发展趋势。",
                   "过去五年，我们推动全县经济取得新的重大成就。"):
        assert tags.get(result) == "achievement", result


def test_a_figure_below_its_plan_is_a_problem(segmenter: Segmenter) -> None:
    """"比计划减少783吨" measures the figure against its plan and finds it short: admitted."""
    text = ("关于全县农业生产情况的调研报告\n"
            "一、基本情况\n"
            "全年粮食预计总产12000吨，比计划减少500吨。\n")
    assert _tags(text, segmenter).get("全年粮食预计总产12000吨，比计划减少500吨。") == "problem"
