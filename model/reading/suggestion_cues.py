"""The number and phrase patterns a unit of text is searched with (targets, changes,
results, resolutions, plan times, framing, lead-ins, admissions …), matched on
width-folded text. The cue words themselves: model/reading/suggestion_lexicon.py.
"""
from __future__ import annotations

import re

from model.reading import kind_cues
from model.reading.start_set import speed_up_module

# --- numbers (matched on width-folded text, so ５．２％ reads as 5.2%) -------------------
# Linear on any text: a number starts only where no digit precedes it (else a search tries
# every position of a long digit run, each reading the run to its end: 50 lines of 8,000
# digits took 230 s). No two repeats of spaces stand side by side (`\s*{UNIT}?\s*` tried
# every split of a long run of spaces between them).
#: (the first digit, then the check that no digit precedes it: a pattern that opens on a
#: character class lets `re` skip to the next digit in C — QUANTITY 4x faster than with
#: the lookbehind first, the same matches)
NUM = r"\d(?<!\d\d)\d*(?:\.\d+)?"
#: (万 and 亿 units share their first character: one test, not eleven; searched in every unit
#: with a digit. 颗|位|处…: "卫星增至144颗", "院士2位", "房产345处" — session 12)
UNIT = (r"(?:%|个百分点|倍|万(?:亿元|元|人次|人|吨|亩|户|家|个|名|斤)|亿(?:元|斤)|元|人次|人|吨|亩|"
        r"公里|平方米|微克/立方米|户|家|个|所|项|场次|次|篇|件|座|台|套|辆|天|名|例|公斤|斤|"
        r"颗|位|处|条|批|艘|架|枚|份|期)")
#: a target: "5%左右", "18.5万吨以上", "以内" — a commitment outside past sections.
#: The level closes its clause ("增长5%左右。", "…1万人以上，", or before a note in brackets:
#: "…达到93%以上（牵头单位：司法厅）"): "3000万元以上项目" and
#: "5.5%左右的…目标" name a class of things or a target, they set none (docs/tags.md).
TARGET = re.compile(rf"{NUM}\s*(?:{UNIT}\s*)?(?:左右|以上|以内)(?=[,;。!?，；！？、）)（(]|$)")
#: a measured change or level: "同比增长5.6%", "降至不足10%", "达到98%", "超30亿元" (session 9).
CHANGE = re.compile(
    rf"(?=[同比较增提下降减上达完突涨超缩压跃])(?:(?:增速|增幅|涨幅)(?:为|达|达到)?\s*{NUM}\s*%|"
    rf"(?:同比|比上年|较上年|比去年)?(?:增长|提高|下降|降低|增加|减少|上升|降至|降到|提高到|提升至|"
    rf"提升|跃升至|跃升到|压减|压降|增至|达到|达|完成|突破|超过|超)(?:了|至|到)?(?:不足)?\s*{NUM}\s*{UNIT}|"
    # a gap narrowed by a figure ("收入比为2.026，缩小幅度0.055"; session 10)
    rf"缩小(?:幅度)?(?:了|至|到)?\s*{NUM}|"
    rf"(?:同比|比上年|较上年|比去年)\s*\+\s*{NUM}\s*%|"
    # a comparison with the year before is a change whatever its unit (a page that dropped
    # the % signs: "比上年增长 15.4", "分别比上年增长 21 和 9.4")
    rf"(?:同比|比上年|较上年|比去年)(?:同期)?(?:分别)?(?:增长|提高|下降|降低|增加|减少|上升)(?:了)?\s*{NUM})")
RANKING = re.compile(r"(?=[排位居])(?:排名|位居|居)[^。；，]{0,8}(?:第[一二三四五六七八九十\d]+|前列)")
QUANTITY = re.compile(rf"{NUM}\s*{UNIT}")
#: an action told with its count or amount ("城镇新增就业47.3万人", "完成营造林341万亩",
#: "为87万名80岁以上老年人发放高龄津贴", "培育…企业322户", "实施医疗救助115人"): what the
#: work reached, 成效 by rule 1 where the text reports work done (docs/tags.md "How 公文
#: state a result"); in a plan the same words are a task.
#: The count is what the work reached (people served, area completed, enterprises grown,
#: funds obtained), not the size of the action itself: "组织专题培训12次", "出台…20条措施",
#: "发放补贴资金3860万元" stay 举措 (times, items and money paid out are no count here).
COUNTED_UNIT = (r"(?:%|万人次|万人|人次|人|万吨|吨|万亩|亩|公里|平方米|万户|户|万家|家|万个|个|所|项|"
                r"件|座|台|套|辆|万名|名|例|亿斤|万斤|公斤|斤)")
COUNTED = re.compile(
    rf"(?=[新培完引解救资惠减追输实脱安帮接筛创认争落为改建治修造盘筹拉净搬纠挽])(?:(?:新增|新培育|培育|完成|引进|解决|救助|"
    rf"资助|惠及|减免|追回|输转|实施|脱贫|安置|搬迁|"
    rf"培训|接种|筛查|帮扶|创建|认定|争取|落实|"
    # work made or repaired, counted by what it made ("改造老旧燃气管道984.6公里", "植树造林
    # 479万亩", "治理城市围挡2400余处"; session 8 round 2)
    rf"新建|改造|建设|治理|修复|造林|净增)[^。；;，,]{{0,16}}?{NUM}\s*(?:余|多)?\s*(?:{COUNTED_UNIT}|处)|"
    rf"(?:新增|完成|引进|争取|追回|创|盘活|筹集|拉动|实现|纠正|挽回)[^。；;，,]{{0,16}}?{NUM}\s*(?:余|多)?\s*(?:万亿元|亿元|万元|元)|"
    rf"(?:为|帮助|帮)\s*{NUM}\s*(?:余|多)?\s*(?:万名|名|人|万人|户|万户|家))")
