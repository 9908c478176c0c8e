"""Two gateway processes on one PostgreSQL store, over real SMTP (issue 13): the server away at
start and restarted under load, a release from both instances at once, an instance killed while
its outbox delivers, readiness that follows whether the store can be written, instance names in
the logs. The rule throughout: 250 only for a message the store durably has."""

from __future__ import annotations

import json
import secrets
import smtplib
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from discretie.access import Users
from discretie.policy import Policy, PolicyError, load_policy
from discretie.store import Store
from discretie.store.postgres import POOL_TIMEOUT
from tests.helpers import ProcessGateway, Sink, ThreadGateway, free_port, make_policy
from tests.pg import PostgresServer
from tests.test_access import PASSWORD, USER, auth_plain, client_tls
from tests.test_e2e import PARENT, SENSITIVE, TEACHER

REPO = Path(__file__).resolve().parents[1]
CLEAN = (
    b"From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
    b"Subject: Vergadering\r\n\r\nDe vergadering gaat door op donderdag om 16u.\r\n"
)
COLLEAGUE = "jan.peeters@spc.ksleuven.be"
TERMINATE = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"  # the pools reconnect


@dataclass
class Shared:
    """One database on the session's server, the key file and the password file the instances share."""

    server: PostgresServer
    database: str
    key: Path
    password_file: Path

    @property
    def url(self) -> str:  # as store.url takes it: no password
        return f"postgresql://{self.server.role}@127.0.0.1:{self.server.port}/{self.database}"

    def open(self) -> Store:
        return Store.open(self.url, self.key, password_file=self.password_file)

    def policy(self, folder: Path, upstream: str, *, lease: float = 900, metrics: bool = False) -> tuple[Policy, Path]:
        folder.mkdir()
        base = (REPO / "policy.yaml").read_text("utf-8")
        for old, new in (
            ("  key_file: null ", f"  key_file: {self.key} "),
            ("  url: null ", f"  url: {self.url} "),
            ("  password_file: null ", f"  password_file: {self.password_file}\n  lease_seconds: {lease} "),
        ):
            assert old in base
            base = base.replace(old, new)
        # The load tests send from one address faster than the (per instance) rate limit allows.
        return make_policy(folder, upstream, "limits:\n  messages_per_minute_per_ip: 100000\n", base=base)


@pytest.fixture
def shared(postgres: PostgresServer, tmp_path: Path) -> Iterator[Shared]:
    name = f"g_{secrets.token_hex(6)}"
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    password_file = tmp_path / "store.password"
    password_file.write_text(postgres.password + "\n")
    password_file.chmod(0o600)
    yield Shared(postgres, name, tmp_path / "store.key", password_file)
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def port_of(policy: Policy) -> int:
    return int(policy.server.listen.rsplit(":", 1)[1])


def start(path: Path, policy: Policy, name: str, *extra: str) -> ProcessGateway:
    return ProcessGateway(path, port_of(policy), "--instance", name, *extra).start()


def send(port: int, data: bytes = SENSITIVE, rcpt: str = PARENT) -> tuple[int, bytes]:
    """One message; the reply to its final dot (or to the command that failed)."""
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60) as c:
        c.ehlo()
        code, reply = c.mail(TEACHER)
        if code != 250:
            return code, reply
        code, reply = c.rcpt(rcpt)
        if code != 250:
            return code, reply
        return c.data(data)


def ref_of(reply: bytes) -> str:
    text = reply.decode()
    start_at = text.index("D-")
    return text[start_at : start_at + 10]


