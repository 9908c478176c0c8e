"""The console's page of blocked senders (``rules.hijack``): listed with their burst, lifted by a
reviewer (audited with the reviewer's name, ``via: web``), CSRF-checked like every other form."""

from __future__ import annotations

import html

from starlette.testclient import TestClient

from discretie import notify
from discretie.message import parse
from discretie.model import Action, Finding, Severity, Verdict
from discretie.policy import Policy
from discretie.store import Store
from tests.web.conftest import NAME, PARENT, SENDER, csrf_of, raw_message


def held_burst(store: Store, policy: Policy) -> str:
    raw = raw_message(sender=SENDER, to=(PARENT,))
    finding = Finding("hijack", "phishing", Severity.HIGH, "Golf.", ("30 externe ontvangers in 15 min",))
    verdict = Verdict(Action.HOLD, (finding,), would_action=Action.HOLD, decisive=("hijack",))
    burst = notify.Burst(address=SENDER, window=900.0, externals=30, block=True)
    return store.hold(raw=raw, message=parse(raw, SENDER, (PARENT,)), verdict=verdict, policy=policy, burst=burst)


def test_blocked_senders_are_listed_and_a_reviewer_lifts_the_block(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    assert "Geen geblokkeerde afzenders." in signed_in.get("/senders").text
    ref = held_burst(store, policy)
    page = signed_in.get("/senders")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert SENDER in text and f'<a href="/queue/{ref}">{ref}</a>' in text and "loopt nog (1 berichten)" in text

    refused = signed_in.post("/senders/unblock", data={"csrf": "wrong", "address": SENDER})
    assert refused.status_code == 403 and store.sender_blocks() != []

    done = signed_in.post(
        "/senders/unblock", data={"csrf": csrf_of(page.text), "address": SENDER, "note": "wachtwoord gereset"}
    )
    assert (done.status_code, done.headers["location"]) == (303, "/senders")
    shown = signed_in.get("/senders").text
    assert f"Blokkering van {SENDER} opgeheven" in html.unescape(shown) and "Geen geblokkeerde afzenders." in shown
    assert store.sender_blocks() == [] and store.sender_burst(SENDER) is None
    entry = store.audit_entries()[-1]
    assert (entry.actor, entry.via, entry.action, entry.target, entry.note) == (
        NAME,
        "web",
        "sender_unblocked",
        SENDER,
        "blokkering opgeheven: wachtwoord gereset",
    )
    signed_in.post("/senders/unblock", data={"csrf": csrf_of(shown), "address": SENDER})
    assert "is niet geblokkeerd en heeft geen golf" in html.unescape(signed_in.get("/senders").text)
    assert store.get_message(ref).state == "held"  # the burst's messages wait for their own decision
