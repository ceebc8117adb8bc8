"""The annotated copy and the comment import on odd .docx structure and mutated comment
markup: the offset map always agrees with the reader's canonical text, the copy keeps
the text, and a damaged document or comment part ends in a ModelError, never another
exception."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from model import errors
from model.annotations import AnnotationSet, make_annotation
from model.export.docx_comments import build_annotated_copy
from model.report.docx_comments_read import read_comments
from model.report.docx_offsets import build_map
from model.report.loading import load_report
from model.sidecar.comment_import import import_comments
from tests.model.sidecar.test_comment_import import replace_part

W = nsdecls("w")


def odd_document(path: Path) -> Path:
    """Tracked insertions and deletions, an inline content control, a simple field, tabs
    and line breaks, a hyperlink, a block content control, a table with horizontal and
    vertical merges and a nested table, an empty paragraph, no-break spaces."""
    doc = docx.Document()
    doc.add_paragraph("报告标题")
    p = doc.add_paragraph("开头")
    p._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="a"><w:r><w:delText>删去</w:delText>'
                          f'</w:r></w:del>'))
    p._p.append(parse_xml(f'<w:sdt {W}><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent>'
                          f'</w:sdt>'))
    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr="PAGE"><w:r><w:t>1</w:t></w:r>'
                          f'</w:fldSimple>'))
    p.add_run("甲\t乙").add_break()
    p.add_run("丙\u00a0丁")
    p._p.append(parse_xml(f'<w:hyperlink {W}><w:r><w:t>链接</w:t></w:r></w:hyperlink>'))
    doc.add_paragraph("")
    table = doc.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"格{r}{c}"
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(2, 0).add_table(rows=1, cols=1).cell(0, 0).text = "嵌套"
    table.cell(2, 1).add_paragraph("第二段")
    body = doc.element.body
    last = doc.add_paragraph("控件里的段落")._p
    sdt = parse_xml(f"<w:sdt {W}><w:sdtContent/></w:sdt>")
    last.addprevious(sdt)
    sdt[0].append(last)
    doc.add_paragraph("结尾。")
    assert body is doc.element.body
    doc.save(str(path))
    return path


def test_map_agrees_with_the_reader_on_odd_structure(tmp_path: Path) -> None:
    path = odd_document(tmp_path / "odd.docx")
    report = load_report(path)
    from model.report.loading import normalise_text
    assert normalise_text(build_map(docx.Document(str(path))).text) == report.text


@pytest.mark.parametrize("seed", range(12))
def test_random_annotations_survive_the_round_trip(tmp_path: Path, seed: int) -> None:
    """Any spans, overlapping anywhere: the copy keeps the text and every comment comes
    back on its span, give or take line ends and cells repeated at its edges."""
    path = odd_document(tmp_path / "odd.docx")
    report = load_report(path)
    text = report.text
    rng = random.Random(seed)
    s = AnnotationSet()
    for _ in range(25):
        start = rng.randrange(len(text) - 1)
        s.add(make_annotation(text, start, min(len(text), start + rng.randrange(1, 30)),
                              rng.choice(["problem", "figure"]), note=str(rng.random())))
    out = tmp_path / "copy.docx"
    out.write_bytes(build_annotated_copy(report, s).data)
    assert load_report(out).text == text
    result = import_comments(report, read_comments(out), AnnotationSet())
    back = {a.note: a for a in result.placed}
    assert len(back) + len(result.unplaced) == len(s)
    pieces = build_map(docx.Document(str(path))).pieces
    for a in s:
        if a.note not in back:
            continue
        b = back[a.note]
        assert b.quote == text[b.start:b.end]
        if any(p.start < a.end and a.start < p.end for p in pieces):
            assert a.start <= b.start and b.end <= a.end
        else:  # no run text (line ends, repeated cells): a comment on its line
            line_start = text.rfind("\n", 0, a.start + 1) + 1
            assert text.rfind("\n", 0, b.start + 1) + 1 == line_start or b.start < a.end


@pytest.mark.parametrize("seed", range(30))
def test_mutated_comment_markup_never_crashes(tmp_path: Path, seed: int) -> None:
    """Comment ids shuffled, markers duplicated, dropped or swapped, odd attributes: a
    result or a ModelError."""
    path = odd_document(tmp_path / "odd.docx")
    report = load_report(path)
    s = AnnotationSet()
    text = report.text
    for quote in ("开头", "乙", "格11", "结尾"):
        start = text.index(quote)
        s.add(make_annotation(text, start, start + len(quote), "problem", note=quote))
    data = build_annotated_copy(report, s).data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8")
    rng = random.Random(seed)
    ids = ['w:id="0"', 'w:id="1"', 'w:id="2"', 'w:id="3"']
    for _ in range(rng.randrange(1, 6)):
        choice = rng.randrange(6)
        if choice == 0:
            document = document.replace(rng.choice(ids), rng.choice(ids + ['w:id="x"', 'w:id=""']), 1)
        elif choice == 1:
            document = document.replace("<w:commentRangeStart", "<w:commentRangeEnd", 1)
        elif choice == 2:
            document = document.replace('<w:commentRangeEnd w:id="1"/>', "", 1)
        elif choice == 3:
            comments = comments.replace(rng.choice(ids), 'w:id="99999999999999999999"', 1)
        elif choice == 4:
            comments = comments.replace("w:date=", "w:date=\"garbage\" w:x=", 1)
        else:
            comments = comments.replace(rng.choice(ids), "", 1)
    out = tmp_path / "m.docx"
    out.write_bytes(data)
    replace_part(out, "word/document.xml", document.encode("utf-8"))
    replace_part(out, "word/comments.xml", comments.encode("utf-8"))
    try:
        commented = read_comments(out)
    except errors.ModelError:
        return
    result = import_comments(report, commented, AnnotationSet())
    for a in result.placed:
        assert a.quote == text[a.start:a.end] and a.start < a.end
