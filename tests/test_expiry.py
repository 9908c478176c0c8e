"""Issue 16 item 1: every held message shows when the retention purge deletes it, and the purge
never comes before that moment (one computation for both)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from discretie.outbox import Outbox
from discretie.policy import Policy, load_policy, parse_policy
from discretie.review.expiry import dutch_date, expiry
from discretie.store import Store
from tests.test_review_cli import db, hold, q  # noqa: F401 - fixtures
from tests.test_store import Clock, Target, hold_one, target  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


def short_policy(days: int) -> Policy:
    return parse_policy(f"retention:\n  held_days: {days}\n  expiry_warning_days: 1\n")


async def _never(*_: object) -> None:  # pragma: no cover - nothing is delivered in these tests
    raise AssertionError("no delivery expected")


def test_the_gateway_purge_never_comes_before_the_expiry_shown(target: Target) -> None:  # noqa: F811
    """The gateway's daily purge (Outbox.purge_if_due with the policy in force) keeps a held
    message up to the moment expiry() shows and deletes it right after, on both back-ends."""
    policy = short_policy(2)
    clock = Clock()
    with target.open(clock=clock) as s:
        ref = hold_one(s, policy)
        shown = expiry(s.get_message(ref), policy, clock.now)
        assert shown.at == clock.now + 2 * 86400
        assert shown.days_left == 2 and not shown.soon
        box = Outbox(s, _never, lambda: policy, "gw.test", retention_interval=0.0, clock=clock)  # type: ignore[arg-type]
        clock.now = shown.at - 1
        assert expiry(s.get_message(ref), policy, clock.now).days_left == 1
        assert expiry(s.get_message(ref), policy, clock.now).soon  # warning_days: 1
        result = asyncio.run(box.purge_if_due())
        assert result is not None and result.total_messages == 0
        assert s.get_message(ref).state == "held"
        clock.now = shown.at + 1
        result = asyncio.run(box.purge_if_due())
        assert result is not None and result.messages == {"held": 1}
        assert s.list_messages() == []


def test_labels_say_the_date_and_the_days_left(policy: Policy) -> None:
    now = time.mktime((2026, 12, 5, 12, 0, 0, 0, 0, -1))
    assert dutch_date(time.mktime((2027, 1, 4, 9, 0, 0, 0, 0, -1)), now) == "4 januari 2027"
    assert dutch_date(time.mktime((2026, 12, 24, 9, 0, 0, 0, 0, -1)), now) == "24 december"


def test_queue_list_and_show_give_the_expiry(db: Path, policy: Policy) -> None:  # noqa: F811
    ref = hold(db, policy)
    with Store.open(db) as s:
        received = s.get_message(ref).received_at
    expected = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(received + 30 * 86400))
    day = dutch_date(received + 30 * 86400, time.time())
    listed = q(db, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    row = json.loads(listed.stdout.splitlines()[0])
    assert (row["id"], row["expires_at"], row["days_left"], row["expires_soon"]) == (ref, expected, 30, False)
    assert row["received_at"] and row["findings"]  # the fields already there stay (only added)
    table = q(db, "list")
    assert "VERLOOPT" in table.stdout.splitlines()[0] and f"{day} (30 d)" in table.stdout
    shown = q(db, "show", ref)
    assert f"Verloopt:     verloopt op {day} (nog 30 dagen)\n" in shown.stdout
    one = json.loads(q(db, "show", ref, "--json").stdout)
    assert (one["expires_at"], one["days_left"]) == (expected, 30)
