"""``personal_data``: Persoonsgegevens: telefoonnummers, rijksregisternummers, IBAN, geboortedata (§2).

Recognisers in the style of Presidio (:mod:`discretie.detect`): a pattern proposes a
candidate, a checksum decides, context words raise a score. Categories:

- ``phone``: Belgian and Dutch numbers (``016 12 34 56``, ``0470/12.34.56``,
  ``+32 (0)16 ...``, ``0032 ...``, ``06-12345678``), validated by ``phonenumbers`` for the
  regions BE and NL. Dates and times that look like numbers fail validation.
- ``national_number``: the rijksregisternummer (and BIS number), ``85.07.30-033.28`` or
  ``85073003328``, validated by ``python-stdnum`` (``stdnum.be.ssn``: checksum mod 97,
  births after 2000 included, plausible birth date). A bare run of 11 digits scores lower
  unless a word such as "rijksregisternummer" or "INSZ" is near.
- ``iban``: any IBAN with a valid mod-97 checksum (``BE68 5390 0754 7034``); for Belgian
  accounts also the national check digits.
- ``birthdate``: a date (``12/03/2010``, ``12 maart 2010``, ``2010-03-12``) only when a word
  such as geboren, geboortedatum, °, born or né(e) (with its accent: "nee" is Dutch for no) stands
  just before it; eight digits that are a real date (``12032010``) when such a word stands before
  them in the same sentence (a password made of a pupil's date of birth is explained, not
  labelled: "de geboortedatum, als ddmmjjjj").

Numbers that fail their checksum are not findings, with two exceptions: a number in the national
number's own format under its name (``rijksregisternummer`` within 160 characters before it) and an
account number of its country's format right after ``IBAN``, ``rekeningnummer`` or a verb of paying
into it (``te storten op``, ``à verser sur``): a typo does not make it less somebody's identifier
(score 0.6). A date in a table column headed ``Geboortedatum`` (or another birth word) is a birth
date, also as eight digits, in a table of tabs, ``;`` or ``|`` and in one aligned with spaces (an HTML
table written as text: the row's cell starts within two characters of the header's); a number after
``ondernemingsnummer``/``BTW``/``KBO`` is a company's, not a telephone. Every finding is ``info``: alone
it never acts or makes an incident (§2's discretieplicht is about *where* data goes, and a phone number
in a staff signature is ordinary);
the ``sensitive`` rule calls :func:`find_national_numbers` and :func:`find_birthdates` directly to
identify the pupil a sensitive term is about. The school's own numbers can be listed under
``ignore``. Evidence: the values, masked (``04** ** ** 56``), at most three per category.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import phonenumbers
from pydantic import Field, PrivateAttr, field_validator
from stdnum import iban as std_iban
from stdnum.be import ssn

from discretie.config import RuleConfig
from discretie.detect import Pattern, PatternRecognizer, Result, merge_regions, resolve_overlaps
from discretie.model import Action, Finding, Message, Severity
from discretie.redact import mask_digits
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

Category = Literal["phone", "national_number", "iban", "birthdate"]
CATEGORIES: tuple[Category, ...] = ("phone", "national_number", "iban", "birthdate")
EVIDENCE_VALUES = 3
REGIONS = ("BE", "NL")

REASONS: dict[str, str] = {
    "phone": "Telefoonnummer in het bericht.",
    "national_number": "Rijksregisternummer in het bericht.",
    "iban": "Rekeningnummer (IBAN) in het bericht.",
    "birthdate": "Geboortedatum in het bericht.",
}

# --------------------------------------------------------------------------- phone

_SEP = r"[ .\-/]?"
_PHONE_PATTERNS = (
    # +32 470 12 34 56, +32 (0)16 12 34 56, 0032 16 12 34 56, +31 6 12345678
    Pattern(
        "phone_international",
        rf"(?<![\w+])(?:\+|00) ?3[12]{_SEP}(?:\(0\){_SEP})?\d(?:{_SEP}\d){{7,9}}(?!\d|[.\-/]\d)",
        0.7,
    ),
    # 016 12 34 56, 0470/12.34.56, 06-12345678, 020 123 4567; not the tail of a longer run of digit groups
    # (a meeting ID "391 055 602 184", a reference "12 0470 33 21 09 7")
    Pattern("phone_national", rf"(?<![\w+])(?<!\d[ .\-/])0\d(?:{_SEP}\d){{7,8}}(?!\d|[.\-/]\d)", 0.6),
    # (016) 12 34 56
    Pattern("phone_area", rf"\(0\d{{1,3}}\) ?\d(?:{_SEP}\d){{5,7}}(?!\d|[.\-/]\d)", 0.6),
)
# Every numeric identifier overlaps a run of digits and separators: one cheap scan finds the
# few places where the detailed patterns need to run.
DIGIT_RUN = r"\d[\d .\-/()]{5,}\d"
_DATE_LIKE = re.compile(r"^\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d{2}\b")


def _valid_phone(candidate: str) -> bool:
    if _DATE_LIKE.match(candidate):
        return False
    for region in REGIONS:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) in REGIONS:
            return True
    return False


PHONE = PatternRecognizer(
    entity="phone",
    patterns=_PHONE_PATTERNS,
    context=(
        "tel",
        "telefoon",
        "telefoonnummer",
        "gsm",
        "gsm-nummer",
        "mobiel",
        "bel",
        "bereikbaar",
        "phone",
        "mobile",
        "téléphone",
        "tél",
    ),
    validate=_valid_phone,
    context_boost=0.2,
    prefilter=DIGIT_RUN,
    max_candidates=1000,  # a phonenumbers validation costs ~50 µs
)

# --------------------------------------------------------------------------- rijksregisternummer

_NN_PATTERNS = (
    Pattern("nn_formatted", r"(?<![\d.])\d{2}\.\d{2}\.\d{2}[-. ]?\d{3}[-. ]?\d{2}(?![\d]|[.\-]\d)", 0.85),
    Pattern("nn_grouped", r"(?<![\d.])\d{6}[-. ]\d{3}[-. ]?\d{2}(?![\d]|[.\-]\d)", 0.7),
    Pattern("nn_spaced", r"(?<![\d.])\d{2} \d{2} \d{2} \d{3} \d{2}(?![\d]|[.\-]\d)", 0.7),
    Pattern("nn_plain", r"(?<![\w.,/\-])\d{11}(?![\w]|[.,/\-]\d)", 0.5),
)

NATIONAL_NUMBER = PatternRecognizer(
    entity="national_number",
    patterns=_NN_PATTERNS,
    context=(
        "rijksregister",
        "rijksregisternummer",
        "rijksregisternummers",
        "rijksregisternr",
        "rrn",
        "rr-nummer",
        "rr nr",
        "insz",
        "insz-nummer",
        "nationaal nummer",
        "identificatienummer",
        "bis-nummer",
        "bisnummer",
        "registre national",
        "numéro national",
        "niss",
        "national number",
        "national register",
    ),
    validate=ssn.is_valid,
    context_boost=0.4,
    prefilter=DIGIT_RUN,
)

# --------------------------------------------------------------------------- IBAN

_IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
_IBAN_CONTEXT = (
    "iban",
    "rekeningnummer",
    "rekening",
    "storten",
    "overschrijving",
    "bankrekening",
    "account",
    "compte",
    "bic",
)


def _valid_iban(compact: str) -> bool:
    if not std_iban.is_valid(compact, check_country=False):
        return False
    if compact.startswith("BE"):  # Belgian national check digits: first 10 BBAN digits mod 97
        check = int(compact[4:14]) % 97 or 97
        return check == int(compact[14:16])
    return True


def find_ibans(text: str, max_candidates: int = 1000, regions: list[tuple[int, int]] | None = None) -> list[Result]:
    """IBANs with a valid checksum. A candidate running on into following words
    (``BE68 5390 0754 7034 BIC GEBABEBB``) is cut back to the longest valid IBAN."""
    results: list[Result] = []
    where = _IBAN_REGIONS.regions(text) if regions is None else regions
    candidates = (m for lo, hi in where for m in _IBAN_CANDIDATE.finditer(text, lo, hi))
    for count, match in enumerate(candidates):
        if count >= max_candidates:
            break
        raw = match.group()
        ends = [i + 1 for i, ch in enumerate(raw) if ch != " "]  # compact length -> raw end
        compact = raw.replace(" ", "")
        for length in range(min(len(compact), 34), 14, -1):
            if _valid_iban(compact[:length]):
                end = match.start() + ends[length - 1]
                score = 0.9
                why = "iban 0.90; checksum ok"
                word = _IBAN_RECOGNIZER.context_word(text, match.start(), end)
                if word is not None:
                    score = 1.0
                    why += f"; context '{word}' -> 1.00"
                results.append(Result("iban", match.start(), end, text[match.start() : end], score, "iban", why))
                break
    return results


_IBAN_RECOGNIZER = PatternRecognizer(entity="iban", patterns=(), context=_IBAN_CONTEXT, context_boost=0.1)
# an IBAN starts with a country code and two check digits; the rest follows within 40 characters
_IBAN_REGIONS = PatternRecognizer(entity="iban", patterns=(), prefilter=r"[A-Z]{2}\d\d", margin=40)

# --------------------------------------------------------------------------- birth dates

_MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "janvier": 1,
    "janv": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "maart": 3,
    "mrt": 3,
    "maa": 3,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "avril": 4,
    "avr": 4,
    "mei": 5,
    "may": 5,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juin": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "juillet": 7,
    "juil": 7,
    "augustus": 8,
    "aug": 8,
    "august": 8,
    "août": 8,
    "aout": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "septembre": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "octobre": 10,
    "november": 11,
    "nov": 11,
    "novembre": 11,
    "december": 12,
    "dec": 12,
    "décembre": 12,
    "decembre": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d{2}"
_DATE_PATTERNS = (
    Pattern("date_numeric", rf"(?<![\d./\-])({_DAY})([./\-])({_MONTH_NUM})\2({_YEAR})(?![\d]|[./\-]\d)", 0.1),
    Pattern("date_iso", rf"(?<![\d./\-])({_YEAR})-({_MONTH_NUM})-({_DAY})(?![\d]|[./\-]\d)", 0.1),
    Pattern("date_text", rf"(?i)(?<![\w])({_DAY})(?:ste|de|e|er)?\s+({_MONTH_RE})\.?\s+({_YEAR})(?!\d)", 0.1),
    Pattern("date_text_en", rf"(?i)(?<![\w])({_MONTH_RE})\.?\s+({_DAY})(?:st|nd|rd|th)?,?\s+({_YEAR})(?!\d)", 0.1),
)
_DATE_PARSE = tuple(re.compile(p.regex) for p in _DATE_PATTERNS)


def _valid_date(candidate: str) -> bool:
    for kind, regex in enumerate(_DATE_PARSE):
        match = regex.fullmatch(candidate)
        if match is None:
            continue
        groups = match.groups()
        try:
            if kind == 0:
                day, month, year = int(groups[0]), int(groups[2]), int(groups[3])
            elif kind == 1:
                year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
            elif kind == 2:
                day, month, year = int(groups[0]), _MONTHS[groups[1].lower()], int(groups[2])
            else:
                month, day, year = _MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
            datetime.date(year, month, day)
        except (ValueError, KeyError):
            return False
        return True
    return False


BIRTHDATE = PatternRecognizer(
    entity="birthdate",
    patterns=_DATE_PATTERNS,
    context=(
        "geboren",
        "geboortedatum",
        "geboortedag",
        "geb.",
        "geb",
        "°",
        "born",
        "birth",
        "date of birth",
        "dob",
        "birthdate",
        "naissance",
        "date de naissance",
        "geboorte",
    ),
    exact_context=("né", "née", "né le", "née le", "né(e)"),  # not the Dutch "nee" nor the French "ne"
    validate=_valid_date,
    context_boost=0.75,
    min_score_with_context=0.8,
    min_score=0.5,  # a date alone is not a birth date: only with a context word
    context_before=30,
    require_context=True,
    prefilter=r"(?:19|20)\d\d",  # every date pattern holds a four-digit year
)

# A date of birth as eight digits, day month year ("12032010"; a protected file's password is often made of it):
# a real date, and a birth word before it in the same sentence. Such a number comes explained rather than
# labelled ("het wachtwoord is de geboortedatum van je zoon, in de vorm ddmmjjjj: ..."), so the birth word may
# stand further from it than from a written date (``BIRTHDATE``'s 30 characters), up to the sentence's start.
_COMPACT_DATE = re.compile(r"(?<![\w.,/\-])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)(?![\w]|[.,/\-]\d)")
COMPACT_BEFORE = 120  # characters before a compact date in which its birth word may stand
_SENTENCE_START = re.compile(r"[.!?][ \t]*\n|[.!?][ \t]+(?=[A-Z])|\n[ \t]*\n")


def _compact_date(value: str) -> bool:
    match = _COMPACT_DATE.fullmatch(value)
    if match is None:
        return False
    try:
        datetime.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return False
    return True


def _compact_birthdates(text: str) -> list[Result]:
    results: list[Result] = []
    for match in _COMPACT_DATE.finditer(text):
        start = match.start()
        if not _compact_date(match.group()):
            continue
        lo = max(0, start - COMPACT_BEFORE)
        for end in _SENTENCE_START.finditer(text, lo, start):
            lo = end.end()
        wide = dataclasses.replace(BIRTHDATE, context_before=start - lo)
        if (word := wide.context_word(text, start, match.end())) is not None:
            why = f"birthdate_compact 0.80; context '{word}' in its sentence"
            results.append(Result("birthdate", start, match.end(), match.group(), 0.8, "birthdate_compact", why))
    return results


# --------------------------------------------------------------------------- API used by other rules

# One scan finds every run of digits (with separators) of four characters or more; all four
# recognisers look only around these runs. A Python regex scan costs about as much as a pass
# over the text, so one shared scan instead of a dozen keeps a typical mail well under 0.1 ms.
_RUNS = re.compile(r"\d[\d .\-/()]{2,}\d")
# The same where every digit is ASCII, three times faster: \d looks up the Unicode category of
# every character it tries.
_RUNS_ASCII = re.compile(r"[0-9][0-9 .\-/()]{2,}[0-9]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_DIGIT = re.compile(r"\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _runs_pattern(text: str) -> re.Pattern[str]:
    """:data:`_RUNS_ASCII` unless the text holds a digit outside ASCII (Arabic-Indic,
    full-width); then :data:`_RUNS`."""
    if text.isascii():
        return _RUNS_ASCII
    return _RUNS if _DIGIT.search("".join(_NON_ASCII.findall(text))) else _RUNS_ASCII


@dataclass(frozen=True)
class _Runs:
    numbers: list[tuple[int, int]]  # runs of 7+ characters: telephone and national numbers
    accounts: list[tuple[int, int]]  # runs of 10+ characters with room for the IBAN's letters
    has_year: bool  # a date always has a four-digit year


def _runs(text: str) -> _Runs:
    numbers = []
    accounts = []
    has_year = False
    for match in _runs_pattern(text).finditer(text):
        start, end = match.span()
        if end - start >= 7:
            numbers.append((start - PHONE.margin, end + PHONE.margin))
        if end - start >= 10:
            accounts.append((start - 12, end + 40))
        if not has_year and _YEAR_RE.search(text, start, end):
            has_year = True
    return _Runs(merge_regions(numbers, len(text)), merge_regions(accounts, len(text)), has_year)


def find_phones(text: str) -> list[Result]:
    return PHONE.analyze(text, _runs(text).numbers)


# --------------------------------------------------------------------------- stated, not valid
# A number written in the national number's own format under its name ("rijksregisternummer van de
# begeleiders:" and a list of them), or an account number right after "IBAN" or a verb of paying into it
# ("te storten op"), whose check digits fail:
# a typo or a made-up digit does not make it less someone's identifier as the sender meant it.
_NN_STATED = re.compile(r"(?<![\d.])\d{2}\.(\d{2})\.(\d{2})-\d{3}\.\d{2}(?![\d]|[.\-]\d)")
STATED_BEFORE = 160  # characters before a stated national number in which its name must stand
_IBAN_STATED = re.compile(
    r"\b(?:iban|(?:bank)?rekening(?:nummer|nr)?|bank account(?: number)?|account number|compte(?: bancaire)?"
    # or an account named with a clause before the colon: "de rekening waarmee u betaalde:", "le compte que ... :"
    r"|(?:rekening|account|compte)(?: \w+){1,4}(?=:|[ \t]*\()"  # "... de rekening van de ouderraad (BE.."
    # or the account to pay into: "te storten op", "over te schrijven naar", "via overschrijving op", "à verser
    # sur", "par virement sur", "pay into"
    r"|(?:storten|stort|storting|overschrijven|overschrijving|overmaken|betalen|betaal|betaling|verser|virer"
    r"|virement|versement|pay|payment|transfer)(?: \w+)?"
    r" (?:op|naar|sur|au|into|to))"
    r"\b\W{0,4}$",
    re.IGNORECASE,
)


def _stated(text: str) -> list[Result]:
    results: list[Result] = []
    for match in _NN_STATED.finditer(text):
        month, day = int(match.group(1)) % 20, int(match.group(2))  # BIS numbers add 20 or 40 to the month
        if not (month <= 12 and day <= 31) or ssn.is_valid(match.group()):
            continue
        wide = dataclasses.replace(NATIONAL_NUMBER, context_before=STATED_BEFORE)
        if (word := wide.context_word(text, match.start(), match.end())) is not None:
            why = f"nn_stated 0.60; checksum fails; context '{word}'"
            results.append(Result("national_number", *match.span(), match.group(), 0.6, "nn_stated", why))
    for match in _IBAN_CANDIDATE.finditer(text):
        compact = match.group().replace(" ", "")
        if not _IBAN_STATED.search(text, max(0, match.start() - 48), match.start()) or _valid_iban(compact):
            continue
        # the format and length of that country, only the check digits fail: with them put right it is valid
        repaired = compact[:2] + std_iban.calc_check_digits(compact) + compact[4:]
        if std_iban.is_valid(repaired, check_country=False):
            why = "iban_stated 0.60; checksum fails; after 'IBAN'"
            results.append(Result("iban", *match.span(), match.group(), 0.6, "iban_stated", why))
    return results


# A column of a table whose header names birth dates ("Naam<TAB>Klas<TAB>Geboortedatum"): each row's date.
_TABLE_DELIMS = ("\t", ";", "|")
TABLE_ROWS = 500


def _table_birthdates(text: str) -> list[Result]:
    results: list[Result] = []
    if "\n" not in text:
        return results
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for index, line in enumerate(lines):
        delim = next((d for d in _TABLE_DELIMS if d in line), None)
        if len(line) > 300:
            continue
        if delim is None:
            results += _aligned_birthdates(lines, starts, index)
            continue
        cells = [c.strip() for c in line.split(delim)]
        column = next((i for i, c in enumerate(cells) if _birth_header(c)), None)
        if column is None:
            continue
        blank = 0
        for row_index in range(index + 1, min(len(lines), index + 1 + TABLE_ROWS)):
            if not lines[row_index].strip():
                blank += 1
                if blank > BLANK_BETWEEN_ROWS:
                    break
                continue  # an HTML table as a mail client writes it as text: blank lines between its rows
            blank = 0
            row = lines[row_index].rstrip("\r").split(delim)
            if len(row) != len(cells):
                break
            cell = row[column].strip()
            if (found := _column_birthdate(cell, starts[row_index] + lines[row_index].find(cell))) is not None:
                results.append(found)
    return results


BLANK_BETWEEN_ROWS = 3  # blank lines a table's rows may stand apart (HTML tables turned into text)


def _birth_header(cell: str) -> bool:
    """A table's header cell that names birth dates ("Geboortedatum", "geboren")."""
    return BIRTHDATE.context_word(cell, len(cell), len(cell)) is not None


