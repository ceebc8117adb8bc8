"""`pip install .` gives a working `yuepi` command: a wheel is built offline, installed into
a fresh venv (which borrows this venv's dependencies through a .pth file, so nothing is
downloaded), and run from outside the checkout."""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "main.py", "gui", "model", "resources")
REPORT = "县工信局2024年工作总结\n一、总体情况\n今年产值增长8.5%。\n（一）工业经济\n稳步增长。\n"


def _run(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("wheel", reason="building a wheel offline needs the wheel package")
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:  # a copy: the build must not leave build/ in the checkout
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.annotations.json*"))
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "-w", out, source, cwd=source)
    (built,) = out.glob("yuepi-*.whl")
    return built


def test_the_wheel_holds_the_application_only(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.startswith("yuepi-")}
    assert tops == {"gui", "model", "resources"}
    for data in ("resources/sidecar.schema.json", "resources/style.qss",
                 "resources/dict/yuepi_userdict.txt", "resources/i18n/yuepi_zh_CN.qm"):
        assert data in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "yuepi = gui.launch:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_yuepi_runs_a_verb_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    venv_site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                          cwd=tmp_path).strip())
    # this venv's packages (PySide6, jieba, pip …) after the new venv's own
    (venv_site / "borrowed.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                            encoding="utf-8")
    _run(python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel,
         cwd=tmp_path)
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    out = _run(bin_dir / "yuepi", "outline", report, "--format", "json", cwd=tmp_path, env=env)
    titles = [node["title"] for node in json.loads(out)["nodes"]]
    assert "总体情况" in titles[0] and "工业经济" in titles[1]
    where = _run(python, "-c", "from model.paths import resources_dir; print(resources_dir())",
                 cwd=tmp_path, env=env).strip()
    assert Path(where) == venv_site / "resources"
