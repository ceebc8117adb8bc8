"""Yuepi's folders: the bundled resources, and the per-user cache and data folders that the
window and the headless verbs share (one jieba cache, one reviewer's dictionary).

The per-user folders follow each platform's convention through platformdirs, app name
"Yuepi", without Qt (the verbs never load it):

- cache: ~/.cache/Yuepi, ~/Library/Caches/Yuepi, %LOCALAPPDATA%\\Yuepi\\Cache;
  $YUEPI_CACHE_DIR overrides it;
- data: ~/.local/share/Yuepi, ~/Library/Application Support/Yuepi, %APPDATA%\\Yuepi
  (roaming on Windows, like the reviewer's other settings); $YUEPI_DATA_DIR overrides it.

Every call reads the environment afresh, so tests and tools can point them elsewhere.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Yuepi"
CACHE_ENV = "YUEPI_CACHE_DIR"
DATA_ENV = "YUEPI_DATA_DIR"


def resources_dir() -> Path:
    """The one place resources are found: inside a frozen bundle (PyInstaller's _MEIPASS),
    else resources/ beside the packages (a checkout or an installed wheel), else the
    `resources` package through importlib.resources (a plain folder, never a zip), else
    that folder beside the packages anyway."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    beside = Path(__file__).resolve().parents[1] / "resources"
    if (beside / "sidecar.schema.json").is_file():  # a checkout or an installed wheel: the
        return beside  # same folder, without importlib.resources (~3 ms of start-up)
    import importlib.resources

    try:
        package = importlib.resources.files("resources")
    except ModuleNotFoundError:
        package = None
    if isinstance(package, Path) and (package / "sidecar.schema.json").is_file():
        return package
    return beside


def user_cache_dir() -> Path:
    """Where rebuildable files go (jieba's prefix table): $YUEPI_CACHE_DIR, else the
    platform's per-user cache folder. Not created here."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # not at import: the window's first paint needs no user folder

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def user_data_dir() -> Path:
    """Where the reviewer's own files go (their dictionary): $YUEPI_DATA_DIR, else the
    platform's per-user data folder. Not created here."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)


def legacy_data_dir() -> Path | None:
    """Where the window kept the reviewer's files before this module: Qt's
    AppDataLocation for organisation and application "Yuepi", which is the data folder
    above plus one more "Yuepi" on every platform. None under $YUEPI_DATA_DIR, which the
    window honoured the same way."""
    if os.environ.get(DATA_ENV):
        return None
    return user_data_dir() / APP_NAME
