"""Faults around the relay, over real sockets: an upstream that drops the session at each stage
of a transaction, and a store locked by another process. The rule throughout: the client gets
250 only when the upstream took the message or the store holds it, an answer it can act on
otherwise, and Discretie itself never sends a message twice."""

from __future__ import annotations

import signal
import smtplib
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie.store import sqlite as store_module
from tests.helpers import ProcessGateway, Sink, ThreadGateway, begin_data, make_policy
from tests.test_e2e import PARENT, SENSITIVE, TEACHER

RCPT = "jan.peeters@spc.ksleuven.be"
CLEAN = (
    b"From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
    b"Subject: Vergadering\r\n\r\nDe vergadering gaat door op donderdag om 16u.\r\n"
)
BIG = CLEAN + (b"Verslag van de werkgroep, regel na regel tekst zonder gevoelige inhoud.\r\n" * 4000)


class ScriptedUpstream(socketserver.ThreadingTCPServer):
    """An upstream SMTP server whose n-th connection behaves as ``script[n]`` says (then "ok"):

    - ``ok``: accepts everything;
    - ``drop_at_second_mail``: one transaction, then closes at the next MAIL (an idle timeout);
    - ``drop_at_data``: closes when the DATA command arrives (the session died while idle);
    - ``drop_mid_content``: answers 354, reads 64 KB of the content and closes;
    - ``drop_after_dot``: takes the whole message (it is in ``taken``) and closes before
      answering, the RFC 1047 case;
    - ``close_when_idle``: after a transaction, closes the session when idle for 0.3 s;
    - ``stall_mid_content``: answers 354 and stops reading (until the gateway gives up);
    - ``pause_mid_content``: answers 354, reads 64 KB, sets ``paused`` and reads on only once
      ``resume`` is set;
    - ``refuse_once_keep_transaction``: refuses the first message after its final dot (554) and,
      as the school's Postfix did, keeps that transaction open until a RSET;
    - ``refuse_rset``: answers RSET with 451;
    - ``refuse_first_mail``: answers the first MAIL with 550 (no transaction begins);
    - ``refuse_first_mail_and_rset``: both of the above;
    - ``421_at_second_mail``: one transaction, then answers the next MAIL with 421 and closes (the
      way a server ends a session that was idle too long).

    A message whose session ends before the final dot is discarded (counted in ``cut_off``),
    as a real MTA does. MAIL inside an open transaction gets ``503 nested MAIL command``.
    Every command line is kept as received, in ``lines``.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: list[str]):
        self.script = list(script)
        self.taken: list[bytes] = []
        self.lines: list[bytes] = []
        self.connections = 0
        self.data_commands = 0
        self.quits = 0
        self.rsets = 0
        self.mails_refused = 0
        self.replies: list[bytes] = []  # every reply line, in order
        self.cut_off = 0
        self.paused = threading.Event()
        self.resume = threading.Event()
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.server_address[1]}"

    def next_mode(self) -> str:
        with self._lock:
            self.connections += 1
            return self.script.pop(0) if self.script else "ok"


class _ScriptedHandler(socketserver.StreamRequestHandler):
    server: ScriptedUpstream

    def handle(self) -> None:
        mode = self.server.next_mode()

        def write(reply: bytes) -> None:
            self.server.replies.append(reply)
            self.wfile.write(reply)

        write(b"220 scripted.test ESMTP\r\n")
        transactions = 0
        in_transaction = False
        while line := self._readline():
            self.server.lines.append(line)
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                write(b"250-scripted.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == b"MAIL":
                if mode == "drop_at_second_mail" and transactions:
                    return
                if mode == "421_at_second_mail" and transactions:
                    write(b"421 4.4.2 scripted.test Error: timeout exceeded\r\n")
                    return
                if mode.startswith("refuse_first_mail") and not self.server.mails_refused:
                    self.server.mails_refused += 1
                    write(b"550 5.7.1 Sender refused\r\n")
                    continue
                if in_transaction:
                    write(b"503 5.5.1 Error: nested MAIL command\r\n")
                    continue
                in_transaction = True
                write(b"250 2.1.0 Ok\r\n")
            elif verb == b"RSET":
                self.server.rsets += 1
                if mode in ("refuse_rset", "refuse_first_mail_and_rset"):
                    write(b"451 4.3.0 Try again later\r\n")
                    continue
                in_transaction = False
                write(b"250 2.0.0 Ok\r\n")
            elif verb in (b"RCPT", b"NOOP"):
                write(b"250 2.0.0 Ok\r\n")
            elif verb == b"DATA":
                self.server.data_commands += 1
                if mode == "drop_at_data":
                    return
                write(b"354 Go ahead\r\n")
                if mode == "drop_mid_content":
                    self.rfile.read(64 * 1024)
                    return
                if mode == "stall_mid_content":
                    self.request.settimeout(30)
                    try:
                        self.request.recv(1, socket.MSG_PEEK)
                        time.sleep(6)  # longer than the gateway waits
                    except OSError:
                        pass
                    return
                lines = []
                if mode == "pause_mid_content":
                    lines.append(self.rfile.read(64 * 1024))
                    self.server.paused.set()
                    self.server.resume.wait(30)
                while (data_line := self.rfile.readline()) not in (b".\r\n", b""):
                    lines.append(data_line[1:] if data_line.startswith(b".") else data_line)
                if data_line == b"":
                    self.server.cut_off += 1
                    return
                if mode == "refuse_once_keep_transaction" and not transactions:
                    transactions += 1
                    write(b"554 5.7.1 Message refused by policy\r\n")
                    continue
                in_transaction = False
                self.server.taken.append(b"".join(lines))
                if mode == "drop_after_dot":
                    return
                transactions += 1
                write(b"250 2.0.0 Ok: queued\r\n")
                if mode == "close_when_idle":
                    self.request.settimeout(0.3)
            elif verb == b"QUIT":
                self.server.quits += 1
                write(b"221 2.0.0 Bye\r\n")
                return
            else:
                write(b"502 5.5.2 Not here\r\n")

    def _readline(self) -> bytes:
        try:
            return self.rfile.readline()
        except TimeoutError:
            return b""


@pytest.fixture
def scripted(tmp_path: Path) -> Iterator[tuple[ScriptedUpstream, ThreadGateway]]:
    upstream = ScriptedUpstream([])
    policy, path = make_policy(tmp_path, upstream.url)
    gateway = ThreadGateway(policy, path).start()
    yield upstream, gateway
    gateway.stop()
    upstream.shutdown()
    upstream.server_close()


def client(gateway: ThreadGateway) -> smtplib.SMTP:
    return smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="client.test", timeout=60)


def test_session_dropped_while_idle_is_replayed_once(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    """The upstream closed the session while the client was still uploading; the gateway sees it
    at the DATA command, before any content went out, and replays the transaction on a new
    session: the client gets 250, the upstream has the message once."""
    upstream, gateway = scripted
    upstream.script = ["drop_at_data"]
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], BIG) == {}
    assert upstream.taken == [BIG]
    assert upstream.connections == 2


def test_session_dropped_between_transactions_reconnects_at_mail(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    upstream, gateway = scripted
    upstream.script = ["drop_at_second_mail"]
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
        assert c.sendmail(TEACHER, [RCPT], CLEAN.replace(b"16u", b"17u")) == {}
    assert upstream.taken == [CLEAN, CLEAN.replace(b"16u", b"17u")]
    assert upstream.connections == 2


def test_upstream_dropping_in_the_middle_of_the_content_gives_451_and_no_replay(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """Once content went out, the gateway does not replay on its own: the client hears 451
    4.4.2, keeps the mail and sends it again; it then arrives once."""
    upstream, gateway = scripted
    upstream.script = ["drop_mid_content"]
    with client(gateway) as c:
        with pytest.raises(smtplib.SMTPDataError) as exc:
            c.sendmail(TEACHER, [RCPT], BIG)
        assert exc.value.smtp_code == 451 and exc.value.smtp_error.startswith(b"4.4.2")
        assert upstream.taken == [] and upstream.data_commands == 1
        assert c.sendmail(TEACHER, [RCPT], BIG) == {}  # the client's own retry
    assert upstream.taken == [BIG]


def test_upstream_dropping_after_the_final_dot_is_not_replayed(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """The upstream took the whole message and died before answering: 451 to the client (no 250
    for a message nobody confirmed) and no second copy from the gateway."""
    upstream, gateway = scripted
    upstream.script = ["drop_after_dot"]
    with client(gateway) as c, pytest.raises(smtplib.SMTPDataError) as exc:
        c.sendmail(TEACHER, [RCPT], CLEAN)
    assert exc.value.smtp_code == 451
    time.sleep(0.3)
    assert upstream.taken == [CLEAN]
    assert upstream.data_commands == 1


def test_sigkill_while_forwarding_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    """The gateway process dies (SIGKILL) while it passes a message upstream: the client has no
    250, so it keeps the mail; the upstream saw no final dot, so it discards the part it got.
    The client's retry on the restarted gateway arrives exactly once."""
    # 20 MB: more than the loopback socket buffers of both ends hold, so the gateway is still
    # sending when it is killed (leading dots exercise the transparency on the way).
    huge = CLEAN + b"".join(
        b".%07d regel van een lang verslag zonder gevoelige inhoud, tot het einde.\r\n" % i for i in range(260_000)
    )
    upstream = ScriptedUpstream(["pause_mid_content"])
    policy, path = make_policy(tmp_path, upstream.url)
    port = int(policy.server.listen.rsplit(":", 1)[1])
    gw = ProcessGateway(path, port).start()
    outcome: list[object] = []

    def submit() -> None:
        try:
            with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60) as c:
                outcome.append(c.sendmail(TEACHER, [RCPT], huge))
        except (smtplib.SMTPException, OSError) as exc:
            outcome.append(exc)

    try:
        sender = threading.Thread(target=submit)
        sender.start()
        assert upstream.paused.wait(60), "the gateway never started forwarding"
        gw.signal(signal.SIGKILL)
        gw.wait(10)
        upstream.resume.set()
        sender.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], smtplib.SMTPServerDisconnected), outcome
        deadline = time.monotonic() + 10
        while upstream.cut_off == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert upstream.taken == [] and upstream.cut_off == 1
        gw = ProcessGateway(path, port).start()
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=60) as c:
            assert c.sendmail(TEACHER, [RCPT], huge) == {}
    finally:
        gw.stop()
        upstream.shutdown()
        upstream.server_close()
    assert upstream.taken == [huge]


