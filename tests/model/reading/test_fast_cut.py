"""model/reading/fast_cut.py: rjieba with jieba for what it cuts differently gives jieba's
own tokens — on every report of the test corpus and on generated mixes of Han text, ASCII,
symbols and rare characters — in both modes (suggestions and search depend on them)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from model.errors import ModelError
from model.reading import fast_cut
from model.reading.fast_cut import hard_spans, split_hard
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

pytest.importorskip("rjieba")

ROOT = Path(__file__).resolve().parents[3]
CORPUS = [p for p in sorted((ROOT / "tests" / "data").rglob("*"))
          if p.suffix in (".txt", ".md", ".docx")]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> tuple[Segmenter, Segmenter]:
    cache = tmp_path_factory.mktemp("cache")
    fast, slow = Segmenter(cache, engine="auto"), Segmenter(cache, engine="jieba")
    fast.initialize()
    slow.initialize()
    assert (fast.backend, slow.backend) == ("rjieba", "jieba")
    return fast, slow


def _texts() -> list[str]:
    texts = []
    for path in [*CORPUS, *SAMPLES]:
        try:
            texts.append(load_report(path).text)
        except ModelError:  # the loading tests' damaged files
            continue
    return texts


def test_identical_tokens_on_the_test_corpus(engines: tuple[Segmenter, Segmenter]) -> None:
    fast, slow = engines
    texts = _texts()
    assert len(texts) > 40 and sum(map(len, texts)) > 40_000
    for text in texts:
        for fine in (False, True):
            assert fast.tokenize(text, fine=fine) == slow.tokenize(text, fine=fine)
    assert fast._tok is not None and fast._tok.initialized  # the corpus has hard runs


ATOMS = ["发展", "高质量", "作风建设", "放管服", "改革", "我们", "的", "PM2.5", "5G", "GDP",
         "2024", "年", "12", "增长", "5.2", "%", "百分点", "问题", "同比", "亿元", "推进",
         *"abcXYZ0123456789-_.+#&%，。、；：？！ \n\t\u3000“”（）《》·—…",
         "\r\n", "㐀", "鿐", "𠀀", "丽", "é", "ａ", "１", "．"]


@pytest.mark.parametrize("seed", range(4))
def test_identical_tokens_on_generated_mixes(engines: tuple[Segmenter, Segmenter],
                                             seed: int) -> None:
    fast, slow = engines
    rng = random.Random(seed)
    for _ in range(250):
        text = "".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 40)))
        for fine in (False, True):
            assert fast.tokenize(text, fine=fine) == slow.tokenize(text, fine=fine), text


#: ASCII-heavy text: dates, URLs, file names, versions, e-mail, codes; all of it cut by jieba
#: over its compact table (model.reading.compact_table) in the fast Segmenter.
ASCII_ATOMS = ["2026-12-05", "https://www.gov.cn/zhengce/2024-03/12/content_5.htm", "PM2.5",
               "report_v1.2.3.docx", "a+b", "C++", "C#", "R&D", "5G", "4K", "GB/T 1.1-2020",
               "x_y-z", "100%", "3.5%", "ISO9001", "COVID-19", "e-mail", "abc@gov.cn", "v2",
               "Wi-Fi", "B超", "T恤", "卡拉OK", "U盘", "AA制", "IT", "PK", "QQ", "X光", "A股",
               *"abcxyzABCXYZ0123456789-_.+#&%/:@ ", "发展", "的", "年", "。"]


@pytest.mark.parametrize("seed", range(3))
def test_identical_tokens_on_ascii_heavy_text(engines: tuple[Segmenter, Segmenter],
                                              seed: int) -> None:
    fast, slow = engines
    assert type(fast._jieba().FREQ).__name__ == "PrefixTable"
    assert isinstance(slow._jieba().FREQ, dict)
    rng = random.Random(seed)
    for _ in range(250):
        text = "".join(rng.choice(ASCII_ATOMS) for _ in range(rng.randint(1, 30)))
        for fine in (False, True):
            assert fast.tokenize(text, fine=fine) == slow.tokenize(text, fine=fine), text


def test_user_words_cut_alike(tmp_path: Path) -> None:
    """A word the reviewer adds (frequency suggested by rjieba) is cut the same by both."""
    fast = Segmenter(tmp_path, engine="auto", user_dict=tmp_path / "u.txt")
    fast.add_user_word("数智赋能")
    text = "推进数智赋能，2024-12-05数智赋能。"
    assert "数智赋能" in [t.word for t in fast.tokenize(text)]
    slow = Segmenter(tmp_path, engine="jieba", user_dict=tmp_path / "u.txt")
    assert fast.tokenize(text) == slow.tokenize(text)


def test_hard_spans_are_whole_runs_around_the_differences() -> None:
    text = "日期2026-12-05，增长5.2%，PM2.5下降，版本1.2.3，好"
    assert [text[s:e] for s, e in hard_spans(text)] == ["日期2026-12-05", "PM2.5下降", "版本1.2.3"]
    rare = "见㐀字，增长5%"
    assert [rare[s:e] for s, e in hard_spans(rare)] == ["见㐀字"]
    parts = list(split_hard(text))
    assert "".join(text[s:e] for s, e, _h in parts) == text
    assert list(split_hard("")) == []


def test_without_rjieba_jieba_cuts_everything(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_cut, "load_rjieba", lambda: None)
    monkeypatch.setattr("model.reading.segmenter.load_rjieba", lambda: None)
    seg = Segmenter(tmp_path)
    seg.initialize()
    assert seg.backend == "jieba"
    assert [t.word for t in seg.tokenize("推动高质量发展")] == ["推动", "高质量发展"]


def test_the_analysis_is_the_same_with_either_engine(engines: tuple[Segmenter, Segmenter]
                                                     ) -> None:
    """What the window shows (word edges for search, keywords, suggestions) does not
    depend on the engine."""
    from model.outline.detector import detect_outline
    from model.reading.analysis import analyse
    from model.reading.keywords import Idf
    from model.report.loading import report_from_text

    report = report_from_text("\n".join(_texts()[:40]))
    outline, idf = detect_outline(report), Idf.load()
    fast, slow = (analyse(report, outline, seg, idf) for seg in engines)
    assert fast is not None and slow is not None
    edges = range(len(report.text) + 1)
    assert [i for i in edges if i in fast.boundaries] == [i for i in edges if i in slow.boundaries]
    assert fast.document_keywords == slow.document_keywords
    assert fast.section_keywords == slow.section_keywords
    assert fast.suggestions == slow.suggestions and fast.suggestions


def test_load_fallback_loads_jieba_beside_rjieba(tmp_path: Path) -> None:
    seg = Segmenter(tmp_path)
    seg.load_fallback()
    assert seg.backend == "rjieba" and seg._tok is not None and seg._tok.initialized


def test_loaded_in_a_worker_thread_and_used_in_another(tmp_path: Path) -> None:
    """The window loads the Segmenter in its worker; double-click (word_at) cuts on the UI
    thread: rjieba's object must work from any thread."""
    import threading

    seg = Segmenter(tmp_path)
    worker = threading.Thread(target=seg.load_fallback)
    worker.start()
    worker.join()
    assert seg.backend == "rjieba"
    assert seg.word_at("控制工作风险", 3) == (2, 4)



