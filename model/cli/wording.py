"""Counted nouns in the verbs' messages: "1 annotation", "2 annotations" (never "(s)")."""
from __future__ import annotations


def counted(n: int, noun: str, plural: str = "") -> str:
    """`n` and the noun in the form the number takes (`plural` when not noun + "s")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
