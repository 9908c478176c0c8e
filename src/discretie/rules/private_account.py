"""``private_account``: Privé-accounts voor schoolzaken, doorsturen naar de eigen privémailbox (§3.2, §3.3).

Two findings:

- ``private_sender`` (HIGH): the sender (envelope MAIL FROM, or From when the envelope has none)
  is a consumer mailbox (Gmail, Hotmail, Telenet ...). The gateway is the school's outbound relay
  and only accepts staff who log in with their school account, so a private address submitting
  through it is school business by definition: no content signal is required (a short "zie
  bijlage" to a parent has none, and a word list would be easy to miss). The exception is mail
  that is evidently being re-sent by a school mailbox (Resent-* or auto-forward markers): its
  envelope may still carry the original external sender, and it is judged as a forward. With the
  pupil list (``private_mail_passes``), a mail only to private addresses the list does not know,
  naming none of its pupils in full, is a private mail to a private person and passes.
- ``self_forward`` (MEDIUM): a school sender sends school mail to what is evidently their own
  private mailbox: the recipient's local part spells the sender's name (an.devos@school ->
  an.devos1985@hotmail.com, andevos@, devos.an@, a.devos@; the name in full with one more word of
  the owner's before or after it: an.devos.leuven@, thuis.andevos@), or the recipient's display name is
  the sender's full name, or the message carries a Resent-/auto-forward marker and goes to a
  consumer mailbox. Writing to a parent who uses Gmail is fine: only the sender's own name (or a
  forward marker) makes it a self-forward.

Evidence keeps masked addresses only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from discretie.config import GlobList, RuleConfig, _as_globs
from discretie.detect import strip_accents
from discretie.message import parse_addresses
from discretie.model import Action, Finding, Kind, Message, Severity
from discretie.redact import mask_address
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

CONSUMER_DOMAINS = (
    # Google, Microsoft, Apple
    "gmail.com",
    "googlemail.com",
    "hotmail.*",
    "outlook.*",
    "live.*",
    "msn.com",
    "windowslive.com",
    "passport.com",
    "icloud.com",
    "me.com",
    "mac.com",
    # Belgian and Dutch providers
    "telenet.be",
    "pandora.be",
    "skynet.be",
    "proximus.be",
    "belgacom.net",
    "scarlet.be",
    "voo.be",
    "edpnet.be",
    "ziggo.nl",
    "kpnmail.nl",
    "kpnplanet.nl",
    "planet.nl",
    "hetnet.nl",
    "home.nl",
    "xs4all.nl",
    "casema.nl",
    "chello.nl",
    "upcmail.nl",
    "online.nl",
    "tele2.nl",
    # others
    "yahoo.*",
    "ymail.com",
    "rocketmail.com",
    "aol.*",
    "aim.com",
    "gmx.*",
    "web.de",
    "t-online.de",
    "proton.me",
    "protonmail.com",
    "protonmail.ch",
    "pm.me",
    "tutanota.com",
    "tutanota.de",
    "tuta.io",
    "tutamail.com",
    "mail.com",
    "zoho.com",
    "yandex.*",
    "mail.ru",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "hey.com",
    "fastmail.com",
    "fastmail.fm",
    "posteo.de",
    "mailbox.org",
    "libero.it",
)

# Headers that show a school mailbox re-sent or automatically forwarded the message.
_FORWARD_HEADERS = (
    "resent-from",
    "resent-sender",
    "x-ms-exchange-inbox-rules-loop",
    "x-sieve-redirected-from",
    "x-forwarded-for",
    "x-forwarded-to",
)
_AUTO_FORWARDED = re.compile(r"^\s*auto-forwarded\b", re.IGNORECASE)
_TRUE = re.compile(r"^\s*true\b", re.IGNORECASE)
_ADDR = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+")
_LETTERS = re.compile(r"[a-z]+")
# Dutch/French surname particles: "Van den Broeck" may be spelled vandenbroeck or broeck.
_PARTICLES = frozenset(
    {
        "van",
        "de",
        "den",
        "der",
        "del",
        "della",
        "vanden",
        "vander",
        "ver",
        "t",
        "le",
        "la",
        "du",
        "d",
        "di",
        "von",
        "op",
        "in",
        "ten",
        "ter",
        "te",
    }
)
# Local parts that name a function, not a person: never a name match.
_GENERIC = frozenset(
    {
        "info",
        "admin",
        "contact",
        "mail",
        "school",
        "secretariaat",
        "directie",
        "privacy",
        "noreply",
        "postmaster",
        "office",
        "webmaster",
        "leerkracht",
        "juf",
        "meester",
    }
)


class Config(RuleConfig):
    action: Action = Action.REJECT
    category_actions: dict[str, Action] = Field(default_factory=lambda: {"self_forward": Action.HOLD})
    message: str = (
        "§3.2: gebruik geen privé-account (Gmail, Hotmail, Outlook ...) voor schoolzaken en stuur schoolmail "
        "niet door naar uw eigen privémailbox. Gebruik uw schoolaccount."
    )
    consumer_domains: GlobList = Field(default_factory=lambda: GlobList(patterns=CONSUMER_DOMAINS))
    name_match: bool = True  # self_forward by the sender's name in the recipient's address
    forward_markers: bool = True  # self_forward by Resent-* / auto-forward headers
    match_initials: bool = True  # a.devos@ / devos.a@ count as An Devos
    min_name_length: int = Field(default=5, ge=3)  # shortest spelled-out name that counts as a match
    # a circular to this many other outside recipients: the sender's name among them is a parent like the others
    circular_recipients: int = Field(default=10, ge=2)
    # with the pupil list: a private sender writing only to private addresses that the list does not know, in a mail
    # that names none of its pupils in full, writes a private mail to a private person (a friend, a colleague at
    # home), not school business
    private_mail_passes: bool = True

    _coerce = field_validator("consumer_domains", mode="before")(_as_globs)

    def is_consumer(self, address: str) -> bool:
        return self.consumer_domains.matches(address.rpartition("@")[2])


def _fold(text: str) -> str:
    """Lower case without accents: "Émilie Dequeker" -> "emilie dequeker"."""
    return strip_accents(text.lower())


def _tokens(text: str) -> list[str]:
    return _LETTERS.findall(_fold(text))


_GLUED_PARTICLES = re.compile(r"(van)(den|der|de)([a-z]{3,})")


def _spellings(tokens: list[str], min_length: int, initials: bool) -> set[str]:
    """Ways to write a person's name in a local part, as one run of letters.

    For every split of the tokens into first name(s) and surname: firstlast, lastfirst,
    f+last, last+f (f: the first initial, or the initials of every part: Pieter-Jan -> pj), also with the
    surname's particles dropped (Van den Broeck -> broeck) or shortened with the name to their initials
    (Vandenbussche -> vdb).
    """
    out: set[str] = set()
    if len(tokens) < 2:
        return out
    for cut in range(1, len(tokens)):
        firsts, lasts = tokens[:cut], tokens[cut:]
        first = "".join(firsts)
        surnames = {"".join(lasts)}
        core = [t for t in lasts if t not in _PARTICLES]
        if core:
            surnames.add("".join(core))
        # a surname with its particles, written apart or glued, shortened to their initials: "Van den Bussche",
        # "Vandenbussche" -> "vdb" (kristof.vdb@)
        glued = _GLUED_PARTICLES.fullmatch("".join(lasts))
        if glued:
            surnames.add("v" + glued.group(2)[0] + glued.group(3)[0])
            surnames.add("v" + glued.group(2)[0] + glued.group(3))  # the particles alone shortened: filip.vdbroeck@
        elif len(lasts) >= 2 and lasts[0] in _PARTICLES:
            surnames.add("".join(t[0] for t in lasts))  # apart: "De Wachter" -> "dw" (annelies.dw@)
        for last in surnames:
            if len(last) < 2:
                continue
            out.update({first + last, last + first})
            if initials:
                # "p" and, for a first name of several parts (Pieter-Jan), "pj": pj.goossens@
                letters = {first[0], "".join(f[0] for f in firsts)}
                out.update(spelled for i in letters for spelled in (i + last, last + i))
    return {s for s in out if len(s) >= min_length}


def _local_letters(address: str) -> str:
    """The letters of a local part without its +tag: "An.Devos1985+school" -> "andevos"."""
    local = address.rpartition("@")[0].split("+", 1)[0]
    return "".join(_tokens(local))


def _recipients(message: Message) -> list[str]:
    if message.envelope.rcpt_tos:
        rcpts = [r.strip().lower() for r in message.envelope.rcpt_tos]
    else:
        rcpts = [a.key for a in (*message.to, *message.cc, *message.bcc)]
    return list(dict.fromkeys(r for r in rcpts if "@" in r))


def _header_addresses(message: Message, names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        for value in message.header(name):
            found = [a.key for a in parse_addresses([value])]
            out.extend(found or [m.lower() for m in _ADDR.findall(value)])
    return out


def _forward_marker(message: Message) -> str | None:
    """The name of the header that shows the message is a re-send or an automatic forward."""
    for name in _FORWARD_HEADERS:
        # Only values that name a mailbox: some proxies put a client IP in X-Forwarded-For.
        if any("@" in value for value in message.header(name)):
            return name
    if any(_AUTO_FORWARDED.match(v) for v in message.header("auto-submitted")):
        return "auto-submitted"
    if any(_TRUE.match(v) for v in message.header("x-ms-exchange-organization-autoforwarded")):
        return "x-ms-exchange-organization-autoforwarded"
    return None


def _is_staff_domain(address: str, policy: Policy) -> bool:
    return policy.school.classify(address) in (Kind.STAFF, Kind.FUNCTIONAL, Kind.GROUP, Kind.STAFF_GROUP)


def _name_match(
    sender: str, display_names: list[str], recipient: str, recipient_names: list[str], config: Config
) -> bool:
    spellings: set[str] = set()
    local = sender.rpartition("@")[0].split("+", 1)[0]
    local_tokens = _tokens(local)
    spellings |= _spellings(local_tokens, config.min_name_length, config.match_initials)
    full_names: set[tuple[str, ...]] = set()
    for name in display_names:
        tokens = _tokens(name)
        spellings |= _spellings(tokens, config.min_name_length, config.match_initials)
        if len(tokens) >= 2:
            full_names.add(tuple(sorted(tokens)))
    spellings -= _GENERIC
    if _local_letters(recipient) in spellings:
        return True
    # the name written out in full, and one more word of the owner's before or after it (a town, "thuis",
    # "prive": an.devos.leuven@, thuis.andevos@); not with initials, which another person's name fits too
    words = _tokens(recipient.rpartition("@")[0].split("+", 1)[0])
    if len(words) >= 2:
        full = _spellings(local_tokens, config.min_name_length, initials=False)
        for name in display_names:
            full |= _spellings(_tokens(name), config.min_name_length, initials=False)
        full -= _GENERIC
        if "".join(words[:-1]) in full or "".join(words[1:]) in full:
            return True
    return any(len(t := _tokens(n)) >= 2 and tuple(sorted(t)) in full_names for n in recipient_names)


def _a_parent_among_parents(rcpt: str, outside: list[str], policy: Policy, config: Config) -> bool:
    """A staff member who is also a parent gets the school's letters to parents at home: their private address
    among ``circular_recipients`` other outside recipients (a circular), or an address the pupil list names as a
    parent's among at least two other parents' addresses, is a parent's copy, not school mail sent to oneself.
    ``rcpt`` is one of ``outside`` (each address once)."""
    if len(outside) - 1 >= config.circular_recipients:
        return True
    roster = policy.roster
    if roster is None or not roster.is_known_address(rcpt):
        return False
    return sum(1 for r in outside if r != rcpt and roster.is_known_address(r)) >= 2


# The writer at work: a school role (the signature's "klastitularis 4B"), a class, a classroom. Not "school" or "klas"
# alone, which a private mail among colleagues names too ("na school", "de klas van mijn zoon").
_SCHOOL_SIGN = re.compile(
    r"(?i:\b(?:klas)?titularis\b|\bleerkracht\w*|\bdirect(?:eur|rice)\b|co[öo]rdinat(?:or|rice|eur)\b"
    r"|\bleerlingenbegeleid\w*|\blokaal[ \t]+[a-z]?\d+"
    # the school's councils and meetings: "kan de ouderraad de kassa voorzien?" (batch66)
    r"|\b(?:ouderraad|oudercomit[ée]|schoolraad|leerlingenraad|klassenraad|personeelsvergadering)\b)"
    r"|\b[1-7] ?[A-H]\d?\b"  # a class code: 4B, 2 A, 1A2
)


def _private_mail(message: Message, rcpts: list[str], private_rcpts: list[str], policy: Policy) -> bool:
    """A private sender's mail to private persons: with the pupil list, every recipient a consumer address the list
    does not know (no parent's, no pupil's, none a typing error away from one), no pupil of the list named in full
    (a first name alone is anyone's) and no sign of the writer at work (a school role, a class, a classroom, a
    school council).
    Without the list a parent's Gmail cannot be told from a friend's: the mail is not private."""
    roster = policy.roster
    if roster is None or not rcpts or len(private_rcpts) != len(rcpts):
        return False
    if any(roster.is_known_address(r) or roster.near_known_address(r) for r in rcpts):
        return False  # a parent's or a pupil's address, or one a typing error away from one
    if _SCHOOL_SIGN.search(message.text):
        return False  # "klastitularis 4B" under a mail to a parent the list does not know: school business
    return not any(hit.kind != "first_name" for hit in roster.find(message.text))


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.private_account
    school = policy.school
    findings: list[Finding] = []
    sender = message.sender
    marker = _forward_marker(message) if config.forward_markers else None
    rcpts = _recipients(message)
    private_rcpts = [r for r in rcpts if config.is_consumer(r) and not school.is_school_domain(r.rpartition("@")[2])]

    # A forward by a school mailbox: who forwarded it (Resent-From, the rule's mailbox ...).
    forwarders = [
        a
        for a in _header_addresses(
            message, ("resent-from", "resent-sender", "x-ms-exchange-inbox-rules-loop", "x-sieve-redirected-from")
        )
        if _is_staff_domain(a, policy)
    ]

    sender_domain = sender.rpartition("@")[2]
    if (
        sender
        and config.is_consumer(sender)
        and not school.is_school_domain(sender_domain)
        and not (marker and forwarders)
        and not (config.private_mail_passes and _private_mail(message, rcpts, private_rcpts, policy))
    ):
        findings.append(
            Finding(
                rule="private_account",
                category="private_sender",
                severity=Severity.HIGH,
                reason=(
                    "Dit bericht werd verstuurd vanaf een privé-account; gebruik voor schoolzaken uw "
                    "schoolaccount (§3.2)."
                ),
                evidence=(f"afzender {mask_address(sender)} is een privé-mailbox",),
            )
        )
        return findings

    if not private_rcpts:
        return findings
    school_sender = sender if sender and _is_staff_domain(sender, policy) else ""
    if not school_sender and message.from_ and _is_staff_domain(message.from_[0].key, policy):
        school_sender = message.from_[0].key
    owner = forwarders[0] if forwarders else school_sender
    if not owner:
        return findings

    evidence: list[str] = []
    if marker:
        for rcpt in private_rcpts:
            evidence.append(f"{mask_address(owner)} -> {mask_address(rcpt)} (automatisch doorgestuurd: {marker})")
    elif config.name_match:
        display = [a.name for a in message.from_ if a.name and a.key == school_sender] or [
            a.name for a in message.from_ if a.name
        ]
        names_by_rcpt: dict[str, list[str]] = {}
        for address in (*message.to, *message.cc, *message.bcc):
            if address.name:
                names_by_rcpt.setdefault(address.key, []).append(address.name)
        outside = [r for r in rcpts if not school.is_school_domain(r.rpartition("@")[2])]
        for rcpt in private_rcpts:
            if _name_match(
                school_sender, display, rcpt, names_by_rcpt.get(rcpt, []), config
            ) and not _a_parent_among_parents(rcpt, outside, policy, config):
                evidence.append(f"{mask_address(school_sender)} -> {mask_address(rcpt)} (zelfde naam)")
    if evidence:
        findings.append(
            Finding(
                rule="private_account",
                category="self_forward",
                severity=Severity.MEDIUM,
                reason="Schoolmail lijkt doorgestuurd naar uw eigen privémailbox; dat mag niet (§3.2, §3.3).",
                evidence=tuple(evidence[:5]),
            )
        )
    return findings


RULE = Rule(
    id="private_account",
    description="Privé-accounts voor schoolzaken, doorsturen naar de eigen privémailbox",
    paragraph="§3.2, §3.3",
    config=Config,
    check=check,
)
