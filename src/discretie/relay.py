"""The SMTP relay: an aiosmtpd handler that checks every message before the upstream has it.

Before-queue contract (like Postfix's smtpd_proxy_filter): one live upstream session per client
session; MAIL and RCPT are forwarded as they come, so the client gets the upstream's own answer
per recipient; at the end of DATA the pipeline decides:

- forward / rewrite: the message (headers rewritten for BCC if needed) goes to the upstream,
  and the client gets the upstream's answer: 250 only once the upstream accepted it;
  upstream 4xx, timeout or unreachable -> 451 4.4.x; upstream 5xx -> that 5xx.
- hold: the message is stored durably (fsync) before the client gets 250; the upstream
  transaction is reset. If the store cannot write: 451.
- reject: 550 5.7.1 with the rule's Dutch explanation; the incident is recorded first
  (if it cannot be recorded: 451, so the DPO never misses an incident).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import itertools
import re
import textwrap
import time
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import structlog
from aiosmtpd.proxy_protocol import V2_CMD
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session, syntax

from discretie import documents, notify, pipeline
from discretie.access import RateLimiter, Users, UsersError, in_networks, peer_ip, sender_allowed
from discretie.blockcache import BlockCache
from discretie.documents.pool import Reader
from discretie.message import parse
from discretie.metrics import Metrics
from discretie.model import Action, Message, SenderHistory, Verdict
from discretie.policy import Policy
from discretie.rewrite import move_to_bcc
from discretie.rules import hijack
from discretie.rules.attachment import display_name
from discretie.smtpaddr import AddressError, read_path
from discretie.smtpdata import Refusal, read_data
from discretie.store.trace import TraceEntry
from discretie.texts import Texts
from discretie.trace import TraceWriter
from discretie.upstream import Reply, UpstreamSpec, has_bare_newline, open_session, tempfail
from discretie.upstream import Session as UpstreamSession

log = structlog.get_logger("discretie.relay")

T = TypeVar("T")

PARSE_IN_THREAD = 512 * 1024  # messages larger than this are parsed off the event loop
POOL_SIZE = 16  # idle upstream sessions kept for the next client session
POOL_IDLE = 10.0  # seconds an idle upstream session is kept
LINE_LIMIT = 1024 * 1024 + 2  # longest line accepted in DATA (1 MiB + CRLF); longer: 500 5.5.6
TOO_MANY_CONNECTIONS = "421 4.7.0 Too many connections from your address, try again later"
NO_CLIENT_ADDRESS = "unknown"  # a PROXY header that names no client: in no network, one set of counters
# The sender's counts for rules.hijack are worth less than the mail's time: while the store does not
# answer, a message waits at most HISTORY_WAIT seconds for them, and after a failure the next
# HISTORY_PAUSE seconds of mail are checked without them (a hold still waits the pool's full time).
HISTORY_WAIT = 1.0
HISTORY_PAUSE = 10.0
NEEDS_SMTPUTF8 = "553 5.6.7 Non-ASCII address without SMTPUTF8"  # RFC 6531 3.5
_session_ids = itertools.count(1)


class IncidentStore(Protocol):
    """What the relay needs from the store (see discretie.store.Store)."""

    def hold(
        self,
        *,
        raw: bytes,
        message: Message,
        verdict: Verdict,
        policy: Policy,
        peer: str | None = None,
        login: str | None = None,
        burst: notify.Burst | None = None,
    ) -> str: ...

    def record(
        self,
        *,
        message: Message,
        verdict: Verdict,
        action: Action,
        policy: Policy,
        ref: str | None = None,
        peer: str | None = None,
        login: str | None = None,
        burst: notify.Burst | None = None,
    ) -> str | None: ...

    def sender_activity(
        self,
        address: str,
        externals: int,
        *,
        window: float,
        unlisted: int | None = None,
        timeout: float | None = None,
    ) -> SenderHistory: ...

    def sender_history_now(self, address: str, *, window: float) -> SenderHistory | None: ...

    def blocked_senders(self, *, timeout: float | None = None) -> frozenset[str]: ...

    @property
    def remote(self) -> bool: ...

    def sender_delivered(self, address: str, externals: int) -> None: ...

    def now(self) -> float: ...

    @property
    def writers(self) -> int: ...

    def login_locked_until(self, keys: Sequence[str]) -> float | None: ...

    def count_failure(
        self, limits: Sequence[tuple[str, int]], *, window: float, lock_for: float
    ) -> dict[str, float]: ...

    def new_ref(self) -> str: ...

    def add_trace(self, entries: Sequence[TraceEntry]) -> int: ...


class PolicyHolder:
    """The policy in force. A reload swaps the reference; transactions keep the one they began with."""

    def __init__(self, policy: Policy):
        self.current = policy


@dataclass
class ClientState:
    """Per client connection."""

    sid: str
    peer: str
    ip: str  # Gateway.client_ip, read once per connection (the PROXY header comes before any command)
    upstream: UpstreamSession | None = None
    policy: Policy | None = None  # fixed at MAIL for the whole transaction
    smtputf8: bool = False
    body_8bit: bool = False
    in_transaction: bool = False
    started: float = field(default_factory=time.monotonic)
    user: str | None = None  # authenticated user name
    credentials: tuple[str, str] | None = field(default=None, repr=False)  # passthrough only, memory only
    verdict: str = "refused"  # of the message in DATA, for the trace ("refused": before the rules)
    ref: str | None = None  # its reference, when it got one


def ascii_fold(text: str) -> str:
    """For clients that did not negotiate SMTPUTF8: § -> 'par. ', accents dropped."""
    text = text.replace("§", "par. ").replace("…", "...").replace("–", "-").replace("’", "'")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return folded


_GLUE = "\ue000"  # stands for a space that must not become a line break while wrapping
SHOWN_NAMES = 3  # attachment names in a refusal; the rest is a count
NAME_WIDTH = 40  # characters of each name shown (attachment.display_name keeps the extension)


def smtp_reply(code: int, enhanced: str, text: str, utf8: bool, width: int = 200, keep: str = "") -> str:
    """A (multi-line) SMTP reply; lines wrapped so that none exceeds the RFC 5321 limit, never
    inside a word and never between ``keep`` (a reference) and the word before it: an MTA's
    bounce shows the lines of a refusal apart, and "(ref" on one line with "5.7.1 D-..." on the
    next is no reference any more."""
    text = " ".join(text.split())
    if not utf8:
        text = ascii_fold(text)
    if keep:
        text = re.sub(rf"\S+ {re.escape(keep)}", lambda m: m[0].replace(" ", _GLUE), text)
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]
    lines = [line.replace(_GLUE, " ") for line in lines]
    out = [f"{code}-{enhanced} {line}" for line in lines[:-1]]
    out.append(f"{code} {enhanced} {lines[-1]}")
    return "\r\n".join(out)


def one_line(reply: str) -> str:
    """A (multi-line) reply as one line, all of it: ``550 5.7.1 first part second part``."""
    lines = reply.split("\r\n")
    if len(lines) == 1:
        return reply
    prefix = lines[0][4:].split(" ", 1)[0]  # the enhanced code each line repeats
    rest = [line[4:].removeprefix(prefix).strip() for line in lines[1:]]
    return " ".join([lines[0][:3] + " " + lines[0][4:], *rest])


def attachment_names(verdict: Verdict, texts: Texts) -> str:
    """The refused attachments' names for the sender, at most a few, each shortened."""
    names = list(dict.fromkeys(f.attachment for f in verdict.findings if f.rule in verdict.decisive and f.attachment))
    if not names:
        return ""
    shown = ", ".join(f'"{display_name(name, NAME_WIDTH)}"' for name in names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        shown += f" en {len(names) - SHOWN_NAMES} andere"
    return texts.rejected_attachments.format(names=shown)


def _capture(server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
    """aiosmtpd's synchronous authenticator hook, used only to capture the decoded credentials;
    the real (asynchronous) check happens in :meth:`GatewaySMTP._verify`."""
    return AuthResult(success=True, handled=False, auth_data=data)


def _names(cls: type, prefixes: tuple[str, ...]) -> list[str]:
    """The class's attribute names with these prefixes, computed once per class."""
    cached: list[str] | None = cls.__dict__.get("_dir_names")
    if cached is None:
        cached = [name for name in dir(cls) if name.startswith(prefixes)]
        cls._dir_names = cached  # type: ignore[attr-defined]
    return cached


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with a larger line limit, asynchronous AUTH, a per-IP connection limit, a
    hook when the connection ends, and three speed-ups of per-connection and per-message work
    (measured in docs/performance.md): DATA read in large pieces, addresses read by one strict
    regular expression instead of the RFC 5322 parser, and the method tables built from a short
    cached name list."""

    line_length_limit = LINE_LIMIT

    def __dir__(self) -> list[str]:
        """aiosmtpd's __init__ builds its command and AUTH tables with dir() and
        inspect.getmembers on every connection, which touches every attribute of the protocol
        (12% of the CPU under a load of small messages). Only these names matter to it."""
        return _names(type(self), ("smtp_", "auth_"))

    def __init__(self, handler: Gateway, **kwargs: Any):
        kwargs.setdefault("authenticator", _capture)
        super().__init__(handler, **kwargs)
        self._gateway = handler
        self._counted_ip: str | None = None
        self._unsent: list[bytes] = []

    async def push(self, status: str | bytes) -> None:
        """aiosmtpd's push, but the lines of a multi-line reply ("250-...") wait for its last line
        and go out with it in one write: aiosmtpd wrote the EHLO reply a line at a time, a system
        call and a TCP segment each (seven of them), and the client woke for each one. A reply given
        whole (the handlers' multi-line replies, lines joined by CRLF) goes out at once, as before.
        The bytes on the wire are the same."""
        response = status.encode("utf-8" if self.enable_SMTPUTF8 else "ascii") if isinstance(status, str) else status
        if response[3:4] == b"-" and b"\n" not in response:
            self._unsent.append(response + b"\r\n")
            return
        if self._unsent:
            response = b"".join(self._unsent) + response
            self._unsent.clear()
        self._writer.write(response + b"\r\n")
        await self._writer.drain()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._original_transport is not None:
            # STARTTLS: aiosmtpd calls this again with the TLS transport and a new session. The
            # connection (and its count) and the client address of its PROXY header stay.
            old = self.session
            super().connection_made(transport)
            assert self.session is not None
            self._gateway.starttls(old, self.session)
            return
        peer = transport.get_extra_info("peername")
        ip = str(peer_ip(peer) or peer)
        if self._proxy_timeout is not None:
            # Behind a load balancer: only allowed_proxies may connect and say (in the PROXY
            # header) who the client is; the connection counts for that client (handle_PROXY).
            if not in_networks(peer, self._gateway.policy.current.proxies):
                log.warning("connection_refused", peer=ip, why="not_an_allowed_proxy")
                transport.close()
                return
        elif not self.count_connection(ip):
            transport.write(TOO_MANY_CONNECTIONS.encode() + b"\r\n")  # type: ignore[attr-defined]
            transport.close()
            return
        super().connection_made(transport)
        self._gateway.protocols.add(self)

    def count_connection(self, ip: str) -> bool:
        """Count this connection for ``ip``; False (logged) when connections_per_ip is reached."""
        if not self._gateway.limiter.connect(ip):
            log.warning("connection_refused", peer=ip, why="connections_per_ip")
            return False
        self._counted_ip = ip
        return True

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted_ip is not None:
            self._gateway.limiter.disconnect(self._counted_ip)
            self._counted_ip = None
        self._gateway.protocols.discard(self)
        session = self.session
        if session is None:  # refused in connection_made, before aiosmtpd started
            return
        super().connection_lost(error)
        self._gateway.session_closed(session)

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """Every MAIL/RCPT address is read by discretie.smtpaddr, not by aiosmtpd's RFC 5322
        header parser: the address is the text between the brackets exactly as written, the
        rules decide on it and the upstream gets it back unchanged; an address that could be
        read two ways (a control character, needless quoting, a comment, a source route, ...)
        is refused with aiosmtpd's 553 5.1.3. Also faster than aiosmtpd's parser."""
        try:
            return read_path(arg, self.local_part_limit)
        except AddressError as exc:
            log.warning("address_refused", why=str(exc))  # never the address itself
            return None, None

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA with the message read by :func:`discretie.smtpdata.read_data`: an
        await per piece of up to 1 MiB instead of one per line, and one copy of the message in
        memory instead of a list of lines plus their join. Everything else as aiosmtpd does it
        (checks before 354, envelope, the DATA hook, post-DATA state)."""
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            content = await read_data(self._reader, size_limit=self.data_size_limit, line_limit=self.line_length_limit)
        except asyncio.CancelledError:  # the connection was reset during DATA
            self._writer.close()
            raise
        except asyncio.IncompleteReadError:  # the client went away in the middle of DATA
            self._writer.close()
            return
        if isinstance(content, Refusal):
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            await self.push(content.reply)
            assert self.session is not None
            await self._gateway.data_refused(self.session)
            return
        self.envelope.content = content
        self.envelope.original_content = content
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push(status)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._verify(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._verify(await super().auth_LOGIN(_, args))

    async def _verify(self, captured: AuthResult) -> AuthResult:
        if not captured.success or not isinstance(captured.auth_data, LoginPassword):
            return captured
        assert self.session is not None
        login = captured.auth_data.login.decode("utf-8", "replace")
        password = captured.auth_data.password.decode("utf-8", "replace")
        return await self._gateway.authenticate(self.session, login, password)


class Gateway:
    """The aiosmtpd handler. Hook names are aiosmtpd's: a typo would silently do nothing, so
    tests check that every hook fires."""

    def __dir__(self) -> list[str]:
        """aiosmtpd looks up the handler's hooks with dir() on every connection; see
        GatewaySMTP.__dir__."""
        return _names(type(self), ("handle_", "auth_"))

    def __init__(
        self,
        *,
        policy: PolicyHolder,
        upstream: UpstreamSpec,
        store: IncidentStore,
        users: Users | None = None,
        limiter: RateLimiter | None = None,
        metrics: Metrics | None = None,
        reader: Reader | None = None,
    ):
        self.policy = policy
        self.upstream = upstream
        self.store = store
        self.users = users or Users(policy.current.auth.users_file)
        self.limiter = limiter or RateLimiter(policy.current.limits)
        self.metrics = metrics or Metrics()
        # As many store threads as the store can write at once: a hold waits for its commit, and
        # on PostgreSQL the holds of several sessions commit side by side instead of in a line.
        self._store_executor = ThreadPoolExecutor(max_workers=store.writers, thread_name_prefix="store")
        # Messages with documents wait for the extraction workers in threads of their own, so they
        # never take the threads that parse large plain mail or check passwords.
        config = policy.current.documents
        self.reader = reader or Reader(workers=config.workers, memory=config.memory_per_attachment)
        self._documents_executor = ThreadPoolExecutor(max_workers=4 * config.workers, thread_name_prefix="documents")
        self.trace = TraceWriter(store.add_trace)
        self._clients: dict[int, ClientState] = {}
        self._pool: list[tuple[UpstreamSession, float]] = []  # (idle session, idle since)
        self._expiry: asyncio.TimerHandle | None = None  # the pool's next expiry
        self._closing: set[asyncio.Task[None]] = set()
        self.protocols: set[GatewaySMTP] = set()
        self.idle = asyncio.Event()
        self.idle.set()
        self._active = 0
        self._history_paused_until = 0.0  # loop time: the store failed the counts; skip them till then
        # PostgreSQL: the blocked senders in memory, for mail to the staff only (discretie.blockcache)
        self._blocks = (
            BlockCache(functools.partial(self._in_store, store.blocked_senders, timeout=HISTORY_WAIT))
            if store.remote
            else None
        )

    # -- bookkeeping -------------------------------------------------------------------

    def _client(self, session: Session) -> ClientState:
        state = self._clients.get(id(session))
        if state is None:
            sid = f"s{next(_session_ids)}"
            state = ClientState(sid=sid, peer=self.client_peer(session), ip=self.client_ip(session))
            self._clients[id(session)] = state
        return state

    def _begin(self, state: ClientState) -> None:
        if not state.in_transaction:
            state.in_transaction = True
            self._active += 1
            self.idle.clear()

    def _end(self, state: ClientState) -> None:
        if state.in_transaction:
            state.in_transaction = False
            self._active -= 1
            if self._active == 0:
                self.idle.set()

    def session_closed(self, session: Session) -> None:
        state = self._clients.pop(id(session), None)
        if state is None:
            return
        self._release(state)
        self._end(state)

    def starttls(self, old: Session | None, new: Session) -> None:
        """After STARTTLS aiosmtpd has a new session on the same connection. Everything the client
        said or proved before is forgotten (RFC 3207: its transaction, its AUTH), but the client
        address of the PROXY header (read once, before the greeting) stays, like Postfix keeps
        it: without it, the load balancer's address would decide relay access, limits and
        back-off from here on. The log keeps the session id."""
        if old is None:
            return
        new.proxy_data = old.proxy_data
        state = self._clients.get(id(old))
        self.session_closed(old)
        if state is not None:
            self._clients[id(new)] = ClientState(sid=state.sid, peer=state.peer, ip=state.ip)

    # -- idle upstream sessions ----------------------------------------------------------
    # Like Postfix's SMTP connection cache: when a client session ends outside a transaction,
    # its upstream session (no credentials of its own) waits up to POOL_IDLE seconds for the
    # next client instead of being closed, which saves a TCP (and with Microsoft 365 a TLS)
    # handshake, an EHLO and a QUIT per client connection. A session the upstream closed
    # meanwhile is noticed at MAIL and replaced (retry_safe), so reuse never costs a message.

    def _release(self, state: ClientState) -> None:
        """The client session ended: keep its upstream session for reuse, or close it."""
        upstream, state.upstream = state.upstream, None
        if upstream is None:
            return
        if upstream.alive and not state.in_transaction and state.credentials is None and len(self._pool) < POOL_SIZE:
            self._pool.append((upstream, time.monotonic()))
            if self._expiry is None:  # one timer for the pool, not one per released session
                self._expiry = asyncio.get_running_loop().call_later(POOL_IDLE + 0.1, self._expire_due)
            return
        self._close_later(upstream)

    async def _take(self) -> UpstreamSession | None:
        """The most recently used pooled upstream session with no transaction open, if any. A
        session whose last exchange was not a 250 to the end of a message or to RSET
        (``Session.idle``: a MAIL the upstream refused, a transaction cut short) gets a RSET first,
        so the next client gets a clean session whatever the last transaction left behind (an
        upstream that keeps its transaction open after refusing a message answers the next MAIL
        with "503 nested MAIL command"); a session that answers it with anything but 250 is
        closed. The usual case, a session after a delivered message, needs no RSET: one round
        trip less per message. One the upstream closed meanwhile fails at MAIL (retry-safe)."""
        self._expire()
        while self._pool:
            upstream, _ = self._pool.pop()
            if upstream.alive:
                if upstream.idle:
                    return upstream
                reply = await upstream.rset()
                if reply.code == 250:
                    return upstream
                log.info("upstream_not_reused", reply=reply.line()[:120])
            self._close_later(upstream)
        return None

    def _expire_due(self) -> None:
        """The pool's timer: expire what is due, and wait for the oldest session left."""
        self._expiry = None
        self._expire()
        if self._pool:
            due = min(since for _, since in self._pool) + POOL_IDLE + 0.1 - time.monotonic()
            self._expiry = asyncio.get_running_loop().call_later(max(0.01, due), self._expire_due)

    def _expire(self) -> None:
        now = time.monotonic()
        keep = []
        for upstream, since in self._pool:
            if now - since < POOL_IDLE and upstream.alive:
                keep.append((upstream, since))
            else:
                self._close_later(upstream)
        self._pool = keep

    def _close_later(self, upstream: UpstreamSession) -> None:
        task = asyncio.get_running_loop().create_task(upstream.close())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def close_pool(self) -> None:
        """At shutdown: QUIT every idle upstream session."""
        pool, self._pool = self._pool, []
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        await asyncio.gather(*(upstream.close() for upstream, _ in pool), *self._closing, return_exceptions=True)
        self.reader.close()
        if self._blocks is not None:
            await self._blocks.close()
        await self.trace.flush()
        self.trace.close()

    @property
    def active_transactions(self) -> int:
        return self._active

    async def _in_store(self, fn: Callable[..., T], **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._store_executor, functools.partial(fn, **kwargs))

    @staticmethod
    def client_ip(session: Session) -> str:
        """The client's address; behind a load balancer, the one its PROXY header names, or
        NO_CLIENT_ADDRESS when it names none (v1 ``UNKNOWN``, the v2 ``LOCAL`` command of health
        checks, a non-IP family): such a client is in no network and must authenticate; it is
        never taken for the load balancer itself, which may well be in allowed_networks."""
        proxy = session.proxy_data
        if proxy is None:
            return str(peer_ip(session.peer) or session.peer)
        address = peer_ip((proxy.src_addr,)) if proxy.command != V2_CMD.LOCAL else None
        return NO_CLIENT_ADDRESS if address is None else str(address)

    @classmethod
    def client_peer(cls, session: Session) -> str:
        """``address:port`` of the client (behind a load balancer, of the client its PROXY header names)."""
        proxy, peer = session.proxy_data, session.peer
        if proxy is not None:
            ip = cls.client_ip(session)
            return ip if ip == NO_CLIENT_ADDRESS else f"{ip}:{proxy.src_port}"
        return f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)

    async def authenticate(self, session: Session, login: str, password: str) -> AuthResult:
        """AUTH PLAIN/LOGIN: local argon2 users or passthrough to the upstream. Failures are
        counted per address (IPv6: per /64) and per account; too many put that address or account
        in back-off. Credentials (and account names, which may be a password typed in the wrong
        field) never reach a log."""
        state = self._client(session)
        policy = self.policy.current
        ip = self.client_ip(session)
        scopes = self.limiter.auth_scopes(ip, login)
        wait = await self._auth_backoff(state, scopes)
        if wait:
            log.warning("auth_refused", sid=state.sid, ip=ip, why="backoff", seconds=round(wait))
            return AuthResult(success=False, handled=False, message="454 4.7.0 Too many failed attempts, try later")
        ok = False
        if policy.auth.backend == "local":
            loop = asyncio.get_running_loop()
            try:
                user = await loop.run_in_executor(None, self.users.verify, login, password)
            except UsersError as exc:
                log.error("users_file_unreadable", detail=str(exc))
                return AuthResult(success=False, handled=False, message="454 4.7.0 Temporary authentication failure")
            ok = user is not None
            name = user.name if user else None
        else:
            session_or_reply = await self._open(policy, login, password)
            if isinstance(session_or_reply, Reply):
                if session_or_reply.temporary:
                    return AuthResult(success=False, handled=False, message=session_or_reply.line())
            else:
                ok, name = True, login.strip().lower()
                if state.upstream is not None:
                    await state.upstream.close()
                state.upstream, state.credentials = session_or_reply, (login, password)
        if not ok:
            started = await self._auth_failed(state, scopes, policy)
            backoff = sorted({key.partition(":")[0] for key in started})  # "ip", "net", "account": no names
            log.warning("auth_failed", sid=state.sid, ip=ip, backoff=backoff)
            self.metrics.smtp_refusals.labels("auth_failed").inc()
            return AuthResult(success=False, handled=False)
        state.user = name
        log.info("auth_ok", sid=state.sid, ip=ip, user=name, backend=policy.auth.backend)
        return AuthResult(success=True, auth_data=name)

    # Failed AUTH is counted in the store, so every instance on it sees the same counters (an
    # attacker gains nothing by spreading attempts); while the store does not answer, in this
    # process. Keys as RateLimiter.auth_scopes makes them, prefixed apart from the web console's.

    async def _auth_backoff(self, state: ClientState, scopes: dict[str, int]) -> float:
        """Seconds left in the longest back-off among ``scopes`` (0: AUTH allowed)."""
        try:
            until = await self._in_store(self.store.login_locked_until, keys=[f"smtp-{k}" for k in scopes])
        except Exception as exc:
            log.warning("store_failed", sid=state.sid, op="auth_backoff", error=type(exc).__name__)
            return self.limiter.auth_blocked(scopes)
        return max(0.0, until - self.store.now()) if until else 0.0

    async def _auth_failed(self, state: ClientState, scopes: dict[str, int], policy: Policy) -> list[str]:
        """Count a failed AUTH in each scope; the scopes now in back-off."""
        try:
            locked = await self._in_store(
                self.store.count_failure,
                limits=[(f"smtp-{k}", n) for k, n in scopes.items()],
                window=policy.limits.auth_window,
                lock_for=policy.limits.auth_backoff,
            )
        except Exception as exc:
            log.warning("store_failed", sid=state.sid, op="auth_failed", error=type(exc).__name__)
            return self.limiter.auth_failed(scopes)
        return [key.removeprefix("smtp-") for key in locked]

    def _sender_allowed(self, state: ClientState, policy: Policy, address: str) -> bool:
        """An authenticated client sends only as its own login or granted addresses, at school
        domains, with either backend (see access.sender_allowed); checked at MAIL and for every
        From address before the verdict, so a held message carries no sender its login lacks."""
        return sender_allowed(policy.auth, self.users, policy.school.is_school_domain, state.user, address)

    async def _open(self, policy: Policy, login: str | None, password: str | None) -> UpstreamSession | Reply:
        return await open_session(
            self.upstream,
            hostname=policy.server.hostname,
            timeout=policy.server.upstream_timeout,
            username=login,
            password=password,
        )

    async def _connect(self, state: ClientState, policy: Policy) -> Reply | None:
        if state.upstream is not None and state.upstream.alive:
            return None
        if state.credentials is None and state.upstream is None:
            state.upstream = await self._take()
            if state.upstream is not None:
                return None
        login, password = state.credentials or (None, None)
        session = await self._open(policy, login, password)
        if isinstance(session, Reply):
            log.warning("upstream_unavailable", sid=state.sid, upstream=self.upstream.display(), reply=session.line())
            self.metrics.upstream_errors.labels("connect").inc()
            return session
        state.upstream = session
        return None

    # -- aiosmtpd hooks ------------------------------------------------------------------

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        state = self._client(session)
        policy = self.policy.current
        ip = state.ip
        if state.user is None and not in_networks(ip, policy.networks):
            log.warning("relay_refused", sid=state.sid, ip=ip)
            self.metrics.smtp_refusals.labels("relay").inc()
            return "530 5.7.0 Authentication required"
        sender_text = "" if address in ("<>", "") else address
        if not self._sender_allowed(state, policy, sender_text):
            log.warning("sender_refused", sid=state.sid, ip=ip, user=state.user)
            return f"553 5.7.1 {state.user} may not send as {sender_text}"
        if not self.limiter.message(f"ip:{ip}", policy.limits.messages_per_minute_per_ip) or (
            state.user is not None
            and not self.limiter.message(f"user:{state.user}", policy.limits.messages_per_minute_per_user)
        ):
            log.warning("rate_limited", sid=state.sid, ip=ip, user=state.user)
            self.metrics.smtp_refusals.labels("rate_limit").inc()
            return "452 4.7.0 Too many messages, please slow down and try again later"
        state.policy = policy
        upper = [o.upper() for o in mail_options]
        state.smtputf8 = "SMTPUTF8" in upper
        if not address.isascii() and not state.smtputf8:
            return NEEDS_SMTPUTF8
        state.body_8bit = "BODY=8BITMIME" in upper
        sender = "" if address in ("<>", "") else address
        for attempt in (1, 2):
            problem = await self._connect(state, policy)
            if problem is not None:
                return problem.line()
            assert state.upstream is not None
            options = _mail_options(state, state.upstream)
            if options is None:
                return "553 5.6.7 The upstream server does not support SMTPUTF8"
            reply = await state.upstream.mail(sender, options)
            if reply.retry_safe and attempt == 1:
                continue  # the idle upstream connection was gone: reconnect once
            break
        if not reply.ok:
            return reply.line()
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        self._begin(state)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        state = self._client(session)
        policy = state.policy or self.policy.current
        if address == "<>":
            return "553 5.1.3 Error: malformed address"
        if not address.isascii() and not state.smtputf8:
            return NEEDS_SMTPUTF8
        if len(envelope.rcpt_tos) >= policy.server.max_recipients:
            return f"452 4.5.3 Too many recipients (at most {policy.server.max_recipients} per message)"
        if state.upstream is None:
            return tempfail("no upstream session").line()
        reply = await state.upstream.rcpt(address)
        if not reply.ok:
            return reply.line()
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_RSET(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        state = self._client(session)
        await self._rset(state)
        self._end(state)
        return "250 2.0.0 Ok"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        state = self._clients.get(id(session))
        if state is not None:
            self._release(state)
        return "221 2.0.0 Bye"

    async def handle_PROXY(self, server: SMTP, session: Session, envelope: Envelope, proxy_data: Any) -> bool:
        """With ``proxy_protocol: true`` aiosmtpd reads the PROXY header first (only from
        allowed_proxies: GatewaySMTP.connection_made) and asks this hook; False closes the
        connection. The client address it names counts for the connection limit here and for
        allowed_networks, the other limits and logs (client_ip), for the whole connection."""
        if not getattr(proxy_data, "valid", False) or not isinstance(server, GatewaySMTP):
            return False
        if not server.count_connection(self.client_ip(session)):
            await server.push(TOO_MANY_CONNECTIONS)
            return False
        return True

    async def handle_exception(self, error: Exception) -> str:
        log.error("session_error", error=type(error).__name__, detail=str(error)[:200])
        return "451 4.3.0 Internal error, please try again later"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        state = self._client(session)
        started = time.monotonic()
        state.verdict, state.ref = "refused", None
        try:
            reply = await self._data(state, envelope, started)
            self._trace(state, envelope, reply)
            return reply
        finally:
            self._end(state)

    async def data_refused(self, session: Session) -> None:
        """DATA was refused before the rules (too large, a line too long): that reply ended the
        client's transaction, so the upstream's ends too (RSET); else the client's next MAIL in the
        same session met "503 nested MAIL command" there, a permanent refusal of a good mail."""
        state = self._client(session)
        try:
            await self._rset(state)
        finally:
            self._end(state)

    def _trace(self, state: ClientState, envelope: Envelope, reply: str) -> None:
        """One entry of the message trace (written later, off this path)."""
        policy = state.policy or self.policy.current
        rcpts = list(dict.fromkeys(str(r).lower() for r in envelope.rcpt_tos))
        internal = sum(1 for r in rcpts if policy.school.is_internal(r))
        mail_from = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        self.trace.add(
            TraceEntry(
                at=self.store.now(),
                sender=mail_from,
                recipients=tuple(rcpts),
                internal=internal,
                external=len(rcpts) - internal,
                verdict=state.verdict,
                code=int(reply[:3]) if reply[:3].isdigit() else 0,
                ref=state.ref,
                size=len(envelope.original_content or b""),
            )
        )

    # -- the decision ---------------------------------------------------------------------

    async def _data(self, state: ClientState, envelope: Envelope, started: float) -> str:
        policy = state.policy or self.policy.current
        raw: bytes = envelope.original_content or b""
        mail_from = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        rcpts = list(envelope.rcpt_tos)
        bound = log.bind(sid=state.sid, peer=state.peer, size=len(raw), rcpts=len(rcpts))

        if has_bare_newline(raw):
            await self._rset(state)
            bound.info("message", verdict="refused", why="bare_newline")
            return smtp_reply(550, "5.6.0", policy.texts.bare_newline_reply, state.smtputf8)
        if b"\x00" in raw:
            await self._rset(state)
            bound.info("message", verdict="refused", why="nul_byte")
            return "550 5.6.0 NUL bytes are not allowed in a message"

        loop = asyncio.get_running_loop()
        if len(raw) > PARSE_IN_THREAD:
            message = await asyncio.to_thread(parse, raw, mail_from, rcpts)
        else:
            message = parse(raw, mail_from, rcpts)
        if message.header_problems:
            await self._rset(state)
            bound.info("message", verdict="refused", why="header_syntax", problem=message.header_problems[0])
            problem = policy.texts.header_syntax_reply.format(problem=message.header_problems[0])
            return smtp_reply(550, "5.6.0", problem, state.smtputf8)
        message = await self._with_history(state, message, policy)
        if documents.pending(message, policy):
            message, verdict = await loop.run_in_executor(
                self._documents_executor, _decide, message, policy, self.reader
            )
        elif len(raw) > PARSE_IN_THREAD:
            verdict = await asyncio.to_thread(pipeline.check, message, policy)
        else:
            verdict = pipeline.check(message, policy)
        if state.user is not None and not all(self._sender_allowed(state, policy, a.key) for a in message.from_):
            await self._rset(state)
            bound.warning("message", verdict="refused", why="from_not_allowed", user=state.user)
            return f"550 5.7.1 {state.user} may not send with this From address"
        bound = bound.bind(
            message_id=message.message_id[:200],
            sender=mail_from,
            verdict=verdict.action.value,
            rules=list(verdict.rules),
        )
        if verdict.audit_only:
            bound = bound.bind(would=verdict.would_action.value, audit=list(verdict.audit_only))
        state.verdict = verdict.action.value

        burst = burst_of(message, verdict, policy)
        if verdict.action is Action.HOLD:
            reply = await self._hold(state, raw, message, verdict, policy, burst)
        elif verdict.action is Action.REJECT:
            reply = await self._reject(state, message, verdict, policy, burst)
        else:
            reply = await self._forward(state, raw, message, verdict, policy, mail_from, rcpts, burst)
        elapsed = time.monotonic() - started
        bound.info("message", reply=one_line(reply)[:2000], ms=round(elapsed * 1000, 1))
        self.metrics.messages.labels(verdict.action.value).inc()
        self.metrics.latency.observe(elapsed)
        for finding in verdict.findings:
            self.metrics.findings.labels(finding.rule, finding.category).inc()
        return reply

    async def _rset(self, state: ClientState) -> None:
        """End the upstream transaction. A session that does not answer 250 is closed: the next
        MAIL opens a new one instead of meeting whatever state the old one is in."""
        upstream = state.upstream
        if upstream is None:
            return
        reply = await upstream.rset()
        if reply.code != 250:
            state.upstream = None
            log.info("upstream_not_reused", sid=state.sid, reply=reply.line()[:120])
            self._close_later(upstream)

    async def _stored(
        self, state: ClientState, op: str, burst: notify.Burst | None, write: Callable[[], Awaitable[str]]
    ) -> str | None:
        """``write``: the store keeping a held or refused message (its reference), while the upstream's
        transaction ends (``_rset``): the client waits for one round trip, not for both one after the
        other, and hears only once both are done. None when the store failed (logged; the client
        gets 451). A cancelled write (the client went away) cancels the RSET: the session is then not
        pooled, as the client left inside its transaction (``_release``), and is closed. A burst's
        block counts here at once (``BlockCache``)."""
        rset = asyncio.ensure_future(self._rset(state))
        try:
            ref: str | None = await write()
        except Exception as exc:
            log.error("store_failed", sid=state.sid, op=op, error=type(exc).__name__, detail=str(exc)[:200])
            ref = None
        except BaseException:
            rset.cancel()
            raise
        await rset
        if ref is not None:
            state.ref = ref
            if burst is not None and burst.block and self._blocks is not None:
                self._blocks.add(burst.address, asyncio.get_running_loop().time())
        return ref

    async def _with_history(self, state: ClientState, message: Message, policy: Policy) -> Message:
        """``message`` with its sender's recent counts from the store (this message counted), for
        ``rules.hijack``: only for a school sender while the rule is on. While the store does not
        answer (within HISTORY_WAIT, or failed in the last HISTORY_PAUSE seconds), the message is
        checked without them (the rule then sees the message alone)."""
        config = policy.rules.hijack
        if not config.enabled or not hijack.watched(message, policy):
            return message
        loop = asyncio.get_running_loop()
        if loop.time() < self._history_paused_until:
            return message
        counted = hijack.outside_recipients(message, policy)
        outside = counted.count
        if outside == 0:  # nothing to count: read at once where the store can (SQLite), no thread's round trip
            try:
                now = self.store.sender_history_now(message.sender, window=config.window)
            except Exception as exc:  # as below: the counts are never worth the mail (a store thread asks again)
                log.warning("store_failed", sid=state.sid, op="sender_history_now", error=type(exc).__name__)
                now = None
            if now is not None:
                return dataclasses.replace(message, history=now)
            if self._blocks is not None:  # PostgreSQL: not blocked, the counts change nothing (rules.hijack)
                blocked = self._blocks.blocked(message.sender, loop.time())
                self._blocks.refresh(loop)
                if blocked is False:
                    return message
        try:
            history = await self._in_store(
                self.store.sender_activity,
                address=message.sender,
                externals=outside,
                unlisted=counted.unlisted,
                window=config.window,
                timeout=HISTORY_WAIT,
            )
        except Exception as exc:
            self._history_paused_until = loop.time() + HISTORY_PAUSE
            log.warning("store_failed", sid=state.sid, op="sender_activity", error=type(exc).__name__)
            return message
        return dataclasses.replace(message, history=history)

    async def _hold(
        self,
        state: ClientState,
        raw: bytes,
        message: Message,
        verdict: Verdict,
        policy: Policy,
        burst: notify.Burst | None = None,
    ) -> str:
        hold = functools.partial(
            self._in_store,
            self.store.hold,
            raw=raw,
            message=message,
            verdict=verdict,
            policy=policy,
            peer=state.peer,
            login=state.user,
            burst=burst,
        )
        ref = await self._stored(state, "hold", burst, hold)
        if ref is None:
            return smtp_reply(451, "4.3.0", policy.texts.tempfail_reply, state.smtputf8)
        return smtp_reply(250, "2.0.0", policy.texts.held_reply.format(ref=ref), state.smtputf8, keep=ref)

    async def _reject(
        self, state: ClientState, message: Message, verdict: Verdict, policy: Policy, burst: notify.Burst | None = None
    ) -> str:
        async def record() -> str:
            ref = await self._in_store(self.store.new_ref)
            await self._in_store(
                self.store.record,
                message=message,
                verdict=verdict,
                action=Action.REJECT,
                policy=policy,
                ref=ref,
                peer=state.peer,
                login=state.user,
                burst=burst,
            )
            return ref

        ref = await self._stored(state, "reject", burst, record)
        if ref is None:
            return smtp_reply(451, "4.3.0", policy.texts.tempfail_reply, state.smtputf8)
        reason = " ".join(policy.rule_config(rule).message for rule in verdict.decisive) or "beleid"
        names = attachment_names(verdict, policy.texts)
        text = policy.texts.rejected_reply.format(reason=f"{reason} {names}" if names else reason, ref=ref)
        return smtp_reply(550, "5.7.1", text, state.smtputf8, keep=ref)

    async def _forward(
        self,
        state: ClientState,
        raw: bytes,
        message: Message,
        verdict: Verdict,
        policy: Policy,
        mail_from: str,
        rcpts: list[str],
        burst: notify.Burst | None = None,
    ) -> str:
        crlf_only = True  # checked in _data
        if verdict.action is Action.REWRITE and verdict.move_to_bcc:
            raw, crlf_only = move_to_bcc(raw, verdict.move_to_bcc), False
        if state.upstream is None:
            return tempfail("no upstream session").line()
        reply = await state.upstream.data(raw, crlf_only=crlf_only)
        if reply.retry_safe:
            # The upstream dropped the idle session while the client was uploading (found at
            # the DATA command, before any content went out): replay once on a new session.
            reply = await self._replay(state, policy, mail_from, rcpts, raw)
        if not reply.ok:
            self.metrics.upstream_errors.labels("temporary" if reply.code < 500 else "permanent").inc()
            await self._rset(state)  # some upstreams keep the transaction open after refusing a message
            if reply.code == 451 and reply.message.startswith("4.4."):
                return reply.line()
            if reply.code < 500:  # every temporary upstream answer becomes 451 4.4.x for the client
                return f"451 4.4.0 Upstream temporarily refused: {reply.line()}"
            return reply.line()
        if verdict.notable:
            try:
                state.ref = await self._in_store(
                    self.store.record,
                    message=message,
                    verdict=verdict,
                    action=verdict.action,
                    policy=policy,
                    peer=state.peer,
                    login=state.user,
                    burst=burst,
                )
            except Exception as exc:  # the upstream has the mail already: it must not be sent twice
                log.error("incident_lost", sid=state.sid, error=type(exc).__name__, detail=str(exc)[:200])
        history = message.history
        if history is not None and burst is None:
            outside = hijack.outside_recipients(message, policy).count
            if outside > history.max_externals:  # the most this sender ever sent out at once: a new baseline
                try:
                    await self._in_store(self.store.sender_delivered, address=message.sender, externals=outside)
                except Exception as exc:
                    log.warning("store_failed", sid=state.sid, op="sender_delivered", error=type(exc).__name__)
        return f"250 {' '.join(reply.message.split())}" if reply.message else "250 2.0.0 Ok"

    async def _replay(self, state: ClientState, policy: Policy, mail_from: str, rcpts: list[str], raw: bytes) -> Reply:
        state.upstream = None
        problem = await self._connect(state, policy)
        if problem is not None:
            return problem
        assert state.upstream is not None
        options = _mail_options(state, state.upstream)
        if options is None:
            return tempfail("replay MAIL: the upstream no longer supports SMTPUTF8")
        reply = await state.upstream.mail(mail_from, options)
        if not reply.ok:
            return tempfail(f"replay MAIL: {reply.line()}")
        for rcpt in rcpts:
            r = await state.upstream.rcpt(rcpt)
            if not r.ok:
                await self._rset(state)
                return tempfail(f"replay RCPT: {r.line()}")
        return await state.upstream.data(raw)


def _mail_options(state: ClientState, upstream: UpstreamSession) -> list[str] | None:
    """MAIL parameters passed on to the upstream (never the client's SIZE=); None when the client
    needs SMTPUTF8 and the upstream does not offer it."""
    options = []
    if state.smtputf8:
        if not upstream.smtputf8:
            return None
        options.append("SMTPUTF8")
    if state.body_8bit and upstream.eightbitmime:
        options.append("BODY=8BITMIME")
    return options


def burst_of(message: Message, verdict: Verdict, policy: Policy) -> notify.Burst | None:
    """What the store needs when ``hijack`` found a burst in ``message`` (else None): the sender, the
    window, the outside recipients in it, and whether to block the sender (``block_sender``, only
    when the rule acts, not in audit mode)."""
    if not any(f.rule == "hijack" for f in verdict.notable):
        return None
    config = policy.rules.hijack
    history = message.history
    externals = history.externals if history is not None else hijack.outside_recipients(message, policy).count
    acted = "hijack" not in verdict.audit_only and verdict.action in (Action.HOLD, Action.REJECT)
    return notify.Burst(
        address=message.sender, window=config.window, externals=externals, block=config.block_sender and acted
    )


def _decide(message: Message, policy: Policy, reader: Reader) -> tuple[Message, Verdict]:
    """Read the message's documents (in the worker processes) and check it with their text."""
    message = documents.read(message, policy, reader)
    return message, pipeline.check(message, policy)
