"""Fuzz of the sidecar reader (issue 11): seeded random damage to real sidecar files
(tests/data/sidecar/*.json and a generated 40-annotation one), through load_sidecar,
open_annotations and save_sidecar, for about 10 seconds.

For every damaged file:
- only ModelError subclasses escape (anything else is a bug: the case is printed);
- no case takes long (a hang would time out the whole run; a slow case fails);
- the damaged file is never destroyed: after opening it is where it was, unchanged, or
  moved aside byte for byte; after a save over it, the `.bak` or the copy set aside holds
  it; what we save is read back valid, with every annotation we had;
- the report is never written.

YUEPI_FUZZ_SECONDS and YUEPI_FUZZ_SEED change the budget and the seed (e.g. for a long
run: YUEPI_FUZZ_SECONDS=600).
"""
from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from model.errors import ModelError
from model.report.loading import Report, load_report
from model.sidecar.store import (
    backup_path,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
)
from tests.hostile.sidecar_mutations import mutate
from tests.hostile.sidecar_support import DATA, REPORT, sidecar_doc, write_doc

SECONDS = float(os.environ.get("YUEPI_FUZZ_SECONDS", "10"))
SEED = int(os.environ.get("YUEPI_FUZZ_SEED", "11"))
#: One case (load, open, save, reload of a ~10 KB file) takes milliseconds; this is a hang.
SLOW = 2.0


def _seeds(folder: Path) -> list[bytes]:
    """The real fixtures, and one generated sidecar with 40 annotations."""
    found = [p.read_bytes() for p in sorted(DATA.glob("*.json"))]
    report = load_report(REPORT)
    found.append(write_doc(folder / "generated.json", sidecar_doc(report, 40)))
    assert len(found) >= 2
    return found


class Case:
    """One damaged sidecar beside a fresh copy of the report, in its own folder."""

    def __init__(self, root: Path, index: int, raw: bytes) -> None:
        self.folder = root / f"case{index}"
        self.folder.mkdir()
        self.report_path = self.folder / "report.txt"
        shutil.copyfile(REPORT, self.report_path)
        self.report_bytes = self.report_path.read_bytes()
        self.report: Report = load_report(self.report_path)
        self.path = sidecar_path(self.report_path)
        self.raw = raw
        self.path.write_bytes(raw)

    def kept(self) -> bool:
        """The damaged bytes are still somewhere: in place, set aside, or the backup."""
        places = [self.path, backup_path(self.path),
                  *self.folder.glob("*.corrupt-*.json")]
        return any(p.is_file() and p.read_bytes() == self.raw for p in places)

    def run(self) -> str:
        """Load, open, save, reload; return what happened (for the statistics)."""
        try:
            load_sidecar(self.path)
        except ModelError:
            pass
        assert self.path.read_bytes() == self.raw  # loading never changes the file
        try:
            opened = open_annotations(self.report)
        except ModelError:
            assert self.path.read_bytes() == self.raw  # refused: left exactly as it was
            return "refused"
        if opened.quarantined is not None:
            assert opened.quarantined.read_bytes() == self.raw
            assert not self.path.exists()
        else:
            assert self.path.read_bytes() == self.raw
        if opened.read_only:
            return "read-only"
        try:
            save_sidecar(self.path, self.report, opened.annotation_set,
                         expected=opened.fingerprint)
        except ModelError:
            return "save refused"
        assert self.kept(), "the damaged file was destroyed"
        again = load_sidecar(self.path)
        assert again is not None and not again.problems and again.repaired == 0
        assert len(again.annotation_set) == len(opened.annotation_set)
        if opened.salvaged:
            return "salvaged"
        return "quarantined" if opened.quarantined is not None else "read"


def test_fuzz_sidecar_reader(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seeds = _seeds(tmp_path)
    outcomes: dict[str, int] = {}
    deadline = time.monotonic() + SECONDS
    index = 0
    while time.monotonic() < deadline:
        raw = mutate(rng.choice(seeds), rng)
        case = Case(tmp_path, index, raw)
        started = time.monotonic()
        try:
            outcome = case.run()
        except Exception as exc:  # not a ModelError, or an assertion: name the input
            kept = tmp_path / f"failing-{index}.json"
            kept.write_bytes(raw)
            raise AssertionError(f"case {index} (seed {SEED}, input kept in {kept}): "
                                 f"{type(exc).__name__}: {exc}") from exc
        elapsed = time.monotonic() - started
        assert elapsed < SLOW, f"case {index} took {elapsed:.1f} s (seed {SEED})"
        assert case.report_path.read_bytes() == case.report_bytes  # the report is never written
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(case.folder)
        index += 1
    print(f"fuzz: {index} damaged sidecars in {SECONDS:.0f} s (seed {SEED}): {outcomes}")
    assert index >= 50
    # the mutations reach every branch: whole-file damage, salvage and untouched files
    if SECONDS >= 5:
        assert {"quarantined", "salvaged", "read"} <= set(outcomes)


@pytest.mark.parametrize("seed", range(3))
def test_fuzz_is_reproducible(seed: int) -> None:
    """The same seed gives the same damaged files (so a failure can be replayed)."""
    raw = (DATA / "golden-v1.annotations.json").read_bytes()
    first = [mutate(raw, random.Random(seed)) for _ in range(5)]
    assert first == [mutate(raw, random.Random(seed)) for _ in range(5)]
