"""OpenID Connect sign-in against a real OpenID Provider (panva's oidc-provider, run by node on a
loopback port): the code flow with PKCE, state, nonce, the ID token's signature, issuer and
audience, and the policy's mapping of a verified school address to a role."""

from __future__ import annotations

import asyncio
import base64
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie.policy import Policy
from discretie.signin import OidcProvider, SignIn
from discretie.store import Store
from discretie.web.app import WebApp, WebSettings, create_app
from discretie.web.oidc import OidcClient, OidcError
from tests.oidc_provider import SECRET, Client, OpenIdProvider
from tests.web.conftest import BASE, FAST, NAME, PASSWORD, TestClient, login

CALLBACK = f"{BASE}/login/oidc/school/callback"
CONSOLE = Client("discretie", (CALLBACK,))
OTHER_APP = Client("andere-toepassing", (CALLBACK,))
DOMAIN = "sintpieterscollege.be"


@pytest.fixture(scope="module")
def op() -> Iterator[OpenIdProvider]:
    provider = OpenIdProvider([CONSOLE, OTHER_APP])
    yield provider
    provider.stop()


def school_provider(op: OpenIdProvider, secret_file: Path, **overrides: object) -> OidcProvider:
    values: dict[str, object] = {
        "name": "school",
        "label": "Aanmelden met het schoolaccount",
        "issuer": op.issuer,
        "client_id": CONSOLE.client_id,
        "client_secret_file": str(secret_file),
        "redirect_uri": CALLBACK,
        "scopes": ("openid", "email", "profile", "groups"),
        "domains": (DOMAIN,),
        "roles": {f"an.peeters@{DOMAIN}": "reviewer", f"lien.maes@{DOMAIN}": "reader"},
        "group_roles": {"dpo": "administrator"},
    }
    values.update(overrides)
    return OidcProvider.model_validate(values)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "client-secret"
    path.write_text(SECRET + "\n")
    path.chmod(0o600)
    return path


@pytest.fixture
def oidc_policy(policy: Policy, op: OpenIdProvider, secret_file: Path) -> Policy:
    return policy.model_copy(update={"signin": SignIn(oidc=(school_provider(op, secret_file),))})


@pytest.fixture
def oidc_app(store: Store, oidc_policy: Policy) -> WebApp:
    return create_app(oidc_policy, store, settings=WebSettings(page_size=5), hasher=FAST)


@pytest.fixture
def browser_client(oidc_app: WebApp) -> Iterator[TestClient]:
    with TestClient(oidc_app, base_url=BASE, follow_redirects=False) as c:
        yield c


def start(client: TestClient) -> str:
    """The console's redirect to the provider (its Location)."""
    response = client.get("/login/oidc/school")
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def callback_path(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.path}?{parts.query}"


def sign_in(client: TestClient, op: OpenIdProvider, login_name: str) -> tuple[object, str]:
    back = op.sign_in(start(client), login_name, CALLBACK)
    return client.get(callback_path(back)), back


