"""Check that LibreOffice reads the annotated copy's comments where they belong:
`python -m tools.check_docx_comments [--keep DIR]`.

Builds two sample reports (a .docx with Word automatic numbers, a table and formatting
split over runs; a .txt), annotates them (overlapping annotations, one across two
paragraphs, one on a numbered heading, one in a table cell), writes their annotated
copies (model/export/docx_comments.py), converts each with `soffice --headless
--convert-to pdf` with comments exported (writer_pdf_Export ExportNotes: LibreOffice
puts each comment in the PDF as a text annotation at its anchor), and checks with
pdftotext that

- every comment is in the PDF once, with its text ("问题：…"), and
- each sits on the line of its passage: the PDF line nearest the annotation holds the
  first or the last characters of the passage (LibreOffice anchors a comment at the end
  of its range).

Needs soffice (Debian: libreoffice-writer) and pdftotext (poppler-utils); the test suite
does not (a large install). Exit 0 when everything is found, 1 otherwise.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from model.annotations import AnnotationSet, make_annotation
from model.export.docx_comments import build_annotated_copy, comment_text
from model.report.loading import Report, load_report

TIMEOUT_S = 180
#: writer_pdf_Export options: the comments as PDF annotations (and, from LibreOffice
#: 7.5 on, printed in the margin as well).
PDF_FILTER = ('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
              '"ExportNotesInMargin":{"type":"boolean","value":"true"}}')
_ANNOT = re.compile(rb"/Subtype\s*/Text\s*/Rect\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+[-\d.]+\s+"
                    rb"([-\d.]+)\s*\][^>]{0,400}?/Contents\s*(<[0-9A-Fa-f]{0,20000}>|\((?:[^()\\]|\\.){0,10000}\))")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s*\]")
_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</line>", re.S)
_WORD = re.compile(r"<word[^>]*>([^<]*)</word>")


@dataclass(frozen=True)
class Note:
    text: str
    top: float  # the middle of its rectangle, in points from the top of the page


def sample_docx(path: Path) -> Path:
    """A small 公文 with automatic numbers (一、), a bold run inside a sentence, a table."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    w = nsdecls("w")
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        f'<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str) -> None:
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))

    doc.add_paragraph("县工信局2024年工作总结")
    numbered("主要工作成效")
    p = doc.add_paragraph("全年规上工业增加值增长")
    p.add_run("8.5%").bold = True
    p.add_run("，高于全市平均水平1.2个百分点。新增入库项目12个。")
    numbered("存在的主要问题")
    doc.add_paragraph("项目储备不足，后续支撑乏力；要素保障偏紧，用地指标紧张。")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "完成情况"
    table.cell(1, 0).text, table.cell(1, 1).text = "固定资产投资", "完成年度目标的96%"
    numbered("下步工作打算")
    doc.add_paragraph("力争2025年新增规上企业10家以上。")
    doc.save(str(path))
    return path


def sample_txt(path: Path) -> Path:
    path.write_text("县工信局2024年工作总结\n一、主要工作成效\n全年规上工业增加值增长8.5%，"
                    "高于全市平均水平1.2个百分点。\n二、存在的主要问题\n项目储备不足，"
                    "后续支撑乏力。\n三、下步工作打算\n力争2025年新增规上企业10家以上。\n",
                    encoding="utf-8")
    return path


def annotate(report: Report) -> AnnotationSet:
    """Overlapping, cross-paragraph, numbered-heading and table annotations."""
    text = report.text
    wanted = [("增长8.5%", "figure", "口径需核实"),
              ("8.5%，高于全市平均水平", "achievement", "重叠的批注"),
              ("项目储备不足", "problem", "储备项目清单未附"),
              ("后续支撑乏力", "problem", "跨段：问题与表格"),
              ("下步工作打算", "measure", ""),
              ("二、存在的主要问题", "question", "从自动编号起"),
              ("完成年度目标的96%", "figure", "表格里的数字"),
              ("新增规上企业10家以上", "commitment", "承诺需量化到季度")]
    out = AnnotationSet()
    for quote, tag, note in wanted:
        start = text.find(quote)
        if start < 0:
            continue
        end = start + len(quote)
        if note.startswith("跨段"):
            end = text.find("\n", end) + 3  # into the next line
        out.add(make_annotation(text, start, end, tag, note=note, author="张审"))
    return out


