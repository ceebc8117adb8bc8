"""Three-way merge of comparison links: nothing decided on either side is lost."""
from __future__ import annotations

from dataclasses import replace

from model.annotations import make_annotation
from model.compare.merge import merge_links
from model.compare.store import Link

TEXT = "今年城镇新增就业1100万人以上。"


def _link(i: str, verdict: str = "kept", note: str = "") -> Link:
    return Link(i, make_annotation(TEXT, 0, 4, "commitment"), None if verdict ==
                "not_mentioned" else make_annotation(TEXT, 4, 8, "evidence"), verdict, note)


def test_each_side_keeps_its_own_changes() -> None:
    base = [_link("a"), _link("b"), _link("c")]
    mine = [replace(base[0], note="我的"), base[1], _link("m")]  # c removed by me
    theirs = [base[0], replace(base[1], verdict="partly"), base[2], _link("t")]
    merged = {k.id: k for k in merge_links(base, mine, theirs)}
    assert set(merged) == {"a", "b", "m", "t"}
    assert merged["a"].note == "我的" and merged["b"].verdict == "partly"


def test_removed_on_one_side_but_changed_on_the_other_stays() -> None:
    base = [_link("a")]
    assert merge_links(base, [replace(base[0], note="改")], [])[0].note == "改"
    assert merge_links(base, [], [replace(base[0], note="改")])[0].note == "改"


def test_both_changed_mine_wins() -> None:
    base = [_link("a")]
    merged = merge_links(base, [replace(base[0], note="我")], [replace(base[0], note="他")])
    assert [k.note for k in merged] == ["我"]
