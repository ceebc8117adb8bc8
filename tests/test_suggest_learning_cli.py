"""`python main.py suggest` uses what suggestions learned (the per-user file), like the
window; `--no-learning` ignores it; a damaged file is reported and left alone."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from model.reading.learning import REJECTED, Learner
from model.reading.learning_store import learning_path, save_learner
from tests.test_suggest_cli import SAMPLE, run


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "述职报告.txt"
    shutil.copy(SAMPLE, path)
    return path


def tags(result) -> list[str]:  # noqa: ANN001
    assert result.returncode == 0, result.stderr
    return [s["tag"] for s in json.loads(result.stdout)["suggestions"]]


def test_learned_model_is_used_unless_told_not_to(tmp_path: Path, report: Path) -> None:
    assert "measure" in tags(run(tmp_path, str(report)))  # nothing learned yet
    learner = Learner()
    for _ in range(40):
        learner.learn("measure", {"rule": 1.0}, 0.95, False, REJECTED, "r")  # a confident rule
    save_learner(learner, learning_path(tmp_path / "data"))
    assert "measure" not in tags(run(tmp_path, str(report)))
    assert "measure" in tags(run(tmp_path, str(report), "--no-learning"))


def test_a_damaged_file_is_reported_and_left_alone(tmp_path: Path, report: Path) -> None:
    path = learning_path(tmp_path / "data")
    path.parent.mkdir(parents=True)
    path.write_text("{damaged", encoding="utf-8")
    result = run(tmp_path, str(report))
    assert "measure" in tags(result)
    assert "warning: not using what suggestions learned" in result.stderr
    assert "Traceback" not in result.stderr and path.read_text(encoding="utf-8") == "{damaged"
