"""The gateway's side of the message trace (:mod:`discretie.store.trace`): entries are collected in
memory as messages are decided and written in one transaction per ``interval`` (or per ``batch``
entries), in a thread of their own, so the relay never waits for the trace. Hashing the recipients
happens there too. A failing write is logged and dropped: the trace must never hold up or lose mail.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import structlog

from discretie.store.trace import TraceEntry

log = structlog.get_logger("discretie.trace")

Write = Callable[[Sequence[TraceEntry]], int]


class TraceWriter:
    """``add()`` from the event loop; ``flush()`` writes what is waiting (also at shutdown)."""

    def __init__(self, write: Write, *, interval: float = 1.0, batch: int = 500):
        self._write = write
        self.interval = interval
        self.batch = batch
        self._pending: list[TraceEntry] = []
        self._timer: asyncio.TimerHandle | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="trace")
        self._tasks: set[asyncio.Future[None]] = set()

    def add(self, entry: TraceEntry) -> None:
        self._pending.append(entry)
        loop = asyncio.get_running_loop()
        if len(self._pending) >= self.batch:
            self._start(loop)
        elif self._timer is None:
            self._timer = loop.call_later(self.interval, self._start, loop)

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        entries, self._pending = self._pending, []
        if entries:
            task = asyncio.ensure_future(loop.run_in_executor(self._executor, self._save, entries))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _save(self, entries: list[TraceEntry]) -> None:
        try:
            self._write(entries)
        except Exception as exc:  # the trace is a record, not mail: never fail anything for it
            log.error("trace_lost", entries=len(entries), error=type(exc).__name__, detail=str(exc)[:200])

    async def flush(self) -> None:
        """Write everything added so far and wait for it."""
        self._start(asyncio.get_running_loop())
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        with contextlib.suppress(RuntimeError):
            self._executor.shutdown(wait=True)
