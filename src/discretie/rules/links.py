"""``links``: Gevaarlijke links en te ruim gedeelde bestanden (§3.2, §3.3).

Every http(s) link of the message is read offline (never looked up: no DNS, no HTTP): the URLs in the
text and the ``href`` of every HTML anchor with the text a reader sees for it
(:attr:`discretie.model.Message.links`). Findings:

- ``credentials`` (HIGH, reject): a password in the link (``https://user:pass@host``, ``?password=``,
  ``?wachtwoord=``) or an access token (``access_token=``, ``api_key=``, ``client_secret=``, a reset
  ``token=``, an Azure SAS ``sig=``): whoever gets the mail gets the account.
- ``lookalike`` (HIGH, reject): a host that imitates a school domain (``school.domains``) or a platform
  staff log in to (Smartschool, Microsoft 365, Google: ``data/links_platforms.txt``) without being it or
  under it: letters swapped for look-alikes (``sintpieterscolIege.be``, Cyrillic ``о``, punycode
  ``xn--``), one letter off (``smartschoo1.be``, ``microsoftonlline.com``), a platform's name glued to
  another domain (``smartschool-login.com``, ``login.microsoftonline.com.example.ru``), or a user part that
  shows a real domain (``https://smartschool.be@evil.ru``).
- ``lookalike_name`` (MEDIUM, hold): the school's name glued to another word or under another top-level
  domain (``sintpieterscollege-login.be``, ``sintpieterscollege.com``): a school may own such domains (add
  them to ``school.domains`` or ``allow_hosts``), so the DPO decides.
- ``ip_host`` (MEDIUM, hold): a public IP address as host (also written as one number, hex or octal).
  Addresses of the school's own network (private, loopback, link-local) are not reported.
- ``shortener`` (MEDIUM, hold): a shortened link (bit.ly ...: ``data/links_shorteners.txt``) that hides
  its target, in a mail with a login lure (inloggen, wachtwoord, bevestig uw account ...) or to many
  outsiders (``many_externals``).
- ``mismatch`` (MEDIUM, hold): an HTML link whose text shows a school or platform domain while the href
  goes elsewhere (Outlook safe links and Google redirects are unwrapped first). The same for any other
  domain is ``text_differs`` (info: newsletters link through click trackers).
- ``public_share`` (MEDIUM, hold): a link to a file share that hands the file to anyone who has the link
  (WeTransfer, Google Drive/Docs sharing links, OneDrive/SharePoint anonymous links, Dropbox:
  ``data/links_shares.txt``), when the mail is sensitive (``sensitive`` finds something, or
  ``personal_data`` finds a national number or a birth date) and goes outside the staff, or when it goes
  to many outsiders; not when the mail says the share is protected ("de map is beveiligd met een wachtwoord").
  §3.3: sensitive data does not go out as a public link.

Evidence names the host only (never the path, the query or a secret): ``link naar sintpieterscolIege.be
lijkt op sintpieterscollege.be``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import Field, PrivateAttr, field_validator

from discretie.config import RuleConfig
from discretie.detect import strip_accents
from discretie.model import INTERNAL_KINDS, Action, Finding, Kind, Message, Severity
from discretie.rules import personal_data, sensitive
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

MAX_URLS = 500  # links read per message
MAX_URL_CHARS = 4096

# file shares and the protocols of cameras, streams, terminals and directories (a login in an rtsp:// camera link)
OTHER_SCHEMES: tuple[str, ...] = ("ftp", "ftps", "sftp", "webdav", "webdavs", "dav", "davs", "smb")
OTHER_SCHEMES += ("rtsp", "rtsps", "rtmp", "rtmps", "ssh", "telnet", "vnc", "rdp", "ldap", "ldaps", "imap", "imaps")
SCHEMES = ("http", "https", *OTHER_SCHEMES)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`\u00a0\u200b{}|\\^\[\]]+")
# Links of the other schemes are found from their "://" (one fast substring search) and the scheme before it.
_OTHER_SCHEME = re.compile(rf"(?i)\b(?:{'|'.join(OTHER_SCHEMES)})$")
_URL_REST = re.compile(r"://[^\s<>\"'`\u00a0\u200b{}|\\^\[\]]+")
# user:password@host as written, also when the password holds a character that ends the authority for a
# URL parser (#, ?, /): "https://admin:Nas#88@nas.example.be/".
_USERINFO = re.compile(
    r"(?i)^[a-z][a-z0-9+.-]*://([^\s/:@]+):(?!\d+[?#])([^\s@/]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[:/?#]|$)"
)
_TRAILING = ".,;:!?)]}'\"»›>*"
_DOMAIN_IN_TEXT = re.compile(r"(?i)(?:https?://)?((?:[\w-]+\.)+[a-z][a-z0-9-]{1,62})(?=$|[/:?#\s,;)\].!'\"»›>*])")

# Query (and fragment) names whose value is a password or an access token.
PASSWORD_PARAMS = frozenset(
    {"password", "passwd", "pwd", "pass", "wachtwoord", "paswoord", "passwoord", "motdepasse", "mdp", "passcode"}
)
TOKEN_PARAMS = frozenset(
    {
        "access_token",
        "id_token",
        "refresh_token",
        "auth_token",
        "authtoken",
        "token",
        "api_key",
        "apikey",
        "client_secret",
        "secret",
        "private_token",
        "session",
        "sessionid",
    }
)
# Any other parameter whose name says it is a key to an account or an API ("accesscode", "x-api-key",
# "sessionToken", "client_key") counts when its value looks like a generated secret: 16 characters or more of
# letters and digits mixed.
_SECRET_NAME = re.compile(r"(?:token|secret|apikey|accesscode|accesskey|authcode|privatekey|sessionid|passw)")
_GENERATED = re.compile(r"^(?=.*\d)(?=.*[a-z])[A-Za-z0-9._~+/=-]{16,}$", re.IGNORECASE)
# A meeting passcode in a Zoom/Webex/Jitsi link is for the meeting, not an account (as the password rule's
# ignore_meeting_passcodes): not reported.
MEETING_HOSTS = ("zoom.us", "zoom.com", "webex.com", "meet.jit.si", "whereby.com", "gotomeeting.com")
_UNSUBSCRIBE = re.compile(r"(?i)unsubscri|uitschrij|afmeld|desinscri|optout|opt-out|manage.?preferences")

_LURE = re.compile(
    r"(?i)\b(?:inloggen|log\s*in|login|aanmelden|meld\s+(?:je|u)\s+aan|wachtwoord|paswoord|verifi[eë]er|"
    r"verificatie|bevestig\s+(?:je|uw)\s+(?:account|gegevens|identiteit|e-?mail)|mailbox\s+is\s+(?:vol|bijna\s+vol)|"
    r"sign\s*in|log\s*on|verify|password|confirm\s+your|account\s+(?:suspended|locked|geblokkeerd)|"
    r"se\s+connecter|connectez|mot\s+de\s+passe|v[ée]rifi(?:er|ez)|identifiez|"
    # the bait of a phishing mail: a message or document waiting, an account about to end, a deadline
    r"(?:nieuwe?|vertrouwelijke?|priv[ée]|beveiligde?)\s+(?:bericht|berichten|document|documenten)|voicemail|"
    r"(?:document|bestand|bestanden)\s+(?:is\s+|werd\s+|zijn\s+)?(?:met\s+(?:u|je|jou)\s+)?gedeeld|"
    r"shared\s+(?:a\s+)?(?:document|file)\s+with\s+you|new\s+(?:secure\s+|confidential\s+)?message|"
    r"(?:account|wachtwoord|paswoord|mailbox|compte)\s+(?:\w+\s+){0,2}(?:verloopt|vervalt|wordt\s+(?:gedeactiveerd|"
    r"geblokkeerd|verwijderd|opgeschort))|(?:sera|est)\s+(?:suspendu|bloqu[ée]|d[ée]sactiv[ée])|"
    r"(?:will\s+be|has\s+been)\s+(?:suspended|locked|deactivated|deleted)|expires?\s+today|"
    r"binnen\s+(?:de\s+)?(?:24|48|72)\s+uur|dans\s+les\s+(?:24|48|72)\s+heures|within\s+(?:24|48|72)\s+hours)"
)
# A login page on a bare address: the path says so.
_LOGIN_PATH = re.compile(r"(?i)(?:log[-_]?in|sign[-_]?in|log[-_]?on|wp-admin|/owa\b|/auth)")
# The mail asks the reader to pass a public link on: it leaves the school's hands.
_PASS_ON = re.compile(
    r"(?i)\b(?:(?:gerust|mag|mogen|kan|kunt|kunnen|wil|wilt)\s+(?:\w+\s+){0,3}?(?:delen|doorsturen|doorgeven|verspreiden)|"
    r"(?:deel|stuur)\s+(?:\w+\s+){0,2}?(?:door|verder|rond)|doorgeven\s+(?:in|aan)|"
    r"(?:feel\s+free|you\s+can|please)\s+(?:to\s+)?(?:forward|share|pass)\b|pass\s+it\s+on|forward\s+it|"
    r"(?:peux|pouvez|pourrais|pourriez)\s+(?:le|la|les)\s+(?:transmettre|partager|faire\s+suivre)|faites?\s+suivre)"
)
# What a shared file holds when it holds pupils' (or staff's) identity, medical or care data (§3.3).
# The share said to be protected: "de map is beveiligd", "beveiligd met een wachtwoord", "password-protected": not
# handed to anyone with the link (the password itself, in the same mail, is the password rule's finding)
_PROTECTED_SHARE = re.compile(
    r"(?i)\b(?:map|folder|link|bestand|document|share|dossier)\b[^.\n]{0,40}?\b(?:is|zijn|wordt)\s+"
    r"(?:\w+\s+)?(?:beveiligd|beschermd|afgeschermd)\b"
    r"|\b(?:beveiligd|beschermd|afgeschermd)\s+met\s+(?:een\s+|het\s+)?(?:wachtwoord|paswoord|code)"
    r"|\bpassword[- ]protected\b|\bprot[ée]g[ée]e?\s+par\s+(?:un\s+)?mot\s+de\s+passe"
    # the share's own password named: "wachtwoord om de map te openen", "password for the folder"
    r"|\b(?:wachtwoord|paswoord|password|mot\s+de\s+passe)\s+(?:om|voor|van|for|to\s+open|of|pour|du|de)\s+"
    r"(?:de\s+|het\s+|the\s+|la\s+|le\s+|l')?(?:gedeelde\s+|shared\s+)?(?:map|folder|link|bestand|document|share|dossier)\b"
)
_PERSONAL_FILE = re.compile(
    r"(?i)\b(?:paspoort\w*|passports?|passeports?|identiteitskaart\w*|id-?kaart\w*|id-?cards?|"
    r"cartes?\s+d'identit[ée]|rijksregisternummer\w*|geboortedat\w*|dates?\s+(?:of\s+birth|de\s+naissance)|"
    r"allergie\w*|allerg(?:y|ies)|medisch\w*|medical|m[ée]dica\w*|medicatie|medication|traitements?\s+m[ée]dica\w*|"
    r"klassenraad\w*|deliberatie\w*|delibera(?:tion|ties)|zorgplan\w*|handelingsplan\w*|opvolgingsfiche\w*|"
    r"leerling(?:en)?dossier\w*|clb-?verslag\w*|diagnose\w*|diagnos[ie]s)\b"
)

# Letters a reader takes for others (Cyrillic, Greek, Latin look-alikes); applied before lower-casing
# so that a capital I reads as the l it imitates. Digits 0 and 1 read as o and l.
_CONFUSABLES = str.maketrans(
    {
        "I": "l",
        "i": "l",
        "1": "l",
        "|": "l",
        "0": "o",
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "l",
        "ї": "l",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "ӏ": "l",
        "һ": "h",
        "к": "k",
        "м": "m",
        "н": "h",
        "т": "t",
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ι": "l",
        "κ": "k",
        "ρ": "p",
        "τ": "t",
        "ε": "e",
        "ı": "l",
        "ł": "l",
        "ḷ": "l",
    }
)
_MULTI = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "gv"})
MIN_TYPO_LABEL = 6  # a registrable label this long or longer: one letter off is a look-alike ...
MIN_SUBSTITUTION_LABEL = 10  # ... but one letter replaced by an unlike one only from this long: two real names
# of eight letters often differ in one letter (kuleuven.be, ksleuven.be), a typo-squat adds, drops or swaps one
MIN_BRAND_LABEL = 8  # glued to another domain (smartschool-login.com): only for names this long
SHORT_BRANDS = frozenset({"google", "gmail"})  # ... and these (not "office", "outlook", "live": ordinary words)


def _data_lines(name: str) -> tuple[str, ...]:
    text = resources.files("discretie.rules").joinpath("data", name).read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


@dataclass(frozen=True, slots=True)
class _Share:
    host: str
    path: re.Pattern[str] | None


def _parse_share(entry: str) -> _Share:
    host, _, pattern = entry.strip().partition(" ")
    pattern = pattern.strip()
    return _Share(host.lower().strip("."), re.compile(pattern, re.IGNORECASE) if pattern else None)


class Config(RuleConfig):
    """Parameters of ``rules.links`` (see docs/rules.md). The lists extend the package's data files
    (``use_default_lists: false`` drops those)."""

    action: Action = Action.HOLD
    category_actions: dict[str, Action] = Field(
        default_factory=lambda: {"credentials": Action.REJECT, "lookalike": Action.REJECT}
    )
    message: str = (
        "Uw bericht bevat een link die gevaarlijk is of te veel deelt: een wachtwoord of toegangscode in de link, "
        "een nagemaakt adres van de school of van een platform, of een openbare deellink naar gevoelige "
        "gegevens. §3.2: geen links die phishing of virussen binnenbrengen; §3.3: gevoelige gegevens niet via "
        "een open link."
    )
    many_externals: int = Field(default=10, ge=1)  # outsiders (a group address counts as this many)
    use_default_lists: bool = True
    shorteners: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    share_links: tuple[str, ...] = ()
    allow_hosts: tuple[str, ...] = ()  # hosts (and their sub-domains) never reported
    known_hosts: tuple[str, ...] = ()  # well-known domains never taken for a look-alike (data/links_known.txt)

    _shorteners: tuple[str, ...] = PrivateAttr(default=())
    _platforms: tuple[str, ...] = PrivateAttr(default=())
    _shares: tuple[_Share, ...] = PrivateAttr(default=())
    _known: tuple[str, ...] = PrivateAttr(default=())
    # the protected domains for the school's domain patterns they were built for (they depend on the
    # policy only: built once, not per message)
    _protected: tuple[tuple[str, ...], list[_Protected]] | None = PrivateAttr(default=None)

    @field_validator("share_links")
    @classmethod
    def _shares_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            try:
                _parse_share(entry)
            except re.error as exc:
                raise ValueError(f"{entry!r}: not a regular expression after the host ({exc})") from None
        return value

    def model_post_init(self, __context: object) -> None:
        default = self.use_default_lists
        self._shorteners = _hosts((_data_lines("links_shorteners.txt") if default else ()) + self.shorteners)
        self._platforms = _hosts((_data_lines("links_platforms.txt") if default else ()) + self.platforms)
        self._known = _hosts((_data_lines("links_known.txt") if default else ()) + self.known_hosts)
        shares = (_data_lines("links_shares.txt") if default else ()) + self.share_links
        self._shares = tuple(_parse_share(entry) for entry in shares)


def _hosts(entries: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.strip().lower().strip(".") for e in entries if e.strip()))


def under(host: str, domain: str) -> bool:
    """``host`` is ``domain`` or one of its sub-domains."""
    return host == domain or host.endswith("." + domain)


def registrable(host: str) -> str:
    """The name a registrar sells, without a public-suffix list: the last two labels, three under
    ``co.uk``-style second levels."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def skeleton(host: str) -> str:
    """What a reader sees: compatibility forms folded, look-alike letters mapped to the letter they imitate."""
    text = unicodedata.normalize("NFKC", host).translate(_CONFUSABLES).lower()
    text = strip_accents(text)
    for seq, letter in _MULTI:
        text = text.replace(seq, letter)
    return text