#: a standard kept ("长江干流万州段水质保持Ⅱ类", "城镇调查失业率控制在5.5%以内"): in a review
#: a level held is a result reached; in a plan, or with 力争/确保, it is a target.
KEPT = re.compile(r"(?=[保控稳维])(?:保持|控制在|稳定在|维持在)[^。；;，,]{0,12}?(?:以内|以上|[ⅠⅡⅢⅣ]类|[一二三四]类|"
                  r"[IV]{1,3}类|标准|良好)")
#: the opening of a problem paragraph inside a review section ("在肯定成绩的同时…",
#: "但也要看到…", "…，但仍存在一些不足").
PROBLEM_OPENING = re.compile(r"在肯定成绩的同时|在看到成绩的同时|清醒(?:地)?(?:看到|认识到)|"
                             r"还存在不少|仍存在一定差距|但(?:也|同时)?(?:要|应)?看到|"
                             r"但(?:也|仍|还)(?:存在|有)(?:一些|不少|许多|一定)?(?:的)?"
                             r"(?:问题|不足|困难|差距|短板|薄弱环节)")
#: a result reached (成效 by docs/tags.md rule 1): completion, opening, award, record, rank,
#: approval, an outcome that rose or improved. Bounded gaps only (linear on any text).
#: RESULT_FIRST holds the first character of every alternative, tested before them: `re`
#: tries the ~50 alternatives one by one at every position, one class test turns most
#: positions away (the search 3.5x faster; tests/model/reading/test_suggestion_principles.py
#: checks the class against the alternatives).
RESULT_FIRST = "纳晋企逆均双骄打展经焕较很出构上不优位做入全列创初占取增壮大如完实居建开成投持提改明显更有稳突竣荣获落被见贯走超迈进逐通零向加勇表恢得卓保呈形基按态运势已夺榜跻排最连首跃登挂正焕顺隆圆交延覆惠摘率高优领未步跨"
RESULT_BODY = (
    # an event told as done with an adverb of success or of its start ("庆祝活动隆重举行",
    # "成功举办…论坛", "…工程顺利开工", "…医院正式开诊", "…枢纽投入使用"): the adverb tells
    # the event took place; a plan says 办好, 推动…开工 (session 9, docs/tags.md "An event
    # told as done")
    r"(?:成功|顺利|隆重|圆满)(?:举办|举行|召开|开工|开通|开幕|闭幕|完成|实施|落户|签约|获批|"
    r"通过|投产|交付|承办|并网|落成|揭牌|启动|上线|收官)|"
    r"正式(?:开诊|开业|开园|开馆|启用|投用|通车|通航|获批|挂牌|落户|揭牌|上线)|(?:投入|交付)使用|"
    # a reach that is whole ("边境乡镇驻地全部通达5G", "主电网延伸至所有边境新村", "“三甲”
    # 医院覆盖七地（市）"): all of a place or group reached
    r"全部(?:通达|通车|通电|接入|达标|实现)|(?:延伸至|覆盖|通达|惠及)(?:所有|全部)|"
    # a harvest, medals, a threshold passed ("粮食生产再获丰收", "喜摘奖牌111枚", "突破
    # 百万吨大关")
    r"获(?:得)?丰收|摘[^。；;，,]{0,6}(?:奖|金牌|银牌|铜牌|桂冠)|突破[^。；;，,]{0,8}大关|"
    # a first or a standing reached ("率先实现磷石膏产消动态平衡", "在市内率先推行…",
    # "能耗降低完成国家下达目标", "满意度连续9年高于全国平均水平"), and a harm that did not
    # happen, told in the past ("未发生重大安全事故"; a plan says 确保不发生)
    r"率先(?:实现|建成|完成|推行|出台|建立|获批|通过|开通|实施|推出|试点)|完成(?:国家|省|市|上级)?下达(?:的)?"
    r"[^。；;，,]{0,6}(?:目标|任务)|(?:高于|优于|领先)(?:全国|全省|全市|全区)(?:平均)?(?:水平)?|"
    r"未(?:发生|出现)[^。；;，,]{0,20}(?:事故|事件|案件)|"
    r"建成|投运|投产|通车|竣工|落地|贯通|开通|上线|获批|获评|荣获|获得|入选|列入|被评为|"
    r"突破\s*\d|突破了|"
    # a share of the year's target or plan reached ("占年度目标任务的102%", "完成年计划的
    # 61.6%"): the plan measured against, a result
    r"(?:占|完成)(?:年度|全年|年)?(?:目标任务|目标|计划|任务)的?\s*\d|"
    # the perfective 已 on a completive verb ("3个滞后项目已全部开工", "已经办结"): done
    r"已(?:经)?(?:全部|全面|基本|如期)?(?:完成|开工|建成|投产|投运|竣工|到位|办结|销号|完成整改)|取得(?!的)[^。；;]{0,10}(?:胜利|成效|成果|突破|进展|成绩|增长|成就)|实现了|实现[^。；;]{0,12}"
    r"(?:目标|增长|翻番|全覆盖|零)|如期(?:完成|实现)|完成(?:了|投资|年度)|完成(?<![保争取力要将须时]完成)[^。；;，,]{1,10}任务(?=[。；;，,]|$)|超额完成|全面完成|"
    r"通过[^。；]{0,12}(?:评审|验收|认定|考核|评估|认证)|被[^。；]{0,10}(?:推广|评为|列为|命名|采纳|授牌|授予)|"
    # a standard met, an inclusion by a higher level, a grade gained, a turn (session 11: "以优秀
    # 等次通过了…检查考核", "…纳入全市…产业集群", "…晋级国家4A级景区", "四项指标均为“零”",
    # "…保持“双下降”", "提案全部办结", "房地产市场企稳", "贸易逆势上扬")
    r"纳入(?:了)?(?:国家|全国|全省|全市|省级|国家级|省|市)|晋级|(?:全部|均)达到[^。；;，,]{0,6}要求|"
    r"均为[“\"]?零|双下降|企稳|逆势(?:上扬|增长|上涨)|"
    r"(?:居|位居|位列|走在|排)[^。；，]{0,10}(?:第|前列|首位)|创[^。；]{0,4}新高|"
    # an honour, a rank or a first reached (session 8 round 2, docs/tags.md "An honour, a
    # rank, a first"): "获文华表演奖", "勇夺…冠军", "登上…榜首", "跻身…50强", "入列中国百强镇",
    # "成为首批…示范园区", "创近十届最好成绩", "连续45年无重大森林火灾"
    r"获[^。；;，,]{0,20}(?:奖|强|称号)|"
    # a placing or medals won, a record broken, the "excellent results" a contest brought
    # ("总分获市直第一名", "获国际金牌1枚", "…团体第三名的优异成绩", "打破县记录": round 2)
    r"获[^。；;，,]{0,20}(?:金牌|银牌|铜牌|第[一二三四五六七八九十\d]{1,3}名)|打破[^。；;，,]{0,8}记录|"
    r"(?:优异|骄人)成绩(?=[,;。!?，；！？]|$)|夺[^。；;，,]{0,18}冠军|榜首|跻身[^。；;，,]{0,20}|入列[^。；;，,]{0,14}|"
    r"成为(?:首(?:批|个|家)|国家级|省级|全国|全省)[^。；;，,]{0,24}|最好(?:成绩|水平)|连续\d+年(?:无|保持)[^。；;，,]{0,16}|"
    # (closing its clause or in the perfective: "不断提高防灾能力" directs the work at its
    # object, "防灾能力不断提高" claims the state; session 9)
    r"(?:显著|明显|持续|逐年|稳步|不断)(?:提升|提高|增强|改善|优化)(?=了|[,;。!?，；！？]|$)|占到|占有一席|零感染|零确诊|"
    r"有了?新(?:提升|提高|进展|突破|改善|成效|成果|步伐|台阶|跨越|增强)|"
    r"(?:迈上|跃上|登上)(?:一个|了)?(?:新|大)(?:水平|台阶)|实现[^。；;，,]{0,6}跨越|跃上[^。；;，,]{0,16}首位|"
    # a stage entered, a standard met along the whole line, closing the sentence ("现代农业
    # 进入新阶段。", "辽河干流堤防全线达标。", "投资结构向新向优。": a review's claims of a
    # state; "随着…进入新阶段，" is its background; session 13)
    r"(?:(?:进入|迈入|步入|跨入)(?:了)?(?:一个)?新(?:的)?(?:阶段|时期|水平)|全线达标|向新向优)"
    r"(?=[。！!；;]|$)|"
    r"(?:挂牌|投入|正式)运营|向公众开放|焕新亮相|"
    # a standing at the head, a national designation, an opening done (session 9 round 2:
    # "…规模领跑全市", "…成为国家级夜间文化和旅游消费集聚区", "…片区焕新开放")
    # (each alternative opens on a literal: `re` skips it at a glance where that differs)
    r"领跑(?:全国|全省|全市|全区|全县)|焕新开放|正式开放|"
    r"做出(?:了)?[^。；;]{0,6}贡献|初见成效|见到成效|初具规模|"
    r"(?:更加|成果)丰硕|有所(?:增强|提高|提升|改善|增长|好转)|"
    r"(?:增强|提高|提升|改善|优化|壮大)了|"
    # (not said of a difficulty: "经济下行压力持续加大" is the problem growing; session 13)
    r"(?:(?<!压力)(?<!风险)(?<!难度)(?<!困难)(?<!矛盾)(?<!挑战)"
    r"(?:进一步|不断|持续|逐步|明显|显著|大幅|有序)(?:增强|提高|提升|改善|优化|加快|巩固|夯实|加大|"
    r"加强|扩大|拓展|深化|增进|下降|压降|完善)|全部达标|基本实现[^。；;，,]{0,10}|全面铺开|保持稳定|"
    r"保障到位|"
    # a state claimed as reached, closing its clause ("投资消费回暖向好。", "新质生产力加快
    # 成长。", "15件民生实事全部兑现", "工业经济提速增效"): a run-in claim is a result
    r"向好|稳中有进|加快成长|加快构建|提速增效|勇创佳绩|通报表扬|恢复运营|卓有成效|"
    # the same claims in their general form (session 8: each word above was seen in one
    # document): a completion adverb on a completive verb ("全部兑现", "基本完成", "如期
    # 到位"), a result received ("得到恢复", "得到有效解决"), a start or a trend that is
    # good ("开局良好", "势头良好"), something new reached ("实现新突破", "取得新进展")
    r"(?:全部|全面|基本|如期|按时)(?:兑现|清零|完成|到位|落实|覆盖|开工|完工|竣工|建成|投产|投运|办结)|"
    r"(?<!没有)(?<!未)(?<!未能)(?<!不能)(?<!难以)得到(?:了)?(?:有效|明显|较大|进一步|全面)?"
    r"(?:恢复|提升|改善|加强|巩固|落实|解决|缓解|整改|纠正|遏制|查处|保障)|"
    r"(?:开局|态势|运行|势头)良好|(?:实现|取得)了?新(?:突破|进展|成效)|"
    # a state held or shown, in the perfective ("保持了经济持续增长", "呈现出…的良好局面",
    # "形成了…的格局"): what the year came to
    r"保持了[^。；;,，]{0,10}(?:增长|稳定|态势)|(?:呈现出|形成了|构成了|展现了|显示出)[^。；;]{0,40}"
    r"(?:局面|态势|格局|体系|趋势)|"
    # a test weathered, a road found, a change whole (round 2: "经受住世纪疫情严重冲击",
    # "成功走出一条…反腐败之路", "推动党风政风焕然一新"): what the years came to
    r"经受住(?:了)?[^。；;，,]{0,16}(?:考验|冲击)|走出(?:了)?一条[^。；;]{0,40}?(?:之路|道路|新路)|焕然一新|"
    # a harm curbed, a duty done well, in the perfective ("有效遏制了传染性疾病的集聚性发展",
    # "较好地履行了自己的岗位职责"): what the work came to (session 10)
    r"有效(?:遏制|控制|化解|防止)了[^。；;]{0,30}|(?:较好|很好|圆满|出色)地?(?:履行|完成)了[^。；;]{0,30})"
    r"(?=[,;。!?，；！？]|$)")
