#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch62 - labelled outbound mail of Sint-Pieterscollege Wilsele (Stroom / LKSD):
school trips (ski trip Austria, city trip Rome), sports day and swimming lessons.

Deterministic: fixed dates, fixed Message-IDs, fixed MIME boundaries, seeded randomness.
Only the Python standard library is used.  Run:  python3 make.py
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import csv
import datetime
import hashlib
import io
import json
import os
import random
import unicodedata
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(62)

# ---------------------------------------------------------------------------
# helpers: normalisation, IBAN, rijksregisternummer
# ---------------------------------------------------------------------------


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isalnum())


def be_iban(bank10):
    """Valid Belgian IBAN from a 10-digit bank+account prefix."""
    n = int(bank10) % 97
    chk = 97 if n == 0 else n
    bban = '%s%02d' % (bank10, chk)
    num = int(bban + '111400')  # B=11 E=14 00
    cd = 98 - num % 97
    iban = 'BE%02d%s' % (cd, bban)
    return ' '.join(iban[i:i + 4] for i in range(0, 16, 4))


def rrn(y, m, d, seq):
    """Valid rijksregisternummer, formatted YY.MM.DD-SSS.CC"""
    base = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
    num = int(('2' + base) if y >= 2000 else base)
    cc = 97 - num % 97
    return '%s.%s.%s-%s.%02d' % (base[0:2], base[2:4], base[4:6], base[6:9], cc)


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------
PDOM = 'leerling.sintpieterscollege.be'

# pupils that appear in the mails (id, first, last, class, parent1, parent2)
STORY = [
    ('P0012', 'Lucas', 'Peeters', '5A', 'kristel.vandamme@telenet.be', 'bart.peeters@gmail.com'),
    ('P0013', 'Emma', 'Peeters', '5C', 'geert.peeters@skynet.be', 'an.wouters74@hotmail.com'),
    ('P0021', 'Noor', 'Janssens', '5B', 'els.maes@telenet.be', 'kevin.janssens@gmail.com'),
    ('P0022', 'Finn', 'Wouters', '3A', 'els.maes@telenet.be', 'tom.wouters@proximus.be'),
    ('P0034', 'Amir', 'Benali', '5A', 'benali.rachid@gmail.com', 'samira.ouahbi@hotmail.com'),
    ('P0035', 'Amir', 'El Idrissi', '5B', 'fam.elidrissi@skynet.be', ''),
    ('P0041', 'Lotte', 'De Smet', '5B', 'sarah.declercq@telenet.be', 'pieter.desmet@outlook.com'),
    ('P0042', 'Jana', 'Verbeke', '5C', 'sarah.declerck@gmail.com', 'jo.verbeke@telenet.be'),
    ('P0055', 'Seppe', 'Lambrechts', '5A', 'ine.lambrechts@gmail.com', 'wim.lambrechts@telenet.be'),
    ('P0056', 'Febe', 'Lambrechts', '2B', 'ine.lambrechts@gmail.com', 'wim.lambrechts@telenet.be'),
    ('P0063', 'Yassin', 'El Amrani', '5C', 'nadia.elamrani@outlook.com', ''),
    ('P0071', 'Hanne', 'Mertens', '5A', 'mertens.dirk@telenet.be', 'katrien.goris@skynet.be'),
    ('P0072', 'Robbe', 'Claes', '5B', 'claes-vos@telenet.be', ''),
    ('P0078', 'Mila', 'Hermans', '5C', 'veerle.hermans@icloud.com', ''),
    ('P0084', 'Zeynep', 'Yilmaz', '5A', 'yilmaz.hatice@hotmail.com', 'murat.yilmaz@gmail.com'),
    ('P0085', 'Emre', 'Yilmaz', '3C', 'yilmaz.hakan@gmail.com', 'derya.aksoy@hotmail.com'),
    ('P0090', 'Wout', 'Aerts', '6A', 'sofie.lenaerts@telenet.be', ''),
    ('P0093', 'Elif', 'Kaya', '6B', 'kaya.ayse@gmail.com', ''),
    ('P0101', 'Mats', 'Vermeulen', '6A', 'lien.verstraeten@proximus.be', 'koen.vermeulen@telenet.be'),
    ('P0104', 'Louise', 'Van den Broeck', '6B', 'ellen.vdbroeck@gmail.com', 'marc.vandenbroeck@skynet.be'),
    ('P0110', 'Arthur', 'Goossens', '1A', 'goossens.nele@telenet.be', ''),
    ('P0111', 'Ines', 'Ferreira', '1B', 'ana.ferreira@gmail.com', 'joao.ferreira@outlook.com'),
    ('P0112', 'Inès', 'Fernandes', '1B', 'ana.fernandes@gmail.com', 'rui.fernandes@gmail.com'),
    ('P0115', 'Kobe', 'Smets', '2A', 'an.smets@telenet.be', ''),
    ('P0120', 'Julie', 'Michiels', '5B', 'michiels.hilde@skynet.be', ''),
    ('P0121', 'Julie', 'Nys', '5A', 'nys.family@gmail.com', 'bert.nys@telenet.be'),
    ('P0125', 'Victor', 'Deprez', '5C', 'charlotte.dubois@proximus.be', 'laurent.deprez@gmail.com'),
    ('P0130', 'Aya', 'Haddad', '6A', 'haddad.k@hotmail.com', ''),
    ('P0131', 'Rayan', 'Haddad', '2A', 'haddad.karim@gmail.com', 'leila.mansouri@hotmail.com'),
    ('P0133', 'Jules', 'Cools', '6B', 'cools.stijn@telenet.be', 'evi.verhoeven@gmail.com'),
    ('P0134', 'Jasper', 'Cools', '3B', 'cools.dirk@skynet.be', 'marleen.cools@telenet.be'),
    ('P0140', 'Lina', 'Rahimi', '1C', 'rahimi.farid@gmail.com', ''),
    ('P0145', 'Nikola', 'Popescu', '5B', 'irina.popescu@gmail.com', ''),
    ('P0146', 'Andrei', 'Popa', '5A', 'irina.popa@gmail.com', 'mihai.popa@yahoo.com'),
    ('P0150', 'Fien', 'Willems', '5A', 'willems.jan@skynet.be', 'greet.lauwers@telenet.be'),
    ('P0152', 'Milan', 'Hendrickx', '5C', 'hendrickx.tine@outlook.com', ''),
    ('P0160', 'Salma', 'Bah', '6A', 'mariama.bah@gmail.com', ''),
    ('P0163', 'Tuur', 'Coppens', '6B', 'gezin.devries@telenet.be', ''),
    ('P0170', 'Stan', 'Geerts', '4B', 'geerts.bert@gmail.com', 'lore.vanhove@telenet.be'),
    ('P0175', 'Lore', 'Stevens', '5C', 'stevens.mieke@telenet.be', ''),
    ('P0180', 'Bilal', 'Hakimi', '5A', 'hakimi.youssef@hotmail.com', ''),
    ('P0181', 'Warre', 'Leemans', '5A', 'leemans.katrien@skynet.be', 'filip.leemans@telenet.be'),
    ('P0190', 'Olivia', 'Segers', '6A', 'segers.an@gmail.com', 'tom.segers@proximus.be'),
    ('P0195', 'Elena', 'Rossi', '6B', 'rossi.marco@gmail.com', 'valentina.ricci@hotmail.com'),
    ('P0205', 'Axelle', 'Vos', '6A', 'vos.sandra@telenet.be', ''),
    ('P0210', 'Ruben', 'Schepers', '5B', 'schepers.kris@telenet.be', 'nathalie.moens@gmail.com'),
    ('P0215', 'Hamza', 'Diallo', '5C', 'diallo.fatou@gmail.com', ''),
    ('P0220', 'Nina', 'Huybrechts', '5B', 'huybrechts.dirk@gmail.com', ''),
    ('P0225', 'Lars', 'Pauwels', '1A', 'pauwels.sven@telenet.be', 'elke.daems@skynet.be'),
    ('P0230', 'Marie', 'Lenaerts', '5A', 'lenaerts.bart@proximus.be', 'marie-jose.claes@telenet.be'),
    ('P0235', 'Mehmet', 'Demir', '4A', 'demir.ali@hotmail.com', ''),
    ('P0240', 'Zoë', 'Van Dyck', '5C', 'vandyck.sofie@telenet.be', ''),
    ('P0245', 'Yusuf', 'Öztürk', '5B', 'ozturk.emine@gmail.com', 'ozturk.cem@hotmail.com'),
    ('P0250', 'Chloé', 'Dubois', '6B', 'isabelle.lefevre@proximus.be', 'dubois.olivier@gmail.com'),
]

FIRST_M = ['Lucas', 'Noah', 'Arthur', 'Louis', 'Liam', 'Adam', 'Jules', 'Victor', 'Finn', 'Mats', 'Lars', 'Seppe',
           'Wout', 'Robbe', 'Milan', 'Vic', 'Warre', 'Kobe', 'Senne', 'Thibo', 'Amir', 'Yassin', 'Ayoub', 'Mohamed',
           'Bilal', 'Hamza', 'Emre', 'Yusuf', 'Kerem', 'Mehmet', 'Nikola', 'Jakub', 'Mateo', 'Luca', 'Elias', 'Tuur',
           'Rune', 'Stan', 'Daan', 'Jasper', 'Ruben', 'Brent', 'Jens', 'Matteo', 'Ilias', 'Rayan', 'Olivier', 'Maxim']
FIRST_F = ['Emma', 'Olivia', 'Louise', 'Mila', 'Noor', 'Lina', 'Elena', 'Julie', 'Lotte', 'Marie', 'Fien', 'Hanne',
           'Lore', 'Febe', 'Nina', 'Lisa', 'Jana', 'Amber', 'Ella', 'Zoë', 'Axelle', 'Lien', 'Yasmine', 'Salma', 'Aya',
           'Nour', 'Imane', 'Sara', 'Meryem', 'Elif', 'Zeynep', 'Hiba', 'Malak', 'Ines', 'Zuzanna', 'Amina', 'Fatou',
           'Esther', 'Chloé', 'Kato', 'Margot', 'Anouk', 'Roos', 'Saar', 'Jade', 'Manon', 'Océane', 'Wiktoria']
SURN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
        'Dubois', 'Hermans', 'Aerts', 'Vermeulen', 'Van den Broeck', 'Verhoeven', 'Lambrechts', 'Smets', 'Michiels',
        'Hendrickx', 'Cools', 'Stevens', 'Geerts', 'Van Dyck', 'Coppens', 'De Backer', 'Leemans', 'Nys',
        'Lenaerts', 'Vos', 'Pauwels', 'Segers', 'Huybrechts', 'Bogaerts', 'Deprez', 'Van Hoof', 'Schepers',
        'Verbeke', 'Van Aken', 'Luyten', 'Thijs', 'Van Roey', 'Wuyts', 'Verstraeten', 'Swinnen', 'Vanderstraeten',
        'El Idrissi', 'Benali', 'El Amrani', 'Yilmaz', 'Kaya', 'Demir', 'Öztürk', 'Nowak', 'Kowalski', 'Popescu',
        'Diallo', 'Mukendi', 'Bah', 'Haddad', 'Rahimi', 'Ahmadi', 'Hakimi', 'Kovačević', 'Ivanova', 'Ferreira',
        'Rossi', 'Bouzid', 'Aydin', 'Sahin', 'Tshibangu', 'Nguyen']
MOTHER_F = ['An', 'Els', 'Sofie', 'Katrien', 'Veerle', 'Ilse', 'Inge', 'Nathalie', 'Tine', 'Griet', 'Karen', 'Leen',
            'Evelien', 'Sarah', 'Hilde', 'Fatima', 'Nadia', 'Samira', 'Ayse', 'Emine', 'Anna', 'Mariama', 'Joke',
            'Liesbeth', 'Wendy', 'Kim', 'Caroline', 'Ellen', 'Nele', 'Marleen']
FATHER_F = ['Bart', 'Koen', 'Tom', 'Wim', 'Kris', 'Dirk', 'Peter', 'Stijn', 'Jan', 'Geert', 'Filip', 'Steven', 'Joris',
            'Pieter', 'Kevin', 'Karim', 'Youssef', 'Rachid', 'Murat', 'Hakan', 'Piotr', 'Mihai', 'Jean-Pierre',
            'Sven', 'Jo', 'Nico', 'Frank', 'Hans']
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com',
        'outlook.com', 'icloud.com', 'live.be', 'yahoo.com', 'outlook.be']

CLASSES = ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B']
SIZE = {c: 17 for c in CLASSES}
SIZE.update({'5A': 20, '5B': 20, '5C': 20, '6A': 19, '6B': 19, '3C': 16, '4C': 16})
assert sum(SIZE.values()) == 300


def build_roster():
    rng = random.Random(6201)
    roster = {}
    used_names = set()
    used_mail = set()
    used_pmail = set()
    for pid, f, l, k, p1, p2 in STORY:
        roster[pid] = dict(id=pid, first=f, last=l, klas=k, p1=p1, p2=p2)
        used_names.add((f, l))
        for a in (p1, p2):
            if a:
                used_pmail.add(a)
    for r in roster.values():
        base = '%s.%s' % (norm(r['first']), norm(r['last']))
        m = base
        i = 2
        while m in used_mail:
            m = '%s%d' % (base, i)
            i += 1
        used_mail.add(m)
        r['mail'] = m + '@' + PDOM
    story_ids = set(roster)
    free_ids = ['P%04d' % i for i in range(1, 301) if 'P%04d' % i not in story_ids]
    rng.shuffle(free_ids)
    slots = []
    for c in CLASSES:
        n = SIZE[c] - sum(1 for r in roster.values() if r['klas'] == c)
        slots += [c] * n
    rng.shuffle(slots)

    def parent_mail(first, last, kind):
        prov = rng.choice(PROV)
        a, b = norm(first), norm(last)
        if kind == 'fam':
            styles = ['fam.%s' % b, 'gezin.%s' % b, '%s.family' % b, 'familie%s' % b]
        else:
            styles = ['%s.%s' % (a, b), '%s.%s' % (b, a), '%s%s' % (a[0], b),
                      '%s%s%d' % (a, b, rng.randint(60, 89)), '%s_%s' % (a, b)]
        m = rng.choice(styles) + '@' + prov
        while m in used_pmail:
            m = rng.choice(styles).split('@')[0] + str(rng.randint(1, 99)) + '@' + prov
        used_pmail.add(m)
        return m

    def new_name(sex, last):
        for _ in range(200):
            f = rng.choice(FIRST_M if sex == 'm' else FIRST_F)
            if (f, last) not in used_names:
                used_names.add((f, last))
                return f
        raise RuntimeError('names')

    def add_pupil(f, l, k, p1, p2):
        pid = free_ids.pop()
        base = '%s.%s' % (norm(f), norm(l))
        m = base
        i = 2
        while m in used_mail:
            m = '%s%d' % (base, i)
            i += 1
        used_mail.add(m)
        roster[pid] = dict(id=pid, first=f, last=l, klas=k, p1=p1, p2=p2, mail=m + '@' + PDOM)

    while slots:
        k = slots.pop()
        last = rng.choice(SURN)
        mother_last = rng.choice(SURN)
        r = rng.random()
        if r < 0.12:
            p1 = parent_mail('', last, 'fam')
            p2 = ''
        else:
            # mother's own surname often differs from the pupil's
            p1 = parent_mail(rng.choice(MOTHER_F), mother_last if rng.random() < 0.7 else last, 'p')
            p2 = parent_mail(rng.choice(FATHER_F), last, 'p') if rng.random() < 0.7 else ''
        add_pupil(new_name(rng.choice('mf'), last), last, k, p1, p2)
        # sibling in another grade
        if rng.random() < 0.14:
            other = [i for i, s in enumerate(slots) if s[0] != k[0]]
            if other:
                j = rng.choice(other)
                k2 = slots.pop(j)
                add_pupil(new_name(rng.choice('mf'), last), last, k2, p1, p2)
    assert len(roster) == 300, len(roster)
    return roster


ROSTER = build_roster()


def P(pid):
    return ROSTER[pid]


def name(pid):
    return '%s %s' % (P(pid)['first'], P(pid)['last'])


def fn(pid):
    return P(pid)['first']


def kl(pid):
    return P(pid)['klas']


def par(pid, n=1):
    return P(pid)['p1' if n == 1 else 'p2']


def klas(c, exclude=()):
    """pupils of a class, sorted by surname, first name"""
    rs = [r for r in ROSTER.values() if r['klas'] == c and r['id'] not in exclude]
    rs.sort(key=lambda r: (norm(r['last']), norm(r['first'])))
    return rs


def write_roster():
    rows = sorted(ROSTER.values(), key=lambda r: (r['klas'], norm(r['last']), norm(r['first'])))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1',
                    'E-mailadres ouder 2'])
        for r in rows:
            w.writerow([r['id'], r['first'], r['last'], r['klas'], r['mail'], r['p1'], r['p2']])


# ---------------------------------------------------------------------------
# attachments (deterministic bytes)
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 6, 8, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for fname, data in files:
            zi = zipfile.ZipInfo(fname, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def pdf_bytes(lines, title='Document'):
    def esc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    parts = ['BT /F1 11 Tf']
    for ln in lines:
        parts.append('1 0 0 1 50 %d Tm (%s) Tj' % (y, esc(ln)))
        y -= 16
    parts.append('ET')
    stream = '\n'.join(parts).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> '
        b'/Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) >>' % esc(title)).encode('latin-1'),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


def pdf_encrypted_placeholder():
    # a PDF whose content is not readable without the password (placeholder stream)
    body = pdf_bytes(['Dit document is beveiligd.'], 'Beveiligd')
    blob = hashlib.sha256(b'batch62-encrypted').digest() * 40
    return body.replace(b'%%EOF', b'% encrypted payload follows\n%' + blob.hex().encode()[:600] + b'\n%%EOF')


def _xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


VBA_BIN = (bytes.fromhex('d0cf11e0a1b11ae1') + b'\x00' * 24 + b'Attribute VB_Name = "Module1"\r\n'
           b'Sub AutoOpen()\r\n  Shell "cmd /c start https://example.invalid/update"\r\nEnd Sub\r\n' + b'\x00' * 64)


def docx_bytes(paragraphs, macro=False):
    ct_main = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % ct_main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                      ' Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', VBA_BIN))
    return zip_bytes(files)


def xlsx_bytes(rows, macro=False, sheet='Blad1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    ct_main = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' % ct_main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else '') + '</Relationships>')
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)]
    if macro:
        files.append(('xl/vbaProject.bin', VBA_BIN))
    return zip_bytes(files)


def exe_bytes(label):
    head = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00'
    stub = b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$'
    return head + stub + b'\x00' * 8 + b'PE\x00\x00L\x01' + label.encode() + hashlib.sha256(label.encode()).digest() * 8


def jpg_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + h * 30 + b'\xff\xd9'


def iso_bytes(label):
    data = bytearray(0x8000)
    pvd = bytearray(2048)
    pvd[0] = 1
    pvd[1:6] = b'CD001'
    pvd[6] = 1
    vol = label.upper().encode()[:32].ljust(32, b' ')
    pvd[40:72] = vol
    return bytes(data) + bytes(pvd) + b'\x00' * 2048


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
S = {
    'ldw': ('Lieven De Wolf', 'lieven.dewolf@sintpieterscollege.be'),
    'ldws': ('Lieven De Wolf', 'ldw@spc.ksleuven.be'),
    'ldwg': ('Lieven De Wolf', 'lievendewolf76@gmail.com'),
    'evy': ('Evy Ceulemans', 'evy.ceulemans@sintpieterscollege.be'),
    'evyh': ('Evy Ceulemans', 'evy_ceulemans@hotmail.com'),
    'jvh': ('Jonas Verhaegen', 'jvh@spc.ksleuven.be'),
    'sara': ('Sara Jacobs', 'sara.jacobs@sintpieterscollege.be'),
    'wim': ('Wim Daems', 'wim.daems@sintpieterscollege.be'),
    'ksm': ('Katrien Smolders', 'katrien.smolders@sintpieterscollege.be'),
    'ksms': ('Katrien Smolders', 'ksm@spc.ksleuven.be'),
    'dvl': ('Dries Van Loock', 'dries.vanloock@sintpieterscollege.be'),
    'tom': ('Tom Bosmans', 'tom.bosmans@sintpieterscollege.be'),
    'dir': ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be'),
    'hilde': ('Hilde Vandenberghe', 'hilde.vandenberghe@sintpieterscollege.be'),
    'koen': ('Koen Lemmens', 'koen.lemmens@sintpieterscollege.be'),
    'zorg': ('Ann Heylen', 'ann.heylen@sintpieterscollege.be'),
    'fat': ('Fatima Ouali', 'fatima.ouali@sintpieterscollege.be'),
    'secr': ('Leerlingensecretariaat SPC', 'leerlingensecretariaat@spc.ksleuven.be'),
    'gvh': ('Greet Vanhoutte', 'gvh@spc.ksleuven.be'),
    'boek': ('Patrick Van Roy', 'boekhouding@spc.ksleuven.be'),
    'ict': ('Bram Nuyts', 'ict@spc.ksleuven.be'),
    'nre': ('Nathalie Renard', 'nre@spc.ksleuven.be'),
    'info': ('Sint-Pieterscollege Wilsele', 'info@spc.ksleuven.be'),
    'dpo': ('Privacy Stroom', 'privacy@lksd.ksleuven.be'),
}
X = {
    'alpina': ('Wendy Peremans | Alpina Jeugdreizen', 'wendy.peremans@alpinajeugdreizen.be'),
    'alpgrp': ('Alpina Jeugdreizen - groepen', 'groepen@alpinajeugdreizen.be'),
    'viaroma': ('Stefaan Moens', 'stefaan.moens@viaromareizen.be'),
    'vrbook': ('Via Roma Schoolreizen', 'booking@viaromareizen.be'),
    'hotel': ('Jugendhotel Alpenrose', 'info@alpenrose-laengenfeld.at'),
    'skischule': ('Skischule Gamskogel', 'gruppen@skischule-gamskogel.at'),
    'hofer': ('Martin Hofer', 'm.hofer@skischule-gamskogel.at'),
    'klinik': ('Klinik Alpenblick - Unfallambulanz', 'unfall@klinik-alpenblick.at'),
    'ostello': ('Ostello San Lorenzo', 'reception@ostellosanlorenzo.it'),
    'guide': ('Sophie Marchand', 'sophie.marchand@guides-roma.eu'),
    'clb': ('Joke Vandevelde', 'joke.vandevelde@clb-leuvendijle.be'),
    'bus': ('Autocars Dijleland - planning', 'planning@autocarsdijleland.be'),
    'pool': ('Zwembad De Dijlewater', 'reservaties@dijlewater-zwembad.be'),
    'sport': ('Sportdienst regio Leuven', 'sportdienst@sportregio-leuven.be'),
    'ocmw': ('Lies De Winter', 'lies.dewinter@ocmw-regioleuven.be'),
    'pleeg': ('Bieke Janssen', 'bieke.janssen@pleegzorg-dijleland.be'),
    'verz': ('Onderwijsverzekering KOV - schadedienst', 'schade@onderwijsverzekering-kov.be'),
    'rental': ('Sport Ötztal Verleih', 'verleih@sport-oetztal-rent.at'),
    'foto': ('Studio Lichtval', 'info@studiolichtval.be'),
}

