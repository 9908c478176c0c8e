"""Building blocks of the labelled corpus: the :class:`Mail` record, byte-exact MIME rendering,
realistic attachment bytes and a few identifiers with valid checksums.

Everything is deterministic: no clock, no randomness, fixed MIME boundaries, fixed zip timestamps.
The mail texts themselves live in the ``mails_*.py`` modules; ``generate.py`` writes the corpus.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import html
import quopri
import struct
import textwrap
import urllib.parse
import zlib
from dataclasses import dataclass, field
from email.header import Header
from io import BytesIO
from zipfile import ZIP_STORED, ZipFile, ZipInfo

from stdnum import iban as _iban
from stdnum.be import nn as _nn
from stdnum.be import ogm_vcs as _ogm

CRLF = b"\r\n"
RULE_IDS = ("password", "bcc", "sensitive", "private_account", "attachment", "personal_data")
CATEGORIES = ("family", "psychosocial", "medical", "care", "financial")
FORMATS = ("plain", "qp", "b64", "html", "html-b64", "alt", "alt-b64", "cp1252")
# Formats for mails that do not ask for one: the mix a school's mail clients produce (Outlook and
# webmail write multipart/alternative with quoted-printable; some clients plain 8bit or base64).
AUTO_FORMATS = ("alt", "plain", "alt", "qp", "html", "alt-b64", "plain", "cp1252", "alt", "b64", "alt", "plain")
KINDS = ("new", "reply", "forward", "forward-rfc822", "auto-forward")


# --------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Att:
    """One attachment. ``name_style``: ``plain`` (quoted filename=), ``rfc2231`` (filename*=),
    ``rfc2047`` (an encoded word inside filename=, as Outlook and Gmail write it)."""

    filename: str | None
    ctype: str
    data: bytes
    name_style: str = "plain"
    cte: str = "base64"
    disposition: str = "attachment"
    content_id: str | None = None


@dataclass(frozen=True)
class Mail:
    """One corpus mail with its label. ``bcc`` are envelope-only recipients (the Bcc header a
    client strips); ``bcc_header`` keeps a Bcc header in the message as some clients do."""

    slug: str
    rules: tuple[str, ...]
    note: str
    frm: str
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    bcc_header: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    fmt: str = ""  # "" = chosen by position (see AUTO_FORMATS), else one of FORMATS
    html: str | None = None
    attachments: tuple[Att, ...] = ()
    embedded: Mail | None = None
    kind: str = "new"
    lang: str = "nl"
    mail_from: str | None = None
    rcpt: tuple[str, ...] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    traps: tuple[str, ...] = ()
    date_index: int = 0

    def envelope_from(self) -> str:
        return self.mail_from if self.mail_from is not None else email.utils.parseaddr(self.frm)[1]

    def envelope_rcpt(self) -> tuple[str, ...]:
        if self.rcpt is not None:
            return self.rcpt
        addrs = [email.utils.parseaddr(a)[1] for a in (*self.to, *self.cc, *self.bcc_header, *self.bcc)]
        return tuple(a for a in addrs if "@" in a)


def M(
    slug: str,
    rules: list[str] | tuple[str, ...],
    note: str,
    frm: str,
    to: list[str] | tuple[str, ...] | str,
    subject: str,
    body: str,
    **kw: object,
) -> Mail:
    """Short constructor for the data tables: lists become tuples, the body is dedented."""
    for key in ("cc", "bcc", "bcc_header", "categories", "traps", "attachments", "rcpt"):
        value = kw.get(key)
        if isinstance(value, list):
            kw[key] = tuple(value)
        elif isinstance(value, str):
            kw[key] = (value,)
    targets = (to,) if isinstance(to, str) else tuple(to)
    return Mail(slug, tuple(rules), note, frm, targets, subject, text(body), **kw)  # type: ignore[arg-type]


def text(body: str) -> str:
    """Dedent a triple-quoted body and strip the surrounding blank lines."""
    return textwrap.dedent(body).strip("\n") + "\n"


def quote(header: str, body: str) -> str:
    """An attribution line and the quoted earlier text, as a mail client writes a reply."""
    lines = [header]
    for line in text(body).splitlines():
        lines.append(">" if not line else "> " + line)
    return "\n".join(lines) + "\n"


def fwd(frm: str, date: str, subject: str, to: str, body: str, outlook: bool = False) -> str:
    """An inline-forwarded message block (Gmail style, or Outlook's Dutch header block)."""
    if outlook:
        head = f"-----Oorspronkelijk bericht-----\nVan: {frm}\nVerzonden: {date}\nAan: {to}\nOnderwerp: {subject}\n"
    else:
        head = f"---------- Doorgestuurd bericht ---------\nVan: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    return head + "\n" + text(body)


# --------------------------------------------------------------------------------------------
# people


@dataclass(frozen=True)
class Person:
    name: str
    addr: str
    role: str = ""

    @property
    def full(self) -> str:
        return f"{self.name} <{self.addr}>"


SCHOOL = "Sint-Pieterscollege Leuven"
SCHOOL_ADDRESS = "Naamsesteenweg 112, 3000 Leuven"
SCHOOL_PHONE = "016 29 84 10"

STAFF: dict[str, Person] = {
    "devos": Person("An Devos", "an.devos@sintpieterscollege.be", "leerkracht Nederlands - klastitularis 3B"),
    "peeters": Person("Jan Peeters", "jan.peeters@sintpieterscollege.be", "leerkracht wiskunde"),
    "janssens": Person("Katrien Janssens", "katrien.janssens@sintpieterscollege.be", "zorgcoördinator 1ste graad"),
    "maes": Person("Tom Maes", "tom.maes@sintpieterscollege.be", "directeur"),
    "wouters": Person("Els Wouters", "els.wouters@sintpieterscollege.be", "leerlingbegeleiding 2de graad"),
    "claes": Person("Pieter Claes", "pieter.claes@spc.ksleuven.be", "ICT-coördinator"),
    "mertens": Person("Sofie Mertens", "sofie.mertens@sintpieterscollege.be", "leerlingensecretariaat"),
    "goossens": Person("Bart Goossens", "bart.goossens@sintpieterscollege.be", "leerkracht LO"),
    "vermeulen": Person("Lies Vermeulen", "lies.vermeulen@sintpieterscollege.be", "leerkracht Frans"),
    "willems": Person("Koen Willems", "kwi@spc.ksleuven.be", "leerkracht geschiedenis"),
    "aerts": Person("Hilde Aerts", "hilde.aerts@spc.ksleuven.be", "boekhouding"),
    "dubois": Person(
        "Nathalie Dubois", "nathalie.dubois@sintpieterscollege.be", "teacher of English - Erasmus+ coordinator"
    ),
    "decock": Person("Ruben Decock", "ruben.decock@sintpieterscollege.be", "leerkracht aardrijkskunde"),
    "hermans": Person("Griet Hermans", "griet.hermans@sintpieterscollege.be", "leerkracht biologie"),
    "elamrani": Person("Sarah El Amrani", "sarah.elamrani@sintpieterscollege.be", "leerlingbegeleider 3de graad"),
    "lambrechts": Person("Dirk Lambrechts", "dirk.lambrechts@sintpieterscollege.be", "TAC hout"),
    "verhaegen": Person("Joke Verhaegen", "joke.verhaegen@sintpieterscollege.be", "leerkracht chemie"),
    "helpdesk": Person("ICT-helpdesk LKSD", "helpdesk@lksd.ksleuven.be", "scholengroep LKSD"),
    "coppens": Person("Wim Coppens", "wim.coppens@lksd.ksleuven.be", "preventieadviseur LKSD"),
    "secretariaat": Person("Secretariaat SPC", "secretariaat@sintpieterscollege.be", "secretariaat"),
    "directie": Person("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be", "directie"),
    "info": Person("Sint-Pieterscollege", "info@sintpieterscollege.be", ""),
    "dpo": Person("Aanspreekpunt informatieveiligheid", "privacy@lksd.ksleuven.be", ""),
}


def staff(key: str) -> str:
    return STAFF[key].full


def sig(key: str, tel: str | None = None, greeting: str = "Met vriendelijke groeten,") -> str:
    """A staff signature; ``tel`` adds a phone line (a phone number is personal data)."""
    person = STAFF[key]
    lines = [greeting, "", person.name]
    if person.role:
        lines.append(person.role)
    lines.append(SCHOOL)
    if tel:
        lines.append(f"T {tel}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# identifiers with valid checksums


def rrn(yy: int, mm: int, dd: int, seq: int, born_2000s: bool = True) -> str:
    """A rijksregisternummer ``YY.MM.DD-SSS.CC`` with a valid check (verified with python-stdnum)."""
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    check = 97 - int(("2" if born_2000s else "") + base) % 97
    number = base + f"{check:02d}"
    if not _nn.is_valid(number):  # pragma: no cover - guards the computation above
        raise ValueError(number)
    return f"{base[0:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{number[9:11]}"


def be_iban(bank: str, account: int) -> str:
    """A Belgian IBAN with valid national and IBAN checks, grouped by four."""
    first10 = f"{bank}{account:07d}"
    national = int(first10) % 97 or 97
    bban = f"{first10}{national:02d}"
    number = "BE" + _iban.calc_check_digits("BE00" + bban) + bban
    if not _iban.is_valid(number):  # pragma: no cover
        raise ValueError(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def ogm(number: int) -> str:
    """A Belgian structured communication +++123/4567/89012+++ (valid check digits)."""
    base = f"{number:010d}"
    full = base + _ogm.calc_check_digits(base)
    return f"+++{full[0:3]}/{full[3:7]}/{full[7:12]}+++"


# --------------------------------------------------------------------------------------------
# attachment bytes (small, realistic headers; never functional malware)

_ZIP_TIME = (2026, 9, 1, 8, 0, 0)


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    buf = BytesIO()
    with ZipFile(buf, "w") as archive:
        for name, data in entries:
            info = ZipInfo(name, date_time=_ZIP_TIME)
            # Stored, not deflated: deflate output differs between zlib builds (zlib-ng), and the
            # corpus must be byte-identical wherever it is generated.
            info.compress_type = ZIP_STORED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buf.getvalue()


def pdf_bytes(title: str) -> bytes:
    """A minimal but well-formed one-page PDF."""
    safe = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 72 770 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def exe_bytes(label: str = "setup") -> bytes:
    """A PE header (MZ, DOS stub, PE signature, COFF + optional header magic); not runnable."""
    dos = bytearray(0x80)
    dos[0:2] = b"MZ"
    dos[2:4] = struct.pack("<H", 0x90)
    dos[0x3C:0x40] = struct.pack("<I", 0x80)
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    dos[0x4E : 0x4E + len(stub)] = stub
    coff = struct.pack("<HHIIIHH", 0x8664, 0, 0x66F0A000, 0, 0, 0xF0, 0x22)
    optional = struct.pack("<H", 0x20B) + bytes(0xF0 - 2)
    body = label.encode() + bytes(512 - len(label))
    return bytes(dos) + b"PE\x00\x00" + coff + optional + body


_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


def ole_bytes(marker: bytes) -> bytes:
    """An OLE compound file header followed by recognisable stream names (vbaProject.bin, .msi)."""
    header = bytearray(512)
    header[0:8] = _OLE_MAGIC
    header[0x18:0x1A] = struct.pack("<H", 0x3E)
    header[0x1A:0x1C] = struct.pack("<H", 3)
    header[0x1C:0x1E] = struct.pack("<H", 0xFFFE)
    header[0x1E:0x20] = struct.pack("<H", 9)
    return bytes(header) + marker + bytes(1024 - len(marker))


VBA_PROJECT = ole_bytes(
    '_VBA_PROJECT\x00PROJECT\x00dir\x00Module1\x00Attribute VB_Name = "Module1"\r\n'
    'Sub AutoOpen()\r\n  MsgBox "Welkom"\r\nEnd Sub\r\n'.encode("utf-16-le")
)

_CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_RELS = (
    _CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="{target}"/></Relationships>'
)
_OOXML = {
    # kind: (main part, main content type, macro content type, vba part)
    "docx": (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "word/vbaProject.bin",
    ),
    "dotx": (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "word/vbaProject.bin",
    ),
    "xlsx": (
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "xl/vbaProject.bin",
    ),
    "pptx": (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
        "ppt/vbaProject.bin",
    ),
}


def ooxml_bytes(kind: str, content: str, macro: bool = False) -> bytes:
    """An Office Open XML package; ``macro`` adds vbaProject.bin and the macro content type."""
    main, plain_type, macro_type, vba = _OOXML[kind]
    overrides = f'<Override PartName="/{main}" ContentType="{macro_type if macro else plain_type}"/>'
    defaults = (
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
    )
    if macro:
        defaults += '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    types = (
        _CT_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + defaults
        + overrides
        + "</Types>"
    )
    escaped = html.escape(content)
    body = _CT_HEAD + f"<document><body><p><t>{escaped}</t></p></body></document>"
    entries = [
        ("[Content_Types].xml", types.encode()),
        ("_rels/.rels", _RELS.format(target=main).encode()),
        (main, body.encode()),
        (
            "docProps/app.xml",
            (_CT_HEAD + "<Properties><Application>Microsoft Office</Application></Properties>").encode(),
        ),
    ]
    if macro:
        folder = main.rsplit("/", 1)[0]
        rels = (
            _CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>'
        )
        entries.append((f"{folder}/_rels/{main.rsplit('/', 1)[1]}.rels", rels.encode()))
        entries.append((vba, VBA_PROJECT))
    return zip_bytes(entries)


def odt_bytes(content: str) -> bytes:
    mimetype = b"application/vnd.oasis.opendocument.text"
    body = f'<?xml version="1.0"?><office:document-content><text:p>{html.escape(content)}</text:p>'
    return zip_bytes(
        [
            ("mimetype", mimetype),
            ("content.xml", (body + "</office:document-content>").encode()),
            ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest/>'),
        ],
    )


def _zlib_stored(data: bytes) -> bytes:
    """A zlib stream of one stored (uncompressed) block: identical with every zlib build."""
    if len(data) > 0xFFFF:  # pragma: no cover - the corpus only stores tiny images
        raise ValueError("too large for one stored block")
    size = struct.pack("<HH", len(data), len(data) ^ 0xFFFF)
    return b"\x78\x01" + b"\x01" + size + data + struct.pack(">I", zlib.adler32(data))


def png_bytes(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 30, 40)) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    raw = _zlib_stored(row * height)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////////////////////////////////"
    "//////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)


def jpeg_bytes(comment: str = "") -> bytes:
    """A tiny JPEG (SOI + JFIF + ... + EOI) with an optional COM segment."""
    com = b""
    if comment:
        data = comment.encode()
        com = b"\xff\xfe" + struct.pack(">H", len(data) + 2) + data
    return JPEG[:20] + com + JPEG[20:] + b"\xff\xd9"


def iso_bytes(volume: str) -> bytes:
    """An ISO 9660 image: 16 empty system sectors, then a primary volume descriptor (CD001)."""
    pvd = bytearray(2048)
    pvd[0:7] = b"\x01CD001\x01"
    pvd[40:72] = volume.upper().encode().ljust(32)[:32]
    term = bytearray(2048)
    term[0:7] = b"\xffCD001\x01"
    return bytes(16 * 2048) + bytes(pvd) + bytes(term)


def vhd_bytes() -> bytes:
    footer = bytearray(512)
    footer[0:8] = b"conectix"
    footer[8:12] = struct.pack(">I", 2)
    return bytes(footer) + bytes(1024) + bytes(footer)


def vhdx_bytes() -> bytes:
    return b"vhdxfile" + "Microsoft Windows 10.0".encode("utf-16-le") + bytes(2048)


def lnk_bytes() -> bytes:
    header = bytes.fromhex("4c0000000114020000000000c000000000000046")
    return header + bytes(56) + "C:\\Windows\\System32\\cmd.exe".encode("utf-16-le") + bytes(64)


def jar_bytes() -> bytes:
    manifest = b"Manifest-Version: 1.0\r\nMain-Class: be.spc.Rooster\r\n\r\n"
    klass = bytes.fromhex("cafebabe00000034") + bytes(64)
    return zip_bytes([("META-INF/MANIFEST.MF", manifest), ("be/spc/Rooster.class", klass)])


def ics_bytes(summary: str, start: str, end: str, location: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Sint-Pieterscollege//Planning//NL",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{start}-{abs(zlib.crc32(summary.encode()))}@sintpieterscollege.be",
        f"DTSTAMP:{start}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


# --------------------------------------------------------------------------------------------
# rendering


def _encode_header(value: str) -> str:
    if value.isascii():
        return value
    return Header(value, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def _address_list(values: tuple[str, ...]) -> str:
    rendered = []
    for value in values:
        if value.endswith(":;"):  # a group syntax such as undisclosed-recipients:;
            rendered.append(value)
            continue
        name, addr = email.utils.parseaddr(value)
        rendered.append(email.utils.formataddr((name, addr), charset="utf-8"))
    return ",\r\n\t".join(rendered)


@dataclass
class Part:
    headers: list[tuple[str, str]]
    body: bytes = b""
    children: list[Part] = field(default_factory=list)
    boundary: str = ""

    def render(self) -> bytes:
        out = bytearray()
        for name, value in self.headers:
            out += f"{name}: {value}".encode("ascii") + CRLF
        out += CRLF
        if self.children:
            out += b"This is a multi-part message in MIME format." + CRLF
            for child in self.children:
                out += CRLF + b"--" + self.boundary.encode() + CRLF + child.render()
            out += CRLF + b"--" + self.boundary.encode() + b"--" + CRLF
        else:
            out += self.body
        return bytes(out)


def _crlf(data: bytes) -> bytes:
    data = data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
    return data if data.endswith(CRLF) else data + CRLF


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    return _crlf(data)


def text_part(content: str, subtype: str, cte: str, charset: str = "utf-8") -> Part:
    data = content.encode(charset)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if data.isascii() else "8bit"
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, encode_body(data, cte))


def _filename_params(name: str, style: str) -> str:
    if style == "rfc2231" or (style == "plain" and not name.isascii()):
        return "filename*=UTF-8''" + urllib.parse.quote(name, safe="")
    if style == "rfc2047":
        encoded = base64.b64encode(name.encode()).decode()
        return f'filename="=?UTF-8?B?{encoded}?="'
    return f'filename="{name}"'


def _name_param(name: str, style: str) -> str:
    if style == "rfc2231" or (style == "plain" and not name.isascii()):
        return "name*=UTF-8''" + urllib.parse.quote(name, safe="")
    if style == "rfc2047":
        return f'name="=?UTF-8?B?{base64.b64encode(name.encode()).decode()}?="'
    return f'name="{name}"'


def attachment_part(att: Att) -> Part:
    ctype = att.ctype
    if att.filename is not None:
        ctype += "; " + _name_param(att.filename, att.name_style)
    headers = [("Content-Type", ctype)]
    disposition = att.disposition
    if att.filename is not None:
        disposition += "; " + _filename_params(att.filename, att.name_style)
    headers.append(("Content-Disposition", disposition))
    if att.content_id:
        headers.append(("Content-ID", f"<{att.content_id}>"))
    cte = att.cte
    if cte in ("7bit", "8bit"):
        cte = "7bit" if att.data.isascii() else "8bit"
    headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, encode_body(att.data, cte))


def to_html(content: str) -> str:
    """Plain text -> the kind of HTML a webmail writes: paragraphs, quotes in blockquote."""
    blocks: list[str] = []
    quoted: list[str] = []

    def flush_quote() -> None:
        if quoted:
            inner = "<br>\n".join(html.escape(q) for q in quoted)
            blocks.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
            quoted.clear()

    for paragraph in content.strip("\n").split("\n\n"):
        lines = paragraph.split("\n")
        plain: list[str] = []
        for line in lines:
            if line.startswith(">"):
                if plain:
                    blocks.append("<p>" + "<br>\n".join(html.escape(p) for p in plain) + "</p>")
                    plain = []
                quoted.append(line[1:].lstrip())
            else:
                flush_quote()
                plain.append(line)
        if plain:
            blocks.append("<p>" + "<br>\n".join(html.escape(p) for p in plain) + "</p>")
        elif quoted:
            quoted.append("")
    flush_quote()
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>p{font-family:Calibri,sans-serif}</style>'
        "</head>\n<body>\n" + "\n".join(blocks) + "\n</body></html>\n"
    )


