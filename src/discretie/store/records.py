"""What the store hands out (frozen records), how findings and verdicts are kept as JSON, and
reference numbers. No SQL here: both back-ends and every topic module share these."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from discretie import notify
from discretie.model import Finding, Severity, Verdict
from discretie.redact import mask_address, mask_addresses_in

REF_PREFIX = "D-"
REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
REF_LENGTH = 8
STATES = ("held", "releasing", "released", "rejected")


# -- records --------------------------------------------------------------------------------


def _iso(at: float | None) -> str | None:
    if at is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))


def _with_message_mark(note: str | None, message: str | None) -> str | None:
    """The register's note, marked when a message went to the sender (its text is not kept)."""
    if not (message or "").strip():
        return note
    mark = "met een bericht aan de afzender"
    return f"{note} ({mark})" if note else mark


def _finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity.value,
        "reason": f.reason,
        "evidence": list(f.evidence),
        "score": f.score,
        "move_to_bcc": _masked(f.move_to_bcc),
    }


def _masked(addresses: Sequence[str]) -> list[str]:
    """What the register keeps of the addresses the BCC rule moved: masked (``o***@gmail.com``);
    a release decides again on the message itself."""
    return [mask_address(a) for a in addresses]


def _verdict_json(verdict: Verdict) -> str:
    return json.dumps(
        {
            "action": verdict.action.value,
            "would_action": verdict.would_action.value,
            "decisive": list(verdict.decisive),
            "audit_only": list(verdict.audit_only),
            "move_to_bcc": _masked(verdict.move_to_bcc),
            "findings": [_finding_to_json(f) for f in verdict.findings],
        }
    )


def _mask_moves(text: str) -> str:
    """A stored verdict or findings list (JSON) with every ``move_to_bcc`` list masked."""

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: _masked([str(a) for a in v]) if k == "move_to_bcc" and isinstance(v, list) else walk(v)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    try:
        return json.dumps(walk(json.loads(text)))
    except ValueError:
        return text


def _scrub(text: str | None) -> str | None:
    """Free text the gateway keeps (an upstream's reply, an error) with its addresses masked."""
    return None if text is None else mask_addresses_in(text)


# Audit entries the gateway writes with an upstream's answer or recipients in them.
def _finding_from_json(d: dict[str, Any]) -> Finding:
    try:
        severity = Severity(d.get("severity", "info"))
    except ValueError:
        severity = Severity.INFO
    return Finding(
        rule=str(d.get("rule", "")),
        category=str(d.get("category", "")),
        severity=severity,
        reason=str(d.get("reason", "")),
        evidence=tuple(str(e) for e in d.get("evidence", ())),
        score=float(d.get("score", 1.0)),
        move_to_bcc=tuple(str(a) for a in d.get("move_to_bcc", ())),
    )


@dataclass(frozen=True)
class HeldMessage:
    """A message the gateway held, as the reviewer sees it (without the body)."""

    id: str
    state: str
    received_at: float
    updated_at: float
    sender: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    subject: str
    message_id: str
    rcpt_internal: int
    rcpt_external: int
    size: int
    action: str
    rules: tuple[str, ...]
    held_by: tuple[str, ...]
    findings: tuple[Finding, ...]
    would_action: str
    move_to_bcc: tuple[str, ...]
    peer: str | None
    decided_at: float | None
    decided_by: str | None
    note: str | None
    delivered_at: float | None
    upstream_reply: str | None
    last_error: str | None
    has_body: bool
    readable: bool = True  # False when the encrypted subject/recipients did not decrypt
    auth_login: str | None = None  # the AUTH login; '' without AUTH, None when held before schema 3
    # A partial release: the recipients chosen (encrypted with the other recipients); () = all of them.
    release_to: tuple[str, ...] = ()

    @property
    def not_released_to(self) -> tuple[str, ...]:
        """The recipients a partial release left out (they never get the message)."""
        chosen = set(self.release_to)
        return tuple(r for r in self.rcpt_tos if r.lower() not in chosen) if chosen else ()

    # What the sender did through the link in the notice: 'release' (asks the DPO to release it),
    # 'withdraw' or 'misaddressed' (withdrawn: state 'rejected', decided by 'afzender'); None: nothing.
    sender_request: str | None = None

    @property
    def withdrawn(self) -> bool:
        """Withdrawn by its sender (the link in the notice), not refused by a reviewer."""
        return self.state == "rejected" and self.sender_request in ("withdraw", "misaddressed")

    @property
    def release_requested(self) -> bool:
        return self.state == "held" and self.sender_request == "release"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": "withdrawn" if self.withdrawn else self.state,
            "sender_request": self.sender_request,
            "received_at": _iso(self.received_at),
            "sender": self.sender,
            "subject": self.subject,
            "rules": list(self.rules),
            "held_by": list(self.held_by),
            "recipients": {"internal": self.rcpt_internal, "external": self.rcpt_external},
            "message_id": self.message_id,
            "size": self.size,
            "findings": [f.as_json() for f in self.findings],
            "decided_at": _iso(self.decided_at),
            "decided_by": self.decided_by,
            "note": self.note,
            "delivered_at": _iso(self.delivered_at),
            "upstream_reply": self.upstream_reply,
            "last_error": self.last_error,
            "has_body": self.has_body,
            "login": self.auth_login,
        }


