"""The patterns the ninth part taught (docs/tags.md "What the ninth part taught (session 11)"):
how a school's, a bureau's, a town's or a company's 总结 and 述职 state a result in words of
praise ("取得诸多佳绩", "再创辉煌", "来势良好"), title their results ("1.学校考核获得佳绩"),
lead into their shortfalls ("还存在一些不足，主要如下：") and lay work on themselves ("我校…也需
…"), and how a result promised ("作出更大的贡献") is no result. Read by
model/reading/suggestion_evidence.py and suggestion_units.py; the general cue patterns:
model/reading/suggestion_cues.py.
"""
from __future__ import annotations

import re

from model.outline.tree import Outline, OutlineNode
from model.reading import state_cues
from model.reading import suggestion_cues as cues
from model.reading.start_set import speed_up_module
from model.report.textnorm import fold_width

#: a clause's end (width-folded text: ，；reads as , ;)
_END = r"(?=[,;。!?，；！？:：]|$)"
#: a result told in the words of praise a 总结 or 述职 uses for what the year brought
#: ("取得诸多佳绩", "学校考核获得佳绩", "教学质量再创辉煌", "高考保持辉煌", "捷报频传", "屡获
#: 大奖", "呈现…的大好局面", "…二期开诊运行", "园区发展来势良好", "工业经济提速发展",
#: "培养了一大批省市名师") — 成效 where the text reports work done (a plan says 再创佳绩 after
#: 力争/确保: AIMED, FUTURE and the plan parts decide before it).
PRAISED = re.compile(
    r"(?:取得|获得|创造|创下|再创|再获|喜获|屡获|屡创)(?:了)?[^。；;，,]{0,8}佳绩|(?:再创|再铸|保持|续写)辉煌|"
    # an award listed, a test passed, a harm that did not happen ("绍兴市直合唱比赛一等奖；",
    # "以优秀等次通过了省级森林城市检查考核", "学校未发生任何违规违纪问题")
    rf"[一二三特]等奖{_END}|通过了[^。；;，,]{{0,14}}(?:考核|检查|验收|评估|复审|复核|评审|认定)|"
    r"未(?:发生|出现)(?:任何|一起|过)?[^。；;，,]{0,10}(?:违规|违纪|违法|问题)|"
    # a rate of work done well ("受理师生诉求12件，办结率100%"), people reached ("覆盖学生
    # 2000余人次"): what the work came to, counted
    r"(?:办结|满意|合格|达标|完成|优良|及格|通过|录取|就业|结案|化解|整改|销号)率(?:达到|达|为)?\s*\d[\d.]*%|"
    r"覆盖[^。；;，,]{0,12}?\d[\d.]*\s*(?:余|多)?\s*(?:万人次|人次|万人|名|人|户|个村|所)|"
    r"捷报频传|屡获[^。；;，,]{0,6}(?:奖|殊荣|表彰)|硕果累累|成绩斐然|成效斐然|"
    r"呈现(?:出)?[^。；;]{0,30}?(?:大好|良好|喜人)(?:的)?(?:局面|态势|势头)|"
    r"(?:开诊|开业|建成|投产|竣工)运行|(?:投入|正式)运行|"
    rf"(?:来势|势头|态势)(?:良好|较好|强劲|喜人){_END}|(?:提速|加速|提质)发展{_END}|"
    # a stride taken, a pace quickened ("新农村建设迈出新步伐。", "…协作区建设步伐加快。")
    rf"迈出(?:了)?(?:新|坚实|可喜|重要|关键)(?:的)?步伐|步伐(?:明显|不断|进一步)?加快{_END}|"
    r"培养了(?:一大批|一批|大批|一支)|"
    # a state left behind, an agreement, a standard met — told done (了, 已): "实现整县脱贫摘帽",
    # "已达成联合开发…的共识", "全面消除了D级危房", "满足了综合防灾要求" (session 11, round 2)
    r"(?:实现|完成)[^。；;，,]{0,10}摘帽|(?:已|已经)达成|达成了|消除了|满足了[^。；;，,]{0,12}(?:要求|需求|需要)|"
    # a verdict on the work, recognition received, an aim reached (session 12: "区级预算执行和
    # 财政管理情况总体较好。", "…述职报告，受到…局长的点评肯定", "…达到了统一思想、…的目的")
    rf"总体(?:较好|良好|平稳|稳定|向好){_END}|(?:受到|得到|获得)(?:了)?[^。；;，,]{{0,20}}?"
    r"(?:肯定|好评|表扬|赞誉|称赞|点赞|认可)|达到了[^。；;]{0,24}?(?:目的|效果)|"
    # what an audit's rectification recovered and whom it held to account ("省财政确认收入并缴库
    # 4.9亿元", "追回和收缴违规资金8.59亿元", "移送司法机关处理4人，给予党纪政纪处分…")
    r"追回|缴库|收缴(?:了)?违|挽回(?:了)?[^。；;，,]{0,6}损失|移送(?:司法|公安|纪检|纪委)|"
    r"给予[^。；;，,]{0,10}处分|"
    # a push in the perfective, what it brought ("…，推动了全镇经济及社会各项事业的快速健康协调
    # 发展。", "促进了国民经济较快增长"), a start made good ("…发展实现良好开局", "开门红")
    rf"(?:推动|促进|带动)了[^。；;，,]{{0,30}}(?:发展|增长|提升|提高|改善|转变){_END}|"
    r"实现(?:了)?[^。；;，,]{0,4}(?:良好|精彩|稳健)开局|开门红|"
    # a difficulty overcome in the perfective ("解决了长期存在的工程领域招投标制度漏洞", "有力解决了
    # 一批群众急难愁盼问题"), a standing raised to a rank ("进出口…分别提升到全国第三位"), a first
    # made ("创建首家AAA企业", "首批智慧边防项目建成投运"): what the work came to (session 12)
    r"(?:解决|破解|化解|扭转|堵住|攻克)了|"
    r"(?:提升|上升|跃升|升|前移|提高)(?:到|至)[^。；;，,]{0,6}第[一二三四五六七八九十\d]{1,3}位|"
    r"(?:创建|完成|实现|建成|成立|开通|落地|引进|获批)(?:了)?(?:全国|全省|全市|全区|国内|西部)?"
    r"首(?:家|个|批|座|条|台|架|单)|首(?:家|个|批)[^。；;，,]{0,12}(?:建成|投运|投产|落户|开业|获批)")
