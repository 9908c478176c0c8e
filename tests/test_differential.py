"""Differential tests (issue 14): what the rules decide on is exactly what the upstream receives.

Addresses: every MAIL FROM / RCPT TO address the rules saw (the envelope ``message.parse`` got)
reaches the upstream byte for byte between angle brackets; an address that could be read two
ways is refused at MAIL/RCPT. Generated addresses go through the running relay to a recording
upstream (``ScriptedUpstream.lines``) and both sides are compared.
"""

from __future__ import annotations

import socket
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from discretie import relay
from discretie.model import Message
from discretie.policy import load_policy
from discretie.relay import GatewaySMTP
from discretie.smtpaddr import AddressError, check, path, read_path
from discretie.upstream import Reply, open_session, parse_upstream
from tests.helpers import ThreadGateway, make_policy
from tests.test_e2e import SENSITIVE, TEACHER
from tests.test_faults import ScriptedUpstream

CLEAN = (
    b"From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
    b"Subject: Vergadering\r\n\r\nDe vergadering gaat door op donderdag om 16u.\r\n"
)
COLLEAGUE = "jan.peeters@spc.ksleuven.be"


@dataclass
class Seen:
    """What ``message.parse`` got in the relay: the envelope the rules decide on."""

    calls: list[tuple[str, tuple[str, ...], Message]] = field(default_factory=list)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Records every envelope (and message) the relay hands to the rules; the real parser runs."""
    record = Seen()
    real = relay.parse

    def spy(raw: bytes, mail_from: str = "", rcpt_tos: Sequence[str] = ()) -> Message:
        message = real(raw, mail_from, rcpt_tos)
        record.calls.append((mail_from, tuple(rcpt_tos), message))
        return message

    monkeypatch.setattr(relay, "parse", spy)
    return record


def _recording(tmp_path: Path, rules: bool) -> Iterator[tuple[ScriptedUpstream, ThreadGateway]]:
    upstream = ScriptedUpstream([])
    policy, policy_path = make_policy(tmp_path, upstream.url)
    if not rules:  # no findings, so no notification traffic from the outbox on the upstream
        policy_path.write_text(policy_path.read_text().replace("enabled: true", "enabled: false"))
        policy = load_policy(policy_path)
    gateway = ThreadGateway(policy, policy_path).start()
    yield upstream, gateway
    gateway.stop()
    upstream.shutdown()
    upstream.server_close()


@pytest.fixture
def recording(tmp_path: Path) -> Iterator[tuple[ScriptedUpstream, ThreadGateway]]:
    """The gateway with the default policy in front of an upstream that records every line."""
    yield from _recording(tmp_path, rules=True)


@pytest.fixture
def quiet(tmp_path: Path) -> Iterator[tuple[ScriptedUpstream, ThreadGateway]]:
    """The same with every rule disabled: the relay's own transactions are all the upstream hears."""
    yield from _recording(tmp_path, rules=False)


