"""The rules of session 8 (issue 16) on sentences written for them: a whole report as B
(its term, its problems, its plan restating targets), an A whose parts are not marked, a
long commitment answered clause by clause, a result told with its amount."""
from __future__ import annotations

from pathlib import Path

from model.compare.commitments import commitments
from model.compare.pair import propose
from model.compare.parts import part_outline, problem_spans, years_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.targets import target_sentences
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

WHOLE_B = """某省2026年政府工作报告

一、2025年工作回顾和“十四五”发展主要成绩

过去一年，全省经济运行稳中有进。全年粮食产量达到732亿斤，生猪出栏6248万头。耕地空间治理“一张图”建设有序推进，新（改）建高标准农田348万亩。深化整治校园餐、殡葬、高标准农田建设等领域群众身边不正之风。全省城镇新增就业107万人。

2025年是“十四五”规划收官之年。过去五年，发展历程极不寻常。粮食年产量稳定在700亿斤以上。城镇新增就业522万人。

在看到成绩的同时，我们也清醒认识到，发展中还存在一些困难和问题：高标准农田建设标准还不够高，城镇就业压力仍然较大。

二、2026年工作安排

今年主要预期目标是：城镇新增就业85万人，粮食产量730亿斤以上。推进高标准农田建设，新（改）建高标准农田300万亩以上。
"""


def _report(tmp_path: Path, name: str, text: str) -> Report:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_report(tmp_path / name)


def _top(tmp_path: Path, segmenter: Segmenter, idf: Idf, commitment: str,
         b_text: str = WHOLE_B) -> str:
    b = _report(tmp_path, "b.txt", b_text)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    [top, *_] = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    return top.passage.quote


def test_the_term_closed_first_is_the_term_s_review(tmp_path: Path) -> None:
    b = _report(tmp_path, "b.txt", WHOLE_B)
    spans = years_spans(b.text, part_outline(b.text, detect_outline(b)))
    assert [b.text[s:e].split("。")[0] for s, e in spans] == ["2025年是“十四五”规划收官之年"]


def test_a_term_reviewed_first_ends_where_the_past_year_opens(tmp_path: Path) -> None:
    text = WHOLE_B.replace(
        "过去一年，全省经济运行稳中有进。", "五年来，全省经济实力跃上新台阶。\n\n过去一年，全省经济运行稳中有进。")
    b = _report(tmp_path, "b.txt", text)
    spans = years_spans(b.text, part_outline(b.text, detect_outline(b)))
    assert b.text[spans[0][0]:spans[0][1]].strip() == "五年来，全省经济实力跃上新台阶。"


def test_a_heading_naming_only_the_term_is_the_term_s_review(tmp_path: Path) -> None:
    text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n过去一年，粮食产量达到732亿斤。\n\n"
            "二、“十四五”时期发展成就回顾\n\n粮食产量连续五年稳定在700亿斤以上。\n\n"
            "三、2026年工作安排\n\n粮食产量730亿斤以上。\n")
    b = _report(tmp_path, "b.txt", text)
    spans = years_spans(b.text, part_outline(b.text, detect_outline(b)))
    assert any("连续五年" in b.text[s:e] and "732" not in b.text[s:e] for s, e in spans)


def test_a_paragraph_admitting_problems_reports_no_result(tmp_path: Path, segmenter: Segmenter,
                                                          idf: Idf) -> None:
    b = _report(tmp_path, "b.txt", WHOLE_B)
    [(start, end)] = problem_spans(b.text, part_outline(b.text, detect_outline(b)))
    assert b.text[start:end].startswith("在看到成绩的同时")
    # the problem repeats 城镇就业, the result is the review's figure
    assert "107万人" in _top(tmp_path, segmenter, idf, "城镇新增就业85万人")


