"""The console's exceptions (issue 16, item 4): granted from a held message, listed on the
"Uitzonderingen" page, revoked there; audited with the reviewer's name."""

from __future__ import annotations

import re

from discretie.policy import Policy
from discretie.store import Store
from tests.web.conftest import COLLEAGUE, NAME, PARENT, SENDER, TestClient, csrf_of, hold


def test_exception_granted_from_a_message_is_listed_and_revoked(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    store.set_reviewer_role(NAME, "administrator", actor="ict")  # exceptions are an administrator's
    ref = hold(store, policy, to=(PARENT, COLLEAGUE))
    page = signed_in.get(f"/queue/{ref}")
    assert "Uitzondering toestaan" in page.text and 'name="rcpt" value="ouder.janssens@gmail.com" checked' in page.text
    csrf = csrf_of(page.text)
    response = signed_in.post(
        f"/queue/{ref}/exception",
        data={
            "csrf": csrf,
            "rule": "sensitive",
            "rcpt": [PARENT, "iemand.anders@gmail.com"],  # not a recipient of this message: ignored
            "days": "14",
            "reason": "Afgesproken met de directie",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == f"/queue/{ref}"
    [granted] = store.list_exceptions()
    assert (granted.rule, granted.sender, granted.recipients, granted.created_by) == (
        "sensitive",
        SENDER,
        (PARENT,),
        NAME,
    )
    assert granted.source_ref == ref and granted.expires_at == granted.created_at + 14 * 86400
    assert "Uitzondering U-" in signed_in.get(f"/queue/{ref}").text  # the flash

    listing = signed_in.get("/exceptions")
    assert listing.status_code == 200 and granted.id in listing.text and "Afgesproken met de directie" in listing.text
    assert f'href="/queue/{ref}"' in listing.text and "geldig" in listing.text
    revoked = signed_in.post(f"/exceptions/{granted.id}/revoke", data={"csrf": csrf_of(listing.text)})
    assert revoked.status_code == 303
    assert store.get_exception(granted.id).revoked_by == NAME
    assert f"ingetrokken door {NAME}" in signed_in.get("/exceptions").text
    actions = [(e.action, e.actor, e.via) for e in store.audit_entries() if e.target == granted.id]
    assert actions == [("exception_add", NAME, "web"), ("exception_revoke", NAME, "web")]


def test_exception_form_refuses_incomplete_input_and_a_missing_token(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    store.set_reviewer_role(NAME, "administrator", actor="ict")  # exceptions are an administrator's
    ref = hold(store, policy)
    csrf = csrf_of(signed_in.get(f"/queue/{ref}").text)
    base = {"csrf": csrf, "rule": "sensitive", "rcpt": PARENT, "days": "7", "reason": "afspraak"}
    for change, message in (
        ({"rule": "nope"}, "Kies de regel"),
        ({"rcpt": "iemand.anders@gmail.com"}, "Vink minstens een ontvanger aan"),
        ({"days": "0"}, "duur van 1 tot 365"),
        ({"days": "veel"}, "duur van 1 tot 365"),
        ({"reason": " "}, "geef een reden op"),
    ):
        response = signed_in.post(f"/queue/{ref}/exception", data={**base, **change})
        assert response.status_code == 303
        assert message in signed_in.get(f"/queue/{ref}").text, change
    forged = signed_in.post(f"/queue/{ref}/exception", data={**base, "csrf": "x" * 40})
    assert forged.status_code == 403
    assert store.list_exceptions() == []
    assert re.search(r"Uitzonderingen</a>", signed_in.get("/exceptions").text)
