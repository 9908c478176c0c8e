"""Delivery to the upstream: an SMTP smarthost (aiosmtplib) or a local Maildir.

``smtp://host:port`` (plain), ``smtp+starttls://host:port`` (STARTTLS required, certificate
validated), ``smtps://host:port`` (implicit TLS), each with optional ``user:password@`` and
``?cafile=/path/ca.pem`` to trust a private CA; ``maildir:PATH`` writes delivered mail into a
Maildir (the embedded default, so the gateway runs with no mail server).

The relay keeps one :class:`Session` per client session and forwards MAIL and RCPT as they come,
so that per-recipient answers pass back exactly; :func:`deliver` is the one-shot form for the
outbox (notifications, released messages).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from discretie.smtpaddr import AddressError, path

WRITE_PIECE = 256 * 1024  # the message goes to the upstream in pieces of this size

SCHEMES = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


@dataclass(frozen=True)
class UpstreamSpec:
    scheme: str
    host: str = ""
    port: int = 0
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    path: str = ""
    cafile: str | None = None

    def display(self) -> str:
        """The URL without the password, for logs."""
        if self.scheme == "maildir":
            return f"maildir:{self.path}"
        user = f"{self.username}@" if self.username else ""
        return f"{self.scheme}://{user}{self.host}:{self.port}"


def parse_upstream(url: str) -> UpstreamSpec:
    """Parse an upstream URL; raises ValueError with a readable message."""
    url = url.strip()
    if url.startswith("maildir:"):
        path = url[len("maildir:") :]
        if path.startswith("//"):
            path = path[2:]
        if not path:
            raise ValueError("maildir: needs a path, e.g. maildir:var/outbox")
        return UpstreamSpec(scheme="maildir", path=path)
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ValueError(
            f"unknown upstream scheme {parts.scheme!r}: use smtp://, smtp+starttls://, smtps:// or maildir:PATH"
        )
    if not parts.hostname:
        raise ValueError("upstream URL needs a host, e.g. smtp+starttls://smtp.office365.com:587")
    try:
        port = parts.port or SCHEMES[parts.scheme]
    except ValueError:
        raise ValueError("upstream port must be a number between 1 and 65535") from None
    query = parse_qs(parts.query)
    unknown = set(query) - {"cafile"}
    if unknown:
        raise ValueError(f"unknown upstream option(s): {', '.join(sorted(unknown))}")
    return UpstreamSpec(
        scheme=parts.scheme,
        host=parts.hostname,
        port=port,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        cafile=query["cafile"][0] if "cafile" in query else None,
    )


@dataclass(frozen=True, slots=True)
class Reply:
    code: int
    message: str
    # The session was lost before the upstream could have taken the message (at MAIL, RCPT or
    # the DATA command, never after the content went out): the transaction may be replayed on
    # a new session without risk of delivering twice.
    retry_safe: bool = False

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500

    def line(self) -> str:
        """Single-line SMTP reply text for the client (multi-line upstream text folded)."""
        text = " ".join(self.message.split())
        return f"{self.code} {text}" if text else str(self.code)


def tempfail(detail: str, enhanced: str = "4.4.1", *, retry_safe: bool = False) -> Reply:
    return Reply(451, f"{enhanced} Upstream unavailable: {detail}", retry_safe)


@dataclass(frozen=True)
class DeliveryResult:
    code: int
    message: str
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return not self.ok and not (500 <= self.code < 600)


class Session(Protocol):
    """One upstream transaction channel. Methods never raise for SMTP-level problems: a
    connection or protocol failure comes back as a 4xx :class:`Reply`."""

    smtputf8: bool
    eightbitmime: bool
    # No transaction can be open at the upstream: nothing was sent since the greeting, a 250 to the
    # end of a message or a 250 to RSET (RFC 5321 4.1.1.4, 4.1.1.5). A pooled session that is not
    # idle gets a RSET before it serves another client (relay.Gateway._take).
    idle: bool

    async def mail(self, sender: str, options: list[str]) -> Reply: ...
    async def rcpt(self, recipient: str) -> Reply: ...
    async def data(self, raw: bytes, *, crlf_only: bool = False) -> Reply: ...
    async def rset(self) -> Reply: ...
    async def close(self) -> None: ...
    @property
    def alive(self) -> bool: ...


class SmtpSession:
    def __init__(self, client: aiosmtplib.SMTP, spec: UpstreamSpec):
        self._client = client
        self._spec = spec
        self.smtputf8 = client.supports_extension("smtputf8")
        self.eightbitmime = client.supports_extension("8bitmime")
        self.idle = True

    @property
    def alive(self) -> bool:
        return self._client.is_connected

    async def _command(self, *args: bytes) -> Reply:
        try:
            response = await self._client.execute_command(*args)
        except aiosmtplib.SMTPTimeoutError:
            self._client.close()
            return tempfail("timeout", "4.4.2", retry_safe=True)
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError, OSError) as exc:
            self._client.close()
            return tempfail(f"connection lost ({type(exc).__name__})", "4.4.2", retry_safe=True)
        except aiosmtplib.SMTPException as exc:
            self._client.close()
            return tempfail(str(exc) or type(exc).__name__, "4.4.2", retry_safe=True)
        # 421: the upstream closes the session (aiosmtplib has closed it too), as a server does at
        # the next command after its idle timeout; nothing of this transaction was taken.
        return Reply(response.code, response.message, retry_safe=response.code == 421)

    def _address(self, address: str) -> bytes | Reply:
        """The path exactly as the relay read it and the rules saw it: ``<address>``, never
        re-quoted (aiosmtplib's quote_address runs parseaddr, which turned
        ``"x\\r<jan@school>"@example.org`` into ``<jan@school>``). Checked again here, as the
        outbox also sends addresses from the store and from headers."""
        try:
            return path(address).encode("utf-8" if self.smtputf8 else "ascii", "strict")
        except AddressError as exc:
            return Reply(553, f"5.1.3 Address refused: {exc}")
        except UnicodeEncodeError:
            return Reply(553, "5.6.7 Upstream does not support SMTPUTF8 addresses")

    async def mail(self, sender: str, options: list[str]) -> Reply:
        addr = self._address(sender)
        if isinstance(addr, Reply):
            return addr
        self.idle = False  # whatever the answer: only a 250 to the end of a message or to RSET says so
        return await self._command(b"MAIL", b"FROM:" + addr, *(o.encode("ascii") for o in options))

    async def rcpt(self, recipient: str) -> Reply:
        addr = self._address(recipient)
        if isinstance(addr, Reply):
            return addr
        return await self._command(b"RCPT", b"TO:" + addr)

    async def data(self, raw: bytes, *, crlf_only: bool = False) -> Reply:
        """The message to the upstream. A session lost at the DATA command is ``retry_safe``;
        once the content went out it is not (the upstream may have taken it: RFC 1047), and
        the client, told 451, decides. ``crlf_only``: the caller checked that every line ends in
        CRLF (the relay does, for every client message), so it need not be checked again."""
        try:
            if not crlf_only and has_bare_newline(raw):
                response = await self._client.data(raw)  # aiosmtplib normalises line ends (copies)
            else:
                start = await self._command(b"DATA")
                if start.code != 354:
                    return start
                response = await self._content(raw)
        except aiosmtplib.SMTPResponseException as exc:
            return Reply(exc.code, exc.message)
        except aiosmtplib.SMTPTimeoutError:
            self._client.close()
            return tempfail("timeout during DATA", "4.4.2")
        except (aiosmtplib.SMTPException, ConnectionError, OSError) as exc:
            self._client.close()
            return tempfail(f"connection lost during DATA ({type(exc).__name__})", "4.4.2")
        self.idle = response.code == 250
        return Reply(response.code, response.message)

    async def _content(self, raw: bytes) -> aiosmtplib.SMTPResponse:
        """After 354: CRLF-only content without aiosmtplib's copies (line-end normalisation,
        dot-stuffing regex, concatenation): at most one copy, and only when a line starts with a
        dot. Uses the protocol object of the pinned aiosmtplib (5.1.x) directly."""
        stuffed = b"." + raw if raw.startswith(b".") else raw
        if b"\r\n." in stuffed:
            stuffed = stuffed.replace(b"\r\n.", b"\r\n..")
        protocol = self._client.protocol
        if protocol is None:
            raise aiosmtplib.SMTPServerDisconnected("Connection lost")
        protocol._response_pending = True  # expect the reply (see SMTPProtocol.execute_data_command)
        # In pieces, each sent before the next is queued: given all at once, asyncio copies
        # what the socket does not take at once into its buffer (twice: a slice, then the
        # buffer), which for a 25 MB message is 50 MB more at the memory peak.
        end = b".\r\n" if stuffed.endswith(b"\r\n") else b"\r\n.\r\n"
        if len(stuffed) <= WRITE_PIECE:  # most mail: the content and its end in one system call
            protocol.write(stuffed + end)
        else:
            view = memoryview(stuffed)
            for start in range(0, len(view), WRITE_PIECE):
                protocol.write(cast(bytes, view[start : start + WRITE_PIECE]))
                if start + WRITE_PIECE < len(view):
                    try:
                        await asyncio.wait_for(protocol._drain_helper(), timeout=self._client.timeout)
                    except TimeoutError:
                        raise aiosmtplib.SMTPTimeoutError("timed out sending the message") from None
            protocol.write(end)
        response = await protocol.read_response(timeout=self._client.timeout)
        if response.code != 250:
            raise aiosmtplib.SMTPDataError(response.code, response.message)
        return response

    async def rset(self) -> Reply:
        """End the transaction. Anything but 250 means the session is not fit for another."""
        if not self.alive:
            return tempfail("connection lost", "4.4.2", retry_safe=True)
        reply = await self._command(b"RSET")
        self.idle = reply.code == 250
        return reply

    async def close(self) -> None:
        if self.alive:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._client.quit(), timeout=5)
        self._client.close()


_counter = itertools.count()


class MaildirSession:
    """Delivers into ``PATH/new`` (tmp + fsync + rename). A ``Return-Path`` and an
    ``X-Envelope-To`` line are prepended, as local delivery agents do, so that BCC recipients
    (which exist only in the envelope) stay visible in the outbox."""

    smtputf8 = True
    eightbitmime = True

    def __init__(self, root: Path, hostname: str):
        self._root = root
        self._hostname = hostname.replace("/", "_").replace(":", "_")
        self._sender = ""
        self._rcpts: list[str] = []
        self.idle = True

    @property
    def alive(self) -> bool:
        return True

    async def mail(self, sender: str, options: list[str]) -> Reply:
        try:
            path(sender)
        except AddressError as exc:
            return Reply(553, f"5.1.3 Address refused: {exc}")
        self._sender, self._rcpts, self.idle = sender, [], False
        return Reply(250, "2.1.0 Ok")

    async def rcpt(self, recipient: str) -> Reply:
        try:
            path(recipient)
        except AddressError as exc:
            return Reply(553, f"5.1.3 Address refused: {exc}")
        self._rcpts.append(recipient)
        return Reply(250, "2.1.5 Ok")

    async def data(self, raw: bytes, *, crlf_only: bool = False) -> Reply:
        prefix = f"Return-Path: <{self._sender}>\r\nX-Envelope-To: {', '.join(self._rcpts)}\r\n"
        try:
            name = await asyncio.to_thread(self._write, prefix.encode("utf-8"), raw)
        except OSError as exc:
            return Reply(451, f"4.3.0 Cannot write to the outbox: {exc.strerror or exc}")
        self._sender, self._rcpts, self.idle = "", [], True
        return Reply(250, f"2.0.0 Ok: delivered as {name}")

    def _write(self, prefix: bytes, raw: bytes) -> str:
        for sub in ("tmp", "new", "cur"):
            (self._root / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(_counter)}.{self._hostname}"
        tmp = self._root / "tmp" / name
        with open(tmp, "xb") as fh:
            fh.write(prefix)
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, self._root / "new" / name)
        dir_fd = os.open(self._root / "new", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return name

    async def rset(self) -> Reply:
        self._sender, self._rcpts, self.idle = "", [], True
        return Reply(250, "2.0.0 Ok")

    async def close(self) -> None:
        return None


def _tls_context(spec: UpstreamSpec) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=spec.cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


async def _authenticate(client: aiosmtplib.SMTP, user: str, secret: str) -> None:
    """Exactly one attempt with the best offered mechanism (PLAIN, else LOGIN): trying several
    would count as several failures toward the upstream's account lock-out."""
    offered = {m.upper() for m in client.server_auth_methods}
    if "PLAIN" in offered:
        await client.auth_plain(user, secret)
    elif "LOGIN" in offered:
        await client.auth_login(user, secret)
    else:
        raise aiosmtplib.SMTPAuthenticationError(535, "5.7.8 upstream offers neither AUTH PLAIN nor LOGIN")


