"""Yuepi 阅批 — the command line of main.py and of the installed `yuepi` command.

`yuepi <verb> …` runs a headless verb (no Qt is imported);
`yuepi [REPORT] [--lang zh_CN|en]` opens the window, after checking — still without Qt —
that a display is there and the language is known.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import re
import sys
from typing import TYPE_CHECKING, NoReturn

from gui import display_check
from gui.common.languages import interface_language
from model.cli import VERBS
from model.errors import ModelError
from model.filenames import display_text
from model.memory import tune_for_window

if TYPE_CHECKING:
    from model.outline.tree import Outline
    from model.outline.worker import OutlineWorker
    from model.report.loading import Report

    Loaded = tuple[Report, Outline | None, int | None]

EXIT_BAD_INPUT = 2
# A first argument like this that is neither a verb nor a file is a mistyped verb.
_VERB_LIKE = re.compile(r"[a-z][a-z_-]*")


class _Parser(argparse.ArgumentParser):
    """argparse whose refusal is one stderr line, `yuepi VERB: error: WHAT (yuepi VERB
    --help)`, without the usage block above it (bad input: one line, exit 2)."""

    def error(self, message: str) -> NoReturn:
        _utf8_stdio()
        line = display_text(" ".join(message.splitlines()))
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {line} ({self.prog} --help)\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in VERBS:
        return run_verb(argv[0], argv[1:])
    if argv and _VERB_LIKE.fullmatch(argv[0]) and not os.path.exists(argv[0]):
        _utf8_stdio()
        print(f"yuepi: unknown command {argv[0]!r} (commands: {', '.join(VERBS)})",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    return run_gui(argv)


def run_verb(verb: str, argv: list[str]) -> int:
    module = importlib.import_module(VERBS[verb])
    parser = _Parser(prog=f"yuepi {verb}", description=module.HELP)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    _utf8_stdio()
    try:
        return int(module.run(args, sys.stdout))
    except ModelError as exc:
        _error_line(verb, str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # Reader went away (`| head`): silence the flush at exit too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        _error_line(verb, f"{exc.strerror or exc}: {exc.filename or ''}")
        return EXIT_BAD_INPUT


def _error_line(verb: str, message: str) -> None:
    """Exactly one stderr line, even for a file name holding a line break."""
    text = display_text(" ".join(message.splitlines()))  # U+FFFD for undecodable bytes
    print(f"yuepi {verb}: {text}", file=sys.stderr)


def run_gui(argv: list[str]) -> int:
    parser = _Parser(
        prog="yuepi",
        description="Yuepi: read and annotate Chinese official reports.",
        epilog="headless verbs: " + ", ".join(VERBS) + " (python main.py VERB --help)",
    )
    parser.add_argument("reports", nargs="*", metavar="report",
                        help="report to open (.txt, .md, .docx, .pdf); several open each in "
                             "a window of its own")
    parser.add_argument("--compare", nargs=2, metavar=("EARLIER", "LATER"),
                        help="compare an earlier report's commitments with a later report")
    parser.add_argument("--lang", type=interface_language,
                        help="interface language: zh_CN or en (default: system)")
    args, qt_args = parser.parse_known_args(argv)
    if args.reports:  # an annotation file names its report
        from model.sidecar.names import report_of_sidecar

        args.reports = [str(report_of_sidecar(r) or r) for r in args.reports]
    args.report = args.reports[0] if args.reports else None  # the first window's
    if problem := display_check.problem():
        _utf8_stdio()
        print(f"yuepi: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    tune_for_window()  # before any thread starts: fewer C heaps, rarer collections
    # Until the window's first paint nothing made at start-up is garbage: the cyclic
    # collector would only walk the thousands of new objects over and over (~8 ms)
    gc.disable()
    try:
        from model.outline.worker import startup_worker  # no Qt: starts before Qt loads

        # off unless asked for (it loses on 2 cores); never for a comparison
        worker = startup_worker(args.report) if not args.compare else None
        loaded = _load_first(args.report, worker) if args.report and not args.compare \
            else None
        from gui.shell.app import run  # Qt is imported only for the window

        # it turns the collector on after the first paint
        return run(args, qt_args, worker, loaded)
    finally:
        gc.enable()


def _load_first(path: str, worker: OutlineWorker | None) -> Loaded | None:
    """The report named on the command line and its outline (None: the worker's, taken
    once Qt is up), read before Qt loads: PySide6's import hook reads the source of every
    module imported after it, and the window's first paint needs them anyway. A long
    report gets the outline of its head (model/outline/head.py) and the offset it ends
    before; the whole outline is detected after the first paint. None when the report
    cannot be read: the window's session opens it again and explains why."""
    from model.report.loading import load_report

    try:
        report = load_report(path)
    except ModelError:
        return None
    if worker is not None:
        return report, None, None
    from model.outline.head import head_outline

    if (head := head_outline(report)) is not None:
        return report, *head
    from model.outline.detector import detect_outline

    return report, detect_outline(report), None


def _utf8_stdio() -> None:
    """Chinese output must not depend on the console's code page (Windows)."""
    # backslashreplace: a file name that is not valid UTF-8 (surrogate escapes in argv)
    # must not turn the error line into a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
