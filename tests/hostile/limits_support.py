"""Run hostile work in a child process under an address-space limit and a timeout, so a
regression fails one test instead of exhausting the machine (and the child reports its own
peak memory)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: What a child may map: Python, lxml, jieba and a bounded load fit in well under 1 GB.
DEFAULT_MEMORY_MB = 1500
#: Printed by a child before its JSON result line
RESULT_MARK = "@@result "


@dataclass
class Outcome:
    returncode: int | None  # None: killed at the timeout
    stdout: str
    stderr: str
    seconds: float

    def result(self) -> dict[str, object]:
        """The JSON a `python_child` snippet printed with report(...)."""
        for line in self.stdout.splitlines():
            if line.startswith(RESULT_MARK):
                return json.loads(line[len(RESULT_MARK):])
        raise AssertionError(f"no result (exit {self.returncode}): {self.stderr[-2000:]}")


def _limit(memory_mb: int) -> None:
    import resource

    size = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def run_limited(args: list[str], *, timeout: float, memory_mb: int = DEFAULT_MEMORY_MB,
                env: dict[str, str] | None = None) -> Outcome:
    """Run `args` (after the interpreter) in the project folder; on POSIX under an
    address-space limit. A child still running at `timeout` is killed."""
    preexec = (lambda: _limit(memory_mb)) if os.name == "posix" else None
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, preexec_fn=preexec,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    try:
        out, err = process.communicate(timeout=timeout)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        code = None
    return Outcome(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                   time.monotonic() - start)


#: Prepended to every python_child snippet: report(**values) prints the result line with
#: the child's peak resident memory (MB) and its run time so far.
_PRELUDE = f"""
import json, sys, time
from tests.hostile.limits_support import peak_mb
_t0 = time.monotonic()
def report(**values):
    values.update(peak_mb=peak_mb(), seconds=round(time.monotonic() - _t0, 3))
    print({RESULT_MARK!r} + json.dumps(values, ensure_ascii=False), flush=True)
"""


def peak_mb() -> float:
    """This process's peak resident memory in MB. On Linux from VmHWM: ru_maxrss keeps the
    high-water mark of the process before exec, i.e. of the forked test runner."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 / (1024 if sys.platform == "darwin" else 1), 1)


def python_child(code: str, *, timeout: float, memory_mb: int = DEFAULT_MEMORY_MB,
                 env: dict[str, str] | None = None) -> Outcome:
    """Run a Python snippet (it calls report(...) once) under the limits."""
    return run_limited(["-c", _PRELUDE + code], timeout=timeout, memory_mb=memory_mb, env=env)


def cli(verb: str, path: Path, *, timeout: float, memory_mb: int = DEFAULT_MEMORY_MB,
        env: dict[str, str] | None = None) -> Outcome:
    """`python main.py VERB PATH` under the limits."""
    return run_limited(["main.py", verb, str(path)], timeout=timeout, memory_mb=memory_mb,
                       env=env)


class TooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise TooSlow once `seconds` pass (the regex engine checks signals as it runs);
    without SIGALRM (Windows) the time is checked afterwards."""
    start = time.perf_counter()
    if hasattr(signal, "setitimer"):
        def ring(_signum: int, _frame: object) -> None:
            raise TooSlow(f"{what}: over {seconds} s")

        previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        yield
    elapsed = time.perf_counter() - start
    if elapsed > seconds:
        raise TooSlow(f"{what}: {elapsed:.2f} s")
