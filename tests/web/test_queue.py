"""The queue page: newest first, filters, paging, seen marks, bulk release and reject."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from discretie.model import Severity
from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import WebApp, WebSettings, create_app
from tests.web.conftest import BASE, COLLEAGUE, FAST, NAME, PARENT, csrf_of, finding, hold, login
from tests.web.demo import SettableClock


def refs_on(html: str) -> list[str]:
    return re.findall(r'name="id" value="(D-[0-9A-Z]{8})"', html)


def test_queue_lists_held_messages_newest_first_with_their_facts(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    """Sender, recipient counts (internal/external), subject, rules and categories, age."""
    clock.now -= 3 * 86400
    old = hold(store, policy, subject="Oud bericht")
    clock.now += 3 * 86400 - 600
    new = hold(
        store,
        policy,
        subject="Zorgplan Noor",
        to=(PARENT, "mama.noor@outlook.be"),
        cc=(COLLEAGUE,),
        findings=[finding(category="care"), finding(rule="attachment", category="archive", severity=Severity.MEDIUM)],
    )
    clock.now += 600
    page = signed_in.get("/queue")
    assert page.status_code == 200
    assert refs_on(page.text) == [new, old]
    row = page.text[page.text.index(new) - 2000 : page.text.index(old)]
    assert "Zorgplan Noor" in row and "jan.peeters@<wbr>sintpieterscollege.be" in row
    assert "1 intern" in row and "2 extern" in row
    assert "gevoelige info" in row and "bijlage" in row and "zorg" in row and "archief" in row
    assert "10 min geleden" in row
    assert "3 d geleden" in page.text
    assert "nieuw" in row


def test_filters_by_rule_state_and_text(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Rule and state filter in SQL; text matches the sender and the reference, and the
    (encrypted) subject and recipients."""
    a = hold(store, policy, subject="Verslag Emma", sender="jan.peeters@sintpieterscollege.be")
    b = hold(
        store,
        policy,
        subject="Puntenlijst 5A",
        sender="els.vermeulen@sintpieterscollege.be",
        to=("els.prive@gmail.com",),
        findings=[finding(rule="attachment", category="archive", severity=Severity.MEDIUM)],
    )
    c = hold(store, policy, subject="Afwezigheid Lucas")
    store.reject(c, actor="x")
    assert set(refs_on(signed_in.get("/queue").text)) == {a, b}
    assert refs_on(signed_in.get("/queue", params={"rule": "attachment"}).text) == [b]
    assert refs_on(signed_in.get("/queue", params={"state": "rejected"}).text) == [c]
    assert set(refs_on(signed_in.get("/queue", params={"state": "all"}).text)) == {a, b, c}
    assert refs_on(signed_in.get("/queue", params={"q": "vermeulen"}).text) == [b]
    assert refs_on(signed_in.get("/queue", params={"q": "emma"}).text) == [a]  # subject (encrypted)
    assert refs_on(signed_in.get("/queue", params={"q": "els.prive"}).text) == [b]  # recipient (encrypted)
    assert refs_on(signed_in.get("/queue", params={"q": a.lower()}).text) == [a]
    assert refs_on(signed_in.get("/queue", params={"q": a[2:]}).text) == [a]
    assert refs_on(signed_in.get("/queue", params={"q": "lucas", "state": "all"}).text) == [c]
    empty = signed_in.get("/queue", params={"q": "bestaat-niet"})
    assert refs_on(empty.text) == [] and "Geen berichten die aan de filter voldoen" in empty.text
    # nonsense state and page fall back to the defaults
    assert set(refs_on(signed_in.get("/queue", params={"state": "x", "page": "z"}).text)) == {a, b}
    # a rule by the label the console shows; an unknown rule is refused, not ignored (it showed everything)
    assert refs_on(signed_in.get("/queue", params={"rule": "bijlage"}).text) == [b]
    unknown = signed_in.get("/queue", params={"rule": "y"})
    assert unknown.status_code == 400 and refs_on(unknown.text) == []
    assert "onbekende regel &#39;y&#39;; kies uit: password (wachtwoord), bcc (zichtbare ontvangers)," in unknown.text


def test_text_filter_reads_encrypted_subjects_only_in_a_bounded_window(
    store: Store, policy: Policy, clock: SettableClock
) -> None:
    """With more messages than the window, older subjects are not searched (and the page says
    so); clear columns are still searched in all messages."""
    app = create_app(policy, store, settings=WebSettings(page_size=5, subject_window=3), hasher=FAST)
    refs = []
    for i in range(6):
        clock.now += 60
        refs.append(hold(store, policy, subject=f"Onderwerp {i} zoekwoord"))
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        login(c)
        page = c.get("/queue", params={"q": "zoekwoord"})
        assert refs_on(page.text) == [refs[5], refs[4], refs[3]]
        assert "alleen doorzocht in de nieuwste berichten" in page.text
        assert refs_on(c.get("/queue", params={"q": refs[0]}).text) == [refs[0]]
        assert "alleen doorzocht" not in c.get("/queue").text


def test_text_filter_with_many_matches_says_more_than(store: Store, policy: Policy, clock: SettableClock) -> None:
    """A text filter's clear matches are counted up to a cap (1,000 by default): past it the page
    says "van meer dan", the newest matches first, and the next page still works."""
    app = create_app(policy, store, settings=WebSettings(page_size=2, text_count_cap=3), hasher=FAST)
    refs = []
    for i in range(5):
        clock.now += 60
        refs.append(hold(store, policy, sender=f"zorgteam{i}@spc.ksleuven.be", subject="Verslag"))
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        login(c)
        page = c.get("/queue", params={"q": "zorgteam"})
        assert refs_on(page.text) == [refs[4], refs[3]] and "1–2 van meer dan 3" in page.text
        assert refs_on(c.get("/queue", params={"q": "zorgteam", "page": "2"}).text) == [refs[2], refs[1]]
        exact = c.get("/queue", params={"q": "zorgteam3"})
        assert refs_on(exact.text) == [refs[3]] and "1–1 van 1" in exact.text and "meer dan" not in exact.text