def test_a_target_restated_in_b_s_plan_or_the_term_does_not_beat_the_result(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    assert "732亿斤" in _top(tmp_path, segmenter, idf, "粮食产量725亿斤以上")
    assert "6248万头" in _top(tmp_path, segmenter, idf, "确保全省生猪出栏稳定在6000万头以上")


def test_a_word_reported_with_its_amount_beats_a_mention(tmp_path: Path, segmenter: Segmenter,
                                                         idf: Idf) -> None:
    # 高标准农田建设 is repeated whole in the sentence on 不正之风; the result gives 348万亩
    assert "348万亩" in _top(tmp_path, segmenter, idf, "整区域推进高标准农田建设")


def test_a_long_commitment_is_answered_clause_by_clause(tmp_path: Path, segmenter: Segmenter,
                                                        idf: Idf) -> None:
    long = ("加快重大基础设施项目建设，提速实施西宁至成都铁路、绵遂内铁路、隆黄铁路扩能改造、"
            "广巴铁路扩能改造、成渝高速公路扩容、炉霍至新都桥高速、乐山机场等重大交通项目。")
    b_text = WHOLE_B.replace("全省城镇新增就业107万人。", "全省城镇新增就业107万人。乐山机场建成投运。")
    assert _top(tmp_path, segmenter, idf, long, b_text) == "乐山机场建成投运。"


A_UNMARKED = """某省2025年政府工作报告（节选）

报告指出，过去一年全省新增高新技术企业1500家。

今年主要预期目标是：地区生产总值增长5%；进出口总额增长1%；居民收入增长和经济增长基本同步。

重点做好五个方面工作：推动区域协调发展走深走实，牵引带动全省发展。打造西部创新高地，服务科技自立自强。分类推进城乡融合发展。大力推动科技创新，新增国家重点实验室12家。
"""


def test_tasks_are_found_where_a_s_plan_part_is_not_marked(tmp_path: Path,
                                                           segmenter: Segmenter) -> None:
    a = _report(tmp_path, "a.txt", A_UNMARKED)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    for task in ("推动区域协调发展走深走实", "打造西部创新高地", "分类推进城乡融合发展"):
        assert any(task in q for q in quotes), task
    # a result told (a figure without a bound) is no task, whatever verb opens it
    assert not any("12家" in q for q in quotes) and not any("1500家" in q for q in quotes)


def test_a_labelled_target_list_gives_every_item(tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, "a.txt", A_UNMARKED)
    [(start, end)] = [s for s in target_sentences(a.text) if "目标" in a.text[s[0]:s[1]]]
    assert a.text[start:end].endswith("基本同步。")  # the list runs over its semicolons
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    for item in ("进出口总额增长1%", "居民收入增长和经济增长基本同步"):
        assert any(item in q and len(q) < 25 for q in quotes), item


def test_task_verbs_are_never_a_commitment_s_subject(tmp_path: Path, segmenter: Segmenter,
                                                     idf: Idf) -> None:
    b = _report(tmp_path, "b.txt", WHOLE_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    quote = "六是深化重点领域改革，激发市场活力和发展动力。"
    weights = evidence.weights(quote, evidence._tokens(quote))
    assert "激发" not in weights and "活力" in weights


def test_a_whole_report_pair_runs_end_to_end(tmp_path: Path, segmenter: Segmenter,
                                             idf: Idf) -> None:
    a = _report(tmp_path, "a.txt", A_UNMARKED.replace("进出口总额增长1%；", "进出口总额增长1%；城镇新增就业85万人；"))
    b = _report(tmp_path, "b.txt", WHOLE_B)
    made = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    jobs = [p for p in made if "城镇新增就业85万人" in p.commitment.passage.quote]
    assert jobs and "107万人" in jobs[0].candidates[0].passage.quote


def test_a_task_shortened_to_its_verb_s_first_character_is_the_same_task(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b_text = WHOLE_B.replace("过去一年，全省经济运行稳中有进。",
                             "过去一年，全省经济运行稳中有进。出台扩内需政策措施20条，社会消费品零售总额增长5.1%。")
    assert "扩内需" in _top(tmp_path, segmenter, idf, "全方位扩大内需", b_text)


def test_an_enumerated_task_of_a_is_a_commitment_an_enumerated_field_of_b_is_no_evidence(
        tmp_path: Path, segmenter: Segmenter) -> None:
    text = ("某省2025年政府工作报告\n\n二、2025年工作安排\n\n一是推动区域协调发展走深走实。支持成都做强极核。\n")
    a = _report(tmp_path, "a.txt", text)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert any("推动区域协调发展走深走实" in q for q in quotes)
    review = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n一是着力强统筹促共兴，推动区域协调发展。"
              "320个共建重点项目完成投资5332亿元。\n")
    b = _report(tmp_path, "b.txt", review)
    from model.compare.passages import sentences
    assert [p.quote for p in sentences(b.text, detect_outline(b))] == ["320个共建重点项目完成投资5332亿元。"]


def test_a_review_under_no_heading_is_what_comes_before_the_plan(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    from model.compare.parts import review_spans

    text = WHOLE_B.replace("一、2025年工作回顾和“十四五”发展主要成绩\n\n", "")
    b = _report(tmp_path, "b.txt", text)
    [(start, end)] = review_spans(part_outline(b.text, detect_outline(b)))
    assert start == 0 and b.text[end:].startswith("二、2026年工作安排")
    # so B's plan restating the target is still no result
    assert "732亿斤" in _top(tmp_path, segmenter, idf, "粮食产量725亿斤以上", text)
