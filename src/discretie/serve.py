"""``discretie serve``: the gateway process. Its own asyncio loop, aiosmtpd server via
``loop.create_server``, the outbox worker, signals (SIGTERM/SIGINT drain and stop, SIGHUP reloads
policy.yaml: validate, then swap; an invalid file leaves the old policy in force)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import structlog
import uvicorn

from discretie import roster as roster_mod
from discretie import upstream as upstream_mod
from discretie.config import GrantedException
from discretie.metrics import Metrics
from discretie.metrics import app as metrics_app
from discretie.outbox import Outbox
from discretie.policy import Policy, PolicyError, load_policy, split_host_port
from discretie.relay import Gateway, GatewaySMTP, PolicyHolder
from discretie.roster import Roster
from discretie.store import Store, StoreError
from discretie.tls import TlsError, self_signed, server_context
from discretie.tls import load as load_tls

log = structlog.get_logger("discretie.serve")


FileStamp = tuple[int, int, int]


def file_stamp(path: str | None) -> FileStamp | None:
    """What tells an edit of ``path`` apart (editors replace the file: mtime, inode and size);
    None for no file."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino, st.st_size)


@dataclass(frozen=True)
class Overrides:
    """Command-line flags; they win over policy.yaml, also after a reload."""

    listen: str | None = None
    upstream: str | None = None
    store: str | None = None
    metrics: str | None = None  # HOST:PORT for /metrics, /healthz, /readyz
    workers: int = 1  # processes sharing the listening port (SO_REUSEPORT)
    worker: int = 0  # index of this worker: worker i serves metrics on the metrics port + i

    def apply(self, policy: Policy) -> Policy:
        server = policy.server.model_copy(
            update={k: v for k, v in (("listen", self.listen), ("upstream", self.upstream)) if v is not None}
        )
        store = policy.store.model_copy(update={"path": self.store} if self.store else {})
        updated = policy.model_copy(update={"server": server, "store": store})
        updated._source = policy.source
        return updated


def validate_overrides(overrides: Overrides) -> str | None:
    """Check flag values the same way policy.yaml values are checked; returns an error text."""
    try:
        if overrides.listen is not None:
            split_host_port(overrides.listen)
        if overrides.upstream is not None:
            upstream_mod.parse_upstream(overrides.upstream)
        if overrides.metrics is not None:
            split_host_port(overrides.metrics)
        if overrides.workers < 1:
            raise ValueError("--workers must be at least 1")
    except ValueError as exc:
        return str(exc)
    return None


