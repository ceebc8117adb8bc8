"""model/report/readers.py: byte decoding, Markdown hints and .docx paragraphs."""
from __future__ import annotations

import random
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from model import errors
from model.report import docx_package, readers

TEXT = "一、总体情况\n今年，𠀀村完成产值增长8.5%。\n（一）工业经济\n稳步增长。\n"


# --- decode_text: what is accepted ------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8 BOM"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16le BOM"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16be BOM"),
        (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "utf-32le BOM"),
        (b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be"), "utf-32be BOM"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_decode_encodings(data: bytes, label: str) -> None:
    assert readers.decode_text(data, "r.txt") == (TEXT, label)


def test_gbk_is_read_as_gb18030() -> None:
    text = "二〇二四年工作总结：镕基、喆、堃等字也要对。\n"
    assert readers.decode_text(text.encode("gbk"), "r.txt") == (text, "gb18030")


@pytest.mark.parametrize("text", ["經濟發展報告，積極推進改革。\n", "推動GDP增長，5G基站建設。\n"])
def test_traditional_chinese_in_gbk_is_accepted(text: str) -> None:
    """Mostly outside GB2312, but not glued to Latin letters: not Latin-1 mojibake."""
    assert readers.decode_text(text.encode("gbk"), "r.txt") == (text, "gb18030")


def test_ascii_only_is_utf8() -> None:
    assert readers.decode_text(b"Annual report\n", "r.txt") == ("Annual report\n", "utf-8")


@pytest.mark.parametrize("extra", ["\x0c", "\x1b", "\x0b", "\x0c" * 5])
def test_stray_controls_are_tolerated(extra: str) -> None:
    text = f"一、总体情况\n{extra}第二页正文。\n"
    assert readers.decode_text(text.encode("utf-8"), "r.txt")[0] == text


def test_form_feeds_between_pages_are_tolerated() -> None:
    page = "工作总结正文，" * 20 + "\n"
    text = "\x0c".join([page] * 50)  # 50 page breaks: FF is not counted as binary
    assert readers.decode_text(text.encode("utf-8"), "r.txt")[0] == text


# --- decode_text: what is refused -------------------------------------------------------


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        _random_bytes(4096, 1) + b"\x00",
        _random_bytes(300, 2) + b"\x00\x00\x00\x00",
        b"%PDF-1.7\n\x00\x01\x02binary",
        "正文".encode() + bytes(range(1, 9)) * 4,  # many controls, no NUL
        TEXT.encode("utf-8") + b"\x00" + TEXT.encode("utf-8") * 3000,  # NUL past 8 KiB
    ],
    ids=["png", "random", "random-short", "pdf-bytes", "controls", "late-nul"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(errors.ReportBinary):
        readers.decode_text(data, "r.txt")


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_never_crash(seed: int) -> None:
    data = _random_bytes(random.Random(seed).randrange(1, 3000), seed)
    try:
        text, _ = readers.decode_text(data, "r.txt")
    except errors.ReportError:
        return
    assert "\x00" not in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT, "Annual report of the bureau\n" * 3])
def test_utf16_without_bom_gets_its_own_message(codec: str, text: str) -> None:
    with pytest.raises(errors.ReportUtf16NoBom) as info:
        readers.decode_text(text.encode(codec), "r.txt")
    assert isinstance(info.value, errors.ReportDecodeError)
    assert "byte-order mark" in str(info.value)


@pytest.mark.parametrize(
    "data",
    [
        b"abc \x80\x80\x80 def",  # 0x80 is invalid in UTF-8 and GB18030
        b"\xef\xbb\xbf\xff\xfe\xfd",  # UTF-8 BOM, then not UTF-8
        b"\xff\xfe" + "甲".encode("utf-16-le") + b"\x41",  # odd length
        b"\xff\xfe" + b"\x00\xd8\x41\x00",  # lone high surrogate
    ],
    ids=["invalid", "utf8-bom-bad", "utf16-odd", "utf16-surrogate"],
)
def test_undecodable_is_refused(data: bytes) -> None:
    with pytest.raises(errors.ReportDecodeError):
        readers.decode_text(data, "r.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Société Générale: résumé du rapport annuel, très détaillé.\n",
        "Ça va très bien, merci à tous!\n",
        "Jahresbericht für Städte und Gemeinden, Übersicht.\n",
        "naïve élève",
    ],
)
def test_latin1_is_refused_not_shown_as_garbage(text: str) -> None:
    """Decision: Latin-1 is not a supported encoding. Read as GB18030 it is mojibake (é + t is
    a GBK character), so it is refused. A short snippet whose byte pairs all happen to be
    GB2312 characters ("Größe") still slips through: garbage, but never a crash."""
    with pytest.raises(errors.ReportDecodeError):
        readers.decode_text(text.encode("latin-1"), "r.txt")


def test_error_detail_names_the_file() -> None:
    with pytest.raises(errors.ReportBinary) as info:
        readers.decode_text(PNG, "/tmp/报告.txt")
    assert str(info.value) == "not a text report (binary data): /tmp/报告.txt"


# --- markdown_hints ---------------------------------------------------------------------


def test_markdown_hints() -> None:
    text = "# 标题\n正文\n## 一、总体\n```\n# 代码\n```\n   ### （一）工业\n#不是标题\n####### 七级\n"
    assert readers.markdown_hints(text) == {1: 1, 3: 2, 7: 3}


def test_markdown_tilde_fence_is_not_closed_by_backticks() -> None:
    text = "~~~\n```\n# 代码\n~~~\n# 标题\n"
    assert readers.markdown_hints(text) == {5: 1}


# --- read_docx --------------------------------------------------------------------------


