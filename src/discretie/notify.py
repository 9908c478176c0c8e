"""Notification mails: the incident report to the DPO and the notices to the sender.

Pure functions: facts in, :class:`Notification` (envelope + bytes) out; the store puts them in
the outbox in the same transaction as the incident, the outbox worker sends them.

Who sends them. ``From: Discretie <discretie@DOMAIN>`` where DOMAIN is the domain of the DPO
address (``school.dpo``): it is always a real school domain (the first entry of
``school.domains`` may be a glob such as ``*.ksleuven.be``), so the school's smarthost accepts it
and DKIM/DMARC align. ``Reply-To`` on sender notices is the DPO, so a teacher who answers reaches
a person, not a robot. The envelope sender (bounces) is the DPO too: when a notice cannot be
delivered, the person responsible hears of it. A policy may name another address with
``school.notify_from``.

The DPO report of an incident with a ``conduct`` finding (§3.2 misconduct) goes to
``rules.conduct.report_to`` as well (e.g. the direction), in the same mail: the same facts, no words.

What they contain. A mail that leaves Discretie carries nothing of the message it is about:
no subject, no body text, no recipient address, no evidence (matched terms, a pupil's initials,
masked values). The DPO report says which rules and categories fired, the action, severity,
time, sender, recipient counts, message-id and reference, and where to look (the web console
link when ``school.console_url`` is set, the ``discretie`` command). Sender notices go only to
the sender (only when the sender is a school address: no backscatter to forged senders) and say
what happened, why (the rules' fixed reasons), what the policy says and what to do, in plain
Dutch. Not even the original's Message-ID goes out (a client may build it from the subject):
the reference (in the subject line, ``X-Discretie-Ref``) ties a notice to the message.
A reviewer's message to the sender (``message``) is the only free text in a notice; the
reviewer's note for the register never leaves the store.

``Date:`` is when the notice is made (``made_at``), not when the original was received: a
release or reject days later is filed under its own day.

Texts are Dutch defaults; each key can be overridden under ``texts:`` in policy.yaml (see
:mod:`discretie.texts`): an override with an unknown ``{placeholder}`` is refused when the policy
is loaded, so a notification never fails on a bad template.
"""

from __future__ import annotations

import email.headerregistry
import email.policy
import email.utils
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage

from discretie.labels import ACTION_LABELS as ACTION_LABELS
from discretie.labels import CATEGORY_LABELS as CATEGORY_LABELS
from discretie.labels import SEVERITY_LABELS as SEVERITY_LABELS
from discretie.labels import STATE_LABELS as STATE_LABELS
from discretie.labels import category_label as category_label
from discretie.labels import finding_head
from discretie.labels import rule as rule_name
from discretie.labels import rule_label as rule_label
from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.policy import Policy
from discretie.redact import mask_address
from discretie.rules import RULES
from discretie.texts import DEFAULTS as DEFAULT_TEXTS

# refused: the gateway answered 550 (a rule rejects); rejected: a reviewer refused a held message
NOTICE_KINDS = ("held", "rewrite", "warning", "refused", "released", "partial", "rejected")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
MAX_SUBJECT = 150
MAX_MESSAGE = 5000  # characters of a reviewer's message to the sender


@dataclass(frozen=True, slots=True)
class Notification:
    """One mail for the outbox: who sends it to whom (envelope) and the bytes."""

    kind: str  # "dpo_report" or "notice_<kind>"
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    """What an incident records: facts only, evidence already redacted."""

    ref: str
    at: float
    sender: str
    message_id: str
    rcpt_internal: int
    rcpt_external: int
    rules: tuple[str, ...]
    categories: tuple[str, ...]
    severity: Severity
    action: Action
    would_action: Action
    audit: bool
    findings: tuple[Finding, ...]


# -- helpers ------------------------------------------------------------------------------


class _Keep(dict[str, str]):
    """format_map mapping that leaves unknown placeholders as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: Mapping[str, str]) -> str:
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):  # a malformed override: show it as written
        return template


def text(policy: Policy, key: str) -> str:
    """The policy's override for ``key`` when it has one, else the Dutch default."""
    value = getattr(policy.texts, key)
    return value if isinstance(value, str) and value else DEFAULT_TEXTS[key]


