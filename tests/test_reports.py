"""Issue 16 item 6: reports the DPO can live with. A report at once for serious incidents and
every held message; the rest (BCC rewrites, warnings) in one daily overview, made exactly once
across instances and sent through the outbox; per rule ``report: immediate|digest|none``; every
report links to the console page of its message."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default

import pytest

from discretie.model import Action, Finding, Severity, Verdict
from discretie.outbox import last_digest_time
from discretie.policy import Policy, parse_policy
from discretie.store import Store
from tests.helpers import Sink
from tests.test_outbox import worker
from tests.test_store import PARENT, Clock, Target, hold_one, parsed, sample_raw, target  # noqa: F401

CONSOLE = "https://discretie.spc.ksleuven.be:8025"
POLICY = f"school:\n  console_url: {CONSOLE}\nreports:\n  digest_time: '07:00'\n"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(POLICY)


def bcc_rewrite() -> Verdict:
    finding = Finding(
        rule="bcc",
        category="visible_recipients",
        severity=Severity.MEDIUM,
        reason="2 ouders konden elkaars adres zien.",
        evidence=("2 externe ontvangers zichtbaar in Aan/CC: o***@gmail.com, o***@telenet.be",),
        move_to_bcc=(PARENT, "ouder2@telenet.be"),
    )
    return Verdict(
        Action.REWRITE, (finding,), move_to_bcc=finding.move_to_bcc, would_action=Action.REWRITE, decisive=("bcc",)
    )


def password_reject() -> Verdict:
    finding = Finding("password", "password", Severity.HIGH, "Wachtwoord in de mail.", ("wachtwoord: [********]",))
    return Verdict(Action.REJECT, (finding,), would_action=Action.REJECT, decisive=("password",))


def kinds(s: Store, ref: str) -> list[str]:
    return sorted(i.kind for i in s.outbox_items() if i.ref == ref)


def test_report_now_for_high_and_held_the_rest_in_the_digest(target: Target, policy: Policy) -> None:  # noqa: F811
    with target.open(clock=Clock()) as s:
        rewrite = s.record(message=parsed(sample_raw()), verdict=bcc_rewrite(), action=Action.REWRITE, policy=policy)
        refused = s.record(message=parsed(sample_raw()), verdict=password_reject(), action=Action.REJECT, policy=policy)
        held = hold_one(s, policy)  # a medium or high finding: someone waits, so at once
        assert rewrite and refused
        assert kinds(s, rewrite) == ["notice_rewrite"]  # the teacher is told at once, the DPO in the digest
        assert kinds(s, refused) == ["dpo_report", "notice_refused"]
        assert kinds(s, held) == ["dpo_report", "notice_held"]
        reports = dict(target.sql("SELECT id, report FROM incidents"))
        assert reports == {rewrite: "digest", refused: "immediate", held: "immediate"}


def test_per_rule_switches(target: Target) -> None:  # noqa: F811
    policy = parse_policy("rules:\n  bcc:\n    report: immediate\n  password:\n    report: none\n")
    with target.open(clock=Clock()) as s:
        rewrite = s.record(message=parsed(sample_raw()), verdict=bcc_rewrite(), action=Action.REWRITE, policy=policy)
        refused = s.record(message=parsed(sample_raw()), verdict=password_reject(), action=Action.REJECT, policy=policy)
        assert rewrite and refused
        assert kinds(s, rewrite) == ["dpo_report", "notice_rewrite"]
        assert kinds(s, refused) == ["notice_refused"]  # no DPO report, no digest line
        assert dict(target.sql("SELECT id, report FROM incidents")) == {rewrite: "immediate", refused: "none"}
    with pytest.raises(Exception, match="report"):
        parse_policy("rules:\n  bcc:\n    report: sometimes\n")


def test_the_digest_is_made_once_across_instances(target: Target, policy: Policy) -> None:  # noqa: F811
    """Two gateways (two store connections, on PostgreSQL two sessions) make the overview of the
    same day at the same moment: one queues it, the other finds it done; the next day is new."""
    clock = Clock()
    with target.open(clock=clock) as a, target.open(clock=clock) as b:
        first = a.record(message=parsed(sample_raw()), verdict=bcc_rewrite(), action=Action.REWRITE, policy=policy)
        until = clock.now + 60
        results: list[int | None] = []
        barrier = threading.Barrier(2)

        def make(s: Store) -> None:
            barrier.wait()
            results.append(s.enqueue_digest(policy, until=until))

        threads = [threading.Thread(target=make, args=(s,)) for s in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(results, key=str) == [1, None]
        assert [i.kind for i in a.outbox_items()].count("dpo_digest") == 1
        assert b.enqueue_digest(policy, until=until) is None
        clock.advance(3600)
        second = a.record(message=parsed(sample_raw()), verdict=bcc_rewrite(), action=Action.REWRITE, policy=policy)
        assert b.enqueue_digest(policy, until=until + 86400) == 1  # only what came after the first
        digests = [i for i in a.outbox_items() if i.kind == "dpo_digest"]
        assert len(digests) == 2
        bodies = [a.outbox_data(i.id) or b"" for i in digests]
        assert first.encode() in bodies[0] and second.encode() not in bodies[0]
        assert second.encode() in bodies[1] and first.encode() not in bodies[1]


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


def test_digest_goes_out_by_smtp_with_links_and_expiry_reminders(tmp_path: object, policy: Policy, sink: Sink) -> None:
    clock = Clock()
    with Store.open(f"{tmp_path}/s.db", clock=clock) as s:
        old = hold_one(s, policy)  # held 28 days ago: expires in 2 days
        clock.advance(28 * 86400)
        rewrite = s.record(message=parsed(sample_raw()), verdict=bcc_rewrite(), action=Action.REWRITE, policy=policy)
        box = worker(s, sink.url, policy, clock=clock)
        until = last_digest_time(clock.now + 86400, "07:00")
        clock.now = until + 1
        assert asyncio.run(box.digest_if_due()) == 1
        assert asyncio.run(box.digest_if_due()) is None  # once
        for _ in range(3):
            asyncio.run(box.run_once())
    digests = [r for r in sink.received if b"dagoverzicht" in r.data]
    assert len(digests) == 1 and digests[0].rcpt_tos == ["privacy@lksd.ksleuven.be"]
    mail = message_from_bytes(digests[0].data, policy=default)
    assert "Discretie: dagoverzicht tot" in str(mail["Subject"]) and "1 incident(en), 1 bijna verlopen" in str(
        mail["Subject"]
    )
    body = mail.get_body().get_content()  # type: ignore[union-attr]
    assert f"{CONSOLE}/incidents/{rewrite}" in body and f"{CONSOLE}/queue/{old}" in body
    assert "verzonden met ontvangers in BCC" in body and "zichtbare ontvangers" in body
    assert "therapie" not in body and PARENT not in body and "Verslag" not in body  # facts only
    # the immediate report of the held message links to its console page too
    (report,) = [
        r
        for r in sink.received
        if b"X-Discretie-Ref: " + old.encode() in r.data and r.rcpt_tos == ["privacy@lksd.ksleuven.be"]
    ]
    report_body = message_from_bytes(report.data, policy=default).get_body().get_content()  # type: ignore[union-attr]
    assert f"{CONSOLE}/queue/{old}" in report_body


def test_last_digest_time_is_the_latest_one_passed() -> None:
    now = time.mktime((2026, 12, 5, 6, 59, 0, 0, 0, -1))
    assert last_digest_time(now, "07:00") == time.mktime((2026, 12, 4, 7, 0, 0, 0, 0, -1))
    assert last_digest_time(now + 60, "07:00") == time.mktime((2026, 12, 5, 7, 0, 0, 0, 0, -1))


def test_a_rule_with_its_own_report_to_reports_at_once(target: Target) -> None:  # noqa: F811
    """conduct's report_to (the direction) gets the immediate report; the overview is the DPO's only,
    so a medium conduct finding is not put off to it."""
    policy = parse_policy("rules:\n  conduct:\n    report_to: directie@sintpieterscollege.be\n")
    finding = Finding("conduct", "insult", Severity.MEDIUM, "Kwetsende taal.", ("[****]",))
    verdict = Verdict(Action.FORWARD, (finding,), would_action=Action.FORWARD)
    with target.open(clock=Clock()) as s:
        ref = s.record(message=parsed(sample_raw()), verdict=verdict, action=Action.FORWARD, policy=policy)
        assert ref is not None
        (report,) = [i for i in s.outbox_items() if i.ref == ref and i.kind == "dpo_report"]
        assert report.rcpt_tos == ("privacy@lksd.ksleuven.be", "directie@sintpieterscollege.be")
