"""model/languages.py: every usual spelling of the two languages, in one place."""
from __future__ import annotations

import argparse

import pytest

from model.languages import content_language, interface_language, normalize


@pytest.mark.parametrize(("spelling", "window", "verbs"), [
    ("zh", "zh_CN", "zh"), ("zh_CN", "zh_CN", "zh"), ("zh-CN", "zh_CN", "zh"),
    ("zh_Hans", "zh_CN", "zh"), ("en", "en", "en"), ("en_US", "en", "en"),
    ("en-GB", "en", "en"), (" EN ", "en", "en")])
def test_both_spellings_everywhere(spelling: str, window: str, verbs: str) -> None:
    assert normalize(spelling) == interface_language(spelling) == window
    assert content_language(spelling) == verbs


@pytest.mark.parametrize("spelling", ["fr", "", "de_DE"])
def test_unknown_languages_are_usage_errors(spelling: str) -> None:
    assert normalize(spelling) is None
    for parse in (interface_language, content_language):
        with pytest.raises(argparse.ArgumentTypeError):
            parse(spelling)