def one_line(value: str, limit: int = MAX_SUBJECT) -> str:
    """Header-safe: control characters out, whitespace folded, cut to ``limit``."""
    value = _SPACE.sub(" ", _CONTROL.sub(" ", value)).strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def clean(value: str) -> str:
    """Body-safe: control characters (terminal escapes, bidi overrides) out, newlines kept."""
    return _CONTROL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))


def local_time(at: float) -> str:
    return time.strftime("%d-%m-%Y %H:%M", time.localtime(at))


def notify_from(policy: Policy) -> str:
    configured = policy.school.notify_from
    if isinstance(configured, str) and "@" in configured:
        return configured.strip()
    return "discretie@" + policy.school.dpo.rpartition("@")[2]


def dpo_address(policy: Policy) -> str:
    return policy.school.dpo


def recipient_counts(message: Message, policy: Policy) -> tuple[int, int]:
    """(internal, external): staff and general school accounts vs everyone else (pupils,
    group addresses, parents, outside). Envelope recipients, or the header ones offline."""
    rcpts = message.envelope.rcpt_tos or tuple(a.key for a in message.to + message.cc + message.bcc)
    unique = list(dict.fromkeys(r.strip().lower() for r in rcpts))
    internal = sum(1 for r in unique if policy.school.is_internal(r))
    return internal, len(unique) - internal


def incident_facts(
    *, ref: str, at: float, message: Message, verdict: Verdict, action: Action, policy: Policy
) -> IncidentFacts:
    notable = verdict.notable
    internal, external = recipient_counts(message, policy)
    severity = max((f.severity for f in notable), key=lambda s: s.rank, default=Severity.INFO)
    audit = bool(verdict.audit_only) and verdict.would_action.rank > action.rank
    return IncidentFacts(
        ref=ref,
        at=at,
        sender=message.sender,
        message_id=one_line(message.message_id, 300),
        rcpt_internal=internal,
        rcpt_external=external,
        rules=tuple(dict.fromkeys(f.rule for f in notable)),
        categories=tuple(dict.fromkeys(f.category for f in notable)),
        severity=severity,
        action=action,
        would_action=verdict.would_action if audit else action,
        audit=audit,
        findings=notable,
    )


def _bullets(lines: Iterable[str]) -> str:
    out = [f"- {clean(line).strip()}" for line in dict.fromkeys(lines) if line.strip()]
    return "\n".join(out) if out else "- (geen details)"


def _policy_paragraphs(policy: Policy, rules: Iterable[str]) -> str:
    lines = []
    for rule in dict.fromkeys(rules):
        try:
            message = str(policy.rule_config(rule).message)
        except AttributeError:
            message = ""
        paragraph = RULES[rule].paragraph if rule in RULES else ""
        if message:
            lines.append(message)
        elif paragraph:
            lines.append(f"Communicatiebeleid {paragraph}.")
    return _bullets(lines) if lines else "- Zie het communicatiebeleid van de school."


def _recipients_phrase(count: int) -> str:
    return "1 ontvanger" if count == 1 else f"{count} ontvangers"