def test_sigkill_while_the_client_uploads_leaves_no_trace(tmp_path: Path) -> None:
    """Killed before the final dot arrived: the client's connection ends without a reply (it
    keeps the mail), nothing reaches the upstream, nothing is left in the store."""
    upstream = ScriptedUpstream([])
    policy, path = make_policy(tmp_path, upstream.url)
    port = int(policy.server.listen.rsplit(":", 1)[1])
    gw = ProcessGateway(path, port).start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
            f = begin_data(s, TEACHER, RCPT)
            s.sendall(SENSITIVE[:40])
            gw.signal(signal.SIGKILL)
            gw.wait(10)
            with pytest.raises(OSError):
                s.sendall(SENSITIVE[40:] + b".\r\n")
                if f.readline() == b"":
                    raise ConnectionResetError("closed without a reply")
    finally:
        gw.stop()
        upstream.shutdown()
        upstream.server_close()
    assert upstream.taken == [] and upstream.data_commands == 0
    listed = subprocess.run(
        [sys.executable, "-m", "discretie", "queue", "list", "--json", "--policy", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert listed.stdout.strip() in ("", "[]")


def _lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store's write lock for ``seconds``."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "c.execute('COMMIT')\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_store_locked_by_another_process(tmp_path: Path, sink: Sink, monkeypatch: pytest.MonkeyPatch) -> None:
    """While another process holds the store's lock longer than the busy timeout, a mail to be
    held gets 451 (the client keeps it) and a clean mail still goes out; a shorter lock is
    waited for; after the lock the held mail gets its 250."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 1500)
    policy, path = make_policy(tmp_path, sink.url)
    gateway = ThreadGateway(policy, path).start()
    try:
        locker = _lock(tmp_path / "store.db", 6)
        with client(gateway) as c:
            started = time.monotonic()
            c.ehlo()
            c.mail(TEACHER)
            c.rcpt(PARENT)
            code, reply = c.data(SENSITIVE)
            assert code == 451, reply
            assert time.monotonic() - started < 5
            assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}  # the relay is not blocked meanwhile
        assert [r.data for r in sink.wait_for(1)] == [CLEAN]
        locker.wait(15)

        locker = _lock(tmp_path / "store.db", 0.5)  # shorter than the busy timeout: waited for
        with client(gateway) as c:
            c.ehlo()
            c.mail(TEACHER)
            c.rcpt(PARENT)
            code, reply = c.data(SENSITIVE)
            assert code == 250 and b"vastgehouden" in reply, reply
        locker.wait(15)
        assert [r for r in sink.received if PARENT in r.rcpt_tos] == []
    finally:
        gateway.stop()


def test_idle_upstream_sessions_are_reused(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    """One message per client connection (as many clients send): the upstream session is kept
    for the next client instead of a connect, EHLO and QUIT each time."""
    upstream, gateway = scripted
    for i in range(3):
        with client(gateway) as c:
            assert c.sendmail(TEACHER, [RCPT], CLEAN + f"{i}\r\n".encode()) == {}
    assert len(upstream.taken) == 3
    assert upstream.connections == 1


def test_session_left_in_a_transaction_is_not_reused(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    upstream, gateway = scripted
    with client(gateway) as c:
        c.ehlo()
        assert c.mail(TEACHER)[0] == 250
        assert c.rcpt(RCPT)[0] == 250
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    assert upstream.connections == 2
    assert upstream.taken == [CLEAN]


def test_idle_session_ended_with_421_at_mail_is_replaced(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    """A pooled session the upstream ends with 421 at the next MAIL (its idle timeout) took no
    part of the transaction: the relay opens a new session and the client gets 250."""
    upstream, gateway = scripted
    upstream.script = ["421_at_second_mail"]
    other = CLEAN.replace(b"16u", b"17u")
    for message in (CLEAN, other):
        with client(gateway) as c:
            assert c.sendmail(TEACHER, [RCPT], message) == {}
    assert upstream.taken == [CLEAN, other]
    assert upstream.connections == 2


def test_idle_session_closed_by_the_upstream_is_replaced(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    upstream, gateway = scripted
    upstream.script = ["close_when_idle"]
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    time.sleep(0.8)  # the upstream closed the pooled session meanwhile
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    assert upstream.taken == [CLEAN, CLEAN]
    assert upstream.connections == 2


def test_idle_sessions_expire_and_get_a_quit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scripted: tuple[ScriptedUpstream, ThreadGateway]
) -> None:
    from discretie import relay

    upstream, gateway = scripted
    monkeypatch.setattr(relay, "POOL_IDLE", 0.5)
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    assert upstream.quits == 0
    deadline = time.monotonic() + 5
    while upstream.quits == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert upstream.quits == 1


def test_idle_sessions_released_apart_each_expire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scripted: tuple[ScriptedUpstream, ThreadGateway]
) -> None:
    """The pool has one expiry timer: two sessions that went idle at different times both get
    their QUIT once idle for POOL_IDLE, the later one on the timer set again for it."""
    from discretie import relay

    upstream, gateway = scripted
    monkeypatch.setattr(relay, "POOL_IDLE", 1.0)
    first, second = client(gateway), client(gateway)
    for c in (first, second):
        c.ehlo()
        assert c.mail(TEACHER)[0] == 250  # each holds an upstream session of its own
    for c in (first, second):
        assert c.rcpt(RCPT)[0] == 250
        assert c.data(CLEAN)[0] == 250
        c.quit()  # its session goes back to the pool
        time.sleep(0.3)
    assert upstream.connections == 2
    assert upstream.quits == 0  # neither was idle for a second yet
    deadline = time.monotonic() + 6
    while upstream.quits < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert upstream.quits == 2


def test_upstream_that_stops_reading_the_content_gives_451(tmp_path: Path) -> None:
    """16 MB, more than the socket buffers hold: the gateway waits for the upstream to take each
    piece at most upstream_timeout, then answers 451; nothing is left half-sent."""
    upstream = ScriptedUpstream(["stall_mid_content"])
    _, path = make_policy(tmp_path, upstream.url)
    path.write_text(path.read_text().replace("upstream_timeout: 60", "upstream_timeout: 2"))
    from discretie.policy import load_policy

    gateway = ThreadGateway(load_policy(path), path).start()
    try:
        huge = CLEAN + b"x" * 998 + b"\r\n"
        huge += (b"y" * 998 + b"\r\n") * (16 * 1024)
        with client(gateway) as c:
            started = time.monotonic()
            with pytest.raises(smtplib.SMTPDataError) as exc:
                c.sendmail(TEACHER, [RCPT], huge)
            assert exc.value.smtp_code == 451
            assert time.monotonic() - started < 6
            assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}  # a new upstream session
        assert upstream.taken == [CLEAN]
    finally:
        gateway.stop()
        upstream.shutdown()
        upstream.server_close()


def refused_then_quit(gateway: ThreadGateway, message: bytes) -> tuple[int, bytes]:
    """A client that sends one message, hears the upstream's refusal and says QUIT without a RSET
    (as the school's Postfix does): the end of DATA is the end of its transaction."""
    with client(gateway) as c:
        c.ehlo()
        assert c.mail(TEACHER)[0] == 250
        assert c.rcpt(RCPT)[0] == 250
        return c.data(message)


def test_session_refused_at_the_end_of_data_is_reset_before_reuse(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """The upstream refused a message after its final dot and kept the transaction open; the
    idle session went back to the pool, and the next, unrelated client used to get "503 nested
    MAIL command" (its MTA bounced a good mail as permanent). The pooled session gets a RSET
    before it is reused."""
    upstream, gateway = scripted
    upstream.script = ["refuse_once_keep_transaction"]
    assert refused_then_quit(gateway, CLEAN) == (554, b"5.7.1 Message refused by policy")
    other = CLEAN.replace(b"16u", b"17u")
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], other) == {}
    assert upstream.taken == [other]
    assert upstream.connections == 1  # the same upstream session, reset and reused
    assert b"503 5.5.1 Error: nested MAIL command\r\n" not in upstream.replies


@pytest.mark.parametrize(
    ("limit", "extra", "code"),
    [("64KB", (b"x" * 998 + b"\r\n") * 100, 552), ("35MB", b"y" * (1024 * 1024 + 10) + b"\r\n", 500)],
    ids=["too_large", "line_too_long"],
)
def test_data_refused_by_a_limit_ends_the_upstream_transaction_too(
    tmp_path: Path, limit: str, extra: bytes, code: int
) -> None:
    """DATA refused by the gateway's own limits (552 too large, 500 a line too long) ends the client's
    transaction; the upstream's open transaction is reset as well, so the same client's next MAIL is
    not met by "503 nested MAIL command" (a permanent refusal: a good mail bounced)."""
    upstream = ScriptedUpstream([])
    _, path = make_policy(tmp_path, upstream.url)
    path.write_text(path.read_text().replace("max_message_size: 35MB", f"max_message_size: {limit}"))
    from discretie.policy import load_policy

    gateway = ThreadGateway(load_policy(path), path).start()
    try:
        with client(gateway) as c:
            c.ehlo()
            assert c.mail(TEACHER)[0] == 250 and c.rcpt(RCPT)[0] == 250
            assert c.data(CLEAN + extra)[0] == code
            assert c.mail(TEACHER) == (250, b"2.1.0 Ok")
            assert c.rcpt(RCPT)[0] == 250
            assert c.data(CLEAN)[0] == 250
            assert gateway.running.gateway.active_transactions == 0
        assert upstream.taken == [CLEAN]
        assert upstream.rsets == 1
        assert b"503 5.5.1 Error: nested MAIL command\r\n" not in upstream.replies
    finally:
        gateway.stop()
        upstream.shutdown()
        upstream.server_close()


def test_session_refused_at_the_end_of_data_is_reset_for_the_same_client(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """The same upstream behaviour within one client session: its next MAIL must not meet the
    transaction the upstream kept open."""
    upstream, gateway = scripted
    upstream.script = ["refuse_once_keep_transaction"]
    other = CLEAN.replace(b"16u", b"17u")
    with client(gateway) as c:
        c.ehlo()
        assert c.mail(TEACHER)[0] == 250 and c.rcpt(RCPT)[0] == 250
        assert c.data(CLEAN) == (554, b"5.7.1 Message refused by policy")
        assert c.mail(TEACHER) == (250, b"2.1.0 Ok")
        assert c.rcpt(RCPT)[0] == 250
        assert c.data(other)[0] == 250
    assert upstream.taken == [other]
    assert upstream.connections == 1


def mail_refused_then_quit(gateway: ThreadGateway) -> None:
    """A client whose MAIL the upstream refuses and that says QUIT: its session goes back to the
    pool, and the upstream has seen a MAIL since its last 250 to a message or a RSET."""
    with client(gateway) as c:
        c.ehlo()
        assert c.mail(TEACHER) == (550, b"5.7.1 Sender refused")


def test_session_after_a_delivered_message_is_reused_without_rset(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """A 250 to the end of a message ends the upstream's transaction (RFC 5321 4.1.1.4): the
    pooled session serves the next client as it is, without a RSET round trip first."""
    upstream, gateway = scripted
    other = CLEAN.replace(b"16u", b"17u")
    for message in (CLEAN, other):
        with client(gateway) as c:
            assert c.sendmail(TEACHER, [RCPT], message) == {}
    assert upstream.taken == [CLEAN, other]
    assert upstream.connections == 1
    assert upstream.rsets == 0
    assert [line[:4] for line in upstream.lines] == [b"EHLO", *[b"MAIL", b"RCPT", b"DATA"] * 2]


def test_session_after_a_refused_mail_is_reset_before_reuse(scripted: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    """A pooled session that saw a MAIL since its last 250 to a message (here one the upstream
    refused) gets a RSET before it serves the next client, and is reused on its 250."""
    upstream, gateway = scripted
    upstream.script = ["refuse_first_mail"]
    mail_refused_then_quit(gateway)
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    assert upstream.taken == [CLEAN]
    assert upstream.connections == 1
    assert upstream.rsets == 1


def test_session_that_does_not_answer_rset_with_250_is_not_reused(
    scripted: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """A pooled session that answers the RSET before its reuse with anything but 250 is closed
    (with a QUIT) and the client is served on a new session."""
    upstream, gateway = scripted
    upstream.script = ["refuse_first_mail_and_rset"]
    mail_refused_then_quit(gateway)
    with client(gateway) as c:
        assert c.sendmail(TEACHER, [RCPT], CLEAN) == {}
    assert upstream.taken == [CLEAN]
    assert upstream.connections == 2
    assert upstream.rsets == 1
    deadline = time.monotonic() + 5
    while upstream.quits == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert upstream.quits == 1
