"""The data-breach register (GDPR art. 33(5), policy §2 "meldpunt datalekken"): one record per
breach the DPO opens, from an incident or by hand.

What a record says in words (what happened, the categories, the recipients, the measures, the
DPO's reasoning) is sealed with the store key as one JSON value (AES-GCM, bound to the record's id),
like held bodies: the DPO may type a pupil's situation into it. In clear are only the dates, the
incident reference, the two decisions (supervisory authority, people informed) and who opened and
closed it. Closed records are deleted ``retention.breach_days`` after closing (default 5 years);
open ones are kept. Every change is audited (the incident reference as target)."""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, fields
from typing import Any

from discretie.store.base import StoreBase
from discretie.store.errors import Conflict, NotFound, StoreError
from discretie.store.records import REF_ALPHABET, _blob

BREACH_PREFIX = "DL-"
DEADLINE_SECONDS = 72 * 3600  # art. 33(1): notify the supervisory authority within 72 hours of discovery
DECISIONS = ("open", "yes", "no")  # not decided yet / yes / no
SUBJECTS = ("leerlingen", "ouders", "personeel")
_COLUMNS = (
    "id, ref, created_at, created_by, updated_at, occurred_at, discovered_at, authority, "
    "authority_notified_at, informed, closed_at, closed_by, data"
)


@dataclass(frozen=True)
class BreachText:
    """The words of a record (sealed in the store)."""

    description: str = ""  # what happened
    data_categories: str = ""  # categories of personal data
    subjects: tuple[str, ...] = ()  # of SUBJECTS
    people: int | None = None  # approximate number of people concerned
    recipients: str = ""  # who received it: counts, masked addresses
    measures: str = ""  # measures taken or proposed
    consequences: str = ""  # likely consequences
    authority_reason: str = ""  # why (not) notified to the supervisory authority
    informed_note: str = ""  # how / why (not) the people were informed
    closure: str = ""  # the conclusion when closed

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes) -> BreachText:
        raw = json.loads(data)
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
        values["subjects"] = tuple(values.get("subjects", ()))
        return cls(**values)


@dataclass(frozen=True)
class Breach:
    id: str
    ref: str | None  # the incident it was opened from
    created_at: float
    created_by: str
    updated_at: float
    occurred_at: float | None
    discovered_at: float
    authority: str  # must the supervisory authority be notified: open / yes / no
    authority_notified_at: float | None
    informed: str  # were the people informed: open / yes / no
    closed_at: float | None
    closed_by: str | None
    text: BreachText

    @property
    def deadline(self) -> float:
        """72 hours after discovery."""
        return self.discovered_at + DEADLINE_SECONDS

    def deadline_running(self) -> bool:
        """The 72-hour clock matters while notifying is not ruled out and not done."""
        return self.closed_at is None and self.authority != "no" and self.authority_notified_at is None


def _decision(value: str) -> str:
    if value not in DECISIONS:
        raise StoreError(f"ongeldige keuze {value!r}: {', '.join(DECISIONS)}")
    return value


class Breaches(StoreBase):
    """Table ``breaches``."""

    def _seal_text(self, breach_id: str, text: BreachText) -> bytes:
        return self.sealer.seal(text.to_json(), f"breaches:{breach_id}:data".encode())

    def _breach_from_row(self, row: Any) -> Breach:
        plain = self.sealer.open(_blob(row[12]), f"breaches:{row[0]}:data".encode())
        return Breach(
            id=row[0],
            ref=row[1],
            created_at=row[2],
            created_by=row[3],
            updated_at=row[4],
            occurred_at=row[5],
            discovered_at=row[6],
            authority=row[7],
            authority_notified_at=row[8],
            informed=row[9],
            closed_at=row[10],
            closed_by=row[11],
            text=BreachText.from_json(plain),
        )

    def open_breach(
        self,
        text: BreachText,
        *,
        ref: str | None,
        occurred_at: float | None,
        discovered_at: float,
        actor: str,
        via: str = "web",
    ) -> str:
        """A new record (the register's number, ``DL-...``); audited with the incident as target."""
        now = self._clock()
        breach_id = BREACH_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(8))
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO breaches (id, ref, created_at, created_by, updated_at, occurred_at, discovered_at, "
                "authority, informed, data) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', 'open', ?)",
                (breach_id, ref, now, actor, now, occurred_at, discovered_at, self._seal_text(breach_id, text)),
            )
            source = f" vanuit {ref}" if ref else ""
            self._audit(conn, actor, via, "breach_open", ref, f"datalek {breach_id} geopend{source}", now)
        return breach_id

    def get_breach(self, breach_id: str) -> Breach:
        with self._read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM breaches WHERE id = ?", (breach_id,)).fetchone()
        if row is None:
            raise NotFound(f"geen datalek {breach_id}")
        return self._breach_from_row(row)

    def list_breaches(self) -> list[Breach]:
        """Every record, open ones first, newest first."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM breaches ORDER BY closed_at IS NOT NULL, created_at DESC"
            ).fetchall()
        return [self._breach_from_row(r) for r in rows]

    def update_breach(
        self,
        breach_id: str,
        text: BreachText,
        *,
        discovered_at: float,
        authority: str,
        authority_notified_at: float | None,
        informed: str,
        actor: str,
        via: str = "web",
    ) -> list[str]:
        """Save the DPO's edits of an open record; the names of the fields that changed (audited)."""
        authority, informed = _decision(authority), _decision(informed)
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM breaches WHERE id = ?", (breach_id,)).fetchone()
            if row is None:
                raise NotFound(f"geen datalek {breach_id}")
            before = self._breach_from_row(row)
            if before.closed_at is not None:
                raise Conflict(f"datalek {breach_id} is afgesloten en kan niet meer gewijzigd worden")
            changed = [f.name for f in fields(BreachText) if getattr(before.text, f.name) != getattr(text, f.name)]
            for name, old, new in (
                ("discovered_at", before.discovered_at, discovered_at),
                ("authority", before.authority, authority),
                ("authority_notified_at", before.authority_notified_at, authority_notified_at),
                ("informed", before.informed, informed),
            ):
                if old != new:
                    changed.append(name)
            if not changed:
                return []
            conn.execute(
                "UPDATE breaches SET updated_at = ?, discovered_at = ?, authority = ?, authority_notified_at = ?, "
                "informed = ?, data = ? WHERE id = ?",
                (
                    now,
                    discovered_at,
                    authority,
                    authority_notified_at,
                    informed,
                    self._seal_text(breach_id, text),
                    breach_id,
                ),
            )
            note = f"datalek {breach_id} gewijzigd: {', '.join(changed)}"
            self._audit(conn, actor, via, "breach_edit", before.ref, note, now)
        return changed

    def close_breach(self, breach_id: str, closure: str, *, actor: str, via: str = "web") -> None:
        """Close a record with its conclusion; a closed record is kept, read-only, until its retention."""
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM breaches WHERE id = ?", (breach_id,)).fetchone()
            if row is None:
                raise NotFound(f"geen datalek {breach_id}")
            before = self._breach_from_row(row)
            if before.closed_at is not None:
                raise Conflict(f"datalek {breach_id} is al afgesloten")
            text = BreachText(**{**asdict(before.text), "subjects": before.text.subjects, "closure": closure})
            conn.execute(
                "UPDATE breaches SET closed_at = ?, closed_by = ?, updated_at = ?, data = ? WHERE id = ?",
                (now, actor, now, self._seal_text(breach_id, text), breach_id),
            )
            self._audit(conn, actor, via, "breach_close", before.ref, f"datalek {breach_id} afgesloten", now)
