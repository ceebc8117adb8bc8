"""A large sidecar as Yuepi writes it is parsed an annotation at a time (no single C call
holding the GIL for the whole file), with exactly json.loads's result; any other layout,
or a damaged file, is left to json.loads (which says where it is damaged)."""
from __future__ import annotations

import json
import random

import pytest

from model.annotations import DEFAULT_TAGS, AnnotationSet, make_annotation
from model.errors import SidecarCorrupt
from model.report.loading import report_from_text
from model.sidecar import json_pieces, store
from model.sidecar.dump import dump_bytes

TEXT = "坚持稳中求进工作总基调，“五个必须”。\n" * 300


def our_file(count: int) -> bytes:
    report = report_from_text(TEXT)
    rng = random.Random(4)
    aset = AnnotationSet(DEFAULT_TAGS)
    for _ in range(count):
        start = rng.randrange(len(TEXT) - 20)
        aset.add(make_annotation(TEXT, start, start + rng.randint(1, 19), "problem",
                                 note=rng.choice(["", "核实\n数据", 'a "quoted" \\ note'])))
    return dump_bytes(report, aset)


def test_our_file_parsed_in_pieces_as_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = our_file(300)
    text = raw.decode("utf-8")
    assert store._looks_like_ours(raw)
    assert json_pieces._loads_in_pieces(text) == json.loads(text)
    assert json_pieces._loads_in_pieces(our_file(0).decode("utf-8")) in (None, json.loads(our_file(0)))
    monkeypatch.setattr(json_pieces, "_PIECEWISE_CHARS", 0)
    parsed = store.parse_sidecar(raw)
    assert len(parsed.annotation_set) == 300


@pytest.mark.parametrize("text", [
    '{\n  "schema": 1,\n  "annotations": [\n    {"a": 1}\n  ],\n  "annotations": [5]\n}\n',
    '{\n  "m": {\n  "annotations": [\n    {"a": 1}\n  ]},\n  "annotations": [7]\n}\n',
    '{\n  "annotations": [\n    {"a": 1},\n    {"b": 2}\n  ],\n  "x": {\n  "annotations": [\n'
    '  ]}\n}\n',
])
def test_other_layouts_are_left_to_json_loads(text: str) -> None:
    assert json_pieces._loads_in_pieces(text) is None
    assert json_pieces.loads(text, True) == json.loads(text)


@pytest.mark.parametrize("damage", [b'{"a": 1},\n    {"b"', b"],", b"\n  ]", b'"'])
def test_damaged_files_say_where_as_before(damage: bytes,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    raw = our_file(40)
    cut = raw.index(b'"exact"', len(raw) // 2)
    broken = raw[:cut] + damage + raw[cut:]
    with pytest.raises(SidecarCorrupt) as whole:
        store.parse_sidecar(broken)
    monkeypatch.setattr(json_pieces, "_PIECEWISE_CHARS", 0)
    with pytest.raises(SidecarCorrupt) as pieces:
        store.parse_sidecar(broken)
    assert str(pieces.value) == str(whole.value)
