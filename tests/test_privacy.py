"""Personal data kept only as the register needs it (issue 14, item 7), over real SMTP with the
gateway as a process: after a BCC rewrite, a hold with visible parents and a release the
upstream partly refuses, no parent's address is in clear in the store's files (database, WAL,
shared memory), in the JSON log or in the outbox; the store's files and an export are 0600."""

from __future__ import annotations

import os
import smtplib
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

from discretie.store import Store
from tests.helpers import ProcessGateway, Sink, make_policy
from tests.test_e2e import PARENTS, SENSITIVE, TEACHER, VISIBLE_PARENTS

HELD_TO_PARENTS = SENSITIVE.replace(b"To: ouder.janssens@gmail.com\r\n", f"To: {', '.join(PARENTS)}\r\n".encode())
REFUSED = PARENTS[1]


def store_files(db: Path) -> list[Path]:
    return [p for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")) if p.exists()]


def clear_addresses(data: bytes) -> list[str]:
    low = data.lower()
    return [a for a in PARENTS if a.encode() in low or a.encode("utf-16-le") in low]


def wait_state(db: Path, ref: str, state: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with Store.open(db, create=False) as s:
            if s.get_message(ref).state == state:
                return
        time.sleep(0.2)
    raise AssertionError(f"{ref} never reached {state}")


def test_no_parent_address_in_clear_in_the_store_files_the_log_or_the_outbox(tmp_path: Path, sink: Sink) -> None:
    old_umask = os.umask(0o022)  # what a default shell gives: files would be 0644 unless made private
    try:
        policy, path = make_policy(tmp_path, sink.url)
        port = int(policy.server.listen.rsplit(":", 1)[1])
        gw = ProcessGateway(path, port).start()
    finally:
        os.umask(old_umask)
    db = Path(policy.store.path)
    try:
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as client:
            client.sendmail(TEACHER, PARENTS, VISIBLE_PARENTS)  # rewrite: parents moved to BCC
            try:
                client.sendmail(TEACHER, PARENTS, HELD_TO_PARENTS)
            except smtplib.SMTPResponseException as exc:  # pragma: no cover - would be a bug
                raise AssertionError(exc) from None
        with Store.open(db, create=False) as s:
            [held] = s.list_messages()
            assert held.findings and any(f.move_to_bcc for f in held.findings)
            assert all("***@" in a for f in held.findings for a in f.move_to_bcc)
            assert set(held.rcpt_tos) == set(PARENTS)  # the full list: encrypted, for the DPO
            sink.handler.refuse_rcpt[REFUSED] = f"550 5.1.1 <{REFUSED}>: Recipient address rejected: User unknown"
            s.release(held.id, actor="dpo")
        wait_state(db, held.id, "released")
        with Store.open(db, create=False) as s:
            released = s.get_message(held.id)
            assert released.upstream_reply and "(geweigerd: o***@telenet.be: 550 5.1.1 <o***@telenet.be>" in (
                released.upstream_reply
            )
            assert [r.kind for r in s.outbox_items()]  # the outbox rows are in the same files
        gw.wait_log('"released"')
        for f in store_files(db):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert {f.name for f in store_files(db)} >= {"store.db", "store.db-wal", "store.db-shm"}
        for f in store_files(db):
            assert clear_addresses(f.read_bytes()) == [], f
    finally:
        gw.stop()
    log = gw.log_text()
    assert '"event": "released"' in log and "o***@telenet.be" in log
    assert clear_addresses(log.encode()) == []
    for f in store_files(db):
        assert clear_addresses(f.read_bytes()) == [], f
    delivered = [r for r in sink.received if b"Message-ID: <sens-1@" in r.data]
    assert len(delivered) == 1 and sorted(delivered[0].rcpt_tos) == sorted(set(PARENTS) - {REFUSED})
    assert b"Bcc" not in delivered[0].data and b"To: undisclosed-recipients:;" in delivered[0].data
    with sqlite3.connect(db) as conn:
        text = "\n".join(
            str(row)
            for table in ("messages", "incidents", "outbox", "audit")
            for row in conn.execute(f"SELECT * FROM {table}")
        )
    assert clear_addresses(text.encode()) == []
    assert "o***@telenet.be" in text and "f***@hotmail.com" in text  # masked, still recognisable


def test_csv_export_file_is_private(tmp_path: Path, sink: Sink) -> None:
    """`discretie incidents export --output FILE`: created 0600, and an existing 0644 file is
    narrowed before the register is written into it."""
    policy, path = make_policy(tmp_path, sink.url)
    with Store.open(policy.store.path):
        pass
    fresh, existing = tmp_path / "nieuw.csv", tmp_path / "bestaand.csv"
    existing.write_text("oud\n")
    existing.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        for target in (fresh, existing):
            result = subprocess.run(
                [sys.executable, "-m", "discretie", "incidents", "export", "--policy", str(path),
                 "--format", "csv", "--output", str(target)],
                capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            assert stat.S_IMODE(target.stat().st_mode) == 0o600
            assert target.read_text("utf-8").startswith("id,")
    finally:
        os.umask(old_umask)