async def open_session(
    spec: UpstreamSpec,
    *,
    hostname: str,
    timeout: float,
    username: str | None = None,
    password: str | None = None,
) -> Session | Reply:
    """Connect (and authenticate); returns a Session, or the Reply explaining why not
    (4xx for anything that may pass, 5xx for a refused authentication)."""
    if spec.scheme == "maildir":
        return MaildirSession(Path(spec.path), hostname)
    client = aiosmtplib.SMTP(
        hostname=spec.host,
        port=spec.port,
        local_hostname=hostname,
        timeout=timeout,
        use_tls=spec.scheme == "smtps",
        start_tls=spec.scheme == "smtp+starttls",
        tls_context=_tls_context(spec) if spec.scheme != "smtp" else None,
    )
    try:
        await client.connect()
        if client.last_ehlo_response is None:
            try:
                await client.ehlo()
            except aiosmtplib.SMTPHeloError:
                await client.helo()
        user, secret = (username, password) if username else (spec.username, spec.password)
        if user and secret is not None:
            await _authenticate(client, user, secret)
    except aiosmtplib.SMTPAuthenticationError as exc:
        client.close()
        if 400 <= exc.code < 500:
            return Reply(454, "4.7.0 Upstream authentication temporarily failed")
        return Reply(535, "5.7.8 Authentication credentials invalid")
    except aiosmtplib.SMTPConnectResponseError as exc:
        client.close()
        return tempfail(f"{exc.code} {' '.join(exc.message.split())}")
    except aiosmtplib.SMTPTimeoutError:
        client.close()
        return tempfail("connect timeout", "4.4.2")
    except (aiosmtplib.SMTPException, ssl.SSLError, OSError) as exc:
        client.close()
        return tempfail(type(exc).__name__)
    return SmtpSession(client, spec)


