"""The console in a real browser (Debian's chromium driven by Playwright) against a real gateway.

One browser for the module. Screenshots of the main pages go to ``$DISCRETIE_SCREENSHOTS`` when
set (``DISCRETIE_SCREENSHOTS=docs/img`` refreshes the ones in the DPO guide), else to a
temporary directory."""

from __future__ import annotations

import csv
import io
import os
import re
import smtplib
import struct
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from discretie.policy import Policy
from discretie.store import Store, TraceEntry
from discretie.web.app import create_app
from tests.helpers import REPO, Sink, ThreadGateway, make_policy
from tests.web.conftest import FAST, NAME, PASSWORD, hold
from tests.web.demo import SettableClock, fill_demo
from tests.web.server import WebServer

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt install chromium)")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=nl-BE",
]
VIEWPORT = {"width": 1280, "height": 800}
TEACHER = "jan.peeters@sintpieterscollege.be"
PARENT = "ouder.janssens@gmail.com"
DPO = "privacy@lksd.ksleuven.be"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE", accept_downloads=True)  # type: ignore[attr-defined]
    context.set_default_timeout(15_000)
    p = context.new_page()
    yield p
    context.close()


def sign_in(page: object, url: str, name: str = NAME, password: str = PASSWORD) -> None:
    page.goto(url + "/queue")  # type: ignore[attr-defined]
    assert "/login" in page.url  # type: ignore[attr-defined]
    page.get_by_label("Naam").fill(name)  # type: ignore[attr-defined]
    page.get_by_label("Wachtwoord").fill(password)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Aanmelden").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/queue")  # type: ignore[attr-defined]