SCHOOL_PHONE = '016 44 21 90'
SKI_GSM = '0470 81 22 35'
ROME_GSM = '0471 26 48 13'

SIG_LDW_FULL = ('Lieven De Wolf\nLeraar LO | organisator skireis 5de jaar\nSint-Pieterscollege Wilsele – Stroom\n'
                'Kapelstraat 12, 3012 Wilsele\nT ' + SCHOOL_PHONE)
SIG_LDW = 'Lieven De Wolf\nLO – skireis 5de jaar\nSint-Pieterscollege Wilsele'
SIG_KSM_FULL = ('Katrien Smolders\nLeraar Latijn – coördinator Romereis 6de jaar\nSint-Pieterscollege Wilsele | Stroom\n'
                'T ' + SCHOOL_PHONE)
SIG_KSM = 'Katrien Smolders\nLatijn – Romereis 6de jaar'
SIG_DIR = 'Hilde Vandenberghe\nDirecteur\nSint-Pieterscollege Wilsele – Stroom'
SIG_DIR_FULL = ('Hilde Vandenberghe\nDirecteur\nSint-Pieterscollege Wilsele – Stroom\nKapelstraat 12 – 3012 Wilsele\n'
                'tel. ' + SCHOOL_PHONE)
SIG_ZORG = 'Ann Heylen\nZorgcoördinator\nSint-Pieterscollege Wilsele'
SIG_ZORG_FULL = 'Ann Heylen\nZorgcoördinator\nSint-Pieterscollege Wilsele\nT ' + SCHOOL_PHONE + ' (di, do, vr)'
SIG_SARA = 'Sara Jacobs\nLeraar LO – zwemmen 1ste graad\nSint-Pieterscollege Wilsele'
SIG_JVH = 'Jonas Verhaegen\nLO / coördinatie sportdag'
SIG_SECR = 'Greet Vanhoutte\nLeerlingensecretariaat\nSint-Pieterscollege Wilsele'
SIG_SECR_FULL = 'Greet Vanhoutte\nLeerlingensecretariaat\nSint-Pieterscollege Wilsele\nT ' + SCHOOL_PHONE
SIG_BOEK = 'Patrick Van Roy\nBoekhouding – Sint-Pieterscollege Wilsele'
SIG_ICT = 'Bram Nuyts\nICT-coördinator\nSint-Pieterscollege Wilsele'
SIG_FAT = 'Fatima Ouali\nLeerlingenbegeleiding 2de en 3de graad\nSint-Pieterscollege Wilsele'
SIG_EVY = 'Evy Ceulemans\nLeraar aardrijkskunde – begeleider skireis'
SIG_TOM = 'Tom Bosmans\nEngels – begeleider Romereis'
SIG_DVL = 'Dries Van Loock\nGeschiedenis'
SIG_KOEN = 'Koen Lemmens\nAdjunct-directeur'

IPHONE = '\n\nVerstuurd vanaf mijn iPhone'
ANDROID = '\n\nVerzonden vanaf Outlook voor Android'

# ---------------------------------------------------------------------------
# mail collection
# ---------------------------------------------------------------------------
MAILS = []
SECTION = ''


def addr_str(a):
    if isinstance(a, tuple):
        return formataddr(a)
    return a


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


def M(slug, frm, to, subject, body=None, html=None, cc=(), bcc=(), date='2025-01-15 10:00', rules=(), cats=None,
      about=(), mis=False, note='', lang='nl', fmt=('plain',), atts=(), charset='utf-8', cte='quoted-printable',
      reply=None, mailer='outlook', env_from=None, html_cte=None, rfc822=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      html=html, date=date, rules=list(rules), cats=cats, about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), atts=list(atts), charset=charset, cte=cte, reply=reply,
                      mailer=mailer, env_from=env_from, html_cte=html_cte or cte, rfc822=rfc822,
                      section=SECTION))


def q(text):
    """classic '> ' quoting"""
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def oq(frm, sent, to, subject, text, cc=None):
    """Outlook (Dutch) reply/forward header block"""
    h = 'Van: %s\nVerzonden: %s\nAan: %s\n' % (frm, sent, to)
    if cc:
        h += 'CC: %s\n' % cc
    h += 'Onderwerp: %s\n\n' % subject
    return '\n\n' + '_' * 32 + '\n' + h + text.strip('\n') + '\n'


HTML_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
             'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
             '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
             'table.MsoNormalTable {border-collapse:collapse;} td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;} '
             '--></style></head><body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">')
HTML_TAIL = '</div></body></html>'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>'.join(esc(l) for l in para.split('\n')))
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def html_table(header, rows):
    h = ''.join('<td style="background:#D9E2F3"><p class="MsoNormal"><b>%s</b></p></td>' % esc(c) for c in header)
    body = ''.join('<tr>%s</tr>' % ''.join('<td><p class="MsoNormal">%s</p></td>' % esc(str(c)) for c in r)
                   for r in rows)
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0"><tr>%s</tr>%s</table>'
            % (h, body))


def text_table(header, rows):
    allr = [header] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in allr) for i in range(len(header))]
    lines = ['\t'.join(r) for r in allr]
    return '\n'.join(lines)


def outlook_html(before, table_html='', after=''):
    return HTML_HEAD + html_paras(before) + table_html + ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' +
                                                         html_paras(after) if after else '') + HTML_TAIL


# ===========================================================================
# A. credentials (password must fire)
# ===========================================================================
SECTION = 'A'
M('portaal-login-alpina', S['ldw'], [S['evy']], 'Login groepsportaal Alpina',
  date='2025-01-14 20:41', mailer='outlook',
  body='''Hoi Evy,

Zoals beloofd de login van het groepsportaal van Alpina. Daar staan de kamerlijst, de verzekeringspapieren en de
reisdocumenten die we nog moeten nakijken voor de vergadering van donderdag.

https://groepen.alpinajeugdreizen.be
Gebruikersnaam: spcwilsele-ski25
Wachtwoord: Gamskogel#2025

Niet verder doorsturen aub, Jonas krijgt zijn eigen login.

Groetjes
''' + SIG_LDW,
  rules=['password'], note='booking-portal username and password in plain text to a colleague', fmt=['plain'])

ROME_LOGINS = [('Via Roma groepsportaal', 'spc6-rome', 'Tr3v!Fontana'),
               ('Musei Vaticani groepsreservatie', 'ksmolders', 'Sistina_1508'),
               ('Colosseum e-tickets', 'spc.wilsele', 'Gladiator-62')]
M('logins-romereis-tabel', S['ksm'], [S['dvl'], S['tom']], 'Romereis: alle logins op één plaats',
  date='2025-03-27 16:05',
  body='''Dag Dries, dag Tom,

Hieronder alle logins die we voor de Romereis nodig hebben, zodat we niet elke keer moeten zoeken.

''' + text_table(['Platform', 'Gebruiker', 'Wachtwoord'], ROME_LOGINS) + '''

De tickets voor het Colosseum download ik zelf nog, maar als ik ziek ben kunnen jullie erbij.

Groetjes,
''' + SIG_KSM_FULL,
  html=outlook_html('Dag Dries, dag Tom,\n\nHieronder alle logins die we voor de Romereis nodig hebben, zodat we niet '
                    'elke keer moeten zoeken.', html_table(['Platform', 'Gebruiker', 'Wachtwoord'], ROME_LOGINS),
                    'De tickets voor het Colosseum download ik zelf nog, maar als ik ziek ben kunnen jullie erbij.'
                    '\n\nGroetjes,\n' + SIG_KSM_FULL),
  rules=['password', 'personal_data'], note='three platform passwords in an HTML table; school phone in signature',
  fmt=['alt', 'html-table'])

_app5a = klas('5A')[:14]
_csv = 'Klas;Voornaam;Naam;Gebruikersnaam;Startwachtwoord\r\n'
_r = random.Random(6202)
for r in _app5a:
    pw = ''.join(_r.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(8))
    _csv += '%s;%s;%s;%s;%s\r\n' % (r['klas'], r['first'], r['last'], norm(r['first']) + '.' + norm(r['last'])[:6], pw)
M('startwachtwoorden-skiapp-5a', S['ict'], [S['ldw']], 'Startwachtwoorden reisapp 5A',
  date='2025-02-20 11:32',
  body='''Lieven,

In bijlage de accounts voor de reisapp (SnowTrack) voor 5A. 5B en 5C volgen morgen. De leerlingen moeten hun
startwachtwoord bij de eerste aanmelding wijzigen. Kan je de lijst in de klas uitdelen en daarna vernietigen?

Bram
''' + SIG_ICT.split('\n', 1)[1],
  atts=[('startwachtwoorden_5A.csv', 'text', 'csv', _csv.encode('utf-8'))],
  rules=['password'], about=[r['id'] for r in _app5a],
  note='CSV attachment lists start passwords for 14 pupils', fmt=['plain', 'attachment-csv'])

M('fotoalbum-skireis-wachtwoord', S['ldw'], [S['ldw']], "Foto's skireis 2025 staan online",
  bcc=['ouders5dejaar@sintpieterscollege.be'], date='2025-03-19 19:02',
  body='''Beste ouders,

De leerlingen zijn weer veilig thuis en de foto's van de skireis staan online. U kan ze bekijken en downloaden tot
eind april via:

https://fotos.sintpieterscollege.be/skireis2025
Wachtwoord: Alpenrose-2025

Wij vragen u om de foto's niet op sociale media te delen als er andere leerlingen op staan.

Nogmaals bedankt voor het vertrouwen!

Sportieve groeten,
''' + SIG_LDW,
  html=outlook_html('''Beste ouders,

De leerlingen zijn weer veilig thuis en de foto's van de skireis staan online. U kan ze bekijken en downloaden tot eind april via:

https://fotos.sintpieterscollege.be/skireis2025
Wachtwoord: Alpenrose-2025

Wij vragen u om de foto's niet op sociale media te delen als er andere leerlingen op staan.

Nogmaals bedankt voor het vertrouwen!

Sportieve groeten,
''' + SIG_LDW),
  rules=['password'], note='letter to all parents (BCC list) but it carries the photo-album password',
  fmt=['alt', 'bcc-envelope'])

M('wifi-hotel-alpenrose', S['evy'], [S['ldw'], S['jvh']], 'wifi hotel',
  date='2025-03-08 22:47', mailer='iphone', cte='8bit',
  body='''Voor als de receptie morgen weer gesloten is:
WLAN Alpenrose_Gast
Schlüssel: Gipfelblick!77

Leerlingen krijgen het van ons pas na het avondeten ;-)''' + IPHONE,
  rules=['password'], note='hotel Wi-Fi key', fmt=['plain', 'phone'])

_ostello = '''Dear Mrs Smolders,

Thank you for your booking (group SPC Wilsele, 41 guests, 28/04 - 02/05).

Some practical information:
- Check-in from 14:00, the rooms are on the 2nd and 3rd floor.
- Wi-Fi network: OstelloSL_Guests - password: sanlorenzo2025
- After 23:00 the front door is locked. The door code is 4719# (please do not share it with the students).
- Breakfast is served from 7:00 to 9:30.

Kind regards,
Giulia
Ostello San Lorenzo - Reception'''
M('fw-ostello-praktisch', S['tom'], [S['ksm'], S['dvl']], 'FW: Group booking SPC Wilsele - practical information',
  date='2025-04-22 09:14', lang='en',
  body='Ter info, zie hieronder (wifi + deurcode). Tom\n' + oq('Ostello San Lorenzo <reception@ostellosanlorenzo.it>',
                                                              'maandag 21 april 2025 18:02',
                                                              'Tom Bosmans <tom.bosmans@sintpieterscollege.be>',
                                                              'Group booking SPC Wilsele - practical information',
                                                              _ostello),
  rules=['password'], note='forwarded hostel mail carries the Wi-Fi password and the door code',
  fmt=['plain', 'forward'])

M('sleutelkluis-sporthal', S['jvh'], [S['sara']], 'sleutel materiaalberging sportdag',
  date='2024-10-01 12:20', mailer='outlook', cte='7bit',
  body='''Sara,

Ik ben donderdagochtend pas om 8u15 op school. De sleutel van de materiaalberging hangt in het sleutelkluisje
achter de sporthal. Code: 3815. Wil je na het openen de cijfers weer door elkaar draaien?

De linten, hesjes en de startpistolen staan al klaar in de bak met "SPORTDAG".

Jonas''',
  rules=['password'], note='key-box code', fmt=['plain'])

M('interim-zwemmen-deurcode', S['sara'], [S['wim']], 'Overdracht zwemlessen 1ste jaar (vanaf 18/11)',
  date='2024-11-14 15:48',
  body='''Dag Wim,

Welkom in het team! Hier alles voor de zwemlessen van het 1ste jaar tijdens mijn afwezigheid:

- Dinsdag 1A en 1B (lesuur 3-4), donderdag 1C (lesuur 5-6) in zwembad De Dijlewater.
- We wandelen met de klas om 10u05 vertrek aan de fietsenstalling; terug op school om 12u05.
- Kleedkamers 7 en 8 (jongens/meisjes); wij gebruiken baan 3 en 4.
- De personeelsingang aan de zijkant gebruik je met deurcode 2409# (de hoofdingang is pas om 10u open).
- Aanwezigheden en vrijstellingen staan in Smartschool bij "Zwemmen 1ste graad".

Bij vragen mag je me altijd bellen.

Groeten
Sara
Sara Jacobs – LO
Sint-Pieterscollege Wilsele
T ''' + SCHOOL_PHONE,
  rules=['password', 'personal_data'], note='door code of the pool staff entrance; school phone in signature',
  fmt=['plain'])

M('pincode-kredietkaart-skireis', S['boek'], [S['ldw']], 'Kredietkaart skireis',
  date='2025-03-05 10:12',
  body='''Dag Lieven,

De kredietkaart voor de skireis ligt vanaf vrijdag in de kluis van het secretariaat, in de enveloppe "SKI 2025".
De pincode is 7734.

Graag alle kasticketjes bijhouden en na de reis samen met de kaart aan mij bezorgen. Het limiet is 2.500 euro.

Patrick
''' + SIG_BOEK,
  rules=['password'], note='PIN of the trip credit card', fmt=['plain'])

M('noodgsm-pin-puk', S['gvh'], [S['ldw'], S['evy'], S['jvh']], 'Nood-gsm skireis',
  date='2025-03-06 14:30',
  body='''Dag collega's,

De nood-gsm voor de skireis ligt klaar op het secretariaat (opgeladen, met lader en adapter).
Nummer: ''' + SKI_GSM + '''
PIN: 2580
PUK: 31415926 (enkel nodig als de PIN drie keer fout is ingegeven)

Het nummer staat ook op het infoblad voor de ouders.

Goede reis!
''' + SIG_SECR,
  rules=['password', 'personal_data'], note='SIM PIN and PUK, plus the Belgian mobile number of the trip phone',
  fmt=['plain'])

M('verificatiecode-viaroma', S['ksm'], [S['tom']], 'code!!', date='2025-04-14 10:02', mailer='iphone', cte='8bit',
  body='''Tom, Via Roma heeft de verificatiecode naar mijn mailbox gestuurd in plaats van naar jou: 482 913
Hij is 10 minuten geldig, ga snel verder met de aanmelding. K''' + IPHONE,
  rules=['password'], note='one-time verification code passed to a colleague', fmt=['plain', 'phone'])

M('herstelcodes-instagram-skireis', S['ict'], [S['ldw']], 'Instagram @spc_op_ski - tweestapsverificatie',
  date='2025-02-28 16:40',
  body='''Lieven,

De tweestapsverificatie van het schoolaccount @spc_op_ski staat aan. In bijlage de herstelcodes voor als de gsm van
de school niet bij de hand is. Print ze liefst af en bewaar ze in de map van de skireis, niet op je eigen gsm.

Bram
''',
  atts=[('herstelcodes_instagram.txt', 'text', 'plain',
         b'Instagram @spc_op_ski - back-upcodes (elk 1x bruikbaar)\r\n\r\n8413 2290\r\n5071 6638\r\n'
         b'9923 1047\r\n3380 5512\r\n6605 7784\r\n')],
  rules=['password'], note='2FA recovery codes in a .txt attachment', fmt=['plain', 'attachment-txt'])

M('wachtwoord-uitgespeld', S['ldw'], [S['evy']], 'nieuw wachtwoord portaal', date='2025-02-03 21:55',
  body='''Evy,

Ik heb het wachtwoord van het Alpina-portaal moeten veranderen (verlopen). Ik schrijf het uit zodat er geen
twijfel is over hoofdletters:

hoofdletter S - k - i - b - u - s - twee - nul - twee - vijf - uitroepteken

Dus aan elkaar, geen spaties. Gebruikersnaam blijft hetzelfde.

L.''',
  rules=['password'], note='password spelled out letter by letter', fmt=['plain'])

M('login-over-regels', S['evy'], [S['jvh']], 'voor de verhuur', date='2025-03-10 07:41', mailer='android',
  cte='8bit',
  body='''Jonas, jij bent het eerst beneden. Login van de site van de skiverhuur om de extra helmen te boeken:

gebruiker:
skiwilsele
ww:
Pist3
Zwart
!!
(alles aan elkaar)''' + ANDROID,
  rules=['password'], note='username and password split over several lines', fmt=['plain', 'phone'])

M('identifiants-vatican', S['ksm'], [X['guide']], 'Accès portail Musées du Vatican - groupe SPC Wilsele',
  date='2025-04-10 13:25', lang='fr',
  body='''Chère Madame Marchand,

Comme convenu par téléphone, voici les identifiants pour le portail de réservation des Musées du Vatican, afin
que vous puissiez imprimer les billets du groupe (mercredi 30 avril, entrée 10h30, 41 personnes) :

Utilisateur : spc.wilsele
Mot de passe : Raffaello!1520

Nous changerons le mot de passe après le voyage.

Bien cordialement,
Katrien Smolders
Professeur de latin – Sint-Pieterscollege Wilsele (Belgique)''',
  rules=['password'], note='French mail to the Rome guide with the Vatican portal login', fmt=['plain'])

M('skischool-booking-login', S['ldw'], [X['hofer']], 'Online booking tool - access for SPC Wilsele',
  date='2025-02-11 18:20', lang='en',
  body='''Dear Mr Hofer,

As requested, here is the login for our group in your online booking tool, so your office can add the lesson
groups directly:

User: SPC-Wilsele
Password: Oetztal-Group25

Could you please change it after the season? Our group: 58 pupils and 4 teachers, 9-15 March 2025.

Best regards,
Lieven De Wolf
PE teacher - Sint-Pieterscollege Wilsele, Belgium
+32 16 44 21 90''',
  rules=['password', 'personal_data'], note='English mail with group password; Belgian number in +32 format',
  fmt=['plain'])

_alp_login = '''Beste heer De Wolf,

Uw groepsaccount voor de skireis Längenfeld (9-15/03/2025, reisnummer SK-117) is aangemaakt.

Aanmelden via https://groepen.alpinajeugdreizen.be
Login: spcwilsele-ski25
Tijdelijk wachtwoord: Xq7-mR4t-Lp

Gelieve dit wachtwoord te wijzigen bij de eerste aanmelding.

Met vriendelijke groeten,
Wendy Peremans
Alpina Jeugdreizen – groepen'''
M('fw-alpina-account', S['ldw'], [S['koen']], 'FW: Uw groepsaccount Alpina Jeugdreizen',
  date='2025-01-09 08:37',
  body='Koen, voor jouw dossier: zo kan jij ook aan de facturen. Groet, Lieven\n' +
       oq('Wendy Peremans | Alpina Jeugdreizen <wendy.peremans@alpinajeugdreizen.be>', 'woensdag 8 januari 2025 17:12',
          'Lieven De Wolf <lieven.dewolf@sintpieterscollege.be>', 'Uw groepsaccount Alpina Jeugdreizen', _alp_login),
  rules=['password'], note='forwarded agency mail containing a temporary password', fmt=['plain', 'forward'])

