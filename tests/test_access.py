"""Never an open relay: networks, STARTTLS, AUTH (local and passthrough), sender rights, limits,
implicit TLS, slow clients and pipelining, metrics and health endpoints. Real SMTP over loopback."""

from __future__ import annotations

import shutil
import smtplib
import socket
import ssl
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from discretie.access import Users
from discretie.policy import load_policy
from discretie.store import Store
from tests.helpers import Sink, SinkHandler, ThreadGateway, free_port, make_policy

MSG = (
    b"From: an.devos@sintpieterscollege.be\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
    b"Subject: Planning\r\n\r\nDe toets gaat door op maandag.\r\n"
)
USER, PASSWORD = "an.devos@sintpieterscollege.be", "correct horse battery staple"


def client_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the gateway's generated self-signed certificate
    return ctx


def start(tmp_path: Path, upstream: str, extra: str = "") -> ThreadGateway:
    _, path = make_policy(tmp_path, upstream)
    text = path.read_text() + extra
    path.write_text(text)
    return ThreadGateway(load_policy(path), path).start()


@pytest.fixture
def remote_only(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    """Loopback is *not* an allowed network: every client must authenticate."""
    users = Users(tmp_path / "users.json")
    users.set(USER, PASSWORD, ["secretariaat@spc.ksleuven.be"])
    extra = (
        "\nallowed_networks: [10.99.0.0/16]\n"
        f"auth:\n  backend: local\n  users_file: {tmp_path / 'users.json'}\n  require_tls: true\n"
        "limits:\n  auth_failures: 3\n  auth_backoff: 60\n"
    )
    gw = start(tmp_path, sink.url, extra)
    yield gw
    gw.stop()


def test_relay_from_disallowed_network_refused(remote_only: ThreadGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        with pytest.raises(smtplib.SMTPSenderRefused) as exc:
            client.sendmail(USER, ["ouder@gmail.com"], MSG)
        assert exc.value.smtp_code == 530
    assert sink.received == []


def test_auth_before_starttls_refused(remote_only: ThreadGateway) -> None:
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        client.ehlo()
        code, _ = client.docmd("AUTH", "PLAIN AGFuAHg=")
        assert code == 538


def test_starttls_auth_and_send(remote_only: ThreadGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        client.starttls(context=client_tls())
        client.login(USER, PASSWORD)
        assert client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    assert [r.data for r in sink.wait_for(1)] == [MSG]


def auth_plain(client: smtplib.SMTP, user: str, password: str) -> tuple[int, bytes]:
    """Exactly one AUTH PLAIN attempt (smtplib's login() would try every mechanism)."""
    client.user, client.password = user, password
    try:
        return client.auth("PLAIN", client.auth_plain)
    except smtplib.SMTPAuthenticationError as exc:
        return exc.smtp_code, exc.smtp_error


def test_wrong_password_refused_counted_and_backed_off(remote_only: ThreadGateway) -> None:
    for _ in range(3):
        with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
            client.starttls(context=client_tls())
            client.ehlo()
            assert auth_plain(client, USER, "wrong password!")[0] == 535
    # Now even the right password is refused for a while (fail2ban style).
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        client.starttls(context=client_tls())
        client.ehlo()
        assert auth_plain(client, USER, PASSWORD)[0] == 454


def test_user_may_not_send_as_someone_else(remote_only: ThreadGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        client.starttls(context=client_tls())
        client.login(USER, PASSWORD)
        with pytest.raises(smtplib.SMTPSenderRefused) as exc:
            client.sendmail("directie@spc.ksleuven.be", ["jan.peeters@spc.ksleuven.be"], MSG)
        assert exc.value.smtp_code == 553
        # A granted address is fine ...
        granted = MSG.replace(b"From: an.devos@sintpieterscollege.be", b"From: secretariaat@spc.ksleuven.be")
        assert client.sendmail("secretariaat@spc.ksleuven.be", ["jan.peeters@spc.ksleuven.be"], granted) == {}
        # ... but a forged From header is not.
        forged = MSG.replace(b"From: an.devos@sintpieterscollege.be", b"From: directie@spc.ksleuven.be")
        with pytest.raises(smtplib.SMTPDataError) as exc2:
            client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], forged)
        assert exc2.value.smtp_code == 550
    assert len(sink.wait_for(1)) == 1


def test_space_before_the_colon_cannot_hide_a_forged_from(remote_only: ThreadGateway, sink: Sink) -> None:
    """``From : Directie <directie@...>`` is the From header to a mail client but the parser skipped
    it, so the send-as check of an authenticated user never saw it. Now: 550 5.6.0 (issue 14,
    item 3; the header differential is in test_differential.py)."""
    forged = (
        b"From : Directie <directie@spc.ksleuven.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
        b"Subject: Planning\r\n\r\nDe toets gaat door op maandag.\r\n"
    )
    with smtplib.SMTP("127.0.0.1", remote_only.port, local_hostname="client.test") as client:
        client.starttls(context=client_tls())
        client.login(USER, PASSWORD)
        with pytest.raises(smtplib.SMTPDataError) as exc:
            client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], forged)
        assert exc.value.smtp_code == 550
        assert exc.value.smtp_error.startswith(b"5.6.0 Ongeldig bericht: een 'From '-regel bovenaan de kopregels")
        # The same From in the standard form is refused by the send-as check as before.
        with pytest.raises(smtplib.SMTPDataError) as exc:
            client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], forged.replace(b"From :", b"From:"))
        assert exc.value.smtp_code == 550 and b"may not send with this From address" in exc.value.smtp_error
    assert sink.wait_for(1, timeout=0.3) == []