def resolved_format(mail: Mail, index: int) -> str:
    """The body format of ``mail`` at corpus position ``index``."""
    if mail.fmt:
        return mail.fmt
    fmt = AUTO_FORMATS[index % len(AUTO_FORMATS)]
    if fmt == "cp1252":
        try:
            mail.body.encode("cp1252")
        except UnicodeEncodeError:
            return "alt"
    return fmt


def _body_parts(mail: Mail, tag: str, fmt: str) -> Part:
    html_text = mail.html if mail.html is not None else to_html(mail.body)
    if fmt == "plain":
        return text_part(mail.body, "plain", "8bit")
    if fmt == "qp":
        return text_part(mail.body, "plain", "quoted-printable")
    if fmt == "b64":
        return text_part(mail.body, "plain", "base64")
    if fmt == "cp1252":
        return text_part(mail.body, "plain", "quoted-printable", charset="windows-1252")
    if fmt == "html":
        return text_part(html_text, "html", "quoted-printable")
    if fmt == "html-b64":
        return text_part(html_text, "html", "base64")
    if fmt in ("alt", "alt-b64"):
        cte = "base64" if fmt == "alt-b64" else "quoted-printable"
        boundary = f"=_alt_{tag}"
        return Part(
            [("Content-Type", f'multipart/alternative; boundary="{boundary}"')],
            children=[text_part(mail.body, "plain", cte), text_part(html_text, "html", cte)],
            boundary=boundary,
        )
    raise ValueError(f"unknown format {fmt!r} in {mail.slug}")