M('re-wachtwoord-nog-hetzelfde', S['jvh'], [S['ldw']], 'RE: scorebord sportdag', date='2024-10-02 17:05',
  reply='scorebord-sportdag-1',
  body='''Ja hoor, het is nog steeds Wilsele3012! - ik heb het vorig jaar niet veranderd.
De laptop staat morgen om 7u45 aan de tribune.

Jonas
''' + oq('Lieven De Wolf', 'woensdag 2 oktober 2024 16:51', 'Jonas Verhaegen', 'scorebord sportdag',
         'Jonas, wat is het wachtwoord van de laptop van het scorebord ook alweer? Is het nog dat van vorig jaar?\n\nL.'),
  rules=['password'], note='reply confirms the scoreboard laptop password', fmt=['plain', 'reply'])

M('kopieercode-romebrochure', S['gvh'], [S['ksm']], 'Kopieercode brochure Rome', date='2025-03-31 09:20',
  body='''Dag Katrien,

Je persoonlijke kopieercode voor de kleurprinter (brochure Romereis) is 5521. Die is gekoppeld aan het budget
"Romereis 6de jaar", dus niet gebruiken voor je gewone lessen aub.

Groetjes
''' + SIG_SECR,
  rules=['password'], note='copier/printer code', fmt=['plain'])

M('co-account-victor-fr', S['secr'], ['charlotte.dubois@proximus.be'], 'Vos accès Smartschool (co-compte)',
  date='2025-01-21 11:05', lang='fr',
  body='''Madame Dubois,

Suite à votre demande, voici vos accès au co-compte Smartschool de Victor (5C), afin de pouvoir suivre les
informations sur le voyage de ski :

Adresse : https://sintpieterscollege.smartschool.be
Utilisateur : victor.deprez
Co-compte : 1
Mot de passe de départ : hT6#vQ9w

Lors de la première connexion, vous devrez choisir un nouveau mot de passe.

Bien à vous,
''' + SIG_SECR,
  rules=['password'], about=['P0125'], note='start password of a parent co-account, sent to the right parent',
  fmt=['plain'])

M('tijdelijk-wachtwoord-vervanger', S['ict'], ['lies.vandeperre@gmail.com'], 'Je schoolaccount Sint-Pieterscollege',
  date='2025-02-24 08:05',
  body='''Dag Lies,

Welkom op Sint-Pieterscollege. Omdat je nog geen schoolmailbox hebt, stuur ik je account naar dit adres.

Account: lies.vandeperre@sintpieterscollege.be
Tijdelijk wachtwoord: Welkom-8472-Dijle

Bij de eerste aanmelding moet je het wachtwoord wijzigen en de Authenticator-app instellen. Vanaf dan gebruik je
enkel nog je schooladres voor alles wat met school te maken heeft (ook voor de skireis).

Bram
''' + SIG_ICT.split('\n', 1)[1],
  rules=['password'], note='temporary account password to a new teacher (school sender, private recipient)',
  fmt=['plain'])

M('alarmcode-vertrek-bus', S['koen'], [S['ldw']], 'zaterdag vertrek', date='2025-03-06 17:45',
  body='''Lieven,

Zaterdag ben jij de eerste op school (bus om 5u30). Alarm hoofdingang: 1984 en dan OFF. Als de bus weg is: 1984 en
ON, en de deur goed dichttrekken.

De sleutel van het secretariaat heb je van Greet gekregen.

Goede reis!
Koen''',
  rules=['password'], note='alarm code of the school building', fmt=['plain'])

M('logins-begeleiders-rome-txt', S['ksm'], [S['dvl'], S['tom']], 'Bestand met logins voor onderweg',
  date='2025-04-25 20:10',
  body='''Hoi,

In bijlage een tekstbestandje met de logins die we in Rome nodig hebben (noodapp, ticketportaal, bus). Zet het
op je gsm, dan hebben we het ook offline.

Tot maandag!
''' + SIG_KSM,
  atts=[('logins_onderweg.txt', 'text', 'plain',
         ('ROMEREIS 2025 - logins begeleiders\r\n\r\nNoodapp SafeTrip: groep SPC-ROMA / pin 6631\r\n'
          'Ticketportaal Via Roma: spc6-rome / Tr3v!Fontana\r\nATAC busabonnementen: spc.wilsele@viaromareizen.be '
          '/ Metro-Linea-A\r\n').encode('utf-8'))],
  rules=['password'], note='passwords and PIN in a .txt attachment', fmt=['plain', 'attachment-txt'])

M('skiverhuur-login-base64', S['evy'], [S['ldw']], 'helmen', date='2025-03-11 08:55', mailer='android',
  cte='base64',
  body='''Lieven, ik sta al op de piste met groep 3. Kan jij de 4 extra helmen nog boeken? Site van de verhuur,
login evy.ceulemans / Verhuur!2025

Thx''' + ANDROID,
  rules=['password'], note='password in a base64-encoded body from a phone', fmt=['plain-base64', 'phone'])

_mb = '''Koen,

Het wachtwoord van de gedeelde mailbox skireis@spc.ksleuven.be is gewijzigd. Nieuw wachtwoord: Ötztal-Schnee-77

Wil jij het ook aanpassen in de Outlook op de pc van het onthaal?

Dank je!
''' + SIG_LDW
M('wachtwoord-gedeelde-mailbox', S['ldw'], [S['koen']], 'Gedeelde mailbox skireis', date='2025-02-17 12:40',
  body=_mb, html=outlook_html(_mb),
  rules=['password'], note='shared mailbox password, quoted-printable text and HTML', fmt=['alt', 'plain-qp'])

M('zwemplanning-wachtwoord-cp1252', S['sara'], [S['jvh']], 'Zwemplanning Excel', date='2024-12-03 13:15',
  charset='windows-1252', cte='8bit',
  body='''Jonas,

Het online Excelbestand met de zwemplanning van het 2de trimester staat klaar. Het is beveiligd met het
wachtwoord "Crème-Brûlée24" (niet mijn keuze, ik zweer het).

Kan jij de klassen van het 2de jaar invullen vóór vrijdag?

Merci!
''' + SIG_SARA,
  rules=['password'], note='password with accented characters, windows-1252 8bit body', fmt=['plain-cp1252'])

M('wachtwoordzin-gedeelde-map', S['ict'], [S['ksm']], 'Map Romereis beveiligd', date='2025-04-03 10:50',
  body='''Katrien,

De gedeelde map "Romereis 2025 - begeleiders" is nu extra beveiligd. Bij het openen vraagt ze een wachtwoordzin:

paars-olifant-trapt-fiets

Geef die enkel mondeling door aan Dries en Tom.

Bram''',
  rules=['password'], note='passphrase for a shared folder', fmt=['plain'])

_hotel_de = '''Sehr geehrter Herr De Wolf,

vielen Dank für Ihre Buchung (Buchungsnummer 44817). Da Ihr Bus voraussichtlich erst nach 22 Uhr ankommt:
Die Zimmerschlüssel liegen im Schlüsselsafe neben dem Haupteingang, PIN 2468. Die Zimmerverteilung haben wir
nach Ihrer Liste vorbereitet.

Mit freundlichen Grüßen
Familie Gruber
Jugendhotel Alpenrose, Längenfeld'''
M('fw-hotel-sleutelsafe', S['ldw'], [S['evy'], S['jvh']], 'FW: Ankunft Gruppe Sint-Pieterscollege',
  date='2025-03-04 19:30',
  body='''Ter info: we komen laat aan, de sleutels zitten in een kluisje aan de ingang (code zie onder).
Ik print de mail ook af.

L.
''' + oq('Jugendhotel Alpenrose <info@alpenrose-laengenfeld.at>', 'dinsdag 4 maart 2025 15:02',
         'Lieven De Wolf', 'Ankunft Gruppe Sint-Pieterscollege', _hotel_de),
  rules=['password'], note='forwarded hotel mail with the PIN of the key safe (booking number is not secret)',
  fmt=['plain', 'forward'])

M('gmail-portaal-wachtwoord', S['ldwg'], [S['evy']], 'alpina', date='2025-02-15 10:22', mailer='gmail',
  cte='7bit',
  body='''Hoi Evy,

Ik zit thuis zonder schoollaptop, vandaar via gmail. Het wachtwoord van Alpina is opnieuw gewijzigd (Jonas had
het 3x fout getypt): Gamskogel#2025b

Kan jij de kamerlijst vandaag nog uploaden? Deadline is maandag.

Lieven''',
  rules=['password', 'private_account'], note='teacher uses his private gmail for trip business and sends a password',
  fmt=['plain'])

M('busindeling-xlsm-wachtwoord', S['ldw'], [S['evy'], S['jvh']], 'Busindeling + kamerverdeling (macro)',
  date='2025-02-26 21:15',
  body='''Hoi allebei,

In bijlage het bestand met de busindeling en de kamerverdeling. Met de knop "Verdeel" herschikt de macro de
kamers automatisch als er iemand afvalt. Het bestand is beveiligd, wachtwoord om te openen: Bus2025

Lieven''',
  atts=[('busindeling_skireis.xlsm', 'application', 'vnd.ms-excel.sheet.macroEnabled.12',
         xlsx_bytes([['Bus', 'Zitplaats', 'Naam'], [1, 1, 'begeleider'], [1, 2, 'begeleider']], macro=True))],
  rules=['password', 'attachment'], note='macro workbook (.xlsm) plus the password to open it', fmt=['plain', 'mixed'])

M('medicatielijst-pdf-beveiligd', S['zorg'], [S['ksm']], 'Medicatielijst Romereis', date='2025-04-23 15:30',
  body='''Dag Katrien,

In bijlage de medicatielijst voor Rome als beveiligde pdf. Wachtwoord: Med!Rome-25

Print hem af voor elke begeleider en neem hem mee in de reismap.

Ann
''' + SIG_ZORG,
  atts=[('medicatielijst_rome.pdf', 'application', 'pdf', pdf_encrypted_placeholder())],
  rules=['password'], note='password of the protected PDF in the same mail; no pupil facts in the body',
  fmt=['plain', 'attachment-pdf'])

M('pdf-wachtwoord-aparte-mail', S['zorg'], [S['ldw']], 'wachtwoord', date='2025-03-03 15:47',
  body='''Lieven,

Zoals afgesproken in een aparte mail: het wachtwoord van de pdf met de zorgfiches is Ski-Zorg-0308

Ann''',
  rules=['password'], note='PDF password sent in a second mail', fmt=['plain'])

M('wifi-sporthal-uitslagen', S['ict'], [S['jvh']], 'RE: wifi laptop uitslagen sportdag', date='2024-10-01 09:40',
  reply='wifi-sporthal-1',
  body='''Jonas,

Het gastnetwerk in de sporthal is te traag. Gebruik het netwerk SPC-Sporthal, WPA2-sleutel: Estafette4x100!

Niet aan de leerlingen geven, anders zit het netwerk weer vol.

Bram

''' + q('''Bram, welk wifinetwerk moet ik gebruiken voor de laptop met de uitslagen op de sportdag?
Jonas'''),
  rules=['password'], note='Wi-Fi key in a reply', fmt=['plain', 'reply'])

M('portaal-en-diabetes-seppe', S['ldw'], [S['evy']], 'Nog 2 dingen voor morgen', date='2025-03-07 21:30',
  body='''Evy,

1) Het portaalwachtwoord is weer veranderd, nu: Gamskogel#2025c (Alpina verplicht elke maand een nieuw).

2) Seppe Lambrechts (5A) heeft type 1-diabetes. Hij heeft een sensor en een insulinepen; de reservepennen moeten in
de koelkast van het hotel. Zijn mama heeft gevraagd dat een van ons 's avonds even checkt of zijn waarden goed
zijn. Wil jij dat opnemen? Jij zit in de kamer ernaast.

Lieven''',
  rules=['password', 'sensitive'], cats=['medical'], about=['P0055'],
  note='password plus a named pupil with diabetes', fmt=['plain'])

_noodapp = [('Katrien Smolders', 'SPC-ROMA', '6631'), ('Dries Van Loock', 'SPC-ROMA', '4420'),
            ('Tom Bosmans', 'SPC-ROMA', '9057')]
M('noodapp-pincodes-html', S['ksm'], [S['dvl'], S['tom']], 'Noodapp SafeTrip - jullie pincode',
  date='2025-04-24 18:45', cte='base64',
  html=HTML_HEAD + html_paras('Hoi,\n\nInstalleer vóór maandag de app SafeTrip. Bij het aanmelden vraagt de app de '
                              'groep en je persoonlijke pincode:') +
  html_table(['Begeleider', 'Groep', 'Pincode'], _noodapp) +
  html_paras('\nMet die app kunnen we elkaar en de leerlingen lokaliseren tijdens de vrije momenten.\n\nKatrien')
  + HTML_TAIL,
  rules=['password'], note='HTML-only mail with personal app PINs in a table, base64', fmt=['html-only', 'html-table'])

# ===========================================================================
# B. look-alikes of credentials (password must NOT fire)
# ===========================================================================
SECTION = 'B'
_conf = '''Beste heer De Wolf,

Hierbij de definitieve bevestiging van uw groepsreis.

Boekingsreferentie: ALP-25-04481
Reisnummer: SK-117 Längenfeld (Ötztal)
Periode: zaterdag 8 maart 2025 (vertrek 5u30) - zondag 16 maart 2025 (aankomst ca. 7u00)
Deelnemers: 58 leerlingen + 4 begeleiders
Verblijf: Jugendhotel Alpenrose, volpension
Skipas: Ötztal Mitte, 6 dagen
Factuurnummer: 2025/0312 - saldo te betalen vóór 7 februari 2025

Met vriendelijke groeten,
Wendy Peremans
Alpina Jeugdreizen – groepen'''
M('fw-boekingsbevestiging-skireis', S['ldw'], [S['boek']], 'FW: Bevestiging groepsreis ALP-25-04481',
  date='2025-01-10 09:02',
  body='Patrick, hierbij de bevestiging; de factuur volgt apart via Alpina. Lieven\n' +
       oq('Wendy Peremans | Alpina Jeugdreizen <wendy.peremans@alpinajeugdreizen.be>', 'donderdag 9 januari 2025 16:40',
          'Lieven De Wolf', 'Bevestiging groepsreis ALP-25-04481', _conf),
  rules=[], note='booking reference, trip number and invoice number are not secrets', fmt=['plain', 'forward'])

M('vluchtgegevens-rome', S['ksm'], [S['dvl'], S['tom']], 'Vluchtgegevens + zitplaatsen', date='2025-04-16 14:12',
  body='''Hoi beiden,

De vluchten zijn bevestigd:

Heen: maandag 28 april, SN 3171 Brussel - Roma Fiumicino, vertrek 06:40, aankomst 08:55, terminal A.
Terug: vrijdag 2 mei, FR 4567 Roma Ciampino - Charleroi, vertrek 19:35, aankomst 21:50.

We zitten verspreid over rij 14 tot 22. Ik heb zelf 14C, Dries 18C en Tom 22C, telkens aan het gangpad zodat we
de leerlingen zien. Verzamelen om 04:15 aan de vertrekhal, gate wordt pas op de dag zelf bekend.

Boekingscode Via Roma: VR-6-2025-0917 (voor als er iets misgaat aan de balie).

Katrien''',
  rules=[], note='flight numbers, seat numbers and a booking code are not credentials', fmt=['plain'])

_6a = klas('6A')
_ids_rows = []
_r = random.Random(6203)
for r in _6a:
    if _r.random() < 0.75:
        _ids_rows.append((r['last'].upper(), r['first'], 'ID-kaart (BE)', '%03d-%07d-%02d' % (
            _r.randint(590, 599), _r.randint(0, 9999999), _r.randint(10, 96))))
    else:
        _ids_rows.append((r['last'].upper(), r['first'], 'Paspoort (BE)', 'E%s%06d' % (
            _r.choice('HJKLMN'), _r.randint(0, 999999))))
M('documentnummers-6a-vlucht', S['ksm'], [X['vrbook']], 'Documentnummers 6A voor de vlucht (groep VR-6-2025-0917)',
  date='2025-04-02 11:25',
  body='''Beste,

Zoals gevraagd de reisdocumenten van de leerlingen van 6A voor de passagierslijst. 6B volgt na de paasvakantie.

''' + text_table(['NAAM', 'Voornaam', 'Documenttype', 'Documentnummer'], _ids_rows) + '''

Met vriendelijke groeten,
''' + SIG_KSM,
  html=outlook_html('Beste,\n\nZoals gevraagd de reisdocumenten van de leerlingen van 6A voor de passagierslijst. 6B '
                    'volgt na de paasvakantie.', html_table(['NAAM', 'Voornaam', 'Documenttype', 'Documentnummer'],
                                                            _ids_rows),
                    'Met vriendelijke groeten,\n' + SIG_KSM),
  rules=[], about=[r['id'] for r in _6a],
  note='identity-card and passport numbers by document type: no password, not in the personal_data list, no birth dates',
  fmt=['alt', 'html-table'])

_rooms = []
_pool = klas('5A') + klas('5B')
_girls_first = set(FIRST_F) | {'Inès'}
_girls = [r for r in _pool if r['first'] in _girls_first]
_boys = [r for r in _pool if r['first'] not in _girls_first]
_room = 210
for grp in (_girls, _boys):
    for i in range(0, len(grp), 4):
        _room += 1
        _rooms.append((str(_room), ', '.join('%s %s' % (r['first'], r['last']) for r in grp[i:i + 4])))
M('rooming-list-hotel-en', S['ldw'], [X['hotel']], 'Rooming list Sint-Pieterscollege (booking 44817) - 5A/5B',
  date='2025-02-27 10:40', lang='en',
  body='''Dear Mrs Gruber,

Please find below the rooming list for classes 5A and 5B (booking 44817). Class 5C follows tomorrow.
The teachers' rooms: single rooms 201-204 as agreed.

''' + text_table(['Room', 'Guests'], _rooms) + '''

Kind regards,
Lieven De Wolf
Sint-Pieterscollege Wilsele''',
  html=outlook_html('Dear Mrs Gruber,\n\nPlease find below the rooming list for classes 5A and 5B (booking 44817). '
                    "Class 5C follows tomorrow.\nThe teachers' rooms: single rooms 201-204 as agreed.",
                    html_table(['Room', 'Guests'], _rooms),
                    'Kind regards,\nLieven De Wolf\nSint-Pieterscollege Wilsele'),
  rules=[], about=[r['id'] for r in _pool], note='rooming list with room numbers only; no facts about pupils',
  fmt=['alt', 'html-table'])

_bus = []
_seat = 4
for r in klas('5C'):
    _seat += 1
    _bus.append((str(_seat), '%s %s' % (r['first'], r['last']), r['klas']))
M('busindeling-5c-zitplaatsen', S['jvh'], [S['ldw'], S['evy']], 'Zitplaatsen bus 2 (5C)', date='2025-03-03 16:20',
  html=HTML_HEAD + html_paras('Hoi,\n\nZo heb ik bus 2 ingedeeld. Plaatsen 1-4 zijn voor ons en de chauffeurs.') +
  html_table(['Zitplaats', 'Leerling', 'Klas'], _bus) +
  html_paras('\nBus 2 rijdt als tweede weg, vertrek 5u30 aan de Kapelstraat.\n\nJonas') + HTML_TAIL,
  rules=[], about=[r['id'] for r in klas('5C')], note='bus seating plan: seat numbers are not secrets',
  fmt=['html-only', 'html-table'])

_exp = '''Beste gebruiker,

Uw wachtwoord voor het account evy.ceulemans@sintpieterscollege.be verloopt over 5 dagen.
Wijzig uw wachtwoord via de portaalpagina van Microsoft 365 om de toegang tot uw mailbox te behouden.

Dit is een automatisch bericht, gelieve niet te antwoorden.'''
M('fw-wachtwoord-verloopt', S['evy'], [S['ict']], 'FW: Uw wachtwoord verloopt binnen 5 dagen',
  date='2025-02-10 07:58',
  body='''Bram, is dit echt of phishing? Er staat geen link in, maar ik vertrouw het niet zo vlak voor de skireis.

Evy
''' + oq('Microsoft 365 <no-reply@sintpieterscollege.be>', 'maandag 10 februari 2025 06:00',
         'Evy Ceulemans', 'Uw wachtwoord verloopt binnen 5 dagen', _exp),
  rules=[], note='password-expiry notice without any password', fmt=['plain', 'forward'])

M('hoe-wachtwoord-resetten-portaal', S['ldw'], [S['evy']], 'RE: login Alpina werkt niet', date='2025-02-04 08:12',
  reply='login-alpina-werkt-niet',
  body='''Evy,

Ik stuur het wachtwoord niet per mail (beleid van de school, en Bram kijkt mee ;-) ). Zo reset je het zelf:

1. Ga naar https://groepen.alpinajeugdreizen.be en klik op "Wachtwoord vergeten".
2. Geef je schooladres in; je krijgt binnen 5 minuten een link.
3. Kies een nieuw wachtwoord van minstens 12 tekens.

Lukt het niet, vraag het dan aan de helpdesk van Alpina of ik zeg het je morgen in de lerarenkamer.

Lieven

''' + q('''Lieven, ik kan niet meer inloggen op het portaal. Wat is het wachtwoord nu?
Evy'''),
  rules=[], note='how to reset a password, no password given', fmt=['plain', 'reply'])

