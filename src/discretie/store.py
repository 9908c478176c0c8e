"""The store: held messages (encrypted), incidents, the outbox and the audit log.

SQLite in WAL mode with ``synchronous=FULL``: a commit is on disk (the WAL is fsynced) before
:meth:`Store.hold` returns, so the relay answers 250 only for a message that survives a crash.
Several processes may share one file (the gateway, the review CLI, a web console): writes take
the write lock up front (``BEGIN IMMEDIATE``) and wait for it up to ``busy_timeout``.

Everything the SQL knows is inside :class:`Store`; its public methods are the interface a
PostgreSQL store would implement (``open``, ``close``, ``new_ref``, ``hold``, ``record``,
``get_message``, ``list_messages``, ``message_body``, ``release``, ``reject``, ``add_note``,
``get_incident``, ``list_incidents``, ``claim_outbox`` and friends, ``purge``, ``audit``,
``audit_entries``, ``counts``).

Encryption at rest (AES-256-GCM, :mod:`discretie.crypto`): the raw message, its subject and its
envelope recipients, and the notification mails waiting in the outbox. In clear: states,
times, the sender, recipient counts, rules and the redacted findings (what listing and the
incident register need). The key lives in ``<db>.key`` (mode 0600) unless the policy names a
file; a check value in the store tells a wrong key from a damaged row.

Bodies are kept only as long as they are needed: a message's raw bytes are wiped when it is
delivered after release or rejected, and every held message is deleted after
``retention.held_days``; incidents are deleted after ``retention.incident_days``. The audit log
is append-only (triggers refuse UPDATE, and DELETE of entries younger than
``retention.audit_days``). What is kept in clear holds recipient addresses only masked; the
lock-out table keeps keyed hashes; the store's files are 0600.

Every failure comes out as :class:`StoreError` (or its subclasses :class:`NotFound` and
:class:`Conflict`) with a message that names the file and what is wrong, in Dutch: the DPO
reads these.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from discretie import crypto, notify
from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.policy import Policy
from discretie.redact import mask_address, mask_addresses_in

log = structlog.get_logger("discretie.store")

REF_PREFIX = "D-"
REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
REF_LENGTH = 8
BUSY_TIMEOUT_MS = 15_000
STATES = ("held", "releasing", "released", "rejected")

_KEY_CHECK = b"discretie store key check v1"
_KEY_CHECK_AAD = b"meta:key_check"

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
)
# The school's pupil list (discretie.roster): one row per school, keyed hashes only (no name or
# address in clear); replaced as a whole by each import. The gateway polls meta.roster_generation.
MIGRATIONS += (
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
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """Anything that goes wrong in the store, with a message a person can act on."""


class NotFound(StoreError):
    """No message or incident with that reference."""


class Conflict(StoreError):
    """The message is not in a state that allows the action (already released, rejected ...)."""


# -- records --------------------------------------------------------------------------------


def _iso(at: float | None) -> str | None:
    if at is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))


def _with_message_mark(note: str | None, message: str | None) -> str | None:
    """The register's note, marked when a message went to the sender (its text is not kept)."""
    if not (message or "").strip():
        return note
    mark = "met een bericht aan de afzender"
    return f"{note} ({mark})" if note else mark


def _finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity.value,
        "reason": f.reason,
        "evidence": list(f.evidence),
        "score": f.score,
        "move_to_bcc": _masked(f.move_to_bcc),
    }


def _masked(addresses: Sequence[str]) -> list[str]:
    """What the register keeps of the addresses the BCC rule moved: masked (``o***@gmail.com``);
    a release decides again on the message itself."""
    return [mask_address(a) for a in addresses]


def _verdict_json(verdict: Verdict) -> str:
    return json.dumps(
        {
            "action": verdict.action.value,
            "would_action": verdict.would_action.value,
            "decisive": list(verdict.decisive),
            "audit_only": list(verdict.audit_only),
            "move_to_bcc": _masked(verdict.move_to_bcc),
            "findings": [_finding_to_json(f) for f in verdict.findings],
        }
    )


def _mask_moves(text: str) -> str:
    """A stored verdict or findings list (JSON) with every ``move_to_bcc`` list masked."""

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: _masked([str(a) for a in v]) if k == "move_to_bcc" and isinstance(v, list) else walk(v)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    try:
        return json.dumps(walk(json.loads(text)))
    except ValueError:
        return text


def _scrub(text: str | None) -> str | None:
    """Free text the gateway keeps (an upstream's reply, an error) with its addresses masked."""
    return None if text is None else mask_addresses_in(text)


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


def _finding_from_json(d: dict[str, Any]) -> Finding:
    try:
        severity = Severity(d.get("severity", "info"))
    except ValueError:
        severity = Severity.INFO
    return Finding(
        rule=str(d.get("rule", "")),
        category=str(d.get("category", "")),
        severity=severity,
        reason=str(d.get("reason", "")),
        evidence=tuple(str(e) for e in d.get("evidence", ())),
        score=float(d.get("score", 1.0)),
        move_to_bcc=tuple(str(a) for a in d.get("move_to_bcc", ())),
    )


@dataclass(frozen=True)
class HeldMessage:
    """A message the gateway held, as the reviewer sees it (without the body)."""

    id: str
    state: str
    received_at: float
    updated_at: float
    sender: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    subject: str
    message_id: str
    rcpt_internal: int
    rcpt_external: int
    size: int
    action: str
    rules: tuple[str, ...]
    held_by: tuple[str, ...]
    findings: tuple[Finding, ...]
    would_action: str
    move_to_bcc: tuple[str, ...]
    peer: str | None
    decided_at: float | None
    decided_by: str | None
    note: str | None
    delivered_at: float | None
    upstream_reply: str | None
    last_error: str | None
    has_body: bool
    readable: bool = True  # False when the encrypted subject/recipients did not decrypt
    auth_login: str | None = None  # the AUTH login; '' without AUTH, None when held before schema 3

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "received_at": _iso(self.received_at),
            "sender": self.sender,
            "subject": self.subject,
            "rules": list(self.rules),
            "held_by": list(self.held_by),
            "recipients": {"internal": self.rcpt_internal, "external": self.rcpt_external},
            "message_id": self.message_id,
            "size": self.size,
            "findings": [f.as_json() for f in self.findings],
            "decided_at": _iso(self.decided_at),
            "decided_by": self.decided_by,
            "note": self.note,
            "delivered_at": _iso(self.delivered_at),
            "upstream_reply": self.upstream_reply,
            "last_error": self.last_error,
            "has_body": self.has_body,
            "login": self.auth_login,
        }


@dataclass(frozen=True)
class Incident:
    """One incident: facts only (no subject, no body, no recipient address)."""

    id: str
    created_at: float
    sender: str
    message_id: str
    rcpt_internal: int
    rcpt_external: int
    rules: tuple[str, ...]
    categories: tuple[str, ...]
    severity: str
    action: str
    would_action: str
    audit: bool
    findings: tuple[Finding, ...]
    held: bool
    peer: str | None
    message_state: str | None  # state of the held message, if it still exists
    auth_login: str | None = None  # the AUTH login; '' without AUTH, None when recorded before schema 3

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": _iso(self.created_at),
            "sender": self.sender,
            "message_id": self.message_id,
            "recipients": {"internal": self.rcpt_internal, "external": self.rcpt_external},
            "rules": list(self.rules),
            "categories": list(self.categories),
            "severity": self.severity,
            "action": self.action,
            "would_action": self.would_action,
            "audit": self.audit,
            "findings": [f.as_json() for f in self.findings],
            "held": self.held,
            "message_state": self.message_state,
            "login": self.auth_login,
        }


@dataclass(frozen=True)
class OutboxItem:
    """A mail the outbox must deliver: a notification (``data`` set) or a released message
    (``kind == "release"``, ``ref`` names the message; the bytes come from the message row)."""

    id: int
    uid: str
    kind: str
    ref: str | None
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes | None
    state: str
    created_at: float
    attempts: int
    next_attempt_at: float
    lease_owner: str | None
    last_error: str | None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: float
    actor: str
    via: str
    action: str
    target: str | None
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": _iso(self.at),
            "actor": self.actor,
            "via": self.via,
            "action": self.action,
            "target": self.target,
            "note": self.note,
        }


