"""MIME parsing: decoded headers, text of every part (HTML as text), attachments with decoded
names, nested messages, and no exception for any input (real-world and hostile corpora)."""

from __future__ import annotations

import base64
import time
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from discretie.message import decode_header, html_to_text, parse
from tests.helpers import corpus_files


def test_headers_and_addresses_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?Zo=C3=AB_Van_den_Broeck?= <zoe.vandenbroeck@sintpieterscollege.be>\r\n"
        b'To: "Peeters, Jan" <jan.peeters@spc.ksleuven.be>, ouders@sintpieterscollege.be\r\n'
        b"Cc: =?iso-8859-1?q?Ren=E9?= <rene@gmail.com>\r\n"
        b"Subject: =?utf-8?b?T3VkZXJjb250YWN0IOKAkyAzQg==?=\r\n"
        b"Message-ID: <abc@x>\r\n\r\nbody\r\n"
    )
    m = parse(raw)
    assert m.subject == "Oudercontact – 3B"
    assert m.from_[0].name == "Zoë Van den Broeck"
    assert [a.key for a in m.to] == ["jan.peeters@spc.ksleuven.be", "ouders@sintpieterscollege.be"]
    assert m.cc[0].name == "René"
    assert m.message_id == "<abc@x>"
    assert m.header("SUBJECT") == ["Oudercontact – 3B"]


def test_raw_8bit_headers_in_utf8_and_latin1() -> None:
    m = parse("Subject: Zoë en René\r\n\r\nx\r\n".encode())
    assert m.subject == "Zoë en René"
    m = parse("Subject: Zoë en René\r\n\r\nx\r\n".encode("latin-1"))
    assert m.subject == "Zoë en René"


def test_text_of_every_part_html_converted() -> None:
    msg = EmailMessage()
    msg["From"] = "a@sintpieterscollege.be"
    msg["Subject"] = "Rapport"
    msg.set_content("Platte tekst met wachtwoord.")
    msg.add_alternative(
        "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>HTML <b>tekst</b></p></body></html>",
        subtype="html",
    )
    msg.add_attachment(b"naam;punt\nLotte;8\n", maintype="text", subtype="csv", filename="punten.csv")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="brief.pdf")
    m = parse(msg.as_bytes())
    texts = {p.content_type: p for p in m.text_parts}
    assert "Platte tekst" in texts["text/plain"].text
    assert "HTML" in texts["text/html"].text and "tekst" in texts["text/html"].text
    assert "alert" not in texts["text/html"].text and "p{}" not in texts["text/html"].text
    assert texts["text/csv"].source == "attachment" and texts["text/csv"].filename == "punten.csv"
    assert [(a.filename, a.content_type) for a in m.attachments] == [
        ("punten.csv", "text/csv"),
        ("brief.pdf", "application/pdf"),
    ]
    assert m.attachments[1].data == b"%PDF-1.4 fake"
    assert "Rapport" in m.text and "Platte tekst" in m.text


def test_scripts_and_configuration_files_are_read_as_text() -> None:
    """A script or a configuration file is text whatever its declared type (mail clients send .bat and .conf as
    application/octet-stream): the rules read it; Notepad's and regedit's UTF-16 is decoded by its byte-order mark;
    a file named as text that holds a program (a NUL byte) is not read; every one stays an attachment."""
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@sintpieterscollege.be", "Scripts"
    msg.set_content("In bijlage.")
    msg.add_attachment(b"net use K: \\\\fs\\k\r\n", maintype="application", subtype="octet-stream", filename="k.BAT")
    msg.add_attachment(b"[wifi]\nssid=Labo\n", maintype="application", subtype="octet-stream", filename="labo.conf")
    reg = "Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\Software\\Stroom]\r\n"
    msg.add_attachment(reg.encode("utf-16"), maintype="application", subtype="octet-stream", filename="kiosk.reg")
    msg.add_attachment("Zoë\n".encode("utf-8-sig"), maintype="application", subtype="octet-stream", filename="n.txt")
    msg.add_attachment(b"MZ\x90\x00\x03\x00", maintype="application", subtype="octet-stream", filename="readme.txt")
    msg.add_attachment(b"MZ\x90\x00\x03\x00", maintype="application", subtype="octet-stream", filename="setup.bat")
    m = parse(msg.as_bytes())
    texts = {p.filename: p.text for p in m.text_parts if p.source == "attachment"}
    assert texts == {
        "k.BAT": "net use K: \\\\fs\\k\r\n",
        "labo.conf": "[wifi]\nssid=Labo\n",
        "kiosk.reg": reg,
        "n.txt": "Zoë\n",
    }
    assert [a.filename for a in m.attachments] == [
        "k.BAT",
        "labo.conf",
        "kiosk.reg",
        "n.txt",
        "readme.txt",
        "setup.bat",
    ]


