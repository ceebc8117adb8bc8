"""Chinese word segmentation: a private jieba.Tokenizer with a fast per-user cache.

jieba's own cache sits in the shared temp folder and is read object by object with
`marshal.load(file)` (0.43 s); reading the file in one go with `marshal.loads` takes about
0.13 s. The cache holds the main dictionary's prefix table only; the user
dictionaries (a few hundred lines) are applied on top at every start, so adding a user word
never makes the cache stale (the cache and dictionary files:
model/reading/dictionary_files.py).

With rjieba installed (model.reading.fast_cut) it cuts the text, loaded with the same
dictionaries, and jieba is loaded only when a text has a place the two cut differently.

Thread use: `initialize()` may run in a worker thread; after it, `tokenize`, `word_at` and
`boundaries` only read and may run in any thread. `add_user_word` mutates the dictionary and
must not run while another thread segments.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from model import paths
from model.reading.compact_table import PrefixTable
from model.reading.dictionary_files import (
    Entry,
    adopt,
    append_user_word,
    cache_path,
    default_main_dict,
    read_cache,
    user_entries,
    write_cache,
)
from model.reading.fast_cut import load_rjieba, split_hard
from model.reading.jieba_import import import_jieba
from model.reading.tokens import Boundaries, Token
from model.report.textnorm import fold_width

RESOURCES = paths.resources_dir() / "dict"
YUEPI_USERDICT = RESOURCES / "yuepi_userdict.txt"
#: The reviewer's own words (Tools › Add Word to Dictionary…), in the per-user data folder.
USER_DICT_NAME = "userdict.txt"
#: jieba keeps a table entry for every character of the run of Han characters, letters
#: and digits it cuts (about 400 bytes each: 2.6 GB for one 20 MB line without
#: punctuation), so it is handed text in pieces of at most this many characters (its
#: table for one piece then stays under ~20 MB).
PIECE_CHARS = 50_000
#: initialize(pause): the dictionary lines between two pauses (a few ms of adding words)
PAUSE_LINES = 2_000
#: Characters jieba never joins to a neighbour (nor do their width-folded forms): a
#: piece that ends after one is cut exactly as the whole text would be.
_CUT_AFTER = re.compile(r"[\n。，、；：？！,;:?!…—“”‘’（）()《》【】「」『』\t \u3000]")


class _EdgeBytes(dict[int, bytes]):
    """The flags of one word of n characters, b"\\x01" and n - 1 zero bytes, made on first
    use (a few dozen lengths)."""

    def __missing__(self, length: int) -> bytes:
        run = self[length] = b"\x01" + bytes(length - 1) if length else b""
        return run


class Segmenter:
    """Word segmentation over its own dictionaries (never the global jieba.dt): rjieba
    when it is installed and `engine` is "auto", jieba's Tokenizer for what rjieba cuts
    differently and for everything when `engine` is "jieba" or rjieba is missing.

    `cache_dir` is created if missing; `user_dict` is the reviewer's own word list (may not
    exist yet; `add_user_word` creates it). `extra_dicts` default to Yuepi's shipped list.
    """

    def __init__(self, cache_dir: str | os.PathLike[str], *,
                 main_dict: str | os.PathLike[str] | None = None,
                 extra_dicts: Sequence[str | os.PathLike[str]] = (YUEPI_USERDICT,),
                 user_dict: str | os.PathLike[str] | None = None,
                 engine: str = "auto") -> None:
        self.cache_dir = Path(cache_dir)
        self._main_dict = Path(main_dict) if main_dict is not None else None
        self.extra_dicts = [Path(p) for p in extra_dicts]
        self.user_dict = Path(user_dict) if user_dict is not None else None
        self.engine = engine
        self._tok: Any = None  # the jieba.Tokenizer, made (and jieba imported) on first use
        self._fast: Any = None  # the rjieba.Jieba, when rjieba cuts
        self._lock = threading.Lock()
        #: The user words with the frequency rjieba gave them: jieba, loaded later, gets
        #: the same (its own suggestion may differ), so the two cut alike.
        self._words: list[Entry] = []
        #: "cache" or "built": how jieba's last initialisation got the prefix table.
        self.loaded_from: str = ""
        self._edge_bytes = _EdgeBytes()

    @property
    def main_dict(self) -> Path:
        if self._main_dict is None:
            self._main_dict = default_main_dict()
        return self._main_dict

    @property
    def _tokenizer(self) -> Any:
        if self._tok is None:
            tok = import_jieba().Tokenizer(str(self.main_dict))
            tok.tmp_dir = str(self.cache_dir)
            self._tok = tok
        return self._tok

    @property
    def initialized(self) -> bool:
        return self._fast is not None or (self._tok is not None and bool(self._tok.initialized))

    @property
    def backend(self) -> str:
        """"rjieba" or "jieba": what cuts the text (after `initialize`)."""
        return "rjieba" if self._fast is not None else "jieba"

    @property
    def cache_path(self) -> Path:
        return cache_path(self.cache_dir, self.main_dict)

    def initialize(self, pause: Callable[[], None] | None = None) -> None:
        """Load the dictionaries (rjieba: about 0.3 s; jieba: 0.15 s from its cache, 0.5 s
        cold). Idempotent. A worker thread passes `pause` (a short sleep), called every
        PAUSE_LINES dictionary lines so a waiting UI thread gets the GIL."""
        if self.initialized:
            return
        rjieba = load_rjieba() if self.engine == "auto" else None
        if rjieba is None:
            self._initialize_jieba()
            return
        with self._lock:
            if self._fast is not None:
                return
            fast = rjieba.Jieba.empty()
            add = fast.add_word
            # read in one go (the read itself lets other threads run), then cut into lines
            # and decode a line at a time (as jieba's gen_pfdict reads them): reading line
            # by line releases the GIL at every buffer refill, each release restarting a
            # waiting UI thread's wait, and one decode or split of the 5 MB is a single
            # call holding it — each stalled the window for 0.1–0.3 s. Pausing every
            # 20,000 words still left the window waiting up to ~0.1 s: a worker pauses often.
            with open(self.main_dict, "rb") as f:
                data = f.read()
            start, number, size = 0, 0, len(data)
            while start < size:
                end = data.find(b"\n", start)
                end = size if end < 0 else end
                parts = data[start:end].decode("utf-8").split(" ")
                start = end + 1
                if len(parts) >= 2:
                    add(parts[0], int(parts[1]), None)
                number += 1
                if pause is not None and number % PAUSE_LINES == 0:
                    pause()
            del data
            self._words = [(word, add(word, freq, tag), tag) for word, freq, tag in
                           self._user_entries()]
            self._fast = fast

    def load_fallback(self, pause: Callable[[], None] | None = None) -> None:
        """Load jieba too when rjieba cuts (for the runs the two cut differently; most
        reports have some: 5G, PM2.5, dates). The window's worker calls it at start-up, so
        that it is not loaded during the first analysis. It cuts only those runs, so its
        table is model.reading.compact_table.PrefixTable (~20 MB, not the 69 MB dict;
        answers exactly as jieba's own, proven in tests/model/reading/test_compact_table.py),
        built from the dictionary in the background (0.3–0.6 s; its longest single call, a
        sort, ~30 ms) and never cached: `marshal.loads` / `dumps` of the 580,000-entry
        dict are single calls holding the GIL for 100–300 ms, a pause of the window."""
        self.initialize(pause)
        if self._fast is not None and not (self._tok is not None and self._tok.initialized):
            self._initialize_jieba(use_cache=False)

    def _jieba(self) -> Any:
        """jieba's Tokenizer, initialised (with rjieba's user-word frequencies)."""
        if not (self._tok is not None and self._tok.initialized):
            self._initialize_jieba()
        return self._tok

    def _initialize_jieba(self, use_cache: bool = True) -> None:
        import logging  # with jieba, in the worker: not at the window's start

        logging.getLogger("jieba").setLevel(logging.WARNING)
        import_jieba().setLogLevel(logging.WARNING)
        tok = self._tokenizer
        with tok.lock:
            if tok.initialized:
                return
            table: tuple[Any, int] | None = None
            if self._fast is not None:  # the fallback for a few runs: the compact table
                table = PrefixTable.of_dictionary(self.main_dict.read_bytes())
                self.loaded_from = "compact"
            elif use_cache and (table := self._read_cache()) is not None:
                self.loaded_from = "cache"
            else:
                with open(self.main_dict, "rb") as f:
                    table = tok.gen_pfdict(f)
                if use_cache:
                    self.cache_dir.mkdir(parents=True, exist_ok=True)
                    self._write_cache(table)
                self.loaded_from = "built"
            tok.FREQ, tok.total = table
            tok.initialized = True
            entries = self._words if self._fast is not None else self._user_entries()
            for word, freq, tag in entries:
                tok.add_word(word, freq, tag)

    def _user_entries(self) -> list[Entry]:
        return user_entries([*self.extra_dicts, self.user_dict])

    def _read_cache(self) -> tuple[dict[str, int], int] | None:
        return read_cache(self.cache_path, self.main_dict)

    def _write_cache(self, table: tuple[dict[str, int], int]) -> None:
        write_cache(self.cache_path, self.main_dict, table)

    def cut(self, folded: str, *, fine: bool = False) -> list[tuple[str, int, int]]:
        """(word, start, end) of every token of one piece of width-folded text (see
        `pieces`), the word as folded."""
        parts = self.cut_parts(folded, fine=fine)
        if len(parts) == 1 and parts[0][0] == 0:
            return parts[0][1]
        return [(w, s + base, e + base) for base, tokens in parts for w, s, e in tokens]

    def cut_parts(self, folded: str, *, fine: bool = False
                  ) -> list[tuple[int, list[tuple[str, int, int]]]]:
        """`cut` as (offset, tokens of folded[offset:…] with offsets from there) parts:
        rjieba's and jieba's own lists, not copied."""
        mode = "search" if fine else "default"
        fast = self._fast
        if fast is None:
            return [(0, list(self._tokenizer.tokenize(folded, mode=mode)))]
        parts = list(split_hard(folded))
        if len(parts) == 1 and not parts[0][2]:
            return [(0, fast.tokenize(folded, mode))]
        jieba_cut = self._jieba().tokenize if any(hard for *_s, hard in parts) else None
        return [(first, list(jieba_cut(folded[first:last], mode=mode)) if hard and jieba_cut
                 else fast.tokenize(folded[first:last], mode))
                for first, last, hard in parts]

    def tokenize(self, text: str, *, offset: int = 0, fine: bool = False) -> list[Token]:
        """Tokens of `text` with code-point offsets (plus `offset`), in order.

        Segmentation runs on the width-folded text (１２ segments like 12) but each
        Token.word is the original text. `fine=True` is jieba's search mode: it also yields
        the dictionary words inside a long token (作风 and 建设 inside 作风建设), so tokens
        then overlap.
        """
        self.initialize()
        folded = fold_width(text)
        cut = self.cut
        return [Token(piece[s:e], s + base, e + base)
                for first, last in pieces(text)
                for piece, base in ((text[first:last], first + offset),)
                for _w, s, e in cut(folded[first:last], fine=fine)]

    def boundaries(self, text: str, *, fine: bool = True, folded: str | None = None
                   ) -> Boundaries:
        """Every token edge of `text` (0 and len(text) included).

        `fine=True` (whole-word search) adds the edges of words inside long tokens, so 作风
        is a whole word in 作风建设 but not in 工作风险 (工作/风险). Cue matching uses
        `fine=False`, so that 力争 is not found inside 奋力争先. `folded` is
        fold_width(text) where the caller made it already (5 MB: 0.08 s saved).
        """
        self.initialize()
        bounds = Boundaries(len(text), (0,))
        flags = bounds._flags
        if folded is None:
            folded = fold_width(text)
        for first, last in pieces(text):
            if not fine and self._fast is not None:
                self._mark_default_edges(folded[first:last], first, flags)
                continue
            for base, tokens in self.cut_parts(folded[first:last], fine=fine):
                at = first + base
                for _word, start, end in tokens:
                    flags[at + start] = flags[at + end] = 1
        return bounds

    def _mark_default_edges(self, piece: str, first: int, flags: bytearray) -> None:
        """`boundaries`' flags of one piece in default mode with rjieba, the same as from
        `cut_parts`: rjieba's default-mode words follow each other and cover their run, so
        their edges are the running sums of their lengths — made by joining one byte run a
        word (b"\\x01\\0…", in C) instead of reading (word, start, end) tuples: the
        tuples were half of segmenting a report (5 MB: 0.24 of 0.3 s). The runs jieba
        cuts (`split_hard`) are read from its tokens as before."""
        fast = self._fast
        assert fast is not None
        parts = list(split_hard(piece))
        edges = self._edge_bytes
        for start, end, hard in parts:
            at = first + start
            if not hard:
                words = fast.cut(piece[start:end])
                run = b"".join(map(edges.__getitem__, map(len, words)))
                if len(run) == end - start:
                    flags[at:at + len(run)] = run  # a word starts at each 1
                    if run:
                        flags[at + len(run)] = 1
                    continue
            tokens = (self._jieba().tokenize(piece[start:end], mode="default") if hard
                      else fast.tokenize(piece[start:end], "default"))
            for _word, s, e in tokens:
                flags[at + s] = flags[at + e] = 1

    def word_at(self, text: str, offset: int) -> tuple[int, int]:
        """Span of the word at `offset`, segmenting only the line around it.

        At a line end (or in an empty line) the span is empty: (offset, offset).
        """
        if not 0 <= offset <= len(text):
            raise ValueError(f"offset {offset} outside text of length {len(text)}")
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end == -1 else line_end
        if offset == line_end:
            return offset, offset
        for token in self.tokenize(text[line_start:line_end], offset=line_start):
            if token.start <= offset < token.end:
                return token.start, token.end
        return offset, offset  # unreachable: tokens cover the line

    def add_user_word(self, word: str) -> None:
        """Make `word` one token from now on and remember it in the reviewer's dictionary.

        Not thread-safe: must not run while another thread segments (jieba mutates its
        tables without a lock). Raises ValueError for an empty word or one with spaces.
        """
        word = word.strip()
        if not word or any(c.isspace() for c in word):
            raise ValueError("a user word must be non-empty and contain no spaces")
        self.initialize()
        if self._fast is not None:
            freq: int = self._fast.add_word(word, None, None)
            self._words.append((word, freq, None))
            if self._tok is not None and self._tok.initialized:
                self._tok.add_word(word, freq)
        else:
            self._tokenizer.add_word(word)
            freq = self._tokenizer.FREQ[word]
        if self.user_dict is not None:
            append_user_word(self.user_dict, f"{word} {freq}\n")


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `size` characters that segment as the
    whole text does: cut after the last line end of each window, else after a
    punctuation mark or space in its second half, else (a run of `size` / 2 word
    characters: no report has one) anywhere."""
    start, size_of = 0, len(text)
    while start < size_of:
        end = start + size
        if end >= size_of:
            yield start, size_of
            return
        cut = text.rfind("\n", start, end)
        if cut < 0:
            m = _CUT_AFTER.search(text, end - size // 2, end)
            cut = m.start() if m is not None else end - 1
        yield start, cut + 1
        start = cut + 1


def default_segmenter() -> Segmenter:
    """The Segmenter of the window and of the headless verbs alike: its cache in the
    per-user cache folder, the reviewer's dictionary in the per-user data folder
    (model.paths), so a word added in the window is used by `main.py suggest` too.

    Cheap (no jieba, a stat or two): the window calls it while it builds. A dictionary
    the window kept in its former folder is copied over the first time.
    YUEPI_SEGMENTER=jieba makes jieba cut everything (the benchmarks' baseline)."""
    user_dict = paths.user_data_dir() / USER_DICT_NAME
    legacy = paths.legacy_data_dir()
    if legacy is not None and not user_dict.exists():
        adopt(legacy / USER_DICT_NAME, user_dict)
    engine = "jieba" if os.environ.get("YUEPI_SEGMENTER") == "jieba" else "auto"
    return Segmenter(paths.user_cache_dir(), user_dict=user_dict, engine=engine)

