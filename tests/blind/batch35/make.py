#!/usr/bin/env python3
"""batch35 - blind labelled outbound mail for the Stroom / Sint-Pieterscollege Leuven gateway.

Communication team, pupils' council and parents' association of the Leuven campus (Naamsestraat).
Standard library only, deterministic: run `python3 make.py` and it (re)writes every NNN-slug.eml,
labels.yaml and roster.csv next to itself.
"""
import io
import os
import re
import random
import struct
import zlib
import zipfile
import hashlib
import unicodedata
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(35)
SMTP = policy.default.clone(linesep="\r\n")

SCHOOL_DOMAINS = {"sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be"}
PRIVATE_DOMAINS = {"gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.be", "yahoo.com",
                   "telenet.be", "skynet.be", "proximus.be", "hotmail.be"}


# ----------------------------------------------------------------------------- check digits
def iban_be(account10):
    """Valid Belgian IBAN (compact) for a 10-digit account part."""
    chk = int(account10) % 97 or 97
    bban = f"{account10}{chk:02d}"
    cd = 98 - int(bban + "111400") % 97
    return f"BE{cd:02d}{bban}"


def iban_fmt(iban):
    return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))


def iban_ok(iban):
    s = re.sub(r"\s", "", iban)
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def rrn(y, m, d, seq):
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + body) % 97
    return f"{y % 100:02d}.{m:02d}.{d:02d}-{seq:03d}.{chk:02d}"


def rrn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    b, c = d[:9], int(d[9:])
    return 97 - int(b) % 97 == c or 97 - int("2" + b) % 97 == c


IBAN_SCHOOL = iban_fmt(iban_be("0910218457"))      # schoolrekening Sint-Pieterscollege
IBAN_OUDERRAAD = iban_fmt(iban_be("7350094412"))   # rekening oudervereniging
IBAN_PARENT_VOS = iban_fmt(iban_be("0631187520"))  # rekening van een ouder (betaling ontvangen)
RRN_FEMKE = rrn(2010, 5, 14, 128)


# ----------------------------------------------------------------------------- dates
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_S = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_S = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(mo, day, h, mi, y=2024):
    off = 2 if (mo, day) >= (3, 31) and mo < 11 else 1
    return datetime(y, mo, day, h, mi, (h * 7 + mi * 13 + day) % 60,
                    tzinfo=timezone(timedelta(hours=off)))


def before(d, hours=0, minutes=0, days=0):
    return d - timedelta(days=days, hours=hours, minutes=minutes)


def nl_long(d):
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def nl_short(d):
    return f"{DAYS_S[d.weekday()]} {d.day} {MONTHS_S[d.month - 1]} {d.year} om {d:%H:%M}"


def fr_long(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"


def en_short(d):
    return f"{EN_D[d.weekday()]}, {d.day} {EN_M[d.month - 1]} {d.year} at {d:%H:%M}"


# ----------------------------------------------------------------------------- quoting helpers
def qlines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def outlook_q(frm, d, to, subject, text, cc=None, lang="nl"):
    """Outlook style header block above the quoted text (no > markers)."""
    if lang == "fr":
        h = f"De : {frm}\nEnvoyé : {fr_long(d)}\nÀ : {to}\n"
        if cc:
            h += f"Cc : {cc}\n"
        h += f"Objet : {subject}\n"
    elif lang == "en":
        h = f"From: {frm}\nSent: {EN_D[d.weekday()]}, {d.day} {EN_M[d.month-1]} {d.year} {d:%H:%M}\nTo: {to}\n"
        if cc:
            h += f"Cc: {cc}\n"
        h += f"Subject: {subject}\n"
    else:
        h = f"Van: {frm}\nVerzonden: {nl_long(d)}\nAan: {to}\n"
        if cc:
            h += f"CC: {cc}\n"
        h += f"Onderwerp: {subject}\n"
    return "\n\n" + "_" * 32 + "\n" + h + "\n" + text.strip("\n") + "\n"


def gmail_q(frm, d, text, lang="nl"):
    if lang == "en":
        head = f"On {en_short(d)}, {frm} wrote:"
    elif lang == "fr":
        head = f"Le {fr_long(d).replace(' ' + f'{d:%H:%M}', '')} à {d:%H:%M}, {frm} a écrit :"
    else:
        head = f"Op {nl_short(d)} schreef {frm}:"
    return "\n\n" + head + "\n" + qlines(text) + "\n"


def apple_q(frm, d, text):
    return (f"\n\n> Op {d.day} {MONTHS_S[d.month-1]} {d.year} om {d:%H:%M} heeft {frm} het volgende "
            f"geschreven:\n>\n" + qlines(text) + "\n")


def fwd(frm, d, to, subject, text, style="gmail"):
    if style == "outlook":
        return ("\n\n" + "_" * 32 + "\nVan: " + frm + "\nVerzonden: " + nl_long(d) + "\nAan: " + to +
                "\nOnderwerp: " + subject + "\n\n" + text.strip("\n") + "\n")
    return ("\n\n---------- Doorgestuurd bericht ---------\nVan: " + frm + "\nDate: " + nl_short(d) +
            "\nSubject: " + subject + "\nTo: " + to + "\n\n" + text.strip("\n") + "\n")


# ----------------------------------------------------------------------------- html helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(inner, font="Calibri"):
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        f"font-family:\"{font}\",sans-serif;}}\ntable.t {{border-collapse:collapse;}}\n"
        "table.t td, table.t th {border:solid #A6A6A6 1.0pt; padding:2pt 5pt; font-size:10.0pt;}\n"
        "--></style>\n</head>\n<body lang=\"NL-BE\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<div class=\"WordSection1\">\n" + inner + "\n</div>\n</body>\n</html>\n")


def P(*lines):
    return "\n".join(f"<p class=\"MsoNormal\">{l if l else '&nbsp;'}</p>" for l in lines)


def table(header, rows):
    h = "<tr>" + "".join(f"<th style=\"background:#DEEAF6\">{esc(c)}</th>" for c in header) + "</tr>"
    b = "".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>\n" for r in rows)
    return f"<table class=\"t\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n{h}\n{b}</table>"


def text_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([fmt(header)] + [fmt(r) for r in rows])


def newsletter_html(title, blocks, footer):
    parts = []
    for h, body in blocks:
        parts.append(f"<h2 style=\"color:#0B5394;font-family:Arial;font-size:17px;margin:18px 0 6px\">"
                     f"{h}</h2>\n<div style=\"font-family:Arial;font-size:14px;line-height:1.5\">{body}</div>")
    return (
        "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + esc(title) +
        "</title></head>\n<body style=\"margin:0;background:#F2F5F8\">\n"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
        "<table width=\"640\" cellpadding=\"18\" cellspacing=\"0\" style=\"background:#FFFFFF\">\n"
        "<tr><td style=\"background:#0B5394;color:#FFFFFF;font-family:Arial\"><b style=\"font-size:22px\">"
        "Stroom | Sint-Pieterscollege</b><br><span style=\"font-size:13px\">" + esc(title) + "</span></td></tr>\n"
        "<tr><td>\n" + "\n".join(parts) + "\n</td></tr>\n"
        "<tr><td style=\"font-family:Arial;font-size:11px;color:#777777;border-top:1px solid #DDDDDD\">" +
        footer + "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n")


def strip_html(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h2>|</div>|</li>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\n{3,}", "\n\n", h).strip() + "\n"


# ----------------------------------------------------------------------------- attachment makers
ZDT = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pdf(lines, title="Document"):
    """Small uncompressed one-page PDF whose text is `lines`."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 14 TL\n" + "".join(
        f"({pesc(l.encode('latin-1', 'replace').decode('latin-1'))}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        f"<< /Title ({pesc(title)}) /Producer (Microsoft Word 2016) /CreationDate (D:20240301090000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def docx(paragraphs, macro=False):
    ct_main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + ("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" if macro else "")
          + f"<Override PartName=\"/word/document.xml\" ContentType=\"{ct_main}\"/></Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           f"<w:body>{body}</w:body></w:document>")
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        drels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                 "vbaProject\" Target=\"vbaProject.bin\"/></Relationships>")
        files += [("word/_rels/document.xml.rels", drels), ("word/vbaProject.bin", VBA_BIN)]
    return _zip(files)


def xlsx(rows, macro=False, sheet="Blad1"):
    ct_main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + ("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" if macro else "")
          + f"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{ct_main}\"/>"
          "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
    wb = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          f"<sheets><sheet name=\"{esc(sheet)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    wbrels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + ("<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                 "vbaProject\" Target=\"vbaProject.bin\"/>" if macro else "") + "</Relationships>")
    cols = "ABCDEFGHIJ"
    xr = []
    for i, r in enumerate(rows, 1):
        cells = "".join(f"<c r=\"{cols[j]}{i}\" t=\"inlineStr\"><is><t>{esc(str(v))}</t></is></c>"
                        for j, v in enumerate(r))
        xr.append(f"<row r=\"{i}\">{cells}</row>")
    ws = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          f"<sheetData>{''.join(xr)}</sheetData></worksheet>")
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_BIN))
    return _zip(files)


VBA_BIN = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" +
           b"\x00" * 40 + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n  MaakHerinneringen\r\n"
           b"End Sub\r\nSub MaakHerinneringen()\r\n  Shell \"cmd /c start outlook.exe\"\r\nEnd Sub\r\n")


def png(w=48, h=32, seed=1):
    r = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpg_stub(seed=1, size=1800):
    r = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xe1\x00\x1cExif\x00\x00MM\x00*\x00\x00\x00\x08Canon EOS R6\x00\x00"
            + bytes(r.randrange(256) for _ in range(size)) + b"\xff\xd9")


def exe_stub(name):
    head = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
    return head + stub + b"\x00" * 8 + b"PE\x00\x00L\x01\x03\x00" + b"\x00" * 64 + name.encode() + b"\x00" * 200


def iso_stub(label):
    pvd = b"\x01CD001\x01\x00" + b"LINUX".ljust(32) + label.upper().encode().ljust(32)
    return b"\x00" * 32768 + pvd + b"\x00" * (2048 - len(pvd))


# ----------------------------------------------------------------------------- people
STAFF = {
    # key: (name, personal address, short address, role, mobile)
    "ldw": ("Liesbeth De Wachter", "liesbeth.dewachter@sintpieterscollege.be", "ldw@spc.ksleuven.be",
            "communicatiecoördinator", "0479 23 41 88"),
    "jva": ("Joris Van Aken", "joris.vanaken@sintpieterscollege.be", "jva@spc.ksleuven.be",
            "ICT-coördinator & webmaster", "016 31 25 49"),
    "sme": ("Saar Mertens", "saar.mertens@sintpieterscollege.be", "sme@spc.ksleuven.be",
            "leerkracht Nederlands – sociale media", ""),
    "phe": ("Pieter Hermans", "pieter.hermans@sintpieterscollege.be", "phe@spc.ksleuven.be",
            "directeur", ""),
    "bli": ("Bart Lievens", "bart.lievens@sintpieterscollege.be", "bli@spc.ksleuven.be",
            "adjunct-directeur", "0473 60 18 27"),
    "avr": ("Annelies Vranckx", "annelies.vranckx@sintpieterscollege.be", "avr@spc.ksleuven.be",
            "leerlingensecretariaat", ""),
    "kle": ("Koen Lemmens", "koen.lemmens@sintpieterscollege.be", "kle@spc.ksleuven.be",
            "leerlingbegeleider", "0486 71 20 33"),
    "hvb": ("Hilde Vandenbroucke", "hilde.vandenbroucke@sintpieterscollege.be", "hvb@spc.ksleuven.be",
            "boekhouding", "016 31 25 44"),
    "tcl": ("Tom Claessens", "tom.claessens@sintpieterscollege.be", "tcl@spc.ksleuven.be",
            "begeleider leerlingenraad", ""),
    "ndo": ("Nathalie Dockx", "nathalie.dockx@sintpieterscollege.be", "ndo@spc.ksleuven.be",
            "coördinator jaarboek", ""),
    "wsm": ("Ward Smets", "ward.smets@sintpieterscollege.be", "wsm@spc.ksleuven.be",
            "reprodienst", ""),
    "dmi": ("Dries Michiels", "dries.michiels@sintpieterscollege.be", "dmi@spc.ksleuven.be",
            "leerkracht beeld – fotoclub", ""),
    "gvd": ("Griet Van Damme", "griet.vandamme@sintpieterscollege.be", "gvd@spc.ksleuven.be",
            "klastitularis 3B", ""),
    "mcu": ("Marleen Cuypers", "marleen.cuypers@sintpieterscollege.be", "mcu@spc.ksleuven.be",
            "onthaal", ""),
    "kdw": ("Karel Dewit", "karel.dewit@sintpieterscollege.be", "kdw@spc.ksleuven.be",
            "leerkracht LO", ""),
    "jbo": ("Jente Bosmans", "jente.bosmans@sintpieterscollege.be", "jbo@spc.ksleuven.be",
            "stagiair communicatie", ""),
}


def S(k, short=False):
    n, a, s = STAFF[k][0], STAFF[k][1], STAFF[k][2]
    return f"{n} <{s if short else a}>"


def sig(k, tel=False, mob=False, lang="nl", short=False):
    n, _, _, role, m = STAFF[k]
    if short:
        out = f"\n\n{n}\n{role}"
    else:
        school = {"nl": "Sint-Pieterscollege Leuven | Stroom", "fr": "Sint-Pieterscollege Louvain | Stroom",
                  "en": "Sint-Pieterscollege Leuven (Belgium) | Stroom"}[lang]
        out = f"\n\n--\n{n}\n{role}\n{school}\nNaamsestraat 80, 3000 Leuven"
    if tel:
        out += "\nT +32 16 31 25 40" if lang != "nl" else "\nT 016 31 25 40"
    if mob and m:
        out += ("\nGSM " if lang == "nl" else "\nMobile " if lang == "en" else "\nGSM ") + m
    if not short:
        out += "\nwww.sintpieterscollege.be"
    return out + "\n"


def sig_html(k, tel=False, mob=False):
    n, _, _, role, m = STAFF[k]
    extra = ""
    if tel:
        extra += "<br>T 016 31 25 40"
    if mob and m:
        extra += f"<br>GSM {m}"
    return (f"<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\"><b><span style=\"color:#0B5394\">{n}"
            f"</span></b><br><span style=\"font-size:9.0pt;color:#595959\">{role}<br>Sint-Pieterscollege Leuven"
            f" | Stroom<br>Naamsestraat 80, 3000 Leuven{extra}<br>"
            f"<a href=\"https://www.sintpieterscollege.be\">www.sintpieterscollege.be</a></span></p>")


# ----------------------------------------------------------------------------- cast of named pupils
# key: (voornaam, naam, klas, ouder 1, ouder 2)
CAST = {
    "mats": ("Mats", "Claes", "2B", "sofie.dhondt@telenet.be", "bart.claes@gmail.com"),
    "lucas": ("Lucas", "Wouters", "4A", "sofie.dhondt@telenet.be", "kevin.wouters@hotmail.com"),
    "jonas": ("Jonas", "Peeters", "3A", "jan.peeters7@telenet.be", "sarah.vanhove@gmail.com"),
    "emma": ("Emma", "Peeters", "5C", "peeters.vandeven@telenet.be", ""),
    "jarne": ("Jarne", "Peeters", "6A", "fam.peeters.leuven@skynet.be", ""),
    "noor_vm": ("Noor", "Vermeulen", "1C", "els.vermeulen@telenet.be", "dirk.vermeulen@proximus.be"),
    "noor_vh": ("Noor", "Verhaegen", "1D", "els.verhaegen@gmail.com", ""),
    "amir": ("Amir", "Haddad", "2A", "r.haddad@outlook.com", ""),
    "yara": ("Yara", "Haddad", "4C", "haddad.family@gmail.com", "nour.khalil@hotmail.com"),
    "femke": ("Femke", "Maes", "3C", "ann.desmedt@telenet.be", "tom.maes@skynet.be"),
    "lore": ("Lore", "Jacobs", "3C", "karin.jacobs@proximus.be", ""),
    "bilal_am": ("Bilal", "Amrani", "4B", "amrani.m@gmail.com", "fatima.elouali@hotmail.com"),
    "bilal_az": ("Bilal", "Azzouzi", "4B", "azzouzi.k@telenet.be", ""),
    "elise": ("Elise", "Janssens", "5A", "wim.janssens@telenet.be", "greet.coppens@telenet.be"),
    "hanne": ("Hanne", "Janssens", "3D", "janssens.pieter@gmail.com", "lies.verbeke@outlook.com"),
    "arthur_gs": ("Arthur", "Goossens", "2C", "nele.goossens@telenet.be", ""),
    "arthur_gv": ("Arthur", "Goovaerts", "2C", "bert.goovaerts@gmail.com", ""),
    "lena_vos": ("Lena", "Vos", "1A", "vos.lieve@telenet.be", ""),
    "lena_voets": ("Lena", "Voets", "1B", "lieve.voets@skynet.be", ""),
    "jana": ("Jana", "Desmet", "2D", "koen.vanlaere@telenet.be", "ines.bogaerts@telenet.be"),
    "wout": ("Wout", "Bogaert", "2D", "ines.bogaert@gmail.com", ""),
    "ines": ("Inès", "Dubois", "4A", "c.dubois@skynet.be", "marie.leclercq@gmail.com"),
    "louis": ("Louis", "Lambert", "4A", "famille.lambert@proximus.be", ""),
    "zoe_vd": ("Zoë", "Van Dyck", "3B", "vandyck.geert@telenet.be", "an.wuyts@gmail.com"),
    "zoe_vp": ("Zoë", "Vandeput", "3B", "joke.vandeput@hotmail.com", ""),
    "ruben": ("Ruben", "De Smet", "5B", "marijke.desmet@skynet.be", "johan.desmet@telenet.be"),
    "yasmine": ("Yasmine", "El Amrani", "6A", "elamrani.h@gmail.com", ""),
    "amber": ("Amber", "Willems", "6B", "willems.dirk@telenet.be", ""),
    "robbe": ("Robbe", "Vandenberghe", "4B", "vandenberghe.s@telenet.be", ""),
    "kato": ("Kato", "Wijns", "4B", "wijns.gert@skynet.be", "sandra.peeters@icloud.com"),
    "shana": ("Shana", "Lauwers", "6C", "lauwers.kristel@hotmail.com", ""),
    "daan": ("Daan", "Verhoeven", "3A", "b.verhoeven@telenet.be", ""),
    "tibo": ("Tibo", "Lenaerts", "3D", "tine.vanbael@gmail.com", "lenaerts.kris@telenet.be"),
    "mila": ("Mila", "Claeys", "1B", "sofie.claeys@outlook.com", ""),
    "jasper": ("Jasper", "Lambrechts", "2A", "lambrechts.familie@skynet.be", ""),
    "ayoub": ("Ayoub", "Ouali", "3B", "ouali.said@hotmail.com", ""),
    "elif": ("Elif", "Demir", "4C", "demir.aysel@gmail.com", ""),
    "nathan": ("Nathan", "Dierickx", "4C", "els.dewaele@telenet.be", ""),
    "laura": ("Laura", "Moens", "5D", "moens.an@icloud.com", ""),
    "lien": ("Lien", "Goris", "5C", "goris.bart@telenet.be", "veerle.smolders@gmail.com"),
    "oscar": ("Oscar", "Timmermans", "2C", "ann.timmermans@outlook.com", ""),
    "lukas": ("Lukas", "Van Hoof", "5B", "vanhoof.marc@telenet.be", ""),
    "tuur": ("Tuur", "Smeets", "1D", "smeets.wim@proximus.be", "liesbet.aerts@telenet.be"),
    "imane": ("Imane", "Bakkali", "2A", "bakkali.n@gmail.com", ""),
    "sem": ("Sem", "Vandenbroeck", "5A", "vandenbroeck.an@telenet.be", ""),
    "ilias": ("Ilias", "Benali", "5A", "benali.karim@hotmail.com", ""),
    "kobe": ("Kobe", "De Vos", "4D", "devos.ingrid@telenet.be", ""),
    "julie": ("Julie", "Van Acker", "5A", "vanacker.peter@skynet.be", ""),
    "seppe": ("Seppe", "Wauters", "6B", "wauters.lut@telenet.be", ""),
    "ella": ("Ella", "Stevens", "1B", "k.stevens@telenet.be", ""),
    "milan": ("Milan", "Segers", "2B", "segers.bram@outlook.com", ""),
    "rayan": ("Rayan", "Aït Ali", "5D", "aitali.m@gmail.com", ""),
    "noah": ("Noah", "Pauwels", "5B", "mieke.pauwels@telenet.be", ""),
    "lotte": ("Lotte", "Wuyts", "3B", "wuyts.dirk@telenet.be", ""),
    "stan": ("Stan", "Coppens", "6A", "coppens.luc@telenet.be", ""),
    "margaux": ("Margaux", "Lefèvre", "6C", "lefevre.sophie@proximus.be", ""),
    "wiktor": ("Wiktor", "Nowak", "6A", "a.nowak@gmail.com", "nowak.ewa@gmail.com"),
    "emre": ("Emre", "Yilmaz", "3A", "yilmaz.hakan@hotmail.com", ""),
    "febe": ("Febe", "Van Roy", "1A", "vanroy.kathleen@telenet.be", ""),
    "victor": ("Victor", "Hendrickx", "4D", "hendrickx.an@skynet.be", ""),
}

FIRST = ["Lars", "Jules", "Louise", "Marie", "Anna", "Mia", "Nina", "Ruben", "Wout", "Finn", "Vic", "Lander",
         "Ward", "Jef", "Thibo", "Arne", "Senne", "Robin", "Lisa", "Fien", "Hanne", "Julie", "Elena", "Axelle",
         "Ine", "Liv", "Noor", "Lena", "Emma", "Sara", "Jana", "Kobe", "Tuur", "Stan", "Bas", "Mathis", "Tijs",
         "Elias", "Milan", "Nand", "Lou", "Ella", "Amélie", "Charlotte", "Flore", "Marthe", "Roos", "Ilse",
         "Mohamed", "Adam", "Youssef", "Ayoub", "Salma", "Hiba", "Aya", "Sami", "Hamza", "Nour", "Inès",
         "Mehmet", "Elif", "Zeynep", "Efe", "Kacper", "Zofia", "Maja", "Oliwia", "Ahmad", "Rania", "Omar",
         "Hasan", "Aziz", "Grace", "Divine", "Christelle", "Jordan", "Ilyas", "Kenza", "Sofia", "Matteo",
         "Giulia", "Luca", "Tess", "Oona", "Lucas", "Bilal", "Zoë", "Yasmine", "Arthur", "Noah", "Lotte"]
LAST = ["Aerts", "Baert", "Bertels", "Boeckx", "Borremans", "Celis", "Cools", "Daems", "De Bruyn", "De Clercq",
        "De Meyer", "Deprez", "De Ridder", "Dewulf", "Dierckx", "Engelen", "Franssen", "Geerts", "Govaerts",
        "Heylen", "Huybrechts", "Jansen", "Kenis", "Laenen", "Lemmens", "Leys", "Luyten", "Martens",
        "Meeus", "Michiels", "Moonen", "Nijs", "Op de Beeck", "Pauwels", "Raes", "Renders", "Schepers",
        "Segers", "Simons", "Stas", "Swinnen", "Thijs", "Tielemans", "Torfs", "Vanhove", "Van Laer",
        "Van Orshoven", "Vanmechelen", "Verbist", "Verlinden", "Vervoort", "Vliegen", "Wijckmans", "Wils",
        "Peeters", "Janssens", "Maes", "Claes", "Jacobs", "Willems", "Goossens", "Wouters",
        "Benali", "El Idrissi", "Bouzid", "Ait Hammou", "Chakir", "Ouahabi", "Yildiz", "Kaya", "Özdemir",
        "Çelik", "Kowalski", "Wiśniewska", "Nowicki", "Mbuyi", "Kabongo", "Tshibanda", "Hakimi", "Rahimi",
        "Haidari", "Al Khatib", "Nasser", "Rossi", "Esposito", "Fernandes", "Popescu", "Ivanova"]
PROV = ["telenet.be"] * 6 + ["skynet.be"] * 2 + ["proximus.be"] * 2 + ["gmail.com"] * 6 + ["hotmail.com"] * 3 + \
       ["outlook.com"] * 2 + ["icloud.com", "live.be", "hotmail.be"]
ADULT = ["An", "Els", "Katrien", "Veerle", "Sofie", "Inge", "Karen", "Tine", "Griet", "Hilde", "Nathalie",
         "Bart", "Tom", "Kris", "Dirk", "Peter", "Wim", "Johan", "Geert", "Stijn", "Jan", "Koen", "Filip",
         "Fatima", "Nadia", "Karim", "Rachid", "Ayse", "Murat", "Anna", "Piotr", "Marie", "Patrick", "Sarah"]
CLASSES = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C", "3D", "4A", "4B", "4C", "4D",
           "5A", "5B", "5C", "5D", "6A", "6B", "6C"]


def slugname(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("ł", "l"))


def build_roster():
    rr = random.Random(3535)
    pupils = []  # dicts
    for k, (fn, ln, kl, p1, p2) in CAST.items():
        pupils.append(dict(key=k, fn=fn, ln=ln, kl=kl, p1=p1, p2=p2))
    cast_names = {(p["fn"], p["ln"]) for p in pupils}
    used_addr = {a for p in pupils for a in (p["p1"], p["p2"]) if a}
    count = {c: 0 for c in CLASSES}
    for p in pupils:
        count[p["kl"]] += 1
    families = []
    while len(pupils) < 300:
        kl = min(CLASSES, key=lambda c: (count[c], rr.random()))
        if families and rr.random() < 0.12:
            # sibling of an earlier random pupil, other year
            ln, p1, p2 = rr.choice(families)
            fn = rr.choice(FIRST)
            if (fn, ln) in cast_names or any(q["fn"] == fn and q["ln"] == ln for q in pupils):
                continue
        else:
            ln = rr.choice(LAST)
            fn = rr.choice(FIRST)
            if (fn, ln) in cast_names or any(q["fn"] == fn and q["ln"] == ln for q in pupils):
                continue
            a1, a2 = rr.choice(ADULT), rr.choice(ADULT)
            other = rr.choice(LAST)
            pat = rr.randrange(7)
            s_ln, s_a1, s_a2, s_ot = slugname(ln), slugname(a1), slugname(a2), slugname(other)
            if pat == 0:
                p1 = f"{s_a1}.{s_ln}@{rr.choice(PROV)}"
            elif pat == 1:
                p1 = f"{s_ln}.{s_a1}@{rr.choice(PROV)}"
            elif pat == 2:
                p1 = f"{s_a1[0]}.{s_ln}{rr.randrange(10, 99)}@{rr.choice(PROV)}"
            elif pat == 3:
                p1 = f"fam.{s_ln}@{rr.choice(PROV)}"
            elif pat == 4:
                p1 = f"{s_a1}.{s_ot}@{rr.choice(PROV)}"   # mother with own surname
            elif pat == 5:
                p1 = f"{s_a1}{s_ln[:4]}{rr.randrange(70, 99)}@{rr.choice(PROV)}"
            else:
                p1 = f"{s_a1}.{s_ln}@{rr.choice(PROV)}"
            p2 = ""
            if rr.random() < 0.55:
                p2 = f"{s_a2}.{rr.choice([s_ln, s_ot])}@{rr.choice(PROV)}"
            if p1 in used_addr or p2 in used_addr or p1 == p2:
                continue
            used_addr.update(a for a in (p1, p2) if a)
            families.append((ln, p1, p2))
        pupils.append(dict(key=None, fn=fn, ln=ln, kl=kl, p1=p1, p2=p2))
        count[kl] += 1
    pupils.sort(key=lambda p: (p["kl"], slugname(p["ln"]), slugname(p["fn"])))
    seen = {}
    for i, p in enumerate(pupils, 1):
        p["id"] = f"P{i:04d}"
        base = f"{slugname(p['fn'])}.{slugname(p['ln'])}"
        seen[base] = seen.get(base, 0) + 1
        p["mail"] = f"{base}{'' if seen[base] == 1 else seen[base]}@leerling.sintpieterscollege.be"
    return pupils


ROSTER = build_roster()
ID = {p["key"]: p["id"] for p in ROSTER if p["key"]}
PUPIL = {p["key"]: p for p in ROSTER if p["key"]}


def par(k, n=1):
    return PUPIL[k]["p1"] if n == 1 else PUPIL[k]["p2"]


def pmail(k):
    return PUPIL[k]["mail"]


def write_roster():
    lines = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in ROSTER:
        lines.append(";".join([p["id"], p["fn"], p["ln"], p["kl"], p["mail"], p["p1"], p["p2"]]))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------- mail registry
MAILS = []


def add(slug, frm, to, subject, date, *, text=None, html=None, cc=(), bcc=(), rules=(), cats=None, about=(),
        mis=False, note="", lang="nl", fmt=("plain",), att=(), cs="utf-8", cte=None, hcs=None, headers=None,
        env_from=None, mailer=None, reply=None, inner=None):
    """text/html: body parts; att: list of (filename, bytes, mime); inner: EmailMessage attached as rfc822."""
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      date=date, text=text, html=html, rules=list(rules), cats=cats, about=list(about),
                      mis=mis, note=note, lang=lang, fmt=list(fmt), att=list(att), cs=cs, cte=cte,
                      hcs=hcs, headers=headers or {}, env_from=env_from, mailer=mailer, reply=reply,
                      inner=inner))


def T(s):
    """strip the leading newline of a triple-quoted block"""
    return s[1:] if s.startswith("\n") else s


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "iphone": ("X-Mailer", "iPhone Mail (21D61)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
    "mac": ("X-Mailer", "Apple Mail (2.3774.400.31)"),
    "owa": ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    "mailchimp": ("X-Mailer", "Stroom nieuwsbrief (Laposta)"),
}


def ogm(n10):
    c = n10 % 97 or 97
    s = f"{n10:010d}{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def csv_bytes(rows, sep=";", bom=True, enc="utf-8"):
    txt = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    return (b"\xef\xbb\xbf" if bom and enc == "utf-8" else b"") + txt.encode(enc)


def pname(k, klas=True):
    p = PUPIL[k]
    return f"{p['fn']} {p['ln']}" + (f" ({p['kl']})" if klas else "")


COMM = "Communicatie Sint-Pieterscollege <communicatie@spc.ksleuven.be>"
DIRECTIE = "Directie Sint-Pieterscollege <directie@spc.ksleuven.be>"
INFO = "Sint-Pieterscollege Leuven <info@sintpieterscollege.be>"
SECR = "Leerlingensecretariaat <leerlingensecretariaat@spc.ksleuven.be>"
OUDERRAAD = "Oudervereniging Sint-Pieters <ouderraad@spc.ksleuven.be>"
ICT = "ICT Sint-Pieterscollege <ict@spc.ksleuven.be>"
REPRO = "Reprodienst Sint-Pieters <repro@spc.ksleuven.be>"
BOEKH = "Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>"
LLR = "Leerlingenraad Sint-Pieters <leerlingenraad@spc.ksleuven.be>"
KATRIEN = "Katrien Bosmans <katrien.bosmans@telenet.be>"
MARC = "Marc Verstraeten <marc.verstraeten@skynet.be>"
PHOTOG = "Wim Lauwereys | Fotostudio Lichtpunt <wim@lichtpunt-fotografie.be>"
PRINTER = "Drukkerij Van Roey <prepress@vanroey-druk.be>"
WEBDEV = "Tiago Ferreira <tiago@webatelier-kl.be>"
CATERER = "Traiteur De Molen <info@traiteurdemolen.be>"
JOURNALIST = "Evelien Dierckx <evelien.dierckx@leuvensdagblad.be>"
CLB = "Sanne Op de Beeck (CLB) <sanne.opdebeeck@clb-dijleland.be>"

# ============================================================================= 1. credentials (35)

add("insta-wachtwoord-stagiair", S("sme"), [S("jbo")], "Instagram opendeurdag", D(2, 26, 8, 12),
    text=T("""
Dag Jente,

Welkom in het team! Zoals beloofd de gegevens van onze Instagram, dan kan je vanaf vandaag de
stories voor de opendeurdag voorbereiden.

Account: @stroom.sintpieters
Wachtwoord: Dijle!Insta2024

Niet doorgeven aan de leerlingen van de leerlingenraad, ook al vragen ze ernaar ;-)
Posts altijd eerst in de gedeelde map 'Te keuren' zetten, Liesbeth of ik keuren ze goed.

