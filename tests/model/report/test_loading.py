"""model/report/loading.py: load_report, the canonical text and every kind of bad input."""
from __future__ import annotations

import hashlib
import os
import stat
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from model import errors
from model.report import loading as report
from model.report.loading import Report, load_report, normalise_text, report_from_text

#: Permission bits do not stop root: real permission tests are skipped then, simulated ones run.
IS_ROOT = getattr(os, "geteuid", lambda: -1)() == 0

SAMPLE = (
    "县工信局2024年工作总结\n一、总体情况\n今年，𠀀村完成产值增长8.5%。\n"
    "（一）工业经济\n规上工业增加值稳步增长。\n二、存在问题\n一是创新能力不足。\n"
)
AFTER_EXT_B = SAMPLE.index("村完成")  # the word right after 𠀀

ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("gb18030", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
]
NEWLINES = ["\n", "\r\n", "\r"]


def write(path: Path, text: str, codec: str = "utf-8", bom: bytes = b"", nl: str = "\n") -> Path:
    path.write_bytes(bom + text.replace("\n", nl).encode(codec))
    return path


# --- good input: one canonical text ------------------------------------------------------


@pytest.mark.parametrize("nl", NEWLINES, ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize(("codec", "bom"), ENCODINGS, ids=lambda v: str(v))
def test_same_canonical_text_whatever_the_bytes(
    tmp_path: Path, codec: str, bom: bytes, nl: str
) -> None:
    r = load_report(write(tmp_path / "r.txt", SAMPLE, codec, bom, nl))
    assert r.text == SAMPLE
    assert r.text.index("村完成") == AFTER_EXT_B == 25  # 𠀀 is one code point, not two
    assert r.length == len(SAMPLE)
    assert r.sha256 == hashlib.sha256(SAMPLE.encode("utf-8")).hexdigest()
    assert r.format == "txt" and r.heading_hints == {}


@pytest.mark.parametrize(
    ("codec", "bom", "label"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8 BOM"),
        ("gb18030", b"", "gb18030"),
        ("utf-16-le", b"\xff\xfe", "utf-16le BOM"),
        ("utf-16-be", b"\xfe\xff", "utf-16be BOM"),
    ],
)
def test_encoding_label(tmp_path: Path, codec: str, bom: bytes, label: str) -> None:
    assert load_report(write(tmp_path / "r.txt", SAMPLE, codec, bom)).encoding == label


def test_gbk_fixture(data_dir: Path) -> None:
    r = load_report(data_dir / "loading" / "gbk_report.txt")
    assert r.encoding == "gb18030"
    assert r.text.split("\n")[2] == "全年完成工业产值增长8.5%，二〇二四年任务圆满完成。"


@pytest.mark.parametrize("name", ["utf16be_bom_crlf.txt", "utf8_cr.txt"])
def test_fixtures_give_the_sample(data_dir: Path, name: str) -> None:
    assert load_report(data_dir / "loading" / name).text == SAMPLE


def test_markdown(data_dir: Path) -> None:
    r = load_report(data_dir / "loading" / "report.md")
    assert (r.format, r.encoding) == ("md", "utf-8")
    assert r.heading_hints == {1: 1, 3: 2, 11: 3}
    assert r.text.split("\n")[10] == "### （一）工业经济"


@pytest.mark.parametrize("name", ["r.TXT", "r.Md", "r.markdown", "r.text", "README"])
def test_accepted_names(tmp_path: Path, name: str) -> None:
    assert load_report(write(tmp_path / name, SAMPLE)).text == SAMPLE


def test_crlf_markdown_hints_use_canonical_lines(tmp_path: Path) -> None:
    r = load_report(write(tmp_path / "r.md", "# 标题\n\n## 一、\n", nl="\r\n"))
    assert r.heading_hints == {1: 1, 3: 2}


def test_docx(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_heading("县工信局2024年工作总结", 0)
    doc.add_paragraph()
    doc.add_heading("一、总体情况", 1)
    doc.add_paragraph("今年，𠀀村完成产值增长8.5%。")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "数值"
    doc.add_paragraph("")
    doc.add_heading("（一）工业经济", 2)
    doc.add_paragraph("稳步增长。\u00a0完")
    doc.save(str(tmp_path / "r.docx"))
    r = load_report(tmp_path / "r.docx")
    lines = r.text.split("\n")
    assert (r.format, r.encoding) == ("docx", "docx")
    assert r.heading_hints == {1: 0, 3: 1, 7: 2}
    for line, level in r.heading_hints.items():  # line number = paragraph number
        assert lines[line - 1] == ["县工信局2024年工作总结", "一、总体情况", "（一）工业经济"][
            min(level, 2)
        ]
    assert lines[1] == lines[5] == ""
    assert lines[4] == "指标\t数值"
    assert lines[7] == "稳步增长。 完"  # no-break space made canonical
    assert r.line_starts()[3] + lines[3].index("村完成") == r.text.index("村完成")
    assert lines[3].index("村完成") == 4


# --- normalise_text and Report ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("\ufeff甲乙", "甲乙"),
        ("\ufeff\ufeff甲", "甲"),  # setPlainText drops a second leading BOM as well
        ("甲\r\n乙\r丙\n丁", "甲\n乙\n丙\n丁"),
        ("甲\r\r\n乙", "甲\n\n乙"),
        ("甲\u2028乙\u2029丙", "甲\n乙\n丙"),
        ("甲\ufdd0乙\ufdd1丙", "甲\n乙\n丙"),
        ("甲\u00a0乙", "甲 乙"),
        ("甲\x0c乙\t丙\u3000丁", "甲\x0c乙\t丙\u3000丁"),  # FF, tab, ideographic space stay
        ("甲\ufeff乙", "甲\ufeff乙"),  # only a leading BOM is dropped
    ],
)
def test_normalise_text(raw: str, canonical: str) -> None:
    assert normalise_text(raw) == canonical
    assert normalise_text(canonical) == canonical


