from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from model.outline.tree import Outline, OutlineNode
from model.reading.keywords import Idf, document_keywords, section_keywords, whole_words
from model.reading.segmenter import Segmenter

TEXT = ("一、乡村振兴\n大力推进乡村振兴，发展特色产业，壮大村集体经济。乡村振兴成效明显，特色产业带动增收。\n"
        "二、作风建设\n加强作风建设，整治形式主义、官僚主义。作风建设持续推进，形式主义问题得到整治。\n")


def test_document_keywords_skip_boilerplate(segmenter: Segmenter, idf: Idf) -> None:
    words = [w for w, _ in document_keywords(TEXT, segmenter, 6, idf)]
    assert "乡村振兴" in words and "作风建设" in words
    assert not {"加强", "推进", "工作", "问题"} & set(words)


def test_section_keywords_per_node(segmenter: Segmenter, idf: Idf) -> None:
    second = TEXT.index("二、")
    outline = Outline(None, [
        OutlineNode(1, 1, "heading", "一、", "乡村振兴", 0, second),
        OutlineNode(3, 1, "heading", "二、", "作风建设", second, len(TEXT)),
    ])
    result = section_keywords(TEXT, outline, segmenter, 3, idf)
    assert set(result) == {0, second}
    first_words = [w for w, _ in result[0]]
    second_words = [w for w, _ in result[second]]
    assert "乡村振兴" in first_words and "作风建设" not in first_words
    assert "作风建设" in second_words or "形式主义" in second_words
    weights = [w for _, w in result[0]]
    assert weights == sorted(weights, reverse=True) and len(weights) == 3


