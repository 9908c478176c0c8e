"""The data-breach register in the console (issue 16, item 7): a record opened from an incident
holds only what the incident holds; edit, close, the 72-hour countdown, CSV export (Dutch
headers, spreadsheet-safe) and the printable page; reviewers only; every step audited."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from discretie.policy import Policy
from discretie.store import Store
from discretie.web.app import WebApp
from tests.web.conftest import BASE, COLLEAGUE, FAST, PARENT, TestClient, csrf_of, hold, login

SUBJECT = "Verslag CLB Emma"


def open_from_incident(client: TestClient, ref: str) -> str:
    page = client.get(f"/incidents/{ref}")
    assert page.status_code == 200 and 'action="/breaches/new"' in page.text
    response = client.post("/breaches/new", data={"csrf": csrf_of(page.text), "ref": ref})
    assert response.status_code == 303
    match = re.fullmatch(r"/breaches/(DL-[0-9A-Z]{8})", response.headers["location"])
    assert match, response.headers["location"]
    return match.group(1)


def test_a_record_opened_from_an_incident_holds_only_what_the_incident_holds(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy, to=(PARENT, "ouder.peeters@telenet.be"), cc=(COLLEAGUE,), subject=SUBJECT)
    breach_id = open_from_incident(signed_in, ref)
    b = store.get_breach(breach_id)
    incident = store.get_incident(ref)
    assert (b.ref, b.occurred_at, b.authority, b.informed, b.closed_at) == (
        ref,
        incident.created_at,
        "open",
        "open",
        None,
    )
    assert b.created_by == "an.peeters" and abs(b.discovered_at - store.now()) < 5
    t = b.text
    assert t.description.startswith("Mail van j***@sintpieterscollege.be op ")
    assert "aan 3 ontvanger(s) (2 extern, 1 intern), incident " + ref in t.description
    assert "Discretie vond: gevoelige info (§3.3). Medische informatie over een leerling" in t.description
    assert t.data_categories == "medisch" and t.subjects == ("leerlingen",) and t.people == 3
    assert t.recipients == "2 extern, 1 intern: o***@gmail.com, o***@telenet.be, a***@sintpieterscollege.be"
    assert t.measures == "Discretie hield het bericht vast; het is (nog) niet verzonden."
    assert (t.consequences, t.authority_reason, t.informed_note, t.closure) == ("", "", "", "")
    everything = " ".join(str(v) for v in t.__dict__.values())
    for absent in (SUBJECT, "therapie", PARENT, COLLEAGUE, "jan.peeters@", "Beste ouder"):
        assert absent not in everything, absent  # no subject, body, evidence or address in clear
    page = signed_in.get(f"/breaches/{breach_id}")
    assert page.status_code == 200 and "Datalek " + breach_id in page.text
    assert re.search(r"Termijn voor melding aan de Vlaamse Toezichtcommissie: nog 7[01] u \d+ min", page.text)
    (entry,) = [e for e in store.audit_entries() if e.action == "breach_open"]
    assert (entry.actor, entry.via, entry.target) == ("an.peeters", "web", ref)
    assert "view" not in [e.action for e in store.audit_entries(target=ref)]  # the body was never read


def test_the_dpo_edits_the_decisions_and_closes_the_record(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    breach_id = open_from_incident(signed_in, ref)
    csrf = csrf_of(signed_in.get(f"/breaches/{breach_id}").text)
    form = {
        "csrf": csrf,
        "description": "Verslag naar de verkeerde ouder gestuurd",
        "discovered_at": "05-12-2026 09:15",
        "data_categories": "medisch",
        "subjects": ["leerlingen", "ouders"],
        "people": "2",
        "recipients": "1 extern",
        "consequences": "Een ouder las medische gegevens van een ander kind",
        "measures": "Ouder gevraagd de mail te wissen",
        "authority": "no",
        "authority_notified_at": "",
        "authority_reason": "Eén ontvanger, mail gewist: laag risico",
        "informed": "yes",
        "informed_note": "Ouders van Emma gebeld op 05-12",
    }
    saved = signed_in.post(f"/breaches/{breach_id}", data=form)
    assert saved.status_code == 303
    b = store.get_breach(breach_id)
    assert (b.authority, b.informed, b.text.people, b.text.subjects) == ("no", "yes", 2, ("leerlingen", "ouders"))
    assert b.discovered_at == datetime(2026, 12, 5, 9, 15).timestamp()
    assert not b.deadline_running()  # not to be notified: no countdown
    assert "Termijn voor melding" not in signed_in.get(f"/breaches/{breach_id}").text
    (edit,) = [e for e in store.audit_entries() if e.action == "breach_edit"]
    assert edit.note is not None and "authority" in edit.note and "Emma" not in edit.note  # field names only
    bad = signed_in.post(f"/breaches/{breach_id}", data={**form, "discovered_at": "31-02-2026 10:00"})
    assert bad.status_code == 400 and "Ontdekt op" in bad.text
    closed = signed_in.post(f"/breaches/{breach_id}/close", data={"csrf": csrf, "closure": "Niet gemeld, afgehandeld"})
    assert closed.status_code == 303
    page = signed_in.get(f"/breaches/{breach_id}")
    assert '<fieldset class="plain" disabled>' in page.text and "Niet gemeld, afgehandeld" in page.text
    again = signed_in.post(f"/breaches/{breach_id}", data={**form, "people": "9"})
    assert again.status_code == 303 and store.get_breach(breach_id).text.people == 2
    assert "is afgesloten en kan niet meer gewijzigd worden" in signed_in.get(f"/breaches/{breach_id}").text


def test_the_register_exports_as_csv_with_dutch_headers_and_no_formulas(
    signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy)
    breach_id = open_from_incident(signed_in, ref)
    csrf = csrf_of(signed_in.get("/breaches").text)
    b = store.get_breach(breach_id)
    store.update_breach(
        breach_id,
        replace(b.text, consequences='=HYPERLINK("http://x.test","klik")'),
        discovered_at=b.discovered_at,
        authority="yes",
        authority_notified_at=None,
        informed="open",
        actor="an.peeters",
    )
    response = signed_in.post("/breaches/export", data={"csrf": csrf})
    assert response.status_code == 200 and response.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(r'attachment; filename="datalekken-\d{8}-\d{4}\.csv"', response.headers["content-disposition"])
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    (row,) = rows
    assert list(row)[:4] == ["Nummer", "Incident", "Geopend op", "Geopend door"]
    assert "Melden aan de toezichthouder" in row and "Betrokkenen ingelicht" in row
    assert row["Nummer"] == breach_id and row["Incident"] == ref and row["Melden aan de toezichthouder"] == "ja"
    assert row["Gevolgen"] == '\'=HYPERLINK("http://x.test","klik")'  # read as text, never run
    assert row["Aantal betrokkenen (ongeveer)"] == "1" and row["Categorieën van betrokkenen"] == "leerlingen"
    printed = signed_in.get("/breaches/print")
    assert printed.status_code == 200 and breach_id in printed.text and "AVG art. 33, lid 5" in printed.text
    notes = [e.note for e in store.audit_entries() if e.action == "breach_export"]
    assert notes == [
        "register van datalekken als csv gedownload (1 record(s))",
        "register van datalekken als afdrukpagina bekeken (1 record(s))",
    ]


def test_a_released_message_offers_to_register_a_breach(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy)
    store.release(ref, actor="an.peeters")
    page = signed_in.get(f"/queue/{ref}")
    assert 'action="/breaches/new"' in page.text
    response = signed_in.post("/breaches/new", data={"csrf": csrf_of(page.text), "ref": ref})
    breach_id = response.headers["location"].rsplit("/", 1)[1]
    measures = store.get_breach(breach_id).text.measures
    assert measures.startswith(
        "Discretie hield het bericht vast; het werd na beoordeling vrijgegeven door an.peeters op "
    )


@pytest.fixture
def reader(app: WebApp, store: Store) -> Iterator[TestClient]:
    store.add_reviewer("lien.maes", FAST.hash("Rode-tulp-93-regen"), actor="ict", role="reader")
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        assert login(c, "lien.maes", "Rode-tulp-93-regen").status_code == 303
        yield c


def test_a_reader_cannot_see_or_change_the_register(
    reader: TestClient, signed_in: TestClient, store: Store, policy: Policy
) -> None:
    ref = hold(store, policy)
    breach_id = open_from_incident(signed_in, ref)
    page = reader.get(f"/incidents/{ref}")
    assert page.status_code == 200 and 'action="/breaches/new"' not in page.text and 'href="/breaches"' not in page.text
    csrf = csrf_of(page.text)
    for path in ("/breaches", f"/breaches/{breach_id}", "/breaches/print"):
        assert reader.get(path).status_code == 403, path
    for path in ("/breaches/new", "/breaches/export", f"/breaches/{breach_id}", f"/breaches/{breach_id}/close"):
        assert reader.post(path, data={"csrf": csrf, "ref": ref, "closure": "x"}).status_code == 403, path
    assert len(store.list_breaches()) == 1 and store.get_breach(breach_id).closed_at is None