Groetjes,
Saar
"""), rules=["password"], mailer="outlook",
    note="Instagram password of the school account mailed to the communication intern")

add("facebook-login-ouderraad", S("ldw"), [KATRIEN], "Beheer Facebookpagina ouderraad", D(2, 27, 16, 40),
    text=T("""
Beste Katrien,

Fijn dat de ouderraad voortaan zelf de activiteiten op de Facebookpagina 'Ouderraad Sint-Pieters'
wil posten. Ik heb jou en Marc als beheerder toegevoegd. Voor de oude pagina die nog aan het
gedeelde account hangt, heb je deze login nodig:

E-mail: ouderraad.sintpieters@gmail.com
Wachtwoord: Ouderraad#Dijle2024

Wil je het wachtwoord na de overdracht zelf wijzigen en tweestapsverificatie aanzetten? Dan kunnen
wij het account daarna uit ons overzicht schrappen.

Met vriendelijke groeten,
Liesbeth""") + sig("ldw", tel=True),
    html=outlook_html(P("Beste Katrien,", "",
        "Fijn dat de ouderraad voortaan zelf de activiteiten op de Facebookpagina &#8216;Ouderraad "
        "Sint-Pieters&#8217; wil posten. Ik heb jou en Marc als beheerder toegevoegd. Voor de oude pagina "
        "die nog aan het gedeelde account hangt, heb je deze login nodig:", "",
        "E-mail: <a href=\"mailto:ouderraad.sintpieters@gmail.com\">ouderraad.sintpieters@gmail.com</a>",
        "Wachtwoord: <b>Ouderraad#Dijle2024</b>", "",
        "Wil je het wachtwoord na de overdracht zelf wijzigen en tweestapsverificatie aanzetten? Dan kunnen "
        "wij het account daarna uit ons overzicht schrappen.", "", "Met vriendelijke groeten,", "Liesbeth")
        + sig_html("ldw", tel=True)),
    rules=["password", "personal_data"], fmt=["alt"], mailer="outlook",
    note="Facebook login of the parents' association page sent to the chair; school phone in signature")

add("tiktok-wachtwoord-in-stukken", S("sme"), [S("jva")], "tiktok", D(3, 1, 21, 47),
    text=T("""
Joris, TikTok-wachtwoord voor de opendeur-account, ik zet het in stukken want ik typ dit op mijn gsm:

eerste stuk: Stroom
dan: TikTok
en op het einde: _88!

dus alles aan elkaar, geen spaties. Username is stroom.spc
Saar

Verzonden vanaf mijn iPhone
"""), rules=["password"], fmt=["plain", "phone"], mailer="iphone",
    note="TikTok password split over three lines, to be concatenated")

add("cms-account-jaarboek", S("jva"), [S("ndo")], "Je account op de website", D(2, 28, 10, 5),
    html=outlook_html(P("Hoi Nathalie,", "",
        "Je kan vanaf nu zelf nieuwsberichten en de jaarboekpagina op de website bewerken:", "")
        + table(["Veld", "Waarde"], [["Adres", "https://www.sintpieterscollege.be/wp-admin"],
                                     ["Gebruikersnaam", "ndockx"], ["Tijdelijk wachtwoord", "vT7#qLp29x"],
                                     ["Rol", "Redacteur (jaarboek & nieuws)"]])
        + P("", "Bij je eerste aanmelding vraagt WordPress om een nieuw wachtwoord te kiezen.",
            "Foto's van leerlingen enkel uploaden als de toestemming in Smartschool op 'ja' staat.", "",
            "Groeten,", "Joris")),
    rules=["password"], fmt=["html-only", "table"], mailer="outlook",
    note="temporary CMS password in an HTML table")

add("sftp-access-agency", S("jva"), [WEBDEV], "SFTP access news archive migration", D(3, 4, 11, 20),
    text=T("""
Hi Tiago,

As discussed with Maarten on the phone, here is the access for the migration of the news archive to
the new Stroom theme:

Host: sftp.sintpieterscollege.be (port 22)
User: spc_webatelier
Password: Gr33nDijle*71

Please only touch /wp-content/themes/stroom-2024 and /wp-content/uploads/nieuws. The uploads folder
contains pupils' photos, so nothing leaves our server please. I'll close the account on 31 March.

Kind regards,
Joris""") + sig("jva", mob=True, lang="en"),
    rules=["password", "personal_data"], lang="en", mailer="outlook",
    note="SFTP password for the web agency in English; webmaster's Belgian phone number in signature")

add("mailbox-leerlingenraad", S("tcl"), [pmail("yasmine")], "Mailbox leerlingenraad", D(2, 20, 12, 31),
    text=T("""
Hoi Yasmine,

Nogmaals proficiat met je verkiezing als voorzitter! Vanaf nu beheer jij samen met Amber de gedeelde
mailbox van de leerlingenraad.

Adres: leerlingenraad@spc.ksleuven.be
Wachtwoord: LLR-spc-2024!

Aanmelden via outlook.office.com. Spreek onderling af wie de mails beantwoordt, en stuur niets door
naar jullie privé-adressen.

Tom
"""), rules=["password"],
    note="password of the pupils' council shared mailbox sent to the new chair (a pupil)")

add("fotogalerij-onthaaldag", COMM, ["communicatie@spc.ksleuven.be"], "Foto's onthaaldag eerste jaar",
    D(3, 12, 17, 2), bcc=["ouders1ejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders van onze eerstejaars,

De foto's van de onthaaldag in het Provinciedomein staan online op het platform van fotograaf
Lichtpunt:

https://galerij.lichtpunt-fotografie.be/spc-onthaal-2024
Toegangscode: SPC1-8841-ONT

De code is enkel bedoeld voor de ouders van het eerste jaar: deel ze niet op sociale media of in
klasgroepen. Nabestellen kan tot 31 maart.

Het communicatieteam
Sint-Pieterscollege Leuven
"""),
    html=newsletter_html("Foto's onthaaldag eerste jaar", [
        ("De foto's staan online", "Beste ouders van onze eerstejaars,<br><br>De foto's van de onthaaldag in "
         "het Provinciedomein staan online op het platform van fotograaf Lichtpunt: <a href=\"https://galerij."
         "lichtpunt-fotografie.be/spc-onthaal-2024\">galerij bekijken</a>.<br><br>Toegangscode: "
         "<b>SPC1-8841-ONT</b><br><br>De code is enkel bedoeld voor de ouders van het eerste jaar: deel ze niet "
         "op sociale media of in klasgroepen. Nabestellen kan tot 31 maart.")],
        "Het communicatieteam &middot; Sint-Pieterscollege Leuven &middot; Naamsestraat 80, 3000 Leuven"),
    rules=["password"], fmt=["alt", "newsletter"],
    note="access code that opens the photographer's gallery, sent to all first-year parents in BCC")

add("kopieercode-nieuwe-collega", REPRO, ["Ruth Van Gorp <ruth.vangorp@sintpieterscollege.be>"], "Welkom - kopieercode",
    D(2, 19, 8, 3),
    text=T("""
Dag Ruth,

Welkom op Sint-Pieters. Je persoonlijke kopieercode voor alle toestellen (lerarenkamer, reprodienst,
mediatheek): 5527

Grote oplages (meer dan 50 stuks) via het formulier op Smartschool, dan liggen ze de dag nadien in je
vakje.

Ward - reprodienst
"""), rules=["password"], note="personal copier PIN for a new colleague")

add("deurcode-berging-sporthal", S("bli"), [S("kdw"), S("dmi"), S("tcl")], "materiaal zaterdag",
    D(3, 14, 19, 20),
    text=T("""
Voor zaterdag: het materiaal van de opendeurdag (beachflags, roll-ups, verlengkabels) staat in de
berging achter de sporthal. Code van de deur: 1492# (klavier hangt rechts). Sleutel van de container
ligt bij Marleen.

Bart

Verzonden vanuit Outlook voor Android
"""), rules=["password"], fmt=["plain", "phone"], mailer="android",
    note="door code of the storage room, short phone mail to three colleagues")

add("kluis-kassa-ouderraad", S("hvb"), [MARC], "Kassa opendeurdag", D(3, 15, 15, 44),
    text=T("""
Dag Marc,

Voor de kassa van de ouderraad op de opendeurdag: het wisselgeld (€ 250 in muntjes en briefjes van 5
en 10) zit in de geldkist in de kluis van het secretariaat. De code van de kluis is 26-11-08 (eerst
rechts draaien). 's Avonds gewoon alles terug in de kluis, ik tel maandag samen met jou.

Met vriendelijke groeten,
Hilde Vandenbroucke""") + sig("hvb", mob=True),
    rules=["password", "personal_data"], fmt=["plain-qp"], cte="quoted-printable",
    note="safe code mailed to the parents' association treasurer; phone in signature")

add("wifi-cateraar-opendeur", S("mcu"), [CATERER], "Bevestiging levering zaterdag 16 maart", D(3, 13, 10, 12),
    text=T("""
Geachte,

Bevestiging voor zaterdag 16 maart: levering om 9u30 via de poort in de Tiensestraat, de koelcel in de
refter is vrijgemaakt.

Voor uw betaalterminal kan u ons draadloos netwerk gebruiken:
Netwerk: SPC-Event
Sleutel: Opendeur-Naamsestraat-24

Met vriendelijke groet,
Marleen Cuypers""") + sig("mcu", tel=True),
    rules=["password", "personal_data"],
    note="Wi-Fi key given to the caterer; school phone in signature")

add("herstelcodes-instagram", S("sme"), [S("ldw")], "back-upcodes Insta", D(2, 22, 13, 15),
    text=T("""
Liesbeth,

Ik heb tweestapsverificatie aangezet op de Instagram. Dit zijn de back-upcodes voor als mijn gsm plat
ligt, zet ze ergens veilig (niet in de gedeelde drive aub):

1. 4829 1057
2. 7730 2265
3. 1184 9903
4. 6051 3378
5. 2946 8810

Elke code werkt maar één keer.
Saar
"""), rules=["password"], note="Instagram 2FA recovery codes in a list")

add("facebook-sms-code", S("ldw"), [S("sme")], "code fb", D(3, 16, 8, 51),
    text=T("""
Saar, Facebook vraagt een bevestiging, de code op mijn gsm is 739204 - kan jij die nu ingeven op de
laptop aan de stand? Vervalt binnen 10 minuten.
L.

Verstuurd vanaf mijn iPhone
"""), rules=["password"], fmt=["plain", "phone"], mailer="iphone",
    note="one-time login code forwarded to a colleague")

_llr = ["yasmine", "amber", "rayan", "seppe", "ines", "milan", "kobe", "lotte"]
_pw = ["Tq8-mZr4", "Lp3-xWn7", "Hd6-kVs2", "Rb9-cNy5", "Fz2-gTq8", "Wm7-pJx3", "Ns4-vBd6", "Ky5-hQe9"]
add("startwachtwoorden-leerlingenraad", S("avr"), [S("tcl")], "Accounts nieuwe leden leerlingenraad",
    D(2, 21, 9, 40),
    text=T("""
Dag Tom,

In bijlage de Smartschool-accounts voor de nieuwe leden van de leerlingenraad (toegang tot de groep
'Leerlingenraad' en de gedeelde map). Ze moeten het startwachtwoord bij de eerste aanmelding wijzigen.
Wil je ze persoonlijk overhandigen op de vergadering van donderdag?

Vriendelijke groeten,
Annelies
"""),
    att=[("accounts_leerlingenraad_2024.csv",
          csv_bytes([["Naam", "Voornaam", "Klas", "Gebruikersnaam", "Startwachtwoord"]] +
                    [[PUPIL[k]["ln"], PUPIL[k]["fn"], PUPIL[k]["kl"], PUPIL[k]["mail"].split("@")[0], pw]
                     for k, pw in zip(_llr, _pw)]), "text/csv")],
    rules=["password"], about=[ID[k] for k in _llr], fmt=["mixed", "attachment-csv"],
    note="start passwords of eight pupils in a CSV attachment to the council coach")