def test_users_file_is_private_and_hashed(tmp_path: Path) -> None:
    users = Users(tmp_path / "u.json")
    users.set("x@spc.ksleuven.be", "a long enough password")
    assert (tmp_path / "u.json").stat().st_mode & 0o777 == 0o600
    assert "a long enough password" not in (tmp_path / "u.json").read_text()
    assert users.verify("x@spc.ksleuven.be", "a long enough password") is not None
    assert users.verify("x@spc.ksleuven.be", "wrong") is None
    assert users.verify("nobody@spc.ksleuven.be", "a long enough password") is None
    assert users.remove("x@spc.ksleuven.be") and not users.remove("x@spc.ksleuven.be")


def test_message_rate_limit_per_ip(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, "\nlimits:\n  messages_per_minute_per_ip: 3\n")
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            for _ in range(3):
                assert client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
            with pytest.raises(smtplib.SMTPSenderRefused) as exc:
                client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG)
            assert exc.value.smtp_code == 452
    finally:
        gw.stop()


def test_connection_limit_per_ip(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, "\nlimits:\n  connections_per_ip: 2\n")
    try:
        a = socket.create_connection(("127.0.0.1", gw.port))
        b = socket.create_connection(("127.0.0.1", gw.port))
        assert a.recv(100).startswith(b"220") and b.recv(100).startswith(b"220")
        with socket.create_connection(("127.0.0.1", gw.port)) as c:
            assert c.recv(100).startswith(b"421 4.7.0")
        a.close()
        time.sleep(0.2)
        with socket.create_connection(("127.0.0.1", gw.port)) as d:
            assert d.recv(100).startswith(b"220")
        b.close()
    finally:
        gw.stop()


def test_implicit_tls_port(tmp_path: Path, sink: Sink) -> None:
    port = free_port()
    gw = start(tmp_path, sink.url, f"\ntls:\n  implicit_port: {port}\n")
    try:
        with smtplib.SMTP_SSL("127.0.0.1", port, local_hostname="client.test", context=client_tls()) as client:
            assert client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    finally:
        gw.stop()
    assert len(sink.wait_for(1)) == 1


def test_passthrough_auth_relays_with_the_clients_credentials(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """The client's credentials are tried against the upstream; on success the message goes
    upstream in that authenticated session. Wrong credentials are refused by the upstream."""
    seen: list[str] = []

    def authenticator(server: object, session: object, envelope: object, mechanism: str, data: object) -> AuthResult:
        assert isinstance(data, LoginPassword)
        ok = data.login == USER.encode() and data.password == PASSWORD.encode()
        if ok:
            seen.append(data.login.decode())
        return AuthResult(success=ok, handled=False)

    handler = SinkHandler()
    port = free_port()
    upstream = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        server_hostname="upstream.test",
        decode_data=False,
        authenticator=authenticator,
        auth_require_tls=False,
        auth_required=True,
    )
    upstream.start()
    extra = "\nallowed_networks: [10.99.0.0/16]\nauth:\n  backend: passthrough\n"
    gw = start(tmp_path, f"smtp://127.0.0.1:{port}", extra)
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            client.starttls(context=client_tls())
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login(USER, "not the password")
            client.login(USER, PASSWORD)
            assert client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    finally:
        gw.stop()
        upstream.stop()
    assert seen == [USER]
    assert [r.data for r in handler.received] == [MSG]
    out, err = capfd.readouterr()
    assert "auth_ok" in out + err  # the gateway's log was captured ...
    assert PASSWORD not in out + err  # ... and holds no password


