"""``password``: a usable credential in the mail (§3 "Verzend nooit een wachtwoord ... via email").

How it reads text (Dutch, English, French):

1. A keyword: wachtwoord/paswoord (also in compounds: startwachtwoord, wifiwachtwoord), password,
   passwd, passphrase, passcode, mot de passe, toegangscode, inlogcode, netwerksleutel, wifi-code, and
   the short forms ww, pw, pwd, mdp, pin, code (weak keywords: they need a clearly secret value).
2. Optionally a short qualifier (at most six words, no sentence punctuation): "voor de toetsomgeving",
   "van de wifi", "Classroom", "tijdelijk".
3. A separator: ``:``, ``=``, ``is``, ``luidt``, ``est``, or nothing when the value is clearly a secret
   ("gebruikersnaam jan en wachtwoord Zomer2024!").
4. The value: the next token (on the same line, or on the next line after a trailing ``:``). It is judged
   on its own: mixed letters and digits, inner capitals, symbols, passphrases of joined words
   (``paarse-olifant-danst-traag``) are secrets; masked values (``********``, ``xxxx``), placeholders
   (``<uw wachtwoord>``, ``(volgt via sms)``), URLs, e-mail addresses, dates and times are not; a plain
   word is a secret only after a strong keyword with ``:`` or ``=`` at the end of a line and when it is not
   one of the ordinary words that follow "wachtwoord" in prose (vergeten, verlopen, wijzigen, zie, ...).

Tables (HTML converted to text puts each cell on its own line; CSV and text attachments have delimited
rows): a header cell that is a password keyword followed by rows whose cell in that column is a secret.

Evidence is a short context with the value masked: ``wachtwoord: Z********!``. The value itself is never
stored in a finding.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import Field

from discretie.config import RuleConfig
from discretie.model import Action, Finding, Message, Severity
from discretie.redact import mask
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

MAX_SCAN_CHARS = 2_000_000  # per text part: credentials are short mails, not 10 MB reports
MAX_EVIDENCE = 3

_STRONG = (
    r"[a-z]*wachtwoord(?:en)?|[a-z]*paswoord(?:en)?|passwoord|wachtzin|passwords?|passwd|passphrase|passcode"
    r"|mot(?:s)? de passe|toegangscode|inlogcode|logincode|netwerksleutel|wifi-?sleutel|wpa-?sleutel"
    r"|wifi-?code|wifi-?key|wi-fi-?code|wifi-?wachtwoord|cl[ée] wifi|code d'acc[eè]s"
)
_WEAK = r"ww|pw|pwd|pass|mdp|pin|pincode|code|sleutel"
_KEYWORD_SOURCE = rf"(?<![\w@./-])(?P<kw>{_STRONG}|{_WEAK})(?![\w@/-])"
_KEYWORD = re.compile(_KEYWORD_SOURCE, re.IGNORECASE)
# Case-insensitive matching is several times slower in Python's re: scan lower-cased text instead.
_KEYWORD_LOWER = re.compile(_KEYWORD_SOURCE)
_STRONG_LOWER = re.compile(rf"(?<![\w@./-])(?:{_STRONG})(?![\w@/-])")

# After the keyword: an optional qualifier of at most six words, then a separator, then the value.
_TAIL_SOURCE = (
    r"(?P<qual>(?:[ \t]+[\w'’()-]+){0,6}?)"
    r"[ \t]*(?P<sep>:|=|\bis\b:?|\bluidt\b:?|\best\b:?|\bzijn\b:)"
    r"[ \t]*(?P<nl>\r?\n[ \t>]*)?"
    r"(?:(?:nu|voortaan|vanaf nu|now|maintenant|d[ée]sormais)[ \t]+)?"  # "is nu X", "is now X"
    r"(?P<value>\S+)?"
)
_TAIL = re.compile(_TAIL_SOURCE, re.IGNORECASE)
_TAIL_LOWER = re.compile(_TAIL_SOURCE)
_DIRECT = re.compile(r"[ \t]+(?P<value>\S+)")
# "je kan nu aanmelden met Start-4821-Kw", "log in with Xy7-..." (only near a password keyword)
_LOGIN_WITH = re.compile(
    r"(?i)\b(?:aanmelden|inloggen|log\s*in|login|sign\s*in|se\s+connecter)\s+(?:met|with|avec)\s+(?P<value>\S+)"
)
NEAR = 400  # characters before a login phrase in which a password keyword must occur

# Words that follow "wachtwoord:"/"password is" in ordinary prose, or introduce an example.
_PROSE = frozenset(
    """
    vergeten verlopen vervallen wijzigen gewijzigd veranderen veranderd aanpassen aangepast instellen
    ingesteld opnieuw kwijt zie volgt via is niet nooit nog ook hetzelfde zelfde dezelfde onbekend leeg
    geheim persoonlijk sterk zwak in op aan van voor met bij de het een je jouw uw mijn zijn was wordt werd
    hoofdlettergevoelig vereist verplicht nodig ingevuld invullen kiezen kies maken maak minstens minimaal
    maximaal tekens karakters bv bijvoorbeeld zoals bijv vb nl namelijk dit dat deze die welke wat hier daar
    aanvragen aangevraagd resetten gereset herstellen vragen gevraagd bekend ontvangen krijg krijgt
    geldig ongeldig fout juist correct verkeerd klopt vergrendeld geblokkeerd tijdelijk nieuw nieuwe oud oude
    the your my our his her their a an is was has have expired forgot forgotten reset required changed change
    same none unknown never not please see below above example e.g eg like such must should will can
    votre ton mon le la les un une est oublié oublie expiré expire requis changé personnel voir suit
    n/a nvt tbd todo ... - – — ? !
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_MASK = re.compile(r"^[*•·x#?_.\-–—●]+$", re.IGNORECASE)
_PLACEHOLDER_OPEN = ("<", "[", "(", "{", "«", "‹", "…", "...")
_URLISH = re.compile(r"(?i)^(?:https?://|www\.|[\w.+-]+@[\w-]+\.[\w.-]+)|/")
_DATE_TIME = re.compile(r"^\d{1,4}([/.:-])\d{1,2}(?:\1\d{1,4})?(?:u\d{0,2})?$|^\d{1,2}u\d{0,2}$|^\d{1,2}(?:h|u)$")
_TRAIL = "\"'’”»,;.)]}"
_LEAD = "\"'‘“«([{"


