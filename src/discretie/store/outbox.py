"""The outbox: mails the gateway must still deliver (notifications, encrypted; released
messages, by reference). Items are claimed with a lease, so two workers never send the same item
while a lease runs and a dead worker's items are due again when it ends."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from discretie import crypto
from discretie.redact import mask_addresses_in
from discretie.store.base import StoreBase
from discretie.store.errors import StoreError
from discretie.store.records import OutboxItem, _blob, _masked, _scrub


class OutboxQueue(StoreBase):
    """Table ``outbox``."""

    def claim_outbox(self, owner: str, *, limit: int = 10, lease_seconds: float = 900.0) -> list[OutboxItem]:
        """Take up to ``limit`` due items for delivery: state 'sending' with a lease for ``owner``.
        Items whose lease ran out (a worker died) are due again. Two workers never get the same
        item while a lease runs."""
        now = self._clock()
        items: list[OutboxItem] = []
        broken: list[tuple[int, str | None]] = []
        with self._tx() as conn:
            rows = conn.execute(
                "SELECT id, uid, kind, ref, mail_from, rcpt_tos, data, created_at, attempts, next_attempt_at "
                "FROM outbox WHERE (state = 'pending' AND next_attempt_at <= ?) "
                "OR (state = 'sending' AND lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?"
                + self._db.dialect.skip_locked,
                (now, now, limit),
            ).fetchall()
            for item_id, uid, kind, ref, mail_from, rcpt_tos, data, created_at, attempts, next_at in rows:
                plain: bytes | None = None
                if data is not None:
                    try:
                        plain = self.sealer.open(_blob(data), f"outbox:{uid}:data".encode())
                    except crypto.CryptoError:
                        if kind == "release":  # only its message to the sender is lost: deliver it
                            msg = "het bericht aan de afzender kan niet ontsleuteld worden"
                            self._audit(conn, "discretie", "gateway", "release_message_lost", ref, msg, now)
                        else:
                            conn.execute(
                                "UPDATE outbox SET state = 'failed', last_error = ?, done_at = ? WHERE id = ?",
                                ("kan niet ontsleuteld worden (gewijzigd of beschadigd)", now, item_id),
                            )
                            broken.append((item_id, ref))
                            continue
                conn.execute(
                    "UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1 "
                    "WHERE id = ?",
                    (owner, now + lease_seconds, item_id),
                )
                items.append(
                    OutboxItem(
                        id=item_id,
                        uid=uid,
                        kind=kind,
                        ref=ref,
                        mail_from=mail_from,
                        rcpt_tos=tuple(json.loads(rcpt_tos)),
                        data=plain,
                        state="sending",
                        created_at=created_at,
                        attempts=attempts + 1,
                        next_attempt_at=next_at,
                        lease_owner=owner,
                        last_error=None,
                    )
                )
            for item_id, ref in broken:
                self._audit(
                    conn,
                    "discretie",
                    "gateway",
                    "outbox_failed",
                    ref,
                    f"outbox-item {item_id} kan niet ontsleuteld worden",
                    now,
                )
        return items

    def unclaim_outbox(self, item_ids: Sequence[int], owner: str) -> None:
        """Give back claimed items this worker did not start (it is stopping): due again at once."""
        if not item_ids:
            return
        marks = ", ".join("?" for _ in item_ids)
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', lease_owner = NULL, lease_until = NULL, "
                "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END "
                f"WHERE id IN ({marks}) AND lease_owner = ? AND state = 'sending'",
                [*item_ids, owner],
            )

    def finish_outbox(self, item_id: int, *, reply: str | None = None) -> None:
        """Delivered: state 'sent', the bytes wiped."""
        now = self._clock()
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', done_at = ?, data = NULL, lease_owner = NULL, lease_until = NULL, "
                "last_error = ? WHERE id = ?",
                (now, _scrub(reply), item_id),
            )

    def retry_outbox(self, item_id: int, *, error: str, next_attempt_at: float) -> None:
        error = mask_addresses_in(error)
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?, lease_owner = NULL, "
                "lease_until = NULL WHERE id = ?",
                (error, next_attempt_at, item_id),
            )
            conn.execute(
                "UPDATE messages SET last_error = ? "
                "WHERE id = (SELECT ref FROM outbox WHERE id = ? AND kind = 'release')",
                (error, item_id),
            )

    def retry_outbox_now(self) -> int:
        """Make every item waiting for a retry due now (the upstream is back). Returns how many."""
        now = self._clock()
        with self._tx() as conn:
            count = conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?", (now, now)
            ).rowcount
        return int(count)

    def fail_outbox(self, item_id: int, *, error: str, actor: str = "discretie") -> None:
        """Given up: state 'failed' and an audit entry (the DPO can see what never arrived)."""
        now = self._clock()
        error = mask_addresses_in(error)
        with self._tx() as conn:
            row = conn.execute("SELECT kind, ref, rcpt_tos FROM outbox WHERE id = ?", (item_id,)).fetchone()
            conn.execute(
                "UPDATE outbox SET state = 'failed', last_error = ?, done_at = ?, lease_owner = NULL, "
                "lease_until = NULL WHERE id = ?",
                (error, now, item_id),
            )
            if row is not None:
                kind, ref, rcpts = row
                self._audit(
                    conn,
                    actor,
                    "gateway",
                    "outbox_failed",
                    ref,
                    f"{kind} aan {', '.join(_masked(json.loads(rcpts))) or '-'} niet afgeleverd: {error}",
                    now,
                )

    def outbox_items(self, *, states: Sequence[str] | None = None) -> list[OutboxItem]:
        """For inspection (no bytes)."""
        sql = (
            "SELECT id, uid, kind, ref, mail_from, rcpt_tos, state, created_at, attempts, next_attempt_at, "
            "lease_owner, last_error FROM outbox"
        )
        params: list[Any] = []
        if states:
            sql += f" WHERE state IN ({', '.join('?' for _ in states)})"
            params.extend(states)
        sql += " ORDER BY id"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            OutboxItem(
                id=r[0],
                uid=r[1],
                kind=r[2],
                ref=r[3],
                mail_from=r[4],
                rcpt_tos=tuple(json.loads(r[5])),
                data=None,
                state=r[6],
                created_at=r[7],
                attempts=r[8],
                next_attempt_at=r[9],
                lease_owner=r[10],
                last_error=r[11],
            )
            for r in rows
        ]

    def outbox_data(self, item_id: int) -> bytes | None:
        """The decrypted bytes of a notification still in the outbox (tests, inspection)."""
        with self._read() as conn:
            row = conn.execute("SELECT uid, data FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None or row[1] is None:
            return None
        try:
            return self.sealer.open(_blob(row[1]), f"outbox:{row[0]}:data".encode())
        except crypto.CryptoError:
            raise StoreError(f"outbox-item {item_id} kan niet ontsleuteld worden") from None
