"""The patterns by which a clause claims the state its subject reached ("——综合实力更强。",
"…的良好局面更加巩固。", "…连续两年全国第一。") or denies it ("成效还不够明显"): a result told as a
state, not as an action (docs/tags.md "A run-in that opens on its subject claims a state",
"A clause that closes on a state reached"). Read by model/reading/suggestion_units.py and
suggestion_evidence.py; the other cue patterns: model/reading/suggestion_cues.py.
"""
from __future__ import annotations

import re

from model.reading.start_set import speed_up_module

#: a run-in sentence that names its subject and closes on the state it is in ("——综合实力
#: 更强。", "乡村振兴扎实有效。", "现代农业量效齐增。"): a claim of a state reached, where a run-in
#: that opens on a verb of action ("坚持系统治理，改善环境质量。") names the work — a title
#: (docs/tags.md "A run-in that opens on its subject claims a state").
STATE_CLOSE = re.compile(r"(?:更[强足优好大高快美实]|凸显|显现|扩大|增效|有效|有力|走实|增进|稳健发展|齐增|"
                         r"拓展|稳定|向好|提升|增强|改善|优化|见效|明显|"
                         # a state told by its quality gained ("——现代服务业引领区更有质量。",
                         # "——历史文化传承区更富特色。", "综合实力…再上台阶。", "——城市魅力
                         # 蓬勃焕发。": session 9 round 2)
                         r"更[有富具][^\s，,；;。！!、]{2}|再上(?:新)?台阶|蓬勃焕发)[。！!]?$")
#: a state denied or still short ("成效还不够明显", "尚未完善"): no claim of a state reached.
#: (不良 names a thing — "不良贷款率保持全国最低" — it denies nothing)
STATE_DENIED = re.compile(r"不(?!良)|[没未欠难尚仍还]")
#: the general form of STATE_CLOSE (session 8 round 3, docs/tags.md "A clause that closes on
#: a state reached"): the last clause of a sentence names its subject and closes on the state
#: it is in or the standing it holds ("…的良好局面更加巩固。", "新兴产业快速增长。", "文旅市场
#: 热度更高、活力更足。", "…连续两年全国第一。", "…深入人心"), in any length of sentence.
STATE_REACHED = re.compile(r"(?:更加[^\s，,；;。！!、]{2}|更[强足优好大高快美实稳]|(?:平稳|快速|较快|稳定|持续|稳步|"
                           r"明显|大幅)(?:增长|回升|提升|改善)|逐步回升|(?:总体|基本|保持)(?:稳定|平稳)|"
                           r"(?:全国|全省|全球|全市|全区|西部|行业)(?:第一|前列|首位|领先|最低|最高|最好|最优)|"
                           r"深入人心|焕然一新|健康发展|"
                           # the subject, then an adverb of manner and the verb, closing the
                           # clause ("党风廉政建设全面加强。", "城市面貌持续更新。"): the
                           # work's object is the subject, the clause says how far it went —
                           # a state reached (session 9); the same words opening the clause
                           # ("全面加强党风廉政建设") direct the work. Work still going
                           # ("…扎实推进。", "…有序推进。") is a measure, no state reached
                           r"(?:全面|深入|持续|不断|稳步|有序|扎实|进一步|有力|有效)(?:加强|提升|深化|"
                           r"落实|完善|健全|增强|改善|更新|擦亮|显现|彰显|激发|释放|夯实|巩固|"
                           r"健全完善)|"
                           r"主旋律|(?:新|丰)硕果|新面貌|(?:坚实|新的)步伐|复制推广|有效保障|全覆盖|"
                           r"(?:优秀|良好|先进)等次|广泛赞誉|国家名片|顺利收官)[。！!；;]?$")

speed_up_module(globals())