M('teams-uitnodiging-viaroma', S['ksm'], [X['viaroma']], 'Overleg programma Romereis - Teams',
  date='2025-03-12 12:00',
  body='''Beste Stefaan,

Zoals afgesproken plannen we het overleg over het programma op dinsdag 18 maart om 16u via Teams.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZTc5MjQtYjA2Ny00Y2Yz%40thread.v2/0
Vergadering-id: 364 812 905 177
Wachtwoordcode: Xy7Pq2
________________________________________________________________________________

Tot dan,
''' + SIG_KSM,
  rules=[], note='meeting invitation with its passcode (allowed)', fmt=['plain'])

M('sportdag-posten-klascodes', S['jvh'], [S['sara']], 'Posten sportdag + groepscodes', date='2024-09-27 13:30',
  body='''Sara,

De verdeling voor donderdag 3 oktober:

- Groepen G1-G6 (1ste jaar): oriëntatieloop, start aan lokaal B.204.
- Groepen G7-G12 (2de jaar): spelcircuit in sporthal 2.
- 3de en 4de jaar: tornooien volgens de klascodes 3A-3C en 4A-4C, schema hangt aan de deur van zaal 1.
- 5de en 6de jaar: atletiek op de piste van de sportregio, vertrek per fiets om 8u45.

Jij neemt post 7 (zaal 1) met de leerlingen van LO-5WE als juryleden.

Jonas''',
  rules=[], note='group codes, class codes and room numbers are not credentials', fmt=['plain'])

M('betalingen-skireis-overzicht', S['boek'], [S['ldw']], 'Stand betalingen skireis', date='2025-02-10 11:50',
  body='''Dag Lieven,

Stand van zaken van de betalingen voor de skireis (mededeling +++250/3121/17045+++):

- volledig betaald: 49 van de 58 leerlingen
- voorschot betaald, saldo nog open: 6
- nog niets ontvangen: 3

Ik stuur de herinneringen zelf via Smartschool. Je hoeft niets te doen.

Patrick
''' + SIG_BOEK,
  rules=[], note='structured payment reference and counts, no names', fmt=['plain'])

M('adressen-busrit-oostenrijk', S['secr'], [X['bus']], 'Busrit skireis 8-16 maart: adressen',
  date='2025-01-28 10:03',
  body='''Goeiemorgen,

Voor de planning van de chauffeurs de adressen voor de skireis:

Vertrek: zaterdag 8 maart om 5u30, Sint-Pieterscollege, Kapelstraat 12, 3012 Wilsele (ingang aan de sporthal)
Bestemming: Jugendhotel Alpenrose, Hauptstraße 88, 6444 Längenfeld (Oostenrijk)
Contact hotel: +43 5253 61 77
Terugrit: vertrek zaterdag 15 maart om 20u00, aankomst Wilsele zondag rond 7u.

Aantal: 58 leerlingen, 4 begeleiders, 2 bussen.

Met vriendelijke groeten,
''' + SIG_SECR,
  rules=[], note='postcodes, house numbers and an Austrian (not Belgian) phone number',
  fmt=['plain'])

_sizes = 'Deelnemer;Lengte (cm);Gewicht (kg);Schoenmaat;Niveau\r\n'
_r = random.Random(6204)
for i in range(1, 59):
    _sizes += '%d;%d;%d;%d;%s\r\n' % (i, _r.randint(155, 192), _r.randint(45, 90), _r.randint(36, 46),
                                      _r.choice(['beginner', 'beginner', 'gevorderd', 'expert']))
M('bestelling-skiverhuur', S['ldw'], [X['rental']], 'Bestellnummer 100-22318 / Gruppe Sint-Pieterscollege',
  date='2025-02-18 19:45',
  body='''Sehr geehrte Damen und Herren,

Bijgevoegd de maten voor onze bestelling (Bestellnummer 100-22318): 58 sets ski's, schoenen en helmen,
afhalen zondag 9 maart om 8u30. De deelnemers zijn genummerd zoals op de lijst die we aan de balie geven.

Mit freundlichen Grüßen / met vriendelijke groeten,
Lieven De Wolf''',
  atts=[('maten_skiverhuur.csv', 'text', 'csv', _sizes.encode('utf-8'))],
  rules=[], note='order number and an anonymous size list', fmt=['plain', 'attachment-csv'])

M('pincode-nooit-doorgeven', S['ict'], [S['ldw']], 'RE: pincode kaart vergeten', date='2025-03-12 08:10',
  reply='pincode-kaart-vergeten',
  body='''Lieven,

Ik heb die pincode niet en ik zou ze ook niet per mail mogen sturen. Vraag het aan Patrick (telefonisch) of gebruik
de noodprocedure van de bank. En tip: zet een pincode nooit in een mail of WhatsApp, ook niet naar mij.

Bram

''' + q('''Bram, ik ben de pincode van de kredietkaart van de skireis kwijt. Heb jij die ergens?'''),
  rules=[], note='mail about a PIN without the PIN', fmt=['plain', 'reply'])

M('zwembad-kastjes-banen', S['sara'], [X['pool']], 'Reservatie 2de trimester: banen en kastjes',
  date='2024-12-09 10:30',
  body='''Beste,

Voor het 2de trimester graag dezelfde reservatie als nu:

- dinsdag 10u15-11u45: baan 3 en 4, kleedkamers 7 en 8
- donderdag 13u30-15u00: baan 3 en 4, kleedkamers 7 en 8
- kastjes 101 tot 130 (met polsbandje, de leerlingen brengen zelf een muntstuk van 1 euro mee)

Onze klasgroepen: Z1 (1A), Z2 (1B) en Z3 (1C). Het factuuradres blijft hetzelfde.

Met sportieve groet,
''' + SIG_SARA,
  rules=[], note='lane, locker and group numbers are not codes that open something', fmt=['plain'])

M(
  'zoom-gids-rome-en', S['tom'], [X['guide']], 'Short call about the walking tour', date='2025-04-08 17:10',
  lang='en',
  body='''Dear Sophie,

Would you have time for a short call on Thursday at 18:00 to go through the walking tour on day 2?

Join Zoom Meeting
https://us06web.zoom.us/j/84512096633?pwd=Q3ZtV2p4cE1rUnBuS0dXb3l5dz09
Meeting ID: 845 1209 6633
Passcode: 718204

Best,
Tom Bosmans
English teacher - Sint-Pieterscollege Wilsele''',
  rules=[], note='meeting link and passcode of an invitation (allowed)', fmt=['plain'])

# ===========================================================================
# C. sensitive mails (incl. six misdirected ones)
# ===========================================================================
SECTION = 'C'
SKI_SIG_GSM = SIG_LDW + '\nGSM skireis (dag en nacht): ' + SKI_GSM

# --- misdirected, sensitive ------------------------------------------------
M('ongeval-lucas-verkeerde-peeters', S['ldw'], ['geert.peeters@skynet.be'], 'Lucas - val op de piste',
  date='2025-03-11 18:40', mailer='iphone', cte='8bit',
  body='''Beste meneer Peeters,

Zoals daarnet kort aan de telefoon gezegd door de skischool: Lucas is vanmiddag op de rode piste gevallen. In de
Klinik Alpenblick is een breuk van het linkersleutelbeen vastgesteld. Hij krijgt een draagverband en pijnstilling
en mag vanavond terug naar het hotel. Skiën is voor hem gedaan deze week; hij gaat wel mee met de activiteiten.

De verzekeringspapieren zijn ingevuld. Ik laat morgen weten hoe de nacht verlopen is.

Met vriendelijke groeten,
''' + SKI_SIG_GSM + IPHONE,
  rules=['sensitive', 'personal_data', 'recipient'], cats=['medical'], about=['P0012'], mis=True,
  note="Lucas Peeters' injury sent to the father of Emma Peeters (other family, same surname); trip GSM in signature",
  fmt=['plain', 'phone'])

M('afbetalingsplan-noor-verkeerde-ouder', S['boek'], ['tom.wouters@proximus.be'], 'Afbetalingsplan skireis Noor',
  date='2025-01-23 14:10',
  body='''Beste heer Wouters,

Na het gesprek met mevrouw Maes bevestig ik het afbetalingsplan voor de skireis van Noor Janssens (5B). Omdat de
factuur van 645 euro in één keer niet haalbaar is, spreiden we ze als volgt:

- 215 euro vóór 31 januari
- 215 euro vóór 28 februari
- 215 euro vóór 31 maart

U gebruikt telkens dezelfde gestructureerde mededeling als op de factuur. Als een termijn niet lukt, laat het
ons dan gewoon weten; niemand in de klas hoeft hiervan te weten.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive', 'recipient'], cats=['financial'], about=['P0021'], mis=True,
  note="payment plan for Noor Janssens sent to the father of her half-brother Finn Wouters, not one of Noor's parents",
  fmt=['plain'])

M('puffer-amir-verkeerde-amir', S['evy'], ['fam.elidrissi@skynet.be'], 'Puffer van Amir', date='2025-03-10 21:05',
  mailer='iphone', cte='8bit',
  body='''Beste ouders van Amir,

Amir Benali had vannacht een stevige astma-aanval op de kamer. Hij heeft zijn Ventolin genomen en het ging daarna
beter, maar zijn tweede puffer (de Seretide voor 's ochtends en 's avonds) is bijna leeg. Kan u navragen bij de
huisarts of we hier in de apotheek een vervanging mogen kopen? Dan regelen wij dat morgen.

Groetjes,
Evy Ceulemans
begeleider skireis''' + IPHONE,
  rules=['sensitive', 'recipient'], cats=['medical'], about=['P0034'], mis=True,
  note='asthma of Amir Benali (5A) sent to the family of Amir El Idrissi (5B): same first name',
  fmt=['plain', 'phone'])

_q_boots = '''Bonjour Madame Ceulemans,

Une petite question : les chaussures de ski de mon fils sont un peu justes. Est-ce qu'il peut en louer sur place,
ou doit-il apporter les siennes ? Merci d'avance.

Charlotte Dubois'''
M('re-heimwee-mila-verkeerde-thread', S['evy'], ['charlotte.dubois@proximus.be'], 'RE: chaussures de ski',
  date='2025-03-10 22:30', reply='chaussures-de-ski',
  body='''Beste mevrouw Hermans,

Ik wou u even laten weten hoe het met Mila gaat. Ze heeft het erg moeilijk: ze mist thuis enorm, heeft gisteren
en vannacht een paar keer een paniekaanval gehad en at vandaag bijna niets. We hebben lang met haar gepraat en ze
slaapt nu bij een vriendin op de kamer naast de onze. Zou u haar morgenvroeg even kunnen bellen? Als het niet
beter gaat, bekijken we samen of ze vroeger naar huis moet.

Vriendelijke groeten,
Evy Ceulemans

''' + oq('Charlotte Dubois <charlotte.dubois@proximus.be>', 'vendredi 7 mars 2025 20:14',
         'Evy Ceulemans <evy.ceulemans@sintpieterscollege.be>', 'chaussures de ski', _q_boots),
  rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['P0078'], mis=True,
  note="panic attacks of Mila Hermans sent as a reply in the thread of Victor Deprez's mother (wrong thread)",
  fmt=['plain', 'reply'])

M('afbetaling-zeynep-verkeerde-yilmaz', S['boek'], ['yilmaz.hakan@gmail.com'], 'Skireis: openstaand saldo Zeynep',
  date='2025-02-12 09:35',
  body='''Beste mevrouw Yilmaz,

Op de factuur van de skireis van Zeynep (5A) staat nog 430 euro open. U liet ons weten dat het gezin het op dit
moment financieel moeilijk heeft. Daarom stellen we voor om het bedrag te betalen in twee schijven van 215 euro
(eind februari en eind maart). Het solidariteitsfonds van de school neemt daarnaast 100 euro ten laste.

Zeynep kan in elk geval gewoon mee op skireis.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive', 'recipient'], cats=['financial'], about=['P0084'], mis=True,
  note="Zeynep Yilmaz's unpaid balance sent to the father of Emre Yilmaz (3C, other family) - autocomplete",
  fmt=['plain'])

M('zwemvrijstelling-ines-verkeerd-adres', S['sara'], ['ana.fernandes@gmail.com'],
  'Doktersattest zwemmen Ines', date='2024-11-06 16:20',
  body='''Beste mevrouw,

Ik heb het doktersattest van Ines Ferreira (1B) goed ontvangen. Na de plaatsing van de trommelvliesbuisjes mag ze
zes weken niet zwemmen. Tijdens de zwemlessen gaat ze mee naar het zwembad en helpt ze met de stopwatch, of ze
blijft op school in de studie als u dat liever heeft.

Vriendelijke groeten,
''' + SIG_SARA,
  rules=['sensitive', 'recipient'], cats=['medical'], about=['P0111'], mis=True,
  note="Ines Ferreira's medical exemption sent to the mother of Inès Fernandes (same class) - autocomplete",
  fmt=['plain'])

# --- correctly addressed counterparts ----------------------------------------
M('ongeval-lucas-mama', S['ldw'], ['kristel.vandamme@telenet.be'], 'Lucas - update na de val',
  date='2025-03-12 08:15', mailer='iphone', cte='8bit',
  body='''Beste mevrouw Vandamme,

Excuses, gisteren ging mijn mail naar een verkeerd adres. Daarom nog eens kort: Lucas heeft een breuk van het
linkersleutelbeen opgelopen bij de val op de piste. Hij heeft redelijk geslapen met de pijnstillers van de
Klinik Alpenblick. De arts raadt aan om thuis bij de huisarts een controlefoto te laten nemen.

Het verzekeringsdossier stuur ik na de reis door.

Met vriendelijke groeten,
Lieven De Wolf''' + IPHONE,
  rules=['sensitive'], cats=['medical'], about=['P0012'], note="injury of Lucas sent to his own mother",
  fmt=['plain', 'phone'])

M('ongeval-hanne-directie', S['ldw'], [S['hilde'], S['koen']], 'Ongeval Hanne Mertens 5A',
  date='2025-03-11 14:52', mailer='iphone', cte='8bit',
  body='''Hilde, Koen,

Korte melding: Hanne Mertens (5A) is om 13u30 zwaar gevallen in de skischool. Vermoedelijk gebroken pols en een
hersenschudding. Ze is met de ambulance naar de Klinik Alpenblick gebracht, Evy is met haar mee. De ouders zijn
verwittigd, papa vertrekt vanavond met de auto.

Alle andere leerlingen zijn ok. Bel me op ''' + SKI_GSM + ''' als jullie meer willen weten.

Lieven''' + IPHONE,
  rules=['sensitive', 'personal_data'], cats=['medical'], about=['P0071'],
  note='accident report with injury; Belgian mobile number', fmt=['plain', 'phone'])

M('hanne-ziekenhuis-papa', S['evy'], ['mertens.dirk@telenet.be'], 'Hanne - gegevens ziekenhuis',
  date='2025-03-11 17:20', mailer='iphone', cte='8bit',
  body='''Beste meneer Mertens,

Zoals beloofd de gegevens van het ziekenhuis voor uw gps en voor als u wil bellen:

Klinik Alpenblick, Unfallambulanz
Krankenhausweg 3, 6460 Imst
Tel. +43 5412 6600

Hanne is intussen geopereerd aan haar pols (twee schroefjes) en ze blijft een nacht ter observatie voor de
hersenschudding. Ze is moe maar ze lacht alweer. Ik blijf bij haar tot u er bent.

Evy Ceulemans''' + IPHONE,
  rules=['sensitive'], cats=['medical'], about=['P0071'],
  note='surgery and concussion of Hanne to her father; only an Austrian phone number', fmt=['plain', 'phone'])

_robbe = '''Beste mevrouw, beste meneer,

Met deze brief bevestigen wij ons telefoongesprek van gisteravond.

Tijdens de skireis werd Robbe Claes (5B) op dinsdag 11 maart om 23u30 samen met twee medeleerlingen op de kamer
betrapt met sterke drank. Robbe was duidelijk onder invloed en weigerde daarna de afspraken van de begeleiders te
volgen. Dit is een ernstige inbreuk op het reisreglement dat u en Robbe vooraf ondertekend hebben.

Daarom heeft de directie beslist dat Robbe vervroegd naar huis terugkeert. Hij reist woensdag met de trein van
Ötztal Bahnhof naar Brussel, begeleid door meneer Verhaegen. De kosten van de terugreis worden aan u gefactureerd.

Na de reis volgt een gesprek op school met Robbe, u en de leerlingenbegeleiding, waarin ook een tuchtmaatregel
besproken wordt.

Met vriendelijke groeten,
''' + SIG_DIR
M('robbe-vervroegd-naar-huis', S['hilde'], ['claes-vos@telenet.be'], 'Skireis - vervroegde terugkeer van Robbe',
  date='2025-03-12 09:30', body=_robbe, html=outlook_html(_robbe),
  rules=['sensitive'], cats=['psychosocial'], about=['P0072'],
  note='behaviour incident with disciplinary consequence, letter to the parent', fmt=['alt'])

_med = [
    ('Seppe Lambrechts', '5A', '14/02/2008', 'diabetes type 1', "NovoRapid volgens sensor, Tresiba 's avonds",
     '0486 12 77 40'),
    ('Amir Benali', '5A', '03/09/2008', 'astma', "Seretide 2x/dag, Ventolin bij nood", '0478 55 20 19'),
    ('Fien Willems', '5A', '22/06/2008', 'epilepsie', "Keppra 500 mg 2x/dag, noodmedicatie Buccolam",
     '0495 30 81 62'),
    ('Yassin El Amrani', '5C', '30/11/2008', 'astma (inspanning)', 'Ventolin voor het skiën', '0484 61 09 27'),
    ('Milan Hendrickx', '5C', '17/01/2009', 'ADHD', "Rilatine MR 30 mg 's ochtends (begeleider geeft)",
     '0472 18 44 05'),
]
_medh = ['Naam', 'Klas', 'Geboortedatum', 'Aandoening', 'Medicatie', 'Noodnummer ouder']
M('medicatielijst-begeleiders-skireis', S['zorg'], [S['ldw'], S['evy'], S['jvh']],
  'Medicatielijst skireis - enkel voor begeleiders', date='2025-03-05 12:05',
  body='''Dag collega's,

Hieronder de leerlingen met medicatie of een aandoening waar jullie op de skireis rekening mee moeten houden.
De medicatie die jullie moeten geven, zit in de genummerde zakjes in de EHBO-koffer.

''' + text_table(_medh, _med) + '''

Gelieve deze lijst na de reis te vernietigen.

Ann
''' + SIG_ZORG,
  html=outlook_html("Dag collega's,\n\nHieronder de leerlingen met medicatie of een aandoening waar jullie op de skireis "
                    'rekening mee moeten houden. De medicatie die jullie moeten geven, zit in de genummerde zakjes in de '
                    'EHBO-koffer.', html_table(_medh, _med),
                    'Gelieve deze lijst na de reis te vernietigen.\n\nAnn\n' + SIG_ZORG),
  rules=['sensitive', 'personal_data'], cats=['medical', 'care'], about=['P0055', 'P0034', 'P0150', 'P0063', 'P0152'],
  note='medication table: diagnoses and ADHD, with birth dates and parents\' mobile numbers',
  fmt=['alt', 'html-table'])

M('re-insuline-seppe', S['ldw'], ['ine.lambrechts@gmail.com'], 'RE: Seppe en zijn insuline',
  date='2025-02-25 20:18', reply='seppe-insuline',
  body='''Beste mevrouw Lambrechts,

Geen probleem. Het hotel heeft een koelkast in de keuken waar we Seppe zijn reservepennen in een afgesloten doosje
kunnen bewaren. Op de piste draagt hij zelf zijn druivensuiker en een koek; ik heb er ook altijd bij in mijn
rugzak. Als zijn sensor een hypo aangeeft, stoppen we meteen.

We spreken af dat u hem elke avond om 21u even belt of sms't.

Met vriendelijke groeten,
''' + SIG_LDW + '''

''' + q('''Beste meneer De Wolf,
Seppe heeft zoals u weet type 1-diabetes. Kan zijn insuline in een koelkast bewaard worden in het hotel? En wie
let op hem als hij een hypo krijgt op de piste?
Groeten, Ine Lambrechts'''),
  rules=['sensitive'], cats=['medical'], about=['P0055'], note='diabetes arrangements, reply to the mother',
  fmt=['plain', 'reply'])

M('skischool-groepen-astma-en', S['ldw'], [X['skischule']], 'Ski groups Sint-Pieterscollege 9-15 March',
  date='2025-03-02 17:00', lang='en',
  body='''Dear ski school team,

Our final numbers for the lessons: 58 pupils in 7 groups.

Group 1-2: beginners (16 pupils)
Group 3-4: intermediate (18 pupils)
Group 5-7: advanced (24 pupils)

One practical remark: Yassin El Amrani (group 3) has exercise-induced asthma. He takes his inhaler before the
lesson and carries it in his jacket; please allow him to take a short break when he asks for it.

See you on Sunday morning at 9:00 at the Gamskogel meeting point.

Best regards,
Lieven De Wolf''',
  rules=['sensitive'], cats=['medical'], about=['P0063'], note='asthma of a named pupil mentioned in passing',
  fmt=['plain'])

