#!/usr/bin/env python3
"""batch40 - labelled outbound test mail for the Stroom (LKSD) mail gateway.

Theme: Sint-Pieterscollege Heverlee, pupils who are ill for a long time (TOAH,
ziekenhuisschool Gasthuisberg, Bednet, re-integration, adjusted exams, CLB,
insurer, ...).  Standard library only, deterministic: run `python3 make.py`.
"""
import csv
import datetime
import hashlib
import io
import os
import random
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(4040)

SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
PUPDOM = "leerling.sintpieterscollege.be"
SCHOOL_TEL = "016 29 48 10"
SCHOOL_ADR = "Sint-Pieterscollege | Kapeldreef 12 | 3001 Heverlee"

# ---------------------------------------------------------------- helpers
def strip_acc(s):
    tbl = str.maketrans("éèëêïîöôüûçàäáíóúÖÜÉşŞğıİćčšžńłśźżÇ", "eeeeiioouucaaaiouOUEsSgiIccsznlszzC")
    return s.translate(tbl)


def pup_mail(first, last):
    return "%s.%s@%s" % (strip_acc(first).lower().replace(" ", "").replace("'", ""),
                         strip_acc(last).lower().replace(" ", "").replace("'", ""), PUPDOM)


def iban_be(bank, acct):
    """Valid Belgian IBAN from 3-digit bank code and 7-digit account."""
    ten = "%03d%07d" % (bank, acct)
    chk = int(ten) % 97 or 97
    bban = "%s%02d" % (ten, chk)
    num = int(bban + "111400")
    ic = 98 - num % 97
    s = "BE%02d%s" % (ic, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, y2000=True):
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" + base) if y2000 else base)
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


DST_START = datetime.date(2025, 3, 30)
DST_END = datetime.date(2024, 10, 27)


def D(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if (dt.date() >= DST_START or dt.date() < DST_END) else 1
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    return dt


def fdate_nl(s):
    dt = D(s)
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    return "%s %d %s %d om %02d:%02d" % (days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute)


def fdate_outlook(s):
    dt = D(s)
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
    return "%s %d %s %d %02d:%02d" % (days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute)


def quote(text, who, when):
    lines = ["Op %s schreef %s:" % (fdate_nl(when), who)]
    for l in text.strip("\n").split("\n"):
        lines.append(">" + (" " + l if l else ""))
    return "\n".join(lines)


def oquote(text, frm, to, when, subj, cc=None):
    h = ["", "Van: %s" % frm, "Verzonden: %s" % fdate_outlook(when), "Aan: %s" % to]
    if cc:
        h.append("CC: %s" % cc)
    h.append("Onderwerp: %s" % subj)
    return "________________________________\n" + "\n".join(h[1:]) + "\n\n" + text.strip("\n")


def fwd(text, frm, to, when, subj):
    return ("---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, fdate_nl(when), subj, to, text.strip("\n")))


# ---------------------------------------------------------------- attachments
ZDT = (2025, 1, 6, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx(rows, macro=False):
    ct_main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % ct_main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    cols = "ABCDEFGHIJKLMNOP"
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, _esc(str(v)))
                        for c, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (r, cells))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(out) + '</sheetData></worksheet>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_BIN))
    return _zip(files)


VBA_BIN = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 90
           + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n  Shell \"cmd /c copy \\\\spc-fs01\\sjablonen\\*.dotm %APPDATA%\"\r\nEnd Sub\r\n"
           + b"\x00" * 200)


def docx(paras, macro=False):
    main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(("word/vbaProject.bin", VBA_BIN))
    return _zip(files)


def pdf(lines, title="Document"):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    parts = ["BT /F1 11 Tf"]
    for l in lines:
        parts.append("1 0 0 1 56 %d Tm (%s) Tj" % (y, esc(l)))
        y -= 15
    parts.append("ET")
    stream = "\n".join(parts).encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (Microsoft Word 2016) /CreationDate (D:20250106090000+01'00') >>" % esc(title)).encode("cp1252", "replace")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def fake_exe(tag):
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
            + b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 7 + b"PE\x00\x00L\x01\x03\x00" + tag.encode() + b"\x00" * 300)


def fake_jpg(seed):
    r = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            + bytes(r.randrange(256) for _ in range(900)) + b"\xff\xd9")


def fake_iso(label):
    data = bytearray(32768 + 2048 * 2)
    pvd = b"\x01CD001\x01\x00" + b"LINUX".ljust(32) + label.encode().ljust(32)
    data[32768:32768 + len(pvd)] = pvd
    data[34816:34823] = b"\xffCD001\x01"
    return bytes(data)


MIME = {
    "csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
    "xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
    "zip": ("application", "x-zip-compressed"), "exe": ("application", "x-msdownload"),
    "bat": ("application", "octet-stream"), "ps1": ("application", "octet-stream"),
    "vbs": ("text", "vbscript"), "iso": ("application", "x-iso9660-image"),
    "jpg": ("image", "jpeg"), "js": ("application", "javascript"),
}

# ---------------------------------------------------------------- people
STAFF = {
    "dir": ("Katrien Vanhove", "katrien.vanhove@" + SCHOOL, "directeur"),
    "directie": ("Directie Sint-Pieterscollege", "directie@" + SHORT, "directie"),
    "adj": ("Pieter Deckers", "pieter.deckers@" + SCHOOL, "adjunct-directeur 2de en 3de graad"),
    "zorg": ("Leen De Wachter", "ldw@" + SHORT, "zorgcoördinator"),
    "lb": ("Bram Sels", "bram.sels@" + SCHOOL, "leerlingenbegeleider 2de graad"),
    "lb2": ("Ine Vanhaecht", "ine.vanhaecht@" + SCHOOL, "leerlingenbegeleider 1ste graad"),
    "ict": ("Joris Lemmens", "jle@" + SHORT, "ICT-coördinator"),
    "ict2": ("Kevin Boonen", "kevin.boonen@" + SCHOOL, "ICT-ondersteuning"),
    "sec": ("Leerlingensecretariaat", "leerlingensecretariaat@" + SHORT, "leerlingensecretariaat"),
    "martine": ("Martine Geerts", "martine.geerts@" + SCHOOL, "leerlingensecretariaat"),
    "boekh": ("Rita Van Roy", "rita.vanroy@" + SCHOOL, "boekhouding"),
    "info": ("Sint-Pieterscollege", "info@" + SHORT, "onthaal"),
    "an": ("An Devos", "an.devos@" + SCHOOL, "klastitularis 3B - Nederlands"),
    "tom": ("Tom Huybrechts", "tom.huybrechts@" + SCHOOL, "klastitularis 4A - geschiedenis"),
    "sarah": ("Sarah Coppens", "sarah.coppens@" + SCHOOL, "klastitularis 2C - wiskunde"),
    "wim": ("Wim Verbeke", "wim.verbeke@" + SCHOOL, "klastitularis 5B - economie"),
    "nele": ("Nele Timmermans", "nele.timmermans@" + SCHOOL, "klastitularis 1A - Frans"),
    "koen": ("Koen Raes", "koen.raes@" + SCHOOL, "klastitularis 6A - biologie"),
    "hilde": ("Hilde Stevens", "hst@" + SHORT, "wiskunde 2de graad"),
    "isa": ("Isabelle Lejeune", "isabelle.lejeune@" + SCHOOL, "Frans"),
    "dries": ("Dries Vercammen", "dries.vercammen@" + SCHOOL, "klastitularis 3C - Engels"),
    "gert": ("Gert Smolders", "gert.smolders@" + SCHOOL, "lichamelijke opvoeding"),
    "ellen": ("Ellen Bosmans", "ellen.bosmans@" + SCHOOL, "chemie - TOAH"),
    "fred": ("Frederik Nys", "frederik.nys@" + SCHOOL, "klastitularis 6B - Latijn"),
    "lies": ("Lies Wuyts", "lies.wuyts@" + SCHOOL, "TOAH-leerkracht Nederlands/geschiedenis"),
    "evi": ("Evi Dewaele", "evi.dewaele@" + SCHOOL, "klastitularis 2A - aardrijkskunde"),
    "janv": ("Jan Vanderhoydonck", "jvh@" + SHORT, "klastitularis 1C - LO"),
    "veerle": ("Veerle Bogaerts", "veerle.bogaerts@" + SCHOOL, "klastitularis 6C - geschiedenis"),
    "kristof": ("Kristof Daems", "kristof.daems@" + SCHOOL, "klastitularis 4C - fysica"),
    "marieke": ("Marieke Van Looy", "marieke.vanlooy@" + SCHOOL, "klastitularis 1B - Nederlands"),
    "bart": ("Bart Loos", "bart.loos@" + SCHOOL, "klastitularis 5C - wiskunde"),
    "ingrid": ("Ingrid Pauwels", "ingrid.pauwels@" + SCHOOL, "klastitularis 5A - Engels"),
    "stefan": ("Stefan Michiels", "stefan.michiels@" + SCHOOL, "klastitularis 3A - wetenschappen"),
    "yasmina": ("Yasmina Aouragh", "yasmina.aouragh@" + SCHOOL, "klastitularis 2B - Nederlands"),
    "joke": ("Joke Verstraete", "joke.verstraete@" + SCHOOL, "klastitularis 4B - Frans"),
    "dpo": ("Hans Cuypers", "privacy@lksd.ksleuven.be", "aanspreekpunt informatieveiligheid LKSD"),
}
PRIVATE = {  # private mailboxes of staff members
    "an": "an.devos74@gmail.com",
    "tom": "tomhuybrechts@hotmail.com",
    "hilde": "hilde.stevens@telenet.be",
    "lies": "lieswuyts.home@outlook.com",
    "koen": "koenraes1971@gmail.com",
    "ellen": "ellen.bosmans.83@gmail.com",
}
MOBILE = {"an": "0472 58 19 03", "zorg": "0485 21 63 77", "lies": "0497 30 44 18", "ellen": "0468 12 90 55",
          "tom": "0479 66 02 31", "lb": "0473 48 15 62", "ict": "0470 93 27 14"}

# outside partners (invented)
EXT = {
    "clb": ("Sofie Lauwers", "sofie.lauwers@clb-dijleland.be", "CLB-medewerker, CLB Dijleland"),
    "clbarts": ("dr. Jan Moens", "jan.moens@clb-dijleland.be", "CLB-arts"),
    "clbpsy": ("Nathalie Derijcke", "nathalie.derijcke@clb-dijleland.be", "CLB-psycholoog"),
    "zhs": ("Mieke Vandenberghe", "mieke.vandenberghe@zhs-gasthuisberg.be", "leerkracht secundair, ziekenhuisschool Gasthuisberg"),
    "zhs2": ("Stefaan Cools", "stefaan.cools@zhs-gasthuisberg.be", "coördinator ziekenhuisschool Gasthuisberg"),
    "bednet": ("Tine Verlinden", "tine.verlinden@bednetvzw.be", "Bednet-begeleider regio Vlaams-Brabant"),
    "bednettech": ("Helpdesk Bednet", "support@bednetvzw.be", "technische ondersteuning"),
    "ins": ("Dossierbeheer schoolongevallen", "schoolongevallen@ic-verzekeringen.be", "IC Verzekeringen"),
    "upc": ("Lore Gijsbrechts", "lore.gijsbrechts@upc-kortenberg.be", "maatschappelijk werker jeugdafdeling"),
    "ocmw": ("Wendy Rutten", "wendy.rutten@sociaalhuis-leuven.be", "maatschappelijk werker, Sociaal Huis Leuven"),
    "logo": ("Kaat Thijs", "kaat@logopedie-dijlevallei.be", "logopediste"),
    "kine": ("Pieter-Jan Wouters", "info@kine-naamsepoort.be", "kinesitherapeut"),
    "pleeg": ("Jeroen Bastiaens", "jeroen.bastiaens@pleegzorg-vlbrabant.be", "pleegzorgbegeleider"),
    "reval": ("Annelies Stas", "annelies.stas@revalidatie-pellenberg.be", "ergotherapeut revalidatie"),
}

# ---------------------------------------------------------------- roster
KEY = {}   # key -> pupil dict
ROSTER = []


def key_pupil(key, pid, first, last, klas, p1, p2="", email=None):
    d = dict(id=pid, first=first, last=last, klas=klas, email=email or pup_mail(first, last), p1=p1, p2=p2)
    KEY[key] = d
    ROSTER.append(d)
    return d


key_pupil("lotte", "P0023", "Lotte", "Vermeulen", "3B", "sofie.vandael@telenet.be", "bart.vermeulen@gmail.com")
key_pupil("lotteh", "P0151", "Lotte", "Hermans", "3C", "ilse.hermans@skynet.be")
key_pupil("yassine", "P0058", "Yassine", "El Amrani", "4A", "karima.benali@hotmail.com", "m.elamrani@gmail.com")
key_pupil("yassinel", "P0061", "Yassine", "Lahlou", "4A", "lahlou.rachid@gmail.com", "souad.tahiri@hotmail.com")
key_pupil("ayoub", "P0212", "Ayoub", "El Amri", "4C", "elamri.fam@outlook.com", "nadia.elamri@gmail.com")
key_pupil("noor", "P0074", "Noor", "Peeters", "2C", "els.wauters@telenet.be", "dirk.peeters68@skynet.be")
key_pupil("wout", "P0190", "Wout", "Peeters", "5A", "peeters.jan@telenet.be", "katrien.claeys@gmail.com")
key_pupil("lukas", "P0102", "Lukas", "Janssens", "5B", "greet.janssens@proximus.be", "filip.janssens@telenet.be")
key_pupil("lucas", "P0263", "Lucas", "Jansen", "5C", "mjansen@gmail.com", "griet.janssens@hotmail.com")
key_pupil("emma", "P0031", "Emma", "De Smet", "1A", "k.desmet@telenet.be", "ann.rombouts@gmail.com")
key_pupil("emmad", "P0045", "Emma", "De Smedt", "1C", "k.desmedt@telenet.be")
key_pupil("milan", "P0120", "Milan", "Claes", "6A", "geert.claes@telenet.be", "hilde.vanaken@gmail.com")
key_pupil("milanc", "P0248", "Milan", "Claessens", "6B", "claessens.fam@skynet.be")
key_pupil("amira", "P0088", "Amira", "Hadžić", "3A", "senada.hadzic@gmail.com", "emir.hadzic@outlook.com",
          email="amira.hadzic@" + PUPDOM)
key_pupil("jonas", "P0136", "Jonas", "Wouters", "4C", "wouters.geert@skynet.be", "an.lenaerts@telenet.be")
key_pupil("sara", "P0012", "Sara", "Mertens", "2A", "mertens.kris@telenet.be", "liesbeth.goos@gmail.com")
key_pupil("tom", "P0013", "Tom", "Mertens", "5C", "mertens.kris@telenet.be", "liesbeth.goos@gmail.com")
key_pupil("lena", "P0095", "Lena", "Mertens", "3A", "mertens.koen@telenet.be", "sarah.dewitte@hotmail.com")
key_pupil("daan", "P0201", "Daan", "Goossens", "6B", "goossens.marc@telenet.be", "veerle.smets@gmail.com")
key_pupil("daan2", "P0067", "Daan", "Goossens", "2A", "goossens.d@gmail.com", "tine.maes@telenet.be",
          email="daan.goossens2@" + PUPDOM)
key_pupil("olivia", "P0037", "Olivia", "Maes", "1B", "isabelle.dupont@skynet.be", "thomas.maes@gmail.com")
key_pupil("oliviam", "P0159", "Olivia", "Maas", "1B", "thomas.maas@outlook.com", "joke.vanrompay@telenet.be")
key_pupil("arjun", "P0176", "Arjun", "Iyer", "3C", "priya.iyer@gmail.com", "r.iyer@gmail.com")
key_pupil("anika", "P0230", "Anika", "Rao", "2B", "priya.rao@gmail.com", "vikram.rao@outlook.com")
key_pupil("fien", "P0114", "Fien", "Jacobs", "5C", "nathalie.jacobs@hotmail.com")
key_pupil("robbe", "P0143", "Robbe", "Willems", "4B", "sandra.willems76@hotmail.com")
key_pupil("jana", "P0144", "Jana", "Willems", "1C", "sandra.willems76@hotmail.com")
key_pupil("ilias", "P0079", "Ilias", "Bouzid", "2B", "bouzid.samira@gmail.com")
key_pupil("hanne", "P0165", "Hanne", "Dubois", "6C", "luc.dubois@telenet.be", "marie.leclercq@skynet.be")
key_pupil("arthur", "P0166", "Arthur", "Dubois", "2C", "luc.dubois@telenet.be", "marie.leclercq@skynet.be")
key_pupil("mats", "P0050", "Mats", "Verhoeven", "1C", "verhoeven.jo@telenet.be", "leen.peeters@gmail.com")
key_pupil("matsv", "P0221", "Mats", "Verhaegen", "1A", "verhaegen.jo@skynet.be", "sophie.claus@gmail.com")
key_pupil("zoe", "P0060", "Zoë", "Lambrechts", "3B", "lambrechts.an@telenet.be", "", email="zoe.lambrechts@" + PUPDOM)
key_pupil("elif", "P0183", "Elif", "Yılmaz", "4A", "pleeggezin.declerck@telenet.be", "ayse.yilmaz@hotmail.com",
          email="elif.yilmaz@" + PUPDOM)
key_pupil("sem", "P0126", "Sem", "Vandenbussche", "3B", "bjorn.vandenbussche@gmail.com", "lies.cornelis@telenet.be")
key_pupil("febe", "P0205", "Febe", "Van Damme", "5C", "vandamme.els@telenet.be")
key_pupil("kobe", "P0098", "Kobe", "Declercq", "2B", "nancy.verstraeten@hotmail.com")
key_pupil("ruben", "P0071", "Ruben", "Vos", "4B", "sunnyday77@hotmail.com", "vos.patrick@gmail.com")
key_pupil("lisa", "P0208", "Lisa", "Van den Broeck", "3B", "vandenbroeck.hilde@telenet.be", "stijn.vdbroeck@gmail.com")
key_pupil("jonasa", "P0110", "Jonas", "Aerts", "4C", "aerts.bert@proximus.be", "nele.hendrickx@gmail.com")
key_pupil("liam", "P0187", "Liam", "O'Sullivan", "5B", "siobhan.osullivan@gmail.com", "d.osullivan@imec-partners.com")
key_pupil("ines", "P0033", "Ines", "Bakkali", "3B", "bakkali.fatima@gmail.com", "")
key_pupil("warre", "P0241", "Warre", "Leemans", "6A", "leemans.steven@telenet.be", "evelien.moors@gmail.com")
key_pupil("margot", "P0152", "Margot", "Lenaerts", "5B", "margot.ouders@gmail.com", "")
key_pupil("stan", "P0084", "Stan", "Dierickx", "3B", "dierickx.tim@telenet.be", "sofie.wellens@hotmail.com")

ORIGINS = {
    "vl": dict(w=70,
               sur=("Aerts Pauwels Michiels Stevens Cools Vandenberghe Smets Huybrechts Verstraete Geerts Lemmens "
                    "Coppens Bogaerts Nys Thys Vanhoof Segers Wuyts Daems Timmermans Luyten Hendrickx Kenis "
                    "Vervoort Swinnen Schepers Bollen Vanderstappen Moens Boeckx Heylen Verbruggen Deprez Ceulemans "
                    "Vandevelde Govaerts Callens Matthijs Wellens Vanhees Beckers Jorissen Robberechts Vanmechelen "
                    "Crabbé Stroobants Laeremans Cuppens Smolders Verhelst Vansteenkiste Bervoets Meeus Nijs "
                    "Vangeel Geboers Verreth Rombouts Lauwers Pieters Berckmans").split()
                   + ["Van Roey", "Van Gorp", "Van Herck", "Van Loock", "De Bruyn", "Van Aken", "De Vos",
                      "Van Campenhout", "De Clercq", "Van de Velde", "Vanden Eynde"],
               fa="Kristof Tim Bart Steven Koen Peter Dirk Wim Geert Sven Joris Wouter Frederik Nico Bert Gert Jeroen Bjorn".split(),
               mo="Sofie Ann Els Katrien Liesbeth Veerle Inge Nathalie Sarah Evelien Tine Hilde Karen Griet Kelly Ilse Lien Eva".split(),
               boys="Arthur Louis Noah Jules Finn Liam Vic Mathis Warre Lars Seppe Stan Kobe Jasper Bram Tuur Lowie "
                    "Mauro Robbe Senne Jens Thibo Xander Ferre Lander Milan Jonas Daan Mats Sem Ruben Stijn Bent Tibo "
                    "Rune Emiel Jef Lucas Victor Cas Lou Nand Matteo".split(),
               girls="Emma Olivia Louise Lotte Noor Mila Ella Marie Julie Lena Lisa Fien Hanne Febe Nina Elise Ines "
                     "Lore Jana Amber Charlotte Margot Axelle Kato Yana Anouk Saar Lien Roos Jolien Sara Lieze Manon "
                     "Fleur Jade".split()),
    "ma": dict(w=12, sur="Benali Ouali Chaouki Azzouzi Ouazzani Bakkour Haddouchi Tahiri Bensaid Lahlou".split()
               + ["El Idrissi", "El Khattabi", "Ait Taleb"],
               fa="Mohamed Ahmed Karim Mustafa Samir Rachid Youssef Driss".split(),
               mo="Fatima Samira Khadija Naima Souad Latifa Nadia Hafsa".split(),
               boys="Yassine Ayoub Ilias Adam Mohamed Rayan Amine Bilal Hamza Youssef Zakaria Anas".split(),
               girls="Imane Salma Aya Nour Hiba Yasmine Sara Ines Amal Lina".split()),
    "tr": dict(w=6, sur="Aydın Demir Kaya Öztürk Yıldız Çelik Şahin".split(),
               fa="Mehmet Ahmet Murat Hasan Kemal".split(), mo="Ayşe Emine Hatice Fatma Elif".split(),
               boys="Yusuf Berat Emir Kerem Mert Efe".split(), girls="Elif Zeynep Melek Aylin Defne Ecrin".split()),
    "pl": dict(w=4, sur="Kowalski Nowak Wójcik Zieliński Kamiński".split(),
               fa="Piotr Tomasz Marek Paweł".split(), mo="Agnieszka Katarzyna Magdalena Anna".split(),
               boys="Kacper Jakub Szymon Filip".split(), girls="Oliwia Zuzanna Julia Maja".split()),
    "ro": dict(w=3, sur="Popescu Ionescu Dumitru Stan".split(), fa="Andrei Mihai Florin".split(),
               mo="Elena Ioana Andreea".split(), boys="Luca Matei David".split(), girls="Daria Maria Sofia".split()),
    "af": dict(w=3, sur="Haidari Ahmadi Rahimi Noori".split(), fa="Ahmad Rahim Hamid".split(),
               mo="Zahra Mariam Fereshta".split(), boys="Ahmad Ali Omid".split(), girls="Mariam Sahar Parisa".split()),
    "er": dict(w=2, sur="Tesfaye Gebremedhin Haile".split(), fa="Dawit Yonas Samuel".split(),
               mo="Selam Helen Senait".split(), boys="Dawit Nahom Abel".split(), girls="Selam Hanna Ruth".split()),
    "vn": dict(w=1, sur="Nguyen Tran Pham".split(), fa="Minh Duc".split(), mo="Lan Thao".split(),
               boys="Minh Bao".split(), girls="Mai Linh".split()),
    "in": dict(w=1, sur="Singh Sharma Patel".split(), fa="Harpreet Rahul".split(), mo="Simran Neha".split(),
               boys="Kiran Aarav".split(), girls="Anaya Diya".split()),
    "it": dict(w=1, sur="Rossi Esposito Ferrari".split(), fa="Marco Luca".split(), mo="Giulia Chiara".split(),
               boys="Leonardo Matteo".split(), girls="Giulia Sofia".split()),
    "al": dict(w=1, sur="Hoxha Berisha Krasniqi".split(), fa="Arben Besnik".split(), mo="Drita Vjosa".split(),
               boys="Arian Dion".split(), girls="Arta Elira".split()),
    "gh": dict(w=1, sur="Mensah Owusu".split(), fa="Kwame Kofi".split(), mo="Akosua Abena".split(),
               boys="Kofi Nana".split(), girls="Ama Efua".split()),
}
PROV = ["telenet.be", "telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "gmail.com",
        "hotmail.com", "outlook.com", "icloud.com", "live.be", "hotmail.be", "outlook.be"]
