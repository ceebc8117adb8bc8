"""A commitment that one thing keep pace with another (居民收入增长和经济发展同步, 居民收入
增长与经济增长基本同步): the report answers it by setting the first beside the second
(全国居民人均可支配收入实际增长8%，快于经济增长). A sentence on the first alone (农村居民
人均可支配收入…快于城镇居民收入增长) sets it beside something else; one that gives the
first without a comparison (城乡居民人均可支配收入分别增长4.4%、5.6%) may still answer."""
from __future__ import annotations

import re

#: …和/与/同 <the pace-setter>(增长|发展)?(基本)?同步
_PACED = re.compile(r"[和与同]([\u4e00-\u9fff]{2}?)(?:增长|发展|增速)?(?:基本|保持)*同步")
#: the words a sentence compares a pace by
_COMPARES = re.compile(r"快于|慢于|高于|低于|跑赢|同步")
#: how much a sentence counts that compares with something else
UNPACED = 0.6


def pace_setter(commitment: str) -> str:
    """The thing the commitment's first term must keep pace with (经济), or ""."""
    found = _PACED.search(commitment)
    return found.group(1) if found else ""


def unpaced(setter: str, sentence: str) -> bool:
    """Whether the sentence compares a pace with something other than the pace-setter
    the commitment names."""
    return bool(setter) and setter not in sentence and _COMPARES.search(sentence) is not None