def _column_birthdate(cell: str, start: int) -> Result | None:
    """A cell of a birth-date column, at ``start`` in the text: a birth date when it is a date (also as eight
    digits)."""
    if not (_valid_date(cell) or _compact_date(cell)):
        return None
    return Result("birthdate", start, start + len(cell), cell, 0.8, "birthdate_column", "date in a birth-date column")


# A table in plain text whose columns are aligned with spaces ("Naam          Geboortedatum   Club"), as a mail
# client writes an HTML table as text: a row's cell that starts where the birth word's header cell starts.
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
ALIGN_SLACK = 2  # characters a row's cell may start before or after its header cell


def _aligned_birthdates(lines: list[str], starts: list[int], index: int) -> list[Result]:
    header = lines[index].rstrip("\r")
    cells = list(_ALIGNED_CELL.finditer(header))
    if len(cells) < 3:
        return []
    column = next((c for c in cells if _birth_header(c.group())), None)
    if column is None:
        return []
    results: list[Result] = []
    for row_index in range(index + 1, min(len(lines), index + 1 + TABLE_ROWS)):
        row = lines[row_index].rstrip("\r")
        if not row.strip():
            break
        for cell in _ALIGNED_CELL.finditer(row):
            aligned = abs(cell.start() - column.start()) <= ALIGN_SLACK
            if aligned and (found := _column_birthdate(cell.group(), starts[row_index] + cell.start())) is not None:
                results.append(found)
    return results


