"""``discretie store rotate-key``: seal every encrypted value again with the store's key, while
the gateways serve.

A rotation: (1) a new key file on every instance, listed in ``store.extra_key_files`` (restart
each: it now reads values sealed with either key); (2) ``store.key_file`` becomes the new key and
the old one moves to ``extra_key_files`` (restart each: new values are sealed with the new key,
old ones still open); (3) this command, once, from any instance: every value still sealed with an
old key is sealed again with ``key_file``, in small transactions, each changing a value only if
it is still the one read (a body wiped or a mail sent meanwhile stays wiped); the key check is then
the new key's; (4) the old key leaves ``extra_key_files`` (restart each) and its copies are
destroyed. The lock-out counters are keyed with the store key: they start again at (2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from discretie import crypto
from discretie.store.base import StoreBase
from discretie.store.errors import StoreError
from discretie.store.records import _blob

# (table, key column, sealed column, the associated data of a row from its key and its other column)
_SEALED: tuple[tuple[str, str, str, str], ...] = (
    ("bodies", "id", "data", "messages:{}:body"),
    ("messages", "id", "private", "messages:{}:private"),
    ("outbox", "id", "data", "outbox:{}:data"),
    ("breaches", "id", "data", "breaches:{}:data"),
    ("exceptions", "id", "private", "exceptions:{}:private"),
    ("sender_requests", "id", "private", "sender_requests:{}:private"),
)


@dataclass(frozen=True)
class Rotated:
    table: str
    resealed: int  # values sealed again with the store's key
    current: int  # values that were already
    unreadable: int  # values no key opens (damaged): left as they are


def rotate_key(
    store: StoreBase, *, batch: int = 200, progress: Callable[[str, int], None] | None = None
) -> list[Rotated]:
    """Seal every value sealed with an extra key again with the store's own key; then the key
    check is the own key's. Passes over the tables until one finds nothing left to seal again
    (a value an instance wrote with an old key meanwhile is caught by the next pass)."""
    done: dict[str, Rotated] = {}
    for _ in range(5):
        found = [_pass(store, table, key, column, aad, batch, progress) for table, key, column, aad in _SEALED]
        for r in found:
            before = done.get(r.table)
            done[r.table] = Rotated(r.table, r.resealed + (before.resealed if before else 0), r.current, r.unreadable)
        if not any(r.resealed for r in found):
            break
    else:
        raise StoreError(
            "er worden nog waarden met een oude sleutel versleuteld: staat de nieuwe sleutel op elke instantie?"
        )
    with store._tx() as conn:
        store._write_key_check(conn)
    return [done[table] for table, *_ in _SEALED]


def _pass(
    store: StoreBase,
    table: str,
    key: str,
    column: str,
    aad: str,
    batch: int,
    progress: Callable[[str, int], None] | None,
) -> Rotated:
    label = "uid" if table == "outbox" else key
    resealed = current = unreadable = 0
    last: object = None
    while True:
        after = f" AND {key} > ?" if last is not None else ""
        with store._read() as conn:
            rows = conn.execute(
                f"SELECT {key}, {label}, {column} FROM {table} WHERE {column} IS NOT NULL{after} "
                f"ORDER BY {key} LIMIT ?",
                [*([last] if last is not None else []), batch],
            ).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        changes = []
        for row_key, name, value in rows:
            blob = _blob(value)
            data = aad.format(name).encode()
            try:
                plain, own = store.sealer.open_which(blob, data)
            except crypto.CryptoError:
                unreadable += 1
                continue
            if own:
                current += 1
            else:
                changes.append((store.sealer.seal(plain, data), row_key, blob))
        if changes:
            with store._tx() as conn:
                for sealed, row_key, old in changes:
                    resealed += conn.execute(
                        f"UPDATE {table} SET {column} = ? WHERE {key} = ? AND {column} = ?", (sealed, row_key, old)
                    ).rowcount
        if progress:
            progress(table, resealed)
        if len(rows) < batch:
            break
    return Rotated(table, resealed, current, unreadable)
