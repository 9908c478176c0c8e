"""Issue 16 item 9 in the console: the "Berichtenspoor" page searches the trace by sender,
recipient (typed address, matched by its keyed hash) and day; each search is audited."""

from __future__ import annotations

from starlette.testclient import TestClient

from discretie.store import Store, TraceEntry
from tests.web.conftest import COLLEAGUE, NAME, PARENT, SENDER
from tests.web.demo import SettableClock


def test_trace_page_searches_and_is_audited(signed_in: TestClient, store: Store, clock: SettableClock) -> None:
    now = clock.now
    common = {"sender": SENDER, "internal": 0, "external": 1, "code": 250, "size": 2048}
    store.add_trace(
        [
            TraceEntry(at=now - 2 * 86400, recipients=(PARENT,), verdict="hold", ref="D-7F3K2Q9M", **common),  # type: ignore[arg-type]
            TraceEntry(at=now - 60, recipients=(COLLEAGUE,), verdict="forward", ref=None, **common),  # type: ignore[arg-type]
        ]
    )
    empty = signed_in.get("/trace")
    assert empty.status_code == 200 and "Berichtenspoor" in empty.text and "Vul een afzender" in empty.text
    assert not [e for e in store.audit_entries() if e.action == "trace_search"]  # opening is not a search
    found = signed_in.get("/trace", params={"aan": PARENT.upper()})
    assert found.status_code == 200
    assert "1 bericht(en)" in found.text and 'href="/queue/D-7F3K2Q9M"' in found.text
    assert "vastgehouden voor controle" in found.text and PARENT not in found.text.replace(
        f'value="{PARENT.upper()}"', ""
    )
    by_sender = signed_in.get("/trace", params={"van": SENDER})
    assert "2 bericht(en)" in by_sender.text
    today = signed_in.get("/trace", params={"van": SENDER, "vanaf": "01-01-2099"})
    assert "0 bericht(en)" in today.text
    bad = signed_in.get("/trace", params={"vanaf": "gisteren"})
    assert bad.status_code == 400 and "geen geldige datum" in bad.text
    notes = [(e.actor, e.via, e.note) for e in store.audit_entries() if e.action == "trace_search"]
    assert notes[0] == (NAME, "web", "berichtenspoor doorzocht: aan o***@gmail.com; 1 resultaat")
    assert len(notes) == 3
