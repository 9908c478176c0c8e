"""Fixtures for the web console tests: a store, the app, a signed-in TestClient, held messages."""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Iterator, Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

from discretie.message import parse
from discretie.model import Action, Finding, Severity, Verdict
from discretie.policy import Policy, load_policy
from discretie.store import Store
from discretie.web.app import WebApp, WebSettings, create_app
from tests.web.demo import SettableClock

with warnings.catch_warnings():  # starlette 1.x prefers httpx2; httpx is what is installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

# Cheap argon2 parameters keep the suite fast; the console itself uses argon2-cffi's defaults.
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
NAME = "an.peeters"
PASSWORD = "Groene-appel-42-zon"
OTHER = "bert.claes"
OTHER_PASSWORD = "Blauwe-fiets-77-maan"
BASE = "http://127.0.0.1"
SENDER = "jan.peeters@sintpieterscollege.be"
PARENT = "ouder.janssens@gmail.com"
COLLEAGUE = "an.devos@sintpieterscollege.be"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def finding(
    rule: str = "sensitive",
    category: str = "medical",
    severity: Severity = Severity.HIGH,
    reason: str = "Medische informatie over een leerling: deel dit via het leerlingvolgsysteem, niet per e-mail.",
    evidence: Sequence[str] = ("…zij volgt [therapie] bij…",),
) -> Finding:
    return Finding(rule=rule, category=category, severity=severity, reason=reason, evidence=tuple(evidence))


def raw_message(
    *,
    subject: str = "Verslag CLB Emma",
    sender: str = SENDER,
    display: str = "Jan Peeters",
    to: Sequence[str] = (PARENT,),
    cc: Sequence[str] = (),
    body: str = "Beste ouder,\n\nEmma volgt sinds januari therapie.\n\nJan\n",
    html: str | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((display, sender)) if display else sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Message-ID"] = f"<test-{time.monotonic_ns()}@sintpieterscollege.be>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def hold(
    store: Store,
    policy: Policy,
    *,
    findings: Sequence[Finding] | None = None,
    sender: str = SENDER,
    to: Sequence[str] = (PARENT,),
    cc: Sequence[str] = (),
    **kw: object,
) -> str:
    """Hold a message as the gateway would (encrypted, with its incident and notifications)."""
    raw = raw_message(sender=sender, to=to, cc=cc, **kw)  # type: ignore[arg-type]
    found = tuple(findings) if findings is not None else (finding(),)
    decisive = tuple(dict.fromkeys(f.rule for f in found if f.severity is not Severity.INFO))
    verdict = Verdict(action=Action.HOLD, findings=found, would_action=Action.HOLD, decisive=decisive)
    message = parse(raw, sender, (*to, *cc))
    return store.hold(raw=raw, message=message, verdict=verdict, policy=policy, peer="127.0.0.1:50000")


def login(client: TestClient, name: str = NAME, password: str = PASSWORD) -> httpx.Response:
    page = client.get("/login")
    return client.post("/login", data={"csrf": csrf_of(page.text), "name": name, "password": password})


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(time.time())


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path: Path, clock: SettableClock) -> Iterator[Store]:
    s = Store.open(store_path, clock=clock)
    s.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict")
    s.add_reviewer(OTHER, FAST.hash(OTHER_PASSWORD), actor="ict")
    yield s
    s.close()


@pytest.fixture
def settings() -> WebSettings:
    return WebSettings(page_size=5)


@pytest.fixture
def app(store: Store, policy: Policy, settings: WebSettings) -> WebApp:
    return create_app(policy, store, settings=settings, hasher=FAST)


@pytest.fixture
def client(app: WebApp) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c


@pytest.fixture
def signed_in(client: TestClient) -> TestClient:
    response = login(client)
    assert response.status_code == 303, response.text
    return client


@pytest.fixture
def other(app: WebApp) -> Iterator[TestClient]:
    """A second reviewer in another browser."""
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        response = login(c, OTHER, OTHER_PASSWORD)
        assert response.status_code == 303
        yield c
