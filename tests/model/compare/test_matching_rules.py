"""One small written fixture per matching rule of `compare` (issue 16), and a floor on the
real corpus's tune pairs."""
from __future__ import annotations

from pathlib import Path

import pytest

import model.compare.matching as matching
import model.compare.proposals as proposals
from model.compare import abbreviations as abbr
from model.compare.pair import propose
from model.compare.parts import heading_kind, review_spans
from model.compare.targets import items
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

REAL = Path(__file__).resolve().parents[2] / "data" / "compare_real"
SPLIT = {r[0]: r[1] for line in (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
         if len(r := line.split("\t")) >= 2}
#: every pair studied while the rules were written (the first five were held back in
#: session 6, tune from session 7)
TUNE = tuple(sorted(p for p, part in SPLIT.items() if part == "tune"))
#: the pairs held back in session 7 (heldback2, scored once blind), tune data since
HELDBACK2 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "held back in session 7" in line
                         for p in [line.split("\t")[0]]))

A_TEXT = """某市2023年政府工作报告

一、2022年工作回顾

全市经济平稳运行，各项事业取得新进展。

二、2023年重点工作

加大保障性住房建设和供给。加力推进“两新”工作，扩大有效投资。扎实做好保交楼、保民生、保稳定各项工作，切实维护购房群众合法权益。加快城市更新和老旧小区改造（以下简称“两改”），推动城市面貌持续改善。“两改”项目年内全部开工。城市更新完成投资50亿元以上。
"""

B_TEXT = """某市2024年政府工作报告

一、2023年工作回顾

过去一年，全市经济运行稳中向好。保交房工作有序推进，已交付住房建设项目全部完成，住房供给平稳。全年筹集保障性住房3200套，惠及群众1万余人。各项工作取得新进展，加力推进改革走深走实。完成工业设备更新1.2万台，消费品以旧换新带动销售额120亿元。保交楼任务全面完成，交付住房1.1万套。城市更新和小区改造完成投资52亿元，改造小区120个。城市面貌持续改善，城市环境更加整洁。

二、2024年目标任务和主要工作

继续推进各项工作，年内完成投资超60亿元。
"""