RESULT = re.compile(f"(?=[{RESULT_FIRST}])(?:{RESULT_BODY})")
#: a completion with its amount in words ("累计完成固定资产投资近万亿元"), searched only when
#: RESULT found nothing in a unit that says 完成.
COMPLETION = re.compile(
    r"完成[^。；;,，]{0,10}?(?:近|约|超过|超)?[0-9一二三四五六七八九十百千两.]{0,12}(?:万亿元|亿元)")
#: a resolution to fix what was just admitted (承诺 by rule 3): "我们一定…切实加以解决".
#: The resolve is said by a modal of the author (一定, 必须, 我们要/将/会), or by 切实加以.
#: (Matched on width-folded text: a full-width ，；： reads as , ; :.)
RESOLUTION = re.compile(
    r"(?=[一必务决我将定切对针])(?:"
    r"(?:一定|必须|务必|决心|我们要|我们将|我们会|将会|定会|我将|我要)[^。;；]{0,30}(?:解决|改进|整改|克服)|"
    # (the resolve of one person, a 述职's close: "我将…在今后的工作中切实予以改进": session 10)
    r"切实(?:加以|予以)(?:解决|改进|整改)|"
    r"^(?:对此|对以上问题|对这些问题|针对上述问题|针对以上问题|针对这些问题))")
