"""What the store keeps for the web console (schema version 2): reviewers, sessions, lock-out,
seen marks, and pages of the queue that never load every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from discretie.policy import Policy
from discretie.store import MIGRATIONS, SCHEMA_VERSION, Conflict, NotFound, Store, StoreError
from tests.web.conftest import FAST, NAME, hold
from tests.web.demo import SettableClock


def test_a_version_1_store_is_upgraded_in_place(tmp_path: Path, policy: Policy) -> None:
    """A store written before the console keeps its messages and gains the new tables."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Store.open(path) as s:
        ref = hold(s, policy)
    # reopen: version 1 -> 2 happened at the first open; data is intact
    with Store.open(path) as s:
        assert s.get_message(ref).state == "held"
        s.add_reviewer("nieuw", FAST.hash("x" * 12), actor="t")
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    assert {"reviewers", "web_sessions", "login_failures", "message_seen", "audit_target"} <= tables
    assert {"exceptions", "sender_requests", "exceptions_expires", "sender_requests_kind"} <= tables


def test_queue_page_counts_and_slices_in_sql(store: Store, policy: Policy, clock: SettableClock) -> None:
    refs = []
    for i in range(7):
        clock.now += 10
        refs.append(hold(store, policy, subject=f"Onderwerp {i}"))
    store.reject(refs[0], actor="t")
    page = store.queue_page(states=("held", "releasing"), offset=2, limit=3)
    assert page.total == 6 and [m.id for m in page.items] == [refs[4], refs[3], refs[2]]
    assert page.state_counts["held"] == 6 and page.state_counts["rejected"] == 1
    assert store.queue_page(states=("rejected",)).total == 1
    found = store.queue_page(text="onderwerp 6")
    assert [m.id for m in found.items] == [refs[6]] and found.text_complete
    window = store.queue_page(text="onderwerp", subject_window=2)
    assert [m.id for m in window.items] == [refs[6], refs[5]] and not window.text_complete
    assert store.queue_page(text="100%").total == 0  # LIKE wildcards are literal
    assert store.queue_page(text="_").total == 0


def test_seen_marks_are_per_reviewer_and_go_with_the_message(
    store: Store, policy: Policy, clock: SettableClock
) -> None:
    a = hold(store, policy)
    clock.now += 1
    b = hold(store, policy)
    assert store.mark_seen([a, "D-ZZZZZZZZ"], reviewer=NAME) == 1
    assert store.mark_seen([a], reviewer=NAME) == 0
    page = store.queue_page(reviewer=NAME)
    assert page.seen == frozenset({a})
    assert [m.id for m in store.queue_page(reviewer=NAME, unseen_only=True).items] == [b]
    assert [m.id for m in store.queue_page(reviewer="ander", unseen_only=True).items] == [b, a]
    clock.now += 40 * 86400
    store.purge(older_than_days=30)
    with sqlite3.connect(store.path) as c:
        assert c.execute("SELECT count(*) FROM message_seen").fetchone()[0] == 0


def test_reviewer_accounts_and_their_sessions(store: Store) -> None:
    """Names are normalised; duplicates refused; a new password or removal ends the sessions;
    every change is audited."""
    with pytest.raises(Conflict):
        store.add_reviewer(" AN.Peeters ", "hash", actor="t")
    with pytest.raises(StoreError):
        store.add_reviewer("an peeters", "hash", actor="t")
    store.create_session(token_hash="h1", reviewer=NAME, csrf="c", expires_at=store.now() + 60, peer="1.2.3.4")
    assert store.get_session("h1") is not None
    store.set_reviewer_password(NAME, FAST.hash("y" * 12), actor="t")
    assert store.get_session("h1") is None
    store.create_session(token_hash="h2", reviewer=NAME, csrf="c", expires_at=store.now() + 60, peer=None)
    assert [r.sessions for r in store.reviewers() if r.name == NAME] == [1]
    store.remove_reviewer(NAME, actor="t")
    assert store.get_session("h2") is None and store.reviewer_hash(NAME) is None
    with pytest.raises(NotFound):
        store.remove_reviewer(NAME, actor="t")
    actions = [e.action for e in store.audit_entries() if e.action.startswith("reviewer_")]
    assert actions == ["reviewer_add", "reviewer_add", "reviewer_passwd", "reviewer_remove"]


def test_lockout_counts_within_a_window(store: Store, clock: SettableClock) -> None:
    """Failures older than the window do not count; the lock lasts lock_for; success clears."""
    limits = [("account:x", 3)]
    assert store.login_failed(limits, window=100, lock_for=50) is None
    clock.now += 150  # the first failure has expired
    assert store.login_failed(limits, window=100, lock_for=50) is None
    assert store.login_failed(limits, window=100, lock_for=50) is None
    until = store.login_failed(limits, window=100, lock_for=50)
    assert until == pytest.approx(clock.now + 50)
    assert store.login_locked_until(["account:x", "ip:y"]) == until
    clock.now += 51
    assert store.login_locked_until(["account:x"]) is None
    assert store.login_failed(limits, window=100, lock_for=50) is None
    store.login_succeeded(["account:x"])
    assert store.login_failed(limits, window=100, lock_for=50) is None
    assert store.login_failed(limits, window=100, lock_for=50) is None
    assert store.login_failed(limits, window=100, lock_for=50) is not None


def test_expired_sessions_are_not_returned_and_are_cleaned(store: Store, clock: SettableClock) -> None:
    store.create_session(token_hash="old", reviewer=NAME, csrf="c", expires_at=clock.now + 10, peer=None)
    clock.now += 11
    assert store.get_session("old") is None
    store.create_session(token_hash="new", reviewer=NAME, csrf="c", expires_at=clock.now + 10, peer=None)
    with sqlite3.connect(store.path) as c:
        assert [r[0] for r in c.execute("SELECT token_hash FROM web_sessions")] == ["new"]
