"""The school's pupil list (``discretie.roster``): one row per school, holding only keyed hashes
(no name or address in clear), replaced as a whole by each import; ``meta.roster_generation``
goes up with every change so that a running gateway loads the new list without a restart."""

from __future__ import annotations

import json
from typing import Any

from discretie.store.base import StoreBase
from discretie.store.records import _iso

_BUMP = "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'roster_generation'"


class RosterStore(StoreBase):
    """Table ``roster``."""

    def roster_generation(self) -> int:
        """Goes up with every import or removal: a running gateway polls it to load a new roster."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'roster_generation'").fetchone()
        return int(row[0]) if row else 0

    def roster_data(self) -> list[tuple[str, bytes]]:
        """(school, blob) of every school that imported its pupil list."""
        with self._read() as conn:
            rows = conn.execute("SELECT school, data FROM roster ORDER BY school").fetchall()
        return [(str(school), bytes(data)) for school, data in rows]

    def roster_status(self) -> list[dict[str, Any]]:
        """Per school: the import time and the counts (never a name or an address)."""
        with self._read() as conn:
            rows = conn.execute("SELECT school, imported_at, counts FROM roster ORDER BY school").fetchall()
        return [{"school": school, "imported_at": _iso(at), **json.loads(counts)} for school, at, counts in rows]

    def roster_replace(
        self, school: str, data: bytes, counts: dict[str, int], key_id: str, *, actor: str, via: str = "cli"
    ) -> None:
        """Replace ``school``'s part of the roster in one transaction (the other schools stay)."""
        with self._tx() as conn:
            now = self._clock()
            conn.execute(
                "INSERT INTO roster (school, imported_at, counts, key_id, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (school) DO UPDATE SET imported_at = excluded.imported_at, "
                "counts = excluded.counts, key_id = excluded.key_id, data = excluded.data",
                (school, now, json.dumps(counts, sort_keys=True), key_id, data),
            )
            conn.execute(_BUMP)
            self._audit(conn, actor, via, "roster_import", school, f"{counts.get('pupils', 0)} leerlingen", now)

    def roster_remove(self, school: str, *, actor: str, via: str = "cli") -> bool:
        with self._tx() as conn:
            gone = conn.execute("DELETE FROM roster WHERE school = ?", (school,)).rowcount
            if gone:
                conn.execute(_BUMP)
                self._audit(conn, actor, via, "roster_remove", school, None, self._clock())
        return bool(gone)