def test_the_redirect_asks_for_a_code_with_pkce_state_and_nonce(browser_client: TestClient, op: OpenIdProvider) -> None:
    response = browser_client.get("/login/oidc/school?next=/incidents")
    location = urllib.parse.urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{op.issuer}/auth"
    query = dict(urllib.parse.parse_qsl(location.query))
    assert query["response_type"] == "code" and query["client_id"] == "discretie"
    assert query["redirect_uri"] == CALLBACK and query["scope"] == "openid email profile groups"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert len(query["state"]) >= 43 and len(query["nonce"]) >= 43 and query["state"] != query["nonce"]
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("discretie_oidc=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Path=/login/oidc/school/" in cookie
    # sealed: neither the state, the nonce nor the verifier can be read from it
    value = cookie.split(";")[0].partition("=")[2]
    assert query["state"] not in value and query["nonce"] not in value
    raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    assert query["state"].encode() not in raw and query["nonce"].encode() not in raw


def test_a_verified_school_address_signs_in_with_the_role_of_the_policy(
    browser_client: TestClient, op: OpenIdProvider, store: Store, oidc_app: WebApp
) -> None:
    response, _back = sign_in(browser_client, op, "an.peeters")
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    assert 'http-equiv="refresh" content="0; url=/queue"' in response.text  # type: ignore[attr-defined]
    assert "aangemeld als an.peeters@sintpieterscollege.be (beoordelaar)" in response.text  # type: ignore[attr-defined]
    assert browser_client.get("/queue").status_code == 200
    account = browser_client.get("/account")
    assert "<dt>Rol</dt><dd>beoordelaar</dd>" in account.text
    assert "uw wachtwoord beheert u daar" in account.text and 'name="current"' not in account.text
    (me,) = [r for r in store.reviewers() if r.name == f"an.peeters@{DOMAIN}"]
    assert (me.role, me.oidc) == ("reviewer", True)
    entries = [(e.action, e.actor, e.via) for e in store.audit_entries()]
    assert ("reviewer_add", "discretie", "oidc") in entries and ("login", f"an.peeters@{DOMAIN}", "web") in entries
    with TestClient(oidc_app, base_url=BASE, follow_redirects=False) as fresh:  # no password opens it
        assert login(fresh, f"an.peeters@{DOMAIN}", "!oidc").status_code == 401


def test_a_group_claim_gives_its_role_and_a_policy_change_applies_at_the_next_sign_in(
    browser_client: TestClient, op: OpenIdProvider, store: Store
) -> None:
    response, _ = sign_in(browser_client, op, "dpo.lien")
    assert response.status_code == 200 and "(beheerder)" in response.text  # type: ignore[attr-defined]
    assert {r.name: r.role for r in store.reviewers()}[f"dpo.lien@{DOMAIN}"] == "administrator"


@pytest.mark.parametrize(
    ("login_name", "reason"),
    [
        ("unverified.jan", "Het e-mailadres unverified.jan@sintpieterscollege.be is niet bevestigd"),
        ("jan.peeters@gmail.com", "jan.peeters@gmail.com is geen adres van de school (sintpieterscollege.be)"),
        ("bert.claes", "bert.claes@sintpieterscollege.be heeft geen toegang tot de console"),
    ],
)
def test_unverified_foreign_and_unlisted_addresses_are_refused(
    browser_client: TestClient, op: OpenIdProvider, store: Store, login_name: str, reason: str
) -> None:
    response, _ = sign_in(browser_client, op, login_name)
    assert response.status_code == 403  # type: ignore[attr-defined]
    assert reason in response.text  # type: ignore[attr-defined]
    assert browser_client.get("/queue").status_code == 303  # no session
    assert [r.name for r in store.reviewers()] == [NAME, "bert.claes"]  # the fixture's two local accounts only
    (refused,) = [e for e in store.audit_entries() if e.action == "login_refused"]
    assert refused.via == "oidc" and reason in refused.note


def test_a_callback_with_another_state_or_used_twice_is_refused(
    browser_client: TestClient, op: OpenIdProvider, store: Store
) -> None:
    back = op.sign_in(start(browser_client), "an.peeters", CALLBACK)
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(back).query))
    forged = browser_client.get("/login/oidc/school/callback?" + urllib.parse.urlencode({**query, "state": "x" * 43}))
    assert forged.status_code == 403 and "De aanmelding klopt niet (state)" in forged.text
    # the refusal ended the pending sign-in: the right callback now finds nothing to finish
    again = browser_client.get(callback_path(back))
    assert again.status_code == 403 and "verlopen" in again.text
    assert browser_client.get("/queue").status_code == 303


def test_an_id_token_with_another_nonce_is_refused(browser_client: TestClient, op: OpenIdProvider) -> None:
    """The callback is real (state and PKCE verifier right, the code valid at the provider); only
    the nonce the provider put in the ID token is not the one this browser's sign-in asked for."""
    url = urllib.parse.urlsplit(start(browser_client))
    query = dict(urllib.parse.parse_qsl(url.query))
    query["nonce"] = "een-andere-nonce-van-een-aanvaller-0123456789"
    crafted = urllib.parse.urlunsplit(url._replace(query=urllib.parse.urlencode(query)))
    back = op.sign_in(crafted, "an.peeters", CALLBACK)
    response = browser_client.get(callback_path(back))
    assert response.status_code == 403
    assert "Het ID-token is geweigerd: nonce klopt niet." in response.text
    assert browser_client.get("/queue").status_code == 303


