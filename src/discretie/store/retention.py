"""Retention: every held message is deleted after ``retention.held_days``, incidents after
``retention.incident_days``, audit entries after ``retention.audit_days``, closed data-breach
records ``retention.breach_days`` after closing, the message trace after ``retention.trace_days``; expired
sessions and old lock-out counters always."""

from __future__ import annotations

from discretie.store.base import StoreBase
from discretie.store.exceptions import purge_ended
from discretie.store.records import PurgeResult
from discretie.store.sender_counts import purge_senders

DAY = 86400.0


def expires_at(received_at: float, days: float) -> float:
    """When a row received at ``received_at`` expires under a retention of ``days``: the purge
    deletes it once this moment has passed, and the console and the CLI show this moment (one
    computation for both, so a purge never comes before the date shown)."""
    return received_at + days * DAY


class Retention(StoreBase):
    """Deletes across the tables; ``meta.last_purge_at``."""

    def purge(
        self,
        older_than_days: float | None = None,
        incidents_older_than_days: float | None = None,
        *,
        audit_older_than_days: float | None = None,
        breaches_older_than_days: float | None = None,
        trace_older_than_days: float | None = None,
        senders_older_than_days: float | None = None,
        actor: str = "discretie",
        via: str = "gateway",
    ) -> PurgeResult:
        """Delete messages received more than ``older_than_days`` ago (any state but
        'releasing': a message on its way out is never cut off), finished outbox items of that
        age, incidents older than ``incidents_older_than_days`` and audit entries older than
        ``audit_older_than_days``; always expired sign-in sessions and lock-out counters older
        than a day, and ``hijack``'s per-minute sender counts older than a day; sender profiles
        idle for ``senders_older_than_days``, sender blocks older than ``incidents_older_than_days``.
        Written to the audit log."""
        now = self._clock()
        per_state: dict[str, int] = {}
        incidents = outbox = audit = breaches = trace = 0
        with self._tx() as conn:
            # One instance purges at a time: the gateways' scheduled purge skips when another
            # runs it; a purge asked for by a person waits for it.
            if via == "gateway" and not self._try_lock_for(conn, "purge"):
                return PurgeResult(messages={}, incidents=0, outbox=0)
            self._lock_for(conn, "purge")
            conn.execute("DELETE FROM web_sessions WHERE expires_at <= ?", (now,))
            conn.execute(
                "DELETE FROM login_failures WHERE first_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                (now - 86400, now),
            )
            ended = purge_ended(conn, now)  # exceptions past their end or revoked
            if older_than_days is not None:
                # received_at < cutoff  <=>  expires_at(received_at, older_than_days) < now
                cutoff = now - expires_at(0.0, older_than_days)
                for state, n in conn.execute(
                    "SELECT state, count(*) FROM messages "
                    "WHERE received_at < ? AND state != 'releasing' GROUP BY state",
                    (cutoff,),
                ):
                    per_state[state] = n
                conn.execute("DELETE FROM messages WHERE received_at < ? AND state != 'releasing'", (cutoff,))
                outbox = conn.execute(
                    "DELETE FROM outbox WHERE created_at < ? AND state IN ('sent', 'failed', 'cancelled')", (cutoff,)
                ).rowcount
            if incidents_older_than_days is not None:
                cutoff = now - incidents_older_than_days * 86400
                incidents = conn.execute("DELETE FROM incidents WHERE created_at < ?", (cutoff,)).rowcount
            if audit_older_than_days is not None:
                # The delete trigger lets only entries older than this horizon go.
                cutoff = now - audit_older_than_days * 86400
                self._set_meta(conn, "audit_purge_before", repr(cutoff))
                audit = conn.execute("DELETE FROM audit WHERE at < ?", (cutoff,)).rowcount
            if breaches_older_than_days is not None:  # open records are kept whatever their age
                cutoff = now - breaches_older_than_days * 86400
                breaches = conn.execute(
                    "DELETE FROM breaches WHERE closed_at IS NOT NULL AND closed_at < ?", (cutoff,)
                ).rowcount
            if trace_older_than_days is not None:
                cutoff = now - expires_at(0.0, trace_older_than_days)
                conn.execute("DELETE FROM trace_rcpt WHERE trace_id IN (SELECT id FROM trace WHERE at < ?)", (cutoff,))
                trace = conn.execute("DELETE FROM trace WHERE at < ?", (cutoff,)).rowcount
            senders = purge_senders(conn, now, senders_older_than_days, incidents_older_than_days)
            result = PurgeResult(
                messages=per_state,
                incidents=incidents,
                outbox=outbox,
                audit=audit,
                breaches=breaches,
                trace=trace,
                exceptions=ended,
                senders=senders,
            )
            if result.total_messages or incidents or outbox or audit or breaches or trace or ended or senders or (
                via != "gateway"
            ):
                limits = []
                if older_than_days is not None:
                    limits.append(f"berichten ouder dan {older_than_days:g} dagen")
                if incidents_older_than_days is not None:
                    limits.append(f"incidenten ouder dan {incidents_older_than_days:g} dagen")
                if audit_older_than_days is not None:
                    limits.append(f"logboek ouder dan {audit_older_than_days:g} dagen")
                if breaches_older_than_days is not None:
                    limits.append(f"afgesloten datalekken ouder dan {breaches_older_than_days:g} dagen")
                if trace_older_than_days is not None:
                    limits.append(f"berichtenspoor ouder dan {trace_older_than_days:g} dagen")
                if senders_older_than_days is not None:
                    limits.append(f"afzenderprofielen ongebruikt sinds {senders_older_than_days:g} dagen")
                self._audit(conn, actor, via, "purge", None, f"{result.describe()} ({'; '.join(limits)})", now)
            self._set_meta(conn, "last_purge_at", repr(now))
        if (
            result.total_messages
            or result.incidents
            or result.outbox
            or result.audit
            or result.breaches
            or result.trace
            or result.senders
        ):
            self._db.after_purge()
        return result

    def last_purge_at(self) -> float | None:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'last_purge_at'").fetchone()
        return float(row[0]) if row else None