#: a key every match of PRAISED holds, rarer where it starts than PRAISED's verbs (取, 获,
#: 一, 开…): searched first, PRAISED only where it is found (the same matches, ~2x cheaper).
PRAISED_KEY = re.compile(r"佳绩|辉煌|等奖|通过了|未发生|未出现|率(?:达到|达|为)?\s*\d|覆盖|捷报|屡获|硕果|斐然|"
                         r"呈现|运行|来势|势头|态势|速发展|质发展|迈出|步伐|培养了|摘帽|达成|消除了|满足了|"
                         r"总体|肯定|好评|表扬|赞誉|称赞|点赞|认可|达到了|追回|缴库|收缴|挽回|移送|处分|"
                         r"动了|进了|开局|开门红|决了|解了|转了|住了|克了|第[一二三四五六七八九十\d]{1,3}位|首[家个批座条台架单]")
#: a result promised, not reached ("为绍兴教育…作出更大的贡献", "创造新的更大辉煌"): the
#: aim of a closing resolve — its 作出…贡献 is what the author undertakes (承诺).
PROMISED = re.compile(r"(?:作出|做出|创造|贡献|取得)(?:新的)?更大(?:的)?(?:贡献|成绩|辉煌|力量|成效)|"
                      r"更大(?:的)?贡献")
#: a result wished for, not reached: the verb of a result after 有待/亟待/仍需 ("青年教师成长
#: 有待进一步加快", "…仍需进一步提高"): the shortfall conceded (searched just before the
#: result's words, up to their start).
WISHED = re.compile(r"(?:有待|亟待|尚待|仍需|还需|仍需要|还需要)(?:进一步|继续|不断|持续)?$")
#: a sentence opening on the span it looks back over ("这五年，", "一年来，", "今年以来，",
#: "过去一年，"): the state its last clause claims ("这五年，我区民族团结的局面更加稳固。")
#: is what the span came to — 成效 outside any part too.
BACK_SPAN = re.compile(r"(?:——)?(?:这|过去|近)?(?:\d{1,2}|[一二三四五六七八九十两几])年(?:来)?[,，]|"
                       r"过去一年[,，]|(?:今年|去年|本年度)以来[,，]")
