from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from model.reading.segmenter import USER_DICT_NAME, YUEPI_USERDICT, Segmenter, default_segmenter


@pytest.fixture(scope="module", params=["auto", "jieba"])
def segmenter(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
              ) -> Segmenter:
    """Both engines: rjieba (with jieba for what it cuts differently) and jieba alone."""
    seg = Segmenter(tmp_path_factory.mktemp("cache"), engine=request.param)
    seg.initialize()
    return seg


@pytest.fixture
def tiny_dict(tmp_path: Path) -> Path:
    path = tmp_path / "main.txt"
    path.write_text("工作 100 n\n风险 100 n\n作风 100 n\n建设 100 n\n", encoding="utf-8")
    return path


def test_cache_is_written_in_the_given_folder_and_reused(tmp_path: Path,
                                                         tiny_dict: Path) -> None:
    cache = tmp_path / "a" / "b"
    before = set(os.listdir(tempfile.gettempdir()))
    first = Segmenter(cache, main_dict=tiny_dict, extra_dicts=(), engine="jieba")
    first.initialize()
    assert first.loaded_from == "built"
    assert first.cache_path.parent == cache and first.cache_path.is_file()
    assert not [n for n in set(os.listdir(tempfile.gettempdir())) - before if "jieba" in n]
    second = Segmenter(cache, main_dict=tiny_dict, extra_dicts=(), engine="jieba")
    second.initialize()
    assert second.loaded_from == "cache"
    assert [t.word for t in second.tokenize("工作风险")] == ["工作", "风险"]
    assert not [n for n in os.listdir(cache) if n.endswith(".tmp")]


def test_cache_older_than_dictionary_is_rebuilt(tmp_path: Path, tiny_dict: Path) -> None:
    Segmenter(tmp_path, main_dict=tiny_dict, extra_dicts=(), engine="jieba").initialize()
    later = time.time() + 10
    os.utime(tiny_dict, (later, later))
    seg = Segmenter(tmp_path, main_dict=tiny_dict, extra_dicts=(), engine="jieba")
    seg.initialize()
    assert seg.loaded_from == "built"


def test_damaged_cache_is_rebuilt(tmp_path: Path, tiny_dict: Path) -> None:
    seg = Segmenter(tmp_path, main_dict=tiny_dict, extra_dicts=(), engine="jieba")
    tmp_path.mkdir(exist_ok=True)
    seg.cache_path.write_bytes(b"not marshal")
    seg.initialize()
    assert seg.loaded_from == "built"
    assert seg.tokenize("作风建设")[0].word == "作风"


def test_default_dictionary_cache_round_trip(segmenter: Segmenter) -> None:
    Segmenter(segmenter.cache_dir, engine="jieba").initialize()
    again = Segmenter(segmenter.cache_dir, engine="jieba")
    again.initialize()
    assert again.loaded_from == "cache"
    text = "下一步，我们将深化放管服改革"
    assert again.tokenize(text) == segmenter.tokenize(text)


def test_tokens_carry_code_point_offsets(segmenter: Segmenter) -> None:
    text = "𠀀问题\u3000同比增长５．２％"
    tokens = segmenter.tokenize(text)
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert tokens[-1].end == len(text)
    assert "５．２％" in [t.word for t in tokens]  # segmented as 5.2% but quoted as written


@pytest.mark.parametrize(
    ("phrase", "word"),
    [("下一步，我们将", "下一步"), ("深化放管服改革", "放管服改革"), ("做到两个维护", "两个维护"),
     ("推动高质量发展", "高质量发展"), ("坚持补短板", "补短板"), ("十五五时期", "十五五")],
)
def test_yuepi_user_dictionary_keeps_terms_whole(segmenter: Segmenter, phrase: str,
                                                 word: str) -> None:
    assert word in [t.word for t in segmenter.tokenize(phrase)]


def test_user_dictionary_file_is_large_enough() -> None:
    lines = [ln for ln in YUEPI_USERDICT.read_text(encoding="utf-8").splitlines()
             if not ln.startswith("#")]
    assert len(lines) >= 150
    assert all(len(line.split(" ")) == 3 and line.split(" ")[1].isdigit() for line in lines)


def test_word_at_segments_the_line(segmenter: Segmenter) -> None:
    text = "第一行\n控制工作风险\n"
    assert segmenter.word_at(text, 6) == (6, 8)  # 工作
    assert segmenter.word_at(text, 9) == (8, 10)  # 风险
    assert segmenter.word_at(text, 10) == (10, 10)  # line end
    with pytest.raises(ValueError):
        segmenter.word_at(text, 99)


def test_boundaries_fine_and_coarse(segmenter: Segmenter) -> None:
    text = "加强作风建设"
    fine = segmenter.boundaries(text)
    coarse = segmenter.boundaries(text, fine=False)
    assert 4 in fine and 4 not in coarse  # 作风|建设 inside the user word 作风建设
    assert 0 in coarse and len(text) in coarse and len(coarse) == len(text)


