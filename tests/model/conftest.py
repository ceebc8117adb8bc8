"""Fixtures of the model tests (reading, compare): a Segmenter with its own cache and the
IDF table, one per test module (a module may add words or rely on a cold start)."""
from __future__ import annotations

import pytest

from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    return Segmenter(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def idf() -> Idf:
    return Idf.load()
