#!/usr/bin/env python3
"""batch56 - canteen and kitchen of the Stroom school in Wilsele.

Deterministic generator: writes NNN-slug.eml, labels.yaml and roster.csv next to itself.
Standard library only; fixed dates, Message-IDs, MIME boundaries and seeded randomness.
"""
import base64
import datetime as dt
import io
import json
import os
import random
import textwrap
import unicodedata
import zipfile
import zlib
import struct
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(56)
random.seed(56)  # email boundaries fall back on the global generator; we also set them explicitly

LEER = 'leerling.sintpieterscollege.be'


def t(s):
    return textwrap.dedent(s).strip('\n') + '\n'


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(' ', '').replace("'", '')


# ---------------------------------------------------------------- identifiers

def be_iban(base10):
    chk = int(base10) % 97 or 97
    bban = base10 + '%02d' % chk
    num = int(''.join(str(int(c, 36)) for c in bban + 'BE00'))
    cd = 98 - num % 97
    s = 'BE%02d%s' % (cd, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yy, mm, dd, seq, y2000=True):
    base = '%02d%02d%02d%03d' % (yy, mm, dd, seq)
    n = int(('2' if y2000 else '') + base)
    cc = 97 - n % 97
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, seq, cc)


# ---------------------------------------------------------------- attachments
FIXED = (2024, 9, 1, 8, 0, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def col(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


VBA = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 +
       b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Call VernieuwMenu\r\nEnd Sub\r\n'
       b'Sub VernieuwMenu()\r\n  Sheets("Menu").Range("A2:F40").Sort Key1:=Range("A2")\r\nEnd Sub\r\n')


def xlsx(rows, macro=False, sheet='Blad1'):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(out))
    main = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheetxml)]
    if macro:
        files.append(('xl/vbaProject.bin', VBA))
    return zipbytes([(n, d.encode('utf-8') if isinstance(d, str) else d) for n, d in files])


def docx(paras, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    main = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(('word/vbaProject.bin', VBA))
    return zipbytes([(n, d.encode('utf-8') if isinstance(d, str) else d) for n, d in files])


def pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 11 Tf 50 800 Td 15 TL ' + ' '.join("(%s) '" % esc(l) for l in lines) + ' ET'
    sb = stream.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'\nendstream']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def png(w=4, h=3):
    raw = b''.join(b'\x00' + b'\xe8\x80\x30' * w for _ in range(h))

    def chunk(tp, data):
        return struct.pack('>I', len(data)) + tp + data + struct.pack('>I', zlib.crc32(tp + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def fake_exe(note):
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00' +
            b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$' +
            b'\x00' * 7 + b'PE\x00\x00L\x01\x03\x00' + note.encode() + b'\x00' * 64)


def csvb(rows, bom=True, enc='utf-8'):
    s = '\r\n'.join(';'.join(str(c) for c in r) for r in rows) + '\r\n'
    b = s.encode(enc)
    return (b'\xef\xbb\xbf' + b) if (bom and enc == 'utf-8') else b


MIME = {
    'csv': ('text', 'csv'), 'txt': ('text', 'plain'), 'pdf': ('application', 'pdf'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
    'exe': ('application', 'x-msdownload'), 'zip': ('application', 'zip'),
    'png': ('image', 'png'), 'jpg': ('image', 'jpeg'), 'vbs': ('application', 'octet-stream'),
    'bat': ('application', 'octet-stream'),
}

# ---------------------------------------------------------------- roster
CLASSES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C', '4A', '4B', '4C',
           '5A', '5B', '5C', '6A', '6B', '6C']

# key, first, last, class, parent 1, parent 2   (pupils that appear in the mails)
FEAT = [
    ('emma_peeters', 'Emma', 'Peeters', '1B', 'katrien.verbeeck@telenet.be', 'bart.peeters@skynet.be'),
    ('lars_peeters', 'Lars', 'Peeters', '3A', 'wim.peeters@proximus.be', 'an.desmedt@hotmail.com'),
    ('noah_desmet', 'Noah', 'De Smet', '2C', 'sofie.lambrechts@gmail.com', 'kris.desmet@telenet.be'),
    ('noah_claes', 'Noah', 'Claes', '2A', 'claes.vandeputte@skynet.be', ''),
    ('amber_desmet', 'Amber', 'De Smet', '3C', 'vanessa.desmet@gmail.com', 'glenn.de.smet@hotmail.com'),
    ('lotte_vermeulen', 'Lotte', 'Vermeulen', '1A', 'ilse.vermeulen@telenet.be', 'jan.vermeulen@outlook.com'),
    ('jonas_vermeulen', 'Jonas', 'Vermeulen', '4B', 'ilse.vermeulen@telenet.be', 'jan.vermeulen@outlook.com'),
    ('youssef_elamrani', 'Youssef', 'El Amrani', '2C', 'fatima.benali@hotmail.com', 'm.elamrani@gmail.com'),
    ('salma_elamrani', 'Salma', 'El Amrani', '5A', 'fatima.benali@hotmail.com', 'm.elamrani@gmail.com'),
    ('aya_benali', 'Aya', 'Benali', '1A', 'y.benali@gmail.com', 'souad.karimi@hotmail.com'),
    ('mila_jacobs', 'Mila', 'Jacobs', '1C', 'tine.hendrickx@icloud.com', 'pieter.jacobs@telenet.be'),
    ('amira_haddad', 'Amira', 'Haddad', '3B', 'griet.vanrompay@telenet.be', ''),
    ('lucas_janssens', 'Lucas', 'Janssens', '2A', 'an.janssens@telenet.be', 'dirk.janssens@gmail.com'),
    ('femke_janssen', 'Femke', 'Janssen', '4A', 'an.janssen@telenet.be', 'r.janssen@skynet.be'),
    ('ella_wouters', 'Ella', 'Wouters', '3C', 'nathalie.geerts@skynet.be', 'stijn.wouters@telenet.be'),
    ('elise_vanhove', 'Elise', 'Van Hove', '4C', 'sarah.wouters@proximus.be', 'thomas.vanhove@gmail.com'),
    ('finn_maes', 'Finn', 'Maes', '1D', 'liesbeth.maes@telenet.be', 'bert.maes@proximus.be'),
    ('zoe_vandenbroeck', 'Zoë', 'Van den Broeck', '6A', 'veerle.vandenbroeck@telenet.be', ''),
    ('arthur_goossens', 'Arthur', 'Goossens', '4A', 'goossens.familie@skynet.be', ''),
    ('ines_mertens', 'Ines', 'Mertens', '2B', 'karolien.mertens@hotmail.com', 'sven.mertens@gmail.com'),
    ('milan_dewilde', 'Milan', 'De Wilde', '4B', 'dewilde.gezin@telenet.be', ''),
    ('kobe_lenaerts', 'Kobe', 'Lenaerts', '4B', 'nele.lenaerts@gmail.com', 'kurt.lenaerts@telenet.be'),
    ('seppe_aerts', 'Seppe', 'Aerts', '4B', 'inge.aerts@skynet.be', 'peter.aerts@proximus.be'),
    ('noor_aerts', 'Noor', 'Aerts', '1A', 'inge.aerts@skynet.be', 'peter.aerts@proximus.be'),
    ('hanne_smets', 'Hanne', 'Smets', '5B', 'caroline.smets@telenet.be', 'filip.smets@gmail.com'),
    ('victor_leclercq', 'Victor', 'Leclercq', '3A', 'sophie.leclercq@skynet.be', 'olivier.leclercq@gmail.com'),
    ('marie_lambert', 'Marie', 'Lambert', '3B', 'chantal.dubois@proximus.be', 'jp.lambert@skynet.be'),
    ('thibault_dubois', 'Thibault', 'Dubois', '5C', 'chantal.dubois@proximus.be', 'luc.dubois@skynet.be'),
    ('olivia_brown', 'Olivia', 'Brown', '2D', 'j.brown@outlook.com', 'emily.brown.be@gmail.com'),
    ('jack_wilson', 'Jack', 'Wilson', '4C', 'wilsonfamily.leuven@gmail.com', ''),
    ('jana_wuyts', 'Jana', 'Wuyts', '3C', 'kelly.wuyts@hotmail.com', ''),
    ('daan_verstraeten', 'Daan', 'Verstraeten', '2B', 'els.bosmans@telenet.be', 'geert.verstraeten@telenet.be'),
    ('sara_ouali', 'Sara', 'Ouali', '5C', 'ouali.h@gmail.com', 'naima.chaoui@hotmail.com'),
    ('ruben_michiels', 'Ruben', 'Michiels', '3B', 'gert.michiels@telenet.be', 'evelien.luyten@gmail.com'),
    ('liam_bogaerts', 'Liam', 'Bogaerts', '1B', 'jessica.bogaerts@hotmail.com', ''),
    ('dylan_vos', 'Dylan', 'Vos', '2D', 'sabrina.vos@hotmail.com', ''),
    ('hugo_vos', 'Hugo', 'Vos', '5A', 'vos.tim@telenet.be', 'eva.michiels@gmail.com'),
    ('kiara_mbala', 'Kiara', 'Mbala', '1D', 'grace.mbala@gmail.com', 'jp.mbala@outlook.com'),
    ('oleksandr_kovalenko', 'Oleksandr', 'Kovalenko', '3A', 'olena.kovalenko@gmail.com', ''),
    ('jules_hermans', 'Jules', 'Hermans', '1A', 'leen.hermans@telenet.be', 'steven.hermans@skynet.be'),
    ('fleur_debruyne', 'Fleur', 'Debruyne', '2B', 'ann.coene@telenet.be', 'bert.debruyne@gmail.com'),
    ('wout_vanlaer', 'Wout', 'Van Laer', '1D', 'vanlaer.bosmans@skynet.be', ''),
    ('lena_celis', 'Lena', 'Celis', '3C', 'celis.marijke@gmail.com', 'tom.celis@telenet.be'),
    ('kato_geens', 'Kato', 'Geens', '3C', 'joke.geens@telenet.be', ''),
    ('robbe_vercammen', 'Robbe', 'Vercammen', '5A', 'hilde.vercammen@telenet.be', ''),
    ('nina_devos', 'Nina', 'Devos', '4A', 'sven.devos@proximus.be', 'lies.thys@gmail.com'),
    ('elias_vandevelde', 'Elias', 'Vandevelde', '6B', 'vandevelde.k@skynet.be', 'nathalie.baeten@gmail.com'),
    ('yasmine_bakkali', 'Yasmine', 'Bakkali', '2D', 'rachid.bakkali@gmail.com', 'khadija.aziz@hotmail.com'),
    ('mohamed_diallo', 'Mohamed', 'Diallo', '5B', 'fatoumata.diallo@gmail.com', ''),
    ('lore_pauwels', 'Lore', 'Pauwels', '1B', 'pauwels.lauwers@telenet.be', ''),
    ('senne_vanacker', 'Senne', 'Vanacker', '6A', 'kris.vanacker@telenet.be', 'petra.swinnen@skynet.be'),
    ('febe_lemmens', 'Febe', 'Lemmens', '2C', 'mama.lemmens@gmail.com', ''),
    ('ayoub_tahiri', 'Ayoub', 'Tahiri', '4B', 'hassan.tahiri@gmail.com', 'mariam.tahiri@hotmail.com'),
    ('hajar_tahiri', 'Hajar', 'Tahiri', '1C', 'hassan.tahiri@gmail.com', 'mariam.tahiri@hotmail.com'),
    ('matteo_rossi', 'Matteo', 'Rossi', '4C', 'giulia.rossi@gmail.com', 'marco.rossi@outlook.com'),
    ('elif_yilmaz', 'Elif', 'Yilmaz', '3A', 'aylin.yilmaz@hotmail.com', 'murat.yilmaz@gmail.com'),
    ('emir_yilmaz', 'Emir', 'Yilmaz', '6C', 'yilmaz.kaan@gmail.com', 'zeynep.demir@hotmail.com'),
    ('zuzanna_nowak', 'Zuzanna', 'Nowak', '2B', 'agnieszka.nowak@gmail.com', 'piotr.nowak@outlook.com'),
    ('louise_willems', 'Louise', 'Willems', '5B', 'willems.joris@telenet.be', ''),
    ('louise_cools', 'Louise', 'Cools', '1C', 'nele.cools@gmail.com', 'bram.cools@telenet.be'),
    ('tuur_baeten', 'Tuur', 'Baeten', '1A', 'baeten.vranckx@telenet.be', ''),
    ('nora_swinnen', 'Nora', 'Swinnen', '1A', 'katleen.swinnen@gmail.com', 'wouter.swinnen@telenet.be'),
    ('lisa_verbeke', 'Lisa', 'Verbeke', '3A', 'verbeke.ann@skynet.be', ''),
    ('bilal_chaoui', 'Bilal', 'Chaoui', '3A', 'chaoui.m@gmail.com', 'leila.chaoui@hotmail.com'),
]

BOYS = ['Lucas', 'Noah', 'Arthur', 'Louis', 'Liam', 'Jules', 'Finn', 'Victor', 'Mats', 'Adam', 'Leon', 'Lars',
        'Vic', 'Warre', 'Siebe', 'Wout', 'Seppe', 'Kobe', 'Ruben', 'Robbe', 'Tibo', 'Stan', 'Milan', 'Daan',
        'Senne', 'Jasper', 'Jonas', 'Thibault', 'Elias', 'Matteo', 'Nathan', 'Bram', 'Lander', 'Emiel', 'Cas',
        'Ferre', 'Rune', 'Lowie', 'Youssef', 'Mohamed', 'Ayoub', 'Ilias', 'Amine', 'Bilal', 'Hamza', 'Omar',
        'Yassin', 'Oleksandr', 'Mateusz', 'Emmanuel', 'Mustafa', 'Emir', 'Ibrahima', 'Arman', 'Noah', 'Lucas']
GIRLS = ['Emma', 'Olivia', 'Louise', 'Mila', 'Elena', 'Nora', 'Lina', 'Ella', 'Lotte', 'Julie', 'Marie', 'Hanne',
         'Fien', 'Lore', 'Febe', 'Noor', 'Jana', 'Kato', 'Nina', 'Amber', 'Lien', 'Lisa', 'Ines', 'Elise', 'Zoë',
         'Axelle', 'Liv', 'Fleur', 'Charlotte', 'Anna', 'Margot', 'Tess', 'Roos', 'Aya', 'Salma', 'Yasmine',
         'Hajar', 'Imane', 'Nour', 'Sara', 'Amira', 'Sofiia', 'Zuzanna', 'Kiara', 'Grace', 'Elif', 'Zeynep',
         'Fatoumata', 'Emma', 'Louise']
SURN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
        'Dubois', 'Hermans', 'Aerts', 'Michiels', 'Pauwels', 'Vermeulen', 'Van den Broeck', 'Lambrechts', 'Smets',
        'Verstraeten', 'Cools', 'Desmet', 'Stevens', 'Geens', 'Celis', 'Lenaerts', 'Bogaerts', 'Vos', 'Wuyts',
        'Van Hove', 'Vercammen', 'Vanacker', 'Devos', 'Debruyne', 'Lemmens', 'Vandevelde', 'Van Laer', 'Moens',
        'Hendrickx', 'Baeten', 'Thys', 'Nijs', 'Verhoeven', 'Van Dyck', 'Verbeke', 'Daems', 'Lauwers',
        'Ceulemans', 'Van Loock', 'Swinnen', 'Luyten', 'Vandenberghe', 'Tielemans', 'Bosmans', 'Vanhoutte',
        'Van Roey', 'Schepers', 'Dierickx', 'Wyns', 'Vranckx',
        'El Amrani', 'Benali', 'Bakkali', 'Tahiri', 'Haddad', 'Ouali', 'Diallo', 'Mbala', 'Kovalenko', 'Nowak',
        'Kowalski', 'Yilmaz', 'Demir', 'Kaya', 'Öztürk', 'Hakobyan', 'Şahin', 'Aziz', 'Chaoui', 'Mukendi',
        'Kabongo', 'Shevchenko', 'Popescu', 'Boukhari', 'Ait Ouarab']
PAR_F = ['Katrien', 'Ilse', 'An', 'Sofie', 'Els', 'Veerle', 'Nathalie', 'Jessica', 'Kelly', 'Sarah', 'Liesbeth',
         'Karolien', 'Tine', 'Griet', 'Evelien', 'Nele', 'Leen', 'Sabrina', 'Inge', 'Ann', 'Caroline', 'Hilde',
         'Joke', 'Petra', 'Kathleen', 'Lies', 'Marijke', 'Eline', 'Fatima', 'Naima', 'Khadija', 'Olena',
         'Agnieszka', 'Aylin', 'Mariam', 'Chantal', 'Souad', 'Grace', 'Leila', 'Emily']
PAR_M = ['Bart', 'Jan', 'Wim', 'Kris', 'Tom', 'Stijn', 'Gert', 'Thomas', 'Dirk', 'Pieter', 'Koen', 'Sven', 'Bert',
         'Davy', 'Kurt', 'Peter', 'Steven', 'Filip', 'Geert', 'Glenn', 'Joris', 'Wouter', 'Jeroen', 'Tim',
         'Mohamed', 'Rachid', 'Hassan', 'Andriy', 'Piotr', 'Murat', 'Jean-Pierre', 'Olivier', 'Ibrahim', 'Kevin']
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com',
        'hotmail.com', 'outlook.com', 'icloud.com', 'live.be', 'hotmail.be']


def build_roster():
    rng = random.Random(5601)
    pupils = []  # dicts
    used_parent = set()
    for key, f, l, k, p1, p2 in FEAT:
        pupils.append(dict(key=key, first=f, last=l, klas=k, p1=p1, p2=p2))
        used_parent.update(x for x in (p1, p2) if x)
    count = {c: 0 for c in CLASSES}
    for p in pupils:
        count[p['klas']] += 1
    used_name = {(p['first'], p['last']) for p in pupils}

    def paddr(first, last):
        pat = rng.randrange(9)
        prov = rng.choice(PROV)
        fn, ln = norm(first), norm(last)
        cands = {0: '%s.%s' % (fn, ln), 1: '%s%s' % (fn, ln), 2: '%s.%s%d' % (fn, ln, rng.randrange(62, 89)),
                 3: '%s.%s' % (ln, fn), 4: '%s%s' % (fn[0], ln), 5: 'fam.%s' % ln, 6: '%s_%s' % (fn, ln),
                 7: '%s.%s' % (fn, ln), 8: '%s.%s' % (fn, ln[:1])}
        a = '%s@%s' % (cands[pat], prov)
        n = 2
        while a in used_parent:
            a = '%s%d@%s' % (cands[pat], n, prov)
            n += 1
        used_parent.add(a)
        return a

    while len(pupils) < 300:
        last = rng.choice(SURN)
        nkids = rng.choice([1, 1, 1, 1, 2, 2, 3])
        # mother often keeps her own surname: parent addresses then do not spell the pupil's surname
        mother_last = last if rng.random() < 0.45 else rng.choice(SURN)
        p1 = paddr(rng.choice(PAR_F), mother_last)
        p2 = paddr(rng.choice(PAR_M), last) if rng.random() < 0.7 else ''
        if rng.random() < 0.25 and p2:
            p1, p2 = p2, p1
        grades = rng.sample(range(1, 7), nkids)
        for g in grades:
            if len(pupils) >= 300:
                break
            first = rng.choice(BOYS if rng.random() < 0.5 else GIRLS)
            while (first, last) in used_name:
                first = rng.choice(BOYS + GIRLS)
            used_name.add((first, last))
            opts = [c for c in CLASSES if c.startswith(str(g))]
            klas = min(opts, key=lambda c: (count[c], c))
            count[klas] += 1
            pupils.append(dict(key=None, first=first, last=last, klas=klas, p1=p1, p2=p2))
    pupils.sort(key=lambda p: (p['klas'], norm(p['last']), norm(p['first'])))
    used_mail = set()
    for i, p in enumerate(pupils, 1):
        p['id'] = 'P%04d' % i
        base = '%s.%s' % (norm(p['first']), norm(p['last']))
        m, n = base, 2
        while m in used_mail:
            m = '%s%d' % (base, n)
            n += 1
        used_mail.add(m)
        p['mail'] = '%s@%s' % (m, LEER)
    return pupils


ROSTER = build_roster()
BYKEY = {p['key']: p for p in ROSTER if p['key']}


def pid(key):
    return BYKEY[key]['id']


def par(key, n=1):
    return BYKEY[key]['p%d' % n]


def pup(key):
    return BYKEY[key]


def in_class(klas, exclude=()):
    ex = {BYKEY[k]['id'] for k in exclude}
    return [p for p in ROSTER if p['klas'] == klas and p['id'] not in ex]


def class_parents(*klassen):
    out = []
    for p in ROSTER:
        if p['klas'] in klassen:
            for a in (p['p1'], p['p2']):
                if a and a not in out:
                    out.append(a)
    return out


