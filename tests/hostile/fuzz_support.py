"""Seeded mutation fuzzing of the report loaders (issue 11, "prove it").

    python -m tests.hostile.fuzz_support SEED CASES FOLDER

Real fixtures (tests/data: .txt in UTF-8, GBK, Big5, Big5-HKSCS and UTF-16, .md) and a
.docx generated from a fixture report (headings, a multilevel list, a merged table) are
mutated: bytes flipped, inserted, deleted, repeated, or replaced by hostile runs; for the
.docx also the XML of one part inside a valid zip (extreme attribute values, repeated or
cut elements). Each mutant is written to FOLDER and passed through load_report, the
outline detector and the suggestions, each call under an alarm. Run it in a child process
under an address-space limit (tests/hostile/test_fuzz_loaders.py does): it prints one
JSON line with every problem found (a non-ModelError exception, a slow call, an input
changed on disk) and the counts.
"""
from __future__ import annotations

import io
import json
import os
import random
import re
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.hostile.limits_support import RESULT_MARK, TooSlow, peak_mb, time_limit

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
#: Each call (load, outline, suggestions) on one mutant must end within this.
CALL_LIMIT_S = 5.0
_HOSTILE_RUNS = (b"1" * 3000, "一".encode() * 2000, b" " * 3000, b"\n" * 2000, b"\x00" * 64,
                 "，一是".encode() * 500, b"\xff\xfe", b"\xef\xbb\xbf", b"\r" * 500,
                 "\u3000".encode() * 1000, b"%1" * 500, "（一）".encode() * 300)
_XML_VALUES = ("999999999999", "-1", "0", "", "104000000", "%1" * 400, "abc", "1e9",
               "²", "9" * 5000, "lowerLetter", "upperRoman", "chineseCounting", "continue",
               "restart", "64000000", "\u0000")


def text_fixtures() -> list[Path]:
    paths = sorted((DATA / "loading").glob("*.txt")) + sorted((DATA / "loading").glob("*.md"))
    paths += sorted((DATA / "outline").glob("*.txt"))[:2] + sorted((DATA / "suggest").glob("*.txt"))[:1]
    return [p for p in paths if p.name != "README.md"]


def docx_fixture(folder: Path) -> bytes:
    """A .docx made from a fixture report: Title and Heading styles, paragraphs numbered
    by a multilevel list (一、/（一）/1.), a table with a vertical merge and a span."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate([("chineseCounting", "%1、"),
                                          ("chineseCounting", "（%2）"), ("decimal", "%3.")]))
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="7">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="7"><w:abstractNumId w:val="7"/></w:num>'))
    lines = (DATA / "outline" / "county_gov_report.txt").read_text(encoding="utf-8").split("\n")
    document.add_heading(lines[0], 0)
    for k, line in enumerate(lines[1:40]):
        if k % 7 == 0:
            paragraph = document.add_paragraph(line.lstrip("一二三四五六七八九十、（）0123456789. "))
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{k % 3}"/>'
                                 '<w:numId w:val="7"/></w:numPr>'))
        elif k % 11 == 0:
            document.add_heading(line, 1 + k % 3)
        else:
            document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(2, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 1).text = "产值"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- mutations ------------------------------------------------------------------------------
def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """One to six random edits of the bytes; the result stays under ~4× the input."""
    out = bytearray(data)
    for _ in range(rng.randrange(1, 7)):
        kind = rng.randrange(6)
        at = rng.randrange(len(out) + 1)
        if kind == 0 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif kind == 2:
            del out[at:at + rng.randrange(1, 64)]
        elif kind == 3 and out:
            start = rng.randrange(len(out))
            piece = out[start:start + rng.randrange(1, 256)]
            out[at:at] = piece * rng.randrange(1, 8)
        elif kind == 4:
            out[at:at] = rng.choice(_HOSTILE_RUNS)
        elif out:
            out = out[:at] if at else out[:len(out) // 2]
        if len(out) > 4 * len(data) + 20_000:
            del out[4 * len(data) + 20_000:]
    return bytes(out)


_HOSTILE_TEXT = ("1" * 3000, "一" * 2000, " " * 3000, "\n" * 500, "，一是" * 500, "。" * 300,
                 "\u3000" * 1000, "（一）", "一、", "1.", "第一章", "目录\n", "附件：", "\t1\n",
                 "……12\n", "增长" + "9" * 2000 + "%左右", "“" * 50, "#" * 7 + " ", "\ufeff",
                 "\u2028", "各位代表：\n", "特此报告。\n", "一是" * 300, "首先，")
#: How load_report labels an encoding → how to write text back in it (BOM included)
_WRITE_BACK = {"utf-8": ("utf-8", b""), "utf-8 BOM": ("utf-8", b"\xef\xbb\xbf"),
               "utf-16le BOM": ("utf-16-le", b"\xff\xfe"),
               "utf-16be BOM": ("utf-16-be", b"\xfe\xff"), "gb18030": ("gb18030", b""),
               "big5": ("big5", b""), "big5hkscs": ("big5hkscs", b"")}


def mutate_text(text: str, encoding: str, rng: random.Random) -> bytes:
    """Edits of the decoded text (hostile runs, markers, repeated or dropped pieces, line
    breaks), written back in the file's own encoding: most mutants still load."""
    for _ in range(rng.randrange(1, 6)):
        at = rng.randrange(len(text) + 1)
        kind = rng.randrange(4)
        if kind == 0:
            text = text[:at] + rng.choice(_HOSTILE_TEXT) + text[at:]
        elif kind == 1:
            piece = text[at:at + rng.randrange(1, 400)]
            text = text[:at] + piece * rng.randrange(2, 30) + text[at:]
        elif kind == 2:
            text = text[:at] + text[at + rng.randrange(1, 200):]
        else:
            text = text.replace("\n", rng.choice(["", " ", "\n\n", "。"]), rng.randrange(1, 50))
    codec, bom = _WRITE_BACK.get(encoding, ("utf-8", b""))
    return bom + text.encode(codec, "replace")