class Running:
    """A started gateway: used by ``serve`` and by tests that run it in-process."""

    def __init__(
        self,
        policy: Policy,
        policy_path: str | None,
        overrides: Overrides,
        policy_stamp: FileStamp | None = None,
    ):
        self.policy_path = policy_path
        # The whole path in the start-up log: the admin sees which policy.yaml an edit must go to.
        self.policy_shown = os.path.abspath(policy_path) if policy_path else policy.source
        # The file's stamp from just before ``policy`` was read from it: an edit made after that
        # read (even before the watcher's first look) is then seen as a change.
        self.policy_stamp = policy_stamp if policy_stamp is not None else file_stamp(policy_path)
        self.overrides = overrides
        self.spec = upstream_mod.parse_upstream(policy.server.upstream)
        self.store = Store.open_configured(policy.store)
        try:
            self.roster_generation, loaded = load_roster(self.store, policy)
            self.exceptions = GrantedWatch(self.store)
            granted = self.exceptions.in_force()
        except BaseException:
            self.store.close()
            raise
        self.holder = PolicyHolder(policy.with_roster(loaded).with_exceptions(granted))
        self._roster_task: asyncio.Task[None] | None = None
        self._exceptions_task: asyncio.Task[None] | None = None
        self.metrics = Metrics()
        self.gateway = Gateway(policy=self.holder, upstream=self.spec, store=self.store, metrics=self.metrics)
        self._http: uvicorn.Server | None = None
        self._http_task: asyncio.Task[None] | None = None
        self._watch_task: asyncio.Task[None] | None = None
        self.server: asyncio.Server | None = None
        self.tls_server: asyncio.Server | None = None
        self.tls_paths = self._tls_paths(policy)
        self.tls_context = server_context(*self.tls_paths)
        self._outbox_stop = asyncio.Event()
        self._outbox_task: asyncio.Task[None] | None = None
        self.outbox = Outbox(
            self.store,
            self.deliver,
            lambda: self.holder.current,
            policy.server.hostname,
            lease_seconds=policy.store.lease_seconds,
        )

    async def deliver(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> upstream_mod.DeliveryResult:
        server = self.holder.current.server
        return await upstream_mod.deliver(
            self.spec, mail_from, rcpt_tos, data, hostname=server.hostname, timeout=server.upstream_timeout
        )

    @staticmethod
    def _tls_paths(policy: Policy) -> tuple[Path, Path]:
        if policy.tls.cert and policy.tls.key:
            return Path(policy.tls.cert), Path(policy.tls.key)
        return self_signed(Path(policy.store.path).resolve().parent / "tls", policy.server.hostname)

    def _factory(self, loop: asyncio.AbstractEventLoop, implicit_tls: bool) -> functools.partial[GatewaySMTP]:
        policy = self.holder.current
        return functools.partial(
            GatewaySMTP,
            self.gateway,
            hostname=policy.server.hostname,
            ident="Discretie ESMTP",
            data_size_limit=policy.server.max_message_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            timeout=policy.server.data_timeout,
            loop=loop,
            # STARTTLS on the plain port; on the implicit-TLS port the whole session is encrypted.
            tls_context=None if implicit_tls else self.tls_context,
            auth_require_tls=False if implicit_tls else policy.auth.require_tls,
            proxy_protocol_timeout=5.0 if policy.proxy_protocol else None,
        )

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        policy = self.holder.current
        host, port = split_host_port(policy.server.listen)
        shared = self.overrides.workers > 1
        self.server = await loop.create_server(
            self._factory(loop, False), host=host, port=port, reuse_address=True, reuse_port=shared or None
        )
        if policy.tls.implicit_port:
            self.tls_server = await loop.create_server(
                self._factory(loop, True),
                host=host,
                port=policy.tls.implicit_port,
                ssl=self.tls_context,
                reuse_address=True,
                reuse_port=shared or None,
            )
        self._outbox_task = loop.create_task(self.outbox.run(self._outbox_stop))
        if self.overrides.metrics:
            host_m, port_m = split_host_port(self.overrides.metrics)
            await self._start_http(f"{host_m}:{port_m + self.overrides.worker}")
        if self.policy_path is not None:
            self._watch_task = loop.create_task(self._watch_policy(Path(self.policy_path)))
        self._roster_task = loop.create_task(self._watch_roster())
        self._exceptions_task = loop.create_task(self._watch_exceptions())
        freeze_startup_objects()
        log.info(
            "listening",
            listen=policy.server.listen,
            upstream=self.spec.display(),
            store=str(self.store.path),
            policy=self.policy_shown,
        )

    async def _watch_policy(self, path: Path, interval: float = 1.0) -> None:
        """Reload when policy.yaml changes (editors replace the file: compare mtime, inode and size)
        against the stamp taken before the running policy was read."""
        while True:
            await asyncio.sleep(interval)
            current = file_stamp(str(path))
            if current is not None and current != self.policy_stamp:
                log.info("policy_changed", policy=str(path))
                self.reload()

    async def _watch_roster(self) -> None:
        """Use a new ``discretie roster import`` (or removal) without a restart: the store's roster
        generation is compared every ``roster.check_interval`` seconds; a change is loaded in a
        thread and swapped in with the policy in force (transactions keep the one they began with)."""
        while True:
            await asyncio.sleep(self.holder.current.roster_settings.check_interval)
            try:
                generation = await asyncio.to_thread(self.store.roster_generation)
                if generation == self.roster_generation:
                    continue
                generation, loaded = await asyncio.to_thread(
                    functools.partial(load_roster, self.store, self.holder.current, strict=True)
                )  # a broken new import keeps the roster in force
            except (StoreError, RosterUnavailable) as exc:
                log.error("roster_reload_failed", detail=str(exc))
                continue
            self.roster_generation = generation
            self.holder.current = self.holder.current.with_roster(loaded)
            log.info("roster_loaded", generation=generation, schools=len(loaded.schools) if loaded else 0)

    async def _watch_exceptions(self) -> None:
        """Apply the exceptions the DPO grants or revokes (``discretie exceptions``, the console)
        without a reload: every ``EXCEPTIONS_INTERVAL`` seconds one look at the store's generation
        (the list is read again only when it moved) and the ones past their end are dropped. The
        cost per message is none: the rules see the exceptions on the policy in force."""
        while True:
            await asyncio.sleep(EXCEPTIONS_INTERVAL)
            try:
                changed = await asyncio.to_thread(self.exceptions.refresh)
            except StoreError as exc:
                log.error("exceptions_reload_failed", detail=str(exc))
                continue
            granted = self.exceptions.in_force()
            if changed or set(granted) != set(self.holder.current.granted):  # the policy keeps them grouped
                self.holder.current = self.holder.current.with_exceptions(granted)
                log.info("exceptions_loaded", in_force=len(granted))

    def ready(self) -> bool:
        if self.server is None or not self.server.is_serving():
            return False
        try:
            self.store.ping()
        except Exception:
            return False
        return True

    def refresh_gauges(self) -> None:
        try:
            held, backlog = self.store.gauges()
        except Exception:
            return
        self.metrics.held.set(held)
        self.metrics.outbox.set(backlog)

    async def _start_http(self, listen: str) -> None:
        host, port = split_host_port(listen)
        config = uvicorn.Config(
            metrics_app(self.metrics, self.ready, self.refresh_gauges),
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        self._http = uvicorn.Server(config)
        self._http_task = asyncio.get_running_loop().create_task(self._http.serve())
        while not self._http.started and not self._http_task.done():  # noqa: ASYNC110 - uvicorn offers no event
            await asyncio.sleep(0.01)
        if self._http_task.done():
            raise OSError(f"cannot serve metrics on {listen}")

    def reload(self) -> bool:
        """Re-read policy.yaml. Invalid: logged, old policy stays. Returns whether it swapped."""
        self.policy_stamp = file_stamp(self.policy_path)  # before the read: a later edit is a change
        new = reread(self.policy_path, self.overrides, self.holder.current)
        if new is None:
            return False
        try:
            paths = self._tls_paths(new)
            load_tls(self.tls_context, *paths)
            self.tls_paths = paths
        except TlsError as exc:
            log.error("reload_refused", problems=[str(exc)])
            return False
        self.gateway.limiter.limits = new.limits
        # a reload keeps the roster and the granted exceptions (both come from the store)
        self.holder.current = new.with_roster(self.holder.current.roster).with_exceptions(self.holder.current.granted)
        freeze_startup_objects()
        log.info("policy_reloaded", policy=new.source)
        return True

    async def stop(self) -> None:
        """Stop listening, let transactions in flight finish (up to shutdown_grace), close."""
        grace = self.holder.current.server.shutdown_grace
        for task in (self._watch_task, self._roster_task, self._exceptions_task):
            if task is not None:
                task.cancel()
        for server in (self.server, self.tls_server):
            if server is not None:
                server.close()
        active = self.gateway.active_transactions
        if active:
            log.info("draining", transactions=active, grace_s=grace)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.gateway.idle.wait(), timeout=grace)
        for proto in list(self.gateway.protocols):
            transport = cast(asyncio.WriteTransport | None, proto.transport)
            if transport is not None and not transport.is_closing():
                with contextlib.suppress(Exception):
                    transport.write(b"421 4.3.2 Service shutting down, please try again later\r\n")
                transport.close()
        if self.server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.server.wait_closed(), timeout=5)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.gateway.close_pool(), timeout=5)
        if self._http is not None and self._http_task is not None:
            self._http.should_exit = True
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._http_task, timeout=5)
        self._outbox_stop.set()
        if self._outbox_task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._outbox_task, timeout=10)
        self.store.close()
        log.info("stopped")


