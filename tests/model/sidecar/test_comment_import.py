"""Comments a colleague made in Word/WPS become annotations
(model/report/docx_comments_read.py, model/sidecar/comment_import.py)."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest

from model import errors
from model.annotations import DEFAULT_TAGS, AnnotationSet, make_annotation
from model.report.docx_comments_read import check_comments, read_comments
from model.report.loading import load_report
from model.sidecar.comment_import import default_tag, import_comments, split_tag

LINES = ["县工信局2024年工作总结", "一、主要成效", "全年规上工业增加值增长8.5%，高于全市平均水平。",
         "二、存在问题", "项目储备不足，后续支撑乏力。", "三、下步打算", "力争新增规上企业10家。"]


def commented(path: Path, lines: list[str] = LINES,
              comments: tuple[tuple[str, str, str], ...] = ()) -> Path:
    """A .docx as Word writes one: each comment (passage, text, author) on the first
    paragraph holding the passage, its runs split around it."""
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    for passage, text, author in comments:
        p = next(p for p in doc.paragraphs if passage in p.text)
        before, after = p.text.split(passage, 1)
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        runs = [p.add_run(before), p.add_run(passage), p.add_run(after)]
        comment = doc.add_comment(runs[1], text=text, author=author, initials=author[:1])
        comment._comment_elm.date = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc)
    doc.save(str(path))
    return path


def plain(path: Path, lines: list[str] = LINES) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_split_tag() -> None:
    tags = list(DEFAULT_TAGS)
    assert split_tag("问题：数据口径不一", tags) == ("problem", "数据口径不一")
    assert split_tag("问题: 数据", tags) == ("problem", "数据")
    assert split_tag("【承诺】按季度落实", tags) == ("commitment", "按季度落实")
    assert split_tag("Question: source?", tags) == ("question", "source?")
    assert split_tag("成效", tags) == ("achievement", "")
    assert split_tag("问题较多，需核实", tags) == (None, "问题较多，需核实")
    assert default_tag(AnnotationSet(), None) == "problem"
    assert default_tag(AnnotationSet(), "存疑") == "question"
    with pytest.raises(errors.UnknownTag):
        default_tag(AnnotationSet(), "nope")


def test_a_colleagues_comments_become_annotations(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(
        ("增长8.5%", "数据：口径？", "王科长"),
        ("项目储备不足", "请补充储备项目清单", "李处"),
    ))
    report = load_report(path)
    result = import_comments(report, read_comments(path), AnnotationSet())
    got = sorted((a.tag, a.quote, a.note, a.author, a.created) for a in result.placed)
    assert got == [("figure", "增长8.5%", "口径？", "王科长", "2024-05-01T09:30:00+00:00"),
                   ("problem", "项目储备不足", "请补充储备项目清单", "李处",
                    "2024-05-01T09:30:00+00:00")]
    placed = {a.quote: a for a in result.placed}
    assert report.text[placed["增长8.5%"].start:placed["增长8.5%"].end] == "增长8.5%"


def test_comments_from_a_copy_land_on_another_version(tmp_path: Path) -> None:
    """The commented copy is an older version: passages found by their text; one whose
    text is gone is unplaced (an orphan, with its quote), not dropped."""
    copy = commented(tmp_path / "copy.docx", comments=(
        ("增长8.5%", "数据：口径？", "王科长"),
        ("后续支撑乏力", "问题：为何乏力", "李处"),
    ))
    newer = LINES[:2] + ["新增的一段说明。"] + LINES[2:4] + ["项目储备不足。"] + LINES[5:]
    report = load_report(plain(tmp_path / "r.txt", newer))
    result = import_comments(report, read_comments(copy), AnnotationSet(),
                             fallback_tag="question")
    assert [(a.quote, a.tag) for a in result.placed] == [("增长8.5%", "figure")]
    assert report.text[result.placed[0].start:result.placed[0].end] == "增长8.5%"
    assert [(a.quote, a.note, a.orphaned) for a in result.unplaced] == [
        ("后续支撑乏力", "为何乏力", True)]


def test_a_point_comment_marks_its_paragraph(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx")
    doc = docx.Document(str(path))
    p = doc.paragraphs[4]
    comment = doc.add_comment(p.runs[0], text="整段存疑", author="王")
    # Word's point comment: the range markers side by side, no text between
    start = p._p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                      "commentRangeStart")
    p._p.remove(start)
    end = p._p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                    "commentRangeEnd")
    end.addprevious(start)
    assert comment.comment_id == 0
    doc.save(str(path))
    result = import_comments(load_report(path), read_comments(path), AnnotationSet())
    assert [(a.quote, a.tag, a.note) for a in result.placed] == [
        ("项目储备不足，后续支撑乏力。", "problem", "整段存疑")]


def replace_part(path: Path, name: str, data: bytes | None) -> Path:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    if data is None:
        parts.pop(name)
    else:
        parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, body in parts.items():
            z.writestr(part, body)
    return path


@pytest.mark.parametrize("xml", [
    b"<w:comments xmlns:w='x'><w:comment",  # not well-formed
    b"<?xml version='1.0'?><notcomments/>",
    b"<w:comments xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
    b"<w:comment w:author='a'><w:p/></w:comment></w:comments>",  # no id
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><x>&b;</x>",
])
def test_malformed_comments_part_has_its_own_error(tmp_path: Path, xml: bytes) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据", "王"),))
    replace_part(path, "word/comments.xml", xml)
    with pytest.raises(errors.DocxCommentsMalformed):
        check_comments(path)
    with pytest.raises(errors.DocxCommentsMalformed):
        read_comments(path)


def test_no_comments_part_means_no_comments(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx")
    check_comments(path)
    assert read_comments(path).comments == ()


def test_a_comment_without_markers_is_unplaced_with_its_own_text(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "问题：无锚点", "王"),))
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml")
    for tag in (b"commentRangeStart", b"commentRangeEnd"):
        body = body.replace(b"<w:" + tag + b' w:id="0"/>', b"")
    replace_part(path, "word/document.xml", body)
    result = import_comments(load_report(path), read_comments(path), AnnotationSet())
    assert not result.placed
    assert [(a.quote, a.note, a.orphaned) for a in result.unplaced] == [
        ("问题：无锚点", "无锚点", True)]


def test_a_comment_without_markers_stays_unplaced_in_another_version(tmp_path: Path) -> None:
    """Its quote is the comment's own text: found again, it would land on any place that
    happens to hold those words ("问题" in a heading), far from what it was about."""
    path = commented(tmp_path / "c.docx", comments=(("后续支撑乏力", "存在问题", "王"),))
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml")
    body = body.replace(b'<w:commentRangeEnd w:id="0"/>', b'<w:commentRangeEnd w:id="99"/>')
    replace_part(path, "word/document.xml", body)
    report = load_report(plain(tmp_path / "r.txt", LINES + ["附：存在问题清单。"]))
    result = import_comments(report, read_comments(path), AnnotationSet())
    assert not result.placed
    assert [(a.quote, a.orphaned) for a in result.unplaced] == [("存在问题", True)]


def test_existing_annotations_are_not_duplicated(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据：口径？", "王科长"),))
    report = load_report(path)
    mine = AnnotationSet()
    start = report.text.index("增长8.5%")
    mine.add(make_annotation(report.text, start, start + 6, "figure", note="口径？",
                             author="王科长"))
    result = import_comments(report, read_comments(path), mine)
    assert (result.placed, result.duplicates) == ((), 1)


def test_word_replies_close_the_note_of_their_comment(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据：口径？", "王科长"),
                                                     ("项目储备不足", "问题：补清单", "王科长")))
    doc = docx.Document(str(path))  # the reply: on the same words, as Word puts it
    run = next(r for p in doc.paragraphs for r in p.runs if r.text == "增长8.5%")
    doc.add_comment(run, text="同意，已核", author="李处")
    doc.save(str(path))
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml import parse_xml

    with zipfile.ZipFile(path) as z:
        root = parse_xml(z.read("word/comments.xml"))
    w14 = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
    for comment in root:  # Word names each comment's last paragraph
        comment.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")[-1] \
            .set(w14, "0000000" + comment.get(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id"))
    replace_part(path, "word/comments.xml", serialize_part_xml(root))
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    extended = (f'<w15:commentsEx xmlns:w15="{w15}"><w15:commentEx w15:paraId="00000000"/>'
                f'<w15:commentEx w15:paraId="00000001"/>'
                f'<w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000000"/>'
                f'</w15:commentsEx>')
    replace_part(path, "word/commentsExtended.xml", extended.encode("utf-8"))
    read = read_comments(path)
    assert sorted((c.id, c.parent) for c in read.comments) == [
        ("0", None), ("1", None), ("2", "0")]
    result = import_comments(load_report(path), read, AnnotationSet())
    assert sorted((a.quote, a.note) for a in result.placed) == [
        ("增长8.5%", "口径？\n— 李处：同意，已核"), ("项目储备不足", "补清单")]


def test_a_report_with_a_damaged_comments_part_still_opens(tmp_path: Path) -> None:
    """The comments part holds none of the report's text: the report opens (the part
    emptied), its annotated copy can be written, and only the import complains."""
    from model.export.docx_comments import build_annotated_copy

    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据", "王"),))
    replace_part(path, "word/comments.xml", b"<w:comments><w:comment")
    report = load_report(path)
    assert report.text == "\n".join(LINES)
    s = AnnotationSet()
    start = report.text.index("项目储备不足")
    s.add(make_annotation(report.text, start, start + 6, "problem", note="补清单"))
    copy = tmp_path / "copy.docx"
    copy.write_bytes(build_annotated_copy(report, s).data)
    assert [c.text for c in read_comments(copy).comments] == ["问题：补清单"]
    with pytest.raises(errors.DocxCommentsMalformed):
        read_comments(path)
