"""PDF reports (issue 15, item 2): model/report/pdf_reader.py and pdf_layout.py on PDFs that
Qt's PDF writer makes in the test from the sample report (text layer in a CJK font, page
furniture, a paragraph over a page break, two columns) and on hand-made bad ones."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from model import errors
from model.annotations import AnnotationSet
from model.export.citation import Citer
from model.export.review import build_review
from model.outline.detector import detect_outline
from model.report import pdf_reader
from model.report.loading import load_report
from model.report.pdf_layout import Line, Page, clean_text, rebuild
from model.sidecar.dump import dumps
from tests import pdf_bytes
from tests import pdf_support as pdfs
from tests.model.sidecar.helpers import annotate, set_of

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "县工信局2024年工作总结.txt"
HEADER = "县工信局文件（内部资料）"


def sample_paragraphs() -> list[str]:
    return [line.strip("\u3000 ") for line in SAMPLE.read_text(encoding="utf-8").split("\n")
            if line.strip()]


@pytest.fixture
def cjk(qapp: object) -> str:
    family = pdfs.cjk_family()
    if family is None:
        pytest.skip("no CJK font installed (tools/system_deps.sh installs Noto CJK)")
    return family


def sample_pdf(path: Path, number: pdfs.PageNumber = pdfs.DASH_NUMBER) -> Path:
    paragraphs = sample_paragraphs()
    return pdfs.report_pdf(path, paragraphs[1:], title=paragraphs[0],
                           header=HEADER, number=number)


# --- a generated report ------------------------------------------------------------------
@pytest.mark.parametrize("number", [pdfs.DASH_NUMBER, pdfs.FULLWIDTH_NUMBER,
                                    pdfs.CHINESE_NUMBER], ids=["dash", "fullwidth", "chinese"])
def test_paragraphs_are_rebuilt_and_page_furniture_dropped(
        tmp_path: Path, cjk: str, number: pdfs.PageNumber) -> None:
    report = load_report(sample_pdf(tmp_path / "报告.pdf", number))
    assert report.format == "pdf"
    assert report.text.split("\n") == sample_paragraphs()  # every paragraph, nothing else
    assert HEADER not in report.text


def test_page_starts_and_a_paragraph_over_a_page_break(tmp_path: Path, cjk: str) -> None:
    report = load_report(sample_pdf(tmp_path / "报告.pdf"))
    starts = report.page_starts
    assert len(starts) >= 4 and starts[0] == 0 and list(starts) == sorted(starts)
    assert report.page_at(0) == 1 and report.page_at(report.length - 1) == len(starts)
    # a page that starts inside a paragraph: the paragraph is whole, in the original words
    inside = [s for s in starts[1:] if report.text[s - 1] != "\n"]
    assert inside
    line_start = report.text.rfind("\n", 0, inside[0]) + 1
    line = report.text[line_start:report.text.find("\n", inside[0])]
    assert line in sample_paragraphs()
    page = starts.index(inside[0]) + 1
    assert report.page_at(inside[0] - 1) == page - 1 and report.page_at(inside[0]) == page


def test_the_outline_is_the_one_of_the_text_report(tmp_path: Path, cjk: str) -> None:
    pdf = load_report(sample_pdf(tmp_path / "报告.pdf"))
    txt = load_report(SAMPLE)
    labels = [(n.depth, n.kind, n.label) for n in detect_outline(pdf).nodes()]
    assert labels == [(n.depth, n.kind, n.label) for n in detect_outline(txt).nodes()]
    assert len(labels) > 10
    assert detect_outline(pdf).title == detect_outline(txt).title


def test_text_layer_radicals_are_read_as_ideographs(tmp_path: Path, cjk: str) -> None:
    # Qt's writer maps 工, 长, 页 … to Kangxi or simplified radicals in the text layer
    text = load_report(sample_pdf(tmp_path / "报告.pdf")).text
    assert "工业" in text and not any("\u2e80" <= ch <= "\u2fdf" for ch in text)


def test_two_columns_are_read_left_then_right(tmp_path: Path, cjk: str) -> None:
    left = ["左栏第一段，内容比较长，需要换行才能排完，这里再多写一些文字。",
            "左栏第二段也很长，继续写一些文字来测试分栏的阅读顺序。"]
    right = ["右栏第一段，内容同样很长，需要换行排完，也再多写一些文字。", "右栏第二段到此结束。"]
    report = load_report(pdfs.two_column_pdf(tmp_path / "两栏.pdf", left, right, title="两栏"))
    assert report.text.split("\n") == ["两栏", *left, *right]


def test_citations_and_exports_show_the_page(tmp_path: Path, cjk: str) -> None:
    report = load_report(sample_pdf(tmp_path / "报告.pdf"))
    outline = detect_outline(report)
    quote = "新增规上工业企业18家"
    at = report.text.index(quote)
    page = report.page_at(at)
    assert page is not None and page > 1
    citer = Citer(report.text, outline, report.page_starts)
    assert citer.cite(at, at + len(quote)).endswith(f" › 第{page}页")
    assert citer.cite(at, at + len(quote), "en").endswith(f" › p. {page}")
    across = report.page_starts[2]
    assert citer.page_label(across - 3, across + 3) == "第2至3页"
    assert Citer(report.text, outline).page_label(at) == ""  # no pages: no page part
    annotation = annotate(report.text, quote)
    review = build_review(report, outline, set_of(annotation))
    assert any(e.citation.endswith(f"第{page}页") for g in review.groups for e in g.entries)


def test_the_sidecar_keeps_the_page_starts(tmp_path: Path, cjk: str) -> None:
    report = load_report(sample_pdf(tmp_path / "报告.pdf"))
    data = json.loads(dumps(report, set_of(annotate(report.text, "新增规上工业企业"))))
    assert data["source"]["page_starts"] == list(report.page_starts)
    assert data["source"]["sha256"] == report.sha256
    schema = json.loads((ROOT / "resources" / "sidecar.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    text_report = load_report(SAMPLE)
    assert "page_starts" not in json.loads(dumps(text_report, AnnotationSet()))["source"]


# --- refused -------------------------------------------------------------------------------
def test_a_scan_needs_ocr(tmp_path: Path, qapp: object) -> None:
    with pytest.raises(errors.ReportPdfNoText) as caught:
        load_report(pdfs.scan_pdf(tmp_path / "扫描件.pdf"))
    assert "OCR" in str(caught.value)


def test_a_password_protected_pdf(tmp_path: Path) -> None:
    path = tmp_path / "加密.pdf"
    path.write_bytes(pdf_bytes.encrypted_pdf_bytes())
    with pytest.raises(errors.ReportPdfEncrypted):
        load_report(path)


@pytest.mark.parametrize("data", [
    pdf_bytes.plain_pdf_bytes()[:150],  # truncated
    b"%PDF-1.7\n" + bytes(range(256)) * 40,  # garbage after the header
    b"not a pdf at all",
], ids=["truncated", "garbage", "not-pdf"])
def test_damaged_pdfs_are_corrupt(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "坏.pdf"
    path.write_bytes(data)
    with pytest.raises(errors.ReportCorrupt):
        load_report(path)


def test_a_latin_pdf_in_a_standard_font(tmp_path: Path) -> None:
    path = tmp_path / "report.PDF"
    path.write_bytes(pdf_bytes.plain_pdf_bytes("Annual report"))
    report = load_report(path)
    assert report.text == "Annual report" and report.page_starts == (0,)


def test_missing_pypdfium2_is_a_clear_error(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf_bytes.plain_pdf_bytes())
    monkeypatch.setitem(__import__("sys").modules, "pypdfium2", None)
    with pytest.raises(errors.ReportPdfUnavailable):
        load_report(path)


def test_bounds_are_clear_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf_bytes.many_pages_pdf_bytes(5))
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 4)
    with pytest.raises(errors.ReportPdfTooLarge, match="5 pages"):
        load_report(path)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 10)
    monkeypatch.setattr(pdf_reader, "MAX_SECONDS", -1.0)
    with pytest.raises(errors.ReportPdfTooLarge, match="to read"):
        load_report(path)
    assert isinstance(errors.ReportPdfTooLarge(), errors.ReportTooLarge)


# --- the layout rules, on lines ------------------------------------------------------------
def _line(text: str, x0: float, top: float, x1: float | None = None,
          size: float = 10.0) -> Line:
    return Line(text, x0, x1 if x1 is not None else x0 + len(text) * size, top,
                top - size, size)


@pytest.mark.parametrize("furniture", [
    "— 3 —", "－3－", "- 3 -", "3", "第 3 页", "第3页 共9页", "3/9", "Page 3", "３"])
def test_page_number_forms_are_dropped(furniture: str) -> None:
    page = Page(300, 400, (_line("正文一行。", 20, 300), _line(furniture, 140, 20)))
    assert rebuild([page])[0] == "正文一行。"


def test_a_page_number_in_the_body_is_kept() -> None:
    page = Page(300, 400, (_line("3", 20, 200), _line("正文。", 20, 180)))
    assert rebuild([page])[0] == "3\n正文。"


def test_running_header_on_most_pages_is_dropped_but_a_one_off_title_kept() -> None:
    pages = [Page(300, 400, (*((_line("第一章 总则", 60, 390, size=14),) if n == 0 else ()),
                             _line(f"某某局文件 {n}", 60, 370),
                             _line(f"第{n}页的正文。", 20, 300)))
             for n in range(4)]
    assert rebuild(pages)[0].split("\n") == ["第一章 总则", *(f"第{n}页的正文。" for n in range(4))]


def test_without_indents_a_sentence_end_closes_the_paragraph() -> None:
    lines = (_line("第一句在这里结束。", 20, 300, x1=110), _line("第二段开始并且很长很长", 20, 285, x1=110),
             _line("继续。", 20, 270, x1=50))
    assert rebuild([Page(300, 400, lines)])[0] == "第一句在这里结束。\n第二段开始并且很长很长继续。"


def test_latin_words_get_a_space_across_a_line_break_numbers_do_not() -> None:
    lines = (_line("GDP growth of 12", 20, 300, x1=110), _line("5 percent in the", 20, 285, x1=110),
             _line("county.", 20, 270, x1=60))
    assert rebuild([Page(300, 400, lines)])[0] == "GDP growth of 125 percent in the county."


def test_a_page_without_text_starts_where_the_next_text_does() -> None:
    pages = [Page(300, 400, (_line("一页。", 20, 300),)), Page(300, 400, ()),
             Page(300, 400, (_line("三页。", 20, 300),))]
    assert rebuild(pages) == ("一页。\n三页。", (0, 4, 4))


def test_clean_text_keeps_length_rules() -> None:
    assert clean_text("⼯作⻓期\x00\ufeff\u2028") == "工作长期 "


def test_a_word_hyphenated_over_a_line_break_is_joined() -> None:
    lines = (_line(clean_text("the manip\ufffe"), 20, 300, x1=110), _line("ulation of data.", 20, 285, x1=100))
    assert rebuild([Page(300, 400, lines)])[0] == "the manipulation of data."


def test_a_table_of_short_cells_is_read_row_by_row() -> None:
    rows = [("指标", "数值"), ("产值", "186亿元"), ("增速", "10.4%"), ("企业", "156家")]
    lines = tuple(line for n, (a, b) in enumerate(rows)
                  for line in (_line(a, 40, 300 - 20 * n), _line(b, 200, 300 - 20 * n)))
    text = rebuild([Page(400, 400, lines)])[0]
    assert text.replace("\n", "") == "".join(c for row in rows for c in row)


def test_a_last_page_of_indented_lines_is_measured_by_the_other_pages() -> None:
    body = [_line("正文很长的一行文字内容", 20 + (n % 3 == 0) * 20, 380 - 14 * n,
                  x1=130) for n in range(12)]
    last = (_line("最后一段的最后一行。", 20, 300, x1=70), _line("特此报告。", 40, 286, x1=90),
            _line("某某局", 40, 272, x1=70), _line("2024年12月20日", 40, 258, x1=110))
    paragraphs = rebuild([Page(300, 400, tuple(body)), Page(300, 400, last)])[0].split("\n")
    assert paragraphs[-4:] == ["正文很长的一行文字内容" * 3 + "最后一段的最后一行。",
                               "特此报告。", "某某局", "2024年12月20日"]
