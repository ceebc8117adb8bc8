"""The compare matcher's two read-only tables, read once and shared by every pair: the
short names of policies (model.compare.abbreviations) and the words real reports use
together (model.compare.associations). Reading the association table takes 35–45 ms, so a
caller comparing more than one pair (the compare window's worker, the benches) loads a
Lexicon once, as it loads the IDF table, and passes it to every `propose`."""
from __future__ import annotations

from dataclasses import dataclass

from model.compare import abbreviations as abbr
from model.compare.associations import Associations


@dataclass(frozen=True)
class Lexicon:
    abbreviations: tuple[abbr.Abbreviation, ...]
    associations: Associations

    @classmethod
    def load(cls) -> Lexicon:
        """Both tables from resources/dict (each empty when its file is missing)."""
        return cls(abbr.load(), Associations.load())
