"""The patterns by which the kinds of 公文 the seventh and eighth parts taught are read
(docs/tags.md "What the seventh part taught", "What the eighth blind part taught"): an
audit's findings, a communiqué's proceedings, a readout's meeting held on its
date, a definition, a paragraph of targets, a requirement after its ground — searched only
where a cheaper test says they may match (model/reading/suggestion_evidence.py,
suggestion_rules.py). The general cue patterns: model/reading/suggestion_cues.py.
"""
from __future__ import annotations

import re

from model.reading.start_set import speed_up_module

#: the requirement after the ground it is laid on ("“人工智能+教育”已经上升为…战略，要实现…，
#: 要切实构建…", "面对…，必须自觉把改革摆在更加突出位置"): a clause opening on 要, 必须 or 务必
#: lays down the work (session 10) — not a demand quoted after 指出/强调/表示 (a review
#: reports what was said). Searched only in a unit that holds one of them and that
#: suggestion_cues.REQUIREMENT did not match, before its first ；.
LATER_REQUIREMENT = re.compile(r"(?<!指出)(?<!强调)(?<!表示)[,，](?:要(?![求点素害]|(?:深刻|清醒|充分)?"
                               r"(?:看到|认识)|么|是|不)|必须|务必)[^,，。;；]{2,}|"
                               # the units it is laid on named after the time or the ground
                               # ("在推进…活动时，各乡镇与部门要紧盯…": session 13)
                               r"[,，]各[^,，。;；:：要]{0,8}?(?:单位|部门|乡镇|街道|地区|县|区|市)"
                               r"[^,，。;；:：]{0,4}?(?<![主重])(?:要|必须|务必)(?![求点素害])[^,，。;；]{2,}")
#: a meeting told as held on its date ("2024年5月10日，县长…主持召开县政府第12次常务会议。",
#: "11月27日，…第十一次代表大会在…隆重开幕"): the occasion of a readout or its news, no claim
#: outside a part (a plan sets a meeting before a date: "5月10日前召开…"; session 10).
MEETING_HELD = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,，][^。；;]{0,60}?"
                          r"(?:召开|举行|开幕|闭幕)")
#: a meeting's attendance, chair and form ("…等出席会议", "…主持会议", "会议以电视电话会议形式
#: 举行", "…于1月12日在北京开幕"): its proceedings, told in a paragraph of their own — such a
#: paragraph carries on no tense of the demands before it (docs/tags.md "What the seventh
#: blind part taught (round 2)"). Searched in a paragraph that would carry one on.
ATTENDED = re.compile(r"(?=[出参列主以于在会])(?:(?:出席|参加|列席|主持)(?:了)?(?:会议|大会|全会)|"
                      # its commendations and signings ("会上，还表扬了先进集体…": session 11)
                      r"会上[,，][^。；;,，]{0,4}?(?:表扬|表彰|颁发|颁奖|通报表扬|签订|签署|宣读)|"
                      r"以[^。；;,，]{0,12}形式举行|(?:于|在)[^。；;,，]{0,16}(?:开幕|闭幕))")
#: a sentence that only says twice what something is ("《政府工作报告》是市政府向全市人民作出的
#: 庄严承诺，是全年工作的“军令状”“责任书”。"): a definition, framing (rule 6; session 10).
#: Matched only on a unit that says 是 twice. The lookahead (the comma and second 是 within
#: reach, a condition the match needs anyway) spares the nested bounded repeats at every
#: position of text without them: a long run of 是 took ~0.85 s per search, now a tenth.
DEFINITION = re.compile(r"(?=[^,，。;；]{5,61}[,，]是)"
                        r"[^,，。;；]{2,30}?是[^,，。;；]{2,30}[,，]是[^,，。;；]{2,30}[。.!！]?$")
#: a meeting's proceedings and its decisions on persons ("全会听取和讨论了…", "全会审议并通过
#:了…审查报告", "全会按照党章规定，决定递补…为中央委员会委员", "全会决定，接受…辞职申请，免去…
#: 职务"): what the meeting did as a meeting — no review, no task, no problem of the report
#: (docs/tags.md "What the seventh part taught"). Searched only in a unit that opens on one.
PROCEEDINGS = re.compile(r"^(?:全会|会议|大会|全体会议)(?:按照[^,，。;；]{0,12}[,，]?)?(?:决定[,，]?"
                         r"(?:递补|增补|接受|免去|任命|给予|追认|同意)|审议(?:并)?通过|"
                         r"听取(?:了|和讨论|并审议)?|选举(?:产生)?|表决通过|由[^,，。;；]{0,30}主持|"
                         # its credit ("全会充分肯定…", "全会高度评价…的成功实践")
                         r"充分肯定|高度评价)")
#: a paragraph that opens on the lead naming its targets ("主要目标是：…", "工作目标：…",
#: "发展目标为：…"): every sentence of it is a target (docs/tags.md "What the seventh part
#: taught").
TARGET_PARAGRAPH = re.compile(r"[^。；;,，:：\s]{0,8}目标(?:是|为)?[：:]")

