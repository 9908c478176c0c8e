"""The sender's self-service link (issue 16, item 5) in the console, with the tests/web fixtures:
the notice carries it; the page shows the subject and the rules only; withdraw, ask for release,
misaddressed; once only; refused when tampered, for another sender, expired or decided; CSRF and
Origin; rate limits."""

from __future__ import annotations

import email
import re
from email.policy import default
from typing import Any

import pytest

from discretie import selfservice
from discretie.policy import Policy, load_policy
from discretie.store import Store
from tests.web.conftest import BASE, PARENT, SENDER, TestClient, hold, login
from tests.web.demo import SettableClock

PUBLIC = "https://discretie.spc.ksleuven.be"
LINK = re.compile(re.escape(PUBLIC) + r"(/afzender/[A-Za-z0-9._-]+)")
BODY_TEXT = "Emma volgt sinds januari therapie"  # in raw_message's default body


@pytest.fixture
def policy() -> Policy:
    base = load_policy(None)
    return Policy.model_validate({**base.model_dump(by_alias=True), "console": {"public_url": PUBLIC}})


def notice_of(store: Store, ref: str) -> str:
    """The body of the "held" notice the outbox would mail to the sender."""
    [item] = [i for i in store.outbox_items() if i.kind == "notice_held" and i.ref == ref]
    data = store.outbox_data(item.id)
    assert data is not None
    mail = email.message_from_bytes(data, policy=default)
    assert mail["To"] == SENDER
    return str(mail.get_body(("plain",)).get_content()).replace("\r\n", "\n")  # type: ignore[union-attr]


def link_of(store: Store, ref: str) -> str:
    match = LINK.search(notice_of(store, ref))
    assert match, "no self-service link in the notice"
    return match.group(1)


def choose(client: TestClient, path: str, choice: str, **fields: str) -> Any:
    page = client.get(path)
    assert page.status_code == 200, page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    return client.post(path, data={"csrf": csrf.group(1), "choice": choice, **fields})


def test_notice_carries_a_personal_link_and_the_page_shows_only_subject_and_rules(
    client: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy, subject="Verslag CLB Emma")
    text = notice_of(store, ref)
    path = link_of(store, ref)
    assert "Zelf iets doen?" in text and "werkt één keer" in text and "Stuur deze e-mail niet" in text
    assert "Verslag CLB Emma" not in text and SENDER not in path and "jan.peeters" not in path
    page = client.get(path)
    assert page.status_code == 200
    assert "Verslag CLB Emma" in page.text and ref in page.text
    assert "gevoelige info (§" in page.text  # the rule's Dutch label with its paragraph
    for hidden in (BODY_TEXT, PARENT, "therapie", SENDER):
        assert hidden not in page.text
    assert "<script" not in page.text and page.text.count("<form") == 3
    assert "discretie_link" in page.headers["set-cookie"] and "samesite=strict" in page.headers["set-cookie"].lower()
    assert store.get_message(ref).state == "held"  # looking is not choosing (mail scanners open links)


def test_without_a_public_url_the_notice_has_no_link(client: TestClient, store: Store) -> None:
    plain = load_policy(None)
    ref = hold(store, plain)
    text = notice_of(store, ref)
    assert "Zelf iets doen?" not in text and "/afzender/" not in text
    assert text.endswith(f"vermeld referentie {ref}.\n\n-- \nAutomatisch bericht van Discretie.\n")


def test_withdraw_wipes_the_body_at_once_and_a_second_use_is_refused(
    client: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy)
    path = link_of(store, ref)
    done = choose(client, path, "withdraw")
    assert done.status_code == 200 and "Uw bericht is ingetrokken en de inhoud is gewist" in done.text
    held = store.get_message(ref)
    assert (held.state, held.decided_by, held.sender_request, held.has_body) == (
        "rejected",
        "afzender",
        "withdraw",
        False,
    )
    assert store.message_body(ref) is None
    [entry] = [e for e in store.audit_entries(target=ref) if e.actor == "afzender"]
    assert (entry.action, entry.via) == ("sender_withdraw", "link")
    again = client.get(path)
    assert again.status_code == 410 and "Deze link is al gebruikt" in again.text and "ingetrokken" in again.text
    replay = client.post(path, data={"csrf": "x" * 30, "choice": "release", "justification": "toch verzenden aub"})
    assert replay.status_code == 410 and store.sender_request(ref).kind == "withdraw"  # type: ignore[union-attr]