async def deliver(
    spec: UpstreamSpec,
    mail_from: str,
    rcpt_tos: list[str],
    data: bytes,
    *,
    hostname: str,
    timeout: float,
) -> DeliveryResult:
    """One-shot delivery. ``ok`` when the upstream took the message for at least one recipient;
    refused recipients are listed in ``refused``."""
    session = await open_session(spec, hostname=hostname, timeout=timeout)
    if isinstance(session, Reply):
        return DeliveryResult(session.code, session.message)
    try:
        options = ["BODY=8BITMIME"] if session.eightbitmime and _has_8bit(data) else []
        reply = await session.mail(mail_from, options)
        if not reply.ok:
            return DeliveryResult(reply.code, reply.message)
        refused: dict[str, tuple[int, str]] = {}
        for rcpt in rcpt_tos:
            r = await session.rcpt(rcpt)
            if not r.ok:
                refused[rcpt] = (r.code, r.message)
        if len(refused) == len(rcpt_tos):
            await session.rset()
            worst = max(refused.values(), key=lambda cm: cm[0] < 500)  # temporary beats permanent
            return DeliveryResult(worst[0], worst[1], refused)
        reply = await session.data(data)
        return DeliveryResult(reply.code, reply.message, refused)
    finally:
        await session.close()


def has_bare_newline(raw: bytes) -> bool:
    """A LF without CR or a CR without LF (SMTP smuggling forms). bytes.count runs at memchr
    speed; a regex with look-around is about seven times slower on large messages."""
    crlf = raw.count(b"\r\n")
    return raw.count(b"\n") != crlf or raw.count(b"\r") != crlf


def _has_8bit(data: bytes) -> bool:
    return not data.isascii()
