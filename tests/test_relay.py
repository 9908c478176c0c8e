"""The relay over real SMTP on loopback: before-queue semantics, byte-identical forwarding,
per-recipient answers, limits and bad input. The upstream is a real aiosmtpd sink."""

from __future__ import annotations

import smtplib
import socket
import struct
import time
from pathlib import Path

import aiosmtplib
import pytest

from tests.helpers import Sink, ThreadGateway, begin_data, make_policy

CLEAN = (
    b"From: An Devos <an.devos@sintpieterscollege.be>\r\n"
    b"To: Jan Peeters <jan.peeters@spc.ksleuven.be>\r\n"
    b"Subject: Vergadering vakgroep wiskunde\r\n"
    b"Message-ID: <clean-1@sintpieterscollege.be>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Dag Jan,\r\n"
    b"\r\n"
    b"De vergadering van de vakgroep gaat door op donderdag om 16u in lokaal B2.04.\r\n"
    b".Een regel die met een punt begint, moet heel blijven.\r\n"
    b"\r\n"
    b"Groetjes,\r\nAn\r\n"
)
SENDER = "an.devos@sintpieterscollege.be"
RCPT = "jan.peeters@spc.ksleuven.be"


def smtp(gw: ThreadGateway) -> smtplib.SMTP:
    return smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test", timeout=30)


def test_clean_mail_reaches_upstream_byte_identical(gateway: ThreadGateway, sink: Sink) -> None:
    """A clean message arrives at the upstream exactly as the client sent it, envelope unchanged."""
    with smtp(gateway) as client:
        refused = client.sendmail(SENDER, [RCPT], CLEAN)
    assert refused == {}
    (got,) = sink.wait_for(1)
    assert got.data == CLEAN
    assert got.mail_from == SENDER
    assert got.rcpt_tos == [RCPT]


async def test_aiosmtplib_client_and_8bit_utf8(gateway: ThreadGateway, sink: Sink) -> None:
    """SMTPUTF8 and 8BITMIME pass through: a UTF-8 address and an 8-bit body arrive intact."""
    body = (
        "From: Zoë Çelik <zoë@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
        "Subject: Excursie naar Brugge – €12\r\n\r\nDe prijs is €12, inclusief drankje. Groetjes, Zoë\r\n"
    ).encode()
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=gateway.port, local_hostname="client.test", start_tls=False)
    async with client:
        await client.ehlo()
        assert client.supports_extension("smtputf8") and client.supports_extension("8bitmime")
        await client.mail("zoë@sintpieterscollege.be", options=["SMTPUTF8", "BODY=8BITMIME"], encoding="utf-8")
        await client.rcpt(RCPT)
        response = await client.data(body)
    assert response.code == 250
    (got,) = sink.wait_for(1)
    assert got.data == body
    assert got.mail_from == "zoë@sintpieterscollege.be"
    assert "SMTPUTF8" in got.mail_options and "BODY=8BITMIME" in got.mail_options
    assert not any(o.upper().startswith("SIZE=") for o in got.mail_options)


def test_upstream_down_gives_451_and_never_250(tmp_path: Path) -> None:
    """No upstream listening: the client gets 451 4.4.x at MAIL and retries later."""
    policy, path = make_policy(tmp_path, "smtp://127.0.0.1:9")  # discard port: nothing listens
    gw = ThreadGateway(policy, path).start()
    try:
        with smtp(gw) as client, pytest.raises(smtplib.SMTPSenderRefused) as exc:
            client.sendmail(SENDER, [RCPT], CLEAN)
        assert exc.value.smtp_code == 451
        assert exc.value.smtp_error.startswith(b"4.4.")
    finally:
        gw.stop()


def test_upstream_permanent_refusal_on_data_passes_through(gateway: ThreadGateway, sink: Sink) -> None:
    sink.handler.data_reply = "554 5.7.1 Message rejected by upstream policy"
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPDataError) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN)
    assert exc.value.smtp_code == 554
    assert b"rejected by upstream policy" in exc.value.smtp_error


def test_upstream_temporary_refusal_on_data_gives_451(gateway: ThreadGateway, sink: Sink) -> None:
    sink.handler.data_reply = "452 4.3.1 Insufficient system storage"
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPDataError) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN)
    assert exc.value.smtp_code == 451
    assert exc.value.smtp_error.startswith(b"4.4.")
    assert sink.received == []


