"""A hijacked staff account over real SMTP (issue 17 item 3): a phishing burst to 300 parents is held
after the threshold and alerts the DPO and the administrator once; a teacher's ordinary mail to 25
parents is not; the counts are shared by two gateway processes on one SQLite file and on one
PostgreSQL store; the block after a burst and its release by the DPO; a store that does not answer
the counts loses no mail."""

from __future__ import annotations

import email
import email.policy
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie import blockcache, relay
from discretie.model import SenderHistory
from discretie.policy import load_policy
from discretie.store import Store, StoreError
from tests.helpers import ProcessGateway, Received, Sink, ThreadGateway, make_policy
from tests.test_pg_gateway import Shared, port_of, start
from tests.test_pg_gateway import shared as shared  # the fixture, used by name

TEACHER = "an.devos@sintpieterscollege.be"
COLLEAGUE = "jan.peeters@spc.ksleuven.be"
DPO = "privacy@lksd.ksleuven.be"
ADMIN = "ict@sintpieterscollege.be"
LURE_MARKS = ("mailbox", "verifi", "Reply-To", "mail-upgrade", "helpdesk")
SETTINGS = "limits:\n  messages_per_minute_per_ip: 100000\n"  # a burst comes faster than the per-IP rate limit


def parents(start: int, n: int) -> list[str]:
    return [f"ouder{i}@telenet.be" for i in range(start, start + n)]


def phishing(n: int, reply_to: str = "") -> bytes:
    """A lure with a link to a phishing host (one sign); ``reply_to`` adds a second sign."""
    extra = f"Reply-To: {reply_to}\r\n" if reply_to else ""
    return (
        f"From: An Devos <{TEACHER}>\r\nTo: {TEACHER}\r\n{extra}"
        f"Subject: Belangrijk: uw mailbox {n}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Beste ouder,\r\n\r\nUw mailbox is vol. Klik hier om te verifiëren, anders wordt uw account afgesloten:\r\n"
        "https://mail-upgrade.example.net/owa/verify\r\n\r\nDe ICT-dienst\r\n"
    ).encode()


PLAIN = (
    f"From: An Devos <{TEACHER}>\r\nTo: {TEACHER}\r\nSubject: Uitstap naar Gent\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Beste ouders,\r\n\r\nVolgende vrijdag gaan we met de klas naar Gent. We vertrekken om 8u30 aan de school "
    "en zijn terug rond 16u. Vergeet geen lunchpakket.\r\n\r\nMet vriendelijke groeten,\r\nAn Devos\r\n"
).encode()


def send(port: int, rcpts: list[str], data: bytes, sender: str = TEACHER) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60) as client:
        client.ehlo()
        client.mail(sender)
        for rcpt in rcpts:
            code, reply = client.rcpt(rcpt)
            assert code == 250, reply
        return client.data(data)


def alerts(sink: Sink) -> list[Received]:
    return [r for r in sink.received if b"X-Discretie-Ref" in r.data and b"mogelijk overgenomen account" in r.data]


def notifications(sink: Sink) -> list[Received]:
    """Everything Discretie itself sent (reports, notices, alerts)."""
    return [r for r in sink.received if b"Auto-Submitted: auto-generated" in r.data]


def phishing_delivered(sink: Sink) -> list[Received]:
    return [r for r in sink.received if b"Uw mailbox is vol" in r.data]


def body_of(received: Received) -> str:
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    part = message.get_body(("plain",))
    assert part is not None
    return f"{message['Subject']}\n{part.get_content()}"