add("beeldbank-startwachtwoorden", S("jva"), [S("ldw"), S("sme"), S("jbo")], "Accounts beeldbank",
    D(2, 26, 7, 58),
    text=T("""
Dag allemaal,

De nieuwe beeldbank (https://beeldbank.sintpieterscollege.be) staat klaar. Jullie accounts:

""") + text_table(["Naam", "Login", "Startwachtwoord"],
                  [["Liesbeth De Wachter", "ldw", "Kx4!mWq8rT"], ["Saar Mertens", "sme", "7pL#vNe2Zu"],
                   ["Jente Bosmans", "jbo", "Hs9?tRb3Wc"]]) + T("""


Graag meteen wijzigen. Foto's met leerlingen die geen toestemming gaven krijgen automatisch het
label 'niet publiceren'.

Joris
"""),
    html=outlook_html(P("Dag allemaal,", "", "De nieuwe beeldbank (<a href=\"https://beeldbank.sintpieterscollege.be\">"
                        "beeldbank.sintpieterscollege.be</a>) staat klaar. Jullie accounts:", "")
                      + table(["Naam", "Login", "Startwachtwoord"],
                              [["Liesbeth De Wachter", "ldw", "Kx4!mWq8rT"], ["Saar Mertens", "sme", "7pL#vNe2Zu"],
                               ["Jente Bosmans", "jbo", "Hs9?tRb3Wc"]])
                      + P("", "Graag meteen wijzigen. Foto's met leerlingen die geen toestemming gaven krijgen "
                          "automatisch het label &#8216;niet publiceren&#8217;.", "", "Joris")),
    rules=["password"], fmt=["alt", "table"], mailer="outlook",
    note="start passwords of three colleagues in an Outlook table")

add("wachtwoord-gespeld-stemcomputer", S("jva"), [S("tcl")], "laptop verkiezingen", D(3, 5, 16, 12),
    text=T("""
Tom,

Ik zet het nieuwe wachtwoord van de laptop voor de verkiezingen (account 'stembureau') hier letter per
letter, want vorige keer ging het mis met de hoofdletters:

hoofdletter D - i - j - l - e - cijfer 7 - cijfer 3 - hekje (#) - r - a - a - d

Dus één woord, geen spaties. Na de verkiezingen verander ik het weer.

Joris
"""), rules=["password"], note="password spelled out letter by letter")

add("acces-photos-echange-lille", S("ldw"), ["Claire Moreau <c.moreau@lycee-stexupery-lille.fr>"],
    "Photos de l'échange – accès au dossier", D(3, 20, 14, 30),
    text=T("""
Chère Claire,

Merci encore pour l'accueil de nos élèves à Lille. Comme convenu, voici l'accès au dossier partagé
avec les photos de l'échange (sélection faite avec les élèves qui ont donné leur accord) :

Lien : https://cloud.sintpieterscollege.be/s/echange-lille-2024
Identifiant : echange.lille
Mot de passe : Echange2024-Lille!

Le lien reste actif jusqu'au 30 avril. Merci de ne pas publier ces photos sur les réseaux sociaux du
lycée sans nous demander d'abord.

Bien cordialement,
Liesbeth De Wachter""") + sig("ldw", tel=True, lang="fr"),
    rules=["password", "personal_data"], lang="fr",
    note="French: login and password of the shared photo folder sent to the partner school; Belgian phone in signature")

add("staging-basic-auth", S("jva"), [WEBDEV], "Staging open day pages", D(3, 7, 9, 10),
    text=T("""
Hi Tiago,

The staging site for the new open day pages is ready: https://staging.sintpieterscollege.be/opendeur
It's behind basic auth:

user: spcpreview
pass: prev!ew-Sp4rk

Could you fix the mobile menu before Friday? The photo carousel may only use the pictures in
/uploads/opendeur-vrijgegeven.

Thanks,
Joris
"""),
    html=outlook_html(P("Hi Tiago,", "", "The staging site for the new open day pages is ready: "
                        "<a href=\"https://staging.sintpieterscollege.be/opendeur\">staging.sintpieterscollege.be/opendeur</a>",
                        "It&#8217;s behind basic auth:", "", "user: spcpreview", "pass: prev!ew-Sp4rk", "",
                        "Could you fix the mobile menu before Friday? The photo carousel may only use the pictures in "
                        "/uploads/opendeur-vrijgegeven.", "", "Thanks,", "Joris"), font="Segoe UI"),
    rules=["password"], lang="en", fmt=["alt"], mailer="outlook",
    note="basic-auth credentials of the staging site in English")

_inner = EmailMessage(policy=policy.default)
_inner["From"] = "Nieuwsbriefmaker <noreply@nieuwsbriefmaker.be>"
_inner["To"] = "communicatie@spc.ksleuven.be"
_inner["Subject"] = "Welkom bij Nieuwsbriefmaker - je accountgegevens"
_inner["Date"] = format_datetime(D(2, 23, 10, 41))
_inner["Message-ID"] = "<welcome-88412@mail.nieuwsbriefmaker.be>"
_inner.set_content(T("""
Welkom bij Nieuwsbriefmaker!

Je account voor Sint-Pieterscollege Leuven is aangemaakt.

Aanmelden: https://app.nieuwsbriefmaker.be
Gebruikersnaam: stroom_nieuwsbrief
Wachtwoord: Nb#2024-spc

Tip: nodig je collega's uit via Instellingen > Gebruikers, dan heeft iedereen een eigen login.

Het Nieuwsbriefmaker-team
"""))
add("nieuwsbrieftool-doorgestuurd", S("ldw"), [S("sme")], "FW: Welkom bij Nieuwsbriefmaker - je accountgegevens",
    D(2, 23, 11, 2),
    text=T("""
Saar,

Hierbij de gegevens van het nieuwsbriefprogramma (zie bijgevoegde mail), dan kan jij de nieuwsbrief
van maart klaarzetten. De adreslijsten van de ouders importeer ik zelf.

L.
"""), inner=_inner, rules=["password"], fmt=["forward", "attached-message"], mailer="outlook",
    note="newsletter tool password inside a forwarded message attached as message/rfc822")

add("canva-jaarboek", S("sme"), [S("ndo")], "Canva voor het jaarboek", D(3, 6, 12, 47),
    text=T("""
Hoi Nathalie,

Voor de lay-out van het jaarboek kan je ons Canva-account gebruiken (daar zitten alle huisstijl-
sjablonen in):

login: communicatie@spc.ksleuven.be
wachtwoord: Canva-Jaarboek-24

Maak wel een aparte map 'Jaarboek 2024' aan, anders raakt alles door elkaar. En vergeet niet af te
melden op de pc's in de mediatheek!

Saar
"""), rules=["password"], fmt=["plain-qp"], cte="quoted-printable",
    note="Canva team login, quoted-printable body")

_q = T("""
Liesbeth,

De YouTube-brandaccount van de school hangt nu aan communicatie@. Inloggen via Google met
communicatie@spc.ksleuven.be en wachtwoord Yt!StroomSPC-77.
Upload de aftermovie als 'niet openbaar' tot Pieter hem goedgekeurd heeft.

Joris
""")
add("re-youtube-aftermovie", S("ldw"), [S("jva")], "RE: YouTube", D(3, 8, 10, 30),
    text="Gelukt, de aftermovie staat erop (niet openbaar). Dank je!\nL.\n" +
         outlook_q(S("jva"), D(3, 8, 9, 12), S("ldw"), "YouTube", _q),
    rules=["password"], fmt=["plain", "reply"], mailer="outlook",
    note="short reply whose quoted original carries the YouTube account password")

add("fw-infoschermen-beheer", S("jva"), [S("bli")], "FW: Activatie infoschermen Sint-Pieterscollege",
    D(3, 11, 13, 25),
    text="Bart, ter info: zo kan jij ook zelf de slides van de opendeurdag op de schermen in de inkomhal zetten.\n"
         "Joris\n" + fwd("Digisign Support <support@digisign-schermen.be>", D(3, 8, 16, 2), S("jva"),
                        "Activatie infoschermen Sint-Pieterscollege", T("""
Beste klant,

Uw drie schermen in de inkomhal zijn geactiveerd.

Beheeromgeving: https://portal.digisign-schermen.be
Gebruiker: spc-admin
Wachtwoord: Signage!4471

Wij raden aan om per gebruiker een eigen account aan te maken.

Met vriendelijke groeten,
Digisign Support
"""), style="outlook"),
    rules=["password"], fmt=["plain", "forward"], mailer="outlook",
    note="forwarded vendor mail with the admin password of the info screens")

add("drukkerij-klantenportaal", S("ndo"), [S("wsm")], "proefdruk jaarboek woensdag", D(3, 18, 15, 5),
    text=T("""
Ward,

Voor als ik er woensdag niet ben: de proefdruk van het jaarboek kan je goedkeuren in het klantenportaal
van Van Roey.

https://mijn.vanroey-druk.be
klantnummer: 20931
wachtwoord: VR-jaarboek-2024

Bestelling 2024-0817, 420 exemplaren, levering week 20. Let vooral op de kleuren van de klasfoto's.

Merci!
Nathalie
"""), rules=["password"], note="printer's customer-portal password (customer number itself is not secret)")

add("pincode-school-gsm", S("ldw"), [S("sme")], "gsm", D(3, 25, 7, 41),
    text=T("""
De school-gsm (voor de WhatsApp van de opendeur en de crisislijn) ligt in de bovenste lade van mijn
bureau. Pincode 1708. Laad hem wel op, ik ben er pas om 10u.
L.

Verstuurd vanaf mijn iPhone
"""), rules=["password"], fmt=["plain", "phone"], mailer="iphone",
    note="PIN of the school phone")

add("alarmcode-opbouw", S("bli"), [S("kdw"), S("mcu")], "Opbouw zaterdag – alarm", D(3, 15, 16, 55),
    text=T("""
Beste Karel, beste Marleen,

Morgen openen jullie om 7u30 het hoofdgebouw voor de opbouw van de opendeurdag. Alarmcode aan het
klavier naast de inkom: 4826 gevolgd door OFF. Bij het afsluiten: 4826 + ON, en dan binnen 30
seconden buiten zijn. De zijdeur aan de refter blijft dicht – één ingang dus.

Bij problemen met het alarm belt de bewakingsfirma eerst mij.

Dank en tot morgen,
Bart
"""), rules=["password"], fmt=["plain-cp1252"], cs="windows-1252", cte="8bit", mailer="outlook",
    note="building alarm code, windows-1252 8bit body")

add("tiktok-nieuw", S("sme"), [S("ldw")], "nieuw ww tiktok = Tk!Stroom-0425", D(4, 2, 22, 14),
    text="(zie onderwerp)\n\nVerzonden vanaf mijn iPhone\n", rules=["password"], fmt=["plain", "phone", "subject"],
    mailer="iphone", note="the new TikTok password is in the subject line only")

add("fotoarchief-thuis", S("jva"), [S("ndo")], "Fotoarchief ook van thuis", D(3, 19, 8, 44),
    text=T("""
Nathalie,

Het fotoarchief (NAS in het lokaal van de fotoclub) is nu ook bereikbaar van thuis via
https://foto.sintpieterscollege.be

gebruiker: jaarboek
wachtwoord: Jb2024!foto

Graag enkel de map 'Jaarboek 2024 - selectie' gebruiken, de rest zijn ruwe foto's die nog niet
gecontroleerd zijn op toestemmingen.

Joris
"""), rules=["password"], fmt=["plain-base64"], cte="base64",
    note="photo archive login in a base64-encoded body")

add("wetransfer-portretten", S("dmi"), [PHOTOG], "portretten zesdes", D(3, 18, 20, 5),
    text=T("""
Dag Wim,

De selectie van de portretten van de zesdes stuur ik via WeTransfer (mailtje volgt). Ik heb de
download beveiligd, het wachtwoord is Lichtpunt-SPC-0312. Wil je ze retoucheren zoals vorig jaar
(enkel huid, geen achtergrond)?

De leerlingen die niet in het jaarboek willen, zitten er niet tussen.

Groeten,
Dries
"""), rules=["password"], note="download password of a WeTransfer sent to the photographer")

add("zip-jaarboekfotos", S("ndo"), [PRINTER], "Jaarboek 2024 - foto's katern 3", D(3, 27, 13, 33),
    text=T("""
Goedemiddag,

In bijlage de foto's voor katern 3 (p. 33-48). Het zipbestand is beveiligd met het wachtwoord
Jaarboek_2024 (zoals telefonisch afgesproken met Nicole).

Met vriendelijke groeten,
Nathalie Dockx
coördinator jaarboek
"""),
    att=[("jaarboek_foto_katern3.zip",
          _zip([(f"katern3/IMG_{4400 + i}.jpg", jpg_stub(400 + i)) for i in range(4)]), "application/zip")],
    rules=["password"], fmt=["mixed", "attachment-zip"],
    note="password of the photo archive in the body; the zip itself only holds photos")

add("nas-fabriekswachtwoord", S("dmi"), [S("jva")], "NAS fotoclub", D(2, 29, 17, 2),
    text=T("""
Joris, de nieuwe camera-NAS van de fotoclub staat nog op de fabrieksinstellingen: admin / admin1234.
Kan jij dat aanpassen en hem in het netwerk hangen? Het ding staat in D0.12.
Dries
"""), rules=["password"], note="default admin credentials of a NAS")

_acc = [["Instagram", "@stroom.sintpieters", "Dijle!Insta2024", "0479 23 41 88 (Liesbeth)"],
        ["Facebook", "communicatie@spc.ksleuven.be", "Fb-Stroom#2024", "0479 23 41 88 (Liesbeth)"],
        ["TikTok", "stroom.spc", "StroomTikTok_88!", "0477 90 12 65 (Saar)"],
        ["YouTube", "communicatie@spc.ksleuven.be", "Yt!StroomSPC-77", "-"]]
add("overzicht-socialemedia-accounts", S("ldw"), [S("bli")], "Overzicht sociale media (vraag DPO)",
    D(2, 19, 9, 30),
    text="Dag Bart,\n\nZoals gevraagd voor het register van de DPO: wie heeft toegang tot welk account.\n\n" +
         text_table(["Platform", "Login", "Wachtwoord", "2FA-gsm"], _acc) +
         "\n\nToegang: Liesbeth, Saar, Jente (stagiair, enkel Instagram).\n\nLiesbeth\n",
    html=outlook_html(P("Dag Bart,", "", "Zoals gevraagd voor het register van de DPO: wie heeft toegang tot "
                        "welk account.", "") + table(["Platform", "Login", "Wachtwoord", "2FA-gsm"], _acc)
                      + P("", "Toegang: Liesbeth, Saar, Jente (stagiair, enkel Instagram).", "", "Liesbeth")),
    rules=["password", "personal_data"], fmt=["alt", "table"], mailer="outlook",
    note="table of all social-media passwords with the staff mobile numbers used for 2FA")

add("pincode-bankkaart-ouderraad", OUDERRAAD, [KATRIEN], "bankkaart", D(3, 21, 21, 10),
    text=T(f"""
Dag Katrien,

Ik ben volgende week in het buitenland. De bankkaart van de ouderraad (rekening {IBAN_OUDERRAAD})
steekt in een enveloppe in het postvak van de ouderraad op het secretariaat. Pincode: 8254. Zo kan jij
de bestelling van de paaseitjes voor de opendeur betalen.

Groetjes,
Marc
penningmeester
"""), env_from="ouderraad@spc.ksleuven.be", rules=["password", "personal_data"],
    note="treasurer mails the bank card PIN from the association mailbox; association IBAN present")

_codes = []
_r = random.Random(3533)
for _i in range(40):
    _codes.append("SPC-" + "".join(_r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" +
                  "".join(_r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))
add("wifi-gastcodes-afdrukken", S("jva"), [REPRO], "40 gastcodes wifi afdrukken", D(3, 13, 14, 18),
    text=T("""
Ward,

Kan je deze 40 gastcodes voor de wifi op kaartjes afdrukken (1 code per kaartje, A7, stevig papier)?
Ze zijn 24 uur geldig vanaf het eerste gebruik en worden aan de infostand uitgedeeld aan bezoekers.

Joris
"""),
    att=[("gastcodes_opendeur.txt", ("Gastnetwerk SPC-Gast - opendeurdag 16/03\r\n\r\n" +
                                     "\r\n".join(_codes) + "\r\n").encode(), "text/plain")],
    rules=["password"], fmt=["mixed", "attachment-txt"],
    note="40 Wi-Fi voucher codes in a text attachment")

add("insta-thuis", "Saar Mertens <saar.mertens83@gmail.com>", [S("ldw")], "Insta", D(4, 3, 20, 32),
    text=T("""
Hoi Liesbeth,

Ik zit thuis met een zieke dochter en mijn schoolmail doet raar op de laptop, vandaar via gmail.
Ik heb het Insta-wachtwoord veranderd na die rare loginmelding uit Brazilië: het is nu Dijle!Insta2025.
Kan jij het doorgeven aan Jente?

Tot vrijdag,
Saar
"""), rules=["password", "private_account"],
    note="staff member uses her private Gmail for school business and includes the new Instagram password")

add("co-account-lena-1a", SECR, [par("lena_voets")], "Co-account Smartschool", D(2, 26, 14, 22),
    text=T(f"""
Geachte mevrouw Vos,

Zoals gevraagd aan de balie vindt u hieronder de gegevens van het co-account voor de ouders van
{pname('lena_vos')}:

Gebruikersnaam: lena.vos.co1
Startwachtwoord: mR7-p2Kw

Bij de eerste aanmelding kiest u zelf een nieuw wachtwoord.

Met vriendelijke groeten,
Annelies Vranckx
leerlingensecretariaat
"""), rules=["password", "recipient"], about=[ID["lena_vos"]], mis=True,
    note="co-account start password for Lena Vos's parents sent to the mother of Lena Voets (autocomplete)")

# ============================================================================= 2. credential look-alikes (15)

add("wachtwoord-vervalt-31-maart", ICT, ["ict@spc.ksleuven.be"], "Je wachtwoord vervalt op 31 maart",
    D(3, 25, 7, 30), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's,

Het wachtwoord van je schoolaccount (Microsoft 365 en Smartschool) vervalt op 31 maart: dat is de
jaarlijkse wijziging. Je kan het zelf wijzigen via https://wachtwoord.sintpieterscollege.be.

- Kies minstens 12 tekens; een zin van een paar woorden werkt prima.
- Gebruik het niet ook voor je privé-accounts.
- Lukt het niet? Maak een ticket via helpdesk@spc.ksleuven.be of kom langs in lokaal A0.07 tijdens
  de middagpauze.

We vragen je wachtwoord nooit per mail of telefoon.

De ICT-dienst
"""), rules=[], note="password-expiry notice without any password, staff list in BCC")

add("re-co-account-wachtwoord-vergeten", SECR, ["Nadia Bouzid <bouzid.nadia@gmail.com>"],
    "RE: inloggen smartschool lukt niet", D(3, 4, 10, 15),
    text=T("""
Beste mevrouw Bouzid,

Klik op de aanmeldpagina van Smartschool op 'Wachtwoord vergeten?' en vul uw gebruikersnaam in; u
krijgt dan een link op uw e-mailadres. Werkt dat niet, dan kan het leerlingensecretariaat uw account
opnieuw instellen - kom even langs met uw identiteitskaart (maandag tot vrijdag, 8u tot 16u).

Om veiligheidsredenen sturen wij nooit wachtwoorden per mail.

Met vriendelijke groeten,
Annelies Vranckx
""") + gmail_q("Nadia Bouzid <bouzid.nadia@gmail.com>", D(3, 3, 21, 48),
               "Goeiedag, ik kan niet meer inloggen op smartschool met mijn co-account, wat moet ik doen?\n"
               "Vriendelijke groeten\nNadia Bouzid"),
    rules=[], fmt=["plain", "reply"], note="explains how to reset a password, contains none")

add("zoom-overleg-ouderraad", S("ldw"), [KATRIEN], "Uitnodiging: Overleg nieuwsbrief mei", D(4, 8, 12, 0),
    text=T("""
Liesbeth De Wachter nodigt u uit voor een geplande Zoom-vergadering.

Onderwerp: Overleg communicatie ouderraad - nieuwsbrief mei
Tijd: 15 apr 2024 20:00 Brussel

Deelnemen aan Zoom-vergadering
https://us06web.zoom.us/j/81244710036?pwd=Vn7rQ2xKp8sWb3YtZm9Lc1hJd0E1dz09

Vergadering-ID: 812 4471 0036
Toegangscode: 482913

Katrien, breng jij de teksten van de werkgroep verkeer mee? Dan plannen we samen de nieuwsbrief.
Liesbeth
"""), rules=[], fmt=["plain", "invite"],
    note="Zoom invitation; its passcode is part of the invitation and allowed")

add("teams-uitnodiging-fotograaf", S("bli"), [PHOTOG], "Afstemming fotodag jaarboek", D(4, 10, 9, 0),
    html=outlook_html(P("Dag Wim,", "", "Zoals afgesproken een kort online overleg over de planning van de "
                        "fotodag (klasfoto&#8217;s en portretten zesdes).", "")
        + "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
          "________________________________________________________________________________</span></div>"
          "<div style=\"margin-bottom:24px\"><span style=\"font-size:24px;font-weight:700;color:#252424\">"
          "Microsoft Teams-vergadering</span></div>"
          "<div><b>Deelnemen op uw computer, mobiele app of ruimteapparaat</b><br>"
          "<a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRkZGM2MWQtYzM4Ni00Y2Q0%40thread.v2/0\">"
          "Klik hier om deel te nemen aan de vergadering</a><br>"
          "Vergadering-id: 352 118 774 901<br>Wachtwoordcode: hZ7bX2<br><br>"
          "<b>Of bel in (alleen audio)</b><br>"
          "<a href=\"tel:+3228971044,,318605217#\">+32 2 897 10 44,,318605217#</a>   België, Brussel<br>"
          "Telefonische vergadering-id: 318 605 217#<br>"
          "<a href=\"https://dialin.teams.microsoft.com/\">Een lokaal nummer zoeken</a></div>"
          "<div><span style=\"white-space:nowrap;color:#5F5F5F\">"
          "________________________________________________________________________________</span></div>"),
    rules=["personal_data"], fmt=["html-only", "invite"], mailer="outlook",
    note="Teams invitation with meeting passcode (allowed); its Belgian dial-in number counts as a phone number")

add("bestelling-flyers-opendeur", REPRO, ["Drukkerij Van Roey <orders@vanroey-druk.be>"],
    "Bestelling flyers en affiches opendeurdag", D(3, 5, 10, 40),
    text=T("""
Goeiemorgen,

Graag de volgende bestelling op onze klantrekening (klantnummer 20931):

- 2500 flyers opendeurdag A5, recto-verso, 170 g - offerte OF-5512
- 40 affiches A2 - zelfde ontwerp, bestand 'opendeur24_A2_def.pdf' via jullie uploadpagina

Referentie voor de factuur: PO-SPC-2024-0133
Levering uiterlijk 12 maart, Naamsestraat 80, poort Tiensestraat.

Vriendelijke groeten,
Ward Smets
reprodienst Sint-Pieterscollege
"""), rules=[], note="order, customer and quote numbers open nothing")

_rooms = [["Latijn en Grieks", "B1.14", "mevr. Hendrickx"], ["Wetenschappen-wiskunde (5WEWI)", "lab C1.07", "dhr. Peeters"],
          ["Economie-moderne talen (4ECMT)", "A0.03", "mevr. Celis"], ["STEM-atelier", "D0.12", "dhr. Michiels"],
          ["Infostand leerlingenraad", "inkomhal", "Tom Claessens"]]
add("lokalen-opendeurdag", S("ldw"), [S("dmi"), S("kdw"), S("tcl"), S("gvd")], "Lokalen opendeurdag (definitief)",
    D(3, 11, 16, 20),
    text="Dag collega's,\n\nDe definitieve lokaalverdeling voor zaterdag:\n\n" +
         text_table(["Richting/stand", "Lokaal", "Verantwoordelijke"], _rooms) +
         "\n\nDe bewegwijzering hangt vrijdagnamiddag, de leerlingengidsen starten in de aula.\n\nLiesbeth\n",
    html=outlook_html(P("Dag collega&#8217;s,", "", "De definitieve lokaalverdeling voor zaterdag:", "")
                      + table(["Richting/stand", "Lokaal", "Verantwoordelijke"], _rooms)
                      + P("", "De bewegwijzering hangt vrijdagnamiddag, de leerlingengidsen starten in de aula.",
                          "", "Liesbeth")),
    rules=[], fmt=["alt", "table"], mailer="outlook", note="room numbers and course codes, no secret")

add("jaarboek-extra-exemplaren", BOEKH, ["Veerle Laenen <veerle.laenen@outlook.com>"],
    "Uw bestelling jaarboek", D(4, 4, 11, 0),
    text=T(f"""
Beste mevrouw Laenen,

Bedankt voor uw bestelling van 2 extra exemplaren van het jaarboek (€ 15 per stuk). Gelieve € 30 over
te schrijven met de gestructureerde mededeling {ogm(902431560)} zodat we de betaling automatisch kunnen
koppelen. Het rekeningnummer staat op de factuur in Smartschool.

Met vriendelijke groeten,
Hilde Vandenbroucke
boekhouding
"""), env_from="boekhouding@spc.ksleuven.be", rules=[],
    note="structured payment reference is not a secret; no IBAN or phone in the mail")

add("re-insta-wachtwoord-niet-per-mail", S("sme"), [S("jbo")], "RE: Insta", D(3, 26, 9, 12),
    text=T("""
Dag Jente,

Ja, ik heb het gisteren veranderd. Ik stuur het niet per mail (afspraak uit het communicatiebeleid,
en terecht na vorige week). Kom straks even langs in A1.12 na het derde lesuur, dan typ ik het samen
met jou in op je gsm.

Saar
""") + outlook_q(S("jbo"), D(3, 26, 8, 40), S("sme"), "Insta",
                 "Saar, ik kan niet meer op Insta, is het wachtwoord veranderd? Kan je het even mailen?\nJente"),
    rules=[], fmt=["plain", "reply"], mailer="outlook", note="refuses to mail the password; none present")

add("zaalhuur-ksa-gastnetwerk", S("mcu"), ["KSA Heverlee <leiding@ksa-heverlee.be>"],
    "Gebruik refter 20 april", D(4, 12, 14, 0),
    text=T("""
Beste leiding,

In orde voor het gebruik van de refter op zaterdag 20 april van 14u tot 22u. De sleutel kan vrijdag
vanaf 15u aan het onthaal opgehaald worden.

Het gastnetwerk heet SPC-Gast; de toegangscode krijgt u bij aankomst aan het onthaal.
Gelieve de tafels terug te zetten zoals op het plan aan de deur.

Met vriendelijke groeten,
Marleen Cuypers
onthaal Sint-Pieterscollege
"""), rules=[], note="names the guest network but the key is given in person")

add("locker-verkiezingsmateriaal", S("tcl"), [pmail("amber")], "verkiezingsmateriaal", D(2, 16, 15, 30),
    text=T("""
Hoi Amber,

Het materiaal voor de verkiezingen (stembus, badges, affiches) zit in locker 214 in gang B. Het
hangslot gaat open met de sleutel die aan het onthaal hangt, vraag hem aan Marleen.

Tom
"""), rules=[], note="locker number and a physical key, no code")

add("intern-opendeur-praktisch", COMM, ["communicatie@spc.ksleuven.be"], "Stroom intern: opendeurdag praktisch",
    D(3, 14, 12, 10), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's,

Nog even de praktische afspraken voor zaterdag:
- Dresscode: de rode Stroom-T-shirt (maat doorgeven aan Jente als je er nog geen hebt).
- De QR-code op de affiches leidt naar het inschrijfformulier voor de infoavond; hang geen oude
  affiches meer op.
- Bij 'code rood' (evacuatie) verzamelt iedereen in de Tiensestraat, de leerlingengidsen nemen hun
  groep mee.
- Broodjes voor de medewerkers vanaf 12u in de leraarskamer.

Bedankt om er weer een mooie dag van te maken!
Het communicatieteam
"""),
    html=newsletter_html("Stroom intern - opendeurdag praktisch", [
        ("Praktische afspraken", "<ul><li>Dresscode: de rode Stroom-T-shirt (maat doorgeven aan Jente).</li>"
         "<li>De QR-code op de affiches leidt naar het <a href=\"https://www.sintpieterscollege.be/infoavond\">"
         "inschrijfformulier voor de infoavond</a>.</li><li>Bij &lsquo;code rood&rsquo; (evacuatie) verzamelt "
         "iedereen in de Tiensestraat.</li><li>Broodjes voor de medewerkers vanaf 12u in de leraarskamer.</li></ul>")],
        "Het communicatieteam &middot; intern bericht"),
    rules=[], fmt=["alt", "newsletter"], note="dress code, QR code, 'code rood': codes that open nothing")

