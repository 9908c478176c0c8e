"""``discretie store copy``: move a SQLite store into PostgreSQL (or another store) row for row.

The ciphertexts are copied as they are: each is bound to its row (``messages:<id>:body``,
``outbox:<uid>:data``), not to the database, so the target opens them with the same key file; the
target is opened with that key first (its schema made, its key check written for that key). Every
table is copied in batches in key order, each batch one transaction on the target with
``ON CONFLICT DO NOTHING``: a copy that stops half-way is continued by running it again, and a
second run over a finished copy changes nothing. Stop the gateway on the SQLite store first: a row
that changes in the source after it was copied is not copied again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from discretie.store.base import StoreBase
from discretie.store.errors import StoreError

# In the order foreign keys need, with each table's key (the order batches are read in).
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meta", ("key",)),
    ("messages", ("id",)),
    ("bodies", ("id",)),
    ("incidents", ("id",)),
    ("outbox", ("id",)),
    ("audit", ("id",)),
    ("reviewers", ("name",)),
    ("web_sessions", ("token_hash",)),
    ("login_failures", ("key",)),
    ("message_seen", ("id", "reviewer")),
    ("breaches", ("id",)),
    ("trace", ("id",)),
    ("trace_rcpt", ("trace_id", "rcpt")),
    ("exceptions", ("id",)),
    ("sender_requests", ("id",)),
    ("sender_profiles", ("sender",)),
    ("sender_blocks", ("address",)),
)
# The target's own key check (written for the same key when it was opened) is kept.
_META_OWN = ("key_check", "key_id", "last_ping_at")


@dataclass(frozen=True)
class Copied:
    table: str
    source: int  # rows in the source
    added: int  # rows this run added to the target
    target: int  # rows in the target afterwards


def copy_store(
    source: StoreBase,
    target: StoreBase,
    *,
    batch: int = 500,
    progress: Callable[[str, int], None] | None = None,
) -> list[Copied]:
    """Copy every row of ``source`` that ``target`` lacks; the counts per table."""
    if source.sealer.key_id != target.sealer.key_id:
        raise StoreError("de bron en het doel gebruiken een andere sleutel: gebruik hetzelfde sleutelbestand")
    result = []
    for table, key in TABLES:
        columns = _columns(source, table)
        added = 0
        last: tuple[Any, ...] | None = None
        while True:
            rows = _next_batch(source, table, columns, key, last, batch)
            if not rows:
                break
            last = tuple(rows[-1][columns.index(k)] for k in key)
            wanted = [r for r in rows if not (table == "meta" and r[0] in _META_OWN)]
            added += _insert(target, table, columns, key, wanted)
            if progress:
                progress(table, added)
            if len(rows) < batch:
                break
        result.append(Copied(table, _count(source, table), added, _count(target, table)))
    _reset_identities(target)
    return result


def _columns(store: StoreBase, table: str) -> list[str]:
    with store._read() as conn:
        if store._db.dialect.name == "sqlite":
            return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]
        rows = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position",
            (table,),
        ).fetchall()
        return [str(r[0]) for r in rows]


def _next_batch(
    store: StoreBase, table: str, columns: list[str], key: tuple[str, ...], last: tuple[Any, ...] | None, size: int
) -> list[tuple[Any, ...]]:
    where = ""
    params: list[Any] = []
    if last is not None:
        where = f" WHERE ({', '.join(key)}) > ({', '.join('?' for _ in key)})"
        params = list(last)
    sql = f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY {', '.join(key)} LIMIT ?"
    with store._read() as conn:
        return [tuple(r) for r in conn.execute(sql, [*params, size]).fetchall()]


def _insert(store: StoreBase, table: str, columns: list[str], key: tuple[str, ...], rows: list[tuple[Any, ...]]) -> int:
    if not rows:
        return 0
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT ({', '.join(key)}) DO NOTHING"
    )
    added = 0
    with store._tx() as conn:
        for row in rows:
            added += conn.execute(sql, [bytes(v) if isinstance(v, memoryview) else v for v in row]).rowcount
    return added


def _count(store: StoreBase, table: str) -> int:
    with store._read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _reset_identities(store: StoreBase) -> None:
    """PostgreSQL: the next outbox item, audit entry and trace row numbered after the copied ones."""
    if store._db.dialect.name != "postgresql":
        return
    with store._tx() as conn:
        for table in ("outbox", "audit", "trace"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
            )