@pytest.mark.parametrize("engine", ["auto", "jieba"])
def test_add_user_word_takes_effect_and_is_saved(tmp_path: Path, tiny_dict: Path,
                                                 engine: str) -> None:
    user = tmp_path / "mine" / "words.txt"
    seg = Segmenter(tmp_path / "c", main_dict=tiny_dict, extra_dicts=(), user_dict=user,
                    engine=engine)
    seg.initialize()  # the reviewer's file does not exist yet: fine
    seg.add_user_word("作风建设")
    assert seg.tokenize("作风建设")[0].word == "作风建设"
    assert user.read_text(encoding="utf-8").startswith("作风建设 ")
    again = Segmenter(tmp_path / "c", main_dict=tiny_dict, extra_dicts=(), user_dict=user,
                      engine=engine)
    assert again.tokenize("作风建设")[0].word == "作风建设"
    with pytest.raises(ValueError):
        seg.add_user_word("两 个")


def test_user_word_file_is_rewritten_whole(tmp_path: Path, tiny_dict: Path, umask: int) -> None:
    """Through model.atomic: a hand-edited last line without its end stays a line of its
    own, no temp file is left, and the file keeps its mode."""
    user = tmp_path / "words.txt"
    user.write_text("# mine\n高质量发展", encoding="utf-8")
    user.chmod(0o600)
    seg = Segmenter(tmp_path / "c", main_dict=tiny_dict, extra_dicts=(), user_dict=user,
                    engine="jieba")
    seg.add_user_word("作风建设")
    lines = user.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["# mine", "高质量发展"] and lines[2].startswith("作风建设 ")
    assert user.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "main.txt", "words.txt"]


def test_cache_file_follows_the_permission_policy(tmp_path: Path, tiny_dict: Path,
                                                 umask: int) -> None:
    seg = Segmenter(tmp_path / "c", main_dict=tiny_dict, extra_dicts=(), engine="jieba")
    seg.initialize()
    assert [p.name for p in (tmp_path / "c").iterdir()] == [seg.cache_path.name]
    assert seg.cache_path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_default_segmenter_uses_the_per_user_folders(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("YUEPI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("YUEPI_DATA_DIR", str(tmp_path / "data"))
    seg = default_segmenter()
    assert seg.cache_dir == tmp_path / "cache"
    assert seg.user_dict == tmp_path / "data" / USER_DICT_NAME
    assert not (tmp_path / "data").exists()  # nothing is written until a word is added


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")
def test_default_segmenter_adopts_the_windows_former_dictionary(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The window kept the reviewer's words in Qt's AppDataLocation (…/Yuepi/Yuepi)."""
    monkeypatch.delenv("YUEPI_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("YUEPI_CACHE_DIR", str(tmp_path / "cache"))
    former = tmp_path / "Yuepi" / "Yuepi" / USER_DICT_NAME
    former.parent.mkdir(parents=True)
    former.write_text("作风建设 3\n", encoding="utf-8")
    seg = default_segmenter()
    assert seg.user_dict == tmp_path / "Yuepi" / USER_DICT_NAME
    assert seg.user_dict.read_text(encoding="utf-8") == "作风建设 3\n"
    former.write_text("", encoding="utf-8")  # copied once: the new file is the reviewer's now
    assert default_segmenter().user_dict.read_text(encoding="utf-8") == "作风建设 3\n"


def test_jieba_is_imported_without_pkg_resources() -> None:
    """pkg_resources costs ~70 ms of start-up; jieba must work without it. Importing
    model.reading.segmenter does not import jieba at all (the window loads it in a worker)."""
    code = ("import sys, model.reading.segmenter as s\n"
            "assert 'jieba' not in sys.modules\n"
            "jieba = s.import_jieba()\n"
            "assert 'pkg_resources' not in sys.modules\n"
            "print(jieba.Tokenizer().lcut('作风建设'))\n")
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=root)
    assert "作风" in out.stdout


def test_jieba_import_from_two_threads_at_once() -> None:
    """The UI thread and the worker may both be first to need jieba."""
    code = (
        "import threading\n"
        "from model.reading.jieba_import import import_jieba\n"
        "errors = []\n"
        "def use():\n"
        "    try:\n"
        "        import_jieba().Tokenizer\n"
        "    except Exception as exc:\n"
        "        errors.append(exc)\n"
        "threads = [threading.Thread(target=use) for _ in range(8)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "assert not errors, errors\n"
    )
    root = Path(__file__).resolve().parents[3]
    for _ in range(5):
        subprocess.run([sys.executable, "-c", code], check=True, cwd=root, capture_output=True)
