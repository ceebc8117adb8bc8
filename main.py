"""Yuepi 阅批 — entry point.

`python main.py <verb> …` runs a headless verb (no Qt is imported);
`python main.py [REPORT] [--lang zh_CN|en]` opens the window.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from model.cli import VERBS
from model.errors import ModelError

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in VERBS:
        return run_verb(argv[0], argv[1:])
    return run_gui(argv)


def run_verb(verb: str, argv: list[str]) -> int:
    module = importlib.import_module(VERBS[verb])
    parser = argparse.ArgumentParser(prog=f"yuepi {verb}", description=module.HELP)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    _utf8_stdio()
    try:
        return int(module.run(args, sys.stdout))
    except ModelError as exc:
        print(f"yuepi {verb}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"yuepi {verb}: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_BAD_INPUT


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="yuepi",
        description="Yuepi: read and annotate Chinese official reports.",
        epilog="headless verbs: " + ", ".join(VERBS) + " (python main.py VERB --help)",
    )
    parser.add_argument("report", nargs="?", help="report to open (.txt, .md, .docx)")
    parser.add_argument("--lang", help="interface language: zh_CN or en (default: system)")
    args, qt_args = parser.parse_known_args(argv)
    from gui.app import run  # Qt is imported only for the window

    return run(args, qt_args)


def _utf8_stdio() -> None:
    """Chinese output must not depend on the console's code page (Windows)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
