"""Issue 16 item 3 in a real browser: the DPO unticks the parent and releases a held message to
the colleague only; the upstream gets it once, for the colleague alone."""

from __future__ import annotations

import re
import smtplib
import time
from pathlib import Path

from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import create_app
from tests.helpers import Sink, ThreadGateway
from tests.web.conftest import FAST, NAME, PASSWORD
from tests.web.server import WebServer
from tests.web.test_browser import PARENT, TEACHER, browser, exe_mail, gateway, page, sign_in  # noqa: F401

COLLEAGUE = "an.devos@sintpieterscollege.be"


def test_partial_release_in_the_browser(
    gateway: tuple[ThreadGateway, Sink, Policy],  # noqa: F811
    page: object,  # noqa: F811
    tmp_path: Path,
) -> None:
    gw, sink, policy = gateway
    raw = exe_mail()
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(TEACHER)
        client.rcpt(PARENT)
        client.rcpt(COLLEAGUE)
        code, reply = client.data(raw)
    assert code == 250, reply
    match = re.search(rb"D-[0-9A-Z]{8}", reply)
    assert match
    ref = match.group().decode()
    store = Store.open(policy.store.path, policy.store.key_file, create=False)
    store.add_reviewer(NAME, FAST.hash(PASSWORD), actor="ict")
    server = WebServer(create_app(policy, store, hasher=FAST)).start()
    try:
        sign_in(page, server.url)
        page.goto(f"{server.url}/queue/{ref}")  # type: ignore[attr-defined]
        release = page.locator("form[action$='/release']")  # type: ignore[attr-defined]
        release.get_by_label(PARENT, exact=False).uncheck()
        assert release.get_by_label(COLLEAGUE, exact=False).first.is_checked()
        page.get_by_role("button", name="Vrijgeven en verzenden").click()  # type: ignore[attr-defined]
        page.wait_for_url(f"**/queue/{ref}")  # type: ignore[attr-defined]
        assert "vrijgegeven voor 1 van de 2 ontvangers" in page.locator(".flash-ok").inner_text()  # type: ignore[attr-defined]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and store.get_message(ref).state != "released":
            time.sleep(0.1)
        time.sleep(1.0)  # a second delivery would show up here
        delivered = [r for r in sink.received if b"<browser-e2e@sintpieterscollege.be>" in r.data]
        assert [r.rcpt_tos for r in delivered] == [[COLLEAGUE]]
        assert PARENT.encode() not in delivered[0].data
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not [r for r in sink.received if b"niet aan iedereen" in r.data]:
            time.sleep(0.1)
        (notice,) = [r for r in sink.received if r.rcpt_tos == [TEACHER] and b"niet aan iedereen" in r.data]
        assert b"o***@gmail.com" in notice.data
    finally:
        server.stop()
        store.close()
