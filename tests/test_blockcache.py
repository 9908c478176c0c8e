"""The blocked senders the relay keeps in memory on PostgreSQL (discretie.blockcache): how old an
answer may be, when the store is asked again, a failing store, and a block this instance made."""

from __future__ import annotations

import asyncio

import pytest
from structlog.testing import capture_logs

from discretie.blockcache import MAX_AGE, REFRESH, BlockCache


class Answers:
    """The store's side: each question counted, answered with ``addresses`` (or ``error``), after
    ``release`` is set when ``hold`` is."""

    def __init__(self, *addresses: str) -> None:
        self.addresses = frozenset(addresses)
        self.asked = 0
        self.error: Exception | None = None
        self.hold = False
        self.release = asyncio.Event()

    async def read(self) -> frozenset[str]:
        self.asked += 1
        if self.hold:
            await self.release.wait()
        if self.error is not None:
            raise self.error
        return self.addresses


async def answered(cache: BlockCache, loop: asyncio.AbstractEventLoop) -> None:
    cache.refresh(loop)
    for _ in range(10):
        await asyncio.sleep(0)


def test_the_defaults_bound_a_block_elsewhere_to_one_second() -> None:
    assert (REFRESH, MAX_AGE) == (0.5, 1.0)
    cache = BlockCache(Answers().read)
    assert (cache.refresh_after, cache.max_age) == (REFRESH, MAX_AGE)


async def test_no_answer_until_the_store_gave_one_then_by_address_in_any_case() -> None:
    loop = asyncio.get_running_loop()
    store = Answers("an.devos@sintpieterscollege.be")
    cache = BlockCache(store.read)
    assert cache.blocked("an.devos@sintpieterscollege.be", loop.time()) is None
    await answered(cache, loop)
    assert store.asked == 1
    assert cache.blocked(" An.Devos@SintPietersCollege.be ", loop.time()) is True
    assert cache.blocked("jan.peeters@spc.ksleuven.be", loop.time()) is False


async def test_an_answer_is_used_until_max_age_after_it_was_asked() -> None:
    loop = asyncio.get_running_loop()
    store = Answers()
    store.hold = True
    cache = BlockCache(store.read, refresh=5.0, max_age=0.3)
    asked = loop.time()
    cache.refresh(loop)
    await asyncio.sleep(0.15)  # the store takes its time
    store.release.set()
    await answered(cache, loop)
    assert cache.blocked("x@y.be", asked + 0.29) is False
    assert cache.blocked("x@y.be", asked + 0.31) is None  # counted from the question, not the answer


async def test_the_store_is_asked_again_only_when_the_answer_is_due_and_once_at_a_time() -> None:
    loop = asyncio.get_running_loop()
    store = Answers()
    cache = BlockCache(store.read, refresh=0.05, max_age=10.0)
    await answered(cache, loop)
    await answered(cache, loop)
    assert store.asked == 1  # not due yet
    await asyncio.sleep(0.06)
    store.hold = True
    cache.refresh(loop)
    await asyncio.sleep(0)
    cache.refresh(loop)  # one question under way: no second
    await asyncio.sleep(0)
    assert store.asked == 2
    store.addresses = frozenset({"x@y.be"})
    store.release.set()
    await answered(cache, loop)
    assert cache.blocked("x@y.be", loop.time()) is True
    await cache.close()


async def test_a_failing_store_leaves_the_old_answer_to_age_out_and_is_logged_once() -> None:
    loop = asyncio.get_running_loop()
    store = Answers("x@y.be")
    cache = BlockCache(store.read, refresh=0.0, max_age=0.2)
    await answered(cache, loop)
    store.error = RuntimeError("server gone")
    with capture_logs() as logs:
        await answered(cache, loop)
        await answered(cache, loop)
    assert store.asked == 3
    assert [(e["event"], e["op"], e["error"]) for e in logs] == [("store_failed", "blocked_senders", "RuntimeError")]
    assert cache.blocked("x@y.be", loop.time()) is True  # the answer from before the failures
    await asyncio.sleep(0.2)
    assert cache.blocked("x@y.be", loop.time()) is None
    store.error = None
    with capture_logs() as logs:
        await answered(cache, loop)
        store.error = RuntimeError("again")
        await answered(cache, loop)
    assert [e["event"] for e in logs] == ["store_failed"]  # logged again after an answer came in between


async def test_a_block_made_here_counts_at_once_and_outlives_an_answer_asked_before_it() -> None:
    loop = asyncio.get_running_loop()
    store = Answers()
    cache = BlockCache(store.read, refresh=0.0, max_age=10.0)
    await answered(cache, loop)
    store.hold = True
    cache.refresh(loop)
    await asyncio.sleep(0)  # asked before the block; the store answers without it
    cache.add("An.Devos@sintpieterscollege.be", loop.time())
    assert cache.blocked("an.devos@sintpieterscollege.be", loop.time()) is True
    store.release.set()
    await answered(cache, loop)
    assert cache.blocked("an.devos@sintpieterscollege.be", loop.time()) is True
    store.hold = False
    await asyncio.sleep(0.001)
    await answered(cache, loop)  # asked after the block: the store's answer decides (the DPO lifted it)
    assert store.asked == 3
    assert cache.blocked("an.devos@sintpieterscollege.be", loop.time()) is False


async def test_close_stops_a_question_under_way() -> None:
    loop = asyncio.get_running_loop()
    store = Answers()
    store.hold = True
    cache = BlockCache(store.read)
    cache.refresh(loop)
    await asyncio.sleep(0)
    await cache.close()
    assert cache.blocked("x@y.be", loop.time()) is None
    with pytest.raises(AssertionError):
        assert store.release.is_set()
