"""The patterns by which a clause claims the state its subject reached ("——综合实力更强。",
"…的良好局面更加巩固。", "…连续两年全国第一。") or denies it ("成效还不够明显"): a result told as a
state, not as an action (docs/tags.md "A run-in that opens on its subject claims a state",
"A clause that closes on a state reached"), or concedes it still short ("…还有待加强",
CONCEDED; moved here in session 11). Read by model/reading/suggestion_units.py and
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
                           # what a review's opening summary says came of the year's work
                           # ("今年以来，在县委…领导下，…，全乡经济稳步发展，社会大局保持和谐
                           # 稳定。", "…呈现良好态势。", "…奠定了坚实的基础。", "…作出了
                           # 积极贡献。", "较好地发挥了…实效": session 11)
                           r"保持(?:和谐|社会)稳定|(?:稳步|平稳|快速|持续)发展|(?:总体|基本|一切)正常|"
                           r"呈现(?:出)?[^\s，,；;。]{0,8}(?:良好|向好|强劲)(?:的)?(?:态势|势头|局面)|"
                           r"奠定了(?:坚实|良好|扎实|重要)(?:的)?基础|作出了[^\s，,；;。]{0,4}贡献|"
                           r"较好地?(?:发挥|完成|履行)了[^\s，,；;。]{0,12}|"
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
                           r"(?:优秀|良好|先进)等次|广泛赞誉|国家名片|顺利收官|"
                           # the subject, then 实现 and the state it reached, closing the sentence
                           # ("…生活垃圾实现日产日清、焚烧发电。": session 12; a clause opening on
                           # 实现 or on a push, "推动…实现…", is the work, ACTION_OPEN)
                           r"(?<=[^\s，,；;。:：])实现[^\s，,；;。]{2,14})[。！!；;]?$")

#: a shortfall conceded with its subject first ("教学的精细化管理还有待加强，", "质量虽有所
#: 进步，但底气与后劲需要进一步夯实"): the state admitted, not the task laid down — a 述职's
#: 努力方向 part opens on it (docs/tags.md "What the seventh blind part taught (round 2)").
CONCEDED = re.compile(r"(?=[有虽])(?:有待(?:进一步)?(?:加强|提高|提升|改进|完善|加大|增强|夯实|改善|"
                      r"落实|规范|健全|深化|拓展)(?=[,;。!?，；！？]|$)|"
                      r"虽(?:然)?[^。；;,，]{0,16}(?:进步|提高|提升|成绩|成效|改善|进展)[^。；;]{0,4}"
                      r"[,，]\s*但)")
#: a clause opening on a resolve ("，应进一步加强…", "，努力使…"): what follows a concession
#: in a unit that undertakes the fix.
RESOLVE_AFTER = re.compile(r"[,;，；](?:我们|我)?(?:应|要|努力|必须|务必|将|决心|争取|力争)")

speed_up_module(globals())