@dataclass(frozen=True)
class PurgeResult:
    messages: dict[str, int]  # per state
    incidents: int
    outbox: int
    audit: int = 0

    @property
    def total_messages(self) -> int:
        return sum(self.messages.values())

    def describe(self) -> str:
        parts = ", ".join(f"{n} {notify.STATE_LABELS.get(s, s)}" for s, n in sorted(self.messages.items()))
        text = f"{self.total_messages} bericht(en)" + (f" ({parts})" if parts else "")
        return (
            f"{text}, {self.incidents} incident(en), {self.outbox} afgehandelde outbox-item(s), "
            f"{self.audit} logboekregel(s) gewist"
        )


@dataclass(frozen=True)
class Reviewer:
    """A web console account (the password hash stays in the store)."""

    name: str
    created_at: float
    updated_at: float
    last_login_at: float | None
    sessions: int


@dataclass(frozen=True)
class WebSession:
    """A signed-in browser: found by the hash of its cookie token."""

    token_hash: str
    reviewer: str
    csrf: str
    created_at: float
    last_seen_at: float
    expires_at: float
    peer: str | None
    flash: str | None


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue. ``text_complete`` is False when a text filter could only look
    at the encrypted subject and recipients of the newest ``subject_window`` messages."""

    items: tuple[HeldMessage, ...]
    total: int
    offset: int
    limit: int
    seen: frozenset[str]
    state_counts: dict[str, int]
    text_complete: bool = True


@dataclass(frozen=True)
class IncidentStats:
    total: int
    per_rule: tuple[tuple[str, int], ...]  # most frequent first
    per_week: tuple[tuple[str, int], ...]  # (Monday as YYYY-MM-DD, count), oldest first


# -- references -------------------------------------------------------------------------------


def _blob(value: object) -> bytes:
    """A sealed column as bytes; anything else (a row changed outside Discretie) cannot decrypt."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return b""


_CROCKFORD_READS = str.maketrans("OIL", "011")


