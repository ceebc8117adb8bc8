"""Yuepi 阅批 — run from a checkout: `python main.py [REPORT] [--lang zh_CN|en]` opens the
window, `python main.py <verb> …` runs a headless verb. The installed `yuepi` command runs
the same function (gui.launch.main)."""
from __future__ import annotations

import sys

from gui.launch import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
