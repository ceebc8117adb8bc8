"""A large sidecar is read in the background: the text first, the annotations after;
tagging meanwhile is refused with a message; closing meanwhile loses nothing and keeps
the editing lock's rules."""
from __future__ import annotations

from pathlib import Path

from gui.annotations.controller import Controller
from model.report.loading import load_report
from model.sidecar import store
from model.sidecar.names import lock_path
from tests.gui.tagging_support import TEXT, make_outline, make_report, span_of
from tests.hostile.sidecar_support import copy_report, set_aside, sidecar_doc, write_doc


def saved_sidecar(tmp_path: Path, quotes: list[str]) -> Path:
    """A report in tmp_path whose sidecar tags `quotes` (as "problem")."""
    report = make_report(tmp_path)
    c = Controller("王审", autosave_ms=20)
    c.open(report, make_outline())
    for quote in quotes:
        c.add_annotation(*span_of(TEXT, quote), "problem")
    assert c.save_now()
    c.close()
    return report.path


def background(author: str = "李审") -> Controller:
    c = Controller(author, autosave_ms=20)
    c.async_sidecar_bytes = 0  # every sidecar is "large"
    return c


def open_in_background(c: Controller, path: Path) -> None:
    c.open(load_report(path), make_outline())


def test_text_first_then_annotations(qtbot, tmp_path: Path) -> None:
    path = saved_sidecar(tmp_path, ["创新能力不强", "就业形势总体稳定"])
    c = background()
    states: list[bool] = []
    c.loading_changed.connect(states.append)
    with qtbot.waitSignal(c.opened, timeout=5000):
        open_in_background(c, path)
        assert c.session.report is not None  # the text is there at once
        assert c.loading and c.report is None and len(c.annotation_set) == 0
    assert states == [True, False]
    assert not c.loading and c.report is not None
    assert {a.quote for a in c.annotation_set} == {"创新能力不强", "就业形势总体稳定"}
    c.close()


def test_tagging_while_loading_is_refused_with_a_message(qtbot, tmp_path: Path) -> None:
    path = saved_sidecar(tmp_path, ["创新能力不强"])
    c = background()
    messages: list[str] = []
    c.message.connect(messages.append)
    with qtbot.waitSignal(c.opened, timeout=5000):
        open_in_background(c, path)
        assert c.add_annotation(*span_of(TEXT, "坚持稳中求进"), "measure") is None
        assert any("loading" in m for m in messages)
    assert c.add_annotation(*span_of(TEXT, "坚持稳中求进"), "measure") is not None
    assert c.save_now()
    c.close()
    on_disk = store.load_sidecar(store.sidecar_path(path))
    assert {a.quote for a in on_disk.annotation_set} == {"创新能力不强", "坚持稳中求进"}


def test_closing_while_loading_loses_nothing_and_frees_the_lock(qtbot, tmp_path: Path) -> None:
    path = saved_sidecar(tmp_path, ["创新能力不强", "就业形势总体稳定"])
    sidecar = store.sidecar_path(path)
    before = Path(sidecar).read_bytes()
    c = background()
    announced: list[bool] = []
    c.opened.connect(lambda: announced.append(True))
    open_in_background(c, path)
    assert c.loading
    c.close()  # waits for the read, takes it in quietly, then closes as always
    assert not c.loading and c.report is None and announced == []
    assert Path(sidecar).read_bytes() == before
    assert not Path(lock_path(sidecar)).exists()
    qtbot.wait(50)  # the read's late signal changes nothing
    assert c.report is None and len(c.annotation_set) == 0


def test_another_report_opened_while_loading(qtbot, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = saved_sidecar(tmp_path / "a", ["创新能力不强"])
    second = saved_sidecar(tmp_path / "b", ["坚持稳中求进工作总基调"])
    c = background()
    open_in_background(c, first)
    open_in_background(c, second)  # the first's read is finished and closed first
    assert not Path(lock_path(store.sidecar_path(first))).exists()
    qtbot.waitUntil(lambda: c.report is not None, timeout=5000)
    assert c.report.path == second
    assert {a.quote for a in c.annotation_set} == {"坚持稳中求进工作总基调"}
    c.close()


def test_salvage_found_while_closing_is_written(qtbot, tmp_path: Path) -> None:
    """A partly damaged sidecar is moved aside by the read; closing before its result
    arrives still writes what was kept (nothing is lost)."""
    report = copy_report(tmp_path)
    doc = sidecar_doc(report, 40)
    doc["annotations"][12].pop("target")  # one unreadable: 39 kept
    sidecar = Path(store.sidecar_path(report.path))
    write_doc(sidecar, doc)
    c = background()
    c.open(report, None)
    assert c.loading
    c.close()
    assert not Path(lock_path(sidecar)).exists()
    assert len(set_aside(report.path.parent)) == 1  # the original, byte for byte
    on_disk = store.load_sidecar(sidecar)
    assert on_disk is not None and len(on_disk.annotation_set) == 39


def test_read_only_view_when_another_window_edits(qtbot, tmp_path: Path) -> None:
    path = saved_sidecar(tmp_path, ["创新能力不强"])
    first = Controller("王审", autosave_ms=20)
    first.open(load_report(path), make_outline())
    assert first.lock_holder is None and not first.read_only
    c = background()
    with qtbot.waitSignal(c.opened, timeout=5000):
        open_in_background(c, path)
    assert c.read_only and c.lock_holder is not None
    assert {a.quote for a in c.annotation_set} == {"创新能力不强"}
    c.close()
    first.close()


def test_the_window_shows_the_text_before_the_annotations(qtbot, main_window,
                                                          tmp_path: Path) -> None:
    path = saved_sidecar(tmp_path, ["创新能力不强", "就业形势总体稳定"])
    c = main_window.controller
    c.async_sidecar_bytes = 0
    main_window.open_report(path)
    assert main_window.text_view.toPlainText() == TEXT  # at once
    assert c.loading and main_window.tagging.model.rowCount() == 0
    qtbot.waitUntil(lambda: not c.loading, timeout=5000)
    assert main_window.tagging.model.rowCount() == 2
    main_window.close()
    assert not Path(lock_path(store.sidecar_path(path))).exists()


def test_a_bug_in_the_read_does_not_keep_the_lock(qtbot, tmp_path: Path, monkeypatch) -> None:
    import gui.annotations.sidecar_loads as loads

    path = saved_sidecar(tmp_path, ["创新能力不强"])

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(loads, "read_sidecar", broken)
    c = background()
    with qtbot.capture_exceptions() as raised:
        open_in_background(c, path)
        qtbot.waitUntil(lambda: not c.loading, timeout=5000)
    assert [type(e[1]) for e in raised] == [RuntimeError]
    assert c.report is None
    assert not Path(lock_path(store.sidecar_path(path))).exists()
    assert c.add_annotation(0, 2, "problem") is None  # nothing to edit, no crash
    c.close()
