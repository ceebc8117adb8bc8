"""Reloading a long report that changed on disk, as a 5 MB one is reloaded: its text built
in the background, its sidecar read and re-anchored in the background. Every annotation
comes back re-anchored or kept as an orphan, the highlights are painted on the new text,
and what reloading postpones (the dictionary load, the old objects' freeing) resumes."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication

from gui.common import messages
from gui.viewer import text_view as text_view_module
from tests.gui.tagging_support import opened


def _painted(window, start: int) -> bool:  # noqa: ANN001
    """The block holding code point `start` has annotation formats."""
    qt = window.text_view.offset_map.to_qt(start)
    return bool(window.text_view.document().findBlock(qt).layout().formats())


def test_a_large_reload_keeps_every_annotation_and_paints_them(qtbot, monkeypatch,
                                                             main_window, report_path) -> None:
    monkeypatch.setattr(text_view_module, "HEAD_CHARS", 40)
    w = main_window
    w.text_view.async_text_chars = 200  # the text is built in the background
    c = w.controller
    c.async_sidecar_bytes = 0  # the sidecar is read (and re-anchored) in the background
    w.session.async_outline_chars = 0  # the outline is detected in the background
    opened(qtbot, w, report_path)
    qtbot.waitUntil(lambda: c.report is not None and w.text_view.complete, timeout=5000)
    text = w.report.text
    lines = text.split("\n")
    doomed = next(line for line in lines[3:] if len(line) > 12)  # deleted on disk
    kept = next(line for line in reversed(lines) if len(line) > 12 and line != doomed)
    for quote in (doomed[2:10], kept[2:10]):
        start = text.index(quote)
        assert c.add_annotation(start, start + len(quote), "problem") is not None
    assert c.save_now()
    old_analysis = w.session.analysis
    gone = weakref.ref(old_analysis) if old_analysis is not None else None
    del old_analysis
    report_path.write_text("\n".join(line for line in lines if line != doomed), "utf-8")
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))

    actions = list(w.tagging.actions.tag_actions)
    order: list[str] = []
    w.session.text_ready.connect(lambda _r: order.append("text"))
    w.session.outline_ready.connect(lambda _r, _o: order.append("outline"))
    w.open_report(report_path)  # what the reload does: the same path opened again
    assert order == []  # closed now; the new text is shown in the next turn
    assert w.reading.jobs._go.is_set() is False  # the dictionary load waits meanwhile
    qtbot.waitUntil(lambda: c.report is not None and not c.loading and w.text_view.complete,
                    timeout=5000)
    assert order == ["text", "outline"]
    new = w.report.text
    assert doomed not in new
    assert len(c.annotation_set) == 2  # none lost
    placed = [a for a in c.annotation_set if not a.orphaned]
    assert [a.quote for a in placed] == [kept[2:10]]
    assert all(new[a.start:a.end] == a.quote for a in placed)
    orphan = next(a for a in c.annotation_set if a.orphaned)
    assert orphan.quote == doomed[2:10]
    assert len(infos) == 1 and "1 orphaned" in infos[0]  # the re-anchoring summary
    # the same tag set: its actions (and their swatches) kept, usable again
    assert w.tagging.actions.tag_actions == actions and w.tagging.actions.tag_menu.isEnabled()
    w.tagging.highlighter.finish_painting()
    assert _painted(w, placed[0].start)
    qtbot.waitUntil(lambda: w.reading.jobs._go.is_set(), timeout=5000)  # resumed
    if gone is not None:  # the old analysis is freed, a turn or two later
        for _ in range(5):
            QCoreApplication.processEvents()
        gc.collect()
        assert gone() is None
