"""The command-line contract of main.py, run in a subprocess.

Bad input: exit status 2, exactly one line on stderr, never a traceback, nothing on stdout.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Permission bits do not stop root: real permission tests are skipped then, simulated ones run.
IS_ROOT = getattr(os, "geteuid", lambda: -1)() == 0

SAMPLE = (
    "县工信局2024年工作总结\n一、总体情况\n今年，𠀀村完成产值增长8.5%。\n"
    "（一）工业经济\n规上工业增加值稳步增长。\n（二）服务业\n持续向好。\n"
    "二、存在问题\n一是创新能力不足。\n"
)
NODE_KEYS = {"line", "depth", "kind", "marker", "title", "start", "end"}


def run_cli(*args: str | bytes, setup: str = "") -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS`; with `setup`, that code runs in the process first (for
    monkeypatching what a subprocess cannot otherwise fake, e.g. running as root)."""
    if setup:
        code = f"import sys, main\n{setup}\nsys.exit(main.main(sys.argv[1:]))"
        cmd: list[str | bytes] = [sys.executable, "-c", code, *args]
    else:
        cmd = [sys.executable, "main.py", *args]
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the CLI must not rely on it
    return subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )


def assert_bad_input(result: subprocess.CompletedProcess[str], verb: str = "outline") -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"yuepi {verb}: " if verb else "yuepi: ")
    return lines[0]


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- good input ------------------------------------------------------------------------


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path / "报告.txt", SAMPLE)


