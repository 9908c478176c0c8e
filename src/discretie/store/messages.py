"""Held messages: the raw message (encrypted, table ``bodies``), its subject and recipients
(encrypted, ``messages.private``), its state from 'held' through 'releasing' to 'released' or
'rejected', the review actions, and what each reviewer has seen (``message_seen``).

Bodies are kept only as long as they are needed: a message's raw bytes are wiped when it is
delivered after release or rejected. Release and reject are exactly-once: the state change is a
conditional UPDATE inside the transaction, so of two concurrent clicks one wins and the other
gets :class:`Conflict`.
"""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Sequence
from typing import Any

from discretie import crypto, notify, selfservice
from discretie.model import Action, Message, Verdict
from discretie.policy import Policy
from discretie.redact import mask_address, mask_addresses_in
from discretie.store.audit import AuditLog
from discretie.store.db import Conn, pipelined
from discretie.store.errors import Conflict, Duplicate, NotARecipient, NotFound, StoreError
from discretie.store.incidents import Incidents
from discretie.store.records import (
    STATES,
    HeldMessage,
    QueuePage,
    _blob,
    _finding_from_json,
    _like,
    _scrub,
    _verdict_json,
    _with_message_mark,
    generate_ref,
    normalize_ref,
)


class HeldMessages(Incidents, AuditLog):
    """Tables ``messages``, ``bodies`` and ``message_seen``."""

    def hold(
        self,
        *,
        raw: bytes,
        message: Message,
        verdict: Verdict,
        policy: Policy,
        peer: str | None = None,
        login: str | None = None,
        burst: notify.Burst | None = None,
    ) -> str:
        """Keep ``raw`` (encrypted) for review, with its incident and notifications (DPO report,
        sender notice) in one durable transaction. ``login`` is the client's AUTH login (None
        when it did not authenticate): a release goes out only as that login may send.
        ``burst``: held as part of a burst ``hijack`` stopped: instead of a report and a notice,
        the burst's one alert (store/sender_counts.py). Returns the reference ID."""
        notable = verdict.notable or verdict.findings
        held_by = verdict.decisive or tuple(dict.fromkeys(f.rule for f in notable))
        rcpts = tuple(message.envelope.rcpt_tos) or tuple(a.key for a in message.to + message.cc + message.bcc)
        for _attempt in range(3):
            ref = generate_ref()  # a reference in use is refused by the primary keys below
            now = self._clock()
            facts = notify.incident_facts(
                ref=ref, at=now, message=message, verdict=verdict, action=Action.HOLD, policy=policy
            )
            report = notify.report_mode(facts, policy)
            notes: list[notify.Notification] = []
            if burst is None:  # in a burst the hijacked mailbox gets no notices; the DPO one alert per burst
                notes = [notify.dpo_report(facts, policy)] if report == "immediate" else []
                notice = notify.sender_notice(
                    "held",
                    policy=policy,
                    ref=ref,
                    at=now,
                    made_at=now,
                    sender=message.sender,
                    recipients=len(set(rcpts)),
                    findings=[f for f in notable if f.rule in held_by] or notable,
                    rules=held_by,
                    link=selfservice.link(policy, self.sealer, ref, message.sender, now),
                    link_until=selfservice.expiry(now, policy),
                )
                if notice is not None:
                    notes.append(notice)
            private = json.dumps({"subject": message.subject, "rcpt_tos": list(rcpts)}).encode()
            try:
                with self._tx() as conn:
                    with pipelined(conn):  # PostgreSQL: the inserts in one round trip
                        conn.execute(
                            "INSERT INTO messages (id, state, received_at, updated_at, sender, mail_from, message_id, "
                            "rcpt_internal, rcpt_external, size, action, rules, held_by, verdict, private, peer, "
                            "auth_login) "
                            "VALUES (?, 'held', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (
                                ref,
                                now,
                                now,
                                message.sender,
                                message.envelope.mail_from,
                                facts.message_id,
                                facts.rcpt_internal,
                                facts.rcpt_external,
                                len(raw),
                                Action.HOLD.value,
                                json.dumps(list(facts.rules or held_by)),
                                json.dumps(list(held_by)),
                                _verdict_json(verdict),
                                self.sealer.seal(private, f"messages:{ref}:private".encode()),
                                peer,
                                login or "",
                            ),
                        )
                        conn.execute(
                            "INSERT INTO bodies (id, data) VALUES (?, ?)",
                            (ref, self.sealer.seal(raw, f"messages:{ref}:body".encode())),
                        )
                        self._insert_incident(conn, facts, held=True, peer=peer, login=login, report=report)
                        for note in notes:
                            self._enqueue(conn, note, ref, now)
                    if burst is not None:
                        self._burst_in(
                            conn, burst, ref, now, functools.partial(notify.burst_alert, facts, burst, policy)
                        )
            except Duplicate:  # the same reference, written by another instance at the same moment
                continue
            self._wake()
            return ref
        raise StoreError("kon geen unieke referentie vastleggen")  # pragma: no cover

    _MESSAGE_COLUMNS = (
        "id, state, received_at, updated_at, sender, mail_from, message_id, rcpt_internal, rcpt_external, "
        "size, action, rules, held_by, verdict, private, EXISTS (SELECT 1 FROM bodies WHERE bodies.id = messages.id), "
        "peer, decided_at, decided_by, note, "
        "delivered_at, upstream_reply, last_error, auth_login, "
        "(SELECT kind FROM sender_requests r WHERE r.id = messages.id)"
    )

    def _message_from_row(self, row: Sequence[Any]) -> HeldMessage:
        (
            ref,
            state,
            received_at,
            updated_at,
            sender,
            mail_from,
            message_id,
            internal,
            external,
            size,
            action,
            rules,
            held_by,
            verdict_json,
            private,
            has_body,
            peer,
            decided_at,
            decided_by,
            note,
            delivered_at,
            upstream_reply,
            last_error,
            auth_login,
            sender_request,
        ) = row
        verdict = json.loads(verdict_json)
        subject, rcpt_tos, release_to, readable = "", (), (), True
        if private is not None:
            try:
                data = json.loads(self.sealer.open(_blob(private), f"messages:{ref}:private".encode()))
                subject, rcpt_tos = str(data.get("subject", "")), tuple(data.get("rcpt_tos", ()))
                release_to = tuple(data.get("release_to", ()))
            except (crypto.CryptoError, ValueError):
                subject, readable = "(onleesbaar: gewijzigde gegevens of verkeerde sleutel)", False
        return HeldMessage(
            id=ref,
            state=state,
            received_at=received_at,
            updated_at=updated_at,
            sender=sender,
            mail_from=mail_from,
            rcpt_tos=rcpt_tos,
            subject=subject,
            message_id=message_id,
            rcpt_internal=internal,
            rcpt_external=external,
            size=size,
            action=action,
            rules=tuple(json.loads(rules)),
            held_by=tuple(json.loads(held_by)),
            findings=tuple(_finding_from_json(f) for f in verdict.get("findings", ())),
            would_action=str(verdict.get("would_action", action)),
            move_to_bcc=tuple(verdict.get("move_to_bcc", ())),
            peer=peer,
            decided_at=decided_at,
            decided_by=decided_by,
            note=note,
            delivered_at=delivered_at,
            upstream_reply=upstream_reply,
            last_error=last_error,
            has_body=bool(has_body),
            readable=readable,
            auth_login=auth_login,
            release_to=release_to,
            sender_request=sender_request,
        )

    def get_message(self, ref: str) -> HeldMessage:
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
        return self._message_from_row(row)

    def _state_and_rule(self, states: Sequence[str] | None, rule: str | None) -> tuple[list[str], list[Any]]:
        """The WHERE terms and parameters that the message list and the queue page share."""
        where: list[str] = []
        params: list[Any] = []
        if states:
            where.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        if rule:
            where.append(self._db.dialect.has_rule.format(column="messages.rules"))
            params.append(rule)
        return where, params

    def _clear_text(self, needle: str) -> tuple[str, list[Any]]:
        """The WHERE term matching ``needle`` in the columns kept in clear (reference, sender,
        envelope sender, message-id), case-insensitively; trigram indexes serve it on PostgreSQL."""
        like = self._db.dialect.like
        term = (
            f"(sender {like} ? ESCAPE '\\' OR mail_from {like} ? ESCAPE '\\' "
            f"OR message_id {like} ? ESCAPE '\\' OR id {like} ? ESCAPE '\\')"
        )
        return term, [_like(needle)] * 4

    def list_messages(
        self,
        *,
        states: Sequence[str] | None = None,
        rule: str | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[HeldMessage]:
        """Newest first."""
        where, params = self._state_and_rule(states, rule)
        if since is not None:
            where.append("received_at >= ?")
            params.append(since)
        sql = f"SELECT {self._MESSAGE_COLUMNS} FROM messages"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY received_at DESC, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._message_from_row(r) for r in rows]

    def message_body(self, ref: str, *, actor: str | None = None, via: str = "cli") -> bytes | None:
        """The raw message as received (decrypted), or None once it was wiped. With ``actor``,
        the view is written to the audit log. A tampered ciphertext is a StoreError."""
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(
                "SELECT b.data, m.id FROM messages m LEFT JOIN bodies b ON b.id = m.id WHERE m.id = ?", (ref,)
            ).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
        if row[0] is None:
            return None
        raw = self._open_body(ref, _blob(row[0]))
        if actor is not None:
            self.audit(actor=actor, via=via, action="view", target=ref, note="inhoud bekeken")
        return raw

    def _open_body(self, ref: str, blob: bytes) -> bytes:
        try:
            return self.sealer.open(blob, f"messages:{ref}:body".encode())
        except crypto.CryptoError:
            raise StoreError(
                f"het bericht {ref} kan niet ontsleuteld worden: de versleutelde inhoud in {self.path} is "
                "gewijzigd of beschadigd (of de sleutel is verkeerd)"
            ) from None

    @staticmethod
    def _state_problem(ref: str, row: Sequence[Any], wanted: str) -> str:
        state, decided_at, decided_by = row
        who = f" door {decided_by}" if decided_by else ""
        when = f" op {notify.local_time(decided_at)}" if decided_at else ""
        if state == "releasing":
            return f"{ref} is al vrijgegeven{who}{when} en wordt verzonden: er valt niets meer {wanted}"
        if state == "released":
            return f"{ref} is al vrijgegeven{who}{when} en verzonden: er valt niets meer {wanted}"
        if state == "rejected":
            return f"{ref} is al geweigerd{who}{when}: er valt niets meer {wanted}"
        return f"{ref} heeft status {state}: er valt niets {wanted}"

    def _decision_refused(self, conn: Conn, ref: str, wanted: str) -> StoreError:
        """Why a release or reject changed nothing: no such message, or already decided (read
        after the conditional UPDATE, so it names the decision that won)."""
        row = conn.execute("SELECT state, decided_at, decided_by FROM messages WHERE id = ?", (ref,)).fetchone()
        if row is None:
            return NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
        return Conflict(self._state_problem(ref, row, wanted))

    def release(
        self,
        ref: str,
        *,
        actor: str,
        via: str = "cli",
        note: str | None = None,
        message: str | None = None,
        recipients: Sequence[str] | None = None,
    ) -> HeldMessage:
        """Approve a held message: atomically 'held' -> 'releasing' and into the outbox, where the
        gateway delivers it. Of two concurrent releases exactly one wins; the other gets Conflict.
        ``note`` is for the register (kept here, never mailed); ``message`` goes to the sender with
        the "vrijgegeven" notice: it waits, encrypted, in the release's outbox row and is wiped
        with it. ``recipients``: a partial release to these of the message's recipients only (the
        others never get it; the sender is told which); an address that is not one of them, or
        none at all, is refused with :class:`NotARecipient` and nothing changes."""
        ref = normalize_ref(ref)
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute(
                "UPDATE messages SET state = 'releasing', updated_at = ?, decided_at = ?, decided_by = ?, "
                "note = COALESCE(?, note), last_error = NULL WHERE id = ? AND state = 'held'",
                (now, now, actor, note, ref),
            )
            if cursor.rowcount != 1:
                raise self._decision_refused(conn, ref, "vrij te geven")
            left_out = self._choose_recipients(conn, ref, recipients)
            uid = secrets.token_hex(12)
            text = (message or "").strip()
            sealed = self.sealer.seal(text.encode(), f"outbox:{uid}:data".encode()) if text else None
            conn.execute(
                "INSERT INTO outbox (uid, kind, ref, mail_from, rcpt_tos, data, state, created_at, next_attempt_at) "
                "VALUES (?, 'release', ?, '', '[]', ?, 'pending', ?, ?)",
                (uid, ref, sealed, now, now),
            )
            partial = ""
            if left_out:
                partial = f"gedeeltelijk: niet aan {', '.join(mask_address(r) for r in left_out)}"
            marked = _with_message_mark(note, text)
            self._audit(conn, actor, via, "release", ref, "; ".join(p for p in (marked, partial) if p) or None, now)
        self._wake()
        return self.get_message(ref)

    def _choose_recipients(self, conn: Conn, ref: str, recipients: Sequence[str] | None) -> tuple[str, ...]:
        """Record whom a release goes to (in the encrypted ``private``, with the recipients):
        ``recipients`` or, with None, everyone (a partial choice of an earlier release that went
        back to held is dropped). Returns the recipients left out."""
        row = conn.execute("SELECT private FROM messages WHERE id = ?", (ref,)).fetchone()
        if row is None or row[0] is None:
            if recipients is not None:
                raise NotARecipient(f"de ontvangers van {ref} zijn niet bekend: alleen volledig vrijgeven kan")
            return ()
        aad = f"messages:{ref}:private".encode()
        try:
            data = json.loads(self.sealer.open(_blob(row[0]), aad))
        except (crypto.CryptoError, ValueError):
            raise StoreError(f"de ontvangers van {ref} kunnen niet ontsleuteld worden") from None
        everyone = {str(r).lower(): str(r) for r in data.get("rcpt_tos", ())}
        chosen: list[str] = []
        if recipients is not None:
            wanted = list(dict.fromkeys(r.strip().lower() for r in recipients if r.strip()))
            strangers = [r for r in wanted if r not in everyone]
            if strangers:
                raise NotARecipient(
                    f"{', '.join(strangers)}: geen ontvanger van {ref} (de ontvangers: "
                    f"{', '.join(everyone.values())}); er is niets vrijgegeven"
                )
            if not wanted:
                raise NotARecipient(f"kies minstens één ontvanger van {ref}; er is niets vrijgegeven")
            chosen = wanted if set(wanted) != set(everyone) else []
        if chosen or "release_to" in data:
            data.pop("release_to", None)
            if chosen:
                data["release_to"] = chosen
            conn.execute(
                "UPDATE messages SET private = ? WHERE id = ?",
                (self.sealer.seal(json.dumps(data).encode(), aad), ref),
            )
        return tuple(original for key, original in everyone.items() if chosen and key not in chosen)

    def reject(
        self,
        ref: str,
        *,
        actor: str,
        via: str = "cli",
        note: str | None = None,
        notify_sender: bool = False,
        policy: Policy | None = None,
        message: str | None = None,
    ) -> HeldMessage:
        """Refuse a held message for good: state 'rejected', the body is wiped; with
        ``notify_sender`` the sender gets a notice (with ``message``, never the register's
        ``note``) through the outbox."""
        ref = normalize_ref(ref)
        now = self._clock()
        if notify_sender and policy is None:
            raise ValueError("notify_sender needs the policy")
        with self._tx() as conn:
            # The conditional UPDATE first: of two concurrent decisions (on any instance) exactly
            # one changes the row; the other waits for its row lock and then finds it decided.
            cursor = conn.execute(
                "UPDATE messages SET state = 'rejected', updated_at = ?, decided_at = ?, decided_by = ?, "
                "note = COALESCE(?, note) WHERE id = ? AND state = 'held'",
                (now, now, actor, note, ref),
            )
            if cursor.rowcount != 1:
                raise self._decision_refused(conn, ref, "te weigeren")
            current = self._message_from_row(
                conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
            )
            conn.execute("DELETE FROM bodies WHERE id = ?", (ref,))
            sent = told = ""
            if notify_sender and policy is not None:
                notice = notify.sender_notice(
                    "rejected",
                    policy=policy,
                    ref=ref,
                    at=current.received_at,
                    made_at=now,
                    sender=current.sender,
                    recipients=len(current.rcpt_tos),
                    findings=[f for f in current.findings if f.rule in current.held_by and f.severity.rank > 0]
                    or current.findings,
                    rules=current.held_by,
                    message=message or "",
                )
                if notice is not None:
                    self._enqueue(conn, notice, ref, now)
                    sent = " (afzender verwittigd)"
                    told = message or ""
                else:
                    sent = " (afzender niet verwittigd: geen schooladres)"
            self._audit(conn, actor, via, "reject", ref, (_with_message_mark(note, told) or "") + sent, now)
        self._wake()
        return self.get_message(ref)

    def add_note(self, ref: str, *, actor: str, note: str, via: str = "cli") -> HeldMessage:
        ref = normalize_ref(ref)
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute("UPDATE messages SET note = ?, updated_at = ? WHERE id = ?", (note, now, ref))
            if cursor.rowcount != 1:
                raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
            self._audit(conn, actor, via, "note", ref, note, now)
        return self.get_message(ref)

    def load_release(self, ref: str) -> tuple[HeldMessage, bytes]:
        """The message being released and its raw bytes. StoreError when it cannot be read."""
        message = self.get_message(ref)
        with self._read() as conn:
            row = conn.execute("SELECT data FROM bodies WHERE id = ?", (message.id,)).fetchone()
        if row is None or row[0] is None:
            raise StoreError(f"de inhoud van {message.id} is niet meer beschikbaar")
        if not message.readable:
            raise StoreError(f"de ontvangers van {message.id} kunnen niet ontsleuteld worden")
        return message, self._open_body(message.id, _blob(row[0]))

    def release_delivered(
        self,
        item_id: int,
        ref: str,
        *,
        reply: str,
        policy: Policy | None = None,
        actor: str = "discretie",
        message: str = "",
    ) -> None:
        """The upstream took the released message: 'released', body wiped, outbox item done (its
        message to the sender wiped), the sender told (when ``policy`` is given), with the
        reviewer's ``message``."""
        now = self._clock()
        reply = mask_addresses_in(reply)
        with self._tx() as conn:
            row = conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
            conn.execute(
                "UPDATE messages SET state = 'released', updated_at = ?, delivered_at = ?, upstream_reply = ?, "
                "last_error = NULL WHERE id = ?",
                (now, now, reply, ref),
            )
            conn.execute("DELETE FROM bodies WHERE id = ?", (ref,))
            conn.execute(
                "UPDATE outbox SET state = 'sent', done_at = ?, data = NULL, lease_owner = NULL, lease_until = NULL, "
                "last_error = ? WHERE id = ?",
                (now, reply, item_id),
            )
            self._audit(conn, actor, "gateway", "delivered", ref, f"afgeleverd: {reply}", now)
            if row is not None and policy is not None:
                current = self._message_from_row(row)
                notice = notify.sender_notice(
                    "partial" if current.not_released_to else "released",
                    not_delivered=current.not_released_to,
                    policy=policy,
                    ref=ref,
                    at=current.received_at,
                    made_at=now,
                    sender=current.sender,
                    recipients=len(current.rcpt_tos),
                    # a partial release says why the others do not get it
                    findings=[f for f in current.findings if f.rule in current.held_by and f.severity.rank > 0]
                    if current.not_released_to
                    else (),
                    rules=current.held_by,
                    message=message,
                )
                if notice is not None:
                    self._enqueue(conn, notice, ref, now)
        self._wake()

    def release_back_to_held(
        self,
        item_id: int,
        ref: str,
        *,
        reason: str,
        reply: str | None = None,
        verdict: Verdict | None = None,
        actor: str = "discretie",
    ) -> None:
        """The release did not go through (the upstream refused it for good, or the pipeline now
        holds or rejects it for another rule): back to 'held' with the reason recorded, so the
        DPO can decide again. With ``verdict``, its findings replace the stored ones and its
        decisive rules join ``held_by`` (a next release approves them too)."""
        now = self._clock()
        reason, reply = mask_addresses_in(reason), _scrub(reply)
        with self._tx() as conn:
            row = conn.execute("SELECT held_by, rules FROM messages WHERE id = ?", (ref,)).fetchone()
            if row is not None:
                params: list[Any] = [now, reason, reply]
                sql = "UPDATE messages SET state = 'held', updated_at = ?, last_error = ?, upstream_reply = ?"
                if verdict is not None:
                    held_by = list(dict.fromkeys([*json.loads(row[0]), *verdict.decisive]))
                    rules = list(dict.fromkeys([*json.loads(row[1]), *(f.rule for f in verdict.notable)]))
                    sql += ", held_by = ?, rules = ?, verdict = ?"
                    params += [json.dumps(held_by), json.dumps(rules), _verdict_json(verdict)]
                conn.execute(sql + " WHERE id = ? AND state = 'releasing'", [*params, ref])
            conn.execute(
                "UPDATE outbox SET state = 'cancelled', done_at = ?, data = NULL, lease_owner = NULL, "
                "lease_until = NULL, last_error = ? WHERE id = ?",
                (now, reason, item_id),
            )
            self._audit(conn, actor, "gateway", "release_failed", ref, reason, now)

    def queue_page(
        self,
        *,
        states: Sequence[str] | None = None,
        rule: str | None = None,
        text: str | None = None,
        reviewer: str | None = None,
        unseen_only: bool = False,
        release_requested: bool = False,
        offset: int = 0,
        limit: int = 50,
        subject_window: int = 2000,
        oldest_first: bool = False,
        count_cap: int = 1000,
    ) -> QueuePage:
        """One page of held messages, newest first (``oldest_first``: the first to expire
        first), without loading the rest.

        ``text`` matches the clear columns (reference, sender, envelope sender, message-id) of
        every message in SQL; the subject and the recipients are encrypted, so they are matched
        only in the newest ``subject_window`` messages that pass the other filters (decrypted
        here, never written anywhere); ``text_complete`` says whether that covered them all. The
        clear matches are counted up to ``count_cap`` (``total_capped``: there are more); a count
        of every match of a common word would read that many rows for each page.
        ``release_requested``: only messages whose sender asked for release (the notice's link)."""
        offset, limit = max(int(offset), 0), max(int(limit), 1)
        where, params = self._state_and_rule(states, rule)
        if unseen_only and reviewer:
            where.append("NOT EXISTS (SELECT 1 FROM message_seen s WHERE s.id = messages.id AND s.reviewer = ?)")
            params.append(reviewer)
        if release_requested:  # the sender asked for release through the link in the notice
            where.append("EXISTS (SELECT 1 FROM sender_requests r WHERE r.id = messages.id AND r.kind = 'release')")
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        needle = (text or "").strip().lower()[:200]
        order = "received_at ASC, id" if oldest_first else "received_at DESC, id"
        complete, capped = True, False
        with self._read() as conn:
            # Counted per state and rule list (a handful of distinct lists; an index holds both
            # columns): the tabs' counts, and the total of a state and rule filter, in one pass.
            counts = {state: 0 for state in STATES}
            matching_total = 0
            for state, rules, n in conn.execute("SELECT state, rules, count(*) FROM messages GROUP BY state, rules"):
                counts[state] = counts.get(state, 0) + int(n)
                if (not states or state in states) and (not rule or rule in json.loads(rules)):
                    matching_total += int(n)
            if not needle:
                if (unseen_only and reviewer) or release_requested:  # filters the per-state counts do not know
                    total = int(conn.execute(f"SELECT count(*) FROM messages{cond}", params).fetchone()[0])
                else:
                    total = matching_total
                # ids first (sorting narrow rows), the full rows only for the page
                page_ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM messages{cond} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*params, limit, offset],
                    )
                ]
            else:
                clear, clear_params = self._clear_text(needle)
                matching = " WHERE " + " AND ".join([*where, clear])
                # Matches in the clear columns: counted up to ``count_cap`` and the first pages'
                # worth taken in SQL (from an index on PostgreSQL), never every matching row.
                total = int(
                    conn.execute(
                        f"SELECT count(*) FROM (SELECT 1 FROM messages{matching} LIMIT ?) AS found",
                        [*params, *clear_params, count_cap + 1],
                    ).fetchone()[0]
                )
                if total > count_cap:
                    total, capped = count_cap, True
                hits = [
                    (ref, at)
                    for ref, at in conn.execute(
                        f"SELECT id, received_at FROM messages{matching} ORDER BY {order} LIMIT ?",
                        [*params, *clear_params, offset + limit],
                    )
                ]
                # The encrypted subject and recipients of the newest messages that did not match so.
                window = conn.execute(
                    f"SELECT id, received_at, private, CASE WHEN {clear} THEN 1 ELSE 0 END FROM messages{cond} "
                    "ORDER BY received_at DESC, id LIMIT ?",
                    [*clear_params, *params, subject_window + 1],
                ).fetchall()
                if len(window) > subject_window:
                    complete = False
                    window = window[:subject_window]
                # With more clear matches than the count goes to, the total is a lower bound
                # anyway: subjects older than this page's last clear match cannot be on it.
                last = offset + limit - 1
                newest_first_cut = capped and len(hits) > last and not oldest_first
                cut = (-hits[last][1], hits[last][0]) if newest_first_cut else None
                for ref, at, private, in_clear in window:
                    if cut is not None and (-at, ref) > cut:
                        break
                    if in_clear or private is None:
                        continue
                    try:
                        data = json.loads(self.sealer.open(_blob(private), f"messages:{ref}:private".encode()))
                    except (crypto.CryptoError, ValueError):
                        continue
                    haystack = "\n".join([str(data.get("subject", "")), *map(str, data.get("rcpt_tos", ()))])
                    if needle in haystack.lower():
                        hits.append((ref, at))
                        total += 1
                sign = 1 if oldest_first else -1
                ordered = sorted(hits, key=lambda item: (sign * item[1], item[0]))
                page_ids = [ref for ref, _ in ordered[offset : offset + limit]]
            rows = []
            if page_ids:
                marks = ", ".join("?" for _ in page_ids)
                found = {
                    r[0]: r
                    for r in conn.execute(
                        f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id IN ({marks})", page_ids
                    )
                }
                rows = [found[ref] for ref in page_ids if ref in found]
            ids = [r[0] for r in rows]
            seen: set[str] = set()
            if reviewer and ids:
                marks = ", ".join("?" for _ in ids)
                seen = {
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM message_seen WHERE reviewer = ? AND id IN ({marks})", [reviewer, *ids]
                    )
                }
        return QueuePage(
            items=tuple(self._message_from_row(r) for r in rows),
            total=total,
            offset=offset,
            limit=limit,
            seen=frozenset(seen),
            state_counts=counts,
            text_complete=complete,
            total_capped=capped,
        )

    def mark_seen(self, refs: Sequence[str], *, reviewer: str) -> int:
        """Mark messages as seen by ``reviewer`` (unknown references are ignored). Returns how many
        were new."""
        now = self._clock()
        wanted = [normalize_ref(r) for r in refs]
        if not wanted:
            return 0
        added = 0
        with self._tx() as conn:
            for ref in wanted:
                added += conn.execute(
                    "INSERT INTO message_seen (id, reviewer, at) SELECT id, ?, ? FROM messages WHERE id = ? "
                    "ON CONFLICT (id, reviewer) DO NOTHING",
                    (reviewer, now, ref),
                ).rowcount
        return added

    def is_seen(self, ref: str, *, reviewer: str) -> bool:
        with self._read() as conn:
            row = conn.execute(
                "SELECT 1 FROM message_seen WHERE id = ? AND reviewer = ?", (normalize_ref(ref), reviewer)
            ).fetchone()
        return row is not None
