"""Issue 16 item 2 in the console: "alle kopregels" and the original .eml, each behind a
confirmation page, written to the audit log, gone with the body."""

from __future__ import annotations

from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from tests.web.conftest import NAME, PARENT, csrf_of, hold


def test_all_headers_need_a_confirmation_and_are_audited(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, subject="=?utf-8?q?Verslag_=C3=A9=C3=A9n?=")
    page = signed_in.get(f"/queue/{ref}")
    assert f'href="/queue/{ref}/headers"' in page.text and f'href="/queue/{ref}/eml"' in page.text
    confirm = signed_in.get(f"/queue/{ref}/headers")
    assert confirm.status_code == 200 and "Alle kopregels bekijken?" in confirm.text
    assert not [e for e in store.audit_entries(target=ref) if e.action == "view_headers"]
    assert signed_in.post(f"/queue/{ref}/headers").status_code == 403  # no CSRF token: refused
    shown = signed_in.post(f"/queue/{ref}/headers", data={"csrf": csrf_of(confirm.text)})
    assert shown.status_code == 200
    assert "Message-Id" in shown.text and PARENT in shown.text and "Content-Type" in shown.text
    entries = [e for e in store.audit_entries(target=ref) if e.action == "view_headers"]
    assert [(e.actor, e.via) for e in entries] == [(NAME, "web")]
    assert entries[0].note is not None and entries[0].note.endswith("kopregels bekeken")


def test_original_eml_download_needs_a_confirmation_and_is_audited(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy, attachments=[("rapport.pdf", "application/pdf", b"%PDF-1.4 data")])
    confirm = signed_in.get(f"/queue/{ref}/eml")
    assert confirm.status_code == 200 and "Origineel bericht (.eml) downloaden?" in confirm.text
    assert signed_in.post(f"/queue/{ref}/eml").status_code == 403
    response = signed_in.post(f"/queue/{ref}/eml", data={"csrf": csrf_of(confirm.text)})
    assert response.status_code == 200
    assert response.content == store.message_body(ref)
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith(f'attachment; filename="{ref}.eml"')
    assert response.headers["x-content-type-options"] == "nosniff"
    entries = [e for e in store.audit_entries(target=ref) if e.action == "download_eml"]
    assert [(e.actor, e.via) for e in entries] == [(NAME, "web")]
    store.reject(ref, actor="dpo")  # the body is wiped: nothing left to show or download
    assert signed_in.get(f"/queue/{ref}/eml").status_code == 404
    gone = signed_in.post(f"/queue/{ref}/headers", data={"csrf": csrf_of(confirm.text)})
    assert gone.status_code == 404
