"""The store: durable, encrypted at rest, exactly-once release, clear errors, retention, audit."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from discretie import crypto
from discretie.message import parse
from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.policy import Policy, load_policy
from discretie.store import (
    SCHEMA_VERSION,
    BreachText,
    Conflict,
    IncidentStats,
    NotFound,
    Store,
    StoreError,
    normalize_ref,
)
from discretie.store import postgres as pg_backend
from tests.helpers import free_port
from tests.pg import PostgresServer

REPO = Path(__file__).resolve().parents[1]
SECRET_MARK = "Zorgdossier-Xq7vW2"  # appears in the body only: must never be found in clear on disk
SENDER = "jan.peeters@spc.ksleuven.be"
PARENT = "ouder.janssens@gmail.com"
COLLEAGUE = "an.claes@spc.ksleuven.be"


class Clock:
    """A settable clock for retention and backoff tests."""

    def __init__(self, now: float = 1_750_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def sample_raw(subject: str = "Verslag CLB", body: str = "", to: str = PARENT) -> bytes:
    body = body or f"Beste ouder,\r\n\r\nHet {SECRET_MARK} van Emma: zij volgt therapie.\r\n"
    return (
        f"From: Jan Peeters <{SENDER}>\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <verslag-1@spc.ksleuven.be>\r\n"
        "Date: Mon, 03 Mar 2025 10:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{body}"
    ).encode()


def sensitive_finding() -> Finding:
    return Finding(
        rule="sensitive",
        category="medical",
        severity=Severity.HIGH,
        reason="Medische informatie over een leerling.",
        evidence=("…zij volgt [therapie]…",),
    )


def hold_verdict() -> Verdict:
    return Verdict(
        action=Action.HOLD, findings=(sensitive_finding(),), would_action=Action.HOLD, decisive=("sensitive",)
    )


def parsed(raw: bytes, rcpts: tuple[str, ...] = (PARENT, COLLEAGUE), sender: str = SENDER) -> Message:
    return parse(raw, sender, rcpts)


def hold_one(store: Store, policy: Policy, raw: bytes | None = None, **kw: object) -> str:
    raw = raw or sample_raw(**kw)  # type: ignore[arg-type]
    return store.hold(raw=raw, message=parsed(raw), verdict=hold_verdict(), policy=policy, peer="127.0.0.1:40000")


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(None)


@dataclass
class Target:
    """One store for one test, on either back-end: ``open`` as Discretie does, ``sql`` as someone
    with access to the database but not to Discretie would (tampering, inspection)."""

    kind: str  # "sqlite" | "postgresql"
    location: str  # the file, or the URL (with the test server's password)
    key: Path
    server: PostgresServer | None = None
    database: str = ""

    @property
    def path(self) -> Path:
        assert self.kind == "sqlite"
        return Path(self.location)

    def open(self, **kw: Any) -> Store:
        return Store.open(self.location, self.key, **kw)

    def open_code(self, create: bool = True) -> str:
        """Python source that opens this store (for tests in a child process)."""
        return f"Store.open({self.location!r}, {str(self.key)!r}, create={create!r})"

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement (``?`` placeholders) outside Discretie, committed; its rows."""
        if self.kind == "sqlite":
            with contextlib.closing(sqlite3.connect(self.location)) as conn:
                rows = conn.execute(statement, params).fetchall()
                conn.commit()
                return rows
        with psycopg.connect(self.location, autocommit=True) as conn:
            cursor = conn.execute(pg_backend._translate(statement), params)
            return cursor.fetchall() if cursor.description else []

    @contextlib.contextmanager
    def row_locked(
        self, table: str, ref: str, *, waiters: int, start: list[threading.Thread], first: str = ""
    ) -> Iterator[None]:
        """Hold the write lock on one row (SQLite: on the whole file) from outside Discretie, start
        ``start`` and wait until ``waiters`` transactions wait for it; it is freed on leaving.
        ``first``: the statement that takes the lock instead (committed on leaving)."""
        if self.kind == "sqlite":
            with contextlib.closing(sqlite3.connect(self.location, isolation_level=None)) as conn:
                conn.execute("BEGIN IMMEDIATE")
                if first:
                    conn.execute(first)
                for t in start:
                    t.start()
                time.sleep(0.5)  # they wait in busy_timeout (15 s)
                yield
                conn.execute("COMMIT")
            return
        with psycopg.connect(self.location) as conn, psycopg.connect(self.location, autocommit=True) as watch:
            conn.execute(first or f"UPDATE {table} SET id = id WHERE id = %s", () if first else (ref,))
            for t in start:
                t.start()
            deadline = time.monotonic() + 20
            while watch.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0] < waiters:  # type: ignore[index]
                assert time.monotonic() < deadline, "the transactions never waited for the row"
                time.sleep(0.01)
            yield
            conn.commit()

    def schema_version(self) -> int:
        table = "pragma_user_version" if self.kind == "sqlite" else "schema_version"
        column = "user_version" if self.kind == "sqlite" else "version"
        return int(self.sql(f"SELECT {column} FROM {table}")[0][0])

    def set_schema_version(self, version: int) -> None:
        if self.kind == "sqlite":
            self.sql(f"PRAGMA user_version = {int(version)}")
        else:
            self.sql("UPDATE schema_version SET version = ?", (version,))

    @property
    def current_version(self) -> int:
        return SCHEMA_VERSION if self.kind == "sqlite" else pg_backend.SCHEMA_VERSION

    def stored_bytes(self) -> bytes:
        """Every byte the database keeps on disk: the SQLite file and its WAL, or the
        PostgreSQL data directory (tables, WAL) after a checkpoint."""
        if self.kind == "sqlite":
            return b"".join(p.read_bytes() for p in files_of(self.path))
        assert self.server is not None
        self.sql("CHECKPOINT")
        return b"".join(p.read_bytes() for p in sorted(self.server.data.rglob("*")) if p.is_file())


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    """The store of one test: a SQLite file, or a database of its own on the session's server."""
    if request.param == "sqlite":
        yield Target("sqlite", str(tmp_path / "store.db"), tmp_path / "store.db.key")
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield Target("postgresql", server.url_for(name), tmp_path / "store.key", server, name)
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def store(target: Target) -> Iterator[Store]:
    s = target.open()
    yield s
    s.close()


def files_of(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name) and not p.name.endswith(".key")]


# -- opening, schema, key ------------------------------------------------------------------------


