"""model/paths.py: the resources folder (checkout or frozen bundle) and the per-user folders
the window and the headless verbs share."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from model import paths
from model.reading import keywords, segmenter
from model.sidecar import schema

ROOT = Path(__file__).resolve().parents[2]


def test_resources_in_a_checkout_are_the_repository_folder() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert schema.SCHEMA_PATH.is_file() and schema.SCHEMA_PATH.parent == paths.resources_dir()
    for path in (segmenter.YUEPI_USERDICT, keywords.STOPWORDS_PATH):
        assert path.is_file() and path.parent == paths.resources_dir() / "dict"


def test_resources_in_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("YUEPI_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("YUEPI_DATA_DIR", str(tmp_path / "d"))
    assert (paths.user_cache_dir(), paths.user_data_dir()) == (tmp_path / "c", tmp_path / "d")
    assert paths.legacy_data_dir() is None


def test_platform_folders_are_named_after_the_app(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.delenv("YUEPI_CACHE_DIR", raising=False)
    monkeypatch.delenv("YUEPI_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    cache, data = paths.user_cache_dir(), paths.user_data_dir()
    assert "Yuepi" in cache.parts and "Yuepi" in data.parts and cache != data
    assert paths.legacy_data_dir() == data / "Yuepi"
    if sys.platform.startswith("linux"):
        assert (cache, data) == (tmp_path / "cache" / "Yuepi", tmp_path / "data" / "Yuepi")
