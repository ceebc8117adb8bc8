from __future__ import annotations

import pytest

from model.report.textnorm import fold, fold_case, fold_width


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("（一）", "(一)"),
        ("１２．５％", "12.5%"),
        ("ＡＢＣ", "ABC"),
        ("\u3000\u3000一、", "  一、"),
        ("“两个维护”", '"两个维护"'),
        ("‘四风’", "'四风'"),
        ("中文不变。，", "中文不变。,"),
    ],
)
def test_fold_width_one_for_one(raw: str, folded: str) -> None:
    assert fold_width(raw) == folded
    assert len(fold_width(raw)) == len(raw)


def test_fold_keeps_length_where_nfkc_would_not() -> None:
    text = "面积１２０㎡……ＫＰＩ"
    assert len(fold(text)) == len(text)
    assert fold(text) == "面积120㎡……kpi"


def test_fold_case_never_changes_length() -> None:
    text = "İstanbul ABC"
    assert len(fold_case(text)) == len(text)
    assert fold_case(text).endswith("abc")


def test_case_sensitive_keeps_case() -> None:
    assert fold("ＡＢＣ", case_sensitive=True) == "ABC"
    assert fold("ＡＢＣ") == "abc"


def test_fold_width_through_its_dense_table_is_the_map() -> None:
    """fold_width reads a tuple indexed by code point: the same text as the dict table,
    characters past the BMP left alone."""
    import random

    from model.report.textnorm import FOLD_TABLE

    chars = [chr(k) for k in FOLD_TABLE] + list("经济 a1\n") + ["\U00020001", "\ud800"]
    rng = random.Random(2)
    for _ in range(300):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 50)))
        assert fold_width(text) == text.translate(FOLD_TABLE)
