"""``discretie queue ...`` and ``discretie incidents ...`` run as the DPO runs them: subprocesses
on a store the gateway wrote; exit codes 0 ok, 1 refused / not found, 2 usage, 3 still waiting."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie.message import parse
from discretie.model import Action, Finding, Severity, Verdict
from discretie.outbox import Outbox
from discretie.policy import Policy, load_policy
from discretie.review.actions import os_actor
from discretie.store import Store
from tests.helpers import Sink
from tests.test_outbox import HOSTNAME, deliverer
from tests.test_store import PARENT, SENDER, Clock, hold_verdict, sample_raw


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    Store.open(path).close()
    return path


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", *args], capture_output=True, text=True, timeout=120, cwd=cwd, check=False
    )


def q(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli("queue", *args, "--store", str(db))


def rows(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def hold(db: Path, policy: Policy, raw: bytes | None = None, verdict: Verdict | None = None, **kw: object) -> str:
    with Store.open(db, **kw) as s:  # type: ignore[arg-type]
        raw = raw or sample_raw()
        message = parse(raw, SENDER, (PARENT,))
        return s.hold(raw=raw, message=message, verdict=verdict or hold_verdict(), policy=policy)


# -- queue list / show ---------------------------------------------------------------------------------


def test_queue_list_human_and_json(db: Path, policy: Policy) -> None:
    """The worklist by default; --json rows carry id, state, sender, subject, rules; filters work."""
    a = hold(db, policy)
    b = hold(db, policy)
    human = q(db, "list")
    assert human.returncode == 0, human.stderr
    assert a in human.stdout and b in human.stdout and "vastgehouden" in human.stdout
    listed = rows(q(db, "list", "--json"))
    assert {r["id"] for r in listed} == {a, b}
    for row in listed:
        assert {"id", "state", "sender", "subject", "rules"} <= set(row)
        assert row["state"] == "held" and row["sender"] == SENDER and row["rules"] == ["sensitive"]
        assert row["subject"] == "Verslag CLB"
    assert len(rows(q(db, "list", "--json", "--rule", "sensitive"))) == 2
    assert rows(q(db, "list", "--json", "--rule", "bcc")) == []
    assert rows(q(db, "list", "--json", "--state", "released")) == []
    assert len(rows(q(db, "list", "--json", "--state", "all"))) == 2
    empty = q(db, "list", "--state", "rejected")
    assert empty.returncode == 0 and "Geen berichten" in empty.stdout


def test_queue_show_gives_text_not_html_and_is_audited(db: Path, policy: Policy) -> None:
    """Headers, findings with evidence, the decoded text (HTML converted, escapes stripped)."""
    raw = (
        f"From: {SENDER}\r\nTo: {PARENT}\r\nSubject: =?utf-8?q?Zorg_voor_L=C3=A9a?=\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<html><head><style>p{color:red}</style></head><body><p>L\xc3\xa9a heeft <b>epilepsie</b>.</p>"
        "<script>alert(1)</script><p>Groet \x1b[2J</p></body></html>\r\n"
    ).encode("latin-1")
    ref = hold(db, policy, raw=raw)
    shown = q(db, "show", ref.lower())
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert ref in out and "Zorg voor Léa" in out
    assert "Léa heeft" in out and "epilepsie" in out
    assert "<p>" not in out and "<b>" not in out and "alert(1)" not in out and "color:red" not in out
    assert "\x1b" not in out
    assert "gevoelige info (§3.3) · medisch · ernst hoog: Medische informatie" in out
    assert "bewijs: …zij volgt [therapie]…" in out
    assert f"To: {PARENT}" in out
    with Store.open(db) as s:
        (entry,) = s.audit_entries(target=ref)
    assert (entry.actor, entry.via, entry.action) == (os_actor(), "cli", "view")


def test_queue_show_json(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    (row,) = rows(q(db, "show", ref, "--json"))
    assert row["id"] == ref and row["rcpt_tos"] == [PARENT]
    assert "therapie" in str(row["body"])


# -- release / reject / note ---------------------------------------------------------------------------


def test_release_once_then_refused(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    first = q(db, "release", ref, "--note", "ouder vroeg het")
    assert first.returncode == 0, first.stderr
    assert "vrijgegeven" in first.stdout
    second = q(db, "release", ref)
    assert second.returncode == 1
    assert f"{ref} is al vrijgegeven door {os_actor()}" in second.stderr
    assert second.stderr.rstrip().endswith("en wordt verzonden: er valt niets meer vrij te geven")
    refused = q(db, "reject", ref)
    assert refused.returncode == 1
    assert refused.stderr.rstrip().endswith("en wordt verzonden: er valt niets meer te weigeren")
    (row,) = rows(q(db, "list", "--json"))
    assert row["state"] == "releasing" and row["note"] == "ouder vroeg het"


def test_concurrent_cli_releases_exactly_one_wins(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    results: list[subprocess.CompletedProcess[str]] = []
    threads = [threading.Thread(target=lambda: results.append(q(db, "release", ref))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.returncode for r in results) == [0, 1, 1]
    with Store.open(db) as s:
        assert [i.kind for i in s.outbox_items()].count("release") == 1


def test_reject_with_sender_notice(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    result = q(db, "reject", ref, "--note", "Via Smartschool", "--notify-sender")
    assert result.returncode == 0, result.stderr
    assert "geweigerd" in result.stdout and "afzender krijgt een melding" in result.stdout
    with Store.open(db) as s:
        assert s.get_message(ref).state == "rejected"
        notices = [i for i in s.outbox_items() if i.kind == "notice_rejected"]
        # --note is for the register since issue 14: it is not mailed
        assert len(notices) == 1 and b"Via Smartschool" not in (s.outbox_data(notices[0].id) or b"")
        assert s.get_message(ref).note == "Via Smartschool"
    shown = q(db, "show", ref)
    assert "De inhoud is gewist" in shown.stdout and "Geschiedenis" in shown.stdout
    again = q(db, "reject", ref)
    assert again.returncode == 1 and again.stderr.rstrip().endswith(": er valt niets meer te weigeren")
    assert "al geweigerd" in again.stderr
    assert q(db, "release", ref).returncode == 1


def test_note_is_kept_and_audited(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    assert q(db, "note", ref, "Leerkracht gebeld").returncode == 0
    with Store.open(db) as s:
        assert s.get_message(ref).note == "Leerkracht gebeld"
        assert s.audit_entries(target=ref)[-1].action == "note"


# -- errors and usage --------------------------------------------------------------------------------------


def test_errors_name_what_is_wrong(db: Path, policy: Policy, tmp_path: Path) -> None:
    unknown = q(db, "show", "D-00000000")
    assert unknown.returncode == 1 and "onbekende referentie D-00000000" in unknown.stderr
    assert q(db, "release", "D-00000000").returncode == 1
    missing = cli("queue", "list", "--store", str(tmp_path / "elders.db"))
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    assert not (tmp_path / "elders.db").exists()
    hold(db, policy)
    key = db.with_name("store.db.key")
    saved = key.read_bytes()
    key.write_text("# verkeerd\n" + "A" * 43 + "=\n")
    wrong = q(db, "list")
    assert wrong.returncode == 1 and "verkeerde sleutel" in wrong.stderr
    key.unlink()
    lost = q(db, "list")
    assert lost.returncode == 1 and "ontbreekt" in lost.stderr
    key.write_bytes(saved)
    assert q(db, "list").returncode == 0
    for args in (
        ("queue", "show"),
        ("queue", "list", "--state", "lost"),
        ("queue", "purge"),
        ("queue", "purge", "--older-than", "-3"),
        ("incidents", "export", "--format", "xml"),
        ("incidents", "list", "--since", "gisteren"),
    ):
        assert cli(*args, "--store", str(db)).returncode == 2, args


def test_store_path_comes_from_the_policy(tmp_path: Path, policy: Policy) -> None:
    store = tmp_path / "var" / "d.db"
    store.parent.mkdir()
    ref = hold(store, policy)
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(f"store:\n  path: {store}\n")
    listed = rows(cli("queue", "list", "--json", "--policy", str(policy_file)))
    assert [r["id"] for r in listed] == [ref]
    bad = tmp_path / "bad.yaml"
    bad.write_text("store:\n  pad: x\n")
    result = cli("queue", "list", "--policy", str(bad))
    assert result.returncode == 1 and "store.pad" in result.stderr


# -- purge -------------------------------------------------------------------------------------------------


def test_purge_older_than(db: Path, policy: Policy) -> None:
    clock = Clock(time.time() - 40 * 86400)
    old = hold(db, policy, clock=clock)
    fresh = hold(db, policy)
    result = q(db, "purge", "--older-than", "30")
    assert result.returncode == 0, result.stderr
    assert "1 bericht(en)" in result.stdout
    assert [r["id"] for r in rows(q(db, "list", "--json", "--state", "all"))] == [fresh]
    assert q(db, "show", old).returncode == 1
    with Store.open(db) as s:
        entry = [e for e in s.audit_entries() if e.action == "purge"][-1]
        assert entry.actor == os_actor() and entry.via == "cli"
        assert s.get_incident(old).message_state is None  # the incident stays


# -- incidents -----------------------------------------------------------------------------------------------


def _record_password(db: Path, policy: Policy) -> str:
    finding = Finding(
        "password", "credential", Severity.HIGH, "Wachtwoord in de e-mail.", ("=HYPERLINK: [Z********!]",)
    )
    verdict = Verdict(Action.REJECT, (finding,), would_action=Action.REJECT, decisive=("password",))
    with Store.open(db) as s:
        ref = s.record(
            message=parse(sample_raw(), SENDER, (PARENT,)), verdict=verdict, action=Action.REJECT, policy=policy
        )
    assert ref is not None
    return ref


def test_incidents_list_show_and_filters(db: Path, policy: Policy) -> None:
    held = hold(db, policy)
    rejected = _record_password(db, policy)
    listed = rows(cli("incidents", "list", "--json", "--store", str(db)))
    assert {r["id"] for r in listed} == {held, rejected}
    assert all("subject" not in r for r in listed)
    only = rows(cli("incidents", "list", "--json", "--rule", "password", "--store", str(db)))
    assert [r["id"] for r in only] == [rejected]
    future = rows(cli("incidents", "list", "--json", "--since", "2999-01-01", "--store", str(db)))
    assert future == []
    human = cli("incidents", "list", "--store", str(db))
    assert human.returncode == 0 and held in human.stdout and "geweigerd" in human.stdout
    shown = cli("incidents", "show", rejected, "--store", str(db))
    assert shown.returncode == 0
    assert "Regels:       wachtwoord (§3)\n" in shown.stdout and "Categorieën:  inloggegevens\n" in shown.stdout
    assert "  - wachtwoord (§3) · inloggegevens · ernst hoog: Wachtwoord in de e-mail." in shown.stdout
    assert "[Z********!]" in shown.stdout
    assert cli("incidents", "show", "D-00000000", "--store", str(db)).returncode == 1


def test_incidents_export_csv_and_json(db: Path, policy: Policy, tmp_path: Path) -> None:
    held = hold(db, policy)
    rejected = _record_password(db, policy)
    out = cli("incidents", "export", "--format", "csv", "--store", str(db))
    assert out.returncode == 0, out.stderr
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["id"] for r in table} == {held, rejected}
    row = next(r for r in table if r["id"] == rejected)
    assert row["rules"] == "password" and row["action"] == "reject" and row["severity"] == "high"
    # Dutch labels beside the code columns (one vocabulary; the codes stay for scripts)
    assert (row["regels"], row["soort gegevens"], row["ernst"], row["actie"]) == (
        "wachtwoord",
        "inloggegevens",
        "hoog",
        "geweigerd",
    )
    assert (row["categories"], row["held"], row["message_state"], row["status bericht"]) == ("credential", "no", "", "")
    held_row = next(r for r in table if r["id"] == held)
    assert (held_row["action"], held_row["actie"], held_row["message_state"], held_row["status bericht"]) == (
        "hold",
        "vastgehouden voor controle",
        "held",
        "vastgehouden",
    )
    assert (held_row["categories"], held_row["soort gegevens"]) == ("medical", "medisch")
    assert row["evidence"].startswith("'=")  # no formula injection in a spreadsheet
    target = tmp_path / "export.json"
    out = cli("incidents", "export", "--format", "json", "--output", str(target), "--store", str(db))
    assert out.returncode == 0 and "2 incident(en)" in out.stderr
    data = json.loads(target.read_text("utf-8"))
    assert {d["id"] for d in data} == {held, rejected}
    with Store.open(db) as s:
        assert [e.action for e in s.audit_entries()].count("export") == 2


# -- release --wait ---------------------------------------------------------------------------------------------


class BackgroundOutbox:
    """The gateway's outbox worker in a thread, as a running ``discretie serve`` would have it."""

    def __init__(self, db: Path, url: str, policy: Policy):
        self.store = Store.open(db)
        self.box = Outbox(self.store, deliverer(url), lambda: policy, HOSTNAME, retention=False, poll_interval=0.1)
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self._main(),), daemon=True)
        self.ready = threading.Event()

    async def _main(self) -> None:
        self.stop_event = asyncio.Event()
        self.ready.set()
        await self.box.run(self.stop_event)

    def __enter__(self) -> BackgroundOutbox:
        self.thread.start()
        self.ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.stop_event is not None
        self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(10)
        self.loop.close()
        self.store.close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


