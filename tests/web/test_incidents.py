"""The incident register: filters, counts per rule and per week, CSV export; the audit page."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import datetime, timedelta

import pytest
from starlette.testclient import TestClient

from discretie.message import parse
from discretie.model import Action, Severity, Verdict
from discretie.policy import Policy
from discretie.review.actions import CSV_COLUMNS
from discretie.store import Store
from tests.web.conftest import NAME, PARENT, csrf_of, finding, hold
from tests.web.demo import SettableClock


def record(store: Store, policy: Policy, *, sender: str, rule: str, action: Action) -> str:
    raw = f"From: {sender}\r\nTo: {PARENT}\r\nSubject: x\r\n\r\nTekst\r\n".encode()
    f = finding(
        rule=rule,
        category="password" if rule == "password" else "private",
        severity=Severity.HIGH,
        evidence=("…wachtwoord: [Z********!]…",),
    )
    verdict = Verdict(action=action, findings=(f,), would_action=action, decisive=(rule,))
    ref = store.record(message=parse(raw, sender, (PARENT,)), verdict=verdict, action=action, policy=policy)
    assert ref is not None
    return ref


def refs_on(html: str) -> list[str]:
    return re.findall(r'<a href="/incidents/(D-[0-9A-Z]{8})">', html)


def day(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d")


def test_register_filters_by_date_rule_and_sender(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    now = clock.now
    clock.now = now - 20 * 86400
    old = record(store, policy, sender="els.vermeulen@sintpieterscollege.be", rule="password", action=Action.REJECT)
    clock.now = now - 86400
    mid = record(
        store, policy, sender="koen.jacobs@sintpieterscollege.be", rule="private_account", action=Action.REJECT
    )
    clock.now = now
    held = hold(store, policy)
    page = signed_in.get("/incidents")
    assert refs_on(page.text) == [held, mid, old]
    assert "3 <span>incident(en)</span>" in page.text
    assert refs_on(signed_in.get("/incidents", params={"rule": "password"}).text) == [old]
    assert refs_on(signed_in.get("/incidents", params={"rule": "wachtwoord"}).text) == [old]
    assert refs_on(signed_in.get("/incidents", params={"rule": "Privé-account"}).text) == [mid]
    unknown = signed_in.get("/incidents", params={"rule": "foo"})
    assert unknown.status_code == 400 and refs_on(unknown.text) == []
    assert "onbekende regel &#39;foo&#39;; kies uit: password (wachtwoord)," in unknown.text
    assert refs_on(signed_in.get("/incidents", params={"sender": "JACOBS"}).text) == [mid]
    assert refs_on(signed_in.get("/incidents", params={"since": day(now - 2 * 86400)}).text) == [held, mid]
    assert refs_on(signed_in.get("/incidents", params={"until": day(now - 10 * 86400)}).text) == [old]
    both = signed_in.get("/incidents", params={"since": day(now - 30 * 86400), "until": day(now - 2 * 86400)})
    assert refs_on(both.text) == [old]
    assert signed_in.get("/incidents", params={"until": "31-12-2099"}).status_code == 200  # the last day allowed
    assert "bericht: vastgehouden" in page.text and f'href="/queue/{held}"' in page.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"until": "31-12-9999"}, "'Tot en met' is geen geldige datum"),  # was a 500 (date overflow)
        ({"since": "01-01-0001"}, "'Van' is geen geldige datum"),
        ({"since": "gisteren"}, "'Van' is geen geldige datum"),
        ({"until": "31-02-2025"}, "'Tot en met' is geen geldige datum"),
        ({"since": "2025-09-01x"}, "'Van' is geen geldige datum"),
        ({"since": "10-09-2025", "until": "01-09-2025"}, "'Van' ligt na 'Tot en met'"),
    ],
)
def test_a_bad_date_is_a_400_with_a_dutch_form_error(
    signed_in: TestClient, store: Store, policy: Policy, params: dict[str, str], message: str
) -> None:
    """Any date that is not a day between 1970 and 2099 (or a range that ends before it starts):
    400, the page with the error next to the form and the typed text kept, nothing listed; the
    CSV export answers the same and exports nothing."""
    record(store, policy, sender="els.vermeulen@sintpieterscollege.be", rule="password", action=Action.REJECT)
    page = signed_in.get("/incidents", params=params)
    assert page.status_code == 400
    assert message in html.unescape(page.text) and 'role="alert" id="filter-error"' in page.text
    for key, value in params.items():
        assert f'name="{key}" type="text" inputmode="numeric" value="{value}"' in page.text
    assert 'aria-invalid="true"' in page.text and refs_on(page.text) == []
    token = csrf_of(signed_in.get("/incidents").text)
    export = signed_in.post("/incidents/export", data={"csrf": token, **params})
    assert export.status_code == 400 and message in html.unescape(export.text)
    assert not [e for e in store.audit_entries() if e.action == "export"]


def test_counts_per_rule_and_a_week_chart(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    """Per rule: a row with the count; per week: one SVG bar per week of the range, with the
    count in its title (no JavaScript, no inline style)."""
    now = clock.now
    for weeks_ago, n in ((0, 3), (2, 1)):
        for _ in range(n):
            clock.now = now - weeks_ago * 7 * 86400
            record(store, policy, sender="a@sintpieterscollege.be", rule="password", action=Action.REJECT)
    clock.now = now
    hold(store, policy)
    html = signed_in.get("/incidents").text
    assert re.search(r"<th scope=\"row\">wachtwoord</th>.*?<td class=\"num\">4</td>", html, re.S)
    assert re.search(r"<th scope=\"row\">gevoelige info</th>.*?<td class=\"num\">1</td>", html, re.S)
    bars = re.findall(r"<title>week van (\d\d-\d\d-\d{4}): (\d+) incident\(en\)</title>", html)
    assert len(bars) == 12  # the last 12 weeks by default, empty weeks included
    assert [int(n) for _, n in bars][-1] == 4 and [int(n) for _, n in bars][-3] == 1
    monday = datetime.fromtimestamp(now).date() - timedelta(days=datetime.fromtimestamp(now).weekday())
    assert bars[-1][0] == monday.strftime("%d-%m-%Y")
    assert 'role="img"' in html and '<desc id="chart-desc">' in html


def test_csv_export_for_the_breach_register(
    signed_in: TestClient, store: Store, policy: Policy, clock: SettableClock
) -> None:
    """POST with the CSRF token; the CLI's CSV (one row per incident, formulas defused) with the
    filters of the page; a UTF-8 BOM for spreadsheets; the export is in the audit log."""
    record(store, policy, sender="=cmd|' /C calc'!A0@x.be", rule="password", action=Action.REJECT)
    record(store, policy, sender="koen.jacobs@sintpieterscollege.be", rule="private_account", action=Action.REJECT)
    page = signed_in.get("/incidents", params={"rule": "password"})
    token = csrf_of(page.text)
    assert 'name="rule" value="password"' in page.text
    assert signed_in.post("/incidents/export", data={"rule": "password"}).status_code == 403
    response = signed_in.post("/incidents/export", data={"csrf": token, "rule": "password"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(r'attachment; filename="incidenten-\d{8}-\d{4}\.csv"', response.headers["content-disposition"])
    assert response.headers["cache-control"] == "no-store"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 2 and rows[1][5] == "password" and rows[1][2].startswith("'=")
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["regels"], row["ernst"], row["action"], row["actie"]) == ("wachtwoord", "hoog", "reject", "geweigerd")
    assert "Z********!" in rows[1][-1]
    (entry,) = [e for e in store.audit_entries() if e.action == "export"]
    assert entry.actor == NAME and entry.via == "web" and "1 incident(en)" in (entry.note or "")
    assert "rule=password" in (entry.note or "")
    everything = signed_in.post("/incidents/export", data={"csrf": token})
    assert len(list(csv.reader(io.StringIO(everything.content.decode("utf-8-sig"))))) == 3


def test_incident_page_shows_facts_only(signed_in: TestClient, store: Store, policy: Policy) -> None:
    ref = hold(store, policy, subject="Geheim onderwerp", body="Geheime inhoud\n")
    html = signed_in.get(f"/incidents/{ref}").text
    assert "<mark>therapie</mark>" in html and "1 extern" in html and f'href="/queue/{ref}"' in html
    assert "Geheim onderwerp" not in html and "Geheime inhoud" not in html and PARENT not in html
    assert not [e for e in store.audit_entries(target=ref) if e.action == "view"]


def test_audit_page_lists_who_did_what_with_filters(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Newest first, with reviewer, interface, action and target; filters by actor, action and
    reference; the CLI's entries appear too."""
    a = hold(store, policy)
    b = hold(store, policy)
    signed_in.get(f"/queue/{a}")
    store.add_note(b, actor="root", note="vanaf de opdrachtregel", via="cli")
    page = signed_in.get("/audit").text
    rows = re.findall(
        r"<tr>\s*<td class=\"nowrap\"><time[^>]*>[^<]*</time></td>\s*<td>([^<]*)</td>\s*"
        r"<td class=\"muted\">([^<]*)</td>\s*<td>([^<]*)</td>",
        page,
    )
    assert rows[0] == ("root", "opdrachtregel", "notitie")
    assert rows[1] == (NAME, "webconsole", "inhoud bekeken")
    assert (NAME, "webconsole", "aangemeld") in rows
    only_views = signed_in.get("/audit", params={"action": "view"}).text
    assert "inhoud bekeken" in only_views and "vanaf de opdrachtregel" not in only_views
    by_target = signed_in.get("/audit", params={"target": b.lower()}).text
    assert "vanaf de opdrachtregel" in by_target and f'href="/queue/{a}"' not in by_target
    by_actor = signed_in.get("/audit", params={"actor": "roo"}).text
    assert "vanaf de opdrachtregel" in by_actor and "aangemeld" not in by_actor.split("<tbody>")[1]


