#!/usr/bin/env python3
"""batch59 - outbound mail of Sint-Pieterscollege Tienen (Stroom / LKSD) about absences and truancy.

Deterministic: fixed dates, fixed Message-IDs, seeded randomness. Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import os, random, io, zipfile, hashlib, json, datetime, unicodedata, re, glob
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email import charset as cs, encoders
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(5959)

# ---------------------------------------------------------------- roster
def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z]', '', s.lower())

# id, first, last, class, parent1, parent2
FEATURED = [
    ('P0002', 'Amber', 'Cools', '1A', 'cools.w@telenet.be', ''),
    ('P0007', 'Lotte', 'Peeters', '4B', 'marc.peeters@telenet.be', 'katrien.dhondt@gmail.com'),
    ('P0012', 'Jens', 'Aerts', '3B', 'aerts.peter@telenet.be', 'nancy.wyckmans@hotmail.com'),
    ('P0016', 'Maya', 'Nowak', '2C', 'nowak.anna@gmail.com', ''),
    ('P0021', 'Yassin', 'El Amrani', '3A', 'm.elamrani@hotmail.com', 'fatima.benali@gmail.com'),
    ('P0026', 'Ethan', 'Baert', '1C', 'baert.s@telenet.be', ''),
    ('P0034', 'Emma', 'Janssens', '1B', 'an.janssens@telenet.be', 'geert.janssens@proximus.be'),
    ('P0041', 'Sem', 'Michiels', '4C', 'michiels.joke@hotmail.com', ''),
    ('P0047', 'Laura', 'Dierckx', '5B', 'dierckx.b@skynet.be', ''),
    ('P0052', 'Noor', 'Jacobs', '3C', 'an.jacobs@proximus.be', ''),
    ('P0058', 'Adam', 'Mansouri', '3C', 'mansouri.l@gmail.com', ''),
    ('P0061', 'Mila', 'Claes', '2B', 'claes.wim@telenet.be', 'sofie.vranckx@gmail.com'),
    ('P0062', 'Ruben', 'Claes', '4A', 'claes.wim@telenet.be', 'sofie.vranckx@gmail.com'),
    ('P0066', 'Nora', 'Dehaene', '2A', 'dehaene.p@telenet.be', ''),
    ('P0075', 'Senne', 'Wouters', '3B', 'wouters.b@telenet.be', ''),
    ('P0081', 'Kato', 'Willaert', '4A', 'willaert.k@proximus.be', 'els.verbeke@gmail.com'),
    ('P0086', 'Dries', 'Vos', '5C', 'vos.geert@telenet.be', ''),
    ('P0090', 'Arne', 'Maes', '5A', 'els.verbeeck@telenet.be', 'bart.maes@proximus.be'),
    ('P0091', 'Fien', 'Maes', '3B', 'els.verbeeck@telenet.be', 'bart.maes@proximus.be'),
    ('P0097', 'Yara', 'Haesendonck', '6B', 'haesendonck.m@skynet.be', ''),
    ('P0104', 'Ibrahim', 'Kaya', '4C', 'kaya.ayse@hotmail.com', ''),
    ('P0108', 'Thibo', 'Ceulemans', '3A', 'ceulemans.v@telenet.be', ''),
    ('P0112', 'Amira', 'Haddou', '2C', 'haddou.rachid@gmail.com', 'salma.h@outlook.com'),
    ('P0116', 'Liam', 'Van den Broeck', '1B', 'vdbroeck.s@gmail.com', ''),
    ('P0120', 'Kobe', 'Vandenbussche', '5C', 'zonnebloem78@hotmail.com', 'dvdb@telenet.be'),
    ('P0127', 'Zaid', 'Rahimi', '2B', 'rahimi.family@outlook.com', ''),
    ('P0131', 'Elif', 'Yilmaz', '3A', 'yilmaz.family@gmail.com', ''),
    ('P0137', 'Daan', 'Verstraeten', '6B', 'verstraeten.luc@telenet.be', ''),
    ('P0143', 'Jonas', 'Peeters', '2A', 'peeters.gezin@skynet.be', ''),
    ('P0145', 'Jade', 'Mertens', '5A', 'nathalie.mertens@gmail.com', ''),
    ('P0150', 'Zoë', 'Mertens', '4A', 'mertens-dewolf@skynet.be', ''),
    ('P0153', 'Warre', 'Boeckx', '4C', 'boeckx.f@telenet.be', ''),
    ('P0158', 'Nathan', 'Smets', '2A', 'kristel.smets@telenet.be', ''),
    ('P0163', 'Aya', 'Benali', '1C', 'benali.h@gmail.com', ''),
    ('P0167', 'Tess', 'Geerts', '5B', 'geerts.h@skynet.be', ''),
    ('P0171', 'Lucas', 'Dubois', '3C', 'sophie.dubois@skynet.be', ''),
    ('P0176', 'Chloé', 'Lambert', '5A', 'lambert.famille@proximus.be', ''),
    ('P0182', 'Oliver', 'Smith', '4B', 'james.smith.uk@gmail.com', 'claire.smith@outlook.com'),
    ('P0188', 'Yassin', 'Bouzid', '5B', 'bouzid.karim@outlook.com', ''),
    ('P0192', 'Ilias', 'Bakkali', '6A', 'bakkali.r@hotmail.com', ''),
    ('P0195', 'Ines', 'Van Damme', '6A', 'vandamme.h@telenet.be', ''),
    ('P0201', 'Milan', 'Goossens', '3B', 'goossens.patrick@hotmail.com', 'leen.vanhove@telenet.be'),
    ('P0205', 'Louise', 'Hermans', '2B', 'hermans.eva@icloud.com', ''),
    ('P0210', 'Lena', 'Claes', '6A', 'tine.claes@icloud.com', 'jo.claes@skynet.be'),
    ('P0219', 'Bilal', 'Ouali', '4C', 'ouali.m@gmail.com', ''),
    ('P0224', 'Robbe', 'De Smet', '5B', 'kathleen.desmet@telenet.be', ''),
    ('P0228', 'Sara', 'De Smet', '1B', 'dirk.desmet@skynet.be', ''),
    ('P0233', 'Jana', 'Wouters', '1A', 'griet.wouters@gmail.com', ''),
    ('P0236', 'Fleur', 'Stas', '2C', 'stas.m@telenet.be', ''),
    ('P0240', 'Tuur', 'Vermeiren', '3A', 'vermeiren.t@proximus.be', ''),
    ('P0245', 'Jolien', 'Coppens', '5C', 'coppens.g@telenet.be', ''),
    ('P0258', 'Hanne', 'Leys', '4A', 'leys.marc@skynet.be', ''),
    ('P0263', 'Arthur', 'Jacobs', '6B', 'jacobs.dirk@telenet.be', ''),
    ('P0265', 'Seppe', 'Hendrickx', '4A', 'hendrickx.ilse@telenet.be', 'kris.hendrickx@gmail.com'),
    ('P0270', 'Mila', 'Vermeulen', '3C', 'vermeulen.k@gmail.com', ''),
    ('P0276', 'Lars', 'Hendrickx', '2A', 'hendrickx.ilse@telenet.be', 'kris.hendrickx@gmail.com'),
    ('P0282', 'Ayoub', 'Chakir', '5A', 'chakir.n@outlook.com', ''),
    ('P0288', 'Febe', 'Wuyts', '1A', 'wuyts.tom@telenet.be', ''),
    ('P0291', 'Victor', 'Lenaerts', '4B', 'lenaerts.v@skynet.be', ''),
    ('P0295', 'Eline', 'Stevens', '6A', 'stevens.an@gmail.com', ''),
]

FIRST = ('Lucas Noah Louis Arthur Jules Finn Liam Adam Victor Mats Vic Stan Lowie Warre Rune Lander Wout Kobe Jasper '
         'Bram Siebe Tibo Quinten Lennert Jarne Wannes Milan Thomas Simon Brent Dylan Kian Mohamed Youssef Ilyas '
         'Hamza Omar Rayan Mehmet Emre Can Tymon Kacper Artem Mateo Nicolas Gilles Hugo Matteo Olivia Emma Marie '
         'Louise Elise Ella Nina Lore Lien Fien Nore Julie Charlotte Hanne Amber Febe Jitse Marthe Liv Ines Sara '
         'Yasmina Salma Malak Nour Imane Hiba Zeynep Elif Defne Zuzanna Oliwia Maja Sofia Chiara Camille Manon '
         'Lotte Laura Emma Mila Yassin Noor Lars Jana').split()
LAST = ('Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smedt Dubois Lambert Dupont Martens Leemans '
        'Vermeulen Aerts Verstraeten Smets Peeters Van Dyck Michiels Pauwels Hermans Desmet Vandenberghe Moens '
        'Declercq Bogaerts Lemmens Van Geel Segers Thys Daems Wyns Stroobants Van Rompaey Vanhoutte Schoofs Buelens '
        'Lauwers Nijs Cuypers Geens Reynders Van Hoey Vranken Bollen Swinnen Vandevelde Bosmans Timmermans '
        'El Idrissi Amrani Benhaddou Ouardi Ait Lahcen Yildiz Demir Celik Kowalski Wisniewski Popescu Ivanova '
        'Nguyen Diallo Mukendi Kabongo Haidari Nazari Petrov Rossi Garcia').split()
# re-join two-part surnames that the split broke
LAST2 = []
skip = False
for i, w in enumerate(LAST):
    if skip:
        skip = False
        continue
    if w in ('De', 'Van', 'El', 'Ait') and i + 1 < len(LAST):
        LAST2.append(w + ' ' + LAST[i + 1]); skip = True
    else:
        LAST2.append(w)
LAST = LAST2
PFIRST = 'an els sofie kristel nathalie ilse katrien inge veerle griet leen tine sarah karim rachid ahmed fatma ayse anna marta tom bart geert kris wim peter dirk johan koen jan hans filip nadia samira'.split()
PROV = ['telenet.be'] * 5 + ['skynet.be'] * 2 + ['proximus.be'] * 2 + ['gmail.com'] * 5 + ['hotmail.com'] * 3 + ['outlook.com', 'icloud.com']
CLASSES = ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B']


def build_roster():
    feat = {r[0]: r for r in FEATURED}
    used_parents = set()
    for r in FEATURED:
        used_parents.update(a for a in r[4:6] if a)
    featnames = {(r[1], r[2]) for r in FEATURED}
    rows = []
    families = []
    for n in range(1, 301):
        pid = 'P%04d' % n
        if pid in feat:
            rows.append(list(feat[pid]))
            continue
        if families and rng.random() < 0.09:
            last, p1, p2 = rng.choice(families)
            first = rng.choice(FIRST)
            while (first, last) in featnames:
                first = rng.choice(FIRST)
        else:
            while True:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                if (first, last) in featnames:
                    continue
                r = rng.random()
                pf, pf2 = rng.choice(PFIRST), rng.choice(PFIRST)
                if r < 0.35:
                    p1 = '%s.%s@%s' % (pf, norm(last), rng.choice(PROV))
                elif r < 0.6:
                    p1 = '%s.%s@%s' % (norm(last), pf[0], rng.choice(PROV))
                elif r < 0.75:
                    p1 = '%s%s%d@%s' % (pf, norm(last)[:4], rng.randint(60, 92), rng.choice(['gmail.com', 'hotmail.com']))
                elif r < 0.88:   # mother's own surname
                    p1 = '%s.%s@%s' % (pf, norm(rng.choice(LAST)), rng.choice(PROV))
                else:            # nickname address
                    p1 = '%s%d@%s' % (rng.choice(['zonnetje', 'bikerdad', 'mamavan3', 'kwak', 'tuinfee', 'fcbrugge', 'dreamer', 'lentebloem']), rng.randint(1, 99), rng.choice(['hotmail.com', 'gmail.com', 'outlook.com']))
                p2 = ''
                if rng.random() < 0.45:
                    p2 = '%s.%s@%s' % (pf2, norm(rng.choice([last, rng.choice(LAST)])), rng.choice(PROV))
                if p1 in used_parents or (p2 and (p2 in used_parents or p2 == p1)):
                    continue
                break
            used_parents.update(a for a in (p1, p2) if a)
            families.append((last, p1, p2))
        rows.append([pid, first, last, rng.choice(CLASSES), p1, p2])
    # pupil addresses
    seen = {}
    for r in rows:
        base = '%s.%s' % (norm(r[1]), norm(r[2]))
        seen[base] = seen.get(base, 0) + 1
        addr = base + ('' if seen[base] == 1 else str(seen[base])) + '@leerling.sintpieterscollege.be'
        r.insert(4, addr)
    return rows


ROSTER = build_roster()
PUP = {r[0]: r for r in ROSTER}


def name(pid):
    return '%s %s' % (PUP[pid][1], PUP[pid][2])


def par(pid, i=1):
    return PUP[pid][4 + i]


def pupmail(pid):
    return PUP[pid][4]


def cls(pid):
    return PUP[pid][3]


def klas(c, exclude=(), n=None):
    ids = [r[0] for r in ROSTER if r[3] == c and r[0] not in exclude]
    return ids if n is None else ids[:n]


def parents_of(classes):
    out = []
    for r in ROSTER:
        if r[3] in classes:
            for a in r[5:7]:
                if a and a not in out:
                    out.append(a)
    return out


# ------------------------------------------------------------ checksums
def rrn(yy, mm, dd, serial, y2000=True):
    base = '%02d%02d%02d%03d' % (yy, mm, dd, serial)
    num = int(('2' if y2000 else '') + base)
    chk = 97 - num % 97
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, serial, chk)


def be_iban(bank10):
    chk = int(bank10) % 97 or 97
    bban = '%s%02d' % (bank10, chk)
    n = int(bban + '111400')
    cd = 98 - n % 97
    s = 'BE%02d%s' % (cd, bban)
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


# ------------------------------------------------------------ attachments
ZDT = (2025, 1, 6, 9, 0, 0)


def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, data in files:
            zi = zipfile.ZipInfo(fn, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


def _x(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def docx_bytes(paras, macro=False):
    main = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 + b'Attribute VB_Name = "NewMacros"\r\nSub AutoOpen()\r\n  Shell "powershell -w hidden -c iex(gc $env:TEMP\\p.txt)"\r\nEnd Sub\r\n'))
    return _zip(files)


def xlsx_bytes(rows, macro=False):
    main = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + ci), ri, _x(str(v))) for ci, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (ri, cells))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sh)]
    if macro:
        files.append(('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 + b'Attribute VB_Name = "Module1"\r\nSub Workbook_Open()\r\n  Call KopieerAfwezigheden\r\n  CreateObject("WScript.Shell").Run "cmd /c copy \\\\srv-adm\\absenties\\*.csv %TEMP%"\r\nEnd Sub\r\n'))
    return _zip(files)


def pdf_bytes(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 56 790 Td 15 TL ' + ' '.join('(%s) Tj T*' % esc(l) for l in lines) + ' ET'
    cb = content.encode('cp1252')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


PNG = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
                    '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f5e1b30000000049454e44ae426082')

CT = {'csv': ('text', 'csv'), 'txt': ('text', 'plain'), 'pdf': ('application', 'pdf'),
      'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
      'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
      'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
      'zip': ('application', 'zip'), 'exe': ('application', 'x-msdownload'),
      'bat': ('application', 'x-bat'), 'vbs': ('text', 'vbscript'), 'js': ('application', 'javascript'),
      'ps1': ('application', 'octet-stream'), 'png': ('image', 'png'), 'jpg': ('image', 'jpeg')}


def att(fname, data, ctype=None):
    ext = fname.rsplit('.', 1)[-1].lower()
    mt, st = ctype or CT.get(ext, ('application', 'octet-stream'))
    if isinstance(data, str):
        data = data.encode('utf-8-sig' if ext == 'csv' else 'utf-8')
    p = MIMEBase(mt, st, name=fname)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return (fname, p)


# ------------------------------------------------------------ mail building
def textpart(body, subtype='plain', enc='qp', charset='utf-8'):
    c = cs.Charset(charset)
    c.body_encoding = {'qp': cs.QP, 'b64': cs.BASE64, '8bit': None}[enc]
    m = MIMENonMultipart('text', subtype)
    m.set_payload(body, charset=c)
    return m


def html_from_text(body):
    paras = []
    for block in body.split('\n\n'):
        paras.append('<p class="MsoNormal">%s</p>' % _x(block).replace('\n', '<br>\n'))
    return wrap_html('\n'.join(paras))


def wrap_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
            'table.t{border-collapse:collapse} table.t td, table.t th{border:1px solid #999;padding:2px 6px;font-size:10pt}</style></head>\n'
            '<body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n' + inner + '\n</div></body></html>\n')


def table_html(head, rows):
    h = '<tr>' + ''.join('<th style="background:#DDEBF7">%s</th>' % _x(c) for c in head) + '</tr>'
    b = ''.join('<tr>' + ''.join('<td>%s</td>' % _x(str(c)) for c in r) + '</tr>' for r in rows)
    return '<table class="t" border="1" cellspacing="0" cellpadding="0">%s%s</table>' % (h, b)


def table_text(head, rows):
    return '\n'.join('\t'.join(str(c) for c in r) for r in [head] + list(rows))


def fa(x):
    if isinstance(x, tuple):
        return formataddr((str(Header(x[0], 'utf-8')) if any(ord(ch) > 127 for ch in x[0]) else x[0], x[1]))
    return x


def ad(x):
    return x[1] if isinstance(x, tuple) else x


MAILS = []
_start = datetime.datetime(2025, 1, 13, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def M(slug, frm, to, subject, body, *, cc=(), bcc=(), html=None, htmlonly=False, enc='qp', charset='utf-8',
      atts=(), env_from=None, rules=(), cats=None, about=(), mis=False, note='', lang='nl', fmt=(),
      reply_to=None, mailer=None, to_header=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      html=html, htmlonly=htmlonly, enc=enc, charset=charset, atts=list(atts), env_from=env_from,
                      rules=list(rules), cats=cats, about=list(about), mis=mis, note=note, lang=lang,
                      fmt=list(fmt), reply_to=reply_to, mailer=mailer, to_header=to_header))


MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6.0', 'Apple Mail (2.3774.300.61.1.2)', 'iPhone Mail (21D61)']


def render(i, m):
    n = i + 1
    day = _start.replace(hour=7, minute=0)
    k = (n - 1) // 3
    while k > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            k -= 1
    day = day.replace(hour=7 + (n * 5) % 13, minute=(n * 23) % 60)
    atts = m['atts']
    fmt = []
    if m['htmlonly']:
        body_part = textpart(m['html'], 'html', m['enc'], m['charset']); fmt.append('html-only')
    elif m['html'] is not None:
        body_part = MIMEMultipart('alternative')
        body_part.attach(textpart(m['body'], 'plain', m['enc'], m['charset']))
        body_part.attach(textpart(m['html'], 'html', m['enc'], m['charset']))
        fmt.append('alt')
    else:
        body_part = textpart(m['body'], 'plain', m['enc'], m['charset'])
        fmt.append({'qp': 'plain-qp', 'b64': 'plain-base64', '8bit': 'plain'}[m['enc']] if m['charset'] == 'utf-8' else 'plain-cp1252')
    if m['charset'] != 'utf-8' and 'plain-cp1252' not in fmt:
        fmt.append('cp1252')
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body_part)
        for fname, p in atts:
            msg.attach(p)
            fmt.append('attachment-' + fname.rsplit('.', 1)[-1].lower())
        fmt.insert(0, 'mixed')
    else:
        msg = body_part
    msg['From'] = fa(m['frm'])
    if m['to_header']:
        msg['To'] = m['to_header']
    elif m['to']:
        msg['To'] = ', '.join(fa(x) for x in m['to'])
    else:
        msg['To'] = 'undisclosed-recipients:;'
    if m['cc']:
        msg['Cc'] = ', '.join(fa(x) for x in m['cc'])
    msg['Subject'] = Header(m['subject'], 'utf-8') if any(ord(c) > 127 for c in m['subject']) else m['subject']
    msg['Date'] = format_datetime(day)
    dom = ad(m['frm']).split('@')[1]
    mid = hashlib.sha1(('batch59-%03d-%s' % (n, m['slug'])).encode()).hexdigest()[:20]
    msg['Message-ID'] = '<%s.%03d@%s>' % (mid, n, dom)
    if m['reply_to']:
        ref = '<%s@%s>' % (hashlib.sha1(m['reply_to'].encode()).hexdigest()[:24], m['reply_to'].split('|')[0])
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    msg['X-Mailer'] = m['mailer'] or MAILERS[n % len(MAILERS)]
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    if m['bcc']:
        fmt.append('bcc-envelope')
    fmt += [f for f in m['fmt'] if f not in fmt]
    fname = '%03d-%s.eml' % (n, m['slug'])
    random.seed('batch59-boundary-%03d' % n)   # email's MIME boundaries come from the global random module
    with open(os.path.join(HERE, fname), 'wb') as f:
        f.write(msg.as_bytes().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))
    rcpt = []
    for x in m['to'] + m['cc'] + m['bcc']:
        a = ad(x)
        if a not in rcpt:
            rcpt.append(a)
    return fname, dict(rules=m['rules'], cats=m['cats'], mail_from=m['env_from'] or ad(m['frm']), rcpt=rcpt,
                       about=m['about'], misdirected=m['mis'], note=m['note'], lang=m['lang'], format=fmt)


# ------------------------------------------------------------ people
ST = {
    'kvs': ('Koen Vanderstraeten', 'koen.vanderstraeten@sintpieterscollege.be'),
    'dir': ('Directie Sint-Pieterscollege Tienen', 'directie@spc.ksleuven.be'),
    'ew': ('Els Wuyts', 'els.wuyts@sintpieterscollege.be'),
    'nb': ('Nadia Boukhari', 'nadia.boukhari@sintpieterscollege.be'),
    'rg': ('Rita Geeraerts', 'rita.geeraerts@sintpieterscollege.be'),
    'sl': ('Sarah Lemmens', 'sarah.lemmens@sintpieterscollege.be'),
    'tc': ('Tom Claessens', 'tom.claessens@sintpieterscollege.be'),
    'hvl': ('Hanne Verlinden', 'hanne.verlinden@sintpieterscollege.be'),
    'pdw': ('Pieter Dewit', 'pdw@spc.ksleuven.be'),
    'ldw': ('Lies De Wachter', 'ldw@spc.ksleuven.be'),
    'bja': ('Bart Jaspers', 'bart.jaspers@sintpieterscollege.be'),
    'as': ('Ann Sels', 'ann.sels@sintpieterscollege.be'),
    'jm': ('Jeroen Mahieu', 'jeroen.mahieu@sintpieterscollege.be'),
    'fa': ('Fatima Ait Said', 'fatima.aitsaid@sintpieterscollege.be'),
    'wh': ('Wim Heylen', 'wim.heylen@sintpieterscollege.be'),
    'gv': ('Griet Verhaegen', 'griet.verhaegen@sintpieterscollege.be'),
    'ks': ('Katrien Smolders', 'katrien.smolders@sintpieterscollege.be'),
    'svr': ('Stijn Van Roy', 'svr@spc.ksleuven.be'),
    'jw': ('Joke Willems', 'joke.willems@sintpieterscollege.be'),
    'mvh': ('Marleen Van Hoof', 'marleen.vanhoof@sintpieterscollege.be'),
    'ld': ('Luc Dierickx', 'luc.dierickx@sintpieterscollege.be'),
    'jmo': ('Julie Moreau', 'julie.moreau@sintpieterscollege.be'),
    'ddp': ('Dieter De Pauw', 'dieter.depauw@sintpieterscollege.be'),
    'secr': ('Leerlingensecretariaat SPC Tienen', 'leerlingensecretariaat@spc.ksleuven.be'),
    'info': ('Sint-Pieterscollege Tienen', 'info@spc.ksleuven.be'),
}
CLB = ('An Boonen', 'an.boonen@vclbtienen.be')
CLBARTS = ('dr. Veerle Moens', 'veerle.moens@vclbtienen.be')
LEERPLICHT = ('Cel Leerplicht - Onderwijsdiensten', 'leerplicht@onderwijsdiensten-vl.be')
VENDOR = ('Aanwezio support', 'support@aanwezio.be')
OCMW = ('Ingrid Pauwels', 'ingrid.pauwels@ocmw-tienen.be')
THUISKLAS = ('Thuisklas vzw - planning', 'planning@thuisklas-vzw.be')
LEEFGROEP = ('Bram Sterckx', 'bram.sterckx@leefgroep-dehaven.be')


def sig(k, role, extra=''):
    return '\n\n%s\n%s\nSint-Pieterscollege Tienen%s' % (ST[k][0], role, extra)


SCHOOLTEL = '\nT 016 81 23 40'
ADDR = '\nKapelstraat 12, 3300 Tienen'


# ====================================================================== MAILS
S = ST
lt = klas('3B', n=6)   # used in tables below

# ---------------------------------------------------------------- password (35)
M('poortcode-laatkomers', S['svr'], [S['jm']], 'poort Kapelstraat - code',
  'Hoi Jeroen,\n\nJij hebt vanaf maandag toezicht aan de poort voor de laatkomers (8u25-8u45). '
  'De code van het klavier aan de poort Kapelstraat is vanaf maandag 2580#. '
  'Het laatkomersregister ligt in het bakje naast de deur van het onthaal; elke laatkomer krijgt een briefje en tekent het register.\n\n'
  'Groetjes\nStijn' + sig('svr', 'opvoeder - leerlingenbegeleiding'),
  rules=['password'], note='door code of the late-comers gate (2580#) given to a colleague', fmt=['plain'])

M('login-aanwezigheden-interim', S['pdw'], [S['gv']], 'Je login voor de afwezighedenmodule',
  'Dag Griet,\n\nWelkom op school! Je account voor Smartschool en de afwezighedenmodule (Aanwezio) is aangemaakt.\n\n'
  'Gebruikersnaam: gverhaegen\nTijdelijk wachtwoord: Tienen!Dijle2025\n\n'
  'Bij je eerste aanmelding moet je het wachtwoord wijzigen. De afwezigheden registreer je elk lesuur binnen de eerste tien minuten.\n\n'
  'Vriendelijke groeten\nPieter Dewit\nICT-coördinator\nSint-Pieterscollege Tienen' + SCHOOLTEL + '\nGSM 0478 52 19 63',
  rules=['password', 'personal_data'], note='start password of an interim teacher; signature carries the school phone and a mobile number', fmt=['plain'])

M('startwachtwoorden-nieuwe-collegas', S['pdw'], [S['ew']], 'Startwachtwoorden nieuwe personeelsleden februari',
  'Els,\n\nIn bijlage de lijst met de accounts en startwachtwoorden van de zes nieuwe collega\'s (interims februari). '
  'Kan jij ze op de personeelsvergadering persoonlijk bezorgen?\n\nPieter',
  atts=[att('accounts_interims_feb.csv',
            'Naam;Voornaam;Gebruikersnaam;Startwachtwoord;Vak\r\n'
            'Moreau;Julie;jmoreau;Kx7!maart-41;Frans\r\nDe Pauw;Dieter;ddepauw;Tulp#2025zon;LO\r\n'
            'Vercammen;Lien;lvercammen;Regen-88-Boom;Wiskunde\r\nAzizi;Karim;kazizi;Start2025!Tie;Geschiedenis\r\n'
            'Bosmans;Eva;ebosmans;Fiets*Dijle9;Nederlands\r\nCoolen;Thomas;tcoolen;Vlinder_77x;Techniek\r\n')],
  rules=['password'], note='list of start passwords in a CSV attachment', fmt=[])

M('pincode-kopieermachine', S['nb'], [S['bja']], 'pincode kopieermachine secretariaat',
  'Hoi Bart,\n\nDe kopieermachine aan het leerlingensecretariaat vraagt nu een pincode. Die van jou is 7341. '
  'Zo kan je de afwezigheidsbriefjes zelf afdrukken.\n\nNadia',
  rules=['password'], note='personal printer PIN in a mail', fmt=['plain'])

M('wifi-gast-clb', S['sl'], [CLB], 'Wifi op school donderdag',
  'Dag An,\n\nVoor je zitdag donderdag in lokaal A012: het gastennetwerk is "SPC-Gast" en de sleutel is Dijle-gast-2025!. '
  'De lijst met de leerlingen voor het leerplichtoverleg bespreken we ter plaatse.\n\nGroeten\nSarah Lemmens\nzorgcoördinator',
  rules=['password'], note='Wi-Fi key sent to an external CLB worker', fmt=['plain'])

M('herstelcodes-admin', S['pdw'], [S['kvs']], 'herstelcodes admin-account Smartschool',
  'Koen,\n\nAls ik er niet ben en je moet toch aan de beheerdersinstellingen van de afwezighedenmodule: dit zijn de herstelcodes '
  'voor de tweestapsverificatie van het account admin.tienen. Elke code werkt maar één keer.\n\n'
  '8F3K-2MQ9\nZ7TR-44LP\nQ1WX-9D0B\nH6NV-3JKE\nP2YC-8GUA\n\nBewaar ze liefst op papier in je kluis.\n\nPieter',
  rules=['password'], note='2FA recovery codes of an admin account', fmt=['plain'])

M('fw-sms-code-discimus', S['nb'], [S['rg']], 'FW: Uw verificatiecode',
  'Rita, de code staat op mijn gsm maar jij zit aan de pc, hier is hij. Snel zijn, hij is maar 10 minuten geldig.\n\n'
  '-----Oorspronkelijk bericht-----\nVan: Onderwijsdiensten <noreply@onderwijsdiensten-vl.be>\nVerzonden: dinsdag 14 januari 2025 9:02\n'
  'Onderwerp: Uw verificatiecode\n\nUw eenmalige code om aan te melden op Discimus is: 482913\nDeel deze code met niemand.',
  rules=['password'], note='forwarded one-time login code for the department platform', fmt=['forward'])

M('wachtwoord-in-stukken', S['ldw'], [S['fa']], 'afwezigheden 3B - login gedeelde klasaccount',
  'Fatima,\n\nVoor het klasaccount 3B in de afwezighedenmodule (ik ben morgen op uitstap):\n\n'
  'gebruiker: klas3b.titularis\nwachtwoord eerste deel: Kaas\ntweede deel: Boer\nen dan: 88!\n'
  'alles aan elkaar, zonder spaties.\n\nMerci!\nLies',
  rules=['password'], note='password split over lines (KaasBoer88!)', fmt=['plain'])

M('wachtwoord-gespeld', S['as'], [S['jmo']], 'Re: ik geraak niet in Aanwezio',
  'Dag Julie,\n\nIk heb het wachtwoord van jouw account opnieuw ingesteld. Het is (hoofdlettergevoelig):\n'
  'hoofdletter M - a - r - t - kleine letter e - n - dan de cijfers 4 en 7 - en een uitroepteken.\n'
  'Dus Marten47! zonder de streepjes.\n\nAnn\n\n'
  '> Op 15 jan. 2025 om 08:31 schreef Julie Moreau:\n> Ann, ik geraak niet in Aanwezio om mijn afwezigen van 2C in te geven. Kan jij helpen?',
  rules=['password'], note='password spelled out letter by letter', fmt=['reply'])

M('kluiscode-register', S['ew'], [S['rg']], 'kluis onthaal',
  'Rita,\n\nIk ben vrijdag afwezig. Het afwezigheidsregister en de doktersattesten van deze week zitten in de kluis van het onthaal. '
  'Code: 19-44-07 (draaien rechts-links-rechts).\n\nEls',
  rules=['password'], note='safe combination in a mail', fmt=['plain'])

M('login-discimus-secretariaat', S['ew'], [S['nb']], 'Discimus - melding problematische afwezigheden',
  'Nadia,\n\nDe maandelijkse melding van de problematische afwezigheden moet voor 5 februari in Discimus. '
  'Je kan inloggen met het schoolaccount:\n\nlogin: spc.tienen.adm\npaswoord: Leerplicht*2025\n\n'
  'De aantallen haal je uit het rapport "B-codes per leerling" in Aanwezio.\n\nDank je\nEls Wuyts\nadjunct-directeur',
  rules=['password'], note='login and password of the department platform account', fmt=['plain'])

M('nieuw-wachtwoord-nathan', S['pdw'], [par('P0158')], 'Nieuw wachtwoord Smartschool Nathan',
  'Beste mevrouw Smets,\n\nNathan was zijn wachtwoord voor Smartschool kwijt en kon daardoor zijn afwezigheidsbriefje niet online indienen. '
  'Ik heb het opnieuw ingesteld:\n\ngebruikersnaam: nathan.smets\ntijdelijk wachtwoord: Smets-7731\n\n'
  'Hij moet het bij de eerste aanmelding zelf wijzigen.\n\nMet vriendelijke groeten\nPieter Dewit\nICT-coördinator',
  rules=['password'], about=['P0158'], note='pupil password sent to the parent; pupil is named but no sensitive fact; correctly addressed', fmt=['plain'])

M('co-account-ouder-aya', S['nb'], [par('P0163')], 'Uw co-account Smartschool',
  'Beste mevrouw Benali,\n\nU vroeg een eigen co-account om de afwezigheden van Aya op te volgen en briefjes te ondertekenen.\n\n'
  'Gebruikersnaam: aya.benali_co1\nWachtwoord: Welkom2025!\n\nNa aanmelding vraagt Smartschool u een nieuw wachtwoord te kiezen.\n\n'
  'Met vriendelijke groet\nNadia Boukhari\nleerlingensecretariaat',
  rules=['password'], about=['P0163'], note='parent co-account password; correctly addressed, no sensitive fact', fmt=['plain'])

_rows = [('Julie Moreau', 'jmoreau', 'Kx7!maart-41'), ('Dieter De Pauw', 'ddepauw', 'Tulp#2025zon'), ('Lien Vercammen', 'lvercammen', 'Regen-88-Boom')]
M('accounts-vervangers-tabel', S['pdw'], [S['ew']], 'accounts vervangers deze week',
  'Els,\n\nHieronder de accounts van de vervangers die deze week de afwezigheden moeten ingeven.\n\n'
  + table_text(('Vervanger', 'Login', 'Wachtwoord'), _rows) + '\n\nPieter',
  html=wrap_html('<p class="MsoNormal">Els,</p><p class="MsoNormal">Hieronder de accounts van de vervangers die deze week de afwezigheden moeten ingeven.</p>'
                 + table_html(('Vervanger', 'Login', 'Wachtwoord'), _rows) + '<p class="MsoNormal">Pieter</p>'),
  rules=['password'], note='Outlook HTML table with logins and passwords', fmt=[])

M('mot-de-passe-interim', S['nb'], [S['jmo']], 'Votre mot de passe provisoire',
  'Bonjour Madame Moreau,\n\nBienvenue au Sint-Pieterscollege. Voici vos données de connexion pour Smartschool et le module des absences :\n\n'
  'Identifiant : jmoreau\nMot de passe provisoire : Soleil-Tienen-58\n\n'
  "Les absences doivent être encodées au début de chaque heure de cours. N'hésitez pas à passer au secrétariat.\n\n"
  'Bien à vous,\nNadia Boukhari\nsecrétariat des élèves',
  rules=['password'], lang='fr', note='French mail with a provisional password', fmt=['plain'])

M('vendor-admin-login', S['pdw'], [VENDOR], 'Ticket 20931 - absence export fails',
  'Hello,\n\nFollowing up on ticket 20931: the nightly export of absences to Smartschool fails since Monday. '
  'To speed things up you can log in to our tenant yourselves:\n\nURL: https://tienen.aanwezio.be/admin\n'
  'user: admin.tienen\npassword: Gr33nDijle#77\n\nPlease let me know when it is fixed, I will change the password afterwards.\n\n'
  'Kind regards\nPieter Dewit\nICT coordinator, Sint-Pieterscollege Tienen',
  rules=['password'], lang='en', note='admin password given to an external vendor in English', fmt=['plain'])

M('re-het-werkt', S['bja'], [S['pdw']], 'RE: account afwezigheden',
  'Top, het werkt! Bedankt Pieter.\n\nBart\n\n'
  'Van: Pieter Dewit <pdw@spc.ksleuven.be>\nVerzonden: maandag 20 januari 2025 8:12\nAan: Bart Jaspers\nOnderwerp: account afwezigheden\n\n'
  'Bart,\nje account was geblokkeerd na te veel pogingen. Nieuw wachtwoord: Zomer-Tienen-31\nGraag meteen wijzigen.\nPieter',
  rules=['password'], note='the password sits in the quoted Outlook message of a reply', fmt=['reply'])

M('wifi-leraarskamer', S['ld'], [S['ddp']], 'wifi leraarskamer',
  'Dieter,\n\nHet netwerk in de leraarskamer is "SPC-Personeel".\nWPA-sleutel: Kaaiman-Tienen-2025\n\n'
  'Zo kan je de afwezigheden ook vanop je laptop ingeven.\n\nLuc (conciërge)',
  enc='b64', rules=['password'], note='Wi-Fi key in a base64 body', fmt=[])

M('voicemail-afwezigheidslijn', S['rg'], [S['nb']], 'voicemail afwezigheidslijn',
  'Nadia,\n\nOuders die hun kind ziek melden spreken vanaf nu in op de voicemail van de afwezigheidslijn. '
  'Om de berichten te beluisteren: toets 9 en dan de pincode 0608#.\n'
  'Wil jij ze \'s ochtends om 8u15 afluisteren en in Aanwezio zetten? Ik doe de namiddag.\n\nMerci, Rita',
  charset='windows-1252', rules=['password'], note='voicemail PIN of the absence line; Windows-1252 QP body', fmt=[])

M('alarmcode-gebouw-c', S['kvs'], [S['ld']], 'avondstudie - alarm gebouw C',
  'Luc,\n\nVanaf volgende week blijft de avondstudie (leerlingen die lessen moeten inhalen na afwezigheid) tot 17u30 in gebouw C. '
  'Wie afsluit zet het alarm op: 7 3 9 1 en dan OFF/ON.\n\nKoen',
  rules=['password'], note='building alarm code', fmt=['plain'])

M('wachtwoord-zipbestand-clb', S['sl'], [CLB], 'wachtwoord bijlage van gisteren',
  'Dag An,\n\nZoals afgesproken apart: het wachtwoord om het zip-bestand met de afwezigheidsoverzichten van gisteren te openen is CLB-Tienen#17\n\n'
  'Groeten\nSarah',
  rules=['password'], note='password of an encrypted zip sent in a separate mail', fmt=['plain'])

M('ww-in-onderwerp', S['ks'], [S['wh']], 'ww absenties klasaccount 4C = Lente2025!',
  'zie onderwerp, voor morgen als je mijn klas hebt.\nKatrien', enc='8bit',
  rules=['password'], note='password in the subject line', fmt=[])

M('api-sleutel-koppeling', S['pdw'], [S['ddp']], 'API-sleutel koppeling Aanwezio - Smartschool',
  'Dieter,\n\nVoor het script dat de dagelijkse afwezigheden synchroniseert heb je deze sleutel nodig:\n\n'
  'AANWEZIO_API_KEY=azk_live_7f3a9c21e84b4d0f9b6e2a51c8d7e3f0\n\nNiet in de code op GitHub zetten aub.\n\nPieter',
  rules=['password'], note='API key that opens the attendance system', fmt=['plain'])

M('clb-map-sharepoint', S['sl'], [CLB], 'gedeelde map leerplichtbegeleiding',
  'Dag An,\n\nDe gedeelde map "Leerplicht 2024-2025" op ons SharePoint is klaar. Aanmelden met:\n'
  'gebruiker: clb.tienen@spc.ksleuven.be\nwachtwoord: Hageland-CLB-4410\n\nDaar kan je de verslagen van de leerplichtoverleggen vinden.\n\n'
  'Groeten\nSarah Lemmens',
  rules=['password'], note='login of a shared folder sent to the CLB', fmt=['plain'])

M('deurcode-zij-ingang-personeel', S['svr'], [], 'Nieuwe code zij-ingang vanaf 3 februari',
  'Beste collega\'s,\n\nVanaf maandag 3 februari wijzigt de code van de zij-ingang (fietsenstalling) voor wie na 8u25 binnenkomt.\n'
  'Nieuwe code: 4417*\n\nLeerlingen die te laat komen sturen we nog altijd langs het onthaal voor het laatkomersregister.\n\nStijn Van Roy',
  bcc=['personeel@spc.ksleuven.be'], rules=['password'],
  note='door code mailed to all staff; the staff list is correctly in BCC so only password fires', fmt=[])

M('printercodes-collegas', S['nb'], [S['ldw'], S['fa'], S['wh']], 'jullie printcodes',
  'Dag collega\'s,\n\nDe nieuwe printer aan het onthaal werkt met een persoonlijke code:\n\n'
  'Lies: 5521\nFatima: 6039\nWim: 2274\n\nDaarmee kunnen jullie de afwezigheidslijsten van jullie klas afdrukken.\n\nNadia',
  rules=['password'], note='list of printer codes; several individual colleagues in To is fine', fmt=['plain'])

M('hangslot-kastje-register', S['jw'], [S['svr']], 'kastje laatkomers',
  'Stijn, het register van de laatkomers zit vanaf nu in het grijze kastje in de gang, hangslot 3-1-8. Joke', enc='8bit',
  rules=['password'], note='padlock combination', fmt=[])

M('sleutelkastje-fietsenstalling', S['ld'], [S['tc']], 'sleutel poort fietsenstalling',
  'Tom,\n\nDe sleutel van de poort aan de fietsenstalling hangt in het sleutelkastje naast de deur. Code 2207. '
  'Zo kan je om 8u40 de laatkomers binnenlaten als ik er niet ben.\n\nLuc',
  rules=['password'], note='key-box code', fmt=['plain'])

M('backupcodes-secretariaat-bijlage', S['pdw'], [S['rg']], 'back-upcodes Microsoft-account leerlingensecretariaat',
  'Rita,\n\nIn bijlage de back-upcodes voor het account leerlingensecretariaat@spc.ksleuven.be (voor als de gsm van het onthaal weg is). '
  'Print ze af en leg ze in de kluis; daarna deze mail verwijderen.\n\nPieter',
  atts=[att('backupcodes_leerlingensecretariaat.txt',
            'Back-upcodes Microsoft 365 - leerlingensecretariaat@spc.ksleuven.be\r\n\r\n'
            '4815 2034\r\n9912 7730\r\n8356 4421\r\n7784 1290\r\n6609 3318\r\n2247 8805\r\n')],
  rules=['password'], note='backup codes in a .txt attachment', fmt=[])

M('ww-afkorting-aanwezigheden', S['wh'], [S['bja']], 'login',
  'Bart,\nkan jij morgen het 1e lesuur mijn afwezigheden van 5B ingeven? Ik sta in de file.\n'
  'login aanwezigheden: wheylen / ww: Fiets&Regen24\nMerci!\nWim\n\nVerzonden vanaf mijn iPhone', enc='8bit', mailer='iPhone Mail (21D61)',
  rules=['password'], note='credential given with the abbreviation ww:', fmt=[])

M('fw-eenmalige-code', S['tc'], [S['pdw']], 'FW: Code voor aanmelden',
  'Pieter, jij zei dat ik je de code moest doorsturen als hij kwam. Hier is hij.\n\nTom\n\n'
  '---------- Doorgestuurd bericht ---------\nVan: Aanwezio <noreply@aanwezio.be>\nDatum: wo 22 jan 2025 om 10:14\nOnderwerp: Code voor aanmelden\n\n'
  'Je eenmalige aanmeldcode is 739 204. Hij is 10 minuten geldig.',
  rules=['password'], note='forwarded one-time code', fmt=['forward'])

M('privemail-login-collega', ('Jeroen Mahieu', 'jeroen.mahieu78@gmail.com'), [S['ldw']], 'login klasaccount',
  'Lies, ik zit thuis met een platte batterij van mijn schoollaptop. Kan jij vandaag de afwezigheden van 4A ingeven? '
  'Klasaccount: klas4a.titularis, wachtwoord Bever!Tienen9\n\nJeroen', enc='8bit', mailer='Gmail',
  rules=['password', 'private_account'], note='teacher sends a school credential to a colleague from his private Gmail', fmt=[])

M('handleiding-startwachtwoord-docx', S['pdw'], [S['ew']], 'handleiding afwezigheden voor nieuwe collega\'s',
  'Els,\n\nIn bijlage de handleiding die we aan de nieuwe collega\'s geven. Staat het startwachtwoord er zo duidelijk genoeg in?\n\nPieter',
  atts=[att('Handleiding_afwezigheden_nieuwe_collegas.docx', docx_bytes([
      'Handleiding: afwezigheden registreren in Aanwezio',
      '1. Meld je aan op https://tienen.aanwezio.be met je schoolaccount.',
      '2. Startwachtwoord voor iedereen bij de eerste aanmelding: Stroom-Start-01 (daarna meteen wijzigen).',
      '3. Registreer elk lesuur binnen de eerste tien minuten wie afwezig is.',
      '4. Gebruik de codes zoals afgesproken in de personeelsnota.']))],
  rules=['password'], note='common start password inside a .docx attachment', fmt=[])

_late = klas('2C', n=5)
_lrows = [(name(p), cls(p), t) for p, t in zip(_late, ['08:31', '08:34', '08:36', '08:41', '08:52'])]
M('laatkomers-week-met-poortcode', S['jw'], [S['svr'], S['ew']], 'laatkomers deze week + poortcode',
  'Dag Stijn, Els,\n\nDe laatkomers van vandaag:\n\n' + table_text(('Leerling', 'Klas', 'Aankomst'), _lrows) +
  '\n\nPS: vanaf maandag is de poortcode 6093, niet vergeten aan de opvoeders te zeggen.\n\nJoke',
  html=wrap_html('<p class="MsoNormal">Dag Stijn, Els,</p><p class="MsoNormal">De laatkomers van vandaag:</p>'
                 + table_html(('Leerling', 'Klas', 'Aankomst'), _lrows) +
                 '<p class="MsoNormal">PS: vanaf maandag is de poortcode <b>6093</b>, niet vergeten aan de opvoeders te zeggen.</p><p class="MsoNormal">Joke</p>'),
  rules=['password'], about=_late, note='late-comers table (not sensitive) with the gate code in a PS', fmt=[])

M('accounts-xlsx', S['pdw'], [S['ks']], 'accounts stagiairs',
  'Katrien,\n\nIn bijlage de accounts van de drie stagiairs die bij jou de afwezigheden mee opvolgen.\n\nPieter',
  atts=[att('accounts_stagiairs.xlsx', xlsx_bytes([('Naam', 'Login', 'Wachtwoord'), ('Lotte Van Acker', 'lvanacker', 'Paars-Regen-61'),
                                                  ('Mehdi Ouazzani', 'mouazzani', 'Kiwi!Tienen22'), ('Sien Daelemans', 'sdaelemans', 'Duif#Dijle05')]))],
  rules=['password'], note='passwords in a real .xlsx attachment', fmt=[])

# ---------------------------------------------------------------- look-alikes (15)
M('hoe-wachtwoord-resetten', S['nb'], ['bollen.k@telenet.be'], 'Re: wachtwoord Smartschool ouderaccount',
  'Beste mevrouw,\n\nWe sturen nooit wachtwoorden per mail. U kan zelf een nieuw wachtwoord instellen via de link '
  '"Wachtwoord vergeten?" op de aanmeldpagina van Smartschool; u krijgt dan een mail op uw eigen adres. '
  'Lukt het niet, dan kan u langskomen aan het leerlingensecretariaat.\n\nMet vriendelijke groeten\nNadia Boukhari\nleerlingensecretariaat',
  rules=[], note='explains how to reset a password without giving one', fmt=['reply'])

M('fw-wachtwoord-verloopt', S['gv'], [S['pdw']], 'FW: Uw wachtwoord verloopt over 5 dagen',
  'Pieter, is dit echt of is het phishing? Ik heb niet geklikt.\nGriet\n\n'
  '-----Oorspronkelijk bericht-----\nVan: IT-dienst <noreply@spc.ksleuven.be>\nOnderwerp: Uw wachtwoord verloopt over 5 dagen\n\n'
  'Het wachtwoord van uw account griet.verhaegen@sintpieterscollege.be verloopt over 5 dagen. '
  'Wijzig het via de portaalsite van Microsoft 365.',
  rules=[], note='password-expiry notice, no secret', fmt=['forward'])

M('afwezigheidscodes-uitleg', S['ew'], [S['ddp']], 'codes in Aanwezio',
  'Dag Dieter,\n\nJe vroeg wat de letters in de afwezighedenlijst betekenen:\n\n'
  '|  aanwezig\nB  problematische afwezigheid (niet gewettigd)\nZ  ziek, met briefje van de ouders\n'
  'D  ziek, met doktersattest\nR  te laat\nE  extra-muros / uitstap\nP  persoonlijke redenen, gewettigd door de directie\n\n'
  'Jij moet enkel "afwezig" of "te laat" aanduiden; het secretariaat zet de juiste code als het briefje binnenkomt.\n\nEls',
  rules=[], note='absence codes B, Z, D, R - no secret, no pupil', fmt=['plain'])

M('dossiernummer-departement', S['ew'], [LEERPLICHT], 'Vraag ivm jaarlijkse telling - dossier LP/2025/00417',
  'Geachte,\n\nIn verband met uw dossier LP/2025/00417 (instellingsnummer 028761): de jaarlijkse telling van de problematische '
  'afwezigheden hebben we op 31 januari opgeladen via Discimus, zending nr. 3 van dit schooljaar. '
  'Kan u bevestigen dat de zending goed ontvangen is?\n\nMet vriendelijke groeten\nEls Wuyts\nadjunct-directeur',
  rules=[], note='file and institution numbers look like codes but open nothing', fmt=['plain'])

M('inhaaltoets-lokaal-lesuur', S['gv'], [S['ks'], S['wh']], 'inhaaltoetsen afwezigen',
  'Collega\'s,\n\nDe inhaaltoetsen voor leerlingen die afwezig waren gaan door op woensdag 5 februari, lokaal B104, 7de en 8ste lesuur. '
  'Legen jullie de toetsen tegen dinsdag in vak 27 in de leraarskamer?\n\nGriet',
  rules=[], note='room, period and pigeonhole numbers are not codes', fmt=['plain'])

M('gestructureerde-mededeling-leverancier', S['mvh'], [('Facturatie Buro Hageland', 'facturatie@burohageland.be')], 'Betaling factuur 2025-0113',
  'Goedemiddag,\n\nDe factuur 2025-0113 voor de afwezigheidsbriefjes (bestelling 4500123987) is betaald met de gestructureerde mededeling '
  '+++412/7788/10392+++. Volgens uw herinnering is ze niet ontvangen; kan u dit nakijken?\n\nVriendelijke groeten\nMarleen Van Hoof\nboekhouding',
  rules=[], note='invoice, order number and payment reference are look-alikes', fmt=['plain'])

M('teams-uitnodiging-leerplichtoverleg', S['sl'], [CLB], 'Leerplichtoverleg trimester 2',
  'Leerplichtoverleg trimester 2 (school - CLB)\n\n'
  '________________________________________________________________________________\n'
  'Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n'
  'Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTE2%40thread.v2/0>\n'
  'Vergadering-id: 345 678 912 001\nWachtwoord: aB3xYz\n'
  'Meer informatie | Opties voor vergadering\n________________________________________________________________________________',
  html=wrap_html('<p class="MsoNormal">Leerplichtoverleg trimester 2 (school - CLB)</p><div><p class="MsoNormal">'
                 '<b>Microsoft Teams-vergadering</b><br>Deelnemen op uw computer, mobiele app of apparaat in de ruimte<br>'
                 '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTE2%40thread.v2/0">Klik hier om deel te nemen aan de vergadering</a><br>'
                 'Vergadering-id: 345 678 912 001<br>Wachtwoord: aB3xYz</p></div>'),
  rules=[], note='meeting invitation with its passcode (allowed); no pupils named', fmt=['invite'])

M('bestelnummer-badgelezer', S['ld'], [('Sales SecuDoor', 'sales@secudoor.be')], 'Bestelling badgelezer poort - order 88-4471',
  'Goedemorgen,\n\nWe bestelden op 9 januari een badgelezer voor de poort Kapelstraat (uw ordernummer 88-4471, onze bestelbon 2025/014). '
  'Wanneer mogen we de levering verwachten? De laatkomers komen nu nog allemaal via het onthaal.\n\nLuc Dierickx\nconciërge',
  rules=[], note='order and voucher numbers are look-alikes', fmt=['plain'])

M('klascodes-afwezigheidscontrole', S['ew'], [S['svr'], S['jw']], 'controle afwezigheden per klasgroep',
  'Stijn, Joke,\n\nVanaf volgende week controleren jullie om 9u10 of alle klassen de afwezigheden hebben ingegeven. '
  'Verdeling: Stijn doet 1A t/m 3C en 5WEWI-a, 5ECMT; Joke doet 4A t/m 6B en de opties 6LAWI en 6HW. '
  'Ontbrekende registraties melden via het formulier "F-07".\n\nEls',
  rules=[], note='class and course codes and a form number - no secret', fmt=['plain'])

M('vraag-helpdesk', S['pdw'], [S['jm']], 'Re: wachtwoord vergeten',
  'Jeroen,\n\nIk stuur nooit wachtwoorden per mail. Kom even langs in het ICT-lokaal (A114) of bel de helpdesk van LKSD, '
  'dan zetten we het samen opnieuw in.\n\nPieter',
  rules=[], note='tells the colleague to ask the helpdesk; no password', fmt=['reply'])

M('poortcode-niet-per-mail', S['svr'], [S['ddp']], 'Re: code poort?',
  'Dag Dieter,\n\nDe poortcode is vorige week veranderd, maar die sturen we niet per mail rond. Vraag hem morgen aan het onthaal aan Rita of aan mij.\n\nStijn',
  rules=[], note='talks about the gate code without giving it', fmt=['reply'])

M('laatkomersbriefjes-nummering', S['svr'], [S['jw'], S['tc']], 'nummering laatkomersbriefjes',
  'Hoi,\n\nHet nieuwe boekje laatkomersbriefjes begint bij nr. 0457. Noteer het briefjesnummer telkens in kolom 4 van het register. '
  'Na 3 briefjes in één maand volgt een gesprek; dat blijft zoals in artikel 23 van het schoolreglement.\n\nStijn',
  rules=[], note='slip and register numbers and an article number', fmt=['plain'])

M('helpdesk-ticket', S['ldw'], [('LKSD Helpdesk', 'helpdesk@lksd.ksleuven.be')], 'Ticket #48213 - reset aangevraagd',
  'Beste,\n\nVoor ticket #48213: ik heb een wachtwoordreset aangevraagd voor mijn account ldw, maar ik krijg geen mail. '
  'Kunnen jullie me bellen of langskomen?\n\nLies De Wachter',
  rules=[], note='helpdesk ticket about a password reset without a password', fmt=['plain'])

M('schoolreglement-artikels', S['kvs'], [S['ew']], 'aanpassing schoolreglement afwezigheden',
  'Els,\n\nVoor de schoolraad: in deel II, hoofdstuk 4, punt 4.2.3 (afwezigheden wegens ziekte) willen we "4 keer per schooljaar" '
  'behouden. Punt 4.5.1 over spijbelen verwijst naar omzendbrief SO/2022/01. Zie nota 2025/07.\n\nKoen',
  rules=[], note='chapter, article and circular numbers', fmt=['plain'])

M('vendor-no-password-by-mail', S['pdw'], [VENDOR], 'RE: Ticket 21002 - please send admin password',
  'Hello Kevin,\n\nI am sorry, but our school policy does not allow us to send any password by e-mail. '
  'Could you please use the remote support session instead? I will be available Thursday from 10:00 in room A114.\n\nBest regards\nPieter Dewit',
  rules=[], lang='en', note='refuses to send a password; English', fmt=['reply'])

# ---------------------------------------------------------------- personal, not sensitive (20)
M('treinstaking-yassin-bouzid', S['svr'], [par('P0188')], 'Yassin te laat door de staking',
  'Beste heer Bouzid,\n\nYassin kwam vanmorgen pas om 9u40 op school omdat zijn trein uit Leuven door de staking niet reed. '
  'Dat is uiteraard gewettigd; hij hoeft geen laatkomersbriefje te laten tekenen.\n\nMet vriendelijke groeten\nStijn Van Roy\nopvoeder',
  rules=[], about=['P0188'], note='late because of a train strike; correctly addressed, not sensitive', fmt=['plain'])

M('tandarts-lena', S['hvl'], [par('P0210')], 'Re: Lena vroeger weg donderdag',
  'Beste mevrouw Claes,\n\nGeen probleem: Lena mag donderdag om 10u20 vertrekken voor haar afspraak bij de tandarts. '
  'Ze meldt zich even af aan het onthaal.\n\nGroeten\nHanne Verlinden\nklastitularis 6A\n\n'
  '> Op 27 jan. 2025 schreef Tine Claes <tine.claes@icloud.com>:\n> Goedemiddag, Lena heeft donderdag om 11 uur een afspraak bij de tandarts. Mag ze na het tweede lesuur vertrekken?',
  rules=[], about=['P0210'], note='dentist appointment; correctly addressed; Lena Claes is not related to Mila Claes', fmt=['reply'])

M('turnzak-emma', S['ddp'], [par('P0034')], 'Turnzak Emma',
  'Beste mevrouw Janssens,\n\nEmma was vandaag haar turnzak vergeten, ze heeft de les LO als toeschouwer gevolgd. '
  'Dat is geen probleem, maar wil u erop letten dat ze woensdag haar sportkledij bij heeft?\n\nSportieve groeten\nDieter De Pauw\nLO',
  rules=[], about=['P0034'], note='forgotten gym bag; correctly addressed', fmt=['plain'])

M('turnzak-noor-verkeerd-adres', S['ddp'], [par('P0034')], 'Turnzak Noor',
  'Beste mevrouw Jacobs,\n\nNoor uit 3C was vandaag voor de derde keer haar turnkledij vergeten. Ze heeft de les gevolgd vanaf de bank. '
  'Wilt u mee helpen zorgen dat ze volgende keer alles bij heeft?\n\nSportieve groeten\nDieter De Pauw\nLO',
  rules=['recipient'], about=['P0052'], mis=True,
  note='about Noor Jacobs (3C) but autocomplete picked an.janssens@ (mother of Emma Janssens) instead of an.jacobs@', fmt=['plain'])

M('tandarts-mila-naar-verkeerde-claes', S['as'], [par('P0210')], 'Afspraak tandarts Mila',
  'Beste mevrouw Claes,\n\nIk heb het briefje voor de tandarts van Mila gezien. Ze mag vrijdag na het 4de lesuur vertrekken. '
  'Ik heb haar broer Ruben ook al verwittigd dat hij alleen naar huis fietst.\n\nVriendelijke groeten\nAnn Sels\nklastitularis 2B',
  rules=['recipient'], about=['P0061'], mis=True,
  note='about Mila Claes (2B, sister of Ruben) sent to the mother of Lena Claes (6A), another family with the same surname', fmt=['plain'])

M('jas-robbe-verkeerde-desmet', S['rg'], [par('P0228')], 'Jas gevonden',
  'Beste heer De Smet,\n\nDe blauwe winterjas van Robbe (5B) werd na de sportdag gevonden. Hij hangt aan het onthaal en kan elke dag tot 16u30 opgehaald worden.\n\n'
  'Vriendelijke groeten\nRita Geeraerts\nonthaal',
  rules=['recipient'], about=['P0224'], mis=True,
  note='about Robbe De Smet (5B) sent to the father of Sara De Smet (1B), another family', fmt=['plain'])

M('uitstap-sara', S['fa'], [par('P0228')], 'Uitstap Brussel - praktisch',
  'Beste heer De Smet,\n\nSara was vorige week afwezig toen we de uitstap naar Brussel bespraken, daarom nog even het praktische: '
  'vertrek donderdag om 8u10 aan het station van Tienen, terug rond 16u30. Ze brengt een lunchpakket en haar treinabonnement mee.\n\n'
  'Groeten\nFatima Ait Said\nklastitularis 1B',
  rules=[], about=['P0228'], note='practical trip details; correctly addressed', fmt=['plain'])

M('zoe-aanwezigheid-verkeerde-mertens', S['jm'], [par('P0145')], 'Proficiat Zoë!',
  'Beste mevrouw Mertens,\n\nGraag even een positief bericht: Zoë (4A) was dit trimester geen enkele keer afwezig of te laat. '
  'Ze krijgt daarvoor bij het rapport een attest van de klassenraad.\n\nGroeten\nJeroen Mahieu\nklastitularis 4A',
  rules=['recipient'], about=['P0150'], mis=True,
  note='about Zoë Mertens (4A) sent to the mother of Jade Mertens (5A), another family', fmt=['plain'])

M('theorie-examen-jade', S['ew'], [par('P0145')], 'Re: afwezigheid theorie-examen rijbewijs',
  'Beste mevrouw Mertens,\n\nJade mag dinsdagvoormiddag afwezig zijn voor haar theorie-examen rijbewijs in het examencentrum. '
  'We noteren het als een gewettigde afwezigheid (P). Wilt u achteraf de uitnodiging laten zien aan het secretariaat?\n\n'
  'Met vriendelijke groeten\nEls Wuyts\nadjunct-directeur',
  rules=[], about=['P0145'], note='driving theory exam; correctly addressed', fmt=['reply'])

M('staking-ayoub-verkeerde-thread', S['svr'], [par('P0219')], 'RE: oudercontact',
  'Beste heer Chakir,\n\nAyoub was vanochtend te laat door de staking bij De Lijn. Dat is geen probleem, het wordt niet als laattijdig geteld.\n\n'
  'Met vriendelijke groeten\nStijn Van Roy\n\n'
  '-----Oorspronkelijk bericht-----\nVan: ouali.m@gmail.com\nVerzonden: donderdag 23 januari 2025 19:40\nAan: Stijn Van Roy\nOnderwerp: oudercontact\n\n'
  'Goedenavond, tot wanneer kan ik inschrijven voor het oudercontact? Groeten, M. Ouali',
  rules=['recipient'], about=['P0282'], mis=True,
  note='about Ayoub Chakir, but written as a reply in the thread of Bilal Ouali\'s father', fmt=['reply'])

M('retard-greve-lucas', S['gv'], [par('P0171')], 'Retard de Lucas',
  'Madame Dubois,\n\nLucas est arrivé ce matin à 9h15 à cause de la grève des trains. Ce retard est bien entendu justifié ; '
  "il ne doit pas faire signer de billet de retard.\n\nBien cordialement,\nGriet Verhaegen\nprofesseur de français, titulaire 3C",
  rules=[], lang='fr', about=['P0171'], note='French: late because of a strike; correctly addressed', fmt=['plain'])

M('music-exam-oliver', S['ks'], [par('P0182')], 'Oliver - leave for the music academy exam',
  'Dear Mr Smith,\n\nThank you for your message. Oliver may leave school at 13:00 on Friday 14 February for his piano exam at the '
  'music academy. We will record it as an authorised absence. Please ask him to hand in the invitation at the reception.\n\n'
  'Kind regards\nKatrien Smolders\nform teacher 4B',
  rules=[], lang='en', about=['P0182'], note='English: authorised leave for a music exam', fmt=['plain'])

M('briefje-niet-ondertekend-mila', S['as'], [par('P0061', 2)], 'Laatkomersbriefje Mila',
  'Beste mevrouw Vranckx,\n\nMila was dinsdag 5 minuten te laat (bus). Het laatkomersbriefje is nog niet ondertekend terug; '
  'mag ik vragen dit morgen mee te geven?\n\nVriendelijke groeten\nAnn Sels\nklastitularis 2B',
  rules=[], about=['P0061'], note='unsigned late slip; mother\'s address does not spell the surname but she is on the roster', fmt=['plain'])

M('zwemwedstrijd-seppe', S['ddp'], [par('P0265')], 'Seppe - zwemwedstrijd vrijdag',
  'Beste mevrouw Hendrickx,\n\nSeppe mag vrijdag na de middag vertrekken voor het provinciaal kampioenschap zwemmen in Leuven. '
  'We registreren dit als gewettigde afwezigheid. Veel succes gewenst!\n\nDieter De Pauw\nLO',
  rules=[], about=['P0265'], note='sports competition; correctly addressed (shared parent address with brother Lars)', fmt=['plain'])

M('paspoort-jonas', S['nb'], [par('P0143')], 'Afwezigheid Jonas maandag',
  'Beste ouders,\n\nWe hebben uw briefje goed ontvangen: Jonas is maandag het eerste lesuur afwezig voor een afspraak op het stadhuis '
  '(identiteitskaart). Hij mag daarna gewoon aansluiten.\n\nVriendelijke groeten\nNadia Boukhari\nleerlingensecretariaat',
  rules=[], about=['P0143'], note='town-hall appointment; correctly addressed', fmt=['plain'])

M('fietsband-kobe', S['svr'], [par('P0120')], 'Kobe te laat',
  'Beste mevrouw,\n\nKobe kwam vanochtend 20 minuten te laat binnen omdat zijn fietsband plat was; hij had onderweg al gebeld naar het onthaal. '
  'Er volgt geen sanctie.\n\nGroeten\nStijn Van Roy\nopvoeder',
  rules=[], about=['P0120'], note='late because of a flat tyre; parent address does not spell the surname but is on the roster', fmt=['plain'])

M('nul-afwezigheden-lotte', S['jm'], [par('P0007')], 'Mooi trimester voor Lotte',
  'Beste heer Peeters,\n\nLotte was het hele trimester geen enkele keer afwezig of te laat en haar rapport is zeer goed. '
  'Dat wilde ik even laten weten.\n\nGroeten\nJeroen Mahieu',
  rules=[], about=['P0007'], note='good report and perfect attendance; correctly addressed', fmt=['plain'])

M('busabonnement-fien', S['rg'], [par('P0091', 2)], 'Schoolbus Fien',
  'Beste heer Maes,\n\nVanaf 10 februari vertrekt de schoolbus naar Hoegaarden om 16u05 in plaats van 16u15. '
  'Fien kan haar nieuwe abonnementskaart afhalen aan het onthaal.\n\nVriendelijke groeten\nRita Geeraerts',
  rules=[], about=['P0091'], note='bus schedule and pass; correctly addressed', fmt=['plain'])

M('fietssleutel-ethan', S['rg'], [par('P0026')], 'Fietssleutel Ethan',
  'Beste mevrouw Baert,\n\nEthan heeft zijn fietssleutel aan het onthaal laten liggen. Hij kan hem morgen voor de eerste les komen halen.\n\nRita',
  rules=[], about=['P0026'], note='forgotten key; correctly addressed', fmt=['plain'])

M('olympiade-febe', S['ks'], [par('P0288')], 'Febe - Vlaamse Wiskunde Olympiade',
  'Beste heer Wuyts,\n\nFebe is geselecteerd voor de tweede ronde van de Vlaamse Wiskunde Olympiade op woensdag 26 februari. '
  'Ze is die voormiddag vrijgesteld van de lessen; de school zorgt voor begeleiding.\n\nKatrien Smolders\nwiskunde',
  rules=[], about=['P0288'], note='competition leave; correctly addressed; Febe is not related to the teacher Els Wuyts', fmt=['plain'])

# ---------------------------------------------------------------- sensitive (40)
FEAT_IDS = {r[0] for r in FEATURED}

# misdirected, sensitive (7)
M('maandagen-jonas-naar-verkeerde-peeters', S['sl'], [par('P0007')], 'Afwezigheden Jonas - uitnodiging gesprek CLB',
  'Beste heer Peeters,\n\nJonas (2A) was de voorbije zes weken vijf keer afwezig op maandag, telkens zonder briefje. '
  'Volgens het schoolreglement starten we daarom het traject problematische afwezigheden: het CLB (An Boonen) volgt Jonas vanaf nu mee op. '
  'We nodigen u graag uit op een gesprek op dinsdag 11 februari om 16u in lokaal A012.\n\nMet vriendelijke groeten\nSarah Lemmens\nzorgcoördinator',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['care']}, about=['P0143'], mis=True,
  note='CLB follow-up of Jonas Peeters (2A) sent to the father of Lotte Peeters (4B), another family', fmt=['plain'])

M('zorgt-voor-zusje-verkeerde-yassin', S['tc'], [par('P0188')], 'Yassin - afwezigheden en thuissituatie',
  'Beste heer,\n\nYassin (3A) vertelde me dat hij de laatste weken thuisblijft om voor zijn zusje van drie te zorgen, omdat zijn moeder '
  'opgenomen is en zijn vader vroeg moet werken. We begrijpen dat dit een moeilijke periode is voor uw gezin. '
  'Kunnen we samen met het CLB zoeken naar opvang voor het zusje, zodat Yassin weer naar school kan komen?\n\n'
  'Met vriendelijke groeten\nTom Claessens\nleerlingbegeleider',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['family', 'care']}, about=['P0021'], mis=True,
  note='family situation of Yassin El Amrani (3A) sent to the father of Yassin Bouzid (5B): same first name', fmt=['plain'])

M('schooltoeslag-senne-verkeerde-wouters', S['ew'], [par('P0233')], 'Problematische afwezigheden Senne - gevolgen schooltoeslag',
  'Beste mevrouw Wouters,\n\nSenne heeft dit schooljaar al 31 halve dagen problematische afwezigheid. Zoals de wet voorschrijft melden we dit aan het '
  'departement Onderwijs. Dit kan tot gevolg hebben dat u de schooltoeslag voor Senne moet terugbetalen of verliest.\n\n'
  'Met vriendelijke groeten\nEls Wuyts\nadjunct-directeur',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['financial']}, about=['P0075'], mis=True,
  note='loss of school allowance of Senne Wouters (3B) sent to the mother of Jana Wouters (1A)', fmt=['plain'])

M('pfeiffer-lars-verkeerde-thread', S['rg'], [par('P0158')], 'RE: oudercontact 20 februari',
  'Beste mevrouw Hendrickx,\n\nWe ontvingen het doktersattest van Lars: hij heeft de ziekte van Pfeiffer en blijft minstens twee weken thuis. '
  'De klastitularis bezorgt de taken via Smartschool.\n\nVriendelijke groeten\nRita Geeraerts\n\n'
  '-----Oorspronkelijk bericht-----\nVan: Kristel Smets <kristel.smets@telenet.be>\nVerzonden: maandag 27 januari 2025 18:02\n'
  'Onderwerp: oudercontact 20 februari\n\nGoedenavond, kan het oudercontact van 20 februari ook online? Groeten, Kristel Smets',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['medical']}, about=['P0276'], mis=True,
  note='illness of Lars Hendrickx written as a reply in the thread of Nathan Smets\'s mother', fmt=['reply'])

M('toah-arne-verkeerde-els', S['sl'], [par('P0081', 2)], 'Planning onderwijs aan huis Arne',
  'Dag Els,\n\nHierbij de planning van het tijdelijk onderwijs aan huis voor Arne (5A) tijdens zijn opname en herstel na de nieuwe opstoot van zijn ziekte van Crohn:\n\n'
  'maandag 16u-17u wiskunde (mevr. Smolders)\nwoensdag 14u-16u Nederlands en Frans\nvrijdag 16u-17u chemie\n\n'
  'Voor de examens krijgt hij een aangepast rooster met extra pauzes.\n\nGroeten\nSarah',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['medical', 'care']}, about=['P0090'], mis=True,
  note='home teaching of Arne Maes (mother els.verbeeck@) sent by autocomplete to els.verbeke@ (mother of Kato Willaert)', fmt=['plain'])

M('politie-mila-verkeerde-mila', S['tc'], [par('P0061')], 'Mila - spijbelen en politie',
  'Beste heer,\n\nGisterenvoormiddag werd Mila samen met twee jongeren van een andere school door de politie aangetroffen in het stadspark '
  'tijdens de lesuren. De jeugdinspecteur heeft een proces-verbaal opgemaakt en brengt de ouders op de hoogte. '
  'Op school volgt een begeleidingsgesprek en een week inhaalstudie op woensdagnamiddag.\n\n'
  'Met vriendelijke groeten\nTom Claessens\nleerlingbegeleider 3de graad\n\n(betreft: Mila Vermeulen, 3C)',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['psychosocial']}, about=['P0270'], mis=True,
  note='truancy and police report of Mila Vermeulen (3C) sent to the father of Mila Claes (2B): same first name', fmt=['plain'])

M('afbetalingsplan-kobe-verkeerde-vd', S['mvh'], [par('P0116')], 'Openstaande schoolrekeningen Kobe',
  'Beste mevrouw,\n\nDe schoolrekeningen van Kobe voor september tot december staan nog open (samen 412,50 euro). '
  'Zoals besproken kan u afbetalen in vijf maandelijkse schijven. We hebben ook gehoord dat het OCMW een deel zou kunnen tussenkomen; '
  'mogen we uw maatschappelijk werker contacteren?\n\nMet vriendelijke groeten\nMarleen Van Hoof\nboekhouding',
  rules=['sensitive', 'recipient'], cats={'sensitive': ['financial']}, about=['P0120'], mis=True,
  note='unpaid bills of Kobe Vandenbussche sent to vdbroeck.s@ (parent of Liam Van den Broeck) by autocomplete "vd"', fmt=['plain'])

# correctly addressed / internal sensitive (33)
M('gesprek-clb-jonas', S['sl'], [par('P0143')], 'Uitnodiging gesprek - afwezigheden Jonas',
  'Beste ouders,\n\nJonas was de voorbije weken vijf keer afwezig op maandag zonder wettiging. We starten daarom samen met het CLB een begeleidingstraject. '
  'Mevrouw An Boonen van het CLB zal op het gesprek van dinsdag 11 februari om 16u aanwezig zijn.\n\nMet vriendelijke groeten\nSarah Lemmens\nzorgcoördinator',
  rules=['sensitive'], cats={'sensitive': ['care']}, about=['P0143'], note='CLB follow-up of problematic absence; correctly addressed to Jonas\'s own parents', fmt=['plain'])

M('thuissituatie-yassin-correct', S['tc'], [par('P0021', 2)], 'Yassin - afwezigheden',
  'Beste mevrouw Benali,\n\nDank u voor uw eerlijke uitleg aan de telefoon. Nu u opgenomen bent in het ziekenhuis blijft Yassin thuis om voor zijn zusje te zorgen. '
  'Het CLB (maatschappelijk werker An Boonen) kan helpen om kinderopvang te vinden. Yassin kan de gemiste lessen inhalen tijdens de avondstudie.\n\n'
  'Veel beterschap.\nTom Claessens\nleerlingbegeleider',
  rules=['sensitive'], cats={'sensitive': ['family', 'care']}, about=['P0021'],
  note='pupil caring for a sibling, CLB involved; correctly addressed to his mother (address does not spell El Amrani)', fmt=['plain'])

M('toah-arne-correct', S['sl'], [par('P0090')], 'Tijdelijk onderwijs aan huis - Arne',
  'Beste mevrouw Verbeeck,\n\nDe aanvraag voor tijdelijk onderwijs aan huis voor Arne is goedgekeurd, op basis van het attest van de gastro-enteroloog '
  '(ziekte van Crohn, chronisch). Vanaf volgende week komen er vier lesuren per week aan huis. Via Thuisklas vzw kan hij ook live lessen volgen.\n\n'
  'Met vriendelijke groeten\nSarah Lemmens\nzorgcoördinator',
  rules=['sensitive'], cats={'sensitive': ['medical', 'care']}, about=['P0090'], note='chronic illness and home teaching; correctly addressed', fmt=['plain'])

_abs = klas('4C', exclude=FEAT_IDS, n=4)
_arows = [(name(_abs[0]), '4C', 'ziek (griep), briefje ouders'), (name(_abs[1]), '4C', 'ziekenhuisopname, appendicitis'),
          (name(_abs[2]), '4C', 'begrafenis grootmoeder'), (name(_abs[3]), '4C', 'ziek, doktersattest tot vrijdag')]
M('dagelijkse-afwezigheidslijst', S['nb'], [S['ks'], S['wh'], S['fa']], 'Afwezigen 4C vandaag',
  'Dag collega\'s,\n\nDe afwezigen van 4C vandaag:\n\n' + table_text(('Leerling', 'Klas', 'Reden'), _arows) + '\n\nNadia',
  html=wrap_html('<p class="MsoNormal">Dag collega\'s,</p><p class="MsoNormal">De afwezigen van 4C vandaag:</p>'
                 + table_html(('Leerling', 'Klas', 'Reden'), _arows) + '<p class="MsoNormal">Nadia</p>'),
  rules=['sensitive'], cats={'sensitive': ['medical', 'family']}, about=_abs, note='daily absence list with reasons (illness, hospital, death in family)', fmt=[])

_w = klas('3A', exclude=FEAT_IDS, n=3) + ['P0131']
_wrows = [(name(_w[0]), '3A', 6, 0, ''), (name(_w[1]), '3A', 2, 9, 'CLB ingeschakeld, begeleidingsplan'),
          (name(_w[2]), '3A', 4, 1, ''), (name('P0131'), '3A', 0, 14, 'CLB-traject schoolweigering')]
M('weekoverzicht-afwezigheden', S['ew'], [S['kvs']], 'Weekoverzicht afwezigheden 3A',
  'Koen,\n\nHet overzicht van 3A tot en met vrijdag (halve dagen):\n\n' +
  table_text(('Leerling', 'Klas', 'Gewettigd', 'Problematisch (B)', 'Opvolging'), _wrows) + '\n\nEls',
  html=wrap_html('<p class="MsoNormal">Koen,</p><p class="MsoNormal">Het overzicht van 3A tot en met vrijdag (halve dagen):</p>'
                 + table_html(('Leerling', 'Klas', 'Gewettigd', 'Problematisch (B)', 'Opvolging'), _wrows) + '<p class="MsoNormal">Els</p>'),
  rules=['sensitive'], cats={'sensitive': ['care']}, about=_w, note='weekly table naming pupils with CLB follow-up plans', fmt=[])

M('melding-leerplicht-jens', S['ew'], [LEERPLICHT], 'Melding problematische afwezigheid - Jens Aerts',
  'Geachte,\n\nHierbij melden wij de problematische afwezigheid van volgende leerling:\n\n'
  'Naam: Jens Aerts\nGeboortedatum: 23/11/2009\nRijksregisternummer: ' + rrn(9, 11, 23, 157) + '\nKlas: 3B\n'
  'Aantal halve dagen problematische afwezigheid: 34\n\n'
  'De school heeft sinds november een begeleidingstraject met het CLB opgestart; de ouders werden drie keer uitgenodigd. '
  'Het CLB-dossier wordt verder opgevolgd door mevrouw Boonen.\n\nMet vriendelijke groeten\nEls Wuyts\nadjunct-directeur',
  rules=['sensitive', 'personal_data'], cats={'sensitive': ['care']}, about=['P0012'],
  note='report to the department with date of birth and a valid national register number; CLB follow-up', fmt=['plain'])

_mdo = ('Verslag MDO - Elif Yilmaz (3A)\n\nAanwezig: S. Lemmens (zorgcoördinator), T. Claessens (leerlingbegeleider), A. Boonen (CLB), H. Verlinden (titularis)\n\n'
        '1. Situatie\nElif is sinds 6 januari niet meer op school geweest. Ze geeft aan dat ze ernstige angst- en paniekaanvallen krijgt als ze de schoolpoort nadert. '
        'De huisarts heeft haar doorverwezen naar een kinderpsychiater; ze start volgende week met therapie bij het CGG.\n\n'
        '2. Afspraken\n- Geleidelijke terugkeer: eerst 1 lesuur per dag in de zorgklas, daarna uitbreiden.\n'
        '- Vaste opvang door mevr. Verlinden bij aankomst.\n- Afwezigheden worden gewettigd via attest van de psychiater.\n'
        '- Het CLB volgt op en neemt contact op met de ouders.\n\n3. Volgende MDO: 24 februari.')
M('verslag-mdo-elif', S['sl'], [CLB], 'verslag MDO Elif',
  'Dag An,\n\nHieronder het verslag (uit Word geplakt) zoals besproken.\n\n' + _mdo + '\n\nGroeten\nSarah',
  charset='windows-1252', rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=['P0131'],
  note='long note pasted from Word: anxiety, therapy and a return plan; Windows-1252', fmt=['word-paste'])

M('terugkeerplan-elif-ouders', S['hvl'], [par('P0131')], 'Plan voor de terugkeer van Elif',
  'Beste ouders,\n\nZoals afgesproken op het overleg: Elif mag vanaf maandag elke dag het eerste lesuur naar de zorgklas komen. '
  'Ik wacht haar aan het onthaal op. Als de paniek te groot wordt mag ze naar huis bellen. De therapeut en het CLB zijn op de hoogte.\n\n'
  'Hartelijke groeten\nHanne Verlinden\nklastitularis 3A',
  rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=['P0131'], note='anxiety and adjusted return plan; correctly addressed', fmt=['plain'])

M('telefoonnotitie-ines', S['rg'], [S['hvl'], S['gv'], S['ddp']], 'telefoon mama Ines Van Damme',
  'TELEFOONNOTITIE\nDatum: ma 3 februari, 8u12\nOntvangen door: Rita (onthaal)\nBeller: mama van Ines Van Damme (6A)\n\n'
  'Ines is zaterdag gevallen bij het paardrijden en heeft een hersenschudding. Ze mag twee weken geen scherm gebruiken en niet sporten. '
  'Doktersattest volgt via Smartschool. Ze komt terug op maandag 17/2.\n\nRita',
  rules=['sensitive'], cats={'sensitive': ['medical']}, about=['P0195'], note='phone note of a parent reporting an injury', fmt=['phone'])

M('bilal-schorsing', S['kvs'], [par('P0219')], 'Tuchtmaatregel Bilal',
  'Beste heer Ouali,\n\nNaar aanleiding van de vechtpartij van vrijdag op de speelplaats, waarbij een medeleerling gewond raakte, '
  'wordt Bilal preventief geschorst van maandag 10 tot en met woensdag 12 februari. Deze dagen worden niet als problematische afwezigheid geteld. '
  'U ontvangt de aangetekende brief morgen.\n\nMet vriendelijke groeten\nKoen Vanderstraeten\ndirecteur',
  rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['P0219'], note='behaviour incident with suspension; correctly addressed', fmt=['plain'])

M('zaid-ocmw-english', S['sl'], [par('P0127')], 'Zaid - absences and school costs',
  'Dear Mr and Mrs Rahimi,\n\nThank you for letting us know that Zaid will be absent on Tuesday for your appointment at the Immigration Office; '
  'this is an authorised absence. Regarding the school bills you cannot pay at the moment: the school has agreed with the OCMW social worker '
  'that they will cover the costs of the school trip and the books for this year.\n\nKind regards\nSarah Lemmens\ncare coordinator',
  rules=['sensitive'], cats={'sensitive': ['financial']}, lang='en', about=['P0127'],
  note='English: social assistance pays the pupil\'s school costs; correctly addressed', fmt=['plain'])

M('maya-vader-gevangenis', S['fa'], [S['sl']], 'Maya Nowak - afwezigheden op donderdag',
  'Sarah,\n\nMaya (2C) vertelde me vandaag in vertrouwen dat haar vader in de gevangenis van Leuven zit en dat ze om de twee weken op donderdag met haar mama op bezoek gaat. '
  'Daarom de afwezigheden op donderdagvoormiddag. Kunnen we dat als gewettigd laten registreren zonder dat de reden op het rapport komt?\n\nFatima',
  rules=['sensitive'], cats={'sensitive': ['family']}, about=['P0016'], note='a parent in prison explains the absences; internal mail', fmt=['plain'])

M('aya-diabetes-collegas', S['nb'], [S['ldw'], S['ddp']], 'Aya Benali 1C - diabetes',
  'Dag Lies, dag Dieter,\n\nAya uit 1C heeft sinds kort diabetes type 1. Ze mag tijdens de les altijd eten of drinken en haar glucose meten. '
  'Bij een hypo: druivensuiker geven en het onthaal verwittigen. Ze is donderdag afwezig voor controle in het UZ.\n\nNadia',
  rules=['sensitive'], cats={'sensitive': ['medical']}, about=['P0163'], note='diagnosis and medical instructions to colleagues', fmt=['plain'])

M('tess-zwangerschap-clb', S['sl'], [CLBARTS], 'Tess Geerts 5B',
  'Dag dokter Moens,\n\nTess Geerts (5B) is zwanger (ongeveer 20 weken) en mist regelmatig lessen voor controles en door misselijkheid. '
  'Kunnen we samen bekijken welke aanpassingen in het lessenrooster en bij de examens mogelijk zijn? Tess is akkoord dat ik dit met u bespreek.\n\n'
  'Groeten\nSarah Lemmens',
  rules=['sensitive'], cats={'sensitive': ['medical', 'care']}, about=['P0167'], note='pregnancy and adjustments discussed with the CLB doctor', fmt=['plain'])

M('milan-maandagen-co-ouderschap', S['tc'], [par('P0201')], 'Afwezigheden Milan op maandag',
  'Beste heer Goossens,\n\nMilan was deze maand drie maandagen afwezig. Ik begrijp uit het gesprek met zijn mama dat hij sinds de scheiding '
  'om het weekend bij u is en dat de terugrit op maandagochtend vanuit Antwerpen moeilijk loopt. Kunnen we samen met beide ouders een afspraak maken?\n\n'
  'Vriendelijke groeten\nTom Claessens\nleerlingbegeleider',
  rules=['sensitive'], cats={'sensitive': ['family']}, about=['P0201'], note='divorce and custody explain Monday absences; correctly addressed', fmt=['plain'])

M('louise-dyslexie-examens', S['as'], [par('P0205')], 'Louise - afwezig bij toetsen en haar dyslexie',
  'Beste mevrouw Hermans,\n\nLouise was de laatste weken opvallend vaak afwezig op dagen met een dictee of een toets Frans. '
  'Ze vertelde dat ze bang is omdat ze door haar dyslexie te traag is. In haar handelingsplan staat dat ze extra tijd en voorleessoftware krijgt; '
  'ik zal erop letten dat dit bij elke toets gebeurt.\n\nGroeten\nAnn Sels',
  rules=['sensitive'], cats={'sensitive': ['care']}, about=['P0205'], note='dyslexia and reasonable adjustments; correctly addressed', fmt=['plain'])

M('victor-adhd-medicatie', S['svr'], [par('P0291')], 'Victor - medicatie',
  'Beste mevrouw Lenaerts,\n\nVictor kwam vandaag zonder zijn Rilatine naar school en was erg onrustig. Hij werd na de middag naar de studie gestuurd. '
  'Kan u nagaan of hij zijn middagdosis in zijn boekentas heeft? Zoals afgesproken in zijn zorgplan mag hij ze aan het onthaal innemen.\n\nStijn Van Roy',
  rules=['sensitive'], cats={'sensitive': ['medical', 'care']}, about=['P0291'], note='ADHD medication and care plan; correctly addressed', fmt=['plain'])

M('chloe-hospitalisation', S['gv'], [par('P0176')], 'Absence de Chloé',
  'Madame, Monsieur,\n\nNous avons bien reçu le certificat de l\'hôpital : Chloé est hospitalisée pour son anorexie et sera absente au moins jusqu\'aux vacances de Pâques. '
  "L'école organisera un enseignement temporaire à domicile dès qu'elle pourra suivre des cours. Nous lui souhaitons beaucoup de courage.\n\n"
  'Bien à vous,\nGriet Verhaegen\ntitulaire 5A',
  rules=['sensitive'], cats={'sensitive': ['medical']}, lang='fr', about=['P0176'], note='French: hospitalisation for an eating disorder; correctly addressed', fmt=['plain'])

M('eline-zelfverwonding', S['hvl'], [S['tc'], S['sl']], 'dringend: Eline Stevens 6A',
  'Tom, Sarah,\n\nEline is sinds het incident van vorige dinsdag (zelfverwonding in de toiletten, ontdekt door een medeleerlinge) niet meer op school geweest. '
  'Mama belde dat ze niet wil komen. Kunnen we vandaag nog overleggen wie contact neemt en of het CLB al op de hoogte is?\n\nHanne',
  rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['P0295'], note='self-harm incident; internal', fmt=['plain'])

M('ayoub-gepest', S['tc'], [par('P0282')], 'Ayoub - afwezigheden en pesterijen',
  'Beste mevrouw Chakir,\n\nDank u om ons te laten weten waarom Ayoub de laatste weken zo vaak ziek gemeld werd: hij wordt in de klasgroep en op Snapchat gepest. '
  'We nemen dit heel ernstig. Ik spreek morgen met de betrokken leerlingen en stel een no-blame-aanpak voor.\n\nTom Claessens\nleerlingbegeleider',
  rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['P0282'], note='bullying victim; correctly addressed', fmt=['plain'])

M('dries-leefgroep', S['jw'], [LEEFGROEP], 'Dries Vos - aanwezigheden',
  'Dag Bram,\n\nSinds Dries in januari bij jullie in de leefgroep geplaatst is, loopt zijn aanwezigheid een stuk beter: deze maand maar één halve dag afwezig. '
  'Kan jij de briefjes voortaan ondertekenen, of moet dat nog door zijn vader gebeuren nu de jeugdrechter de plaatsing heeft bevolen?\n\n'
  'Groeten\nJoke Willems\nopvoeder',
  rules=['sensitive'], cats={'sensitive': ['family']}, about=['P0086'], note='placement of a pupil in a youth care home', fmt=['plain'])

M('yara-ocmw', S['mvh'], [OCMW], 'Yara Haesendonck - schoolkosten',
  'Beste mevrouw Pauwels,\n\nVoor Yara Haesendonck (6B) staat nog 318 euro open. Omdat haar schooltoeslag dit jaar werd ingetrokken na de problematische afwezigheden van vorig jaar, '
  'kan het gezin dit niet betalen. Is een tussenkomst van het OCMW mogelijk, zoals in september?\n\nMet vriendelijke groeten\nMarleen Van Hoof\nboekhouding',
  rules=['sensitive'], cats={'sensitive': ['financial']}, about=['P0097'], note='unpaid bill, withdrawn school allowance, social assistance', fmt=['plain'])

M('thibo-ass-prikkels', S['hvl'], [par('P0108')], 'Thibo - afwezigheden en prikkelarme ruimte',
  'Beste mevrouw Ceulemans,\n\nThibo ging de voorbije weken enkele keren vroeger naar huis na een overprikkeling. In zijn zorgplan (ASS) staat dat hij de prikkelarme ruimte mag gebruiken; '
  'vanaf nu heeft hij daarvoor een vaste kaart. Zo hopen we dat hij de volledige dag op school kan blijven.\n\nHanne Verlinden',
  rules=['sensitive'], cats={'sensitive': ['care']}, about=['P0108'], note='autism care plan; correctly addressed', fmt=['plain'])

M('liam-vermoeden-geweld', S['fa'], [S['sl']], 'zorgen om Liam (1B)',
  'Sarah,\n\nLiam was drie dagen afwezig en kwam vandaag terug met blauwe plekken op zijn armen en in zijn nek. Hij zegt dat zijn stiefvader "boos was". '
  'Ik maak me echt zorgen. Wat moeten we doen, moet het vertrouwenscentrum verwittigd worden?\n\nFatima',
  rules=['sensitive'], cats={'sensitive': ['family']}, about=['P0116'], note='suspected domestic violence; internal', fmt=['plain'])

M('adam-diefstal-politie', S['kvs'], [par('P0058')], 'Adam - spijbelen en diefstal',
  'Beste mevrouw Mansouri,\n\nAdam heeft donderdag de namiddag gespijbeld. De politie heeft hem die namiddag samen met twee anderen betrapt op diefstal in een winkel in de Leuvensestraat. '
  'De school neemt een tuchtmaatregel: twee dagen uitsluiting uit de lessen. We nodigen u uit op een gesprek.\n\nKoen Vanderstraeten\ndirecteur',
  rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['P0058'], note='truancy, theft, police and a sanction; correctly addressed', fmt=['plain'])

M('kato-knieoperatie', S['ddp'], [par('P0081')], 'Kato - vrijstelling LO',
  'Beste heer Willaert,\n\nDank voor het attest. Kato is na haar knieoperatie (voorste kruisband) vrijgesteld van LO tot eind maart. '
  'Tijdens de lessen mag ze in de studie werken. Zijn de krukken nog nodig op de trappen? Dan regelen we de lift.\n\nDieter De Pauw',
  rules=['sensitive'], cats={'sensitive': ['medical']}, about=['P0081'], note='surgery and exemption from PE; correctly addressed', fmt=['plain'])

_iban = be_iban('7340412345')
M('afbetalingsplan-warre', S['mvh'], [par('P0153')], 'Afbetalingsplan schoolrekening Warre',
  'Beste mevrouw Boeckx,\n\nZoals gevraagd stellen we voor de openstaande schoolrekeningen van Warre (samen 286 euro) een afbetalingsplan op: '
  '4 keer 71,50 euro, telkens voor de 15de van de maand, op rekening ' + _iban + ' van de school, met vermelding "Warre Boeckx 4C".\n\n'
  'Met vriendelijke groeten\nMarleen Van Hoof\nboekhouding',
  rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=['P0153'],
  note='payment plan for unpaid bills; contains a valid IBAN', fmt=['plain'])

M('schooltoeslag-jens-ouders', S['ew'], [par('P0012')], 'Problematische afwezigheid Jens - schooltoeslag',
  'Beste heer Aerts,\n\nOndanks het begeleidingstraject met het CLB heeft Jens nu 34 halve dagen problematische afwezigheid. '
  'We zijn wettelijk verplicht dit te melden; het Groeipakket kan daarop de schooltoeslag voor dit schooljaar terugvorderen. '
  'We willen dit samen met u en het CLB nog bespreken.\n\nEls Wuyts\nadjunct-directeur',
  rules=['sensitive'], cats={'sensitive': ['financial', 'care']}, about=['P0012'], note='loss of school allowance and CLB follow-up; correctly addressed', fmt=['plain'])

M('amira-epilepsie', S['ew'], [S['as'], S['ks'], S['ddp']], 'Amira Haddou 2C - epilepsie',
  'Beste collega\'s,\n\nAmira had gisteren in de les een epileptische aanval en is vandaag afwezig. Ze neemt sinds kort Depakine. '
  'Bij een nieuwe aanval: niet vastpakken, tijd noteren, onthaal verwittigen en mama bellen op 0485 27 61 93.\n\nEls',
  rules=['sensitive', 'personal_data'], cats={'sensitive': ['medical']}, about=['P0112'], note='epilepsy and medication; carries a parent\'s mobile number', fmt=['plain'])

M('jolien-depressie-therapie', S['tc'], [par('P0245')], 'Jolien - woensdagvoormiddag',
  'Beste mevrouw Coppens,\n\nWe gaan akkoord dat Jolien de komende tien weken op woensdagvoormiddag afwezig is voor haar therapie bij de psycholoog. '
  'Fijn dat de depressie beter onder controle lijkt. De gemiste toetsen mag ze inhalen op vrijdag.\n\nTom Claessens',
  rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=['P0245'], note='depression and therapy; correctly addressed', fmt=['plain'])

M('ilias-prive-gmail', ('Wim Heylen', 'wimheylen@hotmail.com'), [par('P0192')], 'Ilias',
  'Beste meneer Bakkali,\n\nIk stuur dit even van thuis uit. Ilias heeft vandaag tijdens de les een leerkracht uitgescholden en is de klas uitgestuurd. '
  'Hij krijgt woensdag strafstudie en de directie neemt contact op. Ik hoop dat u er thuis ook met hem over kan praten.\n\nWim Heylen',
  enc='8bit', mailer='Outlook for iOS', rules=['sensitive', 'private_account'], cats={'sensitive': ['psychosocial']}, about=['P0192'],
  note='teacher writes from his private Hotmail to a parent about a behaviour incident', fmt=[])

_cl = klas('4C', exclude=FEAT_IDS)[4:7] + ['P0041']
_clrows = [(name(p), cls(p), r) for p, r in zip(_cl, ['CLB-traject spijbelen', 'handelingsplan dyscalculie', 'CLB: angst, thuisbegeleiding', 'CLB-traject, 22 halve dagen B'])]
M('fw-clb-lijst-naar-prive', S['as'], [('Ann Sels', 'ann.sels.thuis@hotmail.com')], 'FW: lijst CLB-opvolging 4C',
  'om thuis verder te werken\n\n---------- Doorgestuurd bericht ----------\nVan: Sarah Lemmens\nOnderwerp: lijst CLB-opvolging 4C\n\n'
  + table_text(('Leerling', 'Klas', 'Opvolging'), _clrows),
  rules=['sensitive', 'private_account'], cats={'sensitive': ['care', 'psychosocial']}, about=_cl,
  note='teacher forwards a list of pupils in CLB follow-up to her own private mailbox', fmt=['forward'])

M('doktersattest-fw-collegas', S['nb'], [S['ks']], 'FW: doktersattest Oliver',
  'Katrien, ter info voor je klasgroep.\nNadia\n\n-----Original Message-----\nFrom: Claire Smith <claire.smith@outlook.com>\nSent: Monday, 10 February 2025 07:45\n'
  'Subject: doctor\'s note Oliver\n\nGood morning, Oliver has tonsillitis and will stay home until Wednesday. Please find the doctor\'s note attached.\nClaire Smith',
  atts=[att('attest_Oliver_Smith.pdf', pdf_bytes(['Huisartsenpraktijk De Linde - Tienen', 'Getuigschrift van arbeidsongeschiktheid',
                                                     'Patient: Oliver Smith', 'Diagnose: acute tonsillitis', 'Ongeschikt om school te lopen van 10/02/2025 tot en met 12/02/2025']))],
  rules=['sensitive'], cats={'sensitive': ['medical']}, about=['P0182'], lang='en', note='forwarded parent mail with doctor\'s note (PDF) to the class teacher', fmt=['forward'])

# ---------------------------------------------------------------- general letters (20) - must pass
ALLPAR = parents_of(CLASSES)
GRAAD = {1: ['1A', '1B', '1C', '2A', '2B', '2C'], 2: ['3A', '3B', '3C', '4A', '4B', '4C'], 3: ['5A', '5B', '5C', '6A', '6B']}
PERS = ['personeel@spc.ksleuven.be']
DSIG = '\n\nMet vriendelijke groeten\n\nKoen Vanderstraeten\ndirecteur Sint-Pieterscollege Tienen'

M('brief-ouders-afwezigheidsregels', S['dir'], [], 'Afwezigheden: de afspraken op een rij',
  'Beste ouders\n\nBij het begin van het tweede trimester zetten we de afspraken over afwezigheden nog eens op een rij.\n\n'
  '- Meld een afwezigheid altijd voor 8u30 via Smartschool of aan het onthaal.\n'
  '- Bij ziekte tot en met drie opeenvolgende kalenderdagen volstaat een briefje van de ouders, maximaal vier keer per schooljaar.\n'
  '- Voor langere afwezigheden, of vanaf het vijfde briefje, is een doktersattest nodig.\n'
  '- Een afwezigheid zonder geldige reden is een problematische afwezigheid. Vanaf vijf halve dagen nemen we contact met u op, vanaf tien halve dagen wordt het CLB ingeschakeld.\n\n'
  'In bijlage vindt u de volledige tekst uit het schoolreglement.' + DSIG,
  bcc=ALLPAR, atts=[att('Afwezigheden_schoolreglement_2024-2025.pdf', pdf_bytes([
      'Sint-Pieterscollege Tienen - Schoolreglement deel II, hoofdstuk 4', 'Afwezigheden wegens ziekte: briefje ouders max. 4 keer per schooljaar.',
      'Daarna of bij meer dan 3 dagen: doktersattest.', 'Problematische afwezigheden: begeleiding door school en CLB.']))],
  rules=[], note='general letter to all parents about the absence rules; parents only in BCC', fmt=['general-letter'])

M('brief-ouders-treinstaking', S['dir'], [], 'Spoorstaking 28 januari: laattijdige aankomst',
  'Beste ouders\n\nOp dinsdag 28 januari is er een nationale spoorstaking aangekondigd. Leerlingen die met de trein komen en daardoor te laat zijn, '
  'krijgen geen laatkomersbriefje. Wie niet op school geraakt, meldt dit zoals gewoonlijk voor 8u30; die afwezigheid wordt als gewettigd beschouwd.' + DSIG,
  bcc=['ouders-alle@spc.ksleuven.be'], rules=[], note='general letter: strike arrangements; group list only in BCC', fmt=['general-letter'])

_txt = ('Beste collega\'s\n\nVanaf maandag 3 februari vragen we iedereen om de afwezigheden in Aanwezio binnen de eerste tien minuten van elk lesuur te registreren. '
        'Om 9u10 en 13u35 controleert het leerlingensecretariaat welke klassen nog ontbreken.\n\n'
        'Aandachtspunten:\n- Registreer enkel "afwezig" of "te laat"; de codes (Z, D, B, ...) worden door het secretariaat ingevuld.\n'
        '- Zet geen redenen of medische informatie in het opmerkingenveld.\n- Twijfel je, vraag het aan het onthaal.' + DSIG)
M('brief-personeel-registratie', S['dir'], [], 'Registratie van afwezigheden - nieuwe afspraken', _txt, html=html_from_text(_txt),
  bcc=PERS, rules=[], note='general letter to all staff; staff list only in BCC', fmt=['general-letter'])

M('brief-personeel-stappenplan-docx', S['ew'], [], 'Stappenplan problematische afwezigheden',
  'Beste collega\'s\n\nIn bijlage het geactualiseerde stappenplan bij problematische afwezigheden, zoals besproken op de personeelsvergadering. '
  'De klastitularis neemt contact op met de ouders vanaf de vijfde halve dag; vanaf de tiende halve dag neemt de zorgcoördinator het over en wordt het CLB verwittigd.\n\n'
  'Groeten\nEls Wuyts\nadjunct-directeur',
  bcc=PERS, atts=[att('Stappenplan_problematische_afwezigheden.docx', docx_bytes([
      'Stappenplan problematische afwezigheden', 'Stap 1 (5 halve dagen): klastitularis contacteert de ouders.',
      'Stap 2 (10 halve dagen): zorgcoördinator en CLB, begeleidingsplan.', 'Stap 3 (30 halve dagen): melding aan het departement Onderwijs.']))],
  rules=[], note='general procedure to all staff, no pupil named', fmt=['general-letter'])

M('brief-ouders-clb-informatie', S['dir'], [], 'Infobrief CLB',
  'Beste ouders\n\nOnze school werkt samen met het Vrij CLB Tienen-Hageland. Het CLB begeleidt leerlingen bij leren en studeren, onderwijsloopbaan, '
  'psychisch en sociaal functioneren en preventieve gezondheidszorg. Bij problematische afwezigheden is de begeleiding door het CLB verplicht.\n\n'
  'U kan het CLB zelf contacteren via de website of tijdens de zitdag op school (donderdag, lokaal A012). Het CLB werkt gratis en discreet.' + DSIG,
  bcc=parents_of(GRAAD[1]), rules=[], note='general CLB information letter, nobody named', fmt=['general-letter'])

M('brief-ouders-medicatiebeleid', S['dir'], [], 'Medicatie op school',
  'Beste ouders\n\nIn principe geeft de school geen medicatie. Moet uw kind tijdens de schooluren medicatie nemen, dan vragen we het formulier '
  '"Medicatie op school" door de arts te laten invullen en aan het onthaal af te geven. Bij ziekte op school contacteren we u altijd eerst. '
  'Een kind dat ziek is, blijft best thuis; meld de afwezigheid dan voor 8u30.' + DSIG,
  bcc=['ouders-alle@spc.ksleuven.be'], rules=[], note='general medication policy', fmt=['general-letter'])

M('brief-ouders-schooltoeslag', S['dir'], [], 'Schooltoeslag en afwezigheden',
  'Beste ouders\n\nVeel gezinnen ontvangen een schooltoeslag via het Groeipakket. Let op: wanneer een leerling in één schooljaar 30 halve dagen of meer '
  'problematisch afwezig is, moet de school dit melden en kan de schooltoeslag worden teruggevorderd. Hebt u vragen over de schooltoeslag of over '
  'betalingen, dan kan u steeds discreet terecht bij onze boekhouding.' + DSIG,
  bcc=ALLPAR, charset='windows-1252', rules=[], note='general letter on school allowance, nobody named; Windows-1252', fmt=['general-letter'])

M('brief-ouders-poort-laatkomers', S['dir'], [], 'Openingsuren poort en laatkomers',
  'Beste ouders\n\nDe poort aan de Kapelstraat is open van 7u45 tot 8u25. Wie later komt, meldt zich aan het onthaal in de Kapelstraat 12 en tekent het laatkomersregister. '
  'Na drie keer te laat in dezelfde maand nodigt de opvoeder uw zoon of dochter uit voor een gesprek.' + DSIG,
  bcc=parents_of(GRAAD[2]), rules=[], note='general letter on gate hours; no code given', fmt=['general-letter'])

M('brief-personeel-doktersattesten', S['ew'], [], 'Doktersattesten: niet meer per mail doorsturen',
  'Beste collega\'s\n\nGeef doktersattesten die leerlingen aan jou afgeven meteen af aan het leerlingensecretariaat. Stuur ze niet door per mail en maak er geen foto van: '
  'het secretariaat scant ze in het leerlingvolgsysteem. Zo blijven medische gegevens op één veilige plaats.\n\nEls Wuyts',
  bcc=PERS, rules=[], note='general staff letter about handling doctor\'s notes', fmt=['general-letter'])

M('lettre-parents-absences', S['dir'], [], 'Absences : rappel des règles',
  'Chers parents,\n\nPour les familles francophones, voici un résumé des règles concernant les absences :\n\n'
  "- Toute absence doit être signalée avant 8h30 via Smartschool ou à l'accueil.\n"
  '- Une absence pour maladie de trois jours maximum peut être justifiée par un mot des parents, quatre fois par année scolaire.\n'
  '- Au-delà, un certificat médical est nécessaire.\n- Les absences injustifiées sont suivies par l\'école et le CLB.\n\n'
  'Bien cordialement,\nKoen Vanderstraeten\ndirecteur',
  bcc=['ouders-fr@spc.ksleuven.be'], lang='fr', rules=[], note='general letter in French', fmt=['general-letter'])

M('letter-parents-absences-en', S['dir'], [], 'Absences: the rules in English',
  'Dear parents,\n\nFor families who prefer English, a short summary of our absence rules:\n\n'
  '- Report every absence before 8:30 via Smartschool or at the reception.\n'
  '- For an illness of up to three days, a note signed by a parent is enough, at most four times a school year.\n'
  '- Otherwise a doctor\'s certificate is required.\n- Unauthorised absences are followed up by the school and the CLB (pupil guidance centre).\n\n'
  'Kind regards\nKoen Vanderstraeten\nprincipal',
  bcc=['ouders-en@spc.ksleuven.be'], lang='en', enc='b64', rules=[], note='general letter in English; base64 body', fmt=['general-letter'])

M('brief-personeel-opleiding-aanwezio', S['pdw'], [], 'Opleiding Aanwezio woensdag',
  'Beste collega\'s\n\nWoensdag 12 februari om 13u30 is er een korte opleiding over de afwezighedenmodule in lokaal A114 (ICT-lokaal) en om 15u in B104. '
  'Je aanmeldgegevens zijn dezelfde als voor Smartschool; wachtwoorden sturen we nooit per mail.\n\nPieter Dewit\nICT-coördinator',
  bcc=PERS, rules=[], note='general staff letter about training, no credentials', fmt=['general-letter'])

M('brief-ouders-examens-derde-graad', S['dir'], [], 'Afwezig tijdens de examens',
  'Beste ouders\n\nTijdens de examenperiode in juni gelden strengere regels: een afwezigheid op een examendag moet altijd gewettigd worden met een doktersattest. '
  'Het examen wordt dan, indien mogelijk, ingehaald op een latere datum die de directie bepaalt.' + DSIG,
  bcc=parents_of(GRAAD[3]), rules=[], note='general letter to parents of the third grade; explicit parent list only in BCC', fmt=['general-letter'])

M('brief-personeel-maandagpatroon', S['ew'], [], 'Let op afwezigheidspatronen',
  'Beste collega\'s\n\nUit de cijfers van het eerste trimester blijkt dat de meeste problematische afwezigheden op maandag en vrijdag vallen. '
  'Klastitularissen: bekijk maandelijks het overzicht van je klas in Aanwezio en bespreek een opvallend patroon met de leerlingbegeleider. '
  'Concrete leerlingen bespreken we niet via mail maar op de cel leerlingenbegeleiding.\n\nEls Wuyts',
  bcc=PERS, rules=[], note='general staff letter about patterns, aggregated only', fmt=['general-letter'])

M('brief-ouders-pestbeleid', S['dir'], [], 'Ons anti-pestbeleid',
  'Beste ouders\n\nSoms blijft een leerling thuis omdat hij of zij gepest wordt. Wij vragen u om dit altijd te melden aan de klastitularis of de leerlingbegeleiding. '
  'Onze school werkt met de no-blame-methode en heeft een vertrouwenspunt. Meer informatie leest u in het pestactieplan op de website.' + DSIG,
  bcc=ALLPAR, rules=[], note='general bullying-policy letter', fmt=['general-letter'])

M('brief-ouders-betalingsherinnering', S['mvh'], [], 'Herinnering schoolrekening tweede trimester',
  'Beste ouders\n\nDe schoolrekening van het tweede trimester is verstuurd via Smartschool. Wij vragen u vriendelijk om ze voor 28 februari te betalen '
  'met de gestructureerde mededeling die op uw rekening staat. Hebt u het moeilijk om te betalen, neem dan discreet contact op met de boekhouding; '
  'een afbetalingsplan is altijd bespreekbaar.\n\nMarleen Van Hoof\nboekhouding',
  bcc=ALLPAR, rules=[], note='payment reminder to everybody, nobody named, no IBAN', fmt=['general-letter'])

M('brief-personeel-privacy', S['kvs'], [S['kvs']], 'Herinnering: privacy bij afwezigheden',
  'Beste collega\'s\n\nEen korte herinnering aan ons communicatiebeleid: stuur nooit wachtwoorden of codes per mail, gebruik geen privémailadres voor schoolzaken, '
  'zet groepsadressen altijd in BCC en deel gevoelige informatie over leerlingen (gezondheid, gezinssituatie, zorg) enkel via het leerlingvolgsysteem. '
  'Bij een vermoedelijk datalek: meld het aan privacy@lksd.ksleuven.be.' + DSIG,
  bcc=PERS, rules=[], note='general privacy reminder to all staff; To is the sender himself, staff list in BCC', fmt=['general-letter'])

M('brief-ouders-vakantie', S['dir'], [], 'Vakantie buiten de schoolvakanties',
  'Beste ouders\n\nJaarlijks krijgen we vragen om vroeger op vakantie te vertrekken of later terug te komen. Dat is wettelijk niet toegestaan: '
  'zo\'n afwezigheid is altijd problematisch en wordt ook zo geregistreerd. Plan uw reizen dus binnen de schoolvakanties.' + DSIG,
  bcc=['ouders-alle@spc.ksleuven.be'], rules=[], note='general letter on holidays', fmt=['general-letter'])

M('brief-personeel-jaarrapportering', S['ew'], [], 'Jaarrapportering afwezigheden aan het departement',
  'Beste collega\'s\n\nTegen 15 juni moeten alle afwezigheden van dit schooljaar volledig en correct in Aanwezio staan; daarna verstuurt het secretariaat de '
  'jaarlijkse rapportering naar het departement Onderwijs. Kijk dus je klaslijsten na en vul ontbrekende registraties aan voor eind mei.\n\nEls Wuyts',
  bcc=PERS, rules=[], note='general staff letter about the yearly report', fmt=['general-letter'])

M('brief-ouders-ziekmelden-html', S['info'], [], 'Uw kind ziek melden: zo werkt het',
  '',
  html=wrap_html('<p class="MsoNormal"><b>Beste ouders</b></p><p class="MsoNormal">Is uw zoon of dochter ziek? Meld het zo:</p>'
                 + table_html(('Wanneer', 'Hoe'), [('voor 8u30', 'bericht via Smartschool aan "Leerlingensecretariaat"'),
                                                   ('na de afwezigheid', 'ondertekend briefje of doktersattest meegeven'),
                                                   ('langer dan 3 dagen', 'altijd een doktersattest')])
                 + '<p class="MsoNormal">Dank voor uw medewerking.<br>Het leerlingensecretariaat</p>'),
  htmlonly=True, bcc=parents_of(GRAAD[1] + GRAAD[2]), rules=[], note='general HTML-only letter with a table; nobody named', fmt=['general-letter'])

# ---------------------------------------------------------------- ordinary (20)
_six = [par(p) for p in klas('5C', exclude=FEAT_IDS, n=6)]
M('uitstap-ouders-in-to', S['wh'], _six, 'Uitstap Ieper 5C - vertrekuur gewijzigd',
  'Beste ouders\n\nDe uitstap naar Ieper van vrijdag vertrekt een half uur vroeger: om 7u30 aan de school. Wie die dag niet meegaat, wordt op school verwacht; '
  'een afwezigheid moet zoals altijd gewettigd worden.\n\nWim Heylen',
  rules=['bcc'], note='six parents visible to each other in To', fmt=['plain'])

M('ouders4b-in-to', S['ks'], ['ouders4b@spc.ksleuven.be'], 'Inhaaltoetsen 4B',
  'Beste ouders van 4B\n\nLeerlingen die tijdens de toetsenweek afwezig waren met een doktersattest kunnen hun toetsen inhalen op woensdag 19 februari, '
  'van 13u tot 16u in lokaal B104.\n\nKatrien Smolders\nklastitularis 4B',
  rules=['bcc'], note='parent group address ouders4b@ in To', fmt=['group-in-to'])

M('personeel-in-to', S['ew'], ['personeel@spc.ksleuven.be'], 'Afwezigheden vandaag nog niet ingegeven!',
  'Collega\'s,\n\nVan 11 klassen zijn de afwezigheden van het eerste lesuur nog niet geregistreerd. Graag meteen in orde brengen.\n\nEls',
  rules=['bcc'], note='staff group list in To instead of BCC', fmt=['group-in-to'])

M('overleg-spijbelpreventie-externen', S['sl'], [('Kim Janssen', 'kim.janssen@tienen-stad.be'), ('Inspecteur Geert Daems', 'geert.daems@politie-tienenhoegaarden.be'), CLB],
  'Overleg spijbelpreventie 6 maart',
  'Beste partners\n\nHierbij bevestig ik ons overleg over spijbelpreventie in Tienen op donderdag 6 maart om 10u in de vergaderzaal van de school. '
  'Agenda: cijfers eerste semester (geanonimiseerd), samenwerking met de jeugdinspecteur, nieuwe affichecampagne.\n\nSarah Lemmens\nzorgcoördinator',
  rules=['bcc'], note='three external partners visible to each other in To; no pupil', fmt=['plain'])

M('leerlingen6a-in-to', S['hvl'], ['leerlingen6a@leerling.sintpieterscollege.be'], 'Inhaalexamen vrijdag',
  'Dag 6A\n\nWie de toets geschiedenis gemist heeft: inhaalmoment vrijdag 8ste lesuur in A203. Breng je schrijfgerief mee.\n\nMevr. Verlinden',
  rules=['bcc'], note='pupil group address in To', fmt=['group-in-to'])

M('prive-gmail-collega-uitstap', ('Jeroen Mahieu', 'jeroen.mahieu78@gmail.com'), [S['ew']], 'aanwezigheden uitstap',
  'Els,\n\nMoet ik voor de uitstap van 4A morgen de afwezigheden zelf ingeven of doet het secretariaat dat met code E? '
  'Ik stuur dit van mijn gmail want mijn schoolaccount doet raar op mijn gsm.\n\nJeroen', enc='8bit', mailer='Gmail',
  rules=['private_account'], note='school business to a colleague from a private Gmail account', fmt=[])

M('prive-outlook-ouder-oudercontact', ('Katrien Smolders', 'katrien.smolders@outlook.com'), ['lauwers.h@telenet.be'], 'oudercontact',
  'Beste mevrouw,\n\nIk bevestig ons gesprek op donderdag om 17u15 in lokaal B012. Tot dan!\n\nKatrien Smolders\nklastitularis 4B', enc='8bit',
  rules=['private_account'], note='teacher uses her private Outlook.com account to write to a parent', fmt=[])

_lk = klas('1B', n=7)
_lkcsv = 'Datum;Leerling;Klas;Aankomst\r\n' + ''.join('03/02/2025;%s;%s;%s\r\n' % (name(p), cls(p), t) for p, t in zip(_lk, ['08:29', '08:31', '08:33', '08:35', '08:38', '08:44', '08:51']))
M('laatkomers-export-naar-gmail', S['jw'], [('Joke Willems', 'joke.willems.tienen@gmail.com')], 'laatkomers februari',
  'voor thuis', atts=[att('laatkomers_1B_feb.csv', _lkcsv)],
  rules=['private_account'], about=_lk, note='staff member forwards a late-comers export (no sensitive facts) to her own Gmail', fmt=[])

M('xlsm-register-collega', S['svr'], [('Koen Lambrechts', 'koen.lambrechts@lksd.ksleuven.be')], 'register laatkomers met macro',
  'Koen,\n\nHier het Excel-bestand waarmee we het laatkomersregister bijhouden. De macro telt automatisch de briefjes per maand. '
  'Misschien handig voor jullie campus?\n\nStijn',
  atts=[att('Laatkomersregister_2025.xlsm', xlsx_bytes([('Datum', 'Klas', 'Aantal laatkomers'), ('03/02/2025', '1B', 7), ('04/02/2025', '1B', 3)], macro=True))],
  rules=['attachment'], note='macro-enabled workbook sent to a colleague of the group', fmt=[])

M('zip-met-exe', S['pdw'], [S['ddp']], 'tooltje export afwezigheden',
  'Dieter,\n\nIn de zip zit het programmaatje van Aanwezio waarmee je de afwezigheden als csv exporteert. Gewoon uitpakken en dubbelklikken.\n\nPieter',
  atts=[att('AanwezioExport.zip', _zip([('AanwezioExport/AanwezioExport.exe', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + b'\x00' * 48 + b'This program cannot be run in DOS mode.\r\n'),
                                          ('AanwezioExport/leesmij.txt', 'Dubbelklik AanwezioExport.exe en kies de periode.')]))],
  rules=['attachment'], note='zip archive containing an .exe', fmt=[])

M('bat-script-export', S['pdw'], [S['nb']], 'script dagelijkse afwezigheidslijst',
  'Nadia,\n\nMet dit scriptje kan je de afwezigheidslijst van vandaag in één klik naar de printer sturen. Opslaan op je bureaublad en dubbelklikken.\n\nPieter',
  atts=[att('afwezigen_vandaag.bat', '@echo off\r\ncd /d "%USERPROFILE%\\Downloads"\r\ncurl -s -o afwezigen.csv https://tienen.aanwezio.be/export/today\r\nprint afwezigen.csv\r\n')],
  rules=['attachment'], note='.bat script attachment', fmt=[])

M('docm-sjabloon-brief', S['ew'], [S['svr']], 'sjabloon brief laatkomers',
  'Stijn,\n\nIn bijlage het sjabloon voor de brief na drie keer te laat. Macro\'s inschakelen, dan vult hij de naam en klas automatisch in.\n\nEls',
  atts=[att('Sjabloon_brief_laatkomers.docm', docx_bytes(['Beste ouders,', 'Uw zoon/dochter was deze maand drie keer te laat.', '[naam] [klas]'], macro=True))],
  rules=['attachment'], note='macro-enabled Word template', fmt=[])

M('vbs-afdrukken', S['ddp'], [S['jw']], 'automatisch afdrukken',
  'Joke, dit vbs-scriptje heb ik op een forum gevonden, het drukt elke ochtend om 8u35 de lijst met laatkomers af. Zet het in je opstartmap.\n\nDieter',
  atts=[att('print_laatkomers.vbs', 'Set sh = CreateObject("WScript.Shell")\r\nsh.Run "cmd /c print \\\\srv-adm\\laatkomers\\vandaag.csv", 0\r\n')],
  rules=['attachment'], note='.vbs script attachment', fmt=[])

M('busmaatschappij-telefoon', S['ld'], [('Planning Hagelandbus', 'planning@hagelandbus.be')], 'Schoolbus Hoegaarden steeds te laat',
  'Goedemiddag,\n\nDe schoolbus uit Hoegaarden komt deze maand bijna elke ochtend pas om 8u35 aan. Een vijftiental leerlingen komt zo te laat in de les. '
  'Kan de vertrektijd tien minuten vroeger?\n\nMet vriendelijke groeten\nLuc Dierickx\nconciërge Sint-Pieterscollege Tienen' + ADDR + SCHOOLTEL,
  rules=['personal_data'], note='school phone number in the signature', fmt=['plain'])

M('zwemclub-gsm-trainer', S['ddp'], [('Tiense Zwemclub', 'secretariaat@tzc-tienen.be')], 'attesten topsport',
  'Beste,\n\nVoor de zwemmers van onze school die vrijdagnamiddag wedstrijden hebben, vragen we telkens een attest van de club. '
  'Mogen we voor dringende vragen de trainer bellen op 0472 31 58 04?\n\nSportieve groeten\nDieter De Pauw\nLO',
  rules=['personal_data'], note='mobile number of a coach; no pupil named', fmt=['plain'])

M('toezicht-poort-ruilen', S['wh'], [S['jm']], 'toezicht poort woensdag ruilen?',
  'Jeroen, kan jij woensdag mijn toezicht aan de poort (8u15-8u30) overnemen? Ik neem dan jouw middagtoezicht op vrijdag.\nWim',
  enc='8bit', rules=[], note='ordinary colleague mail', fmt=[])

M('bug-aanwezio-screenshot', S['nb'], [VENDOR], 'Foutmelding bij opslaan afwezigheden',
  'Goedemorgen,\n\nSinds vanochtend krijgen we bij het opslaan van een afwezigheid de melding "Error 500 - session expired", ook als we net aangemeld zijn. '
  'Zie schermafdruk in bijlage. Kan u dit bekijken?\n\nMet vriendelijke groeten\nNadia Boukhari\nleerlingensecretariaat',
  atts=[att('foutmelding.png', PNG)], rules=[], note='bug report with a screenshot; nothing to flag', fmt=[])

M('stad-enquete-cijfers', S['ew'], [('Kim Janssen', 'kim.janssen@tienen-stad.be')], 'Re: bevraging schoolverzuim Tienen',
  'Beste Kim,\n\nVoor de bevraging: in het eerste trimester hadden we 41 leerlingen met minstens 5 halve dagen problematische afwezigheid, '
  'waarvan 12 in een CLB-traject. Dat is iets minder dan vorig jaar. Meer details kan ik niet geven.\n\nEls Wuyts',
  rules=[], note='aggregate figures only, no pupil identifiable', fmt=['reply'])

_iban2 = be_iban('0682345678')
M('factuur-leverancier-iban', S['mvh'], [('Boekhouding SecuDoor', 'boekhouding@secudoor.be')], 'Uw factuur F25-0091 badgelezer',
  'Goedemiddag,\n\nUw factuur F25-0091 voor de badgelezer aan de poort vermeldt rekeningnummer ' + _iban2 + ', maar in uw vorige facturen stond een ander nummer. '
  'Kan u bevestigen welk rekeningnummer correct is voor we betalen?\n\nMarleen Van Hoof\nboekhouding',
  rules=['personal_data'], note='valid IBAN of a supplier', fmt=['plain'])

M('prive-zaak-vanaf-gmail', ('Jeroen Mahieu', 'jeroen.mahieu78@gmail.com'), ['thomas.vleminckx@gmail.com'], 'zondag wandelen?',
  'Hey Thomas,\n\nGaan we zondag wandelen in het Walenbos? Ik kan je om 9u oppikken.\n\nJeroen', enc='8bit', mailer='Gmail',
  rules=[], note='staff member\'s private mail about a private matter: allowed', fmt=[])


# ================================================================= output
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-*.eml')):
        os.remove(f)
    order = list(range(len(MAILS)))
    random.Random(59).shuffle(order)
    mails = [MAILS[i] for i in order]
    out = ['# batch59 - Sint-Pieterscollege Tienen: pupils\' absences and truancy (passwords, sensitive, misdirected, general letters)']
    for i, m in enumerate(mails):
        fname, lab = render(i, m)
        out.append('%s:' % fname)
        out.append('  rules: [%s]' % ', '.join(lab['rules']))
        if lab['cats']:
            out.append('  categories: {sensitive: [%s]}' % ', '.join(lab['cats']['sensitive']))
        out.append('  mail_from: %s' % lab['mail_from'])
        out.append('  rcpt: [%s]' % ', '.join(lab['rcpt']))
        out.append('  about: [%s]' % ', '.join(lab['about']))
        out.append('  misdirected: %s' % ('true' if lab['misdirected'] else 'false'))
        out.append('  note: %s' % yq(lab['note']))
        out.append('  lang: %s' % lab['lang'])
        out.append('  format: [%s]' % ', '.join(lab['format']))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for r in ROSTER:
            f.write(';'.join(r) + '\r\n')


if __name__ == '__main__':
    main()
