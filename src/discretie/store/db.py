"""The one small interface between the store's topic modules and a database back-end.

A back-end (:mod:`.sqlite`, :mod:`.postgres`) opens the database, brings its schema to the
current version, and hands out transactions: :meth:`Database.tx` (a write transaction) and
:meth:`Database.read` (one consistent snapshot). Inside one, a topic module runs SQL with ``?``
placeholders through :meth:`Conn.execute`; the few places where the two dialects differ are the
fragments of :class:`Dialect`. Every database error leaves a transaction as :class:`StoreError`
with a message that names the store and what is wrong.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL store (else it is a SQLite file)."""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Conn(Protocol):
    """A connection inside a transaction: SQL with ``?`` placeholders."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any:
        """One statement for each parameter row (PostgreSQL: sent together, not a round trip each)."""
        ...


def execute_returning(conn: Conn, sql: str, parameters: Sequence[Sequence[Any]]) -> list[Any]:
    """``sql`` (a statement RETURNING one row) for each parameter row; the rows it returned, in
    order. PostgreSQL sends them together, one round trip for all (``PgConn.execute_returning``);
    SQLite, in the same process, runs them in turn."""
    together = getattr(conn, "execute_returning", None)
    if together is not None:
        return list(together(sql, parameters))
    return [conn.execute(sql, row).fetchone() for row in parameters]


def pipelined(conn: Conn) -> AbstractContextManager[Any]:
    """A block of statements sent together on PostgreSQL (psycopg's pipeline mode): they go out as
    they come and the server's answers are read at the end of the block, or when a row is fetched
    inside it (psycopg then sends what is queued and waits: the sender count's last statement is a
    SELECT). Inside, read no ``rowcount``: it is not known before the answers are read. An error of
    any statement is raised at the end of the block (or at the fetch), the later ones not run.
    SQLite runs them as they come."""
    together = getattr(conn, "pipeline", None)
    return together() if together is not None else contextlib.nullcontext()


@dataclass(frozen=True)
class Dialect:
    """The SQL that differs between the back-ends (everything else is written once)."""

    name: str
    like: str  # case-insensitive LIKE for ASCII (SQLite's LIKE; PostgreSQL's ILIKE)
    has_rule: str  # "<json array column> contains ?", with {column} for the column
    skip_locked: str  # after a SELECT: lock the rows it gives, skipping rows another instance has locked
    lock: str  # a statement taking the lock named ? until the transaction ends ("" when writes are serial)
    try_lock: str  # the same without waiting: one row, True when this transaction has the lock


class Database(Protocol):
    """What a back-end gives the store."""

    dialect: Dialect
    label: str  # what messages name: the file, or the server and database (never the password)
    writers: int  # write transactions that can usefully run at once (SQLite has one writer)

    def tx(self, timeout: float | None = None) -> AbstractContextManager[Conn]:
        """A write transaction; ``timeout``: seconds to wait for a connection (a probe's is short)."""
        ...

    def read(self, timeout: float | None = None) -> AbstractContextManager[Conn]:
        """A read transaction; ``timeout`` as for :meth:`tx`."""
        ...

    def statement(self, timeout: float | None = None) -> AbstractContextManager[Conn]:
        """For ONE read-only statement, which is a consistent snapshot by itself: no transaction
        around it (PostgreSQL: no BEGIN and COMMIT round trips); ``timeout`` as for :meth:`tx`."""
        ...

    def instant(self) -> AbstractContextManager[Conn] | None:
        """For ONE read-only statement that never waits, for a caller that must not block (the relay's
        event loop): a connection of the calling thread's own on which any lock is StoreError at once;
        None when the back-end cannot answer without a round trip (PostgreSQL: ask in a store thread)."""
        ...

    def after_purge(self) -> None:
        """Give the space of purged rows back where the back-end needs telling."""
        ...

    def close(self) -> None: ...
