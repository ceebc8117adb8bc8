"""Time load_report on a ~5 MB report in each supported encoding, and on 1 MB; and on a
.docx of 20,000 paragraphs.

Baseline, measured in the same run: `read_bytes().decode(codec)` of the same file, i.e. the
least any loader must do. GB18030 and Big5 files pay for the GB18030-or-Big5 decision
(model.report.encodings): both codecs decode, and the first 64 K characters are scored.
Run: .venv/bin/python -m bench.load_report
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from bench.timing import best_of
from model.report.loading import load_report

TARGET_BYTES = 5 * 1024 * 1024
PARAGRAPH = (
    "（一）坚持稳中求进，工业经济持续向好。全年完成规上工业增加值增长8.5%，"
    "𠀀村等重点项目按期推进，营商环境不断优化，“放管服”改革取得新成效。\n"
)

#: The same in traditional characters, for Big5 (which has no 𠀀).
TRADITIONAL = (
    "（一）堅持穩中求進，工業經濟持續向好。全年完成規上工業增加值增長8.5%，"
    "三村等重點項目按期推進，營商環境不斷優化，「放管服」改革取得新成效。\n"
)

CASES: list[tuple[str, str, bytes, str]] = [
    ("utf-8, LF", "utf-8", b"", "\n"),
    ("utf-8 BOM, CRLF", "utf-8", b"\xef\xbb\xbf", "\r\n"),
    ("gb18030, CRLF", "gb18030", b"", "\r\n"),
    ("big5, CRLF", "big5", b"", "\r\n"),
    ("utf-16le BOM, CRLF", "utf-16-le", b"\xff\xfe", "\r\n"),
]


def main() -> None:
    for target in (TARGET_BYTES, 2**20):
        run(target)
    run_docx(20_000)


def run_docx(paragraphs: int) -> None:
    """A .docx of `paragraphs` paragraphs (one Heading 1 in ten, the rest plain), against
    python-docx's own parse of the same file (docx.Document)."""
    import docx

    document = docx.Document()
    for i in range(paragraphs):
        if i % 10 == 0:
            document.add_paragraph(f"第{i // 10 + 1}部分", style="Heading 1")
        else:
            document.add_paragraph(PARAGRAPH.strip())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.docx"
        document.save(str(path))
        base = best_of(lambda: docx.Document(str(path)), 3)
        load = best_of(lambda: load_report(path), 3)
    print(f".docx, {paragraphs:,} paragraphs: load_report {load * 1e3:.0f} ms; "
          f"docx.Document alone {base * 1e3:.0f} ms (ratio {load / base:.2f})")


def run(target: int) -> None:
    print(f"~{target / 2**20:.0f} MB of UTF-8; best of 5 runs")
    print(f"{'file':<22}{'MB':>6}{'decode ms':>11}{'load ms':>10}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, codec, bom, nl in CASES:
            paragraph = TRADITIONAL if codec == "big5" else PARAGRAPH
            text = paragraph * (target // len(paragraph.encode("utf-8")) + 1)
            path = Path(tmp) / "r.txt"
            path.write_bytes(bom + text.replace("\n", nl).encode(codec))
            size = path.stat().st_size / 2**20
            base = best_of(lambda p=path, c=codec: p.read_bytes().decode(c), 5)
            load = best_of(lambda p=path: load_report(p), 5)
            assert load_report(path).text == text
            print(f"{label:<22}{size:>6.1f}{base * 1e3:>11.1f}{load * 1e3:>10.1f}"
                  f"{load / base:>8.2f}")
    print()


if __name__ == "__main__":
    main()
