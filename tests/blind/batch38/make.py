#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch38 - blind labelled outbound mail, Sint-Pieterscollege Heverlee (Stroom / LKSD).

Crisis team and pupil counsellors in the weeks after a pupil of 4B (Jonas Verbiest) died in a
traffic accident on the way to school (7 Nov 2023) and after a fire in the science wing
(29 Nov 2023) that moved classes to containers.

Jonas Verbiest is no longer in the pupil export (uitgeschreven after his death); his sister Fien
(2A) is, with the parents' addresses.

Standard library only.  Deterministic: fixed dates, fixed Message-IDs, fixed MIME boundaries,
seeded randomness.  Writes NNN-slug.eml, labels.yaml and roster.csv next to this file.
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import struct
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(38)
TZ = datetime.timezone(datetime.timedelta(hours=1))

SPC = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
LLN = "leerling.sintpieterscollege.be"


def D(month, day, hour, minute):
    return datetime.datetime(2023, month, day, hour, minute, 0, tzinfo=TZ)


def dd(s):
    """dedent and strip a leading newline"""
    return textwrap.dedent(s).lstrip("\n")


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------

def rrn(yy, mm, dd_, serial, after2000=True):
    base = "%02d%02d%02d%03d" % (yy, mm, dd_, serial)
    n = int(("2" + base) if after2000 else base)
    chk = 97 - (n % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd_, serial, chk)


def rrn_valid(s):
    digits = re.sub(r"\D", "", s)
    if len(digits) != 11:
        return False
    base, chk = digits[:9], int(digits[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


def be_iban(bank3, account7):
    first10 = "%03d%07d" % (bank3, account7)
    c = int(first10) % 97
    if c == 0:
        c = 97
    bban = first10 + "%02d" % c
    num = int(bban + "111400")  # B=11 E=14 00
    cc = 98 - num % 97
    raw = "BE%02d%s" % (cc, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    if int(num) % 97 != 1:
        return False
    if s.startswith("BE"):
        b = s[4:]
        c = int(b[:10]) % 97 or 97
        return c == int(b[10:12])
    return True


# ---------------------------------------------------------------------------
# attachments: minimal but real file formats
# ---------------------------------------------------------------------------

ZDATE = (2023, 11, 20, 9, 0, 0)


def _zip(entries, date=ZDATE):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


FAKE_VBA = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
            + b"\x00" * 40 + b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n"
            b"  Shell \"cmd /c copy \\\\srv-spc\\scripts\\sync.cmd %TEMP%\"\r\nEnd Sub\r\n" + b"\x00" * 64)


def xlsx(rows, macro=False, sheet="Blad1"):
    colnames = "ABCDEFGHIJKLMNOP"
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (colnames[ci], ri)
            cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xml_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + '<Override PartName="/xl/workbook.xml" ContentType="%s"/>' % main_ct
          + '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + '</Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(xml_rows) + '</sheetData></worksheet>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        entries.append(("xl/vbaProject.bin", FAKE_VBA))
    return _zip(entries)


def docx(paragraphs, macro=False):
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        entries.append(("word/_rels/document.xml.rels",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                        '</Relationships>'))
        entries.append(("word/vbaProject.bin", FAKE_VBA))
    return _zip(entries)


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20231120090000+01'00') >>" % esc(title)).encode("cp1252", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def png(w=60, h=30, seed=1):
    r = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(200 if (x // 10 + y // 10) % 2 else 120 + r.randint(0, 20) for x in range(w))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def fake_exe(label):
    stub = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    stub += struct.pack("<I", 0x80)
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    stub += b"\x00" * (0x80 - len(stub))
    stub += b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 240
    stub += label.encode("ascii") + b"\x00" * 512
    return bytes(stub)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

STAFF = {
    "kvh": ("Katrien Vanhove", "katrien.vanhove", "directeur"),
    "bst": ("Bart Stevens", "bart.stevens", "adjunct-directeur"),
    "ade": ("An Devos", "an.devos", "leerlingenbegeleider 2de graad"),
    "scl": ("Sofie Claes", "sofie.claes", "leerlingenbegeleider 3de graad"),
    "yei": ("Youssef El Idrissi", "youssef.elidrissi", "leerlingenbegeleider 1ste graad"),
    "ldw": ("Leen De Wit", "leen.dewit", "zorgcoördinator"),
    "pma": ("Pieter Maes", "pieter.maes", "leerkracht Nederlands - klastitularis 4B"),
    "two": ("Tom Wouters", "tom.wouters", "ICT-coördinator"),
    "dja": ("Dirk Janssens", "dirk.janssens", "technisch adviseur - preventie"),
    "ivb": ("Ilse Van den Broeck", "ilse.vandenbroeck", "secretariaat"),
    "mgo": ("Marijke Goossens", "marijke.goossens", "leerkracht chemie"),
    "ndu": ("Nathalie Dupont", "nathalie.dupont", "professeur de français"),
    "ghe": ("Griet Hermans", "griet.hermans", "leerkracht Engels - klastitularis 4A"),
    "kba": ("Koen Baert", "koen.baert", "leerkracht LO"),
    "hva": ("Hilde Van Acker", "hilde.vanacker", "pastorale werking"),
    "evs": ("Els Verschueren", "els.verschueren", "boekhouding"),
    "vti": ("Veerle Timmermans", "veerle.timmermans", "klastitularis 2A"),
    "wcu": ("Ward Cuypers", "ward.cuypers", "leerkracht wiskunde"),
    "kdi": ("Kaat Dierickx", "kaat.dierickx", "leerkracht aardrijkskunde"),
    "pge": ("Patrick Geens", "patrick.geens", "opvoeder - leerlingensecretariaat"),
    "lbe": ("Laura Bex", "laura.bex", "interimleerkracht Nederlands"),
    "hdo": ("Hans Dockx", "hans.dockx", "klastitularis 3A"),
    "emo": ("Evelien Moens", "evelien.moens", "klastitularis 5A"),
}


def S(key):
    """personal school address of a staff member"""
    n, local, _ = STAFF[key]
    return (n, "%s@%s" % (local, SPC))


def SS(key):
    """short address"""
    n, _, _ = STAFF[key]
    return (n, "%s@%s" % (key, SHORT))


def G(local, name=""):
    return (name, "%s@%s" % (local, SHORT))


SCHOOL_PHONE = "016 40 12 34"
MOBILE = {"ade": "0470 32 18 77", "kvh": "0476 51 20 09", "dja": "0495 62 14 38",
          "scl": "0479 20 55 13", "two": "0468 14 90 22", "bst": "0473 88 41 06"}
DIRECT = {"ldw": "016 40 12 41", "evs": "016 40 12 45", "ivb": "016 40 12 30"}


def sig(key, phone=False, mobile=False, style="full"):
    n, local, role = STAFF[key]
    if style == "name":
        return "\n\n" + n.split()[0] + "\n"
    if style == "short":
        return "\n\n" + n + "\n" + role[0].upper() + role[1:] + "\n"
    lines = ["", "", "--", n, role[0].upper() + role[1:], "Sint-Pieterscollege Heverlee | Stroom"]
    tel = []
    if phone:
        tel.append("T " + DIRECT.get(key, SCHOOL_PHONE))
    if mobile:
        tel.append("GSM " + MOBILE[key])
    if tel:
        lines.append(" | ".join(tel))
    lines.append("%s@%s" % (local, SPC))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "4A", "4B", "5A", "5B", "6A", "6B"]

# key: (first, last, class, parent1, parent2)
KEY_PUPILS = {
    "lotte_jan": ("Lotte", "Janssens", "4B", "sarah.vanlommel@telenet.be", "geert.janssens@gmail.com"),
    "lotte_jac": ("Lotte", "Jacobs", "3B", "sarah.verhulst@telenet.be", "pieter.jacobs74@gmail.com"),
    "milan": ("Milan", "De Smet", "4B", "bart.desmet@proximus.be", "evy.lauwers@gmail.com"),
    "amira": ("Amira", "Benali", "4B", "latifa.ouali@hotmail.com", ""),
    "robbe": ("Robbe", "Vandenberghe", "4B", "an.smets@skynet.be", "dirk.vandenberghe@telenet.be"),
    "noor": ("Noor", "Hendrickx", "4B", "els.geerts@outlook.com", "tom.hendrickx@telenet.be"),
    "wout": ("Wout", "Peeters", "4B", "kris.peeters@telenet.be", "liesbeth.martens@gmail.com"),
    "lore": ("Lore", "Peeters", "3A", "peeters.vandamme@skynet.be", ""),
    "ilias": ("Ilias", "El Amrani", "4B", "mohamed.elamrani@gmail.com", "fatima.bouzid@hotmail.com"),
    "sami": ("Sami", "El Amrani", "1B", "mohamed.elamrani@gmail.com", "fatima.bouzid@hotmail.com"),
    "ilyas": ("Ilyas", "Amrani", "2C", "rachid.amrani@outlook.com", "nadia.elkhattabi@gmail.com"),
    "noah_w": ("Noah", "Willems", "4B", "joke.willems@telenet.be", "bert.willems@telenet.be"),
    "noah_wu": ("Noah", "Wuyts", "3A", "joke.wuyts@gmail.com", ""),
    "jana_d": ("Jana", "Dewulf", "4B", "stijn.dewulf@gmail.com", "nathalie.cools@telenet.be"),
    "jana_c": ("Jana", "Coene", "2B", "nathalie.coene@telenet.be", ""),
    "oscar": ("Oscar", "Thompson", "4B", "emily.thompson@gmail.com", "david.r.thompson@outlook.com"),
    "ella": ("Ella", "Segers", "4B", "segers.gezin@telenet.be", ""),
    "febe": ("Febe", "Goris", "4B", "inge.goris@skynet.be", "wim.goris@skynet.be"),
    "marie_l": ("Marie", "Lambrechts", "4B", "nele.lambrechts@gmail.com", "jeroen.lambrechts@telenet.be"),
    "fien": ("Fien", "Verbiest", "2A", "kristof.verbiest@telenet.be", "ann.lemmens@skynet.be"),
    "elias_ma": ("Elias", "Maes", "2A", "karen.dierckx@telenet.be", "jan.maes@proximus.be"),
    "elias_me": ("Elias", "Mertens", "3B", "karen.mertens@gmail.com", ""),
    "seppe": ("Seppe", "Michiels", "5A", "griet.vanhoof@telenet.be", "luc.michiels@telenet.be"),
    "tuur": ("Tuur", "Vermeulen", "5A", "an.vermeulen@skynet.be", ""),
    "kobe": ("Kobe", "Vermeulen", "2B", "ingrid.bosch@telenet.be", "kevin.vermeulen@gmail.com"),
    "lukas": ("Lukas", "Verhoeven", "5A", "mieke.verhoeven@proximus.be", ""),
    "mathis": ("Mathis", "Coppens", "3A", "sanne.deprez@telenet.be", "bjorn.coppens@gmail.com"),
    "lucas_c": ("Lucas", "Coppens", "1A", "bjorn.coppens@gmail.com", "jolien.raes@hotmail.com"),
    "bilal": ("Bilal", "Haddou", "3A", "samira.haddou@gmail.com", ""),
    "arthur": ("Arthur", "Lambert", "3A", "isabelle.lambert@outlook.com", "o.lambert@skynet.be"),
    "jasper": ("Jasper", "Nys", "3B", "wim.nys@telenet.be", ""),
    "elif": ("Elif", "Aydin", "3B", "kemal.aydin@gmail.com", "ayse.yilmaz@outlook.com"),
    "yasmine": ("Yasmine", "Aydin", "4A", "murat.aydin@gmail.com", "zeynep.kaya@hotmail.com"),
    "dylan": ("Dylan", "Mortier", "3B", "kelly.mortier@hotmail.com", ""),
    "kenzo": ("Kenzo", "Bogaerts", "4A", "sylvie.denis@hotmail.com", ""),
    "jarne": ("Jarne", "Wauters", "4A", "johan.wauters@telenet.be", "leen.boon@gmail.com"),
    "lars": ("Lars", "Wouters", "4A", "veerle.bogaert@telenet.be", "stefan.wouters@gmail.com"),
    "zoe": ("Zoë", "Wouters", "2B", "wouters.debruyn@skynet.be", ""),
    "vic": ("Vic", "Bosmans", "2B", "elke.bosmans@telenet.be", ""),
    "tibo": ("Tibo", "Lenaerts", "2C", "tine.lenaerts@gmail.com", "wouter.lenaerts@telenet.be"),
    "lina": ("Lina", "Mahieu", "1C", "kathleen.stas@telenet.be", ""),
    "hanne_vb": ("Hanne", "Verbeeck", "5B", "carine.verbeeck@skynet.be", ""),
    "ruben": ("Ruben", "Claessens", "5B", "marleen.wijns@telenet.be", "patrick.claessens@gmail.com"),
    "lea": ("Léa", "Moreau", "5B", "valerie.moreau@skynet.be", "p.moreau@proximus.be"),
    "chloe": ("Chloé", "Dupuis", "6A", "fabienne.dupuis@skynet.be", ""),
    "hanne_vs": ("Hanne", "Verstraeten", "6B", "marc.verstraeten@telenet.be", "ine.dhondt@gmail.com"),
    "mehdi": ("Mehdi", "Ait Ali", "4A", "khadija.aitali@gmail.com", "youssef.aitali@gmail.com"),
}

FIRST_F = ["Emma", "Lotte", "Mila", "Olivia", "Lena", "Nora", "Elise", "Marie", "Hanne", "Jana", "Lore", "Febe",
           "Lien", "Kato", "Amber", "Julie", "Noor", "Ines", "Yana", "Anouk", "Nina", "Eline", "Saar", "Tess",
           "Margot", "Roos", "Luna", "Lisa", "Amira", "Imane", "Salma", "Nour", "Aya", "Malak", "Leila", "Sara",
           "Zeynep", "Zuzanna", "Oliwia", "Ioana", "Aminata", "Grace", "Maryam", "Sofiia", "Fien", "Jolien",
           "Ella", "Louise", "Charlotte", "Ilse"]
FIRST_M = ["Noah", "Lucas", "Liam", "Louis", "Arthur", "Jules", "Seppe", "Wout", "Robbe", "Milan", "Tuur",
           "Warre", "Finn", "Mats", "Lars", "Senne", "Jasper", "Ferre", "Stan", "Kobe", "Brent", "Dries", "Thibo",
           "Jef", "Matteo", "Victor", "Adam", "Rayan", "Bilal", "Ayoub", "Hamza", "Yusuf", "Emir", "Can", "Deniz",
           "Kacper", "Andrei", "Darius", "Mamadou", "Ibrahim", "Daniel", "Mohamed", "Omar", "Karim", "Ahmad",
           "Taras", "Dmytro", "Elias", "Vic", "Mathis", "Lowie", "Bas"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Goossens", "Dubois", "Lambert",
        "Martens", "Aerts", "Van Damme", "Pauwels", "Desmet", "Leroy", "Smets", "Declercq", "Cools", "Lemmens",
        "Stevens", "Van Acker", "Thys", "Geerts", "Raes", "Vandevelde", "Wijns", "Van Hoof", "Vranckx",
        "Swinnen", "Verlinden", "Celis", "Luyten", "Heylen", "Van Roey", "Schepers", "Vanderlinden", "Baeten",
        "Kenis", "Vandenbosch", "Meeus", "Daems", "Boeckx", "Sels", "Claeys", "De Backer", "Van Gool",
        "El Khattabi", "Bouzidi", "Yilmaz", "Demir", "Kaya", "Ouahabi", "Chakir", "Kowalski", "Nowak",
        "Wiśniewska", "Popescu", "Ionescu", "Diallo", "Bah", "Traoré", "Mensah", "Okafor", "Rahimi", "Hakimi",
        "Shevchenko", "Kovalenko", "Nguyen", "Van de Velde", "Dhondt", "Boon", "Pieters", "Vos"]
PARENT_F = ["An", "Els", "Katrien", "Sofie", "Inge", "Veerle", "Karen", "Lies", "Sarah", "Nathalie", "Kim",
            "Griet", "Tine", "Evelien", "Hanne", "Nele", "Joke", "Ilse", "Kelly", "Fatima", "Samira", "Nadia",
            "Aicha", "Ayse", "Agnieszka", "Elena", "Mariama", "Olena", "Linh", "Leen", "Ellen", "Caroline"]
PARENT_M = ["Kris", "Tom", "Bart", "Geert", "Stijn", "Wim", "Jan", "Koen", "Dirk", "Pieter", "Jeroen", "Kevin",
            "Bjorn", "Steven", "Wouter", "Filip", "Mohamed", "Rachid", "Ahmed", "Mehmet", "Piotr", "Andrei",
            "Moussa", "Oleksandr", "Minh", "Sven", "Joris", "Dieter"]
PROVIDERS = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "gmail.com",
             "hotmail.com", "outlook.com", "outlook.be", "icloud.com", "live.be", "yahoo.com"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z]", "", s.lower())


def build_roster():
    used_addr = set()
    names = set()
    pupils = []  # dicts
    for k, (fn, ln, kl, p1, p2) in KEY_PUPILS.items():
        pupils.append(dict(key=k, first=fn, last=ln, klas=kl, p1=p1, p2=p2))
        names.add((fn, ln))
        used_addr.update(a for a in (p1, p2) if a)
    reserved_last = {"Verbiest"}  # the deceased pupil's family: only Fien in the export
    sizes = {c: 0 for c in CLASSES}
    for p in pupils:
        sizes[p["klas"]] += 1
    target = {c: 21 for c in CLASSES}
    for c in ["1A", "1B", "2A", "3A", "4A", "5A"]:
        target[c] = 22
    # 4B: 21 remaining pupils (Jonas was the 22nd)

    def parent_addr(fn, ln, gender_first):
        for _ in range(50):
            form = RNG.randint(0, 7)
            prov = RNG.choice(PROVIDERS)
            pf = norm(gender_first)
            pl = norm(ln)
            if form == 0:
                a = "%s.%s@%s" % (pf, pl, prov)
            elif form == 1:
                a = "%s.%s@%s" % (pl, pf, prov)
            elif form == 2:
                a = "%s%s%d@%s" % (pf, pl, RNG.randint(70, 89), prov)
            elif form == 3:
                a = "%s%s@%s" % (pf[0], pl, prov)
            elif form == 4:
                a = "fam.%s@%s" % (pl, prov)
            elif form == 5:
                a = "%s_%s@%s" % (pf, pl, prov)
            else:
                a = "%s.%s@%s" % (pf, pl, prov)
            if a not in used_addr:
                used_addr.add(a)
                return a
        raise RuntimeError("address")

    def new_family(ln):
        mf = RNG.choice(PARENT_F)
        mm = RNG.choice(PARENT_M)
        r = RNG.random()
        if r < 0.45:
            # mother with her own surname (address does not spell the pupil's name)
            mln = RNG.choice([x for x in LAST if x != ln])
            p1 = parent_addr(mf, mln, mf)
            p2 = parent_addr(mm, ln, mm) if RNG.random() < 0.7 else ""
        elif r < 0.8:
            p1 = parent_addr(mf, ln, mf)
            p2 = parent_addr(mm, ln, mm) if RNG.random() < 0.6 else ""
        else:
            p1 = parent_addr(mm, ln, mm)
            p2 = ""
        return p1, p2

    # no filler shares first name and class with a pupil the mails talk about
    key_first_class = {(p["first"], p["klas"]) for p in pupils}
    open_slots = []
    for c in CLASSES:
        open_slots += [c] * (target[c] - sizes[c])
    RNG.shuffle(open_slots)
    while open_slots:
        kl = open_slots.pop()
        for _ in range(100):
            ln = RNG.choice(LAST)
            fn = RNG.choice(FIRST_F if RNG.random() < 0.5 else FIRST_M)
            if (fn, ln) not in names and ln not in reserved_last and (fn, kl) not in key_first_class:
                break
        names.add((fn, ln))
        p1, p2 = new_family(ln)
        pupils.append(dict(key=None, first=fn, last=ln, klas=kl, p1=p1, p2=p2))
        # sometimes a sibling in another grade, same parents
        if open_slots and RNG.random() < 0.12:
            grade = int(kl[0])
            for i, c2 in enumerate(open_slots):
                if int(c2[0]) != grade:
                    for _ in range(100):
                        fn2 = RNG.choice(FIRST_F if RNG.random() < 0.5 else FIRST_M)
                        if (fn2, ln) not in names and fn2 != fn and (fn2, c2) not in key_first_class:
                            break
                    names.add((fn2, ln))
                    pupils.append(dict(key=None, first=fn2, last=ln, klas=open_slots.pop(i), p1=p1, p2=p2))
                    break
    pupils.sort(key=lambda p: (CLASSES.index(p["klas"]), norm(p["last"]), norm(p["first"])))
    seen_mail = set()
    for i, p in enumerate(pupils, 1):
        p["id"] = "P%04d" % i
        base = "%s.%s" % (norm(p["first"]), norm(p["last"]))
        m = base
        n = 2
        while m in seen_mail:
            m = "%s%d" % (base, n)
            n += 1
        seen_mail.add(m)
        p["mail"] = "%s@%s" % (m, LLN)
    return pupils


ROSTER = build_roster()
PK = {p["key"]: p for p in ROSTER if p["key"]}


def pid(key):
    return PK[key]["id"]


def par(key, n=1):
    return PK[key]["p%d" % n]


def pup(key):
    p = PK[key]
    return ("%s %s" % (p["first"], p["last"]), p["mail"])


def full(key):
    p = PK[key]
    return "%s %s" % (p["first"], p["last"])


def class_parents(klas):
    out = []
    for p in ROSTER:
        if p["klas"] == klas:
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


# ---------------------------------------------------------------------------
# mail building
# ---------------------------------------------------------------------------

MAILS = []


def _addr(a):
    if isinstance(a, tuple):
        name, addr = a
        return formataddr((name, addr)) if name else addr
    return a


def _bare(a):
    return a[1] if isinstance(a, tuple) else a


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, outlook=True):
    paras = text.strip("\n").split("\n\n")
    parts = []
    for p in paras:
        inner = "<br>\n".join(esc_html(x) for x in p.split("\n"))
        parts.append('<p class="MsoNormal">%s</p>' % inner if outlook else "<div>%s</div><div><br></div>" % inner)
    return "\n".join(parts)


def html_doc(inner, outlook=True):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
                'table.t {border-collapse:collapse;} table.t td, table.t th {border:solid #BFBFBF 1.0pt;padding:2pt 5pt;'
                'font-size:10.0pt;font-family:"Calibri",sans-serif;vertical-align:top} --></style></head>\n'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                + inner + '\n</div></body></html>\n')
    return '<div dir="ltr">\n' + inner + "\n</div>\n"


def html_table(header, rows):
    h = "<tr>" + "".join('<th style="background:#D9E2F3">%s</th>' % esc_html(x) for x in header) + "</tr>"
    b = "".join("<tr>" + "".join("<td>%s</td>" % esc_html(x) for x in r) + "</tr>" for r in rows)
    return '<table class="t" border="1" cellspacing="0" cellpadding="0">\n%s\n%s\n</table>' % (h, b)


def text_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    out = []
    for r in [header] + list(rows):
        out.append("  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def quote(text):
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.rstrip("\n").split("\n")) + "\n"


def outlook_header(frm, sent, to, subject, cc=None):
    s = "\n________________________________\nVan: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
    if cc:
        s += "CC: %s\n" % cc
    s += "Onderwerp: %s\n\n" % subject
    return s


def msgid(slug, frm):
    h = hashlib.sha1(("batch38/" + slug).encode()).hexdigest()
    dom = frm.split("@")[1]
    if dom in ("gmail.com",):
        return "<CAF%s@mail.gmail.com>" % h[:28].upper()
    if dom in ("hotmail.com", "outlook.com", "outlook.be", "live.be"):
        return "<AM9P%s@AM9PR02MB%s.eurprd02.prod.outlook.com>" % (h[:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], SHORT if dom in (SPC, SHORT) else dom)