#: an admission that something is not solved ("没有得到认真解决"): a problem, not a resolve.
UNSOLVED = re.compile(r"(?:没有|尚未|未能|未|难以|不能|不易)(?:得到|真正|有效|彻底|完全)?"
                      r"[^。;；,，]{0,3}(?:解决|改进|整改|克服)")
#: a requirement laid on the units that carry out the plan (承诺 by rule 2: a task set is
#: undertaken): "各单位要…", "各责任单位需…", "牵头单位要…", a sentence opening on 要
#: (not 要看到), also after the author or an enumerator ("我们要…", "一是要…", "首先要…").
#: The modal of a requirement: 要、需、须、应、必须、务必.
REQUIREMENT = re.compile(
    # (an entry's number may open it: "2.要广泛联系群众", "(三)要…" — a numbered requirement of
    # a 述职's resolve or a notice's list is one all the same; session 10)
    r"^(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,2}\))?(?:[^,，。;；:：]{0,10}?(?:各[^,，。;；:：要]{0,6}?(?:单位|部门|地区|地|级|乡镇|街道|县|区|"
    r"市|成员|机关|企业)|牵头单位|责任单位|牵头部门|责任部门)[^,，。;；:：]{0,8}?"
    # the enumerator may stand alone before the modal ("一要弘扬…", "二要强化…"): the
    # requirements of a report's task list, counted (session 9). 主要/重要 hold no modal
    # ("各乡镇以及县直各部门主要负责人参会": attendance; session 13)
    r"(?:(?<![主重])要|必须|务必|应当|需|须|应)|(?:我们|我[区县市镇乡])?(?:[一二三四五六七八九十]是|[一二三四五六七八九十]|首先|其次|"
    r"再次|最后|就是|主要是|重点是)?(?:要|必须|务必)"
    r"(?![求点素害]|清醒|看到|认识到)|"
    # an aim clause, then what must be done for it ("实现上述目标，必须…", "为完成全年
    # 目标任务，我们要…"): the author lays down the work ahead
    r"(?:为了?)?(?:实现|完成)[^,，。;；]{0,20}?(?:目标|任务)[,，][^,，。;；]{0,6}?(?:要|必须|务必|需要)|"
    # a body or its people (by role too) as the subject: "区委办要…", "…教师要…" (sessions 10-11)
    r"[^,，。;；:：]{1,10}?(?:工作者|干部|党员|班子|单位|部门|机关|办|局|委|厅|组|院|校|"
    r"教师|老师|师生|职工|员工|班主任)(?:要|必须|务必)"
    r"(?![求点素害]|清醒|看到|认识到))")
