"""Exceptions granted in the store (issue 16, item 4), applied by running gateways over real SMTP
without a reload: on SQLite in-process, on PostgreSQL by two instances at once; they end at their
end time; policy.yaml's exceptions go through the same check (Policy.exempt)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from discretie import pipeline
from discretie.config import GrantedException
from discretie.message import parse
from discretie.policy import Policy, load_policy
from discretie.review import actions
from discretie.serve import EXCEPTIONS_INTERVAL
from discretie.store import Store
from tests.helpers import Sink, ThreadGateway, make_policy
from tests.test_e2e import PARENT, SENSITIVE, TEACHER
from tests.test_pg_gateway import Shared, ref_of, send, shared  # noqa: F401 - the fixture

OTHER_PARENT = "ouder.peeters@telenet.be"


def wait_applied() -> None:
    """Longer than one look of the gateway at the store's exceptions."""
    time.sleep(EXCEPTIONS_INTERVAL * 2.5)


def test_policy_yaml_and_granted_exceptions_share_one_check() -> None:
    """Policy.exempt: a rule's ``exceptions`` from policy.yaml as before (sender glob, or every
    recipient listed), and a granted exception only for its rule, its sender and recipients
    among its own."""
    policy = load_policy(None)
    message = parse(SENSITIVE, TEACHER, (PARENT,))
    assert pipeline.check(message, policy).action.value == "hold"
    granted = GrantedException("U-TEST0001", "sensitive", TEACHER, frozenset({PARENT}), time.time() + 60)
    exempted = policy.with_exceptions((granted,))
    assert exempted.exempt("sensitive", TEACHER, (PARENT,))
    assert exempted.exempt("sensitive", TEACHER.upper(), (PARENT.upper(),))
    assert not exempted.exempt("sensitive", TEACHER, (PARENT, OTHER_PARENT))  # another recipient
    assert not exempted.exempt("sensitive", "jan.peeters@sintpieterscollege.be", (PARENT,))  # another sender
    assert not exempted.exempt("personal_data", TEACHER, (PARENT,))  # another rule
    assert pipeline.check(message, exempted).action.value == "forward"
    assert exempted.with_roster(None).granted == (granted,)  # a roster swap keeps them
    yaml_policy = Policy.model_validate(
        {"rules": {"sensitive": {"exceptions": {"senders": ["an.*@sintpieterscollege.be"]}}}}
    )
    assert yaml_policy.exempt("sensitive", TEACHER, (PARENT,))
    assert pipeline.check(message, yaml_policy).action.value == "forward"


def test_exception_granted_in_the_store_lets_the_next_mail_pass_without_reload_and_ends(
    tmp_path: Path, sink: Sink
) -> None:
    """A running gateway holds the mail; an exception for that sender, recipient and rule, granted
    through another store handle (the CLI or the console), lets the identical mail pass within a
    second or two, without a reload; to another parent it is still held; after its end the mail is
    held again; a revoked exception stops at once."""
    policy, path = make_policy(tmp_path, sink.url)
    gw = ThreadGateway(policy, path).start()
    try:
        code, reply = send(gw.port)
        assert code == 250 and b"vastgehouden" in reply
        first = ref_of(reply)
        with Store.open(policy.store.path, policy.store.key_file, create=False) as store:
            granted = store.add_exception(
                rule="sensitive",
                sender=TEACHER,
                recipients=[PARENT],
                days=6 / 86400,  # six seconds
                reason="afgesproken met de directie",
                actor="an.peeters",
                source_ref=first,
            )
            wait_applied()
            code, reply = send(gw.port)
            assert code == 250 and b"vastgehouden" not in reply, reply
            deadline = time.monotonic() + 10
            while not [r for r in sink.received if PARENT in r.rcpt_tos] and time.monotonic() < deadline:
                time.sleep(0.05)
            [delivered] = [r for r in sink.received if PARENT in r.rcpt_tos]
            assert delivered.rcpt_tos == [PARENT] and b"epilepsie" in delivered.data
            code, reply = send(gw.port, rcpt=OTHER_PARENT)
            assert code == 250 and b"vastgehouden" in reply  # not its recipient

            time.sleep(max(granted.expires_at - time.time(), 0) + EXCEPTIONS_INTERVAL * 1.5)
            code, reply = send(gw.port)
            assert code == 250 and b"vastgehouden" in reply  # ended: held again
            assert store.list_exceptions(in_force_only=True) == []

            again = store.add_exception(
                rule="sensitive", sender=TEACHER, recipients=[PARENT], days=1, reason="opnieuw", actor="an.peeters"
            )
            wait_applied()
            code, reply = send(gw.port)
            assert code == 250 and b"vastgehouden" not in reply
            store.revoke_exception(again.id, actor="an.peeters")
            wait_applied()
            code, reply = send(gw.port)
            assert code == 250 and b"vastgehouden" in reply
        assert len([r for r in sink.received if PARENT in r.rcpt_tos]) == 2
    finally:
        gw.stop()


