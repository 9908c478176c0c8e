#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch41 - labelled outbound test mail, IT & electronics department, campus Vaartkom (Stroom / LKSD).

Deterministic: fixed dates, fixed Message-IDs, seeded randomness. Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import os
import io
import re
import csv
import html as htmlmod
import random
import zipfile
import datetime
import unicodedata
from email import charset as ecs
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, getaddresses, format_datetime
from email.policy import compat32

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(41)

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def mkdate(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = (datetime.datetime(2024, 3, 31, 2) <= dt < datetime.datetime(2024, 10, 27, 3)) or \
             (datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 3))
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)


def rrn(yy, mm, dd, seq, y2000=True):
    """valid Belgian rijksregisternummer YY.MM.DD-SSS.CC"""
    base = int("%02d%02d%02d%03d" % (yy, mm, dd, seq))
    n = base + (2000000000 if y2000 else 0)
    cc = 97 - (n % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


def iban_be(bank3, acct7):
    """valid Belgian IBAN from a 3-digit bank code and 7-digit account number"""
    ten = "%03d%07d" % (bank3, acct7)
    nat = int(ten) % 97
    if nat == 0:
        nat = 97
    bban = ten + "%02d" % nat
    num = int(bban + "1114" + "00")   # B=11 E=14
    chk = 98 - (num % 97)
    s = "BE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def ogm(n10):
    """Belgian structured payment reference +++ddd/dddd/ddddd+++"""
    c = n10 % 97 or 97
    s = "%010d%02d" % (n10, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


# ---------------------------------------------------------------------------
# Office / PDF / ZIP builders (real files, deterministic)
# ---------------------------------------------------------------------------
ZDATE = (2024, 9, 2, 8, 0, 0)


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return htmlmod.escape(str(s), quote=True)


def make_xlsx(rows, sheet='Blad1', macro=False):
    def colname(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (colname(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % _x(sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % ''.join(xr)
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)]
    if macro:
        files.append(('xl/vbaProject.bin', VBA_BLOB))
    return make_zip(files)


def make_docx(paras, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>') % body
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(('word/vbaProject.bin', VBA_BLOB))
    return make_zip(files)


# a fake but recognisable VBA project stream (OLE header + module text)
VBA_BLOB = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
            b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n  Call Bijwerken\r\nEnd Sub\r\n"
            b"Sub Bijwerken()\r\n  Shell \"cmd /c copy \\\\srv-lab01\\scripts\\sync.cmd %TEMP%\", vbHide\r\nEnd Sub\r\n")


def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 11 Tf', '14 TL', '50 800 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('cp1252', 'replace')
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20240902080000+02'00') >>"
         % esc(title)).encode('cp1252', 'replace'),
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


def fake_exe(label):
    """small PE-looking blob (MZ header, stub text) - never runnable, just recognisable"""
    b = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00")
    b += b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7
    b += b"PE\x00\x00L\x01\x03\x00" + b"\x00" * 32 + label.encode('ascii') + b"\x00" * 64
    return bytes(b)


def fake_iso(label):
    return b"\x00" * 2048 + b"\x01CD001\x01\x00" + b"LINUX" + b" " * 27 + label.encode('ascii').ljust(32) + b"\x00" * 512


def fake_png():
    # 1x1 grey PNG
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                         "3a7e9b550000000a49444154789c63686800000082008177cd72b60000000049454e44ae426082")


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
S = {
    'dir':   'Hilde Vanderstraeten <hilde.vanderstraeten@sintpieterscollege.be>',
    'direc': 'Directie Stroom campus Vaartkom <directie@spc.ksleuven.be>',
    'adj':   'Bart Coppens <bart.coppens@sintpieterscollege.be>',
    'klm':   'Koen Lemmens <koen.lemmens@sintpieterscollege.be>',
    'klm2':  'Koen Lemmens <klm@spc.ksleuven.be>',
    'ldw':   'Leen De Wachter <ldw@spc.ksleuven.be>',
    'ldw2':  'Leen De Wachter <leen.dewachter@sintpieterscollege.be>',
    'jcl':   'Jef Claeys <jef.claeys@sintpieterscollege.be>',
    'psm':   'Pieter Smets <psm@spc.ksleuven.be>',
    'dva':   'Dries Van Aken <dries.vanaken@sintpieterscollege.be>',
    'dva2':  'Dries Van Aken (TA) <dva@spc.ksleuven.be>',
    'ict':   'ICT-helpdesk Stroom <helpdesk@spc.ksleuven.be>',
    'ooms':  'Sara Ooms <sara.ooms@sintpieterscollege.be>',
    'zorg':  'Evi Goossens <evi.goossens@sintpieterscollege.be>',
    'stage': 'Tom Verhaegen <tom.verhaegen@sintpieterscollege.be>',
    'stages': 'Stagebureau campus Vaartkom <stages@spc.ksleuven.be>',
    'secr':  'Leerlingensecretariaat <leerlingensecretariaat@spc.ksleuven.be>',
    'mh':    'Martine Hermans <martine.hermans@sintpieterscollege.be>',
    'boek':  'Boekhouding Stroom <boekhouding@spc.ksleuven.be>',
    'im':    'Ingrid Maes <ingrid.maes@sintpieterscollege.be>',
    'rbe':   'Rachid Benali <rachid.benali@sintpieterscollege.be>',
    'aw':    'Annelies Wuyts <annelies.wuyts@sintpieterscollege.be>',
    'wst':   'Wim Stevens <wim.stevens@sintpieterscollege.be>',
    'evd':   'Ellen Van Damme <ellen.vandamme@sintpieterscollege.be>',
    'dpo':   'Privacy LKSD <privacy@lksd.ksleuven.be>',
    'info':  'Stroom campus Vaartkom <info@spc.ksleuven.be>',
}


def A(key):
    """address only"""
    return getaddresses([S[key]])[0][1]


SIG = {
    'ldw': "Leen De Wachter\nleraar programmeren & databanken | klassenleraar 6IBa\nStroom campus Vaartkom",
    'jcl': "Jef Claeys\nleraar netwerken | klassenleraar 6NP\nStroom - campus Vaartkom, Leuven",
    'klm': "Koen Lemmens\nvakgroepcoördinator ICT & elektronica\nStroom campus Vaartkom",
    'psm': "Pieter Smets\nleraar elektronica / embedded\nStroom campus Vaartkom",
    'dva': "Dries Van Aken\ntechnisch assistent ICT & elektronica\nStroom campus Vaartkom",
    'ooms': "Sara Ooms\nICT-coördinator Stroom\nhelpdesk@spc.ksleuven.be",
    'zorg': "Evi Goossens\nzorgcoördinator campus Vaartkom\nStroom - Leuvense Katholieke Scholen aan de Dijle",
    'stage': "Tom Verhaegen\nstagecoördinator 6de en 7de jaar\nStroom campus Vaartkom",
    'rbe': "Rachid Benali\nleraar webontwikkeling | klassenleraar 6IBb\nStroom campus Vaartkom",
    'aw': "Annelies Wuyts\nleerlingenbegeleiding 2de en 3de graad\nStroom campus Vaartkom",
    'wst': "Wim Stevens\nleraar robotica & elektromechanica - coach robotteam\nStroom campus Vaartkom",
    'dir': "Hilde Vanderstraeten\ndirecteur\nStroom campus Vaartkom\nVaartkom 41, 3000 Leuven",
    'adj': "Bart Coppens\nadjunct-directeur\nStroom campus Vaartkom",
    'mh': "Martine Hermans\nleerlingensecretariaat\nStroom campus Vaartkom",
    'im': "Ingrid Maes\nboekhouding - Stroom campus Vaartkom",
}
# signatures that carry a phone number (=> personal_data)
SIGP = {
    'dva': "Dries Van Aken\ntechnisch assistent ICT & elektronica\nStroom campus Vaartkom | Vaartkom 41, 3000 Leuven\nT 016 29 44 10 | GSM 0472 18 36 90",
    'stage': "Tom Verhaegen\nstagecoördinator 6de en 7de jaar\nStroom campus Vaartkom\ntel. 016 29 44 17",
    'mh': "Martine Hermans\nleerlingensecretariaat\nStroom campus Vaartkom - Vaartkom 41 - 3000 Leuven\n016 29 44 10",
    'zorg': "Evi Goossens\nzorgcoördinator campus Vaartkom\nT +32 16 29 44 22",
    'wst': "Wim Stevens\ncoach robotteam Stroom Vaartkom\n0486 55 21 07",
}
PHONE_FOOT = "\n\nVerzonden vanaf mijn iPhone"

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------
CLASSES = [('1A1', 21), ('1A2', 21), ('1B', 12), ('2A1', 21), ('2A2', 20), ('2BVL', 10),
           ('3EM', 17), ('3IW', 16), ('3ELT', 16), ('4EM', 16), ('4IW', 14), ('4ELT', 16),
           ('5IB', 18), ('5NP', 16), ('5EE', 12), ('6IBa', 15), ('6IBb', 14), ('6NP', 18), ('7ITN', 7)]
assert sum(n for _, n in CLASSES) == 300, sum(n for _, n in CLASSES)

# pupils that the mails are about (fixed ids); (first, last, class, parent1, parent2)
KEY = {
    'P0007': ('Wout', 'Peeters', '6NP', 'geert.peeters@telenet.be', 'katrien.lenaerts@skynet.be'),
    'P0142': ('Lotte', 'Peeters', '4ELT', 'stijn.peeters72@hotmail.com', 'ilse.vandenbroeck@telenet.be'),
    'P0019': ('Yassine', 'El Amrani', '6IBa', 'fatima.elamrani@gmail.com', 'm.elamrani@outlook.com'),
    'P0203': ('Yassine', 'Bouzid', '6IBb', 'karim.bouzid@hotmail.com', ''),
    'P0033': ('Lucas', 'Claes', '6NP', 'kristof.claes@telenet.be', 'els.dhondt@gmail.com'),
    'P0222': ('Hanne', 'Claes', '3IW', 'kristof.claes@telenet.be', 'els.dhondt@gmail.com'),
    'P0188': ('Nina', 'Claessens', '5IB', 'kristof.claessens@telenet.be', 'sarah.claessens@outlook.com'),
    'P0045': ('Noor', 'Wouters', '6IBa', 'bart.wouters@proximus.be', 'liesbeth.wouters@gmail.com'),
    'P0251': ('Jonas', 'Wouters', '3EM', 'dirk.wouters1971@telenet.be', 'hilde.moens@skynet.be'),
    'P0058': ('Emma', 'Janssens', '6IBb', 'tom.janssens@telenet.be', 'evelien.goris@gmail.com'),
    'P0117': ('Mats', 'Janssens', '5NP', 'jan.janssens.1975@gmail.com', 'veerle.janssens@proximus.be'),
    'P0066': ('Arne', 'Vermeulen', '6NP', 'an.vermeulen@telenet.be', 'kris.vermeulen@gmail.com'),
    'P0178': ('Lisa', 'Vermeulen', '2A2', 'an.vermeulen@telenet.be', 'kris.vermeulen@gmail.com'),
    'P0171': ('Febe', 'Verstraeten', '4ELT', 'an.verstraeten@telenet.be', ''),
    'P0072': ('Milan', 'De Wit', '6IBa', 'sofie.maes.sm@telenet.be', 'wim.dw@icloud.com'),
    'P0233': ('Jules', 'De Wit', '2A1', 'sofie.dewit@gmail.com', 'pieter.dewit@skynet.be'),
    'P0112': ('Jarne', 'Willems', '6NP', 'gert.willems@proximus.be', 'ann.vanlaer@telenet.be'),
    'P0125': ('Kato', 'Hendrickx', '6NP', 'bert.hendrickx@gmail.com', 'nele.hendrickx@telenet.be'),
    'P0150': ('Lars', 'Vos', '6IBb', 'kurt.vos@skynet.be', 'marijke.vos@gmail.com'),
    'P0119': ('Lars', 'Mertens', '5NP', 'david.mertens@telenet.be', 'kim.decoster@gmail.com'),
    'P0230': ('Lars', 'Van Dyck', '2A1', 'vandyck.gezin@gmail.com', ''),
    'P0290': ('Elias', 'Dubois', '7ITN', 'marie.dubois@skynet.be', 'olivier.dubois@gmail.com'),
    'P0263': ('Hanne', 'Dumont', '3IW', 'marie.dumont@skynet.be', ''),
    'P0130': ('Bram', 'Coenen', '5NP', 'dirk.coenen@telenet.be', 'veerle.coenen@telenet.be'),
    'P0131': ('Robbe', 'Cools', '5NP', 'dirk.cools@telenet.be', 'sandra.cools@hotmail.com'),
    'P0094': ('Amira', 'Haddad', '6IBb', 'rania.haddad@gmail.com', 'youssef.haddad@outlook.com'),
    'P0207': ('Amir', 'Haddouchi', '4IW', 'n.haddouchi@hotmail.com', ''),
    'P0090': ('Seppe', 'Maes', '6NP', 'joris.maes@proximus.be', 'nathalie.vos@hotmail.com'),
    'P0081': ('Ruben', 'Vandenberghe', '6NP', 'marc.vandenberghe@telenet.be', 'griet.lambrechts@gmail.com'),
    'P0102': ('Ayoub', 'Chaouki', '6IBb', 'samira.chaouki@hotmail.com', ''),
    'P0284': ('Lien', 'Verbeke', '7ITN', 'peter.verbeke@skynet.be', 'greet.verbeke@skynet.be'),
    'P0024': ('Victor', 'Lambert', '6IBa', 'caroline.lambert@icloud.com', 'stefaan.lambert@telenet.be'),
    'P0099': ('Sofia', 'Rossi', '6NP', 'giulia.rossi@gmail.com', 'marco.rossi@proximus.be'),
    'P0027': ('Thibault', 'Leclercq', '6IBa', 'isabelle.leclercq@skynet.be', 'l.leclercq@outlook.com'),
    'P0051': ('Kobe', 'Verhoeven', '6IBb', 'els.verhoeven@telenet.be', ''),
    'P0160': ('Ella', 'Mertens', '5IB', 'bieke.dewolf@telenet.be', 'geert.janssen@gmail.com'),
    'P0121': ('Tibo', 'Aerts', '5NP', 'filip.aerts@telenet.be', 'anja.aerts@skynet.be'),
    'P0163': ('Louise', 'Dewaele', '5IB', 'sabine.dewaele@gmail.com', ''),
    'P0088': ('Stan', 'Huybrechts', '6NP', 'greet.huybrechts@telenet.be', 'paul.huybrechts@proximus.be'),
    'P0060': ('Zoë', 'Lenaerts', '6IBb', 'joost.lenaerts@telenet.be', 'inge.smolders@gmail.com'),
    'P0021': ('Mohamed', 'Ait Lahcen', '6IBa', 'h.aitlahcen@gmail.com', ''),
    'P0085': ('Daan', 'Geerts', '6NP', 'lieve.geerts@telenet.be', 'tom.geerts@gmail.com'),
    'P0148': ('Nathan', 'Van Roy', '4ELT', 'kristel.vanroy@hotmail.com', ''),
    'P0030': ('Eline', 'Jacobs', '6IBa', 'sandra.jacobs@proximus.be', ''),
    'P0127': ('Kian', 'Moreels', '5NP', 'veronique.moreels@gmail.com', ''),
    'P0092': ('Warre', 'Desmet', '6NP', 'hans.desmet@telenet.be', 'katleen.desmet@telenet.be'),
    'P0096': ('Senne', 'Boeckx', '6NP', 'fam.boeckx@gmail.com', ''),
    'P0055': ('Hamza', 'Yilmaz', '6IBb', 'emre.yilmaz@hotmail.com', 'ayse.yilmaz@gmail.com'),
    'P0039': ('Mila', 'Van den Broeck', '6IBa', 'ann.devos@telenet.be', 'thomas.vandenbroeck@gmail.com'),
    'P0287': ('Bilal', 'Ouali', '7ITN', 'rachida.ouali@hotmail.com', ''),
    'P0083': ('Jasper', 'Willaert', '6NP', 'bjorn.willaert@telenet.be', 'lies.willaert@gmail.com'),
    'P0028': ('Marie', 'Declercq', '6IBa', 'sophie.declercq@skynet.be', ''),
    'P0097': ('Ibrahim', 'Diallo', '6NP', 'aminata.diallo@gmail.com', ''),
    'P0057': ('Yasmine', 'Bakkali', '6IBb', 'bakkali.nadia@hotmail.com', 'a.bakkali@gmail.com'),
    'P0053': ('Femke', 'Stroobants', '6IBb', 'wendy.stroobants@telenet.be', ''),
    'P0079': ('Finn', 'Michiels', '6NP', 'kathleen.michiels@telenet.be', 'ben.michiels@proximus.be'),
    'P0035': ('Jens', 'Vermeersch', '6IBa', 'jvermeersch@skynet.be', 'heidi.bos@telenet.be'),
    'P0282': ('Ward', 'Bogaerts', '7ITN', 'ria.bogaerts@telenet.be', ''),
    'P0087': ('Oskar', 'Nowak', '6NP', 'agnieszka.nowak@gmail.com', ''),
    'P0062': ('Aya', 'Benhaddou', '6IBb', 'fatiha.benhaddou@hotmail.com', 'benhaddou.m@gmail.com'),
    'P0124': ('Nand', 'Vercammen', '5NP', 'lut.vercammen@telenet.be', 'dirk.vercammen@skynet.be'),
    'P0037': ('Lore', 'Pauwels', '6IBa', 'pauwels.gezin@telenet.be', ''),
    'P0285': ('Kasper', 'Lemaire', '7ITN', 'christine.lemaire@skynet.be', ''),
    'P0246': ('Jade', 'Lambrecht', '3EM', 'jessy.lambrecht@gmail.com', ''),
    'P0041': ('Robin', 'Schepers', '6IBa', 'ann.schepers@telenet.be', 'luc.schepers@telenet.be'),
    'P0076': ('Lars', 'Goris', '6NP', 'goris.wim@telenet.be', 'evi.tielemans@gmail.com'),
    'P0198': ('Ines', 'Verbeke', '5IB', 'kathy.verbeke@proximus.be', ''),
}

FIRST_M = ['Lucas', 'Liam', 'Noah', 'Louis', 'Arthur', 'Jules', 'Victor', 'Finn', 'Mats', 'Lars', 'Milan', 'Seppe',
           'Wout', 'Jens', 'Robbe', 'Siebe', 'Warre', 'Tuur', 'Kobe', 'Stan', 'Bram', 'Daan', 'Arne', 'Thibo',
           'Vic', 'Emiel', 'Lowie', 'Rune', 'Nathan', 'Elias', 'Mohamed', 'Adam', 'Rayan', 'Youssef', 'Ilyas',
           'Hamza', 'Amine', 'Omar', 'Mehmet', 'Emir', 'Kacper', 'Jakub', 'Andrei', 'Luca', 'Matteo', 'Yannick',
           'Bilal', 'Sami', 'Ayoub', 'Yassine', 'Ruben', 'Jarne', 'Senne', 'Cas', 'Ferre', 'Witse', 'Lander']
FIRST_F = ['Emma', 'Olivia', 'Louise', 'Mila', 'Noor', 'Lotte', 'Nina', 'Hanne', 'Fien', 'Lore', 'Febe', 'Jana',
           'Marie', 'Elise', 'Julie', 'Lien', 'Aya', 'Amira', 'Yasmine', 'Sara', 'Ines', 'Salma', 'Hiba', 'Zeynep',
           'Elif', 'Maja', 'Zuzanna', 'Ana', 'Sofia', 'Chiara', 'Kato', 'Fleur', 'Ella', 'Margot', 'Lisa', 'Zoë',
           'Amber', 'Jade', 'Axelle', 'Lena', 'Nore', 'Luna', 'Imane', 'Meryem']
LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smedt',
        'Dubois', 'Lambert', 'Dupont', 'Hermans', 'Aerts', 'Michiels', 'Smets', 'Vermeulen', 'Van Damme', 'Desmet',
        'Pauwels', 'Declercq', 'Verbeke', 'Stevens', 'Martens', 'Vandenberghe', 'Leclercq', 'Hendrickx', 'Geerts',
        'Cools', 'Coenen', 'Van Loock', 'Lenaerts', 'Verhaegen', 'Thys', 'Vanhoof', 'Bosmans', 'Van Gorp',
        'Timmermans', 'Daems', 'Schepers', 'Luyten', 'Vervoort', 'Swinnen', 'Wauters', 'Moens', 'Ceulemans',
        'Vanderlinden', 'Beckers', 'Verstraeten', 'El Idrissi', 'Benali', 'Bouzid', 'Amrani', 'Yildiz', 'Demir',
        'Kaya', 'Nowak', 'Kowalski', 'Popescu', 'Rossi', 'Ferreira', 'Diallo', 'Mbuyi', 'Kabongo', 'Haddou',
        'Ouali', 'Tahiri', 'Ahmadi', 'Rahimi', 'Vanbrabant', 'Vandevelde', 'Craps', 'Vandormael', 'Nijs']
P_FIRST_M = ['Geert', 'Kristof', 'Bart', 'Tom', 'Koen', 'Wim', 'Dirk', 'Jan', 'Peter', 'Stijn', 'Frederik', 'Joris',
             'Hans', 'Steven', 'Mohamed', 'Ahmed', 'Karim', 'Mustafa', 'Piotr', 'Marco', 'Ludo', 'Filip', 'Sven']
P_FIRST_F = ['An', 'Els', 'Katrien', 'Sofie', 'Veerle', 'Nathalie', 'Ilse', 'Liesbeth', 'Hilde', 'Kathleen',
             'Tine', 'Sarah', 'Griet', 'Nele', 'Evelien', 'Fatima', 'Nadia', 'Samira', 'Khadija', 'Anna', 'Elena',
             'Leen', 'Inge', 'Karen', 'Joke']
PROVIDERS = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com',
             'hotmail.com', 'outlook.com', 'icloud.com', 'live.be', 'scarlet.be']


def build_roster():
    rng = random.Random(4141)
    pupils = {}
    used_parent = set()
    for pid, (f, l, k, a1, a2) in KEY.items():
        pupils[pid] = dict(id=pid, first=f, last=l, cls=k, p1=a1, p2=a2)
        used_parent.update(x for x in (a1, a2) if x)
    free_ids = ['P%04d' % i for i in range(1, 301) if 'P%04d' % i not in KEY]
    rng.shuffle(free_ids)
    need = []
    for cls, n in CLASSES:
        have = sum(1 for p in pupils.values() if p['cls'] == cls)
        assert have <= n, cls
        need += [cls] * (n - have)
    families = []   # (last, p1, p2)

    def new_family(last):
        for _ in range(50):
            pf = rng.choice(P_FIRST_F)
            pm = rng.choice(P_FIRST_M)
            prov = rng.choice(PROVIDERS)
            other = rng.choice(LAST)
            pat = rng.randrange(7)
            if pat == 0:
                a1 = "%s.%s@%s" % (norm(pm), norm(last), prov)
            elif pat == 1:
                a1 = "%s.%s@%s" % (norm(pf), norm(other), prov)       # mother's own name
            elif pat == 2:
                a1 = "%s.%s@%s" % (norm(last), norm(pf), prov)
            elif pat == 3:
                a1 = "fam.%s@%s" % (norm(last), prov)
            elif pat == 4:
                a1 = "%s%s%02d@gmail.com" % (norm(pf), norm(other)[:6], rng.randrange(60, 99))
            elif pat == 5:
                a1 = "%s.%s@%s" % (norm(pf)[0], norm(last), prov)
            else:
                a1 = "%s.%s@%s" % (norm(pm), norm(last), prov)
            a2 = ''
            if rng.random() < 0.6:
                prov2 = rng.choice(PROVIDERS)
                a2 = "%s.%s@%s" % (norm(pf if pat in (0, 6) else pm), norm(other if pat in (0, 6) else last), prov2)
            if a1 in used_parent or (a2 and a2 in used_parent) or a1 == a2:
                continue
            used_parent.add(a1)
            if a2:
                used_parent.add(a2)
            return a1, a2
        raise RuntimeError('no family')

    for cls in need:
        pid = free_ids.pop()
        if families and rng.random() < 0.12:
            last, a1, a2 = rng.choice(families)       # sibling
        else:
            last = rng.choice(LAST)
            a1, a2 = new_family(last)
            families.append((last, a1, a2))
        keynames = {(v[0], v[1]) for v in KEY.values()}
        while True:
            first = rng.choice(FIRST_M if rng.random() < 0.62 else FIRST_F)   # technical school: more boys
            if (first, last) not in keynames:
                break
        pupils[pid] = dict(id=pid, first=first, last=last, cls=cls, p1=a1, p2=a2)
    # pupil addresses
    seen = {}
    for pid in sorted(pupils):
        p = pupils[pid]
        base = "%s.%s" % (norm(p['first']), norm(p['last']))
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            base += str(seen[base])
        p['mail'] = base + '@leerling.sintpieterscollege.be'
    return pupils


ROSTER = build_roster()


def NM(pid):
    p = ROSTER[pid]
    return "%s %s" % (p['first'], p['last'])