_COMPANY_NUMBER = re.compile(
    r"(?:ondernemingsn(?:umme)?r|kbo(?:-?n(?:umme)?r)?|btw(?:-?n(?:umme)?r)?|tva|vat(?: number)?"
    r"|n(?:um[ée]ro|°) d'entreprise|enterprise number|company number)\W{0,3}(?:is|est|:)?\W{0,3}(?:BE)?\W{0,2}$",
    re.IGNORECASE,
)


def find_national_numbers(text: str) -> list[Result]:
    return NATIONAL_NUMBER.analyze(text, _runs(text).numbers)


def find_birthdates(text: str) -> list[Result]:
    return BIRTHDATE.analyze(text)


def detect(text: str) -> list[Result]:
    """Every personal identifier in ``text``, overlaps resolved (an IBAN or a
    rijksregisternummer is not also read as a telephone number)."""
    runs = _runs(text)
    found = [*NATIONAL_NUMBER.analyze(text, runs.numbers), *find_ibans(text, regions=runs.accounts)]
    if runs.has_year:
        found += BIRTHDATE.analyze(text)
        found += _table_birthdates(text)
        found += _compact_birthdates(text)
    found += _stated(text)
    for result in PHONE.analyze(text, runs.numbers):
        if _COMPANY_NUMBER.search(text, max(0, result.start - 40), result.start):
            continue  # "ons ondernemingsnummer is 0418.765.432": a company's number, not a telephone
        if all(result.end <= r.start or result.start >= r.end for r in found):
            found.append(result)
    return resolve_overlaps(found)


