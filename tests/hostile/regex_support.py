"""Every compiled regular expression in model/, found automatically, and hostile texts
made for each (issue 11, item 7).

Patterns are collected from module globals, class attributes and zero-argument cached
factories, looking inside dicts, mappings, tuples, lists and sets; a source scan lists
every `re.<function>(…)` call that is not at module level, so a pattern built inside a
function cannot hide from the collection (see PATTERN_FACTORIES and USER_PATTERNS).
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import model

MODEL_DIR = Path(model.__file__).resolve().parent
#: Functions that compile patterns, all called at import (their results are module
#: globals, which the collection reaches) or cached without arguments (called here).
PATTERN_FACTORIES = {
    "model/reading/suggestion_lexicon.py": {"_cue_regex"},
    "model/reading/formulations.py": {"_pattern"},
    "model/outline/item_cues.py": {"_scanner"},
    "model/report/encodings.py": {"_common_runs"},
    "model/reading/traditional.py": {"load"},  # the phrase starts: model.reading.traditional.TABLE
    "model/reading/fast_cut.py": {"_run_patterns"},
    "model/report/readers.py": {"_chinese_or_ascii"},
}
#: Functions that compile a pattern the reviewer typed (Find with "regular expression"):
#: not ours to make linear.
USER_PATTERNS = {"model/reading/search.py": {"compile_query"},
                 # the reviewer's pattern again, in the worker process that can be killed
                 "model/reading/regex_worker.py": {"main"}}
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub",
                 "subn", "split"}


def model_modules() -> Iterator[ModuleType]:
    """Every module of the model package, imported."""
    yield model
    for info in pkgutil.walk_packages(model.__path__, "model."):
        yield importlib.import_module(info.name)


def _patterns_in(value: object, where: str, seen: set[int], depth: int = 0
                 ) -> Iterator[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    if depth > 4 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in list(value.items())[:5000]:
            yield from _patterns_in(item, f"{where}[{key!r}]", seen, depth + 1)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for index, item in enumerate(list(value)[:5000]):
            yield from _patterns_in(item, f"{where}[{index}]", seen, depth + 1)


def model_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """(where, pattern) for every compiled pattern the model package holds."""
    found: list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = []
    seen: set[int] = set()
    for module in model_modules():
        for name, value in list(vars(module).items()):
            where = f"{module.__name__}.{name}"
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, item in list(vars(value).items()):
                    found += _patterns_in(item, f"{where}.{attr}", seen)
            elif callable(value) and hasattr(value, "cache_info") and _no_arguments(value):
                found += _patterns_in(value(), f"{where}()", seen)
            else:
                found += _patterns_in(value, where, seen)
    return found


def _no_arguments(function: object) -> bool:
    import inspect

    try:
        return not inspect.signature(function).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def regex_calls_in_functions() -> list[tuple[str, str, int]]:
    """(file, function, line) of every re.<function>(…) call inside a function body."""
    calls: list[tuple[str, str, int]] = []
    for path in sorted(MODEL_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(MODEL_DIR.parent).as_posix()
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                        and node.func.attr in _RE_FUNCTIONS):
                    calls.append((relative, function.name, node.lineno))
    return calls


# --- hostile texts ------------------------------------------------------------------------
#: Characters of each hostile text (80 K: a quadratic pattern needs seconds, a linear one
#: about 0.1 s at most).
SIZE = 80_000
#: Characters whose long runs trouble a careless pattern over report text.
RUN_CHARACTERS = ("1", "１", "一", "中", "是", " ", "\u3000", "\t", "\xa0", "\n", ".", "。",
                  "，", "、", "：", "%", "-", "—", "…", "#", "*", "a", "（", "“")
#: Short units repeated: digits before a unit, cues after a break, separators, markers.
REPEATED_UNITS = ("1" * 1000 + "万元", "1" * 1000 + " ", "1.", "，一是", "一是", " 一是",
                  "第一，", "增长1", "居第", "（一）", "一、", "- 1 ", "附件", "2024年",
                  "\n一、", "\n ", "　\n", "……1", ". ", "“a", "\n1.", "不足 ", "问题")
#: Of a pattern's own literal strings and characters, how many make texts of their own.
OWN_PIECES = 16


def generic_texts() -> Iterator[tuple[str, str]]:
    """(label, text) of the hostile texts every pattern is tried on."""
    for char in RUN_CHARACTERS:
        yield f"run of {char!r}", char * SIZE
    for unit in REPEATED_UNITS:
        yield f"repeats of {unit[:12]!r}", unit * (SIZE // len(unit))
    yield "digits, spaces, then text", "1" * (SIZE // 2) + " " * (SIZE // 2 - 1) + "x"


def _literal_runs(pattern: str) -> set[str]:
    """Literal strings and single class members the pattern mentions (sampled)."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except Exception:
        return set()
    found: set[str] = set()

    def walk(items: object) -> None:
        run = ""
        for op, arg in items:  # type: ignore[attr-defined]
            name = getattr(op, "name", str(op))
            if name == "LITERAL":
                run += chr(arg)
                found.add(chr(arg))
                continue
            if run:
                found.add(run)
                run = ""
            if name == "IN":
                for kind, value in arg[:12]:
                    kind_name = getattr(kind, "name", str(kind))
                    if kind_name == "LITERAL":
                        found.add(chr(value))
                    elif kind_name == "RANGE":
                        found.add(chr(value[0]))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(arg[2])
            elif name == "SUBPATTERN":
                walk(arg[-1])
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])
            elif name == "ATOMIC_GROUP":
                walk(arg)
            elif name == "BRANCH":
                for branch in arg[1][:40]:
                    walk(branch)
        if run:
            found.add(run)

    walk(parsed)
    return {s for s in found if s}


def own_texts(pattern: str) -> Iterator[tuple[str, str]]:
    """(label, text): runs of the pattern's own literals, alone and after a break."""
    pieces = _literal_runs(pattern)
    longest = sorted((p for p in pieces if len(p) > 1), key=lambda s: (-len(s), s))
    characters = sorted(p for p in pieces if len(p) == 1)
    half = OWN_PIECES // 2
    for piece in longest[:half] + characters[:half]:
        for glue in ("", "，", "\n"):
            unit = glue + piece
            yield f"repeats of {unit[:12]!r}", unit * (SIZE // len(unit))