#: an inspection's finding (审计/检查/抽查…发现, the lead closed by its punctuation: "审计发现
#: 问题整改情况" names work) and the irregularities and delays an audit or a self-check names
#: ("但审计也发现，4个县…滞拨…资金", "超预算支出", "未按规定征收", "…进度迟缓",
#: "尚未开工建设", "长期处于空置状态"): what is found is told as it is — an admission, whatever
#: figures it cites (docs/tags.md "What the eighth blind part taught"; read by
#: suggestion_cues.ADMISSION).
FINDING = (r"(?:审计|抽审|抽查|检查|督查|巡察|核查)(?:中|时)?(?:也|还)?发现[，,：:]|"
           r"超预算|虚假(?:发票|材料|信息)|未按规定|未严格(?:执行|落实|按照)|滞拨|挤占|"
           r"无法(?:正常)?使用|迟缓|(?:尚)?未(?:开工|动工)(?:建设)?(?=[,，;；。]|$)|尚未(?:完成|建成|到位)|"
           r"(?:处于|长期)(?:闲置|空置)|(?:闲置|空置)(?:状态|浪费|现象)|"
           # the announcement that problems stand ("但…管理中也存在一些问题：", "我们发现了
           # 一些需要改进的地方："): the finding stated, before its list
           r"也存在(?:着)?(?:一些|不少|一定|许多|诸多)(?:的)?(?:问题|不足|困难|差距|短板)|"
           r"需要改进的地方|达不到(?:要求|标准|规定)|未达到(?:要求|标准)|"
           # the fault of some of those a report studies or criticises ("一些干部…往往认为自己
           # 劳苦功高", "部分乡镇干部不能正确估价自己"): a self-criticism's or a 调研's finding
           # (a reason cites the fault, the group `fault`)
           r"(?:(?<=一)些|(?<=部)分|(?<=个)别|(?<=少)数)[^。；;，,]{0,12}?(?P<fault>往往|总是|不能|不愿|不敢|不善于|"
           # ... or in difficulty, the clause closing on it ("部分中小企业经营困难。", "一些
           # 地方基层财力比较紧张。", "一些领域腐败问题仍然多发。")
           r"困难(?=[，,；;。]|$)|紧张(?=[，,；;。]|$)|多发|频发)|"
           # a task still long ("生态环境保护治理任重道远。"): what is not yet done, admitted
           r"(?<=任)重道远")
#: a speaker's demand told in the news of a meeting ("他强调，要进一步梳理完善…整改方案",
#: "最后，…针对班子建设强调“六个加强”：…", "针对2021年的工作，他提出…“六稳”要求"): what
#: 强调/要求 lays down, or 提出 names as 要求/目标, is the task the meeting sets (承诺), as
#: "全会强调，…" is — read only outside any part (a review reports what was said: its
#: "…时指出，要…" stays 举措) and not after 指出 (a finding). Session 11, round 2.
QUOTED_DEMAND = re.compile(r"^(?:[^,，。;；:：]{0,12}[,，])?[^,，。;；:：“]{0,16}?(?:(?:强调|要求)"
                           r"(?:[,，](?:要|必须|务必)|“)|提出(?![,，])[^。;；]{0,40}?(?:要求|目标))|"
                           # the units the demand is laid on between ("他强调各乡镇、各部门…
                           # 首先要…", "…讲话指出，…，她要求各乡镇各部门要…": session 13)
                           r"^(?:[^,，。;；:：]{0,30}[,，]){0,2}?[^,，。;；:：“]{0,16}?(?:强调|要求)"
                           r"(?:各|全)[^,，。;；:：]{0,24}?(?<![主重])(?:要|必须|务必)(?![求点素害])")
#: a plan saying what it sets out to do ("本方案旨在搭建…平台", "学校决定对高一新生进行
#: …入学教育，特制定本方案。"): the decision and the aim it states are undertaken (承诺), though
#: the sentence names the plan as a lead-in does (session 11, round 2).
PLAN_RESOLVED = re.compile(r"(?:旨在|决定(?:对|在|于|从|为|开展|实施|举办|组织|进行))[^。；;]{4,}|"
                           # the work ahead counted by the verb that lays it down ("做好今年
                           # 工作，必须…，重点抓好以下十个方面：", "围绕上述目标，重点抓好以下九个
                           # 方面工作："): under a plan part it is undertaken; the bare "具体抓好
                           # 以下工作：" stays a lead-in (docs/tags.md "What the eleventh blind
                           # part taught"; no 了: "抓好了")
                           r"(?:做好|抓好|办好|抓实|推进)(?:以下|如下)[一二三四五六七八九十几两\d]+"
                           r"(?:个|大)?(?:方面|项|件)")
# (kept last) the patterns above compiled with the characters their matches open with:
# the same matches, found sooner (model/reading/start_set.py)
speed_up_module(globals())