EXCEPTIONS_INTERVAL = 1.0  # seconds between looks at the store's exceptions


class GrantedWatch:
    """The store's exceptions as the gateway last read them: read again only when the store's
    generation moved; :meth:`in_force` leaves out the ones past their end by the store's clock."""

    def __init__(self, store: Store):
        self.store = store
        self.generation = -1
        self.loaded: tuple[GrantedException, ...] = ()
        self.refresh()

    def refresh(self) -> bool:
        """Read the list again if it changed; whether it did."""
        generation = self.store.exceptions_generation()
        if generation == self.generation:
            return False
        self.loaded = tuple(e.granted() for e in self.store.list_exceptions(in_force_only=True))
        self.generation = generation
        return True

    def in_force(self) -> tuple[GrantedException, ...]:
        now = self.store.now()
        return tuple(e for e in self.loaded if now < e.expires_at)


class RosterUnavailable(Exception):
    """The policy requires a pupil list and the store has none, or it cannot be read."""


def load_roster(store: Store, policy: Policy, *, strict: bool | None = None) -> tuple[int, Roster | None]:
    """The store's roster generation and roster (None when no school imported one). Raises
    :class:`RosterUnavailable` when it is missing while ``roster.required``, or when it cannot be used and
    ``strict`` (default: ``roster.required``); else an unusable roster is logged and left out: the gateway
    runs without it rather than not at all."""
    generation = store.roster_generation()
    try:
        loaded = roster_mod.from_store(store)
    except (ValueError, KeyError, struct.error) as exc:
        problem = f"de leerlingenlijst in {store.path} is onbruikbaar: {exc}"
        if strict if strict is not None else policy.roster_settings.required:
            raise RosterUnavailable(problem) from None
        log.error("roster_unusable", detail=problem)
        loaded = None
    if loaded is None and policy.roster_settings.required:
        raise RosterUnavailable(
            f"de policy vereist een leerlingenlijst (roster.required) maar de opslag {store.path} heeft er geen: "
            "importeer ze met 'discretie roster import BESTAND.csv --school NAAM'"
        )
    return generation, loaded


