"""Dutch first names, for recognising people in mail text without the school's roster.

The list is ``data/first_names.txt``: about 15,000 first names derived by
``bench/build_first_names.py`` from the ``deduce`` package (LGPL-3.0-or-later, see the file's
header). Names that are also ordinary words (Roos, Jan, Storm, Rome) are marked: a rule should
count them only in the middle of a sentence, where Dutch capitalises names and not nouns.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib import resources

DATA = "first_names.txt"


@dataclass(frozen=True, slots=True)
class FirstNames:
    """``names``: every first name as written (``Femke``, ``Jan-Willem``); ``words``: the ones that
    are also ordinary words."""

    names: frozenset[str]
    words: frozenset[str]

    def kind(self, token: str) -> str | None:
        """``"name"``, ``"word"`` (a name that is also an ordinary word) or None. A name written with
        accents that the list spells without (Léa, Mathéo, Jérôme, Hélène) is the same name."""
        if token not in self.names:
            if token.isascii():
                return None
            token = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode("ascii")
            if token not in self.names:
                return None
        return "word" if token in self.words else "name"

    def __len__(self) -> int:
        return len(self.names)


def parse_first_names(text: str) -> FirstNames:
    """The list format: one name a line, ``#`` comments, ``name<TAB>word`` for a name that is
    also an ordinary word."""
    names: set[str] = set()
    words: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, mark = line.partition("\t")
        name = name.strip()
        names.add(name)
        if mark.strip() == "word":
            words.add(name)
    return FirstNames(frozenset(names), frozenset(words))


def load_first_names() -> FirstNames:
    """The packaged list (read on each call: callers keep it, e.g. per policy load)."""
    return parse_first_names(resources.files("discretie.data").joinpath(DATA).read_text("utf-8"))
