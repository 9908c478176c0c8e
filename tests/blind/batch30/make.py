#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch30 - outbound mail of the secretariat, pupil administration, accounting office and
directors of Sint-Pieterscollege (Stroom / LKSD), Kessel-Lo / Leuven-Oost.

Writes NNN-slug.eml, labels.yaml and roster.csv next to itself.  Standard library only,
deterministic (fixed dates, Message-IDs, boundaries and seeded randomness).
"""
import base64
import datetime
import hashlib
import io
import json
import os
import quopri
import random
import textwrap
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 30030
rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C', '3D',
           '4A', '4B', '4C', '4D', '5A', '5B', '5C', '5D', '6A', '6B', '6C']


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isalnum())


# key: (first, last, class, parent1, parent2)
FIXED = [
    # two Peeters families (Lotte + Wout are siblings, mother's address is not "peeters")
    ('lotte_peeters', 'Lotte', 'Peeters', '3B', 'an.vanhoutte@telenet.be', 'geert.peeters@skynet.be'),
    ('wout_peeters', 'Wout', 'Peeters', '1C', 'an.vanhoutte@telenet.be', 'geert.peeters@skynet.be'),
    ('lore_peeters', 'Lore', 'Peeters', '3D', 'peeters.kristel@gmail.com', ''),
    # Janssens / Janssen: autocomplete trap
    ('bram_janssens', 'Bram', 'Janssens', '2B', 'an.janssens@telenet.be', 'dirk.janssens@proximus.be'),
    ('febe_janssen', 'Febe', 'Janssen', '4A', 'an.janssen@telenet.be', ''),
    # De Clercq / Declercq
    ('milan_declercq', 'Milan', 'De Clercq', '1A', 'sofie.declercq@hotmail.com', 'jeroen.declercq@gmail.com'),
    ('sara_declercq', 'Sara', 'Declercq', '5B', 'marc.declercq@telenet.be', 'veerle.coenen@skynet.be'),
    # two Noahs
    ('noah_maes', 'Noah', 'Maes', '2A', 'ellen.smets@gmail.com', 'pieter.maes@telenet.be'),
    ('noah_mertens', 'Noah', 'Mertens', '2C', 'katrien.mertens@icloud.com', ''),
    # Wouters: the k.wouters address belongs to the mother of Finn Maes
    ('emma_wouters', 'Emma', 'Wouters', '3A', 'wouters.family@telenet.be', 'bart.wouters@outlook.com'),
    ('finn_maes', 'Finn', 'Maes', '1D', 'k.wouters@gmail.com', 'tom.maes@skynet.be'),
    # El Amrani: not brothers
    ('amir_elamrani', 'Amir', 'El Amrani', '4B', 'r.elamrani@gmail.com', ''),
    ('ilyas_elamrani', 'Ilyas', 'El Amrani', '2C', 'fatima.elamrani@hotmail.com', 'm.elamrani@outlook.com'),
    # Dubois (francophone)
    ('chloe_dubois', 'Chloé', 'Dubois', '3C', 'isabelle.lemaire@skynet.be', ''),
    ('louise_dubois', 'Louise', 'Dubois', '5A', 'famille.dubois@proximus.be', ''),
    # Vermeulen / Verhulst
    ('jasper_vermeulen', 'Jasper', 'Vermeulen', '2B', 'jvermeulen@telenet.be', 'ilse.goris@gmail.com'),
    ('jasper_verhulst', 'Jasper', 'Verhulst', '2D', 'griet.verhulst@gmail.com', ''),
    # Rossi / Russo
    ('sofia_rossi', 'Sofia', 'Rossi', '2A', 'giulia.rossi@gmail.com', 'luca.rossi@gmail.com'),
    ('sofia_russo', 'Sofia', 'Russo', '2D', 'russo.marco@hotmail.com', ''),
    # Benali / Bennani
    ('ayoub_benali', 'Ayoub', 'Benali', '3A', 'benali.nadia@gmail.com', ''),
    ('ayoub_bennani', 'Ayoub', 'Bennani', '5C', 'y.bennani@outlook.com', 'h.bennani@outlook.com'),
    # Claes / Claessens
    ('lars_claes', 'Lars', 'Claes', '4C', 'hilde.claes@telenet.be', ''),
    ('lars_claessens', 'Lars', 'Claessens', '6B', 'claessens.peter@skynet.be', 'nele.vos@telenet.be'),
    # two pupils called Hanne Jacobs
    ('hanne_jacobs_1b', 'Hanne', 'Jacobs', '1B', 'jacobs.liesbeth@gmail.com', ''),
    ('hanne_jacobs_4a', 'Hanne', 'Jacobs', '4A', 'wim.jacobs@proximus.be', 'an.dewolf@telenet.be'),
    # others
    ('jonas_lenaerts', 'Jonas', 'Lenaerts', '3C', 'lenaerts.els@gmail.com', 'kris.lenaerts@telenet.be'),
    ('camille_lambert', 'Camille', 'Lambert', '1A', 'v.lambert@skynet.be', ''),
    ('emma_vanroey', 'Emma', 'Van Roey', '1B', 'vanroey.inge@telenet.be', 'wim.vanroey@gmail.com'),
    ('kevin_dhondt', 'Kevin', 'Dhondt', '4D', 'sandra.dhondt@hotmail.com', ''),
    ('dylan_pauwels', 'Dylan', 'Pauwels', '2A', 'pauwels.tamara@gmail.com', ''),
    ('jayden_pauwels', 'Jayden', 'Pauwels', '5D', 'pauwels.tamara@gmail.com', ''),
    ('mariam_haddad', 'Mariam', 'Haddad', '1C', 'haddad.family@gmail.com', ''),
    ('robbe_verbeke', 'Robbe', 'Verbeke', '2B', 'nathalie.verbeke@telenet.be', 'koen.verbeke@proximus.be'),
    ('nina_smets', 'Nina', 'Smets', '4A', 'bert.smets@skynet.be', 'ann.lauwers@skynet.be'),
    ('thibo_aerts', 'Thibo', 'Aerts', '3A', 'aerts.veerle@telenet.be', ''),
    ('lucas_moens', 'Lucas', 'Moens', '4B', 'moens.sven@gmail.com', 'eline.moens@gmail.com'),
    ('zoe_hermans', 'Zoë', 'Hermans', '5C', 'hermans.tine@icloud.com', ''),
    ('mila_goossens', 'Mila', 'Goossens', '6A', 'goossens.dirk@telenet.be', ''),
    ('adam_ouali', 'Adam', 'Ouali', '3D', 'ouali.k@hotmail.com', ''),
    ('ruben_cools', 'Ruben', 'Cools', '4C', 'cools.marleen@telenet.be', ''),
    ('kenzo_willems', 'Kenzo', 'Willems', '1D', 'willems.kelly@hotmail.com', ''),
    ('arne_michiels', 'Arne', 'Michiels', '2D', 'michiels.j@telenet.be', 'sofie.thys@gmail.com'),
    ('hugo_lefebvre', 'Hugo', 'Lefebvre', '3B', 'c.lefebvre@gmail.com', ''),
    ('olivia_brown', 'Olivia', 'Brown', '5A', 'james.brown.be@gmail.com', 'sarah.brown.be@gmail.com'),
    ('luna_debacker', 'Luna', 'De Backer', '1A', 'eva.vanparys@telenet.be', 'stijn.debacker@gmail.com'),
    ('warre_daems', 'Warre', 'Daems', '3A', 'daems.griet@telenet.be', ''),
    ('youssef_tahiri', 'Youssef', 'Tahiri', '2C', 'tahiri.samira@gmail.com', ''),
    ('senne_jorissen', 'Senne', 'Jorissen', '5B', 'jorissen.luc@proximus.be', 'mieke.jorissen@proximus.be'),
    ('fien_huybrechts', 'Fien', 'Huybrechts', '1B', 'huybrechts.ann@telenet.be', ''),
    ('sien_vervoort', 'Sien', 'Vervoort', '3C', 'vervoort.bart@gmail.com', 'lien.mertens@gmail.com'),
    ('dries_nijs', 'Dries', 'Nijs', '4D', 'nijs.patrick@skynet.be', ''),
    ('lina_kaya', 'Lina', 'Kaya', '1A', 'kaya.elif@hotmail.com', 'kaya.mehmet@hotmail.com'),
    ('margaux_leroy', 'Margaux', 'Leroy', '6A', 'leroy.sandrine@proximus.be', ''),
    ('jelle_bosmans', 'Jelle', 'Bosmans', '3D', 'bosmans.kurt@telenet.be', ''),
    ('aylin_demir', 'Aylin', 'Demir', '2A', 'demir.ayse@gmail.com', ''),
    ('kelly_geerts', 'Kelly', 'Geerts', '6C', 'geerts.patricia@telenet.be', ''),
    ('yasmine_bouzid', 'Yasmine', 'Bouzid', '5B', 'bouzid.fam@gmail.com', ''),
    ('stan_heylen', 'Stan', 'Heylen', '4D', 'heylen.johan@telenet.be', 'karen.deckers@telenet.be'),
    ('vic_lauwers', 'Vic', 'Lauwers', '2D', 'lauwers.sarah@gmail.com', ''),
    ('jana_celis', 'Jana', 'Celis', '3B', 'celis.tom@skynet.be', 'celis.nathalie@skynet.be'),
    ('ethan_clarke', 'Ethan', 'Clarke', '4A', 'd.clarke.uk@outlook.com', 'lies.vandenbroeck@telenet.be'),
    ('tuur_bogaerts', 'Tuur', 'Bogaerts', '1C', 'bogaerts.kim@gmail.com', ''),
    ('lieze_verhaegen', 'Lieze', 'Verhaegen', '5D', 'verhaegen.marc@skynet.be', ''),
    ('jordy_hendrickx', 'Jordy', 'Hendrickx', '2B', 'hendrickx.nancy@hotmail.com', ''),
    ('niels_vanderlinden', 'Niels', 'Vanderlinden', '5C', 'an.vanderlinden@telenet.be', ''),
    ('mats_wijns', 'Mats', 'Wijns', '6A', 'wijns.hans@telenet.be', 'els.wijns@telenet.be'),
    ('jessie_vos', 'Jessie', 'Vos', '4B', 'vos.jessica@hotmail.com', ''),
    ('liam_oconnor', 'Liam', "O'Connor", '5B', 'siobhan.oconnor@gmail.com', ''),
    ('jules_verstraete', 'Jules', 'Verstraete', '2A', 'verstraete.an@gmail.com', ''),
    ('kobe_smolders', 'Kobe', 'Smolders', '6C', 'smolders.rik@telenet.be', ''),
    ('seppe_vandenberghe', 'Seppe', 'Vandenberghe', '1D', 'vandenberghe.lies@telenet.be', ''),
    ('matthias_geens', 'Matthias', 'Geens', '4C', 'geens.bart@skynet.be', ''),
    ('elif_yilmaz', 'Elif', 'Yilmaz', '2B', 'yilmaz.hatice@gmail.com', ''),
    ('arthur_coppens', 'Arthur', 'Coppens', '1A', 'coppens.ine@telenet.be', 'raf.coppens@gmail.com'),
    ('nore_lambrechts', 'Nore', 'Lambrechts', '3A', 'lambrechts.k@gmail.com', ''),
    ('marie_dewitte', 'Marie', 'Dewitte', '4B', 'dewitte.joris@telenet.be', ''),
    ('amber_vandervelde', 'Amber', 'Van der Velde', '5A', 'vandervelde.peter@gmail.com', ''),
    ('lowie_hendrickx', 'Lowie', 'Hendrickx', '6B', 'inge.dewever@telenet.be', 'hendrickx.lode@gmail.com'),
    ('imane_bakkali', 'Imane', 'Bakkali', '3C', 'bakkali.s@hotmail.com', ''),
    ('wannes_jacobs', 'Wannes', 'Jacobs', '6C', 'jacobs.liesbeth@gmail.com', ''),
    ('oskar_nowak', 'Oskar', 'Nowak', '3D', 'anna.nowak@gmail.com', ''),
    ('ella_vandamme', 'Ella', 'Van Damme', '2C', 'vandamme.hilde@telenet.be', ''),
]

# name pools per origin: (weight, pupil first names, surnames, parent first names)
ORIGINS = [
    (70, ['Lotte', 'Emma', 'Noor', 'Lena', 'Fien', 'Marie', 'Lina', 'Julie', 'Hanne', 'Elise', 'Nina', 'Ella',
          'Zoë', 'Amber', 'Lisa', 'Ines', 'Febe', 'Jana', 'Nore', 'Yana', 'Margot', 'Anouk', 'Luna', 'Kato',
          'Lucas', 'Noah', 'Louis', 'Arthur', 'Liam', 'Finn', 'Mats', 'Warre', 'Vic', 'Seppe', 'Wout', 'Lars',
          'Jules', 'Jasper', 'Kobe', 'Senne', 'Thibo', 'Milan', 'Robbe', 'Tuur', 'Lowie', 'Matteo', 'Rune',
          'Stan', 'Bram', 'Elias', 'Nathan', 'Gilles', 'Arne', 'Mathis', 'Ferre', 'Jef', 'Niels', 'Olivier'],
     ['Willems', 'Goossens', 'De Smet', 'Hermans', 'Aerts', 'Michiels', 'Smets', 'Lambert', 'Cools', 'Lemmens',
      'Vandevelde', 'Verstraeten', 'Van Hout', 'Stevens', 'Leemans', 'Thys', 'Coppens', 'Geens', 'Bogaerts',
      'Vanhoof', 'Ooms', 'Heremans', 'Vandebroek', 'Vranckx', 'Swinnen', 'Beckers', 'Moons', 'Torfs', 'Cuypers',
      'Schepers', 'Dewit', 'Van Gorp', 'Verlinden', 'Sels', 'Jans', 'Tielemans', 'Haesendonck',
      'Vanderhoydonck', 'Boeckx', 'Loos', 'Ceulemans', 'Dockx', 'Van Roy', 'Stroobants', 'Vandenbussche'],
     ['An', 'Sofie', 'Katrien', 'Els', 'Inge', 'Veerle', 'Ellen', 'Leen', 'Nathalie', 'Sarah', 'Kim', 'Tine',
      'Evi', 'Hilde', 'Liesbeth', 'Caroline', 'Griet', 'Sandra', 'Ilse', 'Joke', 'Nele', 'Karolien', 'Annelies',
      'Bart', 'Tom', 'Kris', 'Pieter', 'Geert', 'Jan', 'Koen', 'Wim', 'Stijn', 'Dirk', 'Jeroen', 'Sven', 'Hans',
      'Joris', 'Peter', 'Kurt', 'Frederik', 'Tim', 'Gert', 'Nico']),
    (10, ['Aya', 'Salma', 'Sara', 'Imane', 'Nour', 'Amira', 'Yasmina', 'Adam', 'Mohamed', 'Ayoub', 'Youssef',
          'Ilyas', 'Bilal', 'Hamza', 'Rayan'],
     ['Benaissa', 'El Khattabi', 'Ait Ali', 'Amrani', 'Azzouzi', 'Bouzidi', 'El Hamdaoui', 'Ouardi'],
     ['Nadia', 'Samira', 'Fatima', 'Khadija', 'Latifa', 'Mohamed', 'Rachid', 'Karim', 'Said']),
    (5, ['Zeynep', 'Meryem', 'Elif', 'Ecrin', 'Emir', 'Yusuf', 'Kerem'],
     ['Yildiz', 'Öztürk', 'Çelik', 'Aydin', 'Demirci'], ['Hatice', 'Ayse', 'Emine', 'Mehmet', 'Ahmet']),
    (4, ['Maja', 'Oliwia', 'Zuzanna', 'Kacper', 'Mateusz', 'Jakub'],
     ['Kowalczyk', 'Mazur', 'Wójcik', 'Krawczyk'], ['Agnieszka', 'Katarzyna', 'Piotr', 'Tomasz']),
    (3, ['Ioana', 'Daria', 'Andrei', 'Luca'], ['Popescu', 'Ionescu', 'Dumitru'], ['Elena', 'Ioana', 'Bogdan', 'Mihai']),
    (3, ['Hira', 'Mariam', 'Ahmad', 'Omid'], ['Haidari', 'Rahimi', 'Hussaini'], ['Zahra', 'Fatema', 'Ahmad', 'Reza']),
    (3, ['Grace', 'Esther', 'Daniel', 'Benjamin', 'Jonathan'], ['Mbuyi', 'Kabongo', 'Tshibangu'],
     ['Chantal', 'Grace', 'Patrick', 'Jean']),
    (1, ['Linh', 'Minh'], ['Nguyen', 'Tran'], ['Thu', 'Hung']),
    (1, ['Beatriz', 'Gabriel', 'Rafael'], ['Ferreira', 'Santos'], ['Ana', 'Paulo']),
]
PROV = ['telenet.be'] * 6 + ['gmail.com'] * 6 + ['skynet.be'] * 2 + ['proximus.be'] * 2 + \
       ['hotmail.com'] * 3 + ['outlook.com'] * 2 + ['icloud.com', 'outlook.be', 'live.be']

CONFUSABLE = {'Peeters', 'Janssens', 'Janssen', 'De Clercq', 'Declercq', 'El Amrani', 'Rossi', 'Russo',
              'Benali', 'Bennani', 'Claessens', 'Verhulst', 'Dubois', 'Jacobs', 'Maes', 'Wouters', 'Claes',
              'Mertens', 'Vermeulen', 'Hendrickx'}


def pick_origin():
    x = rng.randrange(sum(o[0] for o in ORIGINS))
    for o in ORIGINS:
        if x < o[0]:
            return o
        x -= o[0]


def build_roster():
    used_ids = rng.sample(range(1, 301), len(FIXED))
    roster = {}
    key_to_id = {}
    names = set()
    parent_addrs = set()
    for (key, f, l, k, p1, p2), n in zip(FIXED, used_ids):
        pid = 'P%04d' % n
        key_to_id[key] = pid
        roster[pid] = dict(id=pid, first=f, last=l, klas=k, p1=p1, p2=p2)
        names.add((f, l))
        parent_addrs.update(a for a in (p1, p2) if a)
    free = [n for n in range(1, 301) if 'P%04d' % n not in roster]
    pending_sibling = None
    for n in free:
        pid = 'P%04d' % n
        if pending_sibling and rng.random() < 0.8:
            origin, last, p1, p2 = pending_sibling
            pending_sibling = None
        else:
            origin = pick_origin()
            last = rng.choice([x for x in origin[2] if x not in CONFUSABLE])
            p1 = make_parent_addr(origin, last, parent_addrs)
            p2 = make_parent_addr(origin, last, parent_addrs) if rng.random() < 0.55 else ''
            if rng.random() < 0.17:
                pending_sibling = (origin, last, p1, p2)
        for _ in range(200):
            f = rng.choice(origin[1])
            if (f, last) not in names:
                break
        k = rng.choice(CLASSES)
        names.add((f, last))
        roster[pid] = dict(id=pid, first=f, last=last, klas=k, p1=p1, p2=p2)
    # pupil mail addresses
    seen = {}
    for pid in sorted(roster):
        r = roster[pid]
        base = '%s.%s' % (norm(r['first']), norm(r['last']))
        seen[base] = seen.get(base, 0) + 1
        suffix = '' if seen[base] == 1 else str(seen[base])
        r['mail'] = '%s%s@leerling.sintpieterscollege.be' % (base, suffix)
    return roster, key_to_id


def make_parent_addr(origin, last, taken):
    for _ in range(100):
        other_surname = rng.random() < 0.3
        sur = norm(rng.choice([x for x in origin[2] if x not in CONFUSABLE])) if other_surname else norm(last)
        pf = norm(rng.choice(origin[3]))
        prov = rng.choice(PROV)
        pat = rng.randrange(7)
        if pat == 0:
            a = '%s.%s@%s' % (pf, sur, prov)
        elif pat == 1:
            a = '%s.%s@%s' % (sur, pf, prov)
        elif pat == 2:
            a = '%s.%s@%s' % (pf[0], sur, prov)
        elif pat == 3:
            a = '%s%s%02d@%s' % (pf, sur, rng.randrange(65, 92), prov)
        elif pat == 4:
            a = 'fam.%s@%s' % (sur, prov)
        elif pat == 5:
            a = '%s_%s@%s' % (pf, sur, prov)
        else:
            a = '%s%s@%s' % (pf, sur, prov)
        if a not in taken:
            taken.add(a)
            return a
    raise RuntimeError('no address')


ROSTER, KEY = build_roster()


def pupil(key):
    return ROSTER[KEY[key]]


def pid(key):
    return KEY[key]


def par(key, n=1):
    return pupil(key)['p%d' % n]


def write_roster():
    path = os.path.join(HERE, 'roster.csv')
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for p in sorted(ROSTER):
        r = ROSTER[p]
        lines.append(';'.join([r['id'], r['first'], r['last'], r['klas'], r['mail'], r['p1'], r['p2']]))
    with open(path, 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('\r\n'.join(lines) + '\r\n')


def random_pupils(n, classes=None, exclude_fixed=True):
    fixed_ids = set(KEY.values())
    pool = [ROSTER[p] for p in sorted(ROSTER)
            if (not exclude_fixed or p not in fixed_ids) and (classes is None or ROSTER[p]['klas'] in classes)]
    return rng.sample(pool, n)


def parents_of_classes(classes, limit=None):
    out = []
    for p in sorted(ROSTER):
        r = ROSTER[p]
        if r['klas'] in classes:
            for a in (r['p1'], r['p2']):
                if a and a not in out:
                    out.append(a)
    return out[:limit] if limit else out


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

def rrn(yy, mm, dd, seq, born2000=True):
    """Belgian national register number with a valid checksum."""
    base = int('%02d%02d%02d%03d' % (yy, mm, dd, seq))
    if born2000:
        base += 2000000000
    chk = 97 - (base % 97)
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, seq, chk)


def be_iban(bank, account):
    """bank: 3 digits, account: 7 digits -> valid Belgian IBAN, printed in groups of 4."""
    ten = '%03d%07d' % (bank, account)
    cc = int(ten) % 97 or 97
    bban = '%s%02d' % (ten, cc)
    num = int(bban + '111400')  # B=11 E=14 00
    kk = 98 - (num % 97)
    iban = 'BE%02d%s' % (kk, bban)
    return ' '.join(iban[i:i + 4] for i in range(0, 16, 4))


def iban_ok(iban):
    s = iban.replace(' ', '')
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


SCHOOL_IBAN = be_iban(734, 401288)
OUDERRAAD_IBAN = be_iban(979, 220145)

# ---------------------------------------------------------------------------
# staff
# ---------------------------------------------------------------------------

S = {
    'dir': ('Hilde Verstraeten', 'hilde.verstraeten@sintpieterscollege.be'),
    'directie': ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be'),
    'adj': ('Bart Lemmens', 'bart.lemmens@sintpieterscollege.be'),
    'adj_s': ('Bart Lemmens', 'ble@spc.ksleuven.be'),
    'sec': ('Greet Vanhoof', 'greet.vanhoof@sintpieterscollege.be'),
    'secretariaat': ('Secretariaat Sint-Pieterscollege', 'secretariaat@spc.ksleuven.be'),
    'lls': ('Nadia Boukhari', 'nadia.boukhari@sintpieterscollege.be'),
    'llsec': ('Leerlingensecretariaat SPC', 'leerlingensecretariaat@spc.ksleuven.be'),
    'rita': ('Rita Moens', 'rita.moens@sintpieterscollege.be'),
    'boek': ('Marleen De Smedt', 'marleen.desmedt@sintpieterscollege.be'),
    'boek_s': ('Marleen De Smedt', 'mds@spc.ksleuven.be'),
    'boekhouding': ('Boekhouding SPC', 'boekhouding@spc.ksleuven.be'),
    'ict': ('Pieter Claes', 'pieter.claes@sintpieterscollege.be'),
    'ict_s': ('ICT Sint-Pieterscollege', 'ict@spc.ksleuven.be'),
    'zorg': ('Sarah Wuyts', 'sarah.wuyts@sintpieterscollege.be'),
    'llb': ('Tom Goossens', 'tom.goossens@sintpieterscollege.be'),
    'soc': ('Ann Leemans', 'ann.leemans@sintpieterscollege.be'),
    'tech': ('Dirk Mertens', 'dirk.mertens@sintpieterscollege.be'),
    'ldw': ('Lieve De Wit', 'ldw@spc.ksleuven.be'),
    'jvr': ('Jan Vranckx', 'jvr@spc.ksleuven.be'),
    'kvb': ('Karen Van Bael', 'kvb@spc.ksleuven.be'),
    'sdm': ('Stefaan De Meyer', 'stefaan.demeyer@sintpieterscollege.be'),
    'lva': ('Leen Vanaken', 'leen.vanaken@sintpieterscollege.be'),
    'nieuw': ('Joke Stevens', 'joke.stevens@sintpieterscollege.be'),
    'interim': ('Jonas Thys', 'jonas.thys@sintpieterscollege.be'),
    'personeel': ('Personeel SPC', 'personeel@spc.ksleuven.be'),
    'leerkrachten': ('Leerkrachten SPC', 'leerkrachten@spc.ksleuven.be'),
    'klassenraad': ('Klassenraden 2de graad', 'klassenraad2@spc.ksleuven.be'),
    'dpo': ('Privacy LKSD', 'privacy@lksd.ksleuven.be'),
    'info': ('Sint-Pieterscollege', 'info@sintpieterscollege.be'),
}


def A(k):
    n, a = S[k]
    return '%s <%s>' % (n, a)


SCHOOL_TEL = '016 35 12 40'
SCHOOL_ADDR = 'Diestsesteenweg 214, 3010 Kessel-Lo'


def D(s):
    return textwrap.dedent(s).strip('\n') + '\n'


# ---------------------------------------------------------------------------
# MIME writer (hand-made so that boundaries and encodings are deterministic)
# ---------------------------------------------------------------------------

def enc_header_value(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def enc_addrs(v):
    out = []
    for name, addr in getaddresses([v]):
        out.append(formataddr((name, addr), charset='utf-8') if name else addr)
    return ', '.join(out)


def addr_list(v):
    if not v:
        return []
    if isinstance(v, str):
        v = [v]
    return [a for _, a in getaddresses(v) if a]


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, inline=False, extra=()):
        self.ctype, self.charset, self.filename, self.inline, self.extra = ctype, charset, filename, inline, extra
        if isinstance(data, str):
            data = data.encode(charset or 'utf-8')
        self.data = data
        if cte is None:
            if ctype.startswith('text/'):
                try:
                    data.decode('ascii')
                    cte = '7bit'
                except UnicodeDecodeError:
                    cte = '8bit'
            else:
                cte = 'base64'
        self.cte = cte

    def headers(self):
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.filename:
            ct += '; name="%s"' % self.filename
        h.append(('Content-Type', ct))
        h.append(('Content-Transfer-Encoding', self.cte))
        if self.filename:
            h.append(('Content-Disposition', 'attachment; filename="%s"' % self.filename))
        h.extend(self.extra)
        return h

    def body(self):
        return encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def headers(self):
        return [('Content-Type', 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary))]

    def body(self):
        out = [b'']
        for p in self.parts:
            out.append(b'--' + self.boundary.encode())
            out.append(render_headers(p.headers()) + b'\n' + p.body())
        out.append(b'--' + self.boundary.encode() + b'--\n')
        return b'\n'.join(out)


def render_headers(h):
    return b''.join(('%s: %s\n' % (k, v)).encode('ascii') for k, v in h)


def tz_for(dt):
    m, d = dt.month, dt.day
    summer = (4 <= m <= 9) or (m == 10 and d < 27) or (m == 3 and d >= 30)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


# ---------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def outlook_html(text, tables=None, font='Calibri'):
    """text: plain text; a line '[[TABLE n]]' is replaced by tables[n] (list of rows, first row header)."""
    paras = []
    for line in text.rstrip('\n').split('\n'):
        if line.startswith('[[TABLE'):
            n = int(line.strip('[]').split()[1])
            rows = tables[n]
            t = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                 'style="border-collapse:collapse;border:none">']
            for i, row in enumerate(rows):
                t.append('<tr>')
                for c in row:
                    style = 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'
                    cell = '<b>%s</b>' % esc(c) if i == 0 else esc(c)
                    t.append('<td valign=top style="%s"><p class=MsoNormal>%s<o:p></o:p></p></td>' % (style, cell))
                t.append('</tr>')
            t.append('</table>')
            paras.append('\n'.join(t))
        elif line.strip() == '':
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(line))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}\n'
            '--></style>\n</head>\n<body lang=NL-BE link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n') % (font, '\n'.join(paras))


def plain_tables(text, tables=None):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.startswith('[[TABLE'):
            n = int(line.strip('[]').split()[1])
            for row in tables[n]:
                out.append('\t'.join(row))
        else:
            out.append(line)
    return '\n'.join(out) + '\n'


def simple_html(text):
    body = '<br>\n'.join(esc(l) for l in text.rstrip('\n').split('\n'))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">%s</div></body></html>\n' % body)


# ---------------------------------------------------------------------------
# small attachments
# ---------------------------------------------------------------------------

def pdf_bytes(lines):
    """A tiny but well-formed one-page PDF with the given text lines."""
    content = 'BT /F1 11 Tf 50 790 Td 14 TL\n'
    for l in lines:
        l = l.encode('latin-1', 'replace').decode('latin-1')
        content += '(%s) Tj T*\n' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content += 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        '/Resources << /Font << /F1 5 0 R >> >> >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content.encode('latin-1')), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)).encode()
    return out


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paragraphs, macro=False):
    """Minimal OOXML word document (docx, or docm with a vbaProject part)."""
    ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (ns, body))
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
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
                      b'Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n  Call VulAan\r\nEnd Sub\r\n'))
        rels_doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                    'Target="vbaProject.bin"/></Relationships>')
        files.append(('word/_rels/document.xml.rels', rels_doc))
    return zip_bytes(files)


def xlsm_bytes(rows):
    sheet = ''.join('<row>%s</row>' % ''.join('<c t="inlineStr"><is><t>%s</t></is></c>' % esc(str(c)) for c in r)
                    for r in rows)
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
         '</Types>'),
        ('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
                            '<sheet name="Budget" sheetId="1"/></sheets></workbook>'),
        ('xl/worksheets/sheet1.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                     '<sheetData>%s</sheetData></worksheet>' % sheet),
        ('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
         b'Attribute VB_Name = "Module1"\r\nSub Workbook_Open()\r\n  Call BerekenTotalen\r\nEnd Sub\r\n'),
    ]
    return zip_bytes(files)


def exe_bytes(tag):
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 +
            b'\x80\x00\x00\x00' + b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.'
            b'\r\r\n$' + b'\x00' * 7 + b'PE\x00\x00L\x01' + tag.encode() + b'\x00' * 64)


# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------

MAILS = []
RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']


def mail(slug, frm, to, subject, body=None, *, date, cc=None, bcc=None, rcpt=None, mail_from=None,
         rules=(), cats=(), about=(), mis=False, note='', lang='nl', fmt=('plain',), html=None, tables=None,
         cte=None, charset='utf-8', atts=(), reply_to_id=None, mailer=None, extra_headers=(),
         html_only=False, group=None):
    MAILS.append(dict(slug=slug, frm=frm, to=to, subject=subject, body=body, date=date, cc=cc, bcc=bcc,
                      rcpt=rcpt, mail_from=mail_from, rules=list(rules), cats=list(cats),
                      about=[pid(a) if not a.startswith('P0') else a for a in about], mis=mis, note=note,
                      lang=lang, fmt=list(fmt), html=html, tables=tables, cte=cte, charset=charset,
                      atts=list(atts), reply_to_id=reply_to_id, mailer=mailer, extra=list(extra_headers),
                      html_only=html_only, group=group))


MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'iphone': 'iPhone Mail (21F90)',
    'android': 'Android',
    'thunderbird': 'Mozilla Thunderbird',
    'webmail': 'Microsoft Outlook Web App',
}


def build(m, n):
    h = []
    frm_addr = addr_list(m['frm'])[0]
    domain = frm_addr.split('@')[1]
    dt = datetime.datetime.strptime(m['date'], '%Y-%m-%d %H:%M')
    dt = dt.replace(tzinfo=tz_for(dt))
    digest = hashlib.sha1(('%s-%s' % (SEED, m['slug'])).encode()).hexdigest()
    h.append(('From', enc_addrs(m['frm'])))
    h.append(('To', enc_addrs(', '.join(m['to']) if isinstance(m['to'], list) else m['to'])))
    if m['cc']:
        h.append(('Cc', enc_addrs(', '.join(m['cc']) if isinstance(m['cc'], list) else m['cc'])))
    h.append(('Subject', enc_header_value(m['subject'])))
    h.append(('Date', format_datetime(dt)))
    h.append(('Message-ID', '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), digest[:16], domain)))
    if m['reply_to_id']:
        rid = '<%s@%s>' % (hashlib.sha1(m['reply_to_id'].encode()).hexdigest()[:20], m['reply_to_id'].split('|')[0])
        h.append(('In-Reply-To', rid))
        h.append(('References', rid))
    mailer = m['mailer'] or 'outlook'
    if mailer in MAILERS:
        h.append(('X-Mailer', MAILERS[mailer]))
    h.append(('MIME-Version', '1.0'))
    h.extend(m['extra'])
    if mailer == 'outlook' and 'Thread-Index' not in dict(m['extra']):
        h.append(('Thread-Index', base64.b64encode(hashlib.md5(m['slug'].encode()).digest()[:22]).decode()))
    bnd = lambda k: '----=_NextPart_%s_%s' % (k, digest[k * 4:k * 4 + 12].upper())
    cs = m['charset']
    if m['html_only']:
        html = m['html'] if isinstance(m['html'], str) else outlook_html(m['body'], m['tables'])
        if cs != 'utf-8':
            html = html.replace('charset=utf-8', 'charset=%s' % cs)
        body_ent = Leaf('text/html', html, charset=cs, cte=m['cte'] or 'quoted-printable')
    else:
        text = plain_tables(m['body'], m['tables']) if m['tables'] else m['body']
        plain = Leaf('text/plain', text, charset=cs, cte=m['cte'])
        if m['html'] is not None:
            html = m['html'] if isinstance(m['html'], str) else (
                outlook_html(m['body'], m['tables']) if mailer == 'outlook' else simple_html(m['body']))
            if cs != 'utf-8':
                html = html.replace('charset=utf-8', 'charset=%s' % cs)
            hl = Leaf('text/html', html, charset=cs, cte='quoted-printable' if m['cte'] != 'base64' else 'base64')
            body_ent = Multi('alternative', [plain, hl], bnd(1))
        else:
            body_ent = plain
    if m['atts']:
        parts = [body_ent]
        for name, ctype, data in m['atts']:
            parts.append(Leaf(ctype, data, filename=name,
                              cte='base64' if not ctype.startswith('text/') else 'quoted-printable',
                              charset='utf-8' if ctype.startswith('text/') else None))
        body_ent = Multi('mixed', parts, bnd(0))
    h.extend(body_ent.headers())
    data = render_headers(h) + b'\n'
    if isinstance(body_ent, Multi):
        data += b'This is a multipart message in MIME format.\n'
    data += body_ent.body()
    fname = '%03d-%s.eml' % (n, m['slug'])
    with open(os.path.join(HERE, fname), 'wb') as fh:
        fh.write(data)
    return fname


def rcpt_of(m):
    if m['rcpt'] is not None:
        return m['rcpt']
    out = []
    for f in ('to', 'cc', 'bcc'):
        v = m[f]
        if not v:
            continue
        v = v if isinstance(v, list) else [v]
        for a in addr_list(v):
            if a not in out:
                out.append(a)
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def ylist(xs):
    return '[' + ', '.join(xs) + ']'


def sig(k, role, phone=False, mobile=None, closing='Met vriendelijke groeten', short=False):
    name = S[k][0]
    lines = [closing, '', name, role]
    if not short:
        lines.append('Sint-Pieterscollege Kessel-Lo | Stroom')
        lines.append(SCHOOL_ADDR)
    if phone:
        lines.append('T %s' % SCHOOL_TEL)
    if mobile:
        lines.append('GSM %s' % mobile)
    if not short:
        lines.append('www.sintpieterscollege.be')
    return '\n'.join(lines) + '\n'


def outlook_quote(frm, sent, to, subject, text, cc=None):
    q = ['', '________________________________', 'Van: %s' % frm, 'Verzonden: %s' % sent, 'Aan: %s' % to]
    if cc:
        q.append('CC: %s' % cc)
    q += ['Onderwerp: %s' % subject, '', text.rstrip('\n')]
    return '\n'.join(q) + '\n'


def gt_quote(header, text):
    return '\n' + header + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'


def fwd_block(frm, date, subject, to, text):
    return ('\n---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s'
            % (frm, date, subject, to, text.rstrip('\n') + '\n'))


IPHONE = '\nVerzonden vanaf mijn iPhone\n'
SAMSUNG = '\n\nVerzonden vanaf mijn Galaxy\n'


# ===========================================================================
# 1. credentials (password)
# ===========================================================================

mail('informat-nieuwe-collega', A('ict'), A('lls'), 'Je login voor Informat', D('''
    Dag Nadia,

    Welkom in het team! Je account voor Informat (leerlingenadministratie) staat klaar.

    Gebruikersnaam: nboukhari
    Tijdelijk wachtwoord: Kessello!Sept24

    Bij de eerste aanmelding vraagt hij om zelf een nieuw wachtwoord te kiezen (min. 12 tekens, geen naam of geboortejaar aub). Je Smartschool-account volgt morgen, dat moet Greet nog aanvragen bij de beheerder.

    Als er iets niet lukt: ik zit op dinsdag en donderdag in A014, anders een ticket via ict@spc.ksleuven.be.

    Groeten,
    Pieter
    ICT-coördinator
    '''), date='2024-09-02 08:47', rules=['password'],
     note='temporary Informat password for a new colleague in plain text', fmt=['plain'], group='pw')

jl = pupil('jonas_lenaerts')
mail('smartschool-nieuwe-leerling', A('llsec'), jl['p1'],
     'Smartschool-account Jonas (3C)', D('''
    Beste mevrouw Lenaerts,

    Jonas start maandag in klas 3C. Zoals beloofd hierbij de gegevens om voor de eerste keer op Smartschool in te loggen (https://sintpieterscollege.smartschool.be):

    Gebruikersnaam leerling: jonas.lenaerts
    Startwachtwoord: zon73Kiwi

    Voor uzelf als ouder werd een co-account aangemaakt:
    Gebruikersnaam: jonas.lenaerts (co-account 1)
    Startwachtwoord co-account: Appel-5529

    Bij de eerste keer aanmelden moet er een eigen wachtwoord gekozen worden. Het leerlingenkaartje en de kluissleutel kan Jonas maandagochtend om 8u15 afhalen op het leerlingensecretariaat.

    Met vriendelijke groeten

    Nadia Boukhari
    Leerlingensecretariaat
    Sint-Pieterscollege Kessel-Lo
    '''), date='2025-01-09 15:12', rules=['password'], about=['jonas_lenaerts'],
     note='start passwords for pupil and parent co-account mailed to the (correct) parent',
     fmt=['plain'], group='pw')

mail('digipass-bank', A('boek'), A('adj'), 'bank - digipass', D('''
    Bart,

    Voor als ik volgende week met verlof ben: de betalingen van de leveranciers moeten wel nog door (Hendrickx schoolmeubelen en de drukker vooral).
    De digipass ligt in de kluis in mijn bureau, bovenste schuif.
    Pincode digipass: 4471
    Aanmelden in Belfius Web Banking met de kaart die eraan vastgeklikt zit.

    Alvast bedankt en tot maandag 14/4,
    Marleen
    '''), date='2025-03-28 16:40', rules=['password'],
     note='PIN of the bank digipass mailed to the deputy director', fmt=['plain'], group='pw')

mail('sleutel-en-alarm', A('dir'), A('interim'), 'Re: sleutel en alarm', D('''
    Dag Jonas
    Sleutel ligt bij Rita aan het onthaal. Alarm personeelsingang: 2580 en dan OFF. Bij het buitengaan 2580 + ON, je hebt 30 sec.
    Niet doorgeven aan de leerlingen he :-)
    Hilde
    ''') + IPHONE + gt_quote('Op 6 okt. 2024 om 19:02 heeft Jonas Thys <jonas.thys@sintpieterscollege.be> het volgende geschreven:', D('''
    Beste mevrouw Verstraeten,
    Ik heb morgen om 7u30 al les voorbereiden in het labo, mag ik dan binnen via de personeelsingang? Hoe werkt het alarm daar?
    Groeten,
    Jonas Thys
    ''')), date='2024-10-06 20:14', rules=['password'], mailer='iphone', reply_to_id='sintpieterscollege.be|alarm-thys',
     note='alarm code of the staff entrance in a phone reply', fmt=['phone', 'reply'], group='pw')

mail('wifi-personeel', A('ict_s'), A('personeel'), 'Nieuwe wifi-sleutel SPC-Personeel vanaf maandag', D('''
    Beste collega's,

    Na de inbraak in het fietsenhok hebben we ook het draadloos netwerk opnieuw beveiligd. Vanaf maandag 18 november werkt de oude sleutel niet meer.

    Netwerk: SPC-Personeel
    Nieuwe wifi-sleutel: Dijle#Stroom2024

    Laptops van school die in het domein zitten, krijgen de nieuwe sleutel automatisch. Enkel op je eigen gsm of tablet moet je hem opnieuw ingeven.
    Geef deze sleutel aub niet door aan leerlingen of bezoekers, voor hen is er SPC-Gast (vraag aan het onthaal).

    ICT-team
    '''), date='2024-11-14 12:05', rules=['password'],
     note='Wi-Fi key sent to the staff list (staff group is fine, key is not)', fmt=['plain'], group='pw')

mail('kopieercodes-tabel', A('ict'), A('sec'), 'kopieercodes nieuwe collega\'s', D('''
    Hoi Greet,

    Hieronder de codes voor de Konica-kopieerapparaten (leraarskamer en secretariaat) voor de nieuwe collega's. Kan jij die op hun eerste dag meegeven? Mag ook op een briefje, liever niet verder doormailen.

    [[TABLE 0]]

    Het verbruik wordt per code bijgehouden, de rekening gaat zoals altijd per vakgroep.

    Groetjes
    Pieter
    '''), tables=[[['Naam', 'Vakgroep', 'Kopieercode'], ['Joke Stevens', 'secretariaat', '40718'],
                   ['Jonas Thys', 'wetenschappen', '40722'], ['Leen Vanaken', 'Nederlands', '40735'],
                   ['Stefaan De Meyer', 'LO', '40741']]],
     date='2024-09-03 10:31', html_only=True, rules=['password'],
     note='copier PIN codes of four staff members in an Outlook HTML table', fmt=['html-only', 'table'], group='pw')

mail('documenten-jaarrekening', A('boek'), 'Koen Vandael <koen.vandael@vandael-revisoren.be>', 'Toegang documenten jaarrekening 2024', D('''
    Geachte heer Vandael,

    Zoals afgesproken staan de stukken voor de controle van de jaarrekening 2024 (grootboek, dagboeken, inventaris en de lijst van openstaande posten) klaar op ons deelplatform.

    Link: https://lksd.sharepoint.com/sites/boekhouding-spc/audit2024
    Gebruiker: revisor.spc@lksd.ksleuven.be
    Wachtwoord: Audit-Jan25!dijle

    Voor vragen kan u mij het best bereiken in de voormiddag.

    Met vriendelijke groeten

    Marleen De Smedt
    Boekhouding
    Sint-Pieterscollege Kessel-Lo | Stroom
    T 016 35 12 40 - GSM 0479 62 18 03
    '''), date='2025-02-04 09:55', rules=['password', 'personal_data'],
     note='account password for the auditor plus school and mobile phone numbers in the signature',
     fmt=['plain'], group='pw')

mail('toezicht-digitale-examens', A('adj'), A('leerkrachten'), 'Toezicht digitale examens juni - praktisch', D('''
    Beste collega's,

    Enkele afspraken voor de toezichten bij de digitale examens in de sporthal (week van 10 juni):

    - Leerlingen loggen in met hun eigen Smartschool-account op het examenplatform.
    - Loopt er iets vast, dan meld je je als toezichter aan op de laptop vooraan met het gezamenlijke toezichtaccount:
      gebruiker: toezicht.examens
      wachtwoord: Examen2025juni
      Daarmee kan je een examen heropenen of de tijd verlengen.
    - Verlengde tijd voor leerlingen met een attest staat al ingesteld, daar moet je niets aan doen.

    Het rooster met de toezichten hangt in de leraarskamer.

    Dank voor jullie medewerking!
    Bart Lemmens
    adjunct-directeur
    '''), date='2025-05-27 13:20', rules=['password'],
     note='shared supervisor account password of the exam platform to all teachers', fmt=['plain'], group='pw')

mail('portaal-verzekeraar', A('sec'), A('boek'), 'code', D('''
    Marleen, de verzekeraar heeft net een sms gestuurd naar de gsm van het secretariaat om in te loggen op het portaal. De code is 582114, geldig 10 minuutjes. lukt het bij jou??
    Greet
    '''), date='2025-03-11 10:02', rules=['password'],
     note='one-time login code forwarded to a colleague', fmt=['plain'], group='pw')

recovery = '\n'.join('%s %s' % (rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(3)),
                                ''.join(rng.choice('0123456789') for _ in range(4))) for _ in range(10))
mail('m365-beheerdersaccount', A('ict'), A('dir'), 'Herstelcodes beheerdersaccount M365', D('''
    Dag Hilde,

    Zoals besproken op het directieoverleg: in bijlage de herstelcodes van het beheerdersaccount van Microsoft 365. Als ik ziek ben of mijn gsm kwijt is, kan jij daarmee inloggen.
    Graag afdrukken en in de kluis van het secretariaat leggen en daarna deze mail verwijderen (ook uit verwijderde items).

    Pieter
    '''), atts=[('herstelcodes-admin-spc.txt', 'text/plain',
                 'Herstelcodes admin@spc.ksleuven.be - aangemaakt 12/09/2024\nElke code werkt 1 keer.\n\n' + recovery + '\n')],
     date='2024-09-12 17:30', rules=['password'],
     note='ten backup codes of the M365 admin account in a .txt attachment', fmt=['plain', 'attachment-txt'], group='pw')

newbies = random_pupils(12, classes={'1A', '1B', '1C', '1D'})
def _pw():
    w = rng.choice(['Appel', 'Kiwi', 'Tijger', 'Fiets', 'Zon', 'Wolk', 'Boot', 'Vos', 'Dijle', 'Raket'])
    return '%s%s%d' % (w, rng.choice(['-', '.', '']), rng.randrange(100, 999))
csv_lines = ['Intern nummer;Voornaam;Naam;Klas;Gebruikersnaam;Startwachtwoord']
for p in newbies:
    csv_lines.append('%s;%s;%s;%s;%s;%s' % (p['id'], p['first'], p['last'], p['klas'], p['mail'].split('@')[0], _pw()))
mail('accounts-laatkomers-csv', A('ict_s'), A('llsec'), 'startwachtwoorden laatste inschrijvingen 1ste jaar', D('''
    Dag Nadia,

    In bijlage de Smartschool-accounts van de leerlingen die na 1 september nog ingeschreven zijn (12 lln). Kan jij de briefjes maken voor de klastitularissen? Gewoon afdrukken, knippen en in hun vak leggen.

    Mvg
    Pieter
    '''), atts=[('startwachtwoorden-1stejaar.csv', 'text/csv', '\ufeff' + '\r\n'.join(csv_lines) + '\r\n')],
     date='2024-09-16 11:48', rules=['password'], about=[p['id'] for p in newbies],
     note='csv with start passwords of 12 pupils (internal recipient, still a password list)',
     fmt=['plain', 'attachment-csv'], group='pw')

mail('kluis-secretariaat', A('dir'), A('boek_s'), 'kluis', D('''
    Marleen,

    De kluis in het secretariaat heeft sinds vandaag een nieuwe combinatie, de vorige was bij te veel mensen gekend.
    Nieuwe code:
    19
    84
    27
    (eerst rechts, dan links, dan rechts zoals vroeger)

    Gelieve niet op te schrijven in de agenda zoals de vorige keer ;-)

    Hilde
    '''), date='2024-11-21 18:03', rules=['password'],
     note='safe combination split over lines', fmt=['plain'], group='pw')

mail('mailbox-info', A('sec'), A('rita'), 'mailbox info@', D('''
    Rita, voor de mailbox info@ (als ik morgne niet ben) : het ww is hoofdletter S, dan t r o o m, dan 2024, dan een uitroepteken. Dus zonder spaties.
    Gr Greet
    ''') + SAMSUNG, date='2024-10-23 21:47', rules=['password'], mailer='android',
     note='shared mailbox password spelled out letter by letter', fmt=['phone'], group='pw')

mail('map-sociale-dienst', A('boek'), A('soc'), 'toegang map sociale dienst', D('''
    Dag Ann,

    De map "Sociale dienst 2024-2025" op de server is nu beveiligd. Het wachtwoord stuur ik in 2 stukken, zoals Pieter aanraadde:

    deel 1: Kessel
    deel 2: Lo-88

    (zonder spatie ertussen)

    Groetjes
    Marleen
    '''), date='2024-10-01 14:22', rules=['password'],
     note='folder password split over two lines', fmt=['plain'], group='pw')

mail('levering-werf-fietsenstalling', A('tech'), 'Werfleider Bouw Smolders <werf@bouwsmolders-rotselaar.be>', 'toegang werf fietsenstalling', D('''
    Goeiemorgen,

    Voor de levering van de stalen liggers morgen: de leverancier kan binnen via de poort aan de Tiensesteenweg-kant (niet via de hoofdingang, daar staan de bussen).
    De code van het hek aan de fietsenstalling is 1357#
    Graag na 16u niet meer leveren, dan vertrekken de leerlingen.

    mvg
    Dirk Mertens
    technisch coördinator / preventie
    '''), date='2025-04-23 07:38', rules=['password'],
     note='gate code given to an external contractor', fmt=['plain'], group='pw')

mail('afdrukken-interim', A('sec'), A('interim'), 'Re: afdrukken lukt niet', D('''
    Dag Jonas,

    Je moet aan het toestel eerst je persoonlijke code ingeven, anders blijft je opdracht in de wachtrij staan. Jouw pincode is 6093 (kan je later niet zelf wijzigen, dat moet via Pieter).

    Groetjes,
    Greet
    ''') + outlook_quote('Jonas Thys <jonas.thys@sintpieterscollege.be>', 'maandag 7 oktober 2024 8:12', 'Greet Vanhoof <greet.vanhoof@sintpieterscollege.be>', 'afdrukken lukt niet', D('''
    Hallo,
    Ik probeer al een half uur de toetsen voor 4B af te drukken maar er komt niets uit de printer in de leraarskamer. Doe ik iets verkeerd?
    Jonas
    ''')), date='2024-10-07 08:31', rules=['password'], reply_to_id='sintpieterscollege.be|print-thys',
     note='personal printer PIN in a reply', fmt=['plain', 'reply'], group='pw')

mail('locker-controller-en', A('ict'), 'Support LockWise <support@lockwise-systems.eu>', 'RE: Ticket #88412 - locker controller offline', D('''
    Hello Martin,

    Thanks for getting back to us so quickly. The controller in block C is back online since this morning, but the web interface still shows 14 lockers as "unknown".

    You can log in remotely to have a look:
    URL: https://lockers.spc.ksleuven.be/admin
    User: admin
    Password: L0ckers!SPC-c

    Please let me know when you are done so I can change the password again.

    Kind regards,
    Pieter Claes
    ICT coordinator - Sint-Pieterscollege Kessel-Lo
    '''), date='2025-02-18 11:05', rules=['password'], lang='en', reply_to_id='lockwise-systems.eu|88412',
     note='admin password of the locker system given to vendor support (English)', fmt=['plain', 'reply'], group='pw')

cl = pupil('camille_lambert')
mail('coaccount-smartschool-fr', A('llsec'), cl['p1'], 'Accès Smartschool - Camille Lambert (1A)', D('''
    Chère Madame Lambert,

    Suite à votre appel de ce matin, voici les données de connexion de votre co-compte parent sur Smartschool :

    Nom d'utilisateur : camille.lambert
    Mot de passe provisoire : Pomme-4821

    Lors de la première connexion, il vous sera demandé de choisir un nouveau mot de passe. Vous trouverez ensuite le journal de classe, les bulletins et les messages des professeurs.

    Bien cordialement,

    Nadia Boukhari
    Secrétariat des élèves
    Sint-Pieterscollege Kessel-Lo
    '''), date='2024-09-19 11:40', rules=['password'], about=['camille_lambert'], lang='fr',
     note='temporary co-account password to the correct parent, in French', fmt=['plain'], group='pw')

mail('bankkaart-ouderraad-qp', A('boek'), 'Penningmeester Ouderraad SPC <penningmeester@ouderraad-spc.be>',
     'bankkaart ouderraad', D('''
    Dag Wim,

    De nieuwe bankkaart van de rekening van de ouderraad is vandaag op school toegekomen (de bank stuurt die blijkbaar nog altijd naar het adres van de school). Ik leg ze in jouw vak in het secretariaat.
    De pincode zat in een aparte brief: 8812. Die brief heb ik versnipperd.

    Vergeet je niet de kasticketjes van het spaghettifestijn nog binnen te brengen voor de afrekening?

    Groetjes,
    Marleen
    '''), cte='quoted-printable', date='2024-10-17 15:58', rules=['password'],
     note='bank card PIN mailed to the parents association treasurer; quoted-printable body',
     fmt=['plain-qp'], group='pw')

mail('bezoek-revisor-b64', A('ict_s'), A('secretariaat'), 'wifi voor bezoek revisor donderdag', D('''
    Dag secretariaat,

    Donderdag komt de revisor (dhr. Vandael) een hele dag in het vergaderlokaal. Hij zal internet nodig hebben:

    Netwerk: SPC-Gast
    Sleutel: welkom-Revisor-0312

    De sleutel vervalt automatisch vrijdagavond.

    ICT
    '''), cte='base64', date='2025-03-10 16:15', rules=['password'],
     note='guest Wi-Fi key in a base64-encoded body', fmt=['plain-base64'], group='pw')

mail('verhuur-sporthal-cp1252', A('adj'), A('tech'), 'verhuur sporthal zaterdag - alarm', D('''
    Dirk,

    Zaterdag huurt volleybalclub VC Kessel-Lo de sporthal van 9u tot 17u (factuur is al betaald, € 240).
    De verantwoordelijke, Kristof, haalt vrijdag de sleutel bij jou. Kan jij hem de alarmcode van de sporthal doorgeven? Die is nog steeds 4490, met daarna de toets "UIT".
    Zeg hem ook dat de kleedkamers van de jongens proper achtergelaten moeten worden, vorige keer was het geen zicht.

    Bedankt!
    Bart
    '''), charset='windows-1252', date='2025-01-22 17:44', rules=['password'],
     note='alarm code of the sports hall; windows-1252 8bit body', fmt=['plain-cp1252'], group='pw')

mail('fw-schoolportaal-dijlepolis', A('sec'), A('dir'), 'TR: Welkom op het schoolportaal van Dijlepolis', D('''
    Hilde, ter info: dit is de toegang tot het portaal van de verzekering (aangiftes schoolongevallen). Ik heb hem ook in de map "Verzekering" gezet.
    Greet

    ________________________________
    Van: Dijlepolis Verzekeringen <noreply@dijlepolis.be>
    Verzonden: dinsdag 3 september 2024 9:14
    Aan: secretariaat@spc.ksleuven.be
    Onderwerp: Welkom op het schoolportaal van Dijlepolis

    Geachte klant,

    Uw school is aangesloten bij het online portaal voor de aangifte van schoolongevallen.

    Uw gebruikersnaam: SPC-0231
    Uw wachtwoord: xT7#pq2L

    Wij raden u aan dit wachtwoord onmiddellijk te wijzigen na uw eerste aanmelding.

    Met vriendelijke groeten,
    Het team Dijlepolis Schoolverzekeringen
    '''), date='2024-09-03 09:40', rules=['password'],
     note='forward of the insurer portal welcome mail with the password in the quoted part', fmt=['plain', 'forward'], group='pw')

mail('re-pc-onthaal', A('rita'), A('nieuw'), 'RE: pc onthaal', D('''
    Hoi Joke,
    Het is Onthaal2024! (met uitroepteken op het einde). Gebruiker is gewoon "onthaal".
    Rita

    Van: Joke Stevens <joke.stevens@sintpieterscollege.be>
    Verzonden: woensdag 4 september 2024 12:51
    Aan: Rita Moens <rita.moens@sintpieterscollege.be>
    Onderwerp: pc onthaal

    Rita, wat is weer het wachtwoord van de pc aan het onthaal? Ik heb het opgeschreven maar vind mijn briefje niet meer.
    Joke
    '''), date='2024-09-04 12:58', rules=['password'], reply_to_id='sintpieterscollege.be|pc-onthaal',
     note='reception PC password in a short reply', fmt=['plain', 'reply'], group='pw')

mail('klaslijsten-schoolfotograaf', A('lls'), 'Fotostudio Lichtpunt <planning@fotostudio-lichtpunt.be>', 'wachtwoord klaslijsten', D('''
    Goedemiddag,

    In een aparte mail kreeg u daarnet het zip-bestand met de klaslijsten voor de schoolfoto's van 8 oktober (enkel naam, voornaam en klas, zoals afgesproken in de verwerkersovereenkomst).

    Het wachtwoord om de zip te openen: Dijle_7781

    Met vriendelijke groeten
    Nadia Boukhari
    Leerlingensecretariaat Sint-Pieterscollege
    '''), date='2024-09-25 13:36', rules=['password'],
     note='archive password sent separately to the school photographer', fmt=['plain'], group='pw')

mail('overzicht-schoolrekeningen-trim1', A('boek_s'), A('dir'), 'overzicht schoolrekeningen 1ste trimester', D('''
    Hilde,

    Het overzicht van de schoolrekeningen van het 1ste trimester staat op de directieschijf (map Boekhouding > 2024-2025). Het bestand is beveiligd, wachtwoord = boekhouding2025

    Totaal gefactureerd en ontvangen staan op het eerste blad, de details per klas op de andere tabbladen.

    Marleen
    '''), date='2025-01-08 10:14', rules=['password'],
     note='password of a protected spreadsheet', fmt=['plain'], group='pw')

mail('toegangen-boekhouding-html', A('boek'), A('nieuw'), 'Je toegangen boekhouding', D('''
    Dag Joke,

    Fijn dat je vanaf maandag een paar uur per week meehelpt op de boekhouding! Hieronder alvast je toegangen. Alles is tijdelijk, wijzig het bij de eerste keer.

    [[TABLE 0]]

    Voor de bank (Belfius) krijg je een eigen kaartlezer, die bestellen we nog.
    Tot maandag!

    Marleen De Smedt
    Boekhouding
    '''), tables=[[['Platform', 'Gebruiker', 'Wachtwoord'], ['Boekhoudpakket (Expert/M)', 'jstevens', 'Start!2024jst'],
                   ['Facturatie Informat', 'joke.stevens', 'Fact-8834-spc'], ['Gedeelde map Boekhouding', 'SPC\\jstevens', 'via je gewone Windows-login']]],
     html=True, date='2024-11-29 14:02', rules=['password'],
     note='two temporary passwords in an Outlook HTML table with plain alternative', fmt=['alt', 'table'], group='pw')

ev = pupil('emma_vanroey')
mail('kurzweil-thuislicentie', A('zorg'), ev['p1'], 'Kurzweil thuislicentie voor Emma', D('''
    Beste mevrouw Van Roey,

    Zoals besproken op het MDO: omdat Emma door haar dyslexie vlotter werkt met voorleessoftware, krijgt ze vanaf nu ook thuis toegang tot Kurzweil 3000. De digitale versies van haar cursussen staan in haar map.

    Aanmelden via https://www.kurzweil3000.com (of de app):
    Gebruikersnaam: emma.vanroey@spc
    Wachtwoord: Leesmaatje-73

    Bij de proefwerken in december krijgt Emma, zoals in haar handelingsplan staat, de vragen voorgelezen en 1/3 extra tijd.

    Met vriendelijke groeten

    Sarah Wuyts
    Zorgcoördinator
    '''), date='2024-10-15 16:28', rules=['password', 'sensitive'], cats=['care'], about=['emma_vanroey'],
     note='software password plus dyslexia / care plan of a named pupil, to her own parent',
     fmt=['plain'], group='pw')

mail('gastwifi', A('sec'), 'Ann Leemans <ann.leemans@sintpieterscollege.be>', 'ww gastwifi = Stroom-Gast-2025', '\n' + IPHONE,
     date='2025-01-27 08:06', rules=['password'], mailer='iphone',
     note='guest Wi-Fi key in the subject line, empty phone body', fmt=['phone'], group='pw')

mail('kluisjes-blok-c', A('lls'), A('tech'), 'kluisjes blok C', D('''
    Dag Dirk,

    Er zijn alweer 3 leerlingen hun code vergeten (kluisjes 311, 318 en 342). Ik heb de mastercode niet meer, mag jij ze openen? Of is het nog altijd 0-4-1-7?

    Groetjes
    Nadia
    '''), date='2024-11-05 09:12', rules=['password'],
     note='master code of the lockers (opens them) asked/confirmed by mail', fmt=['plain'], group='pw')

mail('isabel-brief', A('adj'), A('boek'), 'activatiecode Isabel', D('''
    Marleen,

    De brief van Isabel is bij mij toegekomen. Activatiecode: 7731-2290-4418
    Gebruik jij die voor je nieuwe kaartlezer? Ik denk dat hij maar 14 dagen geldig is.

    Bart
    '''), date='2025-02-12 12:40', rules=['password'],
     note='activation code of the bank platform forwarded internally', fmt=['plain'], group='pw')

mail('toegangen-adjunct-txt', A('dir'), A('adj'), 'toegangen', D('''
    Bart,

    In de bijlage alle toegangen die ik tot nu toe alleen had (Informat directie, AGODI/Discimus, het portaal van de verzekeraar, de camerabeelden). Graag ook op een veilige plek bewaren en het bestand daarna verwijderen.

    Hilde
    '''), atts=[('toegangen.txt', 'text/plain', D('''
    Informat (directie): hverstraeten / Dir!Spc2019kl
    Discimus: via e-ID, geen wachtwoord
    Dijlepolis schoolportaal: SPC-0231 / Verz-2024-Hv
    Camerasysteem (NVR bureau secretariaat): admin / cam3010lo
    ''').replace('\n', '\r\n'))], date='2024-09-02 19:55', rules=['password'],
     note='several platform passwords in a .txt attachment to the new deputy', fmt=['plain', 'attachment-txt'], group='pw')

mail('digitaal-examen-frans', A('adj'), A('klassenraad'), 'toegangscodes digitaal examen Frans 3de jaar', D('''
    Collega's toezichters,

    Het examen Frans (3de jaar) op woensdag 18/12 wordt afgenomen op het examenplatform. De leerlingen kunnen het examen pas openen met de toegangscode van hun lokaal. Schrijf die pas om 8u30 op het bord:

    C101: FR3-7Q2K
    C102: FR3-M8WD
    C103: FR3-4HXN

    Verlies deze mail niet, en stuur hem zeker niet door naar leerlingen!

    Bart
    '''), date='2024-12-16 15:10', rules=['password'],
     note='exam access codes that open the exam', fmt=['plain'], group='pw')

mail('smartschool-beheerder-rapporten', 'Greet Vanhoof <greet.vanhoof71@hotmail.com>', A('ict'), 'smartschool beheerder', D('''
    Hoi Pieter,

    Ik zit thuis met de kinderen (ziek) en kan niet op mijn schoolmail. Kan jij de rapporten van 2C vandaag publiceren? Ik geraak zelf niet in het beheerdersaccount. Het wachtwoord is Sm@rtSPC-2024, gebruiker greet.beheer

    Sorry voor het gedoe, morgen ben ik terug.
    Greet
    '''), date='2024-12-20 09:21', mailer='webmail', rules=['password', 'private_account'],
     note='secretary uses her private hotmail for school business and includes the admin password',
     fmt=['plain', 'private-sender'], group='pw')

mail('kan-niet-inloggen-leen', A('ict_s'), A('lva'), 'Re: kan niet meer inloggen', D('''
    Dag Leen,

    Je account was geblokkeerd na te veel foute pogingen. Ik heb je wachtwoord gereset naar Welkom123spc
    Wijzig het meteen via Ctrl-Alt-Del > Wachtwoord wijzigen.

    ICT
    '''), date='2024-10-09 08:52', reply_to_id='sintpieterscollege.be|lva-reset',
     rules=['password'], note='reset password in a helpdesk reply', fmt=['plain', 'reply'], group='pw')

mail('erasmus-visit-en', A('adj'), 'Ms Katarzyna Wójcik <k.wojcik@lo3-gdansk.edu.pl>', 'Practical information for your visit', D('''
    Dear Katarzyna,

    We are looking forward to welcoming you and your 18 pupils next Monday. A few practical things:

    - Please come to the main entrance (Diestsesteenweg) at 8.45. Rita from our reception will give the visitor badges.
    - Lunch is at 12.20 in the refectory; please let us know about allergies or vegetarians by Thursday.
    - Guest Wi-Fi for the teachers: network SPC-Gast, key Leuven#Welcome24

    See you soon!

    Best regards,
    Bart Lemmens
    Deputy head, Sint-Pieterscollege Kessel-Lo
    '''), date='2025-03-20 14:30', rules=['password'], lang='en',
     note='Wi-Fi key given to a foreign partner school (English)', fmt=['plain'], group='pw')


# ===========================================================================
# 2. look-alikes: about passwords / codes, but nothing that opens anything
# ===========================================================================

mail('wachtwoord-verloopt-binnenkort', A('ict_s'), A('personeel'), 'Je schoolwachtwoord verloopt binnenkort - zo wijzig je het', D('''
    Beste collega's,

    Vanaf dit schooljaar verloopt het wachtwoord van je schoolaccount om de 180 dagen. Bij velen onder jullie is dat eind deze maand. Je krijgt 14 dagen op voorhand een melding bij het aanmelden.

    Zo wijzig je het:
    1. Op een schoolpc: Ctrl+Alt+Del > Wachtwoord wijzigen.
    2. Thuis: ga naar https://account.activedirectory.windowsazure.com en kies "Wachtwoord wijzigen".
    3. Kies een wachtzin van minstens 14 tekens, bv. drie losse woorden met een cijfer ertussen. Gebruik niet hetzelfde wachtwoord als voor Smartschool of je privémail.

    Vergeten? Kom langs in A014 of maak een ticket aan. We vragen nooit je wachtwoord via mail of telefoon; krijg je zo'n vraag, dan is het phishing.

    ICT-team Sint-Pieterscollege
    '''), date='2025-02-24 07:45', note='explains how to change a password, contains none',
     fmt=['plain'], group='look')

sv = pupil('seppe_vandenberghe')
mail('re-zoon-kan-niet-inloggen', A('llsec'), sv['p1'], 'RE: Seppe kan niet inloggen op Smartschool', D('''
    Beste mevrouw Vandenberghe,

    Seppe kan zelf een nieuw wachtwoord aanvragen: op de aanmeldpagina van Smartschool klikt hij op "Wachtwoord vergeten?" en vult hij zijn gebruikersnaam in. Hij krijgt dan een link in zijn schoolmailbox, die hij op de iPad van school kan openen.
    Lukt dat niet, dan kan hij morgen tijdens de middagpauze langskomen op het leerlingensecretariaat; we zetten het dan samen met hem opnieuw in orde. Om veiligheidsredenen sturen wij zelf nooit wachtwoorden via mail.

    Met vriendelijke groeten
    Nadia Boukhari
    Leerlingensecretariaat
    ''') + outlook_quote('Lies Vandenberghe <%s>' % sv['p1'], 'dinsdag 8 oktober 2024 20:17', 'leerlingensecretariaat@spc.ksleuven.be',
        'Seppe kan niet inloggen op Smartschool', D('''
    Goeieavond,
    Mijn zoon Seppe (1D) kan niet meer inloggen op Smartschool, hij is zijn wachtwoord vergeten en moet zijn taak voor aardrijkskunde nog indienen. Kunnen jullie het resetten?
    Groeten
    Lies
    ''')), date='2024-10-09 08:40', about=['seppe_vandenberghe'], reply_to_id='telenet.be|seppe-login',
     note='password-reset instructions without any password; personal but not sensitive',
     fmt=['plain', 'reply'], group='look')

mail('bestelling-schoolmeubelen', A('boek'), 'Hendrickx Schoolmeubelen <orders@hendrickx-schoolmeubelen.be>', 'Bevestiging bestelling 4500231876', D('''
    Goedemorgen,

    Hierbij bevestigen wij onze bestelling van 60 leerlingenstoelen (type Flex 46, kleur antraciet) en 30 tafels.
    Ons bestelnummer: 4500231876
    Ons klantnummer bij u: 10442
    Offertenummer: OF-24-0917

    Levering graag in de week van 21 oktober, via de leveringspoort aan de achterkant. Factuur aan boekhouding@spc.ksleuven.be met vermelding van het bestelnummer.

    Met vriendelijke groeten,
    Marleen De Smedt
    Boekhouding Sint-Pieterscollege
    '''), date='2024-09-30 09:15', note='order, customer and quote numbers are not secrets',
     fmt=['plain'], group='look')

mail('examenlokalen-en-vakcodes', A('adj'), A('leerkrachten'), 'examenlokalen december', D('''
    Beste collega's,

    Kleine wijziging in de lokalenverdeling voor de examens van decmber:

    - 4WEWI en 4ECMT: niet in B204 maar in de refter (B204 wordt het lokaal voor verlengde tijd).
    - Vakcode wiskunde 5de jaar in Informat blijft WISK5-A / WISK5-B.
    - Het examenrooster met lokaalnummers staat vanaf vrijdag op Smartschool (Intradesk > Examens > Rooster_dec_v3).

    Bart
    '''), date='2024-11-28 12:10', note='room numbers and course codes only', fmt=['plain'], group='look')

mail('teams-uitnodiging-clb', A('zorg'), 'An Smolders <an.smolders@vclb-dijle.be>', 'Uitnodiging: overleg zorgbeleid 2de trimester', D('''
    Dag An,

    Zoals afgesproken plannen we ons overleg over het zorgbeleid (algemeen, geen individuele leerlingen) online.

    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of ruimteapparaat
    Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc1NWE4ZjQtN2Y5Mi00MTQ4LWE4ZjYtZDAzNjU0YmM5N2Q1%40thread.v2/0>
    Vergaderings-ID: 362 118 447 902
    Wachtwoordcode: h7Kq2R
    Meer informatie<https://aka.ms/JoinTeamsMeeting> | Opties voor vergadering
    ________________________________________________________________________________

    Tot dan!
    Sarah
    '''), date='2025-01-14 10:30', note='Teams invitation with meeting passcode (allowed by default)',
     fmt=['plain', 'meeting-invite'], group='look')

mg = pupil('matthias_geens')
mail('kopie-factuur-gestructureerde-mededeling', A('boekhouding'), mg['p1'], 'Kopie factuur Matthias Geens (4C)', D('''
    Beste heer Geens,

    Op uw vraag vindt u in bijlage een kopie van de schoolrekening van het eerste trimester voor Matthias.
    Factuurnummer: 2024/4C/0117
    Gestructureerde mededeling: +++124/0117/04578+++

    De rekening werd via Smartschool verstuurd op 12 november; u kan ze daar ook altijd terugvinden onder "Schoolrekeningen".

    Met vriendelijke groeten,
    Boekhouding Sint-Pieterscollege
    '''), atts=[('factuur-2024-4C-0117.pdf', 'application/pdf', pdf_bytes([
        'Sint-Pieterscollege Kessel-Lo - Schoolrekening 1ste trimester 2024-2025',
        'Leerling: Matthias Geens (4C)', 'Factuurnummer 2024/4C/0117',
        'Werkboeken 86,40 EUR - Kopies 18,00 EUR - Sportdag 12,00 EUR', 'Totaal 116,40 EUR',
        'Mededeling +++124/0117/04578+++'])) ],
     date='2024-11-19 11:02', about=['matthias_geens'],
     note='invoice and payment reference to the correct parent; a bill copy is not an unpaid bill',
     fmt=['plain', 'attachment-pdf'], group='look')

mail('pincode-per-brief', A('boek'), 'Penningmeester Ouderraad SPC <penningmeester@ouderraad-spc.be>', 'Re: nieuwe kaart', D('''
    Dag Wim,

    Nee, de pincode van de nieuwe kaart stuurt de bank apart per brief naar het adres van de ouderraad (jouw thuisadres dus). Die komt niet via school. Als hij er volgende week nog niet is, moet je zelf even bellen naar het kantoor in Kessel-Lo.

    Groetjes,
    Marleen
    '''), date='2024-10-10 08:20', reply_to_id='ouderraad-spc.be|kaart',
     note='mentions that a PIN will arrive by letter; contains none', fmt=['plain', 'reply'], group='look')

mail('klascode-platform', A('ldw'), A('jvr'), 'klascode voor wiskundeplatform', D('''
    Jan,

    Voor je 3B: de klascode waarmee de leerlingen zich aan jouw klas koppelen in het oefenplatform is 3B-WISK-JVR. Ze moeten dan nog wel met hun eigen Smartschool-account inloggen, de code alleen geeft geen toegang.

    Lieve
    '''), date='2024-09-11 13:45', note='class code to join a class, not a credential',
     fmt=['plain'], group='look')

mail('dpo-nooit-wachtwoorden', A('dpo'), A('personeel'), 'Herinnering: geen wachtwoorden via mail', D('''
    Beste collega's,

    De afgelopen weken kregen we twee meldingen van collega's die een wachtwoord per mail hadden doorgestuurd naar iemand die erom vroeg. In één geval ging het om phishing.

    Daarom nog eens de afspraak uit ons communicatiebeleid: verzend nooit een wachtwoord, voor eender welk platform, via e-mail of een ander berichtensysteem. Niemand van Stroom zal op die manier ooit een wachtwoord opvragen.

    Moet een collega dringend ergens toegang toe krijgen, vraag dan een eigen account aan via ict@spc.ksleuven.be. Vermoed je dat je gegevens buiten de school geraakt zijn, meld het dan meteen aan privacy@lksd.ksleuven.be.

    Met vriendelijke groeten,
    Aanspreekpunt informatieveiligheid LKSD
    '''), date='2025-03-03 08:30', note='policy reminder about passwords; none included',
     fmt=['plain'], group='look')

ey = pupil('elif_yilmaz')
mail('kluisje-nummer-waarborg', A('llsec'), ey['p1'], 'kluisje Elif', D('''
    Beste mevrouw Yilmaz,

    Elif heeft vanaf morgen kluisje 214 in blok B (naast het lokaal muzikale opvoeding). Ze haalt de sleutel (nr. 214-B) af op het leerlingensecretariaat; de waarborg van € 10 komt op de volgende schoolrekening en krijgt u terug wanneer de sleutel in juni terug binnen is.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2024-09-10 14:05', about=['elif_yilmaz'],
     note='locker and key number are not codes; not sensitive', fmt=['plain'], group='look')

ac = pupil('arthur_coppens')
mail('dossier-verzekering-bril', A('sec'), ac['p1'], 'dossiernummer verzekering bril Arthur', D('''
    Beste mevrouw Coppens,

    De verzekering heeft de aangifte voor de bril van Arthur (gebroken tijdens het voetballen op de speelplaats, gelukkig zonder kwetsuur) goed ontvangen.
    Uw dossiernummer is 2024/SO/00871. Vermeld dit nummer als u de factuur van de opticien rechtstreeks naar de verzekeraar stuurt.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat
    '''), date='2024-10-21 10:48', about=['arthur_coppens'],
     note='insurance file number for broken glasses; no injury, no secret', fmt=['plain'], group='look')

mail('authenticator-uitleg', A('ict'), A('boek'), 'Re: code voor de bank app?', D('''
    Marleen,

    Nee, die code moet je aan niemand doorgeven, ook niet aan mij. Je krijgt hem elke keer opnieuw in de Authenticator-app op je gsm; hij is maar 30 seconden geldig. Als de app vraagt "Goedkeuren?", druk dan enkel op ja als je zelf op dat moment aan het inloggen bent.

    Pieter
    '''), date='2025-02-13 09:06', reply_to_id='sintpieterscollege.be|authenticator',
     note='explains two-factor codes without giving one', fmt=['plain', 'reply'], group='look')

mail('ticket-kopieerapparaat', A('sec'), 'Service PrintPartners <service@printpartners-vlaanderen.be>', 'storing kopieerapparaat leraarskamer - ticket INC0048812', D('''
    Goedemiddag,

    Het toestel in de leraarskamer (serienummer A7PU021004523) geeft opnieuw foutcode C-2557 en trekt het papier scheef in. Ons ticketnummer bij u is INC0048812, klantnummer 30-2291.

    Kan de technieker deze week nog langskomen? Op woensdagnamiddag is er het minst volk.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat Sint-Pieterscollege
    '''), date='2025-01-15 13:30', note='ticket, serial and error codes are not secrets',
     fmt=['plain'], group='look')

nl_ = pupil('nore_lambrechts')
mail('pdf-rapport-beveiligd-uitleg', A('llsec'), nl_['p1'], 'attest Nore', D('''
    Beste mevrouw Lambrechts,

    In bijlage het attest van regelmatige inschrijving voor Nore (3A) dat u vroeg voor de sportclub. Het document is met een wachtwoord beveiligd: dat krijgt u straks apart via sms op het nummer dat bij ons gekend is.

    Met vriendelijke groeten
    Leerlingensecretariaat
    '''), atts=[('attest-inschrijving-nore.pdf', 'application/pdf', pdf_bytes([
        'ATTEST VAN INSCHRIJVING', 'Sint-Pieterscollege Kessel-Lo verklaart dat Nore Lambrechts',
        'in het schooljaar 2024-2025 regelmatig ingeschreven is in het 3de jaar (klas 3A).']))],
     date='2024-10-02 11:25', about=['nore_lambrechts'],
     note='says the password comes by sms, does not contain it; enrolment certificate is not sensitive',
     fmt=['plain', 'attachment-pdf'], group='look')

mail('lokaal-en-badge-examencommissie', A('sec'), 'Secretariaat Examencommissie <examens@ivo-leuvenoost.be>', 'Re: lokalen zaterdag 15 maart', D('''
    Goedemorgen,

    Voor de examens van zaterdag 15 maart hebben we lokalen A012 en A013 voor u gereserveerd (samen 48 plaatsen). De toezichters kunnen vanaf 8u een toegangsbadge ophalen aan het onthaal op vertoon van hun identiteitskaart; de badges werken enkel voor de A-blok.
    Wifi: de sleutel van het gastnetwerk kunnen ze ter plaatse aan het onthaal vragen.

    Met vriendelijke groeten,
    Greet Vanhoof
    '''), date='2025-03-05 08:55', reply_to_id='ivo-leuvenoost.be|lokalen',
     note='room numbers and badges; the Wi-Fi key is explicitly not in the mail', fmt=['plain', 'reply'], group='look')


# ===========================================================================
# 3. sensitive mails (correctly addressed)
# ===========================================================================

kd = pupil('kevin_dhondt')
mail('herinnering-openstaande-schoolrekening', A('boekhouding'), kd['p1'], 'Schoolrekening Kevin Dhondt (4D) - 3de herinnering', D('''
    Geachte mevrouw Dhondt,

    Uit onze boekhouding blijkt dat de schoolrekeningen van september en november voor Kevin nog niet betaald zijn. Het openstaande bedrag is € 412,60. U ontving hierover al twee herinneringen via Smartschool.

    We begrijpen dat het soms moeilijk kan zijn om alles in één keer te betalen. Daarom stellen we voor om samen een afbetalingsplan op te maken, bv. in maandelijkse schijven. U kan hiervoor een afspraak maken met mevrouw Ann Leemans van onze sociale dienst; alles wat u haar vertelt, wordt discreet behandeld.

    Zonder reactie vóór 31 januari zijn we helaas verplicht het dossier over te maken aan de directie voor verdere invordering.

    Met vriendelijke groeten,

    Marleen De Smedt
    Boekhouding Sint-Pieterscollege
    '''), date='2025-01-13 10:20', rules=['sensitive'], cats=['financial'], about=['kevin_dhondt'],
     note='unpaid bills and payment plan proposal for a named pupil', fmt=['plain'], group='sens')

dp, jp = pupil('dylan_pauwels'), pupil('jayden_pauwels')
mail('ocmw-tenlasteneming-schoolkosten', A('soc'), 'Sofie Leclercq <sofie.leclercq@ocmw-leuven.be>', 'RE: tenlasteneming schoolkosten fam. Pauwels', D('''
    Beste Sofie,

    Dank voor je bericht. We noteren dat het OCMW de schoolrekeningen van Dylan (2A) en Jayden (5D) Pauwels ten laste neemt vanaf het 2de trimester, tot een maximum van € 600 per kind voor dit schooljaar. De openstaande rekeningen van het 1ste trimester (samen € 387,20) sturen we zoals afgesproken rechtstreeks naar jullie, met vermelding van jullie dossiernummer 24/1187.

    Mevrouw Pauwels liet ook weten dat de schooltoeslag voor beide jongens nog niet betaald werd; zij gaat dat samen met jou opvolgen.

    Met vriendelijke groeten

    Ann Leemans
    Sociale dienst / leerlingenbegeleiding
    Sint-Pieterscollege Kessel-Lo
    T 016 35 12 40 (tussen 8u30 en 12u)
    ''') + outlook_quote('Sofie Leclercq <sofie.leclercq@ocmw-leuven.be>', 'vrijdag 20 december 2024 14:03',
        'Ann Leemans <ann.leemans@sintpieterscollege.be>', 'tenlasteneming schoolkosten fam. Pauwels', D('''
    Dag Ann,
    Het Bijzonder Comité heeft gisteren beslist om de schoolkosten van de kinderen van mevrouw Pauwels ten laste te nemen (leefloondossier). Kan je de facturen voortaan naar ons sturen?
    Vriendelijke groet,
    Sofie Leclercq
    maatschappelijk werker
    ''')), date='2024-12-23 09:48', reply_to_id='ocmw-leuven.be|pauwels',
     rules=['sensitive', 'personal_data'], cats=['financial'], about=['dylan_pauwels', 'jayden_pauwels'],
     note='OCMW covers school bills of two named siblings (social assistance); school phone in signature',
     fmt=['plain', 'reply'], group='sens')

mh = pupil('mariam_haddad')
mail('schooltoeslag-attest-en-rekening', A('llsec'), mh['p1'], 'attest schooltoeslag Mariam', D('''
    Beste mevrouw Haddad,

    In bijlage vindt u het attest van inschrijving dat het groeipakketfonds vraagt voor de aanvraag van de schooltoeslag voor Mariam (1C).

    Onze boekhouding laat weten dat u met de betaling van de schoolrekening van november mag wachten tot de schooltoeslag uitbetaald is, zoals u vroeg. Het bedrag (€ 143,00) blijft zolang openstaan zonder herinneringen.

    Met vriendelijke groeten,
    Nadia Boukhari
    Leerlingensecretariaat
    '''), atts=[('attest-inschrijving-haddad.pdf', 'application/pdf', pdf_bytes([
        'ATTEST VAN INSCHRIJVING', 'Mariam Haddad is ingeschreven in het 1ste jaar A-stroom, klas 1C,',
        'Sint-Pieterscollege Kessel-Lo, schooljaar 2024-2025.']))],
     date='2024-12-03 14:40', rules=['sensitive'], cats=['financial'], about=['mariam_haddad'],
     note='payment deferred until the school allowance is paid: financial situation of a named pupil',
     fmt=['plain', 'attachment-pdf'], group='sens')

rv = pupil('robbe_verbeke')
rv_rrn = rrn(11, 3, 14, 187)
mail('aangifte-schoolongeval-verzekeraar', A('sec'), 'Dijlepolis Schoolverzekeringen <schoolongevallen@dijlepolis.be>',
     'Aangifte schoolongeval - polis SO-2231 - Verbeke Robbe', D('''
    Geachte,

    Hierbij de aangifte van een schoolongeval (polis SO-2231, Sint-Pieterscollege Kessel-Lo).

    Slachtoffer: Robbe Verbeke, klas 2B
    Geboortedatum: 14/03/2011
    Rijksregisternummer: %s
    Datum en uur ongeval: dinsdag 19 november 2024, 10u35
    Plaats: sporthal, tijdens de les LO (turnen, sprong over de kast)
    Omschrijving: bij de landing verkeerd op de linkerhand gevallen. Na controle op spoed bleek het om een breuk van de pols te gaan; gips voor 5 weken, daarna kinesitherapie.
    Getuige: dhr. Stefaan De Meyer, leerkracht LO

    Het geneeskundig attest van AZ Dijlevallei en het ingevulde aangifteformulier vindt u in bijlage. De ouders werden op de hoogte gebracht en sturen de onkostenstaten rechtstreeks naar u.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat Sint-Pieterscollege
    ''' % rv_rrn), atts=[('aangifte-ongeval-verbeke.pdf', 'application/pdf', pdf_bytes([
        'AANGIFTE SCHOOLONGEVAL - polis SO-2231', 'Naam: Verbeke Robbe - klas 2B', 'Geboortedatum: 14/03/2011',
        'Rijksregisternr: ' + rv_rrn, 'Letsel: breuk linkerpols (gips 5 weken)']))],
     date='2024-11-20 11:15', rules=['sensitive', 'personal_data'], cats=['medical'], about=['robbe_verbeke'],
     note='accident declaration with injury, date of birth and national register number',
     fmt=['plain', 'attachment-pdf'], group='sens')

care_rows = [['Leerling', 'Klas', 'Maatregelen (handelingsplan)', 'Lokaal'],
             ['Emma Van Roey', '1B', 'dyslexie: voorleessoftware, 1/3 extra tijd, lettertype 14', 'B204'],
             ['Thibo Aerts', '3A', 'ADHD: aparte tafel vooraan, pauze na 50 min', 'B204'],
             ['Lucas Moens', '4B', 'ASS: vaste plaats, oordopjes toegestaan, planning vooraf', 'B204'],
             ['Zoë Hermans', '5C', 'dyscalculie: rekenmachine en formularium bij wiskunde', 'C103'],
             ['Mila Goossens', '6A', 'faalangst: examen in kleine groep, begeleiding door leerlingenbegeleiding', 'A012']]
mail('examenafspraken-zorgleerlingen-tabel', A('adj'), A('leerkrachten'), 'Examens december: redelijke aanpassingen', D('''
    Beste collega's,

    Hieronder de leerlingen met redelijke aanpassingen tijdens de examens van december. Graag rekening mee houden bij het opstellen van jullie examens (lettertype, aparte bundel, ...) en bij het toezicht.

    [[TABLE 0]]

    De volledige handelingsplannen staan in het leerlingvolgsysteem. Vragen: bij Sarah Wuyts (zorg) of bij mij.

    Bart Lemmens
    adjunct-directeur
    '''), tables=[care_rows], html=True, date='2024-11-25 16:02', rules=['sensitive'], cats=['care', 'psychosocial'],
     about=['emma_vanroey', 'thibo_aerts', 'lucas_moens', 'zoe_hermans', 'mila_goossens'],
     note='table of named pupils with learning disorders, ADHD/ASS, anxiety and their exam adjustments',
     fmt=['alt', 'table'], group='sens')

ao = pupil('adam_ouali')
mail('incident-speelplaats-schorsing', A('dir'), ao['p1'], 'Incident op de speelplaats - Adam (3D)', D('''
    Geachte mevrouw Ouali,

    Zoals ik u vanmiddag telefonisch liet weten, was Adam vandaag tijdens de middagpauze betrokken bij een vechtpartij op de speelplaats. Een medeleerling liep daarbij een bloedneus op. Volgens de getuigen en de beelden van de toezichter heeft Adam als eerste geslagen.

    In afwachting van een gesprek wordt Adam morgen en vrijdag preventief geschorst. Hij blijft die dagen thuis en krijgt via Smartschool taken van zijn leerkrachten. Ik nodig u en Adam uit voor een gesprek op maandag 18 november om 8u30 op mijn bureau, samen met de leerlingenbegeleider, dhr. Goossens.

    Ik besef dat dit geen prettig bericht is. We willen samen met u bekijken hoe we Adam kunnen helpen om in zulke situaties anders te reageren.

    Met vriendelijke groeten,

    Hilde Verstraeten
    Directeur
    '''), date='2024-11-13 17:25', rules=['sensitive'], cats=['psychosocial'], about=['adam_ouali'],
     note='behaviour incident with preventive suspension of a named pupil, to his mother', fmt=['plain'], group='sens')

mail('overlijden-vader-leerling', A('dir'), [A('ldw'), A('jvr'), A('kvb'), A('sdm')], 'Ruben Cools (4C)', D('''
    Beste collega's van 4C,

    Ik breng jullie graag persoonlijk op de hoogte: de papa van Ruben Cools is afgelopen zaterdag onverwacht overleden. Ruben blijft deze week thuis. De begrafenis is vrijdag; wie wil gaan, mag dat melden bij mij, ik zorg voor vervanging.

    Mama vraagt om het in de klas niet groots aan te kondigen, maar de klasgenoten weten het al. Wees attent de komende weken, zeker bij toetsen en deadlines. Tom Goossens volgt het op vanuit de leerlingenbegeleiding.

    Hilde
    '''), date='2025-02-03 12:30', rules=['sensitive'], cats=['family'], about=['ruben_cools'],
     note='death of a named pupil\'s father, internal to colleagues', fmt=['plain'], group='sens')

mail('pleeggezin-wijziging-adres', A('lls'), A('sec'), 'Kenzo Willems 1D - adres en contactpersonen', D('''
    Greet,

    Kan jij in Informat het adres van Kenzo Willems (1D) aanpassen? Hij is sinds maandag geplaatst in een pleeggezin (via de jeugdrechter), de familie Van Dessel in Aarschot. De mama blijft ouder 1 in Smartschool maar mag volgens de consulent geen rapporten meer op papier meekrijgen via Kenzo, enkel digitaal.
    Nieuw adres en de gegevens van de consulent heb ik in het LVS gezet, niet in deze mail.

    Bus: hij komt voortaan met lijn 35 vanuit Aarschot, dus abonnement aanpassen.

    Thx
    Nadia
    '''), date='2024-10-16 13:02', rules=['sensitive'], cats=['family'], about=['kenzo_willems'],
     note='foster placement by the youth judge of a named pupil, internal', fmt=['plain'], group='sens')

am = pupil('arne_michiels')
mail('overdracht-leerlingendossier-ass', A('lls'), 'Leerlingensecretariaat Mariaschool <secretariaat@mariaschool-aarschot.be>',
     'Overdracht dossier Arne Michiels (2D)', D('''
    Goedemiddag,

    Arne Michiels (2D) stapt na de kerstvakantie over naar jullie school. In bijlage het attest van uitschrijving en het overzicht van zijn behaalde resultaten van het eerste trimester.

    Ter info voor jullie zorgcoördinator: Arne heeft een gemotiveerd verslag (ASS) en volgde bij ons een individueel aangepast traject met extra begeleiding bij overgangsmomenten. Het CLB-dossier wordt door het CLB zelf overgedragen; de ouders gaven hun akkoord voor de overdracht van het handelingsplan, dat sturen we via Smartschool-ouderaccount mee.

    Met vriendelijke groeten,
    Nadia Boukhari
    Leerlingensecretariaat Sint-Pieterscollege
    '''), atts=[('attest-uitschrijving-michiels.pdf', 'application/pdf', pdf_bytes([
        'ATTEST VAN UITSCHRIJVING', 'Arne Michiels, klas 2D, uitgeschreven op 20/12/2024.']))],
     date='2024-12-20 11:50', rules=['sensitive'], cats=['care'], about=['arne_michiels'],
     note='transfer to another school mentioning ASS report and adapted track', fmt=['plain', 'attachment-pdf'], group='sens')

hl = pupil('hugo_lefebvre')
mail('plan-de-paiement-fr', A('boek'), hl['p1'], 'Plan de paiement - frais scolaires Hugo (3B)', D('''
    Chère Madame Lefebvre,

    Suite à notre entretien de ce matin, je vous confirme le plan de paiement pour les frais scolaires de Hugo :

    - montant total ouvert : 356,80 €
    - 8 versements mensuels de 44,60 €, le premier au plus tard le 10 février
    - communication : Lefebvre Hugo 3B - plan

    Comme convenu, le voyage scolaire à Paris (avril) reste ouvert pour Hugo ; l'association des parents prendra en charge une partie du montant. Si un versement pose problème, n'hésitez pas à me contacter avant l'échéance.

    Bien à vous,

    Marleen De Smedt
    Comptabilité - Sint-Pieterscollege Kessel-Lo
    '''), date='2025-01-28 11:35', rules=['sensitive'], cats=['financial'], about=['hugo_lefebvre'], lang='fr',
     note='payment plan and outside support for a named pupil, in French', fmt=['plain'], group='sens')

ob = pupil('olivia_brown')
mail('exam-arrangements-anxiety-en', A('adj'), ob['p1'], 'RE: Olivia - exams in June', D('''
    Dear Mr Brown,

    Thank you for your e-mail and for the letter from Olivia's psychologist. We discussed it at the pupil care meeting yesterday.

    Given her anxiety attacks during the December exams, the class council agreed on the following reasonable adjustments for June:
    - Olivia will sit her written exams in a small room (A012) with at most six pupils;
    - she may take a short break outside the room with the pupil counsellor present;
    - oral exams will be scheduled first in the morning.

    Ms Wuyts, our care coordinator, will go through this with Olivia next week. Please do not hesitate to contact me if anything changes.

    Kind regards,

    Bart Lemmens
    Deputy head
    Sint-Pieterscollege Kessel-Lo
    ''') + gt_quote('On Tue, 6 May 2025 at 21:40, James Brown <%s> wrote:' % ob['p1'], D('''
    Dear Mr Lemmens,
    As discussed with Olivia's class teacher, please find attached the letter from Dr. Peeters. We would be grateful if the school could consider some arrangements for the June exams.
    Best regards,
    James Brown
    ''')), date='2025-05-08 15:20', rules=['sensitive'], cats=['psychosocial', 'care'], about=['olivia_brown'], lang='en',
     reply_to_id='gmail.com|olivia-exams', note='anxiety attacks, psychologist letter and exam adjustments (English)',
     fmt=['plain', 'reply'], group='sens')

ld = pupil('luna_debacker')
mail('rapport-beide-ouders-vonnis', A('sec'), ld['p2'], 'RE: rapporten Luna', D('''
    Beste heer De Backer,

    Sinds de scheiding ontving u inderdaad geen rapporten meer op papier, omdat die met Luna meegaan naar het adres van mama. Volgens het vonnis dat we van uw advocaat ontvingen, hebben beide ouders het recht om geïnformeerd te worden. Ik heb daarom in Smartschool een tweede co-account voor u aangemaakt; de activatiebrief wordt naar uw adres in Heverlee gestuurd.

    Over de verblijfsregeling (week om week) werden ook de klastitularis en de busbegeleider op de hoogte gebracht, zodat Luna op maandagen bij u kan opgehaald worden.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat
    ''') + outlook_quote('Stijn De Backer <%s>' % ld['p2'], 'zondag 29 september 2024 22:10', 'secretariaat@spc.ksleuven.be',
        'rapporten Luna', D('''
    Goedenavond,
    Ik ben de vader van Luna (1A). Ik heb het eerste rapport niet gekregen. Mijn ex-vrouw geeft niets door. Hoe kan ik ook alles ontvangen?
    Stijn De Backer
    ''')), date='2024-09-30 10:05', rules=['sensitive'], cats=['family'], about=['luna_debacker'],
     reply_to_id='gmail.com|rapporten-luna', note='divorce, court judgment and custody arrangement of a named pupil, to her father',
     fmt=['plain', 'reply'], group='sens')

wd = pupil('warre_daems')
mail('terugbetaling-abonnement-ziekenhuis', A('llsec'), wd['p1'], 'terugbetaling busabonnement Warre', D('''
    Beste mevrouw Daems,

    Goed nieuws: De Lijn heeft de terugbetaling voor het schoolabonnement van Warre (3A) goedgekeurd voor de periode dat hij in het ziekenhuis lag na zijn operatie (6 weken, van 4 november tot 13 december). Het bedrag van € 48,50 wordt verrekend op de volgende schoolrekening.

    We hopen dat het revalideren goed verloopt. Hij mag de lessen LO voorlopig volgen als scheidsrechter, zoals het attest van de chirurg vraagt.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2025-01-17 13:42', rules=['sensitive'], cats=['medical'], about=['warre_daems'],
     note='administrative refund that mentions hospitalisation and surgery of a named pupil',
     fmt=['plain'], group='sens')

sj = pupil('senne_jorissen')
mail('politie-verhoor-gsm-diefstal', A('dir'), sj['p1'], 'Senne - contact met de politie', D('''
    Geachte heer Jorissen,

    De lokale politie Leuven heeft ons vandaag laten weten dat Senne volgende week verhoord wordt in verband met de diefstal van gsm's uit de kleedkamers van de sporthal. Zij vroegen de school om een verklaring over de afwezigheden van Senne op 4 en 5 maart.

    Los van het politieonderzoek nemen wij als school nog geen tuchtmaatregel. Ik wil u en Senne wel vragen om op donderdag 13 maart om 16u langs te komen voor een gesprek.

    Met vriendelijke groeten,

    Hilde Verstraeten
    Directeur
    '''), date='2025-03-10 16:50', rules=['sensitive'], cats=['psychosocial'], about=['senne_jorissen'],
     note='police questioning of a named pupil about theft', fmt=['plain'], group='sens')

fh_ = pupil('fien_huybrechts')
mail('pestaanpak-gestart', A('llb'), fh_['p1'], 'Re: Fien wordt gepest', D('''
    Beste mevrouw Huybrechts,

    Bedankt om ons meteen te verwittigen. Ik heb vandaag met Fien gepraat; ze vertelde openhartig over de berichten in de klasgroep en het uitlachen in de refter. Ze was opgelucht dat ze het kon vertellen.

    We starten met de No Blame-aanpak: ik praat deze week met een steungroep van klasgenoten, zonder dat er iemand gestraft wordt. Over twee weken bekijk ik samen met Fien of het beter gaat. Als ze het tussendoor moeilijk heeft, mag ze altijd naar mijn bureau (B012) komen, ook tijdens de les.

    Met vriendelijke groeten,
    Tom Goossens
    Leerlingenbegeleider
    ''') + gt_quote('Op zo 24 nov 2024 om 20:33 schreef Ann Huybrechts <%s>:' % fh_['p1'], D('''
    Beste meneer Goossens,
    Fien komt al een paar weken huilend thuis. Ze wordt in de klas uitgelachen en er worden foto's van haar doorgestuurd in een groepschat. Ze wil niet meer naar school. Wat kunnen we doen?
    Ann
    ''')), date='2024-11-25 15:55', rules=['sensitive'], cats=['psychosocial'], about=['fien_huybrechts'],
     reply_to_id='telenet.be|fien-pesten', note='a named pupil is being bullied; anti-bullying approach described',
     fmt=['plain', 'reply'], group='sens')

dn = pupil('dries_nijs')
mail('verontrustende-afwezigheden-clb', A('lls'), 'An Smolders <an.smolders@vclb-dijle.be>', 'Dries Nijs 4D - problematische afwezigheden', D('''
    Dag An,

    Zoals afgesproken bij problematische afwezigheden: Dries Nijs (4D) heeft intussen 34 halve dagen B-code (niet gewettigd) sinds september. Mama geeft telefonisch aan dat hij 's ochtends niet uit bed te krijgen is en "bang is voor de school", maar ze wil niet dat we de huisarts contacteren.

    Kan jij het dossier opnemen (begeleidingstraject spijbelen)? Het overzicht van de afwezigheden uit Informat zit in bijlage.

    Groeten
    Nadia
    '''), atts=[('afwezigheden-nijs-dries.csv', 'text/csv', '\ufeffDatum;Voormiddag;Namiddag\r\n' + '\r\n'.join(
        '%s;%s;%s' % (d, a, b) for d, a, b in [('07/10/2024', 'B', 'B'), ('08/10/2024', 'B', ''), ('14/10/2024', 'B', 'B'),
                                              ('04/11/2024', 'B', 'B'), ('05/11/2024', 'B', 'B'), ('18/11/2024', 'B', ''),
                                              ('02/12/2024', 'B', 'B'), ('03/12/2024', 'B', 'B')]) + '\r\n')],
     date='2024-12-05 10:10', rules=['sensitive'], cats=['care', 'psychosocial'], about=['dries_nijs'],
     note='problematic absences referred to the CLB, school anxiety of a named pupil',
     fmt=['plain', 'attachment-csv'], group='sens')

lk = pupil('lina_kaya')
mail('notenallergie-epipen', A('llsec'), lk['p1'], 'allergie Lina - medicatieformulier', D('''
    Beste mevrouw Kaya,

    Bedankt voor de informatie over de notenallergie van Lina (1A). We hebben dit genoteerd in haar leerlingendossier en de keuken van de refter is verwittigd.

    Voor de EpiPen die Lina in haar boekentas heeft en de reserve-pen op het secretariaat, hebben we nog het formulier "medicatie op school" nodig, ingevuld en ondertekend door de behandelende arts. U vindt het in bijlage.

    Voor de uitstap naar Technopolis in maart nemen de begeleidende leerkrachten de reserve-pen mee.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), atts=[('formulier-medicatie-op-school.pdf', 'application/pdf', pdf_bytes([
        'FORMULIER MEDICATIE OP SCHOOL', 'In te vullen door de behandelende arts.', 'Naam leerling: ...',
        'Naam geneesmiddel: ...   Dosis: ...   Tijdstip: ...']))],
     date='2024-09-24 09:33', rules=['sensitive'], cats=['medical'], about=['lina_kaya'],
     note='nut allergy and EpiPen of a named pupil', fmt=['plain', 'attachment-pdf'], group='sens')

ml = pupil('margaux_leroy')
mail('delf-amenagement-dyslexie-fr', A('adj'), 'Centre d\'examen DELF <inscriptions@delf-brabant.be>', 'Demande d\'aménagement - candidate Margaux Leroy', D('''
    Madame, Monsieur,

    Notre élève Margaux Leroy (6e année) est inscrite à la session DELF B2 du 17 mai. Margaux présente une dyslexie et une dysorthographie diagnostiquées; à l'école, elle bénéficie d'un temps supplémentaire d'un tiers et d'une police de caractères agrandie.

    Pourriez-vous nous indiquer la procédure pour demander les mêmes aménagements pour l'examen ? Le rapport du logopède peut vous être transmis sur demande.

    Avec nos salutations distinguées,

    Bart Lemmens
    Directeur adjoint
    Sint-Pieterscollege Kessel-Lo
    '''), date='2025-03-14 11:22', rules=['sensitive'], cats=['care'], about=['margaux_leroy'], lang='fr',
     note='learning disorder and adjustments of a named pupil sent to an exam centre, in French', fmt=['plain'], group='sens')

unpaid = [('kevin_dhondt', '412,60', '3', 'afbetalingsplan voorgesteld'),
          ('dylan_pauwels', '201,40', '1', 'OCMW neemt over'), ('jayden_pauwels', '185,80', '1', 'OCMW neemt over'),
          ('hugo_lefebvre', '356,80', '2', 'plan 8 x 44,60'), ('jelle_bosmans', '322,00', '3', 'geen reactie, brief directie?'),
          ('aylin_demir', '298,15', '2', 'mama leefloon, sociale dienst')]
unpaid_rows = [['Leerling', 'Klas', 'Openstaand (EUR)', 'Herinneringen', 'Opmerking']] + [
    ['%s %s' % (pupil(k)['first'], pupil(k)['last']), pupil(k)['klas'], a, n, o] for k, a, n, o in unpaid]
unpaid_body = D('''
    Hilde,

    Zoals gevraagd het overzicht van de openstaande schoolrekeningen boven € 150 op 31/01:

    [[TABLE 0]]

    Voor Jelle Bosmans stel ik voor dat jij een brief stuurt, ik heb al drie keer niets gehoord. Bij de anderen loopt er iets.

    Marleen
    ''')
mail('openstaande-rekeningen-overzicht', A('boek'), A('dir'), 'openstaande schoolrekeningen > 150 euro', unpaid_body,
     tables=[unpaid_rows], html=True, date='2025-02-03 08:40', rules=['sensitive'], cats=['financial'],
     about=[k for k, *_ in unpaid], note='internal table of named pupils with unpaid bills, OCMW and social benefits',
     fmt=['alt', 'table'], group='sens')

mail('fw-openstaande-rekeningen-thuis', A('boek'), 'marleen.desmedt67@gmail.com', 'TR: openstaande schoolrekeningen > 150 euro', D('''
    om thuis verder te werken

    -----Oorspronkelijk bericht-----
    Van: Marleen De Smedt <marleen.desmedt@sintpieterscollege.be>
    Verzonden: maandag 3 februari 2025 8:40
    Aan: Hilde Verstraeten <hilde.verstraeten@sintpieterscollege.be>
    Onderwerp: openstaande schoolrekeningen > 150 euro

    ''') + plain_tables(unpaid_body, [unpaid_rows]),
     date='2025-02-03 17:12', rules=['sensitive', 'private_account'], cats=['financial'], about=[k for k, *_ in unpaid],
     note='accountant forwards the unpaid-bills list to her own gmail', fmt=['plain', 'forward', 'private-recipient'], group='sens')

kg = pupil('kelly_geerts')
mail('zwangerschap-afspraken-afwezigheid', A('adj'), kg['p1'], 'Afspraken rond de afwezigheid van Kelly', D('''
    Beste mevrouw Geerts,

    Dank u voor het gesprek van gisteren samen met Kelly. Ik vat de afspraken nog even samen:

    - Kelly is uitgerekend begin mei. Vanaf half april volgt ze enkel nog de voormiddagen, zoals haar gynaecoloog adviseert.
    - Haar afwezigheden rond de bevalling worden gewettigd met een medisch attest; de klassenraad beslist in juni over alternatieve evaluatie voor de vakken die ze mist.
    - Via TOAH (tijdelijk onderwijs aan huis) kan ze na de bevalling 4 lesuren per week thuis les krijgen. De aanvraag doen we samen met u in maart.

    Kelly kan voor alles terecht bij mevrouw Wuyts. We wensen haar veel moed en sterkte.

    Met vriendelijke groeten,
    Bart Lemmens
    adjunct-directeur
    '''), date='2025-02-19 12:15', rules=['sensitive'], cats=['medical', 'care'], about=['kelly_geerts'],
     note='pregnancy of a named pupil and home-tuition arrangements', fmt=['plain'], group='sens')

yb = pupil('yasmine_bouzid')
mail('toah-ziekenhuisschool', A('zorg'), [A('ldw'), A('jvr'), A('kvb'), A('lva')], 'Yasmine Bouzid (5B) - TOAH vanaf maandag', D('''
    Dag collega's van 5B,

    Yasmine wordt morgen opnieuw opgenomen voor haar behandeling (oncologie, verwachte duur 8 tot 10 weken). Ze volgt in die periode les in de ziekenhuisschool en krijgt daarnaast 4 uur TOAH per week.

    Vraag: kunnen jullie tegen vrijdag in de gedeelde map "5B - Yasmine" zetten wat ze de komende weken minimaal moet kennen? De leerkrachten van de ziekenhuisschool nemen dat dan door.
    Niets over doorvertellen aan de klas, Yasmine vertelt het zelf wanneer ze er klaar voor is.

    Bedankt!
    Sarah
    '''), date='2025-01-29 16:45', rules=['sensitive'], cats=['medical', 'care'], about=['yasmine_bouzid'],
     note='hospital treatment and hospital-school/TOAH of a named pupil, internal', fmt=['plain'], group='sens')

sh = pupil('stan_heylen')
excl_text = D('''
    Betreft: opstart tuchtprocedure met het oog op definitieve uitsluiting - Stan Heylen (4D)

    Geachte heer Heylen,

    Hierbij deel ik u mee dat ik beslist heb een tuchtprocedure op te starten met het oog op een definitieve uitsluiting van uw zoon Stan. Aanleiding is het incident van 12 februari, waarbij Stan een leerkracht bedreigde en de deur van lokaal C204 vernielde, na eerdere schriftelijke verwittigingen op 8 oktober en 9 december.

    In afwachting van de beslissing wordt Stan preventief geschorst vanaf 14 februari. U kan het tuchtdossier inkijken op het secretariaat. U, Stan en eventueel een vertrouwenspersoon worden gehoord op dinsdag 25 februari om 10u.

    Met vriendelijke groeten,

    Hilde Verstraeten
    Directeur
''')
mail('tuchtprocedure-definitieve-uitsluiting', A('directie'), sh['p1'], 'Aangetekend schrijven: opstart tuchtprocedure', D('''
    Geachte heer Heylen,

    Zoals telefonisch besproken vindt u in bijlage de brief over de tuchtprocedure van Stan. Het origineel werd vandaag ook aangetekend verstuurd.

    Met vriendelijke groeten,
    Directie Sint-Pieterscollege
    '''), atts=[('brief-tuchtprocedure-heylen.pdf', 'application/pdf', pdf_bytes(excl_text.split('\n')))],
     date='2025-02-13 15:30', rules=['sensitive'], cats=['psychosocial'], about=['stan_heylen'],
     note='disciplinary procedure with a view to expulsion; the facts are in the attached letter', fmt=['plain', 'attachment-pdf'], group='sens')

vl = pupil('vic_lauwers')
mail('hersenschudding-lo-vrijstelling', A('llsec'), vl['p1'], 'RE: attest Vic', D('''
    Dag mevrouw Lauwers,

    Het attest is goed ontvangen, bedankt. We hebben de afwezigheid van maandag en dinsdag gewettigd. De leerkracht LO weet dat Vic door de hersenschudding de komende twee weken niet mag sporten en ook geen schermwerk langer dan 20 minuten; hij mag tijdens LO in de studie zitten.

    Beterschap aan Vic!

    Groeten
    Leerlingensecretariaat
    ''') + outlook_quote('Sarah Lauwers <%s>' % vl['p1'], 'dinsdag 21 januari 2025 7:48', 'leerlingensecretariaat@spc.ksleuven.be',
        'attest Vic', D('''
    Goedemorgen, in bijlage het attest van de spoed. Vic is zaterdag gevallen met de fiets. Hij komt morgen terug naar school.
    Sarah
    ''')), date='2025-01-21 09:20', rules=['sensitive'], cats=['medical'], about=['vic_lauwers'],
     reply_to_id='gmail.com|attest-vic', note='concussion and sports exemption of a named pupil',
     fmt=['plain', 'reply'], group='sens')

jc = pupil('jana_celis')
mail('clb-melding-huiselijk-geweld', A('zorg'), [A('dir'), A('llb')], 'VERTROUWELIJK - Jana Celis 3B', D('''
    Hilde, Tom,

    Het CLB (An Smolders) belde: er is een melding binnengekomen van vermoedelijk huiselijk geweld in het gezin van Jana Celis (3B). Vertrouwenscentrum Kindermishandeling is ingeschakeld. Jana heeft zelf aan de CLB-medewerker verteld dat papa 's avonds vaak agressief is en dat ze soms bij haar oma slaapt.

    Afspraak: niemand spreekt Jana er zelf over aan, en bij blauwe plekken of opvallend gedrag meteen melden aan mij of Tom. Niets in Smartschool-berichten aub, alleen in het LVS (besloten).

    Sarah
    '''), date='2025-03-06 13:10', rules=['sensitive'], cats=['family'], about=['jana_celis'],
     note='suspected domestic violence in the family of a named pupil, internal', fmt=['plain'], group='sens')

ec = pupil('ethan_clarke')
mail('outstanding-balance-divorce-en', A('boek'), ec['p1'], 'Outstanding school fees - Ethan Clarke (4A)', D('''
    Dear Mr Clarke,

    I am contacting you about the school fees for Ethan. Since the separation last summer, the invoices have been sent to Ms Vandenbroeck, Ethan's mother, as she is registered as the first contact. She informed us that, according to the agreement between you, the school costs are to be paid by you, and that she is no longer in a position to pay them herself.

    The outstanding amount for the first and second term is EUR 509.30. Could you let us know whether you agree to pay this amount, or whether we should continue sending the invoices to Ms Vandenbroeck? If it helps, a payment plan is possible.

    Kind regards,

    Marleen De Smedt
    Accounts office, Sint-Pieterscollege Kessel-Lo
    '''), date='2025-02-26 10:05', rules=['sensitive'], cats=['financial', 'family'], about=['ethan_clarke'], lang='en',
     note='unpaid fees and separated parents\' arrangement for a named pupil (English)', fmt=['plain'], group='sens')

tb = pupil('tuur_bogaerts')
mail('logopedie-tijdens-lesuren', A('sec'), tb['p1'], 'logopedie Tuur op dinsdag', D('''
    Beste mevrouw Bogaerts,

    De directie gaat akkoord dat Tuur op dinsdag het 6de lesuur de school verlaat voor zijn logopedie (behandeling dyslexie en dysorthografie), tot de paasvakantie. Zoals de regel is, hebben we wel het voorschrift van de arts en de toestemming van de mutualiteit nodig; kan u die via Smartschool of op papier bezorgen?

    Tuur meldt zich telkens af op het secretariaat voor hij vertrekt.

    Met vriendelijke groeten
    Greet Vanhoof
    '''), date='2024-10-03 10:27', rules=['sensitive'], cats=['care'], about=['tuur_bogaerts'],
     note='speech therapy for dyslexia of a named pupil during school hours', fmt=['plain'], group='sens')

lv = pupil('lieze_verhaegen')
mail('re-attest-psychiater-depressie', A('lls'), lv['p1'], 'RE: afwezigheid Lieze', D('''
    Beste meneer Verhaegen,

    Het attest van de psychiater is goed toegekomen. Lieze is gewettigd afwezig tot en met 28 februari.
    Ik heb de klastitularis en mevrouw Wuyts laten weten dat Lieze wegens haar depressie voorlopig thuis blijft, verder niemand. Mevrouw Wuyts neemt volgende week contact met u op om te bekijken hoe Lieze na de krokusvakantie stap voor stap kan terugkomen.

    Veel sterkte,
    Nadia Boukhari
    Leerlingensecretariaat
    ''') + outlook_quote('Marc Verhaegen <%s>' % lv['p1'], 'maandag 3 februari 2025 19:20', 'leerlingensecretariaat@spc.ksleuven.be',
        'afwezigheid Lieze', D('''
    Geachte,
    Lieze zal de komende weken niet naar school kunnen komen. In bijlage het attest van dr. Claeys. Graag discreet behandelen.
    Marc Verhaegen
    ''')), date='2025-02-04 08:50', rules=['sensitive'], cats=['psychosocial', 'medical'], about=['lieze_verhaegen'],
     reply_to_id='skynet.be|lieze', note='depression and psychiatrist certificate of a named pupil',
     fmt=['plain', 'reply'], group='sens')

mail('aandachtspunt-2d-cp1252', A('llb'), A('klassenraad'), 'aandachtspunt 2D', D('''
    Collega's,

    Even ter info na de klassenraad van gisteren: de leerling uit 2D die vorige week naar de leerlingenbegeleiding doorverwezen werd, blijkt zichzelf te snijden (armen). Er is contact met de ouders en het CLB, ze wordt opgevolgd door een psycholoog.

    Wat jullie kunnen doen: lange mouwen niet bespreken, wel alert zijn bij LO en zwemmen, en bij twijfel meteen mij of Sarah verwittigen. Geen verhalen in de leraarskamer aub.

    Tom Goossens
    leerlingenbegeleiding
    '''), charset='windows-1252', date='2025-03-18 12:40', rules=['sensitive'], cats=['psychosocial'], about=[],
     note='self-harm of one clearly identifiable pupil ("de leerling uit 2D die ..."), unnamed so no roster id',
     fmt=['plain-cp1252'], group='sens')

ta = pupil('thibo_aerts')
mail('rilatine-secretariaat', A('llsec'), ta['p1'], 'medicatie Thibo', D('''
    Beste mevrouw Aerts,

    Thibo vertelde vandaag dat zijn doosje Rilatine op het secretariaat bijna leeg is (nog 3 tabletten). Kan u een nieuw doosje meegeven? Volgens het medicatieformulier neemt hij die om 12u15 in bij ons.

    Ook nog: het handelingsplan voor zijn ADHD wordt op 14 november besproken op het MDO, u bent van harte welkom om 16u.

    Vriendelijke groeten,
    Rita Moens
    Onthaal / leerlingensecretariaat
    '''), date='2024-11-04 13:05', rules=['sensitive'], cats=['medical', 'care'], about=['thibo_aerts'],
     note='ADHD medication and care plan of a named pupil', fmt=['plain'], group='sens')

jb = pupil('jelle_bosmans')
mail('ouderraad-solidariteitsfonds-skireis', A('boek'), 'Penningmeester Ouderraad SPC <penningmeester@ouderraad-spc.be>', 'solidariteitsfonds skireis', D('''
    Dag Wim,

    Zoals besproken op de vergadering van de ouderraad: de sociale dienst vraagt een tussenkomst uit het solidariteitsfonds voor de skireis van het 4de jaar voor Kevin Dhondt (4D) en voor Jelle Bosmans (3D, gaat mee met de broers en zussen-regeling). Beide gezinnen hebben nog openstaande schoolrekeningen en kunnen de € 680 niet betalen.

    Voorstel: het fonds betaalt 50 %, de school draagt 25 % en het gezin 25 % in schijven. Kan jij dit in de kas voorzien? Graag de namen niet in het verslag van de ouderraad zetten.

    Groetjes,
    Marleen
    '''), date='2024-12-10 14:55', rules=['sensitive'], cats=['financial'], about=['kevin_dhondt', 'jelle_bosmans'],
     note='solidarity fund support for two named pupils with unpaid bills, to the parents association treasurer',
     fmt=['plain'], group='sens')

mail('certificat-fracture-cheville-fr', A('llsec'), cl['p1'], 'RE: absence de Camille', D('''
    Chère Madame Lambert,

    Nous avons bien reçu le certificat médical : Camille est dispensée d'éducation physique pendant six semaines à cause de la fracture de la cheville. Comme elle se déplace avec des béquilles, elle peut utiliser l'ascenseur du bloc B ; la clé est disponible à l'accueil.

    Nous lui souhaitons un prompt rétablissement.

    Bien cordialement,
    Secrétariat des élèves
    ''') + gt_quote('Le lun. 13 janv. 2025 à 07:55, V. Lambert <%s> a écrit :' % cl['p1'], D('''
    Bonjour,
    Camille s'est cassé la cheville au ski. Vous trouverez le certificat en pièce jointe. Elle revient mercredi.
    Merci,
    Valérie Lambert
    ''')), date='2025-01-13 11:40', rules=['sensitive'], cats=['medical'], about=['camille_lambert'], lang='fr',
     reply_to_id='skynet.be|camille-cheville', note='ankle fracture and PE exemption of a named pupil (French)',
     fmt=['plain', 'reply'], group='sens')

nv = pupil('niels_vanderlinden')
mail('nieuwe-leerlingenkaart-na-incident', A('lls'), nv['p1'], 'leerlingenkaart Niels', D('''
    Beste mevrouw Vanderlinden,

    Niels mag vanaf maandag een nieuwe leerlingenkaart afhalen op het leerlingensecretariaat (kostprijs € 5, komt op de schoolrekening). Zijn vorige kaart werd ingehouden na het incident met cannabis op de speelplaats, waarvoor hij 3 dagen geschorst werd; die schorsing is intussen voorbij en het volgcontract met de leerlingenbegeleiding loopt.

    Met de nieuwe kaart kan hij opnieuw 's middags de school verlaten, zoals u in het begin van het jaar toeliet.

    Met vriendelijke groeten,
    Nadia Boukhari
    '''), date='2025-03-21 10:18', rules=['sensitive'], cats=['psychosocial'], about=['niels_vanderlinden'],
     note='card mail that mentions a drugs incident and suspension of a named pupil', fmt=['plain'], group='sens')

zh = pupil('zoe_hermans')
mail('klassenraad-zoe-handelingsplan', A('dir'), zh['p1'], 'RE: klassenraad Zoë', D('''
    Beste mevrouw Hermans,

    Op de klassenraad van gisteren werd het handelingsplan van Zoë geëvalueerd. De maatregelen voor haar dyscalculie (rekenmachine, formularium, extra tijd bij wiskunde en fysica) blijven behouden. Omdat haar resultaten voor wiskunde toch achteruitgaan, stelt de klassenraad voor om het CLB opnieuw te betrekken en een bijkomend onderzoek te bekijken.

    Ik zet mevrouw Smolders van het CLB in kopie, zodat zij rechtstreeks een afspraak met u kan maken.

    Met vriendelijke groeten,
    Hilde Verstraeten
    Directeur
    '''), cc=['An Smolders <an.smolders@vclb-dijle.be>'], date='2025-03-27 09:30', rules=['sensitive', 'bcc'],
     cats=['care'], about=['zoe_hermans'], reply_to_id='icloud.com|zoe-klassenraad',
     note='dyscalculia care plan and CLB follow-up; parent and external CLB worker visible to each other in To/CC',
     fmt=['plain', 'reply'], group='sens')

bj = pupil('bram_janssens')
mail('afbetalingsplan-bevestiging-iban', A('boek'), bj['p1'], 'Bevestiging afbetalingsplan Bram', D('''
    Beste mevrouw Janssens,

    Zoals afgesproken aan de telefoon bevestig ik het afbetalingsplan voor de openstaande schoolrekeningen van Bram (2B), in totaal € 275,00:

    - 5 maandelijkse schijven van € 55,00, telkens voor de 5de van de maand, te beginnen in maart
    - op rekening %s (Sint-Pieterscollege)
    - mededeling: "Janssens Bram afbetaling"

    Zolang de schijven betaald worden, krijgt u geen herinneringen meer. Mocht het een maand niet lukken, laat het mij dan gewoon weten.

    Met vriendelijke groeten,
    Marleen De Smedt
    Boekhouding
    ''' % SCHOOL_IBAN), date='2025-02-21 11:48', rules=['sensitive', 'personal_data'], cats=['financial'],
     about=['bram_janssens'], note='payment plan of a named pupil to the correct Janssens address; school IBAN',
     fmt=['plain'], group='sens')

mw = pupil('mats_wijns')
mail('epilepsie-examen-apart-lokaal', A('adj'), [A('kvb'), A('sdm')], 'toezicht Mats Wijns 6A - epilepsie', D('''
    Karen, Stefaan,

    Jullie hebben toezicht in A011 waar Mats Wijns (6A) zijn examens apart aflegt. Mats heeft epilepsie; onder stress is de kans op een aanval groter.

    Bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren. Duurt het langer dan 5 minuten, dan de noodmedicatie (Buccolam, ligt in de EHBO-koffer in A011) toedienen en 112 bellen. Het secretariaat verwittigt de ouders.

    Het protocol van de neuroloog ligt in de map op de lessenaar.

    Bedankt,
    Bart
    '''), date='2025-06-05 14:20', rules=['sensitive'], cats=['medical'], about=['mats_wijns'],
     note='epilepsy and emergency medication of a named pupil, internal', fmt=['plain'], group='sens')

fj = pupil('febe_janssen')
mail('snapchat-pesten-b64', A('llb'), fj['p1'], 'Febe en de berichten op Snapchat', D('''
    Beste mevrouw Janssen,

    Febe kwam deze middag naar mij met de berichten die ze de afgelopen week op Snapchat kreeg van enkele leerlingen uit het 4de jaar. Het gaat om beledigingen over haar uiterlijk en een bewerkte foto die rondgestuurd werd. Ze was erg aangeslagen.

    We hebben de screenshots bewaard (Febe stuurde ze door) en ik spreek morgen met de betrokken leerlingen. Omdat de foto verspreid werd, overweegt de directie ook melding bij de politie. Ik hou u op de hoogte en bel u morgen na 16u.

    Met vriendelijke groeten,
    Tom Goossens
    Leerlingenbegeleider
    '''), cte='base64', date='2025-04-29 15:45', rules=['sensitive'], cats=['psychosocial'], about=['febe_janssen'],
     note='cyberbullying of a named pupil, sent to the correct Janssen parent; base64 body',
     fmt=['plain-base64'], group='sens')

lp = pupil('lotte_peeters')
mail('contactverbod-vader-ophalen', A('sec'), [A('rita'), A('ldw')], 'Lotte Peeters 3B - NIET meegeven met papa', D('''
    Rita, Lieve,

    Mama van Lotte (3B) belde net. Ze zitten in een vechtscheiding en er is sinds vrijdag een voorlopig contactverbod voor papa (vonnis volgt nog). Lotte mag dus NIET meegegven worden als meneer Peeters haar aan de schoolpoort of aan het onthaal komt ophalen.
    Als hij toch komt: vriendelijk blijven, directie verwittigen, niet discussiëren.

    Greet
    ''') + IPHONE, date='2025-01-06 08:14', mailer='iphone', rules=['sensitive'], cats=['family'], about=['lotte_peeters'],
     note='custody conflict and contact ban for the father of a named pupil, phone mail to colleagues',
     fmt=['phone'], group='sens')


# ===========================================================================
# 4. misdirected mails (recipient): about pupil X, sent only to parents of another pupil
# ===========================================================================

mail('afwezigheid-lotte-peeters', A('llsec'), par('lore_peeters'), 'Afwezigheid Lotte Peeters (3B) - verklaring ouders', D('''
    Beste mevrouw Peeters,

    Lotte Peeters (3B) was vrijdagnamiddag 14 maart afwezig. Wij ontvingen hiervoor nog geen verklaring.

    U kan als ouder zelf maximaal 4 keer per schooljaar een korte afwezigheid wettigen met een ondertekende verklaring (strookje achteraan in de schoolagenda, of via Smartschool > Formulieren > Afwezigheid). Graag tegen woensdag, anders wordt de afwezigheid als niet gewettigd (B-code) geregistreerd.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2025-03-17 11:05', rules=['recipient'], about=['lotte_peeters'], mis=True,
     note='about Lotte Peeters (3B) but sent to the mother of Lore Peeters (3D), another Peeters family',
     fmt=['plain'], group='mis')

mail('afbetaling-bram-april', A('boek'), par('febe_janssen'), 'Afbetalingsplan Bram - schijf april', D('''
    Beste mevrouw Janssens,

    Ik stel vast dat de schijf van april (€ 55,00) van het afbetalingsplan voor Bram nog niet op onze rekening staat. Waarschijnlijk is het gewoon vergeten; wilt u ze nog overschrijven met de mededeling "Janssens Bram afbetaling"?

    Als het deze maand financieel niet lukt, laat het mij dan weten, dan schuiven we het plan een maand op.

    Met vriendelijke groeten,
    Marleen De Smedt
    Boekhouding
    '''), date='2025-04-09 09:20', rules=['sensitive', 'recipient'], cats=['financial'], about=['bram_janssens'], mis=True,
     note='payment plan of Bram Janssens sent by autocomplete to an.janssen@ (mother of Febe Janssen) instead of an.janssens@',
     fmt=['plain'], group='mis')

md = pupil('milan_declercq')
mail('mutualiteitsformulier-milan', A('sec'), par('sara_declercq'), 'RE: schoolfoto\'s', D('''
    Beste meneer De Clercq,

    In bijlage het formulier voor de mutualiteit voor het ongeval van Milan (1A) van vorige week. Volgens het verslag van de spoed gaat het om een verstuikte enkel met een scheurtje in het kuitbeen; u mag de rekeningen van de spoed en de kinesist samen met dit formulier naar de verzekering van de school sturen.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat
    ''') + outlook_quote('Marc Declercq <%s>' % par('sara_declercq'), 'woensdag 2 oktober 2024 18:40', 'secretariaat@spc.ksleuven.be',
        'schoolfoto\'s', D('''
    Goedenavond,
    Weet u wanneer de schoolfoto's geleverd worden? We hebben er nog niets van gezien.
    Mvg
    Marc Declercq
    ''')), atts=[('formulier-mutualiteit-ongeval.pdf', 'application/pdf', pdf_bytes([
        'GENEESKUNDIG GETUIGSCHRIFT - SCHOOLONGEVAL', 'Slachtoffer: Milan De Clercq (1A)',
        'Letsel: distorsie enkel rechts, fissuur fibula']))],
     date='2024-10-14 14:22', rules=['sensitive', 'recipient'], cats=['medical'], about=['milan_declercq'], mis=True,
     reply_to_id='telenet.be|schoolfotos', note='accident file of Milan De Clercq sent as reply in the thread of Sara Declercq\'s father',
     fmt=['plain', 'reply', 'attachment-pdf'], group='mis')

mail('kaart-noah-maes', A('lls'), par('noah_mertens'), 'leerlingenkaart Noah', D('''
    Dag mevrouw,

    De nieuwe leerlingenkaart van Noah Maes (2A) is klaar, hij mag ze morgen tijdens de speeltijd komen halen op het leerlingensecretariaat. De kost van € 5 voor de vervangkaart komt op de volgende schoolrekening.

    Groetjes
    Nadia
    Leerlingensecretariaat
    '''), date='2024-10-22 15:41', rules=['recipient'], about=['noah_maes'], mis=True,
     note='about Noah Maes (2A), sent to the mother of the other Noah (Noah Mertens, 2C)', fmt=['plain'], group='mis')

mail('examenregeling-emma-wouters', A('zorg'), par('finn_maes'), 'Examenregeling Emma', D('''
    Beste mevrouw Wouters,

    Zoals besproken op het oudercontact bevestig ik de maatregelen voor Emma Wouters (3A) tijdens de examens van juni, in het kader van haar dyslexie:
    - examens in lokaal B204 met verlengde tijd (1/3 extra);
    - voorleessoftware bij talen en geschiedenis;
    - geen aftrek voor spelfouten, behalve bij Nederlands.

    Emma mag mij altijd aanspreken als er iets niet duidelijk is.

    Met vriendelijke groeten,
    Sarah Wuyts
    Zorgcoördinator
    '''), date='2025-05-20 10:35', rules=['sensitive', 'recipient'], cats=['care'], about=['emma_wouters'], mis=True,
     note='dyslexia arrangements of Emma Wouters sent to k.wouters@ (mother of Finn Maes), not to Emma\'s parents',
     fmt=['plain'], group='mis')

mail('abonnement-amir', A('llsec'), par('ilyas_elamrani'), 'Terugbetaling abonnement Amir El Amrani 4B', D('''
    Beste mevrouw El Amrani,

    De terugbetaling voor het busabonnement van Amir (4B) werd goedgekeurd. Omdat hij sinds januari met de fiets komt, krijgt u € 62,00 terug; het bedrag wordt verrekend op de schoolrekening van april.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2025-03-04 12:10', rules=['recipient'], about=['amir_elamrani'], mis=True,
     note='about Amir El Amrani (4B) but sent to the mother of Ilyas El Amrani (2C), a different family with the same surname',
     fmt=['plain'], group='mis')

mail('certificat-chloe-fr', A('llsec'), par('louise_dubois'), 'Certificat médical Chloé', D('''
    Bonjour Madame,

    Nous n'avons pas encore reçu le certificat médical pour l'absence de Chloé Dubois (3C) du 3 au 7 février. Selon votre appel, elle avait une grippe avec forte fièvre. Sans certificat, ces jours seront comptés comme absences injustifiées.

    Vous pouvez le déposer à l'accueil ou l'envoyer via Smartschool.

    Cordialement,
    Secrétariat des élèves
    '''), date='2025-02-11 10:45', rules=['sensitive', 'recipient'], cats=['medical'], about=['chloe_dubois'], mis=True, lang='fr',
     note='illness of Chloé Dubois (3C) sent to the Dubois family of Louise (5A); French',
     fmt=['plain'], group='mis')

mail('incident-fietsenstalling-jasper', A('dir'), par('jasper_verhulst'), 'Jasper - incident fietsenstalling', D('''
    Beste mevrouw,

    Via deze weg wil ik u laten weten dat Jasper Vermeulen (2B) vanmiddag in de fietsenstalling bedreigd werd door twee leerlingen uit het 5de jaar, die zijn fietssleutel afnamen en geld vroegen. Jasper heeft het zelf meteen gemeld, wat heel moedig was.

    De twee leerlingen werden vandaag nog gehoord en krijgen een sanctie. Tom Goossens van de leerlingenbegeleiding spreekt morgen met Jasper om te horen hoe het met hem gaat. Aarzel niet om mij te contacteren als u dat wenst.

    Met vriendelijke groeten,
    Hilde Verstraeten
    Directeur
    '''), date='2025-04-24 17:05', rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['jasper_vermeulen'], mis=True,
     note='Jasper Vermeulen (2B) threatened/extorted; picked the mother of Jasper Verhulst (2D) from the list',
     fmt=['plain'], group='mis')

mail('keuze-latijn-sofia', A('lls'), par('sofia_russo'), 'Bevestiging keuze 3de jaar - Sofia', D('''
    Beste ouders,

    Hierbij bevestigen we de keuze voor het 3de jaar van Sofia Rossi (2A) voor volgend schooljaar: Latijn, met 4 uur wiskunde. De definitieve inschrijving gebeurt automatisch als het attest van het 2de jaar behaald is.

    Wenst u de keuze nog te wijzigen, dan kan dat tot 30 juni via het leerlingensecretariaat.

    Met vriendelijke groeten,
    Nadia Boukhari
    Leerlingensecretariaat
    '''), date='2025-05-06 13:25', rules=['recipient'], about=['sofia_rossi'], mis=True,
     note='study choice of Sofia Rossi (2A) sent to the father of Sofia Russo (2D)', fmt=['plain'], group='mis')

mail('ondersteuning-schoolkosten-ayoub', A('soc'), par('ayoub_bennani'), 'Ondersteuning schoolkosten Ayoub', D('''
    Beste mevrouw Benali,

    Na ons gesprek heb ik uw vraag voor ondersteuning bekeken. Omdat u sinds oktober werkloos bent en de schooltoeslag voor Ayoub Benali (3A) nog niet uitbetaald werd, kan de school de kosten van de studiereis naar Brugge (€ 45) volledig dragen. De openstaande schoolrekening van november mag u in drie keer betalen.

    Neem gerust contact op als er nog iets is.

    Met vriendelijke groeten,
    Ann Leemans
    Sociale dienst
    '''), date='2024-12-12 11:30', rules=['sensitive', 'recipient'], cats=['financial'], about=['ayoub_benali'], mis=True,
     note='financial support for Ayoub Benali (3A) sent to the parent of Ayoub Bennani (5C)', fmt=['plain'], group='mis')

mail('duplicaat-rekening-lars', A('boekhouding'), par('lars_claessens'), 'Duplicaat schoolrekening Lars', D('''
    Beste,

    Op uw vraag hierbij het duplicaat van de schoolrekening van het 2de trimester van Lars Claes (4C). Het bedrag van € 96,30 werd intussen betaald, u hoeft dus niets meer te doen.

    Met vriendelijke groeten,
    Boekhouding Sint-Pieterscollege
    '''), atts=[('duplicaat-rekening-claes-lars.pdf', 'application/pdf', pdf_bytes([
        'DUPLICAAT - Schoolrekening 2de trimester', 'Lars Claes (4C)', 'Totaal 96,30 EUR - betaald']))],
     date='2025-03-25 10:00', rules=['recipient'], about=['lars_claes'], mis=True,
     note='bill duplicate of Lars Claes (4C) sent to the father of Lars Claessens (6B)',
     fmt=['plain', 'attachment-pdf'], group='mis')

mail('turnzak-hanne', A('rita'), par('hanne_jacobs_4a'), 'turnzak Hanne', D('''
    Dag meneer Jacobs,

    Hanne Jacobs uit 1B heeft haar turnzak en haar jas laten liggen in de sporthal na de sportdag. Ze liggen bij de verloren voorwerpen aan het onthaal. Kan ze ze deze week komen halen? Vrijdag wordt alles wat overblijft aan de kringwinkel gegeven.

    Groeten,
    Rita Moens
    Onthaal
    '''), date='2024-10-01 12:50', rules=['recipient'], about=['hanne_jacobs_1b'], mis=True,
     note='about Hanne Jacobs (1B) but sent to the father of the other Hanne Jacobs (4A)', fmt=['plain'], group='mis')


# ===========================================================================
# 5. personal, about one pupil, not sensitive (correctly addressed)
# ===========================================================================

mail('fototoestemming-lore', A('llsec'), par('lore_peeters'), 'toestemmingsformulier beeldmateriaal Lore', D('''
    Beste mevrouw Peeters,

    Het formulier over het gebruik van beeldmateriaal voor Lore (3D) is goed ontvangen. We hebben genoteerd dat foto's op Smartschool en in de schoolkrant mogen, maar niet op de publieke website en sociale media.

    U kan uw keuze altijd aanpassen via Smartschool > Formulieren.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2024-09-20 10:12', about=['lore_peeters'],
     note='consent form received for Lore Peeters, correct Peeters parent', fmt=['plain'], group='pers')

mail('oudercontact-lotte-bevestiging', A('sec'), par('lotte_peeters'), 'Bevestiging oudercontact 19 december', D('''
    Beste mevrouw Van Houtte,

    Uw afspraken voor het oudercontact van donderdag 19 december zijn bevestigd:

    Lotte (3B): 17u40 bij mevrouw De Wit (klastitularis), lokaal C201
    Wout (1C): 18u10 bij meneer Vranckx, lokaal A105

    Parkeren kan op de speelplaats via de poort aan de Kareelveldlaan.

    Met vriendelijke groeten,
    Secretariaat
    '''), html=True, date='2024-12-12 09:30', about=['lotte_peeters', 'wout_peeters'],
     note='parent-teacher appointments for two siblings, to their mother (address does not spell Peeters)',
     fmt=['alt'], group='pers')

mail('attest-sportclub-sara', A('llsec'), par('sara_declercq'), 'attest voor de hockeyclub', D('''
    Beste meneer Declercq,

    In bijlage het attest dat Sara (5B) ingeschreven is in onze school, zoals de hockeyclub vraagt voor de jeugdcompetitie.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), atts=[('attest-inschrijving-declercq-sara.pdf', 'application/pdf', pdf_bytes([
        'ATTEST VAN INSCHRIJVING', 'Sara Declercq, klas 5B, schooljaar 2024-2025', 'Sint-Pieterscollege Kessel-Lo']))],
     date='2024-09-27 11:44', about=['sara_declercq'], note='enrolment certificate for a sports club, correct Declercq parent',
     fmt=['plain', 'attachment-pdf'], group='pers')

mail('leerlingenkaart-noah-mertens', A('lls'), par('noah_mertens'), 'Re: leerlingenkaart kwijt', D('''
    Dag mevrouw Mertens,

    Geen probleem, we maken een nieuwe kaart voor Noah (2C). Hij mag ze vanaf donderdag ophalen tijdens de middagpauze. De kost (€ 5) komt op de volgende schoolrekening.

    Groetjes,
    Nadia
    ''') + gt_quote('Op 14 okt. 2024, om 07:31, Katrien Mertens <%s> schreef:' % par('noah_mertens'), D('''
    Goeiemorgen, Noah is zijn leerlingenkaart verloren (waarschijnlijk op de bus). Kan hij een nieuwe krijgen?
    Katrien
    Verzonden vanaf mijn iPhone
    ''')), date='2024-10-14 12:30', about=['noah_mertens'], reply_to_id='icloud.com|kaart-noah',
     note='replacement card for Noah Mertens, correct parent', fmt=['plain', 'reply'], group='pers')

mail('inhaalexamen-noah-maes', A('adj'), par('noah_maes'), 'inhaalexamen Noah (2A)', D('''
    Beste mevrouw Smets,

    Omdat Noah op 16 december deelneemt aan het Belgisch kampioenschap zwemmen (de sportfederatie bezorgde ons de uitnodiging), mag hij zijn examen geschiedenis inhalen op vrijdag 20 december om 8u30 in lokaal B105.

    Met vriendelijke groeten,
    Bart Lemmens
    adjunct-directeur
    '''), date='2024-12-04 14:10', about=['noah_maes'],
     note='rescheduled exam because of a sports competition; to Noah Maes\'s mother (other surname)', fmt=['plain'], group='pers')

mail('fietssticker-finn', A('tech'), par('finn_maes'), 'fietssticker Finn', D('''
    Dag mevrouw Wouters,

    Finn (1D) heeft nog geen sticker voor de fietsenstalling. Die is verplicht vanaf 1 oktober; fietsen zonder sticker zetten we aan de kant. Hij kan er gratis een halen bij mij in de technische dienst (achter de sporthal), elke voormiddag.

    Groeten
    Dirk Mertens
    '''), date='2024-09-25 08:50', about=['finn_maes'],
     note='bike sticker for Finn Maes to his mother k.wouters@ (correct, even though the address says Wouters)',
     fmt=['plain'], group='pers')

mail('boekenpakket-emma-wouters-qp', A('llsec'), par('emma_wouters'), 'Boekenpakket Emma - ontbrekend werkboek', D('''
    Beste ouders van Emma,

    Bij het boekenpakket van Emma (3A) ontbrak het werkboek Frans ("Quartier Libre 3 - cahier"). De boekhandel heeft het nagestuurd; Emma mag het ophalen op het leerlingensecretariaat. Er zijn geen extra kosten.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), cte='quoted-printable', date='2024-09-09 13:15', about=['emma_wouters'],
     note='missing workbook for Emma Wouters, correct Wouters parent; quoted-printable', fmt=['plain-qp'], group='pers')

mail('abonnement-ilyas-terugbetaald', A('llsec'), par('ilyas_elamrani'), 'Terugbetaling Buzzy Pazz Ilyas', D('''
    Beste mevrouw El Amrani,

    De school betaalt een deel van het abonnement van De Lijn terug voor leerlingen die verder dan 4 km van de school wonen. Voor Ilyas (2C) gaat het om € 38,00; het bedrag wordt verrekend op de schoolrekening van maart.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2025-02-27 10:05', about=['ilyas_elamrani'],
     note='subscription refund for Ilyas El Amrani, correct family', fmt=['plain'], group='pers')

mail('voyage-paris-carte-identite-louise-fr', A('lls'), par('louise_dubois'), 'Voyage à Paris - carte d\'identité de Louise', D('''
    Madame, Monsieur,

    Pour le voyage à Paris du 22 au 25 avril, chaque élève doit avoir une carte d'identité (eID) ou une Kids-ID valable. Selon notre liste, nous n'avons pas encore reçu la copie de la carte d'identité de Louise (5A).

    Merci de la déposer au secrétariat des élèves avant le 28 mars.

    Bien cordialement,
    Nadia Boukhari
    Secrétariat des élèves
    '''), date='2025-03-12 09:40', about=['louise_dubois'], lang='fr',
     note='trip practicalities for Louise Dubois, correct Dubois family (French)', fmt=['plain'], group='pers')

mail('duplicata-bulletin-chloe-fr', A('llsec'), par('chloe_dubois'), 'Duplicata du bulletin de Chloé', D('''
    Chère Madame Lemaire,

    Vous trouverez ci-joint le duplicata du bulletin de Noël de Chloé (3C), comme demandé. Le bulletin est aussi toujours disponible dans Smartschool, sous "Skore".

    Bien à vous,
    Secrétariat des élèves
    '''), atts=[('bulletin-noel-dubois-chloe.pdf', 'application/pdf', pdf_bytes([
        'Bulletin - Noel 2024', 'Chloe Dubois - 3C', 'Moyenne generale: 74%']))],
     date='2025-01-10 11:15', about=['chloe_dubois'], lang='fr',
     note='report duplicate to Chloé\'s mother (different surname), correct; French', fmt=['plain', 'attachment-pdf'], group='pers')

mail('smartschool-jasper-verhulst-geactiveerd', A('ict_s'), par('jasper_verhulst'), 'Smartschool-account Jasper terug actief', D('''
    Beste mevrouw Verhulst,

    Het Smartschool-account van Jasper (2D) was geblokkeerd na te veel mislukte aanmeldingen. Het is intussen terug actief. Jasper kan opnieuw inloggen met zijn gewone wachtwoord; weet hij het niet meer, dan kan hij de knop "wachtwoord vergeten" gebruiken.

    ICT Sint-Pieterscollege
    '''), date='2024-11-18 12:02', about=['jasper_verhulst'],
     note='account unblocked, no password included; correct parent', fmt=['plain'], group='pers')

mail('medaille-veldloop-jasper-vermeulen', A('sdm'), par('jasper_vermeulen'), 'Jasper 2de op de scholenveldloop!', D('''
    Dag meneer Vermeulen,

    Even een leuk bericht tussendoor: Jasper (2B) is gisteren tweede geworden op de scholenveldloop in het Provinciaal Domein van Kessel-Lo, in de categorie 2de jaar jongens! Zijn medaille en oorkonde kan hij morgen bij mij afhalen in de sporthal.

    Sportieve groeten,
    Stefaan De Meyer
    leerkracht LO
    '''), date='2024-10-24 16:40', about=['jasper_vermeulen'], note='good news about a named pupil, correct parent',
     fmt=['plain'], group='pers')

mail('adreswijziging-sofia-russo', A('sec'), par('sofia_russo'), 'RE: nieuw adres', D('''
    Beste meneer Russo,

    Uw nieuwe adres is aangepast in onze leerlingenadministratie en in Smartschool, vanaf nu gaan de brieven voor Sofia (2D) naar de Tiensesteenweg. Vergeet niet ook het adres op het busabonnement te laten aanpassen bij De Lijn.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat
    '''), date='2024-11-12 14:25', about=['sofia_russo'], reply_to_id='hotmail.com|adres-russo',
     note='change of address processed for Sofia Russo, correct parent', fmt=['plain', 'reply'], group='pers')

mail('infoavond-studiekeuze-sofia-rossi', A('lls'), par('sofia_rossi'), 'Inschrijving infoavond 3de jaar', D('''
    Beste mevrouw Rossi,

    Uw inschrijving voor de infoavond over de studiekeuze na het 2de jaar is genoteerd: dinsdag 11 februari om 19u30 in de refter, voor Sofia (2A) en 2 ouders.

    Tot dan!
    Leerlingensecretariaat
    '''), date='2025-01-30 10:30', about=['sofia_rossi'], note='registration for an information evening, correct Rossi parent',
     fmt=['plain'], group='pers')

mail('proficiat-olympiade-ayoub-bennani', A('dir'), par('ayoub_bennani'), 'Proficiat aan Ayoub!', D('''
    Beste meneer en mevrouw Bennani,

    Met veel plezier laat ik u weten dat Ayoub (5C) zich geplaatst heeft voor de finale van de Vlaamse Wiskunde Olympiade. Hij behoort daarmee tot de beste 1 % van de deelnemers. De hele school is trots op hem!

    De finale is op 16 april in Gent. Meneer Vranckx begeleidt hem; de verplaatsing wordt door de school geregeld.

    Met hartelijke groeten,
    Hilde Verstraeten
    Directeur
    '''), date='2025-03-03 12:00', about=['ayoub_bennani'], note='congratulations, no sensitive fact; correct parent',
     fmt=['plain'], group='pers')

mail('broodjeskaart-lars-claes', A('boekhouding'), par('lars_claes'), 'opwaardering broodjeskaart Lars', D('''
    Beste mevrouw Claes,

    Uw overschrijving van € 30,00 voor de broodjeskaart van Lars (4C) is goed ontvangen en werd op zijn kaart gezet. Het saldo is nu € 34,20.

    Met vriendelijke groeten,
    Boekhouding
    '''), date='2025-01-16 09:05', about=['lars_claes'], note='lunch card top-up received, correct Claes parent', fmt=['plain'], group='pers')

mail('waarborg-kluisje-lars-claessens-cp1252', A('boekhouding'), par('lars_claessens'), 'Terugbetaling waarborg kluissleutel', D('''
    Beste meneer Claessens,

    Lars (6B) heeft de sleutel van zijn kluisje binnengebracht. De waarborg van € 10 wordt op de eindafrekening van juni in mindering gebracht. Omdat Lars afstudeert, krijgt u een eventueel positief saldo automatisch teruggestort op het rekeningnummer dat bij ons gekend is.

    Met vriendelijke groeten,
    Boekhouding Sint-Pieterscollege
    '''), charset='windows-1252', date='2025-06-18 10:40', about=['lars_claessens'],
     note='locker deposit refund for Lars Claessens, correct parent; windows-1252', fmt=['plain-cp1252'], group='pers')

mail('examenlokaal-hanne-4a', A('adj'), par('hanne_jacobs_4a'), 'RE: examen Hanne', D('''
    Beste meneer Jacobs,

    Omdat Hanne (4A) op maandag 16 juni nog met de schoolreis van de muziekacademie terug is, legt ze haar examen aardrijkskunde af op woensdag 18 juni om 10u30 in lokaal C105, samen met de andere inhalers.

    Met vriendelijke groeten,
    Bart Lemmens
    '''), date='2025-06-02 11:20', about=['hanne_jacobs_4a'], reply_to_id='proximus.be|hanne-examen',
     note='exam room for Hanne Jacobs (4A), correct parent', fmt=['plain', 'reply'], group='pers')

mail('jas-wout-verloren-voorwerpen', A('rita'), par('wout_peeters'), 'jas Wout', D('''
    hallo mevr. Van Houtte,
    er hangt al een week een blauwe winterjas met "Wout P" in het label bij de verloren voorwerpen. Is die van Wout (1C)? Hij mag ze komen halen aan het onthaal
    groetjes Rita
    '''), date='2024-12-09 11:02', about=['wout_peeters'], note='lost jacket, correct parent (address does not spell Peeters)',
     fmt=['plain'], group='pers')

mail('exchange-pupil-enrolment-en', A('lls'), par('liam_oconnor'), 'Enrolment confirmed - Liam O\'Connor', D('''
    Dear Ms O'Connor,

    We are happy to confirm that Liam is enrolled in class 5B (Economics-Modern Languages) from Monday 6 January 2025.

    On his first day, Liam is expected at 8.20 at the pupil office, where he will receive his pupil card, locker key and timetable. His Smartschool login will be handed to him in person that morning.

    Kind regards,
    Nadia Boukhari
    Pupil administration, Sint-Pieterscollege Kessel-Lo
    '''), date='2024-12-18 10:55', about=['liam_oconnor'], lang='en',
     note='enrolment confirmation for a new pupil (English); login handed over in person, not in mail', fmt=['plain'], group='pers')

mail('inschrijving-jonas-bevestigd', A('llsec'), par('jonas_lenaerts'), 'Bevestiging inschrijving Jonas Lenaerts', D('''
    Beste mevrouw Lenaerts,

    Hierbij bevestigen we de inschrijving van Jonas in het 3de jaar, klas 3C (Economie-Moderne talen), vanaf maandag 13 januari 2025. Het schoolreglement en de lijst met schoolmateriaal vindt u in bijlage.

    De gegevens om in te loggen op Smartschool ontvangt u afzonderlijk.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), atts=[('schoolmateriaal-3de-jaar.pdf', 'application/pdf', pdf_bytes([
        'Schoolmateriaal 3de jaar', 'Rekenmachine TI-30XS, atlas, woordenboek Frans-Nederlands']))],
     date='2025-01-07 16:20', about=['jonas_lenaerts'], note='enrolment confirmation, not sensitive', fmt=['plain', 'attachment-pdf'], group='pers')


# ===========================================================================
# 6. general letters to all parents / all staff (must pass)
# ===========================================================================

ALL_PARENTS_LIST = 'alle-ouders@lijsten.spc.ksleuven.be'
FIRST_YEAR = parents_of_classes({'1A', '1B', '1C', '1D'})
THIRD_YEAR = parents_of_classes({'3A', '3B', '3C', '3D'})
FIFTH_SIXTH = parents_of_classes({'5A', '5B', '5C', '5D', '6A', '6B', '6C'})

mail('algemeen-uitleg-schoolrekening', A('directie'), A('directie'), 'Uitleg bij de schoolrekening 2024-2025', D('''
    Beste ouders,

    Deze week ontvangt u via Smartschool de eerste schoolrekening van dit schooljaar. Graag geven we wat uitleg.

    Wat staat er op de rekening?
    - Verplichte kosten: werkboeken, kopies, sportdag, bijdrage voor ICT en zwemmen.
    - Niet-verplichte kosten waarvoor u zelf koos: broodjeskaart, schooltijdschriften, kluisje.
    - Meerdaagse uitstappen worden apart gefactureerd, in schijven.

    Hoe betalen?
    Via overschrijving met de gestructureerde mededeling die op uw rekening staat, of via domiciliëring. Het rekeningnummer van de school staat onderaan elke factuur.

    Lukt het niet om de rekening in één keer te betalen? Neem dan discreet contact op met onze sociale dienst (sociale.dienst@spc.ksleuven.be). Een afbetalingsplan is altijd mogelijk, en niemand anders hoeft dat te weten.

    Met vriendelijke groeten,
    Hilde Verstraeten, directeur
    Marleen De Smedt, boekhouding
    '''), html=True, bcc=[ALL_PARENTS_LIST], date='2024-10-07 17:00',
     note='general explanation of the school bill to all parents in BCC; no pupil, no account number',
     fmt=['alt', 'bcc-envelope'], group='gen')

mail('algemeen-schooltoeslag-info', A('secretariaat'), A('secretariaat'), 'Schooltoeslag: vergeet de aanvraag niet', D('''
    Beste ouders,

    Wist u dat veel gezinnen recht hebben op een schooltoeslag van het Groeipakket, zonder het te weten? De schooltoeslag is een jaarlijkse tegemoetkoming in de schoolkosten voor gezinnen met een beperkt inkomen.

    In de meeste gevallen wordt de schooltoeslag automatisch toegekend. Ontving u vorig schooljaar niets, maar denkt u dat u er recht op hebt? Neem dan contact op met uw uitbetaler van het Groeipakket, of surf naar www.groeipakket.be.

    Voor vragen kan u ook bij onze sociale dienst terecht; wij helpen u graag met het invullen van de aanvraag.

    Met vriendelijke groeten,
    Het secretariaat
    '''), bcc=FIRST_YEAR, date='2024-10-15 16:30',
     note='school allowance information for all first-year parents in BCC; nobody named',
     fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-afwezigheidsregels', A('directie'), A('directie'), 'Afwezigheden: wat moet u doen?', D('''
    Beste ouders,

    Omdat er elk jaar vragen over komen, zetten we de regels bij afwezigheden nog even op een rij.

    1. Verwittig de school vóór 8u30 via Smartschool (module Afwezigheden) of aan het onthaal.
    2. Tot en met 3 opeenvolgende kalenderdagen ziek? Dan volstaat een verklaring van de ouders (maximaal 4 keer per schooljaar).
    3. Langer dan 3 dagen ziek, of al 4 ouderverklaringen gebruikt? Dan is een medisch attest nodig.
    4. Afwezig tijdens de examens? Altijd een medisch attest.
    5. Afspraken bij de dokter, tandarts of orthodontist plant u zoveel mogelijk buiten de lesuren.

    Bij 10 halve dagen niet gewettigde afwezigheid worden het CLB en de ouders gecontacteerd, zoals de regelgeving voorschrijft.

    Met vriendelijke groeten,
    De directie
    '''), html_only=True, bcc=[ALL_PARENTS_LIST], date='2024-09-23 18:05',
     note='general absence rules to all parents in BCC', fmt=['html-only', 'bcc-envelope'], group='gen')

mail('algemeen-schoolverzekering-qp', A('secretariaat'), A('secretariaat'), 'Schoolverzekering: wat te doen bij een ongeval?', D('''
    Beste ouders,

    Alle leerlingen zijn via de school verzekerd voor lichamelijke ongevallen op school en op weg van en naar school (de kortste of veiligste weg).

    Wat doet u na een ongeval?
    - Meld het ongeval binnen de 48 uur op het secretariaat.
    - U krijgt van ons een aangifteformulier en een geneeskundig getuigschrift dat de arts invult.
    - Bezorg de onkostenstaten van de mutualiteit aan de verzekeraar; het remgeld wordt terugbetaald.

    Materiële schade (kapotte kledij, brillen, fietsen) is niet altijd gedekt. Brillen zijn enkel verzekerd als er ook lichamelijk letsel is.

    Met vriendelijke groeten,
    Het secretariaat
    '''), cte='quoted-printable', bcc=[ALL_PARENTS_LIST], date='2024-09-12 16:20',
     note='general accident insurance information; no pupil', fmt=['plain-qp', 'bcc-envelope'], group='gen')

mail('algemeen-privacyverklaring', A('directie'), A('directie'), 'Hoe gaan we om met de gegevens van uw kind?', D('''
    Beste ouders,

    Bij de start van het schooljaar informeren we u graag over de manier waarop Sint-Pieterscollege (Stroom, LKSD vzw) met persoonsgegevens omgaat.

    - We verwerken enkel gegevens die nodig zijn voor de leerlingenadministratie, de begeleiding van uw kind en de schoolrekening.
    - Gevoelige informatie (bv. over gezondheid of gezinssituatie) wordt enkel bewaard in het beveiligde leerlingvolgsysteem en enkel gedeeld met de personeelsleden die ze nodig hebben.
    - Foto's op de website of sociale media gebruiken we enkel met uw toestemming, die u altijd kan aanpassen via Smartschool.
    - U hebt het recht om de gegevens van uw kind in te kijken en te laten verbeteren.

    De volledige privacyverklaring staat op onze website. Vragen of klachten kan u richten aan de functionaris voor gegevensbescherming: privacy@lksd.ksleuven.be.

    Met vriendelijke groeten,
    De directie
    '''), html=True, bcc=[ALL_PARENTS_LIST], date='2024-09-06 15:00',
     note='privacy notice for all parents, BCC only', fmt=['alt', 'bcc-envelope'], group='gen')

mail('algemeen-clb-informatiebrief', A('directie'), A('directie'), 'Informatie over het CLB', D('''
    Beste ouders,

    Onze school werkt samen met het Vrij CLB Dijleland. Het CLB (Centrum voor Leerlingenbegeleiding) helpt leerlingen, ouders en de school bij vragen over leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren en preventieve gezondheidszorg.

    - Het CLB werkt gratis en discreet.
    - In het 1ste en 3de jaar is er een verplicht medisch consult; u krijgt hierover een aparte uitnodiging.
    - Leerlingen en ouders kunnen ook zelf contact opnemen, via de website van het CLB of via de chat "CLBch@t".

    De CLB-anker van onze school is elke dinsdag op school aanwezig (lokaal B010).

    Met vriendelijke groeten,
    De directie
    '''), bcc=THIRD_YEAR, date='2024-09-17 17:30',
     note='general CLB information letter; no pupil named', fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-medicatiebeleid-cp1252', A('secretariaat'), A('secretariaat'), 'Medicatie op school', D('''
    Beste ouders,

    Het personeel van de school mag in principe geen medicatie toedienen. Moet uw kind tijdens de schooluren toch medicatie nemen, dan vragen we u het volgende:

    - Vul samen met de behandelende arts het formulier "Medicatie op school" in (te vinden op Smartschool > Documenten).
    - Bezorg de medicatie in de originele verpakking, met de naam van uw kind erop, aan het secretariaat.
    - Een EHBO-verantwoordelijke houdt bij wanneer de medicatie genomen werd.

    Bij ziekte tijdens de schooldag verwittigen we u altijd telefonisch; we geven zelf geen pijnstillers.

    Met vriendelijke groeten,
    Het secretariaat
    '''), charset='windows-1252', bcc=[ALL_PARENTS_LIST], date='2024-09-10 17:45',
     note='general medication policy; windows-1252', fmt=['plain-cp1252', 'bcc-envelope'], group='gen')

mail('algemeen-week-tegen-pesten', A('directie'), A('directie'), 'Vlaamse week tegen pesten - onze aanpak', D('''
    Beste ouders,

    Volgende week is het de Vlaamse week tegen pesten. Op school werken we die week in alle klassen rond respect en online gedrag, met een workshop over groepschats in het 1ste en 2de jaar.

    Hoe pakken we pesten aan?
    - Elke melding wordt ernstig genomen; leerlingen kunnen terecht bij de leerlingenbegeleiding, een leerkracht of via de anonieme meldknop op Smartschool.
    - We werken met de No Blame-methode: we zoeken samen met een groep leerlingen naar oplossingen, zonder meteen te straffen.
    - Bij ernstige of herhaalde feiten volgt een sanctie volgens het schoolreglement.

    Merkt u thuis iets op? Laat het ons weten. Samen staan we sterker.

    Met vriendelijke groeten,
    De directie en het team leerlingenbegeleiding
    '''), html=True, bcc=[ALL_PARENTS_LIST], date='2025-02-14 16:10',
     note='general anti-bullying policy letter; nobody named', fmt=['alt', 'bcc-envelope'], group='gen')

mail('algemeen-betalingsherinnering', A('boekhouding'), A('boekhouding'), 'Herinnering: schoolrekening november', D('''
    Beste ouders,

    Een klein aantal schoolrekeningen van november is nog niet betaald. Hebt u de rekening intussen betaald, dan mag u deze herinnering als niet verzonden beschouwen.

    Nog niet betaald? Gelieve het bedrag vóór 20 december over te schrijven met de gestructureerde mededeling die op de rekening staat.

    Hebt u het financieel moeilijk? Neem dan gerust contact op met onze sociale dienst. Samen zoeken we een oplossing, bv. een afbetalingsplan.

    Met vriendelijke groeten,
    Boekhouding Sint-Pieterscollege
    '''), bcc=[ALL_PARENTS_LIST], date='2024-12-06 14:00',
     note='payment reminder sent to everybody in BCC, nobody named', fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-personeel-examenperiode', A('adj'), A('personeel'), 'Organisatie examenperiode juni', D('''
    Beste collega's,

    Enkele afspraken voor de examenperiode (10 tot 24 juni):

    - Examenvragen indienen bij de vakgroepvoorzitter ten laatste op 23 mei, kopieeropdrachten voor 30 mei bij het secretariaat.
    - Verlengde tijd en andere redelijke aanpassingen staan per leerling in het LVS; de lijst per lokaal krijgen de toezichters op de dag zelf.
    - Zieke leerlingen: altijd laten melden aan het secretariaat, inhaalexamens worden centraal gepland.
    - Deliberaties: 25 en 26 juni, oudercontact 27 juni.

    Het volledige toezichtrooster staat op Smartschool.

    Bart Lemmens
    adjunct-directeur
    '''), date='2025-05-12 12:30', note='general organisation letter to all staff; staff list in To is fine',
     fmt=['plain'], group='gen')

mail('algemeen-personeel-procedure-ongevallen', A('sec'), A('personeel'), 'Procedure bij een schoolongeval', D('''
    Beste collega's,

    Nu de sportlessen buiten weer gestart zijn, even de procedure bij een ongeval:

    1. Eerste hulp: EHBO-verantwoordelijken staan op het bord in de leraarskamer.
    2. Verwittig het secretariaat; wij contacteren de ouders.
    3. Vul dezelfde dag het formulier "Melding ongeval" in op Smartschool (wie, waar, hoe, getuigen). Geen medische details in mails aub, die komen op het formulier.
    4. Het secretariaat doet de aangifte bij de verzekeraar.

    Bedankt!
    Greet
    '''), date='2025-03-03 13:15', note='general accident procedure for staff', fmt=['plain'], group='gen')

mail('algemeen-personeel-privacy-herinnering', A('dir'), A('personeel'), 'Discretie en leerlingengegevens', D('''
    Beste collega's,

    Naar aanleiding van een paar mails die bij verkeerde ontvangers terechtkwamen, nog eens de afspraken uit ons communicatiebeleid:

    - Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg, financieel) deel je via het leerlingvolgsysteem, niet via mail.
    - Controleer de ontvanger voor je op Verzenden klikt. Outlook vult namen automatisch aan; twee gezinnen met dezelfde familienaam zijn snel verward.
    - Mail je naar meerdere ouders of externen: gebruik BCC.
    - Stuur geen schoolmail door naar je privémailbox.
    - Ging er toch iets mis? Meld het meteen aan privacy@lksd.ksleuven.be, dat is geen schande.

    Dank voor jullie zorg,
    Hilde
    '''), date='2024-11-04 07:50', note='privacy reminder to all staff, no personal data', fmt=['plain'], group='gen')

mail('algemeen-personeel-phishing', A('ict_s'), A('personeel'), 'Opgelet: valse mails "uw mailbox is vol"', D('''
    Beste collega's,

    Sinds gisteren krijgen verschillende collega's een mail met als onderwerp "Uw mailbox is vol - bevestig uw account". De link leidt naar een valse aanmeldpagina die op die van Microsoft lijkt.

    - Klik niet op de link en vul zeker je wachtwoord niet in.
    - Heb je het toch gedaan? Wijzig meteen je wachtwoord en verwittig ons.
    - Verwijder de mail of meld hem via de knop "Phishing melden" in Outlook.

    ICT-team
    '''), html=True, date='2025-01-29 09:25', note='phishing warning about passwords, contains none',
     fmt=['alt'], group='gen')

mail('algemeen-terugbetaling-abonnementen', A('llsec'), A('llsec'), 'Terugbetaling busabonnementen', D('''
    Beste ouders,

    Ook dit schooljaar betaalt de school een deel van het schoolabonnement van De Lijn terug voor leerlingen die meer dan 4 km van de school wonen.

    Hoe?
    - Bezorg een kopie van het abonnement (voorkant en achterkant) aan het leerlingensecretariaat vóór 31 oktober.
    - De terugbetaling wordt in mindering gebracht op de schoolrekening van maart.
    - Stopt uw kind in de loop van het jaar met het abonnement, laat het ons dan weten.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), bcc=[ALL_PARENTS_LIST], date='2024-09-26 16:40',
     note='general subscription refund procedure', fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-kluisjes-leerlingenkaart-b64', A('llsec'), A('llsec'), 'Kluisjes en leerlingenkaart 1ste jaar', D('''
    Beste ouders van onze eerstejaars,

    Uw kind krijgt deze week een leerlingenkaart. Die dient als bewijs bij het verlaten van de school, voor de broodjes en om te lenen in de mediatheek. Een verloren kaart vervangen kost € 5.

    Wie een kluisje huurde, krijgt de sleutel na betaling van de waarborg (€ 10, via de schoolrekening). De waarborg krijgt u terug in juni wanneer de sleutel binnen is.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), cte='base64', bcc=FIRST_YEAR, date='2024-09-04 15:20',
     note='general info about lockers and pupil cards; base64 body', fmt=['plain-base64', 'bcc-envelope'], group='gen')

mail('general-facture-scolaire-fr', A('directie'), A('directie'), 'Explication de la facture scolaire', D('''
    Chers parents,

    Pour les familles francophones, voici un bref résumé de la lettre concernant la facture scolaire.

    - La facture arrive via Smartschool, en principe trois fois par an.
    - Elle comprend les frais obligatoires (cahiers, copies, journée sportive) et les frais facultatifs que vous avez choisis (casier, sandwichs).
    - Le paiement se fait par virement avec la communication structurée indiquée sur la facture.

    En cas de difficultés financières, notre service social peut vous proposer un plan de paiement, en toute discrétion.

    Avec nos salutations distinguées,
    La direction
    '''), bcc=[ALL_PARENTS_LIST], date='2024-10-07 17:05', lang='fr',
     note='general bill explanation in French', fmt=['plain', 'bcc-envelope'], group='gen')

mail('general-newcomers-info-en', A('llsec'), A('llsec'), 'Information for parents new to our school', D('''
    Dear parents,

    Welcome to Sint-Pieterscollege! Below you find some information that we usually explain in Dutch.

    - School costs: you receive an invoice three times a year via Smartschool. If paying is difficult, please contact our social service; a payment plan is always possible.
    - School allowance ("schooltoeslag"): many families are entitled to a yearly allowance from the Flemish government. See www.groeipakket.be or ask us.
    - Absences: please inform the school before 8.30. A medical certificate is needed for absences of more than three days.
    - Privacy: we only share information about your child with staff who need it. Questions: privacy@lksd.ksleuven.be.

    Kind regards,
    Pupil administration
    '''), bcc=FIFTH_SIXTH[:25], date='2024-09-30 16:00', lang='en',
     note='general newcomers letter in English; parents in BCC', fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-personeel-inschrijvingen', A('dir'), A('personeel'), 'Aanmeldingen en inschrijvingen schooljaar 2025-2026', D('''
    Beste collega's,

    Het aanmeldingsregister voor het 1ste jaar opent op 10 maart via het centrale aanmeldsysteem van Leuven. Ouders zullen jullie er ongetwijfeld over aanspreken. Enkele afspraken:

    - Verwijs ouders voor alle vragen door naar het leerlingensecretariaat of de website; beloof geen plaatsen.
    - Broers en zussen en kinderen van personeel hebben voorrang, maar moeten wel aangemeld worden in de voorrangsperiode.
    - De infodag is op zaterdag 22 maart; we rekenen op jullie aanwezigheid tussen 10u en 13u.

    Hilde
    '''), date='2025-02-17 08:15', note='general enrolment procedure for staff', fmt=['plain'], group='gen')

mail('algemeen-sociale-dienst', A('soc'), A('soc'), 'De sociale dienst van de school', D('''
    Beste ouders,

    Soms loopt het financieel wat moeilijker: door ziekte, werkloosheid, een scheiding of onverwachte kosten. Schoolkosten mogen nooit een reden zijn waarom een leerling niet mee kan op uitstap.

    De sociale dienst van de school kan:
    - een afbetalingsplan opmaken voor de schoolrekening;
    - helpen bij de aanvraag van de schooltoeslag;
    - een tussenkomst vragen aan het solidariteitsfonds van de ouderraad.

    Alles gebeurt discreet. U kan een afspraak maken via sociale.dienst@spc.ksleuven.be of aan het onthaal.

    Met vriendelijke groeten,
    Ann Leemans
    Sociale dienst
    '''), bcc=[ALL_PARENTS_LIST], date='2024-11-18 16:45',
     note='general letter about the social service; mentions financial hardship in general, nobody named',
     fmt=['plain', 'bcc-envelope'], group='gen')

mail('algemeen-redelijke-aanpassingen-examens', A('zorg'), A('zorg'), 'Redelijke aanpassingen tijdens de examens', D('''
    Beste ouders,

    Leerlingen met een leerstoornis (zoals dyslexie of dyscalculie), ADHD, ASS of een andere specifieke onderwijsbehoefte kunnen tijdens de examens rekenen op redelijke aanpassingen, zoals verlengde examentijd, een groter lettertype, voorleessoftware of een apart lokaal.

    Deze maatregelen worden vastgelegd in overleg met de leerling, de ouders, de klassenraad en het CLB, op basis van een attest of verslag. Hebt u vragen of denkt u dat uw kind ondersteuning nodig heeft, neem dan contact op met de zorgcoördinator voor 15 november.

    Met vriendelijke groeten,
    Sarah Wuyts
    Zorgcoördinator
    '''), bcc=[ALL_PARENTS_LIST], date='2024-10-28 17:10',
     note='general explanation of exam adjustments; no pupil', fmt=['plain', 'bcc-envelope'], group='gen')


# ===========================================================================
# 7. ordinary mail and the remaining rules (bcc, private_account, attachment, personal_data)
# ===========================================================================

mail('ouderraad-budget-xlsm', A('boek'), 'Penningmeester Ouderraad SPC <penningmeester@ouderraad-spc.be>', 'budget spaghettifestijn + quiz', D('''
    Dag Wim,

    Hierbij het rekenblad met het budget van het spaghettifestijn en de quiz. Ik heb de macro van vorig jaar laten staan die de totalen per activiteit berekent; je moet bij het openen wel "Inhoud inschakelen" aanklikken.

    De opbrengst van het festijn (netto € 3.412) staat intussen op de rekening van de ouderraad.

    Groetjes,
    Marleen
    '''), atts=[('budget-ouderraad-2024-2025.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12',
                 xlsm_bytes([['Activiteit', 'Inkomsten', 'Uitgaven'], ['Spaghettifestijn', '5120', '1708'],
                             ['Quiz', '860', '210']]))],
     date='2024-11-26 20:10', rules=['attachment'], note='macro-enabled Excel workbook (.xlsm) attached',
     fmt=['plain', 'attachment-xlsm'], group='ord')

mail('script-netwerkschijven-bat', A('ict'), A('secretariaat'), 'schijven S: en T: terug verbinden', D('''
    Dag allemaal,

    Na de update van vannacht zijn bij sommigen de netwerkschijven S: (secretariaat) en T: (leerlingenadministratie) verdwenen. In bijlage een klein scriptje: opslaan op je bureaublad, dubbelklikken, klaar. Windows zal waarschijnlijk een waarschuwing geven, dan "Toch uitvoeren".

    Pieter
    '''), atts=[('schijven-verbinden.bat', 'application/x-msdos-program', D('''
    @echo off
    rem Verbind netwerkschijven secretariaat SPC
    net use S: /delete /y >nul 2>&1
    net use T: /delete /y >nul 2>&1
    net use S: \\\\spc-fs01\\secretariaat /persistent:yes
    net use T: \\\\spc-fs01\\leerlingenadmin /persistent:yes
    echo Klaar.
    pause
    ''').replace('\n', '\r\n').encode('ascii'))],
     date='2025-01-14 08:05', rules=['attachment'], note='batch script (.bat) attached', fmt=['plain', 'attachment-bat'], group='ord')

mail('driver-kopieerapparaat-zip', A('ict'), A('adj'), 'printerdriver voor je laptop thuis', D('''
    Bart,

    Zoals gevraagd: de driver voor de Konica in het secretariaat, zodat je ook vanaf je eigen laptop kan afdrukken als je op school bent. In de zip zit een setup.exe, gewoon uitvoeren als administrator.

    Pieter
    '''), atts=[('konica-c300i-driver.zip', 'application/zip',
                 zip_bytes([('konica-c300i/setup.exe', exe_bytes('KMSETUP')), ('konica-c300i/readme.txt', 'Run setup.exe as administrator.\r\n')]))],
     date='2024-10-11 12:45', rules=['attachment'], note='zip archive containing an executable',
     fmt=['plain', 'attachment-zip-exe'], group='ord')

mail('uitstap-ieper-3b', A('lls'), 'ouders3b@spc.ksleuven.be', 'Uitstap Ieper 3B - praktische info', D('''
    Beste ouders van 3B,

    Op dinsdag 8 april gaat 3B op uitstap naar Ieper (In Flanders Fields Museum en de Menenpoort).
    - Vertrek: 7u45 aan de bushalte van de school, terug rond 18u.
    - Meebrengen: lunchpakket, drinken, regenjas, identiteitskaart.
    - Kostprijs: € 32, komt op de schoolrekening van april.

    Met vriendelijke groeten,
    Nadia Boukhari
    Leerlingensecretariaat
    '''), date='2025-03-24 14:15', rules=['bcc'], note='parent group address of a class in To instead of BCC',
     fmt=['plain', 'group-in-to'], group='ord')

lockers_late = random_pupils(5, classes={'4A', '4B', '4C', '4D', '5A', '5B'})
mail('kluissleutels-niet-terug', A('llsec'), [p['p1'] for p in lockers_late], 'kluissleutel nog niet terugbezorgd', D('''
    Beste ouders,

    Volgens onze lijst werd de kluissleutel van uw zoon of dochter nog niet terugbezorgd na het vrijmaken van de kluisjes in blok C (renovatie). Gelieve de sleutel deze week nog binnen te brengen op het leerlingensecretariaat, anders kunnen we de waarborg niet terugbetalen.

    Met vriendelijke groeten,
    Leerlingensecretariaat
    '''), date='2025-04-28 10:30', rules=['bcc'],
     note='five parents of different pupils visible to each other in To; pupils not named in the body',
     fmt=['plain'], group='ord')

mail('personeelsvergadering-verplaatst', 'Hilde Verstraeten <hilde.verstraeten64@gmail.com>', A('leerkrachten'), 'personeelsvergadering verplaatst', D('''
    Beste collega's,

    Door een storing geraak ik vanavond niet in mijn schoolmail, vandaar via deze weg: de personeelsvergadering van morgen wordt verplaatst naar donderdag 16u in de refter. Agenda blijft dezelfde (evaluatiebeleid, schoolfeest).

    Hilde
    ''') + IPHONE, date='2025-04-01 21:30', mailer='iphone', rules=['private_account'],
     note='director sends school business to all teachers from her private gmail', fmt=['phone', 'private-sender'], group='ord')

mdw = pupil('marie_dewitte')
mail('rapport-marie-uitgesteld', 'Greet Vanhoof <greet.vanhoof71@hotmail.com>', mdw['p1'], 'Re: rapport Marie', D('''
    Beste meneer Dewitte,

    Ik antwoord even vanaf mijn eigen adres omdat Smartschool en onze mailserver vandaag in panne liggen. Het rapport van Marie (4B) wordt niet vandaag maar maandag gepubliceerd, door een technisch probleem bij de uitgever van het rapportsysteem. U hoeft niets te doen.

    Met vriendelijke groeten,
    Greet Vanhoof
    Secretariaat Sint-Pieterscollege
    '''), date='2025-03-28 15:10', mailer='webmail', about=['marie_dewitte'], reply_to_id='telenet.be|rapport-marie',
     rules=['private_account'], note='secretary answers a parent from her private hotmail; content not sensitive',
     fmt=['plain', 'reply', 'private-sender'], group='ord')

mail('fw-toezichtrooster-v4', A('adj'), 'bart.lemmens.kl@gmail.com', 'FW: toezichtrooster examens juni v4', D('''
    ---------- Forwarded message ---------
    Van: Bart Lemmens <bart.lemmens@sintpieterscollege.be>
    Datum: vr 23 mei 2025 om 16:02
    Onderwerp: toezichtrooster examens juni v4
    Aan: Leerkrachten SPC <leerkrachten@spc.ksleuven.be>

    Beste collega's,

    In bijlage versie 4 van het toezichtrooster. Wijzigingen t.o.v. v3 staan in het geel. Ruilen kan, maar laat het mij weten.

    Bart
    '''), atts=[('toezichtrooster-juni-v4.pdf', 'application/pdf', pdf_bytes([
        'Toezichtrooster examens juni 2025 - versie 4', 'Ma 10/6: sporthal - De Wit, Vranckx; B204 - Van Bael',
        'Di 11/6: sporthal - De Meyer, Vanaken; B204 - Thys']))],
     date='2025-05-23 16:05', rules=['private_account'], note='deputy forwards school mail to his own gmail',
     fmt=['forward', 'attachment-pdf', 'private-recipient'], group='ord')

mail('uitnodiging-netwerk-schoolverzuim', A('zorg'), ['An Smolders <an.smolders@vclb-dijle.be>', 'Sofie Leclercq <sofie.leclercq@ocmw-leuven.be>',
     'Jeugdafdeling PZ Leuven <jeugd@pz-leuven.be>', 'JAC Leuven <onthaal@jac-leuven.be>'], 'Uitnodiging netwerkoverleg schoolverzuim Leuven-Oost', D('''
    Beste partners,

    Graag nodig ik jullie uit voor het halfjaarlijkse netwerkoverleg rond schoolverzuim in Leuven-Oost, op donderdag 13 februari van 14u tot 16u in ons vergaderlokaal (A-blok, 1ste verdieping).

    Agenda:
    1. Cijfers schoolverzuim eerste trimester (geanonimiseerd)
    2. Nieuwe afspraken rond doorverwijzing naar het JAC
    3. Varia

    Graag een seintje wie aanwezig kan zijn.

    Met vriendelijke groeten,
    Sarah Wuyts
    Zorgcoördinator Sint-Pieterscollege
    '''), date='2025-01-22 11:00', rules=['bcc'], note='four external partners visible to each other in To',
     fmt=['plain'], group='ord')

mail('laptops-terugbrengen-6a', A('ict_s'), 'leerlingen6a@leerling.sintpieterscollege.be', 'Laptops van school terugbrengen voor 13 juni', D('''
    Dag 6A,

    Jullie leerlingenlaptop van school moet ten laatste op vrijdag 13 juni terug binnen zijn, met lader en hoes. Bestanden die je wil bewaren, zet je vooraf op een USB-stick of in je eigen OneDrive. Na de controle krijg je je waarborg terug op de eindafrekening.

    ICT-team
    '''), date='2025-05-30 09:45', rules=['bcc'], note='pupil group address of a class in To',
     fmt=['plain', 'group-in-to'], group='ord')

mail('rekeningnummer-creditnota-leverancier', A('boekhouding'), 'Debiteurenbeheer Catering Dijleland <debiteuren@catering-dijleland.be>', 'creditnota CN-2025-0042', D('''
    Goedemiddag,

    Dank voor de creditnota CN-2025-0042 voor de geannuleerde maaltijden van de sportdag. Gelieve het bedrag van € 318,50 terug te storten op onze rekening %s (Sint-Pieterscollege vzw), met vermelding van het nummer van de creditnota.

    Met vriendelijke groeten,
    Boekhouding Sint-Pieterscollege
    ''' % SCHOOL_IBAN), date='2025-05-14 13:40', rules=['personal_data'], note='school IBAN given to a supplier (valid IBAN)',
     fmt=['plain'], group='ord')

sport = random_pupils(6, classes={'3A', '3B', '3C', '3D', '4A', '4B', '4C', '4D'})
def _dob(p, i):
    klas_year = int(p['klas'][0])
    y = 2010 - (klas_year - 3)
    return '%02d/%02d/%d' % (rng.randrange(1, 28), rng.randrange(1, 13), y)
sport_lines = '\n'.join('%s %s (%s) - geboren %s' % (p['first'], p['last'], p['klas'], _dob(p, i)) for i, p in enumerate(sport))
mail('inschrijving-volleybaltornooi-geboortedata', A('sdm'), 'Schoolsport Leuven <tornooi@schoolsport-leuven.be>', 'inschrijving volleybaltornooi meisjes/jongens 2de graad', D('''
    Goedemorgen,

    Hierbij onze inschrijving voor het volleybaltornooi van 19 maart (2de graad, gemengd). Jullie vroegen de geboortedatum voor de verzekering:

    %s

    Begeleider: Stefaan De Meyer.

    Sportieve groeten,
    Stefaan De Meyer
    leerkracht LO Sint-Pieterscollege
    ''') % sport_lines, date='2025-02-25 08:35', rules=['personal_data'], about=[p['id'] for p in sport],
     note='names with dates of birth of six pupils for a sports tournament; not sensitive', fmt=['plain'], group='ord')

jl_rrn = rrn(10, 6, 2, 245)
mail('helpdesk-rijksregisternummer-discimus', A('lls'), 'Helpdesk Informat <support@informat-helpdesk.be>', 'Foutmelding Discimus bij nieuwe inschrijving', D('''
    Goedemiddag,

    Bij het doorsturen van de inschrijving van een nieuwe leerling naar Discimus krijgen we de foutmelding "Leerling reeds ingeschreven in andere instelling (code 4102)". De leerling werd nochtans correct uitgeschreven in zijn vorige school op 20/12.

    Leerling: Jonas Lenaerts, 3C
    Rijksregisternummer: %s
    Geboortedatum: 02/06/2010

    Kunnen jullie nakijken wat er misloopt? Instellingsnummer van onze school: 048231.

    Met vriendelijke groeten,
    Nadia Boukhari
    Leerlingensecretariaat Sint-Pieterscollege
    ''' % jl_rrn), date='2025-01-10 13:05', rules=['personal_data'], about=['jonas_lenaerts'],
     note='national register number and date of birth of a pupil sent to a software helpdesk', fmt=['plain'], group='ord')

mail('prive-ophalen-muziekschool', A('rita'), 'Luc Moens <luc.moens.kl@gmail.com>', 'vanavond', D('''
    Luc, ik moet tot 20u blijven voor het oudercontact. Kan jij Lien om 18u aan de muziekschool oppikken? En er ligt nog lasagne in de diepvries.
    x Rita
    '''), date='2024-12-19 14:12', note='staff member\'s private message from her school account to her partner; no school business',
     fmt=['plain'], group='ord')

mail('revisor-planning-bezoek', A('boek'), 'Koen Vandael <koen.vandael@vandael-revisoren.be>', 'RE: planning controle jaarrekening', D('''
    Geachte heer Vandael,

    Donderdag 13 maart past voor ons. U bent welkom vanaf 9u; het vergaderlokaal op de eerste verdieping is voor u gereserveerd en mevrouw Verstraeten schuift om 14u aan voor de bespreking.

    De gevraagde stukken (saldibalans, leeftijdsanalyse van de openstaande klanten, contracten > € 10.000) leg ik op het deelplatform tegen eind februari.

    Met vriendelijke groeten,
    Marleen De Smedt
    Boekhouding
    '''), date='2025-02-10 11:20', reply_to_id='vandael-revisoren.be|planning',
     note='ordinary planning with the external auditor', fmt=['plain', 'reply'], group='ord')


# ===========================================================================
# output
# ===========================================================================

def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    order = list(MAILS)
    random.Random(SEED + 1).shuffle(order)
    write_roster()
    out = ['# batch30 - Kessel-Lo secretariat, pupil administration, accounting and directors: '
           'bills, allowances, absences, accidents, care plans, platforms (%d mails)' % len(order)]
    for n, m in enumerate(order, 1):
        fname = build(m, n)
        rules = sorted(set(m['rules']), key=RULE_ORDER.index)
        mf = m['mail_from'] or addr_list(m['frm'])[0]
        out.append('%s:' % fname)
        out.append('  rules: %s' % ylist(rules))
        if 'sensitive' in rules:
            out.append('  categories: {sensitive: %s}' % ylist(m['cats']))
        out.append('  mail_from: %s' % mf)
        out.append('  rcpt: %s' % ylist(rcpt_of(m)))
        out.append('  about: %s' % ylist(m['about']))
        out.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        out.append('  note: %s' % yq(m['note']))
        out.append('  lang: %s' % m['lang'])
        out.append('  format: %s' % ylist(m['fmt']))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    print('wrote %d mails, %d pupils' % (len(order), len(ROSTER)))


if __name__ == '__main__':
    main()
