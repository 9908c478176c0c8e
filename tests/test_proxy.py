"""Behind a load balancer (``proxy_protocol: true``): the client address of the PROXY header counts
for the whole connection, also after STARTTLS; a PROXY header is accepted only from
``allowed_proxies``; a header without a client address counts as an outside client. And the AUTH
back-off per account and per IPv6 /64 (seen through the PROXY header, as in production behind a
load balancer). Real SMTP over loopback; 127.0.0.2 is a second loopback source address."""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import socket
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie.access import Users
from discretie.policy import PolicyError, load_policy
from tests.helpers import Sink, ThreadGateway, make_policy
from tests.test_access import MSG, PASSWORD, USER, auth_plain, client_tls

V2_SIGNATURE = b"\r\n\r\n\x00\r\nQUIT\n"
OTHER_USER, OTHER_PASSWORD = "jan.peeters@spc.ksleuven.be", "another long passphrase here"


def proxy_v1(source: str, port: int = 40000) -> bytes:
    family = "TCP4" if ipaddress.ip_address(source).version == 4 else "TCP6"
    destination = "127.0.0.1" if family == "TCP4" else "::1"
    return f"PROXY {family} {source} {destination} {port} 25\r\n".encode()


def proxy_v2(source: str, port: int = 40000, *, local: bool = False) -> bytes:
    """A PROXY v2 header (command PROXY, or LOCAL as load balancers send for health checks)."""
    src = ipaddress.ip_address(source)
    dst = ipaddress.ip_address("127.0.0.1" if src.version == 4 else "::1")
    body = src.packed + dst.packed + struct.pack("!HH", port, 25)
    family = 0x11 if src.version == 4 else 0x21  # INET/INET6, STREAM
    return V2_SIGNATURE + bytes([0x20 if local else 0x21, family]) + struct.pack("!H", len(body)) + body


class ProxiedSMTP(smtplib.SMTP):
    """smtplib's client that sends ``header`` first, as a load balancer does."""

    def __init__(self, header: bytes, port: int, source: str = "127.0.0.1") -> None:
        self.header = header
        super().__init__("127.0.0.1", port, local_hostname="client.test", timeout=30, source_address=(source, 0))

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = socket.create_connection((host, port), timeout, self.source_address)
        sock.sendall(self.header)
        return sock


def answer(port: int, header: bytes) -> bytes:
    """What the gateway says first to a connection from 127.0.0.1 that sends ``header``; b"" when
    it closes the connection (a close with the header unread resets it)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        try:
            s.sendall(header)
            return s.recv(100)
        except ConnectionResetError:
            return b""


def gateway(tmp_path: Path, sink: Sink, extra: str) -> ThreadGateway:
    _, path = make_policy(tmp_path, sink.url)
    path.write_text(path.read_text() + "\nproxy_protocol: true\n" + extra)
    return ThreadGateway(load_policy(path), path).start()


@pytest.fixture
def behind_lb(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    """The load balancer (127.0.0.1) is itself inside allowed_networks, as it often is."""
    gw = gateway(
        tmp_path,
        sink,
        "allowed_networks: [127.0.0.0/8, 192.0.2.0/24]\nallowed_proxies: [127.0.0.1/32]\n",
    )
    yield gw
    gw.stop()


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_proxied_client_address_holds_after_starttls(behind_lb: ThreadGateway, sink: Sink, version: str) -> None:
    """aiosmtpd starts a new session after STARTTLS; the client address of the PROXY header must
    stay (before the fix the new session saw the load balancer's address, inside
    allowed_networks: an open relay for anyone who says STARTTLS)."""
    header = proxy_v1 if version == "v1" else proxy_v2
    with ProxiedSMTP(header("198.51.100.7"), behind_lb.port) as c:
        c.ehlo()
        assert c.mail(USER)[0] == 530
        c.rset()
        c.starttls(context=client_tls())
        c.ehlo()
        code, reply = c.mail(USER)
        assert (code, reply) == (530, b"5.7.0 Authentication required")
    with ProxiedSMTP(header("192.0.2.10"), behind_lb.port) as c:  # an allowed client, through the same proxy
        c.starttls(context=client_tls())
        assert c.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    assert [r.data for r in sink.wait_for(1)] == [MSG]


def test_proxied_ipv6_client_address_holds_after_starttls(behind_lb: ThreadGateway) -> None:
    with ProxiedSMTP(proxy_v1("2001:db8::7"), behind_lb.port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        assert c.mail(USER)[0] == 530


@pytest.mark.parametrize("header", [b"PROXY UNKNOWN\r\n", proxy_v2("192.0.2.10", local=True)], ids=["v1", "v2"])
def test_proxy_header_without_a_client_address_counts_as_outside(behind_lb: ThreadGateway, header: bytes) -> None:
    """``PROXY UNKNOWN`` and the v2 LOCAL command (health checks) carry no client address: such a
    connection is served but must authenticate. It is not treated as the load balancer itself
    (which is inside allowed_networks), and LOCAL's address fields are not used."""
    with ProxiedSMTP(header, behind_lb.port) as c:
        c.ehlo()
        assert c.mail(USER)[0] == 530


