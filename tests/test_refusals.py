"""Refused mail and its bounce, over SMTP as the school's Postfix lives it (issue 14, item 6).

When Discretie refuses a mail (550), the teacher gets a Dutch notice of its own through the
outbox: reasons, reference, what to do, nothing of the content. The school's MTA then bounces the
mail to the teacher with the original (or its headers) attached; that bounce comes back through
Discretie with the null sender and must reach the teacher, not be refused for the content the
teacher wrote. A null-sender mail to anyone but staff is checked in full (else ``MAIL FROM:<>``
would get around every rule), and what the MTA writes in a bounce is still checked."""

from __future__ import annotations

import email
import email.policy
import re
import smtplib
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.helpers import Received, Sink, ThreadGateway, make_policy

TEACHER = "an.devos@sintpieterscollege.be"
COLLEAGUE = "jan.peeters@spc.ksleuven.be"
PARENT = "ouder.janssens@gmail.com"
PUPIL = "lotte.peeters@leerling.sintpieterscollege.be"
DPO = "privacy@lksd.ksleuven.be"
SECRET = "Zomer2024!"

PASSWORD_MAIL = (
    f"From: An Devos <{TEACHER}>\r\nTo: {COLLEAGUE}\r\n"
    "Subject: Login voor Lotte Peeters\r\nMessage-ID: <pw-7@sintpieterscollege.be>\r\n"
    "Date: Fri, 04 Dec 2026 09:00:00 +0100\r\n\r\n"
    f"Dag Jan,\r\n\r\nDe login van Lotte Peeters (3B): gebruikersnaam lotte.p, wachtwoord: {SECRET}\r\n"
).encode()

# Headers only (past Postfix's bounce_size_limit) still return the subject.
PASSWORD_IN_SUBJECT = (
    f"From: An Devos <{TEACHER}>\r\nTo: {COLLEAGUE}\r\n"
    f"Subject: Wifi-wachtwoord personeel: {SECRET}\r\nMessage-ID: <pw-9@sintpieterscollege.be>\r\n\r\n"
    "Dag Jan,\r\n\r\nZie onderwerp.\r\n"
).encode()


