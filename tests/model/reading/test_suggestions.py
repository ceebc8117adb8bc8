from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import make_annotation
from model.outline.detector import detect_outline
from model.outline.tree import Outline, OutlineNode
from model.reading.segmenter import Segmenter
from model.reading.suggestion_lean import heading_lean, short_label
from model.reading.suggestion_lexicon import find_cues
from model.reading.suggestions import Suggestion, suggest, suggestion_key
from model.report.loading import load_report

DATA = Path(__file__).resolve().parents[2] / "data" / "suggest"


def sectioned(*sections: tuple[str, str]) -> tuple[str, Outline]:
    """A text of "一、title\\nbody" sections and its outline."""
    text, nodes = "", []
    numerals = "一二三四五"
    for index, (title, body) in enumerate(sections):
        start = len(text)
        heading = f"{numerals[index]}、{title}"
        text += f"{heading}\n{body}\n"
        nodes.append(OutlineNode(index + 1, 1, "heading", f"{numerals[index]}、", title,
                                 start, len(text), start, start + len(heading)))
    return text, Outline(None, nodes)


def tags_of(found: list[Suggestion]) -> dict[str, str]:
    return {s.quote: s.tag for s in found}


def cue_words(text: str, segmenter: Segmenter) -> list[str]:
    return [h.word for h in find_cues(text, 0, len(text), segmenter.boundaries(text, fine=False))]


@pytest.mark.parametrize(
    ("text", "absent"),
    [("敢想敢试、奋力争先", "力争"), ("要求全体干部", "要"), ("这项工作很重要", "要"),
     ("关心困难群众生活", "困难"), ("克服困难", "困难"), ("帮助解决实际困难", "困难"),
     ("坚持补短板", "短板"), ("补齐民生短板", "短板"), ("缩小城乡差距", "差距"),
     ("贫困率不足10%", "不足"), ("坚持问题导向", "问题"), ("整治群众身边的问题", "问题"),
     ("查纠作风问题", "问题"), ("防范化解重大风险", "风险")],
)
def test_negative_contexts_and_token_edges_silence_cues(text: str, absent: str,
                                                        segmenter: Segmenter) -> None:
    assert absent not in cue_words(text, segmenter)


@pytest.mark.parametrize(
    ("text", "present"),
    [("下一步，我们将", "下一步"), ("力争增长5%", "力争"), ("作风后劲不足", "不足"),
     ("有效需求不足", "不足"), ("生产经营困难", "困难"), ("还存在短板", "短板"),
     ("推进偏慢", "偏慢"), ("今年要抓好三件事", "要")],
)
def test_cues_fire_in_plain_contexts(text: str, present: str, segmenter: Segmenter) -> None:
    assert present in cue_words(text, segmenter)


@pytest.mark.parametrize(
    ("title", "lean"),
    [("存在的问题", "problem"), ("（一）存在困难", "problem"), ("问题和不足", "problem"),
     ("下步打算", "commitment"), ("2025年重点工作", "commitment"), ("今后努力方向", "commitment"),
     ("主要做法和取得成效", "past"), ("2024年工作回顾", "past"), ("履职情况", "past"),
     ("存在困难和下步打算", None), ("加强政治理论学习", None)],
)
def test_heading_lean(title: str, lean: str | None) -> None:
    assert heading_lean(title) == lean


def test_section_sets_the_default_tag(segmenter: Segmenter) -> None:
    text, outline = sectioned(
        ("主要做法", "一是组织专题培训12次。全县粮食总产量达到18.6万吨，同比增长2.3%。"),
        ("存在的问题", "一是我局工业人才少，青年干部少。"),
        ("下步打算", "一是狠抓主营主业不放松，树立作风形象。"),
    )
    found = suggest(text, outline, segmenter)
    assert tags_of(found) == {
        "一是组织专题培训12次。": "measure",
        "全县粮食总产量达到18.6万吨，同比增长2.3%。": "achievement",
        "一是我局工业人才少，青年干部少。": "problem",
        "一是狠抓主营主业不放松，树立作风形象。": "commitment",
    }
    problem = next(s for s in found if s.tag == "problem")
    assert problem.reason == "section 存在的问题"
    achievement = next(s for s in found if s.tag == "achievement")
    assert "同比增长2.3%" in achievement.reason or "达到18.6万吨" in achievement.reason
    assert all(0 < s.score <= 1 and text[s.start:s.end] == s.quote for s in found)


