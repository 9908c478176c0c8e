"""Build ``src/discretie/data/first_names.txt`` from the first-name list of the ``deduce`` package.

    .venv/bin/pip download deduce==3.0.6 --no-deps -d /tmp/deduce
    .venv/bin/python bench/build_first_names.py /tmp/deduce/deduce-3.0.6-py3-none-any.whl

deduce (de-identification of Dutch medical text, LGPL-3.0-or-later, https://github.com/vmenger/deduce)
ships about 15,000 Dutch first names in ``deduce/data/lookup/src/names/lst_first_name/items.txt``.
The derived file keeps, one a line, each name of two letters or more that starts with a capital,
and marks with a tab and ``word`` the names that are also ordinary words: deduce's own
exceptions for first names, its lists of common and stop words, and the words of
:data:`ORDINARY` (Dutch words and Flemish place names that are also first names). The sensitive
rule counts a marked name only in the middle of a sentence, never at the start of one or in a
heading. Same input, same output: the file is sorted and written with ``\\n`` line ends.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = "deduce/data/lookup/src/"
NAMES = ROOT + "names/lst_first_name/items.txt"
EXCEPTIONS = ROOT + "names/lst_first_name/exceptions.txt"
WORDS = (ROOT + "whitelist/lst_common_word/items.txt", ROOT + "whitelist/lst_stop_word/items.txt")
OUT = Path(__file__).resolve().parents[1] / "src" / "discretie" / "data" / "first_names.txt"

# Dutch (and some English/French) words that are first names too: as a capitalised first word of a
# sentence or in a heading they are the word, not a person. Lower case, one a word.
ORDINARY = frozenset(
    [
        "roos",
        "hoop",
        "jan",
        "mei",
        "wil",
        "mus",
        "beer",
        "vos",
        "hart",
        "storm",
        "bloem",
        "klaar",
        "lot",
        "zon",
        "ster",
        "dag",
        "maan",
        "rome",
        "parijs",
        "brussel",
        "leuven",
        "gent",
        "brugge",
        "london",
        "paris",
        "berlijn",
        "wenen",
        "mechelen",
        "hasselt",
        "genk",
        "zorg",
        "lief",
        "liefde",
        "vrede",
        "dank",
        "welkom",
        "frank",
        "bas",
        "ben",
        "will",
        "rob",
        "rik",
        "april",
        "juni",
        "juli",
        "augustus",
        "may",
        "june",
        "august",
        "mars",
        "iris",
        "lelie",
        "linde",
        "olijf",
        "parel",
        "robijn",
        "saffier",
        "zuid",
        "oost",
        "west",
        "winter",
        "zomer",
        "lente",
        "herfst",
    ]
)

# Function words and name particles in the list (Dutch, French, English, Arabic, Italian): never a
# first name in a school mail ("Si un élève ...", "naar La Roche", "El Amrani"), left out.
EXCLUDED = frozenset(
    [
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "el",
        "al",
        "elle",
        "il",
        "bien",
        "you",
        "van",
        "der",
        "den",
        "het",
        "een",
        "si",
        "da",
        "di",
        "do",
        "on",
        "an",
        "and",
        "the",
        "a",
        "un",
        "une",
        "en",
        "mon",
        "ma",
        "me",
        "sint",
        "san",
        "santa",
        "st",
        "saint",
        "ter",
        "ten",
        "te",
        "dos",
        "das",
        "del",
        "della",
        "lo",
        "li",
        "ben",
        "bin",
        "abu",
        "ibn",
        "von",
        "vom",
        "zu",
    ]
)


def read(archive: zipfile.ZipFile | None, folder: Path | None, name: str) -> list[str]:
    if archive is not None:
        text = archive.read(name).decode("utf-8")
    else:
        assert folder is not None
        text = (folder / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def build(source: Path) -> str:
    archive = zipfile.ZipFile(source) if source.is_file() else None
    folder = None if archive is not None else source
    names = read(archive, folder, NAMES)
    ordinary = {w.lower() for w in read(archive, folder, EXCEPTIONS)} | ORDINARY
    for path in WORDS:
        ordinary |= {w.lower() for w in read(archive, folder, path)}
    kept: dict[str, bool] = {}
    for name in names:
        if len(name) < 2 or not name[0].isupper() or not name.replace("-", "").isalpha():
            continue
        if name.lower() in EXCLUDED:
            continue
        kept[name] = name.lower() in ordinary
    lines = [f"{name}\tword" if word else name for name, word in sorted(kept.items())]
    header = (
        "# Dutch first names, derived by bench/build_first_names.py from deduce 3.0.6\n"
        "# (deduce/data/lookup/src/names/lst_first_name), LGPL-3.0-or-later, (c) the deduce authors,\n"
        "# https://github.com/vmenger/deduce. A tab and 'word' marks a name that is also an ordinary word.\n"
    )
    return header + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the deduce wheel, or an unpacked folder holding deduce/")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = build(args.source)
    args.out.write_text(text, "utf-8")
    print(f"{args.out}: {text.count(chr(10)) - 3} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
