#!/usr/bin/env python3
"""batch53 - blind labelled outbound mail: front desk and secretariat of the Stroom school in Herent.

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Standard library only, deterministic (fixed dates, Message-IDs, boundaries, seeded randomness).
"""
import io
import os
import random
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(53053)
TZ = timezone(timedelta(hours=1))

# ----------------------------------------------------------------------------
# helpers: identifiers
# ----------------------------------------------------------------------------

def strip_accents(s):
    s = s.replace('ı', 'i')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slugname(s):
    return re.sub(r'[^a-z]', '', strip_accents(s).lower())


def iban_be(bank_acc10):
    """bank_acc10: 10 digits (3 bank + 7 account); returns a valid Belgian IBAN, grouped."""
    chk = int(bank_acc10) % 97 or 97
    bban = '%s%02d' % (bank_acc10, chk)
    num = bban + '1114' + '00'  # B=11 E=14
    cd = 98 - int(num) % 97
    s = 'BE%02d%s' % (cd, bban)
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, born2000):
    base = '%02d%02d%02d%03d' % (yy, mm, dd, seq)
    n = int(('2' + base) if born2000 else base)
    chk = 97 - n % 97
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, seq, chk)


# ----------------------------------------------------------------------------
# roster
# ----------------------------------------------------------------------------
# key, first, last, class, parent1, parent2
NAMED = [
    ('emma_p', 'Emma', 'Peeters', '2A', 'kristof.peeters@telenet.be', 'sofie.maes@gmail.com'),
    ('wout_p', 'Wout', 'Peeters', '5B', 'kristof.peeters@telenet.be', 'sofie.maes@gmail.com'),
    ('lotte_p', 'Lotte', 'Peeters', '4C', 'peeters.dirk@skynet.be', 'an.claessens@hotmail.com'),
    ('noah_j', 'Noah', 'Janssens', '1B', 'tim.janssens@proximus.be', 'els.vermeiren@telenet.be'),
    ('noah_e', 'Noah', 'El Amrani', '1B', 'karim.elamrani@gmail.com', 'fatima.bouzid@hotmail.com'),
    ('mila_w', 'Mila', 'Wouters', '3A', 'an.wouters@telenet.be', 'geert.wouters@telenet.be'),
    ('jasper_v', 'Jasper', 'Verbeke', '3A', 'ann.wouters@skynet.be', 'bram.verbeke@gmail.com'),
    ('sara_b', 'Sara', 'Benali', '2C', 'm.benali@outlook.com', 'nadia.haddou@gmail.com'),
    ('yasmine_b', 'Yasmine', 'Benali', '4A', 'm.benali@outlook.com', 'nadia.haddou@gmail.com'),
    ('sarah_b', 'Sarah', 'Benali', '2B', 'youssef.benali@telenet.be', 'h.elkaddouri@gmail.com'),
    ('ruben_m', 'Ruben', 'Maes', '3B', 'familie.maes.herent@telenet.be', ''),
    ('jonas_m', 'Jonas', 'Maes', '3B', 'pieter.maes@icloud.com', 'lien.goris@telenet.be'),
    ('finn_c', 'Finn', 'Claes', '1A', 'jeroen.claes@telenet.be', 'katrien.dhondt@gmail.com'),
    ('finn_d', 'Finn', 'De Smet', '1A', 'desmet.wim@proximus.be', 'isabel.verlinden@telenet.be'),
    ('lucas_h', 'Lucas', 'Hermans', '4A', 'marijke.hermans@telenet.be', 'steven.hermans@skynet.be'),
    ('lucas_v', 'Lucas', 'Vermeulen', '2A', 'vermeulen.bart@telenet.be', 'griet.vandamme@hotmail.com'),
    ('louis_d', 'Louis', 'Dubois', '5A', 'famille.dubois@skynet.be', 'claire.lambert@proximus.be'),
    ('louis_u', 'Louis', 'Dupont', '5A', 'marc.dupont@skynet.be', 'julie.renard@gmail.com'),
    ('elif_y', 'Elif', 'Yilmaz', '4B', 'mehmet.yilmaz@hotmail.com', 'ayse.yilmaz@gmail.com'),
    ('elif_z', 'Elif', 'Yıldız', '4B', 'serkan.yildiz@gmail.com', 'derya.kaya@hotmail.com'),
    ('senne_vdb', 'Senne', 'Van den Broeck', '1C', 'vandenbroeck.gezin@telenet.be', 'tine.sels@gmail.com'),
    ('lore_vdb', 'Lore', 'Van den Broeck', '3A', 'vandenbroeck.gezin@telenet.be', 'tine.sels@gmail.com'),
    ('jana_vdb', 'Jana', 'Van den Broek', '3A', 'vandenbroek.kris@telenet.be', 'lies.mortier@gmail.com'),
    ('olivia_s', 'Olivia', 'Smith', '3C', 'david.smith.herent@gmail.com', 'sarah.oconnor@outlook.com'),
    ('olivia_sm', 'Olivia', 'Smets', '3C', 'smets.olivier@telenet.be', 'eva.smets@icloud.com'),
    ('zofia_n', 'Zofia', 'Nowak', '2B', 'agnieszka.nowak@gmail.com', 'tomasz.nowak@gmail.com'),
    ('mamadou_d', 'Mamadou', 'Diallo', '6B', 'aissatou.diallo@gmail.com', ''),
    ('mamadou_b', 'Mamadou', 'Bah', '6B', 'ibrahima.bah@hotmail.com', 'mariama.sow@gmail.com'),
    ('kobe_a', 'Kobe', 'Aerts', '5A', 'aerts.familie@telenet.be', ''),
    ('nore_v', 'Nore', 'Vos', '4C', 'kathleen.vos@telenet.be', 'joris.vos@telenet.be'),
    ('ilias_o', 'Ilias', 'Ouali', '2D', 'rachid.ouali@hotmail.com', ''),
    ('chloe_m', 'Chloé', 'Mertens', '6A', 'veerle.mertens@skynet.be', 'patrick.mertens@skynet.be'),
    ('arne_c', 'Arne', 'Cools', '4B', 'cools.koen@telenet.be', 'inge.baert@gmail.com'),
    ('dylan_s', 'Dylan', 'Segers', '2C', 'hilde.daems@telenet.be', ''),
    ('jens_vr', 'Jens', 'Vranckx', '5C', 'nathalie.vranckx@hotmail.com', ''),
    ('amber_g', 'Amber', 'Goossens', '3B', 'goossens.marc@skynet.be', 'evelien.borremans@gmail.com'),
    ('ines_l', 'Inès', 'Lambrechts', '1D', 'lambrechts.thomas@telenet.be', 'sophie.dewolf@telenet.be'),
    ('tuur_d', 'Tuur', 'Declercq', '1B', 'declercq.jan@proximus.be', 'heidi.timmermans@telenet.be'),
    ('rania_h', 'Rania', 'Haddad', '5B', 'samira.haddad@gmail.com', ''),
    ('milan_k', 'Milan', 'Kowalski', '2A', 'pawel.kowalski@gmail.com', 'eline.schepers@telenet.be'),
    ('bilal_a', 'Bilal', 'Azzouzi', '4A', 'azzouzi.mohamed@hotmail.com', 'latifa.azzouzi@gmail.com'),
    ('viktor_s', 'Viktor', 'Stevens', '4A', 'stevens.gert@telenet.be', 'annelies.stevens@telenet.be'),
    ('lena_d', 'Lena', 'Dewitte', '2B', 'dewitte.bert@telenet.be', 'karen.huysmans@gmail.com'),
    ('adam_k', 'Adam', 'Kaya', '2B', 'emre.kaya@gmail.com', 'zeynep.kaya@hotmail.com'),
    ('febe_v', 'Febe', 'Van Loock', '2B', 'vanloock.stijn@skynet.be', 'nele.peeters@telenet.be'),
    ('kasper_b', 'Kasper', 'Bogaerts', '1C', 'bogaerts.koen@telenet.be', 'ellen.bogaerts@telenet.be'),
    ('hanne_w', 'Hanne', 'Willems', '3C', 'willems.dirk@proximus.be', 'sarah.willems@gmail.com'),
    ('yassin_m', 'Yassin', 'Mansouri', '2D', 'mansouri.ahmed@gmail.com', ''),
    ('senne_w', 'Senne', 'Wuyts', '2D', 'wuyts.filip@telenet.be', 'katleen.wuyts@telenet.be'),
    ('amira_t', 'Amira', 'Tahiri', '1A', 'tahiri.driss@hotmail.com', 'souad.tahiri@gmail.com'),
    ('robbe_l', 'Robbe', 'Leysen', '3C', 'leysen.wim@telenet.be', 'marieke.leysen@telenet.be'),
    ('jules_m', 'Jules', 'Michiels', '5C', 'michiels.tom@skynet.be', 'lotte.michiels@gmail.com'),
    ('noor_d', 'Noor', 'Dierckx', '4C', 'dierckx.gunther@telenet.be', 'an.dierckx@telenet.be'),
    ('tibo_v', 'Tibo', 'Verstraeten', '3C', 'kim.verstraeten@hotmail.com', ''),
    ('amina_k', 'Amina', 'Khalil', '1C', 'khalil.omar@gmail.com', 'hanan.khalil@gmail.com'),
    ('warre_j', 'Warre', 'Jacobs', '1D', 'jacobs.peter@telenet.be', 'sien.jacobs@telenet.be'),
    ('emma_d', 'Emma', 'Dierickx', '2A', 'dierickx.wouter@skynet.be', 'emma.vandevelde@gmail.com'),
    ('lina_b', 'Lina', 'Boukhari', '5C', 'boukhari.y@hotmail.com', ''),
    ('mathis_g', 'Mathis', 'Geens', '6A', 'geens.luc@telenet.be', 'marleen.geens@telenet.be'),
    ('stan_r', 'Stan', 'Renders', '6C', 'renders.familie@proximus.be', ''),
]

FIRST = ['Lars', 'Lotte', 'Emma', 'Noah', 'Liam', 'Louise', 'Olivia', 'Mila', 'Arthur', 'Jules', 'Finn', 'Nina',
         'Elise', 'Lucas', 'Vic', 'Seppe', 'Tuur', 'Fien', 'Marie', 'Ella', 'Lena', 'Wout', 'Robbe', 'Kato',
         'Jana', 'Hanne', 'Lisa', 'Bas', 'Mats', 'Ferre', 'Lowie', 'Nore', 'Janne', 'Ines', 'Amber', 'Febe',
         'Senne', 'Rune', 'Milan', 'Victor', 'Thibault', 'Zoë', 'Lien', 'Margot', 'Axel', 'Aaron', 'Adam',
         'Sara', 'Yasmine', 'Aya', 'Imane', 'Ayoub', 'Mohamed', 'Youssef', 'Hamza', 'Rayan', 'Ilyas', 'Salma',
         'Malak', 'Omar', 'Zeynep', 'Emir', 'Kerem', 'Defne', 'Oliwia', 'Jakub', 'Kacper', 'Maja', 'Fatou',
         'Ibrahima', 'Awa', 'Daria', 'Mariia', 'Bogdan', 'Ana', 'Mateo', 'Sofia', 'Tiago', 'Priya', 'Arjun']
LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
        'De Smet', 'Dubois', 'Hermans', 'Aerts', 'Lambrechts', 'Van Damme', 'Michiels', 'Vermeulen',
        'Verhoeven', 'Smets', 'Bogaerts', 'Van Dyck', 'Wuyts', 'Leysen', 'Cools', 'Vandenberghe', 'Thys',
        'Moens', 'Van Gorp', 'Daems', 'Coppens', 'Swinnen', 'Vandeputte', 'Stevens', 'Nijs', 'Verstraeten',
        'Celis', 'Van Hoof', 'Luyten', 'Vanderhoeven', 'Ceulemans', 'El Idrissi', 'Amrani', 'Bouzid',
        'Haddouchi', 'Ait Ouarab', 'Yilmaz', 'Demir', 'Sahin', 'Kowalczyk', 'Wiśniewska', 'Diop', 'Ndiaye',
        'Traoré', 'Popescu', 'Ionescu', 'Kovalenko', 'Silva', 'Pereira', 'Sharma', 'Nguyen']
PFIRST = ['Kristof', 'Sofie', 'Tim', 'Els', 'Bart', 'Katrien', 'Jan', 'Veerle', 'Pieter', 'Inge', 'Koen',
          'Ann', 'Wim', 'Hilde', 'Dirk', 'Nathalie', 'Stijn', 'Griet', 'Tom', 'Leen', 'Karim', 'Fatima',
          'Youssef', 'Nadia', 'Mehmet', 'Ayse', 'Piotr', 'Anna', 'Moussa', 'Aminata', 'Ion', 'Elena',
          'Joao', 'Marta', 'Raj', 'Thi', 'Geert', 'Evelien', 'Filip', 'Caroline']
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'hotmail.com',
        'outlook.com', 'icloud.com', 'live.be']
CLASSES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C', '4A', '4B', '4C',
           '5A', '5B', '5C', '6A', '6B', '6C']

P = {}          # key -> dict
ROSTER = []     # list of dicts in id order
_used_mail = set()


def pupil_mail(first, last):
    base = '%s.%s' % (slugname(first), slugname(last))
    m = base
    i = 2
    while m in _used_mail:
        m = '%s%d' % (base, i)
        i += 1
    _used_mail.add(m)
    return m + '@leerling.sintpieterscollege.be'


def add_pupil(first, last, klas, p1, p2, key=None):
    pid = 'P%04d' % (len(ROSTER) + 1)
    rec = dict(id=pid, first=first, last=last, klas=klas, mail=pupil_mail(first, last), p1=p1, p2=p2)
    ROSTER.append(rec)
    if key:
        P[key] = rec
    return rec


def build_roster():
    for key, f, l, k, p1, p2 in NAMED:
        add_pupil(f, l, k, p1, p2, key)
    used_parents = {r['p1'] for r in ROSTER} | {r['p2'] for r in ROSTER}
    while len(ROSTER) < 300:
        last = RNG.choice(LAST)
        pf1, pf2 = RNG.sample(PFIRST, 2)
        mode = RNG.random()
        prov = RNG.choice(PROV)
        if mode < 0.45:
            p1 = '%s.%s@%s' % (slugname(pf1), slugname(last), prov)
        elif mode < 0.6:
            p1 = '%s.%s@%s' % (slugname(last), slugname(pf1), prov)
        elif mode < 0.7:
            p1 = 'fam.%s@%s' % (slugname(last), prov)
        else:
            other = RNG.choice(LAST)  # parent with own surname
            p1 = '%s.%s@%s' % (slugname(pf1), slugname(other), prov)
        p2 = ''
        if RNG.random() < 0.7:
            other = RNG.choice(LAST)
            p2 = '%s%s.%s@%s' % (slugname(pf2)[0] if RNG.random() < 0.2 else slugname(pf2),
                                 '', slugname(other), RNG.choice(PROV))
        if p1 in used_parents or p2 in used_parents or p1 == p2:
            continue
        used_parents |= {p1, p2}
        n_kids = 1 if RNG.random() < 0.8 else 2
        first_names = RNG.sample(FIRST, n_kids)
        for fn in first_names:
            if len(ROSTER) >= 300:
                break
            add_pupil(fn, last, RNG.choice(CLASSES), p1, p2)