def test_passthrough_checks_send_as_before_the_verdict_and_keeps_the_login(tmp_path: Path) -> None:
    """Issue 14, item 4. Passthrough: the upstream checks send-as only for mail it receives in the
    client's session; a held message never gets there, and its release goes out over the
    gateway's own session (here an upstream that accepts the gateway without AUTH, as a
    connector does). So Discretie checks it itself, for every transaction, before the verdict:
    a foreign envelope sender gets 553 at MAIL, a forged From 550 after DATA (before: both were
    held with 250 and could be released as the forged sender); a granted shared mailbox passes.
    The login is kept with the held message and its incident; the release goes out with the
    envelope sender that login used."""
    from tests.test_e2e import PARENT, SENSITIVE

    handler = SinkHandler()
    port = free_port()
    upstream = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        server_hostname="upstream.test",
        decode_data=False,
        authenticator=lambda *args: AuthResult(
            success=args[4] == LoginPassword(USER.encode(), PASSWORD.encode()), handled=False
        ),
        auth_require_tls=False,
    )
    upstream.start()
    shared = "secretariaat@spc.ksleuven.be"
    extra = f"\nallowed_networks: [10.99.0.0/16]\nauth:\n  backend: passthrough\n  send_as:\n    {USER}: ['{shared}']\n"
    gw = start(tmp_path, f"smtp://127.0.0.1:{port}", extra)
    forged = SENSITIVE.replace(b"From: An Devos <an.devos@sintpieterscollege.be>", b"From: directie@spc.ksleuven.be")
    from_shared = MSG.replace(b"From: an.devos@sintpieterscollege.be", f"From: {shared}".encode())
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            client.starttls(context=client_tls())
            client.login(USER, PASSWORD)
            with pytest.raises(smtplib.SMTPSenderRefused) as refused:
                client.sendmail("directie@spc.ksleuven.be", [PARENT], SENSITIVE)
            assert refused.value.smtp_code == 553
            with pytest.raises(smtplib.SMTPDataError) as forged_from:
                client.sendmail(USER, [PARENT], forged)
            assert forged_from.value.smtp_code == 550
            assert forged_from.value.smtp_error == f"5.7.1 {USER} may not send with this From address".encode()
            assert client.sendmail(shared, ["jan.peeters@spc.ksleuven.be"], from_shared) == {}
            client.mail(USER)
            client.rcpt(PARENT)
            code, reply = client.data(SENSITIVE)
            assert code == 250 and b"vastgehouden" in reply
        with Store.open(tmp_path / "store.db", create=False) as store:
            [held] = store.list_messages()
            assert held.auth_login == USER and store.get_incident(held.id).auth_login == USER
            assert held.mail_from == USER
            store.release(held.id, actor="dpo")
        deadline = time.monotonic() + 15
        while not [r for r in handler.received if r.data == SENSITIVE] and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        gw.stop()
        upstream.stop()
    assert [(r.mail_from, r.rcpt_tos) for r in handler.received if r.data == SENSITIVE] == [(USER, [PARENT])]
    assert [r.mail_from for r in handler.received if r.data == from_shared] == [shared]
    assert not [r for r in handler.received if r.data == forged]


def test_slow_client_times_out(tmp_path: Path, sink: Sink) -> None:
    _, path = make_policy(tmp_path, sink.url)
    path.write_text(path.read_text().replace("data_timeout: 300", "data_timeout: 1"))
    gw = ThreadGateway(load_policy(path), path).start()
    try:
        with socket.create_connection(("127.0.0.1", gw.port), timeout=10) as s:
            assert s.recv(100).startswith(b"220")
            s.sendall(b"HELO client.test\r\n")
            s.recv(100)
            s.sendall(b"MAIL FROM:<a@sintpieterscollege.be>\r\n")
            s.recv(100)
            started = time.monotonic()
            while s.recv(100):  # the server closes the idle connection
                pass
            assert time.monotonic() - started < 5  # closed by the server after data_timeout
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            assert client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    finally:
        gw.stop()


