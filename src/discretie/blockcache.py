"""The blocked senders in memory, for the relay's mail to the staff only.

A message to nobody outside the staff counts nothing for ``rules.hijack``: only a block of its
sender matters (a blocked account's mail is held, to anyone). On SQLite the relay reads that at
once from the file; on PostgreSQL it cost a store thread's round trip to the server for every
such message, about 0.45 ms of the gateway's CPU (docs/performance.md). The relay keeps instead
the blocked addresses, read in one statement, asks again once the answer is ``refresh`` seconds
old, and uses it while it is younger than ``max_age``: a block made on another instance (or by the
DPO on the command line or the web console) holds this instance's mail to the staff at most
``max_age`` seconds later; the mail to outsiders always asks the store, which counts it. A block
this instance makes is in its own answer at once. An answer older than ``max_age`` (the store not
answering) is not used: the relay then asks the store for the message as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger("discretie.relay")

REFRESH = 0.5  # seconds: ask again when the answer is this old
MAX_AGE = 1.0  # seconds: an answer this old is not used (a block elsewhere waits at most this long)


class BlockCache:
    """``blocked()`` from the event loop; ``refresh()`` asks the store again when the answer is due."""

    def __init__(
        self, read: Callable[[], Awaitable[frozenset[str]]], *, refresh: float = REFRESH, max_age: float = MAX_AGE
    ):
        self._read = read
        self.refresh_after = refresh
        self.max_age = max_age
        self._addresses: frozenset[str] = frozenset()
        self._added: dict[str, float] = {}  # blocks made here: loop time, kept till an answer asked after it
        self._asked: float | None = None  # loop time the answer was asked for: its age counts from there
        self._task: asyncio.Task[None] | None = None
        self._failing = False

    def blocked(self, address: str, now: float) -> bool | None:
        """Whether ``address`` is blocked, from an answer younger than ``max_age``; None without one."""
        if self._asked is None or now - self._asked >= self.max_age:
            return None
        return address.strip().lower() in self._addresses

    def add(self, address: str, now: float) -> None:
        """A block this instance made at loop time ``now``: in the answer at once, and kept over an
        answer the store gave to a question asked before it."""
        address = address.strip().lower()
        self._added[address] = now
        self._addresses = self._addresses | {address}

    def refresh(self, loop: asyncio.AbstractEventLoop) -> None:
        """Ask the store again (in the background) when the answer is due and nobody is asking."""
        now = loop.time()
        if self._task is not None or (self._asked is not None and now - self._asked < self.refresh_after):
            return
        self._task = loop.create_task(self._ask(now))

    async def _ask(self, asked: float) -> None:
        try:
            addresses = await self._read()
        except Exception as exc:  # the relay asks the store per message while there is no fresh answer
            if not self._failing:
                log.warning("store_failed", op="blocked_senders", error=type(exc).__name__)
            self._failing = True
        else:
            self._added = {a: t for a, t in self._added.items() if t >= asked}
            self._addresses, self._asked, self._failing = addresses | frozenset(self._added), asked, False
        finally:
            self._task = None

    async def close(self) -> None:
        task = self._task
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
