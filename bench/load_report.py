"""Time load_report on a ~5 MB report in each supported encoding.

Baseline, measured in the same run: `read_bytes().decode(codec)` of the same file, i.e. the
least any loader must do. Run: .venv/bin/python -m bench.load_report
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from bench.timing import best_of
from model.report import load_report

TARGET_BYTES = 5 * 1024 * 1024
PARAGRAPH = (
    "（一）坚持稳中求进，工业经济持续向好。全年完成规上工业增加值增长8.5%，"
    "𠀀村等重点项目按期推进，营商环境不断优化，“放管服”改革取得新成效。\n"
)

CASES: list[tuple[str, str, bytes, str]] = [
    ("utf-8, LF", "utf-8", b"", "\n"),
    ("utf-8 BOM, CRLF", "utf-8", b"\xef\xbb\xbf", "\r\n"),
    ("gb18030, CRLF", "gb18030", b"", "\r\n"),
    ("utf-16le BOM, CRLF", "utf-16-le", b"\xff\xfe", "\r\n"),
]



def main() -> None:
    text = PARAGRAPH * (TARGET_BYTES // len(PARAGRAPH.encode("utf-8")) + 1)
    print(f"{len(text):,} code points; best of 5 runs")
    print(f"{'file':<22}{'MB':>6}{'decode ms':>11}{'load ms':>10}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, codec, bom, nl in CASES:
            path = Path(tmp) / "r.txt"
            path.write_bytes(bom + text.replace("\n", nl).encode(codec))
            size = path.stat().st_size / 2**20
            base = best_of(lambda p=path, c=codec: p.read_bytes().decode(c), 5)
            load = best_of(lambda p=path: load_report(p), 5)
            assert load_report(path).text == text
            print(f"{label:<22}{size:>6.1f}{base * 1e3:>11.1f}{load * 1e3:>10.1f}"
                  f"{load / base:>8.2f}")


if __name__ == "__main__":
    main()
