"""Issue 16 item 9: the message trace. Every message the gateway decides on leaves one row (time,
sender, counts, verdict, SMTP code, reference, size), never a subject or a recipient address in
clear: recipients only as keyed hashes the DPO can search with an address she types. Its own
retention. On both back-ends; written by the gateway off the relay's path."""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from discretie.store import Store, TraceEntry
from tests.helpers import Sink, ThreadGateway
from tests.test_store import Clock, Target, target  # noqa: F401 - fixture

TEACHER = "jan.peeters@sintpieterscollege.be"
PARENT = "Ouder.Janssens@gmail.com"
COLLEAGUE = "an.devos@sintpieterscollege.be"


def entry(at: float, sender: str = TEACHER, rcpts: tuple[str, ...] = (PARENT,), **kw: object) -> TraceEntry:
    values: dict[str, object] = {
        "at": at,
        "sender": sender,
        "recipients": rcpts,
        "internal": 0,
        "external": len(rcpts),
        "verdict": "forward",
        "code": 250,
        "ref": None,
        "size": 1234,
    }
    values.update(kw)
    return TraceEntry(**values)  # type: ignore[arg-type]


def test_search_by_sender_recipient_and_time_keeps_no_address(target: Target) -> None:  # noqa: F811
    clock = Clock()
    t0 = clock.now
    with target.open(clock=clock) as s:
        assert (
            s.add_trace(
                [
                    entry(t0 - 86400, rcpts=(PARENT, COLLEAGUE), internal=1, external=1),
                    entry(t0 - 3600, verdict="hold", ref="D-7F3K2Q9M"),
                    entry(t0 - 60, sender="an.devos@sintpieterscollege.be", rcpts=("iemand@telenet.be",)),
                ]
            )
            == 3
        )
        to_parent = s.search_trace(recipient="  ouder.janssens@GMAIL.com ")  # as she types it
        assert [(r.verdict, r.ref, r.recipients) for r in to_parent] == [
            ("hold", "D-7F3K2Q9M", 1),
            ("forward", None, 2),
        ]
        assert to_parent[1].internal == 1 and to_parent[1].external == 1 and to_parent[1].size == 1234
        assert [r.at for r in s.search_trace(sender=TEACHER.upper())] == [t0 - 3600, t0 - 86400]
        assert [r.at for r in s.search_trace(sender=TEACHER, since=t0 - 7200)] == [t0 - 3600]
        assert [r.at for r in s.search_trace(until=t0 - 3600)] == [t0 - 86400]
        assert s.search_trace(recipient="ander@gmail.com") == []
        row = s.search_trace(sender="an.devos@sintpieterscollege.be")[0].as_json()
        assert row["recipients"] == {"total": 1, "internal": 0, "external": 1} and row["code"] == 250
        stored = [str(v) for r in target.sql("SELECT * FROM trace_rcpt") for v in r]
        assert len(stored) == 8 and all(len(v) == 16 for v in stored[1::2])  # 4 recipients, 64-bit hashes
        everything = repr(target.sql("SELECT * FROM trace")) + repr(stored)
        assert "gmail" not in everything.lower() and "telenet" not in everything
        # retention.trace_days: 30 by default; the purge takes the rows and their hashes
        clock.advance(30 * 86400 - 1800)
        result = s.purge(trace_older_than_days=30)
        assert result.trace == 2 and "2 regel(s) van het berichtenspoor" in result.describe()
        assert len(s.search_trace()) == 1
        assert len(target.sql("SELECT * FROM trace_rcpt")) == 1


def send(port: int, rcpts: list[str], body: str, subject: str = "Info") -> tuple[int, bytes]:
    raw = f"From: {TEACHER}\r\nTo: {', '.join(rcpts)}\r\nSubject: {subject}\r\n\r\n{body}\r\n"
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(TEACHER)
        for rcpt in rcpts:
            client.rcpt(rcpt)
        return client.data(raw.encode())


def test_the_gateway_traces_every_message(gateway: ThreadGateway, sink: Sink) -> None:
    clean_code, _ = send(gateway.port, [PARENT, COLLEAGUE], "Beste ouder, de uitstap is op vrijdag.")
    held_code, held_reply = send(
        gateway.port,
        [PARENT],
        "Beste ouder,\r\n\r\nEmma heeft de diagnose ADHD gekregen van de kinderpsychiater.",
        subject="Emma",
    )
    password_code, _ = send(gateway.port, [COLLEAGUE], "Mijn wachtwoord is Zomer2024! voor Smartschool.")
    assert (clean_code, held_code, password_code) == (250, 250, 550)
    store = gateway.running.store
    deadline = time.monotonic() + 10
    while len(store.search_trace()) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    rows = store.search_trace(sender=TEACHER)
    assert [(r.verdict, r.code, r.recipients, r.internal, r.external) for r in rows] == [
        ("reject", 550, 1, 1, 0),
        ("hold", 250, 1, 0, 1),
        ("forward", 250, 2, 1, 1),
    ]
    assert rows[1].ref is not None and rows[1].ref.encode() in held_reply
    assert rows[0].ref is not None and rows[2].ref is None  # a clean message has no reference
    assert [r.verdict for r in store.search_trace(recipient=PARENT)] == ["hold", "forward"]


@pytest.fixture
def traced(tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    with Store.open(db) as s:
        s.add_trace(
            [entry(time.time() - 60, verdict="hold", ref="D-7F3K2Q9M"), entry(time.time() - 30, rcpts=(COLLEAGUE,))]
        )
    return db


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", "trace", "--store", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_trace_searches_and_is_audited(traced: Path) -> None:
    out = cli(traced, "--to", PARENT, "--json")
    assert out.returncode == 0, out.stderr
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert (row["verdict"], row["ref"], row["sender"], row["code"]) == ("hold", "D-7F3K2Q9M", TEACHER, 250)
    table = cli(traced, "--from", TEACHER, "--since", time.strftime("%Y-%m-%d"))
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == [
        "TIJDSTIP",
        "AFZENDER",
        "ONTVANGERS",
        "INTERN",
        "EXTERN",
        "UITKOMST",
        "CODE",
        "REFERENTIE",
        "GROOTTE",
    ]
    assert len(lines) == 3 and "vastgehouden" in lines[2] and "D-7F3K2Q9M" in lines[2]
    assert cli(traced, "--since", "gisteren").returncode == 2
    with Store.open(traced) as s:
        notes = [e.note for e in s.audit_entries() if e.action == "trace_search"]
    assert notes == [
        "berichtenspoor doorzocht: aan o***@gmail.com; 1 resultaat",
        f"berichtenspoor doorzocht: van {TEACHER}, sinds {time.strftime('%d-%m-%Y')}; 2 resultaten",
    ]
