"""What the ninth blind part taught (docs/tags.md "What the ninth blind part taught (session
11, round 2)"): how a meeting's news tells the demands its speakers lay down, how a plan
states its own decision and aim, and how a review tells a result won in one word. Each text
is a small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of as _tags


def test_a_speakers_demand_in_a_meetings_news_is_undertaken(segmenter: Segmenter) -> None:
    """"他强调，要…" and "他提出…等要求" in the news of a meeting (no part) lay down the work
    (承诺), as "全会强调，…" does; "他提出，五年来，…" reports, and "他指出，…" finds."""
    text = ("某局召开党组民主生活会\n"
            "3月2日上午，某局党组召开民主生活会。\n"
            "他强调，要认真抓好会议查摆问题的整改落实，做好会议精神的传达。\n"
            "针对下一年的工作，他提出“稳队伍”“稳安全”等四点要求。\n")
    tags = _tags(text, segmenter)
    assert tags["他强调，要认真抓好会议查摆问题的整改落实，做好会议精神的传达。"] == "commitment"
    assert tags["针对下一年的工作，他提出“稳队伍”“稳安全”等四点要求。"] == "commitment"
    report = ("某中学召开党员大会\n"
              "他提出，五年来，学校纪委紧紧围绕学校的发展目标，推动纪检工作开展。\n")
    assert _tags(report, segmenter).get(
        "他提出，五年来，学校纪委紧紧围绕学校的发展目标，推动纪检工作开展。") != "commitment"


def test_staff_named_by_role_before_a_modal_are_required(segmenter: Segmenter) -> None:
    """"…党员、教师要…", "班主任要…": the requirement laid on people named by their role."""
    text = ("某中学召开党员大会\n"
            "全体党员、教师要立足岗位，着力推动学校发展再上新台阶。\n"
            "各班班主任要按时到场，组织学生完成各项活动。\n")
    tags = _tags(text, segmenter)
    assert tags["全体党员、教师要立足岗位，着力推动学校发展再上新台阶。"] == "commitment"
    assert tags["各班班主任要按时到场，组织学生完成各项活动。"] == "commitment"


def test_a_plan_stating_its_decision_or_aim_undertakes_it(segmenter: Segmenter) -> None:
    """"学校决定对…进行…，特制定本方案。", "本方案旨在…": the plan's decision and aim (承诺),
    not a lead-in; "为…，特制定本方案。" alone stays one."""
    text = ("某中学新生军训实施方案\n"
            "一、指导思想\n"
            "学校决定对初一新生进行为期三天的军训，特制定本方案。\n"
            "本方案旨在增强学生的国防意识，培养吃苦耐劳的作风。\n"
            "为做好新生军训工作，特制定本方案。\n")
    tags = _tags(text, segmenter)
    assert tags["学校决定对初一新生进行为期三天的军训，特制定本方案。"] == "commitment"
    assert tags["本方案旨在增强学生的国防意识，培养吃苦耐劳的作风。"] == "commitment"
    assert "为做好新生军训工作，特制定本方案。" not in tags


def test_what_a_plan_secures_is_aimed(segmenter: Segmenter) -> None:
    """In a plan, "确保…顺利实施" aims at the result it names (承诺), nothing reached."""
    text = ("某中学新生入学教育方案\n"
            "明确各处室职责，确保入学教育各项活动的顺利实施。\n")
    assert _tags(text, segmenter)["明确各处室职责，确保入学教育各项活动的顺利实施。"] == "commitment"


def test_a_result_won_in_one_word(segmenter: Segmenter) -> None:
    """实现…摘帽, 已达成…共识, 满足了…要求: a status left behind, an agreement reached, a
    standard met — 成效 in a review."""
    text = ("某县2019年政府工作报告\n"
            "一、2019年工作回顾\n"
            "全县实现贫困村整体脱贫摘帽。\n"
            "目前，双方已达成共同开发景区的共识，合作协议正在商讨。\n"
            "新建校舍按照重点设防类建设，满足了综合防灾要求。\n")
    tags = _tags(text, segmenter)
    for result in ("全县实现贫困村整体脱贫摘帽。", "新建校舍按照重点设防类建设，满足了综合防灾要求。"):
        assert tags[result] == "achievement", result
    assert any(t == "achievement" for q, t in tags.items() if q.startswith("目前，双方已达成"))
