"""The DPO's daily overview (dagoverzicht): the incidents that got no report of their own
(``incidents.report = 'digest'``) and the held messages close to their purge, in one mail.

Exactly once across instances: the overview for a moment ``until`` is made in one transaction
under the store-wide lock ``digest`` (PostgreSQL: an advisory lock; SQLite: its single writer),
which reads and moves ``meta.digest_until``: the instance that comes second finds it done. The
mail itself goes into the outbox in that transaction, whose claims and leases deliver it once.
"""

from __future__ import annotations

import json

from discretie import notify
from discretie.policy import Policy
from discretie.store.base import StoreBase
from discretie.store.retention import DAY, expires_at


class Digests(StoreBase):
    """``meta.digest_until`` and the overview's outbox item (kind ``dpo_digest``)."""

    def enqueue_digest(self, policy: Policy, *, until: float) -> int | None:
        """Queue the overview of the incidents up to ``until`` not in an earlier one (at most the
        day before ``until`` for the first) and of the held messages expiring within
        ``retention.expiry_warning_days``. None when an overview up to ``until`` was made already
        (by any instance); else how many incidents it lists (an empty overview is not sent)."""
        now = self._clock()
        with self._tx() as conn:
            self._lock_for(conn, "digest")
            row = conn.execute("SELECT value FROM meta WHERE key = 'digest_until'").fetchone()
            last = float(row[0]) if row else until - DAY
            if last >= until:
                return None
            items = [
                notify.DigestItem(
                    ref=ref,
                    at=at,
                    sender=sender,
                    action=action,
                    audit=bool(audit),
                    rules=tuple(json.loads(rules)),
                    severity=severity,
                    rcpt_internal=internal,
                    rcpt_external=external,
                )
                for ref, at, sender, action, audit, rules, severity, internal, external in conn.execute(
                    "SELECT id, created_at, sender, action, audit, rules, severity, rcpt_internal, rcpt_external "
                    "FROM incidents WHERE report = 'digest' AND created_at > ? AND created_at <= ? "
                    "ORDER BY created_at, id",
                    (last, until),
                )
            ]
            retention = policy.retention
            # held messages whose expiry (the purge's own computation) is within the warning days
            horizon = now + retention.expiry_warning_days * DAY - expires_at(0.0, retention.held_days)
            reminders = [
                notify.Reminder(ref=ref, received_at=at, expires_at=expires_at(at, retention.held_days), sender=sender)
                for ref, at, sender in conn.execute(
                    "SELECT id, received_at, sender FROM messages WHERE state = 'held' AND received_at <= ? "
                    "ORDER BY received_at, id",
                    (horizon,),
                )
            ]
            self._set_meta(conn, "digest_until", repr(until))
            if not items and not reminders:
                return 0
            note = notify.dpo_digest(items, reminders, policy=policy, until=until, made_at=now)
            self._enqueue(conn, note, f"digest:{int(until)}", now)
            self._audit(
                conn,
                "discretie",
                "gateway",
                "digest",
                None,
                f"dagoverzicht: {len(items)} incident(en), {len(reminders)} bijna verlopen",
                now,
            )
        self._wake()
        return len(items)
