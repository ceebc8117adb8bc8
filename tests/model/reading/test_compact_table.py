"""model/reading/compact_table.py: the compact tables answer exactly as the dicts they
replace — jieba's FREQ from gen_pfdict (every word and prefix, and strings in neither),
and the IDF table."""
from __future__ import annotations

import random
from array import array

import pytest

from model.reading.compact_table import PrefixTable, SortedTable
from model.reading.dictionary_files import default_main_dict
from model.reading.jieba_import import import_jieba


@pytest.fixture(scope="module")
def tables() -> tuple[dict[str, int], int, PrefixTable, int]:
    path = default_main_dict()
    with open(path, "rb") as f:
        freq, total = import_jieba().Tokenizer(str(path)).gen_pfdict(f)
    compact, compact_total = PrefixTable.of_dictionary(path.read_bytes())
    return freq, total, compact, compact_total


def test_same_entries_as_jiebas_table(tables: tuple[dict[str, int], int, PrefixTable, int]
                                      ) -> None:
    freq, total, compact, compact_total = tables
    assert compact_total == total
    assert all(compact.get(word) == value and word in compact for word, value in freq.items())


def test_absent_strings_are_absent(tables: tuple[dict[str, int], int, PrefixTable, int]) -> None:
    freq, _total, compact, _t = tables
    rng = random.Random(5)
    words = list(freq)
    probes = ["", "zz", "PM2.5", "2026-12-05", "中华人民共和国宪法修正案草案x", "\uffff"]
    for _ in range(20_000):  # words with a character changed or added: mostly not entries
        word = rng.choice(words)
        i = rng.randrange(len(word) + 1)
        probes.append(word[:i] + rng.choice("的了x9-年人\u9fa5") + word[i + 1:])
    for probe in probes:
        assert (probe in compact) == (probe in freq), probe
        assert compact.get(probe) == freq.get(probe), probe
        assert compact.get(probe, 7) == freq.get(probe, 7), probe


def test_added_words_go_in_front() -> None:
    table, total = PrefixTable.of_dictionary("发展 10 v\n发展中 3 v\n".encode())
    assert total == 13 and table.get("发") == 0 and table["发展中"] == 3
    assert "数智赋能" not in table and table.get("数智") is None  # remembered as absent…
    table["数智赋能"] = 5  # … until added
    table["发展"] = 1
    assert table["数智赋能"] == 5 and table["发展"] == 1 and "数智" not in table
    with pytest.raises(KeyError):
        table["数智"]  # noqa: B018
    with pytest.raises(ValueError):
        PrefixTable.of_dictionary(b"ok 1\n\nword 2\n")


def test_a_repeated_word_keeps_its_last_value() -> None:
    table = SortedTable.of_lines("b 2.0\na 1.0\nb 3.0\nc 0.5\nd\n", "d", float)
    assert [*table] == ["a", "b", "c"] and table.get("b") == 3.0 and table.get("bb") is None
    assert "a" in table and "d" not in table and list(table.values()) == [1.0, 3.0, 0.5]
    assert SortedTable("", array("I", [0]), array("d")).get("a", 1.5) == 1.5
    assert SortedTable.of_lines("", "d", float).get("", 2.5) == 2.5


def test_sorted_in_runs_is_a_stable_sort() -> None:
    """The IDF table's words are sorted in short calls (the GIL is not held for one long
    sort), with the same order as one stable sort."""
    import random

    from model.reading.compact_table import sorted_in_runs

    rng = random.Random(5)
    words = [bytes(rng.choice(b"abcd") for _ in range(rng.randint(1, 3))) for _ in range(5_000)]
    for run in (1, 2, 3, 7, 300, 5_000, 10_000):
        assert sorted_in_runs(len(words), words.__getitem__, run) == \
            sorted(range(len(words)), key=words.__getitem__)
    assert sorted_in_runs(0, words.__getitem__) == []


def test_no_call_of_sorted_in_runs_sorts_much_more_than_a_run(monkeypatch) -> None:
    """The merges too go in pieces: the last one was a single call over the whole table
    (350,000 words: 90–160 ms holding the GIL under load)."""
    import random

    import model.reading.compact_table as module

    sizes: list[int] = []

    def counting_sorted(items, key=None):  # type: ignore[no-untyped-def]
        items = list(items)
        sizes.append(len(items))
        return sorted(items, key=key)

    monkeypatch.setattr(module, "sorted", counting_sorted, raising=False)
    rng = random.Random(11)
    for alphabet, length in ((b"ab", 1), (b"abcdefgh", 3), (b"a", 1)):  # ties, spread, all equal
        words = [bytes(rng.choice(alphabet) for _ in range(rng.randint(1, length)))
                 for _ in range(3_000)]
        for run in (1, 2, 5, 64, 1_000):
            sizes.clear()
            assert module.sorted_in_runs(len(words), words.__getitem__, run) == \
                sorted(range(len(words)), key=words.__getitem__)
            assert max(sizes) <= max(run, 2), (alphabet, run, max(sizes))


def test_merged_puts_the_first_runs_items_first_among_equals() -> None:
    from model.reading.compact_table import merged

    keys = [0, 1, 1, 2, 0, 1, 1, 1, 3]
    a, b = [0, 1, 2, 3], [4, 5, 6, 7, 8]
    for run in (1, 2, 3, 4, 100):
        assert merged(a, b, keys.__getitem__, run) == [0, 4, 1, 2, 5, 6, 7, 3, 8]
    assert merged([], [], keys.__getitem__) == [] and merged([], b, keys.__getitem__) == b