#: a year ahead as a date names it: in digits (2027) or in Chinese numerals, as a party
#: communiqué writes it ("到二〇三五年", "到二〇二九年…时"): the same deadline (session 10).
YEAR = r"(?:20\d\d|二[〇零○][〇零○一二三四五六七八九]{2})"
#: a target in a plan: a level to reach by a date ("到2027年，…达到…%") or an aim (力争,
#: 确保…以上).
PLAN_TARGET = re.compile(
    rf"(?:到\s*{YEAR}\s*年|20\d\d\s*年(?:年)?底前|力争|争取|确保(?!了))[^。;；]{{0,40}}?"
    rf"(?:达到|提高到|提升至|增长|控制在|突破|超过|实现|完成|建成|新增|{NUM}\s*{UNIT})")
#: a plan's time frame: 到2027年, 年内, 力争.
PLAN_TIME = re.compile(rf"(?=[到\d今明年力争])(?:到\s*{YEAR}\s*年|\d{{4}}年(?:年)?底前|(?:今|明)年(?:年)?底前|"
                       r"\d{1,2}月底前|年内|力争|争取)")
#: framing without a claim: the context of a year, thanks, the significance of a plan
#: ("…具有重要指导意义"), what a task is ("乡村建设是…的重要任务") (docs/tags.md rule 6).
#: Matched on width-folded text, where a full-width comma reads as ",".
FRAMING = re.compile(r"是[^。；;]{0,20}(?:之年|的[一二三四五六七八九十两几]+年)[，,。]|极不寻常|极不平凡|指明了|"
                     # the year named by what it is ("今年是…成立75周年，是…的关键一年，…":
                     # session 13) — not where the sentence goes on to the demand ("…关键一年，
                     # …党组要以…")
                     r"是[^。；;，,]{0,20}(?:\d+周年|的(?:关键|重要|决胜|攻坚|收官|开局)一年)[，,。]"
                     r"(?![^。；;]*?(?<![主重需])(?:要|必须|务必))|"
                     # the year characterised, the credit for its results (session 8 round 2):
                     # "刚刚过去的2025年很不平凡", "这些成绩的取得，根本在于…"
                     r"很不平凡|成绩的取得|根本在于|成如容易却艰辛|"
                     # the period ahead characterised, the demands it makes, the targets
                     # explained (session 9): "今后五年，是…的关键时期", "…对政府工作提出了
                     # 新的更高要求", "这些目标充分考虑了…" — no task of their own
                     r"是[^。；;]{0,40}(?:关键时期|关键期|攻坚期|窗口期|机遇期|冲刺期|决胜期)[,，。]|"
                     # (a key year that closes the sentence: "…是…的关键一年。" — one that
                     # goes on lays down the year's work: "…的关键一年，各党组要…"; session 10)
                     r"是[^。；;]{0,40}关键(?:\d{1,2}|[一二三四五六七八九十两几])年。|"
                     r"提出了?[^。；;]{0,8}更高(?:的)?要求|^这些(?:目标|指标)|"
                     r"提供了根本遵循|致以|表示[^。；;]{0,12}(?:感谢|谢意|敬意)|具有[^。；;]{0,8}意义|意义重大|"
                     r"是[^。；;]{0,30}的(?:一项)?(?:重要|重大)[^。；;，,]{0,4}?(?:任务|内容|组成部分|途径|基础|"
                     r"保障|支撑|举措)")
#: a lead-in to what follows ("现将…分解如下", "为…，制定本方案。"), the plan describing
#: itself ("本规划依据…编制", "…组织制定了《…规划》。"), a notice handing it down ("…现印发
#: 给你们", "请…认真贯彻执行") or a news lead on it ("近日，…下发《…》"): no claim of its own.
#: The class of the alternatives' first characters is tested before them (faster).
LEAD_IN = re.compile(r"(?=[如以现制提本印编经为主(（])(?:如下[。：:,，]|以下[^。；;,，]{0,8}[：:]$|^(?:经研究[,，])?现将|"
                     # a line that only names who leads ("（牵头单位：县财政局）"): no claim
                     r"^[(（](?:牵头|责任|配合|主办|协办)(?:单位|部门)[:：][^。；;()（）]{1,60}[)）][。.]?$|"
                     # a review's lead-in to its list of work ("主要做了以下工作。")
                     r"^主要(?:做了|开展了|抓了)以下[^。；;,，]{0,6}工作[。：:]?$|"
                     r"^现就|制定本(?:方案|规划|计划|意见|办法|细则)[。.]|提出(?:如下|以下)意见|"
                     r"^本(?:规划|方案|计划|意见|办法)|(?:制定|印发|编制)(?:了)?《[^》]{1,80}》[。.]|"
                     # the document naming itself as made, at the end of its purpose clause
                     # ("为…，结合我镇实际，特制定本目标工作计划。", "…，制定…三年行动方案
                     # (2024—2026年)。"): the plan's lead-in, no task of its own
                     r"^为[^。；;]*?[,，](?:特|现)?(?:制定|制订|编制)(?:本|了)?[^。；;,，]{0,40}"
                     r"(?:方案|规划|计划|意见|办法|细则)(?:[(（][^()（）]{0,20}[)）])?[。.]?$)")
