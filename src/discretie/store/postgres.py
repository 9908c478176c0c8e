"""The PostgreSQL back-end: one store shared by several gateway instances on several machines.

``store.url`` (``postgresql://USER@HOST:PORT/DATABASE``) selects it; the password comes from
``store.password_file`` or the environment (``DISCRETIE_STORE_PASSWORD``, or libpq's own
``PGPASSWORD``/``.pgpass``), never from the policy and never into a log: the store is named by
:func:`safe_url`, which drops it. psycopg 3 with a connection pool (psycopg_pool): a connection
broken by a server restart is replaced at the next transaction, so a gateway reconnects by
itself; while the server is away every transaction is a :class:`StoreError` (the relay answers
451). A commit returns once the server has the transaction in its WAL (``synchronous_commit``
stays on), as SQLite's fsync does.

The schema is versioned in the table ``schema_version``; :data:`MIGRATIONS` (their own list, not
SQLite's: the DDL differs) run at start under an advisory lock, so two instances starting at
once do not both migrate; a store newer than the code is refused. The tables, columns and
meanings are SQLite's (so ``discretie store copy`` moves rows one to one); held bodies, subjects,
recipients and notification mails arrive here already encrypted with the key file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import psycopg_pool
import structlog

from discretie.store.db import Cursor, Dialect
from discretie.store.errors import Duplicate, StoreError

log = structlog.get_logger("discretie.store")

PASSWORD_ENV = "DISCRETIE_STORE_PASSWORD"
CONNECT_TIMEOUT = 5  # seconds to reach the server
POOL_TIMEOUT = 10.0  # seconds to wait for a connection from the pool
STATEMENT_TIMEOUT_MS = 15_000  # as SQLite's busy_timeout: a lock held longer is an error, not a hang
MIGRATION_LOCK = 0x44697363  # advisory lock key ("Disc") while migrating

DIALECT = Dialect(
    name="postgresql",
    like="ILIKE",
    has_rule="({column})::jsonb @> jsonb_build_array(?::text)",
    rule_rows="jsonb_array_elements_text(({column})::jsonb) AS r(value)",
    week_of="to_char(date_trunc('week', to_timestamp({column})), 'YYYY-MM-DD')",
    skip_locked=" FOR UPDATE SKIP LOCKED",
    lock="SELECT pg_advisory_xact_lock(hashtext(?))",
    try_lock="SELECT pg_try_advisory_xact_lock(hashtext(?))",
)

_AUDIT_GUARD = """
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < coalesce(
        (SELECT CAST(value AS double precision) FROM meta WHERE key = 'audit_purge_before'), 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END
$$"""

# MIGRATIONS[n] brings a store from version n to n + 1, in one transaction.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the tables of SQLite's schema version 3.
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('held', 'releasing', 'released', 'rejected')),
            received_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL,
            sender TEXT NOT NULL,
            mail_from TEXT NOT NULL,
            message_id TEXT NOT NULL,
            rcpt_internal INTEGER NOT NULL,
            rcpt_external INTEGER NOT NULL,
            size BIGINT NOT NULL,
            action TEXT NOT NULL,
            rules TEXT NOT NULL,
            held_by TEXT NOT NULL,
            verdict TEXT NOT NULL,
            private BYTEA,
            peer TEXT,
            decided_at DOUBLE PRECISION,
            decided_by TEXT,
            note TEXT,
            delivered_at DOUBLE PRECISION,
            upstream_reply TEXT,
            last_error TEXT,
            auth_login TEXT
        )""",
        "CREATE INDEX messages_state ON messages (state, received_at)",
        "CREATE INDEX messages_received ON messages (received_at)",
        """CREATE TABLE bodies (
            id TEXT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
            data BYTEA NOT NULL
        )""",
        """CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            created_at DOUBLE PRECISION NOT NULL,
            sender TEXT NOT NULL,
            message_id TEXT NOT NULL,
            rcpt_internal INTEGER NOT NULL,
            rcpt_external INTEGER NOT NULL,
            rules TEXT NOT NULL,
            categories TEXT NOT NULL,
            severity TEXT NOT NULL,
            action TEXT NOT NULL,
            would_action TEXT NOT NULL,
            audit INTEGER NOT NULL,
            findings TEXT NOT NULL,
            held INTEGER NOT NULL,
            peer TEXT,
            auth_login TEXT
        )""",
        "CREATE INDEX incidents_created ON incidents (created_at)",
        "CREATE INDEX incidents_sender ON incidents (sender)",
        """CREATE TABLE outbox (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            ref TEXT,
            mail_from TEXT NOT NULL,
            rcpt_tos TEXT NOT NULL,
            data BYTEA,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
            created_at DOUBLE PRECISION NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DOUBLE PRECISION NOT NULL,
            lease_owner TEXT,
            lease_until DOUBLE PRECISION,
            last_error TEXT,
            done_at DOUBLE PRECISION
        )""",
        "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
        """CREATE TABLE audit (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at DOUBLE PRECISION NOT NULL,
            actor TEXT NOT NULL,
            via TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,
            note TEXT
        )""",
        "CREATE INDEX audit_target ON audit (target, id)",
        "CREATE INDEX audit_at ON audit (at)",
        _AUDIT_GUARD,
        """CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
           FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
        """CREATE TABLE reviewers (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL,
            last_login_at DOUBLE PRECISION
        )""",
        """CREATE TABLE web_sessions (
            token_hash TEXT PRIMARY KEY,
            reviewer TEXT NOT NULL REFERENCES reviewers (name) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            last_seen_at DOUBLE PRECISION NOT NULL,
            expires_at DOUBLE PRECISION NOT NULL,
            peer TEXT,
            flash TEXT
        )""",
        "CREATE INDEX web_sessions_reviewer ON web_sessions (reviewer)",
        "CREATE INDEX web_sessions_expires ON web_sessions (expires_at)",
        """CREATE TABLE login_failures (
            key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            first_at DOUBLE PRECISION NOT NULL,
            locked_until DOUBLE PRECISION
        )""",
        """CREATE TABLE message_seen (
            id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (id, reviewer)
        )""",
    ),
    # 2: the school's pupil list (SQLite's version 4).
    (
        """CREATE TABLE roster (
            school TEXT PRIMARY KEY,
            imported_at DOUBLE PRECISION NOT NULL,
            counts TEXT NOT NULL,
            key_id TEXT NOT NULL,
            data BYTEA NOT NULL
        )""",
        "INSERT INTO meta (key, value) VALUES ('roster_generation', '0') ON CONFLICT DO NOTHING",
    ),
    # issue 16 (SQLite's step of the same name): a role per account, administrator for those there;
    # the data-breach register.
    (
        "ALTER TABLE reviewers ADD COLUMN role TEXT NOT NULL DEFAULT 'administrator'",
        """CREATE TABLE breaches (
            id TEXT PRIMARY KEY,
            ref TEXT,
            created_at DOUBLE PRECISION NOT NULL,
            created_by TEXT NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL,
            occurred_at DOUBLE PRECISION,
            discovered_at DOUBLE PRECISION NOT NULL,
            authority TEXT NOT NULL CHECK (authority IN ('open', 'yes', 'no')),
            authority_notified_at DOUBLE PRECISION,
            informed TEXT NOT NULL CHECK (informed IN ('open', 'yes', 'no')),
            closed_at DOUBLE PRECISION,
            closed_by TEXT,
            data BYTEA NOT NULL
        )""",
        "CREATE INDEX breaches_created ON breaches (created_at)",
    ),
    # the message trace (SQLite's, store/trace.py)
    (
        """CREATE TABLE trace (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at DOUBLE PRECISION NOT NULL,
            sender TEXT NOT NULL,
            recipients INTEGER NOT NULL,
            internal INTEGER NOT NULL,
            external INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            code INTEGER NOT NULL,
            ref TEXT,
            size BIGINT NOT NULL
        )""",
        "CREATE INDEX trace_at ON trace (at)",
        "CREATE INDEX trace_sender ON trace (sender, at)",
        """CREATE TABLE trace_rcpt (
            trace_id BIGINT NOT NULL REFERENCES trace (id) ON DELETE CASCADE,
            rcpt TEXT NOT NULL,
            PRIMARY KEY (trace_id, rcpt)
        )""",
        "CREATE INDEX trace_rcpt_rcpt ON trace_rcpt (rcpt)",
    ),
    # how the DPO heard of each incident (SQLite's, store/digest.py)
    ("ALTER TABLE incidents ADD COLUMN report TEXT",),
    # issue 16 (4, 5): granted exceptions and the sender's self-service (SQLite's same step).
    (
        """CREATE TABLE exceptions (
            id TEXT PRIMARY KEY,
            rule TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            created_by TEXT NOT NULL,
            expires_at DOUBLE PRECISION NOT NULL,
            revoked_at DOUBLE PRECISION,
            revoked_by TEXT,
            source_ref TEXT,
            private BYTEA NOT NULL
        )""",
        "CREATE INDEX exceptions_expires ON exceptions (expires_at)",
        """CREATE TABLE sender_requests (
            id TEXT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('withdraw', 'misaddressed', 'release')),
            at DOUBLE PRECISION NOT NULL,
            private BYTEA,
            peer TEXT
        )""",
        "CREATE INDEX sender_requests_kind ON sender_requests (kind, id)",
    ),
    # rules.hijack (SQLite's same step, store/sender_counts.py): per-sender counts per minute and profiles
    # under a keyed hash of the sender (no recipient address at all), and the senders blocked after a burst.
    (
        """CREATE TABLE sender_counts (
            sender TEXT NOT NULL,
            bucket BIGINT NOT NULL,
            messages INTEGER NOT NULL,
            externals INTEGER NOT NULL,
            PRIMARY KEY (sender, bucket)
        )""",
        "CREATE INDEX sender_counts_bucket ON sender_counts (bucket)",
        """CREATE TABLE sender_profiles (
            sender TEXT PRIMARY KEY,
            first_seen DOUBLE PRECISION NOT NULL,
            last_seen DOUBLE PRECISION NOT NULL,
            max_externals INTEGER NOT NULL,
            burst_ref TEXT,
            burst_started DOUBLE PRECISION,
            burst_until DOUBLE PRECISION,
            burst_messages INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX sender_profiles_last_seen ON sender_profiles (last_seen)",
        """CREATE TABLE sender_blocks (
            address TEXT PRIMARY KEY,
            blocked_at DOUBLE PRECISION NOT NULL,
            ref TEXT,
            actor TEXT NOT NULL
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def safe_url(url: str) -> str:
    """The URL without its password (and without query options, which may carry one)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@functools.lru_cache(maxsize=1024)
def _translate(sql: str) -> str:
    """``?`` placeholders (as the topic modules write them) to psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def _describe(label: str, exc: BaseException) -> str:
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(exc)).split())[:300]
    low = text.lower()
    if isinstance(exc, psycopg_pool.PoolTimeout) or "connection refused" in low or "could not connect" in low:
        return f"de opslag {label} is niet bereikbaar (draait de PostgreSQL-server? klopt store.url?)"
    if "password authentication failed" in low or "no password supplied" in low:
        return (
            f"de opslag {label} weigert de aanmelding: controleer store.password_file of "
            f"{PASSWORD_ENV} en de gebruiker in store.url"
        )
    if "does not exist" in low and "database" in low:
        return f"de database van de opslag {label} bestaat niet (maak ze aan met createdb)"
    if "statement timeout" in low or "lock timeout" in low:
        return f"de opslag {label} is bezet door een andere instantie (wachttijd verstreken); probeer opnieuw"
    if "read-only" in low or "read only" in low:
        return f"de opslag {label} is alleen-lezen (een standby-server?)"
    if "no space left" in low or "disk full" in low:
        return f"de schijf van de opslag {label} is vol"
    if isinstance(exc, psycopg.OperationalError):
        return f"de verbinding met de opslag {label} is verbroken of niet mogelijk ({text})"
    return f"fout in de opslag {label}: {text}"


class PgConn:
    """A pooled connection inside a transaction, taking the topic modules' ``?`` SQL."""

    def __init__(self, conn: psycopg.Connection[Any]):
        self.raw = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        return self.raw.execute(_translate(sql), parameters)


def read_password(password_file: str | Path | None) -> str | None:
    """The store's password: the file (first line), else the environment, else libpq's own."""
    if password_file:
        try:
            return Path(password_file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise StoreError(f"kan het wachtwoordbestand {password_file} van de opslag niet lezen: {exc}") from None
    return os.environ.get(PASSWORD_ENV) or None


class PostgresDatabase:
    """The store on a PostgreSQL server, through a pool of connections shared by the threads."""

    dialect = DIALECT

    def __init__(self, pool: psycopg_pool.ConnectionPool[psycopg.Connection[Any]], label: str):
        self.pool = pool
        self.label = label
        self._closed = False
        self._lock = threading.Lock()

    @classmethod
    def open(
        cls,
        url: str,
        *,
        password: str | None = None,
        min_size: int = 1,
        max_size: int = 8,
        application_name: str = "discretie",
    ) -> PostgresDatabase:
        label = safe_url(url)
        kwargs: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": application_name[:63],
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c TimeZone={_local_zone()}",
        }
        if password:
            kwargs["password"] = password
        pool: psycopg_pool.ConnectionPool[psycopg.Connection[Any]] = psycopg_pool.ConnectionPool(
            url,
            kwargs=kwargs,
            min_size=min_size,
            max_size=max_size,
            timeout=POOL_TIMEOUT,
            open=False,
            check=psycopg_pool.ConnectionPool.check_connection,
            name="discretie-store",
        )
        # The first connection at once, so that a wrong URL or password is a clear error now.
        try:
            with psycopg.connect(url, **kwargs):
                pass
        except psycopg.Error as exc:
            raise StoreError(_describe(label, exc)) from None
        pool.open(wait=False)
        database = cls(pool, label)
        try:
            database._migrate()
        except BaseException:
            database.close()
            raise
        return database

    def _migrate(self) -> None:
        try:  # up to date: nothing to write (a read-only database still opens for reading)
            with self.read() as conn:
                row = conn.execute("SELECT version FROM schema_version").fetchone()
            if row is not None and int(row[0]) == SCHEMA_VERSION:
                return
        except StoreError:
            pass  # no schema yet: made below
        with self.tx() as conn:
            conn.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            if row is None:
                conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"de opslag {self.label} heeft schemaversie {version}, deze Discretie kent er maar "
                    f"{SCHEMA_VERSION}: gebruik een nieuwere Discretie"
                )
            for number in range(version, SCHEMA_VERSION):
                for step in MIGRATIONS[number]:
                    conn.execute(step)
                conn.execute("UPDATE schema_version SET version = ?", (number + 1,))
            if version < SCHEMA_VERSION:
                log.info("store_migrated", store=self.label, version_from=version, version_to=SCHEMA_VERSION)

    @contextlib.contextmanager
    def _transaction(self, *, read_only: bool, timeout: float | None = None) -> Iterator[PgConn]:
        if self._closed:
            raise StoreError(f"de opslag {self.label} is gesloten")
        try:
            with self.pool.connection(timeout=timeout) as conn:
                if read_only:
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                try:
                    yield PgConn(conn)
                except psycopg.errors.UniqueViolation as exc:
                    raise Duplicate(_describe(self.label, exc)) from None
                except psycopg.Error as exc:
                    raise StoreError(_describe(self.label, exc)) from None
        except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:  # connecting, or the commit
            raise StoreError(_describe(self.label, exc)) from None

    def tx(self, timeout: float | None = None) -> contextlib.AbstractContextManager[PgConn]:
        """A write transaction (committed when the block ends, rolled back on an exception);
        ``timeout``: seconds to wait for a connection (default POOL_TIMEOUT)."""
        return self._transaction(read_only=False, timeout=timeout)

    def read(self) -> contextlib.AbstractContextManager[PgConn]:
        """A read transaction: one consistent snapshot."""
        return self._transaction(read_only=True)

    def after_purge(self) -> None:
        """Autovacuum gives the space back."""

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self.pool.close()


_ZONE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")


def _local_zone() -> str:
    """This machine's time zone (IANA name) for the weekly counts, as SQLite's 'localtime'."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "/zoneinfo/" in target:
            candidates.append(target.split("/zoneinfo/", 1)[1])
    for name in candidates:
        if name and _ZONE.match(name):
            return name
    return "UTC"