def test_transfer_encodings_and_charsets() -> None:
    body = base64.b64encode("Beste ouders, de uitstap kost €12.".encode("cp1252"))
    raw = (
        b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1252\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"\r\n"
    )
    assert "€12" in parse(raw).text_parts[0].text
    qp = (
        b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nZo=C3=AB is ziek=\r\n geweest.\r\n"
    )
    assert "Zoë is ziek geweest." in parse(qp).text_parts[0].text
    bogus = b"Subject: x\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nhallo \xe9\xff\r\n"
    assert "hallo" in parse(bogus).text_parts[0].text


def test_rfc2231_and_rfc2047_file_names() -> None:
    raw = (
        b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''verslag%20Zo%C3%AB.pdf.exe\r\n\r\nMZ\r\n"
        b'--b\r\nContent-Type: application/pdf; name="=?utf-8?q?rapport_=C3=A9t=C3=A9.pdf?="\r\n\r\n%PDF\r\n'
        b"--b\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="..\\\\..\\\\evil.scr"\r\n\r\nMZ\r\n'
        b"--b--\r\n"
    )
    names = [a.filename for a in parse(raw).attachments]
    assert names == ["verslag Zoë.pdf.exe", "rapport été.pdf", "evil.scr"]


def test_nested_message_rfc822() -> None:
    inner = b"From: ouder@gmail.com\r\nSubject: binnen\r\n\r\nLotte heeft epilepsie.\r\n"
    raw = (
        b"Subject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nZie hieronder.\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"--b--\r\n"
    )
    m = parse(raw)
    sources = [(p.source, p.text.strip()) for p in m.text_parts]
    assert ("body", "Zie hieronder.") in sources
    assert ("embedded", "Lotte heeft epilepsie.") in sources


def test_missing_headers_and_empty_input() -> None:
    for raw in (b"", b"\r\n", b"just a line", b"\x00\x01\x02", b"Subject\r\n\r\n"):
        m = parse(raw)
        assert m.subject == "" or isinstance(m.subject, str)
        assert m.from_ == () or m.from_


def test_deep_nesting_is_bounded() -> None:
    depth = 500
    raw = b"Subject: deep\r\n"
    for i in range(depth):
        raw += f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode()
    raw += b"Content-Type: text/plain\r\n\r\ninner\r\n"
    started = time.monotonic()
    m = parse(raw)
    assert time.monotonic() - started < 5
    assert any("nesting" in d for d in m.defects) or m.text_parts


def test_html_to_text_handles_garbage() -> None:
    assert "x" in html_to_text("<<<>>><p>x")
    assert html_to_text("") == ""
    assert decode_header("=?bogus?q?abc?=") is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    parse(raw)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"Content-Type: multipart/mixed; boundary=zz\r\n",
                b"--zz\r\n",
                b"--zz--\r\n",
                b"Content-Transfer-Encoding: base64\r\n",
                b"Content-Type: text/html; charset=utf-16\r\n",
                b"=?utf-8?b?////?=\r\n",
                b"\r\n",
                b"<p>x</p>\r\n",
                b"\xff\xfe\r\n",
                b"Content-Type: message/rfc822\r\n",
                b"Content-Disposition: attachment; filename*=x''%ff%fe\r\n",
                b"Subject: =?x?q?=ZZ?=\r\n",
            ]
        ),
        max_size=60,
    )
)
def test_mime_shaped_garbage_never_raises(lines: list[bytes]) -> None:
    parse(b"".join(lines))


def test_every_corpus_message_parses_quickly() -> None:
    """Every real-world and hostile message from the public test suites parses without an
    exception and within 2 s."""
    mails = corpus_files("mime")
    slow = []
    for path in mails:
        started = time.monotonic()
        parse(path.read_bytes())
        if time.monotonic() - started > 2:
            slow.append(path.name)
    assert len(mails) > 400
    assert slow == []


def test_html_twin_of_the_plain_part_is_read_once() -> None:
    """multipart/alternative says the same thing twice: the HTML twin is not read again, but an
    HTML part that says something else is kept (rules must see every text)."""
    msg = EmailMessage()
    msg["Subject"] = "x"
    msg.set_content("Beste ouders,\n\nde uitstap gaat door.\n")
    msg.add_alternative("<p>Beste   ouders,</p><p>de uitstap gaat door.</p>", subtype="html")
    assert [p.content_type for p in parse(msg.as_bytes()).text_parts] == ["text/plain"]
    other = EmailMessage()
    other["Subject"] = "x"
    other.set_content("Dit bericht bekijkt u best in HTML.\n")
    other.add_alternative("<p>Lotte heeft epilepsie.</p>", subtype="html")
    assert [p.content_type for p in parse(other.as_bytes()).text_parts] == ["text/plain", "text/html"]