def exe_mail() -> bytes:
    """A message with a Windows program attached (MZ/PE header): held by the attachment rule in
    the test's policy, whatever the content rules decide."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"Jan Peeters <{TEACHER}>"
    msg["To"] = PARENT
    msg["Subject"] = "Rooster en installatieprogramma"
    msg["Message-ID"] = "<browser-e2e@sintpieterscollege.be>"
    msg.set_content("Beste ouder,\n\nIn bijlage het programma voor het rooster.\n\nJan Peeters\n")
    pe = b"MZ" + b"\x90\x00" * 29 + struct.pack("<I", 64) + b"PE\x00\x00" + bytes(200)
    msg.add_attachment(pe, maintype="application", subtype="octet-stream", filename="rooster.exe")
    return msg.as_bytes()


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[tuple[ThreadGateway, Sink, Policy]]:
    sink = Sink().start()
    base = (REPO / "policy.yaml").read_text("utf-8")
    held = base.replace(
        "    action: reject\n    category_actions: {archive: hold, unreadable: hold}",
        "    action: hold\n    category_actions: {archive: hold, unreadable: hold}",
    )
    assert held != base, "policy.yaml changed: adapt the attachment override"
    policy, path = make_policy(tmp_path, sink.url, base=held)
    gw = ThreadGateway(policy, path).start()
    yield gw, sink, policy
    gw.stop()
    sink.stop()


def test_held_by_smtp_then_released_in_the_browser_and_delivered(
    gateway: tuple[ThreadGateway, Sink, Policy], page: object, tmp_path: Path
) -> None:
    """Sign in, see the message the gateway held, open it, release it, see it arrive at the
    upstream exactly once; export the incident register as CSV."""
    gw, sink, policy = gateway
    raw = exe_mail()
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(TEACHER)
        client.rcpt(PARENT)
        code, reply = client.data(raw)
    assert code == 250 and b"vastgehouden" in reply, reply
    match = re.search(rb"D-[0-9A-Z]{8}", reply)
    assert match
    ref = match.group().decode()

    store = Store.open(policy.store.path, policy.store.key_file, create=False)  # a second process would do the same
    store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict")
    server = WebServer(create_app(policy, store, hasher=FAST)).start()
    try:
        sign_in(page, server.url)
        row = page.locator("tbody tr", has_text=ref)  # type: ignore[attr-defined]
        assert row.count() == 1
        assert "Rooster en installatieprogramma" in row.inner_text() and "bijlage" in row.inner_text()
        page.get_by_role("link", name="Rooster en installatieprogramma").click()  # type: ignore[attr-defined]
        page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
        assert page.locator("h1").inner_text() == "Rooster en installatieprogramma"  # type: ignore[attr-defined]
        assert "rooster.exe" in page.locator("#h-att + table").inner_text()  # type: ignore[attr-defined]
        assert "In bijlage het programma" in page.locator("pre.body-text").inner_text()  # type: ignore[attr-defined]
        assert [r for r in sink.received if PARENT in r.rcpt_tos] == []

        page.get_by_label("Notitie voor het register", exact=False).first.fill("Ouder vroeg het programma zelf op")  # type: ignore[attr-defined]
        page.get_by_label("Bericht aan de afzender (optioneel", exact=False).fill("Volgende keer via Smartschool.")  # type: ignore[attr-defined]
        page.get_by_role("button", name="Vrijgeven en verzenden").click()  # type: ignore[attr-defined]
        page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
        assert "is vrijgegeven" in page.locator(".flash-ok").inner_text()  # type: ignore[attr-defined]

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not [r for r in sink.received if PARENT in r.rcpt_tos]:
            time.sleep(0.1)
        time.sleep(1.2)  # a second delivery would show up here
        delivered = [r for r in sink.received if PARENT in r.rcpt_tos]
        assert len(delivered) == 1
        assert delivered[0].data == raw and delivered[0].mail_from == TEACHER
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and store.get_message(ref).state != "released":
            time.sleep(0.1)
        page.reload()  # type: ignore[attr-defined]
        assert "vrijgegeven en verzonden" in page.locator(".state-lg").inner_text()  # type: ignore[attr-defined]
        assert "De inhoud is gewist" in page.content()  # type: ignore[attr-defined]
        # the message went to the sender with the "vrijgegeven" notice, the register's note did not
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not [r for r in sink.received if b"vrijgegeven" in r.data]:
            time.sleep(0.1)
        (notice,) = [r.data for r in sink.received if r.rcpt_tos == [TEACHER] and b"vrijgegeven" in r.data]
        assert b"Volgende keer via Smartschool." in notice and b"Ouder vroeg" not in notice
        assert store.get_message(ref).note == "Ouder vroeg het programma zelf op"

        page.get_by_role("link", name="Incidenten").click()  # type: ignore[attr-defined]
        page.wait_for_url("**/incidents")  # type: ignore[attr-defined]
        with page.expect_download() as info:  # type: ignore[attr-defined]
            page.get_by_role("button", name="Exporteren als CSV").click()  # type: ignore[attr-defined]
        download = info.value
        assert re.fullmatch(r"incidenten-\d{8}-\d{4}\.csv", download.suggested_filename)
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
        (incident,) = [r for r in rows if r["id"] == ref]
        assert incident["rules"] == "attachment" and incident["sender"] == TEACHER
        assert incident["recipients_external"] == "1" and incident["action"] == "hold"
        actions = [(e.action, e.actor, e.via) for e in store.audit_entries() if e.via == "web"]
        for expected in (
            ("login", NAME, "web"),
            ("view", NAME, "web"),
            ("release", NAME, "web"),
            ("export", NAME, "web"),
        ):
            assert expected in actions
    finally:
        server.stop()
        store.close()


@pytest.fixture
def web(tmp_path: Path, policy: Policy) -> Iterator[tuple[WebServer, Store]]:
    store = Store.open(tmp_path / "store.db")
    store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict")
    server = WebServer(create_app(policy, store, hasher=FAST)).start()
    yield server, store
    server.stop()
    store.close()


def test_injection_stays_inert_in_the_browser(web: tuple[WebServer, Store], policy: Policy, page: object) -> None:
    """Script and markup in subject, sender name, evidence, file name, text and HTML never run:
    no dialog opens, no injected element exists, in the page or in the HTML frame."""
    server, store = web
    payload = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    ref = hold(
        store,
        policy,
        subject=f"Rapport {payload}",
        display=f"Jan {payload}",
        body=f"Tekst {payload}\n",
        html=f"<p>HTML {payload}</p><svg onload=alert(2)></svg><img src=x onerror=alert(3)>",
        attachments=[(f"x{payload}.pdf", "application/pdf", b"%PDF")],
    )
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    sign_in(page, server.url)
    assert payload in page.locator("td.subject a").inner_text()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/queue/{ref}?html=1")  # type: ignore[attr-defined]
    page.wait_for_load_state("load")  # type: ignore[attr-defined]
    frame = page.frame_locator("iframe.html-frame")  # type: ignore[attr-defined]
    assert "HTML" in frame.locator("p").inner_text()
    assert frame.locator("img[src=x], svg[onload], script").count() == 0
    assert page.locator('img[src="x"]').count() == 0  # type: ignore[attr-defined]
    assert payload in page.locator("h1").inner_text()  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert dialogs == []


def test_stale_csrf_token_in_the_browser_is_refused(web: tuple[WebServer, Store], policy: Policy, page: object) -> None:
    """A form whose token does not match the session (tampered, or from an earlier session)
    gets the Dutch 403 page, and nothing changes."""
    server, store = web
    ref = hold(store, policy)
    sign_in(page, server.url)
    page.goto(f"{server.url}/queue/{ref}")  # type: ignore[attr-defined]
    page.evaluate("document.querySelectorAll('input[name=csrf]').forEach(i => i.value = 'verlopen-token')")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Vrijgeven en verzenden").click()  # type: ignore[attr-defined]
    page.wait_for_load_state("load")  # type: ignore[attr-defined]
    assert "Geweigerd" in page.locator("h1").inner_text()  # type: ignore[attr-defined]
    assert "CSRF" in page.content()  # type: ignore[attr-defined]
    assert store.get_message(ref).state == "held"


def test_core_actions_work_without_javascript_and_by_keyboard(
    web: tuple[WebServer, Store], policy: Policy, browser: object
) -> None:
    """With JavaScript off, sign in with the keyboard only, open a message, add a note and reject
    it; the skip link is the first thing Tab reaches."""
    server, store = web
    ref = hold(store, policy, subject="Zonder JavaScript")
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)  # type: ignore[attr-defined]
    try:
        p = context.new_page()
        p.goto(server.url + "/login")
        p.get_by_label("Naam").focus()  # the field has autofocus; be explicit
        p.keyboard.type(NAME)
        p.keyboard.press("Tab")
        p.keyboard.type(PASSWORD)
        p.keyboard.press("Enter")
        p.wait_for_url("**/queue")
        p.keyboard.press("Tab")
        assert p.evaluate("document.activeElement.textContent") == "Naar de inhoud"
        p.keyboard.press("Enter")  # the skip link moves focus to the content
        assert p.evaluate("document.activeElement.id") == "main"
        p.get_by_role("link", name="Zonder JavaScript").click()
        p.get_by_label("Notitie toevoegen").fill("Afzender gebeld")
        p.get_by_role("button", name="Notitie bewaren").click()
        assert "Notitie bewaard" in p.locator(".flash-ok").inner_text()
        p.get_by_role("button", name="Weigeren").click()
        assert "is geweigerd" in p.locator(".flash-ok").inner_text()
        assert store.get_message(ref).state == "rejected"
        assert store.get_message(ref).note == "Afzender gebeld"
    finally:
        context.close()


def test_screenshots_of_the_main_pages(policy: Policy, browser: object, tmp_path: Path) -> None:
    """Login, queue, message and incidents at 1280x800 with realistic Dutch demo data."""
    target = Path(os.environ.get("DISCRETIE_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    now = time.time()
    clock = SettableClock(now)
    store = Store.open(tmp_path / "demo.db", clock=clock)
    refs = fill_demo(store, policy, clock, now=now)
    store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict")
    clock.now = time.time()
    store.mark_seen(refs[3:], reviewer=NAME)
    teacher, parents = "jan.peeters@sintpieterscollege.be", ("ouder.janssens@gmail.com", "an.claes@telenet.be")
    store.add_trace(
        [
            TraceEntry(clock.now - 7200, teacher, parents, 0, 2, "rewrite", 250, None, 18_342),
            TraceEntry(
                clock.now - 5400,
                teacher,
                (parents[0], "leen.wouters@sintpieterscollege.be"),
                1,
                1,
                "hold",
                250,
                refs[0],
                24_610,
            ),
            TraceEntry(
                clock.now - 600, teacher, ("directie@sintpieterscollege.be",), 1, 0, "forward", 250, None, 3_120
            ),
        ]
    )
    server = WebServer(create_app(policy, store, hasher=FAST)).start()
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE")  # type: ignore[attr-defined]
    try:
        p = context.new_page()
        p.goto(server.url + "/login")
        shots = {"login": target / "webconsole-login.png"}
        p.screenshot(path=str(shots["login"]))
        p.get_by_label("Naam").fill(NAME)
        p.get_by_label("Wachtwoord").fill(PASSWORD)
        p.get_by_role("button", name="Aanmelden").click()
        p.wait_for_url("**/queue")
        shots["queue"] = target / "webconsole-wachtrij.png"
        p.screenshot(path=str(shots["queue"]))
        p.goto(f"{server.url}/queue/{refs[0]}")
        shots["message"] = target / "webconsole-bericht.png"
        p.screenshot(path=str(shots["message"]))
        p.goto(f"{server.url}/incidents")
        shots["incidents"] = target / "webconsole-incidenten.png"
        p.screenshot(path=str(shots["incidents"]))
        p.goto(f"{server.url}/trace?van={teacher}&aan=&vanaf=&tot=")
        shots["trace"] = target / "webconsole-berichtenspoor.png"
        p.screenshot(path=str(shots["trace"]))
        p.goto(f"{server.url}/senders")
        shots["senders"] = target / "webconsole-afzenders.png"
        p.screenshot(path=str(shots["senders"]))
    finally:
        context.close()
        server.stop()
        store.close()
    for path in shots.values():
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (1280, 800)


def test_oidc_sign_in_through_a_real_provider_in_the_browser(browser: object, tmp_path: Path, policy: Policy) -> None:
    """Issue 16: the school account button, the provider's own sign-in and consent pages (a real
    oidc-provider on loopback), back to the console's queue with the role the policy gives."""
    from discretie.signin import OidcProvider, SignIn
    from tests.helpers import free_port
    from tests.oidc_provider import SECRET, Client, OpenIdProvider

    port = free_port()
    callback = f"http://127.0.0.1:{port}/login/oidc/school/callback"
    op = OpenIdProvider([Client("discretie", (callback,))])
    secret = tmp_path / "client-secret"
    secret.write_text(SECRET)
    provider = OidcProvider(
        name="school",
        label="Aanmelden met het schoolaccount",
        issuer=op.issuer,
        client_id="discretie",
        client_secret_file=str(secret),
        redirect_uri=callback,
        domains=("sintpieterscollege.be",),
        roles={"an.peeters@sintpieterscollege.be": "reader"},
    )
    store = Store.open(tmp_path / "store.db")
    ref = hold(store, policy)
    app = create_app(policy.model_copy(update={"signin": SignIn(oidc=(provider,))}), store, hasher=FAST)
    server = WebServer(app, port=port).start()
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE")  # type: ignore[attr-defined]
    asked: list[str] = []

    def loopback_only(route: object) -> None:  # the provider's page links a web font: nothing leaves
        url = route.request.url  # type: ignore[attr-defined]
        asked.append(url)
        if url.startswith("http://127.0.0.1:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", loopback_only)
    try:
        p = context.new_page()
        p.goto(server.url + "/queue")
        shots = Path(os.environ.get("DISCRETIE_SCREENSHOTS") or tmp_path)
        p.screenshot(path=str(shots / "webconsole-login-schoolaccount.png"))
        p.get_by_role("link", name="Aanmelden met het schoolaccount").click()
        p.wait_for_url(f"{op.issuer}/interaction/**")
        p.locator("input[name=login]").fill("an.peeters")
        p.locator("input[name=password]").fill("om het even")
        p.get_by_role("button", name="Sign-in").click()
        p.get_by_role("button", name="Continue").click()
        p.wait_for_url(f"{server.url}/queue")
        assert p.locator(".user a").inner_text() == "an.peeters@sintpieterscollege.be"
        assert ref in p.locator("table.queue").inner_text()
        p.goto(f"{server.url}/queue/{ref}")
        assert "Met de rol lezer" in p.content() and p.locator("pre.body-text").count() == 0
        assert p.get_by_role("button", name="Vrijgeven en verzenden").count() == 0
    finally:
        context.close()
        server.stop()
        op.stop()
    assert {r.name: r.role for r in store.reviewers()} == {"an.peeters@sintpieterscollege.be": "reader"}
    assert [e.action for e in store.audit_entries() if e.actor == "an.peeters@sintpieterscollege.be"][:1] == ["login"]
    store.close()


