"""Roles (discretie.roles): every console route enforces the role it needs on the server, whatever
the page shows; a reader sees metadata and findings, never a body, and decides nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.routing import Route

from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import WebApp
from tests.web.conftest import BASE, FAST, NAME, OTHER, TestClient, csrf_of, hold, login

READER, READER_PASSWORD = "lien.maes", "Rode-tulp-93-regen"
BODY = "Emma volgt sinds januari"


@pytest.fixture
def reader(app: WebApp, store: Store) -> Iterator[TestClient]:
    store.add_reviewer(READER, FAST.hash(READER_PASSWORD), actor="ict", role="reader")
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        assert login(c, READER, READER_PASSWORD).status_code == 303
        yield c


def held_with_attachment(store: Store, policy: Policy) -> str:
    return hold(store, policy, attachments=[("verslag.txt", "text/plain", b"verslag van het CLB")])


def test_every_route_declares_the_role_it_needs(app: WebApp) -> None:
    """A route added without a role fails here: only the sign-in pages and the static files are public."""
    routes = [r for r in app.console.routes() if isinstance(r, Route)]
    assert routes and all(hasattr(r.endpoint, "required_role") for r in routes)
    public = sorted({r.path for r in routes if r.endpoint.required_role is None})  # type: ignore[attr-defined]
    assert public == [
        "/afzender/{token}",  # the sender's self-service page: the signed single-use link is the credential
        "/login",
        "/login/oidc/{provider}",
        "/login/oidc/{provider}/callback",
        "/static/{name}",
    ]
    needed = {(r.path, m): r.endpoint.required_role for r in routes for m in r.methods or () if m != "HEAD"}  # type: ignore[attr-defined]
    assert needed[("/queue/{ref}/release", "POST")] == "reviewer"
    assert needed[("/queue/{ref}", "GET")] == "reader"
    assert needed[("/breaches/{id}", "GET")] == "reviewer" and needed[("/accounts", "GET")] == "administrator"
    grant, revoke = needed[("/queue/{ref}/exception", "POST")], needed[("/exceptions/{ident}/revoke", "POST")]
    assert grant == revoke == "administrator"
    assert needed[("/exceptions", "GET")] == "reader" and needed[("/trace", "GET")] == "reader"
    assert needed[("/queue/{ref}/eml", "POST")] == needed[("/queue/{ref}/headers", "POST")] == "reviewer"


def test_only_an_administrator_grants_an_exception(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Issue 16: "administrator (accounts, exceptions)": a reviewer decides on the message but is offered
    no exception form and gets 403 when posting one; an administrator is offered it."""
    ref = held_with_attachment(store, policy)
    page = signed_in.get(f"/queue/{ref}")
    assert "Uitzondering toestaan" not in page.text and f'action="/queue/{ref}/release"' in page.text
    form = {"csrf": csrf_of(page.text), "rule": "sensitive", "days": "7", "reason": "x", "rcpt": "a@b.be"}
    assert signed_in.post(f"/queue/{ref}/exception", data=form).status_code == 403
    assert store.list_exceptions() == []
    store.set_reviewer_role(NAME, "administrator", actor="ict")
    assert "Uitzondering toestaan" in signed_in.get(f"/queue/{ref}").text


def test_a_reader_gets_403_on_release_body_and_attachment(reader: TestClient, store: Store, policy: Policy) -> None:
    ref = held_with_attachment(store, policy)
    page = reader.get(f"/queue/{ref}")
    assert page.status_code == 200
    csrf = csrf_of(page.text)
    # the page: metadata and findings, no body, no decision, no attachment link
    assert "Medische informatie over een leerling" in page.text and ref in page.text
    assert BODY not in page.text and "verslag.txt" not in page.text
    assert f'action="/queue/{ref}/release"' not in page.text and "Met de rol lezer" in page.text
    # and the server refuses what the page does not offer
    for path in (f"/queue/{ref}/release", f"/queue/{ref}/reject", f"/queue/{ref}/note", f"/queue/{ref}/attachment/1"):
        refused = reader.post(path, data={"csrf": csrf, "note": "x", "notify": "1"})
        assert refused.status_code == 403, path
        assert "Uw rol (lezer) laat dit niet toe" in refused.text
    for path in (f"/queue/{ref}/html", f"/queue/{ref}/attachment/1"):
        assert reader.get(path).status_code == 403, path
    bulk = reader.post("/queue/bulk/confirm", data={"csrf": csrf, "id": ref, "action": "release"})
    assert bulk.status_code == 403
    held = store.get_message(ref)
    assert held.state == "held" and held.has_body and held.note is None
    actions = [e.action for e in store.audit_entries(target=ref)]
    assert "view" not in actions and "release" not in actions and "download" not in actions