class Config(RuleConfig):
    action: Action = Action.REJECT
    message: str = (
        "Uw bericht bevat een wachtwoord. §3: verzend nooit een wachtwoord per e-mail, "
        "voor eender welk platform. Deel het via een ander kanaal of laat de gebruiker het zelf instellen."
    )
    min_length: int = Field(default=4, ge=1, description="shortest value that can be a secret")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # where the evidence context begins (the keyword)
    value_start: int
    value_end: int
    value: str
    table: bool = False


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _clean(token: str) -> str:
    token = token.lstrip(_LEAD)
    while token and token[-1] in _TRAIL:
        # a closing bracket or quote that was opened inside the token belongs to it
        if token[-1] in ")]}" and token.count({")": "(", "]": "[", "}": "{"}[token[-1]]) >= token.count(token[-1]):
            break
        token = token[:-1]
    return token


def _classes(token: str) -> tuple[bool, bool, bool, bool]:
    lower = any(c.islower() for c in token)
    upper_inner = any(c.isupper() for c in token[1:])
    digit = any(c.isdigit() for c in token)
    symbol = any(not c.isalnum() for c in token)
    return lower, upper_inner, digit, symbol


def strength(token: str, min_length: int) -> str:
    """``strong`` (clearly a secret), ``word`` (a plain word: a secret only in a tight layout) or ``no``."""
    if len(token) < min_length or len(token) > 64:
        return "no"
    if _MASK.match(token) or token.startswith(_PLACEHOLDER_OPEN) or _URLISH.search(token):
        return "no"
    if _DATE_TIME.match(token):
        return "no"
    folded = _fold(token).strip(".:;,!?")
    if folded in _PROSE or _KEYWORD.fullmatch(folded):
        return "no"
    parts = [p for p in re.split(r"[-_.+]", token) if p]
    if len(parts) >= 3 and all(p.isalpha() for p in parts) and len(token) >= 12:
        return "strong"  # a passphrase of joined words
    lower, upper_inner, digit, symbol = _classes(token)
    letters = any(c.isalpha() for c in token)
    if token.isdigit():
        return "strong" if len(token) >= 6 else "pin"
    if letters and digit and len(token) >= 6:
        return "strong"
    if letters and (symbol or upper_inner) and lower and len(token) >= 6:
        return "strong"
    if token.isalpha() and len(token) >= 6:
        return "word"
    return "no"