def test_a_breach_record_is_opened_from_an_incident_and_exported(
    web: tuple[WebServer, Store], policy: Policy, page: object, tmp_path: Path
) -> None:
    """Issue 16: from the incident page to a prefilled record, the DPO's decisions, the register
    exported as CSV and printed, in the browser."""
    server, store = web
    ref = hold(store, policy)
    sign_in(page, server.url)
    page.goto(f"{server.url}/incidents/{ref}")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Datalek registreren").click()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r".*/breaches/DL-[0-9A-Z]{8}$"))  # type: ignore[attr-defined]
    breach_id = page.url.rsplit("/", 1)[1]  # type: ignore[attr-defined]
    assert "Datalek " + breach_id in page.locator("h1").inner_text()  # type: ignore[attr-defined]
    assert "nog 7" in page.locator("#deadline").inner_text()  # type: ignore[attr-defined]
    assert page.get_by_label("Aantal betrokkenen").input_value() == "1"  # type: ignore[attr-defined]
    assert page.get_by_label("leerlingen").is_checked()  # type: ignore[attr-defined]
    page.get_by_label("Waarschijnlijke gevolgen").fill("Een ouder kreeg medische gegevens")  # type: ignore[attr-defined]
    page.get_by_label("Melden aan de Vlaamse Toezichtcommissie?").select_option("yes")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Bewaren").click()  # type: ignore[attr-defined]
    assert "Bewaard." in page.locator(".flash-ok").inner_text()  # type: ignore[attr-defined]
    page.get_by_role("link", name="Datalekken", exact=True).click()  # type: ignore[attr-defined]
    page.wait_for_url("**/breaches")  # type: ignore[attr-defined]
    assert breach_id in page.locator("table.data").inner_text()  # type: ignore[attr-defined]
    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Exporteren als CSV").click()  # type: ignore[attr-defined]
    download = info.value
    assert re.fullmatch(r"datalekken-\d{8}-\d{4}\.csv", download.suggested_filename)
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    (row,) = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert row["Nummer"] == breach_id and row["Incident"] == ref
    assert row["Gevolgen"] == "Een ouder kreeg medische gegevens" and row["Melden aan de toezichthouder"] == "ja"
    page.get_by_role("link", name="Afdrukbare versie").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/breaches/print")  # type: ignore[attr-defined]
    assert "Een ouder kreeg medische gegevens" in page.locator(".print-record").inner_text()  # type: ignore[attr-defined]
    shots = Path(os.environ.get("DISCRETIE_SCREENSHOTS") or tmp_path)
    page.goto(f"{server.url}/breaches/{breach_id}")  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "webconsole-datalek.png"))  # type: ignore[attr-defined]
    actions = [e.action for e in store.audit_entries() if e.action.startswith("breach_")]
    assert actions == ["breach_open", "breach_edit", "breach_export", "breach_export"]


