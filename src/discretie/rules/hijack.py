"""``hijack``: Een overgenomen personeelsaccount dat phishing verstuurt (§3.2).

A staff account taken over by an attacker is used to mail parents and outsiders in bulk: a burst to
many outside recipients, more than that sender ever reached at once, with a lure ("uw mailbox is
vol", "bevestig uw account", a new bank account number) and often a Reply-To elsewhere or a link to a
look-alike login page. The rule reads the message and the sender's recent counts
(:attr:`discretie.model.Message.history`, which the relay reads from the store before the rules run;
``None`` offline, where only the message itself counts). Findings, all HIGH:

- ``blocked``: the sender is blocked (``block_sender: true`` after a burst) until the DPO lifts it:
  every message of that sender, to anyone.
- ``burst``: a message of this sender was stopped as a burst less than ``window_minutes`` ago, and this
  one goes outside the staff too: every further message of the burst is stopped, with or without lure.
- ``volume``: ``limit_externals_per_window`` outside recipients or more within ``window_minutes``
  (this message included), whatever the content: the sending limit of Microsoft 365's outbound spam
  policy, per school account. ``0`` switches it off. The school's own audience does not count towards
  it (``limit_counts_pupil_list: false``): the pupils' school mailboxes, and the parents and pupils of
  the imported pupil list. A letter to all 387 parents of a school in one mail is the school's own
  mail (batch36); a harvested address list is not on the pupil list. Without a pupil list every
  outsider but a pupil's school mailbox counts.
- ``phishing``: a sign (a lure in the text, a Reply-To outside the school, a dangerous link as the ``links``
  rule sees it: look-alike, credentials, IP host, misleading text) in a mail to many outsiders
  (``externals_per_message`` in this message, a group address counting as that many, or
  ``externals_per_window`` within the window) or to more outsiders than ever before
  (``first_time_externals`` or more while no earlier message of the sender reached that many); or
  ``signs_alone`` (2) different signs in a mail to any outsider: a teacher's own mail hardly ever carries
  two (a lure and a Reply-To elsewhere, a look-alike link and a Reply-To elsewhere).

Outside recipients are everyone but staff and general school accounts (parents, pupils, group
addresses, outsiders), counted once per address. Evidence names signals and counts, never an address.
What the relay does with a finding (hold the burst, one alert per burst, the block): docs/rules.md.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr, field_validator

from discretie.config import RuleConfig
from discretie.detect import strip_accents
from discretie.message import parse_addresses
from discretie.model import INTERNAL_KINDS, Action, Finding, Kind, Message, Severity
from discretie.rules import links
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

# What the links rule finds that a phishing login page carries (a shortener, a public share and a differing link
# text are also how newsletters link: on the blind corpus conduct01 a shortener fired on two ordinary letters).
LINK_SIGNALS = frozenset({"lookalike", "lookalike_name", "credentials", "ip_host", "mismatch"})
MAX_LURE_CHARS = 60  # of the matched phrase in the evidence
# A lure is a short text near the top of a phishing mail: the search reads the first 100,000 characters (the
# lure patterns cost about 0.5 us a character: 7 s for a 10 MB newsletter to a group before this bound).
LURE_SCAN = 100_000
# A text that names phishing as such quotes its lure to warn about it (the ICT coordinator's "Opgelet: valse
# mail 'Uw mailbox is bijna vol'" to personeel@): its lure is no sign. A Reply-To or a bad link still is.
# So does one that promises what phishing never says, that no one will ever ask for a password by mail (the ICT
# coordinator's "wachtwoord verloopt" reminder to all staff: "ik zal jullie nooit vragen om je wachtwoord door te
# sturen", batch31; "wij zullen je nooit een wachtwoord per mail sturen of er een vragen", batch32; the verb first:
# "we vragen je wachtwoord nooit per mail", "wij vragen nooit naar je wachtwoord", batch35).
WARNING = re.compile(
    r"\b(phishing|hameconnage|valse (e-?)?mail|nep-?(e-?)?mail|oplichting|klik niet|niet (op de link |op de knop )?"
    r"klikken|ne cliquez pas|do not click|don'?t click|scam"
    r"|(nooit|niemand) ((\w+ ){0,6}(vragen|vraagt|vraag|opvragen) (\w+ ){0,4}(wachtwoord|paswoord)"
    r"|(\w+ ){0,7}(wachtwoord|paswoord) (\w+ ){0,6}(vragen|vraagt|opvragen|vraag|sturen|versturen|mailen))"
    r"|(vragen|vraagt|vraag|sturen|versturen|mailen) (\w+ ){0,4}(nooit (\w+ ){0,4}(wachtwoord|paswoord)"
    r"|(wachtwoord|paswoord) (\w+ ){0,2}nooit)"
    r"|never (\w+ ){0,3}password|jamais (\w+ ){0,4}mot de passe)"
)


# The same promise in any order within one sentence: "never" or "no one", a verb of asking, sending or giving, and
# the password named in that sentence or the one before ("stuur je wachtwoord nooit door, ook niet naar mij. Ik zal er
# ook nooit om vragen", batch44)
_NEVER = re.compile(r"\b(?:nooit|niemand|never|no one|nobody|jamais|personne ne)\b")  # not "la personne"
_ASK_SEND_GIVE = re.compile(
    r"\b(?:vraa?g\w*|opvra\w*|vroeg\w*|stuur\w*|verstuur\w*|doorstuur\w*|sturen|versturen|doorsturen"
    r"|mailen|mailt|gemaild|geef|geeft|geven|doorgeven|ask\w*|send\w*|shar\w*|demand\w*|envoi\w*|envoy\w*)\b"
)
_PASSWORD_WORD = re.compile(r"wachtwoord|paswoord|password|mot de passe|inloggegevens")
_SENTENCES = re.compile(r"[^.!?\n]+")


def _promises_never_to_ask(folded: str) -> bool:
    """A sentence that promises no one will ever ask for (or send) a password: what phishing never says."""
    previous = ""
    for sentence in _SENTENCES.findall(folded):
        if (
            _NEVER.search(sentence)
            and _ASK_SEND_GIVE.search(sentence)
            and (_PASSWORD_WORD.search(sentence) or _PASSWORD_WORD.search(previous))
        ):
            return True
        previous = sentence
    return False


def _lure_lines() -> tuple[str, ...]:
    text = resources.files("discretie.rules").joinpath("data", "hijack_lures.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def fold(text: str) -> str:
    """Lower case without accents and with single spaces: what the lure patterns are written for."""
    return " ".join(strip_accents(text.lower()).split())


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    """What any match of ``pattern`` contains: for each part of its top level, a run of literal characters
    (3 or more) or a group of literal alternatives ("(uw|je|jouw)": one of them). A text that lacks one
    cannot match, and the search (slow for these patterns: they try every position) is skipped. Parts the
    reading does not know (classes, repeats, flags) require nothing; so does everything should the standard
    library's parser (``re._parser``, Python 3.11+) ever change: only speed depends on it."""
    try:
        return _required_literals(pattern)
    except Exception:  # a private module of the standard library: never fail a rule on it
        return ()


