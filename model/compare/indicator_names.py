"""Fixed names of indicators whose words mean something else in them. 居民消费价格 (the
consumer price index, reported in every review: 居民消费价格上涨2%) is a price: a
commitment on 消费 (把消费作为扩大内需的主要着力点) or on 居民 is not answered by it,
though the words are there; only a commitment that speaks of prices (价格, 物价) is."""
from __future__ import annotations

import re
from collections.abc import Iterable

#: the fixed name → what a commitment says when it means the indicator
FIXED_NAMES = {"居民消费价格": re.compile(r"价格|物价|CPI")}
#: how much a sentence counts whose only shared words lie inside such a name
INSIDE_NAME = 0.3


def unmeant_names(commitment: str) -> tuple[str, ...]:
    """The fixed indicator names the commitment does not mean (居民消费价格 unless it speaks
    of prices): found once per commitment."""
    return tuple(name for name, meant in FIXED_NAMES.items() if not meant.search(commitment))


def only_inside_names(names: tuple[str, ...], sentence: str, shared: Iterable[str]) -> bool:
    """Whether every word the sentence shares with the commitment lies inside one of the
    fixed indicator names `names` the commitment does not mean (消费 only in 居民消费价格)."""
    for name in names:
        if name not in sentence:
            continue
        words = [w for w in shared if w]
        if not words:
            return False
        rest = sentence.replace(name, "\u3000")
        if all(w in name and w not in rest for w in words):
            return True
    return False
