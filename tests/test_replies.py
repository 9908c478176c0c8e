"""SMTP reply texts over real SMTP (issue 15, item 6): the reference stays whole on one reply
line, a refused dangerous attachment is named (safely), SMTPUTF8 clients read "§3" and others
"par. 3", and the JSON log keeps the whole reply."""

from __future__ import annotations

import json
import re
import smtplib
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import pytest

from discretie.policy import load_policy
from tests.helpers import ProcessGateway, Sink, ThreadGateway, make_policy
from tests.rules.test_attachment import pe
from tests.test_e2e import PASSWORD_MAIL, TEACHER

COLLEAGUE = "jan.peeters@spc.ksleuven.be"
REF = re.compile(rb"\(ref D-[0-9A-HJKMNP-TV-Z]{8}\)")


def refusal(gateway: ThreadGateway, data: bytes) -> list[bytes]:
    """The lines of the reply to DATA (smtplib joins a multi-line reply's texts with LF)."""
    with (
        smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="client.test", timeout=30) as client,
        pytest.raises(smtplib.SMTPDataError) as exc,
    ):
        client.sendmail(TEACHER, [COLLEAGUE], data)
    assert exc.value.smtp_code == 550
    return exc.value.smtp_error.split(b"\n")


def with_attachments(*files: tuple[str, bytes]) -> bytes:
    mail = EmailMessage()
    mail["From"] = TEACHER
    mail["To"] = COLLEAGUE
    mail["Subject"] = "Factuur"
    mail.set_content("Dag Jan, in bijlage de factuur.")
    for name, data in files:
        mail.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return mail.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_reference_stays_whole_on_one_reply_line(tmp_path: Path, sink: Sink) -> None:
    """A reply wrapped over several lines never splits "(ref D-...)": MTAs put the lines of a
    refusal apart in their bounce ("(ref" on one line, "5.7.1 D-..." on the next)."""
    filler = " ".join(["verzonden"] * 19) + " abcde"  # "(ref" would end exactly at the wrap width
    _, path = make_policy(tmp_path, sink.url, f'\ntexts:\n  rejected_reply: "{filler} (ref {{ref}}) {{reason}}"\n')
    gateway = ThreadGateway(load_policy(path), path).start()
    try:
        lines = refusal(gateway, PASSWORD_MAIL)
    finally:
        gateway.stop()
    assert len(lines) > 1
    assert lines[0] == b"5.7.1 " + filler.encode()
    assert REF.fullmatch(lines[1].split(b" ")[1] + b" " + lines[1].split(b" ")[2])
    assert sum(len(REF.findall(line)) for line in lines) == 1


def test_refused_attachment_is_named_safely(gateway: ThreadGateway) -> None:
    """The refusal names the dangerous file; a name with hidden characters shows them as [U+...],
    a long one is shortened (its extension kept) and an unrelated harmless file is not named."""
    long_name = "verslag " + "x" * 150 + ".pdf.exe"
    lines = refusal(
        gateway,
        with_attachments(("factuur.pdf.exe", pe()), ("foto\u202egpj.exe", pe()), (long_name, pe()), ("ok.txt", b"ok")),
    )
    text = b" ".join(line[6:] for line in lines).decode("ascii")
    shortened = "verslag xxxxxx..." + "x" * 17 + ".pdf.exe"  # 40 characters, the extension kept
    assert f'Bijlagen: "factuur.pdf.exe", "foto[U+202E]gpj.exe", "{shortened}". (ref D-' in text
    assert "ok.txt" not in text
    assert REF.search(b" ".join(lines))


def test_paragraph_sign_for_smtputf8_clients_par_for_others(gateway: ThreadGateway) -> None:
    """README: the password refusal cites §3. A client that negotiated SMTPUTF8 reads "§3", any
    other client "par. 3" (a reply must be ASCII for it)."""
    lines = refusal(gateway, PASSWORD_MAIL)
    text = b" ".join(lines)
    assert b"par. 3: verzend nooit een wachtwoord" in text and b"\xc2\xa7" not in text


async def test_paragraph_sign_reaches_an_smtputf8_client(gateway: ThreadGateway) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=gateway.port, local_hostname="client.test", start_tls=False)
    async with client:
        await client.ehlo()
        await client.mail(TEACHER, options=["SMTPUTF8"])
        await client.rcpt(COLLEAGUE)
        with pytest.raises(aiosmtplib.SMTPDataError) as exc:
            await client.data(PASSWORD_MAIL)
    assert exc.value.code == 550
    assert "§3: verzend nooit een wachtwoord" in exc.value.message and "par. 3" not in exc.value.message


def test_json_log_keeps_the_whole_reply(tmp_path: Path, sink: Sink) -> None:
    """The "message" log line has the whole reply (it had only the last of its lines, cut at 120
    characters): the Dutch reason, the rule's paragraph and the reference, on one line."""
    policy, path = make_policy(tmp_path, sink.url)
    gateway = ProcessGateway(path, int(policy.server.listen.rsplit(":", 1)[1])).start()
    try:
        with (
            smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="client.test", timeout=30) as client,
            pytest.raises(smtplib.SMTPDataError) as exc,
        ):
            client.sendmail(TEACHER, [COLLEAGUE], with_attachments(("factuur.pdf.exe", pe())))
        gateway.wait_log('"event": "message"')
    finally:
        gateway.stop()
    (line,) = [json.loads(x) for x in gateway.log_text().splitlines() if '"event": "message"' in x]
    reply = exc.value.smtp_error.decode()
    assert "\n" in reply  # several lines on the wire ...
    words = " ".join(part.removeprefix("5.7.1 ") for part in reply.split("\n"))
    assert line["reply"] == f"550 5.7.1 {words}"  # ... one in the log, all of it
    assert re.search(r"\(ref D-\w{8}\)$", line["reply"]) and "factuur.pdf.exe" in line["reply"]