def _required_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    parser: Any = importlib.import_module("re._parser")
    codes: Any = importlib.import_module("re._constants")
    tree = parser.parse(pattern)
    if tree.state.flags & re.IGNORECASE:
        return ()
    required: list[tuple[str, ...]] = []
    run = ""
    for op, arg in tree:
        if op is codes.LITERAL:
            run += chr(arg)
            continue
        if len(run.strip()) >= 3:
            required.append((run,))
        run = ""
        if op is codes.SUBPATTERN and not arg[1] and len(arg[-1]) == 1:
            branch_op, branch = arg[-1][0]
            if branch_op is codes.BRANCH:
                words = ["".join(chr(c) for o, c in alt if o is codes.LITERAL) for alt in branch[1]]
                if all(len(w) == len(alt) >= 2 for w, alt in zip(words, branch[1], strict=True)):
                    required.append(tuple(words))
    if len(run.strip()) >= 3:
        required.append((run,))
    return tuple(required)


def _leftmost(
    text: str, lures: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...]
) -> re.Match[str] | None:
    """The match one alternation of all lures would give: the leftmost, the first pattern at a tie."""
    best: re.Match[str] | None = None
    for pattern, required in lures:
        if not all(any(word in text for word in words) for words in required):
            continue
        found = pattern.search(text)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


