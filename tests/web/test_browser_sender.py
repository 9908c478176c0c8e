"""Issue 16 items 4 and 5 end to end in a real browser (Debian's chromium, Playwright) against a
real gateway over SMTP: the teacher's self-service link from the notice the outbox delivered
withdraws the held mail and a second use is refused; a request for release reaches the DPO's queue
("vrijgave gevraagd") and she releases it; an exception granted from a held message lets the next
identical mail pass and ends (time travel through the gateway store's clock).

Screenshots of the new pages go to ``$DISCRETIE_SCREENSHOTS`` when set (docs/img), else nowhere."""

from __future__ import annotations

import email
import os
import re
import smtplib
import time
from collections.abc import Iterator
from email.policy import default
from pathlib import Path

import pytest

from discretie.serve import EXCEPTIONS_INTERVAL
from discretie.store import Store
from discretie.web.app import create_app
from tests.helpers import REPO, Sink, ThreadGateway, free_port, make_policy
from tests.test_e2e import PARENT, SENSITIVE, TEACHER
from tests.test_pg_gateway import ref_of, send
from tests.web import test_browser
from tests.web.conftest import FAST, NAME, PASSWORD
from tests.web.server import WebServer
from tests.web.test_browser import CHROMIUM, VIEWPORT, sign_in

browser = test_browser.browser  # the module's fixtures: one chromium, a fresh page per test
page = test_browser.page

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt install chromium)")
LINK = re.compile(r"http://127\.0\.0\.1:\d+/afzender/[A-Za-z0-9._-]+")


class Setup:
    """A gateway whose notices link to a console served on 127.0.0.1, and that console."""

    def __init__(self, tmp_path: Path, sink: Sink):
        self.sink = sink
        web_port = free_port()
        base = (REPO / "policy.yaml").read_text("utf-8")
        with_link = base.replace("  public_url: null ", f"  public_url: http://127.0.0.1:{web_port} ")
        assert with_link != base, "policy.yaml changed: adapt the console.public_url override"
        self.policy, path = make_policy(tmp_path, sink.url, base=with_link)
        self.gateway = ThreadGateway(self.policy, path).start()
        self.store = Store.open(self.policy.store.path, self.policy.store.key_file, create=False)
        self.store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict", role="administrator")  # grants exceptions
        self.web = WebServer(create_app(self.policy, self.store, hasher=FAST), port=web_port).start()

    def hold(self) -> str:
        code, reply = send(self.gateway.port)
        assert code == 250 and b"vastgehouden" in reply, reply
        return ref_of(reply)

    def link_for(self, ref: str) -> str:
        """The link in the notice the outbox delivered to the teacher (through the upstream)."""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            for received in self.sink.received:
                if received.rcpt_tos == [TEACHER] and ref.encode() in received.data:
                    mail = email.message_from_bytes(received.data, policy=default)
                    text = str(mail.get_body(("plain",)).get_content())  # type: ignore[union-attr]
                    match = LINK.search(text)
                    assert match, text
                    return match.group()
            time.sleep(0.05)
        raise AssertionError(f"no notice for {ref}")

    def close(self) -> None:
        self.web.stop()
        self.store.close()
        self.gateway.stop()


@pytest.fixture
def setup(tmp_path: Path, sink: Sink) -> Iterator[Setup]:
    s = Setup(tmp_path, sink)
    yield s
    s.close()


def shot(view: object, name: str) -> None:
    target = os.environ.get("DISCRETIE_SCREENSHOTS")
    if target:
        view.screenshot(path=str(Path(target) / name), full_page=True)  # type: ignore[attr-defined]


def to_parent(sink: Sink) -> list[bytes]:
    return [r.data for r in sink.received if PARENT in r.rcpt_tos]


