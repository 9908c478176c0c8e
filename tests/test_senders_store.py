"""The per-sender counts of ``rules.hijack`` in the store, on SQLite and on PostgreSQL: counted per
minute under a keyed hash (no address, no recipient), a window, a baseline, exactly one burst start
(and one alert) among concurrent writers, blocks with their audit entries, and the retention."""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

import pytest

from discretie import notify
from discretie.model import Action, Finding, Severity, Verdict
from discretie.policy import Policy
from discretie.store import Store
from discretie.store.errors import StoreError
from tests.test_store import PARENT, SENDER, Clock, Target, parsed, sample_raw
from tests.test_store import policy as policy  # the fixtures, used by name
from tests.test_store import target as target

OTHER = "an.claes@spc.ksleuven.be"


def hijack_verdict() -> Verdict:
    finding = Finding("hijack", "phishing", Severity.HIGH, "Golf.", ("30 externe ontvangers in 15 min",))
    return Verdict(Action.HOLD, (finding,), would_action=Action.HOLD, decisive=("hijack",))


def burst(block: bool = False) -> notify.Burst:
    return notify.Burst(address=SENDER, window=900.0, externals=30, block=block)


def alerts(store: Store) -> list[str]:
    return [item.ref or "" for item in store.outbox_items() if item.kind == "burst_alert"]


def test_counts_per_window_under_a_keyed_hash(target: Target) -> None:
    clock = Clock()
    with target.open(clock=clock) as store:
        assert store.sender_activity(SENDER, 10, window=900).externals == 10
        clock.advance(300)
        second = store.sender_activity(SENDER, 12, window=900)
        assert (second.externals, second.messages, second.max_externals, second.first_seen) == (
            22,
            2,
            0,
            clock.now - 300,
        )
        assert store.sender_activity(OTHER, 3, window=900).externals == 3  # another sender, its own count
        clock.advance(700)  # the first message is out of the 15-minute window now, the second not
        later = store.sender_activity(SENDER, 0, window=900)
        assert (later.externals, later.messages) == (12, 1)
        store.sender_delivered(SENDER, 12)
        store.sender_delivered(SENDER, 5)  # a smaller message never lowers the baseline
        assert store.sender_activity(SENDER, 0, window=900).max_externals == 12
    rows = target.sql("SELECT sender, bucket, messages, externals FROM sender_counts")
    assert len(rows) == 3 and all(len(r[0]) == 64 and "@" not in r[0] for r in rows)
    assert {r[3] for r in rows} == {10, 12, 3}
    profiles = target.sql("SELECT sender FROM sender_profiles")
    assert len(profiles) == 2 and all("@" not in r[0] for r in profiles)


def test_the_outsiders_off_the_pupil_list_are_counted_apart(target: Target) -> None:
    """The volume limit's count: of each message's outsiders, those off the pupil list, summed over the window in
    the same row as all outsiders (two messages in one minute add up); a row counted before the column existed
    (NULL) reads as all of its outsiders; a count without it is all of them; never more than all."""
    clock = Clock()
    with target.open(clock=clock) as store:
        first = store.sender_activity(SENDER, 300, unlisted=4, window=900)
        assert (first.externals, first.unlisted) == (300, 4)
        second = store.sender_activity(SENDER, 20, unlisted=6, window=900)
        assert (second.externals, second.unlisted, second.messages) == (320, 10, 2)
        assert store.sender_activity(SENDER, 5, window=900).unlisted == 15  # no pupil list: all of them
        assert store.sender_activity(OTHER, 3, unlisted=9, window=900).unlisted == 3
        target.sql("UPDATE sender_counts SET unlisted = NULL WHERE externals = 3")  # a row from before the column
        assert store.sender_activity(OTHER, 2, unlisted=0, window=900).unlisted == 3
        assert store.sender_activity(OTHER, 0, window=900).unlisted == 3
        clock.advance(120)
        assert store.sender_activity(OTHER, 1, unlisted=1, window=900).unlisted == 4  # a new minute's row
    assert sorted(r[0] for r in target.sql("SELECT unlisted FROM sender_counts")) == [1, 3, 15]


