"""What the eleventh blind part taught (docs/tags.md "What the eleventh blind part taught
(session 13)"): how a government work report's own year heads its plan part, how a speaker's
demand names the units it is laid on, how the problems a paragraph announces run on through
the 一是…二是 paragraphs after it, and the forms in which 公文 state a problem without a word of
fault. Each text is a small hand-written fixture, not a sentence of the data."""
from __future__ import annotations

from model.reading.segmenter import Segmenter
from tests.model.reading.principles_support import tags_of as _tags


def test_the_reports_own_year_heads_its_plan_part(segmenter: Segmenter) -> None:
    """"三、2027年主要工作" in the 2027 government work report is the year ahead (the report
    is delivered at its start); a lead title "推动…取得新进展。" there names the task's aim.
    The same heading in a 总结 of 2027 stays the work done."""
    text = ("2027年某省政府工作报告（节选）\n"
            "三、2027年主要工作\n"
            "重点做好五个方面工作：\n"
            "（一）扎实推进城乡融合发展\n"
            "推动县域经济取得新进展。壮大特色产业集群，办好第二届农产品博览会。"
            "探索乡村治理新模式。\n")
    tags = _tags(text, segmenter)
    for sentence in ("重点做好五个方面工作：", "推动县域经济取得新进展。",
                     "壮大特色产业集群，办好第二届农产品博览会。", "探索乡村治理新模式。"):
        assert tags.get(sentence) == "commitment", sentence
    review = ("某县2027年工作总结\n"
              "一、2027年主要工作\n"
              "全县新建农村公路40公里，办好第二届农产品博览会。\n")
    assert _tags(review, segmenter).get("全县新建农村公路40公里，办好第二届农产品博览会。") \
        == "achievement"


def test_the_work_ahead_counted_is_undertaken(segmenter: Segmenter) -> None:
    """Under a plan heading "…，重点抓好以下八个方面：" counts the work it lays down (承诺);
    the bare "具体抓好以下工作：" only points at what follows."""
    text = ("某市政府工作报告\n"
            "二、2027年重点工作\n"
            "做好今年工作，必须坚持稳中求进，重点抓好以下八个方面：\n"
            "（一）扩大有效投资\n"
            "实施重大项目120个。\n")
    assert _tags(text, segmenter).get("做好今年工作，必须坚持稳中求进，重点抓好以下八个方面：") \
        == "commitment"
    bare = ("某市政府工作报告\n"
            "二、2027年重点工作\n"
            "具体抓好以下工作：\n"
            "（一）扩大有效投资\n"
            "实施重大项目120个。\n")
    assert "具体抓好以下工作：" not in _tags(bare, segmenter)


def test_a_speakers_demand_names_the_units_it_is_laid_on(segmenter: Segmenter) -> None:
    """A meeting's news: "他强调各街道、各部门…要…", "…讲话指出，…，他要求各单位要…", "在…时，
    各街道与部门要…" lay work down (承诺); the attendance "各街道及区直各部门主要负责人参会。"
    holds 主要, no modal."""
    text = ("某区召开2027年重点工作推进会\n"
            "3月2日，某区召开2027年重点工作推进会。各街道及区直各部门主要负责人参会。\n"
            "区长在会上讲话。他强调各街道、各部门在谋划全年工作时首先要找准方向，细化措施。"
            "在推进重点项目时，各街道与部门要盯紧节点，压实责任。\n"
            "区委书记在听取汇报后讲话指出，思路清晰才能行稳致远，他要求各单位要认真落实"
            "会议部署，确保各项工作落地见效。\n")
    tags = _tags(text, segmenter)
    assert "各街道及区直各部门主要负责人参会。" not in tags
    for sentence in ("他强调各街道、各部门在谋划全年工作时首先要找准方向，细化措施。",
                     "在推进重点项目时，各街道与部门要盯紧节点，压实责任。",
                     "区委书记在听取汇报后讲话指出，思路清晰才能行稳致远，他要求各单位要认真落实"
                     "会议部署，确保各项工作落地见效。"):
        assert tags.get(sentence) == "commitment", sentence


def test_the_problems_announced_run_on_through_the_items(segmenter: Segmenter) -> None:
    """"…我们也清醒地看到，…困难和问题还不少。" closing its paragraph: the 一是…二是 paragraphs
    after it are those problems — their sentences too, whatever words they hold; the
    paragraph after them that opens otherwise is read on its own. The news lead that the
    problems were analysed admits none."""
    text = ("某市政府工作报告摘要：分析发展中的困难和问题\n"
            "本报讯：市长在市人代会上作政府工作报告时，分析了发展中的困难和问题。\n"
            "市长说，在肯定成绩的同时，我们也清醒地看到，发展中的困难和问题还不少。\n"
            "一是工业投资增速仍然偏高。部分园区项目扎堆上马，土地指标消耗较快。\n"
            "二是安全生产形势严峻。\n"
            "我们要正视这些问题，切实加以解决。\n")
    tags = _tags(text, segmenter)
    assert "本报讯：市长在市人代会上作政府工作报告时，分析了发展中的困难和问题。" not in tags
    for sentence in ("一是工业投资增速仍然偏高。", "部分园区项目扎堆上马，土地指标消耗较快。",
                     "二是安全生产形势严峻。"):
        assert tags.get(sentence) == "problem", sentence
    assert tags.get("我们要正视这些问题，切实加以解决。") == "commitment"