def mutate_xml(xml: str, rng: random.Random) -> str:
    """Structured edits of one XML part: extreme attribute values, an element repeated
    or dropped, a tag cut, or plain byte damage."""
    for _ in range(rng.randrange(1, 5)):
        kind = rng.choice((0, 0, 0, 1, 1, 2, 2, 3, 4))
        values = list(re.finditer(r'(w:val|w:ilvl|w:numId|w:abstractNumId|w:styleId)="[^"]*"',
                                  xml))
        elements = list(re.finditer(r"<w:(p|tr|tc|lvl|num|style)\b[^>]*>.*?</w:\1>", xml,
                                    re.DOTALL)) if kind in (1, 2) else []
        if kind == 0 and values:
            m = rng.choice(values)
            xml = f'{xml[:m.start()]}{m.group(1)}="{rng.choice(_XML_VALUES)}"{xml[m.end():]}'
        elif kind == 1 and elements:
            m = rng.choice(elements)
            xml = xml[:m.end()] + m.group(0) * rng.randrange(1, 200) + xml[m.end():]
        elif kind == 2 and elements:
            m = rng.choice(elements)
            xml = xml[:m.start()] + xml[m.end():]
        elif kind == 3:
            cut = rng.randrange(len(xml) + 1)
            xml = xml[:cut] + xml[cut + rng.randrange(1, 40):]
        else:
            xml = mutate_bytes(xml.encode("utf-8"), rng).decode("utf-8", "replace")
    return xml


def mutate_docx_part(data: bytes, rng: random.Random) -> bytes:
    """A valid zip with one XML part mutated."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = {name: package.read(name) for name in package.namelist()}
    xml_parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml",
                 "word/_rels/document.xml.rels", "[Content_Types].xml"]
    name = rng.choice(xml_parts)
    members[name] = mutate_xml(members[name].decode("utf-8"), rng).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for member, content in members.items():
            package.writestr(member, content)
    return out.getvalue()


# --- the run ----------------------------------------------------------------------------
def _call(name: str, what: str, problems: list[dict[str, str]], fn: Callable[..., object],
          *args: object) -> object:
    from model.errors import ModelError

    try:
        with time_limit(CALL_LIMIT_S, f"{name} on {what}"):
            return fn(*args)
    except ModelError:
        return None
    except TooSlow as exc:
        problems.append({"case": what, "call": name, "problem": str(exc)})
    except Exception as exc:  # the finding
        problems.append({"case": what, "call": name, "problem": repr(exc)[:300],
                         "traceback": traceback.format_exc()[-1500:]})
    return None


def run(seed: int, cases: int, folder: Path) -> dict[str, object]:
    from model.outline.detector import detect_outline
    from model.reading.segmenter import Segmenter
    from model.reading.suggestions import suggest
    from model.report.loading import load_report

    rng = random.Random(seed)
    segmenter = Segmenter(os.environ.get("YUEPI_CACHE_DIR", str(folder / "cache")))
    segmenter.initialize()
    sources = [(p.name, p.read_bytes(), load_report(p)) for p in text_fixtures()]
    docx_bytes = docx_fixture(folder)
    problems: list[dict[str, str]] = []
    counts = {f"{state} {kind}": 0 for state in ("loaded", "refused")
              for kind in ("text bytes", "text", "docx bytes", "docx part")}
    for case in range(cases):
        kind = case % 4
        if kind == 3:
            name, data = "fixture.docx", mutate_docx_part(docx_bytes, rng)
        elif kind == 2:
            name, data = "fixture.docx", mutate_bytes(docx_bytes, rng)
        else:
            name, source, loaded = rng.choice(sources)
            data = (mutate_bytes(source, rng) if kind == 0
                    else mutate_text(loaded.text, loaded.encoding, rng))
        label = ("text bytes", "text", "docx bytes", "docx part")[kind]
        what = f"seed {seed} case {case} ({name}, {label})"
        path = folder / f"m{case}{Path(name).suffix}"
        path.write_bytes(data)
        before = (path.stat().st_mtime_ns, data)
        report = _call("load_report", what, problems, load_report, path)
        counts[f"{'refused' if report is None else 'loaded'} {label}"] += 1
        if report is not None:
            outline = _call("detect_outline", what, problems, detect_outline, report)
            _call("suggest", what, problems, suggest, report.text, outline, segmenter)
        if (path.stat().st_mtime_ns, path.read_bytes()) != before:
            problems.append({"case": what, "call": "-", "problem": "the input file changed"})
        path.unlink()
    return {"problems": problems, **counts}


def main(argv: list[str]) -> int:
    seed, cases, folder = int(argv[0]), int(argv[1]), Path(argv[2])
    start = time.monotonic()
    result = run(seed, cases, folder)
    result.update(peak_mb=peak_mb(), seconds=round(time.monotonic() - start, 2))
    print(RESULT_MARK + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
