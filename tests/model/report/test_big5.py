"""Big5 and Big5-HKSCS reports: model/report/encodings.py decides GB18030 vs Big5."""
from __future__ import annotations

from pathlib import Path

import pytest

from model import errors
from model.outline.detector import detect_outline
from model.report import encodings as chinese_encoding
from model.report import readers
from model.report.loading import load_report, report_from_text

#: The text of tests/data/loading/big5_report.txt (stored as Big5 with CRLF line ends).
BIG5_TEXT = """政府工作報告
——2024年1月15日在市第十屆人民代表大會第三次會議上
市長　陳志明

各位代表：
現在，我代表市政府，向大會報告工作，請予審議，並請市政協委員和其他列席人員提出意見。

一、過去一年工作回顧
過去一年，面對複雜嚴峻的外部環境，全市上下團結奮鬥，經濟社會發展取得新成績。全年地區生產總值增長5.2%，一般公共預算收入增長6.8%。
（一）經濟持續穩定增長。工業生產加快恢復，重點項目建設有序推進，消費市場逐步回暖。
（二）改革開放不斷深化。營商環境持續優化，新設立企業數量創歷史新高。
（三）民生福祉穩步提升。新增就業崗位3.2萬個，城鄉居民收入穩步增長。

二、2024年主要任務
今年是實現發展目標的關鍵一年。我們將重點做好以下工作：
（一）推動產業轉型升級。加快發展先進製造業，培育新興產業集群。
（二）加強城市建設管理。完善交通網絡，提升公共服務水平。
1.推進老舊小區改造。
2.加快智慧城市建設。

三、加強政府自身建設
我們將堅持依法行政，主動接受人大監督和政協民主監督，建設人民滿意的服務型政府。

各位代表，新的征程已經開啟，讓我們團結一心，開拓進取，為建設美好家園而努力奮鬥！
謝謝大家。

特此報告。

附件：2024年重點項目清單
"""

#: (line, depth, marker, title) of every node of BIG5_TEXT's outline.
BIG5_OUTLINE = [
    (8, 1, "一、", "過去一年工作回顧"),
    (10, 2, "（一）", "經濟持續穩定增長"),
    (11, 2, "（二）", "改革開放不斷深化"),
    (12, 2, "（三）", "民生福祉穩步提升"),
    (14, 1, "二、", "2024年主要任務"),
    (16, 2, "（一）", "推動產業轉型升級"),
    (17, 2, "（二）", "加強城市建設管理"),
    (18, 3, "1.", "推進老舊小區改造"),
    (19, 3, "2.", "加快智慧城市建設"),
    (21, 1, "三、", "加強政府自身建設"),
]

#: Simplified text whose GBK bytes are also valid Big5 (tests/data/loading/gbk_also_big5.txt).
GBK_ALSO_BIG5 = """关于2026年度工业发展工作情况的报告
一、主要做法和成效
（一）强化组织领导
成立了以局长为组长的领导小组。
（二）优化营商环境
一是简化审批流程。二是推行“一网通办”。
二、存在困难和下步打算
（一）存在困难
一是项目储备不足。
（二）下步打算
力争明年工业增加值增长7%左右。
特此报告。
"""


@pytest.fixture
def loading(data_dir: Path) -> Path:
    return data_dir / "loading"


# --- the committed fixtures ---------------------------------------------------------------


def test_big5_fixture(loading: Path) -> None:
    r = load_report(loading / "big5_report.txt")
    assert (r.encoding, r.text) == ("big5", BIG5_TEXT)


def test_big5_fixture_bytes_are_big5_with_crlf(loading: Path) -> None:
    data = (loading / "big5_report.txt").read_bytes()
    assert data == BIG5_TEXT.replace("\n", "\r\n").encode("big5")
    data.decode("gb18030")  # the trap: GB18030 decodes it too, as mojibake


