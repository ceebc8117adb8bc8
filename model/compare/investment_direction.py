"""Investment has a direction. 外商投资 / 利用外资 is foreign money coming in; 对外投资 /
对外直接投资 is the country's (or province's) money going out. A review sentence whose subject
is outward investment (对外直接投资1029亿美元，与利用外资并驾齐驱) reports no result of a
commitment to attract foreign investment (使中国继续成为外商投资首选地), though it names 利用外资
beside it; a commitment on going out (对外投资, 走出去) is answered by it."""
from __future__ import annotations

import re

#: a sentence (or its clause after the review's summary: 开放型经济…，) led by outward investment
_OUTWARD_LEAD = re.compile(r"(?:^|[，,；;])(?:非金融类)?对外(?:直接)?投资")
#: a commitment on outward investment
_OUTWARD = re.compile(r"对外(?:直接)?投资|走出去|境外投资")
_INWARD = re.compile(r"外商|外资")
#: how much a sentence on outward investment counts for an inward commitment
OUTWARD = 0.5


def seeks_inward(commitment: str) -> bool:
    """Whether the commitment is on inward investment (外商, 外资) and not on going out."""
    return _INWARD.search(commitment) is not None and _OUTWARD.search(commitment) is None


def reports_outward(sentence: str) -> bool:
    """Whether the sentence (or a clause of it) is led by outward investment."""
    return _OUTWARD_LEAD.search(sentence) is not None
