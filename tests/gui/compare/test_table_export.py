"""File › Export Comparison Table… (Ctrl+Shift+E) in the compare window: the decisions
made with the keyboard handed on as a 承诺兑现对照表 in the format the name asks for."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.compare.table_export import table_format


def _decide_first(window, qtbot) -> int:  # noqa: ANN001
    row = next(i for i, r in enumerate(window.controller.rows) if r.candidates)
    window.commitments.setCurrentIndex(window.commitment_model.index(row, 0))
    window.candidates.setFocus()
    qtbot.keyClick(window.candidates, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # 已兑现
    return row


def test_the_keys_decide_and_the_table_is_written(make_compare, pair, qtbot,
                                                   tmp_path: Path) -> None:
    window = make_compare(*pair)
    row = _decide_first(window, qtbot)
    asked: list[str] = []
    target = tmp_path / "对照表.csv"
    window.table_export.ask = lambda _parent, default: asked.append(default) or str(target)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert asked and asked[0].endswith("承诺兑现对照表.docx")  # beside B, docx by default
    table = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    quote = window.controller.rows[row].quote[:8]
    assert any(quote in cell for line in table for cell in line)
    assert any("kept" in cell.lower() or "已兑现" in cell for line in table for cell in line)
    # the path and the count were run together ("….csv 24 suggested commitments …")
    assert f"{target.name}; " in window.statusBar().currentMessage()
    assert "not yet decided" in window.statusBar().currentMessage()


def test_a_docx_table_and_a_name_without_suffix(make_compare, pair, qtbot,
                                                tmp_path: Path) -> None:
    pytest.importorskip("docx")
    window = make_compare(*pair)
    quote = window.controller.rows[_decide_first(window, qtbot)].quote
    window.table_export.ask = lambda *_: str(tmp_path / "对照表")
    written = window.table_export.export()
    assert written == tmp_path / "对照表.docx" and written.stat().st_size > 5_000
    import docx

    cells = [c.text for t in docx.Document(str(written)).tables for r in t.rows for c in r.cells]
    assert any(quote[:6] in c for c in cells)


def test_an_unwritable_path_is_explained_not_raised(make_compare, pair, qtbot,
                                                   tmp_path: Path, monkeypatch) -> None:
    window = make_compare(*pair)
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error",
                        lambda _parent, title, text: shown.append(text))
    window.table_export.ask = lambda *_: str(tmp_path / "no" / "such" / "folder" / "t.xlsx")
    assert window.table_export.export() is None
    assert shown and shown[0]


def test_cancel_writes_nothing_and_names_choose_the_format(make_compare, pair, qtbot,
                                                           tmp_path: Path) -> None:
    window = make_compare(*pair)
    window.table_export.ask = lambda *_: None
    assert window.table_export.export() is None
    assert not list(tmp_path.glob("*对照表*"))
    assert table_format("a.XLSX")[1] == "xlsx" and table_format("a.md")[1] == "md"
    assert table_format("a.txt") == (Path("a.txt.docx"), "docx")


def test_the_format_exported_last_is_offered_next_time(make_compare, pair, qtbot,
                                                       tmp_path: Path) -> None:
    """A reviewer who hands on xlsx chose the Excel filter again at every export (the
    dialog always offered docx); now the last format is offered, in a new window too."""
    window = make_compare(*pair)
    _decide_first(window, qtbot)
    asked: list[str] = []
    window.table_export.ask = lambda _parent, default: asked.append(default) or str(
        tmp_path / "对照表.xlsx")
    window.table_export.export()
    window.table_export.export()
    assert asked[0].endswith(".docx") and asked[1].endswith("承诺兑现对照表.xlsx")
    window.close()
    again = make_compare(*pair)
    again.table_export.ask = lambda _parent, default: asked.append(default) or None
    again.table_export.export()
    assert asked[2].endswith("承诺兑现对照表.xlsx")


def test_a_name_typed_under_a_filter_takes_its_suffix() -> None:
    from gui.compare.table_export import FILTERS, named_for_filter

    filters = [text for _fmt, text in FILTERS]
    excel = filters[[fmt for fmt, _text in FILTERS].index("xlsx")]
    assert named_for_filter("/d/对照表", excel, filters) == "/d/对照表.xlsx"
    assert named_for_filter("/d/对照表.csv", excel, filters) == "/d/对照表.csv"
    assert named_for_filter("/d/对照表", "", filters) == "/d/对照表"  # docx added later
