"""`python main.py export … --format docx-comments` and `python main.py import-comments …`
in a subprocess: the annotated copy, the comments back, bad input → one line, exit 2."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx

from model.annotations import AnnotationSet, make_annotation
from model.report.loading import load_report
from model.sidecar.store import load_sidecar, save_sidecar, sidecar_path
from tests.model.sidecar.test_comment_import import LINES, commented, plain, replace_part

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


def annotated(path: Path) -> Path:
    report = load_report(path)
    s = AnnotationSet()
    for quote, tag, note in (("增长8.5%", "figure", "口径"), ("8.5%，高于", "achievement", ""),
                             ("项目储备不足", "problem", "补清单")):
        start = report.text.index(quote)
        s.add(make_annotation(report.text, start, start + len(quote), tag, note=note,
                              author="张审"))
    save_sidecar(sidecar_path(path), report, s)
    return path


def test_export_then_import_round_trip(tmp_path: Path) -> None:
    report = annotated(plain(tmp_path / "r.txt"))
    out = tmp_path / "copy.docx"
    result = run_cli("export", str(report), "--format", "docx-comments", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 3 comments to {out}\n"
    assert len(docx.Document(str(out)).comments) == 3
    fresh = tmp_path / "fresh" / "r.txt"
    fresh.parent.mkdir()
    plain(fresh)
    result = run_cli("import-comments", str(out), "--report", str(fresh))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported 3 comments into r.txt.annotations.json")
    before = load_sidecar(sidecar_path(report)).annotation_set
    after = load_sidecar(sidecar_path(fresh)).annotation_set

    def key(a: object) -> tuple:
        return (a.tag, a.quote, a.note, a.author)

    assert sorted(map(key, after)) == sorted(map(key, before))
    again = run_cli("import-comments", str(out), "--report", str(fresh))
    assert again.returncode == 0 and "imported 0 comments" in again.stdout
    assert "(3 already there)" in again.stdout


def test_import_into_the_commented_docx_itself(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据：口径？", "王科长"),))
    result = run_cli("import-comments", str(path))
    assert result.returncode == 0, result.stderr
    [a] = load_sidecar(sidecar_path(path)).annotation_set
    assert (a.tag, a.quote, a.note, a.author) == ("figure", "增长8.5%", "口径？", "王科长")


def test_unplaced_comments_are_an_error_unless_kept(tmp_path: Path) -> None:
    copy = commented(tmp_path / "copy.docx", comments=(("增长8.5%", "数据", "王"),
                                                        ("后续支撑乏力", "问题：乏力", "李")))
    report = plain(tmp_path / "r.txt", [line.replace("，后续支撑乏力", "") for line in LINES])
    result = run_cli("import-comments", str(copy), "--report", str(report))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "1 of 2: “后续支撑乏力” (李: 乏力)" in result.stderr
    assert not sidecar_path(report).exists()
    kept = run_cli("import-comments", str(copy), "--report", str(report), "--keep-unplaced")
    assert kept.returncode == 0, kept.stderr
    statuses = sorted(a.status for a in load_sidecar(sidecar_path(report)).annotation_set)
    assert statuses == ["anchored", "orphaned"]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = commented(tmp_path / "r.docx", comments=(("增长8.5%", "数据", "王"),))
    replace_part(path, "word/comments.xml", b"<w:comments><w:comment")
    cases = [
        (("import-comments", str(path)), "the comments of the .docx cannot be read"),
        (("import-comments", str(tmp_path / "missing.docx")), "no such"),
        (("import-comments", str(commented(tmp_path / "ok.docx")), "--default-tag", "zzz"),
         "unknown tag"),
        (("export", str(plain(tmp_path / "r.txt")), "--format", "docx-comments"), "needs -o"),
        # was "unsupported file type (use .txt, .md, .docx or .pdf)" for a .txt
        (("import-comments", str(plain(tmp_path / "批注.txt"))),
         "comments are read from a word/wps .docx only"),
    ]
    for args, words in cases:
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and words in result.stderr.lower(), result.stderr
