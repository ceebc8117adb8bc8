"""The manner a task is to be done in, said before its verb (坚决维护…, 显著提升…, 旗帜鲜明
反分裂, 大幅提高…): how firmly or how much, never what. A 政府工作报告 opens many tasks so,
and its review and plan repeat the same adverbs about other things (制品销售显著提升, 坚决
遏制…), so such a word is no subject of the commitment and its characters say nothing about
which sentence reports on it: it counts as a task verb (commitment_words.task_verb)."""
from __future__ import annotations

#: adverbs of resolve or degree a task opens with, alone or kept whole with its verb (大幅提高,
#: 显著增强): commitment_words.task_verb reads them with ADVERBS
MANNER_ADVERBS = frozenset("坚决 显著 明显 大幅 旗帜鲜明 毫不动摇 坚定 稳妥".split())