_fien_q = '''Beste meneer De Wolf,

Zoals besproken op de infoavond stuur ik het attest van de neuroloog van Fien. Ze heeft epilepsie; de laatste
aanval was in oktober. Ze mag skiën, maar niet alleen op een stoeltjeslift en ze moet voldoende slapen. Als ze
een aanval heeft die langer dan 5 minuten duurt, moet ze de Buccolam krijgen (zie attest).

Vriendelijke groeten,
Greet Lauwers'''
M('fw-attest-neuroloog-fien', S['ldw'], [S['evy'], S['jvh']], 'FW: attest Fien Willems', date='2025-02-21 07:50',
  body='Ter info voor de begeleiders. Lees het attest zeker even. L.\n' +
       oq('Greet Lauwers <greet.lauwers@telenet.be>', 'donderdag 20 februari 2025 21:33',
          'Lieven De Wolf <lieven.dewolf@sintpieterscollege.be>', 'attest Fien Willems', _fien_q),
  atts=[('attest_neuroloog_Fien_Willems.pdf', 'application', 'pdf',
         pdf_bytes(['Dienst Kinderneurologie - attest', '', 'Betreft: Fien Willems, geboren 22/06/2008',
                    'Diagnose: focale epilepsie, behandeld met levetiracetam 500 mg 2x/dag.',
                    'Noodmedicatie: Buccolam 10 mg buccaal bij aanval > 5 minuten.',
                    'Geen bezwaar tegen deelname aan de skireis mits begeleiding op de lift.'], 'Attest'))],
  rules=['sensitive', 'personal_data'], cats=['medical'], about=['P0150'],
  note='forwarded parent mail about epilepsy plus a neurologist PDF with the date of birth',
  fmt=['plain', 'forward', 'attachment-pdf'])

M('milan-medicatie-handelingsplan', S['zorg'], ['hendrickx.tine@outlook.com'],
  'Afspraken voor Milan tijdens de skireis', date='2025-02-27 13:10',
  body='''Beste mevrouw Hendrickx,

Zoals afgesproken op het MDO zetten we de afspraken voor Milan tijdens de skireis op een rij:

- Milan neemt zijn Rilatine MR elke ochtend bij het ontbijt. Meneer De Wolf bewaart de doos en geeft hem de
  tablet; Milan tekent af op de lijst.
- De afspraken uit zijn handelingsplan (korte opdrachten, een vaste plaats aan tafel, een time-out als het te
  druk wordt) gelden ook op reis. De begeleiders zijn op de hoogte.
- Als er iets is, bellen we u meteen.

Met vriendelijke groeten,
''' + SIG_ZORG,
  rules=['sensitive'], cats=['medical', 'care'], about=['P0152'],
  note='ADHD medication and care plan of Milan, to his mother', fmt=['plain'])

M('eenpersoonskamer-mats', S['ksm'], [X['viaroma']], 'Romereis: vraag eenpersoonskamer', date='2025-02-14 10:45',
  body='''Beste Stefaan,

Voor één van onze leerlingen, Mats Vermeulen (6A), vragen we een eenpersoonskamer of een kleine kamer dicht bij de
begeleiders. Mats heeft een autismespectrumstoornis; een gedeelde kamer met vier leerlingen en veel prikkels is
voor hem niet haalbaar. Dit is afgesproken met zijn ouders en de zorgcoördinator. De meerprijs wordt door de
school gedragen.

Kan je laten weten of dit in het Ostello San Lorenzo kan?

Groeten,
''' + SIG_KSM_FULL,
  rules=['sensitive', 'personal_data'], cats=['care'], about=['P0101'],
  note='autism and a reasonable adjustment for a named pupil, to the travel agency; school phone in signature',
  fmt=['plain'])

M('louise-ophalen-enkel-mama', S['hilde'], [S['ksm'], S['dvl'], S['tom']], 'Terugkeer Rome - Louise Van den Broeck',
  date='2025-04-24 16:30',
  body='''Beste Katrien, Dries en Tom,

Belangrijk voor de terugkeer op vrijdag: volgens een recente beslissing van de familierechtbank heeft enkel de
moeder van Louise Van den Broeck (6B) momenteel het verblijfsrecht. Bij aankomst in Charleroi mag Louise enkel
met haar mama of met haar grootouders langs moederszijde vertrekken, niet met haar vader. Als er discussie is,
bel mij meteen.

Deze info is strikt vertrouwelijk.

Hilde
''' + SIG_DIR,
  rules=['sensitive'], cats=['family'], about=['P0104'], note='custody decision about a named pupil to colleagues',
  fmt=['plain'])

_wout_q = '''Beste mevrouw Smolders,

Voor de identiteitskaart en de toestemming om naar Italië te reizen heb ik normaal de handtekening van Wouts vader
nodig. Hij zit sinds januari in de gevangenis en ik heb geen contact met hem. Wout weet het, maar hij praat er
liever niet over op school. Is mijn handtekening alleen genoeg?

Sofie Lenaerts'''
M('fw-wout-toestemming-vader', S['ksm'], [S['hilde']], 'FW: toestemming reis Wout Aerts 6A', date='2025-03-18 12:40',
  body='''Hilde, kan jij hierop antwoorden? Ik weet niet wat juridisch nodig is. Katrien
''' + oq('Sofie Lenaerts <sofie.lenaerts@telenet.be>', 'maandag 17 maart 2025 22:05',
         'Katrien Smolders <katrien.smolders@sintpieterscollege.be>', 'toestemming reis', _wout_q),
  rules=['sensitive'], cats=['family'], about=['P0090'], note='forward: the father of a named pupil is in prison',
  fmt=['plain', 'forward'])

M('ocmw-factuur-romereis-elif', S['boek'], [X['ocmw']], 'Factuur Romereis - tenlasteneming OCMW',
  date='2025-03-20 11:00',
  body='''Beste mevrouw De Winter,

Zoals telefonisch besproken bezorg ik u de factuur van de Romereis (695 euro) van Elif Kaya, leerling van 6B,
voor wie het OCMW de kosten ten laste neemt in het kader van de begeleiding van het gezin.

Rijksregisternummer van Elif: ''' + rrn(2007, 6, 2, 284) + '''
Factuurnummer: 2025/0481

Wilt u de betalingsbevestiging naar dit adres sturen? Dan hoeft mevrouw Kaya niets voor te schieten.

Met vriendelijke groeten,
''' + SIG_BOEK,
  atts=[('factuur_2025-0481.pdf', 'application', 'pdf',
         pdf_bytes(['Sint-Pieterscollege Wilsele - factuur 2025/0481', 'Romereis 6de jaar 28/04-02/05/2025',
                    'Leerling: Elif Kaya (6B)', 'Bedrag: 695,00 EUR'], 'Factuur'))],
  rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0093'],
  note='social-assistance payment for a named pupil with her national register number', fmt=['plain', 'attachment-pdf'])

M('pleegzorg-toestemming-tuur', S['ksm'], [X['pleeg']], 'Toestemming Romereis Tuur Coppens',
  date='2025-02-19 15:15',
  body='''Beste mevrouw Janssen,

Tuur Coppens (6B) gaat van 28 april tot 2 mei mee op de Romereis. Omdat hij sinds vorig schooljaar in een
pleeggezin verblijft, weten we niet goed wie de toestemming voor een reis naar het buitenland moet ondertekenen:
de pleegouders, zijn moeder, of u als consulent via de jeugdrechter. Kan u ons dat laten weten vóór 15 maart? Dan
kunnen we zijn identiteitskaart en de reisverzekering tijdig in orde brengen.

Met vriendelijke groeten,
''' + SIG_KSM,
  rules=['sensitive'], cats=['family'], about=['P0163'], note='foster-care placement of a named pupil',
  fmt=['plain'])

M('stan-sportdag-schorsing', S['koen'], ['geerts.bert@gmail.com'], 'Incident sportdag - Stan',
  date='2024-10-04 10:20',
  body='''Beste meneer Geerts,

Zoals gisteren telefonisch gemeld, heeft Stan tijdens de sportdag bij de voetbalwedstrijd een medeleerling
meerdere keren geslagen en geschopt. De medeleerling moest verzorgd worden door de EHBO. De politie van de zone
Leuven is ter plaatse geweest op vraag van de ouders van de andere leerling.

De directie heeft beslist tot een preventieve schorsing van Stan op maandag 7 en dinsdag 8 oktober. Wij nodigen
u en Stan uit voor een gesprek op woensdag 9 oktober om 16u.

Met vriendelijke groeten,
''' + SIG_KOEN + '\nSint-Pieterscollege Wilsele',
  rules=['sensitive'], cats=['psychosocial'], about=['P0170'],
  note='violent incident, police and suspension of a named pupil, to his father', fmt=['plain'])

M('clb-zelfverwonding-lore', S['zorg'], [X['clb']], 'Aanmelding Lore Stevens 5C - dringend',
  date='2025-03-17 08:25',
  body='''Dag Joke,

Ik wil Lore Stevens (5C) dringend aanmelden. Tijdens de skireis hebben twee begeleiders vastgesteld dat ze
zichzelf snijdt. Ze gaf toe dat ze zichzelf al enkele maanden verwondt wanneer ze zich
slecht voelt. Haar mama is gisteren door ons op de hoogte gebracht en gaat akkoord met een aanmelding bij jullie.

Kan jij deze week nog een eerste gesprek plannen? Lore heeft op donderdag de laatste twee uur een springuur.

Ann
''' + SIG_ZORG_FULL,
  rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['P0175'],
  note='self-harm of a named pupil to the CLB; school phone in signature', fmt=['plain'])

M('pesten-op-de-kamer', S['evy'], [S['fat']], 'Pesten op kamer 216 (skireis)', date='2025-03-17 19:40',
  body='''Dag Fatima,

Zoals beloofd op papier wat er op de skireis gebeurd is, zodat jij het kan opvolgen:

Bilal Hakimi (5A) werd op de kamer de hele week uitgelachen en buitengesloten door Warre Leemans (5A). Warre heeft
Bilals gsm afgepakt, filmpjes van hem gemaakt terwijl hij sliep en die in een groepschat gezet. Bilal was
woensdag in tranen en wou niet meer terug naar de kamer. We hebben hem toen bij een andere groep gelegd.

Warre gaf het gedeeltelijk toe. Ik denk dat een gesprek met beiden (apart) en met de ouders van Warre nodig is.

Groetjes,
''' + SIG_EVY,
  rules=['sensitive'], cats=['psychosocial'], about=['P0180', 'P0181'],
  note='bullying victim and perpetrator named, internal report', fmt=['plain'])

M('warre-ordemaatregel-ouders', S['fat'], ['leemans.katrien@skynet.be'], 'Gesprek over Warre na de skireis',
  date='2025-03-19 12:15',
  body='''Beste mevrouw Leemans,

Zoals telefonisch besproken, hebben de begeleiders van de skireis vastgesteld dat Warre een medeleerling een hele
week heeft gepest, onder meer door filmpjes van hem te verspreiden in een groepschat. Warre heeft dat in ons
gesprek toegegeven.

Als gevolg daarvan volgt Warre de komende vier weken een begeleidingstraject rond pesten en respect, en krijgt hij
een strafstudie op woensdag 26 maart. De filmpjes moeten verwijderd worden; we vragen u om dat thuis mee te
controleren.

Graag nodig ik u en Warre uit voor een gesprek op maandag 24 maart om 16u30.

Met vriendelijke groeten,
''' + SIG_FAT,
  rules=['sensitive'], cats=['psychosocial'], about=['P0181'],
  note='bullying by a named pupil and the disciplinary follow-up, to his mother', fmt=['plain'])

M('olivia-overlijden-grootmoeder', S['ksm'], [S['hilde']], 'Olivia Segers moet naar huis', date='2025-04-30 07:05',
  mailer='iphone', cte='8bit',
  body='''Hilde,

De grootmoeder van Olivia Segers (6A) is vannacht onverwacht overleden. Olivia is heel erg aangedaan. Haar papa
heeft een vlucht geboekt voor haar vanmiddag om 14u10 vanuit Fiumicino; Dries brengt haar naar de luchthaven
en blijft bij haar tot aan de gate. Kan iemand van school haar klas maandag voorzichtig inlichten als de ouders
akkoord gaan?

Ik ben bereikbaar op de reisgsm ''' + ROME_GSM + '''.

Katrien''' + IPHONE,
  rules=['sensitive', 'personal_data'], cats=['family'], about=['P0190'],
  note='death in the family of a named pupil; Belgian mobile number', fmt=['plain', 'phone'])

M('elena-politie-rome-en', S['ksm'], ['rossi.marco@gmail.com'], 'Elena - incident in Rome', date='2025-04-30 22:40',
  lang='en',
  body='''Dear Mr Rossi,

As discussed on the phone, I confirm what happened this afternoon. During free time near Via del Corso, Elena and
another pupil were stopped by the store security of a clothing shop for taking a sweater without paying. The
shop called the police; Elena was questioned for about an hour in the presence of Mr Van Loock and then released
without charges after the shop got the sweater back.

As a consequence, Elena will stay with a teacher during the remaining free time of the trip, and the school will
discuss further measures with you after our return.

Kind regards,
Katrien Smolders
Sint-Pieterscollege Wilsele''',
  rules=['sensitive'], cats=['psychosocial'], about=['P0195'],
  note='shoplifting and police in Rome of a named pupil, English, to her father', fmt=['plain'])

M('axelle-zwangerschap-rome', S['zorg'], [S['ksm']], 'Axelle Vos - aandachtspunten Rome', date='2025-04-15 11:20',
  body='''Katrien,

Vertrouwelijk: Axelle Vos (6A) is ongeveer vier maanden zwanger. Ze heeft een attest van haar gynaecoloog dat ze
mag vliegen en mee mag op reis, maar ze mag geen lange wandelingen in de hitte doen en moet voldoende drinken en
rusten. Axelle vroeg uitdrukkelijk om het niet aan de andere leerlingen te vertellen.

Kan je het programma van dag 2 (wandeling Forum - Palatijn) voor haar wat aanpassen? Ik bespreek het graag even.

Ann''',
  rules=['sensitive'], cats=['medical'], about=['P0205'], note='pregnancy of a named pupil', fmt=['plain'])

M('ruben-dyslexie-reisbundel', S['zorg'], [S['ldw']], 'Reisbundel skireis voor Ruben', date='2025-02-24 14:05',
  body='''Dag Lieven,

Ruben Schepers (5B) heeft dyslexie en gebruikt Kurzweil voor langere teksten. Kan je hem de reisbundel en de
opdrachten voor de dagboekjes digitaal bezorgen (Word of pdf met tekstlaag)? Dan kan hij ze laten voorlezen. Voor
het schrijfwerk op reis mag hij ook spraakmemo's inspreken, dat staat in zijn lijst met redelijke aanpassingen.

Merci!
Ann''',
  rules=['sensitive'], cats=['care'], about=['P0210'],
  note='dyslexia and reasonable adjustments of a named pupil', fmt=['plain'])

M('schooltoelage-hamza-fr', S['boek'], ['diallo.fatou@gmail.com'], 'Voyage de ski de Hamza - paiement',
  date='2025-01-30 10:40', lang='fr',
  body='''Madame Diallo,

Nous avons bien reçu votre message. Puisque l'allocation scolaire (schooltoelage) pour Hamza n'a pas encore été
versée par la Communauté flamande, nous vous proposons de payer le voyage de ski en quatre mensualités de
160 euros au lieu de la somme totale en février. Le fonds social de l'école prend en charge les 45 euros restants.

Hamza peut bien sûr participer au voyage. N'hésitez pas à me contacter si cela pose encore un problème.

Bien à vous,
Patrick Van Roy
Comptabilité – Sint-Pieterscollege Wilsele''',
  rules=['sensitive'], cats=['financial'], about=['P0215'],
  note='instalment plan and school allowance for a named pupil, in French, to his mother', fmt=['plain'])

M('clb-geweld-thuis-nina', S['fat'], [X['clb']], 'Zorgwekkende situatie Nina Huybrechts (5B)',
  date='2025-03-17 10:02',
  body='''Dag Joke,

Op de laatste avond van de skireis vertelde Nina Huybrechts (5B) aan mevrouw Ceulemans dat haar vader thuis soms
slaat, vooral als hij gedronken heeft, en dat ze bang is om naar huis te gaan. Nina is sinds de scheiding van haar ouders alleen bij haar vader. Ze is na de terugkeer naar haar tante
gegaan.

Ik heb vanochtend met Nina gesproken; ze gaat akkoord dat we jullie inschakelen. Kunnen we vandaag nog overleggen
over de volgende stappen (vertrouwenscentrum kindermishandeling)?

Fatima
''' + SIG_FAT,
  rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0220'],
  note='violence at home disclosed by a named pupil, to the CLB', fmt=['plain'])

M('herinnering-factuur-zoe', S['boek'], ['vandyck.sofie@telenet.be'], 'Herinnering: factuur skireis Zoë',
  date='2025-02-20 08:45',
  body='''Beste mevrouw Van Dyck,

Volgens onze gegevens staat de factuur van de skireis van Zoë (5C) nog open: 312 euro, vervaldag 7 februari. Ook
de tweede herinnering voor de schoolrekening van het eerste trimester is nog niet betaald.

Wilt u het bedrag overschrijven op rekening ''' + be_iban('0689077115') + ''' met de mededeling op de factuur? Als
u liever een afbetalingsplan heeft, kan dat natuurlijk; neem dan gerust contact met mij op.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0240'],
  note='unpaid bills of a named pupil with the school IBAN', fmt=['plain'])

M('arthur-weigert-zwemmen', S['sara'], ['goossens.nele@telenet.be'], 'Arthur en de zwemles',
  date='2024-11-21 17:35',
  body='''Beste mevrouw Goossens,

Arthur weigert nu al drie weken om het water in te gaan. Hij staat aan de rand te huilen en zegt dat hij bang is
om kopje onder te gaan. Ik wil hem niet forceren. Vorige week zat hij de hele les trillend op de bank.

Ik heb het besproken met de leerlingenbegeleiding. We stellen voor dat Arthur een gesprek heeft met de
CLB-medewerker, en dat hij de komende lessen in het ondiepe gedeelte mag beginnen met een vaste begeleider.

Mag ik u eens bellen om dit te bespreken?

Met vriendelijke groeten,
''' + SIG_SARA,
  rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0110'],
  note='anxiety of a named pupil and CLB follow-up, to his mother', fmt=['plain'])

M('kobe-sportdag-rolstoel', S['jvh'], ['an.smets@telenet.be'], 'Sportdag 3 oktober - programma Kobe',
  date='2024-09-25 19:10',
  body='''Beste mevrouw Smets,

Voor de sportdag hebben we voor Kobe een aangepast programma uitgewerkt, zodat hij met zijn rolstoel overal kan
deelnemen: boccia, rolstoelbasket met zijn klas (de hele klas speelt in een rolstoel van de sportregio) en het
tafeltennistornooi. Voor de verplaatsing naar de piste rijdt hij mee met het busje van de sportregio.

Zijn kinesist raadde aan om hem na de middag een rustpauze te geven omwille van zijn spierziekte; dat hebben we
voorzien in het lokaal naast de sporthal.

Laat gerust weten als u nog iets wil aanpassen.

Sportieve groeten,
''' + SIG_JVH,
  rules=['sensitive'], cats=['medical', 'care'], about=['P0115'],
  note='wheelchair, muscle disease and adapted programme of a named pupil, to his mother', fmt=['plain'])

M('attest-zwemmen-ines-juist', S['sara'], ['ana.ferreira@gmail.com'], 'Doktersattest zwemmen Ines',
  date='2024-11-07 08:05',
  body='''Beste mevrouw Ferreira,

Excuses, gisteren heb ik mijn antwoord per vergissing naar een ander adres gestuurd. Ik heb het doktersattest van
Ines goed ontvangen: na de plaatsing van de trommelvliesbuisjes is ze zes weken vrijgesteld van zwemmen. Ze mag
mee naar het zwembad en helpt dan met de stopwatch.

Vriendelijke groeten,
''' + SIG_SARA,
  rules=['sensitive'], cats=['medical'], about=['P0111'], note='medical swimming exemption to the right mother',
  fmt=['plain'])

_5c = klas('5C')
_remarks = {'P0042': 'lactose-intolerant, melkvrije maaltijden', 'P0063': 'astma - puffer altijd bij zich',
            'P0152': "neemt 's ochtends medicatie (begeleider)"}
_rl_rows = [['Kamer', 'Naam', 'Voornaam', 'Klas', 'Opmerking']]
_room = 230
for i, r in enumerate(_5c):
    if i % 4 == 0:
        _room += 1
    _rl_rows.append([_room, r['last'], r['first'], r['klas'], _remarks.get(r['id'], '')])
M('kamerlijst-5c-alpina', S['evy'], [X['alpina']], 'Kamerlijst 5C + opmerkingen maaltijden',
  date='2025-02-28 16:55',
  body='''Dag Wendy,

In bijlage de kamerlijst van 5C. In de laatste kolom staan de opmerkingen voor de keuken en de begeleiding. Wil je
die doorgeven aan het hotel?

Dank je wel,
''' + SIG_EVY + '\nSint-Pieterscollege Wilsele',
  atts=[('kamerlijst_5C.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
         xlsx_bytes(_rl_rows, sheet='5C'))],
  rules=['sensitive'], cats=['medical'], about=[r['id'] for r in _5c],
  note='xlsx rooming list whose remarks column holds allergies, asthma and medication of named pupils',
  fmt=['plain', 'attachment-xlsx'])

M('nieuwe-leerling-en-attest-febe', S['gvh'], [S['sara']], 'Klaslijsten 2B + attest', date='2025-01-13 10:25',
  body='''Dag Sara,

Drie dingen voor het tweede trimester:
- In 2B is er een nieuwe leerling ingeschreven vanaf maandag; de klaslijst in Smartschool is aangepast.
- De zwembadbus van donderdag vertrekt voortaan 5 minuten vroeger (13u10).
- Febe Lambrechts (2B) is in de kerstvakantie geopereerd aan haar kruisband. Ze heeft een attest van de
  orthopedist: acht weken geen zwemmen en geen LO. Het attest zit in bijlage.

Groetjes,
''' + SIG_SECR,
  atts=[('attest_orthopedie_Febe.pdf', 'application', 'pdf',
         pdf_bytes(['Dienst orthopedie', 'Attest van vrijstelling', 'Febe Lambrechts',
                    'Na reconstructie voorste kruisband (rechts): geen zwemmen en geen LO gedurende 8 weken.'],
                   'Attest'))],
  rules=['sensitive'], cats=['medical'], about=['P0056'], note='knee surgery of a pupil mentioned in passing + PDF',
  fmt=['plain', 'attachment-pdf'])

M('notenallergie-salma-ostello-en', S['ksm'], [X['ostello']], 'Group SPC Wilsele - severe nut allergy',
  date='2025-04-17 09:30', lang='en',
  body='''Dear Giulia,

For our group (28/04 - 02/05) one important request for the kitchen: our student Salma Bah has a severe peanut and
tree nut allergy. Even traces can cause an anaphylactic reaction; she carries two EpiPens. Could the kitchen
prepare her breakfast and dinner separately, and label them with her name?

We will also inform the restaurants ourselves for the lunches.

Thank you very much,
Katrien Smolders''',
  rules=['sensitive'], cats=['medical'], about=['P0160'], note='severe allergy of a named pupil, English, to the hostel',
  fmt=['plain'])

M('afbetalingsplan-zeynep-juist', S['boek'], ['yilmaz.hatice@hotmail.com'], 'Skireis: openstaand saldo Zeynep',
  date='2025-02-12 15:05',
  body='''Beste mevrouw Yilmaz,

Op de factuur van de skireis van Zeynep (5A) staat nog 430 euro open. Zoals besproken betaalt u het bedrag in
twee schijven van 215 euro (eind februari en eind maart); het solidariteitsfonds neemt daarnaast 100 euro ten
laste.

Rekeningnummer: ''' + be_iban('0689077115') + '''
Mededeling: +++250/3121/17118+++

Zeynep gaat uiteraard gewoon mee.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0084'],
  note='payment plan and solidarity fund for Zeynep to her mother, with IBAN', fmt=['plain'])

