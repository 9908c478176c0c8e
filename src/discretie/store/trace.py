"""The message trace (berichtenspoor): one row for every message the gateway decided on, not only
incidents, so the DPO can answer "did this teacher send something to parents on Tuesday, and what
happened to it".

Minimal by design (GDPR): the time, the sender (a staff address), how many recipients and how many
inside and outside the school, the verdict and the SMTP answer the client got, the reference when
there is one, the size. No subject, no body, no recipient address: each recipient is kept only as a
keyed hash (BLAKE2b, 64 bits, as the roster's hashes; the key is a sub-key of the store key, HKDF
purpose ``trace v1``), so the DPO can search for one address she types, and nobody with a copy of
the database (without the key file) can test addresses against it. Its own retention:
``retention.trace_days`` (default 30).

Written off the relay's path: the gateway buffers the entries of the last second in memory and
writes them in one transaction (:class:`discretie.trace.TraceWriter`); a crash can lose that second
of trace, never a message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from discretie.roster import Hasher
from discretie.store.base import StoreBase
from discretie.store.db import execute_returning
from discretie.store.records import _iso

PURPOSE = "trace v1"  # the HKDF purpose of the trace's hash key
MAX_ROWS = 1000  # rows one search returns at most


@dataclass(frozen=True)
class TraceEntry:
    """What the gateway hands over for one message (recipients in clear, in memory only)."""

    at: float
    sender: str
    recipients: tuple[str, ...]
    internal: int
    external: int
    verdict: str  # forward, rewrite, hold, reject, refused (before the rules: syntax, From not allowed)
    code: int  # the SMTP reply code the client got
    ref: str | None
    size: int


@dataclass(frozen=True)
class TraceRecord:
    """One row of the trace, as the DPO sees it."""

    at: float
    sender: str
    recipients: int
    internal: int
    external: int
    verdict: str
    code: int
    ref: str | None
    size: int

    def as_json(self) -> dict[str, Any]:
        return {
            "at": _iso(self.at),
            "sender": self.sender,
            "recipients": {"total": self.recipients, "internal": self.internal, "external": self.external},
            "verdict": self.verdict,
            "code": self.code,
            "ref": self.ref,
            "size": self.size,
        }


class MessageTrace(StoreBase):
    """Tables ``trace`` and ``trace_rcpt`` (the keyed hashes of the recipients)."""

    _trace_hasher: Hasher | None = None

    def trace_hash(self, address: str) -> str:
        """The keyed hash of one recipient address (lower case, trimmed), as 16 hex digits."""
        if self._trace_hasher is None:
            self._trace_hasher = Hasher(self.sealer.derive(PURPOSE))
        return self._trace_hasher("rcpt", address.strip().lower()).to_bytes(8, "little").hex()

    def add_trace(self, entries: Sequence[TraceEntry]) -> int:
        """Write ``entries`` in one transaction; returns how many."""
        if not entries:
            return 0
        rows = [(e, sorted({self.trace_hash(r) for r in e.recipients if r.strip()})) for e in entries]
        with self._tx() as conn:
            ids = execute_returning(
                conn,
                "INSERT INTO trace (at, sender, recipients, internal, external, verdict, code, ref, size) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [
                    (
                        entry.at,
                        entry.sender.strip().lower(),
                        len(hashes),
                        entry.internal,
                        entry.external,
                        entry.verdict,
                        entry.code,
                        entry.ref,
                        entry.size,
                    )
                    for entry, hashes in rows
                ],
            )
            recipients = [(row[0], value) for row, (_, hashes) in zip(ids, rows, strict=True) for value in hashes]
            conn.executemany("INSERT INTO trace_rcpt (trace_id, rcpt) VALUES (?, ?)", recipients)
        return len(entries)

    def search_trace(
        self,
        *,
        sender: str | None = None,
        recipient: str | None = None,
        since: float | None = None,
        until: float | None = None,
        limit: int = MAX_ROWS,
    ) -> list[TraceRecord]:
        """Newest first: the messages from ``sender``, to ``recipient`` (matched by its keyed
        hash), between ``since`` and ``until``."""
        where: list[str] = []
        params: list[Any] = []
        if sender:
            where.append("t.sender = ?")
            params.append(sender.strip().lower())
        if recipient:
            where.append("EXISTS (SELECT 1 FROM trace_rcpt r WHERE r.trace_id = t.id AND r.rcpt = ?)")
            params.append(self.trace_hash(recipient))
        if since is not None:
            where.append("t.at >= ?")
            params.append(since)
        if until is not None:
            where.append("t.at < ?")
            params.append(until)
        sql = (
            "SELECT t.at, t.sender, t.recipients, t.internal, t.external, t.verdict, t.code, t.ref, t.size FROM trace t"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY t.at DESC, t.id DESC LIMIT {max(1, min(int(limit), MAX_ROWS))}"
        with self._read() as conn:
            return [TraceRecord(*row) for row in conn.execute(sql, params)]