_PIN_KEYWORDS = frozenset(
    {"pin", "pincode", "toegangscode", "inlogcode", "logincode", "passcode", "wifi-code", "wificode"}
)
# bare "code" is a credential only about logging in: "code om in te loggen", "wifi: X, code: Y"
_CODE_CONTEXT = re.compile(r"log|aanmeld|wi-?fi|toegang|smartschool|account|netwerk|portaal|connex|acc[eè]s")
# bare "sleutel" is a credential only about a network: "de sleutel van SPC-Gasten is nu ..."
_KEY_CONTEXT = re.compile(r"wi-?fi|netwerk|ssid|wpa|draadloos|router|gast|guest|hotspot")
_WEAK_WORDS = frozenset(_WEAK.split("|"))


def _accept(kind: str, weak: bool, tight: bool, keyword: str) -> bool:
    if kind == "strong":
        return True
    if kind == "pin":
        return keyword in _PIN_KEYWORDS
    return kind == "word" and not weak and tight


def _line_end(text: str, pos: int) -> bool:
    """Nothing but spaces, or a closing quote, up to the end of the line."""
    rest = text[pos : pos + 40]
    stop = rest.find("\n")
    tail = rest if stop < 0 else rest[:stop]
    return tail.strip(" \t\r\"'’”") == ""