#: a notice handing a plan down ("…现印发给你们", "请…认真贯彻执行", "…关于印发《…》的通知")
#: or a news lead on it ("近日，…下发《…》"): searched only in a unit that says 发给, 关于印发
#: or 近日 or opens on 请 (LEAD_IN's alternatives are tried at every position of every unit).
TRANSMITTAL = re.compile(r"近日[^。；;]{0,24}(?:出台|印发|发布|制定|下发)(?:了)?《|(?:印发|下发|转发)给你们|"
                         r"^请[^。；;]{0,24}(?:贯彻执行|贯彻落实|组织实施|遵照执行|抓好落实|认真执行)|"
                         r"^[^,，。(（]{0,30}关于印发《")
#: a whole document that is a plan (实施方案, 行动计划, 任务分解, 工作要点): its tasks
#: are commitments wherever no section says otherwise.
PLAN_DOCUMENT = re.compile(r"方案|计划|规划|要点|任务分解|任务清单|责任分工|工作安排|实施意见")
#: a result that is aimed at, not reached: "推动…项目年内投产", "确保…建成" — a verb of
#: pushing or securing governs the result verb in the same clause (outside a review part
#: this is a task, docs/tags.md rule 2).
AIMED = re.compile(r"(?:推动|促进|力促|确保|争取|力争|推进|加快|着力|支持|帮助|助力|督促|努力)"
                   r"[^。；;,，]{0,32}?(?:建成|投产|投运|达产|落地|开工|竣工|通车|上线|开通|贯通|获批|"
                   r"实现|取得)|确保(?!了)[^。；;,，]{0,32}?(?:顺利|圆满)|"  # ("确保…顺利实施")
                   # a purpose ("为实现“十五五”时期目标任务提供坚强保障"): the aim served, no result
                   r"(?<![因作成])为(?:了)?(?:实现|取得)")
#: a sentence opening on the time it looks back over ("过去5年，", "五年来，", "党的十八大
#: 以来，"): its 推动…取得 reports what the pushing brought, not an aim (round 2).
LOOKED_BACK = re.compile(r"(?:过去|近)(?:\d{1,2}|[一二三四五六七八九十两几])年[,，]|"
                         r"(?:\d{1,2}|[一二三四五六七八九十两几])年来[,，]|过去一年[,，]|"
                         r"(?:党的)?十[一二三四五六七八九]大(?:以来|后)[,，]")
#: an aim that looks ahead even in a review ("力争实现…目标", "确保实现…", "努力实现…"):
#: what 推动/推进 report as done in a review, these still undertake.
AHEAD = re.compile(r"(?:力争|确保|努力|力促)[^。；;,，]{0,16}?(?:建成|投产|投运|达产|落地|开工|竣工|"
                   r"通车|上线|开通|贯通|获批|实现)")
#: a fall in a figure (下降4.3%); progress only where the indicator should fall.
FALL = re.compile(rf"(?=[下降减回])(?:下降|降低|减少|回落|下滑)(?:了)?\s*{NUM}\s*(?:%|个百分点)")
#: indicators for which a fall is progress (pollution, energy use, unemployment, poverty,
#: accidents, costs, debt): "PM2.5平均浓度下降2.7%" is a result.
GOOD_FALL = re.compile(r"能耗|排放|浓度|PM|失业|贫困|发生率|死亡|亡人|事故|成本|价格|负债|"
                       r"赤字|污染|病亡|逾期|不良|投诉|案件|发案|超标|耗|时限|时间|环节|材料|(?<!消)费")
#: a rise in a figure (增长5%, 提高到90%).
RISE = re.compile(rf"(?:增长|提高|上升|增加|提升|增至|提高到|提升至)(?:了|到|至)?\s*{NUM}")
#: a duty laid on a unit ("由牵头单位发挥统筹协调作用", "协同单位积极配合"): in a plan
#: document the sentence is a task.
DUTY = re.compile(r"负责(?!人)|牵头(?!单位)|配合|承担|发挥[^。；;]{0,8}作用")
#: a count of a plan's own tasks or units ("明确133项具体任务，涉及34个牵头单位"): it
#: describes the plan, it is a figure (docs/tags.md rule 4), not a task.
PLAN_COUNT = re.compile(rf"{NUM}\s*(?:项[^。；;,，]{{0,4}}任务|个[^。；;,，]{{0,4}}(?:单位|部门))")
#: a level the government sets (a standard, a subsidy, a pension): raising it is an
#: action (举措), not an outcome — "城乡低保标准分别提高6%和8%".
SET_LEVEL = re.compile(r"标准(?![化农])|补助|补贴|待遇|养老金|工资|津贴|抚恤")
#: the title of a document that reports work done (总结、述职、汇报): it is a review as a
#: whole, its sentences are measures or results wherever no section says otherwise.
#: (a report on how something went — "关于…整改情况的报告", "…整改报告" — is one too)
REVIEW_DOCUMENT = re.compile(r"总结|述职|汇报|回顾|情况报告|完成情况|执行情况|落实情况|进展情况|自查|"
                             r"情况的报告|整改报告")
