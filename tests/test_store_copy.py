"""``discretie store copy``: a SQLite store moved into PostgreSQL without losing held mail,
incidents, the outbox or the audit log; run again, nothing changes; interrupted, a second run
finishes it."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from discretie import crypto
from discretie.model import Action, Finding, Severity, Verdict
from discretie.policy import Policy, load_policy
from discretie.store import BreachText, Store, StoreError, TraceEntry
from discretie.store.copy import copy_store
from tests.pg import PostgresServer
from tests.test_store import PARENT, SENDER, Clock, hold_one, parsed, sample_raw


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def target_url(postgres: PostgresServer) -> Iterator[str]:
    name = f"c_{secrets.token_hex(6)}"
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres.url_for(name)
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def fill(path: Path, policy: Policy) -> dict[str, str]:
    """A store with something in every table: held, released and rejected messages, an incident
    of a rejected mail, notifications, audit entries past a purge, a reviewer with a session."""
    clock = Clock()
    with Store.open(path, clock=clock) as s:
        s.audit(actor="dpo", action="view", target="D-OLD")  # purged below
        clock.advance(10 * 86400)
        held = hold_one(s, policy, subject="Nog vast")
        released = hold_one(s, policy, subject="Vrijgegeven")
        rejected = hold_one(s, policy, subject="Geweigerd")
        s.release(released, actor="dpo", message="Goed zo")
        s.reject(rejected, actor="dpo", notify_sender=True, policy=policy, message="Via Smartschool")
        finding = Finding("password", "password", Severity.HIGH, "Wachtwoord.", ("wachtwoord: [********]",))
        verdict = Verdict(Action.REJECT, (finding,), would_action=Action.REJECT, decisive=("password",))
        refused = s.record(message=parsed(sample_raw()), verdict=verdict, action=Action.REJECT, policy=policy)
        assert refused is not None
        [item] = [i for i in s.claim_outbox("w") if i.kind == "release"]
        s.release_delivered(item.id, released, reply="250 ok", policy=policy)
        s.add_reviewer("an", "hash-an", actor="t")
        s.create_session(token_hash="tok", reviewer="an", csrf="c", expires_at=clock.now + 3600, peer="10.0.0.1")
        s.mark_seen([held], reviewer="an")
        s.login_failed([("account:bob", 5)], window=900, lock_for=900)
        s.sender_activity("an.devos@sintpieterscollege.be", 30, window=900)  # a hijacked account's counts
        s.block_sender("an.devos@sintpieterscollege.be", actor="dpo")
        s.message_body(held, actor="dpo")
        s.open_breach(
            BreachText(description="Zorgverslag naar een ouder", people=1),
            ref=released,
            occurred_at=clock.now,
            discovered_at=clock.now,
            actor="dpo",
        )
        s.add_trace([TraceEntry(clock.now, SENDER, (PARENT,), 0, 1, "hold", 250, held, 1234)])
        s.sender_act(held, "release", justification="De ouders vroegen het zelf.", peer="10.0.0.2")
        s.add_exception(rule="sensitive", sender=SENDER, recipients=[PARENT], days=30, reason="afspraak", actor="dpo")
        assert s.purge(audit_older_than_days=5, actor="dpo", via="cli").audit == 1
    return {"held": held, "released": released, "rejected": rejected, "refused": refused}


def snapshot(s: Store) -> dict[str, object]:
    """Everything a reader of the store sees, in clear (bodies and mails decrypted)."""
    messages = s.list_messages()
    return {
        "messages": messages,
        "bodies": {m.id: s.message_body(m.id) for m in messages},
        "incidents": s.list_incidents(),
        "outbox": s.outbox_items(),
        "outbox_data": {i.id: s.outbox_data(i.id) for i in s.outbox_items()},
        "audit": s.audit_entries(),
        "reviewers": s.reviewers(),
        "seen": s.queue_page(reviewer="an").seen,
        "session": s.get_session("tok") is not None,
        "last_purge_at": s.last_purge_at(),
        "breaches": s.list_breaches(),  # the sealed words opened with the same key
        "trace": s.search_trace(recipient=PARENT),
        "exceptions": s.list_exceptions(),
        "exceptions_generation": s.exceptions_generation(),
        "sender_requests": {m.id: s.sender_request(m.id) for m in messages},
        "blocks": s.sender_blocks(),
        "sender": s.sender_activity("an.devos@sintpieterscollege.be", 0, window=3 * 86400),
    }


def run_copy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", "store", "copy", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DISCRETIE_STORE_PASSWORD": ""},
    )


def test_copy_moves_everything_and_a_second_run_changes_nothing(
    tmp_path: Path, policy: Policy, target_url: str, postgres: PostgresServer
) -> None:
    path = tmp_path / "store.db"
    refs = fill(path, policy)
    with Store.open(path) as s:
        before = snapshot(s)
    url = target_url.replace(f":{postgres.password}@", "@")
    secret = tmp_path / "pw"
    secret.write_text(postgres.password + "\n")
    first = run_copy("--from", f"sqlite:{path}", "--to", url, "--password-file", str(secret))
    assert first.returncode == 0, first.stderr
    assert postgres.password not in first.stdout + first.stderr
    lines = {line.split()[0]: line.split() for line in first.stdout.splitlines()}
    assert lines["messages"][1:] == ["bron", "3", "nu", "toegevoegd", "3", "doel", "3"]
    assert all(int(lines[t][2]) > 0 for t in lines), first.stdout  # something in every table
    with Store.open(target_url, f"{path}.key") as t:
        assert snapshot(t) == before
        assert t.message_body(refs["held"]) == sample_raw(subject="Nog vast")
        assert t.get_message(refs["released"]).state == "released"
        assert t.get_incident(refs["refused"]).action == "reject"
        # New rows are numbered after the copied ones, and the audit log stays append-only.
        last = before["audit"][-1].id  # type: ignore[index]
        t.audit(actor="dpo", action="view", target=refs["held"])
        assert t.audit_entries()[-1].id == last + 1
    second = run_copy("--from", f"sqlite:{path}", "--to", url, "--password-file", str(secret))
    assert second.returncode == 0, second.stderr
    assert all(line.split()[5] == "0" for line in second.stdout.splitlines()), second.stdout
    with Store.open(target_url, f"{path}.key") as t:
        assert len(t.audit_entries()) == len(before["audit"]) + 1  # type: ignore[arg-type]


def test_an_interrupted_copy_is_finished_by_the_next_run(tmp_path: Path, policy: Policy, target_url: str) -> None:
    path = tmp_path / "store.db"
    fill(path, policy)
    for _ in range(20):
        with Store.open(path) as s:
            hold_one(s, policy)

    class Interrupted(Exception):
        pass

    def stop_after_messages(table: str, added: int) -> None:
        if table == "messages" and added >= 7:
            raise Interrupted

    with Store.open(path) as source, Store.open(target_url, f"{path}.key") as target:
        with pytest.raises(Interrupted):
            copy_store(source, target, batch=7, progress=stop_after_messages)
        counts = target.counts()
        assert sum(counts[state] for state in ("held", "releasing", "released", "rejected")) == 7
        result = {c.table: c for c in copy_store(source, target, batch=7)}
        assert result["messages"].source == result["messages"].target == 23
        assert result["messages"].added == 16
        assert snapshot(target) == snapshot(source)


def test_copy_refuses_a_target_with_another_key(tmp_path: Path, policy: Policy, target_url: str) -> None:
    """The target was started with another key: refused before any row is copied."""
    path = tmp_path / "store.db"
    fill(path, policy)
    other = tmp_path / "other.key"
    other.write_text(crypto.encode_key(crypto.generate_key()))
    Store.open(target_url, other).close()
    with Store.open(path) as source, Store.open(target_url, other) as target:
        with pytest.raises(StoreError, match="andere sleutel"):
            copy_store(source, target)
        assert target.counts()["held"] == 0


def test_rotate_key_command_with_the_policys_keys(tmp_path: Path, policy: Policy) -> None:
    """`discretie store new-key` writes a key 0600 and never over one; `discretie store rotate-key`
    seals everything again with store.key_file, after which the old key is no longer needed."""
    path = tmp_path / "store.db"
    fill(path, policy)
    new = tmp_path / "new.key"
    made = subprocess.run(
        [sys.executable, "-m", "discretie", "store", "new-key", str(new)], capture_output=True, text=True, timeout=60
    )
    assert made.returncode == 0 and (new.stat().st_mode & 0o777) == 0o600
    again = subprocess.run(
        [sys.executable, "-m", "discretie", "store", "new-key", str(new)], capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 1 and "bestaat al" in again.stderr
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(f"store:\n  path: {path}\n  key_file: {new}\n  extra_key_files: [{path}.key]\n")
    rotated = subprocess.run(
        [sys.executable, "-m", "discretie", "store", "rotate-key", "--policy", str(policy_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rotated.returncode == 0, rotated.stderr
    assert rotated.stdout.splitlines()[0].split()[:4] == ["bodies", "opnieuw", "versleuteld", "1"]
    with Store.open(path, new) as s:
        assert all(m.readable for m in s.list_messages())
        assert s.message_body(s.list_messages(states=["held"])[0].id) == sample_raw(subject="Nog vast")
