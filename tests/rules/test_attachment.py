"""The ``attachment`` rule: dangerous files are caught by their final extension and by their
content, whatever their declared type; ordinary school attachments (PDF, photos, Office files
without macros, calendars, archives of documents) never fire."""

from __future__ import annotations

import base64
import gzip
import io
import struct
import tarfile
import time
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from discretie.message import parse
from discretie.model import Finding, Message, Severity
from discretie.policy import Policy, parse_policy
from discretie.rules.attachment import check, display_name, final_extension
from tests.helpers import corpus

POLICY = Policy()


# --- file builders ------------------------------------------------------------------------------


def pe() -> bytes:
    data = bytearray(512)
    data[0:2] = b"MZ"
    data[0x3C:0x40] = (0x80).to_bytes(4, "little")
    data[0x4E:0x75] = b"This program cannot be run in DOS mode."
    data[0x80:0x84] = b"PE\x00\x00"
    return bytes(data)


ELF = b"\x7fELF\x02\x01\x01" + bytes(120)
MACHO = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(120)
JAVA_CLASS = b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + bytes(64)
LNK = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + bytes(60)
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(200) + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Oudercontact\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
CSV = b"naam;klas;punten\nJan;3B;14\n"


def iso() -> bytes:
    data = bytearray(0x8800)
    data[0x8000:0x8006] = b"\x01CD001"
    return bytes(data)