class _Headers(email.headerregistry.HeaderRegistry):
    """The standard header registry, whose header classes are made once per name: the stdlib's
    makes a new class (``type(...)``) for every header of every message it builds, 40% of the time
    a notification took to build (1.04 -> 0.61 ms). The headers parse and fold as before: the bytes
    are the same (tests/test_notify.py)."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = super().__getitem__(name)
            if len(self._made) < MADE_HEADERS:  # the names _build writes, and a margin: bounded
                self._made[key] = made
        return made


MADE_HEADERS = 64
_HEADERS = _Headers()
_SMTP = email.policy.SMTP.clone(header_factory=_HEADERS)
_SMTPUTF8 = email.policy.SMTPUTF8.clone(header_factory=_HEADERS)


def _build(
    *,
    policy: Policy,
    kind: str,
    rcpt: str,
    subject: str,
    body: str,
    ref: str,
    reply_to: str | None,
    made_at: float,
    also: tuple[str, ...] = (),
) -> Notification:
    sender = notify_from(policy)
    utf8 = not (sender.isascii() and rcpt.isascii() and (reply_to or "").isascii() and all(a.isascii() for a in also))
    msg = EmailMessage(policy=_SMTPUTF8 if utf8 else _SMTP)
    msg["From"] = email.utils.formataddr(("Discretie", sender))
    msg["To"] = ", ".join((rcpt, *also))
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = one_line(subject, 250)
    msg["Date"] = email.utils.formatdate(made_at, localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(idstring=ref, domain=policy.server.hostname)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Discretie-Ref"] = ref
    msg.set_content(clean(body), charset="utf-8", cte="quoted-printable")
    return Notification(kind=kind, mail_from=dpo_address(policy), rcpt_tos=(rcpt, *also), data=msg.as_bytes())


# -- the DPO report -----------------------------------------------------------------------


def _facts_block(facts: IncidentFacts) -> str:
    action = ACTION_LABELS.get(facts.action.value, facts.action.value)
    if facts.audit:
        would = ACTION_LABELS.get(facts.would_action.value, facts.would_action.value)
        action = f"{action} (auditmodus; zonder auditmodus: {would})"
    rows = [
        ("Referentie", facts.ref),
        ("Tijdstip", local_time(facts.at) + time.strftime(" (%Z)", time.localtime(facts.at))),
        ("Actie", action),
        ("Afzender", facts.sender or "(leeg)"),
        (
            "Ontvangers",
            f"{facts.rcpt_internal} intern (personeel), {facts.rcpt_external} extern "
            "(ouders, leerlingen, groepen, buiten de school)",
        ),
        ("Ernst", SEVERITY_LABELS.get(facts.severity.value, facts.severity.value)),
        ("Regels", ", ".join(rule_label(r) for r in facts.rules) or "-"),
        ("Categorieën", ", ".join(category_label(c) for c in facts.categories) or "-"),
    ]
    lines = [f"{name + ':':<13} {clean(value)}" for name, value in rows]
    lines.append("")
    lines.append("Bevindingen (zonder bewijs: de gevonden woorden en namen staan alleen in Discretie):")
    found = (f"- {finding_head(f.rule, f.category, f.severity.value)}: {clean(f.reason)}" for f in facts.findings)
    lines.extend(dict.fromkeys(found))
    return "\n".join(lines)


def console_link(policy: Policy, path: str) -> str | None:
    """``school.console_url`` + ``path``, or None when the policy names no console."""
    base = policy.school.console_url
    return f"{base}{path}" if isinstance(base, str) and base else None


def _where(facts: IncidentFacts, policy: Policy) -> str:
    """Where the DPO reads the details (the evidence stays there)."""
    held = facts.action is Action.HOLD and not facts.audit
    command = f"discretie queue show {facts.ref}" if held else f"discretie incidents show {facts.ref}"
    lines = ["Details en bewijs bekijken:"]
    link = console_link(policy, f"/queue/{facts.ref}" if held else f"/incidents/{facts.ref}")
    if link:
        lines.append(f"  webconsole:     {link}")
    lines.append(f"  opdrachtregel:  {command}")
    return "\n".join(lines)


def _next_steps(facts: IncidentFacts, policy: Policy) -> str:
    return _where(facts, policy) + "\n\n" + _what_now(facts)


def _what_now(facts: IncidentFacts) -> str:
    if facts.audit:
        return (
            "Auditmodus: het bericht werd ongewijzigd verzonden. Zo ziet u wat Discretie zou doen "
            "voor u de regel inschakelt. U hoeft niets te doen."
        )
    if facts.action is Action.HOLD:
        return (
            "Het bericht wacht op uw beslissing (de afzender kreeg een melding):\n"
            f"  vrijgeven:  discretie queue release {facts.ref}\n"
            f"  weigeren:   discretie queue reject {facts.ref} --notify-sender"
        )
    if facts.action is Action.REJECT:
        return (
            "Het bericht werd niet verzonden; de afzender kreeg meteen een foutmelding en een melding "
            "met de uitleg. U hoeft niets te doen, tenzij dit op een datalek wijst."
        )
    if facts.action is Action.REWRITE:
        return "Het bericht werd verzonden met de ontvangers in BCC; de afzender kreeg een melding."
    return "Het bericht werd verzonden; de afzender kreeg een waarschuwing."


def dpo_report(facts: IncidentFacts, policy: Policy) -> Notification:
    action = ACTION_LABELS.get(facts.action.value, facts.action.value)
    if facts.audit:
        action = f"audit: zou {ACTION_LABELS.get(facts.would_action.value, facts.would_action.value)} zijn"
    values = {
        "ref": facts.ref,
        "action": action,
        "rules": ", ".join(rule_name(r) for r in facts.rules) or "-",
        "severity": SEVERITY_LABELS.get(facts.severity.value, facts.severity.value),
        "facts": _facts_block(facts),
        "next_steps": _next_steps(facts, policy),
        "hostname": policy.server.hostname,
    }
    return _build(
        policy=policy,
        kind="dpo_report",
        rcpt=dpo_address(policy),
        subject=render(text(policy, "dpo_report_subject"), values),
        body=render(text(policy, "dpo_report_body"), values),
        ref=facts.ref,
        reply_to=None,
        made_at=facts.at,
        also=report_to(facts, policy),
    )


REPORT_MODES = ("immediate", "digest", "none")


def report_mode(facts: IncidentFacts, policy: Policy) -> str:
    """How the DPO hears of this incident: ``immediate`` (a report now), ``digest`` (in the daily
    overview) or ``none``. Per finding: its rule's ``report`` when the policy sets one, else
    immediate for ``reports.immediate_severity`` or higher, for a held message (someone waits
    for her decision) and for a rule with its own ``report_to``, digest for the rest; the most
    urgent of them wins."""
    threshold = Severity(policy.reports.immediate_severity).rank
    held = facts.action is Action.HOLD and not facts.audit
    modes = set()
    for finding in facts.findings:
        config = policy.rule_config(finding.rule)
        configured = getattr(config, "report", None)
        if configured in REPORT_MODES:
            modes.add(str(configured))
        elif held or finding.severity.rank >= threshold or getattr(config, "report_to", None):
            # a rule with its own report_to (conduct: the direction) reports at once: the overview
            # goes to the DPO only
            modes.add("immediate")
        else:
            modes.add("digest")
    return next((mode for mode in REPORT_MODES if mode in modes), "immediate")


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One incident in the daily overview: facts only."""

    ref: str
    at: float
    sender: str
    action: str
    audit: bool
    rules: tuple[str, ...]
    severity: str
    rcpt_internal: int
    rcpt_external: int