def test_pipelined_commands_and_data_stay_one_message(gateway: ThreadGateway, sink: Sink) -> None:
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as s:
        f = s.makefile("rb")
        f.readline()
        s.sendall(b"EHLO client.test\r\n")
        line = f.readline()
        while line[3:4] == b"-":
            line = f.readline()
        s.sendall(
            b"MAIL FROM:<an.devos@sintpieterscollege.be>\r\nRCPT TO:<jan.peeters@spc.ksleuven.be>\r\nDATA\r\n"
            + MSG
            + b".\r\nMAIL FROM:<x@sintpieterscollege.be>\r\nQUIT\r\n"
        )
        replies = [f.readline() for _ in range(6)]
    assert [r[:3] for r in replies] == [b"250", b"250", b"354", b"250", b"250", b"221"]
    assert [r.data for r in sink.wait_for(1)] == [MSG]


@pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks not installed (scripts/setup --test installs it)")
def test_swaks_starttls_auth(remote_only: ThreadGateway, sink: Sink) -> None:
    """What docs/operations.md tells a newcomer to run."""
    result = subprocess.run(
        [
            "swaks", "--server", f"127.0.0.1:{remote_only.port}", "--helo", "client.test", "--tls",
            "--auth", "LOGIN", "--auth-user", USER, "--auth-password", PASSWORD,
            "--from", USER, "--to", "jan.peeters@spc.ksleuven.be", "--header", "Subject: swaks",
            "--body", "Test via swaks.",
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(sink.wait_for(1)) == 1


def test_metrics_and_health(tmp_path: Path, sink: Sink) -> None:
    from tests.helpers import ProcessGateway

    policy, path = make_policy(tmp_path, sink.url)
    port = int(policy.server.listen.rsplit(":", 1)[1])
    mport = free_port()
    gw = ProcessGateway(path, port, "--metrics", f"127.0.0.1:{mport}").start()
    try:
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as client:
            client.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG)
        base = f"http://127.0.0.1:{mport}"
        assert urllib.request.urlopen(f"{base}/healthz", timeout=5).read() == b"ok\n"
        assert urllib.request.urlopen(f"{base}/readyz", timeout=5).read() == b"ready\n"
        text = urllib.request.urlopen(f"{base}/metrics", timeout=5).read().decode()
        assert 'discretie_messages_total{verdict="forward"} 1.0' in text
        assert "discretie_message_seconds_bucket" in text
        assert "discretie_held_messages" in text and "discretie_outbox_backlog" in text
    finally:
        gw.stop()


def test_user_cli_reads_password_from_stdin_and_auth_works(tmp_path: Path, sink: Sink) -> None:
    """`discretie user add` as a script would call it; the new account can AUTH at once."""
    import sys

    users = tmp_path / "users.json"

    def user(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "discretie", "user", *args, "--users-file", str(users)],
            input=stdin, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    assert user("add", "jan.peeters@spc.ksleuven.be", stdin="een heel lang wachtwoord\n").returncode == 0
    assert user("add", "jan.peeters@spc.ksleuven.be", stdin="nog een wachtwoord!!\n").returncode == 1  # exists
    assert user("add", "kort@spc.ksleuven.be", stdin="kort\n").returncode == 1  # too short
    common = user("add", "gewoon@spc.ksleuven.be", stdin="Wachtwoord123\n")  # long enough, but common
    assert common.returncode == 1 and "te makkelijk te raden" in common.stderr
    assert "jan.peeters@spc.ksleuven.be" in user("list").stdout
    assert "een heel lang wachtwoord" not in users.read_text()
    extra = f"\nallowed_networks: [10.99.0.0/16]\nauth:\n  backend: local\n  users_file: {users}\n"
    gw = start(tmp_path, sink.url, extra)
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            client.starttls(context=client_tls())
            client.ehlo()
            assert auth_plain(client, "jan.peeters@spc.ksleuven.be", "een heel lang wachtwoord")[0] == 235
        assert user("passwd", "jan.peeters@spc.ksleuven.be", stdin="een ander lang wachtwoord\n").returncode == 0
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
            client.starttls(context=client_tls())
            client.ehlo()
            assert auth_plain(client, "jan.peeters@spc.ksleuven.be", "een heel lang wachtwoord")[0] == 535
    finally:
        gw.stop()
    assert user("remove", "jan.peeters@spc.ksleuven.be").returncode == 0
    assert user("remove", "jan.peeters@spc.ksleuven.be").returncode == 1
