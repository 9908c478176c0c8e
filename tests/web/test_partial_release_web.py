"""Issue 16 item 3 in the console: the release form has a checkbox per recipient; unticking one
releases to the others only; a forged address is refused and nothing is released."""

from __future__ import annotations

from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from tests.web.conftest import COLLEAGUE, PARENT, csrf_of, hold


def test_release_to_the_ticked_recipients_only(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, to=(PARENT,), cc=(COLLEAGUE,))
    page = signed_in.get(f"/queue/{ref}")
    assert f'name="to" value="{PARENT}" checked' in page.text and f'name="to" value="{COLLEAGUE}" checked' in page.text
    csrf = csrf_of(page.text)
    forged = signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf, "choose": "1", "to": "vreemde@gmail.com"})
    assert forged.status_code == 303
    shown = signed_in.get(f"/queue/{ref}")
    assert "vreemde@gmail.com: geen ontvanger van" in shown.text
    assert store.get_message(ref).state == "held"
    none = signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf, "choose": "1"})
    assert none.status_code == 303
    assert "kies minstens één ontvanger" in signed_in.get(f"/queue/{ref}").text
    assert store.get_message(ref).state == "held"
    done = signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf, "choose": "1", "to": COLLEAGUE})
    assert done.status_code == 303
    after = signed_in.get(f"/queue/{ref}")
    assert "vrijgegeven voor 1 van de 2 ontvangers" in after.text
    assert f"niet voor: {PARENT}" in after.text
    held = store.get_message(ref)
    assert (held.state, held.release_to, held.not_released_to) == ("releasing", (COLLEAGUE,), (PARENT,))


def test_one_recipient_has_no_choice(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, to=(PARENT,))
    page = signed_in.get(f"/queue/{ref}")
    assert 'name="to"' not in page.text
    signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf_of(page.text)})
    held = store.get_message(ref)
    assert (held.state, held.release_to) == ("releasing", ())