def test_chunked_feeding_parses_like_the_whole_message() -> None:
    """message.parse feeds the stdlib parser in pieces (memory): the tree must be the same as
    parsing the whole message at once, also when pieces split CRLF pairs."""
    mails = corpus_files("mime")
    import email as stdlib_email
    from email.policy import compat32

    from discretie import message as message_module

    def shape(m: stdlib_email.message.Message) -> list[object]:
        return [
            (tuple(p.raw_items()), p.get_content_type(), None if p.is_multipart() else p.get_payload(decode=True))
            for p in m.walk()
        ]

    for path in mails[::3]:
        raw = path.read_bytes()
        whole = shape(stdlib_email.message_from_bytes(raw, policy=compat32))
        assert shape(message_module._parse_chunked(raw)) == whole, path.name
        original = message_module.FEED_CHUNK
        try:
            message_module.FEED_CHUNK = 7
            assert shape(message_module._parse_chunked(raw)) == whole, path.name
        finally:
            message_module.FEED_CHUNK = original


def test_payload_bytes_as_the_stdlib_decodes_them() -> None:
    """message._payload takes unencoded payloads directly (one copy fewer at the memory peak):
    for every part of every corpus message, the bytes get_payload(decode=True) gives; and the
    tree's copy is dropped."""
    mails = corpus_files("mime")
    import email as stdlib_email
    from email.policy import compat32

    from discretie import message as message_module

    parts = 0
    for path in mails:
        for part in stdlib_email.message_from_bytes(path.read_bytes(), policy=compat32).walk():
            if part.is_multipart():
                continue
            try:
                expected = part.get_payload(decode=True)
            except Exception:
                expected = None
            if not isinstance(expected, bytes):
                continue
            assert message_module._payload(part) == expected, path.name
            assert part.get_payload() == ""
            parts += 1
    assert parts > 1000


ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to")


def test_simple_address_headers_read_as_the_stdlib_reads_them() -> None:
    """message.parse_addresses reads one plain address (bare, or in angle brackets after a name of
    plain words) without the stdlib's parser: for every address header of the corpora the result
    is the stdlib's, and most of them take that way."""
    import email as stdlib_email
    from email.policy import compat32

    from discretie import message as message_module

    simple = checked = 0
    for path in corpus_files("mime"):
        root = stdlib_email.message_from_bytes(path.read_bytes(), policy=compat32)
        for name, value in root.raw_items():
            if name.lower() not in ADDRESS_HEADERS:
                continue
            assert message_module.parse_addresses([value]) == message_module._stdlib_addresses([value]), value
            checked += 1
            simple += message_module._SIMPLE_ADDRESS.fullmatch(str(value).strip(" \t")) is not None
    assert checked > 600 and simple > 400, (checked, simple)  # 702 and 539 today


_ADDRESS_PIECES = st.sampled_from(
    ["an", "Devos", "a.b", "x-y", "=?utf-8?q?Jos=C3=A9?=", "'", "@", "<", ">", ".", ",", ";", ":", '"', "(", ")",
     " ", "  ", "\t", "\r\n ", "\\", "[", "]", "é", "school.be", "o'brien", "+tag", "..", "`{|}~"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ADDRESS_PIECES, max_size=12).map("".join))
def test_any_address_header_reads_as_the_stdlib_reads_it(value: str) -> None:
    from discretie import message as message_module

    assert message_module.parse_addresses([value]) == message_module._stdlib_addresses([value])


def test_html_table_rows_are_lines_of_cells() -> None:
    """A data table (every cell short) reads as one line a row, its cells joined by tabs, as Outlook's tables
    pasted as text do; a cell's paragraphs become one cell. A layout table whose cell holds a paragraph stays."""
    data = (
        "<table><tr><td><p>Naam</p></td><td><p>Geboortedatum</p></td></tr>"
        "<tr><td><p>Ine</p><p>Claes</p></td><td>03/04/2012</td></tr></table>"
    )
    assert html_to_text(data).splitlines() == ["Naam\tGeboortedatum", "Ine Claes\t03/04/2012"]
    prose = "Beste ouders, " + "morgen vertrekken we om acht uur aan de schoolpoort en keren we laat terug. " * 3
    layout = f"<table><tr><td><p>{prose}</p><p>Tot dan!</p></td><td>logo</td></tr></table>"
    lines = [line for line in html_to_text(layout).splitlines() if line.strip()]
    assert lines == [prose, "Tot dan!", "logo"]
    nested = "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>"
    assert html_to_text(nested).splitlines() == ["a b\tc"]  # the innermost rows first: a table in a cell is a cell