#: a level of output or payment ("全镇煤矿共生产原煤12.5万吨", "共上缴国税2650万元"):
#: a figure without a claim of progress (docs/tags.md rule 4, like "粮食总产量26.52万吨").
LEVEL = re.compile(r"生产|产量|总产|上缴|收缴|缴纳|缴税|余额|现有|辖")
#: a figure the page blanked ("增长x%", "GDPxxxx万元", "x-x月"): read as a number, so that
#: a template or a redacted report is read like a filled one (an x inside a word is not one).
BLANKED = re.compile(r"(?<![a-wyz])[xX]+(?![A-Za-z])")
#: more words of action and of pushing work on, searched only where a decision needs them
#: (not in the lexicon: every cue costs the cue scan of every unit): a review sentence that
#: names an action is a measure, not a figure; in a plan document one that pushes work on
#: is a task.
ACTION = re.compile(r"新建|兴建|改造|引进|种植|调整|扶持|培育|投入|抓(?!获)|成立|组建")
PUSH = re.compile(r"推动|推进|促进")
#: a forecast ("据测算，…到2020年将有可能达到110万人左右"): a figure expected, not one the
#: author undertakes to reach — its 左右 is no target (docs/tags.md rule 4).
FORECAST = re.compile(r"据测算|据预测|据预计|测算显示|将有可能|有可能|有望|预测")
#: the author looking ahead: "我们将…", "为此，在新的一年里，我区将…", "今后，…", "下一步，…" —
#: what the author will do is undertaken, even at the close of a review (docs/tags.md).
FUTURE = re.compile(r"(?:为此|对此|因此|同时)?[,，]?(?:在)?(?:新的一年|今后|下一步|下步|下阶段|明年|来年)|"
                    # the pledge of those present ("一致表示，将深入学习…"; session 10)
                    r"(?:(?:与会|全体)[^,，。]{0,8})?(?:一致)?表示[,，]?(?:将|要|一定)")
#: the author's own future (我们将进一步…, 我区将继续…, 我一定…), anywhere in the unit; FUTURE
#: is matched at the unit's start only. 将 counts before an adverb or a verb of intent only:
#: "我镇将15个村纳入…" in a review is 把, not a future; nor is "我们一定程度上…".
AUTHOR_WILL = re.compile(r"我(?:们|[区县市镇乡局委厅办])?(?:一定(?!程度|的|数量|规模|比例|范围|时期|时间)|"
                         r"决心|必将|将(?=进一步|继续|坚持|紧紧|"
                         r"全力|着力|大力|持续|努力|以|在|把|认真|切实|不断|加快|重点|围绕|按照|"
                         r"牢牢|始终|更加|深入|扎实|积极|力争|确保|抓住|聚焦|立足|全面|抓|做|推进|"
                         r"推动|加强|强化|狠抓|突出|集中|结合|通过|采取|从|对))")
#: a deadline ahead ("10月底前", "年底前", "年内", "到2027年"): with a modal of the future
#: (将/要/确保/力争) a plan even in a review ("10月底前，…都将用上自来水"). 争取 alone is
#: no deadline: in a review "争取上级资金…" reports what was obtained.
DEADLINE = re.compile(rf"(?=[到\d今明年])(?:到\s*{YEAR}\s*年|\d{{4}}年(?:年)?底前|(?:今|明)?年(?:年)?底前|"
                      r"\d{1,2}月底前|\d{1,2}月(?:份)?前|年内)")
FUTURE_MODAL = re.compile(r"将|要|确保|力争|计划")
#: a figure short of its target ("同比增长3.2%,塌目标1.8个百分点", "增速未达到预期目标",
#: "欠进度的有17个"): an admission (ADMISSION opens on it) that beats the figure's own change —
#: a problem in a review too (docs/tags.md, session 9).
SHORTFALL = (r"(?:塌|低于|落后于?)(?:年度|全年|预期|序时)?(?:目标|预期|计划|进度)[^。；;，,]{0,4}\d|"
             r"未(?:能)?(?:达到|完成)[^。；;，,]{0,10}(?:目标|预期|计划|进度)|欠进度|"
             r"差(?:目标|预期)[^。；;，,]{0,4}\d|"
             # a figure below its plan by an amount ("比计划减少783吨": round 2)
             r"比(?:年初)?(?:计划|预期|目标)(?:减少|下降|少|减收|短收)(?:了)?\s*\d")
SHORT_OF_TARGET = re.compile(SHORTFALL)
#: an admission without a cue word of its own (docs/tags.md rule 5): a state that persists
#: (仍然艰巨, 还有不少短板), a problem not solved or changed (没有根本改变, 还没有完全解决),
#: the harm a way of working did (没有充分考虑, 带来很大压力), a difficulty growing
#: (下行压力加大, 难度较大), a bad practice present (存在…现象), what an audit or a self-check
#: found (kind_cues.FINDING: 审计发现，…, 超预算, 进度迟缓) — each counts as a strong cue.
ADMISSION = re.compile(
    rf"(?=[依仍还尚没未并带压难风困矛挑存问主塌低落差欠比审抽检督巡核超虚滞挤无闲空迟也需些分别数达重])(?:{SHORTFALL}|"
    rf"{kind_cues.FINDING}|"
    r"^(?:问题清单|存在(?:的)?问题|主要问题|问题表现|问题)[：:]|"
    # ^ a line the report labels a problem ("问题清单：部分栏目信息较少。", "存在问题：…"): the
    # label admits it (docs/tags.md "A line labelled a problem states one")
    r"(?:依然|仍然|仍|还|尚)(?:较|很|十分|比较|相当)?"
    r"(?:艰巨|严峻|突出|薄弱|较大|较多|较重|偏[低小少慢弱]|困难|不少)|还有(?:不少|一些|较大|很大|一定)?(?:的)?(?:差距|短板|不足|欠账|空间)|"
    r"(?:没有|尚未|未能|并未)(?:得到)?(?:根本|完全|真正|彻底|有效|明显|充分)[^。;；,，]{0,2}"
    r"(?:改变|改善|扭转|解决|缓解|到位|考虑|发挥|落实)|"
    r"带来(?:了)?(?:很大|较大|一定|不少)(?:的)?(?:负面|不良|消极)?(?:压力|影响|困难|负担|不确定性)|"
    # much still to learn or do ("还有许多知识要学习，许多技能要掌握"): a 述职's admission
    r"还有(?:许多|很多|不少)[^。；;，,]{1,8}要|"
    r"(?:压力|难度|风险|困难|矛盾|挑战)(?:较大|加大|增大|增多|加剧|凸显|上升)|"
    r"存在[^。;；,，]{0,16}(?:现象|情况))")
