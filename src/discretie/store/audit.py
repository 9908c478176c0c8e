"""The audit log: who did what to which message, append-only (the SQL refuses UPDATE, and
DELETE of entries younger than the retention ``retention.audit_days``)."""

from __future__ import annotations

from typing import Any

from discretie.store.base import StoreBase
from discretie.store.records import AuditEntry, _like, normalize_ref


class AuditLog(StoreBase):
    """Table ``audit``."""

    def audit(
        self, *, actor: str, action: str, target: str | None = None, note: str | None = None, via: str = "cli"
    ) -> None:
        with self._tx() as conn:
            self._audit(conn, actor, via, action, target, note, self._clock())

    def audit_entries(self, *, target: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Oldest first."""
        sql = "SELECT id, at, actor, via, action, target, note FROM audit"
        params: list[Any] = []
        if target is not None:
            sql += " WHERE target = ?"
            params.append(normalize_ref(target))
        sql += " ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._read() as conn:
            return [AuditEntry(*row) for row in conn.execute(sql, params).fetchall()]

    def audit_page(
        self,
        *,
        offset: int = 0,
        limit: int = 100,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
    ) -> tuple[list[AuditEntry], int]:
        """Newest first, with the number of entries that match."""
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append(f"actor {self._db.dialect.like} ? ESCAPE '\\'")
            params.append(_like(actor))
        if action:
            where.append("action = ?")
            params.append(action)
        if target:
            where.append("target = ?")
            params.append(normalize_ref(target))
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        with self._read() as conn:
            total = int(conn.execute(f"SELECT count(*) FROM audit{cond}", params).fetchone()[0])
            rows = conn.execute(
                f"SELECT id, at, actor, via, action, target, note FROM audit{cond} ORDER BY id DESC LIMIT ? OFFSET ?",
                [*params, max(int(limit), 1), max(int(offset), 0)],
            ).fetchall()
        return [AuditEntry(*row) for row in rows], total

    def audit_actions(self) -> list[str]:
        """The distinct actions in the audit log (for a filter)."""
        with self._read() as conn:
            return [str(r[0]) for r in conn.execute("SELECT DISTINCT action FROM audit ORDER BY action")]
