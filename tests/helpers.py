"""Test helpers: a real upstream SMTP sink, a gateway running in a thread, a gateway subprocess.

Everything listens on 127.0.0.1 with explicit hostnames: nothing resolves names or leaves loopback.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from discretie.policy import Policy, load_policy

REPO = Path(__file__).resolve().parents[1]


def bench_module(script: str) -> ModuleType:
    """``bench/<script>.py`` as a module, loaded once (as ``discretie_bench_<script>``, registered in
    ``sys.modules``: dataclasses look their module up while the class is built)."""
    name = f"discretie_bench_{script}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{script}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


SHARED = REPO.parent / "shared"


def corpus(*parts: str, shared: Path = SHARED) -> Path:
    """``../shared/corpora/PARTS`` (the public test corpora laid beside the checkout, see README.md).
    Skips the calling test when ``../shared`` is not there at all (a bare clone); fails it when
    ``../shared`` is there but this corpus is missing or empty, so a lost corpus is never a silent skip."""
    path = shared.joinpath("corpora", *parts)
    if not shared.is_dir():
        pytest.skip(f"{shared} is not beside the checkout: no test corpora (see README.md)")
    if not (path.is_file() or (path.is_dir() and any(p.is_file() for p in path.rglob("*")))):
        pytest.fail(f"test corpus {path} is missing or empty, though {shared} is there")
    return path


def corpus_files(*parts: str) -> list[Path]:
    """Every file under ``../shared/corpora/PARTS``, sorted (see :func:`corpus`)."""
    return sorted(p for p in corpus(*parts).rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


def begin_data(s: socket.socket, sender: str, rcpt: str) -> Any:
    """On a raw client socket: greeting, HELO, MAIL, RCPT and DATA; returns the reader (a file the
    caller closes) once the server answered 354, ready for message bytes."""
    f = s.makefile("rb")
    f.readline()
    line = b""
    for cmd in (b"HELO client.test", f"MAIL FROM:<{sender}>".encode(), f"RCPT TO:<{rcpt}>".encode(), b"DATA"):
        s.sendall(cmd + b"\r\n")
        line = f.readline()
    assert line.startswith(b"354"), line
    return f


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    mail_options: list[str]


@dataclass
class SinkHandler:
    """An upstream that records what it accepted. Replies can be scripted per test."""

    received: list[Received] = field(default_factory=list)
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply line
    mail_reply: str | None = None
    data_reply: str | None = None
    data_delay: float = 0.0
    rset_delay: float = 0.0
    commands: list[str] = field(default_factory=list)

    async def handle_MAIL(self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        self.commands.append("MAIL")
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        self.commands.append("RCPT")
        if address.lower() in self.refuse_rcpt:
            return self.refuse_rcpt[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_RSET(self, server: SMTP, session: Any, envelope: Any) -> str:
        self.commands.append("RSET")
        if self.rset_delay:
            await asyncio.sleep(self.rset_delay)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        self.commands.append("DATA")
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_reply:
            return self.data_reply
        self.received.append(
            Received(
                envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content, list(envelope.mail_options)
            )
        )
        return "250 2.0.0 Ok: queued as SINK"


class LongLineSMTP(SMTP):
    """Upstreams such as Exchange Online accept lines far longer than RFC 5321's 1,000 octets."""

    line_length_limit = 8 * 1024 * 1024


class SinkController(Controller):
    def factory(self) -> SMTP:
        return LongLineSMTP(self.handler, **self.SMTP_kwargs)


class Sink:
    def __init__(self) -> None:
        self.handler = SinkHandler()
        self.port = free_port()
        self.controller = SinkController(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            server_hostname="sink.test",
            decode_data=False,
            enable_SMTPUTF8=True,
            data_size_limit=None,
        )

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.received

    def start(self) -> Sink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


def make_policy(tmp: Path, upstream: str, extra_yaml: str = "", base: str | None = None) -> tuple[Policy, Path]:
    """A policy file in ``tmp`` listening on a free port, storing under ``tmp``."""
    text = base if base is not None else (REPO / "policy.yaml").read_text("utf-8")
    port = free_port()
    text = text.replace("listen: 127.0.0.1:2525", f"listen: 127.0.0.1:{port}")
    text = text.replace("upstream: maildir:var/outbox", f"upstream: {upstream}")
    text = text.replace("path: var/discretie.db", f"path: {tmp / 'store.db'}")
    text = text.replace("shutdown_grace: 30", "shutdown_grace: 10")
    path = tmp / "policy.yaml"
    path.write_text(text + extra_yaml, "utf-8")
    return load_policy(path), path


class ThreadGateway:
    """The gateway (relay, store, outbox) running in its own event loop in a thread."""

    def __init__(self, policy: Policy, policy_path: Path | None = None):
        self.policy = policy
        self.policy_path = str(policy_path) if policy_path else None
        self.loop = asyncio.new_event_loop()
        self.running: Any = None
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.policy.server.listen.rsplit(":", 1)[1])

    def call(self, coro: Any, timeout: float = 30.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self) -> ThreadGateway:
        self.thread.start()

        from discretie.serve import Overrides, Running

        async def boot() -> None:
            self.running = Running(self.policy, self.policy_path, Overrides())  # flags: none
            await self.running.start()

        self.call(boot())
        return self

    def stop(self) -> None:
        if self.running is not None:
            self.call(self.running.stop(), timeout=60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


class ProcessGateway:
    """``python -m discretie serve`` as a real process (for signals and crash tests)."""

    def __init__(self, policy_path: Path, port: int, *extra: str):
        self.port = port
        self.args = [sys.executable, "-m", "discretie", "serve", "--policy", str(policy_path), *extra]
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = policy_path.parent / "serve.log"

    def start(self) -> ProcessGateway:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self._log_fh = open(self.log, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(self.args, stdout=self._log_fh, stderr=subprocess.STDOUT, env=env)
        wait_port(self.port)
        return self

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 30.0) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log_fh.close()

    def log_text(self) -> str:
        return self.log.read_text("utf-8", "replace")

    def wait_log(self, text: str, count: int = 1, timeout: float = 15.0) -> None:
        """Wait until ``text`` occurs ``count`` times in the log (asserted)."""
        deadline = time.monotonic() + timeout
        while self.log_text().count(text) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        assert self.log_text().count(text) >= count, text
