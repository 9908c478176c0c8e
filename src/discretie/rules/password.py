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

Not counted: a passcode in a Teams/Zoom/Webex invitation (``ignore_meeting_passcodes``), a qualifier about
resetting or choosing (``wachtwoord resetten met deze code: 482913``), a general statement (``een sterk
wachtwoord is ...``), platform names (``Wachtwoord: Smartschool``), compounds such as ``2FA-beveiligd``.
``.txt``/``.csv``/``.tsv`` attachments declared with a non-text type (Excel labels CSV files
``application/vnd.ms-excel``) are read as text by ``message.parse`` for every rule.

Evidence is a short context with the value masked: ``wachtwoord: [********]`` (a fixed mask: no character
and no length of the value); any other secret-looking token in that context is masked too, and no value
found anywhere in the message survives in clear in any evidence line. The value itself is never stored in a finding.

Bounded work: a cheap literal pass finds keyword candidates, the full keyword regex runs only around them; at
most ``MAX_KEYWORDS`` keywords and ``TABLE_ROWS`` table rows per text part, text parts read up to
``MAX_SCAN_CHARS``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Callable
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
# "/" after a keyword only as in "sleutel/code:" or "wachtwoord/pincode =" (not a URL path)
_KEYWORD_SOURCE = rf"(?<![\w@./-])(?P<kw>{_STRONG}|{_WEAK})(?![\w@-])(?!/(?![\w-]{{1,20}}[ \t]*[:=]))"
_KEYWORD = re.compile(_KEYWORD_SOURCE, re.IGNORECASE)
# Case-insensitive matching is several times slower in Python's re: scan lower-cased text instead.
_KEYWORD_LOWER = re.compile(_KEYWORD_SOURCE)
_STRONG_LOWER = re.compile(rf"(?<![\w@./-])(?:{_STRONG})(?![\w@-])(?!/(?![\w-]{{1,20}}[ \t]*[:=]))")
# Cheap first pass (a few ns per character): every keyword above contains one of these. The full
# keyword regex (a flat alternation with look-arounds, ~30 ns per character) then only runs in a
# small window around each of them.
_QUICK = re.compile(r"wacht[wz]|pas+w|pass|pw|ww|mdp|pin|code|sleutel|key|mots? de passe|cl[ée] wifi")
MAX_KEYWORDS = 5000  # keyword matches examined per text part: bounded work on hostile input
TABLE_ROWS = 20_000  # table rows read per text part, under all header lines together

