"""Exceptions the DPO grants from a held message ("sta toe voor deze afzender en deze ontvanger(s),
regel X, N dagen"): table ``exceptions``. The sender, the recipients and the reason are personal
data: sealed in ``private``; the rule, who granted it, when, until when and from which message are
clear. ``meta.exceptions_generation`` goes up with every grant and revocation: a running gateway
compares it every second and loads the list anew only when it moved (see ``serve``). An exception
stops applying at ``expires_at`` (the gateway drops it from the policy in force at its next look)
and is deleted by the next purge after it ended; the audit log keeps who granted and revoked what.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import structlog

from discretie import crypto
from discretie.config import GrantedException
from discretie.redact import mask_address
from discretie.store.base import StoreBase
from discretie.store.db import Conn
from discretie.store.errors import Conflict, NotFound, StoreError
from discretie.store.records import REF_ALPHABET, _blob, _iso

log = structlog.get_logger("discretie.store")

EXCEPTION_PREFIX = "U-"
MAX_DAYS = 365
_BUMP = (
    "INSERT INTO meta (key, value) VALUES ('exceptions_generation', '1') ON CONFLICT (key) "
    "DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
)
_COLUMNS = "id, rule, created_at, created_by, expires_at, revoked_at, revoked_by, source_ref, private"


class InvalidException(StoreError):
    """An exception that cannot be granted as asked (rule, days, reason, an address)."""


@dataclass(frozen=True)
class StoredException:
    """One exception as the DPO sees it."""

    id: str
    rule: str
    sender: str
    recipients: tuple[str, ...]
    reason: str
    created_at: float
    created_by: str
    expires_at: float
    revoked_at: float | None
    revoked_by: str | None
    source_ref: str | None

    def in_force(self, now: float) -> bool:
        return self.revoked_at is None and now < self.expires_at

    def granted(self) -> GrantedException:
        return GrantedException(self.id, self.rule, self.sender, frozenset(self.recipients), self.expires_at)

    def as_json(self, now: float) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "sender": self.sender,
            "recipients": list(self.recipients),
            "reason": self.reason,
            "created_at": _iso(self.created_at),
            "created_by": self.created_by,
            "expires_at": _iso(self.expires_at),
            "revoked_at": _iso(self.revoked_at),
            "revoked_by": self.revoked_by,
            "source_ref": self.source_ref,
            "in_force": self.in_force(now),
        }


def _address(value: str) -> str:
    address = value.strip().lower()
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain or any(c.isspace() or c in "<>,;" for c in address):
        raise InvalidException(f"'{value}' is geen e-mailadres")
    return address


class ExceptionStore(StoreBase):
    """Table ``exceptions``."""

    def exceptions_generation(self) -> int:
        """Goes up with every grant or revocation (what a running gateway polls)."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'exceptions_generation'").fetchone()
        return int(row[0]) if row else 0

    def add_exception(
        self,
        *,
        rule: str,
        sender: str,
        recipients: Sequence[str],
        days: float,
        reason: str,
        actor: str,
        via: str = "cli",
        source_ref: str | None = None,
    ) -> StoredException:
        """Grant an exception for ``days`` days (a fraction is allowed for tests, at most a year)."""
        from discretie.rules import RULES

        if rule not in RULES:
            raise InvalidException(f"onbekende regel '{rule}' (kies uit: {', '.join(RULES)})")
        if not 0 < days <= MAX_DAYS:
            raise InvalidException(f"een uitzondering duurt meer dan 0 en hoogstens {MAX_DAYS} dagen")
        reason = " ".join(reason.split())[:500]
        if not reason:
            raise InvalidException("geef een reden op: waarom mag dit bericht deze regel voorbij?")
        who = _address(sender)
        to = tuple(sorted({_address(r) for r in recipients}))
        if not to:
            raise InvalidException("geef minstens een ontvanger op")
        now = self._clock()
        ident = EXCEPTION_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(8))
        private = json.dumps({"sender": who, "recipients": list(to), "reason": reason}).encode()
        with self._tx() as conn:
            conn.execute(
                f"INSERT INTO exceptions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
                (
                    ident,
                    rule,
                    now,
                    actor,
                    now + days * 86400,
                    source_ref,
                    self.sealer.seal(private, f"exceptions:{ident}:private".encode()),
                ),
            )
            conn.execute(_BUMP)
            masked = ", ".join(mask_address(r) for r in to)
            self._audit(
                conn,
                actor,
                via,
                "exception_add",
                ident,
                f"regel {rule}, {mask_address(who)} aan {masked}, {days:g} dagen"
                + (f", uit {source_ref}" if source_ref else ""),
                now,
            )
        return self.get_exception(ident)

    def revoke_exception(self, ident: str, *, actor: str, via: str = "cli") -> StoredException:
        ident = ident.strip().upper()
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT revoked_at FROM exceptions WHERE id = ?", (ident,)).fetchone()
            if row is None:
                raise NotFound(f"onbekende uitzondering {ident}")
            if row[0] is not None:
                raise Conflict(f"uitzondering {ident} is al ingetrokken")
            conn.execute(
                "UPDATE exceptions SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                (now, actor, ident),
            )
            conn.execute(_BUMP)
            self._audit(conn, actor, via, "exception_revoke", ident, None, now)
        return self.get_exception(ident)

    def get_exception(self, ident: str) -> StoredException:
        with self._read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM exceptions WHERE id = ?", (ident.strip().upper(),)).fetchone()
        if row is None:
            raise NotFound(f"onbekende uitzondering {ident}")
        found = self._exception_from_row(row)
        if found is None:
            raise StoreError(
                f"de uitzondering {ident} kan niet ontsleuteld worden: gewijzigd buiten Discretie of verkeerde sleutel"
            )
        return found

    def list_exceptions(self, *, in_force_only: bool = False) -> list[StoredException]:
        """Newest first; with ``in_force_only``, neither revoked nor expired."""
        sql = f"SELECT {_COLUMNS} FROM exceptions"
        params: list[Any] = []
        if in_force_only:
            sql += " WHERE revoked_at IS NULL AND expires_at > ?"
            params.append(self._clock())
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY created_at DESC, id", params).fetchall()
        found = [self._exception_from_row(r) for r in rows]
        return [e for e in found if e is not None]

    def _exception_from_row(self, row: Sequence[Any]) -> StoredException | None:
        """The exception, or None (logged) when its sealed part does not open: an exception that
        cannot be read exempts nothing, and the gateway keeps running without it."""
        ident, rule, created_at, created_by, expires_at, revoked_at, revoked_by, source_ref, private = row
        try:
            data = json.loads(self.sealer.open(_blob(private), f"exceptions:{ident}:private".encode()))
        except (crypto.CryptoError, ValueError):
            log.error("exception_unreadable", exception=ident, store=str(self.path))
            return None
        return StoredException(
            id=ident,
            rule=rule,
            sender=str(data["sender"]),
            recipients=tuple(data["recipients"]),
            reason=str(data["reason"]),
            created_at=created_at,
            created_by=created_by,
            expires_at=expires_at,
            revoked_at=revoked_at,
            revoked_by=revoked_by,
            source_ref=source_ref,
        )


def purge_ended(conn: Conn, now: float) -> int:
    """Retention: an exception that ended (expired or revoked) is deleted."""
    return int(conn.execute("DELETE FROM exceptions WHERE expires_at <= ? OR revoked_at IS NOT NULL", (now,)).rowcount)
