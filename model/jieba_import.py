"""Import jieba without pkg_resources.

jieba 0.42.1 imports the deprecated pkg_resources only to open its bundled data files;
that import costs about 70 ms of start-up and a deprecation warning. When the import
fails, jieba opens the same files relative to its own package, which is all we need, so
pkg_resources is hidden just while jieba (and its _compat module) is first imported.
"""
from __future__ import annotations

import importlib
import sys
from types import ModuleType


def import_jieba() -> ModuleType:
    """The jieba module, imported the fast way the first time."""
    loaded = sys.modules.get("jieba")
    if loaded is not None:
        return loaded
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import → ImportError
    try:
        return importlib.import_module("jieba")
    finally:
        if hide and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
