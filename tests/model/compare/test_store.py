"""The comparison file beside B: round trip, re-anchoring on either side, damage."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from model.compare.store import (
    Comparison,
    comparison_path,
    make_link,
    open_comparison,
    parse_comparison,
    save_comparison,
)
from model.errors import CompareFileCorrupt, SidecarTooNew
from model.report.loading import Report, load_report

A_TEXT = "一、今年工作安排\n新增城镇就业1200万人以上。\n推进保障性住房建设。\n"
B_TEXT = "一、过去一年工作回顾\n城镇新增就业1256万人。\n保交房工作有序推进。\n"


def _write(tmp_path: Path, name: str, text: str) -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_report(path)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Report, Report]:
    return _write(tmp_path, "2023.txt", A_TEXT), _write(tmp_path, "2024.txt", B_TEXT)


def _saved(a: Report, b: Report) -> Comparison:
    kept = make_link(a, b, _span(a.text, "新增城镇就业1200万人以上"),
                     _span(b.text, "城镇新增就业1256万人"), "kept", note="超额", author="审")
    silent = make_link(a, b, _span(a.text, "推进保障性住房建设"), None, "not_mentioned")
    comparison = Comparison(links=[kept, silent])
    save_comparison(a, b, comparison)
    return comparison


def test_round_trip(pair: tuple[Report, Report]) -> None:
    a, b = pair
    saved = _saved(a, b)
    path = comparison_path(b.path)
    assert path.name == "2024.txt.compare.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["earlier"] == {"name": "2023.txt", "sha256": a.sha256, "length": len(a.text)}
    first = data["links"][0]
    assert first["verdict"] == "kept" and first["note"] == "超额" and first["author"] == "审"
    quote, position = first["evidence"]["selector"]
    assert quote["exact"] == "城镇新增就业1256万人" and quote["prefix"].endswith("回顾\n")
    assert position == {"type": "TextPositionSelector", "start": b.text.index("城镇"),
                        "end": b.text.index("人。")+1}
    assert data["links"][1]["evidence"] is None
    root = Path(__file__).resolve().parents[3]
    jsonschema.validate(data, json.loads(
        (root / "resources" / "compare.schema.json").read_text("utf-8")))
    opened = open_comparison(a, b)
    assert [k.id for k in opened.comparison.links] == [k.id for k in saved.links]
    got = opened.comparison.links[0]
    assert (got.commitment.quote, got.evidence and got.evidence.quote) == (
        "新增城镇就业1200万人以上", "城镇新增就业1256万人")
    assert opened.summary_a.anchored == 2 and opened.summary_b.anchored == 1
    # saved again unchanged → the same bytes; the previous version kept as .bak
    before = path.read_bytes()
    save_comparison(a, b, opened.comparison)
    assert path.read_bytes() == before
    assert path.with_name(path.name + ".bak").exists()


@pytest.mark.parametrize("side", ["a", "b"])
def test_reanchored_when_either_report_changed(tmp_path: Path, side: str,
                                               pair: tuple[Report, Report]) -> None:
    a, b = pair
    _saved(a, b)
    if side == "a":
        a = _write(tmp_path, "2023.txt", "前言：政府工作报告。\n" + A_TEXT)
    else:
        b = _write(tmp_path, "2024.txt", B_TEXT.replace("城镇新增就业1256万人", "前言。城镇新增就业1256万人"))
    opened = open_comparison(a, b)
    kept, silent = opened.comparison.links
    assert a.text[kept.commitment.start:kept.commitment.end] == "新增城镇就业1200万人以上"
    assert kept.evidence is not None
    assert b.text[kept.evidence.start:kept.evidence.end] == "城镇新增就业1256万人"
    moved = opened.summary_a if side == "a" else opened.summary_b
    assert moved.text_changed and moved.moved >= 1
    assert silent.evidence is None


def test_passage_gone_is_orphaned_never_dropped(tmp_path: Path,
                                                pair: tuple[Report, Report]) -> None:
    a, b = pair
    _saved(a, b)
    b = _write(tmp_path, "2024.txt", "一、过去一年工作回顾\n其他内容。\n")
    kept, silent = open_comparison(a, b).comparison.links
    assert kept.evidence is not None and kept.evidence.status == "orphaned"
    assert kept.evidence.quote == "城镇新增就业1256万人"


@pytest.mark.parametrize("raw", [b"", b"{not json", b'{"type": "other"}',
                                 '{"type":"yuepi-comparison","schema":1,"earlier":{},'
                                 '"later":{},"links":[]}'.encode(), b"\xff\xfe"])
def test_damaged_file_moved_aside(pair: tuple[Report, Report], raw: bytes) -> None:
    a, b = pair
    path = comparison_path(b.path)
    path.write_bytes(raw)
    opened = open_comparison(a, b)
    assert opened.comparison.links == [] and opened.problem
    assert opened.quarantined is not None and opened.quarantined.read_bytes() == raw
    assert ".compare.corrupt-" in opened.quarantined.name and not path.exists()
    with pytest.raises(CompareFileCorrupt):
        parse_comparison(raw)


def test_save_moves_a_damaged_file_aside_first(pair: tuple[Report, Report]) -> None:
    a, b = pair
    path = comparison_path(b.path)
    path.write_bytes(b"{broken")
    _saved(a, b)
    aside = list(path.parent.glob("*.compare.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"{broken"
    assert len(open_comparison(a, b).comparison.links) == 2


def test_bad_links_refused(pair: tuple[Report, Report]) -> None:
    a, b = pair
    with pytest.raises(ValueError):
        make_link(a, b, (0, 4), (0, 4), "maybe")
    with pytest.raises(ValueError):
        make_link(a, b, (0, 4), (0, 4), "not_mentioned")
    with pytest.raises(ValueError):
        make_link(a, b, (0, 10_000), (0, 4), "kept")


def test_a_verdict_alone_is_saved_and_read_back(pair: tuple[Report, Report]) -> None:
    """未兑现 (or any verdict) without evidence: the reviewer judged without linking B."""
    a, b = pair
    link = make_link(a, b, (0, 4), None, "not_kept", note="未见进展")
    save_comparison(a, b, Comparison(links=[link]))
    data = json.loads(comparison_path(b.path).read_text("utf-8"))
    root = Path(__file__).resolve().parents[3]
    jsonschema.validate(data, json.loads(
        (root / "resources" / "compare.schema.json").read_text("utf-8")))
    [back] = open_comparison(a, b).comparison.links
    assert (back.verdict, back.evidence, back.note) == ("not_kept", None, "未见进展")


def test_newer_file_not_saved_over(pair: tuple[Report, Report]) -> None:
    a, b = pair
    _saved(a, b)
    path = comparison_path(b.path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema"], data["future"] = 2, {"kept": True}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    opened = open_comparison(a, b)
    assert len(opened.comparison.links) == 2 and opened.comparison.schema == 2
    with pytest.raises(SidecarTooNew):
        save_comparison(a, b, opened.comparison)
    assert path.read_bytes() == before