def test_an_id_token_for_another_audience_is_refused(op: OpenIdProvider, secret_file: Path) -> None:
    """A real ID token of the provider, signed with its key, for another application (driven
    through the provider's token endpoint): refused on its audience; the same for the console is
    accepted, so the audience is the only difference."""
    provider = school_provider(op, secret_file)
    client = OidcClient()
    data = asyncio.run(client.provider_data(provider))
    nonce = "nonce-voor-de-audience-test-0123456789"
    foreign = op.tokens(OTHER_APP, "an.peeters", nonce=nonce, redirect_uri=CALLBACK)["id_token"]
    payload = json.loads(base64.urlsafe_b64decode(foreign.split(".")[1] + "=="))
    assert payload["aud"] == "andere-toepassing" and payload["nonce"] == nonce
    with pytest.raises(OidcError, match=r"publiek \(audience\) klopt niet"):
        client.validate(provider, data, foreign, nonce=nonce, now=payload["iat"])
    own = op.tokens(CONSOLE, "an.peeters", nonce=nonce, redirect_uri=CALLBACK)["id_token"]
    claims = client.validate(provider, data, own, nonce=nonce, now=payload["iat"])
    assert claims["aud"] == "discretie" and claims["email"] == f"an.peeters@{DOMAIN}"


def test_a_changed_expired_or_foreign_issuer_id_token_is_refused(op: OpenIdProvider, secret_file: Path) -> None:
    provider = school_provider(op, secret_file)
    client = OidcClient()
    data = asyncio.run(client.provider_data(provider))
    nonce = "nonce-voor-de-handtekening-0123456789"
    token = op.tokens(CONSOLE, "an.peeters", nonce=nonce, redirect_uri=CALLBACK)["id_token"]
    head, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=="))
    changed = dict(claims, email=f"directeur@{DOMAIN}")
    forged_body = base64.urlsafe_b64encode(json.dumps(changed).encode()).decode().rstrip("=")
    with pytest.raises(OidcError, match="handtekening"):
        client.validate(provider, data, f"{head}.{forged_body}.{signature}", nonce=nonce, now=claims["iat"])
    with pytest.raises(OidcError, match="geldigheid"):
        client.validate(provider, data, token, nonce=nonce, now=claims["exp"] + provider.leeway + 1)
    elsewhere = school_provider(op, secret_file, issuer="https://login.microsoftonline.com/tenant/v2.0")
    with pytest.raises(OidcError, match="uitgever"):
        client.validate(elsewhere, data, token, nonce=nonce, now=claims["iat"])


def test_a_local_account_is_not_taken_over_and_password_sign_in_can_be_switched_off(
    store: Store, oidc_policy: Policy, op: OpenIdProvider
) -> None:
    store.add_reviewer(f"lien.maes@{DOMAIN}", FAST.hash(PASSWORD), actor="ict")
    app = create_app(oidc_policy, store, hasher=FAST)
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        response, _ = sign_in(client, op, "lien.maes")
        assert response.status_code == 403  # type: ignore[attr-defined]
        assert "lien.maes@sintpieterscollege.be is een lokaal account" in response.text  # type: ignore[attr-defined]
    assert {r.name: (r.role, r.oidc) for r in store.reviewers()}[f"lien.maes@{DOMAIN}"] == ("reviewer", False)
    only_oidc = oidc_policy.model_copy(update={"signin": oidc_policy.signin.model_copy(update={"local": False})})
    with TestClient(create_app(only_oidc, store, hasher=FAST), base_url=BASE, follow_redirects=False) as client:
        page = client.get("/login")
        assert 'href="/login/oidc/school"' in page.text and 'name="password"' not in page.text
        token = client.cookies["discretie_login"]  # the form's token: only the switch refuses
        refused = client.post("/login", data={"csrf": token, "name": NAME, "password": PASSWORD})
        assert refused.status_code == 403 and "Aanmelden met een wachtwoord staat uit" in refused.text


def test_an_unreachable_provider_gives_the_sign_in_page_with_the_reason(
    store: Store, policy: Policy, secret_file: Path
) -> None:
    from tests.helpers import free_port

    down = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    provider = OidcProvider.model_validate(
        {
            "name": "school",
            "issuer": down,
            "client_id": "discretie",
            "client_secret_file": str(secret_file),
            "redirect_uri": CALLBACK,
            "domains": [DOMAIN],
        }
    )
    app = create_app(policy.model_copy(update={"signin": SignIn(oidc=(provider,))}), store, hasher=FAST)
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        response = client.get("/login/oidc/school")
        assert response.status_code == 503
        assert "De aanmeldprovider is niet bereikbaar (ConnectError)." in response.text
        assert 'name="password"' in response.text  # local sign-in still offered
