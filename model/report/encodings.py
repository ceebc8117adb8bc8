"""GB18030 or Big5? The choice for report bytes that are not UTF-8 (used by model.report.readers).

Big5 bytes nearly always decode as GB18030 without an error (every Big5 byte pair is a
valid GBK pair), so "the first codec that works" reads a Taiwan or Hong Kong report as
mojibake. Instead each codec decodes the bytes strictly, a codec that fails is out, and the
decodings are compared by how many of their non-ASCII characters are *uncommon*.

Common means: a level-1 character of GB2312 (一级汉字, the 3,755 most frequent simplified
characters, bytes B0A1–D7F9) or of Big5 (常用字, 5,401 frequent traditional characters,
bytes A440–C67E), or CJK / full-width punctuation, 〇 and ①–⑩. Both lists are official
frequency selections and are taken from Python's own codec tables, so nothing is
hand-copied. A misread lands mostly on rare characters: Big5 punctuation (，= A141) is
private use in GB18030, and Big5 characters fall on kana, Greek, private use or level-2
hanzi; GB2312 text read as Big5 becomes bopomofo, symbols and level-2 characters. A real
report is over 95 % common; the test fixtures misread are 35 % (Big5 as GB18030) and
55 % (GBK as Big5) common.

Big5 wins only with fewer than half as many uncommon characters as GB18030 (in the first
64 K characters). Ties and near-ties stay GB18030, which is what Yuepi read before Big5
support: a one-line GBK file whose bytes are also Big5 keeps its reading (GBK 报告 is
惆豢 in Big5, both common), while a Big5 line as short as 報告 (GB18030: 厨 and a
private-use character) is read as Big5. Deterministic: a fixed prefix, no chance, no
locale.
"""
from __future__ import annotations

import re
from functools import cache

#: Big5 codecs, preferred in this order on a tie: plain Big5 (as Taiwan offices write it),
#: then Big5-HKSCS (Hong Kong: the HKSCS characters, and 〇 ① … where Big5 has kana).
BIG5_CODECS = ("big5", "big5hkscs")

#: Punctuation and full-width forms that count as common in either script.
COMMON_PUNCTUATION = (
    "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·　％＋－／＝～"
    "０１２３４５６７８９﹐﹑﹔﹕︰‧•〇○①②③④⑤⑥⑦⑧⑨⑩"
)

#: How many characters of each decoding are scored (a 1 MB report is ~350 K characters).
SAMPLE_CHARS = 65536


def choose(data: bytes) -> tuple[str, str] | None:
    """(text, codec) for non-UTF-8 bytes: "gb18030", "big5" or "big5hkscs"; None if no
    codec decodes them strictly. The caller checks the winner for binary or mojibake."""
    gb = _decode(data, "gb18030")
    gb_rare = uncommon_count(gb[:SAMPLE_CHARS]) if gb is not None else 0
    if gb is not None and gb_rare == 0:
        return gb, "gb18030"  # Big5 could at best tie
    big5 = _best_big5(data)
    if big5 is not None and (gb is None or big5[0] * 2 < gb_rare):
        return big5[1], big5[2]
    return (gb, "gb18030") if gb is not None else None


def _best_big5(data: bytes) -> tuple[int, str, str] | None:
    """(uncommon count, text, codec) of the Big5 codec reading data best; the first on a
    tie. The two disagree only on bytes C6A1–C7FC (ETEN kana in Big5; 〇, ①… in HKSCS)."""
    best: tuple[int, str, str] | None = None
    for codec in BIG5_CODECS:
        text = _decode(data, codec)
        if text is None:
            continue
        rare = uncommon_count(text[:SAMPLE_CHARS])
        if best is None or rare < best[0]:
            best = (rare, text, codec)
        if rare == 0:
            break
    return best


def uncommon_count(text: str) -> int:
    """Non-ASCII characters of text that are neither level-1 hanzi nor common punctuation."""
    return len(_common_runs().sub("", text))


def _decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


@cache
def common_characters() -> frozenset[str]:
    """GB2312 level 1 ∪ Big5 level 1 ∪ COMMON_PUNCTUATION (about 7,000 characters)."""
    gb_level1 = _decode_rows(range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312")
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    big5_level1 = _decode_rows(range(0xA4, 0xC7), big5_trails, "big5", last=0xC67E)
    return frozenset(gb_level1 + big5_level1 + COMMON_PUNCTUATION)


@cache
def _common_runs() -> re.Pattern[str]:
    """Runs of ASCII and common characters; deleting them leaves the uncommon ones. One
    character class in C: under 3 ms per 64 K characters even for mojibake (findall of
    the uncommon characters would build a string per match, 3× slower). Compiling takes
    about 10 ms once per process, paid only by the first non-UTF-8 report."""
    common = re.escape("".join(sorted(common_characters())))
    return re.compile(f"[\\x00-\\x7f{common}]+")


def _decode_rows(leads: range, trails: range | list[int], codec: str,
                 last: int = 0xFFFF) -> str:
    """Every character of a double-byte codec in the given lead × trail byte block up to
    the pair `last`; unassigned pairs (the end of GB2312 row D7) are skipped."""
    pairs = bytes(b for lead in leads for trail in trails if lead << 8 | trail <= last
                  for b in (lead, trail))
    return pairs.decode(codec, "replace").replace("\ufffd", "")
