"""What leaves Discretie about a message carries nothing of it (issue 14, item 8).

A pupil's ADHD diagnosis goes through the gateway over SMTP the three ways it can: to a parent
(held, then released by the DPO with a note for the register and a message to the sender), among
staff (forwarded with a warning), and with a password (refused). Every mail the upstream sink
then holds that Discretie wrote (DPO reports, notices) is read byte for byte and decoded: no
term the rules matched, no name or initials of the pupil, no subject, no register note."""

from __future__ import annotations

import email
import email.policy
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO, Received, Sink, ThreadGateway, make_policy

SENDER = "katrien.janssens@sintpieterscollege.be"
STAFF = ["jan.peeters@sintpieterscollege.be", "lies.vermeulen@sintpieterscollege.be"]
PARENT = "ouder.jacobs@telenet.be"
DPO = "privacy@lksd.ksleuven.be"
ADHD = (
    (REPO / "tests/corpus/104-adhd-diagnose-mathis-rilatine.eml")
    .read_bytes()
    .replace(b"\r\n", b"\n")
    .replace(b"\n", b"\r\n")
)
# what the rules matched, who it is about (name, initials as the evidence writes them), the subject
LEAKS = ("ADHD", "adhd", "Rilatine", "diagnose", "Mathis", "Jacobs", "M. J.", "Mathis Jacobs 1B")
NOTE = "dossier zorgteam 17, moeder gebeld"
MESSAGE = "Graag voortaan via het leerlingvolgsysteem."


@pytest.fixture
def gw(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    base = (REPO / "policy.yaml").read_text("utf-8")
    base = base.replace("  dpo: ", "  console_url: https://discretie.spc.ksleuven.be:8025\n  dpo: ", 1)
    policy, path = make_policy(tmp_path, sink.url, base=base)
    assert policy.school.console_url == "https://discretie.spc.ksleuven.be:8025"
    g = ThreadGateway(policy, path).start()
    yield g
    g.stop()


def written_by_discretie(sink: Sink) -> list[Received]:
    return [r for r in sink.received if r.mail_from == DPO]


def wait(predicate: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def readable(data: bytes) -> str:
    """Headers decoded and every text part decoded (quoted-printable can split a word)."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    pieces = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            pieces.append(str(part.get_content()))
    return "\n".join(pieces)


def assert_nothing_leaks(mails: list[Received], *extra: str) -> None:
    assert mails
    for mail in mails:
        text = readable(mail.data)
        for leak in (*LEAKS, *extra):
            assert leak not in text, (leak, text)
            assert leak.encode() not in mail.data, leak


def cli(policy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", *args, "--policy", str(policy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_held_then_released_the_report_and_notices_carry_nothing_of_the_mail(gw: ThreadGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(PARENT)
        client.rcpt(STAFF[0])
        code, reply = client.data(ADHD)
    assert code == 250 and b"vastgehouden" in reply
    wait(lambda: len(written_by_discretie(sink)) == 2)  # DPO report and "wordt nagekeken"
    report = next(r for r in written_by_discretie(sink) if r.rcpt_tos == [DPO])
    text = readable(report.data)
    assert "gevoelige info (§3.3) · medisch · ernst hoog" in text  # which rule and category fired
    ref = text.split("Referentie:", 1)[1].split()[0]
    assert f"webconsole:     https://discretie.spc.ksleuven.be:8025/queue/{ref}" in text
    assert f"opdrachtregel:  discretie queue show {ref}" in text
    assert gw.policy_path is not None
    released = cli(Path(gw.policy_path), "queue", "release", ref, "--note", NOTE, "--message", MESSAGE)
    assert released.returncode == 0, released.stderr
    wait(lambda: len(written_by_discretie(sink)) == 3)
    notice = written_by_discretie(sink)[-1]
    assert notice.rcpt_tos == [SENDER] and MESSAGE in readable(notice.data)
    assert [r.data for r in sink.received if PARENT in r.rcpt_tos] == [ADHD]  # the mail itself, as written
    assert_nothing_leaks(written_by_discretie(sink), NOTE)


def test_among_staff_the_warning_and_report_carry_nothing_of_the_mail(gw: ThreadGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client:
        assert client.sendmail(SENDER, STAFF, ADHD) == {}
    wait(lambda: len(written_by_discretie(sink)) == 2)
    kinds = sorted(r.rcpt_tos[0] for r in written_by_discretie(sink))
    assert kinds == [SENDER, DPO]
    assert_nothing_leaks(written_by_discretie(sink))


def test_refused_the_report_and_notice_carry_nothing_of_the_mail(gw: ThreadGateway, sink: Sink) -> None:
    with_password = ADHD.replace(b"Katrien Janssens\r\nzorgco", b"Wachtwoord Smartschool: Kiwi-Pad-471\r\nzorgco", 1)
    with (
        smtplib.SMTP("127.0.0.1", gw.port, local_hostname="client.test") as client,
        pytest.raises(smtplib.SMTPDataError) as refused,
    ):
        client.sendmail(SENDER, [PARENT], with_password)
    assert refused.value.smtp_code == 550
    wait(lambda: len(written_by_discretie(sink)) == 2)
    assert sorted(r.rcpt_tos[0] for r in written_by_discretie(sink)) == [SENDER, DPO]
    assert_nothing_leaks(written_by_discretie(sink), "Kiwi-Pad-471", "K**", "Wachtwoord Smartschool")
    assert not [r for r in sink.received if PARENT in r.rcpt_tos]
