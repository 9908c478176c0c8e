"""One held message: what the reviewer sees, the HTML frame, attachments, and the decisions."""

from __future__ import annotations

import email
import email.policy
import html
import sqlite3
import threading

from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from tests import documents
from tests.web.conftest import NAME, OTHER, PARENT, csrf_of, finding, hold


def test_message_page_shows_headers_findings_body_attachments_and_is_audited(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """Headers, findings with the matched passage as <mark>, the decoded text, attachments by
    name, type and size; the view of the body is audited (reviewer, via web) and listed in the
    message's history on the same page."""
    ref = hold(
        store,
        policy,
        subject="Verslag CLB Emma",
        body="Beste ouder,\n\nEmma volgt therapie.\n",
        attachments=[("verslag.pdf", "application/pdf", b"%PDF-1.4 " + b"x" * 2000)],
    )
    page = signed_in.get(f"/queue/{ref}")
    assert page.status_code == 200
    html = page.text
    assert '<h1 class="subject-title">Verslag CLB Emma</h1>' in html
    assert "…zij volgt <mark>therapie</mark> bij…" in html
    assert "Emma volgt <mark>therapie</mark>." in html  # the evidence term marked in the text too
    assert '<dt>From</dt><dd class="break">Jan Peeters &lt;jan.peeters@sintpieterscollege.be&gt;</dd>' in html
    assert "verslag.pdf" in html and "application/pdf" in html and "2 KB" in html
    assert PARENT in html and "extern" in html
    assert "Vrijgeven en verzenden" in html and "Weigeren" in html
    (view,) = [e for e in store.audit_entries(target=ref) if e.action == "view"]
    assert (view.actor, view.via) == (NAME, "web")
    again = signed_in.get(f"/queue/{ref}").text
    assert "inhoud bekeken</strong> door an.peeters" in again


def test_unknown_or_malformed_id_is_a_dutch_404(signed_in: TestClient) -> None:
    for path in ("/queue/D-ZZZZZZZZ", "/queue/nonsense", "/queue/D-ZZZZZZZZ/html", "/incidents/D-ZZZZZZZZ"):
        response = signed_in.get(path)
        assert response.status_code == 404, path
        assert "Niet gevonden" in response.text and '<html lang="nl">' in response.text
    token = csrf_of(signed_in.get("/queue").text)
    assert signed_in.post("/queue/D-ZZZZZZZZ/release", data={"csrf": token}).status_code == 404
    assert signed_in.get("/queue/D-ZZZZZZZZ/attachment/1").status_code == 404


def test_lower_case_reference_is_accepted(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    assert signed_in.get(f"/queue/{ref.lower()}").status_code == 200


def test_html_is_served_inert_in_a_sandboxed_frame(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """The page shows HTML only on request, in <iframe sandbox>; the frame's document comes
    with a CSP that allows no script and no remote content, and is stripped of active parts.
    Viewing it is audited."""
    html_part = (
        '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/">'
        '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">'
        '<script>alert(1)</script></head><body><p onclick="alert(2)">Hallo <b>ouder</b></p>'
        '<img src="https://tracker.example/pixel.gif"><img src="data:image/png;base64,iVBORw0KGgo=">'
        '<a href="https://evil.example/phish">klik</a><iframe src="https://evil.example/"></iframe>'
        '<form action="https://evil.example/"><input name="p"></form>'
        '<div style="background:url(https://evil.example/bg.png)">x</div></body></html>'
    )
    ref = hold(store, policy, html=html_part)
    page = signed_in.get(f"/queue/{ref}").text
    assert "<iframe" not in page and "Toon HTML-weergave" in page
    page = signed_in.get(f"/queue/{ref}?html=1").text
    assert f'<iframe class="html-frame" sandbox="" src="/queue/{ref}/html"' in page
    frame = signed_in.get(f"/queue/{ref}/html")
    assert frame.status_code == 200
    csp = frame.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "sandbox" in csp and "img-src data:" in csp
    assert "script-src" not in csp and "frame-ancestors 'self'" in csp
    assert frame.headers["x-frame-options"] == "SAMEORIGIN"
    body = frame.text
    assert "Hallo <b>ouder</b>" in body
    for bad in (
        "<script",
        "alert(",
        "onclick",
        "evil.example",
        "tracker.example",
        "<iframe",
        "<form",
        "<meta",
        "<base",
    ):
        assert bad not in body, bad
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in body
    entries = [e.action for e in store.audit_entries(target=ref)]
    assert "view_html" in entries
    assert signed_in.get(f"/queue/{hold(store, policy)}/html").status_code == 404  # no HTML part


def test_attachment_download_needs_a_confirmation_and_is_audited(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """GET only shows what will be downloaded; the POST (with CSRF token) sends the bytes as an
    attachment, octet-stream, nosniff, and writes the download to the audit log."""
    data = b"MZ\x90\x00" + bytes(100)
    ref = hold(store, policy, attachments=[("rapport.pdf.exe", "application/pdf", data)])
    confirm = signed_in.get(f"/queue/{ref}/attachment/1")
    assert confirm.status_code == 200 and "Bijlage downloaden?" in confirm.text and "rapport.pdf.exe" in confirm.text
    assert confirm.headers["content-type"].startswith("text/html")
    assert not [e for e in store.audit_entries(target=ref) if e.action == "download"]
    assert signed_in.post(f"/queue/{ref}/attachment/1").status_code == 403
    response = signed_in.post(f"/queue/{ref}/attachment/1", data={"csrf": csrf_of(confirm.text)})
    assert response.status_code == 200 and response.content == data
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith('attachment; filename="rapport.pdf.exe"')
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    (entry,) = [e for e in store.audit_entries(target=ref) if e.action == "download"]
    assert entry.actor == NAME and entry.via == "web" and "rapport.pdf.exe" in (entry.note or "")
    assert signed_in.get(f"/queue/{ref}/attachment/2").status_code == 404


def test_release_once_then_it_is_already_released(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Release moves the message to 'releasing' with an outbox item for the gateway; a second
    release says who released it."""
    ref = hold(store, policy)
    token = csrf_of(signed_in.get(f"/queue/{ref}").text)
    response = signed_in.post(f"/queue/{ref}/release", data={"csrf": token, "note": "ouder vroeg het zelf"})
    assert response.status_code == 303 and response.headers["location"] == f"/queue/{ref}"
    page = signed_in.get(f"/queue/{ref}").text
    assert "is vrijgegeven" in page and "wordt verzonden" in page and "Vrijgeven en verzenden" not in page
    held = store.get_message(ref)
    assert (held.state, held.decided_by, held.note) == ("releasing", NAME, "ouder vroeg het zelf")
    assert [i.ref for i in store.outbox_items() if i.kind == "release"] == [ref]
    again = signed_in.post(f"/queue/{ref}/release", data={"csrf": token})
    assert again.status_code == 303
    assert f"{ref} is al vrijgegeven door an.peeters" in signed_in.get(f"/queue/{ref}").text


def test_two_reviewers_release_at_once_one_wins(
    signed_in: TestClient, other: TestClient, store: Store, policy: Policy
) -> None:
    """Concurrent releases from two browsers: exactly one release, the other reviewer is told
    it was already released (the store's Conflict)."""
    ref = hold(store, policy)
    tokens = {c: csrf_of(c.get(f"/queue/{ref}").text) for c in (signed_in, other)}
    barrier = threading.Barrier(2)
    pages: dict[TestClient, str] = {}

    def release(client: TestClient) -> None:
        barrier.wait()
        client.post(f"/queue/{ref}/release", data={"csrf": tokens[client]})
        pages[client] = client.get(f"/queue/{ref}").text

    threads = [threading.Thread(target=release, args=(c,)) for c in (signed_in, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    won = [c for c, text in pages.items() if "is vrijgegeven: de gateway" in text]
    lost = [c for c, text in pages.items() if "is al vrijgegeven door" in text]
    assert len(won) == 1 and len(lost) == 1
    winner = NAME if won[0] is signed_in else OTHER
    assert f"is al vrijgegeven door {winner}" in pages[lost[0]]
    assert len([i for i in store.outbox_items() if i.kind == "release"]) == 1
    assert len([e for e in store.audit_entries(target=ref) if e.action == "release"]) == 1


def test_reject_with_an_edited_notice_to_the_sender(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """The reject form is prefilled with the policy's Dutch notice; what the reviewer edits is
    exactly what the sender receives; the body is wiped; the decision is audited."""
    ref = hold(store, policy, subject="Verslag {ref} Emma")
    page = signed_in.get(f"/queue/{ref}").text
    assert "heeft uw bericht &#34;Verslag {ref} Emma&#34;" in page or "Verslag {ref} Emma" in page
    assert "De privacyverantwoordelijke heeft uw bericht" in page  # the policy text, prefilled
    edited = "Beste Jan,\n\nDit verslag hoort in Smartschool, niet in de mail. {note} blijft zo.\n\nAn"
    response = signed_in.post(
        f"/queue/{ref}/reject",
        data={"csrf": csrf_of(page), "note": "via LVS delen", "notify": "1", "notice": edited},
    )
    assert response.status_code == 303
    assert "is geweigerd; de inhoud is gewist. De afzender krijgt een melding." in signed_in.get(f"/queue/{ref}").text
    held = store.get_message(ref)
    assert held.state == "rejected" and not held.has_body and held.decided_by == NAME
    (item,) = [i for i in store.outbox_items() if i.kind == "notice_rejected"]
    data = store.outbox_data(item.id)
    assert data is not None
    mail = email.message_from_bytes(data, policy=email.policy.default)
    assert mail["To"] == "jan.peeters@sintpieterscollege.be"
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").strip() == edited.strip()
    (entry,) = [e for e in store.audit_entries(target=ref) if e.action == "reject"]
    assert entry.actor == NAME and entry.via == "web" and "via LVS delen" in (entry.note or "")


def test_reject_without_telling_the_sender(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    page = signed_in.get(f"/queue/{ref}").text
    signed_in.post(f"/queue/{ref}/reject", data={"csrf": csrf_of(page), "notice": "genegeerd"})
    assert store.get_message(ref).state == "rejected"
    assert not [i for i in store.outbox_items() if i.kind == "notice_rejected"]


def test_an_outside_sender_gets_no_notice(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, sender="iemand@gmail.com")
    page = signed_in.get(f"/queue/{ref}").text
    assert "geen schooladres en krijgt geen melding" in page and 'name="notice"' not in page


def test_note_is_kept_shown_and_audited(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    token = csrf_of(signed_in.get(f"/queue/{ref}").text)
    empty = signed_in.post(f"/queue/{ref}/note", data={"csrf": token, "note": "   "})
    assert empty.status_code == 303 and "mag niet leeg zijn" in signed_in.get(f"/queue/{ref}").text
    signed_in.post(f"/queue/{ref}/note", data={"csrf": token, "note": "Gebeld met mevr. Peeters"})
    page = signed_in.get(f"/queue/{ref}").text
    assert "Notitie bewaard" in page and "Gebeld met mevr. Peeters" in page
    assert store.get_message(ref).note == "Gebeld met mevr. Peeters"
    (entry,) = [e for e in store.audit_entries(target=ref) if e.action == "note"]
    assert entry.actor == NAME and entry.via == "web"


def test_decided_message_has_no_body_and_no_decision_form(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, findings=[finding()])
    store.reject(ref, actor="ict")
    page = signed_in.get(f"/queue/{ref}").text
    assert "De inhoud is gewist" in page and "Vrijgeven en verzenden" not in page
    assert "geweigerd door ict" in page
    assert not [e for e in store.audit_entries(target=ref) if e.action == "view"]


def test_a_tampered_body_is_a_clear_error_not_a_crash(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """A ciphertext changed on disk cannot be shown: a Dutch error page that says so; the
    queue still lists the message."""
    ref = hold(store, policy)
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE bodies SET data = ? WHERE id = ?", (b"\x01" + bytes(60), ref))
    page = signed_in.get(f"/queue/{ref}")
    assert page.status_code == 503 and "kan niet ontsleuteld worden" in page.text
    assert '<html lang="nl">' in page.text
    assert ref in signed_in.get("/queue").text


def test_release_form_splits_the_register_note_from_the_message_to_the_sender(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """Issue 14: "Notitie bij vrijgeven" was mailed to the sender. The form now has a note for the
    register (kept, never mailed) and a message to the sender (waits, encrypted, in the release's
    outbox row until the "vrijgegeven" notice is made), each labelled for what it is."""
    ref = hold(store, policy)
    page = signed_in.get(f"/queue/{ref}").text
    assert "Notitie voor het register (optioneel; blijft in Discretie, wordt niet gemaild)" in page
    assert 'name="message"' in page and "Bericht aan de afzender (optioneel; wordt gemaild met de melding" in page
    assert "Notitie bij vrijgeven" not in page
    signed_in.post(
        f"/queue/{ref}/release",
        data={"csrf": csrf_of(page), "note": "dossier 17, directie akkoord", "message": "Volgende keer via LVS."},
    )
    held = store.get_message(ref)
    assert held.state == "releasing" and held.note == "dossier 17, directie akkoord"
    (release,) = [i for i in store.outbox_items() if i.kind == "release"]
    assert store.outbox_data(release.id) == b"Volgende keer via LVS."
    (entry,) = [e for e in store.audit_entries(target=ref) if e.action == "release"]
    assert entry.note == "dossier 17, directie akkoord (met een bericht aan de afzender)"


def test_reject_form_labels_the_note_as_the_registers_and_never_mails_it(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy)
    page = signed_in.get(f"/queue/{ref}").text
    assert '<label for="reject-note">Notitie voor het register (optioneel; blijft in Discretie' in page
    assert "Bericht aan de afzender: jan.peeters@sintpieterscollege.be krijgt deze tekst zo gemaild" in page
    notice = page.split('name="notice"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]
    signed_in.post(
        f"/queue/{ref}/reject",
        data={"csrf": csrf_of(page), "note": "dossier 17", "notify": "1", "notice": html.unescape(notice)},
    )
    (item,) = [i for i in store.outbox_items() if i.kind == "notice_rejected"]
    data = store.outbox_data(item.id) or b""
    assert b"dossier 17" not in data and b"De privacyverantwoordelijke heeft uw bericht" in data
    assert store.get_message(ref).note == "dossier 17"


def test_the_pages_say_who_submitted_the_message(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """The AUTH login kept with a held message and its incident (issue 14, item 4)."""
    from discretie.message import parse
    from discretie.model import Action, Verdict
    from tests.web.conftest import SENDER, raw_message

    raw = raw_message()
    verdict = Verdict(action=Action.HOLD, findings=(finding(),), would_action=Action.HOLD, decisive=("sensitive",))
    ref = store.hold(raw=raw, message=parse(raw, SENDER, (PARENT,)), verdict=verdict, policy=policy, login=SENDER)
    for url in (f"/queue/{ref}", f"/incidents/{ref}"):
        page = signed_in.get(url).text
        shown = SENDER.replace("@", "@<wbr>")
        assert f'<dt>Aangemeld als</dt><dd class="break">{shown}</dd>' in page, url
    unauthenticated = hold(store, policy)
    assert "niet aangemeld (toegelaten netwerk)" in signed_in.get(f"/queue/{unauthenticated}").text


def test_message_page_shows_the_text_read_from_a_document_with_the_evidence_marked(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    """Issue 12: the text the gateway read from a DOCX, each line with its place, the evidence term
    marked, the document's status listed; text from the document is escaped, never HTML."""
    report = documents.docx(
        ["Verslag klassenraad 3B", "Lotte Janssens (3B) heeft de diagnose ADHD. <script>alert(1)</script>"]
    )
    evidence = '[diagnose] bij "leerling L. J." (bijlage verslag.docx, alinea 2)'
    ref = hold(
        store,
        policy,
        findings=[finding(evidence=(evidence,))],
        attachments=[("verslag.docx", "application/octet-stream", report)],
    )
    html = signed_in.get(f"/queue/{ref}").text
    assert "--- bijlage verslag.docx: gelezen tekst ---" in html
    assert "[alinea 1] Verslag klassenraad 3B" in html
    assert (
        "[alinea 2] Lotte Janssens (3B) heeft de <mark>diagnose</mark> ADHD. &lt;script&gt;alert(1)&lt;/script&gt;"
        in html
    )
    assert "<script>alert(1)" not in html
    assert "<td>verslag.docx</td><td>docx</td><td>gelezen</td><td>92</td>" in html
    assert signed_in.get(f"/queue/{ref}/attachment/1").status_code == 200  # download: still the confirmation page
