"""Write a realistic review .docx and, where LibreOffice is installed, its page images.

`python -m bench.docx_layout OUT_DIR`: a report with long section headings and deep paths,
annotations by reviewers with 2–4 character names and one Latin name, notes short and long.
Prints each table column's width (cm and share of the text width) and the 位置 texts, then
renders OUT_DIR/review.docx with tools.render_docx (skipped without soffice) — look at
OUT_DIR/page-1.png to see whether names wrap and how wide 位置 is.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import docx

from model.annotations import AnnotationSet, make_annotation
from model.export import export
from model.export.review import build_review
from model.outline.detector import detect_outline
from model.report.loading import report_from_text

TITLE = "关于2026年度全县工业经济高质量发展工作情况的报告"
FILLER = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动各项工作取得新进展。"
SECTIONS = [
    ("一、2026年度主要工作开展情况和取得的成效", [
        ("（一）坚持高位推动，持续完善工业经济运行调度和要素保障机制", [
            "一是成立了以县长为组长的领导小组，定期研究部署重大事项。二是全年召开专题会议12次。",
            "规模以上工业增加值增长6.5%，高于全市平均水平1.2个百分点。",
        ]),
        ("（二）聚焦招大引强，扎实推进重点项目建设和产业链延链补链强链", [
            "全年新签约亿元以上项目23个，总投资156亿元，其中10亿元以上项目4个。",
        ]),
    ]),
    ("二、工作中存在的主要困难和问题以及下一步工作打算", [
        ("（一）存在的主要困难和问题", [
            "一是项目储备不足，接续乏力。二是青年干部少，专业人才短缺。",
            "部分企业融资难、融资贵问题仍然突出，中小企业生产经营压力较大。",
        ]),
        ("（二）下一步工作打算", [
            "力争明年工业增加值增长7%左右，新增规上工业企业30家以上。",
        ]),
    ]),
]
#: (quote, tag, author, note)
MARKS = [
    ("全年召开专题会议12次", "achievement", "王建国", "会议次数请与办公室台账核对"),
    ("规模以上工业增加值增长6.5%", "achievement", "李明", ""),
    ("总投资156亿元", "figure", "欧阳明月", "数据口径需注明是否含续建项目，并补充到位资金情况"),
    ("项目储备不足，接续乏力", "problem", "张三", "需补充数据"),
    ("青年干部少，专业人才短缺", "problem", "Li Hua", "Please add the staffing figures."),
    ("部分企业融资难、融资贵问题仍然突出", "problem", "王建国",
     "建议列出具体企业名单和金额，说明已采取的措施及成效，避免泛泛而谈"),
    ("力争明年工业增加值增长7%左右", "commitment", "张三", ""),
]


def make_text() -> str:
    lines = [TITLE, FILLER]
    for head, subs in SECTIONS:
        lines.append(head)
        for sub, paras in subs:
            lines.append(sub)
            lines += [FILLER] * 10 + paras  # the marked paragraphs are 第11段 onwards
    return "\n".join(lines) + "\n"


def make_review_docx() -> bytes:
    report = report_from_text(make_text(), "县工业经济工作报告.txt")
    outline = detect_outline(report)
    marks = AnnotationSet()
    for quote, tag, author, note in MARKS:
        start = report.text.index(quote)
        marks.add(make_annotation(report.text, start, start + len(quote), tag,
                                  author=author, note=note))
    review = build_review(report, outline, marks, date="2026-11-24")
    return export(review, "docx")


def describe(data: bytes) -> list[str]:
    """Column widths of the first table and every 位置 cell, for the bench log."""
    doc = docx.Document(io.BytesIO(data))
    section = doc.sections[0]
    text_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
    lines = []
    for table in doc.tables:
        heads = [c.text for c in table.rows[0].cells]
        widths = [col.width / 360000 for col in table.columns]
        lines.append("  ".join(f"{h} {w:.2f}cm ({w / text_cm:.0%})"
                               for h, w in zip(heads, widths)))
        lines += [f"    位置: {row.cells[1].text}" for row in table.rows[1:]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    data = make_review_docx()
    out = args.out_dir / "review.docx"
    out.write_bytes(data)
    print("\n".join(describe(data)))
    try:
        from tools.render_docx import render
        pages = render(out, args.out_dir)
    except (ImportError, RuntimeError) as exc:
        print(f"not rendered: {exc}")
        return 0
    print("pages:", *pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