def test_cue_under_section_is_named_in_reason(segmenter: Segmenter) -> None:
    text, outline = sectioned(("存在困难", "抗灾能力仍需提升。"))
    (found,) = suggest(text, outline, segmenter)
    assert found.tag == "problem" and found.reason == "cue 仍需 under 存在困难"


def test_traps_outside_sections_are_not_suggested(segmenter: Segmenter) -> None:
    text = "关心困难群众生活。坚持问题导向。按照要求，做好重要工作。贫困发生率不足10%的村有3个。"
    found = suggest(text, None, segmenter)
    assert "problem" not in {s.tag for s in found}
    assert "commitment" not in {s.tag for s in found}


def test_targets_results_and_bare_figures_without_sections(segmenter: Segmenter) -> None:
    text = ("地区生产总值力争增长5.5%左右。一般公共预算收入同比增长4.2%。全县辖14个乡镇。"
            "科技创新能力不强，产业结构偏重。")
    found = suggest(text, None, segmenter)
    assert [s.tag for s in found] == ["commitment", "achievement", "figure", "problem"]
    assert "target 5.5%左右" in found[0].reason


def test_problem_paragraph_inside_a_review(segmenter: Segmenter) -> None:
    text, outline = sectioned(("2024年工作回顾", "全市地区生产总值增长5.6%。\n"
                               "在肯定成绩的同时，我们也清醒看到面临的问题。部分企业经营困难。"
                               "对此，我们将认真加以解决。"))
    found = tags_of(suggest(text, outline, segmenter))
    assert found["全市地区生产总值增长5.6%。"] == "achievement"
    assert found["部分企业经营困难。"] == "problem"
    assert found["对此，我们将认真加以解决。"] == "commitment"


def test_headings_run_in_heads_and_closings_are_skipped(segmenter: Segmenter) -> None:
    text, outline = sectioned(("下步打算", "经济实力稳步提升。一是加快项目建设。\n以上报告，请批评指正。"))
    assert list(tags_of(suggest(text, outline, segmenter))) == ["一是加快项目建设。"]


def test_enumeration_items_are_units(segmenter: Segmenter) -> None:
    text, outline = sectioned(("下步打算", "一是巩固粮食安全；稳定面积。二是抓好项目。"))
    body = text.index("一是")
    second = text.index("二是")
    heading = outline.roots[0]
    heading.children.extend([
        OutlineNode(3, 2, "item", "一是", "巩固粮食安全", body, second, body, second),
        OutlineNode(3, 2, "item", "二是", "抓好项目", second, heading.end - 1, second,
                    heading.end - 1),
    ])
    outline = Outline(None, [heading])
    assert list(tags_of(suggest(text, outline, segmenter))) == [
        "一是巩固粮食安全；稳定面积。", "二是抓好项目。"]


def test_rejected_keys_are_filtered_and_keys_ignore_position(segmenter: Segmenter) -> None:
    text, outline = sectioned(("存在的问题", "一是人才少。二是作风不实。"))
    found = suggest(text, outline, segmenter)
    assert found[0].key == suggestion_key("problem", "一是人才少。")
    moved_text, moved_outline = sectioned(("说明", "前言。"), ("存在的问题", "一是人才少。二是作风不实。"))
    moved = suggest(moved_text, moved_outline, segmenter)
    assert {s.key for s in moved} >= {s.key for s in found}
    remaining = suggest(text, outline, segmenter, rejected={found[0].key})
    assert [s.quote for s in remaining] == ["二是作风不实。"]


def test_existing_annotations_of_the_same_tag_suppress(segmenter: Segmenter) -> None:
    text, outline = sectioned(("存在的问题", "一是人才少。二是作风不实。"))
    start = text.index("一是")
    same = make_annotation(text, start, start + 5, "problem")
    other = make_annotation(text, text.index("二是"), text.index("二是") + 6, "question")
    found = suggest(text, outline, segmenter, existing=[same, other])
    assert [s.quote for s in found] == ["二是作风不实。"]


@pytest.mark.parametrize("name", ["county_agri_summary", "city_gov_report",
                                  "director_duty_report", "city_eco_midyear_briefing"])