class Conversation:
    """A raw SMTP client: sends any bytes as a command line (smtplib refuses a CR in one)."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.file = self.sock.makefile("rb")
        self.reply()  # greeting
        assert self.cmd(b"EHLO client.test")[0] == 250

    def reply(self) -> tuple[int, bytes]:
        lines = []
        while True:
            line = self.file.readline()
            assert line, "connection closed"
            lines.append(line[4:].rstrip(b"\r\n"))
            if line[3:4] != b"-":
                return int(line[:3]), b"\n".join(lines)

    def cmd(self, line: bytes) -> tuple[int, bytes]:
        self.sock.sendall(line + b"\r\n")
        return self.reply()

    def data(self, message: bytes) -> tuple[int, bytes]:
        code, text = self.cmd(b"DATA")
        if code != 354:
            return code, text
        self.sock.sendall(message.replace(b"\r\n.", b"\r\n..") + b".\r\n")
        return self.reply()

    def close(self) -> None:
        self.sock.sendall(b"QUIT\r\n")
        self.reply()
        self.file.close()
        self.sock.close()


def commands(upstream: ScriptedUpstream, verb: bytes) -> list[bytes]:
    return [line for line in upstream.lines if line[:4].upper() == verb]


# --- regressions: issue 14, item 2 -------------------------------------------------------------


def test_cr_in_a_quoted_sender_is_refused_not_sent_as_someone_else(
    recording: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """``"x\\r<jan.peeters@...>"@example.org`` passed the checks as an example.org address and
    aiosmtplib's parseaddr sent it upstream as <jan.peeters@spc.ksleuven.be>. Now: 553 5.1.3 and
    the upstream hears nothing."""
    upstream, gateway = recording
    talk = Conversation(gateway.port)
    code, text = talk.cmd(b'MAIL FROM:<"x\r<jan.peeters@spc.ksleuven.be>"@example.org>')
    assert (code, text[:5]) == (553, b"5.1.3")
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250  # the session goes on
    talk.close()
    assert commands(upstream, b"MAIL") == [f"MAIL FROM:<{TEACHER}>\r\n".encode()]


def test_cr_in_a_quoted_recipient_cannot_make_a_parent_internal(
    recording: tuple[ScriptedUpstream, ThreadGateway], seen: Seen
) -> None:
    """The same trick on a recipient made a pupil-health mail to a parent count as internal
    (forwarded with a warning) while the upstream got RCPT TO:<ouder.janssens@gmail.com>."""
    upstream, gateway = recording
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    code, text = talk.cmd(b'RCPT TO:<"x\r<ouder.janssens@gmail.com>"@sintpieterscollege.be>')
    assert (code, text[:5]) == (553, b"5.1.3")
    assert talk.data(SENSITIVE)[0] == 503  # no recipient accepted
    talk.close()
    assert commands(upstream, b"RCPT") == []
    assert upstream.taken == [] and seen.calls == []


def test_needlessly_quoted_group_address_is_refused(
    recording: tuple[ScriptedUpstream, ThreadGateway], seen: Seen
) -> None:
    """``"ouders"@school`` is the parents' group address to the upstream but matched no group
    glob here (so it counted as a colleague, internal): refused, only the canonical form passes."""
    upstream, gateway = recording
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    assert talk.cmd(b'RCPT TO:<"ouders"@sintpieterscollege.be>')[0] == 553
    assert talk.cmd(f"RCPT TO:<{COLLEAGUE}>".encode())[0] == 250
    assert talk.data(CLEAN)[0] == 250
    talk.close()
    assert commands(upstream, b"RCPT") == [f"RCPT TO:<{COLLEAGUE}>\r\n".encode()]
    assert [(mail_from, rcpts) for mail_from, rcpts, _ in seen.calls] == [(TEACHER, (COLLEAGUE,))]


def test_quoted_local_part_reaches_the_upstream_as_written(
    recording: tuple[ScriptedUpstream, ThreadGateway], seen: Seen
) -> None:
    """A canonical quoted local part (angle brackets and an escaped quote inside) is kept: the
    rules and the upstream both get exactly the text between the brackets."""
    upstream, gateway = recording
    rcpt = '"x<ouder.janssens@gmail.com> \\"y\\""@sintpieterscollege.be'
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    assert talk.cmd(f"RCPT TO:<{rcpt}>".encode())[0] == 250
    assert talk.data(CLEAN)[0] == 250
    talk.close()
    assert commands(upstream, b"RCPT") == [f"RCPT TO:<{rcpt}>\r\n".encode()]
    assert [rcpts for _, rcpts, _ in seen.calls] == [(rcpt,)]


def test_non_ascii_address_needs_smtputf8(recording: tuple[ScriptedUpstream, ThreadGateway]) -> None:
    upstream, gateway = recording
    talk = Conversation(gateway.port)
    assert talk.cmd("MAIL FROM:<zoë@sintpieterscollege.be>".encode())[0:1] == (553,)
    assert talk.cmd("MAIL FROM:<zoë@sintpieterscollege.be> SMTPUTF8".encode())[0] == 250
    assert talk.cmd("RCPT TO:<jüri@spc.ksleuven.be>".encode())[0] == 250
    talk.close()
    assert commands(upstream, b"RCPT") == ["RCPT TO:<jüri@spc.ksleuven.be>\r\n".encode()]


@pytest.mark.parametrize(
    ("arg", "address", "params"),
    [
        ("<jan.peeters@spc.ksleuven.be>", "jan.peeters@spc.ksleuven.be", ""),
        ("<a@b> SIZE=1  BODY=8BITMIME", "a@b", "SIZE=1  BODY=8BITMIME"),
        ("a@b.org SIZE=1", "a@b.org", "SIZE=1"),
        ("<> SIZE=10", "<>", "SIZE=10"),
        ('<"a b"@x.org>', '"a b"@x.org', ""),
        ('<"a\\"b"@x.org>', '"a\\"b"@x.org', ""),
        ('<"x<jan@a.be>"@x.org>', '"x<jan@a.be>"@x.org', ""),
        ("<a@[192.0.2.1]>", "a@[192.0.2.1]", ""),
        ("<a@[IPv6:2001:db8::1]>", "a@[IPv6:2001:db8::1]", ""),
        ("<zoë@school.be>", "zoë@school.be", ""),
    ],
)
def test_canonical_paths_are_read_as_written(arg: str, address: str, params: str) -> None:
    assert read_path(arg) == (address, params)
    assert path(address) == ("<>" if address == "<>" else f"<{address}>")


@pytest.mark.parametrize(
    ("arg", "why"),
    [
        ('<"x\r<jan@a.be>"@x.org>', "control character U+000D"),
        ("<a\x00b@x.org>", "control character U+0000"),
        ("<a\x1b@x.org>", "control character U+001B"),
        ('<"a\x7f"@x.org>', "control character U+007F"),
        ('<"jan"@x.org>', "needless quotes around the local part"),
        ('<"jan.peeters"@x.org>', "needless quotes around the local part"),
        ('<"j\\an x"@x.org>', "needless backslash in a quoted local part"),
        ('<""@x.org>', "empty local part"),
        ('<" "@x.org>', "space at the edge of a quoted local part"),
        ('<"jan "@x.org>', "space at the edge of a quoted local part"),
        ("<a(comment)@x.org>", "not an RFC 5321 address"),
        ("<a@x.org (comment)>", "not an RFC 5321 address"),
        ("<@relay.org:a@x.org>", "not an RFC 5321 address"),
        ("<Jan <a@x.org>>", "not an RFC 5321 address"),
        ("<a@x.org.>", "not an RFC 5321 address"),
        ("<a..b@x.org>", "not an RFC 5321 address"),
        ("<a@x.org>SIZE=1", "not an RFC 5321 address"),
        ("<a@[01.2.3.4]>", "not an IPv4 or IPv6 address literal"),
        ("<a@[IPv6:2001:DB8::1]>", "address literal not in its standard form"),
        ("<a@ｓpc.ksleuven.be>", "not in Unicode normal form NFKC"),
        ("<a\u200d@x.org>", "invisible or spacing character U+200D"),
        ("<a\u202e@x.org>", "invisible or spacing character U+202E"),
        ('<"a\u00a0b"@x.org>', "invisible or spacing character U+00A0"),
        ("<a\udcff@x.org>", "bytes that are not UTF-8"),
    ],
)
def test_ambiguous_paths_are_refused(arg: str, why: str) -> None:
    with pytest.raises(AddressError) as exc:
        read_path(arg)
    assert str(exc.value) == why
    if arg.endswith(">"):
        with pytest.raises(AddressError):
            path(arg[1:-1])


# --- the address differential -------------------------------------------------------------------

_PIECES = [
    *"abcXYZ019.-_+'=~!#/",
    *'"\\<>()[],:; \t@',
    "\r",
    "\x00",
    "\x1b",
    "\x7f",
    "é",
    "ß",
    "ｓ",
    "\u200d",
    "\u202e",
    "\u00a0",
    "\x85",
    "jan.peeters",
    "ouders",
    "IPv6:",
    "192.0.2.1",
    "spc.ksleuven.be",
    "gmail.com",
    "<ouder@gmail.com>",
]
_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=6)
_DOMAIN = st.one_of(
    st.sampled_from(["sintpieterscollege.be", "spc.ksleuven.be", "gmail.com", "b", "[192.0.2.1]", "[IPv6:::1]"]),
    st.lists(_LABEL, min_size=1, max_size=3).map(".".join),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join),
)
_QCONTENT = st.one_of(
    st.sampled_from(_PIECES),
    st.sampled_from(['\\"', "\\\\", "\\a", "\\\r", "<jan.peeters@spc.ksleuven.be>", " "]),
)
_LOCAL = st.one_of(
    st.lists(st.sampled_from(["jan", "peeters", "ouders", "a", "zoë", "x+y", "é"]), min_size=1, max_size=3).map(
        ".".join
    ),
    st.lists(_QCONTENT, max_size=6).map(lambda parts: '"' + "".join(parts) + '"'),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
)
_MAILBOX = st.builds(lambda local, domain: f"{local}@{domain}", _LOCAL, _DOMAIN)
# Mostly canonical: quoted local parts with angle brackets, commas, escapes, Unicode inside.
_QTEXT = st.sampled_from(["a", "x y", "<", ">", "@", ",", ":", ";", "(", ")", "[", "]", '\\"', "\\\\", "é", "."])
_CANONICAL = st.builds(
    lambda local, domain: f"{local}@{domain}",
    st.one_of(
        st.lists(st.sampled_from(["jan", "peeters", "ouders", "zoë", "x+y", "o'brien"]), min_size=1, max_size=3).map(
            ".".join
        ),
        st.lists(_QTEXT, min_size=1, max_size=5).map(lambda parts: '"a' + "".join(parts) + 'z"'),
    ),
    st.one_of(st.sampled_from(["sintpieterscollege.be", "spc.ksleuven.be", "gmail.com", "[192.0.2.1]"]), _LABEL),
).map(lambda m: f"<{m}>")
_ARG = st.one_of(
    _MAILBOX.map(lambda m: f"<{m}>"),
    st.builds(
        lambda prefix, m, suffix: f"{prefix}<{m}>{suffix}",
        st.sampled_from(["", "@r.org:", "(c)", " "]),
        _MAILBOX,
        st.sampled_from(["", " ", "(c)", ">", " SIZE=5", "x"]),
    ),
    _MAILBOX,
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
)


def _wire(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _as_written(arg: str, address: str) -> bool:
    """Whether ``address`` is exactly what the client's argument held between its brackets (or,
    without brackets, before its parameters)."""
    arg = arg.strip()
    written = f"<{address}>" if arg.startswith("<") and address != "<>" else address
    return arg == written or (arg.startswith(written) and arg[len(written)] in " \t")


def _visible(text: str) -> bool:
    """No control, format, surrogate or separator character other than the ASCII space."""
    return all(ch == " " or unicodedata.category(ch)[0] not in "CZ" for ch in text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sender=st.one_of(_ARG, _CANONICAL), rcpt=st.one_of(_ARG, _CANONICAL), utf8=st.booleans())
@example(sender='<"x\r<jan.peeters@spc.ksleuven.be>"@example.org>', rcpt="<a@b>", utf8=False)
@example(sender=f"<{TEACHER}>", rcpt='<"x\r<ouder@gmail.com>"@sintpieterscollege.be>', utf8=False)
@example(sender=f"<{TEACHER}>", rcpt='<"ouders"@sintpieterscollege.be>', utf8=True)
@example(sender="<>", rcpt='<"a<b@c.org>"@spc.ksleuven.be>', utf8=True)
def test_the_upstream_gets_the_addresses_the_rules_saw(
    quiet: tuple[ScriptedUpstream, ThreadGateway], seen: Seen, sender: str, rcpt: str, utf8: bool
) -> None:
    """Any MAIL FROM and RCPT TO argument, through the running relay: for every message the
    rules decided on, the upstream's MAIL and RCPT lines carry exactly the envelope the rules
    saw, which is exactly what the client wrote between the brackets; anything refused never
    reaches the upstream."""
    upstream, gateway = quiet
    upstream.lines.clear()
    seen.calls.clear()
    if "\n" in sender + rcpt:
        return  # a LF ends the command line: another command, not another address
    talk = Conversation(gateway.port)
    mail_code, _ = talk.cmd(b"MAIL FROM:" + _wire(sender) + (b" SMTPUTF8" if utf8 else b""))
    rcpt_code = talk.cmd(b"RCPT TO:" + _wire(rcpt))[0] if mail_code == 250 else 0
    if mail_code == 250:
        assert talk.cmd(f"RCPT TO:<{COLLEAGUE}>".encode())[0] == 250
        assert talk.data(CLEAN)[0] == 250
    talk.close()
    event(f"MAIL {mail_code}, RCPT {rcpt_code}")

    mails, rcpts = commands(upstream, b"MAIL"), commands(upstream, b"RCPT")
    if mail_code != 250:
        assert mail_code in (501, 553, 555), sender
        assert mails == [] and seen.calls == []
        return
    ((mail_from, rcpt_tos, _),) = seen.calls
    # What the rules saw is what the upstream got, byte for byte ...
    assert mails == [b"MAIL FROM:" + _wire(path(mail_from)) + (b" SMTPUTF8" if utf8 else b"") + b"\r\n"]
    assert rcpts == [b"RCPT TO:" + _wire(path(r)) + b"\r\n" for r in rcpt_tos]
    # ... and what the client wrote between the brackets, with nothing invisible in it.
    assert _as_written(sender, mail_from or "<>") and _visible(mail_from)
    if rcpt_code == 250:
        assert len(rcpt_tos) == 2 and rcpt_tos[1] == COLLEAGUE
        assert _as_written(rcpt, rcpt_tos[0]) and _visible(rcpt_tos[0])
    else:
        assert rcpt_code in (501, 553, 555), rcpt
        assert rcpt_tos == (COLLEAGUE,)


_ATEXT = st.sampled_from([*"abcXYZ019.-_+'=~!#", "", "@", "<", ">", " ", "\t", "(x)", '"', "é", "[1.2.3.4]", "\\"])


@settings(max_examples=800, deadline=None)
@given(arg=st.lists(_ATEXT, max_size=14).map("".join), params=st.sampled_from(["", " SIZE=10", "  BODY=8BITMIME "]))
def test_strict_reading_is_a_subset_of_aiosmtpds(arg: str, params: str) -> None:
    """GatewaySMTP reads MAIL/RCPT arguments with discretie.smtpaddr instead of the RFC 5322
    parser aiosmtpd uses: what it accepts, aiosmtpd reads the same way (it only refuses more)."""
    protocol = object.__new__(GatewaySMTP)  # _getaddr needs no connection
    for candidate in (arg, f"<{arg}>{params}", f"<{arg}@spc.ksleuven.be>{params}"):
        candidate = candidate.strip()  # aiosmtpd strips the argument before _getaddr
        ours = protocol._getaddr(candidate)
        if ours == (None, None):
            continue
        address, rest = SMTP._getaddr(protocol, candidate)
        assert (address, (rest or "").strip()) == ours, candidate
        assert ours[0] == "<>" or path(str(ours[0])) == f"<{ours[0]}>"


async def test_upstream_session_sends_only_checked_addresses() -> None:
    """The upstream session checks every address again before a MAIL or RCPT command (the
    outbox sends addresses taken from the store and from headers): anything not canonical is
    answered 553 5.1.3 and never written to the upstream."""
    upstream = ScriptedUpstream([])
    try:
        session = await open_session(parse_upstream(upstream.url), hostname="gw.test", timeout=10)
        assert not isinstance(session, Reply)
        bad = ['"x\r<jan@a.be>"@x.org', "Jan <jan@a.be>", "jan@a.be (x)", '"jan"@a.be', "<jan@a.be>"]
        for address in bad:
            with pytest.raises(AddressError):
                check(address)
            assert (await session.mail(address, [])).code == 553
        assert (await session.mail("", [])).code == 250
        for address in bad:
            reply = await session.rcpt(address)
            assert (reply.code, reply.message[:5]) == (553, "5.1.3")
        assert (await session.rcpt('"a b"@x.org')).code == 250
        await session.close()
    finally:
        upstream.shutdown()
        upstream.server_close()
    assert commands(upstream, b"MAIL") == [b"MAIL FROM:<>\r\n"]
    assert commands(upstream, b"RCPT") == [b'RCPT TO:<"a b"@x.org>\r\n']