def test_upstream_refuses_sender(gateway: ThreadGateway, sink: Sink) -> None:
    sink.handler.mail_reply = "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPSenderRefused) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN)
    assert exc.value.smtp_code == 550
    assert b"permissions to send as this sender" in exc.value.smtp_error


def test_partial_refusal_reported_per_recipient(gateway: ThreadGateway, sink: Sink) -> None:
    """One recipient refused by the upstream: the client hears it for that recipient only;
    the others get the message."""
    sink.handler.refuse_rcpt = {
        "weg@spc.ksleuven.be": "550 5.1.1 User unknown",
        "vol@spc.ksleuven.be": "452 4.2.2 Mailbox full",
    }
    rcpts = [RCPT, "weg@spc.ksleuven.be", "vol@spc.ksleuven.be", "piet.claes@spc.ksleuven.be"]
    with smtp(gateway) as client:
        refused = client.sendmail(SENDER, rcpts, CLEAN)
    assert refused == {
        "weg@spc.ksleuven.be": (550, b"5.1.1 User unknown"),
        "vol@spc.ksleuven.be": (452, b"4.2.2 Mailbox full"),
    }
    (got,) = sink.wait_for(1)
    assert got.rcpt_tos == [RCPT, "piet.claes@spc.ksleuven.be"]
    assert got.data == CLEAN


def test_all_recipients_refused(gateway: ThreadGateway, sink: Sink) -> None:
    sink.handler.refuse_rcpt = {RCPT: "550 5.1.1 User unknown"}
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPRecipientsRefused) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN)
    assert exc.value.recipients == {RCPT: (550, b"5.1.1 User unknown")}
    assert sink.received == []


def test_oversize_message_gets_552(tmp_path: Path, sink: Sink) -> None:
    _, path = make_policy(tmp_path, sink.url)
    text = path.read_text().replace("max_message_size: 35MB", "max_message_size: 64KB")
    path.write_text(text)
    from discretie.policy import load_policy

    gw = ThreadGateway(load_policy(path), path).start()
    try:
        big = CLEAN + (b"x" * 998 + b"\r\n") * 100
        with smtp(gw) as client:
            client.ehlo()
            assert client.has_extn("size") and int(client.esmtp_features["size"]) == 64 * 1024
            # Announced too big: refused at MAIL.
            code, _ = client.mail(SENDER, ["SIZE=200000"])
            assert code == 552
            client.rset()
            # Not announced: refused after DATA.
            assert client.mail(SENDER)[0] == 250
            assert client.rcpt(RCPT)[0] == 250
            code, text = client.data(big)
            assert code == 552, text
            # Announced (smtplib does it): refused at MAIL.
            with pytest.raises(smtplib.SMTPSenderRefused) as exc:
                client.sendmail(SENDER, [RCPT], big)
            assert exc.value.smtp_code == 552
            # The session is still usable.
            assert client.sendmail(SENDER, [RCPT], CLEAN) == {}
        assert len(sink.wait_for(1)) == 1
    finally:
        gw.stop()


def test_bare_lf_refused_and_message_not_split(gateway: ThreadGateway, sink: Sink) -> None:
    """SMTP smuggling forms never split a message: bare LF and bare CR are refused."""
    for payload in (
        b"Subject: a\r\n\r\nline\n.\nMAIL FROM:<evil@x.test>\r\n",
        b"Subject: b\r\n\r\nline\r.\rRCPT TO:<evil@x.test>\r\n",
        b"Subject: c\r\n\r\nbare lf\nhere\r\n",
    ):
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as s:
            f = begin_data(s, SENDER, RCPT)
            s.sendall(payload + b".\r\n")
            reply = f.readline()
            assert reply.startswith(b"550 5.6.0"), reply
            s.sendall(b"QUIT\r\n")
    time.sleep(0.2)
    assert sink.received == []


def test_nul_bytes_refused(gateway: ThreadGateway, sink: Sink) -> None:
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPDataError) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN.replace(b"Dag Jan", b"Dag\x00Jan"))
    assert exc.value.smtp_code == 550
    assert sink.received == []


