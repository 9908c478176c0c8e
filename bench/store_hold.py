"""Hold latency: ``Store.hold`` (what the relay waits for before its 250) on SQLite and on
PostgreSQL, and on PostgreSQL through two drivers: psycopg 3 as the store uses it, and SQLAlchemy
Core (``text()`` over psycopg, its thinnest way to run the same SQL) in its place, to decide
between them by what they cost on this path.

Each hold is one transaction: the message row (encrypted subject and recipients), the encrypted
body, the incident and two notifications, committed durably (SQLite: fsync of the WAL;
PostgreSQL: the server's WAL flush). A throw-away PostgreSQL server is started as the tests do
(``tests/pg.py``), unless ``--url`` names one (its database is used as it is).

    .venv/bin/python bench/store_hold.py [--holds 400] [--url postgresql://...] [--sqlalchemy]

``--sqlalchemy`` needs SQLAlchemy installed (it is not a dependency of Discretie).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the test server and the sample message live with the tests

from tests.pg import start_postgres  # noqa: E402
from tests.test_store import hold_one  # noqa: E402

from discretie.policy import load_policy  # noqa: E402
from discretie.store import Store  # noqa: E402
from discretie.store.postgres import PostgresDatabase  # noqa: E402


def measure(store: Store, holds: int) -> tuple[list[float], float]:
    """Wall time of each hold (ms) and the CPU time this process spent per hold (ms): the
    driver's own cost, which the other load on a shared machine disturbs less."""
    policy = load_policy(None)
    for _ in range(20):  # warm up: caches, prepared statements, the pool
        hold_one(store, policy)
    times = []
    cpu = time.process_time()
    for _ in range(holds):
        started = time.perf_counter()
        hold_one(store, policy)
        times.append((time.perf_counter() - started) * 1000)
    return times, (time.process_time() - cpu) * 1000 / holds


def report(name: str, result: tuple[list[float], float]) -> None:
    times = sorted(result[0])
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{name:<34} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   CPU {result[1]:5.2f} ms/hold   ({len(times)} holds)")


class _SaConn:
    """SQLAlchemy Core in the place of psycopg: the same ``?`` SQL as named ``text()`` binds."""

    def __init__(self, conn: Any):
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        from sqlalchemy import text

        parts = sql.split("?")
        named = "".join(p + (f":p{i}" if i < len(parts) - 1 else "") for i, p in enumerate(parts))
        return self.conn.execute(text(named), {f"p{i}": v for i, v in enumerate(parameters)})


class SaDatabase:
    """The back-end interface on an SQLAlchemy engine (only for this measurement)."""

    def __init__(self, url: str, real: PostgresDatabase):
        from sqlalchemy import create_engine

        self.engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), pool_size=8)
        self.dialect = real.dialect
        self.label = real.label

    @contextlib.contextmanager
    def tx(self) -> Iterator[_SaConn]:
        with self.engine.begin() as conn:
            yield _SaConn(conn)

    read = tx

    def after_purge(self) -> None:
        pass

    def close(self) -> None:
        self.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holds", type=int, default=400)
    parser.add_argument("--url", help="a PostgreSQL store to use (default: a throw-away server)")
    parser.add_argument("--sqlalchemy", action="store_true", help="also through SQLAlchemy Core")
    args = parser.parse_args()
    server = None if args.url else start_postgres()
    url = args.url or (server.url if server else "")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            key = Path(tmp) / "store.key"
            with Store.open(Path(tmp) / "store.db") as store:
                report("SQLite (WAL, synchronous=FULL)", measure(store, args.holds))
            with Store.open(url, key) as store:
                report("PostgreSQL, psycopg 3 + pool", measure(store, args.holds))
                if args.sqlalchemy:
                    real = store._db
                    assert isinstance(real, PostgresDatabase)
                    store._db = SaDatabase(url, real)
                    report("PostgreSQL, SQLAlchemy Core text()", measure(store, args.holds))
                    store._db.close()
                    store._db = real
    finally:
        if server is not None:
            server.destroy()


if __name__ == "__main__":
    main()