def test_teacher_link_withdraws_a_held_mail_and_a_second_use_is_refused(setup: Setup, browser: object) -> None:
    """Without JavaScript, as a teacher's browser may be: the link opens the page (subject and
    rules only), "Intrekken" ends the message and wipes its body; the same link again says it was
    used."""
    ref = setup.hold()
    link = setup.link_for(ref)
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE", java_script_enabled=False)  # type: ignore[attr-defined]
    try:
        teacher = context.new_page()
        response = teacher.goto(link)
        assert response.status == 200
        assert teacher.locator("h1").inner_text() == "Uw vastgehouden bericht"
        assert "Lotte (3B)" in teacher.locator("dl.facts").inner_text()
        assert "gevoelige info" in teacher.locator("dl.facts").inner_text()
        assert "epilepsie" not in teacher.content() and PARENT not in teacher.content()
        shot(teacher, "afzender-link.png")
        teacher.get_by_role("button", name="Intrekken: ik deel dit via het leerlingvolgsysteem").click()
        teacher.wait_for_load_state()
        assert "Uw bericht is ingetrokken en de inhoud is gewist" in teacher.locator("main").inner_text()
        held = setup.store.get_message(ref)
        assert (held.state, held.sender_request, held.has_body) == ("rejected", "withdraw", False)

        again = teacher.goto(link)
        assert again.status == 410
        assert teacher.locator("h1").inner_text() == "Deze link is al gebruikt"
        assert teacher.get_by_role("button").count() == 0
    finally:
        context.close()
    assert to_parent(setup.sink) == []


def test_release_request_appears_for_the_dpo_who_releases_it(setup: Setup, browser: object, page: object) -> None:
    ref = setup.hold()
    other = setup.hold()
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE")  # type: ignore[attr-defined]
    try:
        teacher = context.new_page()
        teacher.goto(setup.link_for(ref))
        teacher.get_by_label("Waarom moet dit bericht toch vertrekken?", exact=False).fill(
            "De ouders vroegen dit verslag zelf op, afgesproken met de zorgcoördinator."
        )
        teacher.get_by_role("button", name="Vrijgave vragen").click()
        teacher.wait_for_load_state()
        assert "Uw vraag om vrijgave is doorgegeven" in teacher.locator("main").inner_text()
    finally:
        context.close()

    sign_in(page, setup.web.url)
    row = page.locator("tbody tr", has_text=ref)  # type: ignore[attr-defined]
    assert "vrijgave gevraagd" in row.inner_text().lower()  # a badge (upper case by the style sheet)
    assert "vrijgave gevraagd" not in page.locator("tbody tr", has_text=other).inner_text().lower()  # type: ignore[attr-defined]
    page.get_by_label("Alleen vrijgave gevraagd").check()  # type: ignore[attr-defined]
    page.get_by_role("button", name="Filteren").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/queue?*requested=1*")  # type: ignore[attr-defined]
    assert page.locator("tbody tr").count() == 1 and ref in page.locator("tbody tr").inner_text()  # type: ignore[attr-defined]
    shot(page, "webconsole-vrijgave-gevraagd.png")
    page.locator("tbody tr a", has_text="Lotte (3B)").click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
    card = page.locator("section", has_text="Vrijgave gevraagd")  # type: ignore[attr-defined]
    assert "afgesproken met de zorgcoördinator" in card.inner_text()
    page.get_by_role("button", name="Vrijgeven en verzenden").click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
    deadline = time.monotonic() + 15
    while not to_parent(setup.sink) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(to_parent(setup.sink)) == 1 and b"epilepsie" in to_parent(setup.sink)[0]
    assert setup.store.get_message(other).state == "held"