@dataclass(frozen=True, slots=True)
class Reminder:
    """A held message close to its purge."""

    ref: str
    received_at: float
    expires_at: float
    sender: str


def dpo_digest(
    items: Iterable[DigestItem], reminders: Iterable[Reminder], *, policy: Policy, until: float, made_at: float
) -> Notification:
    """The daily overview to the DPO: one line per incident with its console link, and the held
    messages about to expire. No subject, no evidence, no recipient address."""
    lines = []
    rows = list(items)
    for item in rows:
        action = ACTION_LABELS.get(item.action, item.action) + (" (auditmodus)" if item.audit else "")
        lines.append(
            f"- {item.ref}  {local_time(item.at)}  {clean(item.sender) or '(leeg)'}: {action}; "
            f"{', '.join(rule_label(r) for r in item.rules) or '-'}; "
            f"ernst {SEVERITY_LABELS.get(item.severity, item.severity)}; "
            f"{item.rcpt_internal} intern, {item.rcpt_external} extern"
        )
        link = console_link(policy, f"/incidents/{item.ref}")
        lines.append(f"  {link}" if link else f"  discretie incidents show {item.ref}")
    waiting = list(reminders)
    soon = []
    for r in waiting:
        soon.append(f"- {r.ref}  van {clean(r.sender) or '(leeg)'}, verloopt op {local_time(r.expires_at)}")
        link = console_link(policy, f"/queue/{r.ref}")
        soon.append(f"  {link}" if link else f"  discretie queue show {r.ref}")
    values = {
        "date": local_time(until),
        "count": f"{len(rows)} incident(en)" + (f", {len(waiting)} bijna verlopen" if waiting else ""),
        "items": "Incidenten:\n" + ("\n".join(lines) if lines else "- geen"),
        "reminders": (
            "Vastgehouden berichten die binnenkort verlopen (beslis voor ze gewist worden):\n" + "\n".join(soon)
            if soon
            else "Geen vastgehouden berichten die binnenkort verlopen."
        ),
        "hostname": policy.server.hostname,
    }
    stamp = time.strftime("%Y%m%d", time.localtime(until))
    return _build(
        policy=policy,
        kind="dpo_digest",
        rcpt=dpo_address(policy),
        subject=render(text(policy, "dpo_digest_subject"), values),
        body=render(text(policy, "dpo_digest_body"), values),
        ref=f"digest-{stamp}",
        reply_to=None,
        made_at=made_at,
    )


