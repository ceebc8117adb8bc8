"""The controller's quick save path: the render cache is warmed after
opening and kept per report, and the GIL is taken back sooner while writing."""
from __future__ import annotations

import sys

import pytest

from gui.annotations import autosave
from model.sidecar.dump import dumps
from model.sidecar.store import sidecar_path
from tests.gui.tagging_support import open_controller


def test_first_save_after_opening_reuses_the_warmed_cache(qtbot, tmp_path) -> None:
    c = open_controller(tmp_path)
    first = c.add_annotation(0, 4, "problem")
    assert c.save_now()
    report = c.report
    c.close()
    c.open(report, None)  # the report again: a fresh cache
    qtbot.waitUntil(lambda: len(c._render_cache._bytes) == 1)  # warmed once idle
    cached = c._render_cache._bytes
    c.add_annotation(5, 9, "measure")
    assert c.save_now()
    assert c._render_cache._bytes is cached and len(cached) == 2
    assert sidecar_path(c.report.path).read_text(encoding="utf-8") == \
        dumps(c.report, c.annotation_set)
    assert first in c.annotation_set


def test_switch_interval_is_short_only_while_writing(qtbot, tmp_path, monkeypatch) -> None:
    c = open_controller(tmp_path)
    before = sys.getswitchinterval()
    seen = []
    real = c.autosave._write

    def spy(path):
        seen.append(sys.getswitchinterval())
        return real(path)

    monkeypatch.setattr(c.autosave, "_write", spy)
    c.add_annotation(0, 4, "problem")
    assert c.save_now()
    assert seen == [pytest.approx(min(before, autosave.SAVE_SWITCH_INTERVAL_S))]
    assert sys.getswitchinterval() == before

    def broken(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(c.autosave, "_write", broken)
    failures = []
    c.autosave.save_failed.connect(lambda code, detail: failures.append(code))
    c.add_annotation(5, 9, "problem")
    assert not c.save_now()
    assert failures == ["sidecar_unwritable"] and sys.getswitchinterval() == before


def test_duplicate_tag_is_refused_but_another_tag_or_span_is_not(qtbot, tmp_path) -> None:
    c = open_controller(tmp_path)
    messages = []
    c.message.connect(messages.append)
    assert c.add_annotation(0, 4, "problem")
    assert c.add_annotation(0, 4, "problem") is None and len(messages) == 1
    assert c.add_annotation(0, 4, "measure") and c.add_annotation(0, 5, "problem")
    assert len(c.annotation_set) == 3


def test_after_a_reload_the_cache_is_warm_again(qtbot, tmp_path, monkeypatch) -> None:
    """Reloading reads new Annotation objects, equal to the ones saved: none of them is
    encoded again, and the next save writes what the plain path writes."""
    import model.sidecar.dump as fmt

    c = open_controller(tmp_path)
    for start in range(0, 40, 5):
        c.add_annotation(start, start + 3, "problem")
    assert c.save_now()
    cache = c._render_cache
    encoded = []
    real = fmt._render
    monkeypatch.setattr(fmt, "_render", lambda a, source: encoded.append(a.id) or real(a, source))
    c.reload_from_disk()
    qtbot.waitUntil(lambda: len(c._render_cache._alive) >= 2 * len(c.annotation_set))
    assert c._render_cache is cache and encoded == []
    new = c.add_annotation(50, 54, "measure")
    assert c.save_now()
    assert encoded == [new]  # add_annotation gives the new id
    assert sidecar_path(c.report.path).read_text(encoding="utf-8") == \
        dumps(c.report, c.annotation_set)
