"""What every part of the store shares: opening a back-end, the key, transactions, the
outbox's wake-up, audit rows, outbox rows and reference numbers.

Encryption at rest (AES-256-GCM, :mod:`discretie.crypto`): the raw message, its subject and its
envelope recipients, and the notification mails waiting in the outbox. The key lives in
``<db>.key`` (mode 0600) unless the policy names a file; a check value in ``meta`` tells a wrong
key from a damaged row.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import stat
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Self

import structlog

from discretie import crypto, notify
from discretie.policy import Store as StoreConfig
from discretie.store.db import Conn, Database, is_url
from discretie.store.errors import StoreError
from discretie.store.records import STATES, generate_ref
from discretie.store.sqlite import SqliteDatabase

log = structlog.get_logger("discretie.store")

_KEY_CHECK = b"discretie store key check v1"
_KEY_CHECK_AAD = b"meta:key_check"


class StoreBase:
    """The parts of :class:`~discretie.store.Store` every topic module uses."""

    def __init__(self, db: Database, path: Path | str, key_path: Path, clock: Callable[[], float]):
        self._db = db
        self.path = path  # the file, or the PostgreSQL URL without its password
        self.key_path = key_path
        self._clock = clock
        self._lock = threading.RLock()
        self._sealer: crypto.Sealer | None = None
        self.extra_key_paths: tuple[Path, ...] = ()  # keys also accepted for reading (a rotation)
        self._listeners: list[Callable[[], None]] = []

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        key_file: str | Path | None = None,
        *,
        create: bool = True,
        clock: Callable[[], float] = time.time,
        password: str | None = None,
        password_file: str | Path | None = None,
        extra_key_files: Sequence[str | Path] = (),
    ) -> Self:
        """Open (and with ``create``, create) the store at ``path``: a SQLite file, or a
        ``postgresql://`` URL (its password ``password``, else from ``password_file`` or the
        environment). The key is ``key_file`` or ``<path>.key``, created with mode 0600 when the
        store has none yet; a PostgreSQL store needs a ``key_file``, the same on every instance."""
        database: Database
        if is_url(path):
            from discretie.store.postgres import PostgresDatabase, read_password, safe_url

            url = str(path)
            if not key_file:
                raise StoreError(
                    f"de opslag {safe_url(url)} staat op PostgreSQL: zet store.key_file (hetzelfde "
                    "sleutelbestand op elke instantie)"
                )
            key_path = Path(key_file)
            database = PostgresDatabase.open(url, password=password or read_password(password_file))
            location: Path | str = database.label
        else:
            db = Path(path)
            key_path = Path(key_file) if key_file else db.with_name(db.name + ".key")
            database = SqliteDatabase.open(db, create=create)
            location = db
        store = cls(database, location, key_path, clock)
        store.extra_key_paths = tuple(Path(p) for p in extra_key_files)
        try:
            store._setup_key()
        except BaseException:
            database.close()
            raise
        return store

    @classmethod
    def open_configured(cls, config: StoreConfig, *, location: str | None = None, create: bool = True) -> Self:
        """Open the store the policy's ``store`` section names (``location``, e.g. from ``--store``,
        instead of its file or URL)."""
        return cls.open(
            location or config.location,
            config.key_file,
            create=create,
            password_file=config.password_file,
            extra_key_files=config.extra_key_files,
        )

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
            extras = self._extra_keys()
            if row is not None and key is not None:
                sealer = crypto.Sealer(key, extras)
                try:
                    # The check is sealed with this key, or (a rotation under way) with an extra one.
                    sealer.open(bytes.fromhex(row[0]), _KEY_CHECK_AAD)
                except (crypto.CryptoError, ValueError):
                    raise StoreError(
                        f"het sleutelbestand {self.key_path} hoort niet bij de opslag {self.path} "
                        "(verkeerde sleutel): zet de juiste sleutel terug uit de back-up"
                    ) from None
                self._sealer = sealer
                return
            if (
                row is not None
                and key is None
                and (self._db.dialect.name != "sqlite" or self._has_encrypted_rows(conn))
            ):
                # Several instances share a PostgreSQL store: a new key on one would lock out the others.
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
            sealer = crypto.Sealer(key, extras)
            self._set_meta(conn, "key_check", sealer.seal(_KEY_CHECK, _KEY_CHECK_AAD).hex())
            self._set_meta(conn, "key_id", sealer.key_id)
            self._sealer = sealer

    def _extra_keys(self) -> list[bytes]:
        keys = []
        for path in self.extra_key_paths:
            try:
                keys.append(crypto.read_key(path))
            except FileNotFoundError:
                raise StoreError(f"het sleutelbestand {path} (store.extra_key_files) bestaat niet") from None
            except crypto.CryptoError as exc:
                raise StoreError(str(exc)) from None
        return keys

    def _write_key_check(self, conn: Conn) -> None:
        """The key check for this store's own key (a finished rotation)."""
        self._set_meta(conn, "key_check", self.sealer.seal(_KEY_CHECK, _KEY_CHECK_AAD).hex())
        self._set_meta(conn, "key_id", self.sealer.key_id)

    def _warn_key_mode(self) -> None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(self.key_path.stat().st_mode)
            if mode & 0o077:
                log.warning("key_file_mode", path=str(self.key_path), mode=oct(mode), hint="chmod 600")

    @staticmethod
    def _has_encrypted_rows(conn: Conn) -> bool:
        return (
            conn.execute(
                "SELECT 1 FROM bodies UNION ALL SELECT 1 FROM messages WHERE private IS NOT NULL "
                "UNION ALL SELECT 1 FROM outbox WHERE data IS NOT NULL UNION ALL SELECT 1 FROM exceptions LIMIT 1"
            ).fetchone()
            is not None
        )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    def _tx(self, timeout: float | None = None) -> contextlib.AbstractContextManager[Conn]:
        """A write transaction; database errors become StoreError; ``timeout``: seconds to wait
        for a PostgreSQL connection (default: the pool's)."""
        return self._db.tx(timeout)

    def _read(self, timeout: float | None = None) -> contextlib.AbstractContextManager[Conn]:
        """A read transaction: one consistent snapshot; ``timeout`` as for :meth:`_tx`."""
        return self._db.read(timeout)

    def _statement(self, timeout: float | None = None) -> contextlib.AbstractContextManager[Conn]:
        """For one read-only statement (its own snapshot); ``timeout`` as for :meth:`_tx`."""
        return self._db.statement(timeout)

    @property
    def sealer(self) -> crypto.Sealer:
        assert self._sealer is not None
        return self._sealer

    def now(self) -> float:
        return self._clock()

    @property
    def writers(self) -> int:
        """Write transactions that can usefully run at once: 1 on SQLite (one writer), the
        connection pool's size on PostgreSQL."""
        return self._db.writers

    @property
    def remote(self) -> bool:
        """Every read is a round trip to a server (PostgreSQL); False for the SQLite file, which
        answers in the calling thread (``sender_history_now``)."""
        return self._db.dialect.name != "sqlite"

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

    def _lock_for(self, conn: Conn, name: str) -> None:
        """Wait for the store-wide lock ``name`` (every instance), held until the transaction ends."""
        if self._db.dialect.lock:
            conn.execute(self._db.dialect.lock, (f"discretie:{name}",))

    def _try_lock_for(self, conn: Conn, name: str) -> bool:
        """Take the store-wide lock ``name`` if no other instance has it; False when one has."""
        if not self._db.dialect.try_lock:
            return True
        return bool(conn.execute(self._db.dialect.try_lock, (f"discretie:{name}",)).fetchone()[0])

    @staticmethod
    def _set_meta(conn: Conn, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @staticmethod
    def _audit(conn: Conn, actor: str, via: str, action: str, target: str | None, note: str | None, at: float) -> None:
        conn.execute(
            "INSERT INTO audit (at, actor, via, action, target, note) VALUES (?, ?, ?, ?, ?, ?)",
            (at, actor, via, action, target, note),
        )

    def _enqueue(self, conn: Conn, note: notify.Notification, ref: str, now: float) -> None:
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

    def _ref_taken(self, conn: Conn, ref: str) -> bool:
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

    # -- health ---------------------------------------------------------------------------

    def ping(self, timeout: float = 3.0) -> None:
        """Raise StoreError when the store cannot be written (readiness probe): a gateway that
        could not hold a message is not ready. Writes one row (``meta.last_ping_at``); waits at
        most ``timeout`` seconds for a PostgreSQL connection."""
        with self._db.tx(timeout=timeout) as conn:
            self._set_meta(conn, "last_ping_at", repr(self._clock()))

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