def convert(docx_path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        raise RuntimeError("soffice and pdftotext are needed (libreoffice-writer, poppler-utils)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--norestore", "--convert-to", PDF_FILTER, "--outdir", str(out_dir),
                        str(docx_path)], check=True, capture_output=True, timeout=TIMEOUT_S)
    return out_dir / (docx_path.stem + ".pdf")


def pdf_notes(pdf: Path) -> list[Note]:
    """The text annotations LibreOffice wrote (single-page samples: one page height)."""
    data = pdf.read_bytes()
    height_match = _MEDIABOX.search(data)
    height = float(height_match.group(1)) if height_match else 842.0
    notes = []
    for m in _ANNOT.finditer(data):
        middle = (float(m.group(2)) + float(m.group(3))) / 2
        notes.append(Note(_pdf_string(m.group(4)), height - middle))
    return notes


def _pdf_string(raw: bytes) -> str:
    if raw.startswith(b"<"):
        hexa = bytes.fromhex(raw[1:-1].decode("ascii"))
        return hexa[2:].decode("utf-16-be") if hexa.startswith(b"\xfe\xff") else hexa.decode(
            "latin-1")
    body = re.sub(rb"\\(.)", rb"\1", raw[1:-1])
    return body[2:].decode("utf-16-be") if body.startswith(b"\xfe\xff") else body.decode("latin-1")


def pdf_lines(pdf: Path) -> list[tuple[float, float, str]]:
    """(yMin, yMax, text) of every line pdftotext finds."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True, timeout=TIMEOUT_S).stdout.decode("utf-8")
    return [(float(m.group(2)), float(m.group(4)), "".join(_WORD.findall(m.group(5))))
            for m in _LINE.finditer(xml)]


def check(report: Report, annotations: AnnotationSet, work: Path) -> list[str]:
    """Problems found for one report ([] when every comment is in place)."""
    copy = build_annotated_copy(report, annotations)
    docx_path = work / f"{report.path.stem}-批注本.docx"
    docx_path.write_bytes(copy.data)
    pdf = convert(docx_path, work)
    notes = pdf_notes(pdf)
    lines = pdf_lines(pdf)
    problems: list[str] = []
    for a in annotations.in_order():
        tag = annotations.tag(a.tag)
        expected = comment_text(a, tag.label("zh") if tag else a.tag)
        found = [n for n in notes if n.text.strip() == expected]
        if len(found) != 1:
            problems.append(f"{report.path.name}: comment {expected!r}: found {len(found)} times")
            continue
        head = a.quote.split("\n")[0].split("\t")[0][:4]
        tail = a.quote.split("\n")[-1].split("\t")[-1][-4:]
        closest = min(_distance(found[0].top, line) for line in lines)
        nearest = " | ".join(t for line in lines if _distance(found[0].top, line) == closest
                             for t in [line[2]])
        if head not in nearest and tail not in nearest:
            problems.append(f"{report.path.name}: comment {expected!r} at y={found[0].top:.1f}"
                            f" is on the line {nearest!r}, not on its passage "
                            f"{a.quote[:20]!r}")
            continue
        print(f"  ok  {expected}  (y={found[0].top:.1f}) on “{a.quote[:16]}”")
    if len(notes) != copy.comments:
        problems.append(f"{report.path.name}: {len(notes)} PDF notes for {copy.comments} comments")
    return problems


def _distance(y: float, line: tuple[float, float, str]) -> float:
    """How far `y` is from a line's box (0 inside it)."""
    top, bottom, _text = line
    return 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write the samples, copies and PDFs here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        problems: list[str] = []
        for sample in (sample_docx(work / "工作总结.docx"), sample_txt(work / "工作总结.txt")):
            report = load_report(sample)
            print(f"{sample.name}:")
            problems += check(report, annotate(report), work)
    for problem in problems:
        print("FAIL", problem)
    print("all comments in place" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