def pair(tmp_path: Path, a_text: str = A_TEXT, b_text: str = B_TEXT) -> tuple[Report, Report]:
    (tmp_path / "a.txt").write_text(a_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    return load_report(tmp_path / "a.txt"), load_report(tmp_path / "b.txt")


def top_for(tmp_path: Path, segmenter: Segmenter, idf: Idf, commitment: str,
            a_text: str = A_TEXT, b_text: str = B_TEXT) -> proposals.Candidate:
    a, b = pair(tmp_path, a_text, b_text)
    found = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    [p] = [p for p in found if commitment in p.commitment.passage.quote]
    return p.candidates[0]


@pytest.mark.parametrize(("title", "kind"), [
    ("2023年工作回顾", "past"),
    ("2024年目标任务和主要工作", "plan"),  # 主要工作 alone would read as a review
    ("2023年国民经济和社会发展计划执行情况", "past"),
    ("2023年目标任务完成情况", "past"),  # a review of the targets is a review
    ("对今年政府工作的建议", "plan"),
    ("2023年重点工作", "plan"),
    ("2023年工作成效", "past"),
    ("经济运行回升向好", None),
])
def test_a_heading_naming_a_review_decides_before_plan_words(title: str, kind: str) -> None:
    assert heading_kind(title) == kind


def test_a_nested_heading_that_only_sounds_like_a_result_inherits_its_part() -> None:
    assert heading_kind("推动乡村振兴取得新成效") == "past"  # top level: the words decide
    assert heading_kind("推动乡村振兴取得新成效", nested=True) is None
    assert heading_kind("2023年工作回顾", nested=True) == "past"


def test_the_later_year_the_headings_name_is_the_plan() -> None:
    assert heading_kind("2024年主要工作") == "past"  # alone, 主要工作 sounds like a review
    assert heading_kind("2024年主要工作", plan_year=2024) == "plan"
    assert heading_kind("2023年主要工作", plan_year=2024) == "past"
    assert heading_kind("2023年工作回顾", plan_year=2023) == "past"  # 回顾 decides


def test_the_plan_after_review_subsections_is_not_review(tmp_path: Path) -> None:
    _a, b = pair(tmp_path)
    [(start, end)] = review_spans(detect_outline(b))
    assert "城市面貌持续改善" in b.text[start:end]
    assert "年内完成投资超60亿元" not in b.text[start:end]


def test_a_target_list_is_cut_per_comma_clause_with_a_figure() -> None:
    text = ("全省地区生产总值增长6%左右，一般公共预算总收入增长6%左右，固定资产投资增长6%，"
            "城镇居民、农村居民人均可支配收入分别增长7%、7.5%，居民收入与经济增长基本同步。")
    got = [text[s:e] for s, e in items(text, 0, len(text))]
    assert got[:3] == ["全省地区生产总值增长6%左右", "一般公共预算总收入增长6%左右", "固定资产投资增长6%"]
    # beside figures, an indicator held at a level is a target of its own (session 7)
    assert got[3:] == ["城镇居民、农村居民人均可支配收入分别增长7%、7.5%", "居民收入与经济增长基本同步。"]
    # any other clause without a figure stays with the one before it
    run_on = "地区生产总值增长6%左右，在实际工作中争取更好结果；"
    assert [run_on[s:e] for s, e in items(run_on, 0, len(run_on))] == [run_on]
    prose = "积极承接京津产业转移，抓好重点平台建设，推动一批疏解项目落地。"
    assert items(prose, 0, len(prose)) == [(0, len(prose))]


def test_a_short_name_matches_its_long_form(tmp_path: Path, segmenter: Segmenter,
                                            idf: Idf) -> None:
    top = top_for(tmp_path, segmenter, idf, "“两新”")
    assert "设备更新" in top.passage.quote
    assert {w for *_, w in top.matched} >= {"设备更新", "以旧换新"}


def test_without_the_table_the_generic_sentence_wins(
        tmp_path: Path, segmenter: Segmenter, idf: Idf,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbr, "load", lambda *_a, **_k: ())
    top = top_for(tmp_path, segmenter, idf, "“两新”")
    assert "设备更新" not in top.passage.quote  # the rule above is what finds it


def test_a_report_defines_its_own_short_names(tmp_path: Path, segmenter: Segmenter,
                                              idf: Idf) -> None:
    [two] = abbr.defined("加快城市更新和老旧小区改造（以下简称“两改”），推动城市面貌持续改善。")
    assert two == abbr.Abbreviation("两改", ("城市更新", "小区改造"))
    top = top_for(tmp_path, segmenter, idf, "“两改”项目")
    assert top.passage.quote.startswith("城市更新和小区改造完成投资52亿元")


def test_the_table_rows_name_a_policy_in_either_form() -> None:
    table = {a.short: a for a in abbr.load()}
    assert {"两新", "两重", "三农", "双碳", "一带一路"} <= set(table)
    assert abbr.named("推动大规模设备更新和消费品以旧换新", table.values()) == {"两新"}
    assert abbr.named("“两重”建设成效明显", table.values()) == {"两重"}
    assert abbr.named("设备更新稳步推进", table.values()) == frozenset()  # one part is not all


def test_a_term_lends_its_pairs_only_whole(tmp_path: Path, segmenter: Segmenter,
                                           idf: Idf) -> None:
    # 保交楼 and 保交房 share 保交: a different thing (a near miss), not half of it
    top = top_for(tmp_path, segmenter, idf, "保交楼")
    assert top.passage.quote.startswith("保交楼任务全面完成")
    housing = top_for(tmp_path, segmenter, idf, "保障性住房")
    assert "保障性住房3200套" in housing.passage.quote
    pairs = matching.char_pairs("保障性住房建设")
    in_terms = matching.term_pairs("保障性住房建设", pairs, ["保障性住房"])
    whole = matching.pair_score(pairs, matching.char_pairs("保障性住房"), in_terms, "保障性住房")
    part = matching.pair_score(pairs, matching.char_pairs("住房保障"), in_terms, "住房保障")
    assert whole == pytest.approx(4 / 6) and part == pytest.approx(2 * matching.NEAR_MISS / 6)


def test_a_figure_of_b_s_plan_answers_nothing(tmp_path: Path, segmenter: Segmenter,
                                              idf: Idf) -> None:
    top = top_for(tmp_path, segmenter, idf, "城市更新完成投资50亿元以上")
    assert top.in_review and top.figure == "52亿元" and top.verdict == "met"
    a, b = pair(tmp_path)
    evidence = proposals.Evidence(b.text, detect_outline(b), segmenter, idf)
    [plan] = [s for s in evidence.sentences if "超60亿元" in s.passage.quote]
    assert not plan.in_review and all(f.is_target for f in plan.figures)


def test_a_review_estimate_with_zuoyou_is_a_result(tmp_path: Path, segmenter: Segmenter,
                                                   idf: Idf) -> None:
    a_text = A_TEXT + "全市生产总值增长5.5%左右。\n"
    b_text = B_TEXT.replace("过去一年，全市经济运行稳中向好。", "过去一年，全市生产总值增长5.8%左右。")
    top = top_for(tmp_path, segmenter, idf, "生产总值增长5.5%左右", a_text, b_text)
    assert (top.figure, top.verdict, top.in_review) == ("5.8%", "met", True)


def test_the_index_gives_what_scanning_every_sentence_gives(
        segmenter: Segmenter, idf: Idf, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = load_report(REAL / "hun2025_2026.A.txt"), load_report(REAL / "hun2025_2026.B.txt")
    oa, ob = detect_outline(a), detect_outline(b)
    pooled = propose(a.text, oa, b.text, ob, segmenter, idf, limit=5)
    # every sentence, with the associates it names (the last argument: each associate's
    # most): pruning by MIN_CANDIDATE loses nothing
    monkeypatch.setattr(proposals.Evidence, "_pool", lambda self, *_a, **_k: [
        (s, [w for w in _a[-1] if w in s.words]) for s in self.sentences])
    scanned = propose(a.text, oa, b.text, ob, segmenter, idf, limit=5)
    assert [[c.passage for c in p.candidates] for p in pooled] == \
        [[c.passage for c in p.candidates] for p in scanned]


def _key(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (REAL / f"{name}.key.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            commitment, _, evidence = line.partition("\t")
            rows.append((commitment, evidence))
    return rows


#: the pairs held back in session 8 (whole B reports, news-account A texts), tune since
HELDBACK3 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "held back in session 8" in line
                         for p in [line.split("\t")[0]]))
#: pairs whose B is a whole report (session 8)
LONG = tuple(p for p in TUNE if p.endswith("_full"))
#: the two parts keyed blind and scored once at the end of session 8 (heldback4,
#: heldback5), studied in session 9, tune since
STUDIED9 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                        .splitlines()[1:] if "keyed blind as part heldback" in line
                        and "in session 8" in line for p in [line.split("\t")[0]]))