add("tweestapsverificatie-aankondiging", ICT, ["ict@spc.ksleuven.be"], "Vanaf 22 april: tweestapsverificatie",
    D(4, 15, 7, 45), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's,

Vanaf maandag 22 april vragen we bij het aanmelden op Microsoft 365 een tweede stap: je krijgt een code
van zes cijfers in de Authenticator-app of per sms.

Belangrijk: geef die code nooit door, aan niemand, ook niet aan de ICT-dienst. Wij zullen er nooit om
vragen. Krijg je een code zonder dat je zelf aan het aanmelden was? Meld het dan meteen aan
helpdesk@spc.ksleuven.be.

De handleiding met schermafbeeldingen staat op Smartschool > Intradesk > ICT.

Joris Van Aken
ICT-coördinator
"""), rules=[], fmt=["plain-qp"], cte="quoted-printable",
    note="explains one-time codes without containing one")

add("re-cms-wachtwoord-resetten", S("jva"), [S("ndo")], "RE: kan niet meer inloggen website", D(3, 20, 10, 2),
    text=T("""
Je kan het zelf resetten via https://www.sintpieterscollege.be/wp-login.php?action=lostpassword - dan
krijg je een mail met een link die 24 uur geldig is. Lukt het niet, loop even binnen in A0.07.

Joris
""") + gmail_q(S("ndo"), D(3, 20, 9, 31),
               "Joris, ik kan niet meer inloggen op de website, wachtwoord vergeten denk ik :-(\nNathalie"),
    rules=[], fmt=["plain", "reply"], note="points to the self-service reset page; no secret, no token")

add("zoom-exchange-hawthorn", S("ldw"), ["James Whitfield <j.whitfield@hawthornacademy.org.uk>"],
    "Zoom call - exchange photos and blog", D(4, 9, 15, 30),
    text=T("""
Dear James,

Thanks for your quick reply. Let's talk on Thursday about the joint blog of the exchange and which
photos we may use (only pupils with consent on both sides).

Join Zoom Meeting
https://us02web.zoom.us/j/86391022457?pwd=QmR4bGZ1TVhKc3FhR0x2Wk9uT1pHZz09

Meeting ID: 863 9102 2457
Passcode: 550128

Best wishes,
Liesbeth
"""), rules=[], lang="en", fmt=["plain", "invite"], note="English Zoom invitation with passcode (allowed)")

add("storing-kopieerapparaat", REPRO, ["Kopieertechniek Leuven <service@kopieertechniek-leuven.be>"],
    "Storing Konica lerarenkamer", D(4, 16, 8, 20),
    text=T("""
Goedemorgen,

Het toestel in de lerarenkamer geeft sinds gisteren foutcode C-2557 en trekt geen papier meer uit
lade 2.

Serienummer: A7PU021009314
Ons ticketnummer: INC-20418
Tellerstand zwart-wit: 248113

Kan er deze week iemand langskomen? Liefst niet op woensdagnamiddag.

Ward Smets
reprodienst
"""), rules=[], note="error code, serial and ticket numbers: codes that open nothing")

# ============================================================================= 3. general letters about trips (20)

add("brief-parijsreis-5dejaar", DIRECTIE, ["directie@spc.ksleuven.be"], "Parijsreis 5de jaar: praktische info",
    D(2, 20, 18, 0), bcc=["ouders5dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders van het vijfde jaar

Van maandag 22 tot woensdag 24 april trekken onze vijfdejaars naar Parijs. Hieronder de belangrijkste
afspraken; de volledige reisbrochure staat op Smartschool.

Vertrek: maandag 22 april om 6u45 aan de Ladeuzeplein-bussen (wees op tijd!)
Terugkomst: woensdag 24 april rond 21u op dezelfde plaats
Verblijf: jeugdherberg in het 19de arrondissement, kamers van 4 tot 6 leerlingen
Meebrengen: identiteitskaart, Europese ziekteverzekeringskaart, lunchpakket voor dag 1

Programma: Louvre, Montmartre, Musée d'Orsay, een avondwandeling langs de Seine en een bezoek aan
het Institut du Monde Arabe.

Betaling: de kostprijs (€ 365) wordt in twee schijven aangerekend via de schoolrekening.

Vragen? Neem contact op met de reisverantwoordelijke via Smartschool.

Met vriendelijke groeten
Pieter Hermans, directeur
"""),
    html=newsletter_html("Parijsreis 5de jaar - praktische info", [
        ("Parijs, 22-24 april", "Beste ouders van het vijfde jaar,<br><br>Van maandag 22 tot woensdag 24 april "
         "trekken onze vijfdejaars naar Parijs. De volledige <a href=\"https://www.sintpieterscollege.be/reizen/"
         "parijs-2024\">reisbrochure</a> staat ook op Smartschool."),
        ("Vertrek en terugkomst", "<b>Vertrek:</b> maandag 22 april om 6u45 aan de bussen op het Ladeuzeplein<br>"
         "<b>Terugkomst:</b> woensdag 24 april rond 21u<br><b>Verblijf:</b> jeugdherberg in het 19de arrondissement"),
        ("Meebrengen", "<ul><li>identiteitskaart</li><li>Europese ziekteverzekeringskaart</li>"
         "<li>lunchpakket voor dag 1</li></ul>"),
        ("Betaling", "De kostprijs (&euro; 365) wordt in twee schijven aangerekend via de schoolrekening.")],
        "Pieter Hermans, directeur &middot; <a href=\"https://www.sintpieterscollege.be\">sintpieterscollege.be</a>"),
    rules=[], fmt=["alt", "newsletter", "bcc-envelope"],
    note="general trip letter to all fifth-year parents in BCC")

add("brief-skireis-4dejaar", DIRECTIE, ["directie@spc.ksleuven.be"], "Skireis 4de jaar – laatste afspraken",
    D(2, 19, 16, 30), bcc=["ouders4dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

Over vier weken vertrekken we met het vierde jaar op skireis naar Valfréjus. Enkele afspraken:

• Skimateriaal wordt ter plaatse gehuurd; een helm is verplicht (ook te huur).
• Breng een geldige identiteitskaart en de Europese ziekteverzekeringskaart mee.
• Geneesmiddelen die uw kind nodig heeft, geeft u in een gesloten zakje met naam aan de
  reisbegeleiding; vul ook de medische fiche in Smartschool aan.
• Gsm's mogen mee, maar gaan 's nachts in de gang aan de lader.
• Het reisreglement (alcohol, nachtrust, skiën in groep) staat in de brochure.

De bus vertrekt vrijdag 29 maart om 19u aan de Tiensestraat en is terug op zondag 7 april rond 8u.

Met vriendelijke groeten
de reisbegeleiding en de directie
"""), rules=[], fmt=["plain-cp1252", "bcc-envelope"], cs="windows-1252", cte="quoted-printable",
    note="general ski-trip letter, windows-1252 quoted-printable, parents in BCC")

_rome = [["ma 13/5", "vlucht Brussel-Rome, Colosseum, Forum Romanum"], ["di 14/5", "Vaticaanse Musea, Sint-Pietersbasiliek"],
         ["wo 15/5", "Pantheon, Trevifontein, Trastevere"], ["do 16/5", "Ostia Antica, terugvlucht 19u40"]]
add("brief-romereis-6dejaar", DIRECTIE, ["directie@spc.ksleuven.be"], "Romereis 6de jaar: programma",
    D(4, 22, 17, 15), bcc=["ouders6dejaar@spc.ksleuven.be"],
    text="Beste ouders\n\nHieronder het programma van de Romereis van het zesde jaar.\n\n" +
         text_table(["Dag", "Programma"], _rome) +
         "\n\nDe bagage: één handbagagekoffer (max. 10 kg). Een geldige identiteitskaart is verplicht.\n\n"
         "Met vriendelijke groeten\nBart Lievens, adjunct-directeur\n",
    html=outlook_html(P("Beste ouders", "", "Hieronder het programma van de Romereis van het zesde jaar.", "")
                      + table(["Dag", "Programma"], _rome)
                      + P("", "De bagage: &eacute;&eacute;n handbagagekoffer (max. 10 kg). Een geldige "
                          "identiteitskaart is verplicht.", "", "Met vriendelijke groeten", "Bart Lievens, "
                          "adjunct-directeur")),
    rules=[], fmt=["alt", "table", "bcc-envelope"], mailer="outlook",
    note="general trip programme with Outlook table, parents in BCC")

add("brief-bosklassen-1ste-jaar", INFO, ["info@sintpieterscollege.be"], "Bosklassen eerste jaar in Han-sur-Lesse",
    D(4, 17, 19, 5), bcc=["ouders1ejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

Van 27 tot 29 mei gaan onze eerstejaars op bosklassen in Han-sur-Lesse. Ze verblijven in het
jeugdcentrum 'Les Grottes' en maken onder meer een grottentocht, een dropping en een kajaktocht op de
Lesse (zwembrevet van 50 meter vereist).

Bagagetips: slaapzak, kussensloop, stevige wandelschoenen, regenjas, zaklamp, oude kleren voor de
grot. Snoep en energiedrank blijven thuis.

Heeft uw kind een dieet of allergie? Vul dan de medische fiche in Smartschool aan vóór 10 mei; we
geven die vertrouwelijk door aan de keuken van het centrum.

Met vriendelijke groeten
het team van het eerste jaar
"""), rules=[], fmt=["plain-qp", "bcc-envelope"], cte="quoted-printable",
    note="general letter about the first-year forest classes; asks for medical info without naming anyone")

add("brief-sportdag", INFO, ["info@sintpieterscollege.be"], "Sportdag donderdag 25 april", D(4, 18, 15, 40),
    bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

Donderdag 25 april is het sportdag. De eerste graad sport in het Sportkot, de tweede en derde graad
fietsen naar de Kessel-Lose vijvers voor een triatlon-light en een oriëntatieloop.

Graag sportkleding, een drinkbus en een fiets in orde (lichten, remmen). Leerlingen zonder fiets
melden dat voor 22 april aan hun klastitularis. De lessen eindigen om 15u30.

Sportieve groeten
de vakgroep LO
"""), rules=[], fmt=["plain", "bcc-envelope"], note="sports-day letter to all parents in BCC")

add("letter-london-trip-year3", INFO, ["info@sintpieterscollege.be"], "Year 3 trip to London - information in English",
    D(3, 6, 18, 20), bcc=["ouders3dejaar@spc.ksleuven.be"],
    text=T("""
Dear parents,

For the families who prefer English: on 7 and 8 May our third-year pupils travel to London by
Eurostar. They visit the British Museum, the Tate Modern and a musical in the West End, and stay one
night in a youth hostel near King's Cross.

Please make sure your child has a valid passport or Belgian identity card (non-EU pupils: check the
visa rules in time) and the European Health Insurance Card. Pocket money: about 30 pounds.

The cost (EUR 245) will appear on the school invoice in Smartschool. If the cost is a problem for your
family, please contact the school discreetly; no child should stay home for financial reasons.

Kind regards,
The year 3 team
"""), rules=[], lang="en", fmt=["plain", "bcc-envelope"], note="English general trip letter in BCC")

add("lettre-echange-lille", INFO, ["info@sintpieterscollege.be"], "Échange avec Lille : informations pratiques",
    D(2, 28, 17, 45), bcc=["ouders-uitwisseling-lille@spc.ksleuven.be"],
    text=T("""
Chers parents,

Du 11 au 15 mars, les élèves de 4e qui participent à l'échange séjournent dans une famille d'accueil
à Lille. Départ le lundi 11 mars à 8h00 en train depuis la gare de Leuven (rendez-vous à 7h30 au
guichet), retour le vendredi vers 17h.

À emporter : carte d'identité, carte européenne d'assurance maladie, un petit cadeau pour la famille
d'accueil, le cahier d'échange.

Les coordonnées des familles d'accueil vous seront communiquées via Smartschool.

Bien cordialement,
L'équipe de l'échange
"""), rules=[], lang="fr", fmt=["plain", "bcc-envelope"], note="French general exchange letter in BCC")

add("personeel-begeleiders-meerdaagse", DIRECTIE, ["directie@spc.ksleuven.be"],
    "Begeleiders meerdaagse reizen: vergadering 7 maart", D(2, 29, 12, 5), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's

Alle begeleiders van de meerdaagse reizen (Parijs, Rome, skireis, Londen, Lille, bosklassen) worden
verwacht op donderdag 7 maart om 16u in de aula. Agenda:

1. Nieuw reisreglement en de procedure bij incidenten
2. Medicatie en de medische fiches: wie heeft inzage, hoe nemen we ze mee
3. Communicatie met het thuisfront: via Smartschool-berichten, niet via WhatsApp-groepen met
   ouders
4. Foto's: enkel op de schoolaccounts en enkel van leerlingen met toestemming

Wie niet kan, verwittigt Bart Lievens.

Vriendelijke groet
de directie
"""), rules=[], fmt=["plain", "bcc-envelope"], note="letter to all staff about the trips, staff list in BCC")

add("medicatie-tijdens-reizen", INFO, ["info@sintpieterscollege.be"], "Medicatie tijdens schoolreizen",
    D(3, 7, 16, 10), bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

Met de meerdaagse reizen in aantocht herinneren we aan ons medicatiebeleid:

- Begeleiders geven enkel medicatie die u vooraf schriftelijk aanvraagt met het formulier
  'Medicatie op school' (Smartschool > Documenten), ondertekend door een arts.
- Pijnstillers of andere vrij verkrijgbare middelen geven we niet zonder dat formulier.
- Heeft uw kind een ernstige allergie, astma of epilepsie? Vermeld het op de medische fiche; de
  begeleiders nemen de noodmedicatie mee in een aparte tas.

Alle informatie blijft vertrouwelijk en wordt na de reis vernietigd.

Met vriendelijke groeten
het zorgteam
"""), rules=[], fmt=["plain", "bcc-envelope"], note="general medication policy, nobody named")

add("herinnering-tweede-schijf-parijs", BOEKH, ["boekhouding@spc.ksleuven.be"],
    "Herinnering: tweede schijf Parijsreis", D(4, 5, 9, 30), bcc=["ouders5dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

De tweede schijf van de Parijsreis (€ 182,50) staat op de schoolrekening van maart. Hebt u die nog
niet betaald? Gelieve dat te doen vóór 15 april, met de gestructureerde mededeling die op de
rekening vermeld staat.

Is de betaling moeilijk? Neem dan vertrouwelijk contact op met de boekhouding of de
leerlingbegeleiding; er zijn afbetalingen en steun mogelijk.

Met vriendelijke groeten
de boekhouding
"""), env_from="boekhouding@spc.ksleuven.be", rules=[], fmt=["plain", "bcc-envelope"],
    note="payment reminder sent to everybody with no one named")

add("brief-ieper-4dejaar", INFO, ["info@sintpieterscollege.be"], "Herdenkingsuitstap Ieper 4de jaar",
    D(4, 23, 16, 0), bcc=["ouders4dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

Op dinsdag 14 mei bezoeken de vierdejaars in het kader van geschiedenis de Westhoek: het In Flanders
Fields Museum, Tyne Cot en de Last Post aan de Menenpoort. Vertrek 7u30, terug rond 21u.

Kostprijs € 38 (bus en museum), via de schoolrekening. Lunchpakket en drinken meebrengen.

Met vriendelijke groeten
de vakgroep geschiedenis
"""), rules=[], fmt=["plain", "bcc-envelope"], note="general day-trip letter")

add("bagagelijst-skireis", INFO, ["info@sintpieterscollege.be"], "Bagagelijst skireis", D(3, 22, 17, 35),
    bcc=["ouders4dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

In bijlage vindt u de bagagelijst voor de skireis. Alles moet in één valies of reistas (max. 20 kg)
en een kleine rugzak voor de bus.

Tot vrijdag 29 maart aan de Tiensestraat!
de reisbegeleiding
"""),
    att=[("Bagagelijst_skireis_2024.pdf", pdf(["Bagagelijst skireis 4de jaar - Valfrejus 2024", "",
                                              "- skibroek, skijas, handschoenen (2 paar), muts, skibril",
                                              "- thermisch ondergoed, warme sokken",
                                              "- zonnecreme (factor 50), lippenbalsem",
                                              "- identiteitskaart en Europese ziekteverzekeringskaart",
                                              "- handdoek, toiletgerief, slippers",
                                              "- een spel of boek voor de avonden"],
                                             "Bagagelijst skireis"), "application/pdf")],
    rules=[], fmt=["mixed", "attachment-pdf", "bcc-envelope"], note="general letter with a packing-list PDF")

