"""Security headers on every response the console sends, errors included."""

from __future__ import annotations

import re

import httpx
from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import WebApp
from tests.web.conftest import BASE, hold


def assert_secure_headers(response: httpx.Response, *, page: bool = True) -> None:
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"
    if page:
        assert response.headers["cache-control"] == "no-store"


def test_every_kind_of_response_carries_the_headers(
    client: TestClient, signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """Pages, redirects, 403, 404, 405, the login page, static files: all with a strict CSP,
    DENY framing, no referrer, nosniff; pages with personal data are never cached."""
    ref = hold(store, policy)
    responses = [
        signed_in.get("/queue"),
        signed_in.get(f"/queue/{ref}"),
        signed_in.get("/incidents"),
        signed_in.get("/audit"),
        signed_in.get("/account"),
        signed_in.get("/queue/D-ZZZZZZZZ"),  # 404
        signed_in.post(f"/queue/{ref}/release"),  # 403: no CSRF token
        signed_in.put("/queue"),  # 405
        signed_in.get("/"),  # redirect
    ]
    for response in responses:
        assert_secure_headers(response)
    assert [r.status_code for r in responses[5:]] == [404, 403, 405, 303]
    with TestClient(signed_in.app, base_url=BASE, follow_redirects=False) as anonymous:
        assert_secure_headers(anonymous.get("/login"))
        assert_secure_headers(anonymous.get("/queue"))
    css = signed_in.get("/static/style.css")
    assert_secure_headers(css, page=False)
    assert css.headers["content-type"].startswith("text/css")


def test_pages_have_no_inline_script_or_style(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """The CSP allows no inline script or style; the pages need none (the chart is SVG)."""
    ref = hold(store, policy, html="<p>Hallo</p>", attachments=[("a.pdf", "application/pdf", b"%PDF")])
    for path in ("/queue", f"/queue/{ref}", f"/queue/{ref}?html=1", "/incidents", "/audit", "/account"):
        html = signed_in.get(path).text
        assert '<html lang="nl">' in html
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all('src="/static/app.js"' in s for s in scripts), path
        assert "<style" not in html and " style=" not in html, path
        assert re.search(r"\son[a-z]+=", html) is None, path


def test_a_store_failure_is_a_dutch_error_page_with_the_headers(app: WebApp, signed_in: TestClient) -> None:
    """When the store cannot be read the console answers 500 in Dutch, still with the headers."""
    app.console.store.close()
    with TestClient(app, base_url=BASE, follow_redirects=False, raise_server_exceptions=False) as c:
        c.cookies = signed_in.cookies
        response = c.get("/queue")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.text and '<html lang="nl">' in response.text
    assert_secure_headers(response)


def test_body_size_is_limited(signed_in: TestClient) -> None:
    response = signed_in.post("/queue/bulk", content=b"a=" + b"x" * (2 * 1024 * 1024))
    assert response.status_code == 413
    assert_secure_headers(response)