def write_roster():
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for r in ROSTER:
        lines.append(';'.join([r['id'], r['first'], r['last'], r['klas'], r['mail'], r['p1'], r['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'wb') as fh:
        fh.write(b'\xef\xbb\xbf' + ('\r\n'.join(lines) + '\r\n').encode('utf-8'))


def nm(k):
    return '%s %s' % (P[k]['first'], P[k]['last'])


def fn(k):
    return P[k]['first']


def kl(k):
    return P[k]['klas']


def pid(*keys):
    return [P[k]['id'] for k in keys]


def par(k, which=1):
    return P[k]['p%d' % which]


def parents(k):
    return [a for a in (P[k]['p1'], P[k]['p2']) if a]


# ----------------------------------------------------------------------------
# attachments (real minimal files, deterministic)
# ----------------------------------------------------------------------------
ZDATE = (2024, 3, 8, 10, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_xlsx(rows, macro=False):
    def col(i):
        return chr(65 + i)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, _x(str(v)))
                        for ci, v in enumerate(row))
        sheet.append('<row r="%d">%s</row>' % (ri, cells))
    sheet.append('</sheetData></worksheet>')
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else '') + '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', '\n'.join(sheet))]
    if macro:
        files.append(('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
                      b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Shell "cmd /c frankeo_sync.bat"\r\nEnd Sub\r\n'))
    return _zip(files)


def make_docx(paras, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/'
                      'vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
                      b'Sub AutoOpen()\r\n  CreateObject("WScript.Shell").Run "powershell -w hidden -c iex"\r\nEnd Sub\r\n'))
    return _zip(files)


def make_pdf(lines):
    def esc(s):
        s = strip_accents(s)
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 11 Tf', '50 800 Td', '14 TL']
    for ln in lines:
        content.append('(%s) Tj T*' % esc(ln))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
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


def make_exe(tag):
    hdr = bytearray(b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00')
    hdr += b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
    hdr += b'\x00' * (0x80 - len(hdr)) if len(hdr) < 0x80 else b''
    hdr += b'PE\x00\x00\x4c\x01' + b'\x00' * 58 + tag.encode() + b'\x00' * 200
    return bytes(hdr)


def make_csv(rows, sep=';', enc='utf-8-sig'):
    return ('\r\n'.join(sep.join(r) for r in rows) + '\r\n').encode(enc)


# ----------------------------------------------------------------------------
# people (staff, partners) - all invented
# ----------------------------------------------------------------------------
DN = {
    'marleen.hendrickx@sintpieterscollege.be': 'Marleen Hendrickx',
    'griet.vanhoof@sintpieterscollege.be': 'Griet Vanhoof',
    'koen.lemmens@sintpieterscollege.be': 'Koen Lemmens',
    'hilde.vanroey@sintpieterscollege.be': 'Hilde Van Roey',
    'bart.nuyts@sintpieterscollege.be': 'Bart Nuyts',
    'evi.bosmans@sintpieterscollege.be': 'Evi Bosmans',
    'ann.verhaegen@sintpieterscollege.be': 'Ann Verhaegen',
    'ingrid.vandevelde@sintpieterscollege.be': 'Ingrid Van de Velde',
    'luc.torfs@sintpieterscollege.be': 'Luc Torfs',
    'sanne.bral@sintpieterscollege.be': 'Sanne Bral',
    'ldw@spc.ksleuven.be': 'Lies De Wit',
    'tge@spc.ksleuven.be': 'Tom Geerts',
    'kvh@spc.ksleuven.be': 'Kris Van Hove',
    'nre@spc.ksleuven.be': 'Nathalie Renier',
    'pco@spc.ksleuven.be': 'Pieter Coppens',
    'mhe@spc.ksleuven.be': 'Marleen Hendrickx',
    'kle@spc.ksleuven.be': 'Koen Lemmens',
    'secretariaat@spc.ksleuven.be': 'Secretariaat Sint-Pieterscollege',
    'leerlingensecretariaat@spc.ksleuven.be': 'Leerlingensecretariaat SPC',
    'directie@spc.ksleuven.be': 'Directie Sint-Pieterscollege',
    'info@sintpieterscollege.be': 'Sint-Pieterscollege Herent',
    'privacy@lksd.ksleuven.be': 'Stroom - privacy',
    'personeel@spc.ksleuven.be': 'Personeel SPC',
    'an.vercammen@vclb-dijleland.be': 'An Vercammen (CLB)',
}
MH = 'marleen.hendrickx@sintpieterscollege.be'
GV = 'griet.vanhoof@sintpieterscollege.be'
KL = 'koen.lemmens@sintpieterscollege.be'
HVR = 'hilde.vanroey@sintpieterscollege.be'
BN = 'bart.nuyts@sintpieterscollege.be'
EB = 'evi.bosmans@sintpieterscollege.be'
AV = 'ann.verhaegen@sintpieterscollege.be'
IVDV = 'ingrid.vandevelde@sintpieterscollege.be'
LT = 'luc.torfs@sintpieterscollege.be'
SB = 'sanne.bral@sintpieterscollege.be'
LDW = 'ldw@spc.ksleuven.be'
TGE = 'tge@spc.ksleuven.be'
KVH = 'kvh@spc.ksleuven.be'
NRE = 'nre@spc.ksleuven.be'
PCO = 'pco@spc.ksleuven.be'
SEC = 'secretariaat@spc.ksleuven.be'
LSEC = 'leerlingensecretariaat@spc.ksleuven.be'
DIR = 'directie@spc.ksleuven.be'
CLB = 'an.vercammen@vclb-dijleland.be'
PERS = 'personeel@spc.ksleuven.be'

SIG_M = "Marleen Hendrickx\nOnthaal - Sint-Pieterscollege Herent\nWijgmaalsesteenweg 112, 3020 Herent"
SIG_M_TEL = SIG_M + "\nT 016 48 21 30"
SIG_G = "Griet Vanhoof\nSecretariaat Sint-Pieterscollege Herent"
SIG_G_TEL = SIG_G + "\ntel. 016/48.21.30 - toestel 202"
SIG_SEC = "Secretariaat Sint-Pieterscollege Herent\nStroom - Leuvense Katholieke Scholen aan de Dijle"
SIG_K = "Koen Lemmens\nICT & administratie - Sint-Pieterscollege Herent"
SIG_I = "Ingrid Van de Velde\nSecretariaat (interim)"
SIG_DIR = "Hilde Van Roey\nDirecteur Sint-Pieterscollege Herent\nStroom"

# ----------------------------------------------------------------------------
# mail machinery
# ----------------------------------------------------------------------------
RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
CAT_ORDER = ['family', 'psychosocial', 'medical', 'care', 'financial']
MAILS = []
BASE_DATE = datetime(2024, 3, 11, 7, 42, tzinfo=TZ)

PHONE_RE = re.compile(r'(?<![\d+])(?:\+32[\s.]?|0)(?:4\d{2}|\d{1,2})[\s./-]?\d{2,3}[\s./-]?\d{2}[\s./-]?\d{2}(?!\d)')
IBAN_RE = re.compile(r'\bBE\d{2}(?:\s?\d{4}){3}\b')
PD_WORDS = ('geboren', 'geboortedatum', 'rijksregister', 'date of birth', 'né le', 'née le', 'date de naissance')


def fmt_addr(a):
    return formataddr((DN[a], a)) if a in DN else a


def quote(text, who, when):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))
    return '\n\nOp %s schreef %s:\n%s\n' % (when, who, q)


def fwd(text, frm, date, to, subj):
    return ('\n\n-------- Doorgestuurd bericht --------\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s\n'
            % (frm, date, to, subj, text.strip('\n')))


def table_html(head, rows, style='border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt'):
    h = '<table border="1" cellpadding="4" cellspacing="0" style="%s">\n<tr>%s</tr>\n' % (
        style, ''.join('<th style="background:#D9E2F3">%s</th>' % _x(c) for c in head))
    for r in rows:
        h += '<tr>%s</tr>\n' % ''.join('<td>%s</td>' % _x(c) for c in r)
    return h + '</table>'


def table_text(head, rows):
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    out = [' | '.join(str(c).ljust(w[i]) for i, c in enumerate(head)),
           '-+-'.join('-' * x for x in w)]
    for r in rows:
        out.append(' | '.join(str(c).ljust(w[i]) for i, c in enumerate(r)))
    return '\n'.join(out)


def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p{margin:0}</style></head><body style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            + inner + '\n</body></html>\n')


def text_to_html(t):
    return '\n'.join('<p>%s</p>' % (_x(l) if l else '&nbsp;') for l in t.split('\n'))


def M(slug, frm, to, subj, body, *, rules=(), cats=(), about=(), mis=False, note='', lang='nl', tags=(),
      cc=(), bcc=(), html=None, mode='plain', cte=None, charset='utf-8', atts=(), env_from=None,
      irt=None, extra_text='', to_header=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), subj=subj, body=body, rules=list(rules), cats=list(cats),
                      about=list(about), mis=mis, note=note, lang=lang, tags=list(tags), cc=list(cc),
                      bcc=list(bcc), html=html, mode=mode, cte=cte, charset=charset, atts=list(atts),
                      env_from=env_from, irt=irt, extra_text=extra_text, to_header=to_header))


def att(filename, data, text=''):
    """attachment tuple: (filename, bytes, text-for-self-check)"""
    return (filename, data, text)