def date_header(index: int) -> str:
    """A fixed date per corpus position, spread over the school year 2026-2027 (weekdays only)."""
    start = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    day = start + datetime.timedelta(days=index * 9 % 290)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    summer = day.month in (9, 10, 4, 5, 6) and not (day.month == 10 and day.day > 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    moment = day.replace(hour=7 + index * 7 % 14, minute=index * 13 % 60, tzinfo=tz)
    return email.utils.format_datetime(moment)


def render(mail: Mail, index: int) -> bytes:
    """The complete message as it reaches the gateway (CRLF line ends)."""
    tag = f"{index:03d}"
    domain = email.utils.parseaddr(mail.frm)[1].rpartition("@")[2] or "sintpieterscollege.be"
    top: list[tuple[str, str]] = [
        ("Date", date_header(mail.date_index or index)),
        ("From", _address_list((mail.frm,))),
    ]
    if mail.to:
        top.append(("To", _address_list(mail.to)))
    if mail.cc:
        top.append(("Cc", _address_list(mail.cc)))
    if mail.bcc_header:
        top.append(("Bcc", _address_list(mail.bcc_header)))
    top.append(("Subject", _encode_header(mail.subject)))
    top.append(("Message-ID", f"<corpus-{tag}-{mail.slug}@{domain}>"))
    if mail.kind == "reply":
        top.append(("In-Reply-To", f"<earlier-{tag}@mail.example.net>"))
        top.append(("References", f"<earlier-{tag}@mail.example.net>"))
    for name, value in mail.headers:
        top.append((name, _encode_header(value)))
    top.append(("MIME-Version", "1.0"))

    body = _body_parts(mail, tag, resolved_format(mail, index))
    extra = [attachment_part(a) for a in mail.attachments]
    if mail.embedded is not None:
        inner = render(mail.embedded, index + 500)
        name = (mail.embedded.subject or "bericht").replace('"', "")
        extra.append(
            Part(
                [
                    ("Content-Type", "message/rfc822"),
                    ("Content-Disposition", "attachment; " + _filename_params(name + ".eml", "plain")),
                ],
                inner,
            )
        )
    if extra:
        boundary = f"=_mixed_{tag}"
        root = Part(
            [("Content-Type", f'multipart/mixed; boundary="{boundary}"')],
            children=[body, *extra],
            boundary=boundary,
        )
    else:
        root = body
    root.headers = top + root.headers
    return root.render()