def test_clean_text_is_not_copied() -> None:
    text = SAMPLE * 10
    assert normalise_text(text) is text


def test_line_starts() -> None:
    r = report_from_text("甲\r\n𠀀乙\n\n丙")
    assert r.text == "甲\n𠀀乙\n\n丙"
    assert r.line_starts() == [0, 2, 5, 6]
    assert report_from_text("甲\n").line_starts() == [0, 2]


def test_report_properties() -> None:
    r = report_from_text(SAMPLE, name="x/报告.txt")
    assert isinstance(r, Report)
    assert r.name == "报告.txt"
    assert r.sha256 == r.sha256 == hashlib.sha256(SAMPLE.encode()).hexdigest()


# --- bad input -------------------------------------------------------------------------


def _expect(path: Path, error: type[errors.ReportError]) -> errors.ReportError:
    with pytest.raises(error) as info:
        load_report(path)
    assert str(path) in str(info.value)
    return info.value


def test_missing(tmp_path: Path) -> None:
    _expect(tmp_path / "nope.txt", errors.ReportNotFound)
    _expect(tmp_path / "nope" / "r.txt", errors.ReportNotFound)
    _expect(write(tmp_path / "file.txt", SAMPLE) / "r.txt", errors.ReportNotFound)


def test_odd_names_are_not_found(tmp_path: Path) -> None:
    for path in (tmp_path / ("x" * 5000 + ".txt"), tmp_path / "a\x00b.txt"):
        with pytest.raises(errors.ReportNotFound):
            load_report(path)


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    _expect(tmp_path / "folder.txt", errors.ReportIsDirectory)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    err = _expect(tmp_path / "pipe.txt", errors.ReportNotRegular)
    assert isinstance(err, errors.ReportUnreadable)
    with pytest.raises(errors.ReportNotRegular):
        load_report(os.devnull)


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
@pytest.mark.skipif(sys.platform == "win32", reason="chmod cannot deny reading on Windows")
def test_no_permission(tmp_path: Path) -> None:
    path = write(tmp_path / "r.txt", SAMPLE)
    path.chmod(0)
    try:
        _expect(path, errors.ReportUnreadable)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_no_permission_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Works as root too: the access check and a PermissionError while opening."""
    path = write(tmp_path / "r.txt", SAMPLE)
    monkeypatch.setattr(report.os, "access", lambda *_a, **_k: False)
    _expect(path, errors.ReportUnreadable)
    monkeypatch.undo()

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(report, "open", refuse, raising=False)
    _expect(path, errors.ReportUnreadable)


def test_read_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: object, **_k: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(report, "open", fail, raising=False)
    err = _expect(write(tmp_path / "r.txt", SAMPLE), errors.ReportUnreadable)
    assert "Input/output error" in str(err)


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n", "\ufeff\u3000\u3000\n".encode()])
def test_empty_or_blank(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "r.txt").write_bytes(content)
    _expect(tmp_path / "r.txt", errors.ReportEmpty)


def test_blank_docx(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("")
    doc.add_paragraph("   ")
    doc.save(str(tmp_path / "r.docx"))
    _expect(tmp_path / "r.docx", errors.ReportEmpty)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", errors.ReportBinary),
        (bytes(range(256)) * 4, errors.ReportBinary),
        (b"abc \x80\x80 def", errors.ReportDecodeError),
        ("Résumé très détaillé".encode("latin-1"), errors.ReportDecodeError),
        (SAMPLE.encode("utf-16-le"), errors.ReportUtf16NoBom),
    ],
    ids=["png", "all-bytes", "undecodable", "latin-1", "utf16-no-bom"],
)
def test_bad_bytes(tmp_path: Path, data: bytes, error: type[errors.ReportError]) -> None:
    (tmp_path / "r.txt").write_bytes(data)
    _expect(tmp_path / "r.txt", error)


def test_corrupt_docx(tmp_path: Path) -> None:
    (tmp_path / "random.docx").write_bytes(os.urandom(3000))
    with zipfile.ZipFile(tmp_path / "nodoc.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    doc = docx.Document()
    doc.add_paragraph("正文")
    doc.save(str(tmp_path / "good.docx"))
    good = (tmp_path / "good.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(good[: len(good) - 300])
    (tmp_path / "text.docx").write_text("一、总体情况\n", encoding="utf-8")
    for name in ("random.docx", "nodoc.docx", "cut.docx", "text.docx"):
        _expect(tmp_path / name, errors.ReportCorrupt)


@pytest.mark.parametrize("name", ["r.doc", "r.txt.bak", "r.png"])
def test_unsupported(tmp_path: Path, name: str) -> None:
    _expect(write(tmp_path / name, SAMPLE), errors.ReportUnsupported)


@pytest.mark.parametrize("name", ["r.pdf", "r.PDF"])
def test_text_named_pdf_is_a_damaged_pdf(tmp_path: Path, name: str) -> None:
    _expect(write(tmp_path / name, SAMPLE), errors.ReportCorrupt)


def test_missing_beats_unsupported(tmp_path: Path) -> None:
    _expect(tmp_path / "r.pdf", errors.ReportNotFound)


@pytest.mark.parametrize("name", ["r.txt", "r.docx"])
def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = write(tmp_path / name, SAMPLE)
    monkeypatch.setattr(report, "MAX_REPORT_BYTES", path.stat().st_size - 1)
    err = _expect(path, errors.ReportTooLarge)
    assert "50 MB" in err.message()


def test_exactly_at_the_limit_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "r.txt", SAMPLE)
    monkeypatch.setattr(report, "MAX_REPORT_BYTES", path.stat().st_size)
    assert load_report(path).text == SAMPLE


def test_file_growing_after_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "r.txt", SAMPLE)
    monkeypatch.setattr(report, "_check_file", lambda _p: None)
    monkeypatch.setattr(report, "MAX_REPORT_BYTES", 10)
    _expect(path, errors.ReportTooLarge)


def test_every_report_error_has_an_english_message() -> None:
    def subclasses(cls: type) -> list[type]:
        return [cls] + [s for c in cls.__subclasses__() for s in subclasses(c)]

    for cls in subclasses(errors.ReportError):
        assert cls.code in errors.MESSAGES, cls
        assert "\n" not in errors.MESSAGES[cls.code]
