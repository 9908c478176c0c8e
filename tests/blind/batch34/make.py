#!/usr/bin/env python3
"""batch34 - blind labelled outbound mail of the PE department and first-aid post
of Sint-Pieterscollege Wilsele (Stroom / LKSD).

Deterministic: standard library only, fixed dates, fixed Message-IDs, seeded randomness.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(34)            # the email package draws boundaries from this module
RNG = random.Random(3434)  # our own choices

# ----------------------------------------------------------------------------
# small helpers: dates, identifiers, files
# ----------------------------------------------------------------------------

def when(s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = (datetime.datetime(2024, 3, 31, 2) <= d < datetime.datetime(2024, 10, 27, 3)) or \
             (datetime.datetime(2025, 3, 30, 2) <= d < datetime.datetime(2025, 10, 26, 3))
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


def iban_be(bank, acct):
    """valid Belgian IBAN from a 3-digit bank code and 7-digit account number"""
    first10 = '%03d%07d' % (bank, acct)
    chk = int(first10) % 97 or 97
    bban = first10 + '%02d' % chk
    cd = 98 - int(bban + '111400') % 97
    s = 'BE%02d%s' % (cd, bban)
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(y, m, d, seq):
    """valid rijksregisternummer for someone born in 2000 or later"""
    base = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
    chk = 97 - int('2' + base) % 97
    return '%s.%s.%s-%s.%02d' % (base[0:2], base[2:4], base[4:6], base[6:9], chk)


ZDATE = (2024, 9, 1, 8, 0, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def esc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def xlsx_bytes(rows, sheet='Blad1', macro=False):
    """a minimal but valid .xlsx (inline strings); macro=True gives an .xlsm with a vbaProject part"""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    main = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>') % main
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % esc(sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % ''.join(xml_rows)
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)]
    if macro:
        vba = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 +
               b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Shell "cmd /c start \\\\nas-sport\\timing\\sync.bat"\r\nEnd Sub\r\n')
        files.append(('xl/vbaProject.bin', vba))
    return zip_bytes(files)


def docx_bytes(paragraphs, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    main = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>') % main
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>') % body
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 +
                      b'Attribute VB_Name = "ThisDocument"\r\nSub Document_Open()\r\n  CreateObject("WScript.Shell").Run "powershell -w hidden -f \\\\nas-sport\\evaluatie\\merge.ps1"\r\nEnd Sub\r\n'))
    return zip_bytes(files)


def pdf_bytes(lines, title='document'):
    """a tiny valid one-page PDF with the given text lines (Helvetica, WinAnsi)"""
    def pdfstr(s):
        s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        return s.encode('cp1252', 'replace')
    content = b'BT /F1 11 Tf 50 800 Td 14 TL\n'
    for ln in lines:
        content += b'(' + pdfstr(ln) + b') Tj T*\n'
    content += b'ET\n'
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'endstream',
            b'<< /Title (' + pdfstr(title) + b') /Producer (Stroom sjablonen) /CreationDate (D:20240901080000+02\'00\') >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objs) + 1).encode() + b'\n0000000000 65535 f \n'
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size ' + str(len(objs) + 1).encode() + b' /Root 1 0 R /Info 6 0 R >>\nstartxref\n'
            + str(xref).encode() + b'\n%%EOF\n')
    return out


def fake_exe(name):
    """a few hundred bytes that look like a Windows PE header - never a working program"""
    h = hashlib.sha256(name.encode()).digest()
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00'
            + b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
            + b'\x00' * 7 + b'PE\x00\x00' + h * 8)


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

# ----------------------------------------------------------------------------
# roster: the pupils of the mails (fixed) + a seeded fill to about 300 pupils
# ----------------------------------------------------------------------------

CLASSES = ['1A', '1B', '1C', '1D', '1E', '1F', '2A', '2B', '2C', '2D', '2E', '2F',
           '3A', '3B', '3C', '3D', '3E', '4A', '4B', '4C', '4D', '4E',
           '5A', '5B', '5C', '5D', '6A', '6B', '6C', '6D']

# id, first name, surname, class, sex, parent 1, parent 2
KEY = [
    ('P0003', 'Febe', 'Vandenberghe', '1A', 'f', 'els.dhondt@telenet.be', 'vandenberghe.bart@gmail.com'),
    ('P0005', 'Ella', 'Mertens', '1A', 'f', 'mertens.bert@telenet.be', 'nathalie.smets@skynet.be'),
    ('P0008', 'Tuur', 'Claes', '1A', 'm', 'an.claes@skynet.be', 'claes.wim@gmail.com'),
    ('P0021', 'Jana', 'Peeters', '2A', 'f', 'kathleen.wuyts@telenet.be', 'peeters.geert@gmail.com'),
    ('P0024', 'Ferre', 'Van Damme', '2A', 'm', 'katrien.devos@telenet.be', 'vandamme.kurt@gmail.com'),
    ('P0025', 'Mila', 'De Backer', '2A', 'f', 'debacker.ellen@gmail.com', ''),
    ('P0034', 'Lars', 'Peeters', '1B', 'm', 'peeters.vandaele@skynet.be', 'hans.peeters@gmail.com'),
    ('P0037', 'Mats', 'Wouters', '1B', 'm', 'ilse.vangeel@hotmail.com', 'wouters.tim@skynet.be'),
    ('P0044', 'Finn', 'De Smet', '1C', 'm', 'desmet.joris@telenet.be', 'charlotte.peeters@gmail.com'),
    ('P0045', 'Liam', 'Verbruggen', '1D', 'm', 'verbruggen.tine@telenet.be', 'jo.verbruggen@proximus.be'),
    ('P0046', 'Chloé', 'Dubois', '1C', 'f', 'dubois.marc@gmail.com', ''),
    ('P0047', 'Zakaria', 'Amrani', '1D', 'm', 'hanan.amrani@outlook.com', ''),
    ('P0048', 'Elif', 'Yilmaz', '1D', 'f', 'yilmaz.hatice@outlook.com', 'murat.yilmaz@gmail.com'),
    ('P0049', 'Amira', 'Haddad', '1E', 'f', 'haddad.k@hotmail.com', 'leila.haddad@gmail.com'),
    ('P0051', 'Ines', 'Santos', '1F', 'f', 'ana.ferreira.santos@gmail.com', 'santos.rui@telenet.be'),
    ('P0052', 'Jakub', 'Kowalski', '1F', 'm', 'magda.kowalska@gmail.com', ''),
    ('P0053', 'Finn', 'De Smedt', '2B', 'm', 'stefaan.desmedt@skynet.be', 'griet.lauwers@telenet.be'),
    ('P0055', 'Nina', 'Popescu', '2B', 'f', 'andreea.popescu@yahoo.com', ''),
    ('P0056', 'Zoë', 'Willems', '2B', 'f', 'willems.pascale@telenet.be', 'frank.willems@gmail.com'),
    ('P0058', 'Dries', 'Janssens', '2C', 'm', 'tine.verbeke@proximus.be', 'koen.janssens@telenet.be'),
    ('P0061', 'Emma', 'Claes', '2C', 'f', 'an.claes@skynet.be', 'claes.wim@gmail.com'),
    ('P0062', 'Yusuf', 'Demir', '2C', 'm', 'demir.family@hotmail.com', ''),
    ('P0070', 'Ilias', 'Bouzid', '2D', 'm', 'bouzid.rachid@gmail.com', 'samira.ouali@hotmail.com'),
    ('P0072', 'Adam', 'Kaya', '2D', 'm', 'kaya.ayse@outlook.com', ''),
    ('P0073', 'Vic', 'Leemans', '2D', 'm', 'leemans.dave@gmail.com', 'caroline.geets@hotmail.com'),
    ('P0078', 'Kobe', 'Thys', '2E', 'm', 'wendy.verlinden@telenet.be', ''),
    ('P0079', 'Ruben', 'Martens', '2E', 'm', 'martens.gert@telenet.be', 'sien.bosmans@gmail.com'),
    ('P0083', 'Oliver', 'Brennan', '2F', 'm', 'sbrennan@gmail.com', 'aoife.kelly@icloud.com'),
    ('P0085', 'Tibo', 'Cools', '2F', 'm', 'cools.nancy@skynet.be', ''),
    ('P0090', 'Lena', 'Wouters', '3A', 'f', 'wouters.devriendt@telenet.be', 'pieter.wouters@gmail.com'),
    ('P0093', 'Marie', 'Segers', '3A', 'f', 'segers.peter@gmail.com', 'hilde.segers@telenet.be'),
    ('P0094', 'Nora', 'Hakimi', '3A', 'f', 'karim.hakimi@outlook.com', ''),
    ('P0101', 'Arne', 'Maes', '3B', 'm', 'maes.familie@telenet.be', ''),
    ('P0104', 'Emre', 'Yilmaz', '3B', 'm', 'yilmaz.mehmet@gmail.com', 'aylin.yilmaz@hotmail.com'),
    ('P0112', 'Yasmine', 'El Amrani', '3C', 'f', 'fatima.bakkali@hotmail.com', 'youssef.elamrani@outlook.com'),
    ('P0115', 'Noor', 'Vermeulen', '3C', 'f', 'sarah.debruyne@skynet.be', 'jan.vermeulen@telenet.be'),
    ('P0129', 'Fien', 'Coppens', '3D', 'f', 'sarah.dewinter@gmail.com', 'coppens.dirk@telenet.be'),
    ('P0131', 'Elias', 'Mertens', '3D', 'm', 'familie.mertens@gmail.com', ''),
    ('P0138', 'Louis', 'Dubois', '3E', 'm', 'isabelle.lefevre@skynet.be', 'olivier.dubois@proximus.be'),
    ('P0140', 'Staf', 'Michiels', '3E', 'm', 'michiels.ann@telenet.be', ''),
    ('P0150', 'Milan', 'Goossens', '4A', 'm', 'goossens.kris@gmail.com', 'liesbet.raes@telenet.be'),
    ('P0152', 'Lina', 'Aydin', '4A', 'f', 'aydin.serkan@gmail.com', 'zeynep.aydin@hotmail.com'),
    ('P0163', 'Milan', 'Hermans', '4B', 'm', 'tom.hermans@icloud.com', 'hermans.els@gmail.com'),
    ('P0165', 'Warre', 'Bogaerts', '4B', 'm', 'bogaerts.luc@skynet.be', 'an.schepers@gmail.com'),
    ('P0166', 'Ruben', 'Vervoort', '4B', 'm', 'vervoort.jan@telenet.be', ''),
    ('P0178', 'Jules', 'Lambrechts', '4D', 'm', 'lambrechts.gert@telenet.be', 'els.vanhove@gmail.com'),
    ('P0180', 'Jules', 'Aerts', '4D', 'm', 'peter.aerts@proximus.be', 'an.lambrechts@gmail.com'),
    ('P0188', 'Wout', 'Peeters', '4C', 'm', 'bart.peeters@telenet.be', 'evi.lenaerts@hotmail.com'),
    ('P0190', 'Aya', 'Mukendi', '4C', 'f', 'mukendi.grace@gmail.com', ''),
    ('P0191', 'Robbe', 'Geerts', '4C', 'm', 'geerts.robert@skynet.be', 'ingrid.claeys@telenet.be'),
    ('P0195', 'Karim', 'Haddad', '4E', 'm', 'haddad.k@hotmail.com', 'leila.haddad@gmail.com'),
    ('P0198', 'Lotte', 'Verhoeven', '4E', 'f', 'verhoeven.mark@telenet.be', 'lies.jacobs@gmail.com'),
    ('P0241', 'Bilal', 'El Amrani', '5A', 'm', 'el.amrani.fam@gmail.com', ''),
    ('P0243', 'Hanne', 'Leemans', '5A', 'f', 'leemans.ria@skynet.be', 'bert.leemans@gmail.com'),
    ('P0252', 'Lucas', 'Maes', '5B', 'm', 'dirk.maes@proximus.be', 'veerle.aerts@gmail.com'),
    ('P0254', 'Hamza', 'Tshibanda', '5B', 'm', 'tshibanda.marie@gmail.com', ''),
    ('P0258', 'Seppe', 'Verstraete', '5C', 'm', 'verstraete.koen@telenet.be', 'liesbeth.daems@gmail.com'),
    ('P0259', 'Jasper', 'Smets', '5C', 'm', 'smets.guido@telenet.be', 'kathy.wauters@hotmail.com'),
    ('P0262', 'Hajar', 'Chakir', '5D', 'f', 'chakir.mohamed@hotmail.com', ''),
    ('P0270', 'Sara', 'Janssens', '6A', 'f', 'kim.vdb@telenet.be', 'janssens.wim@gmail.com'),
    ('P0271', 'Wiktoria', 'Nowak', '6A', 'f', 'nowak.anna@gmail.com', 'piotr.nowak@outlook.com'),
    ('P0279', 'Louise', 'Van den Broeck', '6B', 'f', 'kim.vdbroeck@gmail.com', 'vandenbroeck.stijn@telenet.be'),
    ('P0285', 'Yanis', 'Belkadi', '6C', 'm', 'belkadi.nordine@gmail.com', 'sonia.belkadi@outlook.com'),
]

SURN_VL = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
           'De Smet', 'Hermans', 'Aerts', 'Vermeulen', 'Van den Broeck', 'Lambrechts', 'Van Damme',
           'De Backer', 'Verstraete', 'Smets', 'Coppens', 'Vandenberghe', 'Michiels', 'Leemans', 'Thys',
           'Verhoeven', 'Van Laer', 'Cools', 'Geerts', 'Vervoort', 'Dewulf', 'Bogaerts', 'Martens',
           'Van Hoof', 'Segers', 'Schepers', 'Daems', 'Bosmans', 'Vanderlinden', 'Luyten', 'Heylen',
           'Vandeputte', 'Verbeke', 'Lenaerts', 'Timmermans', 'Van Roey', 'Nijs', 'Wuyts', 'Goris',
           'Vanhove', 'Decoster', 'Dhondt', 'Pauwels', 'Celis', 'Moens', 'Sels', 'Van Gorp', 'Boeckx',
           'Dierckx', 'Feyaerts', 'Rombouts']
ORIGINS = {
    'ma': (['El Amrani', 'Bouzid', 'Haddad', 'Hakimi', 'Boukhari', 'Chakir', 'El Idrissi', 'Benhaddou',
            'Bakkali', 'Ouali', 'Belkadi', 'Mansouri', 'Azzouzi', 'El Khayari'],
           ['Mohamed', 'Ilias', 'Adam', 'Rayan', 'Bilal', 'Hamza', 'Zakaria', 'Ayoub', 'Yanis', 'Omar', 'Anas'],
           ['Yasmine', 'Amira', 'Hajar', 'Aicha', 'Salma', 'Imane', 'Sana', 'Nour', 'Yara', 'Ines', 'Lina']),
    'tr': (['Yilmaz', 'Kaya', 'Demir', 'Özdemir', 'Aydin', 'Çelik', 'Sahin', 'Arslan'],
           ['Emre', 'Yusuf', 'Kerem', 'Burak', 'Efe', 'Mert', 'Ali'],
           ['Elif', 'Zeynep', 'Ecrin', 'Defne', 'Azra', 'Esma']),
    'pl': (['Nowak', 'Lewandowski', 'Wiśniewski', 'Zieliński'],
           ['Jakub', 'Tomasz', 'Kacper', 'Szymon'], ['Wiktoria', 'Zofia', 'Julia', 'Maja']),
    'ro': (['Popescu', 'Ionescu', 'Ivanov', 'Petrov'],
           ['Andrei', 'Stefan', 'Luca', 'Matei'], ['Ioana', 'Maria', 'Elena', 'Daria']),
    'cd': (['Mukendi', 'Tshibanda', 'Kabongo', 'Diallo', 'Mbuyi'],
           ['Joel', 'Samuel', 'Amadou', 'Nathan', 'Gloire'], ['Grace', 'Esther', 'Merveille', 'Divine']),
    'xx': (['Nguyen', 'Ahmadi', 'Rahimi', 'Santos', 'Rossi', 'García', 'Da Silva'],
           ['Noah', 'Lucas', 'Liam', 'Daniel', 'Hugo'], ['Mia', 'Sofia', 'Lea', 'Ana', 'Laura']),
}
FIRST_M = ['Lars', 'Wout', 'Arne', 'Lucas', 'Finn', 'Elias', 'Milan', 'Jules', 'Vic', 'Mats', 'Seppe',
           'Ruben', 'Kobe', 'Jasper', 'Tuur', 'Staf', 'Liam', 'Ferre', 'Warre', 'Noah', 'Louis', 'Lowie',
           'Senne', 'Bent', 'Cas', 'Mathis', 'Robbe', 'Thibo', 'Daan', 'Pieter', 'Wannes', 'Jef', 'Lander',
           'Matteo', 'Siebe', 'Lukas', 'Rune', 'Nand']
FIRST_F = ['Noor', 'Emma', 'Lotte', 'Jana', 'Ella', 'Louise', 'Marie', 'Sara', 'Nora', 'Lena', 'Febe',
           'Hanne', 'Fien', 'Zoë', 'Olivia', 'Mila', 'Nina', 'Julie', 'Lisa', 'Helena', 'Margot', 'Amber',
           'Kato', 'Saar', 'Roos', 'Charlotte', 'Luna', 'Lore', 'Ine', 'Jolien', 'Marthe', 'Axelle', 'Elise',
           'Lien', 'Tess', 'Sien', 'Nele']
PAR_M = ['Bart', 'Koen', 'Tom', 'Kris', 'Peter', 'Jan', 'Dirk', 'Geert', 'Steven', 'Wim', 'Stijn',
         'Joris', 'Pieter', 'Frank', 'Luc', 'Kurt', 'Hans', 'Bert', 'Sven', 'Wouter']
PAR_F = ['An', 'Els', 'Sofie', 'Katrien', 'Ilse', 'Liesbet', 'Veerle', 'Tine', 'Sarah', 'Nathalie',
         'Evi', 'Griet', 'Inge', 'Kathleen', 'Hilde', 'Caroline', 'Leen', 'Kim', 'Lien', 'Eva', 'Nele']
PAR_IM = {'ma': (['Ahmed', 'Rachid', 'Youssef', 'Karim', 'Mustafa'], ['Nadia', 'Fatima', 'Samira', 'Khadija', 'Naima']),
          'tr': (['Mehmet', 'Murat', 'Serkan', 'Hakan'], ['Aylin', 'Hatice', 'Emine', 'Derya']),
          'pl': (['Piotr', 'Marek', 'Pawel'], ['Anna', 'Agnieszka', 'Katarzyna']),
          'ro': (['Bogdan', 'Mihai', 'Dmitri'], ['Ioana', 'Andreea', 'Irina']),
          'cd': (['Jean-Paul', 'Patrick', 'Didier'], ['Chantal', 'Grace', 'Solange']),
          'xx': (['Rui', 'Marco', 'Minh', 'Javier'], ['Ana', 'Lucia', 'Thi', 'Sara'])}
PROVIDERS = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com',
             'hotmail.com', 'outlook.com', 'icloud.com', 'outlook.be', 'hotmail.be']


def slugname(s):
    return re.sub(r'[^a-z]', '', ascii_fold(s).lower())


class Pupil:
    def __init__(self, pid, first, last, klas, sex, p1, p2, dob):
        self.id, self.first, self.last, self.klas, self.sex = pid, first, last, klas, sex
        self.p1, self.p2, self.dob = p1, p2, dob
        self.mail = ''

    @property
    def name(self):
        return '%s %s' % (self.first, self.last)

    @property
    def parents(self):
        return [a for a in (self.p1, self.p2) if a]

    def hij(self):
        return 'hij' if self.sex == 'm' else 'zij'

    def zijn(self):
        return 'zijn' if self.sex == 'm' else 'haar'

    def zoon(self):
        return 'zoon' if self.sex == 'm' else 'dochter'


def dob_for(klas, rng):
    y = 2013 - int(klas[0])
    start = datetime.date(y - 1 if False else y, 1, 1)
    return start + datetime.timedelta(days=rng.randrange(365))


def make_roster():
    rng = random.Random(34034)
    pupils = {}
    used_addr = set()
    for pid, f, l, k, s, a1, a2 in KEY:
        pupils[pid] = Pupil(pid, f, l, k, s, a1, a2, dob_for(k, rng))
        used_addr.update(a for a in (a1, a2) if a)
    used_names = {(p.first, p.last) for p in pupils.values()}

    def new_addr(pf, pl, other_surname=None):
        for _ in range(100):
            prov = rng.choice(PROVIDERS)
            fn, ln = slugname(pf), slugname(pl)
            pat = rng.randrange(9)
            if pat == 0:
                a = '%s.%s@%s' % (fn, ln, prov)
            elif pat == 1:
                a = '%s.%s@%s' % (ln, fn, prov)
            elif pat == 2:
                a = '%s%s@%s' % (fn, ln, prov)
            elif pat == 3:
                a = '%s.%s%d@%s' % (fn, ln, rng.randrange(70, 99), prov)
            elif pat == 4:
                a = '%s%s@%s' % (fn[0], ln, prov)
            elif pat == 5:
                a = '%s.%s@%s' % (fn[:1], ln, prov)
            elif pat == 6 and other_surname and slugname(other_surname) != ln:
                a = '%s.%s@%s' % (ln, slugname(other_surname), prov)
            elif pat == 7:
                a = '%s_%s@%s' % (fn, ln, prov)
            else:
                a = '%s.%s@%s' % (fn, ln[:3], prov)
            if a not in used_addr:
                used_addr.add(a)
                return a
        raise RuntimeError('no address')

    free_ids = ['P%04d' % i for i in range(1, 301) if 'P%04d' % i not in pupils]
    target = {'1': 11, '2': 11, '3': 10, '4': 10, '5': 9, '6': 9}
    count = {c: 0 for c in CLASSES}
    for p in pupils.values():
        count[p.klas] += 1
    total_target = sum(target[c[0]] for c in CLASSES)

    def pick_class(avoid=None):
        # the class furthest below its share; ties broken by the seeded generator
        best = None
        for c in CLASSES:
            if c == avoid:
                continue
            gap = count[c] - target[c[0]] * 300.0 / total_target + rng.random() * 0.9
            if best is None or gap < best[0]:
                best = (gap, c)
        count[best[1]] += 1
        return best[1]
    i = 0
    while i < len(free_ids):
        immigrant = rng.random() < 0.27
        origin = rng.choice(sorted(ORIGINS)) if immigrant else None
        last = rng.choice(ORIGINS[origin][0] if immigrant else SURN_VL)
        if immigrant and rng.random() < 0.75:
            mf, df = rng.choice(PAR_IM[origin][1]), rng.choice(PAR_IM[origin][0])
        else:
            mf, df = rng.choice(PAR_F), rng.choice(PAR_M)
        ml = last if rng.random() < 0.45 else rng.choice(SURN_VL if not immigrant or rng.random() < 0.3 else ORIGINS[origin][0])
        r = rng.random()
        if r < 0.12:
            p1, p2 = new_addr(mf, ml, other_surname=last), ''
        elif r < 0.2:
            fam = slugname(last)
            p1 = rng.choice(['fam.%s@%s', 'familie.%s@%s', 'gezin.%s@%s', '%s.thuis@%s']) % (fam, rng.choice(PROVIDERS))
            if p1 in used_addr:
                p1 = new_addr(mf, ml, other_surname=last)
            used_addr.add(p1)
            p2 = ''
        else:
            p1 = new_addr(mf, ml, other_surname=last)
            p2 = new_addr(df, last)
            if rng.random() < 0.5:
                p1, p2 = p2, p1
        nkids = 2 if rng.random() < 0.14 and i + 1 < len(free_ids) else 1
        prev = None
        for _ in range(nkids):
            for _ in range(50):
                sex = rng.choice('mf')
                if immigrant and rng.random() < 0.8:
                    first = rng.choice(ORIGINS[origin][1] if sex == 'm' else ORIGINS[origin][2])
                else:
                    first = rng.choice(FIRST_M if sex == 'm' else FIRST_F)
                if (first, last) not in used_names:
                    break
            used_names.add((first, last))
            plast = last
            if sex == 'f' and last.endswith(('ski', 'ov')):
                plast = last[:-1] + 'a' if last.endswith('ski') else last + 'a'
            klas = pick_class(avoid=prev)
            prev = klas
            pid = free_ids[i]
            i += 1
            pupils[pid] = Pupil(pid, first, plast, klas, sex, p1, p2, dob_for(klas, rng))
    # pupil addresses, unique like Smartschool makes them
    seen = {}
    for pid in sorted(pupils):
        p = pupils[pid]
        base = '%s.%s' % (slugname(p.first), slugname(p.last))
        seen[base] = seen.get(base, 0) + 1
        p.mail = '%s%s@leerling.sintpieterscollege.be' % (base, '' if seen[base] == 1 else seen[base])
    return pupils


R = make_roster()
PARENT_OF = {}
for _p in R.values():
    for _a in _p.parents:
        PARENT_OF.setdefault(_a, set()).add(_p.id)


def klas(c):
    return sorted((p for p in R.values() if p.klas == c), key=lambda p: (ascii_fold(p.last), p.first))


def P(pid):
    return R[pid]


def write_roster(path):
    rows = sorted(R.values(), key=lambda p: (p.klas, ascii_fold(p.last), ascii_fold(p.first)))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling',
                'E-mailadres ouder 1', 'E-mailadres ouder 2'])
    for p in rows:
        w.writerow([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2])
    with open(path, 'wb') as f:
        f.write(b'\xef\xbb\xbf' + buf.getvalue().encode('utf-8'))

# ----------------------------------------------------------------------------
# staff, partners, signatures
# ----------------------------------------------------------------------------

SCHOOL_TEL = '016 44 71 20'
EHBO_TEL = '016 44 71 29'

STAFF = {
    # key: (name, personal address, short address, function)
    'kvb': ('Kristof Vandenbussche', 'kristof.vandenbussche@sintpieterscollege.be', 'kvb@spc.ksleuven.be',
            'sportcoördinator en leraar LO'),
    'sle': ('Sofie Lemmens', 'sofie.lemmens@sintpieterscollege.be', 'sle@spc.ksleuven.be',
            'leraar LO - verantwoordelijke zwemmen'),
    'bcl': ('Bram Claessens', 'bram.claessens@sintpieterscollege.be', 'bcl@spc.ksleuven.be',
            'leraar LO - klimmuur'),
    'jdr': ('Jonas De Ridder', 'jonas.deridder@sintpieterscollege.be', 'jdr@spc.ksleuven.be',
            'leraar LO - SVS-coördinator'),
    'asg': ('Ann-Sophie Goossens', 'ann-sophie.goossens@sintpieterscollege.be', 'asg@spc.ksleuven.be',
            'leraar LO'),
    'mbe': ('Mehdi Benali', 'mehdi.benali@sintpieterscollege.be', 'mbe@spc.ksleuven.be',
            'leraar LO - fitnessruimte'),
    'gvh': ('Greet Vanhoof', 'greet.vanhoof@sintpieterscollege.be', 'gvh@spc.ksleuven.be',
            'schoolverpleegkundige - EHBO-post'),
    'ldw': ('Liesbeth Dewit', 'liesbeth.dewit@sintpieterscollege.be', 'ldw@spc.ksleuven.be',
            'leerlingenbegeleiding'),
    'dir': ('Peter Verhaegen', 'peter.verhaegen@sintpieterscollege.be', 'directie@spc.ksleuven.be',
            'directeur'),
    'sec': ('Nadia El Khattabi', 'nadia.elkhattabi@sintpieterscollege.be', 'leerlingensecretariaat@spc.ksleuven.be',
            'leerlingensecretariaat'),
    'bkh': ('Marc Stevens', 'marc.stevens@sintpieterscollege.be', 'boekhouding@spc.ksleuven.be',
            'boekhouding'),
    'ict': ('Tom Vos', 'tom.vos@sintpieterscollege.be', 'ict@spc.ksleuven.be', 'ICT-coördinator'),
    'hma': ('Hilde Maes', 'hilde.maes@sintpieterscollege.be', 'hma@spc.ksleuven.be', 'klassenleraar 3B'),
    'lge': ('Lien Geerts', 'lien.geerts@sintpieterscollege.be', 'lge@spc.ksleuven.be', 'leraar LO (interim)'),
    'wva': ('Wim Vanautgaerden', 'wim.vanautgaerden@sintpieterscollege.be', 'wva@spc.ksleuven.be',
            'klassenleraar 3E - Frans'),
}


def st(k, short=False):
    name, full, sh, _ = STAFF[k]
    return '%s <%s>' % (name, sh if short else full)


def stx(k):
    """short address without display name"""
    return STAFF[k][2]


def sig(k, tel=None, style=0, brand=True):
    name, full, sh, fn = STAFF[k]
    lines = []
    if style == 0:
        lines = ['--', name, fn[0].upper() + fn[1:], 'Sint-Pieterscollege Wilsele'
                 + (' | Stroom' if brand else '')]
        if tel:
            lines.append('T ' + tel)
        lines.append(full)
    elif style == 1:
        lines = [name, fn]
        if tel:
            lines.append('tel. ' + tel)
    elif style == 2:
        lines = ['Met sportieve groeten,', '', name, 'Vakgroep LO - Sint-Pieterscollege Wilsele']
        if tel:
            lines.append(tel)
    elif style == 3:
        lines = ['_' * 32, name + ' | ' + fn, 'Sint-Pieterscollege | Stroom - LKSD vzw',
                 'Kapelstraat 14, 3012 Wilsele']
        if tel:
            lines.append('Tel. ' + tel)
        lines.append('Denk aan het milieu voor je deze mail afdrukt.')
    return '\n'.join(lines)


IPHONE = 'Verzonden vanaf mijn iPhone'
ANDROID = 'Verzonden vanaf mijn Galaxy'

# outside partners (invented)
POOL = 'Zwembad Aqua Dijle <reservaties@aquadijle.be>'
POOL_MAN = 'Gert Lauwers <gert.lauwers@aquadijle.be>'
INSURER = 'Arcadia Verzekeringen - schadedienst <schade.scholen@arcadia-verzekeringen.be>'
CLB = 'An Smets <an.smets@vclb-dijleland.be>'
BUS = 'Autocars Dijleland <boekingen@autocarsdijleland.be>'
SUPPLIER = 'Vandersanden Sport <orders@vandersanden-sport.be>'
CLIMB = 'Boulderhal De Kei <groepen@boulderhal-dekei.be>'
HOSPITAL_EHBO = 'AZ Dijlevallei - spoed <spoed.secretariaat@azdijlevallei.be>'
SVS_REG = 'Schoolsport Regio Leuven <regio.leuven@schoolsport-dijleland.be>'

# ----------------------------------------------------------------------------
# mail specification and building
# ----------------------------------------------------------------------------

MAILS = []


def add(slug, frm, to, subject, body, date, rules, note, fmt, cc=(), bcc=(), cats=None, about=(),
        mis=False, lang='nl', html=None, kind='plain', cte=None, charset='utf-8', atts=(), attach_msg=None,
        hdrs=None, mailer=None, envelope_from=None, lookalike=None, group=None):
    if isinstance(to, str):
        to = [to]
    if isinstance(cc, str):
        cc = [cc]
    if isinstance(bcc, str):
        bcc = [bcc]
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body, date=date, rules=list(rules), note=note, fmt=list(fmt), cats=cats,
                      about=list(about), mis=mis, lang=lang, html=html, kind=kind, cte=cte, charset=charset,
                      atts=list(atts), attach_msg=attach_msg, hdrs=hdrs or {}, mailer=mailer,
                      envelope_from=envelope_from, lookalike=lookalike, group=group))


def addr_of(s):
    return parseaddr(s)[1].lower()


MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'owa': None,
    'iphone': 'iPhone Mail (21G93)',
    'thunderbird': None,
    'android': None,
}


def inner_message(frm, to, subject, body, date, cc=(), msgid=None, html=None):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = ', '.join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m['Cc'] = ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(when(date))
    m['Message-ID'] = msgid or '<%s@%s>' % (hashlib.sha1((subject + date).encode()).hexdigest()[:20],
                                          addr_of(frm).split('@')[1])
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    return m


def build(m, n):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = m['frm']
    if m['to']:
        msg['To'] = ', '.join(m['to'])
    else:
        msg['To'] = 'undisclosed-recipients:;'
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subject']
    d = when(m['date'])
    msg['Date'] = format_datetime(d)
    dom = addr_of(m['frm']).split('@')[1]
    h = hashlib.sha1(('batch34/%s' % m['slug']).encode()).hexdigest()
    mailer = m['mailer']
    if mailer == 'outlook' and dom in ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be'):
        mid = '<AM9PR02MB%s%s@AM9PR02MB%s.eurprd02.prod.outlook.com>' % (h[:4].upper(), h[4:18].upper(), h[:4].upper())
    elif mailer == 'iphone':
        mid = '<%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), dom)
    elif dom in ('gmail.com',):
        mid = '<CA+%s%s@mail.gmail.com>' % (h[:24], h[24:32].upper())
    else:
        mid = '<%s.%03d.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), n, h[:10], dom)
    msg['Message-ID'] = mid
    for k, v in m['hdrs'].items():
        msg[k] = v
    if mailer and MAILERS.get(mailer):
        msg['X-Mailer'] = MAILERS[mailer]
    if mailer == 'thunderbird':
        msg['User-Agent'] = 'Mozilla Thunderbird 115.15.0'
    cte = m['cte']
    kind = m['kind']
    if cte is None and kind != 'html' and mailer != 'outlook' and m['charset'] == 'utf-8':
        # Apple Mail, Thunderbird, Gmail and phones send long lines unencoded
        cte = '7bit' if all(ord(c) < 128 for c in m['body']) else '8bit'
    if kind == 'html':
        msg.set_content(m['html'], subtype='html', charset=m['charset'], cte=cte)
    else:
        msg.set_content(m['body'], charset=m['charset'], cte=cte)
        if kind == 'alt':
            msg.add_alternative(m['html'], subtype='html', charset=m['charset'],
                                cte=cte if cte != '8bit' else None)
    for fn, data, ctype in m['atts']:
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn, charset='utf-8')
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if m['attach_msg'] is not None:
        msg.add_attachment(m['attach_msg'])
    if mailer == 'outlook':
        msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary('----=_NextPart_%03d_%02d_%s' % (n, k, h[20:32]))
    return msg.as_bytes(policy=policy.default)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


def outlook_hdr(frm, sent, to, subject, cc=None, lang='nl'):
    if lang == 'en':
        s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
        if cc:
            s += 'Cc: %s\n' % cc
        return s + 'Subject: %s\n' % subject
    if lang == 'fr':
        s = 'De : %s\nEnvoyé : %s\nÀ : %s\n' % (frm, sent, to)
        if cc:
            s += 'Cc : %s\n' % cc
        return s + 'Objet : %s\n' % subject
    s = 'Van: %s\nVerzonden: %s\nAan: %s\n' % (frm, sent, to)
    if cc:
        s += 'CC: %s\n' % cc
    return s + 'Onderwerp: %s\n' % subject


def html_page(inner, font='Calibri'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-size:11pt;font-family:"%s",sans-serif;}'
            'table{border-collapse:collapse;} td,th{border:1px solid #999;padding:2px 6px;'
            'font-size:10pt;font-family:"%s",sans-serif;}</style></head>'
            '<body lang="NL-BE"><div class="WordSection1">%s</div></body></html>' % (font, font, inner))


def html_table(rows, head=True):
    out = ['<table>']
    for i, r in enumerate(rows):
        tag = 'th' if head and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(c), tag) for c in r) + '</tr>')
    out.append('</table>')
    return ''.join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append('  '.join('-' * x for x in w))
    return '\n'.join(out)


def paras_html(text):
    return ''.join('<p class="MsoNormal">%s</p>' % (esc(l) if l else '&nbsp;') for l in text.split('\n'))

# ============================================================================
# A. credentials (35)
# ============================================================================

def group_a():
    G = 'password'
    # A1 weekly overview with the hall code
    body = """Dag collega's,