def test_rjieba_is_loaded_without_its_default_dictionary() -> None:
    """rjieba's package builds a Jieba with its own dictionary when imported (+23 MB
    never used): load_rjieba takes the extension alone, and the package imported later
    still works with the same class."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from model.reading.fast_cut import load_rjieba\n"
            "m = load_rjieba()\n"
            "assert 'rjieba' not in sys.modules, 'the package ran'\n"
            "j = m.Jieba.empty(); j.add_word('经济', 9, None)\n"
            "assert j.cut('经济') == ['经济']\n"
            "import rjieba\n"
            "assert rjieba.Jieba is m.Jieba\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_default_edges_are_those_of_the_tokens(tmp_path: Path) -> None:
    """`boundaries(fine=False)` with rjieba reads the edges from its words' lengths (not
    from (word, start, end) tuples): the same edges as the tokens of `cut_parts` give, on
    the test reports and on runs jieba cuts (5G, PM2.5, rare Han) between them."""
    from model.reading.segmenter import pieces
    from model.reading.tokens import Boundaries
    from model.report.textnorm import fold_width

    data = Path(__file__).resolve().parents[2] / "data"
    segmenter = Segmenter(tmp_path, engine="auto")
    segmenter.initialize()
    if segmenter.backend != "rjieba":
        pytest.skip("rjieba is not installed")
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.glob("suggest*/*.txt"))[:40]]
    texts += ["", "\n", "５G和PM2.5　", "x" * 5000, "我们\n\n推进5G-A网络，㐀㐁建设。\n"]
    for text in texts:
        edges = Boundaries(len(text), (0,))
        folded = fold_width(text)
        for first, last in pieces(text):
            for base, tokens in segmenter.cut_parts(folded[first:last]):
                for _word, start, end in tokens:
                    edges._flags[first + base + start] = edges._flags[first + base + end] = 1
        assert segmenter.boundaries(text, fine=False)._flags == edges._flags


def test_the_hard_pattern_finds_what_its_alternatives_find() -> None:
    """_HARD opens on one class (re skips to it) and tests each alternative's first
    character by a lookbehind: the same matches as the alternatives written out."""
    import re

    written = re.compile(
        r"[A-Za-z0-9][+#&_\-]|[+#&_\-][A-Za-z0-9]|[A-Za-z][.%0-9]|[.%0-9][A-Za-z]"
        r"|\.[0-9]+\.|%[0-9]" f"|[{fast_cut._RARE_HAN}]")
    rng = random.Random(8)
    alphabet = list("aZ09+#&_-.%中文，。 \n5G") + ["\u3400", "\U00020001", "\uF900", "\u9FD6"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in fast_cut._HARD.finditer(text)] == \
            [m.span() for m in written.finditer(text)], text