def P1(pid):
    return ROSTER[pid]['p1']


def P2(pid):
    return ROSTER[pid]['p2']


def PM(pid):
    return ROSTER[pid]['mail']


def write_roster():
    order = {c: i for i, (c, _) in enumerate(CLASSES)}
    rows = sorted(ROSTER.values(), key=lambda p: (order[p['cls']], p['last'], p['first']))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1',
                    'E-mailadres ouder 2'])
        for p in rows:
            w.writerow([p['id'], p['first'], p['last'], p['cls'], p['mail'], p['p1'], p['p2']])


# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------
MAILS = []


def mail(slug, frm, to, subject, body=None, *, date, cc=(), bcc=(), html=None, mode=None, atts=(), enc='qp',
         cs='utf-8', env_from=None, reply=None, mailer='outlook', rules=(), cats=(), about=(), mis=False,
         note='', lang='nl', fmt=(), extra=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc], subject=subject, body=body,
                      html=html, mode=mode, atts=list(atts), enc=enc, cs=cs, env_from=env_from, reply=reply,
                      mailer=mailer, date=date, rules=list(rules), cats=list(cats), about=list(about), mis=mis,
                      note=note, lang=lang, fmt=list(fmt), extra=extra or {}))


def quote(text, who, when):
    """Outlook-style quoted previous message (no '>' prefixes)"""
    return text


def oq(frm, sent, to, subject, body, cc=None):
    """Outlook 'Van/Verzonden/Aan/Onderwerp' header block + body"""
    h = "\n\n________________________________\nVan: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
    if cc:
        h += "CC: %s\n" % cc
    h += "Onderwerp: %s\n\n" % subject
    return h + body


def gq(intro, body):
    """Gmail/Thunderbird-style '>' quote"""
    lines = body.split('\n')
    return "\n\n" + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)


# ===========================================================================
# 1. mails that carry a credential  (password)
# ===========================================================================
JOLIEN = 'Jolien Peetermans <jolien.peetermans@sintpieterscollege.be>'   # interim teacher
KEVIN = 'Kevin Dumont <kevin.dumont@dijlenet.be>'                        # network engineer, partner company
HACK = 'HackDijle vzw <organisatie@hackdijle.org>'
PJ = 'Pieter-Jan Dierickx <pj.dierickx@datadijle.com>'
LIES = 'Lies Van Hoof <lies.vanhoof@brabosoft.eu>'

mail('wifi-labo-nieuwe-sleutel', S['dva'], [S['psm']], 'nieuwe wifi labo',
     """Pieter,

Nieuwe sleutel voor het IoT-netwerk in het labo (SSID VK-LAB-IOT):
Dijle!Vaart-2024

De oude werkt vanaf maandag niet meer, dus de ESP32's van 5NP moeten opnieuw geflasht worden.

Dries""" + PHONE_FOOT,
     date='2024-09-06 07:42', mailer='iphone', enc='8bit',
     rules=['password'], note='Wi-Fi WPA key for the lab IoT SSID in a short phone mail', fmt=['plain', 'phone'])

mail('reservatiesysteem-gedeelde-login', S['klm'], [S['ldw'], S['wst']],
     'Gedeelde login reservatiesysteem 3D-printers en lasercutter',
     """Dag Leen, dag Wim,

Het nieuwe reservatiesysteem voor de 3D-printers en de lasercutter staat online: https://reservaties.vaartkom.lab

Voorlopig werken we met één vakgroepaccount tot de koppeling met Smartschool in orde is:

gebruikersnaam: vakgroep-ict
wachtwoord: Pr1nt&Laser!VK

Leerlingen reserveren zelf via hun eigen account, jullie hebben de gedeelde login enkel nodig om reservaties goed te keuren of te annuleren.
Graag niet doorgeven aan leerlingen, ook niet aan de GIP-groepen.

Groetjes,
""" + SIG['klm'],
     mode='alt', date='2024-09-10 16:05',
     rules=['password'], note='shared department account password for the booking system', fmt=['alt'])

ENV_GIP = """APP_NAME=Stageplanner
APP_ENV=staging
APP_KEY=base64:q0ZpN3V4Y2h6a2xLd1pTc0x1bU9hR2VmVjJkWXBRcjg=
APP_URL=https://stageplanner.vaartkom.lab

DB_CONNECTION=mysql
DB_HOST=10.41.20.15
DB_PORT=3306
DB_DATABASE=stageplanner
DB_USERNAME=gip_stageplanner
DB_PASSWORD=Vk!gip-2025-planner

MAIL_MAILER=smtp
MAIL_HOST=smtp.vaartkom.lab
MAIL_USERNAME=stageplanner@spc.ksleuven.be
MAIL_PASSWORD=Dijle2025mailer#

MAPBOX_TOKEN=pk.eyJ1IjoidmFhcnRrb20tZ2lwIiwiYSI6ImNsdGZ4cW1ueTBhZ3Mya3BlZ2J3N3Z4aXcifQ.x9Lr2mQf0sTzKcV1aB7pHw
"""
mail('gip-stageplanner-env', S['ldw'], [LIES], 'GIP team 3 - stageplanner: configuratie voor jullie testomgeving',
     """Dag Lies,

Zoals beloofd op de tussentijdse presentatie: het GIP-team 3 van 6IBa heeft de stageplanner op onze testserver gezet.
Om het bij jullie lokaal te laten draaien heb je hun .env-bestand nodig, dat zit in bijlage.
De repo zelf heb je al (branch release/0.9).

Laat maar weten als er nog iets ontbreekt, dan bekijk ik het dinsdag met de leerlingen.

Vriendelijke groeten,

""" + SIG['ldw'],
     date='2025-02-04 12:31', atts=[('.env', ENV_GIP, 'text/plain')],
     rules=['password'], note='.env attachment with DB password, SMTP password and a Mapbox token sent to an external mentor',
     fmt=['plain', 'attachment-env'])

mail('core-switch-running-config', S['jcl'], [KEVIN], 'trunk naar 2e verdieping komt niet op',
     """Hoi Kevin,

Sorry om je weer lastig te vallen. De trunk tussen de core switch in het labo en de access switch op de 2e verdieping komt niet op sinds de stroompanne van vrijdag. Hieronder de relevante stukken uit de running-config van de core (een Catalyst 2960-X):

VK-CORE-01#show running-config
Building configuration...
!
hostname VK-CORE-01
!
enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0
!
username labadmin privilege 15 password 0 VaartLab#2024
username kevin.dijlenet privilege 15 password 0 Dijlenet-tmp-88
!
interface GigabitEthernet1/0/48
 description TRUNK-NAAR-VK-ACC-2E
 switchport trunk allowed vlan 10,20,30,99
 switchport mode trunk
 channel-group 1 mode active
!
line vty 0 4
 password 7 0822455D0A1654
 login local
 transport input ssh
!
end

Aan de andere kant staat het port-channel wel op mode on, misschien is dat het? Ik geraak er pas woensdag terug bij.

Groeten,
""" + SIG['jcl'],
     date='2024-10-14 18:20', mailer='thunderbird', enc='8bit',
     rules=['password'], note='pasted Cisco running-config with plaintext local passwords (password 0) sent to an external engineer',
     fmt=['plain', 'config-snippet'])


def _startww_rows():
    rng = random.Random(415)
    rows = []
    for p in sorted((p for p in ROSTER.values() if p['cls'] == '6IBb'), key=lambda p: (p['last'], p['first'])):
        w = rng.choice(['Kraan', 'Tulp', 'Rivier', 'Brug', 'Molen', 'Wolk', 'Sluis', 'Anker', 'Kade', 'Boei'])
        pw = '%s-%s-%02d' % (w, rng.choice(['Rood', 'Blauw', 'Groen', 'Geel', 'Paars']), rng.randrange(10, 99))
        rows.append((p, p['mail'].split('@')[0], pw))
    return rows


_SW = _startww_rows()
mail('gitea-startwachtwoorden-6ibb', S['ooms'], [S['rbe']], 'Accounts Gitea 6IBb',
     """Hoi Rachid,

De accounts van 6IBb op git.vaartkom.lab zijn aangemaakt. In bijlage de lijst met de startwachtwoorden, de leerlingen moeten die bij de eerste aanmelding zelf wijzigen.
Kan je ze maandag in de les uitdelen (op papier, niet via Smartschool)?

Thx!
""" + SIG['ooms'],
     date='2024-09-13 14:47',
     atts=[('startwachtwoorden_gitea_6IBb.csv',
            'Naam;Voornaam;Klas;Gebruikersnaam;Startwachtwoord\r\n' +
            ''.join('%s;%s;%s;%s;%s\r\n' % (p['last'], p['first'], p['cls'], u, pw) for p, u, pw in _SW),
            'text/csv')],
     rules=['password'], about=[p['id'] for p, _, _ in _SW],
     note='CSV of start passwords for every pupil of 6IBb sent to the class teacher', fmt=['plain', 'attachment-csv'])

mail('hackathon-azure-accounts', S['klm'], [HACK], 'Hackathon 15 maart - tijdelijke cloud-accounts voor onze teams',
     None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif}
table.t td{border:1px solid #A6A6A6;padding:3px 6px;font-size:10.0pt;font-family:"Aptos",sans-serif}
</style></head><body lang="NL-BE"><div class="WordSection1">
<p class="MsoNormal">Beste organisatie,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Zoals gevraagd in jullie draaiboek: hieronder de tijdelijke Azure-accounts die wij voor onze drie teams aangemaakt hebben in de tenant van de school. Zo kunnen jullie jury&#39;s op de dag zelf meekijken in de resource groups.</p><p class="MsoNormal">&nbsp;</p>
<table class="t" cellspacing="0" cellpadding="0"><tr><td><b>Team</b></td><td><b>Account</b></td><td><b>Tijdelijk wachtwoord</b></td><td><b>Resource group</b></td></tr>
<tr><td>VK-Bytes</td><td>hack-team1@spc.ksleuven.be</td><td>Hd25!Vaart-T1x</td><td>rg-hackdijle-t1</td></tr>
<tr><td>Stroomstoring</td><td>hack-team2@spc.ksleuven.be</td><td>Hd25!Vaart-T2q</td><td>rg-hackdijle-t2</td></tr>
<tr><td>404 Sleep Not Found</td><td>hack-team3@spc.ksleuven.be</td><td>Hd25!Vaart-T3m</td><td>rg-hackdijle-t3</td></tr>
<tr><td>Jury (lezen)</td><td>hack-jury@spc.ksleuven.be</td><td>Jury-Dijle-2025</td><td>alle drie</td></tr>
</table><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">De accounts worden op 17 maart automatisch uitgeschakeld.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groeten,</p><p class="MsoNormal">Koen Lemmens<br>vakgroepco&ouml;rdinator ICT &amp; elektronica<br>Stroom campus Vaartkom</p>
</div></body></html>""", mode='alt', date='2025-03-10 10:12',
     rules=['password'], note='Outlook HTML table with temporary cloud account passwords sent to the hackathon organiser',
     fmt=['alt', 'html-table'])

mail('serverlokaal-deurcode', S['dva'], [JOLIEN], 'Re: sleutels en toegang',
     """Dag Jolien,

Welkom in de vakgroep! Een sleutel van B1.07 ligt voor jou klaar op het secretariaat.
De deur van het serverlokaal (A0.03) gaat open met code 4711 gevolgd door #. Als de deur piept na het intikken, gewoon stevig duwen, het slot hapert soms.

Voor de rest vind je mij meestal in het TA-lokaal naast B1.05.

Groeten,
Dries""" + oq('Jolien Peetermans', 'maandag 2 december 2024 08:03', 'Dries Van Aken', 'sleutels en toegang',
             "Hoi Dries,\n\nIk vervang vanaf vandaag Jef Claeys. Hoe geraak ik in B1.07 en het serverlokaal?\n\nJolien"),
     date='2024-12-02 08:21', reply=True,
     rules=['password'], note='door code of the server room given to an interim colleague', fmt=['plain', 'reply'])

mail('sleutelkastje-lasercutter', S['psm'], [S['dva']], 'sleutelkastje',
     """Dries,

Voor als ik er morgen niet ben: het sleutelkastje van de lasercutter staat nu op nul-zes-één-vier (0 6 1 4). De noodstopsleutel hangt aan de linkse haak.

Pieter""",
     date='2024-11-19 21:48', mailer='android', enc='8bit',
     rules=['password'], note='key-safe combination written out in words and digits', fmt=['plain', 'phone'])

mail('printcode-nieuwe-collega', S['mh'], [JOLIEN], 'Je printcode',
     """Dag Jolien,

Je printcode voor de kopieermachines (Konica, gang A en leraarskamer) is 73519.
Je kan die zelf wijzigen via het menu op de machine (Gebruikersinstellingen > Wachtwoord wijzigen).

Groetjes,
""" + SIG['mh'],
     date='2024-12-02 09:10',
     rules=['password'], note='personal printer PIN code', fmt=['plain'])

mail('backupcodes-admin-account', S['ooms'], [S['klm']], 'backupcodes ict-admin',
     """Koen,

Zoals gevraagd de herstelcodes van het account ict-admin@spc.ksleuven.be (vakgroepbeheer), voor als de authenticator-gsm stuk gaat.
Elke code werkt maar één keer.

  8h2k-9df3    5mq1-x7ta
  c4wr-2p8n    0zk6-b3vh
  t9ye-4rj1    6ncu-p2ld
  w1fs-8kq5    3gxa-7mte
  r5pv-1hz9    q2od-6yjc

Bewaar ze a.u.b. in de kluis en gooi deze mail daarna weg.

Sara""",
     date='2024-09-20 17:02',
     rules=['password'], note='list of MFA recovery codes for a shared admin account', fmt=['plain'])

mail('code-github', S['klm'], [S['ldw']], 'code',
     """Leen, die sms-code voor jouw login op het GitHub-account van de vakgroep kwam bij mij binnen: 583 201
Geldig tot 10u25.

K.""" + PHONE_FOOT,
     date='2025-01-21 10:16', mailer='iphone', enc='8bit',
     rules=['password'], note='one-time verification code forwarded to a colleague', fmt=['plain', 'phone'])

mail('leraars-pc-b107', S['jcl'], [JOLIEN], 'Leraars-pc B1.07',
     """Hoi Jolien,

Voor de leraars-pc in B1.07 (die met het smartboard) log je in met de lokale account 'leraar'. Het wachtwoord spel ik even uit, want de vorige keer was er verwarring met de hoofdletters:

hoofdletter K, dan 'abel' in kleine letters, dan het getal 42, dan een sterretje, en dan 'Vaart' met een hoofdletter V.

Dus alles aan elkaar. Succes met 6NP, het is een leuke klas (meestal).

Jef""",
     date='2024-12-02 07:35',
     rules=['password'], note='password of the teacher PC spelled out letter by letter', fmt=['plain'])

mail('labadmin', S['dva'], [S['psm']], 'labadmin',
     """Gebruiker: labadmin
Ww:
Solder
Bout
-77!

(aan elkaar typen, zonder spaties)

Dries""",
     date='2024-10-02 13:05', mailer='android', enc='8bit',
     rules=['password'], note='admin password split over three lines', fmt=['plain', 'phone'])

mail('vpn-stagiaire-solvaro', S['stage'], ['Julien Lambert <julien.lambert@solvaro.be>'],
     'Stage Thibault Leclercq - accès VPN',
     """Bonjour Monsieur Lambert,

Comme convenu lors de notre entretien téléphonique, voici les accès VPN pour que notre stagiaire Thibault Leclercq puisse continuer à travailler sur le serveur de l'école depuis vos bureaux à Wavre :

Serveur : vpn.vaartkom.lab (OpenVPN, profil en pièce jointe sur demande)
Utilisateur : stage-solvaro
Mot de passe : Pont-Neuf-88!

Le compte est actif jusqu'au 28 mars. Thibault commence lundi à 8h30 ; il apporte son ordinateur portable et ses chaussures de sécurité.

Bien à vous,

Tom Verhaegen
coordinateur des stages
Stroom campus Vaartkom, Leuven""",
     date='2025-02-27 15:40', lang='fr', about=['P0027'],
     rules=['password'], note='VPN password for an intern given to the French-speaking company mentor; practical only, no sensitive fact',
     fmt=['plain'])

mail('github-token-sponsor', S['klm'], ['Daniel Hughes <daniel.hughes@quantixlabs.io>'],
     'Access token for the Stroom-Vaartkom GitHub org',
     """Hi Daniel,

Thanks again for sponsoring the hackathon and for lending us three mentors. As discussed, here is a fine-grained token for our school organisation so your mentors can open issues and review pull requests on the team repositories:

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4

It has read/write on issues and pull requests only, and expires on 31 March.

Best regards,
Koen Lemmens
ICT & electronics department, Stroom campus Vaartkom (Leuven, Belgium)""",
     date='2025-03-06 09:30', lang='en',
     rules=['password'], note='GitHub personal access token sent to an external sponsor', fmt=['plain'])

mail('weerstation-robin', S['ldw'], [PM('P0041')], 'API-sleutel voor je weerstation',
     """Dag Robin,

Je vroeg in de les naar een API-sleutel omdat je gratis account geblokkeerd was. Gebruik voorlopig die van de vakgroep, maar zet hem NIET in je publieke repo (gebruik een .env en zet die in .gitignore):

    import requests

    API_KEY = "7f3c9a1e5b2d48c6a0e9f1b37d45c2a8"
    url = f"https://api.openweathermap.org/data/2.5/weather?q=Leuven,BE&appid={API_KEY}&units=metric"
    print(requests.get(url, timeout=5).json()["main"]["temp"])

Succes, het project ziet er goed uit.

Mevr. De Wachter""",
     date='2024-11-07 16:55', about=['P0041'],
     rules=['password'], note='API key in a pasted code snippet sent to a pupil; no sensitive fact', fmt=['plain', 'code-snippet'])

mail('deploy-key-runner', S['dva'], [S['jcl']], 'deploy key runner',
     """Jef, hier de private key voor de Gitea-runner op srv-lab02 (voor de deploy naar de webserver van 6IBb). Zet hem in /home/runner/.ssh/id_ed25519 met chmod 600.

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk3vQy7mJ4kq9ZpXwN0aT1cL8sRbH2eUoYgF5iPzdW6gAAAJiA3nQ7gN50
OwAAAAtzc2gtZWQyNTUxOQAAACDk3vQy7mJ4kq9ZpXwN0aT1cL8sRbH2eUoYgF5iPzdW6g
AAAEBkX2mP9vL0cQ8tR3yN6wE1sA4uJ7hG5fD2kB9zC0xV8uTe9DLuYniSr1mlfA3RpPVw
vyxFsfZ5ShiAXmI/N1bqAAAAEHJ1bm5lckBzcnYtbGFiMDIBAgMEBQ==
-----END OPENSSH PRIVATE KEY-----

Dries""",
     date='2024-10-09 11:22', mailer='thunderbird', enc='8bit',
     rules=['password'], note='SSH private key pasted into a mail to a colleague', fmt=['plain', 'config-snippet'])

mail('docker-compose-stageplanner', S['rbe'], [PJ], 'Re: opzet testomgeving',
     """Dag Pieter-Jan,

Hieronder onze docker-compose zoals hij nu op de testserver draait; de leerlingen hebben jullie voorbeeld gevolgd maar Postgres start niet op jullie runner. Misschien zie jij het sneller dan wij.

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: stageplanner
      POSTGRES_PASSWORD: Dijle_db_2025!
      POSTGRES_DB: stageplanner
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    ports:
      - "8080:8080"
    environment:
      DATABASE_URL: postgresql://stageplanner:Dijle_db_2025!@db:5432/stageplanner
    depends_on:
      - db
volumes:
  pgdata:

Alvast bedankt,
""" + SIG['rbe'] + oq('Pieter-Jan Dierickx', 'woensdag 22 januari 2025 14:10', 'Rachid Benali', 'opzet testomgeving',
                      "Dag Rachid,\n\nKan je mij de compose-file eens doorsturen? Dan kijk ik waarom het bij ons niet start.\n\nPJ\n\n--\nPieter-Jan Dierickx | DataDijle NV"),
     date='2025-01-22 16:48', reply=True,
     rules=['password'], note='docker-compose with database password sent to an external partner', fmt=['plain', 'reply', 'config-snippet'])

mail('connectiestring-root', S['rbe'], [S['ldw']], 'db stageplanner',
     """Leen,

Voor je les van morgen kan je rechtstreeks op de db:

mysql://root:Vaartkom-root-19@10.41.20.15:3306/stageplanner

Niet aan de leerlingen tonen, die hebben hun eigen user.

R.""",
     date='2025-02-10 21:14', mailer='android', enc='8bit',
     rules=['password'], note='database connection string with root password', fmt=['plain', 'phone'])

mail('bitlocker-herstelsleutel', S['ooms'], [S['wst']], 'RE: laptop vraagt herstelsleutel',
     """Dag Wim,

Hier is de BitLocker-herstelsleutel van je laptop LT-VK-0231 (sleutel-ID begint met 3C4F1A2B):

412346-030250-117986-523457-690558-201927-348811-066242

Daarna gewoon opnieuw opstarten. Als hij het blijft vragen, breng hem even binnen op de helpdesk.

Sara""" + oq('Wim Stevens', 'dinsdag 14 januari 2025 07:58', 'ICT-helpdesk Stroom', 'laptop vraagt herstelsleutel',
             "Mijn laptop vraagt na de update een herstelsleutel en ik moet om 8u25 lesgeven...\n\nWim"),
     date='2025-01-14 08:05', reply=True,
     rules=['password'], note='BitLocker recovery key in a helpdesk reply', fmt=['plain', 'reply'])

_VOUCHERS = '\r\n'.join('%02d  %s' % (i + 1, c) for i, c in enumerate([
    'VK7-QM4-2HT', 'VK7-LX9-8RD', 'VK7-PB3-6WE', 'VK7-ZN5-1KA', 'VK7-TF8-3YU', 'VK7-HG2-9CS', 'VK7-MD6-4VB',
    'VK7-RJ1-7PL', 'VK7-WK4-5NQ', 'VK7-CS7-2XE', 'VK7-YB9-6GF', 'VK7-NU3-8TD', 'VK7-EA5-1ZM', 'VK7-KP8-4HR',
    'VK7-GX2-7LW', 'VK7-SD6-3QB', 'VK7-BM1-9VC', 'VK7-FT4-5JN', 'VK7-UR7-2KS', 'VK7-LC9-6PA']))
mail('hackathon-wifi-vouchers', S['klm'], [HACK], 'wifi-vouchers voor de mentoren',
     """Hallo,

In bijlage 20 vouchers voor het gastnetwerk VK-GAST, voor jullie mentoren en jury op 15 maart. Elke voucher is 24u geldig vanaf de eerste aanmelding, 1 toestel per voucher.

Groeten,
Koen""",
     date='2025-03-12 15:20',
     atts=[('vouchers_VK-GAST_15maart.txt',
            'Gastnetwerk VK-GAST - vouchers HackDijle 15/03/2025\r\nGeldig 24u na eerste gebruik\r\n\r\n' + _VOUCHERS + '\r\n',
            'text/plain')],
     rules=['password'], note='txt attachment with Wi-Fi access voucher codes', fmt=['plain', 'attachment-txt'])

mail('co-account-smartschool', S['secr'], [P1('P0246')], 'Uw co-account Smartschool',
     """Beste mevrouw Lambrecht,

U vroeg ons om een nieuwe toegang tot Smartschool, omdat de brief van september verloren was gegaan.
Hieronder de gegevens van uw co-account bij het account van Jade:

Adres: https://sintpieterscollege.smartschool.be
Gebruikersnaam: jade.lambrecht
Kies bij het aanmelden: co-account 1
Startwachtwoord: kq7-Mure-29

Bij de eerste aanmelding vraagt Smartschool u om zelf een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
""" + SIG['mh'],
     date='2024-10-08 11:37', about=['P0246'],
     rules=['password'], note='start password of a parent co-account; correctly addressed to the pupil\'s parent, no sensitive fact',
     fmt=['plain'])

mail('lasercutter-pc-lokale-admin', S['psm'], [S['dva']], 'RDWorks update',
     """Dries,

Kan jij RDWorks updaten op de pc van de lasercutter (VK-LC01)? Lokale admin daar is .\\beheer met wachtwoord L4ser!Cut-2024 (heb ik in oktober zo gezet).
De nieuwe versie staat op de S-schijf onder Software\\Laser.

Merci,
Pieter""",
     date='2024-11-28 12:44',
     rules=['password'], note='local administrator password of the laser cutter PC', fmt=['plain'])

mail('wireguard-config-labo', S['jcl'], [KEVIN], 'wg-config voor remote beheer labo',
     """Kevin,

Zoals afgesproken: in bijlage de WireGuard-config voor jouw laptop, zodat je volgende week van bij jullie de nieuwe access points in het labo kan configureren. Het profiel geeft alleen toegang tot VLAN 99 (beheer).

Groeten,
Jef""",
     date='2025-01-09 17:03',
     atts=[('wg-vk-kevin.conf', """[Interface]
# Kevin Dumont - Dijlenet - beheer labo VK
PrivateKey = aK3mF9xQ2vL7nR0tY5uW8zB1cE4gH6jD9sP2oN5iM0Q=
Address = 10.41.99.50/32
DNS = 10.41.99.1

[Peer]
PublicKey = Vq7nZ2xB5cM8kL1jH4gF7dS0aP3oI6uY9tR2eW5qE8w=
PresharedKey = 3Fh8Kp2Lq9Wx5Zt1Nv7Bm4Cr6Yj0Gs3Du8Ea2Hk5Pc=
Endpoint = vpn.vaartkom.lab:51820
AllowedIPs = 10.41.99.0/24
""", 'text/plain')],
     rules=['password'], note='.conf attachment with a WireGuard private key and preshared key', fmt=['plain', 'attachment-conf'])

mail('vervanging-alles-wat-je-nodig-hebt', S['ldw'], [JOLIEN], 'Vervanging 6IBa: alles op een rij',
     """Dag Jolien,

Fijn dat je mijn uren in 6IBa overneemt tijdens mijn afwezigheid. Alles op een rij:

1. Lesvoorbereidingen staan in Teams > Vakgroep ICT > Bestanden > 6IBa Programmeren.
2. Het labo B1.07: leerlingen loggen in met hun eigen schoolaccount.
3. Leraarsaccount op de labo-pc's (voor de beamer en de software-installaties):
   gebruiker: VK\\leraar-lab
   wachtwoord: Vaartkom2024!Lab
4. Punten graag in Skore, deadline voor het DW-rapport is 13 december.
5. De GIP-teams werken zelfstandig, ze weten wat ze moeten doen. Team 3 (stageplanner) heeft soms een duwtje nodig.

Bij vragen mag je me gerust mailen, ik lees af en toe.

Groetjes,
Leen""",
     date='2024-11-25 19:02', enc='b64',
     rules=['password'], note='handover mail with shared teacher account password; base64 body', fmt=['plain', 'plain-base64'])

mail('gedeeld-account-robotteam', S['ooms'], [S['psm'], S['wst']], 'Gedeeld account robotteam',
     None, html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dag Pieter, dag Wim,</p>
<p>Het gedeelde Microsoft 365-account voor het robotteam is aangemaakt. Jullie kunnen het gebruiken voor de inschrijvingen bij RoboVaart en voor de Teams-groep met de leerlingen.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 8px"><b>Account</b></td><td style="padding:2px 8px">robotteam@spc.ksleuven.be</td></tr>
<tr><td style="padding:2px 8px"><b>Wachtwoord</b></td><td style="padding:2px 8px">Robo-Team_Vk25</td></tr>
</table>
<p>MFA staat nog niet aan, dat doen we na de wedstrijd.</p>
<p>Groetjes,<br>Sara Ooms<br>ICT-co&ouml;rdinator Stroom</p>
</body></html>""", mode='html', date='2025-02-18 13:27', enc='qp',
     rules=['password'], note='HTML-only quoted-printable mail with shared account password in a table', fmt=['html-only', 'html-qp'])

