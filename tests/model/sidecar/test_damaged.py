"""Damaged sidecars: never overwritten, moved aside, reported; unwritable folders."""
from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from model import atomic
from model.errors import SidecarChangedOnDisk, SidecarCorrupt, SidecarUnwritable
from model.sidecar.on_disk import fingerprint_of, sidecar_changed_on_disk
from model.sidecar.schema import annotation_problem, schema
from model.sidecar.store import (
    backup_path,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
    to_json_dict,
)
from tests.model.sidecar.helpers import annotate, copy_report, set_of


def _valid_doc(tmp_path: Path) -> dict:
    report = copy_report(tmp_path)
    return to_json_dict(report, set_of(annotate(report.text, "一是")))


def _set_position(doc: dict, key: str, value: object) -> dict:
    doc["annotations"][0]["target"]["selector"][1][key] = value
    return doc


BROKEN_TEXT = {
    "empty": "",
    "blank": "  \n",
    "truncated": '{\n  "schema": 1,\n  "app": "yuepi 0.1.0",\n  "source": {\n    "na',
    "list": "[1, 2, 3]",
    "string": '"schema"',
    "not utf-8": b"\xff\xfe{}".decode("latin-1"),
    "nested": "[" * 100000,
}

BROKEN_DOCS = {
    "start is a string": lambda d: _set_position(d, "start", "3"),
    "negative start": lambda d: _set_position(d, "start", -1),
    "end before start": lambda d: _set_position(d, "end", 1),
    "start is true": lambda d: _set_position(d, "start", True),
    "no annotations": lambda d: d.pop("annotations") and d,
    "schema is a string": lambda d: d.update(schema="1") or d,
    "schema zero": lambda d: d.update(schema=0) or d,
    "bad status": lambda d: d["annotations"][0].update(status="lost") or d,
    "status is a list": lambda d: d["annotations"][0].update(status=["x"]) or d,
    "empty quote": lambda d: d["annotations"][0]["target"]["selector"][0].update(exact="")
    or d,
    "bad colour": lambda d: d["tags"][0].update(color="red") or d,
    "bad sha": lambda d: d["source"].update(sha256="xyz") or d,
    "annotation is a list": lambda d: d.update(annotations=[[]]) or d,
}


def _write_broken(tmp_path: Path, case: str) -> tuple[object, Path]:
    if case in BROKEN_TEXT:
        raw = BROKEN_TEXT[case]
        data = raw.encode("latin-1") if case == "not utf-8" else raw.encode("utf-8")
    else:
        doc = BROKEN_DOCS[case](_valid_doc(tmp_path))
        data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    path.write_bytes(data)
    return report, path


#: Damage that leaves nothing to salvage (the rest of BROKEN_DOCS is salvaged item by item:
#: tests/hostile/test_salvage.py).
UNSALVAGEABLE = ("no annotations", "schema is a string", "schema zero")
#: Salvaged, but the one annotation cannot be read (its quote is gone or it is not an object).
DROPPED = ("empty quote", "annotation is a list")


@pytest.mark.parametrize("case", [*BROKEN_TEXT, *BROKEN_DOCS])
def test_damaged_sidecar_is_moved_aside_not_overwritten(tmp_path: Path, case: str) -> None:
    report, path = _write_broken(tmp_path, case)
    original = path.read_bytes()
    if case in BROKEN_DOCS and case not in UNSALVAGEABLE:
        data = load_sidecar(path)
        assert data is not None and data.problems
    else:
        with pytest.raises(SidecarCorrupt):
            load_sidecar(path)
    assert path.read_bytes() == original  # loading alone changes nothing
    opened = open_annotations(report)  # type: ignore[arg-type]
    assert opened.quarantined is not None and opened.problem
    assert opened.quarantined.name.startswith("报告.txt.annotations.corrupt-")
    assert opened.quarantined.name.endswith(".json")
    assert opened.quarantined.read_bytes() == original
    salvaged = case in BROKEN_DOCS and case not in UNSALVAGEABLE + DROPPED
    assert not path.exists() and len(opened.annotation_set) == (1 if salvaged else 0)


def test_two_quarantines_in_one_second_keep_both(tmp_path: Path) -> None:
    report, path = _write_broken(tmp_path, "truncated")
    first = open_annotations(report).quarantined  # type: ignore[arg-type]
    path.write_text("{", encoding="utf-8")
    second = open_annotations(report).quarantined  # type: ignore[arg-type]
    assert first != second and first.exists() and second.exists()  # type: ignore[union-attr]


