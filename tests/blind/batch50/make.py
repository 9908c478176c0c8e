#!/usr/bin/env python3
"""batch50 - blind labelled outbound mail of Sint-Pieterscollege Heverlee (LKSD / Stroom):
caretaker, prevention advisor and direction about security and incidents.

Deterministic: fixed dates and Message-IDs, random.Random(50). Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import os
import io
import re
import json
import random
import hashlib
import zipfile
import datetime
import unicodedata
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from email import policy, message_from_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(50)


def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r"[^a-z0-9.]", "", s.lower())


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------
CLASSES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C',
           '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C']
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com',
        'hotmail.com', 'outlook.com', 'icloud.com', 'outlook.be', 'live.be', 'scarlet.be']

GIRLS = ['Emma', 'Noor', 'Lotte', 'Mila', 'Lina', 'Hanne', 'Julie', 'Marie', 'Laura', 'Louise',
         'Femke', 'Ella', 'Lore', 'Fien', 'Nore', 'Elise', 'Jana', 'Anna', 'Sara', 'Jolien',
         'Zoë', 'Charlotte', 'Margot', 'Lisa', 'Amber', 'Fleur', 'Luna', 'Olivia', 'Tess',
         'Roos', 'Kato', 'Axelle', 'Nina', 'Lien', 'Ine', 'Febe', 'Mirthe', 'Hanna']
BOYS = ['Lucas', 'Noah', 'Finn', 'Jonas', 'Seppe', 'Warre', 'Robbe', 'Kobe', 'Arne', 'Brent',
        'Tibo', 'Ruben', 'Stan', 'Sem', 'Wout', 'Lars', 'Mathis', 'Vic', 'Jules', 'Louis',
        'Arthur', 'Mats', 'Lowie', 'Milan', 'Jasper', 'Thomas', 'Bram', 'Senne', 'Rune', 'Cas',
        'Siebe', 'Lander', 'Emiel', 'Victor', 'Nand', 'Wannes']
GIRLS_I = ['Amira', 'Aya', 'Elif', 'Yasmina', 'Salma', 'Zeynep', 'Hiba', 'Inès', 'Maryam',
           'Oksana', 'Zuzanna', 'Grace', 'Sofia', 'Nour', 'Imane', 'Sena', 'Malak']
BOYS_I = ['Yusuf', 'Ilias', 'Rayan', 'Adam', 'Mohamed', 'Amine', 'Bilal', 'Hamza', 'Omar',
          'Sami', 'Emre', 'Mert', 'Kerem', 'Jakub', 'Dmytro', 'Mehdi', 'Ayoub', 'Youssef',
          'Ibrahim', 'Anas', 'Daniel', 'Kacper']
SUR = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens',
       'Wouters', 'De Smet', 'Van den Broeck', 'Vermeulen', 'Hermans', 'Aerts', 'Lambrecht',
       'Smets', 'Michiels', 'Verbruggen', 'De Clercq', 'Stevens', 'Geerts', 'Vos', 'Verhoeven',
       'Van Dyck', 'Lemmens', 'Coppens', 'Vandevelde', 'Baert', 'Segers', 'Vanhoutte',
       'Jorissen', 'Bosmans', 'Nijs', 'Thys', 'Pauwels', 'Cools', 'Meeus', 'Bogaerts',
       'Vandenberghe', 'Leemans', 'Sels', 'Govaerts', 'Van Roey', 'Op de Beeck', "D'Hondt",
       'Vanderstraeten', 'Wyns', 'Heylen', 'Celis', 'Swinnen', 'Vranckx', 'Moens', 'Dierickx']
SUR_I = ['Benali', 'Yilmaz', 'Demir', 'Öztürk', 'Aksoy', 'El Idrissi', 'Bakkali', 'Tshibangu',
         'Ilunga', 'Hussaini', 'Popescu', 'Ahmadi', 'Azzouzi', 'Nowak', 'Boukhari', 'Kaplan',
         'Çelik', 'Mahmoud', 'Lukasik', 'Shevchenko', 'Diallo', 'Ouali', 'Amrani', 'Toumi']
MOM = ['An', 'Sofie', 'Katrien', 'Els', 'Veerle', 'Griet', 'Hilde', 'Leen', 'Inge', 'Nathalie',
       'Sarah', 'Evelien', 'Karen', 'Liesbeth', 'Tine', 'Ann', 'Caroline', 'Kristel', 'Nele',
       'Sandra', 'Ilse', 'Greet', 'Joke', 'Kathleen']
DAD = ['Wim', 'Kris', 'Koen', 'Geert', 'Stijn', 'Pieter', 'Dries', 'Jeroen', 'Tom', 'Bart',
       'Kurt', 'Luc', 'Jan', 'Steven', 'Filip', 'Bert', 'Joris', 'Sven', 'Gert', 'Dirk', 'Tim']
MOM_I = ['Fatima', 'Karima', 'Nadia', 'Ayse', 'Hatice', 'Zahra', 'Rania', 'Samira', 'Oksana',
         'Agnieszka', 'Naima', 'Khadija', 'Esra', 'Mariam']
DAD_I = ['Youssef', 'Mehmet', 'Samir', 'Ahmad', 'Emre', 'Hassan', 'Mustafa', 'Tomasz', 'Andriy',
         'Rachid', 'Karim', 'Abdel', 'Murat', 'Jean-Pierre']

# immigrant families by origin: (surnames, girls, boys, mothers, fathers, weight)
ORIGINS = [
    (['Benali', 'El Idrissi', 'Bakkali', 'Azzouzi', 'Boukhari', 'Ouali', 'Amrani', 'Toumi', 'El Khattabi'],
     ['Amira', 'Aya', 'Yasmina', 'Salma', 'Hiba', 'Imane', 'Malak', 'Nour', 'Maryam', 'Inès'],
     ['Ilias', 'Rayan', 'Adam', 'Mohamed', 'Amine', 'Bilal', 'Hamza', 'Omar', 'Mehdi', 'Ayoub', 'Anas'],
     ['Fatima', 'Karima', 'Nadia', 'Samira', 'Naima', 'Khadija', 'Siham'],
     ['Youssef', 'Samir', 'Hassan', 'Rachid', 'Karim', 'Abdel', 'Mustafa'], 10),
    (['Yilmaz', 'Demir', 'Öztürk', 'Aksoy', 'Kaplan', 'Çelik', 'Arslan'],
     ['Elif', 'Zeynep', 'Sena', 'Ecrin', 'Defne'], ['Emre', 'Mert', 'Kerem', 'Burak', 'Efe'],
     ['Ayse', 'Hatice', 'Esra', 'Fatma'], ['Mehmet', 'Murat', 'Mustafa', 'Hakan'], 5),
    (['Nowak', 'Lukasik', 'Wójcik', 'Kaminski'], ['Zuzanna', 'Julia', 'Maja'], ['Jakub', 'Kacper', 'Szymon'],
     ['Agnieszka', 'Katarzyna', 'Magda'], ['Tomasz', 'Piotr', 'Marek'], 3),
    (['Tshibangu', 'Ilunga', 'Kabongo', 'Mbuyi'], ['Grace', 'Divine', 'Merveille', 'Sarah'],
     ['Daniel', 'Christian', 'Exaucé', 'Jonathan'], ['Chantal', 'Nathalie', 'Esther'],
     ['Jean-Pierre', 'Patrick', 'Joseph'], 3),
    (['Shevchenko', 'Bondarenko', 'Melnyk'], ['Sofiia', 'Anna', 'Daryna'], ['Dmytro', 'Maksym', 'Artem'],
     ['Oksana', 'Olena', 'Iryna'], ['Andriy', 'Oleksandr', 'Serhiy'], 2),
    (['Hussaini', 'Ahmadi', 'Karimi'], ['Maryam', 'Zahra', 'Setayesh'], ['Ali', 'Mustafa', 'Reza'],
     ['Zahra', 'Fatima', 'Masuma'], ['Ahmad', 'Reza', 'Hamid'], 2),
    (['Popescu', 'Ionescu', 'Dumitru'], ['Ioana', 'Maria', 'Bianca'], ['Andrei', 'Luca', 'David'],
     ['Elena', 'Mihaela'], ['Florin', 'Adrian', 'Cristian'], 2),
    (['Diallo', 'Barry', 'Bah'], ['Aissatou', 'Mariama', 'Hawa'], ['Mamadou', 'Ibrahima', 'Alpha'],
     ['Fatoumata', 'Kadiatou'], ['Oumar', 'Thierno'], 2),
]
FLEMISH = (SUR, GIRLS, BOYS, MOM, DAD, 0)

# pupils who appear in the mails: (id, first, last, class, parent1, parent2)
STORY = [
    ('P0007', 'Lucas', 'Peeters', '3B', 'an.peeters@telenet.be', 'wim.peeters@gmail.com'),
    ('P0208', 'Lotte', 'Peeters', '5A', 'kris.peeters@skynet.be', ''),
    ('P0031', 'Noor', 'El Amrani', '2C', 'fatima.ouali@hotmail.com', 'youssef.elamrani@gmail.com'),
    ('P0154', 'Noor', 'Van Elst', '2A', 'els.vanelst@gmail.com', 'bram.vanelst@telenet.be'),
    ('P0172', 'Kobe', 'Van Damme', '4A', 'nathalie.debruyne@telenet.be', 'koen.vandamme@proximus.be'),
    ('P0093', 'Seppe', 'Goossens', '4A', 'hilde.goossens@gmail.com', ''),
    ('P0019', 'Emma', 'Janssens', '1B', 'katrien.bosmans@telenet.be', 'geert.janssens@gmail.com'),
    ('P0243', 'Mila', 'Desmet', '4C', 'katrien.bosmans@telenet.be', 'stijn.desmet@proximus.be'),
    ('P0066', 'Yusuf', 'Yilmaz', '4B', 'ayse.yilmaz@hotmail.com', 'mehmet.yilmaz@outlook.com'),
    ('P0121', 'Yusuf', 'Yildiz', '1A', 'yildiz.gezin@gmail.com', ''),
    ('P0088', 'Finn', 'Willems', '3A', 'sanne.devos@icloud.com', 'jeroen.willems@telenet.be'),
    ('P0089', 'Wout', 'Hermans', '3A', 'veerle.hermans@skynet.be', 'tom.hermans@gmail.com'),
    ('P0133', 'Amira', 'Haddad', '2B', 'rania.haddad@gmail.com', 'samir.haddad@hotmail.com'),
    ('P0134', 'Amira', 'Bensaid', '2B', 'bensaid.nadia@outlook.com', ''),
    ('P0045', 'Noah', 'Vermeulen', '2B', 'sofie.claes@hotmail.com', 'dries.vermeulen@gmail.com'),
    ('P0270', 'Noah', 'Claes', '5C', 'pieter.claes1975@gmail.com', 'an.goossens@telenet.be'),
    ('P0051', 'Jana', 'Mertens', '1A', 'gezin.mertens@telenet.be', 'tine.vangeel@gmail.com'),
    ('P0199', 'Robbe', 'Mertens', '4A', 'gezin.mertens@telenet.be', 'tine.vangeel@gmail.com'),
    ('P0102', 'Elif', 'Kaya', '3A', 'kaya.hatice@hotmail.com', ''),
    ('P0284', 'Elif', 'Kaya', '6B', 'emre.kaya@gmail.com', 'serap.kaya@outlook.com'),
    ('P0160', 'Milan', 'Dubois', '4A', 'dubois.fam@gmail.com', ''),
    ('P0161', 'Milan', 'Dupont', '4B', 'dupont.fam@gmail.com', 'caroline.lejeune@skynet.be'),
    ('P0220', 'Zoë', 'Smets', '3C', 'griet.smets@telenet.be', ''),
    ('P0075', 'Lina', 'Aerts', '3C', 'lien.wauters@skynet.be', 'kurt.aerts@gmail.com'),
    ('P0110', 'Jonas', 'Wouters', '2D', 'marleen.wouters@telenet.be', 'patrick.wouters@gmail.com'),
    ('P0111', 'Jonas', 'Wauters', '6A', 'wauters.luc@skynet.be', ''),
    ('P0012', 'Sem', 'Dewaele', '1A', 'evi.schepers@telenet.be', 'sem.dewaele.papa@gmail.com'),
    ('P0263', 'Jolien', 'Dewaele', '6C', 'dewaele.kurt@telenet.be', 'ann.dewaele@skynet.be'),
    ('P0143', 'Rayan', 'Benali', '5B', 'benali.karima@hotmail.com', ''),
    ('P0036', 'Sami', 'Rahimi', '2D', 'zahra.rahimi@gmail.com', 'ahmad.rahimi@outlook.com'),
    ('P0058', 'Warre', 'Maes', '1C', 'els.maes@telenet.be', 'joris.maes@gmail.com'),
    ('P0127', 'Lore', 'Claessens', '3B', 'claessens.gert@telenet.be', 'inge.celis@gmail.com'),
    ('P0181', 'Brent', 'Wuyts', '4C', 'sandra.wuyts@hotmail.com', ''),
    ('P0190', 'Ilias', 'Amrani', '4C', 'amrani.rachid@gmail.com', 'naima.toumi@hotmail.com'),
    ('P0215', 'Hanne', 'Verbruggen', '5A', 'bart.verbruggen@telenet.be', ''),
    ('P0226', 'Julie', 'Lambrecht', '6A', 'kathleen.lambrecht@skynet.be', 'bert.lambrecht@telenet.be'),
    ('P0097', 'Tibo', 'Vandenbroucke', '3A', 'nele.vandenbroucke@gmail.com', ''),
    ('P0118', 'Diego', 'Mukendi', '1D', 'pleeggezin.thys@telenet.be', ''),
    ('P0149', 'Ruben', 'De Clercq', '2A', 'declercq.family@outlook.com', 'caroline.vos@telenet.be'),
    ('P0064', 'Marie', 'Dupuis', '3B', 'valerie.dupuis@skynet.be', 'olivier.dupuis@proximus.be'),
    ('P0252', 'Oliver', 'Bennett', '4B', 'james.bennett@outlook.com', 'claire.bennett@gmail.com'),
    ('P0187', 'Arne', 'Stevens', '5C', 'stevens.koen@telenet.be', 'liesbeth.stevens@gmail.com'),
    ('P0165', 'Nina', 'Kowalska', '2C', 'agnieszka.kowalska@gmail.com', ''),
    ('P0044', 'Flor', 'Vandevelde', '1B', 'flor.ouders@icloud.com', 'karen.vandevelde@telenet.be'),
    ('P0138', 'Aya', 'Ouazzani', '1C', 'ouazzani.samira@hotmail.com', 'abdel.ouazzani@gmail.com'),
    ('P0277', 'Viktor', 'Kovalenko', '3C', 'oksana.kovalenko@gmail.com', ''),
    ('P0233', 'Liam', 'Geerts', '2A', 'tim.geerts@telenet.be', 'sarah.moens@gmail.com'),
    ('P0029', 'Stan', 'Vos', '5B', 'greet.swinnen@telenet.be', 'dirk.vos@skynet.be'),
    ('P0083', 'Femke', 'Jacobs', '6C', 'jacobs.steven@gmail.com', 'ilse.heylen@telenet.be'),
    ('P0105', 'Adam', 'Chaoui', '3B', 'chaoui.khadija@gmail.com', 'karim.chaoui@hotmail.com'),
    ('P0196', 'Laura', 'Verhoeven', '2C', 'verhoeven.joke@telenet.be', ''),
    ('P0259', 'Louise', 'Michiels', '4C', 'annmichiels72@gmail.com', 'filip.michiels@proximus.be'),
]

MIN_GRADE = {}


def build_roster():
    story = {s[0]: s for s in STORY}
    used_addr = set()
    for s in STORY:
        used_addr.update(a for a in s[4:6] if a)
    story_names = {(s[1], s[2]) for s in STORY}
    families = []      # [surname, immigrant, p1, p2, kids]
    rows = {}
    for n in range(1, 301):
        pid = 'P%04d' % n
        if pid in story:
            _, first, last, klas, p1, p2 = story[pid]
            rows[pid] = [pid, first, last, klas, p1, p2]
            continue
        fam = None
        if families and RNG.random() < 0.12:
            cand = [f for f in families if f[4] < 3]
            if cand:
                fam = RNG.choice(cand)
        if fam is None:
            imm = RNG.random() < 0.27
            org = RNG.choices(ORIGINS, weights=[o[5] for o in ORIGINS])[0] if imm else FLEMISH
            surname = RNG.choice(org[0])
            prov = RNG.choice(PROV)
            mf = RNG.choice(org[3])
            ff = RNG.choice(org[4])
            msur = RNG.choice(org[0] if (imm or RNG.random() < 0.9) else SUR)
            if not imm and RNG.random() < 0.06:   # mixed family
                mf, msur = RNG.choice(ORIGINS[0][3]), RNG.choice(ORIGINS[0][0])
            ns, nm, nmsur, nf = norm(surname), norm(mf), norm(msur), norm(ff)
            pat = RNG.random()
            if pat < 0.28:
                p1 = f"{nm}.{nmsur}@{prov}"
            elif pat < 0.48:
                p1 = f"{nf}.{ns}@{prov}"
            elif pat < 0.58:
                p1 = f"{RNG.choice(['fam', 'gezin', 'familie'])}.{ns}@{prov}"
            elif pat < 0.72:
                p1 = f"{ns}.{nm}@{prov}"
            elif pat < 0.86:
                p1 = f"{nm}{ns}{RNG.randint(68, 89)}@gmail.com"
            else:
                p1 = f"{nm[0]}{ns}@{prov}"
            if RNG.random() < 0.22:
                p2 = ''
            else:
                prov2 = RNG.choice(PROV)
                p2 = RNG.choice([f"{nf}.{ns}@{prov2}", f"{nf}{ns}@{prov2}",
                                 f"{ns}{nf}{RNG.randint(1, 99)}@{prov2}"])
                if p2 == p1:
                    p2 = f"{nf}.{ns}.{RNG.randint(2, 9)}@{prov2}"
            for attr in ('p1', 'p2'):
                a = p1 if attr == 'p1' else p2
                k = 2
                base = a
                while a and a in used_addr:
                    u, d = base.split('@')
                    a = f"{u}{k}@{d}"
                    k += 1
                if attr == 'p1':
                    p1 = a
                else:
                    p2 = a
                if a:
                    used_addr.add(a)
            fam = [surname, org, p1, p2, 0]
            families.append(fam)
        surname, org, p1, p2, _ = fam
        while True:
            mixed = org is not FLEMISH and RNG.random() < 0.15
            if RNG.random() < 0.5:
                first = RNG.choice(GIRLS if mixed else org[1])
            else:
                first = RNG.choice(BOYS if mixed else org[2])
            if (first, surname) not in story_names:
                break
        fam[4] += 1
        klas = RNG.choice(CLASSES)
        rows[pid] = [pid, first, surname, klas, p1, p2]
    # pupil addresses, made unique in id order
    seen = {}
    for pid in sorted(rows):
        r = rows[pid]
        local = f"{norm(r[1])}.{norm(r[2])}"
        seen[local] = seen.get(local, 0) + 1
        if seen[local] > 1:
            local = f"{local}{seen[local]}"
        r.insert(4, f"{local}@leerling.sintpieterscollege.be")
    return rows


ROSTER = build_roster()


def pup(pid):
    return ROSTER[pid]


def pname(pid):
    r = ROSTER[pid]
    return f"{r[1]} {r[2]}"


def pmail(pid):
    return ROSTER[pid][4]


def par1(pid):
    return ROSTER[pid][5]


def par2(pid):
    return ROSTER[pid][6]


def parents_of(pid):
    return {a for a in ROSTER[pid][5:7] if a}


def class_parents(klas):
    out = []
    for pid in sorted(ROSTER):
        r = ROSTER[pid]
        if r[3] == klas:
            for a in r[5:7]:
                if a and a not in out:
                    out.append(a)
    return out


def grade_parents(grades):
    out = []
    for pid in sorted(ROSTER):
        r = ROSTER[pid]
        if r[3][0] in grades:
            for a in r[5:7]:
                if a and a not in out:
                    out.append(a)
    return out


# ---------------------------------------------------------------------------
# personal-data helpers (valid checksums)
# ---------------------------------------------------------------------------
def rrn(y, m, d, seq):
    """Belgian national register number with valid check digits."""
    base = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
    num = int(('2' + base) if y >= 2000 else base)
    chk = 97 - (num % 97)
    return '%02d.%02d.%02d-%03d.%02d' % (y % 100, m, d, seq, chk)


def iban_be(bank10):
    """bank10: 10 digits (bank code + account); adds national and IBAN check digits."""
    nat = int(bank10) % 97
    nat = 97 if nat == 0 else nat
    bban = '%s%02d' % (bank10, nat)
    num = int(bban + '1114' + '00')
    ck = 98 - (num % 97)
    s = 'BE%02d%s' % (ck, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------
# attachment builders (deterministic)
# ---------------------------------------------------------------------------
ZDT = (2025, 3, 1, 9, 0, 0)


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELS_CT = 'application/vnd.openxmlformats-package.relationships+xml'
R_OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'
VBA_BIN = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff'
           + b'\x00' * 40 + b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\n'
           b'  Shell "cmd /c copy \\\\nas01\\sleutels\\*.* %TEMP%"\r\nEnd Sub\r\n')


def docx(paragraphs, macro=False):
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          f'<Default Extension="rels" ContentType="{RELS_CT}"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '')
          + f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R_OFFICE}" Target="word/document.xml"/></Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paragraphs)
    doc = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels', XML_HEAD +
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                      'Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', VBA_BIN))
    return zbytes(files)


def xlsx(rows, macro=False, sheet='Blad1'):
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          f'<Default Extension="rels" ContentType="{RELS_CT}"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '')
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R_OFFICE}" Target="xl/workbook.xml"/></Relationships>')
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else '') + '</Relationships>')
    cols = 'ABCDEFGHIJKLMNOP'
    xr = []
    for i, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[j], i, xesc(str(v)))
                        for j, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (i, cells))
    sh = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sh)]
    if macro:
        files.append(('xl/vbaProject.bin', VBA_BIN))
    return zbytes(files)


def pdf(lines, title='Document'):
    def esc(s):
        s = s.encode('cp1252', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 10 Tf 50 800 Td 14 TL\n' + ''.join("(%s) '\n" % esc(l) for l in lines) + 'ET'
    cb = content.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
            b'/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            ('<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) >>' % esc(title)).encode('latin-1')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def exe_bytes(tag):
    stub = (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43
            + b'\x80\x00\x00\x00' + b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21'
            + b'This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 7)
    stub = stub.ljust(0x80, b'\x00')
    pe = b'PE\x00\x00\x4c\x01\x03\x00' + b'\x00' * 16 + tag.encode()
    return (stub + pe).ljust(2048, b'\x00')


def iso_bytes(label):
    data = bytearray(0x8000)
    vd = bytearray(2048)
    vd[0] = 1
    vd[1:6] = b'CD001'
    vd[6] = 1
    vd[40:72] = label.encode().ljust(32, b' ')
    return bytes(data) + bytes(vd) + b'\xff' + b'CD001\x01' + b'\x00' * 2041


def csv_bytes(rows, bom=True, enc='utf-8', sep=';'):
    txt = '\r\n'.join(sep.join(str(c) for c in r) for r in rows) + '\r\n'
    b = txt.encode(enc)
    return (b'\xef\xbb\xbf' + b) if (bom and enc == 'utf-8') else b


# ---------------------------------------------------------------------------
# mail builder
# ---------------------------------------------------------------------------
MAILS = []
RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
AGENTS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'owa': ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    'iphone': ('X-Mailer', 'iPhone Mail (21E236)'),
    'android': ('X-Mailer', 'Outlook for Android'),
    'tb': ('User-Agent', 'Mozilla Thunderbird 115.8.0'),
    'gmail': ('X-Gmail-Original-Message-ID', None),
}


def tz_for(dt):
    # Belgian time: CEST between last Sunday of March and last Sunday of October
    y = dt.year
    start = datetime.datetime(y, 3, 31)
    start -= datetime.timedelta(days=(start.weekday() + 1) % 7)
    end = datetime.datetime(y, 10, 31)
    end -= datetime.timedelta(days=(end.weekday() + 1) % 7)
    off = 2 if start <= dt.replace(tzinfo=None) < end else 1
    return datetime.timezone(datetime.timedelta(hours=off))


def addr_of(a):
    if isinstance(a, tuple):
        return a[1]
    return parseaddr(a)[1] or a


def hdr(a):
    if isinstance(a, tuple):
        return formataddr(a)
    return a


def mail(slug, when, frm, to, subject, body, *, cc=(), bcc=(), rules=(), cats=(), about=(),
         mis=False, note='', lang='nl', tags=(), html=None, html_only=False, atts=(), cte=None,
         charset='utf-8', irt=None, mail_from=None, agent='outlook', to_header=None, pd=False):
    n = len(MAILS) + 1
    dt = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M')
    dt = dt.replace(tzinfo=tz_for(dt))
    def _lst(x):
        if isinstance(x, str) or (isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], (str, type(None)))
                                  and isinstance(x[1], str) and '@' in x[1]):
            return [x]
        return list(x)
    to, cc, bcc = _lst(to), _lst(cc), _lst(bcc)
    sender = addr_of(frm)
    dom = sender.split('@')[1]
    mid = '<%s.%s@%s>' % (hashlib.sha1(('b50' + slug).encode()).hexdigest()[:20].upper(),
                          dt.strftime('%Y%m%d%H%M'), dom if 'sintpieterscollege' not in dom else 'sintpieterscollege.be')
    msg = EmailMessage()
    msg['From'] = hdr(frm)
    if to_header:
        msg['To'] = to_header
    elif to:
        msg['To'] = ', '.join(hdr(a) for a in to)
    if cc:
        msg['Cc'] = ', '.join(hdr(a) for a in cc)
    msg['Subject'] = subject
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = mid
    if irt:
        ref = '<%s@%s>' % (hashlib.sha1(('b50irt' + slug).encode()).hexdigest()[:24], irt)
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    if agent and AGENTS.get(agent) and AGENTS[agent][1]:
        msg[AGENTS[agent][0]] = AGENTS[agent][1]
    kind = 'plain'
    if html_only:
        msg.set_content(html, subtype='html', charset=charset, cte=cte)
        kind = 'html-only'
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype='html', charset=charset)
            kind = 'alt'
    msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[lang]
    auto = [kind]
    if cte == 'quoted-printable' and kind == 'plain':
        auto.append('plain-qp')
    if cte == 'base64':
        auto.append(kind + '-base64')
    if charset.lower() in ('windows-1252', 'cp1252'):
        auto.append(kind + '-cp1252')
    for fname, data, ctype in atts:
        maintype, subtype = ctype.split('/')
        if isinstance(data, EmailMessage):
            msg.add_attachment(data)
            auto.append('attachment-eml')
            continue
        extra = {'params': {'charset': 'utf-8'}} if maintype == 'text' else {}
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, **extra)
        auto.append('attachment-' + fname.rsplit('.', 1)[-1].lower())
    if atts:
        auto.insert(1, 'mixed')
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%s_%d' % (hashlib.md5(('b50' + slug).encode()).hexdigest()[:16], k))
    rcpt = []
    for a in list(to) + list(cc) + list(bcc):
        x = addr_of(a)
        if x not in rcpt:
            rcpt.append(x)
    if bcc:
        auto.append('bcc-envelope')
    rl = list(rules)
    if mis and 'recipient' not in rl:
        rl.append('recipient')
    if cats and 'sensitive' not in rl:
        rl.append('sensitive')
    for r in rl:
        assert r in RULE_ORDER, (slug, r)
    rl = [r for r in RULE_ORDER if r in rl]
    fmt = []
    for t in auto + list(tags):
        if t not in fmt:
            fmt.append(t)
    fname = '%03d-%s.eml' % (n, slug)
    MAILS.append(dict(n=n, slug=slug, dt=dt, file=fname, msg=msg, rules=rl, cats=list(cats), mail_from=mail_from or sender,
                      rcpt=rcpt, about=list(about), mis=mis, note=note, lang=lang, fmt=fmt, pd=pd,
                      to=[addr_of(a) for a in to], cc=[addr_of(a) for a in cc], bcc=[addr_of(a) for a in bcc]))
    return mid


def quote(text, who_line):
    return who_line + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def outlook_quote(frm, sent, to, subject, text, cc=None):
    h = f"Van: {frm}\nVerzonden: {sent}\nAan: {to}\n"
    if cc:
        h += f"CC: {cc}\n"
    h += f"Onderwerp: {subject}\n\n"
    return "\n________________________________\n" + h + text.strip('\n') + '\n'


def outlook_quote_html(frm, sent, to, subject, text_html):
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>Van:</b> {xesc(frm)}<br><b>Verzonden:</b> {xesc(sent)}<br>'
            f'<b>Aan:</b> {xesc(to)}<br><b>Onderwerp:</b> {xesc(subject)}</p></div>{text_html}')


def html_wrap(inner, font='Calibri'):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif}}'
            'table.t{border-collapse:collapse}table.t td,table.t th{border:solid windowtext 1.0pt;padding:2pt 5pt}</style>'
            f'</head><body lang="NL-BE"><div class="WordSection1">{inner}</div></body></html>')


def paras(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p class="MsoNormal">' + '<br>'.join(xesc(l) for l in block.split('\n')) + '</p>'
                   '<p class="MsoNormal">&nbsp;</p>')
    return ''.join(out)


def table(head, rows):
    h = '<tr>' + ''.join(f'<th style="background:#D9E2F3">{xesc(c)}</th>' for c in head) + '</tr>'
    b = ''.join('<tr>' + ''.join(f'<td>{xesc(str(c))}</td>' for c in r) + '</tr>' for r in rows)
    return f'<table class="t" border="1" cellspacing="0" cellpadding="0">{h}{b}</table>'


def text_table(head, rows):
    allr = [head] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in allr) for i in range(len(head))]
    lines = []
    for k, r in enumerate(allr):
        lines.append('  '.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append('  '.join('-' * x for x in w))
    return '\n'.join(lines)


def eml_attachment(frm, to, subject, when, body):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    dt = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M')
    m['Date'] = format_datetime(dt.replace(tzinfo=tz_for(dt)))
    m['Message-ID'] = '<%s@forward.local>' % hashlib.sha1(subject.encode()).hexdigest()[:16]
    m.set_content(body)
    return m


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
MARC = ('Marc Verhaegen', 'marc.verhaegen@sintpieterscollege.be')          # huisbewaarder
MARC_PRIV = ('Marc Verhaegen', 'marc.verhaegen64@gmail.com')
DIRK = ('Dirk Coppens', 'dirk.coppens@sintpieterscollege.be')              # technisch medewerker
ILSE = ('Ilse Wouters', 'ilse.wouters@sintpieterscollege.be')              # preventieadviseur
ILSE_SHORT = ('Ilse Wouters', 'iwo@spc.ksleuven.be')
ILSE_PRIV = ('Ilse Wouters', 'ilse.wouters.lv@hotmail.com')
BART = ('Bart Lemmens', 'bart.lemmens@sintpieterscollege.be')              # directeur
BART_PRIV = ('Bart Lemmens', 'bartlemmens.leuven@gmail.com')
DIRECTIE = ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be')
GRIET = ('Griet Van Hoof', 'griet.vanhoof@sintpieterscollege.be')          # adjunct-directeur
SARAH = ('Sarah Claessens', 'sarah.claessens@sintpieterscollege.be')       # leerlingenbegeleiding
TOM = ('Tom Delvaux', 'tdx@spc.ksleuven.be')                               # zorgcoördinator
PIETER = ('Pieter Smolders', 'psm@spc.ksleuven.be')                        # ICT-coördinator
SECR = ('Leerlingensecretariaat', 'leerlingensecretariaat@spc.ksleuven.be')
HILDE = ('Hilde Goris', 'hilde.goris@sintpieterscollege.be')               # secretariaat
INFO = ('Sint-Pieterscollege Heverlee', 'info@spc.ksleuven.be')
NATH = ('Nathalie Peeters', 'nathalie.peeters@sintpieterscollege.be')      # boekhouding
LEEN = ('Leen De Wit', 'ldw@spc.ksleuven.be')
JEF = ('Jef Aerts', 'jae@spc.ksleuven.be')
KARIM = ('Karim Bouzid', 'kbo@spc.ksleuven.be')
ELS = ('Els Vandenberghe', 'els.vandenberghe@sintpieterscollege.be')
DPO = ('Evelien Jacobs - aanspreekpunt informatieveiligheid', 'privacy@lksd.ksleuven.be')
PERSONEEL = 'personeel@spc.ksleuven.be'
OUDERS_ALL = 'ouders@sintpieterscollege.be'

POL = ('Inspecteur Koen Stas', 'koen.stas@politie-leuven.be')
POL_JEUGD = ('Jeugd- en gezinsbrigade', 'jeugdcel@politie-leuven.be')
POL_WIJK = ('Wijkinspecteur Heverlee', 'wijkteam.heverlee@politie-leuven.be')
ALARM = ('Wim Hermans', 'wim.hermans@dijlesecurity.be')
MELDKAMER = ('Meldkamer Dijle Security', 'meldkamer@dijlesecurity.be')
ALARM_PLAN = ('Planning Dijle Security', 'planning@dijlesecurity.be')
CAMFR = ('Julien Lefèvre', 'j.lefevre@protectis-alarmes.be')
CAMEN = ('Daniel Hughes', 'daniel.hughes@clearview-systems.co.uk')
ACCESSO = ('Accesso Support', 'support@accesso-systems.be')
ACCESSO_LIEN = ('Lien Vandamme', 'lien.vandamme@accesso-systems.be')
SLOT = ('Slotenmakerij Van Roy', 'info@vanroy-sloten.be')
VERZ = ('Kristof Mertens', 'kristof@mertens-verzekeringen.be')
VERZ_SCHADE = ('Schadedienst Mertens & Co', 'schade@mertens-verzekeringen.be')
BOUW = ('Bart Dekeyser', 'bart.dekeyser@bwd-bouw.be')
ELEK = ('Werkplanning Elektro Geens', 'werkplanning@elektrogeens.be')
DAK = ('Dakwerken Lambrechts', 'info@dakwerken-lambrechts.be')
POETS = ('Clean Team Leuven - planning', 'planning@cleanteam-leuven.be')
CLB = ('Anouk Verbeeck', 'anouk.verbeeck@clb-dijle.be')
BRANDW = ('Lt. Peter Wuyts', 'peter.wuyts@brandweerzone-oostbrabant.be')
PREVENTA = ('Preventa EDPB', 'ebpp@preventa-edpb.be')
STAD = ('Dienst Preventie Stad Leuven', 'preventie@leuven-stad.be')
OCMW = ('Maatschappelijk werker Jasmien Claeys', 'jasmien.claeys@ocmw-leuven-stad.be')
ITPART = ('Servicedesk Dijle ICT', 'servicedesk@dijle-ict.be')

SCHOOL_TEL = '016 40 52 10'


def s_marc(gsm=False, short=False):
    if short:
        return 'Marc'
    return ('Marc Verhaegen\nHuisbewaarder / technische dienst\nSint-Pieterscollege Heverlee'
            + ('\nGSM 0476 31 22 58' if gsm else ''))


def s_dirk(gsm=False):
    return 'Dirk Coppens\nTechnische dienst\nSint-Pieterscollege Heverlee' + ('\n0472 58 10 33' if gsm else '')


def s_ilse(tel=False):
    return ('Ilse Wouters\nPreventieadviseur - interne dienst voor preventie en bescherming\n'
            'Sint-Pieterscollege Heverlee | Stroom' + ('\nT 016 40 52 18 | M 0495 72 18 40' if tel else ''))


def s_bart(tel=False):
    return ('Bart Lemmens\nDirecteur\nSint-Pieterscollege Heverlee\nAbdijstraat 21, 3001 Heverlee'
            + (f'\nTel. {SCHOOL_TEL}' if tel else ''))


def s_griet(tel=False):
    return ('Griet Van Hoof\nAdjunct-directeur\nSint-Pieterscollege Heverlee'
            + (f'\n{SCHOOL_TEL}' if tel else ''))


def s_sarah(tel=False):
    return ('Sarah Claessens\nLeerlingenbegeleiding 2de en 3de graad\nSint-Pieterscollege Heverlee'
            + ('\n016 40 52 24' if tel else ''))


def s_tom():
    return 'Tom Delvaux\nZorgcoördinator\nSint-Pieterscollege Heverlee'


def s_pieter():
    return 'Pieter Smolders\nICT-coördinator\nSint-Pieterscollege Heverlee'


def s_secr(tel=False):
    return ('Hilde Goris\nLeerlingensecretariaat\nSint-Pieterscollege Heverlee'
            + (f'\ntel. {SCHOOL_TEL}' if tel else ''))


IPHONE = '\n\nVerzonden vanaf mijn iPhone'
ANDROID = '\n\nVerzonden vanuit Outlook voor Android'


# ===========================================================================
# A. credentials (password)
# ===========================================================================
mail('alarmcode-poetsploeg', '2025-03-18 06:52', MARC, POETS,
     'Nieuwe alarmcode vanaf vandaag',
     "Dag,\n\nNa de inbraak van het weekend zijn alle alarmcodes vervangen. Voor jullie ploeg "
     "(gebruiker 14) is het vanaf vandaag 7319 en dan OFF. De oude code werkt niet meer.\n"
     "Bij problemen niet zelf proberen, de meldkamer belt dan toch.\n\nGroeten\nMarc" + IPHONE,
     rules=['password'], agent='iphone', tags=['phone'],
     note='alarm user code for the cleaning firm in a short phone mail')

mail('alarm-hoofdgebouw-griet', '2025-03-19 17:41', BART, GRIET,
     'alarm zaterdag',
     "Griet,\n\nVoor zaterdag (voorbereiding infodag): de code van het alarm in het hoofdgebouw is "
     "sinds deze week 2580, daarna #. Je hebt 30 seconden na het openen van de voordeur.\n"
     "Het bijgebouw met de turnzaal heeft nog de oude code 0614, dat zet Marc volgende week om.\n\n"
     "Vergeet niet terug in te schakelen als je als laatste vertrekt.\n\nBart",
     rules=['password'], note='internal mail giving two alarm codes to the deputy director')

mail('sleutelkluis-werfzone', '2025-04-07 07:15', MARC, BOUW,
     'Sleutels werfzone - sleutelkluis achterpoort',
     "Goedemorgen meneer Dekeyser,\n\nDe sleutels van de werfzone (container en poort aan de "
     "speelplaats) liggen vanaf vandaag in het sleutelkluisje naast de achterpoort in de Groenstraat.\n"
     "Code: 4-1-7-7\n\nGelieve na gebruik de cijfers terug te verdraaien en de sleutels 's avonds "
     "terug te leggen. Werken in de refter enkel na 16u30 aub.\n\nMet vriendelijke groeten\n\n" + s_marc(gsm=True),
     rules=['password', 'personal_data'],
     note='key-safe code given to the contractor; caretaker mobile number in the signature')

mail('toegangscontrole-remote-sessie', '2025-04-14 16:05', PIETER, ACCESSO,
     'RE: Ticket ACS-55817 - remote sessie deurcontroller',
     "Dag,\n\nVoor de remote sessie morgen om 9u: het beheeraccount van de webinterface van de "
     "toegangscontrole is\n\ngebruiker: admin-spc\nwachtwoord: Dijle!Toegang2025\n\n"
     "Graag het wachtwoord na de interventie laten wijzigen, ik zet dan zelf een nieuw.\n\n"
     "Groeten,\n" + s_pieter() + "\n\n" +
     quote("Beste,\nKunt u ons de aanmeldgegevens van de beheerder bezorgen zodat onze technieker "
           "de controller van deur D3 kan herconfigureren?\nMvg,\nAccesso Support", 
           "Op 14 apr. 2025 om 11:20 schreef Accesso Support <support@accesso-systems.be>:"),
     rules=['password'], tags=['reply'], irt='accesso-systems.be',
     note='admin login of the door system sent to the vendor in a reply')

mail('nvr-credentials-en', '2025-02-06 10:32', MARC, CAMEN,
     'NVR building A - camera 9 keeps dropping',
     "Hi Daniel,\n\nAs discussed on the phone this morning. The NVR in the server room is at "
     "10.20.4.15, the login is:\n\n  username: admin\n  password: Hv3001-Cam!89\n\n"
     "Camera 9 (corridor near the toilets, ground floor) drops out every few hours since the "
     "firmware update. Could you have a look remotely today?\n\nKind regards,\n"
     "Marc Verhaegen\nCaretaker - Sint-Pieterscollege Heverlee",
     rules=['password'], lang='en', note='NVR admin password sent to the camera vendor in English')

mail('enregistreur-batiment-b', '2025-02-11 14:10', MARC, CAMFR,
     'Enregistreur bâtiment B - accès pour la mise à jour',
     "Bonjour Monsieur Lefèvre,\n\nPour la mise à jour de l'enregistreur du bâtiment B prévue jeudi, "
     "voici l'accès :\n\nidentifiant : installateur\nmot de passe : Stroom#NVR24\n\n"
     "Le local technique se trouve au sous-sol, la clé est chez moi à l'accueil.\n"
     "Merci de me prévenir quand vous arrivez.\n\nBien à vous,\nMarc Verhaegen\n"
     "Concierge – Sint-Pieterscollege Heverlee",
     rules=['password'], lang='fr', charset='windows-1252', cte='quoted-printable',
     note='recorder login in French for the camera installer, cp1252 quoted-printable')

mail('wifi-werfkeet', '2025-04-02 08:20', ILSE, [DAK, ELEK, BOUW],
     'Wifi voor de werfkeet + afspraken werfzone',
     "Goedemorgen allemaal,\n\nZoals gevraagd op de werfvergadering: voor de werfkeet kunnen jullie het "
     "gastnetwerk gebruiken.\nNetwerk: SPC-Gast\nSleutel: Bouwwerf-Hev-2025\n(geldig tot 30 mei)\n\n"
     "Herinnering: de werfzone blijft afgesloten met hekwerk, geen werken boven de speelplaats "
     "tijdens de pauzes (10u05-10u20 en 12u00-12u55).\n\nMet vriendelijke groeten,\n" + s_ilse(),
     rules=['password', 'bcc'],
     note='Wi-Fi key for three contractors whose addresses are visible to each other')

mail('backup-codes-cameraportaal', '2025-01-22 09:02', BART, PIETER,
     'TR: Your ClearView Cloud backup codes',
     "Pieter,\n\nKan jij deze bewaren in de kluis van het ICT-lokaal? Ik wil ze liever niet in mijn "
     "mailbox houden. Daarna verwijder ik deze mail.\n\nBart\n\n" +
     outlook_quote('ClearView Cloud <no-reply@clearview-cloud.co.uk>', 'woensdag 22 januari 2025 8:47',
                   'Bart Lemmens', 'Your ClearView Cloud backup codes',
                   "Two-step verification is now on for your account.\n"
                   "Keep these backup codes somewhere safe. Each code can be used once.\n\n"
                   "  3819-2047    5520-8163\n  7741-0398    1206-5574\n"
                   "  9063-2815    4487-6620\n  2359-7104    6815-3392\n\n"
                   "ClearView Systems Ltd"),
     rules=['password'], tags=['forward'],
     note='two-step backup codes of the camera cloud forwarded internally')

mail('verificatiecode-portaal', '2025-04-15 09:03', MARC, ACCESSO,
     'Code',
     "Dag, ik kreeg net een sms met de verificatiecode voor jullie portaal: 482913\n"
     "Jullie technieker vroeg die door te sturen. Werkt het zo?\n\nMarc" + ANDROID,
     rules=['password'], agent='android', tags=['phone'],
     note='one-time verification code passed on to the vendor')

mail('startwachtwoorden-badgeportaal', '2025-04-22 15:30', PIETER, HILDE,
     'Accounts badgeportaal nieuwe collega\'s',
     "Dag Hilde,\n\nIn bijlage de accounts voor het nieuwe badgeportaal voor de collega's die na de "
     "paasvakantie begonnen zijn. Kan jij ze dinsdag bij het onthaal meegeven? Ze moeten bij de "
     "eerste aanmelding zelf een nieuw wachtwoord kiezen.\n\nPieter\n\n" + s_pieter(),
     atts=[('badgeportaal_accounts_april.csv',
            csv_bytes([['login', 'naam', 'functie', 'startwachtwoord'],
                       ['lvv', 'Lotte Van Vaerenbergh', 'leerkracht Frans', 'Start-8841-kw'],
                       ['bms', 'Bram Moens', 'leerkracht LO', 'Start-2207-pz'],
                       ['ego', 'Elke Govaerts', 'secretariaat', 'Start-6690-rt'],
                       ['ydm', 'Yasmine Demir', 'leerkracht wiskunde', 'Start-3125-hb']]),
            'text/csv')],
     rules=['password'], note='list of start passwords in a CSV attachment')

mail('sleutelkluis-gesplitst', '2025-03-20 11:48', MARC, SLOT,
     'kluisje fietsenstalling',
     "Dag,\n\nVoor de technieker die vrijdag de cilinders komt vervangen: de sleutels liggen in het "
     "kluisje aan de fietsenstalling.\nDe code stuur ik in twee stukken zoals onze preventieadviseur "
     "vraagt.\n\neerste helft: 93\n\n\n\ntweede helft: 58\n\nGroeten,\nMarc Verhaegen\nSint-Pieterscollege",
     rules=['password'], note='key-safe code split over lines in the same mail')

mail('alarm-sporthal-turnkring', '2025-01-09 13:25', BART, ('Turnkring Heverlee - secretariaat', 'secretariaat@turnkring-heverlee.be'),
     'Gebruik sporthal op zaterdag - alarm',
     "Beste,\n\nFijn dat de samenwerking voor de zaterdagtrainingen verlengd wordt. Zoals afgesproken "
     "schakelen jullie zelf het alarm van de sporthal uit en terug in.\n\n"
     "De code is negen - vier - nul - twee, gevolgd door de toets UIT. Bij het vertrekken: dezelfde "
     "code en AAN, daarna heb je 45 seconden om de zijdeur te sluiten.\n\n"
     "Gelieve die code niet verder te verspreiden dan de twee trainers die de sleutel hebben.\n\n"
     "Met sportieve groeten,\n" + s_bart(),
     rules=['password'], note='alarm code spelled out in words for a sports club')

mail('kopieercode-werfleider', '2025-04-08 10:12', SECR, BOUW,
     'Afdrukken plannen',
     "Goedemorgen,\n\nU mag de kopieermachine in de leraarskamer (1ste verdieping) gebruiken om de "
     "plannen af te drukken. Uw persoonlijke kopieercode is 55102.\nA3 staat in lade 2.\n\n"
     "Vriendelijke groeten,\n" + s_secr(),
     rules=['password'], note='copier PIN code given to the site manager')

mail('kluis-secretariaat', '2025-03-17 19:58', BART, GRIET,
     'kluis',
     "Griet,\nDe USB-sticks met de camerabeelden van zaterdag liggen in de kluis van het secretariaat. "
     "Voor als ik morgen bij de politie zit:\nrechts 31 - links 07 - rechts 88\n"
     "Enkel afgeven aan de inspecteur tegen ontvangstbewijs.\nB." + IPHONE,
     rules=['password'], agent='iphone', tags=['phone'],
     note='dial combination of the office safe in a phone mail')

_rows = [['K1', 'Hoofdingang + secretariaat', 'directie, secretariaat', 'sleutel'],
         ['K2', 'Bijgebouw turnzaal', 'LO-team (4)', 'sleutel'],
         ['K3', 'Technisch lokaal kelder', 'Marc, Dirk', 'sleutel'],
         ['K4', 'Serverlokaal', 'ICT, directie', 'badge + sleutel'],
         ['K5', 'Fietsenstalling achterpoort', 'Marc', 'hangslot'],
         ['K6', 'Sleutelkast secretariaat', 'secretariaat', 'code 6604'],
         ['K7', 'Refter + keuken', 'keukenploeg', 'sleutel'],
         ['K8', 'Passe-partout (PP)', 'directie, huisbewaarder', 'sleutel']]
mail('sleutelplan-na-inbraak', '2025-03-21 14:22', MARC, SLOT,
     'Sleutelplan na inbraak - offerte nieuwe cilinders',
     "Dag,\n\nHierbij ons sleutelplan zoals het nu is. Graag een offerte om K1 tot K5 en de "
     "passe-partout volledig te vervangen.\n\n" + text_table(['Nr', 'Deur/zone', 'Houders', 'Type'], _rows)
     + "\n\nGroeten,\n" + s_marc(),
     html=html_wrap('<p class="MsoNormal">Dag,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                    'Hierbij ons sleutelplan zoals het nu is. Graag een offerte om K1 tot K5 en de '
                    'passe-partout volledig te vervangen.</p><p class="MsoNormal">&nbsp;</p>'
                    + table(['Nr', 'Deur/zone', 'Houders', 'Type'], _rows)
                    + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Groeten,<br>Marc Verhaegen<br>'
                    'Huisbewaarder / technische dienst<br>Sint-Pieterscollege Heverlee</p>'),
     rules=['password'], tags=['table'],
     note='key plan in an Outlook table; one row carries the key-cabinet code')

_welkom = ("Geachte klant,\n\nWelkom bij Dijle Security. Uw alarmsysteem wordt vanaf 18/03/2025 "
           "opgevolgd door onze meldkamer.\n\nUw gegevens:\n  Abonnementsnummer: DS-30017\n"
           "  Uw persoonlijke gebruikerscode: 8841\n  Uw paswoord bij de meldkamer: WALVIS\n\n"
           "Bij een alarm belt de meldkamer u op en vraagt het paswoord. Zonder correct paswoord sturen "
           "wij een patrouille.\n\nMet vriendelijke groeten,\nDijle Security nv")
mail('welkom-meldkamer-doorgestuurd', '2025-03-18 12:10', BART, GRIET,
     'TR: Welkom bij Dijle Security - uw gegevens',
     "Ter info, zodat je weet wat je moet zeggen als de meldkamer belt.\n\nBart\n\n" +
     outlook_quote('Dijle Security <klantendienst@dijlesecurity.be>', 'dinsdag 18 maart 2025 11:54',
                   'Bart Lemmens', 'Welkom bij Dijle Security - uw gegevens', _welkom),
     rules=['password'], cte='base64', tags=['forward'],
     note='forwarded welcome mail with user code and monitoring-centre codeword, base64 body')

mail('camera-app-gsm-directie', '2025-02-03 16:44', MARC, BART,
     'camera-app op je nieuwe gsm',
     "Bart,\n\nIk heb de camera-app (ClearView Mobile) op je nieuwe iPhone gezet. Als hij ooit "
     "uitlogt: gebruiker directie.spc en het wachtwoord is Voetbal2024! (met uitroepteken).\n"
     "Je ziet nu enkel camera's 1 tot 6 en de fietsenstalling, zoals in het register staat.\n\n"
     "Marc",
     rules=['password'], charset='windows-1252', cte='quoted-printable',
     note='camera app password in an internal cp1252 quoted-printable mail')

mail('credentials-attached-txt', '2025-02-20 09:15', PIETER, CAMEN,
     'Remote access for the firmware update',
     "Hello Daniel,\n\nAs requested, the logins for both recorders are in the attached text file. "
     "Please delete the file once the update is done.\n\nBest regards,\nPieter Smolders\n"
     "ICT coordinator, Sint-Pieterscollege Heverlee",
     atts=[('toegang_nvr.txt',
            b"NVR gebouw A (10.20.4.15): admin / K7#pq2Lm\r\nNVR gebouw B (10.20.4.16): admin / R9!zx4Tw\r\n"
            b"VPN: spc-vendor / Vnd-2025-feb\r\n", 'text/plain')],
     rules=['password'], lang='en', note='recorder and VPN passwords in a .txt attachment')

mail('instructies-weekend-vervanger', '2025-04-25 12:30', BART, ('Jelle Smeets', 'jelle.smeets@interimplus-leuven.be'),
     'Instructies weekend 26-27 april',
     "Dag Jelle,\n\nIn bijlage de instructies voor het weekend, als vervanger van Marc. Alles staat "
     "erin: openen voor de verhuurder van de sporthal, alarm, sleutels.\n\nAlvast bedankt!\n\n" + s_bart(),
     atts=[('Instructies weekend.docx',
            docx(['Instructies weekend 26-27 april - vervanging huisbewaarder',
                  'Zaterdag 8u30: sporthal openen voor Turnkring (zijdeur Groenstraat).',
                  'Alarm bijgebouw uitschakelen: code 3306 + UIT.',
                  'Sleutels liggen in de sleutelkluis aan de achterpoort, code 4177.',
                  'Zondag 18u: controle fietsenstalling, alarm terug aan.',
                  'Bij alarm: meldkamer Dijle Security belt, paswoord WALVIS.']),
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
     rules=['password'], note='codes inside a .docx attachment for the interim caretaker')

mail('sleutelplan-xlsx-dirk', '2025-03-24 08:05', MARC, DIRK,
     'sleutelplan bijgewerkt',
     "Dirk,\nHier het bijgewerkte sleutelplan, graag afdrukken voor de map in het technisch lokaal.\nMarc",
     atts=[('sleutelplan_2025.xlsx',
            xlsx([['Sleutel', 'Locatie', 'Houder', 'Kluis/code'],
                  ['S-101', 'Hoofdingang', 'Marc', ''],
                  ['S-102', 'Secretariaat', 'Hilde', ''],
                  ['S-104', 'Turnzaal', 'LO', ''],
                  ['PP-1', 'Passe-partout', 'Directie', 'kluis secretariaat'],
                  ['Kluis poort 3', 'Groenstraat', 'werfleider', '2291'],
                  ['Kluis fietsen', 'Fietsenstalling', 'Marc', '9358']]),
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
     rules=['password'], note='key plan spreadsheet with key-safe codes in a column')

mail('interventiedossier-brandweer', '2025-04-10 13:40', ILSE, BRANDW,
     'Interventiedossier Sint-Pieterscollege - update april 2025',
     "Beste luitenant Wuyts,\n\nIn bijlage de bijgewerkte versie van ons interventiedossier, met het "
     "nieuwe grondplan van het bijgebouw en de gewijzigde toegang na de inbraak.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     atts=[('Interventiedossier_SPC_2025-04.pdf',
            pdf(['Interventiedossier Sint-Pieterscollege Heverlee - april 2025',
                 'Verzamelplaats: sportveld achterzijde (zone C)',
                 'Brandmeldcentrale: inkomhal hoofdgebouw',
                 'Sleutelkluis brandweer aan hoofdingang: code 1-9-6-4',
                 'Bediening brandmeldcentrale niveau 2: pincode 0112',
                 'Gasafsluiter: kelder, lokaal K0.03',
                 'Hoofdschakelaar elektriciteit: kelder, lokaal K0.05'], 'Interventiedossier'),
            'application/pdf')],
     rules=['password'], note='key-safe code and panel PIN inside a PDF for the fire brigade')

_wim = ("Dag Marc,\n\nDe centrale is geherprogrammeerd. De nieuwe mastercode is 648213. Gelieve die "
        "enkel aan de directie door te geven en de installateurscode niet te gebruiken.\n"
        "Gebruikers 1 tot 9 zijn gewist.\n\nMvg,\nWim Hermans\nDijle Security")
mail('re-mastercode', '2025-03-18 09:37', MARC, ALARM,
     'RE: Herprogrammatie centrale Sint-Pieterscollege',
     "Dag Wim,\n\nOk, de nieuwe code werkt, ik heb het getest aan beide ingangen. Ik maak vandaag de "
     "gebruikers voor het poetsteam en de keuken terug aan.\n\nGroeten,\nMarc\n\n" +
     quote(_wim, "Op di 18 mrt 2025 om 08:51 schreef Wim Hermans <wim.hermans@dijlesecurity.be>:"),
     rules=['password'], tags=['reply'], irt='dijlesecurity.be',
     note='reply quotes the alarm company message that contains the new master code')

mail('badge-pin-poetsdienst', '2025-04-23 10:02', SECR, POETS,
     'Badge poetsdienst',
     "Goedemorgen,\n\nDe nieuwe badge voor jullie ploeg (B-2231) ligt klaar aan het onthaal. "
     "Aan de zijdeur moet na 18u ook een pincode ingegeven worden: 2741.\n\nVriendelijke groeten,\n" + s_secr(),
     rules=['password'], note='badge PIN for the cleaning crew (badge number itself is harmless)')

mail('login-cameraserver-dijle-ict', '2025-03-16 21:14', BART, ITPART,
     'Dringend: camerabeelden inbraak veiligstellen',
     "Goedenavond,\n\nBij ons is dit weekend ingebroken. De politie vraagt de beelden van vrijdag 20u "
     "tot zondag 10u te exporteren. Kan iemand van jullie morgen vroeg inloggen op de cameraserver?\n\n"
     "Login: spc.admin\nPW: Qk7#mL29vR\n\nOnze ICT-coördinator is pas woensdag terug.\n\n"
     "Dank u,\n" + s_bart(tel=True),
     rules=['password', 'personal_data'],
     note='server login sent to the IT partner; school phone number in the signature')

mail('wifi-expert-fr', '2025-03-25 08:44', ILSE, ('Sophie Marchal', 's.marchal@expertises-marchal.be'),
     'Visite de jeudi - accès et Wi-Fi',
     "Madame Marchal,\n\nPour votre visite de jeudi concernant les dégâts du cambriolage : vous pouvez "
     "vous garer dans la cour par la grille de la Groenstraat. Le Wi-Fi invité est le réseau "
     "SPC-Invite, clé WPA2 : Heverlee-Expert-77.\n\nJe vous accompagnerai pour la visite des locaux.\n\n"
     "Cordialement,\nIlse Wouters\nConseillère en prévention\nSint-Pieterscollege Heverlee",
     rules=['password'], lang='fr', note='guest Wi-Fi key for the insurance expert, in French')

mail('code-bijgebouw-vanuit-gmail', '2025-03-22 20:31', MARC_PRIV, ALARM,
     'code bijgebouw',
     "Wim,\nik zit thuis en mijn school-mail wil niet opstarten op de laptop. De code van zone "
     "bijgebouw die je vroeg is 3306. Morgen bel ik je.\nMarc",
     rules=['password', 'private_account'], agent='gmail',
     note='caretaker sends an alarm code to the alarm company from his private gmail')

mail('code-poort-in-onderwerp', '2025-04-04 15:55', MARC, DAK,
     'Code poort Groenstraat = 1905*',
     "Zie onderwerp, geldig vanaf maandag 7u. Poort na 17u terug sluiten aub.\nMarc" + IPHONE,
     rules=['password'], agent='iphone', tags=['phone'],
     note='gate code in the subject line')

_proc = """Procedure openen en sluiten gebouwen - Sint-Pieterscollege Heverlee
Versie april 2025 (na inbraak 15-16 maart)

