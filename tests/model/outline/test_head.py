"""model.outline.head: the outline of a long report's head is the whole outline's first
part — the window shows it at its first paint, before the whole outline is known."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.outline.head import HEAD_CHARS, head_outline, rows_shown
from model.outline.tree import Outline
from model.report.loading import Report, load_report

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"


def rows(outline: Outline, end: int) -> list[tuple[object, ...]]:
    """Every node starting before `end`, as the tree and the text view use it."""
    return [(n.depth, n.kind, n.label, n.title, n.start, n.title_start, n.title_end,
             n.end if n.end <= end else None, len(n.children))
            for n in outline.nodes() if n.start < end]


def long_reports() -> list[Path]:
    """The real reports of the fixtures (each is made long by repeating it)."""
    return sorted(p for folder in ("outline_real", "compare_real", "suggest_real")
                  for p in (DATA / folder).rglob("*") if p.suffix in (".txt", ".md"))


@pytest.mark.parametrize("path", long_reports(), ids=lambda p: p.name)
def test_the_head_outline_is_the_start_of_the_whole_outline(path: Path) -> None:
    report = load_report(path)
    text = (report.text + "\n") * (2 * HEAD_CHARS // len(report.text) + 2)
    long = Report(report.path, text, report.format)
    head = head_outline(long)
    if head is None:  # fewer than two top-level sections in the head
        return
    outline, end = head
    assert end <= HEAD_CHARS + len(report.text)
    whole = detect_outline(long)
    assert outline.title == whole.title
    assert rows(outline, end) == rows(whole, end)
    assert all(n.end <= end for n in outline.roots)


def test_short_reports_have_no_head_outline(tmp_path: Path) -> None:
    report = Report(tmp_path / "r.txt", "一、总体情况\n内容。\n二、下步打算\n内容。\n", "txt")
    assert head_outline(report) is None


def test_rows_shown_follows_the_level() -> None:
    text = "一、甲\n（一）子\n内容。\n（二）丑\n内容。\n二、乙\n内容。\n"
    outline = detect_outline(Report(Path("r.txt"), text, "txt"))
    assert rows_shown(outline, 1) == 2
    assert rows_shown(outline, 2) == 4
    assert rows_shown(outline, 0) == len(outline)
