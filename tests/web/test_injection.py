"""A mail that carries script or markup shows up inert everywhere in the console."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from discretie.policy import Policy
from discretie.store import Store
from tests.web.conftest import csrf_of, finding, hold

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"


def inert(html: str) -> None:
    """The payloads never appear as markup; the only <script> is the console's own file."""
    assert SCRIPT not in html and "<img src=x" not in html and "onerror=alert" not in html.replace(ESCAPED_IMG, "")
    assert html.count("<script") == html.count('<script src="/static/app.js" defer></script>')


def test_injection_in_subject_name_evidence_filename_body_and_html_is_inert(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(
        store,
        policy,
        subject=f"Rapport {SCRIPT} {IMG}",
        display=f"Jan {IMG} {SCRIPT}",
        body=f"Tekst {SCRIPT} en {IMG}\n",
        html=f"<p>HTML {IMG}</p>{SCRIPT}<svg onload=alert(1)></svg>",
        attachments=[(f"a{SCRIPT}{IMG}.pdf", "application/pdf", b"%PDF")],
        findings=[
            finding(
                reason=f"Reden {SCRIPT}",
                evidence=(f"…[{SCRIPT}] en [{IMG}]…", f"…{IMG} [x]…"),
            )
        ],
    )
    queue = signed_in.get("/queue").text
    inert(queue)
    assert ESCAPED_SCRIPT in queue and ESCAPED_IMG in queue  # shown as text in the subject
    page = signed_in.get(f"/queue/{ref}").text
    inert(page)
    assert f"<mark>{ESCAPED_SCRIPT}</mark>" in page and f"<mark>{ESCAPED_IMG}</mark>" in page
    # the body as text, its evidence terms marked (escaped inside the mark)
    assert f"Tekst <mark>{ESCAPED_SCRIPT}</mark> en <mark>{ESCAPED_IMG}</mark>" in page
    assert f"Reden {ESCAPED_SCRIPT}" in page
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in page  # the file name (its last path component)
    frame = signed_in.get(f"/queue/{ref}/html")
    assert "<script" not in frame.text and "onerror" not in frame.text and "onload" not in frame.text
    assert "default-src 'none'" in frame.headers["content-security-policy"]
    confirm = signed_in.get(f"/queue/{ref}/attachment/1").text
    inert(confirm)
    download = signed_in.post(f"/queue/{ref}/attachment/1", data={"csrf": csrf_of(confirm)})
    match = re.fullmatch(
        r"attachment; filename=\"([^\"]*)\"; filename\*=UTF-8''(\S+)", download.headers["content-disposition"]
    )
    assert match is not None
    assert not set('<>"') & set(match.group(1)) and not set('<>"') & set(match.group(2))
    # the note and the search box echo what the reviewer typed: escaped too
    signed_in.post(f"/queue/{ref}/note", data={"csrf": csrf_of(page), "note": f"n {SCRIPT} {IMG}"})
    inert(signed_in.get(f"/queue/{ref}").text)
    searched = signed_in.get("/queue", params={"q": IMG}).text
    inert(searched)
    assert f'value="{ESCAPED_IMG}"' in searched
    inert(signed_in.get("/audit").text)
    inert(signed_in.get("/incidents").text)
    inert(signed_in.get(f"/incidents/{ref}").text)
    inert(signed_in.get("/incidents", params={"sender": SCRIPT}).text)