def test_misaddressed_withdraws_so_the_teacher_sends_it_again(
    client: TestClient, store: Store, policy: Policy, app: Any
) -> None:
    ref = hold(store, policy)
    done = choose(client, link_of(store, ref), "misaddressed")
    assert done.status_code == 200 and "Verstuur het opnieuw" in done.text
    held = store.get_message(ref)
    assert held.withdrawn and held.sender_request == "misaddressed" and not held.has_body
    with TestClient(app, base_url=BASE, follow_redirects=False) as dpo:
        assert login(dpo).status_code == 303
        page = dpo.get(f"/queue/{ref}")
        assert 'state-lg state-rejected">ingetrokken door afzender<' in page.text
        assert "Verkeerd geadresseerd: de afzender verstuurt het opnieuw" in page.text
        assert "ingetrokken door afzender" in dpo.get("/queue?state=rejected").text


def test_release_request_needs_a_justification_and_the_dpo_sees_it(
    client: TestClient, store: Store, policy: Policy, app: Any
) -> None:
    ref = hold(store, policy, subject="Verslag voor de ouders")
    other = hold(store, policy, subject="Ander bericht")
    path = link_of(store, ref)
    empty = choose(client, path, "release", justification="kort")
    assert empty.status_code == 400 and "Leg in een zin uit" in empty.text
    assert store.sender_request(ref) is None
    asked = choose(client, path, "release", justification="De ouders vroegen dit verslag zelf op.")
    assert asked.status_code == 200 and "Uw vraag om vrijgave is doorgegeven" in asked.text
    assert store.get_message(ref).state == "held" and store.get_message(ref).release_requested

    with TestClient(app, base_url=BASE, follow_redirects=False) as dpo:
        assert login(dpo).status_code == 303
        queue = dpo.get("/queue?requested=1")
        assert ref in queue.text and other not in queue.text and "vrijgave gevraagd" in queue.text
        assert 'id="requested" name="requested" value="1" checked' in queue.text
        everything = dpo.get("/queue")
        assert ref in everything.text and other in everything.text
        page = dpo.get(f"/queue/{ref}")
        assert "Vrijgave gevraagd" in page.text and "De ouders vroegen dit verslag zelf op." in page.text


def test_link_refused_when_tampered_for_another_sender_expired_or_decided(
    client: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    ref = hold(store, policy)
    path = link_of(store, ref)
    token = selfservice.parse_token(path.rsplit("/", 1)[1])
    assert token is not None
    tampered = path[:-2] + ("AA" if not path.endswith("AA") else "BB")
    forged = selfservice.PATH + selfservice.make_token(
        store.sealer, ref, "an.devos@sintpieterscollege.be", token.expires_at
    )
    ref_part, expiry_part, mac_part = path.rsplit("/", 1)[1].split(".")
    longer = f"{selfservice.PATH}{ref_part}.{expiry_part}0.{mac_part}"  # a later end, same MAC
    for bad in (tampered, forged, longer, "/afzender/D-AAAA", "/afzender/" + "A" * 300):
        response = client.get(bad)
        assert response.status_code == 404 and "Deze link werkt niet" in response.text, bad
    assert token.expires_at == int(store.get_message(ref).received_at) + policy.retention.held_days * 86400

    clock.now += policy.retention.held_days * 86400 + 1
    expired = client.get(path)
    assert expired.status_code == 410 and "Deze link is verlopen" in expired.text

    clock.now -= policy.retention.held_days * 86400 + 1
    second = hold(store, policy)
    store.reject(second, actor="an.peeters")
    decided = client.get(link_of(store, second))
    assert decided.status_code == 410 and "al beslist" in decided.text and "geweigerd" in decided.text


def test_a_post_without_the_form_token_or_from_another_site_changes_nothing(
    client: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy)
    path = link_of(store, ref)
    no_cookie = client.post(path, data={"csrf": "a" * 30, "choice": "withdraw"})
    assert no_cookie.status_code == 403 and "Het formulier is verlopen" in no_cookie.text
    page = client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    foreign = client.post(
        path,
        data={"csrf": csrf, "choice": "withdraw"},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert foreign.status_code == 403
    assert store.get_message(ref).state == "held" and store.sender_request(ref) is None


def test_requests_are_limited_per_token_and_per_address(client: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    path = link_of(store, ref)
    codes = [client.get(path).status_code for _ in range(11)]
    assert codes == [200] * 10 + [429]
    assert "Even geduld" in client.get(path).text
    other = [client.get(f"/afzender/{i:08d}.abc.{'A' * 22}").status_code for i in range(30)]
    assert other.count(429) == 12  # 30 per address in ten minutes: 18 left after the 12 above
