"""Import jieba without pkg_resources.

jieba 0.42.1 imports the deprecated pkg_resources only to open its bundled data files;
that import costs about 70 ms of start-up and a deprecation warning. When the import
fails, jieba opens the same files relative to its own package, which is all we need, so
pkg_resources is hidden just while jieba (and its _compat module) is first imported.
"""
from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from types import ModuleType

#: jieba is imported on first use, possibly by the UI thread and a worker at once: one
#: import at a time, and never hand out the partly initialised module from sys.modules.
_IMPORT_LOCK = threading.Lock()


def import_jieba() -> ModuleType:
    """The jieba module, imported the fast way the first time (thread-safe)."""
    with _IMPORT_LOCK:
        hide = "pkg_resources" not in sys.modules
        if hide:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # None: import fails
        try:
            return importlib.import_module("jieba")
        finally:
            if hide and sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]


def jieba_dir() -> Path:
    """jieba's package folder, where its dictionary and IDF table are."""
    file = import_jieba().__file__
    assert file is not None  # jieba is a regular package, never a namespace package
    return Path(file).parent