def test_a_reader_sees_metadata_and_findings_but_no_body_and_cannot_release(
    gateway: tuple[ThreadGateway, Sink, Policy], page: object
) -> None:
    """Issue 16: a reader opens the held message in the browser: the facts and the rules' findings,
    no body, no attachment link, no decision form; a release posted by hand (with the page's own
    token) is refused with 403 and the message stays held."""
    gw, sink, policy = gateway
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(TEACHER)
        client.rcpt(PARENT)
        code, reply = client.data(exe_mail())
    assert code == 250 and b"vastgehouden" in reply, reply
    match = re.search(rb"D-[0-9A-Z]{8}", reply)
    assert match
    ref = match.group().decode()
    store = Store.open(policy.store.path, policy.store.key_file, create=False)
    store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict", role="reader")
    server = WebServer(create_app(policy, store, hasher=FAST)).start()
    try:
        sign_in(page, server.url)
        page.get_by_role("link", name="Rooster en installatieprogramma").click()  # type: ignore[attr-defined]
        page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
        text = page.locator("main").inner_text()  # type: ignore[attr-defined]
        assert "Rooster en installatieprogramma" in text and "Met de rol lezer" in text
        assert "In bijlage het programma" not in text  # the body
        assert page.locator("pre.body-text").count() == 0  # type: ignore[attr-defined]
        assert page.get_by_role("button", name="Vrijgeven en verzenden").count() == 0  # type: ignore[attr-defined]
        assert page.locator(f"a[href*='/queue/{ref}/attachment']").count() == 0  # type: ignore[attr-defined]
        csrf = page.locator("input[name=csrf]").first.get_attribute("value")  # type: ignore[attr-defined]
        refused = page.request.post(f"{server.url}/queue/{ref}/release", form={"csrf": csrf, "note": "x"})  # type: ignore[attr-defined]
        assert refused.status == 403 and "Uw rol (lezer) laat dit niet toe" in refused.text()
        assert store.get_message(ref).state == "held"
        assert [r for r in sink.received if PARENT in r.rcpt_tos] == []
    finally:
        server.stop()
        store.close()
