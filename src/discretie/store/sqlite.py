"""The SQLite back-end: one file, the embedded default for a single machine.

WAL mode with ``synchronous=FULL``: a commit is on disk (the WAL is fsynced) before it returns,
so the relay answers 250 only for a message that survives a crash. Several processes may share
one file (the gateway, the review CLI, a web console): writes take the write lock up front
(``BEGIN IMMEDIATE``) and wait for it up to ``busy_timeout``. Inside one process the connection
is shared behind a lock. The schema version is SQLite's ``PRAGMA user_version``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import structlog

from discretie.store.db import Dialect
from discretie.store.errors import Duplicate, StoreError
from discretie.store.records import _mask_moves, _scrub

log = structlog.get_logger("discretie.store")

BUSY_TIMEOUT_MS = 15_000

DIALECT = Dialect(
    name="sqlite",
    like="LIKE",
    has_rule="EXISTS (SELECT 1 FROM json_each({column}) WHERE json_each.value = ?)",
    skip_locked="",  # BEGIN IMMEDIATE: one writer at a time
    lock="",
    try_lock="",
)

Step = str | Callable[[sqlite3.Connection], None]

# Versioned schema: MIGRATIONS[n] brings a store from version n to n + 1 (PRAGMA user_version).
# A step is an SQL statement or a function given the connection (in the same transaction).
MIGRATIONS: tuple[tuple[Step, ...], ...] = (
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('held', 'releasing', 'released', 'rejected')),
            received_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            sender TEXT NOT NULL,
            mail_from TEXT NOT NULL,
            message_id TEXT NOT NULL,
            rcpt_internal INTEGER NOT NULL,
            rcpt_external INTEGER NOT NULL,
            size INTEGER NOT NULL,
            action TEXT NOT NULL,
            rules TEXT NOT NULL,
            held_by TEXT NOT NULL,
            verdict TEXT NOT NULL,
            private BLOB,
            peer TEXT,
            decided_at REAL,
            decided_by TEXT,
            note TEXT,
            delivered_at REAL,
            upstream_reply TEXT,
            last_error TEXT
        )""",
        "CREATE INDEX messages_state ON messages (state, received_at)",
        # Raw bodies apart: a large blob inside a row would make every later column slow to read.
        """CREATE TABLE bodies (
            id TEXT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
            data BLOB NOT NULL
        )""",
        """CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            created_at REAL NOT NULL,
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
            peer TEXT
        )""",
        "CREATE INDEX incidents_created ON incidents (created_at)",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            ref TEXT,
            mail_from TEXT NOT NULL,
            rcpt_tos TEXT NOT NULL,
            data BLOB,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
            created_at REAL NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            lease_owner TEXT,
            lease_until REAL,
            last_error TEXT,
            done_at REAL
        )""",
        "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at REAL NOT NULL,
            actor TEXT NOT NULL,
            via TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,
            note TEXT
        )""",
        """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    ),
    # 2: the web console (discretie web): reviewer accounts, sign-in sessions, lock-out state,
    # what each reviewer has seen; indexes for paging the queue, the history of one message
    # and the incident register by sender.
    (
        """CREATE TABLE reviewers (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            last_login_at REAL
        )""",
        # Only a hash of the session token is kept: a copy of the store opens no session.
        """CREATE TABLE web_sessions (
            token_hash TEXT PRIMARY KEY,
            reviewer TEXT NOT NULL REFERENCES reviewers (name) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at REAL NOT NULL,
            last_seen_at REAL NOT NULL,
            expires_at REAL NOT NULL,
            peer TEXT,
            flash TEXT
        )""",
        "CREATE INDEX web_sessions_reviewer ON web_sessions (reviewer)",
        "CREATE INDEX web_sessions_expires ON web_sessions (expires_at)",
        # key: 'account:<name>' or 'ip:<address>'
        """CREATE TABLE login_failures (
            key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            first_at REAL NOT NULL,
            locked_until REAL
        )""",
        """CREATE TABLE message_seen (
            id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (id, reviewer)
        ) WITHOUT ROWID""",
        "CREATE INDEX messages_received ON messages (received_at)",
        "CREATE INDEX audit_target ON audit (target, id)",
        "CREATE INDEX incidents_sender ON incidents (sender)",
    ),
    # 3: issue 14. The AUTH login with each held message and incident ('' = the client did not
    # authenticate, NULL = held before this version). Personal data kept only as the register
    # needs it: the BCC rule's move lists and the addresses in upstream replies and errors
    # masked in the rows already written; lock-out keys become keyed hashes (the old clear ones,
    # where a password typed into the name field could be, are dropped); the audit log gets a
    # retention: rows older than meta.audit_purge_before (set by purge) may be deleted, no
    # others, and none may be changed.
    (
        "ALTER TABLE messages ADD COLUMN auth_login TEXT",
        "ALTER TABLE incidents ADD COLUMN auth_login TEXT",
        "DELETE FROM login_failures",
        "DROP TRIGGER audit_append_only_update",
        "DROP TRIGGER audit_append_only_delete",
        lambda conn: _mask_written_rows(conn),
        """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
           WHEN OLD.at >= coalesce((SELECT CAST(value AS REAL) FROM meta WHERE key = 'audit_purge_before'), 0)
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        "CREATE INDEX audit_at ON audit (at)",
    ),
    # 4: the school's pupil list (discretie.roster, store/roster.py): one row per school, keyed
    # hashes only (no name or address in clear); replaced as a whole by each import. The gateway
    # polls meta.roster_generation.
    (
        """CREATE TABLE roster (
            school TEXT PRIMARY KEY,
            imported_at REAL NOT NULL,
            counts TEXT NOT NULL,
            key_id TEXT NOT NULL,
            data BLOB NOT NULL
        )""",
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('roster_generation', '0')",
    ),
    # issue 16 (roles, data-breach register): each account gets a role (discretie.roles); the
    # accounts that exist keep what they could do before roles existed, everything: administrator.
    # New accounts are made with an explicit role. The data-breach register (store/breaches.py):
    # dates and decisions in clear, the words sealed (data, bound to the id).
    (
        "ALTER TABLE reviewers ADD COLUMN role TEXT NOT NULL DEFAULT 'administrator'",
        """CREATE TABLE breaches (
            id TEXT PRIMARY KEY,
            ref TEXT,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            updated_at REAL NOT NULL,
            occurred_at REAL,
            discovered_at REAL NOT NULL,
            authority TEXT NOT NULL CHECK (authority IN ('open', 'yes', 'no')),
            authority_notified_at REAL,
            informed TEXT NOT NULL CHECK (informed IN ('open', 'yes', 'no')),
            closed_at REAL,
            closed_by TEXT,
            data BLOB NOT NULL
        )""",
        "CREATE INDEX breaches_created ON breaches (created_at)",
    ),
    # the message trace (store/trace.py): every message, no subject, recipients as keyed hashes only;
    # purged after retention.trace_days
    (
        """CREATE TABLE trace (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at REAL NOT NULL,
            sender TEXT NOT NULL,
            recipients INTEGER NOT NULL,
            internal INTEGER NOT NULL,
            external INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            code INTEGER NOT NULL,
            ref TEXT,
            size INTEGER NOT NULL
        )""",
        "CREATE INDEX trace_at ON trace (at)",
        "CREATE INDEX trace_sender ON trace (sender, at)",
        """CREATE TABLE trace_rcpt (
            trace_id INTEGER NOT NULL REFERENCES trace (id) ON DELETE CASCADE,
            rcpt TEXT NOT NULL,
            PRIMARY KEY (trace_id, rcpt)
        ) WITHOUT ROWID""",
        "CREATE INDEX trace_rcpt_rcpt ON trace_rcpt (rcpt)",
    ),
    # how the DPO heard of each incident (notify.report_mode): 'immediate', 'digest' (in the daily
    # overview, store/digest.py) or 'none'; NULL for older rows (reported at once)
    ("ALTER TABLE incidents ADD COLUMN report TEXT",),
    # issue 16 (4, 5): exceptions the DPO grants from a held message (store/exceptions.py: sender,
    # recipients and reason sealed; deleted by the purge once ended), and what the sender did
    # through the personal link in the notice (store/senders.py: one row per message, the link
    # works once; deleted with its message).
    (
        """CREATE TABLE exceptions (
            id TEXT PRIMARY KEY,
            rule TEXT NOT NULL,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            expires_at REAL NOT NULL,
            revoked_at REAL,
            revoked_by TEXT,
            source_ref TEXT,
            private BLOB NOT NULL
        )""",
        "CREATE INDEX exceptions_expires ON exceptions (expires_at)",
        """CREATE TABLE sender_requests (
            id TEXT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('withdraw', 'misaddressed', 'release')),
            at REAL NOT NULL,
            private BLOB,
            peer TEXT
        )""",
        "CREATE INDEX sender_requests_kind ON sender_requests (kind, id)",
    ),
    # rules.hijack (store/sender_counts.py): per-sender counts per minute and profiles under a keyed hash
    # of the sender (no recipient address at all), and the senders blocked after a burst.
    (
        """CREATE TABLE sender_counts (
            sender TEXT NOT NULL,
            bucket INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            externals INTEGER NOT NULL,
            PRIMARY KEY (sender, bucket)
        ) WITHOUT ROWID""",
        "CREATE INDEX sender_counts_bucket ON sender_counts (bucket)",
        """CREATE TABLE sender_profiles (
            sender TEXT PRIMARY KEY,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            max_externals INTEGER NOT NULL,
            burst_ref TEXT,
            burst_started REAL,
            burst_until REAL,
            burst_messages INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX sender_profiles_last_seen ON sender_profiles (last_seen)",
        """CREATE TABLE sender_blocks (
            address TEXT PRIMARY KEY,
            blocked_at REAL NOT NULL,
            ref TEXT,
            actor TEXT NOT NULL
        )""",
    ),
    # the web console's counts from indexes alone: the queue's per state and rule list, the
    # register's per week and rule list (PostgreSQL's step of the same issue has the same two).
    (
        "CREATE INDEX messages_state_rules ON messages (state, rules)",
        "CREATE INDEX incidents_created_rules ON incidents (created_at, rules)",
    ),
    # rules.hijack's volume limit counts only outsiders off the pupil list (a letter to all parents is the
    # school's own mail): per sender and minute, how many of the outside recipients were such; NULL on the
    # rows counted before (read as all of them).
    ("ALTER TABLE sender_counts ADD COLUMN unlisted INTEGER",),
)
SCHEMA_VERSION = len(MIGRATIONS)


# Audit entries the gateway writes with an upstream's answer or recipients in them.
_GATEWAY_NOTES = ("delivered", "release_failed", "outbox_failed")


def _mask_written_rows(conn: sqlite3.Connection) -> None:
    """Migration 3: mask what version 2 kept of recipient addresses in clear."""
    for ref, verdict in conn.execute("SELECT id, verdict FROM messages").fetchall():
        conn.execute("UPDATE messages SET verdict = ? WHERE id = ?", (_mask_moves(verdict), ref))
    for ref, findings in conn.execute("SELECT id, findings FROM incidents").fetchall():
        conn.execute("UPDATE incidents SET findings = ? WHERE id = ?", (_mask_moves(findings), ref))
    for ref, error, reply in conn.execute(
        "SELECT id, last_error, upstream_reply FROM messages WHERE last_error IS NOT NULL OR upstream_reply IS NOT NULL"
    ).fetchall():
        conn.execute(
            "UPDATE messages SET last_error = ?, upstream_reply = ? WHERE id = ?", (_scrub(error), _scrub(reply), ref)
        )
    for item_id, error in conn.execute("SELECT id, last_error FROM outbox WHERE last_error IS NOT NULL").fetchall():
        conn.execute("UPDATE outbox SET last_error = ? WHERE id = ?", (_scrub(error), item_id))
    marks = ", ".join("?" for _ in _GATEWAY_NOTES)
    for entry_id, note in conn.execute(
        f"SELECT id, note FROM audit WHERE action IN ({marks}) AND note IS NOT NULL", _GATEWAY_NOTES
    ).fetchall():
        conn.execute("UPDATE audit SET note = ? WHERE id = ?", (_scrub(note), entry_id))


def _describe_sqlite(path: Path, exc: BaseException) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in str(exc))[:200]
    low = text.lower()
    if "could not decode" in low:
        return f"beschadigde gegevens in de opslag {path} (gewijzigd buiten Discretie?)"
    if "disk is full" in low or "database or disk is full" in low:
        return f"de schijf is vol: de opslag {path} kan niet schrijven (maak ruimte vrij)"
    if "readonly" in low or "read-only" in low:
        return f"de opslag {path} is alleen-lezen: Discretie moet de map en het bestand kunnen schrijven"
    if "locked" in low or "busy" in low:
        return f"de opslag {path} is bezet door een ander proces (wachttijd verstreken); probeer opnieuw"
    if "unable to open" in low:
        return f"de opslag {path} kan niet geopend worden (bestaat de map? mag Discretie erin schrijven?)"
    if "not a database" in low or "malformed" in low:
        return f"{path} is geen geldige Discretie-opslag of is beschadigd ({text})"
    if "disk i/o" in low:
        return f"schrijffout op de schijf bij de opslag {path} ({text})"
    return f"fout in de opslag {path}: {text}"


_PRIVATE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _make_private(db: Path) -> None:
    """The store and its WAL, shared-memory and journal files are for Discretie's user alone
    (0600). A new store file is created so before SQLite opens it (SQLite gives the files it
    adds the database file's mode); existing files with group or other bits are narrowed."""
    if not db.exists():
        with contextlib.suppress(FileExistsError):  # another process created it first
            os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (db.with_name(db.name + suffix) for suffix in _PRIVATE_SUFFIXES):
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, 0o600)
        except FileNotFoundError:
            continue
        except OSError as exc:  # not the owner, read-only file system: say so, do not fail
            log.warning("store_file_mode", path=str(path), mode=oct(mode), hint="chmod 600", error=exc.strerror)


class SqliteDatabase:
    """The store's file. Safe to share between threads (one connection behind a lock)."""

    dialect = DIALECT
    writers = 1  # BEGIN IMMEDIATE: one writer at a time

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.label = str(path)
        self._lock = threading.RLock()
        self._closed = False
        self._instant = threading.local()  # per thread: a read-only connection that never waits
        self._instant_conns: list[sqlite3.Connection] = []

    @classmethod
    def open(cls, path: Path, *, create: bool) -> SqliteDatabase:
        """Open (with ``create``, create) the file at ``path`` and bring its schema up to date."""
        db = path
        parent = db.parent if str(db.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"de map {parent} van de opslag {db} bestaat niet")
        if db.exists():
            if not db.is_file():
                raise StoreError(f"de opslag {db} is geen bestand")
        elif not create:
            raise StoreError(
                f"de opslag {db} bestaat niet (controleer --store of store.path in de policy; "
                "'discretie serve' maakt ze aan)"
            )
        if not os.access(parent, os.W_OK | os.X_OK) or (db.exists() and not os.access(db, os.R_OK | os.W_OK)):
            raise StoreError(
                f"de opslag {db} is alleen-lezen: Discretie moet de map {parent} en het bestand kunnen schrijven"
            )
        _make_private(db)
        try:
            conn = sqlite3.connect(
                str(db), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite(db, exc)) from None
        database = cls(conn, db)
        try:
            database._configure()
            database._migrate()
        except BaseException:
            conn.close()
            raise
        return database

    def _configure(self) -> None:
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                # Only possible on a new file, before WAL and the first table: purges give space back.
                self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self.conn.execute("PRAGMA synchronous = FULL")
            # Deleted rows (wiped bodies, purged incidents) are overwritten, not left in free pages.
            self.conn.execute("PRAGMA secure_delete = ON")
            # After a checkpoint the WAL shrinks back (a 35 MB hold would otherwise keep it large).
            self.conn.execute("PRAGMA journal_size_limit = 67108864")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite(self.path, exc)) from None
        if str(mode).lower() != "wal":
            log.warning("store_no_wal", path=str(self.path), journal_mode=str(mode))

    def _migrate(self) -> None:
        with self.tx() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"de opslag {self.path} heeft schemaversie {version}, deze Discretie kent er maar "
                    f"{SCHEMA_VERSION}: gebruik een nieuwere Discretie"
                )
            for number in range(version, SCHEMA_VERSION):
                for step in MIGRATIONS[number]:
                    if isinstance(step, str):
                        conn.execute(step)
                    else:
                        step(conn)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    @contextlib.contextmanager
    def tx(self, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """A write transaction (write lock taken at once, waited for up to busy_timeout);
        sqlite errors become StoreError."""
        with self._lock:
            if self._closed:
                raise StoreError(f"de opslag {self.path} is gesloten")
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(_describe_sqlite(self.path, exc)) from None
            try:
                yield conn
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc):
                    raise Duplicate(_describe_sqlite(self.path, exc)) from None
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(_describe_sqlite(self.path, exc)) from None
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise StoreError(_describe_sqlite(self.path, exc)) from None

    @contextlib.contextmanager
    def read(self, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot (``timeout``: for the interface; a file
        has no connection to wait for)."""
        with self._lock:
            if self._closed:
                raise StoreError(f"de opslag {self.path} is gesloten")
            conn = self.conn
            try:
                conn.execute("BEGIN")
            except sqlite3.Error as exc:
                raise StoreError(_describe_sqlite(self.path, exc)) from None
            try:
                yield conn
            except sqlite3.Error as exc:
                raise StoreError(_describe_sqlite(self.path, exc)) from None
            finally:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("COMMIT")

    def statement(self, timeout: float | None = None) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One statement: a read transaction as any other (BEGIN and COMMIT cost no round trip here)."""
        return self.read(timeout)

    @contextlib.contextmanager
    def instant(self) -> Iterator[sqlite3.Connection]:
        """For ONE read-only statement that never waits: not the shared connection (a store thread may
        hold its lock through a commit's fsync) but one of the calling thread's own, read-only, with no
        busy timeout. In WAL mode a reader waits for no writer; a lock it meets all the same (another
        process's exclusive lock, a WAL being recovered) is StoreError at once."""
        if self._closed:
            raise StoreError(f"de opslag {self.path} is gesloten")
        conn: sqlite3.Connection | None = getattr(self._instant, "conn", None)
        try:
            if conn is None:
                conn = sqlite3.connect(str(self.path), timeout=0, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA query_only = ON")
                with self._lock:
                    self._instant_conns.append(conn)
                self._instant.conn = conn
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite(self.path, exc)) from None

    def after_purge(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.conn.executescript("PRAGMA incremental_vacuum;")  # runs to the end, unlike execute()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                for conn in [self.conn, *self._instant_conns]:
                    with contextlib.suppress(sqlite3.Error):
                        conn.close()