CLASSES = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"]


def _slug(s):
    return strip_acc(s).lower().replace(" ", "").replace("'", "")


def build_roster():
    used_ids = {p["id"] for p in ROSTER}
    used_names = {(p["first"], p["last"]) for p in ROSTER}
    used_mail = set()
    for p in ROSTER:
        used_mail.update([p["p1"], p["p2"], p["email"]])
    used_mail.discard("")
    keysurn = {strip_acc(p["last"]) for p in ROSTER} | {"Amrani", "Peters", "Janssen", "Claessen", "Maas"}
    per_class = {c: sum(1 for p in ROSTER if p["klas"] == c) for c in CLASSES}
    free_ids = ["P%04d" % i for i in range(1, 305) if "P%04d" % i not in used_ids]
    RND.shuffle(free_ids)
    okeys = sorted(ORIGINS)
    weights = [ORIGINS[k]["w"] for k in okeys]
    while free_ids:
        o = ORIGINS[RND.choices(okeys, weights)[0]]
        last = RND.choice(o["sur"])
        if strip_acc(last) in keysurn:
            continue
        fa_, mo_ = RND.choice(o["fa"]), RND.choice(o["mo"])
        mo_last = RND.choice(o["sur"]) if RND.random() < 0.6 else last
        if strip_acc(mo_last) in keysurn:
            mo_last = last
        if mo_last.endswith("ski"):
            mo_last = mo_last[:-3] + "ska"
        style = RND.randrange(9)
        pr = RND.choice(PROV)
        p1 = {0: "%s.%s@%s" % (_slug(fa_), _slug(last), pr),
              1: "%s.%s@%s" % (_slug(last), _slug(fa_), pr),
              2: "%s%s@%s" % (_slug(fa_)[0], _slug(last), pr),
              3: "fam.%s@%s" % (_slug(last), pr),
              4: "%s.%s@%s" % (_slug(mo_), _slug(mo_last), pr),
              5: "%s%s%d@%s" % (_slug(mo_), _slug(mo_last), RND.randrange(68, 86), pr),
              6: "%s.%s@%s" % (_slug(fa_), _slug(last), pr),
              7: "%s_%s@%s" % (_slug(mo_), RND.choice(["zon", "thuis", "mama", "familie", "zee", "home"]), pr),
              8: "%s.%s@%s" % (_slug(mo_), _slug(mo_last), pr)}[style]
        p2 = ""
        if RND.random() < 0.75:
            if style in (4, 5, 7, 8):
                p2 = "%s.%s@%s" % (_slug(fa_), _slug(last), RND.choice(PROV))
            else:
                p2 = "%s.%s@%s" % (_slug(mo_), _slug(mo_last), RND.choice(PROV))
        if p1 in used_mail or p2 in used_mail or p1 == p2:
            continue
        used_mail.add(p1)
        if p2:
            used_mail.add(p2)
        nkids = 1 + (RND.random() < 0.2) + (RND.random() < 0.05)
        for _ in range(nkids):
            if not free_ids:
                break
            first = RND.choice(o["boys"] if RND.random() < 0.5 else o["girls"])
            if (first, last) in used_names:
                continue
            klas = min(CLASSES, key=lambda c: (per_class[c], RND.random()))
            per_class[klas] += 1
            em = pup_mail(first, last)
            if em in used_mail:
                continue
            used_mail.add(em)
            used_names.add((first, last))
            ROSTER.append(dict(id=free_ids.pop(), first=first, last=last, klas=klas, email=em, p1=p1, p2=p2))
    ROSTER.sort(key=lambda p: (p["klas"], strip_acc(p["last"]), p["first"]))


build_roster()


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["email"], p["p1"], p["p2"]])


def P(k):
    return KEY[k]


def par(k, n=1):
    return KEY[k]["p%d" % n]


def pn(k):
    p = KEY[k]
    return "%s %s" % (p["first"], p["last"])


def pid(*ks):
    return [KEY[k]["id"] for k in ks]


def fa(k):
    """'Name <addr>' of a staff member or partner"""
    if k in STAFF:
        n, a, _ = STAFF[k]
    else:
        n, a, _ = EXT[k]
    return "%s <%s>" % (n, a)


def ad(k):
    return (STAFF.get(k) or EXT.get(k))[1]


def nm(k):
    return (STAFF.get(k) or EXT.get(k))[0]


def sig(k, tel=False, mob=False, short=False, greet="Met vriendelijke groeten,", disclaimer=False):
    n, a, role = STAFF[k]
    if short:
        return "%s\n\n%s" % (greet, n.split()[0]) if greet else n.split()[0]
    lines = [greet, "", n, role[0].upper() + role[1:], SCHOOL_ADR]
    if tel:
        lines.append("T %s" % SCHOOL_TEL)
    if mob:
        lines.append("GSM %s" % MOBILE[k])
    lines.append("www.sintpieterscollege.be")
    if disclaimer:
        lines += ["", "Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de "
                      "geadresseerde(n). Bent u niet de bedoelde ontvanger, verwijder dit bericht dan en "
                      "verwittig de afzender."]
    return "\n".join(lines)


def ext_sig(k):
    n, a, role = EXT[k]
    return "%s\n%s" % (n, role)


def pick(klas, n, seed):
    """n deterministic non-key pupils of a class (for lists and tables)"""
    keyids = {p["id"] for p in KEY.values()}
    cand = [p for p in ROSTER if p["klas"] == klas and p["id"] not in keyids]
    return random.Random(seed).sample(cand, n)


def full(p):
    return "%s %s" % (p["first"], p["last"])


# ---------------------------------------------------------------- mail definitions
import textwrap

MAILS = []
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def add(slug, frm, to, subj, date, body=None, **kw):
    m = dict(slug=slug, frm=frm, to=to, subj=subj, date=date, body=body)
    m.update(kw)
    MAILS.append(m)
    return m


def H(inner, font="Calibri"):
    """Outlook-like HTML wrapper"""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}'
            'table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #999;padding:3px 6px;'
            'font-family:"%s",sans-serif;font-size:10pt}</style></head>\n'
            '<body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, font, inner))


def hp(text):
    """paragraphs from plain text"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>'
                   % _esc(para).replace("\n", "<br>\n"))
    return "\n".join(out)


def htable(header, rows):
    h = "<tr>" + "".join('<th style="background:#DDEBF7">%s</th>' % _esc(c) for c in header) + "</tr>"
    b = "".join("<tr>" + "".join("<td>%s</td>" % _esc(c) for c in r) + "</tr>\n" for r in rows)
    return '<table class="t" border="1" cellspacing="0" cellpadding="0">\n%s\n%s</table>' % (h, b)


def ptable(header, rows):
    """plain-text rendering of a table as Outlook does it (tab separated)"""
    return "\n".join("\t".join(r) for r in [header] + list(rows))


# ================================================================ Lotte Vermeulen (3B)
L = P("lotte")
add("bednet-aanvraag-lotte", "zorg", [fa("bednet")], "Aanvraag Bednet - Lotte Vermeulen (3B) - Sint-Pieterscollege Heverlee",
    "2024-11-18 10:42",
    T("""
    Dag Tine,

    Zoals telefonisch besproken vraag ik hierbij Bednet aan voor een leerling van ons derde jaar.

    Leerling: Lotte Vermeulen, 3B (Latijn)
    Geboortedatum: 14/03/2010
    Adres: Tervuursesteenweg 211, 3001 Heverlee
    Contactpersoon ouders: mevrouw Sofie Van Dael (mama) - sofie.vandael@telenet.be

    Lotte kreeg op 4 november de diagnose acute lymfatische leukemie (ALL). Ze startte vorige week met
    de inductiechemo in Gasthuisberg (dienst kinderhemato-oncologie). Volgens de behandelende arts zal ze
    minstens zes maanden niet of zeer onregelmatig naar school kunnen komen. Tijdens de opnames krijgt
    ze les van de ziekenhuisschool; thuis zouden we graag met Bednet werken zodat ze contact houdt met
    haar klas.

    Het ingevulde aanvraagformulier en de toestemming van beide ouders zitten in bijlage. Het
    medisch attest bezorgen de ouders rechtstreeks aan jullie.

    Aanspreekpunt op school ben ikzelf; de klastitularis is An Devos (an.devos@sintpieterscollege.be).
    Onze ICT-coördinator Joris Lemmens (jle@spc.ksleuven.be) regelt de installatie van de box in de klas.

    Alvast bedankt!
    """) + sig("zorg", tel=True),
    att=[("Aanvraag_Bednet_SPC_LotteV.pdf", pdf([
        "Aanvraagformulier synchroon internetonderwijs", "School: Sint-Pieterscollege Heverlee",
        "Leerling: Lotte Vermeulen - klas 3B", "Geboortedatum: 14/03/2010",
        "Reden: acute lymfatische leukemie, behandeling UZ Leuven", "Verwachte duur: 6 maanden of langer",
        "Handtekening ouders: Sofie Van Dael / Bart Vermeulen"], "Aanvraag Bednet"))],
    rules=["sensitive", "personal_data"], cats=["medical"], about=["lotte"],
    note="care co-ordinator applies for Bednet: named pupil, leukaemia diagnosis and chemo; date of birth and school phone in signature",
    fmt=["plain", "attachment-pdf"])

add("bednet-laptop-3b-login", "ict", [fa("an")], "Bednet klaslaptop 3B", "2024-12-02 08:05",
    T("""
    Hoi An,

    De Bednet-laptop voor 3B staat klaar in de kast achteraan in B2.14. Aanmelden met:

    gebruiker: bednet-3b@spc.ksleuven.be
    wachtwoord: Kapeldreef#3B-25

    Gewoon openklappen, aanmelden en het Bednet-programma start vanzelf. Niet afmelden na de les, enkel
    het deksel dicht doen.

    Joris
    """),
    rules=["password"], about=[],
    note="internal: login and password of the classroom Bednet laptop; no pupil named, no fact about a pupil",
    fmt=["plain"])

add("bednet-wifi-box-3b", "ict", [fa("bednettech")], "Installatie box Sint-Pieterscollege - netwerkgegevens",
    "2024-11-27 15:31",
    T("""
    Goeiedag,

    Voor de installatie van de Bednet-box op dinsdag 3 december (lokaal B2.14, 2de verdieping blok B)
    hierbij de netwerkgegevens die jullie technieker vroeg:

    SSID: SPC-IoT
    Beveiliging: WPA2-Personal
    Sleutel: r7Tq-9vLm-2xKe
    Poort 3478-3481 UDP staat open naar buiten, er is geen proxy op dit VLAN.

    De technieker mag zich om 8u15 aanmelden aan het onthaal, ik kom hem daar halen. Bij problemen
    ben ik bereikbaar op mijn gsm.

    Met vriendelijke groeten,

    Joris Lemmens
    ICT-coördinator Sint-Pieterscollege
    GSM 0470 93 27 14
    """),
    rules=["password", "personal_data"], about=[],
    note="Wi-Fi key of the school IoT network sent to the Bednet technician; mobile number of the ICT co-ordinator",
    fmt=["plain"])

add("lotte-bednet-thuis-login", "zorg", ["Bart Vermeulen <%s>" % L["p2"]], "Bednet thuis - laptop en aanmelding Lotte",
    "2024-12-04 17:12",
    T("""
    Beste meneer Vermeulen,

    Donderdag tussen 10 en 12 uur brengt Bednet de laptop en de printer bij jullie thuis. Zolang Lotte in
    behandeling is in Gasthuisberg en thuis herstelt, kan ze daarmee live de lessen van 3B volgen.

    De laptop is al ingesteld. Lotte meldt zich aan met:
    Gebruiker: lotte.vermeulen@leerling.sintpieterscollege.be
    Wachtwoord: Zomer2025!Lv
    Pincode van de laptop (Windows Hello): 381946

    Het is het makkelijkst als Lotte de eerste keer meteen een eigen pincode kiest. Op dagen dat ze
    zich na de chemo te moe voelt, hoeft ze niet in te loggen; laat het dan gewoon aan An Devos weten.

    Vriendelijke groeten,
    Leen De Wachter
    zorgcoördinator
    """),
    html=H(hp("""Beste meneer Vermeulen,

Donderdag tussen 10 en 12 uur brengt Bednet de laptop en de printer bij jullie thuis. Zolang Lotte in
behandeling is in Gasthuisberg en thuis herstelt, kan ze daarmee live de lessen van 3B volgen.

De laptop is al ingesteld. Lotte meldt zich aan met:
Gebruiker: lotte.vermeulen@leerling.sintpieterscollege.be
Wachtwoord: Zomer2025!Lv
Pincode van de laptop (Windows Hello): 381946

Het is het makkelijkst als Lotte de eerste keer meteen een eigen pincode kiest. Op dagen dat ze
zich na de chemo te moe voelt, hoeft ze niet in te loggen; laat het dan gewoon aan An Devos weten.

Vriendelijke groeten,
Leen De Wachter
zorgcoördinator""")),
    rules=["password", "sensitive"], cats=["medical"], about=["lotte"],
    note="start password and laptop PIN for the ill pupil, plus treatment and chemo mentioned; sent to the father (roster parent 2)",
    fmt=["alt"])

add("lotte-bezoek-klas", "an", ["Sofie Van Dael <%s>" % L["p1"]], "Bezoekje van de klas?", "2025-02-19 12:48",
    T("""
    Dag Sofie,

    Een paar klasgenoten van Lotte vragen al een tijdje of ze eens langs mogen komen. Zou woensdag
    26 februari in de namiddag passen, rond 14u? Het zouden er vier zijn, ik breng ze met de auto en
    we blijven niet langer dan een halfuurtje.

    Als het niet past is dat uiteraard geen probleem, zeg het gerust. Mogen ze iets meebrengen?

    Groetjes,
    An

    --
    An Devos
    Klastitularis 3B
    GSM 0472 58 19 03
    """),
    agent="iphone",
    rules=["personal_data"], about=["lotte"],
    note="practical question about a class visit, no health fact; teacher's mobile in signature",
    fmt=["plain"])

LI = P("lisa")
_q_lisa = T("""
    Dag mevrouw Devos,

    Lisa is sinds de vakantie haar handboek Frans (Quartier Libre 3) kwijt. Heeft iemand het misschien
    gevonden in de klas? Anders moeten we een nieuw bestellen.

    Groeten,
    Hilde Van den Broeck
    """)
add("lotte-antwoord-verkeerde-thread", "an", ["Hilde Van den Broeck <%s>" % LI["p1"]],
    "RE: handboek Frans Lisa", "2025-02-24 21:37",
    T("""
    Dag Sofie,

    Goed nieuws van onze kant: de klas mag dus woensdag om 14u langskomen, ik breng vier
    klasgenoten mee. Fijn dat de bloedwaarden van Lotte V. na de laatste kuur weer wat beter zijn. Ik heb aan de
    kinderen gezegd dat ze met verkoudheid thuis moeten blijven en dat ze aan de deur hun handen
    ontsmetten.

    De taken van Nederlands en Frans voor de komende twee weken geef ik mee in een map.

    Tot woensdag!
    An
    """) + "\n" + quote(_q_lisa, "Hilde Van den Broeck <%s>" % LI["p1"], "2025-02-24 18:02"),
    reply=True,
    rules=["sensitive", "recipient"], cats=["medical"], about=["lotte", "lisa"], mis=True,
    note="reply typed in the wrong thread: news about Lotte Vermeulen's blood values and chemo sent to the mother of Lisa Van den Broeck; none of Lotte's parents receive it",
    fmt=["plain", "reply"])

add("lisa-handboek-frans", "an", ["Hilde Van den Broeck <%s>" % LI["p1"]], "RE: handboek Frans Lisa",
    "2025-02-25 07:58",
    T("""
    Dag mevrouw Van den Broeck,

    Mijn excuses: mijn mail van gisterenavond was niet voor u bedoeld. Wilt u die alstublieft meteen
    verwijderen? Ik heb het ook gemeld aan onze privacyverantwoordelijke.

    Wat uw vraag betreft: er ligt inderdaad een handboek Quartier Libre 3 zonder naam bij de
    verloren voorwerpen op het leerlingensecretariaat. Lisa mag het vandaag tijdens de middagpauze
    gaan bekijken.

    Met vriendelijke groeten,
    An Devos
    """) + "\n" + quote(_q_lisa, "Hilde Van den Broeck <%s>" % LI["p1"], "2025-02-24 18:02"),
    reply=True,
    rules=[], about=["lisa"],
    note="correctly addressed reply about Lisa's lost French book; apology mentions no other pupil or fact",
    fmt=["plain", "reply"])

add("lotte-laptop-pincode-vergeten", "an", [fa("ict")], "pincode laptop Lotte V.", "2025-01-13 10:14",
    T("""
    Joris,

    Lotte Vermeulen (3B) belde naar het secretariaat: ze heeft de pincode van haar laptop vergeten en
    kan niet meer aanmelden. Kan jij die resetten? Haar papa kan de laptop morgen na de middag even
    binnenbrengen aan het onthaal.

    Thx!
    An
    """),
    agent="outlook",
    rules=[], about=["lotte"],
    note="look-alike: a forgotten PIN is mentioned but no PIN or password is given; no health fact",
    fmt=["plain"])

add("lotte-klasfoto", "an", ["Bart Vermeulen <%s>" % L["p2"]], "Klasfoto 3B", "2025-03-17 16:20",
    T("""
    Dag Bart,

    De klasfoto's zijn binnen. Voor 3B hebben we, zoals afgesproken met Lotte, een montage gemaakt
    waarop zij ook mee staat. Ik vind hem echt mooi geworden!

    Een afdruk op groot formaat kost 12 euro en kan besteld worden via de webshop van de fotograaf
    tot 31 maart. Wilt u een exemplaar, dan mag u dat ook gewoon aan mij laten weten en geef ik hem mee
    met de map van de taken.

    Groetjes,
    An Devos
    """),
    rules=[], about=["lotte"],
    note="personal mail about one pupil with no sensitive fact (class photo montage)",
    fmt=["plain"])

add("lotte-reintegratieplan", "zorg", ["Sofie Van Dael <%s>" % L["p1"]], "Re-integratieplan Lotte - voorstel",
    "2025-04-24 14:05",
    T("""
    Beste mevrouw Van Dael,

    Fijn nieuws dat de hematoloog groen licht gaf om na de paasvakantie stap voor stap terug naar school
    te komen. Zoals beloofd in bijlage ons voorstel voor het re-integratieplan. Kort samengevat:

    - week 1 en 2 (vanaf 5 mei): enkel voormiddagen, de namiddagen blijft Lotte via Bednet volgen;
    - Lotte mag de lift in blok B gebruiken en krijgt een tweede set boeken voor thuis;
    - geen lichamelijke opvoeding tot na de zomer; bij een infectiegolf in de klas verwittigt An u;
    - zij kan op elk moment gaan rusten in het zorglokaal (A0.12);
    - examens juni: enkel Nederlands, wiskunde, Frans en Latijn, gespreid over twee weken en in een
      apart lokaal; de overige vakken worden beoordeeld op basis van het dagelijks werk.

    Wilt u het plan nakijken en eventuele opmerkingen doorgeven? Dan kunnen we het op het overleg van
    29 april definitief maken.

    Met vriendelijke groeten,
    """) + "\n" + sig("zorg", tel=True, greet=""),
    cc=[fa("an")],
    att=[("Reintegratieplan_Lotte_Vermeulen_3B.docx", docx([
        "Re-integratieplan Lotte Vermeulen - 3B", "Medische context: behandeling ALL, onderhoudsfase",
        "Fase 1 (5/5 - 16/5): voormiddagen op school, namiddag Bednet",
        "Fase 2 (19/5 - 30/5): volledige dagen behalve woensdag",
        "Redelijke aanpassingen: lift, rustmomenten zorglokaal, tweede set boeken, geen LO",
        "Examens: gespreid, apart lokaal, beperkt tot kernvakken"]))],
    rules=["sensitive", "personal_data"], cats=["medical", "care"], about=["lotte"],
    note="re-integration plan with treatment context and reasonable adjustments; school phone in signature",
    fmt=["plain", "attachment-docx"])

add("lotte-liftcode", "an", [L["email"]], "lift blok B", "2025-05-02 13:31",
    T("""
    Hoi Lotte,

    Vanaf maandag mag je de lift in blok B gebruiken. Hij werkt met een code: 2468 en dan sterretje.
    Hou die code voor jezelf aub, anders staat heel het derde jaar in de lift :-)

    Tot maandag!
    mevr. Devos

    Verzonden vanaf mijn iPhone
    """),
    agent="iphone",
    rules=["password"], about=["lotte"],
    note="door code of the lift sent by mail (opens something); the mail itself states no health fact",
    fmt=["phone"])

_teams = T("""
    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of apparaat in de ruimte
    Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE4YTUtOGI2Yi00ZTIyLWFjZjctOTk0ZDE5YzE1YjQ1%40thread.v2/0>
    Vergaderings-id: 374 219 884 612
    Wachtwoordcode: 9kXq2T
    Meer informatie | Opties voor vergadering
    ________________________________________________________________________________
    """)
add("lotte-mdo-uitnodiging", "zorg", ["Sofie Van Dael <%s>" % L["p1"], fa("zhs"), fa("bednet")],
    "Overleg terugkeer Lotte V. - dinsdag 29 april 16u", "2025-04-22 09:12",
    T("""
    Beste allen,

    Graag nodig ik jullie uit voor het multidisciplinair overleg over de terugkeer van Lotte naar school
    na haar behandeling voor leukemie. We bespreken het re-integratieplan, de overgang van de
    ziekenhuisschool naar de klas en hoe lang Bednet nog nodig is.

    Wie niet naar school kan komen, kan via Teams deelnemen.

    Vriendelijke groet,
    Leen De Wachter
    """) + "\n" + _teams,
    rules=["sensitive", "bcc"], cats=["medical"], about=["lotte"],
    note="invitation names the pupil and her leukaemia; a parent and two outside partners see each other's address in To; Teams passcode is part of an invitation (no password)",
    fmt=["plain", "invitation"])

add("an-prive-mama-lotte", "An Devos <%s>" % PRIVATE["an"], ["Sofie Van Dael <%s>" % L["p1"]], "woensdag",
    "2025-01-21 20:46",
    T("""
    Dag Sofie,

    Ik stuur even van mijn eigen adres want Smartschool wil op mijn gsm niet meer openen. Hoe is de
    punctie vandaag verlopen? Ik hoop dat Lotte niet te veel last heeft van de nieuwe medicatie.

    Ik breng woensdag om 16u de map met de taken van Frans en Latijn, en de tekeningen van de klas.
    Als het niet past, stuur me gewoon een berichtje.

    Dikke knuffel aan Lotte,
    An

    Verzonden vanaf mijn iPhone
    """),
    agent="iphone-gmail",
    rules=["sensitive", "private_account"], cats=["medical"], about=["lotte"],
    note="class teacher writes school business to a parent from her private gmail; mentions the pupil's lumbar puncture and medication",
    fmt=["phone"])

LH = P("lotteh")
add("lotte-misdirect-hermans", "an", ["Ilse Hermans <%s>" % LH["p1"]], "Foto's bezoek Lotte", "2025-02-27 19:03",
    T("""
    Dag Sofie,

    Hierbij nog de foto's van ons bezoek van gisteren aan Lotte Vermeulen. De klas was heel blij dat ze
    haar terug zagen en ze hebben nog de hele dag over de taart gepraat.

    Mag ik de tweede foto (iedereen rond de tafel) in de klas ophangen? Alleen als Lotte dat ook goed
    vindt natuurlijk.

    Groetjes,
    An
    """),
    att=[("IMG_4471.jpg", fake_jpg(4471)), ("IMG_4473.jpg", fake_jpg(4473))],
    rules=["recipient"], about=["lotte"], mis=True,
    note="autocomplete picked the mother of Lotte Hermans (3C) instead of Lotte Vermeulen's mother; photos of a visit, no sensitive fact stated",
    fmt=["plain", "attachment-jpg"])

add("lotteh-debatteam", "dries", ["Ilse Hermans <%s>" % LH["p1"]], "Lotte in het debatteam", "2025-03-05 16:44",
    T("""
    Beste mevrouw Hermans,

    Goed nieuws: Lotte Hermans (3C) is geselecteerd voor het debatteam van de school dat op 22 maart
    deelneemt aan het Vlaams Jeugddebat in Leuven. De voorbereiding is op donderdag tijdens de
    middagpauze.

    Wilt u via Smartschool het toestemmingsformulier invullen?

    Vriendelijke groeten,
    Dries Vercammen
    klastitularis 3C
    """),
    rules=[], about=["lotteh"],
    note="correctly addressed mail about Lotte Hermans (same first name as Lotte Vermeulen); nothing sensitive",
    fmt=["plain"])


# ================================================================ Yassine El Amrani (4A)
Y = P("yassine")
Y_RRN = rrn(9, 7, 2, 137)
Y_IBAN = iban_be(734, 4471209)
add("yassine-ongeval-aangifte-verzekeraar", "martine", [fa("ins")],
    "Aangifte schoolongeval (weg naar school) - El Amrani Yassine - polis 45.112.908", "2024-11-20 11:26",
    T("""
    Geachte,

    Hierbij de aangifte van een ongeval op de weg naar school.

    Naam leerling: El Amrani Yassine, klas 4A
    Geboortedatum: 02/07/2009
    Rijksregisternummer: %s
    Datum en uur: maandag 18/11/2024 om 8u05
    Plaats: kruispunt Naamsesteenweg - Celestijnenlaan, Heverlee
    Omschrijving: de leerling werd met de fiets aangereden door een wagen die rechts afsloeg.
    Letsel: open fractuur van het rechterscheenbeen, geopereerd op 18/11 in UZ Leuven Gasthuisberg.
    Proces-verbaal politie: LE.20.L1.112874/2024

    Rekeningnummer voor terugbetalingen (op naam van mevrouw K. Benali): %s

    Het ingevulde aangifteformulier en het geneeskundig getuigschrift van de spoedarts zitten in bijlage.

    Met vriendelijke groeten,

    Martine Geerts
    Leerlingensecretariaat Sint-Pieterscollege
    T %s
    """) % (Y_RRN, Y_IBAN, SCHOOL_TEL),
    att=[("Aangifte_ongeval_ElAmrani_Y.pdf", pdf([
        "AANGIFTE VAN ONGEVAL - SCHOOLVERZEKERING", "Polis 45.112.908 - Sint-Pieterscollege Heverlee",
        "Slachtoffer: El Amrani Yassine (4A), geboren 02/07/2009", "RRN: " + Y_RRN,
        "Ongeval op de weg naar school - 18/11/2024 08:05", "Letsel: open fractuur rechtertibia",
        "Rekening: " + Y_IBAN], "Aangifte ongeval"))],
    rules=["sensitive", "personal_data"], cats=["medical"], about=["yassine"],
    note="accident report to the insurer: injury and surgery of a named pupil, with date of birth, national register number, IBAN and school phone",
    fmt=["plain", "attachment-pdf"])

_q_karima = T("""
    Goeiedag meneer Huybrechts,

    Yassine is gisteren thuisgekomen uit het ziekenhuis. De dokter zegt dat hij zeker 8 weken in de gips
    zit en niet naar school mag. Kan hij thuis les krijgen? Ik heb gehoord dat dat kan. U mag mij altijd
    bellen op 0486 72 19 44, ik werk tot 15u.

    Bedankt
    Karima Benali
    """)
add("yassine-toah-uitleg-mama", "tom", ["Karima Benali <%s>" % Y["p1"]], "RE: Yassine thuis les?", "2024-11-26 19:52",
    T("""
    Beste mevrouw Benali,

    Fijn dat Yassine terug thuis is en dat de operatie aan zijn been goed verlopen is.

    Ja, dat kan: het heet tijdelijk onderwijs aan huis (TOAH). Omdat hij langer dan 21 kalenderdagen
    afwezig zal zijn en jullie op minder dan 10 km van de school wonen, heeft hij recht op vier lestijden
    per week aan huis, gegeven door leerkrachten van onze school. Wat we nodig hebben:

    1. een schriftelijke aanvraag van u (een mailtje volstaat);
    2. een medisch attest waarop staat dat Yassine niet naar school kan komen, maar wel les mag krijgen.

    Zodra we beide hebben, maakt mevrouw Wuyts een rooster op. Ik bel u morgen na 15u even op om het
    verder te bespreken.

    Met vriendelijke groeten,
    Tom Huybrechts
    klastitularis 4A
    """) + "\n" + quote(_q_karima, "Karima Benali <%s>" % Y["p1"], "2024-11-26 08:17"),
    reply=True,
    rules=["sensitive", "personal_data"], cats=["medical"], about=["yassine"],
    note="explains TOAH for a named pupil after leg surgery and plaster; the quoted mother's mail contains her mobile number",
    fmt=["plain", "reply"])

_rooster_rows = [("maandag", "16:00 - 16:50", "wiskunde", "mevr. H. Stevens"),
                 ("dinsdag", "15:30 - 16:20", "Nederlands", "mevr. L. Wuyts"),
                 ("donderdag", "16:00 - 16:50", "Frans", "mevr. I. Lejeune"),
                 ("vrijdag", "14:00 - 14:50", "chemie", "mevr. E. Bosmans")]
_rooster_txt = T("""
    Beste mevrouw Benali,

    Hieronder het rooster voor het tijdelijk onderwijs aan huis van Yassine vanaf maandag 2 december.
    Zoals afgesproken gaan de lessen door in de living, omdat hij met zijn gips de trap nog niet op kan.

    %s

    Als Yassine op controle moet in het ziekenhuis of als de kinesist op een lesmoment komt, laat het dan
    een dag op voorhand weten, dan schuiven we.

    Vriendelijke groeten,
    Lies Wuyts
    TOAH-coördinatie
    """) % ptable(("dag", "uur", "vak", "leerkracht"), _rooster_rows)
add("yassine-toah-rooster", "lies", ["Karima Benali <%s>" % Y["p1"]], "Rooster TOAH Yassine", "2024-11-29 13:40",
    _rooster_txt, cc=[fa("tom")],
    html=H(hp("""Beste mevrouw Benali,