def with_txt_attachment() -> bytes:
    """The password in a .txt attachment: the returned copy carries it as a text part of its own."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = TEACHER, COLLEAGUE, "Examenaccounts"
    msg["Message-ID"] = "<pw-8@sintpieterscollege.be>"
    msg.set_content("Dag Jan,\n\nIn bijlage de logins voor het examen.\n")
    msg.add_attachment(
        f"klas;naam;login;wachtwoord\n3B;Lotte;lotte.p;{SECRET}\n3B;Arne;arne.a;Kiwi-Pad-471\n".encode(),
        maintype="text",
        subtype="plain",
        filename="logins.txt",
    )
    return msg.as_bytes(policy=email.policy.SMTP)


def dsn(original: bytes, diagnostic: str, *, headers_only: bool = False, explanation: str = "") -> bytes:
    """A non-delivery report as Postfix's bounce(8) writes it: the explanation, the delivery
    status and the original message (or, past bounce_size_limit, its headers only)."""
    boundary = "7C1B42A0.1764925200/mx.spc.ksleuven.be"
    returned = original.split(b"\r\n\r\n", 1)[0] + b"\r\n" if headers_only else original
    kind = "text/rfc822-headers" if headers_only else "message/rfc822"
    description = "Undelivered Message Headers" if headers_only else "Undelivered Message"
    head = (
        "From: MAILER-DAEMON@mx.spc.ksleuven.be (Mail Delivery System)\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"To: {TEACHER}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"\r\n'
        "Message-Id: <20261204080002.7C1B42A0@mx.spc.ksleuven.be>\r\n"
        "Date: Fri,  4 Dec 2026 09:00:02 +0100 (CET)\r\n\r\n"
        "This is a MIME-encapsulated message.\r\n\r\n"
        f"--{boundary}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "This is the mail system at host mx.spc.ksleuven.be.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\n"
        f"{explanation}"
        "                   The mail system\r\n\r\n"
        f"<{COLLEAGUE}>: host discretie.spc.ksleuven.be[127.0.0.1] said:\r\n    {diagnostic}\r\n"
        "    (in reply to end of DATA command)\r\n\r\n"
        f"--{boundary}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.spc.ksleuven.be\r\nX-Postfix-Queue-ID: 7C1B42A0\r\n"
        f"X-Postfix-Sender: rfc822; {TEACHER}\r\nArrival-Date: Fri,  4 Dec 2026 09:00:00 +0100 (CET)\r\n\r\n"
        f"Final-Recipient: rfc822; {COLLEAGUE}\r\nAction: failed\r\nStatus: 5.7.1\r\n"
        f"Remote-MTA: dns; discretie.spc.ksleuven.be\r\nDiagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        f"--{boundary}\r\nContent-Description: {description}\r\nContent-Type: {kind}\r\n\r\n"
    ).encode()
    return head + returned + f"\r\n--{boundary}--\r\n".encode()


@pytest.fixture
def gw(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    policy, path = make_policy(tmp_path, sink.url)
    g = ThreadGateway(policy, path).start()
    yield g
    g.stop()


def smtp(gw: ThreadGateway) -> smtplib.SMTP:
    return smtplib.SMTP("127.0.0.1", gw.port, local_hostname="mx.spc.ksleuven.be", timeout=30)


def refuse(gw: ThreadGateway, raw: bytes, sender: str = TEACHER, rcpt: str = COLLEAGUE) -> str:
    """Send ``raw``; it must be refused with 550 5.7.1. Returns the reply text."""
    with smtp(gw) as client, pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail(sender, [rcpt], raw)
    assert refused.value.smtp_code == 550
    text = refused.value.smtp_error.decode()
    assert text.startswith("5.7.1 ")
    return " ".join(text.split())


def wait_for(sink: Sink, rcpt: str, count: int = 1, timeout: float = 15.0) -> list[Received]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = [r for r in sink.received if r.rcpt_tos == [rcpt]]
        if len(got) >= count:
            return got
        time.sleep(0.05)
    return [r for r in sink.received if r.rcpt_tos == [rcpt]]


def read(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_a_refusal_sends_the_sender_a_dutch_notice_without_the_content(gw: ThreadGateway, sink: Sink) -> None:
    reply = refuse(gw, PASSWORD_MAIL)
    ref = re.search(r"(D-[0-9A-Z]{8})\)", reply)  # the reply may fold inside "(ref D-...)"
    assert ref is not None
    (notice,) = wait_for(sink, TEACHER)
    assert notice.mail_from == DPO  # a notice that bounces reaches the DPO, never loops
    msg = read(notice.data)
    assert msg["Subject"].startswith("Uw bericht van ") and f"(ref {ref[1]})" in msg["Subject"]
    assert msg["X-Discretie-Ref"] == ref[1] and msg["In-Reply-To"] is None
    assert msg["Auto-Submitted"] == "auto-generated" and msg["Reply-To"] == DPO
    body = msg.get_content()
    assert "is niet verzonden: Discretie heeft het geweigerd" in body
    assert "Er staat een wachtwoord of inlogcode in het bericht." in body  # the rule's reason
    assert "Uw bericht bevat een wachtwoord." in body  # the policy's text for the rule
    assert "Wat nu?" in body and ref[1] in body
    for leak in (SECRET, "Lotte", "Peeters", "lotte.p", "Login voor", "pw-7"):
        assert leak not in body and leak.encode() not in notice.data, leak
    # nothing else went to the teacher or the colleague; the DPO got the report
    assert wait_for(sink, DPO) and not [r for r in sink.received if COLLEAGUE in r.rcpt_tos]


@pytest.mark.parametrize(
    ("original", "headers_only"),
    [(PASSWORD_MAIL, False), (PASSWORD_IN_SUBJECT, True), (with_txt_attachment(), False)],
    ids=["whole-original", "headers-only", "txt-attachment"],
)
def test_the_mta_bounce_of_a_refused_mail_reaches_the_teacher(
    gw: ThreadGateway, sink: Sink, original: bytes, headers_only: bool
) -> None:
    """Postfix bounces the refused mail to the teacher with the null sender: the returned copy
    (with the password, in the subject, the body or a .txt attachment) passes, byte for byte."""
    reply = refuse(gw, original)
    bounce = dsn(original, f"550 {reply}", headers_only=headers_only)
    with smtp(gw) as client:
        assert client.sendmail("<>", [TEACHER], bounce) == {}
    got = [r for r in wait_for(sink, TEACHER, 2) if r.mail_from in ("", "<>")]
    assert len(got) == 1 and got[0].data == bounce


def test_a_null_sender_report_to_an_outside_address_is_checked_in_full(gw: ThreadGateway, sink: Sink) -> None:
    """Otherwise ``MAIL FROM:<>`` and a report wrapper would carry a password to anyone."""
    bounce = dsn(PASSWORD_MAIL, "550 5.7.1 no")
    refuse(gw, bounce, sender="<>", rcpt=PARENT)
    time.sleep(0.5)
    assert not [r for r in sink.received if PARENT in r.rcpt_tos]
    # a pupil or a mixed recipient list is not "staff" either
    refuse(gw, bounce, sender="<>", rcpt=PUPIL)
    with smtp(gw) as client, pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail("<>", [TEACHER, PARENT], bounce)
    assert refused.value.smtp_code == 550
    # and a refused null-sender mail makes no notice: only DPO reports
    time.sleep(0.5)
    assert {tuple(r.rcpt_tos) for r in sink.received} == {(DPO,)}


def test_what_the_mta_writes_in_a_bounce_is_still_checked(gw: ThreadGateway, sink: Sink) -> None:
    """Only the returned copy is exempt: a password in the report's own text is refused."""
    bounce = dsn(b"Subject: x\r\n\r\nniets\r\n", "550 5.7.1 no", explanation=f"Het wachtwoord: {SECRET}\r\n\r\n")
    refuse(gw, bounce, sender="<>", rcpt=TEACHER)


def test_a_null_sender_mail_that_is_no_report_is_checked_in_full(gw: ThreadGateway, sink: Sink) -> None:
    """A mail forwarded as an attachment looks like a bounce inside, but is no report."""
    forwarded = EmailMessage()
    forwarded["From"], forwarded["To"], forwarded["Subject"] = TEACHER, TEACHER, "Fwd: login"
    forwarded.set_content("Zie bijlage.\n")
    forwarded.add_attachment(email.message_from_bytes(PASSWORD_MAIL, policy=email.policy.default))
    refuse(gw, forwarded.as_bytes(policy=email.policy.SMTP), sender="<>", rcpt=TEACHER)
    refuse(gw, PASSWORD_MAIL, sender="<>", rcpt=TEACHER)
    time.sleep(0.5)
    assert not [r for r in sink.received if TEACHER in r.rcpt_tos]
