"""A learned second opinion for ``password``: is this secret-shaped token handed over as a credential?

The rule's own reading (a keyword or a lock word, then a layout it knows) is precise but misses forms it
was never written for. The model reads differently: every token that could be a secret (digits, or
letters mixed with digits, signs or inner capitals; never a date, a time, an amount, a link or an
address) is a *candidate*, and a logistic regression scores the candidate from its shape and its
surroundings: the words just before and after it, the wider sentence, the label of its line, the line
above a value that stands alone, the separator before it and the mail's subject. A mail's score is the
highest score of its candidates, so the finding can name (and mask) the token that decided.

Trained by ``bench/train_credential_model.py`` on the labelled corpora (never on a batch that is then
measured) and shipped as ``data/credential_model.json`` in the shared format of
:mod:`discretie.rules.textmodel` (idf, weights, intercept). The same :func:`window_features` serve
training and inference.

Bounded work: ``MAX_CHARS`` characters per text, ``MAX_CANDIDATES`` candidates per text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from discretie.detect import fold_chars
from discretie.rules import textmodel
from discretie.rules.textmodel import Model, vectorize

__all__ = ["DATA", "Candidate", "candidates", "load_model", "score", "window_features"]

DATA = "credential_model.json"
MAX_CHARS = 20_000  # characters of a text part read
MAX_CANDIDATES = 300  # candidates scored per text part

# A token worth a look: one with a digit, a sign, a hyphen or an inner capital. A token ends at white space, ";" or
# "|" (a cell of a CSV row or a text table is a token of its own). Possessive: linear in the text.
_SIGN = r"\d@#$%&*+=/\\!~^_\-"
_SHAPED = re.compile(rf"(?<![^\s;|])(?:[{_SIGN}]|[^\s;|][^\s;|{_SIGN}A-Z]*+[{_SIGN}A-Z])[^\s;|]*+")
_LEAD = "\"'‘“«([{<*_"
_TRAIL = "\"'’”»,;.:)]}>*_?"  # not "!": a secret ends in one more often than a sentence around a token
_WORDS = re.compile(r"[a-z0-9]+")  # on folded text
# Tokens that are never a secret whatever surrounds them: dates, times, amounts, decimals, links, addresses.
_NEVER = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?:[/.-](?:\d{2}|\d{4}))?"  # 12/03, 12-03-2026
    r"|\d{4}-\d{2}-\d{2}"  # 2026-03-12
    r"|\d{1,2}(?:[:uh.]\d{2}|u|h)?(?:u|h|uur)?(?:-\d{1,2}(?:[:uh.]\d{2}|u|h)(?:u|h|uur)?)?"  # 14:30, 8u30-10u10
    r"|\d{1,2}(?:u|h|uur|am|pm)"  # 8u, 9h
    r"|[€$£]\d[\d.,]*|\d[\d.,]*(?:€|eur|euro)|\d+[.,]\d{1,2}|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"  # amounts, decimals
    r"|\d+(?:ste|de|e|st|nd|rd|th|er|ème|%|x|km|kg|cm|mm|m|g|l|gb|mb|tb)"  # 3de, 50%, 20km
    r"|\d{1,2}(?:[a-z]|[a-z]{2})",  # class codes and rooms: 3B, 5LA, 12a
    re.IGNORECASE,
)
_LINK = re.compile(  # an address, a link, a host or a file name
    r"@[\w-]+\.[a-z]{2,}|://|^www\.|\.(?:be|com|nl|org|net|eu|fr|pdf|docx?|xlsx?|pptx?|odt|ods|jpe?g|png|gif|heic"
    r"|zip|txt|csv|wav|mp3|mp4|mov|exe|msi|html?)$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"[-•*–>]+|\d{1,2}[.)]|[a-z][.)]")  # what may open a line before a value: a list mark


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    value: str


# Digits typed on a dial or a keypad in groups ("7 3 1 9 #", "604 218", "12-34-56"): one candidate.
_DIAL = re.compile(  # opens with a digit, so that re scans for digits at C speed
    r"\d(?<![\w,.-]\d)(?:(?: \d){3,7}(?: ?[#*])?|\d{2} \d{3}|\d?(?: ?- ?\d{1,2}){2,5})(?![\w-]|[.,]\d| \d)"
)
_JOINED = re.compile(r"[-'’]")  # what joins the words of a name or a compound ("Sint-Pieters", "d'Hondt")
_PASSPHRASE = re.compile(r"[^\W\d_]{2,}(?:[-_.+][^\W\d_]{2,}){2,}")  # paarse-olifant-danst-traag


def _candidate(value: str) -> bool:
    if _PASSPHRASE.fullmatch(value):
        return len(value) >= 12
    if len(value) < 3 or len(value) > 64 or _NEVER.fullmatch(value) or _LINK.search(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if digits:
        # a number needs three digits (a padlock's "382"); a word with one digit needs some length
        return digits >= 3 or len(value) >= 6
    if len(value) < 6 or not any(c.isalpha() for c in value):
        return False
    # letters only: a secret needs a sign or an inner capital ("Kaas!Boer", "SPCgast"), not a mere hyphen
    inner_upper = any(c.isupper() for c in value[1:])
    sign = any(not c.isalnum() and c not in "-'’." for c in value)
    return inner_upper or sign


def candidates(text: str, judge: Callable[[str], bool]) -> Iterator[Candidate]:
    """The secret-shaped tokens of ``text`` (at most ``MAX_CANDIDATES``, in the first ``MAX_CHARS``): digit
    groups of a dial or keypad, and the tokens of the right shape that ``judge`` (the rule's own judgement of a
    value: not a compound such as "3D-printer", not a placeholder) accepts."""
    end = min(len(text), MAX_CHARS)
    dials = list(itertools.islice(_DIAL.finditer(text, 0, end), MAX_CANDIDATES))
    yield from (Candidate(dial.start(), dial.end(), dial.group()) for dial in dials)
    found = len(dials)
    for match in _SHAPED.finditer(text, 0, end):  # most words are plain words: skipped by re
        if found >= MAX_CANDIDATES:
            return
        raw = match.group()
        value = raw.lstrip(_LEAD)
        start = match.start() + len(raw) - len(value)
        value = value.rstrip(_TRAIL)
        core = value.rstrip("!")
        if core != value and (core.isdigit() or all(p.isalpha() for p in _JOINED.split(core))):
            value = core  # "de code is 4471!", "Welkom op Sint-Pieters!": the sentence's end, not the value's sign
        if dials and any(dial.start() <= start < dial.end() for dial in dials):
            continue
        if value and _candidate(value) and judge(value):
            yield Candidate(start, start + len(value), value)
            found += 1


def _shape(value: str) -> list[str]:
    core = value.rstrip("#*")
    if core.isdigit():
        n = len(core)
        shape = [f"s:d{min(n, 10)}"]
        if core[0] == "0":
            shape.append("s:zero")
        if n == 4 and core[:2] in ("19", "20"):
            shape.append("s:year")
        if core != value:
            shape.append("s:key")
        if len(set(core)) <= 2:
            shape.append("s:plain")  # 1111, 1212: a factory code, or a count
        return shape
    if " " in value or _DIAL.fullmatch(value):
        dial = ["s:dial", f"s:dial{sum(c.isdigit() for c in value)}"]
        return [*dial, "s:datelike"] if _NEVER.fullmatch(value) else dial
    if _PASSPHRASE.fullmatch(value):
        return ["s:phrase"]
    length = len(value)
    shape = ["s:len" + ("6" if length < 7 else "8" if length < 9 else "12" if length < 13 else "long")]
    letters = any(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    if letters and digits:
        shape.append("s:mix")
    elif digits:
        shape.append("s:digits+")  # digits with separators: 12-34-56, 0477/21.65.09
    if any(not c.isalnum() for c in value):
        shape.append("s:sign")
        for sign in "-./_#!@$&+":
            if sign in value:
                shape.append("s:" + sign)
    if any(c.isupper() for c in value[1:]):
        shape.append("s:inner")
    if value[0].isupper():
        shape.append("s:cap")
    if value.isupper() and letters:
        shape.append("s:caps")  # a reference such as AB12345 or BE-2026
    if re.search(r"(?:19|20)\d\d\W*$", value):
        shape.append("s:yearend")  # Welkom2024, Zomer2026!
    if re.fullmatch(r"[A-Za-z]{1,4}[-/]?\d{3,}", value):
        shape.append("s:ref")  # F2026, INV-10023, R-482
    return shape


def _words(folded: str) -> list[str]:
    return ["#" if w.isdigit() else w for w in _WORDS.findall(folded)]


def window_features(text: str, folded: str, candidate: Candidate, subject: str) -> Counter[str]:
    """The features of one candidate in ``text`` (``folded``: ``fold_chars(text)``, same length;
    ``subject``: the folded subject)."""
    start, end = candidate.start, candidate.end
    counts: Counter[str] = Counter(_shape(candidate.value))
    paragraph = folded.rfind("\n\n", 0, start) + 2 if folded.rfind("\n\n", 0, start) >= 0 else 0
    left = _words(folded[max(paragraph, start - 200) : start])
    near = left[-5:]
    counts.update("l:" + w for w in near)
    counts.update("f:" + w for w in left[-30:-5])
    if left:
        counts["p:" + left[-1]] += 1
    right_end = folded.find("\n\n", end)
    right = _words(folded[end : min(end + 80, right_end if right_end >= 0 else len(folded))])[:4]
    counts.update("r:" + w for w in right)
    if right:
        counts["n:" + right[0]] += 1
    before = text[max(0, start - 3) : start].rstrip(" \t\xa0")
    counts["sep:" + (before[-1] if before and not before[-1].isalnum() else "w")] += 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    prefix = text[line_start:start].strip(" \t\xa0>")
    suffix = text[end:line_end].strip(" \t\xa0\r")
    if not prefix or _ITEM.fullmatch(prefix):
        counts["bol"] += 1
    if not suffix:
        counts["eol"] += 1
    if (not prefix or _ITEM.fullmatch(prefix)) and not suffix and line_start > 0:
        above_end = line_start - 1
        above_start = folded.rfind("\n", 0, max(0, above_end - 1)) + 1
        counts.update("a:" + w for w in _words(folded[above_start:above_end])[-4:])
    colon = prefix.rfind(":")
    if colon > 0:
        counts.update("lab:" + w for w in _words(fold_chars(prefix[:colon]))[-2:])
    if "\t" in text[line_start:line_end] or "|" in text[line_start:line_end]:
        counts["cell"] += 1
    counts.update("t:" + w for w in _words(subject)[:12])
    return counts


@dataclass(frozen=True, slots=True)
class Scored:
    candidate: Candidate
    probability: float


def score(model: Model, text: str, subject: str, judge: Callable[[str], bool]) -> Iterator[Scored]:
    """Each candidate of ``text`` with the model's probability that it is a credential handed over."""
    head = text[:MAX_CHARS]
    folded = fold_chars(head)
    subject = fold_chars(subject)
    for candidate in candidates(head, judge):
        vector = vectorize(window_features(head, folded, candidate, subject), model.idf)
        yield Scored(candidate, model.probability_of(vector))


def load_model(path: str | None = None) -> Model:
    """The packaged model, or the one at ``path`` (a model built for a measurement)."""
    return textmodel.load_model(DATA, path)