def test_outline_json(good: Path) -> None:
    result = run_cli("outline", str(good), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert {"title", "nodes"} <= data.keys()
    assert data["nodes"], "the sample has headings"
    lines = SAMPLE.split("\n")
    for node in data["nodes"]:
        assert NODE_KEYS <= node.keys()
        assert 0 <= node["start"] < node["end"] <= len(SAMPLE)
        assert node["title"] in lines[node["line"] - 1]  # line numbers are 1-based
    titles = [n["marker"] + n["title"] for n in data["nodes"]]
    assert "一、总体情况" in titles and "（一）工业经济" in titles


def test_outline_json_is_the_default(good: Path) -> None:
    default = run_cli("outline", str(good))
    assert default.returncode == 0
    assert default.stdout == run_cli("outline", str(good), "--format", "json").stdout


def test_outline_text_is_an_indented_tree(good: Path) -> None:
    result = run_cli("outline", str(good), "--format", "text")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    top = next(line for line in lines if "一、总体情况" in line)
    sub = next(line for line in lines if "（一）工业经济" in line)
    indent = len(sub) - len(sub.lstrip())
    assert indent > len(top) - len(top.lstrip())
    assert lines.index(top) < lines.index(sub)


@pytest.mark.parametrize(
    ("codec", "bom", "nl"),
    [
        ("utf-8", b"", "\r\n"),
        ("utf-8", b"", "\r"),
        ("utf-8", b"\xef\xbb\xbf", "\n"),
        ("utf-16-le", b"\xff\xfe", "\r\n"),
        ("utf-16-be", b"\xfe\xff", "\n"),
        ("gb18030", b"", "\r\n"),
    ],
)
def test_same_json_whatever_the_encoding(
    tmp_path: Path, good: Path, codec: str, bom: bytes, nl: str
) -> None:
    other = write(tmp_path / "copy.txt", bom + SAMPLE.replace("\n", nl).encode(codec))
    expected = run_cli("outline", str(good)).stdout
    result = run_cli("outline", str(other))
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


def test_docx_outline(tmp_path: Path) -> None:
    doc = docx.Document()
    for line in SAMPLE.strip().split("\n"):
        doc.add_paragraph(line)
    doc.save(str(tmp_path / "r.docx"))
    result = run_cli("outline", str(tmp_path / "r.docx"))
    assert result.returncode == 0, result.stderr
    same_text = write(tmp_path / "r.txt", SAMPLE.rstrip("\n"))  # paragraphs: no final "\n"
    assert result.stdout == run_cli("outline", str(same_text)).stdout


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["outline", "--help"]])
def test_help_exits_0(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout
    assert result.stderr == ""


def test_main_help_lists_the_verbs() -> None:
    assert "outline" in run_cli("--help").stdout


# --- bad input: exit 2, one stderr line --------------------------------------------------


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name → (path, words expected in the message)."""
    (tmp / "folder.txt").mkdir()
    doc = docx.Document()
    doc.add_paragraph("正文")
    doc.save(str(tmp / "good.docx"))
    good_docx = (tmp / "good.docx").read_bytes()
    with zipfile.ZipFile(tmp / "nodoc.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    return {
        "missing": (tmp / "nope.txt", "no such file"),
        "directory": (tmp / "folder.txt", "folder"),
        "empty": (write(tmp / "empty.txt", b""), "empty"),
        "blank": (write(tmp / "blank.txt", " \r\n\t\u3000\n"), "empty"),
        "png": (write(tmp / "image.txt", png), "binary"),
        "random": (write(tmp / "random.txt", bytes(range(256)) * 8), "binary"),
        "undecodable": (write(tmp / "bad.txt", b"abc \x80\x80 def"), "decode"),
        "utf16-no-bom": (write(tmp / "u16.txt", SAMPLE.encode("utf-16-le")), "byte-order"),
        "random-docx": (write(tmp / "random.docx", bytes(range(256)) * 8), "damaged"),
        "docx-no-document": (tmp / "nodoc.docx", "damaged"),
        "truncated-docx": (write(tmp / "cut.docx", good_docx[: len(good_docx) // 2]), "damaged"),
        "pdf": (write(tmp / "r.pdf", b"%PDF-1.7\n"), "damaged"),
        "doc": (write(tmp / "r.doc", b"\xd0\xcf\x11\xe0"), "unsupported"),
        "newline-in-name": (tmp / "a\nb.txt", "no such file"),
    }


BAD = [
    "missing", "directory", "empty", "blank", "png", "random", "undecodable", "utf16-no-bom",
    "random-docx", "docx-no-document", "truncated-docx", "pdf", "newline-in-name", "doc",
]


@pytest.mark.parametrize("case", BAD)
def test_bad_input(tmp_path: Path, case: str) -> None:
    path, words = _bad_files(tmp_path)[case]
    line = assert_bad_input(run_cli("outline", str(path)))
    assert words in line


def test_too_large(good: Path) -> None:
    setup = "import model.report.loading\nmodel.report.loading.MAX_REPORT_BYTES = 10"
    line = assert_bad_input(run_cli("outline", str(good), setup=setup))
    assert "50 MB" in line


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
@pytest.mark.skipif(sys.platform == "win32", reason="chmod cannot deny reading on Windows")
def test_no_permission(good: Path) -> None:
    good.chmod(0)
    try:
        assert "permission" in assert_bad_input(run_cli("outline", str(good)))
    finally:
        good.chmod(0o600)


def test_no_permission_simulated(good: Path) -> None:
    """Runs as root too: the process believes it may not read the file."""
    setup = "import os\nos.access = lambda *a, **k: False"
    assert "permission" in assert_bad_input(run_cli("outline", str(good), setup=setup))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are UTF-16")
def test_name_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/\xff\xfe.txt"
    line = assert_bad_input(run_cli("outline", name))  # type: ignore[arg-type]
    assert "no such file" in line


@pytest.mark.parametrize("word", ["outlines", "frobnicate", "export-all"])
def test_unknown_verb(word: str) -> None:
    line = assert_bad_input(run_cli(word, "x.txt"), verb="")
    assert repr(word) in line and "outline" in line


@pytest.mark.parametrize(
    "args", [["outline"], ["outline", "r.txt", "--format", "xml"], ["outline", "--bogus"]]
)
def test_bad_arguments_exit_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("yuepi outline: error:")


@pytest.mark.parametrize("verb, args, words", [
    ("compare", [], "required: earlier, later"),
    ("suggest", ["r.txt", "--min-score", "2"], "--min-score"),
    ("export", ["r.txt", "--format", "xml"], "invalid choice: 'xml'"),
    ("outline", ["r.txt", "附件.txt"], "unrecognized arguments: 附件.txt"),
    ("", ["--lang", "fr"], "unknown language 'fr'"),
])
def test_bad_arguments_are_one_line(verb: str, args: list[str], words: str) -> None:
    """argparse's refusal without its usage block (7 lines for export): one line naming
    the mistake and where the arguments are listed."""
    line = assert_bad_input(run_cli(*([verb] if verb else []), *args), verb=verb)
    assert words in line
    assert line.endswith(f"(yuepi {verb} --help)" if verb else "(yuepi --help)")