M('afbetalingsplan-noor-mama', S['boek'], ['els.maes@telenet.be'], 'Afbetalingsplan skireis Noor',
  date='2025-01-24 08:50',
  body='''Beste mevrouw Maes,

Hierbij bevestig ik het afbetalingsplan voor de skireis van Noor (5B): drie schijven van 215 euro, vóór 31 januari,
28 februari en 31 maart. Gisteren ging deze bevestiging per vergissing naar een verkeerd adres; excuses daarvoor.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive'], cats=['financial'], about=['P0021'], note="Noor's payment plan to her mother",
  fmt=['plain'])

M('mila-heimwee-mama', S['evy'], ['veerle.hermans@icloud.com'], 'Mila', date='2025-03-11 09:10', mailer='iphone',
  cte='8bit',
  body='''Beste mevrouw Hermans,

Dank u om Mila vanochtend te bellen. Na de paniekaanvallen van gisteren en vannacht is ze nu rustiger. Ze heeft
ontbeten en wil vandaag toch mee de piste op, in mijn groep. We houden haar goed in het oog en
ik laat u vanavond weten hoe het gaat.

Groetjes,
Evy Ceulemans''' + IPHONE,
  rules=['sensitive'], cats=['psychosocial'], about=['P0078'], note='homesickness and panic attacks, to the mother',
  fmt=['plain', 'phone'])

M('puffer-amir-juist', S['evy'], ['benali.rachid@gmail.com'], 'Puffer van Amir', date='2025-03-10 21:40',
  mailer='iphone', cte='8bit',
  body='''Beste meneer Benali,

Amir had vannacht een astma-aanval op de kamer. Met zijn Ventolin ging het snel beter, maar zijn Seretide is bijna
op. Mogen wij hier in de apotheek een nieuwe kopen? Zijn huisarts kan eventueel een voorschrift mailen naar de
apotheek in Längenfeld.

Groetjes,
Evy Ceulemans''' + IPHONE,
  rules=['sensitive'], cats=['medical'], about=['P0034'], note="asthma of Amir Benali to his own father",
  fmt=['plain', 'phone'])

M('jules-co-ouderschap-factuur', S['boek'], ['evi.verhoeven@gmail.com'], 'Facturatie Romereis Jules',
  date='2025-01-16 13:30',
  body='''Beste mevrouw Verhoeven,

U vroeg of de factuur van de Romereis van Jules (6B) gesplitst kan worden, omdat u en meneer Cools sinds de
scheiding in co-ouderschap werken en de schoolkosten elk voor de helft dragen. Dat is geen probleem: vanaf nu
maken we twee facturen op, elk voor 50%, en sturen we die naar elk van u afzonderlijk.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['sensitive'], cats=['family'], about=['P0133'],
  note='divorce and co-parenting of the parents of a named pupil', fmt=['plain'])

# ===========================================================================
# D. personal mails about one pupil, not sensitive (incl. six misdirected ones)
# ===========================================================================
SECTION = 'D'
M('muts-lotte-verkeerde-sarah', S['ldw'], ['sarah.declerck@gmail.com'], 'Muts en skibril Lotte',
  date='2025-03-17 12:30',
  body='''Beste mevrouw Declercq,

Bij het opruimen van bus 1 vonden we de muts (roze met pompon) en de skibril van Lotte De Smet (5B). Ze liggen op
het secretariaat; Lotte mag ze daar komen halen tijdens de middagpauze.

Groeten,
''' + SIG_LDW,
  rules=['recipient'], about=['P0041'], mis=True,
  note="lost items of Lotte De Smet sent to sarah.declerck@gmail.com (mother of Jana Verbeke) instead of "
       "sarah.declercq@telenet.be - autocomplete", fmt=['plain'])

M('muts-lotte-juist', S['ldw'], ['sarah.declercq@telenet.be'], 'Muts en skibril Lotte',
  date='2025-03-17 12:45',
  body='''Beste mevrouw Declercq,

Bij het opruimen van bus 1 vonden we de muts (roze met pompon) en de skibril van Lotte (5B). Ze liggen op het
secretariaat; Lotte mag ze daar komen halen tijdens de middagpauze.

Groeten,
''' + SIG_LDW,
  rules=[], about=['P0041'], note="lost items, to Lotte's own mother", fmt=['plain'])

M('skiverhuur-jana', S['ldw'], ['sarah.declerck@gmail.com'], 'RE: maat skischoenen Jana', date='2025-02-19 20:05',
  reply='maat-jana',
  body='''Beste mevrouw Declerck,

Genoteerd: Jana huurt schoenen in maat 38 en een helm maat S. Eigen ski's meenemen mag ook, maar dan moeten ze
in de skizak onderaan in de bus.

Groeten,
Lieven De Wolf

''' + q('''Dag meneer De Wolf, Jana heeft maat 38. Moet ze een helm huren of kan ze die van haar nicht meenemen?
Sarah'''),
  rules=[], about=['P0042'], note="practical question about Jana's rental, reply to her mother",
  fmt=['plain', 'reply'])

M('jas-julie-verkeerde-julie', S['gvh'], ['nys.family@gmail.com'], 'Jas gevonden in de bus',
  date='2025-03-18 10:10',
  body='''Beste ouders,

In bus 1 van de skireis werd een blauwe winterjas (Columbia, maat S) gevonden met een naamlabel van Julie
Michiels (5B). Ze ligt bij de verloren voorwerpen op het leerlingensecretariaat.

Vriendelijke groeten,
''' + SIG_SECR_FULL,
  rules=['recipient', 'personal_data'], about=['P0120'], mis=True,
  note='coat of Julie Michiels (5B) sent to the parents of Julie Nys (5A): same first name; school phone',
  fmt=['plain'])

M('jas-julie-juist', S['gvh'], ['michiels.hilde@skynet.be'], 'Jas gevonden in de bus',
  date='2025-03-18 11:25',
  body='''Beste mevrouw Michiels,

In bus 1 van de skireis werd een blauwe winterjas (Columbia, maat S) met het naamlabel van Julie gevonden. Ze ligt
bij de verloren voorwerpen op het leerlingensecretariaat.

Vriendelijke groeten,
''' + SIG_SECR,
  rules=[], about=['P0120'], note="lost coat, to Julie Michiels' mother", fmt=['plain'])

M('slalom-julie-nys', S['ldw'], ['nys.family@gmail.com'], 'Proficiat Julie!', date='2025-03-19 18:30',
  body='''Beste ouders,

Nog even een leuk bericht: Julie (5A) heeft op de laatste dag de slalomwedstrijd van de gevorderden gewonnen. De
medaille en het diploma van de skischool krijgt ze morgen in de klas.

Sportieve groeten,
''' + SIG_LDW,
  rules=[], about=['P0121'], note="good news about Julie Nys to her parents", fmt=['plain'])

M('bedankt-aya-verkeerde-haddad', S['ksm'], ['haddad.karim@gmail.com'], 'Bedankt voor de kaart!',
  date='2025-05-06 20:15',
  body='''Beste ouders van Aya,

Heel erg bedankt voor de lieve kaart en de chocolade! Aya was een fijne reisgenote: haar uitleg over het Pantheon
was een van de hoogtepunten van de reis, en ze heeft de hele week de groep van Dries mee op sleeptouw genomen.

Hartelijke groeten,
''' + SIG_KSM,
  rules=['recipient'], about=['P0130'], mis=True,
  note='thank-you about Aya Haddad (6A) sent to the father of Rayan Haddad (2A), another family',
  fmt=['plain'])

M('bedankt-aya-juist', S['ksm'], ['haddad.k@hotmail.com'], 'Bedankt voor de kaart!', date='2025-05-07 07:40',
  body='''Beste mevrouw Haddad,

Heel erg bedankt voor de lieve kaart en de chocolade! Aya was een fijne reisgenote: haar uitleg over het Pantheon
was een van de hoogtepunten van de reis.

Hartelijke groeten,
''' + SIG_KSM,
  rules=[], about=['P0130'], note="thank-you, to Aya's mother", fmt=['plain'])

M('lader-jules-verkeerde-cools', S['tom'], ['cools.dirk@skynet.be'], 'Gsm-lader van Jules', date='2025-05-05 08:30',
  body='''Beste meneer Cools,

Jules heeft zijn gsm-lader (wit, USB-C) in de kamer van het hostel in Rome laten liggen. Ik heb hem meegenomen; hij
kan hem in de loop van de week bij mij ophalen in lokaal A.112.

Groeten,
''' + SIG_TOM,
  rules=['recipient'], about=['P0133'], mis=True,
  note='lost charger of Jules Cools (6B) sent to the father of Jasper Cools (3B), another family',
  fmt=['plain'])

M('lader-jules-juist', S['tom'], ['cools.stijn@telenet.be'], 'Gsm-lader van Jules', date='2025-05-05 12:05',
  body='''Beste meneer Cools,

Jules heeft zijn gsm-lader in de kamer van het hostel in Rome laten liggen. Ik heb hem meegenomen; hij kan hem bij
mij ophalen in lokaal A.112.

Groeten,
''' + SIG_TOM,
  rules=[], about=['P0133'], note="lost charger, to Jules' father", fmt=['plain'])

M('re-skischoenen-victor-verkeerde-thread', S['ldw'], ['mertens.dirk@telenet.be'], 'RE: aankomst bus zondag',
  date='2025-03-02 21:10', reply='aankomst-bus', lang='fr',
  body='''Chère Madame Dubois,

Pas de souci : Victor peut louer des chaussures de ski sur place, dans le magasin de location à côté de l'hôtel.
S'il préfère ses propres chaussures, il peut les prendre, mais elles doivent être dans un sac avec son nom.

Bien à vous,
Lieven De Wolf

''' + q('''Beste meneer De Wolf, weet u al ongeveer hoe laat de bus zondag 16 maart terug in Wilsele is?
Groeten, Dirk Mertens'''),
  rules=['recipient'], about=['P0125'], mis=True,
  note="answer about Victor Deprez's ski boots sent in the thread of Hanne Mertens' father (wrong thread)",
  fmt=['plain', 'reply'])

M('skischoenen-victor-juist', S['ldw'], ['charlotte.dubois@proximus.be'], 'RE: chaussures de ski',
  date='2025-03-02 21:25', reply='chaussures-de-ski-2', lang='fr',
  body='''Chère Madame Dubois,

Victor peut louer des chaussures de ski sur place, dans le magasin de location à côté de l'hôtel. S'il préfère
ses propres chaussures, il peut les prendre dans un sac avec son nom.

Bien à vous,
Lieven De Wolf

''' + q('''Bonjour, les chaussures de ski de Victor sont un peu justes. Peut-il en louer sur place ?
Charlotte Dubois'''),
  rules=[], about=['P0125'], note="ski boots answer to Victor's mother", fmt=['plain', 'reply'])

M('paspoort-nikola-verkeerd-en', S['secr'], ['irina.popa@gmail.com'], "Nikola's passport - ski trip",
  date='2025-01-27 11:45', lang='en',
  body='''Dear Mrs Popescu,

While checking the travel documents for the ski trip to Austria we noticed that Nikola's passport expires on
2 April 2025. It is still valid during the trip, but we advise you to renew it in time for the summer holidays.
No further action is needed for the trip itself.

Kind regards,
Greet Vanhoutte
Pupil administration - Sint-Pieterscollege Wilsele''',
  rules=['recipient'], about=['P0145'], mis=True,
  note='passport remark about Nikola Popescu (5B) sent to the mother of Andrei Popa (5A) - autocomplete',
  fmt=['plain'])

M('paspoort-nikola-juist-en', S['secr'], ['irina.popescu@gmail.com'], "Nikola's passport - ski trip",
  date='2025-01-27 14:20', lang='en',
  body='''Dear Mrs Popescu,

While checking the travel documents for the ski trip we noticed that Nikola's passport expires on 2 April 2025.
It is valid during the trip, but please renew it in time for the summer holidays.

Kind regards,
Greet Vanhoutte
Pupil administration - Sint-Pieterscollege Wilsele''',
  rules=[], about=['P0145'], note="practical passport remark, to Nikola's mother", fmt=['plain'])

M('zwembrevet-lars', S['sara'], ['pauwels.sven@telenet.be'], 'Zwembrevet Lars', date='2024-12-12 16:00',
  body='''Beste meneer Pauwels,

Goed nieuws: Lars heeft vandaag zijn brevet 200 meter schoolslag gehaald, in een mooie tijd. Hij was zelf heel
trots. Het brevet krijgt hij volgende week mee naar huis.

Sportieve groeten,
''' + SIG_SARA,
  rules=[], about=['P0225'], note='good swimming result, not sensitive', fmt=['plain'])

M('medaille-mehmet', S['jvh'], ['demir.ali@hotmail.com'], 'Medaille sportdag', date='2024-10-04 15:20',
  body='''Beste meneer Demir,

Mehmet (4A) heeft gisteren op de sportdag de 1000 meter van het 4de jaar gewonnen! Omdat hij na de wedstrijd al
met zijn klas vertrokken was, krijgt hij de medaille maandag op het podium in de refter.

Sportieve groeten,
''' + SIG_JVH,
  rules=[], about=['P0235'], note='sports-day medal', fmt=['plain'])

M('niveau-marie-skigroep', S['ldw'], ['lenaerts.bart@proximus.be'], 'RE: skigroep Marie', date='2025-02-26 18:50',
  reply='skigroep-marie',
  body='''Beste meneer Lenaerts,

Marie staat nu bij de gevorderden (groep 4). Op de eerste dag doet de skischool een korte test; als ze zich daar
niet goed voelt, kan ze nog wisselen naar groep 3. Geen zorgen dus.

Groeten,
Lieven De Wolf

''' + q('''Dag meneer De Wolf, Marie twijfelt of ze wel bij de gevorderden hoort, ze heeft maar één keer geskied.
Bart'''),
  rules=[], about=['P0230'], note='ski level group of one pupil', fmt=['plain', 'reply'])

M('toestemming-marie-leerling', S['ldw'], [P('P0230')['mail']], 'Je reisformulier', date='2025-02-10 12:50',
  body='''Dag Marie,

Ik heb je ondertekende reisformulier nog niet ontvangen. Wil je het morgen afgeven in de sporthal? Het mag ook
ingescand via Smartschool.

Meneer De Wolf''',
  rules=[], about=['P0230'], note='reminder to the pupil herself about a form', fmt=['plain'])

M('ziekteverzekeringskaart-yusuf', S['gvh'], ['ozturk.emine@gmail.com'], 'Europese ziekteverzekeringskaart Yusuf',
  date='2025-02-17 09:05',
  body='''Beste mevrouw Öztürk,

Voor de skireis hebben we van Yusuf (5B) nog geen kopie van de Europese ziekteverzekeringskaart ontvangen. U kan de
kaart gratis aanvragen bij uw ziekenfonds (online of in het kantoor). Een kopie van voor- en achterkant mag u
afgeven op het secretariaat.

Vriendelijke groeten,
''' + SIG_SECR,
  rules=[], about=['P0245'], note='missing EHIC document, practical only', fmt=['plain'])

M('chambre-chloe-fr', S['ksm'], ['isabelle.lefevre@proximus.be'], 'RE: chambre à Rome', date='2025-03-25 19:40',
  reply='chambre-chloe', lang='fr',
  body='''Chère Madame Lefèvre,

C'est noté : Chloé partagera la chambre avec deux amies de sa classe. La liste définitive des chambres sera
communiquée aux élèves la semaine avant le départ.

Bien cordialement,
Katrien Smolders

''' + q('''Bonjour Madame, Chloé aimerait être dans la même chambre que ses deux amies de 6B. Est-ce possible ?
Isabelle Lefèvre'''),
  rules=[], about=['P0250'], note='room preference, French', fmt=['plain', 'reply'])

M('zwemgerief-lina', S['sara'], ['rahimi.farid@gmail.com'], 'Zwemgerief Lina', date='2024-10-15 12:40',
  body='''Beste meneer Rahimi,

Lina had vandaag haar badmuts niet bij. Ze heeft er een geleend van het zwembad, dus ze heeft gewoon meegedaan.
Denkt u eraan dat een badmuts verplicht is? Volgende week zwemmen we weer op dinsdag.

Vriendelijke groeten,
''' + SIG_SARA,
  rules=[], about=['P0140'], note='forgotten swimming cap, no consequence', fmt=['plain'])

M('schoenmaat-emma-peeters', S['ldw'], ['geert.peeters@skynet.be'], 'Skiverhuur Emma', date='2025-02-19 20:40',
  body='''Beste meneer Peeters,

Ik heb de schoenmaat van Emma (39) en haar lengte doorgegeven aan de verhuur. Ze hoeft dus niets meer te doen.

Groeten,
''' + SIG_LDW,
  rules=[], about=['P0013'], note='rental sizes of Emma Peeters to her own father', fmt=['plain'])

M('tafeltennis-finn', S['jvh'], ['tom.wouters@proximus.be'], 'Finn in de finale', date='2024-10-03 17:45',
  body='''Beste meneer Wouters,

Finn (3A) heeft vandaag op de sportdag de finale van het tafeltennistornooi gehaald en is mooi tweede geworden.
Er staat een foto van de prijsuitreiking op Smartschool.

Sportieve groeten,
''' + SIG_JVH,
  rules=[], about=['P0022'], note="good news about Finn to his own father", fmt=['plain'])

M('pasfoto-amir-skipas', S['gvh'], ['fam.elidrissi@skynet.be'], 'Pasfoto voor de skipas', date='2025-02-12 11:00',
  body='''Beste ouders,

Voor de skipas van Amir (5B) hebben we nog een recente pasfoto nodig. Hij mag die deze week afgeven op het
secretariaat, of u mag een digitale foto via Smartschool sturen.

Vriendelijke groeten,
''' + SIG_SECR,
  rules=[], about=['P0035'], note='passport photo for the ski pass of Amir El Idrissi, to his parents',
  fmt=['plain'])

# ===========================================================================
# E. general letters to all parents / all staff (must pass)
# ===========================================================================
SECTION = 'E'
P5 = 'ouders5dejaar@sintpieterscollege.be'
P6 = 'ouders6dejaar@sintpieterscollege.be'
PALL = 'ouders@sintpieterscollege.be'
P1 = 'ouders1stejaar@sintpieterscollege.be'
P12 = 'ouders1stegraad@sintpieterscollege.be'
STAFF = 'personeel@spc.ksleuven.be'