def test_exception_applies_on_every_instance_of_a_postgresql_store(
    shared: Shared,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    sink: Sink,
) -> None:
    """Two gateway instances on one PostgreSQL store: an exception granted once is applied by both."""
    policy_a, path_a = shared.policy(tmp_path / "a", sink.url)
    policy_b, path_b = shared.policy(tmp_path / "b", sink.url)
    a = ThreadGateway(policy_a, path_a).start()
    b = ThreadGateway(policy_b, path_b).start()
    try:
        assert b"vastgehouden" in send(a.port)[1] and b"vastgehouden" in send(b.port)[1]
        with shared.open() as store:
            store.add_exception(
                rule="sensitive", sender=TEACHER, recipients=[PARENT], days=1, reason="afspraak", actor="an.peeters"
            )
        wait_applied()
        for gw in (a, b):
            code, reply = send(gw.port)
            assert code == 250 and b"vastgehouden" not in reply, reply
        deadline = time.monotonic() + 10
        while len([r for r in sink.received if PARENT in r.rcpt_tos]) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len([r for r in sink.received if PARENT in r.rcpt_tos]) == 2
    finally:
        a.stop()
        b.stop()


def cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", "exceptions", *args, "--policy", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_exceptions_command_adds_lists_and_revokes(tmp_path: Path, sink: Sink) -> None:
    """``discretie exceptions add|list|revoke``: add takes --sender, --rcpt (repeatable), --rule,
    --days, --reason; list --json gives every field; a wrong rule or a missing reason is a clear
    Dutch error with exit code 2."""
    policy, path = make_policy(tmp_path, sink.url)
    missing = cli(path, "list")
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    Store.open(policy.store.path).close()  # as the gateway's first start does
    added = cli(
        path,
        "add",
        "--sender",
        TEACHER,
        "--rcpt",
        PARENT,
        "--rcpt",
        OTHER_PARENT,
        "--rule",
        "gevoelige info",
        "--days",
        "7",
        "--reason",
        "verslag op vraag van de ouders",
    )
    assert added.returncode == 0, added.stderr
    ident = added.stdout.split()[1]
    assert added.stdout.startswith(f"Uitzondering {ident} toegestaan") and ident.startswith("U-")
    listed = cli(path, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["rule"], row["sender"], row["recipients"]) == (
        ident,
        "sensitive",
        TEACHER,
        [PARENT, OTHER_PARENT],
    )
    assert (row["created_by"], row["reason"], row["in_force"], row["source_ref"]) == (
        actions.os_actor(),
        "verslag op vraag van de ouders",
        True,
        None,
    )
    table = cli(path, "list")
    assert ident in table.stdout and "regel gevoelige info" in table.stdout and "geldig tot" in table.stdout
    revoked = cli(path, "revoke", ident.lower())
    assert revoked.returncode == 0 and f"Uitzondering {ident} ingetrokken" in revoked.stdout
    assert json.loads(cli(path, "list", "--json").stdout)[0]["in_force"] is False
    again = cli(path, "revoke", ident)
    assert again.returncode == 1 and "al ingetrokken" in again.stderr
    wrong = cli(path, "add", "--sender", TEACHER, "--rcpt", PARENT, "--rule", "x", "--days", "1", "--reason", "r")
    assert wrong.returncode == 2 and "onbekende regel" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_policy_in_force_is_swapped_only_when_the_exceptions_change(tmp_path: Path, sink: Sink) -> None:
    """Three exceptions, two of them for the same rule and sender (the policy groups those): the
    gateway swaps its policy once for them, not again at every look."""
    policy, path = make_policy(tmp_path, sink.url)
    gw = ThreadGateway(policy, path).start()
    try:
        with Store.open(policy.store.path, policy.store.key_file, create=False) as store:
            for rule, rcpt in (("sensitive", PARENT), ("bcc", PARENT), ("sensitive", OTHER_PARENT)):
                store.add_exception(rule=rule, sender=TEACHER, recipients=[rcpt], days=1, reason="r", actor="dpo")
        wait_applied()
        in_force = gw.running.holder.current
        assert len(in_force.granted) == 3
        wait_applied()
        assert gw.running.holder.current is in_force
    finally:
        gw.stop()