def test_exception_from_a_message_lets_the_next_identical_mail_pass_and_expires(setup: Setup, page: object) -> None:
    ref = setup.hold()
    sign_in(page, setup.web.url)
    page.goto(f"{setup.web.url}/queue/{ref}")  # type: ignore[attr-defined]
    page.get_by_label("Regel", exact=True).select_option("sensitive")  # type: ignore[attr-defined]
    page.get_by_label("Aantal dagen").fill("1")  # type: ignore[attr-defined]
    page.get_by_label("Reden (voor het register)").fill("Verslag op vraag van de ouders")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Uitzondering toestaan").click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
    assert "Uitzondering U-" in page.locator(".flash-ok").inner_text()  # type: ignore[attr-defined]
    page.goto(f"{setup.web.url}/exceptions")  # type: ignore[attr-defined]
    row = page.locator("tbody tr").first  # type: ignore[attr-defined]
    assert "gevoelige info" in row.inner_text() and PARENT in row.inner_text() and "geldig" in row.inner_text()
    shot(page, "webconsole-uitzonderingen.png")

    time.sleep(EXCEPTIONS_INTERVAL * 2.5)  # the gateway's next look at the store
    code, reply = send(setup.gateway.port, SENSITIVE)
    assert code == 250 and b"vastgehouden" not in reply, reply
    deadline = time.monotonic() + 15
    while not to_parent(setup.sink) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(to_parent(setup.sink)) == 1

    # A day and a minute later by the gateway store's clock: the exception has ended.
    gateway_store = setup.gateway.running.store
    gateway_store._clock = lambda: time.time() + 86400 + 60
    time.sleep(EXCEPTIONS_INTERVAL * 2.5)
    code, reply = send(setup.gateway.port, SENSITIVE)
    assert code == 250 and b"vastgehouden" in reply, reply
    assert len(to_parent(setup.sink)) == 1


def test_a_release_request_is_granted_to_one_of_two_recipients(setup: Setup, browser: object, page: object) -> None:
    """Issue 16's whole path: a mail to a parent and to the CLB is held; the teacher asks for release
    through the link; the DPO finds the request, releases to the CLB colleague only; the CLB gets it, the
    parent never does, and the teacher's notice names the recipient left out (masked)."""
    clb = "els.claes@clb-leuven.be"
    with smtplib.SMTP("127.0.0.1", setup.gateway.port, local_hostname="client.test", timeout=60) as client:
        client.ehlo()
        client.mail(TEACHER)
        client.rcpt(PARENT)
        client.rcpt(clb)
        code, reply = client.data(SENSITIVE)
    assert code == 250 and b"vastgehouden" in reply, reply
    ref = ref_of(reply)
    context = browser.new_context(viewport=VIEWPORT, locale="nl-BE")  # type: ignore[attr-defined]
    try:
        teacher = context.new_page()
        teacher.goto(setup.link_for(ref))
        teacher.get_by_label("Waarom moet dit bericht toch vertrekken?", exact=False).fill("Het CLB heeft dit nodig.")
        teacher.get_by_role("button", name="Vrijgave vragen").click()
        teacher.wait_for_load_state()
    finally:
        context.close()
    sign_in(page, setup.web.url)
    page.get_by_label("Alleen vrijgave gevraagd").check()  # type: ignore[attr-defined]
    page.get_by_role("button", name="Filteren").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/queue?*requested=1*")  # type: ignore[attr-defined]
    page.locator("tbody tr a", has_text="Lotte (3B)").click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
    release = page.locator("form[action$='/release']")  # type: ignore[attr-defined]
    release.get_by_label(PARENT, exact=False).uncheck()
    assert release.get_by_label(clb, exact=False).is_checked()
    page.get_by_role("button", name="Vrijgeven en verzenden").click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
    deadline = time.monotonic() + 15
    while not [r for r in setup.sink.received if clb in r.rcpt_tos] and time.monotonic() < deadline:
        time.sleep(0.05)
    delivered = [r for r in setup.sink.received if clb in r.rcpt_tos]
    assert len(delivered) == 1 and delivered[0].rcpt_tos == [clb] and b"epilepsie" in delivered[0].data
    assert to_parent(setup.sink) == []
    deadline = time.monotonic() + 15  # the outbox marks it released once the upstream has accepted it
    while setup.store.get_message(ref).state != "released" and time.monotonic() < deadline:
        time.sleep(0.05)
    held = setup.store.get_message(ref)
    assert held.state == "released" and held.release_to == (clb,) and held.not_released_to == (PARENT,)
    deadline = time.monotonic() + 15
    notices: list[bytes] = []
    while not notices and time.monotonic() < deadline:
        notices = [r.data for r in setup.sink.received if r.rcpt_tos == [TEACHER] and b"niet aan iedereen" in r.data]
        time.sleep(0.05)
    assert len(notices) == 1 and PARENT.encode() not in notices[0]  # the parent left out is named masked