_ski_letter = '''Beste ouders,

Van zaterdag 8 tot zondag 16 maart 2025 trekken de leerlingen van het vijfde jaar op skireis naar Längenfeld in
het Ötztal (Oostenrijk). Met deze brief geven we u alle praktische informatie. Lees hem samen met uw zoon of
dochter.

Vertrek en terugkeer
We vertrekken op zaterdag 8 maart om 5u30 stipt aan de sporthal (ingang Kapelstraat). Wees er om 5u00. De
terugkeer is voorzien op zondag 16 maart rond 7u00 's ochtends. Het juiste uur laten we op de terugweg weten via
Smartschool.

Verblijf en programma
We verblijven in een jeugdhotel in volpension. Elke dag krijgen de leerlingen 's ochtends en 's namiddags les van
de skischool, in groepen volgens niveau. 's Avonds is er een activiteit (quiz, sneeuwwandeling, fakkeltocht).

Reisdocumenten
Elke leerling heeft een geldige identiteitskaart of paspoort nodig en de Europese ziekteverzekeringskaart. Een
kopie van beide moet vóór 14 februari op het leerlingensecretariaat zijn.

Medicatie
Neemt uw kind medicatie, of moeten de begeleiders iets weten over de gezondheid van uw kind? Vul dan de
medische fiche in op Smartschool. Die informatie wordt enkel gedeeld met de begeleiders.

Bereikbaarheid
Tijdens de reis is er een nood-gsm die dag en nacht bereikbaar is. Het nummer staat op het infoblad dat uw kind
meekrijgt en op Smartschool. Gewone vragen stuurt u liefst via Smartschool.

Reisreglement
Alcohol, roken en vapen zijn verboden tijdens de volledige reis. Bij ernstige inbreuken kan de directie beslissen
dat een leerling op kosten van de ouders vervroegd naar huis terugkeert.

In bijlage vindt u de infobrochure. Wij kijken ernaar uit!

Met vriendelijke groeten,

Lieven De Wolf, Evy Ceulemans en Jonas Verhaegen, begeleiders
Hilde Vandenberghe, directeur'''
M('infobrief-skireis-ouders', S['dir'], [S['dir']], 'Infobrief skireis 5de jaar (8-16 maart 2025)', bcc=[P5],
  date='2025-01-20 17:00', body=_ski_letter, html=outlook_html(_ski_letter),
  atts=[('infobrochure_skireis_2025.pdf', 'application', 'pdf',
         pdf_bytes(['Skireis 5de jaar - Längenfeld (Ötztal)', '8-16 maart 2025', '', 'Paklijst, programma, reisreglement',
                    'Sint-Pieterscollege Wilsele'], 'Infobrochure skireis'))],
  rules=[], note='general information letter to all parents of the 5th year via a BCC list; no names, no numbers',
  fmt=['alt', 'bcc-envelope', 'attachment-pdf'])

_rome_letter = '''Beste ouders,

Van maandag 28 april tot vrijdag 2 mei 2025 gaan de leerlingen van het zesde jaar op eindreis naar Rome. Hieronder
de belangrijkste afspraken.

1. Vertrek: maandag 28 april om 04u15 in de vertrekhal van Brussels Airport. Er is geen busvervoer vanaf school.
2. Terugkeer: vrijdag 2 mei rond 22u00 in Brussels South Charleroi Airport. U haalt uw kind daar zelf op.
3. Verblijf: jeugdhotel in de wijk San Lorenzo, kamers van 3 tot 4 leerlingen.
4. Documenten: geldige identiteitskaart (of paspoort) en Europese ziekteverzekeringskaart. Leerlingen met een
   andere nationaliteit dan de Belgische kijken na of ze een visum nodig hebben.
5. Zakgeld: ongeveer 80 euro voor de middagmalen en drankjes.
6. Kledij: in de basilieken worden schouders en knieën bedekt.

Op dinsdag 15 april om 19u30 is er een infoavond in de aula. U bent van harte welkom.

Met vriendelijke groeten,
Katrien Smolders, Dries Van Loock en Tom Bosmans
namens de directie'''
M('infobrief-romereis-ouders', S['ksms'], [S['ksms']], 'Eindreis Rome 6de jaar - praktische info', bcc=[P6],
  date='2025-03-24 18:00', body=_rome_letter,
  rules=[], note='general letter to all 6th-year parents via BCC', fmt=['plain', 'bcc-envelope'])

_sport_prog = [('08u25', 'Verzamelen per klas in de sporthal'), ('08u45', '5de en 6de jaar vertrekken per fiets naar de piste'),
               ('09u00 - 12u00', 'Sporten volgens het schema per graad'), ('12u00 - 13u00', 'Middagpauze (lunchpakket meebrengen)'),
               ('13u00 - 15u15', 'Tornooien en finales'), ('15u30', 'Prijsuitreiking en einde')]
M('sportdag-programma-ouders', S['dir'], [S['dir']], 'Sportdag donderdag 3 oktober', bcc=[PALL],
  date='2024-09-23 16:30',
  body='''Beste ouders,

Op donderdag 3 oktober houden we onze jaarlijkse sportdag. Alle leerlingen komen in sportkledij naar school en
brengen een lunchpakket, een drinkbus en regenkledij mee.

''' + text_table(['Uur', 'Activiteit'], _sport_prog) + '''

Leerlingen die door een medische reden niet kunnen sporten, bezorgen een doktersattest aan hun leraar LO. Zij
helpen mee als jurylid.

Met sportieve groeten,
''' + SIG_DIR,
  html=outlook_html('Beste ouders,\n\nOp donderdag 3 oktober houden we onze jaarlijkse sportdag. Alle leerlingen komen '
                    'in sportkledij naar school en brengen een lunchpakket, een drinkbus en regenkledij mee.',
                    html_table(['Uur', 'Activiteit'], _sport_prog),
                    'Leerlingen die door een medische reden niet kunnen sporten, bezorgen een doktersattest aan hun '
                    'leraar LO. Zij helpen mee als jurylid.\n\nMet sportieve groeten,\n' + SIG_DIR),
  rules=[], note='sports-day programme to all parents via BCC', fmt=['alt', 'html-table', 'bcc-envelope'])

M('zwemlessen-1ste-jaar-ouders', S['sara'], [S['sara']], 'Zwemlessen 1ste jaar', bcc=[P1], date='2024-09-05 19:15',
  body='''Beste ouders,

Vanaf dinsdag 17 september starten de zwemlessen voor het eerste jaar in zwembad De Dijlewater. De klassen 1A en
1B zwemmen op dinsdag (lesuur 3-4), 1C op donderdag (lesuur 5-6). We wandelen samen met de klas naar het zwembad.

Meebrengen: zwembroek of badpak (geen shorts), handdoek, badmuts (verplicht) en een muntstuk van 1 euro voor het
kastje.

Op het einde van het trimester doen de leerlingen een zwemtest. Wie nog niet 25 meter kan zwemmen, krijgt extra
begeleiding in een kleinere groep.

Sportieve groeten,
''' + SIG_SARA,
  rules=[], note='general swimming letter to all 1st-year parents via BCC', fmt=['plain', 'bcc-envelope'])

M('medicatiebeleid-reizen', S['zorg'], [S['zorg']], 'Medicatie tijdens meerdaagse reizen', bcc=[P5, P6],
  date='2025-01-27 12:00',
  body='''Beste ouders,

Binnenkort vertrekken de leerlingen van het vijfde en zesde jaar op meerdaagse reis. We herhalen graag de
afspraken rond medicatie uit het schoolreglement:

- Begeleiders geven enkel medicatie die door een arts is voorgeschreven en waarvoor u het medicatieformulier
  (Smartschool > Formulieren) hebt ingevuld en ondertekend.
- De medicatie zit in de originele verpakking, met de naam van uw kind en de dosering.
- Leerlingen die zelfstandig hun medicatie nemen (bv. een puffer), houden die zelf bij.
- Pijnstillers of koortswerende middelen worden enkel gegeven na telefonisch akkoord van een ouder.

Heeft uw kind een aandoening waarmee de begeleiders rekening moeten houden? Neem dan contact op met de
zorgcoördinator via Smartschool. Die informatie wordt vertrouwelijk behandeld.

Met vriendelijke groeten,
''' + SIG_ZORG,
  rules=[], note='general medication policy letter, no pupil named', fmt=['plain', 'bcc-envelope'])

_pak = ['Skikleding: skibroek, skijas, 2 paar skisokken, thermisch ondergoed, fleece',
        'Muts, handschoenen (2 paar), buff, zonnebril en skibril',
        'Zonnecrème met hoge factor en lippenbalsem',
        'Zwemgerief (het hotel heeft een zwembad)',
        'Identiteitskaart en Europese ziekteverzekeringskaart (origineel)',
        'Kussen en slaapzak voor de bus',
        'Wat zakgeld (max. 60 euro)']
M('paklijst-skireis', S['ldw'], [S['ldw']], 'Paklijst skireis', bcc=[P5], date='2025-02-28 15:30',
  body='''Beste ouders, beste leerlingen,

Volgende week is het zover! In bijlage en hieronder de paklijst. Eén valies en één handbagage per leerling.

''' + '\n'.join('- ' + x for x in _pak) + '''

Tot zaterdag om 5u aan de sporthal!
''' + SIG_LDW,
  atts=[('paklijst_skireis.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
         docx_bytes(['Paklijst skireis 5de jaar'] + _pak))],
  rules=[], note='packing list to all 5th-year parents via BCC with a .docx', fmt=['plain', 'bcc-envelope', 'attachment-docx'])

M('reisdocumenten-deadline', S['secr'], [S['secr']], 'Herinnering: reisdocumenten skireis', bcc=[P5],
  date='2025-02-10 08:00',
  body='''Beste ouders,

Van een aantal leerlingen ontbreekt nog een kopie van de identiteitskaart of het paspoort en/of van de Europese
ziekteverzekeringskaart. De uiterste datum is vrijdag 14 februari.

Zonder geldige documenten kan uw kind niet mee. Wie niet zeker is of het document nog geldig is tot na 16 maart,
kijkt dit best vandaag nog na. Een nieuwe identiteitskaart aanvragen bij de gemeente duurt ongeveer drie weken.

De kopieën mogen ingescand worden via Smartschool of afgegeven worden op het leerlingensecretariaat.

Met vriendelijke groeten,
Het leerlingensecretariaat''',
  rules=[], note='general reminder, no pupil named', fmt=['plain', 'bcc-envelope'])

M('betalingsherinnering-algemeen', S['boek'], [S['boek']], 'Betaling skireis', bcc=[P5], date='2025-02-03 10:00',
  body='''Beste ouders,

Het saldo van de skireis moet betaald zijn vóór vrijdag 7 februari. U vindt het bedrag en de gestructureerde
mededeling op de factuur in Smartschool (module Schoolrekening).

Heeft u het saldo al betaald? Dan mag u deze mail als onbestaande beschouwen. Is het voor uw gezin moeilijk om
het bedrag in één keer te betalen, neem dan discreet contact op met de boekhouding. Een afbetalingsplan is altijd
mogelijk, en niemand hoeft daarvan te weten.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=[], note='payment reminder to everybody, no one named, no IBAN', fmt=['plain', 'bcc-envelope'])

M('fotos-sociale-media', S['dir'], [S['dir']], "Foto's en filmpjes tijdens schooluitstappen", bcc=[PALL],
  date='2025-02-25 17:30',
  body='''Beste ouders,

Tijdens de sportdag, de skireis en de eindreis worden er veel foto's gemaakt. Wij vragen uitdrukkelijk om geen
foto's of filmpjes van andere leerlingen op sociale media te zetten zonder hun toestemming. Dat staat ook zo in ons
communicatiebeleid.

De school publiceert enkel foto's van leerlingen waarvoor de ouders toestemming hebben gegeven via het
toestemmingsformulier in Smartschool. U kan die toestemming altijd wijzigen.

Met vriendelijke groeten,
''' + SIG_DIR,
  rules=[], note='general letter about photos, BCC to all parents', fmt=['plain', 'bcc-envelope'])

M('oproep-begeleiders-personeel', S['hilde'], [S['hilde']], 'Oproep: begeleiders Romereis en sportdag',
  bcc=[STAFF], date='2024-09-10 12:15',
  body='''Beste collega's,

Voor de eindreis naar Rome (28 april - 2 mei) zoeken we nog één begeleider, bij voorkeur iemand die les geeft in
het zesde jaar. Voor de sportdag van 3 oktober zoeken we nog vijf collega's voor de jury van de atletiek.

Kandidaten mogen zich melden bij Katrien Smolders (Rome) of Jonas Verhaegen (sportdag) vóór 20 september.

Dank jullie wel!

Hilde
''' + SIG_DIR,
  rules=[], note='letter to all staff via BCC list', fmt=['plain', 'bcc-envelope'])

_posten = [('Oriëntatieloop (1ste jaar)', 'Sara Jacobs, Wim Daems'), ('Spelcircuit (2de jaar)', 'Evy Ceulemans, Tom Bosmans'),
           ('Tornooien 3de-4de jaar', 'Jonas Verhaegen, Dries Van Loock, Nathalie Renard'),
           ('Atletiek 5de-6de jaar', 'Lieven De Wolf, Katrien Smolders, Koen Lemmens'), ('EHBO-post', 'Ann Heylen')]
M('toezichten-sportdag-personeel', S['jvh'], [S['jvh']], 'Toezichten sportdag 3 oktober', bcc=[STAFF],
  date='2024-09-26 14:00',
  html=HTML_HEAD + html_paras("Beste collega's,\n\nHieronder de verdeling van de posten voor de sportdag. Wie geen "
                              'post heeft, begeleidt zijn eigen klas volgens het lessenrooster van de sportdag.') +
  html_table(['Post', 'Verantwoordelijken'], _posten) +
  html_paras('\nVerzamelen om 8u15 in de lerarenkamer.\n\nJonas') + HTML_TAIL,
  rules=[], note='staff supervision schedule (staff names only) via BCC', fmt=['html-only', 'html-table', 'bcc-envelope'])

M('evaluatie-reizen-personeel', S['koen'], [S['koen']], 'Evaluatie meerdaagse reizen', bcc=[STAFF],
  date='2025-05-08 13:00',
  body='''Beste collega's,

Op dinsdag 20 mei om 16u00 evalueren we de skireis en de eindreis in lokaal A.004. Iedereen die interesse heeft
om volgend jaar mee te gaan of mee te organiseren is welkom.

Punten die we bespreken: de kostprijs, de keuze van de reisbureaus, de begeleidersratio en de nachtelijke
toezichten.

Met vriendelijke groeten,
''' + SIG_KOEN,
  rules=[], note='staff meeting invitation via BCC', fmt=['plain', 'bcc-envelope'])

M('ehbo-opfrissing-personeel', S['zorg'], [S['zorg']], 'EHBO-opfrissing voor reisbegeleiders', bcc=[STAFF],
  date='2025-01-31 15:45',
  body='''Beste collega's,

Wie dit schooljaar meegaat op een meerdaagse reis, volgt op woensdag 19 februari van 13u30 tot 16u30 een
opfrissing EHBO (reanimatie, allergische reacties, hypo bij diabetes, epileptische aanval). De opleiding wordt
gegeven door het Rode Kruis in de refter.

Inschrijven via het formulier in Smartschool.

Ann
''' + SIG_ZORG,
  rules=[], note='general first-aid training invitation to staff, no pupil named', fmt=['plain', 'bcc-envelope'])

M('clb-heimwee-brief', S['zorg'], [S['zorg']], 'Informatiebrief CLB: heimwee en welbevinden op reis', bcc=[P5],
  date='2025-02-26 11:30',
  body='''Beste ouders,

Samen met het CLB Leuven-Dijle geven we u enkele tips om uw kind voor te bereiden op een week weg van huis.

Heimwee is normaal, ook bij jongeren van 16 of 17 jaar. Praat er vooraf over en spreek af wanneer u belt. Te vaak
bellen maakt het heimwee soms groter. De begeleiders zijn geoefend om jongeren die het moeilijk hebben op te
vangen, en ze verwittigen u als dat nodig is.

Maakt u zich zorgen over het welbevinden van uw kind, bijvoorbeeld omdat het angstig is of slecht slaapt? Neem
dan vooraf contact op met de leerlingenbegeleiding of met het CLB. Uw vraag wordt vertrouwelijk behandeld.

Met vriendelijke groeten,
Ann Heylen, zorgcoördinator, en het CLB-team''',
  rules=[], note='general CLB information letter about homesickness, no pupil named', fmt=['plain', 'bcc-envelope'])

M('pestbeleid-reizen', S['fat'], [S['fat']], 'Samen tegen pesten, ook op reis', bcc=[P5, P6], date='2025-02-05 16:20',
  body='''Beste ouders,

Op meerdaagse reizen zitten jongeren dag en nacht samen. Dat is fijn, maar het maakt pesten soms minder zichtbaar.
Daarom herhalen we de afspraken uit ons anti-pestbeleid:

- Op elke kamer is er een kamerverantwoordelijke; de begeleiders doen elke avond een ronde.
- Filmpjes of foto's van medeleerlingen maken zonder hun toestemming is verboden.
- Wie gepest wordt of pesten ziet, kan dat altijd melden bij een begeleider of via het meldpunt op Smartschool.
- Bij pestgedrag volgen gesprekken met alle betrokkenen en, indien nodig, een herstelgerichte of tuchtmaatregel.

Met vriendelijke groeten,
''' + SIG_FAT,
  rules=[], note='general anti-bullying letter, no pupil named', fmt=['plain', 'bcc-envelope'])

M('schooltoelage-info', S['boek'], [S['boek']], 'Schooltoelage en solidariteitsfonds', bcc=[PALL],
  date='2024-09-16 09:30',
  body='''Beste ouders,

Wist u dat veel gezinnen recht hebben op een schooltoelage van de Vlaamse overheid? De toelage wordt sinds enkele
jaren automatisch toegekend aan wie er recht op heeft, via het Groeipakket. U hoeft niets aan te vragen.

Daarnaast heeft de school een solidariteitsfonds voor de meerdaagse reizen. Gezinnen die het financieel moeilijk
hebben, kunnen discreet een tegemoetkoming of een afbetalingsplan vragen bij de boekhouding. Alle aanvragen
worden vertrouwelijk behandeld.

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=[], note='general information on school allowance, no family named', fmt=['plain', 'bcc-envelope'])

M('zwemvrijstelling-beleid', S['sara'], [S['sara']], 'Vrijstelling van zwemmen', bcc=[P12], date='2024-09-12 20:00',
  body='''Beste ouders,

Zwemmen maakt deel uit van het leerplan lichamelijke opvoeding in de eerste graad. Een vrijstelling is enkel
mogelijk met een doktersattest waarop de periode vermeld staat. Een briefje van de ouders volstaat voor één les.

Leerlingen met een vrijstelling gaan mee naar het zwembad en krijgen een aangepaste taak (jury, tijdsopname,
theorie). Bij langere vrijstellingen maken we samen met de leerling een alternatief plan.

Sportieve groeten,
De vakgroep LO''',
  rules=[], note='general exemption policy, nobody named', fmt=['plain', 'bcc-envelope'])

M('lettre-voyage-ski-fr', S['dir'], [S['dir']], "Voyage de ski 5e année - informations en français", bcc=[P5],
  date='2025-01-21 09:00', lang='fr',
  body='''Chers parents,

Pour les familles francophones, voici un résumé de la lettre d'information sur le voyage de ski.

- Départ : samedi 8 mars 2025 à 5h30 à la salle de sport de l'école (présence à 5h00).
- Retour : dimanche 16 mars vers 7h00.
- Documents : carte d'identité ou passeport valable et carte européenne d'assurance maladie. Une copie doit être
  remise au secrétariat avant le 14 février.
- Médicaments : merci de compléter la fiche médicale sur Smartschool.
- Le règlement du voyage interdit l'alcool et le tabac. En cas d'infraction grave, la direction peut décider d'un
  retour anticipé aux frais des parents.

Nous vous remercions de votre confiance.

Hilde Vandenberghe
Directrice''',
  rules=[], note='general letter in French, BCC', fmt=['plain', 'bcc-envelope'])

M('rome-letter-en', S['ksms'], [S['ksms']], 'City trip to Rome - information in English', bcc=[P6],
  date='2025-03-24 18:20', lang='en',
  body='''Dear parents,

For the families who prefer English, a short summary of the information about the final-year trip to Rome.

- Departure: Monday 28 April 2025 at 04:15 in the departure hall of Brussels Airport.
- Return: Friday 2 May at around 22:00 at Brussels South Charleroi Airport. Please pick up your child there.
- Documents: a valid identity card or passport and the European Health Insurance Card. Pupils who do not have
  Belgian nationality should check whether they need a visa.
- Pocket money: about 80 euros for lunches and drinks.
- There is an information evening on Tuesday 15 April at 19:30 in the school hall.

Kind regards,
Katrien Smolders, Dries Van Loock and Tom Bosmans''',
  rules=[], note='general letter in English, BCC', fmt=['plain', 'bcc-envelope'])

M('aankomst-bussen-skireis', S['ldws'], [S['ldws']], 'Aankomst bussen skireis', bcc=[P5], date='2025-03-15 21:45',
  mailer='iphone', cte='8bit',
  body='''Beste ouders,

De bussen zijn om 20u15 vertrokken in Längenfeld. Alles verloopt goed. We verwachten morgen rond 6u45 aan te komen
aan de sporthal in Wilsele. Bij vertraging zetten we een bericht op Smartschool.

Tot morgen!
Lieven en het begeleidersteam''' + IPHONE,
  rules=[], note='short general message to all parents via BCC from a phone', fmt=['plain', 'phone', 'bcc-envelope'])

# ===========================================================================
# F. ordinary mail: bcc, private accounts, attachments, personal data, plain business
# ===========================================================================
SECTION = 'F'
_p5b = klas('5B', exclude=[s[0] for s in STORY])
_three = [r['p1'] for r in _p5b[:3]]
M('eigen-skis-labelen-to', S['ldw'], _three, "Eigen ski's meegeven", date='2025-02-27 19:30',
  body='''Beste ouders,

Jullie hebben aangegeven dat jullie zoon of dochter eigen ski's en schoenen meeneemt. Wilt u alles duidelijk
labelen met naam en klas, en de ski's in een skizak steken? Ze gaan onderaan in bus 1.

Groeten,
''' + SIG_LDW,
  rules=['bcc'], note='three parents of different families visible to each other in To', fmt=['plain'])