#: a share of a whole before its level ("农村人口占75%以上", "占比超过…"): a level described,
#: not a target, though 以上 closes its clause (searched just before the level's number).
SHARE = re.compile(r"占(?:比|到)?(?:全[^,，;；。]{0,8})?[^,，;；。]{0,4}$")
#: the 对照检查's words for a way of working gone wrong ("雷声大，雨点小", "执行落实上却变了味、
#: 走了样", "浅尝辄止、一知半解", "存在畏难情绪"): admitted unless GUARDED against.
WENT_WRONG = (r"流于形式|走过场|雷声大[,，、]?雨点小|变了味|走了样|打折扣|搞变通|浅尝辄止|"
              r"一知半解|蜻蜓点水|敷衍了事|应付了事|得过且过|畏难情绪|本领恐慌|"
              r"(?:慢|不|乱)作为|不敢担当|不愿担当|重形式轻实效|重(?:痕迹|留痕)轻实效")
WENT_WRONG_MATCH = re.compile(WENT_WRONG)
#: a standing at the low end ("留守儿童学习成绩多数处于中下游", "排名靠后", "位列倒数"): an
#: admission of a shortfall, in a situation part too (问题).
LOW_STANDING = re.compile(r"处于(?:中下游|下游|末位|落后|较低水平|低位|劣势)|(?:排名|排位|位次)(?:相对|比较)?靠后|"
                          r"(?:位列|排名|居)倒数|"
                          # a strain or a harm that persists ("基层财力比较紧张", "腐败问题仍然
                          # 多发", "中小企业经营困难", "…治理任重道远", "…较少，…较少")
                          r"(?:依然|仍然|仍|还|尚)(?:较为|比较)?(?:多发|频发|高发|紧张|偏弱)|任重道远|"
                          r"(?:比较|较为|十分|异常|相当|较)紧张|经营(?:困难|艰难)|较少[^。；;]{1,12}较少|"
                          # a means lacking, stated plainly ("集体没有任何经营性收入", "年收入
                          # 均不足万元，微乎其微", "集体经济空白村": a 调研's findings; session 12)
                          r"没有任何(?:经营性|集体|稳定)?(?:收入|积累|产业|资金)|微乎其微|(?:空壳|空白)村|"
                          + WENT_WRONG)
#: a key of PRAISED or a match of LOW_STANDING: one search of every unit tells whether either
#: may be found in it (each searched only then: the same matches, one pass instead of two).
TELLING = re.compile(PRAISED_KEY.pattern + "|" + LOW_STANDING.pattern)
#: what the work guards against or forbids ("防止走过场", "不能搞形式主义、走过场", "坚决杜绝
#: 敷衍了事"): the words after it name no shortfall admitted (searched just before one).
GUARDED = re.compile(r"(?:防止|杜绝|反对|避免|严防|不能|不得|不搞|决不|绝不|力戒)[^。；;，,]{0,8}$|"
                     # (a verb of removal right before it: "整治走过场"; "…整治任重道远" is a noun)
                     r"(?:克服|纠治|整治|破除|纠正)$")
#: a lead-in that names the shortfalls it lists ("当然，学校工作还存在一些不足，主要如下：",
#: "…抽查15个单位，查处各类问题金额共计…，主要问题如下："): the admission is made by the
#: lead-in itself — 问题, not a bare lead-in (rule 6).
ADMITTING_LEAD = re.compile(r"(?:存在|发现|主要|突出)(?:的)?[^。；;]{0,8}?(?:问题|不足|差距|短板|薄弱环节)"
                            r"[^。；;]{0,12}?(?:如下|以下|表现在|体现在)|"
                            # (or a state admitted before the list: "全镇10个村集体经济发展状况
                            # 均滞后，主要表现在以下三个方面：" — session 12)
                            r"(?:滞后|落后|薄弱|不强|不高|不够|不足|欠缺|缺乏|困难)[^。；;]{0,12}?"
                            r"(?:表现在|体现在|如下)")
#: the author laying work on itself ("当然，我校在尖子生培养上也需花更大的精力…", "我们还需
#: 进一步…"): the author first, then a modal — a requirement of its own, 承诺 (like "我们要…").
#: Not 应届/应急/应用/应对/要求/需求, not a demand to see (要看到).
SELF_REQUIREMENT = re.compile(r"^(?:当然|同时|因此|所以|今后|此外|另外)?[,，]?我(?:们|校|局|镇|乡|区|县|市|委|院|所|"
                              r"司|厂|部|处|科)?[^,，。;；:：]{0,14}?(?:也|还|更|仍|都)?(?:需要|需|要|应当|应|必须)"
                              r"(?![求点素害届急用对]|看到|认识到|清醒)")
