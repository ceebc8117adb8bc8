"""A compare window over a real pair (tests/data/compare_real), copied to tmp_path so
the comparison file and A's sidecar land there."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

DATA = Path(__file__).resolve().parents[2] / "data" / "compare_real"
PROPOSALS_MS = 60_000


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a = Path(shutil.copy(DATA / "nat2022_2023.A.txt", tmp_path / "报告2022.txt"))
    b = Path(shutil.copy(DATA / "nat2022_2023.B.txt", tmp_path / "报告2023.txt"))
    return a, b


@pytest.fixture
def make_compare(qtbot, qsettings: QSettings) -> Callable[..., object]:
    """Build, show and open a CompareWindow; waits for the proposals unless told not to."""
    from gui.common.settings import UiSettings
    from gui.compare.window import CompareWindow

    def make(a: Path, b: Path, wait: bool = True, **kwargs: object) -> CompareWindow:
        window = CompareWindow(UiSettings(qsettings), **kwargs)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        qtbot.waitExposed(window)
        opened = window.open_pair(a, b)
        if wait and opened:
            qtbot.waitUntil(lambda: window.controller.ready, timeout=PROPOSALS_MS)
        return window

    return make
