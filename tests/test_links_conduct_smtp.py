"""``links`` and ``conduct`` over SMTP: a real gateway in a thread, a real sink as upstream, the CLI
on the real store."""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import Sink, ThreadGateway, make_policy

TEACHER = "an.devos@sintpieterscollege.be"
PARENT = "marc.peeters@telenet.be"


def cli(policy: Path, *args: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "discretie", *args, "--policy", str(policy), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def wait_for(predicate: object, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def mail(to: str, subject: str, body: str, sender: str = TEACHER) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    ).encode()


@pytest.fixture
def gw(tmp_path: Path, sink: Sink) -> ThreadGateway:
    policy, path = make_policy(tmp_path, sink.url, "")
    g = ThreadGateway(policy, path).start()
    yield g  # type: ignore[misc]
    g.stop()


DRIVE_PUPIL_LIST = mail(
    PARENT,
    "Klaslijst uitstap",
    "Beste,\r\n\r\nHierbij de klaslijst van 3B voor de uitstap naar Gent:\r\n"
    "Lotte Peeters, geboren op 12/03/2010\r\nJonas Maes, geboren op 04/07/2010\r\n"
    "Emma Claes, geboren op 21/11/2009\r\n\r\n"
    "De volledige lijst staat op https://drive.google.com/drive/folders/1AbCdEfGhIjK?usp=sharing\r\n",
)
LOOKALIKE_LOGIN = mail(
    "klas-3b@leerling.sintpieterscollege.be",
    "Nieuwe login",
    "Dag iedereen,\r\n\r\nLog vanaf vandaag in via https://sintpieterscolIege.be/login met je gewone gegevens.\r\n",
)


def test_drive_share_with_a_pupil_list_is_held(gw: ThreadGateway, sink: Sink) -> None:
    assert gw.policy_path is not None
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(TEACHER)
        client.rcpt(PARENT)
        code, reply = client.data(DRIVE_PUPIL_LIST)
    assert code == 250 and b"vastgehouden" in reply
    (held,) = cli(Path(gw.policy_path), "queue", "list")
    assert held["state"] == "held" and held["held_by"] == ["links"]
    (shown,) = cli(Path(gw.policy_path), "queue", "show", str(held["id"]))
    finding = next(f for f in shown["findings"] if f["rule"] == "links")  # type: ignore[union-attr]
    assert (finding["category"], finding["evidence"]) == (
        "public_share",
        ["openbare deellink via drive.google.com (in een bericht met gevoelige gegevens)"],
    )
    time.sleep(0.3)
    assert [r for r in sink.received if PARENT in r.rcpt_tos] == []


def test_lookalike_school_login_link_is_refused(gw: ThreadGateway, sink: Sink) -> None:
    assert gw.policy_path is not None
    with (
        smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client,
        pytest.raises(smtplib.SMTPDataError) as exc,
    ):
        client.sendmail(TEACHER, ["klas-3b@leerling.sintpieterscollege.be"], LOOKALIKE_LOGIN)
    assert exc.value.smtp_code == 550
    assert exc.value.smtp_error.decode().startswith("5.7.1")
    (incident,) = cli(Path(gw.policy_path), "incidents", "list")
    # The group in To: bcc too; a look-alike login link to a class group is what a hijacked account sends: hijack too.
    assert incident["rules"] == ["bcc", "links", "hijack"] and incident["action"] == "reject"
    (shown,) = cli(Path(gw.policy_path), "incidents", "show", str(incident["id"]))
    finding = next(f for f in shown["findings"] if f["rule"] == "links")  # type: ignore[union-attr]
    assert (finding["category"], finding["evidence"]) == (
        "lookalike",
        ["link naar sintpieterscolIege.be lijkt op sintpieterscollege.be (schooldomein)"],
    )
    assert not any("klas-3b@leerling.sintpieterscollege.be" in r.rcpt_tos for r in sink.received)


PUPIL = "jonas.maes@leerling.sintpieterscollege.be"
CARE = "zorgcoordinator@sintpieterscollege.be"  # one colleague (zorgteam@ is a list: bcc)
DPO = "privacy@lksd.ksleuven.be"
DIRECTION = "directie@sintpieterscollege.be"
SLUR_AT_PUPIL = mail(PUPIL, "Je taak", "Jonas, je bent een vuile makak. Je taak is weer niet af.")
QUOTED_REPORT = mail(
    CARE,
    "Pestmelding 3B",
    "Beste zorgteam,\r\n\r\nVandaag noemde een leerling van 3B Jonas op de speelplaats een vuile makak. "
    'Jonas liet me ook een bericht zien: "je bent een vuile makak". Kunnen we dit morgen bespreken?\r\n',
)


def test_slur_at_a_pupil_is_recorded_and_reported_but_a_quoted_report_is_not(gw: ThreadGateway, sink: Sink) -> None:
    assert gw.policy_path is not None
    policy = Path(gw.policy_path)
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.sendmail(TEACHER, [CARE], QUOTED_REPORT)
        client.sendmail(TEACHER, [PUPIL], SLUR_AT_PUPIL)
    # Audit mode: both mails go out untouched.
    assert wait_for(lambda: any(r.rcpt_tos == [PUPIL] for r in sink.received))
    assert any(r.rcpt_tos == [CARE] and r.data == QUOTED_REPORT for r in sink.received)
    # Only the slur at the pupil is an incident, and its report goes to the DPO and the direction.
    (incident,) = cli(policy, "incidents", "list")
    assert incident["rules"] == ["conduct"] and incident["action"] == "forward"
    (shown,) = cli(policy, "incidents", "show", str(incident["id"]))
    (finding,) = shown["findings"]  # type: ignore[misc]
    assert finding["category"] == "slur" and finding["severity"] == "high"
    assert finding["evidence"] == ["racistisch of discriminerend scheldwoord (gericht aan een persoon): m****"]
    assert wait_for(lambda: any(DPO in r.rcpt_tos for r in sink.received))
    (report,) = [r for r in sink.received if DPO in r.rcpt_tos]
    assert report.rcpt_tos == [DPO, DIRECTION]
    assert f"To: {DPO}, {DIRECTION}".encode() in report.data
    assert b"ongepaste inhoud" in report.data and b"auditmodus" in report.data
    for secret in (b"makak", b"Jonas", PUPIL.encode()):
        assert secret not in report.data
    # No notice to the teacher in audit mode: nothing else went out.
    time.sleep(0.5)
    assert sorted(tuple(r.rcpt_tos) for r in sink.received) == sorted([(CARE,), (PUPIL,), (DPO, DIRECTION)])


def test_conduct_in_enforce_mode_holds(tmp_path: Path, sink: Sink) -> None:
    text = (Path(__file__).resolve().parents[1] / "policy.yaml").read_text("utf-8")
    assert "mode: audit              # record and report" in text
    policy, path = make_policy(
        tmp_path, sink.url, base=text.replace("mode: audit              # record", "mode: enforce #")
    )
    g = ThreadGateway(policy, path).start()
    try:
        with smtplib.SMTP("127.0.0.1", g.port, local_hostname="client.test") as client:
            client.ehlo()
            client.mail(TEACHER)
            client.rcpt(PUPIL)
            code, reply = client.data(SLUR_AT_PUPIL)
        assert code == 250 and b"vastgehouden" in reply
        (held,) = cli(path, "queue", "list")
        assert held["held_by"] == ["conduct"]
        time.sleep(0.3)
        assert not any(PUPIL in r.rcpt_tos for r in sink.received)
    finally:
        g.stop()