def report_to(facts: IncidentFacts, policy: Policy) -> tuple[str, ...]:
    """Who else receives the incident report: ``rules.conduct.report_to`` (e.g. the direction) when
    ``conduct`` found something (§3.2 misconduct is the direction's business, not only the DPO's)."""
    address = policy.rules.conduct.report_to
    if "conduct" in facts.rules and address and address != dpo_address(policy):
        return (address,)
    return ()


# -- notices to the sender ----------------------------------------------------------------


def may_notify(sender: str, policy: Policy) -> bool:
    """Notices go to school addresses only: never to the null sender, never to an outside
    address (which may be forged: no backscatter)."""
    sender = sender.strip().lower()
    if not sender or "@" not in sender:
        return False
    return policy.school.is_school_domain(sender.rpartition("@")[2])


def _message_block(message: str) -> str:
    """The reviewer's message to the sender, as its own labelled paragraph (or nothing)."""
    text = clean(message).strip()
    if not text:
        return ""
    if len(text) > MAX_MESSAGE:
        text = text[: MAX_MESSAGE - 1].rstrip() + "…"
    return f"\nBericht van de privacyverantwoordelijke:\n{text}\n"


def sender_notice(
    kind: str,
    *,
    policy: Policy,
    ref: str,
    at: float,
    made_at: float,
    sender: str,
    recipients: int,
    findings: Iterable[Finding],
    rules: Iterable[str],
    moved: Iterable[str] = (),
    message: str = "",
    not_delivered: Iterable[str] = (),
    link: str | None = None,
    link_until: float | None = None,
) -> Notification | None:
    """A notice of ``kind`` (see :data:`NOTICE_KINDS`) to ``sender``, or None when the sender is
    not someone to notify (see :func:`may_notify`). ``at`` is when the original message came in
    (shown in the text), ``made_at`` when this notice is made (its ``Date:``). ``message`` is the
    reviewer's message to the sender. ``link``: the sender's self-service link (a hold, with
    ``console.public_url``), valid until ``link_until``. Nothing of the original goes in: not its
    subject, text, Message-ID or evidence."""
    if kind not in NOTICE_KINDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    if not may_notify(sender, policy):
        return None
    message_text = _message_block(message)
    values = {
        # {subject} is kept for policies that override a text with it; the subject itself is
        # never repeated (it may name a pupil): the reference stands in for it.
        "subject": f"referentie {ref}",
        "time": local_time(at),
        "recipients": _recipients_phrase(recipients),
        "reasons": _bullets(f.reason for f in findings),
        "policy": _policy_paragraphs(policy, rules),
        "dpo": dpo_address(policy),
        "ref": ref,
        "moved": _bullets(mask_address(a) for a in moved),
        "not_delivered": _bullets(mask_address(a) for a in not_delivered),
        "message": message_text,
        "note": message_text,  # the old name of {message}
        "selfservice": (
            render(text(policy, "notice_selfservice"), {"link": link, "until": local_time(link_until or at)})
            if link
            else ""
        ),
    }
    return _build(
        policy=policy,
        kind=f"notice_{kind}",
        rcpt=sender.strip().lower(),
        subject=render(text(policy, f"notice_{kind}_subject"), values),
        body=render(text(policy, f"notice_{kind}_body"), values),
        ref=ref,
        reply_to=dpo_address(policy),
        made_at=made_at,
    )


