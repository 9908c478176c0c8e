"""Per-sender counts for ``rules.hijack``, shared by every worker and every instance on the store.

- ``sender_counts``: per sender and minute, the messages to recipients outside the staff and how many
  such recipients; the sender is a keyed hash (``Sealer.mac``), no recipient is kept at all. Kept a
  day at most (the rule's window is at most a day).
- ``sender_profiles``: per sender (keyed hash) when it first and last mailed outside the staff, the
  most outside recipients of one message that went out (the baseline of "first time to so many"),
  and the burst going on: the reference of its first message (the one alert's key), its start, until
  when it lasts, how many messages it had. Dropped after ``retention.sender_days`` without mail.
- ``sender_blocks``: senders blocked after a burst (``block_sender``) or by the DPO, by address
  (the DPO must see whom), until the DPO lifts the block; older than ``retention.incident_days``: purged.

The relay reads the counts before the rules run (:meth:`Senders.sender_activity`, which counts the
message first, in the same transaction, so concurrent workers never both see the count before the
other's message) and hands what a burst needs to ``hold``/``record`` (:meth:`Senders._burst_in`, in
their transaction: the message, its incident and the burst's one alert are written together or not
at all). Exactly one message starts a burst: a conditional UPDATE on the sender's row, as release.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from discretie import notify
from discretie.model import SenderHistory
from discretie.store.base import StoreBase
from discretie.store.db import Conn, pipelined
from discretie.store.errors import StoreError

BUCKET = 60  # seconds per counter row
COUNTS_KEPT = 86400.0  # a counter row is kept this long (the longest window the rule allows)


@dataclass(frozen=True)
class SenderBlock:
    """A blocked sender: every message of it is held until the DPO lifts the block."""

    address: str
    blocked_at: float
    ref: str | None  # the message whose burst blocked it (None: blocked by a person)
    actor: str


class Senders(StoreBase):
    """Tables ``sender_counts``, ``sender_profiles`` and ``sender_blocks``."""

    def _sender_key(self, address: str) -> str:
        return self.sealer.mac(b"senders\x00" + address.strip().lower().encode("utf-8", "replace"))

    def sender_activity(
        self,
        address: str,
        externals: int,
        *,
        window: float,
        unlisted: int | None = None,
        timeout: float | None = None,
    ) -> SenderHistory:
        """Count a message of ``address`` to ``externals`` recipients outside the staff (none: only
        read), ``unlisted`` of them outside the school's own audience (None: all), and return the
        sender's history with it: outside recipients and messages in the last ``window`` seconds, the
        baseline, a burst going on, a block. ``timeout``: seconds to wait for a PostgreSQL connection
        (the relay's is short: the counts are worth less than the mail's time)."""
        now = self._clock()
        key = self._sender_key(address)
        bucket = int(now // BUCKET * BUCKET)
        if externals > 0:
            unlisted = externals if unlisted is None else min(unlisted, externals)
            with self._tx(timeout) as conn, pipelined(conn):
                conn.execute(
                    "INSERT INTO sender_counts (sender, bucket, messages, externals, unlisted) VALUES (?, ?, 1, ?, ?) "
                    "ON CONFLICT (sender, bucket) DO UPDATE SET messages = sender_counts.messages + 1, "
                    "externals = sender_counts.externals + excluded.externals, "
                    "unlisted = coalesce(sender_counts.unlisted, sender_counts.externals) + excluded.unlisted",
                    (key, bucket, externals, unlisted),
                )
                conn.execute(
                    "INSERT INTO sender_profiles (sender, first_seen, last_seen, max_externals) VALUES (?, ?, ?, 0) "
                    "ON CONFLICT (sender) DO UPDATE SET last_seen = excluded.last_seen",
                    (key, now, now),
                )
                conn.execute("DELETE FROM sender_counts WHERE sender = ? AND bucket < ?", (key, int(now - COUNTS_KEPT)))
                return self._history(conn, key, address, now, window)
        with self._statement(timeout) as conn:  # _history is one statement
            return self._history(conn, key, address, now, window)

    def sender_history_now(self, address: str, *, window: float) -> SenderHistory | None:
        """The history of a message to nobody outside the staff (nothing to count: only a block matters
        then), read in the calling thread when the back-end answers without waiting (the SQLite file): the
        relay's event loop asks this first and saves a store thread's round trip per message. None when it
        cannot answer at once (PostgreSQL, a lock): the caller asks :meth:`sender_activity` in a store thread."""
        instant = self._db.instant()
        if instant is None:
            return None
        try:
            with instant as conn:
                return self._history(conn, self._sender_key(address), address, self._clock(), window)
        except StoreError:
            return None

    def _history(self, conn: Conn, key: str, address: str, now: float, window: float) -> SenderHistory:
        """The counts, the profile and the block in one statement: the relay asks for them before
        every school sender's message (one round trip instead of three on PostgreSQL)."""
        since = int((now - window) // BUCKET * BUCKET)
        externals, unlisted, messages, first_seen, max_externals, burst_until, blocked = conn.execute(
            "SELECT c.externals, c.unlisted, c.messages, p.first_seen, p.max_externals, p.burst_until, "
            "EXISTS (SELECT 1 FROM sender_blocks WHERE address = ?) "
            "FROM (SELECT coalesce(sum(externals), 0) AS externals, "
            "coalesce(sum(coalesce(unlisted, externals)), 0) AS unlisted, coalesce(sum(messages), 0) AS messages "
            "FROM sender_counts WHERE sender = ? AND bucket >= ?) AS c "
            "LEFT JOIN sender_profiles AS p ON p.sender = ?",
            (address.strip().lower(), key, since, key),
        ).fetchone()
        return SenderHistory(
            externals=int(externals),
            unlisted=int(unlisted),
            messages=int(messages),
            window=window,
            max_externals=int(max_externals) if first_seen is not None else 0,
            first_seen=float(first_seen) if first_seen is not None else None,
            burst=burst_until is not None and float(burst_until) > now,
            blocked=bool(blocked),
        )

    def sender_delivered(self, address: str, externals: int) -> None:
        """A message of ``address`` to ``externals`` outside recipients went out: the baseline of
        "first time to so many" grows when it is the most so far (held messages never count)."""
        with self._tx() as conn:
            conn.execute(
                "UPDATE sender_profiles SET max_externals = ? WHERE sender = ? AND max_externals < ?",
                (externals, self._sender_key(address), externals),
            )

    def _burst_in(
        self, conn: Conn, burst: notify.Burst, ref: str, now: float, alert: Callable[[], notify.Notification]
    ) -> bool:
        """Inside the transaction of a held, rejected or flagged message of a burst: start the burst
        (and queue its one alert, built by ``alert`` only then) when none goes on, else extend it; block
        the sender when asked. True when this message started the burst."""
        key = self._sender_key(burst.address)
        until = now + burst.window
        started = conn.execute(
            "UPDATE sender_profiles SET burst_ref = ?, burst_started = ?, burst_until = ?, burst_messages = 1 "
            "WHERE sender = ? AND (burst_until IS NULL OR burst_until <= ?)",
            (ref, now, until, key, now),
        ).rowcount
        if not started:
            extended = conn.execute(
                "UPDATE sender_profiles SET burst_until = ?, burst_messages = burst_messages + 1 WHERE sender = ?",
                (until, key),
            ).rowcount
            if not extended:  # a sender without counts (a blocked sender's mail to colleagues)
                started = conn.execute(
                    "INSERT INTO sender_profiles (sender, first_seen, last_seen, max_externals, burst_ref, "
                    "burst_started, burst_until, burst_messages) VALUES (?, ?, ?, 0, ?, ?, ?, 1) "
                    "ON CONFLICT (sender) DO NOTHING",
                    (key, now, now, ref, now, until),
                ).rowcount
        if started:
            self._enqueue(conn, alert(), ref, now)
        if burst.block:
            self._block(conn, burst.address, ref, "discretie", "gateway", now)
        return bool(started)

    def _block(self, conn: Conn, address: str, ref: str | None, actor: str, via: str, now: float) -> bool:
        address = address.strip().lower()
        added = conn.execute(
            "INSERT INTO sender_blocks (address, blocked_at, ref, actor) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (address) DO NOTHING",
            (address, now, ref, actor),
        ).rowcount
        if added:
            note = f"golf van {ref}" if ref else None
            self._audit(conn, actor, via, "sender_blocked", address, note, now)
        return bool(added)

    def block_sender(self, address: str, *, actor: str, via: str = "cli", note: str | None = None) -> bool:
        """Block ``address`` by hand (a hijack reported by the administrator); False when it already was."""
        now = self._clock()
        with self._tx() as conn:
            added = self._block(conn, address, None, actor, via, now)
            if added and note:
                self._audit(conn, actor, via, "note", address.strip().lower(), note, now)
        return added

    def unblock_sender(self, address: str, *, actor: str, via: str = "cli", note: str | None = None) -> bool:
        """Lift the block of ``address`` and end its burst (the account is secured again): its next
        message is checked as any other. False when there was neither. Audited."""
        address = address.strip().lower()
        now = self._clock()
        with self._tx() as conn:
            lifted = conn.execute("DELETE FROM sender_blocks WHERE address = ?", (address,)).rowcount
            ended = conn.execute(
                "UPDATE sender_profiles SET burst_until = NULL WHERE sender = ? AND burst_until > ?",
                (self._sender_key(address), now),
            ).rowcount
            if lifted or ended:
                what = "blokkering opgeheven" if lifted else "golf beëindigd"
                self._audit(conn, actor, via, "sender_unblocked", address, f"{what}{': ' + note if note else ''}", now)
        return bool(lifted or ended)

    def blocked_senders(self, *, timeout: float | None = None) -> frozenset[str]:
        """Every blocked address (lower case) in one statement, for the relay's mail to the staff only
        (:mod:`discretie.blockcache`); ``timeout`` as for :meth:`sender_activity`."""
        with self._statement(timeout) as conn:
            return frozenset(str(address) for (address,) in conn.execute("SELECT address FROM sender_blocks"))

    def sender_blocks(self) -> list[SenderBlock]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT address, blocked_at, ref, actor FROM sender_blocks ORDER BY blocked_at"
            ).fetchall()
        return [SenderBlock(str(a), float(at), ref, str(actor)) for a, at, ref, actor in rows]

    def sender_burst(self, address: str) -> dict[str, Any] | None:
        """The burst of ``address`` going on: its first reference, start, end and messages; None when none."""
        now = self._clock()
        with self._read() as conn:
            row = conn.execute(
                "SELECT burst_ref, burst_started, burst_until, burst_messages FROM sender_profiles "
                "WHERE sender = ? AND burst_until > ?",
                (self._sender_key(address), now),
            ).fetchone()
        if row is None:
            return None
        return {"ref": row[0], "started": float(row[1]), "until": float(row[2]), "messages": int(row[3])}


def purge_senders(conn: Conn, now: float, sender_days: float | None, block_days: float | None) -> int:
    """Retention (inside ``purge``): counter rows after a day, profiles after ``sender_days``
    without mail (never during a burst), blocks after ``block_days``. The profiles and blocks
    deleted (the counters are working data, as the lock-out counters)."""
    conn.execute("DELETE FROM sender_counts WHERE bucket < ?", (int(now - COUNTS_KEPT),))
    gone = 0
    if sender_days is not None:
        gone += conn.execute(
            "DELETE FROM sender_profiles WHERE last_seen < ? AND (burst_until IS NULL OR burst_until < ?)",
            (now - sender_days * 86400, now),
        ).rowcount
    if block_days is not None:
        gone += conn.execute("DELETE FROM sender_blocks WHERE blocked_at < ?", (now - block_days * 86400,)).rowcount
    return gone