def _keywords(text: str) -> tuple[str, list[re.Match[str]]]:
    """(the text to match on, keyword matches). Lower-cased when offsets line up (true unless rare
    letters change length when lower-cased); matching lower-case text case-sensitively is fast."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower, list(_KEYWORD_LOWER.finditer(lower))
    return text, list(_KEYWORD.finditer(text))


def _inline_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    """``scan`` is ``text`` or its lower-cased twin (same offsets); values are cut from ``text``."""
    tail_re = _TAIL_LOWER if scan is not text else _TAIL
    hits: list[_Hit] = []
    for match in matches:
        keyword = match.group("kw").lower()
        weak = keyword in _WEAK_WORDS
        if keyword in ("code", "sleutel"):
            context = scan[max(0, match.start() - 40) : match.end() + 60]
            pattern = _CODE_CONTEXT if keyword == "code" else _KEY_CONTEXT
            if pattern.search(context.lower() if scan is text else context) is None:
                continue
        end = match.end()
        tail = tail_re.match(scan, end)
        if tail is not None and tail.group("value"):
            qual = tail.group("qual").strip()
            if weak and keyword not in ("code", "sleutel") and len(qual.split()) > 3:
                tail = None
            if tail is not None and any(ch in qual for ch in ".?!;,"):
                tail = None
        if tail is not None and tail.group("value"):
            raw_value = text[tail.start("value") : tail.end("value")]
            if raw_value.startswith(_PLACEHOLDER_OPEN):  # <uw wachtwoord>, [wachtwoord], (volgt via sms)
                continue
            value = _clean(raw_value)
            value_start = tail.start("value") + raw_value.find(value) if value else tail.start("value")
            sep = tail.group("sep").lower().rstrip(":")
            tight = sep in (":", "=", "") and not tail.group("qual").strip() and _line_end(text, tail.end("value"))
            kind = strength(value, min_length)
            if _accept(kind, weak, tight or (bool(tail.group("nl")) and not weak), keyword):
                hits.append(_Hit(match.start(), value_start, value_start + len(value), value))
            continue
        if weak:
            continue
        direct = _DIRECT.match(text, end)
        if direct is not None and not weak:
            value = _clean(direct.group("value"))
            if strength(value, min_length) == "strong":
                start = direct.start("value") + direct.group("value").find(value)
                hits.append(_Hit(match.start(), start, start + len(value), value))
    for match in _LOGIN_WITH.finditer(text):
        value = _clean(match.group("value"))
        if strength(value, min_length) != "strong":
            continue
        window = text[max(0, match.start() - NEAR) : match.end() + NEAR]
        if not any(re.fullmatch(_WEAK, _fold(k.group("kw"))) is None for k in _KEYWORD.finditer(window)):
            continue
        start = match.start("value") + match.group("value").find(value)
        hits.append(_Hit(match.start(), start, start + len(value), value))
    return hits


_DELIMS = (";", "\t", ",", "|")


def _table_hits(text: str, min_length: int) -> list[_Hit]:
    """Password columns: an HTML table as text (one cell per line) or delimited rows (CSV, TSV)."""
    hits: list[_Hit] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 400:
            continue
        delim = next((d for d in _DELIMS if d in stripped), None)
        if delim is not None:
            cells = [c.strip().strip('"') for c in stripped.split(delim)]
            column = next((i for i, c in enumerate(cells) if len(c) <= 40 and _KEYWORD.fullmatch(_last_words(c))), None)
            if column is None:
                continue
            for row_index in range(index + 1, min(len(lines), index + 200)):
                row = lines[row_index].strip()
                if not row:
                    continue
                values = [c.strip().strip('"') for c in row.split(delim)]
                if len(values) <= column:
                    break
                value = values[column]
                if strength(value, min_length) in ("strong", "word"):
                    start = offsets[row_index] + lines[row_index].find(value)
                    hits.append(_Hit(offsets[index], start, start + len(value), value, table=True))
            continue
        if len(stripped) <= 40 and _KEYWORD.fullmatch(_last_words(stripped)):
            keyword = _KEYWORD.fullmatch(_last_words(stripped)).group("kw")  # type: ignore[union-attr]
            if keyword.lower() in _WEAK_WORDS:
                continue
            seen = 0
            for row_index in range(index + 1, min(len(lines), index + 60)):
                cell = lines[row_index].strip()
                if not cell:
                    continue
                seen += 1
                if seen > 12:
                    break
                if " " in cell or _KEYWORD.fullmatch(_last_words(cell)):
                    continue
                value = _clean(cell)
                if strength(value, min_length) == "strong":
                    start = offsets[row_index] + lines[row_index].find(value)
                    hits.append(_Hit(offsets[index], start, start + len(value), value, table=True))
                    break
    return hits


def _last_words(cell: str) -> str:
    """A header cell such as "tijdelijk wachtwoord" or "Wachtwoord:": its keyword part."""
    cell = cell.strip().rstrip(":").strip()
    words = cell.split()
    return words[-1] if words and len(words) <= 3 else cell


def find(message: Message, config: Config) -> list[tuple[str, _Hit]]:
    """(text, hit) pairs for every credential in the subject and the text parts."""
    found: list[tuple[str, _Hit]] = []
    texts = [message.subject, *(part.text for part in message.text_parts)]
    for text in texts:
        if not text:
            continue
        text = text[:MAX_SCAN_CHARS]
        scan, matches = _keywords(text)
        if not matches:
            continue
        hits = _inline_hits(text, scan, matches, config.min_length)
        if any(m.group("kw").lower() not in _WEAK_WORDS for m in matches):
            hits += _table_hits(text, config.min_length)  # a password column needs a strong header
        found.extend((text, hit) for hit in hits)
    return found


def _evidence(text: str, hit: _Hit) -> str:
    """The words before the value on its own line (at most 40 characters) and the masked value:
    ``…nieuwe wachtwoord: [Z********!]``. Nothing after the value: it may be more personal data."""
    line_start = text.rfind("\n", 0, hit.value_start) + 1
    lead = " ".join(text[max(line_start, hit.value_start - 40) : hit.value_start].split())
    if not lead:  # the value is on its own line: show the line before it (a label or a table header)
        prev_end = text.rfind("\n", 0, max(0, line_start - 1))
        before = text[: max(0, line_start - 1)].rstrip()
        lead = " ".join(before[max(prev_end + 1, len(before) - 40) :].split())[-40:]
    return f"…{lead} [{mask(hit.value)}]"


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.password
    found = find(message, config)
    if not found:
        return []
    rows = [hit for _, hit in found if hit.table]
    table = len({hit.value for hit in rows}) >= 2  # one label/value pair in cells is not a list
    evidence: dict[str, None] = {}
    if table:
        evidence[f"tabel met {len({h.value for h in rows})} wachtwoorden, bv. [{mask(rows[0].value)}]"] = None
    for text, hit in found:
        if len(evidence) >= MAX_EVIDENCE:
            break
        if not (hit.table and table):
            evidence.setdefault(_evidence(text, hit), None)
    return [
        Finding(
            rule="password",
            category="credential_table" if table else "credential",
            severity=Severity.HIGH,
            reason=(
                "Er staat een lijst met wachtwoorden in het bericht."
                if table
                else "Er staat een wachtwoord of inlogcode in het bericht."
            ),
            evidence=tuple(evidence),
        )
    ]


RULE = Rule(
    id="password",
    description="Wachtwoorden en inloggegevens in de e-mail",
    paragraph="§3",
    config=Config,
    check=check,
)