def test_proxy_header_from_a_peer_not_in_allowed_proxies_is_refused(
    tmp_path: Path, sink: Sink, caplog: pytest.LogCaptureFixture
) -> None:
    """Only 127.0.0.2 is a proxy: a valid header from 127.0.0.1 closes the connection without a
    greeting (whatever address it claims); from 127.0.0.2 it is served. A connection closed at
    connect must not end in an exception either (aiosmtpd's connection_lost asserted a session)."""
    gw = gateway(tmp_path, sink, "allowed_networks: [192.0.2.0/24]\nallowed_proxies: [127.0.0.2/32]\n")
    try:
        for header in (proxy_v1("192.0.2.10"), proxy_v2("192.0.2.10")):
            assert answer(gw.port, header) == b""
        with ProxiedSMTP(proxy_v1("192.0.2.10"), gw.port, source="127.0.0.2") as c:
            assert c.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
    finally:
        gw.stop()
    assert [r.data for r in sink.wait_for(1)] == [MSG]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_proxy_protocol_needs_allowed_proxies(tmp_path: Path) -> None:
    _, path = make_policy(tmp_path, "maildir:out")
    base = path.read_text()
    path.write_text(base + "\nproxy_protocol: true\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    assert "allowed_proxies" in str(exc.value)
    path.write_text(base + "\nproxy_protocol: true\nallowed_proxies: [10.1.2.300/32]\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    assert "'10.1.2.300/32' is not a network in CIDR form" in str(exc.value)
    path.write_text(base + "\nproxy_protocol: true\nallowed_proxies: [10.1.2.3, 'fd00::/64']\n")
    assert [str(n) for n in load_policy(path).proxies] == ["10.1.2.3/32", "fd00::/64"]


def test_starttls_does_not_leak_connection_slots(tmp_path: Path, sink: Sink) -> None:
    """aiosmtpd calls connection_made again after STARTTLS; each such connection used to count
    twice and be released once, so after connections_per_ip STARTTLS sessions (the school's MTA
    uses STARTTLS) every further connection got 421 until a restart."""
    _, path = make_policy(tmp_path, sink.url)
    path.write_text(path.read_text() + "\nlimits:\n  connections_per_ip: 2\n")
    gw = ThreadGateway(load_policy(path), path).start()
    try:
        for _ in range(4):
            with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test", timeout=10) as c:
                c.starttls(context=client_tls())
                assert c.sendmail(USER, ["jan.peeters@spc.ksleuven.be"], MSG) == {}
        deadline = time.monotonic() + 5
        while gw.call(_connections(gw)) and time.monotonic() < deadline:  # the last close is seen a bit later
            time.sleep(0.02)
        assert gw.call(_connections(gw)) == {}
    finally:
        gw.stop()
    assert len(sink.wait_for(4)) == 4


async def _connections(gw: ThreadGateway) -> dict[str, int]:
    return dict(gw.running.gateway.limiter.connections)


def test_connections_are_counted_per_proxied_client(tmp_path: Path, sink: Sink) -> None:
    """connections_per_ip counts the client of the PROXY header, not the load balancer (through
    which every connection comes)."""
    gw = gateway(
        tmp_path,
        sink,
        "allowed_networks: [192.0.2.0/24]\nallowed_proxies: [127.0.0.1/32]\nlimits:\n  connections_per_ip: 2\n",
    )
    opened: list[socket.socket] = []
    try:

        def connect(source: str) -> bytes:
            s = socket.create_connection(("127.0.0.1", gw.port), timeout=10)
            opened.append(s)
            s.sendall(proxy_v1(source))
            return s.recv(100)

        assert [connect(f"192.0.2.{i}")[:3] for i in range(1, 6)] == [b"220"] * 5
        assert connect("192.0.2.1")[:3] == b"220"
        assert connect("192.0.2.1").startswith(b"421 4.7.0")
        assert gw.call(_connections(gw)) == {f"192.0.2.{i}": 2 if i == 1 else 1 for i in range(1, 6)}
    finally:
        for s in opened:
            s.close()
        gw.stop()


# -- AUTH back-off per account and per IPv6 /64 ------------------------------------------------------


@pytest.fixture
def auth_behind_lb(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    users = Users(tmp_path / "users.json")
    users.set(USER, PASSWORD)
    users.set(OTHER_USER, OTHER_PASSWORD)
    gw = gateway(
        tmp_path,
        sink,
        "allowed_networks: [10.99.0.0/16]\nallowed_proxies: [127.0.0.1/32]\n"
        f"auth:\n  backend: local\n  users_file: {tmp_path / 'users.json'}\n"
        "limits:\n  auth_failures: 3\n  auth_failures_per_account: 4\n  auth_backoff: 60\n",
    )
    yield gw
    gw.stop()


def attempt(gw: ThreadGateway, source: str, user: str, password: str) -> int:
    with ProxiedSMTP(proxy_v1(source), gw.port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        return auth_plain(c, user, password)[0]


def test_auth_backoff_covers_the_whole_ipv6_64(auth_behind_lb: ThreadGateway) -> None:
    """Three failures from three addresses of one /64 (one host can use them all) back off the
    /64; another /64 is not affected."""
    gw = auth_behind_lb
    for i, login in enumerate(("a@x.test", "b@x.test", "c@x.test")):
        assert attempt(gw, f"2001:db8:1:2::{i + 10}", login, "guess") == 535
    assert attempt(gw, "2001:db8:1:2:ffff::99", USER, PASSWORD) == 454
    assert attempt(gw, "2001:db8:1:3::10", USER, PASSWORD) == 235


def test_auth_backoff_per_account_across_addresses(auth_behind_lb: ThreadGateway) -> None:
    """Guesses for one account from ever new addresses (each below the per-address limit) back
    off that account; another account and the addresses themselves are not affected."""
    gw = auth_behind_lb
    for i in range(4):
        assert attempt(gw, f"198.51.100.{i + 1}", USER, f"guess {i}") == 535
    assert attempt(gw, "198.51.100.50", USER, PASSWORD) == 454
    assert attempt(gw, "198.51.100.50", " " + USER.upper(), PASSWORD) == 454  # the account, however written
    assert attempt(gw, "198.51.100.1", OTHER_USER, OTHER_PASSWORD) == 235


def test_auth_failure_memory_is_bounded() -> None:
    """Failures for ever new names or addresses must not grow memory without bound: windows
    with nothing left in them are dropped."""
    from discretie.access import AUTH_COUNTERS_KEPT, Limits, RateLimiter

    limiter = RateLimiter(Limits(auth_failures=3, auth_failures_per_account=3, auth_window=10, auth_backoff=60))
    for i in range(20_000):
        limiter.auth_failed(limiter.auth_scopes(f"10.0.{i // 256}.{i % 256}", f"user{i}@x.test"), now=float(i))
    assert limiter.auth_counters() <= AUTH_COUNTERS_KEPT + 2
    for i in range(3):  # what still counts goes on counting
        started = limiter.auth_failed(limiter.auth_scopes("10.9.9.9", "fresh@x.test"), now=20_000.0 + i)
    assert started == ["ip:10.9.9.9", "account:fresh@x.test"]
    assert limiter.auth_blocked(limiter.auth_scopes("10.1.1.1", " FRESH@x.test"), now=20_003.0) == 59.0
