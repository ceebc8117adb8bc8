"""Line-level rules of the outline detector: which lines may be headings or lead sentences,
what their marker and title are, and which lines are never outline nodes (salutations,
closings, signatures, dates, attachment lists).

One compiled pattern finds every candidate line in a single pass over the text (it starts
with the literal "\\n", so the regex engine skips between line starts in C); everything
else here runs only on those candidates. A numbered line's match also carries its title
clause, and a written marker (（一）, 2.) is parsed once per text, not once per line.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from model.report.ordinals import CIRCLED_FIRST, int_to_cn, ordinal_value

_SP = "[ \t\u3000\xa0]"
#: Longest opening phrase (before its comma) that a parallel run of paragraphs repeats
OPENER_MAX = 6
_CN = "[零〇一二三四五六七八九十百两兩]{1,5}"
_AR = "[0-9０-９]{1,3}"
_INDENT = rf"(?P<ind>{_SP}*(?:#{{1,6}}[ \t]+)?(?:\*\*)?)"  # Markdown "## " / bold "**"
_MARKERS = (
    rf"(?P<part>第(?P<pn>{_CN}|{_AR})(?P<pk>部分|章|节|篇|编|条|節|編|條))"
    rf"|(?P<cp>[（(]{_SP}*(?P<cpn>{_CN}){_SP}*[）)]、?)"
    rf"|(?P<ap>[（(]{_SP}*(?P<apn>{_AR}){_SP}*[）)]、?)"
    r"|(?P<ci>[\u2460-\u2473])"
    rf"|(?P<cd>(?P<cdn>{_CN})(?:{_SP}*[、，,．.：:]|{_SP}+(?=\S)))"
    rf"|(?P<ad>(?P<adn>{_AR}){_SP}*[.．、，,](?![0-9０-９]))"
    rf"|(?P<ab>(?P<abn>{_AR})[)）])"
    # Latin letters, the levels below ①: "A." "b．", not "A股" or "U.S."
    r"|(?P<la>(?P<lan>[A-ZＡ-Ｚ])[.．](?![0-9A-Za-z.．]))"
    r"|(?P<ll>(?P<lln>[a-zａ-ｚ])[.．](?![0-9A-Za-z.．]))"
)
#: The markers once more without groups: the scan only needs where the marker is.
_BARE_MARKERS = re.sub(r"\(\?P<\w+>", "(?:", _MARKERS)
_LEADS = (
    r"(?P<lead>[^\n。：:；;！？!?\t]{2,24}[。：:])"
    r"|(?P<short>[^\n。：:；;！？!?，,\t]{2,20})(?=\n|\Z)"
)
#: A marker is followed by its title clause (after separators), up to 。/：/；/！/？ or the
#: line end; every part of that may be empty, so it never changes which marker matches.
_MARKER_FIRST = "第（(\u2460-\u2473零〇一二三四五六七八九十百两兩0-9０-９A-Za-zＡ-Ｚａ-ｚ"  # one test, not seven
_TITLE_SEP = r"[ \t\u3000\xa0、，,：:．.—\-]*"
_CLAUSE = r"[^\n。：:；;！!？?]*"
#: Decoration a web page or a post puts before a heading's marker: symbols and emoji
#: (●■◆▶★☆✔※•🌟, keycaps' and emoji's joiners and selectors), or a bracketed label of a
#: law database (【章名】). It never hides the marker it precedes; it only counts before one.
_DECO = (r"(?:[\u2022\u203b\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\u200d\ufe0f"
         r"\U0001f000-\U0001faff]+|【[^】\n]{1,4}】)")
_HEADING = (rf"(?:{_DECO}{_SP}*)?(?=[{_MARKER_FIRST}])(?P<mark>{_BARE_MARKERS})"
            rf"{_TITLE_SEP}(?P<title>{_CLAUSE})")
_BODY = rf"{_INDENT}(?:{_HEADING}|{_LEADS})"
#: First line of the text (no preceding "\n"). A numbered line has lastgroup "title"
#: (see is_marker), a lead candidate "lead" or "short".
LINE_RX = re.compile(rf"(?<!{_SP}){_BODY}")  # (?<!…): linear if searched (it is matched)
#: Every other line: matches from the "\n" that ends the previous line.
SCAN_RX = re.compile("\n" + _BODY)
#: A paragraph opening with a demonstrative phrase and a comma (这一年，… 这五年，…): a lead
#: only when sibling paragraphs repeat the phrase (parallel_leads). A scan of its own: as
#: a third alternative of SCAN_RX it would slow every line down.
OPENER_RX = re.compile(rf"\n(?P<ind>{_SP}*)(?P<open>这[^\n。：:；;！？!?，,\t]{{1,{OPENER_MAX - 1}}}[，,])")
#: A numbered line only (no title, no leads): the look-ahead of a run check.
NUMBERED_RX = re.compile(rf"\n{_INDENT}(?:{_DECO}{_SP}*)?(?=[{_MARKER_FIRST}])(?P<mark>{_BARE_MARKERS})")
#: Which marker style was written, with its numeral (matched again at the marker's start).
_MARKER_RX = re.compile(_MARKERS)

#: Marker group → style. The style, not the nominal level, is what nests.
_STYLE: Mapping[str, str] = MappingProxyType(
    {"cp": "（一）", "ap": "（1）", "ci": "①", "cd": "一、", "ad": "1.", "ab": "1）", "la": "A.",
     "ll": "a."})
_NUMERAL_GROUP: Mapping[str, str] = MappingProxyType(
    {"part": "pn", "cp": "cpn", "ap": "apn", "ci": "ci", "cd": "cdn", "ad": "adn", "ab": "abn",
     "la": "lan", "ll": "lln"})
#: Conventional rank of the GB/T 9704 styles. Depth follows nesting order, but one of these
#: is never nested under one of lower rank (一、 after a stray 1. list closes it). Part and
#: chapter markers (第X章) and hinted headings are unranked: they nest as they come.
RANK: Mapping[str, int] = MappingProxyType(
    {"一、": 3, "（一）": 4, "1.": 5, "（1）": 6, "1）": 6, "①": 7, "A.": 8, "a.": 9,
     "第条": 10, "第條": 10})
#: Chapter-like styles: an article (第X条) nests under the innermost of these, or at the top
PARTS = frozenset(("第部分", "第篇", "第编", "第編", "第章", "第节", "第節"))
#: Articles of a regulation (条例、办法、细则、规定): item nodes, one level below the chapter
ARTICLES = frozenset(("第条", "第條"))

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_TERM = re.compile(r"[。：:；;！!？?]")
# "三、四季度" / "二、三产业" / "一、二、三产业": numbers in a sentence, not a heading.
CN_NUMERAL_CHARS = "一二三四五六七八九十"
_NUMBER_LIST = re.compile(  # (?<!…): linear if searched (it is matched)
    rf"(?<![{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]+"
    r"(?:[、，,]|季度|产业|月份|年级|类|号|產業|年級|類|號)")

SALUTATION = re.compile(
    r"(?:各位|尊敬的|同志们|女士们|先生们|亲爱的|同志們|女士們|先生們|親愛的)[^。\n]{0,30}[：:]$")
CLOSING = re.compile(
    r"特此(?:报告|汇报|说明)|谢谢大家|谢谢！|汇报(?:到此|完毕)|报告(?:到此|完毕)|以上(?:报告|汇报)"
    r"|请予(?:审议|评议|审阅)|请审(?:议|阅)|妥否|以上是我的|述职完毕"
    r"|特此(?:報告|匯報|彙報|說明|説明)|謝謝大家|謝謝！|匯報(?:到此|完畢)|彙報(?:到此|完畢)"
    r"|報告(?:到此|完畢)|以上(?:報告|匯報|彙報)|請予(?:審議|評議|審閱|審閲)|請審(?:議|閱|閲)"
    r"|述職完畢")
_DAY = "[0-9０-９一二三四五六七八九十]{1,3}"
DATE = re.compile(
    rf"[（(]?(?:[0-9０-９]{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*{_DAY}"
    rf"\s*月(?:\s*{_DAY}\s*日)?[）)]?")
#: Ends of an organisation's name (a signature line), for str.endswith
_UNIT_ENDS = ("局", "委", "厅", "办", "办公室", "政府", "委员会", "公司", "中心", "院", "所", "部", "处",
              "科", "队", "站", "会", "党组", "党委", "支部", "小组", "集团", "协会", "学校", "医院",
              "（盖章）", "(盖章)", "廳", "辦", "辦公室", "處", "隊", "會", "黨組", "黨委", "小組",
              "集團", "協會", "學校", "醫院", "（蓋章）", "(蓋章)")
_SIGNER = re.compile(r"(?:述职人|汇报人|报告人|发言人|联系人|抄送|抄报"
                     r"|述職人|匯報人|彙報人|報告人|發言人|聯繫人|聯系人|抄報)\s*[：:]")
_PAGE_NO = re.compile(r"[—\-－]\s*[0-9０-９]+\s*[—\-－]")
ATTACHMENT = re.compile(r"附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|$)")
#: Openings no lead sentence has: a bracket, a list bullet ("- " "• ": an entry of a list,
#: not a paragraph), a connective or a closing formula.
_BAD_LEAD_START = re.compile(
    r"[（(【\[《]|[-*+•·][ \t\u3000]|同时|此外|另外|总之|总体(?:来说|来看|而言)|总的来|今年以来|一年来|近年来"
    r"|目前|当前|下一步|下步|今后|因此|但是|然而|其中|例如|比如|各位|同志们|我的|以上|特此"
    r"|谢谢|附件|同時|總之|總體(?:來說|來説|來看|而言)|總的來|今年以來|一年來|近年來|當前|今後"
    r"|同志們|謝謝")
ITEM_START = re.compile(
    r"[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、：:]"
    r"|其[一二三四五六七八九十][，,、：:]|首先|其次|再次|最后|最後|另?一方面")
#: Disqualifies a lead clause (a line without "\n"): a digit or a closing formula anywhere,
#: or a bad opening word or run-in cue at the start.
_NOT_LEAD_START = re.compile(rf"{_BAD_LEAD_START.pattern}|{ITEM_START.pattern}")
#: The digits as one-character alternatives: when every alternative starts with a literal,
#: the regex engine jumps between their first characters instead of trying each position.
_NOT_LEAD_ANYWHERE = re.compile(
    "|".join([CLOSING.pattern, *map(re.escape, "0123456789０１２３４５６７８９%％")]))
#: A clause ending so introduces what follows its colon (如下：), it is no lead
_INTRO_ENDS = ("如下", "以下", "下列", "表现在", "表现为", "包括", "主要有", "分别是", "具体是", "情况",
               "有", "是", "为", "表現在", "表現為", "表現爲", "分別是", "具體是", "情況", "為", "爲")

#: A heading whose first clause is longer than this may only continue a running sequence.
MAX_NEW_HEADING = 80
MAX_LEAD = 22
MAX_TITLE = 30


#: Every canonical ordinal a marker can carry → its value (一…九百九十九, 1…999, １…９９, ①…⑳).
ORDINALS: Mapping[str, int] = MappingProxyType(
    {int_to_cn(v): v for v in range(1, 1000)} | {str(v): v for v in range(1, 1000)}
    | {str(v).translate(_FULLWIDTH): v for v in range(1, 100)}
    | {chr(CIRCLED_FIRST + v - 1): v for v in range(1, 21)}
    | {chr(first + v): v + 1 for first in (0x41, 0x61, 0xFF21, 0xFF41) for v in range(26)})
_DROP_SPACE = str.maketrans("", "", " \t\u3000\xa0")

#: (style, value, marker as written without spaces): the same wherever one marker is written
Marker = tuple[str, int, str]
#: (display title, title start, title end, length of the whole first clause)
Title = tuple[str, int, int, int]


def is_marker(m: re.Match[str]) -> bool:
    """True if a LINE_RX/SCAN_RX match is a numbered line (else a lead candidate)."""
    return m.lastgroup == "title"


def parse_marker(text: str, start: int, endpos: int) -> Marker | None:
    """The marker of a numbered line, `start` being m.start("mark") of its match and `endpos`
    the end the scan was given; None for an impossible numeral (二〇二四)."""
    m = _MARKER_RX.match(text, start, endpos)
    assert m is not None  # the same alternatives matched there within the scan
    kind = m.lastgroup
    assert kind is not None  # every alternative of _MARKERS is a named group
    written, numeral = m.group(kind, _NUMERAL_GROUP[kind])
    value = ORDINALS.get(numeral) or ordinal_value(numeral.replace("兩", "两"))
    if value is None:
        return None
    style = "第" + m.group("pk") if kind == "part" else _STYLE[kind]
    return style, value, written.translate(_DROP_SPACE)


#: What heading titles are stripped of at their end
TITLE_STRIP = " \t\u3000\xa0*"


def match_title(m: re.Match[str]) -> Title:
    """heading_title of a numbered line, read from its match."""
    return _title(m.group("title"), m.start("title"))


_TITLE_RX = re.compile(rf"{_TITLE_SEP}({_CLAUSE})")


def heading_title(text: str, begin: int) -> Title:
    """Title after a marker ending at `begin`: the text up to 。/：/；/！/？ or the line end;
    a long clause is cut for display."""
    m = _TITLE_RX.match(text, begin)
    assert m is not None  # every part of the pattern may be empty
    return _title(m.group(1), m.start(1))


def _title(clause: str, start: int) -> Title:
    """The Title of a heading clause starting at `start` (its end stripped, cut for display)."""
    clause = clause.rstrip(TITLE_STRIP)
    size = len(clause)
    return (clause if size <= MAX_TITLE else short_title(clause)), start, start + size, size


def short_title(clause: str) -> str:
    """A readable title: the clause, or its part up to the first comma (when that comma is
    the 5th to 31st character), or its first MAX_TITLE characters and "…". Plain finds: a
    long report cuts thousands of item clauses."""
    if len(clause) <= MAX_TITLE:
        return clause
    cut = clause.find("，", 0, MAX_TITLE + 1)  # a comma further on cannot be used
    other = clause.find(",", 0, MAX_TITLE + 1)
    if cut < 4 or 4 <= other < cut:
        cut = other
    return clause[:cut] if 4 <= cut <= MAX_TITLE else clause[:MAX_TITLE] + "…"


def is_number_list(title: str) -> bool:
    """True for "四季度…" after "三、": the marker was part of a list of numbers."""
    return _NUMBER_LIST.match(title) is not None


def lead_title(text: str, m: re.Match[str]) -> Title | None:
    """Title of a lead-sentence candidate (夯实理论功底。…), or None if it cannot be one.
    Cheapest checks first: most candidates are ordinary sentences."""
    kind = m.lastgroup
    assert kind is not None  # lead candidates match through a named group
    clause = m.group(kind)
    if kind == "lead":
        closing = clause[-1]
        clause = clause[:-1].rstrip()
        size = len(clause)
        if size < 2 or size > MAX_LEAD or (closing != "。" and (
                "，" in clause or clause.endswith(_INTRO_ENDS) or _is_field(text, m.end()))):
            return None
    elif kind == "open":  # 这一年，…: only a parallel run makes it a lead (parallel_leads)
        return None
    else:  # a short line standing alone: it must head a real paragraph
        clause = clause.rstrip()
        size = len(clause)
        end = m.end()
        nxt_end = text.find("\n", end + 1)
        nxt_len = (len(text) if nxt_end < 0 else nxt_end) - end - 1
        if (size < 4 or size > MAX_LEAD or nxt_len <= MAX_LEAD or clause.endswith(_UNIT_ENDS)
                or DATE.match(clause)):
            return None
    if _NOT_LEAD_START.match(clause) or _NOT_LEAD_ANYWHERE.search(clause) or (
            kind == "lead" and _is_saying(clause)):
        return None
    start = m.start(kind)
    return clause, start, start + size, size


#: A saying, not a topic: a judgment (…是检验…的唯一标准), a couplet on big numbers
#: (…千尺…，…万里…), two halves of one length with a numeral in them (千里之行，始于足下),
#: or an antithetical couplet (对仗) repeating characters in the same places of its two
#: halves (行者常至，为者常成). Leads name what the paragraph is about; sayings open a
#: speech or a passage.
_BIG_NUMERALS = frozenset("十百千万亿")
_NUMERALS = frozenset("一二三四五六七八九十百千万亿")
#: characters a couplet's halves share in the same places (者, 常 in 行者常至，为者常成)
_COUPLET_ECHOES = 2


def _numeral_couplet(clause: str) -> bool:
    """A big numeral, then a comma, then another big numeral (…千尺…，…万里…); scanned
    once, where a regex `[千万].*，.*[千万]` would be quadratic on a run of 万."""
    first = next((i for i, ch in enumerate(clause) if ch in _BIG_NUMERALS), -1)
    if first < 0:
        return False
    commas = [k for k in (clause.find("，", first), clause.find(",", first)) if k >= 0]
    return bool(commas) and not _BIG_NUMERALS.isdisjoint(clause[min(commas) + 1:])


def _is_saying(clause: str) -> bool:
    if "是" in clause or _numeral_couplet(clause):
        return True
    if "，" not in clause and "," not in clause:
        return False
    halves = clause.replace(",", "，").split("，")
    if len(halves) != 2 or len(halves[0]) != len(halves[1]) or len(halves[0]) < 4:
        return False
    echoed = sum(1 for a, b in zip(*halves) if a == b)
    return not _NUMERALS.isdisjoint(clause) or echoed >= _COUPLET_ECHOES
#: The end of a sentence, in the rest of a "label：" line
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _is_field(text: str, after: int) -> bool:
    """True when a "label：" is followed on its line by a value with no sentence in it
    (通信地址：…, 传真：…, 网址：…): a field of a form, not a lead."""
    end = text.find("\n", after)
    return _SENTENCE_END.search(text, after, len(text) if end < 0 else end) is None


#: A paragraph's first sentence, for the title of a lead in a parallel run
_FIRST_SENTENCE = re.compile(r"[^\n。；;！？!?]*")
#: Longest first sentence a lead of a parallel run may have
MAX_RUN_LEAD = 60


def parallel_leads(text: str, cands: list[re.Match[str]]) -> list[tuple[int, Title]]:
    """Leads of a parallel run: at least three paragraphs of one section opening with the
    same short phrase and a comma (这一年，… ×3, 这五年，我们… ×5), each with a first sentence
    of at most MAX_RUN_LEAD characters: (line start, title) of each, the first of the run
    included. Saying-like or badly opening phrases (同时，, 目前，) never run."""
    runs: dict[str, list[tuple[int, Title]]] = {}
    for line_start, start in sorted({(m.start("ind"), m.end("ind")) for m in cands}):
        comma = -1
        for sep in "，,":
            found = text.find(sep, start, start + OPENER_MAX + 1)
            if found > start + 1 and (comma < 0 or found < comma):
                comma = found
        if comma < 0:
            continue
        phrase = text[start:comma]
        if _NOT_LEAD_START.match(phrase) or _NOT_LEAD_ANYWHERE.search(phrase):
            continue
        sentence = _FIRST_SENTENCE.match(text, start)
        assert sentence is not None  # may be empty
        size = len(sentence.group().rstrip(TITLE_STRIP + "，,、"))
        if size > MAX_RUN_LEAD:
            continue
        clause = text[start:start + size]
        runs.setdefault(phrase, []).append(
            (line_start, (short_title(clause), start, start + size, size)))
    return [lead for run in runs.values() if len(run) >= 3 for lead in run]


def is_closing_line(line: str) -> bool:
    """A line of the closing block: closing formula, signature, date, page number."""
    s = line.strip(" \t\u3000\xa0")
    if not s:
        return True
    if len(s) > 40:
        return False
    m = LINE_RX.match(s)
    if m is not None and is_marker(m):
        return False
    return bool(CLOSING.search(s) or DATE.fullmatch(s) or _SIGNER.match(s) or _PAGE_NO.fullmatch(s)
                or (s.endswith(_UNIT_ENDS) and not _TERM.search(s))
                or (2 <= len(s) <= 4 and s.isalpha() and not s.isascii()))


def is_title_line(line: str) -> bool:
    """A plausible document title: short, no marker, no sentence end, not a salutation."""
    s = line.strip(" \t\u3000\xa0#")
    if not 2 <= len(s) <= 50 or _TERM.search(s[-1]) or "。" in s:
        return False
    m = LINE_RX.match(s)
    return (not SALUTATION.search(s) and not DATE.fullmatch(s) and not ITEM_START.match(s)
            and (m is None or not is_marker(m)))