Hieronder het rooster voor het tijdelijk onderwijs aan huis van Yassine vanaf maandag 2 december.
Zoals afgesproken gaan de lessen door in de living, omdat hij met zijn gips de trap nog niet op kan.""")
           + htable(("dag", "uur", "vak", "leerkracht"), _rooster_rows)
           + hp("""

Als Yassine op controle moet in het ziekenhuis of als de kinesist op een lesmoment komt, laat het dan
een dag op voorhand weten, dan schuiven we.

Vriendelijke groeten,
Lies Wuyts
TOAH-coördinatie""")),
    rules=["sensitive"], cats=["medical"], about=["yassine"],
    note="timetable of home lessons (TOAH) for a named pupil, plaster cast and hospital check-ups mentioned",
    fmt=["alt", "html-table"])

add("yassine-sleutelkastje", "lies", [fa("ellen")], "morgen bij Yassine", "2024-12-05 21:03",
    T("""
    Ellen, als je morgen om 14u bij Yassine bent en er doet niemand open: mama werkt tot 15u.
    Sleutel hangt in het kastje links naast de voordeur, code 1974. Hij zit dan in de living.

    Lies

    Verstuurd vanaf Outlook voor Android
    """),
    agent="android",
    rules=["password"], about=["yassine"],
    note="code of the key box at the pupil's front door (opens something); no health fact in this short mail",
    fmt=["phone"])

add("yassine-ouderaccount-reset", "sec", ["Karima Benali <%s>" % Y["p1"]], "Smartschool ouderaccount",
    "2024-12-09 09:22",
    T("""
    Beste mevrouw Benali,

    Zoals telefonisch gevraagd hebben we het ouderaccount voor Yassine opnieuw ingesteld.

    Gebruikersnaam: karima.benali
    Tijdelijk wachtwoord: Heverlee-7731

    Bij de eerste aanmelding op https://sintpieterscollege.smartschool.be moet u zelf een nieuw
    wachtwoord kiezen.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    """),
    rules=["password"], about=["yassine"],
    note="secretariat mails a temporary Smartschool password to a parent",
    fmt=["plain"])

AY = P("ayoub")
add("yassine-misdirect-elamri", "tom", ["Fam. El Amri <%s>" % AY["p1"]], "Examenregeling december Yassine",
    "2024-12-06 16:15",
    T("""
    Beste mevrouw Benali,

    De klassenraad heeft gisteren beslist over de examens van Yassine El Amrani (4A):

    - Yassine legt in december enkel examens af voor wiskunde, Nederlands en Frans;
    - die examens zijn mondeling en gaan bij jullie thuis door, telkens met twee leerkrachten;
    - geschiedenis, aardrijkskunde en de wetenschappen worden beoordeeld op het dagelijks werk;
    - lichamelijke opvoeding: vrijstelling tot zijn been volledig hersteld is (attest orthopedie).

    Het examenrooster volgt maandag.

    Met vriendelijke groeten,
    Tom Huybrechts
    """),
    rules=["sensitive", "recipient"], cats=["medical", "care"], about=["yassine"], mis=True,
    note="autocomplete chose the El Amri family (parents of Ayoub El Amri, 4C) instead of Yassine El Amrani's mother; adjusted exams and injury",
    fmt=["plain"])

add("ayoub-oudercontact", "kristof", ["Fam. El Amri <%s>" % AY["p1"]], "Oudercontact Ayoub donderdag",
    "2024-12-16 12:05",
    T("""
    Beste ouders,

    Hierbij bevestig ik uw afspraak voor het oudercontact over Ayoub op donderdag 19 december om 19u10,
    lokaal C1.03. Het rapport kan u vooraf al inkijken op Smartschool.

    Met vriendelijke groeten,
    Kristof Daems
    klastitularis 4C
    """),
    rules=[], about=["ayoub"],
    note="correctly addressed appointment for Ayoub El Amri (similar surname to Yassine El Amrani); nothing sensitive",
    fmt=["plain"])

YL = P("yassinel")
add("yassine-lahlou-sportzak", "tom", [YL["p1"]], "sportzak Yassine", "2025-01-23 15:58",
    T("""
    Beste ouders,

    Yassine Lahlou heeft na de les LO zijn sportzak in de kleedkamer laten liggen. Ik heb hem meegenomen
    naar het leraarslokaal; hij kan hem morgen bij mij ophalen.

    Met vriendelijke groeten,
    Tom Huybrechts
    klastitularis 4A
    """),
    rules=[], about=[YL["id"]],
    note="correctly addressed mail about Yassine Lahlou, classmate in 4A with the same first name as Yassine El Amrani; nothing sensitive",
    fmt=["plain"])

_att_inner = T("""
    Goedemiddag meneer Huybrechts,

    Hierbij het nieuwe attest van de orthopedist. Groeten, K. Benali
    """)
add("yassine-attest-doorsturen", "tom", [fa("martine")], "TR: attest Yassine", "2025-01-08 12:51",
    T("""
    Dag Martine,

    Het nieuwe attest van Yassine El Amrani (4A) voor in zijn dossier. Samengevat: ongeschikt om naar
    school te komen tot en met 31/01, daarna halve dagen toegelaten met krukken, vrijstelling LO tot het
    einde van het schooljaar. TOAH loopt dus door tot eind januari.

    Tom
    """) + "\n" + oquote(_att_inner, "Karima Benali <%s>" % Y["p1"], "Tom Huybrechts <tom.huybrechts@%s>" % SCHOOL,
                         "2025-01-08 11:02", "attest Yassine"),
    att=[("Scan_attest_orthopedie.jpg", fake_jpg(9071))],
    rules=["sensitive"], cats=["medical"], about=["yassine"],
    note="forward of a medical certificate for a named pupil with the medical restrictions summarised",
    fmt=["forward", "attachment-jpg"])

add("tom-doorsturen-hotmail", "tom", ["tomhuybrechts@hotmail.com"], "FW: Rooster TOAH Yassine", "2024-11-29 22:10",
    T("""
    om thuis af te drukken

    """) + oquote(_rooster_txt, "Lies Wuyts <lies.wuyts@%s>" % SCHOOL, "Karima Benali <%s>" % Y["p1"],
                  "2024-11-29 13:40", "Rooster TOAH Yassine", cc="Tom Huybrechts <tom.huybrechts@%s>" % SCHOOL),
    rules=["sensitive", "private_account"], cats=["medical"], about=["yassine"],
    note="teacher forwards the home-lesson timetable of a named pupil (plaster, hospital check-ups) to his own hotmail address",
    fmt=["forward"])

add("ellen-gmail-les-afgelast", "Ellen Bosmans <%s>" % PRIVATE["ellen"], ["Karima Benali <%s>" % Y["p1"]],
    "les chemie morgen", "2025-01-16 07:02",
    T("""
    Goeiemorgen mevrouw Benali,

    Ik stuur even van mijn eigen mailadres omdat ik thuis ben en niet aan mijn schoolmail geraak. De
    les chemie van morgen voor Yassine kan helaas niet doorgaan, ik ben zelf ziek. Ik haal de les
    volgende week in, ik laat nog weten wanneer.

    Vriendelijke groeten,
    Ellen Bosmans
    """),
    agent="gmail",
    rules=["private_account"], about=["yassine"],
    note="teacher cancels a lesson for a pupil from her private gmail (school business to a parent); her own illness is not pupil data",
    fmt=["plain"])

add("yassine-laptop-pincode", "ict", ["m.elamrani@gmail.com"], "uitgeleende laptop", "2024-12-02 14:25",
    T("""
    Beste meneer El Amrani,

    De laptop die Yassine van school leent, ligt klaar aan het onthaal. Hij is gekoppeld aan het account
    van Yassine. De pincode om aan te melden is 482915, daarna kan hij zelf een nieuwe kiezen.

    De laptop blijft eigendom van de school; bij het terugbrengen graag met lader.

    Met vriendelijke groeten,
    Joris Lemmens
    ICT-coördinator
    """),
    rules=["password"], about=["yassine"],
    note="PIN of a loaned laptop sent to a parent; no health fact stated",
    fmt=["plain"])

add("yassine-schoolboeken", "tom", ["m.elamrani@gmail.com"], "boeken Yassine", "2024-12-11 13:06",
    T("""
    Beste meneer El Amrani,

    Yassine vroeg om zijn atlas en het handboek geschiedenis. Ik breng ze donderdag na school mee, rond
    16u30. Is dat goed?

    Groeten,
    Tom Huybrechts
    """),
    rules=[], about=["yassine"],
    note="personal practical mail about bringing schoolbooks; no sensitive fact",
    fmt=["plain"])

add("yassine-schooltoeslag-afbetaling", "boekh", ["Karima Benali <%s>" % Y["p1"]], "Facturen en schooltoeslag",
    "2025-01-20 10:37",
    T("""
    Beste mevrouw Benali,

    Bedankt voor uw telefoontje. Ik begrijp dat het sinds u minder werkt om voor Yassine te zorgen
    financieel moeilijk is. Daarom stel ik voor:

    - de factuur van het eerste trimester (EUR 274,50) mag u in drie keer betalen, eind januari,
      februari en maart;
    - de skiweek die Yassine niet kon meedoen, wordt volledig terugbetaald;
    - u heeft volgens ons recht op de schooltoeslag van het Groeipakket. Die werd nog niet aangevraagd;
      mevrouw Geerts van het leerlingensecretariaat helpt u graag met het formulier.

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding
    """),
    rules=["sensitive"], cats=["financial"], about=["yassine"],
    note="payment plan and school allowance for a named pupil's family in financial difficulty",
    fmt=["plain"])


# ================================================================ Noor Peeters (2C) / Wout Peeters (5A)
N = P("noor")
W = P("wout")
add("noor-opname-clb", "zorg", [fa("clbpsy")], "Noor Peeters 2C - opname en afspraken", "2025-01-09 15:18",
    T("""
    Dag Nathalie,

    Een update over Noor Peeters (2C), die jullie al volgen sinds oktober.

    Noor is sinds maandag opgenomen op de jeugdafdeling van het UPC in Kortenberg met de diagnose
    anorexia nervosa. Haar gewicht was de laatste weken sterk achteruitgegaan en ze viel twee keer flauw
    in de les LO. De opname duurt volgens de maatschappelijk werker minstens acht weken; ze krijgt
    daar les in de klinische school, wij bezorgen de leerstof.

    Belangrijk voor de communicatie: de ouders zijn gescheiden en er is co-ouderschap (week-weeksysteem).
    Papa wil apart geïnformeerd worden en de ouders willen niet samen op een overleg zitten. Mama heeft
    gevraagd dat we de klasgenoten enkel vertellen dat Noor 'een tijdje ziek' is.

    Kunnen we volgende week samen het zorgplan bijsturen? Donderdag 16/1 in de namiddag kan ik.

    Groetjes,
    """) + "\n" + sig("zorg", tel=True, greet=""),
    rules=["sensitive", "personal_data"], cats=["medical", "psychosocial", "family"], about=["noor"],
    note="eating disorder and psychiatric admission of a named pupil, plus divorced parents and co-parenting; school phone in signature",
    fmt=["plain"])

add("noor-misdirect-peeters", "sarah", ["Jan Peeters <%s>" % W["p1"]], "Taken wiskunde Noor + stand van zaken",
    "2025-01-28 18:25",
    T("""
    Beste meneer Peeters,

    Zoals gevraagd een korte stand van zaken voor Noor (2C). Volgens de leerkracht van de klinische school
    in Kortenberg kan Noor sinds vorige week twee uur per dag schoolwerk doen, tussen de therapie en de
    maaltijdmomenten door. Ze werkt goed mee, maar is snel moe en erg onzeker over haar punten.

    In bijlage de taken wiskunde voor februari. De toetsen schuiven we allemaal op tot na haar ontslag.

    Met vriendelijke groeten,
    Sarah Coppens
    klastitularis 2C
    """),
    att=[("Taken_wiskunde_februari_2C.pdf", pdf(["Taken wiskunde 2C - februari",
                                                   "Hoofdstuk 5: vergelijkingen - oefeningen 1 tot 24",
                                                   "Hoofdstuk 6: procenten - oefeningen 1 tot 18"], "Taken"))],
    rules=["sensitive", "recipient"], cats=["medical", "psychosocial"], about=["noor"], mis=True,
    note="meant for Noor's father Dirk Peeters but sent to Jan Peeters, father of Wout Peeters (5A): same surname, different family; treatment in a psychiatric clinic",
    fmt=["plain", "attachment-pdf"])

add("wout-veldloop", "gert", ["Jan Peeters <%s>" % W["p1"]], "Wout provinciaal kampioen!", "2025-02-03 14:09",
    T("""
    Dag meneer Peeters,

    Even laten weten dat Wout zaterdag op het provinciaal kampioenschap veldlopen voor scholen eerste is
    geworden bij de jongens 16-17 jaar. Hij mag nu naar het Vlaams kampioenschap in Hulshout op 1 maart.
    De school zorgt voor het vervoer.

    Sportieve groeten,
    Gert Smolders
    LO Sint-Pieterscollege
    """),
    rules=[], about=["wout"],
    note="correctly addressed mail about Wout Peeters (family with the same surname as Noor Peeters); nothing sensitive",
    fmt=["plain"])

add("noor-overleg-terugkeer-teams", "zorg", ["Els Wauters <%s>" % N["p1"]], "Overleg terugkeer Noor - 11 maart",
    "2025-03-04 10:31",
    T("""
    Beste mevrouw Wauters,

    Zoals afgesproken het overleg over de terugkeer van Noor naar school op dinsdag 11 maart om 17u.
    U kan deelnemen via de link hieronder; de leerkrachten sluiten vanuit de school aan.

    Met vriendelijke groeten,
    Leen De Wachter
    """) + "\n" + _teams.replace("374 219 884 612", "381 552 907 164").replace("9kXq2T", "Hb7w4Q"),
    rules=[], about=["noor"],
    note="look-alike: Teams invitation with a meeting passcode (allowed); no diagnosis or health fact in the text",
    fmt=["plain", "invitation"])


# ================================================================ Lukas Janssens (5B) / Lucas Jansen (5C)
LU = P("lukas")
LC = P("lucas")
_lukas_txt = T("""
    Beste mevrouw Janssens,

    Na ons gesprek met de zorgcoördinator bevestig ik de examenregeling voor Lukas in juni. Omdat zijn
    ziekte van Crohn op dit moment opnieuw actief is, krijgt hij de volgende aanpassingen:

    - maximaal één examen per dag; de examens worden gespreid tot en met 24 juni;
    - Lukas zit in een apart lokaal (B0.05) dicht bij het toilet en mag op elk moment even weg;
    - een derde extra tijd per examen;
    - als hij een opstoot heeft, mag hij een examen stopzetten en later inhalen, zonder attest per dag.

    Lukas mag een flesje water en een droge koek meenemen in het lokaal.

    Met vriendelijke groeten,
    Wim Verbeke
    klastitularis 5B
    """)
add("lukas-examenregeling", "wim", ["Greet Janssens <%s>" % LU["p1"]], "Examenregeling juni - Lukas", "2025-05-20 17:42",
    _lukas_txt, html=H(hp(_lukas_txt)),
    rules=["sensitive"], cats=["medical", "care"], about=["lukas"],
    note="adjusted exams (reasonable adjustments) for a named pupil with Crohn's disease",
    fmt=["alt"])

add("lukas-misdirect-griet", "wim", ["griet.janssens@hotmail.com"], "Lukas woensdagen", "2025-02-12 08:47",
    T("""
    Goedemorgen mevrouw Janssens,

    Ik heb de collega's laten weten dat Lukas Janssens (5B) voortaan om de twee weken op woensdag
    afwezig is voor zijn infuus in het dagziekenhuis. De leerstof van die voormiddag zet ik telkens de
    dag voordien op Smartschool. Voor de toets economie van 26 februari mag hij een andere datum kiezen.

    Groeten,
    Wim Verbeke
    """),
    rules=["sensitive", "recipient"], cats=["medical"], about=["lukas"], mis=True,
    note="sent to Griet Janssens, mother of Lucas Jansen (5C), instead of Greet Janssens, mother of Lukas Janssens (5B); hospital infusions",
    fmt=["plain"])

add("lucas-jansen-goniometrie", "bart", ["Griet Janssens <griet.janssens@hotmail.com>"], "Proficiat aan Lucas",
    "2025-03-14 15:55",
    T("""
    Dag mevrouw Janssens,

    Een kort positief berichtje: Lucas haalde 17/20 op de toets goniometrie, de beste score van de klas.
    Hij heeft de laatste weken echt doorgezet. Mag u hem gerust eens extra feliciteren!

    Groeten,
    Bart Loos
    wiskunde 5C
    """),
    rules=[], about=["lucas"],
    note="correctly addressed praise for Lucas Jansen (mother Griet Janssens); nothing sensitive",
    fmt=["plain"])

add("lukas-inhaaltoets-wachtwoord", "hilde", [LU["email"]], "inhaaltoets wiskunde donderdag", "2025-03-18 12:40",
    T("""
    Dag Lukas,

    De inhaaltoets kan je donderdag thuis maken via Smartschool (Toetsen > Inhaal 5B). Hij staat open van
    14u tot 15u40. Om te starten heb je een wachtwoord nodig: WisK5b-inhaal

    Je rekenmachine mag je gebruiken, je cursus niet. Succes!

    mevr. Stevens
    """),
    rules=["password"], about=["lukas"],
    note="password that opens an online test sent to the pupil; no health fact stated",
    fmt=["plain"])

add("hilde-prive-examens-lukas", "Hilde Stevens <%s>" % PRIVATE["hilde"], [fa("wim")], "examen Lukas",
    "2025-05-25 21:14",
    T("""
    Dag Wim,

    Van thuis uit, want mijn schoollaptop ligt nog op school. Ik heb voor Lukas een versie B van het
    examen wiskunde gemaakt in twee delen van 50 minuten met een pauze ertussen, zoals gevraagd voor zijn
    Crohn. Kan jij dat nog aan de toezichters laten weten? Het apart lokaal is toch B0.05?

    Hilde
    """),
    agent="thunderbird",
    rules=["sensitive", "private_account"], cats=["medical", "care"], about=["lukas"],
    note="teacher writes about a pupil's adjusted exam and Crohn's disease to a colleague from her private telenet mailbox",
    fmt=["plain"])


# ================================================================ Emma De Smet (1A) / Emma De Smedt (1C)
E = P("emma")
ED = P("emmad")
add("emma-pesten-klaschat", "nele", ["Kris De Smet <%s>" % E["p1"]], "Emma en de klasgroep", "2025-02-06 19:20",
    T("""
    Beste meneer De Smet,

    Bedankt om ons te verwittigen. Ik heb vandaag met de leerlingenbegeleider de berichten bekeken die
    Emma van u doorkreeg. In de WhatsApp-groep van de klas werd ze meermaals uitgelachen omdat ze 'altijd
    ziek' is en 'zogezegd long covid' heeft. Twee leerlingen hebben ook een bewerkte foto van haar gedeeld.

    We hebben vandaag met de hele klas gepraat en met de twee betrokken leerlingen apart. Hun ouders zijn
    verwittigd en er volgt een herstelgesprek. Mevrouw Vanhaecht (leerlingenbegeleiding) neemt volgende
    week contact op met Emma om te horen hoe het met haar gaat.

    Met vriendelijke groeten,
    Nele Timmermans
    klastitularis 1A
    """),
    rules=["sensitive"], cats=["psychosocial", "medical"], about=["emma"],
    note="named pupil is a victim of bullying in the class chat; long covid mentioned",
    fmt=["plain"])

_emma_rows = [("maandag", "1-2-3", "Nederlands, Frans, wiskunde"),
              ("dinsdag", "2-3", "geschiedenis, Engels"),
              ("donderdag", "1-2-3", "wiskunde, natuurwetenschappen, Nederlands"),
              ("vrijdag", "3-4", "Frans, aardrijkskunde")]
_emma_txt = T("""
    Beste meneer De Smet,

    Zoals besproken volgt Emma (1A) vanaf maandag 17 februari de lessen via Bednet. Haar kinesitherapeut
    adviseert om wegens de long covid niet meer dan drie lesuren per dag te volgen. Daarom dit voorstel:

    %s

    Laat gerust weten als ze het te zwaar vindt, dan passen we aan.

    Vriendelijke groeten,
    Nele Timmermans
    """) % ptable(("dag", "lesuren", "vakken"), _emma_rows)
add("emma-misdirect-desmedt", "nele", ["k.desmedt@telenet.be"], "Planning Bednet Emma", "2025-02-13 16:33",
    _emma_txt,
    html=H(hp("""Beste meneer De Smet,