def test_too_many_recipients_get_452_and_the_rest_are_delivered(gateway: ThreadGateway, sink: Sink) -> None:
    """10,000 recipients: the first 1,000 (policy) are accepted, the rest get 452 4.5.3
    (the client sends them in another transaction)."""
    rcpts = [f"leerkracht{i}@spc.ksleuven.be" for i in range(10_000)]
    with smtp(gateway) as client:
        refused = client.sendmail(SENDER, rcpts, CLEAN)
    assert len(refused) == 9_000
    assert all(code == 452 for code, _ in refused.values())
    (got,) = sink.wait_for(1)
    assert len(got.rcpt_tos) == 1_000


def test_long_lines(gateway: ThreadGateway, sink: Sink) -> None:
    """A 1 MB line is accepted and forwarded intact; a 2 MB line gets 500 5.5.6 and the
    server keeps serving."""
    one_mb = CLEAN + b"A" * 1_000_000 + b"\r\n"
    with smtp(gateway) as client:
        assert client.sendmail(SENDER, [RCPT], one_mb) == {}
    assert sink.wait_for(1)[0].data == one_mb
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPDataError) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN + b"B" * 2_000_000 + b"\r\n")
    assert exc.value.smtp_code == 500
    with smtp(gateway) as client:
        assert client.sendmail(SENDER, [RCPT], CLEAN) == {}
    assert len(sink.wait_for(2)) == 2


def test_client_disconnecting_mid_data_does_not_hurt_others(gateway: ThreadGateway, sink: Sink) -> None:
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as s:
        f = begin_data(s, SENDER, RCPT)
        s.sendall(b"Subject: half\r\n\r\nonly half of the mes")
        f.close()
        s.shutdown(socket.SHUT_RDWR)
    time.sleep(0.3)
    with smtp(gateway) as client:
        assert client.sendmail(SENDER, [RCPT], CLEAN) == {}
    received = sink.wait_for(1)
    assert [r.data for r in received] == [CLEAN]
    assert gateway.running is not None
    deadline = time.monotonic() + 5
    while gateway.running.gateway.active_transactions and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gateway.running.gateway.active_transactions == 0


def test_rset_resets_the_upstream_transaction(gateway: ThreadGateway, sink: Sink) -> None:
    with smtp(gateway) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(RCPT)
        client.rset()
        assert client.sendmail(SENDER, ["piet.claes@spc.ksleuven.be"], CLEAN) == {}
    (got,) = sink.wait_for(1)
    assert got.rcpt_tos == ["piet.claes@spc.ksleuven.be"]
    assert "RSET" in sink.handler.commands


def test_several_messages_in_one_session(gateway: ThreadGateway, sink: Sink) -> None:
    with smtp(gateway) as client:
        for i in range(5):
            assert client.sendmail(SENDER, [RCPT], CLEAN.replace(b"clean-1", f"clean-{i}".encode())) == {}
    assert len(sink.wait_for(5)) == 5


def test_maildir_outbox_delivery(tmp_path: Path) -> None:
    """The embedded default upstream: a Maildir. The file holds Return-Path and X-Envelope-To
    followed by the message exactly as sent."""
    outbox = tmp_path / "outbox"
    policy, path = make_policy(tmp_path, f"maildir:{outbox}")
    gw = ThreadGateway(policy, path).start()
    try:
        with smtp(gw) as client:
            assert client.sendmail(SENDER, [RCPT, "piet.claes@spc.ksleuven.be"], CLEAN) == {}
    finally:
        gw.stop()
    files = list((outbox / "new").iterdir())
    assert len(files) == 1
    content = files[0].read_bytes()
    prefix = f"Return-Path: <{SENDER}>\r\nX-Envelope-To: {RCPT}, piet.claes@spc.ksleuven.be\r\n".encode()
    assert content == prefix + CLEAN
    assert list((outbox / "tmp").iterdir()) == []


def test_null_sender_is_forwarded_as_null(gateway: ThreadGateway, sink: Sink) -> None:
    with smtp(gateway) as client:
        assert client.sendmail("<>", [RCPT], CLEAN) == {}
    (got,) = sink.wait_for(1)
    assert got.mail_from in ("", "<>")


