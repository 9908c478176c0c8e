"""What a reviewer can do, independent of the interface: list, view, release, reject, note,
purge, incidents and their export. The command line (``discretie queue|incidents``) and the web
console call these; every action that changes something or shows a body is in the audit log,
with the reviewer as actor (the OS user on the command line)."""

from __future__ import annotations

import csv
import email
import email.policy
import getpass
import io
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from discretie import documents, labels, notify
from discretie.documents.pool import Reader
from discretie.message import parse
from discretie.model import DocumentRead, Finding, Message
from discretie.policy import Policy
from discretie.store import HeldMessage, Incident, NotFound, PurgeResult, Store, StoreError

WORKLIST = ("held", "releasing")
SHOWN_HEADERS = ("from", "sender", "reply-to", "to", "cc", "date", "subject", "message-id")
MAX_BODY_CHARS = 200_000


def os_actor() -> str:
    """The OS user running the command (the actor in the audit log)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}"


def states_for(state: str | None) -> tuple[str, ...] | None:
    """``None`` -> the worklist (held and releasing); ``"all"`` -> every state."""
    if state is None:
        return WORKLIST
    if state == "all":
        return None
    return (state,)


def list_messages(store: Store, *, state: str | None = None, rule: str | None = None) -> list[HeldMessage]:
    return store.list_messages(states=states_for(state), rule=rule)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class MessageView:
    """A held message for the reviewer: metadata, chosen headers, the decoded text (never raw
    HTML: HTML parts are converted to text) and a list of attachments."""

    held: HeldMessage
    headers: tuple[tuple[str, str], ...]
    body: str | None  # None once the body was wiped (released or rejected)
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]
    has_html: bool = False  # the body has an HTML part (the web console can show it sandboxed)
    documents: tuple[DocumentRead, ...] = ()  # document attachments read again for the reviewer
    highlights: tuple[str, ...] = ()  # the evidence terms, to be marked in ``body``

    def marked(self) -> list[tuple[str, bool]]:
        """``body`` in pieces, ``True`` for an evidence term: the console marks them, never as HTML."""
        return marked(self.body or "", self.highlights)


_EVIDENCE_TERM = re.compile(r"\[([^\[\]*]{2,80})\]")  # "[diagnose] bij ...": a masked "[****]" never


def evidence_terms(findings: Iterable[Finding]) -> tuple[str, ...]:
    """The matched terms the rules put in brackets in their evidence, to find them in the text."""
    found = (m.group(1).strip() for f in findings for line in f.evidence for m in _EVIDENCE_TERM.finditer(line))
    return tuple(term for term in dict.fromkeys(found) if term)


def marked(text: str, terms: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_term) at each whole-word, case-insensitive occurrence of ``terms``."""
    if not terms:
        return [(text, False)]
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text, re.IGNORECASE):
        if match.start() > position:
            pieces.append((text[position : match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def body_text(message: Message) -> str:
    """The message text as a reader sees it: the plain-text body parts, or the HTML parts as
    text when there is no plain part (no duplicate of multipart/alternative), plus embedded
    messages and text attachments under a heading. Control characters removed."""
    body = [p for p in message.text_parts if p.source == "body"]
    plain = [p for p in body if p.content_type == "text/plain"]
    chosen = plain or body
    pieces = [p.text.strip("\n") for p in chosen]
    for part in message.text_parts:
        if part.source == "embedded" and part.content_type == "text/plain":
            pieces.append("--- doorgestuurd bericht ---\n" + part.text.strip("\n"))
        elif part.source == "attachment" and part.locations:
            pieces.append(
                f"--- bijlage {part.filename or '(naamloos)'}: gelezen tekst ---\n"
                + _with_places(part.text, part.locations)
            )
        elif part.source == "attachment":
            name = part.filename or "(naamloos)"
            pieces.append(f"--- bijlage {name} ({part.content_type}) ---\n" + part.text.strip("\n"))
    text = notify.clean("\n\n".join(pieces))
    if len(text) > MAX_BODY_CHARS:
        text = text[:MAX_BODY_CHARS] + f"\n… (afgekort: nog {len(text) - MAX_BODY_CHARS} tekens)"
    return text


def _with_places(text: str, locations: Sequence[tuple[int, str]]) -> str:
    """A document's text with its places as headings: "[blad 3B, rij 14]" before the row."""
    out = []
    for index, (offset, label) in enumerate(locations):
        end = locations[index + 1][0] if index + 1 < len(locations) else len(text)
        out.append(f"[{label}] {text[offset:end].strip()}")
    return "\n".join(out)


def view_message(
    store: Store,
    ref: str,
    *,
    actor: str,
    via: str = "cli",
    policy: Policy | None = None,
    reader: Reader | None = None,
) -> MessageView:
    """Metadata plus the decoded body; viewing a body is written to the audit log. With ``policy``
    and ``reader`` the document attachments are read again (as the gateway read them) and their
    text is part of the body, each line with its place."""
    held = store.get_message(ref)
    raw = store.message_body(held.id, actor=actor, via=via) if held.has_body else None
    if raw is None:
        return MessageView(held=held, headers=(), body=None, attachments=(), defects=())
    message = parse(raw, held.mail_from, held.rcpt_tos)
    if policy is not None and reader is not None and documents.pending(message, policy):
        message = documents.read(message, policy, reader)
    headers = tuple((name, notify.one_line(value, 1000)) for name, value in message.headers if name in SHOWN_HEADERS)
    attachments = tuple(
        Attachment(notify.one_line(a.filename or "(naamloos)", 200), a.content_type, a.size)
        for a in message.attachments
    )
    has_html = any(p.source == "body" and p.content_type == "text/html" for p in message.text_parts)
    return MessageView(
        held=held,
        headers=headers,
        body=body_text(message),
        attachments=attachments,
        defects=message.defects,
        has_html=has_html,
        documents=message.documents,
        highlights=evidence_terms(held.findings),
    )


def held_message(store: Store, ref: str) -> Message | None:
    """The held message parsed again (for its HTML part or an attachment), None once its body
    was wiped. Not audited here: the caller writes what the reviewer did with it."""
    held = store.get_message(ref)
    raw = store.message_body(held.id) if held.has_body else None
    if raw is None:
        return None
    return parse(raw, held.mail_from, held.rcpt_tos)


def download_attachment(
    store: Store, ref: str, index: int, *, actor: str, via: str = "cli"
) -> tuple[Attachment, bytes]:
    """The bytes of attachment ``index`` (as listed by :func:`view_message`); the download is
    written to the audit log. NotFound when there is no such attachment (or the body is gone)."""
    held = store.get_message(ref)
    message = held_message(store, held.id)
    if message is None or not 0 <= index < len(message.attachments):
        raise NotFound(f"{held.id} heeft geen bijlage {index + 1}")
    part = message.attachments[index]
    meta = Attachment(notify.one_line(part.filename or "(naamloos)", 200), part.content_type, part.size)
    store.audit(
        actor=actor,
        via=via,
        action="download",
        target=held.id,
        note=f"bijlage {meta.filename} ({meta.content_type}, {meta.size} bytes) gedownload",
    )
    return meta, part.data


MAX_HEADER_CHARS = 4000  # of one header's value in the "alle kopregels" view


def all_headers(store: Store, ref: str, *, actor: str, via: str = "cli") -> tuple[tuple[str, str], ...]:
    """Every header of the held message in its order, decoded (RFC 2047), each on one line with
    control characters out; the view is written to the audit log. NotFound once the body is gone."""
    held = store.get_message(ref)
    message = held_message(store, held.id)
    if message is None:
        raise NotFound(f"de inhoud van {held.id} is gewist: er zijn geen kopregels meer")
    headers = tuple((name, notify.one_line(value, MAX_HEADER_CHARS)) for name, value in message.headers)
    store.audit(actor=actor, via=via, action="view_headers", target=held.id, note=f"{len(headers)} kopregels bekeken")
    return headers


def original_eml(
    store: Store, ref: str, *, actor: str, via: str = "cli", target: str = ""
) -> tuple[HeldMessage, bytes]:
    """The message exactly as the gateway received it (the bytes of an .eml file); the download
    is written to the audit log (``target``: where it went, e.g. the file). NotFound once the
    body is gone."""
    held = store.get_message(ref)
    raw = store.message_body(held.id) if held.has_body else None
    if raw is None:
        raise NotFound(f"de inhoud van {held.id} is gewist: er is geen origineel bericht meer")
    where = f" naar {target}" if target else ""
    store.audit(
        actor=actor, via=via, action="download_eml", target=held.id, note=f"origineel bericht ({len(raw)} bytes){where}"
    )
    return held, raw


def release(
    store: Store,
    ref: str,
    *,
    actor: str,
    note: str | None = None,
    message: str | None = None,
    via: str = "cli",
    recipients: Sequence[str] | None = None,
) -> HeldMessage:
    """Approve a held message. ``note`` is for the register (kept in Discretie, never mailed);
    ``message`` goes to the sender in the "vrijgegeven" notice. ``recipients``: release to these
    of its recipients only (the others never get it, the sender is told which); NotARecipient
    for an address that is not one of them."""
    return store.release(ref, actor=actor, note=_text(note), message=_text(message), via=via, recipients=recipients)


def _text(value: str | None) -> str | None:
    return (value.strip() or None) if value is not None else None


@dataclass(frozen=True)
class ReleaseOutcome:
    """``released`` (the upstream took it), ``held`` (back to held: see ``message.last_error``)
    or ``waiting`` (the timeout passed while the gateway had not finished)."""

    outcome: str
    message: HeldMessage


def wait_for_release(
    store: Store,
    ref: str,
    *,
    timeout: float,
    interval: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> ReleaseOutcome:
    deadline = monotonic() + timeout
    while True:
        held = store.get_message(ref)
        if held.state == "released":
            return ReleaseOutcome("released", held)
        if held.state != "releasing":
            return ReleaseOutcome("held" if held.state == "held" else held.state, held)
        if monotonic() >= deadline:
            return ReleaseOutcome("waiting", held)
        sleep(interval)


def reject(
    store: Store,
    ref: str,
    *,
    actor: str,
    policy: Policy,
    note: str | None = None,
    message: str | None = None,
    notify_sender: bool = False,
    via: str = "cli",
    notice_text: str | None = None,
) -> HeldMessage:
    """Refuse a held message. ``note`` is for the register (kept in Discretie, never mailed).
    With ``notify_sender`` the sender gets the policy's "niet verzonden" notice with ``message``
    (the reviewer's message to the sender), or exactly ``notice_text`` when given (the web
    console lets the reviewer edit the whole notice: see :func:`rejection_notice_text`)."""
    if notify_sender and notice_text is not None and notice_text.strip():
        policy = _with_text(policy, "notice_rejected_body", notice_text)
    return store.reject(
        ref,
        actor=actor,
        note=_text(note),
        message=_text(message),
        notify_sender=notify_sender,
        policy=policy,
        via=via,
    )


def _with_text(policy: Policy, key: str, value: str) -> Policy:
    """``policy`` with one text replaced by ``value`` taken literally (braces are not placeholders)."""
    literal = notify.clean(value).replace("{", "{{").replace("}", "}}")
    return policy.model_copy(update={"texts": policy.texts.model_copy(update={key: literal})})


def rejection_notice_text(policy: Policy, held: HeldMessage, message: str = "") -> str | None:
    """The body of the "niet verzonden" notice the sender would get (from the policy's texts),
    or None when the sender is not a school address and gets no notice."""
    notice = notify.sender_notice(
        "rejected",
        policy=policy,
        ref=held.id,
        at=held.received_at,
        made_at=held.received_at,  # only the body is used
        sender=held.sender,
        recipients=len(held.rcpt_tos),
        findings=[f for f in held.findings if f.rule in held.held_by and f.severity.rank > 0] or held.findings,
        rules=held.held_by,
        message=message,
    )
    if notice is None:
        return None
    parsed = email.message_from_bytes(notice.data, policy=email.policy.default)
    body = parsed.get_body(preferencelist=("plain",)) if isinstance(parsed, EmailMessage) else None
    content = body.get_content() if body is not None else ""
    return str(content).replace("\r\n", "\n").strip("\n") + "\n"


def add_note(store: Store, ref: str, *, actor: str, note: str, via: str = "cli") -> HeldMessage:
    if not note.strip():
        raise StoreError("een notitie mag niet leeg zijn")
    return store.add_note(ref, actor=actor, note=note.strip(), via=via)


def purge(store: Store, *, older_than_days: float, actor: str, via: str = "cli") -> PurgeResult:
    return store.purge(older_than_days=older_than_days, actor=actor, via=via)


# -- incidents ---------------------------------------------------------------------------------


def parse_since(text: str) -> float:
    """``2025-03-01`` (local midnight) or ``2025-03-01T14:30`` (local time) -> epoch seconds."""
    value = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, fmt).timestamp()
        except ValueError:
            continue
    raise ValueError(f"ongeldige datum {text!r}: gebruik JJJJ-MM-DD, bv. 2025-03-01")


def list_incidents(store: Store, *, since: float | None = None, rule: str | None = None) -> list[Incident]:
    return store.list_incidents(since=since, rule=rule)


# Code columns (stable English identifiers, for scripts) with, right after each, a column of the
# Dutch labels people read (header in Dutch): one vocabulary, see discretie.labels.
CSV_COLUMNS = (
    "id",
    "created_at",
    "sender",
    "recipients_internal",
    "recipients_external",
    "rules",
    "regels",
    "categories",
    "soort gegevens",
    "severity",
    "ernst",
    "action",
    "actie",
    "would_action",
    "actie zonder auditmodus",
    "audit",
    "held",
    "message_state",
    "status bericht",
    "message_id",
    "reasons",
    "evidence",
)


def _csv_cell(value: str) -> str:
    """Spreadsheet-safe: a cell starting with = + - @ is not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_incidents(incidents: Iterable[Incident], fmt: str) -> str:
    """``csv`` (one row per incident, ; inside cells) or ``json`` (an array of objects)."""
    rows = list(incidents)
    if fmt == "json":
        return json.dumps([i.as_json() for i in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i in rows:
        cells: Sequence[str] = (
            i.id,
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(i.created_at)),
            i.sender,
            str(i.rcpt_internal),
            str(i.rcpt_external),
            ";".join(i.rules),
            "; ".join(labels.rule(r) for r in i.rules),
            ";".join(i.categories),
            "; ".join(labels.category_label(c) for c in i.categories),
            i.severity,
            labels.severity(i.severity),
            i.action,
            labels.action(i.action),
            i.would_action,
            labels.action(i.would_action),
            "yes" if i.audit else "no",
            "yes" if i.held else "no",
            i.message_state or "",
            (labels.state(i.message_state) if i.message_state else labels.PURGED) if i.held else "",
            i.message_id,
            " | ".join(dict.fromkeys(f.reason for f in i.findings)),
            " | ".join(e for f in i.findings for e in f.evidence),
        )
        writer.writerow([_csv_cell(c) for c in cells])
    return out.getvalue()