def add(slug, kind, frm, to, subject, date, *, body=None, html=None, html_only=False, cc=(), bcc=(),
        rules=(), cats=None, about=(), mis=False, note="", lang="nl", fmt=("plain",), atts=(),
        cte=None, charset="utf-8", reply_to=None, env_from=None, xmailer="outlook", extra_headers=(),
        attach_msg=None, to_header=None):
    MAILS.append(dict(slug=slug, kind=kind, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc),
                      subject=subject, date=date, body=body, html=html, html_only=html_only, rules=list(rules),
                      cats=cats, about=list(about), mis=mis, note=note, lang=lang, fmt=list(fmt), atts=list(atts),
                      cte=cte, charset=charset, reply_to=reply_to, env_from=env_from, xmailer=xmailer,
                      extra_headers=list(extra_headers), attach_msg=attach_msg, to_header=to_header))


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-MS-Has-Attach", ""),
    "iphone": ("X-Mailer", "iPhone Mail (21A360)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "gmail": (None, None),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.4.2"),
    "smartschool": ("X-Mailer", "Smartschool Mailer"),
}


def build(m, idx):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _addr(m["frm"])
    if m["to_header"] is not None:
        msg["To"] = m["to_header"]
    elif m["to"]:
        msg["To"] = ", ".join(_addr(a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(_addr(a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    frm_bare = _bare(m["frm"])
    msg["Message-ID"] = msgid(m["slug"], frm_bare)
    if m["reply_to"]:
        rid = "<%s@%s>" % (hashlib.sha1(("orig/" + m["slug"]).encode()).hexdigest()[:20], m["reply_to"])
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    h, v = MAILERS.get(m["xmailer"], (None, None))
    if h and v:
        msg[h] = v
    lang_hdr = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    for hk, hv in m["extra_headers"]:
        msg[hk] = hv
    cte = m["cte"]
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html", charset=m["charset"], cte=cte or "quoted-printable")
    else:
        kw = {}
        if cte:
            kw["cte"] = cte
        msg.set_content(m["body"], charset=m["charset"], **kw)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    for fname, data, mt, st in m["atts"]:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if m["attach_msg"] is not None:
        msg.add_attachment(m["attach_msg"])
    msg["Content-Language"] = lang_hdr
    # deterministic boundaries
    bi = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("_%03d_%02d_b38_%s_" % (idx, bi, hashlib.md5(m["slug"].encode()).hexdigest()[:10]))
            bi += 1
    return msg


def inner_msg(frm, to, subject, date, body, slug):
    im = EmailMessage(policy=policy.default)
    im["From"] = _addr(frm)
    im["To"] = ", ".join(_addr(a) for a in to)
    im["Subject"] = subject
    im["Date"] = format_datetime(date)
    im["Message-ID"] = msgid("inner/" + slug, _bare(frm))
    im.set_content(body)
    return im


def att_pdf(name, lines, title=None):
    return (name, pdf(lines, title or name), "application", "pdf")


def att_docx(name, paras, macro=False):
    if macro:
        return (name, docx(paras, macro=True), "application", "vnd.ms-word.document.macroEnabled.12")
    return (name, docx(paras), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def att_xlsx(name, rows, macro=False):
    if macro:
        return (name, xlsx(rows, macro=True), "application", "vnd.ms-excel.sheet.macroEnabled.12")
    return (name, xlsx(rows), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def att_csv(name, rows, sep=";", enc="utf-8-sig"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (name, buf.getvalue().encode(enc), "text", "csv")


# convenience
def ids(*keys):
    return [pid(k) for k in keys]


PAR_NAMES = {}  # optional display names for parent addresses


def P(key, n=1, name=None):
    a = par(key, n)
    return (name, a) if name else a


# ---------------------------------------------------------------------------
# external parties and group addresses (all invented)
# ---------------------------------------------------------------------------
CLB = ("Katleen Bosschaerts", "katleen.bosschaerts@clb-dijleland.be")
CLB2 = ("Lies Van Gorp", "lies.vangorp@clb-dijleland.be")
CAW = ("Joris Deckers", "joris.deckers@caw-dijlestreek.be")
POL = ("Wim Thijs", "wim.thijs@pz-dijlevallei.be")
POL2 = ("Nele Gysen", "nele.gysen@pz-dijlevallei.be")
INS = ("Scholenpolis Schadebeheer", "schade@scholenpolis.be")
INS_M = ("Marc Lambrecht", "marc.lambrecht@scholenpolis.be")
EXP_FR = ("Sophie Lemaire", "sophie.lemaire@meridian-expertises.be")
CONT = ("Ruben Aerts", "ruben.aerts@modulo-units.be")
UITV = ("Bram Hoste", "bram@uitvaart-hoste.be")
FLOR = ("Bloemen De Lelie", "bestellingen@bloemen-delelie.be")
CATER = ("Traiteur De Klok", "info@traiteur-deklok.be")
JOUR = ("Dries Vleminckx", "dries.vleminckx@regionieuws-leuven.be")
OCMW = ("Saskia Daems", "saskia.daems@sociaalhuis-leuven.be")
DATAR = ("DataRescue Brabant", "support@datarescue-brabant.be")
PSY = ("Eva Smolders", "eva@kompas-psychologie.be")
DPO = ("Privacy Stroom", "privacy@lksd.ksleuven.be")
HELPDESK = ("ICT-helpdesk Stroom", "helpdesk@lksd.ksleuven.be")

DIRECTIE = G("directie", "Directie Sint-Pieterscollege")
PERSONEEL = G("personeel", "Personeel SPC")
OUDERS = G("ouders", "Ouders Sint-Pieterscollege")
LLNSEC = G("leerlingensecretariaat", "Leerlingensecretariaat")
CRISIS = G("crisisteam", "Crisisteam SPC")
LLB = G("leerlingenbegeleiding", "Leerlingenbegeleiding SPC")
BOEKH = G("boekhouding", "Boekhouding SPC")

SAYS = {
    "sig_school": "\n\nSint-Pieterscollege Heverlee | Stroom\nwww.sintpieterscollege.be\n",
}

# ===========================================================================
# Week 1: the accident (Tuesday 7 November 2023)
# ===========================================================================

add("crisisteam-samenroepen", "sens", S("kvh"),
    [S("bst"), S("ade"), S("scl"), S("ldw"), S("hva")], cc=[S("pma")],
    subject="DRINGEND crisisteam 9u15 A.012", date=D(11, 7, 8, 52),
    body=dd("""
    Collega's,

    Ik kreeg net telefoon van de politie. Jonas Verbiest (4B) is vanochtend op weg naar school aangereden op het kruispunt aan de Naamsesteenweg. Hij is ter plaatse overleden. De ouders zijn op de hoogte, er is politie bij hen.

    Milan De Smet fietste met hem mee en heeft alles gezien. Hij is in shock, zijn papa haalt hem op aan het politiekantoor.

    Crisisteam om 9u15 in A.012. Pieter, kan jij 4B tot dan in je klas houden? Nog niets zeggen tot wij er zijn.

    Katrien

    Verzonden vanaf mijn iPhone
    """),
    rules=["sensitive"], cats=["psychosocial"], about=ids("milan"), xmailer="iphone", fmt=["phone", "plain"],
    note="names Milan De Smet (4B) as the witness who is in shock -> psychosocial; only single colleagues in To/CC; Jonas is not in the export")

add("droevig-nieuws-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Droevig nieuws - overlijden van Jonas Verbiest (4B)", date=D(11, 7, 9, 48),
    body=dd("""
    Beste collega's

    Met grote verslagenheid moeten we jullie meedelen dat Jonas Verbiest, leerling van 4B, vanochtend op weg naar school om het leven is gekomen bij een verkeersongeval. We denken aan zijn ouders, zijn zus en zijn vrienden.

    Het crisisteam is samengekomen. Voor vandaag spreken we het volgende af:

    - 4B blijft vandaag samen in de bibliotheek, samen met An Devos, Pieter Maes en iemand van het CLB.
    - De klastitularissen brengen het nieuws het 2de lesuur in hun klas, met de tekst die jullie om 10u in Smartschool vinden. Lees die tekst voor, niet meer en niet minder.
    - Leerlingen die het moeilijk hebben, mogen altijd naar de stilteruimte (B.104) of naar de leerlingenbegeleiding (A.015). Laat ze niet alleen vertrekken, stuur een medeleerling mee.
    - Geef geen details over het ongeval, ook niet als leerlingen ernaar vragen. Er circuleren al verhalen; we houden ons aan wat de familie en de politie ons vertelden.
    - Pers: verwijs altijd door naar de directie. Niemand anders geeft commentaar.
    - Om 12u35 is er een korte personeelsbriefing in de refter.

    Zorg ook voor jezelf en voor elkaar. Wie het zelf te zwaar heeft, kan bij mij of bij Bart terecht.

    Katrien Vanhove
    directeur
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="general letter to all staff, personeel@ only in the envelope (BCC); names only the deceased pupil, no facts about living pupils")

_t = dd("""
Beste ouders

Met grote droefheid laten wij u weten dat Jonas Verbiest, leerling van het vierde jaar (4B), vanochtend op weg naar school om het leven is gekomen bij een verkeersongeval. We brengen dit bericht met toestemming van zijn ouders. Onze gedachten zijn bij zijn ouders, zijn zus en zijn familie.

Vandaag werden alle klassen ingelicht door hun klastitularis. Het crisisteam van de school en het CLB zijn de hele dag aanwezig. Leerlingen die dat willen, kunnen terecht in de stilteruimte of bij de leerlingenbegeleiders.

Kinderen en jongeren reageren heel verschillend op zo'n nieuws: met verdriet, boosheid, angst, maar soms ook schijnbaar met niets. Dat is allemaal normaal. Geef uw kind de ruimte om erover te praten, of om er niet over te praten. Merkt u dat uw zoon of dochter het de komende dagen moeilijk heeft, laat het ons dan weten via een Smartschool-bericht aan de leerlingenbegeleiding.

Wij vragen u uitdrukkelijk om geen foto's, filmpjes of berichten over het ongeval te delen op sociale media, uit respect voor de familie.

Over het afscheid en de uitvaart brengen we u later op de hoogte, volgens de wensen van de familie.

Met vriendelijke groeten

Katrien Vanhove
directeur, namens het crisisteam van Sint-Pieterscollege
""")
add("bericht-aan-alle-ouders-overlijden", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Bericht van de directie: overlijden van een leerling", date=D(11, 7, 11, 5),
    body=_t, html=html_doc(text_to_html(_t)), fmt=["alt", "bcc-envelope"],
    rules=[], about=[],
    note="general letter to all parents via BCC list; only the deceased pupil is named, with the family's consent; no phone numbers")


_rows5 = [
    ("Milan De Smet", "4B", "fietste mee, getuige van de aanrijding", "in shock, papa haalde hem op aan het politiekantoor; politie wil verklaring afnemen", "An belt papa vanavond"),
    ("Lotte Janssens", "4B", "beste vriendin", "zeer overstuur; ouders gescheiden - mama haalt haar op, papa nog niet bereikt", "An, morgen gesprek"),
    ("Amira Benali", "4B", "klasgenote", "papa overleed in 2021; herbeleeft dat nu sterk; vroeger opgevolgd door CLB", "Leen contacteert CLB"),
    ("Noor Hendrickx", "4B", "klasgenote", "paniekaanval 10u; had al paniekaanvallen in 2de jaar, liep toen bij psychologe", "aparte rustplek, mama verwittigd"),
    ("Fien Verbiest", "2A", "zus", "opgehaald door oom om 9u30", "Youssef houdt contact met Veerle (titularis)"),
    ("Seppe Michiels", "5A", "zat op de bus, zag de aanrijding", "stil, wil er niet over praten, wit weggetrokken", "Sofie"),
    ("Mathis Coppens", "3A", "ploegmaat voetbal", "huilde in de les; wil niet naar huis want papa is er deze week niet (co-ouderschap)", "An"),
]
_t = dd("""
Dag allemaal,

Hieronder de leerlingen die we vandaag extra in het oog houden. Gelieve deze lijst niet verder door te sturen; ik zet alles morgen in het LVS.

%s

Morgen om 8u15 korte samenkomst in A.012.

Groeten,
An
""") % text_table(["Naam", "Klas", "Relatie", "Opmerking", "Actie"], _rows5) + sig("ade", phone=True, mobile=True)
_h = html_doc('<p class="MsoNormal">Dag allemaal,</p><p class="MsoNormal">Hieronder de leerlingen die we vandaag extra in het oog houden. '
              'Gelieve deze lijst niet verder door te sturen; ik zet alles morgen in het LVS.</p>'
              + html_table(["Naam", "Klas", "Relatie", "Opmerking", "Actie"], _rows5)
              + '<p class="MsoNormal">Morgen om 8u15 korte samenkomst in A.012.</p><p class="MsoNormal">Groeten,<br>An</p>'
              + text_to_html(sig("ade", phone=True, mobile=True)))
add("opvolglijst-dag1", "sens", S("ade"), [S("kvh"), S("bst"), S("ldw"), S("scl"), S("yei")], cc=[S("pma")],
    subject="Opvolglijst leerlingen dinsdag 7/11 - vertrouwelijk", date=D(11, 7, 16, 40),
    body=_t, html=_h, fmt=["alt", "table"],
    rules=["sensitive", "personal_data"], cats=["family", "psychosocial", "care"],
    about=ids("milan", "lotte_jan", "amira", "noor", "fien", "seppe", "mathis"),
    note="crisis-team table: divorce, father's death, co-parenting (family), shock/panic (psychosocial), CLB/psychologist (care); school phone and GSM in signature")

add("vraag-mag-ik-het-vermelden", "ord", S("ghe"), [S("ade")],
    subject="vraag: wat zeg ik in mijn klassen?", date=D(11, 7, 12, 58),
    body=dd("""
    Hoi An,

    Ik heb straks 4A en het 6de uur 4B (Engels). Mag ik het ongeval vermelden in de les of laat ik dat beter aan de titularissen? En wat doe ik met 4B, gewoon les geven of niet? Ik wil niets verkeerd zeggen.

    Ik heb zelf Jonas vorig jaar nog gehad, ik ben er ook niet goed van.

    Griet
    """),
    rules=[], about=[], fmt=["plain"],
    note="teacher's question about how to handle the class; no pupil facts, colleague only")

add("re-vraag-mag-ik-het-vermelden", "ord", S("ade"), [S("ghe")],
    subject="RE: vraag: wat zeg ik in mijn klassen?", date=D(11, 7, 13, 21), reply_to=SPC,
    body=dd("""
    Dag Griet,

    Goed dat je het vraagt. Kort:

    - 4A: het nieuws is door Hans al gebracht. Je mag het zeker benoemen ("jullie hebben het gehoord, het is een zware dag"), geef ruimte voor een vraag of een stilte, en start dan rustig met je les. Geen toets vandaag.
    - 4B: geen gewone les. Ga gewoon naar de bib, daar zitten ze samen met Pieter en het CLB. Je aanwezigheid is genoeg.
    - Geen details over het ongeval, ook niet wat je zelf gehoord hebt.
    - Wie wil vertrekken, mag naar de stilteruimte, maar niet alleen.

    En zorg voor jezelf, kom gerust eens binnen op A.015.

    An
    """) + "\n" + outlook_header("Griet Hermans <griet.hermans@sintpieterscollege.be>", "dinsdag 7 november 2023 12:58",
                                   "An Devos <an.devos@sintpieterscollege.be>", "vraag: wat zeg ik in mijn klassen?")
    + dd("""
    Hoi An,

    Ik heb straks 4A en het 6de uur 4B (Engels). Mag ik het ongeval vermelden in de les of laat ik dat beter aan de titularissen? En wat doe ik met 4B, gewoon les geven of niet? Ik wil niets verkeerd zeggen.

    Ik heb zelf Jonas vorig jaar nog gehad, ik ben er ook niet goed van.

    Griet
    """),
    rules=[], about=[], fmt=["plain", "reply"],
    note="counsellor's general guidance to a teacher; no identifiable pupil facts")

add("lotte-mama-vandaag", "sens", S("ade"), [("Sarah Van Lommel", par("lotte_jan", 1))],
    subject="Lotte - vandaag", date=D(11, 7, 17, 55),
    body=dd("""
    Beste mevrouw Van Lommel

    Dank u om Lotte vanmiddag zo snel te komen halen. Ik wil u nog even laten weten hoe haar dag was.

    Lotte was erg aangeslagen. Ze heeft een groot deel van de ochtend gehuild en kon moeilijk tot rust komen. Ze vertelde dat ze gisterenavond nog met Jonas had gechat en dat ze "niet snapt dat het echt is". Dat is een heel normale reactie in de eerste dagen.

    Morgen mag ze gerust wat later starten. Ze kan bij aankomst meteen naar mij komen (lokaal A.015). Als ze liever thuisblijft, is dat deze week ook geen probleem; verwittig dan even het leerlingensecretariaat.

    Merkt u dat ze 's nachts niet slaapt of niet meer wil eten, laat het me dan zeker weten.

    Met warme groet
    An Devos
    leerlingenbegeleider 2de graad
    """),
    rules=["sensitive"], cats=["psychosocial"], about=ids("lotte_jan"), fmt=["plain"],
    note="counsellor to Lotte Janssens' mother (roster parent 1): grief reaction, crying -> psychosocial; correctly addressed")

add("laptop-stilteruimte", "pw", S("two"), [S("ade")], cc=[S("hva")],
    subject="laptop stilteruimte B.104", date=D(11, 7, 15, 12),
    body=dd("""
    Hoi An,

    De laptop voor de stilteruimte staat klaar (met de muziek en de fotomap). Hij meldt niet aan met jullie eigen account, ik heb er een lokaal account op gezet zodat leerlingen er niet aan kunnen:

    gebruiker: stilte01
    wachtwoord: Rust-2023!kaars

    Niet op een post-it op de laptop plakken aub :-)

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="local account and password of the quiet-room laptop")

_police = dd("""
Geachte,

In het kader van het onderzoek naar het verkeersongeval van vanochtend (PV LE.55.L1.034187/2023) zouden wij graag de verklaring afnemen van de minderjarige getuige Milan De Smet (4B). Dit kan op school, in aanwezigheid van een ouder en een vertrouwenspersoon van de school. Kan u ons een moment voorstellen?

Met vriendelijke groeten

INP Wim Thijs
Politiezone Dijlevallei - Dienst Verkeer
T 016 31 77 00
""")
add("re-verhoor-getuige-politie", "sens", S("bst"), [POL], cc=[S("ade")],
    subject="RE: verklaring minderjarige getuige - PV LE.55.L1.034187/2023", date=D(11, 7, 17, 20), reply_to="pz-dijlevallei.be",
    body=dd("""
    Geachte inspecteur

    Milan kan morgen, woensdag 8/11, om 10u op school gehoord worden in lokaal A.012. Zijn vader heeft bevestigd dat hij aanwezig zal zijn; mevrouw An Devos (leerlingenbegeleider) zit er ook bij.

    Ik wil u wel meegeven dat Milan erg aangeslagen is. Hij heeft vannacht volgens zijn vader amper geslapen en hij kan nog niet goed vertellen zonder in paniek te raken. Wij vragen dan ook om het gesprek zo kort mogelijk te houden en pauzes toe te laten.

    Met vriendelijke groeten

    Bart Stevens
    adjunct-directeur
    """) + "\n" + outlook_header("Wim Thijs <wim.thijs@pz-dijlevallei.be>", "dinsdag 7 november 2023 15:02",
                                   "directie@spc.ksleuven.be", "verklaring minderjarige getuige - PV LE.55.L1.034187/2023")
    + _police,
    rules=["sensitive", "personal_data"], cats=["psychosocial"], about=ids("milan"), fmt=["plain", "reply"],
    note="police hearing of the witness Milan, who sleeps badly and panics -> psychosocial; quoted police signature has a phone number; PV number is not a credential")

_parents4b = class_parents("4B")
_t = dd("""
Beste ouders van 4B

Na deze ontzettend zware dag willen we u laten weten hoe we morgen verder gaan met de klas.

De leerlingen van 4B starten morgen om 8u25 niet in hun klaslokaal, maar samen in de bibliotheek. Hun klastitularis, meneer Maes, en de leerlingenbegeleiders zijn erbij. We maken samen een plek in de klas waar de leerlingen een kaartje, een tekening of een bloem voor Jonas kunnen neerleggen.

Er zijn deze week geen toetsen in 4B. De leerkrachten nemen de lessen rustig op, in overleg met de klas.

Wie liever een dag thuisblijft, kan dat melden aan het leerlingensecretariaat. Wie op school wil praten, kan altijd terecht bij de leerlingenbegeleiders.

We houden u op de hoogte.

Met vriendelijke groeten

Pieter Maes, klastitularis 4B
Katrien Vanhove, directeur
""")
add("morgen-in-4b", "gen", S("pma"), [S("pma")], bcc=_parents4b,
    subject="4B - morgen", date=D(11, 7, 19, 10),
    body=_t, fmt=["plain", "bcc-envelope"], rules=[], about=[],
    note="letter to all parents of 4B, every parent address only in the SMTP envelope (BCC); no pupil other than the deceased named")

# ===========================================================================
# Wednesday 8 November
# ===========================================================================

add("re-wachtwoord-digibord-4b", "pwlike", S("two"), [S("pma")],
    subject="RE: wachtwoord digibord 4B?", date=D(11, 8, 7, 55), reply_to=SPC,
    body=dd("""
    Dag Pieter,

    Sorry, wachtwoorden geef ik nooit via mail (ook niet in deze omstandigheden, beleid van Stroom). Het digibord in 4B meldt trouwens gewoon aan met je eigen Smartschool-account. Werkt dat niet, kom dan even langs in het ICT-lokaal (C.012) of maak een ticket aan bij de helpdesk, dan zet ik het samen met jou opnieuw.

    Sterkte vandaag.
    Tom
    """) + "\n" + outlook_header("Pieter Maes <pieter.maes@sintpieterscollege.be>", "dinsdag 7 november 2023 21:40",
                                   "Tom Wouters <tom.wouters@sintpieterscollege.be>", "wachtwoord digibord 4B?")
    + "Tom, kan je me het wachtwoord van het digibord in 4B sturen? Ik wil morgen de foto's tonen.\nPieter\n",
    rules=[], about=[], fmt=["plain", "reply"],
    note="look-alike: talks about a password but carries none")


_amira_mama = dd("""
Beste meneer Maes

Ik schrijf u over Amira. Sinds gisteren is ze helemaal niet goed. U weet misschien dat haar papa twee jaar geleden gestorven is. Nu komt alles terug. Ze heeft vannacht bij mij geslapen en ze zegt dat ze niet naar de begrafenis wil want ze kan het niet nog een keer. Ze wil ook niet dat de klas het weet van haar papa.

Kan er iemand van de school met haar praten? Vroeger heeft ze met mevrouw van het CLB gepraat, dat hielp.

Dank u
Latifa Ouali (mama van Amira)
""")
add("fw-amira-bericht-mama", "sens", S("pma"), [S("ade")],
    subject="FW: Amira", date=D(11, 8, 10, 32),
    body=dd("""
    An, dit kreeg ik gisterenavond. Kan jij dit opnemen? Ik heb mama geantwoord dat jij haar contacteert.
    Pieter

    -----Oorspronkelijk bericht-----
    Van: Latifa Ouali <latifa.ouali@hotmail.com>
    Verzonden: dinsdag 7 november 2023 22:47
    Aan: Pieter Maes <pieter.maes@sintpieterscollege.be>
    Onderwerp: Amira

    """) + _amira_mama,
    rules=["sensitive"], cats=["family", "psychosocial", "care"], about=ids("amira"), fmt=["plain", "forward"],
    note="forwarded parent mail: father's death (family), grief reaction (psychosocial), earlier CLB talks (care); internal forward")

_t = dd("""
Beste collega's

In bijlage vinden jullie de richtlijnen van het CLB om in de klas over verlies en rouw te praten. Lees ze even door voor je volgende les.

Enkele afspraken:
- Start elke klas deze week met een kort moment van stilte of een vraag ("hoe gaat het vandaag?"). Forceer niets.
- Vraag niet naar details van het ongeval en stuur gesprekken die daarover gaan bij.
- Leerlingen die niet kunnen volgen, mogen naar de stilteruimte; noteer hun naam zodat de leerlingenbegeleiding kan opvolgen via het LVS (niet via mail).
- Toetsen in 4B gaan deze week niet door. Voor andere klassen beslis je zelf, met gezond verstand.

Dank voor jullie inzet in deze moeilijke dagen.

Katrien
""")
add("richtlijnen-rouw-in-de-klas", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Praten over rouw in de klas - richtlijnen CLB", date=D(11, 8, 11, 45),
    body=_t, fmt=["mixed", "attachment-pdf", "bcc-envelope"],
    atts=[att_pdf("Rouw_in_de_klas_CLB.pdf", [
        "Rouw in de klas - handvatten voor leerkrachten", "",
        "1. Benoem wat er gebeurd is, eerlijk en kort.",
        "2. Geef ruimte aan verschillende reacties: verdriet, boosheid, stilte, lachen.",
        "3. Vertel niet meer dan de feiten die de familie vrijgeeft.",
        "4. Verwijs door naar de leerlingenbegeleiding als je je zorgen maakt.",
        "5. Zorg voor structuur: een gewone dagindeling geeft houvast.",
        "6. Rouw heeft geen termijn: ook na weken kan het verdriet opnieuw opduiken.",
        "", "CLB Dijleland - versie november 2023"])],
    rules=[], about=[],
    note="general guidance letter to all staff via BCC with an ordinary PDF; no pupil named")

add("aanmelding-slachtofferhulp-milan", "sens", S("ade"), [CAW],
    subject="Aanmelding jongere - getuige verkeersongeval 7/11", date=D(11, 8, 12, 20),
    body=dd("""
    Beste Joris

    Zoals telefonisch besproken meld ik hierbij een leerling aan, met akkoord van zijn ouders.

    Milan De Smet, °14/03/2008, 4de jaar (4B)
    Ouders: Bart De Smet en Evy Lauwers

    Milan fietste gisteren samen met zijn klasgenoot Jonas naar school en was getuige van de aanrijding waarbij Jonas overleed. Hij heeft sindsdien nachtmerries, schrikt van elk geluid van een vrachtwagen en durft niet meer op de fiets. Vanochtend werd hij op school door de politie verhoord.

    Het CLB (Katleen Bosschaerts) is op de hoogte en volgt mee op. Zijn ouders verwachten uw telefoontje; papa is het best bereikbaar na 17u.

    Met vriendelijke groeten
    An Devos
    leerlingenbegeleider 2de graad
    Sint-Pieterscollege Heverlee
    """),
    rules=["sensitive", "personal_data"], cats=["psychosocial", "care"], about=ids("milan"), fmt=["plain"],
    note="referral of Milan to victim support: trauma symptoms (psychosocial), CLB follow-up (care); date of birth -> personal_data")

add("codes-stilteruimte", "pw", S("dja"), [S("hva")],
    subject="stilteruimte B.104", date=D(11, 8, 13, 4),
    body=dd("""
    Hilde,

    De stilteruimte zit op het codeslot van de oude bureau. Code is 0911# , de deur valt vanzelf in het slot. De kast met de kaarsen en het fotoboek zit op slot, sleutel ligt in de sleutelkluis naast de deur, code 2207.

    Ik heb ook een extra verlengkabel gelegd voor de lichtjes.

    Dirk
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="door code and key-safe code of the quiet room")


add("aan-de-ouders-van-jonas", "sens", S("kvh"), [("Kristof Verbiest", par("fien", 1))],
    subject="Vanuit de school", date=D(11, 8, 15, 2),
    body=dd("""
    Beste Kristof

    Ik wil u en Ann nogmaals van harte ons medeleven betuigen, namens het hele schoolteam. Dank u dat we gisteren met u mochten praten en dat we de naam van Jonas mochten gebruiken in onze berichten.

    Zoals afgesproken laten we de familie beslissen over alles wat met het afscheid te maken heeft. U liet weten dat u graag een moment op school wil voor zijn klasgenoten, los van de uitvaart. We stellen donderdag 16/11 om 14u voor, in de sporthal. Hilde Van Acker van de pastorale werking neemt contact met u op voor de invulling.

    Wat Fien betreft: ze hoeft zich geen enkele zorg te maken over school. Veerle Timmermans, haar klastitularis, en Youssef El Idrissi, haar leerlingenbegeleider, zijn op de hoogte dat haar broer overleden is en nemen rustig contact met u op wanneer het u past. Fien komt terug wanneer zij daar klaar voor is.

    In gedachten bij jullie

    Katrien Vanhove
    directeur
    """),
    rules=["sensitive"], cats=["family"], about=ids("fien"), fmt=["plain"],
    note="to the bereaved father (roster parent of Fien, 2A): Fien's brother died -> family for Fien; one outside address")

add("startwachtwoord-interim", "pw", S("two"), [S("lbe")], cc=[S("yei")],
    subject="je account Sint-Pieterscollege", date=D(11, 8, 16, 31),
    body=dd("""
    Dag Laura,

    Welkom, ook al is het in erg droeve omstandigheden. Je vervangt vanaf morgen een deel van de lessen van Pieter Maes.

    Je Smartschool- en Microsoft-account:
    gebruikersnaam: laura.bex
    startwachtwoord: Lbx!7421-nov

    Bij de eerste aanmelding moet je het wijzigen. MFA stel je in met de Authenticator-app.

    Groeten
    Tom Wouters
    ICT-coördinator
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="start password of a substitute teacher's account")

# ===========================================================================
# Thursday 9 November
# ===========================================================================


_t = dd("""
Beste ouders

De familie van Jonas heeft ons gevraagd om u de praktische informatie over de uitvaart te bezorgen.

De uitvaartdienst vindt plaats op zaterdag 18 november om 10u30 in de Sint-Lambertuskerk in Heverlee. Iedereen die Jonas wil groeten, is welkom. De familie vraagt om geen bloemen mee te brengen; wie dat wil, kan een kaartje schrijven. Er staat een doos voor kaartjes aan de ingang van de school.

Leerlingen die naar de uitvaart willen gaan, doen dat samen met hun ouders. De school organiseert geen vervoer. De klasgenoten van 4B verzamelen om 10u aan de zijingang van de kerk, samen met hun klastitularis en de leerlingenbegeleiders.

Op donderdag 16 november om 14u houden we op school een afscheidsmoment voor leerlingen en personeel. Daarover volgt nog een aparte brief.

Met vriendelijke groeten

Katrien Vanhove
directeur
""")
add("uitvaart-praktisch-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Uitvaart van Jonas - praktische informatie", date=D(11, 9, 9, 5),
    body=_t, html=html_doc(text_to_html(_t)), fmt=["alt", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents about the funeral, BCC; no facts on living pupils")

add("hanne-piano-afscheid", "pers", S("hva"), [("Marc Verstraeten", par("hanne_vs", 1))],
    subject="Hanne - muziek op het afscheidsmoment", date=D(11, 9, 10, 10),
    body=dd("""
    Beste meneer Verstraeten

    Hanne kwam gisteren spontaan aanbieden om piano te spelen tijdens het afscheidsmoment voor Jonas op donderdag 16/11. We vinden dat een heel mooi gebaar en zouden daar graag op ingaan, als u akkoord gaat.

    We zouden dinsdag 14/11 na de les (16u) kort willen repeteren in de sporthal. Ze zou ongeveer een half uur later thuis zijn dan gewoonlijk.

    Vriendelijke groeten
    Hilde Van Acker
    pastorale werking
    """),
    rules=[], about=ids("hanne_vs"), fmt=["plain"],
    note="personal but not sensitive: Hanne Verstraeten (6B) plays piano at the farewell; correctly addressed to her father")

add("upload-link-fotos-4b", "pw", S("hva"), [S("hva")], bcc=[G("leerlingen4b")],
    subject="Foto's van Jonas voor het afscheidsmoment", date=D(11, 9, 10, 44),
    body=dd("""
    Dag allemaal

    Voor het afscheidsmoment maken we een diavoorstelling met foto's van Jonas. Wie een foto heeft die hij of zij graag wil delen (van de klas, van de sportkampen, van de skireis,...), kan die tot maandagavond opladen via deze link:

    https://stroomlksd-my.sharepoint.com/:f:/g/personal/hilde_vanacker/EkTq8afscheid4B

    De map is beveiligd, het wachtwoord is: HerinneringJ0nas!

    Alleen foto's waarop Jonas het zelf ook goed zou vinden. Geen foto's van het ongeval.

    Groetjes
    mevrouw Van Acker
    """),
    rules=["password"], about=[], fmt=["plain", "bcc-envelope"],
    note="password of a protected upload folder sent to the 4B pupils' list (BCC, so no bcc rule)")


add("aanmelding-clb-robbe", "sens", S("ldw"), [CLB],
    subject="Aanmelding leerling 4B - schoolweigering na overlijden klasgenoot", date=D(11, 9, 12, 15),
    body=dd("""
    Dag Katleen

    Zoals vanmorgen afgesproken meld ik Robbe Vandenberghe (4B) aan voor een traject.

    Robbe was de bankgenoot van Jonas. Sinds dinsdag is hij niet meer op school geweest. Mama vertelt dat hij zijn kamer niet meer uitkomt, zijn gsm afzet en 's nachts gamet. Vorig schooljaar was er al een periode van schoolmoeheid (zie LVS, 14 halve dagen afwezig in het 3de trimester).

    We vragen een eerste gesprek met het CLB en, als dat lukt, een huisbezoek samen met An Devos. Ouders zijn akkoord.

    Dank je!
    """) + sig("ldw", phone=True),
    rules=["sensitive", "personal_data"], cats=["psychosocial", "care"], about=ids("robbe"), fmt=["plain"],
    note="CLB referral of Robbe: withdrawal and absenteeism (psychosocial), CLB trajectory (care); direct phone line in signature")

add("teams-uitnodiging-overleg-clb", "pwlike", S("ldw"), [CLB], cc=[S("ade")],
    subject="Overleg crisisopvolging 4B", date=D(11, 9, 13, 40),
    body=dd("""
    Dag Katleen, hierbij de uitnodiging voor ons overleg van maandag. Leen

    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of apparaat in de ruimte
    Klik hier om deel te nemen aan de vergadering
    <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRhYjQ4ZTItMzA1Ny00@thread.v2/0?context=%7b%22Tid%22%3a%22b2c5%22%7d>
    Vergadering-id: 345 812 774 901
    Wachtwoordcode: Yt7Hq3
    Teams downloaden | Deelnemen via het web
    Meer informatie | Opties voor vergadering
    ________________________________________________________________________________
    """),
    rules=[], about=[], fmt=["plain", "invite"],
    note="look-alike: meeting passcode inside a Teams invitation is allowed; one external recipient")


add("bankkaart-bloemen", "pw", S("ivb"), [S("kvh")],
    subject="bankkaart", date=D(11, 9, 15, 18),
    body=dd("""
    Katrien,

    Ik geef de Bancontactkaart van de school mee aan Hilde voor de bloemen en de kaarsen. Ze vroeg de code, ik heb gezegd dat ik het aan jou zou vragen. Mag ik hem haar geven? Het is 4471.

    Ilse
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="PIN of the school's bank card")

add("bestelling-rouwkrans", "pwlike", S("kvh"), [FLOR],
    subject="Bestelling rouwkrans - uitvaart zaterdag 18/11", date=D(11, 9, 16, 5),
    body=dd("""
    Beste

    Graag bestel ik een rouwkrans in witte en lichtblauwe bloemen, met lint: "Jonas, voor altijd in ons hart - directie, personeel en leerlingen Sint-Pieterscollege". Levering in de Sint-Lambertuskerk in Heverlee op zaterdag 18/11 vóór 9u30.

    Uw offerte nr. OF-2023-1187 is goedgekeurd. Gelieve de factuur op naam van de school te sturen naar boekhouding@spc.ksleuven.be, met vermelding van ons bestelnummer BST-23-0412. Wij betalen met de gestructureerde mededeling die u op de factuur zet.

    Met vriendelijke groeten
    Katrien Vanhove
    directeur
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: order, quotation and purchase numbers open nothing")

# ===========================================================================
# Friday 10 November
# ===========================================================================

_t = dd("""
Beste collega's

Volgende donderdag 16 november om 14u houden we in de sporthal een afscheidsmoment voor Jonas. De familie is aanwezig. Hieronder het draaiboek zoals het nu vastligt.

13u30  leerlingen 1ste graad blijven in de klas met hun leerkracht (eigen moment met kaarsje, materiaal ligt klaar in de leraarskamer)
13u40  2de en 3de graad naar de sporthal, per klas, met de leerkracht van het 6de lesuur
14u00  welkom door de directeur
14u05  muziek (piano, leerling 6B)
14u10  tekst door twee klasgenoten van 4B
14u20  diavoorstelling met foto's
14u30  moment van stilte, leerlingen leggen een bloem of kaartje bij de foto
14u45  einde; 4B blijft nog samen met de familie in de refter

Afspraken:
- Gsm's blijven in de boekentas. Er wordt niet gefilmd of gefotografeerd.
- Leerkrachten zitten bij hun klas, niet achteraan.
- Leerlingen die het te zwaar krijgen, mogen naar buiten; aan beide uitgangen staat een leerlingenbegeleider.
- Na 15u gaan de lessen normaal verder.

Bedankt om hier mee voor te zorgen.

Katrien Vanhove
""")
add("draaiboek-afscheidsmoment-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Afscheidsmoment Jonas - donderdag 16/11 om 14u", date=D(11, 10, 8, 30),
    body=_t, fmt=["plain", "bcc-envelope"], rules=[], about=[],
    note="general letter to all staff via BCC: farewell programme; no pupil facts")

add("fien-terugkeer-2a", "sens", S("yei"), [S("vti")], cc=[S("ldw")],
    subject="Fien (2A) - terugkeer", date=D(11, 10, 9, 15),
    body=dd("""
    Dag Veerle

    Ik heb gisteren met de mama van Fien Verbiest gebeld. Fien wil maandag terug naar school komen, eerst alleen in de voormiddag.

    Wat ze vraagt:
    - dat er in de klas niet over haar broer gepraat wordt zolang zij erbij is;
    - dat ze niet in het middelpunt staat (geen kaartjes van de klas overhandigen waar iedereen bij is);
    - dat ze altijd naar mij of naar de stilteruimte mag.

    Met Leen hebben we afgesproken dat Fien tot de kerstvakantie geen toetsen moet maken en dat ze voor de examens een aangepaste regeling krijgt (minder vakken, spreiding). Wil jij dat aan de collega's van 2A laten weten, zonder de details?

    Youssef
    """),
    rules=["sensitive"], cats=["family", "care"], about=ids("fien"), fmt=["plain"],
    note="Fien's brother died (family); exemptions and adjusted exam arrangement (care); internal")

add("wifi-gast-afscheid", "pw", S("two"), [S("hva")], cc=[S("dja")],
    subject="Wifi voor de technieker donderdag", date=D(11, 10, 10, 2),
    body=dd("""
    Hilde,

    Voor de geluidstechnieker van donderdag in de sporthal: hij kan op het gastnetwerk.

    Netwerk: SPC-Gast
    Sleutel: Afscheid#1611

    De sleutel werkt tot vrijdag, daarna verander ik hem terug.

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="guest Wi-Fi key")

add("lotte-opvolging-vrijdag", "sens", S("ade"), [("Sarah Verhulst", par("lotte_jac", 1))],
    subject="Lotte Janssens (4B) - opvolging", date=D(11, 10, 11, 20),
    body=dd("""
    Dag Sarah

    Zoals beloofd een korte stand van zaken over Lotte.

    Ze was vandaag al wat rustiger dan dinsdag en woensdag, maar ze vertelde me dat ze 's nachts nog uren wakker ligt en de chat met Jonas blijft herlezen. Ze durft ook niet meer alleen naar school te fietsen langs de Naamsesteenweg. Ik raad aan dat iemand haar de komende weken brengt of dat ze met een vriendin samen rijdt.

    Ik zie haar maandag in het 4de lesuur opnieuw. Als u het goed vindt, laat ik haar ook eens praten met Katleen van het CLB.

    Warme groet
    An
    """),
    rules=["sensitive", "recipient"], cats=["psychosocial", "care"], about=ids("lotte_jan"), mis=True,
    fmt=["plain"],
    note="about Lotte Janssens (4B) but sent to Sarah Verhulst, mother of Lotte Jacobs (3B): wrong autocomplete on 'Sarah'; sleeplessness and fear (psychosocial), CLB (care)")

add("fiets-ilias", "pers", LLNSEC, [("Mohamed El Amrani", par("ilias", 1))],
    subject="Fiets van Ilias", date=D(11, 10, 12, 10),
    body=dd("""
    Beste meneer El Amrani

    De fiets van Ilias staat sinds dinsdag in de fietsenstalling met een lekke achterband. Ilias zei dat hij hem ging laten ophalen, maar hij staat er nog. Vanaf volgende week wordt de stalling 's avonds afgesloten. Kan iemand hem voor vrijdag 16u komen halen?

    Met vriendelijke groeten
    Leerlingensecretariaat Sint-Pieterscollege
    """),
    rules=[], about=ids("ilias"), fmt=["plain"],
    note="personal, not sensitive: a bike left in the shed; correctly addressed to Ilias' father")

add("vraag-tekst-amira", "sens", S("kdi"), [S("ade")],
    subject="tekst afscheidsmoment", date=D(11, 10, 13, 45),
    body=dd("""
    Hoi An,

    Voor het afscheidsmoment zoeken we twee leerlingen van 4B die een tekst willen lezen. Amira schrijft prachtig en ze was een goede vriendin van Jonas. Maar ik weet dat haar papa ook overleden is en ik wil haar niet in een moeilijke positie brengen. Mag ik het haar vragen of vraag jij het liever?

    Kaat
    """),
    rules=["sensitive"], cats=["family"], about=ids("amira"), fmt=["plain"],
    note="teacher's question mentions that Amira's father died -> family; internal")

add("4b-kaartjes-familie", "ord", S("pma"), [G("ouders4b", "Ouders 4B")],
    subject="4B - kaartjes en tekeningen voor de familie", date=D(11, 10, 14, 30),
    body=dd("""
    Beste ouders

    De leerlingen van 4B mogen tot woensdag een kaartje, tekening of brief voor de familie van Jonas meebrengen. We verzamelen alles in een doos en overhandigen die donderdag na het afscheidsmoment aan zijn ouders.

    Wie dat wil, mag ook een foto meebrengen; die komt in het herinneringsboek in de klas.

    Dank u
    Pieter Maes
    klastitularis 4B
    """),
    rules=["bcc"], about=[], fmt=["plain", "group-in-to"],
    note="the parents' list ouders4b@ is visible in To instead of BCC; content itself is harmless")

add("klaslaptop-4b", "pw", S("two"), [S("pma")],
    subject="klaslaptop 4B", date=D(11, 10, 15, 10),
    body=dd("""
    Pieter,

    Zoals aan de telefoon: het lokale wachtwoord van de klaslaptop in 4B (die met de muziek voor donderdag) is

    hoofdletter D - i - j - l - e - dan de cijfers 4 en 8 - en een uitroepteken

    dus zonder spaties. Niet verder geven aan leerlingen aub.

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="a password spelled out character by character")

# ===========================================================================
# Monday 13 November
# ===========================================================================


add("wout-peeters-vrijdagnamiddag", "sens", S("pma"), [par("lore", 1)],
    subject="Wout Peeters - vrijdagnamiddag", date=D(11, 13, 9, 30),
    body=dd("""
    Beste ouders

    Ik laat u weten dat Wout vrijdag het 6de en 7de lesuur niet in de les was, zonder verwittiging. Ik heb hem er vanochtend kort over aangesproken. Hij gaf toe dat hij naar het kruispunt gefietst was waar het ongeval met Jonas gebeurde.

    We merken de laatste dagen dat Wout het heel moeilijk heeft: hij zit tijdens de pauzes alleen en praat met niemand. Ik zou het fijn vinden als u eens contact opneemt met mij of met mevrouw Devos, onze leerlingenbegeleider.

    Met vriendelijke groeten
    Pieter Maes
    klastitularis 4B
    """),
    rules=["sensitive", "recipient"], cats=["psychosocial"], about=ids("wout"), mis=True, fmt=["plain"],
    note="about Wout Peeters (4B) but sent to the family address of Lore Peeters (3A), same surname, none of Wout's parents; truancy and isolation -> psychosocial")

add("welkom-praktische-info", "pw", S("ivb"), [S("lbe")],
    subject="Welkom - praktische info", date=D(11, 13, 10, 15),
    body=dd("""
    Dag Laura

    Welkom op Sint-Pieterscollege! Je badge is nog niet klaar (binnen een week of twee). Tot dan:

    - personeelsingang aan de Groeneweg: code 1357*
    - kopieerapparaat in de leraarskamer: je pincode is 6024
    - je kluisje is nr. 47, sleutel ligt bij mij

    De koffie kost 0,50 € per tas, het potje staat naast de machine ;-)

    Ilse
    secretariaat
    """), charset="windows-1252", cte="8bit",
    rules=["password"], about=[], fmt=["plain-cp1252"],
    note="door code and copier PIN; locker number is not a secret")

add("oscar-grief-english", "sens", S("ade"), [("Emily Thompson", par("oscar", 1))],
    subject="Oscar - follow-up and contacts", date=D(11, 13, 11, 2), lang="en",
    body=dd("""
    Dear Mrs Thompson,

    Thank you for coming in on Friday. As promised, a short follow-up.

    Oscar told me again today that he can hardly sleep and that he keeps thinking about Jonas during lessons. He finds it hard to talk about it in Dutch, and at home he does not want to worry you. This is a very understandable reaction.

    I discussed Oscar's situation with our CLB (the pupil guidance centre). They suggest a few sessions with a grief therapist who works in English. Two possibilities in Leuven:
    - Eva Smolders, Kompas Psychologie (eva@kompas-psychologie.be)
    - the English-speaking service of the university hospital (ask your GP for a referral)

    At school, Oscar can come to me whenever he needs to, and his English teacher, Mrs Hermans, has offered to talk with him as well.

    Kind regards,
    An Devos
    Pupil counsellor, 2nd stage
    Sint-Pieterscollege Heverlee
    """),
    rules=["sensitive"], cats=["psychosocial", "care"], about=ids("oscar"), fmt=["plain"],
    note="English mail to Oscar's mother (roster parent 1): sleeplessness and grief (psychosocial), CLB advice and therapist referral (care)")

add("wachtwoord-verloopt-herinnering", "pwlike", HELPDESK, [HELPDESK], bcc=[PERSONEEL],
    subject="Herinnering: je wachtwoord verloopt binnenkort", date=D(11, 13, 11, 40),
    body=dd("""
    Beste collega

    Voor een aantal accounts verloopt het wachtwoord in de komende 14 dagen. Je krijgt daarover een melding bij het aanmelden.

    Wijzig je wachtwoord zelf via https://mijnaccount.lksd.ksleuven.be. Kies een zin van minstens 14 tekens die je nergens anders gebruikt.

    Let op: in deze periode sturen oplichters berichten die er uitzien als deze. Stroom vraagt je NOOIT om je wachtwoord via mail door te geven of op een link in een mail te klikken om je wachtwoord "te bevestigen". Twijfel je, bel dan de helpdesk of loop binnen bij je ICT-coördinator.

    ICT-helpdesk Stroom
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="look-alike: password-expiry notice without any password; staff list in BCC")

add("febe-tekst-schoolkrant", "pers", S("kdi"), [pup("febe")],
    subject="je tekst", date=D(11, 13, 13, 20),
    body=dd("""
    Dag Febe

    Ik heb je tekst voor donderdag gelezen. Hij is heel mooi en heel eerlijk, je mag hem zo houden. Eén tip: lees hem een paar keer hardop, dan weet je waar je even wil pauzeren.

    De redactie van de schoolkrant vroeg of ze je tekst na het afscheidsmoment mogen opnemen in het decembernummer. Denk er gerust over na, je hoeft niet meteen te antwoorden.

    Mevrouw Dierickx
    """),
    rules=[], about=ids("febe"), fmt=["plain"],
    note="personal, not sensitive: feedback to Febe Goris (4B) on her farewell text, sent to her own pupil address")

add("draaiboek-opstelling-sporthal", "att", S("dja"), [S("hva"), S("kba")],
    subject="draaiboek + opstelling sporthal", date=D(11, 13, 14, 5),
    body=dd("""
    Hilde, Koen,

    In bijlage het draaiboek met de opstelling van de stoelen en de micro's. Het is het sjabloon van de proclamatie, je moet de macro's inschakelen anders werkt de knop 'plan afdrukken' niet.

    Dirk
    """),
    atts=[att_docx("Draaiboek_afscheid_sporthal.docm", [
        "Draaiboek afscheidsmoment - sporthal", "Opstelling: 14 rijen van 30 stoelen, middengang 2 m",
        "Micro 1: spreekgestoelte", "Micro 2: piano", "Beamer: laptop stilteruimte"], macro=True)],
    rules=["attachment"], about=[], fmt=["mixed", "attachment-docm"],
    note="Word document with macros (.docm) as attachment")


# ===========================================================================
# Tuesday 14 November
# ===========================================================================

_j = dd("""
Goedemiddag,

Ik werk aan een stuk over de verkeersveiligheid rond de scholen in Heverlee, naar aanleiding van het dodelijke ongeval van vorige week. Zou ik iemand van de school kunnen spreken, of eventueel een klasgenoot van het slachtoffer? Ik kan morgen langskomen.

Bel me gerust op 0486 71 93 25.

Dries Vleminckx
Regionieuws Leuven
""")
add("re-vraag-journalist", "ord", S("kvh"), [JOUR],
    subject="RE: vraag interview verkeersveiligheid", date=D(11, 14, 8, 15), reply_to="regionieuws-leuven.be",
    body=dd("""
    Beste meneer Vleminckx

    Dank voor uw vraag. Begrijp alstublieft dat de school in deze periode geen interviews geeft en dat we leerlingen niet laten aanspreken. We vragen u met aandrang om ook niet aan de schoolpoort leerlingen te benaderen.

    Over verkeersveiligheid in het algemeen kan u terecht bij de stad; wij werken daar in de komende maanden graag aan mee, maar nu staat de rouw van de familie en van onze leerlingen voorop.

    Met vriendelijke groeten
    Katrien Vanhove
    directeur
    """) + "\n" + outlook_header("Dries Vleminckx <dries.vleminckx@regionieuws-leuven.be>", "maandag 13 november 2023 16:48",
                                   "info@sintpieterscollege.be", "vraag interview verkeersveiligheid") + _j,
    rules=["personal_data"], about=[], fmt=["plain", "reply"],
    note="direction declines a journalist; the quoted request holds the journalist's mobile number -> personal_data only")

_rows = [
    ("Robbe Vandenberghe", "4B", "7/11 - 14/11", "10 halve dagen", "ongewettigd; mama verwittigt telkens; CLB ingeschakeld"),
    ("Noor Hendrickx", "4B", "9/11 nm, 10/11", "3 halve dagen", "medisch attest huisarts: angstklachten"),
    ("Lotte Janssens", "4B", "8/11 vm", "1 halve dag", "ouders verwittigd (B-code)"),
    ("Wout Peeters", "4B", "10/11 u6-7", "2 lesuren", "spijbelen - titularis verwittigd"),
    ("Seppe Michiels", "5A", "13/11 u1", "te laat (25 min)", "neemt de bus niet meer, wordt gebracht"),
]
_t = "Dag An,\n\nZoals gevraagd het overzicht van de afwezigheden van de leerlingen op jullie opvolglijst, periode 7/11 - 14/11.\n\n" + \
     text_table(["Leerling", "Klas", "Periode", "Omvang", "Opmerking"], _rows) + \
     "\n\nDe afwezigheid van Robbe nadert de grens voor de melding aan het CLB/AgODi, ik heb die alvast voorbereid.\n\nPatrick\nleerlingensecretariaat\n"
_h = html_doc('<p class="MsoNormal">Dag An,</p><p class="MsoNormal">Zoals gevraagd het overzicht van de afwezigheden van de leerlingen op jullie opvolglijst, periode 7/11 - 14/11.</p>'
              + html_table(["Leerling", "Klas", "Periode", "Omvang", "Opmerking"], _rows)
              + '<p class="MsoNormal">De afwezigheid van Robbe nadert de grens voor de melding aan het CLB/AgODi, ik heb die alvast voorbereid.</p>'
              '<p class="MsoNormal">Patrick<br>leerlingensecretariaat</p>')
add("afwezigheden-opvolglijst", "sens", S("pge"), [S("ade")],
    subject="afwezigheden opvolglijst 7/11-14/11", date=D(11, 14, 9, 0),
    body=_t, html=_h, fmt=["alt", "table"],
    rules=["sensitive"], cats=["psychosocial", "medical", "care"],
    about=ids("robbe", "noor", "lotte_jan", "wout", "seppe"),
    note="absence table: truancy (psychosocial), medical certificate for anxiety (medical), CLB involvement (care); internal")

add("mfa-crisismailbox", "pw", S("two"), [S("scl")],
    subject="MFA crisisteam-mailbox - back-upcodes", date=D(11, 14, 10, 20),
    body=dd("""
    Sofie,

    De gedeelde mailbox van het crisisteam staat nu op MFA met jouw gsm als tweede factor. Als je je gsm kwijt bent, kan je met deze eenmalige back-upcodes binnen. Print ze en leg ze in de kluis, en verwijder daarna deze mail:

    4829 1733
    5519 0284
    7730 6612
    1048 9957
    3365 2210

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="MFA recovery/backup codes")


add("turnzak-jasper", "pers", S("kba"), [("Wim Nys", par("jasper", 1))],
    subject="turnzak Jasper", date=D(11, 14, 12, 30),
    body=dd("""
    Dag meneer Nys

    Jasper heeft vorige week zijn turnzak in de kleedkamer laten liggen (blauwe Adidas-zak met zijn naam op). Ik heb hem in mijn lokaal gelegd. Hij mag hem morgen komen halen, of ik geef hem mee na de les LO van donderdag.

    Groeten
    Koen Baert
    """),
    rules=[], about=ids("jasper"), fmt=["plain"],
    note="personal, not sensitive: a forgotten sports bag; correctly addressed to Jasper Nys' father")

_h = html_doc("""
<p class="MsoNormal"><b>Afscheidsmoment voor Jonas - donderdag 16 november</b></p>
<p class="MsoNormal">Beste ouders</p>
<p class="MsoNormal">Donderdag om 14u nemen we op school afscheid van Jonas, samen met zijn familie. Alle leerlingen van de 2de en 3de graad komen samen in de sporthal; de leerlingen van de 1ste graad houden een eigen moment in hun klas.</p>
<p class="MsoNormal">Uw zoon of dochter mag een bloem of een kaartje meebrengen. Na het afscheidsmoment gaan de lessen normaal verder; de schooldag eindigt op het gewone uur.</p>
<p class="MsoNormal">Er wordt niet gefilmd of gefotografeerd. We vragen de leerlingen om hun gsm in de boekentas te laten.</p>
<p class="MsoNormal">Ouders van 4B zijn welkom; zij worden na het moment samen met de klas en de familie ontvangen in de refter.</p>
<p class="MsoNormal">Met vriendelijke groeten<br>Katrien Vanhove, directeur</p>
""")
add("afscheidsmoment-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Afscheidsmoment donderdag 16 november", date=D(11, 14, 14, 0),
    html=_h, html_only=True, fmt=["html-only", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents, HTML only, BCC")


add("beamer-sporthal", "pw", S("two"), [S("hva")],
    subject="beamer sporthal", date=D(11, 14, 16, 2),
    body=dd("""
    Hilde,

    De pc van de beamer in de sporthal staat klaar voor donderdag. Log in met
    gebruiker: aula
    ww:
    Spor
    thal-
    16!

    (zonder enters natuurlijk, Outlook maakt er soms rare dingen van)

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="password split over several lines")

# ===========================================================================
# Wednesday 15 November
# ===========================================================================

add("hanne-6b-bedankt-repetitie", "pers", S("hva"), [("Carine Verbeeck", par("hanne_vb", 1))],
    subject="Hanne (6B) - repetitie afscheidsmoment", date=D(11, 15, 8, 30),
    body=dd("""
    Beste mevrouw

    Dank u om Hanne gisteren wat later te laten blijven voor de repetitie in de sporthal. Het was heel mooi; ze speelt het stuk van Einaudi dat Jonas zo graag hoorde. Donderdag verwachten we Hanne om 13u15 aan de sporthal, ze mag de piano nog even inspelen.

    Vriendelijke groeten
    Hilde Van Acker
    """),
    rules=["recipient"], about=ids("hanne_vs"), mis=True, fmt=["plain"],
    note="about Hanne Verstraeten (6B, piano) but sent to the mother of Hanne Verbeeck (5B): same first name, none of Hanne Verstraeten's parents; content not sensitive")

add("catering-allergie-ella", "sens", S("hva"), [CATER],
    subject="Koffie en broodjes donderdag 16/11 - bevestiging", date=D(11, 15, 9, 20),
    body=dd("""
    Beste

    Graag bevestig ik de bestelling voor donderdag 16/11 om 14u45 in de refter: koffie, thee en water voor 80 personen en 40 zoete broodjes.

    Eén belangrijke opmerking: een van de leerlingen die mee bedient, Ella Segers, heeft een ernstige notenallergie (ze heeft een adrenalinepen bij). Kan u er zeker van zijn dat er in niets noten of sporen van noten zitten? Zo niet, dan laten we haar iets anders doen.

    Met vriendelijke groeten
    Hilde Van Acker
    pastorale werking, Sint-Pieterscollege
    """),
    rules=["sensitive"], cats=["medical"], about=ids("ella"), fmt=["plain"],
    note="to an outside caterer: Ella Segers' severe nut allergy and adrenaline pen -> medical")

add("codes-berging-sporthal", "pw", S("dja"), [S("kba")],
    subject="stoelen sporthal", date=D(11, 15, 10, 0),
    body=dd("""
    Koen,

    De stoelen staan in de materiaalberging achter de sporthal. Code van het hangslot is 4-0-7-1. Als je na 17u gaat, moet je eerst het alarm van de sporthal uitzetten: 9988 en dan OFF. Vergeet het niet terug op te zetten.

    Dirk
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="padlock code and alarm code")


add("milan-donderdag", "sens", S("pma"), [("Bart De Smet", par("milan", 1)), CAW],
    subject="Milan - donderdag", date=D(11, 15, 13, 0),
    body=dd("""
    Beste meneer De Smet, beste Joris

    Milan liet me weten dat hij morgen niet op het afscheidsmoment wil zijn. Dat is helemaal oké; hij blijft die tijd in de bibliotheek met mevrouw Devos. Hij vertelde me ook dat hij de voorbije nachten opnieuw nachtmerries had en dat hij het geluid van de ambulance blijft horen.

    Joris, je liet weten dat je Milan donderdag om 11u op school kan zien. Lokaal A.015 is vrij.

    Vriendelijke groeten
    Pieter Maes
    """),
    rules=["sensitive", "bcc"], cats=["psychosocial"], about=ids("milan"), fmt=["plain"],
    note="Milan's father and the victim-support worker are both visible in To (two outside people) -> bcc; nightmares -> psychosocial; correctly addressed to Milan's parent")

add("digibord-sporthal-eigen-account", "pwlike", S("two"),
    [S("pma"), S("kdi"), S("wcu"), S("ghe"), S("ndu")],
    subject="digibord/beamer - aanmelden", date=D(11, 15, 14, 20),
    body=dd("""
    Collega's,

    Een paar mensen vroegen me een wachtwoord voor de digiborden. Dat bestaat niet: je meldt overal aan met je eigen Stroom-account. Wachtwoord vergeten of geblokkeerd? Reset het zelf via mijnaccount.lksd.ksleuven.be of maak een ticket bij de helpdesk. Ik stuur nooit wachtwoorden via mail.

    Tom
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: explains how to log in and reset, no secret; only single colleagues in To")

add("programma-ter-goedkeuring-familie", "ord", S("kvh"), [("Kristof Verbiest", par("fien", 1))],
    subject="Programma afscheidsmoment - ter goedkeuring", date=D(11, 15, 15, 45),
    body=dd("""
    Beste Kristof

    In bijlage het programma voor morgen, zoals we het met Hilde besproken hebben. Als u nog iets wil wijzigen, mag u mij altijd bellen, ook vanavond.

    We voorzien vooraan in de sporthal plaatsen voor de familie. Na het moment ontvangen we jullie graag samen met 4B in de refter; jullie beslissen zelf hoe lang jullie blijven.

    Hartelijke groet
    Katrien
    """) + sig("kvh", mobile=True),
    atts=[att_pdf("Programma_afscheidsmoment_16-11.pdf", [
        "Afscheidsmoment Jonas Verbiest - donderdag 16 november 2023, sporthal", "",
        "14.00 Welkom - Katrien Vanhove", "14.05 Muziek - piano", "14.10 Tekst namens 4B",
        "14.20 Diavoorstelling", "14.30 Stilte en bloemen", "14.45 Samenzijn in de refter"])],
    rules=["personal_data"], about=[], fmt=["mixed", "attachment-pdf"],
    note="programme to the bereaved father; no fact about a living pupil; director's GSM in signature")

# ===========================================================================
# Thursday 16 / Friday 17 November
# ===========================================================================

add("poort-fietsenstalling", "pw", S("dja"), [S("hva")],
    subject="poort", date=D(11, 16, 7, 50),
    body="Hilde, poort fietsenstalling staat vandaag op code ipv badge ivm de bezoekers: 1207#\nLaat ze niet openstaan aub.\nDirk\n\nVerstuurd vanaf mijn iPhone\n",
    rules=["password"], about=[], fmt=["phone", "plain"], xmailer="iphone",
    note="gate code of the bike shed")

add("begeleidingsplan-noor", "sens", S("ldw"), [("Tom Hendrickx", par("noor", 2))], cc=[S("ade")],
    subject="Noor - tijdelijk begeleidingsplan", date=D(11, 16, 9, 30),
    body=dd("""
    Beste meneer Hendrickx

    Na ons gesprek van maandag en overleg met het CLB stellen we voor Noor een tijdelijk begeleidingsplan voor, tot de krokusvakantie. U vindt het in bijlage.

    Kort samengevat:
    - Noor krijgt een rustkaart: bij een paniekaanval mag ze de klas verlaten naar A.015.
    - Toetsen mag ze maken in een aparte, rustige ruimte.
    - Geen mondelinge beurten voor de klas tot de kerstvakantie.
    - Wekelijks kort contact met mevrouw Devos; haar psychologe mag ons tips geven (met jullie toestemming).

    Laat gerust weten als u iets wil aanpassen.

    Met vriendelijke groeten
    Leen De Wit
    zorgcoördinator
    """),
    atts=[att_docx("Begeleidingsplan_Noor_Hendrickx_4B.docx", [
        "Tijdelijk begeleidingsplan - Noor Hendrickx (4B)", "Aanleiding: terugkeer van angst en paniekaanvallen na overlijden klasgenoot",
        "Maatregelen: rustkaart, aparte toetsruimte, geen mondelinge beurten, wekelijks gesprek leerlingenbegeleiding",
        "Externe hulp: psychologe (privé), CLB Dijleland", "Evaluatie: week van 12 februari 2024"])],
    rules=["sensitive"], cats=["psychosocial", "care"], about=ids("noor"), fmt=["mixed", "attachment-docx"],
    note="to Noor's father (roster parent 2): care plan with adjustments (care), panic attacks (psychosocial); correctly addressed")

add("dank-na-afscheid-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Dank je wel", date=D(11, 16, 16, 40),
    body=dd("""
    Beste collega's

    Wat een waardig en warm afscheid hebben we vandaag samen gemaakt. De ouders van Jonas vroegen me uitdrukkelijk om iedereen te bedanken: voor de muziek, de teksten, de stilte, en voor de manier waarop jullie bij de leerlingen waren.

    Het verdriet is daarmee niet weg. Ook de komende weken blijven we alert. Wie een leerling ziet die het moeilijk heeft, noteert dat in het LVS of spreekt de leerlingenbegeleiding aan, niet via mail.

    Morgen om 12u35 is er soep en een koffie in de leraarskamer, voor wie even wil samen zijn.

    Katrien
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="general thank-you letter to all staff via BCC")

add("dank-hanne-piano", "pers", S("hva"), [pup("hanne_vs")],
    subject="dank je wel!", date=D(11, 16, 17, 30),
    body=dd("""
    Dag Hanne

    Ik wil je nog eens persoonlijk bedanken. Je spel vanmiddag was prachtig en heel rustig, precies wat we nodig hadden. De mama van Jonas kwam achteraf naar me toe om te vragen wie er speelde; ze wil je graag eens bedanken.

    Geniet van je weekend.
    Mevrouw Van Acker
    """),
    rules=[], about=ids("hanne_vs"), fmt=["plain"],
    note="personal, not sensitive: thanks to Hanne Verstraeten (6B) at her own pupil address")

_t = dd("""
Beste ouders

Morgen, zaterdag 18 november, is de uitvaart van Jonas om 10u30 in de Sint-Lambertuskerk in Heverlee.

Nog eens de afspraken:
- Leerlingen gaan samen met hun ouders; de school organiseert geen vervoer.
- De klasgenoten van 4B verzamelen om 10u aan de zijingang, met meneer Maes en de leerlingenbegeleiders.
- De familie vraagt geen bloemen. Kaartjes kunnen nog tot morgen in de doos aan de ingang van de school.
- Na de dienst is er geen koffietafel voor de schoolgemeenschap; de familie neemt in besloten kring afscheid.

Maandag starten de lessen gewoon om 8u25. De leerlingenbegeleiders zijn de hele dag beschikbaar.

Met vriendelijke groeten
Katrien Vanhove
directeur
""")
add("uitvaart-morgen-herinnering", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Uitvaart Jonas - zaterdag 18 november", date=D(11, 17, 9, 0),
    body=_t, cte="quoted-printable", fmt=["plain-qp", "bcc-envelope"], rules=[], about=[],
    note="general reminder to all parents, quoted-printable, BCC")

add("signaal-ruben-thuis", "sens", S("scl"), [S("ldw")],
    subject="dringend - signaal leerling 5B", date=D(11, 17, 10, 15),
    body=dd("""
    Leen,

    Tijdens een groepsgesprek over rouw in 5B bleef Ruben Claessens achteraf hangen. Hij vertelde dat zijn vader de laatste weken veel drinkt en hem en zijn mama dan slaat. Hij liet een blauwe plek op zijn bovenarm zien. Hij wil niet dat zijn papa weet dat hij het verteld heeft en is bang om naar huis te gaan.

    Ik heb meteen het CLB (Katleen) gebeld; zij neemt contact op met het Vertrouwenscentrum Kindermishandeling. Ruben blijft tot 16u bij mij. Kan jij om 13u bij het overleg met het CLB zijn?

    Sofie
    """),
    rules=["sensitive"], cats=["family", "psychosocial", "medical", "care"], about=ids("ruben"), fmt=["plain"],
    note="disclosure of violence at home (family), fear (psychosocial), visible bruise/injury (medical), CLB and VK involved (care); internal")

add("kluis-secretariaat", "pw", S("ivb"), [S("bst")],
    subject="kluis", date=D(11, 17, 11, 40),
    body=dd("""
    Bart,

    De rouwregisters en de kaartjes voor de familie liggen in de kluis van het secretariaat tot maandag. Ik ben maandag pas om 10u op school; als de familie vroeger komt: de combinatie is 3-7-1-9, daarna de hendel naar rechts. De sleutel van het archief ligt er ook in.

    Ilse
    """), cte="quoted-printable",
    rules=["password"], about=[], fmt=["plain-qp"],
    note="safe combination")

add("oscar-memorial-run-form", "pers", LLNSEC, [("David Thompson", par("oscar", 2))],
    subject="Memorial run 2 December - permission form", date=D(11, 17, 13, 0), lang="en",
    body=dd("""
    Dear Mr Thompson,

    Oscar signed up for the memorial run that the pupils' council is organising on Saturday 2 December in the Heverleebos. Since the run takes place outside school hours, we need a parent's signature on the attached form. Oscar can hand it in at the pupils' office next week.

    Kind regards,
    Pupils' office
    Sint-Pieterscollege Heverlee
    """),
    atts=[att_pdf("Toestemming_herdenkingsloop.pdf", [
        "Herdenkingsloop zaterdag 2 december - toestemming ouders",
        "Naam leerling: ........................  Klas: ......",
        "Ik geef toestemming dat mijn zoon/dochter deelneemt.", "Handtekening ouder: ........................"])],
    rules=[], about=ids("oscar"), fmt=["mixed", "attachment-pdf"],
    note="personal, not sensitive: permission form for a run; correctly addressed to Oscar's father (roster parent 2)")

# ===========================================================================
# Week of 20 November
# ===========================================================================

add("robbe-mama-plan", "sens", S("ade"), [("An Smets", par("robbe", 1))],
    subject="Robbe - voorstel plan", date=D(11, 20, 8, 30),
    body=dd("""
    Beste mevrouw Smets

    Robbe is nu bijna twee weken niet op school geweest. Ik begrijp heel goed dat hij na het overlijden van Jonas, met wie hij elke dag naast elkaar zat, de klas niet in durft. Toch willen we samen zoeken naar een manier om hem stap voor stap terug te laten komen, want hoe langer het duurt, hoe moeilijker het wordt.

    Ons voorstel, afgesproken met Katleen van het CLB:
    - woensdag 22/11 om 14u een huisbezoek door Katleen en mij;
    - daarna, als Robbe dat aankan, een eerste keer naar school voor één lesuur, met een vaste plek bij mij in A.015;
    - een wekelijks gesprek bij het CLB.

    Laat u me weten of woensdag past?

    Met vriendelijke groeten
    An Devos
    """),
    rules=["sensitive"], cats=["psychosocial", "care"], about=ids("robbe"), fmt=["plain"],
    note="to Robbe's mother (roster parent 1): school refusal (psychosocial), CLB trajectory and home visit (care); correctly addressed")

_rows = [
    ("Lotte Janssens", "mag de klas verlaten met de groene kaart (naar A.015)", "rouw, slaapt slecht"),
    ("Noor Hendrickx", "toetsen in aparte ruimte; geen mondelinge beurten", "paniekaanvallen, begeleidingsplan"),
    ("Amira Benali", "niet over haar familie laten vertellen (ook niet bij Nederlands - spreekbeurt 'mijn familie')", "papa overleden 2021"),
    ("Milan De Smet", "niet aan het raam aan de straatkant; mag koptelefoon dragen bij zelfstandig werk", "getuige ongeval, traumaklachten, Slachtofferhulp"),
    ("Jana Dewulf", "voorleessoftware (Sprint) bij toetsen, extra tijd", "dyslexie - attest in LVS"),
    ("Oscar Thompson", "woensdag u5 afwezig voor therapie", "rouwbegeleiding in het Engels"),
]
_t = "Beste collega's van 4B\n\nHieronder de afspraken voor 4B tot de kerstvakantie. Graag opvolgen, en niet verder verspreiden.\n\n" + \
     text_table(["Leerling", "Afspraak", "Achtergrond (vertrouwelijk)"], _rows) + \
     "\n\nBij vragen: Leen of An.\n\nLeen De Wit\nzorgcoördinator\n"
_h = html_doc('<p class="MsoNormal">Beste collega\'s van 4B</p><p class="MsoNormal">Hieronder de afspraken voor 4B tot de kerstvakantie. '
              'Graag opvolgen, en niet verder verspreiden.</p>'
              + html_table(["Leerling", "Afspraak", "Achtergrond (vertrouwelijk)"], _rows)
              + '<p class="MsoNormal">Bij vragen: Leen of An.</p><p class="MsoNormal">Leen De Wit<br>zorgcoördinator</p>')
add("afspraken-4b-tot-kerst", "sens", S("ldw"),
    [S("pma"), S("wcu"), S("kdi"), S("ghe"), S("ndu"), S("mgo"), S("kba"), S("lbe")],
    subject="4B - afspraken per leerling tot de kerstvakantie", date=D(11, 20, 10, 0),
    body=_t, html=_h, fmt=["alt", "table"],
    rules=["sensitive"], cats=["family", "psychosocial", "care"],
    about=ids("lotte_jan", "noor", "amira", "milan", "jana_d", "oscar"),
    note="table with per-pupil arrangements: father's death (family), trauma and panic (psychosocial), dyslexia, therapy, care plan (care); eight single colleagues in To, no list")

add("debriefing-personeel", "ord", S("bst"), [PERSONEEL],
    subject="Debriefing dinsdag 21/11 - 16u refter", date=D(11, 20, 11, 15),
    body=dd("""
    Beste collega's

    Morgen, dinsdag 21/11, om 16u is er in de refter een debriefing over de voorbije twee weken, begeleid door twee medewerkers van Slachtofferhulp. De bedoeling is niet om over leerlingen te spreken, maar over hoe het met jullie gaat.

    Deelname is vrijblijvend. Wie liever een individueel gesprek heeft, kan dat bij mij aangeven.

    Bart
    """),
    rules=["bcc"], about=[], fmt=["plain", "group-in-to"],
    note="the all-staff list personeel@ is visible in To (policy 3.1 wants group addresses in BCC)")

add("re-dank-voor-de-opvang", "sens", S("ade"), [("Bart De Smet", par("milan", 1))],
    subject="RE: Dank voor de opvang dinsdag", date=D(11, 20, 13, 30), reply_to="proximus.be",
    body=dd("""
    Beste mevrouw Geerts

    Noor (4B) heeft vandaag haar toets aardrijkskunde in de aparte ruimte gemaakt, zoals afgesproken in het begeleidingsplan. Het ging goed, al moest ze halverwege even naar buiten om te ademen. Haar psychologe raadt aan om de aparte ruimte ook voor de examens te behouden; dat bespreek ik met Leen.

    Vriendelijke groeten
    An Devos
    """) + "\n" + outlook_header("Bart De Smet <bart.desmet@proximus.be>", "donderdag 16 november 2023 20:11",
                                   "An Devos <an.devos@sintpieterscollege.be>", "Dank voor de opvang dinsdag")
    + "Mevrouw Devos, nog eens dank voor de opvang. Het gaat iets beter thuis.\nGroeten, Bart\n",
    rules=["sensitive", "recipient"], cats=["psychosocial", "care"], about=ids("noor"), mis=True, fmt=["plain", "reply"],
    note="reply typed in the wrong thread: about Noor Hendrickx (addressed to her mother by name) but sent to Milan De Smet's father, none of Noor's parents; panic, care plan, psychologist")

add("toetsplatform-login-interim", "pw", S("two"), [S("lbe")],
    subject="toetsplatform", date=D(11, 20, 14, 0),
    body=dd("""
    Dag Laura,

    Je account op het toetsplatform (voor de toetsen Nederlands van Pieter) is aangemaakt:

    https://toetsen.lksd.ksleuven.be
    login: lbex
    wachtwoord: Tijdelijk!2311

    Wijzig het na je eerste aanmelding.
    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="login and temporary password of the test platform")

add("schoolrekening-dylan", "sens", S("evs"), [("Kelly Mortier", par("dylan", 1))],
    subject="Schoolrekening Dylan - afbetalingsplan", date=D(11, 20, 15, 0),
    body=dd("""
    Beste mevrouw Mortier

    Zoals telefonisch besproken bevestig ik het afbetalingsplan voor de openstaande schoolrekening van Dylan (3B):

    openstaand bedrag: 312,40 €
    - 1ste schijf: 80 € vóór 15 december
    - 2de schijf: 80 € vóór 15 januari
    - 3de schijf: 80 € vóór 15 februari
    - saldo 72,40 € vóór 15 maart

    U vermeldde dat het OCMW een deel van de schoolkosten zou overnemen. Als u ons de beslissing bezorgt, passen we het plan aan. Er worden geen herinneringskosten aangerekend.

    Met vriendelijke groeten
    Els Verschueren
    boekhouding
    """), charset="windows-1252", cte="quoted-printable",
    rules=["sensitive"], cats=["financial"], about=ids("dylan"), fmt=["plain-cp1252", "plain-qp"],
    note="unpaid school bill, payment plan and OCMW support for Dylan -> financial; correctly addressed to his mother")


add("tiktok-jarne-schorsing", "sens", S("bst"), [("Johan Wauters", par("jarne", 1))],
    subject="Jarne - ordemaatregel", date=D(11, 21, 9, 0),
    body=dd("""
    Beste meneer Wauters

    Zoals vanochtend telefonisch gemeld: Jarne heeft zaterdag op TikTok een filmpje gepost van de plek van het ongeval, met een spottende tekst en muziek. Het filmpje werd door verschillende leerlingen gedeeld en kwam ook bij de familie van Jonas terecht. Jarne heeft het intussen verwijderd.

    Gezien de ernst nemen we een preventieve schorsing van twee dagen (21 en 22 november). Donderdag 23/11 om 8u30 verwachten we Jarne met u voor een gesprek met mij en mevrouw Devos, waarin we ook bespreken hoe hij het kan goedmaken. Een tuchtprocedure sluiten we op dit moment niet uit.

    Met vriendelijke groeten
    Bart Stevens
    adjunct-directeur
    """),
    rules=["sensitive"], cats=["psychosocial"], about=ids("jarne"), fmt=["plain"],
    note="behaviour incident with suspension for Jarne Wauters -> psychosocial; correctly addressed to his father")

add("kenzo-4a-vraag", "sens", S("ghe"), [S("ade")],
    subject="Kenzo 4A", date=D(11, 21, 10, 30),
    body=dd("""
    An,

    In mijn klasuur vertelde Kenzo Bogaerts vandaag vrij openlijk dat zijn papa in de gevangenis zit en dat die niet naar de begrafenis van zijn oma mocht, vorig jaar. Sinds het overlijden van Jonas is hij heel kort van stof en hij heeft gisteren een stoel door de klas gegooid toen iemand iets over zijn vader zei. Ik heb het in het LVS gezet, maar ik wilde het je ook even laten weten.

    Kan je hem eens zien?
    Griet
    """), cte="base64",
    rules=["sensitive"], cats=["family", "psychosocial"], about=ids("kenzo"), fmt=["plain-base64"],
    note="father in prison (family), aggressive incident (psychosocial); base64 body; internal")

_orig = dd("""
Dag Laura,

Je account op het toetsplatform (voor de toetsen Nederlands van Pieter) is aangemaakt:

https://toetsen.lksd.ksleuven.be
login: lbex
wachtwoord: Tijdelijk!2311

Wijzig het na je eerste aanmelding.
Tom
""")
add("re-toetsplatform-werkt", "pw", S("lbe"), [S("two")],
    subject="RE: toetsplatform", date=D(11, 21, 11, 45), reply_to=SPC,
    body="Het werkt, dank je! Ik heb het wachtwoord aangepast.\nLaura\n" +
         outlook_header("Tom Wouters <tom.wouters@sintpieterscollege.be>", "maandag 20 november 2023 14:00",
                        "Laura Bex <laura.bex@sintpieterscollege.be>", "toetsplatform") + _orig,
    rules=["password"], about=[], fmt=["plain", "reply"],
    note="the reply still quotes the temporary password in full")

_t = dd("""
Dear parents,

For the families who prefer English, a short summary of our letters of the past two weeks.

As you know, Jonas Verbiest, a pupil in 4B, died in a traffic accident on his way to school on 7 November. The farewell moment at school on 16 November and the funeral on 18 November were very moving. We thank all families for their support and their respect for Jonas' family.

Grief does not stop after the funeral. In the coming weeks, your child may suddenly feel sad, angry or tired, or have trouble concentrating. This is normal. Some tips:
- Talk about Jonas if your child wants to; it is fine not to have answers.
- Keep the daily routine as much as possible.
- Let us know if you are worried: send a Smartschool message to the pupil counsellors.

The pupil guidance centre (CLB) is available for pupils and parents; you can ask for an appointment via the school.

Kind regards,
Katrien Vanhove
Principal
""")
add("grief-letter-english", "gen", DIRECTIE, [DIRECTIE], bcc=[G("ouders-en", "Parents (English)")],
    subject="Information in English - after the loss of Jonas", date=D(11, 21, 13, 0), lang="en",
    body=_t, fmt=["plain", "bcc-envelope"], rules=[], about=[],
    note="general English letter to all English-speaking parents via BCC; no living pupil named")

add("film-voor-de-familie", "att", S("two"), [S("hva")],
    subject="film voor de familie", date=D(11, 21, 14, 20),
    body=dd("""
    Hilde,

    Ik heb de diavoorstelling van het afscheidsmoment omgezet naar een filmpje dat vanzelf afspeelt, zodat de familie het op elke pc kan bekijken zonder PowerPoint. Kan jij het op een USB-stick zetten voor de ouders van Jonas? Gewoon dubbelklikken.

    Tom
    """),
    atts=[("Herinnering_Jonas_slideshow.exe", fake_exe("SlideshowPlayer 3.2 - Herinnering_Jonas"), "application", "x-msdownload")],
    rules=["attachment"], about=[], fmt=["mixed", "attachment-exe"],
    note="executable (.exe) attached")

add("wout-schoolagenda", "pers", S("pma"), [("Kris Peeters", par("wout", 1))],
    subject="Schoolagenda Wout", date=D(11, 22, 8, 45),
    body=dd("""
    Beste meneer Peeters

    Wout heeft gisteren zijn schoolagenda in mijn lokaal laten liggen. Ik heb hem op het leerlingensecretariaat gelegd, hij kan hem daar vandaag in de middagpauze ophalen.

    Met vriendelijke groeten
    Pieter Maes
    """),
    rules=[], about=ids("wout"), fmt=["plain"],
    note="personal, not sensitive: a forgotten diary; correctly addressed to Wout Peeters' father")

add("mathis-3a-thuissituatie", "sens", S("ade"), [("Jolien Raes", par("lucas_c", 2))],
    subject="Mathis Coppens (3A)", date=D(11, 22, 10, 0),
    body=dd("""
    Beste

    Ik contacteer u over Mathis, die het sinds het overlijden van zijn ploegmaat Jonas erg moeilijk heeft. Hij huilt regelmatig in de les en vertelde me dat hij 's avonds niet alleen wil zijn.

    Hij gaf ook aan dat de wissel tussen de twee huizen sinds de scheiding zwaar valt en dat hij liever voltijds bij zijn papa zou wonen. Ik wil daar als school geen standpunt in nemen, maar ik vond het belangrijk dat u dit weet. Misschien kan u het samen met Mathis' mama bespreken?

    Met vriendelijke groeten
    An Devos
    leerlingenbegeleider 2de graad
    """),
    rules=["sensitive", "recipient"], cats=["family", "psychosocial"], about=ids("mathis"), mis=True, fmt=["plain"],
    note="about Mathis Coppens (3A) but sent only to Jolien Raes, who in the roster is a parent of his half-brother Lucas (1A), not of Mathis; divorce and residence (family), grief (psychosocial)")

add("lina-pleegzorg-schoolmis", "sens", S("yei"), [("Kathleen Stas", par("lina", 1))],
    subject="Lina - vraag over de herdenkingsmis", date=D(11, 22, 13, 15),
    body=dd("""
    Beste Kathleen

    Lina vroeg me vandaag of haar mama ook naar de herdenkingsmis van 7 december mag komen. Jonas was hun buurjongen toen ze nog thuis woonde. Omdat de contacten met haar mama via de dienst pleegzorg verlopen, wilde ik dit eerst bij u als pleegmoeder aftoetsen voor ik Lina iets beloof.

    Kan u het eventueel met haar consulent bespreken?

    Met vriendelijke groeten
    Youssef El Idrissi
    """),
    rules=["sensitive"], cats=["family"], about=ids("lina"), fmt=["plain"],
    note="Lina Mahieu lives in a foster family, contact with her mother via foster care -> family; to the foster mother, who is parent 1 in the roster")

add("printerpin-brievenbus", "pw", S("two"), [S("yei")],
    subject="printer LB-lokaal", date=D(11, 22, 15, 0),
    body=dd("""
    Youssef,

    De printer in het lokaal van de leerlingenbegeleiding (A.015) staat nu op beveiligd afdrukken. Je pincode aan het toestel is 5093. De brievenbus van het CLB-lokaal ernaast heeft een cijferslot, dat staat op 8712.

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="printer PIN and letterbox lock code")

_fwd = dd("""
---------- Forwarded message ---------
Van: An Devos <an.devos@sintpieterscollege.be>
Date: ma 13 nov 2023 om 08:40
Subject: Stand van zaken opvolging - week 2
To: Katrien Vanhove <katrien.vanhove@sintpieterscollege.be>, Leen De Wit <leen.dewit@sintpieterscollege.be>

1. Milan De Smet (4B) - getuige van het ongeval. Nachtmerries, schrikreacties. Slachtofferhulp.
2. Lotte Janssens (4B) - slaapt slecht. Ouders gescheiden, week-om-weekregeling.
3. Amira Benali (4B) - papa overleden in 2021. Sterke herbeleving. CLB opnieuw.
4. Noor Hendrickx (4B) - paniekaanvallen, terug bij haar psychologe.
5. Robbe Vandenberghe (4B) - sinds 7/11 niet op school, CLB, huisbezoek.
""")
add("fw-stand-van-zaken-thuis", "priv", S("ade"), [("An Devos", "an.devos.thuis@gmail.com")],
    subject="Fwd: Stand van zaken opvolging - week 2", date=D(11, 23, 21, 5),
    body="om thuis verder aan het verslag te werken\n\n" + _fwd,
    rules=["sensitive", "private_account"], cats=["family", "psychosocial", "care"],
    about=ids("milan", "lotte_jan", "amira", "noor", "robbe"), fmt=["plain", "forward"],
    note="counsellor forwards confidential crisis notes to her own private Gmail -> private_account; content sensitive (family, psychosocial, care)")

add("week-drie-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Stand van zaken na twee weken", date=D(11, 23, 14, 0),
    body=dd("""
    Beste collega's

    Twee weken na het overlijden van Jonas willen we jullie kort informeren.

    - Het crisisteam komt nog wekelijks samen. De leerlingen die het hardst getroffen zijn, worden opgevolgd door de leerlingenbegeleiding en het CLB. Details delen we bewust niet via mail; jullie vinden wat nodig is voor de les in het LVS.
    - Blijf signalen melden (afwezigheid, terugtrekken, plots andere resultaten) via het LVS.
    - De debriefing van dinsdag werd als deugddoend ervaren. Slachtofferhulp biedt een tweede moment aan op 5 december.
    - Op donderdag 7 december, een maand na het overlijden, is er om 8u25 een korte herdenking op de speelplaats bij de boom die we samen met de familie planten.

    Dank voor alle zorg.

    Katrien
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="general letter to all staff via BCC, explicitly without pupil details")

add("lotte-3b-herdenkingsloop", "pers", S("kba"), [("Sarah Verhulst", par("lotte_jac", 1))],
    subject="Lotte (3B) - herdenkingsloop", date=D(11, 27, 9, 30),
    body=dd("""
    Beste mevrouw Verhulst

    Lotte Jacobs heeft zich ingeschreven als vrijwilliger voor de bevoorradingspost bij de herdenkingsloop van zaterdag 2 december. Ze zou van 9u tot 12u aan de post in het Heverleebos staan, samen met twee leerlingen uit 5A. Kan u via Smartschool laten weten of dat oké is?

    Groeten
    Koen Baert
    """),
    rules=[], about=ids("lotte_jac"), fmt=["plain"],
    note="personal, not sensitive: Lotte Jacobs (3B) volunteers at the run; correctly addressed to her mother")

add("tuur-leerlingenraad-loop", "pers", S("emo"), [("An Vermeulen", par("tuur", 1))],
    subject="Tuur - organisatie herdenkingsloop", date=D(11, 27, 10, 20),
    body=dd("""
    Dag mevrouw Vermeulen

    Tuur doet als voorzitter van de leerlingenraad ontzettend veel werk voor de herdenkingsloop. Hij vroeg of hij vrijdagnamiddag na de les in de sporthal mag blijven om de startnummers en de bekers klaar te zetten (tot ongeveer 17u30). Ik blijf zelf ook. Is dat goed voor u?

    Groeten
    Evelien Moens
    klastitularis 5A
    """),
    rules=[], about=ids("tuur"), fmt=["plain"],
    note="personal, not sensitive: Tuur Vermeulen (5A) organises the run; correctly addressed to his mother")

_rows = [
    ("Robbe Vandenberghe", "4B", "420,00", "140,00", "afbetalingsplan in 3 schijven (jan-mrt)"),
    ("Amira Benali", "4B", "420,00", "420,00", "schooltoeslag + tussenkomst OCMW, rest betaald"),
    ("Ilias El Amrani", "4B", "420,00", "300,00", "open saldo 120,00 - 2de herinnering verstuurd"),
    ("Noah Willems", "4B", "420,00", "420,00", "-"),
]
_t = ("Pieter, Bart,\n\nDe skireis van 4B in februari gaat niet door (beslissing directie). Hieronder de stand van de voorschotten, voor de terugbetalingen.\n\n"
      + text_table(["Leerling", "Klas", "Te betalen", "Betaald", "Opmerking"], _rows)
      + "\n\nVoor de familie Verbiest regel ik de volledige terugbetaling apart.\nEls\n")
add("skireis-4b-voorschotten", "sens", S("evs"), [S("pma"), S("bst")],
    subject="skireis 4B - stand voorschotten", date=D(11, 27, 14, 5),
    body=_t, html=html_doc('<p class="MsoNormal">Pieter, Bart,</p><p class="MsoNormal">De skireis van 4B in februari gaat niet door (beslissing directie). Hieronder de stand van de voorschotten, voor de terugbetalingen.</p>'
                           + html_table(["Leerling", "Klas", "Te betalen", "Betaald", "Opmerking"], _rows)
                           + '<p class="MsoNormal">Voor de familie Verbiest regel ik de volledige terugbetaling apart.<br>Els</p>'),
    rules=["sensitive"], cats=["financial"], about=ids("robbe", "amira", "ilias", "noah_w"), fmt=["alt", "table"],
    note="table of trip payments: payment plan, school allowance/OCMW, unpaid balance -> financial; internal")

# ===========================================================================
# Wednesday 29 November: fire in the science wing
# ===========================================================================

add("brand-labo-eerste-melding", "sens", S("dja"), [S("kvh"), S("bst")],
    subject="BRAND wetenschapsvleugel", date=D(11, 29, 13, 58),
    body=dd("""
    Brand in labo chemie 2de verdieping, iedereen is buiten, appel op de sportvelden is gedaan, niemand vermist. Brandweer ter plaatse.
    Twee lln mee met de ambulance ter controle voor rookinhalatie: Yasmine Aydin 4A en Elias Mertens 3B. Tibo Lenaerts 2C is op de trap gevallen, enkel zwaar gezwollen, Koen heeft hem ijs gegeven, mama komt hem halen om naar de spoed te gaan.
    Vleugel B en C zijn afgesloten. Ik blijf bij de brandweer.
    Dirk

    Verstuurd vanaf mijn iPhone
    """),
    rules=["sensitive"], cats=["medical"], about=ids("yasmine", "elias_me", "tibo"), fmt=["phone", "plain"], xmailer="iphone",
    note="first report of the fire: three named pupils to ambulance/emergency, smoke inhalation, ankle injury -> medical; internal")

_t = dd("""
Beste ouders

Vanmiddag rond 13u40 is er brand uitgebroken in een chemielabo van onze wetenschapsvleugel. Het alarm ging meteen af en alle leerlingen en personeelsleden werden volgens het evacuatieplan geëvacueerd. Iedereen is veilig buiten geraakt. Enkele leerlingen werden uit voorzorg door de hulpdiensten onderzocht; hun ouders werden persoonlijk gecontacteerd.

De brandweer heeft de brand snel onder controle gekregen, maar de wetenschapsvleugel (blok B en C) is zwaar beschadigd door rook en bluswater en blijft voorlopig gesloten.

Wat betekent dit voor morgen?
- De leerlingen van de 1ste graad hebben gewoon les in blok A.
- Voor de 2de en 3de graad zijn er morgen donderdag en vrijdag geen lessen. Er is opvang voorzien in de sporthal voor wie niet thuis kan blijven.
- Boekentassen en jassen die nog in blok B of C liggen, kunnen nog niet opgehaald worden. We laten weten wanneer dat kan.

Na de moeilijke weken die achter ons liggen, is dit voor veel leerlingen opnieuw een schok. De leerlingenbegeleiders zijn morgen aanwezig.

We houden u op de hoogte via Smartschool.

Met vriendelijke groeten
Katrien Vanhove
directeur
""")
add("brand-bericht-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Brand in de wetenschapsvleugel - iedereen is veilig", date=D(11, 29, 15, 30),
    body=_t, html=html_doc(text_to_html(_t)), fmt=["alt", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents about the fire; no pupil named; BCC")

add("brand-bericht-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Brand - personeelsvergadering morgen 8u refter", date=D(11, 29, 16, 10),
    body=dd("""
    Beste collega's

    Dank aan iedereen voor de rustige en vlotte evacuatie vandaag. Iedereen is veilig.

    Morgen om 8u is er een personeelsvergadering in de refter. Agenda: stand van zaken gebouw, opvang 2de en 3de graad, lesplanning volgende week, examens.

    Blok B en C zijn verboden toegang tot de expert van de verzekering langs geweest is. Ook niet "even je laptop halen", aub.

    Katrien
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="general letter to all staff via BCC")

add("yasmine-astma-papa", "sens", S("mgo"), [("Murat Aydin", par("yasmine", 1))],
    subject="Yasmine - vanmiddag", date=D(11, 29, 17, 0),
    body=dd("""
    Beste meneer Aydin

    Ik was vanmiddag de leerkracht van Yasmine toen het alarm afging. Ik wil u even laten weten hoe het verlopen is.

    Yasmine kreeg op de trap veel rook binnen en kreeg het daarna buiten erg benauwd. Haar puffer lag nog in haar boekentas in het labo. De ambulanciers hebben haar zuurstof gegeven en haar voor controle meegenomen naar de spoed van AZ Dijleland, waar u haar hebt opgehaald.

    Ik hoop dat het intussen beter gaat. Misschien is het goed als ze de komende weken een reservepuffer op zak heeft.

    Vriendelijke groeten
    Marijke Goossens
    leerkracht chemie
    """),
    rules=["sensitive"], cats=["medical"], about=ids("yasmine"), fmt=["plain"],
    note="asthma, oxygen, emergency department -> medical; correctly addressed to Yasmine's father")

add("elias-spoed-mama", "sens", S("mgo"), [("Karen", par("elias_ma", 1))],
    subject="Elias - controle spoed", date=D(11, 29, 18, 0),
    body=dd("""
    Dag Karen

    Ik heb je nummer niet, dus via deze weg. Elias (3B) werd vanmiddag na de evacuatie met de ambulance naar de spoed van AZ Dijleland gebracht ter controle voor rookinhalatie. Hij hoestte veel en had pijn op de borst. Hij had volgens de verpleger van de ambulance een lage saturatie.

    Weet je al iets meer? Laat gerust iets weten of hij morgen in de opvang komt.

    Marijke Goossens
    """),
    rules=["sensitive", "recipient"], cats=["medical"], about=ids("elias_me"), mis=True, fmt=["plain"],
    note="about Elias Mertens (3B) but sent to Karen Dierckx, mother of Elias Maes (2A): autocomplete on 'Karen'; smoke inhalation, emergency -> medical")

# ===========================================================================
# Thursday 30 November
# ===========================================================================

add("yasmine-4a-titularis", "sens", S("ghe"), [("Kemal Aydin", par("elif", 1))],
    subject="Yasmine (4A)", date=D(11, 30, 8, 20),
    body=dd("""
    Beste ouders van Yasmine

    Ik ben Griet Hermans, klastitularis van 4A. Marijke vertelde me dat Yasmine gisteren na de brand naar de spoed moest met een astma-aanval. Hoe gaat het nu met haar? Zolang ze kortademig is, hoeft ze zeker niet mee te doen met LO en mag ze in de opvang blijven rusten. Laat gerust weten wat de dokter gezegd heeft, dan kunnen we er rekening mee houden.

    Vriendelijke groeten
    Griet Hermans
    """),
    rules=["sensitive", "recipient"], cats=["medical"], about=ids("yasmine"), mis=True, fmt=["plain"],
    note="about Yasmine Aydin (4A) but sent to Kemal Aydin, father of her cousin Elif Aydin (3B), none of Yasmine's parents; asthma attack -> medical")

_rrn_tibo = rrn(10, 7, 2, 135)
add("aangifte-schoolongeval-tibo", "sens", S("ivb"), [INS],
    subject="Aangifte schoolongeval - polis 45.118.772 - Tibo Lenaerts", date=D(11, 30, 9, 15),
    body=dd("""
    Geachte

    Hierbij de aangifte van een schoolongeval tijdens de evacuatie bij de brand van 29/11/2023.

    Leerling: Tibo Lenaerts, 2C
    Geboortedatum: 02/07/2010
    Rijksregisternummer: %s
    Ouders: Tine Lenaerts en Wouter Lenaerts, Heverlee

    Omschrijving: tijdens de evacuatie via de noordelijke trap van blok B misstapte Tibo zich en viel hij enkele treden. Zijn rechterenkel zwol onmiddellijk op. Hij werd door zijn moeder naar de spoedgevallendienst gebracht. Diagnose volgens het attest: zware verstuiking van de rechterenkel, gips gedurende 3 weken, krukken.

    Het ingevulde aangifteformulier en het medisch attest vindt u in bijlage.

    Met vriendelijke groeten
    Ilse Van den Broeck
    secretariaat Sint-Pieterscollege
    """) % _rrn_tibo,
    atts=[att_pdf("Aangifte_schoolongeval_Lenaerts_Tibo.pdf", [
        "AANGIFTE SCHOOLONGEVAL", "Polisnummer: 45.118.772", "Naam: Lenaerts Tibo   Klas: 2C",
        "Geboortedatum: 02/07/2010   Rijksregisternummer: " + _rrn_tibo,
        "Datum ongeval: 29/11/2023 13u45", "Letsel: verstuiking rechterenkel - gips 3 weken",
        "Getuige: K. Baert (leerkracht LO)"], "Aangifte schoolongeval")],
    rules=["sensitive", "personal_data"], cats=["medical"], about=ids("tibo"), fmt=["mixed", "attachment-pdf"],
    note="accident report to the insurer: injury, emergency, cast (medical); date of birth and a valid national register number (personal_data)")

add("code-brandcentrale-expert", "pw", S("dja"), [S("bst")],
    subject="brandcentrale", date=D(11, 30, 9, 50),
    body=dd("""
    Bart,

    De expert van de verzekering en de technieker van Siemtec komen om 11u. Als ik er niet ben: de brandcentrale staat in de inkomhal achter het paneel, de toegangscode niveau 2 is 5147. Daarmee kan je het zoemen stilzetten en de log uitlezen. Niet resetten!

    Dirk
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="access code of the fire alarm panel")


add("offerte-containers", "pwlike", S("dja"), [CONT],
    subject="Offerte klascontainers - ref. OF-23-1187-MU", date=D(11, 30, 11, 30),
    body=dd("""
    Beste Ruben

    Dank voor de snelle offerte. De directie gaat akkoord met optie B: 8 klascontainers (7 x 3 m) + 2 sanitaire units, plaatsing op de verharde speelplaats achter blok A, huurperiode 6 maanden.

    Bestelbonnummer aan onze kant: BST-23-0455. Graag deze referentie op de factuur vermelden, samen met uw offertenummer OF-23-1187-MU. Levering ten laatste vrijdag 8 december.

    Met vriendelijke groeten
    Dirk Janssens
    technisch adviseur
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: quotation and order numbers open nothing")

add("arthur-rekenmachine", "pers", S("mgo"), [("Isabelle Lambert", par("arthur", 1))],
    subject="rekenmachine Arthur", date=D(11, 30, 13, 0),
    body=dd("""
    Beste mevrouw Lambert

    Arthur liet me weten dat zijn grafische rekenmachine nog in het labo lag tijdens de brand. Dirk heeft vanochtend een aantal spullen uit het labo gehaald; de rekenmachine zit er helaas bij en is zwartgeblakerd. Tot er een oplossing via de verzekering is, kan Arthur een leentoestel van de school gebruiken. Hij mag dat bij mij komen halen.

    Vriendelijke groeten
    Marijke Goossens
    """),
    rules=[], about=ids("arthur"), fmt=["plain"],
    note="personal, not sensitive: a calculator damaged in the fire; correctly addressed to Arthur Lambert's mother")

add("zoe-labojournaal", "pers", S("mgo"), [("Veerle Bogaert", par("lars", 1))],
    subject="labojournaal Zoë", date=D(11, 30, 14, 0),
    body=dd("""
    Beste ouders van Zoë

    Goed nieuws tussen al het slechte: het labojournaal van Zoë (2B) is teruggevonden in de kast in de gang, die niet beschadigd is. Het ruikt wel wat naar rook. Ik geef het maandag aan Lars mee, dan moet Zoë niet naar het secretariaat.

    Vriendelijke groeten
    Marijke Goossens
    """),
    rules=["recipient"], about=ids("zoe"), mis=True, fmt=["plain"],
    note="about Zoë Wouters (2B) but sent to the mother of Lars Wouters (4A), whom the teacher wrongly takes for her brother; not sensitive")

_t = dd("""
Beste ouders

Een update na de brand van woensdag.

Volgende week (4 tot 8 december) hebben alle klassen opnieuw les. Omdat blok B en C gesloten blijven, wijken we uit:
- 1ste graad: gewoon in blok A.
- 2de graad: in de sporthal, die met mobiele wanden in zes leslokalen verdeeld wordt.
- 3de graad: in de parochiezaal naast de school (ingang Kerkstraat).

Vanaf maandag 11 december staan er klascontainers op de speelplaats achter blok A. Daarover volgt volgende week een aparte brief met een plannetje.

LO gaat volgende week niet door; de leerlingen hoeven geen sportkledij mee te brengen.

De leerlingen mochten vandaag hun boekentassen uit blok B ophalen, voor zover die niet beschadigd waren. Over beschadigde spullen volgt nog informatie van de verzekering.

Met vriendelijke groeten
Katrien Vanhove
directeur
""")
add("lessen-volgende-week-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Lessen vanaf maandag 4 december", date=D(11, 30, 15, 0),
    body=_t, fmt=["plain", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents about the temporary classrooms")

# ===========================================================================
# Friday 1 December
# ===========================================================================

add("accounts-pcs-sporthal", "pw", S("two"), [S("bst")],
    subject="tijdelijke accounts pc's sporthal", date=D(12, 1, 9, 10),
    body=dd("""
    Bart,

    In bijlage de lijst met de tijdelijke accounts van de 12 leerlingen-pc's die ik in de sporthal zet (voor de lessen vanaf maandag). Kan jij ze aan de leerkrachten van de 2de graad bezorgen? Ze mogen de lijst uitprinten en in het lokaal bewaren.

    Tom
    """),
    atts=[att_xlsx("Tijdelijke_accounts_sporthal.xlsx",
                   [["Toestel", "Gebruiker", "Wachtwoord", "Opmerking"]]
                   + [["SPH-PC%02d" % i, "sph-lln%02d" % i, "Sporthal!%02d%s" % (i, "kx7mq4vbz8hn3rt"[i]), "tijdelijk tot 22/12"] for i in range(1, 13)],
                   )],
    rules=["password"], about=[], fmt=["mixed", "attachment-xlsx"],
    note="xlsx attachment with usernames and passwords of temporary PCs")

add("betalingsplan-kobe", "sens", S("evs"), [("An Vermeulen", par("tuur", 1))],
    subject="Kobe Vermeulen (2B) - betalingsplan", date=D(12, 1, 10, 20),
    body=dd("""
    Beste mevrouw Vermeulen

    Na ons gesprek bevestig ik het afbetalingsplan voor de schoolrekeningen van Kobe (2B). Het openstaande saldo bedraagt 486,20 €. We spreken maandelijkse stortingen van 60 € af vanaf januari.

    Omdat u liet weten dat het OCMW een deel zal betalen, wacht ik met de volgende herinnering tot we hun beslissing hebben. Het boekengeld voor de boeken die bij de brand verloren gingen, rekenen we niet aan.

    Met vriendelijke groeten
    Els Verschueren
    boekhouding
    """),
    rules=["sensitive", "recipient"], cats=["financial"], about=ids("kobe"), mis=True, fmt=["plain"],
    note="about Kobe Vermeulen (2B) but sent to An Vermeulen, parent of Tuur Vermeulen (5A), same surname, none of Kobe's parents; unpaid bills, payment plan, OCMW -> financial")

add("vic-ass-brandalarm", "sens", S("yei"), [("Elke Bosmans", par("vic", 1))],
    subject="Vic - brandalarm en verhuis", date=D(12, 1, 11, 30),
    body=dd("""
    Beste mevrouw Bosmans

    Vic heeft woensdag erg heftig gereageerd op het brandalarm: hij heeft zich in de toiletten verstopt en we hebben hem pas na tien minuten gevonden. Hij was daarna lang ontroostbaar. Vandaag vertelde hij dat hij niet wil dat "alles anders wordt".

    Met zijn autismespectrumstoornis zal de verhuis naar de containers voor hem zwaar zijn. Als redelijke aanpassing stellen we voor:
    - een visueel stappenplan met foto's van de nieuwe klas, dat hij dit weekend al thuis kan bekijken;
    - vrijdag na de les samen met mij de containers bezoeken, als ze er staan;
    - een vaste plek in de klas, dicht bij de deur;
    - oordopjes of een koptelefoon mogen altijd.

    Past het voor u om dit dinsdag even te bespreken?

    Met vriendelijke groeten
    Youssef El Idrissi
    """),
    rules=["sensitive"], cats=["care", "psychosocial"], about=ids("vic"), fmt=["plain"],
    note="autism spectrum disorder and reasonable adjustments (care), strong fear reaction (psychosocial); correctly addressed to Vic's mother")

add("vraag-brand-fotos-klas", "ord", S("wcu"), [S("bst")],
    subject="brand - wat zeg ik in de klas?", date=D(12, 1, 13, 0),
    body=dd("""
    Bart,

    Een paar leerlingen van mij hebben foto's en filmpjes van de brand gemaakt en willen die in de klas tonen of op Instagram zetten. Mag dat? En moet ik iets zeggen over de oorzaak? Er doen verhalen de ronde over een leerling die met een bunsenbrander bezig was, maar ik weet niet of dat klopt.

    Ward
    """),
    rules=[], about=[], fmt=["plain"],
    note="teacher's question about the fire and social media; nobody identifiable")

add("schadedossier-referenties", "pwlike", S("bst"), [INS_M],
    subject="Uw ref. SP/23/114578 - brand 29/11", date=D(12, 1, 14, 0),
    body=dd("""
    Geachte heer Lambrecht

    Dank voor de bevestiging van de opening van het schadedossier. Voor de volledigheid onze referenties:

    Polisnummer brand: 45.118.770
    Uw dossiernummer: SP/23/114578
    PV brandweer: BW-LEU-2023-08812
    Onze interne referentie: SPC-BRAND-2311

    De expertise is gepland op maandag 4/12 om 9u30 met mevrouw Lemaire. De lijst van beschadigd materiaal volgt daarna.

    Met vriendelijke groeten
    Bart Stevens
    adjunct-directeur
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: policy, file and report numbers open nothing")

# ===========================================================================
# Week of 4 December
# ===========================================================================

add("codes-parochiezaal", "pw", S("dja"), [S("emo"), S("scl"), S("kdi")],
    subject="parochiezaal - toegang", date=D(12, 4, 7, 40),
    body=dd("""
    Evelien, Sofie, Kaat,

    Jullie openen deze week de parochiezaal voor de 3de graad. De voordeur heeft een codeklavier: 6110 + sleuteltje-toets. Het sleutelkastje in de keuken (met de sleutels van de zijzaal en het toilet) gaat open met 3344.

    's Avonds alles sluiten, de koster komt om 17u kijken.

    Dirk
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="door keypad code and key-box code of the parish hall")

add("jas-sami", "pers", S("yei"), [("Fatima Bouzid", par("sami", 2))],
    subject="jas van Sami", date=D(12, 4, 9, 30),
    body=dd("""
    Beste mevrouw Bouzid

    Sami heeft vanochtend zijn jas laten liggen in de turnzaal van blok A (donkergroene parka). Ik heb hem aan de kapstok bij het secretariaat gehangen. Het is koud, dus hij haalt hem best vandaag nog op.

    Groeten
    Youssef El Idrissi
    """),
    rules=[], about=ids("sami"), fmt=["plain"],
    note="personal, not sensitive: a forgotten coat; correctly addressed to Sami's mother")

add("ilias-examenlokaal", "pers", S("pma"), [("Rachid Amrani", par("ilyas", 1))],
    subject="Ilias - lokaal examens", date=D(12, 4, 10, 30),
    body=dd("""
    Beste meneer

    Ter info: Ilias (4B) zit voor de examens niet in de sporthal zoals eerst gecommuniceerd, maar in klascontainer C3 (naast de ingang aan de Groeneweg). Hij weet het al, maar we laten het ook de ouders weten omdat er verwarring was.

    Met vriendelijke groeten
    Pieter Maes
    klastitularis 4B
    """),
    rules=["recipient"], about=ids("ilias"), mis=True, fmt=["plain"],
    note="about Ilias El Amrani (4B) but sent to Rachid Amrani, parent of Ilyas Amrani (2C), similar name; room change, not sensitive")

add("photos-degats-expertise", "pw", S("bst"), [EXP_FR],
    subject="Photos des dégâts - fichier protégé", date=D(12, 4, 13, 0), lang="fr",
    body=dd("""
    Madame Lemaire,

    Merci pour votre visite de ce matin. Comme convenu, je vous envoie via WeTransfer le dossier avec les photos des dégâts (blocs B et C) et l'inventaire du laboratoire. Le fichier PDF est protégé.

    Mot de passe : Incendie-2911!SPC

    Bien à vous,
    Bart Stevens
    directeur adjoint
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="French: password of a protected PDF")

_zipdata = _zip([
    ("containerschermen/installeer_kiosk.bat",
     "@echo off\r\nrem Kiosk-instellingen containerschermen SPC\r\nreg add HKLM\\Software\\Policies\\Microsoft\\Edge /v KioskMode /t REG_DWORD /d 1 /f\r\n"
     "powershell -ExecutionPolicy Bypass -File \"%~dp0zet_startpagina.ps1\"\r\nshutdown /r /t 30\r\n"),
    ("containerschermen/zet_startpagina.ps1",
     "# Startpagina en energiebeheer\r\nSet-ItemProperty -Path 'HKLM:\\Software\\Policies\\Microsoft\\Edge' -Name 'HomepageLocation' -Value 'https://spc.smartschool.be'\r\n"
     "powercfg /change monitor-timeout-ac 0\r\n"),
    ("containerschermen/LEESMIJ.txt", "Uitvoeren als administrator op elk scherm. Tom\r\n"),
])
add("scripts-containerschermen", "att", S("two"), [S("dja")],
    subject="scripts voor de schermen", date=D(12, 4, 14, 30),
    body=dd("""
    Dirk,

    Als de firma de schermen maandag ophangt en ik ben in de sporthal bezig: in bijlage een zipje met de scripts. Op elk scherm uitpakken en installeer_kiosk.bat uitvoeren als administrator, dan herstart hij vanzelf.

    Tom
    """),
    atts=[("containerschermen.zip", _zipdata, "application", "zip")],
    rules=["attachment"], about=[], fmt=["mixed", "attachment-zip"],
    note="zip archive containing .bat and .ps1 scripts")

add("jana-examens-papa", "sens", S("ldw"), [("Stijn Dewulf", par("jana_d", 1))],
    subject="Jana - examens in de containers", date=D(12, 5, 9, 0),
    body=dd("""
    Beste meneer Dewulf

    Door de brand verloopt de examenperiode anders dan gepland. Ik wil u geruststellen dat de afspraken voor Jana blijven gelden, ook in de containers:

    - Jana maakt haar examens in container C5, een kleinere groep;
    - ze krijgt de schoollaptop met Sprint (voorleessoftware) - Tom heeft die op de containerlaptops geïnstalleerd;
    - ze krijgt 30 minuten extra tijd per examen;
    - spelfouten worden niet aangerekend bij de niet-taalvakken, zoals afgesproken in haar dyslexie-attest.

    Met vriendelijke groeten
    Leen De Wit
    zorgcoördinator
    """),
    rules=["sensitive"], cats=["care"], about=ids("jana_d"), fmt=["plain"],
    note="dyslexia and reasonable adjustments for Jana Dewulf -> care; correctly addressed to her father")

add("jana-examens-mama", "sens", S("ldw"), [("Nathalie", par("jana_c", 1))],
    subject="Jana - examens in de containers", date=D(12, 5, 9, 6),
    body=dd("""
    Beste mevrouw

    Ik stuurde daarnet dezelfde info naar uw ex-partner; voor de volledigheid ook aan u.

    Jana (4B) maakt haar examens in container C5, met de laptop met Sprint, 30 minuten extra tijd en zonder aanrekening van spelfouten bij de niet-taalvakken, zoals afgesproken in haar dyslexie-attest.

    Met vriendelijke groeten
    Leen De Wit
    zorgcoördinator
    """),
    rules=["sensitive", "recipient"], cats=["care", "family"], about=ids("jana_d"), mis=True, fmt=["plain"],
    note="about Jana Dewulf (4B) but sent to Nathalie Coene, mother of Jana Coene (2B), instead of Nathalie Cools; dyslexia and adjustments (care), parents separated (family)")

add("bilal-inhaaltoets", "priv", ("Ward Cuypers", "ward.cuypers@hotmail.com"), [("Samira Haddou", par("bilal", 1))],
    subject="inhaaltoets Bilal", date=D(12, 5, 10, 30), xmailer="outlook",
    body=dd("""
    Dag mevrouw Haddou

    Omdat mijn schoolmail op de laptop die in het labo lag niet meer werkt, stuur ik dit van mijn eigen adres. Bilal (3A) moet de toets over vergelijkingen van 29/11 nog inhalen, want die werd door het brandalarm onderbroken. Dat kan donderdag het 3de lesuur in de sporthal.

    Groeten
    Ward Cuypers
    leerkracht wiskunde
    """),
    rules=["private_account"], about=ids("bilal"), fmt=["plain"],
    note="teacher writes a parent from his private Hotmail -> private_account; content not sensitive (make-up test after the fire); correctly addressed")

add("wifi-containers-personeel", "pw", S("two"), [S("two")], bcc=[PERSONEEL],
    subject="Wifi in de klascontainers", date=D(12, 5, 11, 0),
    body=dd("""
    Beste collega's

    De containers krijgen een eigen access point tot de verbinding met het schoolnetwerk in orde is. Je laptop verbindt niet automatisch, dus de eerste keer:

    Netwerk (SSID): STROOM-CONT
    WPA2-sleutel: Cont!ainer-3001

    Geef de sleutel niet aan leerlingen; zij krijgen een eigen netwerk.

    Tom
    """),
    rules=["password"], about=[], fmt=["plain", "bcc-envelope"],
    note="Wi-Fi key for the containers sent to all staff (list in BCC, so no bcc rule)")

_t = dd("""
Beste ouders

Vanaf maandag 11 december krijgen de klassen van de 2de en 3de graad les in klascontainers op de speelplaats achter blok A. De sporthal en de parochiezaal zijn dan weer vrij.

Praktisch:
- De leerlingen komen binnen via de poort aan de Groeneweg, niet via de hoofdingang.
- De fietsen worden gestald in de tijdelijke fietsenstalling aan de tennisvelden.
- Er is geen parkeerplaats voor ouders; zet uw kind af aan de Kerkstraat.
- Elke container heeft verwarming, een digitaal scherm en wifi. Sanitair staat in twee aparte units.
- Het lessenrooster blijft hetzelfde; enkel de lokalen veranderen. Het nieuwe lokaal staat vanaf vrijdag in Smartschool.

In bijlage een plannetje. De wetenschapsvleugel wordt na de expertise hersteld; we rekenen op minstens zes maanden.

Met vriendelijke groeten
Katrien Vanhove
directeur
""")
add("containers-vanaf-11-december", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Klascontainers vanaf maandag 11 december", date=D(12, 5, 13, 0),
    body=_t, html=html_doc(text_to_html(_t)),
    atts=[("plan_containers.png", png(80, 40, 5), "image", "png"),
          att_pdf("Plan_klascontainers.pdf", ["Plan klascontainers Sint-Pieterscollege", "C1-C4: 2de graad", "C5-C8: 3de graad",
                                              "S1-S2: sanitair", "Ingang: poort Groeneweg"])],
    fmt=["mixed", "alt", "attachment-png", "attachment-pdf", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents about the containers, with an image and a PDF plan; no codes, no names")

_t = dd("""
Chers parents,

Voici un résumé en français de notre lettre concernant les classes provisoires.

À partir du lundi 11 décembre, les élèves du 2e et du 3e degré auront cours dans des conteneurs de classe installés dans la cour derrière le bloc A.

- Les élèves entrent par la grille de la Groeneweg.
- Les vélos sont garés dans le parking provisoire près des terrains de tennis.
- Il n'y a pas de parking pour les parents ; déposez votre enfant dans la Kerkstraat.
- L'horaire des cours ne change pas, seuls les locaux changent. Le nouveau local sera visible dans Smartschool dès vendredi.

L'aile des sciences sera rénovée après l'expertise ; nous comptons au moins six mois de travaux.

Avec nos salutations distinguées,
Katrien Vanhove
directrice
""")
add("conteneurs-lettre-francais", "gen", DIRECTIE, [DIRECTIE], bcc=[G("ouders-fr", "Parents (français)")],
    subject="Classes provisoires à partir du 11 décembre", date=D(12, 5, 14, 0), lang="fr",
    body=_t, cte="quoted-printable", fmt=["plain-qp", "bcc-envelope"], rules=[], about=[],
    note="general French letter to French-speaking parents via BCC")

add("toegang-klascontainers", "pwlike", S("dja"), [S("dja")], bcc=[PERSONEEL],
    subject="Toegang klascontainers", date=D(12, 5, 15, 30),
    body=dd("""
    Collega's,

    De containers gaan open met een codeklavier. De codes stuur ik bewust niet via mail (afspraak met de privacyverantwoordelijke). Jullie krijgen ze maandagochtend om 8u mondeling in de leraarskamer, of vraag ze persoonlijk aan mij of aan het secretariaat.

    De sleutel van elke container hangt daarnaast in het sleutelkastje in de leraarskamer, met het nummer van de container op het label (C1 t/m C8).

    Dirk
    """),
    rules=[], about=[], fmt=["plain", "bcc-envelope"],
    note="look-alike: about door codes without giving any; container numbers are not secrets")

_rows = [
    ("Bilal Haddou", "3A", "ADHD", "aparte ruimte C6, examens gesplitst in 2 delen met pauze"),
    ("Jana Dewulf", "4B", "dyslexie", "Sprint, +30 min, C5"),
    ("Noor Hendrickx", "4B", "paniekaanvallen (begeleidingsplan)", "aparte ruimte, mag naar buiten"),
    ("Milan De Smet", "4B", "traumaklachten na ongeval", "niet in container aan straatkant (C1/C2)"),
    ("Lukas Verhoeven", "5A", "epilepsie", "geen container met flikkerende tl-verlichting; laptop op 60 Hz-scherm"),
    ("Chloé Dupuis", "6A", "zwanger (bevalling verwacht febr.)", "examens gespreid, zit bij de deur, medisch attest gynaecoloog"),
]
add("examenregelingen-zorg", "sens", S("ldw"), [S("bst")],
    subject="leerlingen met aangepaste examenregeling - containers", date=D(12, 6, 9, 0),
    body="Bart,\n\nVoor de planning van de lokalen: deze leerlingen hebben een aangepaste regeling. Ook in bijlage als Excel.\n\n"
         + text_table(["Leerling", "Klas", "Reden", "Regeling"], _rows) + "\n\nLeen\n",
    html=html_doc('<p class="MsoNormal">Bart,</p><p class="MsoNormal">Voor de planning van de lokalen: deze leerlingen hebben een aangepaste regeling. Ook in bijlage als Excel.</p>'
                  + html_table(["Leerling", "Klas", "Reden", "Regeling"], _rows) + '<p class="MsoNormal">Leen</p>'),
    atts=[att_xlsx("Examenregelingen_dec2023.xlsx", [["Leerling", "Klas", "Reden", "Regeling"]] + [list(r) for r in _rows])],
    rules=["sensitive"], cats=["care", "medical", "psychosocial"],
    about=ids("bilal", "jana_d", "noor", "milan", "lukas", "chloe"), fmt=["mixed", "alt", "table", "attachment-xlsx"],
    note="exam arrangements: ADHD, dyslexia (care), epilepsy, pregnancy (medical), panic and trauma (psychosocial); HTML table and xlsx; internal")

add("examenrooster-v3", "att", S("bst"), [S("ldw"), S("pma")],
    subject="examenrooster v3 (met macro)", date=D(12, 6, 10, 30),
    body=dd("""
    Leen, Pieter,

    Hier versie 3 van het examenrooster. Klik op 'Inhoud inschakelen', dan kleurt de macro de conflicten rood en maakt hij per container een toezichtslijst.

    Bart
    """),
    atts=[att_xlsx("Examenrooster_containers_v3.xlsm",
                   [["Datum", "Klas", "Vak", "Lokaal"], ["13/12", "4B", "Wiskunde", "C3"], ["13/12", "4A", "Wiskunde", "C4"],
                    ["14/12", "4B", "Nederlands", "C3"]], macro=True)],
    rules=["attachment"], about=[], fmt=["mixed", "attachment-xlsm"],
    note="macro-enabled Excel (.xlsm) attached")

add("lea-certificat-medical-fr", "sens", S("ndu"), [("Valérie Moreau", par("lea", 1))],
    subject="Léa - certificat médical et examen de français", date=D(12, 6, 11, 30), lang="fr",
    body=dd("""
    Chère Madame Moreau,

    Merci pour le certificat médical de Léa que j'ai bien reçu ce matin. J'ai bien compris que son médecin la met en incapacité jusqu'au 12 décembre, à cause des crises d'angoisse qu'elle fait depuis l'incendie, et qu'elle prend un traitement léger pour dormir.

    Son examen de français (prévu le 11/12) sera reporté au vendredi 15 décembre, dans le conteneur C7, dans un petit groupe. Si elle n'est pas encore prête à ce moment-là, nous trouverons une autre solution avec la coordinatrice de soins.

    Je souhaite un bon rétablissement à Léa.

    Bien cordialement,
    Nathalie Dupont
    professeur de français
    """),
    rules=["sensitive"], cats=["medical", "psychosocial"], about=ids("lea"), fmt=["plain"],
    note="French mail to Léa Moreau's mother: medical certificate and sleep medication (medical), anxiety attacks (psychosocial); correctly addressed")

_rows = [
    ("wo 13/12", "Wiskunde", "Wiskunde", "Frans"),
    ("do 14/12", "Nederlands", "Nederlands", "Nederlands"),
    ("vr 15/12", "Frans", "Geschiedenis", "Wiskunde"),
    ("ma 18/12", "Engels", "Biologie (theorie)", "Engels"),
    ("di 19/12", "Aardrijkskunde", "Frans", "Economie / Latijn"),
    ("wo 20/12", "-", "Engels", "Chemie / Fysica (theorie)"),
]
_h = html_doc('<p class="MsoNormal">Beste ouders</p>'
              '<p class="MsoNormal">Door de brand is de examenperiode aangepast. De examens van de 2de en 3de graad starten pas op woensdag 13 december en eindigen op woensdag 20 december. '
              'Praktische examens chemie en fysica vervallen; de leerkrachten beoordelen die onderdelen op basis van het werk van het trimester.</p>'
              + html_table(["Dag", "2de graad", "3de graad (ASO)", "3de graad (TSO)"], _rows)
              + '<p class="MsoNormal">De examens vinden plaats in de klascontainers en in de sporthal. Elke leerling vindt zijn lokaal in Smartschool. '
              'De rapporten worden meegegeven op vrijdag 22 december.</p><p class="MsoNormal">Met vriendelijke groeten<br>Bart Stevens, adjunct-directeur</p>')
add("examenrooster-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Aangepaste examenregeling december", date=D(12, 6, 13, 0),
    html=_h, html_only=True, fmt=["html-only", "table", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents with an exam schedule table; class codes only")

add("teams-uitnodiging-multidisciplinair", "ord", S("ldw"), [CLB, CAW, POL2],
    subject="Uitnodiging: evaluatie samenwerking crisis - 14/12", date=D(12, 6, 14, 0),
    body=dd("""
    Beste Katleen, Joris en Nele

    Graag nodig ik jullie uit voor een korte evaluatie van onze samenwerking in de voorbije weken, op donderdag 14/12 van 15u tot 16u, online.

    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of apparaat in de ruimte
    Klik hier om deel te nemen aan de vergadering
    Vergadering-id: 371 905 228 416
    Wachtwoordcode: bK9ssE
    Of bel in (alleen audio)
    +32 2 894 10 27,,582044917#   België, Brussel
    Telefonische vergadering-id: 582 044 917#
    ________________________________________________________________________________

    Groeten
    Leen De Wit
    """),
    rules=["bcc", "personal_data"], about=[], fmt=["plain", "invite"],
    note="three outside partners visible to each other in To -> bcc; Belgian dial-in number -> personal_data; meeting passcode is allowed")

# ===========================================================================
# Thursday 7 / Friday 8 December
# ===========================================================================

_t = dd("""
Beste ouders

Vandaag is het precies een maand geleden dat Jonas is overleden. Vanochtend hebben we, samen met zijn ouders en zijn zus, een jonge linde geplant op de speelplaats. Alle leerlingen waren erbij. Het was een sober en mooi moment.

De voorbije weken waren voor onze schoolgemeenschap bijzonder zwaar: eerst het verlies van Jonas, daarna de brand. We willen u van harte bedanken voor de vele steunbetuigingen, voor uw begrip voor de aanpassingen en voor de manier waarop u thuis met uw kinderen over deze gebeurtenissen hebt gepraat.

Rouw gaat niet voorbij op een afgesproken datum. Ook na de kerstvakantie blijven de leerlingenbegeleiders en het CLB beschikbaar. Aarzel niet om ons te contacteren via Smartschool.

Met vriendelijke groeten
Katrien Vanhove
directeur
""")
add("een-maand-later-boom", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Een maand later", date=D(12, 7, 12, 0),
    body=_t, html=html_doc(text_to_html(_t)), fmt=["alt", "bcc-envelope"], rules=[], about=[],
    note="general letter to all parents one month after the death")

add("containerlaptops-klassen", "pw", S("two"), [S("hdo"), S("ghe"), S("pma"), S("emo")],
    subject="startwachtwoorden leerlingen containerlaptops", date=D(12, 7, 10, 0),
    body=dd("""
    Dag titularissen,

    De leerlingen van jullie klas krijgen vanaf maandag een laptop uit de containerkar. Ze melden de eerste keer aan met een startwachtwoord (in bijlage per klas) en moeten het dan zelf wijzigen. Deel de briefjes uit in het klasuur en neem de lijst daarna terug mee.

    Tom
    """),
    atts=[att_docx("Startwachtwoorden_containerlaptops.docx",
                   ["Startwachtwoorden containerlaptops - per klas en per plaats (knippen en uitdelen)"]
                   + ["Klas %s - laptop %s-%02d - gebruiker lln-%s-%02d - startwachtwoord: Strt-%s%02d!%s" % (
                       k, k, i, k.lower(), i, k, (i * 37 + ord(k[1])) % 100, "qwzrtpxkvmhn"[i % 12])
                      for k in ("3A", "4A", "4B", "5A") for i in range(1, 11)])],
    rules=["password"], about=[], fmt=["mixed", "attachment-docx"],
    note="docx with start passwords per class and seat (generic accounts, no pupil named)")

add("code-bouwhek-werfzone", "pw", S("dja"), [CONT],
    subject="toegang werfzone", date=D(12, 7, 11, 0),
    body=dd("""
    Ruben,

    Voor de ploeg die morgen de laatste containers aansluit: het bouwhek aan de Groeneweg zit dicht met een cijferslot, code 9021. De sleutels van de sanitaire units liggen in de sleutelkluis aan de zijgevel van blok A, code 6688.

    Gelieve vóór 8u15 binnen te rijden, daarna komen de leerlingen.

    Dirk Janssens
    """), cte="base64",
    rules=["password"], about=[], fmt=["plain-base64"],
    note="padlock and key-safe codes, body base64-encoded")

_iban_cont = be_iban(735, 412589)
add("betaling-voorschot-containers", "ord", S("evs"), [CONT],
    subject="Factuur 2023-1187 - voorschot", date=D(12, 7, 13, 0),
    body=dd("""
    Beste

    Wij hebben vandaag het voorschot van 30 %% (14.520,00 EUR) betaald voor factuur 2023-1187, zoals gevraagd op het rekeningnummer vermeld op uw factuur: %s (Modulo Units BV). Mededeling: BST-23-0455.

    Kan u ons bevestigen dat dit het juiste rekeningnummer is? We kregen vorige week een mail met een ander nummer en willen fraude uitsluiten.

    Met vriendelijke groeten
    Els Verschueren
    boekhouding Sint-Pieterscollege
    """) % _iban_cont,
    rules=["personal_data"], about=[], fmt=["plain"],
    note="payment confirmation with the supplier's IBAN -> personal_data")

_iban_lambert = be_iban(63, 1182436)
add("terugbetaling-laptop-arthur", "pers", S("evs"), [("Isabelle Lambert", par("arthur", 1))],
    subject="Terugbetaling rekenmachine Arthur (brand)", date=D(12, 7, 14, 10),
    body=dd("""
    Beste mevrouw Lambert

    De verzekering heeft de schade aan de grafische rekenmachine van Arthur aanvaard. De school betaalt u het bedrag van 119,00 EUR terug en recupereert het later bij de verzekeraar.

    Kunt u bevestigen dat we mogen storten op het rekeningnummer dat we in ons systeem hebben: %s (op naam van I. Lambert)?

    Met vriendelijke groeten
    Els Verschueren
    boekhouding
    """) % _iban_lambert,
    rules=["personal_data"], about=ids("arthur"), fmt=["plain"],
    note="refund for a calculator damaged in the fire; parent's IBAN -> personal_data; not sensitive (no unpaid bill or support)")

_vc = inner_msg(("Smartschool", "noreply@smartschool.be"), [S("ldw")], "Je verificatiecode", D(12, 7, 14, 52), dd("""
Beste Leen De Wit

Iemand probeert zich aan te melden op jouw Smartschool-account (spc.smartschool.be).

Je verificatiecode is: 739204

Deze code is 10 minuten geldig. Deel deze code met niemand.

Smartschool
"""), "verificatiecode")
add("fw-verificatiecode", "pw", S("ldw"), [S("two")],
    subject="FW: Je verificatiecode", date=D(12, 7, 14, 55),
    body=dd("""
    Tom, ik kreeg dit net maar ik was niet aan het aanmelden?! Is dit normaal? Ik heb niets ingevuld.
    Leen
    """),
    attach_msg=_vc,
    rules=["password"], about=[], fmt=["mixed", "forward-rfc822"],
    note="forwards a still-valid one-time verification code (attached message/rfc822)")

add("ocmw-dylan-tussenkomst", "sens", S("evs"), [OCMW],
    subject="Tussenkomst schoolkosten - Dylan Mortier (3B)", date=D(12, 7, 15, 30),
    body=dd("""
    Beste mevrouw Daems

    Mevrouw Mortier gaf ons de toestemming om rechtstreeks met u contact op te nemen over de schoolkosten van haar zoon Dylan (3B).

    Openstaand: 312,40 EUR (rekeningen september en oktober). Er loopt een afbetalingsplan van 80 EUR per maand. Mevrouw Mortier ontvangt geen schooltoeslag omdat de aanvraag niet op tijd ingediend werd; misschien kan u haar daarbij helpen?

    Ik bezorg u graag een overzicht van de rekeningen als u dat nodig hebt.

    Met vriendelijke groeten
    """) + sig("evs", phone=True),
    rules=["sensitive", "personal_data"], cats=["financial"], about=ids("dylan"), fmt=["plain"],
    note="to the social service (OCMW): unpaid bills, payment plan, school allowance -> financial; direct phone in signature")

add("ticket-datarecuperatie", "pw", S("two"), [DATAR],
    subject="Ticket DR-55821 - laptop brandschade", date=D(12, 8, 9, 0),
    body=dd("""
    Goedemorgen

    Zoals gevraagd voor de datarecuperatie van de laptop met serienummer 5CG2381KQV (brandschade, hitte en bluswater): de schijf is versleuteld met BitLocker.

    Herstelsleutel-id: 7A1C3F02
    Herstelsleutel: 482119-603702-155342-700964-219857-361218-091245-518672

    Het gaat om lesmateriaal van een leerkracht chemie; er staan geen leerlingengegevens op die we terug nodig hebben.

    Met vriendelijke groeten
    Tom Wouters
    ICT-coördinator
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="BitLocker recovery key")

_rows = [("C%d" % i, "scherm-c%d" % i, "Cont%d-%s" % (i, ["Rv8", "Tk2", "Pw5", "Zm7", "Hq4", "Ls9", "Bn3", "Xe6"][i - 1]), "2de graad" if i <= 4 else "3de graad")
         for i in range(1, 9)]
add("logins-containerschermen", "pw", S("two"), [S("dja"), S("bst")],
    subject="logins schermen containers", date=D(12, 8, 10, 0),
    body="Dirk, Bart,\n\nDe schermen hangen. Tijdelijke logins (tot ik ze maandag aan Smartschool koppel):\n\n"
         + text_table(["Container", "Gebruiker", "Wachtwoord", "Voor"], _rows) + "\n\nTom\n",
    html=html_doc('<p class="MsoNormal">Dirk, Bart,</p><p class="MsoNormal">De schermen hangen. Tijdelijke logins (tot ik ze maandag aan Smartschool koppel):</p>'
                  + html_table(["Container", "Gebruiker", "Wachtwoord", "Voor"], _rows) + '<p class="MsoNormal">Tom</p>'),
    rules=["password"], about=[], fmt=["alt", "table"],
    note="HTML table of temporary logins and passwords of the container screens")

add("accounts-zorglaptops", "pw", S("two"), [S("ldw"), S("ade"), S("scl")],
    subject="accounts zorglaptops containers", date=D(12, 8, 11, 0),
    body=dd("""
    Dag Leen, An, Sofie,

    In C5 en C6 staan de laptops voor de leerlingen met een aangepaste examenregeling. In bijlage de lijst met de lokale accounts en startwachtwoorden (csv, openen met Excel).

    Tom
    """),
    atts=[att_csv("zorglaptops_C5_C6.csv",
                  [["toestel", "gebruiker", "startwachtwoord", "software"]]
                  + [["ZL-%02d" % i, "zorg%02d" % i, "Zorg-%02d%s" % (i, "ABCDEFGHJKLM"[i]), "Sprint, Kurzweil" if i % 2 else "Sprint"] for i in range(1, 11)])],
    rules=["password"], about=[], fmt=["mixed", "attachment-csv"],
    note="CSV attachment with start passwords of laptops; no pupil named")

add("overzicht-codes-pdf", "pw", S("dja"), [S("bst"), S("kvh")],
    subject="overzicht codes containers + alarm", date=D(12, 8, 12, 30),
    body=dd("""
    Katrien, Bart,

    In bijlage het overzicht van alle codes van de containers en het alarm, voor in de crisismap. Print het en bewaar het in de kluis, niet in de leraarskamer.

    Dirk
    """),
    atts=[att_pdf("Overzicht_codes_containers.pdf", [
        "OVERZICHT CODES KLASCONTAINERS - VERTROUWELIJK", "",
        "Deuren C1-C4: 2580*", "Deuren C5-C8: 7319*", "Sanitaire units S1-S2: 4455*",
        "Alarm containerveld - inschakelen: 1966 + ON / uitschakelen: 1966 + OFF",
        "Sleutelkluis zijgevel blok A: 6688", "Technisch lokaal (stroomkast): 8024#"], "Codes containers")],
    rules=["password"], about=[], fmt=["mixed", "attachment-pdf"],
    note="PDF listing door, alarm and key-safe codes")

add("smartschool-ouderaccount-en", "pw", S("two"), [("Emily Thompson", par("oscar", 1))],
    subject="Your Smartschool parent account", date=D(12, 8, 13, 30), lang="en",
    body=dd("""
    Dear Mrs Thompson,

    You told the secretary's office that you cannot log in to Smartschool to see Oscar's exam timetable. I have reset your parent co-account:

    Username: oscar.thompson (select "co-account 1")
    Temporary password: Welkom-4731

    You will be asked to choose a new password the first time you log in.

    Kind regards,
    Tom Wouters
    ICT coordinator, Sint-Pieterscollege
    """),
    rules=["password"], about=ids("oscar"), fmt=["plain"],
    note="temporary password of a parent's Smartschool account, in English; about Oscar (correct parent), not sensitive")

_fwd = dd("""
-------- Doorgestuurd bericht --------
Onderwerp: logins schermen containers
Datum: Fri, 8 Dec 2023 10:00:00 +0100
Van: Tom Wouters <tom.wouters@sintpieterscollege.be>
Aan: Dirk Janssens <dirk.janssens@sintpieterscollege.be>, Bart Stevens <bart.stevens@sintpieterscollege.be>

Container  Gebruiker   Wachtwoord
C1         scherm-c1   Cont1-Rv8
C2         scherm-c2   Cont2-Tk2
C3         scherm-c3   Cont3-Pw5
C4         scherm-c4   Cont4-Zm7
""")
add("fw-logins-weekend", "pw", S("two"), [("Tom Wouters", "tom.wouters.ict@gmail.com")],
    subject="Fwd: logins schermen containers", date=D(12, 8, 18, 20), xmailer="thunderbird",
    body="voor het weekend, thuis koppelen aan Smartschool\n\n" + _fwd,
    rules=["password", "private_account"], about=[], fmt=["plain", "forward"],
    note="ICT coordinator forwards school logins to his own private Gmail -> password + private_account")

add("marie-krassen-lo", "sens", S("kba"), [S("ade")], cc=[S("pma")],
    subject="Marie L. 4B - zorgen", date=D(12, 8, 14, 40),
    body=dd("""
    An,

    Tijdens LO vandaag (turnen in de sporthal, korte mouwen) zag ik bij Marie Lambrechts van 4B verse krassen op haar linkeronderarm, een stuk of tien. Ze trok meteen haar trui aan. Ik heb niets gezegd voor de klas. Ze was de laatste weken al erg stil; ze zat in de klas naast Jonas' lege bank.

    Kan jij haar vandaag of maandag zien? Ik weet niet goed hoe ik het zelf moet aanpakken.

    Koen
    """),
    rules=["sensitive"], cats=["psychosocial"], about=ids("marie_l"), fmt=["plain"],
    note="signs of self-harm for a named pupil -> psychosocial; internal")

# ===========================================================================
# Monday 11 December: containers open
# ===========================================================================

add("deur-c3-klemt", "pw", S("dja"), [S("pma")],
    subject="C3", date=D(12, 11, 7, 45),
    body="Pieter, deur van C3 klemt nog. Code is 2580* maar je moet daarna hard duwen tot hij klikt. Firma komt vanmiddag.\nDirk\n\nVerstuurd vanaf mijn iPhone\n",
    rules=["password"], about=[], fmt=["phone", "plain"], xmailer="iphone",
    note="container door code in a short phone mail")

add("lukas-epilepsie-tl", "sens", S("emo"), [S("dja")], cc=[S("ldw")],
    subject="tl-lampen C7", date=D(12, 11, 8, 30),
    body=dd("""
    Dag Dirk,

    In container C7 flikkeren twee tl-lampen achteraan. Normaal is dat gewoon vervelend, maar Lukas Verhoeven (5A) heeft fotosensitieve epilepsie en zijn neuroloog heeft uitdrukkelijk gevraagd flikkerend licht te vermijden. Hij had vorig jaar een aanval in de les. Kan je die lampen vandaag nog vervangen of uitschakelen? Tot dan zet ik hem vooraan in C8 bij de 5B.

    Evelien
    """),
    rules=["sensitive"], cats=["medical"], about=ids("lukas"), fmt=["plain"],
    note="epilepsy, neurologist's advice, earlier seizure -> medical; internal")

_rows = [("B.201 (chemie)", "C5"), ("B.202 (fysica)", "C6"), ("B.204 (biologie)", "C7"), ("C.104", "C1"), ("C.105", "C2"),
         ("C.112", "C3"), ("C.204", "C4"), ("C.210 (STEM)", "C8")]
add("lokalen-naar-containers", "pwlike", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Welk lokaal wordt welke container?", date=D(12, 11, 9, 0),
    body="Beste collega's\n\nVoor wie zijn rooster nog niet aangepast ziet in Smartschool: zo verhuizen de lokalen.\n\n"
         + text_table(["Oud lokaal", "Container"], _rows)
         + "\n\nLokaalcodes in Smartschool: de containers heten 'CONT-C1' t/m 'CONT-C8'.\n\nBart\n",
    rules=[], about=[], fmt=["plain", "table", "bcc-envelope"],
    note="look-alike: room numbers and room codes open nothing")

_h = html_doc("""
<p>Dag iedereen,</p>
<p>Vanaf vandaag is er in de containers een apart wifinetwerk voor leerlingen. Scan de QR-code aan de deur van je container, of voeg het netwerk manueel toe:</p>
<table style="border:1px solid #999;padding:6px"><tr><td><b>Netwerk</b></td><td>STROOM-LLN-CONT</td></tr>
<tr><td><b>Wachtwoord</b></td><td>Leer!ling2023cont</td></tr></table>
<p style="font-family:monospace;font-size:9pt;color:#666">WIFI:T:WPA;S:STROOM-LLN-CONT;P:Leer!ling2023cont;;</p>
<p>Het netwerk is enkel voor schoolwerk. Streaming en gaming worden geblokkeerd.</p>
<p>Meneer Wouters (ICT)</p>
""", outlook=False)
add("wifi-leerlingen-containers", "pw", S("two"), [S("two")], bcc=[G("leerlingen2e3egraad", "Leerlingen 2de en 3de graad")],
    subject="Wifi in de containers", date=D(12, 11, 9, 20),
    html=_h, html_only=True, rules=["password"], about=[], fmt=["html-only", "bcc-envelope"],
    note="pupils' Wi-Fi password in an HTML table and a Wi-Fi QR string; pupils' list in BCC")

add("lars-hulp-verhuis", "pers", S("kdi"), [("Stefan Wouters", par("lars", 2))],
    subject="Lars - een pluim", date=D(12, 11, 10, 40),
    body=dd("""
    Beste meneer Wouters

    Ik wilde u even laten weten dat Lars vrijdagnamiddag spontaan twee uur gebleven is om samen met Dirk de kasten en boeken naar de containers te dragen. Zonder hem was dat nooit op tijd klaar geweest. Een dikke pluim!

    Vriendelijke groeten
    Kaat Dierickx
    """),
    rules=[], about=ids("lars"), fmt=["plain"],
    note="personal, not sensitive: praise for Lars Wouters (4A); correctly addressed to his father (roster parent 2)")

_q = dd("""
Beste meneer Maes,

Wij zouden met de ouders van 4B graag een bloemstuk laten maken voor de boom die op de speelplaats geplant is, en de rest van het geld aan de familie geven. Kunnen we dat via de school doen of regelen we het zelf?

Groeten,
Inge (mama van Febe), ook namens Joke, Kris en Els
""")
add("re-inzameling-ouders-4b", "ord", S("pma"),
    [("Inge Goris", par("febe", 1)), ("Joke Willems", par("noah_w", 1)), ("Kris Peeters", par("wout", 1)), ("Els Geerts", par("noor", 1))],
    subject="RE: inzameling ouders 4B", date=D(12, 11, 12, 50), reply_to="skynet.be",
    body=dd("""
    Beste ouders

    Wat een mooi initiatief, dank u. Het is het eenvoudigst als jullie het zelf regelen; de school kan geen geld inzamelen voor een familie. Het bloemstuk mag zeker bij de boom gezet worden. Laat even weten wanneer, dan zorgt Dirk dat de poort open is.

    Met vriendelijke groeten
    Pieter Maes
    """) + "\nOp zo 10 dec. 2023 om 20:14 schreef Inge Goris <inge.goris@skynet.be>:\n" + quote(_q),
    rules=["bcc"], about=[], fmt=["plain", "reply"],
    note="reply-all to four parents of different pupils who are all visible in To -> bcc; content not sensitive")

add("examencodes-smartschool", "pwlike", S("bst"), [S("wcu"), S("pma"), S("ghe"), S("lbe")],
    subject="examens 4de jaar - codes in Smartschool", date=D(12, 11, 14, 0),
    body=dd("""
    Collega's,

    Om de examens in de containers in Smartschool goed te laten verschijnen, heb ik per examen een code aangemaakt. Gebruik die bij het opladen van je opgaven en verbetersleutels:

    WIS-4B-EX1 / WIS-4A-EX1 (wo 13/12, C3 en C4)
    NED-4B-EX1 / NED-4A-EX1 (do 14/12)
    ENG-4AB-EX1 (ma 18/12, sporthal)

    De groepscode voor het toezicht is TZ-4DE-JAAR.

    Bart
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: course/exam codes and a group code open nothing")

add("zoom-info-avond-spreker", "pwlike", S("scl"), [CAW],
    subject="Infoavond ouders 'rouw bij jongeren' - link", date=D(12, 11, 15, 10),
    body=dd("""
    Dag Joris

    Fijn dat je de infoavond voor ouders op dinsdag 9 januari wil brengen. Omdat veel ouders liever van thuis volgen, doen we het hybride. De link voor jou als spreker (je wordt co-host):

    https://us06web.zoom.us/j/83422017765?pwd=Rk9xT2hUbWZ5dUtqR3l4ZEp4
    Vergaderings-ID: 834 2201 7765
    Toegangscode: 092841

    Zaal: refter, vanaf 19u30.

    Groeten
    Sofie Claes
    """),
    rules=[], about=[], fmt=["plain", "invite"],
    note="look-alike: meeting link with passcode in an invitation is allowed")

add("re-wifi-voor-de-firma", "pwlike", S("two"), [S("dja")],
    subject="RE: wifi voor de firma", date=D(12, 11, 16, 0), reply_to=SPC,
    body=dd("""
    Dirk, de technieker van Modulo mag op het gastnetwerk (SPC-Gast). De sleutel staat op het kaartje aan het bord van het secretariaat, hij kan hem daar vragen. Niet doorsturen via mail of WhatsApp aub.
    Tom

    -----Oorspronkelijk bericht-----
    Van: Dirk Janssens
    Verzonden: maandag 11 december 2023 15:32
    Aan: Tom Wouters
    Onderwerp: wifi voor de firma

    Tom, mag de technieker van de containers op het wifi? Wat is de sleutel?
    """),
    rules=[], about=[], fmt=["plain", "reply"],
    note="look-alike: asks for a Wi-Fi key, the reply names the network but gives no key")

# ===========================================================================
# Tuesday 12 December and later
# ===========================================================================

add("crisisteam-lijst-week6", "sens", S("ade"), [CRISIS],
    subject="opvolging week 6", date=D(12, 12, 8, 55),
    body=dd("""
    Dag crisisteam,

    Korte update voor ons overleg van straks:

    - Robbe Vandenberghe: komt sinds vorige week halve dagen, 3 dagen aanwezig. CLB-gesprekken lopen. Examens enkel Nederlands en wiskunde.
    - Noor Hendrickx: zware terugval na de brand (paniekaanval in C3, moest naar huis). Psychologe verhoogt naar wekelijks.
    - Vic Bosmans (2B): de eerste dagen in de container zijn moeilijk, verstopt zich tijdens de pauzes in het sanitair. Stappenplan ASS wordt aangepast.
    - Marie Lambrechts (4B): gesprek gehad na melding Koen (krassen). Mama op de hoogte, CLB neemt over.

    An
    """),
    rules=["sensitive", "bcc"], cats=["psychosocial", "care"], about=ids("robbe", "noor", "vic", "marie_l"), fmt=["plain", "group-in-to"],
    note="crisis-team update sent To the staff list crisisteam@ (a group address, policy 3.1: BCC) -> bcc; school refusal, panic, self-harm (psychosocial), CLB, psychologist, autism plan (care)")

add("crisis-gsm-vakantie", "pw", S("kvh"), [S("bst")],
    subject="crisis-gsm tijdens de vakantie", date=D(12, 12, 10, 0),
    body=dd("""
    Bart,

    Zoals afgesproken neem jij de crisis-gsm over van 23/12 tot 2/1. Nummer blijft 0470 55 21 83 (dat nummer staat ook op de website). De pincode van de simkaart is 2468, de voicemail beluister je met 1357.

    Ik leg hem vrijdag in je vakje.

    Katrien
    """),
    rules=["password", "personal_data"], about=[], fmt=["plain"],
    note="SIM PIN and voicemail PIN (password); Belgian mobile number (personal_data)")


add("jas-yasmine", "pers", LLNSEC, [("Zeynep Kaya", par("yasmine", 2))],
    subject="Jas Yasmine (4A)", date=D(12, 12, 13, 10),
    body=dd("""
    Beste mevrouw

    De jassen die na de brand in blok B hingen, zijn gereinigd door de firma van de verzekering. De jas van Yasmine (4A) hangt klaar op het leerlingensecretariaat. Ze kan hem ophalen tijdens de middagpauze.

    Met vriendelijke groeten
    Leerlingensecretariaat
    """),
    rules=[], about=ids("yasmine"), fmt=["plain"],
    note="personal, not sensitive: cleaned coat; correctly addressed to Yasmine's mother (roster parent 2)")

add("melding-datalek-dpo", "ord", S("ade"), [DPO], cc=[S("kvh")],
    subject="Melding mogelijk datalek", date=D(12, 12, 14, 30),
    body=dd("""
    Beste

    Ik wil een mogelijk datalek melden. Op 10 november heb ik een mail met opvolgingsinformatie over een leerling van het 4de jaar per vergissing naar een verkeerde ouder gestuurd (automatisch aanvullen van het adres: twee moeders met dezelfde voornaam). Ik merkte het pas vandaag, toen de ouder me erop aansprak. Ze heeft bevestigd dat ze de mail verwijderd heeft.

    De details van de leerling staan in het LVS. Wat moet ik nog doen?

    Met vriendelijke groeten
    An Devos
    """),
    rules=[], about=[], fmt=["plain"],
    note="data-breach report to the DPO without naming the pupil or any sensitive fact")

add("examentoezicht-personeel", "gen", DIRECTIE, [DIRECTIE], bcc=[PERSONEEL],
    subject="Toezichtsrooster examens in de containers", date=D(12, 12, 15, 0),
    body=dd("""
    Beste collega's

    In bijlage het toezichtsrooster voor de examens van 13 tot 20 december. Door de containers is het toezicht anders georganiseerd: per container één toezichter, in de sporthal drie.

    Wie wil ruilen, regelt dat zelf en laat het weten aan Bart.

    Directie
    """),
    atts=[att_xlsx("Toezichtsrooster_examens_dec2023.xlsx",
                   [["Datum", "Uur", "Lokaal", "Toezicht"], ["13/12", "8u30-10u30", "C3", "W. Cuypers"],
                    ["13/12", "8u30-10u30", "C4", "G. Hermans"], ["13/12", "8u30-10u30", "Sporthal", "K. Baert, K. Dierickx, H. Dockx"],
                    ["14/12", "8u30-10u30", "C3", "P. Maes"], ["14/12", "8u30-10u30", "C5", "L. De Wit"]])],
    rules=[], about=[], fmt=["mixed", "attachment-xlsx", "bcc-envelope"],
    note="general letter to all staff with an ordinary xlsx; staff list in BCC")

add("examen-wiskunde-toetsplatform", "pw", S("two"), [S("wcu")],
    subject="examen wiskunde 4B/4A op het toetsplatform", date=D(12, 12, 16, 30),
    body=dd("""
    Ward,

    Het digitale deel van je examen wiskunde staat klaar op het toetsplatform. De leerlingen kunnen het pas openen met het examenwachtwoord, dat je morgen om 8u30 op het bord schrijft:

    4B: Goniometrie-13!
    4A: Sinus-Cosinus-13!

    Daarna sluit ik het examen om 10u30 automatisch.

    Tom
    """),
    rules=["password"], about=[], fmt=["plain"],
    note="exam passwords that unlock a digital exam")

add("materiaalkot-containers", "pw", S("dja"), [S("kba")],
    subject="code materiaalkot containers = 7410", date=D(12, 13, 7, 30),
    body="zie onderwerp\n",
    rules=["password"], about=[], fmt=["plain", "subject-only"],
    note="lock code given only in the subject line")

add("lotte-examens-opvolging", "sens", S("ade"), [("Sarah Van Lommel", par("lotte_jan", 1)), ("Geert Janssens", par("lotte_jan", 2))],
    subject="Lotte - examens en opvolging", date=D(12, 13, 9, 0),
    body=dd("""
    Beste mevrouw Van Lommel, beste meneer Janssens

    Op uw beider vraag stuur ik deze informatie voortaan aan u allebei tegelijk, omdat Lotte sinds de scheiding week om week bij elk van u verblijft.

    Lotte heeft haar eerste twee examens afgelegd. Ze was erg nerveus en heeft 's nachts weinig geslapen, maar ze heeft alles afgewerkt. Ze heeft ook haar tweede gesprek bij het CLB gehad; Katleen stelt voor om na de kerstvakantie nog twee gesprekken te plannen.

    Met vriendelijke groeten
    An Devos
    """),
    rules=["sensitive", "bcc"], cats=["family", "psychosocial", "care"], about=ids("lotte_jan"), fmt=["plain"],
    note="both separated parents visible to each other in To (two outside addresses) -> bcc; divorce and residence arrangement (family), sleeplessness (psychosocial), CLB talks (care); correct parents")

add("amira-schooltoeslag-mama", "sens", S("ade"), [("Latifa Ouali", par("amira", 1))],
    subject="Amira - stand van zaken en schooltoeslag", date=D(12, 13, 11, 30),
    body=dd("""
    Beste mevrouw Ouali

    Amira heeft haar eerste examens goed afgelegd. Ze vertelde me deze week voor het eerst zelf over haar papa, en ze vond dat het deugd deed. De gesprekken bij Lies van het CLB lopen verder in januari.

    U vroeg me ook naar de schooltoeslag. Sinds het overlijden van uw man is uw inkomen veranderd, en u hebt mogelijk recht op een hoger bedrag. Els van onze boekhouding helpt u graag met de aanvraag; de rest van de rekening voor de skireis wordt niet meer aangerekend.

    Met vriendelijke groeten
    An Devos
    """),
    rules=["sensitive"], cats=["family", "care", "financial"], about=ids("amira"), fmt=["plain"],
    note="to Amira's mother: father's death (family), CLB talks (care), school allowance and income (financial); correctly addressed")

add("bibliotheekboek-noah", "pers", S("pma"), [("Joke", par("noah_wu", 1))],
    subject="boek Noah", date=D(12, 13, 14, 0),
    body=dd("""
    Dag Joke

    Bij het leegmaken van het oude klaslokaal van 4B vonden we nog het bibliotheekboek 'De Avonden' van Noah. Het is niet beschadigd. Ik heb het aan de bib teruggegeven, dus hij hoeft het niet te betalen. Geef je het door aan Noah?

    Groetjes
    Pieter Maes
    klastitularis 4B
    """),
    rules=["recipient"], about=ids("noah_w"), mis=True, fmt=["plain"],
    note="about Noah Willems (4B) but sent to Joke Wuyts, mother of Noah Wuyts (3A) (autocomplete on 'Joke', same first names); not sensitive")

add("rapport-kopie-elif", "pers", LLNSEC, [("Kemal Aydin", par("elif", 1))],
    subject="Kopie rapport Elif", date=D(12, 14, 10, 0),
    body=dd("""
    Beste meneer Aydin

    Zoals gevraagd vindt u in bijlage een kopie van het rapport van Elif (3B) van de herfstperiode; het origineel lag in haar kastje in blok B.

    Met vriendelijke groeten
    Leerlingensecretariaat
    """),
    atts=[att_pdf("Rapport_herfst_Aydin_Elif_3B.pdf", ["Rapport herfstperiode 2023-2024", "Elif Aydin - 3B",
                                                        "Nederlands 78%  Frans 71%  Engels 82%  Wiskunde 69%",
                                                        "Algemene opmerking: Elif werkt nauwgezet. Proficiat!"], "Rapport")],
    rules=[], about=ids("elif"), fmt=["mixed", "attachment-pdf"],
    note="personal, not sensitive: copy of an ordinary report; correctly addressed to Elif's father")

add("kluisje-lore", "pers", S("hdo"), [("Fam. Peeters-Vandamme", par("lore", 1))],
    subject="Kluisje Lore", date=D(12, 14, 11, 30),
    body=dd("""
    Beste ouders

    Lore (3A) had haar kluisje in de gang van blok C. Die gang mag nog niet betreden worden, maar de firma heeft de inhoud van alle kluisjes in dozen gestoken. De doos van Lore staat in container C2; ze kan hem na het examen van vrijdag meenemen.

    Vriendelijke groeten
    Hans Dockx
    klastitularis 3A
    """),
    rules=[], about=ids("lore"), fmt=["plain"],
    note="personal, not sensitive: locker contents; correctly addressed to Lore Peeters' parents")

add("fiets-elias-2a", "pers", S("vti"), [("Karen Dierckx", par("elias_ma", 1))],
    subject="Elias - fiets", date=D(12, 14, 13, 0),
    body=dd("""
    Dag mevrouw Dierckx

    Elias (2A) mag zijn fiets tijdelijk in de stalling van het personeel zetten, want de nieuwe stalling aan de tennisvelden is voor hem een hele omweg. Hij krijgt daarvoor een badge van het secretariaat.

    Groeten
    Veerle Timmermans
    """),
    rules=[], about=ids("elias_ma"), fmt=["plain"],
    note="personal, not sensitive: bike parking for Elias Maes (2A); correctly addressed to his mother")

add("lader-jana", "pers", S("wcu"), [("Stijn Dewulf", par("jana_d", 1))],
    subject="lader laptop Jana", date=D(12, 14, 15, 0),
    body=dd("""
    Dag meneer Dewulf

    Jana heeft na het examen wiskunde haar laptoplader in C3 laten liggen (grijs, met een sticker van een kat). Ik heb hem bij Pieter Maes gelegd.

    Groeten
    Ward Cuypers
    """),
    rules=[], about=ids("jana_d"), fmt=["plain"],
    note="personal, not sensitive: a forgotten charger; correctly addressed to Jana Dewulf's father")

add("ella-bedankt-bediening", "pers", S("hva"), [("Fam. Segers", par("ella", 1))],
    subject="Ella - bedankt", date=D(12, 15, 9, 0),
    body=dd("""
    Beste ouders

    Ella heeft bij het planten van de boom op 7 december en bij de koffie achteraf geholpen met ontvangen en bedienen. Ze deed dat met veel rust en warmte. De familie van Jonas heeft het opgemerkt en vroeg om haar te bedanken. Dat doe ik bij deze graag ook via jullie.

    Hartelijke groet
    Hilde Van Acker
    """),
    rules=[], about=ids("ella"), fmt=["plain"],
    note="personal, not sensitive: thanks for Ella Segers' help; correctly addressed")

add("wandeling-zaterdag-prive", "ord", ("Griet Hermans", "griet.hermans77@gmail.com"), [("An Devos", "an.devos.thuis@gmail.com")],
    subject="zaterdag wandelen?", date=D(12, 15, 20, 10), xmailer="gmail",
    body=dd("""
    Hoi An,

    Wat een weken hebben we achter de rug. Zin om zaterdag een stukje te wandelen in het Meerdaalwoud? Ik kan je om 10u oppikken, daarna soep bij mij. Gewoon even niet over school praten :-)

    Griet
    """),
    rules=[], about=[], fmt=["plain", "gmail"],
    note="staff member's private mail about a private matter from Gmail to a private address: fine")

add("kopieerapparaat-containers", "pwlike", S("ivb"), [S("lbe")],
    subject="kopieerapparaat containers", date=D(12, 15, 10, 30),
    body=dd("""
    Dag Laura

    In de containers staat een nieuw kopieerapparaat (bij C4). Je krijgt daar een nieuwe pincode voor, die stuurt het systeem je vanmiddag per sms. Vergeet hem niet te wijzigen na de eerste keer kopiëren.

    Ilse
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: announces a PIN by SMS without giving it")

add("sleutelnummer-c2", "pwlike", S("dja"), [S("hdo")],
    subject="sleutel C2", date=D(12, 15, 11, 15),
    body=dd("""
    Hans,

    De reservesleutel van C2 is sleutel nr. 47 in het sleutelkastje van de leraarskamer (rood label). Teken af in het schriftje als je hem meeneemt.

    Dirk
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: a key number is not a secret")

add("aangifte-schoolwegongeval-pv", "pwlike", S("ivb"), [INS],
    subject="Aangifte ongeval op de weg naar school - 7/11/2023 - polis 45.118.772", date=D(12, 15, 14, 0),
    body=dd("""
    Geachte

    In opvolging van uw brief bezorgen wij u de ontbrekende referenties voor het dossier van het ongeval op de weg naar school van 7 november 2023 (leerling 4B, overleden).

    Proces-verbaal politie: LE.55.L1.034187/2023 (PZ Dijlevallei)
    Uw dossiernummer: SP/23/113902
    Aangifteformulier: ingediend op 14/11/2023 onder nr. AF-2023-0887

    De familie wenst dat alle verdere correspondentie rechtstreeks met hen verloopt.

    Met vriendelijke groeten
    Ilse Van den Broeck
    secretariaat
    """),
    rules=[], about=[], fmt=["plain"],
    note="look-alike: police report, file and form numbers open nothing; the deceased pupil is not in the export and no other pupil facts")

_t = dd("""
Beste ouders

Het eerste trimester van dit schooljaar zullen we niet snel vergeten. We namen afscheid van Jonas, we werden getroffen door een brand en we moesten onze school in een paar dagen anders organiseren. Dat dit gelukt is, danken we aan onze leerlingen, aan onze personeelsleden en aan u.

De rapporten worden vrijdag 22 december meegegeven. De oudercontacten vinden plaats op dinsdag 9 en donderdag 11 januari, in de sporthal en in de containers; u kan vanaf maandag inschrijven via Smartschool.

Op dinsdag 9 januari om 20u is er ook een infoavond voor ouders over rouw bij jongeren, met een medewerker van Slachtofferhulp. U kan ter plaatse of online volgen; de link volgt via Smartschool.

We wensen u en uw gezin een warme kerst en alle goeds voor 2024.

Katrien Vanhove
directeur
""")
add("kerstbrief-ouders", "gen", DIRECTIE, [DIRECTIE], bcc=[OUDERS],
    subject="Kerstbrief", date=D(12, 20, 12, 0),
    body=_t, html=html_doc(text_to_html(_t)), fmt=["alt", "bcc-envelope"], rules=[], about=[],
    note="general Christmas letter to all parents via BCC")


# ===========================================================================
# output
# ===========================================================================

PHONE_RE = re.compile(r"(?<![\w.+/])(?:\+32\s?|0032\s?|0)(?:\(0\))?[1-9](?:[\s./-]?\d){7,8}(?![\d])")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"°\s?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|geboortedatum|date of birth|date de naissance|geboren op", re.I)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None:
            if ct == "message/rfc822":
                continue
            continue
        fn = (part.get_filename() or "").lower()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, "replace"))
        elif fn.endswith((".docx", ".docm", ".xlsx", ".xlsm", ".zip")):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    if n.endswith((".xml", ".txt", ".bat", ".ps1")):
                        out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")))
        elif fn.endswith(".pdf"):
            out.append(payload.decode("cp1252", "replace"))
    # message/rfc822 attachments
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                out.append(all_text(sub))
    return "\n".join(out)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    # remove old outputs
    for f in os.listdir(HERE):
        if f.endswith(".eml") or f in ("labels.yaml", "roster.csv"):
            os.remove(os.path.join(HERE, f))
    mails = sorted(MAILS, key=lambda m: m["date"])  # stable sort
    slugs = set()
    problems = []
    label_lines = ["# batch38 - crisis team and pupil counsellors of Sint-Pieterscollege Heverlee after a pupil's fatal "
                   "accident (7/11/2023) and the science-wing fire (29/11/2023); Jonas Verbiest is not in the export", ""]
    written = []
    for i, m in enumerate(mails, 1):
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        fname = "%03d-%s.eml" % (i, m["slug"])
        msg = build(m, i)
        data = msg.as_bytes(policy=policy.default)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        written.append(fname)
        # record the transfer encoding the generator actually chose for the main text part
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                cte_used = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                if cte_used == "quoted-printable" and not any("qp" in f for f in m["fmt"]):
                    m["fmt"].append("qp")
                if cte_used == "base64" and not any("base64" in f for f in m["fmt"]):
                    m["fmt"].append("base64")
                break
        # sanity lint of my own labels
        txt = all_text(msg)
        pd_hits = (PHONE_RE.findall(txt) + [x for x in IBAN_RE.findall(txt) if iban_valid(x)]
                   + [x for x in RRN_RE.findall(txt) if rrn_valid(x)] + DOB_RE.findall(txt))
        if pd_hits and "personal_data" not in m["rules"]:
            problems.append("%s: personal data %r but not labelled" % (fname, pd_hits))
        if not pd_hits and "personal_data" in m["rules"]:
            problems.append("%s: personal_data labelled but nothing found" % fname)
        for x in IBAN_RE.findall(txt):
            if not iban_valid(x):
                problems.append("%s: invalid IBAN %s" % (fname, x))
        if ("sensitive" in m["rules"]) != bool(m["cats"]):
            problems.append("%s: sensitive/categories mismatch" % fname)
        if m["mis"] != ("recipient" in m["rules"]):
            problems.append("%s: misdirected/recipient mismatch" % fname)
        rcpt = [_bare(a) for a in m["to"] + m["cc"] + m["bcc"]]
        mail_from = m["env_from"] or _bare(m["frm"])
        # misdirection check against the roster
        if m["about"] and any(a for a in rcpt):
            pupil_parents = set()
            for pid_ in m["about"]:
                p = next(q for q in ROSTER if q["id"] == pid_)
                pupil_parents.update(a for a in (p["p1"], p["p2"]) if a)
            all_parent_addrs = {a for q in ROSTER for a in (q["p1"], q["p2"]) if a}
            to_parents = [a for a in rcpt if a in all_parent_addrs]
            if len(m["about"]) == 1 and to_parents:
                mis = not (set(to_parents) & pupil_parents)
                if mis != m["mis"]:
                    problems.append("%s: misdirected label %s but roster says %s" % (fname, m["mis"], mis))
        lines = ["%s:" % fname,
                 "  rules: [%s]" % ", ".join(m["rules"])]
        if m["cats"]:
            lines.append("  categories: {sensitive: [%s]}" % ", ".join(m["cats"]))
        lines += ["  mail_from: %s" % mail_from,
                  "  rcpt: [%s]" % ", ".join(rcpt),
                  "  about: [%s]" % ", ".join(m["about"]),
                  "  misdirected: %s" % ("true" if m["mis"] else "false"),
                  "  note: %s" % yq(m["note"]),
                  "  lang: %s" % m["lang"],
                  "  format: [%s]" % ", ".join(m["fmt"])]
        label_lines += lines
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(label_lines) + "\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]])
    for pr in problems:
        print("LINT:", pr, file=sys.stderr)
    # summary
    from collections import Counter
    rc, cc, kc = Counter(), Counter(), Counter()
    for m in mails:
        for r in m["rules"]:
            rc[r] += 1
        for c in (m["cats"] or []):
            cc[c] += 1
        kc[m["kind"]] += 1
    print("mails:", len(mails), "pupils:", len(ROSTER))
    print("rules:", dict(rc))
    print("categories:", dict(cc))
    print("kinds:", dict(kc))
    print("misdirected:", sum(1 for m in mails if m["mis"]),
          "about-pupil correct:", sum(1 for m in mails if m["about"] and not m["mis"]))
    print("no rules:", sum(1 for m in mails if not m["rules"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

