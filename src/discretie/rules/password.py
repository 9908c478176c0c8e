"""``password``: a usable credential in the mail (§3 "Verzend nooit een wachtwoord ... via email").

A credential is an access secret handed over: a password, a Wi-Fi key, a PIN or the code of a lock or
device (copier, door, alarm, locker, iPad), a one-time reset or login code. How it reads text (Dutch,
English, French; docs/rules.md has the full description and its known false positives):

1. A keyword: wachtwoord/paswoord (also in compounds), password, passphrase, passcode, mot de passe,
   toegangscode, netwerksleutel ...; lock and device codes (kopieercode, deurcode, resetcode, digicode ...)
   after which a 4-5 digit PIN counts; weak words that need context (bare code/combinatie near a login or
   lock word, sleutel/key/clé near a network word) or a separator and a strong value (ww, pw, pwd, mdp).
2. An optional qualifier (at most eight words, starting on the keyword's line), a separator (``:``, ``=``,
   ``is``, ``luidt``, ``wordt``, ``est`` ...) and the value; time words and articles may stand between the
   separator and the value ("is sinds vorige week X", "est le 7741"). Without a separator: a clearly
   secret next word, a phrase ("als paswoord gebruik je X"), inverted order ("vanaf maandag is de code van
   de poort 7731#"), or a label line ending in ``:`` with the value alone on a following line.
3. The value is judged on its own (``strength``); numbers are judged in place: never part of a phone
   number, an amount or count, a room or document number, or (without a separator) a year.
4. A number typed in or opened with near a lock word, with no keyword ("typ ... 55813", "gaat open met
   3 7 1 9"), found from digit runs.
5. Tables: a header cell that is a password keyword (or a network key near network words) and rows of the
   header's width whose cell in that column is a one-word secret; a ``label: value`` line is no header.

Not counted: a passcode in a Teams/Zoom/Webex invitation (``ignore_meeting_passcodes``), a qualifier about
resetting or choosing (``wachtwoord wijzigen: ...``), a general statement (``een sterk wachtwoord is ...``),
platform names (``Wachtwoord: Smartschool``), compounds such as ``2FA-beveiligd``, masked values and
placeholders. Text, script and configuration attachments (``.txt``, ``.csv``, ``.bat``, ``.ps1``, ``.conf`` ...)
declared with a non-text type are read as text by ``message.parse`` for every rule; the credential model does
not score a script's or configuration file's text (it learned prose), the command patterns read it.

Evidence is a short context with the value masked by ``redact.mask`` (``[********]``: no character and no
length of the value); a value alone on its line or in a
table shows its label or header line (never a row's names); any other secret-looking token in the context is
masked too, and no value found anywhere in the message survives in clear in any evidence line. The value
itself is never stored in a finding.

Bounded work: a cheap literal pass finds keyword candidates and the full keyword regex runs only around
them; at most ``MAX_KEYWORDS`` keywords, ``TABLE_ROWS`` table rows and ``MAX_UNLOCK`` digit runs per text
part, text parts read up to ``MAX_SCAN_CHARS``.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import Field, PrivateAttr

from discretie.config import RuleConfig
from discretie.message import is_code_file
from discretie.model import Action, Finding, Message, Severity
from discretie.redact import mask
from discretie.rules import credential_model
from discretie.rules.base import Rule
from discretie.rules.textmodel import Model

if TYPE_CHECKING:
    from discretie.policy import Policy

MAX_SCAN_CHARS = 2_000_000  # per text part: credentials are short mails, not 10 MB reports
MAX_EVIDENCE = 3


def _typos(word: str) -> list[str]:
    """The word with one typing slip after its first letter: a letter left out, typed twice, or swapped with
    the next one ("pasword", "wachtwoordd", "wahctwoord"). None of them is a Dutch, English or French word."""
    slips = set()
    for i in range(1, len(word)):
        slips.add(word[:i] + word[i + 1 :])
        slips.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            slips.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    slips.discard(word)
    return sorted(slips, key=lambda slip: (-len(slip), slip))


# a password keyword mistyped: a typo does not make the value less secret
_SLIPS = list(dict.fromkeys(slip for word in ("wachtwoord", "paswoord", "password") for slip in _typos(word)))

_STRONG = (
    r"(?:[a-z0-9]{1,20}-)?[a-z]{0,20}wachtwoord(?:en|code|zin(?:nen)?)?|(?:[a-z0-9]{1,20}-)?[a-z]{0,20}paswoord(?:en)?|passwoord"
    r"|wachtzin|passwords?|passwd|passphrase|passcode"
    r"|mot(?:s)? de passe|toegangscode|inlogcode|logincode|netwerksleutel|wifi-?sleutel|wpa2?-?sleutel|wpa2?-?key"
    r"|wifi-?code|wifi-?key|wi-fi-?code|wifi-?wachtwoord|cl[ée] wifi|code d'acc[eè]s"
    r"|(?:reserve|back-?up|herstel|recovery|noodherstel)-?codes|(?:backup|recovery) codes|codes de secours"
    r"|(?:bitlocker-?)?herstelsleutel|(?:bitlocker )?recovery key|cl[ée] de r[ée]cup[ée]ration"  # a disk's key
    r"|tijdelijke toegangspas|temporary access pass"  # Microsoft's one-time sign-in code for a new phone
    r"|geheime sleutel|secret key|cl[ée] secr[èe]te"  # an authenticator's key, typed in when a QR code fails
    r"|code sms"
    r"|api-?sleutels?|api-?keys?|cl[ée] (?:d'|de l')?api"  # an application's key: "API-sleutel: ow_live_..."
    r"|[a-z0-9]{1,20}-(?:ww|pw)"  # an abbreviation named by what it opens: "admin-ww", "wifi-pw", "nas-pw"
    r"|" + "|".join(_SLIPS)
)
# Compounds that name the code of a lock, a device or an account: each is a secret number by itself
# ("kopieercode", "deurcode", "resetcode", "digicode"). Not: postcode, klascode, QR-code, kortingscode.
_LOCK_CODES = (
    r"(?:kopieer|kopie|print|printer|afdruk|vrijgave|deur|poort|alarm|kluis|kluisje|slot|cijfer|ontgrendel|ontgrendelings"
    r"|reset|herstel|activatie|activerings|verificatie|sms|sms-verificatie|beveiligings|badge|fietsenstalling|garage|lift|digi"
    r"|unlock|access|gebruikers|beheerders|admin|personeels|medewerkers|user|master|installateurs|installer"
    r"|manager|managers|supervisor"  # a role's code at a till: "managerscode" (not "servicecode": a laptop's tag)
    r"|ouder|ouders|leerling|leerlingen|gezins|familie|leerkracht|leerkrachten"  # a role's or a family's login code
    r"|koppel|koppelings|pairing)-?codes?"  # a device's pairing code: "koppelcode" of a box, a TV, a hearing aid
    # a compound of pincode names whose PIN it is: "beheerderspincode", "bankkaart-pincode", "alarm-pincode"
    r"|[a-z]{2,20}s?-?pin-?codes?"
    # a PIN named by whose it is, with a hyphen or as a known compound: "admin-PIN", "beheerders-PIN", "simpin"
    r"|[a-z]{2,20}-pin|(?:admin|beheerders?|sim|bankkaart|toestel)pin"
    # a lock's combination named by its kind: "draaicombinatie", "cijfercombinatie", "kluiscombinatie"
    r"|(?:draai|cijfer|kluis|slot|hangslot)-?combinaties?"
)
_WEAK = r"ww|pw|pwd|pass|mdp|pin|pincodes?|code|sleutel|key|cl[ée]|combinatie|combinaison|combination"
# "/" after a keyword only as in "sleutel/code:" or "wachtwoord/pincode =" (not a URL path); a word after "=" is
# a value, not a label ("dkim=pass header.i=@example.org" in an Authentication-Results header)
_KEYWORD_SOURCE = rf"(?<![\w@./=-])(?P<kw>{_STRONG}|{_LOCK_CODES}|{_WEAK})(?![\w@-])(?!/(?![\w-]{{1,20}}[ \t]*[:=]))"
_KEYWORD = re.compile(_KEYWORD_SOURCE, re.IGNORECASE)
# Case-insensitive matching is several times slower in Python's re: scan lower-cased text instead.
_KEYWORD_LOWER = re.compile(_KEYWORD_SOURCE)
# Cheap first pass (a few ns per character): every keyword above contains one of these. The full
# keyword regex (a flat alternation with look-arounds, ~30 ns per character) then only runs in a
# small window around each of them.
_QUICK_SOURCE = r"wacht[wz]|pas+w|pass|pw|ww|mdp|pin|code|sleutel|key|mots? de passe|cl[ée]|combina|toegangspas"
# and the first four letters of each slip that none of those finds ("wachwoord", "pswoord")
_QUICK = re.compile("|".join([_QUICK_SOURCE, *sorted({s[:4] for s in _SLIPS if not re.search(_QUICK_SOURCE, s)})]))
QUICK_OVERLAP = 16  # longer than the longest _QUICK literal
MAX_KEYWORDS = 5000  # keyword matches examined per text part: bounded work on hostile input
TABLE_ROWS = 20_000  # table rows read per text part, under all header lines together

# After the keyword: an optional qualifier of at most eight words (one line break inside a paragraph is a
# space: mail is wrapped at 72 characters, but a new list item is no qualifier), then a separator, then the
# value.
_GAP = r"(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0>]*(?=[^\s>])(?![-•*–][ \t\xa0]|\d{1,2}[.)][ \t\xa0]))"
# a word of a qualifier: "secretariaat@", "jan.peeters", "(tijdelijk)", or an aside in brackets that counts as
# one word: "code voor de kopieermachines (Konica, lerarenkamer en B-gang): 5531"
_WORD = r"(?:\([^()\n]{1,60}\)|[\w'’()@-]+(?:\.[\w'’()@-]+)*)"
_WRAP = r"[ \t\xa0]*\r?\n[ \t\xa0>]*(?=(?i:om|voor|van|op|bij|in|to|for|of|pour|du|de)[ \t\xa0])"
_TAIL_SOURCE = (
    # the first word on the keyword's own line: "pass\nx-aol-sid: 3039ac1d" is a label of the next line;
    # only a sentence that goes on may wrap right after the keyword: "Het wachtwoord\nom het te openen: X"
    rf"(?P<qual>(?:[ \t\xa0]*/[ \t\xa0]*[\w-]{{1,20}})?(?:(?:[ \t\xa0]+|{_WRAP}){_WORD}(?:{_GAP}{_WORD}){{0,QUAL}}?)??)"
    # a separator word may start the next line of a wrapped sentence: "code van de deur\nis 1958"
    # (possessive: the separator's own blanks after a run of them given back one by one were quadratic)
    r"(?:[ \t\xa0]*\r?\n[ \t\xa0>]*(?=(?:is|luidt|wordt|blijft|est)\b)|[ \t\xa0]*+)"
    r"(?P<sep>:(?!-?[()DPp](?:\s|$))|=|[–—→]|,?[ \t\xa0]*(?:c|it)['’](?:est|s)\b"
    r"|\b(?:is|werd|wordt)[ \t\xa0]+(?:veranderd|gewijzigd|aangepast)[ \t\xa0]+(?:naar|in)\b:?"
    # (French sets a space before a colon: "est : X")
    r"|\b(?:has[ \t\xa0]+)?changed[ \t\xa0]+to\b:?|\bis\b:?|\bluidt\b:?|\bwordt\b:?|\bblijft\b:?"
    r"|\best\b(?:[ \t\xa0]*:)?|\bzijn\b:)"
    r"[ \t\xa0]*(?P<nl>\r?\n(?:[ \t\xa0>]*\r?\n)?[ \t\xa0>]*)?"
    r"(?:(?:nu|voortaan|vanaf nu|now|maintenant|d[ée]sormais)[ \t\xa0]+)?"  # "is nu X", "is now X"
    r"(?P<value>\S+)?"
)
_TAIL = re.compile(_TAIL_SOURCE.replace("QUAL", "7"), re.IGNORECASE)
_TAIL_LOWER = re.compile(_TAIL_SOURCE.replace("QUAL", "7"))
# A lock or device code's qualifier says where the lock is, and that takes words: "je kopieercode voor de
# printers in de lerarenkamer en in het secretariaat is 40512" (only a PIN counts after it).
_TAIL_PLACE = re.compile(_TAIL_SOURCE.replace("QUAL", "13"))
_DIRECT = re.compile(r"[ \t\xa0]+(?P<value>\S+)")
_UNDER = r"\b(?:onder|under|sous)[ \t\xa0]+(?:de[ \t\xa0]+|the[ \t\xa0]+|le[ \t\xa0]+)?"
_LISTED_UNDER = re.compile(_UNDER + "$")  # "het vak staat onder code X": a thing listed under its identifier
_LISTED_UNDER_CODE = re.compile(_UNDER + r"code[ \t\xa0:]*$")
_NAMED_AS = re.compile(r"\b(?:heet|heten|noemt|is called|s'appelle)[ \t\xa0]*:?[ \t\xa0]*$")  # "de klas heet 6ZWa-..."
_PURPOSE = re.compile(r"om\b[^:=\n]*\bte[ \t\xa0]+[a-z]+")  # "om ... te openen", "om ... in te loggen" (lower case)
# a qualifier about resetting or choosing: "wachtwoord resetten: zie de handleiding" (but in "wachtwoord
# resetten met deze code: 482913" the code is handed over: found by the keyword "code", near "reset")
_HOWTO_QUAL = re.compile(
    r"\b(?:reset\w*|opnieuw|instellen|herstel\w*|wijzig\w*|verander\w*|vergeten|kiezen|kies|aanvragen|aanmaken"
    r"|forgot\w*|change|choose|oubli\w*|changer|choisir|r[ée]initialis\w*)\b"
)
# A bare "code" with what it classifies after it is that thing's identifier, as the compounds "vakcode", "klascode",
# "productcode" say: "code vak in de lijst is NED-3G", "code van de cursus: WIS-3G" (not a room: "code lokaal
# B12" opens its door)
# (the nouns that may also stand before "code": "the course code", "class code" below)
_THING_NOUNS = (
    r"vak\w*|cursus\w*|course|module|opleiding|richting|klas|artikel|product|klant|bestelling|order|factuur|item"
    r"|examen|subject|article"
)
_THINGS = (
    rf"{_THING_NOUNS}|les|klassen|boek\w*|cours|matiere"
    # an alert level: "code rood" (evacuation), "code oranje" (the weather)
    r"|rood|oranje|geel|groen|zwart|red|amber|rouge"
)
_OF_THE = r"(?:(?:van|of|du|de)[ \t\xa0]+(?:(?:het|de|een|the|la|le)[ \t\xa0]+|l')?)?"
# (the thing is a word's head, not a compound's first part: "de code van de klas-iPads is 0852" opens the iPads)
_CODE_OF_A_THING = re.compile(rf"[ \t\xa0]+{_OF_THE}(?:{_THINGS})\b(?!-[^\W\d_])")
# and what a bare "code" classifies named before it, in two words as English writes the compound: "the course code
# WISK-3A-05", "class code 3A" (not "les": French "les codes du cadenas")
_THING_BEFORE_CODE = re.compile(rf"\b(?:{_THING_NOUNS}|class)[ \t\xa0-]*$")
# French names a code's kind after it, where Dutch makes a compound: "code de réinitialisation" is "resetcode"
_CODE_OF_KIND = re.compile(
    r"(?:de|d['’])[ \t\xa0]*(?:r[ée]initialisation|v[ée]rification|r[ée]cup[ée]ration|confirmation"
    r"|d[ée]verrouillage|s[ée]curit[ée])\b"
)
# "je kan nu aanmelden met Start-4821-Kw", "log in with Xy7-..." (only near a password keyword)
# The separable verbs conjugated: "de pc meldt zich aan met", "je logt in met", "meld je aan met"
_LOGIN_SPLIT = (
    r"|(?:meld|meldt|melden|log|logt|loggen)(?:\s+(?:je|jij|ge|gij|u|zich|hem|haar|ze|zij|jullie))?\s+(?:aan|in)"
)
_LOGIN_WITH = re.compile(  # run on the lower-cased text
    r"\b(?:aanmelden|inloggen|log\s*in|login|sign\s*in|se\s+connecter"
    rf"{_LOGIN_SPLIT})\s+(?:met|with|avec)\s+(?P<value>\S+)"
)
NEAR = 400  # characters before a login phrase in which a password keyword must occur
# A user name and a secret handed over together need no keyword: "ge moet inloggen met admin en X",
# "log in with beheer / X", "login admin / X", "connectez-vous avec prof3 et X" (the user a single name, not
# "je naam").
_LOGIN_WORD = re.compile(r"meld|inlog|log|sign|connect")  # each login phrase below holds one of these
_LOGIN_PAIR = re.compile(  # run on the lower-cased text
    rf"\b(?:aanmelden|inloggen|log\s*in|login|sign\s*in|se\s+connecter|connectez-vous{_LOGIN_SPLIT})"
    r"(?:\s+(?:met|with|avec|als|as|en tant que)|[ \t]*:)?\s+"
    r"[\"'“‘]?(?P<user>[\w.@-]{2,40})[\"'”’]?[ \t\xa0]*(?:\ben\b|\band\b|\bet\b|\bmet\b|\bwith\b|\bavec\b|\+|/|,)"
    r"[ \t\xa0]*(?P<value>\S+)"
)

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
# a host name: "portal.office.com", "leerling.sintpieterscollege.be" (words joined by dots that end in a
# top-level domain are an address to type, not a passphrase)
_HOST = re.compile(
    r"(?i)^(?:[a-z\d-]+\.)+(?:[a-z]{2}|com|org|net|info|edu|gov|int|app|cloud|online|school|brussels|vlaanderen)$"
)
# a Dutch compound of a short code with letters and digits and a lower-case word: 2FA-beveiligd, A4-formaat
_COMPOUND = re.compile(
    r"^(?:(?=[a-z]{0,3}\d)(?=\d{0,3}[a-z])[a-z\d]{2,4}-[a-zà-ÿ]{5,}|[a-zà-ÿ]{5,}-(?=[a-z]{0,3}\d)(?=\d{0,3}[a-z])[a-z\d]{2,4})$",
    re.IGNORECASE,
)
_CASES_MIXED = re.compile(r"[A-Z][a-z]|[a-z][A-Z]")
_TRAIL = "\"'’”»,;.)]}"
_LEAD = "\"'‘“«([{"


# An online-meeting invitation: its passcode only opens that meeting and is meant for every invitee. (A meeting's
# link, not Teams' own address: "Aanmelden op https://teams.microsoft.com" over a pupil's start password is a login.)
_MEETING = re.compile(
    r"vergader(?:ings?)?-?\s?id|meeting[\s-]?id|webinar[\s-]?id|deelnemen via (?:zoom|teams|webex)"
    r"|id de (?:la )?r[ée]union|teams\.microsoft\.com/(?:l/meetup|meet/|meetingoptions)|teams\.live\.com/meet"
    r"|zoom\.us/|webex|meet\.google|deelnemen aan (?:de|deze|een)?\s?(?:microsoft teams-|zoom-)?(?:vergadering|meeting)"
    r"|join (?:the |this )?(?:zoom |teams )?meeting|participer à la r[ée]union|teams-vergadering|zoom-vergadering"
)
MEETING_NEAR = 500  # characters either side of a keyword searched for meeting words


def _meeting_near(scan: str, start: int, end: int | None = None) -> bool:
    """Online-meeting words within MEETING_NEAR characters of ``start``..``end``."""
    return (
        _MEETING.search(scan[max(0, start - MEETING_NEAR) : (start if end is None else end) + MEETING_NEAR]) is not None
    )


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
    model: bool = Field(
        default=True, description="ask the learned credential model about a mail the reading above found nothing in"
    )
    model_file: str | None = Field(default=None, description="a credential model built for a measurement")
    model_threshold: float = Field(
        default=0.8, gt=0.0, le=1.0, description="the model's probability from which a token is a credential"
    )

    _model: Model | None = PrivateAttr(default=None)

    def model_post_init(self, __context: object) -> None:
        self._model = credential_model.load_model(self.model_file) if self.model else None

    @property
    def learned(self) -> Model | None:
        """The credential model (``None`` when ``model`` is off)."""
        return self._model


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


_ENTITY = re.compile(r"&(?:quot|amp|apos|lt|gt|nbsp|#\d{2,4}|#x[0-9a-f]{2,4});?", re.IGNORECASE)


def strength(token: str, min_length: int) -> str:
    """``strong`` (clearly a secret), ``word`` (a plain word: a secret only in a tight layout) or ``no``."""
    if "&" in token and _ENTITY.search(token):
        token = html.unescape(token).strip(_TRAIL + '"?')  # '&quot;Wachtwoord vergeten?&quot;' typed as entities
    if len(token) < min_length or len(token) > 64:
        return "no"
    if _CODE_GROUPS.fullmatch(token):
        return "strong"  # a recovery key or backup code in groups: 481097-356213-244618
    if _MASK.search(token) or token.startswith(_PLACEHOLDER_OPEN) or _URLISH.search(token) or token.endswith("@"):
        return "no"  # (a mailbox named by its local part, "stages@", is no secret either)
    folded = _fold(token).strip(".:;,!?")
    if folded in _PROSE or _KEYWORD.fullmatch(folded):
        return "no"
    if _COMPOUND.match(token) and not _CASES_MIXED.search(min(token.split("-", 1), key=len)):
        return "no"  # (a short part that mixes cases, "Tijdelijk-55Kp", is a secret's, not a class's or a room's)
    parts = [p for p in re.split(r"[-_.+]", token) if p]
    if len(parts) >= 3 and all(p.isalpha() for p in parts) and len(token) >= 12:
        return "no" if _HOST.match(token) else "strong"  # a passphrase of joined words
    lower, upper_inner, digit, symbol = _classes(token)
    letters = any(c.isalpha() for c in token)
    core = token.rstrip("\"'’”».,:;!?")
    if core != token and core.isalpha():  # a word at the end of a sentence or a question: 'ontvangen?":'
        return "word" if len(core) >= 6 else "no"
    if re.fullmatch(r"\d{4,6}[A-Za-z]", token):
        return "pin"  # a door keypad code with its letter key: "4471B"
    digits = token.rstrip("#*")  # a keypad code is often written with its confirm key: "2580#"
    if digits.isdigit():
        if len(digits) >= 9 and digits.startswith("0"):
            return "no"  # a phone number (0477216509), not a secret
        return "strong" if len(digits) >= 6 else "pin"
    if letters and digit and len(token) >= 6:
        return "strong"
    if letters and lower and len(token) >= 6 and (symbol or upper_inner):
        # joined words without a digit or a special sign (ICT-coördinator, SPC-Gast, PowerPoint) are
        # names far more often than secrets: a secret only right after a password keyword's separator
        # (a question or a sentence ends after it: "het paswoord van de labo-laptops?" names a thing)
        words = re.split(r"[-.'’]", token.rstrip("\"'’”».,:;?"))
        return "mixed" if all(p.isalpha() for p in words) else "strong"
    if token.isalpha() and len(token) >= 6:
        return "word"
    if _DIAL.fullmatch(token) or _TWO_GROUPS.fullmatch(token):
        return "pin"
    return "no"


# A code in two groups of digits, as a keypad's master code or a one-time code is printed: "000-7319", "48-2719"
# (six to eight digits; "2024-25" has too few in its second group)
_TWO_GROUPS = re.compile(r"(?=[\d-]{7,9}$)\d{2,4}-\d{3,4}")


_PIN_KEYWORDS = frozenset(
    {"pin", "pincode", "pincodes", "toegangscode", "inlogcode", "logincode", "passcode", "wifi-code", "wificode"}
    | {"code d'accès", "code d'acces", "code d'accés"}
)
_LOCK_CODE = re.compile(_LOCK_CODES)
# bare "code" (or "combinatie") is a credential only about logging in or about a lock: "code om in te
# loggen", "wifi: X, code: Y", "de code van de achterpoort is ...", "tapez le code ... photocopieuse"
_CODE_CONTEXT = re.compile(
    r"\blog(?:in|gen|t)?\b|inlog|aanmeld|wi-?fi|toegang|smartschool|account|netwerk|portaal|connex|acc[eè]s"
    r"|reset|herstel|eenmalig|one-time|verifica|v[ée]rification|r[ée]initialis|r[ée]cup[ée]ration"
    r"|\bte boeken\b|\bin te schrijven\b"  # a code with which one books or enrols in a tool is a login
)
# The English door, as English writes it: "the door", "front door", "door code", "doors". A bare "door" is the Dutch
# for "through" or "by" ("het examen gaat door", "door het CLB"), no lock.
_DOOR_EN = (
    r"\bdoors\b|\b(?:the|a|front|back|side|main|entrance|office|lab|classroom)[ \t\xa0]+door\b"
    r"|\bdoor[ \t\xa0-]?(?:code|lock|pin|keypad)s?\b"
)
# Things that open with a number: copiers and printers, doors and gates, alarms, lockers and padlocks,
# tablets. (Not "opendeurdag": a prefix must be one of the listed ones.)
_LOCK_OBJECT = re.compile(
    r"kopieer|kopi[eë]r|printer|\bprint\b|photocop|copier|copieur|imprimante"
    rf"|\b(?:achter|voor|zij|buiten|binnen|nood|garage|lift|kluis)?(?:deur|poort)|ingang|\bhek\b|{_DOOR_EN}"
    r"|\bgates?\b|\bportes?\b|portail|alarm|kluis|locker|\bkastjes?\b|casier|cadenas|(?:cijfer|hang|code|fiets)slot"
    r"|\bslot (?:van|op)\b|\b(?:digitale?|elektronische?|elektrische?|slimme?) slot\b"  # "het digitale slot"
    r"|\block\b|padlock|keypad|klavier|digicode|\bipads?\b|tablet|sleutelkast|brandkast|\bsafe\b"
    r"|coffre|fietsenstalling|bankkaart|badge|\blift\b|key ?box|key safe|lock ?box|schl[üu]sselbox"
    # a laptop's or a computer's PIN; any cabinet with a lock ("het medicijnkastje gaat open met ...");
    r"|laptop|chromebook|\bcomputer|\w*kast(?:je|jes|en)?\b"
    # a box or a case with a combination lock: "de geldkoffer", "het geldkistje"
    r"|\w*koffer(?:tje|s)?\b|\w*kist(?:je|jes|en)?\b"
    # a storeroom: "de berging", "het materiaalkot", "de schuur"
    r"|berging|\w+kot\b|schuur"
)
CONTEXT_BEFORE, CONTEXT_AFTER = 150, 100  # characters around a weak keyword searched for its context
# "wachtwoord/pincode: 4821": the qualifier makes a short number a PIN
_PIN_QUAL = re.compile(r"[ \t\xa0]*/[ \t\xa0]*(?:pin|pin-?code|code|toegangscode)\b", re.IGNORECASE)
# bare "sleutel"/"key"/"clé" is a credential only about a network: "de sleutel van SPC-Gasten is nu ..."
_KEY_CONTEXT = re.compile(r"wi-?fi|netwerk|network|r[ée]seau|ssid|wpa|draadloos|router|gast|guest|hotspot")
_WEAK_WORDS = frozenset(_WEAK.replace("cl[ée]", "clé|cle").split("|"))
_SHORT = frozenset({"ww", "pw", "pwd", "pass", "mdp"})  # abbreviations: a separator and a strong value
_NET = frozenset({"sleutel", "key", "clé", "cle"})
_CODES = frozenset({"code", "combinatie", "combinaison", "combination"})
# The words that may stand between a separator and its value: time and manner adverbials and articles
# ("is sinds vorige week X", "is vanaf maandag X", "est le 7741", "is currently X"), never other content
# ("wordt gehasht met SHA-256").
_FILLERS = frozenset(
    """
    sinds vanaf tot voortaan tijdelijk nog steeds altijd gewoon ook nu opnieuw weer al intussen
    ondertussen deze dit vorige vorig volgende volgend afgelopen komende week maand jaar schooljaar semester
    trimester periode dag vandaag gisteren morgen vanmorgen vanochtend vanavond
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
    augustus september oktober november december de het een
    since from until still currently now again this last next week month year today the
    depuis jusqu'à toujours encore actuellement maintenant cette ce semaine mois année le la l' les
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# A number that is part of a phone number, an amount or a count is not a PIN: "0477 21 65 09", "1500 euro"
_UNIT_AFTER = re.compile(
    r"[ \t\xa0]*(?:€|euro|eur\b|%|km\b|kopie|copies|pagina|page|leerling|pupil|élève|minut|seconde|uur\b"
    r"|stuks|exemplaren|deelnemers|personen)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _family(keyword: str) -> str:
    """``short`` (ww, pw ...), ``net`` (sleutel, key), ``code`` (bare code: context needed), ``pin``
    (PIN and lock-code words: a 4-5 digit value counts) or ``strong``."""
    if keyword in _SHORT:
        return "short"
    if keyword in _NET:
        return "net"
    if keyword in _CODES:
        return "code"
    if keyword in _PIN_KEYWORDS or _LOCK_CODE.fullmatch(keyword):
        return "pin"
    return "strong"


# A number right after one of these words names a room, a line, an order or a document, not a secret.
_NUMBER_NAME = re.compile(
    r"(?:lokaal|room|salle|local|kamer|nr|nummer|number|no|n°|bus|lijn|klas|factuur|invoice|facture|order"
    r"|bestelling|rekening|id|ticket|dossier|plaats|pagina|page|versie|version)[ .:]*$",
    re.IGNORECASE,
)


def _number_ok(text: str, start: int, end: int, year_ok: bool) -> bool:
    """A digit value standing on its own: not part of a phone number, an amount, a count, a room or
    document number or (unless the layout is tight) a year."""
    before, after = text[max(0, start - 3) : start], text[end : end + 3]
    if re.search(r"(?:\d[ ./]?|\+)$", before) or re.match(r"[ ./]?\d", after):
        return False
    if not year_ok and _NUMBER_NAME.search(text, max(0, start - 14), start):
        return False
    if _UNIT_AFTER.match(text, end, end + 20):
        return False
    return year_ok or not _YEAR.match(text[start:end])


def _accept(kind: str, family: str, tight: bool) -> bool:
    """Whether a value of ``kind`` counts after a keyword of ``family``; ``tight`` when the value stands
    alone after ``:``/``=`` or on the next line. (Joined words only come here after a separator.)"""
    if kind == "strong":
        return True
    if kind == "pin":
        return family in ("pin", "code")
    if kind == "mixed":
        return family == "strong"
    return kind == "word" and family == "strong" and tight


def _line_end(text: str, pos: int) -> bool:
    """Nothing but spaces, or a closing quote, up to the end of the line."""
    rest = text[pos : pos + 40]
    stop = rest.find("\n")
    tail = rest if stop < 0 else rest[:stop]
    return tail.strip(" \t\r\"'’”") == ""


def _lower(text: str) -> str:
    """``text`` lower-cased, offset for offset (the few letters whose lower case is longer stay as they are)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return lower


def _keywords(text: str) -> tuple[str, list[re.Match[str]]]:
    """(the lower-cased text, keyword matches in it). Matching lower-case text case-sensitively is
    fast; the few letters whose lower case has another length are left as they are, so offsets in
    the lower-cased twin are offsets in ``text``. The full keyword regex runs only in windows
    around the hits of the cheap ``_QUICK`` pass, and at most ``MAX_KEYWORDS`` matches are kept."""
    lower = _lower(text)
    matches: list[re.Match[str]] = []
    pos = last_end = 0
    while len(matches) < MAX_KEYWORDS:
        quick = _QUICK.search(lower, pos)
        if quick is None:
            break
        # from the end of the last keyword, not from the end of the last window: a compound
        # ("resetcode", "startwachtwoord") may start before the window end and hold its literal after it
        # (a keyword starts at most 40 characters before its literal: "[a-z]{0,20}wachtwoord")
        lo = max(last_end, quick.start() - 40)
        hi = min(len(lower), quick.end() + 40)
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
        pos = max(hi - QUICK_OVERLAP, quick.start() + 1, last_end)  # a literal may straddle the window end
    return lower, matches[:MAX_KEYWORDS]


def _context_ok(scan: str, match: re.Match[str], family: str) -> bool:
    """A bare ``code`` needs a login or lock word nearby, a bare ``sleutel``/``key`` a network word."""
    if family not in ("code", "net"):
        return True
    window = scan[max(0, match.start() - CONTEXT_BEFORE) : match.end() + CONTEXT_AFTER]
    if family == "net":
        return _KEY_CONTEXT.search(window) is not None
    return _CODE_CONTEXT.search(window) is not None or _LOCK_OBJECT.search(window) is not None


def _value_ok(text: str, start: int, value: str, kind: str, family: str, explicit: bool, tight: bool) -> bool:
    """``explicit``: a separator stands between keyword and value (then a year may be a PIN)."""
    if not _accept(kind, family, tight):
        return False
    if value.rstrip("#*").isdigit():
        return _number_ok(text, start, start + len(value), year_ok=explicit)
    return True


_TOKEN = re.compile(r"\S+")


_ARTICLES = frozenset({"de", "het", "een", "the", "le", "la", "l'", "les"})


def _filler_hit(
    text: str, match: re.Match[str], pos: int, family: str, min_length: int, skip_first: bool = True
) -> _Hit | None:
    """After a separator, a few ordinary words may stand before the value: "het wachtwoord van de gedeelde
    account is sinds vorige week X", "votre code est le 7741". Only a clearly secret value (or a PIN after
    plain words) counts, in the same sentence."""
    plain = True  # no digits among the fillers: "is geldig tot 2025 ..." gives no PIN
    articles = True  # only articles so far: "est le 1984" is as explicit as "est 1984" (a year may be a PIN)
    previous = pos
    for count, token in enumerate(_TOKEN.finditer(text, pos, min(len(text), pos + 160))):
        if text.count("\n", previous, token.start()) >= 2:
            break
        previous = token.end()
        word = token.group()
        value = _clean(word)
        if (count or not skip_first) and value:
            kind = strength(value, min_length)
            start = token.start() + word.find(value)
            if kind == "strong":
                return _Hit(match.start(), start, value)
            if (
                kind == "pin"
                and plain
                and not _DIAL.fullmatch(value)
                and _value_ok(text, start, value, kind, family, articles, False)
            ):
                return _Hit(match.start(), start, value)
        folded = _fold(value).rstrip(":")  # "is vanaf vandaag: X"
        if not (folded in _FILLERS or re.fullmatch(r"\d{1,2}(?:/\d{1,2})?", folded)) or word[-1] in ".?!;":
            break
        plain = plain and not any(ch.isdigit() for ch in word)
        articles = articles and folded in _ARTICLES
    return None


def _display_hit(text: str, scan: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """A label line that ends with ``:`` and the value alone on one of the next lines:
    ``Gebruik deze resetcode op ... "Code ontvangen?":`` / (blank line) / ``7Q4-K9X-22M``."""
    line_end = scan.find("\n", match.end())
    if line_end < 0 or line_end - match.end() > 80:
        return None
    if not scan[match.end() : line_end].rstrip(" \t\r\"'’”»").endswith(":"):
        # the label's sentence wrapped by the mail client once, the colon on the next line: "... een zin als
        # wachtwoord" over "ingesteld, dat is makkelijker te onthouden:"
        wrap_end = scan.find("\n", line_end + 1)
        rest = text[line_end + 1 : wrap_end]
        if (
            scan[match.end() : line_end].strip()
            or wrap_end < 0
            or len(rest) > 80
            or not rest.rstrip(" \t\r\"'’”»").endswith(":")
            or not _wrapped(text, match.start())
        ):
            return None
        line_end = wrap_end
    pos = line_end + 1
    user = False  # the account's user name on the line over the value: "kobe.hendrickx" / "Kobe2B1-timeout"
    for _ in range(3):
        nxt = scan.find("\n", pos)
        nxt = len(scan) if nxt < 0 else nxt
        line = text[pos:nxt].strip(" \t\r>")
        if line:
            value = _clean(line)
            if " " in line or not value:
                return None
            kind = strength(value, min_length)
            start = pos + text[pos:nxt].find(value)
            if kind != "mixed" and _value_ok(text, start, value, kind, family, True, False):
                return _Hit(match.start(), start, value)
            if user or not _LOGIN_SHOWN.fullmatch(value):
                return None
            user = True
        elif user:
            return None  # the value right under the user name, or nothing
        pos = nxt + 1
    return None


# An account's user name as a login shows it: "kobe.hendrickx", "j.peeters", "lab_admin", an address
_LOGIN_SHOWN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _direct_hit(text: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """No separator: ``wachtwoord Zomer2024!``, ``key Pieter&Paul-0925``, ``tapez le code 40772``; after an
    abbreviation only a value with letters, digits and a sign: ``ww Dijle#Leuven2`` (``pw Oefening12`` is
    "praktisch werk")."""
    direct = _DIRECT.match(text, match.end())
    if direct is None:
        return None
    value = _clean(direct.group("value"))
    start = direct.start("value") + direct.group("value").find(value)
    value = _spelled(text, start, value, family)  # "code 6 1 9 8 en dan AF"
    if family == "short" and not _SIGNED.fullmatch(value) and not _user_line_above(text, match.start()):
        return None
    kind = strength(value, min_length)
    if kind in ("strong", "pin") and _value_ok(text, start, value, kind, family, False, False):
        return _Hit(match.start(), start, value)
    return None


# The line above an abbreviation's line names a user: "gebr kiekens.t" over "ww Kiekens12", "login: lab01" over "pw ..."
_USER_LINE = re.compile(
    r"[ \t>]*(?:gebr\.?|gebruiker(?:snaam)?|user(?:name)?|login|identifiant|utilisateur)[ \t]*[:=]?[ \t]*\S+[ \t\r]*",
    re.IGNORECASE,
)


def _user_line_above(text: str, start: int) -> bool:
    """``start`` opens its line, and the line right above it is a user name's label and value."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t>") or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    return _USER_LINE.fullmatch(text, above_start, line_start - 1) is not None