def test_save_moves_a_damaged_file_aside_first(tmp_path: Path) -> None:
    report, path = _write_broken(tmp_path, "truncated")
    s = set_of(annotate(report.text, "二是"))  # type: ignore[attr-defined]
    save_sidecar(path, report, s)  # type: ignore[arg-type]
    aside = list(tmp_path.glob("*.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text("utf-8") == BROKEN_TEXT["truncated"]
    assert len(load_sidecar(path).annotation_set) == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("case", [*BROKEN_DOCS])
def test_fast_annotation_check_agrees_with_jsonschema(tmp_path: Path, case: str) -> None:
    doc = BROKEN_DOCS[case](_valid_doc(tmp_path))
    validator = jsonschema.Draft202012Validator(schema())
    for item in doc.get("annotations", []):
        item_schema = {"$defs": schema()["$defs"], **schema()["$defs"]["annotation"]}
        fast_ok = annotation_problem(item) is None
        assert fast_ok == jsonschema.Draft202012Validator(item_schema).is_valid(item)
    if case != "end before start":  # the one rule JSON Schema cannot express
        assert not validator.is_valid(doc)


def test_saved_file_passes_the_full_json_schema(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(annotate(report.text, "一是", note="备注")))
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema(),
                        cls=jsonschema.Draft202012Validator)


def _refuse(*args: object, **kwargs: object) -> None:
    raise PermissionError(13, "Permission denied")


@pytest.mark.parametrize("where", ["create", "replace"])
def test_unwritable_folder_raises_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(annotate(report.text, "一是")))
    before = path.read_bytes()
    real_open = os.open

    def refuse_create(name: str, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:  # the temp file (reading the sidecar opens it too)
            _refuse()
        return real_open(name, flags, *args)

    if where == "create":
        monkeypatch.setattr(os, "open", refuse_create)
    else:  # the rename
        monkeypatch.setattr(os, "replace", _refuse)
    with pytest.raises(SidecarUnwritable):
        save_sidecar(path, report, set_of(annotate(report.text, "二是")))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_disk_full_during_write_raises_unwritable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(SidecarUnwritable, match="No space"):
        save_sidecar(path, report, set_of(annotate(report.text, "一是")))
    assert not path.exists() and list(tmp_path.iterdir()) == [report.path]


def test_fingerprint_detects_changes_by_other_programs(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    assert not sidecar_changed_on_disk(path, None)
    fp = save_sidecar(path, report, set_of(annotate(report.text, "一是")))
    assert fp == fingerprint_of(path) and not sidecar_changed_on_disk(path, fp)
    assert open_annotations(report).fingerprint == fp
    os.utime(path, ns=(fp.mtime_ns + 10**9, fp.mtime_ns + 10**9))  # touched, same bytes
    assert not sidecar_changed_on_disk(path, fp)
    other = set_of(annotate(report.text, "二是"))
    path.write_bytes(path.read_bytes().replace("一是".encode(), "二是".encode()))
    assert sidecar_changed_on_disk(path, fp)
    with pytest.raises(SidecarChangedOnDisk):
        save_sidecar(path, report, other, expected=fp)
    path.unlink()
    assert sidecar_changed_on_disk(path, fp)


def test_damaged_file_that_cannot_be_moved_is_left_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report, path = _write_broken(tmp_path, "truncated")
    monkeypatch.setattr(os, "rename", _refuse)
    with pytest.raises(SidecarCorrupt, match="cannot be moved aside"):
        open_annotations(report)  # type: ignore[arg-type]
    with pytest.raises(SidecarCorrupt):
        save_sidecar(path, report, set_of())  # type: ignore[arg-type]
    assert path.read_text("utf-8") == BROKEN_TEXT["truncated"]


def test_quarantine_points_to_a_readable_backup(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    work = set_of(annotate(report.text, "一是", note="别丢"))
    save_sidecar(path, report, work)
    save_sidecar(path, report, work)  # the first version is now the backup
    path.write_bytes(path.read_bytes()[:100])  # damaged by something else
    opened = open_annotations(report)
    assert opened.quarantined is not None and opened.backup == backup_path(path)
    restored = load_sidecar(opened.backup)
    assert restored is not None and [a.note for a in restored.annotation_set] == ["别丢"]
