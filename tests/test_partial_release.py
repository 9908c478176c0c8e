"""Issue 16 item 3: release a held message to some of its recipients only. The chosen get it
over SMTP (with the BCC rewrite when the hold was for visible recipients), the others never, the
sender is told which; exactly once; an address that is not a recipient is refused."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from discretie.message import parse
from discretie.model import Action, Verdict
from discretie.policy import Policy, load_policy, parse_policy
from discretie.store import Conflict, NotARecipient, Store
from tests.helpers import Received, Sink
from tests.test_outbox import worker
from tests.test_review_cli import db, q  # noqa: F401 - fixtures
from tests.test_store import COLLEAGUE, PARENT, SENDER, Clock, Target, hold_verdict, target  # noqa: F401

OTHER_PARENT = "mama.noor@outlook.be"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


def raw_to_three() -> bytes:
    return (
        f"From: Jan Peeters <{SENDER}>\r\nTo: {PARENT}, {OTHER_PARENT}\r\nCc: {COLLEAGUE}\r\n"
        "Subject: Verslag CLB\r\nMessage-ID: <drie@spc.ksleuven.be>\r\n\r\nZij volgt therapie.\r\n"
    ).encode()


def hold_three(store: Store, policy: Policy, verdict: Verdict | None = None) -> str:
    raw = raw_to_three()
    message = parse(raw, SENDER, (PARENT, OTHER_PARENT, COLLEAGUE))
    return store.hold(raw=raw, message=message, verdict=verdict or hold_verdict(), policy=policy)


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


def released(sink: Sink) -> list[Received]:
    """What the upstream got of the held message itself (not the notifications)."""
    return [r for r in sink.received if b"<drie@spc.ksleuven.be>" in r.data]


def deliver_all(store: Store, sink: Sink, policy: Policy) -> None:
    box = worker(store, sink.url, policy)
    for _ in range(5):
        if not asyncio.run(box.run_once()):
            break


def test_partial_release_delivers_to_the_chosen_and_tells_the_sender(
    target: Target,  # noqa: F811
    policy: Policy,
    sink: Sink,
) -> None:
    with target.open(clock=Clock()) as s:
        ref = hold_three(s, policy)
        held = s.release(ref, actor="dpo", recipients=[COLLEAGUE.upper(), PARENT])
        assert held.state == "releasing"
        assert held.release_to == (COLLEAGUE, PARENT) and held.not_released_to == (OTHER_PARENT,)
        with pytest.raises(Conflict):  # decided once: a second release (any instance) changes nothing
            s.release(ref, actor="other", recipients=[OTHER_PARENT])
        deliver_all(s, sink, policy)
        assert s.get_message(ref).state == "released"
        (audit,) = [e for e in s.audit_entries(target=ref) if e.action == "release"]
        assert audit.note == "gedeeltelijk: niet aan m***@outlook.be"
    (mail,) = released(sink)
    assert sorted(mail.rcpt_tos) == sorted([COLLEAGUE, PARENT])
    delivered = message_from_bytes(mail.data, policy=default)
    # two parents visible: the BCC rewrite takes both out of To; the colleague stays in Cc
    assert str(delivered["To"]) == "undisclosed-recipients:;" and str(delivered["Cc"]) == COLLEAGUE
    assert OTHER_PARENT.encode() not in mail.data
    assert b"Zij volgt therapie." in mail.data
    (notice,) = [r for r in sink.received if r.rcpt_tos == [SENDER] and b"niet aan iedereen" in r.data]
    text = message_from_bytes(notice.data, policy=default)
    assert "niet aan iedereen" in str(text["Subject"])
    body = text.get_body().get_content()  # type: ignore[union-attr]
    assert "NIET aan deze ontvangers" in body and "- m***@outlook.be" in body
    assert OTHER_PARENT not in body and "therapie" not in body


def test_an_address_not_among_the_recipients_is_refused(target: Target, policy: Policy) -> None:  # noqa: F811
    with target.open() as s:
        ref = hold_three(s, policy)
        with pytest.raises(NotARecipient, match=r"vreemde@gmail\.com: geen ontvanger van"):
            s.release(ref, actor="dpo", recipients=[COLLEAGUE, "vreemde@gmail.com"])
        with pytest.raises(NotARecipient, match="kies minstens één ontvanger"):
            s.release(ref, actor="dpo", recipients=[])
        held = s.get_message(ref)
        assert held.state == "held" and held.release_to == ()
        assert not [i for i in s.outbox_items() if i.kind == "release"]
        # every recipient chosen is a plain release
        assert s.release(ref, actor="dpo", recipients=[PARENT, OTHER_PARENT, COLLEAGUE]).release_to == ()


def test_a_hold_for_visible_recipients_is_released_with_the_bcc_rewrite(
    tmp_path: Path,
    sink: Sink,
) -> None:
    """The bcc rule set to hold: the release (to all, or some) goes out with the parents out of
    To (as the rewrite would have done), not with everyone visible."""
    policy = parse_policy("rules:\n  bcc:\n    action: hold\n")
    raw = raw_to_three()
    message = parse(raw, SENDER, (PARENT, OTHER_PARENT, COLLEAGUE))
    from discretie import pipeline

    verdict = pipeline.check(message, policy)
    assert verdict.action is Action.HOLD and verdict.decisive == ("bcc",)
    with Store.open(tmp_path / "s.db") as s:
        ref = s.hold(raw=raw, message=message, verdict=verdict, policy=policy)
        s.release(ref, actor="dpo", recipients=[PARENT, OTHER_PARENT])
        deliver_all(s, sink, policy)
        assert s.get_message(ref).state == "released"
    (mail,) = released(sink)
    assert sorted(mail.rcpt_tos) == sorted([PARENT, OTHER_PARENT])
    delivered = message_from_bytes(mail.data, policy=default)
    assert str(delivered["To"]) == "undisclosed-recipients:;"
    assert delivered["Cc"] is None and delivered["X-Discretie-Rewritten"] == "bcc"


def test_cli_release_to(db: Path, policy: Policy) -> None:  # noqa: F811
    with Store.open(db) as s:
        ref = hold_three(s, policy)
    refused = q(db, "release", ref, "--to", COLLEAGUE, "--to", "vreemde@gmail.com")
    assert refused.returncode == 2
    assert "vreemde@gmail.com: geen ontvanger van" in refused.stderr and "er is niets vrijgegeven" in refused.stderr
    done = q(db, "release", ref, "--to", COLLEAGUE)
    assert done.returncode == 0, done.stderr
    assert f"voor {COLLEAGUE}; niet voor {PARENT}, {OTHER_PARENT}." in done.stdout
    with Store.open(db) as s:
        assert s.get_message(ref).release_to == (COLLEAGUE,)


def test_the_recipients_left_out_are_not_shown_to_the_others(tmp_path: Path, sink: Sink, policy: Policy) -> None:
    """One parent and a colleague (no BCC rewrite needed): released to the colleague only, the
    parent is out of the visible To as well, so the colleague does not read who was left out."""
    raw = (
        f"From: {SENDER}\r\nTo: {PARENT}\r\nCc: {COLLEAGUE}\r\nSubject: x\r\n"
        "Message-ID: <drie@spc.ksleuven.be>\r\n\r\nZij volgt therapie.\r\n"
    ).encode()
    with Store.open(tmp_path / "s.db") as s:
        ref = s.hold(raw=raw, message=parse(raw, SENDER, (PARENT, COLLEAGUE)), verdict=hold_verdict(), policy=policy)
        s.release(ref, actor="dpo", recipients=[COLLEAGUE])
        deliver_all(s, sink, policy)
    (mail,) = released(sink)
    assert mail.rcpt_tos == [COLLEAGUE]
    delivered = message_from_bytes(mail.data, policy=default)
    assert (str(delivered["To"]), str(delivered["Cc"])) == ("undisclosed-recipients:;", COLLEAGUE)
