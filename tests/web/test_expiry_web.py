"""Issue 16 item 1 in the console: the queue and the message page show when a message expires,
the queue sorts by it, and messages close to it are flagged."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.review.expiry import dutch_date
from discretie.store import Store
from tests.web.conftest import hold
from tests.web.demo import SettableClock


def refs_on(html: str) -> list[str]:
    return re.findall(r'name="id" value="(D-[0-9A-Z]{8})"', html)


def test_queue_shows_sorts_and_flags_the_expiry(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    now = clock.now
    start = clock.now = now - 28 * 86400
    old = hold(store, policy, subject="Oud bericht")
    clock.now += 2 * 86400
    new = hold(store, policy, subject="Nieuw bericht")
    clock.now = now  # the old one has 2 days left, the new one 4 (warning: 3 days)
    page = signed_in.get("/queue")
    assert refs_on(page.text) == [new, old]
    row_old = page.text[page.text.index(f'value="{old}"') :]
    row_new = page.text[page.text.index(f'value="{new}"') : page.text.index(f'value="{old}"')]
    assert dutch_date(start + 30 * 86400, clock.now) in row_old and "nog 2 dagen" in row_old
    assert "bijna verlopen" in row_old
    assert "nog 4 dagen" in row_new and "bijna verlopen" not in row_new
    by_expiry = signed_in.get("/queue?sort=expiry")
    assert refs_on(by_expiry.text) == [old, new]
    assert 'aria-sort="ascending"' in by_expiry.text
    message = signed_in.get(f"/queue/{old}")
    assert f"verloopt op {dutch_date(start + 30 * 86400, clock.now)} (nog 2 dagen)" in message.text
    assert "bijna verlopen" in message.text