Zoals besproken volgt Emma (1A) vanaf maandag 17 februari de lessen via Bednet. Haar kinesitherapeut
adviseert om wegens de long covid niet meer dan drie lesuren per dag te volgen. Daarom dit voorstel:""")
           + htable(("dag", "lesuren", "vakken"), _emma_rows) + hp("""

Laat gerust weten als ze het te zwaar vindt, dan passen we aan.

Vriendelijke groeten,
Nele Timmermans""")),
    rules=["sensitive", "recipient"], cats=["medical"], about=["emma"], mis=True,
    note="autocomplete: k.desmedt@ (mother of Emma De Smedt, 1C) instead of k.desmet@ (father of Emma De Smet, 1A); Bednet schedule and long covid",
    fmt=["alt", "html-table"])

add("emmad-jas", "janv", ["k.desmedt@telenet.be"], "jas Emma", "2025-01-30 15:47",
    T("""
    Dag mevrouw De Smedt,

    Emma (1C) heeft na de les LO haar blauwe winterjas in de sporthal laten hangen. Hij ligt bij de
    conciërge, ze kan hem morgen ophalen.

    Groeten,
    Jan Vanderhoydonck
    """),
    rules=[], about=["emmad"],
    note="correctly addressed lost-jacket mail to Emma De Smedt's mother; nothing sensitive",
    fmt=["plain"])

add("emma-teams-account", "ict", ["Ann Rombouts <%s>" % E["p2"]], "Account Emma voor Teams", "2025-02-14 11:02",
    T("""
    Dag mevrouw Rombouts,

    Emma's account voor Microsoft Teams is aangemaakt, zodat ze vanaf maandag de lessen kan volgen.

    Aanmelden op https://teams.microsoft.com
    Gebruikersnaam: emma.desmet@leerling.sintpieterscollege.be
    Startwachtwoord: Vlinder-84-Heverlee

    Bij de eerste aanmelding wordt gevraagd om een eigen wachtwoord te kiezen en de Authenticator-app
    in te stellen.

    Groeten,
    Joris Lemmens
    ICT-coördinator
    """),
    rules=["password"], about=["emma"],
    note="start password of a pupil account sent to the mother; no health fact in the mail",
    fmt=["plain"])


# ================================================================ Milan Claes (6A) / Milan Claessens (6B)
MI = P("milan")
MC = P("milanc")
add("milan-ziekenhuisschool-afspraken", "koen", [fa("zhs")], "Milan Claes 6A - leerstof en afspraken",
    "2024-12-10 16:02",
    T("""
    Beste Mieke,

    Bedankt voor het fijne telefoongesprek. Zoals afgesproken een overzicht voor Milan Claes (6A, richting
    wetenschappen-wiskunde). Hij start in januari met de tweede reeks chemo voor zijn osteosarcoom en zal
    dan telkens een week opgenomen zijn op de kinderafdeling, met twee weken thuis ertussen.

    De klassenraad heeft beslist:
    - Milan volgt een aangepast programma: wiskunde (6u), biologie, chemie, Nederlands, Engels en Frans;
    - vrijstelling voor LO, esthetica en de GIP-stage;
    - de punten van de ziekenhuisschool tellen mee voor het dagelijks werk;
    - examens in juni enkel voor wiskunde, biologie en chemie, eventueel mondeling.

    In bijlage de jaarplanning per vak met de hoofdstukken die nog moeten gezien worden. Als jullie
    leerkracht wiskunde vragen heeft over de leerstof goniometrie, mag die mij altijd mailen.

    Met vriendelijke groeten,
    Koen Raes
    klastitularis 6A
    """),
    att=[("Jaarplanning_6WEWI_Milan.xlsx", xlsx([
        ("vak", "hoofdstuk", "periode", "opmerking"),
        ("wiskunde", "integralen", "januari", "toets in ziekenhuisschool"),
        ("wiskunde", "kansrekenen", "februari-maart", ""),
        ("biologie", "genetica", "januari-februari", "paper i.p.v. toets"),
        ("chemie", "organische chemie", "maart-april", ""),
    ]))],
    rules=["sensitive"], cats=["medical", "care"], about=["milan"],
    note="chemo and osteosarcoma of a named pupil, with an adjusted programme and exemptions decided by the class council",
    fmt=["plain", "attachment-xlsx"])

add("milan-coaccount-ziekenhuisschool", "ict", [fa("zhs")], "Smartschool-account ziekenhuisschool",
    "2024-12-12 09:37",
    T("""
    Beste mevrouw Vandenberghe,

    Om de taken en de lesmaterialen van Milan Claes (6A) te kunnen opvolgen tijdens zijn verblijf in het
    ziekenhuis, heb ik een gastaccount voor u aangemaakt in ons Smartschool.

    Adres: https://sintpieterscollege.smartschool.be
    Gebruikersnaam: m.vandenberghe.zhs
    Startwachtwoord: Gasthuis#2025mv

    U hebt enkel toegang tot de vakken van 6A. Het account vervalt automatisch op 30 juni.

    Met vriendelijke groeten,
    Joris Lemmens
    """),
    rules=["password", "sensitive"], cats=["medical"], about=["milan"],
    note="start password for a hospital-school guest account; names the pupil and his hospital stay",
    fmt=["plain"])

add("milan-misdirect-claessens", "koen", ["claessens.fam@skynet.be"], "Proficiat Milan!", "2025-03-21 17:05",
    T("""
    Beste ouders,

    Ik wou even laten weten dat Milan Claes (6A) een 18/20 kreeg voor zijn paper over genetica. Knap werk,
    heel grondig en mooi geschreven. Hij mag er trots op zijn!

    Met vriendelijke groeten,
    Koen Raes
    """),
    rules=["recipient"], about=["milan"], mis=True,
    note="autocomplete chose the parents of Milan Claessens (6B) for praise about Milan Claes (6A); nothing sensitive but misdirected",
    fmt=["plain"])

add("milanc-latijnolympiade", "fred", ["claessens.fam@skynet.be"], "Milan in de finale Latijnolympiade",
    "2025-02-20 11:48",
    T("""
    Beste ouders,

    Milan heeft zich geplaatst voor de finale van de Vlaamse Olympiade Latijn en Grieks op 26 april in
    Gent. Ik begeleid hem zelf. Meer praktische info volgt.

    Met vriendelijke groeten,
    Frederik Nys
    klastitularis 6B
    """),
    rules=[], about=["milanc"],
    note="correctly addressed mail about Milan Claessens; nothing sensitive",
    fmt=["plain"])

add("milan-kluisje", "koen", ["Geert Claes <%s>" % MI["p1"]], "kluisje Milan", "2025-01-07 12:15",
    T("""
    Dag Geert,

    Milan vroeg of jij zijn spullen uit zijn kluisje kan halen (boeken, turnzak, zijn grafisch
    rekenmachine). Het is kluisje 212 in de gang van blok C, het cijferslot staat op 3-9-1-7.

    Groet,
    Koen
    """),
    rules=["password"], about=["milan"],
    note="combination of a locker lock sent by mail (opens something); no health fact",
    fmt=["plain"])

_6a = pick("6A", 2, 61)
add("klassenraad-6a-deliberatie", "koen", [fa("adj")], "notities klassenraad 6A (uit Word)", "2024-12-20 13:27",
    T("""
    Pieter,

    Zoals gevraagd mijn notities van de klassenraad 6A van gisteren, even geplakt uit Word:

    KLASSENRAAD 6A - 19/12/2024 - tussentijdse bespreking

    1. Milan Claes
       Osteosarcoom linkerknie, in behandeling UZ Leuven sinds oktober. Volgt les in de
       ziekenhuisschool tijdens opnames. Punten ziekenhuisschool tellen voor DW.
       Beslissing: deliberatie in juni op basis van aangepast programma (zie zorgplan).
    2. Warre Leemans
       Dyslexie en dyscalculie (attest CLB). Gebruikt Sprint en rekenmachine. Haalt de
       deadlines GIP niet. Beslissing: extra begeleiding leerlingenbegeleider, uitstel GIP tot 15/1.
    3. %s
       Vader onverwacht overleden op 2 december. Veel afwezig, begrijpelijk. Beslissing: geen
       inhaaltoetsen voor de kerstvakantie, gesprek met leerlingenbegeleiding in januari.
    4. %s
       Prima trimester, geen opmerkingen.

    Koen
    """) % (full(_6a[0]), full(_6a[1])),
    rules=["sensitive"], cats=["medical", "care", "family"], about=["milan", "warre", _6a[0]["id"], _6a[1]["id"]],
    note="class-council notes pasted from Word: a pupil's cancer, another's learning disorders, a third pupil's father died",
    fmt=["plain", "word-paste"])

add("milan-oudercontact-zoom", "koen", ["Hilde Van Aken <%s>" % MI["p2"]], "Oudercontact Milan - Zoom",
    "2025-03-25 20:10",
    T("""
    Dag mevrouw Van Aken,

    Zoals gevraagd doen we het oudercontact over Milan online. Hierbij de uitnodiging.

    Koen Raes nodigt u uit voor een geplande Zoom-vergadering.
    Onderwerp: Oudercontact Milan Claes - 6A
    Tijd: 27 mrt 2025 18:40 Brussel

    Deelnemen aan Zoom-vergadering
    https://us06web.zoom.us/j/84519277301?pwd=bW9yZXBhc3N3b3JkZm9yem9vbQ.1

    Vergadering-ID: 845 1927 7301
    Toegangscode: 718293

    Tot donderdag,
    Koen Raes
    """),
    rules=[], about=["milan"],
    note="look-alike: Zoom invitation with a meeting passcode (allowed); no sensitive fact",
    fmt=["plain", "invitation"])


# ================================================================ Amira Hadžić (3A)
AM = P("amira")
add("amira-leerkrachten-3a", "stefan", ["Leerkrachten 3A <leerkrachten3a@%s>" % SHORT],
    "Amira 3A - terugkeer na hersenschudding", "2025-03-07 07:44",
    T("""
    Beste collega's,

    Amira Hadžić komt maandag terug naar school na haar zware hersenschudding (val bij de training van
    de basketbalclub op 8 februari). De neuroloog en de revalidatiearts van Pellenberg adviseren:

    - de eerste drie weken enkel de voormiddagen;
    - geen schermwerk langer dan 20 minuten, geen fel licht; ze mag een zonnebril dragen in de klas;
    - bij hoofdpijn of duizeligheid mag ze zonder vragen naar het zorglokaal gaan;
    - geen toetsen tot de paasvakantie, daarna maximaal één toets per dag;
    - vrijstelling LO tot nader order.

    Wil iedereen hier rekening mee houden? Vragen mogen naar mij of naar Leen.

    Stefan
    """),
    rules=["sensitive", "bcc"], cats=["medical", "care"], about=["amira"],
    note="concussion and adjustments of a named pupil sent to a staff group list placed in To instead of BCC",
    fmt=["plain", "group-in-to"])

add("amira-overleg-revalidatie", "zorg", [fa("reval"), "Senada Hadžić <%s>" % AM["p1"]],
    "Afstemming therapie en lesrooster Amira", "2025-03-12 13:19",
    T("""
    Beste mevrouw Stas, beste mevrouw Hadžić,

    Om de ergotherapie en de neuropsychologische begeleiding van Amira beter af te stemmen op haar
    lesrooster, stel ik voor dat de therapie op dinsdag- en donderdagnamiddag doorgaat, wanneer zij
    toch nog niet op school is. Op die manier mist ze geen lessen van de kernvakken.

    Mevrouw Stas, zou u ons na de evaluatie van eind maart een kort verslag kunnen bezorgen over haar
    concentratie en vermoeidheid? Dan kunnen we het aangepaste lesrooster voor het derde trimester
    bijsturen.

    Met vriendelijke groeten,
    Leen De Wachter
    zorgcoördinator
    """),
    rules=["sensitive", "bcc"], cats=["medical", "care"], about=["amira"],
    note="therapy and adjusted timetable of a named pupil; an outside therapist and a parent see each other's address in To",
    fmt=["plain"])

add("amira-taak-biologie", "stefan", ["Emir Hadžić <%s>" % AM["p2"]], "Mooie taak van Amira", "2025-05-09 16:12",
    T("""
    Beste meneer Hadžić,

    Ik wou even zeggen dat Amira een heel mooie taak over het zenuwstelsel heeft ingediend, netjes op
    tijd en met eigen tekeningen. Ze kreeg er 9 op 10 voor. Doe haar de groeten!

    Stefan Michiels
    """),
    rules=[], about=["amira"],
    note="praise for a pupil's assignment; no sensitive fact",
    fmt=["plain"])


# ================================================================ Jonas Wouters (4C) / Jonas Aerts (4C)
J = P("jonas")
JA = P("jonasa")
add("jonas-angst-clb", "lb", [fa("clbpsy")], "aanmelding Jonas Wouters 4C", "2025-02-11 11:56",
    T("""
    Dag Nathalie,

    Ik wil graag Jonas Wouters (4C) aanmelden bij het CLB, met toestemming van zijn mama.

    Jonas had van half november tot eind januari klierkoorts en was bijna tien weken afwezig. Sinds hij
    terug is, krijgt hij 's ochtends paniekaanvallen en is hij al zes keer na het eerste lesuur naar
    huis gegaan. Hij zegt dat hij 'nooit meer zal bijbenen' en slaapt slecht. De huisarts spreekt van
    een angststoornis en heeft een verwijzing naar een psycholoog gegeven, maar de wachtlijst is lang.

    Kan het CLB een intake doen en met ons een begeleidingsplan opmaken? Ik denk ook aan een tijdelijk
    aangepast lesrooster.

    Groeten,
    Bram Sels
    leerlingenbegeleider 2de graad
    GSM 0473 48 15 62
    """),
    rules=["sensitive", "personal_data"], cats=["medical", "psychosocial", "care"], about=["jonas"],
    note="CLB referral of a named pupil: glandular fever, panic attacks/anxiety, care plan; mobile number in signature",
    fmt=["plain"])

add("jonasa-bibboek", "kristof", ["Bert Aerts <%s>" % JA["p1"]], "bibliotheekboek Jonas", "2025-03-03 09:30",
    T("""
    Beste meneer Aerts,

    Jonas heeft nog een boek van de schoolbibliotheek in zijn bezit ('Het leven is vurrukkulluk'), dat al
    sinds januari terug moest zijn. Wilt u hem eraan herinneren het deze week binnen te brengen?

    Dank u,
    Kristof Daems
    klastitularis 4C
    """),
    rules=[], about=["jonasa"],
    note="correctly addressed mail about Jonas Aerts (same first name and class as Jonas Wouters); nothing sensitive",
    fmt=["plain"])

add("jonas-wifi-thuis", "ellen", [fa("lies")], "wifi bij Jonas", "2025-01-14 18:33",
    T("""
    Lies, voor als jij donderdag bij Jonas Wouters bent: de mama zei dat we gerust hun wifi mogen
    gebruiken voor de laptop.
    netwerk: Telenet-8832A
    sleutel: h7Kp9qRx2m
    (staat ook op een sticker op de modem in de gang)

    Ellen
    """),
    rules=["password"], about=["jonas"],
    note="home Wi-Fi key of a pupil's family passed on by mail; no health fact in the mail",
    fmt=["plain"])


# ================================================================ Sara Mertens (2A), Tom Mertens (5C), Lena Mertens (3A)
S_ = P("sara")
LE = P("lena")
add("sara-noodprotocol-epilepsie", "zorg", [fa("gert")], "Noodprotocol Sara Mertens 2A", "2025-04-23 08:20",
    T("""
    Dag Gert,

    Sara Mertens (2A) komt na haar epilepsie-operatie in UZ Leuven terug naar school. Omdat zij bij jou
    zwemles heeft, bezorg ik je het noodprotocol van de neuroloog (in bijlage, ook in de EHBO-map):

    - bij een aanval langer dan 3 minuten: Buccolam 7,5 mg in de wangzak, 112 bellen;
    - de noodmedicatie zit in haar rugzak (rood etui) en een reserve in de medicijnkast op het
      secretariaat;
    - voorlopig geen zwemles en geen klimmuur tot de controle in juni.

    Evi is ook op de hoogte.

    Leen
    """),
    cc=[fa("evi")],
    att=[("Noodprotocol_Sara_Mertens.pdf", pdf([
        "Noodprotocol epilepsie - Sara Mertens (2A)", "Medicatie: Buccolam 7,5 mg (midazolam) - rood etui",
        "Bij aanval > 3 min: medicatie toedienen, 112 bellen, ouders verwittigen",
        "Geen zwemmen / klimmen tot controle juni 2025"], "Noodprotocol"))],
    rules=["sensitive"], cats=["medical"], about=["sara"],
    note="emergency protocol with epilepsy surgery and medication of a named pupil; internal",
    fmt=["plain", "attachment-pdf"])

add("sara-misdirect-lena-papa", "evi", ["Koen Mertens <%s>" % LE["p1"]], "Terugkeer Sara na de operatie",
    "2025-04-16 20:05",
    T("""
    Beste meneer Mertens,

    Zoals beloofd de planning voor de terugkeer van Sara (2A) na de operatie:

    - dinsdag 22 april: onthaalmoment om 8u20 bij mevrouw De Wachter, daarna halve dag les;
    - week van 22 april: enkel voormiddagen, 's middags komt u haar halen;
    - vanaf 28 april volledige dagen, maar ze mag bij vermoeidheid rusten in het zorglokaal;
    - toetsen: geen inhaaltoetsen, de examens van juni beperken we tot de hoofdvakken.

    Tot dinsdag,
    Evi Dewaele
    klastitularis 2A
    """),
    rules=["sensitive", "recipient"], cats=["medical", "care"], about=["sara"], mis=True,
    note="meant for Kris Mertens (father of Sara and Tom) but sent to Koen Mertens, father of cousin Lena Mertens (3A); return after surgery with adjustments",
    fmt=["plain"])

add("lena-uitstap-brussel", "stefan", ["Koen Mertens <%s>" % LE["p1"]], "uitstap Brussel - Lena", "2025-04-28 12:02",
    T("""
    Beste meneer Mertens,

    Lena vroeg of ze op de uitstap naar Brussel van 6 mei rechtstreeks naar het station van Leuven mag
    komen in plaats van naar school. Dat is goed, als u dat via Smartschool even bevestigt. Afspraak om
    8u10 aan perron 7.

    Met vriendelijke groeten,
    Stefan Michiels
    """),
    rules=[], about=["lena"],
    note="correctly addressed trip practicalities for Lena Mertens (cousin of Sara); nothing sensitive",
    fmt=["plain"])

add("tom-mertens-map-zus", "bart", ["Liesbeth Goos <%s>" % P("tom")["p2"]], "map voor Sara", "2025-03-26 10:41",
    T("""
    Dag mevrouw Goos,

    Tom vroeg of hij de map met werkbladen voor zijn zus Sara mag meenemen. Ik heb ze aan hem gegeven;
    hij heeft ze in zijn rugzak. Zo moet u niet speciaal naar school komen.

    Groeten,
    Bart Loos
    """),
    rules=[], about=["tom", "sara"],
    note="sibling pupils share the same parents: the mother of Tom and Sara is a correct recipient; nothing sensitive",
    fmt=["plain"])


# ================================================================ Daan Goossens (6B) / Daan Goossens (2A)
DA = P("daan")
D2 = P("daan2")
add("daan-clb-zelfverwonding", "lb", [fa("clbpsy")], "Daan Goossens 6B - dringend", "2025-02-04 17:48",
    T("""
    Nathalie,

    Zoals daarnet telefonisch besproken: Daan Goossens (6B) werd gisterenavond door de politie
    teruggevonden aan het station van Heverlee nadat zijn ouders hem als vermist hadden opgegeven. Hij
    had zichzelf verwond aan de armen. Hij is nu opgenomen op de crisisunit van de kinder- en
    jeugdpsychiatrie. Volgens mama zat hij al maanden in een zware depressie.

    Een klasgenote had ons vorige week gewaarschuwd over berichten op Snapchat; we hebben toen met Daan
    gepraat en de ouders verwittigd.

    Kunnen we morgen om 8u30 samenzitten met Leen om het verdere traject en de opvang van de klas te
    bespreken?

    Bram
    """),
    rules=["sensitive"], cats=["psychosocial", "medical"], about=["daan"],
    note="self-harm, police involvement, depression and psychiatric admission of a named pupil",
    fmt=["plain"])

add("daan-misdirect-2a", "fred", ["goossens.d@gmail.com"], "Taken Latijn en Grieks voor Daan", "2025-02-18 19:30",
    T("""
    Beste ouders,

    Voor Daan (6B) heb ik het pakket taken Latijn en Grieks voor de komende drie weken klaargelegd. De
    leraar van de klinische school op de afdeling jeugdpsychiatrie mag mij altijd contacteren als er
    vragen zijn. Ik hoop dat de eerste weken van de opname hem goed doen en dat hij wat rust vindt.

    Met vriendelijke groeten,
    Frederik Nys
    klastitularis 6B
    """),
    rules=["sensitive", "recipient"], cats=["medical", "psychosocial"], about=["daan"], mis=True,
    note="two pupils share the full name Daan Goossens; mail about the 6B pupil's psychiatric admission went to the father of the 2A pupil",
    fmt=["plain"])

add("daan2-zwembrevet", "evi", ["Dirk Goossens <goossens.d@gmail.com>"], "zwembrevet Daan", "2025-03-11 15:14",
    T("""
    Dag meneer Goossens,

    Daan (2A) heeft vorige week zijn zwembrevet 400 meter gehaald. Het brevet ligt bij mij, ik geef het
    morgen mee.

    Groetjes,
    Evi Dewaele
    """),
    rules=[], about=["daan2"],
    note="correctly addressed mail about Daan Goossens of 2A; nothing sensitive",
    fmt=["plain"])


# ================================================================ Olivia Maes (1B) / Olivia Maas (1B)
O = P("olivia")
OM = P("oliviam")
add("olivia-toah-fr", "marieke", ["Isabelle Dupont <%s>" % O["p1"]], "Enseignement à domicile pour Olivia",
    "2025-01-22 18:09",
    T("""
    Chère Madame Dupont,

    Suite à notre conversation téléphonique, voici les informations concernant l'enseignement temporaire
    à domicile (TOAH) pour Olivia après son ostéotomie de la hanche du 3 février.

    Olivia aura droit à quatre heures de cours par semaine à la maison, données par des professeurs de
    notre école, dès que nous aurons reçu :
    - votre demande écrite (un e-mail suffit) ;
    - un certificat médical du chirurgien orthopédiste indiquant qu'elle ne peut pas venir à l'école mais
      qu'elle peut suivre des cours.

    Selon le chirurgien, elle devra rester six semaines en fauteuil roulant. Nous proposons donc de
    commencer le lundi 10 février avec le néerlandais et les mathématiques.

    N'hésitez pas à m'écrire en français, c'est plus facile pour vous.

    Bien cordialement,
    Marieke Van Looy
    titulaire de la classe 1B
    """),
    charset="windows-1252", cte="quoted-printable",
    rules=["sensitive"], cats=["medical"], about=["olivia"],
    note="French mail: home teaching after hip surgery, wheelchair, medical certificate for a named pupil",
    lang="fr", fmt=["plain-qp", "plain-cp1252"])

add("olivia-misdirect-maas", "marieke", ["Thomas Maas <%s>" % OM["p1"]], "boeken Olivia woensdag", "2025-02-11 13:22",
    T("""
    Dag Thomas,

    Ik breng woensdag rond 16u de boeken en schriften van Olivia Maes langs, samen met de kaartjes die de
    klas gemaakt heeft. Is er dan iemand thuis? Anders leg ik ze bij de buren.

    Groetjes,
    Marieke
    """),
    rules=["recipient"], about=["olivia"], mis=True,
    note="meant for Thomas Maes (father of Olivia Maes) but sent to Thomas Maas, father of Olivia Maas in the same class; nothing sensitive",
    fmt=["plain"])

add("oliviam-toneel", "marieke", ["Thomas Maas <%s>" % OM["p1"]], "Olivia in het schooltoneel", "2025-03-06 17:30",
    T("""
    Beste meneer Maas,

    Olivia heeft een rol gekregen in het schooltoneel van de eerste graad ('De Gebroeders Leeuwenhart').
    De repetities zijn op maandag tijdens de middag. De voorstellingen zijn op 15 en 16 mei.

    Vriendelijke groeten,
    Marieke Van Looy
    """),
    rules=[], about=["oliviam"],
    note="correctly addressed mail about Olivia Maas; nothing sensitive",
    fmt=["plain"])

add("olivia-mot-de-passe", "sec", ["Isabelle Dupont <%s>" % O["p1"]], "Vos données de connexion Smartschool",
    "2025-01-23 10:05",
    T("""
    Madame,

    Voici vos données de connexion pour Smartschool (compte parent d'Olivia, 1B) :

    Adresse : https://sintpieterscollege.smartschool.be
    Identifiant : isabelle.dupont.co1
    Mot de passe provisoire : Tulipe-2025!

    Lors de la première connexion, il vous sera demandé de choisir un nouveau mot de passe.

    Cordialement,
    Secrétariat des élèves - Sint-Pieterscollege
    """),
    rules=["password"], about=["olivia"],
    note="French: temporary parent-account password sent by mail",
    lang="fr", fmt=["plain"])


# ================================================================ Arjun Iyer (3C) / Anika Rao (2B)
AR = P("arjun")
AN = P("anika")
_arjun_txt = T("""
    Dear Mrs Iyer,

    Thank you for the update from the nephrology team. We are very happy that the transplant went well and
    that Arjun may come back to school after the Easter holidays.

    As agreed, this is how we will prepare his return:

    - Arjun keeps following the afternoon lessons through Bednet during the first two weeks;
    - because of the immunosuppressants he may keep his own water bottle and will sit near the window;
    - we will inform you immediately if there is chickenpox or measles in the class or on the school bus;
    - he does not take part in PE or the science lab practicals until the doctors give permission;
    - tests are postponed until May; in June he only takes exams for Dutch, English, French and maths.

    Mrs De Wachter, our care co-ordinator, will also attend the meeting on 22 April.

    Kind regards,
    Dries Vercammen
    Form teacher 3C
    """)
add("arjun-return-plan-en", "dries", ["Priya Iyer <%s>" % AR["p1"]], "Arjun's return to school after Easter",
    "2025-04-03 17:26", _arjun_txt, html=H(hp(_arjun_txt), font="Aptos"),
    rules=["sensitive"], cats=["medical", "care"], about=["arjun"],
    note="English: kidney transplant, immunosuppressants and adjusted programme of a named pupil",
    lang="en", fmt=["alt"])

add("arjun-misdirect-rao", "dries", ["Priya Rao <%s>" % AN["p1"]], "Bednet and medication - Arjun", "2025-03-19 08:55",
    T("""
    Dear Priya,

    Quick follow-up on our phone call. Arjun Iyer can keep following the lessons of 3C through Bednet
    until his return. The nephrologist's note says he has to take his tacrolimus at 10:00 sharp, so he may
    leave the online lesson for a few minutes at that time.

    Best regards,
    Dries
    """),
    rules=["sensitive", "recipient"], cats=["medical"], about=["arjun"], mis=True,
    note="English: autocomplete chose Priya Rao (mother of Anika Rao, 2B) instead of Priya Iyer (Arjun's mother); medication of a named pupil",
    lang="en", fmt=["plain"])

add("anika-science-fair-en", "yasmina", ["Priya Rao <%s>" % AN["p1"]], "Anika's project at the science fair",
    "2025-03-28 14:40",
    T("""
    Dear Mrs Rao,

    I am happy to let you know that Anika's project on water filters won the second prize at the science
    fair of the first grade. The award ceremony is on Friday 4 April at 12:30 in the auditorium, and
    parents are welcome.

    Kind regards,
    Yasmina Aouragh
    Form teacher 2B
    """),
    rules=[], about=["anika"],
    lang="en", note="English: correctly addressed praise for Anika Rao; nothing sensitive",
    fmt=["plain"])

add("arjun-parent-account-en", "sec", ["r.iyer@gmail.com"], "Smartschool parent account", "2025-01-15 09:48",
    T("""
    Dear Mr Iyer,

    As requested, here are the login details for your Smartschool parent account (co-account 2 for Arjun):

    Address: https://sintpieterscollege.smartschool.be
    Username: r.iyer.co2
    Temporary password: Maple!4821Tz

    You will be asked to change the password when you first log in. The app is also available in English.

    Kind regards,
    Student office - Sint-Pieterscollege
    """),
    rules=["password"], about=["arjun"],
    lang="en", note="English: temporary password of a parent account",
    fmt=["plain"])

add("arjun-invoice-en", "boekh", ["Priya Iyer <%s>" % AR["p1"]], "Open invoice second term", "2025-03-10 11:30",
    T("""
    Dear Mrs Iyer,

    Thank you for your honest message about the financial situation since Arjun's hospital stay and your
    reduced working hours. The open invoice for the second term (EUR 212.40) can of course be paid in four
    monthly instalments of EUR 53.10, the first one at the end of March.

    You may also be entitled to the Flemish school allowance (schooltoeslag) through the Groeipakket. If you
    wish, our social worker can help you fill in the application.

    Kind regards,
    Rita Van Roy
    Accounts - Sint-Pieterscollege
    """),
    rules=["sensitive"], cats=["financial", "medical"], about=["arjun"],
    lang="en", note="English: payment plan and school allowance for a named pupil's family; hospital stay mentioned",
    fmt=["plain"])

add("arjun-classroom-code", "dries", [AR["email"]], "Google Classroom English 3C", "2025-01-20 13:02",
    T("""
    Hi Arjun,

    The reading tasks for English are in Google Classroom. Join the class with this class code: 4hq2zxe
    Upload your summary of chapter 3 by Friday. Any questions, just ask.

    Mr Vercammen
    """),
    rules=[], about=["arjun"],
    lang="en", note="look-alike: a class code that opens nothing secret; no sensitive fact",
    fmt=["plain"])


# ================================================================ Fien Jacobs (5C)
F = P("fien")
add("fien-zwangerschap-toah", "zorg", ["Nathalie Jacobs <%s>" % F["p1"]], "Afspraken voor Fien tot het einde van het schooljaar",
    "2025-03-20 16:47",
    T("""
    Beste mevrouw Jacobs,

    Bedankt voor het open gesprek van gisteren met u en Fien. Zoals besproken vatten we de afspraken samen:

    - Fien is uitgerekend op 9 juni. Ze komt naar school zolang de gynaecoloog dat toelaat, normaal tot
      half mei;
    - vanaf de bevalling heeft ze recht op tijdelijk onderwijs aan huis (vier lestijden per week);
    - de examens van juni worden uitgesteld naar eind augustus; de klassenraad beslist daarna;
    - vrijstelling LO vanaf nu, en ze mag tijdens de les altijd even rechtstaan of naar buiten gaan;
    - het CLB (mevrouw Lauwers) blijft Fien begeleiden, ook na de bevalling.

    Mag ik vragen het attest van de gynaecoloog aan het leerlingensecretariaat te bezorgen?

    Met vriendelijke groeten,
    """) + "\n" + sig("zorg", tel=True, mob=True, greet=""),
    rules=["sensitive", "personal_data"], cats=["medical", "care"], about=["fien"],
    note="pregnancy of a named pupil with TOAH, postponed exams and CLB follow-up; school and mobile phone in signature",
    fmt=["plain"])

add("fien-klassenraad-5c", "bart", ["Klassenraad 5C <klassenraad5c@%s>" % SHORT], "Fien Jacobs - info voor de klassenraad",
    "2025-03-21 12:10",
    T("""
    Collega's,

    Ter info voor de klassenraad van maandag: Fien Jacobs is 28 weken zwanger. Ze blijft naar school komen
    tot half mei en krijgt daarna TOAH. Ze heeft vrijstelling voor LO en mag in de les altijd even
    rechtstaan. Graag discreet behandelen, Fien wil niet dat de klas het van ons hoort.

    Bart
    """),
    rules=["sensitive", "bcc"], cats=["medical"], about=["fien"],
    note="pupil's pregnancy sent to a staff group list (class council) placed in To",
    fmt=["plain", "group-in-to"])

add("fien-wachtwoord-vergeten-uitleg", "sec", ["Nathalie Jacobs <%s>" % F["p1"]], "RE: kan niet inloggen",
    "2025-02-03 10:26",
    T("""
    Beste mevrouw Jacobs,

    Wij kunnen uw wachtwoord niet per mail bezorgen. U kan het zelf opnieuw instellen:

    1. Ga naar https://sintpieterscollege.smartschool.be
    2. Klik onder het aanmeldvenster op 'Wachtwoord vergeten?'
    3. Geef uw gebruikersnaam in (voor het co-account van Fien: nathalie.jacobs)
    4. U krijgt een mail met een link om een nieuw wachtwoord te kiezen.

    Lukt het niet, kom dan gerust even langs aan het onthaal met uw identiteitskaart.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    """),
    reply=True,
    rules=[], about=["fien"],
    note="look-alike: explains a password reset without giving any password",
    fmt=["plain", "reply"])


# ================================================================ Robbe & Jana Willems
RW = P("robbe")
SCHOOL_IBAN = iban_be(735, 180244)
add("willems-afbetalingsplan", "boekh", ["Sandra Willems <%s>" % RW["p1"]], "Afbetalingsplan schoolfacturen Robbe en Jana",
    "2025-01-27 14:33",
    T("""
    Beste mevrouw Willems,

    Zoals afgesproken met mevrouw Rutten van het Sociaal Huis stellen we een afbetalingsplan voor voor de
    openstaande facturen van Robbe (4B) en Jana (1C). Het totale openstaande bedrag is EUR 486,20
    (eerste trimester en de uitstap naar Ieper). Omdat u door uw behandeling voorlopig niet kan werken,
    betaalt het OCMW de helft rechtstreeks aan de school.

    Uw deel: 6 maandelijkse schijven van EUR 40,52, telkens voor de 5de van de maand, op rekening
    %s van VZW LKSD met de mededeling 'Willems afbetaling + maand'.

    Mocht een maand niet lukken, laat het mij gewoon weten. Dit blijft uiteraard tussen ons.

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding
    """) % SCHOOL_IBAN,
    rules=["sensitive", "personal_data"], cats=["financial", "family"], about=["robbe", "jana"],
    note="payment plan and OCMW support for two named siblings, parent's illness at home; valid IBAN of the school",
    fmt=["plain"])

add("robbe-presentatie", "joke", ["Sandra Willems <%s>" % RW["p1"]], "Robbe", "2025-04-30 16:02",
    T("""
    Dag mevrouw Willems,

    Robbe gaf vandaag in de les Frans een spreekbeurt over zijn jeugdvoetbalclub. Hij was goed voorbereid
    en durfde vlot te spreken, ik was echt onder de indruk. Dat mocht u weten!

    Joke Verstraete
    """),
    rules=[], about=["robbe"],
    note="praise for a pupil; nothing sensitive",
    fmt=["plain"])


# ================================================================ Ilias Bouzid (2B)
IL = P("ilias")
add("ilias-ziekenhuisschool-aanmelding", "yasmina", [fa("zhs2")], "Ilias Bouzid 2B - leerstof tijdens opname",
    "2025-01-31 10:18",
    T("""
    Beste meneer Cools,

    Ilias Bouzid (2B, °21/09/2011) is sinds woensdag opgenomen op de kinderafdeling na een zware
    astma-aanval en blijft er volgens zijn mama nog zeker twee weken. Hij zou graag les volgen in de
    ziekenhuisschool.

    Belangrijk om te weten: Ilias heeft dyslexie (attest van de logopediste). Hij werkt met Sprint en
    vergroot lettertype (Arial 14). Spelfouten tellen we niet mee buiten de lessen Nederlands en de
    instructies lezen we voor.

    De leerstof van de komende twee weken zit in bijlage.

    Vriendelijke groeten,
    Yasmina Aouragh
    klastitularis 2B
    """),
    att=[("Leerstof_2B_week6-7.docx", docx(["Leerstof 2B - week 6 en 7", "Nederlands: spelling werkwoorden, lezen p. 44-51",
                                             "Wiskunde: hoofdstuk 5 gelijkvormigheid", "Frans: unité 4 vocabulaire"]))],
    rules=["sensitive", "personal_data"], cats=["medical", "care"], about=["ilias"],
    note="hospital admission for asthma and dyslexia adjustments of a named pupil; date of birth given",
    fmt=["plain", "attachment-docx"])


# ================================================================ Hanne Dubois (6C) / Arthur Dubois (2C)
HA = P("hanne")
_hanne_bcc = [ad("fred"), ad("isa"), ad("hilde"), ad("dries"), ad("koen"), ad("gert"), ad("ellen"), ad("sarah"),
              ad("lb"), ad("lb2")]
add("hanne-overlijden-mama", "veerle", [fa("veerle")], "Hanne Dubois (6C) en Arthur Dubois (2C)", "2025-03-03 07:31",
    T("""
    Beste collega's,

    Met veel verdriet laat ik jullie weten dat de mama van Hanne Dubois (6C) en Arthur Dubois (2C)
    zaterdag overleden is, na een lange ziekte. De uitvaart is vrijdag om 10u in de Sint-Lambertuskerk in
    Heverlee; wie wil, kan er in overleg met de directie naartoe.

    Hanne en Arthur blijven deze week thuis. Wanneer ze terugkomen, mogen ze altijd de klas verlaten om naar
    de leerlingenbegeleiding te gaan. Hou rekening met deadlines en toetsen en spreek het eerst met mij of
    met Sarah af.

    Veerle
    """),
    bcc=_hanne_bcc,
    rules=["sensitive"], cats=["family"], about=["hanne", "arthur"],
    note="death of the mother of two named pupils; teachers are individual colleagues in BCC (fine)",
    fmt=["plain", "bcc-envelope"])

add("hanne-sociaal-fonds", "boekh", ["Luc Dubois <%s>" % HA["p1"]], "Reis en schoolfacturen Hanne en Arthur",
    "2025-03-17 09:12",
    T("""
    Beste meneer Dubois,

    Eerst en vooral onze oprechte deelneming.

    De directie heeft beslist dat het solidariteitsfonds van de school de eindejaarsreis van Hanne naar
    Rome volledig betaalt. De openstaande factuur van het tweede trimester voor Arthur schuiven we op tot
    september. Omdat het gezinsinkomen gewijzigd is, kan de schooltoeslag van het Groeipakket opnieuw
    berekend worden; wij helpen u graag met de aanvraag.

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding
    """),
    rules=["sensitive"], cats=["financial", "family"], about=["hanne", "arthur"],
    note="solidarity fund, postponed invoice and school allowance after a death in the family of two named pupils",
    fmt=["plain"])


# ================================================================ Mats Verhoeven (1C) / Mats Verhaegen (1A)
MA = P("mats")
MV = P("matsv")
add("mats-diabetes-protocol", "zorg", [fa("janv")], "Mats Verhoeven - diabetes type 1", "2024-11-28 12:55",
    T("""
    Dag Jan,

    Mats Verhoeven (1C) kreeg vorige week de diagnose diabetes type 1 en lag vier dagen in het ziekenhuis.
    Hij komt maandag terug. Wat jij als klastitularis en leerkracht LO moet weten:

    - Mats heeft een sensor op zijn arm en kijkt zijn suiker na met zijn gsm; dat mag altijd, ook in de les;
    - bij een hypo (trillen, zweten, bleek, vreemd gedrag): meteen 3 druivensuikers uit zijn rugzak, niet
      alleen naar het secretariaat laten gaan;
    - voor LO: vooraf meten; onder 5 mmol/l eerst iets eten;
    - hij mag in de klas eten en drinken;
    - insuline spuit hij zelf 's middags in het zorglokaal.

    Kan jij dit ook doorgeven aan de vakleerkrachten van 1C via het leerlingvolgsysteem?

    Leen
    """),
    rules=["sensitive"], cats=["medical"], about=["mats"],
    note="new type 1 diabetes diagnosis, hospital stay and hypo protocol of a named pupil",
    fmt=["plain"])

add("mats-misdirect-verhaegen", "janv", ["Jo Verhaegen <%s>" % MV["p1"]], "klasfoto Mats", "2025-03-20 17:05",
    T("""
    Dag Jo,

    De individuele foto van Mats Verhoeven (1C) is nog niet besteld. Als u hem wil, kan het nog tot
    31 maart via de webshop van de fotograaf, met de code op het kaartje dat Mats meekreeg.

    Groeten,
    Jan Vanderhoydonck
    """),
    rules=["recipient"], about=["mats"], mis=True,
    note="sent to Jo Verhaegen (father of Mats Verhaegen, 1A) instead of Jo Verhoeven (father of Mats Verhoeven, 1C); nothing sensitive",
    fmt=["plain"])

add("matsv-turnzak", "nele", ["Jo Verhaegen <%s>" % MV["p1"]], "turnzak Mats", "2025-02-27 13:10",
    T("""
    Dag meneer Verhaegen,

    Mats (1A) is al de derde keer deze maand zijn turnzak vergeten. Wilt u er mee op letten? Volgende keer
    moet hij een taak maken tijdens de les.

    Groeten,
    Nele Timmermans
    """),
    rules=[], about=["matsv"],
    note="correctly addressed mail about Mats Verhaegen; nothing sensitive",
    fmt=["plain"])

add("mats-medicijnkast-code", "zorg", [fa("martine")], "insulinepennen Mats", "2024-12-02 08:12",
    T("""
    Martine,

    De mama van Mats Verhoeven (1C) brengt deze voormiddag twee reserve-insulinepennen en een glucagonkit.
    Wil je die in de medicijnkast op het secretariaat leggen, bovenste plank? De kast staat nu op een
    cijferslot: 0815. Niet doorgeven aan leerlingen natuurlijk.

    Merci!
    Leen
    """),
    rules=["password", "sensitive"], cats=["medical"], about=["mats"],
    note="code of the medicine cabinet lock, and the insulin/glucagon of a named pupil",
    fmt=["plain"])


# ================================================================ Elif Yılmaz (4A) - foster care
EL = P("elif")
add("elif-pleegzorg-afspraken", "tom", [fa("pleeg")], "Elif Yılmaz 4A - afspraken school", "2025-01-15 15:40",
    T("""
    Beste meneer Bastiaens,

    Bedankt voor het overleg. Ter bevestiging:

    - Elif verblijft sinds 6 januari bij het pleeggezin Declerck in Bierbeek, op beslissing van de
      jeugdrechter; het pleeggezin is vanaf nu ons eerste aanspreekpunt;
    - haar mama mag geen informatie krijgen over het adres van het pleeggezin; begeleide contacten lopen
      via jullie dienst, niet via de school. Als mama aan de schoolpoort staat, verwittigen we u;
    - Elif blijft opgevolgd door het CLB. We stellen samen een zorgplan op, met een vast
      aanspreekpunt (mevrouw De Wachter) en wekelijks een kort gesprek.

    Met vriendelijke groeten,
    Tom Huybrechts
    klastitularis 4A
    """),
    rules=["sensitive"], cats=["family", "care"], about=["elif"],
    note="foster-care placement by the youth court and contact restrictions for a named pupil, CLB care plan",
    fmt=["plain"])


# ================================================================ Sem, Febe, Kobe, Ruben
SE = P("sem")
add("sem-sanctie-foto", "lb", ["Björn Vandenbussche <%s>" % SE["p1"]], "Tuchtmaatregel Sem", "2025-02-26 16:55",
    T("""
    Beste meneer Vandenbussche,

    Zoals telefonisch besproken bevestig ik de maatregel voor Sem. Sem heeft vorige week zonder toestemming
    een foto van een klasgenote op Instagram geplaatst met een kwetsende tekst. De foto is intussen
    verwijderd.

    De directie heeft beslist tot een preventieve schorsing van twee dagen (donderdag 27 en vrijdag
    28 februari). Bij zijn terugkeer volgt een herstelgesprek en maakt Sem een reflectietaak. Bij een
    volgend incident volgt een tuchtprocedure.

    Met vriendelijke groeten,
    Bram Sels
    leerlingenbegeleider
    """),
    rules=["sensitive"], cats=["psychosocial"], about=["sem"],
    note="behaviour incident with a suspension for a named pupil (perpetrator); the victim is not identified",
    fmt=["plain"])

FE = P("febe")
_q_febe = T("""
    Dag meneer Loos,

    Febe is sinds de kerstvakantie in behandeling bij een psychiater voor een depressie. Zij raadt aan dat
    Febe na de krokusvakantie halftijds opnieuw start. Is dat mogelijk? Febe schaamt zich erg en wil niet
    dat de klas het weet.

    Els Van Damme
    """)
add("febe-halftijds-herstart", "bart", ["Els Van Damme <%s>" % FE["p1"]], "RE: Febe na de krokusvakantie",
    "2025-02-20 20:15",
    T("""
    Beste mevrouw Van Damme,

    Bedankt voor uw vertrouwen. Dat is zeker mogelijk. Ik bespreek het morgen met mevrouw De Wachter; we
    stellen een aangepast lesrooster voor waarbij Febe de eerste drie weken enkel de voormiddagen komt.
    Voor de toetsen die ze mist, maken we samen een haalbare planning. Aan de klas zeggen we niets.

    Met vriendelijke groeten,
    Bart Loos
    """) + "\n" + quote(_q_febe, "Els Van Damme <%s>" % FE["p1"], "2025-02-20 13:44"),
    reply=True,
    rules=["sensitive"], cats=["psychosocial", "care"], about=["febe"],
    note="depression with psychiatric treatment of a named pupil and an adjusted timetable (quoted parent mail)",
    fmt=["plain", "reply"])

add("kobe-vader-gevangenis", "yasmina", [fa("zorg")], "Kobe 2B", "2025-03-13 12:33",
    T("""
    Leen,

    Kobe Declercq kwam vanochtend huilend naar mij. Zijn papa zit sinds vorige week in de gevangenis van
    Leuven-Centraal. Mama heeft gebeld: ze vraagt uitdrukkelijk om geen informatie of rapporten meer aan
    papa te geven en niemand anders dan zijzelf of de grootouders mag Kobe ophalen.

    Kobe is erg stil in de klas, eet 's middags niets en kan zich niet concentreren. Kan hij deze week bij
    jou of Ine terecht?

    Yasmina
    """),
    rules=["sensitive"], cats=["family", "psychosocial"], about=["kobe"],
    note="parent in prison and the pupil's distress; internal mail",
    fmt=["plain"])

add("kobe-tussenkomst-sociaal-huis", "lb2", [fa("ocmw")], "Vraag tussenkomst schoolkosten - Kobe Declercq (2B)",
    "2025-03-18 14:22",
    T("""
    Beste mevrouw Rutten,

    Met toestemming van mevrouw Verstraeten vraag ik of het Sociaal Huis kan tussenkomen in de
    schoolkosten van haar zoon Kobe Declercq (2B). Sinds de vader in de gevangenis zit, valt een inkomen
    weg en heeft mama de facturen van het tweede trimester (EUR 231,80) niet kunnen betalen. Kobe krijgt
    sinds vorige week gratis warme maaltijden via ons solidariteitsfonds, maar dat kunnen we niet blijven
    doen.

    Kunnen we een afspraak maken met mama erbij?

    Met vriendelijke groeten,
    Ine Vanhaecht
    leerlingenbegeleider 1ste graad
    """),
    rules=["sensitive"], cats=["financial", "family"], about=["kobe"],
    note="social-assistance request for a named pupil: unpaid invoices, free meals, father in prison",
    fmt=["plain"])

RU = P("ruben")
add("ruben-vermoeden-geweld", "joke", [fa("clb")], "Zorgen om een leerling uit 4B", "2025-04-08 13:48",
    T("""
    Dag Sofie,

    Ik maak me zorgen om Ruben V. uit mijn klas (4B). Hij had vandaag opnieuw blauwe plekken op zijn
    bovenarm en in zijn nek. Toen ik ernaar vroeg, zei hij dat zijn stiefvader 'soms kwaad wordt als hij
    gedronken heeft' en vroeg hij om zeker niets tegen zijn mama te zeggen. Dit is de derde keer sinds
    januari dat ik iets opmerk.

    Ik heb het meteen gemeld aan Leen De Wachter. Volgens de meldcode willen we dit vandaag nog met jullie
    bespreken. Kan je mij vóór 16u terugbellen via het secretariaat?

    Joke Verstraete
    klastitularis 4B
    """),
    cc=[fa("zorg")],
    rules=["sensitive"], cats=["family", "psychosocial"], about=["ruben"],
    note="suspected violence at home against an identifiable pupil (initial, class and context)",
    fmt=["plain"])


# ================================================================ lists and tables
_lz_rows = [
    (pn("lotte"), "3B", "acute lymfatische leukemie, chemo UZ Leuven", "Bednet + TOAH + ziekenhuisschool", "re-integratie vanaf 5/5"),
    (pn("yassine"), "4A", "open fractuur scheenbeen (verkeersongeval)", "TOAH tot 31/1", "verzekeringsdossier loopt"),
    (pn("noor"), "2C", "eetstoornis, opname UPC Kortenberg", "klinische school", "ouders gescheiden, apart informeren"),
    (pn("lukas"), "5B", "ziekte van Crohn, infusen dagziekenhuis", "TOAH chronisch ziek", "aangepaste examens"),
    (pn("emma"), "1A", "long covid", "Bednet", "gepest in klasgroep, opvolging LB"),
    (pn("milan"), "6A", "osteosarcoom, chemo", "ziekenhuisschool", "aangepast programma"),
    ("Amira Hadžić", "3A", "zware hersenschudding", "halve dagen", "revalidatie Pellenberg"),
    (pn("jonas"), "4C", "klierkoorts, nu angstklachten", "-", "aanmelding CLB-psycholoog"),
]
_lz_hdr = ("leerling", "klas", "medische situatie", "ondersteuning", "opmerking")
_lz_intro = T("""
    Dag Sofie,

    Zoals gevraagd voor het trimestriële overleg het overzicht van onze langdurig zieke leerlingen met
    een lopend CLB-dossier of een zorgplan:
    """)
add("overzicht-langdurig-zieken-clb", "zorg", [fa("clb")], "Overzicht langdurig zieke leerlingen - overleg 6/2",
    "2025-02-03 16:20",
    _lz_intro + "\n" + ptable(_lz_hdr, _lz_rows) + "\n\nTot donderdag,\n\n" + sig("zorg", tel=True, greet=""),
    html=H(hp(_lz_intro) + htable(_lz_hdr, _lz_rows) + hp("\n\nTot donderdag,\n\n" + sig("zorg", tel=True, greet=""))),
    rules=["sensitive", "personal_data"], cats=["medical", "psychosocial", "care", "family"],
    about=["lotte", "yassine", "noor", "lukas", "emma", "milan", "amira", "jonas"],
    note="Outlook table of long-term ill pupils with diagnoses, bullying, divorce and care measures; school phone in signature",
    fmt=["alt", "html-table"])

add("klassenraad-3b-notities", "an", ["Klassenraad 3B <klassenraad3b@%s>" % SHORT], "Verslag klassenraad 3B 12/12",
    "2024-12-13 15:02",
    T("""
    Beste collega's,

    Hieronder het verslag van de klassenraad van gisteren (geplakt uit Word, de opmaak is wat weg).

    VERSLAG KLASSENRAAD 3B - donderdag 12 december 2024
    Aanwezig: A. Devos (voorzitter), H. Stevens, I. Lejeune, F. Nys, E. Bosmans, G. Smolders, L. De Wachter

    Algemeen: rustige klas, goede sfeer, veel steun voor Lotte.

    Individuele bespreking
    - Lotte Vermeulen: leukemie, chemo loopt. Volgt via Bednet wanneer ze kan. Geen examens in december;
      evaluatie op basis van taken ziekenhuisschool. -> zie zorgplan
    - Stan Dierickx: ADHD, sinds oktober op Rilatine. Merkbaar rustiger. Mag toetsen maken in de gang.
    - Ines Bakkali: facturen 1ste trimester nog niet betaald, mama vroeg uitstel; boekhouding is op de
      hoogte. Niet aanspreken in de klas.
    - Sem Vandenbussche: twee meldingen van pesten via Snapchat; gesprek met LB gepland.
    - Lisa Van den Broeck: ouders zijn aan het scheiden, Lisa is vaak moe en afwezig in de les.

    Volgende klassenraad: 13 maart.

    An
    """),
    rules=["sensitive", "bcc"], cats=["medical", "care", "financial", "psychosocial", "family"],
    about=["lotte", "stan", "ines", "sem", "lisa"],
    note="class-council minutes covering all five categories, sent with the class-council staff list in To",
    fmt=["plain", "word-paste", "group-in-to"])

_csv_rows = [("leerling", "klas", "reden", "gebruikersnaam", "startwachtwoord"),
             (pn("lotte"), "3B", "leukemie", "bn.lotte.vermeulen", "Kx7!pLm29"),
             (pn("emma"), "1A", "long covid", "bn.emma.desmet", "Tr4#vWq81"),
             (pn("arjun"), "3C", "niertransplantatie", "bn.arjun.iyer", "Zb9$hNc37"),
             (pn("lukas"), "5B", "ziekte van Crohn", "bn.lukas.janssens", "Qm2&rYe64")]
_csv = io.StringIO()
csv.writer(_csv, delimiter=";", lineterminator="\r\n").writerows(_csv_rows)
add("bednet-startwachtwoorden-csv", "ict", [fa("zorg")], "Bednet accounts leerlingen", "2025-02-10 10:45",
    T("""
    Leen,

    In bijlage de lijst met de Bednet-accounts van onze vier leerlingen, met de startwachtwoorden. Kan jij
    die aan de ouders bezorgen (liefst op papier)? Verwijder deze mail daarna.

    Joris
    """),
    att=[("bednet_accounts_feb2025.csv", _csv.getvalue().encode("utf-8-sig"))],
    rules=["password", "sensitive"], cats=["medical"], about=["lotte", "emma", "arjun", "lukas"],
    note="CSV with start passwords and the medical reason per named pupil",
    fmt=["plain", "attachment-csv"])


# ================================================================ dangerous attachments
add("toah-km-vergoeding-xlsm", "ellen", [fa("lies"), fa("hilde")], "rekenblad verplaatsingen TOAH", "2025-02-28 15:15",
    T("""
    Hoi Lies en Hilde,

    Hier mijn rekenblad voor de verplaatsingsvergoeding van de TOAH-lessen. Als je op de knop 'Bereken'
    klikt, vult de macro de kilometers en het bedrag automatisch in. Je moet wel 'Inhoud inschakelen'
    aanklikken.

    Ellen
    """),
    att=[("TOAH_km_vergoeding_2de_trimester.xlsm", xlsx([
        ("leerkracht", "datum", "vertrek", "km heen-terug", "bedrag"),
        ("E. Bosmans", "2025-02-03", "school", "8", "3,43"),
        ("E. Bosmans", "2025-02-10", "school", "8", "3,43")], macro=True))],
    rules=["attachment"], about=[],
    note="macro-enabled Excel workbook (.xlsm) attached; content has no pupil data",
    fmt=["plain", "attachment-xlsm"])

add("bednet-proxy-script-bat", "ict", [fa("ict2")], "script klaslaptops Bednet", "2025-01-09 12:20",
    T("""
    Kevin,

    Bijgevoegd het scriptje dat de proxy-uitzondering en de energie-instellingen zet op de Bednet-laptops
    in de klassen. Rechtsklik > uitvoeren als administrator op elk toestel. Daarna herstarten.

    Joris
    """),
    att=[("bednet_klaslaptop_config.bat", (
        "@echo off\r\nREM Bednet klaslaptop - SPC\r\nnetsh winhttp set proxy proxy.spc.local:8080 \"*.bednet.be;<local>\"\r\n"
        "powercfg /change standby-timeout-ac 0\r\npowercfg /change monitor-timeout-ac 0\r\n"
        "reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU /v NoAutoRebootWithLoggedOnUsers /t REG_DWORD /d 1 /f\r\n"
        "shutdown /r /t 60\r\n").encode("ascii"))],
    rules=["attachment"], about=[],
    note="Windows batch script attached",
    fmt=["plain", "attachment-bat"])

add("bednet-client-zip-exe", "ict2", [fa("an")], "nieuwe Bednet-software", "2025-03-04 08:37",
    T("""
    Dag An,

    Bednet heeft een update van hun klasprogramma. Als de laptop in B2.14 een melding geeft: pak de zip uit
    op het bureaublad en dubbelklik op setup.exe. Het duurt een paar minuten.

    Groetjes,
    Kevin Boonen
    ICT-ondersteuning
    """),
    att=[("BednetKlas_update_3.2.zip", _zip([("BednetKlas_update_3.2/setup.exe", fake_exe("BednetKlasSetup")),
                                              ("BednetKlas_update_3.2/LEESMIJ.txt",
                                               "Pak uit en start setup.exe als beheerder.\r\n")]))],
    rules=["attachment"], about=[],
    note="ZIP archive containing an executable (setup.exe)",
    fmt=["plain", "attachment-zip"])

add("sjabloon-reintegratieplan-docm", "zorg", [fa("clb")], "sjabloon re-integratieplan", "2025-03-27 11:11",
    T("""
    Dag Sofie,

    Zoals beloofd ons nieuwe sjabloon voor een re-integratieplan na langdurige ziekte. Het is een
    Word-bestand met macro's: bij het openen vraagt het naar de leerling en vult het de vakken van de
    klas automatisch in. Feedback is welkom!

    Groetjes,
    Leen
    """),
    att=[("Sjabloon_reintegratieplan_v3.docm", docx([
        "Re-integratieplan na langdurige afwezigheid", "Leerling: ...", "Klas: ...",
        "Fase 1: ...", "Redelijke aanpassingen: ...", "Evaluatiemoment: ..."], macro=True))],
    rules=["attachment"], about=[],
    note="macro-enabled Word template (.docm) attached; the template holds no pupil data",
    fmt=["plain", "attachment-docm"])

add("script-langdurige-afwezigheden-ps1", "ict", [fa("adj")], "PowerShell export afwezigheden", "2025-01-22 16:50",
    T("""
    Pieter,

    Met dit script haal je via de Smartschool-API de leerlingen op die langer dan 21 kalenderdagen
    afwezig zijn (voor de TOAH-opvolging). Rechtsklik > Uitvoeren met PowerShell. Het schrijft een
    csv-bestand naar je bureaublad.

    Joris
    """),
    att=[("Export-LangeAfwezigheden.ps1", (
        "# Export leerlingen met > 21 dagen afwezigheid\r\n"
        "$api = 'https://sintpieterscollege.smartschool.be/Webservices/V3'\r\n"
        "$key = Get-Content \"$env:USERPROFILE\\ss_api.txt\"\r\n"
        "$res = Invoke-WebRequest -Uri $api -Method Post -Body @{ method='getAbsents'; accesscode=$key }\r\n"
        "$res.Content | ConvertFrom-Json | Where-Object { $_.dagen -gt 21 } | "
        "Export-Csv \"$env:USERPROFILE\\Desktop\\afwezig.csv\" -NoTypeInformation\r\n").encode("ascii"))],
    rules=["attachment"], about=[],
    note="PowerShell script attached (reads the API key from a local file; no secret in the mail)",
    fmt=["plain", "attachment-ps1"])

add("bednet-image-iso", "ict", [fa("bednettech")], "image klaslaptop voor controle", "2025-01-29 14:05",
    T("""
    Goeiedag,

    Zoals gevraagd door jullie technieker stuur ik het image van onze klaslaptop mee, zodat jullie kunnen
    nakijken waarom de camera niet herkend wordt. Het is een verkleinde versie zonder gebruikersgegevens.

    Met vriendelijke groeten,
    Joris Lemmens
    ICT-coördinator
    """),
    att=[("SPC_Bednet_W11_mini.iso", fake_iso("SPC_BEDNET_W11"))],
    rules=["attachment"], about=[],
    note="disk image (.iso) attached",
    fmt=["plain", "attachment-iso"])


# ================================================================ private accounts
add("lies-wachtwoord-naar-prive", "lies", ["lieswuyts.home@outlook.com"], "FW: nieuw wachtwoord", "2025-01-06 17:58",
    T("""
    voor thuis

    """) + oquote(T("""
    Dag Lies,

    Je account is opnieuw geactiveerd na je ziekteverlof. Tijdelijk wachtwoord: Stroom-TOAH-2291
    Wijzig het bij de eerste aanmelding.

    Joris
    """), "Joris Lemmens <jle@%s>" % SHORT, "Lies Wuyts <lies.wuyts@%s>" % SCHOOL, "2025-01-06 08:40",
        "nieuw wachtwoord"),
    rules=["password", "private_account"], about=[],
    note="teacher forwards a mail with her temporary school password to her own private mailbox",
    fmt=["forward"])

add("koen-prive-bbq", "Koen Raes <%s>" % PRIVATE["koen"], ["dirk.vanhout@telenet.be"], "zaterdag", "2025-05-15 21:40",
    T("""
    Dirk,

    Zaterdag om 18u bij ons, breng jij de pinten mee? Kinderen zijn welkom, de trampoline staat al klaar.

    Koen
    """),
    agent="gmail",
    rules=[], about=[],
    note="staff member's private mail about a private matter from a private account: allowed",
    fmt=["plain"])


# ================================================================ group addresses in To/CC
add("ouders3b-wafelverkoop", "an", ["Ouders 3B <ouders3b@%s>" % SCHOOL], "Wafelverkoop 3B voor Bednet",
    "2025-03-10 19:12",
    T("""
    Beste ouders van 3B,

    Onze klas organiseert op vrijdag 21 maart een wafelverkoop tijdens de middagpauze. De opbrengst gaat
    naar Bednet vzw. Wie kan een deeg maken of een wafelijzer uitlenen? Laat het mij weten via deze mail.

    Alvast bedankt!
    An Devos
    klastitularis 3B
    """),
    rules=["bcc"], about=[],
    note="parents' group address of a class put in To instead of BCC; general content",
    fmt=["plain", "group-in-to"])

add("personeel-bednet-handleiding", "ict", ["Personeel SPC <personeel@%s>" % SHORT], "Handleiding Bednet-box in de klas",
    "2025-01-08 07:55",
    T("""
    Beste collega's,

    In bijlage de handleiding voor het gebruik van de Bednet-box in de klas: opstarten, camera draaien,
    geluid, wat te doen als de verbinding wegvalt. Problemen? Meld ze via het ticketsysteem.

    Joris
    """),
    att=[("Handleiding_Bednet_klas.pdf", pdf(["Bednet in de klas - handleiding voor leerkrachten",
                                               "1. Laptop openklappen en aanmelden", "2. Box inschakelen",
                                               "3. Camera richten op het bord", "4. Geen verbinding? Ticket aanmaken"],
                                              "Handleiding"))],
    rules=["bcc"], about=[],
    note="all-staff list put in To instead of BCC; general manual with no password",
    fmt=["plain", "group-in-to", "attachment-pdf"])

_carpool = [P("zoe")["p1"], P("stan")["p1"], P("ines")["p1"], P("sem")["p2"], pick("3B", 1, 8)[0]["p1"]]
add("carpool-30cc-ouders", "an", _carpool, "Vervoer voorstelling 30CC", "2025-03-12 20:40",
    T("""
    Beste ouders,

    Bedankt om mee te rijden naar de theatervoorstelling in 30CC op vrijdag 21 maart! Afspraak om 12u45 op
    de parking aan de Kapeldreef; we zijn terug rond 16u. Elke chauffeur neemt drie leerlingen mee, de
    verdeling volgt donderdag.

    Groetjes,
    An Devos
    """),
    rules=["bcc"], about=[],
    note="five parents of different families visible to each other in To",
    fmt=["plain"])


# ================================================================ credentials in many forms
add("kopieercode-ziekenhuisschool", "martine", [fa("zhs")], "kopiëren op school", "2025-02-17 11:02",
    T("""
    Beste mevrouw Vandenberghe,

    Voor de vorming van woensdag kan u op school zelf kopiëren aan het toestel in de leraarskamer.
    Uw persoonlijke kopieercode is 55231 (daarna op de groene knop drukken).

    Met vriendelijke groeten,
    Martine Geerts
    """),
    rules=["password"], about=[],
    note="personal copier/printer code sent to an outside partner",
    fmt=["plain"])

add("herstelcodes-bednet-account", "ict", [fa("ict2")], "herstelcodes MS-account Bednet 3B", "2024-12-03 16:41",
    T("""
    Kevin,

    Voor als ik er niet ben: de herstelcodes van het Microsoft-account van de Bednet-laptop van 3B.
    Elke code werkt maar één keer.

    1. 8437-2219      6. 1180-6652
    2. 5096-7734      7. 9921-0473
    3. 3318-4460      8. 6605-2318
    4. 7752-1093      9. 2247-8891
    5. 4029-5581     10. 5563-3702

    Bewaar ze in de kluis, niet op je bureaublad.

    Joris
    """),
    rules=["password"], about=[],
    note="list of account recovery codes",
    fmt=["plain"])

add("verificatiecode-doorgeven", "ict2", [fa("ict")], "code", "2025-01-10 09:03",
    T("""
    De verificatiecode voor het Bednet-beheeraccount is binnengekomen op de gsm van de dienst: 638214
    (10 min geldig)

    Kevin

    Verzonden vanaf mijn iPhone
    """),
    agent="iphone",
    rules=["password"], about=[],
    note="one-time verification code forwarded by mail",
    fmt=["phone"])

add("wachtwoord-in-stukjes", "lies", [fa("ellen")], "laptop TOAH", "2025-01-21 07:41",
    T("""
    Ellen, het wachtwoord van de TOAH-laptop (de grijze Dell):

    Hev
    erlee
    2025!

    (alles aan elkaar)
    Lies
    """),
    agent="android",
    rules=["password"], about=[],
    note="password split over several lines",
    fmt=["phone"])

add("wachtwoord-gespeld", "an", [fa("lies")], "RE: laptop B2.14", "2025-02-04 12:26",
    T("""
    Dag Lies,

    Het wachtwoord van de laptop achteraan in B2.14: hoofdletter B, dan kleine letters e-d-n-e-t,
    een liggend streepje, het cijfer 3, hoofdletter B en een uitroepteken op het einde.

    An
    """),
    reply=True,
    rules=["password"], about=[],
    note="password spelled out letter by letter (Bednet_3B!)",
    fmt=["plain", "reply"])

add("poortcode-personeelsingang", "adj", [fa("lies")], "toegang woensdagnamiddag", "2025-01-08 14:15",
    T("""
    Dag Lies,

    Omdat je op woensdagnamiddag de TOAH-lessen vanuit school voorbereidt: de personeelsingang aan de
    Kapeldreef is na 13u dicht. De code van het klavier naast de deur is 4719 gevolgd door #.
    Vergeet niet de deur goed te sluiten als je vertrekt.

    Pieter
    """),
    rules=["password"], about=[],
    note="door code of the staff entrance",
    fmt=["plain"])

add("sleutelkluis-bednetkast", "ict", [fa("an")], "sleutel kast Bednet", "2024-12-05 10:58",
    T("""
    An, de sleutel van de kast waarin de Bednet-laptop en de box staan, hangt in het sleutelkluisje naast
    de deur van B2.14. Code: 3141. Draai na gebruik de cijfers weer door elkaar.

    Joris
    """),
    rules=["password"], about=[],
    note="code of a key safe",
    fmt=["plain"])

add("inloggegevens-txt", "ict", [fa("ellen")], "inloggegevens TOAH-laptop", "2025-01-13 08:30",
    T("""
    Dag Ellen,

    Zie bijlage.

    Joris
    """),
    att=[("inloggegevens.txt", T("""
        TOAH-laptop SPC-LT-017
        gebruiker: toah.spc
        wachtwoord: Dijle-Laptop-017!
        BIOS-wachtwoord: spc17bios
        """).replace("\n", "\r\n").encode("ascii"))],
    rules=["password"], about=[],
    note="passwords in a .txt attachment; body says only 'see attachment'",
    fmt=["plain", "attachment-txt"])

add("tijdelijke-accounts-xlsx", "ict", [fa("adj")], "accounts interim-leerkrachten TOAH", "2025-02-24 13:37",
    T("""
    Pieter,

    De drie interimarissen voor TOAH beginnen maandag. In de bijlage hun tijdelijke accounts met de
    startwachtwoorden. Wil jij ze op hun eerste dag afgeven?

    Joris
    """),
    att=[("accounts_interim_TOAH.xlsx", xlsx([
        ("naam", "account", "startwachtwoord", "geldig tot"),
        ("Ruth Van Gucht", "ruth.vangucht@sintpieterscollege.be", "Interim#4412a", "30/06/2025"),
        ("Sam Dhondt", "sam.dhondt@sintpieterscollege.be", "Interim#8820k", "30/06/2025"),
        ("Lynn Baert", "lynn.baert@sintpieterscollege.be", "Interim#1937p", "30/06/2025")]))],
    rules=["password"], about=[],
    note="start passwords of new staff accounts in an .xlsx attachment",
    fmt=["plain", "attachment-xlsx"])

add("handleiding-toah-laptop-docx", "ict", [fa("lies")], "Handleiding TOAH-laptops", "2025-01-14 09:12",
    T("""
    Dag Lies,

    In bijlage de handleiding voor de TOAH-laptops die we aan de leerlingen uitlenen. Op pagina 2 staat het
    beheerderswachtwoord dat je nodig hebt om de wifi bij de leerling thuis in te stellen.

    Joris
    """),
    att=[("Handleiding_TOAH_laptops.docx", docx([
        "Handleiding TOAH-laptops Sint-Pieterscollege", "1. Laptop opstarten en aanmelden als leerling",
        "2. Wifi instellen bij de leerling thuis", "Beheerdersaccount: .\\spcbeheer",
        "Beheerderswachtwoord: Kap3ldr33f!Beheer", "3. Laptop terugzetten na gebruik"]))],
    rules=["password"], about=[],
    note="admin password inside a .docx attachment",
    fmt=["plain", "attachment-docx"])

_box_rows = [("3B", "BN-4471-K", "bednet-3b@spc.ksleuven.be", "Kapeldreef#3B-25"),
             ("1A", "BN-4519-C", "bednet-1a@spc.ksleuven.be", "Kapeldreef#1A-25"),
             ("3C", "BN-4602-F", "bednet-3c@spc.ksleuven.be", "Kapeldreef#3C-25"),
             ("5B", "BN-4633-A", "bednet-5b@spc.ksleuven.be", "Kapeldreef#5B-25")]
add("overzicht-klaslaptops-html", "ict", [fa("zorg")], "overzicht klaslaptops Bednet", "2025-02-10 10:52", None,
    html=H(hp("Leen,\n\nVoor jouw map: het overzicht van de klaslaptops die momenteel in gebruik zijn.")
           + htable(("klas", "box", "account", "wachtwoord"), _box_rows)
           + hp("\n\nJoris")),
    rules=["password"], about=[],
    note="HTML-only table of classroom laptop accounts with passwords; only classes, no pupil named",
    fmt=["html-only", "html-table"])

add("wachtwoord-base64-body", "ict2", [fa("an")], "pc leraarsbureau B2.14", "2025-03-03 08:11",
    T("""
    Dag An,

    De pc aan het leraarsbureau in B2.14 is opnieuw geïnstalleerd. Lokaal account: leraar
    Wachtwoord: B214-Leraar!88

    Kevin
    """),
    cte="base64",
    rules=["password"], about=[],
    note="password in a base64-encoded text body",
    fmt=["plain-base64"])

add("wachtwoord-cp1252-qp", "martine", [fa("ellen")], "Smartschool na je verlof", "2025-04-22 08:34",
    T("""
    Dag Ellen,

    Welkom terug! Joris heeft je Smartschool-account opnieuw geactiveerd. Je tijdelijk wachtwoord is
    Crème-Brûlée7 (met de accenten, ja, hij vond dat grappig). Meteen wijzigen hé.

    Groetjes,
    Martine
    """),
    charset="windows-1252", cte="quoted-printable",
    rules=["password"], about=[],
    note="temporary password with accented letters in a Windows-1252 quoted-printable body",
    fmt=["plain-qp", "plain-cp1252"])

add("wachtzin-beheeraccount", "ict", [fa("hilde")], "gedeelde map zorg", "2025-02-05 15:20",
    T("""
    Hilde,

    De versleutelde map met de TOAH-planning op de schijf is beveiligd met een wachtzin. Die is:
    paarse-olifant-fietst-naar-Leuven

    Geef hem enkel door aan Lies en Ellen.

    Joris
    """),
    rules=["password"], about=[],
    note="passphrase that opens an encrypted folder",
    fmt=["plain"])

add("antwoord-met-wachtwoord-in-citaat", "an", [fa("ict")], "RE: Bednet klaslaptop 3B", "2024-12-02 10:19",
    T("""
    Top, het werkt! Dank je Joris.

    An

    """) + oquote(T("""
    Hoi An,

    De Bednet-laptop voor 3B staat klaar in de kast achteraan in B2.14. Aanmelden met:

    gebruiker: bednet-3b@spc.ksleuven.be
    wachtwoord: Kapeldreef#3B-25

    Joris
    """), "Joris Lemmens <jle@%s>" % SHORT, "An Devos <an.devos@%s>" % SCHOOL, "2024-12-02 08:05",
        "Bednet klaslaptop 3B"),
    reply=True,
    rules=["password"], about=[],
    note="short reply whose quoted earlier mail still contains the password",
    fmt=["plain", "reply"])

add("reset-startwachtwoord-collega", "ict", [fa("evi")], "RE: kan niet meer inloggen", "2025-03-10 08:02",
    T("""
    Dag Evi,

    Ik heb je wachtwoord gereset naar Stroom-4417. Bij de eerste aanmelding moet je een nieuw kiezen (min.
    12 tekens).

    Joris
    """),
    reply=True,
    rules=["password"], about=[],
    note="reset start password sent to a colleague",
    fmt=["plain", "reply"])

add("bednet-koppelcode-box", "ict", [fa("an")], "box 3B opnieuw koppelen", "2025-03-24 13:14",
    T("""
    An,

    Na de update moet de box in 3B opnieuw gekoppeld worden aan de laptop. Kies in het Bednet-programma
    'Box koppelen' en geef deze koppelcode in: 774-219. Daarna herstarten.

    Joris
    """),
    rules=["password"], about=[],
    note="pairing code that links the Bednet box to the laptop (a secret that opens access)",
    fmt=["plain"])

add("installatiefiche-pdf", "ict", [fa("bednet")], "installatiefiche box 1A", "2025-02-12 12:44",
    T("""
    Dag Tine,

    De technieker vroeg om de installatiefiche voor de nieuwe box in 1A vooraf te bezorgen. Alle
    gegevens (netwerk, beheerder) staan in de pdf.

    Met vriendelijke groeten,
    Joris Lemmens
    """),
    att=[("Installatiefiche_box_1A.pdf", pdf([
        "Installatiefiche Bednet-box - Sint-Pieterscollege - klas 1A", "Lokaal: A1.07",
        "SSID: SPC-IoT - sleutel: r7Tq-9vLm-2xKe", "Lokale beheerder laptop: spcbeheer / Kap3ldr33f!Beheer"],
        "Installatiefiche"))],
    rules=["password"], about=[],
    note="Wi-Fi key and admin password inside a PDF attachment",
    fmt=["plain", "attachment-pdf"])


# ================================================================ look-alikes (must not fire password)
add("polisnummer-verzekeraar", "boekh", [fa("ins")], "Vraag factuur jaarpremie 2025", "2025-01-17 10:02",
    T("""
    Geachte,

    Wij ontvingen de factuur voor de jaarpremie 2025 (polisnummer 45.112.908, factuur 2025/000318). Het
    aantal leerlingen klopt niet: wij hebben 304 ingeschreven leerlingen en geen 340. Kunt u een
    creditnota en een nieuwe factuur opmaken?

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding Sint-Pieterscollege
    """),
    rules=[], about=[],
    note="look-alike: policy and invoice numbers, nothing secret",
    fmt=["plain"])

add("wachtwoord-vervalt", "ict", [fa("koen")], "RE: melding wachtwoord", "2025-02-18 12:12",
    T("""
    Dag Koen,

    Die melding is echt: je wachtwoord vervalt binnen 5 dagen. Je kan het zelf wijzigen via
    https://portal.ksleuven.be > Mijn account > Wachtwoord wijzigen. Klik zeker niet op links in mails die
    zogezegd van Microsoft komen.

    Joris
    """),
    reply=True,
    rules=[], about=[],
    note="look-alike: 'your password expires' explanation without a password",
    fmt=["plain", "reply"])

add("nieuw-wachtwoord-via-helpdesk", "ict", [fa("zhs")], "RE: aanmelden lukt niet", "2025-01-27 09:40",
    T("""
    Beste mevrouw Vandenberghe,

    Een nieuw wachtwoord mogen wij niet via mail bezorgen. Kan u woensdag bij de vorming even langs de
    ICT-balie op de eerste verdieping (lokaal A1.02) komen? Dan stellen we het samen opnieuw in.

    Met vriendelijke groeten,
    Joris Lemmens
    """),
    reply=True,
    rules=[], about=[],
    note="look-alike: refers to the helpdesk, no password given",
    fmt=["plain", "reply"])

add("bestelling-laptops", "ict", ["Verkoop IT Partners <verkoop@it-partners-leuven.be>"], "Bestelling 4500123987 - levering",
    "2024-11-25 11:20",
    T("""
    Goeiedag,

    Kunnen jullie bevestigen wanneer bestelling 4500123987 (2x Dell Latitude 3440, 2x dockingstation)
    geleverd wordt? De laptops zijn nodig voor de Bednet-opstelling in onze klassen. Levering graag aan
    het onthaal, Kapeldreef 12, tussen 8u en 16u.

    Met vriendelijke groeten,
    Joris Lemmens
    ICT-coördinator Sint-Pieterscollege
    """),
    rules=[], about=[],
    note="look-alike: an order number",
    fmt=["plain"])

add("lokaal-b214-box", "an", [fa("bednet")], "RE: plaats van de box", "2024-11-29 13:05",
    T("""
    Dag Tine,

    De box mag in lokaal B2.14 (op het lokalenplan staat het als 'code lokaal B214', 2de verdieping, blok B).
    Daar heeft 3B de meeste lessen. Er is een stopcontact naast het bord.

    Groeten,
    An Devos
    """),
    reply=True,
    rules=[], about=[],
    note="look-alike: room number / room code that opens nothing",
    fmt=["plain", "reply"])

WA = P("warre")
add("factuur-skireis-warre", "boekh", ["Steven Leemans <%s>" % WA["p1"]], "Factuur skireis Warre", "2025-01-09 09:10",
    T("""
    Beste meneer Leemans,

    In bijlage vindt u de factuur voor de skireis van Warre (EUR 645,00). Gelieve te betalen voor
    31 januari met de gestructureerde mededeling +++090/4512/33276+++ zodat de betaling automatisch
    verwerkt wordt.

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding
    """),
    att=[("Factuur_2025-0112.pdf", pdf(["Factuur 2025-0112 - Skireis 6de jaar", "Leerling: Warre Leemans - 6A",
                                         "Bedrag: EUR 645,00", "Mededeling: +++090/4512/33276+++"], "Factuur"))],
    rules=[], about=["warre"],
    note="look-alike: structured payment reference; an ordinary invoice is not a financial-difficulty fact",
    fmt=["plain", "attachment-pdf"])

add("helpdesk-ticket-bednet", "ict", [fa("bednettech")], "Ticket #INC0045123 - geen geluid box 1A", "2025-02-21 10:33",
    T("""
    Goeiedag,

    Ons ticket #INC0045123 van 14 februari staat nog open. De box in 1A geeft nog altijd geen geluid door
    naar de laptop thuis, ook niet na het herstarten. Kunnen jullie iemand sturen of op afstand meekijken?

    Met vriendelijke groeten,
    Joris Lemmens
    """),
    rules=[], about=[],
    note="look-alike: helpdesk ticket number",
    fmt=["plain"])

add("box-serienummer", "ict", [fa("bednettech")], "RE: gegevens defecte box", "2025-02-25 14:02",
    T("""
    Goeiedag,

    Hierbij de gevraagde gegevens van de defecte box:
    serienummer: BN-4519-C
    MAC-adres: 00:1A:7D:DA:71:13
    firmwareversie: 3.1.8

    Met vriendelijke groeten,
    Joris Lemmens
    """),
    reply=True,
    rules=[], about=[],
    note="look-alike: serial number and MAC address that open nothing",
    fmt=["plain", "reply"])

add("wachtwoord-via-sms", "ict", [fa("ellen")], "RE: nieuw wachtwoord?", "2025-04-22 07:59",
    T("""
    Dag Ellen,

    Ik heb je account terug geactiveerd. Het tijdelijke wachtwoord stuur ik je zo meteen via sms, niet via
    mail (afspraak in ons communicatiebeleid).

    Joris
    """),
    reply=True,
    rules=[], about=[],
    note="look-alike: says the password will follow by text message; none in the mail",
    fmt=["plain", "reply"])


# ================================================================ more personal and ordinary mail
IN = P("ines")
add("ines-jaarboek", "an", ["Fatima Bakkali <%s>" % IN["p1"]], "tekstje jaarboek", "2025-04-14 17:25",
    T("""
    Dag mevrouw Bakkali,

    Ines heeft zich opgegeven voor de redactie van het jaarboek. Ze mag haar eerste tekstje (over de
    sportdag) tegen 2 mei doorsturen naar mij. Fijn dat ze zo enthousiast is!

    Groeten,
    An Devos
    """),
    rules=[], about=["ines"],
    note="personal mail about one pupil with nothing sensitive",
    fmt=["plain"])

add("ines-uitstel-facturen", "boekh", ["Fatima Bakkali <%s>" % IN["p1"]], "RE: facturen Ines", "2024-12-10 15:48",
    T("""
    Beste mevrouw Bakkali,

    Geen probleem: u krijgt uitstel tot 31 maart voor de twee openstaande facturen van Ines (samen
    EUR 318,60). Er worden geen herinneringskosten aangerekend. Als u daarna in schijven wil betalen, kan
    dat ook, laat het mij gewoon weten.

    Met vriendelijke groeten,
    Rita Van Roy
    Boekhouding
    """),
    reply=True,
    rules=["sensitive"], cats=["financial"], about=["ines"],
    note="payment deferral for the unpaid invoices of a named pupil",
    fmt=["plain", "reply"])

LS = P("liam")
_good = iban_be(1, 2345678).replace(" ", "")
_bad = _good[:10] + ("0" if _good[10] != "0" else "1") + _good[11:]
_bad = " ".join(_bad[i:i + 4] for i in range(0, 16, 4))
add("liam-terugbetaling-iban-fout", "boekh", ["Siobhan O'Sullivan <%s>" % LS["p1"]], "Refund Paris trip - Liam",
    "2025-04-02 11:45",
    T("""
    Dear Mrs O'Sullivan,

    We would like to refund the deposit for the Paris trip that Liam could not join (EUR 120.00). However,
    the account number you sent us (%s) seems to be incorrect: our bank rejects it. Could you please
    check it and send it again?

    Kind regards,
    Rita Van Roy
    Accounts - Sint-Pieterscollege
    """) % _bad,
    rules=[], about=["liam"],
    lang="en", note="English: account number with a wrong checksum is not a valid IBAN; refund of a deposit is no financial-difficulty fact",
    fmt=["plain"])

add("werkgroep-zieke-leerlingen-verslag", "zorg", [fa("dir")], "verslag werkgroep 'zieke leerlingen'", "2025-03-14 16:02",
    T("""
    Dag Katrien,

    Kort verslag van onze werkgroep van gisteren:

    - we vragen een tweede Bednet-laptop aan voor de eerste graad (Joris maakt de offerte);
    - een vaste 'buddy' per klas die de taken doorgeeft aan een afwezige klasgenoot;
    - TOAH: de roosters komen voortaan in één gedeelde kalender, niet meer per mail;
    - voorstel: een infomoment voor nieuwe collega's in september (met de ziekenhuisschool).

    Volgende samenkomst: 8 mei.

    Leen
    """),
    rules=[], about=[],
    note="ordinary internal report without pupil names",
    fmt=["plain"])

add("vorming-bednet-aanvraag", "zorg", [fa("bednet")], "Vorming voor leerkrachten", "2025-01-31 11:20",
    T("""
    Dag Tine,

    Zouden jullie dit voorjaar een korte vorming kunnen geven voor ons lerarenkorps over lesgeven met Bednet?
    Woensdagnamiddag 19 maart of 2 april zou ideaal zijn, ongeveer een uur, in de refter.

    Groetjes,
    Leen De Wachter
    zorgcoördinator
    """),
    rules=[], about=[],
    note="ordinary mail to a partner",
    fmt=["plain"])

add("ziekenhuisschool-bedankt", "dir", [fa("zhs2")], "Bedankt voor de vorming", "2025-02-20 08:50",
    T("""
    Beste meneer Cools,

    Namens het hele team bedankt voor de boeiende vorming van gisteren over de samenwerking met de
    ziekenhuisschool. Verschillende collega's vroegen al naar de presentatie; mag ik die rondsturen?

    Met vriendelijke groeten,
    Katrien Vanhove
    directeur Sint-Pieterscollege
    """),
    rules=[], about=[],
    note="ordinary thank-you mail to a partner",
    fmt=["plain"])


# ================================================================ general letters (must pass)
ALLPAR = "ouders@" + SCHOOL
STAFFL = "personeel@" + SHORT
UNDISC = "undisclosed-recipients:;"


def parents_of(classes):
    out = []
    for p in ROSTER:
        if p["klas"] in classes:
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


SIGN_DIR = T("""
    Met vriendelijke groeten,

    Katrien Vanhove
    directeur
    Sint-Pieterscollege Heverlee - Stroom
    """)

add("brief-personeel-ondersteuning-zieke-leerlingen", "dir", [fa("dir")], "Hoe ondersteunen we langdurig zieke leerlingen?",
    "2024-11-22 16:30",
    T("""
    Beste collega's,

    Dit schooljaar hebben we meer leerlingen dan ooit die langdurig of chronisch ziek zijn. Daarom zet ik de
    afspraken nog eens op een rij.

    1. Tijdelijk onderwijs aan huis (TOAH)
       Een leerling heeft recht op vier lestijden per week aan huis na 21 kalenderdagen afwezigheid
       (of bij chronische ziekte na 9 halve dagen), als hij op minder dan 10 km van de school woont.
       Lies Wuyts coördineert de roosters. Wie TOAH geeft, krijgt een verplaatsingsvergoeding.
    2. Ziekenhuisschool
       Bij opname in Gasthuisberg krijgt de leerling les van de ziekenhuisschool. Bezorg de leerstof via
       de klastitularis; de ziekenhuisschool geeft ons een verslag dat meetelt voor het dagelijks werk.
    3. Bednet
       Met Bednet volgt de leerling live vanuit huis of het ziekenhuis. De box staat in de klas; Joris
       Lemmens regelt de techniek.
    4. Terugkeer
       Voor elke terugkeer na een lange afwezigheid maakt de zorgcoördinator met de ouders en de
       klastitularis een re-integratieplan.

    Belangrijk: medische informatie over leerlingen hoort in het leerlingvolgsysteem, niet in mails of in
    WhatsApp-groepen. Twijfel je? Vraag het aan Leen De Wachter.

    """) + SIGN_DIR,
    bcc=[STAFFL],
    rules=[], about=[],
    note="general letter to all staff (staff list in BCC) about how ill pupils are supported; no pupil named",
    fmt=["plain", "bcc-envelope"])

add("brief-ouders-langdurig-ziek", "directie", [UNDISC], "Wat als uw kind langere tijd ziek is?", "2024-12-02 18:00",
    T("""
    Beste ouders,

    Soms is een leerling langere tijd ziek of moet hij of zij in het ziekenhuis blijven. Dan willen we
    samen met u zorgen dat uw kind zo weinig mogelijk achterop raakt en contact houdt met de klas.

    - Tijdelijk onderwijs aan huis (TOAH): na 21 kalenderdagen afwezigheid (bij een chronische ziekte
      sneller) heeft uw kind recht op vier lestijden per week aan huis. U dient een schriftelijke aanvraag
      in met een medisch attest.
    - Ziekenhuisschool: tijdens een opname in UZ Leuven krijgt uw kind les van de ziekenhuisschool.
    - Bednet: uw kind volgt de lessen live van thuis uit. Dit is gratis.

    Neem bij een langere afwezigheid zo snel mogelijk contact op met de klastitularis of met de
    zorgcoördinator via zorg@spc.ksleuven.be. Meer info vindt u in het schoolreglement op Smartschool.

    Met vriendelijke groeten,
    De directie
    """),
    bcc=[ALLPAR], cte="quoted-printable",
    rules=[], about=[],
    note="general letter to all parents (list in BCC) about TOAH, hospital school and Bednet",
    fmt=["plain-qp", "bcc-envelope"])

_intl = [P("liam")["p1"], P("liam")["p2"], P("arjun")["p1"], P("arjun")["p2"], P("anika")["p1"], P("anika")["p2"]]
for _p in ROSTER:
    if _p["last"] in ("Nguyen", "Tran", "Pham", "Singh", "Sharma", "Patel", "Mensah", "Owusu"):
        for _a in (_p["p1"], _p["p2"]):
            if _a and _a not in _intl:
                _intl.append(_a)
add("letter-parents-long-illness-en", "directie", [fa("directie")], "If your child is ill for a longer period",
    "2024-12-03 09:00",
    T("""
    Dear parents,

    Because several families asked for an English version, here is a summary of our letter on long-term
    illness.

    - Temporary home education (TOAH): after 21 calendar days of absence (sooner for chronic illness),
      your child is entitled to four lessons a week at home, taught by our own teachers.
    - Hospital school: during a stay at UZ Leuven your child is taught by the hospital school.
    - Bednet: your child can follow lessons live from home. This is free of charge.

    Please contact the form teacher or our care co-ordinator as soon as you know your child will be absent
    for a longer time.

    Kind regards,
    The management team
    """),
    bcc=_intl,
    rules=[], about=[],
    note="English general letter; the parents' addresses are only in the SMTP envelope (BCC)",
    lang="en", fmt=["plain", "bcc-envelope"])

_fr = [P("olivia")["p1"], P("hanne")["p2"]] + [q["p1"] for q in pick("1B", 2, 140) + pick("4A", 1, 141)]
add("lettre-parents-maladie-fr", "directie", [fa("directie")], "Si votre enfant est malade pour une longue durée",
    "2024-12-03 09:05",
    T("""
    Chers parents,

    Voici un résumé en français de notre lettre concernant les élèves malades pour une longue durée.

    - Enseignement temporaire à domicile (TOAH) : après 21 jours calendrier d'absence, votre enfant a
      droit à quatre heures de cours par semaine à la maison.
    - École à l'hôpital : pendant une hospitalisation à l'UZ Leuven, votre enfant suit les cours de
      l'école de l'hôpital.
    - Bednet : votre enfant suit les cours en direct depuis la maison. C'est gratuit.

    N'hésitez pas à contacter le titulaire de classe ou la coordinatrice des soins.

    Bien cordialement,
    La direction
    """),
    bcc=_fr, charset="windows-1252", cte="8bit",
    rules=[], about=[],
    note="French general letter, Windows-1252 8bit; parents only in BCC",
    lang="fr", fmt=["plain-cp1252", "bcc-envelope"])

add("brief-medicatiebeleid", "directie", [UNDISC], "Medicatie op school - afspraken", "2024-11-12 17:30",
    T("""
    Beste ouders,

    Leerkrachten en opvoeders mogen geen medicatie toedienen zonder schriftelijke vraag van de ouders en een
    attest van de arts. Moet uw kind tijdens de schooluren medicatie nemen, bezorg dan het formulier
    'Medicatie op school' (op Smartschool > Documenten) ingevuld aan het leerlingensecretariaat.

    Bij koorts of ziekte op school bellen we u op om uw kind op te halen. We geven geen pijnstillers.

    Voor leerlingen met een chronische aandoening (zoals diabetes, epilepsie of een ernstige allergie)
    maken we samen met u en de arts een individueel protocol op.

    Met vriendelijke groeten,
    De directie
    """),
    bcc=[ALLPAR],
    rules=[], about=[],
    note="general medication policy letter to all parents (BCC); no pupil",
    fmt=["plain", "bcc-envelope"])

add("clb-infobrief-eerste-jaar", "directie", [UNDISC], "Het CLB stelt zich voor", "2024-09-12 18:00",
    T("""
    Beste ouders van het eerste jaar,

    Onze school werkt samen met CLB Dijleland. Het CLB begeleidt leerlingen op vier domeinen: leren en
    studeren, onderwijsloopbaan, preventieve gezondheidszorg en psychisch en sociaal functioneren.

    In het eerste jaar krijgt uw kind een systematisch contact (medisch onderzoek) bij het CLB. U
    ontvangt daarvoor een aparte uitnodiging. De begeleiding door het CLB is gratis en het CLB werkt
    discreet.

    Meer informatie vindt u op de website van het CLB of in de CLB-folder in bijlage.

    Met vriendelijke groeten,
    De directie
    """),
    bcc=["ouders1stejaar@" + SCHOOL],
    att=[("CLB_Dijleland_folder_2024-2025.pdf", pdf(["CLB Dijleland - wie zijn we?",
                                                      "Leren en studeren - onderwijsloopbaan",
                                                      "Preventieve gezondheidszorg - psychisch en sociaal functioneren"],
                                                     "CLB folder"))],
    rules=[], about=[],
    note="general CLB information letter to first-year parents (list in BCC)",
    fmt=["plain", "bcc-envelope", "attachment-pdf"])

add("brief-schoolverzekering", "sec", [UNDISC], "Ongeval op school of op weg naar school?", "2024-10-07 17:15",
    T("""
    Beste ouders,

    Alle leerlingen zijn verzekerd voor ongevallen op school en op de weg van en naar school. Heeft uw kind
    een ongeval?

    1. Verwittig het leerlingensecretariaat binnen de 48 uur.
    2. Laat de arts het geneeskundig getuigschrift invullen (te downloaden op Smartschool).
    3. Betaal zelf de kosten en bezorg de bewijsstukken aan het secretariaat; de mutualiteit betaalt
       eerst, de schoolverzekering het remgeld.

    Materiële schade (fiets, kleding, bril) is niet verzekerd, tenzij er lichamelijk letsel is.

    Met vriendelijke groeten,
    Het leerlingensecretariaat
    """),
    bcc=[ALLPAR],
    rules=[], about=[],
    note="general letter on the school insurance procedure",
    fmt=["plain", "bcc-envelope"])

add("brief-examens-afwezigheid-6de-jaar", "adj", [fa("adj")], "Examens juni - wat bij ziekte?", "2025-05-12 17:05",
    T("""
    Beste ouders van het zesde jaar,

    Binnenkort starten de examens. Is uw zoon of dochter ziek tijdens een examen, verwittig dan de school
    vóór 8u30 en bezorg binnen de drie dagen een medisch attest aan het leerlingensecretariaat. De
    klassenraad beslist of het examen wordt ingehaald in de inhaalweek van 23 juni.

    Leerlingen die een aangepaste examenregeling hebben, kregen die al persoonlijk via de klastitularis.

    Met vriendelijke groeten,
    Pieter Deckers
    adjunct-directeur
    """),
    bcc=parents_of(["6A", "6B", "6C"]),
    rules=[], about=[],
    note="general exam letter; every sixth-year parent address only in the SMTP envelope",
    fmt=["plain", "bcc-envelope"])

add("herinnering-openstaande-facturen", "boekh", [UNDISC], "Herinnering: facturen tweede trimester", "2025-04-07 18:20",
    None,
    html=H(hp("""Beste ouders,

Uit onze administratie blijkt dat nog niet alle facturen van het tweede trimester betaald zijn. Wilt u
nakijken of uw betaling gebeurd is? Gebruik altijd de gestructureerde mededeling op de factuur.

Lukt het financieel even niet, neem dan gerust discreet contact op met de boekhouding. Samen zoeken we
naar een oplossing, bijvoorbeeld een afbetalingsplan.

Met vriendelijke groeten,
De boekhouding""")),
    bcc=[ALLPAR],
    rules=[], about=[],
    note="general payment reminder sent to all parents in BCC, no one named",
    fmt=["html-only", "bcc-envelope"])

add("anti-pestbeleid-eerste-graad", "lb2", [fa("lb2")], "Week tegen pesten", "2025-02-14 16:10",
    T("""
    Beste ouders van de eerste graad,

    Van 17 tot 21 februari is het de Vlaamse week tegen pesten. In alle klassen van de eerste graad werken
    we rond (online) pesten en respectvol omgaan met elkaar, ook met klasgenoten die lange tijd ziek zijn
    of thuis les volgen.

    Merkt u dat uw kind gepest wordt of anderen pest? Neem dan contact op met de klastitularis of met de
    leerlingenbegeleiding. Ons anti-pestbeleid vindt u op Smartschool.

    Met vriendelijke groeten,
    Ine Vanhaecht
    leerlingenbegeleiding eerste graad
    """),
    bcc=["ouders1stegraad@" + SCHOOL],
    rules=[], about=[],
    note="general anti-bullying letter to first-grade parents (list in BCC)",
    fmt=["plain", "bcc-envelope"])

add("privacy-herinnering-personeel", "dpo", [fa("dpo")], "Herinnering: gevoelige info en wachtwoorden niet via mail",
    "2025-03-03 08:00",
    T("""
    Beste collega's,

    Naar aanleiding van enkele incidenten de voorbije weken herinneren we aan het communicatiebeleid:

    - Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg en financieel)
      deel je via het leerlingvolgsysteem, niet via mail of WhatsApp.
    - Verstuur nooit een wachtwoord of toegangscode via mail. Niemand van Stroom zal je ooit per mail om
      je wachtwoord vragen.
    - Zet groepsadressen van ouders of collega's altijd in BCC, en kijk twee keer naar de geadresseerde
      voor je een mail over een leerling verstuurt.
    - Gebruik je schoolaccount, geen privé-mailadres, voor schoolzaken.

    Vermoed je een datalek? Meld het meteen via privacy@lksd.ksleuven.be.

    Hans Cuypers
    aanspreekpunt informatieveiligheid LKSD
    """),
    bcc=[STAFFL],
    rules=[], about=[],
    note="general privacy reminder to all staff (list in BCC); talks about passwords without giving one",
    fmt=["plain", "bcc-envelope"])

add("vorming-ziekenhuisschool-personeel", "zorg", [fa("zorg")], "Vorming woensdag 19/2: samenwerken met de ziekenhuisschool",
    "2025-02-10 12:30",
    T("""
    Beste collega's,

    Op woensdag 19 februari van 13u30 tot 15u komt de ziekenhuisschool van Gasthuisberg een vorming
    geven in de refter: hoe ziet een lesdag in het ziekenhuis eruit, hoe bezorg je leerstof en hoe
    evalueer je een leerling die lang weg is geweest?

    Inschrijven via het formulier in het personeelsforum op Smartschool.

    Groetjes,
    Leen De Wachter
    zorgcoördinator
    """),
    bcc=[STAFFL],
    rules=[], about=[],
    note="general training invitation to all staff (BCC)",
    fmt=["plain", "bcc-envelope"])

_sponsor = T("""
    Beste ouders,

    Op vrijdag 25 april lopen al onze leerlingen de sponsorloop in het Arenbergpark. Dit jaar gaat de
    opbrengst naar Bednet vzw, dat zieke kinderen en jongeren met hun klas verbindt.

    Uw zoon of dochter krijgt deze week een sponsorkaart mee. Sponsors kunnen een vast bedrag geven of een
    bedrag per gelopen ronde. Het geld wordt ingezameld door de klastitularis tot 9 mei.

    Supporters zijn van harte welkom!

    Met sportieve groeten,
    Directie en werkgroep sport
    """)
add("sponsorloop-bednet", "directie", [UNDISC], "Sponsorloop 25 april voor Bednet", "2025-04-01 18:30",
    _sponsor, html=H(hp(_sponsor), font="Arial"),
    bcc=[ALLPAR],
    rules=[], about=[],
    note="general newsletter to all parents (BCC)",
    fmt=["alt", "bcc-envelope"])

add("bednet-box-afspraken-personeel", "ict", [fa("ict")], "Afspraken Bednet-box in de klas", "2025-01-07 07:50",
    T("""
    Beste collega's,

    In enkele klassen staat nu een Bednet-box. Een paar afspraken:

    - zet de camera op het bord en niet op de klas; klasgenoten filmen mag enkel met hun toestemming;
    - er wordt niets opgenomen of bewaard;
    - gebruik altijd de klaslaptop, niet je eigen toestel;
    - inloggegevens krijg je nooit via mail: vraag ze aan de ICT-balie (A1.02);
    - problemen meld je via het ticketsysteem.

    Joris Lemmens
    ICT-coördinator
    """),
    bcc=[STAFFL],
    rules=[], about=[],
    note="general letter to staff (BCC); mentions login data without giving any",
    fmt=["plain", "bcc-envelope"])

add("griep-hygiene-ouders", "directie", [UNDISC], "Griepseizoen en zieke klasgenoten", "2025-01-20 17:45",
    T("""
    Beste ouders,

    Het griepseizoen is volop bezig. In onze school zitten ook leerlingen met een verminderde weerstand,
    voor wie een griep of waterpokken gevaarlijk kan zijn. Daarom vragen we:

    - laat uw kind thuis bij koorts;
    - verwittig de school bij waterpokken, mazelen of kinkhoest, zodat we de betrokken ouders kunnen
      verwittigen;
    - handen wassen blijft de beste bescherming.

    Bedankt om mee te helpen!

    De directie
    """),
    bcc=[ALLPAR], charset="windows-1252", cte="quoted-printable",
    rules=[], about=[],
    note="general hygiene letter to all parents (BCC); no pupil identifiable",
    fmt=["plain-qp", "plain-cp1252", "bcc-envelope"])

add("schooltoeslag-info-ouders", "boekh", [UNDISC], "Schooltoeslag: vraag hem aan!", "2024-10-21 18:10",
    T("""
    Beste ouders,

    Via het Groeipakket kunnen gezinnen met een beperkt inkomen een schooltoeslag krijgen voor elk kind
    in het secundair onderwijs. Voor de meeste gezinnen gebeurt dit automatisch; krijgt u hem niet, dan
    kan u hem zelf aanvragen bij uw uitbetaler.

    Heeft u hulp nodig bij de aanvraag, of wil u de schoolfacturen gespreid betalen? Neem gerust contact
    op met de boekhouding. Dit wordt uiteraard discreet behandeld.

    Met vriendelijke groeten,
    De boekhouding
    """),
    bcc=[ALLPAR], cte="base64",
    rules=[], about=[],
    note="general school-allowance information to all parents, base64 body, list in BCC",
    fmt=["plain-base64", "bcc-envelope"])

add("toah-verplaatsingsvergoeding-personeel", "adj", [fa("adj")], "TOAH: verplaatsingsvergoeding aanvragen", "2025-01-13 12:40",
    T("""
    Beste collega's,

    Wie tijdelijk onderwijs aan huis geeft, kan een verplaatsingsvergoeding aanvragen. Vul het rekenblad in
    bijlage in (datum, adres van vertrek, kilometers heen en terug) en bezorg het elke maand aan het
    secretariaat. De vergoeding wordt met het loon van de volgende maand uitbetaald.

    Pieter Deckers
    adjunct-directeur
    """),
    bcc=[STAFFL],
    att=[("TOAH_verplaatsingen_formulier.xlsx", xlsx([("datum", "vertrek", "bestemming (gemeente)", "km heen-terug"),
                                                      ("", "", "", "")]))],
    rules=[], about=[],
    note="general letter to staff with an ordinary .xlsx form (BCC)",
    fmt=["plain", "bcc-envelope", "attachment-xlsx"])

add("examenrooster-5de-jaar", "adj", [fa("adj")], "Examenrooster juni - 5de jaar", "2025-05-16 16:30",
    T("""
    Beste ouders van het vijfde jaar,

    Hierbij het examenrooster. De codes verwijzen naar het vak en het aantal lesuren per week.

    ma 9/6    WIS-5-6u / WIS-5-4u     lokaal refter
    di 10/6   NED-5-4u                lokaal refter
    wo 11/6   FRA-5-3u                lokaal B1.01-B1.04
    do 12/6   BIO-5-2u / ECO-5-4u     lokaal refter
    vr 13/6   ENG-5-3u                lokaal B1.01-B1.04
    ma 16/6   GES-5-2u                lokaal refter

    De examens beginnen om 8u30. Wie een aangepaste regeling heeft, krijgt een persoonlijk rooster.

    Pieter Deckers
    adjunct-directeur
    """),
    bcc=parents_of(["5A", "5B", "5C"]),
    rules=[], about=[],
    note="general exam schedule with course codes and room numbers (look-alike, nothing secret); parents only in the envelope",
    fmt=["plain", "bcc-envelope"])

add("kaartjesactie-personeel", "dir", [fa("dir")], "Kaartjesactie 'Een hart onder de riem'", "2025-02-03 07:30",
    T("""
    Beste collega's,

    In de week van 10 februari schrijven alle klassen een kaartje voor een klasgenoot die lange tijd
    afwezig is. De klastitularissen weten voor wie. Kaartjes mogen in de bak op het secretariaat, wij
    zorgen dat ze bezorgd worden.

    Bedankt om hier even tijd voor te maken!

    Katrien
    """),
    bcc=[STAFFL],
    rules=[], about=[],
    note="general letter to staff (BCC); no pupil identifiable",
    fmt=["plain", "bcc-envelope"])

add("inhaalfotodag-ouders", "sec", [UNDISC], "Inhaaldag schoolfoto's", "2025-03-24 17:00",
    T("""
    Beste ouders,

    Was uw kind afwezig op de fotodag? Op dinsdag 1 april is er een inhaalmoment in de turnzaal van 8u30
    tot 10u. Ook broers en zussen kunnen dan samen op de foto.

    Met vriendelijke groeten,
    Het leerlingensecretariaat
    """),
    bcc=[ALLPAR],
    rules=[], about=[],
    note="general practical letter to all parents (BCC)",
    fmt=["plain", "bcc-envelope"])


# ================================================================ building
from email.utils import parseaddr, getaddresses


def _addr(x):
    if x in STAFF or x in EXT:
        return fa(x)
    return x


def _hex(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def _msgid(m, agent, dom):
    s = m["slug"]
    if agent in ("outlook", "android"):
        h = _hex(s, 20).upper()
        return "<AM9PR02MB%s%s@AM9PR02MB%s.eurprd02.prod.outlook.com>" % (h[:4], h[4:16], h[16:20])
    if agent in ("gmail", "iphone-gmail"):
        if agent == "iphone-gmail":
            u = _hex(s, 32).upper()
            return "<%s-%s-%s-%s-%s@gmail.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        return "<CAH%s%s@mail.gmail.com>" % (_hex(s, 24), _hex(s + "x", 12))
    if agent == "iphone":
        u = _hex(s, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if agent == "thunderbird":
        u = _hex(s, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    return "<%s.%s@%s>" % (_hex(s, 16), D(m["date"]).strftime("%Y%m%d%H%M"), dom)


def build(m, num):
    agent = m.get("agent", "outlook")
    frm = _addr(m["frm"])
    env_from = m.get("env_from") or parseaddr(frm)[1]
    dom = env_from.split("@")[1]
    to = [_addr(x) for x in m["to"]]
    cc = [_addr(x) for x in m.get("cc", [])]
    bcc = list(m.get("bcc", []))
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(D(m["date"]))
    msg["Message-ID"] = _msgid(m, agent, dom)
    if m.get("reply"):
        parent = "<%s@%s>" % (_hex(m["slug"] + "parent", 24), dom)
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    lang = m.get("lang", "nl")
    if agent in ("outlook", "android"):
        msg["Thread-Topic"] = m["subj"].split(": ", 1)[-1] if m["subj"][:3].upper() in ("RE:", "FW:", "TR:") else m["subj"]
        msg["Thread-Index"] = "Ad" + base64_idx(m["slug"])
        msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[lang]
        msg["X-MS-Has-Attach"] = "yes" if m.get("att") else ""
        if agent == "android":
            msg["X-Mailer"] = "Outlook for Android"
    elif agent in ("iphone", "iphone-gmail"):
        msg["X-Mailer"] = "iPhone Mail (22D82)"
    elif agent == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "nl-BE"
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    body = m.get("body")
    html = m.get("html")
    if cte is None and body is not None:
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable" if agent in ("outlook", "android", "iphone", "iphone-gmail", "gmail") else "8bit"
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if html:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for fn, data in m.get("att", []):
        ext = fn.rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%s_%03d" % (_hex(m["slug"] + str(k), 12).upper(), k))
    rcpt = []
    for a in to + cc:
        if a.strip().endswith(":;"):
            continue
        for _, addr in getaddresses([a]):
            if addr and addr not in rcpt:
                rcpt.append(addr)
    for a in bcc:
        if a not in rcpt:
            rcpt.append(a)
    return msg, env_from, rcpt


def base64_idx(seed):
    import base64 as b64
    return b64.b64encode(hashlib.sha1(seed.encode()).digest()[:15]).decode()[:20] + "=="


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ylist(xs):
    return "[" + ", ".join(xs) + "]"


OVERRIDES = {
    "noor-opname-clb": dict(charset="windows-1252", cte="quoted-printable", fmt=["plain-qp", "plain-cp1252"]),
    "fien-zwangerschap-toah": dict(charset="windows-1252", cte="8bit", fmt=["plain-cp1252"]),
    "kobe-vader-gevangenis": dict(cte="base64", fmt=["plain-base64"]),
    "mats-diabetes-protocol": dict(cte="base64", fmt=["plain-base64"]),
}


def preprocess():
    """Outlook sends most mail as multipart/alternative: give a deterministic share of the
    plain Outlook mails an HTML twin, and apply the encoding overrides."""
    for m in MAILS:
        if m["slug"] in OVERRIDES:
            m.update(OVERRIDES[m["slug"]])
            continue
        if (m.get("agent", "outlook") == "outlook" and not m.get("html") and m.get("body")
                and not m.get("cte") and m.get("charset", "utf-8") == "utf-8"
                and int(_hex(m["slug"], 4), 16) % 3 == 0):
            m["html"] = H(hp(m["body"]))
            m["fmt"] = ["alt" if f == "plain" else f for f in m.get("fmt", ["plain"])]
            if "alt" not in m["fmt"]:
                m["fmt"] = ["alt"] + m["fmt"]


def main():
    preprocess()
    MAILS.sort(key=lambda m: D(m["date"]))
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    write_roster()
    out = ["# batch40 - Sint-Pieterscollege Heverlee (Stroom/LKSD): outbound mail around long-term ill pupils "
           "(TOAH, ziekenhuisschool, Bednet, re-integration, insurer, CLB)", ""]
    seen = set()
    for i, m in enumerate(MAILS, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        msg, env_from, rcpt = build(m, i)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default))
        rules = [r for r in RULE_ORDER if r in m.get("rules", [])]
        assert len(rules) == len(m.get("rules", [])), (fn, m.get("rules"))
        mis = bool(m.get("mis"))
        assert ("recipient" in rules) == mis, fn
        cats = m.get("cats") or []
        assert bool(cats) == ("sensitive" in rules), fn
        about = [KEY[k]["id"] if k in KEY else k for k in m.get("about", [])]
        out.append("%s:" % fn)
        out.append("  rules: %s" % ylist(rules))
        if cats:
            out.append("  categories: {sensitive: %s}" % ylist(cats))
        out.append("  mail_from: %s" % env_from)
        out.append("  rcpt: %s" % ylist(rcpt))
        out.append("  about: %s" % ylist(about))
        out.append("  misdirected: %s" % ("true" if mis else "false"))
        out.append("  note: %s" % yq(m.get("note", "")))
        out.append("  lang: %s" % m.get("lang", "nl"))
        out.append("  format: %s" % ylist(m.get("fmt", ["plain"])))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d mails, %d pupils in roster" % (len(MAILS), len(ROSTER)))


def verify():
    """every .eml has a labels.yaml entry and vice versa; every file parses with the email package"""
    import email
    import re
    emls = {f for f in os.listdir(HERE) if f.endswith(".eml")}
    with open(os.path.join(HERE, "labels.yaml"), encoding="utf-8") as f:
        keys = {m.group(1) for m in re.finditer(r"^(\S+\.eml):$", f.read(), re.M)}
    assert emls == keys, sorted(emls ^ keys)
    for fn in sorted(emls):
        with open(os.path.join(HERE, fn), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=policy.default)
        assert msg["From"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], fn
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        assert not msg.defects, (fn, msg.defects)
    print("verified %d .eml files against labels.yaml; all parse" % len(emls))


if __name__ == "__main__":
    main()
    verify()