class Config(RuleConfig):
    """Parameters of ``rules.hijack`` (docs/policy.md, docs/rules.md)."""

    action: Action = Action.HOLD
    message: str = (
        "Uw account verstuurt in korte tijd veel berichten naar externen, met kenmerken van phishing. "
        "Mogelijk is uw account overgenomen: de berichten worden vastgehouden en de privacyverantwoordelijke "
        "en de beheerder zijn verwittigd (§3.2: geen phishing)."
    )
    externals_per_message: int = Field(default=20, ge=1)
    externals_per_window: int = Field(default=30, ge=1)
    window_minutes: int = Field(default=15, ge=1, le=1440)
    first_time_externals: int = Field(default=20, ge=1)
    limit_externals_per_window: int = Field(default=300, ge=0)  # 0: no limit without a phishing sign
    limit_counts_pupil_list: bool = False  # the pupil list's parents and pupils count towards that limit too
    signs_alone: int = Field(default=2, ge=0)  # this many different signs need no "many" (0: off)
    notify_admin: str | None = None  # the administrator (M365/Google admin) alerted with the DPO
    block_sender: bool = False  # after a burst, hold all mail of that sender until the DPO lifts it
    use_default_lists: bool = True
    lures: tuple[str, ...] = ()  # more lure patterns (regular expressions on accent-free lower case)

    _lures: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...] = PrivateAttr(default=())

    @field_validator("lures")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a regular expression ({exc})") from None
        return value

    @field_validator("notify_admin")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().lower()
        if value.count("@") != 1 or value.startswith("@") or value.endswith("@") or any(c.isspace() for c in value):
            raise ValueError("must be a mail address")
        return value

    def model_post_init(self, __context: object) -> None:
        patterns = (_lure_lines() if self.use_default_lists else ()) + self.lures
        self._lures = tuple((re.compile(p), required_literals(p)) for p in patterns)

    @property
    def window(self) -> float:
        return self.window_minutes * 60.0

    def lure(self, text: str) -> str | None:
        """The first lure phrase in ``text`` (folded), or None; None too when the text warns about
        phishing (:data:`WARNING`): then the lure is quoted, not used."""
        if not self._lures:
            return None
        folded = fold(text[:LURE_SCAN])
        match = _leftmost(folded, self._lures)
        if match is None or WARNING.search(folded) or _promises_never_to_ask(folded):
            return None
        return match.group()[:MAX_LURE_CHARS]


@dataclass(frozen=True, slots=True)
class Outside:
    """The recipients of a message outside the staff: ``count`` distinct addresses, ``groups`` of them
    school group addresses (ouders@, klas-3b@ ...) that reach many people at once, ``unlisted`` of them
    outside the school's own audience: neither a pupil's school mailbox nor a parent's or pupil's address
    of the imported pupil list (what the volume limit counts)."""

    count: int
    groups: int
    unlisted: int


def outside_recipients(message: Message, policy: Policy) -> Outside:
    """Envelope recipients (header ones offline) that are not staff or a general school account. The
    relay counts these for the sender (``Store.sender_activity``) with this same function."""
    rcpts = message.envelope.rcpt_tos or tuple(a.key for a in message.to + message.cc + message.bcc)
    roster = policy.roster
    count = groups = unlisted = 0
    for rcpt in dict.fromkeys(r.strip().lower() for r in rcpts):
        kind = policy.school.classify(rcpt)
        if kind in INTERNAL_KINDS:
            continue
        count += 1
        groups += kind is Kind.GROUP
        unlisted += kind is not Kind.PUPIL and (roster is None or not roster.is_known_address(rcpt))
    return Outside(count, groups, unlisted)


def watched(message: Message, policy: Policy) -> bool:
    """Whether the sender is a school account this rule keeps counts for (staff or general account)."""
    return bool(message.sender) and policy.school.is_internal(message.sender)


def _reply_to_outside(message: Message, policy: Policy) -> str | None:
    """The domain of a Reply-To address outside the school that is none of the From addresses."""
    own = {message.sender, *(a.key for a in message.from_)}
    for address in parse_addresses(message.header("reply-to")):
        if address.key and address.key not in own and not policy.school.is_school_domain(address.domain):
            return address.domain
    return None