def test_a_problems_heading_the_outline_missed_after_a_cut(segmenter: Segmenter) -> None:
    """An excerpt's "……" then "四、不足与问题": the part heading still heads the problems part
    of a 述职 — "应付事务多、专题突破少" and "…的勇气要加大，…意识要加强" there concede."""
    text = ("某校副校长2026年述职报告（节选）\n"
            "一、加强学习\n"
            "一年来，我认真学习党的理论，参加集中学习12次。\n"
            "二、做好分管工作\n"
            "修订了财务报销制度，完成了食堂改造工程。\n"
            "……\n"
            "四、不足与问题\n"
            "应付事务多，专题研究少。对分管工作攻坚克难的勇气要加大，担当意识要加强。\n")
    tags = _tags(text, segmenter)
    assert tags.get("应付事务多，专题研究少。") == "problem"
    assert tags.get("对分管工作攻坚克难的勇气要加大，担当意识要加强。") == "problem"


def test_a_later_years_plan_in_a_review_is_undertaken(segmenter: Segmenter) -> None:
    """"2027年计划完成…" in a 2026 述职 looks ahead (承诺); "2026年计划投资…，实际完成…" in
    the same review tells the year reviewed."""
    text = ("某校副校长2026年度述职报告\n"
            "一、分管工作\n"
            "学校体育馆工程于2026年3月开工，11月顺利竣工。2027年计划完成工程决算并移交资料。\n")
    assert _tags(text, segmenter).get("2027年计划完成工程决算并移交资料。") == "commitment"


def test_problems_stated_without_a_word_of_fault(segmenter: Segmenter) -> None:
    """A strain weighed, a condition poor or scarce, work that cannot go on, wages unpaid, a
    body in the red, money misused, harm caused: each admits a problem."""
    text = ("某村发展情况调研报告\n"
            "一、基本现状\n"
            "全村辖5个村民组，180户720人。\n"
            "全村只有1座小水库，仅能灌溉150亩农田，遇到干旱多数农田得不到保障。\n"
            "该村交通条件差，信息闭塞。\n"
            "由于交通不便，村民购买农资要到邻镇。\n"
            "二、村办企业状况\n"
            "村里原有两家村办企业。村办企业长期入不敷出，工人工资也发不下来。"
            "前年收取的集资款被挪用，导致多名村民上访。当前农资价格上涨的压力都不小。\n")
    tags = _tags(text, segmenter)
    for sentence in ("全村只有1座小水库，仅能灌溉150亩农田，遇到干旱多数农田得不到保障。",
                     "该村交通条件差，信息闭塞。",
                     "由于交通不便，村民购买农资要到邻镇。",
                     "村办企业长期入不敷出，工人工资也发不下来。",
                     "前年收取的集资款被挪用，导致多名村民上访。",
                     "当前农资价格上涨的压力都不小。"):
        assert tags.get(sentence) == "problem", sentence


def test_gaps_sought_and_difficulties_growing(segmenter: Segmenter) -> None:
    """"找差距" in a campaign's demand admits no gap; "经济下行压力持续加大。" is the problem
    growing, no result; "面对下行压力持续加大的形势，…" is the situation faced."""
    text = ("某县2027年政府工作报告\n"
            "一、2026年工作回顾\n"
            "一年来，围绕“守初心、找差距、抓落实”的要求，全县干部作风明显改进。\n"
            "经济下行压力持续加大。\n")
    tags = _tags(text, segmenter)
    assert tags.get("一年来，围绕“守初心、找差距、抓落实”的要求，全县干部作风明显改进。") \
        != "problem"
    assert tags.get("经济下行压力持续加大。") == "problem"


def test_a_stage_entered_is_a_result(segmenter: Segmenter) -> None:
    """In a review "…进入新阶段。", "…全线达标。", "…向新向优。" closing the sentence claim a
    state reached; "随着…进入新阶段，" is the background of what follows."""
    text = ("某市2027年政府工作报告\n"
            "一、2026年工作回顾\n"
            "全市固定资产投资增长6.1%。产业结构向新向优。\n"
            "城区防洪堤全线达标。\n"
            "随着对外交流进入新阶段，我们更加注重交流质量。\n")
    tags = _tags(text, segmenter)
    assert tags.get("产业结构向新向优。") == "achievement"
    assert tags.get("城区防洪堤全线达标。") == "achievement"
    assert tags.get("随着对外交流进入新阶段，我们更加注重交流质量。") != "achievement"


def test_a_plan_documents_titles_and_framing(segmenter: Segmenter) -> None:
    """In a plan document a run-in title with its verb of work ("开展…行动。") and a modal
    title ("一、务必压实责任。") lay work down; the year named by what it is ("今年是…
    周年，是…的关键一年，…至关重要。") is framing; the document's long title line is no
    claim."""
    text = ("县人民政府办公室关于印发2027年县政府工作报告确定的重点工作责任分解方案的通知（节选）\n"
            "各镇人民政府，县政府各部门：\n"
            "一、务必压实责任。今年是县成立60周年，是实施“十五五”规划的关键一年，"
            "做好政府工作至关重要。各责任单位要逐项细化方案。\n")
    tags = _tags(text, segmenter)
    assert tags.get("一、务必压实责任。") == "commitment"
    assert "今年是县成立60周年，是实施“十五五”规划的关键一年，做好政府工作至关重要。" not in tags
    assert not any(quote.startswith("县人民政府办公室关于印发") for quote in tags)
    plan = ("县政府工作报告（今年工作安排，节选）\n"
            "开展耕地保护提升行动。坚决遏制耕地“非农化”，实施高标准农田12万亩。\n")
    assert _tags(plan, segmenter).get("开展耕地保护提升行动。") == "commitment"