def test_one_burst_one_alert_among_concurrent_writers(target: Target, policy: Policy) -> None:
    """Eight messages of one burst held at once through four store objects (four workers or
    instances): all held, the burst counts eight, and exactly one alert is queued, for the first."""
    stores = [target.open() for _ in range(4)]
    stores[0].sender_activity(SENDER, 10, window=900)
    barrier = threading.Barrier(8)
    refs: list[str] = []

    def hold(store: Store) -> None:
        barrier.wait()
        refs.append(
            store.hold(
                raw=sample_raw(),
                message=parsed(sample_raw(), rcpts=(PARENT,)),
                verdict=hijack_verdict(),
                policy=policy,
                burst=burst(),
            )
        )

    threads = [threading.Thread(target=hold, args=(stores[i % 4],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(refs) == 8
    (alert_ref,) = alerts(stores[1])
    assert alert_ref in refs
    going = stores[2].sender_burst(SENDER)
    assert going is not None and (going["ref"], going["messages"]) == (alert_ref, 8)
    kinds = [item.kind for item in stores[3].outbox_items()]
    assert kinds == ["burst_alert"]  # no report or notice per message
    for s in stores:
        s.close()


def test_a_burst_ends_after_a_quiet_window_and_the_next_one_alerts_again(target: Target, policy: Policy) -> None:
    clock = Clock()
    with target.open(clock=clock) as store:
        store.sender_activity(SENDER, 10, window=900)
        message = parsed(sample_raw(), rcpts=(PARENT,))
        first = store.record(
            message=message, verdict=hijack_verdict(), action=Action.HOLD, policy=policy, burst=burst()
        )
        clock.advance(600)
        store.record(message=message, verdict=hijack_verdict(), action=Action.HOLD, policy=policy, burst=burst())
        assert store.sender_activity(SENDER, 0, window=900).burst is True
        clock.advance(901)  # 15 quiet minutes after the last message of the burst
        assert store.sender_activity(SENDER, 0, window=900).burst is False
        again = store.record(
            message=message, verdict=hijack_verdict(), action=Action.HOLD, policy=policy, burst=burst()
        )
        assert alerts(store) == [first, again]


def test_block_by_burst_and_by_hand_and_its_release_are_audited(target: Target, policy: Policy) -> None:
    with target.open() as store:
        ref = store.hold(
            raw=sample_raw(),
            message=parsed(sample_raw(), rcpts=(PARENT,)),
            verdict=hijack_verdict(),
            policy=policy,
            burst=burst(block=True),
        )
        assert [(b.address, b.ref, b.actor) for b in store.sender_blocks()] == [(SENDER, ref, "discretie")]
        assert store.sender_activity(SENDER.upper(), 0, window=900).blocked is True
        assert store.block_sender(OTHER, actor="dpo", note="melding van de beheerder") is True
        assert store.block_sender(OTHER, actor="dpo") is False
        assert store.blocked_senders() == frozenset({SENDER.lower(), OTHER.strip().lower()})
        assert store.unblock_sender(SENDER, actor="dpo", note="wachtwoord gereset") is True
        assert store.blocked_senders(timeout=1.0) == frozenset({OTHER.strip().lower()})
        assert store.sender_activity(SENDER, 0, window=900).blocked is False
        assert store.sender_burst(SENDER) is None  # lifting ends the burst too
        assert store.unblock_sender(SENDER, actor="dpo") is False
        entries = [
            (e.actor, e.action, e.target, e.note) for e in store.audit_entries() if e.action.startswith("sender")
        ]
    assert entries == [
        ("discretie", "sender_blocked", SENDER, f"golf van {ref}"),
        ("dpo", "sender_blocked", OTHER, None),
        ("dpo", "sender_unblocked", SENDER, "blokkering opgeheven: wachtwoord gereset"),
    ]


def test_the_history_of_mail_to_staff_is_read_at_once_where_the_store_can(target: Target) -> None:
    """Mail to staff only counts nothing, so its history (a block) is read in the caller's thread where
    the back-end answers without waiting: on the SQLite file, the same history as a store thread's read,
    what another connection just wrote (a block from the CLI), and a lock met there is no wait but None
    (the relay then asks in a store thread). PostgreSQL answers nothing at once."""
    clock = Clock()
    with target.open(clock=clock) as store, target.open(clock=clock) as other:
        store.sender_activity(SENDER, 10, window=900)
        now = store.sender_history_now(SENDER, window=900)
        if target.kind == "postgresql":
            assert now is None
            return
        assert now is not None and now == store.sender_activity(SENDER, 0, window=900)
        assert (now.externals, now.messages, now.first_seen, now.blocked) == (10, 1, clock.now, False)
        assert other.block_sender(SENDER, actor="dpo") is True
        blocked = store.sender_history_now(SENDER.upper(), window=900)
        assert blocked is not None and blocked.blocked is True
        # A WAL reader meets no writer's lock; any error there (here: a table gone under it) is None at once.
        target.sql("ALTER TABLE sender_blocks RENAME TO sender_blocks_away")
        assert store.sender_history_now(SENDER, window=900) is None
        target.sql("ALTER TABLE sender_blocks_away RENAME TO sender_blocks")
        with target.row_locked("messages", "", waiters=0, start=[], first="DELETE FROM sender_blocks"):
            started = time.monotonic()  # a writer holds the file's write lock: the read does not wait for it
            during = store.sender_history_now(SENDER, window=900)
            assert during is not None and during.blocked is True and time.monotonic() - started < 0.5
        after = store.sender_history_now(SENDER, window=900)  # the writer's commit is seen: the block lifted
        assert after is not None and after.blocked is False
    with pytest.raises(StoreError, match="gesloten"), store._db.instant() or contextlib.nullcontext():
        pass


def test_retention_purges_counts_profiles_and_old_blocks(target: Target, policy: Policy) -> None:
    """Counter rows go after a day; a profile after ``sender_days`` without mail, never during a
    burst; a block after ``incident_days``. Written to the audit log."""
    clock = Clock()
    with target.open(clock=clock) as store:
        store.sender_activity(SENDER, 10, window=900)
        store.sender_activity(OTHER, 4, window=900)
        store.block_sender("oud@sintpieterscollege.be", actor="dpo")
        clock.advance(2 * 86400)
        store.sender_activity(OTHER, 1, window=900)  # OTHER mails again: its profile stays, its old row goes
        assert len(target.sql("SELECT 1 FROM sender_counts")) == 2
        result = store.purge(senders_older_than_days=30, actor="dpo", via="cli")
        assert result.senders == 0
        assert len(target.sql("SELECT 1 FROM sender_counts")) == 1  # only OTHER's row of today
        clock.advance(31 * 86400)  # SENDER and OTHER idle for 33 and 31 days, the block 33 days old
        store.record(
            message=parsed(sample_raw(), rcpts=(PARENT,)),
            verdict=hijack_verdict(),
            action=Action.HOLD,
            policy=policy,
            burst=notify.Burst(address=OTHER, window=900.0, externals=1),
        )  # a burst of OTHER goes on: its idle profile is kept through it
        result = store.purge(senders_older_than_days=30, incidents_older_than_days=30, actor="dpo", via="cli")
        assert result.senders == 2  # SENDER's profile (idle 33 days) and the 33-day-old block
        assert len(target.sql("SELECT 1 FROM sender_profiles")) == 1
        assert store.sender_blocks() == []
        assert "2 afzenderprofiel(en) of blokkering(en)" in (store.audit_entries()[-1].note or "")
        assert target.sql("SELECT 1 FROM sender_counts") == []


def test_a_new_store_has_the_tables_at_the_current_version(target: Target, tmp_path: Path) -> None:
    with target.open() as store:
        store.sender_activity(SENDER, 1, window=60)
    assert target.schema_version() == target.current_version
    assert len(target.sql("SELECT 1 FROM sender_profiles")) == 1
