"""The verbs follow the reviewer's outline corrections: `outline` (and `--detected`),
`annotations` and `export` sections, in subprocesses as a user runs them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from model.annotations import AnnotationSet
from model.outline.corrections import line_span, make_correction, node_on_line, node_span
from model.outline.detector import detect_outline
from model.report.loading import Report
from model.sidecar.store import save_sidecar, sidecar_path
from tests.model.sidecar.helpers import annotate, copy_report, set_of

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def corrected_report(tmp_path: Path, aset: AnnotationSet | None = None) -> Report:
    """The fixture report with two corrections: （二）作风建设… is not a heading, and the
    line 少数干部… is a level-2 heading."""
    report = copy_report(tmp_path)
    text = report.text
    node = node_on_line(detect_outline(report), text, text.index("（二）作风建设"))
    assert node is not None
    remove = make_correction(text, node_span(text, node) or (0, 1), "remove")
    line = line_span(text, text.index("少数干部担当意识不强"))
    assert line is not None
    heading = make_correction(text, line, "heading", level=2)
    aset = aset or AnnotationSet()
    aset.set_outline_corrections([remove, heading])
    save_sidecar(sidecar_path(report.path), report, aset)
    return report


def labels(data: dict[str, object]) -> list[str]:
    nodes = data["nodes"]
    assert isinstance(nodes, list)
    return [n["marker"] + n["title"] for n in nodes]


def test_outline_applies_the_corrections_and_detected_shows_the_detector(
        tmp_path: Path) -> None:
    report = corrected_report(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run_cli("outline", str(report.path))
    assert result.returncode == 0 and result.stderr == ""
    corrected = json.loads(result.stdout)
    assert "（二）作风建设仍有差距" not in labels(corrected)
    node = next(n for n in corrected["nodes"] if n["title"].startswith("少数干部"))
    assert (node["depth"], node["kind"]) == (2, "heading")
    assert corrected["corrections"] == {"placed": 2, "lost": 0}
    assert list(corrected)[:2] == ["title", "nodes"]  # the shape of before, one key added
    detected = json.loads(run_cli("outline", str(report.path), "--detected").stdout)
    assert "（二）作风建设仍有差距" in labels(detected)
    assert detected["corrections"] == {"placed": 0, "lost": 0}
    assert detected["nodes"] == [n.to_json() for n in detect_outline(report).nodes()]
    text = run_cli("outline", str(report.path), "--format", "text").stdout
    assert "  少数干部担当意识不强" in text and "作风建设" not in text
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # reads only


def test_a_lost_correction_is_noted_on_stderr(tmp_path: Path) -> None:
    report = corrected_report(tmp_path)
    report.path.write_text(report.text.replace("少数干部担当意识不强，形式主义、官僚主义问题仍有发生。\n",
                                               ""), encoding="utf-8")
    result = run_cli("outline", str(report.path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["corrections"] == {"placed": 1, "lost": 1}
    assert result.stderr.count("\n") == 1 and "1 outline correction" in result.stderr


def test_a_damaged_sidecar_stops_outline_but_not_detected(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    sidecar_path(report.path).write_text("{broken", encoding="utf-8")
    assert run_cli("outline", str(report.path)).returncode == 2
    assert run_cli("outline", str(report.path), "--detected").returncode == 0


def test_annotations_and_export_cite_the_corrected_sections(tmp_path: Path) -> None:
    text = copy_report(tmp_path).text
    report = corrected_report(tmp_path, set_of(annotate(text, "官僚主义问题仍有发生")))
    out = json.loads(run_cli("annotations", str(report.path)).stdout)
    assert out["annotations"][0]["section"] == [
        "二、存在的问题", "少数干部担当意识不强，形式主义、官僚主义问题仍有发生"]
    md = run_cli("export", str(report.path), "--format", "md").stdout
    assert "少数干部担当意识不强" in md and "作风建设仍有差距" not in md