1. Openen ('s morgens, vanaf 6u45)
- Hoofdingang openen met sleutel S-101.
- Alarm uitschakelen aan het paneel in de inkomhal: code 2580 en daarna #.
- Lichten gang gelijkvloers en refter aan; poort fietsenstalling openen om 7u15.
- Controleer de nachtlog van de brandmeldcentrale (geen meldingen = groen lampje).

2. Overdag
- Leveranciers melden zich aan het onthaal. Contractanten krijgen een bezoekersbadge.
- Sleutels voor externen liggen in de sleutelkluis aan de achterpoort, code 4177.

3. Sluiten (vanaf 18u, woensdag 13u30)
- Ronde langs alle verdiepingen, ramen dicht, beamers uit.
- Fietsenstalling sluiten, camera 11 moet de poort in beeld hebben.
- Alarm inschakelen met dezelfde code en AAN.

4. Bij problemen
- Meldkamer Dijle Security: 016 29 44 10 (paswoord WALVIS).
- Marc Verhaegen: 0476 31 22 58
- Preventieadviseur Ilse Wouters: 0495 72 18 40
- Politie (niet dringend): 016 21 09 11
"""
mail('procedure-openen-sluiten', '2025-04-18 11:20', ILSE, ('Jelle Smeets', 'jelle.smeets@interimplus-leuven.be'),
     'Procedure openen en sluiten gebouw',
     "Dag Jelle,\n\nHieronder de procedure zoals we ze in de map van de technische dienst hebben. Lees "
     "ze gerust op voorhand, Marc overloopt ze maandag nog eens met je.\n\n" + _proc +
     "\nMet vriendelijke groeten,\n" + s_ilse(),
     html=html_wrap('<p class="MsoNormal">Dag Jelle,</p><p class="MsoNormal">&nbsp;</p>'
                    '<p class="MsoNormal">Hieronder de procedure zoals we ze in de map van de technische '
                    'dienst hebben. Lees ze gerust op voorhand, Marc overloopt ze maandag nog eens met je.</p>'
                    '<p class="MsoNormal">&nbsp;</p>' + paras(_proc) +
                    '<p class="MsoNormal">Met vriendelijke groeten,<br>Ilse Wouters<br>Preventieadviseur</p>'),
     rules=['password', 'personal_data'], tags=['word-paste'],
     note='long procedure pasted from Word with alarm code, key-safe code, codeword and phone numbers')

mail('bitlocker-camerapc', '2025-03-19 10:26', PIETER, ITPART,
     'Herstelsleutel camera-pc',
     "Dag,\n\nDe camera-pc vraagt na de harde schijf-wissel de BitLocker-herstelsleutel. Jullie "
     "technieker staat ter plaatse zonder toegang tot ons Entra-portaal. Hier is hij:\n\n"
     "418330-227601-550462-108306\n713328-094402-661309-285714\n\nDaarna graag de sleutel laten roteren.\n\n"
     "Pieter\n" + s_pieter(),
     rules=['password'], note='BitLocker recovery key split over two lines')

mail('tijdelijk-wachtwoord-dirk', '2025-01-06 08:01', PIETER, DIRK,
     'Welkom - je account',
     None,
     html_only=True,
     html=html_wrap('<p class="MsoNormal">Dag Dirk,</p><p class="MsoNormal">&nbsp;</p>'
                    '<p class="MsoNormal">Welkom in het team! Je schoolaccount is klaar.</p>'
                    '<p class="MsoNormal">Gebruikersnaam: <b>dirk.coppens</b><br>'
                    'Tijdelijk wachtwoord: <b><span style="font-family:Consolas">Welkom-SPC-77</span></b></p>'
                    '<p class="MsoNormal">Je moet het bij de eerste aanmelding wijzigen. Daarna kan je ook '
                    'in het badgeportaal en in Smartschool.</p><p class="MsoNormal">&nbsp;</p>'
                    '<p class="MsoNormal">Groeten,<br>Pieter Smolders<br>ICT-coördinator</p>'),
     rules=['password'], note='start password for a new staff member in an HTML-only mail')

mail('teams-en-mapwachtwoord', '2025-03-20 16:10', ILSE, VERZ,
     'Overleg schadedossier inbraak - Teams',
     "Beste Kristof,\n\nZoals afgesproken een kort overleg over het schadedossier.\n\n"
     "________________________________________________________________________________\n"
     "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3YzE0MmQtZWE3Ny00@thread.v2/0\n"
     "Vergaderings-ID: 381 552 904 17\nWachtwoordcode: Xp7Fq2\n"
     "________________________________________________________________________________\n\n"
     "De foto's en de camerabeelden staan in de gedeelde map die ik u gisteren stuurde. Het "
     "wachtwoord van die map is Inbraak-Maart-15.\n\nMet vriendelijke groeten,\n" + s_ilse(),
     rules=['password'],
     note='meeting passcode is allowed, but the password of the shared folder must fire')

mail('digicode-fietsenstalling', '2025-05-06 09:30', MARC, ('Velo Leuven - ophaaldienst', 'ophaling@velo-leuven.be'),
     'Achtergelaten fietsen ophalen',
     "Dag,\n\nEr staan 14 achtergelaten fietsen klaar in de fietsenstalling (met een rood label). "
     "Jullie mogen ze woensdag na 13u ophalen. De fietsenstalling gaat open met digicode 2019B.\n\n"
     "Groeten,\n" + s_marc(),
     rules=['password'], note='digicode of the bike shed given to the bike recycling service')

mail('camera-viewer-wachtwoord', '2025-02-12 12:50', BART, GRIET,
     'camera-viewer',
     "Griet,\nIk ben morgen weg. Als de politie komt voor de beelden van het gevecht aan de "
     "fietsenstalling: de viewer op de pc in mijn bureau, wachtwoord zoals afgesproken is het "
     "SintPieter2025 (hoofdletter S en P).\nBart",
     rules=['password'], note='viewer password written out after a hint-like phrase')

mail('beelden-inbraak-politie', '2025-03-18 15:02', ILSE, POL,
     'Beelden inbraak 15-16 maart - PV LE.55.L3.012847/2025',
     "Geachte inspecteur Stas,\n\nZoals gevraagd de beelden van camera's 1, 4 en 11 van zaterdag 22u "
     "tot zondag 6u. U kan ze downloaden via deze link (7 dagen geldig):\n"
     "https://wetransfer.com/downloads/8c2f1e9b04d74a6f/ab12cd\n\n"
     "Het zip-bestand is beveiligd met het wachtwoord Beelden-0315!\n\n"
     "De beelden zijn opgenomen in ons cameraregister onder nummer 2025-007.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     rules=['password'], note='password of the footage archive sent to the police')

mail('key-safe-en', '2025-02-24 17:35', BART, CAMEN,
     'Your visit on Thursday',
     "Dear Daniel,\n\nI will be at a meeting when you arrive on Thursday. The key safe at the side "
     "entrance (Groenstraat) has code 7 7 0 3; the keys of the server room are on hook 4.\n"
     "Please put them back and scramble the code when you leave.\n\nKind regards,\nBart Lemmens\n"
     "Head teacher",
     rules=['password'], lang='en', note='key-safe code for the vendor in English, digits spaced')


# ===========================================================================
# B. look-alikes: numbers and codes that open nothing (must pass)
# ===========================================================================
mail('cameras-07-12-offline', '2025-01-28 14:36', MARC, CAMEN,
     'Cameras 07 and 12 offline - ticket CV-20931',
     "Hi Daniel,\n\nSince about 14:00 today cameras 07 and 12 (zone B, bike shed) show no image. "
     "The NVR says channel 12 'offline', channel 07 'no signal'. The PoE switch in cabinet R2 "
     "port 7 and 12 are blinking orange.\n\nOur ticket reference is CV-20931. Can someone come on "
     "Thursday?\n\nThanks,\nMarc Verhaegen\nSint-Pieterscollege Heverlee",
     lang='en', note='camera, channel, port and ticket numbers are look-alikes; nothing opens anything')

mail('vals-alarm-zone-14', '2025-02-17 07:48', MARC, MELDKAMER,
     'Vals alarm zone 14 en 22 - melding 2025-02-118',
     "Goedemorgen,\n\nVannacht om 02u14 en 03u40 gaven zone 14 (turnzaal) en zone 22 (gang bijgebouw) "
     "alarm. Jullie meldingsnummer is 2025-02-118. Ik heb alles nagekeken: geen sporen van inbraak, "
     "wel een openstaand dakraam boven de turnzaal. Ik vermoed dat de detector in zone 14 reageert op "
     "de wind of een duif.\n\nKan de technieker dat deze week nakijken?\n\nGroeten,\n" + s_marc(),
     note='zone numbers, times and an incident number; no code')

mail('sleutels-terug-s104', '2025-03-28 13:15', MARC, SLOT,
     'Sleutels terug + cilinder 17',
     "Dag,\n\nDe sleutels S-104, S-105 en passe-partout PP-3 zijn terug binnengebracht door de "
     "leerkrachten LO. Cilinder 17 (lokaal B1.06) moet nog vervangen worden, die is bij de inbraak "
     "beschadigd. Sleutelnummer op de oude cilinder: VR-4471-17.\n\nMvg,\n" + s_marc(),
     note='key and cylinder numbers are not secrets')

mail('pv-nummer-schadedossier', '2025-03-17 11:05', BART, VERZ_SCHADE,
     'Aangifte inbraak - polis 30.447.812 - PV LE.55.L3.012847/2025',
     "Geachte,\n\nHierbij melden wij een inbraak in onze school in het weekend van 15-16 maart.\n\n"
     "Polisnummer: 30.447.812\nPV-nummer politie: LE.55.L3.012847/2025\nDatum vaststelling: "
     "zondag 16 maart 2025, 7u20\n\nSchade: ingeslagen raam refter, twee opengebroken deuren "
     "(secretariaat en lokaal B1.06), gestolen: 6 laptops uit de laptopkar, een beamer en het "
     "wisselgeld van de drankautomaat. Foto's volgen.\n\nMet vriendelijke groeten,\n" + s_bart(),
     note='policy and police report numbers; look-alikes for codes')

mail('fw-wachtwoord-verloopt', '2025-04-28 08:35', ILSE, PIETER,
     'TR: Uw wachtwoord verloopt binnen 7 dagen',
     "Pieter, moet ik dit zelf doen of doe jij dat centraal? Ik wil niet dat de toegang tot de "
     "camera-viewer plots weg is.\nIlse\n\n" +
     outlook_quote('Accesso Portaal <noreply@accesso-systems.be>', 'maandag 28 april 2025 6:00',
                   'ilse.wouters@sintpieterscollege.be', 'Uw wachtwoord verloopt binnen 7 dagen',
                   "Beste gebruiker,\n\nUw wachtwoord voor het Accesso-beheerportaal verloopt op 5 mei 2025. "
                   "Meld u aan en kies een nieuw wachtwoord via Profiel > Beveiliging.\n\n"
                   "Dit is een automatisch bericht."),
     tags=['forward'], note='password-expiry notice without any password')

mail('reset-procedure-beheeraccount', '2025-04-16 11:12', PIETER, ACCESSO,
     'Procedure reset wachtwoord beheeraccount',
     "Dag,\n\nNa de interventie van gisteren wil ik het wachtwoord van het beheeraccount zelf "
     "resetten. Kunnen jullie de procedure bezorgen? Stuur aub het wachtwoord zelf niet via mail, "
     "dat is bij ons niet toegestaan; ik bel wel naar de helpdesk als het nodig is.\n\nGroeten,\n" + s_pieter(),
     note='asks how to reset a password; contains none')

mail('teams-uitnodiging-alarm', '2025-03-19 09:40', ILSE, ALARM,
     'Evaluatie alarminstallatie na inbraak',
     "Dag Wim,\n\nGraag een evaluatie van de installatie na de inbraak, online.\n\n"
     "________________________________________________________________________________\n"
     "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MjAwYjUtNTYx@thread.v2/0\n"
     "Vergaderings-ID: 345 221 908 77\nWachtwoordcode: aB3xYz\n"
     "Meer info | Opties voor vergadering\n"
     "________________________________________________________________________________\n\n"
     "Agenda: dekking zone refter, sirene buiten, koppeling met de camera's.\n\nIlse",
     note='meeting invitation with its passcode (allowed by default)')

mail('bestelling-hangsloten', '2025-01-15 10:20', MARC, SLOT,
     'Bestelling 4500123987 - hangsloten lockers',
     "Dag,\n\nBij deze bevestigen we offerte OFF-2025-0187: 40 hangsloten voor de lockers (type "
     "messing 40 mm, gelijksluitend per blok van 10, blokken A tot D). Ons bestelnummer is "
     "4500123987, graag vermelden op de factuur.\n\nLevering aan de achterpoort (Groenstraat).\n\n"
     "Groeten,\n" + s_marc(),
     note='order and quote numbers are not codes')

mail('verzamelplaatsen-lokalen', '2025-04-11 14:00', ILSE, BRANDW,
     'Brandoefening 24 april - verzamelplaatsen',
     "Beste luitenant,\n\nVoor de oefening van 24 april: de klassen uit de lokalen B2.14, B2.16 en "
     "B2.18 (o.a. 4ECWI en 5WEWI) gebruiken trappenhal 3 en verzamelen op zone C (sportveld). "
     "Lokaal A0.12 en de refter gaan via nooduitgang N2. We starten om 10u35 met sirene code 1 "
     "(ontruiming).\n\nMvg,\n" + s_ilse(),
     note='room numbers, class codes and an alarm stage number')

mail('betaling-factuur-alarm', '2025-04-03 10:45', NATH, ('Dijle Security - boekhouding', 'facturatie@dijlesecurity.be'),
     'Factuur 2025/0342 - betaling',
     "Goedemorgen,\n\nFactuur 2025/0342 (herprogrammatie centrale en 2 extra detectoren) werd vandaag "
     "betaald met de gestructureerde mededeling +++412/0387/21546+++. Ons klantnummer bij u is "
     "DS-30017.\n\nMet vriendelijke groeten,\nNathalie Peeters\nBoekhouding Sint-Pieterscollege",
     note='invoice number and structured payment reference; no IBAN, no code')

_inc = [['INC-25-011', '13/01', 'Locker blok B opengebroken', 'PV opgemaakt', 'afgesloten'],
        ['INC-25-014', '11/02', 'Vechtpartij fietsenstalling', 'beelden bewaard', 'afgesloten'],
        ['INC-25-019', '20/02', 'Vandalisme toiletten gelijkvloers', 'herstelling', 'afgesloten'],
        ['INC-25-023', '15/03', 'Inbraak refter / secretariaat', 'PV + verzekering', 'lopend'],
        ['INC-25-027', '02/04', 'Graffiti muur sporthal', 'stad verwittigd', 'lopend']]
mail('incidentenoverzicht-preventa', '2025-04-14 09:30', ILSE, PREVENTA,
     'Overzicht incidenten Q1 voor jaarverslag',
     "Beste,\n\nVoor het jaarverslag van de interne dienst: het overzicht van de veiligheidsincidenten "
     "in het eerste kwartaal.\n\n" + text_table(['Nr', 'Datum', 'Omschrijving', 'Actie', 'Status'], _inc)
     + "\n\nMet vriendelijke groeten,\n" + s_ilse(),
     html=html_wrap('<p class="MsoNormal">Beste,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                    'Voor het jaarverslag van de interne dienst: het overzicht van de veiligheidsincidenten '
                    'in het eerste kwartaal.</p><p class="MsoNormal">&nbsp;</p>'
                    + table(['Nr', 'Datum', 'Omschrijving', 'Actie', 'Status'], _inc)
                    + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Met vriendelijke groeten,<br>'
                    'Ilse Wouters<br>Preventieadviseur</p>'),
     tags=['table'], note='anonymous incident list with incident numbers; no pupil, no code')

mail('badges-deactiveren', '2025-04-24 16:18', PIETER, ACCESSO,
     'Badges B-10457 en B-10458 deactiveren',
     "Dag,\n\nTwee badges van het poetsteam zijn verloren: B-10457 en B-10458. Kunnen jullie die "
     "deactiveren in de controller? De vervangbadges zijn B-10611 en B-10612, profiel 'Onderhoud' "
     "(deuren D1, D3, D7).\n\nGroeten,\nPieter",
     note='badge and door numbers; no PIN')

mail('alarmcode-persoonlijk', '2025-03-18 17:02', BART, BOUW,
     'Toegang werf na de inbraak',
     "Beste meneer Dekeyser,\n\nNa de inbraak zijn alle alarmcodes en de code van het sleutelkluisje "
     "gewijzigd. Ik stuur die niet via mail: Marc geeft u maandag om 7u de nieuwe code persoonlijk "
     "mee aan de achterpoort.\n\nMet vriendelijke groeten,\n" + s_bart(),
     note='says codes changed and will be handed over in person; no code in the mail')

mail('foutcode-brandmeldcentrale', '2025-05-05 08:10', MARC, ELEK,
     'Storing brandmeldcentrale - foutcode E-27',
     "Dag,\n\nDe brandmeldcentrale geeft sinds het weekend foutcode E-27 op lus 3, detector 041 "
     "(lokaal A0.12, naast de refter). Ik heb de melding gereset maar ze komt na een uur terug.\n"
     "Onderhoudscontract nr. EG-MC-2209.\n\nKunnen jullie deze week langskomen?\n\nGroeten,\n" + s_marc(),
     note='error code, loop and detector numbers; nothing secret')

mail('zoom-meeting-en', '2025-05-12 11:25', ILSE, CAMEN,
     'Review camera register - Zoom',
     "Dear Daniel,\n\nThank you for agreeing to go through the retention settings with us.\n\n"
     "Join Zoom Meeting\nhttps://us06web.zoom.us/j/87255210934?pwd=bXlUd3pLc0FNeWZv\n\n"
     "Meeting ID: 872 5521 0934\nPasscode: 551903\n\n"
     "We would like to set the retention for all cameras to 30 days, except camera 11 (gate) at 14 days.\n\n"
     "Best regards,\nIlse Wouters\nPrevention advisor",
     lang='en', note='Zoom invitation with passcode (allowed), retention settings')


# ===========================================================================
# C/D. mails about pupils: sensitive, not sensitive, misdirected, correct
# ===========================================================================
LUCAS, LOTTE = 'P0007', 'P0208'
NOOR_EA, NOOR_VE = 'P0031', 'P0154'
KOBE, SEPPE = 'P0172', 'P0093'
EMMA, MILA = 'P0019', 'P0243'
YUSUF_YM, YUSUF_YD = 'P0066', 'P0121'
FINN, WOUT = 'P0088', 'P0089'
AMIRA_H, AMIRA_B = 'P0133', 'P0134'
NOAH_V, NOAH_C = 'P0045', 'P0270'
JANA, ROBBE = 'P0051', 'P0199'
ELIF3, ELIF6 = 'P0102', 'P0284'
MILAN_DB, MILAN_DP = 'P0160', 'P0161'
ZOE, LINA = 'P0220', 'P0075'
JONAS_WO, JONAS_WA = 'P0110', 'P0111'
SEM, JOLIEN = 'P0012', 'P0263'
RAYAN, SAMI, WARRE, LORE = 'P0143', 'P0036', 'P0058', 'P0127'
BRENT, ILIAS, HANNE, JULIE = 'P0181', 'P0190', 'P0215', 'P0226'
TIBO, DIEGO, RUBEN, MARIE = 'P0097', 'P0118', 'P0149', 'P0064'
OLIVER, ARNE, NINA, FLOR = 'P0252', 'P0187', 'P0165', 'P0044'
AYA, VIKTOR, LIAM = 'P0138', 'P0277', 'P0233'
STAN, FEMKE, ADAM, LAURA, LOUISE = 'P0029', 'P0083', 'P0105', 'P0196', 'P0259'


def P1(pid, name=None):
    return (name, par1(pid)) if name else par1(pid)


def P2(pid, name=None):
    return (name, par2(pid)) if name else par2(pid)


# --- first fire drill, 21 November 2024 -----------------------------------
mail('noor-enkel-brandoefening', '2024-11-21 15:12', ILSE, P1(NOOR_VE, 'Els Van Elst'),
     'Brandoefening - Noor',
     "Beste mevrouw,\n\nTijdens de brandoefening van vanmorgen is Noor El Amrani (2C) op trap 2 "
     "misgestapt en heeft ze haar rechterenkel verzwikt. Ze werd door onze EHBO-ploeg verzorgd en "
     "later door de huisarts van wacht bekeken: vermoedelijk een verstuiking, ze mag twee weken niet "
     "sporten en moet de enkel ingetapet houden.\n\nVoor de komende weken mag Noor de lift gebruiken; "
     "haar badge wordt daarvoor tijdelijk geactiveerd. Het formulier voor de schoolverzekering geven "
     "we morgen mee.\n\nBeterschap aan Noor!\n\nMet vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[NOOR_EA], mis=True,
     note='injury of Noor El Amrani sent to the mother of Noor Van Elst (autocomplete on the first name)')

mail('noor-enkel-correct', '2024-11-22 08:31', ILSE, P1(NOOR_EA, 'Fatima Ouali'),
     'Brandoefening - Noor (2C)',
     "Beste mevrouw Ouali,\n\nExcuses voor het late bericht: mijn mail van gisteren is per vergissing "
     "bij een andere ouder terechtgekomen; ik heb dat gemeld aan ons aanspreekpunt privacy.\n\n"
     "Noor is gisteren tijdens de brandoefening op de trap misgestapt. De huisarts vermoedt een "
     "verstuiking van de rechterenkel: twee weken geen LO, enkel ingetapet houden. Ze mag de lift "
     "gebruiken tot de krokusvakantie. Het ongevalsformulier voor de schoolverzekering ligt aan het "
     "onthaal; laat het door de dokter invullen en bezorg het terug aan het secretariaat.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[NOOR_EA],
     note='same injury correctly sent to the mother, whose address does not spell the pupil surname')

_zoe_q = ("Goedemiddag,\nZoë is gisteren na de brandoefening haar fiets vergeten, ze is met de bus naar huis "
          "gegaan. Staat die nog in de stalling? Het is een groene Btwin met een mandje.\nGroetjes,\nGriet Smets")
mail('fiets-zoe', '2024-11-22 12:05', MARC, P1(ZOE, 'Griet Smets'),
     'RE: fiets Zoë 3C',
     "Dag mevrouw Smets,\n\nJa, de groene fiets met mandje staat nog in de stalling, rij 4. Ze staat op slot, "
     "dus Zoë kan hem gewoon komen halen. De stalling gaat 's avonds om 18u dicht.\n\nGroeten,\n"
     + s_marc() + "\n\n" + quote(_zoe_q, "Op 22/11/2024 08:17 schreef Griet Smets <griet.smets@telenet.be>:"),
     about=[ZOE], tags=['reply'], irt='telenet.be',
     note='practical reply about a forgotten bike; not sensitive')

mail('lina-astma-verkeerde-draad', '2024-11-22 16:40', ILSE, P1(ZOE, 'Griet Smets'),
     'RE: fiets Zoë 3C',
     "Beste mevrouw,\n\nIk kom nog even terug op gisteren. Lina Aerts (3C) kreeg tijdens de "
     "brandoefening een astma-aanval door de rook van de rookmachine in gang B. Ze heeft haar puffer "
     "(Ventolin) gebruikt en is daarna een uur in het EHBO-lokaal gebleven. Haar saturatie was goed.\n\n"
     "Voor de volgende oefening zorgen we dat Lina niet langs de gang met rook moet, en we vragen om "
     "een reservepuffer in het EHBO-lokaal te leggen.\n\nMet vriendelijke groeten,\n" + s_ilse() + "\n\n"
     + quote("Ja, de groene fiets met mandje staat nog in de stalling, rij 4.\nGroeten,\nMarc Verhaegen",
             "Op 22/11/2024 12:05 schreef Marc Verhaegen <marc.verhaegen@sintpieterscollege.be>:"),
     cats=['medical'], about=[LINA], mis=True, tags=['reply', 'wrong-thread'], irt='sintpieterscollege.be',
     note="Lina's asthma attack sent in the thread with the mother of Zoë Smets")

mail('lina-astma-correct', '2024-11-25 09:14', ILSE, P2(LINA, 'Kurt Aerts'),
     'Lina - astma tijdens brandoefening',
     "Beste meneer Aerts,\n\nZoals vanmorgen telefonisch besproken: Lina kreeg donderdag tijdens de "
     "brandoefening een astma-aanval door de rookmachine. Ze heeft haar puffer gebruikt en herstelde goed. "
     "Kan u een reservepuffer met het voorschrift van de huisarts meegeven voor het EHBO-lokaal? "
     "Bij de volgende oefening gaat haar klas langs trappenhal 1, zonder rook.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[LINA],
     note="correct mail to Lina's father (parent 2) about her asthma attack")

mail('louise-compliment-oefening', '2024-11-26 13:22', ILSE, P1(LOUISE, 'Ann Michiels'),
     'Een pluim voor Louise',
     "Beste mevrouw Michiels,\n\nTijdens de brandoefening van vorige week heeft Louise spontaan geholpen om "
     "de eerstejaars van gang A naar de verzamelplaats te brengen toen hun leerkracht de lijst ging "
     "afgeven. Heel rustig en attent gedaan! We zouden haar graag vragen om bij de volgende oefeningen "
     "officieel evacuatiehelper te zijn.\n\nMet vriendelijke groeten,\n" + s_ilse(),
     about=[LOUISE], note='positive personal mail about one pupil; not sensitive')

# --- Sami Rahimi: contact ban father ----------------------------------------
mail('contactverbod-vader-sami', '2024-12-09 08:02', BART, [MARC, HILDE],
     'Vertrouwelijk - ophalen Sami Rahimi (2D)',
     "Marc, Hilde,\n\nVanaf vandaag geldt voor de vader van Sami Rahimi (2D), meneer Ahmad Rahimi, een "
     "contactverbod opgelegd door de familierechter na geweld thuis. Hij mag Sami niet ophalen en het "
     "domein niet betreden. Enkel de moeder en de grootmoeder mogen Sami ophalen.\n\n"
     "- Hilde: foto ligt in de gesloten map aan het onthaal.\n"
     "- Marc: hou bij het begin en einde van de schooldag de beelden van camera 11 (poort) in het oog.\n"
     "- Als hij zich toch aanmeldt: niet discussiëren, mij of Griet verwittigen en de politie bellen.\n\n"
     "Gelieve dit niet verder te verspreiden.\n\n" + s_bart(),
     cats=['family'], about=[SAMI],
     note='internal: contact ban for the father after domestic violence; family')

# --- Ruben: ADHD, time-out room --------------------------------------------
mail('ruben-badge-timeout', '2025-01-10 11:40', TOM, MARC,
     'badge Ruben De Clercq - time-outlokaal',
     "Dag Marc,\n\nRuben De Clercq (2A) heeft ADHD en in zijn handelingsplan (afgesproken met het CLB en "
     "de ouders) staat dat hij bij overprikkeling zelf naar het time-outlokaal A0.04 mag gaan. "
     "Kan jij zijn leerlingenbadge toegang geven tot deur D5 (gang A, gelijkvloers)? Badge L-2874.\n\n"
     "Bedankt!\n" + s_tom(),
     cats=['care'], about=[RUBEN], note='ADHD and care plan mentioned to get badge access; care')

# --- locker theft, January 2025 -------------------------------------------
_seppe_q = ("Beste,\nSeppe is de sleutel van zijn locker kwijt (blok B, nummer 214). Kan hij een reservesleutel "
            "krijgen? Hij heeft er zijn sportgerief in zitten.\nMvg,\nHilde Goossens")
mail('sleutel-locker-seppe', '2025-01-13 16:02', MARC, P1(SEPPE, 'Hilde Goossens'),
     'RE: sleutel locker Seppe',
     "Dag mevrouw Goossens,\n\nGeen probleem, de reservesleutel van locker 214 ligt morgen vanaf 8u aan het "
     "onthaal. Seppe moet hem wel tekenen in het sleutelregister.\n\nGroeten,\n" + s_marc() + "\n\n" +
     quote(_seppe_q, "Op ma 13 jan 2025 om 09:44 schreef Hilde Goossens <hilde.goossens@gmail.com>:"),
     about=[SEPPE], tags=['reply'], irt='gmail.com',
     note='lost locker key; practical, not sensitive')

mail('beelden-locker-kobe', '2025-01-14 08:17', MARC, BART,
     'beelden camera 5 - kastje 207',
     "Bart,\n\nIk heb de beelden van camera 5 (gang blok B) van gisteren bekeken. Om 12u41 zie je duidelijk "
     "Kobe Van Damme uit 4A die met een schroevendraaier kastje 207 openbreekt en er een gsm en een "
     "portefeuille uithaalt. Hij kijkt twee keer naar de camera.\n\nIk heb het fragment van 12u38 tot "
     "12u46 op een USB-stick gezet en het ingeschreven in het cameraregister (nr. 2025-002). De stick "
     "ligt in de kluis.\n\nMarc",
     cats=['psychosocial'], about=[KOBE],
     note='internal: footage shows a named pupil stealing from a locker; psychosocial')

mail('kobe-verkeerde-draad', '2025-01-14 16:20', MARC, P1(SEPPE, 'Hilde Goossens'),
     'RE: sleutel locker Seppe',
     "Nog een update: de politie komt morgen om 10u de beelden ophalen en Kobe Van Damme (4A) wordt "
     "morgenmiddag verhoord in het bureau van de directie, in aanwezigheid van zijn mama. Hij blijft tot "
     "dan thuis. Het kastje wordt vrijdag hersteld.\n\nMarc\n\n" +
     quote("Dag mevrouw Goossens,\nGeen probleem, de reservesleutel van locker 214 ligt morgen vanaf 8u aan "
           "het onthaal.\nGroeten,\nMarc Verhaegen",
           "Op ma 13 jan 2025 om 16:02 schreef Marc Verhaegen <marc.verhaegen@sintpieterscollege.be>:"),
     cats=['psychosocial'], about=[KOBE], mis=True, tags=['reply', 'wrong-thread'], irt='sintpieterscollege.be',
     note="update about Kobe's police interview sent in the thread with Seppe Goossens' mother")

mail('kobe-schorsing-ouders', '2025-01-15 17:45', BART, P1(KOBE, 'Nathalie De Bruyne'),
     'Bevestiging preventieve schorsing',
     "Geachte mevrouw De Bruyne,\n\nZoals vandaag besproken bevestig ik dat uw zoon preventief geschorst is "
     "van donderdag 16 tot en met maandag 20 januari, na de diefstal uit de locker van een medeleerling op "
     "13 januari. De politie heeft een proces-verbaal opgesteld (LE.55.L3.001937/2025). Tijdens de schorsing "
     "krijgt hij taken via Smartschool.\n\nOp dinsdag 21 januari om 8u30 verwacht ik u samen met hem voor een "
     "gesprek over de tuchtprocedure. U heeft het recht het dossier vooraf in te kijken.\n\n"
     "Met vriendelijke groeten,\n" + s_bart(tel=True),
     rules=['personal_data'], cats=['psychosocial'], about=[KOBE],
     note="'uw zoon' to Kobe's mother: suspension and police report; school phone in signature")

# --- Elif Kaya (6B): theft and threats -------------------------------------
mail('elif-verklaring-verkeerde-kaya', '2025-01-29 16:05', BART, P1(ELIF3, 'Hatice Kaya'),
     'Verklaring Elif bij de politie',
     "Beste mevrouw Kaya,\n\nElif (6B) heeft vandaag in aanwezigheid van mevrouw Claessens een verklaring "
     "afgelegd bij de jeugdinspecteur over de diefstal uit haar locker en de bedreigende berichten die ze "
     "daarna via Snapchat kreeg. Ze was erg aangeslagen maar heeft het goed gedaan.\n\nDe politie vraagt "
     "om de screenshots te bewaren. Mevrouw Claessens volgt Elif de komende weken op en Elif mag tijdens de "
     "middag in het lokaal van de leerlingenbegeleiding blijven als ze dat wil.\n\n"
     "Met vriendelijke groeten,\n" + s_bart(),
     cats=['psychosocial'], about=[ELIF6], mis=True,
     note='about Elif Kaya 6B (threats, police statement) sent to the mother of Elif Kaya 3A')

mail('elif-verklaring-correct', '2025-01-30 08:12', BART, P1(ELIF6, 'Emre Kaya'),
     'Verklaring Elif (6B) bij de politie',
     "Beste meneer Kaya,\n\nExcuses, mijn bericht van gisteren ging naar een verkeerde ouder.\n\n"
     "Elif heeft gisteren een verklaring afgelegd bij de jeugdinspecteur over de diefstal uit haar locker "
     "en de bedreigingen op Snapchat. De politie vraagt de screenshots te bewaren. Mevrouw Claessens volgt "
     "haar op; als Elif wil, kan ze ook een gesprek met slachtofferhulp krijgen.\n\n"
     "Met vriendelijke groeten,\n" + s_bart(),
     cats=['psychosocial'], about=[ELIF6],
     note='correct mail to the father of Elif Kaya 6B')

mail('elif3-lockersleutel', '2025-02-04 12:30', SECR, P1(ELIF3, 'Hatice Kaya'),
     'Lockersleutel Elif (3A)',
     "Beste mevrouw Kaya,\n\nElif heeft haar lockersleutel verloren. Ze kreeg vandaag een nieuwe sleutel "
     "(locker C-118); de oude werd uit het systeem gehaald. Mocht u de oude sleutel thuis terugvinden, "
     "mag Elif hem aan het onthaal afgeven.\n\nVriendelijke groeten,\n" + s_secr(),
     about=[ELIF3], note='lost locker key of Elif Kaya 3A, correctly to her mother; not sensitive')

# --- Marie Dupuis (FR) -----------------------------------------------------
mail('marie-velo-menaces-fr', '2025-02-04 17:20', SARAH, P1(MARIE, 'Valérie Dupuis'),
     'Marie - vélo volé et menaces',
     "Madame Dupuis,\n\nJe vous écris suite à notre conversation de ce midi. Le vélo de Marie a été volé "
     "lundi dans le parking à vélos. En parlant avec elle, Marie nous a dit qu'elle avait été menacée à "
     "plusieurs reprises par deux élèves plus âgés qui lui demandaient de l'argent à la sortie. "
     "La direction a informé la police de quartier et les images de la caméra 12 ont été conservées.\n\n"
     "Marie peut venir me parler à tout moment; je la verrai de toute façon jeudi à la récréation.\n\n"
     "Bien à vous,\n" + s_sarah(tel=True),
     rules=['personal_data'], cats=['psychosocial'], about=[MARIE], lang='fr',
     note='French: pupil threatened and extorted, police informed; phone in signature')

# --- Oliver Bennett (EN): broken wrist -------------------------------------
mail('oliver-wrist-en', '2025-02-06 13:05', ILSE, P1(OLIVER, 'James Bennett'),
     "Oliver's accident at the bike shed",
     "Dear Mr Bennett,\n\nFurther to my phone call: Oliver slipped on the icy ramp of the bike shed this "
     "morning and fell on his left wrist. Our first aid team suspected a fracture, so he was taken to the "
     "emergency department of AZ Dijleland by your wife. I have attached the school insurance form; "
     "please have the doctor fill in part 2 and return it to the school office.\n\nWe hope Oliver recovers "
     "quickly. He can use the lift while his arm is in plaster.\n\n"
     "Kind regards,\nIlse Wouters\nPrevention advisor, Sint-Pieterscollege Heverlee",
     atts=[('Ongevalsaangifte_schoolverzekering.pdf',
            pdf(['Aangifte van ongeval - schoolverzekering', 'Naam leerling: Oliver Bennett', 'Klas: 4B',
                 'Datum ongeval: 06/02/2025, 08u10', 'Plaats: hellingbaan fietsenstalling',
                 'Deel 2 - in te vullen door de behandelende arts'], 'Ongevalsaangifte'), 'application/pdf')],
     cats=['medical'], about=[OLIVER], lang='en',
     note='English: suspected fracture, emergency department; insurance form attached')

mail('verzekering-oliver', '2025-02-10 10:40', ILSE, VERZ_SCHADE,
     'Aangifte schoolongeval - Oliver Bennett (4B)',
     "Geachte,\n\nHierbij de aangifte van een schoolongeval.\n\n"
     "Leerling: Oliver Bennett, 4B\nGeboortedatum: 22/08/2010\nRijksregisternummer: " + rrn(2010, 8, 22, 147) +
     "\nDatum en uur: 6 februari 2025, 8u10\nPlaats: hellingbaan van de fietsenstalling (ijzel)\n"
     "Letsel: breuk van de linkerpols, gips gedurende 5 weken (spoeddienst AZ Dijleland)\n"
     "Getuige: Marc Verhaegen, huisbewaarder\n\nHet medisch attest van de behandelende arts volgt.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     rules=['personal_data'], cats=['medical'], about=[OLIVER],
     note='insurance claim with date of birth, national register number and the fracture')

# --- fight at the bike shed, 11 February -----------------------------------
mail('jonas-vechtpartij-mama', '2025-02-11 19:10', GRIET, P1(JONAS_WO, 'Marleen Wouters'),
     'Jonas - incident fietsenstalling',
     "Beste mevrouw Wouters,\n\nIk bevestig ons telefoongesprek van vanmiddag. Jonas werd na de laatste les "
     "aan de fietsenstalling door twee oudere leerlingen geslagen. Hij had een bloedneus en een snijwonde "
     "boven zijn linkerwenkbrauw en is door de ambulance naar de spoed gebracht, waar hij vier hechtingen "
     "kreeg.\n\nDe daders zijn via de camerabeelden geïdentificeerd; de directie start een tuchtprocedure. "
     "Als u aangifte wil doen, kunnen wij de beelden aan de politie bezorgen.\n\nMevrouw Claessens neemt "
     "morgen contact op met Jonas om te horen hoe het met hem gaat.\n\nMet vriendelijke groeten,\n" + s_griet(),
     cats=['medical', 'psychosocial'], about=[JONAS_WO],
     note='victim of violence with injury and stitches; to his mother')

mail('jonas-fietssleutel-wauters', '2025-02-14 10:02', MARC, P1(JONAS_WA, 'Luc Wauters'),
     'fietssleutel Jonas',
     "Dag meneer,\n\nDe fietssleutel van Jonas Wouters (2D), met een blauwe sleutelhanger van KSA Heverlee, "
     "werd gevonden aan de fietsenstalling. Hij mag hem afhalen aan het onthaal; zijn fiets staat nog op rij 2.\n\n"
     "Groeten,\n" + s_marc(),
     about=[JONAS_WO], mis=True,
     note='found bike key of Jonas Wouters (2D, bike left after the fight) sent to the father of Jonas Wauters (6A)')

mail('beelden-vechtpartij-politie', '2025-02-13 11:30', BART, POL,
     'RE: Vordering camerabeelden fietsenstalling 11/02',
     "Geachte inspecteur Stas,\n\nIn antwoord op uw vordering: de beelden van camera 12 (fietsenstalling) "
     "van dinsdag 11 februari tussen 15u45 en 16u05 zijn veiliggesteld (register nr. 2025-004).\n\n"
     "Op de beelden zijn Brent Wuyts en Ilias Amrani (beiden 4C) herkenbaar. Brent slaat de jongere leerling "
     "meermaals, Ilias houdt hem vast. Beide leerlingen zijn preventief geschorst tot de tuchtraad van "
     "20 februari. De USB-stick ligt klaar aan het onthaal tegen ontvangstbewijs.\n\n"
     "Met vriendelijke groeten,\n" + s_bart() + "\n\n" +
     quote("Geachte directeur,\nIn het kader van het onderzoek naar slagen en verwondingen op 11/02/2025 "
           "vorderen wij een kopie van de camerabeelden van de fietsenstalling.\nInsp. K. Stas",
           "Op 12/02/2025 16:30 schreef Inspecteur Koen Stas <koen.stas@politie-leuven.be>:"),
     cats=['psychosocial'], about=[BRENT, ILIAS], tags=['reply'], irt='politie-leuven.be',
     note='two named perpetrators of a fight, suspension, to the police')

# --- vandalism in the toilets, 20 February -----------------------------------
_verslag = """Verslag incident toiletten gelijkvloers - donderdag 20 februari 2025
Opgesteld door: Griet Van Hoof, adjunct-directeur

Feiten
Tussen 12u10 en 12u25 werden in de jongenstoiletten van het gelijkvloers twee lavabo's van de muur getrokken, een spiegel gebroken en de deur van de middelste cabine vernield. De toiletten zelf hebben geen camera; camera 3 (gang gelijkvloers) toont wie de toiletten binnenging en verliet.

Betrokken leerlingen (herkend op de beelden en bevestigd in gesprekken)
- Noah Claes (5C): heeft de feiten toegegeven; trok de lavabo's los.
- Arne Stevens (5C): was aanwezig, brak de spiegel.
- Yusuf Yilmaz (4B): stond op de uitkijk, ontkent deelname.

Maatregelen
- Noah en Arne: tijdelijke uitsluiting van 2 dagen (24 en 25 februari), herstelgesprek met de huisbewaarder.
- Yusuf: strafstudie op woensdagnamiddag en een gesprek met de leerlingenbegeleiding.
- De herstelkosten (offerte 1.240 euro) worden verdeeld: 40% Noah, 40% Arne, 20% Yusuf.

Opvolging
- Familie Stevens heeft gevraagd om in schijven te mogen betalen; het gezin krijgt een leefloon via het OCMW. Nathalie maakt een afbetalingsplan op (4 maanden).
- Sarah volgt Noah op: dit is zijn derde incident dit schooljaar.
"""
mail('verslag-vandalisme-toiletten', '2025-02-21 09:55', GRIET, [BART, SARAH],
     'Verslag incident toiletten 20/02',
     "Bart, Sarah,\n\nHieronder mijn verslag zoals het in het dossier komt. Graag jullie opmerkingen voor "
     "ik de brieven aan de ouders verstuur.\n\n" + _verslag + "\nGriet",
     html=html_wrap('<p class="MsoNormal">Bart, Sarah,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                    'Hieronder mijn verslag zoals het in het dossier komt. Graag jullie opmerkingen voor ik de '
                    'brieven aan de ouders verstuur.</p><p class="MsoNormal">&nbsp;</p>' + paras(_verslag)
                    + '<p class="MsoNormal">Griet</p>'),
     cats=['psychosocial', 'financial'], about=[NOAH_C, ARNE, YUSUF_YM], tags=['word-paste'],
     note='long internal report: named pupils, exclusions, damages and a family on social assistance')

mail('noah-claes-uitsluiting-verkeerd', '2025-02-21 15:30', GRIET, P1(NOAH_V, 'Sofie Claes'),
     'Tuchtmaatregel Noah Claes (5C) - incident toiletten',
     "Beste mevrouw Claes,\n\nNaar aanleiding van het vandalisme in de toiletten van gisteren werd Noah op de "
     "camerabeelden herkend. Hij heeft de feiten vanmorgen toegegeven. De directie legt hem een tijdelijke "
     "uitsluiting op van twee dagen (maandag 24 en dinsdag 25 februari). Er volgt nog een brief over de "
     "herstelkosten.\n\nNoah is op woensdag 26 februari om 8u25 terug welkom, samen met één van de ouders, "
     "voor een kort gesprek.\n\nMet vriendelijke groeten,\n" + s_griet(),
     cats=['psychosocial'], about=[NOAH_C], mis=True,
     note='exclusion of Noah Claes (5C) sent to Sofie Claes, mother of Noah Vermeulen (2B)')

mail('noah-claes-uitsluiting-correct', '2025-02-22 10:15', GRIET, P1(NOAH_C, 'Pieter Claes'),
     'Tuchtmaatregel Noah Claes (5C) - herstelkosten',
     "Beste meneer Claes,\n\nIn aanvulling op de aangetekende brief die u maandag ontvangt: Noah is tijdelijk "
     "uitgesloten op 24 en 25 februari na het vandalisme in de toiletten. Het aandeel van Noah in de "
     "herstelkosten bedraagt 496 euro; u ontvangt hiervoor een aparte factuur. Een afbetaling in schijven "
     "is mogelijk, neem daarvoor contact op met de boekhouding.\n\nMet vriendelijke groeten,\n" + s_griet(),
     cats=['psychosocial', 'financial'], about=[NOAH_C],
     note='exclusion and damages bill correctly sent to the father of Noah Claes')

mail('noah-vermeulen-fietsslot', '2025-02-27 11:02', MARC, P1(NOAH_V, 'Sofie Claes'),
     'Fietsslot Noah doorgeknipt',
     "Dag mevrouw Claes,\n\nZoals gevraagd heb ik het slot van Noah zijn fiets doorgeknipt (hij was zijn "
     "sleutel kwijt). De fiets staat nu aan het onthaal, Noah kan hem na school meenemen. Misschien best een "
     "nieuw slot meegeven.\n\nGroeten,\n" + s_marc(),
     about=[NOAH_V], note='Noah Vermeulen, mother Sofie Claes: practical, correctly addressed')

# --- Rayan Benali, police statement ----------------------------------------
mail('verklaring-rayan-jeugdcel', '2025-02-27 14:48', SARAH, POL_JEUGD,
     'Verklaring leerling - fietsdiefstallen',
     "Beste,\n\nZoals afgesproken met inspecteur Stas stuur ik de verklaring die Rayan gisteren in aanwezigheid "
     "van zijn moeder op school heeft afgelegd.\n\nNaam: Rayan Benali\nGeboren: °03/05/2009\nKlas: 5B\n\n"
     "Verklaring (samengevat): Rayan geeft toe dat hij op 17 en 24 februari samen met een jongen van buiten "
     "de school twee fietsen uit onze fietsenstalling heeft meegenomen. Hij zegt dat hij onder druk werd "
     "gezet om dat te doen. Eén fiets is teruggebracht.\n\nDe school heeft een tuchtprocedure opgestart; "
     "Rayan wordt opgevolgd door de leerlingenbegeleiding.\n\nMet vriendelijke groeten,\n" + s_sarah(),
     rules=['personal_data'], cats=['psychosocial'], about=[RAYAN],
     note="pupil's statement to the police with his date of birth")

# --- Aya bullied ------------------------------------------------------------
mail('aya-pesten-fietsenstalling', '2025-02-25 16:35', SARAH, P1(AYA, 'Samira Ouazzani'),
     'Aya - wat we op de beelden zagen',
     "Beste mevrouw Ouazzani,\n\nBedankt om ons te verwittigen. We hebben de beelden van de fietsenstalling "
     "van de voorbije twee weken bekeken. Daarop is te zien dat Aya minstens drie keer door dezelfde groep "
     "leerlingen wordt omringd, uitgelachen en dat haar boekentas wordt afgenomen. We nemen dit zeer ernstig.\n\n"
     "Volgende week start ik met een no-blame-aanpak in de klas van de betrokken leerlingen. Aya mag tot dan "
     "haar fiets in de afgesloten stalling van het personeel zetten. Ik spreek haar morgen tijdens de "
     "middagpauze.\n\nMet vriendelijke groeten,\n" + s_sarah(),
     cats=['psychosocial'], about=[AYA], note='bullying victim seen on camera; to her mother')

# --- Emma Janssens: custody ------------------------------------------------
mail('emma-ophalen-stiefvader', '2025-03-03 08:40', GRIET, P2(MILA, 'Stijn Desmet'),
     'Ophalen Emma',
     "Beste meneer Desmet,\n\nWe hebben de kopie van de beschikking van de familierechtbank goed ontvangen. "
     "Vanaf vandaag mag Emma (1B) enkel door mama of door u opgehaald worden; haar papa, meneer Janssens, mag "
     "haar niet meer aan de schoolpoort ophalen zolang de procedure loopt. Het onthaal en de huisbewaarder "
     "zijn op de hoogte.\n\nMocht er zich iets voordoen, dan verwittigen we u onmiddellijk.\n\n"
     "Met vriendelijke groeten,\n" + s_griet(),
     cats=['family'], about=[EMMA], mis=True,
     note='custody decision about Emma Janssens sent only to the father of her half-sister Mila, not a parent of Emma')

mail('emma-ophalen-mama', '2025-03-04 12:10', GRIET, P1(EMMA, 'Katrien Bosmans'),
     'Ophalen Emma (1B) - beschikking familierechtbank',
     "Beste mevrouw Bosmans,\n\nWe hebben de kopie van de beschikking goed ontvangen. Zoals gevraagd mag "
     "Emma voorlopig enkel door u of uw partner opgehaald worden; meneer Janssens niet, tot de zitting van "
     "april. Het onthaal en de huisbewaarder zijn op de hoogte. Omdat beide ouders het ouderlijk gezag "
     "behouden, blijft meneer Janssens wel het rapport en de schoolberichten ontvangen.\n\n"
     "Met vriendelijke groeten,\n" + s_griet(),
     cats=['family'], about=[EMMA],
     note="custody arrangement correctly sent to Emma's mother (shared with half-sister Mila)")

mail('mila-gsm-gevonden', '2025-03-06 13:50', SECR, P2(MILA, 'Stijn Desmet'),
     'Gsm Mila gevonden',
     "Beste meneer Desmet,\n\nDe gsm van Mila (4C) werd gevonden in de kleedkamer van de turnzaal en ligt "
     "aan het onthaal. Ze kan hem vandaag na de laatste les afhalen.\n\nVriendelijke groeten,\n" + s_secr(),
     about=[MILA], note="Mila's found phone, correctly to her father; not sensitive")

# --- Tibo: death of his father --------------------------------------------
mail('tibo-oma-ophalen', '2025-03-12 10:05', HILDE, MARC,
     'Tibo Vandenbroucke (3A) - oma haalt op',
     "Dag Marc,\n\nDe papa van Tibo Vandenbroucke (3A) is vorige week plots overleden. De komende weken "
     "haalt zijn oma hem elke dag om 15u40 op aan de zijpoort in de Groenstraat. Kan jij haar een "
     "bezoekersbadge geven zodat ze tot aan de fietsenstalling mag rijden? Ze is slecht te been.\n\n"
     "Tibo is nog erg stil, laat hem gerust even bij jou wachten als ze wat later is.\n\nHilde",
     cats=['family'], about=[TIBO], note='death of a parent mentioned to organise pick-up; family')

# --- Viktor: OCMW ----------------------------------------------------------
mail('viktor-laptop-ocmw', '2025-03-25 11:30', SARAH, OCMW,
     'Viktor Kovalenko (3C) - vervanging laptop na inbraak',
     "Beste Jasmien,\n\nBij de inbraak van 15-16 maart werd ook de leerlingenlaptop van Viktor gestolen uit "
     "de laptopkar. Omdat het OCMW voor Viktor de schoolrekening betaalt, wil ik graag afstemmen hoe we de "
     "eigen bijdrage van 95 euro voor een vervangtoestel regelen.\n\nDaarnaast: Viktor is sinds de inbraak erg "
     "angstig. Hij slaapt slecht, durft 's morgens niet als eerste het gebouw binnen en vraagt of de dieven "
     "terugkomen. Zijn mama vertelde dat het hem doet denken aan de bombardementen thuis. Ik heb voorgesteld "
     "om hem door te verwijzen naar het CLB.\n\nMet vriendelijke groeten,\n" + s_sarah(),
     cats=['financial', 'psychosocial', 'care'], about=[VIKTOR],
     note='OCMW pays the school bill, anxiety after the burglary, referral to the CLB')

# --- Diego: foster placement (phone) ---------------------------------------
mail('diego-pleeggezin', '2025-04-02 07:34', BART, [MARC, HILDE],
     'Diego 1D',
     "Marc, Hilde\nDiego Mukendi (1D) is sinds gisteren geplaatst in een pleeggezin (fam. Thys) via de "
     "jeugdrechter. Enkel de pleegouders mogen hem ophalen, de mama NIET. Als ze aan de poort staat: "
     "binnen houden en mij bellen.\nDetails later.\nBart" + IPHONE,
     cats=['family'], about=[DIEGO], agent='iphone', tags=['phone'],
     note='short phone mail about a foster placement; family')

# --- Yusuf Yilmaz: damages bill --------------------------------------------
mail('yusuf-herinnering-verkeerd', '2025-04-02 10:20', NATH, P1(YUSUF_YD, 'Gezin Yildiz'),
     'Herinnering: herstelkosten toiletten - Yusuf Yilmaz (4B)',
     "Geachte ouders,\n\nOns systeem toont dat de factuur voor de herstelkosten na het incident in de toiletten "
     "van 20 februari (aandeel Yusuf Yilmaz, 4B: 248 euro) nog niet betaald is. Dit is een tweede herinnering.\n\n"
     "Wij begrijpen dat dit een groot bedrag kan zijn. Een afbetaling in drie maandelijkse schijven is "
     "mogelijk; laat ons iets weten.\n\nMet vriendelijke groeten,\nNathalie Peeters\nBoekhouding",
     cats=['financial', 'psychosocial'], about=[YUSUF_YM], mis=True,
     note='unpaid damages bill of Yusuf Yilmaz (4B) sent to the family of Yusuf Yildiz (1A)')

mail('yusuf-afbetalingsplan', '2025-04-10 14:05', NATH, P1(YUSUF_YM, 'Ayse Yilmaz'),
     'Afbetalingsplan herstelkosten Yusuf Yilmaz (4B)',
     "Beste mevrouw Yilmaz,\n\nZoals telefonisch afgesproken bevestig ik het afbetalingsplan voor het aandeel "
     "van Yusuf in de herstelkosten van de toiletten (248 euro): drie schijven van 82,67 euro, telkens op de "
     "schoolrekening van mei, juni en september. Er worden geen extra kosten aangerekend.\n\n"
     "Met vriendelijke groeten,\nNathalie Peeters\nBoekhouding",
     cats=['financial', 'psychosocial'], about=[YUSUF_YM],
     note='payment plan for damages after an incident, correctly to the mother')

mail('yusuf-yildiz-badge', '2025-04-22 09:40', SECR, P1(YUSUF_YD, 'Gezin Yildiz'),
     'Nieuwe badge Yusuf (1A)',
     "Beste ouders,\n\nYusuf heeft zijn leerlingenbadge verloren. Hij heeft vandaag een nieuwe gekregen, de "
     "oude werd gedeactiveerd. Er zijn geen kosten voor de eerste vervanging.\n\n"
     "Vriendelijke groeten,\n" + s_secr(),
     about=[YUSUF_YD], note='replacement badge for Yusuf Yildiz, correctly addressed; not sensitive')

# --- Warre: ASS, CLB --------------------------------------------------------
mail('warre-ass-clb', '2025-04-03 15:15', TOM, CLB,
     'Warre Maes (1C) - evacuatie en redelijke aanpassingen',
     "Dag Anouk,\n\nIn het kader van het handelingsplan van Warre Maes (1C, diagnose ASS): bij de brandoefening "
     "van november raakte hij overprikkeld door het geluid van de sirene en liep hij terug het gebouw in. Voor "
     "de oefening van 24 april stellen we deze redelijke aanpassingen voor:\n"
     "- Warre wordt de dag voordien door zijn klastitularis verwittigd (niet het precieze uur);\n"
     "- hij krijgt een oorkap die in zijn bank blijft liggen;\n"
     "- een vaste begeleider (meneer Bouzid) neemt hem mee naar de verzamelplaats.\n\n"
     "Kan jij dit afstemmen met de ouders en met zijn thuisbegeleider?\n\nGroeten,\n" + s_tom(),
     cats=['care'], about=[WARRE], note='ASS diagnosis and reasonable adjustments discussed with the CLB')

# --- evacuation lists, April 2025 -------------------------------------------
_evac = [['Warre Maes', '1C', 'A1.05', 'ASS - overprikkeling door sirene, oorkap', 'K. Bouzid'],
         ['Flor Vandevelde', '1B', 'A1.02', 'epilepsie - niet laten lopen op de trap, rustig begeleiden', 'L. De Wit'],
         ['Ruben De Clercq', '2A', 'A1.08', 'ADHD - vaste plaats in de rij', 'J. Aerts'],
         ['Nina Kowalska', '2C', 'B1.03', 'diabetes type 1 - insulinekit meenemen', 'L. De Wit'],
         ['Lore Claessens', '3B', 'B2.14', 'krukken na knieoperatie - evacuatiestoel trap 2', 'J. Aerts'],
         ['Julie Lambrecht', '6A', 'B2.18', 'zwanger (7 mnd) - niet via de noodtrap', 'K. Bouzid']]
mail('evacuatielijst-begeleiders', '2025-04-14 12:40', ILSE, [LEEN, JEF, KARIM],
     'Evacuatielijst leerlingen met hulp - oefening 24/4',
     "Dag Leen, Jef en Karim,\n\nBedankt om evacuatiebegeleider te zijn. Hieronder de leerlingen die hulp nodig "
     "hebben bij de ontruiming en wie hen begeleidt.\n\n"
     + text_table(['Leerling', 'Klas', 'Lokaal', 'Aandachtspunt', 'Begeleider'], _evac)
     + "\n\nDe lijst hangt ook (in gesloten enveloppe) in de evacuatiemap van het secretariaat.\n\nIlse",
     html=html_wrap('<p class="MsoNormal">Dag Leen, Jef en Karim,</p><p class="MsoNormal">&nbsp;</p>'
                    '<p class="MsoNormal">Bedankt om evacuatiebegeleider te zijn. Hieronder de leerlingen die hulp '
                    'nodig hebben bij de ontruiming en wie hen begeleidt.</p><p class="MsoNormal">&nbsp;</p>'
                    + table(['Leerling', 'Klas', 'Lokaal', 'Aandachtspunt', 'Begeleider'], _evac)
                    + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">De lijst hangt ook (in gesloten '
                    'enveloppe) in de evacuatiemap van het secretariaat.</p><p class="MsoNormal">Ilse</p>'),
     cats=['medical', 'care'], about=[WARRE, FLOR, RUBEN, NINA, LORE, JULIE], tags=['table'],
     note='evacuation list in an Outlook table with diagnoses and a pregnancy; three individual colleagues')

mail('evacuatielijst-brandweer-csv', '2025-04-15 09:10', ILSE, BRANDW,
     'Lijst leerlingen met evacuatiehulp - oefening 24 april',
     "Beste luitenant Wuyts,\n\nZoals gevraagd voor de observatie van de oefening: in bijlage de lijst van "
     "leerlingen die hulp nodig hebben bij de evacuatie, met hun lokaal op donderdag 24/4 derde lesuur.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     atts=[('evacuatiehulp_24-04.csv',
            csv_bytes([['Leerling', 'Klas', 'Lokaal', 'Hulp nodig']] +
                      [[r[0], r[1], r[2], r[3]] for r in _evac[:2] + _evac[3:5]]), 'text/csv')],
     cats=['medical', 'care'], about=[WARRE, FLOR, NINA, LORE],
     note='evacuation help list as CSV for the fire brigade: ASS, epilepsy, diabetes, crutches')

mail('amira-epipen-verkeerd', '2025-04-15 14:25', ILSE, P1(AMIRA_B, 'Nadia Bensaid'),
     'EpiPen Amira - evacuatie',
     "Beste mevrouw,\n\nVoor de evacuatiemap: Amira Haddad (2B) heeft een ernstige notenallergie en draagt een "
     "EpiPen in haar boekentas. Bij een ontruiming laat ze haar boekentas in de klas staan. Daarom willen we "
     "een tweede EpiPen in de EHBO-koffer aan de verzamelplaats leggen.\n\nKunt u via de huisarts een "
     "voorschrift voor een tweede pen aanvragen en die aan het secretariaat bezorgen?\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[AMIRA_H], mis=True,
     note='severe allergy of Amira Haddad sent to the mother of classmate Amira Bensaid')

mail('amira-bensaid-jas', '2025-04-16 15:55', SECR, P1(AMIRA_B, 'Nadia Bensaid'),
     'Jas Amira vergeten',
     "Beste mevrouw Bensaid,\n\nAmira (2B) heeft haar winterjas laten liggen in de turnzaal. We hebben hem aan "
     "het onthaal gehangen, ze kan hem morgen ophalen.\n\nVriendelijke groeten,\n" + s_secr(),
     about=[AMIRA_B], note='forgotten jacket, correctly to the mother; not sensitive')

mail('julie-evacuatie-zwanger', '2025-04-16 10:50', SARAH, ILSE,
     'Julie Lambrecht 6A - oefening',
     "Dag Ilse,\n\nIk zie dat Julie Lambrecht (6A) op je evacuatielijst staat. Ze is intussen zeven maanden "
     "zwanger en de gynaecoloog raadt af dat ze snel trappen afloopt. Ze heeft dinsdag en donderdag les in "
     "B2.18; kan iemand met haar naar de lift of de evacuatiezone op de verdieping? Ze wil niet dat de "
     "klas het weet, dus graag discreet.\n\nSarah",
     cats=['medical'], about=[JULIE], note='pregnancy of a named pupil, internal')

mail('nina-diabetes-evacuatie', '2025-04-17 16:30', ILSE, P1(NINA, 'Agnieszka Kowalska'),
     'Nina - diabetes en brandoefening',
     "Beste mevrouw Kowalska,\n\nOp 24 april houden we een brandoefening. Omdat Nina diabetes type 1 heeft, "
     "spraken we af dat haar leerkracht het tasje met insulinepen, glucosemeter en druivensuiker meeneemt naar "
     "de verzamelplaats. Kan u ervoor zorgen dat Nina dat tasje die dag in haar bank heeft en niet in haar "
     "locker?\n\nMet vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[NINA], note='diabetes and insulin kit; to the mother')

mail('flor-epilepsie-flitslicht', '2025-04-18 11:00', ILSE, P2(FLOR, 'Karen Vandevelde'),
     'Flor - flitslichten nieuwe brandalarm',
     "Beste mevrouw Vandevelde,\n\nIn het bijgebouw worden binnenkort flitslichten bij het brandalarm "
     "geplaatst. Omdat Flor epilepsie heeft, wil ik graag weten of de neuroloog bezwaar heeft tegen "
     "flitsende lichten. Indien ja, zorgen we dat Flor bij een alarm via trappenhal 1 gaat, waar geen "
     "flitslichten komen.\n\nMet vriendelijke groeten,\n" + s_ilse(),
     cats=['medical'], about=[FLOR], note='epilepsy and alarm flash lights; to parent 2')

# --- Lore: lift badge (in passing) -------------------------------------------
mail('liftbadge-lore', '2025-05-07 10:15', PIETER, ACCESSO,
     'Profiel leerlingenbadge L-3391 aanpassen',
     "Dag,\n\nKunnen jullie badge L-3391 tijdelijk het profiel 'Lift' geven tot 30 juni? Het gaat om Lore "
     "Claessens (3B), ze loopt met krukken na een knieoperatie. Daarna mag het profiel terug naar "
     "'Leerling standaard'.\n\nGroeten,\nPieter",
     cats=['medical'], about=[LORE], note='knee surgery mentioned in passing in a badge request to the vendor')

# --- Hanne: self-harm --------------------------------------------------------
mail('hanne-toilet-turnzaal', '2025-05-06 13:35', MARC, SARAH,
     'Hanne 5A',
     "Sarah,\n\nIk vond Hanne Verbruggen (5A) net in het toilet aan de turnzaal. Ze was erg overstuur en had "
     "verse sneetjes op haar onderarm. Ik heb haar naar het EHBO-lokaal gebracht, Els zit nu bij haar. "
     "Kan jij zo snel mogelijk komen?\n\nMarc",
     cats=['psychosocial', 'medical'], about=[HANNE], note='self-harm found by the caretaker; internal')

# --- Milan Dubois: unpaid bill ------------------------------------------------
mail('milan-herinnering-verkeerd', '2025-05-09 10:10', NATH, P1(MILAN_DP, 'Fam. Dupont'),
     'Tweede herinnering openstaande rekening - Milan',
     "Beste ouders,\n\nDe vervangbadge (15 euro) en de lockerhuur (20 euro) voor Milan Dubois (4A) staan nog "
     "open sinds januari. Dit is de tweede herinnering. Als u het moeilijk heeft om deze kosten te betalen, "
     "kan u een afbetaling aanvragen of contact opnemen met de sociale dienst van de school; dit blijft "
     "vertrouwelijk.\n\nMet vriendelijke groeten,\nNathalie Peeters\nBoekhouding",
     cats=['financial'], about=[MILAN_DB], mis=True,
     note='unpaid bill of Milan Dubois sent to the family of Milan Dupont')

mail('milan-dupont-bromfiets', '2025-05-12 08:55', MARC, P2(MILAN_DP, 'Caroline Lejeune'),
     'Plaats voor de elektrische step van Milan',
     "Dag mevrouw,\n\nMilan (4B) mag zijn elektrische step in het afgesloten deel van de fietsenstalling "
     "zetten (naast de poort, met camera). Opladen op school is niet toegestaan.\n\nGroeten,\n" + s_marc(),
     about=[MILAN_DP], note='practical answer about a scooter, to parent 2 whose surname differs; not sensitive')

# --- Liam: suspicion of violence at home --------------------------------------
mail('liam-blauwe-plekken-clb', '2025-05-19 12:20', SARAH, CLB,
     'Zorgwekkende situatie Liam Geerts (2A)',
     "Dag Anouk,\n\nLiam Geerts (2A) kwam vanmorgen met blauwe plekken in zijn nek en op zijn bovenarm. Tijdens "
     "het gesprek vertelde hij dat zijn stiefvader hem gisteren bij de keel greep na een ruzie. Hij wil niet "
     "naar huis. Ik vermoed intrafamiliaal geweld. Liam wordt sinds vorig jaar al door jullie opgevolgd "
     "(CLB-dossier, gesprekken met de schoolpsycholoog).\n\nKan jij vandaag nog langskomen zodat we samen beslissen "
     "over een melding bij het Vertrouwenscentrum Kindermishandeling?\n\nSarah\n" + s_sarah(),
     cats=['family', 'psychosocial', 'care'], about=[LIAM],
     note='suspected domestic violence reported to the CLB')

# --- other non-sensitive personal mails --------------------------------------
mail('fiets-lucas-verkeerde-peeters', '2025-04-29 10:30', MARC, P1(LOTTE, 'Kris Peeters'),
     'Fiets Lucas in de stalling',
     "Beste meneer Peeters,\n\nDe fiets van Lucas Peeters (3B), een blauwe Oxford, staat al sinds de paasvakantie zonder slot "
     "in de stalling. We hebben hem binnen gezet in het fietsenhok van de technische dienst. Lucas mag hem "
     "ophalen bij mij of bij Dirk.\n\nGroeten,\n" + s_marc(),
     about=[LUCAS], mis=True,
     note='found bike of Lucas Peeters (3B) sent to the father of Lotte Peeters (5A), another family')

mail('fiets-lucas-correct', '2025-04-30 08:20', MARC, P1(LUCAS, 'An Peeters'),
     'Fiets Lucas (3B)',
     "Beste mevrouw Peeters,\n\nDe fiets van Lucas staat binnen in het fietsenhok van de technische dienst (hij "
     "stond sinds de paasvakantie zonder slot in de stalling). Lucas mag hem na school ophalen.\n\n"
     "Groeten,\n" + s_marc(),
     about=[LUCAS], note='same message correctly to the mother of Lucas Peeters')

mail('lotte-badge-klaar', '2025-05-02 11:15', SECR, P1(LOTTE, 'Kris Peeters'),
     'Badge Lotte klaar',
     "Beste meneer Peeters,\n\nDe nieuwe badge van Lotte (5A) met toegang tot het labo ligt klaar aan het "
     "onthaal.\n\nVriendelijke groeten,\n" + s_secr(),
     about=[LOTTE], note='badge ready, correctly to her father; not sensitive')

mail('badge-finn-verkeerd', '2025-04-24 11:05', SECR, P1(WOUT, 'Veerle Hermans'),
     'Leerlingenbadge opnieuw actief',
     "Beste ouder,\n\nDe leerlingenbadge van Finn Willems (3A) is opnieuw geactiveerd. Hij kan vanaf morgen weer door "
     "de fietspoort en de zijdeur. De tijdelijke dagbadge mag hij aan het onthaal afgeven.\n\n"
     "Vriendelijke groeten,\n" + s_secr(),
     about=[FINN], mis=True,
     note="template about Finn Willems sent to the previous recipient, the mother of classmate Wout Hermans")

mail('badge-finn-correct', '2025-04-24 11:40', SECR, P1(FINN, 'Sanne Devos'),
     'Leerlingenbadge Finn opnieuw actief',
     "Beste mevrouw Devos,\n\nDe leerlingenbadge van Finn (3A) is opnieuw geactiveerd. Hij kan vanaf morgen weer "
     "door de fietspoort en de zijdeur.\n\nVriendelijke groeten,\n" + s_secr(),
     about=[FINN], note='correctly to the mother of Finn Willems (address does not spell Willems)')

mail('fiets-sem-correct', '2025-03-10 14:02', MARC, P1(SEM, 'Evi Schepers'),
     'Fiets Sem (1A)',
     "Dag mevrouw Schepers,\n\nDe rode mountainbike van Sem stond vrijdagavond open aan de poort; hij staat nu "
     "binnen bij de technische dienst. Sem kan hem vandaag na school komen halen.\n\nGroeten,\n" + s_marc(),
     about=[SEM], note='correctly to the mother of Sem Dewaele')

mail('jana-sleutel-draad-robbe', '2025-03-13 12:45', MARC, P1(JANA, 'Gezin Mertens'),
     'RE: kastje Robbe',
     "Dag,\n\nRobbe zijn kastje is hersteld. En nog iets anders: zijn zus Jana (1A) heeft gisteren haar "
     "fietssleutel laten liggen aan de poort, die ligt bij mij.\n\nGroeten,\nMarc\n\n" +
     quote("Hallo,\nHet slot van het kastje van Robbe (4A) klemt, hij krijgt het niet meer open.\nGroetjes,\n"
           "Tine", "Op 12/03/2025 18:33 schreef Gezin Mertens <gezin.mertens@telenet.be>:"),
     about=[ROBBE, JANA], tags=['reply'], irt='telenet.be',
     note='siblings share the parent address; mentioning Jana in the thread about Robbe is correctly addressed')

mail('stan-portefeuille', '2025-03-27 15:20', BART, P2(STAN, 'Dirk Vos'),
     'Dank aan Stan',
     "Beste meneer Vos,\n\nStan (5B) vond vanmiddag een portefeuille met een flinke som geld op de speelplaats "
     "en bracht die meteen naar het onthaal. De eigenaar was heel opgelucht. Ik wilde u even laten weten dat "
     "we dat erg waarderen.\n\nMet vriendelijke groeten,\n" + s_bart(),
     about=[STAN], note='thanks for an honest pupil; not sensitive')

mail('femke-evacuatiehelper', '2025-04-22 13:10', ILSE, pmail(FEMKE),
     'Evacuatiehelper donderdag',
     "Dag Femke,\n\nBedankt dat je donderdag evacuatiehelper wil zijn. Je krijgt een fluohesje aan het "
     "secretariaat (vanaf 10u15). Jouw taak: de deur van trappenhal 3 openhouden tot de laatste klas buiten "
     "is en dan naar zone C gaan. Niet zelf terug naar binnen!\n\nGroetjes,\nIlse",
     about=[FEMKE], note='practical mail to a pupil; not sensitive')

mail('adam-scooter-parkeren', '2025-05-14 09:25', MARC, P1(ADAM, 'Khadija Chaoui'),
     'RE: scooter Adam',
     "Dag mevrouw Chaoui,\n\nAdam (3B) mag met de scooter komen, maar hij moet hem buiten de schoolpoort "
     "parkeren aan de Groenstraat, niet in de fietsenstalling. Daar hangt ook een camera.\n\nGroeten,\n" + s_marc(),
     about=[ADAM], tags=['reply'], irt='gmail.com', note='practical question about a scooter; not sensitive')

mail('laura-sporttas-camera', '2025-05-15 16:05', MARC, P1(LAURA, 'Joke Verhoeven'),
     'Sporttas Laura',
     "Dag mevrouw Verhoeven,\n\nIk heb op de beelden van de gang naar de turnzaal gekeken: Laura heeft haar "
     "sporttas dinsdag in de kleedkamer laten staan, er is niemand mee weggegaan. De tas stond achter de deur "
     "van kleedkamer 2 en ligt nu aan het onthaal.\n\nGroeten,\n" + s_marc(),
     about=[LAURA], note='camera checked for a lost sports bag; not sensitive')

_incn = [['13/01', 'Diefstal uit locker 207', 'Kobe Van Damme (4A)', '3 dagen preventieve schorsing, PV'],
         ['04/02', 'Afpersing aan de poort', 'slachtoffer Marie Dupuis (3B)', 'wijkpolitie verwittigd'],
         ['11/02', 'Vechtpartij fietsenstalling', 'Brent Wuyts, Ilias Amrani (4C)', 'schorsing, tuchtraad 20/02'],
         ['11/02', 'idem - slachtoffer', 'Jonas Wouters (2D)', 'spoed, 4 hechtingen'],
         ['20/02', 'Vandalisme toiletten', 'Noah Claes, Arne Stevens (5C), Yusuf Yilmaz (4B)', 'uitsluiting 2 d., herstelgesprek'],
         ['25/02', 'Pesterijen fietsenstalling', 'slachtoffer Aya Ouazzani (1C)', 'no-blame-aanpak'],
         ['26/02', 'Fietsdiefstallen', 'Rayan Benali (5B)', 'verklaring politie, tuchtprocedure']]
mail('incidenten-namen-directie', '2025-03-03 17:25', ILSE, [BART, GRIET],
     'Incidenten met leerlingen jan-feb (voor de cel leerlingenbegeleiding)',
     "Bart, Griet,\n\nVoor de cel van donderdag: het overzicht van de veiligheidsincidenten met leerlingen, met "
     "wie betrokken was en welke maatregel genomen werd.\n\n"
     + text_table(['Datum', 'Incident', 'Leerling(en)', 'Maatregel'], _incn) + "\n\nIlse",
     html=html_wrap('<p class="MsoNormal">Bart, Griet,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">'
                    'Voor de cel van donderdag: het overzicht van de veiligheidsincidenten met leerlingen, met wie '
                    'betrokken was en welke maatregel genomen werd.</p><p class="MsoNormal">&nbsp;</p>'
                    + table(['Datum', 'Incident', 'Leerling(en)', 'Maatregel'], _incn)
                    + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ilse</p>'),
     cats=['psychosocial', 'medical'], about=[KOBE, MARIE, BRENT, ILIAS, JONAS_WO, NOAH_C, ARNE, YUSUF_YM, AYA, RAYAN],
     tags=['table'], note='internal incident table naming perpetrators, victims and an injury')


# ===========================================================================
# E. general letters to all parents / all staff (must pass)
# ===========================================================================
def letter(slug, when, subject, body, staff=False, bcc=None, **kw):
    if bcc is None:
        bcc = [PERSONEEL] if staff else [OUDERS_ALL]
    return mail(slug, when, DIRECTIE, DIRECTIE, subject, body, bcc=bcc, **kw)


_sig_dir = "Met vriendelijke groeten,\n\nBart Lemmens, directeur\nGriet Van Hoof, adjunct-directeur\nSint-Pieterscollege Heverlee"

_cam = ("Beste ouders,\n\nIn de herfstvakantie plaatsen we camera's aan de hoofdingang, de zijpoort in de "
        "Groenstraat en in de fietsenstalling. We doen dit na enkele fietsdiefstallen en om de veiligheid aan de "
        "poort te verhogen.\n\nWat u moet weten:\n"
        "- De camera's filmen enkel de toegangen en de fietsenstalling, nooit klaslokalen, kleedkamers of toiletten.\n"
        "- Aan elke ingang hangt het wettelijke pictogram.\n"
        "- De beelden worden 30 dagen bewaard en enkel bekeken bij een incident, door de directie of de "
        "preventieadviseur. Elke raadpleging wordt genoteerd in het cameraregister.\n"
        "- Beelden worden enkel doorgegeven aan de politie, op hun vraag.\n\n"
        "Vragen over de camera's of over uw rechten kan u stellen aan privacy@lksd.ksleuven.be.\n\n" + _sig_dir)
letter('brief-ouders-cameras', '2024-10-18 14:00', "Camera's aan de ingangen en in de fietsenstalling", _cam,
       html=html_wrap(paras(_cam)), note='general letter to all parents about the new cameras; group only in BCC')

_reg = ("Beste collega's,\n\nNu de camera's actief zijn, enkele afspraken:\n\n"
        "1. Beelden bekijken gebeurt enkel door de directie, de preventieadviseur of de huisbewaarder in opdracht "
        "van de directie.\n2. Elke raadpleging en elke kopie wordt ingeschreven in het cameraregister (map op het "
        "secretariaat). Dat is wettelijk verplicht.\n3. Vraagt een ouder of leerling om beelden te zien? Verwijs "
        "door naar de directie; geef zelf geen informatie.\n4. Vraagt de politie beelden? Enkel op schriftelijke "
        "vordering, via de directie.\n5. Maak nooit foto's van het scherm met je gsm.\n\n" + _sig_dir)
letter('brief-personeel-cameraregister', '2024-10-28 08:00', 'Afspraken camerabeelden en cameraregister', _reg,
       staff=True, note='letter to all staff via personeel@ in BCC; general rules, no names')

letter('brief-ouders-brandoefening-nov', '2024-11-14 16:10', 'Brandoefening volgende week',
       "Beste ouders,\n\nVolgende week houden we een onaangekondigde brandoefening. Uw zoon of dochter oefent dan "
       "samen met de klas de evacuatie naar de verzamelplaats op het sportveld. Leerlingen die hulp nodig hebben bij "
       "een evacuatie, hebben een vaste begeleider; als u denkt dat uw kind extra hulp nodig heeft, laat het dan "
       "weten aan de leerlingenbegeleiding.\n\nWe vragen de ouders die hun kind afzetten om die ochtend niet op de "
       "parking aan het sportveld te stoppen.\n\n" + _sig_dir,
       bcc=grade_parents('12'), tags=['bcc-envelope'],
       note='general drill announcement; many parents in the SMTP envelope only')

_evproc = ['Evacuatieprocedure Sint-Pieterscollege - personeel',
           '1. Bij het alarm: lessen onmiddellijk stoppen, ramen en deuren sluiten, lichten aan laten.',
           '2. Neem de klaslijst en het fluohesje uit de evacuatiemap mee.',
           '3. Volg de groene pijlen naar de verzamelplaats (zone A, B of C).',
           '4. Tel de leerlingen en geef de lijst af aan de zonecoördinator.',
           '5. Ga nooit terug naar binnen zonder toestemming van de brandweer.',
           'Leerlingen met evacuatiehulp: zie de gesloten enveloppe in de evacuatiemap.']
letter('brief-personeel-evacuatieprocedure', '2024-11-15 12:00', 'Evacuatieprocedure - bijgewerkte versie',
       "Beste collega's,\n\nIn bijlage de bijgewerkte evacuatieprocedure. Lees ze aub voor de oefening van volgende "
       "week; in elk lokaal hangt een kopie naast de deur.\n\n" + _sig_dir,
       staff=True, atts=[('Evacuatieprocedure_2024.pdf', pdf(_evproc, 'Evacuatieprocedure'), 'application/pdf')],
       note='procedure PDF to all staff; no names, no codes')

letter('brief-ouders-lockers', '2025-01-20 15:30', 'Diefstallen uit lockers - enkele tips',
       "Beste ouders,\n\nDe voorbije weken werden enkele lockers opengebroken. De politie is op de hoogte en de "
       "school heeft maatregelen genomen. We vragen uw hulp:\n"
       "- laat geen geld, gsm of dure spullen in de locker achter tijdens de middag;\n"
       "- gebruik het hangslot dat de school bij de start van het schooljaar gaf;\n"
       "- meld diefstal of schade meteen aan het onthaal.\n\nDe camera in de gang van blok B blijft actief.\n\n" + _sig_dir,
       cte='quoted-printable', note='general theft-prevention letter; no pupil named')

letter('brief-ouders-pestbeleid', '2025-02-28 14:45', 'Ons anti-pestbeleid en toezicht aan de fietsenstalling',
       "Beste ouders,\n\nDe voorbije weken hebben we meer toezicht gehouden aan de fietsenstalling. We willen u "
       "graag herinneren aan ons anti-pestbeleid:\n"
       "- pesten wordt nooit getolereerd, ook niet online;\n"
       "- we werken met een herstelgerichte aanpak en, waar nodig, met sancties;\n"
       "- leerlingen kunnen altijd terecht bij de leerlingenbegeleiding of een vertrouwensleerkracht.\n\n"
       "Merkt u dat uw kind gepest wordt of zelf pest? Neem contact op met de leerlingenbegeleiding via "
       "Smartschool.\n\n" + _sig_dir,
       bcc=grade_parents('34'), tags=['bcc-envelope'],
       note='general bullying policy letter; parents of grade 2 only in the envelope')

letter('brief-personeel-inbraak', '2025-03-16 20:30', 'Inbraak dit weekend - stand van zaken',
       "Beste collega's,\n\nVannacht werd er ingebroken in onze school. De daders kwamen binnen via een raam van "
       "de refter en forceerden de deuren van het secretariaat en lokaal B1.06. Er werden laptops uit de "
       "laptopkar, een beamer en wisselgeld gestolen. De politie heeft de sporen opgenomen.\n\n"
       "Morgen gaan de lessen gewoon door. Lokaal B1.06 en het secretariaat zijn tot woensdag niet bruikbaar; "
       "het secretariaat werkt vanuit lokaal A0.02. Heb je persoonlijke spullen in de school gelaten die "
       "verdwenen zijn, meld het dan aan Ilse.\n\nAlle alarmcodes worden gewijzigd; je hoort persoonlijk van Marc "
       "wat dat voor jou betekent. Codes worden niet via mail verstuurd.\n\n" + _sig_dir,
       staff=True, note='burglary update to all staff; mentions codes are changed but gives none')

_inbr = ("Beste ouders,\n\nIn het weekend van 15 en 16 maart werd er in onze school ingebroken. Er werden vooral "
         "laptops en een beamer gestolen. Er is geen vertrouwelijke informatie over leerlingen verdwenen: de "
         "leerlingendossiers staan in Smartschool en de gestolen toestellen waren versleuteld.\n\n"
         "De lessen gaan gewoon door. Leerlingen van wie de leerlingenlaptop gestolen werd, krijgen deze week een "
         "vervangtoestel; de klastitularis brengt hen op de hoogte.\n\nWe danken de buren die de politie "
         "verwittigden.\n\n" + _sig_dir)
letter('brief-ouders-inbraak', '2025-03-17 12:00', 'Inbraak in onze school', _inbr,
       charset='windows-1252', cte='quoted-printable', note='burglary letter to all parents, cp1252')

letter('brief-ouders-inbraak-fr', '2025-03-17 12:05', 'Cambriolage dans notre école',
       "Chers parents,\n\nLe week-end des 15 et 16 mars, notre école a été cambriolée. Des ordinateurs portables "
       "et un projecteur ont été volés. Aucune information confidentielle sur les élèves n'a disparu.\n\n"
       "Les cours continuent normalement. Les élèves dont l'ordinateur portable a été volé recevront un appareil "
       "de remplacement cette semaine.\n\nCordialement,\n\nBart Lemmens, directeur\nSint-Pieterscollege Heverlee",
       lang='fr', note='French version of the burglary letter to all parents')

letter('brief-ouders-inbraak-en', '2025-03-17 12:10', 'Break-in at our school',
       "Dear parents,\n\nOver the weekend of 15-16 March our school was broken into. Laptops and a projector "
       "were stolen. No confidential information about pupils was lost: pupil records are kept in Smartschool "
       "and the stolen devices were encrypted.\n\nLessons continue as normal. Pupils whose school laptop was "
       "stolen will receive a replacement this week.\n\nKind regards,\n\nBart Lemmens, head teacher\n"
       "Sint-Pieterscollege Heverlee",
       lang='en', cte='base64', note='English version of the burglary letter, base64 body')

letter('brief-personeel-sleutelplan', '2025-03-20 16:00', 'Nieuw sleutelplan - oude sleutels inleveren',
       "Beste collega's,\n\nNa de inbraak vervangen we de cilinders van de hoofdingang, het secretariaat, de "
       "turnzaal en de fietsenstalling. Vanaf maandag 31 maart werken de oude sleutels S-101 tot S-105 niet meer.\n\n"
       "Lever je oude sleutel in bij Marc tussen 7u30 en 8u15 of tussen 15u30 en 16u30; je tekent dan voor de "
       "nieuwe sleutel in het sleutelregister. Wie een passe-partout heeft, komt langs bij de directie.\n\n" + _sig_dir,
       staff=True, note='key plan rollout with key numbers; no codes')

letter('brief-personeel-geen-codes-mail', '2025-03-24 07:45', 'Herinnering: nooit codes of wachtwoorden via mail',
       "Beste collega's,\n\nNa de inbraak kregen we van de politie en van ons aanspreekpunt informatieveiligheid de "
       "vraag om extra waakzaam te zijn. Daarom nog eens de regel uit ons communicatiebeleid: verstuur nooit een "
       "wachtwoord, pincode of alarmcode via mail, Smartschool of WhatsApp. Niemand van Stroom zal je ooit via "
       "mail naar je wachtwoord vragen.\n\nKrijg je toch een mail die om je wachtwoord of een code vraagt, klik "
       "dan niet op de link en stuur de mail door naar privacy@lksd.ksleuven.be.\n\n" + _sig_dir,
       staff=True, note='reminder about never mailing passwords; contains no secret')

letter('brief-personeel-badgesysteem', '2025-04-18 10:30', 'Nieuw badgesysteem vanaf 28 april',
       "Beste collega's,\n\nNa de paasvakantie schakelen we over op het nieuwe badgesysteem voor de zijdeur, de "
       "fietspoort en het personeelsparkeerterrein. Je krijgt je badge op maandag 28 april in de leraarskamer.\n\n"
       "Na 18u en in het weekend vraagt de lezer ook een persoonlijke pincode. Die krijg je samen met je badge "
       "in een gesloten omslag; bewaar die niet bij je badge. Ben je je badge kwijt, meld het dan onmiddellijk "
       "aan het secretariaat zodat we hem kunnen blokkeren.\n\n" + _sig_dir,
       staff=True,
       atts=[('Handleiding badgesysteem.docx',
              docx(['Handleiding badgesysteem Sint-Pieterscollege',
                    'Badge voor de lezer houden tot het lampje groen wordt.',
                    'Na 18u: badge + persoonlijke pincode (zie gesloten omslag).',
                    'Verloren badge: meteen melden aan het secretariaat.']),
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
       note='badge system letter: mentions a PIN will come in a sealed envelope; none given')

letter('brief-ouders-dakwerken', '2025-04-03 15:00', 'Dakwerken vanaf 7 april - andere ingang voor fietsers',
       "Beste ouders,\n\nVan maandag 7 april tot eind mei wordt het dak van de refter vernieuwd. Om de werfzone "
       "veilig te houden, gaat de fietspoort aan de speelplaats dicht. Fietsers gebruiken de poort in de "
       "Groenstraat; er staat een gemachtigd opzichter tussen 8u00 en 8u25.\n\nWe vragen om uw kind niet af te "
       "zetten in de Groenstraat, daar rijden ook vrachtwagens van de aannemer.\n\n" + _sig_dir,
       html=html_wrap(paras("Beste ouders,\n\nVan maandag 7 april tot eind mei wordt het dak van de refter "
                            "vernieuwd. Fietsers gebruiken de poort in de Groenstraat.\n\n" + _sig_dir)),
       note='works on site and alternative entrance; general letter')

letter('brief-personeel-aannemers', '2025-04-04 13:15', 'Aannemers op het terrein - afspraken',
       "Beste collega's,\n\nVanaf maandag zijn er dagelijks aannemers op het terrein (dakwerken refter, "
       "elektriciteit bijgebouw). Enkele afspraken:\n- aannemers dragen een bezoekersbadge en melden zich aan "
       "het onthaal;\n- de werfzone is verboden terrein voor leerlingen en personeel;\n- zie je iemand zonder "
       "badge in het gebouw, spreek hem vriendelijk aan of verwittig Marc of Ilse;\n- de refter is tot eind mei "
       "gesloten, middagmaal in de turnzaal.\n\n" + _sig_dir,
       staff=True, note='contractors on site: safety agreements for all staff')

letter('brief-ouders-leerlingenbadges', '2025-04-25 15:30', 'Leerlingenbadges vanaf 5 mei',
       "Beste ouders,\n\nVanaf maandag 5 mei gaan de fietspoort en de zijdeur enkel nog open met de leerlingenbadge. "
       "Uw zoon of dochter krijgt de badge volgende week via de klastitularis. De eerste badge is gratis. Een "
       "verloren badge wordt meteen geblokkeerd; meld het aan het onthaal.\n\nDe badge registreert enkel wanneer "
       "een deur geopend wordt, niet waar een leerling zich in de school bevindt. De gegevens worden na 30 dagen "
       "gewist.\n\n" + _sig_dir,
       bcc=grade_parents('123456')[:120], tags=['bcc-envelope'],
       note='pupil badge letter to many parents in BCC only')

letter('brief-ouders-medicatiebeleid', '2025-05-05 14:20', 'Medicatie en EHBO op school',
       "Beste ouders,\n\nNaar aanleiding van de brandoefeningen herinneren we aan ons medicatiebeleid:\n"
       "- de school geeft enkel medicatie op voorschrift, met het attest van de arts;\n"
       "- heeft uw kind een noodmedicatie (puffer, EpiPen, insuline), bezorg dan een reserve voor het "
       "EHBO-lokaal;\n- laat ons weten als uw kind hulp nodig heeft bij een evacuatie.\n\nHet attest vindt u op "
       "Smartschool onder 'Documenten'.\n\n" + _sig_dir,
       note='general medication policy letter; no pupil named')

letter('brief-ouders-lockerhuur', '2025-05-08 15:10', 'Herinnering lockerhuur',
       "Beste ouders,\n\nVoor een aantal lockers werd de huur (20 euro) van dit schooljaar nog niet betaald. "
       "Heeft u al betaald, dan mag u dit bericht als niet verzonden beschouwen. Zo niet, dan vindt u de "
       "betaalgegevens op de schoolrekening in Smartschool.\n\nKan u de kosten moeilijk dragen? Neem dan "
       "discreet contact op met de boekhouding; samen zoeken we een oplossing.\n\n" + _sig_dir,
       note='payment reminder to everybody with nobody named')

letter('brief-personeel-alarmonderhoud', '2025-05-12 09:00', 'Zaterdag 17 mei: onderhoud alarm - gebouw gesloten',
       "Beste collega's,\n\nOp zaterdag 17 mei voert Dijle Security het jaarlijkse onderhoud uit aan de "
       "alarminstallatie en de camera's. Het gebouw is die dag gesloten, ook voor wie nog iets wil komen halen. "
       "Tussen 8u en 12u kunnen de camera's tijdelijk uitvallen.\n\n" + _sig_dir,
       staff=True, html=html_wrap(paras("Beste collega's,\n\nOp zaterdag 17 mei voert Dijle Security het "
                                        "jaarlijkse onderhoud uit. Het gebouw is die dag gesloten.\n\n" + _sig_dir)),
       note='maintenance notice to all staff')

letter('brief-ouders-rechten-camerabeelden', '2025-05-20 14:00', 'Camerabeelden en uw rechten',
       "Beste ouders,\n\nEnkele ouders vroegen hoe het zit met de camerabeelden op school. Daarom nog even op "
       "een rij:\n- u heeft het recht om beelden waarop uw kind te zien is in te kijken, voor zover de privacy "
       "van andere leerlingen niet geschaad wordt;\n- een aanvraag doet u schriftelijk bij de directie of bij "
       "privacy@lksd.ksleuven.be; wij antwoorden binnen de maand;\n- beelden worden na 30 dagen automatisch "
       "gewist, tenzij ze nodig zijn voor een onderzoek;\n- het cameraregister kan op afspraak ingekeken "
       "worden.\n\n" + _sig_dir,
       html_only=True,
       html=html_wrap(paras("Beste ouders,\n\nEnkele ouders vroegen hoe het zit met de camerabeelden op school. "
                            "Daarom nog even op een rij:") +
                      '<ul><li>u heeft het recht om beelden waarop uw kind te zien is in te kijken, voor zover de '
                      'privacy van andere leerlingen niet geschaad wordt;</li><li>een aanvraag doet u schriftelijk '
                      'bij de directie of bij privacy@lksd.ksleuven.be;</li><li>beelden worden na 30 dagen '
                      'automatisch gewist;</li><li>het cameraregister kan op afspraak ingekeken worden.</li></ul>'
                      + paras(_sig_dir)),
       note='general letter about camera rights, HTML only')


# ===========================================================================
# F. ordinary mail: bcc, private accounts, attachments, personal data, plain
# ===========================================================================
mail('werfvergadering-aannemers', '2025-04-01 16:40', MARC, [BOUW, ELEK, DAK],
     'Werfvergadering donderdag 8u',
     "Dag allemaal,\n\nDonderdag om 8u werfvergadering in lokaal A0.02 (naast het onthaal). Agenda: "
     "afbakening werfzone, leveringen via de Groenstraat, stroom voor de werfkeet. Graag een planning van "
     "jullie werken voor april meebrengen.\n\nGroeten,\n" + s_marc(),
     rules=['bcc'], note='three external contractors visible to each other in To')

mail('fietscontrole-3b-groepsadres', '2025-03-27 12:15', LEEN, ('Ouders 3B', 'ouders3b@sintpieterscollege.be'),
     'Fietscontrole 3B vrijdag',
     "Beste ouders,\n\nVrijdag komt de wijkpolitie een fietscontrole houden voor 3B. Wil uw zoon of dochter die "
     "dag met de fiets komen? Verlichting en remmen worden nagekeken; wie in orde is, krijgt een sticker.\n\n"
     "Vriendelijke groeten,\nLeen De Wit\nklastitularis 3B",
     rules=['bcc'], tags=['group-in-to'], note='parent group list of a class in To')

mail('brandoefening-personeel-in-to', '2025-04-23 15:45', BART, PERSONEEL,
     'Morgen brandoefening - afspraken',
     "Beste collega's,\n\nMorgen tijdens het derde lesuur is er een brandoefening. Neem de klaslijst en het "
     "fluohesje mee, tel op de verzamelplaats en geef de lijst af aan de zonecoördinator. De evacuatiebegeleiders "
     "weten wat ze moeten doen.\n\nBart",
     rules=['bcc'], tags=['group-in-to'], note='all-staff list in To instead of BCC')

_helpers = [par1(p) for p in ('P0003', 'P0017', 'P0062', 'P0141', 'P0230')]
mail('ouders-evacuatiehelpers-zichtbaar', '2025-04-17 18:05', ILSE, _helpers,
     'Uw kind is evacuatiehelper',
     "Beste ouders,\n\nUw zoon of dochter heeft zich opgegeven als evacuatiehelper voor de brandoefening van "
     "24 april. Ze krijgen een korte briefing op dinsdag tijdens de middagpauze en een fluohesje. Bedankt om "
     "hen daarin te steunen!\n\nMet vriendelijke groeten,\n" + s_ilse(),
     rules=['bcc'], note='five parents visible to each other in To; no pupil named')

_cr = ("Cameraregister Sint-Pieterscollege - stand 31/03/2025\n\n"
       "Nr        Datum   Camera        Reden                          Geraadpleegd door   Kopie aan\n"
       "2025-002  14/01   cam 5         diefstal locker                M. Verhaegen        politie\n"
       "2025-004  12/02   cam 12        vechtpartij fietsenstalling    B. Lemmens          politie\n"
       "2025-005  21/02   cam 3         vandalisme toiletten           G. Van Hoof         -\n"
       "2025-007  17/03   cam 1, 4, 11  inbraak                        I. Wouters          politie, verzekeraar\n")
mail('cameraregister-naar-hotmail', '2025-03-31 21:40', ILSE, ILSE_PRIV,
     'TR: cameraregister stand 31-03',
     "om thuis verder aan te werken\n\n" +
     outlook_quote('Ilse Wouters', 'maandag 31 maart 2025 16:12', 'Bart Lemmens', 'cameraregister stand 31-03', _cr),
     rules=['private_account'], tags=['forward'],
     note='prevention advisor forwards the camera register to her own hotmail')

mail('schadedossier-vanuit-gmail', '2025-03-29 10:20', BART_PRIV, VERZ,
     'schadedossier inbraak SPC',
     "Dag Kristof,\n\nIk stuur even vanaf mijn privé-adres, de school-mail doet moeilijk op mijn laptop thuis. "
     "Zijn de offertes voor de nieuwe deuren van het secretariaat goed aangekomen? De expert zou ook nog "
     "foto's van het raam in de refter willen.\n\nBart",
     rules=['private_account'], agent='gmail', note='director handles the insurance claim from his gmail')

mail('planning-werk-vanuit-gmail', '2025-04-06 19:05', MARC_PRIV, DIRK,
     'morgen',
     "Dirk,\nmorgen om 7u de werfzone afbakenen met de nadarhekken die achter de turnzaal liggen. Ik ben er "
     "pas om 9u (tandarts). De nieuwe sleutels van de fietsenstalling liggen in mijn bureau, bovenste lade.\nMarc",
     rules=['private_account'], agent='gmail', note='caretaker sends work instructions to a colleague from gmail')

mail('prive-fietsendrager', '2025-04-12 11:30', MARC_PRIV, ('Johan', 'johan.verhaegen@telenet.be'),
     'fietsendrager',
     "Johan,\nde fietsendrager mag je zondag komen halen, hij staat in de garage. Zet hem gewoon terug als je "
     "terug bent van Zeeland.\nMarc",
     agent='gmail', note='private matter from a private account; nothing to do with school')

mail('nvr-tool-exe', '2025-02-18 10:05', MARC, CAMFR,
     'Outil de configuration',
     "Bonjour Monsieur Lefèvre,\n\nVoici l'outil que votre collègue avait laissé sur le PC de la loge. Pouvez-vous "
     "vérifier si c'est bien la bonne version avant que je l'installe sur le deuxième poste ?\n\n"
     "Merci,\nMarc Verhaegen",
     atts=[('NVR_ConfigTool_v4.2_setup.exe', exe_bytes('NVRConfigTool'), 'application/octet-stream')],
     rules=['attachment'], lang='fr', note='executable setup file attached')

mail('sleutelbeheer-xlsm', '2025-03-26 14:50', MARC, SLOT,
     'Sleutelbeheer met knoppen',
     "Dag,\n\nHier het Excel-bestand waarmee we de sleuteluitgifte bijhouden (met de knoppen 'uitgeven' en "
     "'terug'). Kunnen jullie de nieuwe cilindernummers erin zetten?\n\nGroeten,\n" + s_marc(),
     atts=[('sleutelbeheer_2025.xlsm',
            xlsx([['Sleutel', 'Houder', 'Uitgegeven', 'Terug'], ['S-201', '', '', ''], ['S-202', '', '', '']],
                 macro=True),
            'application/vnd.ms-excel.sheet.macroEnabled.12')],
     rules=['attachment'], note='macro-enabled workbook')

mail('export-script-zip', '2025-03-19 13:30', PIETER, ITPART,
     'Script export camerabeelden',
     "Dag,\n\nIn bijlage het scriptje dat onze vorige leverancier gebruikte om beelden naar de NAS te exporteren. "
     "Kunnen jullie dat aanpassen voor de nieuwe server?\n\nPieter",
     atts=[('export_camera.zip', zbytes([
         ('export_camera/export_camera.bat',
          b'@echo off\r\nset SRC=\\\\nvr01\\export\r\nset DST=\\\\nas01\\camera\\%date:~-4%\r\n'
          b'robocopy %SRC% %DST% /E /MOV\r\n'),
         ('export_camera/LEESMIJ.txt', b'Dagelijks om 23u uitvoeren via taakplanner.\r\n')]),
         'application/zip')],
     rules=['attachment'], note='zip archive containing a .bat script')

mail('badgelog-ps1', '2025-05-13 11:10', PIETER, ACCESSO,
     'Script badgelogs',
     "Dag,\n\nIk heb een PowerShell-script geschreven dat de badgelogs van de controller elke nacht ophaalt en na "
     "30 dagen wist. Mogen jullie even nakijken of de API-aanroep klopt?\n\nGroeten,\nPieter",
     atts=[('badgelog_export.ps1',
            b'$Controller = "https://10.20.4.30/api/v2/events"\r\n$Days = 30\r\n'
            b'Invoke-RestMethod -Uri $Controller -Method Get | Export-Csv "D:\\badgelog\\$(Get-Date -f yyyyMMdd).csv"\r\n'
            b'Get-ChildItem D:\\badgelog | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$Days) } | Remove-Item\r\n',
            'application/octet-stream')],
     rules=['attachment'], note='PowerShell script attached')

mail('risicoanalyse-docm', '2025-05-02 09:45', ILSE, PREVENTA,
     'Risicoanalyse camerabewaking',
     "Beste,\n\nIn bijlage onze risicoanalyse voor de camerabewaking (het sjabloon van vorig jaar, met de "
     "macro om de risicoscore te berekenen). Graag jullie advies voor het jaarverslag.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     atts=[('Risicoanalyse_camerabewaking_2025.docm',
            docx(['Risicoanalyse camerabewaking 2025', 'Risico 1: onbevoegde toegang tot beelden',
                  'Maatregel: register, beperkte toegang'], macro=True),
            'application/vnd.ms-word.document.macroEnabled.12')],
     rules=['attachment'], note='macro-enabled Word document')

mail('firmware-iso', '2025-05-16 08:30', MARC, ELEK,
     'Firmware brandmeldcentrale',
     "Dag,\n\nDe fabrikant stuurde ons deze firmware (iso) voor de brandmeldcentrale. Kan jullie technieker die "
     "meebrengen bij het onderhoud?\n\nGroeten,\n" + s_marc(),
     atts=[('BMC_firmware_5.1.iso', iso_bytes('BMC_FW_51'), 'application/x-iso9660-image')],
     rules=['attachment'], note='disk image attached')

mail('fotos-schade-zip', '2025-03-19 09:20', ILSE, VERZ,
     "Foto's schade inbraak",
     "Beste Kristof,\n\nIn bijlage de foto's van de schade (als pdf, per lokaal) in één zip-bestand.\n\n"
     "Met vriendelijke groeten,\n" + s_ilse(),
     atts=[('fotos_schade_inbraak.zip', zbytes([
         ('refter_raam.pdf', pdf(['Foto 1-4: ingeslagen raam refter'], 'Refter')),
         ('secretariaat_deur.pdf', pdf(['Foto 5-8: deur secretariaat'], 'Secretariaat')),
         ('B1.06_deur.pdf', pdf(['Foto 9-10: deur lokaal B1.06'], 'B1.06'))]), 'application/zip')],
     note='zip with PDFs only; not a dangerous attachment')

mail('contactlijst-aannemers', '2025-04-07 12:00', ILSE, PREVENTA,
     'Contactlijst aannemers werf refter',
     "Beste,\n\nVoor het veiligheids- en gezondheidsplan: de contactpersonen van de aannemers op de werf.\n\n"
     "Bouwbedrijf BWD - Bart Dekeyser - werfleider - 0478 22 61 90\n"
     "Elektro Geens - Tim Geens - 016 48 12 77\n"
     "Dakwerken Lambrechts - Sven Lambrechts - 0496 30 84 15\n"
     "Veiligheidscoördinator - Anja Wyns - 0471 92 05 38\n\nMet vriendelijke groeten,\n" + s_ilse(),
     rules=['personal_data'], note='contact list with Belgian phone numbers')

mail('rekeningnummer-uitkering', '2025-04-28 10:30', NATH, VERZ_SCHADE,
     'Dossier SCH/25/00871 - rekeningnummer voor uitbetaling',
     "Geachte,\n\nVoor de uitbetaling van de schadevergoeding in dossier SCH/25/00871 mag u het bedrag storten op "
     "het rekeningnummer van de vzw: " + iban_be('7350123456') + " (LKSD vzw - Sint-Pieterscollege).\n\n"
     "Met vriendelijke groeten,\nNathalie Peeters\nBoekhouding",
     rules=['personal_data'], note='valid Belgian IBAN for the payout')

mail('sleutelhouder-dirk-rrn', '2025-01-08 14:15', HILDE, ALARM_PLAN,
     'Nieuwe sleutelhouder',
     "Goedemiddag,\n\nVanaf deze maand is onze nieuwe technische medewerker ook sleutelhouder die de meldkamer "
     "mag bellen bij een alarm.\n\nNaam: Dirk Coppens\nGeboortedatum: 14/07/1979\nRijksregisternummer: "
     + rrn(1979, 7, 14, 233) + "\n\nKunnen jullie hem toevoegen aan de belijst, na Marc Verhaegen?\n\n"
     "Vriendelijke groeten,\nHilde Goris\nSecretariaat",
     rules=['personal_data'], note="staff member's date of birth and national register number")

mail('onderhoud-afspraak', '2025-05-06 09:10', MARC, ALARM_PLAN,
     'Onderhoud 17 mei',
     "Dag,\n\nZaterdag 17 mei om 8u is goed voor het onderhoud. Ik ben er de hele voormiddag. Kunnen jullie ook de "
     "sirene buiten aan de refter nakijken? Die klinkt zwakker sinds de inbraak.\n\nGroeten,\n" + s_marc(),
     note='ordinary appointment with the alarm company')

mail('graffiti-extra-patrouille', '2025-04-02 13:40', BART, STAD,
     'Graffiti sporthal en extra toezicht',
     "Geachte,\n\nOp de zijmuur van onze sporthal (kant Groenstraat) werd dit weekend opnieuw graffiti aangebracht. "
     "Kan de stad de muur laten reinigen zoals vorig jaar? Graag bespreken we ook of er in de avonduren wat "
     "meer patrouille kan komen; sinds de inbraak van maart is er veel ongerustheid in de buurt.\n\n"
     "Met vriendelijke groeten,\n" + s_bart(),
     note='ordinary request to the municipality')


# ===========================================================================
# output
# ===========================================================================
def yq(s):
    if re.fullmatch(r'[A-Za-z0-9._@+-]+', s) and not s[0] in '-@':
        return s
    return json.dumps(s, ensure_ascii=False)


def ylist(xs):
    return '[' + ', '.join(yq(x) for x in xs) + ']'


def write_all():
    for f in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-.*\.eml', f):
            os.remove(os.path.join(HERE, f))
    MAILS.sort(key=lambda m: (m['dt'], m['slug']))      # chronological numbering
    for i, m in enumerate(MAILS, 1):
        m['n'] = i
        m['file'] = '%03d-%s.eml' % (i, m['slug'])
    for m in MAILS:
        with open(os.path.join(HERE, m['file']), 'wb') as fh:
            fh.write(m['msg'].as_bytes(policy=policy.SMTP))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for pid in sorted(ROSTER):
            fh.write(';'.join(ROSTER[pid]) + '\r\n')
    out = ['# batch50 - Heverlee: caretaker, prevention advisor and direction on security and incidents '
           '(CCTV, police, alarm, keys, burglary, evacuation, badges, contractors)', '']
    for m in MAILS:
        out.append(f"{m['file']}:")
        out.append(f"  rules: {ylist(m['rules'])}")
        if 'sensitive' in m['rules']:
            out.append(f"  categories: {{sensitive: {ylist(m['cats'])}}}")
        out.append(f"  mail_from: {yq(m['mail_from'])}")
        out.append(f"  rcpt: {ylist(m['rcpt'])}")
        out.append(f"  about: {ylist(m['about'])}")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: {ylist(m['fmt'])}")
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


# --- self checks (consistency of my own labels, not a model of the gateway) ---
PHONE_RE = re.compile(r'(?<![\d/.+])(?:\+32\s?|0)(?:4\d{2}(?:[\s./]?\d{2}){3}|[1-9]\d?(?:[\s./]?\d){6,7})(?![\d/])')
IBAN_RE = re.compile(r'\bBE\d{2}(?:\s?\d{4}){3}\b')
RRN_RE = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')
DOB_RE = re.compile(r'(°\s?\d|geboortedatum|geboren)', re.I)


def all_text(msg):
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b''
        if ct.startswith('text/'):
            parts.append(payload.decode(part.get_content_charset() or 'utf-8', 'replace'))
        elif ct in ('application/pdf',):
            parts.append(payload.decode('latin-1'))
        elif payload[:2] == b'PK':
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as z:
                    for n in z.namelist():
                        parts.append(z.read(n).decode('utf-8', 'replace'))
            except zipfile.BadZipFile:
                pass
    return '\n'.join(parts) + '\n' + str(msg['Subject'])


def check():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.eml'))
    labels = open(os.path.join(HERE, 'labels.yaml'), encoding='utf-8').read()
    keys = re.findall(r'^(\d{3}-[^:\s]+\.eml):\s*$', labels, re.M)
    if sorted(keys) != files or len(set(keys)) != len(keys):
        problems.append('labels.yaml keys do not match the .eml files')
    ids = set(ROSTER)
    for m in MAILS:
        raw = open(os.path.join(HERE, m['file']), 'rb').read()
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        if msg.defects:
            problems.append(f"{m['file']}: defects {msg.defects}")
        for a in m['about']:
            if a not in ids:
                problems.append(f"{m['file']}: unknown pupil {a}")
        txt = all_text(msg)
        phones = [x for x in PHONE_RE.findall(txt) if not re.fullmatch(r'\d{2}/\d{2}/\d{4}', x)]
        has_pd = bool(phones or IBAN_RE.search(txt) or RRN_RE.search(txt) or DOB_RE.search(txt))
        if has_pd != ('personal_data' in m['rules']):
            problems.append(f"{m['file']}: personal_data label {('personal_data' in m['rules'])} but detector {has_pd}"
                            f" {phones}")
        # misdirection consistency against the roster
        if len(m['about']) == 1:
            x = m['about'][0]
            others = set()
            for pid, r in ROSTER.items():
                if pid != x:
                    others.update(a for a in r[5:7] if a)
            rc = set(m['rcpt'])
            mis = bool(rc & (others - parents_of(x))) and not (rc & parents_of(x))
            if mis != m['mis']:
                problems.append(f"{m['file']}: misdirected label {m['mis']} but roster says {mis}")
        elif m['mis']:
            problems.append(f"{m['file']}: misdirected with {len(m['about'])} pupils")
        if 'sensitive' in m['rules'] and not m['cats']:
            problems.append(f"{m['file']}: sensitive without categories")
    # parent address uniqueness per family (siblings share; different families do not)
    fam = {}
    for pid, r in ROSTER.items():
        for a in r[5:7]:
            if a:
                fam.setdefault(a, set()).add(r[2])
    for a, sn in fam.items():
        if len(sn) > 1 and a not in ('katrien.bosmans@telenet.be',):
            problems.append(f'parent address {a} shared by surnames {sn}')
    return problems


def summary():
    from collections import Counter
    rules = Counter(r for m in MAILS for r in m['rules'])
    cats = Counter(c for m in MAILS for c in m['cats'])
    about1 = [m for m in MAILS if len(m['about']) >= 1]
    mis = sum(1 for m in MAILS if m['mis'])
    par_all = set()
    for r in ROSTER.values():
        par_all.update(a for a in r[5:7] if a)
    correct = sum(1 for m in MAILS if m['about'] and not m['mis']
                  and any(a in set().union(*(parents_of(x) for x in m['about'])) for a in m['rcpt']))
    general = sum(1 for m in MAILS if m['mail_from'] == DIRECTIE[1] and not m['rules'] and not m['about'])
    sens_one = sum(1 for m in MAILS if 'sensitive' in m['rules'])
    nonsens_personal = sum(1 for m in MAILS if len(m['about']) >= 1 and 'sensitive' not in m['rules'])
    print('mails:', len(MAILS))
    print('rules:', dict(rules))
    print('categories:', dict(cats))
    print('no rule at all:', sum(1 for m in MAILS if not m['rules']))
    print('about a pupil:', len(about1), '| misdirected:', mis, '| correctly addressed to the pupil\'s parents:', correct)
    print('sensitive:', sens_one, '| personal about pupil, not sensitive:', nonsens_personal)
    print('general letters (directie, no rule):', general)
    print('languages:', dict(Counter(m['lang'] for m in MAILS)))


if __name__ == '__main__':
    write_all()
    probs = check()
    summary()
    if probs:
        print('PROBLEMS:')
        for p in probs:
            print('  ' + p)
        raise SystemExit(1)
    print('all checks passed')