def test_open_creates_wal_store_with_schema_and_private_key(target: Target, store: Store) -> None:
    """A new store is at the current schema version (SQLite: in WAL mode); its key file is mode 0600."""
    if target.kind == "sqlite":
        conn = sqlite3.connect(target.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
    assert target.schema_version() == target.current_version
    assert stat.S_IMODE(target.key.stat().st_mode) == 0o600
    assert len(crypto.read_key(target.key)) == 32


def test_key_file_can_be_named(target: Target, tmp_path: Path, policy: Policy) -> None:
    """A key_file from the policy is used (SQLite: instead of <db>.key); a PostgreSQL store has no
    file to put one beside, so it needs one."""
    key = tmp_path / "secrets" / "discretie.key"
    key.parent.mkdir()
    with Store.open(target.location, key) as s:
        ref = hold_one(s, policy)
    assert key.exists() and not target.key.exists()
    with Store.open(target.location, key) as s:
        assert s.message_body(ref) == sample_raw()
    if target.kind == "postgresql":
        with pytest.raises(StoreError, match=r"zet store\.key_file"):
            Store.open(target.location)


def test_hold_is_durable_across_close_and_reopen(target: Target, policy: Policy) -> None:
    """Held message, its incident and its notifications are all there after a reopen."""
    with target.open() as s:
        ref = hold_one(s, policy)
    with target.open() as s:
        held = s.get_message(ref)
        assert held.state == "held"
        assert held.sender == SENDER
        assert held.subject == "Verslag CLB"
        assert held.rcpt_tos == (PARENT, COLLEAGUE)
        assert (held.rcpt_internal, held.rcpt_external) == (1, 1)
        assert held.held_by == ("sensitive",)
        assert held.findings == (sensitive_finding(),)
        assert s.message_body(ref) == sample_raw()
        incident = s.get_incident(ref)
        assert incident.rules == ("sensitive",) and incident.categories == ("medical",)
        assert incident.severity == "high" and incident.action == "hold" and incident.held
        assert incident.message_state == "held"
        kinds = sorted(i.kind for i in s.outbox_items())
        assert kinds == ["dpo_report", "notice_held"]


def test_hold_survives_sigkill_right_after_it_returned(target: Target) -> None:
    """A process killed with SIGKILL right after hold() returned leaves message and incident intact."""
    code = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.test_store import hold_one
        from discretie.policy import load_policy
        from discretie.store import Store
        store = {target.open_code()}
        ref = hold_one(store, load_policy(None))
        sys.stdout.write(ref + "\\n"); sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    ref = proc.stdout.strip().splitlines()[-1]  # after what the store logged (a migration)
    with target.open() as s:
        assert s.get_message(ref).state == "held"
        assert s.message_body(ref) == sample_raw()
        assert s.get_incident(ref).rules == ("sensitive",)
        assert len(s.outbox_items(states=["pending"])) == 2


def test_raw_bytes_subject_and_recipients_are_not_on_disk_in_clear(target: Target, policy: Policy) -> None:
    """The body, the subject and the recipients are encrypted before they reach the database: not
    in its files, its WAL (SQLite) or the server's data directory (PostgreSQL)."""
    subject = "Onderwerp-Geheim-K9"
    s = target.open()
    hold_one(s, policy, subject=subject)
    for_open = target.stored_bytes()
    s.close()
    after_close = target.stored_bytes()
    for blob in (for_open, after_close):
        assert SECRET_MARK.encode() not in blob
        assert subject.encode() not in blob
        assert PARENT.encode() not in blob
        assert b"therapie." not in blob
    assert SENDER.encode() in after_close  # the sender is metadata kept in clear


def _tamper(target: Target, column: str, ref: str) -> None:
    """Flip one bit in the middle of an encrypted column (``body`` or ``private``)."""
    table, col = ("bodies", "data") if column == "body" else ("messages", column)
    blob = bytearray(target.sql(f"SELECT {col} FROM {table} WHERE id = ?", (ref,))[0][0])
    blob[len(blob) // 2] ^= 0x01
    target.sql(f"UPDATE {table} SET {col} = ? WHERE id = ?", (bytes(blob), ref))


def test_tampered_body_is_a_store_error(target: Target, policy: Policy) -> None:
    """One flipped bit in the ciphertext: reading the body raises StoreError naming the message."""
    with target.open() as s:
        ref = hold_one(s, policy)
    _tamper(target, "body", ref)
    with target.open() as s, pytest.raises(StoreError, match=f"{ref} kan niet ontsleuteld worden"):
        s.message_body(ref)


# What someone could write over the ciphertext: text, a short blob, non-ASCII text (in PostgreSQL's
# bytea column, as bytes).
REPLACEMENTS = {
    "sqlite": ["'plain text'", "x'00ff'", "'caf' || char(233)"],
    "postgresql": ["'plain text'::bytea", "'\\x00ff'::bytea", "convert_to('café', 'UTF8')"],
}


@pytest.mark.parametrize("which", [0, 1, 2])
def test_body_replaced_outside_discretie_is_a_store_error(target: Target, policy: Policy, which: int) -> None:
    """Whatever was written over the ciphertext (text, short blob): StoreError, no crash."""
    with target.open() as s:
        ref = hold_one(s, policy)
    target.sql(f"UPDATE bodies SET data = {REPLACEMENTS[target.kind][which]} WHERE id = ?", (ref,))
    with target.open() as s, pytest.raises(StoreError, match=ref):
        s.message_body(ref)


def test_tampered_subject_keeps_the_list_working(target: Target, policy: Policy) -> None:
    """A damaged row does not break listing; it is marked unreadable and cannot be released out."""
    with target.open() as s:
        bad, good = hold_one(s, policy), hold_one(s, policy)
    _tamper(target, "private", bad)
    with target.open() as s:
        rows = {m.id: m for m in s.list_messages()}
        assert not rows[bad].readable and "onleesbaar" in rows[bad].subject
        assert rows[good].readable and rows[good].subject == "Verslag CLB"
        with pytest.raises(StoreError, match="ontvangers"):
            s.load_release(bad)


def test_ciphertext_moved_to_another_row_does_not_decrypt(target: Target, policy: Policy) -> None:
    """Ciphertexts are bound to their row: copying A's body over B's is detected."""
    with target.open() as s:
        a, b = hold_one(s, policy), hold_one(s, policy, subject="Ander")
    target.sql("UPDATE bodies SET data = (SELECT data FROM bodies WHERE id = ?) WHERE id = ?", (a, b))
    with target.open() as s:
        assert s.message_body(a) == sample_raw()
        with pytest.raises(StoreError):
            s.message_body(b)


def test_wrong_key_is_refused_at_open(target: Target, policy: Policy) -> None:
    """Another key than the store was made with: StoreError at open, not garbage later."""
    with target.open() as s:
        hold_one(s, policy)
    target.key.write_text(crypto.encode_key(crypto.generate_key()))
    with pytest.raises(StoreError, match="verkeerde sleutel"):
        target.open()


def test_missing_key_with_encrypted_rows_is_refused(target: Target, policy: Policy) -> None:
    """A lost key while held messages exist: a clear error, and no new key is made over it."""
    with target.open() as s:
        hold_one(s, policy)
    target.key.unlink()
    with pytest.raises(StoreError, match="ontbreekt"):
        target.open()
    assert not target.key.exists()


def test_missing_key_without_encrypted_rows_gets_a_new_key(target: Target) -> None:
    """An empty SQLite store whose key was lost simply gets a new key (and an audit entry). A
    PostgreSQL store never does: another instance may be using the key this one lost."""
    target.open().close()
    target.key.unlink()
    if target.kind == "postgresql":
        with pytest.raises(StoreError, match="ontbreekt"):
            target.open()
        assert not target.key.exists()
        return
    with target.open() as s:
        assert [e.action for e in s.audit_entries()] == ["key_created"]


def test_rotate_key_while_serving(target: Target, tmp_path: Path, policy: Policy) -> None:
    """A key rotation: the new key first read-only beside the old, then the store's key with the
    old one beside it; rotate_key seals every body, subject and mail again with it while another
    connection keeps holding; afterwards the new key alone opens everything and the old one is
    refused."""
    from discretie.store.rotate import rotate_key

    old, new = target.key, tmp_path / "new.key"
    with target.open() as s:
        refs = [hold_one(s, policy, subject=f"Oud {i}") for i in range(3)]
        s.release(refs[0], actor="dpo", message="Bericht aan de afzender")
        s.reject(refs[1], actor="dpo", notify_sender=True, policy=policy)
        s.sender_act(refs[2], "release", justification="De ouders vroegen het zelf.")
        granted = s.add_exception(
            rule="sensitive", sender=SENDER, recipients=[PARENT], days=30, reason="afspraak", actor="dpo"
        ).id
    crypto.create_key_file(new)
    with Store.open(target.location, old, extra_key_files=[new]) as s:  # step 1: reads both, seals with old
        assert s.message_body(refs[2]) == sample_raw(subject="Oud 2")
    serving = Store.open(target.location, new, extra_key_files=[old])  # step 2: seals with new
    rotating = Store.open(target.location, new, extra_key_files=[old])
    fresh: list[str] = []
    holding = threading.Thread(target=lambda: fresh.extend(hold_one(serving, policy) for _ in range(5)))
    holding.start()
    rotated = {r.table: r for r in rotate_key(rotating, batch=2)}
    holding.join(60)
    rotating.close()
    serving.close()
    assert rotated["bodies"].resealed == 2 and rotated["messages"].resealed == 3  # rejected: body wiped
    assert rotated["outbox"].resealed == 8  # 3 DPO reports, 3 notices held, 1 notice rejected, the release's message
    assert rotated["exceptions"].resealed == 1 and rotated["sender_requests"].resealed == 1
    assert all(r.unreadable == 0 for r in rotated.values())
    with Store.open(target.location, new) as s:  # step 4: the old key is gone
        assert s.get_exception(granted).recipients == (PARENT,)
        assert s.sender_request(refs[2]).justification == "De ouders vroegen het zelf."  # type: ignore[union-attr]
        assert all(m.readable for m in s.list_messages())
        assert s.message_body(refs[0]) == sample_raw(subject="Oud 0")
        assert s.message_body(refs[2]) == sample_raw(subject="Oud 2")
        assert all(s.message_body(ref) == sample_raw() for ref in fresh)
        assert all(s.outbox_data(i.id) is not None for i in s.outbox_items() if i.kind != "release")
        [release] = [i for i in s.claim_outbox("w", limit=100) if i.kind == "release"]
        assert release.data == b"Bericht aan de afzender"
    with pytest.raises(StoreError, match="verkeerde sleutel"):
        Store.open(target.location, old)


def test_garbage_key_file_is_a_store_error(target: Target) -> None:
    target.key.write_text("not a key\n")
    with pytest.raises(StoreError, match="geen geldige Discretie-sleutel"):
        target.open()


def test_missing_directory_is_a_store_error(target: Target, tmp_path: Path) -> None:
    """SQLite: the store's folder is missing. PostgreSQL: no server answers at the URL's address;
    the error names the store without its password."""
    if target.kind == "sqlite":
        with pytest.raises(StoreError, match="bestaat niet"):
            Store.open(tmp_path / "nope" / "store.db")
        return
    assert target.server is not None
    url = target.location.replace(f":{target.server.port}/", f":{free_port()}/")
    with pytest.raises(StoreError, match="niet bereikbaar") as caught:
        Store.open(url, target.key)
    assert target.server.password not in str(caught.value)
    assert "postgresql://discretie@127.0.0.1:" in str(caught.value)


def test_open_without_create_refuses_a_missing_store(target: Target, tmp_path: Path) -> None:
    """The review CLI never creates an empty store by accident (SQLite); a database that does not
    exist is a clear error (PostgreSQL: Discretie never creates databases)."""
    if target.kind == "sqlite":
        with pytest.raises(StoreError, match="bestaat niet"):
            Store.open(tmp_path / "store.db", create=False)
        assert not (tmp_path / "store.db").exists()
        return
    with pytest.raises(StoreError, match="bestaat niet"):
        Store.open(target.location.replace(target.database, "geen_db"), target.key, create=False)


def test_a_file_that_is_not_a_store_is_refused(target: Target, tmp_path: Path) -> None:
    """SQLite: a file that is not a store. PostgreSQL: a wrong password (from the environment):
    refused with a clear error that does not repeat it."""
    if target.kind == "sqlite":
        path = tmp_path / "store.db"
        path.write_bytes(b"this is not sqlite" * 100)
        with pytest.raises(StoreError, match="geen geldige Discretie-opslag"):
            Store.open(path)
        return
    assert target.server is not None
    url = target.location.replace(f":{target.server.password}@", "@")
    with pytest.raises(StoreError, match="weigert de aanmelding") as caught:
        Store.open(url, target.key, password="Fout-Wachtwoord-77")
    assert "Fout-Wachtwoord-77" not in str(caught.value)
    secret = tmp_path / "pw"
    secret.write_text(target.server.password + "\n")
    with Store.open(url, target.key, password_file=secret) as s:  # the right one, from a file
        s.ping()


def test_newer_schema_is_refused(target: Target) -> None:
    target.open().close()
    target.set_schema_version(target.current_version + 5)
    with pytest.raises(StoreError, match="nieuwere Discretie"):
        target.open()


def test_two_processes_creating_one_store_share_one_key(target: Target) -> None:
    """Concurrent first opens (and, on PostgreSQL, migrations): one key file, one schema, both
    stores can read each other's rows."""
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.test_store import hold_one
        from discretie.policy import load_policy
        from discretie.store import Store
        s = {target.open_code()}
        print(hold_one(s, load_policy(None)))
        s.close()
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(4)]
    refs = [p.communicate(timeout=60)[0].strip().splitlines()[-1] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    with target.open() as s:
        for ref in refs:
            assert s.message_body(ref) == sample_raw()
    assert target.schema_version() == target.current_version


# -- faults of the file system ---------------------------------------------------------------------


def _in_private_mount(script: str, tmp_path: Path, mount: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (python) where ``tmp_path/mnt`` is ``mount`` in a private mount namespace."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    mnt = tmp_path / "mnt"
    mnt.mkdir(exist_ok=True)
    code = tmp_path / "script.py"
    code.write_text(f"import sys\nsys.path.insert(0, {str(REPO)!r})\n" + textwrap.dedent(script))
    shell = f"{mount} && exec {sys.executable} {code}"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no permission for a private mount namespace")
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def test_a_read_is_one_read_only_snapshot_and_a_write_takes_the_defaults(target: Target) -> None:
    """On PostgreSQL a read transaction is REPEATABLE READ and READ ONLY, said with its BEGIN (no
    statement of its own: one round trip less); a single statement runs without a transaction
    around it (autocommit: no BEGIN and COMMIT round trips); a write on the same pooled connection
    right after either is a transaction again, with the database's defaults (READ COMMITTED,
    read-write), and a write that fails leaves nothing behind."""
    if target.kind != "postgresql":
        return  # SQLite: one writer, every transaction serializable
    with target.open() as s:
        for _ in range(2):
            with s._db.read() as conn:
                assert conn.execute("SHOW transaction_isolation").fetchone() == ("repeatable read",)
                assert conn.execute("SHOW transaction_read_only").fetchone() == ("on",)
            with s._db.statement() as conn:
                assert conn.raw.autocommit is True  # type: ignore[attr-defined]
                assert conn.execute("SELECT 40 + 2").fetchone() == (42,)
            with s._db.tx() as conn:
                assert conn.raw.autocommit is False  # type: ignore[attr-defined]
                assert conn.execute("SHOW transaction_isolation").fetchone() == ("read committed",)
                assert conn.execute("SHOW transaction_read_only").fetchone() == ("off",)
            with pytest.raises(ZeroDivisionError), s._db.tx() as conn:
                conn.execute("INSERT INTO meta (key, value) VALUES ('rolled-back', 'x')")
                raise ZeroDivisionError
        assert target.sql("SELECT count(*) FROM meta WHERE key = 'rolled-back'") == [(0,)]
        assert s.sender_activity(SENDER, 0, window=900).messages == 0  # the hijack counts: one statement


def test_read_only_store_is_a_clear_error(target: Target, tmp_path: Path, policy: Policy) -> None:
    """A store on a read-only file system (SQLite), or a database that takes no writes (a
    PostgreSQL standby or a read-only default): StoreError saying so (never a crash, never a 250)."""
    if target.kind == "postgresql":
        with target.open() as s:
            hold_one(s, policy)
        target.sql(f"ALTER DATABASE {target.database} SET default_transaction_read_only = on")
        with target.open() as s:  # it opens (reading works: the console on a standby) ...
            assert s.counts()["held"] == 1
            with pytest.raises(StoreError, match="alleen-lezen"):  # ... but nothing is held there
                hold_one(s, policy)
            assert s.counts()["held"] == 1
        return
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    with Store.open(mnt / "store.db") as s:
        hold_one(s, policy)
    if os.geteuid() != 0:  # an ordinary user: permissions are enough
        (mnt / "store.db").chmod(0o444)
        mnt.chmod(0o555)
        try:
            with pytest.raises(StoreError, match="alleen-lezen"):
                Store.open(mnt / "store.db")
        finally:
            mnt.chmod(0o755)
        return
    result = _in_private_mount(
        """
        from discretie.store import Store, StoreError
        try:
            Store.open("mnt/store.db")
        except StoreError as exc:
            print("StoreError:", exc)
        else:
            print("opened")
        """,
        tmp_path,
        f"mount --bind {mnt} {mnt} && mount -o remount,bind,ro {mnt}",
    )
    if "mount:" in result.stderr:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    assert "StoreError:" in result.stdout, result.stdout + result.stderr
    assert "alleen-lezen" in result.stdout


def _fill_disk(target: Target, store: Store) -> Callable[[], None]:
    """Make the database refuse to grow (SQLite: a page limit; PostgreSQL: the server's own
    "No space left on device" error from a trigger on the table of bodies); returns the undo."""
    if target.kind == "sqlite":
        conn = store._db.conn  # type: ignore[attr-defined]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        return lambda: conn.execute("PRAGMA max_page_count = 1073741823") and None
    target.sql(
        "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF length(NEW.data) > 100000 THEN RAISE EXCEPTION USING ERRCODE = 'disk_full', "
        "MESSAGE = 'could not extend file \"base/1/2\": No space left on device'; END IF; RETURN NEW; END $$"
    )
    target.sql("CREATE TRIGGER disk_full BEFORE INSERT ON bodies FOR EACH ROW EXECUTE FUNCTION disk_full()")
    return lambda: target.sql("DROP TRIGGER disk_full ON bodies") and None


def test_disk_full_fails_the_hold_and_keeps_the_store_consistent(target: Target, store: Store, policy: Policy) -> None:
    """No space: hold raises StoreError ("vol"), nothing half-written; after space returns it works."""
    first = hold_one(store, policy)
    undo = _fill_disk(target, store)
    big = sample_raw(body="x" * 400_000)
    with pytest.raises(StoreError, match="vol"):
        hold_one(store, policy, raw=big)
    assert [m.id for m in store.list_messages()] == [first]
    assert len(store.list_incidents()) == 1 and len(store.outbox_items()) == 2
    undo()
    assert store.get_message(hold_one(store, policy, raw=big)).size == len(big)


def test_disk_full_on_a_real_small_file_system(target: Target, tmp_path: Path) -> None:
    """The same on a 1 MiB tmpfs: a 3 MB message cannot be held; the error says the disk is full.
    (PostgreSQL's server and its disk are the server's: the test above gives it its own error.)"""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    if target.kind != "sqlite":
        pytest.skip("the PostgreSQL server's file system is not Discretie's: see the test above")
    result = _in_private_mount(
        """
        from tests.test_store import hold_one, sample_raw
        from discretie.policy import load_policy
        from discretie.store import Store, StoreError
        s = Store.open("mnt/store.db")
        policy = load_policy(None)
        print("small", hold_one(s, policy))
        try:
            hold_one(s, policy, raw=sample_raw(body="y" * 3_000_000))
        except StoreError as exc:
            print("StoreError:", exc)
        print("count", len(s.list_messages()))
        """,
        tmp_path,
        f"mount -t tmpfs -o size=1m tmpfs {tmp_path / 'mnt'}",
    )
    if "mount:" in result.stderr:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    assert "StoreError:" in result.stdout, result.stdout + result.stderr
    assert "vol" in result.stdout
    assert "count 1" in result.stdout


# -- review actions ------------------------------------------------------------------------------


def test_release_is_atomic_between_threads(target: Target, policy: Policy) -> None:
    """Two reviewers click at once (two connections): one wins, the other gets Conflict; one outbox item."""
    with target.open() as s:
        ref = hold_one(s, policy)
    stores = [target.open() for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[str] = []

    def click(store: Store, who: str) -> None:
        barrier.wait()
        try:
            store.release(ref, actor=who)
            results.append("ok")
        except Conflict as exc:
            results.append(f"conflict: {exc}")

    threads = [threading.Thread(target=click, args=(s, f"reviewer{i}")) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for s in stores:
        s.close()
    assert sorted(r.split(":")[0] for r in results) == ["conflict", "ok"]
    assert "al vrijgegeven" in next(r for r in results if r.startswith("conflict"))
    with target.open() as s:
        assert [i.kind for i in s.outbox_items()].count("release") == 1
        assert s.get_message(ref).state == "releasing"


def test_release_is_atomic_between_processes(target: Target, tmp_path: Path, policy: Policy) -> None:
    """Six processes release the same message at the same moment: exactly one succeeds."""
    with target.open() as s:
        ref = hold_one(s, policy)
    go = tmp_path / "go"
    code = textwrap.dedent(
        f"""
        import os, sys, time
        sys.path.insert(0, {str(REPO)!r})
        from discretie.store import Store, Conflict
        s = {target.open_code(create=False)}
        while not os.path.exists({str(go)!r}):
            time.sleep(0.001)
        try:
            s.release({ref!r}, actor="p%d" % os.getpid())
            print("ok")
        except Conflict:
            print("conflict")
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(6)]
    go.write_text("go")
    outs = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
    assert outs == ["conflict"] * 5 + ["ok"]
    with target.open() as s:
        assert [i.kind for i in s.outbox_items()].count("release") == 1
        assert [e.action for e in s.audit_entries(target=ref)].count("release") == 1


def test_release_and_reject_at_once_one_decision_wins(target: Target, policy: Policy) -> None:
    """A release on one instance and a reject on another, both waiting on the message's row
    (held by a third connection) when it frees: exactly one decision is taken, the other gets a
    clear refusal; a release that won keeps its body, and the audit log has one decision."""
    with target.open() as s:
        ref = hold_one(s, policy)
    stores = [target.open(), target.open()]
    outcome: dict[str, str] = {}

    def decide(store: Store, what: str) -> None:
        try:
            if what == "release":
                store.release(ref, actor="a")
            else:
                store.reject(ref, actor="b")
            outcome[what] = "ok"
        except Conflict as exc:
            outcome[what] = f"conflict: {exc}"

    threads = [threading.Thread(target=decide, args=(s, w)) for s, w in zip(stores, ["release", "reject"], strict=True)]
    with target.row_locked("messages", ref, waiters=2, start=threads):
        pass
    for t in threads:
        t.join(30)
    for s in stores:
        s.close()
    winners = [w for w, o in outcome.items() if o == "ok"]
    assert len(outcome) == 2 and len(winners) == 1, outcome
    loser = next(o for w, o in outcome.items() if w not in winners)
    assert loser.startswith("conflict: ") and " al " in loser
    with target.open() as s:
        held = s.get_message(ref)
        assert held.state == ("releasing" if winners == ["release"] else "rejected")
        assert held.has_body == (winners == ["release"])
        assert [e.action for e in s.audit_entries(target=ref)] == winners


def test_release_and_reject_refuse_wrong_states_and_unknown_ids(store: Store, policy: Policy) -> None:
    ref = hold_one(store, policy)
    other = hold_one(store, policy)
    store.release(ref, actor="dpo")
    with pytest.raises(Conflict, match="al vrijgegeven door dpo"):
        store.release(ref, actor="dpo2")
    with pytest.raises(Conflict):
        store.reject(ref, actor="dpo2")
    store.reject(other, actor="dpo")
    with pytest.raises(Conflict, match="al geweigerd"):
        store.release(other, actor="dpo")
    with pytest.raises(NotFound, match="onbekende referentie D-00000000"):
        store.release("D-00000000", actor="dpo")
    with pytest.raises(NotFound):
        store.get_incident("D-00000000")


def test_reject_wipes_the_body_and_can_tell_the_sender(store: Store, policy: Policy) -> None:
    """Reject: state rejected, body gone, sender notice with the message to the sender (never the
    register's note, issue 14), audit entry with the note."""
    ref = hold_one(store, policy)
    held = store.reject(
        ref,
        actor="dpo",
        note="Gebeld met mevr. Peeters",
        message="Via Smartschool delen",
        notify_sender=True,
        policy=policy,
    )
    assert held.state == "rejected" and not held.has_body and held.decided_by == "dpo"
    assert held.note == "Gebeld met mevr. Peeters"
    assert store.message_body(ref) is None
    notices = [i for i in store.outbox_items() if i.kind == "notice_rejected"]
    assert len(notices) == 1 and notices[0].rcpt_tos == (SENDER,)
    data = store.outbox_data(notices[0].id) or b""
    assert b"Via Smartschool delen" in data and b"Peeters" not in data
    entry = store.audit_entries(target=ref)[-1]
    assert (entry.actor, entry.action) == ("dpo", "reject")
    assert entry.note == "Gebeld met mevr. Peeters (met een bericht aan de afzender) (afzender verwittigd)"


def test_view_and_note_are_audited(store: Store, policy: Policy) -> None:
    ref = hold_one(store, policy)
    store.message_body(ref, actor="dpo")
    store.add_note(ref, actor="dpo", note="Gebeld met leerkracht")
    assert [(e.actor, e.action) for e in store.audit_entries(target=ref)] == [("dpo", "view"), ("dpo", "note")]
    assert store.get_message(ref).note == "Gebeld met leerkracht"


def test_audit_log_is_append_only(target: Target, store: Store) -> None:
    store.audit(actor="dpo", action="view", target="D-1")
    with pytest.raises(Exception, match="append-only"):
        target.sql("UPDATE audit SET actor = 'someone else'")
    with pytest.raises(Exception, match="append-only"):
        target.sql("DELETE FROM audit")
    assert [e.actor for e in store.audit_entries()] == ["dpo"]


def test_references_are_short_unique_and_forgiving(store: Store, policy: Policy) -> None:
    refs = {hold_one(store, policy) for _ in range(20)}
    assert len(refs) == 20
    for ref in refs:
        assert ref.startswith("D-") and len(ref) == 10
        assert not set(ref[2:]) & set("ILOU")
    ref = next(iter(refs))
    assert store.get_message(ref.lower()).id == ref
    assert store.get_message(ref[2:]).id == ref
    assert normalize_ref(" d-7f3k 2q9o ") == "D-7F3K2Q90"
    assert normalize_ref("D-1lI0") == "D-1110"


def test_a_hold_never_reuses_a_message_or_incident_reference(
    store: Store, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hold whose reference is already a held message's or a recorded incident's takes another
    (the tables' keys refuse it; the hold reads nothing beforehand); both earlier rows stay."""
    raw = sample_raw()
    rejected = store.record(
        message=parsed(raw), verdict=hold_verdict(), action=Action.REJECT, policy=policy, ref="D-CCCCCCCC"
    )
    picks = iter(["D-AAAAAAAA", "D-AAAAAAAA", "D-CCCCCCCC", "D-BBBBBBBB"])
    monkeypatch.setattr("discretie.store.messages.generate_ref", lambda: next(picks))
    assert hold_one(store, policy) == "D-AAAAAAAA"
    assert hold_one(store, policy, subject="Tweede") == "D-BBBBBBBB"
    assert rejected == "D-CCCCCCCC" and store.get_incident("D-CCCCCCCC").action == "reject"
    assert store.get_message("D-AAAAAAAA").subject == "Verslag CLB"
    assert store.get_message("D-BBBBBBBB").subject == "Tweede"
    with pytest.raises(NotFound):
        store.get_message("D-CCCCCCCC")
    assert sorted(i.id for i in store.list_incidents()) == ["D-AAAAAAAA", "D-BBBBBBBB", "D-CCCCCCCC"]


def test_references_stay_unique_when_two_instances_pick_the_same(
    target: Target, store: Store, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another instance writes an incident under the reference this hold picked, after the hold
    checked it was free and before it commits: the hold takes a new reference instead of
    failing (a 451) or overwriting."""
    picks = iter(["D-AAAAAAAA", "D-AAAAAAAA", "D-BBBBBBBB"])
    monkeypatch.setattr("discretie.store.messages.generate_ref", lambda: next(picks))
    other = (
        "INSERT INTO incidents (id, created_at, sender, message_id, rcpt_internal, rcpt_external, rules, "
        "categories, severity, action, would_action, audit, findings, held) "
        "VALUES ('D-AAAAAAAA', 1, 'x', '', 0, 0, '[]', '[]', 'high', 'reject', 'reject', 0, '[]', 0)"
    )
    refs: list[str] = []
    holder = threading.Thread(target=lambda: refs.append(hold_one(store, policy)))
    with target.row_locked("incidents", "", waiters=1, start=[holder], first=other):
        pass
    holder.join(30)
    assert refs == ["D-BBBBBBBB"]
    assert store.get_incident("D-AAAAAAAA").sender == "x"
    assert store.get_message("D-BBBBBBBB").subject == "Verslag CLB"


# -- record ----------------------------------------------------------------------------------------


def _bcc_verdict() -> Verdict:
    finding = Finding(
        rule="bcc",
        category="visible_recipients",
        severity=Severity.MEDIUM,
        reason="Meerdere ouders konden elkaars adres zien.",
        evidence=("3 externe adressen in Aan/CC",),
        move_to_bcc=(PARENT, "ouder2@telenet.be"),
    )
    return Verdict(
        action=Action.REWRITE,
        findings=(finding,),
        move_to_bcc=finding.move_to_bcc,
        would_action=Action.REWRITE,
        decisive=("bcc",),
    )


def _notes_for(store: Store, ref: str) -> list[str]:
    return sorted(i.kind for i in store.outbox_items() if i.ref == ref)


def test_record_rewrite_queues_sender_notice_and_leaves_the_dpo_to_the_digest(store: Store, policy: Policy) -> None:
    """Issue 16: a BCC rewrite (medium) reaches the DPO in the daily overview, not as a mail of its own."""
    raw = sample_raw(to=f"{PARENT}, ouder2@telenet.be")
    message = parse(raw, SENDER, (PARENT, "ouder2@telenet.be"))
    ref = store.record(message=message, verdict=_bcc_verdict(), action=Action.REWRITE, policy=policy, peer="p")
    assert ref is not None
    assert _notes_for(store, ref) == ["notice_rewrite"]
    notice = next(i for i in store.outbox_items() if i.kind == "notice_rewrite")
    body = (store.outbox_data(notice.id) or b"").decode()
    assert "o***@telenet.be" in body and "ouder2@telenet.be" not in body and "BCC" in body
    incident = store.get_incident(ref)
    assert incident.action == "rewrite" and not incident.held and incident.message_state is None
    assert (incident.rcpt_internal, incident.rcpt_external) == (0, 2)


def test_record_reject_uses_the_given_ref_and_tells_the_dpo_and_the_sender(store: Store, policy: Policy) -> None:
    """Issue 14: a refusal reaches the teacher as a notice of its own (through the school's MTA the
    550 becomes a bounce that carries the original back); a null sender gets none."""
    ref = store.new_ref()
    finding = Finding("password", "password", Severity.HIGH, "Wachtwoord in de e-mail.", ("wachtwoord: [********]",))
    verdict = Verdict(Action.REJECT, (finding,), would_action=Action.REJECT, decisive=("password",))
    raw = sample_raw()
    got = store.record(message=parsed(raw), verdict=verdict, action=Action.REJECT, policy=policy, ref=ref.lower())
    assert got == ref
    assert _notes_for(store, ref) == ["dpo_report", "notice_refused"]
    notice = next(i for i in store.outbox_items() if i.kind == "notice_refused")
    assert notice.rcpt_tos == (SENDER,)
    assert "Wachtwoord in de e-mail." in (store.outbox_data(notice.id) or b"").decode()
    assert store.get_incident(ref).action == "reject"
    bounce = store.record(message=parsed(raw, sender=""), verdict=verdict, action=Action.REJECT, policy=policy)
    assert bounce is not None and _notes_for(store, bounce) == ["dpo_report"]
    with pytest.raises(Conflict):
        store.record(message=parsed(raw), verdict=verdict, action=Action.REJECT, policy=policy, ref=ref)


def test_record_forward_with_findings_warns_the_sender(store: Store, policy: Policy) -> None:
    """Sensitive data among staff: forwarded, sender warned, DPO told."""
    verdict = Verdict(Action.FORWARD, (sensitive_finding(),))
    raw = sample_raw(to=COLLEAGUE)
    ref = store.record(message=parsed(raw, (COLLEAGUE,)), verdict=verdict, action=Action.FORWARD, policy=policy)
    assert ref is not None and _notes_for(store, ref) == ["dpo_report", "notice_warning"]
    incident = store.get_incident(ref)
    assert (incident.rcpt_internal, incident.rcpt_external, incident.action) == (1, 0, "forward")


def test_record_in_audit_mode_keeps_what_would_have_happened(store: Store, policy: Policy) -> None:
    """Audit mode: incident says forward + would hold; only the DPO is told (staff see nothing)."""
    verdict = Verdict(Action.FORWARD, (sensitive_finding(),), would_action=Action.HOLD, audit_only=("sensitive",))
    ref = store.record(message=parsed(sample_raw()), verdict=verdict, action=Action.FORWARD, policy=policy)
    assert ref is not None
    incident = store.get_incident(ref)
    assert incident.audit and incident.action == "forward" and incident.would_action == "hold"
    assert _notes_for(store, ref) == ["dpo_report"]


def test_record_without_notable_findings_records_nothing(store: Store, policy: Policy) -> None:
    info = Finding("personal_data", "phone", Severity.INFO, "Telefoonnummer.", ("04** ** ** 12",))
    verdict = Verdict(Action.FORWARD, (info,))
    assert store.record(message=parsed(sample_raw()), verdict=verdict, action=Action.FORWARD, policy=policy) is None
    assert store.list_incidents() == [] and store.outbox_items() == []


# -- outbox claims ---------------------------------------------------------------------------------


def test_outbox_claims_are_exclusive_and_leases_expire(target: Target, policy: Policy) -> None:
    """Two workers never claim the same item; an item whose lease ran out is claimable again."""
    clock = Clock()
    a = target.open(clock=clock)
    b = target.open(clock=clock)
    for _ in range(5):
        hold_one(a, policy)
    first = a.claim_outbox("worker-a", limit=6, lease_seconds=100)
    second = b.claim_outbox("worker-b", limit=10, lease_seconds=100)
    assert len(first) == 6 and len(second) == 4
    assert not {i.id for i in first} & {i.id for i in second}
    assert b.claim_outbox("worker-b") == []
    clock.advance(101)
    again = b.claim_outbox("worker-b", limit=20)
    assert len(again) == 10 and all(i.attempts == 2 for i in again)
    a.close()
    b.close()


# -- retention ----------------------------------------------------------------------------------------


def test_outbox_claims_at_the_same_moment_never_overlap(target: Target, policy: Policy) -> None:
    """Four workers (four connections) claim at once, again and again: every item is claimed by
    exactly one of them (PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED; SQLite: one writer)."""
    with target.open() as s:
        for _ in range(15):
            hold_one(s, policy)
    stores = [target.open() for _ in range(4)]
    barrier = threading.Barrier(4)
    claimed: dict[str, list[int]] = {}

    def work(store: Store, owner: str) -> None:
        barrier.wait()
        got: list[int] = []
        while batch := store.claim_outbox(owner, limit=3):
            got += [i.id for i in batch]
        claimed[owner] = got

    threads = [threading.Thread(target=work, args=(s, f"w{i}")) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for s in stores:
        s.close()
    every = [i for ids in claimed.values() for i in ids]
    assert len(claimed) == 4 and len(every) == 30 and len(set(every)) == 30


def test_purge_follows_retention_and_is_audited(target: Target, policy: Policy) -> None:
    """Held bodies go after held_days, incidents after incident_days; 'releasing' is never cut off."""
    clock = Clock()
    with target.open(clock=clock) as s:
        old = hold_one(s, policy)
        releasing = hold_one(s, policy)
        s.release(releasing, actor="dpo")
        clock.advance(31 * 86400)
        fresh = hold_one(s, policy)
        result = s.purge(older_than_days=30, incidents_older_than_days=365)
        assert result.messages == {"held": 1}
        assert [m.id for m in s.list_messages()] == [fresh, releasing]
        assert {i.id for i in s.list_incidents()} == {old, releasing, fresh}
        assert s.get_incident(old).message_state is None
        clock.advance(340 * 86400)
        result = s.purge(older_than_days=30, incidents_older_than_days=365)
        assert result.incidents == 2
        assert [i.id for i in s.list_incidents()] == [fresh]
        purges = [e for e in s.audit_entries() if e.action == "purge"]
        assert len(purges) == 2 and "1 bericht(en)" in (purges[0].note or "")
        assert s.last_purge_at() == clock.now


def test_purge_runs_on_one_instance_at_a_time(target: Target, policy: Policy) -> None:
    """While one instance purges (its transaction open), another gateway's scheduled purge does
    nothing and says so by an empty result; once it is done, the next purge finds nothing left."""
    clock = Clock()
    with target.open(clock=clock) as a, target.open(clock=clock) as b:
        hold_one(a, policy)
        clock.advance(31 * 86400)
        if target.kind == "sqlite":  # one writer at a time: b waits for a's purge, then finds nothing
            assert a.purge(older_than_days=30).total_messages == 1
            assert b.purge(older_than_days=30).total_messages == 0
            return
        with a._tx() as conn:
            assert a._try_lock_for(conn, "purge")
            result = b.purge(older_than_days=30)
            assert result.total_messages == 0 and result.describe().startswith("0 bericht(en)")
        assert len(b.list_messages()) == 1  # b skipped: nothing was deleted
        assert b.purge(older_than_days=30).total_messages == 1


def test_purge_removes_bodies_and_gives_the_space_back(target: Target, policy: Policy) -> None:
    """Purged bodies leave no rows behind and (SQLite) the file shrinks (incremental auto-vacuum)."""
    clock = Clock()
    with target.open(clock=clock) as s:
        for _ in range(3):
            hold_one(s, policy, raw=sample_raw(body="z" * 2_000_000))
        clock.advance(31 * 86400)
    big = target.path.stat().st_size if target.kind == "sqlite" else 0
    with target.open(clock=clock) as s:
        assert s.purge(older_than_days=30).total_messages == 3
    if target.kind == "sqlite":
        assert target.path.stat().st_size < big / 10
    assert target.sql("SELECT count(*) FROM bodies")[0][0] == 0


def test_purge_by_gateway_with_nothing_to_do_is_silent(store: Store) -> None:
    assert store.purge(older_than_days=30, incidents_older_than_days=365).total_messages == 0
    assert store.audit_entries() == []
    store.purge(older_than_days=30, actor="dpo", via="cli")
    assert [e.action for e in store.audit_entries()] == ["purge"]


def test_counts_and_gauges(store: Store, policy: Policy) -> None:
    a = hold_one(store, policy)
    hold_one(store, policy)
    store.release(a, actor="dpo")
    assert store.gauges() == (1, 5)
    counts = store.counts()
    assert counts["held"] == 1 and counts["releasing"] == 1 and counts["incidents"] == 2
    store.ping()


def test_json_rows_carry_the_listed_keys(store: Store, policy: Policy) -> None:
    ref = hold_one(store, policy)
    row = json.loads(json.dumps(store.get_message(ref).as_json()))
    assert {"id", "state", "sender", "subject", "rules"} <= set(row)
    assert row["rules"] == ["sensitive"]
    incident = json.loads(json.dumps(store.get_incident(ref).as_json()))
    assert "subject" not in incident and incident["recipients"] == {"internal": 1, "external": 1}


# -- personal data kept only as needed (issue 14, item 7) --------------------------------------------


def test_store_files_are_private_even_when_they_were_not(target: Target, policy: Policy) -> None:
    """Created 0600 (under a umask of 022), and an existing store whose files are 0644 (made by
    an older Discretie) is narrowed at the next open: database, WAL and shared memory. On
    PostgreSQL the one file of the store's on this machine is the key: created 0600."""
    old = os.umask(0o022)
    try:
        first = target.open()
        hold_one(first, policy)  # keeps the WAL and shm files open
        if target.kind == "postgresql":
            first.close()
            assert stat.S_IMODE(target.key.stat().st_mode) == 0o600
            return
        store_path = target.path
        names = {p.name for p in files_of(store_path)}
        assert names == {"store.db", "store.db-wal", "store.db-shm"}
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files_of(store_path))
        for p in files_of(store_path):
            p.chmod(0o644)
        second = target.open()
    finally:
        os.umask(old)
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files_of(store_path)} == dict.fromkeys(names, 0o600)
    second.close()
    first.close()


def test_the_bcc_move_list_is_kept_masked(target: Target, store: Store, policy: Policy) -> None:
    """The BCC rule's list of moved parents: masked in the held message and the incident (the
    full recipient list stays encrypted for the DPO)."""
    raw = sample_raw(to=f"{PARENT}, ouder2@telenet.be")
    verdict = _bcc_verdict()
    ref = store.hold(raw=raw, message=parsed(raw), verdict=verdict, policy=policy)
    other = store.record(message=parsed(raw), verdict=verdict, action=Action.REWRITE, policy=policy)
    assert store.get_message(ref).move_to_bcc == ("o***@gmail.com", "o***@telenet.be")
    assert [f.move_to_bcc for f in store.get_message(ref).findings] == [("o***@gmail.com", "o***@telenet.be")]
    assert other is not None
    assert store.get_incident(other).findings[0].move_to_bcc == ("o***@gmail.com", "o***@telenet.be")
    assert PARENT in store.get_message(ref).rcpt_tos
    stored = target.stored_bytes()
    assert PARENT.encode() not in stored and b"ouder2@telenet.be" not in stored


def test_upstream_answers_and_refused_recipients_are_kept_masked(store: Store, policy: Policy) -> None:
    """What the gateway writes from an upstream's answer (last error, reply, audit note) has its
    addresses masked, whatever the caller passed."""
    ref = hold_one(store, policy)
    store.release(ref, actor="dpo")
    claimed = store.claim_outbox("w")
    [item] = [i for i in claimed if i.kind == "release"]
    store.retry_outbox(item.id, error=f"451 4.2.0 <{PARENT}>: try later", next_attempt_at=store.now())
    assert store.get_message(ref).last_error == "451 4.2.0 <o***@gmail.com>: try later"
    store.release_delivered(item.id, ref, reply=f"250 ok (geweigerd: {PARENT}: 550 5.1.1 <{PARENT}>: unknown)")
    assert (
        store.get_message(ref).upstream_reply
        == "250 ok (geweigerd: o***@gmail.com: 550 5.1.1 <o***@gmail.com>: unknown)"
    )
    assert store.audit_entries(target=ref)[-1].note == f"afgeleverd: {store.get_message(ref).upstream_reply}"
    notes = [i for i in claimed if i.kind.startswith("notice_")]
    store.fail_outbox(notes[0].id, error=f"550 5.1.1 <{SENDER}>: no such user")
    failed = store.audit_entries()[-1]
    assert (
        failed.action == "outbox_failed"
        and SENDER not in (failed.note or "")
        and "j***@spc.ksleuven.be" in (failed.note or "")
    )


def test_audit_log_keeps_entries_for_audit_days_and_no_longer(target: Target, policy: Policy) -> None:
    """retention.audit_days: older entries go at the purge (which says so); younger ones can
    still be neither changed nor deleted, not even right after a purge."""
    clock = Clock()
    with target.open(clock=clock) as s:
        s.audit(actor="dpo", action="view", target="D-OLD")
        clock.advance(100 * 86400)
        s.audit(actor="dpo", action="view", target="D-NEW")
        result = s.purge(audit_older_than_days=50, actor="dpo", via="cli")
        assert result.audit == 1
        assert [e.target for e in s.audit_entries()] == ["D-NEW", None]
        assert "1 logboekregel(s) gewist" in (s.audit_entries()[-1].note or "")
        assert "logboek ouder dan 50 dagen" in (s.audit_entries()[-1].note or "")
    with pytest.raises(Exception, match="append-only"):
        target.sql("DELETE FROM audit WHERE target = 'D-NEW'")
    with pytest.raises(Exception, match="append-only"):
        target.sql("UPDATE audit SET note = 'x'")


def test_purge_drops_expired_sessions_and_old_lockout_counters(target: Target) -> None:
    clock = Clock()
    with target.open(clock=clock) as s:
        s.add_reviewer("an", "hash", actor="t")
        s.create_session(token_hash="t", reviewer="an", csrf="c", expires_at=clock.now + 60, peer=None)
        s.login_failed([("account:an", 5)], window=900, lock_for=900)
        clock.advance(2 * 86400)
        s.purge(older_than_days=30)
    assert target.sql("SELECT count(*) FROM web_sessions")[0][0] == 0
    assert target.sql("SELECT count(*) FROM login_failures")[0][0] == 0


def test_login_failures_are_counted_once_across_instances(target: Target) -> None:
    """Eight failed sign-ins at the same moment through four store connections (four instances):
    all eight counted, so a limit of 8 locks the account; none lost to a race."""
    stores = [target.open() for _ in range(4)]
    barrier = threading.Barrier(8)
    results: list[float | None] = []

    def fail(store: Store) -> None:
        barrier.wait()
        results.append(store.login_failed([("account:an", 8)], window=900, lock_for=900))

    threads = [threading.Thread(target=fail, args=(stores[i % 4],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == 8 and sum(r is not None for r in results) == 1
    assert stores[1].login_locked_until(["account:an"]) is not None
    for s in stores:
        s.close()


def _columns(target: Target) -> dict[str, list[str]]:
    """The store's tables and their columns, as the back-end keeps them."""
    if target.kind == "sqlite":
        tables = [r[0] for r in target.sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: sorted(r[1] for r in target.sql(f"PRAGMA table_info({t})"))
            for t in tables
            if not t.startswith("sqlite_")
        }
    rows = target.sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name != 'schema_version'"
    )
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return {t: sorted(c) for t, c in out.items()}


def test_a_version_2_store_is_upgraded_and_its_clear_addresses_masked(target: Target, tmp_path: Path) -> None:
    """Migration 3 masks what an older Discretie kept in clear (move lists, upstream answers,
    the gateway's audit notes), drops the clear lock-out keys, adds the login columns; the
    audit log stays append-only. PostgreSQL's first migration makes the tables and columns of
    SQLite's current version, no more, no fewer (so ``store copy`` moves every column)."""
    from discretie.store import MIGRATIONS

    if target.kind == "postgresql":
        target.open().close()
        with Store.open(tmp_path / "ref.db") as _:
            pass
        reference = Target("sqlite", str(tmp_path / "ref.db"), tmp_path / "ref.db.key")
        assert _columns(target) == _columns(reference)
        assert target.schema_version() == pg_backend.SCHEMA_VERSION
        return
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            assert isinstance(statement, str)
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    moves = json.dumps(
        {"action": "hold", "move_to_bcc": [PARENT], "findings": [{"rule": "bcc", "move_to_bcc": [PARENT]}]}
    )
    conn.execute(
        "INSERT INTO messages (id, state, received_at, updated_at, sender, mail_from, message_id, rcpt_internal, "
        "rcpt_external, size, action, rules, held_by, verdict, upstream_reply, last_error) "
        "VALUES ('D-AAAAAAAA', 'released', 1, 1, ?, ?, '', 0, 1, 10, 'hold', '[]', '[]', ?, ?, ?)",
        (SENDER, SENDER, moves, f"250 ok (geweigerd: {PARENT}: 550)", f"<{PARENT}> refused"),
    )
    conn.execute(
        "INSERT INTO incidents (id, created_at, sender, message_id, rcpt_internal, rcpt_external, rules, categories, "
        "severity, action, would_action, audit, findings, held) "
        "VALUES ('D-AAAAAAAA', 1, ?, '', 0, 1, '[]', '[]', 'medium', 'rewrite', 'rewrite', 0, ?, 0)",
        (SENDER, json.dumps([{"rule": "bcc", "move_to_bcc": [PARENT]}])),
    )
    conn.execute(
        "INSERT INTO outbox (uid, kind, mail_from, rcpt_tos, state, created_at, next_attempt_at, last_error) "
        "VALUES ('u', 'release', '', '[]', 'sent', 1, 1, ?)",
        (f"250 ok (geweigerd: {PARENT}: 550)",),
    )
    conn.execute(
        "INSERT INTO audit (at, actor, via, action, target, note) VALUES (1, 'discretie', 'gateway', 'delivered', "
        "'D-AAAAAAAA', ?), (1, 'dpo', 'cli', 'note', 'D-AAAAAAAA', 'gebeld met ouder')",
        (f"afgeleverd: 250 ok (geweigerd: {PARENT}: 550)",),
    )
    conn.execute("INSERT INTO login_failures VALUES ('account:Geheim-Wachtwoord-1', 1, 1, NULL)")
    conn.close()
    with Store.open(path) as s:
        held = s.get_message("D-AAAAAAAA")
        assert held.move_to_bcc == ("o***@gmail.com",) and held.findings[0].move_to_bcc == ("o***@gmail.com",)
        assert held.upstream_reply == "250 ok (geweigerd: o***@gmail.com: 550)"
        assert held.last_error == "<o***@gmail.com> refused" and held.auth_login is None
        assert s.get_incident("D-AAAAAAAA").findings[0].move_to_bcc == ("o***@gmail.com",)
        assert s.outbox_items()[0].last_error == "250 ok (geweigerd: o***@gmail.com: 550)"
        assert [e.note for e in s.audit_entries()] == [
            "afgeleverd: 250 ok (geweigerd: o***@gmail.com: 550)",
            "gebeld met ouder",
        ]
    for f in files_of(path):
        assert PARENT.encode() not in f.read_bytes() and b"Geheim-Wachtwoord-1" not in f.read_bytes()
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
        assert c.execute("SELECT count(*) FROM login_failures").fetchone()[0] == 0
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            c.execute("DELETE FROM audit")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            c.execute("UPDATE audit SET note = 'x'")


def test_roster_per_school_replaced_as_a_whole_on_both_back_ends(store: Store) -> None:
    """Each school's part of the pupil list is replaced by its own import, the others stay; every
    change moves the generation a running gateway polls; the audit log names the school only."""
    start = store.roster_generation()
    store.roster_replace("SPC", b"\x01hashes", {"pupils": 3, "parents": 5}, "k1", actor="it")
    store.roster_replace("OLV", b"\x02hashes", {"pupils": 2, "parents": 2}, "k1", actor="it")
    store.roster_replace("SPC", b"\x03hashes", {"pupils": 4, "parents": 6}, "k1", actor="it")
    assert store.roster_generation() == start + 3
    assert store.roster_data() == [("OLV", b"\x02hashes"), ("SPC", b"\x03hashes")]
    status = {row["school"]: (row["pupils"], row["parents"]) for row in store.roster_status()}
    assert status == {"OLV": (2, 2), "SPC": (4, 6)}
    assert store.roster_remove("OLV", actor="it") is True
    assert store.roster_remove("OLV", actor="it") is False
    assert store.roster_generation() == start + 4 and [s for s, _ in store.roster_data()] == ["SPC"]
    actions = [(e.action, e.target, e.note) for e in store.audit_entries() if e.action.startswith("roster")]
    assert actions[-1] == ("roster_remove", "OLV", None) and actions[0] == ("roster_import", "SPC", "3 leerlingen")


def test_breach_register_opens_edits_closes_and_keeps_its_words_sealed(target: Target, policy: Policy) -> None:
    """Issue 16: the data-breach register on both back-ends. The words the DPO types are sealed
    (never in clear on disk), dates and decisions are columns; a closed record is read-only; every
    step is audited with the incident as target."""
    clock = Clock()
    with target.open(clock=clock) as s:
        ref = hold_one(s, policy)
        text = BreachText(description="Mail met zorggegevens", subjects=("leerlingen",), people=1)
        breach_id = s.open_breach(text, ref=ref, occurred_at=clock.now - 60, discovered_at=clock.now, actor="dpo")
        assert re.fullmatch(r"DL-[0-9A-Z]{8}", breach_id)
        clock.advance(3600)
        typed = BreachText(
            description="Mail met zorggegevens",
            subjects=("leerlingen", "ouders"),
            people=2,
            consequences=f"Het {SECRET_MARK} van Emma bij een ouder",
        )
        changed = s.update_breach(
            breach_id,
            typed,
            discovered_at=clock.now - 7200,
            authority="yes",
            authority_notified_at=None,
            informed="open",
            actor="dpo",
        )
        assert changed == ["subjects", "people", "consequences", "discovered_at", "authority"]
        b = s.get_breach(breach_id)
        assert (b.ref, b.authority, b.informed, b.text.people, b.text.subjects) == (
            ref,
            "yes",
            "open",
            2,
            ("leerlingen", "ouders"),
        )
        assert b.deadline == clock.now - 7200 + 72 * 3600 and b.deadline_running()
        s.close_breach(breach_id, "Gemeld; ouder verwijderde de mail", actor="dpo")
        closed = s.get_breach(breach_id)
        assert closed.closed_by == "dpo" and closed.text.closure == "Gemeld; ouder verwijderde de mail"
        assert not closed.deadline_running()
        with pytest.raises(Conflict, match="afgesloten"):
            s.update_breach(
                breach_id, typed, discovered_at=0, authority="no", authority_notified_at=None, informed="no", actor="x"
            )
        with pytest.raises(Conflict, match="al afgesloten"):
            s.close_breach(breach_id, "nog eens", actor="dpo")
        with pytest.raises(NotFound):
            s.get_breach("DL-00000000")
        assert [b.id for b in s.list_breaches()] == [breach_id]
        entries = [(e.action, e.target) for e in s.audit_entries() if e.action.startswith("breach_")]
        assert entries == [("breach_open", ref), ("breach_edit", ref), ("breach_close", ref)]
    assert SECRET_MARK.encode() not in target.stored_bytes()
    assert target.sql("SELECT authority, informed FROM breaches") == [("yes", "open")]


def test_closed_breach_records_are_purged_after_breach_days_open_ones_never(target: Target, policy: Policy) -> None:
    clock = Clock()
    with target.open(clock=clock) as s:
        kept_open = s.open_breach(
            BreachText(description="open"), ref=None, occurred_at=None, discovered_at=0, actor="d"
        )
        closed = s.open_breach(BreachText(description="dicht"), ref=None, occurred_at=None, discovered_at=0, actor="d")
        s.close_breach(closed, "afgehandeld", actor="d")
        clock.advance(1825 * 86400)
        assert s.purge(breaches_older_than_days=policy.retention.breach_days).breaches == 0
        clock.advance(2 * 86400)
        result = s.purge(breaches_older_than_days=policy.retention.breach_days)
        assert result.breaches == 1 and "1 afgesloten datalek(ken)" in result.describe()
        assert [b.id for b in s.list_breaches()] == [kept_open]
    assert policy.retention.breach_days == 1826
def test_exceptions_granted_listed_revoked_expired_and_purged_on_both_back_ends(target: Target) -> None:
    """An exception is kept with who granted it, why and until when (sender, recipients and reason
    sealed); every grant and revocation moves the generation a gateway polls; it stops being in
    force at its end and the next purge deletes it; the audit log keeps masked addresses only."""
    clock = Clock()
    with target.open(clock=clock) as store:
        start = store.exceptions_generation()
        granted = store.add_exception(
            rule="sensitive",
            sender=" Jan.Peeters@spc.ksleuven.be",
            recipients=[PARENT, "Ouder.Janssens@gmail.com", COLLEAGUE],
            days=3,
            reason="Afgesproken met de directie: verslag voor de ouders",
            actor="an.peeters",
            via="web",
            source_ref="D-AAAAAAAA",
        )
        assert granted.id.startswith("U-") and len(granted.id) == 10
        assert (granted.rule, granted.sender, granted.recipients) == ("sensitive", SENDER, (COLLEAGUE, PARENT))
        assert (granted.created_by, granted.created_at) == ("an.peeters", clock.now)
        assert granted.expires_at == clock.now + 3 * 86400
        assert granted.source_ref == "D-AAAAAAAA" and granted.in_force(clock.now)
        other = store.add_exception(
            rule="bcc", sender=SENDER, recipients=[PARENT], days=1, reason="eenmalig", actor="an.peeters"
        )
        assert store.exceptions_generation() == start + 2
        assert {e.id for e in store.list_exceptions(in_force_only=True)} == {granted.id, other.id}
        sealed = target.sql("SELECT private FROM exceptions WHERE id = ?", (granted.id,))[0][0]
        assert PARENT.encode() not in bytes(sealed) and b"directie" not in bytes(sealed)

        revoked = store.revoke_exception(other.id.lower(), actor="bert.claes", via="web")
        assert (revoked.revoked_by, revoked.revoked_at) == ("bert.claes", clock.now) and not revoked.in_force(clock.now)
        assert store.exceptions_generation() == start + 3
        with pytest.raises(Conflict, match="al ingetrokken"):
            store.revoke_exception(other.id, actor="bert.claes")
        with pytest.raises(NotFound):
            store.revoke_exception("U-00000000", actor="bert.claes")
        with pytest.raises(StoreError, match="onbekende regel"):
            store.add_exception(rule="nope", sender=SENDER, recipients=[PARENT], days=1, reason="x", actor="a")
        with pytest.raises(StoreError, match="reden"):
            store.add_exception(rule="bcc", sender=SENDER, recipients=[PARENT], days=1, reason="  ", actor="a")
        with pytest.raises(StoreError, match="hoogstens 365"):
            store.add_exception(rule="bcc", sender=SENDER, recipients=[PARENT], days=366, reason="x", actor="a")
        with pytest.raises(StoreError, match="geen e-mailadres"):
            store.add_exception(rule="bcc", sender="jan", recipients=[PARENT], days=1, reason="x", actor="a")
        assert store.exceptions_generation() == start + 3  # refused grants change nothing

        clock.advance(3 * 86400 - 1)
        assert [e.id for e in store.list_exceptions(in_force_only=True)] == [granted.id]
        clock.advance(1)  # its end: no longer in force, even before a purge
        assert store.list_exceptions(in_force_only=True) == []
        assert len(store.list_exceptions()) == 2
        result = store.purge(30, 365)
        assert result.exceptions == 2 and store.list_exceptions() == []
        entries = store.audit_entries()
        notes = [(e.action, e.actor, e.target, e.note) for e in entries if e.action.startswith(("exception", "purge"))]
        assert notes[0] == (
            "exception_add",
            "an.peeters",
            granted.id,
            "regel sensitive, j***@spc.ksleuven.be aan a***@spc.ksleuven.be, o***@gmail.com, 3 dagen, uit D-AAAAAAAA",
        )
        assert notes[2] == ("exception_revoke", "bert.claes", other.id, None)
        assert notes[-1][0] == "purge" and "2 beëindigde uitzondering(en)" in (notes[-1][3] or "")


def test_sender_link_withdraws_once_or_asks_release_on_both_back_ends(target: Target, policy: Policy) -> None:
    """The sender's choice is recorded once per message: a withdrawal wipes the body at once and
    ends the message as decided by the sender; a request for release keeps it held with the
    justification (sealed) for the DPO, who finds it with the queue's filter; a second use is a
    Conflict; the row goes with its message at the retention."""
    clock = Clock()
    with target.open(clock=clock) as store:
        first = hold_one(store, policy)
        withdrawn = store.sender_act(first, "withdraw", peer="192.0.2.7")
        assert (withdrawn.state, withdrawn.decided_by, withdrawn.has_body) == ("rejected", "afzender", False)
        assert withdrawn.withdrawn and withdrawn.as_json()["state"] == "withdrawn"
        assert withdrawn.note and withdrawn.note.startswith("ingetrokken door de afzender")
        assert store.message_body(first) is None
        with pytest.raises(Conflict, match="al gebruikt"):
            store.sender_act(first, "release", justification="toch graag")
        request = store.sender_request(first)
        assert request is not None and (request.kind, request.peer) == ("withdraw", "192.0.2.7")
        assert request.justification == ""

        second = hold_one(store, policy)
        asked = store.sender_act(second, "release", justification="De ouder vroeg het   verslag zelf op.")
        assert asked.state == "held" and asked.release_requested and asked.has_body
        request = store.sender_request(second)
        assert request is not None and request.justification == "De ouder vroeg het verslag zelf op."
        sealed = target.sql("SELECT private FROM sender_requests WHERE id = ?", (second,))[0][0]
        assert b"verslag" not in bytes(sealed)
        with pytest.raises(Conflict, match="al gebruikt"):
            store.sender_act(second, "withdraw")
        third = hold_one(store, policy)
        page = store.queue_page(states=("held",), release_requested=True)
        assert [h.id for h in page.items] == [second] and page.total == 1
        assert {h.id for h in store.queue_page(states=("held",)).items} == {second, third}
        store.reject(third, actor="an.peeters")
        with pytest.raises(Conflict, match="niet meer vastgehouden"):
            store.sender_act(third, "misaddressed")
        assert store.sender_request(third) is None  # the refused attempt left nothing behind

        actions = [(e.actor, e.via, e.action, e.target) for e in store.audit_entries() if e.actor == "afzender"]
        assert actions == [
            ("afzender", "link", "sender_withdraw", first),
            ("afzender", "link", "sender_release_request", second),
        ]
        clock.advance(31 * 86400)
        store.purge(30, 365)
        assert target.sql("SELECT count(*) FROM sender_requests")[0][0] == 0


def test_an_unreadable_exception_exempts_nothing_and_a_lost_key_is_refused(target: Target) -> None:
    """A row changed outside Discretie (or sealed with another key) is left out of the list, so
    the gateway starts and applies the others; asked for by its id it is a clear error. An
    exception counts as encrypted data: without the key the store is refused, never re-keyed."""
    from discretie.serve import GrantedWatch

    with target.open() as store:
        kept = store.add_exception(rule="bcc", sender=SENDER, recipients=[PARENT], days=1, reason="a", actor="dpo")
        broken = store.add_exception(rule="bcc", sender=SENDER, recipients=[COLLEAGUE], days=1, reason="b", actor="dpo")
        target.sql("UPDATE exceptions SET private = ? WHERE id = ?", (b"\x01" + bytes(40), broken.id))
        assert [e.id for e in store.list_exceptions()] == [kept.id]
        assert [g.id for g in GrantedWatch(store).in_force()] == [kept.id]
        with pytest.raises(StoreError, match="kan niet ontsleuteld worden"):
            store.get_exception(broken.id)
    target.key.unlink()
    with pytest.raises(StoreError, match="ontbreekt"):
        target.open()
# -- the web console's filters on a large store --------------------------------------------------


def _incident_at(store: Store, clock: Clock, policy: Policy, at: float, *rules: str) -> str:
    """An incident recorded at ``at`` whose rule list is ``rules`` (a forward with these findings)."""
    clock.now = at
    findings = tuple(
        Finding(rule, "medical" if rule == "sensitive" else rule, Severity.HIGH, "reden", ("[x]",)) for rule in rules
    )
    verdict = Verdict(Action.FORWARD, findings, would_action=Action.FORWARD, decisive=())
    ref = store.record(message=parsed(sample_raw()), verdict=verdict, action=Action.FORWARD, policy=policy)
    assert ref is not None
    return ref


def test_incident_stats_count_per_rule_and_per_local_week(
    target: Target, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register's counts: in total, per rule (every rule of an incident's list; most frequent
    first, then by name) and per week (the local Monday, Europe/Brussels here, across the
    switch to summer time): an incident at Sunday 23:59:59 is in the week before one at Monday
    00:00:00. The filters (period, rule, part of the sender) narrow all three alike."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        clock = Clock()
        with target.open(clock=clock) as store:
            assert store.incident_stats() == IncidentStats(total=0, per_rule=(), per_week=())
            sunday = time.mktime((2025, 3, 30, 23, 59, 59, 0, 0, -1))  # summer time began that night
            _incident_at(store, clock, policy, sunday - 3 * 86400, "password")
            _incident_at(store, clock, policy, sunday, "sensitive", "attachment")
            _incident_at(store, clock, policy, sunday + 1, "sensitive")  # Monday 31 March, 00:00:00
            _incident_at(store, clock, policy, sunday + 1 + 20 * 86400, "attachment", "sensitive")
            _incident_at(store, clock, policy, sunday + 1 + 20 * 86400 + 3600, "bcc")
            stats = store.incident_stats()
            assert stats == IncidentStats(
                total=5,
                per_rule=(("sensitive", 3), ("attachment", 2), ("bcc", 1), ("password", 1)),
                per_week=(("2025-03-24", 2), ("2025-03-31", 1), ("2025-04-14", 2)),
            )
            assert store.incident_stats(rule="attachment") == IncidentStats(
                total=2, per_rule=(("attachment", 2), ("sensitive", 2)), per_week=(("2025-03-24", 1), ("2025-04-14", 1))
            )
            monday = sunday + 1
            assert store.incident_stats(since=monday, until=monday + 7 * 86400) == IncidentStats(
                total=1, per_rule=(("sensitive", 1),), per_week=(("2025-03-31", 1),)
            )
            assert store.incident_stats(sender="PEETERS@spc").total == 5  # part of the address, any case
            assert store.incident_stats(sender="an.claes") == IncidentStats(total=0, per_rule=(), per_week=())
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _hold_as(store: Store, policy: Policy, clock: Clock, sender: str, subject: str) -> str:
    clock.advance(60)
    raw = sample_raw(subject=subject)
    return store.hold(raw=raw, message=parsed(raw, sender=sender), verdict=hold_verdict(), policy=policy)


def test_queue_text_search_pages_through_clear_and_encrypted_matches(target: Target, policy: Policy) -> None:
    """The queue's text search finds a word in the clear columns of every message (here the
    envelope sender) and in the encrypted subject of the newest ``subject_window``; the total and
    the pages run over both, newest first, each message once. The clear matches are counted up to
    ``count_cap`` (a common word would otherwise have every matching row read for each page)."""
    clock = Clock()
    with target.open(clock=clock) as store:
        m0 = _hold_as(store, policy, clock, SENDER, "Zorgoverleg Emma")
        m1 = _hold_as(store, policy, clock, "Zorgteam@spc.ksleuven.be", "Verslag")
        _hold_as(store, policy, clock, SENDER, "Verslag")
        m3 = _hold_as(store, policy, clock, SENDER, "Nieuw zorgplan")
        m4 = _hold_as(store, policy, clock, "zorgteam@spc.ksleuven.be", "Zorg en welzijn")  # both
        _hold_as(store, policy, clock, SENDER, "Verslag")

        def page(**kw: Any) -> tuple[list[str], int, bool]:
            found = store.queue_page(text="ZORG", **kw)
            return [m.id for m in found.items], found.total, found.text_complete

        assert page(limit=2) == ([m4, m3], 4, True)
        assert page(limit=2, offset=2) == ([m1, m0], 4, True)
        assert page(limit=2, offset=4) == ([], 4, True)
        # Subjects only in the newest three: m0's subject is past the window; m1 matches in clear.
        assert page(subject_window=3) == ([m4, m3, m1], 3, False)
        # The clear matches counted up to a cap: "more than" 1 + the two subject matches.
        capped = store.queue_page(text="zorg", count_cap=1)
        assert (capped.total, capped.total_capped) == (3, True) and [m.id for m in capped.items] == [m4, m3, m1, m0]
        assert not store.queue_page(text="zorg", count_cap=2).total_capped
        # Capped, the subjects are read only down to the page's last clear match (older ones
        # cannot be on the page): the page is still the right one.
        assert page(count_cap=1, limit=1)[:2] == ([m4], 1)
        assert page(count_cap=1, limit=1, offset=1)[:2] == ([m3], 2)
        assert page(count_cap=1, limit=1, offset=2)[0] == [m1]
        assert page(count_cap=1, limit=1, offset=3)[0] == [m0]
        store.reject(m4, actor="dpo")
        assert page(states=("held",)) == ([m3, m1, m0], 3, True)
        assert page(states=("rejected",)) == ([m4], 1, True)
        assert store.queue_page(text=m3.lower()[2:]).total == 1  # part of a reference
        assert store.queue_page(states=("held",)).total == 5 and store.queue_page().total == 6


COUNT_INDEXES = ("messages_state_rules", "incidents_created_rules")
FILTER_INDEXES = ("messages_rules", "incidents_rules", "messages_sender_trgm", "messages_mail_from_trgm",
                  "messages_message_id_trgm", "messages_id_trgm", "incidents_sender_trgm")  # fmt: skip


def _plan(store: Store, sql: str, params: Sequence[Any] = ()) -> str:
    """How the store's database runs ``sql`` (PostgreSQL: with sequential scans priced out, as
    the test's tables are tiny)."""
    with store._read() as conn:
        if store._db.dialect.name == "sqlite":
            return "\n".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        conn.execute("SET LOCAL enable_seqscan = off")
        return "\n".join(str(r[0]) for r in conn.execute("EXPLAIN " + sql, params).fetchall())


def _back_to_the_version_before(target: Target) -> None:
    """Undo the last two migrations (the hijack count of outsiders off the pupil list, and before it the
    console's indexes): a store as the Discretie before them left it."""
    target.sql("ALTER TABLE sender_counts DROP COLUMN unlisted")
    for name in COUNT_INDEXES + (FILTER_INDEXES if target.kind == "postgresql" else ()):
        target.sql(f"DROP INDEX {name}")
    if target.kind == "postgresql":
        target.sql("DROP EXTENSION pg_trgm")
    target.set_schema_version(target.current_version - 2)


def test_console_counts_are_read_from_indexes_alone(target: Target, policy: Policy) -> None:
    """The queue's counts per state and rule list and the register's per week and rule list come
    from an index holding both columns (an index-only scan; SQLite: a covering index), not from
    the wide rows (the migration before the last on both back-ends). An older store gets the indexes
    when it is opened, its rows intact."""
    with target.open() as store:
        ref = hold_one(store, policy)
    _back_to_the_version_before(target)
    with target.open() as store:
        assert target.schema_version() == target.current_version
        assert store.get_message(ref).state == "held" and store.get_incident(ref).rules == ("sensitive",)
        counts = _plan(store, "SELECT state, rules, count(*) FROM messages GROUP BY state, rules")
        weeks = _plan(
            store,
            "SELECT w.week, i.rules, count(*) FROM (SELECT ? AS lo, ? AS hi, ? AS week) w "
            "JOIN incidents i ON i.created_at >= w.lo AND i.created_at < w.hi GROUP BY w.week, i.rules",
            (0.0, 1.0, "2025-03-31"),
        )
    if target.kind == "sqlite":
        assert "USING COVERING INDEX messages_state_rules" in counts, counts
        assert "USING COVERING INDEX incidents_created_rules" in weeks, weeks
    else:
        assert "Index Only Scan using messages_state_rules" in counts, counts
        assert "Index Only Scan using incidents_created_rules" in weeks, weeks


def test_console_filters_are_served_by_indexes_on_postgresql(target: Target, policy: Policy) -> None:
    """PostgreSQL's migration before the last: the queue's rule filter and text search and the register's
    rule and sender filters, exactly as the store writes them, are answered from an index (GIN
    over the rule list as jsonb; pg_trgm's trigram indexes for ILIKE '%...%') instead of reading
    and parsing every row: what keeps the console's pages fast with 100,000 messages
    (docs/operations.md). A store of version 2 gets them (and pg_trgm) when it is opened."""
    if target.kind != "postgresql":
        pytest.skip("SQLite reads the rows: fast enough at the size one machine keeps")
    with target.open() as store:
        hold_one(store, policy)
    _back_to_the_version_before(target)
    with target.open() as store:
        assert target.schema_version() == target.current_version
        rule_term, rule_params = store._state_and_rule(None, "attachment")
        text_term, text_params = store._clear_text("zorg")
        incident_terms, incident_params = store._incident_filter(None, None, "attachment", "jan")
        checks = [
            (f"SELECT id FROM messages WHERE {rule_term[0]}", rule_params, FILTER_INDEXES[:1]),
            (f"SELECT id FROM messages WHERE {text_term}", text_params, FILTER_INDEXES[2:6]),
            (f"SELECT i.id FROM incidents i WHERE {incident_terms[0]}", incident_params[:1], FILTER_INDEXES[1:2]),
            (f"SELECT i.id FROM incidents i WHERE {incident_terms[1]}", incident_params[1:], FILTER_INDEXES[6:]),
        ]
        for sql, params, wanted in checks:
            plan = _plan(store, sql, params)
            assert "Seq Scan" not in plan and all(f"Index Scan on {name}" in plan for name in wanted), plan


def test_the_pool_checks_a_connection_without_a_round_trip_and_replaces_a_dead_one(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool's check on every checkout (pg_backend.check_connection): a connection that libpq calls
    open and idle and whose socket has nothing to read is handed out without psycopg's check query
    (one round trip less on every store call: the relay makes one for every school sender's message);
    one whose server process was ended (a restart, pg_terminate_backend) has the server's notice and the
    end of the stream waiting, gets the real check, fails it and is replaced before anyone uses it."""
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    checked: list[object] = []
    real_check = pg_backend.psycopg_pool.ConnectionPool.check_connection
    monkeypatch.setattr(
        pg_backend.psycopg_pool.ConnectionPool,
        "check_connection",
        staticmethod(lambda conn: (checked.append(conn), real_check(conn))[1]),
    )
    db = pg_backend.PostgresDatabase.open(postgres.url_for(name), max_size=1)
    try:
        for _ in range(5):
            with db.statement() as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
        assert checked == []  # a live idle connection: no query to find that out
        with db.statement() as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        with psycopg.connect(postgres.url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
        time.sleep(0.3)  # the server has closed it: its notice and the end of the stream are on the socket
        with db.statement() as conn:
            assert conn.execute("SELECT pg_backend_pid()").fetchone()[0] != backend  # type: ignore[index]
        assert len(checked) == 1  # the real check ran once, failed, and the pool made a new connection
        with db.tx() as conn:  # a write transaction on the new connection, checked for free again
            conn.execute("SELECT 1")
        assert len(checked) == 1
    finally:
        db.close()
        with psycopg.connect(postgres.url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