M('infoavond-verplaatst-ouders6a', S['ksm'], ['ouders6a@sintpieterscollege.be'], 'Infoavond Rome verplaatst',
  date='2025-04-07 12:30',
  body='''Beste ouders van 6A,

De infoavond over de Romereis wordt verplaatst van dinsdag 15 april naar woensdag 16 april, zelfde uur (19u30),
zelfde plaats (aula).

Met vriendelijke groeten,
''' + SIG_KSM,
  rules=['bcc'], note='parents list address in To instead of BCC', fmt=['plain', 'group-in-to'])

M('parking-sportdag-personeel-to', S['jvh'], [STAFF], 'Parking sportdag', date='2024-10-01 07:55',
  body='''Beste collega's,

Donderdag is de parking achter de sporthal afgesloten voor de springkastelen en de bus van de sportregio. Parkeer
aub aan de kerk of kom met de fiets.

Jonas''',
  rules=['bcc'], note='staff list address in To (group address belongs in BCC)', fmt=['plain', 'group-in-to'])

M('terugrit-alpina-bus-cc', S['ldw'], [X['alpina']], 'Vertrekuur terugrit 15 maart', cc=[X['bus']],
  date='2025-03-01 10:15',
  body='''Dag Wendy,

Kunnen we de terugrit op zaterdag 15 maart een uur later laten vertrekken (21u00 in plaats van 20u00)? Dan kunnen
de leerlingen na de laatste skidag nog rustig douchen en eten. Ik zet Autocars Dijleland in kopie zodat de
chauffeurs hun rusttijden kunnen nakijken.

Met vriendelijke groeten,
''' + SIG_LDW_FULL,
  rules=['bcc', 'personal_data'], note='two external partners visible in To and CC; school phone in signature',
  fmt=['plain'])

M('opdracht-rome-cc-klas', S['ksm'], [S['dvl']], 'Opdracht Romereis 6B', cc=['leerlingen6b@sintpieterscollege.be'],
  date='2025-04-09 14:45',
  body='''Dag Dries, beste leerlingen van 6B,

De voorbereidende opdracht voor de Romereis (presentatie van 5 minuten over één monument) moet tegen 25 april op
Smartschool staan. De verdeling van de monumenten staat in het vak Latijn.

Katrien''',
  rules=['bcc'], note='pupils list address in CC', fmt=['plain', 'group-in-to'])

_gp = klas('5C', exclude=[s[0] for s in STORY])[0]['p1']
M('gmail-antwoord-vertrekuur', S['ldwg'], [_gp], 'Re: vertrekuur zaterdag', date='2025-03-06 22:10', mailer='gmail',
  cte='7bit', reply='vertrekuur-zaterdag',
  body='''Goeieavond,

De bussen vertrekken zaterdag om 5u30, iedereen moet er om 5u00 zijn. Ik antwoord even van thuis uit.

Groeten,
Lieven De Wolf
leraar LO Sint-Pieterscollege

''' + q('''Beste meneer De Wolf, hoe laat moeten ze er zaterdag zijn? Groeten'''),
  rules=['private_account'], note='teacher answers a parent about the trip from his private gmail',
  fmt=['plain', 'reply'])

_prog = '''Programma skireis - begeleiders

Za 8/3: vertrek 5u30, aankomst ca. 18u, kamers verdelen, avondeten 19u
Zo 9/3: materiaal ophalen 8u30, skischool 10u-12u en 13u30-15u30
Ma 10/3 - vr 14/3: skischool, avondactiviteiten volgens schema
Za 15/3: vrije skidag, vertrek 21u00
Nachttoezicht: beurtrol volgens het schema in de map'''
M('fw-programma-naar-hotmail', S['evy'], [S['evyh']], 'FW: programma skireis', date='2025-03-05 16:50',
  body='Om thuis af te printen.\n' + oq('Lieven De Wolf', 'woensdag 5 maart 2025 14:02',
                                        'Evy Ceulemans; Jonas Verhaegen', 'programma skireis', _prog),
  rules=['private_account'], note='staff member forwards school mail to her private hotmail',
  fmt=['plain', 'forward'])

_medfw = EmailMessage()
_medfw['From'] = formataddr(S['zorg'])
_medfw['To'] = ', '.join(formataddr(a) for a in (S['ldw'], S['evy'], S['jvh']))
_medfw['Subject'] = 'Medicatielijst skireis - enkel voor begeleiders'
_medfw['Date'] = 'Wed, 05 Mar 2025 12:05:00 +0100'
_medfw['Message-ID'] = '<medlijst-skireis-20250305@sintpieterscollege.be>'
_medfw.set_content("Dag collega's,\n\nHieronder de leerlingen met medicatie.\n\n" + text_table(_medh, _med) +
                   '\n\nGelieve deze lijst na de reis te vernietigen.\n\nAnn\n', cte='quoted-printable')
M('medicatielijst-naar-gmail', S['jvh'], ['jonas.verhaegen.lo@gmail.com'], 'FW: Medicatielijst skireis',
  date='2025-03-06 20:30', rfc822=_medfw,
  body='stuur ik naar mezelf, printer op school kapot\n',
  rules=['private_account', 'sensitive', 'personal_data'], cats=['medical', 'care'],
  about=['P0055', 'P0034', 'P0150', 'P0063', 'P0152'],
  note='forwards the medication list (attached .eml: diagnoses, birth dates, phones) to his private gmail',
  fmt=['plain', 'forward-attached', 'message-rfc822'])

M('hotmail-programma-dag3', S['evyh'], [S['ldw'], S['jvh']], 'dag 3 avondactiviteit', date='2025-02-22 11:05',
  mailer='hotmail',
  body='''Hey mannen,

Ik stuur het even van mijn eigen mail want mijn schoolaccount doet moeilijk op mijn laptop. Voor de avond van dag 3
stel ik de fakkeltocht voor (het hotel regelt de fakkels, 4 euro per leerling) en dan warme chocomelk. De quiz
schuiven we naar dag 5.

Akkoord?
Evy''',
  rules=['private_account'], note='school business to colleagues from a private hotmail address', fmt=['plain'])

M('prive-gmail-eigen-skivakantie', S['ldwg'], ['koen.vandersteen83@gmail.com'], 'Paasvakantie',
  date='2025-03-23 10:20', mailer='gmail', cte='7bit',
  body='''Hey Koen,

Na een week met 58 tieners ben ik klaar voor een echte vakantie :-) Gaan we in de paasvakantie nog naar de
Vogezen met de mountainbikes? Ik kan vanaf 8 april.

Lieven''',
  rules=[], note="teacher's private mail about a private matter from his private account: fine",
  fmt=['plain'])

M('toestemmingsformulier-docm', S['gvh'], [S['ksm']], 'Toestemmingsformulier Rome (met knop)',
  date='2025-02-11 09:40',
  body='''Dag Katrien,

In bijlage het toestemmingsformulier voor de Romereis. Ik heb er een knop in gezet die de naam van de leerling
automatisch invult uit Smartschool. Je moet de macro's inschakelen bij het openen.

Greet''',
  atts=[('toestemmingsformulier_rome.docm', 'application', 'vnd.ms-word.document.macroEnabled.12',
         docx_bytes(['Toestemmingsformulier Romereis 2025', 'Ondergetekende ouder geeft toestemming ...'],
                    macro=True))],
  rules=['attachment'], note='Word document with macros (.docm)', fmt=['plain', 'mixed'])

M('snowtrack-installer-zip', S['ldw'], [S['evy'], S['jvh']], 'Installatie reisapp op de laptop',
  date='2025-02-21 22:00',
  body='''Hoi,

De laptop van de skireis heeft de SnowTrack-app nodig om de leerlingen in te checken. Het installatiebestand zit in
de zip in bijlage (pak uit en dubbelklik op SnowTrack_Setup.exe).

Lieven''',
  atts=[('SnowTrack_installer.zip', 'application', 'zip',
         zip_bytes([('SnowTrack_Setup.exe', exe_bytes('SnowTrack_Setup')), ('LEESMIJ.txt', 'Installatie SnowTrack')]))],
  rules=['attachment'], note='zip archive containing an .exe', fmt=['plain', 'attachment-zip'])

M('bat-fotos-hernoemen', S['ldw'], [S['evy']], "Script om de foto's te hernoemen", date='2025-03-17 21:30',
  body='''Evy,

Met dit scriptje hernoem je alle foto's in een map naar "skireis2025_001.jpg" enz. Zet het in de map met de foto's
en dubbelklik erop.

L.''',
  atts=[('hernoem_fotos.bat', 'application', 'x-msdos-program',
         b'@echo off\r\nsetlocal enabledelayedexpansion\r\nset /a n=0\r\nfor %%f in (*.jpg) do (\r\n'
         b'  set /a n+=1\r\n  ren "%%f" "skireis2025_!n!.jpg"\r\n)\r\necho Klaar\r\npause\r\n')],
  rules=['attachment'], note='batch script attachment', fmt=['plain', 'mixed'])

M('js-uurrooster-rome', S['dvl'], [S['ksm']], 'Scriptje voor het dagprogramma', date='2025-04-11 16:10',
  body='''Katrien,

Ik heb een klein JavaScript gemaakt dat het dagprogramma van Rome uit onze Excel in een mooie tabel zet. Open het
met Windows Script Host (dubbelklikken).

Dries''',
  atts=[('dagprogramma.js', 'application', 'javascript',
         b'var fso = new ActiveXObject("Scripting.FileSystemObject");\r\n'
         b'var sh = new ActiveXObject("WScript.Shell");\r\n'
         b'var f = fso.OpenTextFile("programma.csv", 1);\r\nWScript.Echo(f.ReadAll());\r\n')],
  rules=['attachment'], note='JavaScript file attachment', fmt=['plain', 'mixed'])

M('fotos-dag3-zip', S['evy'], [S['ldw']], "Foto's dag 3", date='2025-03-12 22:15',
  body='''Hier de foto's van de fakkeltocht voor de website. Enkel foto's van leerlingen met toestemming, ik heb het
nagekeken.

Evy''',
  atts=[('fotos_dag3.zip', 'application', 'zip',
         zip_bytes([('IMG_%04d.jpg' % i, jpg_bytes('dag3-%d' % i)) for i in range(4101, 4107)]))],
  rules=[], note='zip with JPG photos only: not a dangerous attachment', fmt=['plain', 'attachment-zip'])

M('fotodvd-iso', S['ldw'], [S['koen']], 'Foto-dvd skireis', date='2025-03-24 13:00',
  body='''Koen,

In bijlage het iso-bestand van de foto-dvd; kan jij er op het secretariaat een twintigtal van laten branden voor de
leerlingen zonder internet thuis?

Lieven''',
  atts=[('fotodvd_skireis2025.iso', 'application', 'x-iso9660-image', iso_bytes('SKIREIS2025'))],
  rules=['attachment'], note='disk image attachment', fmt=['plain', 'mixed'])

M('betaling-saldo-alpina', S['boek'], [X['alpina']], 'Betaling saldo factuur 2025/0312', date='2025-02-06 14:20',
  body='''Beste mevrouw Peremans,

Vandaag hebben we het saldo van factuur 2025/0312 (skireis SK-117) overgeschreven:

Bedrag: 31.740,00 euro
Van: Sint-Pieterscollege Wilsele, ''' + be_iban('0689077115') + '''
Naar: Alpina Jeugdreizen, ''' + be_iban('7360112580') + '''

Wilt u de ontvangst bevestigen?

Met vriendelijke groeten,
''' + SIG_BOEK,
  rules=['personal_data'], note='two valid Belgian IBANs', fmt=['plain'])

_ins = []
_r = random.Random(6205)
for r in klas('5B'):
    _ins.append((r['last'], r['first'], '%02d/%02d/2008' % (_r.randint(1, 28), _r.randint(1, 12)) if _r.random() < 0.8
                 else '%02d/%02d/2009' % (_r.randint(1, 28), _r.randint(1, 3))))
M('reisverzekering-geboortedata-5b', S['gvh'], [X['verz']], 'Groepsreisverzekering skireis - lijst 5B',
  date='2025-02-13 11:15',
  body='''Geachte,

Voor de groepsreisverzekering (polis 45.118.772, skireis 8-16 maart 2025, Oostenrijk) de lijst van de
verzekerden van klas 5B met hun geboortedatum:

''' + text_table(['Naam', 'Voornaam', 'Geboortedatum'], _ins) + '''

De lijsten van 5A en 5C volgen.

Met vriendelijke groeten,
''' + SIG_SECR,
  rules=['personal_data'], about=[r['id'] for r in klas('5B')],
  note='insurance list with dates of birth of 20 pupils (no sensitive facts)', fmt=['plain'])

M('rijksregisternummer-begeleider', S['evy'], [S['gvh']], 'Gegevens voor de reisverzekering',
  date='2025-02-13 12:40',
  body='''Dag Greet,

Hier mijn gegevens voor de verzekering van de begeleiders:
Evy Ceulemans, rijksregisternummer ''' + rrn(1985, 7, 12, 274) + '''

Groetjes
Evy''',
  rules=['personal_data'], note="a staff member's own national register number", fmt=['plain'])

M('lesuren-skischool-en', S['ldw'], [X['hofer']], 'Lesson times Sunday 9 March', date='2025-03-04 20:50',
  lang='en',
  body='''Dear Mr Hofer,

Thank you for the schedule. We confirm: lessons from 10:00 to 12:00 and from 13:30 to 15:30 every day, meeting
point at the Gamskogel valley station. On Saturday 15 March there are no lessons; the pupils ski freely with
their teachers.

Best regards,
Lieven De Wolf''',
  rules=[], note='ordinary logistics in English', fmt=['plain'])

M('materiaal-sportdag', S['sara'], [S['jvh']], 'Materiaal sportdag', date='2024-09-30 16:40', cte='7bit',
  body='''Jonas,

Ik heb de hesjes geteld: 64 rode, 58 blauwe, 40 gele. Er ontbreken 12 stopwatches, die liggen waarschijnlijk nog
in het zwembad. Ik haal ze morgen op.

Sara''',
  rules=[], note='ordinary internal logistics', fmt=['plain'])

M('busjes-sportdag-bevestiging', S['gvh'], [X['sport']], 'Bevestiging busje sportdag 3 oktober',
  date='2024-09-24 10:30',
  body='''Beste,

Hierbij bevestigen we de reservatie van het aangepaste busje (met rolstoellift) en de 20 sportrolstoelen voor
onze sportdag op donderdag 3 oktober, van 8u30 tot 15u30. Ophalen en terugbrengen aan de sporthal van de school.

Met vriendelijke groeten,
''' + SIG_SECR_FULL,
  rules=['personal_data'], note='ordinary booking; school phone number in the signature', fmt=['plain'])

M('programma-rome-pdf', S['ksm'], [S['dvl'], S['tom']], 'Definitief programma Rome', date='2025-04-18 12:00',
  body='''Hoi,

In bijlage het definitieve programma van de Romereis zoals het in de brochure komt. Nog opmerkingen vóór dinsdag?

Katrien''',
  atts=[('programma_romereis_2025.pdf', 'application', 'pdf',
         pdf_bytes(['Romereis 6de jaar - programma', 'Ma 28/4: aankomst, Trevi, Pantheon',
                    'Di 29/4: Forum Romanum, Palatijn, Colosseum', 'Wo 30/4: Vaticaanse Musea, Sint-Pieter',
                    'Do 1/5: Ostia Antica', 'Vr 2/5: Trastevere, terugvlucht'], 'Programma'))],
  rules=[], note='ordinary PDF attachment', fmt=['plain', 'attachment-pdf'])

_res = 'Klas;Punten atletiek;Punten tornooien;Totaal\r\n'
_r = random.Random(6206)
for c in CLASSES:
    a, b = _r.randint(20, 60), _r.randint(10, 50)
    _res += '%s;%d;%d;%d\r\n' % (c, a, b, a + b)
M('uitslagen-sportdag-klassement', S['jvh'], [S['hilde'], S['koen']], 'Klassement sportdag', date='2024-10-03 16:20',
  body='''Hilde, Koen,

In bijlage het klassement per klas voor de prijsuitreiking van morgen in de refter.

Jonas''',
  atts=[('klassement_sportdag.csv', 'text', 'csv', _res.encode('utf-8'))],
  rules=[], note='CSV attachment with results per class, no names', fmt=['plain', 'attachment-csv'])


# ===========================================================================
# building the .eml files
# ===========================================================================
def local_dt(s):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    # Belgian time: CEST between last Sunday of March and last Sunday of October
    summer = (datetime.datetime(2024, 3, 31, 2) <= dt < datetime.datetime(2024, 10, 27, 3) or
              datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 3))
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)


def h(s, n=16):
    return hashlib.sha1(('batch62|' + s).encode()).hexdigest()[:n].upper()


def message_id(m):
    k = m['slug']
    dom = addr_of(m['frm']).split('@')[1]
    if m['mailer'] == 'gmail':
        return '<CAK%s%s@mail.gmail.com>' % (h(k, 20), h(k + 'x', 12).lower())
    if m['mailer'] == 'hotmail':
        return '<DB9P%s@DB9P%s.EURP193.PROD.OUTLOOK.COM>' % (h(k, 20), h(k + 'y', 8))
    if m['mailer'] == 'iphone':
        u = h(k, 32)
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if m['mailer'] == 'android':
        return '<AM0PR%s@AM0PR%s.eurprd02.prod.outlook.com>' % (h(k, 20), h(k + 'z', 8))
    return '<AM9PR02MB%s@AM9PR02MB%s.eurprd02.prod.outlook.com>' % (h(k, 16), h(k + 'w', 4))


def set_boundaries(msg, slug):
    n = [0]

    def walk(part):
        if part.is_multipart():
            n[0] += 1
            part.set_boundary('----=_NextPart_062_%s_%02d' % (h(slug, 10), n[0]))
            for p in part.get_payload():
                if isinstance(p, EmailMessage) and p.get_content_type() != 'message/rfc822':
                    walk(p)
    walk(msg)


def build(m):
    msg = EmailMessage()
    msg['From'] = addr_str(m['frm'])
    msg['To'] = ', '.join(addr_str(a) for a in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(addr_str(a) for a in m['cc'])
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(local_dt(m['date']))
    msg['Message-ID'] = message_id(m)
    if m['reply']:
        rid = '<%s@%s>' % (h(m['reply'], 24).lower(), 'mail.gmail.com' if '@' in m['reply'] else 'eurprd02.prod.outlook.com')
        msg['In-Reply-To'] = rid
        msg['References'] = rid
    if m['mailer'] == 'outlook':
        msg['Thread-Topic'] = m['subject'].split(': ', 1)[-1] if m['subject'][:3] in ('RE:', 'FW:') else m['subject']
        msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
        msg['X-MS-Has-Attach'] = 'yes' if (m['atts'] or m['rfc822']) else ''
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
    elif m['mailer'] == 'iphone':
        msg['X-Mailer'] = 'iPhone Mail (22D72)'
    elif m['mailer'] == 'android':
        msg['X-Mailer'] = 'Outlook for Android'
    elif m['mailer'] == 'hotmail':
        msg['X-Originating-IP'] = '[81.82.190.14]'
    msg['MIME-Version'] = '1.0'

    cs, cte = m['charset'], m['cte']
    if m['body'] is not None and m['html'] is not None:
        msg.set_content(m['body'], charset=cs, cte=cte)
        msg.add_alternative(m['html'], subtype='html', charset=cs, cte=m['html_cte'])
    elif m['html'] is not None:
        msg.set_content(m['html'], subtype='html', charset=cs, cte=m['html_cte'])
    else:
        msg.set_content(m['body'], charset=cs, cte=cte)
    for fname, maintype, subtype, data in m['atts']:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if m['rfc822'] is not None:
        msg.add_attachment(m['rfc822'])
        part = msg.get_payload()[-1]
        del part['Content-Disposition']
        part.add_header('Content-Disposition', 'attachment', filename=m['rfc822']['Subject'] + '.eml')
    set_boundaries(msg, m['slug'])
    return msg


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    order = list(MAILS)
    slugs = [m['slug'] for m in order]
    assert len(slugs) == len(set(slugs)), 'duplicate slug'
    random.Random(62).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    write_roster()
    lines = ['# batch62 - school trips (ski trip Austria, city trip Rome), sports day and swimming lessons at '
             'Sint-Pieterscollege Wilsele (Stroom)', '']
    pol = email.policy.default.clone(linesep='\r\n')
    for i, m in enumerate(order, 1):
        fname = '%03d-%s.eml' % (i, m['slug'])
        m['file'] = fname
        data = build(m).as_bytes(policy=pol)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(data)
        rcpt = []
        for a in m['to'] + m['cc'] + m['bcc']:
            a = addr_of(a).lower()
            if a not in rcpt:
                rcpt.append(a)
        assert ('sensitive' in m['rules']) == bool(m['cats']), m['slug']
        assert ('recipient' in m['rules']) == m['mis'], m['slug']
        lines.append('%s:' % fname)
        lines.append('  rules: [%s]' % ', '.join(m['rules']))
        if m['cats']:
            lines.append('  categories: {sensitive: [%s]}' % ', '.join(m['cats']))
        lines.append('  mail_from: %s' % (m['env_from'] or addr_of(m['frm'])).lower())
        lines.append('  rcpt: [%s]' % ', '.join(rcpt))
        lines.append('  about: [%s]' % ', '.join(m['about']))
        lines.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        lines.append('  note: %s' % yq(m['note']))
        lines.append('  lang: %s' % m['lang'])
        lines.append('  format: [%s]' % ', '.join(m['fmt']))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print('wrote %d mails, labels.yaml and roster.csv (%d pupils)' % (len(order), len(ROSTER)))


if __name__ == '__main__':
    main()