def compact_identifier(value: str) -> str:
    """Digits and letters only, upper-case, Belgian and Dutch numbers in their national form
    (``+32 (0)16 12 34 56`` -> ``016123456``): how ``ignore`` entries are compared."""
    value = value.strip()
    if value.startswith("+"):
        value = "00" + value[1:]
    key = "".join(ch for ch in value.upper() if ch.isalnum())
    if key.startswith(("0032", "0031")):
        key = "0" + key[4:].removeprefix("0")
    return key


# --------------------------------------------------------------------------- rule


class Config(RuleConfig):
    """``categories``: which kinds are reported. ``ignore``: numbers never reported, in any
    format (the school's own telephone numbers and bank accounts). ``max_chars``: characters read
    per text part (bounds the work on huge mails)."""

    action: Action = Action.FORWARD
    message: str = "Uw bericht bevat persoonsgegevens (telefoonnummer, rijksregisternummer, IBAN of geboortedatum)."
    categories: tuple[Category, ...] = CATEGORIES
    ignore: tuple[str, ...] = ()
    max_chars: int = Field(default=2_000_000, ge=1000)

    _ignore: frozenset[str] = PrivateAttr(default=frozenset())

    @field_validator("ignore")
    @classmethod
    def _ignore_entries(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            if len(compact_identifier(entry)) < 6:
                raise ValueError(f"{entry!r} is not a telephone number or account number")
        return value

    def model_post_init(self, __context: object) -> None:
        self._ignore = frozenset(compact_identifier(entry) for entry in self.ignore)

    def ignored(self, value: str) -> bool:
        return bool(self._ignore) and compact_identifier(value) in self._ignore


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.personal_data
    wanted = set(config.categories)
    values: dict[str, dict[str, None]] = {}
    scores: dict[str, float] = {}
    for text in (message.subject, *(part.text for part in message.text_parts)):
        for result in detect(text[: config.max_chars]):
            if result.entity not in wanted or config.ignored(result.text):
                continue
            values.setdefault(result.entity, {})[mask_digits(" ".join(result.text.split()))] = None
            scores[result.entity] = max(scores.get(result.entity, 0.0), result.score)
    return [
        Finding(
            rule="personal_data",
            category=category,
            severity=Severity.INFO,
            reason=REASONS[category],
            evidence=tuple(list(values[category])[:EVIDENCE_VALUES]),
            score=scores[category],
        )
        for category in CATEGORIES
        if category in values
    ]


RULE = Rule(
    id="personal_data",
    description="Persoonsgegevens: telefoonnummers, rijksregisternummers, IBAN, geboortedata",
    paragraph="§2",
    config=Config,
    check=check,
)