def test_fixture_reports_reach_the_measured_quality(name: str, segmenter: Segmenter) -> None:
    from bench.suggest_quality import load_gold, match

    report = load_report(DATA / f"{name}.txt")
    gold = load_gold(report.path, report.text)
    found = [(s.tag, s.start, s.end)
             for s in suggest(report.text, detect_outline(report), segmenter)]
    tp, fp, fn, _, _ = match(gold, found)
    hits, wrong, missed = sum(tp.values()), sum(fp.values()), sum(fn.values())
    assert hits / (hits + wrong) >= 0.85 and hits / (hits + missed) >= 0.85


def test_long_annotation_covers_many_and_orphans_do_not(segmenter: Segmenter) -> None:
    text, outline = sectioned(("存在的问题", "一是人才少。二是作风不实。三是投入不足。"))
    body = text.index("一是")
    long_one = make_annotation(text, body, text.index("三是"), "problem")
    orphan = replace(make_annotation(text, text.index("三是"), len(text) - 1, "problem"),
                     status="orphaned")
    found = suggest(text, outline, segmenter, existing=[orphan, long_one])
    assert [s.quote for s in found] == ["三是投入不足。"]


def test_reasons_are_structured(segmenter: Segmenter) -> None:
    text, outline = sectioned(
        ("存在困难", "抗灾能力仍需提升，人才储备不足。"),
        ("2025年工作打算，奋力开创高质量发展新局面", "地区生产总值增长5%左右。"),
    )
    problem, plan = suggest(text, outline, segmenter)
    assert (problem.reason_code, problem.reason_args) == (
        "cue_under_section", {"cues": "仍需、不足", "section": "存在困难"})
    assert problem.reason == "cue 仍需, 不足 under 存在困难"
    # the section title is cut to its first comma part
    assert (plan.reason_code, plan.reason_args) == (
        "section_default", {"section": "2025年工作打算", "target": "5%左右"})
    assert plan.reason == "section 2025年工作打算; target 5%左右"
    assert set(plan.to_json()) == {"tag", "start", "end", "quote", "reason", "score"}


def test_problem_opening_is_named_as_such(segmenter: Segmenter) -> None:
    text, outline = sectioned(("工作回顾", "在肯定成绩的同时，我们也清醒看到面临的问题。"
                               "部分企业经营困难。"))
    found = {s.quote: s for s in suggest(text, outline, segmenter)}
    hard = found["部分企业经营困难。"]
    assert hard.reason_code == "cue_after_opening"
    assert hard.reason_args == {"cues": "困难", "opening": "在肯定成绩的同时"}
    assert hard.reason == "cue 困难 after 在肯定成绩的同时"
    opening = found["在肯定成绩的同时，我们也清醒看到面临的问题。"]
    assert opening.reason_code == "cue_after_opening"
    assert opening.reason_args["cues"].split("、")[0] == "清醒看到"  # not the opening itself


@pytest.mark.parametrize(
    ("title", "label"),
    [("存在的问题：", "存在的问题"), ("以政治坚定、提高素质为根本，建设忠诚型机关", "以政治坚定、提高素质为根本"),
     ("2025年工作打算，奋力开创新局面", "2025年工作打算"),
     ("深入推进新型工业化建设现代化产业体系", "深入推进新型工业化建设现代…")],
)
def test_short_label(title: str, label: str) -> None:
    assert short_label(title) == label


def test_equal_reason_arguments_share_one_dict(segmenter: Segmenter) -> None:
    """A report's suggestions with equal reasons share one (read-only) dict of
    arguments, and equal scores one float object."""
    text, outline = sectioned(
        ("存在的问题", "部分企业融资难。一些项目推进慢。个别单位落实慢。有的工作拖沓。"
                  "基层力量薄弱。"),
        ("下步打算", "全力推进项目建设。持续优化营商环境。"))
    found = suggest(text, outline, segmenter)
    by_args: dict[tuple[tuple[str, str], ...], set[int]] = {}
    for item in found:
        by_args.setdefault(tuple(item.reason_args.items()), set()).add(id(item.reason_args))
    assert len(found) > len(by_args) >= 2
    assert all(len(ids) == 1 for ids in by_args.values())
    scores = [x for item in found for x in (item.score, item.raw_score)]
    assert len({id(x) for x in scores}) == len(set(scores))  # equal scores: one float