MIME_BY_EXT = {
    'csv': ('text', 'csv'), 'txt': ('text', 'plain'), 'pdf': ('application', 'pdf'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
    'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
    'exe': ('application', 'x-msdownload'), 'bat': ('application', 'x-bat'),
    'zip': ('application', 'zip'), 'jpg': ('image', 'jpeg'), 'png': ('image', 'png'),
    'ps1': ('application', 'octet-stream'), 'js': ('application', 'javascript'), 'iso': ('application', 'octet-stream'),
}


def build(i, m):
    num = '%03d' % i
    msg = EmailMessage(policy=policy.default)
    msg['From'] = fmt_addr(m['frm'])
    msg['To'] = m['to_header'] if m['to_header'] else ', '.join(fmt_addr(a) for a in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(fmt_addr(a) for a in m['cc'])
    msg['Subject'] = m['subj']
    # Monday 11 to Friday 15 March 2024, ~30 mails a day between 7:42 and 17:00
    day, slot = divmod(i - 1, 30)
    date = BASE_DATE + timedelta(days=min(day, 4), minutes=slot * 18 + (i * 7) % 11)
    # a reply or forward is always later than the message it quotes
    for qd, hh, mi in re.findall(r'(\d+) (?:mrt|maart) 2024(?: om)? (\d\d):(\d\d)', m['body'] or ''):
        q = datetime(2024, 3, int(qd), int(hh), int(mi), tzinfo=TZ) + timedelta(minutes=23 + i % 17)
        if q > date:
            date = q
    msg['Date'] = format_datetime(date)
    dom = m['frm'].split('@')[1]
    msg['Message-ID'] = '<b53.%s.%s@%s>' % (num, m['slug'], dom)
    irt = m['irt'] or ('<b53.%s.orig.%d@%s>' % (num, 7000 + i, 'mail.gmail.com' if i % 3 else 'outlook.com')
                       if 'reply' in m['tags'] else None)
    if irt:
        msg['In-Reply-To'] = irt
        msg['References'] = irt
    msg['MIME-Version'] = '1.0'
    if 'sintpieterscollege.be' in dom or 'ksleuven.be' in dom:
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
    body = m['body']
    html = m['html']
    fmt = []
    if m['mode'] == 'html':
        msg.set_content(html_wrap(html), subtype='html', charset='utf-8', cte=m['cte'] or 'quoted-printable')
        fmt.append('html-only')
    else:
        cs = m['charset']
        kw = {}
        if m['cte']:
            kw['cte'] = m['cte']
        msg.set_content(body, charset=cs, **kw)
        if m['mode'] == 'alt':
            msg.add_alternative(html_wrap(html if html else text_to_html(body)), subtype='html')
            fmt.append('alt')
        else:
            fmt.append('plain')
        if cs != 'utf-8':
            fmt.append('plain-cp1252')
        if m['cte'] == 'quoted-printable':
            fmt.append('plain-qp')
        elif m['cte'] == 'base64':
            fmt.append('plain-base64')
    for fname, data, _t in m['atts']:
        ext = fname.rsplit('.', 1)[1].lower()
        mt, st = MIME_BY_EXT.get(ext, ('application', 'octet-stream'))
        if mt == 'text':
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        fmt.append('attachment-' + ext)
    # deterministic boundaries
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_NextPart_b53_%s_%d' % (num, j))
    fmt += [t for t in m['tags'] if t not in fmt]
    if m['bcc'] and 'bcc-envelope' not in fmt:
        fmt.append('bcc-envelope')
    fname = '%s-%s.eml' % (num, m['slug'])
    data = msg.as_bytes(policy=policy.SMTP)
    with open(os.path.join(HERE, fname), 'wb') as fh:
        fh.write(data)
    rcpt = []
    for a in m['to'] + m['cc'] + m['bcc']:
        if a.lower() not in rcpt:
            rcpt.append(a.lower())
    return fname, fmt, rcpt, date


def all_text(m):
    t = [m['subj'], m['body'] or '', m['html'] or '', m['extra_text']]
    t += [a[2] for a in m['atts']]
    return '\n'.join(t)


def check(fname, m, rcpt):
    errs = []
    txt = all_text(m)
    has_phone = bool(PHONE_RE.search(txt))
    has_iban = bool(IBAN_RE.search(txt))
    pd = 'personal_data' in m['rules']
    if (has_phone or has_iban) and not pd:
        errs.append('phone/iban found but no personal_data: %r' % (PHONE_RE.search(txt) or IBAN_RE.search(txt)).group(0))
    if pd and not (has_phone or has_iban or any(w in txt.lower() for w in PD_WORDS)):
        errs.append('personal_data labelled but nothing found')
    if ('sensitive' in m['rules']) != bool(m['cats']):
        errs.append('sensitive/categories mismatch')
    if m['mis'] != ('recipient' in m['rules']):
        errs.append('misdirected/recipient mismatch')
    ids = {r['id']: r for r in ROSTER}
    for a in m['about']:
        if a not in ids:
            errs.append('unknown about %s' % a)
    parent_of = {}
    for r in ROSTER:
        for a in (r['p1'], r['p2']):
            if a:
                parent_of.setdefault(a, set()).add(r['id'])
    par_rcpt = [a for a in rcpt if a in parent_of]
    if m['mis']:
        x = m['about'][0]
        xs = {ids[x]['p1'], ids[x]['p2']}
        if any(a in xs for a in rcpt):
            errs.append('misdirected but a parent of X is a recipient')
        if not par_rcpt:
            errs.append('misdirected but no parent recipient')
    elif len(m['about']) == 1 and par_rcpt:
        x = m['about'][0]
        if not any(x in parent_of[a] for a in par_rcpt):
            errs.append('parent recipients but none is parent of %s' % x)
    for e in errs:
        print('CHECK %s: %s' % (fname, e))
    return not errs


# ============================================================================
# THE MAILS
# ============================================================================
def mails_password():
    # 1 shared mailbox password to colleague
    M('wachtwoord-gedeelde-mailbox', KL, [GV],
      'Gedeelde mailbox secretariaat - nieuw wachtwoord',
      "Hoi Griet,\n\nIk heb het wachtwoord van de gedeelde mailbox secretariaat@ moeten resetten na die "
      "phishingmail van vorige week.\n\nNieuw wachtwoord: Herent!Sec2024\n\nWil je het morgen aan Marleen "
      "doorgeven? Ze zal het in Outlook opnieuw moeten ingeven.\n\nKoen\n\n" + SIG_K,
      rules=['password'], note='plain password of the shared secretariat mailbox sent to a colleague')
    # 2 gate/intercom code for substitute teacher
    M('poortcode-interim', MH, ['jolien.wauters@sintpieterscollege.be'],
      'Welkom + praktische info',
      "Dag Jolien,\n\nWelkom in ons team! Morgen start je om 8u25 in lokaal B104 (vervanging Lies De Wit).\n\n"
      "Praktisch: de parking langs de Kerkstraat gaat om 7u30 open. Kom je later, dan kan je binnen via "
      "de zijpoort: code 2580#, dan de bel van het onthaal negeren.\nJe badge en sleutel liggen bij mij aan "
      "het onthaal.\n\nTot morgen!\n" + SIG_M,
      rules=['password'], note='door/gate code for the side gate in a welcome mail')
    # 3 Wi-Fi for visiting trainer
    M('wifi-gastspreker', MH, ['info@vormingsbureau-kompas.be'],
      'Vorming woensdag 13/3 - praktische afspraken',
      "Geachte mevrouw Dekeyser,\n\nFijn dat u woensdag de vorming 'Omgaan met agressie aan het onthaal' "
      "komt geven. U meldt zich aan bij het onthaal, u krijgt dan een bezoekersbadge.\n\nDe zaal (polyvalente "
      "zaal, gelijkvloers) heeft een beamer met HDMI-aansluiting. Voor het internet:\n\n"
      "   Netwerk: SPC-Gast\n   Sleutel: Dijle-gast-7731\n\nMet vriendelijke groeten,\n" + SIG_M,
      rules=['password'], note='guest Wi-Fi key sent to an external trainer')
    # 4 franking machine pin
    M('pincode-frankeermachine', GV, [IVDV],
      'frankeermachine',
      "Ingrid,\nde pincode van de frankeermachine is 4417 (niet het klantnummer op de sticker, dat is voor "
      "het opladen van het tegoed). Vóór 14u de post in de grijze bak leggen, Luc brengt hem weg.\nGriet",
      rules=['password'], note='PIN of the franking machine')
    # 5 copier code for substitute (French)
    M('code-photocopieuse', NRE, ['claire.mathieu@sintpieterscollege.be'],
      'Photocopieuse salle des profs',
      "Bonjour Claire,\n\nPour la photocopieuse de la salle des profs, ton code personnel est le 30215. "
      "Il faut le taper puis appuyer sur la touche verte. Les feuilles A3 sont dans l'armoire à gauche.\n\n"
      "Bon courage pour ta première semaine !\nNathalie",
      rules=['password'], lang='fr', note='personal copier code in French to a new colleague')
    # 6 safe code split over lines
    M('kluis-secretariaat', GV, [IVDV],
      'RE: kluis',
      "De code van de kluis (achter mijn bureau):\n\n37\n-\n82\n-\n15\n\nEerst naar rechts draaien. Het "
      "wisselgeld voor de drankautomaat zit in het bruine zakje.\n\nGriet" +
      quote("Griet, ik moet morgen aan de kluis voor het wisselgeld maar ik ken de code niet. Ingrid",
            'Ingrid Van de Velde', 'ma 11 mrt 2024 om 15:02'),
      rules=['password'], tags=['reply'], note='safe combination spread over several lines')
    # 7 badge system admin login
    M('badgesysteem-login', KL, [IVDV], 'Login bezoekersbadges (VisiPass)',
      "Dag Ingrid,\n\nHierbij je account voor het badgesysteem aan het onthaal:\n\n"
      "URL: https://spc-herent.visipass.eu/admin\nGebruiker: ivandevelde\nWachtwoord: Badge#Onthaal24\n\n"
      "Daarmee kan je bezoekers registreren en badges activeren. Bij problemen: toestel 214.\n\n" + SIG_K,
      rules=['password'], note='username and password for the visitor badge system')
    # 8 recovery codes
    M('herstelcodes-mfa', KL, [GV, MH], 'Herstelcodes MFA secretariaat@ (bewaren!)',
      "Collega's,\n\nVoor als de gsm van het secretariaat weer eens kwijt is: hieronder de herstelcodes voor "
      "de tweestapsverificatie van secretariaat@spc.ksleuven.be. Elke code werkt maar één keer.\n\n"
      "  4821-9937   1176-3054\n  6650-2213   9084-7712\n  3349-5520   7021-8866\n\n"
      "Gelieve af te drukken en in de kluis te leggen.\n\nKoen",
      rules=['password'], note='MFA backup/recovery codes for the shared mailbox')
    # 9 one-time code
    M('sms-code-doorgeven', MH, [KL], 'code',
      "Koen, de sms-code die ik net kreeg voor het Smartschool-beheer is 583201. Kan jij die snel "
      "ingeven? Hij is maar 10 minuten geldig.\nMarleen",
      rules=['password'], tags=['short'], note='one-time SMS verification code forwarded')
    # 10 csv start passwords new pupils
    rows = [['Intern nummer', 'Naam', 'Klas', 'Gebruikersnaam', 'Startwachtwoord']]
    newp = [r for r in ROSTER if r['klas'] == '1D'][:5]
    pw = ['Fiets-72kb', 'Boom-19tq', 'Wolk-55rv', 'Appel-31mz', 'Regen-84hx']
    for r, w in zip(newp, pw):
        rows.append([r['id'], '%s %s' % (r['first'], r['last']), r['klas'], r['mail'].split('@')[0], w])
    csvb = make_csv(rows)
    M('startwachtwoorden-1d', LSEC, ['ldw@spc.ksleuven.be'], 'Nieuwe leerlingen 1D - Smartschool-accounts',
      "Dag Lies,\n\nIn bijlage de accounts van de vijf nieuwe leerlingen in 1D (instroom na de krokus). "
      "Wil je ze maandag tijdens de klasuur uitdelen? Ze moeten het startwachtwoord bij de eerste login "
      "wijzigen.\n\nGroeten,\nLeerlingensecretariaat",
      rules=['password'], about=[r['id'] for r in newp],
      atts=[att('accounts_1D_instroom.csv', csvb, csvb.decode('utf-8-sig'))],
      note='csv with start passwords of five pupils (no sensitive fact)')
    # 11 xlsx logins substitute teachers
    xrows = [['Naam', 'Vak', 'Login Smartschool', 'Wachtwoord', 'Kopieercode'],
             ['Jolien Wauters', 'Nederlands', 'jwauters', 'Welkom!SPC31', '30877'],
             ['Bram Dockx', 'Wiskunde', 'bdockx', 'Welkom!SPC32', '30878'],
             ['Claire Mathieu', 'Frans', 'cmathieu', 'Welkom!SPC33', '30215']]
    M('logins-interimarissen', KL, [HVR], 'Overzicht logins interims maart',
      "Hilde,\n\nZoals gevraagd het overzicht van de logins van de drie interims van maart, zodat je ze "
      "op de onthaalvergadering kan meegeven.\n\nKoen",
      rules=['password'], atts=[att('logins_interims_maart.xlsx', make_xlsx(xrows),
                                    '\n'.join(' '.join(r) for r in xrows))],
      note='xlsx attachment with logins, passwords and copier codes of substitute teachers')
    # 12 spelled out
    M('wachtwoord-uitgespeld', GV, [IVDV], 'pc onthaal',
      "Ingrid,\n\nVoor de pc aan het onthaal: gebruiker is 'onthaal', het wachtwoord zeg ik je liever niet "
      "voluit dus: kleine letters d-i-j-l-e, dan 19, dan een hekje en dan hoofdletter H.\n\nTot morgen,\nGriet",
      rules=['password'], note='password spelled out letter by letter (dijle19#H)')
    # 13 laptop meeting room password in reply
    M('laptop-vergaderzaal', KL, [TGE], 'RE: laptop vergaderzaal',
      "Tom,\n\nHet wachtwoord van de laptop in de vergaderzaal is Vergader2024 (account 'vergaderzaal'). "
      "Niet aanpassen aub, hij wordt door iedereen gebruikt.\n\nKoen" +
      quote("Koen, de laptop in de vergaderzaal vraagt een wachtwoord en ik heb om 10u oudercontact. Help!\nTom",
            'Tom Geerts', 'di 12 mrt 2024 om 09:41'),
      tags=['reply'], rules=['password'], note='shared laptop password in a reply')
    # 14 English Erasmus Wi-Fi
    M('wifi-erasmus', MH, ['m.kowalska@zs7-krakow.edu.pl'], 'Welcome to Sint-Pieterscollege - practical info',
      "Dear Ms Kowalska,\n\nWe are looking forward to welcoming your group on Thursday. Please report to the "
      "reception desk at the main entrance; each teacher receives a visitor badge.\n\nWi-Fi during your stay:\n"
      "Network: SPC-Guest\nPassword: Leuven-Welcome-88\n\nThe welcome session takes place in room A012.\n\n"
      "Kind regards,\nMarleen Hendrickx\nReception desk", lang='en',
      rules=['password'], note='Wi-Fi password in English to a visiting Erasmus teacher')
    # 15 alarm code to cleaning firm
    M('alarmcode-poetsfirma', GV, ['planning@netcleanservice.be'], 'Sleutels en alarm zaterdag',
      "Goeiemiddag,\n\nZaterdag komt uw ploeg de sporthal doen. De sleutel ligt in de sleutelkluis naast de "
      "leveranciersingang.\n\nAlarm uitschakelen: 1 9 7 3 en dan OFF. Bij vertrek opnieuw 1973 + ON.\n\n"
      "Vriendelijke groeten,\n" + SIG_G, rules=['password'], note='alarm code sent to an external cleaning firm')
    # 16 html table logins new staff
    head = ['Naam', 'Functie', 'Gebruikersnaam', 'Startwachtwoord']
    trs = [['Jolien Wauters', 'leerkracht Ned.', 'jolien.wauters', 'Lente2024!jw'],
           ['Bram Dockx', 'leerkracht wisk.', 'bram.dockx', 'Lente2024!bd'],
           ['Ingrid Van de Velde', 'secretariaat', 'ingrid.vandevelde', 'Lente2024!iv']]
    M('accounts-nieuwe-personeelsleden', KL, [HVR, GV], 'Accounts nieuwe personeelsleden',
      "Dag Hilde, Griet,\n\n" + table_text(head, trs) + "\n\nKoen", mode='alt',
      html='<p>Dag Hilde, Griet,</p><p>&nbsp;</p>' + table_html(head, trs) + '<p>&nbsp;</p><p>Koen</p>',
      tags=['table'], rules=['password'], note='Outlook HTML table with start passwords of new staff')
    # 17 medicine cabinet code
    M('code-medicijnkast', MH, [IVDV], 'EHBO-lokaal',
      "Ingrid, nog vergeten te zeggen: het medicijnkastje in het EHBO-lokaal heeft een cijferslot, "
      "code 0608. Sleutel van het lokaal hangt aan het bord.\nMarleen",
      rules=['password'], tags=['short'], note='code of the medicine cabinet lock (opens something)')
    # 18 temporary badge pin for plumber
    M('badge-pin-loodgieter', MH, ['info@loodgieterij-vanderstraeten.be'], 'Interventie toiletten blok C',
      "Goedemorgen,\n\nVoor de interventie van morgen: uw technieker kan zich aanmelden aan het onthaal. "
      "Komt hij vóór 7u30, dan kan hij binnen via de leveranciersingang met de tijdelijke badge-PIN 8462 "
      "(geldig tot 16u).\n\nMet vriendelijke groet,\n" + SIG_M,
      rules=['password'], note='temporary badge PIN given to a contractor')
    # 19 voicemail pin
    M('voicemail-onthaal', GV, [MH, IVDV], 'voicemail onthaaltoestel',
      "Hallo,\n\nAls het onthaal onbemand is komen de oproepen op de voicemail. Beluisteren: *98, "
      "pincode 2020#. Graag elke ochtend en na de middag eens nakijken.\n\nGriet",
      rules=['password'], note='voicemail PIN of the reception phone')
    # 20 Informat login
    M('informat-login', KL, [IVDV], 'Informat',
      "Ingrid,\n\nJe kan vanaf nu in Informat (leerlingenadministratie).\ngebruiker: ivdvelde\n"
      "wachtwoord: Informat#33\n\nJe hebt enkel leesrechten op de rapporten, inschrijvingen kan je wel "
      "aanpassen.\n\nKoen", rules=['password'], note='school software login with password')
    # 21 txt attachment
    txt = ("Wachtwoorden onthaal (NIET RONDSTUREN)\r\n\r\nPC onthaal: onthaal / dijle19#H\r\n"
           "Printer secretariaat admin: admin / Ricoh-3020\r\nBadgesysteem: onthaal / Badge#Onthaal24\r\n"
           "Poort zijingang: 2580#\r\n")
    M('wachtwoorden-onthaal-txt', GV, [IVDV], 'lijstje',
      "Hier het lijstje, dan kan je het al eens bekijken.\nGriet",
      atts=[att('wachtwoorden onthaal.txt', txt.encode('cp1252'), txt)],
      rules=['password'], tags=['short'],
      note='cp1252 txt attachment with all front-desk passwords')
    # 22 base64 body wifi exam room
    M('wifi-examenlokaal', KL, [TGE, PCO], 'Netwerk examenlokaal',
      "Collega's,\n\nVoor de digitale toetsen in lokaal C201 gebruiken de leerlingen het aparte netwerk:\n"
      "SSID: SPC-Toets\nWPA2-sleutel: toets-C201-gx8q\n\nNiet aan de leerlingen geven voor de toets "
      "begint, zet het op het bord.\n\nKoen", cte='base64',
      rules=['password'], note='Wi-Fi key in a base64-encoded body')
    # 23 forwarded temporary password to own private mailbox
    M('tijdelijk-wachtwoord-naar-prive', GV, ['griet.vanhoof71@gmail.com'], 'Fwd: Uw wachtwoord is opnieuw ingesteld',
      "om thuis in te loggen" +
      fwd("Beste Griet Vanhoof,\n\nUw wachtwoord werd opnieuw ingesteld door de beheerder.\n"
          "Tijdelijk wachtwoord: Tmp-8841-kq\n\nU wordt gevraagd dit bij de eerste aanmelding te wijzigen.\n\n"
          "Smartschool - Sint-Pieterscollege Herent",
          'Smartschool <noreply@smartschool.be>', 'dinsdag 12 maart 2024 07:58', 'Griet Vanhoof',
          'Uw wachtwoord is opnieuw ingesteld'),
      rules=['password', 'private_account'], tags=['forward'],
      note='staff forwards a temporary school password to her own gmail')
    # 24 pupil locker code to parent
    k = 'senne_w'
    M('kluiscode-' + slugname(fn(k)), MH, [par(k)], 'Kluisje %s' % fn(k),
      "Beste mijnheer Wuyts,\n\n%s is vandaag zijn kluissleutel verloren en kwam aan het onthaal vragen "
      "wat hij moest doen. We hebben het kluisje (nr. 214, gang blok B) omgezet naar een cijferslot.\n"
      "De nieuwe code is 3907. Wilt u die samen met hem onthouden? Een nieuwe sleutel kost 5 euro.\n\n"
      "Met vriendelijke groeten,\n%s" % (fn(k), SIG_M),
      rules=['password'], about=pid(k), note='locker combination for one pupil sent to his father')
    # 25 supplier gate code
    M('leveringspoort-code', LT, ['orders@papierhandel-dijleland.be'], 'RE: levering kopieerpapier donderdag',
      "Goeiedag,\n\nDonderdag is prima. De chauffeur kan via de leveranciersingang aan de Kerkstraat, "
      "poortcode 1357*, en dan tot aan de laadkaai van blok C. Ik ben er vanaf 7u.\n\nLuc Torfs\nTechnische dienst" +
      quote("Dag meneer Torfs, kunnen we donderdag 14/3 tussen 7 en 9u leveren (bestelling 4500123987)? "
            "Mvg, Papierhandel Dijleland", 'Papierhandel Dijleland', 'ma 11 mrt 2024 om 16:20'),
      rules=['password'], tags=['reply'], note='gate code given to a delivery company')
    # 26 split over lines with label
    M('ww-printer-admin', KL, [GV], 'printer',
      "Griet,\nadmin-ww van de printer in het secretariaat (om de scan-naar-map in te stellen):\n\n"
      "Zonne\nbloem\n77!\n\n(aan elkaar)\nKoen",
      rules=['password'], tags=['short'], note='printer admin password split over three lines')
    # 27 pdf with backup codes badge portal
    pdf = make_pdf(['VisiPass - back-upcodes', 'Account: spc-herent-admin',
                    '7H2K-99QD   P4LM-21XA   Z8RT-66BN', 'R3WE-50VC   K9JU-13SF   N1PO-88GY',
                    'Elke code kan eenmaal gebruikt worden.'])
    M('backupcodes-badgeportaal', KL, [MH], 'Fwd: back-upcodes VisiPass',
      "Marleen, bewaar deze pdf in de map Onthaal op de server, niet op het bureaublad.\nKoen" +
      fwd("Hierbij uw back-upcodes voor het beheerdersaccount.", 'VisiPass <noreply@visipass.eu>',
          'vrijdag 8 maart 2024 11:04', 'koen.lemmens@sintpieterscollege.be', 'Uw back-upcodes'),
      atts=[att('visipass-backupcodes.pdf', pdf, '7H2K-99QD P4LM-21XA back-upcodes')],
      rules=['password'], tags=['forward'], note='pdf with backup codes of the badge portal')
    # 28 meeting invite plus projector login
    M('overleg-beamerpc', HVR, [GV, MH, KL], 'Overleg onthaal/secretariaat do 14/3',
      "Dag allen,\n\nDonderdag om 13u overleg over de nieuwe openingsuren, in de vergaderzaal of online.\n\n"
      "Deelnemen via Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2\n"
      "Vergaderings-id: 364 118 902 55  Wachtwoordcode: q8Tz3m\n\n"
      "Koen, de beamer-pc in de vergaderzaal meldt zich aan met beamer / Beamer2023, zet jij alles klaar?\n\n"
      "Hilde", rules=['password'],
      note='meeting passcode alone would be fine, but the projector pc login/password is a credential')
    # 29 reset pw for pupil
    k = 'jules_m'
    M('reset-wachtwoord-leerling', KL, [P[k]['mail']], 'RE: kan niet inloggen',
      "Dag %s,\n\nIk heb je wachtwoord gereset. Je kan nu aanmelden met Welkom123! en moet daarna meteen "
      "een nieuw kiezen.\n\nKoen Lemmens\nICT" % fn(k) +
      quote("meneer ik kan niet meer in smartschool, mijn wachtwoord werkt niet. %s %s" % (nm(k), kl(k)),
            nm(k), 'di 12 mrt 2024 om 08:03'),
      rules=['password'], about=pid(k), tags=['reply'], note='reset password sent to a pupil')
    # 30 co-account parent
    k = 'amira_t'
    M('co-account-ouder', LSEC, [par(k, 2)], 'Smartschool co-account',
      "Beste mevrouw Tahiri,\n\nZoals gevraagd aan het onthaal: hierbij de gegevens van uw co-account "
      "voor Smartschool, waarmee u de berichten en de agenda van %s kan volgen.\n\nGebruikersnaam: %s\n"
      "Co-account: 1\nStartwachtwoord: K7m-pQ2x\n\nMet vriendelijke groeten,\nLeerlingensecretariaat" %
      (fn(k), P[k]['mail'].split('@')[0]),
      rules=['password'], about=pid(k), note='parent co-account start password')
    # 31 cp1252 QP scan2mail
    M('scan-smtp-instellingen', KL, ['support@kopieercentrale-vlaanderen.be'], 'Instellingen scan-naar-mail toestel secretariaat',
      "Goeiedag,\n\nVoor de herinstallatie van het multifunctionele toestel in het secretariaat (serienr. "
      "E214-77812) hierbij de SMTP-gegevens:\n\nServer: smtp.office365.com, poort 587\nAccount: "
      "scan.secretariaat@sintpieterscollege.be\nWachtwoord: Sc@nSec-2024\n\nGraag ’s morgens vóór 8u "
      "of na 16u komen.\n\nMet vriendelijke groeten,\nKoen Lemmens", charset='windows-1252',
      cte='quoted-printable', rules=['password'], note='SMTP account password for a scanner, cp1252 QP')
    # 32 docx with alarm code procedure
    d = make_docx(['Afsluitprocedure secretariaat', '1. Ramen blok A sluiten.', '2. Lichten gang uit.',
                   '3. Alarm inschakelen: code 5546 + ON aan het paneel naast de voordeur.',
                   '4. Voordeur op slot, sleutel in de sleutelkluis (code 0911).'])
    M('afsluitprocedure-docx', GV, [IVDV], 'afsluitprocedure',
      "Ingrid,\n\nIn bijlage de afsluitprocedure voor als je op woensdag alleen sluit.\n\nGriet",
      atts=[att('Afsluitprocedure secretariaat.docx', d, 'alarm code 5546 sleutelkluis 0911')],
      rules=['password'], note='docx with alarm and key-box codes')
    # 33 html-only guest wifi to speaker
    M('wifi-infoavond-spreker', HVR, ['k.deprins@hogeschool-dijleland.be'], 'Infoavond 21/3 - praktisch',
      "", mode='html',
      html="<p>Beste Koen,</p><p>&nbsp;</p><p>Hartelijk dank om op de infoavond over studiekeuze te spreken. "
           "De avond start om 19u30 in de aula; je bent welkom vanaf 19u.</p><p>&nbsp;</p>"
           "<p><b>Internet</b>: netwerk <i>SPC-Gast</i>, sleutel <b>Dijle-gast-7731</b></p><p>&nbsp;</p>"
           "<p>Vriendelijke groeten,</p><p>Hilde Van Roey</p><p>Directeur</p>",
      rules=['password'], note='Wi-Fi key in an html-only mail to a guest speaker')
    # 34 phone msg style with PIN of visitor-kiosk
    M('kiosk-pin', MH, [GV], 'kiosk bezoekers',
      "Griet,\nde kiosk aan de ingang staat weer in beheermodus. Om hem terug te zetten: 5x tikken op het "
      "logo, pin 1122 en dan 'Bezoekersmodus'.\nM.",
      rules=['password'], tags=['short'], note='admin PIN of the visitor kiosk')
    # 35 private gmail sending the shared mailbox password to colleague
    M('wachtwoord-van-prive', 'marleen.hendrickx@hotmail.com', [GV], 'mailbox',
      "Griet, ik zit thuis en kan niet in de gedeelde mailbox. Is het nog steeds Herent!Sec2024 of heeft "
      "Koen het al veranderd? Ik wil de telefoonberichten van vanochtend nog doorsturen.\nMarleen\n\n"
      "Verstuurd vanaf mijn iPhone",
      rules=['password', 'private_account'], note='staff member writes the shared mailbox password from her private hotmail about school business')


def mails_lookalike():
    # 1 visitor register html table with badge numbers
    head = ['Uur in', 'Bezoeker', 'Firma / reden', 'Badge nr.', 'Bezoekt', 'Uur uit']
    rows = [['07:55', 'Dhr. R. Pauwels', 'Frankeo - onderhoud', 'V-014', 'secretariaat', '08:40'],
            ['08:30', 'Mevr. S. Dekeyser', 'Vormingsbureau Kompas', 'V-015', 'directie', '12:10'],
            ['09:15', 'Dhr. J. Moens', 'Loodgieterij Vanderstraeten', 'V-016', 'technische dienst', '11:50'],
            ['10:05', 'Mevr. L. Cornelis', 'schoolfotograaf', 'V-017', 'polyvalente zaal', '15:30'],
            ['13:40', 'Dhr. P. Wouters', 'inspectie brandveiligheid', 'V-018', 'Luc Torfs', '14:55']]
    M('bezoekersregister-dinsdag', MH, [HVR], 'Bezoekersregister di 12/3',
      "Hilde,\n\nHierbij het bezoekersregister van vandaag, badge V-016 is pas om 11u50 teruggebracht.\n\n" +
      table_text(head, rows) + "\n\nMarleen", mode='alt',
      html='<p>Hilde,</p><p>&nbsp;</p><p>Hierbij het bezoekersregister van vandaag, badge V-016 is pas om '
           '11u50 teruggebracht.</p><p>&nbsp;</p>' + table_html(head, rows) + '<p>&nbsp;</p><p>Marleen</p>',
      tags=['table'], note='visitor register with badge numbers; badge numbers open nothing')
    # 2 parcel tracking
    M('pakje-tracking', MH, [LT], 'pakje voor technische dienst',
      "Luc, er komt vandaag een pakje van Technics Direct (filters ventilatie). Trackingnummer bpost: "
      "323299901234567890. Als ik er niet ben, mag de koerier het in het secretariaat zetten.\nMarleen",
      tags=['short'], note='parcel tracking number is a look-alike, not a secret')
    # 3 franking account number
    M('frankeer-tegoed', GV, ['service@frankeo.be'], 'Opladen tegoed frankeermachine',
      "Goedemiddag,\n\nGraag laden we het tegoed van onze frankeermachine op met 300 euro.\n"
      "Klantnummer: 4021-775\nMachine nr.: FP-55120 (Sint-Pieterscollege Herent)\nBestelbon: SPC-2024-118\n\n"
      "De factuur mag naar boekhouding@lksd.ksleuven.be.\n\nMet vriendelijke groeten,\n" + SIG_G,
      note='franking customer/machine numbers and order number are not credentials')
    # 4 phone extensions list
    M('interne-toestellen', GV, [IVDV], 'interne nummers',
      "Ingrid, de belangrijkste interne toestellen:\n\nonthaal 201\nsecretariaat 202\nboekhouding 205\n"
      "directie 210\nzorgcoördinator 214\nleerlingenbegeleiding 215\ntechnische dienst 220\n\n"
      "Doorverbinden: # + toestel. Groet, Griet",
      note='internal phone extensions, no full phone number, no code')
    # 5 password expiry notice forwarded
    M('wachtwoord-verloopt', MH, [KL], 'Fwd: Uw wachtwoord verloopt binnen 5 dagen',
      "Koen, moet ik hier iets mee doen of is dit weer phishing?\nMarleen" +
      fwd("Uw wachtwoord voor marleen.hendrickx@sintpieterscollege.be verloopt binnen 5 dagen.\n"
          "Wijzig het via portal.office.com of vraag hulp aan de ICT-helpdesk van uw school.",
          'Microsoft 365 <no-reply@microsoft.com>', 'maandag 11 maart 2024 06:12',
          'marleen.hendrickx@sintpieterscollege.be', 'Uw wachtwoord verloopt binnen 5 dagen'),
      tags=['forward'], note='mail about password expiry, contains no password')
    # 6 how to reset password (to pupil)
    k = 'noor_d'
    M('reset-uitleg-leerling', KL, [P[k]['mail']], 'RE: wachtwoord vergeten',
      "Dag %s,\n\nJe wachtwoord stuur ik nooit per mail. Kom morgen tijdens de middagpauze naar het "
      "ICT-lokaal (A108) of gebruik 'wachtwoord vergeten' op de aanmeldpagina van Smartschool; dan krijg je "
      "een link op het e-mailadres van je ouders.\n\nKoen Lemmens" % fn(k) +
      quote("Meneer, ik ben mijn wachtwoord vergeten. Kan u het sturen? %s" % fn(k), nm(k), 'di 12 mrt 2024 om 19:22'),
      about=pid(k), tags=['reply'], note='how to reset a password, no secret given')
    # 7 Teams invite with passcode
    M('teams-overleg-clb', BN, [CLB], 'Overleg CLB - maandelijks',
      "Dag An,\n\nHierbij de link voor ons maandelijks overleg van maandag 18/3 om 14u.\n\n"
      "Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1YmQ0\n"
      "Vergaderings-id: 391 554 017 82\nWachtwoordcode: Vx7pQa\n\nTot dan,\nBart Nuyts\nZorgcoördinator",
      note='meeting invitation with passcode - allowed by default')
    # 8 payment reference trip
    k = 'robbe_l'
    M('betaling-uitstap-referentie', AV, [par(k)], 'Betaling Ieperreis %s' % fn(k),
      "Beste mijnheer Leysen,\n\nU vroeg aan het onthaal hoe u de Ieperreis van %s (3C) kan betalen. Dat "
      "gebeurt gewoon via de schoolrekening van april. Wilt u toch al vooraf betalen, gebruik dan de "
      "gestructureerde mededeling +++090/1234/56789+++ en het rekeningnummer op de schoolrekening.\n\n"
      "Met vriendelijke groeten,\nAnn Verhaegen\nBoekhouding" % fn(k),
      about=pid(k), note='payment reference is a look-alike; no IBAN written; no financial trouble')
    # 9 room numbers & class codes
    M('lokaalwissel', GV, [TGE, LDW], 'lokaalwissel donderdag',
      "Collega's,\n\nDonderdag is lokaal B204 bezet door de schoolfotograaf. Klascode 3LAT-B gaat het 2e en "
      "3e uur naar C112, 4ECa naar C113. Het bord in de inkomhal is aangepast.\n\nGriet", 
      note='room numbers and class codes, not secrets')
    # 10 order number
    M('bestelling-toner', GV, ['orders@kantoorcentrale.be'], 'Bestelling toner',
      "Goedemorgen,\n\nOnze bestelling met nummer 4500123991 (6x toner Ricoh MP C3004) is nog niet "
      "geleverd. Kunt u nagaan wat er misloopt? Referentie klant: SPC-HER-0331.\n\nMet vriendelijke groeten,\n" + SIG_G,
      note='order number and customer reference')
    # 11 course code
    M('vakcode-smartschool', KL, [PCO], 'RE: vak verdwenen',
      "Pieter, het vak staat er nog, maar onder de nieuwe code WIS-4A-2324. Je kan het terugvinden via "
      "Vakken > Archief. Ik heb je opnieuw als titularis toegevoegd.\nKoen" +
      quote("Koen, mijn vak wiskunde 4A is weg uit Smartschool?! Pieter", 'Pieter Coppens', 'ma 11 mrt 2024 om 13:55'),
      tags=['reply'], note='course code, nothing secret')
    # 12 key number missing
    M('sleutel-turnzaal', LT, [KVH], 'sleutel 47',
      "Kris,\nsleutel nr. 47 (turnzaal, materiaalberging) is niet teruggebracht aan het sleutelbord van het "
      "onthaal. Heb jij die nog? Anders moet ik een nieuwe laten maken.\nLuc",
      note='key number, not a code')
    # 13 badge not returned
    M('badge-niet-terug', MH, ['planning@netcleanservice.be'], 'Bezoekersbadge V-0087',
      "Goedemiddag,\n\nUw medewerker die maandag de ramen kwam doen, heeft bezoekersbadge V-0087 niet "
      "teruggebracht. Kan hij die bij een volgende interventie afgeven aan het onthaal?\n\nMet vriendelijke groeten,\n" + SIG_M,
      note='badge identifier, not a PIN')
    # 14 guest wifi - ask at desk
    M('wifi-vraag-onthaal', MH, ['s.vandeputte@uitgeverij-pelckmans-fictief.be'], 'RE: bezoek donderdag',
      "Beste mevrouw Vandeputte,\n\nGeen probleem voor donderdag 10u. Er is gastwifi in de school; het "
      "wachtwoord hangt uit aan het onthaal, u krijgt het bij het aanmelden.\n\nMet vriendelijke groeten,\n" + SIG_M +
      quote("Goedemiddag, is er wifi in de school voor de demo van onze digitale leermiddelen? Mvg, Sofie Vandeputte",
            'Sofie Vandeputte', 'ma 11 mrt 2024 om 10:30'),
      tags=['reply'], note='mentions the Wi-Fi password without giving it')
    # 15 lost and found locker number
    M('gevonden-kluis-112', MH, [LT], 'kluisje 112',
      "Luc, kluisje 112 in blok B staat al een week open en er ligt een turnzak in. Kan jij het slot "
      "vervangen? Ik heb de turnzak bij de verloren voorwerpen gelegd.\nMarleen",
      note='locker number, not a code')


def mails_sensitive():
    # S1 phone msg: flu
    k = 'wout_p'
    M('tel-griep-' + slugname(fn(k)), MH, ['pco@spc.ksleuven.be'], 'Telefoonbericht: %s (%s)' % (nm(k), kl(k)),
      "Pieter,\n\nMama van %s belde om 8u10: hij heeft griep met hoge koorts en blijft de hele week thuis. "
      "Een doktersbriefje volgt. Hij mist dus de toets wiskunde van donderdag.\n\nMarleen" % (nm(k)),
      rules=['sensitive'], cats=['medical'], about=pid(k), tags=['phone', 'short'],
      note='phone message: named pupil is ill with flu')
    # S2 picked up ill
    k = 'lotte_p'
    M('opgehaald-ziek-' + slugname(fn(k)), MH, [par(k)], '%s vandaag opgehaald' % fn(k),
      "Beste mijnheer Peeters,\n\nZoals telefonisch besproken: %s is om 10u40 door haar grootvader "
      "opgehaald. Ze had 38,9 koorts en veel buikpijn en heeft in de ziekenkamer overgegeven. Wilt u laten "
      "weten of ze morgen naar school komt?\n\nBeterschap!\n%s" % (fn(k), SIG_M_TEL),
      rules=['sensitive', 'personal_data'], cats=['medical'], about=pid(k),
      note='pupil picked up ill (fever, vomiting); school phone in signature')
    # S3 allergy for trip
    k = 'yasmine_b'
    M('allergie-uitstap-4a', GV, [TGE, LDW], 'Uitstap 4A Brussel - EpiPen',
      "Tom, Lies,\n\nVoor de uitstap van 4A morgen: %s heeft een ernstige notenallergie. Haar EpiPen "
      "ligt in het secretariaat in de koelkast, label met haar naam. Graag meenemen en bij de "
      "begeleidende leerkracht houden. Bij een reactie meteen 112 bellen en de ouders verwittigen.\n\nGriet" % nm(k),
      rules=['sensitive'], cats=['medical'], about=pid(k),
      note='allergy and EpiPen of a named pupil for a trip (112 is not a phone number in the sense of the rule)')
    # S4 Rilatin received
    k = 'noah_e'
    M('medicatie-ontvangen-' + slugname(fn(k)), MH, [par(k)], 'Medicatie %s' % fn(k),
      "Beste mijnheer El Amrani,\n\nWe hebben vanochtend de doos Rilatin voor %s goed ontvangen aan het "
      "onthaal, samen met het ingevulde attest van de arts. Hij komt elke middag om 12u05 zijn tablet halen "
      "in het secretariaat; we noteren het in het medicatieschrift. Zijn klastitularis is op de hoogte van "
      "de ADHD-afspraken uit het handelingsplan.\n\nMet vriendelijke groet,\n%s" % (fn(k), SIG_M),
      rules=['sensitive'], cats=['medical', 'care'], about=pid(k),
      note='medication (Rilatin) and ADHD care plan of a named pupil, to the father')
    # S5 custody at desk
    k = 'senne_vdb'
    M('ophalen-vader-niet-toegelaten', MH, [HVR, 'kvh@spc.ksleuven.be'], 'Belangrijk: ophalen %s (%s)' % (nm(k), kl(k)),
      "Hilde, Kris,\n\nDe mama van %s kwam vanochtend aan het onthaal met een kopie van een beschikking "
      "van de familierechtbank. De vader mag %s voorlopig niet ophalen aan school; hij heeft enkel "
      "begeleid bezoek via het Centrum Kauri. Kopie zit in het leerlingendossier.\n\nAls de vader zich "
      "aanmeldt: niet meegeven, directie verwittigen.\n\nMarleen" % (nm(k), fn(k)),
      rules=['sensitive'], cats=['family'], about=pid(k),
      note='custody arrangement from family court for a named pupil')
    # S6 death in family
    k = 'elif_y'
    M('overlijden-grootmoeder', MH, [LDW, 'pco@spc.ksleuven.be', TGE], 'Afwezigheid %s (%s)' % (nm(k), kl(k)),
      "Beste collega's,\n\nDe vader van %s liet weten dat haar grootmoeder gisteren onverwacht is "
      "overleden. %s is afwezig tot en met vrijdag (begrafenis in Turkije). Wees aub wat mild met de "
      "toetsen die ze mist.\n\nMarleen" % (nm(k), fn(k)),
      rules=['sensitive'], cats=['family'], about=pid(k), note='death in the family of a named pupil')
    # S7 payment plan
    k = 'jonas_m'
    M('afbetalingsplan-' + slugname(fn(k)), AV, [par(k)], 'Afbetalingsplan schoolrekening %s' % fn(k),
      "Beste mijnheer Maes,\n\nNaar aanleiding van ons gesprek aan het onthaal bevestig ik het "
      "afbetalingsplan voor de openstaande schoolrekeningen van %s (in totaal 412,60 euro): 6 maandelijkse "
      "schijven van 68,77 euro, telkens voor de 10e van de maand, vanaf april.\n\nMet vriendelijke groeten,\n"
      "Ann Verhaegen\nBoekhouding" % fn(k),
      rules=['sensitive'], cats=['financial'], about=pid(k), note='payment plan for unpaid school bills of a named pupil')
    # S8 OCMW pays
    k = 'ilias_o'
    M('ocmw-betaalt-' + slugname(fn(k)), GV, [AV], 'schoolrekening %s %s' % (nm(k), kl(k)),
      "Ann,\n\nDe papa van %s (%s) was aan de balie. Het OCMW van Herent neemt vanaf dit trimester de "
      "schoolrekening over; de maatschappelijk assistent zou je nog contacteren. De rekeningen van "
      "januari en februari staan nog open. Kan jij die voorlopig tegenhouden?\n\nGriet" % (nm(k), kl(k)),
      rules=['sensitive'], cats=['financial'], about=pid(k), note='social assistance (OCMW) and unpaid bills of a named pupil')
    # S9 school allowance form
    k = 'amina_k'
    M('schooltoeslag-formulier', LSEC, [par(k)], 'Attest schooltoeslag %s' % fn(k),
      "Beste mijnheer Khalil,\n\nIn bijlage het ingevulde attest voor de aanvraag van de schooltoeslag "
      "voor %s bij het Groeipakket. We hebben ook genoteerd dat de kosten voor de sportdag wegvallen omdat u "
      "recht hebt op de sociale korting van de school.\n\nMet vriendelijke groeten,\nLeerlingensecretariaat" % nm(k),
      atts=[att('attest_schooltoeslag_%s.pdf' % slugname(fn(k)),
                make_pdf(['Attest inschrijving - schooltoeslag', nm(k), 'Sint-Pieterscollege Herent']),
                'Attest inschrijving schooltoeslag')],
      rules=['sensitive'], cats=['financial'], about=pid(k),
      note='school allowance and social reduction for a named pupil')
    # S10 phone message table for care team
    head = ['Uur', 'Van', 'Voor', 'Bericht']
    rows = [['08:05', 'An Vercammen (CLB)', 'Bart', 'CLB-dossier %s (3A): testresultaten dyscalculie binnen, graag overleg' % nm('mila_w')],
            ['08:40', 'mama %s (1A)' % nm('finn_c'), 'Evi', 'Finn heeft thuis paniekaanvallen, durft niet naar de bus'],
            ['09:20', 'papa %s (3A)' % nm('jasper_v'), 'secretariaat', 'Jasper donderdag afwezig: onderzoek in het ziekenhuis (cardiologie)'],
            ['10:15', 'papa %s (3B)' % nm('ruben_m'), 'Ann', 'vraagt uitstel voor de onbetaalde rekening van januari']]
    txtb = "Bart, Evi,\n\nDe telefoonberichten van deze ochtend:\n\n" + table_text(head, rows) + "\n\nMarleen"
    M('telefoonberichten-zorg-dinsdag', MH, [BN, EB], 'Telefoonberichten di 12/3', txtb, mode='alt',
      html='<p>Bart, Evi,</p><p>&nbsp;</p><p>De telefoonberichten van deze ochtend:</p>' + table_html(head, rows) +
           '<p>&nbsp;</p><p>Marleen</p>',
      rules=['sensitive'], cats=['psychosocial', 'medical', 'care', 'financial'],
      about=pid('mila_w', 'finn_c', 'jasper_v', 'ruben_m'), tags=['phone', 'table'],
      note='Outlook table of phone messages: CLB testing, panic attacks, hospital exam, unpaid bill')
    # S11 police at desk
    k = 'kobe_a'
    M('politie-aan-onthaal', MH, [HVR], 'Politie aan het onthaal - %s' % nm(k),
      "Hilde,\n\nOm 11u kwamen twee agenten van de politiezone aan het onthaal. Ze willen %s (%s) horen "
      "in verband met de diefstal van fietsen aan het station vorige week. Ik heb gezegd dat jij hen "
      "terugbelt. Contact: inspecteur Vandeweyer, 016 28 44 90.\n\nMarleen" % (nm(k), kl(k)),
      rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=pid(k), tags=['phone'],
      note='police want to question a named pupil; phone number of the police officer')
    # S12 self-harm concern
    k = 'nore_v'
    M('zorg-zelfverwonding', MH, [EB], 'Dringend: %s (%s)' % (nm(k), kl(k)),
      "Evi,\n\nEen vriendin van %s kwam net aan het onthaal zeggen dat %s zich opnieuw snijdt en dat ze "
      "wonden aan haar armen heeft gezien. %s zit nu in de les Engels (lokaal A201). Kan jij vandaag nog met "
      "haar spreken? Ik heb niets tegen haar gezegd.\n\nMarleen" % (fn(k), fn(k), fn(k)),
      rules=['sensitive'], cats=['psychosocial'], about=pid(k), note='self-harm of a named pupil reported at the desk')
    # S13 bullying on bus
    k = 'zofia_n'
    M('pesten-bus-' + slugname(fn(k)), MH, [EB], 'Telefoon: pesten op de bus (%s %s)' % (nm(k), kl(k)),
      "Evi,\n\nDe moeder van %s belde (in het Engels). Haar dochter wordt al twee weken op de bus van lijn "
      "315 uitgescholden en geduwd door een paar jongens van het 3e jaar. %s wil niet meer met de bus "
      "komen en huilt 's avonds. Mama vraagt een gesprek; ze is bereikbaar op 0485 62 17 09.\n\nMarleen" % (nm(k), fn(k)),
      rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=pid(k), tags=['phone'],
      note='bullying victim named; mother\'s mobile number')
    # S14 suspension letter
    k = 'viktor_s'
    M('tijdelijke-uitsluiting-' + slugname(fn(k)), HVR, [par(k)], 'Tuchtmaatregel %s' % nm(k),
      "Geachte mijnheer Stevens,\n\nZoals vanmiddag telefonisch meegedeeld, wordt %s na de vechtpartij "
      "aan de schoolpoort van dinsdag preventief geschorst tot en met vrijdag 15 maart. U wordt uitgenodigd "
      "op een gesprek op maandag 18 maart om 16u, samen met %s. De aangetekende brief volgt.\n\n"
      "Met vriendelijke groeten,\n%s" % (fn(k), fn(k), SIG_DIR),
      rules=['sensitive'], cats=['psychosocial'], about=pid(k),
      note='disciplinary suspension after a fight, to the pupil\'s father')
    # S15 dyslexia English
    k = 'olivia_s'
    M('dyslexia-adjustments', BN, [par(k, 2)], 'Exam adjustments for %s' % fn(k),
      "Dear Mrs O'Connor,\n\nThank you for dropping off the speech therapist's report at the reception desk. "
      "Following the CLB assessment, %s's dyslexia is now officially recognised and she will get the following "
      "adjustments during the June exams: extra time (+20 minutes), exam papers in font size 14 and the use "
      "of a text-to-speech tool for French and Dutch.\n\nKind regards,\nBart Nuyts\nCare coordinator" % fn(k),
      lang='en', rules=['sensitive'], cats=['care'], about=pid(k), note='dyslexia and exam adjustments of a named pupil, in English')
    # S16 CLB French
    k = 'louis_d'
    M('suivi-clb-' + slugname(fn(k)), BN, [par(k, 2)], 'Suivi CLB - %s' % fn(k),
      "Chère Madame Lambert,\n\nSuite à votre passage à l'accueil ce matin : le CLB a bien reçu votre accord "
      "pour le suivi de %s. Madame Vercammen (CLB) vous contactera pour un premier entretien au sujet de ses "
      "difficultés de concentration et d'un éventuel bilan TDAH.\n\nBien à vous,\nBart Nuyts\nCoordinateur des soins" % fn(k),
      lang='fr', rules=['sensitive'], cats=['care'], about=pid(k), note='CLB follow-up and ADHD assessment, in French')
    # S17 speech therapy
    k = 'senne_vdb'
    M('logopedie-dinsdag', LSEC, ['kvh@spc.ksleuven.be', 'nre@spc.ksleuven.be'], '%s - logopedie op dinsdag' % nm(k),
      "Beste collega's,\n\n%s (%s) wordt vanaf volgende week elke dinsdag om 14u30 opgehaald voor logopedie "
      "(taalontwikkelingsstoornis), voorlopig tot de zomer. Hij mist dus telkens het laatste uur LO/Frans. "
      "De toestemming van de directie zit in het dossier.\n\nLeerlingensecretariaat" % (nm(k), kl(k)),
      rules=['sensitive'], cats=['care'], about=pid(k), note='weekly speech therapy for a language disorder')
    # S18 pregnancy
    k = 'chloe_m'
    M('zwangerschap-' + slugname(P[k]['last']), EB, [HVR], '%s (%s)' % (nm(k), kl(k)),
      "Hilde,\n\n%s kwam vandaag samen met haar mama naar het onthaal en vroeg naar mij. Ze is 14 weken "
      "zwanger. Ze wil het schooljaar afmaken; we zullen afspraken moeten maken rond LO, de stage in mei "
      "en de examens. Kunnen we dit op de cel leerlingenbegeleiding bespreken?\n\nEvi" % fn(k),
      rules=['sensitive'], cats=['medical'], about=pid(k), note='pregnancy of a named pupil')
    # S19 injury
    k = 'arne_c'
    M('ongeval-lo-' + slugname(fn(k)), MH, [par(k, 2)], 'Ongeval tijdens LO - %s' % fn(k),
      "Beste mevrouw Baert,\n\nZoals net telefonisch gemeld: %s is tijdens de les LO ongelukkig gevallen. "
      "De spoedarts van AZ Dijlestad vermoedt een gebroken pols; er wordt nog een foto genomen. Hierbij het "
      "formulier schoolongeval voor de verzekering, wilt u het laten invullen door de arts?\n\n"
      "Met vriendelijke groeten,\n%s" % (fn(k), SIG_M_TEL),
      atts=[att('aangifte schoolongeval.pdf', make_pdf(['Aangifte schoolongeval', 'Naam leerling: ' + nm(k),
                                                         'Letsel: vermoedelijke polsfractuur']),
                'Aangifte schoolongeval ' + nm(k))],
      rules=['sensitive', 'personal_data'], cats=['medical'], about=pid(k),
      note='injury and hospital visit; accident form attached; school phone in signature')
    # S20 foster care
    k = 'dylan_s'
    M('pleegzorg-afspraken', EB, [par(k)], 'Afspraken contact %s' % fn(k),
      "Beste Hilde,\n\nBedankt voor uw komst. Zoals afgesproken met de pleegzorgbegeleider: de biologische "
      "moeder van %s mag geen informatie over hem krijgen via de school en mag hem niet ophalen. Alle "
      "briefwisseling en rapporten gaan enkel naar u als pleegmoeder.\n\nMet vriendelijke groeten,\nEvi Bosmans\n"
      "Leerlingenbegeleiding" % fn(k),
      rules=['sensitive'], cats=['family'], about=pid(k), note='foster placement and contact restriction, to the foster mother')
    # S21 parent in prison
    k = 'jens_vr'
    M('bezoek-vader-' + slugname(fn(k)), MH, [TGE], 'Afwezig vrijdagvoormiddag: %s (%s)' % (nm(k), kl(k)),
      "Tom,\n\n%s is vrijdagvoormiddag afwezig: zijn mama liet weten dat hij zijn vader gaat bezoeken in de "
      "gevangenis van Leuven-Centraal. Het is gewettigd (afspraak met Evi). Hou het aub discreet in de klas.\n\n"
      "Marleen" % fn(k),
      rules=['sensitive'], cats=['family'], about=pid(k), note='a parent in prison')
    # S22 violence at home to CLB
    k = 'amber_g'
    M('verontrusting-clb-' + slugname(fn(k)), EB, [CLB], 'Verontrusting %s (%s)' % (nm(k), kl(k)),
      "Dag An,\n\nZoals telefonisch besproken: %s vertelde vanochtend aan het onthaal dat ze niet naar huis "
      "durft omdat haar stiefvader gisteren haar mama heeft geslagen en haar ook heeft vastgegrepen. Ze had "
      "een blauwe plek op de bovenarm. Kan het CLB dit mee opvolgen? Ik zet het ook in het LVS.\n\nEvi Bosmans" % nm(k),
      rules=['sensitive'], cats=['family', 'care'], about=pid(k),
      note='domestic violence reported to CLB for follow-up')
    # S23 diabetes
    k = 'elif_z'
    M('diabetes-sportdag', BN, ['kvh@spc.ksleuven.be'], 'Sportdag - %s (%s)' % (nm(k), kl(k)),
      "Kris,\n\nVoor de sportdag: %s heeft diabetes type 1 en draagt een insulinepomp. Ze moet om 10u en "
      "12u haar suiker meten en mag altijd iets eten. Haar glucosetabletten zitten in haar rugzak, reserve "
      "in het secretariaat.\n\nBart" % nm(k),
      rules=['sensitive'], cats=['medical'], about=pid(k), note='diabetes of a named pupil')
    # S24 epilepsy at desk
    k = 'ines_l'
    M('epilepsie-aanval', HVR, [par(k)], '%s - aanval op school' % fn(k),
      "Beste mijnheer Lambrechts,\n\nZoals u weet kreeg %s deze middag aan het onthaal een epileptische aanval. De "
      "ambulance heeft haar voor observatie naar AZ Dijlestad gebracht; uw vrouw is mee. We wensen haar "
      "veel beterschap en bekijken samen hoe we het noodplan kunnen aanpassen.\n\nHartelijke groet,\n%s" % (fn(k), SIG_DIR),
      rules=['sensitive'], cats=['medical'], about=pid(k),
      note='epileptic seizure and ambulance, to the father')
    # S25 ASS
    k = 'mamadou_d'
    M('ass-afspraken-interim', BN, ['bram.dockx@sintpieterscollege.be'], 'Afspraken 6B',
      "Dag Bram,\n\nWelkom in 6B. Nog dit: %s heeft een autismespectrumstoornis. Volgens zijn "
      "handelingsplan mag hij bij prikkeloverlast naar de time-outruimte naast het secretariaat (hij toont "
      "dan zijn kaartje) en kondig je toetsen minstens een week vooraf aan.\n\nBart" % nm(k),
      rules=['sensitive'], cats=['care'], about=pid(k), note='autism and care plan of a named pupil to a substitute teacher')
    # S26 unpaid bill reminder
    k = 'tibo_v'
    M('aanmaning-' + slugname(fn(k)), AV, [par(k)], 'Openstaande schoolrekening %s' % nm(k),
      "Beste mevrouw Verstraeten,\n\nVolgens onze boekhouding staan de rekeningen van november, december en "
      "januari voor %s nog open (samen 286,40 euro). Ondanks twee herinneringen kregen we nog geen betaling. "
      "Als betalen moeilijk is, kan u een afbetalingsplan vragen; ik help u graag verder.\n\n"
      "Met vriendelijke groeten,\nAnn Verhaegen\nBoekhouding" % fn(k),
      rules=['sensitive'], cats=['financial'], about=pid(k), note='personal reminder of unpaid bills')
    # S27 long Word note - sick pupils this week
    note_txt = ("Overzicht ziekenkamer week 10 (4-8 maart)\n\n"
                "Zoals elke week een kort overzicht van de leerlingen die in de ziekenkamer waren of naar huis "
                "werden gestuurd. Ik heb enkel de leerlingen opgenomen die meer dan één keer kwamen.\n\n"
                "•\t%s (%s): drie keer hoofdpijn en duizeligheid, mama denkt aan migraine, afspraak neuroloog "
                "volgende week.\n"
                "•\t%s (%s): maandag en donderdag buikpijn, donderdag opgehaald. Mama vermoedt dat het met "
                "de situatie thuis te maken heeft (ouders gaan uit elkaar).\n"
                "•\t%s (%s): astma-aanval na LO, puffer was leeg. Ouders verwittigd, nieuwe puffer meegebracht.\n\n"
                "Voorstel: de puffers en medicatie van leerlingen met een medische fiche elke maand nakijken.\n\n"
                "Marleen" % (nm('kasper_b'), kl('kasper_b'), nm('hanne_w'), kl('hanne_w'), nm('yassin_m'), kl('yassin_m')))
    M('overzicht-ziekenkamer-week10', MH, [BN, HVR], 'Overzicht ziekenkamer week 10', note_txt,
      charset='windows-1252', cte='quoted-printable',
      rules=['sensitive'], cats=['family', 'medical'], about=pid('kasper_b', 'hanne_w', 'yassin_m'),
      tags=['word-paste', 'list'], note='long pasted note listing illnesses of three pupils and a divorce')
    # S28 school refusal to CLB
    k = 'lore_vdb'
    M('schoolweigering-' + slugname(fn(k)), EB, [CLB], '%s (%s) - schoolweigering' % (nm(k), kl(k)),
      "Dag An,\n\n%s is deze maand al 7 halve dagen afwezig. Ze kwam gisteren tot aan de poort en "
      "keerde dan huilend om; mama vertelt dat ze somber is, slecht slaapt en sinds de scheiding niet meer "
      "buiten wil. Kunnen we een MDO plannen met het CLB en de huisarts?\n\nEvi" % fn(k),
      rules=['sensitive'], cats=['family', 'psychosocial', 'care'], about=pid(k),
      note='school refusal, low mood, divorce, CLB follow-up')
    # S29 forgotten ADHD meds
    k = 'tuur_d'
    M('medicatie-vergeten-' + slugname(fn(k)), MH, [par(k, 2)], '%s - medicatie vergeten' % fn(k),
      "Beste mevrouw Timmermans,\n\n%s kwam net aan het onthaal: hij is zijn Concerta vergeten in te nemen "
      "en kan zich volgens zijn leerkracht moeilijk concentreren. Kan iemand de medicatie brengen vóór 11u? "
      "Dan kan hij ze hier innemen.\n\nGroeten,\n%s" % (fn(k), SIG_M),
      rules=['sensitive'], cats=['medical', 'care'], about=pid(k), note='forgotten ADHD medication')
    # S30 social tariff
    k = 'rania_h'
    M('sociaal-tarief-reis', GV, [AV], 'Parijsreis 5B - %s' % nm(k),
      "Ann,\n\nDe mama van %s was aan de balie. Ze is alleenstaand, leeft van een leefloon en kan de "
      "Parijsreis (385 euro) niet betalen. Kan het solidariteitsfonds tussenkomen? Ze wil niet dat %s het weet.\n\n"
      "Griet" % (nm(k), fn(k)),
      rules=['sensitive'], cats=['financial'], about=pid(k), note='social benefit and inability to pay a trip')
    # S31 divorce two addresses
    k = 'milan_k'
    M('twee-adressen-' + slugname(fn(k)), MH, [GV], 'Adreswijziging %s (%s)' % (nm(k), kl(k)),
      "Hoi Griet,\n\nDe ouders van %s zijn uit elkaar. Milan verblijft week om week bij elk van hen. Graag "
      "rapporten en brieven naar beide adressen sturen:\n- papa: Brusselsesteenweg 402, 3020 Herent\n"
      "- mama: Tiensestraat 18 bus 3, 3000 Leuven\nMama vroeg ook om geen info over de nieuwe partner van "
      "papa te bespreken met Milan.\n\nMarleen" % nm(k),
      rules=['sensitive'], cats=['family'], about=pid(k), note='parents divorced, co-parenting arrangement')
    # S32 fight at gate
    M('vechtpartij-poort', MH, [HVR, EB], 'Vechtpartij aan de poort',
      "Hilde, Evi,\n\nOm 15u35 was er een vechtpartij aan de fietsenpoort tussen %s en %s (beiden %s). "
      "Bilal had een bloedneus; ik heb hem in de ziekenkamer verzorgd. Viktor sloeg door volgens meerdere "
      "getuigen. Beide vaders zijn verwittigd. Luc heeft de camerabeelden bewaard.\n\nMarleen" %
      (nm('bilal_a'), nm('viktor_s'), kl('bilal_a')),
      rules=['sensitive'], cats=['psychosocial', 'medical'], about=pid('bilal_a', 'viktor_s'),
      note='behaviour incident between two named pupils, with an injury')
    # S33 substitute note 2B - care/medical
    notes = ("Info voor de interim-titularis 2B (Word-nota van Sanne)\n\n"
             "Leerlingen met afspraken:\n"
             "1. %s - dyscalculie: rekenmachine en formularium toegestaan bij alle toetsen.\n"
             "2. %s - draagt hoorapparaten (gehoorverlies links), vooraan laten zitten, FM-zender bij de les.\n"
             "3. %s - ADD, sticordi: extra tijd, toetsen in delen, rustige plaats.\n\n"
             "Verder: de klas is levendig maar fijn. Succes!\n" % (nm('lena_d'), nm('adam_k'), nm('febe_v')))
    M('info-interim-2b', SB, ['jolien.wauters@sintpieterscollege.be'], 'Info 2B', notes, cte='quoted-printable',
      rules=['sensitive'], cats=['medical', 'care'], about=pid('lena_d', 'adam_k', 'febe_v'),
      tags=['word-paste', 'list'], note='care measures and hearing loss of three named pupils in a pasted note')


def mails_misdirected():
    # M1 Emma Peeters ill -> other Peeters family
    k, wrong = 'emma_p', 'lotte_p'
    M('mis-ziek-peeters', MH, [par(wrong)], '%s ziek naar huis' % fn(k),
      "Beste mijnheer Peeters,\n\n%s (%s) voelde zich deze middag niet goed: ze had hevige hoofdpijn en "
      "moest overgeven. Ze ligt nu in de ziekenkamer. Kan iemand haar vóór 14u komen ophalen?\n\n"
      "Met vriendelijke groeten,\n%s" % (nm(k), kl(k), SIG_M),
      rules=['sensitive', 'recipient'], cats=['medical'], about=pid(k), mis=True,
      note='ill pupil Emma Peeters (2A); sent to the father of Lotte Peeters (other Peeters family)')
    # M2 Noah Janssens helmet -> El Amrani
    k, wrong = 'noah_j', 'noah_e'
    M('mis-fietshelm-noah', MH, [par(wrong)], 'Fietshelm %s' % fn(k),
      "Goeiedag,\n\n%s (1B) heeft zijn fietshelm laten liggen aan het onthaal (blauw, met stickers). Hij kan "
      "hem morgen komen halen. Groetjes,\nMarleen (onthaal)" % nm(k),
      rules=['recipient'], about=pid(k), mis=True,
      note='Noah Janssens helmet; sent to the father of Noah El Amrani (same first name and class)')
    # M3 Mila Wouters CLB -> ann.wouters (mother of Jasper Verbeke)
    k, wrong = 'mila_w', 'jasper_v'
    M('mis-clb-mila', BN, [par(wrong)], 'Resultaten onderzoek %s' % fn(k),
      "Beste mevrouw Wouters,\n\nHet CLB heeft de testresultaten van %s doorgestuurd: de vermoedens van "
      "dyscalculie worden bevestigd. Ik zou u graag uitnodigen om samen met het CLB een handelingsplan met "
      "redelijke aanpassingen op te maken. Past donderdag 21/3 om 16u?\n\nMet vriendelijke groeten,\n"
      "Bart Nuyts\nZorgcoördinator" % nm(k),
      rules=['sensitive', 'recipient'], cats=['care'], about=pid(k), mis=True,
      note='autocomplete: ann.wouters@skynet.be is Jasper Verbeke\'s mother, Mila Wouters\' mother is an.wouters@telenet.be')
    # M4 Sarah Benali unpaid -> Sara's father
    k, wrong = 'sarah_b', 'sara_b'
    M('mis-rekening-benali', AV, [par(wrong)], 'Schoolrekening %s' % nm(k),
      "Beste mijnheer Benali,\n\nDe schoolrekening van %s (2B) van het eerste trimester (198,20 euro) is "
      "nog niet betaald. Mogen we u vragen dit binnen de 14 dagen te regelen? Een afbetalingsplan is "
      "mogelijk.\n\nMet vriendelijke groeten,\nAnn Verhaegen\nBoekhouding" % nm(k),
      rules=['sensitive', 'recipient'], cats=['financial'], about=pid(k), mis=True,
      note='unpaid bill of Sarah Benali (2B) sent to the father of the sisters Sara and Yasmine Benali')
    # M5 Ruben Maes jacket -> Jonas Maes parents
    k, wrong = 'ruben_m', 'jonas_m'
    M('mis-jas-maes', MH, [par(wrong)], 'Jas %s' % fn(k),
      "Dag mijnheer Maes,\n\nDe winterjas van %s (3B) hangt bij de verloren voorwerpen aan het onthaal. "
      "Zijn naam staat op het label. Hij mag hem ophalen tijdens de pauze.\n\nMvg,\nMarleen" % nm(k),
      rules=['recipient'], about=pid(k), mis=True,
      note='Ruben Maes jacket; sent to the father of Jonas Maes (same surname and class, other family)')
    # M6 Finn De Smet panic -> Finn Claes parents, reply in wrong thread
    k, wrong = 'finn_d', 'finn_c'
    M('mis-paniek-finn', MH, [par(wrong)], 'RE: busabonnement Finn',
      "Beste mijnheer,\n\nIk laat u even weten dat %s vanochtend in de klas een paniekaanval kreeg. Hij heeft "
      "een uur bij Evi Bosmans (leerlingenbegeleiding) gezeten en is nu terug in de les. Evi neemt nog "
      "contact met u op.\n\nMarleen" % nm(k) +
      quote("Goedemorgen, waar kan ik het busabonnement van Finn afhalen? Groeten, Jeroen Claes",
            'Jeroen Claes', 'ma 11 mrt 2024 om 07:50'),
      rules=['sensitive', 'recipient'], cats=['psychosocial'], about=pid(k), mis=True, tags=['reply'],
      note='reply in the wrong thread: news about Finn De Smet sent to the father of Finn Claes')
    # M7 Lucas Hermans late bus -> Vermeulen
    k, wrong = 'lucas_h', 'lucas_v'
    M('mis-bus-lucas', GV, [par(wrong)], 'Te laat - bus %s' % fn(k),
      "Beste ouder,\n\n%s (4A) kwam vanochtend 25 minuten te laat door de vertraging van bus 351. Dat is "
      "uiteraard gewettigd, u hoeft niets te doen.\n\nGroeten,\n%s" % (nm(k), SIG_G),
      rules=['recipient'], about=pid(k), mis=True,
      note='Lucas Hermans (4A) late bus; sent to the father of Lucas Vermeulen (2A)')
    # M8 Louis Dubois hospital (French) -> Dupont
    k, wrong = 'louis_d', 'louis_u'
    M('mis-hopital-louis', MH, [par(wrong)], 'Louis - accident en gym',
      "Bonjour Monsieur,\n\nLouis s'est blessé au genou pendant le cours de gym. Il a été conduit aux urgences "
      "de l'AZ Dijlestad pour une radio ; un éducateur l'accompagne. Nous vous tiendrons au courant. "
      "Il s'agit de %s (5A).\n\nCordialement,\n%s" % (nm(k), SIG_M),
      lang='fr', rules=['sensitive', 'recipient'], cats=['medical'], about=pid(k), mis=True,
      note='injury of Louis Dubois sent to the father of Louis Dupont (same first name, same class)')
    # M9 Elif Yilmaz lunch -> Yildiz parents
    k, wrong = 'elif_y', 'elif_z'
    M('mis-brooddoos-elif', MH, [par(wrong)], 'brooddoos',
      "Dag mijnheer,\n\nDe brooddoos van %s (4B) is hier afgegeven aan het onthaal. Ze kan ze komen halen "
      "tijdens de middag.\n\nMarleen" % nm(k),
      rules=['recipient'], about=pid(k), mis=True, tags=['short'],
      note='Elif Yilmaz lunch box; sent to the father of Elif Yildiz (same class, similar name)')
    # M10 Lore custody -> Van den Broek family
    k, wrong = 'lore_vdb', 'jana_vdb'
    M('mis-co-ouderschap-lore', EB, [par(wrong)], 'Gesprek ivm %s' % fn(k),
      "Beste mijnheer Van den Broeck,\n\nNa ons telefoongesprek: we begrijpen dat de scheiding voor %s (3A) "
      "zwaar is en dat de verblijfsregeling nog voor de rechter ligt. Ik stel voor dat we elkaar volgende "
      "week zien, eventueel samen met mama. Laat maar weten wanneer het past.\n\nEvi Bosmans\n"
      "Leerlingenbegeleiding" % nm(k),
      rules=['sensitive', 'recipient'], cats=['family'], about=pid(k), mis=True,
      note='divorce/custody of Lore Van den Broeck sent to the father of Jana Van den Broek (autocomplete)')
    # M11 Olivia Smith PE kit -> Smets
    k, wrong = 'olivia_s', 'olivia_sm'
    M('mis-pe-kit-olivia', KVH, [par(wrong, 2)], 'PE kit',
      "Dear Mrs Smith,\n\n%s (3C) forgot her PE kit again today, so she could not join the swimming lesson. "
      "Could you please make sure she brings it on Thursday?\n\nKind regards,\nKris Van Hove\nPE teacher" % nm(k),
      lang='en', rules=['recipient'], about=pid(k), mis=True,
      note='Olivia Smith PE kit; sent to the mother of Olivia Smets (same class, autocomplete)')
    # M12 Mamadou Diallo bullying -> Bah
    k, wrong = 'mamadou_d', 'mamadou_b'
    M('mis-pestincident-mamadou', EB, [par(wrong)], 'Incident op de speelplaats',
      "Geachte heer,\n\nIk wil u laten weten dat %s (6B) gisteren op de speelplaats is uitgelachen en "
      "gefilmd door een groep leerlingen; het filmpje werd op Snapchat gedeeld. We nemen dit ernstig en "
      "hebben de daders gesproken. Hoe gaat het thuis met hem?\n\nEvi Bosmans\nLeerlingenbegeleiding" % nm(k),
      rules=['sensitive', 'recipient'], cats=['psychosocial'], about=pid(k), mis=True,
      note='bullying of Mamadou Diallo sent to the father of Mamadou Bah (same first name and class)')


def mails_nonsensitive():
    k = 'senne_vdb'
    M('brooddoos-' + slugname(fn(k)), MH, [par(k, 2)], 'Brooddoos %s' % fn(k),
      "Dag mevrouw Sels,\n\nDe brooddoos van %s ligt aan het onthaal (groen, met een dino). Hij kan ze "
      "tijdens de middag komen halen.\n\nGroetjes,\nMarleen" % fn(k),
      about=pid(k), tags=['short'], note='forgotten lunch box; mother whose address does not spell the pupil\'s surname')
    k = 'lucas_v'
    M('te-laat-bus-' + slugname(fn(k)), GV, [par(k)], 'Te laat - bus %s' % fn(k),
      "Beste mijnheer Vermeulen,\n\n%s (2A) was vanochtend 20 minuten te laat door de staking bij De Lijn. "
      "Dat is gewettigd, u hoeft niets te doen.\n\nGroeten,\n%s" % (fn(k), SIG_G),
      about=pid(k), note='late bus, no sensitive fact; correctly addressed (the other Lucas)')
    k = 'emma_p'
    M('sportzak-' + slugname(fn(k)), MH, [par(k, 2)], 'Sportzak %s' % fn(k),
      "Dag mevrouw Maes,\n\nDe sportzak van %s (2A) werd na de LO-les in de kleedkamer gevonden en ligt nu "
      "aan het onthaal. Ze kan hem morgen ophalen.\n\nMarleen" % fn(k),
      about=pid(k), note='sports bag; mother with own surname (Maes) of Emma Peeters; correctly addressed')
    k = 'lotte_p'
    M('jas-gevonden-' + slugname(fn(k)), MH, [par(k)], 'Jas %s' % fn(k),
      "Beste mijnheer Peeters,\n\nDe rode jas van %s (4C) hing na de middag nog in de refter. Hij hangt nu "
      "bij de verloren voorwerpen aan het onthaal.\n\nMvg,\nMarleen" % fn(k),
      about=pid(k), note='lost jacket, correctly addressed to the other Peeters family')
    k = 'noah_j'
    M('gsm-onthaal-' + slugname(fn(k)), MH, [par(k)], 'GSM van %s' % fn(k),
      "Beste mijnheer Janssens,\n\n%s heeft zijn gsm laten liggen op de bank aan het onthaal. We bewaren hem "
      "in de kluis tot hij hem komt halen.\n\nMet vriendelijke groeten,\n%s" % (fn(k), SIG_M_TEL),
      rules=['personal_data'], about=pid(k), note='phone forgotten at the desk; school phone number in signature')
    k = 'jasper_v'
    M('huissleutel-' + slugname(fn(k)), MH, [par(k)], 'Huissleutel %s' % fn(k),
      "Dag mevrouw Wouters,\n\n%s kon u niet bereiken: hij is zijn huissleutel vergeten en vroeg of "
      "hij na school bij zijn oma mag wachten. Laat u even iets weten?\n\nMarleen (onthaal)" % fn(k),
      about=pid(k), note='forgotten house key; mother ann.wouters (different surname) is Jasper Verbeke\'s mother: correct')
    k = 'sara_b'
    M('proficiat-' + slugname(fn(k)), HVR, [par(k)], 'Proficiat %s' % fn(k),
      "Beste mijnheer Benali,\n\nIk wilde u even laten weten dat %s (2C) gisteren de tweede prijs heeft "
      "gewonnen in de schrijfwedstrijd van de provincie. We zijn fier op haar! De prijsuitreiking is op "
      "27 maart in het provinciehuis.\n\nHartelijke groeten,\n%s" % (fn(k), SIG_DIR),
      about=pid(k), note='good news about one pupil, correctly addressed')
    k = 'olivia_s'
    M('trip-details-' + slugname(fn(k)), MH, [par(k)], 'Trip to Ghent - practical details',
      "Dear Mr Smith,\n\nAs requested at the desk: the 3C trip to Ghent leaves on Friday at 8:15 from the "
      "bus stop in front of the school and returns around 16:30. %s needs a packed lunch and a valid ID card. "
      "The cost is added to the school bill.\n\nKind regards,\nMarleen Hendrickx\nReception" % fn(k),
      lang='en', about=pid(k), note='trip practicalities for one pupil, in English')
    k = 'mila_w'
    M('rekenmachine-' + slugname(fn(k)), MH, [par(k)], 'Rekenmachine %s' % fn(k),
      "Dag mevrouw Wouters,\n\nDe rekenmachine van %s (met naamsticker) is afgegeven aan het onthaal. Ze kan "
      "hem komen halen.\n\nMarleen" % fn(k),
      about=pid(k), tags=['short'], note='calculator found; correctly addressed to an.wouters@telenet.be')
    k = 'elif_y'
    M('pakje-voor-' + slugname(fn(k)), MH, [par(k)], 'Pakje voor %s' % fn(k),
      "Beste mijnheer Yilmaz,\n\nEr is een pakje aan het onthaal geleverd op naam van %s (4B). We geven "
      "normaal geen pakjes voor leerlingen aan, maar we houden het tot vrijdag bij.\n\nMvg,\nMarleen" % nm(k),
      about=pid(k), note='parcel delivered for a pupil; correctly addressed to Elif Yilmaz\'s father')
    k = 'zofia_n'
    M('viool-' + slugname(fn(k)), MH, [par(k)], 'Zofia - violin',
      "Dear Mrs Nowak,\n\nZofia left her violin at the reception desk this morning. It is safe in the "
      "secretary's office; she can pick it up after school.\n\nKind regards,\nMarleen Hendrickx",
      lang='en', about=pid(k), note='violin left at the desk')
    k = 'louis_d'
    M('cahier-' + slugname(fn(k)), NRE, [par(k)], 'Cahier de Louis',
      "Bonjour Madame, Monsieur,\n\nLouis a oublié son cahier de français à l'accueil. Il peut le récupérer "
      "demain matin avant les cours.\n\nBien cordialement,\nNathalie Renier",
      lang='fr', about=pid(k), note='forgotten notebook, in French, correctly addressed')
    k = 'wout_p'
    M('klasfoto-' + slugname(fn(k)), MH, [par(k)], 'RE: klasfoto Wout',
      "Beste mijnheer Peeters,\n\nDe klasfoto's van 5B zijn binnen. U kan ze aan het onthaal afhalen of "
      "Wout kan ze meenemen.\n\nMarleen" +
      quote("Dag, wanneer zijn de klasfoto's van Wout (5B) klaar? Kristof Peeters", 'Kristof Peeters',
            'ma 11 mrt 2024 om 18:47'),
      about=pid(k), tags=['reply'], note='class photos for one pupil; correctly addressed')
    k = 'warre_j'
    M('turnzak-prive-gmail', 'kris.vanhove.lo@gmail.com', [par(k)], 'turnzak Warre',
      "Dag mevrouw Jacobs,\n\nWarre (1D) heeft zijn turnzak in de sporthal laten liggen. Ik heb hem aan het "
      "onthaal afgegeven.\n\nSportieve groeten,\nKris Van Hove\nleerkracht LO",
      rules=['private_account'], about=pid(k),
      note='PE teacher writes to a parent from his private gmail (school business); content not sensitive')
    k = 'yasmine_b'
    M('vroeger-weg-wedstrijd', GV, [par(k, 2)], 'Yasmine vrijdag vroeger weg',
      "Beste mevrouw Haddou,\n\nGenoteerd: Yasmine (4A) wordt vrijdag om 13u opgehaald voor de "
      "provinciale atletiekwedstrijd. Wilt u zich even aanmelden aan het onthaal?\n\nMet vriendelijke groeten,\n" + SIG_G,
      about=pid(k), note='early pick-up for a sports competition; mother with own surname')


UND = 'undisclosed-recipients:;'
OUDERS_ALL = ['ouders@sintpieterscollege.be']  # distribution list used in BCC


def all_parent_addresses(classes=None):
    out = []
    for r in ROSTER:
        if classes and r['klas'] not in classes:
            continue
        for a in (r['p1'], r['p2']):
            if a and a not in out:
                out.append(a)
    return out


def mails_general():
    G = dict(to=[], to_header=UND, tags=['general-letter'])
    def gp(slug, subj, body, lang='nl', bcc=None, frm=DIR, note='general letter to all parents, BCC only', **kw):
        M(slug, frm, [], subj, body, bcc=bcc or OUDERS_ALL, lang=lang, note=note, to_header=UND,
          tags=['general-letter'], **kw)
    def gs(slug, subj, body, frm=DIR, note='general letter to all staff, list in BCC', **kw):
        M(slug, frm, [], subj, body, bcc=[PERS], note=note, to_header=UND, tags=['general-letter'], **kw)

    gp('openingsuren-secretariaat-ouders', 'Nieuwe openingsuren secretariaat vanaf 1 april',
       "Beste ouders,\n\nVanaf maandag 1 april past het secretariaat zijn openingsuren aan:\n\n"
       "maandag, dinsdag, donderdag: 7u45 - 12u00 en 12u45 - 16u30\nwoensdag: 7u45 - 12u30\n"
       "vrijdag: 7u45 - 12u00 en 12u45 - 15u30\n\nBuiten deze uren kan u een bericht achterlaten via "
       "Smartschool of via info@sintpieterscollege.be.\n\nMet vriendelijke groeten,\n" + SIG_DIR)
    gs('openingsuren-secretariaat-personeel', 'Openingsuren secretariaat en onthaal',
       "Beste collega's,\n\nVanaf 1 april is het secretariaat op woensdagnamiddag gesloten. Dringende "
       "zaken (zieke leerlingen, ongevallen) blijven via het onthaal lopen tot 16u30. Kopieeropdrachten "
       "voor woensdagnamiddag graag 's morgens indienen.\n\nDank voor jullie begrip,\n" + SIG_DIR)
    gp('paasvakantie-sluiting', 'Secretariaat tijdens de paasvakantie',
       "Beste ouders,\n\nTijdens de paasvakantie is het secretariaat open op 2, 3 en 12 april, telkens van 9u "
       "tot 12u. Inschrijvingen voor volgend schooljaar kunnen dan op afspraak.\n\nZalige Pasen!\n" + SIG_DIR,
       frm=SEC)
    gp('bezoekersregeling', 'Nieuwe regeling voor bezoekers',
       "Beste ouders,\n\nOm de veiligheid van onze leerlingen te verhogen, vragen we elke bezoeker om zich "
       "aan te melden aan het onthaal. U krijgt dan een bezoekersbadge die u zichtbaar draagt en bij "
       "vertrek terug afgeeft. Ouders die hun kind komen ophalen, wachten in de inkomhal.\n\nDe poort aan de "
       "Kerkstraat is enkel nog voor leveranciers.\n\nMet vriendelijke groeten,\n" + SIG_DIR)
    gp('verloren-voorwerpen', 'Verloren voorwerpen - laatste kans',
       "Beste ouders,\n\nDe kast met verloren voorwerpen puilt uit: jassen, brooddozen, drinkbussen, "
       "turnzakken en zelfs een fiets. Tot vrijdag 22 maart liggen ze uitgestald in de inkomhal. Wat daarna "
       "niet is opgehaald, schenken we aan de Kringwinkel.\n\nMet vriendelijke groeten,\nHet onthaal", frm=MH)
    gp('medicatiebeleid', 'Medicatie op school',
       "Beste ouders,\n\nHerhaaldelijk krijgen we vragen over medicatie op school. Het personeel mag enkel "
       "medicatie geven met een attest van de arts (formulier op Smartschool). Breng de medicatie in de "
       "originele verpakking, met de naam van uw kind, naar het onthaal. Pijnstillers geven we niet zonder "
       "attest.\n\nMeer info in het schoolreglement, deel 3.\n\n" + SIG_DIR, mode='alt')
    gp('clb-infobrief', 'Het CLB stelt zich voor',
       "Beste ouders,\n\nOnze school werkt samen met het Vrij CLB Dijleland. Het CLB helpt leerlingen, ouders "
       "en leerkrachten bij vragen over leren, studiekeuze, welbevinden en gezondheid. Elke leerling van het "
       "1e en 3e jaar krijgt een systematisch contact.\n\nU kan het CLB rechtstreeks contacteren via de "
       "website www.vclb-dijleland.be. Onze contactpersoon is An Vercammen.\n\nMet vriendelijke groeten,\n" + SIG_DIR,
       note='general CLB information letter, nobody named, BCC only')
    gp('herinnering-schoolrekening-algemeen', 'Herinnering: schoolrekening februari',
       "Beste ouders,\n\nDe schoolrekening van februari staat sinds vorige week op Smartschool. Wie nog niet "
       "betaald heeft, vragen we dit te doen voor 31 maart. Heeft u moeite om de rekening te betalen? Neem "
       "dan discreet contact op met de boekhouding; samen zoeken we een oplossing.\n\nMet vriendelijke groeten,\n"
       "Ann Verhaegen\nBoekhouding", frm=AV, note='payment reminder to everybody, nobody named, no IBAN')
    gp('anti-pestweek', 'Week tegen pesten',
       "Beste ouders,\n\nVan 18 tot 22 maart doet onze school mee aan de Vlaamse Week tegen Pesten. In de "
       "klassen werken we rond respect online en offline. Merkt u dat uw kind gepest wordt of zelf pest? "
       "Neem gerust contact op met de leerlingenbegeleiding via Smartschool.\n\nMet vriendelijke groeten,\n" + SIG_DIR,
       note='general bullying-policy letter, nobody named')
    gp('ziek-op-school-procedure', 'Wat als uw kind ziek wordt op school?',
       "Beste ouders,\n\nVoelt een leerling zich niet goed, dan meldt hij of zij zich aan het onthaal. Wij "
       "bellen de ouders; een leerling mag nooit zelf naar huis vertrekken zonder toestemming. Wie uw kind "
       "komt ophalen, tekent het register aan het onthaal.\n\nHoud uw telefoonnummer in Smartschool "
       "up-to-date.\n\n" + SIG_DIR, cte='quoted-printable')
    gs('post-en-frankeren', 'Post en frankeren',
       "Beste collega's,\n\nUitgaande post graag vóór 14u in de grijze bak aan het onthaal leggen, met "
       "vermelding van je naam en de kostenplaats (vakgroep). Aangetekende zendingen enkel na overleg met "
       "het secretariaat. Pakjes versturen we niet meer met de frankeermachine.\n\nGriet Vanhoof\nSecretariaat",
       frm=GV)
    gs('leveringen-procedure', 'Leveringen aan school',
       "Beste collega's,\n\nLeveringen komen voortaan binnen via de leveranciersingang aan de Kerkstraat. Wie "
       "een bestelling plaatst, geeft als leveradres 'Sint-Pieterscollege, t.a.v. technische dienst' op en "
       "verwittigt Luc. Pakjes worden niet meer aan het onthaal bewaard.\n\nDank je,\n" + SIG_DIR)
    gs('vervangingsrooster-smartschool', 'Vervangingsrooster',
       "Beste collega's,\n\nHet dagelijkse vervangingsrooster staat vanaf nu enkel nog in Smartschool "
       "(module Planner > Vervangingen) en op het scherm in de leraarskamer. Bekijk het 's morgens en tijdens "
       "de middagpauze.\n\nGroeten,\n" + SIG_DIR, mode='alt')
    gs('phishing-waarschuwing', 'Opgelet: phishing',
       "Beste collega's,\n\nDeze week kregen verschillende collega's een mail 'Uw mailbox is vol' met een link "
       "om in te loggen. Klik daar niet op. Niemand van Stroom zal ooit je wachtwoord per mail vragen en je "
       "stuurt ook zelf nooit een wachtwoord door. Twijfel je? Vraag het aan Koen of meld het via "
       "privacy@lksd.ksleuven.be.\n\n" + SIG_K, frm=KL,
       note='general warning about phishing and passwords, contains no password')
    gp('horaires-secretariat-fr', 'Nouvelles heures d\'ouverture du secrétariat',
       "Chers parents,\n\nÀ partir du lundi 1er avril, le secrétariat sera ouvert du lundi au vendredi de 7h45 à "
       "12h00 et, sauf le mercredi, de 12h45 à 16h30 (vendredi jusqu'à 15h30).\n\nPour toute question, vous "
       "pouvez nous écrire via Smartschool.\n\nCordialement,\nLa direction", lang='fr')
    gp('opening-hours-en', 'New opening hours of the school office',
       "Dear parents,\n\nFrom Monday 1 April the school office will be open from 7:45 to 12:00 every weekday "
       "and from 12:45 to 16:30 except on Wednesday afternoon (Friday until 15:30).\n\nYou can always send us a "
       "message via Smartschool.\n\nKind regards,\nThe school management", lang='en')
    gs('parlofoon-buiten-dienst', 'Parlofoon hoofdingang tijdelijk buiten dienst',
       "Beste collega's,\n\nDe parlofoon aan de hoofdingang wordt volgende week vervangen. Van maandag tot "
       "woensdag staat iemand van het onthaal aan de deur tussen 8u en 8u30 en tussen 15u30 en 16u. "
       "Verwacht je een bezoeker, verwittig dan het onthaal.\n\n" + SIG_DIR)
    gp('parking-kiss-and-ride', 'Kiss & ride en parking',
       "Beste ouders,\n\nWe merken dat er 's morgens gevaarlijke situaties ontstaan aan de schoolpoort. De "
       "kiss & ride-zone is enkel om even te stoppen; de parking is voorbehouden voor personeel en bezoekers. "
       "Dank om hiermee rekening te houden.\n\nMet vriendelijke groeten,\n" + SIG_DIR, cte='base64')
    gp('staking-de-lijn', 'Staking De Lijn dinsdag 19 maart',
       "Beste ouders,\n\nDinsdag 19 maart wordt er gestaakt bij De Lijn. De school is open en er is les. "
       "Leerlingen die door de staking niet of te laat op school geraken, zijn gewettigd afwezig als u dit "
       "meldt via Smartschool.\n\nMet vriendelijke groeten,\n" + SIG_DIR,
       bcc=all_parent_addresses()[:60], note='general letter with parent addresses in the SMTP envelope only (BCC)')
    gs('nieuwe-telefooncentrale', 'Nieuwe telefooncentrale',
       "Beste collega's,\n\nOp 25 maart schakelen we over op de nieuwe telefooncentrale. De interne "
       "toestelnummers blijven dezelfde; de lijst vind je op het intranet. Het onthaal zal op drukke momenten "
       "oproepen doorschakelen naar het secretariaat.\n\n" + SIG_K, frm=KL)


def mails_rest():
    # R1 bcc: several parents visible in To (late bus, nobody named)
    bus_parents = [par('kasper_b'), par('amina_k'), par('warre_j', 2), par('ines_l', 2)]
    M('bus-315-vertraging-to', GV, bus_parents, 'Bus 315 vanmiddag later',
      "Beste ouders,\n\nDe Lijn liet weten dat bus 315 (richting Veltem) vanmiddag pas om 16u40 vertrekt "
      "aan de school door wegenwerken. De leerlingen kunnen tot dan in de studiezaal wachten.\n\n"
      "Met vriendelijke groeten,\n" + SIG_G,
      rules=['bcc'], tags=['group-in-to'], note='four parents of different families visible to each other in To')
    # R2 group address in To
    M('uitstap-3b-groepsadres', LDW, ['ouders3b@sintpieterscollege.be'], 'Uitstap 3B naar Brussel',
      "Beste ouders van 3B,\n\nHerinnering: donderdag gaan we met 3B naar het Parlementarium. Vertrek 8u15 "
      "aan de school, terug rond 16u. Lunchpakket meebrengen.\n\nLies De Wit\nklastitularis 3B",
      rules=['bcc'], tags=['group-in-to'], note='parents list of 3B in To instead of BCC')
    # R3 personeel@ in To
    M('personeel-in-to', GV, [PERS], 'Kopieerlokaal dicht donderdag',
      "Beste collega's,\n\nDonderdag is het kopieerlokaal gesloten wegens onderhoud van het toestel. "
      "Kopieën voor vrijdag graag woensdag indienen.\n\nGriet",
      rules=['bcc'], tags=['group-in-to'], note='all-staff list in To instead of BCC (§3.1)')
    # R4 external partners visible together
    M('werken-poort-partners', HVR, ['planning@busreizen-vandamme.be'],
      'Werken aan de schoolpoort 25-29 maart',
      "Geachte,\n\nVan 25 tot 29 maart wordt de hoofdpoort vernieuwd. De bussen kunnen die week niet aan de "
      "schoolpoort stoppen en gebruiken de halte aan de Kerkstraat. Graag uw chauffeurs verwittigen.\n\n"
      "Met vriendelijke groeten,\n" + SIG_DIR,
      cc=['mobiliteit@gemeente-herent-fictief.be', 'info@taxi-dijleland.be', 'an.vercammen@vclb-dijleland.be'],
      rules=['bcc'], note='several external partners visible to each other in To/CC')
    # R5 private account: substitute schedule from gmail
    M('vervangingen-van-gmail', 'griet.vanhoof71@gmail.com', [TGE, LDW], 'vervangingen morgen',
      "Tom, Lies,\n\nIk ben thuis (kind ziek) en kan niet aan Smartschool. Morgen moeten jullie vervangen:\n"
      "Tom: 2e uur 4B (lokaal B204)\nLies: 5e uur 1D (lokaal A012)\n\nGriet",
      rules=['private_account'], note='secretary sends the substitute schedule from her private gmail to colleagues')
    # R6 private account: forwarding school mail to own hotmail
    M('doorsturen-naar-hotmail', MH, ['marleen.hendrickx@hotmail.com'], 'Fwd: leveringen deze week',
      "" + fwd("Leveringen week 11:\n- ma: kopieerpapier (Papierhandel Dijleland)\n- wo: toner\n"
               "- do: drank refter\n- vr: meubelen lokaal C201", 'Luc Torfs', 'maandag 11 maart 2024 08:02',
               'Marleen Hendrickx', 'leveringen deze week'),
      rules=['private_account'], tags=['forward'], note='staff forwards school mail to her own private hotmail')
    # R7 private mail about private matters (fine)
    M('prive-etentje', 'griet.vanhoof71@gmail.com', ['sabine.wyns@telenet.be'], 'zaterdag',
      "Hoi Sabine,\n\nZaterdag om 19u bij ons? Ik maak lasagne, jij brengt het dessert mee? Niet te laat "
      "komen, de kinderen gaan om 21u slapen :-)\n\nXx Griet",
      note='private mail from a private account about a private matter: fine')
    # R8 attachment: exe driver
    M('badgeprinter-driver-exe', KL, ['jo@itdijle.be'], 'Driver badgeprinter',
      "Jo,\n\nHierbij de driver die de leverancier van de badgeprinter stuurde. Kan jij hem installeren op de "
      "pc van het onthaal bij je volgende bezoek?\n\nKoen",
      atts=[att('BadgePrinter_Setup_v3.2.exe', make_exe('BadgePrinterSetup'))],
      rules=['attachment'], note='executable attachment (.exe)')
    # R9 xlsm from vendor forwarded
    M('frankeerrapport-xlsm', GV, [AV], 'Fwd: maandrapport frankeermachine februari',
      "Ann, het maandrapport van Frankeo. Je moet de macro's inschakelen om de totalen te zien.\nGriet" +
      fwd("Geachte klant,\n\nIn bijlage uw verbruiksrapport van februari.\n\nFrankeo Service",
          'Frankeo Service <service@frankeo.be>', 'vrijdag 1 maart 2024 09:30', 'Griet Vanhoof',
          'Maandrapport februari'),
      atts=[att('Frankeo_verbruik_2024-02.xlsm', make_xlsx([['Maand', 'Zendingen', 'Bedrag'],
                                                            ['februari', '412', '481,20']], macro=True))],
      rules=['attachment'], tags=['forward'], note='macro-enabled Excel (.xlsm) attachment')
    # R10 zip with vbs forwarded to IT
    z = _zip([('Factuur_DHL_0312.pdf.vbs', 'Set s = CreateObject("WScript.Shell")\r\ns.Run "powershell -enc SQBFAFgA"\r\n'),
              ('leesmij.txt', 'Open de factuur in bijlage.')])
    M('verdachte-zip-dhl', MH, [KL], 'Fwd: Uw DHL-zending kon niet geleverd worden',
      "Koen, deze kwam binnen op de onthaalmailbox. Ik heb hem niet geopend. Is dit echt?\nMarleen" +
      fwd("Uw pakket kon niet geleverd worden. Open de factuur in bijlage om een nieuwe levering te plannen.",
          'DHL Express <delivery@dhl-express-notice.com>', 'dinsdag 12 maart 2024 07:12', 'info@sintpieterscollege.be',
          'Uw DHL-zending kon niet geleverd worden'),
      atts=[att('DHL_factuur_0312.zip', z)], rules=['attachment'], tags=['forward'],
      note='archive containing a .vbs script, forwarded to ICT')
    # R11 bat file
    bat = b'@echo off\r\nnet use P: \\\\spc-srv01\\printers /persistent:yes\r\nrundll32 printui.dll,PrintUIEntry /in /n "\\\\spc-srv01\\Secretariaat"\r\n'
    M('printers-koppelen-bat', KL, [GV, MH, IVDV], 'Printers opnieuw koppelen',
      "Dag allemaal,\n\nNa de update van gisteren zijn de printers verdwenen. Dubbelklik op het bestandje in "
      "bijlage, dan worden ze opnieuw gekoppeld.\n\nKoen",
      atts=[att('printers_koppelen.bat', bat)], rules=['attachment'], note='batch script attachment (.bat)')
    # R12 ordinary attachments - visitor csv + pdf
    vcsv = make_csv([['Datum', 'Naam', 'Firma', 'Badge', 'In', 'Uit'],
                     ['11/03/2024', 'R. Pauwels', 'Frankeo', 'V-014', '07:55', '08:40'],
                     ['11/03/2024', 'J. Moens', 'Loodgieterij Vanderstraeten', 'V-016', '09:15', '11:50'],
                     ['12/03/2024', 'L. Cornelis', 'Fotostudio Licht', 'V-017', '10:05', '15:30']])
    M('bezoekerslijst-csv', MH, [LT], 'bezoekers week 11 (export)',
      "Luc, de export van het badgesysteem voor de brandweeroefening.\nMarleen",
      atts=[att('bezoekers_week11.csv', vcsv, vcsv.decode('utf-8-sig'))],
      note='ordinary csv export of the visitor register (adult visitors, no pupil, no code)')
    # R13 personal_data: supplier IBAN
    ib = iban_be('7350112233')
    M('factuur-iban-leverancier', GV, [AV], 'Factuur Papierhandel Dijleland',
      "Dag Ann,\n\nFactuur 2024-0412 van Papierhandel Dijleland (kopieerpapier, "
      "618,50 euro) is goedgekeurd door de directie. Let op: ze hebben een nieuw rekeningnummer, "
      "%s.\n\nGroeten,\n%s" % (ib, SIG_G), extra_text=ib,
      rules=['personal_data'], note='supplier IBAN in a mail to accounting')
    # R14 personal_data: interim secretary data to payroll
    rr = rrn(85, 6, 14, 128, False)
    M('gegevens-interim-personeelsdienst', HVR, ['katrien.goris@lksd.ksleuven.be'], 'Aanstelling Ingrid Van de Velde',
      "Dag Katrien,\n\nVoor de aanstelling van onze interim-secretariaatsmedewerker:\n\nNaam: Ingrid Van de Velde\n"
      "Geboortedatum: 14/06/1985\nRijksregisternummer: %s\nAdres: Molenstraat 7, 3020 Herent\n"
      "Start: 11/03/2024, 4/5 opdracht\n\nDe ondertekende documenten volgen per interne post.\n\n%s" % (rr, SIG_DIR),
      rules=['personal_data'], note='date of birth and valid national register number of a staff member')
    # R15 ordinary: phone message to caretaker with caller phone
    M('tel-glazenmaker', MH, [LT], 'telefoon voor jou',
      "Luc, de glazenmaker belde voor de kapotte ruit in C204. Hij kan morgen om 8u. Bevestigen op "
      "0475 31 88 20 (Dirk).\nMarleen",
      rules=['personal_data'], tags=['phone', 'short'], note='phone message with a mobile number')
    # R16 ordinary substitute schedule html table (no pupils)
    head = ['Uur', 'Klas', 'Afwezig', 'Vervanger', 'Lokaal']
    rows = [['1', '4B', 'L. De Wit', 'T. Geerts', 'B204'], ['2', '1D', 'L. De Wit', 'studie', 'refter'],
            ['4', '6A', 'P. Coppens', 'S. Bral', 'C112'], ['6', '2B', 'P. Coppens', 'laatste uur vrij', '-']]
    M('vervangingsrooster-woensdag', GV, [TGE, SB], 'Vervangingen woensdag 13/3',
      "", mode='html', html='<p>Dag Tom, Sanne,</p><p>&nbsp;</p><p>Vervangingen voor morgen:</p>' +
      table_html(head, rows) + '<p>&nbsp;</p><p>Griet</p>',
      tags=['table'], note='substitute schedule, ordinary')
    # R17 ordinary: meeting room booking
    M('zaalreservatie', MH, [PCO], 'RE: vergaderzaal vrijdag',
      "Pieter, de vergaderzaal is vrijdag vanaf 14u vrij. Ik heb hem op jouw naam gezet tot 16u.\nMarleen" +
      quote("Marleen, is de vergaderzaal vrijdagnamiddag vrij voor de vakgroep wiskunde? Pieter",
            'Pieter Coppens', 'di 12 mrt 2024 om 12:31'),
      tags=['reply'], note='ordinary reply')
    # R18 ordinary: delivery notice to supplier with school phone in signature
    M('levering-drank-refter', LT, ['verkoop@drankencentrale-herent-fictief.be'], 'Levering donderdag',
      "Goedemorgen,\n\nDonderdag kan u leveren tussen 7u30 en 9u aan de laadkaai van blok C. Bel aan bij "
      "de technische dienst.\n\nLuc Torfs\nTechnische dienst Sint-Pieterscollege\n016 48 21 30 - toestel 220",
      rules=['personal_data'], note='ordinary delivery arrangement; school phone number in signature')
    # R19 ordinary docx attachment (procedure without codes)
    d = make_docx(['Procedure ziek op school', '1. Leerling meldt zich aan het onthaal.',
                   '2. Onthaal belt de ouders.', '3. Ouders tekenen het register bij het ophalen.'])
    M('procedure-ziek-docx', MH, [IVDV], 'procedure ziekenkamer',
      "Ingrid, de procedure voor de ziekenkamer, om al eens te lezen.\nMarleen",
      atts=[att('Procedure ziek op school.docx', d, 'Procedure ziek op school')],
      note='ordinary docx attachment without personal data or codes')
    # R20 bcc + personal_data: lost-and-found to several parents in CC with school phone
    M('gevonden-fiets-cc', MH, [par('robbe_l')], 'Gevonden fiets',
      "Beste ouders,\n\nAan de fietsenstalling staat al twee weken een grijze Oxford-fiets zonder slot. Jullie "
      "kinderen komen met een gelijkaardige fiets naar school; is hij misschien van jullie?\n\n" + SIG_M_TEL,
      cc=[par('hanne_w'), par('noor_d', 2)],
      rules=['personal_data', 'bcc'], tags=['group-in-to'],
      note='three parents of different families visible in To/CC; school phone in signature; no pupil named')


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    build_roster()
    write_roster()
    mails_password()
    mails_lookalike()
    mails_sensitive()
    mails_misdirected()
    mails_nonsensitive()
    mails_general()
    mails_rest()
    order = list(range(len(MAILS)))
    random.Random(5353).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    out = ['# batch53 - front desk and secretariat of the Herent school: phone messages, visitors, badges, '
           'codes, sick pupils, letters to parents and staff', '']
    ok = True
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname, fmt, rcpt, date = build(i, m)
        ok &= check(fname, m, rcpt)
        rules = sorted(set(m['rules']), key=RULE_ORDER.index)
        out.append('%s:' % fname)
        out.append('  rules: [%s]' % ', '.join(rules))
        if 'sensitive' in rules:
            cats = sorted(set(m['cats']), key=CAT_ORDER.index)
            out.append('  categories: {sensitive: [%s]}' % ', '.join(cats))
        out.append('  mail_from: %s' % (m['env_from'] or m['frm']))
        out.append('  rcpt: [%s]' % ', '.join(rcpt))
        out.append('  about: [%s]' % ', '.join(m['about']))
        out.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        out.append('  note: %s' % yq(m['note']))
        out.append('  lang: %s' % m['lang'])
        out.append('  format: [%s]' % ', '.join(fmt))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    print('%d mails written, checks %s' % (len(MAILS), 'OK' if ok else 'FAILED'))


if __name__ == '__main__':
    main()
