"""Words real reports use together: knowledge a commitment's own words don't carry.

A later report often answers a commitment in other words: a field by its policy (扩大内需 ↔
以旧换新, 提振消费), a trade target by its parts (外贸 ↔ 出口), an environment target by its
indicators (环境质量 ↔ 优良天数, PM2.5). resources/dict/term_associations.txt holds, for
each content word, the words used in the same paragraph of real 政府工作报告 far more often
than chance (normalised PMI), built by tools/build_term_associations.py from co-occurrence
alone (no answer key). The matcher counts an associate a sentence has as a share of the
word it stands for (see model.compare.proposals)."""
from __future__ import annotations

from pathlib import Path

from model.reading.segmenter import RESOURCES

ASSOCIATIONS_PATH = RESOURCES / "term_associations.txt"


class Associations:
    """word -> ((associate, strength), …), strongest first; empty when the table is missing."""

    def __init__(self, table: dict[str, tuple[tuple[str, float], ...]]) -> None:
        self.table = table

    @classmethod
    def load(cls, path: str | Path = ASSOCIATIONS_PATH) -> Associations:
        table: dict[str, tuple[tuple[str, float], ...]] = {}
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            return cls(table)
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            word, _, rest = line.partition("\t")
            found = []
            for cell in rest.split():
                other, _, strength = cell.rpartition(":")
                try:
                    found.append((other, float(strength)))
                except ValueError:
                    continue
            if found:
                table[word] = tuple(found)
        return cls(table)

    def of(self, word: str) -> tuple[tuple[str, float], ...]:
        return self.table.get(word, ())
