#!/usr/bin/env python3
"""batch63 - blind labelled outbound mail of the pupil support team (zorgteam) of
Sint-Pieterscollege Herent (LKSD / Stroom).

Deterministic: fixed dates, fixed Message-IDs, seeded randomness.  Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import base64
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6363

# ---------------------------------------------------------------------------
# helpers: identifiers with checksums
# ---------------------------------------------------------------------------


def be_iban(bank, account):
    """Belgian IBAN from 3-digit bank code + 7-digit account number (valid checksums)."""
    first10 = bank + account
    chk = int(first10) % 97
    if chk == 0:
        chk = 97
    bban = first10 + '%02d' % chk
    num = int(bban + '1114' + '00')  # B=11 E=14
    iban_chk = 98 - num % 97
    s = 'BE%02d%s' % (iban_chk, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yy, mm, dd, seq, after2000=True):
    """Valid Belgian national register number, formatted YY.MM.DD-SSS.CC"""
    base = '%02d%02d%02d%03d' % (yy, mm, dd, seq)
    n = int(('2' if after2000 else '') + base)
    chk = 97 - n % 97
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, seq, chk)


def ogm(ten):
    """Belgian structured communication +++xxx/xxxx/xxxxx+++ from 10 digits."""
    chk = int(ten) % 97
    if chk == 0:
        chk = 97
    d = ten + '%02d' % chk
    return '+++%s/%s/%s+++' % (d[:3], d[3:7], d[7:])


IBAN_SCHOOL = be_iban('734', '0412087')      # schoolrekening LKSD vzw
IBAN_PARENT = be_iban('063', '5518274')      # rekening van een ouder (terugbetaling)
RRN_ELISE = rrn(10, 2, 17, 214)
RRN_LARS = rrn(7, 9, 3, 87)
OGM_FACTUUR = ogm('0902411872')
OGM_ADAM = ogm('2410033051')

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

# handle, first name, surname, class, parent 1, parent 2
KEY_PUPILS = [
    ('lucas_peeters', 'Lucas', 'Peeters', '3B', 'marc.peeters@telenet.be', 'ines.vanlaer@gmail.com'),
    ('emma_peeters', 'Emma', 'Peeters', '2A', 'geert.peeters@skynet.be', 'hilde.peeters@proximus.be'),
    ('noor_janssens', 'Noor', 'Janssens', '4A', 'k.janssens@telenet.be', 'sarah.desmet@hotmail.com'),
    ('noor_jacobs', 'Noor', 'Jacobs', '4A', 'jacobs.familie@gmail.com', ''),
    ('milan', 'Milan', 'Wouters', '1C', 'an.wouters@telenet.be', 'dirk.wouters@telenet.be'),
    ('jana', 'Jana', 'Verbeeck', '1C', 'an.wouters@gmail.com', 'tom.verbeeck@outlook.com'),
    ('sem', 'Sem', 'Claes', '3A', 'johan.claes@skynet.be', 'veerle.mertens@telenet.be'),
    ('lotte_claes', 'Lotte', 'Claes', '1B', 'johan.claes@skynet.be', 'veerle.mertens@telenet.be'),
    ('ruben_claes', 'Ruben', 'Claes', '3A', 'stijn.claes@telenet.be', 'kim.vandamme@gmail.com'),
    ('lotte_claessens', 'Lotte', 'Claessens', '1B', 'claessens.r@telenet.be', 'marie.pauwels@gmail.com'),
    ('yasmina', 'Yasmina', 'El Idrissi', '2B', 'el.idrissi.m@gmail.com', 'fatima.benali@hotmail.com'),
    ('amir', 'Amir', 'Haidari', 'OKAN', 'karim.haidari@gmail.com', ''),
    ('lina', 'Lina', 'Haddad', '2C', 'haddad.rami@gmail.com', ''),
    ('ella', 'Ella', 'Maes', '3C', 'ellen.dhondt@telenet.be', 'kris.maes@gmail.com'),
    ('victor', 'Victor', 'De Witte', '4B', 'stefaan.dewitte@telenet.be', 'griet.goethals@icloud.com'),
    ('louise', 'Louise', 'De Witte', '2B', 'stefaan.dewitte@telenet.be', 'griet.goethals@icloud.com'),
    ('arthur', 'Arthur', 'Smets', '1A', 'smets.w@proximus.be', 'liesbeth.cools@gmail.com'),
    ('mila', 'Mila', 'Goossens', '5B', 'goossens.family@outlook.com', ''),
    ('oscar', 'Oscar', 'Van den Berghe', '3B', 'jo.vandenberghe@telenet.be', 'nathalie.roels@hotmail.com'),
    ('febe', 'Febe', 'Vandenberghe', '2D', 'bjorn.vandenberghe@gmail.com', ''),
    ('zoe', 'Zoë', 'Martens', '6A', 'martens.p@skynet.be', 'carine.leys@telenet.be'),
    ('adam', 'Adam', 'Benali', '3C', 'benali.youssef@gmail.com', 'nadia.amrani@hotmail.com'),
    ('ines', 'Inès', 'Lambert', '4B', 'sophie.lambert@skynet.be', 'marc.lambert@proximus.be'),
    ('hugo', 'Hugo', 'Lambert', '2A', 'philippe.lambert@gmail.com', 'anne.dubois@outlook.com'),
    ('liam', 'Liam', 'De Smet', '1D', 'desmet.kristof@telenet.be', ''),
    ('nora', 'Nora', 'Aerts', '2D', 'aerts.jan@telenet.be', 'katrien.vos@gmail.com'),
    ('jules', 'Jules', 'Hermans', '4C', 'hermans.bert@skynet.be', 'lies.wuyts@telenet.be'),
    ('fien', 'Fien', 'Willems', '3A', 'willems-dc@telenet.be', ''),
    ('mohamed', 'Mohamed', 'Azzouzi', '5A', 'azzouzi.h@gmail.com', ''),
    ('sara', 'Sara', 'Nowak', '1A', 'anna.nowak@gmail.com', 'piotr.nowak@gmail.com'),
    ('kobe', 'Kobe', 'Leemans', '4A', 'leemans.marc@proximus.be', 'ann.vervoort@telenet.be'),
    ('elise', 'Elise', 'Van Hoof', '3B', 'wendy.bosmans@hotmail.com', 'geert.vanhoof@telenet.be'),
    ('daan', 'Daan', 'Geerts', '6B', 'marleen.geerts@skynet.be', ''),
    ('ayoub', 'Ayoub', 'Chakir', '2C', 'chakir.family@gmail.com', ''),
    ('julie', 'Julie', 'De Clercq', '5B', 'declercq.stijn@telenet.be', 'eva.vanaken@gmail.com'),
    ('mats', 'Mats', 'Vos', '1D', 'vos.tim@outlook.com', ''),
    ('hanne', 'Hanne', 'Segers', '4C', 'segers.dirk@skynet.be', 'hilde.mertens@telenet.be'),
    ('tibo', 'Tibo', 'Jacobs', '3C', 'joris.jacobs@telenet.be', 'els.derycke@gmail.com'),
    ('bram', 'Bram', 'Wuyts', '5A', 'wuyts.koen@skynet.be', ''),
    ('ilias', 'Ilias', 'Bouzid', '3A', 'bouzid.rachid@hotmail.com', 'samira.elm@gmail.com'),
    ('sofiia', 'Sofiia', 'Kovalenko', '2B', 'olena.kovalenko@gmail.com', ''),
    ('seppe', 'Seppe', 'Van Damme', '6A', 'kathleen.verhoeven@telenet.be', 'luc.vandamme@skynet.be'),
    ('jonas', 'Jonas', 'Baert', '4B', 'baert.filip@telenet.be', ''),
    ('chloe', 'Chloé', 'Verstraete', '1C', 'verstraete.ann@gmail.com', ''),
    ('amelie', 'Amélie', 'Laurent', '3C', 'c.laurent@skynet.be', 'thierry.laurent@gmail.com'),
    ('robin', 'Robin', 'De Backer', '5B', 'ingrid.debacker@telenet.be', ''),
    ('stan', 'Stan', 'Cuypers', '2A', 'cuypers.thuis@proximus.be', ''),
    ('yara', 'Yara', 'Bosmans', '4A', 'bosmans.y@telenet.be', ''),
    ('lars', 'Lars', 'Hendrickx', '6B', 'geert.hendrickx@skynet.be', 'an.pauwels@telenet.be'),
    ('mustafa', 'Mustafa', 'Yilmaz', '3B', 'yilmaz.ahmet@gmail.com', 'elif.yilmaz@hotmail.com'),
    ('thomas', 'Thomas', 'Michiels', '2B', 'michiels.tm@icloud.com', ''),
    ('lisa', 'Lisa', 'Van de Velde', '5A', 'patrick.vandevelde@skynet.be', 'mieke.smet@telenet.be'),
    ('gilles', 'Gilles', 'De Pauw', '3A', 'annelies.depauw@gmail.com', ''),
    ('jasper', 'Jasper', 'De Vos', '2C', 'bart.devos@telenet.be', ''),
    ('marie_celis', 'Marie', 'Celis', '2C', 'celis.an@skynet.be', 'wim.celis@gmail.com'),
]

CLASSES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C',
           '4A', '4B', '4C', '5A', '5B', '6A', '6B', 'OKAN']

FIRST_M = ['Lucas', 'Noah', 'Louis', 'Arthur', 'Jules', 'Victor', 'Adam', 'Liam', 'Mats', 'Finn', 'Vic',
           'Warre', 'Lars', 'Seppe', 'Wout', 'Jasper', 'Kobe', 'Siebe', 'Tuur', 'Lowie', 'Rune', 'Stan',
           'Bas', 'Daan', 'Thibo', 'Milan', 'Lander', 'Ferre', 'Jens', 'Robbe', 'Mohamed', 'Ilias',
           'Ayoub', 'Yassine', 'Hamza', 'Amine', 'Bilal', 'Omar', 'Rayan', 'Emir', 'Arda', 'Kacper',
           'Jakub', 'Artem', 'Dmytro', 'Kwame', 'Samuel', 'Nathan', 'Ahmad', 'Hussein', 'Matteo', 'Elias']
FIRST_F = ['Emma', 'Olivia', 'Louise', 'Mila', 'Lotte', 'Nora', 'Noor', 'Elise', 'Julie', 'Marie', 'Fien',
           'Lina', 'Hanne', 'Lore', 'Jana', 'Ella', 'Zoë', 'Febe', 'Hanna', 'Amber', 'Nina', 'Yana',
           'Lisa', 'Sien', 'Ine', 'Kato', 'Lien', 'Axelle', 'Amélie', 'Chloé', 'Aya', 'Salma', 'Nour',
           'Imane', 'Yasmina', 'Sara', 'Malak', 'Hiba', 'Meryem', 'Elif', 'Zeynep', 'Zuzanna', 'Oliwia',
           'Sofiia', 'Grace', 'Leila', 'Fatima', 'Margaux', 'Jade', 'Anouk']
SUR_FL = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
          'De Smet', 'Dubois', 'Hermans', 'Aerts', 'Michiels', 'Lambert', 'Martens', 'Smets', 'Vermeulen',
          'Verhoeven', 'Van Damme', 'Leemans', 'Cuypers', 'Bosmans', 'Geerts', 'Segers', 'Baert', 'Vos',
          'Wuyts', 'Celis', 'Thys', 'Moens', 'Coppens', 'Vandevelde', 'Lenaerts', 'Heylen', 'Verbruggen',
          'Van Gorp', 'Stevens', 'Pauwels', 'Nijs', 'Sterckx', 'Verstraeten', 'Luyten', 'Daems', 'Vanhove',
          'De Vos', 'Schoofs', 'Vandeput', 'Beckers', 'Van Roey', 'Engelen', 'Laenen', 'Gijbels',
          'Reynaers', 'Verlinden', 'Claessens', 'Timmermans', 'Bogaerts', 'Swinnen', 'Van Aken',
          'Vranckx', 'Jorissen', 'Dierickx', 'Wijns', 'Van Hoof', 'De Ridder']
SUR_IM = ['Benali', 'Bouzid', 'El Idrissi', 'Azzouzi', 'Chakir', 'Yilmaz', 'Kaya', 'Demir', 'Öztürk',
          'Nowak', 'Kowalski', 'Kovalenko', 'Shevchenko', 'Haddad', 'Mensah', 'Diallo', 'Nsimba',
          'Mukendi', 'Ahmadi', 'Rahimi', 'Hussaini', 'El Khattabi', 'Ait Ouali', 'Boukhari', 'Amrani',
          'Rossi', 'Ferreira']
PARENT_M = ['Bart', 'Kristof', 'Tom', 'Pieter', 'Wim', 'Koen', 'Dirk', 'Steven', 'Jan', 'Geert', 'Peter',
            'Filip', 'Stijn', 'Joris', 'Sven', 'Karim', 'Rachid', 'Mehmet', 'Tomasz', 'Nico', 'Frederik']
PARENT_F = ['An', 'Els', 'Sofie', 'Katrien', 'Veerle', 'Liesbeth', 'Inge', 'Nathalie', 'Sarah', 'Evelien',
            'Hilde', 'Griet', 'Tine', 'Kathleen', 'Leen', 'Nadia', 'Samira', 'Ayse', 'Agnieszka', 'Ilse',
            'Joke', 'Annelies', 'Eline']
PROVIDERS = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'hotmail.com',
             'outlook.com', 'icloud.com', 'live.be', 'yahoo.com']


def slugname(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]', '', s.lower())


def build_roster():
    rng = random.Random(SEED)
    pupils = []      # dicts: handle, first, last, klas, p1, p2
    used_addr = set()
    used_names = set()
    for h, f, l, k, p1, p2 in KEY_PUPILS:
        pupils.append(dict(handle=h, first=f, last=l, klas=k, p1=p1, p2=p2))
        used_names.add((f, l))
        used_addr.update(a for a in (p1, p2) if a)
    sizes = {c: 16 for c in CLASSES}
    sizes['OKAN'] = 10
    sizes['1A'] = 17
    sizes['2B'] = 17
    assert sum(sizes.values()) == 300, sum(sizes.values())
    counts = {c: 0 for c in CLASSES}
    for p in pupils:
        counts[p['klas']] += 1

    def new_addr(surname):
        for _ in range(100):
            sn = slugname(surname)
            style = rng.randrange(8)
            prov = rng.choice(PROVIDERS)
            fa = slugname(rng.choice(PARENT_M))
            mo = slugname(rng.choice(PARENT_F))
            other = slugname(rng.choice(SUR_FL))
            if style == 0:
                a = '%s.%s@%s' % (fa, sn, prov)
            elif style == 1:
                a = '%s.%s@%s' % (sn, mo, prov)
            elif style == 2:
                a = '%s.%s@%s' % (mo[0], sn, prov)
            elif style == 3:
                a = '%s.%s@%s' % (mo, other, prov)          # mother's own surname
            elif style == 4:
                a = 'fam.%s@%s' % (sn, prov)
            elif style == 5:
                a = '%s%s%d@%s' % (mo, other[:4], rng.randrange(60, 99), prov)
            elif style == 6:
                a = '%s.%s@%s' % (mo, sn, prov)
            else:
                a = '%s%s@%s' % (fa, sn, prov)
            if a not in used_addr:
                used_addr.add(a)
                return a
        raise RuntimeError('no address')

    fillers = []
    families = []
    open_slots = [c for c in CLASSES for _ in range(sizes[c] - counts[c])]
    rng.shuffle(open_slots)
    while open_slots:
        klas = open_slots.pop()
        im = rng.random() < 0.28 or klas == 'OKAN'
        for _ in range(100):
            last = rng.choice(SUR_IM if im else SUR_FL)
            first = rng.choice(FIRST_M if rng.random() < 0.5 else FIRST_F)
            if (first, last) not in used_names:
                break
        used_names.add((first, last))
        p1 = new_addr(last)
        p2 = new_addr(last) if rng.random() < 0.6 else ''
        fam = dict(handle=None, first=first, last=last, klas=klas, p1=p1, p2=p2)
        fillers.append(fam)
        # sibling in another class, sharing the parents' addresses
        if open_slots and klas != 'OKAN' and rng.random() < 0.14:
            for i, k2 in enumerate(open_slots):
                if k2 != klas and k2 != 'OKAN':
                    open_slots.pop(i)
                    for _ in range(100):
                        f2 = rng.choice(FIRST_M if rng.random() < 0.5 else FIRST_F)
                        if (f2, last) not in used_names and f2 != first:
                            break
                    used_names.add((f2, last))
                    fillers.append(dict(handle=None, first=f2, last=last, klas=k2, p1=p1, p2=p2))
                    break
    allp = pupils + fillers
    assert len(allp) == 300, len(allp)
    # intern nummer: seeded permutation
    ids = ['P%04d' % i for i in range(1, 301)]
    rng.shuffle(ids)
    for p, i in zip(allp, ids):
        p['id'] = i
    # pupil e-mail addresses
    seen = {}
    for p in sorted(allp, key=lambda x: x['id']):
        base = '%s.%s' % (slugname(p['first']), slugname(p['last']))
        n = seen.get(base, 0) + 1
        seen[base] = n
        p['mail'] = '%s%s@leerling.sintpieterscollege.be' % (base, '' if n == 1 else n)
    order = {c: i for i, c in enumerate(CLASSES)}
    allp.sort(key=lambda x: (order[x['klas']], slugname(x['last']), slugname(x['first'])))
    return allp


ROSTER = build_roster()
P = {p['handle']: p for p in ROSTER if p['handle']}
PARENT_OF = {}
for _p in ROSTER:
    for _a in (_p['p1'], _p['p2']):
        if _a:
            PARENT_OF.setdefault(_a, set()).add(_p['id'])


def pid(h):
    return P[h]['id']


def parents(h):
    return [a for a in (P[h]['p1'], P[h]['p2']) if a]


def parents_of_class(*klassen):
    out = []
    for p in ROSTER:
        if p['klas'] in klassen:
            for a in (p['p1'], p['p2']):
                if a and a not in out:
                    out.append(a)
    return out


def all_parents():
    return parents_of_class(*CLASSES)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

STAFF = {
    'evb': ('Els Vandenbroucke', 'els.vandenbroucke@sintpieterscollege.be', 'Zorgcoördinator'),
    'tgo': ('Tom Goossens', 'tom.goossens@sintpieterscollege.be', 'Leerlingbegeleider 2de en 3de graad'),
    'kle': ('Katrien Lemmens', 'katrien.lemmens@sintpieterscollege.be', 'Directeur'),
    'bde': ('Bert Dewaele', 'bert.dewaele@sintpieterscollege.be', 'Adjunct-directeur'),
    'pja': ('Pieter Janssens', 'pja@spc.ksleuven.be', 'ICT-coördinator'),
    'ldw': ('Lies De Wolf', 'ldw@spc.ksleuven.be', 'Leerkracht Nederlands – klastitularis 3B'),
    'gde': ('Griet Deprez', 'griet.deprez@sintpieterscollege.be', 'Coach time-outproject'),
    'rme': ('Ruben Mertens', 'ruben.mertens@sintpieterscollege.be', 'Coördinator huiswerkbegeleiding'),
    'sma': ('Sofie Maes', 'sofie.maes@sintpieterscollege.be', 'Leerkracht wiskunde – klastitularis 4A'),
    'aea': ('Ahmed El Amrani', 'aea@spc.ksleuven.be', 'Leerkracht OKAN'),
    'ndu': ('Nathalie Dubois', 'nathalie.dubois@sintpieterscollege.be', 'Leerkracht Frans – klastitularis 2A'),
    'hve': ('Hannes Verhaegen', 'hve@spc.ksleuven.be', 'Leerkracht LO – klastitularis 1C'),
    'kvd': ('Karen Van Dyck', 'kvd@spc.ksleuven.be', 'Leerkracht Engels – klastitularis 2C'),
    'jvr': ('Jeroen Vranken', 'jeroen.vranken@sintpieterscollege.be', 'Leerkracht geschiedenis – klastitularis 5A'),
    'nwu': ('Nele Wuyts', 'nele.wuyts@sintpieterscollege.be', 'Leerkracht biologie – klastitularis 4C'),
    'mvr': ('Maarten Vermeiren', 'mvr@spc.ksleuven.be', 'Leerkracht LO – klastitularis 3A'),
    'avd': ('Annelies Van Dessel', 'annelies.vandessel@sintpieterscollege.be', 'Leerkracht Nederlands – klastitularis 1B'),
    'mdb': ('Marijke De Bruyn', 'marijke.debruyn@sintpieterscollege.be', 'Boekhouding en leerlingenadministratie'),
    'sec': ('Leerlingensecretariaat', 'leerlingensecretariaat@spc.ksleuven.be', 'Leerlingensecretariaat'),
    'dir': ('Directie Sint-Pieterscollege Herent', 'directie@spc.ksleuven.be', 'Directie'),
    'wle': ('Wouter Lenaerts', 'wouter.lenaerts@sintpieterscollege.be', 'Interim leerlingbegeleider'),
    'jco': ('Jolien Cools', 'jolien.cools@sintpieterscollege.be', 'Leerkracht zorg (uren redelijke aanpassingen)'),
    'sco': ('Sarah Collins', 'sarah.collins@sintpieterscollege.be', 'English language assistant'),
    'cdu': ('Claire Dumont', 'claire.dumont@sintpieterscollege.be', 'Assistante de langue française'),
}


def who(k):
    n, a, _ = STAFF[k]
    return (n, a)


def A(k):
    return STAFF[k][1]


EXT = {
    'clb': ('Joke Wouters', 'joke.wouters@vclb-dijleland.be'),
    'clbarts': ('dr. An Claus', 'an.claus@vclb-dijleland.be'),
    'on': ('Inge Smets', 'inge.smets@ondersteuningsnetwerk-dijlehageland.be'),
    'logo': ('Hilde Jorissen', 'hilde@logopedie-dekrekel.be'),
    'sociaal': ('Lotte Van Mol', 'lotte.vanmol@sociaalhuisherent.be'),
    'timeout': ('Wim Schoofs', 'wim.schoofs@timeout-leuven.be'),
    'integratie': ('Jolien Vos', 'jolien.vos@inburgering-vlaamsbrabant.be'),
    'vendor': ('Leessoft Benelux – bestellingen', 'orders@leessoft-benelux.be'),
    'vendorfact': ('Leessoft Benelux – facturatie', 'facturatie@leessoft-benelux.be'),
    'vol1': ('Hilde Roosen', 'hilde.roosen@gmail.com'),
    'vol2': ('Paul Geens', 'paul.geens@telenet.be'),
    'speaker': ('Dana Harrison', 'd.harrison@inclusive-classrooms.org'),
    'itgroep': ('Dries Peeters', 'dries.peeters@lksd.ksleuven.be'),
    'dpo': ('Aanspreekpunt informatieveiligheid', 'privacy@lksd.ksleuven.be'),
    'stage': ('An Vervoort', 'an.vervoort@bouwbedrijf-vervoort.be'),
}

PRIVATE = {
    'evb': 'els.vdbroucke@gmail.com',
    'tgo': 'tomgoossens82@hotmail.com',
    'ldw': 'lies.dewolf76@gmail.com',
    'gde': 'griet.deprez.thuis@gmail.com',
}

SCHOOL_TEL = '016 48 21 90'
GSM_EVB = '0478 31 22 05'
GSM_TGO = '0496 55 18 73'
TEL_BDE = '+32 16 48 21 92'


def sig(k, phone=None, greet='Met vriendelijke groeten', short=False):
    name, mail, role = STAFF[k]
    if short:
        return '%s\n%s' % (greet, name.split()[0])
    lines = [greet, '', name, role, 'Sint-Pieterscollege Herent – scholengroep Stroom',
             'Kloosterstraat 12, 3020 Herent']
    if phone:
        lines.append(phone)
    lines.append(mail)
    return '\n'.join(lines)


# ---------------------------------------------------------------------------
# attachment makers (deterministic)
# ---------------------------------------------------------------------------

ZDATE = (2024, 9, 1, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return htmlmod.escape(str(s), quote=True)


def make_xlsx(rows, sheet='Blad1', macro=False):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, _x(v))
                        for c, v in enumerate(row))
        xrows.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xrows))
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/'
                 'vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)]
    if macro:
        files.append(('xl/vbaProject.bin', FAKE_VBA))
    return _zip(files)


FAKE_VBA = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00' +
            b'\x00' * 40 + b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\n'
            b'    Shell "cmd /c copy \\\\srv-zorg\\sjablonen\\*.dotm %APPDATA%\\Microsoft\\Templates\\"\r\n'
            b'End Sub\r\n' + b'\x00' * 64)


def make_docx(paragraphs, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/'
                      'vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', FAKE_VBA))
    return _zip(files)


def make_pdf(lines, title='Document'):
    def esc(s):
        b = s.encode('cp1252')
        out = ''
        for ch in b:
            c = chr(ch)
            if c in '()\\':
                out += '\\' + c
            elif ch > 126:
                out += '\\%03o' % ch
            else:
                out += c
        return out
    content = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    for ln in lines:
        content.append('(%s) Tj T*' % esc(ln))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> '
        b'/Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20240901080000+02\'00\') >>'
         % esc(title)).encode('latin-1'),
    ]
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


def fake_exe(label):
    h = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00'
    h += b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$'
    h += b'\x00' * 7 + b'PE\x00\x00L\x01\x03\x00' + b'\x00' * 64 + label.encode('ascii') + b'\x00' * 200
    return h


def fake_iso(label):
    data = bytearray(0x8000)
    pvd = bytearray(2048)
    pvd[0] = 1
    pvd[1:6] = b'CD001'
    pvd[6] = 1
    vol = label.encode('ascii')[:32].ljust(32, b' ')
    pvd[40:72] = vol
    data += pvd
    data += b'\xff' + b'CD001' + b'\x01' + b'\x00' * 2041
    data += fake_exe('KURZWEIL3000 SETUP')
    return bytes(data)


def csv_bytes(rows, bom=True, enc='utf-8'):
    txt = '\r\n'.join(';'.join(str(c) for c in r) for r in rows) + '\r\n'
    b = txt.encode(enc)
    return (b'\xef\xbb\xbf' + b) if (bom and enc == 'utf-8') else b


CT = {
    'csv': 'text/csv',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'docm': 'application/vnd.ms-word.document.macroEnabled.12',
    'pdf': 'application/pdf',
    'zip': 'application/x-zip-compressed',
    'ps1': 'application/octet-stream',
    'iso': 'application/octet-stream',
    'png': 'image/png',
}

# ---------------------------------------------------------------------------
# Outlook style bodies
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Aptos",sans-serif;}\ntable.MsoTableGrid\n\t{border:solid windowtext 1.0pt;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
OUTLOOK_TAIL = '</div>\n</body>\n</html>\n'


def outlook(blocks):
    """blocks: str paragraphs (may contain newlines) or ('table', header, rows).
    Returns (plain, html) as Outlook writes them."""
    text_parts = []
    h = [OUTLOOK_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            _, header, rows = b
            text_parts.append('\n'.join('\t'.join(r) for r in [header] + rows))
            h.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                     'style="border-collapse:collapse;border:none">\n')
            for i, r in enumerate([header] + rows):
                h.append('<tr>\n')
                for c in r:
                    cell = _x(c)
                    if i == 0:
                        cell = '<b>%s</b>' % cell
                    h.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                             '\n<p class="MsoNormal">%s<o:p></o:p></p>\n</td>\n' % cell)
                h.append('</tr>\n')
            h.append('</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            text_parts.append(b)
            for line in b.split('\n'):
                if line.strip():
                    h.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % _x(line))
                else:
                    h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    h.append(OUTLOOK_TAIL)
    return '\n\n'.join(text_parts) + '\n', ''.join(h)


def simple_html(text, font='Calibri'):
    """Gmail/Thunderbird-like html-only rendering of plain text paragraphs."""
    paras = text.strip('\n').split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
           '<body><div dir="ltr" style="font-family:%s,sans-serif">\n' % font]
    for p in paras:
        out.append('<div>%s</div><div><br></div>\n' % '<br>\n'.join(_x(x) for x in p.split('\n')))
    out.append('</div></body></html>\n')
    return ''.join(out)


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------

MAILS = []


def M(slug, frm, to, subject, text=None, rules=(), cats=None, about=(), mis=False, note='', lang='nl',
      fmt=('plain',), cc=(), bcc=(), html=None, html_only=False, atts=(), cte='8bit', charset='utf-8',
      reply=False, envelope_from=None, mailer=None, group=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      text=text, html=html, html_only=html_only, atts=list(atts), cte=cte, charset=charset,
                      rules=list(rules), cats=list(cats or []), about=[pid(h) for h in about], mis=mis,
                      note=note, lang=lang, fmt=list(fmt), reply=reply, envelope_from=envelope_from,
                      mailer=mailer, group=group))


# quoting tokens, replaced with dates derived from the mail's own date at build time
QOL = '@@QDATE_OUTLOOK@@'     # dinsdag 12 november 2024 20:14
QGM = '@@QDATE_GMAIL@@'       # Op di 12 nov 2024 om 20:14 schreef
QFR = '@@QDATE_FR@@'          # Le mar. 12 nov. 2024 à 20:14,
QEN = '@@QDATE_EN@@'          # On Tue, 12 Nov 2024 at 20:14,
QFD = '@@QDATE_FWD@@'         # di 12 nov 2024 om 20:14
QES = '@@QDATE_ENSENT@@'      # Tuesday, November 12, 2024 8:14 PM


def quote_outlook(frm, to, subject, body, lang='nl'):
    if lang == 'fr':
        return ('\n\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s' % (frm, QOL, to, subject, body))
    return ('\n\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s' % (frm, QOL, to, subject, body))


def quote_gmail(frm, body, lang='nl'):
    q = '\n'.join(('> ' + l) if l else '>' for l in body.strip('\n').split('\n'))
    if lang == 'fr':
        intro = '%s %s a écrit :' % (QFR, frm)
    elif lang == 'en':
        intro = '%s %s wrote:' % (QEN, frm)
    else:
        intro = '%s %s:' % (QGM, frm)
    return '\n\n%s\n%s\n' % (intro, q)


def fwd_block(frm, to, subject, body, lang='nl'):
    if lang == 'nl':
        return ('\n\n---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s'
                % (frm, QFD, subject, to, body))
    return ('\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, QES, to, subject, body))


def fwd_outlook(frm, to, subject, body):
    return ('\n\n________________________________\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s'
            % (frm, QOL, to, subject, body))


def fa(name_addr):
    """'Name <addr>' for quote headers"""
    n, a = name_addr
    return '%s <%s>' % (n, a)


# ===========================================================================
# A. credentials (password) - 35
# ===========================================================================

M('lvs-login-nieuwe-collega', who('evb'), [who('nwu')], 'Toegang leerlingvolgsysteem',
  'Dag Nele,\n\n'
  'Welkom in het zorgteam! Pieter heeft je toegang tot het leerlingvolgsysteem aangemaakt.\n\n'
  'Gebruikersnaam: nele.wuyts\n'
  'Tijdelijk wachtwoord: Zorg!Herent24\n\n'
  'Bij de eerste aanmelding moet je het meteen wijzigen. Daarna zie je de fiches van de leerlingen van je '
  'eigen klassen en het tabblad "zorg" van de tweede graad. Als er iets niet lukt, laat het gerust weten.\n\n'
  + sig('evb', greet='Groetjes', short=True) + '\n',
  rules=['password'], note='temporary LVS password given to a new colleague in plain text',
  fmt=['plain'])

M('startwachtwoorden-zorgdossier', who('pja'), [who('evb')], 'Accounts digitaal zorgdossier (Questi)',
  'Hoi Els,\n\n'
  'Hierbij de accounts voor de collega\'s van het zorgteam in het digitale zorgdossier. De startwachtwoorden '
  'staan in de bijlage; iedereen moet bij de eerste login zelf een nieuw kiezen. Kan jij ze persoonlijk '
  'doorgeven op het zorgoverleg?\n\n'
  'Pieter\n\n' + sig('pja'),
  atts=[('accounts_zorgdossier_2024-2025.csv', csv_bytes([
      ['gebruikersnaam', 'naam', 'rol', 'startwachtwoord'],
      ['evandenbroucke', 'Els Vandenbroucke', 'zorgcoördinator', 'Qz7!mK2pLw'],
      ['tgoossens', 'Tom Goossens', 'leerlingbegeleider', 'Rt4#vN8sXe'],
      ['gdeprez', 'Griet Deprez', 'time-out', 'Hb2$kP9wQm'],
      ['nwuyts', 'Nele Wuyts', 'lid zorgteam', 'Yc6%jT3rLa'],
      ['jcools', 'Jolien Cools', 'zorgleerkracht', 'Wd8&fG5nZu'],
      ['bdewaele', 'Bert Dewaele', 'directie', 'Mx3*eS7hVo'],
  ]), 'csv')],
  rules=['password'], note='CSV attachment with start passwords for the digital care file',
  fmt=['mixed', 'attachment-csv'])

M('toegangscode-zorgdossier-clb', who('evb'), [EXT['clb']], 'Toegang zorgdossier voor het overleg van donderdag',
  'Dag Joke,\n\n'
  'Voor het overleg van donderdag kan je als externe partner inloggen op het digitale zorgdossier met de '
  'gastlogin clb-dijleland en de toegangscode 583027. De code blijft geldig tot vrijdag 18 uur; daarna '
  'vraag ik een nieuwe aan.\n\n'
  'Je ziet enkel de leerlingen van de tweede graad die we samen opvolgen.\n\n'
  + sig('evb'),
  rules=['password'], note='guest login and access code of the digital care file sent to the CLB worker',
  fmt=['plain'])

_t, _h = outlook([
    'Hallo Els,',
    'Hieronder de licentiesleutels voor de zes uitleenlaptops met Sprint Plus. Ze zijn al geactiveerd, maar '
    'bewaar ze goed: bij een herinstallatie moet je ze opnieuw ingeven.',
    ('table', ['Laptop', 'Serienummer', 'Licentiesleutel Sprint Plus'], [
        ['SPC-L-101', '5CG3140QRT', 'SPR8-4KQ2-77HD-M3PX'],
        ['SPC-L-102', '5CG3140QSB', 'SPR8-9TZC-41WA-K2LE'],
        ['SPC-L-103', '5CG3140QV7', 'SPR8-2MBN-68QY-T7RD'],
        ['SPC-L-104', '5CG3140QX1', 'SPR8-6HJF-30PL-W9CU'],
        ['SPC-L-105', '5CG3140R02', 'SPR8-1XVE-95KM-Q4GS'],
        ['SPC-L-106', '5CG3140R2K', 'SPR8-8DRT-27NB-H6YA'],
    ]),
    'Groeten,\nPieter',
    sig('pja'),
])
M('licentiesleutels-uitleenlaptops', who('pja'), [who('evb')], 'Licentiesleutels Sprint Plus uitleenlaptops',
  _t, html=_h, rules=['password'], note='licence keys of the reading software in an Outlook HTML table',
  fmt=['alt', 'html-table'], mailer='outlook')

M('kurzweil-thuislicentie-arthur', who('evb'), [('Wim Smets', 'smets.w@proximus.be')],
  'Kurzweil 3000 thuis installeren',
  'Geachte heer Smets,\n\n'
  'Zoals afgesproken op het overleg van vorige week mag Arthur het voorleesprogramma Kurzweil 3000 ook thuis '
  'gebruiken. Dat is een van de redelijke aanpassingen die we voor zijn dyslexie in zijn handelingsplan '
  'hebben opgenomen.\n\n'
  'U kan het programma downloaden via de link op Smartschool (Vakken > Zorg > Kurzweil). Bij de eerste '
  'opstart vraagt het programma een licentiecode:\n\n'
  'K3-4471-8820-QLMT-5509\n\n'
  'De licentie is persoonlijk en geldig tot 31 augustus. Mocht de installatie niet lukken, dan kan Arthur '
  'zijn laptop een middag bij Pieter Janssens (ICT) binnenbrengen.\n\n'
  + sig('evb'),
  rules=['password', 'sensitive'], cats=['care'], about=['arthur'],
  note='home licence key for reading software; reveals dyslexia and adjustments of a named pupil',
  fmt=['plain'])

M('wifi-stille-ruimte', who('gde'), [who('hve')], 'tablets stille ruimte',
  'Hannes,\n\n'
  'De tablets in de stille ruimte (B1.07) moeten op het aparte netwerk, anders blokkeert de filter de '
  'ademhalingsapp.\n\n'
  'Netwerk: SPC-Stilte\n'
  'Sleutel: Kalmte#2024-Herent\n\n'
  'Niet doorgeven aan leerlingen aub.\n\n'
  'Griet',
  rules=['password'], note='Wi-Fi key of the quiet-room network', fmt=['plain'])

M('deurcode-time-outlokaal', who('gde'), [who('sma')], 'Time-out verhuist naar B0.04',
  'Dag Sofie,\n\n'
  'Vanaf maandag zit de time-outwerking in lokaal B0.04 (naast de fietsenstalling). De deur heeft een '
  'codeslot: 4719 en dan #.\n\n'
  'Leerlingen die je stuurt, geef je het gele kaartje mee; ik noteer de tijd en stuur ze met een '
  'terugkeerafspraak terug naar de les.\n\n'
  'Dank je!\nGriet\n\n' + sig('gde'),
  rules=['password'], note='door code of the time-out room (room number is incidental)', fmt=['plain'])

M('medicatiekluis-code', who('evb'), [who('mdb')], 'Ochtendpermanentie secretariaat',
  'Dag Marijke,\n\n'
  'Nu jij de ochtendpermanentie op het secretariaat overneemt, nog even praktisch:\n\n'
  '- de medicatie die ouders binnenbrengen zit in de kleine kluis onder de balie\n'
  '- code van de kluis: 2-8-5-1\n'
  '- het register met wie wat krijgt ligt in de rode map ernaast (niet kopiëren of mailen)\n\n'
  'Bedankt om dit op te nemen!\n\n' + sig('evb'),
  rules=['password'], note='safe code of the medication cabinet; no pupil named', fmt=['plain'])

M('printcode-zorglokaal', who('pja'), [who('ldw')], 'RE: printer zorglokaal',
  'Dag Lies,\n\n'
  'Je persoonlijke printcode is 80417. Die werkt op alle kopieermachines in het gebouw, ook op die in het '
  'zorglokaal. Typ hem in en druk op de groene knop; je afdrukken komen dan vrij.\n\n'
  'Pieter'
  + quote_outlook('Lies De Wolf', 'Pieter Janssens', 'printer zorglokaal',
                  'Pieter, de printer in het zorglokaal vraagt een code en ik ken de mijne niet meer. '
                  'Kan je helpen?\nLies'),
  rules=['password'], note='personal printer PIN in a reply', fmt=['plain', 'reply'], reply=True)

M('herstelcodes-tweestapsverificatie', who('pja'), [who('evb')], 'Herstelcodes tweestapsverificatie',
  'Els,\n\n'
  'Omdat je nieuwe gsm nog niet gekoppeld is aan je account, hierbij je herstelcodes voor de '
  'tweestapsverificatie. Elke code werkt één keer.\n\n'
  '4821-0937\n7750-1164\n3098-2271\n6612-8840\n9043-5527\n1187-3396\n5530-7718\n2264-9105\n\n'
  'Print ze af en verwijder daarna deze mail.\n\nPieter\n\n' + sig('pja'),
  rules=['password'], note='MFA recovery codes', fmt=['plain'])

M('verificatiecode-doorgestuurd', who('evb'), [who('tgo')], 'FW: Uw verificatiecode',
  'Tom, kan jij vlug inloggen op het platform van het ondersteuningsnetwerk met mijn account? Ik sta in de '
  'klas en de aanvraag moet vandaag weg. Gebruikersnaam is mijn schooladres, code hieronder.\n\nEls'
  + fwd_outlook('Ondersteuningsnetwerk Dijle-Hageland <noreply@ondersteuningsnetwerk-dijlehageland.be>',
                'Els Vandenbroucke', 'Uw verificatiecode',
                'Beste gebruiker,\n\nUw eenmalige verificatiecode is: 482913\n\nDeze code is 10 minuten geldig. '
                'Deel deze code met niemand.\n\nOndersteuningsnetwerk Dijle-Hageland'),
  rules=['password'], note='forwarded one-time verification code', fmt=['plain', 'forward'], mailer='outlook')

M('wachtwoord-gedeelde-map-gesplitst', who('tgo'), [who('gde')], 'map time-out',
  'Griet,\n\n'
  'Het wachtwoord van de gedeelde map "Time-out 2024-2025" op de server, in twee stukken:\n\n'
  'eerste deel: Dijle\n'
  'tweede deel: 77vlinder\n\n'
  'Zonder spatie aan elkaar plakken. De gebruikersnaam is timeout-team.\n\n'
  'Tom',
  rules=['password'], note='password split over two lines', fmt=['plain'])

M('wachtwoord-gespeld-klaslaptop', who('evb'), [who('kvd')], 'zorgaccount klaslaptop 2C',
  'Karen,\n\n'
  'Zoals gevraagd het wachtwoord van het zorgaccount op de klaslaptop van 2C: hoofdletter M, dan '
  'a-r-g-r-i-e-t, dan de cijfers 1 en 9, en op het einde een uitroepteken.\n\n'
  'Gebruikersnaam: zorg2c\n\n' + sig('evb', greet='Groetjes', short=True),
  rules=['password'], note='password spelled out letter by letter', fmt=['plain'])

M('co-account-ouder-sara', who('sec'), [('Anna Nowak', 'anna.nowak@gmail.com')], 'Smartschool co-account',
  'Beste mevrouw Nowak,\n\n'
  'Hieronder vindt u de gegevens om als ouder in te loggen op Smartschool.\n\n'
  'Adres: https://sintpieterscollege-herent.smartschool.be\n'
  'Gebruikersnaam: sara.nowak\n'
  'Kies bij het aanmelden voor "co-account 1"\n'
  'Startwachtwoord: tulp-8842-zon\n\n'
  'U wordt gevraagd meteen een eigen wachtwoord te kiezen.\n\n'
  'Met vriendelijke groeten\n\nLeerlingensecretariaat\nSint-Pieterscollege Herent',
  rules=['password'], about=['sara'], note='start password of a parent co-account; pupil named, no sensitive fact',
  fmt=['plain'])

M('laptop-heringericht-jonas', who('pja'), [('Jonas Baert', P['jonas']['mail'])], 'Je laptop is klaar',
  'Hoi Jonas,\n\n'
  'Je laptop (toestel SPC-L-117) is opnieuw geïnstalleerd en ligt bij mij in B0.02. Aanmelden doe je met je '
  'schoolaccount en dit tijdelijke wachtwoord:\n\n'
  'Baert!Reset07\n\n'
  'Je moet het meteen veranderen. Je bestanden op OneDrive zijn gewoon bewaard gebleven.\n\n'
  'Pieter (ICT)',
  rules=['password'], about=['jonas'], note='temporary password sent to a pupil', fmt=['plain'])

M('toegangen-zorgteam-pdf', who('pja'), [who('evb')], 'Overzicht toegangen zorgteam',
  'Dag Els,\n\n'
  'In bijlage het overzicht met de toegangen voor het zorgteam, voor de map op je bureau. Niet doorsturen '
  'aub.\n\nPieter\n\n' + sig('pja'),
  atts=[('Toegangen zorgteam 2024-2025.pdf', make_pdf([
      'Toegangen zorgteam 2024-2025 - VERTROUWELIJK',
      '',
      'Leerlingvolgsysteem, teamaccount',
      '   gebruiker: zorgteam      wachtwoord: Stroom#Zorg-8812',
      'Digitaal zorgdossier (Questi), beheer',
      '   gebruiker: zorgbeheer    wachtwoord: Qv!77-Dijle-Herent',
      'Wifi zorglokaal A1.02',
      '   netwerk: SPC-Zorg        sleutel: Lindeboom-2291',
      'Kluis archief CLB-dossiers: 6-0-3-9',
  ], 'Toegangen zorgteam'), 'pdf')],
  rules=['password'], note='PDF attachment listing team passwords, Wi-Fi key and safe code',
  fmt=['mixed', 'attachment-pdf'])

M('gastaccount-ondersteuner-docx', who('evb'), [EXT['on']], 'Afspraken ondersteuning schooljaar 2024-2025',
  'Dag Inge,\n\n'
  'In bijlage de afsprakennota voor jullie ondersteuners bij ons op school, met de praktische info over '
  'lokalen, uurrooster van het zorgoverleg en je gastaccount voor Smartschool.\n\n'
  'Tot donderdag!\n\n' + sig('evb'),
  atts=[('Afspraken ondersteuning Sint-Pieterscollege Herent.docx', make_docx([
      'Afspraken ondersteuningsnetwerk – Sint-Pieterscollege Herent – 2024-2025',
      'Contactpersoon op school: Els Vandenbroucke, zorgcoördinator.',
      'Zorgoverleg: tweewekelijks op donderdag, 8.15 uur, lokaal A1.02.',
      'Werkplek voor ondersteuners: zorglokaal A1.02 (sleutel aan het onthaal).',
      'Gastaccount Smartschool: gebruikersnaam ON-ismets, wachtwoord Herent-ON-5521.',
      'Verslagen worden enkel via het digitale zorgdossier gedeeld, niet via e-mail.',
  ]), 'docx')],
  rules=['password'], note='docx attachment carries a guest account password', fmt=['mixed', 'attachment-docx'])

M('shared-folder-password-en', who('evb'), [who('sco')], 'Care team folder',
  'Hi Sarah,\n\n'
  'Welcome on board! As promised, here is how to open the shared folder "Care team resources" on OneDrive. '
  'Your username is your school address; the folder itself is protected with a separate password:\n\n'
  'BlueRiver-2291\n\n'
  'You will find the templates for the reading lessons and the planning of the English support hours there.\n\n'
  'Kind regards,\nEls\n\n' + sig('evb', greet='Kind regards').split('\n', 2)[2],
  rules=['password'], lang='en', note='shared folder password in English', fmt=['plain'])

M('mot-de-passe-assistante', who('ndu'), [who('cdu')], 'Ton accès Smartschool',
  'Bonjour Claire,\n\n'
  'Bienvenue chez nous ! Voici tes données pour Smartschool :\n\n'
  'identifiant : claire.dumont\n'
  'mot de passe provisoire : Soleil-4827!\n\n'
  'Change-le dès ta première connexion. Pour les cours de remédiation en français, tu trouveras le '
  'planning dans le dossier partagé.\n\n'
  'Bonne semaine,\nNathalie',
  rules=['password'], lang='fr', note='temporary Smartschool password in French', fmt=['plain'])

M('logins-doorgestuurd-interim', who('tgo'), [who('wle')], 'FW: Je nieuwe schoolaccount',
  'Wouter,\n\n'
  'Tijdens mijn afwezigheid kan je mijn account gebruiken voor de opvolging van de time-out en de '
  'meldingen in het LVS. Hieronder de gegevens die ICT me stuurde.\n\n'
  'Succes en bedankt!\nTom'
  + fwd_block('ICT Sint-Pieterscollege <pja@spc.ksleuven.be>', 'Tom Goossens <tom.goossens@sintpieterscollege.be>',
              'Je nieuwe schoolaccount',
              'Dag Tom,\n\nJe account werd opnieuw ingesteld.\n\nGebruikersnaam: tgo\nWachtwoord: Leuven_2024!bg\n\n'
              'ICT'),
  rules=['password'], note='forwarded IT mail with username and password to an interim colleague',
  fmt=['plain', 'forward'])

M('reply-met-wachtwoord-in-quote', who('evb'), [who('pja')], 'RE: Beheeraccount LVS',
  'Dank je Pieter, het werkt!\n\nEls'
  + quote_outlook('Pieter Janssens', 'Els Vandenbroucke', 'Beheeraccount LVS',
                  'Els,\n\nIk heb het beheeraccount van het LVS gereset.\n'
                  'Nieuw wachtwoord: Vd8#kLm2!zq\n\nPieter'),
  rules=['password'], note='only the quoted original carries the password', fmt=['plain', 'reply'],
  reply=True, mailer='outlook')

M('logins-nieuwe-zorgleerkracht', who('pja'), [who('jco')], 'Je logins',
  'Dag Jolien,\n\n'
  'Welkom! Hier zijn je logins:\n\n'
  'Smartschool / LVS\n  gebruiker: jolien.cools\n  startwachtwoord: Lente-2025#jc\n\n'
  'Digitaal zorgdossier (Questi)\n  gebruiker: jcools\n  startwachtwoord: Qt6!pR2mZs\n\n'
  'Beide moet je bij de eerste aanmelding wijzigen.\n\nPieter\n\n' + sig('pja'),
  cte='base64', rules=['password'], note='base64 body with two start passwords', fmt=['plain-base64'])

M('laptops-huiswerkklas-vrijwilliger', who('rme'), [EXT['vol1']], 'Welkom bij de huiswerkklas',
  'Dag Hilde,\n\n'
  'Fijn dat je vanaf volgende week komt helpen bij de huiswerkbegeleiding op maandag en donderdag '
  '(15.45 tot 17 uur).\n\n'
  'De laptops in lokaal B1.12 log je in met gebruiker "huiswerk" en wachtwoord Huiswerk@2025. De '
  'leerlingen loggen zelf in met hun eigen schoolaccount.\n\n'
  'Tot maandag!\n\n' + sig('rme'),
  cte='quoted-printable', rules=['password'], note='quoted-printable body with a laptop password for a volunteer',
  fmt=['plain-qp'])

M('alarmcode-avondsessies', who('bde'), [who('gde')], 'Avondsessies time-out – alarm',
  'Griet,\n\n'
  'Voor de avondsessies met de ouders van het time-outproject: het alarm zet je uit met code 1964 en dan de '
  'knop ‘OFF’. Bij het buitengaan: 1964 + ‘ON’ en binnen 30 seconden de deur dicht.\n\n'
  'Vergeet de lichten in de gang niet – ’t is al twee keer gebeurd… \n\n'
  'Bert',
  charset='windows-1252', cte='quoted-printable', rules=['password'],
  note='building alarm code, windows-1252 body', fmt=['plain-cp1252', 'plain-qp'], mailer='outlook')

M('code-sleutelkastje', who('bde'), [who('rme')], 'sleutels',
  'Code sleutelkastje achteringang = 3390\nSleutel B-gang hangt aan haakje 4\n\nVerzonden vanaf mijn iPhone',
  rules=['password'], note='key box code, short phone mail', fmt=['plain', 'phone'], mailer='iphone')

M('wifi-gasten-clb', who('evb'), [EXT['clb']], 'Wifi voor je zitdag',
  'Dag Joke,\n\n'
  'Voor je zitdag op school: het gastennetwerk is SPC-Gast, wachtwoord Welkom-Herent-2025. Je kan in het '
  'zorglokaal A1.02 terecht vanaf 8.30 uur.\n\n'
  + sig('evb', phone='T ' + SCHOOL_TEL),
  rules=['password', 'personal_data'], note='guest Wi-Fi password; school phone number in the signature',
  fmt=['plain'])

M('wachtwoord-zip-netwerkoverleg', who('evb'), [EXT['on']], 'Wachtwoord bijlage',
  'Dag Inge,\n\n'
  'Zoals aangekondigd in mijn vorige mail: het wachtwoord voor het zip-bestand met de afspraken van het '
  'netwerkoverleg is Vlinder!0923\n\n'
  'Groeten,\nEls',
  rules=['password'], note='password of an encrypted zip sent in a separate mail', fmt=['plain'])

M('accounts-huiswerkklas-xlsx', who('rme'), [EXT['vol2']], 'Accounts laptops huiswerkklas',
  'Dag Paul,\n\n'
  'In bijlage de lijst met de accounts van de tien laptops in de mediatheek, voor als een leerling zijn '
  'eigen login vergeten is. Leg de lijst na gebruik terug in de lade.\n\n'
  'Bedankt!\nRuben\n\n' + sig('rme'),
  atts=[('accounts_laptops_huiswerkklas.xlsx', make_xlsx(
      [['Laptop', 'Gebruiker', 'Wachtwoord']] +
      [['HWB-%02d' % i, 'hwb%02d' % i, pw] for i, pw in enumerate(
          ['Appel17!', 'Boom42#', 'Citroen9$', 'Dijle55!', 'Eik31#', 'Fiets88$', 'Gras24!', 'Haven63#',
           'Ijs70$', 'Jas19!'], 1)], 'Accounts'), 'xlsx')],
  rules=['password'], note='xlsx attachment with ten laptop passwords', fmt=['mixed', 'attachment-xlsx'])

_t, _h = outlook([
    'Dag Bert,',
    'Voor de klassenraden van december heb ik gastaccounts laten aanmaken voor de externe partners, zodat ze '
    'de besluiten in het LVS kunnen lezen. Kan jij ze aan het begin van de vergadering uitdelen?',
    ('table', ['Partner', 'Gebruiker', 'Wachtwoord', 'Geldig tot'], [
        ['CLB (Joke Wouters)', 'gast-clb01', 'Kr8!vmPz', 'eind december'],
        ['Ondersteuningsnetwerk (Inge Smets)', 'gast-on01', 'Tw3#qLnb', 'eind december'],
        ['Time-out Leuven (Wim Schoofs)', 'gast-to01', 'Zs5$hdRc', 'eind december'],
    ]),
    'Alvast bedankt,\nEls',
    sig('evb'),
])
M('gastaccounts-klassenraad', who('evb'), [who('bde')], 'Gastaccounts externen klassenraden',
  _t, html=_h, rules=['password'], note='Outlook HTML table with guest accounts and passwords',
  fmt=['alt', 'html-table'], mailer='outlook')

M('prive-hotmail-lvs-wachtwoord', ('Tom Goossens', PRIVATE['tgo']), [who('ldw')], 'kan jij even kijken?',
  'Hoi Lies,\n\n'
  'Ik ben ziek thuis en mijn schoollaptop ligt op school. Kan jij met mijn login even nakijken of mijn '
  'verslag van de klassenraad van 3B in het LVS staat? Gebruiker tgo, wachtwoord Leuven_2025!bg. Ik verander '
  'het morgen wel.\n\n'
  'Merci!\nTom',
  rules=['password', 'private_account'],
  note='staff member on a private hotmail account sends school business and his LVS password',
  fmt=['plain'])

M('wachtwoord-in-onderwerp', who('evb'), [who('gde')], 'wachtwoord LVS-teamaccount = Kastanje73!',
  'Zie onderwerp. Vanaf vandaag gebruiken we enkel nog dat account voor de time-outfiches.\n\nEls',
  rules=['password'], note='password in the subject line', fmt=['plain'])

M('claroread-licentie-doorgestuurd', who('evb'), [who('pja')], 'FW: Uw ClaroRead licentie',
  'Pieter, kan jij deze licentie op de laptop van het zorglokaal zetten? Dank je!\nEls'
  + fwd_block('ClaroRead Licensing <licensing@claroread-benelux.com>', 'Els Vandenbroucke', 'Uw ClaroRead licentie',
              'Beste klant,\n\nBedankt voor uw aankoop van ClaroRead Pro (1 gebruiker).\n\n'
              'Uw licentiesleutel: CR7Q-4KMZ-2P88-TXWL-D3H9\n\nActiveer de software binnen 30 dagen.\n\n'
              'ClaroRead Benelux'),
  rules=['password'], note='forwarded vendor mail carries a software licence key', fmt=['plain', 'forward'])

M('sprint-thuislicentie-lotte-verkeerd', who('evb'), [('R. Claessens', 'claessens.r@telenet.be')],
  'Sprint Plus thuis – Lotte Claes',
  'Beste ouders,\n\n'
  'Zoals besproken op het MDO mag Lotte Claes (1B) vanaf nu ook thuis Sprint Plus gebruiken. Dat hoort bij de '
  'redelijke aanpassingen voor haar dyslexie: teksten laten voorlezen en spellingcontrole bij schrijftaken.\n\n'
  'Installeer Sprint Plus via de link op Smartschool en activeer het met deze licentiecode:\n\n'
  'SPR-HOME-7J3K-22QX-9MDA\n\n'
  + sig('evb'),
  rules=['password', 'sensitive', 'recipient'], cats=['care'], about=['lotte_claes'], mis=True,
  note='home licence for Lotte Claes (dyslexia) sent to the parent of Lotte Claessens (autocomplete)',
  fmt=['plain'])

M('pincode-bankkaart-zorgbudget', who('mdb'), [who('evb')], 'bankkaart zorgbudget',
  'Dag Els,\n\n'
  'De bankkaart voor de aankopen van het zorgbudget (leesmateriaal, koptelefoons, wiebelkussens) zit in '
  'een envelop in je postvak. PIN-code: 7305.\n\n'
  'Bewaar de kasticketjes aub.\n\nMarijke',
  rules=['password'], note='PIN of the school bank card', fmt=['plain'])

M('voicemail-zorg-gsm', who('evb'), [who('tgo')], 'zorg-gsm volgende week',
  'Tom,\n\n'
  'Jij hebt volgende week de zorg-gsm. Hij ligt opgeladen in de lade van het zorglokaal. Voicemail '
  'beluisteren: 1233 bellen, pincode 2580.\n\n'
  'Els',
  rules=['password'], note='voicemail PIN of the care phone', fmt=['plain'])

# ===========================================================================
# B. look-alikes of credentials - 15 (must not fire password)
# ===========================================================================

M('wachtwoord-verloopt', who('pja'), [who('evb')], 'Je LVS-wachtwoord verloopt',
  'Dag Els,\n\n'
  'Je krijgt bij het aanmelden de melding dat je wachtwoord van het LVS binnen vijf dagen verloopt. Dat is '
  'normaal: sinds dit schooljaar moet iedereen met zorgrechten het elke 90 dagen wijzigen.\n\n'
  'Wijzigen doe je zelf via Profiel > Wachtwoord wijzigen. Stuur je nieuwe wachtwoord naar niemand, ook niet '
  'naar mij.\n\nPieter\n\n' + sig('pja'),
  note='about a password expiring, no password in it', fmt=['plain'])

M('wachtwoord-vergeten-ouder', who('sec'), [('Ann Verstraete', 'verstraete.ann@gmail.com')],
  'RE: Kan niet meer inloggen',
  'Beste mevrouw Verstraete,\n\n'
  'U kan het wachtwoord van uw co-account zelf opnieuw instellen via "Wachtwoord vergeten?" op de '
  'aanmeldpagina van Smartschool. U krijgt dan een link op dit e-mailadres.\n\n'
  'Lukt het toch niet, kom dan even langs op het secretariaat of vraag het aan de helpdesk via het '
  'contactformulier op de website. Wij sturen nooit wachtwoorden per e-mail.\n\n'
  'Met vriendelijke groeten\nLeerlingensecretariaat'
  + quote_gmail('Ann Verstraete <verstraete.ann@gmail.com>',
                'Goeiedag, ik kan niet meer inloggen op Smartschool met mijn co-account. Wat moet ik doen?\n'
                'Ann Verstraete'),
  note='how to reset a password, no secret', fmt=['plain', 'reply'], reply=True)

M('clb-dossiernummer-zitdagen', who('evb'), [EXT['clb']], 'Dossier CLB-24-08817 – extra zitdagen',
  'Dag Joke,\n\n'
  'Onze aanvraag voor extra zitdagen op school in het tweede trimester kreeg bij jullie dossiernummer '
  'CLB-24-08817. Kan jij bevestigen dat de zitdagen op de eerste dinsdag van elke maand doorgaan? Dan '
  'reserveer ik het zorglokaal A1.02 en zet ik het in de schoolkalender.\n\n'
  + sig('evb'),
  note='CLB file number of a school request is not a secret; no pupil', fmt=['plain'])

M('bestelling-schoollicenties', who('pja'), [EXT['vendor']], 'Bestelling LIC-ORD-558213',
  'Goedemiddag,\n\n'
  'Graag bevestig ik bestelling LIC-ORD-558213: 40 schoollicenties Sprint Plus, looptijd 1 september tot '
  '31 augustus. Ons klantnummer is 20417.\n\n'
  'Graag de factuur op naam van LKSD vzw, met vermelding "campus Herent".\n\n'
  + sig('pja'),
  note='licence order and customer numbers, no licence key', fmt=['plain'])

M('stille-ruimte-verhuist', who('gde'), [who('ldw')], 'Stille ruimte verhuist',
  'Dag Lies,\n\n'
  'Ter info voor je klas: de stille ruimte verhuist vanaf maandag van A0.12 naar B1.07. De sleutel hangt '
  'voortaan in het secretariaat aan haakje 7. Tijdens de examens blijft A0.12 het examenlokaal voor wie extra '
  'tijd heeft.\n\nGriet',
  note='room numbers and hook number only', fmt=['plain'])

M('groepen-huiswerkklas', who('rme'), [who('sma')], 'Groepen huiswerkklas tweede trimester',
  'Hoi Sofie,\n\n'
  'De groepen voor de huiswerkklas in het tweede trimester:\n\n'
  'HWB-1 (1A, 1B) – B1.12\n'
  'HWB-2 (1C, 1D) – B1.14\n'
  'HWB-3 (2A tot 2D) – mediatheek\n\n'
  'De vakcode in Smartschool voor de aanwezigheden is HWB2425. Jij neemt op donderdag HWB-3 over van Paul.\n\n'
  'Ruben',
  note='group and course codes are not secrets', fmt=['plain'])

_t, _h = outlook([
    'Dag Inge,',
    'Hierbij de uitnodiging voor het netwerkoverleg over de werking van de ondersteuning in de tweede graad.',
    '________________________________________________________________________________\n'
    'Microsoft Teams-vergadering\n'
    'Deelnemen op uw computer, mobiele app of ruimteapparaat\n'
    'Klik hier om deel te nemen aan de vergadering\n'
    'Vergaderings-id: 348 771 902 615\n'
    'Wachtwoordcode: kX9mQ2\n'
    'Teams downloaden | Deelnemen op het web\n'
    'Meer informatie | Opties voor vergaderingen\n'
    '________________________________________________________________________________',
    sig('evb'),
])
M('teams-uitnodiging-netwerkoverleg', who('evb'), [EXT['on']], 'Netwerkoverleg ondersteuning tweede graad',
  _t, html=_h, note='Teams invitation with meeting ID and meeting passcode (allowed by default)',
  fmt=['alt', 'meeting-invite'], mailer='outlook')

M('zoom-webinar-en', who('evb'), [EXT['speaker']], 'Webinar reasonable adjustments - link',
  'Dear Ms Harrison,\n\n'
  'Thank you again for agreeing to speak at our staff webinar on reasonable adjustments in secondary '
  'education. Here is the link for Wednesday:\n\n'
  'Join Zoom Meeting\n'
  'https://us06web.zoom.us/j/83651724491?pwd=bXhYcXZ3T2dLR1pQeUh0\n'
  'Meeting ID: 836 5172 4491\n'
  'Passcode: 290517\n\n'
  'We will start with a short introduction by our principal at 15:30 Brussels time.\n\n'
  'Kind regards,\nEls Vandenbroucke\nCare coordinator, Sint-Pieterscollege Herent',
  lang='en', note='Zoom invitation with meeting passcode (allowed)', fmt=['plain', 'meeting-invite'])

M('toegangscode-niet-per-mail', who('gde'), [EXT['timeout']], 'RE: avondsessie donderdag',
  'Dag Wim,\n\n'
  'Prima, dan zie ik je donderdag om 18.45 uur aan de zij-ingang in de Kloosterstraat. De toegangscode van '
  'die deur geef ik je ter plaatse; codes sturen we niet via mail.\n\n'
  'Griet\n\n' + sig('gde'),
  note='mentions an access code without giving it', fmt=['plain', 'reply'], reply=True)

M('ticket-account-ontgrendeld', who('pja'), [who('evb')], 'Ticket INC-448213 opgelost',
  'Els,\n\n'
  'Ticket INC-448213: je LVS-account was geblokkeerd na vijf foute pogingen. Ik heb het ontgrendeld; je kan '
  'opnieuw inloggen met je gewone wachtwoord. Lukt het niet, dan stel ik het samen met jou opnieuw in.\n\n'
  'Pieter',
  note='helpdesk ticket number, no secret', fmt=['plain'])

M('factuur-licenties-betaald', who('mdb'), [EXT['vendorfact']], 'Factuur 2024/1187',
  'Geachte,\n\n'
  'Factuur 2024/1187 (klantnummer 40021) voor de licenties Kurzweil 3000 werd op 12 november betaald met '
  'gestructureerde mededeling %s.\n\n'
  'Kunnen jullie de herinnering van vorige week als onbestaande beschouwen?\n\n' % OGM_FACTUUR
  + sig('mdb'),
  note='invoice, customer number and payment reference only', fmt=['plain'])

M('dossier-integratie-okan', who('aea'), [EXT['integratie']], 'Dossier 2024-VB-03318',
  'Dag Jolien,\n\n'
  'Voor dossier 2024-VB-03318: de nieuwe leerling start maandag in onze OKAN-klas, lokaal C0.03. Ik '
  'verwacht hem om 8.20 uur aan het onthaal. Kan de trajectbegeleider de eerste dag mee komen?\n\n'
  'Groeten,\nAhmed El Amrani\nOKAN Sint-Pieterscollege Herent',
  note='integration file number and room number, no secret; pupil not named', fmt=['plain'])

M('navorming-cursuscode', who('evb'), [who('nwu')], 'Navorming redelijke aanpassingen',
  'Dag Nele,\n\n'
  'De navorming waar ik het over had: "Redelijke aanpassingen in de klas", cursuscode NV-ZORG-2025-014, op '
  'woensdagnamiddag 5 februari in Leuven. Inschrijven via de nascholingssite; de school betaalt.\n\n'
  'Els',
  note='course code is not a secret', fmt=['plain'])

M('kluisje-jonas', who('sec'), [('Filip Baert', 'baert.filip@telenet.be')], 'Kluisje Jonas',
  'Beste heer Baert,\n\n'
  'Jonas heeft kluisje nr. 214 gekregen, op de gang naast lokaal B1.03. Het hangslot brengt hij zelf mee. '
  'De huur van 10 euro staat op de volgende schoolrekening.\n\n'
  'Met vriendelijke groeten\nLeerlingensecretariaat\nSint-Pieterscollege Herent',
  about=['jonas'], note='locker number is not a code; practical mail about a pupil, no sensitive fact',
  fmt=['plain'])

M('nieuwe-wachtwoordregels', who('pja'), [who('tgo')], 'RE: nieuwe wachtwoordregels?',
  'Tom,\n\n'
  'Klopt. Voor accounts met toegang tot het zorgdossier gelden voortaan: minstens 14 tekens, geen '
  'hergebruik van je vorige vijf wachtwoorden en tweestapsverificatie verplicht. Een wachtzin van vier '
  'losse woorden werkt het best. Je wachtwoord deel je met niemand, ook niet met een interim.\n\n'
  'Pieter',
  note='password rules, no password', fmt=['plain', 'reply'], reply=True)

# ===========================================================================
# C. sensitive - 38 here (+2 among the credential mails)
# ===========================================================================

_t, _h = outlook([
    'Dag Lies,',
    'Zoals beloofd het overzicht van de redelijke aanpassingen in jouw klas voor dit trimester. Wil je het '
    'ook doorgeven aan de collega\'s die nieuw zijn in 3B?',
    ('table', ['Leerling', 'Reden', 'Aanpassing'], [
        ['Lucas Peeters', 'dyslexie', 'extra tijd (1/3), toetsen in lettertype 12, geen spellingsfouten aanrekenen bij zaakvakken'],
        ['Oscar Van den Berghe', 'dyslexie en dysorthografie', 'laptop met Sprint Plus, toetsen digitaal'],
        ['Elise Van Hoof', 'ASS', 'vaste plaats vooraan, prikkelarme ruimte bij toetsen, planning op voorhand'],
        ['Mustafa Yilmaz', 'ADHD', 'toetsen in twee delen, bewegingspauze, wiebelkussen'],
    ]),
    'De attesten zitten in het zorgdossier. Vragen mag altijd.',
    'Groetjes,\nEls',
    sig('evb'),
])
M('overzicht-redelijke-aanpassingen-3b', who('evb'), [who('ldw')], 'Overzicht redelijke aanpassingen 3B',
  _t, html=_h, rules=['sensitive'], cats=['care'], about=['lucas_peeters', 'oscar', 'elise', 'mustafa'],
  note='table of adjustments per named pupil with diagnoses (dyslexia, ASS, ADHD)',
  fmt=['alt', 'html-table'], mailer='outlook')

_t, _h = outlook([
    'Dag Tom, dag Bert,',
    'Hieronder de agenda voor het zorgoverleg van donderdag (8.15 uur, A1.02).',
    ('table', ['Nr.', 'Leerling', 'Punt', 'Wie'], [
        ['1', '–', 'Goedkeuring verslag vorige keer', 'Els'],
        ['2', 'Ella Maes (3C)', 'Ouders gaan uit elkaar; Ella verblijft wisselend bij vader en moeder, concentratie daalt sterk', 'Els / titularis'],
        ['3', 'Adam Benali (3C)', 'Schoolrekening 1ste trimester nog niet betaald; OCMW-tussenkomst aangevraagd', 'Marijke'],
        ['4', 'Kobe Leemans (4A)', 'Faalangst bij toetsen; CLB-traject loopt, voorstel examens in apart lokaal', 'Tom / CLB'],
        ['5', '–', 'Varia: planning klassenraden, aanvragen ondersteuningsnetwerk', 'allen'],
    ]),
    'Tot donderdag,\nEls',
    sig('evb'),
])
M('agenda-zorgoverleg', who('evb'), [who('tgo')], 'Agenda zorgoverleg donderdag', _t, html=_h, cc=[who('bde')],
  rules=['sensitive'], cats=['family', 'psychosocial', 'care', 'financial'], about=['ella', 'adam', 'kobe'],
  note='care meeting agenda table: divorce, unpaid bill/OCMW, anxiety with CLB follow-up',
  fmt=['alt', 'html-table'], mailer='outlook')

M('gedragsverandering-mila', who('jvr'), [who('evb')], 'Mila Goossens (5B)',
  'Dag Els,\n\n'
  'Ik maak me zorgen over Mila Goossens uit 5B. Sinds de herfstvakantie is ze heel stil in de les, ze zit '
  'alleen op de speelplaats en vorige week heeft een klasgenote haar in de toiletten zien huilen. Vandaag '
  'zag ik bij het opstropen van haar mouw krassen op haar onderarm, die er volgens mij niet per ongeluk '
  'zijn gekomen.\n\n'
  'Ik heb er niets over gezegd tegen haar. Kan jij of Tom dit oppakken? Ik noteer het ook in het LVS.\n\n'
  'Jeroen',
  rules=['sensitive'], cats=['psychosocial'], about=['mila'],
  note='sudden change in behaviour and signs of self-harm of a named pupil', fmt=['plain'])

M('pesten-yasmina-ouders', who('tgo'), [('M. El Idrissi', 'el.idrissi.m@gmail.com')],
  'Gesprek over Yasmina',
  'Beste mijnheer El Idrissi,\n\n'
  'Bedankt voor uw telefoontje van gisteren. We hebben met Yasmina gesproken: zij wordt sinds enkele weken '
  'via Snapchat uitgescholden en buitengesloten door een groepje klasgenoten. Ze durfde het eerst niet te '
  'vertellen.\n\n'
  'We plannen deze week een herstelgesprek met de betrokken leerlingen en volgen de situatie op met '
  'Yasmina zelf, elke maandag tijdens de middagpauze. Ik hou u op de hoogte.\n\n'
  + sig('tgo'),
  rules=['sensitive'], cats=['psychosocial'], about=['yasmina'],
  note='bullying victim, mail to her own parent', fmt=['plain'])

M('tuchtmaatregel-ilias', who('bde'), [('Rachid Bouzid', 'bouzid.rachid@hotmail.com')],
  'Preventieve schorsing Ilias',
  'Geachte heer Bouzid,\n\n'
  'Zoals telefonisch gemeld heeft Ilias vandaag een medeleerling op de speelplaats bedreigd en geduwd. '
  'Omdat dit het derde incident is dit trimester, wordt Ilias preventief geschorst op donderdag en vrijdag. '
  'Op maandag verwachten we u samen met Ilias om 8.30 uur voor een gesprek over een tuchtprocedure.\n\n'
  + sig('bde', phone='T ' + TEL_BDE),
  rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['ilias'],
  note='behaviour incident with suspension (perpetrator); phone number in signature', fmt=['plain'])

M('echtscheiding-ella-reply', who('evb'), [('Ellen Dhondt', 'ellen.dhondt@telenet.be')],
  'RE: Ella',
  'Beste mevrouw Dhondt,\n\n'
  'Bedankt om ons op de hoogte te brengen, dat helpt ons echt. Ik geef aan de klastitularis door dat Ella '
  'om de week bij haar vader verblijft, zodat we haar turngerief en boeken niet nodeloos in vraag stellen. '
  'Als Ella er nood aan heeft, kan ze bij mij of bij de leerlingbegeleider terecht.\n\n'
  'Veel sterkte in deze periode.\n\n' + sig('evb')
  + quote_outlook('Ellen Dhondt <ellen.dhondt@telenet.be>', 'Els Vandenbroucke', 'Ella',
                  'Beste mevrouw Vandenbroucke,\n\nIk wil u laten weten dat Kris en ik uit elkaar gaan. Ella '
                  'woont vanaf nu in week-weekregeling bij ons allebei. Ze heeft het er moeilijk mee en slaapt '
                  'slecht. Misschien merkt u dat op school.\n\nEllen Dhondt'),
  rules=['sensitive'], cats=['family'], about=['ella'],
  note='parents divorcing, custody arrangement; reply to the mother', fmt=['plain', 'reply'], reply=True,
  mailer='outlook')

M('lina-eerste-weken', who('aea'), [who('evb')], 'Lina Haddad (2C)',
  'Dag Els,\n\n'
  'Een update over Lina Haddad, die sinds september in 2C zit na haar jaar OKAN.\n\n'
  'Ze is met haar moeder en twee broertjes uit Syrië gevlucht; haar vader is nog in een kamp in Libanon en '
  'ze heeft al weken niets van hem gehoord. Lina vertelde dat ze bijna elke nacht nachtmerries heeft en '
  'daardoor vaak te laat komt. In de les valt ze soms stil en reageert ze niet meer.\n\n'
  'Ik heb met haar afgesproken dat ze bij paniek naar de stille ruimte mag. Kunnen we het CLB inschakelen '
  'voor een gesprek met een psycholoog? Haar moeder gaat akkoord.\n\n'
  'Ahmed',
  rules=['sensitive'], cats=['family', 'psychosocial', 'care'], about=['lina'],
  note='refugee pupil: father in a camp, nightmares/panic, CLB referral', fmt=['plain'])

M('epilepsie-zoe-lo', who('evb'), [who('hve')], 'Zoë Martens (6A) – LO en zwemmen',
  'Dag Hannes,\n\n'
  'Voor de zwemles van 6A: Zoë Martens heeft epilepsie. Ze heeft dit jaar nog geen aanval gehad, maar haar '
  'neuroloog vraagt dat ze in het zwembad altijd aan de kant met een begeleider zwemt.\n\n'
  'Bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren. Duurt het langer dan vijf minuten, dan '
  'de noodmedicatie (Buccolam) uit de medicatiekluis halen en de hulpdiensten bellen.\n\n'
  + sig('evb', greet='Groetjes', short=True),
  rules=['sensitive'], cats=['medical'], about=['zoe'],
  note='diagnosis and emergency medication of a named pupil', fmt=['plain'])

M('diabetes-daan-doorgestuurd', who('evb'), [who('jvr')], 'FW: insulinepomp Daan',
  'Jeroen, ter info voor de uitstap naar Brussel met 6B. Kan jij zorgen dat Daan zijn snoep en meter bij '
  'heeft?\nEls'
  + fwd_block('Marleen Geerts <marleen.geerts@skynet.be>', 'Els Vandenbroucke <els.vandenbroucke@sintpieterscollege.be>',
              'insulinepomp Daan',
              'Dag mevrouw Vandenbroucke,\n\nDaan heeft sinds de kerstvakantie een insulinepomp voor zijn '
              'diabetes type 1. Als zijn suiker te laag gaat (onder 70) moet hij meteen iets zoets eten; hij '
              'heeft altijd druivensuiker in zijn rugzak. Wilt u dit doorgeven aan zijn leerkrachten?\n\n'
              'Marleen Geerts'),
  rules=['sensitive'], cats=['medical'], about=['daan'],
  note='forwarded parent mail about diabetes and insulin pump', fmt=['plain', 'forward'])

M('zwangerschap-julie-clb-arts', who('evb'), [EXT['clbarts']], 'Julie De Clercq (5B)',
  'Dag dokter Claus,\n\n'
  'Julie De Clercq uit 5B kwam vandaag bij mij: ze is ongeveer 14 weken zwanger. Haar moeder is op de '
  'hoogte, de vader van het kind niet meer in beeld. Julie wil absoluut haar jaar afmaken.\n\n'
  'Kunnen we samen bekijken welke afspraken nodig zijn voor de praktijklessen chemie en de sportdag, en '
  'wanneer ze bij jullie terecht kan voor een gesprek?\n\n'
  + sig('evb'),
  rules=['sensitive'], cats=['medical'], about=['julie'],
  note='pregnancy of a named pupil sent to the CLB doctor', fmt=['plain'])

_t, _h = outlook([
    'Hallo Hannes,',
    'Voor de uitstap van de tweede jaren naar Planckendael: de medische aandachtspunten van de leerlingen die '
    'in jouw bus zitten.',
    ('table', ['Leerling', 'Klas', 'Aandachtspunt', 'Wat te doen'], [
        ['Stan Cuypers', '2A', 'ernstige notenallergie', 'EpiPen in zijn rugzak, geen picknick met noten'],
        ['Thomas Michiels', '2B', 'astma', 'puffer mee, niet laten rennen bij koude'],
        ['Louise De Witte', '2B', 'coeliakie', 'eigen lunchpakket, niets van de kiosk'],
    ]),
    'Groetjes,\nKaren',
])
M('medische-aandachtspunten-uitstap', who('kvd'), [who('hve')], 'Uitstap Planckendael – medische info',
  _t, html=_h, rules=['sensitive'], cats=['medical'], about=['stan', 'thomas', 'louise'],
  note='allergy/asthma/coeliac per named pupil in a table', fmt=['alt', 'html-table'], mailer='outlook')

M('rilatine-mustafa', who('evb'), [('Ahmet Yilmaz', 'yilmaz.ahmet@gmail.com')], 'Medicatie Mustafa',
  'Beste heer Yilmaz,\n\n'
  'De collega\'s merken dat Mustafa de laatste weken \'s middags zijn Rilatine niet meer inneemt. In de '
  'namiddaglessen lukt het hem dan moeilijk om bij de les te blijven, ondanks de afspraken uit zijn '
  'ADHD-handelingsplan (toetsen in twee delen, bewegingspauze).\n\n'
  'Zou u hierover met hem willen praten, en eventueel met de kinderarts? Ik stel voor dat we elkaar binnen '
  'twee weken even zien.\n\n'
  + sig('evb'),
  rules=['sensitive'], cats=['medical', 'care'], about=['mustafa'],
  note='ADHD medication and care plan of a named pupil, to his parent', fmt=['plain'])

M('attest-dyslexie-oscar', who('evb'), [('Jo Vandenberghe', 'jo.vandenberghe@telenet.be')],
  'Attest dyslexie Oscar',
  'Beste heer Vandenberghe,\n\n'
  'Het attest dyslexie en dysorthografie van de logopediste is goed aangekomen. Vanaf volgende week krijgt '
  'Oscar bij alle toetsen 1/3 extra tijd en mag hij zijn laptop met voorleessoftware gebruiken. Dat wordt '
  'ook zo opgenomen in zijn handelingsplan en op de klassenraad besproken.\n\n'
  'Met vriendelijke groeten\n\nEls Vandenbroucke\nZorgcoördinator – Sint-Pieterscollege Herent',
  charset='windows-1252', cte='8bit', rules=['sensitive'], cats=['care'], about=['oscar'],
  note='dyslexia certificate and adjustments, windows-1252 8bit body', fmt=['plain-cp1252'], mailer='outlook')

M('aanvraag-ondersteuning-elise', who('evb'), [EXT['on']], 'Aanvraag ondersteuning Elise Van Hoof',
  'Dag Inge,\n\n'
  'Hierbij de gegevens voor de aanvraag van ondersteuning voor Elise Van Hoof (3B):\n\n'
  '- rijksregisternummer: %s\n'
  '- diagnose: autismespectrumstoornis (verslag UZ, maart 2023)\n'
  '- gemotiveerd verslag CLB: opgemaakt, zit in het zorgdossier\n'
  '- vraag: begeleiding bij planning en overgangsmomenten, ondersteuning van de leerkrachten bij '
  'prikkelarme toetsafname\n\n'
  'De ouders hebben het aanvraagformulier getekend.\n\n' % RRN_ELISE
  + sig('evb'),
  rules=['sensitive', 'personal_data'], cats=['care'], about=['elise'],
  note='support-network application: ASS diagnosis, CLB report and a valid national register number',
  fmt=['plain'])

M('handelingsplan-jules-clb', who('evb'), [EXT['clb']], 'Handelingsplan Jules Hermans',
  'Dag Joke,\n\n'
  'In bijlage het bijgewerkte handelingsplan van Jules Hermans (4C), zoals besproken op de klassenraad. '
  'Kan jij het nakijken voor het MDO van volgende week?\n\n' + sig('evb'),
  atts=[('Handelingsplan Jules Hermans 4C.docx', make_docx([
      'Handelingsplan – Jules Hermans – 4C – schooljaar 2024-2025',
      'Beginsituatie: DCD (developmental coordination disorder), vastgesteld door de kinderrevalidatie in 2021. '
      'Schrijven gaat traag en is moeilijk leesbaar.',
      'Redelijke aanpassingen: laptop voor alle schrijftaken, 1/3 extra tijd, kopieën van de notities, '
      'geen beoordeling van handschrift.',
      'Opvolging: ergotherapie buiten de school (2x per maand), CLB volgt het traject op.',
      'Evaluatie: klassenraad van maart.',
  ]), 'docx')],
  rules=['sensitive'], cats=['care'], about=['jules'],
  note='care plan of a named pupil; the body names the plan, the docx holds diagnosis and adjustments',
  fmt=['mixed', 'attachment-docx'])

M('afbetalingsplan-adam', who('mdb'), [('Youssef Benali', 'benali.youssef@gmail.com')], 'Schoolrekening Adam',
  'Beste heer Benali,\n\n'
  'Zoals afgesproken op het secretariaat stel ik voor de openstaande schoolrekening van Adam (1ste trimester, '
  '312,40 euro) een afbetalingsplan voor in vier schijven van 78,10 euro, telkens op de 15de van de maand, '
  'te beginnen in januari.\n\n'
  'U kan storten op rekening %s van LKSD vzw met de mededeling %s.\n\n'
  'Als u het OCMW om een tussenkomst vraagt, bezorg ik hen graag een kopie van de rekening.\n\n'
  % (IBAN_SCHOOL, OGM_ADAM) + sig('mdb'),
  rules=['sensitive', 'personal_data'], cats=['financial'], about=['adam'],
  note='unpaid bill and payment plan of a named pupil; school IBAN', fmt=['plain'])

M('ocmw-tussenkomst-ayoub', who('evb'), [EXT['sociaal']], 'Tussenkomst schoolkosten Ayoub Chakir',
  'Dag Lotte,\n\n'
  'De mama van Ayoub Chakir (2C) gaf toestemming om contact met jullie op te nemen. Het gezin leeft van een '
  'leefloon en kan de schoolrekening en de uitstap naar Londen niet betalen (samen 418 euro). Kan het '
  'sociaal huis hierin tussenkomen, of moeten we een afbetalingsplan opstarten?\n\n'
  + sig('evb'),
  rules=['sensitive'], cats=['financial'], about=['ayoub'],
  note='social assistance and unpaid school costs of a named pupil', fmt=['plain'])

M('schooltoeslag-mats', who('mdb'), [('Tim Vos', 'vos.tim@outlook.com')], 'Schooltoeslag voor Mats',
  'Beste heer Vos,\n\n'
  'Bij het nakijken van de schoolrekeningen zagen we dat er voor Mats nog geen schooltoeslag werd '
  'uitbetaald, terwijl u vorig jaar nog een studietoelage ontving. Gezien uw gezinssituatie hebt u er '
  'waarschijnlijk opnieuw recht op. Wilt u dit nakijken bij uw uitbetaler van het Groeipakket? Ik help u '
  'graag met het formulier.\n\n'
  'Het openstaande bedrag van de schoolrekening (146 euro) zetten we intussen even on hold.\n\n'
  + sig('mdb'),
  rules=['sensitive'], cats=['financial'], about=['mats'],
  note='school allowance and outstanding bill of a named pupil', fmt=['plain'])

M('aanmelding-time-out-jonas', who('tgo'), [EXT['timeout']], 'Aanmelding Jonas Baert (4B)',
  'Dag Wim,\n\n'
  'Ik wil graag Jonas Baert (4B) aanmelden voor het time-outtraject van jullie vzw. Kort:\n\n'
  '- sinds oktober drie keer brutaal en beledigend tegen leerkrachten\n'
  '- een vechtpartij op de bus met een leerling van een andere school, waarvoor de politie werd verwittigd\n'
  '- twee dagen preventieve schorsing in november\n'
  '- thuis weinig grip op hem, vader staat open voor begeleiding\n\n'
  'Kunnen we een intake plannen?\n\n' + sig('tgo'),
  rules=['sensitive'], cats=['psychosocial'], about=['jonas'],
  note='behaviour incidents, police and suspension of a named pupil to the time-out partner', fmt=['plain'])

M('politie-bram', who('bde'), [who('tgo')], 'Bram Wuyts – politie',
  'Tom,\n\n'
  'De jeugdafdeling van de politie belde: ze willen Bram Wuyts (5A) horen over de verdwenen gsm\'s in de '
  'kleedkamers. Zijn vader is op de hoogte en komt morgen om 10 uur mee. Kan jij erbij zijn? We gebruiken '
  'het bureau naast het secretariaat.\n\n'
  'Bert',
  rules=['sensitive'], cats=['psychosocial'], about=['bram'],
  note='police hearing of a named pupil', fmt=['plain'])

M('overlijden-vader-hanne', who('nwu'), [who('evb')], 'Hanne Segers (4C)', cc=[who('tgo')],
  text='Dag Els, dag Tom,\n\n'
  'Ik kreeg net telefoon van de mama van Hanne Segers: Hannes papa is zaterdag onverwacht overleden. Hanne '
  'blijft deze week thuis. De begrafenis is vrijdag.\n\n'
  'Mag ik dit in de klas kort meedelen, zoals de mama vroeg? En kunnen we iets afspreken voor haar '
  'terugkeer?\n\n'
  'Nele',
  rules=['sensitive'], cats=['family'], about=['hanne'],
  note='death of a parent of a named pupil', fmt=['plain'])

M('pleeggezin-liam', who('evb'), [EXT['clb']], 'Liam De Smet (1D)',
  'Dag Joke,\n\n'
  'Ter info: Liam De Smet (1D) werd vorige week via de jeugdrechter in een pleeggezin in Kortenberg '
  'geplaatst. Contacten met zijn vader lopen voorlopig enkel via de pleegzorgbegeleider. Post en '
  'rapporten gaan naar het pleeggezin; ik heb het secretariaat gevraagd de gegevens aan te passen.\n\n'
  + sig('evb'),
  rules=['sensitive'], cats=['family'], about=['liam'],
  note='foster placement by juvenile judge of a named pupil', fmt=['plain'])

M('geweld-thuis-robin', who('tgo'), [EXT['clb']], 'Dringend: Robin De Backer (5B)',
  'Joke,\n\n'
  'Robin De Backer (5B) vertelde me vandaag dat zijn stiefvader hem gisteren geslagen heeft; hij heeft een '
  'blauwe plek op zijn schouder. Het is niet de eerste keer. Hij wil vanavond niet naar huis.\n\n'
  'Kan jij me zo snel mogelijk bellen? Ik denk dat we het Vertrouwenscentrum Kindermishandeling moeten '
  'contacteren.\n\nTom',
  rules=['sensitive'], cats=['family'], about=['robin'],
  note='violence at home disclosed by a named pupil', fmt=['plain'])

M('vader-gevangenis-tibo', who('evb'), [who('ldw')], 'Tibo Jacobs',
  'Dag Lies,\n\n'
  'Even in vertrouwen, omdat jij Tibo Jacobs (3C) dit jaar voor Nederlands hebt: zijn vader zit sinds de '
  'zomer in de gevangenis van Leuven. Tibo wil er in de klas absoluut niet over praten. Als het onderwerp '
  'in de les over het krantenartikel ter sprake komt, hou er aub rekening mee.\n\n'
  'Els',
  rules=['sensitive'], cats=['family'], about=['tibo'],
  note='parent in prison, named pupil', fmt=['plain'])

M('somberheid-seppe', who('tgo'), [('Kathleen Verhoeven', 'kathleen.verhoeven@telenet.be')],
  'Ons gesprek over Seppe',
  'Beste mevrouw Verhoeven,\n\n'
  'Bedankt voor het gesprek vanmiddag. Zoals afgesproken vat ik kort samen: Seppe vertelde dat hij zich al '
  'maanden somber voelt, slecht slaapt en geen zin meer heeft in dingen die hij vroeger graag deed. We '
  'raden aan om samen met hem naar de huisarts te gaan en een afspraak bij een psycholoog te maken. Op '
  'school kan hij elke dinsdag bij mij terecht.\n\n'
  'U kan me altijd bellen.\n\n'
  + sig('tgo', phone='gsm ' + GSM_TGO),
  rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['seppe'],
  note='depressive complaints of a named pupil to his mother; mobile number in signature', fmt=['plain'])

M('dyscalculie-ines-fr', who('evb'), [('Sophie Lambert', 'sophie.lambert@skynet.be')],
  'Aménagements raisonnables pour Inès',
  'Chère Madame Lambert,\n\n'
  'Suite à notre entretien, je vous confirme les aménagements raisonnables que nous prévoyons pour Inès en '
  'raison de sa dyscalculie : utilisation d\'une calculatrice et d\'une fiche de formules pendant les '
  'évaluations de mathématiques et de sciences, un tiers de temps supplémentaire et des consignes lues à '
  'voix haute.\n\n'
  'Ces mesures seront reprises dans son plan d\'accompagnement et évaluées au conseil de classe de mars.\n\n'
  'Bien cordialement,\n\nEls Vandenbroucke\nCoordinatrice des soins – Sint-Pieterscollege Herent',
  lang='fr', cte='quoted-printable', rules=['sensitive'], cats=['care'], about=['ines'],
  note='dyscalculia and adjustments of a named pupil, French, to her own mother', fmt=['plain-qp'])

M('sofiia-anxious-en', who('aea'), [('Olena Kovalenko', 'olena.kovalenko@gmail.com')], 'About Sofiia',
  'Dear Mrs Kovalenko,\n\n'
  'I would like to share something with you. Sofiia told her class teacher this week that she is very '
  'anxious about her father, who is still in Kharkiv, and that she cannot sleep when there is news about '
  'the attacks. In class she sometimes starts crying and has to leave the room.\n\n'
  'Our pupil counsellor and the school psychologist of the CLB can talk with her, in English if she '
  'prefers. Would you agree to that? We could meet on Tuesday after school.\n\n'
  'Kind regards,\nAhmed El Amrani\nSint-Pieterscollege Herent',
  lang='en', cte='base64', rules=['sensitive'], cats=['psychosocial', 'family'], about=['sofiia'],
  note='anxiety of a named refugee pupil about her father in a war zone, English, base64 body',
  fmt=['plain-base64'])

M('huiswerkklas-nieuwe-leerlingen', who('rme'), [EXT['vol1']], 'Drie nieuwe leerlingen in jouw groep',
  'Dag Hilde,\n\n'
  'Vanaf maandag komen er drie leerlingen bij in jouw groep. Even wat achtergrond, zodat je weet waar je '
  'op moet letten:\n\n'
  '* Ayoub Chakir (2C): het gezin leeft van een leefloon, thuis heeft hij geen rustige plek en geen '
  'laptop; hij mag er een lenen\n'
  '* Nora Aerts (2D): dyslexie, ze werkt met voorleessoftware en mag taken op de laptop maken\n'
  '* Sara Nowak (1A): spreekt thuis Pools, oefent graag hardop lezen\n\n'
  'Dank je!\nRuben',
  rules=['sensitive'], cats=['financial', 'care'], about=['ayoub', 'nora', 'sara'],
  note='list to a volunteer: social assistance of one pupil, dyslexia of another (Sara: no sensitive fact)',
  fmt=['plain'])

M('zorgoverzicht-2c-csv', who('evb'), [who('kvd')], 'Zorgoverzicht 2C',
  'Dag Karen,\n\n'
  'Als nieuwe titularis van 2C: in bijlage het zorgoverzicht van je klas, met de afspraken per leerling. Het '
  'volledige overzicht staat ook in het LVS.\n\n' + sig('evb', greet='Groetjes', short=True),
  atts=[('zorgoverzicht_2C.csv', csv_bytes([
      ['Leerling', 'Klas', 'Zorgnood', 'Afspraak'],
      ['Lina Haddad', '2C', 'vermoeden PTSS, paniekaanvallen; CLB-begeleiding', 'stille ruimte bij paniek'],
      ['Ayoub Chakir', '2C', 'dyslexie', 'extra tijd, voorleessoftware'],
      ['Jasper De Vos', '2C', 'ADHD, medicatie over de middag', 'toetsen in twee delen'],
      ['Marie Celis', '2C', 'diabetes type 1', 'mag altijd eten en meten in de les'],
  ]), 'csv')],
  rules=['sensitive'], cats=['psychosocial', 'care', 'medical'], about=['lina', 'ayoub', 'jasper', 'marie_celis'],
  note='CSV attachment with care needs and diagnoses per named pupil', fmt=['mixed', 'attachment-csv'])

M('klassenraad-1c-xlsx', who('hve'), [who('evb')], 'Voorbereiding klassenraad 1C',
  'Dag Els,\n\n'
  'In bijlage mijn voorbereiding voor de klassenraad van 1C, met de aandachtspunten per leerling. Kan je '
  'het aanvullen met wat jij weet?\n\nHannes',
  atts=[('klassenraad_1C_dec.xlsx', make_xlsx([
      ['Leerling', 'Aandachtspunt', 'Voorstel'],
      ['Chloé Verstraete', 'dysorthografie (attest logopedie)', 'spelling niet meetellen bij zaakvakken'],
      ['Jana Verbeeck', 'ouders gescheiden, wisselende verblijfsregeling, vergeet vaak materiaal', 'tweede set boeken op school'],
      ['Milan Wouters', 'hersenschudding na val, 3 weken geen LO', 'vervangtaak LO'],
  ], '1C'), 'xlsx')],
  rules=['sensitive'], cats=['care', 'family', 'medical'], about=['chloe', 'jana', 'milan'],
  note='xlsx attachment with learning disorder, divorce and injury per named pupil',
  fmt=['mixed', 'attachment-xlsx'])

M('handelingsplan-nora-pdf', who('evb'), [('Jan Aerts', 'aerts.jan@telenet.be')], 'Handelingsplan Nora',
  'Beste heer Aerts,\n\n'
  'In bijlage het handelingsplan van Nora zoals besproken op het oudercontact. Mogen we het getekend '
  'terugkrijgen via haar agenda?\n\n' + sig('evb'),
  atts=[('Handelingsplan Nora Aerts 2D.pdf', make_pdf([
      'Handelingsplan - Nora Aerts - 2D',
      'Diagnose: dyslexie (attest logopedie, 2022).',
      'Logopedie buiten de school: 2x per week.',
      'Aanpassingen: voorleessoftware, extra tijd, toetsen in Arial 12.',
      'Evaluatie: klassenraad maart.',
  ], 'Handelingsplan Nora Aerts'), 'pdf')],
  rules=['sensitive'], cats=['care'], about=['nora'],
  note='care plan of a named pupil to her own parent (plan named in body, details in PDF)',
  fmt=['mixed', 'attachment-pdf'])

M('uitstap-ieper-praktisch', who('ldw'), [who('hve')], 'Uitstap Ieper 3B',
  'Hannes,\n\n'
  'Voor donderdag: de bus vertrekt om 7.45 uur aan de Kloosterstraat, terug rond 17.30 uur. Jij zit vooraan '
  'bij de chauffeur, ik neem de achterkant. Lunchpakket mee, de In Flanders Fields-rondleiding is om 11 uur.\n\n'
  'Nog iets: Oscar Van den Berghe staat niet op de betaallijst, maar hij gaat gewoon mee. Zijn ouders zitten '
  'in een afbetalingsplan met Marijke, dus niets zeggen tegen hem.\n\n'
  'Lies',
  rules=['sensitive'], cats=['financial'], about=['oscar'],
  note='practical trip mail with a payment plan of a named pupil mentioned in passing', fmt=['plain'])

M('verslag-zorgoverleg-naar-prive', who('evb'), [('Els Vandenbroucke', PRIVATE['evb'])],
  'FW: verslag zorgoverleg 14/11',
  'om thuis verder af te werken\n'
  + fwd_outlook('Tom Goossens', 'Els Vandenbroucke', 'verslag zorgoverleg 14/11',
                'Els, hierbij mijn notities van het zorgoverleg:\n\n'
                '1. Victor De Witte (4B): weigert sinds twee weken naar school te komen, paniekaanvallen in de '
                'ochtend; CLB start een traject rond schoolweigering.\n'
                '2. Fien Willems (3A): sterk vermagerd, eet niet over de middag; vermoeden eetstoornis, '
                'ouders worden uitgenodigd.\n'
                '3. Varia: planning klassenraden.\n\nTom'),
  rules=['sensitive', 'private_account'], cats=['psychosocial', 'medical'], about=['victor', 'fien'],
  note='care meeting report forwarded by the care coordinator to her own gmail',
  fmt=['plain', 'forward'], mailer='outlook')

M('handelingsplan-lucas-verkeerde-peeters', who('evb'), [('Geert Peeters', 'geert.peeters@skynet.be')],
  'Aangepast handelingsplan Lucas',
  'Beste heer Peeters,\n\n'
  'Na de klassenraad hebben we het handelingsplan van Lucas (3B) aangepast. Voor zijn dyslexie krijgt hij '
  'voortaan:\n\n'
  '- 1/3 extra tijd bij alle toetsen en examens\n'
  '- toetsen in lettertype 12 met extra witruimte\n'
  '- bij talen: mondelinge herkansing als het schriftelijke deel onvoldoende is\n\n'
  'We evalueren dit op de klassenraad van maart. Hebt u nog vragen, dan hoor ik het graag.\n\n'
  + sig('evb'),
  rules=['sensitive', 'recipient'], cats=['care'], about=['lucas_peeters'], mis=True,
  note='care plan of Lucas Peeters (3B) sent to the father of Emma Peeters (2A): same surname autocomplete',
  fmt=['plain'])

M('pesten-noor-verkeerde-ouders', who('tgo'), [('Familie Jacobs', 'jacobs.familie@gmail.com')],
  'Noor Janssens – gesprek na het incident',
  'Beste ouders van Noor,\n\n'
  'Zoals beloofd een korte terugkoppeling. Noor Janssens werd vorige week in de kleedkamer door drie '
  'meisjes uitgelachen en gefilmd; het filmpje werd in een klasgroep gedeeld. We hebben het laten '
  'verwijderen en de betrokken leerlingen krijgen een sanctie. Met Noor spraken we af dat ze elke week even '
  'bij mij binnenloopt.\n\n'
  + sig('tgo'),
  rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['noor_janssens'], mis=True,
  note='bullying of Noor Janssens sent to the parents of Noor Jacobs (same first name, same class)',
  fmt=['plain'])

M('blessure-milan-verkeerde-wouters', who('hve'), [('An Wouters', 'an.wouters@gmail.com')],
  'Milan gevallen tijdens LO',
  'Beste mevrouw Wouters,\n\n'
  'Milan Wouters is vandaag tijdens de LO-les ongelukkig gevallen op zijn pols. We hebben hem ijs gegeven; '
  'hij had veel pijn, dus de collega van het secretariaat heeft hem naar de spoed van AZ Dijlevallei gebracht '
  'voor een foto. Vermoedelijk een breuk. Wilt u ons laten weten wat de dokter zegt?\n\n'
  + sig('hve'),
  rules=['sensitive', 'recipient'], cats=['medical'], about=['milan'], mis=True,
  note='injury of Milan Wouters sent to an.wouters@gmail.com (parent of Jana Verbeeck) instead of an.wouters@telenet.be',
  fmt=['plain'])

M('ines-reponse-mauvais-fil', who('evb'), [('Philippe Lambert', 'philippe.lambert@gmail.com')],
  'RE: Excursion du 2e degré',
  'Cher Monsieur Lambert,\n\n'
  'Pour faire suite à notre conversation sur Inès : le rapport de la logopède confirme sa dyscalculie. '
  'Elle pourra donc utiliser une calculatrice et disposer d\'un tiers de temps supplémentaire lors des '
  'évaluations. Le CLB assurera le suivi.\n\n'
  'Bien à vous,\nEls Vandenbroucke'
  + quote_gmail('Philippe Lambert <philippe.lambert@gmail.com>',
                'Bonjour,\nHugo pourra-t-il prendre le train de 16h après l\'excursion ?\nMerci,\nPhilippe Lambert',
                lang='fr'),
  lang='fr', rules=['sensitive', 'recipient'], cats=['care'], about=['ines'], mis=True,
  note='reply in the wrong thread: dyscalculia of Inès Lambert sent to the father of Hugo Lambert',
  fmt=['plain', 'reply'], reply=True)

M('incident-sem-verkeerde-claes', who('tgo'), [('Stijn Claes', 'stijn.claes@telenet.be')],
  'Incident Sem vandaag',
  'Beste heer Claes,\n\n'
  'Sem Claes (3A) werd vandaag naar de time-out gestuurd na een vechtpartij op de speelplaats, waarbij een '
  'medeleerling een bloedneus opliep. Sem krijgt woensdagnamiddag strafstudie en we plannen een '
  'herstelgesprek. Het is al het tweede incident deze maand; ik stel voor dat we elkaar binnenkort zien.\n\n'
  + sig('tgo'),
  rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['sem'], mis=True,
  note='behaviour incident of Sem Claes sent to the father of his cousin Ruben Claes (same class, same surname)',
  fmt=['plain'])

# ===========================================================================
# D. personal mails about one pupil, not sensitive - 20 (6 misdirected)
# ===========================================================================

M('oudercontact-verplaatst-emma', who('ndu'), [('Geert Peeters', 'geert.peeters@skynet.be')],
  'Oudercontact Emma verplaatst',
  'Beste heer Peeters,\n\n'
  'Door een personeelsvergadering moet ik ons oudercontact over Emma verplaatsen van dinsdag 17 uur naar '
  'donderdag 17.30 uur, in lokaal A2.05. Past dat voor u? Zo niet, dan zoeken we een ander moment.\n\n'
  + sig('ndu'),
  about=['emma_peeters'], note='moved parent meeting; correctly addressed to Emma Peeters\' father',
  fmt=['plain'])

M('leesboek-frans-noor', who('sma'), [('Familie Jacobs', 'jacobs.familie@gmail.com')], 'Leesboek Frans',
  'Beste ouders,\n\n'
  'Noor vroeg me vandaag welk leesboek ze voor Frans moet kopen. Het is "Le Petit Prince" (uitgave Folio '
  'Junior). De school heeft er nog drie exemplaren om te lenen; als u wil, kan Noor er morgen één halen in de '
  'mediatheek.\n\n'
  + sig('sma'),
  about=['noor_jacobs'], note='question about a book; correctly addressed to Noor Jacobs\' parents',
  fmt=['plain'])

M('vooruitgang-wiskunde-jana', who('hve'), [('An Wouters', 'an.wouters@gmail.com')], 'Mooi rapport Jana',
  'Beste mevrouw Wouters,\n\n'
  'Ik wou even laten weten dat Jana de laatste weken sterk vooruitgaat in wiskunde. Ze stelt meer vragen, '
  'maakt haar oefeningen stipt en haalde op de laatste toets 16 op 20. Proficiat aan haar!\n\n'
  + sig('hve'),
  about=['jana'], note='praise for progress; an.wouters@gmail.com is Jana Verbeeck\'s mother, correctly addressed',
  fmt=['plain'])

M('verloren-jas-milan', who('hve'), [('An Wouters', 'an.wouters@telenet.be')], 'Jas Milan',
  'Dag mevrouw Wouters,\n\n'
  'Milan heeft na de turnles zijn blauwe winterjas laten liggen in de kleedkamer. Hij hangt nu bij de '
  'verloren voorwerpen aan het secretariaat; hij kan hem daar morgen ophalen.\n\n'
  'Groeten,\nHannes Verhaegen',
  about=['milan'], note='lost jacket; correctly addressed to Milan Wouters\' mother (telenet address)',
  fmt=['plain'])

M('excursion-hugo-fr', who('ndu'), [('Philippe Lambert', 'philippe.lambert@gmail.com')],
  'Excursion du 2e degré – infos pratiques',
  'Cher Monsieur Lambert,\n\n'
  'Voici les informations pratiques pour l\'excursion de Hugo à Bruxelles jeudi : départ à 8h15 devant '
  'l\'école, retour vers 16h30. Prévoir un pique-nique, une gourde et une carte d\'identité. Hugo peut '
  'bien sûr prendre le train de 16h45 s\'il nous remet un mot signé.\n\n'
  'Bien à vous,\nNathalie Dubois',
  lang='fr', about=['hugo'], note='trip practicalities in French; correctly addressed to Hugo Lambert\'s father',
  fmt=['plain'])

M('sportdag-ruben', who('mvr'), [('Kim Van Damme', 'kim.vandamme@gmail.com')], 'Sportdag Ruben',
  'Beste mevrouw Van Damme,\n\n'
  'Ruben heeft zich ingeschreven voor de mountainbike-groep op de sportdag van vrijdag. Hij mag zijn eigen '
  'fiets meebrengen; een helm is verplicht. We vertrekken om 8.30 uur aan de sporthal.\n\n'
  + sig('mvr'),
  about=['ruben_claes'], note='sports day practicalities; correctly addressed to Ruben Claes\' mother',
  fmt=['plain'])

M('toneel-lotte-claessens', who('avd'), [('R. Claessens', 'claessens.r@telenet.be')], 'Proficiat aan Lotte!',
  'Beste ouders,\n\n'
  'Wat een prachtige rol speelde Lotte gisteren in ons toneelstuk! Ze kende haar tekst perfect en zette de '
  'hele zaal op stelten. Ik hoop dat ze volgend jaar opnieuw meedoet met de toneelgroep.\n\n'
  'Hartelijke groeten,\nAnnelies Van Dessel',
  about=['lotte_claessens'], note='praise; correctly addressed to Lotte Claessens\' parent', fmt=['plain'])

M('project-engels-febe', who('kvd'), [('Bjorn Vandenberghe', 'bjorn.vandenberghe@gmail.com')],
  'Febe\'s English project',
  'Beste heer Vandenberghe,\n\n'
  'Even een positief bericht: Febe gaf vandaag een uitstekende presentatie voor het project "My dream '
  'city". Ze sprak vlot Engels en had een heel verzorgde poster. Ze kreeg 18 op 20.\n\n'
  + sig('kvd'),
  about=['febe'], note='praise; correctly addressed to Febe Vandenberghe\'s father', fmt=['plain'])

M('spreekbeurt-oscar-verkeerd', who('ldw'), [('Bjorn Vandenberghe', 'bjorn.vandenberghe@gmail.com')],
  'Spreekbeurt Oscar',
  'Beste ouders,\n\n'
  'Ik wou even laten weten dat Oscar Van den Berghe vandaag een prachtige spreekbeurt over de Eerste '
  'Wereldoorlog gaf. Hij had zich heel goed voorbereid en de klas hing aan zijn lippen. Een dikke '
  'proficiat!\n\n'
  + sig('ldw'),
  rules=['recipient'], about=['oscar'], mis=True,
  note='praise for Oscar Van den Berghe (3B) sent to the father of Febe Vandenberghe (autocomplete)',
  fmt=['plain'])

M('oudercontact-jules-verkeerde-thread', who('nwu'), [('Patrick Van de Velde', 'patrick.vandevelde@skynet.be')],
  'RE: Oudercontact',
  'Beste heer Hermans,\n\n'
  'Het gesprek over Jules Hermans (4C) verplaatsen we naar 19.10 uur; de collega van wiskunde sluit ook aan. Tot dan!\n\n'
  'Nele Wuyts'
  + quote_gmail('Patrick Van de Velde <patrick.vandevelde@skynet.be>',
                'Goedenavond,\nKunnen we voor Lisa een gesprek krijgen op het oudercontact van donderdag?\n'
                'Patrick Van de Velde'),
  rules=['recipient'], about=['jules'], mis=True,
  note='reply in the wrong thread: appointment about Jules Hermans sent to the father of Lisa Van de Velde',
  fmt=['plain', 'reply'], reply=True)

M('jas-stan-verkeerd', who('ndu'), [('T. Michiels', 'michiels.tm@icloud.com')], 'Jas vergeten',
  'Beste ouders,\n\n'
  'Stan Cuypers heeft na de les Frans zijn grijze jas met bontkraag laten hangen in A2.05. Ik heb hem naar '
  'de verloren voorwerpen gebracht.\n\n'
  'Nathalie Dubois',
  rules=['recipient'], about=['stan'], mis=True,
  note='lost jacket of Stan Cuypers (2A) sent to the parent of Thomas Michiels (2B)', fmt=['plain'])

M('leesboek-yara-verkeerd', who('sma'), [('Marc Leemans', 'leemans.marc@proximus.be')],
  'Leesboek Yara',
  'Beste ouders,\n\n'
  'Yara Bosmans is haar leesboek voor Nederlands ("Het leven is vurrukkulluk") kwijt. De mediatheek heeft '
  'nog een exemplaar dat ze kan lenen tot het einde van het trimester.\n\n'
  + sig('sma'),
  rules=['recipient'], about=['yara'], mis=True,
  note='book question about Yara Bosmans (4A) sent to the father of Kobe Leemans (same class, next line in the list)',
  fmt=['plain'])

M('sortie-amelie-mauvais-destinataire', who('ndu'), [('Sophie Lambert', 'sophie.lambert@skynet.be')],
  'Sortie au théâtre – Amélie',
  'Chère Madame,\n\n'
  'Amélie Laurent s\'est inscrite pour la sortie au théâtre de vendredi soir (« Le Malade imaginaire », '
  'Théâtre 140). Le rendez-vous est à 18h30 à la gare de Leuven ; le prix de 14 euros sera repris sur la '
  'facture scolaire.\n\n'
  'Bien cordialement,\nNathalie Dubois',
  lang='fr', rules=['recipient'], about=['amelie'], mis=True,
  note='theatre trip of Amélie Laurent (3C) sent to the mother of Inès Lambert (autocomplete "La...")',
  fmt=['plain'])

M('huiswerkklas-gilles-verkeerd', who('rme'), [('Familie Willems', 'willems-dc@telenet.be')],
  'Inschrijving huiswerkklas Gilles',
  'Beste ouders,\n\n'
  'Hierbij bevestig ik de inschrijving van Gilles De Pauw voor de huiswerkklas op maandag en donderdag, '
  'van 15.45 tot 17 uur in lokaal B1.12. De eerste sessie is volgende maandag.\n\n'
  + sig('rme'),
  rules=['recipient'], about=['gilles'], mis=True,
  note='homework-class confirmation for Gilles De Pauw (3A) sent to the parents of Fien Willems (previous mail reused)',
  fmt=['plain'])

M('presentation-sara-en', who('kvd'), [('Anna Nowak', 'anna.nowak@gmail.com')], 'Sara\'s presentation',
  'Dear Mrs Nowak,\n\n'
  'I just wanted to let you know that Sara gave a lovely presentation about her favourite holiday in '
  'English class today. She spoke clearly and was not afraid to answer questions. Well done, Sara!\n\n'
  'Kind regards,\nKaren Van Dyck\nEnglish teacher, Sint-Pieterscollege Herent',
  lang='en', about=['sara'], note='praise in English; correctly addressed to Sara Nowak\'s mother', fmt=['plain'])

M('schoolvoetbal-amir', who('aea'), [('Karim Haidari', 'karim.haidari@gmail.com')], 'Schoolvoetbal',
  'Beste heer Haidari,\n\n'
  'Amir vroeg of hij mag meedoen met het schoolvoetbal op woensdagnamiddag. Dat kan zeker! De trainingen zijn '
  'van 13 tot 14.30 uur op het sportveld achter de school. De inschrijving van 5 euro komt op de '
  'schoolrekening. Wil u het strookje in zijn map tekenen?\n\n'
  'Groeten,\nAhmed El Amrani',
  about=['amir'], note='school football; correctly addressed to the pupil\'s uncle (parent 1 in roster)',
  fmt=['plain'])

M('wiskundeolympiade-victor', who('sma'), [('Stefaan De Witte', 'stefaan.dewitte@telenet.be')],
  'Wiskundeolympiade',
  'Beste heer De Witte,\n\n'
  'Goed nieuws: Victor is door naar de tweede ronde van de Vlaamse Wiskunde Olympiade! Die vindt plaats op '
  'woensdag 26 februari in de namiddag op school. Hij mag zijn rekenmachine niet gebruiken, wel een passer en '
  'geodriehoek.\n\n'
  + sig('sma'),
  about=['victor'], note='good news about a pupil; correctly addressed', fmt=['plain'])

M('turnzak-louise', who('hve'), [('Griet Goethals', 'griet.goethals@icloud.com')], 'Turnzak Louise',
  'Dag mevrouw Goethals,\n\n'
  'Louise heeft haar turnzak al twee weken op school laten liggen (kapstok aan de sporthal). Kan ze hem '
  'morgen meenemen om te wassen? ;-)\n\n'
  'Groeten,\nHannes',
  about=['louise'], note='forgotten gym bag; correctly addressed to Louise De Witte\'s mother', fmt=['plain'])

M('reunion-ines-deplacee', who('ndu'), [('Marc Lambert', 'marc.lambert@proximus.be')],
  'Réunion de parents déplacée',
  'Cher Monsieur Lambert,\n\n'
  'La réunion de parents au sujet des résultats d\'Inès en français est déplacée au mercredi 15 janvier à '
  '17h, local A2.05. Merci de me confirmer votre présence.\n\n'
  'Bien à vous,\nNathalie Dubois',
  lang='fr', about=['ines'], note='moved parent meeting in French; correctly addressed to Inès Lambert\'s father',
  fmt=['plain'])

M('stageplaats-mohamed', who('jvr'), [('H. Azzouzi', 'azzouzi.h@gmail.com')], 'Stageplaats Mohamed bevestigd',
  'Beste heer Azzouzi,\n\n'
  'De stageplaats van Mohamed bij Garage Vervoort in Wijgmaal is bevestigd. Hij start op maandag 3 maart om '
  '8 uur; werkschoenen en een overall worden voorzien door het bedrijf. De stageovereenkomst krijgt hij deze '
  'week mee naar huis om te laten tekenen.\n\n'
  + sig('jvr'),
  about=['mohamed'], note='internship confirmation; correctly addressed, no sensitive fact', fmt=['plain'])

# ===========================================================================
# E. general letters to all parents / all staff - 20 (must pass: BCC only, nobody named)
# ===========================================================================

UNDISCLOSED = 'undisclosed-recipients:;'
PERSONEEL = 'personeel@spc.ksleuven.be'
OUDERS_ALLE = 'ouders@sintpieterscollege.be'

_t, _h = outlook([
    'Beste ouders,',
    'Elk kind verdient de kansen om zich op school goed te voelen en te groeien. In deze brief leggen we uit '
    'hoe we op het Sint-Pieterscollege Herent de zorg voor leerlingen organiseren.',
    'Brede basiszorg: alle leerkrachten zorgen voor een krachtige leeromgeving met duidelijke '
    'afspraken, differentiatie en aandacht voor welbevinden.\n'
    'Verhoogde zorg: wanneer een leerling meer nodig heeft, bespreekt de klassenraad samen met de ouders '
    'welke redelijke aanpassingen mogelijk zijn, zoals extra tijd of het gebruik van voorleessoftware.\n'
    'Uitbreiding van zorg: samen met het CLB en, waar nodig, het ondersteuningsnetwerk zoeken we naar '
    'bijkomende begeleiding.',
    'Informatie over uw kind bespreken we liever persoonlijk of via een Smartschool-bericht dan per e-mail. '
    'Gevoelige informatie wordt bewaard in het beveiligde leerlingvolgsysteem en enkel gedeeld met wie ze '
    'nodig heeft.',
    'Hebt u vragen, dan kan u terecht bij de klastitularis of bij onze zorgcoördinator.',
    'Met vriendelijke groeten\n\nKatrien Lemmens\nDirecteur\nSint-Pieterscollege Herent – scholengroep Stroom',
])
M('brief-zorgbeleid-alle-ouders', who('dir'), [UNDISCLOSED], 'Zorgbeleid op onze school', _t, html=_h,
  bcc=all_parents(), note='general letter on the care policy to all parents, everybody in BCC',
  fmt=['alt', 'bcc-envelope'], mailer='outlook', group='general')

M('clb-infobrief-eerste-jaar', who('evb'), [UNDISCLOSED], 'Infobrief CLB – eerste jaar',
  'Beste ouders van de leerlingen van het eerste jaar,\n\n'
  'Onze school werkt samen met het Vrij CLB Dijleland. In bijlage vindt u hun infobrochure. Het CLB '
  'begeleidt leerlingen bij leren en studeren, onderwijsloopbaan, preventieve gezondheidszorg en '
  'psychisch en sociaal functioneren.\n\n'
  'In de loop van het schooljaar krijgen alle leerlingen van het eerste jaar een systematisch contact '
  '(medisch onderzoek) bij het CLB. U ontvangt vooraf een uitnodiging. U kan het CLB ook zelf contacteren via '
  'hun website of via de zorgcoördinator.\n\n'
  'Met vriendelijke groeten\n\nEls Vandenbroucke\nZorgcoördinator',
  bcc=parents_of_class('1A', '1B', '1C', '1D'),
  atts=[('Infobrochure Vrij CLB Dijleland.pdf', make_pdf([
      'Vrij CLB Dijleland - wie zijn we?',
      'Het CLB helpt leerlingen, ouders en scholen. Gratis en discreet.',
      'Wij werken rond leren en studeren, onderwijsloopbaan, gezondheid en welbevinden.',
      'Meer info: www.vclb-dijleland.be',
  ], 'Infobrochure CLB'), 'pdf')],
  note='general CLB information letter to all first-year parents in BCC with a harmless PDF',
  fmt=['mixed', 'attachment-pdf', 'bcc-envelope'], group='general')

M('medicatiebeleid-ouders', who('dir'), [UNDISCLOSED], 'Medicatie op school',
  html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p>Beste ouders,</p>'
        '<p>Regelmatig krijgen we de vraag of leerkrachten medicatie mogen geven. Daarom zetten we onze afspraken '
        'nog eens op een rij:</p>'
        '<ul><li>Leerkrachten en opvoeders geven <b>geen</b> medicatie zonder een attest van de arts met naam '
        'van het geneesmiddel, dosis en tijdstip.</li>'
        '<li>Het attest vindt u op Smartschool onder <i>Documenten &gt; Medisch</i>.</li>'
        '<li>Medicatie wordt bewaard op het secretariaat, niet in de boekentas.</li>'
        '<li>Bij ziekte of een ongeval op school verwittigen we u altijd.</li></ul>'
        '<p>Medische informatie over uw kind geeft u het best persoonlijk door aan het secretariaat of de '
        'zorgcoördinator, niet via een gewone e-mail.</p>'
        '<p>Met vriendelijke groeten,<br>De directie</p></body></html>\n'),
  html_only=True, bcc=[OUDERS_ALLE],
  note='general medication policy to all parents, group address in BCC only', fmt=['html-only', 'bcc-envelope'],
  group='general')

M('pestbeleid-ouders', who('dir'), [UNDISCLOSED], 'Samen tegen pesten',
  'Beste ouders,\n\n'
  'Pesten hoort niet thuis op onze school. Dit schooljaar werken we verder met de no-blame-aanpak: wanneer '
  'een leerling gepest wordt, brengen we een steungroep van klasgenoten samen die mee zoekt naar '
  'oplossingen, zonder schuldigen aan te wijzen. Waar nodig volgen wel sancties volgens het schoolreglement.\n\n'
  'Wat kan u doen?\n'
  '- Praat met uw kind over hoe het online en op school met anderen omgaat.\n'
  '- Merkt u iets, meld het aan de klastitularis of de leerlingbegeleider.\n'
  '- Leerlingen kunnen ook anoniem melden via de meldknop op Smartschool.\n\n'
  'Meer informatie vindt u in het schoolreglement, hoofdstuk 6.\n\n'
  'Met vriendelijke groeten\nDe directie',
  bcc=[OUDERS_ALLE], cte='quoted-printable',
  note='general anti-bullying policy, no pupil named', fmt=['plain-qp', 'bcc-envelope'], group='general')

M('aanbod-huiswerkbegeleiding', who('rme'), [UNDISCLOSED], 'Huiswerkbegeleiding na school',
  'Beste ouders,\n\n'
  'Ook dit jaar organiseren we gratis huiswerkbegeleiding na school voor de leerlingen van de eerste graad, '
  'op maandag en donderdag van 15.45 tot 17 uur. Leerlingen maken er in stilte hun taken, met hulp van '
  'leerkrachten en vrijwilligers. Er zijn laptops en een printer beschikbaar.\n\n'
  'Inschrijven kan via het formulier op Smartschool tot vrijdag. De eerste sessie start na de '
  'herfstvakantie.\n\n'
  + sig('rme'),
  bcc=parents_of_class('1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D'),
  note='general offer of homework support to first-grade parents in BCC', fmt=['plain', 'bcc-envelope'],
  group='general')

M('time-outproject-uitleg-personeel', who('gde'), [UNDISCLOSED], 'Werking time-outproject 2024-2025',
  'Beste collega\'s,\n\n'
  'Een korte opfrissing van de werking van het time-outproject:\n\n'
  '1. Een leerling die de les ernstig verstoort, kan je met het gele kaartje naar B0.04 sturen.\n'
  '2. In de time-out reflecteert de leerling met een coach; na maximaal één lesuur volgt een '
  'terugkeerafspraak.\n'
  '3. Noteer het incident dezelfde dag in het LVS, niet in een mail.\n'
  '4. Bij drie time-outs in een maand bespreekt het zorgteam een traject, eventueel met Time-out Leuven vzw.\n\n'
  'Vragen? Spreek me gerust aan in de leraarskamer.\n\n'
  + sig('gde'),
  bcc=[PERSONEEL], note='general letter on the time-out procedure to all staff in BCC',
  fmt=['plain', 'bcc-envelope'], group='general')

M('procedure-redelijke-aanpassingen-personeel', who('evb'), [UNDISCLOSED], 'Procedure redelijke aanpassingen',
  'Beste collega\'s,\n\n'
  'Naar aanleiding van de vragen op de personeelsvergadering zet ik de procedure voor redelijke '
  'aanpassingen nog eens op een rij.\n\n'
  '1. De aanvraag komt van ouders, CLB of klassenraad, altijd met een attest of verslag.\n'
  '2. De zorgcoördinator bekijkt samen met de klassenraad welke aanpassingen haalbaar zijn.\n'
  '3. De afspraken worden opgenomen in het handelingsplan in het LVS; daar vind je per leerling wat geldt.\n'
  '4. Bij toetsen en examens zorg jij voor de afgesproken aanpassing (extra tijd, digitale versie, '
  'aparte ruimte). Twijfel je, kijk dan in het LVS of vraag het aan mij.\n\n'
  'Belangrijk: zet nooit diagnoses of namen van leerlingen met hun aanpassingen in een mail of in een '
  'gedeeld document buiten het LVS.\n\n'
  + sig('evb'),
  bcc=[PERSONEEL], note='general procedure letter to all staff; no pupil named', fmt=['plain', 'bcc-envelope'],
  group='general')

M('lvs-afspraken-personeel', who('evb'), [UNDISCLOSED], 'Herinnering: zorginfo hoort in het LVS',
  'Beste collega\'s,\n\n'
  'Een kleine herinnering uit ons communicatiebeleid: gevoelige informatie over leerlingen (gezinssituatie, '
  'welbevinden, medische info, zorg en financiële situatie) delen we enkel via het leerlingvolgsysteem, niet '
  'via mail of WhatsApp.\n\n'
  'Krijg je zulke informatie toch per mail, zet ze dan in het LVS en verwijder daarna de mail, ook uit je '
  'prullenmand. Deel je wachtwoord van het LVS met niemand; ook de ICT-dienst zal er nooit om vragen.\n\n'
  'Bedankt om hier samen op te letten!\n\n'
  + sig('evb'),
  bcc=[PERSONEEL], note='general reminder to staff about the LVS and passwords; no secret, nobody named',
  fmt=['plain', 'bcc-envelope'], group='general')

M('voorleessoftware-thuis-ouders', who('pja'), [UNDISCLOSED], 'Voorleessoftware thuis gebruiken',
  'Beste ouders,\n\n'
  'Leerlingen die op school met voorleessoftware werken, kunnen die ook thuis gebruiken. Hoe gaat dat in '
  'zijn werk?\n\n'
  '- De installatiebestanden vindt u op Smartschool onder Vakken > Zorg > Software.\n'
  '- De persoonlijke licentiecode ontvangt uw kind via een Smartschool-bericht. Wij versturen geen '
  'licentiecodes per e-mail.\n'
  '- Lukt de installatie niet, dan kan uw kind de laptop op woensdagmiddag bij de ICT-dienst binnenbrengen.\n\n'
  'Met vriendelijke groeten\n\nPieter Janssens\nICT-coördinator',
  bcc=[OUDERS_ALLE], note='general letter on reading software; mentions licence codes without any key',
  fmt=['plain', 'bcc-envelope'], group='general')

M('betaalherinnering-alle-ouders', who('mdb'), [UNDISCLOSED], 'Herinnering schoolrekening eerste trimester',
  'Beste ouders,\n\n'
  'Een aantal schoolrekeningen van het eerste trimester staat nog open. Wilt u nakijken of uw rekening '
  'betaald is? U vindt ze in Smartschool onder "Schoolrekeningen".\n\n'
  'Hebt u het om welke reden ook moeilijk om de rekening te betalen, neem dan discreet contact op met het '
  'secretariaat. Een afbetalingsplan is altijd bespreekbaar en niemand anders komt het te weten.\n\n'
  'Hebt u de rekening intussen betaald, dan mag u deze herinnering als onbestaande beschouwen.\n\n'
  + sig('mdb'),
  bcc=all_parents(), cte='quoted-printable',
  note='payment reminder to everybody, nobody named, no account number', fmt=['plain-qp', 'bcc-envelope'],
  group='general')

M('schooltoeslag-info-ouders', who('mdb'), [UNDISCLOSED], 'Schooltoeslag aanvragen? Zo werkt het',
  'Beste ouders,\n\n'
  'Via het Groeipakket kunnen gezinnen met een beperkter inkomen een schooltoeslag krijgen. In de meeste '
  'gevallen wordt die automatisch toegekend, maar soms is een aanvraag nodig, bijvoorbeeld na een '
  'verandering in uw gezinssituatie.\n\n'
  'Kijk na bij uw uitbetaler van het Groeipakket of u in aanmerking komt. Het secretariaat helpt u graag '
  'met het formulier.\n\n'
  + sig('mdb'),
  bcc=[OUDERS_ALLE], note='general information on school allowance; nobody named', fmt=['plain', 'bcc-envelope'],
  group='general')

_t, _h = outlook([
    'Beste collega\'s,',
    'Hieronder de planning van de klassenraden van december. De agenda per klas volgt via het LVS.',
    ('table', ['Datum', 'Uur', 'Klassen', 'Lokaal'], [
        ['maandag 16 december', '15.45 – 18.00', '1A, 1B, 1C, 1D', 'A1.02'],
        ['dinsdag 17 december', '15.45 – 18.30', '2A, 2B, 2C, 2D', 'A1.02'],
        ['woensdag 18 december', '13.00 – 17.00', '3A, 3B, 3C, 4A, 4B, 4C', 'mediatheek'],
        ['donderdag 19 december', '15.45 – 18.00', '5A, 5B, 6A, 6B, OKAN', 'A1.02'],
    ]),
    'Met vriendelijke groeten\n\nBert Dewaele\nAdjunct-directeur',
])
M('planning-klassenraden-personeel', who('bde'), [UNDISCLOSED], 'Planning klassenraden december', _t, html=_h,
  bcc=[PERSONEEL], note='class council schedule to all staff in BCC; room numbers only',
  fmt=['alt', 'html-table', 'bcc-envelope'], mailer='outlook', group='general')

M('programma-zorgstudiedag', who('evb'), [UNDISCLOSED], 'Pedagogische studiedag 29 januari – programma',
  'Beste collega\'s,\n\n'
  'Op woensdag 29 januari staat onze pedagogische studiedag in het teken van zorg. Het programma:\n\n'
  '08.45  onthaal met koffie in de refter\n'
  '09.15  "Redelijke aanpassingen: wat is redelijk?" – gastspreker van het ondersteuningsnetwerk\n'
  '10.45  workshops: voorleessoftware in de klas, omgaan met faalangst, herstelgericht werken\n'
  '12.30  lunch\n'
  '13.30  vakgroepoverleg: differentiatie in de toetsen\n'
  '15.30  afsluiter\n\n'
  'Inschrijven voor de workshops via het formulier op Smartschool.\n\n'
  + sig('evb'),
  bcc=[PERSONEEL], note='general programme of the care study day to staff in BCC', fmt=['plain', 'bcc-envelope'],
  group='general')

M('ondersteuningsnetwerk-info-ouders', who('evb'), [UNDISCLOSED], 'Wat doet het ondersteuningsnetwerk?',
  'Beste ouders,\n\n'
  'Onze school maakt deel uit van het ondersteuningsnetwerk Dijle-Hageland. Wanneer een leerling met '
  'specifieke onderwijsbehoeften meer nodig heeft dan wat de school zelf kan bieden, kan het netwerk een '
  'ondersteuner inzetten. Die werkt samen met de leerkrachten, de leerling en de ouders.\n\n'
  'Een aanvraag gebeurt altijd in overleg met de ouders en het CLB. Hebt u vragen, dan kan u terecht bij de '
  'zorgcoördinator via Smartschool.\n\n'
  + sig('evb'),
  bcc=[OUDERS_ALLE], note='general information on the support network; nobody named',
  fmt=['plain', 'bcc-envelope'], group='general')

M('week-van-het-welbevinden', who('tgo'), [UNDISCLOSED], 'Week van het welbevinden',
  'Beste ouders,\n\n'
  'Volgende week is het op school de week van het welbevinden. Leerlingen doen mee aan workshops rond '
  'slaap, schermtijd en omgaan met stress, en elke middag is er een rustmoment in de mediatheek.\n\n'
  'Wil u thuis met uw kind praten over hoe het zich voelt? Op awel.be en nupraatikerover.be vindt u tips. '
  'Ook de leerlingbegeleiding staat altijd open voor een gesprek.\n\n'
  + sig('tgo'),
  bcc=[OUDERS_ALLE], note='general wellbeing letter; web addresses only, no phone numbers',
  fmt=['plain', 'bcc-envelope'], group='general')

M('politique-soins-fr', who('dir'), [UNDISCLOSED], 'Notre politique de soins',
  'Chers parents,\n\n'
  'Voici un résumé en français de notre politique de soins aux élèves.\n\n'
  'Chaque élève bénéficie d\'un accompagnement de base en classe. Lorsqu\'un élève a besoin de plus, le '
  'conseil de classe examine avec les parents quels aménagements raisonnables sont possibles, par exemple '
  'du temps supplémentaire ou un logiciel de lecture. Si nécessaire, nous faisons appel au CLB et au réseau '
  'de soutien.\n\n'
  'Les informations concernant votre enfant sont conservées dans notre système de suivi sécurisé et ne sont '
  'pas envoyées par e-mail.\n\n'
  'Bien cordialement,\nLa direction',
  bcc=parents_of_class('4B', '2A', '3C'), charset='iso-8859-1', cte='quoted-printable', lang='fr',
  note='general care-policy letter in French, BCC to the parents of three classes', fmt=['plain-qp', 'bcc-envelope'],
  group='general')

M('welcome-okan-parents-en', who('aea'), [UNDISCLOSED], 'Welcome to our reception class',
  'Dear parents,\n\n'
  'Welcome to the reception class (OKAN) of Sint-Pieterscollege Herent. In this class your child learns '
  'Dutch intensively for one year, before moving on to a regular class.\n\n'
  '- Lessons start at 8.25 and end at 15.35 (Wednesday 12.05).\n'
  '- Your child receives a laptop from the school.\n'
  '- Every month there is a coffee morning for parents with an interpreter.\n\n'
  'If you have questions, you can always send a message via Smartschool.\n\n'
  'Kind regards,\nAhmed El Amrani\nOKAN teacher',
  bcc=parents_of_class('OKAN'), lang='en', note='general welcome letter in English to all OKAN parents in BCC',
  fmt=['plain', 'bcc-envelope'], group='general')

M('privacy-herinnering-personeel', who('kle'), [UNDISCLOSED], 'Privacy: drie afspraken',
  'Beste collega\'s,\n\n'
  'Na een incident in een andere school van de scholengroep, drie afspraken uit ons communicatiebeleid:\n\n'
  '1. Verzend nooit een wachtwoord via e-mail of chat, voor geen enkel platform.\n'
  '2. Zet groepsadressen (ouders, leerlingen, personeel) altijd in BCC.\n'
  '3. Gebruik je schoolaccount, nooit je privé-mailadres, voor contact met ouders, leerlingen en externen.\n\n'
  'Denk je dat er persoonsgegevens bij de verkeerde persoon terecht zijn gekomen, meld het dan meteen aan '
  'privacy@lksd.ksleuven.be.\n\n'
  'Met vriendelijke groeten\n\nKatrien Lemmens\nDirecteur',
  bcc=[PERSONEEL], note='general privacy reminder to all staff; mentions passwords without any',
  fmt=['plain', 'bcc-envelope'], group='general')

M('nieuwe-zorgcoordinator-voorstelling', who('dir'), [UNDISCLOSED], 'Even voorstellen: onze zorgcoördinator',
  'Beste ouders,\n\n'
  'Sinds 1 september is Els Vandenbroucke onze nieuwe zorgcoördinator. Els was voordien twaalf jaar '
  'leerkracht Nederlands en leerlingbegeleider in Leuven.\n\n'
  'Zij coördineert de leerlingenbegeleiding, de redelijke aanpassingen en de samenwerking met het CLB en '
  'het ondersteuningsnetwerk. U kan haar bereiken via Smartschool of op '
  'els.vandenbroucke@sintpieterscollege.be.\n\n'
  'Met vriendelijke groeten\nDe directie',
  bcc=all_parents(), note='general introduction of a staff member to all parents; no phone number',
  fmt=['plain', 'bcc-envelope'], group='general')

M('examenregeling-personeel', who('evb'), [UNDISCLOSED], 'Examens: extra tijd en aparte ruimte',
  'Beste collega\'s,\n\n'
  'Tijdens de examens van december is A0.12 het lokaal voor leerlingen die recht hebben op extra tijd of een '
  'prikkelarme ruimte. De lijst met wie er per examen zit, vind je in het LVS onder "examenregeling". Ik '
  'stuur ze bewust niet per mail.\n\n'
  'Toezicht in A0.12 gebeurt volgens het toezichtrooster; wie een examen heeft met leerlingen in A0.12, '
  'brengt de opgaven om 8.25 uur naar dat lokaal.\n\n'
  + sig('evb'),
  bcc=[PERSONEEL], note='general exam arrangement to staff; no pupil named', fmt=['plain', 'bcc-envelope'],
  group='general')

# ===========================================================================
# F. other ordinary mail: bcc, private_account, attachment, personal_data, clean - 22
# ===========================================================================

M('infoavond-huiswerkklas-ouders-zichtbaar', who('rme'),
  [parents('sara')[0], parents('mats')[0], parents('liam')[0], parents('stan')[0], parents('chloe')[0],
   parents('arthur')[0]],
  'Infoavond huiswerkklas',
  'Beste ouders,\n\n'
  'Uw kind is ingeschreven voor de huiswerkklas. Graag nodigen we u uit op een korte infoavond op dinsdag om '
  '19 uur in de refter. We stellen de vrijwilligers voor en leggen uit hoe de begeleiding verloopt.\n\n'
  + sig('rme'),
  rules=['bcc'], note='six parents of different families visible to each other in To',
  fmt=['plain', 'parents-in-to'])

M('uitstap-ieper-ouders3b-in-aan', who('ldw'), ['ouders3b@sintpieterscollege.be'], 'Uitstap Ieper donderdag',
  'Beste ouders van 3B,\n\n'
  'Donderdag trekken we met de klas naar Ieper. We vertrekken om 7.45 uur aan de school en zijn terug rond '
  '17.30 uur. Geef uw kind een lunchpakket, een drankje en regenkledij mee. De kostprijs (24 euro) komt op '
  'de schoolrekening.\n\n'
  + sig('ldw'),
  rules=['bcc'], note='parents\' group address of 3B in To', fmt=['plain', 'group-in-to'])

M('herhalingstoets-leerlingen5a-in-cc', who('jvr'), [who('jvr')], 'Herhalingstoets geschiedenis verplaatst',
  'Dag 5A,\n\n'
  'De herhalingstoets over de Franse Revolutie wordt verplaatst naar volgende dinsdag, 3de lesuur. Leerstof: '
  'hoofdstuk 4, blz. 88 tot 112.\n\n'
  'Meneer Vranken',
  cc=['leerlingen5a@leerling.sintpieterscollege.be'],
  rules=['bcc'], note='pupils\' class list in CC', fmt=['plain', 'group-in-cc'])

M('studiedag-personeel-in-aan', who('bde'), [PERSONEEL], 'Studiedag zorg – praktisch',
  'Beste collega\'s,\n\n'
  'Praktisch voor de studiedag van woensdag: parkeren kan op de parking van de sporthal, de refter is open '
  'vanaf 8.30 uur. Breng je laptop mee voor de workshop voorleessoftware.\n\n'
  'Bert',
  rules=['bcc'], note='all-staff list in To instead of BCC (policy 3.1)', fmt=['plain', 'group-in-to'])

M('agenda-klassenraad-2c-lijst', who('evb'), ['klassenraad2c@spc.ksleuven.be'], 'Klassenraad 2C dinsdag',
  'Dag collega\'s van 2C,\n\n'
  'De klassenraad van dinsdag start om 15.45 uur in A1.02. We bespreken eerst de algemene klaswerking en de '
  'attestering; de individuele besprekingen staan in het LVS, zoals altijd. Breng je punten op tijd in.\n\n'
  + sig('evb', greet='Groetjes', short=True),
  rules=['bcc'], note='a staff list (class council 2C) in To', fmt=['plain', 'group-in-to'])

M('data-netwerkoverleg-drie-partners', who('evb'), [EXT['clb'], EXT['on'], EXT['logo']],
  'Data netwerkoverleg tweede trimester',
  'Beste partners,\n\n'
  'Voor ons netwerkoverleg over de samenwerking in het tweede trimester stel ik deze data voor: dinsdag 14 '
  'januari, donderdag 23 januari of maandag 3 februari, telkens om 13.30 uur op school. Laten jullie weten '
  'wat past?\n\n'
  + sig('evb'),
  rules=['bcc'], note='three external partners visible to each other in To; no pupil discussed',
  fmt=['plain', 'externals-in-to'])

M('studiekeuze-lars-van-hotmail', ('Tom Goossens', PRIVATE['tgo']), [('Geert Hendrickx', 'geert.hendrickx@skynet.be')],
  'Afspraak donderdag',
  'Beste heer Hendrickx,\n\n'
  'Ik bevestig ons gesprek over de studiekeuze van Lars na het middelbaar, donderdag om 16 uur in lokaal '
  'A1.02. Ik stuur even van mijn eigen adres, want mijn schoolmailbox op de laptop doet raar.\n\n'
  'Groeten,\nTom Goossens\nleerlingbegeleider',
  rules=['private_account'], about=['lars'],
  note='staff member writes to a parent about school business from a private hotmail account',
  fmt=['plain'])

M('planning-klassenraden-naar-gmail', who('ldw'), [('Lies De Wolf', PRIVATE['ldw'])],
  'FW: Planning klassenraden december',
  '(voor thuis)'
  + fwd_outlook('Bert Dewaele', 'Personeel Sint-Pieterscollege', 'Planning klassenraden december',
                'Beste collega\'s,\n\nHieronder de planning van de klassenraden van december. De agenda per '
                'klas volgt via het LVS.\n\nmaandag 16 december 15.45 – 18.00 1A, 1B, 1C, 1D A1.02\n'
                'dinsdag 17 december 15.45 – 18.30 2A, 2B, 2C, 2D A1.02\n'
                'woensdag 18 december 13.00 – 17.00 3A, 3B, 3C, 4A, 4B, 4C mediatheek\n'
                'donderdag 19 december 15.45 – 18.00 5A, 5B, 6A, 6B, OKAN A1.02\n\n'
                'Bert Dewaele\nAdjunct-directeur'),
  rules=['private_account'], note='teacher forwards school mail to her own gmail; content not sensitive',
  fmt=['plain', 'forward'], mailer='outlook')

M('time-out-planning-van-gmail', ('Griet Deprez', PRIVATE['gde']), [who('evb')], 'planning time-out T2',
  'Hoi Els,\n\n'
  'Ik stuur even van thuis: hierbij mijn voorstel voor de bezetting van de time-out in het tweede '
  'trimester. Maandag en donderdag doe ik zelf, dinsdag Tom, woensdagvoormiddag en vrijdag zoeken we nog '
  'iemand. Kunnen we dat op het zorgoverleg bespreken?\n\n'
  'Griet',
  rules=['private_account'], note='staff member sends school business to a colleague from her private gmail',
  fmt=['plain'])

M('prive-fietstocht', ('Lies De Wolf', PRIVATE['ldw']), [('Sarah Boon', 'sarah.boon@telenet.be')],
  'zondag?',
  'Hey Sarah!\n\nGaan we zondag fietsen? Ik dacht aan de Dijlevallei tot in Sint-Joris-Weert en dan een '
  'pannenkoek. Vertrek om 10 uur aan de kerk van Herent?\n\nxx Lies',
  note='staff member\'s private mail about a private matter: allowed', fmt=['plain'])

M('sjabloon-handelingsplan-docm', who('evb'), [who('nwu')], 'Nieuw sjabloon handelingsplan',
  'Dag Nele,\n\n'
  'In bijlage het nieuwe sjabloon voor de handelingsplannen. Bij het openen moet je "inhoud inschakelen" '
  'aanklikken, dan vult de macro de klaslijst en het schooljaar automatisch in.\n\n'
  + sig('evb', greet='Groetjes', short=True),
  atts=[('Sjabloon_handelingsplan_2025.docm', make_docx([
      'Handelingsplan – sjabloon 2024-2025',
      'Leerling: [naam]  Klas: [klas]',
      'Beginsituatie:', 'Redelijke aanpassingen:', 'Evaluatie:'], macro=True), 'docm')],
  rules=['attachment'], note='Word template with macros (.docm); template itself holds no pupil data',
  fmt=['mixed', 'attachment-docm'])

M('installatie-sprint-zip-exe', who('pja'), [who('ldw')], 'Sprint Plus op je eigen laptop',
  'Lies,\n\n'
  'Zoals gevraagd: in bijlage het installatiepakket van Sprint Plus, zodat je de voorleessoftware zelf kan '
  'uitproberen bij het maken van je toetsen. Uitpakken en setup.exe starten; de schoollicentie wordt '
  'automatisch herkend op het schoolnetwerk.\n\n'
  'Pieter',
  atts=[('Sprint_Plus_installatie.zip', _zip([
      ('Sprint_Plus/setup.exe', fake_exe('SPRINT PLUS SETUP')),
      ('Sprint_Plus/LEESMIJ.txt', 'Start setup.exe en volg de instructies.\r\n'),
  ]), 'zip')],
  rules=['attachment'], note='zip archive containing an executable installer', fmt=['mixed', 'attachment-zip'])

M('afrekening-huiswerkklas-xlsm', who('mdb'), [who('bde')], 'Afrekening huiswerkklas',
  'Dag Bert,\n\n'
  'In bijlage de afrekening van de huiswerkklas (vrijwilligersvergoedingen en materiaal). Klik op de knop '
  '"Bereken" bovenaan, dan worden de totalen per maand ingevuld.\n\n'
  'Marijke',
  atts=[('afrekening_huiswerkklas_2024-2025.xlsm', make_xlsx([
      ['Maand', 'Vrijwilligers', 'Materiaal', 'Totaal'],
      ['oktober', '6', '45,20', ''], ['november', '7', '12,80', ''], ['december', '5', '0,00', '']],
      'Afrekening', macro=True), 'xlsm')],
  rules=['attachment'], note='Excel workbook with macros (.xlsm)', fmt=['mixed', 'attachment-xlsm'])

M('script-lvs-export-ps1', who('pja'), [EXT['itgroep']], 'Script export LVS naar zorgdossier',
  'Dag Dries,\n\n'
  'Hierbij het PowerShell-script dat ik gebruik om elke nacht de klaslijsten uit het LVS naar het '
  'zorgdossier te exporteren. Kan jij het nakijken voor we het ook in de andere scholen van de groep '
  'gebruiken?\n\n'
  + sig('pja'),
  atts=[('export_lvs_naar_zorgdossier.ps1',
         ('# export klaslijsten LVS -> zorgdossier\r\n'
          '$bron = "\\\\srv-lvs\\export\\klaslijsten.csv"\r\n'
          '$doel = "\\\\srv-zorg\\import\\"\r\n'
          'Import-Csv $bron -Delimiter ";" | Export-Csv ($doel + "klaslijsten.csv") -NoTypeInformation\r\n'
          'Start-Process -FilePath "C:\\Program Files\\Questi\\import.exe" -ArgumentList "/silent"\r\n'
          ).encode('utf-8'), 'ps1')],
  rules=['attachment'], note='PowerShell script attached (.ps1)', fmt=['mixed', 'attachment-script'])

M('kurzweil-iso', who('pja'), [who('hve')], 'Kurzweil 3000 voor de laptopkar',
  'Hannes,\n\n'
  'In bijlage het schijfbestand van Kurzweil 3000 versie 14 voor de laptopkar van de sporthal. Dubbelklikken '
  'om het te koppelen en dan de installatie starten.\n\n'
  'Pieter',
  atts=[('Kurzweil3000_v14_NL.iso', fake_iso('KURZWEIL3000_V14'), 'iso')],
  rules=['attachment'], note='disk image attached (.iso)', fmt=['mixed', 'attachment-iso'])

M('terugbetaling-uitstap-yara', who('mdb'), [('Y. Bosmans', 'bosmans.y@telenet.be')],
  'Terugbetaling uitstap Parijs',
  'Beste mevrouw Bosmans,\n\n'
  'Omdat de uitstap naar Parijs van 4A door de school werd geannuleerd, betalen we het voorschot van 45 '
  'euro voor Yara terug. We storten het bedrag deze week op rekening %s, zoals u op het formulier '
  'aangaf.\n\n' % IBAN_PARENT
  + sig('mdb'),
  rules=['personal_data'], about=['yara'],
  note='refund of a cancelled trip with the parent\'s IBAN; no financial hardship', fmt=['plain'])

M('gsm-nummer-vrijdag', who('evb'), [EXT['on']], 'Vrijdag niet op school',
  'Dag Inge,\n\n'
  'Ik ben vrijdag op navorming. Als er iets dringends is rond de planning van de ondersteuners, bel me '
  'gerust op mijn gsm: %s. Anders zien we elkaar maandag.\n\n' % GSM_EVB
  + sig('evb', phone='T ' + SCHOOL_TEL),
  rules=['personal_data'], note='mobile and school phone numbers, no pupil', fmt=['plain'])

M('geboortedatum-amir-aanpassen', who('aea'), [who('mdb')], 'Foute geboortedatum in Smartschool',
  'Dag Marijke,\n\n'
  'In Smartschool staat bij Amir Haidari (OKAN) een foute geboortedatum. Volgens zijn verblijfsdocument is '
  'hij geboren op 03/05/2010, niet op 05/03/2010. Kan jij dit aanpassen, ook in de export voor het '
  'examenrooster?\n\n'
  'Merci!\nAhmed',
  rules=['personal_data'], about=['amir'], note='date of birth of a named pupil', fmt=['plain'])

M('stageovereenkomst-lars-rrn', who('jvr'), [EXT['stage']], 'Stageovereenkomst Lars Hendrickx',
  'Beste mevrouw Vervoort,\n\n'
  'Voor de stageovereenkomst van Lars Hendrickx (6B) vroeg u zijn rijksregisternummer: %s. De '
  'overeenkomst in drievoud geef ik hem maandag mee; wilt u ze ondertekend terugbezorgen?\n\n' % RRN_LARS
  + sig('jvr'),
  rules=['personal_data'], about=['lars'], note='valid national register number of a pupil for an internship contract',
  fmt=['plain'])

M('melding-verkeerde-ontvanger-dpo', who('evb'), [EXT['dpo']], 'Melding: mail naar verkeerde ouder',
  'Beste,\n\n'
  'Ik wil een mogelijk datalek melden. Vanmorgen heb ik een mail met praktische afspraken over een leerling '
  'naar de verkeerde ouder gestuurd; het adres werd automatisch aangevuld. Ik heb de ontvanger gevraagd de '
  'mail te verwijderen. Wat moet ik nog doen?\n\n'
  + sig('evb'),
  note='data-breach report to the DPO without naming the pupil or the content', fmt=['plain'])

M('huiswerkklas-ouders-in-bcc', who('rme'), [who('rme')], 'Geen huiswerkklas op donderdag',
  'Beste ouders,\n\n'
  'Door de personeelsvergadering is er deze donderdag geen huiswerkklas. Maandag gaat alles gewoon door.\n\n'
  + sig('rme'),
  bcc=[parents('sara')[0], parents('mats')[0], parents('liam')[0], parents('stan')[0], parents('chloe')[0],
       parents('arthur')[0], parents('gilles')[0], parents('nora')[0]],
  note='several parents correctly in BCC (envelope only)', fmt=['plain', 'bcc-envelope'])

M('zorgoverleg-verplaatst', who('evb'), [who('nwu'), who('tgo')], 'Zorgoverleg verschuift',
  'Dag Nele, dag Tom,\n\n'
  'Het zorgoverleg van deze week verschuift naar donderdag 8.15 uur, lokaal A1.02. De agenda blijft dezelfde.\n\n'
  'Els',
  note='ordinary internal mail to two colleagues', fmt=['plain'])


# ===========================================================================
# building
# ===========================================================================

SCHOOL_DOMAINS = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be')
GROUP_RE = re.compile(r'^(personeel|ouders|leerlingen|klassenraad|zorgteam|leerkrachten)[^@]*@')
DANGEROUS_EXT = ('.exe', '.bat', '.cmd', '.js', '.vbs', '.ps1', '.scr', '.docm', '.xlsm', '.pptm', '.iso',
                 '.img', '.msi', '.jar', '.zip')
RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
CATS = ['family', 'psychosocial', 'medical', 'care', 'financial']

NL_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
NL_DAYS_S = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
NL_MON = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
          'november', 'december']
NL_MON_S = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
FR_DAYS_S = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MON_S = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def brussels(dt):
    """naive local datetime -> aware with Brussels offset (DST: last Sunday March .. last Sunday October)."""
    def last_sunday(y, m):
        d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = last_sunday(dt.year, 3).replace(hour=2)
    end = last_sunday(dt.year, 10).replace(hour=3)
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


def tokens(q):
    h12 = q.hour % 12 or 12
    return {
        QOL: '%s %d %s %d %02d:%02d' % (NL_DAYS[q.weekday()], q.day, NL_MON[q.month - 1], q.year, q.hour, q.minute),
        QGM: 'Op %s %d %s %d om %02d:%02d schreef' % (NL_DAYS_S[q.weekday()], q.day, NL_MON_S[q.month - 1],
                                                     q.year, q.hour, q.minute),
        QFR: 'Le %s %d %s %d à %02d:%02d,' % (FR_DAYS_S[q.weekday()], q.day, FR_MON_S[q.month - 1], q.year,
                                             q.hour, q.minute),
        QEN: 'On %s, %d %s %d at %02d:%02d,' % (EN_DAYS[q.weekday()][:3], q.day, EN_MON[q.month - 1][:3],
                                               q.year, q.hour, q.minute),
        QFD: '%s %d %s %d om %02d:%02d' % (NL_DAYS_S[q.weekday()], q.day, NL_MON_S[q.month - 1], q.year,
                                          q.hour, q.minute),
        QES: '%s, %s %d, %d %d:%02d %s' % (EN_DAYS[q.weekday()], EN_MON[q.month - 1], q.day, q.year, h12,
                                           q.minute, 'AM' if q.hour < 12 else 'PM'),
    }


def fmt_addr(x):
    if isinstance(x, tuple):
        return formataddr(x, charset='utf-8')
    return x


def addr_of(x):
    return x[1] if isinstance(x, tuple) else x


def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr_header(lst):
    parts = [fmt_addr(x) for x in lst]
    return ',\n '.join(parts) if sum(len(p) for p in parts) > 70 else ', '.join(parts)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return b''.join(('%s: %s\n' % kv).encode('ascii') for kv in self.headers) + b'\n' + self.body


def text_part(text, subtype='plain', charset='utf-8', cte='8bit'):
    raw = text.encode(charset)
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            raw.decode('ascii')
        for line in raw.split(b'\n'):
            assert len(line) < 990, 'line too long for %s' % cte
        body = raw
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
                 ('Content-Transfer-Encoding', cte)], body)


def multipart(sub, parts, boundary):
    body = b''
    for p in parts:
        body += ('--%s\n' % boundary).encode() + p.render() + b'\n'
    body += ('--%s--\n' % boundary).encode()
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"' % (sub, boundary))], body)


def att_part(filename, data, ctype):
    return Part([('Content-Type', '%s; name="%s"' % (ctype, filename)),
                 ('Content-Description', filename),
                 ('Content-Disposition', 'attachment; filename="%s"' % filename),
                 ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


def message_id(m, n, date):
    h = hashlib.sha1(('batch63/%d/%s' % (n, m['slug'])).encode()).hexdigest()
    sender = addr_of(m['frm'])
    if sender.endswith('@gmail.com'):
        return '<CAF%s+%s@mail.gmail.com>' % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip('='), h[20:28])
    if sender.endswith('@hotmail.com'):
        return '<DB9P%sMB%s@DB9P%s.EURP194.PROD.OUTLOOK.COM>' % (h[:3].upper(), h[3:7].upper(), h[7:11].upper())
    if m['mailer'] == 'outlook':
        return '<AM0PR07MB%s%s@AM0PR07MB%s.eurprd07.prod.outlook.com>' % (h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    if m['mailer'] == 'iphone':
        return '<%s-%s-%s-%s-%s@sintpieterscollege.be>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                            h[16:20].upper(), h[20:32].upper())
    return '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), h[:12], sender.split('@')[1])


def build(m, n, date, rng):
    q = date - timedelta(hours=rng.randint(2, 40), minutes=rng.randint(0, 59))
    if q.hour < 7:
        q = q.replace(hour=q.hour + 8)
    if q >= date:
        q = date - timedelta(minutes=rng.randint(20, 90))
    if m['slug'] == 'verificatiecode-doorgestuurd':
        q = date - timedelta(minutes=3)
    tok = tokens(q)

    def sub(s):
        if s is None:
            return None
        for k, v in tok.items():
            s = s.replace(k, v)
        return s
    text, html = sub(m['text']), sub(m['html'])
    h = hashlib.sha1(m['slug'].encode()).hexdigest()
    if m['html_only']:
        body = text_part(html, 'html', 'utf-8', 'quoted-printable')
    elif html:
        body = multipart('alternative', [text_part(text, 'plain', m['charset'], m['cte'] if m['cte'] != '8bit' else 'quoted-printable'),
                                         text_part(html, 'html', 'utf-8', 'quoted-printable')],
                         '_000_%s_' % h[:24])
    else:
        body = text_part(text, 'plain', m['charset'], m['cte'])
    if m['atts']:
        body = multipart('mixed', [body] + [att_part(fn, data, CT[kind]) for fn, data, kind in m['atts']],
                         '_004_%s_' % h[8:32])
    headers = [('From', fmt_addr(m['frm']))]
    if m['to'] == [UNDISCLOSED]:
        headers.append(('To', UNDISCLOSED))
    else:
        headers.append(('To', addr_header(m['to'])))
    if m['cc']:
        headers.append(('Cc', addr_header(m['cc'])))
    headers.append(('Subject', hdr(m['subject'])))
    headers.append(('Date', format_datetime(date)))
    headers.append(('Message-ID', message_id(m, n, date)))
    if m['reply'] or m['subject'].lower().startswith(('re:', 'fw:')):
        ph = hashlib.sha1(('parent/' + m['slug']).encode()).hexdigest()
        pid_ = '<%s@%s>' % (ph[:20], 'mail.gmail.com' if m['reply'] else 'sintpieterscollege.be')
        if m['reply']:
            headers.append(('In-Reply-To', pid_))
        headers.append(('References', pid_))
    headers.append(('MIME-Version', '1.0'))
    lang = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
    if m['mailer'] == 'outlook':
        headers.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        headers.append(('Thread-Index', base64.b64encode(bytes.fromhex(h[:32])).decode()))
        headers.append(('Content-Language', lang))
    elif m['mailer'] == 'iphone':
        headers.append(('X-Mailer', 'iPhone Mail (21H16)'))
    elif not addr_of(m['frm']).endswith(('@gmail.com', '@hotmail.com')):
        headers.append(('User-Agent', 'Mozilla Thunderbird'))
        headers.append(('Content-Language', lang))
    raw = b''.join(('%s: %s\n' % kv).encode('ascii') for kv in headers) + body.render()
    return raw


# ---------------------------------------------------------------------------
# QA: text extraction for self-checks (not part of the labels)
# ---------------------------------------------------------------------------

PHONE_RE = re.compile(r'(?<![\d+])(?:\+32[\s./]?|0)\d(?:[\s./-]?\d){7,8}(?![\d])')
IBAN_RE = re.compile(r'\bBE\d{2}(?:\s?\d{4}){3}\b')
RRN_RE = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')
DOB_RE = re.compile(r'geboren|geboortedatum|date de naissance|date of birth', re.I)


def all_text(m):
    parts = [m['subject'], m['text'] or '', re.sub(r'<[^>]+>', ' ', m['html'] or '')]
    for fn, data, kind in m['atts']:
        if kind in ('csv', 'ps1'):
            parts.append(data.decode('utf-8', 'replace'))
        elif kind in ('docx', 'xlsx', 'docm', 'xlsm'):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for nm in z.namelist():
                    if nm.endswith('.xml'):
                        parts.append(re.sub(r'<[^>]+>', ' ', z.read(nm).decode('utf-8')))
        elif kind == 'pdf':
            parts.append(' '.join(re.findall(r'\((.*?)\) Tj', data.decode('latin-1'))))
    return '\n'.join(parts)


def check(m, rcpt):
    errs = []
    rules = set(m['rules'])
    assert rules <= set(RULE_ORDER), m['slug']
    if ('sensitive' in rules) != bool(m['cats']):
        errs.append('sensitive/cats mismatch')
    if not set(m['cats']) <= set(CATS):
        errs.append('bad category')
    if ('recipient' in rules) != m['mis']:
        errs.append('recipient/misdirected mismatch')
    # misdirection vs roster
    if len(m['about']) == 1:
        x = m['about'][0]
        par_rcpt = [r for r in rcpt if r in PARENT_OF]
        own = [r for r in par_rcpt if x in PARENT_OF[r]]
        if m['mis'] and (own or not par_rcpt):
            errs.append('misdirected but X parent present or no parent at all')
        if not m['mis'] and par_rcpt and not own:
            errs.append('parents of someone else only, but not marked misdirected')
    elif m['mis']:
        errs.append('misdirected needs exactly one pupil')
    # bcc
    visible = [addr_of(a) for a in m['to'] + m['cc'] if a != UNDISCLOSED]
    outside = [a for a in visible if a.split('@')[1] not in SCHOOL_DOMAINS and not GROUP_RE.match(a)]
    groups = [a for a in visible if GROUP_RE.match(a)]
    if ('bcc' in rules) != (len(outside) > 1 or bool(groups)):
        errs.append('bcc mismatch')
    # private account
    privs = set(PRIVATE.values())
    priv = addr_of(m['frm']) in privs or any(r in privs for r in rcpt)
    if m['slug'] == 'prive-fietstocht':
        priv = False
    if ('private_account' in rules) != priv:
        errs.append('private_account mismatch')
    # attachments
    dang = any(fn.lower().endswith(DANGEROUS_EXT) for fn, _, _ in m['atts'])
    if ('attachment' in rules) != dang:
        errs.append('attachment mismatch')
    # personal data
    txt = all_text(m)
    pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or RRN_RE.search(txt) or DOB_RE.search(txt))
    if ('personal_data' in rules) != pd:
        errs.append('personal_data mismatch: %r' % [PHONE_RE.findall(txt), IBAN_RE.findall(txt), RRN_RE.findall(txt)])
    if m['group'] == 'general' and (m['rules'] or m['about']):
        errs.append('general letter must pass')
    return errs


# date hints for mails whose content refers to a period of the school year: slug -> (year, month, first, last day)
DATE_HINTS = {
    'planning-klassenraden-personeel': (2024, 12, 2, 6),
    'planning-klassenraden-naar-gmail': (2024, 12, 3, 9),
    'gastaccounts-klassenraad': (2024, 11, 25, 29),
    'agenda-klassenraad-2c-lijst': (2024, 12, 12, 13),
    'klassenraad-1c-xlsx': (2024, 12, 5, 12),
    'examenregeling-personeel': (2024, 11, 25, 29),
    'programma-zorgstudiedag': (2025, 1, 13, 17),
    'studiedag-personeel-in-aan': (2025, 1, 27, 27),
    'navorming-cursuscode': (2025, 1, 14, 24),
    'wiskundeolympiade-victor': (2025, 2, 3, 14),
    'stageplaats-mohamed': (2025, 2, 10, 21),
    'reunion-ines-deplacee': (2025, 1, 6, 10),
    'data-netwerkoverleg-drie-partners': (2024, 12, 16, 20),
    'verslag-zorgoverleg-naar-prive': (2024, 11, 14, 18),
    'clb-dossiernummer-zitdagen': (2024, 12, 2, 20),
    'factuur-licenties-betaald': (2024, 11, 13, 29),
    'betaalherinnering-alle-ouders': (2025, 1, 8, 20),
    'afbetalingsplan-adam': (2024, 12, 2, 13),
    'aanbod-huiswerkbegeleiding': (2024, 10, 1, 15),
    'lina-eerste-weken': (2024, 10, 7, 25),
    'gedragsverandering-mila': (2024, 11, 12, 29),
    'aanmelding-time-out-jonas': (2024, 12, 2, 13),
    'diabetes-daan-doorgestuurd': (2025, 1, 13, 31),
    'nieuwe-zorgcoordinator-voorstelling': (2024, 9, 3, 10),
    'welcome-okan-parents-en': (2024, 9, 2, 6),
    'lvs-login-nieuwe-collega': (2024, 9, 2, 6),
    'startwachtwoorden-zorgdossier': (2024, 9, 2, 13),
    'agenda-zorgoverleg': (2025, 1, 6, 17),
    'groepen-huiswerkklas': (2025, 1, 2, 10),
    'time-out-planning-van-gmail': (2024, 12, 9, 20),
    'handelingsplan-lucas-verkeerde-peeters': (2025, 1, 6, 17),
    'handelingsplan-jules-clb': (2025, 1, 6, 17),
    'handelingsplan-nora-pdf': (2024, 12, 16, 20),
    'dyscalculie-ines-fr': (2025, 1, 20, 31),
    'shared-folder-password-en': (2024, 9, 16, 27),
    'mot-de-passe-assistante': (2024, 10, 1, 11),
    'laptops-huiswerkklas-vrijwilliger': (2024, 10, 21, 25),
    'bestelling-schoollicenties': (2024, 9, 2, 13),
    'co-account-ouder-sara': (2024, 9, 2, 13),
    'vader-gevangenis-tibo': (2024, 9, 16, 30),
    'excursion-hugo-fr': (2025, 3, 3, 7),
    'ines-reponse-mauvais-fil': (2025, 3, 10, 14),
    'infoavond-huiswerkklas-ouders-zichtbaar': (2024, 10, 21, 25),
    'huiswerkklas-nieuwe-leerlingen': (2024, 11, 4, 15),
    'zorgoverzicht-2c-csv': (2024, 9, 9, 20),
    'tuchtmaatregel-ilias': (2024, 11, 4, 29),
}


def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    rng = random.Random(SEED)
    slugs = [m['slug'] for m in MAILS]
    assert len(slugs) == len(set(slugs)), 'duplicate slugs'
    order = list(MAILS)
    rng.shuffle(order)
    # dates: spread over the school year, weekdays, realistic hours
    start = datetime(2024, 9, 2, 7, 0)
    span_days = 285
    dates = []
    for i in range(len(order)):
        d = start + timedelta(days=int(i * span_days / len(order)) + rng.randint(0, 1))
        if d.weekday() >= 5 and rng.random() < 0.8:
            d += timedelta(days=7 - d.weekday())
        hour = rng.choice([7, 8, 10, 12, 12, 13, 15, 16, 16, 17, 19, 20, 21])
        d = d.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
        hint = DATE_HINTS.get(order[i]['slug'])
        if hint:
            y, mo, d1, d2 = hint
            for _ in range(50):
                day = rng.randint(d1, d2)
                cand = datetime(y, mo, day)
                if cand.weekday() < 5:
                    break
            d = d.replace(year=y, month=mo, day=day)
        dates.append(brussels(d))
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    labels = ['# batch63 - outbound mail of the pupil support team (zorgteam) of Sint-Pieterscollege Herent '
              '(LKSD/Stroom): care coordinator, CLB, support network, time-out, adjustments, logins']
    problems = []
    for k in DATE_HINTS:
        assert k in slugs, k
    for n, (m, date) in enumerate(zip(order, dates), 1):
        fname = '%03d-%s.eml' % (n, m['slug'])
        raw = build(m, n, date, rng)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(raw)
        rcpt = []
        for a in m['to'] + m['cc'] + m['bcc']:
            a = addr_of(a)
            if a != UNDISCLOSED and a not in rcpt:
                rcpt.append(a)
        m['rcpt'] = rcpt
        m['file'] = fname
        errs = check(m, rcpt)
        if errs:
            problems.append((fname, errs))
        rules = [r for r in RULE_ORDER if r in m['rules']]
        labels.append('%s:' % fname)
        labels.append('  rules: [%s]' % ', '.join(rules))
        if 'sensitive' in rules:
            labels.append('  categories: {sensitive: [%s]}' % ', '.join(c for c in CATS if c in m['cats']))
        labels.append('  mail_from: %s' % (m['envelope_from'] or addr_of(m['frm'])))
        labels.append('  rcpt: [%s]' % ', '.join(rcpt))
        labels.append('  about: [%s]' % ', '.join(m['about']))
        labels.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        labels.append('  note: %s' % yq(m['note']))
        labels.append('  lang: %s' % m['lang'])
        labels.append('  format: [%s]' % ', '.join(m['fmt']))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(labels) + '\n')
    # roster
    rows = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for p in ROSTER:
        rows.append(';'.join([p['id'], p['first'], p['last'], p['klas'], p['mail'], p['p1'], p['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('\r\n'.join(rows) + '\r\n')
    # report
    if problems:
        for f, e in problems:
            print('CHECK', f, e)
        raise SystemExit('self-check failed')
    cnt = {r: 0 for r in RULE_ORDER}
    cat = {c: 0 for c in CATS}
    for m in order:
        for r in m['rules']:
            cnt[r] += 1
        for c in m['cats']:
            cat[c] += 1
    print('mails:', len(order))
    print('rules:', cnt)
    print('categories:', cat)
    print('no rule:', sum(1 for m in order if not m['rules']))
    print('general letters:', sum(1 for m in order if m['group'] == 'general'))
    mis = [m for m in order if m['mis']]
    correct = [m for m in order if len(m['about']) == 1 and not m['mis']
               and any(r in PARENT_OF and m['about'][0] in PARENT_OF[r] for r in m['rcpt'])]
    print('misdirected:', len(mis), ' correctly addressed to the pupil\'s own parent:', len(correct))
    print('about a pupil, not sensitive, no password:',
          sum(1 for m in order if m['about'] and 'sensitive' not in m['rules'] and 'password' not in m['rules']))


if __name__ == '__main__':
    main()