@pytest.mark.parametrize(
    ("raw", "bare"),
    [
        (b"a\r\nb\r\n", False),
        (b"", False),
        (b"a\nb\r\n", True),
        (b"a\rb\r\n", True),
        (b"a\r\r\nb", True),
        (b"a\r\n\nb", True),
        (b"\r\n.\r\n", False),
    ],
)
def test_has_bare_newline(raw: bytes, bare: bool) -> None:
    from discretie.upstream import has_bare_newline

    assert has_bare_newline(raw) is bare


def test_upstream_hanging_after_data_gives_451(tmp_path: Path, sink: Sink) -> None:
    """An upstream that takes the data and never answers: after upstream_timeout the client gets
    451 and keeps the mail; the gateway goes on serving."""
    _, path = make_policy(tmp_path, sink.url)
    path.write_text(path.read_text().replace("upstream_timeout: 60", "upstream_timeout: 1"))
    from discretie.policy import load_policy

    gw = ThreadGateway(load_policy(path), path).start()
    try:
        sink.handler.data_delay = 4
        started = time.monotonic()
        with smtp(gw) as client, pytest.raises(smtplib.SMTPDataError) as exc:
            client.sendmail(SENDER, [RCPT], CLEAN)
        assert exc.value.smtp_code == 451 and exc.value.smtp_error.startswith(b"4.4.")
        assert time.monotonic() - started < 4
        sink.handler.data_delay = 0
        with smtp(gw) as client:
            assert client.sendmail(SENDER, [RCPT], CLEAN) == {}
    finally:
        gw.stop()


def test_upstream_421_on_data_gives_451(gateway: ThreadGateway, sink: Sink) -> None:
    sink.handler.data_reply = "421 4.3.2 Service shutting down"
    with smtp(gateway) as client, pytest.raises(smtplib.SMTPDataError) as exc:
        client.sendmail(SENDER, [RCPT], CLEAN)
    assert exc.value.smtp_code == 451
    assert sink.received == []


def test_message_edges_on_the_wire_with_pipelined_commands(gateway: ThreadGateway, sink: Sink) -> None:
    """DATA is read in large pieces (discretie.smtpdata): on the wire, an empty first line, a
    stuffed lone dot, a message sent a byte at a time, and commands pipelined right after the end
    marker (RFC 2920) all come out as a line-by-line reader would have them."""
    cases = [
        (b"\r\n.\r\n", b"\r\n"),
        (b"..\r\nSubject: x\r\n\r\n..\r\n.\r\n", b".\r\nSubject: x\r\n\r\n.\r\n"),
        (CLEAN.replace(b"\r\n.", b"\r\n..") + b".\r\n", CLEAN),
    ]
    for wire, content in cases:
        for pieces in (1, 0):
            with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as s:
                f = begin_data(s, SENDER, RCPT)
                if pieces:
                    for i in range(len(wire)):
                        s.sendall(wire[i : i + 1])
                    s.sendall(b"NOOP\r\nQUIT\r\n")
                else:
                    s.sendall(wire + b"NOOP\r\nQUIT\r\n")
                assert f.readline().startswith(b"250"), wire
                assert f.readline().startswith(b"250")  # NOOP
                assert f.readline().startswith(b"221")
                f.close()
            assert sink.wait_for(1)[-1].data == content
            sink.received.clear()


def test_lone_angle_bracket_is_a_syntax_error(gateway: ThreadGateway) -> None:
    with smtp(gateway) as client:
        client.ehlo()
        assert client.docmd("MAIL FROM:<")[0] == 553  # aiosmtpd: malformed address
        assert client.docmd("MAIL", f"FROM:<{SENDER}>")[0] == 250


