"""The interface languages, without Qt: the launcher checks --lang before Qt loads.
The names are read in one place, model.languages (the verbs accept the same spellings)."""
from __future__ import annotations

from model.languages import SUPPORTED, interface_language, normalize

__all__ = ["SUPPORTED", "interface_language", "normalize"]