_SIGNED = re.compile(r"(?=[^\s]*[^\W\d_])(?=[^\s]*\d)(?=[^\s]*[^\w\s])[^\s]{6,64}")  # letters, digits and a sign

PLACE_WORDS = 2  # words naming where or since when between a lock's code word and its number
# ... not a phrase: "de alarmcode van gebouw 2104" is the code of building 2104, not 2104
_PLACE_NOT = frozenset(
    """
    van voor in op bij de het een der den naar aan met uit om te tot en of the for at on to du la le les des pour
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _place_hit(text: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """A lock's or a PIN's code word, one or two plain words saying where or since when, and the number, on
    one line with no separator, as in a note or a handover list: "Deurcode zijingang 7319", "alarmcode
    hoofdgebouw tijdelijk 2580#". Not after a word that names a number ("deurcode lokaal 2041": ``_number_ok``),
    a phrase ("de alarmcode van gebouw 2104"), a negation, an example, or the end of a clause."""
    if family != "pin":
        return None
    for words, token in enumerate(_TOKEN.finditer(text, match.end(), min(len(text), match.end() + 80))):
        if "\n" in text[match.end() : token.start()]:
            return None
        word = token.group()
        value = _clean(word)
        if words and value and value[0].isdigit():
            start = token.start() + word.find(value)
            kind = strength(value, min_length)
            if kind == "pin" and _value_ok(text, start, value, kind, family, False, False):
                return _Hit(match.start(), start, value)
            return None
        if (
            words == PLACE_WORDS
            or not value.isalpha()
            or word[-1] in ".?!;:,"
            or _fold(value) in _PHRASE_STOP | _PLACE_NOT
        ):
            return None
    return None


# A negation or an example ends the reading of a phrase: "gebruik als wachtwoord geen Welkom123",
# "een wachtwoord zoals Zomer2024!" are not credentials handed over.
_PHRASE_STOP = frozenset(
    """
    niet geen nooit zoals bv bijvoorbeeld bijv vb als of not never no like such e.g eg example pas jamais
    comme exemple ou or
    """.split()  # noqa: SIM905 - a word list reads better as text
)
PHRASE_WORDS = 3  # words between a password keyword and its value without a separator
_AS_BEFORE = re.compile(r"(?P<value>\S+)[ \t\xa0]+(?:als|as|comme)[ \t\xa0]+(?:het |je |jouw |uw |your |the |votre )?$")


def _phrase_hit(text: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """A password keyword in a sentence without a separator: "als paswoord gebruik je Pinguin-88",
    "gebruik Pinguin-88 als wachtwoord", "use Pinguin-88 as your password". Only a clearly secret value."""
    if family != "strong":
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = _AS_BEFORE.search(text, max(line_start, match.start() - 60), match.start())
    if before is not None:
        value = _clean(before.group("value"))
        previous = text[max(line_start, before.start() - 30) : before.start()].split()
        negated = bool(previous) and _fold(previous[-1]) in _PHRASE_STOP  # "gebruik nooit Welkom123 als ..."
        if strength(value, min_length) == "strong" and not negated:
            return _Hit(match.start(), before.start("value") + before.group("value").find(value), value)
    for count, token in enumerate(_TOKEN.finditer(text, match.end(), min(len(text), match.end() + 80))):
        word = token.group()
        value = _clean(word)
        if count > PHRASE_WORDS or "\n" in text[match.end() : token.start()] or not value:
            return None
        if count and strength(value, min_length) == "strong":
            return _Hit(match.start(), token.start() + word.find(value), value)
        if _fold(value) in _PHRASE_STOP or word[-1] in ".?!;:,":
            return None
    return None


# A value later in the keyword's own sentence, right after a word that ends in ":" or a pointer: "het
# wachtwoord voor de zip die ik net stuurde: X", "het wachtwoord is de naam van de school aan elkaar en dan
# het jaartal: X", "de code van de serverkast is die van vorig jaar met een 8 erachter, dus 40718",
# "code poort is veranderd -> 1957#". A negation or an example on the way ends the reading.
_POINTERS = frozenset({"->", "-->", "=>", "→", "=", ":", "dus", "namelijk", "nl", "so", "donc", "soit"})
_SENTENCE_STOP = _PHRASE_STOP - {"als", "of", "or", "ou", "pas", "comme"} | {"nergens", "niemand", "nowhere", "nobody"}
SENTENCE_WORDS = 24  # words of the sentence read after the keyword
# "zoals" before a past participle refers to what was said or agreed ("zoals afgesproken", "zoals aangekondigd in
# mijn vorige mail", "zoals beloofd"): no example follows it, as after "zoals" alone ("een wachtwoord zoals X")
_AS_AGREED = re.compile(
    r"zoals[ \t\xa0]+(?:[a-z]{0,5}ge[a-z]{2,}(?:d|t|en)|(?:be|ver|her|ont)[a-z]{3,}(?:d|t|en))(?![a-z])"
)
_DONE = re.compile(r"d$|den?$")  # a change done: veranderd, hersteld, changed; veranderde, wijzigden
_CHANGED = frozenset({"veranderd", "gewijzigd", "aangepast", "gezet", "ingesteld", "changed", "set", "modifie"})
_TO = frozenset({"naar", "in", "to", "en"})
_IS = frozenset({"is", "was", "blijft", "est"})
_THAT = frozenset({"die", "dat", "deze", "hij", "ze", "het", "that", "it", "c'est", "celui-ci"})
_NOW = frozenset({"nu", "voortaan", "sindsdien", "now", "maintenant", "desormais"})  # "die is nu X": still pointed
_ITEM = re.compile(r"[-•*–]|\d{1,2}[.)]")  # a list item's mark


def _sentence_hit(text: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    if family in ("short", "net"):
        return None
    pointed = described = False
    previous = match.end()
    previous_word = ""
    for count, token in enumerate(_TOKEN.finditer(text, match.end(), min(len(text), match.end() + 240))):
        word = token.group()
        breaks = text.count("\n", previous, token.start())
        # a paragraph or a list item ends the sentence; a keyword at the end of its line is a label (a table's,
        # or one whose value stands below it: read by the table and display readers), unless its line is prose
        # that a mail client wrapped ("... heb ik een zin als wachtwoord" over "ingesteld, dat is ...:")
        ends = count > SENTENCE_WORDS or breaks >= 2 or (breaks and (_ITEM.fullmatch(word) or not count))
        if ends and not (breaks == 1 and not count and _wrapped(text, match.start())):
            return None
        previous = token.end()
        if pointed and word.startswith(_PLACEHOLDER_OPEN):  # "Microsoft 365: [voornaam.naam]@..."
            return None
        if described and word.startswith("(") and not pointed:
            # the value in brackets after what it is: "het wachtwoord is zijn geboortedatum (12032009)"
            value = _clean(word[1:])
            start = token.start() + word.find(value)
            kind = strength(value, min_length) if value else "no"
            if kind in ("strong", "pin") and _value_ok(text, start, value, kind, family, True, False):
                return _Hit(match.start(), start, value)
        if pointed:
            value = _clean(word)
            start = token.start() + word.find(value)
            value = _spelled(text, start, value, family)  # "om je account terug te zetten: 847 215"
            kind = strength(value, min_length) if value else "no"
            if kind in ("strong", "pin") and _value_ok(text, start, value, kind, family, True, False):
                return _Hit(match.start(), start, value)
        folded = _fold(word).rstrip(".,;:!?")
        # how to reset or choose one ends it; a change done announces the value ("is veranderd -> X")
        howto = _HOWTO_QUAL.search(folded) is not None and not _DONE.search(folded)
        agreed = folded == "zoals" and _AS_AGREED.match(_fold(text[token.start() : token.start() + 40])) is not None
        if (folded in _SENTENCE_STOP and not agreed) or howto or word[-1] in ".?!;":
            return None
        changed = folded in _TO and previous_word in _CHANGED  # "... veranderd naar X", "changed to X"
        referred = folded in _IS and previous_word in _THAT  # "vraagt een pin, die is 3390"
        now = pointed and previous_word in _IS and folded in _NOW  # "... veranderd: het is nu X"
        pointed = folded in _POINTERS or word.endswith(":") or changed or referred or now
        described = described or (count == 0 and folded in _IS)  # "het wachtwoord is ..." says what it is
        previous_word = folded
    return None


# The value in the next sentence, which refers back to the keyword's password by a pronoun and a change verb: "Je
# wachtwoord van de planner was verlopen. Ik heb het gereset naar: X", "Your password had expired. I reset it to X".
_REFERRED = re.compile(
    r"\s{0,4}(?:[\w'’]+[ \t\xa0]+){0,3}?"  # the next sentence, also after a line break or a blank line
    r"(?:(?:het|hem|'t)[ \t\xa0]+(?:[\w'’]+[ \t\xa0]+){0,2}?"
    r"(?:gereset|reset|veranderd|gewijzigd|aangepast|ingesteld|gezet|hersteld)[ \t\xa0]+(?:naar|in|op)"
    r"|(?:reset|changed|set)[ \t\xa0]+it[ \t\xa0]+to)"  # English: the verb before the pronoun
    r"[ \t\xa0]*:?[ \t\xa0]*(?P<value>\S+)",
    re.IGNORECASE,
)


# ... or opens the next sentence with a pronoun for it and gives it after a colon: "Hij vraagt een verificatiecode.
# Die kwam net binnen op mijn gsm: 618204", "It arrived on my phone: X"
_REFERRED_COLON = re.compile(
    r"\s{0,4}(?:(?:u|je|jij|you|vous)[ \t\xa0]+[\w'’]+[ \t\xa0]+)?"  # "U kan deze sleutel intypen:"
    r"(?:die|deze|dat|hij|ze|it|this one|celui-ci|il)[ \t\xa0\n]+(?:[\w'’]+[ \t\xa0\n]+){0,6}?[\w'’]+"
    r"[ \t\xa0]*:[ \t\xa0]*(?:\n[ \t\xa0]*){0,2}(?P<value>\S+)",  # the value on its line, under a blank one
    re.IGNORECASE,
)


_MEETING_WORD = re.compile(r"vergader|meeting|r[ée]union|webinar|\bteams\b|\bzoom\b|webex")


def _referred_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in matches[:MAX_SPELLED]:
        family = _family(match.group("kw"))
        if family not in ("strong", "short", "pin"):
            continue
        end = _SENTENCE_END.search(scan, match.end(), match.end() + 240)
        if end is None:
            continue
        referred = _REFERRED.match(text, end.end()) if family != "pin" else None
        referred = referred or _REFERRED_COLON.match(text, end.end())
        if referred is None:
            continue
        if _MEETING_WORD.search(scan, _sentence_start(scan, match.start()), end.start()):
            continue  # a meeting's passcode changed: still the meeting's
        value = _clean(referred.group("value"))
        start = referred.start("value") + referred.group("value").find(value)
        kind = strength(value, min_length) if value else "no"
        if kind in ("strong", "pin") and _value_ok(
            text, start, value, kind, "pin" if family == "pin" else "strong", True, False
        ):
            hits.append(_Hit(match.start(), start, value))
    return hits


def _wrapped(text: str, keyword_start: int) -> bool:
    """The keyword ends a line of prose (four words or more before it on its line): a line the mail client wrapped,
    not a label over its value ("Nieuw wachtwoord" over the value is one)."""
    line_start = text.rfind("\n", 0, keyword_start) + 1
    return len(text[line_start:keyword_start].split()) >= WRAPPED_WORDS


WRAPPED_WORDS = 4


# Dutch puts the verb before the subject after a time phrase: "vanaf maandag is de code van de poort 7731#",
# "sinds vandaag is het wachtwoord van de wifi Zomer2024!": the separator stands before the keyword.
_VERB_BEFORE = re.compile(r"\b(?:is|wordt|blijft|luidt|est|was)[ \t\xa0]+(?:\w+[ \t\xa0]+){0,2}$")
INVERTED_WORDS = 6  # words of a qualifier between the keyword and the value


def _inverted_hit(text: str, scan: str, match: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """``is de nieuwe code van de achterpoort 7731#``: the value closes the sentence's subject."""
    if family == "short" or _VERB_BEFORE.search(scan, max(0, match.start() - 40), match.start()) is None:
        return None
    for count, token in enumerate(_TOKEN.finditer(text, match.end(), min(len(text), match.end() + 120))):
        word = token.group()
        value = _clean(word).removesuffix("?")  # asked back: "is de code van de kopieerkamer nog altijd 4411?"
        if count > INVERTED_WORDS or "\n\n" in text[match.end() : token.start()] or not value:
            return None
        kind = strength(value, min_length)
        start = token.start() + word.find(value)
        if kind in ("strong", "pin") and _value_ok(text, start, value, kind, family, False, False):
            return _Hit(match.start(), start, value)
        if _fold(value) in _PHRASE_STOP or word[-1] in ".?!;:,":
            return None
    return None


# A PIN written digit by digit, or a dial lock's combination: right after the separator of a PIN or code word.
# a safe's dial turned: "links 34", "R 42" (a turn's letter, as safes are labelled)
_TURN_WORDS = "links|rechts|left|right|gauche|droite"
# a dial's turn, the direction first ("links 34", "R 42") or the number first ("19 links", "47 naar rechts")
_TURN = (
    rf"(?:(?:(?:terug|weer)[ \t\xa0]+)?(?:naar[ \t\xa0]+)?(?i:{_TURN_WORDS}|(?<!\w)[lr](?=[ \t\xa0]*\d))[ \t\xa0]*"
    r"(?:(?:tot|op|to)[ \t\xa0]+)?\d{1,2}"  # "naar rechts tot 6", "terug naar links tot 29"
    rf"|\d{{1,2}}[ \t\xa0]*+(?:naar[ \t\xa0]+)?(?i:{_TURN_WORDS})\b)"
)
_DIAL = re.compile(
    # digit by digit, a dial's groups with dashes (also typographic ones, "31 – 07 – 88"; and a keypad's confirm key
    # after them: "1-2-0-6-*"), two groups of three
    # (with a space or a dash: "774-219", as a one-time or pairing code is shown),
    # or two to four pairs ("55 31 90"; at most eight digits: a phone number has more)
    r"\d(?: \d){3,7}(?![\w-])|\d{1,2}(?: ?[-–—] ?\d{1,2}){2,5}(?: ?[-–—] ?[#*])?(?![\w–—-])|\d{3}[ -]\d{3}(?![\w-]| \d)"
    r"|\d\d(?: \d\d){1,3}(?![\w-]| \d)"
    rf"|{_TURN}(?:[ \t\xa0]*+[–—,/-]?[ \t\xa0]*+{_TURN}){{1,5}}(?!\d)"
)


def _spelled(text: str, start: int, value: str, family: str) -> str:
    """After a PIN or code word, a PIN written digit by digit or a lock's combination at ``start`` is the value
    (more than the one token ``value``): "0 6 1 2", "12-34-56", "847 215", "links 34 – rechts 12 – links 77"."""
    if family in ("pin", "code") and (dial := _DIAL.match(text, start)):
        return dial.group()
    return value


def _inline_hits(
    text: str, scan: str, matches: list[re.Match[str]], min_length: int, skip_meetings: bool = True
) -> list[_Hit]:
    """``scan`` is the lower-cased twin of ``text`` (same offsets); values are cut from ``text``."""
    hits: list[_Hit] = []
    for match in matches:
        keyword = match.group("kw")
        family = _family(keyword)
        if not _context_ok(scan, match, family):
            continue
        if (
            skip_meetings
            and _meeting_near(scan, match.start(), match.end())
            and not _lock_before(scan, match.end())
            and not _thing_named_after(scan, match.end())
            and not _user_line_above(scan, match.start())  # a login's pair: "Gebruiker: x" over "Wachtwoord: X"
        ):
            continue
        if _GENERIC.search(scan[max(0, match.start() - 40) : match.start()]):
            continue
        if family == "code" and _CODE_OF_A_THING.match(scan, match.end()):
            continue  # "code vak", "code van de cursus": a course's or a product's code (vakcode), not a secret
        if family == "code" and _THING_BEFORE_CODE.search(scan, max(0, match.start() - 24), match.start()):
            continue  # "the course code WISK-3A-05": the course's identifier, as the compound "vakcode"
        if family == "code" and _LISTED_UNDER.search(scan, max(0, match.start() - 12), match.start()):
            continue  # "het vak staat onder code STG6ZW-PR": a thing listed under its identifier, not a secret
        tail = _TAIL_LOWER.match(scan, match.end())
        if (tail is None or not tail.group("value")) and family == "strong":
            # a purpose clause takes words too: "het wachtwoord om het zip-bestand met de overzichten van gisteren
            # te openen is X" (thirteen words, as a lock's place)
            purpose = _TAIL_PLACE.match(scan, match.end())
            if purpose is not None and purpose.group("value") and _PURPOSE.fullmatch(purpose.group("qual").strip()):
                tail = purpose
        if (tail is None or not tail.group("value")) and _LOCK_CODE.fullmatch(keyword):
            tail = _TAIL_PLACE.match(scan, match.end())
            at = tail.start("value") if tail is not None else 0
            if tail is not None and not (_PIN_VALUE.match(scan, at) or _DIAL.match(scan, at)):
                tail = None
        if tail is not None and tail.group("value"):
            qual = tail.group("qual").strip()
            if (family == "short" or keyword == "pin") and len(qual.split()) > 3:
                continue
            if _CODE_OF_KIND.match(qual):
                family = "pin"  # "code de réinitialisation": the French compound of "resetcode", a lock code
            elif _HOWTO_QUAL.search(qual):  # a code handed over for it is found by its own keyword
                continue
            raw_value = text[tail.start("value") : tail.end("value")]
            if raw_value.startswith(_PLACEHOLDER_OPEN):  # <uw wachtwoord>, [wachtwoord], (volgt via sms)
                continue
            value = _clean(raw_value)
            value_start = tail.start("value") + raw_value.find(value) if value else tail.start("value")
            sep = tail.group("sep").rstrip(":")
            tight = bool(tail.group("nl")) or (sep in ("", "=") and not qual and _line_end(text, tail.end("value")))
            if _PIN_QUAL.match(tail.group("qual")):
                family = "pin"  # "wachtwoord/pincode: 4821"
            value = _spelled(text, value_start, value, family)  # "is 0 6 1 2", "is 12-34-56"
            if value and _value_ok(text, value_start, value, strength(value, min_length), family, True, tight):
                hits.append(_Hit(match.start(), value_start, value))
            elif not tail.group("nl") and (
                hit := _filler_hit(text, match, tail.start("value"), family, min_length)
                or _sentence_hit(text, match, family, min_length)
                # the separator belonged to a later clause: "Deurcode 7319 want de badgelezer is stuk"
                or _direct_hit(text, match, family, min_length)
                or _place_hit(text, match, family, min_length)
            ):
                hits.append(hit)
            continue
        hit = (
            _direct_hit(text, match, family, min_length)
            or _place_hit(text, match, family, min_length)
            or _display_hit(text, scan, match, family, min_length)
            or _phrase_hit(text, match, family, min_length)
            or _inverted_hit(text, scan, match, family, min_length)
            or _sentence_hit(text, match, family, min_length)
        )
        if hit is not None:
            hits.append(hit)
    for match in _login_phrases(scan, matches):
        value = _clean(text[match.start("value") : match.end("value")])
        if strength(value, min_length) != "strong":
            continue
        window = text[max(0, match.start() - NEAR) : match.end() + NEAR]
        if not any(re.fullmatch(_WEAK, _fold(k.group("kw"))) is None for k in _KEYWORD.finditer(window)):
            continue
        start = match.start("value") + text[match.start("value") : match.end("value")].find(value)
        hits.append(_Hit(match.start(), start, value))
    hits += _login_pairs(text, scan, min_length)
    return hits


def _platform_name(value: str) -> bool:
    """A platform's or an ordinary word's name with digits and signs around it: "Office365", "Bingel-2024"."""
    return re.sub(r"[^a-z]", "", _fold(value)) in _PROSE


def _strong_value(text: str, start: int, end: int, min_length: int) -> tuple[str, int] | None:
    """The secret in ``text[start:end]`` (quotes and trailing punctuation cleaned) and where it starts, when
    it is strong and no platform's name; else None."""
    raw = text[start:end]
    value = _clean(raw)
    if strength(value, min_length) != "strong" or _platform_name(value):
        return None
    return value, start + raw.find(value)


def _login_pairs(text: str, scan: str, min_length: int) -> list[_Hit]:
    """A login phrase with a user name and a strong secret, anywhere (no keyword needed); the secret may be
    no platform name ("inloggen met Smartschool en Office365" names two platforms)."""
    hits: list[_Hit] = []
    if not _LOGIN_WORD.search(scan):  # a cheap literal pass before the pattern that tries every position
        return hits
    for match in _LOGIN_PAIR.finditer(scan):
        if found := _strong_value(text, match.start("value"), match.end("value"), min_length):
            hits.append(_Hit(match.start(), found[1], found[0]))
    return hits


# Entering or opening with a number, with no password keyword: "typ op het scherm van de kopieerapparaten
# 55813", "het cijferslot gaat open met 3 7 1 9", "de iPads ontgrendelen met 246810", "tapez 40772".
_UNLOCK = re.compile(
    r"\b(?:typ|tik|toets|intoetsen|intikken|intypen|ingeven|invoeren|tapez|composez|entrez|saisissez|type|enter|key in"
    r"|open|opent|openen|opende|ontgrendel\w*|ontsluit\w*|unlock\w*|opens|ouvre\w*|ouvrir|d[ée]verrouill\w*"
    r"|uitschakel\w*|uit te schakelen|uitzetten|afzetten|stil(?:len|zetten)?|disarm\w*|d[ée]sactiv\w*"
    r"|schakel\w*(?:[ \t\xa0]+\w+){0,3}?[ \t\xa0]+uit)\b"  # the split verb: "het alarm schakel je uit met ..."
)
# A lock, a keypad, an alarm or anything else that locks named in the words just before a colon (or "=") and
# the number, on the number's line and in its sentence: "alarm: 2580#", "het cijferslot van de
# fietsenstalling: 4471", "sleutelkastje kopieerkamer: 1958" (not "lokaal 12: 4471").
_LOCK_LABEL = re.compile(
    r"(?:alarm\w*|klavier|keypad|digicode|(?:cijfer|hang|code|fiets)slot\w*|kluis\w*|brandkast|safe|coffre|cadenas"
    # any other thing that locks, and "=" as the colon: "sleutelkastje kopieerkamer: 1958", "alarm = 1 9 8 6"
    rf"|{_LOCK_OBJECT.pattern})\b[^:=\n]{{0,60}}[:=][ \t\xa0]*$"
)
# ... unless the label names a count, a number, a place or a price: "aantal kluisjes: 1200", "nummer van de
# ruimte: 1207", "alarmcentrale, tel.: 016 ..."
_NOT_A_CODE_LABEL = re.compile(
    r"\b(?:aantal|nummers?|nr|no|lokaal|ruimte|room|kamer|prijs|kost\w*|euro|tel|telefoon|gsm|uur|datum|jaar"
    r"|number|count|price|phone|nombre|num[ée]ro|prix)\b"
)
# four to eight digits (a keypad code may end in # or *), or single digits spaced out: "1 9 8 4"
# a number, digits spaced out, a pattern lock's dots numbered as on a keypad ("het patroon 1-4-7-8-9") or a
# dial's combination ("gaat open met 19-07-33": only right after "met", "with", "avec": it is also a date)
_PIN_VALUE = re.compile(
    r"(?<![\w.,/+-])(?:\d{1,2}(?: ?[-–—] ?\d{1,2}){2,7}|\d(?: \d){3,7}|\d{4,8}[#*]?)(?![\w/-]|[.,]\d| \d| [-–—])"
)
# (written with one leading digit so that the engine can skip to the digits: the same matches as
# "\d{1,2}(?: ?- ?\d{1,2}){2,7}|\d(?: \d){3,7}|\d{4,8}"; a dial's groups may stand apart, with any dash:
# "12 - 36 - 04", "42 – 17 – 8")
_DIGIT_RUN = re.compile(r"\d(?:\d?(?: ?[-–—] ?\d{1,2}){2,7}|(?: \d){3,7}|\d{3,7})")
# A dial's turns after a lock's label or a verb of opening: "Kluis: R 42 – L 17 – R 8"
# (turns joined by a dash or a comma, or said: "19 naar links, 47 naar rechts en 22 naar links")
_TURN_JOIN = r"[ \t\xa0]*+(?:[–—,/-][ \t\xa0]*+)?(?:(?:en|dan|and|then|et|puis)[ \t\xa0]++)?"
# (the first turn may say how often: "eerst 3 keer naar rechts tot 6, dan naar links tot 29, ...")
_TURNS = re.compile(
    rf"(?:eerst[ \t\xa0]+)?(?:\d[ \t\xa0]*(?:keer|maal|x)[ \t\xa0]+)?{_TURN}(?:{_TURN_JOIN}{_TURN}){{2,5}}(?!\d)"
)
# where one turn follows another ("42 – l 17"): opens with a digit, so that re scans for digits at C speed
_TURN_LINK = re.compile(
    rf"\d[ \t\xa0]*+(?:[–—,/-]?[ \t\xa0]*+(?:{_TURN_WORDS}|[lr])"
    rf"|(?:naar[ \t\xa0]+)?(?:{_TURN_WORDS})[ \t\xa0]*+[–—,/-]?"
    # "6, dan naar links tot 29"
    rf"|[–—,/-]?[ \t\xa0]*+(?:(?:en|dan|terug|weer|naar)[ \t\xa0]+){{1,3}}(?:{_TURN_WORDS})[ \t\xa0]+(?:tot|op|to))"
    r"[ \t\xa0]*+\d"
)
_DASH = re.compile(r" ?[-–—] ?")
_TURN_WORD = re.compile(rf"\b(?:{_TURN_WORDS})\b")  # "eerst rechts naar 27-04-91"
# a day, a month and a year: 14-03-25, 3-9-2024 (day up to 31, month up to 12)
_DATE_SHAPE = re.compile(r"(?:0?[1-9]|[12]\d|3[01]) ?- ?(?:0?[1-9]|1[0-2]) ?- ?(?:\d{2}|\d{4})")
_DIAL_AFTER = re.compile(r"\b(?:met|with|avec)[ \t\xa0]+$")
# A lock set to a number: "het cijferslot staat op 1964", "the padlock is set to 4-1-7", "staat nu op 2-7-1-9"
# (up to three words of time between: "staat sinds vandaag op", "staat voortaan weer op")
_SET_TIME = (
    r"(?:[ \t\xa0]+(?:nu|voortaan|opnieuw|weer|terug|tijdelijk|nog|altijd|al|sinds|vanaf|vandaag|gisteren|now)){0,3}"
)
# (the verb first, its subject after it: "vanaf maandag staat de combinatie op 0-4-1-9", "staat het slot nu op 315")
_SET_SOURCE = (
    r"\b(?:sta(?:at|an)|ingesteld|gezet|is set|set|r[ée]gl[ée]e?)"
    rf"{_SET_TIME}(?:[ \t\xa0]+(?:de|het|die|dat|ons|onze|mijn|haar|zijn)[ \t\xa0]+\w+){{0,1}}{_SET_TIME}"
    r"[ \t\xa0]+(?:op|to|sur)[ \t\xa0]+"
)
_SET = re.compile(_SET_SOURCE + "$")
SET_BEFORE = 48  # characters before a number in which its setting verb may stand
_DESCRIBED = re.compile(r"[ \t\xa0]+(?:is|was|zijn|waren|wordt|blijft|est|are|were)\b")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n[ \t]*\n|\n[ \t]*[-•*] ")
UNLOCK_WORDS = 8  # words between the verb and the number
MAX_UNLOCK = 500  # digit runs examined per text part


def _sentence_start(scan: str, pos: int, reach: int = 100) -> int:
    """Where the sentence that ``pos`` stands in starts, looking back at most ``reach`` characters."""
    lead_start = max(0, pos - reach)
    ends = list(_SENTENCE_END.finditer(scan, lead_start, pos))
    return ends[-1].end() if ends else lead_start


def _unlock_hits(text: str, scan: str, skip_meetings: bool) -> list[_Hit]:
    """A number typed in or opened with, near a thing that locks (copier, door, alarm, locker, iPad).
    Digit runs are found first (a cheap pass), then the verb is looked for in the words before them."""
    hits: list[_Hit] = []
    values = [
        v for d in itertools.islice(_DIGIT_RUN.finditer(scan), MAX_UNLOCK) if (v := _PIN_VALUE.match(scan, d.start()))
    ]
    if _TURN_LINK.search(scan):  # the turns' pattern tries every "l" and "r": only where two turns meet (16 µs)
        values += itertools.islice(_TURNS.finditer(scan), MAX_UNLOCK)  # "r 42 – l 17 – r 8"
    for value in values:
        lead_start = _sentence_start(scan, value.start())
        verbs = list(_UNLOCK.finditer(scan, lead_start, value.start()))
        labelled = False  # a label and a colon are explicit: a year-like number is the code ("kluis: 1958")
        setting = _SET.search(scan, max(lead_start, value.start() - SET_BEFORE), value.start())
        if setting is not None:  # "het cijferslot staat op 0-4-2": as explicit as a label
            verb, labelled = setting, True
        elif verbs and len(scan[verbs[-1].end() : value.start()].split()) <= UNLOCK_WORDS:
            verb = verbs[-1]
        elif any(c.isalpha() for c in value.group()):
            # a dial's turns are their own label ("rechts 31 - links 07 - rechts 88" under "in de kluis"): no one
            # writes them but to open a lock, which must be named near (below)
            verb, labelled = value, True
        else:  # "het alarm aan het klavier naast de hoofdingang: 2580 en dan #": a lock's label, a colon
            line_start = max(lead_start, scan.rfind("\n", 0, value.start()) + 1)
            label = _LOCK_LABEL.search(scan, line_start, value.start())
            if label is None or _NOT_A_CODE_LABEL.search(scan, line_start, value.start()):
                continue
            if _DESCRIBED.match(scan, value.end()):
                continue  # "bij de deur van de zaal: 3041 is ons huisnummer": the number is described, not handed over
            verb, labelled = label, True
        number = text[value.start() : value.end()]
        turns = any(c.isalpha() for c in number)  # a dial's turns: "R 42 – L 17 – R 8", "19 links - 47 rechts"
        groups = _DASH.split(number)
        dial = not turns and len(groups) > 1 and (len(groups) < 4 or any(len(g) > 1 for g in groups))
        # "12-03-25" is a date unless the lock opens "met" it or is set to it, or a lock's label names it and it
        # cannot be a date ("kluis: 42 – 17 – 8")
        maybe_date = dial and (not labelled or (len(groups) == 3 and int(groups[0]) <= 31 and int(groups[1]) <= 12))
        if maybe_date and not (setting or _DIAL_AFTER.search(scan, max(0, value.start() - 8), value.start())):
            continue
        if " " not in number:
            if not _number_ok(text, value.start(), value.end(), year_ok=labelled):
                continue
            if re.match(r"[ \t\xa0]+[A-Z][a-z]", text[value.end() : value.end() + 3]):
                continue  # a postcode: "3000 Leuven"
        window_start = max(0, verb.start() - CONTEXT_BEFORE)
        lock = _LOCK_OBJECT.search(scan, window_start, value.end() + CONTEXT_AFTER)
        if lock is None:
            continue
        if skip_meetings and _meeting_near(scan, verb.start(), value.end()) and not _lock_before(scan, value.start()):
            continue  # a meeting's passcode; but a door's code in a mail with an invitation below still counts
        # (the turns alone: the evidence shows the lock named before them, "…kluis van het secretariaat …")
        start = lock.start() if verb is value and lock.start() < value.start() else verb.start()
        hits.append(_Hit(start, value.start(), number))
    return hits


# A place that locks (not a device: an invitation's "computer, mobiele app of ruimteapparaat" is no door), an
# account with a user of its own, which no meeting has ("Gebruiker: lo-team - wachtwoord: ...", "NAS"), or a file
# protected with it ("het pdf-bestand is beveiligd met het wachtwoord ...", "de bijlage opent met ...")
_PLACE_LOCK = re.compile(
    rf"deur|poort|{_DOOR_EN}|\bgates?\b|\bportes?\b|portail|ingang|entrance|kluis|locker|\bkastjes?\b|alarm|klavier"
    r"|keypad|digicode|\bhek\b|\bsafe\b|coffre|brandkast|sleutelkast|berging|fietsenstalling|\blift\b"
    r"|gebruiker|\buser(?:name)?\b|\blogin\b|utilisateur|identifiant|\bnas\b|\bserver\b"
    r"|bestand|bijlage|\bpdf\b|\bzip\b|\bdocument|\bfichier|pi[eè]ce jointe|attachment|\bfiles?\b"
    r"|wi-?fi|netwerk|network|r[ée]seau|\bssid\b|\bwlan\b|draadloos|hotspot"  # a network's key opens no meeting
)


def _lock_before(scan: str, pos: int) -> bool:
    """Whether the line of ``pos``, in its sentence, names a place that locks before it ("use the side door in the
    Celestijnenlaan, door code 4455"), an account's user ("Gebruiker: lo-team - wachtwoord: X") or a file ("het
    pdf-bestand is beveiligd met het wachtwoord X"): a code there opens that place, account or file, not the
    meeting whose invitation stands near. A network named there ("het gastnetwerk is SPC-Gast, sleutel X") is such
    a place too: its key opens the network."""
    start = max(_sentence_start(scan, pos), scan.rfind("\n", 0, pos) + 1)
    return _PLACE_LOCK.search(scan, start, pos) is not None


# What the keyword's password opens, named right after it, before its value: "het wachtwoord van die map is X",
# "het paswoord voor de gedeelde schijf: X" (a folder, a share, a file, an account: not the meeting near it)
_QUALIFIER = re.compile(r"[^:=\n]{0,60}?(?=[:=\n]|\b(?:is|was|blijft|wordt|est)\b)")
_SHARED_PLACE = re.compile(r"\bmap\b|\bmappen\b|folder|dossier|schijf|\bdrive\b|sharepoint|onedrive|dropbox|wetransfer")


def _thing_named_after(scan: str, pos: int) -> bool:
    qualifier = _QUALIFIER.match(scan, pos)
    if qualifier is None or not qualifier.group().strip():
        return False
    return _PLACE_LOCK.search(qualifier.group()) is not None or _SHARED_PLACE.search(qualifier.group()) is not None


# A combination lock named right before its number, which may have three digits: "het geldkistje; cijferslot
# 382", "de kast heeft een cijferslot, 1904", "hangslot: 0815".
_COMBINATION = re.compile(
    r"\b(?:cijferslot|hangslot|combinatieslot|codeslot|cadenas|padlock|combination lock)(?:je|jes|en)?"
    r"[ \t\xa0]*[,:=]?[ \t\xa0]*(?:(?:is|staat op)[ \t\xa0]+)?(?P<value>\d{3,8})(?![\w/-]|[.,]\d| \d)"
)


# A combination lock set to three digits, named earlier in the sentence: "het slot van de ballenkast in zaal 2
# staat op 315" (four and more digits: ``_unlock_hits``, with any lock)
_SET_THREE = re.compile(_SET_SOURCE + r"(?P<value>\d{3})(?![\w/-]|[.,]\d| \d)")
_COMBINATION_LOCK = re.compile(
    r"\b(?:(?:cijfer|hang|combinatie|code|fiets)?slot|kluis|kluisje|locker|cadenas|padlock|lock|combination lock)\b"
)


def _combination_hits(text: str, scan: str) -> list[_Hit]:
    hits: list[_Hit] = []
    if not any(word in scan for word in ("slot", "cadenas", "padlock", "combination", "lock", "kluis")):
        return hits  # the pattern tries every word start: most mails name no lock at all
    for match in itertools.islice(_COMBINATION.finditer(scan), MAX_UNLOCK):
        if _number_ok(text, match.start("value"), match.end("value"), year_ok=True):
            hits.append(_Hit(match.start(), match.start("value"), text[match.start("value") : match.end("value")]))
    for match in itertools.islice(_SET_THREE.finditer(scan), MAX_UNLOCK):
        if len(set(match.group("value"))) == 1:
            continue  # "zet hem terug op 000": the lock scrambled, no code
        lock = _COMBINATION_LOCK.search(scan, _sentence_start(scan, match.start()), match.start())
        if lock is not None and _number_ok(text, match.start("value"), match.end("value"), year_ok=True):
            hits.append(_Hit(lock.start(), match.start("value"), text[match.start("value") : match.end("value")]))
    return hits


# A password spelled out in words, as it is read out on the phone: "het ww is hoofdletter S, dan t r o o m, dan
# 2024, dan een uitroepteken", "capital K, then a-p-e-l, then 77". Its pieces: a capital named with its letter, a
# run of three or more single letters, a small letter named with its letter ("kleine letter o"), a sign named, a
# group of digits (or digits said one by one: "7 - 2 - 0 - 9 - 1"); a spelling needs a named capital, a named small
# letter or a letter run and a piece of another kind, in the keyword's sentence (advice names a capital without its
# letter: "een hoofdletter, een cijfer en een leesteken").
_CAPITAL_NAMED = re.compile(
    r"\b(?:hoofdletter|grote letter|grote|capital|capital letter|uppercase|majuscule|lettre majuscule)"
    r"[ \t\xa0]+(?:[a-z]|de letter [a-z])\b(?![.'’-]\w)"
)
# the sentence right after the keyword's, saying the case of the letters and ending in a colon over the spelling
_CASE_SAID = re.compile(
    r"[ \t\xa0\r\n]*[^.!?:\n]{0,40}\b(?:kleine letters|hoofdletters|lower ?case|small letters|minuscules|majuscules)"
    r"[^.!?:\n]{0,30}:"
)
_LETTER_RUN = re.compile(r"(?<![\w'’])[a-z](?:(?:[ \t\xa0]|[ \t\xa0]?[-.][ \t\xa0]?)[a-z]){2,24}(?![\w'’])")
# a small letter named with its letter, as a spelling read out one letter a line: "kleine letter o"
_SMALL_NAMED = re.compile(
    r"\b(?:kleine letter|kleine|small letter|small|lowercase|minuscule|lettre minuscule)[ \t\xa0]+[a-z]\b(?![.'’-]\w)"
)
_SIGN_NAMED = re.compile(
    r"\b(?:uitroepteken|vraagteken|apenstaartje|hekje|sterretje|dollarteken|procentteken|underscore"
    r"|liggend streepje|exclamation mark|question mark|at sign|hash sign|point d'exclamation|arobase|di[eè]se)\b"
)
# a group of digits, or digits said one by one: "dan de cijfers 7 - 2 - 0 - 9 - 1"
# (digits in a run, one by one with dashes, or one by one with spaces as the letters before them: "m e n t o r 2 4")
_DIGIT_GROUP = re.compile(
    r"(?<![\w.,/])(?:\d{2,8}|\d(?:[ \t\xa0]*[-–][ \t\xa0]*\d){2,7}|\d(?:[ \t\xa0]\d){1,7})(?![\w.,/])"
)
SPELL_REACH = 200  # characters after the keyword in which the spelling stands (within its sentence)
MAX_SPELLED = 200  # keywords whose sentence is read for a spelling (bounded work on hostile input)


def _password_words(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The keywords that name a password itself (wachtwoord, paswoord, password; ww, pw), the first MAX_SPELLED:
    the ones a spelling or a password's pieces stand under."""
    return [match for match in matches[:MAX_SPELLED] if _family(match.group("kw")) in ("strong", "short")]


def _joined_strong(pieces: list[tuple[int, str]], min_length: int, pin: bool = False) -> bool:
    """Whether the values of ``pieces`` ((start, value) each), joined, are a secret: one password sent in parts, or
    with ``pin`` (a lock's or a PIN's code) a PIN's digits."""
    kind = strength("".join(value for _, value in pieces), min_length)
    return kind == "strong" or (pin and kind == "pin")


def _spelling(scan: str, start: int, stop: int) -> tuple[int, int] | None:
    """The span of a spelling in scan[start:stop]: a named capital or a letter run, and a piece of another kind."""
    pieces = {
        kind: list(pattern.finditer(scan, start, stop))
        for kind, pattern in (
            ("capital", _CAPITAL_NAMED),
            ("letters", _LETTER_RUN),
            ("small", _SMALL_NAMED),
            ("sign", _SIGN_NAMED),
            ("digits", _DIGIT_GROUP),
        )
    }
    kinds = [kind for kind, found in pieces.items() if found]
    if len(kinds) < 2 or not ({"capital", "letters", "small"} & set(kinds)):
        return None
    first = min(found[0].start() for found in pieces.values() if found)
    last = max(found[-1].end() for found in pieces.values() if found)
    return first, last


def _spelled_out_hits(text: str, scan: str, matches: list[re.Match[str]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _password_words(matches):
        end = _SENTENCE_END.search(scan, match.end(), match.end() + SPELL_REACH)
        stop = end.start() if end else min(len(scan), match.end() + SPELL_REACH)
        span = _spelling(scan, match.end(), stop)
        if span is None and end is not None:
            # the spelling in a later sentence ("Ik heb het wachtwoord gewijzigd. Ik spel het: hoofdletter D -
            # i - j ..."): only one that opens with a capital named with its letter, a password's own shape
            capital = _CAPITAL_NAMED.search(scan, end.end(), match.end() + SPELL_REACH)
            if capital is not None:
                after = _SENTENCE_END.search(scan, capital.end(), capital.end() + SPELL_REACH)
                span = _spelling(scan, capital.start(), after.start() if after else capital.end() + SPELL_REACH)
            # or after the next sentence's colon that tells the letters' case ("Het is alles in kleine letters:")
            elif (said := _CASE_SAID.match(scan, end.end())) is not None:
                after = _SENTENCE_END.search(scan, said.end(), said.end() + SPELL_REACH)
                span = _spelling(scan, said.end(), after.start() if after else said.end() + SPELL_REACH)
        if span is not None:
            hits.append(_Hit(match.start(), span[0], text[span[0] : span[1]]))
    return hits


# A password cut over lines right under its label, said so: "Wachtwoord (in 2 stukken):" over "Colos" and
# "seum#25", "gewoon aan elkaar plakken", "ww:" over three lines and "(zonder enters natuurlijk)". The pieces are
# single tokens, one a line; joined they make a secret.
_PIECE_WORDS = re.compile(
    r"stukken|stukjes|\bdelen\b|helften|aan elkaar|achter elkaar|\bpieces\b|\bparts\b|together|morceaux|parties"
    # or that the line breaks are not part of it: "(zonder enters natuurlijk)", "without the line breaks"
    r"|zonder (?:de )?(?:enters?|regeleindes?|regelovergangen|witregels)|op [eé][eé]n (?:lijn|regel)"
    r"|without (?:the )?line ?breaks|sans (?:les )?retours? [àa] la ligne"
)
_PIECE_LINE = re.compile(r"[ \t\xa0]*(?P<value>\S{1,24})[ \t\xa0]*\r?")
PIECE_LINES = 4


def _piece_lines_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _password_words(matches):
        line_end = scan.find("\n", match.end())
        if line_end < 0:
            continue
        if not scan[match.end() : line_end].rstrip(" \t\r").endswith(":"):
            # the label's sentence wrapped once: "ik zet het wachtwoord op twee lijnen, plak ze achter elkaar" over
            # "zonder spatie:"
            wrapped = scan.find("\n", line_end + 1)
            if wrapped <= line_end + 1 or not scan[line_end + 1 : wrapped].rstrip(" \t\r").endswith(":"):
                continue
            line_end = wrapped
        pos = line_end + 1
        blank = _BLANK_LINE.match(text, line_end)
        if blank is not None:
            pos = blank.end()  # one blank line between the label and the pieces
        pieces: list[tuple[int, str]] = []
        for line in text[pos:].split("\n", PIECE_LINES)[:PIECE_LINES]:
            piece = _PIECE_LINE.fullmatch(line)
            if piece is None:
                break
            pieces.append((pos + piece.start("value"), piece.group("value")))
            pos += len(line) + 1
        if len(pieces) < 2:
            continue
        said = scan[scan.rfind("\n", 0, match.start()) + 1 : pos + 120]  # the label's line, the pieces, what follows
        if _PIECE_WORDS.search(said) and _joined_strong(pieces, min_length):
            hits.extend(_Hit(match.start(), start, value) for start, value in pieces)
    return hits


# A lock's code given one number a line, under a label that ends its line with a colon: "Nieuwe code:" over
# "19", "84", "27" (a dial's turns, as a safe's combination is read out). A thing that locks must be named near.
_STACKED = re.compile(
    r"\b(?:code|codes|combinatie|cijfercode|pincode|pin|combinaison|combination)"
    # what it opens may stand between the word and its colon ("De code van de kluis (achter mijn bureau):"), a
    # blank line under it, and a dash on a line of its own between the numbers ("37" / "-" / "82" / "-" / "15")
    r"(?:[ \t\xa0]+[^\n:]{1,40})?[ \t\xa0]*:[ \t\xa0]*\r?\n(?:[ \t\xa0]*\r?\n)?"
    r"(?P<value>[ \t\xa0]*\d{1,3})[ \t\xa0]*\r?\n"
    r"(?:(?:[ \t\xa0]*[-–—][ \t\xa0]*\r?\n)?[ \t\xa0]*\d{1,3}[ \t\xa0]*(?:\r?\n|$)){2,5}"
)


# ... or under a verb of opening that ends its line, the numbers one a line after it (a blank line may stand
# between), four digits or more in all: "Het digitale slot gaat open met" over "73" and "19" (batch36's class).
# The numbers' lines are found first (a cheap pass), then the verb at the end of the line before them.
_DIGIT_LINES = re.compile(
    r"\n(?:[ \t\xa0]*\r?\n)?(?P<value>[ \t\xa0]*\d{1,4})[ \t\xa0]*\r?\n"
    r"(?P<more>(?:[ \t\xa0]*\d{1,4}[ \t\xa0]*(?:\r?\n|$)){1,5})"
)
_UNLOCK_ENDS = re.compile(
    rf"{_UNLOCK.pattern}(?:[ \t\xa0]+(?:je|u|jullie|hem|het|ze|it))?(?:[ \t\xa0]+(?:met|with|avec))?"
    r"[ \t\xa0]*:?[ \t\xa0]*\r?$"
)
STACKED_DIGITS = 4


def _stacked_hits(text: str, scan: str) -> list[_Hit]:
    hits: list[_Hit] = []
    if ":\n" in scan or ":\r\n" in scan:
        for match in itertools.islice(_STACKED.finditer(scan), MAX_UNLOCK):
            hits.extend(_stacked_hit(text, scan, match, match.start()))
    for lines in itertools.islice(_DIGIT_LINES.finditer(scan), MAX_UNLOCK):
        if sum(c.isdigit() for c in lines.group("value") + lines.group("more")) < STACKED_DIGITS:
            continue
        line_start = scan.rfind("\n", 0, lines.start()) + 1
        verb = _UNLOCK_ENDS.search(scan, line_start, lines.start())
        if verb is not None:
            hits.extend(_stacked_hit(text, scan, lines, verb.start()))
    return hits


def _stacked_hit(text: str, scan: str, match: re.Match[str], start_at: int) -> list[_Hit]:
    """The hit of a stack of numbers whose label or verb starts at ``start_at``, when a thing that locks is named
    near."""
    window = scan[max(0, start_at - CONTEXT_BEFORE) : match.end() + CONTEXT_AFTER]
    if _LOCK_OBJECT.search(window) is None:
        return []
    start = match.start("value") + len(match.group("value")) - len(match.group("value").lstrip())
    return [_Hit(start_at, start, text[start : match.end("value")])]


# A value with spaces in it, said so on the next line: "Nieuw paswoord: tulp kanaal fiets 58" over "(met spaties,
# alles kleine letters)", "It's: Dijle-Wifi 88" over "(with the space, capital D and W)". The value is what
# follows the last colon (or "=") of its line, two to six words with a digit among them, not advice; a password
# keyword within NEAR characters (before it, or in the quoted question below a reply).
_SPACES_SAID = re.compile(
    r"^[ \t\xa0>]*\(?(?:met|with|avec|incl\.?|inclusief|including)[ \t\xa0]+(?:de |een |the |a |les? |l['’]|des |un )?"
    r"(?:spaties?|spaces?|espaces?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_COLON_VALUE = re.compile(r"[:=][ \t\xa0]*(?P<value>[^\s:=][^:=\n]{0,60}?)[ \t\xa0\r]*$")
SPACED_WORDS = 6


def _spaced_hits(text: str, scan: str, matches: list[re.Match[str]]) -> list[_Hit]:
    hits: list[_Hit] = []
    if "spati" not in scan and "space" not in scan and "espace" not in scan:
        return hits  # most mails say nothing of spaces
    for said in itertools.islice(_SPACES_SAID.finditer(scan), MAX_UNLOCK):
        line_end = said.start() - 1  # the line before: the value's
        if line_end <= 0 or scan[line_end] != "\n":
            continue
        line_start = scan.rfind("\n", 0, line_end) + 1
        value = _COLON_VALUE.search(scan, line_start, line_end)
        words = value.group("value").split() if value is not None else []
        if value is None or not 2 <= len(words) <= SPACED_WORDS:
            continue
        if not any(c.isdigit() for c in value.group("value")) or words[0] in _PROSE | _PHRASE_STOP:
            continue  # "Wachtwoord: kies drie woorden (met spaties)": advice, not a value
        near = [m for m in matches if abs(m.start() - value.start()) <= NEAR and _family(m.group("kw")) != "code"]
        if near:
            start, end = value.start("value"), value.end("value")
            hits.append(_Hit(line_start, start, text[start:end]))
    return hits


# A password in a link's user part, any scheme: "ftp://scanner:Kopie!2024@10.20.1.15/scans",
# "https://admin:SpcNas#88@nas.example:5001/" (the links rule judges the link; this one, the secret).
_URL_USERINFO = re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s/:@<>\"']{1,64}:(?P<value>[^\s/@<>\"']{1,64})@[\w.\[\]-]")


def _url_hits(text: str, min_length: int) -> list[_Hit]:
    hits: list[_Hit] = []
    if "://" not in text:  # the pattern tries every word start; most mails have no such link at all
        return hits
    for match in itertools.islice(_URL_USERINFO.finditer(text), MAX_UNLOCK):
        value = match.group("value")
        if strength(value, min_length) in ("strong", "mixed", "word", "pin"):
            hits.append(_Hit(match.start(), match.start("value"), value))
    return hits


# A list of codes below the sentence that names them: "de reservecodes voor je account:" and then one code a
# line ("81924-33071"); at least two such lines, right after the keyword's paragraph, or right under the
# keyword's line when it ends in a colon ("Herstelcodes (elk eenmalig):" over "1. 7GQK-..." ...).
# (a backup code may be groups of digits with a space between, as Google prints them: "4821 9930")
_ROW_START = r"[ \t\xa0>]*(?:\d{1,2}[.)][ \t\xa0]+|[-•*][ \t\xa0]+)?"  # a list row's indent, number or bullet
_CODE_LINE = re.compile(_ROW_START + r"(?P<value>\d{4,8}(?: \d{4,8})+|\S+)[ \t\xa0]*\r?$")
# a row of such a list whose value is a word, not a code: "gebruiker 01 (directie)   : ongewijzigd"
_WORD_ROW = re.compile(
    r"[ \t\xa0>]*(?:[-•*][ \t\xa0]+)?[^\s:=][^:=\n]{0,40}?[:=][ \t\xa0]*[^\W\d_][\w.-]*[ \t\xa0]*\r?$"
)
# under a PIN word, a line may name what the PIN opens before it: "* B.101  1203", "- kluis 2: 4471"
_PIN_LINE = re.compile(
    _ROW_START + r"[^\s:=][^:=\n]{0,40}?(?:[:=]|[ \t\xa0])[ \t\xa0]*(?P<value>\d{4,8}[#*]?)[ \t\xa0]*\r?$"
)
_CODE_GROUPS = re.compile(r"\d{4,8}(?:[- ]\d{4,8})+")
# a row that names what its value opens, "label: value" (the value one token)
_LABELLED_ROW = re.compile(
    _ROW_START + r"(?P<label>[^\s:=][^:=\n]{0,40}?)[ \t\xa0]*[:=][ \t\xa0]*(?P<value>\S+)[ \t\xa0]*\r?"
)
# a piece of one secret sent in parts, as some advise: "deel 1", "stuk 2", "part 1", "partie 2", "eerste deel"
_PART_LABEL = re.compile(
    r"(?i:(?:deel|stuk|gedeelte|helft|part|partie|piece)[ \t\xa0]*\d|(?:eerste|tweede|derde|first|second|third)"
    r"[ \t\xa0]+(?:deel|stuk|helft|part|half))"
)
LIST_LINES = 12
PIECE_GAP = 3  # blank lines that may stand between two pieces of one secret
_BLANK_LINE = re.compile(r"\r?\n[ \t\xa0]*\r?\n")


_CELL_GAP = re.compile(r"[ \t\xa0]{2,}|\t")


_CELL_NUMBER = re.compile(r"\d{1,2}[.)][ \t\xa0]+")  # a code's number in its list: "1. 8437-2219      6. 1180-6652"


def _code_cells(line: str) -> list[tuple[int, str]]:
    """A list row of two or more codes side by side, each groups of digits ("4821-9930", "4829 1057"), apart by
    a tab or two spaces, each maybe after its number in the list: (offset in the line, code) each; [] for any other
    line."""
    if not any(ch.isdigit() for ch in line[:12]):
        return []
    cells: list[tuple[int, str]] = []
    pos = 0
    for gap in [*_CELL_GAP.finditer(line.rstrip("\r")), None]:
        end = gap.start() if gap else len(line.rstrip("\r"))
        cell = line[pos:end]
        code = cell.strip(" \xa0")
        if code:
            start = pos + len(cell) - len(cell.lstrip(" \xa0"))
            if (number := _CELL_NUMBER.match(code)) is not None:
                code, start = code[number.end() :], start + number.end()
            if _CODE_GROUPS.fullmatch(code) is None:
                return []
            cells.append((start, code))
        pos = gap.end() if gap else end
    return cells if len(cells) >= 2 else []


# A key in groups of four, as authenticators, licences and recovery keys print them: "JBSW Y3DP EHPK 3PXP 7GQA"
# (base32 letters and digits, four groups or more, a digit among them), within NEAR characters after its keyword
_KEY_GROUPS = re.compile(r"(?<!\S)(?=[A-Z2-7 ]*\d)[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,15}(?!\S)")


def _key_groups_hits(text: str, matches: list[re.Match[str]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in matches[:MAX_SPELLED]:
        if _family(match.group("kw")) not in ("strong", "net"):
            continue
        if key := _KEY_GROUPS.search(text, match.end(), match.end() + NEAR):
            hits.append(_Hit(match.start(), key.start(), key.group()))
    return hits


# A BitLocker recovery password: eight groups of six digits, each a multiple of 11 (the check BitLocker itself
# makes on what is typed: random digits pass it once in 2 x 10^8). The shape and the check are the secret's own:
# no keyword is needed, as for an IBAN. (BitLocker's groups also stay below 720,896, 65,536 x 11; that bound is
# not asked: it adds nothing to the check.)
_RECOVERY_KEY = re.compile(r"(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])")


def _recovery_key_hits(text: str) -> list[_Hit]:
    if "-" not in text:
        return []
    hits: list[_Hit] = []
    for key in itertools.islice(_RECOVERY_KEY.finditer(text), MAX_UNLOCK):
        groups = [int(group) for group in key.group().split("-")]
        if all(group % 11 == 0 for group in groups):
            hits.append(_Hit(key.start(), key.start(), key.group(), table=True))  # a row's other cells: names
    return hits


# Secrets whose shape is their own, as their issuers document it, with or without a word that names them: a private
# key's PEM armour; GitHub's tokens (ghp_, gho_, ghu_, ghs_, ghr_ and 36 characters; github_pat_), GitLab's
# (glpat-), Slack's (xoxb- ...), an AWS access key id (AKIA and 16), a Google API key (AIza and 35).
_TOKEN_FORMATS = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
    r"|(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255}|glpat-[A-Za-z0-9_-]{20,}"
    r"|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35})(?![\w-])"
)
# A secret assigned in code or a configuration file: a name holding key, token, secret or password, "=" or ":", and a
# value with a digit in it: quoted, twelve characters or more ('API_KEY = "7f3c9a1e..."', "client_secret: 'x...'"),
# or alone after its name on a line of its own, eight or more ("DB_PASSWORD=Sup3r!geheim99" in a .env file)
_SECRET_NAME = (
    r"(?i:\b[\w.-]{0,40}?(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|passphrase|psk"
    r"|(?:private|pre-?shared)[_-]?key)[\w.-]{0,40})"  # a VPN's or Wi-Fi's key: "PrivateKey = ...", "wpa_passphrase="
)
_ASSIGNED = re.compile(
    # a configuration line's name at its start (an unquoted value), or a name anywhere before a quoted value
    rf"(?:^[ \t]*(?:export[ \t]+)?(?={_SECRET_NAME}[ \t]*[:=][ \t]*[^\s\"'])"
    rf"|(?<![\w.-])(?={_SECRET_NAME}[\"']?[ \t]*[:=][ \t]*[\"']))"
    rf"{_SECRET_NAME}[\"']?[ \t]*[:=][ \t]*"
    r"(?:(?P<q>[\"'])(?P<value>(?=[^\"'\s]*\d)[A-Za-z0-9_+/=.!@#$%^&*~-]{12,200})(?P=q)"
    r"|(?P<bare>(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9_+/=.!@#$%^&*~-]{8,200})[ \t]*\r?$)",
    re.MULTILINE,
)


def _token_hits(text: str) -> list[_Hit]:
    if "-" not in text and "_" not in text and "=" not in text and ":" not in text:
        return []
    formats = itertools.islice(_TOKEN_FORMATS.finditer(text), 50)
    hits = [_Hit(m.start(), m.start(), m.group()) for m in formats]
    if "=" in text or ":" in text:
        for m in itertools.islice(_ASSIGNED.finditer(text), 50):
            group = "value" if m.group("value") else "bare"
            hits.append(_Hit(m.start(), m.start(group), m.group(group)))
    return hits


# A password on a command line or in a script, where the command says which argument it is: "net use T:
# \\srv\share /user:SPC\x Secret!24" (the one bare argument beside the drive, the share and the switches), "net
# user x Secret!24 /add", "cmdkey ... /pass:X", "--password=X", "-Password X", "ConvertTo-SecureString 'X'
# -AsPlainText", "sshpass -p X", "mysql -pX", "smbclient -U user%X", "curl -u user:X", a VBScript's
# MapNetworkDrive with its fifth argument. A variable ("%PW%", "$pass", "!pw!") or "*" (asked at the prompt) is none.
_COMMAND_WORD = re.compile(
    r"(?i)\b(?:net(?:\.exe)?[ \t]+user?|cmdkey|sshpass|mysql|mysqldump|mariadb|smbclient|curl|convertto-securestring"
    r"|mapnetworkdrive)\b|--pass|--http-password|-(?:account)?password\b|/pass"
)
_NET_USE = re.compile(
    r"(?im)^[ \t@]*(?:[^\n]{0,200}?[&|(][ \t]*)?net(?:\.exe)?[ \t]+(?P<verb>use|user)\b(?P<args>[^\n]{0,300})"
)
_COMMAND_OPTION = re.compile(
    r"(?i)(?<![\w-])(?:/pass(?:word)?:|--pass(?:word|wd)?[= ][ \t]*|--http-password[= ]|-(?:Account)?Password[ \t]+"
    r"|sshpass[ \t]+-p[ \t]*|(?:mysql|mysqldump|mariadb)\b[^\n]{0,200}?[ \t]-p(?=\S)"
    r"|ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?=[\"'][^\"'\n]+[\"'][ \t]+-AsPlainText))"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']+)(?P=q)"
)
_USER_PASS = re.compile(  # the user and the password in one argument
    r"(?i)(?:\bsmbclient\b[^\n]{0,200}?[ \t]-U[ \t]*[\"']?[^\s%\"']+%"
    r"|\bcurl\b[^\n]{0,200}?[ \t](?:-u|--user)[ \t]*[\"']?[^\s:\"']+:)"
    r"(?P<value>[^\s\"']+)"
)
_ARG = r"[ \t]*\"[^\"\n]{0,300}\"[ \t]*,"
_MAP_DRIVE = re.compile(
    rf"(?i)\bMapNetworkDrive[ \t(]+\"[^\"\n]{{0,300}}\"[ \t]*,{_ARG}[ \t]*\w+[ \t]*,{_ARG}"
    r"[ \t]*\"(?P<value>[^\"\n]{1,64})\""
)
_VARIABLE = re.compile(r"^(?:%[^%]+%|![^!]+!|\$[\w:{]|\*$)")
_NOT_AN_ARGUMENT = re.compile(r"^(?:[a-z]:$|\\\\|/|-|https?:|[\d>]*>|<|[|&])", re.IGNORECASE)


def _command_hits(text: str, min_length: int) -> list[_Hit]:
    """Each command word's line, around the word (200 characters before it, 800 after: a crafted line of
    repeated command words costs no more than its length), read by the patterns above."""
    hits: dict[int, _Hit] = {}
    done = -1
    for word in itertools.islice(_COMMAND_WORD.finditer(text), MAX_UNLOCK):
        if word.start() < done:
            continue
        line_start = text.rfind("\n", 0, word.start()) + 1
        line_end = text.find("\n", word.end())
        start = max(line_start, word.start() - 200)
        done = min(len(text) if line_end < 0 else line_end, word.start() + 800)
        for match in _NET_USE.finditer(text, start, done):
            tokens = [(t.start(), t.group().strip("\"'")) for t in re.finditer(r"\S+", match.group("args"))]
            if match.group("verb").lower() == "user":
                tokens = tokens[1:2]  # "net user NAME PASSWORD /add"
            for offset, token in tokens:
                if token and not _NOT_AN_ARGUMENT.match(token) and not _VARIABLE.match(token):
                    if strength(token, min_length) != "no":
                        value_start = match.start("args") + offset
                        hits[value_start] = _Hit(match.start(), value_start, token)
                    break  # one password per command
        for pattern in (_COMMAND_OPTION, _USER_PASS, _MAP_DRIVE):
            for match in pattern.finditer(text, start, done):
                value = match.group("value")
                if not _VARIABLE.match(value) and strength(value, min_length) != "no":
                    hits[match.start("value")] = _Hit(match.start(), match.start("value"), value)
    return list(hits.values())


ROW_LINES_BELOW = 3  # lines of the keyword's paragraph under its line in which its list may start


def _first_row(text: str, pos: int) -> int | None:
    """Where a list of codes starts in the lines right under a sentence that names them, its paragraph unbroken
    ("Hieronder je tien herstelcodes. Elk werkt één keer.\nDruk ze af.\n 1.  8493-2201"): the first line that is a
    code printed as groups of digits, as backup codes are, within ROW_LINES_BELOW lines and before a blank line;
    None when there is none, or when the keyword's line is a table's (its rows are read as a table)."""
    line_start = text.rfind("\n", 0, pos - 1) + 1
    above = text[line_start : pos - 1].rstrip()
    if not above.endswith((".", "!")) or any(sep in above for sep in (";", "|", "\t")):
        return None
    for line in text[pos:].split("\n", ROW_LINES_BELOW)[:ROW_LINES_BELOW]:
        if not line.strip():
            return None
        row = _CODE_LINE.fullmatch(line)
        if row is not None and _CODE_GROUPS.fullmatch(row.group("value")):
            return pos
        pos += len(line) + 1
    return None


def _list_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    hits: list[_Hit] = []
    done = -1
    for match in matches:
        family = _family(match.group("kw"))
        if match.start() < done or not (
            family in ("strong", "pin") or (family == "code" and _context_ok(scan, match, family))
        ):
            continue  # (a bare "code" with a lock or a login near: "de code van het kluisje stuur ik in twee stukken")
        line_end = scan.find("\n", match.end())
        if (
            line_end > 0
            and scan[match.end() : line_end].rstrip(" \t\r").endswith(":")
            and not _BLANK_LINE.match(scan, line_end)
        ):
            pos = line_end + 1  # the list right under its label's line: "Herstelcodes (elk eenmalig):" over "1. ..."
        elif line_end > 0 and (row_at := _first_row(text, line_end + 1)) is not None:
            pos = row_at  # the list a line or two under the sentence that names it, its paragraph unbroken
        elif (blank := _BLANK_LINE.search(scan, match.end(), match.end() + 400)) is not None:
            pos = blank.end()
        else:
            continue
        found: list[_Hit] = []
        pins = family in ("pin", "code")
        parts: list[tuple[int, str]] = []  # a secret sent in pieces: "deel 1: Kessel", "deel 2: Lo-88"
        blanks = 0  # blank lines since the last piece: pieces may stand apart ("eerste helft: 93", "tweede helft: 58")
        for line in text[pos:].split("\n", LIST_LINES)[:LIST_LINES]:
            if parts and not found and not line.strip() and blanks < PIECE_GAP:
                blanks += 1
                pos += len(line) + 1
                continue
            blanks = 0
            if cells := _code_cells(line):  # codes side by side, as backup codes are printed: "4821-9930   1177-5042"
                found.extend(_Hit(match.start(), pos + offset, value, table=True) for offset, value in cells)
                pos += len(line) + 1
                continue
            row = _CODE_LINE.fullmatch(line)
            value = row.group("value") if row else ""
            groups = _CODE_GROUPS.fullmatch(value)
            labelled = _PIN_LINE.fullmatch(line) if pins and not value.isdigit() and not groups else None
            pair = _LABELLED_ROW.fullmatch(line) if labelled is None and not value else None
            if labelled is not None:
                value = labelled.group("value")
                if _number_ok(text, pos + labelled.start("value"), pos + labelled.end("value"), year_ok=True):
                    found.append(_Hit(match.start(), pos + labelled.start("value"), value, table=True))
                else:
                    break
            elif value and (groups or strength(value, min_length) == "strong"):
                found.append(_Hit(match.start(), pos + row.start("value"), value, table=True))  # type: ignore[union-attr]
            elif pair is not None and (
                _PART_LABEL.fullmatch(pair.group("label")) or (parts and len(pair.group("label").split()) <= 4)
            ):  # after a first piece, the next ones may be labelled by their order: "dan:", "en op het einde:"
                parts.append((pos + pair.start("value"), pair.group("value")))
            elif pair is not None and strength(pair.group("value"), min_length) == "strong":
                # a row that names what its secret opens: "C101: FR3-7Q2K" under "de toegangscode van hun lokaal"
                found.append(_Hit(match.start(), pos + pair.start("value"), pair.group("value"), table=True))
            elif pins and _WORD_ROW.fullmatch(line):
                pass  # a row whose code is a word: "gebruiker 01 (directie): ongewijzigd"; the list goes on
            elif line.strip() or found or parts:
                break
            pos += len(line) + 1
        if len(parts) >= 2 and _joined_strong(parts, min_length, pins):
            found.append(_Hit(match.start(), parts[0][0], parts[0][1]))  # one secret: its pieces joined are one
            found.extend(_Hit(match.start(), start, value) for start, value in parts[1:])
        if len(found) >= 2:
            hits.extend(found)
            done = found[-1].value_start
    return hits


# The answer to a question about a password quoted below: "ja het is nog altijd Dijle#2024" over "> ... vraagt
# een wachtwoord, is dat nog het oude?"; "het is 2580" over "> wat was de code van de poort?".
_QUOTE_START = re.compile(
    r"^(?:>|op .{4,120} schreef|le .{4,120} a [ée]crit|on .{4,120} wrote|-{2,}\s*(?:oorspronkelijk|original)"
    r"|van: |from: |de : )",
    re.MULTILINE,
)
_ANSWER = re.compile(
    r"\b(?:het|hij|die|dat|deze|ze|it|c)(?:['’]|[ \t\xa0]+)(?:is|was|blijft|wordt|s|est)\b"
    r"|\b(?:is|was|blijft|wordt)[ \t\xa0]+(?:het|hij|die|dat|ze)\b"  # after a word of time: "sinds vanmorgen is het"
)
ANSWER_CHARS = 600  # the reply's part read for an answer


def _answer_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    quote = _QUOTE_START.search(scan, 0, min(len(scan), 4000))
    if quote is None:
        return []
    family = None
    for match in matches:
        if match.start() < quote.start():
            continue
        kind = _family(match.group("kw"))
        if kind in ("strong", "pin") or (kind == "code" and _context_ok(scan, match, kind)):
            family = "pin" if kind == "code" else kind
            break
        line_end = scan.find("\n", match.end())
        if kind == "short" and "?" in scan[match.end() : line_end if line_end >= 0 else len(scan)]:
            family = "strong"  # asked for by its abbreviation: "wat was het ww van sport@?" (only a strong answer)
            break
    if family is None:
        return []
    for answer in _ANSWER.finditer(scan, 0, min(quote.start(), ANSWER_CHARS)):
        at = answer.end()
        while at < len(text) and text[at] in " \t\xa0":
            at += 1
        # a PIN spelled out or a dial's groups: "is het 7 3 1 5", "het is 12-34-56" (not a date: "het is 12-03-25")
        spelled = _DIAL.match(text, at) if family == "pin" else None
        if spelled is not None and spelled.group()[0].isdigit() and not _DATE_SHAPE.fullmatch(spelled.group()):
            return [_Hit(answer.start(), spelled.start(), spelled.group())]
        hit = _filler_hit(text, answer, answer.end(), family, min_length, skip_first=False) or _sentence_hit(
            text, answer, family, min_length
        )  # "hij is gereset: 60417"
        if hit is not None:
            return [hit]
    return _bare_answer(text, min(quote.start(), ANSWER_CHARS), family, min_length, lead_in=True)


# A value asked back: "De pincode die jij me gaf, werkte niet meer. Is het nu nog altijd 2906?", "is it still X?"
_ASKED = re.compile(
    r"\b(?:is|was|blijft)[ \t\xa0]+(?:het|die|dat|hij|ze|it|this)\b|\best-ce[ \t\xa0]+(?:toujours|encore)\b"
)
ASKED_NEAR = 200  # characters after the keyword in which the question must start


def _asked_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    """A question that names the value after a password or PIN keyword ("is het nu nog altijd 2906?"):
    the writer hands over (or checks) the secret all the same. Only fillers may stand between the
    question's verb and the value, as after a separator."""
    hits: list[_Hit] = []
    unasked = text.replace("?", " ")  # the same offsets, the question mark off the value: "2906?"
    for match in matches:
        kind = _family(match.group("kw"))
        if not (kind in ("strong", "pin") or (kind == "code" and _context_ok(scan, match, kind))):
            continue
        if hit := _asked_back(unasked, scan, match, "pin" if kind == "code" else kind, min_length):
            hits.append(hit)
    return hits


def _asked_back(unasked: str, scan: str, anchor: re.Match[str], family: str, min_length: int) -> _Hit | None:
    """The first question within ``ASKED_NEAR`` after ``anchor`` that names a value ("is het nog steeds X?"), read as
    after a separator. ``unasked``: the text with its question marks blanked (the same offsets)."""
    for asked in _ASKED.finditer(scan, anchor.end(), min(len(scan), anchor.end() + ASKED_NEAR)):
        if hit := _filler_hit(unasked, anchor, asked.end(), family, min_length, skip_first=False):
            return hit
    return None


# No way in, said before a value asked back with no keyword: "ik kan niet in de gedeelde mailbox. Is het nog steeds
# X?", "ik geraak niet meer op de NAS", "I can't log in" (run on the lower-cased text)
_LOCKED_OUT = re.compile(
    r"\b(?:kan|kon|kunnen|geraak|geraakte|raak|krijg)[ \t\xa0]+(?:\w+[ \t\xa0]+){0,2}?niet[ \t\xa0]+(?:meer[ \t\xa0]+)?"
    r"(?:in|binnen|op|inloggen|aanmelden)\b|\b(?:can't|cannot|can not)[ \t\xa0]+(?:log|get|sign)[ \t\xa0]+in(?:to)?\b"
)


def _locked_out_hits(text: str, scan: str, min_length: int) -> list[_Hit]:
    """A value asked back after the writer says they cannot get in: "Ik kan niet in de gedeelde mailbox. Is het
    nog steeds X?" checks the secret all the same. With no keyword, only a strong value."""
    hits: list[_Hit] = []
    if "niet" not in scan and "n't" not in scan and "cannot" not in scan:
        return hits
    unasked = text.replace("?", " ")  # the same offsets, the question mark off the value
    for locked in _LOCKED_OUT.finditer(scan):
        if hit := _asked_back(unasked, scan, locked, "strong", min_length):
            hits.append(hit)
    return hits


# A new value announced after the keyword's sentence: "het wachtwoord van de Instagram ... gewijzigd. Nieuw: X"
_NEW_LABEL = re.compile(r"\b(?:nieuw|nieuwe|new|nouveau|nouvelle|voortaan)[ \t\xa0]*:")
NEW_NEAR = 160  # characters after the keyword in which the label must stand


def _new_label_hits(text: str, scan: str, matches: list[re.Match[str]], min_length: int) -> list[_Hit]:
    """``Nieuw: X`` after a password keyword: only a strong value."""
    hits: list[_Hit] = []
    for match in matches:
        if _family(match.group("kw")) != "strong":
            continue
        label = _NEW_LABEL.search(scan, match.end(), min(len(scan), match.end() + NEW_NEAR))
        if label is not None:
            hit = _filler_hit(text, match, label.end(), "strong", min_length, skip_first=False)
            if hit is not None and strength(hit.value, min_length) == "strong":
                hits.append(hit)
    return hits


# An account's user name and password on a line of their own under a line that names the account and ends
# in a colon: "... met het vervangersaccount:" / "vervanger3 / Vervang!5C". Several such rows make a list, the
# label above the first: "mijn beheerdersaccounts:" / "- Jamf School (iPads): lvds-admin / X" / ...; or a
# table of logins in columns: "de nieuwe Bingel-logins van je klas:" / "Merel A.   merel5b   hond31"; or the
# user and the password each on a line: "je mag mijn account gebruiken:" / "katrien.vh" / "X".
_PAIR_LINE = re.compile(
    r"^[ \t\xa0>]*(?:[-•*][ \t\xa0]+)?(?:[^:\n/|]{1,40}?:[ \t\xa0]+|[^\n/|]{1,40}?[ \t\xa0]{2,})?"
    r"(?P<user>[\w.@-]{2,40})(?:[ \t\xa0]*[/|][ \t\xa0]*|[ \t\xa0]{2,})(?P<value>\S{4,64})[ \t\xa0]*\r?$",
    re.MULTILINE,
)
_USER_THEN_VALUE = re.compile(
    r"^[ \t\xa0>]*(?P<user>[\w.@-]{2,40})[ \t\xa0]*(?P<gap>(?:\r?\n[ \t\xa0>]*){1,4})(?P<value>\S{6,64})[ \t\xa0]*\r?$",
    re.MULTILINE,
)
# An account, a login name, or the verb of logging in, also split ("log in op ...", "meld je aan", "sign in",
# "connectez-vous"). Every branch starts with its letters and checks the word start behind them ("log(?<!\wlog)"
# is "\blog"): a branch that starts with "\b" makes the engine try every position, 9x slower on a typical mail.
_ACCOUNT_WORD = re.compile(
    r"account|login|inlog|aanmeld|gebruikersnaam|username|user name|identifiant|compte|connexion"
    # the platforms whose accounts a class, a team or a school shares: "de gegevens van de insta van het restaurant"
    r"|insta(?<!\winsta)(?:gram)?\b|facebook|tiktok|snapchat|spotify|netflix|canva\b|pinterest|linkedin|youtube"
    r"|log(?<!\wlog)(?:t|gen)?[ \t\xa0]+(?:(?:je|jullie|u|you)[ \t\xa0]+)?(?:in|on)\b|sign(?<!\wsign)[ -]?in\b"
    r"|meld(?<!\wmeld)t?[ \t\xa0]+(?:je|jullie|u)[ \t\xa0]+aan\b|connecte(?<!\wconnecte)[zr]?\b"
)
# "NAS beheer: spcadmin / X"; not the pupil administration ("administratie") nor "beheersen" (to master)
_ADMIN = re.compile(r"beheer(?!s(?:t|en|ing|baar))|admin(?!istrati)")
_LINKISH = re.compile(r"(?i)https?\b|www\.")  # a user name may be a mail address, not a web address
PAIR_NEAR = 200  # characters before the line in which the account must be named


def _account_label_above(scan: str, start: int, blank: bool = True) -> bool:
    """The last sentence of the line above ``start`` (past one blank line when ``blank``) names an account and
    ends in a colon."""
    before = scan[max(0, start - PAIR_NEAR) : start]
    if not blank and (not before.endswith("\n") or not before[:-1].rsplit("\n", 1)[-1].strip(" \t\r\xa0>")):
        return False  # the label must be the line right above
    above = re.split(r"[.!?][ \t\xa0]", before.rstrip())[-1].rsplit("\n", 1)[-1]
    return above.endswith(":") and _ACCOUNT_WORD.search(above) is not None


# "NAS beheer: spcadmin / X", "admin: root / X" anywhere in a line: a login named, then user / password;
# "Wi-Fi in de zaal: ZaalNet / X": a network named, then its name / its key
_INLINE_PAIR = re.compile(
    r"\b(?:\w*beheer\w*|admin\w*|login|inlog\w*|account|wi-?fi\w*|netwerk\w*|network|ssid|r[ée]seau)"
    r"(?:[ \t\xa0]+[\w-]+){0,3}[ \t\xa0]*:[ \t\xa0]*(?P<user>[\w.@-]{2,40})"
    r"[ \t\xa0]*/[ \t\xa0]*(?P<value>\S{4,64})"
)


def _pair_line_hits(text: str, scan: str, min_length: int) -> list[_Hit]:
    hits: list[_Hit] = []
    if not (_ACCOUNT_WORD.search(scan) or _ADMIN.search(scan) or _KEY_CONTEXT.search(scan)):
        return hits  # every form below needs a label that names an account, a login or a network
    for pair in itertools.islice(_INLINE_PAIR.finditer(scan), MAX_UNLOCK):
        if found := _strong_value(text, pair.start("value"), pair.end("value"), min_length):
            hits.append(_Hit(pair.start(), found[1], found[0]))
    block = -1  # where the rows that follow each other start: the label stands above the first
    previous_end = -2
    for line in itertools.islice(_PAIR_LINE.finditer(text), MAX_UNLOCK):
        if text.count("\n", previous_end, line.start()) != 1:
            block = line.start()
        previous_end = line.end()
        found = _strong_value(text, line.start("value"), line.end("value"), min_length)
        if found is None or not _account_label_above(scan, block) or _LINKISH.match(line.group("user")):
            continue  # the line above the rows names the account and ends in a colon
        hits.append(_Hit(line.start(), found[1], found[0]))
    for pair in itertools.islice(_USER_THEN_VALUE.finditer(text), MAX_UNLOCK):
        found = _strong_value(text, pair.start("value"), pair.end("value"), min_length)
        if found is None or _LINKISH.match(pair.group("user")):
            continue
        # right under the label, no blank line; a mail address as the user needs only an account named above
        # (and may stand apart from the password, as HTML paragraphs become lines with blank lines between)
        # (a login name such as "jan.peeters" likewise: the sentence above says to log in with the account)
        tight = pair.group("gap").count("\n") == 1 and _account_label_above(scan, pair.start(), blank=False)
        login = "@" in pair.group("user") or (
            pair.group("gap").count("\n") == 1 and _USER_NAME.fullmatch(pair.group("user")) is not None
        )
        if tight or (login and _ACCOUNT_WORD.search(scan, max(0, pair.start() - PAIR_NEAR), pair.start())):
            hits.append(_Hit(pair.start(), found[1], found[0]))
    return hits


_SMILEY = re.compile(r"(?:[ \t\xa0]+(?:[;:=]-?[()DPp]|[!.]+|xx?))+$")


def _subject_hits(message: Message, min_length: int) -> list[_Hit]:
    """A note whose subject names the secret and whose first line is the value alone: "code bergingskot" /
    "1402 ;-)", "wifi gasten" / "Zonnebloem#88"."""
    subject = message.subject
    scan, matches = _keywords(subject)
    families = [
        family for m in matches if (family := _family(m.group("kw"))) != "short" and _context_ok(scan, m, family)
    ]
    if not families and _KEY_CONTEXT.search(scan):
        families = ["net"]  # "wifi lerarenkamer": the network's name, then its key
    if not families or not message.text_parts:
        return []
    family = families[0]
    text = message.text_parts[0].text[:ANSWER_CHARS]
    if hits := _bare_answer(text, len(text), "pin" if family in ("code", "net") else family, min_length):
        return hits
    if family == "net":  # the network's name on the first line, its key alone on the next
        lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][:2]
        if len(lines) == 2 and all(len(m.group().split()) == 1 for m in lines):
            value = _clean(lines[1].group().strip())
            if strength(value, min_length) == "strong":
                return [_Hit(lines[0].start(), lines[1].start() + lines[1].group().find(value), value)]
    return []


# A reply's first line that is the value: alone, after a short yes ("Jep,"), after the user name and a slash
# ("stages@school.be / X"), or followed by an aside or how to use it ("2580 en dan het hekje trekken").
_ANSWER_LINE = re.compile(
    # the one asked, addressed first ("Hilde, 246810, zelfde als vorig jaar."), or a short yes
    r"(?:[A-Z][\w'-]+,[ \t\xa0]+)?"
    r"(?:(?i:ja|jep|jawel|yes|yep|oui|ok|zeker|tuurlijk|natuurlijk)\W{0,2}[ \t\xa0]+)?"
    r"(?:[\w.@-]{2,40}[ \t\xa0]*/[ \t\xa0]*)?(?P<value>\S+?)"
    # an aside after it: in brackets, how to use it, after a comma or a dash ("X - niet rondsturen hé"), or the
    # answer's verb after the value ("4471 is het")
    r"(?:[ \t\xa0]+(?:\([^()]*\)|(?i:en dan|and then|puis|\+)\b.*|\+.*|[-–—][ \t\xa0]+.*"
    r"|(?i:is het|is 't|is dat|it is|c'est [çc]a)\b.*)|,[ \t\xa0]+.*)?"
)


# in an answer to a quoted question, a few words may lead up to the value with a colon: "Zelfde als vorig jaar denk
# ik: X", "Nog altijd: X"
_LEAD_IN = re.compile(r"[^:\n]{1,60}?:[ \t\xa0]+")


def _bare_answer(text: str, end: int, family: str, min_length: int, lead_in: bool = False) -> list[_Hit]:
    """A reply whose first line (after a greeting such as "Hoi An,") is the value: "Spc!Aula2023" over "> wat
    was weer het paswoord van de pc in de aula?" (see _ANSWER_LINE); a PIN only when a PIN was asked for."""
    pos = 0
    for line in text[:end].split("\n"):
        stripped = _SMILEY.sub("", line.strip())  # "1402 ;-)"
        if stripped and not (stripped.endswith(",") and len(stripped.split()) <= 4):
            answer = _ANSWER_LINE.fullmatch(stripped)
            led = False  # a colon introduced the value: a year may be the code ("dezelfde hoor: 1990")
            if answer is None and lead_in and (lead := _LEAD_IN.match(stripped)) is not None:
                sentence_end = stripped.find(". ", lead.end())  # the answer's sentence: "X. Wel goed dichtdoen."
                answer = _ANSWER_LINE.fullmatch(
                    stripped, lead.end(), sentence_end if sentence_end > 0 else len(stripped)
                )
                led = answer is not None
            token = _clean(answer.group("value")) if answer else ""
            kind = strength(token, min_length) if token else "no"
            start = pos + line.find(token, line.find(answer.group("value"))) if answer else pos
            if kind == "strong" or (
                kind == "pin" and family == "pin" and _number_ok(text, start, start + len(token), year_ok=led)
            ):
                return [_Hit(pos, start, token)]
            return []
        pos += len(line) + 1
    return []


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


def _header_keyword(cell: str, scan: str, pos: int, title: str = "") -> bool:
    """A header cell that names a password column: a strong keyword, a bare code or PIN with a lock named (in the
    cell, around the table or in the title), or a network key near network words."""
    keyword = _cell_keyword(cell).lower()
    if not keyword:
        return False
    if keyword not in _WEAK_WORDS:
        return True
    window = scan[max(0, pos - CONTEXT_BEFORE) : pos + CONTEXT_AFTER]
    if _family(keyword) in ("code", "pin"):  # "Kastje;Leerling;Code" under "de codes van de kastjes", "PIN kluis"
        return any(_LOCK_OBJECT.search(where) for where in (cell.lower(), window, title))
    return _family(keyword) == "net" and _KEY_CONTEXT.search(window) is not None


def _header_line(cells: list[str], column: int, scan: str, pos: int, title: str = "") -> bool:
    """A table header: the password column's name is a header keyword, no cell is a label with a colon
    ("Wachtwoord:  ********") and no cell holds a digit ("wachtwoord  SPCinsta!2023" is a label and value)."""
    if not _header_keyword(cells[column], scan, pos, title):
        return False
    return not any(cell.endswith(":") or any(ch.isdigit() for ch in cell) for cell in cells)


MAX_CELL = 60  # a longer "cell" is a paragraph of prose: the reading of a one-cell-per-line table stops


# a combination lock's code in a code column: three to eight digits, spaced or with dashes ("3 0 9", "4-7-1-1")
_COMBINATION_CELL = re.compile(r"\d(?:[ -]?\d){2,7}")


def _table_hits(text: str, scan: str, min_length: int, keywords: list[re.Match[str]], title: str = "") -> list[_Hit]:
    """Password columns: an HTML table as text (one cell per line) or delimited rows (CSV, TSV).
    Only lines that hold a keyword can be a header line; a ``label: value`` line is not a header."""
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
            keyed = {i: kw.lower() for i, c in enumerate(cells) if len(c) <= 40 and (kw := _cell_keyword(c))}
            # a network key's column only when no other column is named: in a key plan "Sleutel" is the key itself
            column = next((i for i, kw in keyed.items() if _family(kw) != "net"), None)
            if column is None and keyed:
                column = next(iter(keyed))
            if column is None or not _header_line(cells, column, scan, offsets[index], title):
                continue
            strong_column = keyed[column] not in _WEAK_WORDS
            lock_column = _family(keyed[column]) in ("pin", "code")
            for row_index in range(index + 1, min(len(lines), index + 200, index + 1 + budget)):
                budget -= 1
                row = lines[row_index].strip()
                if not row:
                    continue
                values = _split(row, delim)
                if len(values) > len(cells) or len(values) < min(2, len(cells)):
                    break  # not a row of this table
                if column >= len(values):
                    continue  # a row whose last cells are empty (a document's reader leaves them out)
                value = values[column]
                kind = strength(value, min_length)
                if kind == "no" and strong_column and _COMPOUND.match(value):
                    kind = "strong"  # under "Wachtwoord", "Madeliefje-3A" is the password, not a compound word
                combination = False
                if lock_column:
                    combination = _COMBINATION_CELL.fullmatch(value) is not None
                    if kind == "pin" or combination:
                        kind = "strong"  # a lock code column: every row's number opens something, "3 0 9" too
                if (combination or not any(ch.isspace() for ch in value)) and kind in ("strong", "mixed", "word"):
                    start = offsets[row_index] + lines[row_index].find(value)
                    hits.append(_Hit(offsets[index], start, value, table=True))
            continue
        if len(stripped) <= 40 and _header_keyword(stripped, scan, offsets[index], title):
            seen = 0
            for row_index in range(index + 1, min(len(lines), index + 60, index + 1 + budget)):
                budget -= 1
                cell = lines[row_index].strip()
                if not cell:
                    continue
                seen += 1
                if seen > 12 or len(cell) > MAX_CELL:
                    break
                if " " in cell or _KEYWORD.fullmatch(_last_words(cell)):
                    continue
                value = _clean(cell)
                if strength(value, min_length) == "strong":
                    start = offsets[row_index] + lines[row_index].find(value)
                    hits.append(_Hit(offsets[index], start, value, table=True))
                    break
    return hits


def _cell_keyword(cell: str) -> str:
    """The keyword of a header cell: its last word ("tijdelijk wachtwoord") or, in a cell of two or three words,
    its first ("PIN sleutelkast", "wachtwoord Smartschool"); "" when it has none."""
    last = _last_words(cell)
    if _KEYWORD.fullmatch(last):
        return last
    if "/" in last:  # two names joined by a slash: "Kluis/code", "PIN/code", "Code/PIN"
        return next((part for part in reversed(last.split("/")) if _KEYWORD.fullmatch(part)), "")
    words = cell.strip().rstrip(":").split()
    return words[0] if 2 <= len(words) <= 3 and _KEYWORD.fullmatch(words[0]) else ""


def _last_words(cell: str) -> str:
    """A header cell such as "tijdelijk wachtwoord" or "Wachtwoord:": its keyword part."""
    cell = cell.strip().rstrip(":").strip()
    words = cell.split()
    return words[-1] if words and len(words) <= 3 else cell


def find(message: Message, config: Config) -> list[tuple[str, _Hit]]:
    """(text, hit) pairs for every credential in the subject and the text parts (text, script and configuration
    attachments declared with a non-text type among them: Excel labels CSV files application/vnd.ms-excel)."""
    found: list[tuple[str, _Hit]] = []
    for text, where, title, _prose in _texts(message):
        if not text:
            continue
        text = text[:MAX_SCAN_CHARS]
        hits = _readings(text, title, config)
        if not hits and (spoken := _spoken_digits(text)) is not None:
            # a code read out in words ("drie - zeven - een - negen"): read again with the digits written
            text, spans = spoken
            hits = [h for h in _readings(text, title, config) if any(a <= h.value_start < b for a, b in spans)]
        found.extend((text, dataclasses.replace(hit, where=where(hit.value_start))) for hit in hits)
    if message.text_parts and not found:
        body = message.text_parts[0]
        found.extend((body.text, hit) for hit in _subject_hits(message, config.min_length))
        if not found:
            found.extend((message.subject, hit) for hit in _subject_pair_hits(message, config.min_length))
    return found


# A login typed into the subject, "user / password", where the mail's first lines speak of the password: "planner
# jdw / X werkt niet??" over "ik geraak niet binnen met het nieuwe wachtwoord" (the user in lower case, as typed)
# (a short name, or one with a dot, a digit or an @: "ldw", "jan.peeters", "lk204"; not a word such as "oudercontact")
_SUBJECT_PAIR = re.compile(
    r"(?<![\w.@/-])(?:[a-z][a-z0-9]{1,7}|[a-z][a-z0-9]*[._@\d][a-z0-9._@-]{0,40})"
    r"[ \t\xa0]*/[ \t\xa0]*(?P<value>\S{4,64})"
)


def _subject_pair_hits(message: Message, min_length: int) -> list[_Hit]:
    if "/" not in message.subject:
        return []
    _scan, matches = _keywords(message.text_parts[0].text[:ANSWER_CHARS])
    if not _password_words(matches):
        return []
    for pair in _SUBJECT_PAIR.finditer(message.subject):
        value = _clean(pair.group("value"))
        if strength(value, min_length) == "strong":
            start = pair.start("value") + pair.group("value").find(value)
            return [_Hit(pair.start(), start, value)]
    return []


# A code read out one digit a word, as over the phone: "drie - zeven - één - negen", "four, one, seven, two"
_DIGIT_WORDS = {
    **dict.fromkeys(("nul", "zero", "zéro"), "0"),
    **dict.fromkeys(("een", "één", "eén", "one", "un"), "1"),
    **dict.fromkeys(("twee", "two", "deux"), "2"),
    **dict.fromkeys(("drie", "three", "trois"), "3"),
    **dict.fromkeys(("vier", "four", "quatre"), "4"),
    **dict.fromkeys(("vijf", "five", "cinq"), "5"),
    **dict.fromkeys(("zes", "six"), "6"),
    **dict.fromkeys(("zeven", "seven", "sept"), "7"),
    **dict.fromkeys(("acht", "eight", "huit"), "8"),
    **dict.fromkeys(("negen", "nine", "neuf"), "9"),
}
_DIGIT_WORD = "(?:" + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True)) + ")"
_DIGIT_WORD_SEP = r"(?:[ \t\xa0]*[-,/][ \t\xa0]*|[ \t\xa0]+)"
# three to twelve digit words in a row: a number, not "een, twee of drie keer" (run on the lower-cased twin, case
# sensitive and from a word start: 30 ns a character, where a look-behind first and IGNORECASE cost 80)
_SPOKEN_RUN = re.compile(rf"\b{_DIGIT_WORD}(?:{_DIGIT_WORD_SEP}{_DIGIT_WORD}){{2,11}}(?![\w-])")


def _spoken_digits(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with each run of digit words written as its digits, and the runs' spans in the new text; None
    when it has no such run."""
    lower = _lower(text)
    runs = [run for run in _SPOKEN_RUN.finditer(lower) if not run.start() or lower[run.start() - 1] != "-"]
    if not runs:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = length = 0
    for run in runs:
        before = text[pos : run.start()]
        digits = "".join(_DIGIT_WORDS[w] for w in re.findall(_DIGIT_WORD, run.group()))
        parts += [before, digits]
        length += len(before)
        spans.append((length, length + len(digits)))
        length += len(digits)
        pos = run.end()
    parts.append(text[pos:])
    return "".join(parts), spans


def _readings(text: str, title: str, config: Config) -> list[_Hit]:
    """Every reading of one text: the credentials it hands over."""
    scan, matches = _keywords(text)
    hits = _inline_hits(text, scan, matches, config.min_length, config.ignore_meeting_passcodes)
    if any(m.group("kw") not in _WEAK_WORDS or _family(m.group("kw")) in ("net", "code", "pin") for m in matches):
        # a password column needs a strong header, or a code or PIN column a lock
        tables = _table_hits(text, scan, config.min_length, matches, title)
        hits += [hit for hit in tables if not (config.ignore_meeting_passcodes and _meeting_near(scan, hit.start))]
    hits += _unlock_hits(text, scan, config.ignore_meeting_passcodes)
    hits += _combination_hits(text, scan)
    hits += _stacked_hits(text, scan)
    hits += _spelled_out_hits(text, scan, matches)
    hits += _key_groups_hits(text, matches)
    hits += _recovery_key_hits(text)
    hits += _token_hits(text)
    hits += _piece_lines_hits(text, scan, matches, config.min_length)
    hits += _url_hits(text, config.min_length)
    hits += _command_hits(text, config.min_length)
    hits += _referred_hits(text, scan, matches, config.min_length)
    hits += _list_hits(text, scan, matches, config.min_length)
    hits += _answer_hits(text, scan, matches, config.min_length)
    hits += _spaced_hits(text, scan, matches)
    hits += _asked_hits(text, scan, matches, config.min_length)
    hits += _locked_out_hits(text, scan, config.min_length)
    hits += _new_label_hits(text, scan, matches, config.min_length)
    hits += _pair_line_hits(text, scan, config.min_length)
    return hits


_ENV_NAME = re.compile(r"[A-Z][A-Z0-9_]*=")  # a configuration line's name: its value is read by _ASSIGNED
_LOCAL_PATH = re.compile(r"(?:[A-Za-z]|HK[A-Z_]{1,20}|Cert|Env):\\", re.IGNORECASE)  # a drive's, the registry's


def _judged(value: str) -> bool:
    """A token the credential model may score: one ``strength`` does not rule out or take for a plain word or
    for joined words (compounds, placeholders, links, prose words and names such as SPC-Gast are not for the
    model to call secrets); groups of digits such as a backup code ("81924-33071") are strong. Nor a placeholder
    in angle brackets ("MAPBOX_TOKEN=<jouw-token-hier>"), a path on a share ("\\\\srv-lab01\\images\\x.wim"), on a drive
    ("C:\\Bank\\coda.log") or in the registry ("HKLM:\\SOFTWARE\\Kiosk")."""
    if "<" in value or value.startswith("\\\\") or _ENV_NAME.match(value) or _LOCAL_PATH.match(value):
        return False
    return strength(value, 3) not in ("no", "word", "mixed")


# What the credential model may not overrule: the reading's knowledge of what a value is not. A value under a label
# that names a reference number, an example or advice, a value the sentence then describes as something else, a
# mail header line, a user name, a placeholder, a date after a time word, a cell of a table that is about no access.
# the label right before the value (its head word, or "X van/of ..."), run on lower case
_REFERENCE_LABEL = re.compile(
    r"\b(?:bank|iban|bic|swift|rekening\w*|account ?n(?:umbe)?r|klant\w*|client|customer|order\w*|bestel\w*"
    r"|(?:les|uur)?rooster\w*|timetable|horaire"  # a timetable's entry: "lesrooster code OK3-NED-A"
    r"|factu\w*|invoice|artikel\w*|article|referen\w*|r[ée]f[ée]rence|ref|ticket\w*|dossier\w*|lokaal|room|salle"
    r"|toestel\w*|extension|ext|poste|tel|telefoon\w*|gsm|serie\w*|serial|inventaris\w*|postcode|huisnummer"
    r"|adres|address|adresse|cursus\w*|vakcode|course|opus|bwv"
    r"|fout(?:code|melding)\w*|storings?code\w*|error|erreur"  # a device's error code: "foutcode C-2557"
    r"|sha-?\d*|md5|checksum\w*|controlegetal|hash\w*|fingerprint|vingerafdruk"  # a file's digest: "SHA256: 3b7e..."
    r"|bestand|bestandsnaam|file|filename|fichier|map|folder)"  # a file's or a folder's name: "(bestand X)"
    r"(?:[ \t](?:nummer|nr|number|no|n°|code))?(?:[ \t](?:van|of|du|de|des)[ \t][^\n:=]{1,25})?[ \t]*[.:=#]?[ \t\xa0]*$"
)
# a compound that names an identifier, then its verb: "de vakcode is", "het ordernummer was" (not "het klantenportaal
# is": a portal has a password)
_REFERENCE_IS = re.compile(
    r"\b(?:(?:vak|klas|cursus|klant|order|bestel|factuur|ticket|dossier|referentie|serie|inventaris|artikel|examen"
    r"|product)[a-z]{0,6}?(?:code|nummer|nr|id)"
    # a person's number in a register, with a short place between it and its verb: "je personeelsnummer bij ons is"
    r"|(?:personeels|stamboek|leerlingen?|inschrijvings|lidmaatschaps|lid|contract|werknemers|rijksregister)"
    r"(?:nummer|nr))(?:[ \t\xa0]+(?:bij|op|in|van)[ \t\xa0]+\w+)?"
    r"[ \t\xa0]+(?:is|was|wordt|blijft|est)[ \t\xa0]*:?[ \t\xa0]*$"
)
# "de code van het vak is", "code vak:", "nummer van de ruimte:": the code or number of a thing that is no lock or
# account (the reading's things, and for the model's candidates rooms too: a number named as a room's)
_CODE_OF_THING = re.compile(
    rf"\b(?:code|nummer|nr|number|id)[ \t\xa0]+{_OF_THE}(?:{_THINGS}|lokaal|ruimte|kamer)\b[^\n]{{0,30}}$"
)
# A learning platform's class code named just before: pupils join a class with it, it opens no account
_CLASS_CODE = re.compile(r"\b(?:klas|cursus|lesgroep|class|course)[ -]?code\b|\bclassroom\b")
CLASS_CODE_BEFORE = 160  # characters before a model's candidate in which a class code may be named
_HOWTO = re.compile(  # how to change or choose one: "wachtwoord wijzigen: ...", "wil je het wijzigen, druk op: ..."
    r"\b(?:wijzigen|veranderen|aanpassen|instellen|kiezen|kies|resetten|vergeten|change|choose|forgot|changer"
    r"|choisir|modifier|oubli[ée])\b[^\n]*:[ \t\xa0]*$"
)
_HEADER_LINE = re.compile(
    r"[ \t>]*(?:x-[\w-]+|received|authentication-results|arc-[\w-]+|dkim-signature|message-id)[ \t]*:"
    r"|.*\b(?:dkim|spf|dmarc|iprev)="
)
_USER_NAME = re.compile(r"[a-z]+(?:[._][a-z]+)+\d{0,4}")  # jan.peeters, lotte.peeters01
_TIME_WORD = re.compile(
    r"\b(?:op|vanaf|tot|sinds|in|na|voor|tegen|om|jaar|on|from|until|since|by|at|le|du|au|en|depuis|jusqu"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[ \t\xa0]+$"
)
_NUMBER_NAMED = re.compile(r"\b" + _NUMBER_NAME.pattern, re.IGNORECASE)  # the word itself, not "kopieerkamer"
# a device named by its tag, the noun right before it with no colon: "gebruikt ze leenlaptop LN-AAR-007", "toestel
# iPad-1B-14" (a device's secret is given after a keyword or a colon, which the readings find)
_DEVICE_NAMED = re.compile(
    r"\b(?:leen|reserve|vervang)?(?:laptop|notebook|chromebook|tablet|ipad|toestel|computer|pc|device|ordinateur)s?"
    r"[ \t\xa0]+$",
    re.IGNORECASE,
)
# a compound that names a number ("lokaalnummer", "artikelnummer", "klantnr"), not a secret's ("pincodenummer")
_NUMBER_COMPOUND = re.compile(r"(?!pin|code|toegang|geheim|secret)\w{2,30}(?:nummer|number|num[ée]ro|nr)")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # 0730, 1800
_UNTIL = re.compile(r"[ \t\xa0]*(?:tot|till|until|to|à|-|–|uur\b|u\b|h\b)")
# "de code is veranderd na de inventaris: X": the reference word is not the label when a preposition stands before it
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:na|tijdens|sinds|voor|bij|door|after|before|during|since|apres|avant|pendant|depuis)[ \t\xa0]+"
    r"(?:de|het|een|the|a|la|le|les|l'|une?)?[ \t\xa0]*$"
)
_SHORT_BEFORE = re.compile(r"\b(?:ww|pw|pwd|pass|mdp)[ \t\xa0]+$")
_ADVICE = _SENTENCE_STOP | {"bijvoorbeeld", "voorbeeld", "example", "exemple"}
# an example's abbreviation, whose dot ends no sentence: "een goed wachtwoord is bv. X"
_ABBREVIATION = re.compile(r"(?<![a-z])(?:bv|bvb|bijv|vb|e\.g|eg|p\.ex)\.$")
_TABLE_SEPARATORS = ("\t", ";", "|", "  ")


def _model_veto(text: str, lower: str, start: int, end: int, title: str = "") -> str:
    """Why a candidate the credential model scored high is no secret after all ("" when nothing says so).
    ``title``: the part's title, the mail's subject and the file's name (what a table in it is about)."""
    value = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = lower[line_start : line_end if line_end >= 0 else len(text)]
    before = lower[line_start:start]
    if not before.strip(" \t\xa0>-•*:") and line_start > 1:  # alone at the start of its line: its label is above
        above_end = text.rfind("\n", 0, line_start - 1)
        before = lower[above_end + 1 : line_start - 1] + " " + before
    if _HEADER_LINE.match(line):
        return "header"
    label = _REFERENCE_LABEL.search(before[-60:])
    if label and not _PREPOSITION_BEFORE.search(before[-60:], 0, label.start()):
        return "reference"
    if _REFERENCE_IS.search(before[-60:]):
        return "reference"  # "de vakcode is WIS-4B-02", "het klantnummer was 30-2291"
    window = lower[max(0, start - CLASS_CODE_BEFORE) : start]
    if _CLASS_CODE.search(window) and not _access_named(window):
        return "reference"  # "de klascode van de Classroom ... De code is 7kqm2xd": a class joined, no account
    if _CODE_OF_THING.search(before[-80:]):
        return "reference"  # "de code van het vak is"
    if _NUMBER_NAMED.search(text, max(0, start - 14), start):
        return "reference"  # "is nummer 214", "lokaal 2104": a number named as one
    if _DEVICE_NAMED.search(text, max(0, start - 20), start):
        return "device"  # "leenlaptop LN-AAR-007": the device's tag
    if _LISTED_UNDER_CODE.search(before[-30:]):
        return "reference"  # "het vak staat onder code STG6ZW-PR": listed under its identifier
    if _NAMED_AS.search(before[-20:]):
        return "name"  # "de Teams-klas heet 6ZWa-stage-2425", "het netwerk heet SPC-Gast": what a thing is called
    if value.isdigit() and any(_NUMBER_COMPOUND.fullmatch(w.strip(":=,.;()")) for w in before[-40:].split()[-4:]):
        return "reference"  # "het artikelnummer intikken: 25804": the label names a number, not a secret
    if _platform_name(value):
        return "platform"  # "inloggen met Smartschool en Office365"
    if start and text[start - 1] in "[<{":
        return "placeholder"
    if _USER_NAME.fullmatch(value):
        return "user name"
    if _DESCRIBED.match(text, end):
        return "described"
    if _SHORT_BEFORE.search(lower, max(0, start - 8), start) and value.isalnum():
        return "short keyword"  # "Maak PW Oefening12": ww/pw/mdp need a separator, or a sign in the value
    if value.rstrip("#*").replace(" ", "").replace("-", "").isdigit():
        if not _number_ok(text, start, end, year_ok=True):
            return "number"  # a phone number, an amount, a count
        if ("-" in value or _YEAR.match(value)) and _TIME_WORD.search(lower, max(0, start - 12), start):
            return "date"  # "open op 12-03-25", "sinds 2019"
        if _DATE_SHAPE.fullmatch(value) and not (
            _DIAL_AFTER.search(lower, max(0, start - 8), start)
            or _SET.search(lower, max(0, start - 24), start)
            or _TURN_WORD.search(lower, max(0, start - 24), start)
        ):
            # "alarm: 14-03-25 ging af": a day and a month, unless a lock opens "met" it, is set or turned to it
            return "date"
        if _CLOCK.fullmatch(value) and (
            _TIME_WORD.search(lower, max(0, start - 12), start) or _UNTIL.match(lower, end)
        ):
            return "time"  # "vanaf 1 september 0730 tot 1800"
    # advice or an example in the value's sentence on its line: "gebruik geen wachtwoord zoals X",
    # "nergens op papier: X"
    sentence = max(
        (
            m.end()
            for m in _SENTENCE_END.finditer(lower, line_start, start)
            if not _ABBREVIATION.search(lower, max(line_start, m.start() - 8), m.start() + 1)  # "bv. X" goes on
        ),
        default=line_start,
    )
    if set(re.findall(r"[a-z]+", _AS_AGREED.sub(" ", lower[sentence:start]))) & _ADVICE:
        return "advice"
    if _GENERIC_ANYWHERE.search(lower, sentence, start):
        return "generic"
    if _HOWTO.search(lower, sentence, start):
        return "how-to"
    if _access_unnamed(lower, line_start, start, value):
        return "no access named"
    # a table about no access: not its header, the line above it, nor its part's title (the subject "startpaswoorden
    # 1B" over rows of names, logins and values)
    table_of_access = _access_named(title)
    for separator in _TABLE_SEPARATORS:
        if line.count(separator) >= 2 and not table_of_access and not _table_about_access(lower, line_start, separator):
            return "table"
    if (
        not lower[line_start:start].strip(" \t\xa0>-•*")
        and not line[end - line_start :].strip()
        and _orphan(lower, line_start)
    ):
        return "orphan"
    return ""


ACCESS_BEFORE, ACCESS_AFTER = 300, 150  # characters around a candidate in which an access must be named
# devices that start or open with a secret ("de beamer-pc start op met X"); not a phone: every signature has one
_DEVICE = re.compile(
    r"\b(?:pc|pc's|server|nas|router|switch|camera|beamer|smartboard|scanner|terminal|kassa|voicemail|console)\b"
)


def _access_near(lower: str, start: int, end: int, subject: str) -> bool:
    """A password, PIN, code, lock, account, network or its administration, a device that starts with a secret,
    or a verb of typing or opening something, named in the ``ACCESS_BEFORE`` characters before the candidate,
    the ``ACCESS_AFTER`` after it, or the subject: the model decides where a credential could be handed over,
    not on every number."""
    return any(
        _access_or_code(window) or _UNLOCK.search(window) or _DEVICE.search(window)
        for window in (lower[max(0, start - ACCESS_BEFORE) : end + ACCESS_AFTER], subject)
    )


def _access_unnamed(lower: str, line_start: int, start: int, value: str) -> bool:
    """A dial ("3-8-1") or the second half of a slash pair ("Leuven / Brussel-Noord2") where neither its line, the
    line above nor the 120 characters before name a password, a PIN, a lock, a code, an account or a network."""
    before = lower[line_start:start].rstrip(" \t\xa0")
    if before.endswith("/"):
        user = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        if re.search(r"[@._\d]", user):
            return False  # a login name before the slash: "stages@school.be / X", "lab01 / X"
    elif not _DIAL.fullmatch(value):
        return False
    window = lower[max(0, start - 120) : lower.find("\n", start) if lower.find("\n", start) >= 0 else len(lower)]
    return not _access_or_code(window)


def _orphan(lower: str, line_start: int) -> bool:
    """A value alone on its line with no label: the nearest line above (blank lines skipped: HTML puts them
    everywhere) neither ends in ":" nor names an access, and is no login name under words about an access
    ("Groeten / ICTteam2025", "Stuur het naar: / info@school.be / Leuven2025")."""
    above_end = line_start - 1
    while above_end > 0:
        above_start = lower.rfind("\n", 0, above_end) + 1
        above = lower[above_start:above_end].strip(" \t\xa0\r>")
        if above:
            break
        above_end = above_start - 1
    else:
        return False  # the first line of the text: a reply that is only the value
    if above.endswith(":") or _access_named(above):
        return False
    if re.fullmatch(r"(?=\S*[\d._@-])[\w.+-]+(?:@[\w.-]+)?", above):  # a login name ("labo5@...", "dirk.b"): is it one?
        return above_start > 0 and not _access_named(lower[max(0, above_start - 200) : above_start])
    return True


def _access_or_code(text: str) -> bool:
    """:func:`_access_named`, or any keyword at all, a bare "code" too, unless what it classifies follows it ("code
    vak", "code rood": a subject's code, an alert level), or it opens a bracket after what it identifies ("het examen
    wiskunde (code WIS-2B-EX1)", "de cursus (code 4471)") with no word about logging in or an access near."""
    return _access_named(text) or any(
        m.group("kw") != "code"
        or (
            _CODE_OF_A_THING.match(text, m.end()) is None
            and (text[max(0, m.start() - 1) : m.start()] != "(" or _CODE_CONTEXT.search(text) is not None)
        )
        for m in _KEYWORD_LOWER.finditer(text)
    )


def _access_named(line: str) -> bool:
    """A (lower-case) line names a password, a PIN, a lock, an account, its administration or a Wi-Fi network, not
    only a bare "code"."""
    if _LOCK_OBJECT.search(line) or _ACCOUNT_WORD.search(line) or _KEY_CONTEXT.search(line) or _ADMIN.search(line):
        return True
    return any(_family(m.group("kw")) != "code" for m in _KEYWORD_LOWER.finditer(line))


_GENERIC_ANYWHERE = re.compile(_GENERIC.pattern.removesuffix(r"\s+$") + r"\s")


def _table_about_access(lower: str, line_start: int, separator: str) -> bool:
    """The header row of the table whose row starts at ``line_start`` (the first line of the block of lines that
    hold ``separator``) names a password or a lock."""
    header = line_start
    while header > 1:
        above = lower.rfind("\n", 0, header - 1) + 1
        if lower.count(separator, above, header - 1) < 1:
            break
        header = above
    first = lower[header : lower.find("\n", header) if lower.find("\n", header) >= 0 else len(lower)]
    # the table's own header row, or the line that introduces it ("De logins van het lab:", a blank line between)
    label_end = lower.rfind("\n", 0, max(0, header - 1))
    while label_end > 0 and not lower[lower.rfind("\n", 0, label_end) + 1 : label_end].strip():
        label_end = lower.rfind("\n", 0, label_end)
    label = lower[lower.rfind("\n", 0, max(0, label_end)) + 1 : max(0, label_end)] if header > 1 else ""
    return _access_named(first) or _access_named(label)


def model_hit(message: Message, config: Config) -> tuple[str, _Hit, float] | None:
    """The credential model's best candidate over the subject and the text parts, when its probability
    reaches ``model_threshold`` (a meeting's passcode excepted, as for the reading above)."""
    model = config.learned
    if model is None:
        return None
    best: tuple[str, _Hit, float] | None = None
    for text, where, title, prose in _texts(message):
        if not text or not prose:
            continue  # a script's or configuration file's text is no prose to score: read by the patterns only
        lower = ""
        for scored in credential_model.score(model, text, message.subject, _judged):
            if scored.probability < config.model_threshold or (best and scored.probability <= best[2]):
                continue
            start = scored.candidate.start
            if len(scored.candidate.value) < config.min_length and not (
                config.min_length <= 4 and scored.candidate.value.isdigit()
            ):
                continue  # a policy's longer minimum holds for the model too (a padlock's 3 digits by default)
            lower = lower or _lower(text)
            if config.ignore_meeting_passcodes and _meeting_near(lower, start):
                continue
            if _model_veto(text, lower, start, scored.candidate.end, title):
                continue
            if not _access_near(lower, start, scored.candidate.end, message.subject.lower()):
                continue  # a number in a news item or a report: nothing about an access anywhere near it
            hit = _Hit(start, start, scored.candidate.value, where=where(start))
            best = (text, hit, scored.probability)
    return best


def _texts(message: Message) -> list[tuple[str, Callable[[int], str], str, bool]]:
    """The subject and every text part, each with where an offset in it lies (in a document), its title (the
    subject and the part's file name, lower-cased: what a table in an attachment is about) and whether it is
    prose (not a script or a configuration file)."""
    subject = _fold(message.subject)
    return [
        (message.subject, lambda _offset: "", "", True),
        *(
            (part.text, part.where, f"{subject} {_fold(part.filename or '')}", not is_code_file(part.filename))
            for part in message.text_parts
        ),
    ]


def _evidence(text: str, hit: _Hit) -> str:
    """The words before the value on its own line (at most 40 characters) and the masked value:
    ``…nieuwe wachtwoord: [********]``. Nothing after the value: it may be more personal data."""
    line_start = text.rfind("\n", 0, hit.value_start) + 1
    # a table row's other cells are names and usernames: a table value shows its header instead
    lead = "" if hit.table else " ".join(text[max(line_start, hit.value_start - 40) : hit.value_start].split())
    if not lead:  # the value is on its own line or in a table: show the line of its label or header
        label_start = text.rfind("\n", 0, hit.start) + 1
        label_end = text.find("\n", hit.start, hit.value_start)
        lead = " ".join(text[label_start : label_end if label_end >= 0 else hit.value_start].split())[-40:]
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
        learned = model_hit(message, config)
        if learned is None:
            return []
        text, hit, probability = learned
        return [
            Finding(
                rule="password",
                category="credential",
                severity=Severity.HIGH,
                reason="Er staat vermoedelijk een wachtwoord of toegangscode in het bericht.",
                evidence=(_scrub(_evidence(text, hit), [hit.value]) + f" (model {probability:.2f})",),
            )
        ]
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