add("bus-parijs-vertrekuur", S("bli"), [S("bli")], "Parijs: vertrek 15 minuten vroeger", D(4, 19, 12, 40),
    bcc=["ouders5dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders,

Door wegenwerken op de E19 vertrekt de bus naar Parijs maandag om 6u30 in plaats van 6u45.

Groeten,
Bart Lievens

Verzonden vanaf mijn iPhone
"""), rules=[], fmt=["plain", "phone", "bcc-envelope"], mailer="iphone",
    note="short update to all fifth-year parents, sent from phone with BCC")

add("fotos-reizen-toestemming", COMM, ["communicatie@spc.ksleuven.be"], "Foto's van de reizen: zo gaan we ermee om",
    D(3, 19, 18, 30), bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

Tijdens de reizen worden veel foto's gemaakt. Een paar afspraken:

- Op de schoolaccounts (website, Instagram, Facebook) verschijnen enkel leerlingen van wie de
  toestemming in Smartschool op 'ja' staat.
- De volledige reeks komt op het afgeschermde platform van onze fotograaf; de toegang krijgt u via
  Smartschool.
- Wilt u uw toestemming wijzigen? Dat kan op elk moment in Smartschool > Mijn gegevens > Foto's.
- Ouders en leerlingen posten geen foto's van andere leerlingen zonder hun toestemming.

Meer info: https://www.sintpieterscollege.be/privacy

Het communicatieteam
"""),
    html=newsletter_html("Foto's van de reizen", [
        ("Zo gaan we ermee om", "<ul><li>Op de schoolaccounts verschijnen enkel leerlingen van wie de "
         "toestemming in Smartschool op &lsquo;ja&rsquo; staat.</li><li>De volledige reeks komt op het afgeschermde "
         "platform van onze fotograaf; de toegang krijgt u via Smartschool.</li><li>Toestemming wijzigen kan op "
         "elk moment in Smartschool.</li><li>Post geen foto's van andere leerlingen zonder hun toestemming.</li></ul>"
         "Meer info: <a href=\"https://www.sintpieterscollege.be/privacy\">onze privacyverklaring</a>.")],
        "Het communicatieteam &middot; Sint-Pieterscollege Leuven"),
    rules=[], fmt=["alt", "newsletter", "bcc-envelope"], note="general photo-consent letter, no access code")

add("identiteitskaart-en-verzekering", SECR, ["leerlingensecretariaat@spc.ksleuven.be"],
    "Reizen naar het buitenland: identiteitskaart en verzekering", D(2, 23, 16, 0),
    bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

Voor alle buitenlandse reizen (Lille, Parijs, Londen, Rome, skireis) heeft uw kind een geldige
identiteitskaart of Kids-ID nodig. Controleer nu al de vervaldatum: een nieuwe kaart aanvragen bij de
stad duurt drie tot vier weken.

Leerlingen zonder Belgische nationaliteit: bezorg ons een kopie van de verblijfskaart en ga na of er
een visum of reistoelating nodig is.

De schoolverzekering dekt ongevallen tijdens de reizen; annulering is enkel gedekt met een
doktersattest.

Vriendelijke groeten
het leerlingensecretariaat
"""), rules=[], fmt=["plain", "bcc-envelope"], note="general ID and insurance reminder")

add("pestbeleid-tijdens-reizen", INFO, ["info@sintpieterscollege.be"], "Samen op reis: respect, ook online",
    D(3, 26, 18, 0), bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

Een schoolreis is een groepservaring, en daar hoort respect bij. Ons anti-pestbeleid geldt ook op
reis en ook online: filmpjes of foto's van medeleerlingen zonder hun toestemming doorsturen, in
klasgroepen op WhatsApp of op TikTok, is pesten.

Wat doen we als het toch gebeurt? De begeleiders grijpen meteen in, spreken met de betrokkenen en
verwittigen de ouders. Ernstige feiten worden na de reis verder opgevolgd volgens het schoolreglement.

Wilt u iets melden? Dat kan vertrouwelijk bij de leerlingbegeleiding of via het meldpunt op
Smartschool.

Met vriendelijke groeten
de directie en het zorgteam
"""), rules=[], fmt=["plain", "bcc-envelope"], note="general bullying policy during trips, nobody named")