def _like(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds ``text`` anywhere, case-insensitively."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def generate_ref() -> str:
    return REF_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def normalize_ref(text: str) -> str:
    """Accept ``d-7f3k2q9m``, ``7F3K2Q9M``, ``D-7F3K 2Q9M``; O->0 and I/L->1 as Crockford reads."""
    value = "".join(text.split()).upper()
    if value.startswith(REF_PREFIX):
        value = value[len(REF_PREFIX) :]
    value = value.replace("-", "").translate(_CROCKFORD_READS)
    return REF_PREFIX + value


# -- the store ----------------------------------------------------------------------------------


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


class Store:
    """SQLite store. Safe to share between threads (one connection behind a lock); several
    processes may open the same file."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        key_path: Path,
        clock: Callable[[], float],
    ):
        self._conn = conn
        self.path = path
        self.key_path = key_path
        self._clock = clock
        self._lock = threading.RLock()
        self._sealer: crypto.Sealer | None = None
        self._listeners: list[Callable[[], None]] = []
        self._closed = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        key_file: str | Path | None = None,
        *,
        create: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> Store:
        """Open (and with ``create``, create) the store at ``path``; the key is ``key_file`` or
        ``<path>.key``, created with mode 0600 when the store has none yet."""
        db = Path(path)
        key_path = Path(key_file) if key_file else db.with_name(db.name + ".key")
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
        store = cls(conn, db, key_path, clock)
        try:
            store._configure()
            store._migrate()
            store._setup_key()
        except BaseException:
            conn.close()
            raise
        return store

    def _configure(self) -> None:
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                # Only possible on a new file, before WAL and the first table: purges give space back.
                self._conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self._conn.execute("PRAGMA synchronous = FULL")
            # Deleted rows (wiped bodies, purged incidents) are overwritten, not left in free pages.
            self._conn.execute("PRAGMA secure_delete = ON")
            # After a checkpoint the WAL shrinks back (a 35 MB hold would otherwise keep it large).
            self._conn.execute("PRAGMA journal_size_limit = 67108864")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite(self.path, exc)) from None
        if str(mode).lower() != "wal":
            log.warning("store_no_wal", path=str(self.path), journal_mode=str(mode))

    def _migrate(self) -> None:
        with self._tx() as conn:
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

    def _setup_key(self) -> None:
        with self._tx() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
            try:
                key: bytes | None = crypto.read_key(self.key_path)
            except FileNotFoundError:
                key = None
            except crypto.CryptoError as exc:
                raise StoreError(str(exc)) from None
            if key is not None:
                self._warn_key_mode()
            if row is not None and key is not None:
                sealer = crypto.Sealer(key)
                try:
                    sealer.open(bytes.fromhex(row[0]), _KEY_CHECK_AAD)
                except (crypto.CryptoError, ValueError):
                    raise StoreError(
                        f"het sleutelbestand {self.key_path} hoort niet bij de opslag {self.path} "
                        "(verkeerde sleutel): zet de juiste sleutel terug uit de back-up"
                    ) from None
                self._sealer = sealer
                return
            if row is not None and key is None and self._has_encrypted_rows(conn):
                raise StoreError(
                    f"het sleutelbestand {self.key_path} ontbreekt, maar de opslag {self.path} bevat "
                    "versleutelde berichten: zet de sleutel terug uit de back-up (zonder sleutel zijn ze onleesbaar)"
                )
            if key is None:
                try:
                    key = crypto.create_key_file(self.key_path)
                except OSError as exc:
                    raise StoreError(
                        f"kan het sleutelbestand {self.key_path} niet aanmaken: {exc.strerror or exc}"
                    ) from None
                except crypto.CryptoError as exc:
                    raise StoreError(str(exc)) from None
                if row is not None:
                    self._audit(
                        conn,
                        "discretie",
                        "system",
                        "key_created",
                        None,
                        "nieuwe sleutel: de vorige ontbrak en er waren geen versleutelde gegevens",
                        self._clock(),
                    )
            sealer = crypto.Sealer(key)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('key_check', ?), ('key_id', ?)",
                (sealer.seal(_KEY_CHECK, _KEY_CHECK_AAD).hex(), sealer.key_id),
            )
            self._sealer = sealer

    def _warn_key_mode(self) -> None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(self.key_path.stat().st_mode)
            if mode & 0o077:
                log.warning("key_file_mode", path=str(self.key_path), mode=oct(mode), hint="chmod 600")

    @staticmethod
    def _has_encrypted_rows(conn: sqlite3.Connection) -> bool:
        return (
            conn.execute(
                "SELECT 1 FROM bodies UNION ALL SELECT 1 FROM messages WHERE private IS NOT NULL "
                "UNION ALL SELECT 1 FROM outbox WHERE data IS NOT NULL LIMIT 1"
            ).fetchone()
            is not None
        )

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (write lock taken at once); sqlite errors become StoreError."""
        with self._lock:
            if self._closed:
                raise StoreError(f"de opslag {self.path} is gesloten")
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(_describe_sqlite(self.path, exc)) from None
            try:
                yield conn
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
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
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot."""
        with self._lock:
            if self._closed:
                raise StoreError(f"de opslag {self.path} is gesloten")
            conn = self._conn
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

    @property
    def sealer(self) -> crypto.Sealer:
        assert self._sealer is not None
        return self._sealer

    def now(self) -> float:
        return self._clock()

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from the writing thread) after a commit that added outbox work."""
        with self._lock:
            self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    def _wake(self) -> None:
        for callback in list(self._listeners):
            try:
                callback()
            except Exception:  # a listener must never fail a committed write
                log.exception("outbox_listener_failed")

    @staticmethod
    def _audit(
        conn: sqlite3.Connection, actor: str, via: str, action: str, target: str | None, note: str | None, at: float
    ) -> None:
        conn.execute(
            "INSERT INTO audit (at, actor, via, action, target, note) VALUES (?, ?, ?, ?, ?, ?)",
            (at, actor, via, action, target, note),
        )

    def _enqueue(self, conn: sqlite3.Connection, note: notify.Notification, ref: str, now: float) -> None:
        uid = secrets.token_hex(12)
        conn.execute(
            "INSERT INTO outbox (uid, kind, ref, mail_from, rcpt_tos, data, state, created_at, next_attempt_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
            (
                uid,
                note.kind,
                ref,
                note.mail_from,
                json.dumps(list(note.rcpt_tos)),
                self.sealer.seal(note.data, f"outbox:{uid}:data".encode()),
                now,
                now,
            ),
        )

    def _ref_taken(self, conn: sqlite3.Connection, ref: str) -> bool:
        return (
            conn.execute(
                "SELECT 1 FROM messages WHERE id = ? UNION ALL SELECT 1 FROM incidents WHERE id = ?", (ref, ref)
            ).fetchone()
            is not None
        )

    # -- references -----------------------------------------------------------------------

    def new_ref(self) -> str:
        """A fresh reference ID such as ``D-7F3K2Q9M`` (32^8 possibilities; checked unused)."""
        with self._read() as conn:
            for _ in range(20):
                ref = generate_ref()
                if not self._ref_taken(conn, ref):
                    return ref
        raise StoreError("geen vrije referentie gevonden")  # pragma: no cover - 1e12 space

    # -- writing what the relay decided ---------------------------------------------------

    def hold(
        self,
        *,
        raw: bytes,
        message: Message,
        verdict: Verdict,
        policy: Policy,
        peer: str | None = None,
        login: str | None = None,
    ) -> str:
        """Keep ``raw`` (encrypted) for review, with its incident and notifications (DPO report,
        sender notice) in one durable transaction. ``login`` is the client's AUTH login (None
        when it did not authenticate): a release goes out only as that login may send.
        Returns the reference ID."""
        notable = verdict.notable or verdict.findings
        held_by = verdict.decisive or tuple(dict.fromkeys(f.rule for f in notable))
        rcpts = tuple(message.envelope.rcpt_tos) or tuple(a.key for a in message.to + message.cc + message.bcc)
        for _attempt in range(3):
            ref = self.new_ref()
            now = self._clock()
            facts = notify.incident_facts(
                ref=ref, at=now, message=message, verdict=verdict, action=Action.HOLD, policy=policy
            )
            notes = [notify.dpo_report(facts, policy)]
            notice = notify.sender_notice(
                "held",
                policy=policy,
                ref=ref,
                at=now,
                made_at=now,
                sender=message.sender,
                recipients=len(set(rcpts)),
                findings=[f for f in notable if f.rule in held_by] or notable,
                rules=held_by,
            )
            if notice is not None:
                notes.append(notice)
            private = json.dumps({"subject": message.subject, "rcpt_tos": list(rcpts)}).encode()
            with self._tx() as conn:
                if self._ref_taken(conn, ref):  # taken by another process since new_ref()
                    continue
                conn.execute(
                    "INSERT INTO messages (id, state, received_at, updated_at, sender, mail_from, message_id, "
                    "rcpt_internal, rcpt_external, size, action, rules, held_by, verdict, private, peer, auth_login) "
                    "VALUES (?, 'held', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        ref,
                        now,
                        now,
                        message.sender,
                        message.envelope.mail_from,
                        facts.message_id,
                        facts.rcpt_internal,
                        facts.rcpt_external,
                        len(raw),
                        Action.HOLD.value,
                        json.dumps(list(facts.rules or held_by)),
                        json.dumps(list(held_by)),
                        _verdict_json(verdict),
                        self.sealer.seal(private, f"messages:{ref}:private".encode()),
                        peer,
                        login or "",
                    ),
                )
                conn.execute(
                    "INSERT INTO bodies (id, data) VALUES (?, ?)",
                    (ref, self.sealer.seal(raw, f"messages:{ref}:body".encode())),
                )
                self._insert_incident(conn, facts, held=True, peer=peer, login=login)
                for note in notes:
                    self._enqueue(conn, note, ref, now)
            self._wake()
            return ref
        raise StoreError("kon geen unieke referentie vastleggen")  # pragma: no cover

    def _insert_incident(
        self, conn: sqlite3.Connection, facts: notify.IncidentFacts, *, held: bool, peer: str | None, login: str | None
    ) -> None:
        conn.execute(
            "INSERT INTO incidents (id, created_at, sender, message_id, rcpt_internal, rcpt_external, rules, "
            "categories, severity, action, would_action, audit, findings, held, peer, auth_login) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                facts.ref,
                facts.at,
                facts.sender,
                facts.message_id,
                facts.rcpt_internal,
                facts.rcpt_external,
                json.dumps(list(facts.rules)),
                json.dumps(list(facts.categories)),
                facts.severity.value,
                facts.action.value,
                facts.would_action.value,
                int(facts.audit),
                json.dumps([_finding_to_json(f) for f in facts.findings]),
                int(held),
                peer,
                login or "",
            ),
        )

    def record(
        self,
        *,
        message: Message,
        verdict: Verdict,
        action: Action,
        policy: Policy,
        ref: str | None = None,
        peer: str | None = None,
        login: str | None = None,
    ) -> str | None:
        """Record the incident of a rejected, rewritten or forwarded message and queue its
        notifications: DPO report always; sender notice for a rewrite; sender warning for a
        forward with enforced findings; a "niet verzonden" notice for a reject (the 550 reply
        reaches a person only when a mail client sent the message: through the school's MTA it
        becomes a bounce), to the envelope sender only (never for the null sender); nothing for
        the sender in audit mode. ``login``: the client's AUTH login, None without AUTH.
        Returns the reference, or None when nothing is notable."""
        notable = verdict.notable
        if not notable:
            return None
        ref = normalize_ref(ref) if ref else self.new_ref()
        now = self._clock()
        facts = notify.incident_facts(ref=ref, at=now, message=message, verdict=verdict, action=action, policy=policy)
        notes = [notify.dpo_report(facts, policy)]
        audited = set(verdict.audit_only)
        enforced = [f for f in notable if f.rule not in audited]
        rcpts = set(message.envelope.rcpt_tos) or {a.key for a in message.to + message.cc + message.bcc}
        notice: notify.Notification | None = None
        common: dict[str, Any] = {
            "policy": policy,
            "ref": ref,
            "at": now,
            "made_at": now,
            "sender": message.sender,
            "recipients": len(rcpts),
        }
        if action is Action.REWRITE:
            moved_rules = [f.rule for f in enforced if f.move_to_bcc] or list(verdict.decisive)
            notice = notify.sender_notice(
                "rewrite",
                findings=[f for f in enforced if f.rule in moved_rules] or enforced,
                rules=moved_rules,
                moved=verdict.move_to_bcc,
                **common,
            )
        elif action is Action.FORWARD and enforced:
            notice = notify.sender_notice("warning", findings=enforced, rules=[f.rule for f in enforced], **common)
        elif action is Action.REJECT and message.envelope.mail_from:
            decisive = list(verdict.decisive) or [f.rule for f in enforced]
            notice = notify.sender_notice(
                "refused",
                findings=[f for f in enforced if f.rule in decisive] or enforced,
                rules=decisive,
                **{**common, "sender": message.envelope.mail_from},
            )
        if notice is not None:
            notes.append(notice)
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM incidents WHERE id = ?", (ref,)).fetchone() is not None:
                raise Conflict(f"incident {ref} bestaat al")
            self._insert_incident(conn, facts, held=False, peer=peer, login=login)
            for note in notes:
                self._enqueue(conn, note, ref, now)
        self._wake()
        return ref

    # -- reading ----------------------------------------------------------------------------

    _MESSAGE_COLUMNS = (
        "id, state, received_at, updated_at, sender, mail_from, message_id, rcpt_internal, rcpt_external, "
        "size, action, rules, held_by, verdict, private, EXISTS (SELECT 1 FROM bodies WHERE bodies.id = messages.id), "
        "peer, decided_at, decided_by, note, "
        "delivered_at, upstream_reply, last_error, auth_login"
    )

    def _message_from_row(self, row: Sequence[Any]) -> HeldMessage:
        (
            ref,
            state,
            received_at,
            updated_at,
            sender,
            mail_from,
            message_id,
            internal,
            external,
            size,
            action,
            rules,
            held_by,
            verdict_json,
            private,
            has_body,
            peer,
            decided_at,
            decided_by,
            note,
            delivered_at,
            upstream_reply,
            last_error,
            auth_login,
        ) = row
        verdict = json.loads(verdict_json)
        subject, rcpt_tos, readable = "", (), True
        if private is not None:
            try:
                data = json.loads(self.sealer.open(_blob(private), f"messages:{ref}:private".encode()))
                subject, rcpt_tos = str(data.get("subject", "")), tuple(data.get("rcpt_tos", ()))
            except (crypto.CryptoError, ValueError):
                subject, readable = "(onleesbaar: gewijzigde gegevens of verkeerde sleutel)", False
        return HeldMessage(
            id=ref,
            state=state,
            received_at=received_at,
            updated_at=updated_at,
            sender=sender,
            mail_from=mail_from,
            rcpt_tos=rcpt_tos,
            subject=subject,
            message_id=message_id,
            rcpt_internal=internal,
            rcpt_external=external,
            size=size,
            action=action,
            rules=tuple(json.loads(rules)),
            held_by=tuple(json.loads(held_by)),
            findings=tuple(_finding_from_json(f) for f in verdict.get("findings", ())),
            would_action=str(verdict.get("would_action", action)),
            move_to_bcc=tuple(verdict.get("move_to_bcc", ())),
            peer=peer,
            decided_at=decided_at,
            decided_by=decided_by,
            note=note,
            delivered_at=delivered_at,
            upstream_reply=upstream_reply,
            last_error=last_error,
            has_body=bool(has_body),
            readable=readable,
            auth_login=auth_login,
        )

    def get_message(self, ref: str) -> HeldMessage:
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
        return self._message_from_row(row)

    def list_messages(
        self,
        *,
        states: Sequence[str] | None = None,
        rule: str | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[HeldMessage]:
        """Newest first."""
        where: list[str] = []
        params: list[Any] = []
        if states:
            where.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        if rule:
            where.append("EXISTS (SELECT 1 FROM json_each(messages.rules) WHERE json_each.value = ?)")
            params.append(rule)
        if since is not None:
            where.append("received_at >= ?")
            params.append(since)
        sql = f"SELECT {self._MESSAGE_COLUMNS} FROM messages"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY received_at DESC, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._message_from_row(r) for r in rows]

    def message_body(self, ref: str, *, actor: str | None = None, via: str = "cli") -> bytes | None:
        """The raw message as received (decrypted), or None once it was wiped. With ``actor``,
        the view is written to the audit log. A tampered ciphertext is a StoreError."""
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(
                "SELECT b.data, m.id FROM messages m LEFT JOIN bodies b ON b.id = m.id WHERE m.id = ?", (ref,)
            ).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
        if row[0] is None:
            return None
        raw = self._open_body(ref, _blob(row[0]))
        if actor is not None:
            self.audit(actor=actor, via=via, action="view", target=ref, note="inhoud bekeken")
        return raw

    def _open_body(self, ref: str, blob: bytes) -> bytes:
        try:
            return self.sealer.open(blob, f"messages:{ref}:body".encode())
        except crypto.CryptoError:
            raise StoreError(
                f"het bericht {ref} kan niet ontsleuteld worden: de versleutelde inhoud in {self.path} is "
                "gewijzigd of beschadigd (of de sleutel is verkeerd)"
            ) from None

    _INCIDENT_COLUMNS = (
        "i.id, i.created_at, i.sender, i.message_id, i.rcpt_internal, i.rcpt_external, i.rules, i.categories, "
        "i.severity, i.action, i.would_action, i.audit, i.findings, i.held, i.peer, m.state, i.auth_login"
    )

    @staticmethod
    def _incident_from_row(row: Sequence[Any]) -> Incident:
        (
            ref,
            created_at,
            sender,
            message_id,
            internal,
            external,
            rules,
            categories,
            severity,
            action,
            would,
            audit,
            findings,
            held,
            peer,
            message_state,
            auth_login,
        ) = row
        return Incident(
            id=ref,
            created_at=created_at,
            sender=sender,
            message_id=message_id,
            rcpt_internal=internal,
            rcpt_external=external,
            rules=tuple(json.loads(rules)),
            categories=tuple(json.loads(categories)),
            severity=severity,
            action=action,
            would_action=would,
            audit=bool(audit),
            findings=tuple(_finding_from_json(f) for f in json.loads(findings)),
            held=bool(held),
            peer=peer,
            message_state=message_state,
            auth_login=auth_login,
        )

    def get_incident(self, ref: str) -> Incident:
        ref = normalize_ref(ref)
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {self._INCIDENT_COLUMNS} FROM incidents i LEFT JOIN messages m ON m.id = i.id WHERE i.id = ?",
                (ref,),
            ).fetchone()
        if row is None:
            raise NotFound(f"onbekende referentie {ref}: geen incident met dit ID")
        return self._incident_from_row(row)

    @staticmethod
    def _incident_filter(
        since: float | None, until: float | None, rule: str | None, sender: str | None
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("i.created_at >= ?")
            params.append(since)
        if until is not None:
            where.append("i.created_at < ?")
            params.append(until)
        if rule:
            where.append("EXISTS (SELECT 1 FROM json_each(i.rules) WHERE json_each.value = ?)")
            params.append(rule)
        if sender:
            where.append("i.sender LIKE ? ESCAPE '\\'")
            params.append(_like(sender))
        return where, params

    def list_incidents(
        self,
        *,
        since: float | None = None,
        rule: str | None = None,
        limit: int | None = None,
        until: float | None = None,
        sender: str | None = None,
        offset: int = 0,
    ) -> list[Incident]:
        """Newest first. ``until`` is exclusive; ``sender`` matches part of the address."""
        where, params = self._incident_filter(since, until, rule, sender)
        sql = f"SELECT {self._INCIDENT_COLUMNS} FROM incidents i LEFT JOIN messages m ON m.id = i.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY i.created_at DESC, i.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {max(int(offset), 0)}"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._incident_from_row(r) for r in rows]

    def incident_stats(
        self,
        *,
        since: float | None = None,
        until: float | None = None,
        rule: str | None = None,
        sender: str | None = None,
    ) -> IncidentStats:
        """Counts of the incidents that match: in total, per rule, per week (local time)."""
        where, params = self._incident_filter(since, until, rule, sender)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        with self._read() as conn:
            total = int(conn.execute(f"SELECT count(*) FROM incidents i{cond}", params).fetchone()[0])
            per_rule = conn.execute(
                f"SELECT r.value, count(*) AS n FROM incidents i, json_each(i.rules) r{cond} "
                "GROUP BY r.value ORDER BY n DESC, r.value",
                params,
            ).fetchall()
            per_week = conn.execute(
                "SELECT date(i.created_at, 'unixepoch', 'localtime', 'weekday 0', '-6 days') AS week, count(*) "
                f"FROM incidents i{cond} GROUP BY week ORDER BY week",
                params,
            ).fetchall()
        return IncidentStats(
            total=total,
            per_rule=tuple((str(r), int(n)) for r, n in per_rule),
            per_week=tuple((str(w), int(n)) for w, n in per_week),
        )

    def ping(self) -> None:
        """Raise StoreError when the store cannot be read (readiness probe)."""
        with self._read() as conn:
            conn.execute("SELECT count(*) FROM meta").fetchone()

    def gauges(self) -> tuple[int, int]:
        """(messages waiting for a decision, outbox items not yet delivered) for metrics."""
        with self._read() as conn:
            held = conn.execute("SELECT count(*) FROM messages WHERE state = 'held'").fetchone()[0]
            backlog = conn.execute("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')").fetchone()[0]
        return int(held), int(backlog)

    def counts(self) -> dict[str, int]:
        """Messages per state and outbox items per state (``outbox_<state>``)."""
        with self._read() as conn:
            out = {state: 0 for state in STATES}
            for state, n in conn.execute("SELECT state, count(*) FROM messages GROUP BY state"):
                out[state] = n
            for state, n in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
                out[f"outbox_{state}"] = n
            out["incidents"] = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        return out

    # -- review actions -----------------------------------------------------------------------

    @staticmethod
    def _state_problem(ref: str, row: Sequence[Any], wanted: str) -> str:
        state, decided_at, decided_by = row
        who = f" door {decided_by}" if decided_by else ""
        when = f" op {notify.local_time(decided_at)}" if decided_at else ""
        if state == "releasing":
            return f"{ref} is al vrijgegeven{who}{when} en wordt verzonden: er valt niets meer {wanted}"
        if state == "released":
            return f"{ref} is al vrijgegeven{who}{when} en verzonden: er valt niets meer {wanted}"
        if state == "rejected":
            return f"{ref} is al geweigerd{who}{when}: er valt niets meer {wanted}"
        return f"{ref} heeft status {state}: er valt niets {wanted}"

    def release(
        self, ref: str, *, actor: str, via: str = "cli", note: str | None = None, message: str | None = None
    ) -> HeldMessage:
        """Approve a held message: atomically 'held' -> 'releasing' and into the outbox, where the
        gateway delivers it. Of two concurrent releases exactly one wins; the other gets Conflict.
        ``note`` is for the register (kept here, never mailed); ``message`` goes to the sender with
        the "vrijgegeven" notice: it waits, encrypted, in the release's outbox row and is wiped
        with it."""
        ref = normalize_ref(ref)
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT state, decided_at, decided_by FROM messages WHERE id = ?", (ref,)).fetchone()
            if row is None:
                raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
            cursor = conn.execute(
                "UPDATE messages SET state = 'releasing', updated_at = ?, decided_at = ?, decided_by = ?, "
                "note = COALESCE(?, note), last_error = NULL WHERE id = ? AND state = 'held'",
                (now, now, actor, note, ref),
            )
            if cursor.rowcount != 1:
                raise Conflict(self._state_problem(ref, row, "vrij te geven"))
            uid = secrets.token_hex(12)
            text = (message or "").strip()
            sealed = self.sealer.seal(text.encode(), f"outbox:{uid}:data".encode()) if text else None
            conn.execute(
                "INSERT INTO outbox (uid, kind, ref, mail_from, rcpt_tos, data, state, created_at, next_attempt_at) "
                "VALUES (?, 'release', ?, '', '[]', ?, 'pending', ?, ?)",
                (uid, ref, sealed, now, now),
            )
            self._audit(conn, actor, via, "release", ref, _with_message_mark(note, text), now)
        self._wake()
        return self.get_message(ref)

    def reject(
        self,
        ref: str,
        *,
        actor: str,
        via: str = "cli",
        note: str | None = None,
        notify_sender: bool = False,
        policy: Policy | None = None,
        message: str | None = None,
    ) -> HeldMessage:
        """Refuse a held message for good: state 'rejected', the body is wiped; with
        ``notify_sender`` the sender gets a notice (with ``message``, never the register's
        ``note``) through the outbox."""
        ref = normalize_ref(ref)
        now = self._clock()
        if notify_sender and policy is None:
            raise ValueError("notify_sender needs the policy")
        with self._tx() as conn:
            row = conn.execute("SELECT state, decided_at, decided_by FROM messages WHERE id = ?", (ref,)).fetchone()
            if row is None:
                raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
            if row[0] != "held":
                raise Conflict(self._state_problem(ref, row, "te weigeren"))
            current = self._message_from_row(
                conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
            )
            conn.execute(
                "UPDATE messages SET state = 'rejected', updated_at = ?, decided_at = ?, decided_by = ?, "
                "note = COALESCE(?, note) WHERE id = ? AND state = 'held'",
                (now, now, actor, note, ref),
            )
            conn.execute("DELETE FROM bodies WHERE id = ?", (ref,))
            sent = told = ""
            if notify_sender and policy is not None:
                notice = notify.sender_notice(
                    "rejected",
                    policy=policy,
                    ref=ref,
                    at=current.received_at,
                    made_at=now,
                    sender=current.sender,
                    recipients=len(current.rcpt_tos),
                    findings=[f for f in current.findings if f.rule in current.held_by and f.severity.rank > 0]
                    or current.findings,
                    rules=current.held_by,
                    message=message or "",
                )
                if notice is not None:
                    self._enqueue(conn, notice, ref, now)
                    sent = " (afzender verwittigd)"
                    told = message or ""
                else:
                    sent = " (afzender niet verwittigd: geen schooladres)"
            self._audit(conn, actor, via, "reject", ref, (_with_message_mark(note, told) or "") + sent, now)
        self._wake()
        return self.get_message(ref)

    def add_note(self, ref: str, *, actor: str, note: str, via: str = "cli") -> HeldMessage:
        ref = normalize_ref(ref)
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute("UPDATE messages SET note = ?, updated_at = ? WHERE id = ?", (note, now, ref))
            if cursor.rowcount != 1:
                raise NotFound(f"onbekende referentie {ref}: geen vastgehouden bericht met dit ID")
            self._audit(conn, actor, via, "note", ref, note, now)
        return self.get_message(ref)

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

    # -- outbox ----------------------------------------------------------------------------------

    def claim_outbox(self, owner: str, *, limit: int = 10, lease_seconds: float = 900.0) -> list[OutboxItem]:
        """Take up to ``limit`` due items for delivery: state 'sending' with a lease for ``owner``.
        Items whose lease ran out (a worker died) are due again. Two workers never get the same
        item while a lease runs."""
        now = self._clock()
        items: list[OutboxItem] = []
        broken: list[tuple[int, str | None]] = []
        with self._tx() as conn:
            rows = conn.execute(
                "SELECT id, uid, kind, ref, mail_from, rcpt_tos, data, created_at, attempts, next_attempt_at "
                "FROM outbox WHERE (state = 'pending' AND next_attempt_at <= ?) "
                "OR (state = 'sending' AND lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?",
                (now, now, limit),
            ).fetchall()
            for item_id, uid, kind, ref, mail_from, rcpt_tos, data, created_at, attempts, next_at in rows:
                plain: bytes | None = None
                if data is not None:
                    try:
                        plain = self.sealer.open(_blob(data), f"outbox:{uid}:data".encode())
                    except crypto.CryptoError:
                        if kind == "release":  # only its message to the sender is lost: deliver it
                            msg = "het bericht aan de afzender kan niet ontsleuteld worden"
                            self._audit(conn, "discretie", "gateway", "release_message_lost", ref, msg, now)
                        else:
                            conn.execute(
                                "UPDATE outbox SET state = 'failed', last_error = ?, done_at = ? WHERE id = ?",
                                ("kan niet ontsleuteld worden (gewijzigd of beschadigd)", now, item_id),
                            )
                            broken.append((item_id, ref))
                            continue
                conn.execute(
                    "UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1 "
                    "WHERE id = ?",
                    (owner, now + lease_seconds, item_id),
                )
                items.append(
                    OutboxItem(
                        id=item_id,
                        uid=uid,
                        kind=kind,
                        ref=ref,
                        mail_from=mail_from,
                        rcpt_tos=tuple(json.loads(rcpt_tos)),
                        data=plain,
                        state="sending",
                        created_at=created_at,
                        attempts=attempts + 1,
                        next_attempt_at=next_at,
                        lease_owner=owner,
                        last_error=None,
                    )
                )
            for item_id, ref in broken:
                self._audit(
                    conn,
                    "discretie",
                    "gateway",
                    "outbox_failed",
                    ref,
                    f"outbox-item {item_id} kan niet ontsleuteld worden",
                    now,
                )
        return items

    def unclaim_outbox(self, item_ids: Sequence[int], owner: str) -> None:
        """Give back claimed items this worker did not start (it is stopping): due again at once."""
        if not item_ids:
            return
        marks = ", ".join("?" for _ in item_ids)
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', lease_owner = NULL, lease_until = NULL, "
                f"attempts = max(attempts - 1, 0) WHERE id IN ({marks}) AND lease_owner = ? AND state = 'sending'",
                [*item_ids, owner],
            )

    def finish_outbox(self, item_id: int, *, reply: str | None = None) -> None:
        """Delivered: state 'sent', the bytes wiped."""
        now = self._clock()
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', done_at = ?, data = NULL, lease_owner = NULL, lease_until = NULL, "
                "last_error = ? WHERE id = ?",
                (now, _scrub(reply), item_id),
            )

    def retry_outbox(self, item_id: int, *, error: str, next_attempt_at: float) -> None:
        error = mask_addresses_in(error)
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?, lease_owner = NULL, "
                "lease_until = NULL WHERE id = ?",
                (error, next_attempt_at, item_id),
            )
            conn.execute(
                "UPDATE messages SET last_error = ? "
                "WHERE id = (SELECT ref FROM outbox WHERE id = ? AND kind = 'release')",
                (error, item_id),
            )

    def retry_outbox_now(self) -> int:
        """Make every item waiting for a retry due now (the upstream is back). Returns how many."""
        now = self._clock()
        with self._tx() as conn:
            count = conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?", (now, now)
            ).rowcount
        return int(count)

    def fail_outbox(self, item_id: int, *, error: str, actor: str = "discretie") -> None:
        """Given up: state 'failed' and an audit entry (the DPO can see what never arrived)."""
        now = self._clock()
        error = mask_addresses_in(error)
        with self._tx() as conn:
            row = conn.execute("SELECT kind, ref, rcpt_tos FROM outbox WHERE id = ?", (item_id,)).fetchone()
            conn.execute(
                "UPDATE outbox SET state = 'failed', last_error = ?, done_at = ?, lease_owner = NULL, "
                "lease_until = NULL WHERE id = ?",
                (error, now, item_id),
            )
            if row is not None:
                kind, ref, rcpts = row
                self._audit(
                    conn,
                    actor,
                    "gateway",
                    "outbox_failed",
                    ref,
                    f"{kind} aan {', '.join(_masked(json.loads(rcpts))) or '-'} niet afgeleverd: {error}",
                    now,
                )

    def outbox_items(self, *, states: Sequence[str] | None = None) -> list[OutboxItem]:
        """For inspection (no bytes)."""
        sql = (
            "SELECT id, uid, kind, ref, mail_from, rcpt_tos, state, created_at, attempts, next_attempt_at, "
            "lease_owner, last_error FROM outbox"
        )
        params: list[Any] = []
        if states:
            sql += f" WHERE state IN ({', '.join('?' for _ in states)})"
            params.extend(states)
        sql += " ORDER BY id"
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            OutboxItem(
                id=r[0],
                uid=r[1],
                kind=r[2],
                ref=r[3],
                mail_from=r[4],
                rcpt_tos=tuple(json.loads(r[5])),
                data=None,
                state=r[6],
                created_at=r[7],
                attempts=r[8],
                next_attempt_at=r[9],
                lease_owner=r[10],
                last_error=r[11],
            )
            for r in rows
        ]

    def outbox_data(self, item_id: int) -> bytes | None:
        """The decrypted bytes of a notification still in the outbox (tests, inspection)."""
        with self._read() as conn:
            row = conn.execute("SELECT uid, data FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None or row[1] is None:
            return None
        try:
            return self.sealer.open(_blob(row[1]), f"outbox:{row[0]}:data".encode())
        except crypto.CryptoError:
            raise StoreError(f"outbox-item {item_id} kan niet ontsleuteld worden") from None

    # -- released messages -----------------------------------------------------------------------

    def load_release(self, ref: str) -> tuple[HeldMessage, bytes]:
        """The message being released and its raw bytes. StoreError when it cannot be read."""
        message = self.get_message(ref)
        with self._read() as conn:
            row = conn.execute("SELECT data FROM bodies WHERE id = ?", (message.id,)).fetchone()
        if row is None or row[0] is None:
            raise StoreError(f"de inhoud van {message.id} is niet meer beschikbaar")
        if not message.readable:
            raise StoreError(f"de ontvangers van {message.id} kunnen niet ontsleuteld worden")
        return message, self._open_body(message.id, _blob(row[0]))

    def release_delivered(
        self,
        item_id: int,
        ref: str,
        *,
        reply: str,
        policy: Policy | None = None,
        actor: str = "discretie",
        message: str = "",
    ) -> None:
        """The upstream took the released message: 'released', body wiped, outbox item done (its
        message to the sender wiped), the sender told (when ``policy`` is given), with the
        reviewer's ``message``."""
        now = self._clock()
        reply = mask_addresses_in(reply)
        with self._tx() as conn:
            row = conn.execute(f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id = ?", (ref,)).fetchone()
            conn.execute(
                "UPDATE messages SET state = 'released', updated_at = ?, delivered_at = ?, upstream_reply = ?, "
                "last_error = NULL WHERE id = ?",
                (now, now, reply, ref),
            )
            conn.execute("DELETE FROM bodies WHERE id = ?", (ref,))
            conn.execute(
                "UPDATE outbox SET state = 'sent', done_at = ?, data = NULL, lease_owner = NULL, lease_until = NULL, "
                "last_error = ? WHERE id = ?",
                (now, reply, item_id),
            )
            self._audit(conn, actor, "gateway", "delivered", ref, f"afgeleverd: {reply}", now)
            if row is not None and policy is not None:
                current = self._message_from_row(row)
                notice = notify.sender_notice(
                    "released",
                    policy=policy,
                    ref=ref,
                    at=current.received_at,
                    made_at=now,
                    sender=current.sender,
                    recipients=len(current.rcpt_tos),
                    findings=(),
                    rules=current.held_by,
                    message=message,
                )
                if notice is not None:
                    self._enqueue(conn, notice, ref, now)
        self._wake()

    def release_back_to_held(
        self,
        item_id: int,
        ref: str,
        *,
        reason: str,
        reply: str | None = None,
        verdict: Verdict | None = None,
        actor: str = "discretie",
    ) -> None:
        """The release did not go through (the upstream refused it for good, or the pipeline now
        holds or rejects it for another rule): back to 'held' with the reason recorded, so the
        DPO can decide again. With ``verdict``, its findings replace the stored ones and its
        decisive rules join ``held_by`` (a next release approves them too)."""
        now = self._clock()
        reason, reply = mask_addresses_in(reason), _scrub(reply)
        with self._tx() as conn:
            row = conn.execute("SELECT held_by, rules FROM messages WHERE id = ?", (ref,)).fetchone()
            if row is not None:
                params: list[Any] = [now, reason, reply]
                sql = "UPDATE messages SET state = 'held', updated_at = ?, last_error = ?, upstream_reply = ?"
                if verdict is not None:
                    held_by = list(dict.fromkeys([*json.loads(row[0]), *verdict.decisive]))
                    rules = list(dict.fromkeys([*json.loads(row[1]), *(f.rule for f in verdict.notable)]))
                    sql += ", held_by = ?, rules = ?, verdict = ?"
                    params += [json.dumps(held_by), json.dumps(rules), _verdict_json(verdict)]
                conn.execute(sql + " WHERE id = ? AND state = 'releasing'", [*params, ref])
            conn.execute(
                "UPDATE outbox SET state = 'cancelled', done_at = ?, data = NULL, lease_owner = NULL, "
                "lease_until = NULL, last_error = ? WHERE id = ?",
                (now, reason, item_id),
            )
            self._audit(conn, actor, "gateway", "release_failed", ref, reason, now)

    # -- retention -------------------------------------------------------------------------------

    def purge(
        self,
        older_than_days: float | None = None,
        incidents_older_than_days: float | None = None,
        *,
        audit_older_than_days: float | None = None,
        actor: str = "discretie",
        via: str = "gateway",
    ) -> PurgeResult:
        """Delete messages received more than ``older_than_days`` ago (any state but
        'releasing': a message on its way out is never cut off), finished outbox items of that
        age, incidents older than ``incidents_older_than_days`` and audit entries older than
        ``audit_older_than_days``; always expired sign-in sessions and lock-out counters older
        than a day. Written to the audit log."""
        now = self._clock()
        per_state: dict[str, int] = {}
        incidents = outbox = audit = 0
        with self._tx() as conn:
            conn.execute("DELETE FROM web_sessions WHERE expires_at <= ?", (now,))
            conn.execute(
                "DELETE FROM login_failures WHERE first_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                (now - 86400, now),
            )
            if older_than_days is not None:
                cutoff = now - older_than_days * 86400
                for state, n in conn.execute(
                    "SELECT state, count(*) FROM messages "
                    "WHERE received_at < ? AND state != 'releasing' GROUP BY state",
                    (cutoff,),
                ):
                    per_state[state] = n
                conn.execute("DELETE FROM messages WHERE received_at < ? AND state != 'releasing'", (cutoff,))
                outbox = conn.execute(
                    "DELETE FROM outbox WHERE created_at < ? AND state IN ('sent', 'failed', 'cancelled')", (cutoff,)
                ).rowcount
            if incidents_older_than_days is not None:
                cutoff = now - incidents_older_than_days * 86400
                incidents = conn.execute("DELETE FROM incidents WHERE created_at < ?", (cutoff,)).rowcount
            if audit_older_than_days is not None:
                # The delete trigger lets only entries older than this horizon go.
                cutoff = now - audit_older_than_days * 86400
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_purge_before', ?)", (repr(cutoff),)
                )
                audit = conn.execute("DELETE FROM audit WHERE at < ?", (cutoff,)).rowcount
            result = PurgeResult(messages=per_state, incidents=incidents, outbox=outbox, audit=audit)
            if result.total_messages or incidents or outbox or audit or via != "gateway":
                limits = []
                if older_than_days is not None:
                    limits.append(f"berichten ouder dan {older_than_days:g} dagen")
                if incidents_older_than_days is not None:
                    limits.append(f"incidenten ouder dan {incidents_older_than_days:g} dagen")
                if audit_older_than_days is not None:
                    limits.append(f"logboek ouder dan {audit_older_than_days:g} dagen")
                self._audit(conn, actor, via, "purge", None, f"{result.describe()} ({'; '.join(limits)})", now)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_purge_at', ?)", (repr(now),))
        if result.total_messages or result.incidents or result.outbox or result.audit:
            with self._lock, contextlib.suppress(sqlite3.Error):
                self._conn.executescript("PRAGMA incremental_vacuum;")  # runs to the end, unlike execute()
        return result

    def last_purge_at(self) -> float | None:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'last_purge_at'").fetchone()
        return float(row[0]) if row else None

    # -- the web console: queue pages, reviewers, sessions, lock-out, seen marks ----------------

    def queue_page(
        self,
        *,
        states: Sequence[str] | None = None,
        rule: str | None = None,
        text: str | None = None,
        reviewer: str | None = None,
        unseen_only: bool = False,
        offset: int = 0,
        limit: int = 50,
        subject_window: int = 2000,
    ) -> QueuePage:
        """One page of held messages, newest first, without loading the rest.

        ``text`` matches the clear columns (reference, sender, envelope sender, message-id) of
        every message in SQL; the subject and the recipients are encrypted, so they are matched
        only in the newest ``subject_window`` messages that pass the other filters (decrypted
        here, never written anywhere); ``text_complete`` says whether that covered them all."""
        offset, limit = max(int(offset), 0), max(int(limit), 1)
        where: list[str] = []
        params: list[Any] = []
        if states:
            where.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        if rule:
            where.append("EXISTS (SELECT 1 FROM json_each(messages.rules) WHERE json_each.value = ?)")
            params.append(rule)
        if unseen_only and reviewer:
            where.append("NOT EXISTS (SELECT 1 FROM message_seen s WHERE s.id = messages.id AND s.reviewer = ?)")
            params.append(reviewer)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        needle = (text or "").strip().lower()[:200]
        complete = True
        with self._read() as conn:
            counts = {state: 0 for state in STATES}
            for state, n in conn.execute("SELECT state, count(*) FROM messages GROUP BY state"):
                counts[state] = int(n)
            if not needle:
                total = int(conn.execute(f"SELECT count(*) FROM messages{cond}", params).fetchone()[0])
                # ids first (sorting narrow rows), the full rows only for the page
                page_ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM messages{cond} ORDER BY received_at DESC, id LIMIT ? OFFSET ?",
                        [*params, limit, offset],
                    )
                ]
            else:
                pattern = _like(needle)  # LIKE ignores ASCII case: addresses and references match either way
                clear = " AND ".join([*where, ""]) + (
                    "(sender LIKE ? ESCAPE '\\' OR mail_from LIKE ? ESCAPE '\\' "
                    "OR message_id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')"
                )
                hits: dict[str, float] = {
                    ref: at
                    for ref, at in conn.execute(
                        f"SELECT id, received_at FROM messages WHERE {clear}",
                        [*params, pattern, pattern, pattern, pattern],
                    )
                }
                window = conn.execute(
                    f"SELECT id, received_at, private FROM messages{cond} ORDER BY received_at DESC, id LIMIT ?",
                    [*params, subject_window + 1],
                ).fetchall()
                if len(window) > subject_window:
                    complete = False
                    window = window[:subject_window]
                for ref, at, private in window:
                    if ref in hits or private is None:
                        continue
                    try:
                        data = json.loads(self.sealer.open(_blob(private), f"messages:{ref}:private".encode()))
                    except (crypto.CryptoError, ValueError):
                        continue
                    haystack = "\n".join([str(data.get("subject", "")), *map(str, data.get("rcpt_tos", ()))])
                    if needle in haystack.lower():
                        hits[ref] = at
                ordered = sorted(hits.items(), key=lambda item: (-item[1], item[0]))
                total = len(ordered)
                page_ids = [ref for ref, _ in ordered[offset : offset + limit]]
            rows = []
            if page_ids:
                marks = ", ".join("?" for _ in page_ids)
                found = {
                    r[0]: r
                    for r in conn.execute(
                        f"SELECT {self._MESSAGE_COLUMNS} FROM messages WHERE id IN ({marks})", page_ids
                    )
                }
                rows = [found[ref] for ref in page_ids if ref in found]
            ids = [r[0] for r in rows]
            seen: set[str] = set()
            if reviewer and ids:
                marks = ", ".join("?" for _ in ids)
                seen = {
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM message_seen WHERE reviewer = ? AND id IN ({marks})", [reviewer, *ids]
                    )
                }
        return QueuePage(
            items=tuple(self._message_from_row(r) for r in rows),
            total=total,
            offset=offset,
            limit=limit,
            seen=frozenset(seen),
            state_counts=counts,
            text_complete=complete,
        )

    def mark_seen(self, refs: Sequence[str], *, reviewer: str) -> int:
        """Mark messages as seen by ``reviewer`` (unknown references are ignored). Returns how many
        were new."""
        now = self._clock()
        wanted = [normalize_ref(r) for r in refs]
        if not wanted:
            return 0
        added = 0
        with self._tx() as conn:
            for ref in wanted:
                added += conn.execute(
                    "INSERT OR IGNORE INTO message_seen (id, reviewer, at) SELECT id, ?, ? FROM messages WHERE id = ?",
                    (reviewer, now, ref),
                ).rowcount
        return added

    def is_seen(self, ref: str, *, reviewer: str) -> bool:
        with self._read() as conn:
            row = conn.execute(
                "SELECT 1 FROM message_seen WHERE id = ? AND reviewer = ?", (normalize_ref(ref), reviewer)
            ).fetchone()
        return row is not None

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
            where.append("actor LIKE ? ESCAPE '\\'")
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

    # reviewers

    @staticmethod
    def _reviewer_name(name: str) -> str:
        value = name.strip().lower()
        if not value or len(value) > 64 or not all(ch.isalnum() or ch in "._@-" for ch in value):
            raise StoreError(f"ongeldige naam {name!r}: gebruik letters, cijfers en . _ @ - (max. 64 tekens)")
        return value

    def add_reviewer(self, name: str, password_hash: str, *, actor: str, via: str = "cli") -> str:
        """A new web console account. Conflict when the name exists."""
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM reviewers WHERE name = ?", (name,)).fetchone() is not None:
                raise Conflict(f"de reviewer {name} bestaat al (gebruik 'reviewer passwd')")
            conn.execute(
                "INSERT INTO reviewers (name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (name, password_hash, now, now),
            )
            self._audit(conn, actor, via, "reviewer_add", None, f"reviewer {name} aangemaakt", now)
        return name

    def set_reviewer_password(self, name: str, password_hash: str, *, actor: str, via: str = "cli") -> None:
        """A new password: every session of the account ends and its lock-out is lifted."""
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute(
                "UPDATE reviewers SET password_hash = ?, updated_at = ? WHERE name = ?", (password_hash, now, name)
            )
            if cursor.rowcount != 1:
                raise NotFound(f"geen reviewer {name}")
            conn.execute("DELETE FROM web_sessions WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),))
            self._audit(conn, actor, via, "reviewer_passwd", None, f"wachtwoord van {name} gewijzigd", now)

    def rehash_reviewer(self, name: str, password_hash: str) -> None:
        """Store a stronger hash of the same password (after a sign-in); not an audited change."""
        with self._tx() as conn:
            conn.execute("UPDATE reviewers SET password_hash = ? WHERE name = ?", (password_hash, name))

    def remove_reviewer(self, name: str, *, actor: str, via: str = "cli") -> None:
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("DELETE FROM reviewers WHERE name = ?", (name,)).rowcount != 1:
                raise NotFound(f"geen reviewer {name}")
            conn.execute("DELETE FROM web_sessions WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM message_seen WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),))
            self._audit(conn, actor, via, "reviewer_remove", None, f"reviewer {name} verwijderd", now)

    def unlock_reviewer(self, name: str, *, actor: str, via: str = "cli") -> bool:
        """Lift the lock-out of an account. True when it was locked or had failures."""
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM reviewers WHERE name = ?", (name,)).fetchone() is None:
                raise NotFound(f"geen reviewer {name}")
            removed = conn.execute(
                "DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),)
            ).rowcount
            self._audit(conn, actor, via, "reviewer_unlock", None, f"blokkering van {name} opgeheven", now)
        return bool(removed)

    def reviewers(self) -> list[Reviewer]:
        now = self._clock()
        with self._read() as conn:
            rows = conn.execute(
                "SELECT r.name, r.created_at, r.updated_at, r.last_login_at, "
                "(SELECT count(*) FROM web_sessions s WHERE s.reviewer = r.name AND s.expires_at > ?) "
                "FROM reviewers r ORDER BY r.name",
                (now,),
            ).fetchall()
        return [Reviewer(*row) for row in rows]

    def reviewer_hash(self, name: str) -> str | None:
        """The password hash of an account, None when there is no such account."""
        try:
            name = self._reviewer_name(name)
        except StoreError:
            return None
        with self._read() as conn:
            row = conn.execute("SELECT password_hash FROM reviewers WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    # sessions

    def create_session(
        self,
        *,
        token_hash: str,
        reviewer: str,
        csrf: str,
        expires_at: float,
        peer: str | None,
    ) -> None:
        """A signed-in session (and the sign-in in the audit log); expired sessions are dropped."""
        now = self._clock()
        with self._tx() as conn:
            conn.execute("DELETE FROM web_sessions WHERE expires_at <= ?", (now,))
            conn.execute(
                "INSERT INTO web_sessions (token_hash, reviewer, csrf, created_at, last_seen_at, expires_at, peer) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (token_hash, reviewer, csrf, now, now, expires_at, peer),
            )
            conn.execute("UPDATE reviewers SET last_login_at = ? WHERE name = ?", (now, reviewer))
            self._audit(conn, reviewer, "web", "login", None, f"aangemeld vanaf {peer or '?'}", now)

    def get_session(self, token_hash: str) -> WebSession | None:
        """The session, or None when unknown or expired."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT token_hash, reviewer, csrf, created_at, last_seen_at, expires_at, peer, flash "
                "FROM web_sessions WHERE token_hash = ? AND expires_at > ?",
                (token_hash, self._clock()),
            ).fetchone()
        return WebSession(*row) if row else None

    def touch_session(self, token_hash: str, *, expires_at: float) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE web_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
                (self._clock(), expires_at, token_hash),
            )

    def end_session(self, token_hash: str, *, reason: str = "afgemeld") -> None:
        """Sign out (written to the audit log when the session existed)."""
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT reviewer FROM web_sessions WHERE token_hash = ?", (token_hash,)).fetchone()
            conn.execute("DELETE FROM web_sessions WHERE token_hash = ?", (token_hash,))
            if row is not None:
                self._audit(conn, str(row[0]), "web", "logout", None, reason, now)

    def set_flash(self, token_hash: str, text: str | None) -> None:
        """A one-time message for the next page of this session."""
        with self._tx() as conn:
            conn.execute("UPDATE web_sessions SET flash = ? WHERE token_hash = ?", (text, token_hash))

    # lock-out

    def _throttle_key(self, key: str) -> str:
        """A lock-out key (``account:<name>``, ``ip:<address>``) as the store keeps it: the kind
        and a keyed hash of the value. Never the name itself: people type passwords into it."""
        kind, _, value = key.partition(":")
        digest = self.sealer.mac(b"login_failures\x00" + value.encode("utf-8", "replace"))
        return f"{kind}:{digest}"

    def login_locked_until(self, keys: Sequence[str]) -> float | None:
        """The end of the latest lock-out on any of ``keys`` still running, else None."""
        if not keys:
            return None
        keys = [self._throttle_key(k) for k in keys]
        marks = ", ".join("?" for _ in keys)
        with self._read() as conn:
            row = conn.execute(
                f"SELECT max(locked_until) FROM login_failures WHERE key IN ({marks}) AND locked_until > ?",
                [*keys, self._clock()],
            ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def login_failed(self, limits: Sequence[tuple[str, int]], *, window: float, lock_for: float) -> float | None:
        """Count a failed sign-in against each ``(key, limit)``: a key with ``limit`` failures
        within ``window`` seconds is locked for ``lock_for`` seconds. Returns the end of the
        lock-out this failure caused or that still runs, else None."""
        now = self._clock()
        locked: float | None = None
        with self._tx() as conn:
            conn.execute(
                "DELETE FROM login_failures WHERE first_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                (now - window, now),
            )
            for name, limit in limits:
                key = self._throttle_key(name)
                row = conn.execute(
                    "SELECT failures, first_at, locked_until FROM login_failures WHERE key = ?", (key,)
                ).fetchone()
                if row is None or (row[1] < now - window and (row[2] is None or row[2] < now)):
                    failures, first_at = 1, now
                else:
                    failures, first_at = int(row[0]) + 1, float(row[1])
                until = row[2] if row is not None and row[2] is not None and row[2] > now else None
                if failures >= limit and until is None:
                    until = now + lock_for
                    failures, first_at = 0, now
                conn.execute(
                    "INSERT OR REPLACE INTO login_failures (key, failures, first_at, locked_until) VALUES (?, ?, ?, ?)",
                    (key, failures, first_at, until),
                )
                if until is not None:
                    locked = max(locked or 0.0, float(until))
        return locked

    def login_succeeded(self, keys: Sequence[str]) -> None:
        if not keys:
            return
        keys = [self._throttle_key(k) for k in keys]
        marks = ", ".join("?" for _ in keys)
        with self._tx() as conn:
            conn.execute(f"DELETE FROM login_failures WHERE key IN ({marks}) AND locked_until IS NULL", list(keys))

    # -- the school's pupil list (discretie.roster): keyed hashes only -----------------------

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
                "INSERT OR REPLACE INTO roster (school, imported_at, counts, key_id, data) VALUES (?, ?, ?, ?, ?)",
                (school, now, json.dumps(counts, sort_keys=True), key_id, data),
            )
            conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_generation'")
            note = f"{counts.get('pupils', 0)} leerlingen"
            self._audit(conn, actor, via, "roster_import", school, note, now)

    def roster_remove(self, school: str, *, actor: str, via: str = "cli") -> bool:
        with self._tx() as conn:
            gone = conn.execute("DELETE FROM roster WHERE school = ?", (school,)).rowcount
            if gone:
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_generation'")
                self._audit(conn, actor, via, "roster_remove", school, None, self._clock())
        return bool(gone)