# After the keyword: an optional qualifier of at most six words, then a separator, then the value.
_TAIL_SOURCE = (
    r"(?P<qual>(?:[ \t\xa0]*/[ \t\xa0]*[\w-]{1,20})?(?:[ \t\xa0]+[\w'’()-]+){0,6}?)"
    r"[ \t\xa0]*(?P<sep>:|=|\bis\b:?|\bluidt\b:?|\bwordt\b:?|\bblijft\b:?|\best\b:?|\bzijn\b:)"
    r"[ \t\xa0]*(?P<nl>\r?\n[ \t\xa0>]*)?"
    r"(?:(?:nu|voortaan|vanaf nu|now|maintenant|d[ée]sormais)[ \t\xa0]+)?"  # "is nu X", "is now X"
    r"(?P<value>\S+)?"
)
_TAIL = re.compile(_TAIL_SOURCE, re.IGNORECASE)
_TAIL_LOWER = re.compile(_TAIL_SOURCE)
_DIRECT = re.compile(r"[ \t\xa0]+(?P<value>\S+)")
# a qualifier about resetting or choosing: "wachtwoord resetten met deze code: 482913"
_HOWTO_QUAL = re.compile(
    r"\b(?:reset\w*|opnieuw|instellen|herstel\w*|wijzig\w*|verander\w*|vergeten|kiezen|kies|aanvragen|aanmaken"
    r"|forgot\w*|change|choose|oubli\w*|changer|choisir|r[ée]initialis\w*)\b"
)
# "je kan nu aanmelden met Start-4821-Kw", "log in with Xy7-..." (only near a password keyword)
_LOGIN_WITH = re.compile(  # run on the lower-cased text
    r"\b(?:aanmelden|inloggen|log\s*in|login|sign\s*in|se\s+connecter)\s+(?:met|with|avec)\s+(?P<value>\S+)"
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
    smartschool office microsoft google teams outlook classroom bookwidgets diddit scoodle bingel wisa
    informat toledo itslearning moodle eduroam wifi wi-fi
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_MASK = re.compile(r"^[*•·x#?_.\-–—●]+$|[*•●]{3,}", re.IGNORECASE)
_PLACEHOLDER_OPEN = ("<", "[", "(", "{", "«", "‹", "…", "...")
_URLISH = re.compile(r"(?i)^(?:https?://|www\.|[\w.+-]+@[\w-]+\.[\w.-]+)|/")
_DATE_TIME = re.compile(r"^\d{1,4}([/.:-])\d{1,2}(?:\1\d{1,4})?(?:u\d{0,2})?$|^\d{1,2}u\d{0,2}$|^\d{1,2}(?:h|u)$")
# a Dutch compound of a short code with letters and digits and a lower-case word: 2FA-beveiligd, A4-formaat
_COMPOUND = re.compile(
    r"^(?:(?=[a-z]{0,3}\d)(?=\d{0,3}[a-z])[a-z\d]{2,4}-[a-zà-ÿ]{5,}|[a-zà-ÿ]{5,}-(?=[a-z]{0,3}\d)(?=\d{0,3}[a-z])[a-z\d]{2,4})$",
    re.IGNORECASE,
)
_TRAIL = "\"'’”»,;.)]}"
_LEAD = "\"'‘“«([{"


# An online-meeting invitation: its passcode only opens that meeting and is meant for every invitee.
_MEETING = re.compile(
    r"vergader(?:ings)?-?\s?id|meeting\s?id|webinar\s?id|id de (?:la )?r[ée]union|teams\.microsoft\.com"
    r"|zoom\.us/|webex|meet\.google|deelnemen aan (?:de|deze|een)?\s?(?:microsoft teams-|zoom-)?(?:vergadering|meeting)"
    r"|join (?:the |this )?(?:zoom |teams )?meeting|participer à la r[ée]union|teams-vergadering|zoom-vergadering"
)
MEETING_NEAR = 500  # characters either side of a keyword searched for meeting words
# "een sterk wachtwoord is ...", "a strong password is ...": a statement about passwords in general
_GENERIC = re.compile(
    r"\b(?:een|a|un|une)\s+(?:heel\s+|zeer\s+|erg\s+|very\s+|goed\s+)?(?:slecht|zwak|sterk|goed|veilig|onveilig"
    r"|makkelijk|moeilijk|weak|strong|bad|good|secure|safe|fort|faible|bon|mauvais)e?\s+$"
)


class Config(RuleConfig):
    action: Action = Action.REJECT
    message: str = (
        "Uw bericht bevat een wachtwoord. §3: verzend nooit een wachtwoord per e-mail, "
        "voor eender welk platform. Deel het via een ander kanaal of laat de gebruiker het zelf instellen."
    )
    min_length: int = Field(default=4, ge=1, description="shortest value that can be a secret")
    ignore_meeting_passcodes: bool = Field(
        default=True, description="a passcode in a Teams/Zoom/Webex invitation is not a finding"
    )


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # where the evidence context begins (the keyword)
    value_start: int
    value: str
    table: bool = False
    where: str = ""  # the place in a document attachment ("bijlage x.xlsx, blad 3B, rij 14")


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
    if _MASK.search(token) or token.startswith(_PLACEHOLDER_OPEN) or _URLISH.search(token):
        return "no"
    if _DATE_TIME.match(token):
        return "no"
    folded = _fold(token).strip(".:;,!?")
    if folded in _PROSE or _KEYWORD.fullmatch(folded):
        return "no"
    if _COMPOUND.match(token):
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
# "wachtwoord/pincode: 4821": the qualifier makes a short number a PIN
_PIN_QUAL = re.compile(r"[ \t\xa0]*/[ \t\xa0]*(?:pin|pin-?code|code|toegangscode)\b", re.IGNORECASE)
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
    """(the lower-cased text, keyword matches in it). Matching lower-case text case-sensitively is
    fast; the few letters whose lower case has another length are left as they are, so offsets in
    the lower-cased twin are offsets in ``text``. The full keyword regex runs only in windows
    around the hits of the cheap ``_QUICK`` pass, and at most ``MAX_KEYWORDS`` matches are kept."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    matches: list[re.Match[str]] = []
    pos = last_end = 0
    while len(matches) < MAX_KEYWORDS:
        quick = _QUICK.search(lower, pos)
        if quick is None:
            break
        lo, hi = max(pos, quick.start() - 40), min(len(lower), quick.end() + 40)
        for found in _KEYWORD_LOWER.finditer(lower, lo, hi):
            match: re.Match[str] | None = found
            if found.end() >= hi and hi < len(lower):
                # the window end looks like the end of the text to the regex: judge it on the whole text
                match = _KEYWORD_LOWER.match(lower, found.start())
            if match is None:
                continue
            if match.start() >= last_end:
                matches.append(match)
                last_end = match.end()
        pos = max(hi, last_end)
    return lower, matches[:MAX_KEYWORDS]


def _inline_hits(
    text: str, scan: str, matches: list[re.Match[str]], min_length: int, skip_meetings: bool = True
) -> list[_Hit]:
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
        near = scan[max(0, match.start() - MEETING_NEAR) : match.end() + MEETING_NEAR]
        if skip_meetings and _MEETING.search(near if scan is not text else near.lower()):
            continue
        before = scan[max(0, match.start() - 40) : match.start()]
        if _GENERIC.search(before if scan is not text else before.lower()):
            continue
        end = match.end()
        tail = tail_re.match(scan, end)
        if tail is not None and tail.group("value"):
            qual = tail.group("qual").strip()
            if weak and keyword not in ("code", "sleutel") and len(qual.split()) > 3:
                tail = None
            if tail is not None and any(ch in qual for ch in ".?!;,"):
                tail = None
            if tail is not None and _HOWTO_QUAL.search(qual.lower()):
                continue
        if tail is not None and tail.group("value"):
            raw_value = text[tail.start("value") : tail.end("value")]
            if raw_value.startswith(_PLACEHOLDER_OPEN):  # <uw wachtwoord>, [wachtwoord], (volgt via sms)
                continue
            value = _clean(raw_value)
            value_start = tail.start("value") + raw_value.find(value) if value else tail.start("value")
            sep = tail.group("sep").lower().rstrip(":")
            tight = sep in (":", "=", "") and not tail.group("qual").strip() and _line_end(text, tail.end("value"))
            kind = strength(value, min_length)
            if _PIN_QUAL.match(tail.group("qual")):
                keyword = "pincode"  # "wachtwoord/pincode: 4821"
            if _accept(kind, weak, tight or (bool(tail.group("nl")) and not weak), keyword):
                hits.append(_Hit(match.start(), value_start, value))
            continue
        if weak:
            continue
        direct = _DIRECT.match(text, end)
        if direct is not None and not weak:
            value = _clean(direct.group("value"))
            if strength(value, min_length) == "strong":
                start = direct.start("value") + direct.group("value").find(value)
                hits.append(_Hit(match.start(), start, value))
    for match in _login_phrases(scan, matches):
        value = _clean(text[match.start("value") : match.end("value")])
        if strength(value, min_length) != "strong":
            continue
        window = text[max(0, match.start() - NEAR) : match.end() + NEAR]
        if not any(re.fullmatch(_WEAK, _fold(k.group("kw"))) is None for k in _KEYWORD.finditer(window)):
            continue
        start = match.start("value") + text[match.start("value") : match.end("value")].find(value)
        hits.append(_Hit(match.start(), start, value))
    return hits


def _login_phrases(scan: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Login phrases that start within ``NEAR`` characters of a keyword (only there can they count)."""
    spans: list[list[int]] = []
    for keyword in matches:
        lo, hi = max(0, keyword.start() - NEAR - 80), keyword.end() + NEAR
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    found: list[re.Match[str]] = []
    for lo, hi in spans:
        found.extend(m for m in _LOGIN_WITH.finditer(scan, lo, min(len(scan), hi + 200)) if m.start() < hi)
    return found


_DELIMS = (";", "\t", ",", "|")
_ALIGNED = re.compile(r"[ \xa0]{2,}")  # columns of a plain-text table aligned with spaces


def _split(line: str, delim: str) -> list[str]:
    cells = _ALIGNED.split(line) if delim == "  " else line.split(delim)
    return [c.strip().strip('"') for c in cells]


def _table_hits(text: str, min_length: int, keywords: list[re.Match[str]]) -> list[_Hit]:
    """Password columns: an HTML table as text (one cell per line) or delimited rows (CSV, TSV).
    Only lines that hold a keyword can be a header line."""
    hits: list[_Hit] = []
    lines = text.splitlines(keepends=True)
    offsets = [0, *itertools.accumulate(len(line) for line in lines)]
    budget = TABLE_ROWS  # rows read under all header lines together: bounded work on hostile input
    for index in sorted({bisect.bisect_right(offsets, k.start()) - 1 for k in keywords}):
        if index >= len(lines) or budget <= 0:
            continue
        line = lines[index]
        stripped = line.strip()
        if not stripped or len(stripped) > 400:
            continue
        delim = next((d for d in _DELIMS if d in stripped), None)
        if delim is None and _ALIGNED.search(stripped):
            delim = "  "
        if delim is not None:
            cells = _split(stripped, delim)
            column = next((i for i, c in enumerate(cells) if len(c) <= 40 and _KEYWORD.fullmatch(_last_words(c))), None)
            if column is None:
                continue
            for row_index in range(index + 1, min(len(lines), index + 200, index + 1 + budget)):
                budget -= 1
                row = lines[row_index].strip()
                if not row:
                    continue
                values = _split(row, delim)
                if len(values) <= column:
                    break
                value = values[column]
                if strength(value, min_length) in ("strong", "word"):
                    start = offsets[row_index] + lines[row_index].find(value)
                    hits.append(_Hit(offsets[index], start, value, table=True))
            continue
        if len(stripped) <= 40 and _KEYWORD.fullmatch(_last_words(stripped)):
            keyword = _KEYWORD.fullmatch(_last_words(stripped)).group("kw")  # type: ignore[union-attr]
            if keyword.lower() in _WEAK_WORDS:
                continue
            seen = 0
            for row_index in range(index + 1, min(len(lines), index + 60, index + 1 + budget)):
                budget -= 1
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
                    hits.append(_Hit(offsets[index], start, value, table=True))
                    break
    return hits


def _last_words(cell: str) -> str:
    """A header cell such as "tijdelijk wachtwoord" or "Wachtwoord:": its keyword part."""
    cell = cell.strip().rstrip(":").strip()
    words = cell.split()
    return words[-1] if words and len(words) <= 3 else cell


def find(message: Message, config: Config) -> list[tuple[str, _Hit]]:
    """(text, hit) pairs for every credential in the subject, the text parts and .txt/.csv/.tsv
    attachments that were declared with a non-text type (Excel labels CSV files application/vnd.ms-excel)."""
    found: list[tuple[str, _Hit]] = []
    for text, where in _texts(message):
        if not text:
            continue
        text = text[:MAX_SCAN_CHARS]
        scan, matches = _keywords(text)
        if not matches:
            continue
        hits = _inline_hits(text, scan, matches, config.min_length, config.ignore_meeting_passcodes)
        if any(m.group("kw").lower() not in _WEAK_WORDS for m in matches):
            hits += _table_hits(text, config.min_length, matches)  # a password column needs a strong header
        found.extend((text, dataclasses.replace(hit, where=where(hit.value_start))) for hit in hits)
    return found


def _texts(message: Message) -> list[tuple[str, Callable[[int], str]]]:
    """The subject and every text part, each with where an offset in it lies (in a document)."""
    return [(message.subject, lambda _offset: ""), *((part.text, part.where) for part in message.text_parts)]


def _evidence(text: str, hit: _Hit) -> str:
    """The words before the value on its own line (at most 40 characters) and the masked value:
    ``…nieuwe wachtwoord: [********]``. Nothing after the value: it may be more personal data."""
    line_start = text.rfind("\n", 0, hit.value_start) + 1
    lead = " ".join(text[max(line_start, hit.value_start - 40) : hit.value_start].split())
    if not lead:  # the value is on its own line: show the line before it (a label or a table header)
        prev_end = text.rfind("\n", 0, max(0, line_start - 1))
        before = text[: max(0, line_start - 1)].rstrip()
        lead = " ".join(before[max(prev_end + 1, len(before) - 40) :].split())[-40:]
    # another secret may stand before this one ("ww: Xk8!L2qq / pin: 4821"): mask it too
    lead = _SECRETISH.sub(_mask_secretish, lead)
    return f"…{lead} [{mask(hit.value)}]"


_SECRETISH = re.compile(r"[^\s:=/|,;]+")


def _mask_secretish(token: re.Match[str]) -> str:
    word = token.group()
    return mask(word) if strength(_clean(word), 4) in ("strong", "pin") else word


def _scrub(line: str, values: list[str]) -> str:
    """Last line of defence: no value found anywhere in the message stays readable in evidence."""
    for value in values:
        if value and value in line:
            line = line.replace(value, mask(value))
    return line


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.password
    found = find(message, config)
    if not found:
        return []
    rows = [hit for _, hit in found if hit.table]
    table = len({hit.value for hit in rows}) >= 2  # one label/value pair in cells is not a list
    evidence: dict[str, None] = {}
    if table:
        where = f" ({rows[0].where})" if rows[0].where else ""
        evidence[f"tabel met {len({h.value for h in rows})} wachtwoorden, bv. [{mask(rows[0].value)}]{where}"] = None
    for text, hit in found:
        if len(evidence) >= MAX_EVIDENCE:
            break
        if not (hit.table and table):
            evidence.setdefault(_evidence(text, hit) + (f" ({hit.where})" if hit.where else ""), None)
    values = sorted({hit.value for _, hit in found}, key=len, reverse=True)
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
            evidence=tuple(_scrub(line, values) for line in evidence),
        )
    ]


RULE = Rule(
    id="password",
    description="Wachtwoorden en inloggegevens in de e-mail",
    paragraph="§3",
    config=Config,
    check=check,
)