#: a problem named as the object of the work against it ("切实解决行政效率不高、…等突出
#: 问题", "面对外部压力加大、内部困难增多的…形势，我们…"): the words inside are not an
#: admission (docs/tags.md rule 5).
FOUGHT = re.compile(r"(?=[经解破整化克补弥缓纠查治攻扭排梳防应面战针清消取废打检剖正直阐根杜找分])(?:(?:针对|解决|破解|整治|整改|化解|克服|补齐|补足|弥补|缓解|纠正|查处|治理|攻克|扭转|"
                    r"排查|查找|查摆|梳理|防范|应对|面对|战胜|清除|"
                    # problems examined ("检视自身存在的问题", "正视问题差距"): the work of
                    # looking at them, no admission of one (session 10)
                    r"检视|剖析|正视|直面|"
                    # problems a meeting states or works from ("阐述班子存在的问题", "根据存在
                    # 问题认领工作责任"; session 11)
                    r"阐述|根据|"
                    # problems analysed ("作政府工作报告时，分析了…中的困难和问题": the news
                    # of the analysis, no admission; session 13)
                    r"分析(?:了)?)"
                    # (清除…风险隐患: the risk removed, not admitted; session 10)
                    r"[^,，。;；]{0,30}?(?:问题|难题|短板|弱项|不足|困难|矛盾|瓶颈|隐患|"
                    # (the situation faced: "面对错综复杂的…形势", "有效应对…风险挑战": round 2)
                    r"形势|风险挑战|挑战|风险|冲击|考验)|"
                    # a test weathered ("经受住世纪疫情严重冲击"): the harm withstood, no admission
                    r"经受住[^,，。;；]{0,20}?(?:冲击|考验)|"
                    # the gaps sought ("守初心、担使命、找差距、抓落实": a campaign's demand, no
                    # gap admitted; session 13)
                    r"找(?:准|出|到)?差距|"
                    # what the work removes: "清理消费领域不合理限制措施", "破除…不合理壁垒"
                    r"(?:清理|破除|消除|取消|废止|打破|杜绝)[^,，。;；]{0,20}?(?:不合理|不规范|不公平|壁垒|障碍|"
                    r"限制|严重))")
#: what 争取 brought: an amount or a count ("争取…资金465.8亿元", "争取…任务162项").
OBTAINED = re.compile(rf"争取(?:到|了)?[^。；;]{{0,40}}?{NUM}\s*(?:余|多)?\s*(?:万亿元|亿元|万元|元|项|个|笔)")
#: a mark that 争取 looks ahead: a future, an aim, a deadline, a target level.
AHEAD_MARK = re.compile(r"将|要|力争|确保|年内|以上|左右|以内|计划|预计|力求|拟|目标|底前|到20")
#: a clause that opens on a verb directing work ("着力稳定…", "持续改善…", "大力拓展…",
#: "坚持以…", "进一步促进…"): the imperative of a task list (docs/tags.md "How tense and
#: aspect decide"). The clause starts the unit or follows a comma or semicolon.
DIRECTIVE_CLAUSE = re.compile(r"(?:^|[,;，；])(?:着力|持续|大力|积极|坚持|进一步|加快|深入|全面|切实|"
                              r"全力|扎实|不断|统筹|稳步|有序)")
#: a mark of work done ("近年来", "已", "先后", "…建立了…"): an action so told in a plan
#: document reports its background, it is no task.
DONE = re.compile(r"近年来|年来|以来|已经|已(?!有)|先后|(?<![为除])了")

#: a lead-in that names targets and opens their list ("明确了今后五年经济社会发展目标，即：",
#: "主要目标是：", "发展目标为："): the ；-list after it, in the same sentence, is the targets
#: (docs/tags.md "A list the lead-in calls targets is targets").
TARGET_LEAD = re.compile(r"目标(?:是|为|，即|,即|即)?[：:]")
ACTION_OPEN = re.compile(r"(?:——)?(?:抓|坚持|聚焦|围绕|突出|强化|加强|加快|加大|着力|推进|推动|促进|"
                         r"打造|做好|做优|做强|做大|实施|开展|深化|提升|提高|扩大|建设|培育|壮大|完善|健全|"
                         r"落实|维护|确保|力争|全力|大力|扎实|持续|优化|守牢|筑牢|巩固|统筹|协调|注重|"
                         r"狠抓|严格|构建|办好|用好|激发|激活|增强|改善|防范|织密|保持|"
                         r"千方百计|积极|全面|深入|不断|切实|努力|主动|精准|着眼|立足)")

# (kept last) every pattern above compiled with the characters its matches open with, so
# that `re` skips to them in C: the same matches (model/reading/start_set.py)
speed_up_module(globals())