def test_idf_top_and_custom_files(tmp_path: Path) -> None:
    idf_file = tmp_path / "idf.txt"
    idf_file.write_text("稀有 10.0\n常见 1.0\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("# comment\n忽略\n", encoding="utf-8")
    table = Idf.load(idf_file, stop)
    assert table.top(["常见", "常见", "稀有", "忽略", "甲", "12"], 5) == [
        ("稀有", round(1 / 3 * 10.0, 4)), ("常见", round(2 / 3 * 1.0, 4))]
    assert table.top([], 3) == []


@pytest.mark.parametrize("word", ["XX", "XXX", "ＸＸ", "**", "2024", "１２", "余家", "亿只", "万元",
                                  "达到", "聚力", "同比增长", "下步", "存在困难", "在肯定成绩的同时"])
def test_placeholders_counts_and_boilerplate_are_not_keywords(idf: Idf, word: str) -> None:
    assert not idf.wanted(word)


@pytest.mark.parametrize("word", ["5G", "专精特新", "县工信局", "链长制", "营商环境", "小巨人"])
def test_content_terms_are_keywords(idf: Idf, word: str) -> None:
    assert idf.wanted(word)


def test_unit_names_and_shorthand_stay_whole(segmenter: Segmenter, idf: Idf) -> None:
    text = ("三、2025年工作打算\n（一）聚力产业链提升\n深入实施产业链“链长制”，力争新引进项目15个以上。"
            "（责任单位：县工信局、县招商服务中心）\n（二）聚力企业培育\n实施规上企业倍增计划，新培育"
            "专精特新企业8家左右，新增“三品一标”认证产品，培育“XX优品”品牌。（责任单位：县工信局）\n")
    words = [w for w, _ in document_keywords(text, segmenter, 12, idf)]
    assert {"县工信局", "链长制", "专精特新", "三品一标", "规上企业"} <= set(words)
    assert not {"县工", "信局", "聚力", "XX", "一标", "链长"} & set(words)


def test_common_official_words_give_way_to_the_reports_subjects(segmenter: Segmenter,
                                                                 idf: Idf) -> None:
    """Weighed against official documents (resources/dict/official_df.txt), the words every
    report uses leave the top; the report's own subjects stay (issue 14, item 5)."""
    path = Path(__file__).resolve().parents[2] / "data" / "suggest" / "city_gov_report.txt"
    text = path.read_text(encoding="utf-8")
    assert all(text.count(w) >= 2 for w in ("建设", "发展", "加快", "经济"))
    words = [w for w, _ in document_keywords(text, segmenter, 12, idf)]
    assert not {"建设", "发展", "加快", "推进", "经济", "人民政府", "代表"} & set(words)
    assert {"专精特新", "城镇调查失业率", "一般公共预算收入", "一网通办"} <= set(words)
    plain = Idf(idf.idf, idf.stopwords)  # no reference list: the generic words come back
    assert "发展" in [w for w, _ in document_keywords(text, segmenter, 12, plain)]


def test_reference_list_weighs_and_drops(tmp_path: Path) -> None:
    idf_file = tmp_path / "idf.txt"
    idf_file.write_text("建设 5.0\n林长制 5.0\n加快 5.0\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("", encoding="utf-8")
    reference = tmp_path / "df.txt"
    reference.write_text("# documents 9\n建设\t8\n加快\t2\n", encoding="utf-8")
    table = Idf.load(idf_file, stop, reference_path=reference)
    assert table.common("建设") and not table.wanted("建设")
    assert table.specificity("林长制") == 1.0 and 0 < table.specificity("加快") < 1
    assert [w for w, _ in table.top(["建设", "加快", "林长制"], 3)] == ["林长制", "加快"]
    assert Idf.load(idf_file, stop, reference_path=tmp_path / "none.txt").documents == 0


def _dict_idf(idf: Idf) -> Idf:
    """The IDF table as the plain dict it was before the compact table (read as then)."""
    from model.reading.keywords import IDF_PATH

    table: dict[str, float] = {}
    for line in IDF_PATH.read_text(encoding="utf-8").split("\n"):
        word, _, value = line.partition(" ")
        if value:
            table[word] = float(value)
    return Idf(table, idf.stopwords, idf.reference, idf.documents)


def test_compact_idf_gives_the_same_keywords(segmenter: Segmenter, idf: Idf) -> None:
    """The compact table holds every word with the same value (and so the same median);
    the keywords of the test corpus are the same as with the dict."""
    from model.errors import ModelError
    from model.outline.detector import detect_outline
    from model.report.loading import load_report

    before = _dict_idf(idf)
    assert len(idf.idf) == len(before.idf) and idf.median == before.median
    assert all(idf.idf.get(w) == v for w, v in before.idf.items())  # type: ignore[union-attr]
    assert idf.idf.get("不是词语吧", 0.5) == before.idf.get("不是词语吧", 0.5) == 0.5
    root = Path(__file__).resolve().parents[3]
    checked = 0
    for path in sorted((root / "tests" / "data").rglob("*")):
        if path.suffix not in (".txt", ".md", ".docx"):
            continue
        try:
            report = load_report(path)
        except ModelError:
            continue
        outline = detect_outline(report)
        text = report.text
        assert (document_keywords(text, segmenter, idf=idf)
                == document_keywords(text, segmenter, idf=before))
        assert (section_keywords(text, outline, segmenter, idf=idf)
                == section_keywords(text, outline, segmenter, idf=before))
        checked += 1
    assert checked > 40


TOWN = ("青山鎮2024年工作總結\n今年以來，青山鎮黨委政府堅持以項目建設為抓手，青山鎮新建茶葉加工廠3座，"
        "青山鎮農民人均可支配收入增長6%。全鎮共有12個行政村，青山鎮旅遊收入增長12%。\n")


def test_a_name_jieba_cuts_apart_is_one_keyword_not_a_fragment(segmenter: Segmenter,
                                                               idf: Idf) -> None:
    """jieba cuts 青山镇 as 青|山镇: the keyword is the whole name, in the Traditional
    report as written (青山鎮) and in its Simplified form alike; never the fragment 山鎮."""
    from model.reading.analysis import analyse
    from model.reading.traditional import simplified
    from model.report.loading import report_from_text

    for text, name, fragment in ((TOWN, "青山鎮", "山鎮"), (simplified(TOWN), "青山镇", "山镇")):
        words = [w for w, _ in analyse(report_from_text(text), None, segmenter,
                                       idf).document_keywords]
        assert name in words and fragment not in words
        assert fragment not in [w for w, _ in document_keywords(text, segmenter, idf=idf)]


def test_whole_words_keeps_array_starts_an_array_with_the_same_joins() -> None:
    # 青|山镇 twice (adjacent), so the pair is one word; 山镇 never stands alone
    words = ["青", "山镇", "的", "青", "山镇", "建设"]
    starts = [0, 1, 3, 4, 5, 7]
    from_list = whole_words(words, starts)
    from_array = whole_words(words, array("i", starts))
    assert from_list is not None and from_array is not None
    assert from_list[0] == from_array[0] == ["青山镇", "的", "青山镇", "建设"]
    assert isinstance(from_array[1], array) and from_array[1].typecode == "i"
    assert list(from_array[1]) == list(from_list[1]) == [0, 3, 4, 7]


def test_whole_words_reuse_joins_the_given_list_in_place() -> None:
    words = ["青", "山镇", "的", "青", "山镇", "建设"]
    starts = array("i", [0, 1, 3, 4, 5, 7])
    expected = whole_words(list(words), starts)
    joined = whole_words(words, starts, reuse=True)
    assert joined is not None and expected is not None
    assert joined[0] is words and words == expected[0] == ["青山镇", "的", "青山镇", "建设"]
    assert list(joined[1]) == list(expected[1])


def test_whole_words_never_joins_a_function_character_to_the_next_word() -> None:
    """的|二十大 (党的二十大) and 和|信息化 (工业和信息化厅) stand together every time, but
    的 and 和 head no name: no 的二十大 or 和信息化."""
    words = ["党", "的", "二十大", "工业", "和", "信息化", "厅",
             "党", "的", "二十大", "工业", "和", "信息化", "厅", "以", "目的", "为", "目的"]
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    assert whole_words(words, starts) is None


def _starts(words: list[str]) -> list[int]:
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    return starts


def test_a_function_character_heading_a_name_is_joined(idf: Idf) -> None:
    """和|兴村 and 对|江村-like names jieba does not know are one place when the rest is a
    fragment ending in a unit (兴村 is no word); a word jieba knows whole is joined too. A
    preposition before a word of its own (在|全县) or a count (和|两县) is not a name."""
    words = ["和", "兴村", "发展", "和", "兴村", "产业", "在", "全县", "推广", "在", "全县",
             "和", "两县", "和", "两县", "于", "洪区", "于", "洪区", "的", "二十大", "的", "二十大"]
    joined = whole_words(words, _starts(words), knows=idf.knows)
    assert joined is not None
    assert joined[0] == ["和兴村", "发展", "和兴村", "产业", "在", "全县", "推广", "在", "全县",
                         "和", "两县", "和", "两县", "于洪区", "于洪区",
                         "的", "二十大", "的", "二十大"]
    assert whole_words(words, _starts(words)) is None  # no vocabulary: never joined


VILLAGE = ("和兴村2024年工作总结\n和兴村坚持党建引领，和兴村新建茶叶加工厂3座，"
           "和兴村集体经济收入增长12%，和兴村获评省级文明村。\n")


def test_a_village_headed_by_a_function_character_is_one_keyword(segmenter: Segmenter,
                                                                 idf: Idf) -> None:
    """jieba cuts 和兴村 as 和|兴村: the keyword is the village, never 兴村; a place jieba
    knows whole (于都县, 和平区) stays whole."""
    from model.reading.analysis import analyse
    from model.report.loading import report_from_text

    assert [t.word for t in segmenter.tokenize("和兴村")] == ["和", "兴村"]
    found = [w for w, _ in analyse(report_from_text(VILLAGE), None, segmenter,
                                   idf).document_keywords]
    assert "和兴村" in found and "兴村" not in found
    assert "和兴村" in [w for w, _ in document_keywords(VILLAGE, segmenter, idf=idf)]
    places = "于都县和平区联合开展工作，于都县、和平区签约，于都县推进改革。"
    found = [w for w, _ in document_keywords(places, segmenter, idf=idf)]
    assert "于都县" in found and "和平区" in found and "都县" not in found


SPEECH = ("工业和信息化厅办公室工作汇报\n"
          "一、突出讲政治\n认真学习贯彻党的二十大精神，工业和信息化厅办公室坚持以服务为目的，"
          "深入学习党的二十大报告。\n"
          "二、突出讲大局\n围绕工业和信息化中心工作，把党的二十大部署落到实处，以服务基层为目的。\n")


def test_keywords_of_a_speech_have_no_function_character_head(segmenter: Segmenter,
                                                              idf: Idf) -> None:
    from model.reading.analysis import analyse
    from model.report.loading import report_from_text

    words = [w for w, _ in analyse(report_from_text(SPEECH), None, segmenter,
                                   idf).document_keywords]
    assert words and not [w for w in words if w[0] in "的和为"]
