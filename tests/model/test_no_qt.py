"""model/ must never import Qt: checked in a fresh interpreter (pytest-qt already loaded Qt here)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_model_imports_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "model").rglob("*.py")
        if p.name != "__init__.py" or p.parent != ROOT / "model"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'gui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
    assert len(modules) >= 5


def test_verb_runs_without_qt(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("一、总体情况\n正文。\n", encoding="utf-8")
    code = (
        "import sys, main\n"
        f"rc = main.main(['outline', {str(report)!r}])\n"
        "assert rc == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