@dataclass(frozen=True)
class Incident:
    """One incident: facts only (no subject, no body, no recipient address)."""

    id: str
    created_at: float
    sender: str
    message_id: str
    rcpt_internal: int
    rcpt_external: int
    rules: tuple[str, ...]
    categories: tuple[str, ...]
    severity: str
    action: str
    would_action: str
    audit: bool
    findings: tuple[Finding, ...]
    held: bool
    peer: str | None
    message_state: str | None  # state of the held message, if it still exists
    auth_login: str | None = None  # the AUTH login; '' without AUTH, None when recorded before schema 3

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": _iso(self.created_at),
            "sender": self.sender,
            "message_id": self.message_id,
            "recipients": {"internal": self.rcpt_internal, "external": self.rcpt_external},
            "rules": list(self.rules),
            "categories": list(self.categories),
            "severity": self.severity,
            "action": self.action,
            "would_action": self.would_action,
            "audit": self.audit,
            "findings": [f.as_json() for f in self.findings],
            "held": self.held,
            "message_state": self.message_state,
            "login": self.auth_login,
        }


@dataclass(frozen=True)
class OutboxItem:
    """A mail the outbox must deliver: a notification (``data`` set) or a released message
    (``kind == "release"``, ``ref`` names the message; the bytes come from the message row)."""

    id: int
    uid: str
    kind: str
    ref: str | None
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes | None
    state: str
    created_at: float
    attempts: int
    next_attempt_at: float
    lease_owner: str | None
    last_error: str | None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: float
    actor: str
    via: str
    action: str
    target: str | None
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": _iso(self.at),
            "actor": self.actor,
            "via": self.via,
            "action": self.action,
            "target": self.target,
            "note": self.note,
        }


@dataclass(frozen=True)
class PurgeResult:
    messages: dict[str, int]  # per state
    incidents: int
    outbox: int
    audit: int = 0
    breaches: int = 0  # closed data-breach records past retention.breach_days
    trace: int = 0  # rows of the message trace
    exceptions: int = 0  # exceptions that ended (expired or revoked)
    senders: int = 0  # sender profiles and blocks (rules.hijack)

    @property
    def total_messages(self) -> int:
        return sum(self.messages.values())

    def describe(self) -> str:
        parts = ", ".join(f"{n} {notify.STATE_LABELS.get(s, s)}" for s, n in sorted(self.messages.items()))
        text = f"{self.total_messages} bericht(en)" + (f" ({parts})" if parts else "")
        ended = f", {self.exceptions} beëindigde uitzondering(en)" if self.exceptions else ""
        return (
            f"{text}, {self.incidents} incident(en), {self.outbox} afgehandelde outbox-item(s), "
            f"{self.audit} logboekregel(s){ended}"
            + (f", {self.breaches} afgesloten datalek(ken)" if self.breaches else "")
            + (f", {self.trace} regel(s) van het berichtenspoor" if self.trace else "")
            + (f", {self.senders} afzenderprofiel(en) of blokkering(en)" if self.senders else "")
            + " gewist"
        )


@dataclass(frozen=True)
class Reviewer:
    """A web console account (the password hash stays in the store)."""

    name: str
    created_at: float
    updated_at: float
    last_login_at: float | None
    sessions: int
    role: str = "reviewer"  # discretie.roles
    oidc: bool = False  # made by an OpenID Connect sign-in (no password of its own)


@dataclass(frozen=True)
class WebSession:
    """A signed-in browser: found by the hash of its cookie token."""

    token_hash: str
    reviewer: str
    csrf: str
    created_at: float
    last_seen_at: float
    expires_at: float
    peer: str | None
    flash: str | None
    role: str = "reader"  # the account's role now (read with the session: a change applies at once)


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue. ``text_complete`` is False when a text filter could only look
    at the encrypted subject and recipients of the newest ``subject_window`` messages;
    ``total_capped`` is True when a text filter matched more than ``total`` messages (the
    count stopped there)."""

    items: tuple[HeldMessage, ...]
    total: int
    offset: int
    limit: int
    seen: frozenset[str]
    state_counts: dict[str, int]
    text_complete: bool = True
    total_capped: bool = False


@dataclass(frozen=True)
class IncidentStats:
    total: int
    per_rule: tuple[tuple[str, int], ...]  # most frequent first
    per_week: tuple[tuple[str, int], ...]  # (Monday as YYYY-MM-DD, count), oldest first


# -- references -------------------------------------------------------------------------------


def _blob(value: object) -> bytes:
    """A sealed column as bytes; anything else (a row changed outside Discretie) cannot decrypt."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return b""


_CROCKFORD_READS = str.maketrans("OIL", "011")


def _like(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds ``text`` anywhere, case-insensitively."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def generate_ref() -> str:
    return REF_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def normalize_ref(text: str) -> str:
    """Accept ``d-7f3k2q9m``, ``7F3K2Q9M``, ``D-7F3K 2Q9M``; O->0 and I/L->1 as Crockford reads."""
    value = "".join(text.split()).upper()
    if value.startswith(REF_PREFIX):
        value = value[len(REF_PREFIX) :]
    value = value.replace("-", "").translate(_CROCKFORD_READS)
    return REF_PREFIX + value