REASONS = {
    "blocked": (
        "De afzender is geblokkeerd na een golf verdachte berichten (mogelijk overgenomen account): al zijn "
        "berichten worden vastgehouden tot de privacyverantwoordelijke de blokkering opheft."
    ),
    "burst": (
        "Dit bericht hoort bij een golf verdachte berichten van dezelfde afzender naar externen die al werd "
        "tegengehouden (mogelijk overgenomen account)."
    ),
    "volume": (
        "De afzender mailde in korte tijd zo veel externen dat het op een overgenomen account wijst "
        "(verzendlimiet per account)."
    ),
    "phishing": (
        "Een bericht naar veel externen, of naar meer externen dan deze afzender ooit deed, met kenmerken van "
        "phishing (lokmiddel, antwoordadres buiten de school of een gevaarlijke link): mogelijk overgenomen account."
    ),
}


def _finding(category: str, evidence: list[str]) -> Finding:
    return Finding(
        rule="hijack", category=category, severity=Severity.HIGH, reason=REASONS[category], evidence=tuple(evidence)
    )


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.hijack
    if not watched(message, policy):
        return []
    history = message.history
    outside = outside_recipients(message, policy)
    minutes = f"{config.window_minutes} min"
    if history is not None and history.blocked:
        return [_finding("blocked", ["afzender geblokkeerd tot de privacyverantwoordelijke dit opheft"])]
    if outside.count == 0:
        return []
    if history is not None and history.burst:
        return [_finding("burst", [f"{history.externals} externe ontvangers in {minutes}; golf al tegengehouden"])]
    in_window = history.externals if history is not None else outside.count
    limit = config.limit_externals_per_window
    if config.limit_counts_pupil_list:
        counted, whom = in_window, "externe ontvangers"
    else:
        counted = history.unlisted if history is not None else outside.unlisted
        whom = "externe ontvangers" if policy.roster is None else "externe ontvangers buiten de leerlingenlijst"
    if limit and counted >= limit:
        return [_finding("volume", [f"{counted} {whom} in {minutes} (limiet {limit})"])]

    pattern: list[str] = []
    weighted = outside.count + outside.groups * (config.externals_per_message - 1)
    if weighted >= config.externals_per_message:
        groups = f", waarvan {outside.groups} groepsadres(sen)" if outside.groups else ""
        pattern.append(f"{outside.count} externe ontvangers in dit bericht{groups}")
    elif in_window >= config.externals_per_window:
        pattern.append(f"{in_window} externe ontvangers in {minutes}")
    if (
        history is not None
        and outside.count >= config.first_time_externals
        and history.max_externals < config.first_time_externals
    ):
        before = history.max_externals
        pattern.append(f"eerste keer naar zo veel externen (voordien hoogstens {before} per bericht)")
    # without a pattern only signs_alone signs fire: the lure (a costly search) is read when it can decide
    signs = _signs(message, policy, config, None if pattern else config.signs_alone)
    if not signs:
        return []
    if pattern:
        return [_finding("phishing", pattern + signs)]
    if config.signs_alone and len(signs) >= config.signs_alone:
        return [_finding("phishing", [f"{outside.count} externe ontvanger(s) in dit bericht", *signs])]
    return []


def _signs(message: Message, policy: Policy, config: Config, needed: int | None = None) -> list[str]:
    """The signs of phishing in ``message``, one per kind: a lure, a Reply-To outside the school, a
    dangerous link as ``links`` reads it. With ``needed`` (signs_alone without a pattern: 0 is off), only
    that many or more count: when the other two signs cannot make it with a lure, none is returned and the
    lure is not looked for."""
    others: list[str] = []
    domain = _reply_to_outside(message, policy)
    if domain is not None:
        others.append(f"antwoordadres (Reply-To) buiten de school: ...@{domain}")
    dangerous = sorted({f.category for f in links.check(message, policy)} & LINK_SIGNALS)
    if dangerous:
        others.append("gevaarlijke link (" + ", ".join(dangerous) + ")")
    if needed is not None and (not needed or len(others) + 1 < needed):
        return []
    lure = config.lure(message.text)
    return [f"lokmiddel in de tekst: '{lure}'", *others] if lure is not None else others


RULE = Rule(
    id="hijack",
    description="Overgenomen account: phishing in bulk",
    paragraph="§3.2",
    config=Config,
    check=check,
)
