"""Qt-free fixtures shared by every test."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def umask() -> Iterator[int]:
    """An unusual umask (0o027) for one test, so that a new file's mode shows whether it
    followed the umask (0o640) or was fixed by the code (0o644, 0o600)."""
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


PARAGRAPH = ("全年规模以上工业增加值同比增长百分之六点五，工业投资稳步增长，企业效益持续改善，"
             "重点项目建设有序推进，营商环境不断优化。") * 4

SECTIONS = [
    ("一、主要工作及成效", ["（一）工业经济稳中有进", "（二）项目建设提速增效"]),
    ("二、存在困难和下步打算", ["（一）存在困难", "（二）下步打算"]),
    ("三、保障措施", ["（一）加强组织领导", "（二）强化督查考核"]),
]


def report_text(prefix: str = "") -> str:
    """A report with two heading levels and paragraphs long enough to scroll."""
    lines = ["县工信局2024年工作总结", prefix + PARAGRAPH]
    for top, subs in SECTIONS:
        lines.append(top)
        for sub in subs:
            lines += [sub, PARAGRAPH, PARAGRAPH]
    return "\n".join(lines) + "\n"


@pytest.fixture
def report_path(tmp_path: Path) -> Path:
    path = tmp_path / "工作总结.txt"
    path.write_text(report_text(), encoding="utf-8")
    return path
