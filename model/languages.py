"""The one place language names are read: the window's `--lang zh_CN|en`, the verbs'
`--lang zh|en`, and the saved setting all accept any usual spelling (zh, zh_CN, zh-CN,
zh_Hans, en, en_US, en-GB …). Plain Python: the launcher checks --lang before Qt loads."""
from __future__ import annotations

import argparse

#: The interface languages (the window's spelling).
SUPPORTED = ("zh_CN", "en")
#: The same languages as the exports and verbs spell them.
SHORT = {"zh_CN": "zh", "en": "en"}


def normalize(requested: str) -> str | None:
    """The supported language `requested` names (zh_CN, zh-CN, zh, zh_TW → zh_CN; en,
    en_US … → en), or None when it names none."""
    norm = requested.strip().replace("-", "_")
    if norm in SUPPORTED:
        return norm
    if norm.lower().startswith("zh"):
        return "zh_CN"
    if norm.lower().startswith("en"):
        return "en"
    return None


def interface_language(value: str) -> str:
    """argparse type of the window's --lang: zh_CN or en; unknown → a usage error."""
    chosen = normalize(value)
    if chosen is None:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r} (supported: {', '.join(SUPPORTED)})")
    return chosen


def content_language(value: str) -> str:
    """argparse type of a verb's --lang: zh or en (the spelling the exports store)."""
    chosen = normalize(value)
    if chosen is None:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r} (supported: zh, en; also zh_CN, en_US …)")
    return SHORT[chosen]