def write_roster():
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for p in ROSTER:
        lines.append(';'.join([p['id'], p['first'], p['last'], p['klas'], p['mail'], p['p1'], p['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'wb') as f:
        f.write(b'\xef\xbb\xbf' + ('\r\n'.join(lines) + '\r\n').encode('utf-8'))


# ---------------------------------------------------------------- people
ST = {
    'greet': ('Greet Maes', 'greet.maes@sintpieterscollege.be'),
    'greet_short': ('Greet Maes', 'gma@spc.ksleuven.be'),
    'ahmed': ('Ahmed Bouzid', 'ahmed.bouzid@sintpieterscollege.be'),
    'marleen': ('Marleen Wouters', 'marleen.wouters@sintpieterscollege.be'),
    'nadia': ('Nadia El Idrissi', 'nadia.elidrissi@sintpieterscollege.be'),
    'dirk': ('Dirk Coppens', 'dirk.coppens@sintpieterscollege.be'),
    'koen': ('Koen Verhaegen', 'kve@spc.ksleuven.be'),
    'koen_long': ('Koen Verhaegen', 'koen.verhaegen@sintpieterscollege.be'),
    'boekhouding': ('Boekhouding campus Wilsele', 'boekhouding@spc.ksleuven.be'),
    'secr': ('Leerlingensecretariaat', 'leerlingensecretariaat@spc.ksleuven.be'),
    'sara': ('Sara Dierckx', 'sara.dierckx@sintpieterscollege.be'),
    'tom': ('Tom Willems', 'tw@spc.ksleuven.be'),
    'ict': ('ICT Stroom', 'ict@spc.ksleuven.be'),
    'evy': ('Evy Van Looy', 'evy.vanlooy@sintpieterscollege.be'),
    'joris': ('Joris Vanderlinden', 'jvl@spc.ksleuven.be'),
    'hilde': ('Hilde Claessens', 'hilde.claessens@sintpieterscollege.be'),
    'directie': ('Directie Sint-Pieterscollege Wilsele', 'directie@spc.ksleuven.be'),
    'bart': ('Bart Vandenbussche', 'bvb@spc.ksleuven.be'),
    'lies': ('Lies De Wit', 'ldw@spc.ksleuven.be'),
    'wim': ('Wim Stevens', 'wim.stevens@sintpieterscollege.be'),
    'katrien': ('Katrien Nys', 'katrien.nys@sintpieterscollege.be'),
    'pieter': ('Pieter Dewaele', 'pdw@spc.ksleuven.be'),
    'info': ('Sint-Pieterscollege Wilsele', 'info@spc.ksleuven.be'),
    'privacy': ('Privacy Stroom', 'privacy@lksd.ksleuven.be'),
    'luc': ('Luc Heylen', 'luc.heylen@lksd.ksleuven.be'),
    'technische': ('Technische dienst', 'technischedienst@spc.ksleuven.be'),
}
EXT = {
    'dijleland': ('Dijleland Foodservice', 'bestellingen@dijleland-foodservice.be'),
    'kevin': ('Kevin Roels', 'kevin.roels@dijleland-foodservice.be'),
    'zuivel': ('Zuivelhoeve Rotselaar', 'info@zuivelhoeve-rotselaar.be'),
    'bakker': ('Bakkerij Deroover', 'bestellingen@bakkerijderoover.be'),
    'dufour': ('Boulangerie Dufour', 'commandes@boulangerie-dufour.be'),
    'kassaplus': ('KassaPlus support', 'support@kassaplus.be'),
    'jeroen': ('Jeroen Baert', 'jeroen.baert@kassaplus.be'),
    'paypoint': ('PayPoint Benelux service', 'service@paypoint-benelux.be'),
    'maaltijdweb': ('MaaltijdWeb support', 'support@maaltijdweb.be'),
    'ellen': ('Ellen Cools', 'ellen.cools@maaltijdweb.be'),
    'favv': ('Hendrik Raes', 'hendrik.raes@inspectie-voedselveiligheid.be'),
    'lien': ('Lien Hofmans', 'lien.hofmans@sociaalhuis-leuven.be'),
    'clb': ('Eline Vranckx', 'eline.vranckx@clbdijleland.be'),
    'dietist': ('Karen Moens', 'karen.moens@dietistdelepel.be'),
    'vaatwas': ('Vaatwastechniek Brabant', 'service@vaatwastechniek-brabant.be'),
    'foodsafe': ('An Willaert', 'an.willaert@foodsafe-consult.be'),
    'eurofresh': ('EuroFresh Trading support', 'support@eurofresh-trading.eu'),
    'groenten': ('Groenten Vandervelpen', 'order@groenten-vandervelpen.be'),
    'vlees': ('Slagerij Hendrikx', 'bestellingen@slagerij-hendrikx.be'),
}

SIG = {
    'greet': 'Greet Maes\nVerantwoordelijke keuken & refter\nSint-Pieterscollege – campus Wilsele\nStroom | LKSD',
    'ahmed': 'Ahmed Bouzid\nChef-kok campus Wilsele',
    'marleen': 'Marleen',
    'nadia': 'Nadia',
    'dirk': 'Dirk Coppens\nKeuken & onderhoud',
    'koen': 'Koen Verhaegen\nEconomaat – campus Wilsele\nSint-Pieterscollege | Stroom',
    'sara': 'Sara Dierckx\nLeerlingensecretariaat campus Wilsele',
    'tom': 'Tom Willems\nICT-coördinator Stroom',
    'evy': 'Evy Van Looy\nZorgcoördinator – campus Wilsele',
    'joris': 'Joris Vanderlinden\nLeerlingbegeleiding campus Wilsele',
    'hilde': 'Hilde Claessens\nDirecteur Sint-Pieterscollege campus Wilsele',
    'bart': 'Bart Vandenbussche\nAdjunct-directeur',
    'lies': 'Lies De Wit\nKlastitularis 1A',
    'wim': 'Wim Stevens\nLeerkracht LO',
    'katrien': 'Katrien Nys\nKlastitularis 2C',
    'pieter': 'Pieter Dewaele\nKlastitularis 4B',
}
PHONE_SCHOOL = '016 20 41 87'


def sig(k, phone=None):
    s = SIG[k]
    if phone:
        s += '\nT ' + phone
    return '\n-- \n' + s + '\n' if k not in ('marleen', 'nadia') else '\n' + s + '\n'


# ---------------------------------------------------------------- mail building
MAILS = []
TAGS = {}


def A(x):
    """address: tuple (name, mail) or plain string"""
    return x


def addr_str(x):
    if isinstance(x, tuple):
        return '%s <%s>' % x
    return x


def addr_mail(x):
    return x[1] if isinstance(x, tuple) else x


START = dt.datetime(2024, 9, 2, 8, 0)


HOLIDAYS = [(dt.date(2024, 10, 28), dt.date(2024, 11, 3)), (dt.date(2024, 11, 11), dt.date(2024, 11, 11)),
            (dt.date(2024, 12, 23), dt.date(2025, 1, 5)), (dt.date(2025, 3, 3), dt.date(2025, 3, 9))]


def _schooldays():
    d, out = dt.date(2024, 9, 2), []
    while d <= dt.date(2025, 3, 28):
        if d.weekday() < 5 and not any(a <= d <= b for a, b in HOLIDAYS):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


SCHOOLDAYS = _schooldays()
# a few mails need a date that fits their content (deadline, event or thread)
DATE_OVERRIDE = {1: (2024, 10, 3), 24: (2024, 9, 10), 26: (2024, 10, 16), 54: (2024, 10, 24), 55: (2024, 10, 23),
                 66: (2024, 11, 6), 72: (2024, 11, 18), 76: (2024, 11, 14), 105: (2024, 10, 15), 110: (2024, 10, 21),
                 112: (2024, 10, 24), 114: (2024, 12, 16), 122: (2024, 12, 19), 126: (2025, 1, 24),
                 134: (2024, 11, 8), 150: (2024, 12, 2), 92: (2024, 11, 27), 147: (2024, 11, 26),
                 128: (2025, 1, 17), 149: (2025, 2, 12), 116: (2025, 1, 6)}


def when(i):
    if i in DATE_OVERRIDE:
        day = dt.date(*DATE_OVERRIDE[i])
    else:
        day = SCHOOLDAYS[min(len(SCHOOLDAYS) - 1, (i - 1) * len(SCHOOLDAYS) // 150)]
    d = dt.datetime(day.year, day.month, day.day, 7 + (i * 7) % 10, (i * 13) % 60, (i * 17) % 60)
    summer = dt.datetime(2024, 10, 27, 3) > d or d >= dt.datetime(2025, 3, 30, 2)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def nl_date(d):
    days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
    months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
              'oktober', 'november', 'december']
    return '%s %d %s %d %02d:%02d' % (days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute)


def add(slug, frm, to, subject, body=None, *, html=None, cc=(), bcc=(), rules=(), cats=None, about=(),
        mis=False, note='', lang='nl', fmt=(), atts=(), cte='quoted-printable', charset='utf-8',
        mailer='outlook', reply=False, kind=(), env_from=None, hdr=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body, html=html, rules=list(rules), cats=cats, about=list(about), mis=mis,
                      note=note, lang=lang, fmt=list(fmt), atts=list(atts), cte=cte, charset=charset,
                      mailer=mailer, reply=reply, kind=list(kind), env_from=env_from, hdr=hdr or {}))


MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'iphone': 'iPhone Mail (21H16)',
    'thunderbird': None,
    'gmail': None,
    'smartschool': None,
}


def html_to_text(h):
    import re
    h = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?i)</t[dh]>', '\t', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>', '\n', h)
    h = re.sub(r'(?i)<li[^>]*>', '- ', h)
    h = re.sub(r'<[^>]+>', '', h)
    for a, b in (('&nbsp;', ' '), ('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&euro;', '€'), ('&quot;', '"')):
        h = h.replace(a, b)
    lines = [l.strip(' \t').replace('\t', ' | ').rstrip(' |') if '\t' in l else l.strip() for l in h.split('\n')]
    out, blank = [], 0
    for l in lines:
        if not l:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(l)
    return '\n'.join(out).strip() + '\n'


def outlook(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
            'table.MsoTableGrid {border-collapse:collapse;} td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;} --></style>'
            '</head><body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + inner + '\n</div></body></html>\n')


def P(*lines):
    return '\n'.join('<p class="MsoNormal">%s</p>' % (l if l else '&nbsp;') for l in lines)


def table(head, rows):
    h = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n'
    h += '<tr>' + ''.join('<td style="background:#D9E2F3"><p class="MsoNormal"><b>%s</b></p></td>' % c for c in head) + '</tr>\n'
    for r in rows:
        h += '<tr>' + ''.join('<td><p class="MsoNormal">%s</p></td>' % c for c in r) + '</tr>\n'
    return h + '</table>'


def quote(text, who, d):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))
    return '\nOp %s schreef %s:\n%s\n' % (nl_date(d), who, q)


def ol_quote(text, frm, to, subj, d, lang='nl'):
    if lang == 'fr':
        hdr = 'De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s' % (frm, nl_date(d), to, subj)
    elif lang == 'en':
        hdr = 'From: %s\nSent: %s\nTo: %s\nSubject: %s' % (frm, d.strftime('%A, %d %B %Y %H:%M'), to, subj)
    else:
        hdr = 'Van: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s' % (frm, nl_date(d), to, subj)
    return '\n\n' + hdr + '\n\n' + text.rstrip('\n') + '\n'


def fwd_block(text, frm, to, subj, d):
    return ('\n\n---------- Doorgestuurd bericht ---------\nVan: %s\nDatum: %s\nOnderwerp: %s\nAan: %s\n\n'
            % (frm, nl_date(d), subj, to) + text.rstrip('\n') + '\n')


def earlier(i, days=1, hours=3):
    return when(i) - dt.timedelta(days=days, hours=hours)


def N():
    return len(MAILS) + 1


# =====================================================================================
# MAILS
# =====================================================================================
G, AH, MA, NA, DI = ST['greet'], ST['ahmed'], ST['marleen'], ST['nadia'], ST['dirk']
KO, TO, EV, JO, HI, DIR = ST['koen'], ST['tom'], ST['evy'], ST['joris'], ST['hilde'], ST['directie']

# ---- 1 general letter: menu October (HTML table, parents in BCC)
menu_rows = [
    ('ma 7/10', 'Pompoensoep', 'Kip met appelmoes en kroketten', 'Quiche met spinazie', 'A1, A3, A7'),
    ('di 8/10', 'Tomatensoep', 'Spaghetti bolognese', 'Spaghetti met linzensaus', 'A1, A7, A9'),
    ('do 10/10', 'Preisoep', 'Vispannetje met puree', 'Groentencurry met rijst', 'A4, A7, A9'),
    ('vr 11/10', 'Wortelsoep', 'Balletjes in tomatensaus met frietjes', 'Falafel met frietjes', 'A1, A3, A11'),
]
h = outlook(P('Beste ouders,', '',
              'Hieronder vindt u het menu van de refter voor de week van 7 oktober. Het volledige maandmenu staat ook op Smartschool onder <i>Refter &gt; Menu</i>.', '')
            + table(['Dag', 'Soep', 'Dagschotel', 'Veggie', 'Allergenen'], menu_rows)
            + P('', 'De codes A1 tot A14 verwijzen naar de veertien wettelijke allergenen (A1 = gluten, A3 = ei, A7 = melk, ...). '
                'Heeft uw kind een voedselallergie of een dieet? Vul dan het allergieformulier in dat u via Smartschool ontving.', '',
                'Met vriendelijke groeten,', 'Greet Maes', 'Verantwoordelijke keuken &amp; refter, campus Wilsele'))
add('menu-week-7-oktober', DIR, [DIR], 'Menu refter week van 7 oktober', html_to_text(h), html=h,
    bcc=class_parents('1A', '1B'), rules=[], note='general menu letter to all parents of the first grade, parents only in BCC, allergen codes are no pupil data',
    kind=['general'], fmt=['table', 'bcc-envelope'])

# ---- 2 password: cash register PIN
add('kassa-pin-nadia', G, [NA], 'pin kassa',
    t('''
    Hoi Nadia,

    De kassa aan de uitgiftebalie is gisteren opnieuw ingesteld door KassaPlus.
    Nieuwe pincode om in te loggen als kassier: 4817
    Niet op een briefje aan de kassa hangen aub :-)

    Groetjes
    Greet
    '''), rules=['password'], note='cash register login PIN given to a colleague', kind=['pw'], fmt=['short'])

# ---- 3 sensitive: allergy list 1A (Outlook HTML table)
c1a = in_class('1A', exclude=['jules_hermans', 'aya_benali', 'tuur_baeten', 'nora_swinnen'])
lotte, noor = pup('lotte_vermeulen'), pup('noor_aerts')
others = [p for p in c1a if p['key'] not in ('lotte_vermeulen', 'noor_aerts')][:2]
rows = [('%s %s' % (lotte['first'], lotte['last']), '1A', 'coeliakie', 'strikt glutenvrij, aparte plank en broodrooster'),
        ('%s %s' % (noor['first'], noor['last']), '1A', 'allergie kiwi en ananas', 'geen fruitsalade, vervangen door appel'),
        ('%s %s' % (others[0]['first'], others[0]['last']), '1A', 'lactose-intolerantie', 'lactosevrije yoghurt'),
        ('%s %s' % (others[1]['first'], others[1]['last']), '1A', 'allergie ei', 'ook geen mayonaise of quiche')]
h = outlook(P('Dag Ahmed,', '', 'Zoals gevraagd de allergielijst van 1A, op basis van de formulieren die de ouders terugbezorgden:', '')
            + table(['Leerling', 'Klas', 'Allergie / dieet', 'Afspraak keuken'], rows)
            + P('', 'De lijst van 1B volgt morgen. Hang deze lijst aub niet uit aan het uitgifteluik, enkel in de map in de keuken.', '',
                'Groetjes,', 'Sara Dierckx', 'Leerlingensecretariaat campus Wilsele'))
add('allergielijst-1a', ST['sara'], [AH], 'Allergielijst 1A', html_to_text(h), html=h, rules=['sensitive'],
    cats={'sensitive': ['medical']}, about=[lotte['id'], noor['id']] + [p['id'] for p in others],
    note='allergy/diet table with four named pupils of 1A (coeliac disease, allergies) to the cook', kind=['sens'],
    fmt=['table'])

# ---- 4 non-sensitive personal: forgotten meal card (reply)
d0 = earlier(N(), 0, 2)
orig = t('''
    Goeiemorgen,

    Jules is vanmorgen zijn maaltijdkaart vergeten, die ligt nog op de keukentafel. Kan hij vandaag toch een warme maaltijd krijgen? Dan betalen we dat achteraf.

    Groeten,
    Leen Hermans
    ''')
add('re-maaltijdkaart-vergeten-jules', G, [par('jules_hermans')], 'RE: maaltijdkaart vergeten',
    t('''
    Dag mevrouw Hermans,

    Geen probleem. Jules mag zich aan de kassa melden bij Nadia, zij noteert zijn naam op de lijst "vergeten kaarten" en we schrijven de maaltijd morgen van zijn kaart af.

    Vriendelijke groeten,
    ''') + sig('greet') + ol_quote(orig, 'Leen Hermans <%s>' % par('jules_hermans'), 'Greet Maes', 'maaltijdkaart vergeten', d0),
    rules=[], about=[pid('jules_hermans')], note='reply to the mother about a forgotten meal card, no sensitive fact',
    kind=['nonsens'], reply=True)

# ---- 5 look-alike: supplier customer number in an order
add('bestelling-dijleland-week-41', G, [EXT['dijleland']], 'Bestelling week 41 - klantnummer 40022817',
    t('''
    Goedemiddag,

    Graag de volgende bestelling voor levering op maandag 7 oktober tussen 6u30 en 7u30 aan de keukeningang (achterkant, Kapelstraat).

    Klantnummer: 40022817
    Leveringsadres: Sint-Pieterscollege campus Wilsele - keuken

    art. 118204  kipfilet natuur 5 kg           x 4
    art. 220931  aardappelkroketten diepvries   x 6
    art. 301877  appelmoes emmer 4,2 kg          x 3
    art. 415520  spaghetti 5 kg                  x 2
    art. 415601  glutenvrije pasta 500 g         x 4

    Kunnen jullie ook de factuur van september opnieuw sturen naar boekhouding@spc.ksleuven.be? Bestelling 2024-11873 staat er volgens mij dubbel op.

    Alvast bedankt,
    ''') + sig('greet'), rules=[], note='supplier order with customer, article and order numbers: codes that open nothing',
    kind=['lookalike'])

# ---- 6 password: supplier portal login to new colleague
add('login-zuivelhoeve-portaal', G, [MA], 'login bestelportaal Zuivelhoeve',
    t('''
    Dag Marleen,

    Vanaf volgende week doe jij de zuivelbestelling op dinsdag. Je kan inloggen op het portaal van Zuivelhoeve Rotselaar:

    https://bestel.zuivelhoeve-rotselaar.be
    gebruiker: spc-wilsele-keuken
    wachtwoord: Melkbus!2024

    Bestellen voor woensdag 10u, anders wordt het pas vrijdag geleverd.

    Groetjes,
    ''') + sig('greet'), rules=['password'], note='username and password of the supplier ordering portal sent to a colleague',
    kind=['pw'])