#: a title that claims a shortfall of its subject, closing on it ("1.一些管理工作有待进一步
#: 精细化", "2.党性修养不深。", "理论学习缺乏深度"): a 述职's or 总结's self-criticism written
#: in its headings (model/reading/suggestion_units.py `_CLAIMED_SHORTFALL`, more general).
SHORT_TITLE = re.compile(r"(?:有待(?:进一步)?[^\s，,；;。、]{2,4}|不深|不严|不实|不到位|缺乏[^\s，,；;。、]{0,6})$")
#: a paragraph whose first sentence, counted, admits a shortfall ("第三，考虑问题还不够全面，
#: 仔细，为学校主要领导排忧解难不够。", "1.学习主动性不强。"): the self-criticism of a 述职 or
#: an 对照检查 — the sentences after it in the paragraph are the shortfall told (问题).
COUNTED_ADMISSION = re.compile(r"(?:第[一二三四五六七八九十]{1,3}[,，、]|[一二三四五六七八九十]{1,3}是|"
                               r"\d{1,2}[.、．])[^。；;]{0,30}?(?:不够|不足|不强|不深|不高|欠缺|缺乏|"
                               r"薄弱|有待)")

#: a numbered entry's title that names a topic only ("1．团员管理与团支部管理。", "3．学生社团
#: 展示周。", "11.课程设置。"): a short noun phrase, no verb of work in it — it labels the
#: task written under it, no task of its own (a title with a verb, "1．继续试行团支部考核制度。",
#: "（一）稳定粮食生产。", is one).
TOPIC_TITLE = re.compile(r"(?:\d{1,3}[.、．]|[（(][\d一二三四五六七八九十]{1,3}[)）])\s*"
                         r"[^\s，,；;。、进试实开组召举做抓建办创争搞用保防治改树增减控提促育引招稳扩强优深推"
                         r"落严规完健加评继续持努着坚聚突打培壮维守筑巩统协注狠构激织千积全切主精立确力大扎"
                         r"发实减降化解补破整清消查办办落施行开展]{2,10}[。！!]?")
#: the full stop or ； a title may close on
_TITLE_END = "。；;.! "
#: the comma or ； before a title's last clause
_CLAUSE_BREAK = re.compile(r"[,，;；]")


def claims_result(title: str) -> bool:
    """Whether a heading claims a result reached ("1.学校考核获得佳绩", "2.教学质量再创辉煌",
    "3.培养了一大批省市名师", "一、坚持兴工强镇，工业经济提速发展。"), with nothing that looks
    ahead or denies it: in a 总结 or 述职 such a heading is itself a result (成效)."""
    body = fold_width(title).rstrip(_TITLE_END)
    if not (cues.RESULT.search(body) or PRAISED.search(body)):
        return False
    last = _CLAUSE_BREAK.split(body)[-1]
    return (cues.PLAN_TIME.search(body) is None and cues.AIMED.search(body) is None
            and PROMISED.search(body) is None and state_cues.STATE_DENIED.search(last) is None)


def result_titles(text: str, outline: Outline) -> list[tuple[int, int, int]]:
    """(title start, title end, node start) of the headings that claim a result
    (`claims_result`) in a list a lead-in announces as results: the results a review lists
    as its headings (docs/tags.md "What the ninth part taught"). The caller keeps those that
    stand in a review."""
    found = []
    for node in outline.nodes():
        if node.kind == "item" or node.title_end - node.title_start < 5:
            continue
        end = node.title_end
        while end < len(text) and text[end] in "。；;":  # its own full stop belongs to it
            end += 1
        if _announced_results(text, outline, node) and claims_result(text[node.title_start:end]):
            found.append((node.title_start, end, node.start))
    return found


def _announced_results(text: str, outline: Outline, node: OutlineNode) -> bool:
    """Whether the list `node` stands in follows a lead-in that announces results ("三年来，
    学校在各方面取得了优异成绩："): its entries are the results listed, as the entries after
    "主要目标是：" are targets. A review's part headings ("（一）重点行业项目实现新成效。")
    with no such lead-in stay headings (docs/tags.md "How 公文 state a result")."""
    siblings = node.parent.children if node.parent is not None else outline.roots
    first = siblings[0].start if siblings else node.start
    line_start = text.rfind("\n", 0, max(first - 1, 0)) + 1
    lead = text[line_start:first].strip()
    if not lead.endswith((":", "：", "︰")):  # (tested before any search: most lists have none)
        return False
    lead = fold_width(lead)
    lead = lead[max(lead.rfind("。", 0, len(lead) - 1), lead.rfind("!", 0, len(lead) - 1)) + 1:]
    return (lead.endswith((":", "：")) and ADMITTING_LEAD.search(lead) is None
            and (cues.RESULT.search(lead) is not None or PRAISED.search(lead) is not None))


# (kept last) the patterns above compiled with the characters their matches open with
speed_up_module(globals())