def one_edit(a: str, b: str, substitute: bool = True) -> bool:
    """Exactly one letter inserted, removed, two neighbours swapped or (``substitute``) one letter replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return substitute
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def distance(a: str, b: str) -> int:
    """Letters inserted, removed, replaced or neighbours swapped to make ``a`` into ``b`` (optimal string
    alignment); for host labels, which are short."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[len(b)]


def _unicode_host(raw: str) -> str:
    """The host as a reader sees it: punycode labels decoded (case kept for the rest)."""
    labels = []
    for label in raw.split("."):
        if label.lower().startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.lower().encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def ip_host(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address when ``host`` is an IP literal, also in the forms browsers accept (one decimal
    number, hex or octal parts: ``http://3232235777/``). Parsed locally, never resolved."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if re.fullmatch(r"(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}", host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class Url:
    raw: str
    scheme: str
    host: str  # lower-case ASCII (as the URL carries it)
    shown_host: str  # as written, punycode decoded, for look-alike checks and evidence
    userinfo: str
    password: str
    path: str  # path, query and fragment
    query: str
    fragment: str


def parse_url(raw: str) -> Url | None:
    raw = raw.strip()[:MAX_URL_CHARS]
    if raw.lower().startswith("www."):
        raw = "http://" + raw
    written = _USERINFO.match(raw)
    if written is not None and raw.split(":", 1)[0].lower() in SCHEMES:
        with contextlib.suppress(ValueError):
            if (urlsplit(raw).hostname or "").lower() == written.group(3).lower():
                written = None  # the parser reads it the same way
        if written is not None:
            return _with_userinfo(raw, written)
    try:
        split = urlsplit(raw)
        port_free = split.netloc.rpartition("@")[2]
        split.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if split.scheme.lower() not in SCHEMES or not split.hostname:
        return None
    host_as_written = port_free.rsplit(":", 1)[0] if not port_free.startswith("[") else port_free
    userinfo = split.netloc.rpartition("@")[0] if "@" in split.netloc else ""
    rest = split.path + ("?" + split.query if split.query else "") + ("#" + split.fragment if split.fragment else "")
    return Url(
        raw=raw,
        scheme=split.scheme.lower(),
        # a sentence's comma, semicolon or closing bracket glued to a link by a mail client
        # ("https://school.smartschool.be,", "(https://stagevolg.school.be)." linked whole) is no part of its
        # host: no name server knows such a host, and the writer meant the one before it
        host=split.hostname.lower().rstrip(_TRAILING),
        shown_host=_unicode_host(unquote(host_as_written).rstrip(_TRAILING)),
        userinfo=unquote(userinfo),
        password=unquote(split.password or ""),
        path=rest,
        query=split.query,
        fragment=split.fragment,
    )


def _with_userinfo(raw: str, written: re.Match[str]) -> Url:
    """A link whose password holds a character the URL parser takes for the end of the authority."""
    host = written.group(3).lower().rstrip(".")
    rest = re.sub(r"^:\d*", "", raw[written.end() :])
    split = urlsplit("http://x" + rest)
    return Url(
        raw=raw,
        scheme=raw.split(":", 1)[0].lower(),
        host=host,
        shown_host=_unicode_host(host),
        userinfo=unquote(written.group(1) + ":" + written.group(2)),
        password=unquote(written.group(2)),
        path=rest,
        query=split.query,
        fragment=split.fragment,
    )


def _strip(url: str) -> str:
    url = url.rstrip(_TRAILING)
    if url.count("(") < url.count(")"):
        url = url.rstrip(")")
    return url


def _other_scheme_urls(text: str) -> Iterator[str]:
    """ftp://, webdav://, smb://, rtsp://, ssh:// ... links: at each "://", the scheme written right before it."""
    at = text.find("://")
    found = 0
    while at != -1 and found < MAX_URLS:
        scheme = _OTHER_SCHEME.search(text, max(0, at - 8), at)
        rest = _URL_REST.match(text, at)
        if scheme is not None and rest is not None:
            found += 1
            yield text[scheme.start() : rest.end()]
        at = text.find("://", at + 3)


def urls(message: Message) -> Iterator[tuple[Url, str | None]]:
    """Every distinct http(s) link: (url, the anchor text for an HTML link, else None)."""
    seen: set[tuple[str, str | None]] = set()
    found = 0
    candidates: list[tuple[str, str | None]] = [(link.href, link.text) for link in message.links]
    candidates.extend((_strip(m.group()), None) for m in _URL.finditer(message.text))
    candidates.extend((_strip(raw), None) for raw in _other_scheme_urls(message.text))
    for raw, text in candidates:
        if (raw, text) in seen:
            continue
        seen.add((raw, text))
        url = parse_url(raw)
        if url is None:
            continue
        found += 1
        if found > MAX_URLS:
            return
        yield url, text


def _unwrap(url: Url) -> Url:
    """The real target of an Outlook safe link or a Google redirect."""
    if url.host.endswith("safelinks.protection.outlook.com") or (
        registrable(url.host).startswith("google.") and url.path.startswith("/url?")
    ):
        for name, value in parse_qsl(url.query):
            if name.lower() in ("url", "q"):
                inner = parse_url(value)
                if inner is not None:
                    return inner
    return url


@dataclass(frozen=True, slots=True)
class _Protected:
    domain: str
    school: bool
    skeleton: str
    label: str  # the registrable label (sintpieterscollege, smartschool)


def _protected(policy: Policy, config: Config) -> list[_Protected]:
    school = [*policy.school.domains.patterns, *policy.school.pupil_domains.patterns]
    key = tuple(school)
    memo = config._protected
    if memo is not None and memo[0] == key:
        return memo[1]
    built = _build_protected(school, config)
    config._protected = (key, built)
    return built


def _build_protected(school: list[str], config: Config) -> list[_Protected]:
    out: dict[str, _Protected] = {}
    for pattern, is_school in [(p, True) for p in school] + [(p, False) for p in config._platforms]:
        domain = pattern.strip().lower().removeprefix("*.").strip(".")
        if not domain or any(c in domain for c in "*?[]"):
            continue
        reg = registrable(domain)
        out.setdefault(domain, _Protected(domain, is_school, skeleton(domain), reg.split(".")[0]))
        if reg != domain:
            out.setdefault(reg, _Protected(reg, is_school, skeleton(reg), reg.split(".")[0]))
    return list(out.values())


def lookalike(url: Url, protected: list[_Protected], known: tuple[str, ...] = ()) -> tuple[_Protected, bool] | None:
    """The protected domain that ``url``'s host imitates and whether the imitation is certain, or None
    (also when it is that domain, or a well-known domain of its own: ``known``). The school's name glued to
    another word or under another top-level domain is not certain: schools have such domains of their own
    (a parents' association, alumni)."""
    host = url.host
    if any(under(host, p.domain) for p in protected) or any(under(host, k) for k in known):
        return None
    shown = skeleton(url.shown_host)
    reg = registrable(host)
    reg_shown = skeleton(registrable(url.shown_host))
    reg_label = reg.split(".")[0]
    # the registrable label and the labels in front of it, as written and as seen: "smartschool-login" in
    # smartschooI-login.be, "accounts-google" in accounts-google.verify.example
    registered = {reg_label, reg_shown.split(".")[0]}
    subdomains = {
        label for seen in (host, shown) for label in seen.split(".")[: -len(registrable(seen).split("."))] if label
    }
    for p in protected:
        if under(shown, p.skeleton):
            return p, True  # look-alike letters or punycode
        p_reg = registrable(p.domain)
        if len(p.label) >= MIN_TYPO_LABEL:
            substitute = len(p.label) >= MIN_SUBSTITUTION_LABEL
            if one_edit(reg_shown, skeleton(p_reg), substitute) or one_edit(reg, p_reg, substitute):
                return p, True  # one letter off
            seen, name = reg_shown.split(".")[0], skeleton(p.label)
            if (
                not url.shown_host.isascii()
                and len(p.label) >= MIN_BRAND_LABEL
                and abs(len(seen) - len(name)) <= 2
                and distance(seen, name) <= 2
            ):
                return p, True  # punycode with other letters near a protected name
        brand = len(p.label) >= MIN_BRAND_LABEL or p.label in SHORT_BRANDS
        if brand and any(
            ("." + domain + end) in ("." + seen + ".")
            for domain in (p.domain, p.skeleton)
            for seen in (host, shown)
            for end in (".", "-")
        ):
            return p, True  # login.microsoftonline.com.example.ru, sintpieterscollege.be-login.com
        if p.school and len(p.label) >= MIN_BRAND_LABEL and reg_label == p.label:
            return p, False  # the school's name under another top-level domain
        if brand:
            name = skeleton(p.label)
            for label in (*registered, *subdomains):
                parts = re.split(r"[-_]", label)
                if (len(parts) > 1 or label in subdomains) and name in parts:
                    # smartschool-login.com, accounts-google.verify.example; sintpieterscollege-ouders.be is not
                    # certain
                    return p, not p.school
    return None


def _userinfo_shows_domain(url: Url, protected: list[_Protected]) -> _Protected | None:
    shown = url.userinfo.split(":", 1)[0].lower()
    return next((p for p in protected if p.domain in shown), None)


def _secret_param(url: Url) -> str | None:
    """The name of a query or fragment parameter that carries a password or a token."""
    pairs = parse_qsl(url.query, keep_blank_values=False) + parse_qsl(url.fragment, keep_blank_values=False)
    names = {name.lower(): value for name, value in pairs}
    meeting = any(under(url.host, h) for h in MEETING_HOSTS)
    for name, value in names.items():
        if name in PASSWORD_PARAMS and value.strip() and not (meeting and name in ("pwd", "passcode")):
            return name
        if name in TOKEN_PARAMS and len(value) >= 12 and not _UNSUBSCRIBE.search(url.path):
            return name
        if (
            _SECRET_NAME.search(re.sub(r"[^a-z]", "", name))
            and _GENERATED.match(value)
            and not _UNSUBSCRIBE.search(url.path)
        ):
            return name
    if "sig" in names and "sv" in names and len(names["sig"]) >= 16:  # an Azure shared access signature
        return "sig"
    return None


def _display(url: Url) -> str:
    """The host as shown, and its ASCII (punycode) form when it has other letters: a reviewer sees why."""
    if url.shown_host.isascii():
        return url.shown_host
    try:
        ascii_form = url.shown_host.lower().encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        ascii_form = url.shown_host.encode("ascii", "backslashreplace").decode("ascii")
    return f"{url.shown_host} ({ascii_form})"


def _share_name(url: Url, config: Config) -> str | None:
    for share in config._shares:
        if under(url.host, share.host) and (share.path is None or share.path.search(url.path)):
            return share.host
    return None


def _outsiders(message: Message, policy: Policy, many: int) -> tuple[int, bool]:
    """(how many outsiders the mail reaches, a group address counting as ``many``; any recipient outside staff)."""
    rcpts = message.envelope.rcpt_tos or tuple(a.key for a in message.to + message.cc + message.bcc)
    count = 0
    outside = False
    for rcpt in dict.fromkeys(r.strip().lower() for r in rcpts):
        kind = policy.school.classify(rcpt)
        if kind in INTERNAL_KINDS:
            continue
        outside = True
        count += many if kind is Kind.GROUP else 1
    return count, outside


def is_sensitive(message: Message, policy: Policy) -> bool:
    """What ``sensitive`` would find, or a national number or birth date (``personal_data``)."""
    if policy.rules.sensitive.enabled and any(
        f.severity is not Severity.INFO for f in sensitive.check(message, policy)
    ):
        return True
    if policy.rules.personal_data.enabled:
        found = personal_data.check(message, policy)
        return any(f.category in ("national_number", "birthdate") for f in found)
    return False


REASONS = {
    "credentials": (
        "Een link in het bericht bevat een wachtwoord of toegangscode: wie de mail krijgt, krijgt de toegang."
    ),
    "lookalike": (
        "Een link lijkt op het adres van de school of van een platform waarop u inlogt, maar is het niet "
        "(nagemaakt adres, mogelijk phishing)."
    ),
    "ip_host": (
        "Een link gaat naar een kaal IP-adres in plaats van een domeinnaam; zo verbergen phishing en malware zich."
    ),
    "shortener": (
        "Een verkorte link verbergt waar hij heen gaat, in een bericht dat vraagt in te loggen of naar veel "
        "externen gaat."
    ),
    "lookalike_name": (
        "Een link gaat naar een domein met de naam van de school dat niet in de lijst van schooldomeinen staat "
        "(mogelijk nagemaakt)."
    ),
    "mismatch": (
        "De tekst van een link toont het adres van de school of een platform, maar de link gaat ergens anders heen."
    ),
    "text_differs": "De tekst van een link toont een ander domein dan waar de link heen gaat.",
    "public_share": (
        "Het bericht bevat een openbare deellink (iedereen met de link krijgt het bestand) en gaat over gevoelige "
        "gegevens of naar veel externen (§3.3)."
    ),
}
SEVERITY = {
    "credentials": Severity.HIGH,
    "lookalike": Severity.HIGH,
    "lookalike_name": Severity.MEDIUM,
    "ip_host": Severity.MEDIUM,
    "shortener": Severity.MEDIUM,
    "mismatch": Severity.MEDIUM,
    "text_differs": Severity.INFO,
    "public_share": Severity.MEDIUM,
}


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.links
    protected = _protected(policy, config)
    allowed = _hosts(config.allow_hosts)
    found: dict[str, list[str]] = {}
    shares: list[str] = []
    shorteners: list[str] = []

    def add(category: str, evidence: str) -> None:
        items = found.setdefault(category, [])
        if evidence not in items and len(items) < 5:
            items.append(evidence)

    for url, text in urls(message):
        target = _unwrap(url)
        if any(under(target.host, a) for a in allowed):
            continue
        shown = _display(target)
        if target.password:
            add("credentials", f"link naar {shown} met gebruikersnaam en wachtwoord (********)")
        elif (param := _secret_param(target)) is not None:
            add("credentials", f"link naar {shown} met {param}=******** in de link")
        imitated = lookalike(target, protected, config._known)
        if imitated is None and target.userinfo:
            shows = _userinfo_shows_domain(target, protected)
            imitated = (shows, True) if shows is not None else None
        if imitated is not None:
            domain, certain = imitated
            kind = "schooldomein" if domain.school else "platform"
            add("lookalike" if certain else "lookalike_name", f"link naar {shown} lijkt op {domain.domain} ({kind})")
        address = ip_host(target.host)
        if address is not None and address.is_global:
            add("ip_host", f"link naar IP-adres {address}")
        elif address is not None and not address.is_loopback and _LOGIN_PATH.search(target.path):
            add("ip_host", f"inlogpagina op IP-adres {address}")
        if any(under(target.host, s) for s in config._shorteners):
            shorteners.append(target.host)
        if (share := _share_name(target, config)) is not None:
            shares.append(share)
        if text:
            match = _DOMAIN_IN_TEXT.search(text)
            if match is not None:
                text_host = match.group(1).lower().rstrip(_TRAILING)
                if registrable(text_host) != registrable(target.host) and not under(target.host, text_host):
                    on_protected = any(under(text_host, p.domain) for p in protected)
                    category = "mismatch" if on_protected else "text_differs"
                    add(category, f"linktekst toont {text_host}, de link gaat naar {shown}")

    many = 0
    outside = False
    if shares:
        many, outside = _outsiders(message, policy, config.many_externals)
    text = message.text if shorteners or shares else ""  # (the subject is its first line)
    if shorteners and _LURE.search(text):
        hosts = ", ".join(dict.fromkeys(shorteners))
        add("shortener", f"verkorte link via {hosts} (in een bericht dat lokt om te klikken of in te loggen)")
    if shares and not _PROTECTED_SHARE.search(text):
        if outside and many >= config.many_externals:
            why = f"naar {many} of meer externen"
        elif outside and _PASS_ON.search(text):
            why = "met de vraag om de link door te geven"
        elif _PERSONAL_FILE.search(text) or is_sensitive(message, policy):
            why = "in een bericht met gevoelige gegevens"
        else:
            why = ""
        if why:
            add("public_share", f"openbare deellink via {', '.join(dict.fromkeys(shares))} ({why})")

    return [
        Finding(
            rule="links", category=category, severity=SEVERITY[category], reason=REASONS[category], evidence=tuple(ev)
        )
        for category, ev in found.items()
    ]


RULE = Rule(
    id="links",
    description="Gevaarlijke links en openbare deellinks",
    paragraph="§3.2, §3.3",
    config=Config,
    check=check,
)
