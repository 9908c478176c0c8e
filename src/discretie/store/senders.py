"""What the sender of a held message did through the personal link in the notice (table
``sender_requests``, one row per message: the link works once). ``withdraw`` ("ik deel dit via het
leerlingvolgsysteem") and ``misaddressed`` (a wrong recipient: the teacher sends it again to the
right address) end the message at once: state 'rejected' decided by the sender, the body wiped.
``release`` asks the DPO to release it, with the sender's justification (sealed); the queue shows
"vrijgave gevraagd". Rows go with their message (``ON DELETE CASCADE``), so the held-message
retention covers them.
"""

from __future__ import annotations

from dataclasses import dataclass

from discretie import crypto
from discretie.store.errors import Conflict, Duplicate, NotFound
from discretie.store.messages import HeldMessages
from discretie.store.records import HeldMessage, _blob, normalize_ref

SENDER_ACTIONS = ("withdraw", "misaddressed", "release")
SENDER_ACTOR = "afzender"
MAX_JUSTIFICATION = 2000


@dataclass(frozen=True)
class SenderRequest:
    ref: str
    kind: str  # one of SENDER_ACTIONS
    at: float
    justification: str
    peer: str | None


class SenderRequests(HeldMessages):
    """Table ``sender_requests``."""

    def sender_request(self, ref: str) -> SenderRequest | None:
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute("SELECT kind, at, private, peer FROM sender_requests WHERE id = ?", (ref,)).fetchone()
        if row is None:
            return None
        kind, at, private, peer = row
        text = ""
        if private is not None:
            try:
                text = self.sealer.open(_blob(private), f"sender_requests:{ref}:private".encode()).decode()
            except crypto.CryptoError:
                text = "(onleesbaar: gewijzigde gegevens of verkeerde sleutel)"
        return SenderRequest(ref=ref, kind=kind, at=at, justification=text, peer=peer)

    def sender_act(self, ref: str, kind: str, *, justification: str = "", peer: str | None = None) -> HeldMessage:
        """Record what the sender chose, once per message. ``withdraw`` and ``misaddressed``:
        'held' -> 'rejected' with the body wiped, in the same transaction. :class:`Conflict` when
        the link was used already or the message is no longer held."""
        if kind not in SENDER_ACTIONS:
            raise ValueError(f"unknown sender action {kind!r}")
        ref = normalize_ref(ref)
        now = self._clock()
        text = " ".join(justification.split())[:MAX_JUSTIFICATION]
        try:
            with self._tx() as conn:
                row = conn.execute("SELECT state FROM messages WHERE id = ?", (ref,)).fetchone()
                if row is None:
                    raise NotFound(f"onbekende referentie {ref}")
                conn.execute(
                    "INSERT INTO sender_requests (id, kind, at, private, peer) VALUES (?, ?, ?, ?, ?)",
                    (
                        ref,
                        kind,
                        now,
                        self.sealer.seal(text.encode(), f"sender_requests:{ref}:private".encode()) if text else None,
                        peer,
                    ),
                )
                if row[0] != "held":
                    raise Conflict(f"{ref} is niet meer vastgehouden")
                if kind == "release":
                    note = "afzender vraagt vrijgave" + (" met verantwoording" if text else "")
                    self._audit(conn, SENDER_ACTOR, "link", "sender_release_request", ref, note, now)
                else:
                    cursor = conn.execute(
                        "UPDATE messages SET state = 'rejected', updated_at = ?, decided_at = ?, decided_by = ?, "
                        "note = COALESCE(note, ?) WHERE id = ? AND state = 'held'",
                        (now, now, SENDER_ACTOR, _WITHDRAW_NOTES[kind], ref),
                    )
                    if cursor.rowcount != 1:
                        raise Conflict(f"{ref} is niet meer vastgehouden")
                    conn.execute("DELETE FROM bodies WHERE id = ?", (ref,))
                    self._audit(conn, SENDER_ACTOR, "link", f"sender_{kind}", ref, _WITHDRAW_NOTES[kind], now)
        except Duplicate:
            raise Conflict(f"de link voor {ref} is al gebruikt") from None
        self._wake()
        return self.get_message(ref)


_WITHDRAW_NOTES = {
    "withdraw": "ingetrokken door de afzender (deelt het via het leerlingvolgsysteem); inhoud gewist",
    "misaddressed": "ingetrokken door de afzender: verkeerd geadresseerd, wordt opnieuw verstuurd; inhoud gewist",
}
