"""Differential tests (issue 14): what the rules decide on is exactly what the upstream receives.

Addresses: every MAIL FROM / RCPT TO address the rules saw (the envelope ``message.parse`` got)
reaches the upstream byte for byte between angle brackets; an address that could be read two
ways is refused at MAIL/RCPT. Generated addresses go through the running relay to a recording
upstream (``ScriptedUpstream.lines``) and both sides are compared.

Headers: the header fields and MIME structure the rules see are those a mail client reads. An
independent reader here (``client_view``) reads messages the way Postfix and mail clients do,
with RFC 5322's obsolete syntax (white space before the colon); generated messages with header
variations and nested MIME structures are either refused by the relay (550 5.6.0) or read the
same by both, before and after the BCC rewrite.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
import socket
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email.utils import getaddresses
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from discretie import relay
from discretie.message import decode_bytes, parse
from discretie.model import Message
from discretie.policy import load_policy
from discretie.relay import GatewaySMTP
from discretie.smtpaddr import AddressError, check, path, read_path
from discretie.upstream import Reply, open_session, parse_upstream
from tests.helpers import ThreadGateway, make_policy
from tests.test_e2e import SENSITIVE, TEACHER, VISIBLE_PARENTS
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


@settings(max_examples=500, deadline=None)
@given(arg=st.lists(_ATEXT, max_size=14).map("".join), params=st.sampled_from(["", " SIZE=10", "  BODY=8BITMIME "]))
@example(arg="a@a (x)", params="")  # a comment after a bare address: aiosmtpd drops it, we would have kept it
@example(arg="a@a .", params="")  # aiosmtpd reads blanks around a domain's dot ("a@a .b" is a@a.b): no parameter
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


# --- regressions: issue 14, item 3 -------------------------------------------------------------

PASSWORD_PART = base64.b64encode(b"Je nieuwe login voor Smartschool: wachtwoord: Zomer2024!\r\n").decode()
HIDDEN_MULTIPART = (
    "From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\n"
    "Subject: Login\r\nMIME-Version: 1.0\r\n"
    'Content-Type : multipart/mixed; boundary="b1"\r\n\r\n'
    "--b1\r\nContent-Type: text/plain\r\n\r\nDag Jan, zie hieronder.\r\n"
    f"--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n{PASSWORD_PART}\r\n"
    "--b1--\r\n"
).encode()


def test_space_before_the_colon_cannot_hide_a_password_part(
    recording: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """``Content-Type : multipart/mixed`` is the Content-Type to Postfix and mail clients (RFC
    5322 obsolete syntax) but ended the header block for the parser: the base64 part with the
    password was never decoded and the mail left. Now it is refused with 550 5.6.0."""
    upstream, gateway = recording
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    assert talk.cmd(f"RCPT TO:<{COLLEAGUE}>".encode())[0] == 250
    code, text = talk.data(HIDDEN_MULTIPART)
    talk.close()
    assert (code, text.split(b" ", 1)[0]) == (550, b"5.6.0")
    assert b"witruimte voor de dubbele punt in de kopregel 'Content-Type'" in text
    assert upstream.taken == []
    assert client_view(HIDDEN_MULTIPART).leaves[1][2] == base64.b64decode(PASSWORD_PART)  # what a client shows


FOLDED_BOUNDARY = (
    b"From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: jan.peeters@spc.ksleuven.be\r\nSubject: wifi\r\n"
    b'Content-Type: multipart/mixed; boundary="b0x0"\r\n vervolg zonder kopregel\r\n\r\n'
    b"--b0x0\r\nContent-Type: text/plain\r\n\r\nHet wachtwoord van de wifi: Zomer2024!\r\n--b0x0--\r\n"
)


def test_a_boundary_the_parser_cannot_find_cannot_hide_a_part(
    recording: tuple[ScriptedUpstream, ThreadGateway],
) -> None:
    """Found by the property test below: a folded line after ``boundary="b0x0"`` made the parser
    read the boundary with that line, find none of the parts and read no text, while a client
    takes the boundary up to the quote and shows the part (with a password). Refused, 550 5.6.0."""
    upstream, gateway = recording
    assert [leaf[2] for leaf in client_view(FOLDED_BOUNDARY).leaves][-1].startswith(b"Het wachtwoord")
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    assert talk.cmd(f"RCPT TO:<{COLLEAGUE}>".encode())[0] == 250
    code, text = talk.data(FOLDED_BOUNDARY)
    talk.close()
    assert (code, text.split(b" ", 1)[0]) == (550, b"5.6.0")
    assert b"een multipart-deel waarvan de grens niet gevonden wordt" in text
    assert upstream.taken == []


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"From : Jan <jan@a.be>\r\nSubject: x\r\n\r\nbody\r\n", "een 'From '-regel bovenaan de kopregels"),
        (
            b"Subject: x\r\nFrom : Jan <jan@a.be>\r\nTo: a@b.be\r\n\r\nbody\r\n",
            "een 'From '-regel tussen de kopregels",
        ),
        (
            b"Subject: x\r\nFrom\t: Jan <jan@a.be>\r\nTo: a@b.be\r\n\r\nbody\r\n",
            "witruimte voor de dubbele punt in de kopregel 'From'",
        ),
        (
            b"Subject: x\r\nFrom : Jan <jan@a.be>\r\n\r\nbody\r\n",
            "witruimte voor de dubbele punt in de kopregel 'From'",
        ),
        (b"Subject: x\r\nTo : ouder@gmail.com\r\n\r\nbody\r\n", "witruimte voor de dubbele punt in de kopregel 'To'"),
        (
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Transfer-Encoding  : base64\r\n\r\n"
            b"aGFsbG8=\r\n--b--\r\n",
            "witruimte voor de dubbele punt in de kopregel 'Content-Transfer-Encoding'",
        ),
        (b" x\r\nSubject: x\r\n\r\nbody\r\n", "een vervolgregel zonder kopregel"),
        (b":x\r\nSubject: x\r\n\r\nbody\r\n", "een kopregel zonder naam"),
        (
            b"Subject: x\r\n \r\nContent-Transfer-Encoding: base64\r\n\r\nwachtwoord: Zomer2024!\r\n",
            "een lege vervolgregel in de kopregel 'subject'",
        ),
        (
            b"Content-Transfer-Encoding: 7bit\r\nContent-Transfer-Encoding: base64\r\n\r\nd2FjaHR3b29yZA==\r\n",
            "de kopregel 'content-transfer-encoding' meer dan eens",
        ),
        (b"Subject: a\r\nSubject: b\r\n\r\nbody\r\n", "de kopregel 'subject' meer dan eens"),
        (
            b"From jan@a.be Mon Jan  1 10:00:00 2024\r\nSubject: x\r\n\r\nbody\r\n",
            "een 'From '-regel bovenaan de kopregels",
        ),
    ],
)
def test_header_lines_read_differently_are_found(raw: bytes, problem: str) -> None:
    assert parse(raw).header_problems == (problem,)


@pytest.mark.parametrize(
    "raw",
    [
        b"Subject: x\r\n\r\nNote : dit is gewone tekst\r\nFrom : ook tekst, na de lege regel\r\n",
        b"Subject: x\r\ngeen kopregel\r\nTo : staat in de tekst, zoals Postfix het leest\r\n\r\nbody\r\n",
        b"Subject: a\r\n  vervolg\r\n\tnog een\r\n\r\nbody\r\n",
        b"\r\nAlleen tekst\r\n",
        b"",
    ],
)
def test_what_every_reader_reads_alike_passes(raw: bytes) -> None:
    assert parse(raw).header_problems == ()


# --- the header differential ---------------------------------------------------------------------

_FIELD = re.compile(rb"([!-9;-~]+)[ \t]*:(.*)", re.S)
_UNFOLD = re.compile(r"[ \t]*\r?\n[ \t]+")


@dataclass
class ClientView:
    """A message as a mail client (and Postfix) reads it: the top-level fields (lower-case name,
    unfolded value) and the leaves in order (content type, inside an attached message, bytes)."""

    headers: list[tuple[str, str]]
    leaves: list[tuple[str, bool, bytes | None]]  # None: base64 that does not decode (clients differ)
    subject: str


def _block(lines: list[bytes]) -> tuple[list[tuple[str, str]], list[bytes]]:
    """The fields of the header block at the top of ``lines`` and the body's lines. A field is
    ``name WSP* ":"`` (RFC 5322 obs-optional), a line starting with WSP continues it, the blank
    line or any other line ends the block (the other line then begins the body)."""
    fields: list[list[bytes]] = []
    for i, line in enumerate(lines):
        if line == b"":
            return _fields(fields), lines[i + 1 :]
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1][1] += b"\r\n" + line
        elif (m := _FIELD.match(line)) is not None:
            fields.append([m[1], m[2]])
        elif line.startswith(b"From ") and lines[i + 1 : i + 2] == [b""]:
            # The stdlib parser reads the blank line after such a last line as the end of the
            # header block and the line as the body's first: the rules see one blank line fewer.
            return _fields(fields), [line, *lines[i + 2 :]]
        else:
            return _fields(fields), lines[i:]
    return _fields(fields), []


def _fields(fields: list[list[bytes]]) -> list[tuple[str, str]]:
    return [(n.decode().lower(), _UNFOLD.sub(" ", v.decode().lstrip(" \t"))) for n, v in fields]


def _leaves(lines: list[bytes], embedded: bool, out: list[tuple[str, bool, bytes | None]], last: bool) -> None:
    fields, body = _block(lines)
    values = dict(fields if last else reversed(fields))  # of a repeated field, the last or the first
    ctype = (values.get("content-type", "").split(";")[0].split() or ["text/plain"])[0].lower()
    boundary = re.search(r'boundary="?([^";]+)"?', values.get("content-type", ""))
    if ctype.startswith("multipart/") and boundary:
        delimiter = b"--" + boundary[1].encode()
        marks = [i for i, line in enumerate(body) if line.rstrip(b" \t") in (delimiter, delimiter + b"--")]
        for first, after in itertools.pairwise(marks):
            if body[first].rstrip(b" \t") == delimiter:
                _leaves(body[first + 1 : after], embedded, out, last)
        return
    if ctype == "message/rfc822":
        _leaves(body, True, out, last)
        return
    data: bytes | None = b"\r\n".join(body)
    cte = values.get("content-transfer-encoding", "").strip().lower()
    if cte == "base64":
        try:
            data = binascii.a2b_base64(data)
        except binascii.Error:
            data = None
    elif cte == "quoted-printable":
        data = binascii.a2b_qp(data)
    out.append((ctype, embedded, data))


def client_view(raw: bytes, last: bool = False) -> ClientView:
    """A client that takes the first (or, with ``last``, the last) of a repeated field."""
    lines = raw.split(b"\r\n")
    headers, _ = _block(lines)
    leaves: list[tuple[str, bool, bytes | None]] = []
    _leaves(lines, False, leaves, last)
    subjects = [value for name, value in headers if name == "subject"] or [""]
    return ClientView(headers, leaves, subjects[-1 if last else 0])


def same_view(message: Message, client: ClientView) -> None:
    """Assert that the rules got the fields and the parts the client reads: the same top-level
    fields in order, the same leaves (type, inside an attached message, content) in the order
    message.parse reports them (text parts, then the others)."""
    assert list(message.headers) == client.headers
    assert message.subject == client.subject
    assert same_leaves(message, client)


def same_leaves(message: Message, client: ClientView) -> bool:
    """Whether the leaves agree (asserted piece by piece, for a readable failure)."""
    texts = [leaf for leaf in client.leaves if leaf[0].startswith("text/")]
    others = [leaf for leaf in client.leaves if not leaf[0].startswith("text/")]
    assert [(_type(t.content_type), t.source == "embedded") for t in message.text_parts] == [
        (_type(c), e) for c, e, _ in texts
    ]
    assert [_type(a.content_type) for a in message.attachments] == [_type(c) for c, _, _ in others]
    for part, (_, _, data) in zip(message.text_parts, texts, strict=True):
        assert data is None or part.text == decode_bytes(data, None)
    for attachment, (_, _, data) in zip(message.attachments, others, strict=True):
        assert data is None or attachment.data == data
    return True


def _type(content_type: str) -> str:
    """``type/subtype`` without what may follow it (a folded-in word, as in ``text/plain\\r\\n x``)."""
    return content_type.split()[0]


_VALUE = st.sampled_from(["Overleg", "Jan <jan.peeters@spc.ksleuven.be>", "a b  c", "x"])
_STYLE = st.sampled_from(["plain"] * 20 + ["folded"] * 4 + ["obs", "obs-tab", "blank-continuation"])
_NOISE_LINES = [
    b"geen kopregel",
    b" vervolg zonder kopregel",
    b":zonder naam",
    b"From jan@a.be Mon Jan  1 2024",
    b"From : Jan <jan@a.be>",
    b"Content-Type: text/plain",
    b"Content-Transfer-Encoding: 7bit",
    b"Subject: tweede",
    b"X-Extra : obs",
]
_NOISE = st.sampled_from(_NOISE_LINES)


def _field(name: str, value: str, style: str) -> bytes:
    if style == "folded" and " " in value:
        head, _, tail = value.partition(" ")
        return f"{name}: {head}\r\n {tail}".encode()
    if style == "obs":
        return f"{name} : {value}".encode()
    if style == "obs-tab":
        return f"{name}\t: {value}".encode()
    if style == "blank-continuation":
        return f"{name}: {value}\r\n ".encode()
    return f"{name}: {value}".encode()


@st.composite
def _block_lines(draw: st.DrawFn, fields: list[tuple[str, str]], plain: bool) -> list[bytes]:
    """The fields in random forms with noise lines among them; ``plain``: standard forms only."""
    lines = [
        _field(name, value, draw(st.sampled_from(["plain", "folded"]) if plain else _STYLE)) for name, value in fields
    ]
    for _ in range(0 if plain else draw(st.sampled_from([0] * 8 + [1, 2]))):
        lines.insert(draw(st.integers(0, len(lines))), draw(_NOISE))
    return lines


_TEXT = st.sampled_from(["De toets gaat door op maandag.", "Note : gewone tekst", "wachtwoord: Zomer2024!", ""])


@st.composite
def _entity(draw: st.DrawFn, plain: bool, depth: int = 0) -> list[bytes]:
    """Header block lines, the blank line, the body lines of one MIME entity."""
    kind = draw(st.sampled_from(["text", "text64", "binary"] + (["multipart", "message"] if depth < 3 else [])))
    if kind == "multipart":
        boundary = f"b{depth}x{draw(st.integers(0, 99))}"
        lines = draw(_block_lines([("Content-Type", f'multipart/mixed; boundary="{boundary}"')], plain))
        lines.append(b"")
        for _ in range(draw(st.integers(1, 3))):
            lines += [f"--{boundary}".encode(), *draw(_entity(plain, depth + 1))]
        return [*lines, f"--{boundary}--".encode()]
    if kind == "message":
        lines = draw(_block_lines([("Content-Type", "message/rfc822")], plain))
        return [*lines, b"", *draw(_block_lines([("Subject", draw(_VALUE))], plain)), *draw(_entity(plain, depth + 1))]
    text = draw(_TEXT).encode()
    if kind == "text":
        return [*draw(_block_lines([("Content-Type", "text/plain")], plain)), b"", text]
    ctype = "text/plain" if kind == "text64" else "application/octet-stream"
    fields = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")]
    return [*draw(_block_lines(fields, plain)), b"", base64.b64encode(text or b"\x00\x01").decode().encode()]


@st.composite
def _messages(draw: st.DrawFn, plain: bool = False) -> bytes:
    top = [("From", f"An Devos <{TEACHER}>"), ("To", draw(st.sampled_from(_TO))), ("Subject", draw(_VALUE))]
    lines = draw(_block_lines(top, plain))
    entity = draw(_entity(plain))
    blank = entity.index(b"")
    return b"\r\n".join([*lines, *entity[:blank], *entity[blank:]]) + b"\r\n"


_TO = [
    COLLEAGUE,
    "ouder.janssens@gmail.com, ouder.peeters@telenet.be",
    "Jan <jan.peeters@spc.ksleuven.be>, fam.claes@hotmail.com, ouder.janssens@gmail.com",
]


@settings(max_examples=600, deadline=None)
@given(raw=_messages())
@example(raw=HIDDEN_MULTIPART)
@example(
    raw=b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n vervolg\r\nContent-Type: message/rfc822\r\n"
    b"\r\nx\r\n--b--\r\n"
)
@example(raw=b":x\r\nContent-Transfer-Encoding: base64\r\n\r\nd2FjaHR3b29yZA==\r\n")
@example(raw=b"Subject: x\r\n \r\nContent-Type: application/zip\r\n\r\nwachtwoord\r\n")
@example(raw=b"Subject: a\r\nSubject: b\r\n\r\nx\r\n")
def test_rules_see_the_headers_and_parts_a_client_reads(raw: bytes) -> None:
    """Generated messages (header lines in every form, noise lines, nested multipart and
    message/rfc822 parts, base64 parts): either message.parse reports a header problem (the relay
    refuses the message) or the fields and parts it gives the rules are those a client reads,
    whether that client takes the first or the last of a repeated field."""
    message = parse(raw)
    event("refused" if message.header_problems else "read alike")
    if message.header_problems:
        return
    same_view(message, client_view(raw))
    same_view(message, client_view(raw, last=True))


@settings(max_examples=200, deadline=None)
@given(raw=_messages(plain=True))
def test_standard_header_forms_are_never_refused(raw: bytes) -> None:
    """The same structures with every field in its standard form (folded or not): no false alarm."""
    message = parse(raw)
    assert message.header_problems == ()
    same_view(message, client_view(raw))


def test_no_false_alarm_on_the_school_corpus() -> None:
    """The 268 realistic school mails of tests/corpus: none has a header problem."""
    corpus = sorted((Path(__file__).parent / "corpus").glob("*.eml"))
    assert len(corpus) > 200
    assert [path.name for path in corpus if parse(path.read_bytes()).header_problems] == []


_SCHOOL = ("sintpieterscollege.be", "spc.ksleuven.be")
_CASES = itertools.count()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=_messages())
@example(raw=HIDDEN_MULTIPART)
@example(raw=VISIBLE_PARENTS.replace(b"To:", b"To :"))
@example(raw=VISIBLE_PARENTS)
def test_through_the_relay_the_upstream_gets_what_the_rules_read(
    recording: tuple[ScriptedUpstream, ThreadGateway], seen: Seen, raw: bytes
) -> None:
    """The same messages through the running relay with the default rules: a message with a
    header problem is refused with 550 5.6.0 and never reaches the upstream; any other the
    upstream receives reads, for a client, like what the rules read, also after the BCC rewrite
    (which must find every To and Cc field a client reads: no more than one outside address
    stays visible)."""
    upstream, gateway = recording
    seen.calls.clear()
    marker = f"X-Case: {next(_CASES)}".encode()
    raw = marker + b"\r\n" + raw
    talk = Conversation(gateway.port)
    assert talk.cmd(f"MAIL FROM:<{TEACHER}>".encode())[0] == 250
    for rcpt in (COLLEAGUE, "ouder.janssens@gmail.com", "ouder.peeters@telenet.be"):
        assert talk.cmd(f"RCPT TO:<{rcpt}>".encode())[0] == 250
    code, text = talk.data(raw)
    talk.close()
    ((_, _, message),) = seen.calls
    arrived = [data for data in upstream.taken if marker + b"\r\n" in data]
    if message.header_problems:
        event("refused: header problem")
        assert (code, text[:5], arrived) == (550, b"5.6.0", [])
        return
    event(f"{code} {text[:5].decode()}")
    if code != 250:  # a rule refused it (a password in a part, say): nothing went out
        assert (code, arrived) == (550, [])
        return
    (delivered,) = arrived
    client = client_view(delivered)
    rewritten = delivered != raw
    event("rewritten" if rewritten else "forwarded as sent")
    kept = [(n, v) for n, v in client.headers if n not in ("to", "cc", "x-discretie-rewritten")]
    assert kept == [(n, v) for n, v in message.headers if n not in ("to", "cc")]
    assert same_leaves(message, client)
    visible = getaddresses([v for n, v in client.headers if n in ("to", "cc")])
    outside = {a.lower() for _, a in visible if a.rpartition("@")[2].lower() not in _SCHOOL}
    assert len(outside) <= 1, outside  # bcc.max_visible_external
    if rewritten:
        assert delivered.split(b"\r\n\r\n", 1)[1] == raw.split(b"\r\n\r\n", 1)[1]  # the body as sent