def freeze_startup_objects() -> None:
    """Move what exists now (modules, the compiled policy: lexicon automata, pydantic models) out
    of the garbage collector's sight. Full collections otherwise walk all of it, and under load
    each one stalled every transaction in flight for about 30 ms (p99 latency 50-65 ms against
    the bare relay's 27 ms, bench/load.py). Called again after each reload; parts of a replaced
    policy that only the cycle collector could free stay in memory until the process ends."""
    gc.collect()
    gc.freeze()


async def run(policy: Policy, policy_path: str | None, overrides: Overrides, stamp: FileStamp | None) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    try:
        running = Running(policy, policy_path, overrides, stamp)
    except StoreError as exc:
        log.error("store_unavailable", detail=str(exc))
        return 1
    except TlsError as exc:
        log.error("tls_unavailable", detail=str(exc))
        return 1
    except RosterUnavailable as exc:
        log.error("roster_unavailable", detail=str(exc))
        return 1
    # Handlers before the port opens: a signal sent as soon as the port answers (a supervisor,
    # systemd's reload, a test) must not meet the default action, which ends the process.
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.add_signal_handler(signal.SIGHUP, running.reload)
    try:
        await running.start()
    except OSError as exc:
        log.error("cannot_listen", listen=policy.server.listen, detail=exc.strerror or str(exc))
        running.store.close()
        return 1
    await stop.wait()
    log.info("shutdown_requested")
    await running.stop()
    return 0


def serve(policy_path: str | None, overrides: Overrides) -> int:
    stamp = file_stamp(policy_path)
    policy = overrides.apply(load_policy(policy_path))
    if not policy.store.url:
        Path(policy.store.path).parent.mkdir(parents=True, exist_ok=True)
    if overrides.workers <= 1:
        return asyncio.run(run(policy, policy_path, overrides, stamp))
    return supervise(policy, policy_path, overrides)


