"""Fuzzing the report loaders (issue 11, "prove it"): seeded mutations of the fixtures in
tests/data (.txt in five encodings, .md) and of a generated .docx (its zip bytes, and the
XML of one part inside a valid zip) go through load_report, the outline detector and the
suggestions in a child process under an address-space limit.

Asserted: nothing but ModelError escapes, every call ends within
fuzz_support.CALL_LIMIT_S, the child stays small, and no input file is ever written.
Against the code before issue 11 the same run took 35 s for 2,000 mutants and found a
suggestion pass of over 5 s (a digit run before 左右); now 2,000 take about 11 s.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.limits_support import run_limited

SEEDS = (11, 12)
CASES = 300
PEAK_MB = 400


@pytest.mark.parametrize("seed", SEEDS)
def test_mutated_reports_load_or_are_refused_cleanly(tmp_path: Path, seed: int,
                                                     tmp_path_factory: pytest.TempPathFactory
                                                     ) -> None:
    env = {"YUEPI_CACHE_DIR": str(tmp_path_factory.getbasetemp() / "yuepi-cache")}
    outcome = run_limited(["-m", "tests.hostile.fuzz_support", str(seed), str(CASES),
                           str(tmp_path)], timeout=120, memory_mb=1500, env=env)
    assert outcome.returncode == 0, outcome.stderr[-3000:]
    result = outcome.result()
    problems = result["problems"]
    assert problems == [], json.dumps(problems, ensure_ascii=False, indent=1)[:6000]
    assert float(str(result["peak_mb"])) < PEAK_MB
    loaded = sum(int(str(v)) for k, v in result.items() if k.startswith("loaded"))
    refused = sum(int(str(v)) for k, v in result.items() if k.startswith("refused"))
    assert loaded + refused == CASES and loaded > CASES // 4 and refused > CASES // 4
    assert list(tmp_path.glob("m*")) == []  # every mutant was checked and removed
