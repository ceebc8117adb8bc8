"""model/reading/start_set.py: a pattern compiled with its start set finds exactly the
matches of the pattern as written — checked for every pattern the suggestions use, on the
test reports' lines and on generated strings of the patterns' own characters."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from model.reading import (
    kind_cues,
    missed_parts,
    result_cues,
    start_set,
    state_cues,
    suggestion_cues,
    suggestion_lean,
    suggestion_lexicon,
    suggestion_model,
    suggestion_units,
)
from model.reading.start_set import first_chars, with_start_set

DATA = Path(__file__).resolve().parents[2] / "data"


def _sped_up() -> list[tuple[str, re.Pattern[str]]]:
    """(name, pattern) of every module-level pattern that was compiled again."""
    found = []
    for module in (kind_cues, missed_parts, result_cues, state_cues, suggestion_cues, suggestion_lean,
                   suggestion_lexicon, suggestion_model, suggestion_units):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern and isinstance(value.pattern, str):
                plain = re.compile(value.pattern, value.flags)
                if plain is not value:  # re's cache gives the plain one back
                    found.append((f"{module.__name__}.{name}", value))
    return found


SPED_UP = _sped_up()


def _lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(DATA.glob("suggest*/*.txt"))[:60]:
        lines += [line for line in path.read_text(encoding="utf-8").split("\n") if line]
    return lines


LINES = _lines()


def test_the_suggestion_patterns_are_sped_up() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in SPED_UP}
    assert {"RESULT", "CHANGE", "RANKING", "ADMISSION", "LEAD_IN"} <= names


@pytest.mark.parametrize(("name", "fast"), SPED_UP, ids=[n for n, _ in SPED_UP])
def test_same_matches_as_the_pattern_as_written(name: str, fast: re.Pattern[str]) -> None:
    plain = re.compile(fast.pattern, fast.flags)
    assert plain is not fast
    rng = random.Random(name)
    alphabet = sorted(set(re.sub(r"\\.|[\[\](){}?*+|^$:=!<>,]", "", fast.pattern)))
    alphabet += list("，。；0123456789 \n%年")
    texts = LINES + ["", " ", "\n"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(400)]
    for text in texts:
        assert [m.span() + m.groups() for m in fast.finditer(text)] == \
            [m.span() + m.groups() for m in plain.finditer(text)], text
        for pos in (0, len(text) // 3):
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        assert fast.sub("·", text) == plain.sub("·", text)


def test_first_characters_read_from_the_pattern() -> None:
    assert first_chars(re.compile(r"建成|投运|突破\s*\d")) == frozenset("建投突")
    assert first_chars(re.compile(r"(?=[同比])(?:同比|比上年)增长")) == frozenset("同比")
    assert first_chars(re.compile(r"(?<![为除])了|已经")) == frozenset("了已")
    assert first_chars(re.compile(r"(?:为此)?[,，]?新的一年")) == frozenset("为,，新")
    assert first_chars(re.compile(r"a*b")) == frozenset("ab")


@pytest.mark.parametrize("source", [r"\d+%", r"[^。]+", r"^现将", r"(?=(问题))", r"a?",
                                    r"(?i)abc", r"(a)\1", r"[a-z]x"])
def test_patterns_not_read_exactly_are_left_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    assert with_start_set(pattern) is pattern


def test_a_module_is_sped_up_in_place() -> None:
    namespace: dict[str, object] = {"A": re.compile(r"(?=[建投])(?:建成|投运)"),
                                    "B": re.compile(r"\d"),
                                    "C": 3}
    start_set.speed_up_module(namespace)
    assert namespace["A"] is not re.compile(r"(?=[建投])(?:建成|投运)")
    assert namespace["B"] is re.compile(r"\d")
    assert namespace["C"] == 3


def test_the_cue_search_finds_what_finditer_finds() -> None:
    """find_cues searches the cue pattern (matches all empty: a lookahead) with its start
    set, one search past the last match: the matches of its finditer."""
    cues = suggestion_lexicon._CUES
    search = suggestion_lexicon._CUES_SEARCH
    assert search.__self__ is not cues  # type: ignore[attr-defined]
    for text in LINES + ["", "问题", "存在问题和不足。不足"]:
        for start, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            assert [m.span() + m.groups()
                    for m in start_set.empty_matches(search, text, start, end)] == \
                [m.span() + m.groups() for m in cues.finditer(text, start, end)], text


#: alternations regrouped by their first literal: a leading group spread over its
#: alternation, leading lookbehinds moved past their literal, shared literals joined, and
#: branches that may open alike kept in their order
REGROUPED = [r"(?:显著|明显)(?:提升|提高)了?|(?<!没有)(?<!未)得到(?:了)?恢复|建成|建设|(?:建好|投用)产",
             r"(?=[实取])(?:实现了|实现[^。]{0,4}目标|取得(?!的)[^。]{0,3}成效|实在)",
             r"(?=[abc])(?:ab|a[^b]c|ac|\wd|ad|a)",
             r"(?:x|xy)z|xyz|x(?<=x)q|(?:ab|a)+b|[xa]d|xd"]


@pytest.mark.parametrize("source", REGROUPED)
def test_regrouped_alternations_match_as_written(source: str) -> None:
    plain = re.compile(source)
    fast = with_start_set(plain)
    assert fast is not plain
    rng = random.Random(source)
    alphabet = sorted(set(re.sub(r"\\.|[\[\](){}?*+|^$:=!<>,]", "", source))) + list("。没有未")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text)):
            a, b = fast.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_a_leading_group_and_lookbehind_open_on_their_literal() -> None:
    """What the regrouping is for: every branch of the alternation opens on a literal
    (`re` then tests that literal before entering the branch)."""
    import re._parser as parser  # noqa: PLC0415 - the internals start_set reads

    parsed = parser.parse(REGROUPED[0])
    regrouped = start_set._regrouped(parsed.data, parsed.state)
    (op, (_none, branches)), = regrouped
    assert str(op) == "BRANCH"
    assert all(str(branch.data[0][0]) == "LITERAL" for branch in branches)
    assert [chr(branch.data[0][1]) for branch in branches] == list("显明得建投")
