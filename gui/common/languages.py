"""The interface languages, without Qt: the launcher checks --lang before Qt loads."""
from __future__ import annotations

SUPPORTED = ("zh_CN", "en")


def normalize(requested: str) -> str | None:
    """The supported language `requested` names (zh_CN, zh-CN, zh, zh_TW → zh_CN; en,
    en_US … → en), or None when it names none."""
    norm = requested.replace("-", "_")
    if norm in SUPPORTED:
        return norm
    if norm.lower().startswith("zh"):
        return "zh_CN"
    if norm.lower().startswith("en"):
        return "en"
    return None