mail('paswoord-leraarsaccount', S['wst'], [S['dva']], 'paswoord leraarsaccount veranderd',
     """Dries,

Ik heb het paswoord van de gedeelde leraarsaccount op de Arduino-pc's (labo B0.12) veranderd, het oude stond op een post-it aan het bord...
Het is nu: Zomer€2025-bé
(ja, met een euroteken en een é, dan kunnen de leerlingen het tenminste niet raden)

Wil jij het aanpassen in de handleiding op de S-schijf?

Wim""",
     date='2024-09-27 16:31', cs='windows-1252', enc='qp',
     rules=['password'], note='new shared account password with non-ASCII characters, Windows-1252 body', fmt=['plain', 'plain-cp1252'])

mail('fwd-tijdelijk-wachtwoord-cloudnest', S['klm'], [PM('P0079'), PM('P0087')],
     'FW: Your CloudNest account is ready',
     """Finn, Oskar,

Hieronder de login voor de cloud-VM van jullie hackathonproject. Eerst inloggen en wachtwoord wijzigen, dan MFA aanzetten.

Mr. Lemmens

-----Oorspronkelijk bericht-----
Van: CloudNest <no-reply@cloudnest.eu>
Verzonden: maandag 3 maart 2025 09:12
Aan: Koen Lemmens <koen.lemmens@sintpieterscollege.be>
Onderwerp: Your CloudNest account is ready

Welcome to CloudNest Education!

Your project "vk-hack-team2" has been created.

Console: https://console.cloudnest.eu
Username: vk-hack-team2
Temporary password: Tq9#mL2v-Xr7p

You will be asked to change this password at first login.

The CloudNest team""",
     date='2025-03-03 09:40', rules=['password'],
     note='forwarded automatic mail with a temporary password, sent on to two pupils (recipients, not subject)',
     fmt=['plain', 'forward'])

mail('alarmcode-atelier-zaterdag', S['adj'], [S['wst']], 'zaterdag atelier',
     """Wim,

Voor zaterdag (voorbereiding robotwedstrijd): het alarm van het atelier zet je uit met 1973 en dan de knop OFF. Bij het buitengaan 1973 en ON, je hebt dan 45 seconden.
De conciërge is er niet, dus zeker niet vergeten.

Bart""",
     date='2025-03-20 17:55',
     rules=['password'], note='alarm code of the workshop', fmt=['plain'])

