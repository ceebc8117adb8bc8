"""Issue 11, item 1: a lone surrogate (`\\ud800`) in any text field must not stop saving.

It arrives as a JSON escape in a colleague's sidecar or from a broken paste. Every string
read from a sidecar or entering the model is repaired (U+FFFD) and the repairs are
counted; the verbs print one warning line and go on; the window says so; dump_bytes never
raises on one.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import AnnotationSet, Tag, make_annotation
from model.cli.sidecar_notice import notice_text
from model.sidecar.dump import dump_bytes
from model.sidecar.format import SourceInfo, from_json_dict
from model.sidecar.merge import read_placed
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from model.surrogates import REPLACEMENT, repair_tree
from tests.gui.conftest import make_window, no_modal_dialogs, qsettings, yuepi_user_dirs  # noqa: F401
from tests.hostile.sidecar_support import (
    assert_no_traceback,
    copy_report,
    run_cli,
    sidecar_doc,
    write_doc,
)

LONE = "\ud800"


def poisoned_doc(report) -> dict:
    """A valid sidecar with a lone surrogate in a note, an exact quote, an author, a tag
    label, the source name and a rejected suggestion (6 of them)."""
    doc = sidecar_doc(report, n=4)
    first, second = doc["annotations"][:2]
    first["note"] = f"要核实{LONE}数据"
    first["author"] = f"王{LONE}"
    second["target"]["selector"][0]["exact"] += LONE
    doc["tags"][0]["label_zh"] = f"问{LONE}题"
    doc["source"]["name"] = f"报告{LONE}.txt"
    doc["rejected_suggestions"] = [f"problem:1:2:{LONE}"]
    return doc


@pytest.fixture
def poisoned(tmp_path: Path):
    report = copy_report(tmp_path)
    raw = write_doc(sidecar_path(report.path), poisoned_doc(report))
    assert b"\\ud800" in raw  # a JSON escape, as another program writes it
    return report


def _no_surrogates(data: bytes) -> bool:
    data.decode("utf-8")  # strict: raises on a CESU-style surrogate
    return b"\\ud8" not in data.lower()


def test_load_repairs_and_counts(poisoned) -> None:
    data = load_sidecar(sidecar_path(poisoned.path))
    assert data is not None and data.repaired == 6 and not data.problems
    first = next(iter(data.annotation_set))
    assert first.note == f"要核实{REPLACEMENT}数据" and first.author == f"王{REPLACEMENT}"
    assert data.annotation_set.tags[0].label_zh == f"问{REPLACEMENT}题"
    assert data.source.name == f"报告{REPLACEMENT}.txt"
    assert data.annotation_set.rejected_suggestions == {f"problem:1:2:{REPLACEMENT}"}


def test_open_save_reopen(poisoned) -> None:
    opened = open_annotations(poisoned)
    assert opened.repaired == 6 and opened.quarantined is None and len(opened.annotation_set) == 4
    path = sidecar_path(poisoned.path)
    save_sidecar(path, poisoned, opened.annotation_set, expected=opened.fingerprint)
    assert _no_surrogates(path.read_bytes())
    again = open_annotations(poisoned)
    assert again.repaired == 0 and len(again.annotation_set) == 4


def test_repair_tree_reaches_keys_and_deep_values() -> None:
    doc = {f"k{LONE}": [[[{"x": f"a{LONE}{LONE}"}]]], "n": 1}
    assert repair_tree(doc) == 3
    assert doc == {f"k{REPLACEMENT}": [[[{"x": f"a{REPLACEMENT}{REPLACEMENT}"}]]], "n": 1}


def test_from_json_dict_repairs_what_a_caller_passes(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    data = from_json_dict(poisoned_doc(report))
    assert data.repaired == 6


def test_dump_never_raises_and_never_drops(tmp_path: Path) -> None:
    """The last line of defence: an annotation that got past every check still saves."""
    report = copy_report(tmp_path)
    good = make_annotation(report.text, 0, 4, "problem")
    bad = replace(good, id="bad")
    object.__setattr__(bad, "note", f"x{LONE}")  # behind the model's back
    s = AnnotationSet()
    s.replace_all([good, bad])  # replace_all takes annotations as they are
    s.tags = [Tag(f"t{LONE}", f"标{LONE}", "T", "#112233", 1)]
    data = dump_bytes(SourceInfo(f"r{LONE}.txt", report.sha256, report.length), s)
    assert _no_surrogates(data)
    doc = json.loads(data)
    assert [a["note"] for a in doc["annotations"]] == ["", f"x{REPLACEMENT}"]


def test_model_input_is_repaired(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    a = make_annotation(report.text, 0, 4, "problem", note=f"粘贴{LONE}", author=LONE)
    assert (a.note, a.author) == (f"粘贴{REPLACEMENT}", REPLACEMENT)
    s = AnnotationSet()
    s.add(a)
    s.update(a.id, note=f"改{LONE}")
    assert s.get(a.id).note == f"改{REPLACEMENT}"
    s.put(replace(s.get(a.id), note=LONE))
    assert s.get(a.id).note == REPLACEMENT
    s.set_tags([Tag("x", f"标签{LONE}", LONE, "#000000", 1)])
    assert s.tags[0].label_zh == f"标签{REPLACEMENT}"
    save_sidecar(sidecar_path(report.path), report, s)
    assert _no_surrogates(sidecar_path(report.path).read_bytes())


def test_merge_source_is_repaired(tmp_path: Path, poisoned) -> None:
    other = tmp_path / "other.annotations.json"
    sidecar_path(poisoned.path).rename(other)
    placed = read_placed(poisoned, other)
    assert placed.repaired == 6 and len(placed.annotation_set) == 4
    assert "U+FFFD" in notice_text(other, placed.data)


# --- the verbs: one warning line, exit 0 --------------------------------------------------
def _warned(result) -> None:
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    assert "warning" in result.stderr and "U+FFFD" in result.stderr


def test_annotations_verb(poisoned) -> None:
    result = run_cli("annotations", str(poisoned.path))
    _warned(result)
    assert REPLACEMENT in result.stdout and len(json.loads(result.stdout)["annotations"]) == 4


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "jsonld"])
def test_export_verb_text_formats(poisoned, fmt: str) -> None:
    result = run_cli("export", str(poisoned.path), "--format", fmt)
    _warned(result)
    assert "要核实" in result.stdout


def test_export_verb_docx(poisoned, tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    result = run_cli("export", str(poisoned.path), "-o", str(out))
    _warned(result)
    import docx

    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    body = "\n".join([p.text for p in document.paragraphs] + cells)
    assert f"要核实{REPLACEMENT}数据" in body


def test_merge_verb(poisoned, tmp_path: Path) -> None:
    other = tmp_path / "other.annotations.json"
    sidecar_path(poisoned.path).rename(other)
    result = run_cli("merge", str(poisoned.path), str(other))
    _warned(result)
    assert "added 4" in result.stdout
    assert _no_surrogates(sidecar_path(poisoned.path).read_bytes())


# --- the window ------------------------------------------------------------------------------
def test_note_typed_with_a_lone_surrogate_saves(qtbot, tmp_path: Path) -> None:
    from tests.gui.tagging_support import TEXT, open_controller

    c = open_controller(tmp_path)
    ident = c.add_annotation(0, 4, "problem")
    assert ident is not None
    c.set_note(ident, f"粘贴{LONE}出错")
    c.set_author(f"李{LONE}")
    c.add_annotation(TEXT.index("就业"), TEXT.index("就业") + 2, "problem")
    assert c.save_now()
    raw = c.sidecar_path.read_bytes()
    assert _no_surrogates(raw)
    notes = [a["note"] for a in json.loads(raw)["annotations"]]
    assert f"粘贴{REPLACEMENT}出错" in notes
    c.set_note(ident, f"粘贴{LONE}出错")  # the same text again: no new undo step
    assert c.undo_stack.isClean()


def test_window_says_characters_were_replaced(qtbot, monkeypatch, make_window,  # noqa: F811
                                              poisoned) -> None:
    from gui.common import messages

    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    window = make_window()
    window.open_report(poisoned.path)
    assert len(window.controller.annotation_set) == 4
    assert any("6 character" in text and REPLACEMENT in text for text in infos), infos
    window.controller.add_annotation(100, 104, "problem")
    assert window.controller.save_now()
    assert _no_surrogates(sidecar_path(poisoned.path).read_bytes())