def ole(*names: str) -> bytes:
    """A minimal OLE2 compound file whose directory holds ``names`` (128-byte entries)."""
    data = bytearray(512 + 128 * (len(names) + 1))
    data[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    for index, name in enumerate(("Root Entry", *names)):
        pos = 512 + 128 * index
        encoded = (name + "\x00").encode("utf-16-le")
        data[pos : pos + len(encoded)] = encoded
        data[pos + 64 : pos + 66] = len(encoded).to_bytes(2, "little")
    return bytes(data)


def zip_of(*members: tuple[str, bytes], encrypt: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    data = bytearray(buf.getvalue())
    if encrypt:  # set the "encrypted" flag in every local and central header
        for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            pos = data.find(sig)
            while pos >= 0:
                data[pos + offset] |= 0x01
                pos = data.find(sig, pos + 4)
    return bytes(data)


def docx(*extra: tuple[str, bytes]) -> bytes:
    return zip_of(
        ("[Content_Types].xml", b"<?xml version='1.0'?><Types/>"),
        ("_rels/.rels", b"<Relationships/>"),
        ("word/document.xml", b"<w:document><w:body><w:p>Rapport</w:p></w:body></w:document>"),
        *extra,
    )


def nested_zip(levels: int, inner: tuple[str, bytes]) -> bytes:
    data = zip_of(inner)
    for level in range(levels - 1):
        data = zip_of((f"laag{level}.zip", data))
    return data


def tar_gz(*members: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as archive:
        for name, content in members:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return buf.getvalue()


def gz_named(name: str, content: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, fileobj=buf, mode="wb") as stream:
        stream.write(content)
    return buf.getvalue()


def rar4(*names: str) -> bytes:
    out = b"Rar!\x1a\x07\x00" + struct.pack("<HBHH", 0, 0x73, 0, 13) + bytes(6)
    for name in names:
        raw = name.encode()
        payload = b"data"
        out += (
            struct.pack(
                "<HBHHIIBIIBBHI",
                0,
                0x74,
                0x8000,
                32 + len(raw),
                len(payload),
                len(payload),
                2,
                0,
                0,
                29,
                0x30,
                len(raw),
                0x20,
            )
            + raw
            + payload
        )
    return out


def _vint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def rar5(*names: str) -> bytes:
    def block(body: bytes) -> bytes:
        return bytes(4) + _vint(len(body)) + body

    out = b"Rar!\x1a\x07\x01\x00" + block(_vint(1) + _vint(0) + _vint(0))
    for name in names:
        raw = name.encode()
        payload = b"data"
        body = (
            _vint(2)
            + _vint(0x2)
            + _vint(len(payload))
            + _vint(0)
            + _vint(4)
            + _vint(0x20)
            + _vint(0)
            + _vint(0)
            + _vint(len(raw))
            + raw
        )
        out += block(body) + payload
    return out


def cab(*names: str) -> bytes:
    files = b"".join(struct.pack("<IIHHHH", 4, 0, 0, 0, 0, 0x20) + n.encode() + b"\x00" for n in names)
    header = b"MSCF" + bytes(4) + struct.pack("<I", 44 + len(files)) + bytes(4) + struct.pack("<I", 44)
    header += bytes(4) + struct.pack("<BBHHHHH", 3, 1, 1, len(names), 0, 0, 0)
    return header + bytes(8) + files


def zip_bomb() -> bytes:
    data = bytearray(zip_of(("nullen.txt", bytes(1024 * 1024))))
    pos = data.find(b"PK\x01\x02")
    data[pos + 24 : pos + 28] = (600 * 1024 * 1024).to_bytes(4, "little")  # declared size
    return bytes(data)


def damaged_zip(name: str, content: bytes) -> bytes:
    data = zip_of((name, content))
    return data[: data.find(b"PK\x01\x02")]  # central directory cut off


# --- message builders ---------------------------------------------------------------------------


def mail(*attachments: tuple[str | None, bytes, str], body: str = "Beste ouders,\n\nIn bijlage de info.\n") -> Message:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "An Devos <an.devos@sintpieterscollege.be>"
    msg["To"] = "jan.peeters@gmail.com"
    msg["Subject"] = "Info"
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return parse(msg.as_bytes(), "an.devos@sintpieterscollege.be", ["jan.peeters@gmail.com"])


def forwarded(inner: Message | None = None) -> Message:
    inner_msg = EmailMessage(policy=SMTP)
    inner_msg["From"] = "leverancier@example.com"
    inner_msg["Subject"] = "Factuur"
    inner_msg.set_content("Zie bijlage")
    inner_msg.add_attachment(pe(), maintype="application", subtype="octet-stream", filename="factuur.exe")
    outer = EmailMessage(policy=SMTP)
    outer["From"] = "an.devos@sintpieterscollege.be"
    outer["To"] = "directie@sintpieterscollege.be"
    outer["Subject"] = "Fw: Factuur"
    outer.set_content("Is dit echt?")
    outer.add_attachment(inner_msg)
    return parse(outer.as_bytes(), "an.devos@sintpieterscollege.be", ["directie@sintpieterscollege.be"])


def encoded_name_mail() -> Message:
    raw = (
        b"From: an.devos@sintpieterscollege.be\r\nTo: jan@gmail.com\r\nSubject: rapport\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage\r\n'
        b"--b\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="=?utf-8?q?rapport=2Epdf=2Escr?="\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
    )
    return parse(raw + base64.encodebytes(pe()) + b"--b--\r\n", "an.devos@sintpieterscollege.be", ["jan@gmail.com"])


def sample(name: str) -> Message:
    return parse(corpus("mime", "spamassassin", "spam", "olevbmacro", name).read_bytes())


Case = Callable[[], Message]

POSITIVES: list[tuple[str, Case, str]] = [
    ("exe", lambda: mail(("setup.exe", pe(), "application/octet-stream")), "executable"),
    ("double extension", lambda: mail(("rapport.pdf.exe", pe(), "application/pdf")), "executable"),
    ("scr declared as pdf", lambda: mail(("rapport.pdf.scr", pe(), "application/pdf")), "executable"),
    ("scr name only", lambda: mail(("rapport.pdf.scr", PDF, "application/pdf")), "executable"),
    ("rfc2047 name", encoded_name_mail, "executable"),
    ("rtlo override", lambda: mail(("factuur\u202efdp.exe", pe(), "application/pdf")), "executable"),
    ("trailing dots and spaces", lambda: mail(("foto.exe. . ", pe(), "image/jpeg")), "executable"),
    ("uppercase", lambda: mail(("SETUP.EXE", b"data", "application/octet-stream")), "executable"),
    ("zero width in ext", lambda: mail(("les.e\u200bxe", b"x", "application/octet-stream")), "executable"),
    ("pe named jpg", lambda: mail(("foto.jpg", pe(), "image/jpeg")), "executable"),
    ("pe without name", lambda: mail((None, pe(), "application/octet-stream")), "executable"),
    ("elf", lambda: mail(("data.bin", ELF, "application/octet-stream")), "executable"),
    ("mach-o", lambda: mail(("tool", MACHO, "application/octet-stream")), "executable"),
    ("lnk content", lambda: mail(("rapport.pdf", LNK, "application/pdf")), "executable"),
    ("lnk name", lambda: mail(("Rapport.lnk", LNK, "application/octet-stream")), "executable"),
    ("msi", lambda: mail(("installer.msi", ole("SummaryInformation"), "application/octet-stream")), "executable"),
    ("declared x-msdownload", lambda: mail(("bestand", b"abc", "application/x-msdownload")), "executable"),
    ("js", lambda: mail(("factuur.js", b"var s = new ActiveXObject('WScript.Shell');", "text/javascript")), "script"),
    ("bat", lambda: mail(("start.bat", b"@echo off\r\ndel *.*\r\n", "text/plain")), "script"),
    ("ps1", lambda: mail(("update.ps1", b"Invoke-WebRequest http://x", "text/plain")), "script"),
    ("vbs", lambda: mail(("lijst.vbs", b"MsgBox 1", "text/plain")), "script"),
    ("hta", lambda: mail(("info.hta", b"<html><script>x</script></html>", "text/html")), "script"),
    ("shebang without ext", lambda: mail(("install", b"#!/bin/sh\nrm -rf ~\n", "application/octet-stream")), "script"),
    ("docm name", lambda: mail(("verslag.docm", docx(), "application/octet-stream")), "macro"),
    (
        "vba in docx",
        lambda: mail(
            (
                "verslag.docx",
                docx(("word/vbaProject.bin", ole("_VBA_PROJECT", "VBA"))),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ),
        "macro",
    ),
    (
        "vba in legacy doc",
        lambda: mail(("brief.doc", ole("WordDocument", "Macros", "VBA", "_VBA_PROJECT"), "application/msword")),
        "macro",
    ),
    (
        "vba source text in xls",
        lambda: mail(("punten.xls", ole("Workbook") + b"\x00Attribut\x00e VB_Name = ", "application/vnd.ms-excel")),
        "macro",
    ),
    (
        "odt with basic module",
        lambda: mail(
            (
                "brief.odt",
                zip_of(
                    ("mimetype", b"application/vnd.oasis.opendocument.text"),
                    ("content.xml", b"<x/>"),
                    ("Basic/Standard/Module1.xml", b"<script/>"),
                ),
                "application/vnd.oasis.opendocument.text",
            )
        ),
        "macro",
    ),
    ("macroEnabled type", lambda: mail(("lijst", b"x", "application/vnd.ms-excel.sheet.macroEnabled.12")), "macro"),
    ("iso content", lambda: mail(("foto.jpg", iso(), "image/jpeg")), "disk_image"),
    ("iso name", lambda: mail(("factuur.iso", b"x" * 100, "application/octet-stream")), "disk_image"),
    ("img name", lambda: mail(("scan.img", b"x" * 100, "application/octet-stream")), "disk_image"),
    ("vhdx", lambda: mail(("schijf.bin", b"vhdxfile" + bytes(100), "application/octet-stream")), "disk_image"),
    (
        "exe in zip",
        lambda: mail(("fotos.zip", zip_of(("foto1.jpg", JPEG), ("setup.exe", pe())), "application/zip")),
        "executable",
    ),
    ("renamed pe in zip", lambda: mail(("docs.zip", zip_of(("uitleg.pdf", pe())), "application/zip")), "executable"),
    ("js in zip in zip", lambda: mail(("a.zip", nested_zip(2, ("doc.js", b"x")), "application/zip")), "script"),
    ("exe three levels deep", lambda: mail(("a.zip", nested_zip(3, ("x.exe", pe())), "application/zip")), "executable"),
    ("too deep", lambda: mail(("a.zip", nested_zip(5, ("x.txt", b"x")), "application/zip")), "archive"),
    (
        "encrypted zip",
        lambda: mail(("punten.zip", zip_of(("punten.pdf", PDF), encrypt=True), "application/zip")),
        "archive",
    ),
    (
        "encrypted zip with exe name",
        lambda: mail(("f.zip", zip_of(("f.exe", pe()), encrypt=True), "application/zip")),
        "executable",
    ),
    ("zip bomb", lambda: mail(("data.zip", zip_bomb(), "application/zip")), "archive"),
    ("damaged zip", lambda: mail(("f.zip", damaged_zip("factuur.exe", pe()), "application/zip")), "executable"),
    ("zip named pdf", lambda: mail(("rapport.pdf", zip_of(("rapport.scr", pe())), "application/pdf")), "executable"),
    (
        "tar.gz with vbs",
        lambda: mail(("les.tar.gz", tar_gz(("les/run.vbs", b"x"), ("les/a.txt", b"a")), "application/gzip")),
        "script",
    ),
    ("gz of exe", lambda: mail(("tool.gz", gz_named("tool.exe", pe()), "application/gzip")), "executable"),
    ("tar with iso", lambda: mail(("b.tgz", tar_gz(("schijf.bin", iso())), "application/gzip")), "disk_image"),
    ("rar4", lambda: mail(("f.rar", rar4("uitleg.txt", "factuur.exe"), "application/x-rar")), "executable"),
    ("rar5", lambda: mail(("f.rar", rar5("factuur.pdf.scr"), "application/vnd.rar")), "executable"),
    (
        "cab",
        lambda: mail(("update.cab", cab("readme.txt", "setup.exe"), "application/vnd.ms-cab-compressed")),
        "executable",
    ),
    ("7z", lambda: mail(("f.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40), "application/x-7z-compressed")), "archive"),
    (
        "apk",
        lambda: mail(
            ("app.zip", zip_of(("AndroidManifest.xml", b"x"), ("classes.dex", b"dex\n035")), "application/zip")
        ),
        "executable",
    ),
    (
        "jar with main class",
        lambda: mail(
            (
                "spel.zip",
                zip_of(("META-INF/MANIFEST.MF", b"Main-Class: Spel\r\n"), ("Spel.class", JAVA_CLASS)),
                "application/zip",
            )
        ),
        "executable",
    ),
    ("in forwarded message", forwarded, "executable"),
    ("corpus xlsm", lambda: sample("macro.eml"), "macro"),
    ("corpus renamed macro", lambda: sample("renamedmacro.eml"), "macro"),
    ("corpus password zip with xlsm", lambda: sample("zippwmacro.eml"), "macro"),
    ("corpus malice macro", lambda: sample("malicemacro.eml"), "macro"),
]

NEGATIVES: list[tuple[str, Case]] = [
    ("pdf", lambda: mail(("rapport.pdf", PDF, "application/pdf"))),
    ("jpg", lambda: mail(("foto.jpg", JPEG, "image/jpeg"))),
    ("png inline without name", lambda: mail((None, PNG, "image/png"))),
    (
        "docx",
        lambda: mail(
            ("verslag.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        ),
    ),
    (
        "docx with embedded picture",
        lambda: mail(("les.docx", docx(("word/media/image1.png", PNG)), "application/octet-stream")),
    ),
    (
        "legacy doc without macros",
        lambda: mail(("brief.doc", ole("WordDocument", "1Table", "\x05SummaryInformation"), "application/msword")),
    ),
    ("ics", lambda: mail(("oudercontact.ics", ICS, "text/calendar"))),
    ("csv", lambda: mail(("punten.csv", CSV, "text/csv"))),
    ("vcf", lambda: mail(("juf.vcf", b"BEGIN:VCARD\r\nFN:An Devos\r\nEND:VCARD\r\n", "text/vcard"))),
    (
        "zip of pdfs and photos",
        lambda: mail(("fotos.zip", zip_of(("a.pdf", PDF), ("b.jpg", JPEG), ("map/c.png", PNG)), "application/zip")),
    ),
    (
        "zip of docx",
        lambda: mail(("taken.zip", zip_of(("taak1.docx", docx()), ("taak2.docx", docx())), "application/zip")),
    ),
    ("tar.gz of pdfs", lambda: mail(("archief.tar.gz", tar_gz(("a.pdf", PDF), ("b.csv", CSV)), "application/gzip"))),
    ("gz of csv", lambda: mail(("punten.csv.gz", gz_named("punten.csv", CSV), "application/gzip"))),
    ("rar of pdfs", lambda: mail(("a.rar", rar4("a.pdf", "b.docx"), "application/x-rar"))),
    ("exe.pdf with pdf content", lambda: mail(("handleiding-setup.exe.pdf", PDF, "application/pdf"))),
    ("text starting with MZ", lambda: mail(("MZ-planning.txt", b"MZ Leuven planning 2024\nles 1\n", "text/plain"))),
    (
        "python lesson with shebang",
        lambda: mail(("spel.py", b"#!/usr/bin/env python3\nprint('hallo')\n", "text/x-python")),
    ),
    ("java class", lambda: mail(("Hallo.class", JAVA_CLASS, "application/java-vm"))),
    (
        "zip of java sources",
        lambda: mail(
            ("project.zip", zip_of(("src/Main.java", b"class Main {}"), ("Main.class", JAVA_CLASS)), "application/zip")
        ),
    ),
    ("name with version number", lambda: mail(("Verslag v1.2 final", PDF, "application/pdf"))),
    ("name com without dot", lambda: mail(("com", PDF, "application/pdf"))),
    ("domain-like pdf name", lambda: mail(("www.sintpieterscollege.be.pdf", PDF, "application/pdf"))),
    (
        "odt without macros",
        lambda: mail(
            (
                "brief.odt",
                zip_of(
                    ("mimetype", b"application/vnd.oasis.opendocument.text"),
                    ("content.xml", b"<x/>"),
                    ("Basic/script-lc.xml", b"<x/>"),
                ),
                "application/vnd.oasis.opendocument.text",
            )
        ),
    ),
    ("smime signature", lambda: mail(("smime.p7s", b"0\x82\x05\x00" + bytes(50), "application/pkcs7-signature"))),
    ("exe mentioned in body", lambda: mail(body="Download setup.exe via Smartschool, niet per mail.\n")),
    (
        "readme with shebang text in zip",
        lambda: mail(("les.zip", zip_of(("notes.txt", b"#!/bin/bash is de eerste regel\n")), "application/zip")),
    ),
    ("corpus xlsx without macros", lambda: sample("nomacro.eml")),
    ("corpus csv", lambda: sample("goodcsv.eml")),
    ("corpus encrypted office document", lambda: sample("encrypted.eml")),
    ("corpus docx with remote template", lambda: sample("target_uri.eml")),
]


@pytest.mark.parametrize(("case", "build", "category"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_dangerous_attachments_are_caught(case: str, build: Case, category: str) -> None:
    """Each dangerous file gives one finding with the expected category, a Dutch reason and evidence."""
    findings = check(build(), POLICY)
    assert [f.category for f in findings] == [category], findings
    finding = findings[0]
    assert finding.rule == "attachment"
    assert finding.severity is (Severity.MEDIUM if category == "archive" else Severity.HIGH)
    assert finding.reason and finding.evidence


@pytest.mark.parametrize(("case", "build"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_ordinary_attachments_pass(case: str, build: Case) -> None:
    """Ordinary school attachments give no finding."""
    assert check(build(), POLICY) == []


def test_evidence_names_file_and_reason() -> None:
    """Evidence shows the file name (hidden characters made visible) and why it is dangerous."""
    (finding,) = check(mail(("factuur\u202efdp.exe", pe(), "application/pdf")), POLICY)
    assert any("[U+202E]" in e and ".exe" in e for e in finding.evidence)
    assert any("Windows-programma (MZ)" in e for e in finding.evidence)
    (finding,) = check(mail(("rapport.pdf", zip_of(("rapport.scr", pe())), "application/pdf")), POLICY)
    assert "rapport.pdf › rapport.scr" in finding.evidence[0]


def test_one_finding_per_attachment() -> None:
    """Two dangerous attachments give two findings; harmless ones alongside give none."""
    findings = check(
        mail(
            ("a.exe", pe(), "application/octet-stream"),
            ("b.pdf", PDF, "application/pdf"),
            ("c.vbs", b"x", "text/plain"),
        ),
        POLICY,
    )
    assert [f.category for f in findings] == ["executable", "script"]


@pytest.mark.parametrize(
    ("name", "ext"),
    [
        ("rapport.pdf.exe", "exe"),
        ("Foto.JPG", "jpg"),
        ("a.exe. .", "exe"),
        ("x\u202egpj.scr", "scr"),
        ("noext", ""),
        ("map/sub/a.BAT", "bat"),
        ("a.exe::$DATA", "exe"),
        ("a.exe\x00.pdf", "exe"),
        ("versie 1. final", ""),
        (".bashrc", "bashrc"),
    ],
)
def test_final_extension(name: str, ext: str) -> None:
    """The extension Windows acts on: last one, hidden characters, trailing dots and spaces ignored."""
    assert final_extension(name) == ext


def test_display_name_is_bounded() -> None:
    """Long names are shortened but keep their end (the extension)."""
    shown = display_name("a" * 200 + ".exe")
    assert len(shown) <= 60 and shown.endswith(".exe")


def test_extension_lists_come_from_policy() -> None:
    """An admin can add an extension and set the archive category to reject."""
    policy = parse_policy(
        "rules:\n  attachment:\n    script_extensions: [.PY, bat]\n    category_actions: {archive: reject}\n"
    )
    findings = check(mail(("spel.py", b"print(1)", "text/x-python")), policy)
    assert [f.category for f in findings] == ["script"]
    assert check(mail(("x.vbs", b"x", "text/plain")), policy) == []  # the list replaces the default


def test_archive_budget_accepts_sizes() -> None:
    """max_archive_bytes takes a size like the other sizes in policy.yaml."""
    policy = parse_policy("rules:\n  attachment:\n    max_archive_bytes: 16MB\n")
    assert policy.rules.attachment.max_archive_bytes == 16 * 1024 * 1024


def test_uninspectable_archives_can_be_allowed() -> None:
    """check_uninspectable: false lets 7-Zip and encrypted archives through (names are still judged)."""
    policy = parse_policy("rules:\n  attachment:\n    check_uninspectable: false\n")
    assert check(mail(("f.7z", b"7z\xbc\xaf\x27\x1c" + bytes(40), "application/x-7z-compressed")), policy) == []
    assert check(mail(("p.zip", zip_of(("p.pdf", PDF), encrypt=True), "application/zip")), policy) == []
    encrypted_exe = mail(("f.zip", zip_of(("f.exe", pe()), encrypt=True), "application/zip"))
    assert [f.category for f in check(encrypted_exe, policy)] == ["executable"]


def test_budget_bounds_work_on_many_members() -> None:
    """A ZIP with more members than max_archive_entries is read only up to the limit."""
    policy = parse_policy("rules:\n  attachment:\n    max_archive_entries: 10\n")
    members = [(f"f{i}.txt", b"x") for i in range(50)] + [("z.exe", pe())]
    assert check(mail(("veel.zip", zip_of(*members), "application/zip")), policy) == []
    assert [f.category for f in check(mail(("veel.zip", zip_of(*members), "application/zip")), POLICY)] == [
        "executable"
    ]


def test_decompression_is_bounded_by_budget() -> None:
    """A gzip that inflates far beyond max_archive_bytes is only read up to the budget, and a
    program hidden after the budget is not looked for (documented bound)."""
    policy = parse_policy("rules:\n  attachment:\n    max_archive_bytes: 1048576\n")
    data = gz_named("nullen.bin", bytes(20 * 1024 * 1024))
    start = time.process_time()
    findings: list[Finding] = check(mail(("n.gz", data, "application/gzip")), policy)
    assert time.process_time() - start < 1.0
    assert findings == []