# -- the alert of a hijacked account (rules.hijack) ----------------------------------------


@dataclass(frozen=True, slots=True)
class Burst:
    """A message of a burst the ``hijack`` rule stopped (or flagged, in audit mode): the relay hands it
    to ``Store.hold``/``Store.record``, which send one alert per burst instead of a report per message.
    ``externals``: the sender's outside recipients in the window; ``block``: block the sender."""

    address: str
    window: float
    externals: int
    block: bool = False


def burst_alert(facts: IncidentFacts, burst: Burst, policy: Policy) -> Notification:
    """The one alert of a burst, to the DPO and ``rules.hijack.notify_admin``: the sender (the account
    to secure), the first reference, counts and signal names; no recipient, subject, text or lure."""
    minutes = policy.rules.hijack.window_minutes
    audit = facts.audit or facts.action is Action.FORWARD
    action = ACTION_LABELS.get(facts.action.value, facts.action.value)
    if audit:
        action = f"{action} (auditmodus: de golf wordt niet tegengehouden)"
    signals = [f for f in facts.findings if f.rule == "hijack"] or list(facts.findings)
    rows = [
        ("Referentie", f"{facts.ref} (eerste bericht van de golf)"),
        ("Tijdstip", local_time(facts.at) + time.strftime(" (%Z)", time.localtime(facts.at))),
        ("Afzender", facts.sender),
        ("Actie", action),
        ("Externen", f"{burst.externals} externe ontvangers in de laatste {minutes} minuten"),
        ("Geblokkeerd", "ja, tot u de blokkering opheft" if burst.block else "nee"),
    ]
    lines = [f"{name + ':':<13} {clean(value)}" for name, value in rows]
    lines.append("")
    lines.append("Signalen (zonder bewijs: de tekst en de ontvangers staan alleen in Discretie):")
    found = (f"- {finding_head(f.rule, f.category, f.severity.value)}: {clean(f.reason)}" for f in signals)
    lines.extend(dict.fromkeys(found))
    link = console_link(policy, "/queue?rule=hijack")
    steps = [
        "Wat nu (docs/operations.md, 'A hijacked staff account'):",
        f"1. Beheerder: reset het wachtwoord van {facts.sender} in Microsoft 365 of Google Workspace, meld alle "
        "sessies af, kijk doorstuur- en inboxregels en de MFA-methodes na.",
        "2. Bekijk de tegengehouden berichten van de golf"
        + (f" ({link})" if link else "")
        + ": discretie queue list --rule hijack; weiger de phishing (discretie queue reject REF), geef vrij wat de "
        "afzender zelf schreef.",
    ]
    if burst.block:
        steps.append(f"3. Daarna de blokkering opheffen: discretie sender unblock {facts.sender}")
    else:
        steps.append(f"3. Golf voorbij verklaren (na de reset): discretie sender unblock {facts.sender}")
    steps.append("4. Beoordeel of dit een datalek is en meld het via het meldpunt datalekken (§2).")
    values = {
        "ref": facts.ref,
        "sender": facts.sender,
        "action": "doorgestuurd (auditmodus)" if audit else action,
        "facts": "\n".join(lines),
        "next_steps": "\n".join(steps),
        "hostname": policy.server.hostname,
    }
    admin = policy.rules.hijack.notify_admin
    return _build(
        policy=policy,
        kind="burst_alert",
        rcpt=dpo_address(policy),
        subject=render(text(policy, "burst_alert_subject"), values),
        body=render(text(policy, "burst_alert_body"), values),
        ref=facts.ref,
        reply_to=None,
        made_at=facts.at,
        also=(admin,) if admin and admin != dpo_address(policy) else (),
    )
