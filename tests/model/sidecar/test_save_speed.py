"""The quick save path: RenderCache, the lazy Fingerprint, atomic_write's stat.

Speed itself is measured by bench/tagging_window.py; these tests pin down that the short
cuts give exactly what the plain path gives."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
from pathlib import Path

import pytest

from model.annotations import AnnotationSet, make_annotation
from model.atomic import atomic_write
from model.sidecar.dump import RenderCache, dump_bytes
from model.sidecar.format import to_json_dict
from model.sidecar.on_disk import Fingerprint, fingerprint_of, sidecar_changed_on_disk
from model.sidecar.store import backup_path, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import copy_report


def reference(report: object, aset: AnnotationSet) -> bytes:
    text = json.dumps(to_json_dict(report, aset), ensure_ascii=False, indent=2)  # type: ignore[arg-type]
    return (text + "\n").encode("utf-8")


def test_render_cache_follows_adds_removes_edits_and_undos(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    text, rng = report.text, random.Random(11)
    aset, cache, removed = AnnotationSet(), RenderCache(), []
    for step in range(300):
        roll = rng.random()
        if roll < 0.5 or len(aset) < 3:
            start = rng.randrange(len(text) - 10)
            aset.add(make_annotation(text, start, start + rng.randint(1, 9), "problem",
                                     note=f"第{step}条"))
        elif roll < 0.65:
            removed.append(aset.get(rng.choice([a.id for a in aset])))
            aset.remove(removed[-1].id)
        elif roll < 0.8 and removed:
            aset.put(removed.pop())  # undo of a delete: the very same object comes back
        else:
            aset.update(rng.choice([a.id for a in aset]), note=f"改{step}")
        if step % 7 == 0:
            assert dump_bytes(report, aset, cache) == reference(report, aset)
    assert dump_bytes(report, aset, cache) == reference(report, aset)
    assert len(cache._bytes) <= 2 * len(aset) + 100  # replaced ones are forgotten
    assert cache._bytes.keys() == cache._alive.keys()


def test_render_cache_prepare_and_a_single_annotation(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    aset = AnnotationSet()
    aset.add(make_annotation(report.text, 0, 4, "problem"))
    cache = RenderCache()
    cache.prepare(report, aset)
    assert len(cache._bytes) == 1
    assert dump_bytes(report, aset, cache) == reference(report, aset)
    assert dump_bytes(report, AnnotationSet(), cache) == reference(report, AnnotationSet())


def test_render_cache_reuses_the_bytes_of_equal_new_objects(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reload or a merge gives new Annotation objects, mostly equal to the old ones:
    only the ones that differ are encoded again, and the bytes are the plain path's."""
    import model.sidecar.dump as fmt

    report = copy_report(tmp_path)
    aset = AnnotationSet()
    aset.add_many(make_annotation(report.text, i, i + 5, "problem") for i in range(0, 200, 7))
    cache = RenderCache()
    cache.prepare(report, aset)
    reread = AnnotationSet()
    reread.add_many(dataclasses.replace(a) for a in aset)  # equal values, new objects
    changed = next(iter(reread))
    reread.update(changed.id, note="改")
    rendered: list[str] = []
    real = fmt._render
    monkeypatch.setattr(fmt, "_render", lambda a, source: rendered.append(a.id) or real(a, source))
    assert dump_bytes(report, reread, cache) == reference(report, reread)
    assert rendered == [changed.id]


def test_saved_fingerprint_hashes_only_when_asked(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = AnnotationSet()
    aset.add(make_annotation(report.text, 3, 9, "problem"))
    fp = save_sidecar(path, report, aset, cache=RenderCache())
    assert fp.written and fp._sha256 is None  # nothing hashed yet
    raw = path.read_bytes()
    st = os.stat(path)
    assert (fp.mtime_ns, fp.size) == (st.st_mtime_ns, st.st_size) == (st.st_mtime_ns, len(raw))
    assert not sidecar_changed_on_disk(path, fp)
    assert fp == fingerprint_of(path)  # compares the hashes: now computed
    assert fp.sha256 == hashlib.sha256(raw).hexdigest() and fp._data is None
    read = fingerprint_of(path)
    assert read is not None and not read.written and hash(read) == hash(fp)
    with pytest.raises(ValueError):
        Fingerprint(1, 2)


def test_a_touched_file_is_checked_by_content(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = AnnotationSet()
    aset.add(make_annotation(report.text, 3, 9, "problem"))
    fp = save_sidecar(path, report, aset)
    os.utime(path, ns=(fp.mtime_ns + 10**9, fp.mtime_ns + 10**9))
    assert not sidecar_changed_on_disk(path, fp)
    aset.add(make_annotation(report.text, 20, 25, "problem"))
    save_sidecar(path, report, aset, expected=fp)  # same bytes on disk: no conflict


def test_atomic_write_returns_the_new_files_stat_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    backup = backup_path(path)
    first = atomic_write(path, b"one", backup)
    assert not backup.exists() and path.read_bytes() == b"one"
    stale = Path(f"{backup}.{os.getpid()}.tmp")
    stale.write_bytes(b"left by a killed save")
    os.chmod(path, 0o640)
    second = atomic_write(path, b"second", backup)
    assert backup.read_bytes() == b"one" and path.read_bytes() == b"second"
    assert not stale.exists()
    st = os.stat(path)
    assert (second.st_mtime_ns, second.st_size) == (st.st_mtime_ns, st.st_size)
    assert first.st_size == 3 and st.st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.json.bak"]


def test_fingerprint_behaves_like_a_value() -> None:
    a = Fingerprint(5, 3, data=b"abc")
    b = Fingerprint(5, 3, hashlib.sha256(b"abc").hexdigest())
    assert a == b and {a: 1}[b] == 1 and a != Fingerprint(5, 3, data=b"abd")
    assert not dataclasses.is_dataclass(a) and "size=3" in repr(a)
