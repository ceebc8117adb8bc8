"""Shared helpers for the reading-feature tests."""
from __future__ import annotations

from pathlib import Path

REPORT = "\n".join([
    "县工信局2024年工作总结",
    "一、主要工作及成效",
    "（一）作风建设",
    "全面加强作风建设，深入学习“两个维护”，坚决做到“两个维护”。"
    "全年规模以上工业增加值同比增长8.6%，连续两年被评为全市工业发展先进县。",
    "(一)半角编号的段落也要能找到。",
    "二、存在的问题",
    "（一）存在困难",
    "一些企业工作风险较大，产业链条仍需延伸，企业创新能力不足，人才短缺问题依然突出。",
    "三、下步打算",
    "（一）重点工作",
    "2025年将继续践行“两个维护”，力争规模以上工业增加值增长7%，确保完成全年目标任务。",
]) + "\n"


def write_report(folder: Path, name: str = "报告.txt", text: str = REPORT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def open_and_wait(qtbot, window, path: Path) -> None:
    """Open a report and wait until its analysis (segmentation, suggestions) is shown."""
    with qtbot.waitSignal(window.session.analysis_changed, timeout=20000):
        assert window.open_report(path)


def wait_search(qtbot, window, timeout: int = 10000) -> None:
    """Wait until the find bar's background search has shown its hits."""
    qtbot.waitUntil(lambda: not window.reading.search.busy, timeout=timeout)


def big_text(paragraphs: int) -> str:
    """A long report: the sample paragraphs repeated under numbered sections."""
    body = REPORT.split("\n", 1)[1]
    parts = ["某县2024年工作总结"]
    for number in range(paragraphs):
        parts.append(body.replace("一、", f"{number}一、"))
    return "\n".join(parts)
