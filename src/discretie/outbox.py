"""The outbox worker: delivers notifications and released messages, with retries, and runs the
retention purge once a day.

Exactly once: an item is claimed in a transaction (state 'sending' with a lease for this
worker) before it is sent, so two gateway processes on one store never both send it. Only a
worker that dies in the middle of a delivery leaves an item whose lease runs out; it is then
sent again (at least once beats never).

Retries: a temporary failure (4xx, upstream unreachable) waits 1 min, doubling to at most 1 h;
after 5 days the worker gives up: a notification goes to 'failed' with an audit entry, a
released message goes back to 'held' with the reason (nothing held is ever lost).

Released messages go through the normal path: parse, ``pipeline.check`` with the rules that
held it approved, the BCC rewrite when the verdict asks for it, delivery. If another rule now
holds or rejects it, or the upstream refuses it for good, it goes back to 'held' with a note.
A release item's ``data`` is the reviewer's message to the sender (encrypted like a
notification), put into the "vrijgegeven" notice once the upstream took the message.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import secrets
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

import structlog

from discretie.access import Users, in_networks, sender_allowed
from discretie.model import Action, Message, Verdict
from discretie.policy import Policy
from discretie.redact import mask_addresses_in
from discretie.store import HeldMessage, NotFound, OutboxItem, PurgeResult, Store, StoreError

log = structlog.get_logger("discretie.outbox")

T = TypeVar("T")


class Delivery(Protocol):
    """What ``deliver`` returns (discretie.upstream.DeliveryResult)."""

    @property
    def ok(self) -> bool: ...
    @property
    def temporary(self) -> bool: ...
    @property
    def code(self) -> int: ...
    @property
    def message(self) -> str: ...
    @property
    def refused(self) -> dict[str, tuple[int, str]]: ...


Deliver = Callable[[str, list[str], bytes], Awaitable[Delivery]]
Check = Callable[[Message, Policy, frozenset[str]], Verdict]


def _pipeline_check(message: Message, policy: Policy, approved: frozenset[str]) -> Verdict:
    from discretie import pipeline

    return pipeline.check(message, policy, approved=approved)


def reply_text(result: Delivery) -> str:
    """One line: the upstream's answer, plus the recipients it refused; every address masked
    (``o***@gmail.com``): this text is logged and kept in the store and the audit log."""
    text = f"{result.code} {' '.join(str(result.message).split())}".strip()
    if result.refused:
        refused = "; ".join(f"{rcpt}: {code} {' '.join(msg.split())}" for rcpt, (code, msg) in result.refused.items())
        text += f" (geweigerd: {refused})"
    return mask_addresses_in(text)[:1000]


def send_as_problem(held: HeldMessage, message: Message, policy: Policy, users: Users) -> str | None:
    """Why a released message may not go out with its senders, or None. A release goes out as
    the login that submitted it would: its envelope sender and every From address must be ones
    that login may use now (access.sender_allowed). A message held before the login was kept
    (schema 3) from a client outside allowed_networks under passthrough has no known login."""
    login = held.auth_login
    if login is None:
        host = (held.peer or "").rpartition(":")[0].strip("[]")
        if policy.auth.backend == "passthrough" and not in_networks(host, policy.networks):
            return (
                "niet verzonden: dit bericht werd vastgehouden voor Discretie de login van de afzender "
                "bijhield, en kwam via AUTH binnen: of de afzender dit adres mocht gebruiken, valt niet na "
                "te gaan. Weiger het; de afzender kan het opnieuw versturen."
            )
        return None
    senders = [held.mail_from, *(a.key for a in message.from_)]
    if all(sender_allowed(policy.auth, users, policy.school.is_school_domain, login, a) for a in senders):
        return None
    return (
        "niet verzonden: de afzender (envelop of From) is geen adres dat de login waarmee het bericht werd "
        "ingediend mag gebruiken (nooit toegestaan, of het recht werd ingetrokken). Weiger het bericht, "
        "of geef die login het recht (auth.send_as) en geef het opnieuw vrij."
    )


def bcc_moves(held: HeldMessage, verdict: Verdict) -> tuple[str, ...]:
    """The addresses a released message loses from its visible To and Cc: the BCC rewrite the
    verdict asks for, also when the rule asking for it was approved (a hold for visible
    recipients is released with the rewrite, not with everyone visible), and on a partial
    release the recipients left out (they do not get it; the others need not see them)."""
    moves = [*verdict.move_to_bcc] if verdict.action is Action.REWRITE else []
    moves += [a.lower() for f in verdict.findings if f.rule in held.held_by for a in f.move_to_bcc]
    moves += [a.lower() for a in held.not_released_to]
    return tuple(dict.fromkeys(moves))


def last_digest_time(now: float, hh_mm: str) -> float:
    """The latest moment at local time ``hh_mm`` (``07:00``) not after ``now``."""
    hour, minute = (int(part) for part in hh_mm.split(":"))
    day = datetime.fromtimestamp(now)
    at = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if at.timestamp() > now:
        at = (day - timedelta(days=1)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return at.timestamp()


def _reasons(verdict: Verdict, rules: Iterable[str]) -> str:
    wanted = set(rules)
    reasons = [f.reason for f in verdict.notable if f.rule in wanted]
    return " ".join(dict.fromkeys(reasons))[:500]


class Outbox:
    """``await Outbox(store, deliver, policy_getter, hostname).run(stop)`` until ``stop`` is set."""

    def __init__(
        self,
        store: Store,
        deliver: Deliver,
        policy_getter: Callable[[], Policy],
        hostname: str,
        *,
        executor: Executor | None = None,
        poll_interval: float = 1.0,
        batch: int = 10,
        lease_seconds: float = 900.0,
        backoff_start: float = 60.0,
        backoff_max: float = 3600.0,
        give_up_after: float = 5 * 86400.0,
        retention: bool = True,
        retention_interval: float = 86400.0,
        retention_check: float = 3600.0,
        check: Check | None = None,
        clock: Callable[[], float] | None = None,
    ):
        self.store = store
        self.deliver = deliver
        self.policy_getter = policy_getter
        self.hostname = hostname
        self.owner = f"{hostname}:{os.getpid()}:{secrets.token_hex(4)}"
        self.actor = f"discretie@{hostname}"
        self.poll_interval = poll_interval
        self.batch = batch
        self.lease_seconds = lease_seconds
        self.backoff_start = backoff_start
        self.backoff_max = backoff_max
        self.give_up_after = give_up_after
        self.retention = retention
        self.retention_interval = retention_interval
        self.retention_check = retention_check
        self._check = check or _pipeline_check
        self._clock = clock or store.now
        self._executor = executor
        self._own_executor = executor is None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._retry_requested = False
        self._backlog = True  # items may be waiting for a retry (also from before a restart)
        self._users: Users | None = None

    # -- plumbing ----------------------------------------------------------------------------

    async def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-store")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def notify(self) -> None:
        """Wake the worker now (new work was committed). Safe from any thread."""
        loop, wake = self._loop, self._wake
        if loop is None or wake is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            wake.set()
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def retry_now(self) -> None:
        """Retry every waiting item at once (e.g. the upstream is known to be back). Any thread."""
        self._retry_requested = True
        self.notify()

    def backoff(self, attempts: int) -> float:
        """Delay after the ``attempts``-th failure: 1 min, 2, 4 ... at most 1 h."""
        return float(min(self.backoff_start * 2 ** max(attempts - 1, 0), self.backoff_max))

    @staticmethod
    async def _wait_any(events: Iterable[asyncio.Event], timeout: float) -> None:
        tasks = [asyncio.ensure_future(e.wait()) for e in events]
        try:
            await asyncio.wait(tasks, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    # -- the loop ------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self.store.subscribe(self.notify)
        retention = asyncio.create_task(self._retention_loop(stop)) if self.retention else None
        log.info("outbox_started", owner=self.owner)
        try:
            while not stop.is_set():
                self._wake.clear()
                try:
                    worked = await self.run_once(stop)
                except StoreError as exc:
                    log.error("outbox_store_error", detail=str(exc)[:300])
                    worked = 0
                except Exception as exc:  # the worker must keep going
                    log.exception("outbox_error", error=type(exc).__name__)
                    worked = 0
                if worked and not stop.is_set():
                    continue
                await self._wait_any((stop, self._wake), self.poll_interval)
        finally:
            self.store.unsubscribe(self.notify)
            if retention is not None:
                retention.cancel()
                await asyncio.gather(retention, return_exceptions=True)
            if self._own_executor and self._executor is not None:
                self._executor.shutdown(wait=False)
                self._executor = None
            log.info("outbox_stopped", owner=self.owner)

    async def run_once(self, stop: asyncio.Event | None = None) -> int:
        """Claim what is due and deliver it; returns how many items were handled. Items not yet
        started when ``stop`` is set (or the task is cancelled) are given back at once."""
        if self._retry_requested:
            self._retry_requested = False
            await self._call(self.store.retry_outbox_now)
        items = await self._call(
            self.store.claim_outbox, self.owner, limit=self.batch, lease_seconds=self.lease_seconds
        )
        done = 0
        try:
            for item in items:
                if stop is not None and stop.is_set():
                    break
                done += 1  # counted before: an item cut off mid-delivery keeps its lease
                await self.process(item)
        finally:
            rest = [item.id for item in items[done:]]
            if rest:
                # Synchronous on purpose: this also runs while the task is being cancelled.
                with contextlib.suppress(StoreError):
                    self.store.unclaim_outbox(rest, self.owner)
        return done

    async def process(self, item: OutboxItem) -> None:
        try:
            if item.kind == "release":
                await self._release(item)
            else:
                await self._send(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # one bad item must not stop the others
            log.exception("outbox_item_error", item=item.id, kind=item.kind, ref=item.ref)
            with contextlib.suppress(StoreError):
                await self._temporary(item, f"interne fout: {type(exc).__name__}: {str(exc)[:200]}")

    async def _deliver(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> Delivery:
        return await asyncio.wait_for(self.deliver(mail_from, rcpt_tos, data), timeout=self.lease_seconds / 2)

    async def _send(self, item: OutboxItem) -> None:
        if item.data is None:
            await self._call(self.store.fail_outbox, item.id, error="geen inhoud", actor=self.actor)
            return
        try:
            result = await self._deliver(item.mail_from, list(item.rcpt_tos), item.data)
        except TimeoutError:
            await self._temporary(item, "time-out bij de upstream")
            return
        if result.ok:
            await self._call(self.store.finish_outbox, item.id, reply=reply_text(result))
            log.info("outbox_sent", item=item.id, kind=item.kind, ref=item.ref, attempts=item.attempts)
            await self._upstream_works()
        elif result.temporary:
            await self._temporary(item, reply_text(result))
        else:
            log.warning("outbox_refused", item=item.id, kind=item.kind, ref=item.ref, reply=reply_text(result))
            await self._call(self.store.fail_outbox, item.id, error=reply_text(result), actor=self.actor)

    async def _upstream_works(self) -> None:
        """A delivery succeeded: whatever waits for a retry need not wait for its backoff."""
        if self._backlog:
            self._backlog = False
            count = await self._call(self.store.retry_outbox_now)
            if count:
                log.info("outbox_upstream_back", due_now=count)

    async def _temporary(self, item: OutboxItem, error: str) -> None:
        now = self._clock()
        if now - item.created_at >= self.give_up_after:
            days = self.give_up_after / 86400
            log.error("outbox_gave_up", item=item.id, kind=item.kind, ref=item.ref, error=error)
            if item.kind == "release" and item.ref:
                await self._call(
                    self.store.release_back_to_held,
                    item.id,
                    item.ref,
                    reason=(
                        f"niet verzonden: de upstream was {days:g} dagen onbereikbaar of weigerde tijdelijk "
                        f"({error}); geef het bericht opnieuw vrij als de upstream weer werkt"
                    ),
                    reply=error,
                    actor=self.actor,
                )
            else:
                await self._call(
                    self.store.fail_outbox, item.id, error=f"opgegeven na {days:g} dagen: {error}", actor=self.actor
                )
            return
        self._backlog = True
        delay = self.backoff(item.attempts)
        log.info("outbox_retry", item=item.id, kind=item.kind, ref=item.ref, error=error[:200], retry_in_s=delay)
        await self._call(self.store.retry_outbox, item.id, error=error, next_attempt_at=now + delay)

    async def _release(self, item: OutboxItem) -> None:
        ref = item.ref or ""
        try:
            current = await self._call(self.store.get_message, ref)
        except NotFound:
            await self._call(self.store.fail_outbox, item.id, error=f"{ref} bestaat niet meer", actor=self.actor)
            return
        if current.state != "releasing":  # already handled (e.g. by a worker whose lease ran out)
            await self._call(self.store.finish_outbox, item.id, reply=f"niets te doen: status {current.state}")
            return
        try:
            held, raw = await self._call(self.store.load_release, ref)
        except StoreError as exc:
            await self._call(
                self.store.release_back_to_held, item.id, ref, reason=f"niet verzonden: {exc}", actor=self.actor
            )
            return
        policy = self.policy_getter()
        approved = frozenset(held.held_by)
        rcpts = held.release_to or held.rcpt_tos  # a partial release: only the recipients chosen
        message, verdict = await asyncio.to_thread(self._decide, raw, held.mail_from, rcpts, policy, approved)
        problem = send_as_problem(held, message, policy, self._users_of(policy))
        if problem is not None:
            log.warning("release_refused_sender", ref=ref, login=held.auth_login)
            await self._call(self.store.release_back_to_held, item.id, ref, reason=problem, actor=self.actor)
            return
        if verdict.action in (Action.HOLD, Action.REJECT):
            rules = verdict.decisive or verdict.rules
            reason = (
                f"na vrijgave opnieuw tegengehouden door regel {', '.join(rules)}: {_reasons(verdict, rules)} "
                "Bekijk het opnieuw en geef het vrij of weiger het."
            )
            log.info("release_held_again", ref=ref, rules=list(rules), action=verdict.action.value)
            await self._call(
                self.store.release_back_to_held, item.id, ref, reason=reason, verdict=verdict, actor=self.actor
            )
            return
        data = raw
        moves = bcc_moves(held, verdict)
        if moves:
            from discretie.rewrite import move_to_bcc

            data = move_to_bcc(raw, moves)
        try:
            result = await self._deliver(held.mail_from, list(rcpts), data)
        except TimeoutError:
            await self._temporary(item, "time-out bij de upstream")
            return
        if result.ok:
            # The release's own row carries the reviewer's message to the sender (None: no message).
            to_sender = item.data.decode("utf-8", "replace") if item.data else ""
            await self._call(
                self.store.release_delivered,
                item.id,
                ref,
                reply=reply_text(result),
                policy=policy,
                actor=self.actor,
                message=to_sender,
            )
            log.info("released", ref=ref, reply=reply_text(result)[:200])
            await self._upstream_works()
        elif result.temporary:
            await self._temporary(item, reply_text(result))
        else:
            log.warning("release_refused", ref=ref, reply=reply_text(result)[:200])
            await self._call(
                self.store.release_back_to_held,
                item.id,
                ref,
                reason=f"de upstream weigerde het bericht: {reply_text(result)}",
                reply=reply_text(result),
                actor=self.actor,
            )

    def _decide(
        self, raw: bytes, mail_from: str, rcpt_tos: tuple[str, ...], policy: Policy, approved: frozenset[str]
    ) -> tuple[Message, Verdict]:
        from discretie.message import parse

        message = parse(raw, mail_from, rcpt_tos)
        return message, self._check(message, policy, approved)

    def _users_of(self, policy: Policy) -> Users:
        """The users file of the policy in force (re-read when it changes)."""
        if self._users is None or str(self._users.path) != policy.auth.users_file:
            self._users = Users(policy.auth.users_file)
        return self._users

    # -- retention -------------------------------------------------------------------------------

    async def purge_if_due(self) -> PurgeResult | None:
        """Purge with the policy's retention when the last purge (by any process) is older than
        ``retention_interval``."""
        last = await self._call(self.store.last_purge_at)
        if last is not None and self._clock() - last < self.retention_interval:
            return None
        retention = self.policy_getter().retention
        result = await self._call(
            self.store.purge,
            older_than_days=retention.held_days,
            incidents_older_than_days=retention.incident_days,
            audit_older_than_days=retention.audit_days,
            breaches_older_than_days=retention.breach_days,
            trace_older_than_days=retention.trace_days,
            senders_older_than_days=retention.sender_days,
            actor=self.actor,
            via="gateway",
        )
        log.info(
            "retention_purge",
            messages=result.total_messages,
            incidents=result.incidents,
            outbox=result.outbox,
            audit=result.audit,
            trace=result.trace,
            held_days=retention.held_days,
            incident_days=retention.incident_days,
        )
        return result

    async def digest_if_due(self) -> int | None:
        """Queue the DPO's daily overview up to the last ``reports.digest_time`` (local time) when
        no instance did yet (the store decides once); None when it was done already."""
        policy = self.policy_getter()
        until = last_digest_time(self._clock(), policy.reports.digest_time)
        count = await self._call(self.store.enqueue_digest, policy, until=until)
        if count is not None:
            log.info("digest", incidents=count, until=until)
        return count

    async def _retention_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.digest_if_due()
            except StoreError as exc:
                log.error("digest_failed", detail=str(exc)[:300])
            except Exception as exc:
                log.exception("digest_error", error=type(exc).__name__)
            try:
                await self.purge_if_due()
            except StoreError as exc:
                log.error("retention_failed", detail=str(exc)[:300])
            except Exception as exc:
                log.exception("retention_error", error=type(exc).__name__)
            await self._wait_any((stop,), self.retention_check)