# ---- 7 sensitive correct: Noah De Smet diabetes to his mother
add('noah-diabetes-tussendoortje', G, [par('noah_desmet')], 'Afspraken middagmaal Noah',
    t('''
    Beste mevrouw Lambrechts,

    Bedankt voor het gesprek van gisteren. Ik bevestig de afspraken voor Noah (2C) in de refter:

    - Noah mag om 11u50 als eerste aanschuiven, zodat hij na het prikken niet moet wachten.
    - Bij de dagschotel zetten we de koolhydraten op het briefje aan het luik (aantal gram per portie), zoals de diëtiste van het ziekenhuis voorstelde.
    - In de keuken liggen altijd druivensuiker en een pakje koekjes voor als hij een hypo voelt aankomen.

    Het keukenpersoneel is op de hoogte van zijn type 1 diabetes. Laat gerust weten als de insulinedosis of het schema verandert.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('noah_desmet')],
    note="mother of Noah De Smet, his type 1 diabetes and hypo arrangements", kind=['sens'])

# ---- 8 misdirected: same first name, Noah Claes' parent gets Noah De Smet's diabetes info
add('noah-koolhydraten-menu', G, [par('noah_claes')], 'Koolhydraten menu oktober voor Noah',
    t('''
    Dag mevrouw,

    Zoals beloofd stuur ik u de lijst met koolhydraten per portie voor de maand oktober, zodat u de insuline van Noah 's avonds beter kan afstemmen:

    ma 7/10  kip, appelmoes, kroketten      68 g
    di 8/10  spaghetti bolognese             74 g
    do 10/10 vispannetje met puree           52 g
    vr 11/10 balletjes met frietjes          81 g

    De hypo van vorige week dinsdag is goed afgelopen; Noah heeft nadien gewoon verder gegeten.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive', 'recipient'], cats={'sensitive': ['medical']}, about=[pid('noah_desmet')],
    mis=True, note="about Noah De Smet's diabetes but sent to the parent of Noah Claes (same first name, other family)",
    kind=['sens'])

# ---- 9 password: Wi-Fi key kitchen tablet
add('wifi-keukentablet', TO, [G], 'Wifi voor de tablet in de keuken',
    t('''
    Hallo Greet,

    De nieuwe tablet voor de maaltijdregistratie mag niet op het leerlingennetwerk. Gebruik het netwerk STROOM-KEUKEN:

    SSID: STROOM-KEUKEN
    WPA2-sleutel: kX7v-92Lm-Qp4t

    Als hij na de update niet meer verbindt: even bellen naar de helpdesk, niet zelf resetten.

    Tom
    ''') + sig('tom'), rules=['password'], note='Wi-Fi key of the kitchen network', kind=['pw'], mailer='thunderbird')

# ---- 10 look-alike: lot numbers recall
add('terugroeping-lot-kipfilet', G, [AH], 'FW: Terugroeping kipfilet - lotnummer L23-0917B',
    t('''
    Ahmed,

    Zie hieronder. Kan je in de koelcel nakijken of we nog dozen van dit lot hebben? Ze moeten apart gezet worden met een briefje "NIET GEBRUIKEN" tot Kevin ze komt ophalen.
    Noteer het ook op HACCP-formulier 12 (blokkering grondstoffen).

    Greet
    ''') + fwd_block(t('''
    Geachte klant,

    Uit voorzorg roepen wij het volgende product terug:
    Kipfilet natuur 5 kg, artikel 118204
    Lotnummer: L23-0917B, houdbaarheidsdatum 14/10/2024
    Lotnummer: L23-0918A, houdbaarheidsdatum 15/10/2024

    Producten met een ander lotnummer kunnen zonder probleem gebruikt worden.
    Uw klantnummer: 40022817

    Met vriendelijke groeten,
    Kevin Roels
    Dijleland Foodservice – kwaliteitsdienst
    '''), 'Kevin Roels <kevin.roels@dijleland-foodservice.be>', 'Greet Maes', 'Terugroeping kipfilet', earlier(N(), 0, 4)),
    rules=[], note='forwarded recall with lot numbers, article number and HACCP form number: nothing opens with them',
    kind=['lookalike'])

# ---- 11 general letter: meal prices
add('maaltijdprijzen-2024-2025', DIR, [DIR], 'Prijzen maaltijden refter schooljaar 2024-2025',
    t('''
    Beste ouders,

    Zoals elk jaar passen we in september de prijzen van de refter aan aan de index en aan de gestegen kostprijs van de grondstoffen. Vanaf 1 oktober gelden deze prijzen:

      Warme maaltijd (soep, hoofdgerecht, dessert)   € 5,40
      Soep                                            € 0,80
      Broodjesmaaltijd                                 € 3,90
      Middagtoezicht eigen lunchpakket                  € 0,50

    De maaltijden worden afgeschreven van de maaltijdkaart van uw kind. U kan de kaart opladen via de schoolrekening in Smartschool. Ouders die moeite hebben om de maaltijden te betalen, kunnen altijd discreet contact opnemen met de directie of met het leerlingensecretariaat: samen zoeken we een oplossing.

    Met vriendelijke groeten,

    Hilde Claessens
    Directeur
    '''), bcc=['ouders-wilsele@spc.ksleuven.be'], rules=[], note='general letter to all parents about meal prices, group list only in BCC, no one named',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 12 password: dishwasher service code
add('vaatwas-servicecode', G, [DI], 'vaatwasmachine foutcode E14',
    t('''
    Dirk,

    De technieker van Vaatwastechniek Brabant zegt dat je de foutcode E14 zelf kan resetten via het servicemenu:
    - knop P 5 seconden inhouden
    - servicecode intikken: 2580
    - menu 4 > "reset naspoelpomp"

    Als het daarna nog niet lukt, bellen ze morgen terug.

    Greet
    '''), rules=['password'], note='service code that unlocks the dishwasher service menu', kind=['pw'], mailer='iphone',
    fmt=['phone'])

# ---- 13 sensitive: bullying at the table, internal
add('lucas-gepest-aan-tafel', MA, [JO], 'Lucas Janssens 2A in de refter',
    t('''
    Dag Joris,

    Ik wil iets melden. Al een paar weken zie ik dat Lucas Janssens van 2A aan tafel 7 steeds alleen zit aan het uiteinde. Een paar jongens van zijn klas pakken zijn dessert af en gooien zijn brooddoos op de grond. Vandaag zat hij te huilen bij het afruimen en hij zei tegen mij dat hij niet meer naar de refter wil komen omdat ze hem elke dag uitlachen.

    Ik weet niet wie van de leerkrachten dit moet weten, daarom stuur ik het naar jou.

    Marleen (keuken)
    '''), rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=[pid('lucas_janssens')],
    note='kitchen staff reports that a named pupil is bullied in the refectory', kind=['sens'])

# ---- 14 password: door code kitchen back door
add('code-achterdeur-keuken', G, [MA], 'Re: sleutel keuken morgen',
    t('''
    Je hoeft geen sleutel op te halen bij het secretariaat. De achterdeur van de keuken heeft sinds de vakantie een codeslot: 1973 en dan het hekje (#). Het alarm staat pas vanaf 18u op.

    Groetjes
    Greet
    ''') + quote('Greet, moet ik morgen om 6u45 een sleutel hebben om binnen te kunnen? Marleen\n', 'Marleen Wouters <marleen.wouters@sintpieterscollege.be>', earlier(N(), 0, 5)),
    rules=['password'], note='door code of the kitchen back door', kind=['pw'], reply=True, mailer='thunderbird')

# ---- 15 non-sensitive: lost lunch box
add('brooddoos-wout', G, [par('wout_vanlaer')], 'Brooddoos Wout gevonden',
    t('''
    Dag mevrouw, mijnheer,

    In de refter hebben we een blauwe brooddoos gevonden met de naam "Wout VL" erop. Ik vermoed dat die van Wout uit 1D is. Hij kan ze ophalen aan het keukenluik, vanaf 12u30.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('wout_vanlaer')], note='lost lunch box, no sensitive fact', kind=['nonsens'], cte='8bit')

# ---- 16 sensitive correct: coeliac Lotte to her mother
add('glutenvrij-lotte', G, [par('lotte_vermeulen')], 'Glutenvrije maaltijden Lotte',
    t('''
    Beste mevrouw Vermeulen,

    We hebben het attest van de maag-darmarts goed ontvangen. Vanaf maandag krijgt Lotte elke dag een glutenvrije maaltijd. Omdat coeliakie ook bij kleine sporen problemen geeft, bereiden we haar bord apart en staat het in een afgesloten bakje met haar naam op de bovenste plank van de warmhoudkast.

    De soep is niet altijd glutenvrij (gebonden met bloem); op die dagen krijgt ze een tomatensoep uit de glutenvrije voorraad.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('lotte_vermeulen')],
    note="mother of Lotte, her coeliac disease and the doctor's certificate", kind=['sens'])

# ---- 17 bcc: parents group address in To
add('maaltijdkaart-meebrengen-1a', ST['lies'], ['ouders1a@spc.ksleuven.be'], 'Maaltijdkaart meebrengen vanaf maandag',
    t('''
    Beste ouders van 1A,

    Vanaf maandag werkt de refter enkel nog met de nieuwe maaltijdkaarten. Wilt u erop letten dat uw kind de kaart elke dag meeheeft? Wie de kaart vergeet, kan een maaltijd op de lijst laten zetten aan de kassa.

    Met vriendelijke groeten,
    ''') + sig('lies'), rules=['bcc'], note='class parents list ouders1a@ in To instead of BCC', fmt=['group-in-to'])

# ---- 18 password: safe code
add('kluis-economaat', KO, [HI], 'kluis economaat - nieuwe combinatie',
    t('''
    Dag Hilde,

    De kluis in het economaat (waar het wisselgeld van de kassa en de kassarollen in liggen) heeft een nieuwe combinatie sinds de hersteller er was:

    27 - 14 - 83  (eerst rechts, dan links, dan rechts)

    Jij en ik zijn de enigen die hem kennen. Zal ik hem ook aan Greet geven voor de vakantieperiode?

    Koen
    ''') + sig('koen'), rules=['password'], note='combination of the safe with the cash register float', kind=['pw'])

# ---- 19 look-alike: table numbers
add('tafelindeling-refter', G, [ST['bart']], 'Tafelindeling refter vanaf 14 oktober',
    t('''
    Dag Bart,

    Voorstel voor de nieuwe tafelindeling zodat het aan het luik vlotter gaat:

    Tafel 1 t/m 6      eerste graad, eerste shift (11u50)
    Tafel 7 t/m 12     tweede graad, eerste shift
    Tafel 13 t/m 18    derde graad, tweede shift (12u25)
    Tafel 19 en 20     leerkrachten en toezicht
    Lokaal B014        reserverefter bij regen of examens

    De stille tafel (tafel 6, bij het raam) blijft zoals ze is.

    Greet
    ''') + sig('greet'), rules=[], note='table and room numbers, nothing secret', kind=['lookalike'])

# ---- 20 sensitive: epipen Mila with mother's mobile (personal_data)
add('epipen-mila-jacobs', EV, [G, AH], 'Notenallergie Mila Jacobs (1C) - epipen',
    t('''
    Dag Greet en Ahmed,

    Mila Jacobs uit 1C heeft een ernstige notenallergie (pinda en alle noten). Ze heeft vorig jaar een anafylactische reactie gehad en draagt een EpiPen bij zich. Een tweede auto-injector ligt vanaf vandaag in de keuken, in de witte kast naast de EHBO-koffer, in een doosje met haar foto.

    Wat te doen bij een reactie:
    1. EpiPen in de buitenkant van het dijbeen, 10 seconden vasthouden.
    2. 112 bellen.
    3. Mama verwittigen: Tine Hendrickx, 0478 52 19 03.

    Graag ook de desserts met noten (brownie, notenkoek) duidelijk aanduiden aan het luik.

    Evy
    ''') + sig('evy'), rules=['sensitive', 'personal_data'], cats={'sensitive': ['medical']}, about=[pid('mila_jacobs')],
    note="named pupil's nut allergy and auto-injector, mother's mobile number", kind=['sens'])

# ---- 21 password: forwarded vendor admin account with temporary password
add('fw-maaltijdweb-beheerdersaccount', TO, [G], 'FW: Uw beheerdersaccount MaaltijdWeb',
    t('''
    Greet, dit is voor jou bestemd. Graag bij de eerste keer aanmelden meteen een eigen wachtwoord kiezen.
    Tom
    ''') + fwd_block(t('''
    Beste klant,

    Uw beheerdersaccount voor MaaltijdWeb (campus Wilsele) is aangemaakt.

    Aanmeldpagina: https://wilsele.maaltijdweb.be/beheer
    Gebruikersnaam: beheer.wilsele
    Tijdelijk wachtwoord: Tq8#mW2r!z

    Dit tijdelijke wachtwoord is 72 uur geldig.

    Met vriendelijke groeten,
    Ellen Cools
    MaaltijdWeb klantendienst
    '''), 'Ellen Cools <ellen.cools@maaltijdweb.be>', 'ict@spc.ksleuven.be', 'Uw beheerdersaccount MaaltijdWeb', earlier(N(), 0, 1)),
    rules=['password'], note='forwarded vendor mail with a temporary admin password', kind=['pw'])

# ---- 22 look-alike: password expiry, how to reset
add('re-wachtwoord-verloopt-maaltijdweb', TO, [NA], 'RE: melding wachtwoord verloopt',
    t('''
    Dag Nadia,

    Die melding is normaal: de wachtwoorden van MaaltijdWeb verlopen elke 90 dagen. Je kan het zelf aanpassen:
    1. Meld je aan zoals altijd.
    2. Klik rechtsboven op je naam > "Wachtwoord wijzigen".
    3. Kies een nieuw wachtwoord van minstens 12 tekens.

    Lukt het niet, kom dan even langs op het ICT-lokaal (B102) of bel de helpdesk. Stuur je wachtwoord nooit per mail, ook niet naar mij.

    Tom
    ''') + ol_quote('Tom, ik krijg elke keer een melding "uw wachtwoord verloopt binnen 7 dagen". Wat moet ik doen? Nadia\n',
                    'Nadia El Idrissi', 'Tom Willems', 'melding wachtwoord verloopt', earlier(N(), 0, 3)),
    rules=[], note='explains how to change an expiring password, no password in it', kind=['lookalike'], reply=True)

# ---- 23 misdirected: Emma Peeters nut allergy to the father of Lars Peeters
add('noten-dessert-emma', G, [par('lars_peeters')], 'Dessert zonder noten voor Emma',
    t('''
    Beste mijnheer Peeters,

    U vroeg of Emma op woensdag ook een dessert kan krijgen. Omdat het dessert die dag vaak een notencake is, zetten we voor Emma voortaan een fruitpotje apart in de koelkast met haar naam op. Zo loopt ze geen risico met haar notenallergie.

    De auto-injector die u meegaf, ligt in de keuken naast de EHBO-koffer.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive', 'recipient'], cats={'sensitive': ['medical']}, about=[pid('emma_peeters')],
    mis=True, note='about Emma Peeters (1B) nut allergy but sent to the father of Lars Peeters (3A), another Peeters family',
    kind=['sens'])

# ---- 24 general letter: allergy form
add('allergieformulier-ouders', DIR, [DIR], 'Allergieformulier refter - graag terugbezorgen',
    t('''
    Beste ouders,

    Om veilig te kunnen koken voor alle leerlingen, vragen we elk jaar opnieuw het allergie- en dieetformulier in te vullen. U vindt het formulier in bijlage en in Smartschool.

    Vul het formulier in als uw kind:
      - een voedselallergie of -intolerantie heeft;
      - een medisch dieet volgt;
      - om levensbeschouwelijke redenen bepaalde voeding niet eet.

    Voor ernstige allergieën vragen we ook een attest van de arts. Het formulier wordt enkel gedeeld met het keukenpersoneel en de zorgcoördinator en wordt na het schooljaar vernietigd.

    Graag terugbezorgen via de klastitularis vóór vrijdag 20 september.

    Met vriendelijke groeten,
    De directie
    '''), bcc=class_parents('2A', '2B', '2C', '2D'), atts=[('Allergieformulier_refter_2024-2025.pdf', pdf([
        'Sint-Pieterscollege campus Wilsele - Allergie- en dieetformulier refter',
        'Naam leerling: ..................  Klas: ......',
        'Allergie / intolerantie: ..................',
        'Dieet: ..................',
        'Attest arts bijgevoegd: ja / nee',
        'Handtekening ouder: ..................']))],
    rules=[], note='general letter to all parents asking for the allergy form, blank form attached, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 25 password: HTML table with supplier logins
hrows = [('Dijleland Foodservice', 'https://shop.dijleland-foodservice.be', 'keuken.wilsele', 'Dijle-Kok#77'),
         ('Zuivelhoeve Rotselaar', 'https://bestel.zuivelhoeve-rotselaar.be', 'spc-wilsele-keuken', 'Melkbus!2024'),
         ('Bakkerij Deroover', 'https://pro.bakkerijderoover.be', 'spcwilsele', 'brood4ever'),
         ('Groenten Vandervelpen', 'https://order.groenten-vandervelpen.be', 'wilsele.refter', 'Prei&Wortel9')]
h = outlook(P('Ahmed,', '', 'Voor als ik volgende week met verlof ben: hier alle logins van de bestelportalen. Print dit niet af aub.', '')
            + table(['Leverancier', 'Portaal', 'Gebruiker', 'Wachtwoord'], hrows)
            + P('', 'Bestellingen voor de week van 21/10 staan al klaar in het mandje bij Dijleland, enkel nog bevestigen.', '', 'Greet'))
add('logins-bestelportalen-verlof', G, [AH], 'logins leveranciers tijdens mijn verlof', html=h,
    rules=['password'], note='Outlook HTML table with usernames and passwords of four ordering portals', kind=['pw'],
    fmt=['table'])

# ---- 26 sensitive: unpaid meal cards HTML table
ids = ['lucas_janssens', 'ruben_michiels', 'dylan_vos', 'jana_wuyts', 'liam_bogaerts']
amts = ['-48,60', '-112,40', '-86,20', '-64,80', '-37,80']
rows = [('%s %s' % (pup(k)['first'], pup(k)['last']), pup(k)['klas'], a, n) for k, a, n in zip(ids, amts, [
    '2 herinneringen, geen reactie', 'afbetalingsplan gevraagd', '3e herinnering verstuurd', 'mama betaalt in schijven', 'wacht op schooltoeslag'])]
h = outlook(P('Dag Hilde,', '', 'Stand van de negatieve maaltijdkaarten op 15 oktober (meer dan € 30 achterstand):', '')
            + table(['Leerling', 'Klas', 'Saldo (€)', 'Opmerking'], rows)
            + P('', 'Voor Dylan stel ik voor dat we het Sociaal Huis contacteren. Zullen we dit bespreken op het directieoverleg van donderdag?', '', 'Koen'))
add('negatieve-maaltijdkaarten-oktober', KO, [HI], 'Openstaande saldi maaltijdkaarten', html_to_text(h), html=h,
    rules=['sensitive'], cats={'sensitive': ['financial']}, about=[pid(k) for k in ids],
    note='table of named pupils with unpaid meal-card balances and payment remarks', kind=['sens'], fmt=['table'])

# ---- 27 non-sensitive + look-alike: meal card number does not work
add('kaartnummer-nina-werkt-niet', G, [par('nina_devos')], 'Maaltijdkaart Nina - kaartnummer MK-0448213',
    t('''
    Dag mijnheer Devos,

    Nina meldde dat haar maaltijdkaart niet werkt aan de kassa. Ik heb het nagekeken: de kaart met nummer MK-0448213 was na het opladen niet gekoppeld aan haar leerlingnummer. Dat is nu in orde; het bedrag van uw overschrijving staat er volledig op.

    Morgen kan ze de kaart gewoon weer gebruiken.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('nina_devos')],
    note='meal card number is an identifier that opens nothing; routine top-up, no financial hardship',
    kind=['nonsens', 'lookalike'])

# ---- 28 password: xlsx start passwords kitchen staff
add('startwachtwoorden-kassa-app', TO, [G], 'Accounts kassa-app keukenpersoneel',
    t('''
    Dag Greet,

    In bijlage de accounts voor de nieuwe kassa-app, met startwachtwoord. Wil jij ze persoonlijk aan iedereen geven? Bij de eerste aanmelding moeten ze zelf een nieuw wachtwoord kiezen.

    Tom
    ''') + sig('tom'), atts=[('accounts_kassa_app.xlsx', xlsx([
        ['Naam', 'Functie', 'Gebruikersnaam', 'Startwachtwoord'],
        ['Greet Maes', 'verantwoordelijke', 'gmaes', 'Kassa-7319-gm'],
        ['Ahmed Bouzid', 'chef-kok', 'abouzid', 'Kassa-5524-ab'],
        ['Marleen Wouters', 'keukenmedewerker', 'mwouters', 'Kassa-8806-mw'],
        ['Nadia El Idrissi', 'kassa', 'nelidrissi', 'Kassa-2471-ne'],
        ['Dirk Coppens', 'afwas/onderhoud', 'dcoppens', 'Kassa-6630-dc']], sheet='Accounts'))],
    rules=['password'], note='xlsx attachment with start passwords of the cash register app', kind=['pw'])

# ---- 29 sensitive correct: bullying follow-up to Lucas' mother
d0 = earlier(N(), 1, 2)
orig = t('''
    Mijnheer Vanderlinden,

    Lucas vertelde ons gisteren eindelijk waarom hij 's middags niet meer wil eten op school. Hij wordt in de refter uitgelachen en ze nemen zijn eten af. We zijn hier erg van geschrokken.

    An Janssens
    ''')
add('re-lucas-refter-pesten', JO, [par('lucas_janssens')], 'RE: Lucas en de middagpauze',
    t('''
    Beste mevrouw Janssens,

    Bedankt dat u dit meldt. Ook het keukenpersoneel had gezien dat Lucas aan tafel geplaagd wordt. We hebben vandaag met de betrokken jongens uit 2A een gesprek gehad en zij krijgen de komende twee weken een vaste plaats bij het toezicht. Lucas mag, als hij dat wil, met een vriend aan de stille tafel eten.

    Ik spreek Lucas volgende week opnieuw om te horen hoe het gaat. Ons anti-pestbeleid vindt u op Smartschool.

    Met vriendelijke groeten,
    ''') + sig('joris') + ol_quote(orig, 'An Janssens <%s>' % par('lucas_janssens'), 'Joris Vanderlinden', 'Lucas en de middagpauze', d0),
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=[pid('lucas_janssens')],
    note='reply to the mother about her son being bullied in the refectory and the measures', kind=['sens'], reply=True)

# ---- 30 attachment: macro menu planner
add('menuplanner-met-macro', AH, [G], 'menuplanner nieuwe versie',
    t('''
    Greet,

    Hier de nieuwe versie van de menuplanner. Als je hem opent moet je "inhoud inschakelen" klikken, anders werkt de knop voor de allergenen en de boodschappenlijst niet.

    Ahmed
    ''') + sig('ahmed'), atts=[('Menuplanner_2024_v3.xlsm', xlsx([
        ['Week', 'Dag', 'Soep', 'Hoofdgerecht', 'Veggie', 'Allergenen'],
        [41, 'ma', 'Pompoen', 'Kip appelmoes', 'Quiche', 'A1 A3 A7'],
        [41, 'di', 'Tomaat', 'Spaghetti', 'Linzensaus', 'A1 A7 A9']], macro=True, sheet='Menu'))],
    rules=['attachment'], note='Excel workbook with macros (.xlsm)', kind=[])

# ---- 31 password: payment terminal admin code
add('betaalterminal-beheerderscode', G, [KO], 'Betaalterminal refter',
    t('''
    Koen,

    PayPoint heeft de terminal aan het luik vervangen. De technieker heeft de standaard beheerderscode (0000) veranderd. De nieuwe code voor het beheermenu (dagafsluiting, terugbetaling) is 6392.

    Dagafsluiting gebeurt automatisch om 15u, maar als er een terugbetaling moet gebeuren heb je die code nodig.

    Greet
    ''') + sig('greet'), rules=['password'], note='administrator PIN of the payment terminal', kind=['pw'])

# ---- 32 sensitive: behaviour incident three named pupils, internal
ks = ['milan_dewilde', 'kobe_lenaerts', 'seppe_aerts']
add('incident-refter-4b', ST['pieter'], [ST['bart']], 'Incident refter dinsdag - 4B',
    t('''
    Bart,

    Verslag van het incident van dinsdagmiddag in de refter:

    Milan De Wilde gooide na een discussie over de rij aan het luik zijn bord met spaghetti naar Nadia van de keuken. Het bord brak tegen de toonbank, Nadia werd niet geraakt maar was erg aangedaan. Kobe Lenaerts en Seppe Aerts hebben hem aangemoedigd en filmden alles.

    Voorstel sanctie (na overleg met de klassenraad):
    - Milan: twee dagen uitgesloten uit de refter, herstelgesprek met Nadia, ordemaatregel in Smartschool
    - Kobe en Seppe: één week refterdienst (afruimen), video verwijderen in bijzijn van leerlingbegeleiding

    Ik verwittig de ouders vandaag.

    Pieter
    ''') + sig('pieter'), rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=[pid(k) for k in ks],
    note='behaviour incident with sanctions for three named pupils', kind=['sens'])

# ---- 33 look-alike: Teams meeting with passcode
add('uitnodiging-nabespreking-inspectie', HI, [G, AH, EXT['foodsafe']], 'Nabespreking HACCP-audit',
    t('''
    Beste Greet, Ahmed en An,

    Graag plannen we de nabespreking van het auditrapport van FoodSafe online, dinsdag 22 oktober om 14u.

    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of ruimte-apparaat
    Klik hier om deel te nemen aan de vergadering
    https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZDk2%40thread.v2/0
    Vergadering-id: 381 552 904 117
    Wachtwoordcode: Hk3sT9
    ________________________________________________________________________________

    Hilde
    ''') + sig('hilde'), rules=[], note='meeting invitation with meeting passcode (allowed); one external in To with colleagues only',
    kind=['lookalike'])

# ---- 34 non-sensitive: compliment kitchen helper
add('robbe-helpt-in-keuken', G, [par('robbe_vercammen')], 'Bedankt voor Robbe',
    t('''
    Beste mevrouw Vercammen,

    Robbe helpt sinds september op vrijdag mee aan het afruimen na de tweede shift. Ik wou u even laten weten dat hij dat echt fantastisch doet: altijd op tijd, vriendelijk tegen de jongere leerlingen en hij denkt zelf mee. Als bedankje mag hij in juni mee naar het personeelsontbijt.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('robbe_vercammen')], note='positive personal mail, no sensitive fact',
    kind=['nonsens'])

# ---- 35 password: split over lines
add('kassapc-wachtwoord-gesplitst', G, [NA], 'kassa-pc',
    t('''
    Nadia,
    voor de pc achter de kassa (Windows-aanmelding, gebruiker "kassa"):
    eerste deel:   Refter
    tweede deel:   _Wilsele
    derde deel:    _24
    alles aan elkaar, zonder spaties.
    Greet
    '''), rules=['password'], note='Windows password split over three lines', kind=['pw'], mailer='iphone',
    fmt=['phone'])

# ---- 36 sensitive: ADHD medication to kitchen (medical + care)
add('medicatie-middag-ella', EV, [NA], 'Ella Wouters 3C - medicatie na de middag',
    t('''
    Dag Nadia,

    Ella Wouters (3C) heeft ADHD en neemt sinds deze week om 12u30 haar Rilatine, na het eten. Ze mag daarvoor even aan het keukenluik een glas water vragen. Als ze vergeet te eten (dat gebeurt, de medicatie remt haar eetlust), wil je dan een seintje geven aan het secretariaat?

    Dit staat ook in haar zorgfiche. Alvast bedankt!

    Evy
    ''') + sig('evy'), rules=['sensitive'], cats={'sensitive': ['medical', 'care']}, about=[pid('ella_wouters')],
    note='named pupil: ADHD (care) and medication at noon (medical)', kind=['sens'])

# ---- 37 misdirected: Ella's medication sent to Elise Van Hove's mother (sarah.wouters)
add('ella-medicatie-refter-ouders', EV, [par('elise_vanhove')], 'Medicatie Ella tijdens de middag',
    t('''
    Beste mevrouw Wouters,

    Zoals afgesproken op het zorgoverleg neemt Ella vanaf maandag haar Rilatine om 12u30 in, na het middageten in de refter. Het keukenpersoneel is verwittigd en let erop dat ze voldoende eet. Het aangepaste handelingsplan voor ADHD (extra tijd, rustige plaats bij toetsen) loopt verder zoals besproken.

    Met vriendelijke groeten,
    ''') + sig('evy'), rules=['sensitive', 'recipient'], cats={'sensitive': ['medical', 'care']}, about=[pid('ella_wouters')],
    mis=True, note="about Ella Wouters (3C) but sent to sarah.wouters@, mother of Elise Van Hove: address spells Ella's surname, wrong family",
    kind=['sens'])

# ---- 38 general letter: staff rules canteen (BCC personeel)
add('refterafspraken-personeel', DIR, [DIR], 'Afspraken refter en middagtoezicht',
    t('''
    Beste collega's,

    Met het nieuwe schooljaar herhalen we graag de afspraken in de refter:

    1. Het toezicht begint om 11u45 aan de ingang van de refter, niet aan het luik.
    2. Leerlingen schuiven aan per tafel, zoals aangegeven op het bord. Wie zijn maaltijdkaart vergeten is, meldt zich bij de kassa.
    3. Leerkrachten eten aan tafel 19 en 20 en schuiven niet voor in de rij.
    4. Meldingen over leerlingen (incidenten, zorgen) doet u via het leerlingvolgsysteem, niet per mail aan de keuken.
    5. Geen eten of drank van de keuken mee naar de klaslokalen.
    6. Allergielijsten worden nooit uitgehangen; het keukenpersoneel heeft ze in een afgesloten map.

    Vragen over de refter kan u stellen aan Greet Maes.

    Bedankt voor jullie medewerking!
    De directie
    '''), bcc=['personeel@spc.ksleuven.be'], rules=[], note='general letter to all staff with personeel@ correctly in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 39 personal_data: phone in signature, supplier complaint
add('klacht-levering-bakkerij', G, [EXT['bakker']], 'Levering brood te laat',
    t('''
    Goedemorgen,

    Voor de derde keer deze maand was de broodlevering pas om 11u15 in plaats van 9u30. Om 11u50 schuiven de eerste leerlingen aan, dan lukt het niet meer om 140 broodjes te beleggen.

    Kunnen jullie bevestigen dat de levering vanaf maandag opnieuw vóór 9u30 gebeurt? Zo niet, dan moet ik een andere bakker zoeken.

    Met vriendelijke groeten,
    ''') + sig('greet', PHONE_SCHOOL), rules=['personal_data'],
    note="only the school's own phone number in the signature", kind=[], charset='windows-1252')

# ---- 40 sensitive: pregnancy of a pupil (medical), internal
add('zoe-dieet-zwangerschap', EV, [G], 'Vertrouwelijk - aangepaste maaltijd Zoë (6A)',
    t('''
    Dag Greet,

    Vertrouwelijk: Zoë Van den Broeck uit 6A is zwanger (14 weken). Ze heeft met mama en met mij afgesproken dat we dit discreet houden. De vroedvrouw raadt aan: geen rauwe vis, geen filet américain, geen rauwmelkse kaas, en ze verdraagt de geur van gebakken vis slecht.

    Kan ze op visdagen een alternatief krijgen en haar bord aan de zijdeur ophalen?

    Bedankt,
    Evy
    ''') + sig('evy'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('zoe_vandenbroeck')],
    note="named pupil's pregnancy and diet advice", kind=['sens'])

# ---- 41 password: recovery codes of the kitchen mailbox
add('herstelcodes-keukenmailbox', TO, [G], 'Herstelcodes gedeelde mailbox keuken',
    t('''
    Greet,

    Voor de gedeelde mailbox keuken@spc.ksleuven.be staat nu tweestapsverificatie aan. Als de telefoon in de keuken kwijt is, kan je met één van deze herstelcodes aanmelden (elke code werkt maar één keer):

      8841-2290
      5067-3318
      7712-0046
      3395-8127
      6620-4473

    Bewaar ze in de kluis, niet in de mailbox zelf.

    Tom
    ''') + sig('tom'), rules=['password'], note='backup/recovery codes of a mailbox', kind=['pw'])

# ---- 42 look-alike: HACCP form numbers
add('haccp-formulieren-nieuwe-versie', G, [AH, MA], 'Nieuwe HACCP-formulieren',
    t('''
    Ahmed, Marleen,

    Vanaf maandag gebruiken we de nieuwe versie van de registratieformulieren:

    HACCP-03 rev.4   temperatuur koelcellen (2x per dag)
    HACCP-05 rev.2   kerntemperatuur warme bereidingen
    HACCP-07 rev.3   ontvangstcontrole leveringen
    HACCP-12 rev.1   blokkering en terugroeping

    De oude formulieren (rev.3 van HACCP-03) mogen weg. Map staat op de plank boven het handwasbakje.

    Greet
    ''') + sig('greet'), rules=[], note='HACCP form numbers look like codes but open nothing', kind=['lookalike'])

# ---- 43 sensitive correct: ASS quiet table, internal care plan
add('arthur-stille-tafel-handelingsplan', EV, [G, ST['wim']], 'Arthur Goossens 4A - afspraken middagpauze',
    t('''
    Dag Greet, dag Wim,

    Op het MDO van gisteren werd het handelingsplan van Arthur Goossens (4A) bijgestuurd. Arthur heeft een autismespectrumstoornis en de drukte in de refter wordt hem te veel. Afspraken vanaf maandag:

    - Arthur eet aan de stille tafel (tafel 6), altijd op dezelfde stoel.
    - Hij krijgt het weekmenu op vrijdag al op papier, zodat hij weet wat er komt.
    - Bij een menuwijziging graag vooraf een seintje aan Arthur zelf.
    - Als het te druk wordt, mag hij met zijn bord naar lokaal B014 (Wim houdt daar toezicht op donderdag).

    Evy
    ''') + sig('evy'), rules=['sensitive'], cats={'sensitive': ['care']}, about=[pid('arthur_goossens')],
    note='named pupil with autism and a care plan with reasonable adjustments', kind=['sens'])

# ---- 44 private_account: teacher writes from gmail to a parent
add('zuzanna-lunch-vergeten-gmail', ('Katrien Nys', 'katrien.nys78@gmail.com'), [par('zuzanna_nowak')], 'Zuzanna lunch',
    t('''
    Dear Mrs Nowak,

    Just a quick note: Zuzanna forgot her lunch box today. No worries, she got a sandwich from the canteen and it will be charged to her meal card.

    Kind regards,
    Katrien Nys
    teacher, Sint-Pieterscollege Wilsele
    '''), rules=['private_account'], about=[pid('zuzanna_nowak')], lang='en', mailer='gmail',
    note='teacher uses her private gmail for school business with a parent; content itself not sensitive',
    kind=['nonsens'])

# ---- 45 sensitive: free meals list to the social service with national register numbers
fm = ['youssef_elamrani', 'salma_elamrani', 'jana_wuyts', 'oleksandr_kovalenko', 'kiara_mbala']
dob = {'youssef_elamrani': (11, 3, 22, 145), 'salma_elamrani': (8, 6, 9, 262), 'jana_wuyts': (10, 1, 30, 388),
       'oleksandr_kovalenko': (10, 11, 4, 517), 'kiara_mbala': (12, 7, 19, 634)}
lines = '\n'.join('  %-22s %-3s %s' % ('%s %s' % (pup(k)['first'], pup(k)['last']), pup(k)['klas'], rrn(*dob[k])) for k in fm)
add('gratis-maaltijden-sociaal-huis', KO, [EXT['lien']], 'Gratis maaltijden 2e trimester - lijst leerlingen',
    t('''
    Beste mevrouw Hofmans,

    Zoals afgesproken in de samenwerkingsovereenkomst bezorg ik u de lijst van de leerlingen van campus Wilsele die in het tweede trimester gratis warme maaltijden krijgen op kosten van het Sociaal Huis. Het gaat om gezinnen die bij u een leefloon of een aanvullende steun ontvangen:

    ''') + lines + '\n' + t('''

    Aantal maaltijden in september en oktober: 148 in totaal. De factuur volgt via ons economaat.

    Met vriendelijke groeten,
    ''') + sig('koen'), rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=[pid(k) for k in fm],
    note='named pupils whose families receive social assistance, with valid national register numbers',
    kind=['sens'])

# ---- 46 look-alike: ask the helpdesk
add('re-wachtwoord-maaltijdweb-vraag', G, [ST['lies']], 'RE: wachtwoord maaltijdregistratie',
    t('''
    Dag Lies,

    Sorry, ik mag geen wachtwoorden doorsturen, ook niet dat van het klasaccount. Vraag het aan de ICT-helpdesk (ict@spc.ksleuven.be of lokaal B102), zij kunnen het opnieuw instellen en geven het je persoonlijk.

    Greet
    ''') + quote('Greet, kan jij me het wachtwoord van MaaltijdWeb voor 1A doorsturen? Ik ben het kwijt. Lies\n',
                 'Lies De Wit <ldw@spc.ksleuven.be>', earlier(N(), 0, 2)),
    rules=[], note='declines to send a password and refers to the helpdesk', kind=['lookalike'], reply=True)

# ---- 47 non-sensitive correct: veggie menu question (reply)
d0 = earlier(N(), 0, 5)
orig = t('''
    Beste,
    Fleur eet sinds de zomer geen vlees meer. Is er elke dag een vegetarische schotel of moet ze dat op voorhand aanvragen?
    Groetjes, Ann Coene
    ''')
add('re-vegetarisch-fleur', G, [par('fleur_debruyne')], 'RE: vegetarisch eten',
    t('''
    Dag mevrouw Coene,

    Er is elke dag een veggie-schotel, die hoeft Fleur niet op voorhand aan te vragen. Ze kiest gewoon aan het luik "veggie" en de kassa rekent dezelfde prijs aan.

    Groeten,
    ''') + sig('greet') + quote(orig, 'Ann Coene <%s>' % par('fleur_debruyne'), d0),
    rules=[], about=[pid('fleur_debruyne')], note='vegetarian preference is a choice, not a medical diet', kind=['nonsens'],
    reply=True, mailer='thunderbird')

# ---- 48 password: OTP code
add('sms-code-dijleland', KO, [G], 'RE: code webshop',
    t('''
    483920

    (5 minuten geldig, dus snel zijn)
    Koen
    ''') + quote('Koen, de webshop van Dijleland stuurt de bevestigingscode naar jouw gsm. Kan je hem mij snel doorsturen? Greet\n',
                 'Greet Maes <greet.maes@sintpieterscollege.be>', earlier(N(), 0, 0)),
    rules=['password'], note='one-time confirmation code of the supplier webshop forwarded to a colleague', kind=['pw'],
    mailer='iphone', fmt=['phone'], reply=True)

# ---- 49 sensitive: theft from tip jar, police
add('diefstal-fooienpot-matteo', ST['bart'], [HI], 'Diefstal kassa refter - Matteo Rossi',
    t('''
    Hilde,

    Ter info: op de camerabeelden van de refter is duidelijk te zien dat Matteo Rossi (4C) maandag en woensdag geld uit de fooienpot en uit de open kassalade nam terwijl Nadia in de keuken was. In totaal gaat het om ongeveer 85 euro.

    Ik heb Matteo vandaag met zijn vader gesproken. Omdat het niet de eerste keer is, heeft de vader zelf aangifte gedaan bij de politie; de wijkagent komt volgende week langs. Voorstel: tijdelijke uitsluiting uit de refter en een herstelopdracht in de keuken.

    Bart
    ''') + sig('bart'), rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=[pid('matteo_rossi')],
    note='named pupil, theft, police involvement and sanction', kind=['sens'])

# ---- 50 general letter: medication at lunch
add('medicatiebeleid-middagpauze', DIR, [DIR], 'Medicatie op school en tijdens de middagpauze',
    t('''
    Beste ouders,

    Soms moet een leerling tijdens de schooluren of de middagpauze medicatie innemen. Om dit veilig te laten verlopen, gelden deze afspraken:

    - Het keukenpersoneel en de leerkrachten geven zelf geen medicatie.
    - Neemt uw kind medicatie tijdens de middag, dan bezorgt u het attest "medicatie op school", ingevuld door de arts, aan het leerlingensecretariaat.
    - Leerlingen met een noodmedicatie (bv. een auto-injector bij allergie) dragen die bij zich; een tweede exemplaar kan op het secretariaat bewaard worden.
    - Bij een noodgeval belt de school altijd 112 en daarna de ouders.

    Het volledige medicatiebeleid staat in het schoolreglement, hoofdstuk 4.

    De directie
    '''), bcc=class_parents('3A', '3B', '3C'), rules=[], note='general medication policy to all parents, no one named, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'], mailer='smartschool')

# ---- 51 misdirected: Lucas Janssens' unpaid balance to Femke Janssen's mother (autocomplete)
add('saldo-maaltijdkaart-lucas', KO, [par('femke_janssen')], 'Tweede herinnering saldo maaltijdkaart Lucas',
    t('''
    Beste mevrouw Janssens,

    Ondanks onze herinnering van 1 oktober staat de maaltijdkaart van Lucas (2A) nog steeds op -48,60 euro. Wij vragen u het openstaande bedrag binnen de 14 dagen te betalen via de schoolrekening.

    Lukt het niet om dit in één keer te betalen, neem dan contact op met het economaat. We kunnen een afbetalingsplan afspreken.

    Met vriendelijke groeten,
    ''') + sig('koen'), rules=['sensitive', 'recipient'], cats={'sensitive': ['financial']}, about=[pid('lucas_janssens')],
    mis=True, note='unpaid balance of Lucas Janssens sent to an.janssen@ (mother of Femke Janssen) instead of an.janssens@: autocomplete',
    kind=['sens'])

# ---- 52 attachment: vendor update program
add('fw-kassaplus-update', TO, [G], 'FW: KassaPlus update 5.2',
    t('''
    Greet, kan jij dit vanavond na sluiting op de kassa-pc uitvoeren? Dubbelklikken en volgende-volgende.
    Tom
    ''') + fwd_block(t('''
    Beste klant,
    In bijlage vindt u de update naar KassaPlus 5.2 (nieuwe Bancontact-koppeling).
    Met vriendelijke groeten,
    Jeroen Baert - KassaPlus
    '''), 'Jeroen Baert <jeroen.baert@kassaplus.be>', 'tw@spc.ksleuven.be', 'KassaPlus update 5.2', earlier(N(), 0, 6)),
    atts=[('KassaPlus_Update_5.2.exe', fake_exe('KassaPlus updater 5.2'))], rules=['attachment'],
    note='forwarded Windows executable', kind=[])

# ---- 53 sensitive correct: French mail to Victor's mother after a reaction
add('reaction-allergique-victor', G, [par('victor_leclercq')], 'Réaction allergique de Victor ce midi',
    t('''
    Madame Leclercq,

    Comme convenu au téléphone, je vous confirme ce qui s'est passé ce midi au réfectoire. Victor a mangé du houmous servi avec les falafels; il contenait du sésame, ce qui n'était pas indiqué sur l'étiquette de notre fournisseur. Victor a eu des plaques rouges et des difficultés à respirer. Notre collègue lui a administré son auto-injecteur et l'ambulance l'a conduit à l'AZ Dijle, où il est resté en observation jusqu'à 17h.

    Nous sommes vraiment désolés. Le sésame est désormais retiré de tous les plats et nous avons contacté le fournisseur.

    Bien cordialement,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('victor_leclercq')],
    lang='fr', cte='base64', note='French mail to the mother: allergic reaction, auto-injector, hospital', kind=['sens'])

# ---- 54 password: French, delivery door code
add('code-porte-livraison-dufour', G, [EXT['dufour']], 'Livraison à partir du 4 novembre',
    t('''
    Bonjour Monsieur Dufour,

    À partir du 4 novembre, vous pouvez livrer le pain dès 6h00. La cuisine n'est pas encore ouverte à cette heure-là, mais vous pouvez déposer les caisses dans le sas de livraison.

    Le code de la porte de livraison (côté Kapelstraat) est le 5571, suivi de la touche verte.

    Merci de bien refermer la porte derrière vous.

    Cordialement,
    Greet Maes
    Responsable cuisine - Sint-Pieterscollege Wilsele
    '''), rules=['password'], lang='fr', note='door code of the delivery entrance given to a supplier', kind=['pw'])

# ---- 55 bcc: three suppliers visible in To
add('nieuwe-leveringsuren-leveranciers', G, [EXT['dijleland'], EXT['zuivel'], EXT['bakker'], EXT['groenten']],
    'Nieuwe leveringsuren campus Wilsele',
    t('''
    Beste leveranciers,

    Door werken aan de Kapelstraat kan er vanaf 4 november enkel geleverd worden tussen 6u30 en 9u30 via de ingang aan de sporthal. Na 9u30 is de keukeningang niet meer bereikbaar voor vrachtwagens.

    Gelieve dit door te geven aan jullie chauffeurs.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['bcc'], note='four external suppliers visible to each other in To', kind=[])

# ---- 56 non-sensitive correct: French menu question (reply), half-family address
add('re-menu-marie-lambert', G, [par('marie_lambert')], 'RE: Menu de la semaine',
    t('''
    Bonjour Madame Dubois,

    Oui, le menu de la semaine est publié chaque vendredi sur Smartschool, rubrique « Refter ». Marie peut aussi le consulter sur l'écran à l'entrée du réfectoire. Le mercredi il n'y a pas de repas chaud, seulement des sandwichs.

    Bien à vous,
    ''') + sig('greet') + ol_quote("Bonjour, où est-ce que je peux trouver le menu de la semaine pour ma fille Marie (3B) ? Merci, Chantal Dubois\n",
                                   'Chantal Dubois', 'Greet Maes', 'Menu de la semaine', earlier(N(), 0, 4), lang='fr'),
    rules=[], about=[pid('marie_lambert')], lang='fr', reply=True,
    note="reply to Marie Lambert's mother (address does not spell the pupil's surname) about the menu", kind=['nonsens'])

# ---- 57 password: reply quoting a password
d0 = earlier(N(), 0, 3)
orig = t('''
    Ahmed,
    Voor de temperatuurregistratie op de tablet: app TempCheck, gebruiker keuken.wilsele, wachtwoord Koelcel-2-OK
    Greet
    ''')
add('re-tempcheck-werkt', AH, [G], 'RE: TempCheck app',
    t('''
    Het werkt, bedankt! Koelcel 1 staat op 2,8 graden, koelcel 2 op 3,1.
    Ahmed
    ''') + ol_quote(orig, 'Greet Maes', 'Ahmed Bouzid', 'TempCheck app', d0),
    rules=['password'], reply=True, note='short reply that still quotes the app password from the original mail', kind=['pw'])

# ---- 58 sensitive: violence at home told to kitchen staff
add('sara-ouali-blauwe-plekken', NA, [JO], 'Sara Ouali 5C',
    t('''
    Joris,

    Sara Ouali van 5C bleef vandaag na het eten in de keuken hangen. Ze had blauwe plekken op haar arm en toen ik vroeg wat er gebeurd was, zei ze dat haar papa haar gisteren geslagen heeft omdat ze te laat thuis was. Ze vroeg om het aan niemand te zeggen, maar ik denk dat jij het moet weten. Ze wou niet naar huis vanavond.

    Nadia
    '''), rules=['sensitive'], cats={'sensitive': ['family']}, about=[pid('sara_ouali')],
    note='named pupil discloses violence at home to kitchen staff', kind=['sens'])

# ---- 59 look-alike: structured payment reference to a parent
add('opladen-maaltijdkaart-mohamed', KO, [par('mohamed_diallo')], 'Opladen maaltijdkaart Mohamed',
    t('''
    Beste mevrouw Diallo,

    U vroeg hoe u de maaltijdkaart van Mohamed (5B) kan opladen met een gewone overschrijving. Dat kan naar de schoolrekening die u op de schoolfactuur vindt, met deze gestructureerde mededeling:

    +++412/0087/31555+++

    Die mededeling is vast voor Mohamed; zo komt het bedrag automatisch op zijn kaart.

    Vriendelijke groeten,
    ''') + sig('koen'), rules=[], about=[pid('mohamed_diallo')],
    note='structured payment reference is no secret and no IBAN; routine top-up, not an unpaid bill',
    kind=['nonsens', 'lookalike'])

# ---- 60 general letter: English version menu/allergy form
add('canteen-information-english', DIR, [DIR], 'School canteen: menu, prices and allergy form',
    t('''
    Dear parents,

    For families who prefer English, here is a short summary of the canteen information:

    - A hot meal (soup, main course, dessert) costs EUR 5.40 and is paid with your child's meal card.
    - The weekly menu is published on Smartschool every Friday. There is always a vegetarian dish.
    - If your child has a food allergy, intolerance or special diet, please fill in the allergy form (attached) and return it to the class teacher.
    - Medication at school is only given with a doctor's certificate.

    Kind regards,
    The school management
    '''), bcc=['parents-international@spc.ksleuven.be'], atts=[('Allergy_form_canteen.pdf', pdf([
        'Sint-Pieterscollege Wilsele - Allergy and diet form', 'Name of pupil: ........  Class: ....',
        'Allergy / intolerance: ........', 'Doctor certificate attached: yes / no']))],
    rules=[], lang='en', note='general English letter to all international parents, list in BCC', kind=['general'],
    fmt=['bcc-envelope'])

# ---- 61 password: English mail to supplier support with login + phone in signature
add('eurofresh-login-problem', G, [EXT['eurofresh']], 'Login problem ordering portal - customer SPC-WIL-0291',
    t('''
    Hello,

    Since Monday we cannot log in to your ordering portal anymore. We get the message "invalid credentials", although nothing was changed on our side.

    Customer: Sint-Pieterscollege Wilsele (SPC-WIL-0291)
    Username: kitchen.wilsele
    Password: Fresh&Fruit2024

    Could you please check the account? We need to place our order for the fruit week before Thursday.

    Kind regards,
    ''') + sig('greet', PHONE_SCHOOL), rules=['password', 'personal_data'], lang='en',
    note="English mail to a supplier's helpdesk with username and password; school phone number in the signature",
    kind=['pw'])

# ---- 62 sensitive correct: eating disorder, CLB (internal)
add('hanne-smets-eet-niet', EV, [EXT['clb']], 'Aanmelding Hanne Smets (5B)',
    t('''
    Dag Eline,

    Graag meld ik Hanne Smets uit 5B aan voor begeleiding door het CLB. Het keukenpersoneel ziet al sinds de herfstvakantie dat ze haar bord bijna onaangeroerd terugbrengt en enkel nog soep neemt. Ze is zichtbaar vermagerd. In een gesprek met mij vertelde ze dat ze zich al weken somber en depressief voelt en dat ze "controle wil houden over wat ze eet". We hebben een vermoeden van een eetstoornis.

    Mama (Caroline Smets) is op de hoogte en gaat akkoord met de aanmelding. Kunnen we volgende week samen zitten?

    Evy
    ''') + sig('evy'), rules=['sensitive'], cats={'sensitive': ['medical', 'psychosocial', 'care']},
    about=[pid('hanne_smets')], note='named pupil: suspected eating disorder (medical), depressed mood (psychosocial), CLB referral (care)',
    kind=['sens'])

# ---- 63 non-sensitive correct: English registration question (reply)
add('re-jack-lunch-registration', G, [par('jack_wilson')], 'RE: Lunch registration Jack',
    t('''
    Dear Mr and Mrs Wilson,

    Jack can register for hot meals per week in the MaaltijdWeb app, until Thursday noon for the next week. If he only wants soup, he doesn't need to register: soup is sold at the till every day.

    Best regards,
    ''') + sig('greet') + ol_quote('Hello, how does Jack (4C) sign up for lunch? Do we need to do this every day? Thanks, Sarah Wilson\n',
                                   'Wilson family', 'Greet Maes', 'Lunch registration Jack', earlier(N(), 0, 4), lang='en'),
    rules=[], about=[pid('jack_wilson')], lang='en', reply=True, note='practical lunch registration question, nothing sensitive',
    kind=['nonsens'])

# ---- 64 password: cp1252 quoted-printable Windows login kassa-pc
add('kassa-pc-aanmelden', KO, [NA], 'Aanmelden kassa-pc na update',
    t('''
    Dag Nadia,

    Na de Windows-update vraagt de kassa-pc opnieuw een aanmelding. Gebruik:

    Gebruiker: SPC\\kassa-refter
    Wachtwoord: Frietjes€4Ever

    Daarna start KassaPlus vanzelf op. Niet afmelden 's middags, enkel vergrendelen (Windows-toets + L).

    Koen
    ''') + sig('koen'), rules=['password'], charset='windows-1252', cte='quoted-printable',
    note='Windows login of the cash register PC in a Windows-1252 quoted-printable body', kind=['pw'])

# ---- 65 sensitive: death in the family, bills waived
add('daan-overlijden-papa-refter', HI, [KO], 'Daan Verstraeten (2B) - refterfactuur',
    t('''
    Koen,

    Zoals je misschien hoorde, is de papa van Daan Verstraeten uit 2B vorige week plots overleden. Mama staat er nu alleen voor en heeft het financieel moeilijk. Ik heb beslist dat we de refterfactuur van november en december voor Daan schrappen en dat hij tot de krokusvakantie gratis warm eet.

    Wil jij dat zo in het systeem zetten, zonder dat het op de maandelijkse lijst verschijnt?

    Hilde
    ''') + sig('hilde'), rules=['sensitive'], cats={'sensitive': ['family', 'financial']}, about=[pid('daan_verstraeten')],
    note='death of a parent (family) and waived meal bills because of financial hardship (financial)', kind=['sens'])

# ---- 66 look-alike: order confirmation numbers
add('bevestiging-bestelling-zuivel', MA, [EXT['zuivel']], 'Bestelling 8 november - ordernummer ZH-2024-04418',
    t('''
    Goedemiddag,

    Ik bevestig onze bestelling met ordernummer ZH-2024-04418:
    - 120 x yoghurt aardbei 125 g (art. 3301)
    - 80 x lactosevrije yoghurt natuur (art. 3345)
    - 24 l halfvolle melk (art. 1102)

    Levering graag op vrijdag via de ingang aan de sporthal.

    Met vriendelijke groeten,
    Marleen Wouters
    Keuken Sint-Pieterscollege Wilsele
    '''), rules=[], note='order and article numbers, nothing secret', kind=['lookalike'])

# ---- 67 misdirected: wrong thread reply (Lena Celis' mother gets Kato Geens' registration answer)
d0 = earlier(N(), 2, 1)
orig = t('''
    Dag mevrouw Maes,
    Lena is vorige week haar groene drinkbus vergeten in de refter. Hebben jullie die gevonden?
    Groeten, Marijke Celis
    ''')
add('re-drinkbus-lena-verkeerde-draad', G, [par('lena_celis')], 'RE: drinkbus vergeten',
    t('''
    Dag mevrouw Geens,

    Ik heb Kato ingeschreven voor de warme maaltijden op maandag, dinsdag en donderdag tot de kerstvakantie. Op vrijdag heeft ze zwemmen en eet ze een broodje, zoals u vroeg. De inschrijving is zichtbaar in de app.

    Vriendelijke groeten,
    ''') + sig('greet') + ol_quote(orig, 'Marijke Celis <%s>' % par('lena_celis'), 'Greet Maes', 'drinkbus vergeten', d0),
    rules=['recipient'], about=[pid('kato_geens')], mis=True, reply=True,
    note="answer about Kato Geens' meal registration sent in the thread of Lena Celis' mother (reply in the wrong thread); no sensitive fact",
    kind=['nonsens'])

# ---- 68 non-sensitive correct: water bottle found
add('drinkbus-lena-gevonden', G, [par('lena_celis')], 'Drinkbus Lena',
    t('''
    Dag mevrouw Celis,

    Excuses voor de verwarring met mijn vorige mail, die was niet voor u bedoeld. De groene drinkbus van Lena is gevonden; ze ligt bij de verloren voorwerpen aan het keukenluik.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('lena_celis')], note='lost water bottle, correct parent', kind=['nonsens'])

# ---- 69 general letter: free meal arrangement, general
add('regeling-gratis-maaltijden', DIR, [DIR], 'Warme maaltijd voor elke leerling',
    t('''
    Beste ouders,

    Een warme maaltijd per dag is belangrijk om goed te kunnen leren. Samen met het Sociaal Huis van Leuven maakt onze school het mogelijk dat ook gezinnen met een beperkt inkomen hun kinderen op school laten eten.

    Hoe werkt het?
    - U neemt contact op met de maatschappelijk werker van het Sociaal Huis of met ons leerlingensecretariaat.
    - Na een kort gesprek wordt beslist of uw kind gratis of aan een verminderd tarief kan eten.
    - Voor uw kind verandert er niets: de maaltijdkaart werkt zoals bij iedereen.

    Alle aanvragen worden vertrouwelijk behandeld.

    De directie
    '''), bcc=class_parents('4A', '4B', '4C'), rules=[], note='general letter on the free-meal arrangement, nobody named, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 70 password: Word document attachment with codes (handover)
add('overdracht-keuken-kerstvakantie', G, [AH], 'Overdracht keuken kerstvakantie',
    t('''
    Dag Ahmed,

    In bijlage het overdrachtsdocument voor de eerste week na de kerstvakantie, ik ben dan nog met verlof. Alles staat erin: bestellingen, uurrooster, en de codes.

    Succes!
    Greet
    ''') + sig('greet'), atts=[('Overdracht_keuken_januari.docx', docx([
        'Overdracht keuken campus Wilsele - januari 2025',
        'Bestellingen: Dijleland (dinsdag), Zuivelhoeve (dinsdag), Deroover (dagelijks).',
        'Uurrooster: Marleen 7u-13u30, Nadia 10u-14u, Dirk 11u-16u.',
        'Codes:',
        'Alarm keuken: 4409 + OFF',
        'Koelcel 2 (codeslot): 7788',
        'Kluis economaat: vragen aan Koen',
        'Kassa beheer: pin 6392']))],
    rules=['password'], note='Word attachment with alarm and cold-room codes and a PIN', kind=['pw'])

# ---- 71 sensitive: payment plan, correct parent
add('afbetalingsplan-ruben', KO, [par('ruben_michiels')], 'Afbetalingsplan maaltijden Ruben',
    t('''
    Beste mijnheer Michiels,

    Zoals telefonisch besproken bevestig ik het afbetalingsplan voor de openstaande refterrekening van Ruben (3B), in totaal 112,40 euro:

      december: 30 euro
      januari:  30 euro
      februari: 30 euro
      maart:    22,40 euro

    Ruben kan intussen gewoon verder warm eten. Als een betaling niet lukt, laat het me dan gewoon weten.

    Met vriendelijke groeten,
    ''') + sig('koen'), rules=['sensitive'], cats={'sensitive': ['financial']}, about=[pid('ruben_michiels')],
    note='payment plan for unpaid meal bills of a named pupil, to his father', kind=['sens'])

# ---- 72 bcc: personeel@ in To
add('refter-gesloten-vrijdag', G, ['personeel@spc.ksleuven.be'], 'Refter gesloten vrijdag 22 november',
    t('''
    Beste collega's,

    Door de jaarlijkse grote schoonmaak van de keuken is de refter op vrijdag 22 november gesloten. Er zijn die dag enkel broodjes te koop aan het luik in de sporthal. Gelieve dit ook aan jullie klassen te melden.

    Greet
    ''') + sig('greet'), rules=['bcc'], note='all-staff list personeel@ in To instead of BCC (policy 3.1)',
    fmt=['group-in-to'])

# ---- 73 sensitive correct: dyslexia, menu with pictograms
add('menu-pictogrammen-finn', G, [par('finn_maes')], 'Menu met pictogrammen voor Finn',
    t('''
    Beste mevrouw Maes,

    De zorgcoördinator vertelde me dat Finn (1D) dyslexie heeft en dat het lezen van het menubord aan het luik hem veel stress bezorgt. Vanaf volgende week hangt er naast het bord ook een menu met pictogrammen, en Finn krijgt op maandag een kaartje met het weekmenu in pictogrammen in zijn agenda. Dat staat zo ook in zijn lijst met redelijke aanpassingen.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['care']}, about=[pid('finn_maes')],
    note="named pupil's dyslexia and reasonable adjustments", kind=['sens'])

# ---- 74 look-alike: KassaPlus ticket number
add('kassaplus-ticket-bonnenprinter', G, [EXT['kassaplus']], 'Ticket KP-55821 - bonnenprinter',
    t('''
    Goedemiddag,

    Ons ticket KP-55821 is nog niet opgelost: de bonnenprinter van kassa 2 (serienummer TM-T20III-X4F8812) drukt sinds vorige week enkel lege bonnen af. We hebben de rol al vervangen en de printer herstart.

    Kan er deze week een technieker langskomen? Best voor 11u of na 14u.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=[], note='support ticket and serial numbers, nothing secret', kind=['lookalike'])

# ---- 75 misdirected: sibling mix-up (Amber De Smet's free meals to Noah De Smet's mother)
add('gratis-maaltijden-amber', ST['sara'], [par('noah_desmet')], 'Beslissing gratis maaltijden',
    t('''
    Beste mevrouw De Smet,

    Na uw gesprek met de maatschappelijk werker van het Sociaal Huis kan ik bevestigen dat Amber vanaf 1 december gratis warm eet op school. Het Sociaal Huis betaalt de maaltijden rechtstreeks aan de school. De openstaande rekening van oktober en november (64,80 euro) wordt ook door hen betaald.

    U hoeft hiervoor niets meer te doen.

    Met vriendelijke groeten,
    ''') + sig('sara'), rules=['sensitive', 'recipient'], cats={'sensitive': ['financial']}, about=[pid('amber_desmet')],
    mis=True, note="about Amber De Smet's free meals via social service, sent to the mother of Noah De Smet, wrongly taken for her brother",
    kind=['sens'])

# ---- 76 password: guest Wi-Fi for the food-safety inspector
add('wifi-gast-inspectie', G, [EXT['favv']], 'Bezoek 19 november - praktische info',
    t('''
    Geachte heer Raes,

    Bedankt voor de bevestiging van uw bezoek op dinsdag 19 november om 8u. U kan zich aanmelden aan het onthaal; ik kom u daar halen.

    Voor uw laptop kan u het gastennetwerk gebruiken:
    netwerk: STROOM-GAST
    sleutel: Wilsele-Gast-1911

    De HACCP-map, de temperatuurregistraties en de attesten van het personeel liggen klaar in het keukenbureau.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['password'], note='guest Wi-Fi key sent to the external inspector', kind=['pw'])

# ---- 77 general letter: payment reminder to everybody
add('herinnering-saldo-maaltijdkaart-iedereen', DIR, [DIR], 'Herinnering: saldo maaltijdkaart controleren',
    t('''
    Beste ouders,

    Bij de afsluiting van het trimester stellen we vast dat heel wat maaltijdkaarten een negatief saldo hebben. Wilt u het saldo van de kaart van uw kind nakijken in de MaaltijdWeb-app en de kaart indien nodig opladen vóór de kerstvakantie?

    Voor wie het moeilijk heeft om de maaltijden te betalen, bestaan er oplossingen (afbetaling, sociale tegemoetkoming). Neem gerust vertrouwelijk contact op met het economaat.

    Met vriendelijke groeten,
    De directie
    '''), bcc=['ouders-wilsele@spc.ksleuven.be'], rules=[], note='payment reminder to all parents, no one named, list in BCC',
    kind=['general'], fmt=['bcc-envelope'], mailer='smartschool')

# ---- 78 misdirected: Emir Yilmaz' incident sent to Elif Yilmaz' mother
add('incident-refter-emir', ST['bart'], [par('elif_yilmaz')], 'Incident in de refter',
    t('''
    Beste mevrouw Yilmaz,

    Ik breng u op de hoogte van een incident vandaag in de refter. Emir (6C) is na een ruzie over een plaats aan tafel handgemeen geworden met een medeleerling en heeft hem een vuistslag gegeven. De medeleerling had een bloedneus.

    Emir krijgt een preventieve schorsing van één dag (vrijdag) en een gesprek met de leerlingbegeleiding bij zijn terugkeer. U ontvangt de officiële brief via Smartschool.

    Met vriendelijke groeten,
    ''') + sig('bart'), rules=['sensitive', 'recipient'], cats={'sensitive': ['psychosocial']}, about=[pid('emir_yilmaz')],
    mis=True, note='about Emir Yilmaz (6C) but sent to the mother of Elif Yilmaz (3A), another Yilmaz family', kind=['sens'])

# ---- 79 password: manager code for voids
add('managerscode-storno', G, [NA, MA], 'storno aan de kassa',
    t('''
    Nadia, Marleen,

    Als een leerling verkeerd aangerekend is, moet je een storno doen. Dat vraagt de managerscode: 1-9-0-6 en dan OK. Enkel gebruiken voor storno's, niet voor de dagafsluiting.

    Greet
    '''), rules=['password'], note='manager code of the cash register, two colleagues in To is fine', kind=['pw'])

# ---- 80 sensitive correct: anxiety, eats in the secretariat (psychosocial + care)
add('ines-eten-secretariaat', JO, [par('ines_mertens', 2)], 'Middagpauze Ines',
    t('''
    Beste mijnheer Mertens,

    Zoals besproken mag Ines (2B) vanaf maandag haar middagmaal in het lokaal naast het leerlingensecretariaat eten, samen met twee vriendinnen. De drukte in de refter geeft haar paniekaanvallen en de angst wordt sinds de herfstvakantie erger. Dit nemen we op als redelijke aanpassing in haar begeleidingsplan; de psychologe die Ines volgt, is akkoord.

    We evalueren na de krokusvakantie.

    Met vriendelijke groeten,
    ''') + sig('joris'), rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=[pid('ines_mertens')],
    note="father of Ines (second parent address): panic attacks/anxiety and a reasonable adjustment with therapist",
    kind=['sens'])

# ---- 81 look-alike: menu/allergen codes
add('menucodes-kassa', AH, [NA], 'nieuwe menucodes kassa',
    t('''
    Nadia,

    Vanaf maandag staan de menu's met deze codes in de kassa:
    M1 = dagschotel
    M2 = veggie
    M3 = broodjesmaaltijd
    S  = enkel soep
    D  = dessert apart (0,90)
    GV = glutenvrij (zelfde prijs als M1)

    De oude codes 101-106 mogen uit het lijstje aan de kassa.

    Ahmed
    '''), rules=[], note='menu codes at the cash register, nothing secret', kind=['lookalike'])

# ---- 82 password: tablet unlock PIN
add('ipad-keuken-pincode', TO, [AH], 'iPad keuken',
    t('''
    Ahmed,

    De iPad voor de temperatuurregistratie is terug van herstelling. Ontgrendelen met pincode 280519. De schermvergrendeling staat op 2 minuten; dat moet zo blijven van de preventieadviseur.

    Tom
    ''') + sig('tom'), rules=['password'], note='unlock PIN of the kitchen iPad', kind=['pw'])

# ---- 83 sensitive: father in prison, internal
add('jana-wuyts-ophalen-en-betaling', ST['sara'], [KO, ST['pieter']], 'Jana Wuyts 3C - vertrouwelijk',
    t('''
    Koen, Pieter,

    Vertrouwelijk: de vader van Jana Wuyts (3C) zit sinds september in de gevangenis. Mama vroeg uitdrukkelijk dat Jana aan niemand anders dan aan haar wordt meegegeven en dat de post enkel naar haar adres gaat. Ze zit financieel krap en betaalt de refterrekening in schijven van 20 euro per maand; Koen, wil je daar rekening mee houden bij de herinneringen?

    Sara
    ''') + sig('sara'), rules=['sensitive'], cats={'sensitive': ['family', 'financial']}, about=[pid('jana_wuyts')],
    note='parent in prison (family) and instalments for unpaid meals (financial) of a named pupil', kind=['sens'])

# ---- 84 general letter: French price letter
add('prix-repas-2024-2025-fr', DIR, [DIR], 'Prix des repas au réfectoire 2024-2025',
    t('''
    Chers parents,

    À partir du 1er octobre, les prix du réfectoire sont les suivants :

      Repas chaud (potage, plat, dessert)  5,40 EUR
      Potage                               0,80 EUR
      Repas sandwich                       3,90 EUR

    Les repas sont débités de la carte repas de votre enfant, que vous pouvez recharger via le compte scolaire sur Smartschool. Les familles qui rencontrent des difficultés financières peuvent contacter la direction en toute discrétion.

    Cordialement,
    La direction
    '''), bcc=['parents-francophones@spc.ksleuven.be'], rules=[], lang='fr',
    note='general French price letter, list in BCC, nobody named', kind=['general'], fmt=['bcc-envelope'], cte='base64')

# ---- 85 password: HTML table keys and codes
h = outlook(P('Dag Hilde,', '', 'Zoals gevraagd een overzicht van de codes in de keuken, voor de map van de directie:', '')
            + table(['Wat', 'Code', 'Wie kent hem'],
                    [('Alarm keuken', '4409 + OFF', 'Greet, Ahmed, Dirk'),
                     ('Koelcel 2 (codeslot)', '7788', 'keukenpersoneel'),
                     ('Achterdeur keuken', '1973#', 'keukenpersoneel, leveranciers niet'),
                     ('Leveringssas', '5571 + groen', 'leveranciers'),
                     ('Printer keukenbureau', 'pin 3310', 'Greet')])
            + P('', 'Na de zomer veranderen we alles opnieuw.', '', 'Greet'))
add('overzicht-codes-keuken', G, [HI], 'overzicht codes keuken', html_to_text(h), html=h, rules=['password'],
    note='HTML table with alarm, door, cold-room and printer codes', kind=['pw'], fmt=['table'])

# ---- 86 misdirected: Dylan Vos' payment plan to Hugo Vos' father
add('afbetalingsplan-dylan', KO, [par('hugo_vos')], 'Voorstel afbetalingsplan refter',
    t('''
    Beste mevrouw Vos,

    Op de maaltijdkaart van Dylan (2D) staat een achterstand van 86,20 euro. Ik begrijp uit ons telefoongesprek dat het momenteel moeilijk is. Ik stel voor dat u maandelijks 15 euro betaalt. Daarnaast kan u bij het Sociaal Huis een tussenkomst vragen; ik kan u daarbij helpen als u wil.

    Met vriendelijke groeten,
    ''') + sig('koen'), rules=['sensitive', 'recipient'], cats={'sensitive': ['financial']}, about=[pid('dylan_vos')],
    mis=True, note="Dylan Vos' arrears and payment plan sent to the father of Hugo Vos (other Vos family)", kind=['sens'])

# ---- 87 non-sensitive correct: halal question (religious diet, not one of the five categories)
add('re-halal-yasmine', G, [par('yasmine_bakkali')], 'RE: halal vlees',
    t('''
    Beste mijnheer Bakkali,

    Ons vlees is niet halal gecertificeerd. Yasmine kan elke dag de vegetarische schotel kiezen; op dagen met varkensvlees staat dat ook duidelijk op het menubord. Tijdens de ramadan hoeft ze niet naar de refter te komen en mag ze in de studiezaal blijven.

    Vriendelijke groeten,
    ''') + sig('greet') + quote('Goeiedag, is het vlees in de refter halal? Onze dochter Yasmine (2D) eet geen varkensvlees. Dank u. R. Bakkali\n',
                                'Rachid Bakkali <%s>' % par('yasmine_bakkali'), earlier(N(), 0, 6)),
    rules=[], about=[pid('yasmine_bakkali')], reply=True,
    note='religious diet question: not one of the five sensitive categories of the brief', kind=['nonsens'])

# ---- 88 password: txt attachment
add('toegang-kassa-txt', KO, [ST['bart']], 'toegang kassa tijdens mijn afwezigheid',
    t('''
    Bart,

    Ik ben van maandag tot woensdag op opleiding. In bijlage hoe je aan de kassa de dagontvangst afsluit, met de gegevens om aan te melden.

    Koen
    ''') + sig('koen'), atts=[('toegang_kassa.txt', t('''
    KASSA REFTER - DAGAFSLUITING
    1. Aanmelden op kassa-pc: gebruiker kassa-beheer / wachtwoord Zz!Refter2024
    2. KassaPlus > Rapporten > Z-rapport
    3. Betaalterminal: beheermenu, code 6392, "dagtotaal"
    4. Envelop met cash in de kluis (combinatie: vraag aan Hilde)
    ''').encode('utf-8'))], rules=['password'], note='text attachment with a login, a password and a terminal code',
    kind=['pw'])

# ---- 89 sensitive correct: speech therapy, early lunch
add('kiara-logopedie-vroeger-eten', G, [par('kiara_mbala')], 'Vroeger eten op dinsdag',
    t('''
    Beste mevrouw Mbala,

    Omdat Kiara (1D) op dinsdag om 12u15 naar de logopedist gaat voor haar taalstoornis, mag ze die dag om 11u40 al aan het keukenluik haar maaltijd komen halen. Ik heb dat zo afgesproken met de zorgcoördinator. Ze eet dan samen met het personeel aan tafel 19.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['care']}, about=[pid('kiara_mbala')],
    note="named pupil's speech therapy for a language disorder", kind=['sens'])

# ---- 90 bcc: parents of the kitchen helpers visible in To
helpers = ['robbe_vercammen', 'salma_elamrani', 'louise_willems', 'hugo_vos']
add('bedankontbijt-refterhelpers', G, [par(k) for k in helpers], 'Uitnodiging bedankontbijt refterhelpers',
    t('''
    Beste ouders,

    Uw zoon of dochter helpt dit schooljaar mee in de refter. Als bedankje nodigen we de refterhelpers uit op het personeelsontbijt op vrijdag 31 januari om 8u in de refter. De leerlingen mogen het eerste lesuur missen.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['bcc'], about=[],
    note='four parents of different families visible to each other in To; no pupil named, nothing sensitive', kind=[])

# ---- 91 sensitive: placement in a foster family
add('amira-pleeggezin-facturatie', ST['sara'], [KO], 'Facturatie refter Amira Haddad',
    t('''
    Koen,

    Amira Haddad (3B) is sinds vorige week door de jeugdrechter geplaatst in een pleeggezin (familie Van Rompay). De facturen van de refter moeten vanaf nu naar de pleegzorgdienst en niet meer naar de moeder. Mama heeft geen contactrecht via school; geef haar dus geen informatie als ze belt.

    Kan je het facturatieadres in de schooladministratie aanpassen?

    Sara
    ''') + sig('sara'), rules=['sensitive'], cats={'sensitive': ['family']}, about=[pid('amira_haddad')],
    note='named pupil placed in a foster family by the youth judge, contact restrictions', kind=['sens'])

# ---- 92 general letter: staff, inspection result
add('resultaat-inspectie-voedselveiligheid', DIR, [DIR], 'Resultaat inspectie voedselveiligheid',
    t('''
    Beste collega's,

    Op 19 november kreeg onze keuken een inspectie van de voedselveiligheid. Het resultaat is goed: de keuken voldoet, met twee aandachtspunten:

    1. De temperatuur van koelcel 2 werd niet elke dag geregistreerd.
    2. De handwasbak bij de afwas had geen papieren handdoekjes.

    Beide punten zijn intussen opgelost. Een dikke merci aan Greet, Ahmed en het hele keukenteam!

    Voor alle collega's die in de keuken komen (toezicht, klasactiviteiten): handen wassen bij het binnenkomen en geen jassen of tassen in de keuken.

    De directie
    '''), bcc=['personeel@spc.ksleuven.be'], rules=[], note='general staff letter about the inspection result, personeel@ in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 93 password: private gmail forward of supplier login
add('fw-login-dijleland-naar-prive', G, [('Greet Maes', 'greet.maes67@gmail.com')], 'FW: Uw account Dijleland webshop',
    t('''
    om thuis te bestellen
    ''') + fwd_block(t('''
    Beste klant,

    Uw account voor de Dijleland webshop werd aangemaakt.
    Klantnummer: 40022817
    Gebruikersnaam: keuken.wilsele
    Wachtwoord: Dijle-Kok#77

    Met vriendelijke groeten,
    Dijleland Foodservice
    '''), 'Dijleland Foodservice <bestellingen@dijleland-foodservice.be>', 'greet.maes@sintpieterscollege.be',
        'Uw account Dijleland webshop', earlier(N(), 3, 1)),
    rules=['password', 'private_account'], note='staff forwards school mail with a supplier password to her private gmail',
    kind=['pw'])

# ---- 94 non-sensitive correct: packed lunch for excursion
add('lunchpakket-uitstap-elias', G, [par('elias_vandevelde')], 'Lunchpakket uitstap Brussel',
    t('''
    Beste mijnheer Vandevelde,

    Elias (6B) heeft voor de uitstap naar Brussel van donderdag een lunchpakket besteld via de app. Hij kan het om 7u45 ophalen aan het keukenluik. Er zit een broodje kaas, een appel, een koek en een flesje water in; het wordt van zijn maaltijdkaart afgeschreven.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('elias_vandevelde')], note="trip's practical details, no sensitive fact",
    kind=['nonsens'])

# ---- 95 attachment: zip with a batch file
add('printerdriver-bonnenprinter-zip', TO, [G], 'Driver bonnenprinter',
    t('''
    Greet,

    De KassaPlus-technieker kon niet komen. In de zip zit een scriptje dat de driver van de bonnenprinter opnieuw installeert. Uitpakken op de kassa-pc en install_printer.bat als administrator uitvoeren.

    Tom
    ''') + sig('tom'), atts=[('Bonnenprinter_driver.zip', zipbytes([
        ('install_printer.bat', b'@echo off\r\nrem herinstalleer driver bonnenprinter\r\npnputil /add-driver .\\tmt20iii.inf /install\r\nnet stop spooler\r\nnet start spooler\r\n'),
        ('tmt20iii.inf', b'; driver placeholder\r\n[Version]\r\nSignature="$Windows NT$"\r\n')]))],
    rules=['attachment'], note='zip archive containing a .bat script', kind=[])

# ---- 96 non-sensitive misdirected: Aya Benali's forgotten card to fatima.benali (El Amrani family)
add('maaltijdkaart-aya-vergeten', ST['secr'], [par('youssef_elamrani')], 'Maaltijdkaart Aya',
    t('''
    Beste mevrouw Benali,

    Aya (1A) heeft deze week al drie keer haar maaltijdkaart vergeten. Ze heeft telkens toch gegeten; de maaltijden zijn achteraf van haar kaart afgeschreven. Wilt u er samen met haar op letten dat de kaart in haar boekentas zit? Een nieuwe kaart kan gratis aangevraagd worden als ze hem kwijt is.

    Vriendelijke groeten,
    Leerlingensecretariaat
    '''), rules=['recipient'], about=[pid('aya_benali')], mis=True,
    note="about Aya Benali but sent to fatima.benali@ (mother of Youssef and Salma El Amrani): surname in the address, wrong family; no sensitive fact",
    kind=['nonsens'])

# ---- 97 password: alarm code
add('alarmcode-keuken-vroege-dienst', HI, [AH], 'Vroege dienst maandag',
    t('''
    Dag Ahmed,

    Omdat Greet maandag afwezig is, open jij de keuken om 6u30. De alarmcode van de keukenvleugel is 4409, daarna op OFF drukken. Het klavier hangt rechts van de achterdeur. Als het alarm toch afgaat: code opnieuw ingeven binnen 30 seconden, anders belt de centrale mij.

    Hilde
    ''') + sig('hilde'), rules=['password'], note='alarm code of the kitchen wing', kind=['pw'])

# ---- 98 look-alike: dishwasher repair with inventory numbers (no service code)
add('herstelling-vaatwas-inventaris', G, [EXT['vaatwas']], 'Herstelling vaatwasmachine INV-2231',
    t('''
    Goedemiddag,

    Onze doorschuifvaatwasser (inventarisnummer school INV-2231, toestelnummer 4471-AX-09) geeft sinds vrijdag opnieuw foutcode E14, ook na de reset die uw collega uitlegde. Het water in de naspoeling wordt niet warmer dan 62 graden.

    Kan er deze week iemand langskomen? Interventienummer van de vorige keer: 2024/1187.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=[], charset='windows-1252', note='inventory, device, error and intervention numbers; the service code is not mentioned',
    kind=['lookalike'])

# ---- 99 misdirected: Arthur's care arrangement to Nina Devos' father (wrong row)
add('arthur-weekmenu-papier', G, [par('nina_devos')], 'Weekmenu op papier',
    t('''
    Beste ouders van Arthur,

    Zoals afgesproken in het handelingsplan krijgt Arthur elke vrijdag het menu van de volgende week op papier. Omdat hij door zijn autisme erg gehecht is aan voorspelbaarheid, verwittigen we hem ook persoonlijk als er iets verandert aan het menu. Hieronder het menu voor volgende week:

    ma  kip met appelmoes
    di  spaghetti bolognese
    do  vispannetje
    vr  balletjes in tomatensaus

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=['sensitive', 'recipient'], cats={'sensitive': ['care']}, about=[pid('arthur_goossens')],
    mis=True, note="about Arthur Goossens (4A, autism, care plan) but sent to the father of Nina Devos, same class: wrong row of the class list",
    kind=['sens'])

# ---- 100 general letter: staff, new cash register and terminal (no PIN)
add('nieuwe-kassa-betaalterminal-personeel', DIR, [DIR], 'Nieuwe kassa en betaalterminal in de refter',
    t('''
    Beste collega's,

    Vanaf maandag werkt de refter met een nieuwe kassa en een nieuwe betaalterminal. Ook leerkrachten kunnen hun maaltijd voortaan met Bancontact of Payconiq betalen.

    De collega's die soms aan de kassa helpen (toezicht, vervanging), krijgen een persoonlijke pincode van Greet Maes. Pincodes worden nooit per mail verstuurd: Greet geeft ze mondeling of in een gesloten enveloppe.

    De directie
    '''), bcc=['personeel@spc.ksleuven.be'], rules=[], note='general staff letter about PINs without any PIN, list in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 101 sensitive + private: Koen forwards unpaid list to his private hotmail
add('fw-openstaande-saldi-naar-thuis', KO, [('Koen Verhaegen', 'koen.verhaegen@hotmail.com')], 'FW: openstaande saldi refter',
    t('''
    om thuis verder af te werken
    ''') + fwd_block(t('''
    Koen, hierbij de export van de negatieve kaarten voor de herinneringen. Groetjes, Greet
    '''), 'Greet Maes <greet.maes@sintpieterscollege.be>', 'kve@spc.ksleuven.be', 'openstaande saldi refter', earlier(N(), 0, 5)),
    atts=[('openstaande_saldi_refter.xlsx', xlsx([
        ['Leerling', 'Klas', 'Saldo', 'Herinneringen', 'Opmerking'],
        ['Lucas Janssens', '2A', -48.6, 2, ''],
        ['Ruben Michiels', '3B', -112.4, 3, 'afbetalingsplan'],
        ['Dylan Vos', '2D', -86.2, 3, 'Sociaal Huis contacteren'],
        ['Jana Wuyts', '3C', -64.8, 1, 'betaalt in schijven'],
        ['Liam Bogaerts', '1B', -37.8, 1, 'wacht op schooltoeslag']], sheet='Saldi'))],
    rules=['sensitive', 'private_account'], cats={'sensitive': ['financial']},
    about=[pid(k) for k in ['lucas_janssens', 'ruben_michiels', 'dylan_vos', 'jana_wuyts', 'liam_bogaerts']],
    note='staff forwards an xlsx with named pupils\' unpaid balances to his private hotmail', kind=['sens'])

# ---- 102 password: iPhone door code
add('code-poort-sporthal', G, [DI], 'poort',
    t('''
    Code poort sporthal = 1402
    Voor de levering van de nieuwe frietketel om 7u.

    Verzonden vanaf mijn iPhone
    '''), rules=['password'], note='gate code in a short phone mail', kind=['pw'], mailer='iphone', fmt=['phone'],
    cte='8bit')

# ---- 103 non-sensitive correct: internship, deregister
add('stage-senne-afmelden', G, [par('senne_vanacker')], 'Afmelding maaltijden tijdens stage',
    t('''
    Beste mijnheer Vanacker,

    Senne (6A) is van 10 tot 21 februari op stage en eet dan niet op school. Ik heb zijn maaltijden voor die twee weken geannuleerd; het bedrag blijft gewoon op zijn kaart staan.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('senne_vanacker')], note='internship, meals cancelled: nothing sensitive',
    kind=['nonsens'])

# ---- 104 general letter: halal / religious options
add('levensbeschouwelijke-maaltijden', DIR, [DIR], 'Maaltijden en levensbeschouwing',
    t('''
    Beste ouders,

    Elke dag is er in de refter een vegetarische schotel. Op het menubord en in de app staat duidelijk aangeduid welke gerechten varkensvlees of rundvlees bevatten. Tijdens de ramadan of de vasten hoeven leerlingen niet naar de refter te komen en kunnen ze in de studiezaal terecht.

    Heeft u vragen over de maaltijden, neem dan contact op met Greet Maes via de school.

    De directie
    '''), bcc=class_parents('5A', '5B', '5C'), rules=[], note='general letter about religious diets, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 105 sensitive correct: sanction letter to Milan's parents
add('sanctie-milan-refter', ST['pieter'], [par('milan_dewilde')], 'Incident refter - Milan',
    t('''
    Beste ouders,

    Zoals telefonisch besproken heeft Milan dinsdag in de refter zijn bord naar een medewerkster van de keuken gegooid. Gelukkig raakte niemand gewond. De klassenraad heeft beslist dat Milan twee dagen (donderdag en vrijdag) niet in de refter mag eten; hij eet dan in het lokaal van de leerlingbegeleiding. Daarnaast volgt een herstelgesprek met de medewerkster.

    De ordemaatregel werd genoteerd in Smartschool.

    Met vriendelijke groeten,
    ''') + sig('pieter'), rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=[pid('milan_dewilde')],
    note="parents of Milan: behaviour incident and sanction", kind=['sens'])

# ---- 106 password: changed password told to colleague
add('wachtwoord-bakkerij-gewijzigd', AH, [G], 'Deroover portaal',
    t('''
    Greet,

    Het portaal van Deroover vroeg vanmorgen om het wachtwoord te veranderen (het oude was verlopen). Ik heb het veranderd naar Keuken2024! zodat we het allebei kunnen onthouden. Gebruikersnaam blijft spcwilsele.

    Ahmed
    '''), rules=['password'], note='new portal password told to a colleague', kind=['pw'])

# ---- 107 attachment: macro document
add('allergieformulier-macro-docm', EV, [ST['sara']], 'Nieuw allergieformulier met automatische lijst',
    t('''
    Dag Sara,

    Mijn man heeft een allergieformulier in Word gemaakt met een macro die de antwoorden automatisch in een lijst zet. Wil je het eens testen? Bij het openen moet je de macro's toelaten.

    Evy
    ''') + sig('evy'), atts=[('Allergieformulier_auto.docm', docx([
        'Allergie- en dieetformulier refter', 'Naam leerling:', 'Klas:', 'Allergie:', 'Dieet:'], macro=True))],
    rules=['attachment'], note='Word document with macros (.docm), blank form', kind=[])

# ---- 108 non-sensitive correct: lost sweater
add('trui-febe-refter', G, [par('febe_lemmens')], 'Trui Febe',
    t('''
    Dag mevrouw Lemmens,

    Febe (2C) liet gisteren haar grijze trui met de naam "Febe L." achter aan tafel 9. Ze mag hem komen halen aan het keukenluik.

    Groetjes,
    ''') + sig('greet'), rules=[], about=[pid('febe_lemmens')], note='lost sweater, nothing sensitive', kind=['nonsens'])

# ---- 109 password: meal app parent account temp password, correct parent
add('ouderaccount-maaltijdweb-hajar', ST['secr'], [par('hajar_tahiri', 2)], 'Ouderaccount MaaltijdWeb',
    t('''
    Beste mevrouw Tahiri,

    U vroeg een nieuw ouderaccount voor de maaltijdapp, zodat u de maaltijden van Hajar (1C) en Ayoub (4B) kan opvolgen. Uw account is aangemaakt:

    gebruikersnaam: mariam.tahiri
    tijdelijk wachtwoord: X7k9-PQ2m

    Bij de eerste aanmelding vraagt de app om een eigen wachtwoord te kiezen.

    Vriendelijke groeten,
    Leerlingensecretariaat
    '''), rules=['password'], about=[pid('hajar_tahiri'), pid('ayoub_tahiri')],
    note='temporary password of a parent account sent to the right mother of both siblings; no sensitive fact',
    kind=['pw'])

# ---- 110 sensitive correct: school allowance
d0 = earlier(N(), 0, 3)
orig = t('''
    Beste,
    Ik weet dat de kaart van Liam negatief staat. Ik ben alleen met drie kinderen en het lukt deze maand echt niet. De schooltoeslag komt pas in november, kan ik dan alles in één keer betalen?
    Jessica Bogaerts
    ''')
add('re-schooltoeslag-liam', KO, [par('liam_bogaerts')], 'RE: kaart Liam',
    t('''
    Beste mevrouw Bogaerts,

    Dat is geen probleem. We noteren dat de achterstand van Liam (37,80 euro) betaald wordt zodra de schooltoeslag binnen is. Liam kan intussen gewoon verder warm eten en krijgt geen herinneringen meer. Als u wil, kan u ook bij het Sociaal Huis informeren naar een tussenkomst in de maaltijden.

    Met vriendelijke groeten,
    ''') + sig('koen') + ol_quote(orig, 'Jessica Bogaerts <%s>' % par('liam_bogaerts'), 'Koen Verhaegen', 'kaart Liam', d0),
    rules=['sensitive'], cats={'sensitive': ['financial']}, about=[pid('liam_bogaerts')], reply=True,
    note='arrears to be paid with the school allowance, single parent with money problems', kind=['sens'])

# ---- 111 personal_data: IBAN refund to a parent
iban_ref = be_iban('0635512784')
add('terugbetaling-saldo-thibault', KO, [par('thibault_dubois')], 'Terugbetaling saldo maaltijdkaart Thibault',
    t('''
    Beste mevrouw Dubois,

    Omdat Thibault (5C) na de kerstvakantie naar een andere school gaat, betalen we het resterende saldo van zijn maaltijdkaart (23,50 euro) terug. Ik heb het bedrag vandaag overgeschreven naar het rekeningnummer dat u opgaf:

    %s (op naam van C. Dubois)

    Vriendelijke groeten,
    ''' % iban_ref) + sig('koen'), rules=['personal_data'], about=[pid('thibault_dubois')],
    note="valid IBAN of the parent; a refund because of a school change is not a financial hardship",
    kind=['nonsens'])

# ---- 112 sensitive: dietitian about Lotte (external)
add('dietiste-glutenvrij-lotte', G, [EXT['dietist']], 'Glutenvrij menu Lotte Vermeulen',
    t('''
    Dag Karen,

    Mevrouw Vermeulen gaf me uw adres. Lotte Vermeulen (1A) heeft coeliakie en eet sinds september glutenvrij in onze refter. Zou u ons menu van november eens willen nalezen? Vooral de soepen en de sauzen (we binden met bloem) zijn voor ons een vraagteken. Ze is sinds de diagnose al 3 kilo vermagerd volgens mama.

    Het menu zit in bijlage.

    Met vriendelijke groeten,
    ''') + sig('greet'), atts=[('Menu_november_2024.pdf', pdf([
        'Menu refter november 2024 - campus Wilsele', 'ma 4/11 Kervelsoep - Kip curry met rijst',
        'di 5/11 Tomatensoep - Lasagne', 'do 7/11 Erwtensoep - Vis met puree', 'vr 8/11 Preisoep - Stoofvlees met frietjes']))],
    rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('lotte_vermeulen')],
    note="named pupil's coeliac disease shared with an external dietitian", kind=['sens'])

# ---- 113 look-alike: EAN / article numbers
add('vervangproducten-ean', AH, [EXT['kevin']], 'Vervangproducten glutenvrij',
    t('''
    Dag Kevin,

    De glutenvrije pasta (art. 415601, EAN 5410396201457) was vorige week niet leverbaar en jullie hebben 5410396201501 geleverd, dat is volkorenpasta. Die kunnen we niet gebruiken. Graag een creditnota en voortaan bellen als er iets vervangen wordt.

    Ahmed Bouzid
    Chef-kok Sint-Pieterscollege Wilsele
    '''), rules=[], note='article and EAN barcode numbers, nothing secret', kind=['lookalike'])

# ---- 114 general letter: new meal app activation
add('nieuwe-maaltijdapp-ouders', DIR, [DIR], 'Nieuw: ouderaccount in de maaltijdapp',
    t('''
    Beste ouders,

    Vanaf 6 januari kan u uw kind ook zelf inschrijven voor de warme maaltijden via de app MaaltijdWeb; tot nu toe deden de leerlingen dat zelf. U ontvangt deze week een persoonlijke activatielink op het e-mailadres dat in Smartschool staat. Via die link kiest u zelf een wachtwoord.

    Opgelet: de school vraagt u nooit om uw wachtwoord door te sturen, ook niet per e-mail of telefoon. Krijgt u zo'n vraag, meld het dan aan privacy@lksd.ksleuven.be.

    De directie
    '''), bcc=['ouders-wilsele@spc.ksleuven.be'], rules=[], note='general letter about account activation, no password, list in BCC',
    kind=['general'], fmt=['bcc-envelope'], mailer='smartschool')

# ---- 115 password: printer PIN
add('printer-keukenbureau', G, [AH], 'printen in het keukenbureau',
    t('''
    Ahmed,
    Om de menu's af te drukken op de printer in het keukenbureau moet je je pincode ingeven. Voorlopig mag je de mijne gebruiken: 3310. Ik heb bij Tom een eigen code voor jou aangevraagd.
    Greet
    '''), rules=['password'], note='printer PIN', kind=['pw'])

# ---- 116 general letter: staff supervision roster
h = outlook(P('Beste collega\'s,', '', 'Hieronder het toezichtsrooster voor de refter in het tweede trimester. Wisselen kan onderling; laat het wel weten aan het secretariaat.', '')
            + table(['Dag', 'Shift 1 (11u50-12u25)', 'Shift 2 (12u25-13u00)', 'Speelplaats'],
                    [('maandag', 'LDW, PDW', 'KNY, WST', 'BVB'), ('dinsdag', 'WST, EVL', 'LDW, JVL', 'KNY'),
                     ('donderdag', 'PDW, KNY', 'EVL, BVB', 'WST'), ('vrijdag', 'JVL, LDW', 'PDW, WST', 'EVL')])
            + P('', 'Met vriendelijke groeten,', 'Bart Vandenbussche', 'Adjunct-directeur'))
add('toezichtsrooster-refter-trimester2', ST['bart'], [ST['bart']], 'Toezichtsrooster refter 2e trimester', html_to_text(h),
    html=h, bcc=['personeel@spc.ksleuven.be'], rules=[], note='general staff roster with initials only, list in BCC',
    kind=['general'], fmt=['table', 'bcc-envelope'])

# ---- 117 password: base64 body, HACCP consultant portal
add('foodsafe-portaal-toegang', G, [AH], 'Toegang FoodSafe-portaal',
    t('''
    Dag Ahmed,

    FoodSafe Consult heeft het online portaal voor de HACCP-documenten opengezet. Daar vind je de auditrapporten en de nieuwe procedures.

    https://portaal.foodsafe-consult.be
    login: spc.wilsele
    paswoord: Haccp_Wilsele_77

    Greet
    ''') + sig('greet'), rules=['password'], cte='base64', note='portal login and password in a base64-encoded body',
    kind=['pw'])

# ---- 118 bcc: pupils' class list in CC
add('afscheidslunch-6a', ST['katrien'], [ST['greet']], 'Afscheidslunch 6A',
    cc=['leerlingen6a@spc.ksleuven.be'],
    body=t('''
    Dag Greet,

    De leerlingen van 6A (in cc) willen op vrijdag 13 juni een afscheidslunch in de refter organiseren voor hun klas en de leerkrachten, ongeveer 30 personen. Kan dat, en wat zou een buffet ongeveer kosten?

    Beste leerlingen: Greet laat ons weten wat mogelijk is.

    Katrien
    ''') + sig('katrien'), rules=['bcc'], note='pupils class list leerlingen6a@ in CC', fmt=['group-in-to'])

# ---- 119 sensitive: csv allergy list 3A with dates of birth (personal_data)
c3a = in_class('3A', exclude=['victor_leclercq', 'elif_yilmaz', 'lars_peeters', 'oleksandr_kovalenko', 'bilal_chaoui'])
lisa = pup('lisa_verbeke')
rows = [['Intern nummer', 'Naam', 'Voornaam', 'Klas', 'Geboortedatum', 'Allergie/dieet', 'Ernst'],
        [pid('victor_leclercq'), 'Leclercq', 'Victor', '3A', '17/02/2010', 'sesam', 'ernstig - auto-injector'],
        [pid('elif_yilmaz'), 'Yilmaz', 'Elif', '3A', '03/09/2009', 'lactose-intolerantie', 'licht'],
        [lisa['id'], lisa['last'], lisa['first'], '3A', '28/11/2009', 'glutenvrij (coeliakie)', 'strikt']]
add('export-allergieen-3a-csv', ST['sara'], [AH], 'Export allergieën 3A',
    t('''
    Ahmed,

    Hierbij de export uit Smartschool van de allergieën van 3A voor de kookles van donderdag in de keuken. De kolom geboortedatum zit er automatisch bij, die mag je negeren.

    Sara
    ''') + sig('sara'), atts=[('allergieen_3A.csv', csvb(rows))], rules=['sensitive', 'personal_data'],
    cats={'sensitive': ['medical']}, about=[pid('victor_leclercq'), pid('elif_yilmaz'), lisa['id']],
    note='csv with named pupils, their allergies and dates of birth', kind=['sens'])

# ---- 120 misdirected non-sensitive: Louise Willems' menu question answered to Louise Cools' mother
add('re-menu-louise-verkeerde-louise', G, [par('louise_cools')], 'RE: soep op woensdag',
    t('''
    Dag mevrouw,

    Op woensdag is er inderdaad geen warme maaltijd, enkel soep en broodjes. Louise kan dus gerust haar eigen lunch meebrengen; voor 5B is er toezicht in de refter tot 12u45.

    Groeten,
    ''') + sig('greet'), rules=['recipient'], about=[pid('louise_willems')], mis=True, reply=True,
    note="answer meant for the parent of Louise Willems (5B) sent to the mother of Louise Cools (1C): same first name; nothing sensitive",
    kind=['nonsens'])

# ---- 121 password: spelled out in words
add('wachtwoord-tablet-uitgespeld', G, [MA], 'tablet registratie',
    t('''
    Marleen,

    Voor de tablet aan het luik (app voor de maaltijdregistratie) is het wachtwoord het woord "luikje" met een hoofdletter L, dan het getal zevenenveertig, en op het einde een uitroepteken. Dus alles aan elkaar.

    Greet
    '''), rules=['password'], note='password spelled out in words', kind=['pw'])

# ---- 122 ordinary: kitchen staff schedule (colleagues individually, no phone numbers)
add('uurrooster-keuken-januari', G, [AH, MA, NA, DI], 'Uurrooster keuken januari',
    t('''
    Dag allemaal,

    Het uurrooster voor januari:

    Ahmed    ma-vr   6u30 - 14u30
    Marleen  ma-do   7u00 - 13u30
    Nadia    ma-vr  10u00 - 14u00 (kassa)
    Dirk     ma-vr  11u00 - 16u00 (afwas, poetsen)

    Woensdag: enkel broodjes, Marleen en Nadia tot 13u.
    Verlofaanvragen voor de krokusvakantie graag tegen eind januari.

    Greet
    ''') + sig('greet'), rules=[], note='schedule to four individual colleagues in To; no phone numbers, no group address', kind=[])

# ---- 123 sensitive: English mail to Olivia's parents, soy allergy
add('olivia-soy-allergy', G, [par('olivia_brown')], "Olivia's soy allergy",
    t('''
    Dear Mr Brown,

    Thank you for the allergy form and the letter from Olivia's allergist. We understand that Olivia (2D) has a soy allergy and carries antihistamines. Soy is used in several of our sauces and in the vegetarian burgers, so we will prepare a separate plate for her on those days and mark it with her name.

    If her treatment changes, please let us know.

    Kind regards,
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('olivia_brown')], lang='en',
    note="English mail to Olivia's father about her soy allergy and medication", kind=['sens'])

# ---- 124 password: private hotmail of kitchen staff, cash register PIN
add('pin-kassa-vanaf-hotmail', ('Nadia El Idrissi', 'nadia.elidrissi85@hotmail.com'), [G], 'kassa morgen',
    t('''
    Hoi Greet, ik moet morgen thuisblijven met de kinderen, mijn schoolmail werkt niet op mijn gsm. Fatima van de poetsdienst kan de kassa overnemen, ze mag inloggen met mijn pin 4817. Sorry!
    Nadia
    '''), rules=['password', 'private_account'], mailer='iphone',
    note='staff member sends school business and the cash register PIN from her private hotmail', kind=['pw'], fmt=['phone'])

# ---- 125 look-alike: PIN blocked, no PIN
add('betaalterminal-pin-geblokkeerd', G, [EXT['paypoint']], 'Terminal toont "PIN geblokkeerd"',
    t('''
    Goedemorgen,

    Onze betaalterminal (contract 77-0419, terminal-ID WIL-REF-02) toont sinds vanmorgen de melding "PIN geblokkeerd - contacteer uw leverancier" wanneer we het beheermenu willen openen. Betalingen met Bancontact werken wel nog.

    Kunnen jullie de beheerderscode resetten en de nieuwe code per aangetekende brief naar de directie sturen? Graag niet per e-mail.

    Met vriendelijke groeten,
    ''') + sig('greet'), rules=[], note='about a blocked PIN without giving any PIN; contract and terminal numbers open nothing',
    kind=['lookalike'])

# ---- 126 general letter: soup subscription
add('soepabonnement-ouders', DIR, [DIR], 'Nieuw: soepabonnement',
    t('''
    Beste ouders,

    Vanaf februari kunnen leerlingen een soepabonnement nemen: elke dag verse soep uit onze keuken voor 0,70 euro in plaats van 0,80 euro. U kan het abonnement activeren in de MaaltijdWeb-app onder "Abonnementen". Het abonnement loopt per trimester.

    Smakelijk!
    De directie
    '''), bcc=class_parents('1C', '1D', '2A'), rules=[], note='general letter to parents, parents in BCC', kind=['general'],
    fmt=['bcc-envelope'])

# ---- 127 private: staff gmail private matter (allowed)
add('prive-verjaardag-zus', ('Greet Maes', 'greet.maes67@gmail.com'), ['hilde.maes@telenet.be'], 'zaterdag',
    t('''
    Hey zus,

    Ik breng zaterdag de taart mee voor mama's verjaardag, jij de bloemen? Om 15u bij haar.

    x Greet
    '''), rules=[], mailer='gmail', note="staff member's private mail about a private matter from her private account: allowed",
    kind=[])

# ---- 128 sensitive: Word-pasted notes of the care meeting (several pupils)
word = t('''
    VERSLAG OVERLEG ZORG – KEUKEN
    Datum: donderdag 16 januari 2025, 14u00, lokaal A012
    Aanwezig: Evy Van Looy (zorgcoördinator), Greet Maes (keuken), Joris Vanderlinden (leerlingbegeleiding)
    Verontschuldigd: Bart Vandenbussche

    1. Opvolging leerlingen met een dieet
       • Noah De Smet (2C) – diabetes type 1: schema met koolhydraten loopt goed, blijven doorgeven aan mama.
       • Lotte Vermeulen (1A) – coeliakie: diëtiste heeft het menu nagekeken; soepen voortaan zonder bloem.
       • Mila Jacobs (1C) – notenallergie: tweede EpiPen in de keuken, vervaldatum april 2025 nakijken.

    2. Leerlingen met een zorgplan tijdens de middag
       • Arthur Goossens (4A) – ASS: stille tafel werkt, weekmenu op papier blijft.
       • Ines Mertens (2B) – angstklachten in de drukte: eet in lokaal naast het secretariaat, evaluatie na krokus.

    3. Gezinssituaties
       • Amira Haddad (3B) – pleeggezin: facturen naar pleegzorgdienst (in orde sinds januari).
       • Daan Verstraeten (2B) – na het overlijden van papa: gratis maaltijden tot krokus wegens financiële problemen (beslissing directie).

    4. Varia
       • Allergielijsten enkel in de afgesloten map, niet aan het luik.
       • Volgend overleg: donderdag 20 maart.
    ''')
fam = ['noah_desmet', 'lotte_vermeulen', 'mila_jacobs', 'arthur_goossens', 'ines_mertens', 'amira_haddad', 'daan_verstraeten']
add('verslag-overleg-zorg-keuken', EV, [G, JO], 'Verslag overleg zorg-keuken 16/01',
    t('''
    Dag Greet, dag Joris,

    Hieronder het verslag van ons overleg (ook in de map op de server).

    Evy

    ''') + word + sig('evy'), rules=['sensitive'], cats={'sensitive': ['medical', 'care', 'family', 'financial', 'psychosocial']},
    about=[pid(k) for k in fam], fmt=['word-paste'],
    note='Word-pasted minutes listing named pupils with diets/illness (medical), care plans (care), foster care and a death (family), free meals (financial), anxiety (psychosocial)',
    kind=['sens'])

# ---- 129 misdirected password: Lore Pauwels' account sent in the thread of Jules Hermans' mother
d0 = earlier(N(), 1, 2)
orig = t('''
    Dag,
    Hoe kan ik zien of Jules zijn maaltijden van deze week betaald zijn?
    Leen Hermans
    ''')
add('re-ouderaccount-lore-verkeerde-ouder', ST['secr'], [par('jules_hermans')], 'RE: maaltijden deze week',
    t('''
    Beste mevrouw Pauwels,

    Zoals gevraagd heb ik een ouderaccount aangemaakt om de maaltijden van Lore (1B) op te volgen:

    gebruikersnaam: pauwels.lore.ouder
    tijdelijk wachtwoord: Rk4!mV8s

    Vriendelijke groeten,
    Leerlingensecretariaat
    ''') + ol_quote(orig, 'Leen Hermans <%s>' % par('jules_hermans'), 'Leerlingensecretariaat', 'maaltijden deze week', d0),
    rules=['password', 'recipient'], about=[pid('lore_pauwels')], mis=True, reply=True,
    note="temporary password of Lore Pauwels' parent account sent in the thread of Jules Hermans' mother (wrong thread)",
    kind=['pw'])

# ---- 130 general letter: staff hygiene rules
add('hygieneregels-keuken-personeel', DIR, [DIR], 'Hygiëneregels bij het betreden van de keuken',
    t('''
    Beste collega's,

    Naar aanleiding van de inspectie herhalen we de hygiëneregels voor iedereen die de keuken betreedt (ook voor toezicht, klasactiviteiten of een snelle koffie):

    - Handen wassen aan de handwasbak bij de ingang.
    - Geen jassen, tassen of gsm's op de werkbanken.
    - Haren bijeen, wegwerpschort aan bij het helpen aan het luik.
    - Wie ziek is (koorts, braken, diarree), helpt niet mee in de keuken.

    Bedankt om dit mee op te volgen.
    De directie
    '''), bcc=['personeel@spc.ksleuven.be'], rules=[], note='general staff hygiene letter, list in BCC, nobody named',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 131 password: csv with personal cash register PINs
add('pincodes-kassa-csv', G, [KO], 'pincodes kassa per medewerker',
    t('''
    Koen,

    Voor de boekhouding van de kassaverschillen: in bijlage wie met welke pincode aan de kassa werkt, zodat je in het Z-rapport ziet wie wat aanrekende.

    Greet
    ''') + sig('greet'), atts=[('pincodes_kassa.csv', csvb([
        ['Medewerker', 'Kassa-ID', 'Pincode'], ['Greet Maes', 'K01', '5520'], ['Nadia El Idrissi', 'K02', '4817'],
        ['Marleen Wouters', 'K03', '9034'], ['Dirk Coppens', 'K04', '1268'], ['Toezicht (algemeen)', 'K09', '7000']]))],
    rules=['password'], note='csv attachment listing each cash register PIN', kind=['pw'])

# ---- 132 non-sensitive correct: replacement meal card (sibling family address)
add('nieuwe-maaltijdkaart-ayoub', ST['secr'], [par('ayoub_tahiri')], 'Nieuwe maaltijdkaart Ayoub',
    t('''
    Beste mijnheer Tahiri,

    Ayoub (4B) meldde dat hij zijn maaltijdkaart verloren is. De oude kaart is geblokkeerd en het saldo staat op de nieuwe kaart, die hij morgen op het secretariaat kan ophalen. De eerste vervangkaart is gratis.

    Vriendelijke groeten,
    Leerlingensecretariaat
    '''), rules=[], about=[pid('ayoub_tahiri')], note='lost meal card replaced; nothing sensitive', kind=['nonsens'])

# ---- 133 personal_data: supplier IBAN change
sup_iban = be_iban('7360219845')
add('nieuw-rekeningnummer-slagerij', KO, [ST['boekhouding']], 'Nieuw rekeningnummer Slagerij Hendrikx',
    t('''
    Dag collega's,

    Slagerij Hendrikx heeft een nieuw rekeningnummer. Ik heb het telefonisch nagevraagd bij de zaakvoerder (geen phishing). Graag aanpassen in de leveranciersfiche vóór de betaalrun van vrijdag:

    Slagerij Hendrikx bv
    nieuw rekeningnummer: %s
    leveranciersnummer bij ons: L-0412

    Koen
    ''' % sup_iban) + sig('koen'), rules=['personal_data'], note='valid IBAN of a supplier', kind=[])

# ---- 134 sensitive: incident report to the prevention adviser
add('verslag-allergische-reactie-victor', G, [ST['luc']], 'Verslag incident refter - allergische reactie',
    t('''
    Dag Luc,

    Zoals gevraagd het verslag van het incident van donderdagmiddag:

    12u05  Victor Leclercq (3A) eet hummus bij de falafel (sesam, niet vermeld op het etiket van de leverancier).
    12u10  Rode vlekken, jeuk, moeilijk ademen. Nadia verwittigt het secretariaat.
    12u12  Sara dient zijn EpiPen toe, 112 gebeld.
    12u25  Ambulance ter plaatse, Victor naar de spoed van AZ Dijle.
    17u00  Mama laat weten dat Victor naar huis mag.

    Maatregelen: sesam geschrapt uit alle bereidingen, etiketten van de leverancier worden dubbel gecontroleerd.

    Greet
    ''') + sig('greet'), rules=['sensitive'], cats={'sensitive': ['medical']}, about=[pid('victor_leclercq')],
    note="incident report with a named pupil's allergic reaction, auto-injector and hospital", kind=['sens'])

# ---- 135 general letter: lost property
add('verloren-voorwerpen-refter', DIR, [DIR], 'Verloren voorwerpen refter',
    t('''
    Beste ouders,

    In de refter hebben zich intussen meer dan 40 brooddozen, drinkbussen en truien opgestapeld. Tot vrijdag 28 maart liggen ze uitgestald in de gang bij de refter. Wat dan niet opgehaald is, schenken we aan een goed doel.

    Tip: zet de naam van uw kind op brooddozen en drinkbussen.

    De directie
    '''), bcc=class_parents('1A', '1B', '1C', '1D'), rules=[], note='general letter about lost property, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 136 attachment: vbs script from a consultant, forwarded
add('fw-script-temperatuurlog', AH, [G], 'FW: script temperatuurexport',
    t('''
    Greet, dit kreeg ik van An van FoodSafe. Moet ik dat op de keukenpc zetten?
    Ahmed
    ''') + fwd_block(t('''
    Dag Ahmed,
    Met dit scriptje kan je de temperaturen van de loggers automatisch naar Excel zetten. Dubbelklikken volstaat.
    An Willaert
    '''), 'An Willaert <an.willaert@foodsafe-consult.be>', 'ahmed.bouzid@sintpieterscollege.be', 'script temperatuurexport',
        earlier(N(), 0, 2)),
    atts=[('temperatuur_export.vbs', b'Set fso = CreateObject("Scripting.FileSystemObject")\r\n'
                                     b'Set f = fso.OpenTextFile("C:\\Loggers\\temp.log", 1)\r\n'
                                     b'\' exporteer naar csv\r\nWScript.Echo "Klaar"\r\n')],
    rules=['attachment'], note='forwarded VBScript file', kind=[])

# ---- 137 password: meal card PIN for the top-up kiosk, correct parent
add('pincode-maaltijdkaart-tuur', ST['secr'], [par('tuur_baeten')], 'Nieuwe maaltijdkaart Tuur - pincode',
    t('''
    Beste ouders,

    Tuur (1A) kreeg vandaag zijn nieuwe maaltijdkaart. Om de kaart aan de oplaadzuil in de refter op te laden, heeft hij deze pincode nodig: 7734.

    Bewaar de code goed en geef ze niet aan klasgenoten.

    Vriendelijke groeten,
    Leerlingensecretariaat
    '''), rules=['password'], about=[pid('tuur_baeten')], note="PIN of the pupil's meal card sent to his parent (correct address)",
    kind=['pw'])

# ---- 138 bcc + personal_data: staff group list in To with mobile numbers
add('bereikbaarheid-keukenteam', G, ['keukenteam@spc.ksleuven.be'], 'Wie belt wie bij ziekte',
    t('''
    Dag allemaal,

    Als je 's morgens niet kan komen, bel dan vóór 7u de volgende persoon in de lijst:

    Greet     0472 31 88 05
    Ahmed     0486 12 74 39
    Marleen   0495 63 20 17
    Nadia     0468 22 91 40
    Dirk      0479 05 66 12

    Niet sms'en, echt bellen aub.

    Greet
    '''), rules=['bcc', 'personal_data'], fmt=['group-in-to'],
    note='kitchen-team list (a staff group) in To, and staff mobile numbers', kind=[])

# ---- 139 non-sensitive correct: birthday treat (sibling family address)
add('verjaardag-jonas-traktatie', G, [par('jonas_vermeulen', 2)], 'Traktatie verjaardag Jonas',
    t('''
    Dag mijnheer Vermeulen,

    Jonas (4B) mag voor zijn verjaardag gerust een taart meebrengen voor zijn klas. Ze kunnen die na het middageten opeten aan tafel 11. Graag een gekochte taart met etiket (allergenen), geen zelfgebakken taart.

    Groetjes,
    ''') + sig('greet'), rules=[], about=[pid('jonas_vermeulen')], note='birthday treat, no date of birth, nothing sensitive',
    kind=['nonsens'])

# ---- 140 ordinary: hatch repair request
add('uitgifteluik-klemt', DI, [ST['technische']], 'uitgifteluik refter klemt',
    t('''
    Hallo,

    Het rolluik van het uitgifteluik in de refter klemt aan de linkerkant en gaat maar half open. Er zit waarschijnlijk iets in de geleider. Kan iemand dit voor maandag 11u45 bekijken?

    Dirk Coppens
    Keuken & onderhoud
    '''), rules=[], note='ordinary repair request', kind=[], charset='windows-1252', cte='8bit')

# ---- 141 general letter: staff allergy policy on trips
add('allergieen-bij-uitstappen-personeel', DIR, [DIR], 'Allergieën en diëten bij uitstappen',
    t('''
    Beste collega's,

    Bij uitstappen met lunchpakket of restaurantbezoek vragen we de begeleidende leerkrachten:

    - Bestel lunchpakketten ten laatste 5 werkdagen vooraf via de keuken.
    - Vraag de allergielijst van de klas op bij de zorgcoördinator; neem ze mee in een gesloten enveloppe en vernietig ze na de uitstap.
    - Controleer vóór vertrek of leerlingen met noodmedicatie die bij zich hebben.

    De directie
    '''), bcc=['personeel@spc.ksleuven.be'], rules=[], note='general staff letter on allergy policy, nobody named, list in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 142 personal_data: inspector mobile number
add('planning-herinspectie', G, [HI], 'Herinspectie keuken',
    t('''
    Hilde,

    De inspecteur van de voedselveiligheid, de heer Raes, komt op dinsdag 8 april terug voor de herinspectie van de twee aandachtspunten. Als er iets verandert, kan je hem rechtstreeks bellen op 0497 41 26 83.

    Greet
    ''') + sig('greet'), rules=['personal_data'], note="mobile number of an outside person", kind=[])

# ---- 143 sensitive: Youssef, CLB referral after parents' separation
add('youssef-aanmelding-clb', EV, [EXT['clb']], 'Aanmelding Youssef El Amrani (2C)',
    t('''
    Dag Eline,

    Ik meld graag Youssef El Amrani (2C) aan. Sinds zijn ouders in december uit elkaar zijn gegaan, verblijft hij om de week bij mama en bij papa. Het keukenpersoneel merkt dat hij 's middags nauwelijks eet in de weken bij papa. Op school oogt hij erg angstig en hij is twee keer in tranen uitgebarsten in de refter.

    Mama vraagt begeleiding door het CLB. Kunnen we een intake plannen?

    Evy
    ''') + sig('evy'), rules=['sensitive'], cats={'sensitive': ['family', 'psychosocial', 'care']}, about=[pid('youssef_elamrani')],
    note='named pupil: parents separated, co-parenting (family), anxiety (psychosocial), CLB referral (care)',
    kind=['sens'])

# ---- 144 private: staff school account, short personal use
add('marleen-ophalen-kinderen', MA, ['johan.wouters71@telenet.be'], 'vanavond',
    t('''
    Johan, kan jij de kinderen vanavond om 17u aan de voetbal ophalen? Ik moet langer blijven voor de schoonmaak van de keuken.
    x M
    '''), rules=[], note='limited personal use of a school account: allowed, nothing to flag', kind=[])

# ---- 145 general letter: school allowance info
add('schooltoeslag-info-ouders', DIR, [DIR], 'Schooltoeslag en schoolkosten',
    t('''
    Beste ouders,

    Wist u dat u misschien recht hebt op een schooltoeslag van de Vlaamse overheid? Die wordt automatisch toegekend via het Groeipakket als uw gezinsinkomen onder een bepaalde grens ligt. Meer informatie vindt u op de website van uw uitbetaler van het Groeipakket.

    Met de schooltoeslag kan u onder meer de maaltijden in de refter betalen. Heeft u vragen over de schoolrekening, dan kan u altijd vertrouwelijk terecht bij het economaat.

    De directie
    '''), bcc=class_parents('6A', '6B', '6C'), rules=[], note='general information on the school allowance, nobody named, parents in BCC',
    kind=['general'], fmt=['bcc-envelope'])

# ---- 146 non-sensitive correct: jacket (half-sibling family address)
add('jas-thibault-refter', G, [par('thibault_dubois', 2)], 'Jas Thibault',
    t('''
    Beste mijnheer Dubois,

    Thibault (5C) heeft gisteren zijn zwarte winterjas laten hangen aan de kapstok van de refter. Hij kan hem ophalen aan het keukenluik; de jas hangt in de kast naast de kassa.

    Vriendelijke groeten,
    ''') + sig('greet'), rules=[], about=[pid('thibault_dubois')], note='lost jacket, nothing sensitive', kind=['nonsens'])

# ---- 147 ordinary: FAVV report forwarded to the direction (pdf, no pupils)
add('fw-inspectieverslag-pdf', G, [HI, ST['bart']], 'FW: Inspectieverslag keuken campus Wilsele',
    t('''
    Hilde, Bart,

    Hierbij het officiële verslag van de inspectie. Zoals verwacht: twee aandachtspunten, geen sancties.

    Greet
    ''') + sig('greet'), atts=[('Inspectieverslag_2024-11-19.pdf', pdf([
        'Inspectieverslag voedselveiligheid - Sint-Pieterscollege campus Wilsele (keuken)',
        'Resultaat: conform, met opmerkingen.',
        'Opmerking 1: temperatuurregistratie koelcel 2 onvolledig.',
        'Opmerking 2: handwasvoorziening afwas zonder papieren handdoekjes.',
        'Herinspectie: binnen 4 maanden.']))],
    rules=[], note='ordinary forward with a harmless pdf', kind=[])

# ---- 148 general letter: CLB letter on healthy lunch
add('clb-brief-gezonde-lunch', DIR, [DIR], 'Brief van het CLB: gezond eten op school',
    t('''
    Beste ouders,

    In bijlage vindt u een brief van CLB Dijleland over gezonde voeding voor tieners. Het CLB geeft tips voor een evenwichtige brooddoos en legt uit wanneer u bij eetproblemen best hulp zoekt. Ouders die zich zorgen maken over het eetgedrag van hun kind, kunnen altijd terecht bij het CLB of bij onze zorgcoördinator.

    De directie
    '''), bcc=['ouders-wilsele@spc.ksleuven.be'], atts=[('CLB_brief_gezond_eten.pdf', pdf([
        'CLB Dijleland - Gezond eten op school', 'Tips voor een evenwichtige brooddoos.',
        'Wanneer hulp zoeken bij eetproblemen?']))],
    rules=[], note='general CLB information letter to all parents, nobody named, list in BCC', kind=['general'],
    fmt=['bcc-envelope'])

# ---- 149 ordinary: long Word-pasted kitchen meeting notes (no pupils, no codes)
add('verslag-keukenoverleg-februari', G, [AH, MA, NA, DI], 'Verslag keukenoverleg februari',
    t('''
    Dag allemaal,

    Het verslag van ons overleg van dinsdag:

    VERSLAG KEUKENOVERLEG – 11 FEBRUARI 2025
    Aanwezig: Greet, Ahmed, Marleen, Nadia, Dirk

    1. Menu
       • Vanaf maart elke vrijdag een vegetarische schotel als dagschotel.
       • Nieuwe soepen proberen: pastinaak, linzensoep.
    2. Leveranciers
       • Deroover levert terug op tijd sinds de nieuwe leveringsuren.
       • Dijleland: klacht over vervangproducten doorgegeven, creditnota ontvangen.
    3. Materiaal
       • Uitgifteluik hersteld door de technische dienst.
       • Nieuwe frietketel werkt goed; oude ketel gaat naar het containerpark.
    4. Varia
       • Personeelsfeest op vrijdag 27 juni.
       • Volgende overleg: dinsdag 18 maart.

    Greet
    ''') + sig('greet'), rules=[], fmt=['word-paste'], note='ordinary meeting notes to four colleagues, nothing to flag', kind=[])

# ---- 150 ordinary: Christmas menu planning with the cook
add('kerstmenu-planning', G, [AH], 'kerstmenu 19 december',
    t('''
    Ahmed,

    Voorstel voor het kerstmenu van donderdag 19 december:
    - Soep: knolselder met kervel
    - Hoofdgerecht: kalkoengebraad met kroketten en witloof
    - Veggie: bladerdeeg met paddenstoelen
    - Dessert: chocolademousse (zonder noten!)

    We rekenen op 420 maaltijden. Kan jij de bestelling bij Slagerij Hendrikx doen vóór 10 december?

    Greet
    '''), rules=[], note='ordinary menu planning', kind=[])


# =====================================================================================
# writer
# =====================================================================================
GROUP_PREFIX = ('ouders', 'leerlingen', 'personeel', 'keukenteam', 'parents')


def build(i, m):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = addr_str(m['frm'])
    if m['to']:
        msg['To'] = ', '.join(addr_str(a) for a in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(addr_str(a) for a in m['cc'])
    msg['Subject'] = m['subject']
    d = when(i)
    msg['Date'] = format_datetime(d)
    dom = addr_mail(m['frm']).split('@')[1]
    msg['Message-ID'] = '<b56.%03d.%s@%s>' % (i, d.strftime('%Y%m%d%H%M%S'), dom)
    if m['reply']:
        ref = '<b56.%03d.orig@%s>' % (i, 'mail.example.be' if not dom.endswith('.be') else dom)
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    mailer = MAILERS.get(m['mailer'])
    if mailer:
        msg['X-Mailer'] = mailer
    if m['lang'] == 'fr':
        msg['Content-Language'] = 'fr-BE'
    elif m['lang'] == 'en':
        msg['Content-Language'] = 'en-GB'
    else:
        msg['Content-Language'] = 'nl-BE'
    for k, v in m['hdr'].items():
        msg[k] = v
    body, html = m['body'], m['html']
    if body is not None:
        msg.set_content(body, charset=m['charset'], cte=m['cte'])
        if html is not None:
            msg.add_alternative(html, subtype='html', charset='utf-8', cte='quoted-printable')
    else:
        msg.set_content(html, subtype='html', charset='utf-8', cte='quoted-printable')
    for name, data in m['atts']:
        ext = name.rsplit('.', 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_56_%03d_%d' % (i, n))
            n += 1
    return msg.as_bytes(policy=policy.default)


def derive_fmt(m):
    f = []
    if m['body'] is not None and m['html'] is not None:
        f.append('alt')
    elif m['html'] is not None:
        f.append('html-only')
    else:
        f.append('plain')
    if m['body'] is not None:
        if m['charset'] == 'windows-1252':
            f.append('plain-cp1252')
        if m['cte'] == 'quoted-printable':
            f.append('plain-qp')
        elif m['cte'] == 'base64':
            f.append('plain-base64')
        elif m['cte'] == '8bit':
            f.append('plain-8bit')
    s = m['subject'].lower()
    if m['reply'] or s.startswith(('re:', 'antw:')):
        f.append('reply')
    if s.startswith(('fw:', 'fwd:', 'tr:')):
        f.append('forward')
    if m['atts']:
        f.append('mixed')
        for name, _ in m['atts']:
            f.append('attachment-' + name.rsplit('.', 1)[1].lower())
    if m['mailer'] == 'iphone' and 'phone' not in m['fmt']:
        f.append('phone')
    for x in m['fmt']:
        if x not in f:
            f.append(x)
    if m['bcc'] and 'bcc-envelope' not in f:
        f.append('bcc-envelope')
    return f


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(xs):
    return '[' + ', '.join(q(x) for x in xs) + ']'


def main():
    for fn in os.listdir(HERE):
        if fn.endswith('.eml'):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    out = ['# batch56 - canteen and kitchen of the Wilsele campus (meal cards, cash register PINs, supplier portals, allergies, free meals, general letters)']
    seen = set()
    for i, m in enumerate(MAILS, 1):
        name = '%03d-%s.eml' % (i, m['slug'])
        assert name not in seen
        seen.add(name)
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(build(i, m))
        rcpt = [addr_mail(a) for a in m['to'] + m['cc'] + m['bcc']]
        rules = m['rules']
        assert ('sensitive' in rules) == bool(m['cats']), name
        assert ('recipient' in rules) == m['mis'], name
        out.append('%s:' % name)
        out.append('  rules: [%s]' % ', '.join(rules))
        if m['cats']:
            out.append('  categories: {sensitive: [%s]}' % ', '.join(m['cats']['sensitive']))
        out.append('  mail_from: %s' % q(m['env_from'] or addr_mail(m['frm'])))
        out.append('  rcpt: %s' % flow(rcpt))
        out.append('  about: %s' % flow(m['about']))
        out.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        out.append('  note: %s' % q(m['note']))
        out.append('  lang: %s' % m['lang'])
        out.append('  format: %s' % flow(derive_fmt(m)))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    main()