add("infoavond-berlijnreis", DIRECTIE, ["directie@spc.ksleuven.be"], "Uitnodiging infoavond Berlijnreis 2025",
    D(4, 24, 16, 45), bcc=["ouders5dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders

Volgend schooljaar trekt het zesde jaar naar Berlijn. Op dinsdag 28 mei om 19u30 stellen we het
programma en de kostprijs voor in de aula. In bijlage de uitnodiging.

Met vriendelijke groeten
de directie
"""),
    att=[("Uitnodiging_infoavond_Berlijn.docx",
          docx(["Uitnodiging infoavond Berlijnreis 2025", "Dinsdag 28 mei 2024 om 19u30 in de aula",
                "Programma: voorstelling van de reis, kostprijs en betalingsspreiding, vragenronde.",
                "Inschrijven is niet nodig."]),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    rules=[], fmt=["mixed", "attachment-docx", "bcc-envelope"], note="general invitation with a .docx")

add("procedure-reisadministratie", DIRECTIE, ["directie@spc.ksleuven.be"], "Nieuwe werkwijze reisadministratie",
    D(4, 25, 13, 10), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's

Vanaf volgend schooljaar gebruiken alle reisverantwoordelijken hetzelfde sjabloon voor de
deelnemerslijsten (in bijlage, leeg). Vul het in op de gedeelde schijf, niet op je eigen laptop, en
mail geen lijsten met persoonsgegevens naar reisbureaus: die krijgen een beveiligde deellink.

Dank voor jullie medewerking
Bart Lievens
"""),
    att=[("sjabloon_deelnemerslijst_reizen.xlsx",
          xlsx([["Intern nummer", "Klas", "Voornaam", "Naam", "Kamer", "Opmerking"]], sheet="Deelnemers"),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
    rules=[], fmt=["mixed", "attachment-xlsx", "bcc-envelope"], note="staff letter with an empty .xlsx template")

add("solidariteitsfonds-uitleg", OUDERRAAD, [], "Niemand thuis door de kostprijs",
    D(3, 1, 19, 30), bcc=["alleouders@spc.ksleuven.be"],
    text=T("""
Beste ouders

De oudervereniging beheert een solidariteitsfonds, gespijsd door de opbrengst van het
eetfestijn en de paaseitjesverkoop. Het fonds helpt gezinnen voor wie een schoolreis of de
schoolrekening moeilijk ligt, zodat geen enkele leerling thuisblijft.

Hoe vraagt u steun? Neem contact op met de boekhouding of de leerlingbegeleiding van de school. Uw
vraag wordt vertrouwelijk behandeld: de oudervereniging krijgt geen namen te zien, enkel het bedrag.

Met vriendelijke groeten
het bestuur van de oudervereniging
"""), env_from="ouderraad@spc.ksleuven.be", rules=[], fmt=["plain", "bcc-envelope"],
    note="general solidarity-fund letter; financial topic but no pupil named")

add("busincident-2dejaar-brugge", DIRECTIE, ["directie@spc.ksleuven.be"], "Uitstap Brugge: lichte aanrijding bus",
    D(4, 16, 14, 5), bcc=["ouders2dejaar@spc.ksleuven.be"],
    text=T("""
Beste ouders van het tweede jaar

Bij het vertrek in Brugge werd een van onze bussen licht aangereden door een bestelwagen. Niemand
raakte gewond; de leerlingen waren wel even geschrokken. Een vervangbus is onderweg, waardoor we
ongeveer een uur later dan gepland in Leuven aankomen (rond 18u30 aan de Tiensestraat).

De begeleiders zijn bij de leerlingen. U hoeft uw kind niet te bellen; we houden u via Smartschool op
de hoogte.

Met vriendelijke groeten
Pieter Hermans, directeur
"""), rules=[], fmt=["plain", "bcc-envelope"], note="crisis-style trip update without any pupil named or hurt")

# ============================================================================= 4. sensitive (45)
BOARD = ["Katrien Bosmans <katrien.bosmans@telenet.be>", "Geert Vliegen <geert.vliegen@gmail.com>",
         "Nadia Chakir <nadia.chakir@hotmail.com>", "Pieterjan Swinnen <pj.swinnen@telenet.be>",
         "Ann Celis <ann.celis@skynet.be>", "Koenraad Thijs <k.thijs@proximus.be>"]

add("pleegzorg-geen-fotos-jana", S("kle"), [S("ldw"), S("dmi")], "Foto's Jana Desmet 2D - vertrouwelijk",
    D(2, 21, 14, 5),
    text=T(f"""
Dag Liesbeth, dag Dries,

Even vertrouwelijk, met het oog op de opendeurdag en de fotodag: {pname('jana')} verblijft sinds
januari in een pleeggezin. De jeugdrechter heeft beslist dat er geen foto's van haar online mogen
verschijnen (website, Instagram, Facebook, ook niet in de galerij van de fotograaf). Klasfoto op papier
mag wel, na akkoord van de pleegzorgdienst.

Willen jullie haar uit alle bestaande posts halen en de fotograaf verwittigen zonder de reden te
vermelden?

Dank je,
Koen
"""), rules=["sensitive"], cats=["family"], about=[ID["jana"]],
    note="foster placement and court decision about a named pupil, to two colleagues")

add("fotos-jana-verwijderd", S("ldw"), [par("wout")], "Foto's Jana verwijderd", D(3, 13, 11, 30),
    text=T(f"""
Beste mevrouw Bogaerts,

Zoals afgesproken met u en met de begeleider van de pleegzorgdienst hebben we alle foto's waarop
{pname('jana', False)} (2D) herkenbaar is van de website en van onze Facebook- en Instagrampagina gehaald.
Ook de fotograaf heeft haar uit de galerij van de onthaaldag verwijderd.

In lijn met de beslissing van de jeugdrechter nemen we haar voortaan niet meer op in beeldmateriaal dat
online komt. Mocht u toch nog iets zien, laat het mij meteen weten.

Met vriendelijke groeten,
Liesbeth De Wachter""") + sig("ldw", tel=True),
    rules=["sensitive", "personal_data", "recipient"], cats=["family"], about=[ID["jana"]], mis=True,
    note="meant for foster mother ines.bogaerts@telenet.be, autocomplete picked ines.bogaert@gmail.com (mother of Wout Bogaert)")

_nofoto = [[pname("jana", False), "2D", "niet fotograferen - gerechtelijke beslissing (pleegzorg)"],
           [pname("zoe_vd", False), "3B", "geen portret, niet in groepsfoto's online - na online pesterijen"],
           [pname("mats", False), "2B", "klasfoto ok, niets online - ouders niet akkoord (lopende echtscheiding)"]]
add("fotodag-niet-fotograferen", S("dmi"), [PHOTOG], "Fotodag 23 april - aandachtspunten", D(4, 11, 16, 20),
    text="Dag Wim,\n\nVoor de fotodag van 23 april: bij deze leerlingen graag extra opletten.\n\n" +
         text_table(["Leerling", "Klas", "Opmerking"], _nofoto) +
         "\n\nDe rest van de planning volgt nog via Nathalie.\n\nGroeten,\nDries\n",
    html=outlook_html(P("Dag Wim,", "", "Voor de fotodag van 23 april: bij deze leerlingen graag extra opletten.", "")
                      + table(["Leerling", "Klas", "Opmerking"], _nofoto)
                      + P("", "De rest van de planning volgt nog via Nathalie.", "", "Groeten,", "Dries")),
    rules=["sensitive"], cats=["family", "psychosocial"], about=[ID["jana"], ID["zoe_vd"], ID["mats"]],
    fmt=["alt", "table"], mailer="outlook",
    note="table for the external photographer with reasons: foster care/court, online bullying, divorce")

add("toestemming-fotos-mats", S("ldw"), [par("mats", 2)], "Foto's van Mats op sociale media", D(3, 6, 10, 10),
    text=T(f"""
Geachte heer Claes,

Bedankt voor uw mail. Mevrouw Dhondt heeft in Smartschool toestemming gegeven voor foto's van Mats op
onze sociale media, u laat weten dat u die toestemming niet geeft. Zolang de procedure over het
hoederecht loopt en er geen akkoord tussen beide ouders is, publiceren we geen foto's van Mats (2B)
op de website of op sociale media. De klasfoto op papier valt daar niet onder.

Met vriendelijke groeten,
Liesbeth De Wachter
communicatiecoördinator
"""), rules=["sensitive"], cats=["family"], about=[ID["mats"]],
    note="custody conflict between parents over photos, correctly sent to the father")

add("fotos-mats-hoederecht", S("ldw"), [par("lucas", 2)], "Foto's van Mats (2B)",
    D(3, 5, 17, 40),
    text=T("""
Geachte heer Claes,

Mevrouw Dhondt liet ons weten dat u geen toestemming geeft voor foto's van Mats op Instagram en dat
de familierechter zich binnenkort uitspreekt over het hoederecht. Kunt u bevestigen dat wij in
afwachting daarvan niets van Mats publiceren? Uw ex-partner is daarvan op de hoogte.

Met vriendelijke groeten,
Liesbeth De Wachter
communicatiecoördinator
"""), rules=["sensitive", "recipient"], cats=["family"], about=[ID["mats"]], mis=True,
    note="sibling mix-up: about Mats Claes, sent to the stepfather of his half-brother Lucas Wouters, not to Mats's parents")

add("fotos-zoe-verwijderd", S("sme"), [par("zoe_vd")], "Foto's van Zoë verwijderd", D(3, 27, 19, 2),
    text=T("""
Beste meneer Van Dyck,

Zoals Zoë zelf vroeg, hebben we vandaag alle foto's en video's waarop ze te zien is van onze
Instagram en TikTok verwijderd. De reacties onder de post van de sportdag, waarin ze online gepest
werd, zijn gemeld en de accounts van de afzenders zijn geblokkeerd. Koen Lemmens van de
leerlingbegeleiding neemt deze week contact met jullie op over de verdere aanpak.

Het spijt ons dat het zo gelopen is.

Met vriendelijke groeten,
Saar Mertens
"""), rules=["sensitive"], cats=["psychosocial"], about=[ID["zoe_vd"]],
    note="pupil removed from school social media after online bullying; correctly sent to her father")

add("fotos-zoe-van-dyck", S("sme"), [par("zoe_vp")], "Foto's Zoë Van Dyck verwijderd", D(3, 27, 18, 55),
    text=T("""
Beste ouders van Zoë,

Zoals Zoë Van Dyck (3B) zelf vroeg, hebben we alle foto's en video's waarop ze te zien is van onze
Instagram en TikTok verwijderd, na de kwetsende reacties onder de post van de sportdag waarmee ze online
gepest werd. De leerlingbegeleiding volgt dit verder op.

Met vriendelijke groeten,
Saar Mertens
"""), rules=["sensitive", "recipient"], cats=["psychosocial"], about=[ID["zoe_vd"]], mis=True,
    note="two Zoës in 3B: mail about Zoë Van Dyck's bullying sent to the mother of Zoë Vandeput")

add("re-vraag-pers-incident-4b", S("ldw"), [JOURNALIST], "RE: Vraag over incident met filmpje", D(4, 17, 15, 20),
    text=T("""
Beste mevrouw Dierckx,

Het klopt dat er vorige week een incident was met een filmpje dat via sociale media verspreid werd.
De leerling uit 4B die het filmpje maakte en verspreidde, is voor vijf dagen geschorst en de politie
is ingelicht. Het slachtoffer wordt door onze leerlingbegeleiding en het CLB ondersteund.

Verder geven we geen commentaar over individuele leerlingen.

Met vriendelijke groeten,
Liesbeth De Wachter
woordvoerder Sint-Pieterscollege""") + sig("ldw", mob=True) + outlook_q(
        JOURNALIST, D(4, 17, 11, 2), "communicatie@spc.ksleuven.be", "Vraag over incident met filmpje", T("""
Goedemorgen,

Via ouders vernamen we dat er op uw school een vernederend filmpje van een leerling rondgaat op
TikTok. Klopt dat, en welke maatregelen neemt de school? Ik schrijf een stuk voor morgen.

Met vriendelijke groet,
Evelien Dierckx
redactie Leuvens Dagblad
""")),
    rules=["sensitive", "personal_data"], cats=["psychosocial"], about=[ID["robbe"]],
    fmt=["plain", "reply"], mailer="outlook",
    note="press reply reveals suspension and police for 'the pupil from 4B who...' (identifiable); mobile number in signature")

add("crisisoverleg-filmpje", S("bli"), [S("ldw"), S("kle")], "crisisoverleg filmpje - stand van zaken",
    D(4, 17, 8, 10),
    text=T(f"""
Liesbeth, Koen,

Stand van zaken voor het overleg van 10u:

- {pname('robbe')} heeft de video gemaakt en op TikTok gezet; verhoor bij de politie vrijdag om 14u,
  zijn moeder gaat mee.
- Tuchtdossier loopt, voorstel: 5 dagen preventieve schorsing.
- {pname('kato')} is het slachtoffer; het gaat niet goed, ze is sinds maandag thuis. CLB (Sanne) is
  betrokken en plant een gesprek met de ouders.
- Pers: er belde al iemand van het Leuvens Dagblad. Liesbeth, jij bent aanspreekpunt - geen namen.

Bart
"""), rules=["sensitive"], cats=["psychosocial", "care"], about=[ID["robbe"], ID["kato"]],
    note="internal crisis update: perpetrator, police, suspension, victim with CLB follow-up")

add("crisisbericht-personeel-ongeval", DIRECTIE, ["directie@spc.ksleuven.be"], "Ongeval Ruben De Smet (5B)",
    D(4, 9, 7, 35), bcc=["personeel@spc.ksleuven.be"],
    text=T(f"""
Beste collega's

Gisterenavond werd {pname('ruben')} op weg naar huis met de fiets aangereden aan het kruispunt
Naamsepoort. Hij werd met een hersenschudding en meerdere breuken opgenomen op de intensieve zorg van
AZ Dijlevallei. Hij is buiten levensgevaar, maar zal enkele weken afwezig zijn.

Het crisisteam komt om 8u samen. In 5B starten we het eerste lesuur met een klasgesprek (Koen en de
klastitularis). Leerlingen die het moeilijk hebben, kunnen terecht in het zorglokaal.

Graag geen berichten over het ongeval op sociale media.

Pieter Hermans
directeur
"""), rules=["sensitive"], cats=["medical"], about=[ID["ruben"]], fmt=["plain", "bcc-envelope"],
    note="crisis message to all staff (BCC) naming an injured pupil in intensive care")

add("brief-ouders-5b-ruben", DIRECTIE, ["directie@spc.ksleuven.be"], "Bericht aan de ouders van 5B",
    D(4, 9, 16, 40), bcc=["ouders5b@spc.ksleuven.be"],
    text=T("""
Beste ouders van 5B

Met toestemming van zijn ouders laten we u weten dat Ruben De Smet gisteren met de fiets werd
aangereden. Hij ligt in het ziekenhuis (AZ Dijlevallei) met een hersenschudding en een gebroken
bekken, maar is buiten levensgevaar.

Vandaag werd er in de klas uitgebreid over gepraat. Merkt u dat uw zoon of dochter er thuis mee
bezig is, dan kan hij of zij terecht bij de leerlingbegeleiding. De klas maakt een kaartje; bezoek is
voorlopig niet mogelijk.

Met vriendelijke groeten
Pieter Hermans, directeur
"""), rules=["sensitive"], cats=["medical"], about=[ID["ruben"]], fmt=["plain", "bcc-envelope"],
    note="letter to the parents of one class (BCC) with a named pupil's injuries and hospital stay")

add("jaarboek-pagina-3c-lore", S("ldw"), [S("ndo")], "jaarboek 3C", D(3, 28, 13, 0),
    text=T("""
Nathalie,

Nog iets voor de pagina van 3C: geen grappige foto of 'later word ik...' van Lore Jacobs dit jaar.
Haar papa is in januari overleden en de titularis vond dat we het met haar zelf moeten afstemmen. Kan
jij dat voorzichtig doen, of zal ik het via de titularis laten vragen?

L.
"""), rules=["sensitive"], cats=["family"], about=[ID["lore"]],
    note="death of a pupil's father mentioned for the yearbook")

add("klasfoto-shana", S("ndo"), [S("ldw")], "klasfoto 6C", D(4, 12, 10, 45),
    text=T("""
Liesbeth, Shana Lauwers (6C) kwam net vragen of ze niet op de klasfoto moet staan. Ze is zwanger
(4 maanden) en wil het nog niet bekend maken aan de hele school. Ik heb gezegd dat enkel een portret
ook kan. Zal ik dat zo met Wim regelen?
Nathalie

Verzonden vanaf mijn iPhone
"""), rules=["sensitive"], cats=["medical"], about=[ID["shana"]], fmt=["plain", "phone"], mailer="iphone",
    note="pregnancy of a named pupil in a short phone mail")

add("tiktok-opname-noor-epilepsie", S("ldw"), [par("noor_vh")], "TikTok-opname opendeurdag", D(3, 8, 14, 10),
    text=T(f"""
Beste mevrouw Vermeulen,

{pname('noor_vm', False)} (1C) doet mee aan de TikTok-opname voor de opendeurdag. We houden rekening met haar
epilepsie: geen stroboscoop of flitsende lichteffecten in de video. Mag ze haar medicatie (Depakine) op
de opnamedag bij de begeleider afgeven, of neemt ze die zelf in?

Met vriendelijke groeten,
Liesbeth De Wachter""") + sig("ldw", tel=True),
    rules=["sensitive", "personal_data", "recipient"], cats=["medical"], about=[ID["noor_vm"]], mis=True,
    note="autocomplete els.ver...: Noor Vermeulen's epilepsy sent to the mother of Noor Verhaegen; school phone in signature")

add("re-tiktok-opname-noor", S("ldw"), [par("noor_vm")], "RE: TikTok-opname opendeurdag", D(3, 11, 9, 20),
    text=T("""
Beste mevrouw Vermeulen,

Dank u, dan doen we het zo: Noor neemt haar middagdosis zelf in en de begeleider weet wat te doen bij
een aanval. De editor van de video weet dat er geen flitsende effecten in mogen.

Met vriendelijke groeten,
Liesbeth
""") + gmail_q(f"Els Vermeulen <{par('noor_vm')}>", D(3, 10, 20, 3), T("""
Dag mevrouw De Wachter,

Een andere mama (Els Verhaegen) stuurde me uw mail door, hij was bij haar beland. Noor heeft inderdaad
epilepsie, flitsende lichten zijn echt een risico. Ze neemt 's middags zelf haar medicatie, dat lukt
wel. Als er iets is: haar leerkracht LO weet wat te doen bij een aanval.

Groetjes,
Els
""")),
    rules=["sensitive"], cats=["medical"], about=[ID["noor_vm"]], fmt=["plain", "reply"],
    note="epilepsy and medication of a named pupil, correctly sent to her mother")

_helpers = [[pname("sem", False), "5A", "bar 10u-13u", "notenallergie - heeft EpiPen bij"],
            [pname("ilias", False), "5A", "bar 13u-16u", "lactose-intolerant"],
            [pname("julie", False), "5A", "bar 10u-13u", "-"]]
add("helpers-bar-allergieen", S("tcl"), [CATERER], "Leerlingen aan de bar zaterdag", D(3, 12, 11, 15),
    html=outlook_html(P("Beste,", "", "Zaterdag helpen drie leerlingen van de leerlingenraad aan de bar. Ze eten "
                        "mee van de broodjes; houd aub rekening met het volgende:", "")
                      + table(["Leerling", "Klas", "Shift", "Allergie/dieet"], _helpers)
                      + P("", "Alvast bedankt!", "Tom Claessens", "begeleider leerlingenraad")),
    rules=["sensitive"], cats=["medical"], about=[ID["sem"], ID["ilias"], ID["julie"]],
    fmt=["html-only", "table"], mailer="outlook",
    note="allergies of named pupils in a table sent to the external caterer")

add("ongevalsaangifte-sportdag-femke", S("kdw"), ["Dijle Verzekeringen <schade@dijleverzekeringen.be>"],
    "Ongevalsaangifte polis SCH-204417 - sportdag 25/04", D(4, 26, 10, 0),
    text=T(f"""
Geachte,

Hierbij de aangifte van een schoolongeval (polis SCH-204417).

Slachtoffer: Femke Maes, leerling 3C
Geboren op: 14/05/2010
Rijksregisternummer: {RRN_FEMKE}
Datum en plaats: 25/04/2024, Kessel-Lose vijvers, tijdens de oriëntatieloop van de sportdag
Omschrijving: misstap op een boomwortel; breuk van het linkerscheenbeen, afgevoerd naar de spoed van
AZ Dijlevallei en daar gegipst.
Getuige: Karel Dewit, leerkracht LO

Het medisch attest volgt via de ouders.

Met vriendelijke groeten,
Karel Dewit
"""), rules=["sensitive", "personal_data"], cats=["medical"], about=[ID["femke"]],
    note="accident report to the insurer: injury, hospital, date of birth and national register number")

add("re-sportfoto", S("kdw"), ["Karin Jacobs <karin.jacobs@proximus.be>"], "RE: sportfoto",
    D(4, 29, 18, 30),
    text=T("""
Beste mevrouw Maes,

Femke Maes mag donderdag niet meedoen aan de foto van het sportteam op het veld: met haar gebroken
scheenbeen en het gips is dat te riskant. Ze kan wel op de bank vooraan zitten. Wilt u het attest van
de orthopedist nog bezorgen voor de vrijstelling LO?

Met sportieve groeten,
Karel Dewit
""") + outlook_q("Karin Jacobs <karin.jacobs@proximus.be>", D(4, 28, 20, 14), S("kdw"), "sportfoto",
                 "Geachte meneer Dewit,\n\nMoet er voor de sportfoto van donderdag een bepaalde outfit aan?\n\n"
                 "Vriendelijke groeten,\nKarin Jacobs"),
    rules=["sensitive", "recipient"], cats=["medical"], about=[ID["femke"]], mis=True,
    fmt=["plain", "reply"], mailer="outlook",
    note="reply in the wrong thread: Femke Maes's fracture sent to the mother of classmate Lore Jacobs")

add("gids-opendeur-daan", S("kle"), [S("ldw")], "Daan als gids", D(3, 7, 12, 20),
    text=T(f"""
Hoi Liesbeth,

{pname('daan')} heeft zich opgegeven als gids voor de opendeurdag. Goed idee, maar hij heeft ADHD en
in zijn handelingsplan staat dat lange, onvoorspelbare taken moeilijk gaan. Kan je hem korte
rondleidingen geven, samen met een vaste partner (liefst Emre uit zijn klas)?

Koen
"""), rules=["sensitive"], cats=["care"], about=[ID["daan"]],
    note="ADHD and care plan of a named pupil, to a colleague")

add("fotoshoot-tibo-apart", S("ndo"), [par("tibo")], "Fotodag jaarboek - Tibo", D(4, 11, 19, 45),
    text=T("""
Beste mevrouw Van Bael,

Bedankt voor uw telefoontje. We hebben met de fotograaf afgesproken dat Tibo, gezien zijn ASS, als
eerste en apart gefotografeerd wordt in het rustige lokaal D0.14, zonder de drukte van de klasgroep.
Zijn zorgleerkracht gaat mee. Voor de klasfoto wordt hij er achteraf bij gemonteerd.

Met vriendelijke groeten,
Nathalie Dockx
coördinator jaarboek
"""), rules=["sensitive"], cats=["care"], about=[ID["tibo"]],
    note="autism accommodation for a named pupil, correctly sent to his mother (address does not spell his surname)")

add("jaarboektekst-elise", S("sme"), [par("hanne")], "Jaarboektekst Elise", D(3, 19, 16, 0),
    text=T("""
Beste meneer Janssens,

Elise Janssens (5A) schrijft mee aan de jaarboekteksten. Zoals in haar dyslexie-attest en de
redelijke aanpassingen afgesproken, krijgt ze een week extra tijd en mag ze met voorleessoftware
(Kurzweil) werken. Spelfouten verbeteren we samen in de eindredactie.

Vriendelijke groeten,
Saar Mertens
"""), rules=["sensitive", "recipient"], cats=["care"], about=[ID["elise"]], mis=True,
    note="two Janssens families: Elise's dyslexia adjustments sent to the father of Hanne Janssens (3D)")

add("re-jaarboek-elise-dyslexie", S("sme"), [par("elise")], "RE: jaarboek", D(3, 20, 8, 5),
    text=T("""
Beste meneer Janssens,

Fijn dat Elise wil meeschrijven! Zoals in haar dyslexie-attest staat, krijgt ze een week extra tijd
en mag ze met Kurzweil werken. Spelfouten verbeteren we samen in de eindredactie, daar hoeft ze zich
geen zorgen over te maken.

Vriendelijke groeten,
Saar Mertens
""") + gmail_q(f"Wim Janssens <{par('elise')}>", D(3, 18, 21, 15),
               "Dag mevrouw Mertens,\nElise wil graag meeschrijven aan het jaarboek, maar twijfelt door haar "
               "dyslexie. Kan daar rekening mee gehouden worden?\nGroeten,\nWim Janssens"),
    rules=["sensitive"], cats=["care"], about=[ID["elise"]], fmt=["plain", "reply"],
    note="dyslexia adjustments, correctly sent to Elise's father")

add("kandidatuur-kato-leerlingenraad", S("tcl"), [S("kle")], "kandidatuur leerlingenraad", D(2, 14, 13, 30),
    text=T("""
Koen,

Kato Wijns (4B) wil zich kandidaat stellen voor de leerlingenraad. Ik weet dat ze door het CLB
opgevolgd wordt en een gemotiveerd verslag heeft; zie jij een probleem met de verkiezingscampagne
(affiches, speech in de aula)? Ik wil haar niet afremmen, maar ook niet overvragen.

Tom
"""), rules=["sensitive"], cats=["care"], about=[ID["kato"]],
    note="CLB follow-up and special-needs report mentioned for a named pupil")

add("interview-mila-stotteren", S("ldw"), [par("mila")], "Interview voor de nieuwsbrief", D(4, 3, 11, 40),
    text=T("""
Beste mevrouw Claeys,

Mila vertelde in de klas zo mooi over hoe ze met haar stotteren omgaat dat we haar graag willen
interviewen voor de nieuwsbrief van mei. Ze wil zelf ook vermelden dat ze al twee jaar logopedie
volgt. Gaat u daarmee akkoord? Zo niet, dan laten we dat deel weg of schrappen we het interview.

Met vriendelijke groeten,
Liesbeth De Wachter
"""), rules=["sensitive"], cats=["care"], about=[ID["mila"]],
    note="speech therapy of a named pupil, consent question to her mother")

add("afbetalingsplan-jasper", S("hvb"), [par("jasper")], "Afbetalingsplan schoolrekening Jasper",
    D(3, 1, 10, 30),
    text=T(f"""
Beste mevrouw, beste meneer Lambrechts,

Zoals telefonisch besproken bevestigen we het afbetalingsplan voor de openstaande schoolrekeningen van
Jasper (2A): het saldo van € 340 betaalt u in vier maandelijkse schijven van € 85, telkens vóór de 5de
van de maand, op rekening {IBAN_SCHOOL} met vermelding van 'Jasper Lambrechts - afbetaling'.

De driedaagse in Hotton mag Jasper gewoon meedoen.

Met vriendelijke groeten,
Hilde Vandenbroucke
boekhouding
"""), rules=["sensitive", "personal_data"], cats=["financial"], about=[ID["jasper"]],
    note="payment plan for unpaid bills of a named pupil; school IBAN")

add("solidariteitsfonds-aanvraag-hotton", OUDERRAAD, BOARD, "Aanvraag solidariteitsfonds", D(3, 4, 21, 15),
    text=T("""
Beste bestuursleden,

We kregen via de school een aanvraag voor het solidariteitsfonds: de familie van Amir Haddad (2A) kan
de driedaagse in Hotton (€ 250) niet betalen. Mama leeft van een leefloon en het OCMW Leuven bevestigt
dat ze in begeleiding is. Voorstel: het fonds betaalt € 155, de school de rest.

Graag jullie akkoord per kerende, dan kan ik maandag storten.

Marc
penningmeester
"""), env_from="ouderraad@spc.ksleuven.be", rules=["sensitive", "bcc"], cats=["financial"], about=[ID["amir"]],
    note="named family on social assistance sent to six board members visible in To")

add("bijdrage-hotton-amir", S("hvb"), [par("yara")], "Bijdrage driedaagse Hotton",
    D(3, 7, 14, 50),
    text=T("""
Beste mevrouw Haddad,

Goed nieuws: de oudervereniging betaalt € 155 van de driedaagse van Amir uit het solidariteitsfonds.
Het resterende bedrag van € 95 mag u in drie schijven betalen; de eerste schijf staat op de rekening
van april. Uw aanvraag via het OCMW is daarmee afgehandeld.

Met vriendelijke groeten,
Hilde Vandenbroucke""") + sig("hvb", mob=True),
    rules=["sensitive", "personal_data", "recipient"], cats=["financial"], about=[ID["amir"]], mis=True,
    note="two Haddad families: Amir's solidarity-fund support sent to the parents of Yara Haddad (4C)")

_unpaid = [[pname("zoe_vp", False), "€ 120,00", "2 herinneringen"], [pname("ayoub", False), "€ 240,00", "schooltoelage aangevraagd"],
           [pname("lotte", False), "€ 65,00", "1 herinnering"]]
add("openstaande-rekeningen-3b", S("hvb"), [S("gvd")], "Openstaande rekeningen 3B", D(3, 14, 9, 5),
    text="Dag Griet,\n\nVoor het oudercontact: dit zijn de leerlingen van 3B met een openstaand saldo.\n\n" +
         text_table(["Leerling", "Saldo", "Status"], _unpaid) +
         "\n\nWil je het discreet aankaarten als de ouders erover beginnen? Niet aan de kinderen zelf zeggen.\n\nHilde\n",
    html=outlook_html(P("Dag Griet,", "", "Voor het oudercontact: dit zijn de leerlingen van 3B met een openstaand "
                        "saldo.", "") + table(["Leerling", "Saldo", "Status"], _unpaid)
                      + P("", "Wil je het discreet aankaarten als de ouders erover beginnen? Niet aan de kinderen "
                          "zelf zeggen.", "", "Hilde")),
    rules=["sensitive"], cats=["financial"], about=[ID["zoe_vp"], ID["ayoub"], ID["lotte"]],
    fmt=["alt", "table"], mailer="outlook", note="table of unpaid bills per named pupil, to the class teacher")

add("allocation-etudes-ayoub", SECR, [par("ayoub")], "Allocation d'études pour Ayoub", D(2, 27, 11, 20),
    text=T("""
Monsieur Ouali,

Nous avons bien reçu le formulaire pour l'allocation d'études (schooltoelage) de la Communauté
flamande pour Ayoub (3B). L'école a complété et envoyé sa partie. Comme la demande est en cours, nous
suspendons les rappels pour la facture scolaire impayée de 240 euros jusqu'à la décision.

N'hésitez pas à passer au secrétariat si vous avez des questions.

Cordialement,
Annelies Vranckx
secrétariat des élèves
"""), rules=["sensitive"], cats=["financial"], about=[ID["ayoub"]], lang="fr",
    note="French: school allowance and unpaid invoice of a named pupil, to his father")

add("lidgeld-kwijtschelding-demir", OUDERRAAD, [par("elif")], "Lidgeld en jaarboek", D(3, 18, 20, 40),
    text=T("""
Beste mevrouw Demir,

Het bestuur van de oudervereniging heeft beslist om uw lidgeld en de bijdrage voor het jaarboek van
Elif kwijt te schelden. We begrijpen dat het na de scheiding en met de schuldbemiddeling financieel
krap is. U hoeft hier niets meer voor te doen; de school is op de hoogte.

Met vriendelijke groeten,
Marc Verstraeten
penningmeester oudervereniging
"""), env_from="ouderraad@spc.ksleuven.be", rules=["sensitive"], cats=["family", "financial"],
    about=[ID["elif"]], note="divorce and debt mediation of a pupil's family, from the association mailbox")

add("vaderdag-post-nathan", S("kle"), [S("ldw"), S("sme")], "Vaderdagpost - opgelet", D(3, 6, 15, 15),
    text=T(f"""
Dag Liesbeth en Saar,

Ik zag dat er een vaderdagactie op Instagram gepland staat (foto's van leerlingen met hun papa). Let
op met {pname('nathan')}: zijn vader zit sinds de herfst in de gevangenis en het gezin rondt de maand
niet af (de school betaalt zijn middagmalen). Hij was vorig jaar erg aangedaan door zo'n actie. Kan het
anders, bv. 'een held in je leven'?

Koen
"""), rules=["sensitive"], cats=["family", "financial"], about=[ID["nathan"]],
    note="parent in prison and family money trouble mentioned in passing")

add("geen-fotos-laura-moens", S("kle"), [S("dmi"), S("ldw")], "DRINGEND: geen beeld van Laura Moens",
    D(2, 20, 8, 20),
    text=T(f"""
Dries, Liesbeth,

Absoluut geen foto's, namen of video's van {pname('laura')} online, ook niet op de achtergrond. Er loopt
een procedure na partnergeweld thuis; moeder en Laura wonen sinds kort op een geheim adres en de vader
mag niet te weten komen waar ze school loopt.

Kunnen jullie de posts van de voorbije maand nakijken? Bel me als er iets is.

Koen
"""), rules=["sensitive"], cats=["family"], about=[ID["laura"]],
    note="violence at home, secret address: no images online")

add("schrijfwedstrijd-lien", S("sme"), [S("kle")], "tekst schrijfwedstrijd", D(3, 21, 16, 45),
    text=T("""
Koen,

Lien Goris (5C) heeft voor de schrijfwedstrijd een heel sterke tekst ingediend, maar hij gaat over haar
eigen zelfverwonding (heel expliciet). Ze zegt dat ze bij een psycholoog loopt en dat die het een goed
idee vindt om erover te schrijven. Ik publiceer niets in de nieuwsbrief zonder jouw akkoord. Kunnen we
donderdag even praten?

Saar
"""), rules=["sensitive"], cats=["psychosocial", "care"], about=[ID["lien"]],
    note="self-harm and therapy of a named pupil")

add("re-tiktok-oscar", S("sme"), [par("oscar")], "RE: TikTok-video", D(3, 19, 19, 30),
    text=T("""
Beste mevrouw Timmermans,

Natuurlijk, we knippen Oscar uit de TikTok-video van de opendeurdag en hij hoeft niet mee te doen
aan de volgende opname. Bedankt om het ons te laten weten.

Met vriendelijke groeten,
Saar Mertens
""") + gmail_q(f"Ann Timmermans <{par('oscar')}>", D(3, 19, 17, 12), T("""
Beste mevrouw Mertens,

Oscar heeft de laatste maanden paniekaanvallen en een angststoornis, hij is daarvoor in behandeling.
Gefilmd worden en dan online staan maakt het veel erger. Kan hij uit de video gehaald worden?

Groeten,
Ann Timmermans
""")),
    rules=["sensitive"], cats=["psychosocial"], about=[ID["oscar"]], fmt=["plain", "reply"],
    note="anxiety disorder of a named pupil in the quoted parent mail; correctly addressed")

add("leerlingenraad-lukas-geschorst", S("tcl"), [par("lukas")], "Leerlingenraad - Lukas", D(2, 26, 17, 10),
    text=T("""
Beste meneer Van Hoof,

Na het incident op de fuif van de leerlingenraad (de vechtpartij waarbij de politie ter plaatse
kwam) heeft de directie beslist dat Lukas tot de paasvakantie niet kan zetelen in de leerlingenraad.
Daarna bekijken we samen met hem hoe hij opnieuw kan aansluiten.

Met vriendelijke groeten,
Tom Claessens
begeleider leerlingenraad
"""), rules=["sensitive"], cats=["psychosocial"], about=[ID["lukas"]],
    note="behaviour incident with police and a sanction, to the pupil's father")

add("reacties-instagram-bilal-4b", S("kle"), [par("bilal_az")], "Reacties op Instagram",
    D(3, 28, 15, 30),
    text=T("""
Beste ouders,

Uw zoon Bilal Amrani (4B) plaatste de voorbije week meerdere beledigende reacties onder foto's van een
klasgenote op de Instagram van de school. Volgens ons pestactieplan krijgt hij een herstelgesprek en
twee middagen strafstudie. Ik had u graag volgende week gesproken, kunt u mij een moment doorgeven?

Met vriendelijke groeten,
Koen Lemmens""") + sig("kle", mob=True),
    rules=["sensitive", "personal_data", "recipient"], cats=["psychosocial"], about=[ID["bilal_am"]], mis=True,
    note="two Bilals in 4B: Bilal Amrani's bullying sanction sent to the parent of Bilal Azzouzi; mobile in signature")

add("reacties-instagram-bilal", S("kle"), [par("bilal_am")], "Reacties op Instagram", D(3, 28, 15, 48),
    text=T("""
Beste ouders,

Excuses, mijn vorige bericht ging naar een verkeerd adres.

Bilal plaatste de voorbije week meerdere beledigende reacties onder foto's van een klasgenote op de
Instagram van de school. Volgens ons pestactieplan krijgt hij een herstelgesprek en twee middagen
strafstudie. Ik had u graag volgende week gesproken, kunt u mij een moment doorgeven?

Met vriendelijke groeten,
Koen Lemmens""") + sig("kle", mob=True),
    rules=["sensitive", "personal_data"], cats=["psychosocial"], about=[ID["bilal_am"]],
    note="bullying perpetrator and sanction, now to the right parents; mobile number in signature")

add("verkiezingen-margaux-trekt-zich-terug", S("tcl"), [S("kle")], "Margaux", D(2, 12, 12, 15),
    text=T("""
Koen,

Margaux Lefèvre (6C) trekt zich terug uit de verkiezingen. Haar mama belde: ze is sinds vrijdag
opgenomen op de jeugdpsychiatrie van AZ Dijlevallei voor een zware depressie. Ik haal haar affiches
weg en zeg aan de andere kandidaten enkel dat ze zich terugtrekt. Weet jij of er iets met de klas moet
gebeuren?

Tom
"""), rules=["sensitive"], cats=["psychosocial", "medical"], about=[ID["margaux"]],
    note="depression and psychiatric admission of a named pupil")

add("insuline-tuur-opendeurdag", SECR, [par("tuur")], "Tuur helpt op de opendeurdag", D(3, 14, 10, 50),
    text=T("""
Beste meneer Smeets,

Fijn dat Tuur zaterdag komt helpen als gids. Zijn insuline en glucosemeter mogen de hele dag in de
koelkast van het secretariaat; Marleen aan het onthaal weet ervan. Tussen 12u en 12u30 is er een
vaste pauze voor hem ingepland, dan kan hij meten en eten.

Met vriendelijke groeten,
Annelies Vranckx""") + sig("avr", tel=True),
    html=outlook_html(P("Beste meneer Smeets,", "", "Fijn dat Tuur zaterdag komt helpen als gids. Zijn insuline en "
                        "glucosemeter mogen de hele dag in de koelkast van het secretariaat; Marleen aan het onthaal "
                        "weet ervan. Tussen 12u en 12u30 is er een vaste pauze voor hem ingepland, dan kan hij meten "
                        "en eten.", "", "Met vriendelijke groeten,", "Annelies Vranckx") + sig_html("avr", tel=True)),
    rules=["sensitive", "personal_data"], cats=["medical"], about=[ID["tuur"]], fmt=["alt"], mailer="outlook",
    note="diabetes treatment of a named pupil; school phone in signature")

add("nieuwsbrief-april-concept", S("ldw"), [S("phe")], "Concept nieuwsbrief april", D(4, 10, 17, 20),
    text=T("""
Dag Pieter,

Hieronder het concept van de nieuwsbrief. Graag je akkoord tegen vrijdag.

1. Terugblik opendeurdag - 1.240 bezoekers, dank aan alle gidsen
2. Driedaagse Hotton (2de jaar) - fotoreeks
   (intern: op de groepsfoto staat Amir Haddad vooraan; zijn deelname werd betaald uit het
   solidariteitsfonds, dus geen namen in het bijschrift, hij wil niet opvallen)
3. Leerlingenraad: nieuwe voorzitter Yasmine El Amrani
4. Oproep oudervereniging: helpers eetfestijn

Liesbeth
"""), rules=["sensitive"], cats=["financial"], about=[ID["amir"], ID["yasmine"]],
    note="newsletter draft with a bracketed remark that a named pupil's trip was paid by the solidarity fund")

add("fw-aandachtspunten-jaarboek", S("ndo"), ["Nathalie Dockx <nathalie.dockx@hotmail.com>"],
    "FW: aandachtspunten jaarboek", D(4, 12, 21, 5),
    text="om thuis verder te werken\n" + fwd(S("kle"), D(4, 12, 15, 30), S("ndo"), "aandachtspunten jaarboek", T(f"""
Nathalie,

Voor de fotodag en de lay-out van het jaarboek:
- {pname('tibo')}: ASS, apart fotograferen in D0.14 (zie je afspraak met mama)
- {pname('shana')}: zwanger, niet op de klasfoto, enkel portret; niets vermelden
- Lore Jacobs (3C): geen spotprent dit jaar (overlijden papa in januari)

Koen
"""), style="outlook"),
    rules=["sensitive", "private_account"], cats=["care", "medical", "family"],
    about=[ID["tibo"], ID["shana"], ID["lore"]], fmt=["plain", "forward"], mailer="outlook",
    note="staff member forwards care and medical notes about pupils to her own Hotmail")

add("screenshots-klasgroep-2a", S("sme"), [S("kle")], "screenshots klasgroep 2A", D(4, 4, 13, 5),
    text=T("""
Koen,

In bijlage de screenshots die Imane Bakkali (2A) me vanmiddag liet zien: in de WhatsApp-klasgroep
wordt ze al twee weken uitgelachen om haar hoofddoek, met memes gemaakt van de klasfoto op onze
website. Ze vraagt of die foto weg kan (heb ik al gedaan) en ze durft morgen niet naar school.

Saar
"""),
    att=[("screenshot_klasgroep_1.png", png(60, 40, 71), "image/png"),
         ("screenshot_klasgroep_2.png", png(60, 40, 72), "image/png")],
    rules=["sensitive"], cats=["psychosocial"], about=[ID["imane"]], fmt=["mixed", "attachment-png"],
    note="bullying victim named in the body, screenshots attached")

add("camerabeelden-graffiti-politie", S("ldw"), ["Inspecteur Jeroen Baert <jeroen.baert@pz-dijleland.be>"],
    "Camerabeelden graffiti gevel Naamsestraat", D(4, 2, 10, 25),
    text=T(f"""
Geachte inspecteur,

In navolging van onze aangifte van vrijdag: op de beelden van de bewakingscamera zijn twee van onze
leerlingen herkenbaar, {pname('jarne')} en {pname('stan')}. Zij hebben intussen bij de directie
toegegeven dat zij de gevel besproeid hebben. De school legt hen een herstelsanctie op; hun ouders zijn
op de hoogte. De beelden kunt u ophalen bij onze ICT-coördinator.

Met vriendelijke groeten,
Liesbeth De Wachter""") + sig("ldw", tel=True),
    rules=["sensitive", "personal_data"], cats=["psychosocial"], about=[ID["jarne"], ID["stan"]],
    note="named pupils in a police matter with a sanction; school phone in signature")

add("gidsen-opendeur-aandachtspunten", S("kle"), [S("ldw")], "gidsen opendeur - aandachtspunten",
    D(3, 12, 13, 40),
    text=T("""
Liesbeth,

In bijlage de leerlingengidsen met de aandachtspunten van de zorg, zodat je de groepjes kan maken.
Niet uitprinten voor de infostand aub.

Koen
"""),
    att=[("overzicht_opendeur_gidsen.csv",
          csv_bytes([["Naam", "Klas", "Opmerking zorg"],
                     [pname("daan", False), "3A", "ADHD - korte rondleidingen, vaste partner"],
                     [pname("tibo", False), "3D", "ASS - rustige post (infostand), geen rondleiding"],
                     [pname("emma", False), "5C", "astma - puffer bij zich"],
                     [pname("seppe", False), "6B", ""],
                     [pname("lotte", False), "3B", "dyslexie - geen voorleestaak"],
                     [pname("emre", False), "3A", ""]]), "text/csv")],
    rules=["sensitive"], cats=["care", "medical"],
    about=[ID["daan"], ID["tibo"], ID["emma"], ID["seppe"], ID["lotte"], ID["emre"]],
    fmt=["mixed", "attachment-csv"], note="care and medical remarks per named pupil in a CSV attachment")

add("exchange-ilias-needs", S("ldw"), ["James Whitfield <j.whitfield@hawthornacademy.org.uk>"],
    "Exchange: host family for Ilias", D(4, 18, 11, 10),
    text=T("""
Dear James,

Thank you for matching Ilias Benali (5A) with the Morgan family. A few things the host family should
know: Ilias is lactose intolerant, and he has ADHD for which he takes Rilatin at lunchtime (he
manages this himself, but a reminder helps). His parents would appreciate a quiet place to do
homework.

Best wishes,
Liesbeth
"""), rules=["sensitive"], cats=["medical", "care"], about=[ID["ilias"]], lang="en",
    note="English: food intolerance, ADHD and medication of a named pupil sent to the partner school")

# ============================================================================= 5. personal, not sensitive (25)

add("identiteitskaart-jonas", SECR, [par("emma")], "Identiteitskaart Jonas teruggevonden",
    D(3, 21, 16, 10),
    text=T("""
Beste ouders van Jonas,

Jonas Peeters (3A) liet na de uitstap naar het Parlementarium zijn identiteitskaart achter in de bus.
De chauffeur bracht ze binnen; Jonas kan ze morgen ophalen op het leerlingensecretariaat.

Met vriendelijke groeten,
Annelies Vranckx
"""), rules=["recipient"], about=[ID["jonas"]], mis=True,
    note="two Peeters families: a lost ID card of Jonas Peeters (3A) reported to the parents of Emma Peeters (5C)")

add("cover-nieuwsbrief-emma", S("ldw"), [par("emma")], "Emma op de cover van de nieuwsbrief", D(4, 26, 10, 0),
    text=T("""
Beste ouders,

Wat een mooie foto van Emma bij de finish van de triatlon op de sportdag! We zouden hem graag gebruiken
als cover van de nieuwsbrief van mei. De toestemming voor foto's staat in orde; mogen we er ook haar
voornaam en klas (5C) bij zetten?

Met vriendelijke groeten,
Liesbeth De Wachter
"""), rules=[], about=[ID["emma"]], note="cover-photo request for a named pupil, nothing sensitive, correct parents")

add("affichewedstrijd-arthur", S("ldw"), [par("arthur_gv")], "Proficiat aan Arthur!",
    D(3, 22, 12, 0),
    text=T("""
Beste ouders van Arthur,

Arthur Goossens (2C) heeft met zijn ontwerp de affichewedstrijd voor het lentefeest gewonnen! De
affiche wordt gedrukt op 200 exemplaren en hangt vanaf volgende week in heel Leuven. Hij krijgt zijn
prijs (een bon van de stripwinkel) op de proclamatie.

Proficiat!
Liesbeth De Wachter
"""), rules=["recipient"], about=[ID["arthur_gs"]], mis=True,
    note="two Arthurs in 2C: good news for Arthur Goossens sent to the father of Arthur Goovaerts")

add("jaarboekcover-arthur-goovaerts", S("ndo"), [par("arthur_gv")], "Tekening voor het jaarboek",
    D(4, 15, 16, 30),
    text=T("""
Beste meneer Goovaerts,

Arthur Goovaerts (2C) heeft een tekening ingediend voor de binnenkant van de jaarboekcover en ze is
gekozen! Hij mag ze volgende woensdag tijdens de middag komen toelichten aan de jaarboekredactie.

Met vriendelijke groeten,
Nathalie Dockx
"""), rules=[], about=[ID["arthur_gv"]], note="correctly addressed good news, not sensitive")

add("presentation-ines-local", S("ldw"), [par("louis")], "RE: Journée portes ouvertes", D(3, 15, 12, 20),
    text=T("""
Chère Madame Dubois,

La présentation d'Inès (4A) sur l'échange avec Lille aura lieu samedi dans le local B1.04 au lieu de
l'aula, à 11h et à 14h. Elle peut venir installer son matériel à 10h30.

Bien à vous,
Liesbeth De Wachter
""") + gmail_q(f"Famille Lambert <{par('louis')}>", D(3, 14, 21, 40),
               "Bonsoir Madame,\nLe bus de samedi repart-il aussi à 16h ? Merci d'avance.\nSophie Lambert", lang="fr"),
    rules=["recipient"], about=[ID["ines"]], mis=True, lang="fr", fmt=["plain", "reply"],
    note="French reply in the wrong thread: room change for Inès Dubois sent to the Lambert family")

add("photo-ines-instagram", S("ldw"), [par("ines")], "Présentation d'Inès", D(3, 18, 9, 40),
    text=T("""
Cher Monsieur Dubois,

Inès a fait une très belle présentation samedi, beaucoup de visiteurs se sont arrêtés à son stand.
Nous aimerions mettre une photo d'elle sur Instagram ; elle est d'accord et votre autorisation dans
Smartschool est en ordre. Nous la publierons mercredi.

Bien à vous,
Liesbeth De Wachter
"""), rules=[], about=[ID["ines"]], lang="fr", note="French, correctly addressed, not sensitive")

add("betaling-jaarboek-lena-ontvangen", BOEKH, [par("lena_vos")], "Betaling jaarboek ontvangen", D(3, 8, 11, 15),
    text=T(f"""
Beste mevrouw Vos,

We ontvingen op 6 maart uw betaling van € 15 voor het jaarboek van Lena (1A), van rekening
{IBAN_PARENT_VOS}. Het jaarboek wordt in juni in de klas uitgedeeld.

Met vriendelijke groeten,
Hilde Vandenbroucke
boekhouding
"""), env_from="boekhouding@spc.ksleuven.be", rules=["personal_data"], about=[ID["lena_vos"]],
    note="payment received (not a debt); the payer's IBAN is personal data")

add("infostand-lena-voets", S("tcl"), [par("lena_voets")], "Lena helpt aan de infostand", D(3, 11, 17, 0),
    text=T("""
Beste mevrouw Voets,

Lena Voets (1B) heeft zich ingeschreven om zaterdag te helpen aan de infostand van de leerlingenraad,
van 10u tot 12u. Ze mag haar rode T-shirt vrijdag ophalen bij mij in lokaal A2.05. Broodjes en drank
zijn voorzien.

Vriendelijke groeten,
Tom Claessens
"""), rules=[], about=[ID["lena_voets"]], note="practical details for a named pupil, correct parent")

add("jas-noor-verloren-voorwerpen", S("mcu"), [par("noor_vh")], "jas Noor", D(3, 19, 12, 45),
    text=T("""
Dag mevrouw Verhaegen,

Er hangt een blauwe winterjas met de naam van Noor (1D) in de verloren voorwerpen aan het onthaal. Ze
mag hem komen halen tijdens de speeltijd.

Groetjes,
Marleen (onthaal)
"""), rules=[], about=[ID["noor_vh"]], note="lost jacket, correctly addressed")

add("fotos-lucas-facebook", S("ldw"), [par("lucas")], "Foto's van Lucas", D(3, 18, 16, 10),
    text=T("""
Beste mevrouw Dhondt,

Lucas (4A) heeft voor de fotoclub prachtige beelden gemaakt van de opbouw van de opendeurdag. We
zouden er graag een reeks van op Facebook zetten, met vermelding 'foto's: Lucas Wouters, 4A'. Mogen we
zijn naam vermelden?

Met vriendelijke groeten,
Liesbeth De Wachter
"""), rules=[], about=[ID["lucas"]],
    note="correct: the mother is parent of both Lucas Wouters and his half-brother Mats Claes")

add("essay-yara-nieuwsbrief", S("sme"), [par("yara")], "Essay van Yara", D(4, 5, 14, 20),
    text=T("""
Beste ouders,

Yara (4C) won met haar essay over klimaatrechtvaardigheid de eerste prijs in de schrijfwedstrijd van
de tweede graad. We publiceren het graag in de nieuwsbrief van mei, met haar naam en foto. Laat u mij
weten of dat goed is?

Hartelijke groeten,
Saar Mertens
"""), rules=[], about=[ID["yara"]], note="pupil who did well, correctly addressed")

add("videowedstrijd-bilal-azzouzi", S("dmi"), [par("bilal_az")], "Bilal wint de videowedstrijd",
    D(3, 18, 18, 0),
    text=T("""
Beste meneer Azzouzi,

Bilal Azzouzi (4B) heeft met zijn korte film over de Naamsestraat de videowedstrijd van de fotoclub
gewonnen. De film werd zaterdag op de opendeurdag getoond en iedereen was onder de indruk. Proficiat!

Dries Michiels
"""), rules=[], about=[ID["bilal_az"]], note="good news, correct Bilal's parent")

add("nabestelling-klasfoto-hanne", SECR, [par("hanne", 2)], "Nabestelling klasfoto", D(4, 30, 10, 20),
    text=T("""
Beste mevrouw Verbeke,

We hebben uw nabestelling van de klasfoto van Hanne (3D) goed ontvangen (2 afdrukken 13x18). Ze
worden in week 20 via de klastitularis meegegeven.

Met vriendelijke groeten,
Annelies Vranckx
"""), rules=[], about=[ID["hanne"]], note="order confirmation to a mother whose address does not spell the pupil's surname")

add("fototoestel-wout", S("dmi"), [par("wout")], "fototoestel Wout", D(2, 23, 15, 0),
    text=T("""
Dag mevrouw Bogaert,

Wout mag het fototoestel van de fotoclub het hele weekend lenen voor zijn project over de Dijle. Hij
haalt het vrijdag na de les op in D0.12 en brengt het maandag terug.

Groeten,
Dries Michiels
"""), rules=[], about=[ID["wout"]], note="practical loan arrangement, correct parent")

add("sac-de-sport-louis", S("kdw"), [par("louis")], "Sac de sport de Louis", D(3, 26, 16, 15),
    text=T("""
Bonjour Madame Lambert,

Louis (4A) a oublié son sac de sport dans le vestiaire de la salle de gym. Il peut le récupérer demain
chez moi avant le premier cours.

Cordialement,
Karel Dewit
professeur d'éducation physique
"""), rules=[], about=[ID["louis"]], lang="fr", note="French, lost sports bag, correct parent")

add("tekening-zoe-vandeput-jaarboek", S("ndo"), [par("zoe_vp")], "Tekening Zoë in het jaarboek", D(4, 8, 13, 35),
    text=T("""
Beste mevrouw Vandeput,

De tekening die Zoë Vandeput (3B) maakte in de les beeld, is geselecteerd voor een volle pagina in het
jaarboek. Ze mag het origineel na de scan terug ophalen bij meneer Michiels.

Met vriendelijke groeten,
Nathalie Dockx
"""), rules=[], about=[ID["zoe_vp"]], note="correct Zoë this time, nothing sensitive")

add("verkozen-voorzitter-yasmine", S("tcl"), [pmail("yasmine")], "Proficiat!", D(2, 16, 16, 5),
    text=T("""
Yasmine!

Je bent verkozen als voorzitter van de leerlingenraad met 62% van de stemmen. Proficiat, en dank aan
je campagneteam. Maandag om 12u40 eerste vergadering in A2.05, breng je agenda mee.

Tom
"""), rules=[], about=[ID["yasmine"]], note="election result to the pupil herself")

add("lokaal-herhalingstoets-kobe", SECR, [par("kobe")], "Lokaalwijziging herhalingstoets", D(3, 13, 11, 5),
    text=T("""
Beste mevrouw De Vos,

De herhalingstoets wiskunde van Kobe (4D) op vrijdag 15 maart gaat door in lokaal C2.03 in plaats van de
aula, die al klaargezet wordt voor de opendeurdag. Het uur blijft hetzelfde (10u25).

Met vriendelijke groeten,
Annelies Vranckx
"""), rules=[], about=[ID["kobe"]], note="room change for one pupil")

add("identiteitskaart-julie-verloopt", SECR, [par("julie")], "Identiteitskaart Julie verloopt vóór de reis",
    D(3, 4, 9, 35),
    text=T("""
Beste meneer Van Acker,

Bij de controle van de reisdocumenten zagen we dat de identiteitskaart van Julie (5A) op 10 april
verloopt, vóór de Parijsreis. Gelieve tijdig een nieuwe aan te vragen bij de stad en ons een kopie te
bezorgen.

Met vriendelijke groeten,
Annelies Vranckx
"""), rules=[], about=[ID["julie"]], note="expiring ID card before a trip, not sensitive")

add("citaat-jaarboek-seppe", S("ndo"), [pmail("seppe")], "je citaat", D(3, 29, 11, 50),
    text=T("""
Hoi Seppe,

Je citaat voor het jaarboek is te lang (max. 120 tekens, het jouwe heeft er 214). Kan je het inkorten
tegen vrijdag? En de 'inside joke' over meneer Peeters laten we weg ;-)

Mevr. Dockx
"""), rules=[], about=[ID["seppe"]], note="yearbook quote to the pupil himself")

add("geen-toestemming-fotos-ella", S("ldw"), [par("ella")], "Toestemming foto's Ella", D(2, 22, 10, 30),
    text=T("""
Beste mevrouw Stevens,

We hebben genoteerd dat u geen toestemming meer geeft voor foto's van Ella (1B) op de website en
sociale media. We hebben dat in Smartschool aangepast en de twee bestaande posts waarop ze herkenbaar
is, verwijderd. De klasfoto voor het jaarboek blijft wel mogelijk.

Met vriendelijke groeten,
Liesbeth De Wachter
"""), rules=[], about=[ID["ella"]], note="photo consent withdrawn without any reason given: not sensitive")

add("camera-milan", S("dmi"), [par("milan")], "camera Milan", D(4, 23, 15, 40),
    text=T("""
Milan vergat zijn camera in D0.12, ligt veilig bij mij. Morgen na de les kan hij hem ophalen.
Dries Michiels

Verzonden vanaf mijn iPhone
"""), rules=[], about=[ID["milan"]], fmt=["plain", "phone"], mailer="iphone", note="short phone mail, forgotten camera")

add("affiche-lentefeest-kato", S("ldw"), [par("kato", 2)], "Affiche lentefeest", D(2, 28, 13, 15),
    text=T("""
Beste mevrouw Peeters,

De tekening van Kato (4B) werd gekozen voor de affiche van ons lentefeest. We vermelden graag 'ontwerp:
Kato Wijns' onderaan. Is dat goed voor jullie?

Met vriendelijke groeten,
Liesbeth De Wachter
"""), rules=[], about=[ID["kato"]],
    note="correct: Kato Wijns's mother uses an address with another surname (Peeters)")

add("exchange-noah-travel", S("ldw"), ["James Whitfield <j.whitfield@hawthornacademy.org.uk>"],
    "Exchange: Noah's travel details", D(4, 18, 11, 25),
    text=T("""
Dear James,

Noah Pauwels (5B) will travel with the group on the Eurostar of 8:16 from Brussels-South, arriving at
St Pancras at 9:30 local time. His host family is the Patel family; he is looking forward to it and
asked whether he can bring his football boots for the school match on Wednesday.

Best wishes,
Liesbeth
"""), rules=[], about=[ID["noah"]], lang="en", note="English, a trip's practical details for one pupil")

add("presentatie-lotte-proficiat", S("gvd"), [par("lotte")], "Proficiat aan Lotte", D(3, 18, 17, 20),
    text=T("""
Beste meneer Wuyts,

Ik wou even laten weten dat Lotte zaterdag op de opendeurdag een prachtige presentatie gaf over ons
klasproject. Verschillende ouders kwamen me achteraf zeggen hoe duidelijk ze alles uitlegde. U mag
trots zijn!

Vriendelijke groeten,
Griet Van Damme""") + sig("gvd", tel=True),
    rules=["personal_data"], about=[ID["lotte"]],
    note="praise for a pupil, correct parent; school phone in signature")

# ============================================================================= 6. other ordinary mail

add("klasfotos-3b-klaar", S("ldw"), ["ouders3b@spc.ksleuven.be"], "Klasfoto's 3B", D(4, 30, 17, 45),
    text=T("""
Beste ouders van 3B,

De klasfoto's zijn klaar en kunnen tot 15 mei besteld worden via Smartschool > Fotodag. De individuele
portretten volgen volgende week.

Vriendelijke groeten,
Liesbeth De Wachter
"""), rules=["bcc"], fmt=["plain", "group-in-to"], note="parents' group address in To instead of BCC")

_press = ["Evelien Dierckx <evelien.dierckx@leuvensdagblad.be>", "Redactie Regio TV Leuven <redactie@regiotv-leuven.be>",
          "Nieuwsdienst Radio Dijleland <nieuws@radio-dijleland.be>", "Jan Vandamme <j.vandamme@brabantsnieuws.be>",
          "Persagentschap Leuven <leuven@persagentschap-vl.be>"]
add("persbericht-opendeurdag", S("ldw"), _press, "Persbericht: Sint-Pieterscollege opent de deuren op 16 maart",
    D(3, 11, 9, 0),
    text=T("""
Beste journalist

In bijlage ons persbericht over de opendeurdag van zaterdag 16 maart, met de nieuwe STEM-vleugel en het
leerlingenproject rond de Dijle. U bent van harte welkom vanaf 10u; beeldmateriaal van leerlingen kan
enkel in afspraak met ons.

Met vriendelijke groeten
Liesbeth De Wachter
woordvoerder""") + sig("ldw", mob=True),
    att=[("Persbericht_opendeurdag_2024.pdf",
          pdf(["PERSBERICHT - Sint-Pieterscollege Leuven opent de deuren", "",
               "Op zaterdag 16 maart 2024 van 10 tot 16 uur stelt Sint-Pieterscollege (Stroom)",
               "zijn nieuwe STEM-vleugel voor aan toekomstige leerlingen en hun ouders.",
               "Leerlingen van de derde graad tonen hun project rond de Dijle."], "Persbericht"),
          "application/pdf")],
    rules=["bcc", "personal_data"], fmt=["mixed", "attachment-pdf"],
    note="press release with five journalists visible in To; mobile number in signature")

add("enquete-communicatieplan-personeel", S("bli"), ["personeel@spc.ksleuven.be"],
    "Enquête communicatieplan - graag vóór 3 mei", D(4, 22, 12, 30),
    text=T("""
Beste collega's

We evalueren ons communicatieplan (nieuwsbrief, website, sociale media). Willen jullie de korte
enquête invullen? Het duurt vijf minuten: https://forms.office.com/r/spc-communicatie-2024

Dank!
Bart
"""), rules=["bcc"], fmt=["plain", "group-in-to"], note="all-staff list in To")

add("uploadtool-fotograaf", S("dmi"), ["Geert Vliegen <geert.vliegen@gmail.com>"], "Uploadprogramma foto's eetfestijn",
    D(3, 20, 20, 15),
    text=T("""
Dag Geert,

Bedankt om de foto's van het eetfestijn te maken. Om ze rechtstreeks op het platform van Lichtpunt te
zetten, installeer je best dit programmaatje (in bijlage), dan hoef je niet alles apart te uploaden.

Groeten,
Dries
"""),
    att=[("LichtpuntUploader_Setup.exe", exe_stub("LichtpuntUploader"), "application/x-msdownload")],
    rules=["attachment"], fmt=["mixed", "attachment-exe"], note="executable installer sent to a parent volunteer")

add("macro-herinneringen-lidgeld", OUDERRAAD, [S("hvb")], "werkbestand herinneringen lidgeld", D(3, 25, 21, 0),
    text=T("""
Dag Hilde,

Hier het werkbestand met de macro die de herinneringsbrieven voor het lidgeld aanmaakt. De ledenlijst
plak je zelf in blad 1, dan op de knop 'Maak brieven' klikken. Macro's moeten wel aanstaan.

Marc
"""),
    att=[("herinneringen_lidgeld_2024.xlsm",
          xlsx([["Gezin", "Adres", "Bedrag", "Brief"]], macro=True, sheet="Ledenlijst"),
          "application/vnd.ms-excel.sheet.macroEnabled.12")],
    env_from="ouderraad@spc.ksleuven.be", rules=["attachment"], fmt=["mixed", "attachment-xlsm"],
    note="macro-enabled workbook (.xlsm)")

add("backup-website-restore", S("jva"), [WEBDEV], "Backup before theme switch", D(3, 28, 17, 30),
    text=T("""
Hi Tiago,

Attached the backup package of the theme and the database structure. If the switch goes wrong, just
run restore.bat on the staging server, it puts everything back.

Joris
"""),
    att=[("website_backup_maart.zip",
          _zip([("website_backup/restore.bat", "@echo off\r\nrobocopy theme \\\\staging\\wp-content\\themes /MIR\r\n"
                 "mysql -u spc_web -p < db_structure.sql\r\necho Klaar.\r\n"),
                ("website_backup/db_structure.sql", "CREATE TABLE wp_posts (ID bigint, post_title text);\n"),
                ("website_backup/theme/style.css", "/* Theme Name: Stroom 2024 */\n")]), "application/zip")],
    rules=["attachment"], lang="en", fmt=["mixed", "attachment-zip"], note="zip archive containing a .bat script")

add("jaarboeksjabloon-docm", S("ndo"), [PRINTER], "Sjabloon jaarboek 2024", D(2, 27, 14, 10),
    text=T("""
Goedemiddag,

In bijlage ons sjabloon voor het jaarboek. De macro zet de klaspagina's automatisch in de juiste
volgorde; het zou fijn zijn als jullie dat ook zo kunnen gebruiken.

Met vriendelijke groeten,
Nathalie Dockx
"""),
    att=[("jaarboek_sjabloon_2024.docm", docx(["Jaarboek 2024 - sjabloon", "Klaspagina [KLAS]"], macro=True),
          "application/vnd.ms-word.document.macroEnabled.12")],
    rules=["attachment"], fmt=["mixed", "attachment-docm"], note="macro-enabled Word document (.docm)")

add("agenda-leerlingenraad", "Tom Claessens <tomclaessens@outlook.com>", [pmail("yasmine")],
    "agenda maandag", D(3, 3, 19, 40),
    text=T("""
Hoi Yasmine,

Voor maandag: 1) evaluatie verkiezingen, 2) fuif in mei, 3) voorstel nieuwe fietsenstalling, 4) stand
van de kas. Zet jij het op het bord in A2.05?

Tom
(via mijn privé-adres, de schoolmail wil niet op mijn nieuwe gsm)
"""), rules=["private_account"], note="staff member writes to a pupil about council business from a private mailbox")

add("fw-persvraag-filmpje", S("ldw"), ["Liesbeth De Wachter <liesbeth.dw@hotmail.com>"],
    "FW: Vraag over incident met filmpje", D(4, 17, 12, 5),
    text="thuis antwoorden\n" + fwd(JOURNALIST, D(4, 17, 11, 2), "communicatie@spc.ksleuven.be",
                                    "Vraag over incident met filmpje", T("""
Goedemorgen,

Via ouders vernamen we dat er op uw school een vernederend filmpje van een leerling rondgaat op
TikTok. Klopt dat, en welke maatregelen neemt de school? Ik schrijf een stuk voor morgen.

Met vriendelijke groet,
Evelien Dierckx
redactie Leuvens Dagblad
""")), rules=["private_account"], fmt=["plain", "forward"],
    note="school mail forwarded to the staff member's own Hotmail; no pupil identified")

add("fietsweekend-broer", "Joris Van Aken <jorisvanaken@icloud.com>", ["Pieter Van Aken <pieter.vanaken@gmail.com>"],
    "weekend Ardennen", D(4, 6, 9, 20),
    text=T("""
Hey Pieter,

Zaterdag 11 mei Ardennen met de fiets? Ik rij met de auto, jij brengt de fietsdrager mee. Route van
Houffalize, 95 km. Laat je iets weten?

Joris
"""), rules=[], mailer="mac", note="staff member's private mail about a private matter: fine")

add("presentatie-iso-avtech", S("dmi"), ["AV Tech Leuven <planning@avtech-leuven.be>"], "Presentatie aula zaterdag",
    D(3, 14, 11, 0),
    text=T("""
Goedemorgen,

In bijlage het schijfkopiebestand van onze presentatie voor het grote scherm in de aula (video +
slides). Kunnen jullie het vrijdag al op de mediaspeler zetten?

Dries Michiels
"""),
    att=[("opendeur_presentatie.iso", iso_stub("OPENDEUR2024"), "application/x-iso9660-image")],
    rules=["attachment"], fmt=["mixed", "attachment-iso"], note="disk image attached")

add("mailmerge-script-nieuwsbrief", S("jva"), [S("ldw")], "scriptje voor de nieuwsbrief", D(2, 23, 15, 40),
    text=T("""
Liesbeth,

Met dit scriptje kan je de adreslijst uit Smartschool omzetten naar het formaat van het
nieuwsbriefprogramma. Dubbelklikken en het csv-bestand selecteren.

Joris
"""),
    att=[("nieuwsbrief_mailmerge.vbs",
          b"' zet Smartschool-export om\r\nSet fso = CreateObject(\"Scripting.FileSystemObject\")\r\n"
          b"Set f = fso.OpenTextFile(WScript.Arguments(0))\r\nDo Until f.AtEndOfStream\r\n"
          b"  line = f.ReadLine\r\nLoop\r\n", "application/octet-stream")],
    rules=["attachment"], fmt=["mixed", "attachment-vbs"], note="VBScript attachment between colleagues")

add("selectie-fotos-opendeur", S("dmi"), [PHOTOG], "selectie opendeur", D(3, 17, 21, 30),
    text=T("""
Wim,

In bijlage mijn selectie van zaterdag (enkel leerlingen met toestemming). Kan je ze in de galerij
zetten bij de jouwe?

Dries
"""),
    att=[("selectie_opendeur.zip",
          _zip([(f"opendeur/DSC_{2310 + i}.jpg", jpg_stub(900 + i)) for i in range(5)]), "application/zip")],
    rules=[], fmt=["mixed", "attachment-zip"], note="zip with only photos: harmless archive")

add("planning-fotodag", "Nathalie Dockx <nathalie.dockx@hotmail.com>", [PHOTOG], "planning fotodag 23/4",
    D(4, 14, 20, 50),
    text=T("""
Dag Wim,

Hier de planning voor de fotodag (ik stuur vanuit mijn privémail, ik zit thuis):
8u30 opstelling in de turnzaal, 8u50 eerste graad, 10u40 tweede graad, 13u00 derde graad, 14u30
portretten zesdes. Kasten en stoelen staan klaar.

Tot dinsdag,
Nathalie
"""), rules=["private_account"], note="school business with an external partner from a private Hotmail")

add("demo-volleybal-opendeur", S("ldw"), ["VBC Kessel-Lo <secretariaat@vbc-kessello.be>"], "Demo op de opendeurdag",
    D(3, 4, 14, 40),
    text=T("""
Beste,

Leuk dat jullie op de opendeurdag een demo komen geven in de sporthal (13u-14u). Ik ben die dag jullie
aanspreekpunt; bel me gerust op 0479 23 41 88 als jullie aankomen, dan kom ik de poort openen.

Sportieve groeten,
Liesbeth De Wachter
"""), rules=["personal_data"], note="mobile phone number in the body")

_rome_late = ["yasmine", "seppe", "jarne", "stan", "wiktor"]
_bd = {"yasmine": "03/02/2006", "seppe": "21/11/2006", "jarne": "09/07/2006", "stan": "30/01/2007",
       "wiktor": "14/08/2006"}
_nat = {"yasmine": "Belg", "seppe": "Belg", "jarne": "Belg", "stan": "Belg", "wiktor": "Pool"}
add("laatkomers-romereis-reisbureau", SECR, ["Horizon Schoolreizen <groepen@horizonschoolreizen.be>"],
    "Rome 13-16/5: vijf bijkomende deelnemers", D(4, 2, 9, 15),
    text=T("""
Goedemorgen,

In bijlage de gegevens van de vijf leerlingen die zich nog inschreven voor de Romereis (dossier
HSR-24-118). Kunnen jullie ze nog op de vlucht zetten?

Met vriendelijke groeten,
Annelies Vranckx
leerlingensecretariaat
"""),
    att=[("laatkomers_rome.csv",
          csv_bytes([["Naam", "Voornaam", "Klas", "Geboortedatum", "Nationaliteit"]] +
                    [[PUPIL[k]["ln"], PUPIL[k]["fn"], PUPIL[k]["kl"], _bd[k], _nat[k]] for k in _rome_late]),
          "text/csv")],
    rules=["personal_data"], about=[ID[k] for k in _rome_late], fmt=["mixed", "attachment-csv"],
    note="participant list with dates of birth to a travel agency; nothing sensitive")

add("overlijden-oud-collega", DIRECTIE, ["directie@spc.ksleuven.be"], "Overlijden van Jos Verbist",
    D(4, 3, 7, 50), bcc=["personeel@spc.ksleuven.be"],
    text=T("""
Beste collega's

Met droefheid melden we dat Jos Verbist, jarenlang leraar geschiedenis en bezieler van de Romereis,
zondag op 71-jarige leeftijd is overleden. De afscheidsviering vindt plaats op zaterdag 6 april om
10u30 in de Sint-Kwintenskerk.

In de leraarskamer ligt een rouwregister. Wie oud-leerlingen of collega's van toen kent die het nog
niet weten, mag dit bericht gerust doorgeven.

Pieter Hermans
directeur
"""), rules=[], fmt=["plain", "bcc-envelope"], note="death of a retired teacher announced to staff in BCC; no pupil")

add("mailinglijsten-bijgewerkt", S("jva"), [S("ldw")], "mailinglijsten bijgewerkt", D(2, 19, 14, 25),
    text=T("""
Liesbeth,

De lijsten ouders1ejaar@ tot ouders6dejaar@, de klaslijsten (ouders1a@ enz.) en alleouders@ zijn
bijgewerkt met de nieuwe inschrijvingen van februari. Denk eraan: altijd in BCC, en zet jezelf of
communicatie@ in Aan. De WhatsApp-community van de ouderraad valt daar niet onder, dat beheren zij.

Joris
"""), rules=[], note="mentions group addresses without sending to them")

add("verkiezingsdebat-5d", S("tcl"), [pmail("rayan")], "verkiezingsdebat donderdag",
    D(2, 13, 11, 20), cc=["leerlingen5d@spc.ksleuven.be"],
    text=T("""
Hoi Rayan,

Het verkiezingsdebat is donderdag om 12u45 in de aula. Je klasgenoten in CC zijn welkom als publiek;
wie vragen heeft voor de kandidaten, mag ze op voorhand aan Rayan bezorgen.

Tom
"""), rules=["bcc"], fmt=["plain", "group-in-cc"], note="pupils' class list in CC")


# ============================================================================= build
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CATS = ["family", "psychosocial", "medical", "care", "financial"]
SECTIONS = [("password", 35), ("lookalike", 15), ("general", 20), ("sensitive", 45), ("personal", 25)]
DANGEROUS = (".exe", ".bat", ".cmd", ".com", ".js", ".vbs", ".ps1", ".scr", ".msi", ".jar", ".docm", ".xlsm",
             ".pptm", ".iso", ".img", ".dmg", ".hta", ".lnk")


def addr_of(s):
    return parseaddr(s)[1].lower()


def name_of(s):
    return parseaddr(s)[0]


def msgid(m, n):
    h = hashlib.sha1(f"batch35-{n}-{m['slug']}".encode()).hexdigest()
    dom = addr_of(m["frm"]).split("@")[1]
    if m["mailer"] in ("outlook", "android") and dom in SCHOOL_DOMAINS:
        return f"<AM0PR02MB{h[:12].upper()}{h[12:16].upper()}@AM0PR02MB{h[16:20].upper()}.eurprd02.prod.outlook.com>"
    if m["mailer"] == "iphone":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    if dom == "gmail.com":
        return f"<CA+{h[:30]}@mail.gmail.com>"
    return f"<{h[:20]}.{n:03d}@{dom}>"


def build(m, n):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"]) if m["to"] else "undisclosed-recipients:;"
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = msgid(m, n)
    if "reply" in m["fmt"]:
        rid = "<" + hashlib.md5(m["slug"].encode()).hexdigest()[:24] + "@mail.example-thread.invalid>"
        msg["In-Reply-To"] = rid
        msg["References"] = rid
        msg["Thread-Topic"] = re.sub(r"^(RE|Re|AW|FW|TR): ", "", m["subject"])
    if m["mailer"]:
        k, v = MAILERS[m["mailer"]]
        msg[k] = v
    if m["mailer"] in ("outlook", "android"):
        msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    for k, v in m["headers"].items():
        msg[k] = v
    if m["text"] is not None:
        kw = {"charset": m["cs"]}
        if m["cte"]:
            kw["cte"] = m["cte"]
        elif m["cs"] == "utf-8" and m["mailer"] in (None, "iphone", "mac", "tb") and not m["text"].isascii():
            kw["cte"] = "8bit"   # phone/webmail clients send 8bit; Outlook falls back to quoted-printable
        msg.set_content(m["text"], **kw)
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html")
    else:
        msg.set_content(m["html"], subtype="html")
    for fn, data, mime in m["att"]:
        mt, st = mime.split("/")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m["inner"] is not None:
        msg.add_attachment(m["inner"], filename="Welkom bij Nieuwsbriefmaker.eml")
    h = hashlib.sha1(m["slug"].encode()).hexdigest()[:10]
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_NextPart_{n:03d}_{i}_{h}")
    return msg.as_bytes(policy=SMTP)


# ----------------------------------------------------------------------------- self-check helpers
PHONE_RE = re.compile(r"(?<![\w+/.])(?:\+32|0032|0)[\s./]?(?:\(0\))?\s?[1-9](?:[\s./-]?\d){7,8}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}[-. ]?\d{2}\b")
BIRTH_RE = re.compile(r"(?i)geboren op|geboortedatum|date of birth|date de naissance|\bnée? le\b")
GROUP_RE = re.compile(r"^(ouders|leerlingen\d|personeel@|alleouders|ouderraad@|klassenraad|lkr-)", re.I)


def all_text(raw):
    from email import message_from_bytes
    msg = message_from_bytes(raw, policy=policy.default)
    out = [str(msg["subject"])]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        data = part.get_payload(decode=True) or b""
        fn = (part.get_filename() or "").lower()
        if part.get_content_maintype() == "text":
            out.append(part.get_content() if not fn else data.decode("utf-8-sig", "replace"))
        elif fn.endswith((".docx", ".xlsx", ".docm", ".xlsm", ".zip")):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for nm in z.namelist():
                    out.append(nm)
                    if nm.endswith((".xml", ".csv", ".txt", ".bat", ".sql")):
                        out.append(re.sub(r"<[^>]+>", " ", z.read(nm).decode("utf-8", "replace")))
        elif fn.endswith(".pdf"):
            out.append(" ".join(re.findall(r"\((.*?)\) '", data.decode("latin-1"))))
    return "\n".join(out)


def attachment_names(raw):
    from email import message_from_bytes
    msg = message_from_bytes(raw, policy=policy.default)
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(fn.lower())
            if fn.lower().endswith(".zip"):
                with zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))) as z:
                    names += [x.lower() for x in z.namelist()]
    return names


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    parents = {p["id"]: {a for a in (p["p1"], p["p2"]) if a} for p in ROSTER}
    all_parents = set().union(*parents.values())
    staff_names = {v[0] for v in STAFF.values()}
    problems = []

    # section sanity
    i = 0
    for sec, cnt in SECTIONS:
        for m in MAILS[i:i + cnt]:
            m["sec"] = sec
        i += cnt
    for m in MAILS[i:]:
        m["sec"] = "other"

    order = list(range(len(MAILS)))
    random.Random(35035).shuffle(order)
    entries = []
    for pos, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = f"{pos:03d}-{m['slug']}.eml"
        raw = build(m, pos)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        rcpt = [addr_of(a) for a in m["to"] + m["cc"] + m["bcc"]]
        mail_from = m["env_from"] or addr_of(m["frm"])
        rules = [r for r in RULE_ORDER if r in m["rules"]]
        assert len(rules) == len(m["rules"]), m["slug"]
        fmt = list(m["fmt"])
        if m["bcc"] and "bcc-envelope" not in fmt:
            fmt.append("bcc-envelope")
        entries.append((fname, m, rules, mail_from, rcpt, fmt))

        # ---- checks
        tag = fname
        if ("sensitive" in rules) != bool(m["cats"]):
            problems.append(f"{tag}: sensitive/categories mismatch")
        if m["cats"] and not set(m["cats"]) <= set(CATS):
            problems.append(f"{tag}: bad category")
        if ("recipient" in rules) != m["mis"]:
            problems.append(f"{tag}: recipient/misdirected mismatch")
        for pid in m["about"]:
            own = parents[pid]
            others = (all_parents - own) & set(rcpt)
            if m["mis"]:
                if own & set(rcpt) or not others:
                    problems.append(f"{tag}: misdirected but recipients do not fit")
            elif not (own & set(rcpt)) and others:
                problems.append(f"{tag}: looks misdirected for {pid} but not labelled")
        if m["mis"] and len(m["about"]) != 1:
            problems.append(f"{tag}: misdirected needs exactly one pupil")
        if not m["about"] and (set(rcpt) & all_parents):
            problems.append(f"{tag}: to a roster parent but about is empty")
        vis = [addr_of(a) for a in m["to"] + m["cc"]]
        ext = {a for a in vis if a.split("@")[1] not in SCHOOL_DOMAINS}
        grp = any(GROUP_RE.match(a) for a in vis)
        if ("bcc" in rules) != (grp or len(ext) >= 2):
            problems.append(f"{tag}: bcc heuristic disagrees (group={grp}, ext={len(ext)})")
        frm_dom = addr_of(m["frm"]).split("@")[1]
        priv = (frm_dom not in SCHOOL_DOMAINS and name_of(m["frm"]) in staff_names) or any(
            a.split("@")[1] in PRIVATE_DOMAINS and name_of(x) == name_of(m["frm"]) and name_of(x) in staff_names
            for x, a in ((x, addr_of(x)) for x in m["to"] + m["cc"] + m["bcc"]))
        if m["slug"] == "fietsweekend-broer":
            priv = False
        if ("private_account" in rules) != priv:
            problems.append(f"{tag}: private_account heuristic disagrees")
        names = attachment_names(raw)
        dang = any(nm.endswith(DANGEROUS) for nm in names)
        if ("attachment" in rules) != dang:
            problems.append(f"{tag}: attachment heuristic disagrees {names}")
        txt = all_text(raw)
        pd = bool(PHONE_RE.search(txt)) or any(iban_ok(x) for x in IBAN_RE.findall(txt)) or \
            any(rrn_ok(x) for x in RRN_RE.findall(txt)) or bool(BIRTH_RE.search(txt))
        if ("personal_data" in rules) != pd:
            problems.append(f"{tag}: personal_data heuristic disagrees {PHONE_RE.findall(txt)}")
        sec = m["sec"]
        if sec == "password" and "password" not in rules:
            problems.append(f"{tag}: credential section without password")
        if sec != "password" and "password" in rules:
            problems.append(f"{tag}: password outside credential section")
        if sec == "general" and rules:
            problems.append(f"{tag}: general letter must pass")
        if sec == "sensitive" and "sensitive" not in rules:
            problems.append(f"{tag}: sensitive section without sensitive")
        if sec != "sensitive" and "sensitive" in rules:
            problems.append(f"{tag}: sensitive outside its section")
        if sec == "personal" and len(m["about"]) != 1:
            problems.append(f"{tag}: personal mail must be about exactly one pupil")

    ids = {p["id"] for p in ROSTER}
    for fname, m, *_ in entries:
        for pid in m["about"]:
            if pid not in ids:
                problems.append(f"{fname}: unknown pupil {pid}")
    for b in BOARD + _press + [KATRIEN, MARC]:
        if addr_of(b) in all_parents:
            problems.append(f"external {b} collides with a roster parent")
    if len({m["slug"] for m in MAILS}) != len(MAILS):
        problems.append("duplicate slug")

    # ---- labels.yaml
    import json
    out = ["# batch35 - communication team, pupils' council and parents' association of the Leuven campus "
           "(newsletters, social media, photos, yearbook, open day, treasurer, press, crisis)", ""]
    for fname, m, rules, mail_from, rcpt, fmt in entries:
        out.append(f"{fname}:")
        out.append(f"  rules: [{', '.join(rules)}]")
        if m["cats"]:
            cats = [c for c in CATS if c in m["cats"]]
            out.append(f"  categories: {{sensitive: [{', '.join(cats)}]}}")
        out.append(f"  mail_from: {mail_from}")
        out.append(f"  rcpt: [{', '.join(rcpt)}]")
        out.append(f"  about: [{', '.join(m['about'])}]")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: [{', '.join(fmt)}]")
        out.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    # ---- summary
    from collections import Counter
    rc = Counter(r for _, _, rules, *_ in entries for r in rules)
    cc = Counter(c for _, m, *_ in entries for c in (m["cats"] or []))
    sc = Counter(m["sec"] for m in MAILS)
    print(f"mails: {len(entries)}  sections: {dict(sc)}")
    print("rules:", {r: rc[r] for r in RULE_ORDER})
    print("categories:", {c: cc[c] for c in CATS})
    print("no rule:", sum(1 for e in entries if not e[2]))
    print("misdirected:", sum(1 for e in entries if e[1]["mis"]),
          " correctly addressed about a pupil:", sum(1 for e in entries if e[1]["about"] and not e[1]["mis"]),
          " of which to that pupil's own parents/pupil address:",
          sum(1 for e in entries if e[1]["about"] and not e[1]["mis"] and any(
              set(e[4]) & (parents[pid] | {q["mail"] for q in ROSTER if q["id"] == pid}) for pid in e[1]["about"])))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