def test_big5hkscs_fixture(loading: Path) -> None:
    """嘅 and 𨋢 (lift, outside the BMP) exist only in HKSCS: plain Big5 fails, HKSCS reads."""
    data = (loading / "big5hkscs_report.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("big5")
    r = load_report(loading / "big5hkscs_report.txt")
    assert r.encoding == "big5hkscs"
    assert r.text == data.decode("big5hkscs")
    assert "舊樓加裝𨋢，方便長者出入" in r.text and "市民嘅支援" in r.text
    assert r.text.index("，方便") == r.text.index("𨋢") + 1  # one code point


@pytest.mark.parametrize("line", ["二〇二四年施政報告", "①推動創新科技"])
def test_hkscs_wins_where_big5_reads_kana(line: str) -> None:
    """C6A1–C7FC decode in both: ETEN kana in Python's big5, 〇 and ① in big5hkscs."""
    data = line.encode("big5hkscs")
    assert data.decode("big5") != line
    assert readers.decode_text(data, "r.txt") == (line, "big5hkscs")


def test_gbk_fixture_that_is_also_valid_big5_stays_gb18030(loading: Path) -> None:
    data = (loading / "gbk_also_big5.txt").read_bytes()
    assert data == GBK_ALSO_BIG5.encode("gbk")
    data.decode("big5")  # the trap the other way round
    r = load_report(loading / "gbk_also_big5.txt")
    assert (r.encoding, r.text) == ("gb18030", GBK_ALSO_BIG5)


def test_old_gbk_fixture_unchanged(loading: Path) -> None:
    assert load_report(loading / "gbk_report.txt").encoding == "gb18030"


def test_big5_outline_matches_the_utf8_copy(loading: Path) -> None:
    big5 = detect_outline(load_report(loading / "big5_report.txt"))
    utf8 = detect_outline(report_from_text(BIG5_TEXT))
    assert big5.to_json() == utf8.to_json()
    got = [(n.line, n.depth, n.marker, n.title) for n in big5.nodes()]
    assert got == BIG5_OUTLINE


HEAD = "關於2024年工作情況的報告\n一、主要工作\n全年完成各項任務，經濟穩步增長，民生持續改善。\n"


@pytest.mark.parametrize(
    "tail",
    [
        "特此報告。\n\nXX鎮人民政府\n2024年12月25日\n",
        "以上報告，請予評議。\n\n述職人：李四\n2024年12月30日\n",
        "我的匯報到此結束，謝謝大家。\n",
        "報告完畢。\n\n縣統計局辦公室\n",
    ],
)
def test_traditional_closing_block_ends_the_last_section(tail: str) -> None:
    """Traditional forms of the closing cues (outline_rules CLOSING, _SIGNER, _UNIT_END)
    end the last section before the closing block, as the simplified ones do."""
    node = detect_outline(report_from_text(HEAD + tail)).nodes()[-1]
    assert (node.marker, node.end) == ("一、", len(HEAD))


# --- short and ambiguous input ----------------------------------------------------------------


@pytest.mark.parametrize("line", [*GBK_ALSO_BIG5.splitlines(), "报告", "特此报告。", "谢谢大家。"])
def test_every_ambiguous_gbk_line_alone_stays_gb18030(line: str) -> None:
    data = line.encode("gbk")
    data.decode("big5")  # each is valid Big5 as well
    assert readers.decode_text(data, "r.txt") == (line, "gb18030")


@pytest.mark.parametrize("line", [*BIG5_TEXT.splitlines()[:2], "特此報告。", "謝謝大家。", "報告"])
def test_short_big5_files_are_big5(line: str) -> None:
    assert readers.decode_text(line.encode("big5"), "r.txt") == (line, "big5")


@pytest.mark.parametrize("text", ["經濟發展報告，積極推進改革。\n", "一、總體情況\n"])
def test_traditional_text_in_gbk_is_still_gb18030(text: str) -> None:
    """GBK has traditional characters too; their bytes are not valid Big5."""
    assert readers.decode_text(text.encode("gbk"), "r.txt") == (text, "gb18030")


def test_tie_goes_to_gb18030() -> None:
    """惆豢 (Big5 reading of GBK 报告) is as common as 报告: a tie keeps GB18030."""
    data = "报告".encode("gbk")
    assert chinese_encoding.uncommon_count(data.decode("big5")) == 0
    assert chinese_encoding.choose(data) == ("报告", "gb18030")


# --- refusals still work --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Ämter und Ärzte, Ästhetik", "Ärger", "ÅSA ÄRA Åland Ämter"])
def test_latin1_that_reads_as_common_big5_is_refused(text: str) -> None:
    """Ä + m is 獻, a common Big5 character, so Big5 wins the score; but every character
    sits glued to a Latin letter, so it is mojibake and refused like GB18030 mojibake."""
    data = text.encode("latin-1")
    assert chinese_encoding.choose(data) == (data.decode("big5"), "big5")
    with pytest.raises(errors.ReportDecodeError):
        readers.decode_text(data, "r.txt")


@pytest.mark.parametrize("text", ["推動GDP增長，5G基站建設。\n", "推動GDP增長"])
def test_big5_with_latin_words_is_accepted(text: str) -> None:
    assert readers.decode_text(text.encode("big5"), "r.txt") == (text, "big5")


def test_neither_codec_decodes() -> None:
    assert chinese_encoding.choose(b"abc \x80\x80 def") is None
    with pytest.raises(errors.ReportDecodeError):
        readers.decode_text(b"abc \x80\x80 def", "r.txt")


def test_big5_with_many_controls_is_binary() -> None:
    data = "政府工作報告".encode("big5") + bytes(range(1, 9)) * 4
    with pytest.raises(errors.ReportBinary):
        readers.decode_text(data, "r.txt")


# --- the scoring itself ------------------------------------------------------------------------


def test_common_characters_are_both_level_one_lists() -> None:
    common = chinese_encoding.common_characters()
    assert 6500 < len(common) < 7500  # 3,755 + 5,401 minus the shared ones + punctuation
    for ch in "一的是报告經濟發展，。、：“”（）":
        assert ch in common
    for ch in "镕𠀀\ue4c9ㄏ﹝":  # GB2312 level 2, Extension B, private use, bopomofo, a Big5 form
        assert ch not in common


def test_uncommon_count_ignores_ascii_and_counts_code_points() -> None:
    assert chinese_encoding.uncommon_count("GDP增长5%，报告。") == 0
    assert chinese_encoding.uncommon_count("镕\ue4c9𠀀 abc") == 3


def test_mojibake_scores_far_worse(loading: Path) -> None:
    data = (loading / "big5_report.txt").read_bytes()
    as_gb = chinese_encoding.uncommon_count(data.decode("gb18030"))
    as_big5 = chinese_encoding.uncommon_count(data.decode("big5"))
    assert as_big5 == 0 and as_gb > len(BIG5_TEXT) // 2