Kort overzicht voor de week van 16/9:

- Zwemmen 1ste graad start dinsdag. Sofie en Ann-Sophie gaan mee, bus vertrekt om 10u05 aan de Kapelstraat.
- Sportdag 1ste graad: de jury-inschrijvingen van de 6de jaars lopen, lijst hangt in de LO-lokalen.
- Nieuwe code sporthal (zij-ingang aan de fietsenstalling) vanaf maandag: 2580#
  De oude code werkt vanaf dan niet meer.
- Fitnessruimte: Mehdi vraagt om de gewichten na de les terug in het rek te leggen.

Goede week!
Kristof"""
    html = html_page(paras_html(body.split('\n\nGoede week!')[0]) + '<p class="MsoNormal">&nbsp;</p>'
                     '<p class="MsoNormal">Goede week!<br>Kristof</p>')
    add('weekoverzicht-code-sporthal', st('kvb'), [st('sle'), st('bcl'), st('jdr'), st('asg'), st('mbe')],
        'Weekoverzicht LO - week 38', body, '2024-09-13 16:42', [G],
        'door code of the sports hall in the department weekly mail; colleagues addressed one by one',
        ['alt', 'weekly'], kind='alt', html=html, mailer='outlook', group='A')

    add('berging-cijferslot', st('jdr', True), [st('mbe', True)], 'berging',
        'Mehdi, het slot van de materiaalberging is vervangen. Code: nul - vier - één - negen.\n'
        'De nieuwe volleybalnetten liggen achteraan links.\n\nJonas\n\n' + ANDROID,
        '2024-09-18 07:51', [G], 'padlock code of the equipment store spelled out in words',
        ['plain', 'phone'], mailer='android', group='A')

    add('welkom-ehbo-kast', st('gvh'), [st('lge')], 'Welkom + praktisch EHBO sporthal',
        """Dag Lien,

Welkom in het team! Nog enkele praktische zaken voor de EHBO in de sporthal:

* De EHBO-kast hangt naast de deur van kleedkamer 2. Ze heeft een cijferslot: 7312.
* IJspacks liggen in de diepvries van de refter, niet in de sporthal.
* Elk ongeval noteer je in het ongevallenregister (map op de kast), ook als het klein lijkt.
* Bij twijfel bel je me op de EHBO-post.

Tot snel,
Greet

""" + sig('gvh', tel=EHBO_TEL), '2024-09-02 12:10', [G, 'personal_data'],
        'first-aid cabinet code for the interim teacher; first-aid post phone number in the signature',
        ['plain'], mailer='outlook', group='A')

    inner = """Beste gebruiker,

Er werd een account aangemaakt voor Sint-Pieterscollege Wilsele op ZwemPlanner, het reservatieplatform
van Zwembad Aqua Dijle.

Gebruikersnaam: spc.wilsele
Tijdelijk wachtwoord: Zp!8842kw

Bij de eerste aanmelding wordt u gevraagd een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
Onthaal Zwembad Aqua Dijle
Tel. 016 31 88 40"""
    add('fwd-zwemplanner-account', st('sle'), [st('asg')], 'FW: Uw account op ZwemPlanner',
        'Ann-Sophie, zo kan jij ook de baantjes voor 2de graad vastleggen. Ik heb het nog niet gewijzigd.\n\nSofie\n\n'
        + outlook_hdr('ZwemPlanner <noreply@zwemplanner.be>', 'maandag 2 september 2024 9:14',
                      'sofie.lemmens@sintpieterscollege.be', 'Uw account op ZwemPlanner') + '\n' + inner,
        '2024-09-02 10:03', [G, 'personal_data'],
        'forward of the pool platform account mail with a temporary password; pool phone number in the quoted signature',
        ['plain', 'forward'], mailer='outlook', group='A')

    rows = [['Klas', 'Naam', 'Voornaam', 'Gebruikersnaam', 'Startwachtwoord']]
    pw_rng = random.Random(5)
    kl = klas('2A')
    for p in kl:
        pw = '%s%s%d' % (pw_rng.choice(['Bal', 'Net', 'Sprint', 'Mat', 'Touw', 'Ring']),
                         pw_rng.choice(['Rood', 'Blauw', 'Groen', 'Geel']), pw_rng.randrange(10, 99))
        rows.append([p.klas, p.last, p.first, p.mail.split('@')[0], pw])
    csvtxt = '\r\n'.join(';'.join(r) for r in rows) + '\r\n'
    add('moveup-startwachtwoorden-2a', st('ict'), [st('bcl')], 'MoveUp-accounts 2A',
        """Hoi Bram,

In bijlage de accounts voor de MoveUp-app voor 2A. Leerlingen moeten bij de eerste keer inloggen zelf een nieuw
wachtwoord kiezen. Kun je de lijst uitdelen in de les en daarna vernietigen?

Groeten,
""" + sig('ict', style=1), '2024-09-10 14:22', [G],
        'attached csv with start passwords of a whole class for the sports app',
        ['plain', 'attachment-csv'], about=[p.id for p in kl],
        atts=[('MoveUp_2A_startwachtwoorden.csv', csvtxt, 'text/csv')], mailer='outlook', group='A')

    add('wifi-bezoekend-team', st('kvb'), ['Lotte Hendriks <l.hendriks@college-maasland.nl>'],
        'Volleybaltornooi 9 oktober - praktisch',
        """Beste Lotte,

Leuk dat jullie erbij zijn op 9 oktober. Enkele praktische afspraken:

- Jullie kunnen parkeren op de parking aan de achterkant van de sporthal (ingang Kapelstraat 14).
- Kleedkamers 5 en 6 zijn voor jullie ploegen.
- Voor de laptop van jullie scoretafel: wifi SPC-Sport-Gast, sleutel Dijle-2024-gym
- Lunch is voorzien in de refter om 12u15.

Bij aankomst mag je me altijd bellen op 0494 17 62 08.

Sportieve groet,
Kristof Vandenbussche
Sportcoördinator Sint-Pieterscollege Wilsele""", '2024-10-01 19:37', [G, 'personal_data'],
        'guest Wi-Fi key given to a visiting Dutch school; teacher mobile number',
        ['plain'], mailer='outlook', group='A')

    y = P('P0285')
    add('fitness-toezicht-code', st('mbe'), [y.mail], 'Toezicht fitness middag',
        """Hoi %s,

Bedankt dat je vanaf volgende week op dinsdag en donderdag de middagfitness mee wil opvolgen.
De deur van de fitnessruimte heeft een klavier: 1966 en dan op de sleutel drukken.
Laat de code aan niemand anders zien en sluit altijd af als je als laatste vertrekt.

Mehdi""" % y.first, '2024-10-04 11:48', [G],
        'keypad code of the fitness room sent to the pupil who helps supervise',
        ['plain'], about=[y.id], group='A')

    add('klimmuur-sleutelkluis', st('bcl'), ['Tim Verlinden <tim.verlinden.klimmen@gmail.com>'],
        'Klimnamiddag woensdag',
        """Hey Tim,

Super dat je woensdag de groep van de SVS-klimnamiddag overneemt. De touwen en gordels zitten in de kast naast
de muur, de sleutel van die kast hangt in de sleutelkluis rechts van de nooduitgang.
Code van de kluis: 5-2-8-1

Na afloop alles terug en de kluis weer dichtdraaien aub.
Thanks!
Bram""", '2024-10-08 21:05', [G],
        'key-safe code for an outside climbing instructor', ['plain'], mailer='thunderbird', group='A')

    add('smartschool-login-interim', st('sec', True), ['Lien Geerts <lien.geerts88@gmail.com>'],
        'Je account op school',
        """Dag Lien,

Welkom op het Sint-Pieterscollege. Hieronder je gegevens om aan te melden op Smartschool en op de pc's van school:

Gebruikersnaam: lien.geerts
Wachtwoord bij eerste aanmelding: Welkom-SPC-2024

Je wordt gevraagd om meteen een eigen wachtwoord te kiezen. Je schoolmailadres is lien.geerts@sintpieterscollege.be;
gebruik vanaf nu dat adres voor alles wat met school te maken heeft.

Vriendelijke groeten,
Nadia El Khattabi
Leerlingensecretariaat""", '2024-08-30 09:12', [G],
        'start password of a new interim teacher, sent by the secretariat to her private address',
        ['plain'], mailer='outlook', group='A')

    add('sms-code-zwemplanner', st('sle', True), [st('kvb', True)], 'code',
        'Kristof kan jij snel inloggen op ZwemPlanner? Ik sta aan de kassa van het zwembad en krijg de sms-code '
        'op mijn gsm: 583920 (10 min geldig)\n\n' + IPHONE,
        '2024-09-24 10:21', [G], 'one-time SMS code forwarded to a colleague', ['plain', 'phone'],
        mailer='iphone', group='A')

    add('herstelcodes-lo-account', st('ict'), [st('kvb')], 'Herstelcodes account LO',
        """Kristof,