def build_docx(path: Path) -> Path:
    """Title, headings, an empty paragraph, a table, a soft line break, a custom heading."""
    doc = docx.Document()
    doc.add_heading("县工信局2024年工作总结", 0)  # 1 Title
    doc.add_paragraph("")  # 2 empty, kept
    doc.add_heading("一、总体情况", 1)  # 3
    para = doc.add_paragraph("今年，𠀀村")  # 4: soft break inside → one line
    para.add_run().add_break(WD_BREAK.LINE)
    para.add_run("完成产值增长8.5%。")
    table = doc.add_table(rows=2, cols=2)  # 5, 6
    for r, row in enumerate([("指标", "数值"), ("产值", "8.5%")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_heading("（一）工业经济", 2)  # 7
    doc.add_paragraph()  # 8 empty, kept
    doc.add_heading("", 2)  # 9 empty heading: no hint
    custom = doc.styles.add_style("我的标题", 1)  # paragraph style based on Heading 3
    custom.base_style = doc.styles["Heading 3"]
    doc.add_paragraph("1.规上工业", style="我的标题")  # 10
    doc.add_paragraph("稳步增长。")  # 11
    doc.save(str(path))
    return path


def test_docx_lines_are_paragraphs(tmp_path: Path) -> None:
    text, _ = readers.read_docx(build_docx(tmp_path / "r.docx"))
    assert text.split("\n") == [
        "县工信局2024年工作总结",
        "",
        "一、总体情况",
        "今年，𠀀村 完成产值增长8.5%。",
        "指标\t数值",
        "产值\t8.5%",
        "（一）工业经济",
        "",
        "",
        "1.规上工业",
        "稳步增长。",
    ]


def test_docx_heading_hints(tmp_path: Path) -> None:
    _, hints = readers.read_docx(build_docx(tmp_path / "r.docx"))
    assert hints == {1: 0, 3: 1, 7: 2, 10: 3}


def test_docx_outline_level_on_paragraph(tmp_path: Path) -> None:
    doc = docx.Document()
    para = doc.add_paragraph("一、直接设置大纲级别")
    ppr = para._p.get_or_add_pPr()
    lvl = ppr.makeelement(docx.oxml.ns.qn("w:outlineLvl"), {docx.oxml.ns.qn("w:val"): "1"})
    ppr.append(lvl)
    doc.add_paragraph("正文")
    doc.save(str(tmp_path / "r.docx"))
    assert readers.read_docx(tmp_path / "r.docx") == ("一、直接设置大纲级别\n正文", {1: 2})


def test_docx_content_control_paragraphs_are_read(tmp_path: Path) -> None:
    """Word wraps its table of contents in a block-level content control (w:sdt)."""
    doc = docx.Document()
    doc.add_paragraph("目录项")
    doc.add_paragraph("正文")
    body = doc.element.body
    first = body[0]
    sdt = body.makeelement(docx.oxml.ns.qn("w:sdt"), {})
    content = sdt.makeelement(docx.oxml.ns.qn("w:sdtContent"), {})
    sdt.append(content)
    first.addprevious(sdt)
    content.append(first)
    doc.save(str(tmp_path / "r.docx"))
    assert readers.read_docx(tmp_path / "r.docx")[0] == "目录项\n正文"


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return path


def test_docx_damaged_variants(tmp_path: Path) -> None:
    good = build_docx(tmp_path / "good.docx").read_bytes()
    cases = {
        "random.docx": _random_bytes(2000, 7),
        "truncated.docx": good[: len(good) // 2],
        "empty-zip.docx": b"PK\x05\x06" + bytes(18),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    _zip(tmp_path / "no-document.docx", {"[Content_Types].xml": "<Types/>", "a.txt": "x"})
    _zip(tmp_path / "bad-xml.docx", {"[Content_Types].xml": "<Types", "word/document.xml": "<"})
    with zipfile.ZipFile(tmp_path / "good.docx") as src, zipfile.ZipFile(
        tmp_path / "broken-part.docx", "w"
    ) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<w:document" if item.filename == "word/document.xml" else data)
    for name in [*cases, "no-document.docx", "bad-xml.docx", "broken-part.docx"]:
        with pytest.raises(errors.ReportCorrupt):
            readers.read_docx(tmp_path / name)


def test_docx_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_docx(tmp_path / "r.docx")
    monkeypatch.setattr(docx_package, "MAX_DOCX_UNPACKED_BYTES", 1000)
    with pytest.raises(errors.ReportTooLarge):
        readers.read_docx(path)


@pytest.mark.parametrize("seed", range(40))
def test_mutated_docx_never_crashes(tmp_path: Path, seed: int) -> None:
    """Random byte flips in a real .docx: read or ReportError, never another exception
    (this found zipfile's NotImplementedError for a damaged version field)."""
    good = bytearray(build_docx(tmp_path / "good.docx").read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.randrange(1, 20)):
        good[rng.randrange(len(good))] = rng.randrange(256)
    (tmp_path / "m.docx").write_bytes(bytes(good))
    try:
        text, hints = readers.read_docx(tmp_path / "m.docx")
    except errors.ReportError:
        return
    assert all(1 <= line <= text.count("\n") + 1 for line in hints)


def test_unknown_zip_version_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(build_docx(tmp_path / "good.docx").read_bytes())
    central = data.rfind(b"PK\x01\x02")  # last central directory entry
    data[central + 6] = 255  # "version needed to extract": 25.5
    (tmp_path / "v.docx").write_bytes(bytes(data))
    with pytest.raises(errors.ReportCorrupt):
        readers.read_docx(tmp_path / "v.docx")
