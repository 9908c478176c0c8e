"""Incidents: the register of every notable message (held, rejected, rewritten, forwarded with
findings), facts only (no subject, no body, no recipient address), and the notifications each
one queues (DPO report, sender notice)."""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from discretie import notify
from discretie.model import Action, Message, Verdict
from discretie.policy import Policy
from discretie.store.db import Conn
from discretie.store.errors import Conflict, NotFound
from discretie.store.records import Incident, IncidentStats, _finding_from_json, _finding_to_json, _like, normalize_ref
from discretie.store.sender_counts import Senders


class Incidents(Senders):
    """Table ``incidents``."""

    def _insert_incident(
        self,
        conn: Conn,
        facts: notify.IncidentFacts,
        *,
        held: bool,
        peer: str | None,
        login: str | None,
        report: str = "immediate",
    ) -> None:
        conn.execute(
            "INSERT INTO incidents (id, created_at, sender, message_id, rcpt_internal, rcpt_external, rules, "
            "categories, severity, action, would_action, audit, findings, held, peer, auth_login, report) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                facts.ref,
                facts.at,
                facts.sender,
                facts.message_id,
                facts.rcpt_internal,
                facts.rcpt_external,
                json.dumps(list(facts.rules)),
                json.dumps(list(facts.categories)),
                facts.severity.value,
                facts.action.value,
                facts.would_action.value,
                int(facts.audit),
                json.dumps([_finding_to_json(f) for f in facts.findings]),
                int(held),
                peer,
                login or "",
                report,
            ),
        )

    def record(
        self,
        *,
        message: Message,
        verdict: Verdict,
        action: Action,
        policy: Policy,
        ref: str | None = None,
        peer: str | None = None,
        login: str | None = None,
        burst: notify.Burst | None = None,
    ) -> str | None:
        """Record the incident of a rejected, rewritten or forwarded message and queue its
        notifications: the DPO report when :func:`notify.report_mode` says ``immediate`` (else the
        daily overview has it, or nothing); sender notice for a rewrite; sender warning for a
        forward with enforced findings; a "niet verzonden" notice for a reject (the 550 reply
        reaches a person only when a mail client sent the message: through the school's MTA it
        becomes a bounce), to the envelope sender only (never for the null sender); nothing for
        the sender in audit mode. ``login``: the client's AUTH login, None without AUTH.
        ``burst``: the message belongs to a burst ``hijack`` stopped: no report or notice of its
        own, the burst's one alert instead (store/sender_counts.py).
        Returns the reference, or None when nothing is notable."""
        notable = verdict.notable
        if not notable:
            return None
        ref = normalize_ref(ref) if ref else self.new_ref()
        now = self._clock()
        facts = notify.incident_facts(ref=ref, at=now, message=message, verdict=verdict, action=action, policy=policy)
        report = notify.report_mode(facts, policy)
        # in a burst the hijacked mailbox gets no notices and the DPO the burst's one alert: nothing else is built
        notes = [notify.dpo_report(facts, policy)] if report == "immediate" and burst is None else []
        audited = set(verdict.audit_only)
        enforced = [f for f in notable if f.rule not in audited]
        rcpts = set(message.envelope.rcpt_tos) or {a.key for a in message.to + message.cc + message.bcc}
        notice: notify.Notification | None = None
        common: dict[str, Any] = {
            "policy": policy,
            "ref": ref,
            "at": now,
            "made_at": now,
            "sender": message.sender,
            "recipients": len(rcpts),
        }
        if burst is not None:
            pass
        elif action is Action.REWRITE:
            moved_rules = [f.rule for f in enforced if f.move_to_bcc] or list(verdict.decisive)
            notice = notify.sender_notice(
                "rewrite",
                findings=[f for f in enforced if f.rule in moved_rules] or enforced,
                rules=moved_rules,
                moved=verdict.move_to_bcc,
                **common,
            )
        elif action is Action.FORWARD and enforced:
            notice = notify.sender_notice("warning", findings=enforced, rules=[f.rule for f in enforced], **common)
        elif action is Action.REJECT and message.envelope.mail_from:
            decisive = list(verdict.decisive) or [f.rule for f in enforced]
            notice = notify.sender_notice(
                "refused",
                findings=[f for f in enforced if f.rule in decisive] or enforced,
                rules=decisive,
                **{**common, "sender": message.envelope.mail_from},
            )
        if notice is not None:
            notes.append(notice)
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM incidents WHERE id = ?", (ref,)).fetchone() is not None:
                raise Conflict(f"incident {ref} bestaat al")
            self._insert_incident(conn, facts, held=False, peer=peer, login=login, report=report)
            for note in notes:
                self._enqueue(conn, note, ref, now)
            if burst is not None:
                self._burst_in(conn, burst, ref, now, functools.partial(notify.burst_alert, facts, burst, policy))
        self._wake()
        return ref

    _INCIDENT_COLUMNS = (
        "i.id, i.created_at, i.sender, i.message_id, i.rcpt_internal, i.rcpt_external, i.rules, i.categories, "
        "i.severity, i.action, i.would_action, i.audit, i.findings, i.held, i.peer, m.state, i.auth_login"
    )

    @staticmethod
    def _incident_from_row(row: Sequence[Any]) -> Incident:
        (
            ref,
            created_at,
            sender,
            message_id,
            internal,
            external,
            rules,
            categories,
            severity,
            action,
            would,
            audit,
            findings,
            held,
            peer,
            message_state,
            auth_login,
        ) = row
        return Incident(
            id=ref,
            created_at=created_at,
            sender=sender,
            message_id=message_id,
            rcpt_internal=internal,
            rcpt_external=external,
            rules=tuple(json.loads(rules)),
            categories=tuple(json.loads(categories)),
            severity=severity,
            action=action,
            would_action=would,
            audit=bool(audit),
            findings=tuple(_finding_from_json(f) for f in json.loads(findings)),
            held=bool(held),
            peer=peer,
            message_state=message_state,
            auth_login=auth_login,
        )

    def get_incident(self, ref: str) -> Incident:
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {self._INCIDENT_COLUMNS} FROM incidents i LEFT JOIN messages m ON m.id = i.id WHERE i.id = ?",
                (ref,),
            ).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen incident met dit ID")
        return self._incident_from_row(row)

    def _incident_filter(
        self, since: float | None, until: float | None, rule: str | None, sender: str | None
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("i.created_at >= ?")
            params.append(since)
        if until is not None:
            where.append("i.created_at < ?")
            params.append(until)
        if rule:
            where.append(self._db.dialect.has_rule.format(column="i.rules"))
            params.append(rule)
        if sender:
            where.append(f"i.sender {self._db.dialect.like} ? ESCAPE '\\'")
            params.append(_like(sender))
        return where, params

    def list_incidents(
        self,
        *,
        since: float | None = None,
        rule: str | None = None,
        limit: int | None = None,
        until: float | None = None,
        sender: str | None = None,
        offset: int = 0,
    ) -> list[Incident]:
        """Newest first. ``until`` is exclusive; ``sender`` matches part of the address."""
        where, params = self._incident_filter(since, until, rule, sender)
        sql = f"SELECT {self._INCIDENT_COLUMNS} FROM incidents i LEFT JOIN messages m ON m.id = i.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY i.created_at DESC, i.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {max(int(offset), 0)}"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._incident_from_row(r) for r in rows]

    def incident_stats(
        self,
        *,
        since: float | None = None,
        until: float | None = None,
        rule: str | None = None,
        sender: str | None = None,
    ) -> IncidentStats:
        """Counts of the incidents that match: in total, per rule, per week (local time).

        One pass over the matching rows, counted per (week, list of rules): the weeks are ranges
        of ``created_at`` between local Mondays (made here, from the oldest and newest match), so
        the database compares numbers instead of formatting a date per row, and the rule lists
        are taken apart here (a handful of distinct lists) instead of per row."""
        where, params = self._incident_filter(since, until, rule, sender)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        with self._read() as conn:
            oldest, newest = conn.execute(
                f"SELECT min(i.created_at), max(i.created_at) FROM incidents i{cond}", params
            ).fetchone()
            if oldest is None:
                return IncidentStats(total=0, per_rule=(), per_week=())
            weeks = _local_weeks(float(oldest), float(newest))
            ranges = " UNION ALL ".join("SELECT ? AS lo, ? AS hi, ? AS week" for _ in weeks)
            rows = conn.execute(
                f"SELECT w.week, i.rules, count(*) FROM ({ranges}) w "
                "JOIN incidents i ON i.created_at >= w.lo AND i.created_at < w.hi"
                + "".join(f" AND {term}" for term in where)
                + " GROUP BY w.week, i.rules",
                [*(value for week in weeks for value in week), *params],
            ).fetchall()
        per_rule: dict[str, int] = {}
        per_week: dict[str, int] = {}
        rule_lists: dict[str, list[str]] = {}
        for week, rules, n in rows:
            per_week[week] = per_week.get(week, 0) + int(n)
            if rules not in rule_lists:
                rule_lists[rules] = [str(r) for r in json.loads(rules)]
            for name in rule_lists[rules]:
                per_rule[name] = per_rule.get(name, 0) + int(n)
        return IncidentStats(
            total=sum(per_week.values()),
            per_rule=tuple(sorted(per_rule.items(), key=lambda item: (-item[1], item[0]))),
            per_week=tuple(sorted(per_week.items())),
        )


def _local_weeks(oldest: float, newest: float) -> list[tuple[float, float, str]]:
    """The weeks (Monday 00:00 to the next Monday 00:00, local time, as epoch seconds) from the
    one of ``oldest`` through the one of ``newest``, each with its Monday as YYYY-MM-DD."""
    monday = datetime.fromtimestamp(oldest).date()
    monday -= timedelta(days=monday.weekday())
    last = datetime.fromtimestamp(newest).date()
    weeks = []
    start = _local_midnight(monday)
    while monday <= last:
        following = monday + timedelta(weeks=1)
        end = _local_midnight(following)
        weeks.append((start, end, monday.isoformat()))
        monday, start = following, end
    return weeks


def _local_midnight(day: date) -> float:
    return time.mktime((day.year, day.month, day.day, 0, 0, 0, 0, 0, -1))