def test_findings_read_in_one_language(signed_in: TestClient, store: Store, policy: Policy) -> None:
    """Dutch labels for a rule and its category, never the same words twice ("zichtbare ontvangers ·
    zichtbare ontvangers") and no identifier in English ("wachtwoord · credential")."""
    raw = f"From: {NAME}@sintpieterscollege.be\r\nTo: {PARENT}\r\nSubject: x\r\n\r\nTekst\r\n".encode()
    found = (
        finding(rule="password", category="credential", evidence=("…wachtwoord: [Z********!]…",)),
        finding(rule="bcc", category="visible_recipients", severity=Severity.MEDIUM, evidence=()),
    )
    verdict = Verdict(action=Action.REJECT, findings=found, would_action=Action.REJECT, decisive=("password",))
    ref = store.record(message=parse(raw, NAME, (PARENT,)), verdict=verdict, action=Action.REJECT, policy=policy)
    assert ref is not None
    tags = re.findall(r'<span class="tag[^"]*">([^<]*)</span>', signed_in.get(f"/incidents/{ref}").text)
    assert tags[:4] == [
        "wachtwoord · §3",
        "inloggegevens",
        "zichtbare ontvangers · §3.1, §3.3",
        "externe adressen in Aan/CC",
    ]
    register = signed_in.get("/incidents").text
    row_tags = re.findall(r'<span class="tag[^"]*">([^<]*)</span>', register)
    assert row_tags == ["wachtwoord", "zichtbare ontvangers", "inloggegevens", "externe adressen in Aan/CC"]