def test_paging_never_shows_more_than_a_page(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    refs = []
    for i in range(12):
        clock.now += 60
        refs.append(hold(store, policy, subject=f"Bericht {i}"))
    newest_first = list(reversed(refs))
    first = signed_in.get("/queue")
    assert refs_on(first.text) == newest_first[:5]
    assert "1–5 van 12" in first.text and "Pagina 1 van 3" in first.text and 'rel="next"' in first.text
    third = signed_in.get("/queue", params={"page": "3"})
    assert refs_on(third.text) == newest_first[10:]
    assert 'rel="prev"' in third.text and 'rel="next"' not in third.text
    assert refs_on(signed_in.get("/queue", params={"page": "99"}).text) == []


def test_mark_as_seen_in_bulk_and_by_opening(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """New messages are marked "nieuw" per reviewer; bulk "gezien" and opening clear it."""
    a = hold(store, policy)
    b = hold(store, policy)
    c = hold(store, policy)
    page = signed_in.get("/queue")
    assert page.text.count("badge-new") == 3
    response = signed_in.post("/queue/bulk", data={"csrf": csrf_of(page.text), "action": "seen", "id": [a, b]})
    assert response.status_code == 303
    page = signed_in.get("/queue")
    assert "2 bericht(en) als gezien gemarkeerd" in page.text and page.text.count("badge-new") == 1
    assert refs_on(signed_in.get("/queue", params={"unseen": "1"}).text) == [c]
    signed_in.get(f"/queue/{c}")
    assert refs_on(signed_in.get("/queue", params={"unseen": "1"}).text) == []
    assert store.is_seen(a, reviewer=NAME) and not store.is_seen(a, reviewer="bert.claes")


def test_bulk_release_and_reject_ask_for_confirmation_first(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """The bulk buttons only show a confirmation page; confirming releases (or rejects) each
    message through the shared actions, audited with the reviewer and via="web"."""
    a, b, c = hold(store, policy, subject="A"), hold(store, policy, subject="B"), hold(store, policy, subject="C")
    token = csrf_of(signed_in.get("/queue").text)
    confirm = signed_in.post("/queue/bulk", data={"csrf": token, "action": "release", "id": [a, b], "back": "/queue"})
    assert confirm.status_code == 200 and "2 bericht(en) vrijgeven?" in confirm.text
    assert store.get_message(a).state == "held"
    done = signed_in.post(
        "/queue/bulk/confirm",
        data={"csrf": token, "action": "release", "id": [a, b], "note": "ouders vroegen het", "back": "/queue"},
    )
    assert done.status_code == 303 and done.headers["location"] == "/queue"
    assert {store.get_message(r).state for r in (a, b)} == {"releasing"}
    assert "2 bericht(en) vrijgegeven" in signed_in.get("/queue").text
    entry = next(e for e in store.audit_entries(target=a) if e.action == "release")
    assert (entry.actor, entry.via, entry.note) == (NAME, "web", "ouders vroegen het")
    # reject: b is already released (conflict reported), c is rejected with a notice
    confirm = signed_in.post("/queue/bulk", data={"csrf": token, "action": "reject", "id": [b, c]})
    assert "2 bericht(en) weigeren?" in confirm.text
    assert "Notitie voor het register (optioneel; blijft in Discretie, wordt niet gemaild)" in confirm.text
    assert 'name="message"' in confirm.text and "Bericht aan de afzenders" in confirm.text
    done = signed_in.post(
        "/queue/bulk/confirm",
        data={
            "csrf": token,
            "action": "reject",
            "id": [b, c],
            "notify": "1",
            "note": "klassenraad 3B",
            "message": "Deel dit via het LVS.",
        },
    )
    assert store.get_message(c).state == "rejected" and store.get_message(b).state == "releasing"
    page = signed_in.get("/queue")
    assert "1 bericht(en) geweigerd" in page.text and "is al vrijgegeven door an.peeters" in page.text
    notices = [i for i in store.outbox_items() if i.kind == "notice_rejected" and i.ref == c]
    assert len(notices) == 1
    # the note stays in the register; the message is what the sender gets (issue 14)
    data = store.outbox_data(notices[0].id) or b""
    assert b"Deel dit via het LVS." in data and b"klassenraad" not in data
    assert store.get_message(c).note == "klassenraad 3B"


def test_bulk_needs_a_selection_and_a_known_action(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    token = csrf_of(signed_in.get("/queue").text)
    nothing = signed_in.post("/queue/bulk", data={"csrf": token, "action": "release"})
    assert nothing.status_code == 303 and "Kies eerst" in signed_in.get("/queue").text
    bogus = signed_in.post("/queue/bulk", data={"csrf": token, "action": "delete", "id": [ref]})
    assert bogus.status_code == 400 and "Onbekende actie" in bogus.text
    assert store.get_message(ref).state == "held"


def test_the_queue_count_in_the_menu(signed_in: TestClient, store: Store, policy: Policy, app: WebApp) -> None:
    hold(store, policy)
    hold(store, policy)
    assert 'aria-label="2 vastgehouden"' in signed_in.get("/incidents").text
    assert PARENT not in signed_in.get("/queue").text  # recipient addresses only on the message page
