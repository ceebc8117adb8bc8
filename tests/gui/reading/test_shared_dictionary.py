"""The window and `main.py suggest` cut words with the same reviewer's dictionary: a word
added with Tools › Add Word to Dictionary… changes what the headless verb suggests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gui.common import messages
from tests.gui.reading_support import open_and_wait, write_report

ROOT = Path(__file__).resolve().parents[3]
#: Outside any 问题/打算 section only a strong cue is suggested: 欠缺 (problem) counts
#: while it sits on a jieba token edge, not once 队伍欠缺实战 is one word (no pattern reads a
#: lack in mid-clause; 仍需 no longer serves: a pattern reads it as work still needed). (The
#: title names no kind of document: "…工作情况的报告" is a review as a whole, docs/tags.md.)
TEXT = "关于2024年有关工作的说明\n今年以来，全县经济运行总体平稳。全县救援队伍欠缺实战训练。\n"
SENTENCE = "全县救援队伍欠缺实战训练。"
WORD = "队伍欠缺实战"


def suggested_quotes(report: Path) -> list[str]:
    """`main.py suggest` in a subprocess with the test's environment: the session's
    YUEPI_CACHE_DIR and this test's YUEPI_DATA_DIR (tests/gui/conftest.py)."""
    result = subprocess.run([sys.executable, "main.py", "suggest", str(report)], cwd=ROOT,
                            env=dict(os.environ), capture_output=True, text=True,
                            encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    return [s["quote"] for s in json.loads(result.stdout)["suggestions"]]


def test_suggest_verb_uses_the_word_added_in_the_window(qtbot, make_window, tmp_path,
                                                        monkeypatch, yuepi_user_dirs):
    report = write_report(tmp_path, text=TEXT)
    assert SENTENCE in suggested_quotes(report)
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, report)
    assert SENTENCE in [s.quote for s in window.reading.analysis.suggestions]

    start = TEXT.index(WORD)
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start,
                                                                       start + len(WORD)))
    monkeypatch.setattr(messages, "ask_user_word", lambda parent, word: word)
    with qtbot.waitSignal(window.reading.jobs.analysed, timeout=20000):  # the new run
        window.reading.add_word_action.trigger()
    assert (yuepi_user_dirs / "userdict.txt").read_text(encoding="utf-8").startswith(WORD)
    assert SENTENCE not in [s.quote for s in window.reading.analysis.suggestions]

    assert SENTENCE not in suggested_quotes(report)
