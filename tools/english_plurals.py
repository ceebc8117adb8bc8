"""Write the English plural forms (resources/i18n/yuepi_en.ts) from the Chinese .ts.

Run by `make translations` after the Chinese .ts is filled, before pyside6-lrelease:

    python -m tools.english_plurals resources/i18n/yuepi_zh_CN.ts resources/i18n/yuepi_en.ts

English is the source language, but a source text can hold only one form: "%n page(s)"
shows as "1 page" / "2 pages" only through an English translation of its plural forms
(Qt's way). Every message with %n and "(s)" or "(es)" gets two forms: the plural by
dropping the brackets, the singular by dropping the bracketed ending, or from SINGULAR
where more than the noun changes (the verb, "they" → "it"). pyside6-lupdate -pluralonly
would miss the messages of QCoreApplication.translate (it marks only tr() as plural), so
the list comes from every message of the Chinese .ts.
"""
from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: Source text → its singular, where dropping "(s)" is not enough.
SINGULAR: dict[str, str] = {
    "%n suggested commitment(s) not yet decided are not listed (tag one with Ctrl+T to "
    "list it as unchecked).":
        "%n suggested commitment not yet decided is not listed (tag it with Ctrl+T to list "
        "it as unchecked).",
    "%1 changed on disk and was read again: %n link(s) could not be placed on its new "
    "text; they are kept and listed as not found.":
        "%1 changed on disk and was read again: %n link could not be placed on its new "
        "text; it is kept and listed as not found.",
    "Problems in the annotation file: %n item(s) could not be read as they were. The "
    "original file was moved aside unchanged.":
        "Problems in the annotation file: %n item could not be read as it was. The "
        "original file was moved aside unchanged.",
    "%n outline correction(s) could not be placed: their line is gone from the report. "
    "They are listed with the orphaned annotations.":
        "%n outline correction could not be placed: its line is gone from the report. It "
        "is listed with the orphaned annotations.",
    "%n suggestion(s) score below %1: lower the minimum score to see them.":
        "%n suggestion scores below %1: lower the minimum score to see it.",
    "%n annotation(s) use “%1”. What should happen to them?":
        "%n annotation uses “%1”. What should happen to it?",
    "%n character(s) in the annotation file could not be stored (they came from a broken "
    "copy or another program) and were replaced with “\ufffd”. Nothing else was changed.":
        "%n character in the annotation file could not be stored (it came from a broken "
        "copy or another program) and was replaced with “\ufffd”. Nothing else was changed.",
    "%n annotation file item(s) could not be read; they are listed in the Orphaned "
    "Annotations pane. Every other annotation was kept.":
        "%n annotation file item could not be read; it is listed in the Orphaned "
        "Annotations pane. Every other annotation was kept.",
    "%n comment(s) of %1 mark text this report does not have. They were kept as orphaned "
    "annotations (see Orphaned Annotations):":
        "%n comment of %1 marks text this report does not have. It was kept as an orphaned "
        "annotation (see Orphaned Annotations):",
}

_ENDING = re.compile(r"\((?:s|es)\)")


def forms(source: str) -> tuple[str, str]:
    """(singular, plural) of a source text with a bracketed plural ending."""
    plural = _ENDING.sub(lambda m: m.group()[1:-1], source)
    return SINGULAR.get(source, _ENDING.sub("", source)), plural


def plural_messages(root: ET.Element) -> list[tuple[str, str]]:
    """(context, source) of every message that counts with %n and names a bracketed
    plural, in the .ts's order."""
    found: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            if "%n" in source and _ENDING.search(source):
                found.append((name, source))
    return found


def english_ts(messages: list[tuple[str, str]]) -> ET.Element:
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for name, source in messages:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_ts", type=Path, help="the Chinese .ts (every message)")
    parser.add_argument("english_ts", type=Path)
    args = parser.parse_args(argv)
    messages = plural_messages(ET.parse(args.source_ts).getroot())
    stale = sorted(set(SINGULAR) - {source for _name, source in messages})
    tree = ET.ElementTree(english_ts(messages))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    args.english_ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                               + body + "\n", encoding="utf-8")
    for source in stale:
        print(f"SINGULAR names a text no longer in the sources: {source}", file=sys.stderr)
    print(f"{args.english_ts}: {len(messages)} plural messages")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