#: the part keyed blind and scored once in session 9 (heldback6: news accounts of the
#: plan as A), studied in session 9 round 2, tune since
HELDBACK6 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "keyed blind as part heldback6" in line
                         for p in [line.split("\t")[0]]))
#: the part keyed blind and scored once in session 10 (heldback7: a school's 工作要点 as A,
#: its leaders' 述职 and the principal's New Year address as B), studied in round 2, tune since
HELDBACK7 = tuple(sorted(p for line in (REAL / "split.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if "keyed blind as part heldback7" in line
                         for p in [line.split("\t")[0]]))


#: the part keyed blind in session 11 (heldback10: whole reports on both sides), scored once
#: blind at its end, studied in session 12 (match14)
TUNE13 = tuple(sorted(p for p, part in SPLIT.items() if part == "tune13"))


@pytest.mark.parametrize(("names", "floor"), [
    (tuple(p for p in TUNE if p not in HELDBACK2 and p not in LONG and p not in HELDBACK3
           and p not in STUDIED9 and p not in HELDBACK6 and p not in HELDBACK7), 0.95),
    (HELDBACK2, 0.86),  # tuned on in session 7 from 0.58 (its blind figure)
    (LONG, 0.88),  # the whole Sichuan 2026 report as B: 0.83 at its first run
    (HELDBACK3, 0.92),  # tuned on in session 8 round 2 from 0.82 (its blind figure)
    (STUDIED9, 0.92),  # studied in session 9 from 0.85 (its session 8 rules)
    (HELDBACK6, 0.68),  # studied in session 9 round 2 from 0.36 (its blind figure)
    (HELDBACK7, 0.81),  # 0.78 at its blind scoring in session 10 (match10's rules); 0.84 after round 2 (match10b)
    (TUNE13, 0.85),  # whole reports (heldback10): 0.81 blind in session 11, 0.875 after match14
])
def test_tune_pairs_end_to_end_stay_above_a_floor(segmenter: Segmenter, idf: Idf,
                                                  names: tuple[str, ...], floor: float) -> None:
    """End to end on the tune pairs (commitments found by Yuepi): every keyed commitment is
    found, and its evidence is in the top 3 for at least `floor` of them."""
    assert names
    found = in_top3 = total = 0
    for name in names:
        a, b = load_report(REAL / f"{name}.A.txt"), load_report(REAL / f"{name}.B.txt")
        made = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
        for commitment, evidence in _key(name):
            total += 1
            at = a.text.index(commitment)
            hits = [p for p in made if p.commitment.passage.start <= at
                    < p.commitment.passage.end]
            if not hits:
                continue
            found += 1
            if any(evidence in c.passage.quote for c in hits[0].candidates[:3]):
                in_top3 += 1
    assert found == total
    assert in_top3 / total >= floor


TERM_B = """某省2023年政府工作报告

一、过去一年和五年工作回顾

过去一年，全省经济企稳回升。全年居民消费价格上涨2%，粮食产量610万吨。我们扎实推进保交楼稳民生工作，全面完成年度任务。

过去五年极不寻常、极不平凡。居民消费价格年均上涨2.1%，粮食产量连年稳定在600万吨以上。保交楼稳民生工作五年来持续推进，累计交付住房10万套。

二、2023年工作安排

今年居民消费价格涨幅3%左右。
"""

TERM_A = """某省2022年政府工作报告

一、2021年工作回顾

全省经济持续恢复，各项事业取得新进展。

二、2022年工作任务

今年居民消费价格涨幅3%左右；粮食产量保持在600万吨以上。确保粮食能源安全。保障粮食等重要农产品供应，保障民生和企业正常生产经营用电。
"""


def test_the_review_of_the_term_comes_after_last_year_s(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    from model.compare.parts import years_spans

    _a, b = pair(tmp_path, TERM_A, TERM_B)
    [(start, end)] = years_spans(b.text, detect_outline(b))
    assert b.text[start:].startswith("过去五年极不寻常") and "二、" not in b.text[start:end]
    prices = top_for(tmp_path, segmenter, idf, "居民消费价格涨幅3%左右", TERM_A, TERM_B)
    assert (prices.figure, prices.verdict) == ("2%", "met")  # not the 年均 2.1%
    grain = top_for(tmp_path, segmenter, idf, "粮食产量保持在600万吨以上", TERM_A, TERM_B)
    assert "粮食产量610万吨" in grain.passage.quote and grain.in_review


def test_a_run_in_lead_sentence_is_a_commitment(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    a, b = pair(tmp_path, TERM_A, TERM_B)
    found = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    assert any(p.commitment.passage.quote == "确保粮食能源安全。" for p in found)


def test_the_corpus_is_consistent() -> None:
    """Every pair is in the split and the README; every key row quotes A and B exactly."""
    split = SPLIT
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    pairs = sorted(p.name.removesuffix(".key.tsv") for p in REAL.glob("*.key.tsv"))
    assert sorted(split) == pairs and all(v.startswith(("tune", "heldback")) for v in split.values())
    assert set(TUNE) == {p for p, part in split.items() if part == "tune"}
    for name in pairs:
        assert f"| {name} |" in readme
        a = (REAL / f"{name}.A.txt").read_text(encoding="utf-8")
        b = (REAL / f"{name}.B.txt").read_text(encoding="utf-8")
        for commitment, evidence in _key(name):
            assert commitment in a, (name, commitment)
            assert b.count(evidence) == 1, (name, evidence)


def test_a_commitment_of_task_verbs_only_gets_no_candidates_and_no_error(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    from model.compare.passages import Passage

    _a, b = pair(tmp_path)
    evidence = proposals.Evidence(b.text, detect_outline(b), segmenter, idf)
    assert evidence.candidates(Passage(0, 5, "进一步做好。", ())) == []


def test_an_estimate_in_a_s_own_review_is_no_commitment(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    a_text = TERM_A.replace("全省经济持续恢复，各项事业取得新进展。",
                            "全省经济持续恢复，预计全年生产总值增长3.8%左右，各项事业取得新进展。")
    a, b = pair(tmp_path, a_text, TERM_B)
    found = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    assert found and not any("3.8%" in p.commitment.passage.quote for p in found)


def test_a_missing_table_means_no_short_names(tmp_path: Path) -> None:
    assert abbr.load(tmp_path / "missing.txt") == ()


def test_a_pair_whose_titles_name_years_the_wrong_way_round_is_told() -> None:
    from model.compare.pair import looks_reversed, title_year

    assert title_year("2024年国务院政府工作报告") == 2024
    assert title_year("县工信局2023 年工作总结和2024年工作打算") == 2024
    assert title_year("政府工作报告") == 0
    assert looks_reversed("2024年政府工作报告", "2023年政府工作报告")
    assert not looks_reversed("2023年政府工作报告", "2024年政府工作报告")
    assert not looks_reversed("政府工作报告", "2023年政府工作报告")  # nothing to go by


LITERAL_A = """某省2023年政府工作报告

一、2022年工作回顾

全省经济平稳运行。

二、2023年工作任务

积极承接京津产业转移。保持物价水平基本稳定。深化国企改革。
"""

LITERAL_B = """某省2024年政府工作报告

一、2023年工作回顾

过去一年，全省经济回升向好。承接疏解加力提速。携手京津打造新能源和智能网联汽车、机器人等重点产业链，引进央企二三级子公司实现历史性突破。社会消费品零售总额保持基本稳定。在全球高通胀背景下，全省物价保持较低水平。实施国有企业改革深化提升行动。企业效益持续改善。
"""


def test_a_near_literal_repetition_beats_one_rare_word(
        tmp_path: Path, segmenter: Segmenter, idf: Idf,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """B repeating more of the commitment's characters (京津, 产业) reports on it more surely
    than a short sentence with only its rarest word (承接) (河北 2023→2024)."""
    top = top_for(tmp_path, segmenter, idf, "积极承接京津产业转移", LITERAL_A, LITERAL_B)
    assert top.passage.quote.startswith("携手京津打造")
    monkeypatch.setattr(proposals, "LITERAL_WEIGHT", 0.0)
    monkeypatch.setattr(proposals, "SHORT_LEAD", 1.0)  # 承接疏解加力提速。 is a short lead
    top = top_for(tmp_path, segmenter, idf, "积极承接京津产业转移", LITERAL_A, LITERAL_B)
    assert top.passage.quote.startswith("承接疏解")  # the rule above is what finds it


def test_a_compound_s_leading_part_names_it(
        tmp_path: Path, segmenter: Segmenter, idf: Idf,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """物价 is 物价水平 with its generic head dropped: not a near miss; and 保持 is a task
    verb, so the subject is 物价水平, not 保持."""
    top = top_for(tmp_path, segmenter, idf, "保持物价水平基本稳定", LITERAL_A, LITERAL_B)
    assert "物价保持较低水平" in top.passage.quote
    assert "物价" in {w for *_, w in top.matched}
    monkeypatch.setattr(proposals, "LEAD_SHARE", 0.0)
    top = top_for(tmp_path, segmenter, idf, "保持物价水平基本稳定", LITERAL_A, LITERAL_B)
    assert "物价" not in top.passage.quote


def test_a_contraction_names_its_compound(tmp_path: Path, segmenter: Segmenter,
                                          idf: Idf) -> None:
    top = top_for(tmp_path, segmenter, idf, "深化国企改革", LITERAL_A, LITERAL_B)
    assert top.passage.quote.startswith("实施国有企业改革")
    assert "国有企业" in {w for *_, w in top.matched}
    assert matching.contractions(["国有企业", "环境保护", "改革", "财政政策"]) == {
        "国企": "国有企业", "环保": "环境保护"}  # 财政 is 财政政策's head, not its short form


def test_a_share_answers_no_growth_target(tmp_path: Path, segmenter: Segmenter,
                                          idf: Idf) -> None:
    a_text = LITERAL_A + "规模以上工业增加值增长5%。\n"
    b_text = LITERAL_B.replace("企业效益持续改善。",
                               "高技术制造业增加值占规模以上工业比重达56.7%。")
    a, b = pair(tmp_path, a_text, b_text)
    found = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    [p] = [p for p in found if "增长5%" in p.commitment.passage.quote]
    assert all(c.figure == "" for c in p.candidates)