def test_release_wait_reports_the_delivery(db: Path, policy: Policy, sink: Sink) -> None:
    ref = hold(db, policy)
    with BackgroundOutbox(db, sink.url, policy):
        result = q(db, "release", ref, "--wait", "--timeout", "30")
    assert result.returncode == 0, result.stderr
    assert "is verzonden" in result.stdout and "250" in result.stdout
    assert len([r for r in sink.received if r.data == sample_raw()]) == 1


def test_release_wait_reports_a_refusal(db: Path, policy: Policy, sink: Sink) -> None:
    ref = hold(db, policy)
    sink.handler.data_reply = "550 5.7.1 No thanks"
    with BackgroundOutbox(db, sink.url, policy):
        result = q(db, "release", ref, "--wait", "--timeout", "30")
    assert result.returncode == 1
    assert "opnieuw vastgehouden" in result.stderr and "550 5.7.1 No thanks" in result.stderr
    (row,) = rows(q(db, "list", "--json"))
    assert row["state"] == "held"


def test_release_wait_times_out_without_a_gateway(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    result = q(db, "release", ref, "--wait", "--timeout", "1")
    assert result.returncode == 3
    assert "nog niet verzonden" in result.stderr and "discretie serve" in result.stderr
    (row,) = rows(q(db, "list", "--json"))
    assert row["state"] == "releasing"  # still queued: the gateway sends it when it runs


# -- tables, rule names ---------------------------------------------------------------------------------------

LONG_SENDER = "boekhouding.secretariaat@sintpieterscollege-campus-heverlee.be"


def test_tables_cut_nothing_and_show_the_current_state(db: Path, policy: Policy, sink: Sink) -> None:
    """Whole addresses, whole states; after a release the register says what became of the message."""
    raw = sample_raw().replace(SENDER.encode(), LONG_SENDER.encode())
    with Store.open(db) as s:
        sent, waiting = (
            s.hold(raw=raw, message=parse(raw, LONG_SENDER, (PARENT,)), verdict=hold_verdict(), policy=policy)
            for _ in range(2)
        )
    with BackgroundOutbox(db, sink.url, policy):
        assert q(db, "release", sent, "--wait", "--timeout", "30").returncode == 0
    queue = q(db, "list", "--state", "all").stdout.splitlines()
    assert queue[0].split() == ["ID", "STATUS", "ONTVANGEN", "AFZENDER", "REGELS", "VERLOOPT", "ONDERWERP"]
    line = next(x for x in queue if x.startswith(sent))
    assert "  vrijgegeven en verzonden  " in line and f"  {LONG_SENDER}  " in line
    assert re.search(r"  gevoelige info  \d{1,2} [a-z]+( \d{4})? \(30 d\)  Verslag CLB$", line) and "…" not in line
    register = cli("incidents", "list", "--store", str(db)).stdout.splitlines()
    assert register[0].split() == ["ID", "TIJDSTIP", "AFZENDER", "ERNST", "REGELS", "ACTIE"]
    released = next(x for x in register if x.startswith(sent))
    assert f"  {LONG_SENDER}  hoog   gevoelige info  vastgehouden, daarna vrijgegeven en verzonden" in released
    still = next(x for x in register if x.startswith(waiting))
    assert still.endswith("  gevoelige info  vastgehouden voor controle")
    (row,) = [r for r in rows(cli("incidents", "list", "--json", "--store", str(db))) if r["id"] == sent]
    assert (row["sender"], row["action"], row["message_state"]) == (LONG_SENDER, "hold", "released")


def test_rule_takes_its_dutch_label_and_refuses_unknown_ones(db: Path, policy: Policy) -> None:
    held = hold(db, policy)
    rejected = _record_password(db, policy)
    for name in ("password", "wachtwoord", "Wachtwoord"):
        only = rows(cli("incidents", "list", "--json", "--rule", name, "--store", str(db)))
        assert [r["id"] for r in only] == [rejected], name
    assert [r["id"] for r in rows(q(db, "list", "--json", "--rule", "gevoelige info"))] == [held]
    export = cli("incidents", "export", "--format", "json", "--rule", "wachtwoord", "--store", str(db))
    assert [i["id"] for i in json.loads(export.stdout)] == [rejected]
    for args in (
        ("queue", "list", "--rule", "foo"),
        ("incidents", "list", "--rule", "foo"),
        ("incidents", "export", "--format", "csv", "--rule", "foo"),
    ):
        refused = cli(*args, "--store", str(db))
        assert refused.returncode == 2, args
        assert refused.stdout == ""
        assert "onbekende regel 'foo'; kies uit: password (wachtwoord), bcc (zichtbare ontvangers)," in refused.stderr


def released_notices(sink: Sink) -> list[bytes]:
    return [r.data for r in sink.received if r.rcpt_tos == [SENDER] and b"is vrijgegeven en verzonden" in r.data]


def test_release_note_stays_in_the_register_and_the_message_is_mailed(db: Path, policy: Policy, sink: Sink) -> None:
    """Issue 14: ``--note`` was mailed to the sender while it was called a note. Now ``--note`` is
    for the register and ``--message`` goes to the sender; the delivered bytes prove it."""
    ref = hold(db, policy)
    with BackgroundOutbox(db, sink.url, policy):
        result = q(
            db,
            "release",
            ref,
            "--note",
            "Directie akkoord, dossier 17",
            "--message",
            "Volgende keer via LVS.",
            "--wait",
        )
        assert result.returncode == 0, result.stderr
        deadline = time.monotonic() + 15
        while not released_notices(sink) and time.monotonic() < deadline:
            time.sleep(0.05)
    (notice,) = released_notices(sink)
    assert b"Volgende keer via LVS." in notice and b"Bericht van de privacyverantwoordelijke" in notice
    assert b"Directie akkoord" not in notice and b"dossier 17" not in notice
    shown = q(db, "show", ref)
    assert "Directie akkoord, dossier 17" in shown.stdout and "Volgende keer via LVS." not in shown.stdout
    with Store.open(db) as s:
        (release,) = [i for i in s.outbox_items() if i.kind == "release"]
        assert release.state == "sent" and s.outbox_data(release.id) is None  # the message is wiped


def test_reject_message_implies_telling_the_sender(db: Path, policy: Policy) -> None:
    ref = hold(db, policy)
    result = q(db, "reject", ref, "--note", "intern: dossier 17", "--message", "Gebruik het LVS.")
    assert result.returncode == 0, result.stderr
    assert "afzender krijgt een melding" in result.stdout
    with Store.open(db) as s:
        (notice,) = [i for i in s.outbox_items() if i.kind == "notice_rejected"]
        data = s.outbox_data(notice.id) or b""
        assert b"Gebruik het LVS." in data and b"dossier 17" not in data
        assert s.get_message(ref).note == "intern: dossier 17"


def test_queue_shows_what_the_sender_did_through_the_link(db: Path, policy: Policy) -> None:
    """``queue list`` and ``queue show`` (text and JSON) show a request for release with the
    sender's justification, and a withdrawal as such, not as a reviewer's refusal."""
    asked, withdrawn = hold(db, policy), hold(db, policy)
    with Store.open(db) as store:
        store.sender_act(asked, "release", justification="De ouders vroegen het verslag zelf op.")
        store.sender_act(withdrawn, "withdraw")
    listing = q(db, "list", "--state", "all")
    [asked_line] = [line for line in listing.stdout.splitlines() if asked in line]
    [withdrawn_line] = [line for line in listing.stdout.splitlines() if withdrawn in line]
    assert "vastgehouden, vrijgave gevraagd" in asked_line and "ingetrokken door afzender" in withdrawn_line
    shown = q(db, "show", asked)
    assert "Status:       vastgehouden, vrijgave gevraagd" in shown.stdout
    assert "De ouders vroegen het verslag zelf op." in shown.stdout
    [row] = rows(q(db, "show", asked, "--json"))
    assert (row["sender_request"], row["sender_justification"]) == ("release", "De ouders vroegen het verslag zelf op.")
    states = {r["id"]: r["state"] for r in rows(q(db, "list", "--state", "all", "--json"))}
    assert states == {asked: "held", withdrawn: "withdrawn"}