Zoals gevraagd de herstelcodes voor het gedeelde Microsoft-account van de vakgroep LO (lo.wilsele). Elke code
werkt maar één keer. Bewaar ze best in de kluis en niet in je mailbox.

  1. 4827-1193
  2. 5530-8842
  3. 0917-3366
  4. 7261-0458
  5. 3318-9920
  6. 6604-1275
  7. 2291-7783
  8. 8045-5112

Mvg,
Tom Vos
ICT""", '2024-11-05 15:33', [G], 'recovery codes of the department account in a list',
        ['plain-qp'], cte='quoted-printable', mailer='outlook', group='A')

    add('jurylaptop-wachtwoord-in-delen', st('jdr'), [st('mbe')], 'laptop jurykamer',
        """Mehdi,

Voor de laptop in de jurykamer (timing cross): ik zet het wachtwoord op twee lijnen, plak ze achter elkaar
zonder spatie:

Sprint
2025!!

De gebruiker is 'jury'. Excel met de uitslagen staat op het bureaublad.

Jonas""", '2024-10-15 08:02', [G], 'laptop password split over two lines', ['plain'], group='A')

    inner = """Dear organiser,

Your organiser account for the RaceTiming Belgium portal has been created.

Event: Scholencross Sint-Pieterscollege Wilsele - 17/10/2024
Username: spc-wilsele
Password: Tr4ck-Wils!

Please change your password after your first login. Upload your start lists (CSV) at least 48 hours before
the start of the event.

Kind regards,
Support team RaceTiming Belgium
+32 15 28 44 90"""
    add('fwd-timing-portal', st('kvb'), [st('bcl')], 'Fw: Your RaceTiming organiser account',
        'Bram, hier de login voor de cross. Jij laadt de startlijsten op he?\n\nKristof\n\n'
        '-------- Original Message --------\nFrom: RaceTiming Belgium <support@racetiming-belgium.eu>\n'
        'Date: 7 Oct 2024 11:02\nTo: kristof.vandenbussche@sintpieterscollege.be\n'
        'Subject: Your RaceTiming organiser account\n\n' + inner,
        '2024-10-07 11:40', [G, 'personal_data'],
        'forwarded English portal mail with username and password; timing company phone number',
        ['plain', 'forward'], lang='en', group='A')

    add('escalade-code-portail', st('bcl'), ['Julien Marchal <julien.marchal@rocwavre.be>'],
        'Séance d\'escalade du 14 novembre',
        """Bonjour Julien,

Merci encore d'accepter d'encadrer la séance avec les élèves de 5e le 14 novembre.
Quelques infos pratiques :

- Tu peux entrer par le portail arrière, le code est 1407.
- Le matériel (cordes, baudriers, dégaines) est dans le local à côté du mur, cadenas : 3390.
- Les élèves arrivent à 13h25, on commence à 13h30.

