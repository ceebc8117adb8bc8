"""Build the Traditional→Simplified table of model/reading/traditional.py from OpenCC's
dictionaries (https://github.com/BYVoid/OpenCC, Apache License 2.0; the files are those of
the `opencc-python-reimplemented` 0.1.7 wheel, opencc/dictionary/).

    .venv/bin/python -m tools.build_t2s_table OPENCC_DICTIONARY_DIR

Writes resources/dict/t2s.txt: `T<TAB>S` lines, one code point to one (OpenCC's first
candidate of TSCharacters.txt, kept only where both have the same UTF-16 length so offsets
hold in the window too), then `T-phrase<TAB>S-phrase` lines of TSPhrases.txt of equal length
whose conversion differs from character by character (乾隆 stays 乾隆, 瞭解 is 了解).
Also writes tests/data/traditional/s2t.txt the same way from STCharacters.txt (first
candidate), which the tests use to turn a Simplified fixture into Traditional.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
T2S = ROOT / "resources" / "dict" / "t2s.txt"
S2T = ROOT / "tests" / "data" / "traditional" / "s2t.txt"
HEADER = ("# Derived from OpenCC's dictionaries (https://github.com/BYVoid/OpenCC),\n"
          "# Copyright BYVoid and contributors, Apache License 2.0.\n"
          "# Built by tools/build_t2s_table.py: {what}\n")


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def one_to_one(path: Path) -> dict[str, str]:
    """char -> its first candidate, where both are one code point of the same UTF-16 width."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and key != first and utf16(key) == utf16(first):
            table[key] = first
    return table


def phrases(path: Path, chars: dict[str, str]) -> dict[str, str]:
    """Equal-length phrases whose conversion the character table gets wrong."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if (len(key) == len(first) > 1 and utf16(key) == utf16(first)
                and "".join(chars.get(c, c) for c in key) != first):
            table[key] = first
    return table


def write(path: Path, what: str, rows: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{k}\t{v}\n" for k, v in rows.items())
    path.write_text(HEADER.format(what=what) + body, encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0])
    chars = one_to_one(source / "TSCharacters.txt")
    write(T2S, "Traditional to Simplified, characters then phrases",
          {**chars, **phrases(source / "TSPhrases.txt", chars)})
    write(S2T, "Simplified to Traditional, characters (tests only)",
          one_to_one(source / "STCharacters.txt"))
    print(f"{len(chars)} characters -> {T2S}; {S2T}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
