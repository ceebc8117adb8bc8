"""Machine-checked code rules: lint (ruff), layering (import-linter: model/ is Qt-free),
types (mypy over model/, configured in pyproject.toml) and one way to write files
(model/atomic.py)."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is pinned in requirements-dev.txt and must be installed"
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--output-format", "concise", "."],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_kept() -> None:
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_type_checks() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


#: Calls that write a file by themselves; in model/ and gui/ only model/atomic.py makes them.
_WRITING_CALLS = frozenset({
    "mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "write_bytes", "write_text",
    "replace", "copyfile", "copy", "copy2", "QSaveFile",
})


def _writes(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "replace":  # os.replace, not str.replace
        return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os"
    if name in _WRITING_CALLS:
        return True
    if name != "open":
        return False
    modes = [k.value for k in call.keywords if k.arg == "mode"]
    modes += call.args[1:2] if isinstance(func, ast.Name) else call.args[:1]
    return any(isinstance(m, ast.Constant) and isinstance(m.value, str)
               and set(m.value) & set("wax+") for m in modes)


def test_files_are_written_only_through_model_atomic() -> None:
    """So that every file gets the same crash safety and the same permission policy."""
    offenders = []
    for path in sorted([*ROOT.glob("model/**/*.py"), *ROOT.glob("gui/**/*.py")]):
        if path == ROOT / "model" / "atomic.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                      if isinstance(node, ast.Call) and _writes(node)]
    assert not offenders


def test_no_regex_syntax_newer_than_python_310() -> None:
    """Possessive quantifiers and atomic groups arrived in Python 3.11; we support 3.10.
    Every module-level compiled pattern in model/ is parsed and searched for them."""
    import importlib
    import re

    parser = getattr(re, "_parser", None)
    if parser is None:  # Python 3.10 itself: compiling the modules is the test
        return
    newer = {parser.POSSESSIVE_REPEAT, parser.ATOMIC_GROUP}

    def uses_newer(items: object) -> bool:
        for op, arg in items:  # type: ignore[attr-defined]
            if op in newer:
                return True
            for part in arg if isinstance(arg, (list, tuple)) else ():
                if isinstance(part, parser.SubPattern) and uses_newer(part):
                    return True
                if isinstance(part, (list, tuple)) and any(
                        isinstance(p, parser.SubPattern) and uses_newer(p) for p in part):
                    return True
        return False

    offenders = []
    for path in sorted(ROOT.glob("model/**/*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and uses_newer(parser.parse(value.pattern)):
                offenders.append(f"{name}.{attr}")
    assert not offenders


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_import_circle_even_through_type_hints() -> None:
    """The contracts count only imports that run; a circle through a type hint (the
    annotation controller ↔ its outline corrections) still ties two modules into one."""
    import grimp

    built = grimp.build_graph("gui", "model", exclude_type_checking_imports=False)
    graph = {m: set(built.find_modules_directly_imported_by(m)) & built.modules
             for m in built.modules}
    assert _circles(graph) == []
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