mail('beheeraccounts-labo', S['ooms'], [S['jcl']], 'Overzicht beheeraccounts netwerkapparatuur labo',
     """Hoi Jef,

In bijlage het overzicht dat je vroeg van alle netwerkapparatuur in het labo met de beheeraccounts, voor je lessen van het tweede semester.
Ik heb de accounts van de productieswitches eruit gelaten, dit zijn enkel de labo-toestellen.

Sara""",
     date='2025-01-31 10:02',
     atts=[('beheeraccounts_labo_2025.xlsx', make_xlsx([
         ['Toestel', 'Locatie', 'IP beheer', 'Gebruiker', 'Wachtwoord', 'Opmerking'],
         ['VK-LAB-SW01', 'B1.07 rek 1', '10.41.99.11', 'admin', 'LabSw01!vk', 'Catalyst 2960'],
         ['VK-LAB-SW02', 'B1.07 rek 1', '10.41.99.12', 'admin', 'LabSw02!vk', 'Catalyst 2960'],
         ['VK-LAB-R01', 'B1.07 rek 2', '10.41.99.21', 'cisco', 'Rtr-Lab-2025', 'ISR 4321'],
         ['VK-LAB-AP01', 'B1.07 plafond', '10.41.99.31', 'ubnt', 'Ap!Vaartkom31', 'UniFi U6'],
         ['VK-LAB-FW01', 'B1.07 rek 2', '10.41.99.1', 'root', 'Sense-Lab#77', 'OPNsense'],
     ], sheet='Labo'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
     rules=['password'], note='xlsx attachment listing management passwords of lab network devices',
     fmt=['plain', 'attachment-xlsx'])

mail('handleiding-3d-printers', S['dva'], [JOLIEN], 'Handleiding 3D-printers',
     """Dag Jolien,

In bijlage de handleiding van de 3D-printers (Prusa MK4 x3 en de Bambu X1) voor de lessen CAD in 4ELT. Lees vooral het stuk over het wisselen van filament, daar loopt het meestal mis.

Groeten,
Dries""",
     date='2024-12-03 14:20',
     atts=[('Handleiding_3D-printers_VK.docx', make_docx([
         'Handleiding 3D-printers - labo B0.12 - campus Vaartkom',
         'Versie december 2024 - Dries Van Aken',
         '1. Reserveren: via reservaties.vaartkom.lab, minstens 24 uur op voorhand.',
         '2. Printjobs worden ingestuurd via OctoPrint op http://octoprint.vaartkom.lab',
         '   Beheerdersaccount OctoPrint (enkel voor leraars): printbeheer / Filament#88',
         '3. Filament wisselen: eerst voorverwarmen tot 215 graden, dan pas uittrekken.',
         '4. Na elke print het bed laten afkoelen en met IPA reinigen.',
         '5. Problemen: melden bij de TA, niet zelf aan de firmware prutsen.',
     ]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
     rules=['password'], note='docx manual containing the OctoPrint admin password', fmt=['plain', 'attachment-docx'])

mail('wifi-wedstrijddag', S['klm'], ['RoboVaart Challenge <info@robovaart.be>'], 'Wifi sporthal wedstrijddag',
     """Beste,

Zoals afgesproken ontvangen jullie in bijlage de wifi-gegevens voor de wedstrijddag in onze sporthal, voor de jurylaptops en de livestream.

Met vriendelijke groet,
Koen Lemmens""",
     date='2025-04-22 11:45',
     atts=[('wifi_sporthal_robovaart.pdf', make_pdf([
         'RoboVaart Challenge - zaterdag 10 mei 2025 - sporthal campus Vaartkom',
         '',
         'Netwerk voor jury en organisatie',
         'SSID: VK-EVENT',
         'Beveiliging: WPA2-Personal',
         'Sleutel: RoboVaart-2025-Hal',
         '',
         'Netwerk livestream (bekabeld, poort 12-16 in de regiekamer): DHCP',
     ], title='Wifi sporthal'), 'application/pdf')],
     rules=['password'], note='PDF attachment with the Wi-Fi key for an event', fmt=['plain', 'attachment-pdf'])

mail('re-kan-niet-aanmelden-git', S['klm'], [S['ldw']], 'Re: kan niet meer aanmelden op git',
     """Leen,

Ik heb je wachtwoord op git.vaartkom.lab gereset naar Welkom-VK-7731
Bij de eerste aanmelding moet je een nieuw kiezen.

Koen""" + gq("Op 12 feb 2025 om 08:14 schreef Leen De Wachter <ldw@spc.ksleuven.be>:",
             "Koen, ik ben gelockt op Gitea na te veel pogingen. Kan jij iets doen? Les om 10u.\n\nLeen"),
     date='2025-02-12 08:40', reply=True, mailer='thunderbird', enc='8bit',
     rules=['password'], note='reset password given by mail', fmt=['plain', 'reply'])

mail('robot-pi-ssh-logs', S['wst'], ['Jury RoboVaart <jury@robovaart.be>'], 'Re: logs robot team Vaartkom',
     """Beste jury,

Geen probleem. Onze robot draait op een Raspberry Pi 5. Als jullie tijdens de keuring de logs willen bekijken kan dat via het wedstrijdnetwerk:

ssh robot@10.0.7.21
wachtwoord: r0b0t-VK-ssh

De logs staan in /home/robot/runs/.

Sportieve groeten,
Wim Stevens""" + oq('Jury RoboVaart', 'donderdag 8 mei 2025 16:02', 'Wim Stevens', 'logs robot team Vaartkom',
                    "Beste coach,\n\nVoor de technische keuring willen we graag de logbestanden van de autonome run kunnen inkijken. Hoe kunnen we daar aan?\n\nJury RoboVaart"),
     date='2025-05-08 20:11', reply=True,
     rules=['password'], note='SSH password of the robot controller given to the competition jury', fmt=['plain', 'reply'])

mail('mfa-labo-nas', S['ooms'], [S['klm']], 'MFA voor de labo-NAS',
     """Koen,

Voor het gedeelde beheeraccount op de labo-NAS (nas-lab01) staat nu 2FA aan. Voeg dit geheim toe in je authenticator-app (handmatig invoeren, type TOTP, 6 cijfers, 30 s):

JBSWY3DPEHPK3PXP-VKNAS-Q4TZ

Of gebruik deze URI:
otpauth://totp/nas-lab01:beheer?secret=JBSWY3DPEHPK3PXPVKNASQ4TZ&issuer=Synology

Sara""",
     date='2024-10-17 15:33',
     rules=['password'], note='TOTP seed of a shared admin account', fmt=['plain'])

mail('re-wachtwoord-synology', S['dva'], [S['klm']], 'RE: NAS',
     """admin / Syn0logy-Vaart!

(dat is nog het oude, ik heb het niet veranderd na de update)

Dries""" + oq('Koen Lemmens', 'vrijdag 18 oktober 2024 09:47', 'Dries Van Aken', 'NAS',
             "Dries, wat was het wachtwoord van de Synology ook alweer? Ik moet de back-uptaak aanpassen.\n\nKoen"),
     date='2024-10-18 09:52', reply=True,
     rules=['password'], note='short reply giving the NAS admin password', fmt=['plain', 'reply'])

mail('robot-arm-controller-pin', S['psm'], ['Armatek Support <support@armatek.eu>'], 'Case #AT-22871 - controller stuck on calibration',
     """Hello,

Our Armatek RA-6 educational robot arm (serial RA6-2023-00418) is stuck on the calibration screen since the last firmware update (v3.2.1).
We tried the steps from your knowledge base article KB-0412 without success.

To log in on the controller we use operator PIN 0614 and admin PIN 7723, in case your technician wants to connect remotely via the service tool.

Could you send us the previous firmware or a recovery procedure?

Kind regards,
Pieter Smets
electronics teacher, Stroom campus Vaartkom (Leuven, Belgium)""",
     date='2025-01-27 13:15', lang='en',
     rules=['password'], note='operator and admin PINs of a robot controller sent to a vendor', fmt=['plain'])

mail('ww-proxmox', S['dva'], [S['jcl']], 'ww proxmox = Pr0x-Lab!41',
     """zie onderwerp, login root@pam

D.""" + PHONE_FOOT,
     date='2024-11-05 08:02', mailer='iphone', enc='8bit',
     rules=['password'], note='password placed in the subject line', fmt=['plain', 'phone'])

mail('nieuw-wachtwoord-hanne-claes', S['ict'], [P1('P0222')], 'Account Hanne Claes (3IW)',
     """Beste heer Claes,

Hanne liet ons weten dat ze sinds de vakantie niet meer kon inloggen op haar schoolaccount. We hebben het wachtwoord opnieuw ingesteld.

Haar tijdelijk wachtwoord is: Sneeuw-Lamp-42

Bij de eerste aanmelding moet ze zelf een nieuw wachtwoord kiezen. Wil u dit aan haar doorgeven?

Met vriendelijke groeten,
ICT-helpdesk Stroom campus Vaartkom""",
     date='2024-11-04 10:20', about=['P0222'],
     rules=['password'], note='temporary pupil password sent to the right parent (Claes, not Claessens)', fmt=['plain'])

mail('qr-robotstand', S['dva'], [S['wst']], 'QR voor de robotstand',
     """Wim,

Voor de QR-code op het bord aan jullie stand op de infodag, gewoon deze tekst in een QR-generator plakken:

WIFI:T:WPA;S:VK-DEMO;P:Demo-Robot-Vaart5;;

Dan kunnen bezoekers met hun gsm meteen op het demonetwerk.

Dries""",
     date='2025-03-26 12:02',
     rules=['password'], note='Wi-Fi QR payload containing the network key', fmt=['plain'])


# ===========================================================================
# 2. look-alikes: about passwords / codes, but no secret that opens something
# ===========================================================================
mail('melding-wachtwoord-verloopt', S['ooms'], [S['psm']], 'RE: melding "uw wachtwoord verloopt"',
     """Dag Pieter,

Die melding is echt, geen phishing. Je schoolwachtwoord verloopt om de 365 dagen. Zo wijzig je het:

1. Ga naar https://mysignins.microsoft.com/security-info (of via Office.com > je initialen > Account bekijken).
2. Kies "Wachtwoord wijzigen".
3. Geef je huidige wachtwoord en daarna twee keer het nieuwe.
4. Meld je daarna op je laptop een keer af en terug aan, dan pikt Outlook het op.

Tip: neem een zin van een paar woorden, die is langer en makkelijker te onthouden dan iets met veel rare tekens.

Sara""" + oq('Pieter Smets', 'maandag 7 oktober 2024 12:40', 'ICT-helpdesk Stroom', 'melding "uw wachtwoord verloopt"',
             "Ik krijg een melding dat mijn wachtwoord binnen 5 dagen verloopt. Is dat echt of is dat weer zo'n phishingmail?\n\nPieter"),
     date='2024-10-07 13:05', reply=True,
     rules=[], note='look-alike: how to change an expiring password, no password in it', fmt=['plain', 'reply'])

mail('helpdesk-robotteam-account', S['ict'], [S['wst']], 'RE: nieuw wachtwoord robotteam-account?',
     """Dag Wim,

Wij sturen nooit wachtwoorden via mail of Smartschool, ook niet intern (zie het communicatiebeleid, §3). Kom even langs op de helpdesk in A0.05 (elke dag tussen 12u en 13u), dan stellen we het samen opnieuw in.

Groeten,
ICT-helpdesk Stroom""" + oq('Wim Stevens', 'dinsdag 25 februari 2025 08:12', 'ICT-helpdesk Stroom', 'nieuw wachtwoord robotteam-account?',
                              "Kunnen jullie mij het nieuwe wachtwoord van het robotteam-account mailen? Het oude werkt niet meer.\n\nWim"),
     date='2025-02-25 09:30', reply=True,
     rules=[], note='look-alike: refuses to send a password, asks to come to the helpdesk', fmt=['plain', 'reply'])

mail('bestelling-filament', S['dva'], ['Printlab Supplies <bestellingen@printlab-supplies.be>'], 'Bestelling PO-2024-0387 - levering?',
     """Goedemiddag,

Op 23 september bestelden wij 12 rollen PLA en 6 rollen PETG (onze bestelbon PO-2024-0387, jullie ordernummer 4500123987, klantnummer 100234).
Volgens de track-and-trace (zendingsnummer CX482916753BE) staat het pakket al een week "in sortering".

Kunnen jullie nagaan waar het blijft? We hebben het filament nodig voor de GIP-projecten.

Leveradres: Stroom campus Vaartkom, t.a.v. Dries Van Aken, Vaartkom 41, 3000 Leuven (levering via de poort aan de Vaartstraat).

Met vriendelijke groeten,
Dries Van Aken""",
     date='2024-10-03 13:17',
     rules=[], note='look-alike: order, customer and tracking numbers that open nothing', fmt=['plain'])

mail('lokaalwissels-week-45', S['klm'], [S['ldw'], S['jcl'], S['psm']], 'Lokaalwissels volgende week',
     """Hallo allemaal,

Door de werken aan de serverruimte zijn er volgende week enkele lokaalwissels:

- maandag t.e.m. woensdag: B1.07 -> B2.14 (de pc's daar zijn klaar, image 2024-10)
- serverlokaal A0.03 is dicht, het rek van het labo hangt tijdelijk in A0.01
- de lessen elektronica van Pieter blijven in B0.12, maar zonder netwerk op tafel 5-8

De code van de kluiskast voor de laptopkarren blijft dezelfde, Dries heeft hem niet gewijzigd.

Koen""",
     date='2024-10-31 15:02',
     rules=[], note='look-alike: room numbers; mentions a code without giving it', fmt=['plain'])

mail('teams-uitnodiging-stagebezoek', S['stage'], [PJ], 'Online stagebespreking - Microsoft Teams',
     None, html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dag Pieter-Jan,</p>
<p>Zoals afgesproken doen we de tussentijdse stagebespreking online. Hieronder de uitnodiging.</p>
<p>Groeten,<br>Tom Verhaegen<br>stagecoördinator 6de en 7de jaar<br>Stroom campus Vaartkom</p>
<div style="width:100%;border-top:1px solid #ccc;margin-top:20px;padding-top:10px">
<span style="font-size:18pt;color:#252424">Microsoft Teams-vergadering</span><br>
<b>Deelnemen op uw computer, in uw mobiele app of op een apparaat voor ruimten</b><br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ4ZTk3NmQtYzFhMi00YjJlLWE4ZDQtNTI3ZTFmMWVhYzE4%40thread.v2/0?context=%7b%22Tid%22%3a%227d3a9e52-bf4c-4a8e-9b1d-5c2e8f6a0b47%22%7d">Klik hier om deel te nemen aan de vergadering</a><br>
Vergaderings-id: 361 884 209 512<br>
Wachtwoordcode: q7Vb2X<br>
<a href="https://www.microsoft.com/nl-nl/microsoft-teams/download-app">Teams downloaden</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Deelnemen op internet</a><br>
<a href="https://aka.ms/JoinTeamsMeeting">Meer informatie</a> | <a href="https://teams.microsoft.com/meetingOptions/">Opties voor vergadering</a>
</div></body></html>""", mode='alt', date='2025-02-11 09:45',
     rules=[], note='look-alike: Teams invitation with meeting passcode (allowed)', fmt=['alt', 'meeting-invite'])

mail('zoom-infosessie-mentoren', S['klm'], ['Daniel Hughes <daniel.hughes@quantixlabs.io>'], 'Mentor briefing - Zoom link',
     """Hi Daniel,

Here is the link for Thursday's short briefing for the hackathon mentors (20 minutes, 17:00 CET):

Join Zoom Meeting
https://us06web.zoom.us/j/84512093376?pwd=bWV0dG9yQnJpZWZpbmcyMDI1

Meeting ID: 845 1209 3376
Passcode: 482913

See you then,
Koen""",
     date='2025-03-04 16:10', lang='en',
     rules=[], note='look-alike: Zoom meeting link with passcode, part of an invitation (allowed)', fmt=['plain', 'meeting-invite'])

mail('vakcodes-hogeschool', S['ldw'], ['Studentenadministratie HD Leuven <studentenadministratie@hogeschooldijleland.be>'],
     'Vrijstellingen ex-leerlingen 6IB - vakcodes',
     """Geachte,

Op uw vraag bezorg ik u de officiële benamingen en interne vakcodes van onze opleiding Informaticabeheer (6de jaar), zodat u vrijstellingsaanvragen van onze oud-leerlingen makkelijker kan koppelen:

ICT-6-IB-01  Programmeren (Python, C#)            4 u/week
ICT-6-IB-02  Databanken (SQL, datamodellering)    2 u/week
ICT-6-IB-03  Webontwikkeling                      3 u/week
ICT-6-NP-03  Netwerken (CCNA 1 en 2)              3 u/week
ICT-6-IB-07  Geïntegreerde proef                  2 u/week

De leerplannen zelf vindt u op de website van Katholiek Onderwijs Vlaanderen.

Met vriendelijke groeten,
Leen De Wachter""",
     date='2024-10-22 11:00',
     rules=[], note='look-alike: course codes', fmt=['plain'])

mail('env-example-stageplanner', S['rbe'], [PJ], 'Re: opzet testomgeving - .env.example',
     """Dag Pieter-Jan,

Bedankt voor de tip, het lag aan de healthcheck. In bijlage de .env.example zoals de leerlingen hem nu in de repo zetten. De echte waarden zitten niet in git, jullie runner haalt ze uit de eigen secrets store.

Groeten,
Rachid""",
     date='2025-01-24 10:30', reply=True,
     atts=[('.env.example', """# kopieer naar .env en vul zelf in - NOOIT committen
APP_NAME=Stageplanner
APP_ENV=local
APP_KEY=
DB_HOST=127.0.0.1
DB_PORT=5432
DB_DATABASE=stageplanner
DB_USERNAME=stageplanner
DB_PASSWORD=
MAIL_PASSWORD=
MAPBOX_TOKEN=<jouw-token-hier>
""", 'text/plain')],
     rules=[], note='look-alike: .env.example attachment with empty placeholder values', fmt=['plain', 'reply', 'attachment-env'])

mail('re-trunk-opgelost', S['jcl'], [KEVIN], 'Re: trunk naar 2e verdieping komt niet op',
     """Kevin,

Je had gelijk, het was de LACP-mode. Ter info de aangepaste config (geheimen heb ik er deze keer uitgehaald, Sara had mij op de vingers getikt):

interface Port-channel1
 description TRUNK-NAAR-VK-ACC-2E
 switchport trunk allowed vlan 10,20,30,99
 switchport mode trunk
!
interface GigabitEthernet1/0/48
 channel-group 1 mode active
!
enable secret <verwijderd>
username labadmin privilege 15 secret <verwijderd>
!
line vty 0 4
 login local
 transport input ssh

Bedankt!
Jef""",
     date='2024-10-17 17:45', reply=True, mailer='thunderbird', enc='8bit',
     rules=[], note='look-alike: router config with the secrets removed', fmt=['plain', 'reply', 'config-snippet'])

mail('rma-serienummers-switches', S['dva'], ['ICTBox Leuven <rma@ictbox.be>'], 'RMA-aanvraag 2 switches (factuur F24-11873)',
     """Goedemorgen,

Twee van de vier switches die we in augustus kochten (factuur F24-11873) vallen regelmatig uit (poorten 1-8 gaan in err-disable). Graag een RMA. In bijlage de serienummers en MAC-adressen.

Met vriendelijke groeten,
Dries Van Aken
Stroom campus Vaartkom""",
     date='2024-11-12 09:26',
     atts=[('RMA_switches_VK.xlsx', make_xlsx([
         ['Model', 'Serienummer', 'MAC-adres', 'Firmware', 'Probleem'],
         ['GS724T v5', '6LT2185A00E3F', 'A0:40:A0:7C:12:9E', '6.0.9.2', 'poorten 1-8 err-disable'],
         ['GS724T v5', '6LT2185A00E41', 'A0:40:A0:7C:13:04', '6.0.9.2', 'spontane reboot'],
     ], sheet='RMA'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
     rules=[], note='look-alike: serial numbers, MAC addresses and invoice number', fmt=['plain', 'attachment-xlsx'])

mail('commit-breekt-build', S['ldw'], [PM('P0035')], 'je laatste commit',
     """Jens,

Je commit 3f9a2c1e7b0d (main, gisteren 23:14) breekt de build van de stageplanner: de migratie 2025_02_11_add_mentor_table draait niet meer omdat de kolom 'bedrijf_id' al bestaat. Pipeline #418 staat op rood.

Kan je dat morgen eerst herstellen voor je verder gaat met de UI? En voortaan via een merge request werken, niet rechtstreeks op main pushen.

Mevr. De Wachter""",
     date='2025-02-12 07:50', about=['P0035'],
     rules=[], note='look-alike: commit hash and pipeline number; personal mail to a pupil without sensitive fact',
     fmt=['plain'])

mail('wachtwoordregels-gitea', S['klm'], [S['rbe']], 'Nieuwe wachtwoordregels Gitea',
     """Rachid,

Vanaf 1 december gelden op git.vaartkom.lab de nieuwe wachtwoordregels (afgestemd op het beleid van de scholengroep):

- minimum 14 tekens, lengte is belangrijker dan rare tekens
- geen hergebruik van de laatste 5 wachtwoorden
- na 8 foute pogingen 15 minuten geblokkeerd
- 2FA verplicht voor accounts met beheerrechten

Als leerlingen hun wachtwoord vergeten zijn, moeten ze naar de helpdesk, niet naar jou.

Koen""",
     date='2024-11-22 12:15',
     rules=[], note='look-alike: password policy without any password', fmt=['plain'])

mail('bitwarden-toegang', S['klm'], [S['dva']], 'Toegang Bitwarden collectie Labo-netwerk',
     """Dries,

Je hebt nu toegang tot de collectie "Labo-netwerk" in onze Bitwarden-organisatie. Alle beheerwachtwoorden van de switches, routers en de NAS staan daar. Gelieve ze voortaan daar op te zoeken en niet meer via mail door te sturen ;-)

Koen""",
     date='2024-10-21 08:30',
     rules=[], note='look-alike: points to the password manager, no secret', fmt=['plain'])

mail('ticket-printer-gesloten', S['ict'], [S['psm']], '[INC-2024-1187] Printer B1.07 - opgelost',
     """Dag Pieter,

Je melding INC-2024-1187 (printer B1.07 print alleen lege pagina's) is gesloten: de drum is vervangen, de printer heeft nu inventarisnummer VK-PR-0077.
Ben je niet tevreden over de oplossing, antwoord dan op deze mail en het ticket gaat terug open.

Met vriendelijke groeten,
ICT-helpdesk Stroom""",
     date='2024-11-14 14:01',
     rules=[], note='look-alike: ticket and inventory numbers', fmt=['plain'])

mail('reservatie-lasercutter', S['dva'], [PM('P0062')], 'Reservatie lasercutter bevestigd',
     """Dag Aya,

Je reservatie voor de lasercutter is goedgekeurd:

Reservatienummer: R-2025-0117
Datum: donderdag 6 februari, 13u30 - 15u00
Materiaal: 3 mm MDF, 2 platen (zelf meebrengen of aankopen bij mij aan 2,50 euro per plaat)

Breng je bestand mee als .svg of .dxf op een usb-stick. Lang haar vast en geen losse kleding aan de machine.

Dries (TA)""",
     date='2025-01-30 12:10', about=['P0062'],
     rules=[], note='look-alike: booking reference that opens nothing; personal mail to a pupil, no sensitive fact',
     fmt=['plain'])

mail('klascode-netacad', S['jcl'], [JOLIEN], 'Netacad-klas 6NP',
     """Dag Jolien,

De leerlingen van 6NP zitten in de Netacad-klas "VK-6NP-CCNA1-2425" (klascode in Smartschool: 6NP-2425). Ik heb jou als tweede instructeur toegevoegd, je zou een uitnodiging van Cisco moeten krijgen op je schooladres. Je logt in met je eigen Netacad-account.

Ze zitten aan module 11 (IPv4-subnetting). Packet Tracer-oefening 11.5.5 staat klaar.

Jef""",
     date='2024-12-02 07:48',
     rules=[], note='look-alike: class codes and module numbers', fmt=['plain'])

mail('sha256-labo-image', S['dva'], [S['klm']], 'nieuwe labo-image klaar',
     """Koen,

De nieuwe image voor de labo-pc's staat op de deployment-server (\\\\srv-lab01\\images\\VK-LAB-2025-01.wim).

SHA256: 3b7e91c4d2a85f06e1b9c7d34a2f58e0c6b1d9a7f43e25c8b0d6a19e7f2c4b58

Controleer even voor je hem uitrolt, vorige keer was de kopie corrupt. Ik rol uit op woensdagnamiddag als jij akkoord bent.

Dries""",
     date='2025-01-06 16:12',
     rules=[], note='look-alike: SHA-256 checksum', fmt=['plain'])

mail('sleutelkastje-robotlokaal', S['wst'], [JOLIEN], 'Re: sleutelkastje robotlokaal',
     """Dag Jolien,

De code van het sleutelkastje in het robotlokaal geef ik je maandag mondeling, volgens de afspraken mogen we codes niet via mail doorsturen. Tot dan kan je de sleutel aan het secretariaat vragen.

Wim""",
     date='2024-12-04 18:30', reply=True, mailer='android', enc='8bit',
     rules=[], note='look-alike: refuses to send the key-safe code by mail', fmt=['plain', 'reply'])

mail('hackathon-praktische-vragen', S['klm'], [HACK], 'Re: praktische vragen 15 maart',
     """Dag,

Antwoorden op jullie vragen:

1. Wifi: de deelnemers gebruiken het netwerk VK-GAST. Het wachtwoord hangt uit aan de inkom en op elke tafel, we zetten het dus niet in de mail naar de deelnemers.
2. Stroom: elke tafel heeft een stekkerdoos met 6 aansluitingen.
3. De refter is open van 8u tot 22u, de school sluit om 23u.
4. Parkeren kan op de parking aan de Vaartstraat (code van de slagboom krijgen jullie ter plaatse van de conciërge).

Groeten,
Koen Lemmens""",
     date='2025-03-07 10:05', reply=True,
     rules=[], note='look-alike: mentions Wi-Fi password and barrier code without giving them', fmt=['plain', 'reply'])

mail('vlan-plan-labo', S['jcl'], [KEVIN], 'VLAN-plan labo voor de nieuwe AP\'s',
     """Kevin,

Hier het VLAN-plan van het labo, voor de configuratie van de nieuwe access points:

VLAN 10   beheer-leraren   10.41.10.0/24   gw .1
VLAN 20   labo-leerlingen  10.41.20.0/23   gw .1
VLAN 30   IoT              10.41.30.0/24   gw .1   (geïsoleerd)
VLAN 99   netwerkbeheer    10.41.99.0/24   gw .1
Radius:   10.41.10.5 (NPS), poort 1812/1813

SSID's: VK-LAB (802.1X, VLAN 20), VK-LAB-IOT (PSK, VLAN 30), VK-GAST (portal).

Groeten,
Jef""",
     date='2025-01-09 16:40',
     rules=[], note='look-alike: IP plan and VLAN numbers, no keys', fmt=['plain'])

mail('mfa-instellen-uitleg', S['ooms'], [S['evd']], 'RE: MFA instellen',
     """Dag Ellen,

Geen probleem, zo stel je MFA in:

1. Installeer Microsoft Authenticator op je gsm.
2. Ga op je laptop naar https://aka.ms/mfasetup en meld je aan met je schoolaccount.
3. Kies "Methode toevoegen" > "Authenticator-app" en scan de QR-code die op je scherm verschijnt.
4. Je krijgt een testmelding op je gsm, tik het getal in dat op je laptop staat.

Lukt het niet, kom dan even langs; stuur ons nooit de code door die je op je gsm krijgt.

Sara""",
     date='2024-09-18 11:25', reply=True,
     rules=[], note='look-alike: MFA setup instructions, no code', fmt=['plain', 'reply'])

mail('voorschot-studiereis-finn', S['boek'], [P1('P0079')], 'Studiereis Berlijn 6NP - voorschot ontvangen',
     """Beste mevrouw Michiels,

We bevestigen de ontvangst van het voorschot van 150 euro voor de studiereis van Finn naar Berlijn (24-28 maart).
Het saldo (245 euro) wordt in februari aangerekend op de schoolrekening; gebruik dan de gestructureerde mededeling op die rekening, niet deze: %s was enkel voor het voorschot.

Met vriendelijke groeten,
Boekhouding Stroom campus Vaartkom""" % ogm(2411000079),
     date='2024-11-26 14:50', about=['P0079'],
     rules=[], note='look-alike: structured payment reference; confirmation of a paid deposit is not a financial problem',
     fmt=['plain'])


# ===========================================================================
# 3. sensitive mails about identifiable pupils (correctly addressed or internal)
# ===========================================================================
CLB = 'Ine Van Geel <ine.vangeel@clbdijleland.be>'

mail('incident-netwerk-verslag', S['jcl'], [S['dir'], S['adj']], 'Verslag incident labonetwerk vrijdag 22/11 - vertrouwelijk',
     """Dag Hilde, dag Bart,

Zoals gisteren mondeling gemeld, hierbij mijn verslag van het incident van vrijdag 22/11 in B1.07.

Wat er gebeurd is
Tijdens het 5de en 6de lesuur (netwerken, 6NP) merkte ik dat de beheerinterface van de core switch trager reageerde. In de logs zag ik logins vanaf een onbekend toestel in VLAN 20. Na controle bleek het om een Raspberry Pi te gaan die Seppe Maes (6NP) onder zijn tafel had aangesloten. Seppe heeft toegegeven dat hij:
- met die Pi een ARP-spoofing-aanval deed op het leerlingen-VLAN,
- zo de login van de labo-switch heeft onderschept (die ik in de les gebruikte),
- daarmee in de beheer-VLAN (99) geraakt is en er rondgekeken heeft, ook op de NAS.

Uit de output op zijn Pi (foto's heb ik bewaard):

seppe@pi:~ $ sudo nmap -sV 10.41.99.0/24
Nmap scan report for 10.41.99.1
22/tcp  open  ssh     OpenSSH 9.2
443/tcp open  https   OPNsense
Nmap scan report for 10.41.99.40
5000/tcp open  http   Synology DSM
5001/tcp open  ssl/http Synology DSM

Of hij gegevens van de NAS gekopieerd heeft, weten we nog niet. Sara bekijkt de logs.

Wat ik gedaan heb
- De Pi in beslag genomen (ligt in de kluis bij Bart).
- Alle beheerwachtwoorden van het labo gewijzigd (samen met Dries).
- Seppe uit de les gehaald en naar de leerlingenbegeleiding gestuurd.

Voorstel
Gezien de ernst stel ik een preventieve schorsing voor in afwachting van een tuchtdossier. Seppe is een sterke leerling en ik denk niet dat hij kwaad wilde, maar dit kan niet. Ik wil ook graag meedenken over een herstelgerichte opdracht (bv. een presentatie over netwerkbeveiliging voor 5NP).

Groeten,
""" + SIG['jcl'],
     date='2024-11-24 20:05', about=['P0090'],
     rules=['sensitive'], cats=['psychosocial'],
     note='incident report naming the pupil who broke into the lab network; proposal of suspension and disciplinary file',
     fmt=['plain', 'terminal-output'])

mail('uitnodiging-gesprek-seppe', S['adj'], [P1('P0090')], 'Uitnodiging gesprek - preventieve schorsing Seppe',
     """Geachte heer Maes,

Zoals telefonisch besproken bevestigen wij hierbij dat uw zoon Seppe (6NP) vanaf dinsdag 26 november tot en met donderdag 28 november preventief geschorst wordt.

Aanleiding is het incident van vrijdag 22 november, waarbij Seppe zich met een eigen toestel onrechtmatig toegang verschafte tot het beheernetwerk van de school. Dit is een ernstige inbreuk op het ICT-reglement (artikel 4 en 7 van het schoolreglement).

Tijdens de schorsing wordt een tuchtdossier opgesteld. Wij nodigen u en Seppe uit voor een gesprek op woensdag 27 november om 16u30 op campus Vaartkom (lokaal A1.02). Tijdens dat gesprek kan u het dossier inkijken en kunnen jullie je standpunt toelichten. U mag zich laten bijstaan door een vertrouwenspersoon.

Seppe krijgt de leerstof via Smartschool en moet de taken van die dagen ten laatste vrijdag indienen.

Met vriendelijke groeten,

Bart Coppens
adjunct-directeur
Stroom campus Vaartkom""",
     date='2024-11-25 16:40', about=['P0090'], mode='alt',
     rules=['sensitive'], cats=['psychosocial'],
     note='letter to the right parent about a preventive suspension and disciplinary file', fmt=['alt'])

mail('hackathon-ass-aanpassingen', S['klm'], [HACK], 'Deelnemer met specifieke noden - team Stroomstoring',
     """Beste organisatie,

Een van onze deelnemers, Ruben Vandenberghe (6NP, team Stroomstoring), heeft een autismespectrumstoornis. Hij is een van onze sterkste programmeurs en kijkt enorm uit naar de hackathon, maar een volle zaal met 120 mensen gedurende 14 uur is voor hem erg zwaar.

Wat zou helpen:
- een rustige ruimte of hoek waar hij zich kan terugtrekken (hij brengt een noise-cancelling koptelefoon mee);
- de planning van de dag (pitches, maaltijden, juryrondes) vooraf op papier;
- bij de pitch liever niet als eerste team aan de beurt.

Zijn ouders zijn op de hoogte van deze vraag. Ik ben zelf de hele dag aanwezig als begeleider.

Alvast bedankt voor jullie begrip,
Koen Lemmens""",
     date='2025-03-05 11:20', about=['P0081'],
     rules=['sensitive'], cats=['care'],
     note='autism diagnosis and adjustments of a named pupil sent to an external organiser', fmt=['plain'])

_ADJ_ROWS = [('P0027', 'dyslexie (attest CLB)', 'extra tijd 1/3, voorleessoftware (Kurzweil), lettertype Arial 12, geen spellingfouten aanrekenen bij vakken buiten taal'),
             ('P0081', 'ASS', 'examen in aparte ruimte (A1.04), vaste plaats, planning examendag vooraf op papier, koptelefoon toegestaan'),
             ('P0021', 'ADHD (medicatie)', 'plaats vooraan, opdeling van lange opgaven, 5 minuten pauze na 50 minuten'),
             ('P0085', 'dyspraxie', 'schrijfopdrachten op laptop, schema\'s mogen op computer getekend worden')]
mail('examenaanpassingen-6de-jaar', S['zorg'], [S['ldw'], S['jcl'], S['rbe']], 'Redelijke aanpassingen examens december - 6IBa en 6NP',
     None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="NL-BE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste collega's,</p>
<p>Hieronder de afspraken uit de klassenraden van oktober voor de examens van december. Gelieve hier rekening mee te houden bij het opmaken en afnemen van jullie examens. Bij twijfel: even bij mij langskomen.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DEEAF6"><th>Leerling</th><th>Klas</th><th>Zorgnood</th><th>Maatregelen (sticordi)</th></tr>
""" + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % (NM(p), ROSTER[p]['cls'], z, htmlmod.escape(m)) for p, z, m in _ADJ_ROWS) +
     """</table>
<p>De volledige handelingsplannen staan in het leerlingvolgsysteem.</p>
<p>Groetjes,<br>Evi Goossens<br>zorgco&ouml;rdinator campus Vaartkom</p>
</body></html>""", mode='alt', date='2024-11-18 15:30', about=[p for p, _, _ in _ADJ_ROWS],
     rules=['sensitive'], cats=['care', 'medical'],
     note='table of named pupils with dyslexia, autism, ADHD (with medication), dyspraxia and their exam adjustments',
     fmt=['alt', 'html-table'])

mail('clb-overleg-bilal-stage', S['zorg'], [CLB], 'Overleg stage Bilal Ouali (7ITN)',
     """Dag Ine,

Zoals afgesproken op het MDO van vorige week een korte stand van zaken over Bilal Ouali (7ITN), ter voorbereiding van ons overleg op 14 januari.

- Bilal heeft een verslag type 9 (ASS) en krijgt twee uur per week ondersteuning vanuit het ondersteuningsnetwerk (mevr. Ceulemans).
- De eerste stageweek bij DataDijle verliep moeizaam: te veel wisselende opdrachten en een open landschapsbureau. Hij is twee dagen thuisgebleven.
- Met de mentor is afgesproken dat Bilal een vaste werkplek krijgt en zijn opdrachten 's ochtends schriftelijk ontvangt.
- Mama vraagt of het CLB kan bekijken of een aangepast traject (stage in blokken van halve dagen) mogelijk is.

Kan jij het dossier van het CLB-onderzoek uit het 1ste jaar nog eens bekijken voor het overleg?

Groetjes,
""" + SIG['zorg'],
     date='2024-12-19 12:55', about=['P0287'],
     rules=['sensitive'], cats=['care'],
     note='CLB follow-up: type-9 report (autism), support network, internship adjustments for a named pupil',
     fmt=['plain'])

mail('afbetalingsplan-laptop-ayoub', S['boek'], [P1('P0102')], 'Afbetalingsplan laptop Ayoub',
     """Beste mevrouw Chaouki,

Zoals besproken met mevrouw Goossens bevestigen wij het afbetalingsplan voor de laptop van Ayoub (6IBb). Het openstaande bedrag van 450 euro wordt gespreid over 6 maanden:

  oktober t.e.m. maart: 75 euro per maand, telkens voor de 10de

Gelieve te storten op rekening %s van VZW LKSD met de mededeling %s.

Als een betaling niet lukt, neem dan gerust contact met ons op; we zoeken dan samen een oplossing. U kan ook nog altijd een schooltoelage aanvragen via het Groeipakket, de school helpt u graag met het formulier.

Met vriendelijke groeten,
Ingrid Maes
Boekhouding Stroom campus Vaartkom""" % (iban_be(734, 4115902), ogm(2410010102)),
     date='2024-10-02 14:15', about=['P0102'],
     rules=['sensitive', 'personal_data'], cats=['financial'],
     note='payment plan for an unpaid laptop sent to the right parent; contains a valid IBAN', fmt=['plain'])

_TRIP = [('P0055', 245, 'tweede schijf niet betaald, herinnering 12/02'),
         ('P0102', 395, 'afbetalingsplan loopt, tussenkomst OCMW aangevraagd'),
         ('P0076', 245, 'tweede schijf niet betaald'),
         ('P0147', 120, 'gedeeltelijk betaald, ouders contacteren')]
mail('openstaande-bedragen-berlijn', S['im'], [S['klm'], S['ldw']], 'Studiereis Berlijn - nog openstaande bedragen',
     None, html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dag Koen, dag Leen,</p>
<p>Op jullie vraag de leerlingen die voor de studiereis naar Berlijn nog niet (volledig) betaald hebben, stand 3 maart:</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th>Leerling</th><th>Klas</th><th>Openstaand</th><th>Opmerking</th></tr>
""" + ''.join('<tr><td>%s</td><td>%s</td><td align="right">&euro; %d,00</td><td>%s</td></tr>\n' % (NM(p), ROSTER[p]['cls'], a, o) for p, a, o in _TRIP) +
     """</table>
<p>Voor alle duidelijkheid: niemand blijft thuis omwille van geld, maar ik moet de lijst wel afsluiten voor 14 maart.</p>
<p>Groeten,<br>Ingrid</p></body></html>""", mode='alt', date='2025-03-03 11:48', about=[p for p, _, _ in _TRIP],
     rules=['sensitive'], cats=['financial'],
     note='table of named pupils with unpaid trip amounts and a payment plan / social assistance', fmt=['alt', 'html-table'])

mail('ocmw-tussenkomst-ayoub', S['zorg'], ['Lotte Maesschalck <lotte.maesschalck@sociaalhuis-kessello.be>'],
     'RE: tussenkomst schoolkosten Ayoub Chaouki',
     """Dag mevrouw Maesschalck,

Bedankt voor uw snelle reactie. Ik bevestig dat Ayoub Chaouki bij ons in 6IBb zit. De verplichte kosten voor dit schooljaar zijn:

- laptop (verplicht voor de opleiding Informaticabeheer): 450 euro, waarvan 150 euro betaald via het afbetalingsplan
- studiereis Berlijn (24-28 maart): 395 euro, nog niets betaald
- werkboeken en licenties: 86 euro

Mama gaf aan dat het gezin sinds oktober van een leefloon leeft. Als het OCMW de studiereis kan betalen, kunnen wij het afbetalingsplan voor de laptop gewoon laten doorlopen. Een kostenraming op papier van de school bezorg ik u morgen per post.

Met vriendelijke groeten,
""" + SIG['zorg'] + oq('Lotte Maesschalck', 'maandag 13 januari 2025 09:31', 'Evi Goossens', 'tussenkomst schoolkosten Ayoub Chaouki',
                        "Beste mevrouw Goossens,\n\nMevrouw Chaouki heeft bij ons een aanvraag ingediend voor tussenkomst in de schoolkosten van haar zoon Ayoub. Kan u mij een overzicht bezorgen van de verplichte kosten voor dit schooljaar?\n\nMet vriendelijke groeten,\nLotte Maesschalck\nmaatschappelijk werker - Sociaal Huis Kessel-Lo"),
     date='2025-01-13 14:02', reply=True, about=['P0102'],
     rules=['sensitive'], cats=['financial'],
     note='reply to the social assistance (OCMW) about a named pupil: school costs, unpaid trip, family on social income',
     fmt=['plain', 'reply'])

mail('ayoub-thuissituatie', S['rbe'], [S['zorg']], 'Ayoub (6IBb) - thuissituatie',
     """Evi,

Na de les kwam Ayoub Chaouki naar mij omdat hij zijn laptop nog altijd niet heeft. Hij vertelde dat zijn vader sinds oktober in de gevangenis zit (hij zei niet waarom en ik heb niet doorgevraagd). Mama staat er alleen voor met vier kinderen en kan de laptop en de studiereis niet betalen. Hij schaamde zich zichtbaar.

Voorlopig kan hij een leenlaptop van de school gebruiken, Dries maakt er een klaar. Kan jij contact opnemen met mama i.v.m. een afbetalingsplan of het OCMW?

Rachid""",
     date='2024-09-30 16:22', about=['P0102'],
     rules=['sensitive'], cats=['family', 'financial'],
     note='class teacher to care coordinator: parent in prison and family cannot pay laptop and trip',
     fmt=['plain'])

mail('epilepsie-labo-afspraken', S['zorg'], [S['dva'], S['psm']], 'Victor Lambert (6IBa) - afspraken labo',
     """Dag Dries, dag Pieter,

Victor Lambert (6IBa) heeft fotosensitieve epilepsie. Hij had in de zomer een aanval en neemt nu nieuwe medicatie. Zijn ouders vragen dat we in het labo met het volgende rekening houden:

1. Niet rechtstreeks in de laserstraal of het plasma van de lasercutter kijken: liefst werkt hij niet aan de lasercutter, of enkel met het deksel dicht en de verduisterde kap.
2. Geen knipperende led-matrices of stroboscoop-effecten in zijn projecten (de robotlampjes van Wim zijn al aangepast).
3. Bij een aanval: niet vasthouden, hoofd beschermen, tijd opnemen. Noodmedicatie (Buccolam) ligt op het secretariaat. Duurt het langer dan 5 minuten: ziekenwagen laten komen via het secretariaat.

Het volledige medisch attest zit in het LVS.

Groetjes,
Evi""",
     date='2024-09-09 10:05', about=['P0024'],
     rules=['sensitive'], cats=['medical'],
     note='diagnosis, medication and emergency protocol of a named pupil shared with lab staff',
     fmt=['plain'])

mail('ongeval-snijwonde-jasper', S['psm'], [P1('P0083')], 'Ongeval tijdens het labo - Jasper',
     """Beste heer Willaert,

Zoals ik u daarnet al telefonisch liet weten, heeft Jasper zich vanmiddag tijdens het labo elektronica in de linkerhand gesneden met een cutter, bij het strippen van kabels. De EHBO-verantwoordelijke heeft de wonde verzorgd, maar omdat ze diep was zijn we voor de zekerheid naar de spoed van AZ Dijlevallei gegaan. Daar heeft hij vier hechtingen gekregen. Hij mag de hand een week niet belasten en moet over tien dagen terug voor de hechtingen.

In bijlage het aangifteformulier voor de schoolverzekering. Het medisch getuigschrift (deel 2) moet de arts invullen; daarna mag u het aan het secretariaat bezorgen.

Beterschap aan Jasper, hij heeft zich flink gehouden.

Met vriendelijke groeten,
Pieter Smets
leraar elektronica""",
     date='2025-02-06 17:10', about=['P0083'],
     atts=[('aangifte_schoolongeval_Willaert.pdf', make_pdf([
         'Stroom campus Vaartkom - aangifte schoolongeval',
         'Slachtoffer: Jasper Willaert - klas 6NP',
         'Datum en uur: 06/02/2025, 14u20 - labo elektronica B0.12',
         'Omschrijving: snijwonde linkerhand (cutter) bij strippen van kabels',
         'Eerste hulp: EHBO school, daarna spoed AZ Dijlevallei (4 hechtingen)',
         'Getuige: Pieter Smets, leraar',
         'Deel 2 - medisch getuigschrift: in te vullen door de behandelende arts',
     ], title='Aangifte schoolongeval'), 'application/pdf')],
     rules=['sensitive'], cats=['medical'],
     note='injury and hospital treatment of a pupil sent to the right parent, with accident form PDF',
     fmt=['plain', 'attachment-pdf'])

mail('allergieen-catering-hackathon', S['klm'], ['Traiteur De Kade <bestellingen@traiteurdekade.be>'],
     'Hackathon 15/3 - bestelling en allergieën',
     None, html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Goedemiddag,</p>
<p>Hierbij onze definitieve bestelling voor de hackathon van zaterdag 15 maart in de refter van campus Vaartkom:</p>
<ul><li>middag: 60 broodjes (waarvan 12 vegetarisch)</li><li>avond: pasta voor 60 personen</li><li>fruit en water doorlopend</li></ul>
<p>Enkele deelnemers hebben een allergie of dieet. Graag hun maaltijd apart verpakken met de naam erop:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Naam</th><th>Allergie / dieet</th><th>Opmerking</th></tr>
<tr><td>%s</td><td>pinda's en noten (ernstig)</td><td>heeft een EpiPen bij, geen sporen!</td></tr>
<tr><td>%s</td><td>coeliakie - strikt glutenvrij</td><td>apart bereiden</td></tr>
<tr><td>%s</td><td>lactose-intolerantie</td><td>lactosevrije pasta</td></tr>
</table>
<p>Met vriendelijke groeten,<br>Koen Lemmens<br>Stroom campus Vaartkom</p>
</body></html>""" % (NM('P0028'), NM('P0083'), NM('P0097')), mode='alt', date='2025-03-10 13:30',
     about=['P0028', 'P0083', 'P0097'],
     rules=['sensitive'], cats=['medical'],
     note='catering order listing named pupils with allergies and coeliac disease, sent to an external caterer',
     fmt=['alt', 'html-table'])

mail('diabetes-robotwedstrijd', S['wst'], ['RoboVaart Challenge <info@robovaart.be>'], 'Team Vaartkom - medische info deelnemer',
     """Beste organisatie,

In het team van Stroom Vaartkom zit Sofia Rossi (6NP). Sofia heeft diabetes type 1 en draagt een insulinepomp met een glucosesensor die met haar gsm verbonden is.

Graag jullie toestemming voor:
- dat ze haar gsm ook in de wedstrijdzone bij zich mag houden (enkel voor de sensor-app);
- dat ze tussendoor iets mag eten of drinken in de pitstand;
- dat ik als coach bij een hypo de run mag laten onderbreken zonder strafpunten.

Bij problemen ben ik de hele dag bereikbaar.

Sportieve groeten,

""" + SIGP['wst'],
     date='2025-04-28 19:40', about=['P0099'],
     rules=['sensitive', 'personal_data'], cats=['medical'],
     note='diabetes and insulin pump of a named pupil sent to the competition organiser; coach mobile number in signature',
     fmt=['plain'])

mail('mila-ouderlijk-gezag', S['mh'], [S['ldw']], 'Mila Van den Broeck - afspraken ouders',
     """Dag Leen,

Even ter info als klassenleraar van 6IBa: de ouders van Mila Van den Broeck zijn gescheiden. We ontvingen vandaag een kopie van het vonnis: enkel mama (mevr. De Vos) heeft het ouderlijk gezag. Papa mag geen rapporten of andere schoolinformatie meer ontvangen en mag Mila niet ophalen op school.

Ik heb zijn co-account in Smartschool gedeactiveerd. Mocht hij toch contact opnemen, verwijs hem dan door naar de directie.

Groetjes,
Martine""",
     date='2024-10-15 11:02', about=['P0039'],
     rules=['sensitive'], cats=['family'],
     note='divorce and custody ruling for a named pupil', fmt=['plain'])

mail('overlijden-vader-kobe', S['klm'], [S['rbe'], S['ldw'], S['psm']], 'Kobe Verhoeven (6IBb)',
     """Beste collega's,

Ik kreeg net het droevige nieuws dat de papa van Kobe Verhoeven (6IBb) afgelopen weekend plots overleden is. De begrafenis is vrijdag om 10u30 in de Sint-Jan-de-Doperkerk in Wilsele; wie wil kan gaan, de directie zorgt voor opvang van de lessen.

Kobe zal deze week niet op school zijn. Ik stel voor dat we:
- de deadline van zijn GIP-tussentijds verslag verschuiven naar na de krokusvakantie;
- hem deze en volgende week geen toetsen laten maken;
- in de klas kort vertellen wat er gebeurd is (Rachid, wil jij dat doen samen met Annelies?).

Koen""",
     date='2025-02-17 08:10', about=['P0051'],
     rules=['sensitive'], cats=['family'],
     note='death of a named pupil\'s father and resulting arrangements', fmt=['plain'])

mail('stage-pleeggezin-ella', S['stage'], ['Luc Vanhove <luc.vanhove@elektrovanhove.be>'], 'Snuffelstage Ella Mertens - contactpersoon',
     """Beste Luc,

Volgende week start Ella Mertens (5IB) haar snuffelstage bij jullie. Eén belangrijk praktisch punt: Ella woont sinds vorig jaar in een pleeggezin. Contactpersoon bij ziekte of problemen is haar pleegmoeder, mevrouw Bieke De Wolf, en dus niet haar biologische ouders. Als iemand anders zich aanmeldt om Ella op te halen, laat dat dan niet toe en verwittig mij.

Ella zelf weet dat ik u dit laat weten.

Met vriendelijke groeten,
Tom Verhaegen""",
     date='2025-01-30 09:15', about=['P0160'],
     rules=['sensitive'], cats=['family'],
     note='foster placement of a named pupil disclosed to the internship company', fmt=['plain'])

mail('cyberpesten-discord', S['aw'], [S['zorg']], 'cyberpesten 5IB/5NP - dringend',
     """Evi,

Louise Dewaele (5IB) kwam vanmorgen in tranen bij mij. Op een Discord-server van een paar jongens uit 5NP circuleert een gemanipuleerde foto (deepfake) van haar in bikini, met vernederende commentaren. Volgens Louise en twee vriendinnen zou Tibo Aerts (5NP) de maker zijn; hij zou een AI-app gebruikt hebben met foto's van haar Instagram.

Louise wil niet dat haar ouders het al weten, ze schaamt zich heel erg. Ze slaapt slecht en wil niet meer naar de les informatica omdat ze daar samen met 5NP zit.

Ik heb screenshots bijgehouden (niet doorgestuurd). Kunnen we vandaag nog samenzitten met Bart? Ik denk dat we ook de politie (jeugdinspecteur) moeten inlichten.

Annelies""",
     date='2025-03-18 10:25', about=['P0163', 'P0121'],
     rules=['sensitive'], cats=['psychosocial'],
     note='bullying victim and alleged perpetrator named, possible police involvement', fmt=['plain'])

mail('tuchtmaatregel-tibo', S['adj'], [P1('P0121')], 'Tuchtmaatregel Tibo Aerts (5NP)',
     """Geachte heer Aerts,

Naar aanleiding van ons gesprek van donderdag bevestig ik hierbij de maatregel voor uw zoon Tibo.

Tibo heeft een gemanipuleerde afbeelding van een medeleerlinge gemaakt en verspreid via een Discord-server. Hij heeft dat tijdens het gesprek ook erkend. Dit is een ernstige vorm van (cyber)pesten en een inbreuk op het schoolreglement en het ICT-charter.

Beslissing:
- tijdelijke uitsluiting van 2 lesdagen (maandag 24 en dinsdag 25 maart);
- een herstelgesprek met de betrokken leerlinge, begeleid door de leerlingenbegeleiding, als zij dat wenst;
- een opdracht over de gevolgen van deepfakes, in te dienen bij mevrouw Wuyts.

Tegen deze beslissing kan u binnen de drie dagen schriftelijk beroep aantekenen bij de directeur, zoals beschreven in het schoolreglement.

Met vriendelijke groeten,
Bart Coppens
adjunct-directeur""",
     date='2025-03-21 15:00', about=['P0121'],
     rules=['sensitive'], cats=['psychosocial'],
     note='disciplinary measure for a bullying perpetrator, sent to his own parent', fmt=['plain'])

mail('clb-stan-afwezigheden', S['zorg'], [CLB], 'Stan Huybrechts (6NP) - vraag opvolging',
     """Dag Ine,

Ik zou graag Stan Huybrechts (6NP) aanmelden voor opvolging door het CLB.

Stan is sinds de herfstvakantie nog maar een dag of tien op school geweest. Volgens zijn mama heeft hij 's ochtends paniekaanvallen en durft hij de bus niet meer op; de huisarts spreekt van een depressie en heeft hem doorverwezen naar een psychiater, maar de wachtlijst is lang. Hij is erg teruggetrokken en heeft bijna geen contact meer met zijn klasgenoten.

Zijn problematische afwezigheden lopen op (34 halve dagen). Kunnen we samen met mama een overleg plannen? Stan zelf wil graag terugkomen, "maar niet in de klas".

Groetjes,
Evi""",
     date='2024-12-10 09:40', about=['P0088'],
     rules=['sensitive'], cats=['psychosocial', 'medical'],
     note='anxiety, depression and psychiatric referral of a named pupil sent to the CLB', fmt=['plain'])

mail('zorgen-zoe-dringend', S['rbe'], [S['zorg'], S['aw']], 'dringend - Zoë 6IBb',
     """Evi, Annelies,

Tijdens het praktijkuur zag ik bij Zoë Lenaerts (6IBb) verse snijwondjes op haar onderarm toen ze haar mouwen oprolde. Ik heb haar na de les aangesproken, ze zei eerst dat het de kat was en begon dan te huilen. Ze zei dat ze het "soms doet als het te veel wordt".

Ze zit nu in de bib. Kan een van jullie haar zo snel mogelijk opvangen? Ik heb haar beloofd dat het niet rondverteld wordt.

Rachid""",
     date='2025-01-23 11:52', about=['P0060'], mailer='owa',
     rules=['sensitive'], cats=['psychosocial'],
     note='urgent report of self-harm by a named pupil', fmt=['plain'])

mail('rilatine-mohamed', S['ldw'], [P1('P0021')], 'Mohamed - medicatie en afspraken',
     """Beste meneer Ait Lahcen,

Ik contacteer u als klassenleraar van Mohamed. De voorbije twee weken merkte ik dat Mohamed het in de namiddag heel moeilijk heeft om zich te concentreren. Toen ik hem erop aansprak, vertelde hij dat hij zijn Rilatine 's middags vaak vergeet in te nemen.

Zou u met hem kunnen bekijken of een herinnering op zijn gsm helpt, of of de middagdosis eventueel op het secretariaat kan bewaard worden? In zijn handelingsplan staat ook dat hij na 50 minuten een korte pauze mag nemen; dat blijven we in de klas gewoon toepassen.

Mohamed doet overigens goed zijn best in de GIP, daar wil ik ook graag mee afsluiten.

Met vriendelijke groeten,
Leen De Wachter
klassenleraar 6IBa""",
     date='2025-01-28 18:20', about=['P0021'],
     rules=['sensitive'], cats=['medical', 'care'],
     note='ADHD medication and care plan of a pupil, sent to the right parent', fmt=['plain'])

mail('afsprakennota-daan-pdf', S['zorg'], [S['psm'], S['wst']], 'Afsprakennota Daan Geerts',
     """Dag Pieter, dag Wim,

In bijlage de afsprakennota voor Daan Geerts (6NP), zoals opgemaakt op het overleg met zijn ouders en de ergotherapeut. Vooral belangrijk voor de praktijkvakken: solderen en fijne montage vragen voor Daan veel meer tijd.

Groetjes,
Evi""",
     date='2024-10-24 14:44', about=['P0085'],
     atts=[('Afsprakennota_Geerts_Daan_6NP.pdf', make_pdf([
         'Afsprakennota redelijke aanpassingen - schooljaar 2024-2025',
         'Leerling: Daan Geerts - 6NP - campus Vaartkom',
         'Zorgnood: ontwikkelingscoordinatiestoornis (dyspraxie), diagnose UZ 2019',
         'Externe begeleiding: ergotherapie, wekelijks op donderdagnamiddag',
         '',
         'Maatregelen:',
         '- schrijfopdrachten en toetsen op laptop',
         '- extra tijd (1/4) bij praktijkproeven solderen en montage',
         '- evaluatie op functionaliteit, niet op netheid van de soldeerverbindingen',
         '- kopie van de bordnotities via Smartschool',
         '',
         'Evaluatie van de afspraken: na de examens van december.',
     ], title='Afsprakennota Daan Geerts'), 'application/pdf')],
     rules=['sensitive'], cats=['care'],
     note='PDF with diagnosis (dyspraxia), therapy and reasonable adjustments of a named pupil',
     fmt=['plain', 'attachment-pdf'])

mail('diefstal-raspberry-pi-nathan', S['adj'], [P1('P0148')], 'Nathan - incident en verdere stappen',
     """Beste mevrouw Van Roy,

Zoals vanmiddag telefonisch besproken, bevestig ik wat er gebeurd is.

Bij een controle door de technisch assistent werden in de rugzak van Nathan vier Raspberry Pi's en twee voedingen uit het labo teruggevonden. Nathan gaf toe dat hij ze wilde doorverkopen. Omdat er de voorbije maanden al meer materiaal verdwenen was, heeft de school aangifte gedaan bij de politie van Leuven; een inspecteur is vanmiddag langs geweest en heeft met Nathan gepraat in het bijzijn van de leerlingenbegeleider.

Nathan wordt vanaf morgen preventief geschorst in afwachting van de tuchtprocedure. U ontvangt een aangetekende brief met de uitnodiging voor het gesprek.

Met vriendelijke groeten,
Bart Coppens
adjunct-directeur""",
     date='2025-05-13 17:35', about=['P0148'],
     rules=['sensitive'], cats=['psychosocial'],
     note='theft by a pupil, police involvement and suspension, sent to the right parent', fmt=['plain'])

mail('schooltoelage-eline', S['secr'], [P1('P0030')], 'Schooltoelage en schoolrekening Eline',
     """Beste mevrouw Jacobs,

Goed nieuws: u ontving van het Groeipakket de beslissing dat u voor Eline recht hebt op een schooltoelage voor dit schooljaar. Zoals afgesproken verrekenen we het bedrag van de laptop niet meer in één keer.

Op de schoolrekening van december staat nog een openstaand saldo van 180 euro (laptop en licenties). U mag dat betalen zodra de schooltoelage op uw rekening staat; we sturen tot dan geen herinneringen.

Met vriendelijke groeten,
""" + SIG['mh'],
     date='2024-12-16 10:48', about=['P0030'],
     rules=['sensitive'], cats=['financial'],
     note='school allowance and outstanding balance of a pupil, sent to the right parent', fmt=['plain'])

mail('vermoeden-geweld-kian', S['aw'], [S['dir']], 'Kian Moreels 5NP - vermoeden van geweld thuis (vertrouwelijk)',
     """Hilde,

Ter info, en omdat we volgens de procedure de directie moeten inlichten: Kian Moreels (5NP) heeft mij vandaag verteld dat zijn stiefvader hem de voorbije weken meermaals geslagen heeft, ook met een riem. Ik zag blauwe plekken op zijn rug en bovenarm. Hij is bang om naar huis te gaan.

Wat ik gedaan heb:
- het gesprek letterlijk genoteerd in het LVS (beperkte toegang);
- het CLB (Ine Van Geel) ingelicht, zij neemt contact op met het Vertrouwenscentrum Kindermishandeling;
- Kian blijft vanavond bij zijn grootmoeder, mama is daarmee akkoord.

Ik bel je morgen om 8u.

Annelies""",
     date='2025-02-04 18:55', about=['P0127'],
     rules=['sensitive'], cats=['family', 'psychosocial'],
     note='suspected violence at home against a named pupil', fmt=['plain'])

mail('zwangerschap-stage-lien', S['stage'], ['Marc Baeten <marc.baeten@ntheverlee.be>'], 'Stage Lien Verbeke - aanpassingen',
     """Beste Marc,

Lien Verbeke (7ITN) heeft mij toestemming gegeven om u het volgende te laten weten: ze is zwanger (ongeveer vijf maanden). Volgens de arbeidsgeneesheer mag ze tijdens de stage:
- geen zware lasten tillen (dus geen servers of UPS-batterijen in de rekken plaatsen);
- niet op ladders of in de technische schachten werken;
- niet langer dan twee uur aan een stuk rechtstaan.

Netwerkconfiguratie, documentatie en helpdesktaken kan ze uiteraard gewoon doen. Het attest van de arbeidsgeneesheer bezorg ik u via de post.

Met vriendelijke groeten,
Tom Verhaegen
stagecoördinator""",
     date='2025-02-20 13:05', about=['P0284'],
     rules=['sensitive'], cats=['medical'],
     note='pregnancy of a named pupil disclosed to the internship mentor', fmt=['plain'])

mail('bedreiging-senne', S['adj'], [P1('P0096')], 'Gedrag Senne in de les - uitnodiging',
     """Beste ouders,

Vandaag is er in het labo een ernstig incident geweest met Senne. Nadat mevrouw De Wachter zijn gsm had afgenomen omdat hij tijdens de toets aan het chatten was, werd Senne zeer agressief. Hij sloeg met zijn vuist op de tafel, schold haar uit en zei letterlijk: "ik weet waar je woont, dit ga je geweten hebben".

Senne werd uit de les verwijderd en naar mij gestuurd. Gezien de ernst van de bedreiging blijft hij morgen (vrijdag) thuis als ordemaatregel. Wij nodigen u en Senne uit voor een gesprek op maandag 16 december om 8u30.

Met vriendelijke groeten,
Bart Coppens
adjunct-directeur Stroom campus Vaartkom""",
     date='2024-12-12 15:25', about=['P0096'],
     rules=['sensitive'], cats=['psychosocial'],
     note='threat against a teacher, removal and exclusion; sent to the pupil\'s parents', fmt=['plain'])

mail('zorgoverzicht-6ibb-xlsx', S['zorg'], [S['rbe'], S['ldw']], 'Zorgoverzicht 6IBb voor de klassenraad',
     """Dag Rachid, dag Leen,

In bijlage het zorgoverzicht van 6IBb voor de klassenraad van dinsdag. Het is een export uit het LVS, enkel de leerlingen met een zorgnood. Gelieve het na de klassenraad te verwijderen.

Evi""",
     date='2025-03-07 16:12', about=['P0203', 'P0150', 'P0053'],
     atts=[('zorgoverzicht_6IBb_maart.xlsx', make_xlsx([
         ['Leerling', 'Klas', 'Zorgnood', 'Attest', 'Maatregelen', 'Opvolging'],
         [NM('P0203'), '6IBb', 'dyslexie', 'CLB 2019', 'extra tijd, voorleessoftware', 'stabiel'],
         [NM('P0150'), '6IBb', 'ADHD', 'kinderpsychiater 2021', 'medicatie (Concerta), plaats vooraan, pauzes', 'moeilijke periode, ouders gecontacteerd'],
         [NM('P0053'), '6IBb', 'dysorthografie', 'CLB 2018', 'geen spelling in vakken buiten taal', 'stabiel'],
     ], sheet='6IBb'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
     rules=['sensitive'], cats=['care', 'medical'],
     note='xlsx care overview: named pupils with dyslexia, ADHD + medication, dysorthography',
     fmt=['plain', 'attachment-xlsx'])

mail('afbetaling-berlijn-hamza', S['boek'], [P1('P0055')], 'RE: betaling studiereis Berlijn',
     """Beste meneer Yilmaz,

Geen probleem. We gaan akkoord met een betaling van het resterende bedrag van 245 euro in drie delen (85 euro in maart, 80 euro in april en 80 euro in mei). Hamza kan dus gewoon mee op studiereis.

Ik wens u veel sterkte in deze moeilijke periode.

Met vriendelijke groeten,
Ingrid Maes
Boekhouding Stroom campus Vaartkom""" + oq('Emre Yilmaz <emre.yilmaz@hotmail.com>', 'woensdag 5 maart 2025 21:14', 'boekhouding@spc.ksleuven.be',
                                                'betaling studiereis Berlijn',
                                                "Geachte,\n\nIk kreeg een herinnering voor de studiereis van mijn zoon Hamza (6IBb). Sinds januari ben ik mijn werk kwijt en het lukt ons nu niet om 245 euro in een keer te betalen. Kan dit in delen?\n\nMet vriendelijke groeten,\nEmre Yilmaz"),
     date='2025-03-06 09:12', reply=True, about=['P0055'],
     rules=['sensitive'], cats=['financial'],
     note='payment plan for an unpaid trip (parent lost his job), reply to the right parent', fmt=['plain', 'reply'])

mail('robotteam-planning-therapie', S['wst'], [S['klm']], 'planning robotteam april',
     """Koen,

De planning voor de laatste weken voor RoboVaart:

- di 22/4: testrun arena, heel het team
- do 24/4: programmeren autonome run (Sofia, Finn, Warre)
- za 26/4: extra werkdag atelier (alarm regel ik met Bart)
- di 29/4: generale repetitie + inpakken

%s kan op donderdag nooit, hij heeft elke donderdagnamiddag therapie bij de logopedist en de kinderpsycholoog. Ik laat hem op dinsdag de mechanica afwerken.

Kan jij de busjes reserveren voor 10 mei?

Wim""" % NM('P0180'),
     date='2025-04-07 21:30', about=['P0180'],
     rules=['sensitive'], cats=['care'],
     note='planning mail that mentions in passing the weekly therapy of a named pupil', fmt=['plain'])

mail('fwd-aanpassingen-examens', S['ldw'], ['leen.dewachter.lw@gmail.com'], 'FW: Redelijke aanpassingen examens december - 6IBa en 6NP',
     """om thuis af te drukken

-----Oorspronkelijk bericht-----
Van: Evi Goossens <evi.goossens@sintpieterscollege.be>
Verzonden: maandag 18 november 2024 15:30
Aan: Leen De Wachter; Jef Claeys; Rachid Benali
Onderwerp: Redelijke aanpassingen examens december - 6IBa en 6NP

Beste collega's,

Hieronder de afspraken uit de klassenraden van oktober voor de examens van december. Gelieve hier rekening mee te houden bij het opmaken en afnemen van jullie examens.

Leerling\tKlas\tZorgnood\tMaatregelen
""" + ''.join('%s\t%s\t%s\t%s\n' % (NM(p), ROSTER[p]['cls'], z, m) for p, z, m in _ADJ_ROWS) + """
De volledige handelingsplannen staan in het leerlingvolgsysteem.

Groetjes,
Evi Goossens
zorgcoördinator campus Vaartkom""",
     date='2024-11-18 21:02', about=[p for p, _, _ in _ADJ_ROWS],
     rules=['sensitive', 'private_account'], cats=['care', 'medical'],
     note='teacher forwards a care table (named pupils, diagnoses, medication) to her own Gmail',
     fmt=['plain', 'forward'])


# ===========================================================================
# 4. personal mails about one pupil WITHOUT sensitive facts (correctly addressed)
#    - several on purpose about pupils whose surname / first name resembles another family
# ===========================================================================
mail('project-plantenbak-lotte', S['psm'], [P1('P0142')], 'Project slimme plantenbak - Lotte',
     """Beste heer Peeters,

Graag laat ik u weten dat Lotte (4ELT) voor haar project "slimme plantenbak" 17/20 behaalde. De schakeling met de vochtigheidssensor en de relaismodule werkte van de eerste keer, en haar verslag was erg verzorgd. Ze mag het project volgende week mee naar huis nemen.

Met vriendelijke groeten,
Pieter Smets
leraar elektronica""",
     date='2025-03-14 16:02', about=['P0142'],
     rules=[], note='project mark for Lotte Peeters sent to her own father (other Peeters family exists)', fmt=['plain'])

mail('lader-vergeten-oskar', S['dva'], [PM('P0087')], 'je lader',
     """Oskar,

Je USB-C-lader (Lenovo, 65W, met je naam op tape) lag na het 8ste uur nog in B1.07. Hij ligt in het TA-lokaal, kom hem maar halen tijdens de middag.

Dries""",
     date='2024-10-10 16:45', about=['P0087'], mailer='android', enc='8bit',
     rules=[], note='lost charger, mail to the pupil himself', fmt=['plain', 'phone'])

mail('publieksprijs-hackathon-finn', S['klm'], [P1('P0079')], 'Proficiat! Publieksprijs HackDijle',
     None, html="""<html><body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Beste mevrouw Michiels,</p>
<p>Misschien hebt u het al gehoord: het team van Finn (<i>404 Sleep Not Found</i>) heeft zaterdag op de hackathon HackDijle de <b>publieksprijs</b> gewonnen met hun app die de bezetting van de Leuvense fietsenstallingen voorspelt. Finn heeft de pitch gebracht en deed dat met verve.</p>
<p>De prijs (een Raspberry Pi 5-kit per teamlid) wordt op de proclamatie van juni overhandigd. We zetten ook een kort artikel op de schoolwebsite.</p>
<p>Met vriendelijke groeten,<br>Koen Lemmens<br>vakgroepco&ouml;rdinator ICT &amp; elektronica</p>
</body></html>""", mode='alt', date='2025-03-17 12:30', about=['P0079'],
     rules=[], note='prize won by a pupil, sent to his own mother', fmt=['alt'])

mail('uitstap-technopolis-jonas', S['psm'], [P1('P0251')], 'Uitstap Technopolis 3EM - Jonas',
     """Beste heer Wouters,

Jonas gaf zijn strookje voor de uitstap naar Technopolis van vrijdag 11 oktober nog niet af. Zou u het nog willen ondertekenen en meegeven? We vertrekken om 8u15 aan de schoolpoort en zijn rond 15u30 terug. Lunchpakket meebrengen.

Met vriendelijke groeten,
Pieter Smets""",
     date='2024-10-07 18:12', about=['P0251'],
     rules=[], note='practical trip reminder about Jonas Wouters to his own father (another Wouters family exists)', fmt=['plain'])

mail('fwd-evaluatie-stage-ward', S['stage'], [P1('P0282')], 'FW: Evaluatie stage Ward Bogaerts',
     """Beste mevrouw Bogaerts,

Ik stuur u graag de evaluatie door die ik van Wards stagementor kreeg. Mooi om te lezen!

Met vriendelijke groeten,
Tom Verhaegen

-----Oorspronkelijk bericht-----
Van: Kevin Dumont <kevin.dumont@dijlenet.be>
Verzonden: vrijdag 21 maart 2025 16:40
Aan: Tom Verhaegen <tom.verhaegen@sintpieterscollege.be>
Onderwerp: Evaluatie stage Ward Bogaerts

Dag Tom,

Hierbij mijn evaluatie van Ward na zes weken stage:
- technisch: zeer goed, hij heeft zelfstandig de VLAN-migratie bij een klant voorbereid;
- houding: altijd op tijd, vraagt hulp wanneer nodig, goed contact met klanten;
- werkpunt: documentatie mag iets uitgebreider.

Als hij na zijn opleiding werk zoekt, mag hij bij ons solliciteren.

Groeten,
Kevin""",
     date='2025-03-24 08:35', about=['P0282'],
     rules=[], note='forwarded positive internship evaluation to the pupil\'s own mother', fmt=['plain', 'forward'])

mail('uurrooster-stage-lore', S['stage'], [LIES], 'Re: uren stagiaire',
     """Dag Lies,

Lore Pauwels werkt tijdens haar stage van maandag tot donderdag van 8u30 tot 16u30, met een halfuur middagpauze. Op vrijdag heeft ze terugkomdag op school. Als jullie een keer een vroege of late shift willen (bv. voor een migratie), mag dat, als ze het op voorhand weet en het totaal van 38 uur per week niet overschreden wordt.

Met vriendelijke groeten,
Tom Verhaegen""" + oq('Lies Van Hoof', 'maandag 10 februari 2025 09:02', 'Tom Verhaegen', 'uren stagiaire',
                      "Dag Tom,\n\nWelke uren mag Lore precies werken? En kan ze eens een keer tot 18u blijven voor een release?\n\nLies"),
     date='2025-02-10 11:20', reply=True, about=['P0037'],
     rules=[], note='mentor asks about intern hours; reply with schedule only', fmt=['plain', 'reply'])

mail('selectie-robotteam-sofia', S['wst'], [P1('P0099')], 'Sofia in het robotteam!',
     """Beste mevrouw Rossi,

Ik ben blij u te kunnen melden dat Sofia geselecteerd is voor het robotteam van onze school, dat op zaterdag 10 mei deelneemt aan de RoboVaart Challenge in onze eigen sporthal.

Vanaf april trainen we op dinsdag en donderdag na school (tot 17u30). Gelieve het toestemmingsformulier in bijlage te ondertekenen en via Sofia terug te bezorgen.

Sportieve groeten,
Wim Stevens
coach robotteam""",
     date='2025-03-11 20:10', about=['P0099'],
     atts=[('toestemming_robotteam_2025.pdf', make_pdf([
         'Toestemmingsformulier robotteam Stroom campus Vaartkom - RoboVaart Challenge 2025',
         '',
         'Ondergetekende, ouder van ............................................ (klas ........)',
         'geeft toestemming om deel te nemen aan de trainingen (di en do tot 17u30)',
         'en aan de wedstrijd op zaterdag 10 mei 2025 in de sporthal van campus Vaartkom.',
         '',
         'Handtekening: ..............................        Datum: ..................',
     ], title='Toestemming robotteam'), 'application/pdf')],
     rules=[], note='selection for the robot team, blank consent form; no sensitive fact', fmt=['plain', 'attachment-pdf'])

mail('ccna-module-behaald-nand', S['jcl'], [PM('P0124')], 'proficiat CCNA ITN',
     """Nand,

Je hebt het eindexamen van CCNA Introduction to Networks gehaald met 91%, de beste score van 5NP. Je certificaat en badge staan klaar in je Netacad-account.

Als je wil, mag je volgend jaar als assistent meehelpen in het labo bij 5NP.

Mr. Claeys""",
     date='2025-01-17 14:18', about=['P0124'],
     rules=[], note='certificate obtained, mail to the pupil', fmt=['plain'])

mail('gip-voorstelling-robin', S['ldw'], [P1('P0041')], 'GIP-tussentijdse voorstelling Robin',
     """Beste mevrouw Schepers,

Ik wilde u even laten weten dat Robin vandaag een heel sterke tussentijdse GIP-voorstelling gaf. De jury (met twee externe juryleden van Brabosoft) was onder de indruk van zijn weerstation met dashboard. Zijn voornaamste werkpunt is de planning: hij moet zijn logboek beter bijhouden.

Met vriendelijke groeten,
Leen De Wachter""",
     date='2025-01-29 17:50', about=['P0041'], cs='windows-1252', enc='qp',
     rules=[], note='positive feedback on a pupil\'s project presentation; Windows-1252 body', fmt=['plain', 'plain-cp1252'])

mail('aanbeveling-kasper', S['ldw'], ['Toelatingen Hogeschool Dijleland <toelatingen@hogeschooldijleland.be>'],
     'Aanbevelingsbrief Kasper Lemaire - bachelor Toegepaste Informatica',
     """Geachte,

Op vraag van Kasper Lemaire, leerling van ons 7de jaar IT en netwerken, bezorg ik u graag deze aanbeveling voor zijn kandidatuur voor het traject "Toegepaste Informatica - duaal".

Ik ken Kasper sinds het 5de jaar als leraar programmeren. Hij is een gedreven, nauwkeurige leerling die zich snel nieuwe technologie eigen maakt. Zijn GIP (een ticketsysteem voor onze helpdesk) wordt vandaag nog gebruikt op school. Ook tijdens zijn stage bij DataDijle kreeg hij uitstekende commentaar.

Ik beveel hem dan ook van harte aan.

Met vriendelijke groeten,
Leen De Wachter
leraar programmeren, Stroom campus Vaartkom""",
     date='2025-04-02 10:25', about=['P0285'],
     rules=[], note='recommendation letter to a college, positive only', fmt=['plain'])

mail('laptop-garantie-lars-vos', S['dva'], [P1('P0150')], 'Laptop Lars - scherm vervangen',
     """Beste heer Vos,

Het scherm van de laptop van Lars (6IBb) is vervangen onder garantie, dus kosteloos. Lars heeft zijn laptop vandaag terug gekregen. Zijn bestanden stonden in OneDrive, daar is niets van verloren gegaan.

Met vriendelijke groeten,
Dries Van Aken
technisch assistent""",
     date='2024-11-29 12:14', about=['P0150'],
     rules=[], note='free warranty repair, to the right parent (several pupils named Lars)', fmt=['plain'])

mail('foto-schoolkrant-hanne', S['info'], [P1('P0263')], 'Toestemming foto schoolkrant',
     """Beste mevrouw Dumont,

Hanne (3IW) maakte in de lessen STEM een 3D-geprinte brug die 40 kg kon dragen, een klasrecord. Wij zouden graag een foto van Hanne met haar brug publiceren in de schoolkrant en op de website.

In het begin van het schooljaar gaf u geen toestemming voor foto's op de website. Mogen we voor deze ene keer een foto gebruiken? Een kort antwoord op deze mail volstaat.

Met vriendelijke groeten,
Communicatieteam Stroom campus Vaartkom""",
     date='2025-02-14 09:05', about=['P0263'],
     rules=[], note='photo permission request about Hanne Dumont to her own mother (cf. Dubois/Dumont)', fmt=['plain'])

mail('website-project-lore', S['ldw'], [P1('P0037')], 'Project van Lore op de website',
     """Beste ouders,

Leuk nieuws: de stageplanner die Lore samen met haar GIP-team bouwde, wordt vanaf volgend schooljaar door het stagebureau van de school gebruikt. We zetten het project in de kijker op de website (zonder foto's, enkel de namen van het team, zoals jullie aangaven).

Met vriendelijke groeten,
Leen De Wachter""",
     date='2025-05-20 19:40', about=['P0037'],
     rules=[], note='pupil project featured on the website, to her parents', fmt=['plain'])

mail('punt-netwerken-nina', S['jcl'], [P1('P0188')], 'Correctie punt netwerken Nina',
     """Beste heer Claessens,

Bij het nakijken van de rapporten merkte ik dat er voor Nina een verkeerd punt in Skore stond voor de toets subnetting: 11/20 in plaats van 14/20. Dat is intussen rechtgezet, haar rapportcijfer voor netwerken wordt daardoor 68% i.p.v. 64%.

Excuses voor de verwarring.

Met vriendelijke groeten,
Jef Claeys""",
     date='2024-12-20 10:15', about=['P0188'],
     rules=[], note='mark correction about Nina Claessens sent to her own father (Claes family has a similar address)', fmt=['plain'])

mail('soldeerproject-mats', S['psm'], [P1('P0117')], 'Mats - soldeerproject afwerken',
     """Beste meneer Janssens,

Mats heeft zijn soldeerproject (de led-kubus) nog niet af, omdat hij twee lessen miste voor de sportdag. Hij mag het volgende week op dinsdag en donderdag tijdens de middag in B0.12 afwerken. Ik ben er dan zelf bij.

Met vriendelijke groeten,
Pieter Smets""",
     date='2025-04-25 13:30', about=['P0117'],
     rules=[], note='practical arrangement for Mats Janssens, to his own father (another Janssens family exists)', fmt=['plain'])

mail('codeerwedstrijd-yassine-bouzid', S['rbe'], [P1('P0203')], 'Interne codeerwedstrijd',
     """Beste meneer Bouzid,

Yassine heeft gisteren de interne codeerwedstrijd van de 3de graad gewonnen! Hij loste 7 van de 8 opgaven op, als enige ook de moeilijke grafen-opgave. Hij mag de school vertegenwoordigen op de Vlaamse Programmeerwedstrijd in april.

Met vriendelijke groeten,
Rachid Benali
klassenleraar 6IBb""",
     date='2025-02-07 15:50', about=['P0203'],
     rules=[], note='prize for Yassine Bouzid, to his own father (another Yassine in 6IBa)', fmt=['plain'])

mail('jas-vergeten-lars-mertens', S['jcl'], [P1('P0119')], 'jas Lars',
     """Dag meneer Mertens,

Lars liet gisteren zijn zwarte winterjas (The North Face) in B1.07 liggen. Hij hangt nu aan de kapstok in het leraarslokaal van de vakgroep. Lars mag hem komen halen.

Groeten,
Jef Claeys""",
     date='2025-01-15 08:05', about=['P0119'],
     rules=[], note='lost jacket, to the right parent among several Lars', fmt=['plain'])

mail('hackathon-toestemming-robbe', S['klm'], [P1('P0131')], 'Hackathon - toestemmingsformulier Robbe',
     """Beste meneer Cools,

Robbe heeft zich ingeschreven voor de hackathon van zaterdag 15 maart (9u tot 22u, op school). Omdat hij minderjarig is, hebben we nog het ondertekende toestemmingsformulier nodig. U vindt het in Smartschool onder Documenten > Hackathon. Graag tegen vrijdag 7 maart.

Met vriendelijke groeten,
Koen Lemmens""",
     date='2025-02-28 16:00', about=['P0131'],
     rules=[], note='missing consent form, to the right parent', fmt=['plain'])

mail('meetverslag-febe', S['psm'], [P1('P0171')], 'Meetverslag oscilloscoop',
     """Beste mevrouw Verstraeten,

Ik wou even laten weten dat Febe een uitstekend meetverslag maakte over de RC-kring met de oscilloscoop (19/20). Ze mag het als voorbeeld gebruiken in haar portfolio.

Met vriendelijke groeten,
Pieter Smets""",
     date='2025-02-21 12:45', about=['P0171'],
     rules=[], note='good mark, to the right parent (Vermeulen family has a similar address)', fmt=['plain'])

mail('usb-stick-amir', S['dva'], [P1('P0207')], 'usb-stick gevonden',
     """Goedemiddag,

In het labo werd een usb-stick gevonden met het schoolwerk van Amir (4IW) erop. Hij kan hem ophalen in het TA-lokaal naast B1.05.

Met vriendelijke groeten,
Dries Van Aken""",
     date='2025-03-19 12:40', about=['P0207'],
     rules=[], note='found USB stick, to the right parent (Haddad family has a similar name)', fmt=['plain'])

mail('re-oudercontact-kato', S['jcl'], [P1('P0125')], 'Re: oudercontact',
     """Beste meneer Hendrickx,

Graag gedaan. Zoals besproken: Kato doet het goed, ze haalde 15/20 voor netwerken en haar labo-opdrachten zijn altijd op tijd binnen. Het enige werkpunt is de Engelstalige theorie van Netacad; ze mag daarvoor de Nederlandse samenvattingen op Smartschool gebruiken.

Met vriendelijke groeten,
Jef Claeys""" + oq('Bert Hendrickx <bert.hendrickx@gmail.com>', 'donderdag 12 december 2024 21:10', 'Jef Claeys', 'oudercontact',
                      "Beste meneer Claeys,\n\nBedankt voor het gesprek van gisteren. We volgen het thuis mee op.\n\nMet vriendelijke groeten,\nBert Hendrickx"),
     date='2024-12-13 07:55', reply=True, about=['P0125'],
     rules=[], note='reply to the parent in his own thread, about his own daughter', fmt=['plain', 'reply'])

mail('convention-stage-thibault', S['stage'], [P1('P0027')], 'Convention de stage de Thibault',
     """Chère Madame Leclercq,

Comme vous l'aviez demandé lors de la réunion de parents, je vous écris en français.

La convention de stage de Thibault chez Solvaro (Wavre) est prête. Vous la trouverez dans Smartschool, rubrique Documents > Stages 6IBa. Pourriez-vous la signer et la remettre à Thibault pour le vendredi 21 février ? Le stage se déroule du 3 au 28 mars ; Thibault prendra le train de 7h42 à Leuven, l'entreprise est à dix minutes à pied de la gare de Wavre.

N'hésitez pas à me contacter si vous avez des questions.

Bien cordialement,
Tom Verhaegen
coordinateur des stages, Stroom campus Vaartkom""",
     date='2025-02-12 17:05', lang='fr', about=['P0027'],
     rules=[], note='internship agreement practicalities in French, to the pupil\'s own mother; no sensitive fact', fmt=['plain'])

mail('badge-stagiair-gegevens', S['stage'], ['HR Brabosoft <hr@brabosoft.eu>'], 'Toegangsbadge stagiair Jens Vermeersch',
     """Goedemorgen,

Voor de aanmaak van de toegangsbadge van onze stagiair vroegen jullie de volgende gegevens:

Naam: Jens Vermeersch
Geboortedatum: 14/03/2007
Rijksregisternummer: %s
Opleiding: 6 Informaticabeheer, Stroom campus Vaartkom
Stageperiode: 3 maart - 28 maart 2025
Mentor: Lies Van Hoof

Met vriendelijke groeten,
""" % rrn(7, 3, 14, 217) + SIGP['stage'],
     date='2025-02-24 08:50', about=['P0035'],
     rules=['personal_data'], note='date of birth, valid national register number and school phone in signature; no sensitive fact',
     fmt=['plain'])


# ===========================================================================
# 5. misdirected: about pupil X, sent to the parents of another pupil and to none of X's parents
# ===========================================================================
mail('project-robotarm-wout', S['psm'], [P1('P0142')], 'Project robotarm Wout Peeters (6NP)',
     """Beste heer Peeters,

Wout heeft zijn project robotarm afgerond en behaalde 16/20. De mechanica was erg sterk, de code mag nog wat beter gestructureerd worden. Hij mag de arm volgende week mee naar huis nemen, of laten staan voor de opendeurdag als hij dat wil.

Met vriendelijke groeten,
Pieter Smets
leraar elektronica""",
     date='2025-03-14 16:20', about=['P0007'], mis=True,
     rules=['recipient'], note='mark of Wout Peeters (6NP) sent to the father of Lotte Peeters (4ELT), a different Peeters family',
     fmt=['plain'])

mail('afspraken-oudercontact-yassine', S['ldw'], [P1('P0203')], 'Aanpassingen Yassine El Amrani - 6IBa',
     """Beste ouders,

Zoals besproken op het oudercontact van dinsdag bevestig ik de afspraken voor Yassine El Amrani (6IBa). Omdat het CLB bij Yassine dyslexie heeft vastgesteld, krijgt hij vanaf nu:
- 1/3 extra tijd bij toetsen en examens;
- zijn toetsen digitaal met voorleessoftware;
- geen aftrek voor spelfouten in de vakken programmeren en databanken.

De afspraken worden ook in het leerlingvolgsysteem opgenomen en na de examens geëvalueerd.

Met vriendelijke groeten,
Leen De Wachter
klassenleraar 6IBa""",
     date='2024-11-07 19:05', about=['P0019'], mis=True,
     rules=['sensitive', 'recipient'], cats=['care'],
     note='dyslexia adjustments of Yassine El Amrani sent to the father of Yassine Bouzid (6IBb)', fmt=['plain'])

mail('afbetaling-laptop-lucas', S['boek'], [P1('P0188')], 'Afbetalingsplan laptop Lucas Claes',
     """Beste heer Claes,

Zoals telefonisch besproken bevestigen we dat de laptop van Lucas (6NP) in drie schijven van 150 euro mag worden betaald (oktober, november, december). De herinneringen van september mag u als onbestaande beschouwen.

We begrijpen dat de situatie nu moeilijk is; aarzel niet om ons te contacteren als een schijf niet lukt.

Met vriendelijke groeten,
Ingrid Maes
Boekhouding Stroom campus Vaartkom""",
     date='2024-10-04 11:40', about=['P0033'], mis=True,
     rules=['sensitive', 'recipient'], cats=['financial'],
     note='payment plan for Lucas Claes sent to kristof.claessens (father of Nina Claessens) instead of kristof.claes: autocomplete',
     fmt=['plain'])

mail('stagestart-noor', S['stage'], [P1('P0251')], 'Start stage Noor Wouters - praktische info',
     """Beste ouders van Noor,

Volgende maandag 3 maart start Noor haar stage bij Brabosoft (Interleuvenlaan 15, Heverlee). Praktisch:
- eerste dag om 9u aanmelden aan het onthaal, vragen naar Lies Van Hoof;
- eigen laptop meebrengen;
- middageten: er is een bedrijfsrestaurant, of zelf lunch meebrengen.

Ik kom in de tweede week op stagebezoek.

Met vriendelijke groeten,
Tom Verhaegen""",
     date='2025-02-26 15:30', about=['P0045'], mis=True,
     rules=['recipient'],
     note='sibling mix-up: internship info about Noor Wouters (6IBa) sent to the parent of Jonas Wouters (3EM), who is not her brother',
     fmt=['plain'])

mail('re-oudercontact-incident-labo', S['jcl'], [P1('P0125')], 'Re: oudercontact',
     """Beste ouders,

Ik moet u helaas melden dat Jarne Willems vandaag uit het labo werd verwijderd. Tijdens de praktijkles kreeg hij ruzie met een medeleerling en heeft hij die tegen de serverkast geduwd. Jarne mag morgen niet deelnemen aan de praktijkles en krijgt een strafstudie op woensdagnamiddag. De leerlingenbegeleiding neemt nog contact met u op.

Met vriendelijke groeten,
Jef Claeys
klassenleraar 6NP""" + oq('Bert Hendrickx <bert.hendrickx@gmail.com>', 'donderdag 12 december 2024 21:10', 'Jef Claeys', 'oudercontact',
                         "Beste meneer Claeys,\n\nBedankt voor het gesprek van gisteren. We volgen het thuis mee op.\n\nMet vriendelijke groeten,\nBert Hendrickx"),
     date='2025-01-20 16:48', reply=True, about=['P0112'], mis=True,
     rules=['sensitive', 'recipient'], cats=['psychosocial'],
     note='behaviour incident of Jarne Willems (6NP) sent as a reply in the thread of Kato Hendrickx\'s father',
     fmt=['plain', 'reply'])

mail('laptop-vergeten-arne', S['dva'], [P1('P0171')], 'Laptop Arne Vermeulen in B1.07',
     """Beste mevrouw Vermeulen,

Arne (6NP) heeft vandaag zijn laptop en lader laten liggen in B1.07. Ik heb ze veilig opgeborgen in het TA-lokaal. Hij kan ze morgen vanaf 7u45 komen ophalen.

Met vriendelijke groeten,
Dries Van Aken
technisch assistent""",
     date='2024-10-16 17:10', about=['P0066'], mis=True,
     rules=['recipient'],
     note='autocomplete an.ver...: mail about Arne Vermeulen sent to an.verstraeten (mother of Febe Verstraeten)',
     fmt=['plain'])

mail('ongevalletje-labo-emma', S['psm'], [P1('P0117')], 'Ongevalletje labo - Emma Janssens',
     """Beste meneer Janssens,

Emma (6IBb) heeft zich vanmiddag in het labo elektronica verbrand aan de soldeerbout (duim en wijsvinger rechterhand). We hebben de vingers meteen lang gekoeld en verzorgd. Omdat er blaren kwamen, heeft de EHBO-verantwoordelijke aangeraden om vanavond nog naar de huisarts te gaan; het lijkt op een tweedegraadsbrandwonde.

Het formulier voor de schoolverzekering geeft Emma morgen mee.

Met vriendelijke groeten,
Pieter Smets""",
     date='2025-02-13 15:55', about=['P0058'], mis=True,
     rules=['sensitive', 'recipient'], cats=['medical'],
     note='burn injury of Emma Janssens (6IBb) sent to the father of Mats Janssens (5NP), another family',
     fmt=['plain'])

mail('prijs-beste-ontwerp-lars', S['wst'], [P1('P0119')], 'Prijs beste ontwerp RoboVaart!',
     """Beste ouders,

Proficiat! Lars Vos (6IBb) heeft zaterdag op de RoboVaart Challenge de prijs voor het beste mechanisch ontwerp gewonnen met de grijparm die hij volledig zelf in Fusion 360 tekende en printte. De jury was erg onder de indruk.

De foto's van de dag komen later deze week op Smartschool.

Sportieve groeten,
Wim Stevens
coach robotteam""",
     date='2025-05-12 09:10', about=['P0150'], mis=True,
     rules=['recipient'],
     note='prize of Lars Vos sent to the father of Lars Mertens (5NP): wrong Lars chosen in the search',
     fmt=['plain'])

mail('stageovereenkomst-milan', S['stage'], [P1('P0233')], 'Stageovereenkomst Milan De Wit (6IBa) - twee adressen',
     """Beste mevrouw De Wit,

Bedankt voor uw telefoontje van vanmorgen. Ik heb genoteerd dat Milan sinds de scheiding om de week bij zijn papa in Antwerpen woont en dat u en uw ex-partner momenteel enkel via advocaten communiceren. Ik stuur de stageovereenkomst van Milan daarom naar beide adressen, zodat u allebei kan tekenen zonder dat u elkaar moet contacteren.

Met vriendelijke groeten,
Tom Verhaegen
stagecoördinator""",
     date='2025-01-10 11:25', about=['P0072'], mis=True,
     rules=['sensitive', 'recipient'], cats=['family'],
     note='divorce situation of Milan De Wit (6IBa, mother Sofie Maes) sent to sofie.dewit, mother of Jules De Wit (2A1)',
     fmt=['plain'])

mail('fwd-evaluatie-stage-elias', S['stage'], [P1('P0263')], 'FW: evaluatie stage Elias Dubois',
     """Beste mevrouw Dubois,

Hieronder de tussentijdse evaluatie van Elias door zijn mentor. Proficiat!

Tom Verhaegen

-----Oorspronkelijk bericht-----
Van: Pieter-Jan Dierickx <pj.dierickx@datadijle.com>
Verzonden: donderdag 13 maart 2025 17:05
Aan: Tom Verhaegen
Onderwerp: evaluatie stage Elias Dubois

Tom,

Elias doet het prima: hij heeft onze monitoring met Grafana opnieuw opgezet en de documentatie is netjes. Hij mag iets assertiever zijn in de stand-ups.

PJ""",
     date='2025-03-14 08:15', about=['P0290'], mis=True,
     rules=['recipient'],
     note='autocomplete marie.du...: evaluation of Elias Dubois (7ITN) forwarded to marie.dumont (mother of Hanne Dumont)',
     fmt=['plain', 'forward'])

mail('gesprek-leerlingenbegeleiding-bram', S['aw'], [P1('P0131')], 'Bram Coenen (5NP) - gesprek leerlingenbegeleiding',
     """Beste meneer Coenen,

Na ons telefoongesprek stuur ik u graag een korte samenvatting. Bram vertelde mij dat hij de voorbije weken in de klas (5NP) systematisch uitgelachen wordt, dat zijn laptop tijdens de pauze twee keer gewist werd en dat er in de klasgroep een meme over hem gedeeld werd. Hij durft daardoor niet meer naar de praktijklessen.

We plannen volgende week een no-blame-gesprek met de klas. Bram gaf aan dat hij het daarmee eens is. Ik volg hem wekelijks op.

Met vriendelijke groeten,
Annelies Wuyts
leerlingenbegeleiding""",
     date='2025-02-27 17:20', about=['P0130'], mis=True,
     rules=['sensitive', 'recipient'], cats=['psychosocial'],
     note='bullying of Bram Coenen (5NP) sent to dirk.cools (father of Robbe Cools, next row in the class list) instead of dirk.coenen',
     fmt=['plain'])

mail('hackathon-team-amira', S['klm'], [P1('P0207')], 'Hackathon - Amira in team VK-Bytes',
     """Beste ouders,

Amira Haddad (6IBb) is geselecteerd voor het hackathonteam VK-Bytes dat op 15 maart deelneemt aan HackDijle. Het programma loopt van 9u tot 22u; de school zorgt voor eten en drinken. Wilt u het toestemmingsformulier in Smartschool ondertekenen?

Met vriendelijke groeten,
Koen Lemmens""",
     date='2025-02-28 16:10', about=['P0094'], mis=True,
     rules=['recipient'],
     note='hackathon selection of Amira Haddad sent to the parent of Amir Haddouchi (4IW): wrong name picked in search',
     fmt=['plain'])


# ===========================================================================
# 6. general letters to all parents / all staff (BCC or group address in BCC) - must pass
# ===========================================================================
UNDISC = 'undisclosed-recipients:;'


def parents_of(*classes):
    out = []
    for p in sorted(ROSTER.values(), key=lambda p: p['id']):
        if p['cls'] in classes:
            for a in (p['p1'], p['p2']):
                if a and a not in out:
                    out.append(a)
    return out


def word_html(paras, sign):
    """Outlook/Word-style HTML from a list of paragraphs ('# ' = heading, '- ' = bullet)"""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--'
           'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
           'h2{font-size:13.0pt;font-family:"Calibri Light",sans-serif;color:#2F5496;}'
           '--></style></head><body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    inlist = False
    for p in paras:
        if p.startswith('- '):
            if not inlist:
                out.append('<ul style="margin-top:0cm">')
                inlist = True
            out.append('<li class="MsoListParagraph">%s</li>' % htmlmod.escape(p[2:]))
            continue
        if inlist:
            out.append('</ul>')
            inlist = False
        if p.startswith('# '):
            out.append('<h2>%s</h2>' % htmlmod.escape(p[2:]))
        else:
            out.append('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % htmlmod.escape(p).replace('\n', '<br>'))
    if inlist:
        out.append('</ul>')
    out.append('<p class="MsoNormal">%s</p></div></body></html>' % htmlmod.escape(sign).replace('\n', '<br>'))
    return ''.join(out)


def word_text(paras, sign):
    t = []
    for i, p in enumerate(paras):
        if p.startswith('# '):
            t.append(p[2:].upper())
        elif p.startswith('- '):
            t.append('\u2022 ' + p[2:])
        else:
            t.append(p)
        if not (p.startswith('- ') and i + 1 < len(paras) and paras[i + 1].startswith('- ')):
            t.append('')
    return '\n'.join(t) + sign


def letter(slug, frm, bcc, subject, paras, sign, date, note, to=UNDISC, lang='nl', fmt=('alt',), atts=()):
    mail(slug, frm, [to], subject, word_text(paras, sign), html=word_html(paras, sign), mode='alt', bcc=bcc,
         date=date, rules=[], note=note, lang=lang, fmt=list(fmt) + ['bcc-envelope'], atts=atts)


DIRSIGN = "Hilde Vanderstraeten\ndirecteur Stroom campus Vaartkom"

letter('brief-ouders-ict-charter', S['direc'], ['ouders-vaartkom@spc.ksleuven.be'],
       'ICT-charter 2024-2025: afspraken over het gebruik van ICT op school',
       ['Beste ouders,',
        'Onze leerlingen werken elke dag met ICT: hun eigen laptop, de pc\'s in de labo\'s, Smartschool, Microsoft 365, de Git-server van de afdeling ICT en de 3D-printers en lasercutter. Om dat veilig en respectvol te laten verlopen, hebben we het ICT-charter geactualiseerd. Het maakt deel uit van het schoolreglement.',
        '# Wat verwachten we van de leerlingen?',
        '- Ze gebruiken enkel hun eigen account en geven hun wachtwoord aan niemand door, ook niet aan vrienden.',
        '- Ze sluiten geen eigen toestellen (routers, Raspberry Pi\'s, access points) aan op het schoolnetwerk zonder toestemming van de leraar.',
        '- Ze scannen, testen of "hacken" het schoolnetwerk niet, ook niet "om te proberen". Oefenen doen we in de afgeschermde labo-omgeving.',
        '- Ze maken geen foto\'s, video\'s of (AI-)bewerkingen van medeleerlingen of personeel zonder toestemming en verspreiden die niet.',
        '- Ze melden een probleem of een lek aan een leraar of aan de ICT-helpdesk in plaats van het zelf uit te proberen.',
        '# Wat doet de school?',
        'De school beveiligt het netwerk en de accounts en volgt het gebruik op zoals beschreven in het privacybeleid van Stroom. Inbreuken worden behandeld volgens het orde- en tuchtreglement.',
        'U vindt het volledige charter in Smartschool onder Documenten > Schoolreglement. We vragen u om het samen met uw zoon of dochter door te nemen.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2024-09-04 17:00', 'general letter to all parents about acceptable ICT use; group address in BCC')

letter('brief-personeel-ict-charter', S['direc'], ['personeel-vaartkom@spc.ksleuven.be'],
       'ICT-charter personeel - nieuwe versie',
       ['Beste collega\'s,',
        'In bijlage aan het arbeidsreglement vind je vanaf vandaag de nieuwe versie van het ICT-charter voor personeelsleden. De belangrijkste wijzigingen:',
        '- Gebruik voor schoolzaken altijd je schoolaccount, nooit een privé-mailadres (communicatiebeleid §3.2).',
        '- Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg en financieel) hoort in het leerlingvolgsysteem, niet in een mail.',
        '- Mail je meerdere ouders of externen tegelijk, zet hen in BCC.',
        '- Gedeelde accounts en beheerwachtwoorden staan in de wachtwoordkluis; ze worden nooit per mail of chat doorgegeven.',
        '- Een vermoedelijk datalek meld je meteen aan privacy@lksd.ksleuven.be.',
        'Op de pedagogische studiedag van 23 oktober lichten we het charter kort toe.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2024-09-02 12:00', 'general letter to all staff about ICT use; staff list in BCC')

letter('brief-laptopproject-2025', S['direc'], ['ouders4em@spc.ksleuven.be', 'ouders4iw@spc.ksleuven.be', 'ouders4elt@spc.ksleuven.be'],
       'Laptopproject schooljaar 2025-2026 (leerlingen die volgend jaar naar het 5de jaar gaan)',
       ['Beste ouders,',
        'In de derde graad van de studierichtingen Informaticabeheer, Netwerken en programmeren en Elektrotechnieken werkt elke leerling met een eigen laptop. Via het laptopproject van de school kan u een toestel aankopen dat aan alle eisen voldoet, met vier jaar garantie en herstelling op school.',
        '# Praktisch',
        '- Infoavond: dinsdag 13 mei om 19u30 in de refter van campus Vaartkom.',
        '- Bestellen kan tot 15 juni via het formulier in Smartschool.',
        '- De laptop wordt in de eerste schoolweek uitgedeeld.',
        '# Kostprijs',
        'De kostprijs wordt in vier schijven op de schoolrekening gezet. Wie de kostprijs moeilijk kan dragen, kan in alle vertrouwen contact opnemen met de boekhouding of met de zorgcoördinator; we zoeken samen naar een oplossing (betalingsspreiding, schooltoelage). Geen enkele leerling zal om financiële redenen zonder laptop zitten.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2025-04-24 16:30', 'general letter to all parents of 4th-year classes; group addresses in BCC; no pupil named')

letter('brief-personeel-phishing', S['ict'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Let op: phishingmails "Uw mailbox is vol"',
       ['Beste collega\'s,',
        'Deze week kregen al meerdere collega\'s een mail met als onderwerp "Uw mailbox is vol - verifieer uw account". De mail lijkt van Microsoft of van de helpdesk te komen en vraagt om in te loggen via een link.',
        'Dit is phishing. Klik niet op de link en vul nergens je gegevens in.',
        '- Stroom en de ICT-helpdesk vragen nooit je wachtwoord, niet per mail, niet per telefoon en niet via Teams.',
        '- Twijfel je? Stuur de mail als bijlage door naar helpdesk@spc.ksleuven.be en verwijder hem daarna.',
        '- Heb je toch je gegevens ingevuld? Wijzig dan meteen je wachtwoord via mysignins.microsoft.com en verwittig de helpdesk.',
        'Bedankt om alert te blijven!',
        'Met vriendelijke groeten,'],
       "ICT-helpdesk Stroom", '2024-10-09 10:15', 'general phishing warning to all staff; mentions passwords but contains none')

letter('brief-ouders-clb', S['direc'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Kennismaking met het CLB',
       ['Beste ouders,',
        'Onze school werkt samen met het Vrij CLB Dijleland. Het CLB (Centrum voor Leerlingenbegeleiding) helpt leerlingen, ouders en de school bij vragen over leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren en preventieve gezondheidszorg.',
        '- U kan gratis en vertrouwelijk een beroep doen op het CLB.',
        '- Het CLB organiseert de verplichte medische onderzoeken en vaccinaties.',
        '- Het CLB-team van onze school is elke dinsdagvoormiddag aanwezig op campus Vaartkom.',
        'Meer informatie en de contactgegevens vindt u in de brochure in bijlage en op de website van het CLB.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2024-09-12 15:00', 'general CLB information letter to all parents; no pupil named',
       atts=[('Brochure_CLB_Dijleland_2024-2025.pdf', make_pdf([
           'Vrij CLB Dijleland - brochure voor ouders 2024-2025',
           'Wat doet het CLB? Leren en studeren - onderwijsloopbaan - psychisch en sociaal functioneren -',
           'preventieve gezondheidszorg. Begeleiding is gratis en vertrouwelijk.',
           'Uw contactpersoon op school: het CLB-team, elke dinsdagvoormiddag op campus Vaartkom.',
       ], title='Brochure CLB'), 'application/pdf')], fmt=('alt', 'attachment-pdf'))

letter('brief-ouders-medicatiebeleid', S['direc'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Medicatie op school - afspraken',
       ['Beste ouders,',
        'Soms moet uw kind tijdens de schooluren medicatie nemen. Om dat veilig te laten verlopen gelden volgende afspraken:',
        '- Personeel geeft geen medicatie zonder schriftelijke toestemming van de ouders en een doktersattest met naam, dosis en tijdstip.',
        '- Het formulier "Medicatie op school" vindt u in Smartschool. Bezorg het ingevuld aan het leerlingensecretariaat.',
        '- Noodmedicatie (bv. bij allergie of epilepsie) wordt bewaard op het secretariaat, waar het personeel weet wat te doen.',
        '- Bij labo-activiteiten (lasercutter, soldeerstations, chemische producten) houden we rekening met de medische informatie die u ons bezorgt.',
        'Medische informatie behandelen we vertrouwelijk en bewaren we enkel in het leerlingvolgsysteem.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2024-09-16 16:00', 'general medication policy letter to all parents; no pupil named')

letter('brief-ouders-antipestbeleid', S['direc'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Samen tegen (cyber)pesten en deepfakes',
       ['Beste ouders,',
        'In verschillende scholen in Vlaanderen doken de voorbije maanden gemanipuleerde beelden (deepfakes) van leerlingen op, gemaakt met AI-apps. Ook op onze school willen we hier alert voor zijn.',
        '# Ons standpunt',
        'Pesten, ook online en buiten de schooluren, aanvaarden wij niet. Het maken of doorsturen van gemanipuleerde beelden van anderen is bovendien strafbaar.',
        '# Wat doen we?',
        '- In alle klassen van de tweede en derde graad is er in maart een les mediawijsheid over deepfakes.',
        '- Leerlingen kunnen pesten melden bij hun klassenleraar, de leerlingenbegeleiding of anoniem via de meldknop in Smartschool.',
        '- Bij meldingen werken we herstelgericht, maar we nemen ook tuchtmaatregelen waar nodig.',
        '# Wat kan u doen?',
        'Praat met uw kind over wat het online ziet en deelt, en neem contact met ons op als u zich zorgen maakt.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2025-03-24 17:00', 'general anti-bullying letter to all parents; no pupil named, no incident details')

letter('brief-ouders-herinnering-schoolrekening', S['boek'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Herinnering: schoolrekening december',
       ['Beste ouders,',
        'De schoolrekening van december werd op 16 december via Smartschool verstuurd. Wie nog niet betaald heeft, vragen we vriendelijk om dat te doen vóór 31 januari.',
        'Gebruik bij de betaling steeds de gestructureerde mededeling die op uw rekening staat, dan wordt de betaling automatisch aan de juiste leerling gekoppeld.',
        'Is het moeilijk om de rekening in één keer te betalen? Neem dan contact op met de boekhouding via boekhouding@spc.ksleuven.be. We behandelen uw vraag discreet en zoeken samen naar een oplossing.',
        'Hebt u al betaald, dan mag u deze herinnering als onbestaande beschouwen.',
        'Met vriendelijke groeten,'],
       "Boekhouding Stroom campus Vaartkom", '2025-01-13 09:00',
       'general payment reminder to all parents; nobody named', fmt=('alt',))

letter('brief-personeel-mfa', S['ict'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Vanaf 1 oktober: meervoudige verificatie (MFA) verplicht',
       ['Beste collega\'s,',
        'Vanaf 1 oktober wordt meervoudige verificatie (MFA) verplicht voor alle personeelsaccounts van Stroom. Bij het aanmelden buiten het schoolnetwerk vragen we dan naast je wachtwoord een bevestiging op je gsm.',
        '- Installeer vooraf de app Microsoft Authenticator.',
        '- Volg de handleiding in Teams > Personeel > ICT > MFA instellen.',
        '- Geen smartphone? Vraag een sleutelhanger-token aan bij de helpdesk.',
        'Geef nooit een code die je op je gsm ontvangt door aan iemand anders, ook niet aan de helpdesk.',
        'Met vriendelijke groeten,'],
       "Sara Ooms\nICT-coördinator Stroom", '2024-09-19 12:30', 'general MFA announcement to all staff; no codes')

letter('brief-ouders-hackathon-6dejaars', S['klm'], parents_of('6IBa', '6IBb', '6NP'),
       'HackDijle op zaterdag 15 maart - info voor ouders van de 6de jaars ICT',
       ['Beste ouders,',
        'Op zaterdag 15 maart neemt onze school deel aan HackDijle, een hackathon voor leerlingen en studenten in Leuven. Drie teams van onze 6de jaars ICT werken een dag lang aan een app of toestel rond het thema "slimme stad".',
        '- Plaats: campus Vaartkom (refter en labo\'s)',
        '- Uur: van 9u tot 22u. Ophalen kan vanaf 21u45 aan de schoolpoort.',
        '- Eten en drinken worden voorzien. Allergieën of dieetwensen kan uw zoon of dochter melden bij mij.',
        '- Leerlingen brengen hun eigen laptop en lader mee.',
        'Deelname is vrijwillig; de leerlingen die zich opgaven, kregen een toestemmingsformulier via Smartschool.',
        'Met vriendelijke groeten,'],
       "Koen Lemmens\nvakgroepcoördinator ICT & elektronica", '2025-02-20 18:00',
       'general letter to all parents of the 6th-year IT classes; individual addresses only in the SMTP envelope (BCC)')

letter('brief-personeel-onderhoud-servers', S['ict'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Onderhoud servers en netwerk tijdens de krokusvakantie',
       ['Beste collega\'s,',
        'Tijdens de krokusvakantie (3 tot 7 maart) voeren we onderhoud uit aan de servers en het netwerk van campus Vaartkom.',
        '- Maandag 3 maart: geen wifi en geen toegang tot de S-schijf.',
        '- Dinsdag 4 maart: Git-server en reservatiesysteem van de labo\'s onbereikbaar.',
        '- Smartschool en Microsoft 365 blijven gewoon werken.',
        'Sla je bestanden vooraf op in OneDrive als je in de vakantie wil doorwerken.',
        'Met vriendelijke groeten,'],
       "ICT-helpdesk Stroom", '2025-02-24 11:00', 'general maintenance notice to all staff')

letter('brief-ouders-infoavond-robotwedstrijd', S['wst'], parents_of('5IB', '5NP', '5EE', '6NP'),
       'Online infoavond RoboVaart Challenge - uitnodiging',
       ['Beste ouders,',
        'Op zaterdag 10 mei organiseert onze school de RoboVaart Challenge, een robotwedstrijd voor scholen uit heel Vlaams-Brabant. Leerlingen van de derde graad kunnen meedoen als deelnemer of als vrijwilliger.',
        'Op donderdag 3 april om 20u geven we een korte online infoavond (30 minuten) via Microsoft Teams:',
        'Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Um9ib1ZhYXJ0SW5mb2F2b25k%40thread.v2/0',
        'Vergaderings-id: 372 915 604 288\nWachtwoordcode: Rb8Kq3',
        'Wie niet kan deelnemen, vindt de opname en de presentatie achteraf in Smartschool.',
        'Sportieve groeten,'],
       "Wim Stevens\ncoach robotteam Stroom campus Vaartkom", '2025-03-25 19:15',
       'general invitation to parents with a Teams link and meeting passcode (allowed); parents only in the envelope')

letter('brief-dpo-gevoelige-gegevens', S['dpo'], ['personeel-lksd@lksd.ksleuven.be'],
       'Herinnering: gevoelige leerlingengegevens horen niet in een mail',
       ['Beste collega\'s van alle campussen,',
        'De voorbije maanden kregen we enkele meldingen van mails met gevoelige informatie over leerlingen die bij de verkeerde ouders terechtkwamen. Daarom herhalen we kort de afspraken uit het communicatiebeleid:',
        '- Informatie over de gezinssituatie, psychosociale, medische, zorg- of financiële situatie van een leerling deel je via het leerlingvolgsysteem, niet via mail of chat.',
        '- Controleer de ontvangers voor je op Verzenden klikt, zeker bij gelijkaardige namen (autocomplete!).',
        '- Zet groepen ouders of externen altijd in BCC.',
        '- Stuur schoolmails nooit door naar je privé-mailbox.',
        '- Is er toch iets misgelopen? Meld het meteen aan privacy@lksd.ksleuven.be. Een melding is geen schuldbekentenis: hoe sneller we het weten, hoe beter we de schade kunnen beperken.',
        'Met vriendelijke groeten,'],
       "Aanspreekpunt informatieveiligheid\nLeuvense Katholieke Scholen aan de Dijle vzw", '2025-02-03 08:30',
       'general reminder from the DPO to all staff of the group; list in BCC')

letter('brief-ouders-veiligheid-labo', S['direc'], ['ouders3em@spc.ksleuven.be', 'ouders3iw@spc.ksleuven.be', 'ouders3elt@spc.ksleuven.be', 'ouders4em@spc.ksleuven.be', 'ouders4iw@spc.ksleuven.be', 'ouders4elt@spc.ksleuven.be'],
       'Veiligheid in de labo\'s en ateliers',
       ['Beste ouders,',
        'Vanaf dit schooljaar werken ook de leerlingen van de tweede graad met de 3D-printers, de lasercutter en de soldeerstations van de afdeling ICT en elektronica. Veiligheid staat daarbij voorop.',
        '- Lang haar vast, geen loshangende kledij of sjaals aan de machines.',
        '- Veiligheidsbril bij solderen en bij de kolomboor; de school voorziet er een.',
        '- De lasercutter wordt enkel bediend in aanwezigheid van de leraar of de technisch assistent.',
        '- Heeft uw kind een medische reden waarom het bepaalde machines niet mag gebruiken, laat het dan vertrouwelijk weten aan de zorgcoördinator.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2024-09-23 16:45', 'general lab safety letter to parents of the 2nd grade; group addresses in BCC')

letter('brief-personeel-printsysteem', S['ict'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Nieuw printsysteem: afdrukken met je badge',
       ['Beste collega\'s,',
        'Vanaf maandag 18 november werken alle kopieermachines met "follow-me printing": je print naar de printer "VK-Print" en haalt je afdruk op aan eender welke machine door je personeelsbadge tegen de lezer te houden.',
        '- De eerste keer koppel je je badge door je aan te melden met je schoolaccount op het scherm van de machine.',
        '- Afdrukken die je na 24 uur niet ophaalt, worden gewist.',
        '- Badge kwijt? Meld het op het secretariaat, dan wordt hij geblokkeerd.',
        'Met vriendelijke groeten,'],
       "ICT-helpdesk Stroom", '2024-11-13 14:00', 'general printing system notice to all staff; no codes')

letter('brief-ouders-opendeurdag', S['direc'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Uitnodiging opendeurdag zondag 27 april',
       ['Beste ouders,',
        'Op zondag 27 april van 10u tot 16u zet campus Vaartkom de deuren open. Leerlingen tonen hun projecten: van robots en 3D-prints tot een zelfgebouwd netwerk en apps die ze tijdens de GIP maakten.',
        'Kent u gezinnen die een studiekeuze moeten maken? Breng ze gerust mee. Inschrijven voor volgend schooljaar kan ter plaatse.',
        'Met vriendelijke groeten,'],
       DIRSIGN, '2025-04-10 12:00', 'general open day invitation to all parents')

letter('brief-personeel-wifi-eduroam', S['ict'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Wifi: VK-PERSONEEL verdwijnt, overstap naar eduroam',
       ['Beste collega\'s,',
        'Op 6 januari schakelen we het netwerk VK-PERSONEEL uit. Voortaan gebruik je op alle campussen eduroam.',
        '- Kies het netwerk eduroam.',
        '- Gebruikersnaam: je volledige schoolmailadres.',
        '- Wachtwoord: je gewone schoolwachtwoord.',
        '- Certificaat: accepteer het certificaat van radius.lksd.ksleuven.be.',
        'Lukt het niet op je laptop, kom dan even langs op de helpdesk.',
        'Met vriendelijke groeten,'],
       "ICT-helpdesk Stroom", '2024-12-18 11:30', 'general Wi-Fi change notice to all staff; no key (own password)')

letter('brief-ouders-studiereis-berlijn', S['klm'], parents_of('6IBa', '6IBb', '6NP'),
       'Studiereis Berlijn 24-28 maart: praktische info',
       ['Beste ouders,',
        'Van maandag 24 tot vrijdag 28 maart trekken de 6de jaars ICT naar Berlijn. Op het programma: het Deutsches Technikmuseum, het Computerspielemuseum, een bedrijfsbezoek en natuurlijk de stad zelf.',
        '- Vertrek: maandag 24 maart om 6u45 aan Leuven station (busplatform 3).',
        '- Terug: vrijdag 28 maart rond 21u op dezelfde plaats.',
        '- Meebrengen: identiteitskaart, Europese ziekteverzekeringskaart, gsm-lader, regenjas.',
        '- De kostprijs (395 euro) werd in twee schijven op de schoolrekening gezet.',
        'Medische informatie of dieetwensen die we nog niet kennen, kan u vertrouwelijk doorgeven aan de begeleiders via het formulier in Smartschool.',
        'Met vriendelijke groeten,'],
       "Koen Lemmens, namens de begeleiders", '2025-03-12 19:30',
       'general trip letter to all 6th-year IT parents; parents only in the envelope')

letter('brief-personeel-vergadering', S['adj'], ['personeel-vaartkom@spc.ksleuven.be'],
       'Agenda personeelsvergadering woensdag 22 januari',
       ['Beste collega\'s,',
        'De personeelsvergadering van woensdag 22 januari start om 13u30 in de refter. Agenda:',
        '- Terugblik op de examens van december',
        '- Nieuwe afspraken rond AI-tools bij taken en GIP (werkgroep ICT)',
        '- Stand van zaken laptopproject en vernieuwing van de labo\'s',
        '- Communicatiebeleid: herhaling van de afspraken rond mail en BCC',
        '- Varia',
        'Wie verhinderd is, laat het me weten.',
        'Met vriendelijke groeten,'],
       "Bart Coppens\nadjunct-directeur", '2025-01-15 16:00', 'general staff meeting agenda; staff list in BCC',
       to=A('adj'))

letter('brief-ouders-coaccount-nl-fr', S['secr'], ['ouders-vaartkom@spc.ksleuven.be'],
       'Smartschool co-account / co-compte Smartschool',
       ['Beste ouders,',
        'Elke ouder kan met een eigen co-account inloggen op het Smartschool-account van zijn of haar kind. In de loop van volgende week krijgt uw kind een brief op papier mee met de gegevens om uw co-account te activeren. Wij sturen die gegevens nooit via mail.',
        'Bent u de brief kwijt, kom dan even langs op het leerlingensecretariaat.',
        'Chers parents,',
        'Chaque parent peut se connecter au compte Smartschool de son enfant avec son propre co-compte. La semaine prochaine, votre enfant recevra une lettre sur papier avec les données pour activer votre co-compte. Nous n\'envoyons jamais ces données par e-mail.',
        'Vous avez perdu la lettre ? Adressez-vous au secrétariat des élèves.',
        'Met vriendelijke groeten / Bien à vous,'],
       "Leerlingensecretariaat / Secrétariat des élèves\nStroom campus Vaartkom", '2024-09-06 10:00',
       'general bilingual NL/FR letter to all parents about co-accounts; no codes', lang='nl')


# ===========================================================================
# 7. other mail: bcc, private accounts, dangerous attachments, personal data
# ===========================================================================
_6NP_VISIBLE = [P1(p) for p in ['P0007', 'P0033', 'P0066', 'P0083', 'P0079', 'P0087', 'P0092', 'P0125', 'P0112']]
mail('bedrijfsbezoek-datacenter-6np', S['jcl'], _6NP_VISIBLE, 'Bedrijfsbezoek datacenter 6NP - dinsdag 8 april',
     """Beste ouders,

Op dinsdag 8 april gaan we met 6NP op bedrijfsbezoek naar het datacenter van Dijlenet in Haasrode. We vertrekken met de bus om 8u30 en zijn terug voor de middag. De leerlingen moeten hun identiteitskaart meebrengen (verplicht voor de toegangscontrole) en stevige schoenen dragen.

De kostprijs (6 euro voor de bus) komt op de schoolrekening.

Met vriendelijke groeten,
Jef Claeys
klassenleraar 6NP""",
     date='2025-03-27 20:05',
     rules=['bcc'], note='nine parent addresses of different families visible to each other in To', fmt=['plain', 'parents-in-to'])

mail('evaluatiemoment-mentoren', S['stage'], [KEVIN],
     'Uitnodiging evaluatiemoment stagementoren donderdag 3 april',
     """Beste mentoren,

Graag nodig ik jullie uit voor het evaluatiemoment van de stages van het 7de jaar op donderdag 3 april om 16u in lokaal A1.02 op campus Vaartkom. We overlopen samen de eindevaluaties en bespreken hoe we de samenwerking volgend jaar nog kunnen verbeteren. Er is koffie en taart.

Graag een kort seintje of jullie aanwezig zijn.

Met vriendelijke groeten,
Tom Verhaegen
stagecoördinator""",
     cc=[LIES, PJ, 'Luc Vanhove <luc.vanhove@elektrovanhove.be>', 'Marc Baeten <marc.baeten@ntheverlee.be>'],
     date='2025-03-17 10:40',
     rules=['bcc'], note='five external mentors of different companies visible in To/CC', fmt=['plain', 'externals-in-cc'])

mail('gip-deadline-tussentijds', S['ldw'], ['leerlingen6iba@spc.ksleuven.be'], 'GIP: deadline tussentijds verslag',
     """Dag iedereen,

Herinnering: het tussentijds verslag van jullie GIP moet ten laatste vrijdag 24 januari om 23u59 in Smartschool staan (map GIP > Tussentijds). Gebruik het sjabloon en vergeet het logboek niet.

Wie vragen heeft, kan me dinsdag tijdens de middag vinden in B1.07.

Mevr. De Wachter""",
     date='2025-01-16 13:15',
     rules=['bcc'], note='pupil group address in To', fmt=['plain', 'group-in-to'])

mail('nieuwjaarsdrink', S['adj'], ['personeel-vaartkom@spc.ksleuven.be'], 'Nieuwjaarsdrink vrijdag',
     """Beste collega's,

Vrijdag 10 januari na het 7de lesuur klinken we op het nieuwe jaar in de refter. De vakgroep ICT zorgt voor een verrassing met de lasercutter ;-)

Tot dan!
Bart""",
     cc=['vakgroep-ict@spc.ksleuven.be'], date='2025-01-06 12:20',
     rules=['bcc'], note='staff-wide list in To and a department list in CC', fmt=['plain', 'group-in-to'])

mail('stage-oskar-eerste-dag', S['stage'], ['Luc Vanhove <luc.vanhove@elektrovanhove.be>'],
     'Stage Oskar Nowak - afspraken eerste dag',
     """Beste Luc,

Oskar Nowak (6NP) start maandag zijn stage bij Elektro Vanhove. Hij is er om 8u aan het magazijn en brengt zijn veiligheidsschoenen en laptop mee. Ik zet zijn mama in kopie zodat ook zij op de hoogte is van het uur en het adres.

Met vriendelijke groeten,
Tom Verhaegen""",
     cc=[P1('P0087')], date='2025-02-27 09:30', about=['P0087'],
     rules=['bcc'], note='external mentor and a parent visible to each other (To + CC); correctly addressed, no sensitive fact',
     fmt=['plain', 'externals-in-cc'])

mail('stageplaats-warre', 'Jef Claeys <jefclaeys@telenet.be>', [P1('P0092')], 'Stageplaats Warre bevestigd',
     """Beste heer Desmet,

Ik stuur dit van mijn privé-adres omdat mijn schoolmail op de laptop thuis niet werkt. Goed nieuws: Dijlenet heeft de stageplaats van Warre bevestigd, van 3 tot 28 maart. De stageovereenkomst volgt via Smartschool.

Groeten,
Jef Claeys""",
     date='2025-01-18 21:40', mailer='apple', about=['P0092'],
     rules=['private_account'], note='teacher writes to a parent about school business from a private telenet mailbox',
     fmt=['plain'])

mail('examenvragen-netwerken', 'Koen Lemmens <koen.lemmens78@hotmail.com>', [S['ldw']], 'examen 6NP',
     """Leen,

Hier mijn examenvragen netwerken voor 6NP, kan jij ze nalezen voor vrijdag? Ik zit thuis met een kapotte laptop, vandaar mijn hotmail.

Koen""",
     date='2024-12-04 22:05', mailer='owa',
     atts=[('examen_netwerken_6NP_dec2024.docx', make_docx([
         'Examen netwerken 6NP - december 2024',
         '1. Subnet het netwerk 192.168.40.0/24 in 6 gelijke subnetten. Geef netwerkadres en broadcast.',
         '2. Leg uit wat het verschil is tussen een access- en een trunkpoort.',
         '3. Configureer op R1 een DHCP-pool voor VLAN 20.',
     ]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
     rules=['private_account'], note='staff member sends exam questions to a colleague from a private Hotmail account',
     fmt=['plain', 'attachment-docx'])

mail('fwd-planning-gip-jury', S['rbe'], ['rachid.benali.be@gmail.com'], 'FW: planning GIP-jury 6IBb',
     """

-----Oorspronkelijk bericht-----
Van: Leen De Wachter <ldw@spc.ksleuven.be>
Verzonden: woensdag 21 mei 2025 15:12
Aan: Rachid Benali <rachid.benali@sintpieterscollege.be>
Onderwerp: planning GIP-jury 6IBb

Rachid,

De externe juryleden voor 6IBb zijn bevestigd: Lies Van Hoof (Brabosoft) en Pieter-Jan Dierickx (DataDijle). Jury op dinsdag 17 juni van 8u30 tot 12u30 in A1.02, vijf teams van 40 minuten. Kan jij de volgorde van de teams opstellen?

Leen""",
     date='2025-05-21 15:30',
     rules=['private_account'], note='teacher forwards school mail to his own private Gmail (no sensitive content)',
     fmt=['plain', 'forward'])

mail('koersfiets', 'Wim Stevens <wim.stevens.rc@gmail.com>', ['Tom Robberechts <tom.robberechts@telenet.be>'], 'koersfiets',
     """Tom,

Is die koersfiets van je broer nog te koop? Maat 56 zou perfect zijn. Zaterdag kan ik eens komen kijken, na de training van de hockey.

Wim""",
     date='2025-04-12 10:20', mailer='gmail',
     rules=[], note='staff member\'s private mail about a private matter from a private account: allowed', fmt=['plain'])

mail('driver-arduino-clones', S['dva'], [S['psm']], 'driver Arduino-clones',
     """Pieter,

De goedkope Nano-clones die we gekocht hebben, worden op de labo-pc's niet herkend. In bijlage de CH340-driver, gewoon uitvoeren als admin.

Dries""",
     date='2024-10-08 10:40',
     atts=[('CH341SER.EXE', fake_exe('CH341SER driver installer'), 'application/octet-stream')],
     rules=['attachment'], note='executable driver installer attached', fmt=['plain', 'attachment-exe'])

mail('puntensjabloon-dw', S['klm'], [S['ldw'], S['rbe']], 'Sjabloon DW-punten met macro',
     """Leen, Rachid,

In bijlage het puntensjabloon met de macro die de punten in één klik in het juiste formaat voor Skore zet. Bij het openen op "Inhoud inschakelen" klikken, anders werkt de knop niet.

Koen""",
     date='2024-12-09 09:12',
     atts=[('puntensjabloon_DW_2024.xlsm', make_xlsx([
         ['Naam', 'Klas', 'DW1', 'DW2', 'DW3', 'Totaal'],
         ['(voorbeeld)', '6XX', 12, 15, 14, '=SOM(C2:E2)'],
     ], sheet='Punten', macro=True), 'application/vnd.ms-excel.sheet.macroEnabled.12')],
     rules=['attachment'], note='macro-enabled Excel workbook attached', fmt=['plain', 'attachment-xlsm'])

mail('script-ap-adoptie', S['dva'], [KEVIN], 'script voor de AP-adoptie',
     """Kevin,

In bijlage het PowerShell-script dat we gebruiken om de nieuwe access points in de controller te adopteren. Kan jij het eens nakijken voor we het maandag op het netwerk loslaten?

Dries""",
     date='2025-01-10 11:50',
     atts=[('adopt_aps_labo.ps1', """# adopt_aps_labo.ps1 - Stroom Vaartkom
param([string]$Controller = "https://10.41.99.5:8443")
$aps = Import-Csv .\\aps_labo.csv
foreach ($ap in $aps) {
    Write-Host "Adopting $($ap.MAC) in $($ap.Lokaal)"
    Invoke-RestMethod -Method Post -Uri "$Controller/api/s/default/cmd/devmgr" -Body (@{cmd="adopt"; mac=$ap.MAC} | ConvertTo-Json) -SkipCertificateCheck -WebSession $session
}
""", 'application/octet-stream')],
     rules=['attachment'], note='PowerShell script attached', fmt=['plain', 'attachment-ps1'])

mail('flashtool-wedstrijdrobots', S['wst'], ['RoboVaart Challenge <info@robovaart.be>'], 'Flashtool voor de wedstrijdrobots',
     """Beste organisatie,

Zoals gevraagd de flashtool waarmee de scholen hun robotcontroller op de wedstrijdfirmware kunnen zetten. Uitpakken en robot_flasher.exe starten, de readme legt de rest uit.

Sportieve groeten,
Wim Stevens""",
     date='2025-04-15 20:30',
     atts=[('robot_flasher_v2.zip', make_zip([
         ('robot_flasher/robot_flasher.exe', fake_exe('robot_flasher v2.1')),
         ('robot_flasher/LEESMIJ.txt', 'Sluit de controller aan via USB en start robot_flasher.exe.\r\nKies de COM-poort en klik op Flash.\r\n'),
     ]), 'application/zip')],
     rules=['attachment'], note='zip archive containing an executable', fmt=['plain', 'attachment-zip-exe'])

mail('bootmedium-labo-pcs', S['dva'], [S['jcl']], 'iso voor de labo-pc\'s zonder netwerk',
     """Jef,

Voor de vier pc's achteraan in B1.07 die niet via PXE willen booten: hier de kleine boot-iso. Op een usb-stick zetten met Rufus en ervan opstarten.

Dries""",
     date='2025-01-08 14:25',
     atts=[('vk-lab-boot.iso', fake_iso('VK_LAB_BOOT'), 'application/x-iso9660-image')],
     rules=['attachment'], note='disk image attached', fmt=['plain', 'attachment-iso'])

mail('stagedocumenten-7itn', S['stage'], [PJ], 'Stagedocumenten 7ITN',
     """Dag Pieter-Jan,

In bijlage de stagedocumenten voor jullie twee stagiairs van het 7de jaar: de stagegids en het evaluatieformulier (als zip, de mailserver van jullie blokkeerde vorige keer de losse bestanden).

Met vriendelijke groeten,
Tom Verhaegen""",
     date='2025-02-03 10:05',
     atts=[('stagedocumenten_7ITN_2025.zip', make_zip([
         ('Stagegids_7ITN_2025.pdf', make_pdf(['Stagegids 7ITN 2024-2025', 'Stroom campus Vaartkom', 'Doelen, afspraken, evaluatie.'], title='Stagegids')),
         ('Evaluatieformulier_mentor.docx', make_docx(['Evaluatieformulier stagementor', 'Technische vaardigheden: ...', 'Houding: ...'])),
     ]), 'application/zip')],
     rules=[], note='zip archive with only a PDF and a docx: not dangerous', fmt=['plain', 'attachment-zip'])

_REG = [('P0081', 'Stroomstoring'), ('P0099', 'Stroomstoring'), ('P0092', 'Stroomstoring'),
        ('P0079', '404 Sleep Not Found'), ('P0087', '404 Sleep Not Found'), ('P0033', '404 Sleep Not Found')]
_DOB = {'P0081': '03/05/2007', 'P0099': '19/11/2006', 'P0092': '27/01/2007', 'P0079': '08/08/2007',
        'P0087': '15/02/2007', 'P0033': '30/06/2007'}
mail('hackathon-inschrijving-teams', S['klm'], [HACK], 'Inschrijving teams Stroom Vaartkom',
     """Hallo,

In bijlage de gegevens van twee van onze drie teams voor de verzekering en de badges (het derde team volgt morgen). Jullie formulier vroeg de geboortedatum omdat min-16-jarigen een extra toestemming nodig hebben; alle deelnemers zijn ouder.

Groeten,
Koen Lemmens""",
     date='2025-02-25 17:45', about=[p for p, _ in _REG],
     atts=[('inschrijving_hackdijle_VK.csv',
            'team;voornaam;naam;geboortedatum;e-mail\r\n' +
            ''.join('%s;%s;%s;%s;%s\r\n' % (t, ROSTER[p]['first'], ROSTER[p]['last'], _DOB[p], PM(p)) for p, t in _REG),
            'text/csv')],
     rules=['personal_data'], note='CSV with dates of birth of named pupils; no sensitive fact', fmt=['plain', 'attachment-csv'])

mail('levering-lasercutter-buis', S['dva'], ['Lasertec Benelux <service@lasertec-benelux.be>'], 'RE: offerte vervangbuis CO2-laser',
     """Goedemiddag,

Bedankt voor de offerte (OF-2025-0192). We gaan akkoord met de vervangbuis van 80W inclusief plaatsing. Kan de technicus in de paasvakantie langskomen? Ik ben er op dinsdag 8 en woensdag 9 april.

Met vriendelijke groeten,

""" + SIGP['dva'],
     date='2025-03-21 11:35',
     rules=['personal_data'], note='ordinary supplier mail; school and mobile phone numbers in the signature', fmt=['plain'])


# ===========================================================================
# building the messages
# ===========================================================================
MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'owa': ('X-MS-Has-Attach', None),
    'iphone': ('X-Mailer', 'iPhone Mail (21H16)'),
    'android': ('User-Agent', 'Outlook-Android/2.0'),
    'thunderbird': ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
    'apple': ('X-Mailer', 'Apple Mail (2.3776.700.51)'),
    'gmail': (None, None),
}


def html2text(h):
    t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'\s*\n\s*', ' ', t)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|h\d|ul|table)>', '\n\n', t)
    t = re.sub(r'(?i)</(tr|div)>', '\n', t)
    t = re.sub(r'(?i)<li[^>]*>', '\u2022 ', t)
    t = re.sub(r'(?i)</li>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = htmlmod.unescape(t).replace('\xa0', ' ')
    t = '\n'.join(l.strip(' ') for l in t.split('\n'))
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def text2html(t):
    paras = t.split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
           '<body lang="NL-BE"><div class="WordSection1">']
    for p in paras:
        out.append('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' %
                   htmlmod.escape(p).replace('\n', '<br>\n'))
    out.append('</div></body></html>')
    return '\n'.join(out)


def _charset(cs, enc):
    c = ecs.Charset(cs)
    if enc == 'qp':
        c.body_encoding = ecs.QP
    elif enc == 'b64':
        c.body_encoding = ecs.BASE64
    else:
        c.body_encoding = None
    return c


def text_part(text, sub, cs, enc):
    if enc == '8bit' and all(ord(ch) < 128 for ch in text):
        enc = '7bit'
    if enc in ('8bit', '7bit'):
        p = MIMEText('', sub, cs)
        del p['Content-Transfer-Encoding']
        p.set_payload(text.encode(cs).decode('ascii', 'surrogateescape') if enc == '8bit' else text)
        p['Content-Transfer-Encoding'] = enc
        return p
    return MIMEText(text, sub, _charset(cs, enc))


def fmt_addr(a, cs='utf-8'):
    if a == UNDISC:
        return a
    name, addr = getaddresses([a])[0]
    if name:
        try:
            name.encode('ascii')
            return formataddr((name, addr))
        except UnicodeEncodeError:
            return formataddr((name, addr), charset=cs)
    return addr


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def build(m, idx):
    mode = m['mode'] or ('html' if m['html'] and not m['body'] else 'plain')
    body, html = m['body'], m['html']
    if mode == 'alt':
        if body is None:
            body = html2text(html)
        if html is None:
            html = text2html(body)
    cs, enc = m['cs'], m['enc']
    if mode == 'plain':
        main = text_part(body, 'plain', cs, enc)
    elif mode == 'html':
        main = text_part(html, 'html', cs, enc)
    else:
        main = MIMEMultipart('alternative')
        main.attach(text_part(body, 'plain', cs, enc))
        main.attach(text_part(html, 'html', cs, enc))
    if m['atts']:
        msg = MIMEMultipart('mixed')
        msg.attach(main)
        for fn, data, ctype in m['atts']:
            maintype, sub = ctype.split('/', 1)
            if isinstance(data, str):
                part = MIMEText(data, sub if maintype == 'text' else 'plain', _charset('utf-8', 'qp' if fn.endswith('.txt') else 'b64'))
                if maintype != 'text':
                    part.replace_header('Content-Type', '%s; charset="utf-8"' % ctype)
            else:
                part = MIMEBase(maintype, sub)
                part.set_payload(data)
                encoders.encode_base64(part)
            part.add_header('Content-Disposition', 'attachment', filename=fn)
            part.set_param('name', fn)
            msg.attach(part)
    else:
        msg = main
    dt = mkdate(m['date'])
    frm_addr = getaddresses([m['frm']])[0][1]
    dom = frm_addr.split('@')[1]
    msg['From'] = fmt_addr(m['frm'], cs)
    msg['To'] = ', '.join(fmt_addr(a, cs) for a in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(fmt_addr(a, cs) for a in m['cc'])
    msg['Subject'] = hdr(m['subject'], cs)
    msg['Date'] = format_datetime(dt)
    stamp = dt.strftime('%Y%m%d%H%M')
    if dom.endswith(('gmail.com',)):
        mid = '<CAB%04dVk%s+q8Zx%s@mail.gmail.com>' % (idx, stamp, idx * 7919 % 100000)
    elif dom in ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be'):
        mid = '<DB9PR02MB%04d%s.%05d@DB9PR02MB%04d.eurprd02.prod.outlook.com>' % (idx, stamp, idx * 104729 % 100000, 7000 + idx)
    else:
        mid = '<%s.%04d.b41@%s>' % (stamp, idx, dom)
    msg['Message-ID'] = mid
    if m['reply']:
        prev = '<DB9PR02MB%04dP%s@DB9PR02MB%04d.eurprd02.prod.outlook.com>' % (idx, stamp[:8], 6000 + idx)
        msg['In-Reply-To'] = prev
        msg['References'] = prev
    msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
    k, v = MAILERS.get(m['mailer'], (None, None))
    if k and v:
        msg[k] = v
    if m['mailer'] in ('outlook', 'owa'):
        msg['Thread-Topic'] = hdr(re.sub(r'^(?i:(re|fw|fwd|tr|antw):\s*)+', '', m['subject']), cs)
    # deterministic boundaries, no MIME-Version in sub-parts
    k = 0
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.is_multipart():
            part.set_boundary('----=_NextPart_%03d_%04X_01DB41%02d.%08X' % (k, idx, k, idx * 2654435761 % 2 ** 32))
            k += 1
    # put the MIME headers after the address headers, as mail clients do
    for k in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        v = msg[k]
        if v is not None:
            del msg[k]
            msg[k] = v
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    rcpt = []
    for a in m['to'] + m['cc'] + m['bcc']:
        if a == UNDISC:
            continue
        ad = getaddresses([a])[0][1]
        if ad not in rcpt:
            rcpt.append(ad)
    env_from = m['env_from'] or frm_addr
    return msg, env_from, rcpt


def auto_fmt(m):
    f = list(m['fmt']) or ['plain']
    mode = m['mode'] or ('html' if m['html'] and not m['body'] else 'plain')
    if m['enc'] == 'b64' and 'plain-base64' not in f and mode == 'plain':
        f.append('plain-base64')
    if m['cs'] == 'windows-1252' and 'plain-cp1252' not in f:
        f.append('plain-cp1252')
    if m['enc'] == 'qp' and mode == 'plain' and 'plain-qp' not in f and m['cs'] == 'utf-8':
        f.append('plain-qp')
    if m['atts'] and 'mixed' not in f:
        f.append('mixed')
    for fn, _, _ in m['atts']:
        ext = fn.rsplit('.', 1)[-1].lower()
        tag = 'attachment-' + ext
        if not any(x.startswith('attachment-' + ext) for x in f) and not (ext in ('env', 'example') and 'attachment-env' in f) \
                and not (ext == 'zip' and any(x.startswith('attachment-zip') for x in f)):
            f.append(tag)
    if m['bcc'] and 'bcc-envelope' not in f:
        f.append('bcc-envelope')
    if m['reply'] and 'reply' not in f:
        f.append('reply')
    return f


def yq(s):
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


def ylist(xs):
    return '[' + ', '.join(xs) + ']'


def main():
    for fn in os.listdir(HERE):
        if fn.endswith('.eml'):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    order = sorted(range(len(MAILS)), key=lambda i: (MAILS[i]['date'], i))
    slugs = set()
    lines = ['# batch41 - IT & electronics department, campus Vaartkom (Leuven): credentials, care/psychosocial facts, '
             'misdirected parent mails, general letters', '']
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        fname = '%03d-%s.eml' % (n, m['slug'])
        msg, env_from, rcpt = build(m, n)
        data = msg.as_bytes(policy=compat32.clone(max_line_length=998))
        with open(os.path.join(HERE, fname), 'wb') as f:
            f.write(data)
        rules = m['rules']
        assert set(rules) <= {'password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient'}, rules
        assert ('sensitive' in rules) == bool(m['cats']), m['slug']
        assert ('recipient' in rules) == bool(m['mis']), m['slug']
        lines.append('%s:' % fname)
        lines.append('  rules: %s' % ylist(rules))
        if m['cats']:
            lines.append('  categories: {sensitive: %s}' % ylist(m['cats']))
        lines.append('  mail_from: %s' % env_from)
        lines.append('  rcpt: %s' % ylist(rcpt))
        lines.append('  about: %s' % ylist(m['about']))
        lines.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        lines.append('  note: %s' % yq(m['note']))
        lines.append('  lang: %s' % m['lang'])
        lines.append('  format: %s' % ylist(auto_fmt(m)))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote %d mails, labels.yaml, roster.csv (%d pupils)' % (len(MAILS), len(ROSTER)))


if __name__ == '__main__':
    main()
