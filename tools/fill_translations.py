"""Fill the <translation> elements of a Qt .ts file from tools/zh_CN_strings.py.

Run by `make translations` between pyside6-lupdate and pyside6-lrelease:

    python -m tools.fill_translations resources/i18n/yuepi_zh_CN.ts [--strict]

Messages without an entry keep type="unfinished" and are listed; --strict then exits 1.
Add new strings to tools/zh_CN_strings.py (source text → translation) and re-run.
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.zh_CN_strings import CONTEXT_STRINGS, STRINGS


def lookup(context: str, source: str) -> str | None:
    return CONTEXT_STRINGS.get((context, source), STRINGS.get(source))


def fill(root: ET.Element) -> list[str]:
    """Fill translations in place; returns "context: source" of those still missing."""
    missing: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            text = lookup(name, source)
            if text is None:
                if translation.get("type") == "unfinished":
                    missing.append(f"{name}: {source}")
                continue
            _set(message, translation, text)
    return missing


def _set(message: ET.Element, translation: ET.Element, text: str) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        for form in forms:
            form.text = text
    else:
        translation.text = text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--strict", action="store_true", help="exit 1 if any is missing")
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    missing = fill(tree.getroot())
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    args.ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    for entry in missing:
        print(f"untranslated: {entry}", file=sys.stderr)
    print(f"{args.ts}: {len(missing)} untranslated")
    return 1 if missing and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