def keep_restart_keys(new: Policy, old: Policy) -> tuple[Policy, list[str]]:
    """``new`` with what only a restart changes taken from ``old`` (the port, the upstream, the
    store, the implicit-TLS port, the PROXY protocol: the listening sockets, the upstream and the
    store are opened once, and the workers share them), and the names of those ``new`` changed."""
    changed = [
        name
        for name, value, running in (
            ("server.listen", new.server.listen, old.server.listen),
            ("server.upstream", new.server.upstream, old.server.upstream),
            ("store", new.store, old.store),
            ("tls.implicit_port", new.tls.implicit_port, old.tls.implicit_port),
            ("proxy_protocol", new.proxy_protocol, old.proxy_protocol),
        )
        if value != running
    ]
    if not changed:
        return new, []
    server = new.server.model_copy(update={"listen": old.server.listen, "upstream": old.server.upstream})
    tls = new.tls.model_copy(update={"implicit_port": old.tls.implicit_port})
    update = {"server": server, "store": old.store, "tls": tls, "proxy_protocol": old.proxy_protocol}
    return new.model_copy(update=update), changed


def reread(policy_path: str | None, overrides: Overrides, running: Policy) -> Policy | None:
    """policy.yaml read again to replace ``running`` (a reload, a restarted worker): None when it
    is invalid (logged; ``running`` stays), else the new policy with the restart-only keys kept."""
    try:
        fresh = overrides.apply(load_policy(policy_path))
    except PolicyError as exc:
        log.error("reload_refused", problems=[str(p) for p in exc.problems])
        return None
    new, changed = keep_restart_keys(fresh, running)
    for key in changed:
        log.warning("reload_needs_restart", key=key)
    return new


def _worker_main(policy: Policy, policy_path: str | None, overrides: Overrides) -> None:
    # The fork copied the supervisor's forwarding handler; until the worker's loop installs its
    # own, a stop ends the worker plainly (it has accepted nothing yet) and a reload is moot (the
    # policy is read below).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # A worker restarted after the admin changed policy.yaml runs what its siblings run, not the
    # policy the supervisor read at start. An invalid file keeps that one (as a reload does).
    stamp = file_stamp(policy_path)
    policy = reread(policy_path, overrides, policy) or policy
    raise SystemExit(asyncio.run(run(policy, policy_path, overrides, stamp)))


def supervise(policy: Policy, policy_path: str | None, overrides: Overrides) -> int:
    """Run ``overrides.workers`` gateway processes on one port (SO_REUSEPORT: the kernel spreads
    connections) and one store (SQLite WAL is multi-process safe; outbox items are leased).
    SIGTERM/SIGINT/SIGHUP are passed on; a worker that dies is restarted."""
    # Everything that must exist exactly once is created before forking: the store (schema,
    # key file) and the self-signed certificate.
    try:
        with Store.open_configured(policy.store) as store:
            load_roster(store, policy)
        Running._tls_paths(policy)
    except (StoreError, TlsError, RosterUnavailable) as exc:
        log.error("startup_failed", detail=str(exc))
        return 1
    context = multiprocessing.get_context("fork")
    stopping = False
    procs: dict[int, multiprocessing.process.BaseProcess] = {}

    def start(index: int) -> None:
        worker = dataclasses.replace(overrides, worker=index)
        proc = context.Process(target=_worker_main, args=(policy, policy_path, worker), name=f"discretie-{index}")
        proc.start()
        procs[index] = proc

    def forward(signum: int, frame: object) -> None:
        nonlocal stopping
        if signum in (signal.SIGTERM, signal.SIGINT):
            stopping = True
        for proc in procs.values():
            if proc.pid is not None and proc.is_alive():
                os.kill(proc.pid, signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    for index in range(overrides.workers):
        start(index)
    log.info("workers_started", workers=overrides.workers, pids=[p.pid for p in procs.values()])
    failures = 0
    while procs:
        multiprocessing.connection.wait([p.sentinel for p in procs.values()], timeout=1.0)
        for index, proc in list(procs.items()):
            if proc.is_alive():
                continue
            proc.join()
            del procs[index]
            if stopping:
                continue
            failures += 1
            log.error("worker_died", worker=index, exitcode=proc.exitcode)
            if proc.exitcode == 1 and failures > 3 * overrides.workers:
                log.error("workers_keep_failing")  # e.g. the port is taken: do not spin
                forward(signal.SIGTERM, None)
                continue
            time.sleep(min(5.0, 0.2 * failures))
            start(index)
    return 0