@pytest.mark.parametrize("kind", ["hold", "reject"])
def test_held_or_refused_mail_ends_the_upstream_transaction_while_the_store_writes(
    kind: str, gateway: ThreadGateway, sink: Sink
) -> None:
    """A held or refused message ends the upstream's transaction (RSET) while the store writes it, not
    after: the client waits for the slower of the two, not for both. Here each takes 0.8 s; one after
    the other the client waited 1.6 s or more. The client still hears only once both are done: the RSET
    is in, and the hold or the incident is in the store."""
    from tests.test_e2e import PASSWORD_MAIL, SENSITIVE

    store = gateway.running.store
    slowed = store.hold if kind == "hold" else store.record
    done: list[float] = []

    def slow(**kwargs: object) -> object:
        time.sleep(0.8)
        result = slowed(**kwargs)
        done.append(time.monotonic())
        return result

    setattr(store, kind if kind == "hold" else "record", slow)
    sink.handler.rset_delay = 0.8
    raw, rcpt = (SENSITIVE, "ouder.janssens@gmail.com") if kind == "hold" else (PASSWORD_MAIL, RCPT)
    with smtp(gateway) as client:
        client.ehlo()
        assert client.mail(SENDER)[0] == 250
        assert client.rcpt(rcpt)[0] == 250
        sent = len(sink.handler.commands)
        started = time.monotonic()
        code, reply = client.data(raw)
        answered = time.monotonic()
    assert code == (250 if kind == "hold" else 550), reply
    assert b"D-" in reply  # the reference of the hold or the incident: the store wrote it first
    assert "RSET" in sink.handler.commands[sent:]  # (the outbox's notices may come in meanwhile)
    assert done and done[0] <= answered
    assert 0.8 <= answered - started < 1.55  # one after the other: 1.6 s or more


def _data_segments_in(sock: socket.socket) -> int:
    """Linux's count of TCP segments with data this socket received (tcpi_data_segs_in of struct tcp_info)."""
    info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
    return int(struct.unpack_from("I", info, 152)[0])


def test_the_ehlo_reply_goes_out_in_one_segment(gateway: ThreadGateway) -> None:
    """aiosmtpd wrote a multi-line reply a line at a time: a system call and a TCP segment each, and a
    client woken for each. The lines of the EHLO reply now wait for its last one: one segment, the
    same lines in the same order."""
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        reader = sock.makefile("rb")
        assert reader.readline().startswith(b"220 ")
        before = _data_segments_in(sock)
        sock.sendall(b"EHLO client.test\r\n")
        lines = [reader.readline()]
        while lines[-1][3:4] == b"-":
            lines.append(reader.readline())
        time.sleep(0.2)  # anything sent after the last line has arrived by now
        assert _data_segments_in(sock) - before == 1
        assert len(lines) >= 4 and all(line.startswith(b"250") for line in lines)
        assert [line[3:4] for line in lines] == [b"-"] * (len(lines) - 1) + [b" "]
        assert lines[0].startswith(b"250-") and b"SIZE" in b"".join(lines)
        sock.sendall(b"QUIT\r\n")
        assert reader.readline().startswith(b"221 ")


def test_a_client_gone_while_its_mail_is_held_leaves_no_upstream_session_to_reuse(
    gateway: ThreadGateway, sink: Sink
) -> None:
    """The client goes away while the store writes its held message and the upstream's RSET is on the wire: the
    message is held all the same, that upstream session is closed (the client left inside its transaction), never
    pooled with an answer still to come, and the next client's mail goes through a new session, intact."""
    from tests.test_e2e import SENSITIVE

    store = gateway.running.store
    hold = store.hold

    def slow(**kwargs: object) -> object:
        time.sleep(0.8)
        return hold(**kwargs)

    store.hold = slow  # type: ignore[method-assign]
    sink.handler.rset_delay = 0.8
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        reader = sock.makefile("rb")
        reader.readline()
        for command in (
            b"EHLO client.test",
            b"MAIL FROM:<" + SENDER.encode() + b">",
            b"RCPT TO:<ouder.janssens@gmail.com>",
        ):
            sock.sendall(command + b"\r\n")
            while (line := reader.readline())[3:4] == b"-":
                pass
            assert line.startswith(b"250"), line
        sock.sendall(b"DATA\r\n")
        assert reader.readline().startswith(b"354")
        sock.sendall(SENSITIVE + b"\r\n.\r\n")
        time.sleep(0.3)  # the hold and the RSET are under way
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # gone at once (RST)
        reader.close()  # (the socket closes only when its file is closed too)
    time.sleep(2.0)  # the hold, the RSET and the close are done
    assert gateway.running.gateway._pool == []
    assert len(store.list_messages(states=["held"])) == 1  # held, though its client never heard so
    sink.handler.rset_delay = 0.0
    with smtp(gateway) as client:
        assert client.sendmail(SENDER, [RCPT], CLEAN) == {}
    deadline = time.monotonic() + 10
    while not [r for r in sink.received if r.rcpt_tos == [RCPT]] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r.data for r in sink.received if r.rcpt_tos == [RCPT]] == [CLEAN]