def wait_until(predicate: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not predicate():  # type: ignore[operator]
        time.sleep(0.05)
    assert predicate(), "timed out"  # type: ignore[operator]


def cli(policy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", *args, "--policy", str(policy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def gw(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    policy, path = make_policy(tmp_path, sink.url, SETTINGS + f"  \nrules:\n  hijack:\n    notify_admin: {ADMIN}\n")
    g = ThreadGateway(policy, path).start()
    yield g
    g.stop()


def test_a_burst_of_300_parents_is_held_after_the_threshold_and_alerts_once(
    gw: ThreadGateway, sink: Sink, tmp_path: Path
) -> None:
    """30 messages of 10 BCC recipients each (300 parents) within a minute, with a lure (one sign of
    phishing). The first two (20 parents) leave: under the thresholds; the third brings the
    sender to 30 outside recipients in 15 minutes and is held; the burst goes on, so all 27 after it
    are held too, and so is a plain letter to one parent after them. One alert, to the DPO and the
    administrator together; no report or notice per message (the hijacked mailbox learns nothing);
    the alert names the account, not a recipient or any of the mail's text."""
    replies = [send(gw.port, parents(10 * i, 10), phishing(i)) for i in range(30)]
    assert [code for code, _ in replies] == [250] * 30
    assert [b"vastgehouden" in reply for _, reply in replies] == [False, False] + [True] * 28
    code, reply = send(gw.port, parents(500, 1), PLAIN)  # no lure, one parent: still the burst
    assert code == 250 and b"vastgehouden" in reply
    wait_until(lambda: len(alerts(sink)) >= 1)
    time.sleep(2.5)  # a second alert (or any report) would be delivered within the outbox's polling second
    (alert,) = alerts(sink)
    assert notifications(sink) == [alert]
    assert sorted(alert.rcpt_tos) == sorted([DPO, ADMIN])
    assert len(phishing_delivered(sink)) == 2
    first_held = replies[2][1].decode()
    ref = first_held[first_held.index("D-") : first_held.index("D-") + 10]
    text = body_of(alert)
    assert f"{ref}: mogelijk overgenomen account {TEACHER}" in text
    assert "30 externe ontvangers in de laatste 15 minuten" in text
    assert "- overgenomen account (§3.2) · phishing naar veel externen · ernst hoog: Een bericht naar veel" in text
    assert f"discretie sender unblock {TEACHER}" in text
    assert "@telenet.be" not in text and "ouder" not in text.replace("Ouders", "")
    assert not any(mark in text for mark in LURE_MARKS)
    with Store.open(tmp_path / "store.db") as store:
        held = store.list_messages(states=("held",))
        assert len(held) == 29 and {m.held_by for m in held} == {("hijack",)}
        assert {m.findings[0].category for m in held} == {"phishing", "burst"}
        assert store.get_message(ref).findings[0].category == "phishing"
        assert store.sender_burst(TEACHER) == {
            "ref": ref,
            "started": pytest.approx(store.sender_burst(TEACHER)["started"]),  # type: ignore[index]
            "until": pytest.approx(store.sender_burst(TEACHER)["until"]),  # type: ignore[index]
            "messages": 29,
        }
        assert store.sender_blocks() == []  # block_sender is off by default


def test_a_teachers_mail_to_25_parents_in_bcc_is_not_held(gw: ThreadGateway, sink: Sink, tmp_path: Path) -> None:
    """An ordinary letter to 25 parents in BCC, the first time this teacher mails so many: no lure,
    no outside Reply-To, no dangerous link, far under the volume limit: it goes out untouched; the
    teacher's baseline is now 25 (a later letter to 25 is no "first time")."""
    code, reply = send(gw.port, parents(0, 25), PLAIN)
    assert code == 250 and b"vastgehouden" not in reply and b"SINK" in reply
    (delivered,) = sink.wait_for(1)
    assert delivered.data == PLAIN and len(delivered.rcpt_tos) == 25
    time.sleep(1.5)
    assert notifications(sink) == []
    with Store.open(tmp_path / "store.db") as store:
        assert store.list_messages(states=("held",)) == []
        history = store.sender_activity(TEACHER, 0, window=900)
    assert (history.externals, history.messages, history.max_externals, history.burst) == (25, 1, 25, False)


def test_a_letter_to_all_parents_of_the_pupil_list_is_not_over_the_volume_limit(tmp_path: Path, sink: Sink) -> None:
    """batch36's class over SMTP: with the pupil list imported, a plain letter to its 350 parents in one mail
    goes out (the school's own audience does not count towards the volume limit of 300). The same letter to 310
    addresses the list does not know is held as ``volume``; the store counts both (660 outsiders, 310 of them
    off the list)."""
    rows = [f"P{i};Kind{i};Familie{i};3B;;ouder{i}@telenet.be" for i in range(350)]
    csv = tmp_path / "leerlingen.csv"
    header = "Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1"
    csv.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    policy, path = make_policy(tmp_path, sink.url, SETTINGS)
    imported = cli(path, "roster", "import", str(csv), "--school", "SPC")
    assert imported.returncode == 0, imported.stderr
    gw = ThreadGateway(policy, path).start()
    try:
        assert gw.running.holder.current.roster is not None
        code, reply = send(gw.port, parents(0, 350), PLAIN)
        assert code == 250 and b"SINK" in reply
        (delivered,) = sink.wait_for(1)
        assert len(delivered.rcpt_tos) == 350
        strangers = [f"iemand{i}@gmail.com" for i in range(310)]
        code, reply = send(gw.port, strangers, PLAIN)
        assert code == 250 and b"vastgehouden" in reply
    finally:
        gw.stop()
    with Store.open(tmp_path / "store.db") as store:
        (held,) = store.list_messages(states=("held",))
        assert held.findings[0].category == "volume"
        assert held.findings[0].evidence == ("310 externe ontvangers buiten de leerlingenlijst in 15 min (limiet 300)",)
        history = store.sender_activity(TEACHER, 0, window=900)
    assert (history.externals, history.unlisted) == (660, 310)


def test_without_the_counts_mail_still_flows(
    gw: ThreadGateway, sink: Sink, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store does not answer the counts (here: it raises): the message is checked on its own and
    forwarded, never refused because of the counters. The relay asks with a short wait, and after a
    failure it does not ask again for a pause (each message would wait again while the store is
    away); after the pause it asks again."""
    store = gw.running.gateway.store
    asked: list[float | None] = []

    def broken(
        address: str, externals: int, *, window: float, unlisted: int | None = None, timeout: float | None = None
    ) -> None:
        asked.append(timeout)
        raise StoreError("de opslag is niet bereikbaar")

    monkeypatch.setattr(relay, "HISTORY_PAUSE", 1.5)
    store.sender_activity = broken
    for _ in range(3):
        code, reply = send(gw.port, parents(0, 5), PLAIN)
        assert code == 250 and b"SINK" in reply
    assert len(sink.wait_for(3)) == 3
    assert asked == [relay.HISTORY_WAIT] and relay.HISTORY_WAIT <= 1.0
    time.sleep(1.6)
    code, reply = send(gw.port, parents(0, 5), PLAIN)
    assert code == 250 and asked == [relay.HISTORY_WAIT] * 2


def test_block_after_a_burst_holds_all_mail_until_the_dpo_lifts_it(tmp_path: Path, sink: Sink) -> None:
    """With block_sender: the burst blocks the sender; even a mail to a colleague is then held (no new
    alert while the burst goes on); ``discretie sender unblock`` lifts the block (audited), after which
    the sender's mail is checked as any other and goes out."""
    policy, path = make_policy(tmp_path, sink.url, SETTINGS + "rules:\n  hijack:\n    block_sender: true\n")
    g = ThreadGateway(policy, path).start()
    try:
        for i in range(3):
            send(g.port, parents(10 * i, 10), phishing(i))
        code, reply = send(g.port, [COLLEAGUE], PLAIN)
        assert code == 250 and b"vastgehouden" in reply
        listed = cli(path, "sender", "list")
        assert listed.returncode == 0 and listed.stdout.startswith(f"{TEACHER}: geblokkeerd sinds ")
        assert "golf van D-" in listed.stdout and "golf loopt nog (2 berichten)" in listed.stdout
        wait_until(lambda: len(alerts(sink)) == 1)
        assert "Geblokkeerd:  ja, tot u de blokkering opheft" in body_of(alerts(sink)[0])

        lifted = cli(path, "sender", "unblock", TEACHER.upper(), "--note", "wachtwoord gereset, sessies afgemeld")
        assert lifted.returncode == 0, lifted.stderr
        assert cli(path, "sender", "unblock", TEACHER).returncode == 1  # nothing left to lift
        code, reply = send(g.port, [COLLEAGUE], PLAIN)
        assert code == 250 and b"SINK" in reply
        code, reply = send(g.port, parents(100, 1), PLAIN)
        assert code == 250 and b"SINK" in reply
        with Store.open(tmp_path / "store.db") as store:
            assert store.sender_blocks() == []
            assert len(store.list_messages(states=("held",))) == 2
            entries = [(e.action, e.target, e.note) for e in store.audit_entries() if e.action.startswith("sender_")]
        assert entries[0][:2] == ("sender_blocked", TEACHER) and entries[0][2].startswith("golf van D-")
        assert entries[1] == (
            "sender_unblocked",
            TEACHER,
            "blokkering opgeheven: wachtwoord gereset, sessies afgemeld",
        )
        time.sleep(1.5)
        assert len(alerts(sink)) == 1
    finally:
        g.stop()


def _alternate(ports: list[int], messages: int) -> list[bool]:
    """``messages`` phishing mails of 10 parents each, sent to the ports in turn; which were held."""
    held = []
    for i in range(messages):
        code, reply = send(ports[i % len(ports)], parents(10 * i, 10), phishing(i))
        assert code == 250, reply
        held.append(b"vastgehouden" in reply)
    return held


def test_two_gateway_processes_on_one_sqlite_file_share_the_counts(tmp_path: Path, sink: Sink) -> None:
    """Two `discretie serve` processes on one store file, the burst sent to each in turn: the third
    message (whichever process gets it) sees 30 outside recipients and is held, and so is every one
    after it; the alert is sent once. Counted per process, each would have let four through."""
    policy_a, path_a = make_policy(tmp_path, sink.url, SETTINGS)
    folder_b = tmp_path / "b"
    folder_b.mkdir()
    port_b = port_of(policy_a) + 1 if port_of(policy_a) < 65000 else port_of(policy_a) - 1
    text = path_a.read_text().replace(f"listen: 127.0.0.1:{port_of(policy_a)}", f"listen: 127.0.0.1:{port_b}")
    path_b = folder_b / "policy.yaml"
    path_b.write_text(text)
    a = ProcessGateway(path_a, port_of(policy_a)).start()
    b = ProcessGateway(path_b, port_b).start()
    try:
        assert _alternate([a.port, b.port], 6) == [False, False, True, True, True, True]
        wait_until(lambda: len(alerts(sink)) >= 1)
        time.sleep(2.5)
        assert len(alerts(sink)) == 1 and len(phishing_delivered(sink)) == 2
    finally:
        a.stop()
        b.stop()


def test_two_instances_on_one_postgresql_store_share_the_counts(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """The same over one PostgreSQL store: two instances, one count, one alert."""
    pa, a_path = shared.policy(tmp_path / "a", sink.url)
    pb, b_path = shared.policy(tmp_path / "b", sink.url)
    a, b = start(a_path, pa, "gw-a"), start(b_path, pb, "gw-b")
    try:
        assert _alternate([port_of(pa), port_of(pb)], 6) == [False, False, True, True, True, True]
        wait_until(lambda: len(alerts(sink)) >= 1)
        time.sleep(2.5)
        assert len(alerts(sink)) == 1 and len(phishing_delivered(sink)) == 2
        with shared.open() as store:
            assert len(store.list_messages(states=("held",))) == 4
    finally:
        a.stop()
        b.stop()


def test_a_sender_blocked_by_hand_is_held_for_every_recipient(gw: ThreadGateway, sink: Sink, tmp_path: Path) -> None:
    """The administrator reports a hijack first: ``discretie sender block`` holds the account's next
    message even to a colleague, with one alert; ``unblock`` lets the next one through."""
    assert gw.policy_path is not None
    path = Path(gw.policy_path)
    blocked = cli(path, "sender", "block", TEACHER)
    assert blocked.returncode == 0 and blocked.stdout == f"{TEACHER}: geblokkeerd\n"
    assert cli(path, "sender", "block", TEACHER).stdout == f"{TEACHER}: was al geblokkeerd\n"
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"vastgehouden" in reply
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"vastgehouden" in reply
    wait_until(lambda: len(alerts(sink)) == 1)
    assert "afzender geblokkeerd" in body_of(alerts(sink)[0])
    assert cli(path, "sender", "unblock", TEACHER).returncode == 0
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"SINK" in reply
    time.sleep(1.5)
    assert len(alerts(sink)) == 1 and notifications(sink) == alerts(sink)
    with Store.open(tmp_path / "store.db") as store:
        held = store.list_messages(states=("held",))
    assert [m.findings[0].category for m in held] == ["blocked", "blocked"]


def _count_activity(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The outside recipients of each ``sender_activity`` question the relay asks a store thread."""
    real = store.sender_activity
    asked: list[int] = []

    def counting(
        address: str, externals: int, *, window: float, unlisted: int | None = None, timeout: float | None = None
    ) -> SenderHistory:
        asked.append(externals)
        history: SenderHistory = real(address, externals, window=window, unlisted=unlisted, timeout=timeout)
        return history

    monkeypatch.setattr(store, "sender_activity", counting)
    return asked


def test_mail_to_staff_reads_the_block_at_once_without_a_store_thread(
    gw: ThreadGateway, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mail to colleagues only counts nothing, so the relay reads its sender's history (a block) at once
    from the SQLite file instead of asking a store thread for it (a round trip per message): a block set
    by ``discretie sender block`` in another process holds the next mail all the same. Mail to parents
    is counted, in a store thread."""
    assert gw.policy_path is not None
    asked = _count_activity(gw.running.gateway.store, monkeypatch)
    assert cli(Path(gw.policy_path), "sender", "block", TEACHER).returncode == 0
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"vastgehouden" in reply
    assert cli(Path(gw.policy_path), "sender", "unblock", TEACHER).returncode == 0
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"SINK" in reply
    code, reply = send(gw.port, parents(0, 5), PLAIN)
    assert code == 250 and b"SINK" in reply
    assert asked == [5]


def test_when_the_instant_read_fails_a_store_thread_asks(
    gw: ThreadGateway, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The history read at once raises (anything, not only a lock): the mail is not refused for it, a store
    thread asks instead, and a block still holds the mail."""
    assert gw.policy_path is not None
    store = gw.running.gateway.store

    def failing(address: str, *, window: float) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(store, "sender_history_now", failing)
    asked = _count_activity(store, monkeypatch)
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"SINK" in reply
    assert cli(Path(gw.policy_path), "sender", "block", TEACHER).returncode == 0
    code, reply = send(gw.port, [COLLEAGUE], PLAIN)
    assert code == 250 and b"vastgehouden" in reply
    assert asked == [0, 0]


def _blocks_answered(g: ThreadGateway) -> bool:
    return bool(g.running.gateway._blocks.blocked(TEACHER, g.loop.time()) is False)


def test_on_postgresql_mail_to_staff_is_checked_against_the_blocks_in_memory(
    shared: Shared, tmp_path: Path, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL every store read is a round trip, so the relay keeps the blocked senders in memory
    for mail to the staff only (discretie.blockcache): once they are read, no store thread is asked for
    such a mail. Mail to parents is still counted in a store thread."""
    policy, path = shared.policy(tmp_path / "a", sink.url)
    g = ThreadGateway(policy, path).start()
    try:
        asked = _count_activity(g.running.gateway.store, monkeypatch)
        assert send(g.port, [COLLEAGUE], PLAIN)[0] == 250
        assert asked == [0]  # no answer in memory yet: the store thread asks, and the blocks are read
        wait_until(lambda: _blocks_answered(g))
        g.running.gateway._blocks.max_age = g.running.gateway._blocks.refresh_after = 3600.0  # no slow CI's timing
        for _ in range(3):
            code, reply = send(g.port, [COLLEAGUE], PLAIN)
            assert code == 250 and b"SINK" in reply
        assert asked == [0]
        code, reply = send(g.port, parents(0, 5), PLAIN)
        assert code == 250 and b"SINK" in reply
        assert asked == [0, 5]
    finally:
        g.stop()


def test_on_postgresql_a_block_elsewhere_holds_mail_to_staff_within_a_second(
    shared: Shared, tmp_path: Path, sink: Sink
) -> None:
    """A block made on the command line (as on another instance) holds this instance's next mail to a
    colleague at most blockcache.MAX_AGE later, and its lift lets the mail through as soon: every mail
    before is delivered, none after."""
    policy, path = shared.policy(tmp_path / "a", sink.url)
    g = ThreadGateway(policy, path).start()
    try:
        assert send(g.port, [COLLEAGUE], PLAIN)[0] == 250
        wait_until(lambda: _blocks_answered(g))
        for command, expect in (("block", b"vastgehouden"), ("unblock", b"SINK")):
            assert cli(path, "sender", command, TEACHER).returncode == 0
            done = time.monotonic()
            while True:
                code, reply = send(g.port, [COLLEAGUE], PLAIN)
                assert code == 250
                if expect in reply:
                    break
                assert time.monotonic() - done < blockcache.MAX_AGE, (command, reply)
            assert time.monotonic() - done < blockcache.MAX_AGE + 2.0
        with shared.open() as store:
            assert [m.findings[0].category for m in store.list_messages(states=("held",))] == ["blocked"]
    finally:
        g.stop()


def test_on_postgresql_a_block_this_instance_makes_holds_its_mail_to_staff_at_once(
    shared: Shared, tmp_path: Path, sink: Sink
) -> None:
    """With block_sender: the burst's block is in this instance's memory at once, before the store is
    read again: a mail to a colleague right after the burst is held."""
    base = shared.policy(tmp_path / "a", sink.url)[1].read_text()
    path = tmp_path / "a" / "policy.yaml"
    path.write_text(base + "rules:\n  hijack:\n    block_sender: true\n")
    g = ThreadGateway(load_policy(path), path).start()
    try:
        assert send(g.port, [COLLEAGUE], PLAIN)[0] == 250
        wait_until(lambda: _blocks_answered(g))
        g.running.gateway._blocks.max_age = g.running.gateway._blocks.refresh_after = 3600.0  # never read again
        assert _alternate([g.port], 3) == [False, False, True]
        code, reply = send(g.port, [COLLEAGUE], PLAIN)
        assert code == 250 and b"vastgehouden" in reply
    finally:
        g.stop()


def test_in_audit_mode_the_burst_goes_out_with_one_alert(tmp_path: Path, sink: Sink) -> None:
    """``mode: audit``: every message of the burst is forwarded, the DPO still gets one alert (saying
    it is audit mode) instead of a report per message, and nobody is blocked."""
    extra = SETTINGS + "rules:\n  hijack:\n    mode: audit\n    block_sender: true\n"
    policy, path = make_policy(tmp_path, sink.url, extra)
    g = ThreadGateway(policy, path).start()
    try:
        replies = [send(g.port, parents(10 * i, 10), phishing(i)) for i in range(5)]
        assert all(code == 250 and b"SINK" in reply for code, reply in replies)
        wait_until(lambda: len(alerts(sink)) == 1)
        time.sleep(1.5)
        assert notifications(sink) == alerts(sink) and len(phishing_delivered(sink)) == 5
        assert "Actie:        doorgestuurd (auditmodus: de golf wordt niet tegengehouden)" in body_of(alerts(sink)[0])
        with Store.open(tmp_path / "store.db") as store:
            assert store.sender_blocks() == [] and store.list_messages(states=("held",)) == []
            assert [i.rules for i in store.list_incidents()] == [("hijack",)] * 3
    finally:
        g.stop()


def test_a_burst_with_a_lookalike_login_link_is_refused_with_one_alert(gw: ThreadGateway, sink: Sink) -> None:
    """``links`` refuses a look-alike login link (550: stricter than the hold). With the lure that is two
    signs of phishing, so the burst starts at the first message: the refusals are recorded without a
    report or notice each, and the burst has its one alert."""
    lookalike = phishing(0).replace(
        b"https://mail-upgrade.example.net/owa/verify", b"https://sintpieterscolIege.be/login"
    )
    codes = []
    for i in range(5):
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            try:
                client.sendmail(TEACHER, parents(10 * i, 10), lookalike)
                codes.append(250)
            except smtplib.SMTPDataError as exc:
                codes.append(exc.smtp_code)
    assert codes == [550] * 5
    wait_until(lambda: len(alerts(sink)) == 1)
    time.sleep(1.5)
    (alert,) = alerts(sink)
    assert notifications(sink) == [alert] and phishing_delivered(sink) == []
    assert "Actie:        geweigerd" in body_of(alert) and "colIege" not in body_of(alert)


def test_two_signs_hold_the_first_message_of_a_burst(gw: ThreadGateway, sink: Sink) -> None:
    """A lure and a Reply-To elsewhere: two signs of phishing, so the burst is held from its first
    message to ten parents on (no crowd needed), with one alert."""
    replies = [send(gw.port, parents(10 * i, 10), phishing(i, "helpdesk@mail-support.example.org")) for i in range(3)]
    assert all(code == 250 and b"vastgehouden" in reply for code, reply in replies)
    wait_until(lambda: len(alerts(sink)) == 1)
    time.sleep(1.5)
    assert notifications(sink) == alerts(sink) and phishing_delivered(sink) == []
    assert "mail-support.example.org" not in body_of(alerts(sink)[0])


def test_one_message_to_300_parents_with_a_lure_is_held_at_once(gw: ThreadGateway, sink: Sink) -> None:
    """The burst in one message: 300 parents in BCC is "many" by itself; held, one alert, nothing out."""
    code, reply = send(gw.port, parents(0, 300), phishing(0))
    assert code == 250 and b"vastgehouden" in reply
    wait_until(lambda: len(alerts(sink)) == 1)
    time.sleep(1.5)
    assert notifications(sink) == alerts(sink) and phishing_delivered(sink) == []
    text = body_of(alerts(sink)[0])
    assert "300 externe ontvangers in de laatste 15 minuten" in text and "@telenet.be" not in text