À jeudi,
Bram Claessens
Professeur d'éducation physique - Sint-Pieterscollege Wilsele""", '2024-11-10 20:14', [G],
        'gate code and padlock code for a French-speaking climbing instructor', ['plain'], lang='fr',
        group='A')

    add('pincode-werkingskaart', st('kvb'), [st('jdr')], 'bankkaart werkingsrekening',
        """Jonas,

Jij doet zaterdag de aankopen voor het SVS-tornooi. De bankkaart van de werkingsrekening sport ligt in de
bovenste lade van mijn bureau. Pincode: 8306.
Bewaar de kasticketjes en geef ze maandag aan Marc. Je mag tot €250 uitgeven (drank, fruit, medailles).

Wis deze mail aub na het lezen.
K.""", '2024-11-21 17:55', [G], 'PIN of the department bank card', ['plain-cp1252'],
        charset='windows-1252', cte='8bit', mailer='outlook', group='A')

    add('alarmcode-svs-badminton', st('jdr'), ['Dirk Moens <dirk.moens@bcwilsele.be>'],
        'Sleutel en alarm sporthal woensdag',
        """Dag Dirk,

Zoals afgesproken sluiten jullie woensdag na de SVS-badminton zelf af.
Alarm uitschakelen bij binnenkomen: 40519 en dan OFF. Bij het buitengaan: 40519 en ON, je hebt dan 30 seconden.

Als er iets misloopt: mijn gsm is 0471 93 40 56.

Groetjes,
Jonas De Ridder
SVS-coördinator Sint-Pieterscollege""", '2024-11-26 16:20', [G, 'personal_data'],
        'alarm code for a club volunteer; teacher mobile number', ['plain'], group='A')

    add('kopieercode-lo', st('sec', True), [st('lge')], 'kopieercode',
        """Dag Lien,

Je persoonlijke kopieercode is 6643. Hij werkt op de Ricoh in de leraarskamer en op het toestel aan de sporthal.
Het kopieerbudget voor LO staat op naam van Kristof – hij beslist wat er in kleur mag.
Succes met je eerste week en welkom in het team!

Nadia""", '2024-09-03 08:40', [G], 'personal printer code', ['plain-cp1252'], charset='windows-1252',
        cte='quoted-printable', mailer='outlook', group='A')

    xl = xlsx_bytes([['Leerkracht', 'Login PulseClass', 'Wachtwoord', 'Klassen'],
                     ['Ann-Sophie Goossens', 'asg.spc', 'Hartslag!31', '3A 3B 3C'],
                     ['Mehdi Benali', 'mbe.spc', 'Puls-Mehdi77', '5A 5B 6A'],
                     ['Lien Geerts', 'lge.spc', 'Cardio#2024', '1D 1E'],
                     ['Kristof Vandenbussche', 'kvb.spc', 'Polar-kvb-09', 'alle']], sheet='Accounts')
    add('pulseclass-accounts-xlsx', st('kvb'), [st('asg'), st('mbe'), st('lge')],
        'Accounts hartslagmeters',
        'Hallo,\n\nDe hartslagmeters zijn binnen. In bijlage jullie login voor het platform. De gordels liggen in de '
        'berging, opladen via de grijze kist.\n\nKristof\n', '2024-12-02 13:05', [G],
        'xlsx attachment with the logins and passwords of the heart-rate platform',
        ['plain', 'attachment-xlsx'],
        atts=[('PulseClass_accounts.xlsx', xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
        mailer='outlook', group='A')

    add('vrijwilligersplatform-login', st('kvb'), ['Tine Verbruggen <verbruggen.tine@telenet.be>'],
        'Uw account als vrijwilliger op de sportdag',
        """Beste mevrouw Verbruggen,

Hartelijk dank om als vrijwilliger mee te helpen op de sportdag van 23 mei.
U kunt uw post kiezen op ons vrijwilligersplatform (vrijwilligers.spc-sport.be).

Login: uw e-mailadres
Wachtwoord: SportDag#25

Kies uiterlijk 10 mei uw post (onthaal, EHBO-begeleiding, tijdsopname of bevoorrading).

Met sportieve groet,
Kristof Vandenbussche""", '2025-04-22 20:41', [G],
        'login for the volunteer platform sent to a parent volunteer; the mail is not about her child',
        ['plain'], mailer='outlook', group='A')

    q = """Mehdi, weet jij het wachtwoord van de laptop in de jurykamer nog? Ik wil de startlijsten er al
opzetten.
Jonas"""
    add('re-laptop-jurykamer', st('mbe'), [st('jdr')], 'RE: laptop jurykamer',
        """Nog altijd hetzelfde als vorig jaar: SPClo2019 (S, P, C en L hoofdletters? nee, enkel SPC)
Dus: SPClo2019

Mehdi

""" + outlook_hdr(st('jdr'), 'dinsdag 8 oktober 2024 7:58', st('mbe'), 'laptop jurykamer') + '\n' + q,
        '2024-10-08 08:15', [G], 'reply giving the laptop password', ['plain', 'reply'],
        hdrs={'In-Reply-To': '<jurylaptop.vraag.1@sintpieterscollege.be>',
              'References': '<jurylaptop.vraag.1@sintpieterscollege.be>'}, mailer='outlook', group='A')

    rows = [['Klas', 'Gebruiker', 'Wachtwoord', 'Aantal gordels'],
            ['3A', 'spc-3a', 'Rood-Puls-3A', '24'], ['3B', 'spc-3b', 'Blauw-Puls-3B', '24'],
            ['3C', 'spc-3c', 'Groen-Puls-3C', '22'], ['5A', 'spc-5a', 'Geel-Puls-5A', '20']]
    add('pulseclass-klasaccounts-html', st('asg'), [st('sle'), st('mbe')], 'Klasaccounts PulseClass',
        '', '2024-12-04 09:17', [G], 'HTML table with the class accounts and their passwords',
        ['html-only', 'table'], kind='html',
        html=html_page('<p class="MsoNormal">Hoi,</p><p class="MsoNormal">&nbsp;</p>'
                       '<p class="MsoNormal">Voor wie de hartslagmeters in de les wil gebruiken: per klas is er een '
                       'account aangemaakt.</p><p class="MsoNormal">&nbsp;</p>' + html_table(rows) +
                       '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Groetjes<br>Ann-Sophie</p>'),
        mailer='outlook', group='A')

    add('poortcode-judo-woensdag', st('jdr'), ['Sven Aerts <trainer@judoclub-wilsele.be>'],
        'Poort achteraan',
        'Dag Sven,\n\nVanaf volgende woensdag is de voorpoort dicht na 14u. De poort achteraan (fietsenstalling) gaat '
        'open met 2468 en dan het sterretje.\nDe judomatten liggen zoals altijd in de kleine zaal.\n\nGroeten\nJonas',
        '2025-01-08 12:33', [G], 'gate code for the judo club trainer', ['plain'], group='A')

    inner = """Beste Sofie,

Vanaf januari gebruiken de begeleidende leerkrachten niet meer de hoofdingang maar de personeelsingang aan de
zijkant. De sleutel van de deur naar de kleedkamers zit in de sleutelkluis naast die ingang.

Code sleutelkluis: 0917

Gelieve deze code niet met leerlingen te delen.

Met vriendelijke groet,
Gert Lauwers
Zaakvoerder Zwembad Aqua Dijle
T 016 31 88 41 | M 0485 66 21 07"""
    add('fwd-zwembad-personeelsingang', st('sle'), [st('asg'), st('lge')], 'TR: Nieuwe regeling personeelsingang',
        'Ter info voor dinsdag en donderdag!\nSofie\n\n' + outlook_hdr(POOL_MAN, 'vrijdag 20 december 2024 14:02',
                                                                   st('sle'), 'Nieuwe regeling personeelsingang')
        + '\n' + inner, '2024-12-20 15:10', [G, 'personal_data'],
        'forwarded pool mail with the key-safe code; pool manager phone numbers', ['plain', 'forward'],
        mailer='outlook', group='A')

    add('instagram-sport-login', st('jdr', True), [st('lge', True)], 'insta',
        'Lien, kan jij de foto\'s van de scholencross posten op onze insta?\n'
        'Login: spc.sport.wilsele\nWw: Spc$port_Wils\nEnkel foto\'s waar niemand herkenbaar op staat zonder toestemming he!\n\n'
        + ANDROID, '2024-10-18 16:44', [G], 'password of the department Instagram account',
        ['plain', 'phone'], mailer='android', group='A')

    body = """Dag allemaal,

Hierbij de uitnodiging voor het vakgroepoverleg van donderdag om 16u, online zodat de collega's van de
campus Kessel-Lo ook kunnen aansluiten.

________________________________________________________________________________
Microsoft Teams Hulp nodig?
Nu deelnemen aan de vergadering
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZDE4M2UtMzA1Ny00Nzk4LWI1YzQtOGI2%40thread.v2/0
Vergadering-id: 381 447 902 615
Wachtwoordcode: Xq7Fh2
________________________________________________________________________________

PS: de nieuwe gedeelde map met de evaluatiefiches staat op de NAS (\\\\nas-sport\\lo).
Gebruiker: lo-team  -  wachtwoord: Dijle#Nas24

Kristof"""
    html = html_page(paras_html(body))
    add('teams-overleg-en-nas-login', st('kvb'), [st('sle'), st('bcl'), st('jdr'), st('asg')],
        'Vakgroepoverleg LO donderdag 16u', body, '2025-01-13 10:30', [G],
        'Teams invitation passcode is allowed, but the NAS password in the PS must fire',
        ['alt', 'invitation'], kind='alt', html=html, mailer='outlook', group='A')

    lars = P('P0034')
    add('zwemapp-login-lars', st('sle'), ['peeters.vandaele@skynet.be'], 'SwimTrack - account van Lars',
        """Beste ouders,

In het eerste jaar volgen we de zwemvorderingen op met de app SwimTrack. Lars kan daar zijn afstanden en
brevetten bekijken.

Gebruikersnaam: lars.peeters.1b
Wachtwoord: Zwem2024!

Willen jullie het wachtwoord samen met Lars wijzigen bij de eerste aanmelding?

Vriendelijke groeten,
Sofie Lemmens
Leraar LO""", '2024-09-27 18:20', [G],
        'app login of one pupil sent to his own parent; another Peeters family exists in the roster',
        ['plain', 'recipient-lookalike'], about=[lars.id], lookalike='same surname Peeters, correct family',
        mailer='outlook', group='A')

    q = """Hoi Lien,

Voor de reservaties van de klimmuur gebruiken we de app van Boulderhal De Kei.
Login: klimmuur.spc
Het wachtwoord van de klimmuur-app is Klim#Muur77

Bram"""
    add('re-klimmuur-app', st('lge'), [st('bcl')], 'Re: klimmuur-app',
        'Gelukt, ik kon de 4de jaars inplannen voor donderdag. Merci!\n\nLien\n\nOp 9 jan. 2025 om 19:02 schreef '
        'Bram Claessens <bram.claessens@sintpieterscollege.be>:\n' + quote(q),
        '2025-01-10 07:45', [G], 'short thank-you reply that still quotes the password', ['plain', 'reply'],
        hdrs={'In-Reply-To': '<klimmuur.app.bc@sintpieterscollege.be>'}, mailer='thunderbird', group='A')

    add('aed-kast-cijferslot', st('gvh'), [st('kvb'), st('sle'), st('bcl'), st('jdr')], 'AED-kast sporthal',
        """Beste collega's,

Na het vandalisme van vorige week heeft de AED-kast in de gang naar de sporthal nu een cijferslot.
Code: 1 - 9 - 7 - 3

Bij een noodgeval: kast openen, AED meenemen, 112 laten bellen en mij verwittigen.

Greet""", '2025-02-03 08:05', [G], 'code of the defibrillator cabinet', ['plain'], mailer='outlook',
        group='A')

    add('digipass-code-zwembad', st('kvb', True), [st('bkh')], 'code',
        'Marc, hier de code van de kaartlezer voor de overschrijving van de zwembadfactuur: 418 227\n\n' + IPHONE,
        '2025-02-11 09:12', [G], 'bank one-time signing code', ['plain', 'phone'], mailer='iphone', group='A')

    add('klimreservaties-ww', st('bcl'), [st('jdr')], 'klimmuurreservaties 2de semester',
        """Jonas,

Voor de reservaties 2de semester: inloggen met klimmuur.spc, wachtwoord hetzelfde als vorig jaar maar met 25
in plaats van 24 op het einde, dus Griptape25.

Bram""", '2025-01-29 22:10', [G], 'password given as "same as last year but ..." and then written out',
        ['plain'], mailer='thunderbird', group='A')

    add('medicatiekast-nieuwe-code', st('gvh'), [st('sle')], 'medicatiekast',
        """Sofie,

Voor de zwemdagen: de medicatiekast in de EHBO-post (waar ook de reservepuffers en de noodmedicatie liggen)
heeft een nieuwe code: 2206. Enkel jij, Kristof en ik kennen hem.

Greet""", '2025-03-03 07:58', [G], 'code of the medication cabinet; no pupil identified',
        ['plain'], mailer='outlook', group='A')

    add('kluis-kasgeld-sportdag', st('kvb'), [st('bkh')], 'kasgeld sportdag',
        """Marc,

Het kasgeld van de sportdag (drankbonnetjes) zit in de kluis in het LO-lokaal.
Code van de kluis: 73-18-44
De telling zit in de enveloppe.

Kristof""", '2025-05-23 17:30', [G], 'safe code in a base64-encoded body', ['plain-base64'],
        cte='base64', mailer='outlook', group='A')

    txt = """Scoretafel-app tornooi 5/2 - logins
tafel 1   gebruiker: tafel1.spc   wachtwoord: Korf-8812
tafel 2   gebruiker: tafel2.spc   wachtwoord: Korf-3390
tafel 3   gebruiker: tafel3.spc   wachtwoord: Korf-5127
"""
    add('scoretafel-logins-txt', st('jdr'), ['Coördinatie scheidsrechters <coordinatie@basket-dijleland.be>'],
        'Logins scoretafels tornooi 5 februari',
        'Dag Veerle,\n\nIn bijlage de logins voor de scoretafels. De tablets liggen klaar aan de jurytafel.\n\n'
        'Groeten,\nJonas De Ridder\nSint-Pieterscollege Wilsele', '2025-02-03 20:48', [G],
        'txt attachment with the logins and passwords of the scoring tablets', ['plain', 'attachment-txt'],
        atts=[('logins_scoretafel.txt', txt, 'text/plain')], group='A')

    add('wifi-exchange-visit-en', st('kvb'), ["Michael O'Connor <m.oconnor@stbrendans-academy.co.uk>"],
        'Your visit on 12 March - practical info',
        """Dear Michael,

We are looking forward to welcoming your PE group on 12 March. A few practical points:

- The coach can drop you off at the back entrance of the sports hall.
- Your pupils can use changing rooms 5 and 6.
- For your laptops and phones, scan the QR code at reception or use this string in your Wi-Fi settings:
  WIFI:T:WPA;S:SPC-Guest;P:Wilsele!Gym24;;
- Lunch will be served at 12.15 in the canteen.

Best wishes,
Kristof Vandenbussche
Sports coordinator, Sint-Pieterscollege Wilsele (Belgium)""", '2025-03-05 21:14', [G],
        'Wi-Fi key in QR-string form for an English exchange school', ['plain'], lang='en', group='A')

    inner = """Geachte heer Stevens,

Uw toegang tot het online schadeportaal van Arcadia Verzekeringen werd geactiveerd.

Klantnummer: 40118
Gebruiker: spc.wilsele.ongevallen
Wachtwoord: ArC-2219-xp

Via het portaal kunt u aangiftes van schoolongevallen indienen en de stand van de dossiers opvolgen.

Met vriendelijke groeten,
Schadedienst Scholen
Arcadia Verzekeringen
Tel. 02 514 77 30"""
    orig = inner_message(INSURER, st('bkh'), 'Toegang online schadeportaal', inner, '2024-09-25 11:20',
                         msgid='<20240925112000.7731@arcadia-verzekeringen.be>')
    add('fwd-schadeportaal-login', st('bkh'), [st('gvh')], 'FW: Toegang online schadeportaal',
        'Greet, zie bijlage: dan kan jij de ongevalsaangiftes voortaan zelf ingeven.\nMarc\n', '2024-09-25 13:02',
        [G, 'personal_data'],
        'insurer mail with portal credentials forwarded as an attached message; insurer phone number',
        ['plain', 'forward-as-attachment', 'message-rfc822'], attach_msg=orig, mailer='outlook', group='A')


# ============================================================================
# B. credential look-alikes (15)
# ============================================================================

def ogm(n10):
    c = n10 % 97 or 97
    s = '%010d%02d' % (n10, c)
    return '+++%s/%s/%s+++' % (s[0:3], s[3:7], s[7:12])


def group_b():
    add('zwemplanner-wachtwoord-vergeten', st('sle'), [st('lge')], 'ZwemPlanner',
        """Hoi Lien,

Je kan op ZwemPlanner aanmelden met je schoolmailadres. Ken je je wachtwoord niet meer, klik dan op
'Wachtwoord vergeten?' onder het aanmeldvenster; je krijgt dan een link in je mailbox.
Ik kan het niet voor jou opzoeken, dat ziet niemand.

Sofie""", '2024-09-30 12:02', [], 'explains how to reset a password without giving one',
        ['plain', 'lookalike'], mailer='outlook', group='B')

    add('fwd-wachtwoord-verloopt', st('asg'), [st('ict')], 'FW: Your password expires in 5 days',
        """Tom, moet ik hier iets mee doen of is dit phishing?
Ann-Sophie

-----Original Message-----
From: Microsoft 365 <no-reply@spc.ksleuven.be>
Sent: Monday, November 18, 2024 6:00 AM
To: ann-sophie.goossens@sintpieterscollege.be
Subject: Your password expires in 5 days

The password for your account ann-sophie.goossens@sintpieterscollege.be expires in 5 days.
To keep using your account, change your password at https://mysignins.microsoft.com/security-info
If you did not request this, contact your administrator.""", '2024-11-18 07:41', [],
        'password-expiry notice forwarded to ICT; contains no password', ['plain', 'forward', 'lookalike'],
        mailer='outlook', group='B')

    add('bestelling-ballen', st('kvb'), [SUPPLIER], 'Bestelling PO-2024-0817',
        """Goedemiddag,

Graag bevestig ik onze bestelling PO-2024-0817 (klantnummer 11820):

- 12 x volleybal Molten V5M2000
- 6 x basketbal maat 6
- 2 x ballennet groot

Levering graag aan de sporthal, Kapelstraat 14, 3012 Wilsele, op een weekdag tussen 8u en 15u.
Factuur op naam van LKSD vzw, met vermelding 'Sint-Pieterscollege - LO'.

Met vriendelijke groeten,
Kristof Vandenbussche""", '2024-09-19 13:15', [], 'order and customer numbers open nothing',
        ['plain', 'lookalike'], mailer='outlook', group='B')

    add('kleedkamers-lockers', st('mbe'), [st('kvb'), st('asg'), st('jdr')], 'verdeling kleedkamers',
        """Hallo,

Vanaf maandag:
- 1ste graad jongens: kleedkamer 1, meisjes: kleedkamer 2
- 2de graad: kleedkamers 3 en 4
- 3de graad: kleedkamers 5 en 6, lockers 101 tot 140

De locker-sleutels worden uitgedeeld bij Nadia op het secretariaat (waarborg 5 euro).

Mehdi""", '2024-09-06 15:20', [], 'room and locker numbers only', ['plain', 'lookalike'], group='B')

    add('lesgroepen-smartschool', st('kvb'), [st('sec')], 'lesgroepen LO',
        """Dag Nadia,

Kan je in Smartschool de lesgroepen LO-3B-02 en LO-4A-01 samenvoegen tot LO-34-GEM? Vanaf 1 oktober geeft
Ann-Sophie die uren samen in de grote zaal (zaal A2).

Dank je!
Kristof""", '2024-09-26 11:11', [], 'course and group codes open nothing', ['plain', 'lookalike'],
        mailer='outlook', group='B')

    add('factuur-zwembad-ogm', st('bkh'), [st('kvb')], 'factuur Aqua Dijle betaald',
        'Kristof,\n\nFactuur 2024/1187 van Aqua Dijle (zwembeurten oktober) is vandaag betaald met gestructureerde '
        'mededeling %s.\nIk heb de bevestiging in de map gestoken.\n\nMarc' % ogm(9011872403),
        '2024-11-12 10:44', [], 'structured payment reference, not a secret', ['plain', 'lookalike'],
        mailer='outlook', group='B')

    body = """Dag An,

Zoals afgesproken een korte online afstemming over de werking rond bewegen en gezondheid in de 1ste graad.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering
Vergader-id: 364 218 991 027
Wachtwoordcode: bE4rT9
________________________________________________________________________________

Groeten,
Kristof Vandenbussche"""
    add('teams-clb-overleg', st('kvb'), [CLB], 'Overleg gezondheidsbeleid 1ste graad',
        body, '2024-10-22 14:30', [], 'Teams invitation with a meeting passcode (allowed)',
        ['alt', 'invitation', 'lookalike'], kind='alt', html=html_page(paras_html(body)), mailer='outlook',
        group='B')

    add('zoom-exchange-en', st('kvb'), ["Michael O'Connor <m.oconnor@stbrendans-academy.co.uk>"],
        'Zoom call to prepare the exchange',
        """Hi Michael,

As discussed, here is the link for our preparatory call on Thursday at 4 pm (Belgian time).

Join Zoom Meeting
https://us06web.zoom.us/j/84219375520?pwd=QWxoZ2VaT3FzbW9uTlRnR0x1dz09
Meeting ID: 842 1937 5520
Passcode: 771203

Speak soon,
Kristof""", '2025-02-17 12:05', [], 'Zoom invitation with its passcode (allowed)',
        ['plain', 'invitation', 'lookalike'], lang='en', group='B')

    add('ww-laptop-mondeling', st('mbe'), [st('jdr')], 'Re: laptop jurykamer',
        """Jonas, dat wachtwoord zet ik liever niet in een mail. Ik geef het je morgen mondeling tijdens de
middagpauze, of vraag het aan Tom van ICT.

Mehdi""", '2025-03-10 18:02', [], 'refuses to put the password in mail', ['plain', 'reply', 'lookalike'],
        hdrs={'In-Reply-To': '<laptopjury.2025@sintpieterscollege.be>'}, group='B')

    add('code-sporthal-gewijzigd', st('kvb'), [st('sle'), st('bcl'), st('jdr'), st('asg'), st('mbe'), st('lge')],
        'Code sporthal gewijzigd',
        """Collega's,

Na de inbraakpoging van het weekend is de code van de zij-ingang van de sporthal gewijzigd.
Ik zet de nieuwe code bewust niet in deze mail: vraag hem aan het onthaal of bij mij.

Kristof""", '2025-01-20 07:35', [], 'announces a code change without the code', ['plain', 'lookalike'],
        mailer='outlook', group='B')

    rows = [['Klas', 'Borstnummers', 'Chipreeks'], ['1A-1C', '101-140', '7F3A-0101 t/m 7F3A-0140'],
            ['1D-1F', '141-180', '7F3A-0141 t/m 7F3A-0180'], ['2A-2C', '201-240', '7F3B-0201 t/m 7F3B-0240'],
            ['2D-2F', '241-280', '7F3B-0241 t/m 7F3B-0280']]
    add('borstnummers-scholencross', st('jdr'), [st('kvb'), st('bcl'), st('asg')], 'borstnummers cross',
        'Hallo,\n\nVerdeling van de borstnummers en chips voor de cross van donderdag:\n\n' + text_table(rows) +
        '\n\nDe chips zitten per klas in een zakje in de grijze kist.\n\nJonas', '2024-10-14 13:40', [],
        'bib numbers and chip series open nothing', ['plain', 'table', 'lookalike'], group='B')

    add('reservatie-boulderhal', st('bcl'), [CLIMB], 'Reservatie KLM-88213',
        """Goedendag,

Ik bevestig graag reservatie KLM-88213 voor donderdag 6 februari, 13u30-15u30, klas 4C (23 leerlingen en
2 begeleiders). Wij brengen zelf de klimgordels mee; klimschoenen huren we bij jullie.

Vriendelijke groeten,
Bram Claessens""", '2025-01-27 10:55', [], 'booking reference only', ['plain', 'lookalike'],
        mailer='thunderbird', group='B')

    add('aed-elektroden-lotnummer', st('gvh'), ['Medisafe Belgie <bestellingen@medisafe-belgie.be>'],
        'Vervangen elektroden AED',
        """Goedemorgen,

Bij de maandelijkse controle zag ik dat de elektroden van onze AED (serienummer 18K-40213) vervallen:
lotnummer 2304117, vervaldatum 03/2025. Graag twee nieuwe sets volwassenen en één set kinderen.

Met vriendelijke groeten,
Greet Vanhoof
Schoolverpleegkundige Sint-Pieterscollege Wilsele""", '2025-02-24 08:30', [],
        'serial and lot numbers open nothing', ['plain', 'lookalike'], mailer='outlook', group='B')

    add('sloten-vervangen-door-sleutels', st('kvb'), [st('mbe'), st('bcl')], 'sloten berging',
        """Mehdi, Bram,

De cijfersloten van de berging en de klimkast zijn vervangen door gewone sloten. De sleutels hangen in het
sleutelkastje op het secretariaat; teken het register als je er een meeneemt.

K.""", '2025-03-17 12:20', [], 'padlocks replaced by keys; no code given', ['plain', 'lookalike'],
        group='B')

    add('herinnering-wachtwoordbeleid', st('ict'), [st('ict')], 'Herinnering: veilige wachtwoorden',
        """Beste collega's,

Naar aanleiding van een paar phishingmails van de voorbije weken nog eens de afspraken:

- Kies een wachtwoord van minstens 12 tekens; een zin werkt goed.
- Gebruik voor Smartschool en Microsoft 365 niet hetzelfde wachtwoord als voor je privé-accounts.
- Deel nooit je wachtwoord, ook niet met collega's, en zet het nooit in een mail.
- Niemand van Stroom zal je ooit je wachtwoord vragen. Twijfel je? Meld het aan ict@spc.ksleuven.be.

Met vriendelijke groeten,
Tom Vos
ICT-coördinator""", '2024-10-07 07:30', [], 'password policy reminder to all staff in BCC; no password',
        ['plain', 'bcc-envelope', 'lookalike'], bcc=['personeel@spc.ksleuven.be'], mailer='outlook', group='B')

# ============================================================================
# C. sensitive mails (38 correctly addressed or internal)
# ============================================================================

def group_c():
    S = 'sensitive'
    w = P('P0188')
    q = """Beste mevrouw Goossens,

In bijlage het attest van de orthopedist. Wout is vorige week geopereerd aan de kruisband van zijn linkerknie
en mag voorlopig niet sporten. Hij mag wel meekomen naar de lessen als dat beter is.

Met vriendelijke groeten,
Evi Lenaerts"""
    add('re-attest-knieoperatie-wout', st('asg'), ['Evi Lenaerts <evi.lenaerts@hotmail.com>'],
        'RE: attest LO Wout Peeters 4C',
        """Beste mevrouw Lenaerts,

Dank u voor het attest, ik heb het doorgegeven aan het secretariaat. Wout is dus vrijgesteld van LO tot aan de
kerstvakantie. Hij mag in de les blijven en helpt dan bij de organisatie of houdt de scores bij.
Ik wens hem een vlot herstel!

Vriendelijke groeten,
Ann-Sophie Goossens
leraar LO

""" + outlook_hdr('Evi Lenaerts <evi.lenaerts@hotmail.com>', 'maandag 7 oktober 2024 21:13', st('asg'),
                  'attest LO Wout Peeters 4C') + '\n' + q, '2024-10-08 12:41', [S],
        'reply to the mother about a knee operation and PE exemption; mother has another surname and another Peeters family exists',
        ['plain', 'reply', 'recipient-lookalike'], cats=['medical'], about=[w.id],
        lookalike='mother with own surname; other Peeters families', mailer='outlook', group='C')

    add('zwangerschap-vrijstelling-5d', st('ldw'), [st('asg'), st('mbe')], 'Vertrouwelijk - Hajar 5D',
        """Dag Ann-Sophie en Mehdi,

Vertrouwelijk: Hajar Chakir (5D) is zwanger, ongeveer 14 weken. Ze heeft een attest van de gynaecoloog en is
vanaf nu vrijgesteld van LO. Het CLB volgt haar mee op en we bekijken samen met haar een traject om het
schooljaar af te werken.

Spreek haar er aub niet over aan in de groep; ze wil zelf beslissen wanneer ze het aan klasgenoten vertelt.

Liesbeth""", '2025-01-14 13:22', [S], 'pregnancy of a named pupil and CLB follow-up, internal',
        ['plain'], cats=['medical', 'care'], about=['P0262'], mailer='outlook', group='C')

    n = P('P0055')
    add('zwemmen-eczeem-nina', st('sle'), ['Andreea Popescu <andreea.popescu@yahoo.com>'], 'Zwemmen Nina',
        """Beste mevrouw Popescu,

Ik heb het attest van de dermatoloog goed ontvangen. Zolang het eczeem op Nina haar armen en benen niet
genezen is, zwemt ze niet mee. Ze gaat wel mee naar het zwembad en helpt bij de tijdsopname aan de kant.
Laat u me weten wanneer de dokter haar terug laat zwemmen?

Vriendelijke groeten,
Sofie Lemmens""", '2024-11-19 17:02', [S], 'skin condition of one pupil, she does not swim',
        ['plain'], cats=['medical'], about=[n.id], mailer='outlook', group='C')

    add('zwemmen-lichaamsbeeld-marie', st('sle'), [st('ldw')], 'Marie Segers 3A - zwemmen',
        """Hoi Liesbeth,

Ik maak me zorgen over Marie Segers uit 3A. Ze weigert al drie weken te zwemmen en heeft telkens een
excuus. Vandaag zat ze huilend in de kleedkamer; ze zei dat ze zich schaamt voor haar lichaam en dat
een paar jongens uit de klas opmerkingen maken over haar gewicht.

Kan jij eens met haar praten? Ik wil haar niet forceren.

Sofie""", '2024-10-10 15:47', [S], 'body image and comments by classmates about one pupil, internal',
        ['plain'], cats=['psychosocial'], about=['P0093'], mailer='outlook', group='C')

    z = P('P0047')
    add('zwemangst-zakaria', st('sle'), ['hanan.amrani@outlook.com'], 'Zakaria en het zwemmen',
        """Beste mevrouw Amrani,

Ik wilde u laten weten dat Zakaria vandaag in het zwembad een paniekaanval had toen we naar het diepe
gedeelte gingen. Hij heeft een tijd op de bank gezeten en is daarna rustig geworden.
Hij vertelde dat hij heel bang is van water sinds een voorval op vakantie.

Voorlopig laat ik hem in het ondiepe gedeelte oefenen, zonder druk. Misschien kunnen we eens bellen om te
bekijken hoe we hem het best helpen?

Vriendelijke groeten,
Sofie Lemmens
Leraar LO""", '2024-10-01 16:10', [S], 'anxiety and panic attack of one pupil at the pool',
        ['plain'], cats=['psychosocial'], about=[z.id], mailer='outlook', group='C')

    f = P('P0024')
    form = pdf_bytes(['SCHOOLONGEVAL - AANGIFTEFORMULIER (deel 1: school)',
                      'School: Sint-Pieterscollege Wilsele - LKSD vzw',
                      'Leerling: %s   Klas: %s' % (f.name, f.klas),
                      'Geboortedatum: %s' % f.dob.strftime('%d/%m/%Y'),
                      'Datum ongeval: 14/10/2024, 10u20, sporthal, les LO (basketbal)',
                      'Letsel: verstuiking rechterenkel',
                      'Deel 2 (medisch attest) te laten invullen door de behandelende arts.'],
                     title='Ongevalsaangifte')
    add('ongeval-enkel-ferre', st('gvh'), ['Katrien Devos <katrien.devos@telenet.be>'],
        'Ongeval tijdens LO - verzekeringsformulier',
        """Beste mevrouw Devos,

Zoals telefonisch besproken: Ferre heeft vanmorgen tijdens de les LO zijn rechterenkel verstuikt bij een
landing na een sprong. We hebben de enkel gekoeld en ingetapet.

In bijlage het aangifteformulier voor de schoolverzekering. Deel 1 heb ik al ingevuld (naam, klas,
geboortedatum %s, omstandigheden). Deel 2 laat u invullen door de dokter; daarna mag het formulier terug
naar mij, dan stuur ik alles door naar de verzekeraar.

Beterschap aan Ferre!

""" % f.dob.strftime('%d/%m/%Y') + sig('gvh', tel=EHBO_TEL), '2024-10-14 12:05', [S, 'personal_data'],
        'sprained ankle of one pupil with insurance form; date of birth in the text and first-aid phone number',
        ['plain', 'attachment-pdf'], cats=['medical'], about=[f.id],
        atts=[('aangifte_schoolongeval_%s.pdf' % slugname(f.last), form, 'application/pdf')],
        mailer='outlook', group='C')

    fb = P('P0003')
    add('flauwgevallen-febe', st('gvh'), ['els.dhondt@telenet.be'], 'Febe even onwel tijdens LO',
        """Beste mevrouw Dhondt,

Febe is vanochtend tijdens de Coopertest flauwgevallen. Ze was maar even buiten bewustzijn en is daarna bij
mij in de EHBO-post op bed gaan liggen. Haar bloedsuiker was normaal; ze vertelde dat ze niet ontbeten had.
Na een boterham en wat suikerwater voelde ze zich beter en ze is terug naar de les gegaan.

Als dit nog eens gebeurt, laat u haar best eens nakijken door de huisarts.
U kan mij bereiken op de EHBO-post: 016 44 71 29.

Vriendelijke groet,
Greet Vanhoof
Schoolverpleegkundige""", '2024-09-23 11:18', [S, 'personal_data'],
        'pupil fainted during PE; first-aid post phone number', ['plain'], cats=['medical'], about=[fb.id],
        mailer='outlook', group='C')

    wb = P('P0165')
    add('hersenschudding-warre', st('bcl'), ['Luc Bogaerts <bogaerts.luc@skynet.be>'],
        'Val aan de klimmuur - Warre',
        """Beste meneer Bogaerts,

Na ons telefoongesprek van deze middag nog even op papier:

Warre is tijdens het boulderen van ongeveer twee meter hoogte gevallen en heeft zijn hoofd gestoten naast de
valmat. Hij was even versuft, had hoofdpijn en heeft overgegeven. We hebben de ziekenwagen gebeld en hij is
naar de spoed van AZ Dijlevallei gebracht, waar uw echtgenote hem heeft opgevangen.

Volgens de spoedarts gaat het om een lichte hersenschudding. Warre mag de komende twee weken niet sporten;
daarna bouwen we in overleg met de huisarts stap voor stap op.

De ongevalsaangifte voor de schoolverzekering volgt via Greet Vanhoof van de EHBO-post.

Met vriendelijke groeten,
""" + sig('bcl', tel=SCHOOL_TEL, style=3), '2024-11-28 17:20', [S, 'personal_data'],
        'concussion after a fall at the climbing wall, hospital; school phone number in the signature',
        ['plain'], cats=['medical'], about=[wb.id], mailer='thunderbird', group='C')

    e = P('P0048')
    add('sportdag-insuline-elif', st('gvh'), ['Hatice Yilmaz <yilmaz.hatice@outlook.com>'],
        'Sportdag en diabetes van Elif',
        """Beste mevrouw Yilmaz,

Volgende vrijdag is de sportdag van het eerste jaar. Omdat Elif diabetes type 1 heeft, spraken we het volgende af:

- Elif houdt haar sensor en haar insulinepen bij zich; een reservepen en glucosetabletten liggen bij mij in de
  EHBO-post op de sportdag.
- De begeleidende leerkracht van haar groep weet dat ze op elk moment mag stoppen om te meten of te eten.
- Wilt u haar wat extra tussendoortjes meegeven? De sportdag duurt tot 15u30.

Als u vragen hebt, hoor ik het graag.

Greet Vanhoof
EHBO-post""", '2025-05-16 10:05', [S],
        'type 1 diabetes and insulin of one pupil for the sports day; another Yilmaz family exists',
        ['plain', 'recipient-lookalike'], cats=['medical'], about=[e.id],
        lookalike='same surname Yilmaz, correct family', mailer='outlook', group='C')

    add('eetprobleem-lotte-4e', st('asg'), [st('ldw')], 'zorgen over Lotte V. (4E)',
        """Dag Liesbeth,

Ik wil iets melden over Lotte Verhoeven uit 4E. In de kleedkamer zie ik dat ze op een paar maanden tijd
zwaar vermagerd is; je ziet haar ribben. Ze draagt altijd een grote trui over haar sportkledij.
Collega's zeggen dat ze 's middags niets eet. Vandaag werd ze duizelig tijdens het lopen en moest ze gaan zitten.
Toen ik vroeg of alles goed ging, zei ze dat ze 'nog wat moet afvallen voor ze zich goed voelt'.

Ik heb het gevoel dat dit meer is dan een dieetje. Kan jij haar eens uitnodigen voor een gesprek?

Ann-Sophie""", '2025-02-06 16:31', [S],
        'suspected eating disorder noticed in the changing room: weight loss, dizziness, negative self-image',
        ['plain'], cats=['psychosocial', 'medical'], about=['P0198'], mailer='outlook', group='C')

    add('blauwe-plekken-yusuf', st('mbe'), [st('ldw')], 'dringend: Yusuf Demir 2C',
        """Liesbeth,

Tijdens het omkleden zag ik vandaag grote blauwe plekken op de bovenarmen en de rug van Yusuf Demir (2C).
Hij kon zijn rechterarm amper heffen; ik heb hem naar Greet gestuurd, zij heeft er ijs op gelegd en het
genoteerd. Toen ik vroeg wat er gebeurd was, zei hij eerst 'gevallen', later dat zijn vader hem gisteren
geslagen had omdat hij te laat thuis was. Hij vroeg om het niet verder te vertellen.

Ik heb hem gezegd dat ik het aan jou moest melden. Kunnen we vandaag nog samenzitten?

Mehdi""", '2025-03-11 10:52', [S],
        'bruises and pain noticed in PE, pupil says his father hit him: violence at home and injury',
        ['plain'], cats=['family', 'medical'], about=['P0062'], hdrs={'Importance': 'high'}, group='C')

    b = P('P0241')
    add('pesten-kleedkamer-bilal', st('kvb'), ['el.amrani.fam@gmail.com'], 'Incident in de kleedkamer',
        """Beste ouders,

Zoals vandaag telefonisch besproken, nog even een samenvatting.

Bilal werd de voorbije weken na de LO-les in de kleedkamer door enkele klasgenoten uitgelachen en geduwd.
Vorige donderdag werd er ook een filmpje van hem gemaakt tijdens het omkleden, dat in een groepschat werd
gedeeld. De betrokken leerlingen werden gesanctioneerd en het filmpje werd in hun bijzijn verwijderd.

Vanaf nu is er bij het omkleden altijd een leerkracht in de buurt. Bilal gaf aan dat hij er liever niet meer
over wil praten in de klas; dat respecteren we uiteraard.

Met vriendelijke groeten,
Kristof Vandenbussche""", '2024-12-05 18:40', [S],
        'one pupil bullied and filmed in the changing room; another El Amrani family exists',
        ['plain', 'recipient-lookalike'], cats=['psychosocial'], about=[b.id],
        lookalike='same surname El Amrani, correct family', mailer='outlook', group='C')

    em = P('P0104')
    add('sanctie-filmen-emre', st('kvb'), ['Mehmet Yilmaz <yilmaz.mehmet@gmail.com>'],
        'Sanctie Emre - filmen in de kleedkamer',
        """Beste meneer Yilmaz,

Emre heeft gisteren in de kleedkamer met zijn gsm een medeleerling gefilmd terwijl die zich omkleedde en het
filmpje via Snapchat doorgestuurd. Dit is een ernstige inbreuk op het schoolreglement.

Na overleg met de directie krijgt Emre een dag interne schorsing op maandag 20 januari. Het filmpje werd in
ons bijzijn gewist. We nodigen u en Emre graag uit voor een gesprek op dinsdag om 16u.

Met vriendelijke groeten,
Kristof Vandenbussche
Sportcoördinator""", '2025-01-16 15:12', [S],
        'behaviour incident with a sanction for the filming pupil, to his own father; another Yilmaz family exists',
        ['plain', 'recipient-lookalike'], cats=['psychosocial'], about=[em.id],
        lookalike='same surname Yilmaz, correct family', mailer='outlook', group='C')

    add('zelfverwonding-lina', st('asg'), [st('ldw')], 'Lina Aydin (4A)',
        """Liesbeth,

Bij het omkleden zag ik vandaag sporen van zelfverwonding op de onderarmen van Lina Aydin uit 4A. Ze draagt
ook bij 25 graden altijd lange mouwen in de les. Ik heb er niets over gezegd in de kleedkamer.

Kan jij dit oppikken? Laat je weten wat ik best doe als ze er zelf over begint?

Ann-Sophie""", '2025-06-03 13:58', [S], 'self-harm noticed in the changing room, internal', ['plain'],
        cats=['psychosocial'], about=['P0152'], mailer='outlook', group='C')

    add('diefstal-kleedkamer-politie', st('kvb'), [st('dir')], 'Diefstallen kleedkamer 5de jaar',
        """Peter,

We hebben de dader van de diefstallen uit de kleedkamer: Jasper Smets (5C) werd vandaag betrapt terwijl hij
een portefeuille uit een sporttas haalde. Hij heeft bekend dat hij ook de vorige keren geld heeft genomen.
De vader van een van de slachtoffers heeft intussen aangifte gedaan bij de politie; de wijkagent komt morgen
langs om Jasper te horen.

Ik stel voor dat we de tuchtprocedure opstarten. Liesbeth zit in kopie.

Kristof""", '2025-02-20 14:36', [S], 'theft by a named pupil, police involved, disciplinary procedure',
        ['plain'], cc=[st('ldw')], cats=['psychosocial'], about=['P0259'], mailer='outlook', group='C')

    am = P('P0049')
    add('sportdag-kosten-amira', st('kvb'), ['haddad.k@hotmail.com'], 'Sportdag Amira',
        """Beste mevrouw Haddad,

Dank u voor uw eerlijke bericht. U hoeft zich geen zorgen te maken: Amira kan gewoon meedoen aan de
sportdag. Omdat de kosten (14 euro) nu moeilijk liggen, neemt het solidariteitsfonds van de school dat
bedrag over. Er komt dus niets op haar schoolrekening.

Aarzel niet om ons aan te spreken als er nog iets is waarmee we kunnen helpen.

Met vriendelijke groeten,
Kristof Vandenbussche""", '2025-05-06 19:22', [S],
        'family cannot pay the sports day, solidarity fund pays; the address is shared with her brother',
        ['plain', 'recipient-lookalike'], cats=['financial'], about=[am.id],
        lookalike='siblings share the parent address (Karim Haddad 4E)', mailer='outlook', group='C')

    jk = P('P0052')
    add('afbetalingsplan-zwemmen-jakub', st('bkh'), ['magda.kowalska@gmail.com'],
        'Afbetalingsplan zwemabonnement Jakub',
        """Beste mevrouw Kowalska,

Zoals gevraagd kan het zwemabonnement van Jakub (60 euro) en het openstaande saldo van de eerste
schoolrekening in drie delen betaald worden:

- 40 euro voor 15 november
- 40 euro voor 15 december
- 40 euro voor 15 januari

Gelieve telkens over te schrijven op rekening %s van LKSD vzw, met mededeling %s.

Met vriendelijke groeten,
Marc Stevens
Boekhouding Sint-Pieterscollege""" % (iban_be(734, 211857), ogm(5201880052)), '2024-10-29 11:03',
        [S, 'personal_data'],
        'payment plan for one pupil; school IBAN; mother address with the female form of the surname',
        ['plain', 'recipient-lookalike'], cats=['financial'], about=[jk.id],
        lookalike='parent address does not spell the pupil surname', mailer='outlook', group='C')

    inv = pdf_bytes(['FACTUUR SKIREIS 2025 - Sint-Pieterscollege Wilsele',
                     'Leerling: Hamza Tshibanda, 5B',
                     'Skireis Oostenrijk 1-8 maart 2025: 620,00 EUR',
                     'Reeds betaald: 0,00 EUR'], title='Factuur skireis')
    add('ocmw-tussenkomst-skireis', st('ldw'), ['Els Dewachter <els.dewachter@ocmw-dijleland.be>'],
        'Tussenkomst skireis - Hamza Tshibanda',
        """Beste Els,

Zoals vorig jaar bij de sportklassen kijk ik of het OCMW kan tussenkomen voor Hamza Tshibanda (5B).
Zijn mama gaf aan dat ze de skireis (620 euro) niet kan betalen; ze leeft van een leefloon en heeft nog
drie jongere kinderen. De factuur zit in bijlage. Hamza wil heel graag mee.

Kan je me laten weten of een tussenkomst mogelijk is?

Vriendelijke groeten,
Liesbeth Dewit
Leerlingenbegeleiding""", '2024-12-09 09:44', [S],
        'social assistance (OCMW, leefloon) asked for one pupil\'s ski trip',
        ['plain', 'attachment-pdf'], cats=['financial'], about=['P0254'],
        atts=[('factuur_skireis_Tshibanda.pdf', inv, 'application/pdf')], mailer='outlook', group='C')

    a = P('P0190')
    add('klimstage-schooltoelage-aya', st('kvb'), ['mukendi.grace@gmail.com'], 'Re: klimstage',
        """Beste mevrouw Mukendi,

Geen probleem: de klimstage van Aya (95 euro) mag betaald worden wanneer de schooltoelage binnen is.
Ik heb het doorgegeven aan de boekhouding, dus u krijgt in tussentijd geen herinnering.

Vriendelijke groeten,
Kristof

Op zo 19 jan. 2025 om 20:48 schreef Grace Mukendi <mukendi.grace@gmail.com>:
> Goedenavond meneer,
> Aya wil heel graag mee op klimstage maar ik kan pas betalen als de schooltoelage van het Groeipakket
> gestort is, normaal in februari. Is dat goed?
> Grace""", '2025-01-20 07:55', [S],
        'payment delayed until the school allowance arrives', ['plain', 'reply'], cats=['financial'],
        about=[a.id], group='C')

    pick = [p for c in ('3A', '3B', '3C', '3D') for p in klas(c)]
    rng = random.Random(24)
    sel = sorted(rng.sample([p for p in pick if p.id not in ('P0093', 'P0101', 'P0104', 'P0112', 'P0115')], 5),
                 key=lambda p: (p.klas, p.last))
    rows = [['Leerling', 'Klas', 'Openstaand', 'Status']]
    stat = ['2de herinnering verstuurd', 'afbetalingsplan loopt (2/4)', 'geen reactie ouders',
            'tussenkomst OCMW aangevraagd', '1ste herinnering']
    amt = ['14,00', '74,00', '28,00', '120,00', '14,00']
    for i, p in enumerate(sel):
        rows.append([p.name, p.klas, 'EUR ' + amt[i], stat[i]])
    add('openstaande-sportrekeningen-2de-graad', st('bkh'), [st('kvb')], 'Openstaande bedragen sportdag/zwemmen 3de jaar',
        text_table(rows), '2025-03-14 14:10', [S], 'table of named pupils with unpaid bills and a payment plan',
        ['html-only', 'table'], kind='html', cats=['financial'], about=[p.id for p in sel],
        html=html_page('<p class="MsoNormal">Kristof,</p><p class="MsoNormal">Hieronder de leerlingen van het 3de jaar '
                       'met nog openstaande bedragen voor sportdag en zwemmen. Wil je dit niet aan de leerlingen zelf '
                       'vragen? Ik contacteer de ouders.</p><p class="MsoNormal">&nbsp;</p>' + html_table(rows) +
                       '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Marc</p>'), mailer='outlook',
        group='C')

    mg = P('P0150')
    rep = pdf_bytes(['ONGEVALSVERSLAG LO', 'Leerling: Milan Goossens (4A)', 'Datum: 4 februari 2025',
                     'Volleybal, blokactie - kneuzing/breuk rechterpink', 'Eerste zorg: EHBO-post, spalk',
                     'Doorverwezen naar huisarts'], title='Ongevalsverslag')
    add('kopie-ongevalsverslag-vader-milan', st('asg'), ['Kris Goossens <goossens.kris@gmail.com>'],
        'Kopie ongevalsverslag Milan',
        """Beste meneer Goossens,

U vroeg een kopie van het ongevalsverslag van Milan (breuk van zijn rechterpink tijdens volleybal op
4 februari). Mevrouw Raes heeft als contactouder het origineel en de verzekeringspapieren ontvangen.
Omdat u sinds de scheiding samen het ouderlijk gezag uitoefent, bezorg ik u uiteraard ook een kopie;
die zit in bijlage.

In de toekomst stuur ik zulke verslagen meteen naar jullie allebei, apart.

Met vriendelijke groeten,
Ann-Sophie Goossens""", '2025-02-10 12:14', [S],
        'separated parents both want the accident report; injury; another pupil named Milan exists',
        ['plain', 'attachment-pdf', 'recipient-lookalike'], cats=['family', 'medical'], about=[mg.id],
        atts=[('ongevalsverslag_Milan_G.pdf', rep, 'application/pdf')],
        lookalike='two pupils named Milan; father of the right one', mailer='outlook', group='C')

    v = P('P0073')
    add('verslag-val-ringen-vic', st('gvh'),
        ['Dave Leemans <leemans.dave@gmail.com>', 'Caroline Geets <caroline.geets@hotmail.com>'],
        'Verslag ongeval Vic Leemans 2D',
        """Beste meneer Leemans, beste mevrouw Geets,

Omdat u na de scheiding allebei om het verslag vroeg, stuur ik het aan u beiden. Vic is gisteren tijdens de
les LO van de ringen gevallen en liep een hoofdwonde op boven zijn linkeroog. De wonde werd op de spoed van
AZ Dijlevallei gelijmd; hij mag een week niet sporten.

Ik zet de schadedienst van Arcadia Verzekeringen in kopie zodat het dossier meteen geopend kan worden.

Met vriendelijke groeten,
Greet Vanhoof
Schoolverpleegkundige""", '2025-03-19 09:20', [S, 'bcc'],
        'separated parents and the insurer visible to each other in To/CC; injury and divorce',
        ['plain', 'externals-visible'], cc=[INSURER], cats=['family', 'medical'], about=[v.id],
        mailer='outlook', group='C')

    add('overlijden-vader-staf', st('wva'), [st('kvb'), st('sle'), st('mbe')], 'Staf Michiels 3E',
        """Beste collega's,

Jullie hebben het misschien al gehoord: de papa van Staf Michiels (3E) is dit weekend plots overleden.
Staf komt maandag terug naar school. Ik vraag jullie om hem de komende weken niet te verplichten om mee te
zwemmen of deel te nemen aan de sportdag als hij dat niet ziet zitten; hij mag dan in de zaal blijven.

Dank jullie,
Wim""", '2025-04-27 20:05', [S], 'death of a parent of a named pupil, internal', ['plain'],
        cats=['family'], about=['P0140'], mailer='outlook', group='C')

    k = P('P0078')
    add('toestemming-klimstage-pleegmoeder', st('bcl'), ['Wendy Verlinden <wendy.verlinden@telenet.be>'],
        'Toestemming klimstage Kobe',
        """Beste mevrouw Verlinden,

Omdat Kobe in uw pleeggezin verblijft, vroeg het secretariaat om de toestemming voor de klimstage door u als
pleegouder te laten tekenen en niet door zijn biologische ouders. Wilt u het strookje invullen en meegeven?
Als de dienst Pleegzorg ook een kopie nodig heeft, bezorg ik die graag.

Vriendelijke groeten,
Bram Claessens""", '2025-01-22 18:47', [S],
        'pupil placed in a foster family; foster mother has another surname',
        ['plain', 'recipient-lookalike'], cats=['family'], about=[k.id],
        lookalike='foster parent address does not spell the pupil surname', mailer='thunderbird', group='C')

    add('tibo-thuissituatie', st('ldw'), [st('jdr'), st('asg')], 'Tibo Cools 2F - even extra aandacht',
        """Dag Jonas en Ann-Sophie,

Even ter info, vertrouwelijk: de vader van Tibo Cools (2F) zit sinds vorige week in de gevangenis.
Tibo weet dat wij op de hoogte zijn. Zijn mama werkt op woensdag tot 18u; als hij na de SVS langer
moet wachten, laat hem dan binnen wachten in de sporthal.

Liesbeth""", '2025-02-25 08:15', [S], 'parent in prison, internal', ['plain'], cats=['family'],
        about=['P0085'], mailer='outlook', group='C')

    t = P('P0008')
    add('sportdag-adhd-tuur', st('gvh'), ['An Claes <an.claes@skynet.be>'], 'Sportdag: medicatie Tuur',
        """Beste mevrouw Claes,

Voor de sportdag van volgende vrijdag: ik geef Tuur om 12u zijn Rilatine, zoals op gewone schooldagen.
Wilt u de tablet in een gesloten envelop met zijn naam meegeven?

Omdat hij door zijn ADHD moeite heeft met lang wachten, hebben we hem in een groep gezet met veel korte
activiteiten, en zijn begeleider weet dat hij even een rustpauze mag nemen.

Vriendelijke groeten,
Greet Vanhoof""", '2025-05-15 13:40', [S],
        'ADHD with medication on the sports day; the parent address is shared with his sister Emma',
        ['plain', 'recipient-lookalike'], cats=['care', 'medical'], about=[t.id],
        lookalike='siblings share the parent address (Emma Claes 2C)', mailer='outlook', group='C')

    m = P('P0037')
    add('zwemles-ass-mats', st('sle'), ['Ilse Van Geel <ilse.vangeel@hotmail.com>'], 'Zwemlessen Mats',
        """Beste mevrouw Van Geel,

Na het overleg met de zorgcoördinator hebben we voor Mats enkele afspraken gemaakt voor de zwemlessen,
omdat het lawaai en de drukte in het zwembad voor hem door zijn autisme (ASS) heel zwaar zijn:

- Mats kleedt zich om in de aparte familiecabine en mag vijf minuten vroeger vertrekken.
- Hij mag oordopjes dragen.
- Ik kondig veranderingen in de les (andere baan, spel) vooraf aan.

We evalueren dit na de herfstvakantie. Laat gerust weten als u nog tips hebt.

Vriendelijke groeten,
Sofie Lemmens""", '2024-09-20 15:32', [S],
        'autism and reasonable adjustments for swimming; mother has another surname and another Wouters family exists',
        ['plain', 'recipient-lookalike'], cats=['care'], about=[m.id],
        lookalike='mother with own surname; other Wouters families', mailer='outlook', group='C')

    ins = P('P0051')
    obs = docx_bytes(['Observatieverslag motoriek LO', 'Leerling: %s, klas %s, geboren %s' %
                      (ins.name, ins.klas, ins.dob.strftime('%d/%m/%Y')),
                      'Balans: kan niet op één been staan langer dan 3 seconden.',
                      'Coördinatie: huppelen en touwtjespringen lukken niet.',
                      'Balvaardigheid: vangen van een bal op 3 meter lukt in 2 op 10 pogingen.',
                      'Opgesteld door: Kristof Vandenbussche, leraar LO'])
    add('clb-motoriek-ines', st('kvb'), [CLB], 'Vraag tot onderzoek motoriek - Ines Santos 1F',
        """Beste An,

Na het MDO van vorige week en met toestemming van de ouders vraag ik het CLB om Ines Santos (1F,
geboren %s) verder op te volgen. In de LO-lessen zien we een duidelijke achterstand in motoriek en
coördinatie; mogelijk gaat het om DCD.

In bijlage mijn observatieverslag. Kunnen we het dossier samen bespreken op het volgende overleg?

Met vriendelijke groeten,
Kristof Vandenbussche""" % ins.dob.strftime('%d/%m/%Y'), '2024-11-07 15:02', [S, 'personal_data'],
        'CLB follow-up request for one pupil with a possible DCD; date of birth',
        ['plain', 'attachment-docx'], cats=['care'], about=[ins.id],
        atts=[('observatie_motoriek_%s.docx' % slugname(ins.last), obs,
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
        mailer='outlook', group='C')

    rb = P('P0079')
    add('zorgplan-epilepsie-ruben', st('gvh'), [st('sle')], 'Zorgplan Ruben Martens 2E - zwemmen',
        """Dag Sofie,

Voor Ruben Martens (2E) is het zorgplan rond zijn epilepsie aangepast na zijn aanval in december:

- Zwemmen enkel in de ondiepe baan en met één-op-één toezicht (redder of leerkracht die enkel op hem let).
- De noodmedicatie (Buccolam) zit in het rode EHBO-zakje dat met de zwemgroep meegaat.
- Bij een aanval: tijd noteren, hem uit het water halen, 112 bellen als het langer dan 5 minuten duurt.

Het zorgplan ligt ter inzage in de EHBO-post.

Greet""", '2025-01-09 07:50', [S], 'epilepsy care plan and emergency medication for swimming, internal',
        ['plain'], cats=['medical', 'care'], about=[rb.id], mailer='outlook', group='C')

    # exemptions table for the third grade
    rng = random.Random(36)
    pool = [p for c in ('5A', '5B', '5C', '6A', '6B', '6C', '6D') for p in klas(c)
            if p.id not in ('P0241', 'P0243', 'P0252', 'P0254', 'P0258', 'P0259', 'P0262', 'P0270', 'P0271',
                            'P0279', 'P0285')]
    extra = rng.sample(pool, 4)
    reasons = [('kruisbandoperatie rechterknie', 'volledig', 'tot 31/01'),
               ('inspanningsastma - puffer 15 min voor de les', 'gedeeltelijk: geen duurloop bij koude', 'schooljaar'),
               ('scoliose, korset', 'geen sprongen of contactsporten', 'schooljaar'),
               ('gebroken pols', 'volledig', 'tot 15/12')]
    rows = [['Leerling', 'Klas', 'Reden (attest)', 'Vrijstelling', 'Tot']]
    rows.append(['Seppe Verstraete', '5C', 'hartafwijking (cardioloog)', 'geen duurloop, geen maximale inspanning', 'schooljaar'])
    rows.append(['Hajar Chakir', '5D', 'zwangerschap', 'volledig', 'schooljaar'])
    for p, r in zip(extra, reasons):
        rows.append([p.name, p.klas, r[0], r[1], r[2]])
    ab = ['P0258', 'P0262'] + [p.id for p in extra]
    body = 'Collega\'s,\n\nDe lijst met vrijstellingen 3de graad zoals ze nu bij Greet binnen zijn:\n\n' + \
        text_table(rows) + '\n\nHou hier rekening mee bij de evaluatie.\nKristof'
    add('vrijstellingen-3de-graad-tabel', st('kvb'), [st('mbe'), st('asg'), st('jdr')],
        'Vrijstellingen LO 3de graad', body, '2024-11-25 12:50', [S],
        'Outlook table of exemptions with their medical reasons for six named pupils',
        ['alt', 'table'], kind='alt', cats=['medical'], about=ab,
        html=html_page('<p class="MsoNormal">Collega\'s,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                       'De lijst met vrijstellingen 3de graad zoals ze nu bij Greet binnen zijn:</p>'
                       '<p class="MsoNormal">&nbsp;</p>' + html_table(rows) + '<p class="MsoNormal">&nbsp;</p>'
                       '<p class="MsoNormal">Hou hier rekening mee bij de evaluatie.<br>Kristof</p>'),
        mailer='outlook', group='C')

    # cross results with one DNF because of an injury
    girls = sorted([p for c in ('3A', '3B', '3C', '3D', '3E', '4A', '4B', '4C') for p in klas(c)
                    if p.sex == 'f' and p.id not in ('P0093', 'P0152')], key=lambda p: p.id)
    rng = random.Random(37)
    rng.shuffle(girls)
    top = girls[:8]
    dnf = girls[8]
    rows = [['Plaats', 'Naam', 'Klas', 'Tijd']]
    t0 = 9 * 60 + 41
    for i, p in enumerate(top, 1):
        t0 += rng.randrange(4, 19)
        rows.append([str(i), p.name, p.klas, '%d:%02d' % divmod(t0, 60)])
    body = ('Hallo,\n\nUitslag scholencross 2de graad meisjes (2400 m):\n\n' + text_table(rows) +
            '\n\nNiet aangekomen: %s (%s) - hamstringblessure na 1 km, verzorgd door Greet, mag twee weken '
            'niet lopen.\n\nDe volledige lijst hangt morgen aan het bord in de sporthal.\nJonas' % (dnf.name, dnf.klas))
    add('uitslag-cross-2de-graad-meisjes', st('jdr'), [st('kvb'), st('asg')], 'uitslag cross 2de graad meisjes',
        body, '2024-10-17 16:05', [S], 'results list with, in passing, the injury of the runner who did not finish',
        ['alt', 'table'], cats=['medical'], about=[p.id for p in top] + [dnf.id], kind='alt',
        html=html_page('<p class="MsoNormal">Hallo,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Uitslag '
                       'scholencross 2de graad meisjes (2400 m):</p><p class="MsoNormal">&nbsp;</p>' + html_table(rows) +
                       '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Niet aangekomen: %s (%s) - hamstringblessure '
                       'na 1 km, verzorgd door Greet, mag twee weken niet lopen.</p><p class="MsoNormal">&nbsp;</p>'
                       '<p class="MsoNormal">De volledige lijst hangt morgen aan het bord in de sporthal.<br>Jonas</p>'
                       % (esc(dnf.name), dnf.klas)), mailer='outlook', group='C')

    ld = P('P0138')
    frm = pdf_bytes(['ASSURANCE SCOLAIRE - DECLARATION D\'ACCIDENT', 'Eleve: Louis Dubois, 3E',
                     'Date: 13/03/2025, cours d\'education physique (basket-ball)',
                     'Lesion: fracture de l\'avant-bras gauche (radius)'], title='Declaration accident')
    add('fracture-bras-louis-fr', st('wva'), ['Isabelle Lefèvre <isabelle.lefevre@skynet.be>'],
        'Accident de Louis pendant le cours d\'éducation physique',
        """Chère Madame Lefèvre,

Comme convenu par téléphone, je vous confirme que Louis est tombé ce matin pendant le cours de basket.
Les urgences de l'AZ Dijlevallei ont constaté une fracture du radius gauche ; il a reçu un plâtre pour
six semaines et ne pourra pas participer aux cours d'éducation physique pendant cette période.

Vous trouverez ci-joint la déclaration pour l'assurance scolaire. La partie médicale doit être complétée
par le médecin.

Bien à vous,
Wim Vanautgaerden
Titulaire de la 3E""", '2025-03-13 16:30', [S],
        'broken arm and hospital visit, in French, to the mother; another Dubois family exists',
        ['plain', 'attachment-pdf', 'recipient-lookalike'], cats=['medical'], about=[ld.id], lang='fr',
        atts=[('declaration_accident_Louis.pdf', frm, 'application/pdf')],
        lookalike='mother with own surname; other Dubois family', mailer='outlook', group='C')

    ob = P('P0083')
    add('concussion-oliver-en', st('kvb'), ['Aoife Kelly <aoife.kelly@icloud.com>'],
        'Oliver - head injury during PE',
        """Dear Ms Kelly,

Thank you for picking Oliver up so quickly this afternoon. As discussed, he collided with another pupil
during basketball and hit his head on the floor. He felt dizzy and had a headache afterwards.

Since your GP has now confirmed a mild concussion, Oliver will not take part in PE for at least two weeks.
After that we will build up gradually, following the return-to-sport steps the doctor gave you.

Please let me know if he has any symptoms at school.

Kind regards,
Kristof Vandenbussche
PE teacher, Sint-Pieterscollege Wilsele""", '2025-02-04 19:10', [S],
        'concussion of one pupil in English to the mother with another surname',
        ['plain', 'recipient-lookalike'], cats=['medical'], about=[ob.id], lang='en',
        lookalike='mother with own surname', mailer='outlook', group='C')

    body = """Dag allemaal,

Weekoverzicht LO:

1. Zwemmen: dinsdag valt uit (onderhoud filters in Aqua Dijle). Plan een les in de grote zaal.
2. Ruben Vervoort (4B) is terug na zijn blindedarmoperatie maar mag tot 1/12 geen LO doen (attest bij Greet).
3. SVS-minivoetbal woensdag: nog twee begeleiders nodig.
4. De nieuwe matten zijn geleverd, ze liggen in de kleine zaal.

Kristof"""
    add('weekoverzicht-lo-week-46', st('kvb'), [st('sle'), st('bcl'), st('jdr'), st('asg'), st('mbe')],
        'Weekoverzicht LO - week 46', body, '2024-11-08 16:12', [S],
        'department weekly mail with, in passing, an operation of one named pupil', ['alt', 'weekly'],
        kind='alt', html=html_page(paras_html(body)), cats=['medical'], about=['P0166'], mailer='outlook',
        group='C')

    lm = P('P0252')
    add('prive-svs-vinger-lucas', 'Jonas De Ridder <jonasderidder93@hotmail.com>',
        ['Dirk Maes <dirk.maes@proximus.be>'], 'Lucas - SVS volley',
        """Dag meneer Maes,

Ik stuur dit even van thuis uit, mijn schoolmail werkt niet op mijn gsm.
Lucas heeft vanmiddag bij de SVS-volleybal zijn ringvinger ontwricht bij een blok. De vinger werd door de
EHBO'er van de club terug op zijn plaats gezet en gespalkt, maar het is beter dat er morgen een röntgenfoto
genomen wordt. De ongevalsaangifte regel ik maandag op school.

Groetjes,
Jonas De Ridder""", '2025-03-12 19:55', [S, 'private_account'],
        'teacher writes from his private Hotmail to a parent about an injury; another Maes family exists',
        ['plain', 'private-sender', 'recipient-lookalike'], cats=['medical'], about=[lm.id],
        lookalike='same surname Maes, correct family', group='C')

    ski = sorted(random.Random(43).sample(
        [p for c in ('6A', '6B', '6C', '6D') for p in klas(c) if p.id not in ('P0270', 'P0271', 'P0279', 'P0285')], 5),
        key=lambda p: (p.klas, p.last))
    items = ['notenallergie - EpiPen, reserve-pen bij begeleiding', 'astma - Ventolin en Seretide',
             'diabetes type 1 - insulinepomp', 'epilepsie - Depakine 2x per dag', 'hooikoorts - Cetirizine']
    lines = '\n'.join('- %s (%s): %s' % (p.name, p.klas, it) for p, it in zip(ski, items))
    add('fwd-medische-lijst-skireis-prive', st('gvh'), ['greetvanhoof65@gmail.com'], 'FW: medische fiches skireis',
        """om thuis af te drukken

-----Oorspronkelijk bericht-----
Van: Greet Vanhoof
Verzonden: woensdag 26 februari 2025 16:40
Aan: Kristof Vandenbussche
Onderwerp: medische fiches skireis

Kristof,

De leerlingen op de skireis met medicatie of een aandoening:

%s

De medicatie gaat mee in de EHBO-koffer, de leerlingen dragen zelf hun eigen dosis.

Greet""" % lines, '2025-02-26 16:52', [S, 'private_account'],
        'school nurse forwards the medical list of the ski trip to her own Gmail',
        ['plain', 'forward', 'forward-to-private'], cats=['medical'], about=[p.id for p in ski], mailer='outlook',
        group='C')

    add('aangifte-verzekeraar-ferre', st('gvh'), [INSURER], 'Aangifte schoolongeval - polis 7.204.118',
        """Geachte,

Hierbij de aangifte van een schoolongeval:

Leerling: Ferre Van Damme, klas 2A
Rijksregisternummer: %s
Datum en uur: 14/10/2024, 10u20
Plaats: sporthal Sint-Pieterscollege, les LO (basketbal)
Omschrijving: landing na een sprong, verstuiking rechterenkel
Eerste zorg: EHBO-post school, nadien huisarts; ingetapet, 2 weken rust
Medisch attest (deel 2) in bijlage.

Met vriendelijke groeten,
Greet Vanhoof
Schoolverpleegkundige - EHBO-post""" % rrn(2011, 6, 6, 117), '2024-10-21 10:30', [S, 'personal_data'],
        'accident claim to the insurer with the pupil national register number and the injury',
        ['plain', 'attachment-pdf'], cats=['medical'], about=['P0024'],
        atts=[('medisch_attest_deel2.pdf', pdf_bytes(['MEDISCH ATTEST - deel 2', 'Patient: Ferre Van Damme',
                                                       'Diagnose: distorsie rechterenkel graad 1',
                                                       'Arbeidsongeschikt / sportverbod: 14/10 - 28/10/2024'],
                                                      title='Medisch attest'), 'application/pdf')],
        mailer='outlook', group='C')

    zo = P('P0056')
    add('angst-lo-zoe', st('ldw'), ['Pascale Willems <willems.pascale@telenet.be>'], 'Zoë en de LO-lessen',
        """Beste mevrouw Willems,

Bedankt voor het gesprek van gisteren. Ik vat even samen wat we afspraken:

- Zoë heeft veel angst voor de LO- en zwemlessen en meldt zich daardoor vaak ziek.
- Fijn dat ze volgende week start bij de psycholoog; we stemmen graag af met de therapeut als u daar
  toestemming voor geeft.
- In afwachting mag Zoë zich omkleden in de aparte kleedruimte en kiest ze zelf een rustige plaats in de zaal.
- Haar leerkracht LO, Ann-Sophie Goossens, is op de hoogte.

Met vriendelijke groeten,
Liesbeth Dewit
Leerlingenbegeleiding""", '2025-03-25 12:30', [S],
        'anxiety around PE, therapy and adjustments for one pupil', ['plain'], cats=['psychosocial', 'care'],
        about=[zo.id], mailer='outlook', group='C')


# ============================================================================
# M. misdirected mails (12: 7 sensitive, 5 not sensitive)
# ============================================================================

def group_m():
    S = 'sensitive'
    j = P('P0021')
    add('polsblessure-jana', st('asg'), ['Bart Peeters <bart.peeters@telenet.be>'], 'Val tijdens LO',
        """Beste meneer Peeters,

Jana is vandaag tijdens de turnles bij de bok op haar linkerpols gevallen. Greet van de EHBO-post heeft de
pols gespalkt en gekoeld; haar grootmoeder is haar komen halen. Mogelijk gaat het om een breuk, dus laat
u best vandaag nog een foto nemen.

Het formulier voor de schoolverzekering geef ik morgen mee.

Met vriendelijke groeten,
Ann-Sophie Goossens""", '2024-11-14 14:22', [S, 'recipient'],
        'wrist injury of Jana Peeters (2A) sent to the father of Wout Peeters (4C): two Peeters families',
        ['plain', 'misdirected'], cats=['medical'], about=[j.id], mis=True, mailer='outlook', group='M')

    y = P('P0112')
    add('gesprek-yasmine', st('ldw'), ['el.amrani.fam@gmail.com'], 'Yasmine - gesprek',
        """Beste mevrouw El Amrani,

Ik wilde u laten weten dat Yasmine de voorbije week na de LO-les in de kleedkamer door enkele meisjes werd
uitgescholden en dat er berichten over haar rondgaan op Instagram. Ze was vandaag erg overstuur en heeft
een uur bij mij gezeten.

Ik zou u en Yasmine graag uitnodigen voor een gesprek. Past donderdag om 15u30?

Vriendelijke groeten,
Liesbeth Dewit""", '2025-01-28 16:05', [S, 'recipient'],
        'bullying of Yasmine El Amrani (3C) sent by autocomplete to the family address of Bilal El Amrani (5A)',
        ['plain', 'misdirected'], cats=['psychosocial'], about=[y.id], mis=True, mailer='outlook', group='M')

    d = P('P0058')
    add('re-jas-emma-afbetaling', st('kvb'), ['An Claes <an.claes@skynet.be>'],
        'RE: jas van Emma vergeten in de sporthal',
        """Beste mevrouw,

Zoals besproken kan de sportdag van Dries (14 euro) samen met het zwemabonnement in twee keer betaald worden,
de helft nu en de helft in juni. Ik heb de boekhouding gevraagd om u geen herinneringen meer te sturen
zolang het afbetalingsplan loopt.

Vriendelijke groeten,
Kristof

-----Oorspronkelijk bericht-----
Van: An Claes <an.claes@skynet.be>
Verzonden: maandag 12 mei 2025 20:11
Aan: Kristof Vandenbussche
Onderwerp: jas van Emma vergeten in de sporthal

Goedenavond, Emma is haar blauwe jas vergeten na de les LO. Ligt die nog in de sporthal?
An""", '2025-05-14 08:31', [S, 'recipient'],
        'payment plan of Dries Janssens (2C) written as a reply in the thread of the mother of Emma Claes',
        ['plain', 'reply', 'misdirected'], cats=['financial'], about=[d.id], mis=True,
        hdrs={'In-Reply-To': '<jas.emma.claes@skynet.be>'}, mailer='outlook', group='M')

    ma = P('P0037')
    add('opvolging-motoriek-mats', st('kvb'), ['wouters.devriendt@telenet.be'], 'Opvolging motoriek Mats',
        """Beste familie Wouters,

Zoals besproken op het oudercontact vraag ik het CLB om de motoriek van Mats verder te onderzoeken. Hij loopt
in de LO-lessen duidelijk achter bij het springen en vangen, en dat bemoeilijkt ook de afspraken uit zijn
handelingsplan. Het CLB neemt de komende weken contact met u op. Misschien kan de huisarts ook
kinesitherapie voorschrijven?

Met vriendelijke groeten,
Kristof Vandenbussche""", '2024-12-12 17:45', [S, 'recipient'],
        'CLB follow-up of Mats Wouters (1B) sent to the parents of Lena Wouters (3A), assumed to be his sister',
        ['plain', 'misdirected'], cats=['care'], about=[ma.id], mis=True, mailer='outlook', group='M')

    no = P('P0115')
    add('epipen-noor-vervalt', st('gvh'), ['Sarah Dewinter <sarah.dewinter@gmail.com>'], 'EpiPen van Noor vervalt',
        """Dag Sarah,

Bij de controle van de EHBO-post zag ik dat de EpiPen van Noor (voor haar notenallergie) eind deze maand
vervalt. Kan je een nieuwe meegeven voor het zwemmen van volgende week? De oude mag je terugkrijgen.

Groetjes,
Greet""", '2025-03-04 09:10', [S, 'recipient'],
        'EpiPen of Noor Vermeulen (3C) sent to the wrong Sarah: mother of Fien Coppens instead of Sarah De Bruyne',
        ['plain', 'misdirected'], cats=['medical'], about=[no.id], mis=True, mailer='outlook', group='M')

    mg = P('P0150')
    add('ophalen-milan-sportdag', st('asg'), ['Tom Hermans <tom.hermans@icloud.com>'],
        'Ophalen Milan na de sportdag',
        """Beste meneer,

U vroeg wie Milan mag ophalen na de sportdag. Volgens de verblijfsregeling die de rechtbank na de scheiding
vastlegde en die mevrouw Raes ons bezorgde, verblijft Milan die week bij zijn mama. Wij laten hem daarom
enkel met haar meegaan, tenzij we van u beiden een schriftelijk akkoord krijgen.

Met vriendelijke groeten,
Ann-Sophie Goossens""", '2025-05-19 12:02', [S, 'recipient'],
        'custody arrangement of Milan Goossens (4A) sent to the father of Milan Hermans (4B)',
        ['plain', 'misdirected'], cats=['family'], about=[mg.id], mis=True, mailer='outlook', group='M')

    ar = P('P0101')
    add('incident-zwembad-arne', st('sle'), ['Dirk Maes <dirk.maes@proximus.be>'], 'Incident in het zwembad',
        """Beste meneer Maes,

Arne heeft vandaag in het zwembad een medeleerling meermaals kopje onder geduwd, ook nadat ik hem had
gewaarschuwd. Toen de redder tussenkwam, heeft hij die uitgescholden. Dit kunnen we niet toelaten.

Arne mag de volgende zwembeurt niet mee en zit dan strafstudie. Gelieve deze mail samen met hem te bespreken.

Met vriendelijke groeten,
Sofie Lemmens""", '2024-11-26 15:50', [S, 'recipient'],
        'behaviour incident and sanction of Arne Maes (3B) sent to the father of Lucas Maes (5B)',
        ['plain', 'misdirected'], cats=['psychosocial'], about=[ar.id], mis=True, mailer='outlook', group='M')

    # --- not sensitive ---
    s = P('P0270')
    add('identiteitskaart-sara-skireis', st('kvb'), ['kim.vdbroeck@gmail.com'], 'Identiteitskaart Sara - skireis',
        """Dag Kim,

Bij de controle van de reisdocumenten voor de skireis zag ik dat de identiteitskaart van Sara vervalt op
20 februari, dus nog voor we vertrekken. Kan ze tijdig een nieuwe aanvragen bij de gemeente? Een kopie van
het aanvraagbewijs volstaat voorlopig.

Groetjes,
Kristof""", '2025-01-09 20:30', ['recipient'],
        'expiring ID card of Sara Janssens (6A) sent to the wrong Kim (mother of Louise Van den Broeck)',
        ['plain', 'misdirected'], about=[s.id], mis=True, mailer='outlook', group='M')

    fi = P('P0044')
    add('betaling-zwemabonnement-finn', st('bkh'), ['stefaan.desmedt@skynet.be'], 'Betaling zwemabonnement ontvangen',
        """Geachte heer,

Wij hebben de betaling van het zwemabonnement van Finn (60 euro) goed ontvangen. Hartelijk dank.

Met vriendelijke groeten,
Marc Stevens
Boekhouding""", '2024-10-16 10:12', ['recipient'],
        'payment confirmation for Finn De Smet (1C) sent to the father of Finn De Smedt (2B)',
        ['plain', 'misdirected'], about=[fi.id], mis=True, mailer='outlook', group='M')

    il = P('P0070')
    add('re-sportkledij-cross-ilias', st('jdr'), ['kaya.ayse@outlook.com'], 'Re: vraag over sportkledij',
        """Beste mevrouw,

Nog even iets leuks: Ilias is gisteren tweede geworden op de scholencross in zijn reeks! Hij liep heel slim
en had nog een sterke eindsprint. Hij is daarmee geselecteerd voor de provinciale finale in november.

Groeten,
Jonas De Ridder

Op 15 okt. 2024 om 21:02 schreef Ayse Kaya <kaya.ayse@outlook.com>:
> Dag meneer, moet Adam voor de cross speciale schoenen hebben of mag hij in zijn gewone sportschoenen lopen?""",
        '2024-10-18 12:44', ['recipient'],
        'good news about Ilias Bouzid (2D) sent in the thread of the mother of classmate Adam Kaya',
        ['plain', 'reply', 'misdirected'], about=[il.id], mis=True, group='M')

    el = P('P0005')
    add('jas-ella-zwembad', st('sle'), ['familie.mertens@gmail.com'], 'Jas vergeten in het zwembad',
        """Beste ouders,

Ella heeft gisteren haar jas laten liggen in het zwembad. Ik heb hem meegenomen; hij hangt aan de kapstok
in het LO-lokaal. Ze mag hem altijd komen halen.

Groetjes,
Sofie Lemmens""", '2024-12-04 08:20', ['recipient'],
        'forgotten jacket of Ella Mertens (1A) sent to the family of Elias Mertens (3D)',
        ['plain', 'misdirected'], about=[el.id], mis=True, mailer='outlook', group='M')

    jl = P('P0178')
    add('inhaaltest-lo-jules', st('bcl'), ['an.lambrechts@gmail.com'], 'Inhaaltest LO Jules',
        """Beste mevrouw Lambrechts,

De inhaaltest LO van Jules gaat donderdag niet door in zaal 1 maar in de kleine zaal (zaal 3), om 13u30.
Hij brengt best zijn klimschoenen mee.

Vriendelijke groeten,
Bram Claessens""", '2025-02-11 12:15', ['recipient'],
        'room change for Jules Lambrechts sent to An Lambrechts, who is the mother of his classmate Jules Aerts',
        ['plain', 'misdirected'], about=[jl.id], mis=True, mailer='thunderbird', group='M')

# ============================================================================
# D. personal mails about one pupil that are not sensitive (20 + 5 misdirected in M)
# ============================================================================

def group_d():
    s = P('P0270')
    add('paspoort-gevonden-sara', st('kvb'), ['Kim Van den Bossche <kim.vdb@telenet.be>'],
        'Paspoort van Sara gevonden',
        """Dag mevrouw Van den Bossche,

Na de infoavond over de skireis werd in de sporthal een paspoort gevonden op naam van Sara. Het ligt veilig
op het leerlingensecretariaat; Sara mag het morgen komen halen. Goed dat het nu opdook en niet de dag van
vertrek!

Met vriendelijke groeten,
Kristof Vandenbussche""", '2025-01-15 09:05', [],
        'found passport, correct mother (another parent called Kim exists)', ['plain', 'recipient-lookalike'],
        about=[s.id], lookalike='two parents named Kim with similar addresses; correct one', mailer='outlook',
        group='D')

    r = P('P0191')
    add('inhaalproef-cooper-robbe', st('mbe'), [r.mail], 'Inhaalproef Cooper',
        """Dag Robbe,

Je inhaalproef (Coopertest) gaat niet door in de sporthal maar op de atletiekpiste achter de school,
woensdag om 8u30. Kom in loopschoenen en breng een drinkbus mee.

Meneer Benali""", '2025-03-24 14:40', [], 'room/place change for a make-up test, to the pupil',
        ['plain'], about=[r.id], group='D')

    f = P('P0044')
    add('betaling-ontvangen-finn', st('bkh'), ['Joris De Smet <desmet.joris@telenet.be>'],
        'Betaling zwemabonnement ontvangen',
        """Geachte heer De Smet,

Wij hebben de betaling van het zwemabonnement van Finn (60 euro) goed ontvangen. Hartelijk dank.

Met vriendelijke groeten,
Marc Stevens
Boekhouding Sint-Pieterscollege""", '2024-10-16 10:09', [],
        'payment received; correct father, while a Finn De Smedt also exists', ['plain', 'recipient-lookalike'],
        about=[f.id], lookalike='Finn De Smet vs Finn De Smedt', mailer='outlook', group='D')

    i = P('P0070')
    add('proficiat-cross-ilias', st('jdr'), ['Samira Ouali <samira.ouali@hotmail.com>'], 'Proficiat Ilias!',
        """Beste mevrouw Ouali,

Ilias is gisteren tweede geworden op de scholencross in zijn reeks! Hij liep heel slim en had nog een sterke
eindsprint. Hij is daarmee geselecteerd voor de provinciale finale in november; de brief volgt.

Sportieve groeten,
Jonas De Ridder""", '2024-10-18 12:40', [], 'a pupil who did well; mother has another surname',
        ['plain', 'recipient-lookalike'], about=[i.id], lookalike='mother with own surname', group='D')

    e = P('P0061')
    add('re-jas-emma', st('kvb'), ['An Claes <an.claes@skynet.be>'], 'RE: jas van Emma vergeten in de sporthal',
        """Dag mevrouw Claes,

Ja, de blauwe jas hangt aan de kapstok in het LO-lokaal. Emma mag hem morgen tijdens de middag komen halen.

Groeten,
Kristof

-----Oorspronkelijk bericht-----
Van: An Claes <an.claes@skynet.be>
Verzonden: maandag 12 mei 2025 20:11
Aan: Kristof Vandenbussche
Onderwerp: jas van Emma vergeten in de sporthal

Goedenavond, Emma is haar blauwe jas vergeten na de les LO. Ligt die nog in de sporthal?
An""", '2025-05-13 07:50', [], 'lost jacket, correct mother; the address is shared with her brother Tuur',
        ['plain', 'reply', 'recipient-lookalike'], about=[e.id], lookalike='siblings share the parent address',
        hdrs={'In-Reply-To': '<jas.emma.claes@skynet.be>'}, mailer='outlook', group='D')

    h = P('P0243')
    add('selectie-schoolteam-volley-hanne', st('asg'), [h.mail], 'Selectie schoolteam volleybal',
        """Hey Hanne,

Proficiat, je bent geselecteerd voor het schoolteam volleybal meisjes! De eerste training is dinsdag om 16u
in de grote zaal. De wedstrijden zijn op woensdagnamiddag, de kalender volgt.

Ann-Sophie""", '2024-10-03 13:13', [], 'pupil selected for the school team', ['plain'], about=[h.id],
        mailer='outlook', group='D')

    l = P('P0045')
    add('svs-inschrijving-liam', st('jdr'), ['Tine Verbruggen <verbruggen.tine@telenet.be>'],
        'Inschrijving SVS minivoetbal',
        """Beste mevrouw Verbruggen,

De inschrijving van Liam voor de SVS-minivoetbal is in orde. De trainingen zijn op woensdag van 13u30 tot
15u in de sporthal; de eerste keer is op 2 oktober. Liam mag zijn voetbalschoenen met noppen thuislaten,
we spelen binnen.

Groeten,
Jonas De Ridder""", '2024-09-25 21:10', [], 'registration confirmation', ['plain-qp'], about=[l.id],
        cte='quoted-printable', group='D')

    wk = P('P0271')
    add('jury-sportdag-wiktoria', st('kvb'), [wk.mail], 'Jury sportdag 1ste graad',
        """Dag Wiktoria,

Bedankt om je op te geven als jury voor de sportdag van de eerste graad. Jij staat samen met twee andere
zesdejaars aan de post verspringen. Om 8u15 verwachten we je in het LO-lokaal voor de briefing en je
jurykit (fluitje, lintmeter, scoreblad).

Kristof""", '2025-05-20 15:22', [], 'sports day jury role for a pupil', ['plain'], about=[wk.id],
        mailer='outlook', group='D')

    mi = P('P0025')
    add('oorbel-gevonden-mila', st('asg'), ['debacker.ellen@gmail.com'], 'Oorbel gevonden',
        """Beste mevrouw De Backer,

Mila vroeg vandaag of er een gouden oorbel gevonden was in de kleedkamer. De poetsvrouw heeft er net een
binnengebracht. Ze ligt bij mij in het LO-lokaal; Mila mag ze komen halen.

Groetjes,
Ann-Sophie Goossens""", '2024-11-06 15:55', [], 'lost earring; several De Backer families in the roster',
        ['plain', 'recipient-lookalike'], about=[mi.id], lookalike='several De Backer families; correct one',
        mailer='outlook', group='D')

    a = P('P0101')
    add('zwembrevet-arne', st('sle'), ['maes.familie@telenet.be'], 'Zwembrevet 500 meter',
        """Beste ouders,

Arne heeft vandaag zijn brevet 500 meter gehaald! Het brevet geef ik hem volgende week mee.

Sportieve groeten,
Sofie Lemmens""", '2025-02-18 12:20', [], 'swimming certificate; another Maes family exists',
        ['plain', 'phone', 'recipient-lookalike'], about=[a.id], lookalike='same surname Maes, correct family',
        mailer='iphone', group='D')

    cand = [p for p in klas('4E') if p.id not in ('P0195', 'P0198')]
    k4 = cand[0]
    add('attest-klimcursus', st('bcl'), [k4.mail], 'Attest klimcursus',
        """Dag %s,

Je hebt de klimcursus toprope afgerond. Het attest van Boulderhal De Kei zit bij mij; daarmee mag je ook
buiten de schooluren zelfstandig toprope klimmen in de zaal. Ik geef het je donderdag in de les.

Bram""" % k4.first, '2025-03-20 18:30', [], 'climbing certificate ready', ['plain'], about=[k4.id],
        mailer='thunderbird', group='D')

    sv = P('P0258')
    add('fiets-zwembad-seppe', st('jdr'), ['verstraete.koen@telenet.be'], 'Fiets Seppe aan het zwembad',
        """Dag meneer Verstraete,

Seppe is na de SVS-zwemtraining met de bus teruggekomen en heeft zijn fiets aan het zwembad laten staan.
Het personeel van Aqua Dijle heeft hem binnengezet; hij kan hem morgen na 9u ophalen aan het onthaal
(de fiets staat op één slot, het tweede slot hangt er los aan).

Groeten,
Jonas""", '2025-02-12 18:05', [], 'bike left at the pool', ['plain-cp1252'], about=[sv.id],
        charset='windows-1252', cte='8bit', group='D')

    nh = P('P0094')
    add('tshirt-maat-nora', st('asg'), [nh.mail], 'T-shirt schoolteam',
        'Nora, welke maat heb je nodig voor het t-shirt van het schoolteam? S, M of L? Laat het me voor vrijdag weten.\n\nAnn-Sophie',
        '2024-10-09 10:02', [], 'kit size question', ['plain'], about=[nh.id], mailer='outlook', group='D')

    ms = P('P0093')
    add('re-busuur-klimuitstap', st('bcl'), ['Peter Segers <segers.peter@gmail.com>'], 'Re: terugkomst bus',
        """Dag meneer Segers,

De bus van de klimuitstap is normaal om 16u15 terug aan de Kapelstraat. Als er vertraging is, laat Marie u
dat zelf weten; de leerlingen mogen in de bus hun gsm gebruiken.

Groeten,
Bram Claessens

Op di 4 feb. 2025 om 19:40 schreef Peter Segers <segers.peter@gmail.com>:
> Goedenavond, weet u hoe laat de bus donderdag terug is? Ik moet Marie ophalen.
> Peter""", '2025-02-04 21:02', [], 'practical reply about the bus return time', ['plain', 'reply'],
        about=[ms.id], group='D')

    jl = P('P0178')
    add('provinciale-finale-jules', st('jdr'), ['Els Vanhove <els.vanhove@gmail.com>'],
        'Provinciale finale badminton - toestemming',
        """Beste mevrouw Vanhove,

Jules heeft zich geplaatst voor de provinciale finale badminton op woensdag 12 maart in Tienen. We vertrekken
om 12u30 met de bus en zijn terug rond 18u. Wilt u het toestemmingsstrookje in Smartschool invullen?

Sportieve groeten,
Jonas De Ridder""", '2025-02-26 11:45', [],
        'permission for a competition; mother has another surname and An Lambrechts is another pupil\'s mother',
        ['plain', 'recipient-lookalike'], about=[jl.id], lookalike='mother with own surname; other Jules in class',
        group='D')

    mh = P('P0163')
    add('gsm-gevonden-milan', st('mbe'), ['hermans.els@gmail.com'], 'Gsm van Milan',
        """Beste mevrouw Hermans,

Milan heeft zijn gsm in de kleedkamer laten liggen. Ik heb hem in de kluis van het secretariaat gelegd;
hij kan hem daar morgen ophalen.

Mehdi Benali""", '2025-01-23 16:45', [], 'phone found; another pupil named Milan exists',
        ['plain', 'recipient-lookalike'], about=[mh.id], lookalike='two pupils named Milan; correct one',
        group='D')

    ob = P('P0083')
    add('extra-athletics-oliver-en', st('jdr'), ['Sean Brennan <sbrennan@gmail.com>'], 'Re: athletics training',
        """Dear Mr Brennan,

Thanks for your message. Oliver is very welcome at the after-school athletics (SVS) on Wednesdays from
1.30 to 3 pm. He only needs running shoes and a water bottle. If he enjoys it, I can also give you the
details of the athletics club in Leuven.

Best regards,
Jonas De Ridder
PE teacher / SVS coordinator""", '2024-10-02 20:18', [], 'extra training question in English',
        ['plain', 'reply'], about=[ob.id], lang='en', group='D')

    ch = P('P0046')
    add('groupe-natation-chloe-fr', st('sle'), ['Marc Dubois <dubois.marc@gmail.com>'], 'Natation - Chloé',
        """Bonjour Monsieur Dubois,

Bonne nouvelle : Chloé nage très bien et elle passe dès la semaine prochaine dans le groupe avancé.
Elle pourra y préparer son brevet de 1000 mètres.

Bien à vous,
Sofie Lemmens
Professeur d'éducation physique""", '2024-11-13 17:35', [], 'swimming group change, in French; another Dubois family',
        ['plain', 'recipient-lookalike'], about=[ch.id], lang='fr', lookalike='other Dubois family', mailer='outlook',
        group='D')

    lm = P('P0252')
    add('scheidsrechterscursus-lucas', st('jdr'), [lm.mail], 'Scheidsrechterscursus',
        """Hoi Lucas,

Je vroeg naar de scheidsrechterscursus volleybal: die gaat door op drie zaterdagen in april in Leuven, de
school betaalt het inschrijvingsgeld als je daarna op onze tornooien wil fluiten. Interesse? Laat het me
weten voor de krokusvakantie.

Jonas""", '2025-02-14 12:10', [], 'referee course offer to the pupil', ['plain'], about=[lm.id], group='D')

    lw = P('P0090')
    add('foto-website-lena', st('kvb'), ['wouters.devriendt@telenet.be'], 'Foto sportdag op de website',
        """Beste ouders,

Op de sportdag werd een mooie foto genomen van Lena bij het hoogspringen. Mogen we die gebruiken op de
website van de school? In Smartschool staat voor Lena geen toestemming voor foto's op de website aangevinkt,
daarom vraag ik het even apart.

Met vriendelijke groeten,
Kristof Vandenbussche""", '2025-05-27 10:40', [], 'photo permission question; another Wouters family exists',
        ['alt', 'recipient-lookalike'], kind='alt',
        html=html_page('<p class="MsoNormal">Beste ouders,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                       'Op de sportdag werd een mooie foto genomen van Lena bij het hoogspringen. Mogen we die gebruiken '
                       'op de website van de school? In Smartschool staat voor Lena geen toestemming voor foto\'s op de '
                       'website aangevinkt, daarom vraag ik het even apart.</p><p class="MsoNormal">&nbsp;</p>'
                       '<p class="MsoNormal">Met vriendelijke groeten,<br>Kristof Vandenbussche</p>'),
        about=[lw.id], lookalike='same surname Wouters, correct family', mailer='outlook', group='D')


# ============================================================================
# E. general letters to all parents or all staff (20) - must pass
# ============================================================================

def parents_of(classes):
    out = []
    for c in classes:
        for p in klas(c):
            for a in p.parents:
                if a not in out:
                    out.append(a)
    return out


def group_e():
    Y1 = ['1A', '1B', '1C', '1D', '1E', '1F']
    Y2 = ['2A', '2B', '2C', '2D', '2E', '2F']

    body = """Beste ouders,

Vanaf dinsdag 17 september gaan de leerlingen van het eerste jaar om de twee weken zwemmen in Zwembad Aqua
Dijle. Ze vertrekken met de bus na de tweede lesuur en zijn terug voor de middagpauze.

Wat brengt uw zoon of dochter mee?
- een zwembroek of badpak (geen zwemshorts met zakken)
- een badmuts (verplicht in Aqua Dijle) en eventueel een zwembril
- een handdoek en een kam of borstel

Leerlingen die om medische redenen niet mogen zwemmen, bezorgen een doktersattest aan de leerkracht LO.
Het zwemabonnement wordt via de schoolrekening aangerekend.

Met sportieve groeten,
Sofie Lemmens
namens de vakgroep LO"""
    add('brief-zwemlessen-eerste-jaar', st('sle'), [st('sle')], 'Zwemlessen eerste jaar', body,
        '2024-09-09 17:00', [], 'general swimming letter, parent lists in BCC', ['plain', 'bcc-envelope', 'general'],
        bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in Y1], mailer='outlook', group='E')

    body = """Beste ouders,

Op vrijdag 23 mei organiseren we de sportdag voor de eerste en tweede graad.

Praktisch:
- De leerlingen komen om 8u25 naar school in sportkledij en met sportschoenen.
- De activiteiten vinden plaats op de sportsite De Bron in Wilsele; we gaan met de fiets of te voet.
- Het einde is voorzien om 15u30 op school.
- Breng een lunchpakket, een drinkbus en zonnecrème mee; bij regen een regenjas.
- De kostprijs (14 euro) wordt op de schoolrekening gezet.

Leerlingen die niet kunnen deelnemen, bezorgen vooraf een doktersattest; zij krijgen een taak als jurylid
of helpen bij de organisatie.

We kijken ernaar uit!
De vakgroep LO"""
    rcpt = parents_of(Y1 + Y2)
    add('brief-sportdag-23-mei', st('kvb'), [], 'Sportdag 23 mei - eerste en tweede graad', body,
        '2025-05-02 16:15', [], 'general sports day letter; every parent address only in the SMTP envelope',
        ['alt', 'bcc-envelope', 'undisclosed-recipients', 'general'], bcc=rcpt, kind='alt',
        html=html_page('<h2 style="font-family:Calibri;color:#1f5c99">Sportdag 23 mei</h2>' + paras_html(body)),
        mailer='outlook', group='E')

    body = """Beste ouders,

Na de lessen LO moeten de leerlingen van de tweede graad zich verfrissen. We vragen om het volgende mee te geven:
- een handdoek en badslippers (douchen is aangeraden na de les)
- een deodorant-roller (geen spuitbussen: die zijn niet toegelaten in de kleedkamers)
- een aparte zak voor de bezwete kledij

De sportkledij van de school (t-shirt en short) wordt best elke week gewassen.
Dank voor jullie medewerking!

De leerkrachten LO"""
    add('brief-hygiene-na-lo', st('asg'), [st('asg')], 'Hygiëne na de lessen LO', '', '2024-09-16 18:30', [],
        'general hygiene letter, newsletter style, lists in BCC', ['html-only', 'bcc-envelope', 'general'],
        bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in ['3A', '3B', '3C', '3D', '3E', '4A', '4B', '4C', '4D', '4E']],
        kind='html', html=html_page('<table style="width:600px"><tr><td style="background:#0b6e4f;color:white;'
                                    'font-size:16pt;padding:10px">Stroom | Sint-Pieterscollege - Nieuws uit de vakgroep LO'
                                    '</td></tr><tr><td>' + paras_html(body) + '</td></tr></table>'),
        mailer='outlook', group='E')

    body = """Beste ouders, beste leerlingen van het zesde jaar,

Graag nodigen we jullie uit op de infoavond over de skireis naar Oostenrijk (1 tot 8 maart 2025) op
dinsdag 14 januari om 19u30 in de refter.

We overlopen het programma, het skimateriaal, de verzekering en de afspraken tijdens de reis. De medische
fiche vult u vooraf in via het formulier in Smartschool; die gegevens worden enkel gedeeld met de
begeleidende leerkrachten en de verpleegkundige.

Tot dan!
Kristof Vandenbussche, coördinator skireis"""
    add('brief-infoavond-skireis', st('kvb'), [st('kvb')], 'Infoavond skireis 6de jaar', body,
        '2024-12-18 17:45', [], 'general trip invitation, parent and pupil lists in BCC',
        ['plain', 'bcc-envelope', 'general'],
        bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in ['6A', '6B', '6C', '6D']] +
            ['leerlingen%s@leerling.sintpieterscollege.be' % c.lower() for c in ['6A', '6B', '6C', '6D']],
        mailer='outlook', group='E')

    body = """Beste ouders,

Van maandag 7 tot woensdag 9 april trekken de leerlingen van het vierde jaar op klimstage naar de Ardennen
(Freyr). Ze slapen in een jeugdherberg in Dinant.

- Vertrek: maandag om 8u aan de school; terug: woensdag rond 17u.
- Meebrengen: stevige schoenen, regenkledij, slaapzak, lunchpakket voor de eerste dag.
- Klimmateriaal (helm, gordel, touwen) wordt voorzien door de school en de klimmonitoren.
- Kostprijs: 95 euro, via de schoolrekening.

Medicatie of aandachtspunten kunt u vóór 15 maart doorgeven via de medische fiche in Smartschool.

Met vriendelijke groeten,
Bram Claessens"""
    pdf = pdf_bytes(['KLIMSTAGE 4DE JAAR - 7 tot 9 april 2025', 'Programma dag 1: Freyr, initiatie rotsklimmen',
                     'Programma dag 2: Via ferrata en abseilen', 'Programma dag 3: Boulderen en terugreis',
                     'Paklijst: stevige schoenen, regenjas, slaapzak, drinkbus'], title='Klimstage')
    add('brief-klimstage-vierde-jaar', st('bcl'), [], 'Klimstage 4de jaar 7-9 april', body, '2025-02-10 19:00', [],
        'general climbing trip letter with a pdf programme; parents in the envelope only',
        ['plain', 'attachment-pdf', 'bcc-envelope', 'general'],
        bcc=parents_of(['4A', '4B', '4C', '4D', '4E']),
        atts=[('programma_klimstage_2025.pdf', pdf, 'application/pdf')], mailer='thunderbird', group='E')

    body = """Beste ouders,

Ook dit schooljaar kunnen alle leerlingen op woensdagnamiddag deelnemen aan de naschoolse sport (SVS):

- minivoetbal (1ste graad) - sporthal
- badminton (alle graden) - kleine zaal
- klimmen (vanaf 3de jaar) - klimmuur
- zwemmen (alle graden) - Aqua Dijle, vervoer met de bus

Inschrijven kan via het formulier in Smartschool tot 27 september. Een kaart voor het hele jaar kost
20 euro. De leerlingen blijven onder begeleiding van een leerkracht of een monitor van de club.

Sportieve groeten,
Jonas De Ridder
SVS-coördinator"""
    add('brief-svs-woensdagnamiddag', st('jdr'), [st('jdr')], 'Naschoolse sport op woensdag', body,
        '2024-09-12 12:00', [], 'general after-school sports letter; all-parents list in BCC',
        ['plain-qp', 'bcc-envelope', 'general'], bcc=['ouders@spc.ksleuven.be'], cte='quoted-printable',
        group='E')

    body = """Beste ouders,

Bij uitstappen, sportdagen en meerdaagse reizen volgen we het medicatiebeleid van Stroom:

1. Leerkrachten geven geen medicatie zonder schriftelijke vraag van de ouders en een voorschrift van de arts.
2. Medicatie wordt in de originele verpakking meegegeven, met de naam van de leerling erop.
3. Noodmedicatie (bv. een puffer of een auto-injector) draagt de leerling zelf bij zich; een reserve kan
   bij de begeleiding bewaard worden.
4. Wijzigingen geeft u door via de medische fiche in Smartschool, niet via e-mail.

Met vragen kunt u terecht bij de schoolverpleegkundige via ehbo@spc.ksleuven.be.

Met vriendelijke groeten,
Greet Vanhoof
Schoolverpleegkundige"""
    add('brief-medicatiebeleid-uitstappen', st('gvh'), [st('gvh')], 'Medicatie tijdens uitstappen en sportdagen',
        body, '2024-10-04 15:30', [], 'general medication policy; nobody named; all parents in BCC',
        ['plain', 'bcc-envelope', 'general'], bcc=['ouders@spc.ksleuven.be'], mailer='outlook', group='E')

    body = """Beste ouders,

Het zwembad Aqua Dijle heeft zijn reglement aangepast. Voor de zwemlessen betekent dat:

- Een badmuts is verplicht voor iedereen (ook voor jongens met kort haar).
- Zwemkledij moet nauw aansluiten; lange zwembroeken, zwemshorts met zakken en katoenen t-shirts zijn niet
  toegelaten. Een lycra zwem-T-shirt of een zwempak met lange mouwen/pijpen mag wel.
- Juwelen blijven thuis of in de locker.
- Gsm's blijven in de kleedkamer.
- Een zwembril is toegelaten; een duikbril of snorkel niet. Eén handdoek volstaat.

Bedankt om dit samen met uw kind te bekijken.
Sofie Lemmens"""
    add('brief-zwemreglement-aqua-dijle', st('sle'), [st('sle')], 'Nieuw reglement zwembad', body,
        '2025-01-06 18:10', [], 'general swimwear rules letter, lists in BCC', ['plain-cp1252', 'bcc-envelope', 'general'],
        bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in Y1 + Y2], charset='windows-1252',
        cte='quoted-printable', mailer='outlook', group='E')

    body = """Beste ouders,

Op donderdag 5 juni fietsen de leerlingen van het derde jaar naar Mechelen langs het jaagpad (ongeveer 45 km
heen en terug).

- Graag een fiets in goede staat (remmen, banden, verlichting) en een fietshelm.
- Lunchpakket en voldoende drinken meebrengen.
- Vertrek om 8u30 aan de school, terug rond 16u.
- Een pechdienst volgt de groep met een busje.

Is uw kind niet in staat om de afstand te fietsen, neem dan vooraf contact op met de leerkracht LO via
Smartschool.

De vakgroep LO"""
    add('brief-fietstocht-derde-jaar', st('asg'), [], 'Fietstocht 3de jaar naar Mechelen', body,
        '2025-05-12 17:30', [], 'general cycling trip letter; parents in the envelope only',
        ['plain', 'bcc-envelope', 'undisclosed-recipients', 'general'],
        bcc=parents_of(['3A', '3B', '3C', '3D', '3E']), mailer='outlook', group='E')

    body = """Beste collega's,

Voor de sportdag van vrijdag 23 mei rekenen we op iedereen die die dag geen examen- of stageverplichting heeft.

- Briefing om 8u in de refter.
- Elke post heeft twee begeleiders; de verdeling hangt vanaf maandag in de leraarskamer.
- EHBO: Greet staat aan de centrale post; elke begeleider krijgt een EHBO-zakje.
- Lunch voor het personeel is voorzien om 12u30.

Dank jullie wel!
Kristof"""
    add('brief-personeel-toezicht-sportdag', st('kvb'), [st('kvb')], 'Sportdag 23 mei - toezicht personeel',
        body, '2025-05-09 13:00', [], 'letter to all staff with the staff list in BCC (§3.1)',
        ['alt', 'bcc-envelope', 'general', 'staff'], bcc=['personeel@spc.ksleuven.be'], kind='alt',
        html=html_page(paras_html(body)), mailer='outlook', group='E')

    body = """Beste collega's,

Op woensdag 26 februari organiseren we een opfrissing EHBO en AED voor alle personeelsleden die
meegaan op uitstappen of reizen. Het Rode Kruis geeft de opleiding in de refter van 13u30 tot 16u30.

Inschrijven kan via het formulier op het personeelsplatform tot 14 februari.

Greet Vanhoof"""
    add('brief-personeel-ehbo-opleiding', st('gvh'), [st('gvh')], 'Opfrissing EHBO en AED', body,
        '2025-01-31 10:20', [], 'first-aid training announcement to all staff in BCC',
        ['plain', 'bcc-envelope', 'general', 'staff'], bcc=['personeel@spc.ksleuven.be'], mailer='outlook',
        group='E')

    body = """Beste ouders,

Elk schooljaar krijgen we vragen over de schoolverzekering. Daarom zetten we de belangrijkste zaken op een rij.

- Alle leerlingen zijn verzekerd voor lichamelijke ongevallen op school, op weg van en naar school en tijdens
  uitstappen en sportdagen.
- Na een ongeval krijgt u een aangifteformulier. Het medisch attest laat u invullen door de arts.
- De verzekering betaalt het deel van de kosten terug dat niet door het ziekenfonds gedekt is.
- Materiële schade (brillen, kledij, fietsen) is niet altijd gedekt; vraag het na bij het secretariaat.

Met vriendelijke groeten,
Peter Verhaegen
Directeur"""
    add('brief-schoolverzekering', st('dir', True), [st('dir')], 'Hoe werkt de schoolverzekering?', body,
        '2024-10-11 11:00', [], 'general insurance information; all parents in BCC',
        ['plain', 'bcc-envelope', 'general'], bcc=['ouders@spc.ksleuven.be'], mailer='outlook', group='E')

    intl = ['sbrennan@gmail.com', 'aoife.kelly@icloud.com', 'belkadi.nordine@gmail.com', 'nowak.anna@gmail.com',
            'piotr.nowak@outlook.com', 'ana.ferreira.santos@gmail.com', 'santos.rui@telenet.be',
            'andreea.popescu@yahoo.com']
    body = """Dear parents,

On Friday 23 May we hold our annual sports day for the first and second grade.

- Pupils arrive at 8.25 am in sports clothes and trainers.
- Activities take place at the De Bron sports grounds in Wilsele; we walk or cycle there together.
- The day ends at 3.30 pm at school.
- Please give your child a packed lunch, a water bottle and sun cream (or a raincoat).
- The cost (14 euros) will appear on the school bill.

Pupils who cannot take part should hand in a doctor's note beforehand; they will help as judges.

Kind regards,
The PE department"""
    add('letter-sports-day-en', st('kvb'), [st('kvb')], 'Sports day 23 May', body, '2025-05-02 16:25', [],
        'English version of the general sports day letter; parents in BCC',
        ['plain', 'bcc-envelope', 'general'], bcc=intl, lang='en', mailer='outlook', group='E')

    fr = ['isabelle.lefevre@skynet.be', 'olivier.dubois@proximus.be', 'dubois.marc@gmail.com']
    body = """Chers parents,

Le vendredi 23 mai aura lieu la journée sportive du premier et du deuxième degré.

- Les élèves arrivent à 8h25 en tenue de sport.
- Les activités se déroulent au complexe sportif De Bron à Wilsele.
- Fin de la journée : 15h30 à l'école.
- Prévoir un pique-nique, une gourde et de la crème solaire.
- Le coût (14 euros) sera repris sur la facture scolaire.

Les élèves qui ne peuvent pas participer remettent un certificat médical au préalable.

Cordialement,
La section d'éducation physique"""
    add('lettre-journee-sportive-fr', st('kvb'), [st('kvb')], 'Journée sportive du 23 mai', body,
        '2025-05-02 16:30', [], 'French version of the general sports day letter; parents in BCC',
        ['plain', 'bcc-envelope', 'general'], bcc=fr, lang='fr', mailer='outlook', group='E')

    body = """Beste ouders,

Pesten in de kleedkamers nemen we op het Sint-Pieterscollege zeer ernstig. Daarom deze afspraken:

- Gsm's blijven tijdens het omkleden in de tas. Filmen of fotograferen in de kleedkamer leidt altijd tot een
  sanctie.
- Bij het begin en het einde van de les is er een leerkracht in de buurt van de kleedkamers.
- Leerlingen die zich niet goed voelen bij het omkleden, kunnen bij de leerkracht LO vragen om een aparte
  ruimte te gebruiken.
- Wie pesten ziet of meemaakt, kan dat melden bij de leerlingenbegeleiding of via het meldpunt in Smartschool.

Met vriendelijke groeten,
Peter Verhaegen, directeur
namens de vakgroep LO en de leerlingenbegeleiding"""
    add('brief-afspraken-kleedkamers', st('dir', True), [st('dir')], 'Afspraken in de kleedkamers',
        body, '2025-01-30 16:00', [], 'general anti-bullying letter; nobody named; all parents in BCC',
        ['alt', 'bcc-envelope', 'general'], bcc=['ouders@spc.ksleuven.be'], kind='alt',
        html=html_page(paras_html(body)), mailer='outlook', group='E')

    body = """Beste ouders,

Op de schoolrekening van maart staan de kosten voor de sportdag en het zwemmen van het tweede trimester.
Wie de rekening nog niet betaald heeft, vragen we dit te doen voor 15 april.

Lukt het om financiële redenen niet om de rekening in één keer te betalen? Neem dan discreet contact op
met de boekhouding; een afbetalingsplan is altijd mogelijk. Niemand wordt uitgesloten van een activiteit.

Met vriendelijke groeten,
Marc Stevens
Boekhouding"""
    add('brief-herinnering-schoolrekening', st('bkh'), [st('bkh')], 'Herinnering schoolrekening maart',
        body, '2025-04-01 09:00', [], 'payment reminder sent to everybody, nobody named; lists in BCC',
        ['plain', 'bcc-envelope', 'general'], bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in Y2],
        mailer='outlook', group='E')

    body = """Beste ouders,

In de loop van oktober komt het CLB naar school voor het systematisch contact (medisch onderzoek) van de
leerlingen van het eerste jaar. Het onderzoek vindt plaats tijdens de lesuren, de leerlingen brengen hun
sportkledij mee.

De verpleegkundige van het CLB meet lengte en gewicht, test het zicht en het gehoor en overloopt de
vaccinaties. De resultaten worden enkel aan u en aan uw kind meegedeeld; de school krijgt ze niet.

Meer informatie vindt u in de bijgevoegde folder.

Met vriendelijke groeten,
Liesbeth Dewit
Leerlingenbegeleiding"""
    pdf = pdf_bytes(['CLB - Systematisch contact eerste jaar secundair',
                     'Wat gebeurt er? Lengte, gewicht, zicht, gehoor, vaccinaties.',
                     'Wie krijgt de resultaten? Enkel de ouders en de leerling.'], title='CLB folder')
    add('brief-clb-systematisch-contact', st('ldw'), [st('ldw')], 'Medisch onderzoek CLB eerste jaar', body,
        '2024-09-24 16:45', [], 'general CLB information letter with folder; parents lists in BCC',
        ['plain', 'attachment-pdf', 'bcc-envelope', 'general'],
        bcc=['ouders%s@spc.ksleuven.be' % c.lower() for c in Y1],
        atts=[('folder_CLB_systematisch_contact.pdf', pdf, 'application/pdf')], mailer='outlook', group='E')

    body = """Beste leerlingen, beste ouders,

Op vrijdag 13 december houden we onze zwemmarathon ten voordele van de Warmste Week. Van 8u tot 16u zwemmen
klassen om beurten in Aqua Dijle: hoe meer baantjes, hoe meer sponsorgeld.

Sponsorkaarten worden in de klas uitgedeeld. Het opgehaalde geld gaat naar een vereniging die kinderen
leert zwemmen.

Zwemmen jullie mee?
Sofie Lemmens en de vakgroep LO"""
    add('brief-zwemmarathon-warmste-week', st('sle'), [st('sle')], 'Zwemmarathon Warmste Week', body,
        '2024-11-29 12:30', [], 'charity swim announcement; pupils and parents lists in BCC',
        ['plain-base64', 'bcc-envelope', 'general'],
        bcc=['ouders@spc.ksleuven.be'] + ['leerlingen%s@leerling.sintpieterscollege.be' % c.lower() for c in CLASSES[:12]],
        cte='base64', mailer='outlook', group='E')

    body = """Beste collega's,

Op dinsdag 8 oktober om 10u20 houden we een evacuatieoefening in de sporthal en het zwembadgebouw.
Collega's die op dat moment les geven in de sporthal, begeleiden de leerlingen via de nooduitgang aan de
fietsenstalling naar de verzamelplaats op het grasveld. Leerlingen in zwemkledij nemen hun handdoek mee.

Neem de aanwezigheidslijst van de klas mee naar de verzamelplaats.

Kristof Vandenbussche
preventieadviseur a.i."""
    add('brief-personeel-evacuatie-sporthal', st('kvb'), [st('kvb')], 'Evacuatieoefening sporthal 8/10',
        body, '2024-10-02 07:45', [], 'staff letter with the staff list in BCC', ['plain', 'bcc-envelope', 'general', 'staff'],
        bcc=['personeel@spc.ksleuven.be'], mailer='outlook', group='E')

    body = """Beste ouders,

Op donderdag 30 januari trekken de leerlingen van het tweede jaar naar de ijsbaan van Leuven voor een
winterse sportdag: schaatsen in de voormiddag, curling en ijshockeyinitiatie in de namiddag.

- Warme kledij, handschoenen (verplicht) en een muts meebrengen.
- Schaatsen worden ter plaatse gehuurd; wie eigen schaatsen heeft, mag ze meebrengen.
- Vertrek 8u30 met de bus, terug om 15u45.
- Kostprijs: 18 euro, via de schoolrekening.

Met vriendelijke groeten,
Jonas De Ridder"""
    add('brief-wintersportdag-schaatsen', st('jdr'), [], 'Winterse sportdag 2de jaar', body,
        '2025-01-17 19:30', [], 'general skating trip letter; parents in the envelope only',
        ['plain', 'bcc-envelope', 'undisclosed-recipients', 'general'], bcc=parents_of(Y2), group='E')


