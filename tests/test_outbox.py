"""The outbox worker against a real SMTP sink on 127.0.0.1: delivers each item exactly once,
retries with backoff while the upstream is down, gives up after 5 days without losing held
mail, and sends released messages through the pipeline with the approving rules."""

from __future__ import annotations

import asyncio
import email
import email.utils
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie import upstream
from discretie.message import parse
from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.outbox import Deliver, Outbox
from discretie.policy import Policy, load_policy
from discretie.store import Store
from tests.helpers import Sink, free_port, make_policy
from tests.test_store import PARENT, SENDER, Clock, hold_one, sample_raw

HOSTNAME = "discretie.test"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.db", clock=clock)
    yield s
    s.close()


def deliverer(url: str) -> Deliver:
    spec = upstream.parse_upstream(url)

    async def deliver(mail_from: str, rcpt_tos: list[str], data: bytes) -> upstream.DeliveryResult:
        return await upstream.deliver(spec, mail_from, rcpt_tos, data, hostname=HOSTNAME, timeout=5)

    return deliver


def worker(store: Store, url: str, policy: Policy, **kw: object) -> Outbox:
    return Outbox(store, deliverer(url), lambda: policy, HOSTNAME, retention=False, **kw)  # type: ignore[arg-type]


def states(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in store.outbox_items():
        out.setdefault(item.state, []).append(item.kind)
    return {k: sorted(v) for k, v in out.items()}


async def test_notifications_are_delivered_once_and_wiped(store: Store, sink: Sink, policy: Policy) -> None:
    """DPO report and sender notice reach the upstream; the outbox keeps no copy of the bytes."""
    ref = hold_one(store, policy)
    box = worker(store, sink.url, policy)
    assert await box.run_once() == 2
    assert await box.run_once() == 0
    assert sorted(r.rcpt_tos[0] for r in sink.received) == ["jan.peeters@spc.ksleuven.be", "privacy@lksd.ksleuven.be"]
    assert all(r.mail_from == "privacy@lksd.ksleuven.be" for r in sink.received)
    assert all(f"X-Discretie-Ref: {ref}".encode() in r.data for r in sink.received)
    assert states(store) == {"sent": ["dpo_report", "notice_held"]}
    assert all(store.outbox_data(i.id) is None for i in store.outbox_items())


async def test_temporary_failure_retries_with_backoff_then_succeeds(
    store: Store, sink: Sink, policy: Policy, clock: Clock
) -> None:
    """451 from the upstream: retried after 1 min, then 2 min ...; delivered once when it accepts."""
    hold_one(store, policy)
    sink.handler.data_reply = "451 4.3.0 Try again later"
    box = worker(store, sink.url, policy)
    assert await box.run_once() == 2
    items = store.outbox_items()
    assert [i.state for i in items] == ["pending", "pending"]
    assert all(i.next_attempt_at == clock.now + 60 for i in items)
    assert all("451" in (i.last_error or "") for i in items)
    assert await box.run_once() == 0  # not due yet
    clock.advance(61)
    assert await box.run_once() == 2
    assert all(i.next_attempt_at == clock.now + 120 for i in store.outbox_items())
    sink.handler.data_reply = None
    clock.advance(121)
    assert await box.run_once() == 2
    assert len(sink.received) == 2
    assert states(store) == {"sent": ["dpo_report", "notice_held"]}


async def test_outbox_delivers_after_the_upstream_comes_back(store: Store, policy: Policy, clock: Clock) -> None:
    """Nothing listens: the items wait; once a server listens on that port they arrive."""
    hold_one(store, policy)
    later = Sink()
    box = worker(store, later.url, policy)
    await box.run_once()
    assert states(store) == {"pending": ["dpo_report", "notice_held"]}
    later.start()
    try:
        clock.advance(61)
        assert await box.run_once() == 2
        assert len(later.received) == 2
    finally:
        later.stop()


async def test_a_successful_delivery_ends_the_backoff_of_the_others(store: Store, policy: Policy, clock: Clock) -> None:
    """Once the upstream takes one mail, the items waiting for their retry go out at once."""
    hold_one(store, policy)
    later = Sink()
    box = worker(store, later.url, policy)
    await box.run_once()
    assert states(store) == {"pending": ["dpo_report", "notice_held"]}
    later.start()
    try:
        hold_one(store, policy)  # new work is due now; its success makes the old items due too
        assert await box.run_once() == 2
        assert await box.run_once() == 2
        assert len(later.received) == 4
    finally:
        later.stop()


async def test_retry_now_skips_the_backoff(store: Store, policy: Policy) -> None:
    hold_one(store, policy)
    later = Sink()
    box = worker(store, later.url, policy)
    await box.run_once()
    later.start()
    try:
        assert await box.run_once() == 0
        box.retry_now()
        assert await box.run_once() == 2
        assert len(later.received) == 2
    finally:
        later.stop()


async def test_backoff_caps_at_one_hour_and_gives_up_after_five_days(
    store: Store, policy: Policy, clock: Clock
) -> None:
    """Upstream down for good: notifications fail after 5 days with an audit entry."""
    hold_one(store, policy)
    box = worker(store, f"smtp://127.0.0.1:{free_port()}", policy)
    assert [box.backoff(n) for n in (1, 2, 3, 6, 7, 20)] == [60, 120, 240, 1920, 3600, 3600]
    await box.run_once()
    clock.advance(5 * 86400)
    await box.run_once()
    assert states(store) == {"failed": ["dpo_report", "notice_held"]}
    failed = [e for e in store.audit_entries() if e.action == "outbox_failed"]
    assert len(failed) == 2 and all("opgegeven na 5 dagen" in (e.note or "") for e in failed)


async def test_permanent_refusal_of_a_notification_fails_it(store: Store, sink: Sink, policy: Policy) -> None:
    hold_one(store, policy)
    sink.handler.data_reply = "554 5.7.1 Rejected"
    await worker(store, sink.url, policy).run_once()
    assert states(store) == {"failed": ["dpo_report", "notice_held"]}
    assert "554" in (store.audit_entries()[-1].note or "")


# -- released messages -------------------------------------------------------------------------------


class Recorder:
    """The real pipeline, remembering the approvals it was called with."""

    def __init__(self) -> None:
        self.approved: list[frozenset[str]] = []

    def __call__(self, message: Message, policy: Policy, approved: frozenset[str]) -> Verdict:
        from discretie import pipeline

        self.approved.append(approved)
        return pipeline.check(message, policy, approved=approved)


async def test_release_goes_through_the_pipeline_and_arrives_exactly_once(
    store: Store, sink: Sink, policy: Policy
) -> None:
    """Release: the exact raw bytes reach the upstream once, with the original envelope; the rule
    that held it is approved; state released, body wiped; the sender is told."""
    ref = hold_one(store, policy)
    box = worker(store, sink.url, policy, check=(recorder := Recorder()))
    await box.run_once()  # the hold notifications
    sink.handler.received.clear()
    store.release(ref, actor="dpo", note="Ouder vroeg het zelf")
    assert await box.run_once() == 1
    assert recorder.approved == [frozenset({"sensitive"})]
    [got] = sink.received
    assert got.data == sample_raw()
    assert got.mail_from == SENDER and got.rcpt_tos == [PARENT, "an.claes@spc.ksleuven.be"]
    held = store.get_message(ref)
    assert held.state == "released" and not held.has_body and held.delivered_at
    assert held.upstream_reply and held.upstream_reply.startswith("250")
    assert [e.action for e in store.audit_entries(target=ref)] == ["release", "delivered"]
    assert await box.run_once() == 1  # the "released" notice to the sender
    assert sink.received[-1].rcpt_tos == [SENDER]
    assert b"vrijgegeven" in email.message_from_bytes(sink.received[-1].data).get_payload(decode=True)
    assert await box.run_once() == 0
    assert len([r for r in sink.received if r.data == sample_raw()]) == 1


async def test_a_release_already_delivered_is_not_sent_again(
    store: Store, sink: Sink, policy: Policy, clock: Clock
) -> None:
    """Worker A's lease runs out while it delivers; worker B claims the item again but sees the
    message is released and does not send it a second time."""
    ref = hold_one(store, policy)
    store.release(ref, actor="dpo")
    a = worker(store, sink.url, policy, lease_seconds=10)
    b = worker(store, sink.url, policy)
    [item] = [i for i in store.claim_outbox(a.owner, limit=10, lease_seconds=10) if i.kind == "release"]
    clock.advance(11)  # A is slow: its lease runs out, B reclaims everything
    claimed_by_b = store.claim_outbox(b.owner, limit=10)
    await a.process(item)  # A finishes: delivered once
    for again in claimed_by_b:
        await b.process(again)
    assert len([r for r in sink.received if r.data == sample_raw()]) == 1
    assert store.get_message(ref).state == "released"


async def test_release_refused_by_the_upstream_goes_back_to_held(store: Store, sink: Sink, policy: Policy) -> None:
    ref = hold_one(store, policy)
    box = worker(store, sink.url, policy)
    await box.run_once()
    store.release(ref, actor="dpo")
    sink.handler.data_reply = "550 5.7.1 Message refused by policy"
    await box.run_once()
    held = store.get_message(ref)
    assert held.state == "held" and held.has_body
    assert "550 5.7.1 Message refused by policy" in (held.last_error or "")
    assert held.upstream_reply and held.upstream_reply.startswith("550")
    assert store.audit_entries(target=ref)[-1].action == "release_failed"
    sink.handler.data_reply = None
    store.release(ref, actor="dpo")  # the DPO can try again
    await box.run_once()
    assert store.get_message(ref).state == "released"


async def test_release_waits_while_the_upstream_is_down_and_comes_back_after_five_days(
    store: Store, policy: Policy, clock: Clock
) -> None:
    """A release during an outage stays 'releasing' with the error shown; after 5 days it is
    held again (never lost)."""
    ref = hold_one(store, policy)
    box = worker(store, f"smtp://127.0.0.1:{free_port()}", policy)
    store.release(ref, actor="dpo")
    await box.run_once()
    held = store.get_message(ref)
    assert held.state == "releasing" and "451" in (held.last_error or "")
    clock.advance(5 * 86400 + 1)
    await box.run_once()
    held = store.get_message(ref)
    assert held.state == "held" and held.has_body and "5 dagen" in (held.last_error or "")


async def test_release_held_again_by_another_rule(store: Store, sink: Sink, policy: Policy) -> None:
    """If a rule other than the approved one now holds it, it goes back to held with a note; the
    next release approves both rules."""
    other = Finding("attachment", "macro", Severity.HIGH, "Bijlage met macro's.", ("rapport.docm",))

    def check(message: Message, policy: Policy, approved: frozenset[str]) -> Verdict:
        if "attachment" in approved:
            return Verdict(Action.FORWARD, (other,))
        return Verdict(Action.HOLD, (other,), would_action=Action.HOLD, decisive=("attachment",))

    ref = hold_one(store, policy)
    box = worker(store, sink.url, policy, check=check)
    await box.run_once()
    sink.handler.received.clear()
    store.release(ref, actor="dpo")
    await box.run_once()
    held = store.get_message(ref)
    assert held.state == "held"
    assert "opnieuw tegengehouden door regel attachment" in (held.last_error or "")
    assert held.held_by == ("sensitive", "attachment")
    assert "attachment" in held.rules and held.findings == (other,)
    assert sink.received == []
    store.release(ref, actor="dpo")
    await box.run_once()
    assert store.get_message(ref).state == "released"
    assert len([r for r in sink.received if r.data == sample_raw()]) == 1


async def test_tampered_release_goes_back_to_held(store: Store, sink: Sink, policy: Policy, tmp_path: Path) -> None:
    import sqlite3

    ref = hold_one(store, policy)
    store.release(ref, actor="dpo")
    conn = sqlite3.connect(tmp_path / "store.db")
    blob = bytearray(conn.execute("SELECT data FROM bodies WHERE id = ?", (ref,)).fetchone()[0])
    blob[-1] ^= 0xFF
    conn.execute("UPDATE bodies SET data = ? WHERE id = ?", (bytes(blob), ref))
    conn.commit()
    conn.close()
    box = worker(store, sink.url, policy)
    await box.run_once()
    held = store.get_message(ref)
    assert held.state == "held" and "kan niet ontsleuteld worden" in (held.last_error or "")
    assert not [r for r in sink.received if r.rcpt_tos == [PARENT, "an.claes@spc.ksleuven.be"]]


async def test_release_with_bcc_rewrite(store: Store, sink: Sink, policy: Policy) -> None:
    """When the pipeline asks for BCC, the released message is rewritten before delivery."""
    pytest.importorskip("discretie.rewrite")
    bcc = Finding("bcc", "visible_recipients", Severity.MEDIUM, "Ouders zichtbaar.", move_to_bcc=(PARENT,))

    def check(message: Message, policy: Policy, approved: frozenset[str]) -> Verdict:
        return Verdict(Action.REWRITE, (bcc,), move_to_bcc=(PARENT,), would_action=Action.REWRITE, decisive=("bcc",))

    ref = hold_one(store, policy)
    box = worker(store, sink.url, policy, check=check)
    await box.run_once()
    sink.handler.received.clear()
    store.release(ref, actor="dpo")
    await box.run_once()
    [got] = [r for r in sink.received if r.mail_from == SENDER]
    assert PARENT in got.rcpt_tos
    delivered = parse(got.data)
    assert PARENT not in [a.key for a in delivered.to + delivered.cc]


# -- the loop, concurrency, retention ------------------------------------------------------------------


async def test_run_loop_is_woken_by_new_work_and_stops(store: Store, sink: Sink, policy: Policy) -> None:
    """With a long poll interval, a hold still goes out at once (the store wakes the worker)."""
    box = worker(store, sink.url, policy, poll_interval=30)
    stop = asyncio.Event()
    task = asyncio.create_task(box.run(stop))
    await asyncio.sleep(0.1)
    await asyncio.to_thread(hold_one, store, policy)
    for _ in range(100):
        if len(sink.received) == 2:
            break
        await asyncio.sleep(0.05)
    assert len(sink.received) == 2
    stop.set()
    await asyncio.wait_for(task, timeout=5)


async def test_stopping_gives_back_items_not_yet_started(store: Store, sink: Sink, policy: Policy) -> None:
    """A worker that stops mid-batch leaves the rest due at once for the next worker, not leased."""
    for _ in range(3):
        hold_one(store, policy)
    stop = asyncio.Event()
    sink.handler.data_delay = 0.3
    box = worker(store, sink.url, policy, batch=6)
    task = asyncio.create_task(box.run_once(stop))
    await asyncio.sleep(0.1)
    stop.set()
    assert await task == 1
    other = worker(store, sink.url, policy, batch=10)
    assert await other.run_once() == 5
    sink.handler.data_delay = 0
    assert len(sink.received) == 6
    assert all(i.attempts == 1 for i in store.outbox_items())


async def test_two_gateways_on_one_store_send_each_item_once(tmp_path: Path, sink: Sink, policy: Policy) -> None:
    """Two workers (two processes' worth: separate connections) race over 30 items: no duplicates."""
    path = tmp_path / "shared.db"
    with Store.open(path) as s:
        for _ in range(15):
            hold_one(s, policy)
    a, b = Store.open(path), Store.open(path)
    try:
        stop = asyncio.Event()
        boxes = [worker(x, sink.url, policy, batch=2, poll_interval=0.05) for x in (a, b)]
        tasks = [asyncio.create_task(box.run(stop)) for box in boxes]
        for _ in range(200):
            if len(sink.received) >= 30:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        stop.set()
        await asyncio.gather(*tasks)
    finally:
        a.close()
        b.close()
    ids = [email.message_from_bytes(r.data)["Message-ID"] for r in sink.received]
    assert len(ids) == 30 and len(set(ids)) == 30


async def test_retention_runs_once_a_day(store: Store, sink: Sink, policy: Policy, clock: Clock) -> None:
    ref = hold_one(store, policy)
    box = Outbox(store, deliverer(sink.url), lambda: policy, HOSTNAME)
    assert (await box.purge_if_due()) is not None
    assert (await box.purge_if_due()) is None  # not again the same day
    clock.advance(policy.retention.held_days * 86400 + 86401)
    result = await box.purge_if_due()
    assert result is not None and result.messages == {"held": 1}
    assert [e.action for e in store.audit_entries() if e.action == "purge"] == ["purge"]
    assert store.get_incident(ref).message_state is None


def _date(data: bytes) -> float:
    return email.utils.parsedate_to_datetime(str(email.message_from_bytes(data)["Date"])).timestamp()


async def test_release_and_reject_notices_are_dated_when_they_are_made(
    store: Store, sink: Sink, policy: Policy, clock: Clock
) -> None:
    """Issue 15: a release three days after the hold was dated the day the mail came in, so the
    teacher found it three days back in the inbox. Date: is when the notice is made; the text
    still says when the original came in."""
    received = clock.now
    released_ref, rejected_ref = hold_one(store, policy), hold_one(store, policy)
    box = worker(store, sink.url, policy)
    while await box.run_once():
        pass
    assert {_date(r.data) for r in sink.received} == {received}  # DPO report and "wordt nagekeken"
    sink.handler.received.clear()
    clock.advance(2 * 86400)
    store.reject(rejected_ref, actor="dpo", notify_sender=True, policy=policy)
    while await box.run_once():
        pass
    (rejected,) = [r.data for r in sink.received if r.rcpt_tos == [SENDER]]
    assert _date(rejected) == received + 2 * 86400
    sink.handler.received.clear()
    clock.advance(86400 + 600)
    store.release(released_ref, actor="dpo", message="Volgende keer via het LVS.")
    while await box.run_once():
        pass
    (released,) = [r.data for r in sink.received if r.rcpt_tos == [SENDER]]
    assert _date(released) == received + 3 * 86400 + 600
    body = email.message_from_bytes(released).get_payload(decode=True)
    assert isinstance(body, bytes)
    assert time.strftime("%d-%m-%Y %H:%M", time.localtime(received)).encode() in body
    assert b"Volgende keer via het LVS." in body


async def test_retention_purges_the_audit_log_after_audit_days(
    store: Store, sink: Sink, policy: Policy, clock: Clock
) -> None:
    store.audit(actor="dpo", action="view", target="D-OLD")
    clock.advance(policy.retention.audit_days * 86400 + 1)
    store.audit(actor="dpo", action="view", target="D-NEW")
    box = Outbox(store, deliverer(sink.url), lambda: policy, HOSTNAME)
    result = await box.purge_if_due()
    assert result is not None and result.audit == 1
    assert [e.target for e in store.audit_entries()] == ["D-NEW", None]
    assert policy.retention.audit_days == 730


# -- a release goes out as the login that submitted it (issue 14, item 4) ------------------------------

LOGIN = "an.devos@sintpieterscollege.be"
SHARED = "secretariaat@spc.ksleuven.be"
PASSTHROUGH = f"\nauth:\n  backend: passthrough\n  send_as:\n    {LOGIN}: ['{SHARED}']\n"


def hold_as(store: Store, policy: Policy, sender: str, login: str | None, peer: str = "192.0.2.7:40000") -> str:
    raw = sample_raw().replace(f"From: Jan Peeters <{SENDER}>".encode(), f"From: {sender}".encode())
    verdict = Verdict(
        action=Action.HOLD,
        findings=(Finding("sensitive", "medical", Severity.HIGH, "Medisch."),),
        would_action=Action.HOLD,
        decisive=("sensitive",),
    )
    return store.hold(
        raw=raw, message=parse(raw, sender, (PARENT,)), verdict=verdict, policy=policy, peer=peer, login=login
    )


async def released_to(store: Store, sink: Sink, policy: Policy, ref: str) -> list[str]:
    """Release ``ref`` and run the outbox; the envelope senders the upstream got for it."""
    store.release(ref, actor="dpo")
    box = worker(store, sink.url, policy)
    while await box.run_once():
        pass
    return [r.mail_from for r in sink.received if b"Message-ID: <verslag-1@spc.ksleuven.be>" in r.data]


async def test_a_sender_the_login_may_not_use_is_never_released(store: Store, sink: Sink, tmp_path: Path) -> None:
    """A held message whose envelope sender and From are not the login's (as the relay let
    through before issue 14): back to held with the reason, nothing sent, though the upstream
    would have taken it (it trusts the gateway)."""
    policy, _ = make_policy(tmp_path, sink.url, PASSTHROUGH)
    ref = hold_as(store, policy, "directie@spc.ksleuven.be", login=LOGIN)
    assert await released_to(store, sink, policy, ref) == []
    held = store.get_message(ref)
    assert held.state == "held" and held.has_body and held.auth_login == LOGIN
    assert "geen adres dat de login waarmee het bericht werd ingediend mag gebruiken" in (held.last_error or "")
    assert store.audit_entries(target=ref)[-1].action == "release_failed"


async def test_a_granted_sender_is_released_only_while_the_grant_stands(
    store: Store, sink: Sink, tmp_path: Path
) -> None:
    with_grant, _ = make_policy(tmp_path, sink.url, PASSTHROUGH)
    (tmp_path / "zonder").mkdir()
    without, _ = make_policy(tmp_path / "zonder", sink.url, "\nauth:\n  backend: passthrough\n")
    revoked = hold_as(store, with_grant, SHARED, login=LOGIN)
    assert await released_to(store, sink, without, revoked) == []
    assert store.get_message(revoked).state == "held"
    assert await released_to(store, sink, with_grant, revoked) == [SHARED]
    assert store.get_message(revoked).state == "released"
    own = hold_as(store, without, LOGIN, login=LOGIN)
    sink.handler.received.clear()
    assert await released_to(store, sink, without, own) == [LOGIN]


async def test_a_message_held_before_the_login_was_kept(store: Store, sink: Sink, tmp_path: Path) -> None:
    """Held before schema 3 (no login): under passthrough, from outside allowed_networks its
    sender cannot be checked and it is not released; from an allowed network it is."""
    policy, _ = make_policy(tmp_path, sink.url, PASSTHROUGH)
    outside = hold_as(store, policy, LOGIN, login=None, peer="192.0.2.7:40000")
    inside = hold_as(store, policy, LOGIN, login=None, peer="127.0.0.1:40000")
    with sqlite3.connect(store.path) as conn:  # what migration 3 leaves in older rows
        conn.execute("UPDATE messages SET auth_login = NULL")
    assert store.get_message(outside).auth_login is None
    assert await released_to(store, sink, policy, outside) == []
    assert "valt niet na te gaan" in (store.get_message(outside).last_error or "")
    assert await released_to(store, sink, policy, inside) == [LOGIN]