def test_policy_keeps_the_store_password_out_and_needs_a_key_file(tmp_path: Path) -> None:
    """store.url with a password in it is refused (the policy is no secret), and a PostgreSQL
    store without store.key_file too (every instance needs the same key)."""
    base = (REPO / "policy.yaml").read_text("utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(base.replace("  url: null ", "  url: postgresql://discretie:Geheim-99@127.0.0.1/d "))
    with pytest.raises(PolicyError, match=r"store\.password_file") as caught:
        load_policy(bad)
    assert "Geheim-99" not in str(caught.value)
    bad.write_text(base.replace("  url: null ", "  url: postgresql://discretie@127.0.0.1/d "))
    with pytest.raises(PolicyError, match=r"store\.key_file nodig"):
        load_policy(bad)


def test_postgresql_unreachable_at_start_is_a_clear_error(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """No server at store.url: `discretie serve` ends with exit code 1 and one clear log line
    naming the store (without its password), no traceback."""
    _, path = shared.policy(tmp_path / "a", sink.url)
    port = free_port()
    text = path.read_text().replace(f":{shared.server.port}/", f":{port}/")
    path.write_text(text)
    proc = subprocess.run(
        [sys.executable, "-m", "discretie", "serve", "--policy", str(path), "--instance", "gw-a"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output and shared.server.password not in output
    [line] = [json.loads(line) for line in output.splitlines() if "store_unavailable" in line]
    assert "niet bereikbaar" in line["detail"] and f"127.0.0.1:{port}/{shared.database}" in line["detail"]
    assert line["instance"] == "gw-a"


def test_concurrent_release_from_two_instances_delivers_once(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """A message held through instance A; the release command run against A's and B's policy at
    the same moment: one succeeds, the other is refused clearly; the message reaches the
    upstream exactly once; both instances' logs carry their names."""
    pa, a_path = shared.policy(tmp_path / "a", sink.url)
    pb, b_path = shared.policy(tmp_path / "b", sink.url)
    a, b = start(a_path, pa, "gw-a"), start(b_path, pb, "gw-b")
    try:
        code, reply = send(port_of(pa))
        assert code == 250 and b"vastgehouden" in reply, reply
        ref = ref_of(reply)
        commands = [
            [sys.executable, "-m", "discretie", "queue", "release", ref, "--policy", str(p)] for p in (a_path, b_path)
        ]
        procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
        results = [
            (p.wait(60), p.stdout.read() if p.stdout else "", p.stderr.read() if p.stderr else "") for p in procs
        ]
        assert sorted(r[0] for r in results) == [0, 1], results
        refused = next(r for r in results if r[0] == 1)
        assert "al vrijgegeven" in refused[1] + refused[2]
        delivered = [r for r in sink.wait_for(3, timeout=20) if PARENT in r.rcpt_tos]
        time.sleep(2)  # a second delivery would come within the outbox's polling second
        assert len([r for r in sink.received if PARENT in r.rcpt_tos]) == len(delivered) == 1
        with shared.open() as store:
            assert store.get_message(ref).state == "released"
    finally:
        a.stop()
        b.stop()
    for gw, name in ((a, "gw-a"), (b, "gw-b")):
        lines = [json.loads(line) for line in gw.log_text().splitlines() if line.startswith("{")]
        assert lines and all(line.get("instance") == name for line in lines)


def test_sigkill_of_an_instance_mid_delivery_leaves_its_outbox_to_the_other(
    shared: Shared, tmp_path: Path, sink: Sink
) -> None:
    """Instance A holds a message and starts delivering its notifications (DPO report, sender
    notice) to an upstream that stalls; A is killed with SIGKILL. The hold was acknowledged and
    is in the store; instance B delivers both notifications once A's lease (6 s) has run out."""
    stalled = Sink()
    stalled.handler.data_delay = 30
    stalled.handler.data_reply = "451 4.3.0 later"
    stalled.start()
    pa, a_path = shared.policy(tmp_path / "a", stalled.url, lease=6)
    pb, b_path = shared.policy(tmp_path / "b", sink.url, lease=6)
    a = start(a_path, pa, "gw-a")
    b: ProcessGateway | None = None
    try:
        code, reply = send(port_of(pa))
        assert code == 250 and b"vastgehouden" in reply, reply
        deadline = time.monotonic() + 10
        while "DATA" not in stalled.handler.commands and time.monotonic() < deadline:
            time.sleep(0.01)
        assert "DATA" in stalled.handler.commands  # A's outbox is delivering (and hangs)
        a.signal(9)
        a.wait(10)
        killed_at = time.monotonic()
        b = start(b_path, pb, "gw-b")
        got = sink.wait_for(2, timeout=30)
        took = time.monotonic() - killed_at
        assert sorted(r.rcpt_tos[0] for r in got) == [TEACHER, "privacy@lksd.ksleuven.be"]
        assert 6 - 1 < took < 25  # after A's lease, not before
        with shared.open() as store:
            ref = ref_of(reply)
            assert store.get_message(ref).state == "held"
            items = store.outbox_items()
            assert sorted(i.state for i in items) == ["sent", "sent"]
    finally:
        a.stop()
        if b is not None:
            b.stop()
        stalled.stop()


def test_postgresql_restart_under_load_gives_451_never_a_false_250(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """Clients send through both instances while the server is down for longer than a hold waits
    for it: every message held with a 250 is in the store afterwards, the others got a 4xx; clean
    mail keeps flowing; the gateways reconnect by themselves (a hold through each succeeds after
    the restart). Clean mail is not slowed by the wait of a hold: the sender's counts for hijack
    are skipped after a short wait, never the pool's full POOL_TIMEOUT per message."""
    pa, a_path = shared.policy(tmp_path / "a", sink.url)
    pb, b_path = shared.policy(tmp_path / "b", sink.url)
    a, b = start(a_path, pa, "gw-a"), start(b_path, pb, "gw-b")
    accepted: list[str] = []
    refused: list[int] = []
    clean: list[int] = []
    clean_took: list[float] = []
    stop = threading.Event()

    def load(port: int) -> None:
        while not stop.is_set():
            try:
                code, reply = send(port)
                (accepted.append(ref_of(reply)) if code == 250 else refused.append(code))
                started = time.monotonic()
                clean.append(send(port, CLEAN, COLLEAGUE)[0])
                clean_took.append(time.monotonic() - started)
            except (smtplib.SMTPException, OSError) as exc:
                refused.append(getattr(exc, "smtp_code", 0))

    threads = [threading.Thread(target=load, args=(port_of(p),)) for p in (pa, pb) for _ in range(2)]
    try:
        for t in threads:
            t.start()
        time.sleep(2)
        shared.server.stop("fast")
        time.sleep(POOL_TIMEOUT + 3)  # longer than a hold waits for a connection
        shared.server.start()
        time.sleep(3)
        stop.set()
        for t in threads:
            t.join(90)
        assert refused and all(400 <= code < 500 for code in refused), refused
        assert accepted and set(clean) == {250}
        assert max(clean_took) < POOL_TIMEOUT / 2, sorted(clean_took)[-5:]
        for gw_policy in (pa, pb):  # reconnected by themselves
            code, reply = send(port_of(gw_policy))
            assert code == 250, reply
            accepted.append(ref_of(reply))
        with shared.open() as store:
            for ref in accepted:
                assert store.get_message(ref).state == "held"
    finally:
        stop.set()
        a.stop()
        b.stop()


def test_readyz_follows_whether_the_store_can_be_written(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """/readyz answers 503 while the store cannot be written (the database read-only, the server
    stopped) and 200 again once it is; the probe does not hang the gateway."""
    metrics = free_port()
    pa, a_path = shared.policy(tmp_path / "a", sink.url)
    a = start(a_path, pa, "gw-a", "--metrics", f"127.0.0.1:{metrics}")

    def ready() -> int:
        try:
            return int(urllib.request.urlopen(f"http://127.0.0.1:{metrics}/readyz", timeout=15).status)
        except urllib.error.HTTPError as exc:
            return exc.code

    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if ready() == 200:
                    break
            except OSError:
                time.sleep(0.1)
        assert ready() == 200
        # Readable but not writable (as a standby): not ready, though a read would succeed.
        with psycopg.connect(shared.server.url, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {shared.database} SET default_transaction_read_only = on")
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (shared.database,)
            )
        assert ready() == 503
        with shared.open() as store:  # PostgreSQL still answers reads
            assert store.counts()["held"] == 0
        with psycopg.connect(shared.server.url, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {shared.database} RESET default_transaction_read_only")
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (shared.database,)
            )
        # pg_terminate_backend only signals: a pooled session may still be read-only for the first probe (it ends
        # a moment later, and the pool replaces it); ready again within seconds, not at once
        deadline = time.monotonic() + 10
        while ready() != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ready() == 200
        shared.server.stop("fast")
        started = time.monotonic()
        assert ready() == 503
        assert time.monotonic() - started < 8
        assert send(port_of(pa), CLEAN, COLLEAGUE)[0] == 250  # clean mail needs no store
        shared.server.start()
        deadline = time.monotonic() + 20
        while ready() != 200 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert ready() == 200
    finally:
        if not shared.server.data.joinpath("postmaster.pid").exists():
            shared.server.start()
        a.stop()


def test_auth_failures_are_counted_across_instances(shared: Shared, tmp_path: Path, sink: Sink) -> None:
    """Failed AUTH spread over two instances counts once in the shared store: two failures on A
    and one on B reach the limit of 3, so B and A both refuse even the right password (454);
    with counters per process (before) B would have let it in."""
    users = Users(tmp_path / "users.json")
    users.set(USER, PASSWORD)
    extra = (
        f"\nallowed_networks: [10.99.0.0/16]\nauth:\n  backend: local\n  users_file: {tmp_path / 'users.json'}\n"
        "  require_tls: true\n"
    )
    gateways = []
    for name in ("a", "b"):
        _, path = shared.policy(tmp_path / name, sink.url)
        text = path.read_text().replace("limits:\n", "limits:\n  auth_failures: 3\n  auth_backoff: 60\n")
        path.write_text(text + extra)
        gateways.append(ThreadGateway(load_policy(path), path).start())
    a, b = gateways

    def attempt(gw: ThreadGateway, password: str) -> int:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test", timeout=30) as client:
            client.starttls(context=client_tls())
            client.ehlo()
            return auth_plain(client, USER, password)[0]

    try:
        assert [attempt(a, "fout"), attempt(a, "fout"), attempt(b, "fout")] == [535, 535, 535]
        assert attempt(b, PASSWORD) == 454
        assert attempt(a, PASSWORD) == 454
    finally:
        for gw in gateways:
            gw.stop()
    # kept as keyed hashes, never the account name or the address
    with psycopg.connect(shared.server.url_for(shared.database)) as conn:
        keys = [r[0] for r in conn.execute("SELECT key FROM login_failures")]
    assert sorted(k.partition(":")[0] for k in keys) == ["smtp-account", "smtp-ip"]
    assert not any(USER in k or "127.0.0.1" in k for k in keys)


def test_auth_failures_are_counted_in_the_process_while_the_store_does_not_answer(tmp_path: Path, sink: Sink) -> None:
    """The store gone (here: closed under the running gateway): failed AUTH is still counted, in
    the process, and the back-off still starts after 3 failures."""
    users = Users(tmp_path / "users.json")
    users.set(USER, PASSWORD)
    _, path = make_policy(tmp_path, sink.url)
    path.write_text(
        path.read_text()
        + f"\nallowed_networks: [10.99.0.0/16]\nauth:\n  backend: local\n  users_file: {tmp_path / 'users.json'}\n"
        "limits:\n  auth_failures: 3\n  auth_backoff: 60\n"
    )
    gw = ThreadGateway(load_policy(path), path).start()
    try:
        gw.running.store.close()
        codes = []
        for password in ("fout", "fout", "fout", PASSWORD):
            with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test", timeout=30) as client:
                client.starttls(context=client_tls())
                client.ehlo()
                codes.append(auth_plain(client, USER, password)[0])
        assert codes == [535, 535, 535, 454]
    finally:
        gw.stop()


def test_a_hold_waiting_for_a_lock_does_not_hold_up_the_other_sessions(
    shared: Shared, tmp_path: Path, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL an instance runs as many store threads as its pool has connections: a hold
    that waits for a lock (here: another instance writing an incident under the same reference,
    not committed yet) does not keep the holds of other sessions waiting behind it in one line.
    The second message is held and answered meanwhile; the first once the lock is gone."""
    picks = iter(["D-AAAAAAAA", "D-BBBBBBBB"])
    monkeypatch.setattr("discretie.store.messages.generate_ref", lambda: next(picks))
    policy, path = shared.policy(tmp_path / "gw", sink.url)
    gw = ThreadGateway(policy, path).start()
    url = shared.server.url_for(shared.database)
    try:
        with psycopg.connect(url) as other, psycopg.connect(url, autocommit=True) as watch:
            other.execute(
                "INSERT INTO incidents (id, created_at, sender, message_id, rcpt_internal, rcpt_external, rules, "
                "categories, severity, action, would_action, audit, findings, held) VALUES ('D-AAAAAAAA', 1, 'x', "
                "'', 0, 0, '[]', '[]', 'high', 'reject', 'reject', 0, '[]', 0)"
            )
            first: list[tuple[int, bytes]] = []
            waiting = threading.Thread(target=lambda: first.append(send(gw.port)))
            waiting.start()
            deadline = time.monotonic() + 20
            while watch.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0] < 1:  # type: ignore[index]
                assert time.monotonic() < deadline, "the first hold never waited for the lock"
                time.sleep(0.01)
            started = time.monotonic()
            code, reply = send(gw.port)
            assert (code, ref_of(reply)) == (250, "D-BBBBBBBB") and time.monotonic() - started < 5, reply
            assert first == []  # still waiting for the lock
            other.rollback()
        waiting.join(30)
        assert [(code, ref_of(reply)) for code, reply in first] == [(250, "D-AAAAAAAA")]
        with shared.open() as store:
            assert {m.id for m in store.list_messages()} == {"D-AAAAAAAA", "D-BBBBBBBB"}
    finally:
        gw.stop()