# ============================================================================
# F. ordinary mail with bcc / private_account / attachment / personal_data cases
# ============================================================================

def group_f():
    body = """Dag allemaal,

Agenda vakgroepvergadering maandag 16u:
1. Evaluatie scholencross
2. Planning zwemmen 2de trimester
3. Aankoop nieuwe turnmatten (offerte Vandersanden)
4. Varia

Kristof"""
    add('vakgroep-agenda-lijst-in-aan', st('kvb'), ['Vakgroep LO <vakgroep-lo@spc.ksleuven.be>'],
        'Agenda vakgroep LO maandag', body, '2024-10-24 12:30', ['bcc'],
        'department list address in To (group of staff) instead of BCC', ['plain', 'group-in-to'],
        mailer='outlook', group='F')

    body = """Dag allemaal,

Agenda vakgroepvergadering dinsdag 16u:
1. Sportdag: verdeling posten
2. Evaluatie SVS
3. Bestelling zwemmateriaal
4. Varia

Kristof"""
    add('vakgroep-agenda-lijst-in-bcc', st('kvb'), [st('kvb')], 'Agenda vakgroep LO dinsdag', body,
        '2025-04-24 12:30', [], 'same kind of mail with the department list in BCC', ['plain', 'bcc-envelope'],
        bcc=['vakgroep-lo@spc.ksleuven.be'], mailer='outlook', group='F')

    add('prive-gmail-planning-sportdag', 'Jonas De Ridder <jonas.deridder.93@gmail.com>',
        [st('kvb'), st('asg')], 'posten sportdag',
        """Hey Kristof en Ann-Sophie,

Ik zit thuis en kan niet inloggen op mijn schoolmail, daarom via deze weg. Mijn voorstel voor de posten:
- hindernissenloop: Ann-Sophie + 2 zesdejaars
- verspringen en kogelstoten: ik
- estafette: Kristof
- EHBO centraal: Greet

Zeg maar of het oké is.
Jonas""", '2025-04-30 21:40', ['private_account'],
        'teacher uses his private Gmail for school business with colleagues', ['plain', 'private-sender'],
        group='F')

    add('fwd-planning-naar-prive', st('kvb'), ['kristof.vdb@gmail.com'], 'FW: planning sportdag definitief',
        """-----Oorspronkelijk bericht-----
Van: Jonas De Ridder
Verzonden: vrijdag 2 mei 2025 10:02
Aan: Kristof Vandenbussche; Ann-Sophie Goossens
Onderwerp: planning sportdag definitief

In bijlage de definitieve planning van de posten en het tijdsschema voor de sportdag.
Jonas""", '2025-05-02 10:15', ['private_account'],
        'staff member forwards school mail to his own private mailbox', ['plain', 'forward', 'forward-to-private'],
        atts=[('planning_sportdag_2025.xlsx',
               xlsx_bytes([['Post', 'Begeleider', 'Start', 'Einde'], ['Hindernissenloop', 'ASG', '9u00', '12u00'],
                           ['Verspringen', 'JDR', '9u00', '12u00'], ['Estafette', 'KVB', '13u00', '15u00']]),
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
        mailer='outlook', group='F')

    add('timingsoftware-installatie-exe', st('jdr'), [st('mbe')], 'timingsoftware',
        'Mehdi, hier de installer van de nieuwe timingsoftware voor de jurylaptop. Gewoon dubbelklikken en volgende-volgende.\n\nJonas',
        '2024-10-11 15:20', ['attachment'], 'executable installer attached', ['plain', 'attachment-exe'],
        atts=[('ChronoSetup_v4.2.exe', fake_exe('ChronoSetup'), 'application/x-msdownload')], group='F')

    xl = xlsx_bytes([['Reeks', 'Borstnummer', 'Tijd'], ['1ste jaar jongens', 112, '6:41'],
                     ['1ste jaar jongens', 127, '6:55'], ['1ste jaar meisjes', 154, '7:20']], sheet='Uitslag', macro=True)
    add('uitslagen-cross-xlsm', st('jdr'), [st('kvb')], 'uitslagenbestand met macro',
        """Kristof,

Hier het uitslagenbestand. Je moet de macro's inschakelen, dan sorteert hij alles automatisch per reeks
en maakt hij de podiumlijsten.

Jonas""", '2024-10-17 18:30', ['attachment'], 'macro-enabled Excel file (.xlsm)', ['plain', 'attachment-xlsm'],
        atts=[('uitslagen_cross_2024.xlsm', xl, 'application/vnd.ms-excel.sheet.macroEnabled.12')], group='F')

    zb = zip_bytes([('printer_sporthal/install_printer.bat',
                     '@echo off\r\nrundll32 printui.dll,PrintUIEntry /in /n "\\\\print01\\Ricoh-Sporthal"\r\n'),
                    ('printer_sporthal/LEESMIJ.txt', 'Dubbelklik op install_printer.bat\r\n')])
    add('printer-sporthal-zip', st('ict'), [st('kvb')], 'printer sporthal',
        'Kristof,\n\nIn de zip een scriptje dat de printer van de sporthal installeert op jullie laptops. Uitpakken en '
        'install_printer.bat uitvoeren.\n\nTom', '2024-09-17 10:40', ['attachment'],
        'zip archive containing a .bat script', ['plain', 'attachment-zip'],
        atts=[('printer_sporthal.zip', zb, 'application/zip')], mailer='outlook', group='F')

    add('offerte-bus-skireis', st('kvb'), [BUS], 'Offerte bus klimstage',
        """Goedemiddag,

Graag ontvang ik een offerte voor vervoer van 98 leerlingen en 8 begeleiders van Wilsele naar Freyr (Dinant)
op maandag 7 april, met terugrit op woensdag 9 april.

Met vriendelijke groeten,
""" + sig('kvb', tel='0494 17 62 08', style=0), '2024-12-03 13:50', ['personal_data'],
        'quote request; mobile number in the signature', ['plain'], mailer='outlook', group='F')

    add('dubbele-betaling-leverancier', st('bkh'), [SUPPLIER], 'Dubbele betaling factuur 2024/3391',
        """Geachte,

Uw factuur 2024/3391 (ballen en netten) werd per vergissing twee keer betaald. Gelieve het bedrag van
486,20 euro terug te storten op rekening %s van LKSD vzw.

Met vriendelijke groeten,
Marc Stevens
Boekhouding""" % iban_be(734, 211857), '2024-11-04 09:35', ['personal_data'],
        'school IBAN for a refund', ['plain'], mailer='outlook', group='F')

    vol = ['verbruggen.tine@telenet.be', 'nowak.anna@gmail.com', 'segers.peter@gmail.com',
           'willems.pascale@telenet.be', 'geerts.robert@skynet.be']
    add('vrijwilligers-sportdag-zichtbaar', st('kvb'), vol, 'Vrijwilligers sportdag - briefing',
        """Beste vrijwilligers,

Hartelijk dank dat jullie meehelpen op de sportdag! We verwachten jullie om 8u15 in de refter voor een
korte briefing en koffie. Jullie krijgen er een fluohesje en het programma van jullie post.

Tot dan!
Kristof Vandenbussche""", '2025-05-20 19:50', ['bcc'],
        'five parent volunteers visible to each other in To', ['plain', 'externals-visible'],
        mailer='outlook', group='F')

    add('prive-mtb-weekend', st('bcl'), ['pieter.mtb@gmail.com'], 'weekend Ardennen',
        """Hey Pieter,

Ik ben erbij voor het mountainbikeweekend! Ik kan vrijdag pas na 17u vertrekken, dus ik rij zelf.
Breng jij de fietsendrager mee?

Bram""", '2025-03-21 12:35', [], 'private matter from the school account to a friend: allowed',
        ['plain', 'private-matter'], mailer='thunderbird', group='F')

    add('zwembaden-planning-2de-semester', st('sle'), [POOL_MAN], 'Planning zwembeurten 2de semester',
        """Dag Gert,

Voor het tweede semester hadden we graag opnieuw drie banen op dinsdag (10u30-11u30) en donderdag (13u30-14u30),
telkens voor maximaal 50 leerlingen. Van 17 tot 21 februari vallen de beurten weg (krokusvakantie).

Bel me gerust als iets niet past.

""" + sig('sle', tel='0479 28 15 64', style=1), '2024-12-10 16:20', ['personal_data'],
        'pool planning; teacher mobile number', ['plain'], mailer='outlook', group='F')

    clubs = ['Jan Celis <jan.celis@kvvwilsele.be>', 'Stefanie Goris <jeugd@bbcdijle.be>',
             'Wouter Nijs <secretariaat@vcwilsele.be>']
    add('clubs-in-kopie-tornooi', st('jdr'), [clubs[0]], 'Schooltornooi 14 mei - jullie medewerking',
        """Beste trainers,

Op woensdag 14 mei houden we een schooltornooi voor de eerste graad. Zouden jullie club elk twee jeugdtrainers
kunnen sturen om een sportinitiatie te geven (voetbal, basket, volley)? Als dank krijgt de club een vermelding
in onze nieuwsbrief.

Sportieve groeten,
Jonas De Ridder""", '2025-03-31 20:05', ['bcc'], 'three outside club trainers visible to each other in To/CC',
        ['plain', 'externals-visible'], cc=clubs[1:], group='F')

    add('leerlingenlijst-5a-in-aan', st('asg'), ['leerlingen5a@leerling.sintpieterscollege.be'], 'LO morgen buiten',
        'Dag 5A,\n\nMorgen LO op de atletiekpiste, breng loopschoenen en een regenjas mee.\n\nMevrouw Goossens',
        '2025-04-07 17:15', ['bcc'], 'pupil group address in To', ['plain', 'group-in-to'], mailer='outlook',
        group='F')

    sel = [p for c in ('5A', '5B', '6A') for p in klas(c)][:10]
    rows = ['naam;voornaam;klas;geslacht;geboortedatum']
    for p in sel:
        rows.append('%s;%s;%s;%s;%s' % (p.last, p.first, p.klas, 'M' if p.sex == 'm' else 'V', p.dob.strftime('%d/%m/%Y')))
    add('svs-deelnemers-csv-geboortedata', st('jdr'), [SVS_REG], 'Inschrijving scholenveldloop - Sint-Pieterscollege',
        'Beste,\n\nIn bijlage de deelnemerslijst van het Sint-Pieterscollege Wilsele voor de regionale scholenveldloop '
        '(categorie 3de graad).\n\nMet vriendelijke groeten,\nJonas De Ridder', '2024-11-05 21:20', ['personal_data'],
        'csv registration list with dates of birth', ['plain', 'attachment-csv'], about=[p.id for p in sel],
        atts=[('deelnemers_SPC_veldloop.csv', '\r\n'.join(rows) + '\r\n', 'text/csv')], group='F')

    dm = docx_bytes(['Evaluatieformulier LO - 2de graad', 'Klas: ....   Leerling: ....', 'Zet macro\'s aan om te berekenen.'],
                    macro=True)
    add('evaluatieformulier-docm', st('kvb'), [st('asg')], 'evaluatieformulier',
        'Ann-Sophie, het nieuwe evaluatieformulier. Macro\'s aanzetten anders rekent hij de punten niet uit.\nK.',
        '2025-03-03 12:10', ['attachment'], 'macro-enabled Word file (.docm)', ['plain', 'attachment-docm'],
        atts=[('evaluatieformulier_LO.docm', dm, 'application/vnd.ms-word.document.macroEnabled.12')],
        mailer='outlook', group='F')

    add('screensaver-sportdag-scr', st('mbe'), [st('kvb'), st('jdr')], 'screensaver sportdag :)',
        'Haha kijk, iemand heeft een screensaver gemaakt met de foto\'s van de leerkrachten op de sportdag. Installeren!\n\nMehdi',
        '2025-05-26 13:02', ['attachment'], 'screensaver (.scr) program attached', ['plain', 'attachment-scr'],
        atts=[('Sportdag2025.scr', fake_exe('Sportdag2025'), 'application/octet-stream')], group='F')

    add('nieuw-gsmnummer', st('gvh'), [st('kvb'), st('sle')], 'nieuw gsm-nummer',
        'Ter info: mijn nieuwe gsm-nummer voor noodgevallen tijdens uitstappen is 0476 52 18 33.\nGreet',
        '2024-09-04 08:10', ['personal_data'], 'mobile phone number shared with colleagues', ['plain'],
        mailer='outlook', group='F')

    y = P('P0285')
    add('prive-telenet-fitnessrooster', 'Mehdi Benali <mehdi.benali@telenet.be>', [y.mail], 'rooster fitness',
        """Hoi Yanis,

Stuur ik even van mijn eigen mail: volgende week kan jij op dinsdag niet toezien in de fitness, want dan is de
ruimte gereserveerd voor de examens. Donderdag gaat wel gewoon door.

Mehdi""", '2025-06-01 20:14', ['private_account'],
        'teacher writes to a pupil from his private Telenet mailbox', ['plain', 'private-sender'],
        about=[y.id], group='F')

# ============================================================================
# numbering, writing, labels, checks
# ============================================================================

SCHOOL_DOMAINS = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be', 'leerling.sintpieterscollege.be')
GROUP_RE = re.compile(r'^(ouders|leerlingen|personeel|vakgroep|allen|team)', re.I)


def BytesParserDefault(data):
    from email.parser import BytesParser
    return BytesParser(policy=policy.default).parsebytes(data)


def yq(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def flow(items):
    return '[' + ', '.join(items) + ']'


def rcpt_of(m):
    out = []
    for s in m['to'] + m['cc'] + m['bcc']:
        a = addr_of(s)
        if a and a not in out:
            out.append(a)
    return out


def main():
    group_a()
    group_b()
    group_c()
    group_m()
    group_d()
    group_e()
    group_f()
    slugs = [m['slug'] for m in MAILS]
    assert len(slugs) == len(set(slugs)), 'duplicate slug'
    order = list(range(len(MAILS)))
    random.Random(343434).shuffle(order)
    # remove earlier output of this script
    for fn in os.listdir(HERE):
        if re.match(r'^\d{3}-.*\.eml$', fn):
            os.remove(os.path.join(HERE, fn))
    numbered = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fn = '%03d-%s.eml' % (n, m['slug'])
        data = build(m, n)
        first = next(p for p in BytesParserDefault(data).walk() if p.get_content_maintype() == 'text')
        cte_used = (first['Content-Transfer-Encoding'] or '7bit').lower()
        tag = {'quoted-printable': 'qp', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}[cte_used]
        if not any(t.endswith('-' + tag) for t in m['fmt']):
            m['fmt'].append('cte-' + tag)
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
        numbered.append((fn, m))
    write_roster(os.path.join(HERE, 'roster.csv'))
    lines = ['# batch34 - outbound mail of the PE department and first-aid post, Sint-Pieterscollege Wilsele '
             '(written blind)', '']
    for fn, m in numbered:
        lines.append('%s:' % fn)
        lines.append('  rules: %s' % flow(m['rules']))
        if 'sensitive' in m['rules']:
            lines.append('  categories: {sensitive: %s}' % flow(m['cats']))
        lines.append('  mail_from: %s' % (m['envelope_from'] or addr_of(m['frm'])))
        lines.append('  rcpt: %s' % flow(rcpt_of(m)))
        lines.append('  about: %s' % flow(m['about']))
        lines.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        lines.append('  note: %s' % yq(m['note']))
        lines.append('  lang: %s' % m['lang'])
        lines.append('  format: %s' % flow(m['fmt']))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote %d mails' % len(numbered))


if __name__ == '__main__':
    main()
