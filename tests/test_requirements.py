"""The PySide6 pin: 6.12.0 crashes on CPython < 3.12 (void-returning calls drop a reference
to None), so every supported Python must resolve to a working Qt."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def _pyside_pins(path: Path) -> list[Requirement]:
    reqs = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("-") and line.lower().startswith("pyside6"):
            reqs.append(Requirement(line))
    return reqs


def _chosen(path: Path, python: str) -> list[Version]:
    env = {"python_version": python, "python_full_version": python + ".0"}
    chosen = []
    for req in _pyside_pins(path):
        if req.marker is None or req.marker.evaluate(env):
            spec = next(iter(req.specifier))
            assert spec.operator == "==", f"PySide6 must be pinned exactly: {req}"
            chosen.append(Version(spec.version))
    return chosen


@pytest.mark.parametrize("python", ["3.10", "3.11", "3.12", "3.13", "3.14"])
def test_every_supported_python_gets_exactly_one_working_pyside(python: str) -> None:
    chosen = _chosen(ROOT / "requirements.txt", python)
    assert len(chosen) == 1
    if Version(python) < Version("3.12"):
        assert chosen[0] < Version("6.12"), "PySide6 6.12 crashes on Python < 3.12"


def test_pyproject_pins_match_requirements() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for req in _pyside_pins(ROOT / "requirements.txt"):
        spec = next(iter(req.specifier))
        marker = str(req.marker).replace('"', "'")
        assert f"PySide6-Essentials=={spec.version}; {marker}" in text.replace('"', "'")


def test_installed_qt_is_a_safe_combination() -> None:
    import PySide6

    if sys.version_info < (3, 12):
        assert Version(PySide6.__version__) < Version("6.12")


def test_the_glibc_228_pins_match_the_others_but_pyside() -> None:
    """requirements-glibc228.txt (UOS 20, Kylin V10): PySide6 6.8.x, the rest as pinned."""
    def pins(path: Path) -> dict[str, str]:
        found = {}
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if line and not line.startswith("-"):
                req = Requirement(line)
                found[req.name.lower()] = str(req.specifier)
        return found

    old, current = pins(ROOT / "requirements-glibc228.txt"), pins(ROOT / "requirements.txt")
    assert old.pop("pyside6-essentials").startswith("==6.8.")
    current.pop("pyside6-essentials")
    assert old == current
