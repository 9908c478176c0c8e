"""Sign-in, sessions, lock-out, CSRF and the Origin check of the web console."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import WebApp
from tests.web.conftest import BASE, NAME, OTHER, PASSWORD, csrf_of, hold, login
from tests.web.demo import SettableClock


def test_unauthenticated_requests_get_the_login_page_and_nothing_else(
    client: TestClient, store: Store, policy: Policy
) -> None:
    """Every path but /login and its style sheet redirects to /login (also unknown paths, the
    JavaScript, a message's HTML and attachments); a POST changes nothing."""
    ref = hold(store, policy, attachments=[("a.pdf", "application/pdf", b"%PDF-1.4")])
    for path in (
        "/",
        "/queue",
        f"/queue/{ref}",
        f"/queue/{ref}/html",
        f"/queue/{ref}/attachment/1",
        "/incidents",
        f"/incidents/{ref}",
        "/audit",
        "/account",
        "/static/app.js",
        "/static/nothing.css",
        "/does-not-exist",
    ):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login"), path
        assert ref not in response.text and "therapie" not in response.text
    posted = client.post(f"/queue/{ref}/release", data={"note": "x"})
    assert posted.status_code == 303 and posted.headers["location"] == "/login"
    assert client.post("/incidents/export").headers["location"] == "/login"
    assert store.get_message(ref).state == "held"
    assert client.get("/static/style.css").status_code == 200
    page = client.get("/login")
    assert page.status_code == 200 and '<html lang="nl">' in page.text and "Aanmelden" in page.text
    # A DPO cannot run server commands: the page sends them to the administrator instead.
    assert "Vraag het aan de beheerder van Discretie (de ICT-coördinator)." in page.text
    assert "discretie reviewer" not in page.text and "<code>" not in page.text


def test_sign_in_sets_a_strict_httponly_cookie_and_keeps_only_a_hash(client: TestClient, store_path: Path) -> None:
    """The session cookie is HttpOnly, SameSite=Strict, path /; over plain HTTP on 127.0.0.1 it
    cannot be Secure. The store keeps only the token's SHA-256; the sign-in is audited."""
    response = login(client)
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookies = [c for c in response.headers.get_list("set-cookie") if c.startswith("discretie_session=")]
    assert len(cookies) == 1
    cookie = cookies[0].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie and "secure" not in cookie
    token = cookies[0].split(";")[0].split("=", 1)[1]
    with sqlite3.connect(store_path) as conn:
        stored = [r[0] for r in conn.execute("SELECT token_hash FROM web_sessions")]
        dump = "\n".join(conn.iterdump())
    assert len(stored) == 1 and token not in dump and PASSWORD not in dump
    assert client.get("/queue").status_code == 200


def test_over_https_the_cookie_is_secure_with_host_prefix(app: WebApp) -> None:
    """Served over TLS (or a proxy saying so), the cookie is ``__Host-`` and Secure; HSTS is sent."""
    with TestClient(app, base_url="https://127.0.0.1", follow_redirects=False) as c:
        response = login(c)
        assert response.status_code == 303
        cookie = next(v for v in response.headers.get_list("set-cookie") if v.startswith("__Host-discretie="))
        assert "secure" in cookie.lower() and "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
        assert "domain" not in cookie.lower()
        page = c.get("/queue")
        assert page.status_code == 200
        assert page.headers["strict-transport-security"].startswith("max-age=")


def test_wrong_password_and_unknown_name_get_the_same_answer(client: TestClient, store: Store) -> None:
    """Both 401 with one Dutch message (no hint whether the account exists); both audited,
    never with the password typed."""
    wrong = login(client, NAME, "Verkeerd-wachtwoord-1")
    unknown = login(client, "niemand", "Verkeerd-wachtwoord-2")
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert "Naam of wachtwoord is niet juist." in response.text
    entries = [e for e in store.audit_entries() if e.action == "login_failed"]
    assert [(e.actor, e.via) for e in entries] == [(NAME, "web"), ("(onbekend)", "web")]
    assert "verkeerd wachtwoord" in (entries[0].note or "") and "onbekende naam" in (entries[1].note or "")
    assert all("Verkeerd-wachtwoord" not in (e.note or "") for e in store.audit_entries())


def test_a_password_typed_into_the_name_field_is_not_kept(client: TestClient, store: Store, store_path: Path) -> None:
    """The lock-out counts per name and per address, but keeps only a keyed hash of each: a
    password typed as the name is nowhere in the store's files, not even lower-cased."""
    typed = "Geheim-Wachtwoord-2025"
    for _ in range(4):
        assert login(client, typed, "iets anders").status_code == 401
    assert login(client, typed, "iets anders").status_code == 429  # the fifth locks: the count still works
    with sqlite3.connect(store_path) as c:
        keys = [r[0] for r in c.execute("SELECT key FROM login_failures")]
    assert len(keys) == 2 and all(re.fullmatch(r"(account|ip):[0-9a-f]{64}", k) for k in keys)
    for f in store_path.parent.iterdir():
        if f.name.startswith(store_path.name) and not f.name.endswith(".key"):
            data = f.read_bytes()
            assert typed.encode() not in data and typed.lower().encode() not in data, f


def test_account_lockout_after_five_failures_lasts_fifteen_minutes(
    client: TestClient, store: Store, clock: SettableClock
) -> None:
    """Five wrong passwords lock the account: even the right one is refused (429) with the
    time the lock ends; the lock-out is audited; after 15 minutes the right password works."""
    for _ in range(4):
        assert login(client, NAME, "Verkeerd-wachtwoord-1").status_code == 401
    locked = login(client, NAME, "Verkeerd-wachtwoord-1")
    assert locked.status_code == 429 and "geblokkeerd tot" in locked.text
    refused = login(client, NAME, PASSWORD)
    assert refused.status_code == 429
    assert any(e.action == "login_locked" and e.actor == NAME for e in store.audit_entries())
    # another account from another address is not affected
    with TestClient(client.app, base_url=BASE, follow_redirects=False, client=("10.0.0.9", 5000)) as c2:
        assert login(c2, OTHER, "Blauwe-fiets-77-maan").status_code == 303
    clock.now += 14 * 60
    assert login(client, NAME, PASSWORD).status_code == 429
    clock.now += 2 * 60
    assert login(client, NAME, PASSWORD).status_code == 303


def test_ip_lockout_covers_every_name(app: WebApp, clock: SettableClock) -> None:
    """Twenty failures from one address (different names) lock that address for every account."""
    with TestClient(app, base_url=BASE, follow_redirects=False, client=("192.0.2.7", 4000)) as c:
        statuses = [login(c, f"gok{i}", "Verkeerd-wachtwoord-1").status_code for i in range(20)]
        assert statuses[:19] == [401] * 19 and statuses[19] == 429
        assert login(c, NAME, PASSWORD).status_code == 429
    with TestClient(app, base_url=BASE, follow_redirects=False, client=("192.0.2.8", 4000)) as c:
        assert login(c, NAME, PASSWORD).status_code == 303


def test_unlock_lifts_an_account_lockout(client: TestClient, store: Store) -> None:
    for _ in range(5):
        login(client, NAME, "Verkeerd-wachtwoord-1")
    assert login(client, NAME, PASSWORD).status_code == 429
    store.unlock_reviewer(NAME, actor="ict")
    assert login(client, NAME, PASSWORD).status_code == 303


def test_session_ends_after_thirty_idle_minutes(signed_in: TestClient, clock: SettableClock) -> None:
    """Activity renews the idle timer; 30 minutes without a request sign the reviewer out."""
    clock.now += 20 * 60
    assert signed_in.get("/queue").status_code == 200
    clock.now += 20 * 60
    assert signed_in.get("/queue").status_code == 200
    clock.now += 31 * 60
    response = signed_in.get("/queue")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_session_ends_after_twelve_hours_whatever_the_activity(signed_in: TestClient, clock: SettableClock) -> None:
    for _ in range(24):  # 11 h 36 min of steady work
        clock.now += 29 * 60
        assert signed_in.get("/audit").status_code == 200
    clock.now += 29 * 60
    assert signed_in.get("/audit").status_code == 303


def test_logout_ends_the_session_for_good(signed_in: TestClient, store: Store) -> None:
    """Sign-out needs the CSRF token, deletes the session (the old cookie no longer works) and is audited."""
    token = signed_in.cookies.get("discretie_session")
    assert token
    page = signed_in.get("/queue")
    assert signed_in.post("/logout").status_code == 403  # no token
    response = signed_in.post("/logout", data={"csrf": csrf_of(page.text)})
    assert response.status_code == 303 and response.headers["location"] == "/login"
    signed_in.cookies.set("discretie_session", token)
    assert signed_in.get("/queue").status_code == 303
    actions = [(e.action, e.actor, e.via) for e in store.audit_entries() if e.action in ("login", "logout")]
    assert actions == [("login", NAME, "web"), ("logout", NAME, "web")]


def test_login_form_needs_its_token(client: TestClient) -> None:
    """A sign-in posted without the login page's token (cross-site) is refused in Dutch."""
    response = client.post("/login", data={"name": NAME, "password": PASSWORD})
    assert response.status_code == 403
    assert "Geweigerd" in response.text and '<html lang="nl">' in response.text
    client.get("/login")
    response = client.post("/login", data={"csrf": "x" * 43, "name": NAME, "password": PASSWORD})
    assert response.status_code == 403


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_next_only_goes_to_a_page_of_the_console(client: TestClient, target: str) -> None:
    page = client.get("/login", params={"next": target})
    response = client.post(
        "/login", data={"csrf": csrf_of(page.text), "name": NAME, "password": PASSWORD, "next": target}
    )
    assert response.status_code == 303 and response.headers["location"] == "/queue"


def test_next_brings_the_reviewer_back_to_the_page_asked_for(client: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    first = client.get(f"/queue/{ref}")
    login_url = first.headers["location"]
    page = client.get(login_url)
    assert f'name="next" value="/queue/{ref}"' in page.text
    response = client.post(
        "/login", data={"csrf": csrf_of(page.text), "name": NAME, "password": PASSWORD, "next": f"/queue/{ref}"}
    )
    assert response.headers["location"] == f"/queue/{ref}"


def test_missing_or_stale_csrf_token_is_refused(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """A form without the session's token, or with the token of an earlier session, is refused
    with a Dutch 403 page and changes nothing."""
    ref = hold(store, policy)
    page = signed_in.get(f"/queue/{ref}")
    old_token = csrf_of(page.text)
    missing = signed_in.post(f"/queue/{ref}/release", data={"note": "zonder token"})
    assert missing.status_code == 403
    assert "Geweigerd" in missing.text and "CSRF" in missing.text and '<html lang="nl">' in missing.text
    signed_in.post("/logout", data={"csrf": old_token})
    login(signed_in)
    stale = signed_in.post(f"/queue/{ref}/release", data={"csrf": old_token})
    assert stale.status_code == 403
    assert store.get_message(ref).state == "held"
    assert not [e for e in store.audit_entries(target=ref) if e.action == "release"]


def test_cross_site_posts_are_refused_even_with_a_token(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Defence in depth: a browser that says the post came from another site is refused."""
    ref = hold(store, policy)
    token = csrf_of(signed_in.get(f"/queue/{ref}").text)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = signed_in.post(f"/queue/{ref}/release", data={"csrf": token}, headers=headers)
        assert response.status_code == 403
    assert store.get_message(ref).state == "held"
    ok = signed_in.post(
        f"/queue/{ref}/release",
        data={"csrf": token},
        headers={"Origin": BASE, "Sec-Fetch-Site": "same-origin"},
    )
    assert ok.status_code == 303 and store.get_message(ref).state == "releasing"


def test_unknown_host_name_is_refused(client: TestClient) -> None:
    """DNS rebinding: a request for another host name gets 400, not the console."""
    response = client.get("/login", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.headers["x-frame-options"] == "DENY"


def test_change_password_ends_other_sessions(signed_in: TestClient, other: TestClient, app: WebApp) -> None:
    """The current password is checked; the new one must be strong; afterwards the other
    sessions of the account are gone and the new password works."""
    with TestClient(app, base_url=BASE, follow_redirects=False) as second:
        assert login(second).status_code == 303
        token = csrf_of(signed_in.get("/account").text)
        wrong = signed_in.post(
            "/account/password", data={"csrf": token, "current": "fout-fout-fout", "new": "x", "repeat": "x"}
        )
        assert wrong.status_code == 303
        assert "niet juist" in signed_in.get("/account").text
        token = csrf_of(signed_in.get("/account").text)
        weak = signed_in.post(
            "/account/password", data={"csrf": token, "current": PASSWORD, "new": "kort", "repeat": "kort"}
        )
        assert weak.status_code == 303 and "minstens 12 tekens" in signed_in.get("/account").text
        token = csrf_of(signed_in.get("/account").text)
        common = "Welkom123456"  # 12 characters, but on every list of common passwords
        refused = signed_in.post(
            "/account/password", data={"csrf": token, "current": PASSWORD, "new": common, "repeat": common}
        )
        assert refused.status_code == 303 and "te makkelijk te raden" in signed_in.get("/account").text
        token = csrf_of(signed_in.get("/account").text)
        new = "Nieuw-Wachtwoord-2025!"
        done = signed_in.post("/account/password", data={"csrf": token, "current": PASSWORD, "new": new, "repeat": new})
        assert done.status_code == 303
        assert "is gewijzigd" in signed_in.get("/account").text
        assert second.get("/queue").status_code == 303  # signed out
        assert other.get("/queue").status_code == 200  # another account: untouched
    with TestClient(app, base_url=BASE, follow_redirects=False) as third:
        assert login(third, NAME, PASSWORD).status_code == 401
        assert login(third, NAME, new).status_code == 303