def test_a_reader_reads_the_queue_incidents_and_log(reader: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    queue = reader.get("/queue")
    assert queue.status_code == 200 and ref in queue.text
    assert 'name="id"' not in queue.text and 'value="release"' not in queue.text  # no bulk decisions
    assert reader.get(f"/incidents/{ref}").status_code == 200
    assert reader.get("/audit").status_code == 200
    account = reader.get("/account")
    assert account.status_code == 200 and "<dt>Rol</dt><dd>lezer</dd>" in account.text


def test_a_reviewer_reads_the_body_and_releases(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = held_with_attachment(store, policy)
    page = signed_in.get(f"/queue/{ref}")
    assert BODY in page.text and "verslag.txt" in page.text
    assert signed_in.get(f"/queue/{ref}/attachment/1").status_code == 200
    released = signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf_of(page.text)})
    assert released.status_code == 303 and store.get_message(ref).state == "releasing"


def test_a_new_role_applies_to_open_sessions_at_once(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    csrf = csrf_of(signed_in.get(f"/queue/{ref}").text)
    assert store.set_reviewer_role(NAME, "reader", actor="ict") is True
    assert signed_in.post(f"/queue/{ref}/release", data={"csrf": csrf}).status_code == 403
    assert store.get_message(ref).state == "held"
    (entry,) = [e for e in store.audit_entries() if e.action == "reviewer_role"]
    assert (entry.actor, entry.note) == ("ict", f"rol van {NAME}: reviewer -> reader")


def test_accounts_made_before_roles_become_administrators(tmp_path: Path) -> None:
    """The migration: an account of a store without roles keeps everything it could do."""
    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.add_reviewer("an", "hash", actor="t")
    with sqlite3.connect(path) as c:  # back to the schema before this step
        c.execute("ALTER TABLE reviewers DROP COLUMN role")
        c.execute("DROP TABLE breaches")
        later_steps = (
            "DROP TABLE trace_rcpt",
            "DROP TABLE trace",
            "ALTER TABLE incidents DROP COLUMN report",
            "DROP TABLE exceptions",
            "DROP TABLE sender_requests",
            "DROP TABLE sender_counts",
            "DROP TABLE sender_profiles",
            "DROP TABLE sender_blocks",
            "DROP INDEX messages_state_rules",
            "DROP INDEX incidents_created_rules",
        )
        for later in later_steps:
            c.execute(later)  # the steps after this one (message trace, digest), made again on open
        c.execute("PRAGMA user_version = 4")
    with Store.open(path) as s:
        assert [(r.name, r.role) for r in s.reviewers()] == [("an", "administrator")]
        s.add_reviewer("bert", "hash", actor="t")
        assert {r.name: r.role for r in s.reviewers()}["bert"] == "reviewer"


def test_only_an_administrator_changes_roles_and_it_is_audited(
    app: WebApp, signed_in: TestClient, store: Store
) -> None:
    """The administrator's route class: the accounts page. A reviewer gets 403; an administrator
    changes another account's role (audited with their name, via the web), never their own."""
    page = signed_in.get("/queue")
    csrf = csrf_of(page.text)
    assert 'href="/accounts"' not in page.text
    assert signed_in.get("/accounts").status_code == 403
    assert signed_in.post(f"/accounts/{OTHER}/role", data={"csrf": csrf, "role": "reader"}).status_code == 403
    assert signed_in.post(f"/accounts/{NAME}/role", data={"csrf": csrf, "role": "administrator"}).status_code == 403
    store.add_reviewer("directie", FAST.hash(READER_PASSWORD), actor="ict", role="administrator")
    with TestClient(app, base_url=BASE, follow_redirects=False) as admin:
        assert login(admin, "directie", READER_PASSWORD).status_code == 303
        listing = admin.get("/accounts")
        assert listing.status_code == 200 and OTHER in listing.text and "beheerder (uzelf)" in listing.text
        csrf = csrf_of(listing.text)
        assert admin.post(f"/accounts/{OTHER}/role", data={"csrf": csrf, "role": "reader"}).status_code == 303
        assert "bert.claes heeft nu de rol lezer." in admin.get("/accounts").text
        own = admin.post("/accounts/directie/role", data={"csrf": csrf, "role": "reader"})
        assert own.status_code == 303 and "Uw eigen rol wijzigt een andere beheerder." in admin.get("/accounts").text
        assert admin.post("/accounts/niemand/role", data={"csrf": csrf, "role": "reader"}).status_code == 404
        assert admin.post(f"/accounts/{OTHER}/role", data={"csrf": csrf, "role": "god"}).status_code == 400
    assert {r.name: r.role for r in store.reviewers()} == {
        NAME: "reviewer",
        OTHER: "reader",
        "directie": "administrator",
    }
    (entry,) = [e for e in store.audit_entries() if e.action == "reviewer_role"]
    assert (entry.actor, entry.via, entry.note) == ("directie", "web", "rol van bert.claes: reviewer -> reader")
