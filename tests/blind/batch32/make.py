#!/usr/bin/env python3
"""batch32 - blind labelled outbound mail, Sint-Pieterscollege Kessel-Lo (Stroom / LKSD), June exams.

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Standard library only; deterministic (fixed dates, fixed Message-IDs, seeded randomness).
"""
import base64
import datetime
import io
import os
import quopri
import random
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SCHOOL = 'sintpieterscollege.be'
SHORT = 'spc.ksleuven.be'
PUPILDOM = 'leerling.sintpieterscollege.be'

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
_TRANS = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'ß': 'ss', 'ı': 'i', 'đ': 'd', 'Đ': 'D'}


def slugify(s):
    s = ''.join(_TRANS.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isalnum())


def be_iban(bank10):
    """Valid Belgian IBAN from 10 digits (bank code + account)."""
    chk = int(bank10) % 97 or 97
    bban = '%s%02d' % (bank10, chk)
    num = int(bban + '111400')  # B=11 E=14 + '00'
    cd = 98 - num % 97
    s = 'BE%02d%s' % (cd, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yy, mm, dd, seq, after2000=True):
    """Valid Belgian rijksregisternummer YY.MM.DD-SSS.CC."""
    base = '%02d%02d%02d%03d' % (yy, mm, dd, seq)
    n = int(('2' + base) if after2000 else base)
    cc = 97 - n % 97
    return '%02d.%02d.%02d-%03d.%02d' % (yy, mm, dd, seq, cc)


# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------
CLASSES = [f'{y}{c}' for y in range(1, 7) for c in 'ABCD']

KEY = [
    # handle, first, last, class, parent1, parent2
    ('lotte_peeters', 'Lotte', 'Peeters', '3B', 'kristof.peeters@telenet.be', 'ann.vermeiren@gmail.com'),
    ('jonas_peeters', 'Jonas', 'Peeters', '4A', 'marc.peeters64@skynet.be', 'els.dewit@hotmail.com'),
    ('noor_janssens', 'Noor', 'Janssens', '3B', 'bart.janssens@proximus.be', ''),
    ('noor_janssen', 'Noor', 'Janssen', '4C', 'sofie.deridder@telenet.be', 'kevin.janssen@gmail.com'),
    ('mila_hendrickx', 'Mila', 'Hendrickx', '2C', 'fam.hendrickx@telenet.be', 'joke.vos.h@gmail.com'),
    ('arne_hendrickx', 'Arne', 'Hendrickx', '5A', 'fam.hendrickx@telenet.be', 'joke.vos.h@gmail.com'),
    ('yasmine_benali', 'Yasmine', 'Benali', '4B', 'fatima.zahra.b@hotmail.com', 'k.elouardi@gmail.com'),
    ('finn_debacker', 'Finn', 'De Backer', '5C', 'sterrebeek.jo@proximus.be', ''),
    ('adam_elkhatib', 'Adam', 'El Khatib', '3A', 'elkhatib.rachid@gmail.com', 'nadia.b.e@outlook.com'),
    ('adam_vervoort', 'Adam', 'Vervoort', '2B', 'vervoort.gezin@telenet.be', ''),
    ('lucas_vandeputte', 'Lucas', 'Vandeputte', '6A', 'lvdp.pa@gmail.com', ''),
    ('lucas_dhondt', 'Lucas', 'Dhondt', '1B', 'an.dhondt@skynet.be', 'pieter.dhondt@telenet.be'),
    ('sara_govaerts', 'Sara', 'Govaerts', '5B', 'govaerts.luc@telenet.be', 'marleen.smolders@gmail.com'),
    ('emma_verbeke', 'Emma', 'Verbeke', '4B', 'verbeke.thomas@outlook.com', ''),
    ('emma_lambrechts', 'Emma', 'Lambrechts', '6C', 'ilse.lambrechts@icloud.com', 'dirk.lambrechts@telenet.be'),
    ('milan_popovic', 'Milan', 'Popović', '3C', 'popovic.dragan@gmail.com', ''),
    ('oliwia_nowak', 'Oliwia', 'Nowak', '2A', 'k.nowak1980@gmail.com', ''),
    ('tuur_vandenberghe', 'Tuur', 'Vandenberghe', '6B', 'vandenberghe.kris@telenet.be', 'sanne.boon@hotmail.com'),
    ('ines_moreau', 'Inès', 'Moreau', '4A', 'claire.moreau@skynet.be', 'julien.moreau@proximus.be'),
    ('liam_okafor', 'Liam', 'Okafor', '3A', 'chinedu.okafor@gmail.com', 'grace.okafor@outlook.com'),
    ('hanna_schmidt', 'Hanna', 'Schmidt', '5A', 'm.schmidt.leuven@gmail.com', ''),
    ('zoe_vanhoutte', 'Zoë', 'Vanhoutte', '2D', 'vanhoutte.s@telenet.be', ''),
    ('rayan_bouzid', 'Rayan', 'Bouzid', '4D', 'bouzid.h@hotmail.com', 'samira.ait@gmail.com'),
    ('elise_coppens', 'Elise', 'Coppens', '5D', 'coppens.famille@skynet.be', ''),
    ('jules_wellens', 'Jules', 'Wellens', '6A', 'wellens.ria@telenet.be', 'jan.wellens@telenet.be'),
    ('febe_baert', 'Febe', 'Baert', '3D', 'baert.tine@gmail.com', ''),
    ('mats_geerts', 'Mats', 'Geerts', '4C', 'geerts.bram@proximus.be', 'lies.geerts@proximus.be'),
    ('amira_haddad', 'Amira', 'Haddad', '6D', 'haddad.omar@gmail.com', ''),
    ('wout_cuypers', 'Wout', 'Cuypers', '5B', 'cuypers.wim@telenet.be', ''),
    ('louise_nys', 'Louise', 'Nys', '1C', 'nys.caroline@hotmail.com', 'tim.nys@gmail.com'),
    ('kobe_stevens', 'Kobe', 'Stevens', '3B', 'stevens.dominique@telenet.be', ''),
    ('nina_vanaken', 'Nina', 'Van Aken', '2B', 'lore.dockx@gmail.com', ''),
    ('ayoub_tahiri', 'Ayoub', 'Tahiri', '5C', 'tahiri.m@hotmail.com', ''),
    ('lena_decock', 'Lena', 'De Cock', '6B', 'decock.peter@skynet.be', ''),
    ('viktor_roels', 'Viktor', 'Roels', '4D', 'roels.family@gmail.com', ''),
    ('julie_smeets', 'Julie', 'Smeets', '3C', 'smeets.g@telenet.be', 'anja.vanrompaey@gmail.com'),
    ('sem_dewitte', 'Sem', 'Dewitte', '1A', 'dewitte.k@telenet.be', ''),
    ('maya_vos', 'Maya', 'Vos', '5A', 'vos.ellen@gmail.com', ''),
    ('lina_kaya', 'Lina', 'Kaya', '3A', 'kaya.mehmet@gmail.com', 'ayse.kaya@hotmail.com'),
    ('lina_michielsen', 'Lina', 'Michielsen', '5D', 'michielsen.an@proximus.be', ''),
    ('robbe_vanlooy', 'Robbe', 'Van Looy', '6C', 'vanlooy.gert@telenet.be', ''),
    ('fleur_maertens', 'Fleur', 'Maertens', '4B', 'maertens.k@skynet.be', ''),
    ('thibault_leclercq', 'Thibault', 'Leclercq', '5B', 'leclercq.anne@gmail.com', ''),
    ('ella_daems', 'Ella', 'Daems', '2A', 'daems.bert@telenet.be', 'ellen.vaes@telenet.be'),
    ('arthur_vanhoof', 'Arthur', 'Van Hoof', '3D', 'vanhoof.j@gmail.com', ''),
    ('noah_boeckx', 'Noah', 'Boeckx', '4A', 'boeckx.sven@telenet.be', ''),
    ('sofia_rossi', 'Sofia', 'Rossi', '6A', 'rossi.marco@gmail.com', 'laura.bianchi@icloud.com'),
    ('jens_moens', 'Jens', 'Moens', '5C', 'moens.dirk@telenet.be', ''),
    ('olivia_lemmens', 'Olivia', 'Lemmens', '3C', 'k.lemmens@skynet.be', ''),
]

BOYS = ('Lucas Louis Arthur Noah Jules Victor Finn Mats Warre Vic Lars Stan Siebe Tuur Seppe Ruben Thibo '
        'Senne Jasper Bram Robbe Lander Milan Jens Tibo Matthias Arne Lowie Emiel Daan Ferre Hannes Jelle '
        'Niels Toon Rune Nand Cas Wannes Gilles Maxim Pieter-Jan Briek Jonas Adam Liam').split()
GIRLS = ('Emma Olivia Louise Mila Noor Ella Lina Elise Marie Julie Lotte Hanne Fien Nore Febe Lore Amber Sara '
         'Jana Lien Anna Laura Charlotte Margot Renée Kato Liv Luna Roos Axelle Helena Eline Jolien Nina '
         'Hanna Marthe Lisa Fleur Yana Manon').split()
FLEM = ['Dierckx', 'Pauwels', 'Leemans', 'Van Dyck', 'Verbruggen', 'Heylen', 'Schepers', 'Segers', 'Thys',
        'Vandenbussche', 'Smolders', 'Verhaegen', 'Deprez', 'Van Roy', 'Verlinden', 'Indekeu', 'Vanhees',
        'Timmermans', 'Loos', 'Luyten', 'Vercammen', 'Raes', 'Bollen', 'Swinnen', 'Tielemans', 'Cools',
        'Martens', 'Bogaerts', 'Van den Broeck', 'Van Espen', 'Huybrechts', 'Vandersmissen', 'Ooms',
        'Sterckx', 'Meeus', 'Celis', 'Jans', 'Van Gorp', 'Verhelst', 'Laenen', 'Claeys', 'Gijbels',
        'Wijnants', 'Opdebeeck', 'Vanderstraeten', 'Moons', 'Kerckhofs', 'Degreef', 'Hofmans', 'Rutten',
        'Broos', 'Cornelis', 'Stroobants', 'Mommens', 'Lowagie', 'Vanderlinden', 'De Vleeschauwer',
        'Vandevelde', 'Wauters', 'Hellemans', 'Geens', 'Reynders', 'Callebaut', 'Bastiaens']
ORIGINS = {
    # origin: (boys, girls, surnames (male form, female form), adults)
    'maghreb': ('Mohamed Rayan Yassine Bilal Amine Ilyas Hamza Zakaria Adam Omar Anas'.split(),
                'Yasmine Salma Nour Imane Aya Hiba Malak Aisha Lina Sara Noor'.split(),
                [(x, x) for x in ['El Idrissi', 'Ouali', 'Azzouzi', 'Chaouki', 'Boukhari', 'Mansouri',
                                  'Benhaddou', 'El Hamdaoui', 'Ait Lahcen']],
                'Mohammed Rachid Fatima Khadija Karim Naima Abdel Samira Hassan'.split()),
    'turkey': ('Emre Yusuf Mert Mustafa Efe Kerem'.split(), 'Elif Zeynep Ecem Esra Defne'.split(),
               [(x, x) for x in ['Yilmaz', 'Demir', 'Şahin', 'Öztürk', 'Aydın', 'Çelik']],
               'Mustafa Hatice Ayşe Mehmet Ali Fatma'.split()),
    'poland': ('Kacper Jakub Szymon Filip'.split(), 'Zuzanna Maja Julia Natalia'.split(),
               [('Kowalski', 'Kowalska'), ('Lewandowski', 'Lewandowska'), ('Wiśniewski', 'Wiśniewska'),
                ('Zieliński', 'Zielińska')],
               'Piotr Agnieszka Tomasz Katarzyna Marek'.split()),
    'romania': ('Andrei Bogdan Stefan Luca'.split(), 'Ioana Elena Maria Bianca'.split(),
                [(x, x) for x in ['Popescu', 'Ionescu', 'Dumitru', 'Stan']],
                'Ion Maria Mihai Adriana'.split()),
    'congo': ('Samuel Jonathan Merveil Gloire'.split(), 'Grâce Precious Divine Naomi'.split(),
              [(x, x) for x in ['Mukendi', 'Kabongo', 'Ilunga', 'Mbuyi', 'Tshibangu']],
              'Jean-Pierre Christelle Patrick Nadine'.split()),
    'afghan': ('Ahmad Omar Karim Mustafa'.split(), 'Hiba Malak Mariam Zahra'.split(),
               [(x, x) for x in ['Hussaini', 'Rahimi', 'Ahmadi', 'Haidari', 'Sadiqi']],
               'Ahmad Fatemeh Ali Mariam'.split()),
    'ukraine': ('Artem Oleksandr Maksym Danylo'.split(), 'Daria Sofiia Anastasiia Polina'.split(),
                [('Kovalenko', 'Kovalenko'), ('Shevchenko', 'Shevchenko'), ('Petrenko', 'Petrenko'),
                 ('Bondarenko', 'Bondarenko')],
                'Olena Andriy Iryna Serhii'.split()),
    'vietnam': ('Minh Duc Bao'.split(), 'Linh Mai Anh'.split(),
                [(x, x) for x in ['Nguyen', 'Tran', 'Pham']], 'Thanh Hoa Tuan'.split()),
}
ADULT_M = 'Kristof Bart Tom Peter Johan Dirk Koen Steven Geert Wim Sven Jan Filip Joris Frederik Nico'.split()
ADULT_F = 'Ann Els Sofie Katrien Veerle Inge Karen Leen Sarah Kathleen Evelien Nathalie Tine Griet Hilde Liesbeth'.split()
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com',
        'hotmail.com', 'outlook.com', 'icloud.com', 'live.be', 'outlook.be']


def build_roster():
    rng = random.Random('batch32-roster')
    pupils = []
    used_names = set()
    used_mail = set()
    for h, f, l, c, p1, p2 in KEY:
        pupils.append(dict(h=h, first=f, last=l, cls=c, p1=p1, p2=p2))
        used_names.add((f, l))
    for p in pupils:
        m = f'{slugify(p["first"])}.{slugify(p["last"])}@{PUPILDOM}'
        p['mail'] = m
        used_mail.add(m)
    used_parent = set(a for p in pupils for a in (p['p1'], p['p2']) if a)
    keylast = set(p['last'] for p in pupils)
    per_class = {c: sum(1 for p in pupils if p['cls'] == c) for c in CLASSES}

    def parent_addr(first, last):
        pat = rng.randrange(7)
        prov = rng.choice(PROV)
        if pat == 0:
            a = f'{slugify(first)}.{slugify(last)}@{prov}'
        elif pat == 1:
            a = f'{slugify(last)}.{slugify(first)[0]}@{prov}'
        elif pat == 2:
            a = f'fam.{slugify(last)}@{prov}'
        elif pat == 3:
            a = f'{slugify(first)}{slugify(last)}{rng.randrange(60, 99)}@{prov}'
        elif pat == 4:
            a = f'{slugify(first)[0]}{slugify(last)}@{prov}'
        elif pat == 5:
            a = f'{slugify(first)}_{slugify(last)}@{prov}'
        else:
            a = f'{slugify(last)}{slugify(first)}@{prov}'
        while a in used_parent:
            a = a.replace('@', str(rng.randrange(1, 9)) + '@', 1)
        used_parent.add(a)
        return a

    def new_family(imm):
        """returns (origin, girl?, surname for a pupil of each gender, p1, p2)"""
        if imm:
            org = rng.choice(sorted(ORIGINS))
            boys, girls, surn, adults = ORIGINS[org]
            m_last, f_last = rng.choice(surn)
            while m_last in keylast:
                m_last, f_last = rng.choice(surn)
            p1 = parent_addr(rng.choice(adults), m_last)
            r = rng.random()
            if r < 0.3:
                p2 = ''
            elif r < 0.6:
                o_m, o_f = rng.choice(surn)
                p2 = parent_addr(rng.choice(adults), o_f)
            else:
                p2 = parent_addr(rng.choice(adults), f_last)
            return org, (m_last, f_last), p1, p2
        last = rng.choice(FLEM)
        while last in keylast:
            last = rng.choice(FLEM)
        p1 = parent_addr(rng.choice(ADULT_M + ADULT_F), last)
        r = rng.random()
        if r < 0.2:
            p2 = ''
        elif r < 0.55:
            # second parent with own surname (address does not spell the pupil's surname)
            p2 = parent_addr(rng.choice(ADULT_F + ADULT_M), rng.choice(FLEM))
        else:
            p2 = parent_addr(rng.choice(ADULT_F + ADULT_M), last)
        return None, (last, last), p1, p2

    def first_name(org):
        girl = rng.random() < 0.5
        if org:
            boys, girls, _, _ = ORIGINS[org]
            return (rng.choice(girls) if girl else rng.choice(boys)), girl
        return (rng.choice(GIRLS) if girl else rng.choice(BOYS)), girl

    def add(first, last, cls, p1, p2):
        m = f'{slugify(first)}.{slugify(last)}@{PUPILDOM}'
        k = 2
        while m in used_mail:
            m = f'{slugify(first)}.{slugify(last)}{k}@{PUPILDOM}'
            k += 1
        used_mail.add(m)
        used_names.add((first, last))
        pupils.append(dict(h=None, first=first, last=last, cls=cls, p1=p1, p2=p2, mail=m))
        per_class[cls] += 1

    target = 300
    # some sibling families first
    for _ in range(14):
        org, lasts, p1, p2 = new_family(rng.random() < 0.3)
        years = rng.sample(range(1, 7), 2)
        for y in years:
            cls = f'{y}{rng.choice("ABCD")}'
            f, girl = first_name(org)
            while (f, lasts[girl]) in used_names:
                f, girl = first_name(org)
            add(f, lasts[girl], cls, p1, p2)
    while len(pupils) < target:
        cls = min(CLASSES, key=lambda c: (per_class[c], rng.random()))
        org, lasts, p1, p2 = new_family(rng.random() < 0.28)
        f, girl = first_name(org)
        while (f, lasts[girl]) in used_names:
            f, girl = first_name(org)
        add(f, lasts[girl], cls, p1, p2)
    order = list(range(len(pupils)))
    rng.shuffle(order)
    for i, idx in enumerate(order):
        pupils[idx]['id'] = 'P%04d' % (i + 1)
    pupils.sort(key=lambda p: (p['cls'], slugify(p['last']), slugify(p['first'])))
    return pupils


ROSTER = build_roster()
BYH = {p['h']: p for p in ROSTER if p['h']}


def P(h):
    return BYH[h]


def nm(h):
    p = P(h)
    return f'{p["first"]} {p["last"]}'


def pid(h):
    return P(h)['id']


def parents(h):
    p = P(h)
    return [a for a in (p['p1'], p['p2']) if a]


_picked = set(p['id'] for p in ROSTER if p['h'])


def randpupils(cls, n, tag):
    """n deterministic non-key pupils of a class, each pupil handed out once."""
    rng = random.Random('pick-' + tag)
    pool = [p for p in ROSTER if p['cls'] == cls and p['id'] not in _picked]
    pool.sort(key=lambda p: p['id'])
    got = rng.sample(pool, n)
    for p in got:
        _picked.add(p['id'])
    return got


def full(p):
    return f'{p["first"]} {p["last"]}'


def parents_of_classes(classes):
    out = []
    for p in ROSTER:
        if p['cls'] in classes:
            for a in (p['p1'], p['p2']):
                if a and a not in out:
                    out.append(a)
    return out


def write_roster():
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for p in ROSTER:
        lines.append(';'.join([p['id'], p['first'], p['last'], p['cls'], p['mail'], p['p1'], p['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('\r\n'.join(lines) + '\r\n')


# --------------------------------------------------------------------------------------------
# staff and partners
# --------------------------------------------------------------------------------------------
ST = {
    'kvb': ('Katrien Vandenbroucke', 'katrien.vandenbroucke@sintpieterscollege.be'),
    'gw': ('Geert Wouters', 'geert.wouters@sintpieterscollege.be'),
    'hc': ('Hilde Claes', 'hilde.claes@sintpieterscollege.be'),
    'sec': ('Leerlingensecretariaat Sint-Pieterscollege', 'leerlingensecretariaat@spc.ksleuven.be'),
    'ml': ('Marc Lenaerts', 'marc.lenaerts@sintpieterscollege.be'),
    'boek': ('Boekhouding Sint-Pieterscollege', 'boekhouding@spc.ksleuven.be'),
    'bs': ('Bart Smets', 'bart.smets@sintpieterscollege.be'),
    'ict': ('ICT-team Sint-Pieterscollege', 'ict@spc.ksleuven.be'),
    'jv': ('Jonas Vermeulen', 'jvm@spc.ksleuven.be'),
    'eg': ('Els Goossens', 'els.goossens@sintpieterscollege.be'),
    'tm': ('Tom Maes', 'tom.maes@sintpieterscollege.be'),
    'ad': ('An Devos', 'an.devos@sintpieterscollege.be'),
    'pv': ('Pieter Verhoeven', 'pvh@spc.ksleuven.be'),
    'sj': ('Sofie Jacobs', 'sofie.jacobs@sintpieterscollege.be'),
    'wds': ('Wim De Smet', 'wim.desmet@sintpieterscollege.be'),
    'nm': ('Nathalie Mertens', 'nathalie.mertens@sintpieterscollege.be'),
    'hw': ('Hans Willems', 'hwi@spc.ksleuven.be'),
    'ldw': ('Lieve De Wachter', 'ldw@spc.ksleuven.be'),
    'yea': ('Youssef El Amrani', 'youssef.elamrani@sintpieterscollege.be'),
    'sd': ('Sarah Dumont', 'sarah.dumont@sintpieterscollege.be'),
    'jh': ('Joris Hermans', 'joris.hermans@sintpieterscollege.be'),
    'iw': ('Ine Wuyts', 'ine.wuyts@sintpieterscollege.be'),
    'dc': ('Dries Claessens', 'dcl@spc.ksleuven.be'),
    'em': ('Eva Michiels', 'eva.michiels@sintpieterscollege.be'),
    'ra': ('Ruben Aerts', 'ruben.aerts@sintpieterscollege.be'),
    'rv': ('Rita Verstraeten', 'rita.verstraeten@sintpieterscollege.be'),
    'repro': ('Reprografie SPC', 'repro@spc.ksleuven.be'),
    'dir': ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be'),
    'info': ('Sint-Pieterscollege Kessel-Lo', 'info@spc.ksleuven.be'),
    'priv': ('Stefaan Bosmans (DPO Stroom)', 'privacy@lksd.ksleuven.be'),
}
PERSONEEL = 'personeel@spc.ksleuven.be'
UNDISCLOSED = ('', 'undisclosed-recipients:;')

EXT = {
    'clb': ('Marijke Ceulemans', 'marijke.ceulemans@clb-dijleland.be'),
    'clb2': ('Pieter-Jan Roosen', 'pieterjan.roosen@clb-dijleland.be'),
    'onw': ('Jeroen Pauwels', 'jeroen.pauwels@onw-dijleland.be'),
    'jhulp': ('Hanne Wyns', 'hanne.wyns@jeugdhulp-oostbrabant.be'),
    'logo': ('Logopediepraktijk Het Anker', 'info@logopedie-hetanker.be'),
    'psy': ('Bert Lauwers', 'b.lauwers@praktijkderivier.be'),
    'verz': ('Schadedienst De Kerf Verzekeringen', 'schade@verzekeringen-dekerf.be'),
    'ocmw': ('Sanne Goris', 'sanne.goris@sociaalhuis-leuven.be'),
    'school2': ('Leerlingenbegeleiding Atheneum Dijlevallei', 'leerlingenbegeleiding@atheneum-dijlevallei.be'),
    'ewsup': ('ExamenWijs Support', 'support@examenwijs.eu'),
    'ewno': ('ExamenWijs', 'noreply@examenwijs.eu'),
    'print': ('Printlease Vlaanderen - bestellingen', 'orders@printlease-vlaanderen.be'),
    'clean': ('Kevin Lemaire', 'kevin.lemaire@netjes-facility.be'),
    'vbc': ('Secretariaat VBC Kessel-Lo', 'secretariaat@vbc-kessello.be'),
    'cater': ('Traiteur De Meyer', 'info@traiteur-demeyer.be'),
    'bus': ('Reizen Dijleland - reservaties', 'reservaties@reizen-dijleland.be'),
    'jury': ('Koen Vanhaelen', 'koen.vanhaelen@bouwbedrijf-vanhaelen.be'),
    'spk': ('Lies Dirckx', 'lies@klimaatdoeners.be'),
}

SCHOOL_PHONE = '016 35 72 10'
SEC_PHONE = '016 35 72 14'


def sig_full(key, role, phone=None, mobile=None, disclaimer=False):
    name = ST[key][0]
    lines = ['', 'Met vriendelijke groeten,', '', name, role,
             'Sint-Pieterscollege Kessel-Lo | Stroom', 'Abdijlaan 41, 3010 Kessel-Lo']
    if phone:
        lines.append('T ' + phone)
    if mobile:
        lines.append('GSM ' + mobile)
    lines.append('www.sintpieterscollege.be')
    if disclaimer:
        lines += ['', 'Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n). '
                  'Bent u niet de bedoelde ontvanger, verwittig dan de afzender en verwijder dit bericht.']
    return '\n'.join(lines)


IPHONE = '\n\nVerzonden vanaf mijn iPhone'
ANDROID = '\n\nVerzonden vanaf mijn Galaxy'


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f'\n\nVan: {frm}\nVerzonden: {sent}\nAan: {to}\n'
    if cc:
        s += f'CC: {cc}\n'
    s += f'Onderwerp: {subject}\n\n'
    return s


def fwd_hdr(frm, date, subject, to):
    return (f'\n\n---------- Doorgestuurd bericht ---------\nVan: {frm}\nDate: {date}\n'
            f'Subject: {subject}\nTo: {to}\n\n')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_doc(inner, charset='utf-8'):
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.tab {border-collapse:collapse;} table.tab td, table.tab th {border:1px solid #999; padding:2px 6px; '
            'font-size:10.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            f'<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def html_paras(text):
    out = []
    for block in text.split('\n\n'):
        if not block.strip():
            out.append('<p class="MsoNormal">&nbsp;</p>')
            continue
        out.append('<p class="MsoNormal">' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
    return '\n'.join(out)


def html_table(head, rows):
    s = ['<table class="tab" border="1" cellspacing="0" cellpadding="0">',
         '<tr>' + ''.join(f'<th style="background:#D9E2F3">{esc(h)}</th>' for h in head) + '</tr>']
    for r in rows:
        s.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>')
    s.append('</table>')
    return '\n'.join(s)


def text_table(head, rows):
    return '\n'.join('\t'.join(r) for r in [head] + rows)


# --------------------------------------------------------------------------------------------
# attachment builders (deterministic zip timestamps)
# --------------------------------------------------------------------------------------------
ZDT = (2025, 6, 10, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return esc(str(s)).replace('"', '&quot;')


def make_xlsx(rows, sheet='Blad1', macro=False):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join(f'<c r="{col(ci)}{ri}" t="inlineStr"><is><t>{_x(v)}</t></is></c>' for ci, v in enumerate(row))
        xrows.append(f'<row r="{ri}">{cells}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 + ''.join(xrows) + '</sheetData></worksheet>')
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else '') + '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)]
    if macro:
        vba = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
               + b'\x00' * 16 + b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Call BerekenDeliberatie\r\n'
               b'End Sub\r\nSub BerekenDeliberatie()\r\n  Shell "cmd /c copy \\\\srv-spc01\\deliberatie\\*.* %TEMP%"\r\n'
               b'End Sub\r\n' + b'\x00' * 64)
        files.append(('xl/vbaProject.bin', vba))
    return _zip(files)


def make_docx(paragraphs):
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def make_pdf(lines, title='Document'):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    for l in lines:
        content.append(f'({pesc(l)}) Tj T*')
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Title (' + pesc(title).encode('latin-1', 'replace') + b') /Producer (Microsoft Word voor Microsoft 365) '
        b'/CreationDate (D:20250610090000+02\'00\') >>',
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return bytes(out)


CT = {
    'pdf': 'application/pdf', 'csv': 'text/csv', 'txt': 'text/plain',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'docm': 'application/vnd.ms-word.document.macroEnabled.12',
    'zip': 'application/x-zip-compressed', 'ps1': 'application/octet-stream',
    'jpg': 'image/jpeg', 'png': 'image/png', 'exe': 'application/x-msdownload',
}

# --------------------------------------------------------------------------------------------
# mail registry
# --------------------------------------------------------------------------------------------
MAILS = []


def mail(slug, **kw):
    kw['slug'] = slug
    MAILS.append(kw)


def S(k):
    return ST[k]


def E(k):
    return EXT[k]


def PAR(h, which=0, name=None):
    a = parents(h)[which]
    return (name or '', a)


def PUP(h):
    return (nm(h), P(h)['mail'])


# ============================================================================================
# 1. credentials (password) - 35
# ============================================================================================
mail('ict-reset-examenwijs-kobe', date='2025-06-10 07:52', frm=S('ict'), to=[PUP('kobe_stevens')],
     subject='Je account op ExamenWijs is opnieuw ingesteld',
     text=f'''Dag Kobe,

Je meldde gisteren dat je niet meer kon aanmelden op ExamenWijs (het digitale examenplatform). Je account was geblokkeerd na te veel foute pogingen. We hebben het vrijgegeven.

Je kan aanmelden met:
gebruikersnaam: kobe.stevens
tijdelijk wachtwoord: KesselLo!8432

Bij de eerste aanmelding vraagt het platform om een nieuw wachtwoord te kiezen. Doe dat vandaag nog, niet pas op de ochtend van je examen.

Veel succes met de examens!
ICT-team Sint-Pieterscollege''',
     rules=['password'], about=['kobe_stevens'], lang='nl',
     note='temporary password for the exam platform sent to a pupil')

mail('code-kopielokaal-nieuw', date='2025-06-06 16:10', frm=S('rv'), to=[S('ad'), S('pv'), S('sj')],
     subject='nieuwe code kopielokaal',
     text='''Dag collega's,

Omdat de examenvragen nu in het kopielokaal klaarliggen is de deurcode vanaf maandag 9/6 veranderd.
Nieuwe code: 5820*
(eerst de cijfers, dan sterretje, groen lampje afwachten)

Geef hem aub niet door aan leerlingen of aan de jobstudenten.

Rita''',
     rules=['password'], about=[], lang='nl',
     note='door code of the copy room; three single colleagues in To is fine')

mail('kluis-examenkopies-combinatie', date='2025-06-11 12:31', frm=S('gw'),
     to=[S('hw'), S('em'), S('ra')], subject='Examenkopieën in de kluis',
     text='''Beste Hans, Eva en Ruben,

Jullie hebben volgende week 's avonds toezicht bij het avondexamen van de 6des (dinsdag). De examenkopieën liggen vanaf vandaag in de grote kluis in het secretariaat, bovenste plank, per klas in een gele enveloppe.

Combinatie van de kluis: 36 - 12 - 28 (eerst naar rechts draaien)

Na het examen alles terug in de kluis en de deur goed dichtdraaien. Ik ben die avond zelf niet op school.

Dank!
Geert

--
Geert Wouters
adjunct-directeur / examencoördinator
Sint-Pieterscollege Kessel-Lo''',
     html=None, rules=['password'], about=[], lang='nl',
     note='safe combination for the exam copies')

mail('wifi-examenlaptops-sleutel', date='2025-06-05 10:04', frm=S('bs'), to=[S('eg')], cc=[S('jv')],
     subject='RE: laptops voor de examens met aanpassingen',
     text='''Hoi Els,

De 14 examenlaptops staan klaar in C.003. Ze hangen op een apart netwerk zodat ze niet aan het internet kunnen tijdens het examen.

Netwerk: SPC-EXAM
WPA2-sleutel: Dijle#Exam2025-lok

Mocht een laptop toch de verbinding verliezen, dan mag de toezichter die sleutel opnieuw ingeven. Liefst niet op het bord schrijven :-)

Groetjes
Bart''' + outlook_hdr('Els Goossens', 'woensdag 4 juni 2025 15:22', 'Bart Smets', 'laptops voor de examens met aanpassingen') +
     '''Dag Bart,
Kunnen de laptops voor de leerlingen met voorleessoftware en extra tijd tegen maandag klaarstaan? Ik heb er 14 nodig.
Els''',
     tags=['reply'], rules=['password'], about=[], lang='nl',
     note='Wi-Fi key of the exam network; no pupil named')

_csv_laptops = 'lokaal;toestel;gebruiker;startwachtwoord\r\n' + ''.join(
    f'C.003;EXLAP-{i:02d};examen{i:02d};{w}\r\n' for i, w in enumerate(
        ['Vx4-kq81', 'Tr7-mm20', 'Lp2-zo93', 'Qa9-hh47', 'Wn3-rb58', 'Ez6-ko12', 'Bc8-ty35',
         'Mu5-pl66', 'Fd1-sx70', 'Hy4-gw29', 'Jk7-ne84', 'Ro2-vi51', 'Ys9-ca03', 'Gt6-du48'], 1))
mail('examenlaptops-startwachtwoorden-csv', date='2025-06-06 08:40', frm=S('jv'), to=[S('eg')],
     subject='lijst examenlaptops',
     text='''Els,

In bijlage de lijst van de examenlaptops met de lokale gebruikers. Elke laptop heeft een eigen startwachtwoord, de leerling krijgt het papiertje pas in het lokaal.

Jonas (ICT)''',
     att=[('examenlaptops_juni2025.csv', _csv_laptops.encode('utf-8'))],
     rules=['password'], about=[], lang='nl', note='CSV attachment with start passwords of exam laptops')

mail('backupcodes-secretariaat-2fa', date='2025-06-03 14:15', frm=S('bs'), to=[S('hc')],
     subject='Back-upcodes tweestapsverificatie secretariaatsaccount',
     text='''Dag Hilde,

Zoals gevraagd: de back-upcodes voor de tweestapsverificatie van het account leerlingensecretariaat@. Elke code werkt maar één keer. Print ze af en leg ze in de kluis, niet in een bestand op de computer.

  4829 1057     7730 2291
  1184 6620     5093 7718
  3302 9146     8857 0431
  6619 2284     2040 5563

Groeten,
Bart Smets
ICT-coördinator''',
     rules=['password'], about=[], lang='nl', note='2FA backup codes of the secretariat mailbox')

mail('sms-code-smartschool-doorgeven', date='2025-06-24 13:02', frm=S('hc'), to=[S('bs')],
     subject='code', text='''Bart, ik kreeg net deze code op mijn gsm voor de beheerdersmodule van Smartschool: 418 207
Kan jij inloggen en de rapporten van 4C vrijgeven? Ik zit in de klassenraad tot 15u.
Hilde''' + IPHONE, tags=['phone'], rules=['password'], about=[], lang='nl',
     note='one-time SMS code forwarded to a colleague')

mail('correctieplatform-wiskunde-login-gesplitst', date='2025-06-13 20:47', frm=S('pv'), to=[S('sd')],
     subject='login correctieplatform wiskunde 4de jaar',
     text='''Hey Sarah,

Voor het verbeteren van de digitale oefeningen van het examen wiskunde 4de jaar kan je op het correctieplatform met de gedeelde vakgroepaccount.

gebruiker: wis4-examen
wachtwoord zet ik in twee stukken zodat het niet zomaar in één lijn staat :)
eerste stuk: Pyth4g
tweede stuk: oras!25
(gewoon aan elkaar plakken)

Wij verbeteren 4A en 4B, jij 4C en 4D. Punten in Skore tegen woensdag 12u.

Pieter''',
     rules=['password'], about=[], lang='nl', note='shared account password split over two lines')

mail('gedeelde-map-ww-gespeld', date='2025-06-17 09:26', frm=S('nm'), to=[S('sj')],
     subject='gedeelde map examens talen',
     text='''Sofie,

Het wachtwoord van de beveiligde map "Examens talen 2025" op de server heb ik gewijzigd. Om tikfouten te vermijden spel ik het even:

hoofdletter D - i - j - l - e - dan de cijfers 2 0 2 5 - dan een uitroepteken - en dan kleine letters t a a l

Dus alles aan elkaar. Laat maar weten als het niet lukt.

Nathalie''',
     rules=['password'], about=[], lang='nl', note='password of a protected folder spelled out letter by letter')

mail('printcode-interim-leraarslokaal', date='2025-06-02 11:05', frm=S('repro'), to=[S('sd')],
     subject='Welkom - printcode en kopieerbadge',
     text=f'''Dag Sarah,

Welkom op het Sint-Pieterscollege! Je printcode (PIN) voor de Konica-toestellen in het leraarslokaal en aan het secretariaat is: 7391

Je badge voor het kopielokaal is pas vanaf maandag actief. Tot dan mag je bij mij langskomen voor je examenkopieën (graag 3 werkdagen op voorhand).

Met vriendelijke groeten,

Rita Verstraeten
reprografie
Sint-Pieterscollege Kessel-Lo
T {SEC_PHONE}''',
     rules=['password', 'personal_data'], about=[], lang='nl',
     note='printer PIN for a new interim teacher; school phone number in signature')

mail('zomer-alarmcode-poetsfirma', date='2025-06-27 15:40', frm=S('kvb'), to=[E('clean')],
     subject='Toegang school tijdens de zomervakantie',
     text='''Beste Kevin,

Zoals besproken kan jullie ploeg vanaf dinsdag 1 juli de grote zomerpoets starten. De school is dan leeg, de secretariaten zijn enkel open op 1-4 juli en vanaf 18 augustus.

Praktisch:
- Sleutelkluisje aan de achterpoort (kant fietsenstalling): code 0412
- In het kluisje zit de badge voor de hoofdingang.
- Alarm uitschakelen: 1-9-7-3 gevolgd door OFF. Bij vertrek: 1-9-7-3 en ON, dan heb je 45 seconden.
- Gelieve geen ramen open te laten in blok B (duiven).

Bij problemen kan u de conciërge bereiken tot 4 juli.''' + sig_full('kvb', 'directeur', phone=SCHOOL_PHONE, mobile='0472 18 55 09'),
     rules=['password', 'personal_data'], about=[], lang='nl',
     note='alarm code and key-safe code to an external cleaning firm; phone numbers in signature')

mail('coaccount-louise-rapport', date='2025-06-26 10:12', frm=S('sec'), to=[PAR('louise_nys', 0, 'Caroline Nys')],
     subject='Co-account Smartschool Louise Nys',
     text='''Beste mevrouw Nys,

U liet weten dat u niet meer kan aanmelden met uw co-account om het rapport van Louise te bekijken. Wij hebben het wachtwoord van co-account 1 opnieuw ingesteld:

gebruikersnaam: louise.nys
co-account: 1
wachtwoord: kX7p-2mQa

U wordt gevraagd dit bij de eerste aanmelding te wijzigen. Het rapport wordt vrijdag 27 juni om 16 uur zichtbaar.

Met vriendelijke groeten,
Hilde Claes
leerlingensecretariaat''',
     rules=['password'], about=['louise_nys'], lang='nl',
     note='co-account password to the pupil\'s own parent (correctly addressed)')

mail('fwd-examenwijs-beheerdersaccount', date='2025-06-04 08:03', frm=S('gw'), to=[S('em')],
     subject='Fwd: Welkom bij ExamenWijs - uw beheerdersaccount',
     text='''Eva, jij neemt tijdens mijn afwezigheid op 12-13 juni het beheer van de examensessies over. Hieronder de gegevens, wijzig het wachtwoord meteen.
Geert''' + fwd_hdr('ExamenWijs <noreply@examenwijs.eu>', 'ma 2 jun. 2025 om 17:41', 'Welkom bij ExamenWijs - uw beheerdersaccount',
                   'Geert Wouters <geert.wouters@sintpieterscollege.be>') +
     '''Beste beheerder,

Er werd een beheerdersaccount voor u aangemaakt voor de school Sint-Pieterscollege Kessel-Lo.

Platform: https://spc.examenwijs.eu
Gebruikersnaam: spc-admin2
Tijdelijk wachtwoord: Wz7!rT93qL

Dit wachtwoord vervalt na 72 uur.

Met vriendelijke groet,
Het ExamenWijs-team''',
     tags=['forward'], rules=['password'], about=[], lang='nl',
     note='forwarded vendor welcome mail with admin temporary password')

mail('summer-task-platform-liam', date='2025-06-30 17:20', frm=S('nm'), to=[PAR('liam_okafor', 0, 'Chinedu Okafor')],
     subject='Liam - summer tasks English and Dutch',
     text='''Dear Mr Okafor,

Thank you for coming to the report-card meeting this afternoon. As promised, here is the information for Liam's summer tasks.

The tasks are on the online platform "Zomerwerk" (https://zomerwerk.sintpieterscollege.be). Liam has a separate login there, it is not his Smartschool account:

username: liam.okafor
password: Summer-Task-4417

He should finish the Dutch reading file and the English grammar units before 25 August. He can hand in the written parts on the first school day.

Kind regards,
Nathalie Mertens
English teacher''',
     rules=['password'], about=['liam_okafor'], lang='en', note='pupil login for the summer task platform sent to the pupil\'s father')

mail('mdp-smartschool-ines', date='2025-06-18 08:15', frm=S('ict'), to=[PAR('ines_moreau', 0, 'Claire Moreau')],
     subject='Nouveau mot de passe Smartschool - Inès Moreau',
     text='''Madame Moreau,

Suite à votre appel de ce matin, nous avons réinitialisé le compte Smartschool d'Inès.

Identifiant : ines.moreau
Nouveau mot de passe : Lv9#pe2K

Elle devra choisir un nouveau mot de passe lors de la première connexion. Sans ce compte elle ne peut pas consulter l'horaire des examens de rattrapage.

Bien à vous,
L'équipe ICT du Sint-Pieterscollege''',
     rules=['password'], about=['ines_moreau'], lang='fr', note='new Smartschool password of a pupil mailed to her mother, in French')

_seb_rows = [['B.204', '4A + 4B', 'toezicht1', 'Toezicht-0625'], ['B.205', '4C', 'toezicht2', 'Toezicht-0625'],
             ['C.112', '5A + 5B', 'toezicht3', 'Toezicht-0625'], ['C.003', 'laptops aanpassingen', 'toezicht4', 'Toezicht-0625']]
mail('seb-afsluitwachtwoord-toezichters', date='2025-06-09 07:31', frm=S('bs'), to=[S('gw')],
     subject='Safe Exam Browser - afsluiten na het examen',
     html=html_doc(html_paras('''Geert,

Kan jij dit aan de toezichters van de digitale examens bezorgen (op papier)? Na het examen moet de toezichter de Safe Exam Browser afsluiten met het afsluitwachtwoord, anders blijft de laptop vergrendeld.''')
                   + html_table(['Lokaal', 'Klassen', 'Toezichtaccount', 'Afsluitwachtwoord SEB'], _seb_rows)
                   + html_paras('''

Leerlingen mogen dit uiteraard niet zien.

Bart''')), rules=['password'], about=[], lang='nl',
     note='Outlook HTML table with the exam browser quit password')

_resaccounts = [['gebruiker', 'wachtwoord', 'geldig tot'],
                ['herex-01', 'Aug!kx72Lm', '29/08/2025'], ['herex-02', 'Aug!pq19Vz', '29/08/2025'],
                ['herex-03', 'Aug!wt83Nc', '29/08/2025'], ['herex-04', 'Aug!br40Ds', '29/08/2025'],
                ['herex-05', 'Aug!hy65Qe', '29/08/2025'], ['herex-06', 'Aug!zu27Gf', '29/08/2025']]
mail('reserve-accounts-herexamens-xlsx', date='2025-07-02 10:48', frm=S('jv'), to=[S('gw')],
     subject='reserve-accounts herexamens augustus',
     text='''Geert,

Voor de herexamens eind augustus heb ik 6 reserve-accounts op ExamenWijs aangemaakt voor leerlingen die hun eigen login kwijt zijn. Zie bijlage. Bewaar het bestand op de P-schijf en niet in je mail aub.

mvg
Jonas''',
     att=[('reserve_accounts_herexamens.xlsx', make_xlsx(_resaccounts, 'accounts'))],
     rules=['password'], about=[], lang='nl', note='xlsx attachment with reserve accounts and passwords')

mail('gip-jury-toegang-docx', date='2025-06-12 16:55', frm=S('gw'), to=[E('jury')],
     subject='GIP-jury 6de jaar - toegang tot de portfolio\'s',
     text='''Beste heer Vanhaelen,

Hartelijk dank dat u opnieuw in de jury van de geïntegreerde proef zetelt op 19 en 20 juni.

In bijlage vindt u een document met de toegang tot het platform waar de portfolio's van de leerlingen staan, zodat u die op voorhand kan doornemen. Het jurymoment zelf gaat door in de refter (ingang Abdijlaan).

Met vriendelijke groeten,
Geert Wouters
adjunct-directeur''',
     att=[('toegang_jury_GIP_2025.docx', make_docx([
         'Toegang GIP-portfolio\'s 6de jaar - jury 2025',
         'Platform: https://gip.sintpieterscollege.be',
         'Gebruikersnaam: jury.vanhaelen',
         'Wachtwoord: GIPjury-2025!kv',
         'Het account wordt op 30 juni automatisch afgesloten.']))],
     rules=['password'], about=[], lang='nl', note='docx attachment with jury login and password to an outside partner')

mail('wifi-proclamatie-traiteur-pdf', date='2025-06-23 11:20', frm=S('hc'), to=[E('cater')],
     subject='Proclamatie 27 juni - praktische info',
     text='''Beste,

In bijlage de praktische fiche voor de proclamatie van vrijdag 27 juni (levering, opstelling, toegang tot het wifi-netwerk voor jullie kassa).

Leveren kan vanaf 15 uur via de poort aan de sporthal.

Vriendelijke groeten,
Hilde Claes
secretariaat''',
     att=[('praktische_fiche_proclamatie.pdf', make_pdf([
         'Proclamatie 6de jaar - vrijdag 27 juni 2025', '',
         'Levering: vanaf 15.00 uur, poort sporthal', 'Opstelling: refter, 3 buffetten',
         'Wifi voor de kassa:', 'Netwerk: SPC-Gast', 'Sleutel: Proclamatie2025!', '',
         'Contact ter plaatse: mevr. H. Claes'], 'Praktische fiche proclamatie'))],
     rules=['password'], about=[], lang='nl', note='PDF attachment with the guest Wi-Fi key to a caterer')

mail('ww-in-onderwerp-lokaal-b104', date='2025-06-16 08:02', frm=S('ad'), to=[S('hw')],
     subject='ww leerkrachtenpc B.104 = Bib2025lokaal!',
     text='zie onderwerp, ik heb het daar moeten resetten. An' + ANDROID, tags=['phone'],
     rules=['password'], about=[], lang='nl', note='password in the Subject line, short phone mail')

mail('re-tijdelijk-wachtwoord-gelukt', date='2025-06-20 09:44', frm=S('ldw'), to=[S('bs')],
     subject='Re: Uw account werd ontgrendeld',
     text='''Gelukt, bedankt! Ik kan terug aan mijn examenpunten.
Lieve

Op vr 20 jun 2025 om 08:57 schreef Bart Smets <bart.smets@sintpieterscollege.be>:
''' + quote('''Dag Lieve,

Je account was vergrendeld na te veel foute pogingen vanaf je laptop thuis.
We hebben het ontgrendeld en een tijdelijk wachtwoord ingesteld:

Tijdelijk-55Kp

Wijzig het meteen na aanmelden.

Bart
ICT'''), tags=['reply'], rules=['password'], about=[], lang='nl',
     note='password only present in the quoted earlier message')

mail('account-unlocked-hanna-b64', date='2025-06-12 07:40', frm=S('ict'), to=[PUP('hanna_schmidt')],
     subject='Your school account was unlocked',
     text='''Hi Hanna,

Your school account (Smartschool and ExamenWijs) was locked after several wrong attempts yesterday evening. We unlocked it.

Temporary password: Gx4!mW92

Please change it right away, before your exam of biology at 8.30.

ICT team Sint-Pieterscollege''', cte='b64',
     rules=['password'], about=['hanna_schmidt'], lang='en', note='temporary password in a base64 body, English')

mail('schijf-thuis-qp-wachtwoord', date='2025-06-14 18:30', frm=S('bs'), to=[S('yea')],
     subject='Toegang tot de P-schijf van thuis uit',
     text='''Dag Youssef,

Om van thuis uit aan je examenbestanden te kunnen (VPN), gebruik je deze instellingen in de app "Stroom VPN":

server: vpn.lksd.ksleuven.be
gebruiker: youssef.elamrani
wachtwoord: Zomer=Vakantie25

Het wachtwoord is hetzelfde als voor je laptop sinds de reset van vorige week. Verander het best eens via https://account.lksd.ksleuven.be.

Groeten,
Bart''', cte='qp', rules=['password'], about=[], lang='nl',
     note='VPN password in a quoted-printable body (= encoded as =3D)')

mail('boekhoudpakket-cp1252', date='2025-06-25 14:05', frm=S('ml'), to=[S('hc')],
     subject='Schoolboek - toegang tijdens mijn verlof',
     text='''Hilde,

Tijdens mijn verlof (30/6 – 11/7) moet jij eventueel de betalingen van de eindfactuur kunnen inboeken. Je kan daarvoor mijn account in Schoolboek gebruiken:

login: mlenaerts
wachtwoord: Dijlevallei€9

Niet verder geven aub, en na mijn verlof verander ik het.

Marc''', cs='windows-1252', cte='qp',
     rules=['password'], about=[], lang='nl', note='accounting package password in a Windows-1252 body')

mail('kluiscode-iphone', date='2025-06-16 07:12', frm=S('gw'), to=[S('dc')],
     subject='kluis', text='''Dries, ik sta in de file. Code kluis secretariaat: 0612. De examens van 2B liggen op de tweede plank, sleutel van A.012 in de bovenste lade van mijn bureau.
Gr Geert''' + IPHONE, tags=['phone'], rules=['password'], about=[], lang='nl',
     note='safe code in a short phone mail')

mail('bitlocker-herstelsleutel-laptop', date='2025-06-21 10:33', frm=S('bs'), to=[S('yea')],
     subject='RE: laptop vraagt herstelsleutel',
     text='''Youssef,

Dat is BitLocker, dat gebeurt soms na een BIOS-update. Typ deze herstelsleutel in (zonder streepjes mag ook):

Sleutel-ID: 7A3F01C2
Herstelsleutel: 248930-551287-036542-710083-429916-118547-663201-095744

Daarna opstarten zoals gewoonlijk. Lukt het niet, breng hem maandag langs.

Bart''' + outlook_hdr('Youssef El Amrani', 'zaterdag 21 juni 2025 09:58', 'Bart Smets',
                      'laptop vraagt herstelsleutel') + '''Bart, sorry voor het weekend, mijn laptop vraagt een herstelsleutel bij het opstarten en ik moet nog 5C verbeteren. Help?
Youssef''', tags=['reply'], rules=['password'], about=[], lang='nl',
     note='BitLocker recovery key for a teacher correcting at home')

mail('voicemail-pin-onthaal', date='2025-06-30 12:15', frm=S('kvb'), to=[S('gw')],
     subject='voicemail onthaal tijdens de vakantie',
     text=f'''Geert,

Jij beluistert in juli de voicemail van het onthaal. Bel naar {SCHOOL_PHONE}, druk * tijdens de begroeting en geef de PIN 4096 in, gevolgd door #.

Dringende zaken (beroepsprocedures!) meteen aan mij doorgeven.

Katrien''', rules=['password', 'personal_data'], about=[], lang='nl',
     note='voicemail PIN plus the school phone number')

mail('zip-punten-wachtwoord', date='2025-06-23 21:14', frm=S('sj'), to=[S('nm')],
     subject='wachtwoord zip',
     text='''Nathalie,

Ik stuurde je daarnet via WeTransfer de zip met de ingescande examens Frans van 5B. Het wachtwoord om hem te openen is: 5Bfrans-Juni!

Sofie''', rules=['password'], about=[], lang='nl', note='password of a protected zip file sent in a separate mail')

mail('sleutelkluis-sporthal-volleybal', date='2025-07-01 09:30', frm=S('wds'), to=[E('vbc')],
     subject='Sporthal tijdens zomerstages',
     text='''Beste,

Zoals elk jaar kunnen jullie de sporthal gebruiken voor de zomerstages (7/7 - 15/8, telkens 9-16u).

De sleutel van de sporthal en de berging zit in het sleutelkluisje naast de nooduitgang. Code: 2 7 5 9
Graag de sleutel na elke dag terug in het kluisje en de code niet aan de stagiairs geven.

Sportieve groeten,
Wim De Smet
LO - sportcoördinator''', rules=['password'], about=[], lang='nl', note='key-safe code to an outside sports club')

mail('re-wachtwoord-adam-vader', date='2025-06-27 17:45', frm=S('sec'), to=[PAR('adam_elkhatib', 0, 'Rachid El Khatib')],
     subject='RE: Adam kan rapport niet zien',
     text='''Beste meneer El Khatib,

Het wachtwoord van Adam is opnieuw ingesteld naar: Adam2025!start
Hij moet het bij de eerste aanmelding zelf wijzigen. Daarna kan hij en kan u via zijn account het rapport bekijken.

Met vriendelijke groeten,
leerlingensecretariaat''' + outlook_hdr('Rachid El Khatib [mailto:elkhatib.rachid@gmail.com]', 'vrijdag 27 juni 2025 17:02',
                                         'leerlingensecretariaat@spc.ksleuven.be', 'Adam kan rapport niet zien') +
     '''Goedendag, mijn zoon Adam El Khatib uit 3A kan niet inloggen op smartschool, hij weet zijn wachtwoord niet meer. Hoe kunnen wij het rapport zien? Dank u. Rachid''',
     tags=['reply'], rules=['password'], about=['adam_elkhatib'], lang='nl',
     note='pupil password sent to his father in a reply')

mail('lokale-admin-examenlaptops', date='2025-06-08 19:02', frm=S('bs'), to=[S('jv')],
     subject='examenlaptops nog updaten',
     text='''Jonas,

Kan jij maandag voor 8u de 14 examenlaptops nog laten updaten? Lokale admin: .\\examadmin
ww: Kz!83hQ-ex

Niet via Intune, de laptops hangen aan SPC-EXAM.

B.''', rules=['password'], about=[], lang='nl', note='local admin password of the exam laptops')

mail('authenticator-geheime-sleutel', date='2025-06-19 13:37', frm=S('bs'), to=[S('kvb')],
     subject='Tweestapsverificatie op je nieuwe gsm',
     text='''Dag Katrien,

Omdat je nieuwe gsm de QR-code niet kon scannen: kies in Microsoft Authenticator "Account toevoegen" > "Ander account" > "Of voer code handmatig in" en geef deze geheime sleutel in:

JBSW Y3DP EHPK 3PXP 7GQA

Accountnaam: katrien.vandenbroucke@sintpieterscollege.be

Nadien deze mail verwijderen aub.

Bart''', rules=['password'], about=[], lang='nl', note='TOTP secret key for two-factor authentication')

mail('deurcode-leraarskamer-avond', date='2025-06-10 16:48', frm=S('gw'), to=[S('ldw'), S('ra')],
     subject='avondtoezicht donderdag',
     text='''Lieve, Ruben,
Donderdagavond (inhaalexamens) is het onthaal dicht vanaf 17u. De zijdeur van de leraarskamer: 4-4-7-1-#
Tot dan,
Geert''', rules=['password'], about=[], lang='nl', note='door code in a short internal mail')

mail('toezichtlaptop-accounts-regels', date='2025-06-16 07:05', frm=S('jv'), to=[S('wds')],
     subject='toezicht digitale examens sporthal',
     text='''Wim,

Voor het toezicht in de sporthal (digitale examens 3de jaar):

Aanmelden op de toezichtlaptop vooraan:
toezicht5
Toezicht!Jun25

In het dashboard zie je welke leerlingen verbonden zijn. Iemand die "offline" staat: hand opsteken, wij komen.

Jonas''', rules=['password'], about=[], lang='nl', note='username and password on separate lines without labels')

_3b_extra = randpupils('3B', 2, 'p35-3b')
mail('resets-examenwijs-3b', date='2025-06-10 08:20', frm=S('ict'), to=[S('iw')],
     subject='3B - wachtwoorden ExamenWijs gereset',
     text=f'''Dag Ine,

Deze leerlingen van 3B konden vanochtend niet inloggen op ExamenWijs. Ik heb hun wachtwoord gereset; kan jij het hen straks in de klas op een briefje geven?

{nm('noor_janssens')} - Start!3B41
{nm('lotte_peeters')} - Start!3B77
{full(_3b_extra[0])} - Start!3B12
{full(_3b_extra[1])} - Start!3B95

Ze moeten het zelf wijzigen bij het aanmelden.

ICT''', rules=['password'], about=['noor_janssens', 'lotte_peeters', _3b_extra[0], _3b_extra[1]], lang='nl',
     note='list of pupils with their reset passwords sent to the class teacher')

# ============================================================================================
# 2. look-alikes of credentials - 15 (no password may fire)
# ============================================================================================
mail('wachtwoord-verloopt-personeel', date='2025-06-16 06:30', frm=S('ict'), to=[UNDISCLOSED], bcc=[PERSONEEL],
     subject='Je wachtwoord verloopt op 30 juni',
     text='''Beste collega,

Op 30 juni verlopen de wachtwoorden van alle personeelsaccounts van Stroom (jaarlijkse wijziging). Wijzig je wachtwoord vóór die datum via https://account.lksd.ksleuven.be > "Wachtwoord wijzigen". Kies minstens 14 tekens en gebruik het niet voor andere diensten.

Let op: wij zullen je nooit een wachtwoord per mail sturen of er één vragen. Krijg je zo'n mail, meld die dan aan ict@spc.ksleuven.be.

Wie het vergeten is, kan tijdens de examenperiode elke dag tussen 12u en 13u langskomen in C.003.

ICT-team''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='mail about passwords without one; staff list in BCC only')

mail('wachtwoord-vergeten-uitleg-maya', date='2025-06-11 15:02', frm=S('jv'), to=[PUP('maya_vos')],
     subject='RE: kan niet inloggen',
     text='''Dag Maya,

Je kan je wachtwoord zelf opnieuw instellen: ga naar de aanmeldpagina van Smartschool, klik op "Wachtwoord vergeten?" en volg de stappen. Je krijgt een link op het gsm-nummer dat in je account staat.

Lukt dat niet, kom dan morgen na je examen naar C.003. We sturen nooit wachtwoorden per mail.

Jonas - ICT''', tags=['reply'], rules=[], about=['maya_vos'], lang='nl',
     note='instructions how to reset, no secret')

mail('helpdesk-tuur-ouder', date='2025-06-20 12:40', frm=S('ldw'), to=[PAR('tuur_vandenberghe', 0, 'Kris Vandenberghe')],
     subject='RE: wachtwoord Tuur',
     text='''Beste meneer Vandenberghe,

Ik begrijp dat Tuur zijn wachtwoord kwijt is, maar ik mag dat als leerkracht niet opvragen of doorsturen. Tuur kan maandag na zijn laatste examen even langs de ICT-helpdesk gaan (lokaal C.003), zij zetten het ter plaatse opnieuw in.

Zijn punten voor biologie staan trouwens al in Skore, die kan u ook zien via uw eigen co-account.

Vriendelijke groeten,
Lieve De Wachter''', tags=['reply'], rules=[], about=['tuur_vandenberghe'], lang='nl',
     note='refers the parent to the helpdesk, no password; correctly addressed')

mail('bestelling-toner-printlease', date='2025-06-04 09:15', frm=S('rv'), to=[E('print')],
     subject='Bestelling toner - klantnummer 80231',
     text=f'''Goedemorgen,

Graag hadden wij volgende bestelling geplaatst voor de examenperiode:

klantnummer: 80231
bestelbon: 4500123987
artikel TN-512K (zwart) - 6 stuks
artikel TN-512C (cyaan) - 2 stuks
levering: Abdijlaan 41, 3010 Kessel-Lo, leveringsadres "reprografie", poort 2

Kan dit nog vóór 10 juni geleverd worden?

Met vriendelijke groeten,
Rita Verstraeten
reprografie Sint-Pieterscollege
tel. {SEC_PHONE}''', rules=['personal_data'], about=[], lang='nl',
     note='order and customer numbers are not secrets; school phone in signature')

_rooms = [['ma 16/6', '8u30-10u10', 'wiskunde', '4A, 4B', 'B.204', 'Devos, Willems'],
          ['ma 16/6', '8u30-10u10', 'wiskunde', '4C, 4D', 'B.205', 'Aerts, Michiels'],
          ['ma 16/6', '10u30-12u10', 'Frans', '3A-3D', 'sporthal', 'De Smet, Claessens, Jacobs'],
          ['di 17/6', '8u30-10u10', 'Nederlands', '5A-5D', 'refter', 'Mertens, Verhoeven'],
          ['di 17/6', '8u30-10u10', 'Nederlands', 'aparte ruimte', 'A.015', 'Goossens'],
          ['di 17/6', '10u30-12u10', 'geschiedenis', '6A-6D', 'C.112 / C.113', 'Wouters, De Wachter']]
mail('examenlokalen-toezichten-week2', date='2025-06-12 13:00', frm=S('gw'),
     to=[S('ad'), S('hw'), S('ra'), S('em'), S('wds'), S('dc'), S('sj'), S('nm'), S('pv'), S('ldw')],
     subject='Examenlokalen en toezichten week 2',
     text='Beste collega\'s,\n\nHieronder de verdeling van de lokalen en toezichten voor week 2.\n\n'
          + text_table(['dag', 'uur', 'examen', 'klassen', 'lokaal', 'toezicht'], _rooms) +
          '\n\nDe kopieën haal je 15 minuten vooraf op in het secretariaat.\n\nGeert',
     html=html_doc(html_paras('Beste collega\'s,\n\nHieronder de verdeling van de lokalen en toezichten voor week 2.')
                   + html_table(['dag', 'uur', 'examen', 'klassen', 'lokaal', 'toezicht'], _rooms)
                   + html_paras('\n\nDe kopieën haal je 15 minuten vooraf op in het secretariaat.\n\nGeert')),
     rules=[], about=[], lang='nl', note='room numbers and exam times only; ten single colleagues in To, no group address')

mail('vakcodes-examen-id', date='2025-06-05 11:42', frm=S('pv'), to=[S('sd')],
     subject='examen in Skore aanmaken',
     text='''Sarah,

Bij het aanmaken van het examen in Skore: de vakcode is WIS-4B-02 (niet WIS-4B-01, dat is de uitbreiding). Het examen zelf heeft als ID EX-2025-0417, dat moet je bij "koppelen" ingeven. Gewicht 60/40 zoals vorig jaar.

Pieter''', rules=[], about=[], lang='nl', note='course code and exam ID are not secrets')

mail('factuur-referentie-ella', date='2025-06-19 10:30', frm=S('boek'), to=[PAR('ella_daems', 1, 'Ellen Vaes')],
     subject='RE: kopie factuur uitstap',
     text='''Beste mevrouw Vaes,

In bijlage vindt u zoals gevraagd een kopie van de factuur van de uitstap naar Technopolis van Ella (factuur 2025/0614). Het bedrag werd al betaald op 28 mei, er staat dus niets meer open.

Ter info: de gestructureerde mededeling was +++090/1234/56785+++, voor het geval uw bank ernaar vraagt.

Met vriendelijke groeten,
Marc Lenaerts
boekhouding''',
     att=[('factuur_2025-0614.pdf', make_pdf(['Sint-Pieterscollege Kessel-Lo - factuur 2025/0614', '',
                                               'Leerling: Ella Daems (2A)', 'Uitstap Technopolis - 14,50 EUR',
                                               'Betaald op 28/05/2025', 'Mededeling: +++090/1234/56785+++'], 'Factuur'))],
     tags=['reply'], rules=[], about=['ella_daems'], lang='nl',
     note='payment reference and invoice number; bill already paid; parent 2 address does not spell the pupil\'s surname')

mail('teams-klassenraad-clb-uitnodiging', date='2025-06-18 15:00', frm=S('gw'), to=[E('clb2')],
     subject='Uitnodiging: klassenraad 2de graad (online deelname CLB)',
     html=html_doc(html_paras('''Beste Pieter-Jan,

Zoals afgesproken kan je de deliberaties van de 2de graad op dinsdag 24 juni (13u30-17u) online volgen.''') + '''
<p class="MsoNormal">________________________________________________________________________________</p>
<p class="MsoNormal"><b><span style="font-size:18pt;color:#252424">Microsoft Teams</span></b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjFiZDUtZmE2Mi00YjQ2@thread.v2/0?context=%7b%22Tid%22%3a%22c3f1%22%7d">Nu deelnemen aan de vergadering</a></p>
<p class="MsoNormal">Vergadering-ID: 372 118 904 552<br>Wachtwoordcode: Xq7Rb2</p>
<p class="MsoNormal">________________________________________________________________________________</p>
'''), rules=[], about=[], lang='nl', note='Teams invitation with its meeting passcode, allowed')

mail('zoom-opleiding-examenwijs', date='2025-06-02 16:20', frm=S('bs'), to=[S('sd'), S('em'), S('yea')],
     subject='Korte opleiding ExamenWijs voor nieuwe collega\'s',
     text='''Hoi Sarah, Eva en Youssef,

De leverancier geeft woensdag om 14u een online opleiding van een halfuur over het aanmaken van digitale examens. Jullie zijn welkom:

Zoom-vergadering
https://examenwijs.zoom.us/j/85122904471?pwd=dXc3R0lqZ1ZpaUhNQT09
Meeting ID: 851 2290 4471
Passcode: 620914

Groeten,
Bart''', rules=[], about=[], lang='nl', note='Zoom invitation with meeting passcode, allowed by default')

mail('klascode-zomertaak-jules', date='2025-06-30 14:10', frm=S('hw'), to=[PUP('jules_wellens')],
     subject='zomertaak geschiedenis',
     text='''Jules,

Zoals besproken op het rapportgesprek: de zomertaak geschiedenis staat in Google Classroom. Je sluit aan met de klascode 7hk2p3q. De taak is in te dienen vóór 20 augustus.

Fijne vakantie,
mr. Willems''', rules=[], about=['jules_wellens'], lang='nl', note='class code of Classroom is not a secret')

mail('laptop-herinstallatie-nieuw-ww-persoonlijk', date='2025-06-26 11:05', frm=S('jv'), to=[S('ad')],
     subject='herinstallatie laptop 1 juli',
     text='''An,

Je laptop staat op de lijst voor herinstallatie op dinsdag 1 juli. Zet je bestanden op OneDrive vóór maandagavond. Je nieuwe wachtwoord krijg je die dag persoonlijk van mij aan het loket in C.003, niet per mail.

Jonas''', rules=[], about=[], lang='nl', note='announces a new password without giving it')

mail('platform-login-hanna-moeder-en', date='2025-06-06 12:22', frm=S('gw'), to=[PAR('hanna_schmidt', 0, 'Monika Schmidt')],
     subject='RE: digital exams - how does Hanna log in?',
     text='''Dear Mrs Schmidt,

Hanna does not need a separate account for the digital exams. She logs in on ExamenWijs with her usual Smartschool username and password, exactly like for her homework. If she has forgotten it, she can ask our ICT helpdesk in room C.003 before the exams start.

Kind regards,
Geert Wouters
deputy head''', tags=['reply'], rules=[], about=['hanna_schmidt'], lang='en',
     note='explains the login without giving any secret; correctly addressed')

mail('kluis-zonder-code', date='2025-06-13 10:50', frm=S('gw'), to=[S('sd')],
     subject='examenkopieën na het examen',
     text='''Sarah,

Na je examen leg je de kopieën in de kluis in A.012 (achter de deur rechts). De code krijg je mondeling van mij of van Hilde op het secretariaat, die zet ik niet in een mail.

Geert''', rules=[], about=[], lang='nl', note='mentions the safe but deliberately not its code')

mail('leerlingnummer-dossier-oliwia', date='2025-06-25 09:15', frm=S('hc'), to=[PAR('oliwia_nowak', 0)],
     subject='Attest van inschrijving - Oliwia Nowak',
     text='''Beste mevrouw Nowak,

Voor de aanvraag bij uw werkgever kan u verwijzen naar het leerlingnummer 20231187 en ons dossiernummer 2025/114. Het attest van inschrijving voor het schooljaar 2025-2026 ligt vanaf maandag klaar op het secretariaat.

Met vriendelijke groeten,
Hilde Claes''', rules=[], about=['oliwia_nowak'], lang='nl',
     note='pupil number and file number open nothing')

mail('gastspreker-wifi-prikbord', date='2025-06-03 09:00', frm=S('ldw'), to=[E('spk')],
     subject='Uw uiteenzetting op 5 juni',
     text='''Beste Lies,

Fijn dat u donderdag na de examens van de 3des komt vertellen over jullie klimaatproject. U kan aanmelden bij het onthaal; ik haal u daar om 13u15 op.

Er is een beamer met HDMI in de zaal. Voor het wifi-netwerk SPC-Gast hangt de sleutel op het prikbord in het leraarslokaal, die geef ik u ter plaatse.

Tot donderdag!
Lieve De Wachter''', rules=[], about=[], lang='nl', note='network name only, key given in person')

# ============================================================================================
# 3. sensitive - 45 (6 of them misdirected)
# ============================================================================================
_adj3 = [[nm('sofia_rossi'), '6A', 'aparte ruimte (A.015), mag even buiten', 'angststoornis, attest psychiater'],
         [nm('lina_michielsen'), '5D', 'voorleessoftware + 1/3 extra tijd', 'dyslexie (attest logopedie)'],
         [nm('jens_moens'), '5C', 'extra tijd, vooraan bij het raam', 'ADHD'],
         [nm('robbe_vanlooy'), '6C', 'laptop, geen handschrift', 'gebroken sleutelbeen (val met de fiets, 2/6)'],
         [nm('hanna_schmidt'), '5A', 'woordenboek Duits-Nederlands', 'anderstalige nieuwkomer']]
mail('aanpassingen-examens-3de-graad', date='2025-06-06 11:30', frm=S('eg'), to=[S('nm'), S('hw'), S('ldw')],
     subject='Examens juni - aanpassingen 3de graad',
     text='Beste collega\'s,\n\nVoor jullie toezichten in de 3de graad: deze leerlingen hebben recht op redelijke aanpassingen tijdens de examens (zoals besproken op de MDO\'s).\n\n'
          + text_table(['Leerling', 'Klas', 'Aanpassing', 'Reden'], _adj3) +
          '\n\nGelieve deze lijst niet op het bord of de deur van het lokaal te hangen.\n\nEls Goossens\nzorgcoördinator',
     html=html_doc(html_paras('Beste collega\'s,\n\nVoor jullie toezichten in de 3de graad: deze leerlingen hebben recht op redelijke aanpassingen tijdens de examens (zoals besproken op de MDO\'s).')
                   + html_table(['Leerling', 'Klas', 'Aanpassing', 'Reden'], _adj3)
                   + html_paras('\n\nGelieve deze lijst niet op het bord of de deur van het lokaal te hangen.\n\nEls Goossens\nzorgcoördinator')),
     rules=['sensitive'], cats=['psychosocial', 'care', 'medical'],
     about=['sofia_rossi', 'lina_michielsen', 'jens_moens', 'robbe_vanlooy', 'hanna_schmidt'], lang='nl',
     note='table of exam adjustments with the reasons: anxiety, dyslexia, ADHD, broken collarbone')

mail('paniekaanval-febe-frans', date='2025-06-16 12:25', frm=S('sj'), to=[S('tm')],
     subject='Febe 3D - examen Frans',
     text='''Tom,

Even ter info voor het leerlingvolgsysteem: Febe Baert (3D) kreeg vanochtend na een twintigtal minuten in het examen Frans een paniekaanval. Ze hyperventileerde en zat te huilen onder haar bank. Ik heb haar met Wim naar de ziekenboeg gebracht, daar is ze wat gekalmeerd. Ze zei dat ze 's nachts amper slaapt van de stress en dat het thuis "niet goed gaat" maar wou niet meer vertellen.

Het examen heeft ze niet afgewerkt. Kan jij bekijken of ze het later apart mag afleggen en of ze nog iemand van jullie wil spreken?

Sofie''', rules=['sensitive'], cats=['psychosocial'], about=['febe_baert'], lang='nl',
     note='panic attack during an exam, named pupil')

mail('flauwgevallen-sem-ouder', date='2025-06-17 10:58', frm=S('tm'), to=[PAR('sem_dewitte', 0)],
     subject='Sem is even onwel geworden',
     text='''Beste mevrouw Dewitte,

Ik wil u even laten weten dat Sem vanochtend tijdens het examen wiskunde is flauwgevallen. Hij is niet op zijn hoofd gevallen, de toezichter kon hem opvangen. Hij is in de ziekenboeg wat bijgekomen, heeft gegeten en gedronken en voelt zich nu beter. Hij gaf aan dat hij niet ontbeten had en al een paar dagen duizelig is.

Sem mocht het examen deze namiddag afwerken in een apart lokaal. Misschien is het toch goed om hem eens door de huisarts te laten nakijken.

Vriendelijke groeten,
Tom Maes
leerlingenbegeleiding''', rules=['sensitive'], cats=['medical'], about=['sem_dewitte'], lang='nl',
     note='pupil fainted during an exam, mailed to his own parent')

mail('doktersattest-julie-inhaalexamen', date='2025-06-13 09:05', frm=S('sec'), to=[PAR('julie_smeets', 0)],
     subject='Afwezigheid Julie Smeets - inhaalexamen',
     text='''Beste ouder,

Wij ontvingen het doktersattest van Julie voor 12 en 13 juni (griep met hoge koorts). Julie hoeft de gemiste examens aardrijkskunde en chemie niet allemaal in te halen: de klassenraad beslist of er voldoende gegevens zijn.

Voorlopig staat het inhaalexamen aardrijkskunde gepland op woensdag 25 juni om 8u30 in lokaal A.114. Als Julie dan nog ziek is, gelieve ons opnieuw een attest te bezorgen.

Beterschap gewenst!

Met vriendelijke groeten,
leerlingensecretariaat Sint-Pieterscollege''', rules=['sensitive'], cats=['medical'], about=['julie_smeets'], lang='nl',
     note='illness and doctor\'s note of a named pupil, correctly addressed')

mail('spieken-gsm-rayan-sanctie', date='2025-06-18 15:40', frm=S('gw'), to=[PAR('rayan_bouzid', 0, 'Hassan Bouzid')],
     subject='Onregelmatigheid tijdens het examen economie',
     text='''Beste meneer Bouzid,

Tijdens het examen economie van vanochtend werd vastgesteld dat Rayan zijn gsm bij zich had en die onder zijn bank gebruikte. Op het toestel stond een foto van de samenvatting van het leerstofpakket. Volgens het examenreglement (art. 9) geldt dit als fraude.

Na overleg met de directie werd beslist:
- Rayan krijgt 0/80 voor het examen economie;
- hij legt morgen zijn examens af in het lokaal van de leerlingenbegeleiding, zonder gsm;
- de klassenraad zal deze onregelmatigheid meenemen bij de deliberatie.

U kan tegen deze beslissing schriftelijk reageren bij de directeur. Ik ben uiteraard bereid dit toe te lichten in een gesprek.

Met vriendelijke groeten,

Geert Wouters
adjunct-directeur''', rules=['sensitive'], cats=['psychosocial'], about=['rayan_bouzid'], lang='nl',
     note='cheating with a phone and its sanction, to the pupil\'s father')

_4b = randpupils('4B', 8, 's-4b')
_rem4b = {
    0: ('B', 'uitsluiting economie', 'moeilijke thuissituatie (ouders in echtscheiding, verblijft week-week), veel te laat'),
    1: ('uitgesteld', 'herexamen wiskunde', ''),
    2: ('A', '', 'lang afwezig door ziekte van Pfeiffer (feb - april), inhaalplan gevolgd'),
    3: ('A', '', 'vader overleden in januari; veerkrachtig, verdere opvolging door titularis'),
    4: ('A', '', ''),
    5: ('B', 'uitsluiting wetenschappen', 'schoolweigering sinds maart, traject met CLB en ONW loopt'),
    6: ('A', '', 'mooie vooruitgang Frans'),
    7: ('C', 'overzitten of heroriëntering', 'advies: overstap naar 4 Bedrijfsorganisatie'),
}
_rows4b = []
for i, p in enumerate(_4b):
    a, b, c = _rem4b[i]
    _rows4b.append([full(p), a, b, c])
_rows4b.insert(2, [nm('yasmine_benali'), 'A', '', 'dyslexie: voorleessoftware werkte goed, behouden in 5de jaar'])
_rows4b.insert(5, [nm('fleur_maertens'), 'A', '', 'examens Frans/wiskunde mondeling wegens gebroken pols'])
_rows4b.insert(8, [nm('emma_verbeke'), 'A', '', 'CLB-opvolging loopt verder (zie LVS)'])
mail('klassenraad-4b-overzicht', date='2025-06-24 18:15', frm=S('jh'), to=[S('kvb'), S('gw'), S('eg')],
     subject='Overzicht deliberatie 4B',
     html=html_doc(html_paras('''Beste Katrien, Geert en Els,

Hierbij het overzicht van de deliberatie van 4B van vanmiddag, zoals afgesproken voor de bespreking met de ouders op 30/6. De opmerkingen zijn zoals genoteerd door de klassenraad.''')
                   + html_table(['Leerling', 'Attest', 'Clausulering / herexamen', 'Opmerkingen klassenraad'], _rows4b)
                   + html_paras('''

Groetjes,
Joris Hermans
klastitularis 4B''')), rules=['sensitive'], cats=['family', 'medical', 'psychosocial', 'care'],
     about=[*_4b, 'yasmine_benali', 'fleur_maertens', 'emma_verbeke'], lang='nl',
     note='Outlook HTML class-council table with a remarks column: divorce, illness, death of a father, school refusal, dyslexia, CLB')

_5b = randpupils('5B', 4, 's-5b')
mail('notulen-klassenraad-5b', date='2025-06-25 20:02', frm=S('nm'), to=[S('kvb'), S('hc')],
     subject='notulen delibererende klassenraad 5B',
     text=f'''Dag Katrien, dag Hilde,

Hieronder de notulen van de klassenraad van 5B (geplakt uit Word, de bijlage lukte niet via de webmail).

Nathalie

------------------------------------------------------------
DELIBERERENDE KLASSENRAAD 5B - woensdag 25 juni 2025, 13u30 - 15u45
Aanwezig: K. Vandenbroucke (voorzitter), N. Mertens (titularis), S. Jacobs, P. Verhoeven, H. Willems, L. De Wachter, Y. El Amrani, E. Goossens (zorg)
Verontschuldigd: /

1. Algemene bespreking
De klas heeft een moeilijk jaar achter de rug. Veel afwezigheden in het tweede trimester, het klasgebeuren was onrustig. Positief: de GWP naar Brugge verliep vlot.

2. Individuele bespreking

{nm('sara_govaerts')}
A-attest. De klassenraad houdt rekening met haar angststoornis; Sara volgt sinds januari therapie bij een psycholoog. Tekort Frans (8/20) wordt niet gesanctioneerd. Zomertaak Frans.

{nm('wout_cuypers')}
Uitgesteld. Wout is sinds april nog nauwelijks op school geweest (schoolweigering). CLB volgt op. Hij legt in augustus de examens wiskunde, Nederlands en fysica af.

{full(_5b[0])}
A-attest. Goed jaar.

{full(_5b[1])}
B-attest (uitsluiting wetenschappelijke richtingen). Moeder vroeg bij het oudercontact of de schoolrekening in schijven betaald kan worden; het OCMW volgt het gezin op. Boekhouding is op de hoogte.

{nm('thibault_leclercq')}
A-attest. Was in maart twee weken gehospitaliseerd (longontsteking), inhaalexamens goed afgelegd.

{full(_5b[2])}
A-attest met waarschuwing voor wiskunde.

{full(_5b[3])}
B-attest. Woont sinds december in een pleeggezin; contact via de consulent van jeugdhulp, niet via de biologische ouders.

3. Varia
- Uitreiking rapporten: maandag 30 juni vanaf 16u.
- Beroepsprocedure: de ouders worden via het rapport op de hoogte gebracht.

Verslag: N. Mertens
------------------------------------------------------------''', cs='utf-8', cte='8bit',
     rules=['sensitive'], cats=['psychosocial', 'care', 'financial', 'medical', 'family'],
     about=['sara_govaerts', 'wout_cuypers', 'thibault_leclercq', *_5b], lang='nl',
     note='long minutes pasted from Word; anxiety/therapy, school refusal/CLB, OCMW, hospital, foster family')

mail('schoolweigering-wout-clb', date='2025-06-26 09:40', frm=S('tm'), to=[E('clb')],
     subject='Wout Cuypers 5B - aanmelding zomerperiode',
     text='''Dag Marijke,

Zoals telefonisch besproken meld ik Wout Cuypers (5B, geboren op 14/03/2008) opnieuw aan voor opvolging tijdens de zomer.

Kort: Wout is sinds de paasvakantie nog 9 halve dagen op school geweest. Hij zegt dat hij "het gewoon niet meer kan" en blijft in de ochtend in bed liggen. Moeder geeft aan dat hij 's nachts gamet en weinig buitenkomt. Hij heeft geen enkel examen afgelegd; de klassenraad heeft de beslissing uitgesteld tot na de herexamens eind augustus.

Kunnen jullie in juli al een eerste gesprek plannen? Moeder is akkoord.

Groeten,
Tom Maes
leerlingenbegeleider''', rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'],
     about=['wout_cuypers'], lang='nl', note='school refusal referral to the CLB with date of birth')

mail('milan-leefgroep-jeugdhulp', date='2025-06-20 14:22', frm=S('eg'), to=[E('jhulp')],
     subject='Milan Popović 3C - rapport en afspraken volgend schooljaar',
     text=f'''Beste Hanne,

Milan verblijft sinds februari in de leefgroep in Heverlee. Zoals afgesproken sturen we de schoolse informatie naar u en niet naar vader.

- De klassenraad komt samen op dinsdag 24 juni. Milan scoort op de meeste vakken voldoende, voor Frans en wiskunde is er nog twijfel.
- Zijn begeleidingsplan (extra tijd, structuur via planningsbord) loopt door.
- Het rapport wordt op 30 juni afgehaald door de begeleider van de leefgroep, tenzij u anders laat weten.

Mogen we in september een overleg plannen met u, de leefgroep en het CLB?

Vriendelijke groeten,
Els Goossens
zorgcoördinator''', rules=['sensitive'], cats=['family', 'care'], about=['milan_popovic'], lang='nl',
     note='pupil placed in youth care and his support plan, to the youth-care worker')

mail('lena-moeder-overleden-klassenraad', date='2025-06-23 07:45', frm=S('ldw'),
     to=[S('hw'), S('sj'), S('pv'), S('yea'), S('nm')],
     subject='voor de klassenraad 6B morgen',
     text='''Beste collega's,

Voor de collega's die Lena De Cock niet zo goed kennen: haar mama is in maart overleden na een lange ziekte. Lena heeft een moeilijk tweede semester gehad en zat een paar keer bij Tom. Haar resultaten voor wiskunde en chemie zijn sterk gezakt.

Ik zou willen voorstellen dat we morgen bij de deliberatie rekening houden met deze situatie en haar het diploma toekennen.

Lieve (titularis 6B)''', rules=['sensitive'], cats=['family'], about=['lena_decock'], lang='nl',
     note='death of a pupil\'s mother mentioned before the deliberation')

mail('openstaand-saldo-ayoub-afbetaling', date='2025-06-27 11:10', frm=S('boek'), to=[PAR('ayoub_tahiri', 0)],
     subject='Openstaande schoolrekeningen Ayoub',
     text='''Beste mevrouw Tahiri,

Bij het afsluiten van het schooljaar stellen wij vast dat er voor Ayoub nog drie rekeningen openstaan (maart, april en juni), samen 412,50 euro.

We begrijpen dat dit een moeilijke periode is. U kan een afbetalingsplan aanvragen, bijvoorbeeld in maandelijkse schijven van 50 euro. Laat ons gerust weten wat voor u haalbaar is; dit heeft geen gevolgen voor het rapport van Ayoub.

Met vriendelijke groeten,
Marc Lenaerts
boekhouding Sint-Pieterscollege''', rules=['sensitive'], cats=['financial'], about=['ayoub_tahiri'], lang='nl',
     note='unpaid bills and payment plan for one pupil, to the pupil\'s parent')

mail('ocmw-factuur-amira', date='2025-06-30 10:05', frm=S('ml'), to=[E('ocmw')],
     subject='Eindafrekening schooljaar - Amira Haddad (6D)',
     text='''Beste mevrouw Goris,

Zoals afgesproken in het dossier van de familie Haddad bezorgen wij de eindafrekening van Amira (6D) rechtstreeks aan het OCMW.

Totaal schooljaar 2024-2025: 538,20 euro
Reeds betaald door het OCMW: 300,00 euro
Nog te betalen: 238,20 euro (factuur 2025/0977 in bijlage)

Mogen wij vragen om het saldo vóór 31 juli over te maken? Amira heeft haar diploma behaald; zij komt volgend schooljaar dus niet meer terug.

Met vriendelijke groeten,
Marc Lenaerts''',
     att=[('factuur_2025-0977.pdf', make_pdf(['Sint-Pieterscollege Kessel-Lo - factuur 2025/0977', '',
                                               'Leerling: Amira Haddad (6D)', 'Saldo schooljaar 2024-2025: 238,20 EUR',
                                               'Betaling via OCMW-dossier'], 'Factuur'))],
     rules=['sensitive'], cats=['financial'], about=['amira_haddad'], lang='nl',
     note='school bill paid by the OCMW (social assistance), to the social worker')

mail('beroep-c-attest-jules', date='2025-07-01 16:30', frm=S('kvb'), to=[PAR('jules_wellens', 0, 'Ria Wellens')],
     subject='Uw beroep tegen de beslissing van de klassenraad - Jules',
     text='''Beste mevrouw Wellens,

Wij ontvingen uw aangetekend schrijven van 30 juni waarin u de beslissing van de delibererende klassenraad (niet geslaagd, 6de jaar) betwist.

Zoals voorzien in het schoolreglement nodig ik u en Jules uit voor een overleg op woensdag 2 juli om 10 uur in mijn bureau. Tijdens dit gesprek licht ik de motivering van de klassenraad toe. In het verslag staat onder meer dat Jules dit schooljaar 11 weken afwezig was na de operatie aan zijn knie en de revalidatie, en dat de inhaalexamens voor drie vakken onvoldoende waren.

Na het overleg kan ik de klassenraad opnieuw samenroepen. Bent u het daarna nog niet eens met de beslissing, dan kan u beroep aantekenen bij de beroepscommissie van LKSD.

Met vriendelijke groeten,

Katrien Vandenbroucke
directeur''', rules=['sensitive'], cats=['medical'], about=['jules_wellens'], lang='nl',
     note='appeal procedure; reasons include a knee operation and long absence')

mail('verslag-gesprek-ouders-sara', date='2025-07-02 12:50', frm=S('kvb'), to=[S('gw')],
     subject='verslag overleg beroep Govaerts',
     text='''Geert,

Kort verslag van het gesprek met de ouders van Sara Govaerts (5B) van vanochtend, voor het dossier:

- Ouders stellen dat de klassenraad onvoldoende rekening hield met Sara's angststoornis. Zij verwijzen naar het verslag van haar psycholoog en de therapie die sinds januari loopt.
- Zij vragen dat de zomertaak Frans wordt omgezet in een gesprek met de leerkracht in september.
- Ik heb uitgelegd dat het A-attest blijft en dat de zomertaak een advies is, geen voorwaarde.
- Ouders leggen zich daarbij neer; geen verdere beroepsprocedure.

Kan jij Sofie op de hoogte brengen?
Katrien''', rules=['sensitive'], cats=['psychosocial', 'care'], about=['sara_govaerts'], lang='nl',
     note='internal report of a meeting about a contested decision: anxiety disorder, therapy')

mail('mats-medicatie-vergeten', date='2025-06-11 08:35', frm=S('iw'), to=[PAR('mats_geerts', 1, 'Lies Geerts')],
     subject='Mats - medicatie',
     text='''Dag mevrouw Geerts,

Mats zegt dat hij vanochtend zijn Rilatine vergeten is. Hij heeft om 10u30 examen wiskunde en is nu al erg onrustig. Kan iemand de medicatie nog vóór 10u aan het onthaal afgeven? Dan geven wij het hem in de pauze.

Zijn extra tijd en de aparte plaats achteraan (ADHD-afspraken) zijn zoals altijd voorzien.

Groeten,
Ine Wuyts''', rules=['sensitive'], cats=['medical', 'care'], about=['mats_geerts'], lang='nl',
     note='ADHD medication and adjustments, to the pupil\'s mother (parent 2)')

mail('support-plan-liam-en', date='2025-06-04 16:05', frm=S('eg'), to=[PAR('liam_okafor', 1, 'Grace Okafor')],
     subject='Liam - exam arrangements June',
     text='''Dear Mrs Okafor,

As agreed in Liam's support plan (dyslexia, diagnosed last autumn by the speech therapist), Liam will have the following arrangements during the June exams:

- one third extra time for all written exams;
- exams printed in font size 14, Arial;
- a laptop with reading software (Kurzweil) for the language exams;
- no marks deducted for spelling mistakes, except in Dutch spelling tests.

He will take his exams in room C.003 with the other pupils who use a laptop. If you have any questions, please do not hesitate to contact me.

Kind regards,
Els Goossens
special needs coordinator''', rules=['sensitive'], cats=['care'], about=['liam_okafor'], lang='en',
     note='dyslexia and reasonable adjustments, in English to the international parent')

mail('thibault-hospitalisation-fr', date='2025-06-19 13:15', frm=S('sj'), to=[PAR('thibault_leclercq', 0, 'Anne Leclercq')],
     subject='Thibault - examen de français',
     text='''Madame Leclercq,

Je vous remercie pour votre message. Je comprends que Thibault a de nouveau été hospitalisé hier soir pour des problèmes respiratoires et qu'il ne pourra pas passer l'examen de français de vendredi.

Ne vous inquiétez pas pour l'examen : le conseil de classe tiendra compte de ses résultats de l'année. Si nécessaire, il pourra le passer fin août.

Je lui souhaite un prompt rétablissement.

Bien cordialement,
Sofie Jacobs
professeur de français''', rules=['sensitive'], cats=['medical'], about=['thibault_leclercq'], lang='fr',
     note='hospitalisation of a pupil, in French to his mother')

_rrn_viktor = rrn(10, 3, 14, 275)
mail('ongevalaangifte-viktor-verzekering', date='2025-06-05 10:40', frm=S('hc'), to=[E('verz')],
     subject='Ongevalaangifte schoolpolis 70.221.448 - Viktor Roels',
     text=f'''Geachte,

Hierbij de aangifte van een schoolongeval (polis 70.221.448).

Slachtoffer: Viktor Roels, klas 4D
Rijksregisternummer: {_rrn_viktor}
Datum en uur: 4 juni 2025, 14u10
Plaats: sporthal, les lichamelijke opvoeding
Omschrijving: bij het basketbal ongelukkig gevallen op de rechterarm.
Letsel: breuk van de rechter onderarm (radius), gipsverband, vastgesteld op de spoeddienst van AZ Dijlevallei.

Het geneeskundig getuigschrift en het attest van de spoeddienst vindt u in bijlage.

Met vriendelijke groeten,
Hilde Claes
leerlingensecretariaat''',
     att=[('geneeskundig_getuigschrift_Roels.pdf', make_pdf(['Geneeskundig getuigschrift - schoolongeval',
                                                              'Patient: Viktor Roels', 'Diagnose: fractuur distale radius rechts',
                                                              'Gips 4 tot 6 weken, geen sport', 'Dr. M. Vercruysse'], 'Getuigschrift'))],
     rules=['sensitive', 'personal_data'], cats=['medical'], about=['viktor_roels'], lang='nl',
     note='school accident claim with a broken arm and a valid national register number')

mail('elise-zwanger-examenspreiding', date='2025-06-03 13:20', frm=S('tm'), to=[S('gw')],
     subject='Elise Coppens 5D',
     text='''Geert,

Vertrouwelijk: Elise Coppens (5D) kwam vandaag bij mij. Ze is 4 maanden zwanger; haar mama weet het, de klastitularis nog niet. Ze is vaak misselijk in de ochtend en vraagt of haar examens gespreid kunnen worden, liefst in de namiddag.

Kan dat voor de examens van 5D? Ze wil niet dat de klas het weet.

Tom''', rules=['sensitive'], cats=['medical'], about=['elise_coppens'], lang='nl',
     note='pregnancy of a named pupil, internal')

mail('zelfverwonding-emma-clb', date='2025-06-12 16:20', frm=S('tm'), to=[E('clb')],
     subject='Zorg - Emma Verbeke (4B)',
     text='''Dag Marijke,

Ik wil Emma Verbeke (4B) dringend aanmelden. De leerkracht LO merkte vandaag in de kleedkamer verse sneetjes op haar onderarmen. Emma heeft met mij gepraat en bevestigt dat ze zichzelf al een paar weken snijdt, vooral 's avonds en in de examenstress. Ze zegt geen suïcidale gedachten te hebben.

Vader is vanmiddag telefonisch ingelicht en komt haar ophalen. Hij staat open voor hulp via het CLB.

Kan jij haar nog deze week zien?

Tom Maes''', rules=['sensitive'], cats=['psychosocial', 'care'], about=['emma_verbeke'], lang='nl',
     note='self-harm of a named pupil, referral for CLB follow-up')

mail('pestincident-adam-2b', date='2025-06-19 19:05', frm=S('dc'), to=[PAR('adam_elkhatib', 0)],
     subject='Adam - gesprek na het pestincident',
     text='''Beste meneer,

Zoals beloofd een korte terugkoppeling. Vandaag heb ik met Adam Vervoort en de drie betrokken leerlingen van 2B gesproken. Adam werd de voorbije weken in de klasgroep op Snapchat uitgelachen en op de speelplaats geduwd. Hij durfde er thuis niet over te praten.

Met de daders zijn afspraken gemaakt (herstelgesprek, geen contact via sociale media), en de leerlingenbegeleiding houdt Adam de komende weken in het oog. Na de examens plannen we nog een gesprek met u.

Met vriendelijke groeten,
Dries Claessens
klastitularis 2B''', rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['adam_vervoort'], mis=True,
     lang='nl', note='bullying of Adam Vervoort (2B) sent to the father of Adam El Khatib (3A): wrong Adam picked by autocomplete')

mail('pestgedrag-mila-schorsing', date='2025-06-05 17:30', frm=S('gw'), to=[PAR('mila_hendrickx', 0)],
     subject='Tuchtmaatregel Mila Hendrickx (2C)',
     text='''Beste ouders,

Zoals telefonisch meegedeeld, was Mila de voorbije weken samen met twee andere leerlingen betrokken bij pestgedrag tegenover een klasgenote via een Instagram-account. De berichten waren kwetsend en werden in de hele klasgroep gedeeld.

Als ordemaatregel wordt Mila morgen, vrijdag 6 juni, preventief geschorst. Zij maakt thuis een reflectieopdracht. Maandag volgt een herstelgesprek met de leerlingenbegeleiding.

Met vriendelijke groeten,
Geert Wouters
adjunct-directeur''', rules=['sensitive'], cats=['psychosocial'], about=['mila_hendrickx'], lang='nl',
     note='bullying perpetrator and suspension, to the family address shared with her brother')

mail('politie-jens-verhoor', date='2025-06-20 11:48', frm=S('kvb'), to=[S('gw'), S('tm')],
     subject='politie',
     text='''Ter info: de wijkagent is deze ochtend langs geweest in verband met de verdwenen gsm's uit de kleedkamer van de sporthal. Jens Moens (5C) wordt morgen op het politiekantoor verhoord, samen met zijn vader. Hij legt zijn examen van maandag gewoon af.

Graag discreet houden.
K.''', tags=['phone'], rules=['sensitive'], cats=['psychosocial'], about=['jens_moens'], lang='nl',
     note='police involvement with a named pupil')

mail('overdracht-lina-kaya-andere-school', date='2025-06-30 15:15', frm=S('eg'), to=[E('school2')],
     subject='Overdracht zorgdossier - Lina Kaya',
     text='''Beste collega,

Lina Kaya (3A) stapt op 1 september over naar jullie school. Met akkoord van haar ouders bezorg ik hierbij de overdrachtsfiche.

Lina heeft dyslexie en dyscalculie (attesten in het dossier). Ze gebruikt voorleessoftware en een rekenkaart en kreeg een derde extra tijd bij toetsen en examens. Die maatregelen zijn belangrijk voor haar; zonder komt ze in paniek.

Ik ben tot 4 juli en vanaf 18 augustus bereikbaar voor een warme overdracht.

Met collegiale groeten,
Els Goossens
zorgcoördinator Sint-Pieterscollege''',
     att=[('overdracht_Lina_Kaya.pdf', make_pdf(['Overdrachtsfiche leerlingenbegeleiding', 'Leerling: Lina Kaya (3A)',
                                                  'Diagnoses: dyslexie, dyscalculie', 'Maatregelen: voorleessoftware, rekenkaart, 1/3 extra tijd',
                                                  'CLB: dossier bij CLB Dijleland'], 'Overdracht'))],
     rules=['sensitive'], cats=['care'], about=['lina_kaya'], lang='nl',
     note='learning disorders and measures passed to another school, PDF attached')

mail('logopedie-zoe-clb-in-cc', date='2025-06-23 09:30', frm=S('eg'), to=[E('logo')], cc=[E('clb')],
     subject='Zoë Vanhoutte (2D) - vervolg therapie',
     text='''Beste,

Op vraag van mevrouw Vanhoutte stuur ik jullie de bevindingen van de school na de examens. Zoë scoorde voor spelling en lezen opnieuw zwak, ondanks de compenserende maatregelen. De klassenraad adviseert om de logopedische therapie in het derde jaar verder te zetten en een nieuw onderzoek naar dyslexie te laten doen.

Ik zet Marijke van het CLB in kopie, zodat zij het gemotiveerd verslag kan opvolgen.

Vriendelijke groeten,
Els Goossens''', rules=['sensitive', 'bcc'], cats=['care'], about=['zoe_vanhoutte'], lang='nl',
     note='therapy and dyslexia follow-up; two outside partners (speech therapist, CLB) visible to each other')

mail('faalangst-noor-examens', date='2025-06-13 18:40', frm=S('ra'), to=[PAR('noor_janssens', 0)],
     subject='Noor - examens',
     text='''Beste ouders van Noor,

Noor Janssen kwam na het examen aardrijkskunde bij mij in tranen. Ze vertelde dat ze bij elk examen blokkeert en 's nachts niet slaapt; ze zei ook dat ze bij de psycholoog al aan haar faalangst werkt. Ik heb haar gerustgesteld dat de klassenraad naar het hele jaar kijkt.

Mag ik voorstellen dat ze de resterende examens in het lokaal van de leerlingenbegeleiding aflegt? Graag uw akkoord.

Met vriendelijke groeten,
Ruben Aerts
leerkracht aardrijkskunde 4C''', rules=['sensitive', 'recipient'], cats=['psychosocial', 'care'], about=['noor_janssen'],
     mis=True, lang='nl',
     note='fear of failure and therapy of Noor Janssen (4C) sent to the father of Noor Janssens (3B): near-identical surname')

mail('re-oudercontact-fleur-pols', date='2025-06-10 21:05', frm=S('jh'), to=[PAR('yasmine_benali', 0, 'Fatima')],
     subject='RE: oudercontact',
     text='''Beste mevrouw,

Fleur mag haar examens Frans en wiskunde mondeling afleggen zolang haar pols in het gips zit. De arts schreef 6 weken rust voor; ze hoeft dus ook niet te schrijven bij de andere vakken, ze krijgt een laptop. Fleur Maertens staat op de lijst van de aparte ruimte in A.015.

Met vriendelijke groeten,
Joris Hermans
titularis 4B''' + outlook_hdr('Fatima [mailto:fatima.zahra.b@hotmail.com]', 'maandag 26 mei 2025 19:44',
                              'Joris Hermans', 'oudercontact') + '''Beste meneer Hermans, kan ik volgende week op het oudercontact komen om 18u? Groeten, Fatima''',
     tags=['reply'], rules=['sensitive', 'recipient'], cats=['medical'], about=['fleur_maertens'], mis=True, lang='nl',
     note='reply about Fleur Maertens\' broken wrist sent in another mother\'s old thread (parent of Yasmine Benali, same class)')

mail('herexamen-wiskunde-jonas', date='2025-06-26 20:20', frm=S('pv'), to=[PAR('lotte_peeters', 0, 'Kristof Peeters')],
     subject='Herexamen wiskunde Jonas',
     text='''Beste meneer Peeters,

Zoals vandaag op de klassenraad beslist, moet Jonas eind augustus een herexamen wiskunde afleggen (dinsdag 26/8, 8u30). De klassenraad merkte op dat zijn concentratie sinds de wijziging van zijn ADHD-medicatie in april sterk achteruit ging; we hebben daar rekening mee gehouden bij de beslissing.

De leerstof en een oefenbundel vindt u op Smartschool. Jonas behoudt zijn extra tijd bij het herexamen.

Met vriendelijke groeten,
Pieter Verhoeven''', rules=['sensitive', 'recipient'], cats=['medical', 'care'], about=['jonas_peeters'], mis=True,
     lang='nl', note='re-exam with ADHD medication change of Jonas Peeters (4A) sent to the father of Lotte Peeters (3B): same surname')

mail('noah-ass-rustige-ruimte', date='2025-06-16 07:58', frm=S('jh'), to=[S('wds')],
     subject='Noah 4A', text='''Wim, jij hebt straks toezicht in de sporthal. Noah Boeckx (4A) heeft ASS; als het te lawaaierig wordt mag hij met zijn koptelefoon naar A.015, Els zit daar. Niet aanspreken voor de klas aub.
Joris''' + IPHONE, tags=['phone'], rules=['sensitive'], cats=['care'], about=['noah_boeckx'], lang='nl',
     note='autism and an adjustment in a short phone mail')

mail('glucosesensor-lucas-examens', date='2025-06-08 18:30', frm=S('wds'), to=[PAR('lucas_vandeputte', 0)],
     subject='Lucas - sensor tijdens de examens',
     text='''Beste ouders,

Bedankt voor uw bericht. Ik heb de toezichters van het 1ste jaar laten weten dat Lucas Dhondt (1B) omwille van zijn diabetes type 1 zijn gsm bij zich mag houden om zijn glucosesensor af te lezen, en dat hij tijdens het examen iets mag eten als zijn waarde te laag is. Zijn noodset ligt in de ziekenboeg.

Sportieve groeten,
Wim De Smet
titularis 1B''', rules=['sensitive', 'recipient'], cats=['medical'], about=['lucas_dhondt'], mis=True, lang='nl',
     note='diabetes of Lucas Dhondt (1B) sent to the parent of Lucas Vandeputte (6A): two pupils called Lucas')

mail('coouderschap-rapport-emma-vader', date='2025-06-24 10:00', frm=S('hc'), to=[PAR('emma_lambrechts', 1, 'Dirk Lambrechts')],
     subject='Rapport Emma - twee exemplaren',
     text='''Beste meneer Lambrechts,

Op uw vraag en conform de regeling van verblijfsco-ouderschap die u ons na de echtscheiding bezorgde, krijgen u en mevrouw Lambrechts voortaan elk een afzonderlijk exemplaar van het rapport van Emma en een afzonderlijke uitnodiging voor het rapportgesprek.

Uw gesprek met de klastitularis is gepland op 30 juni om 17u40. Mevrouw Lambrechts heeft een afspraak om 18u20.

Met vriendelijke groeten,
Hilde Claes
leerlingensecretariaat''', rules=['sensitive'], cats=['family'], about=['emma_lambrechts'], lang='nl',
     note='divorce and custody arrangement, to the pupil\'s father')

mail('kobe-geweld-thuis-clb', date='2025-06-18 12:10', frm=S('tm'), to=[E('clb')],
     subject='DRINGEND - Kobe Stevens 3B',
     text='''Marijke,

Kobe Stevens (3B) vertelde vanochtend aan zijn titularis dat zijn vader hem gisterenavond geslagen heeft na een ruzie over zijn examens. Hij had een blauwe plek op zijn wang. Het is niet de eerste keer volgens hem. Hij wil vanavond niet naar huis.

Ik heb het Vertrouwenscentrum Kindermishandeling gebeld en we maken vandaag nog een melding. Kan jij om 14u op school zijn?

Tom Maes
leerlingenbegeleider''', rules=['sensitive'], cats=['family', 'care'], about=['kobe_stevens'], lang='nl',
     note='violence at home reported to the CLB, CLB asked to step in')

mail('ayoub-vader-gevangenis', date='2025-06-24 08:10', frm=S('yea'), to=[S('kvb')],
     subject='Ayoub Tahiri - voor de klassenraad',
     text='''Dag Katrien,

Voor de klassenraad van 5C vanmiddag: Ayoub vertelde mij in vertrouwen dat zijn vader sinds april in de gevangenis zit. Mama staat er nu alleen voor met drie kinderen en het is financieel heel krap; hij werkt in het weekend in een car wash. Dat verklaart misschien zijn resultaten en zijn vermoeidheid.

Ik zeg het liever niet voor de hele klassenraad. Kan jij het meenemen als voorzitter?

Youssef''', rules=['sensitive'], cats=['family', 'financial'], about=['ayoub_tahiri'], lang='nl',
     note='parent in prison and financial hardship, internal')

_adj2 = [['Naam', 'Klas', 'Aanpassing', 'Reden', 'Lokaal'],
         [nm('liam_okafor'), '3A', 'laptop + voorleessoftware, 1/3 extra tijd', 'dyslexie', 'C.003'],
         [nm('lina_kaya'), '3A', 'rekenkaart, 1/3 extra tijd', 'dyslexie + dyscalculie', 'C.003'],
         [nm('febe_baert'), '3D', 'aparte ruimte', 'angststoornis', 'A.015'],
         [nm('noah_boeckx'), '4A', 'vaste plaats, koptelefoon, prikkelarm', 'ASS', 'A.015'],
         [nm('yasmine_benali'), '4B', 'voorleessoftware', 'dyslexie', 'C.003'],
         [nm('fleur_maertens'), '4B', 'laptop / mondeling', 'gebroken pols', 'A.015'],
         [nm('mats_geerts'), '4C', 'extra tijd, aparte plaats', 'ADHD', 'B.205'],
         [nm('noor_janssen'), '4C', 'extra tijd', 'faalangst (psycholoog)', 'B.205']]
mail('aanpassingen-2de-graad-xlsx', date='2025-06-06 14:45', frm=S('eg'), to=[S('gw')],
     subject='lijst aanpassingen 2de graad',
     text='''Geert,

In bijlage de definitieve lijst van de aanpassingen voor de 2de graad, met de lokalen. Kan jij die in de toezichtregeling verwerken?

Els''', att=[('aanpassingen_examens_juni_2de_graad.xlsx', make_xlsx(_adj2, 'juni 2025'))],
     rules=['sensitive'], cats=['care', 'medical', 'psychosocial'],
     about=['liam_okafor', 'lina_kaya', 'febe_baert', 'noah_boeckx', 'yasmine_benali', 'fleur_maertens', 'mats_geerts', 'noor_janssen'],
     lang='nl', note='xlsx attachment listing pupils with adjustments and their diagnoses')

mail('fwd-finn-blindedarm', date='2025-06-11 08:20', frm=S('sec'), to=[S('yea'), S('ldw'), S('pv')],
     subject='Fwd: afwezigheid Finn De Backer 5C',
     text='''Ter info voor de leerkrachten van Finn die deze week examen afnemen.
Hilde''' + fwd_hdr('Jo Sterrebeek <sterrebeek.jo@proximus.be>', 'di 10 jun. 2025 om 22:31', 'afwezigheid Finn De Backer 5C',
                   'leerlingensecretariaat@spc.ksleuven.be') + '''Goedenavond,

Finn ligt sinds vanavond in het ziekenhuis in Leuven, hij is geopereerd aan een blindedarmontsteking. Hij zal zeker de rest van de week niet op school zijn. Het attest volgt.

Vriendelijke groet,
Jo (mama van Finn)''', tags=['forward'], rules=['sensitive'], cats=['medical'], about=['finn_debacker'], lang='nl',
     note='forwarded parent mail: pupil operated for appendicitis; parent address does not spell the surname')

mail('notenallergie-louise-traiteur', date='2025-06-20 10:15', frm=S('ad'), to=[E('cater')],
     subject='Eindejaarsuitstap 1C - lunchpakketten',
     text='''Beste,

Voor de uitstap van 1C op 26 juni bestellen we 24 lunchpakketten (broodjes kaas/hesp, fruit, water).

Opgelet: Louise Nys heeft een ernstige notenallergie (EpiPen). Haar pakket graag volledig notenvrij en apart verpakt met haar naam op. Twee leerlingen eten vegetarisch.

Levering om 8u15 aan de hoofdingang.

Dank u!
An Devos''', rules=['sensitive'], cats=['medical'], about=['louise_nys'], lang='nl',
     note='allergy of a named pupil mentioned in passing in a catering order')

_iban_school = be_iban('7340123456')
mail('herinnering-factuur-robbe-cp1252', date='2025-06-27 09:30', frm=S('boek'), to=[PAR('robbe_vanlooy', 0)],
     subject='Tweede herinnering - openstaande facturen Robbe Van Looy',
     text=f'''Geachte heer Van Looy,

Ondanks onze herinnering van 12 mei stellen wij vast dat de facturen van februari en april voor Robbe nog niet betaald zijn.

Openstaand saldo: 268,40 €
Rekeningnummer school: {_iban_school}
Mededeling: +++090/5531/21862+++

Het diploma van Robbe wordt niet tegengehouden. Indien u moeilijkheden hebt met de betaling, kunnen we samen een afbetalingsregeling uitwerken. Neem daarvoor contact op met de boekhouding.

Met vriendelijke groeten,
Marc Lenaerts
boekhouding''', cs='windows-1252', cte='8bit',
     rules=['sensitive', 'personal_data'], cats=['financial'], about=['robbe_vanlooy'], lang='nl',
     note='unpaid bills reminder for one pupil with a valid IBAN, Windows-1252 body')

_5a = randpupils('5A', 3, 's-5a')
mail('fraude-smartwatch-5a', date='2025-06-19 16:35', frm=S('gw'), to=[S('kvb'), S('nm')],
     subject='Fraude examen chemie 5A - voorstel sanctie',
     text=f'''Katrien, Nathalie,

Tijdens het examen chemie van 5A werden drie leerlingen betrapt met een smartwatch waarop antwoorden binnenkwamen via een groepschat:

- {full(_5a[0])}: smartwatch actief, berichten gelezen en doorgestuurd (initiatiefnemer)
- {full(_5a[1])}: berichten ontvangen en gebruikt
- {full(_5a[2])}: smartwatch aan, geen bewijs van gebruik

Voorstel: 0 op het examen voor de eerste twee, een herexamen in augustus voor alle drie, en een gesprek met de ouders samen met de leerlingenbegeleiding. Het dossier gaat naar de klassenraad.

Akkoord?
Geert''', rules=['sensitive'], cats=['psychosocial'], about=list(_5a), lang='nl',
     note='cheating incident of three named pupils and the proposed sanctions')

mail('clb-traject-olivia-ouder', date='2025-06-30 13:05', frm=S('eg'), to=[PAR('olivia_lemmens', 0)],
     subject='Olivia - opvolging CLB volgend schooljaar',
     text='''Beste ouder,

Zoals besproken op het rapportgesprek zal het CLB in september contact met u opnemen om het diagnostisch traject voor Olivia op te starten (vermoeden van een taalstoornis). In afwachting blijven de maatregelen uit haar zorgplan gelden: extra tijd, geen punten af voor spelling en gebruik van een woordenlijst.

Met vriendelijke groeten,
Els Goossens
zorgcoördinator''', rules=['sensitive'], cats=['care'], about=['olivia_lemmens'], lang='nl',
     note='CLB trajectory and care plan of one pupil, to the pupil\'s parent')

mail('tuur-oma-overleden-phone', date='2025-06-12 07:20', frm=S('hw'), to=[S('gw')],
     subject='Tuur 6B vandaag afwezig',
     text='''Geert, de papa van Tuur Vandenberghe belde net: zijn oma, bij wie hij woont sinds de scheiding van zijn ouders, is vannacht overleden. Tuur komt vandaag en morgen niet naar de examens. Kan jij het regelen met de inhaalexamens?
Hans''' + IPHONE, tags=['phone'], rules=['sensitive'], cats=['family'], about=['tuur_vandenberghe'], lang='nl',
     note='death in the family and divorce of a named pupil in a phone mail')

mail('b-attest-hanna-mononucleosis-en', date='2025-06-30 19:10', frm=S('nm'), to=[PAR('hanna_schmidt', 0, 'Monika Schmidt')],
     subject='Hanna - decision of the class council',
     text='''Dear Mrs Schmidt,

As Hanna's class teacher, I want to explain the decision of the class council a bit more than the report card does.

Hanna received a B certificate: she can continue to year 6, but not in the science track. The class council took into account her long absence from January to March because of glandular fever (mononucleosis), and the fact that she only arrived in Belgium last year. Still, the results for physics and chemistry were too low to continue in that track.

If you do not agree with the decision, you can ask for a meeting with the principal before 3 July; the procedure is explained in the letter with the report card.

Kind regards,
Nathalie Mertens
class teacher 5A''', rules=['sensitive'], cats=['medical'], about=['hanna_schmidt'], lang='en',
     note='class council decision with a long illness as reason, in English to the pupil\'s mother')

mail('handelingsplan-maya-docx', date='2025-06-27 12:40', frm=S('eg'), to=[PAR('maya_vos', 0, 'Ellen Vos')],
     subject='Handelingsplan Maya voor het 6de jaar',
     text='''Beste mevrouw Vos,

In bijlage het aangepaste handelingsplan van Maya voor volgend schooljaar, zoals besproken op het MDO van 20 juni. Wilt u het nalezen en eventuele opmerkingen vóór 4 juli bezorgen?

Vriendelijke groeten,
Els Goossens''',
     att=[('handelingsplan_Maya_Vos_2025-2026.docx', make_docx([
         'Handelingsplan 2025-2026 - Maya Vos (5A)', 'Vastgestelde noden: dyscalculie (attest 2022), trage verwerking bij rekenvakken.',
         'Redelijke aanpassingen: rekenmachine en formularium bij alle wetenschapsvakken; 1/3 extra tijd; examens gespreid.',
         'Opvolging: zorgcoördinator, CLB Dijleland; evaluatie in januari.']))],
     rules=['sensitive'], cats=['care'], about=['maya_vos'], lang='nl',
     note='care plan with dyscalculia in a docx attachment, to the pupil\'s mother')

_fin = randpupils('1D', 1, 's-fin1') + randpupils('3C', 1, 's-fin2')
_finrows = [[nm('ayoub_tahiri'), '5C', '412,50', 'afbetalingsplan voorgesteld, vader in de gevangenis (zie LVS)'],
            [nm('amira_haddad'), '6D', '238,20', 'OCMW-dossier, factuur rechtstreeks naar OCMW'],
            [nm('robbe_vanlooy'), '6C', '268,40', '2de herinnering verstuurd'],
            [nm('emma_verbeke'), '4B', '185,00', 'schooltoelage aangevraagd, nog geen beslissing'],
            [full(_fin[0]), '1D', '96,75', 'betaalt in schijven van 20 euro'],
            [full(_fin[1]), '3C', '143,10', 'geen reactie op herinneringen']]
mail('overzicht-openstaande-facturen', date='2025-07-03 10:25', frm=S('ml'), to=[S('kvb')],
     subject='Openstaande facturen einde schooljaar',
     html=html_doc(html_paras('''Katrien,

Hieronder de leerlingen met de grootste openstaande bedragen op 3 juli. Alle andere ouders hebben betaald of hebben een saldo onder 50 euro.''')
                   + html_table(['Leerling', 'Klas', 'Saldo (EUR)', 'Opmerking'], _finrows)
                   + html_paras('''

Zullen we bij de laatste twee de sociale dienst van de stad inschakelen?

Marc''')), rules=['sensitive'], cats=['financial', 'family'],
     about=['ayoub_tahiri', 'amira_haddad', 'robbe_vanlooy', 'emma_verbeke', *_fin], lang='nl',
     note='HTML table of unpaid bills with payment plans, OCMW and school allowance; a parent in prison in passing')

mail('factuur-emma-schooltoelage', date='2025-06-20 11:35', frm=S('boek'), to=[PAR('emma_lambrechts', 0, 'Ilse Lambrechts')],
     subject='Factuur Emma - schooltoelage',
     text='''Beste mevrouw,

Wij hebben uw vraag goed ontvangen. Omdat uw aanvraag voor de schooltoelage van het Groeipakket nog niet goedgekeurd is, blijft de factuur van Emma Verbeke (4B) van 185,00 euro voorlopig openstaan. Zodra u de beslissing ontvangt, mag u ze ons bezorgen; we passen dan een afbetalingsplan toe zonder kosten.

Met vriendelijke groeten,
Marc Lenaerts
boekhouding''', rules=['sensitive', 'recipient'], cats=['financial'], about=['emma_verbeke'], mis=True, lang='nl',
     note='school allowance and open bill of Emma Verbeke (4B) sent to the mother of Emma Lambrechts (6C): same first name')

mail('arthur-advies-klassenraad-clb', date='2025-06-26 15:50', frm=S('ra'), to=[E('clb2')],
     subject='Arthur Van Hoof 3D - advies klassenraad',
     text='''Dag Pieter-Jan,

De klassenraad van 3D gaf Arthur Van Hoof een B-attest met het advies om over te stappen naar een andere studierichting in het 4de jaar. We houden er rekening mee dat hij zeven weken gemist heeft door zijn hartoperatie in het najaar en dat hij sindsdien sneller vermoeid is.

Ouders willen graag met het CLB bekijken welke richting haalbaar is. Kunnen jullie in juli een oriënteringsgesprek plannen?

Ruben Aerts
titularis 3D''', rules=['sensitive'], cats=['medical', 'care'], about=['arthur_vanhoof'], lang='nl',
     note='advice to change track with heart surgery as reason, asking CLB follow-up')

# ============================================================================================
# 4. personal mails about one pupil, not sensitive - 25 (6 of them misdirected)
# ============================================================================================
mail('passeport-thibault-trouve', date='2025-06-23 14:40', frm=S('hc'), to=[PAR('ines_moreau', 0, 'Claire Moreau')],
     subject='RE: Question horaire',
     text='''Madame,

Nous avons retrouvé le passeport de Thibault Leclercq dans le vestiaire de la salle de sport après l'examen d'éducation physique. Il est déposé au secrétariat des élèves; Thibault peut venir le chercher demain entre 8h et 16h, ou vous-même avec une pièce d'identité.

Bien à vous,
Hilde Claes
secrétariat des élèves''' + outlook_hdr('Claire Moreau [mailto:claire.moreau@skynet.be]', 'lundi 2 juin 2025 08:12',
                                         'leerlingensecretariaat@spc.ksleuven.be', 'Question horaire') +
     '''Bonjour, à quelle heure se termine l'école pendant la période des examens ? Merci, C. Moreau''',
     tags=['reply'], rules=['recipient'], about=['thibault_leclercq'], mis=True, lang='fr',
     note='found passport of Thibault Leclercq (5B) sent in the old French thread of the mother of Inès Moreau (4A)')

mail('rekenmachine-noor-b204', date='2025-06-16 13:10', frm=S('ad'), to=[PAR('noor_janssen', 1, 'Kevin Janssen')],
     subject='rekenmachine Noor',
     text='''Beste meneer Janssen,

Noor Janssens (3B) heeft haar grafische rekenmachine laten liggen in lokaal B.204 na het examen wiskunde. Ik heb hem aan het secretariaat afgegeven; ze kan hem morgen ophalen, ze heeft hem woensdag opnieuw nodig.

Groeten,
An Devos''', rules=['recipient'], about=['noor_janssens'], mis=True, lang='nl',
     note='calculator of Noor Janssens (3B) sent to the father of Noor Janssen (4C): autocomplete on the surname')

mail('betaling-ontvangen-lotte', date='2025-06-19 15:00', frm=S('boek'), to=[PAR('jonas_peeters', 0, 'Marc Peeters')],
     subject='Betaling ontvangen - Lotte Peeters',
     text='''Beste heer Peeters,

Wij bevestigen de ontvangst van uw betaling van 64,00 euro voor de factuur van mei van Lotte (3B). Er staat voor Lotte niets meer open.

Met vriendelijke groeten,
boekhouding Sint-Pieterscollege''', rules=['recipient'], about=['lotte_peeters'], mis=True, lang='nl',
     note='payment received for Lotte Peeters (3B) sent to the father of Jonas Peeters (4A): two Peeters families')

mail('proficiat-emma-economie', date='2025-06-30 20:30', frm=S('yea'), to=[PAR('emma_verbeke', 0, 'Thomas Verbeke')],
     subject='Proficiat Emma!',
     text='''Beste ouders,

Ik wil u nog even laten weten hoe trots ik ben op Emma Lambrechts. Ze behaalde 91% voor economie, de hoogste score van alle 6des, en haar eindwerk over de Leuvense brouwerijen was uitstekend. Ze mag volgend jaar met een gerust hart aan handelsingenieur beginnen.

Veel succes aan haar!
Youssef El Amrani''', rules=['recipient'], about=['emma_lambrechts'], mis=True, lang='nl',
     note='praise for Emma Lambrechts (6C) sent to the father of Emma Verbeke (4B): same first name')

mail('summer-reading-list-liam', date='2025-07-01 09:10', frm=S('nm'), to=[PAR('hanna_schmidt', 0, 'Monika Schmidt')],
     subject='Summer reading list',
     text='''Dear parent,

As discussed yesterday, here is the summer reading list for Liam Okafor (3A). He can choose two of the books below and write a one-page review of each for the first week of September:

- "Holes" by Louis Sachar
- "Wonder" by R.J. Palacio
- "The Boy at the Back of the Class" by Onjali Q. Raúf

The school library is open on 3 and 4 July if he wants to borrow them.

Kind regards,
Nathalie Mertens''', rules=['recipient'], about=['liam_okafor'], mis=True, lang='en',
     note='summer reading list for Liam Okafor (3A) sent to the other English-speaking parent (mother of Hanna Schmidt)')

mail('uitnodiging-rapportgesprek-adam', date='2025-06-25 16:20', frm=S('sec'), to=[PAR('adam_vervoort', 0)],
     subject='Uitnodiging rapportgesprek - Adam',
     text='''Beste ouders,

U bent uitgenodigd voor het rapportgesprek van Adam El Khatib (3A) op maandag 30 juni om 16u50 bij de klastitularis, mevrouw Jacobs, lokaal A.105.

Kan u niet op dat moment, laat het ons dan weten via dit adres.

Met vriendelijke groeten,
leerlingensecretariaat''', rules=['recipient'], about=['adam_elkhatib'], mis=True, lang='nl',
     note='report-card appointment of Adam El Khatib (3A) sent to the parents of Adam Vervoort (2B)')

mail('identiteitskaart-sofia-gevonden', date='2025-06-17 11:25', frm=S('hc'), to=[PAR('sofia_rossi', 1, 'Laura Bianchi')],
     subject='Identiteitskaart Sofia gevonden',
     text='''Beste mevrouw Bianchi,

In de turnzaal werd de identiteitskaart van Sofia gevonden. Ze ligt veilig op het leerlingensecretariaat. Sofia mag ze na haar examen komen ophalen.

Vriendelijke groeten,
Hilde Claes''', rules=[], about=['sofia_rossi'], lang='nl',
     note='lost ID card, not sensitive; parent address does not spell the pupil\'s surname')

mail('herexamen-lokaalwijziging-jens', date='2025-08-18 10:00', frm=S('gw'), to=[PUP('jens_moens')],
     subject='Herexamen wiskunde - ander lokaal',
     text='''Dag Jens,

Opgelet: je herexamen wiskunde op dinsdag 26 augustus gaat niet door in B.204 maar in C.112 (gebouw C, eerste verdieping). Het uur blijft 8u30. Breng je rekenmachine en je leerlingenkaart mee.

Succes met de voorbereiding,
meneer Wouters''', rules=[], about=['jens_moens'], lang='nl', note='room change for a re-exam, mailed to the pupil himself')

_iban_finn = be_iban('0015987312')
mail('betaling-ontvangen-finn-iban', date='2025-06-24 09:40', frm=S('ml'), to=[PAR('finn_debacker', 0)],
     subject='RE: betaling factuur juni',
     text=f'''Beste mevrouw Sterrebeek,

Wij ontvingen op 23 juni uw overschrijving van 145,00 euro van rekening {_iban_finn} voor de factuur van juni van Finn. Alles is hiermee in orde; u hoeft niets meer te doen.

Het bedrag van de geannuleerde uitstap (12 euro) verrekenen we op de eerste factuur van volgend schooljaar.

Met vriendelijke groeten,
Marc Lenaerts
boekhouding''', tags=['reply'], rules=['personal_data'], about=['finn_debacker'], lang='nl',
     note='payment received with the parent\'s valid IBAN; no arrears, not sensitive')

mail('mooi-rapport-louise', date='2025-06-30 21:15', frm=S('ad'), to=[PAR('louise_nys', 1, 'Tim Nys')],
     subject='Louise',
     text='''Beste meneer Nys,

U kon vandaag niet op het rapportgesprek zijn, daarom even via deze weg: Louise heeft een schitterend eerste jaar achter de rug. 84% gemiddeld, en voor Nederlands het beste examen van de klas. Ze is ook een fijne klasgenote, altijd bereid om te helpen.

Een deugddoende vakantie!
An Devos
klastitularis 1C''', rules=[], about=['louise_nys'], lang='nl', note='good report, not sensitive')

mail('jas-vergeten-yasmine', date='2025-06-12 15:35', frm=S('jh'), to=[PAR('yasmine_benali', 0)],
     subject='Jas van Yasmine',
     text='''Beste mevrouw,

Yasmine heeft na het examen haar jas (groene parka) in B.204 laten hangen. Ik heb hem meegenomen naar het leraarslokaal, ze mag hem morgen bij mij komen halen.

Groeten,
Joris Hermans''', rules=[], about=['yasmine_benali'], lang='nl',
     note='lost jacket; parent address does not spell the pupil\'s surname')

mail('rapportgesprek-noor-janssen', date='2025-06-25 16:25', frm=S('sec'), to=[PAR('noor_janssen', 0, 'Sofie De Ridder')],
     subject='Uitnodiging rapportgesprek - Noor Janssen',
     text='''Beste mevrouw De Ridder,

U bent uitgenodigd voor het rapportgesprek van Noor Janssen (4C) op maandag 30 juni om 17u10 bij meneer Aerts, lokaal B.205.

Met vriendelijke groeten,
leerlingensecretariaat''', rules=[], about=['noor_janssen'], lang='nl',
     note='report-card appointment, correctly addressed to Noor Janssen\'s mother although a Noor Janssens exists')

mail('zomertaak-frans-julie', date='2025-06-30 18:05', frm=S('sj'), to=[PAR('julie_smeets', 1, 'Anja Van Rompaey')],
     subject='Zomertaak Frans Julie',
     text='''Beste mevrouw Van Rompaey,

Zoals besproken: Julie krijgt een kleine zomertaak Frans (werkwoorden in de passé composé en twee leesteksten). De bundel staat op Smartschool bij "Frans 3C - zomertaak". Ze geeft ze af in de eerste les van september; er staan geen punten op.

Een fijne zomer!
Sofie Jacobs''', rules=[], about=['julie_smeets'], lang='nl',
     note='summer task, not sensitive; parent 2 address does not spell the pupil\'s surname')

mail('presentation-hanna-en', date='2025-06-05 17:00', frm=S('ldw'), to=[PAR('hanna_schmidt', 0, 'Monika Schmidt')],
     subject='Hanna\'s presentation',
     text='''Dear Mrs Schmidt,

I just wanted to let you know that Hanna gave an excellent presentation in biology class today on the ecosystem of the Dijle valley, in Dutch! Her classmates were impressed and so was I. She has come a long way this year.

Best regards,
Lieve De Wachter''', rules=[], about=['hanna_schmidt'], lang='en', note='praise in English, not sensitive')

mail('classeur-ines-oublie-fr', date='2025-06-11 16:45', frm=S('em'), to=[PAR('ines_moreau', 1, 'Julien Moreau')],
     subject='Classeur de chimie d\'Inès',
     text='''Monsieur Moreau,

Inès a oublié son classeur de chimie dans le labo après la révision de ce matin. Elle en aura besoin pour étudier pour l'examen de vendredi. Il est au secrétariat des élèves, elle peut le récupérer demain matin.

Cordialement,
Eva Michiels''', rules=[], about=['ines_moreau'], lang='fr', note='forgotten binder, in French to the father')

mail('jules-examen-ander-lokaal-intern', date='2025-06-17 12:20', frm=S('hw'), to=[S('hc')],
     subject='examen geschiedenis Jules Wellens',
     text='''Hilde,

Jules Wellens (6A) heeft zijn examen geschiedenis vanochtend in A.112 afgelegd in plaats van in A.114, omdat hij te laat was door de bus. Zijn kopie zit bij die van 6B in de enveloppe, ik heb ze er al uitgehaald. Gewoon ter info voor de aanwezigheden.

Hans''', rules=[], about=['jules_wellens'], lang='nl', note='internal note about a room change, not sensitive')

mail('diploma-ophalen-tuur', date='2025-07-01 10:30', frm=S('hc'), to=[PAR('tuur_vandenberghe', 1, 'Sanne Boon')],
     subject='Diploma Tuur Vandenberghe',
     text='''Beste mevrouw Boon,

Tuur kon niet aanwezig zijn op de proclamatie. Zijn diploma secundair onderwijs en het getuigschrift liggen op het secretariaat. Hij kan ze ophalen op 2, 3 of 4 juli tussen 9u en 12u, of na 18 augustus.

Van harte proficiat!
Hilde Claes''', rules=[], about=['tuur_vandenberghe'], lang='nl',
     note='diploma pick-up; parent address does not spell the pupil\'s surname')

mail('fiets-jonas-sporthal', date='2025-06-13 12:50', frm=S('pv'), to=[PAR('jonas_peeters', 1, 'Els De Wit')],
     subject='fiets Jonas',
     text='''Dag mevrouw De Wit,

De fiets van Jonas Peeters staat sinds dinsdag op slot aan de sporthal, maar met een lekke band. Hij zei dat hij hem vergeten was. We zetten hem in de fietsenberging tot hij hem komt halen.

Groeten,
Pieter Verhoeven''', rules=[], about=['jonas_peeters'], lang='nl',
     note='bike left behind; correctly addressed to Jonas Peeters\' mother whose address does not spell Peeters')

mail('jaarboekfoto-amira', date='2025-05-28 14:00', frm=S('ra'), to=[PAR('amira_haddad', 0)],
     subject='Foto jaarboek 6de jaar',
     text='''Beste meneer Haddad,

Voor het jaarboek van de 6des willen we graag de foto gebruiken van Amira tijdens de reis naar Rome (groepsfoto aan de Trevifontein). Omdat u bij de inschrijving aangaf dat er geen foto's van Amira gepubliceerd mogen worden, vragen we uitdrukkelijk uw toestemming. Een kort antwoord volstaat.

Met vriendelijke groeten,
Ruben Aerts
werkgroep jaarboek''', rules=[], about=['amira_haddad'], lang='nl', note='photo consent question, not sensitive')

mail('re-inkijken-examen-viktor', date='2025-06-27 09:05', frm=S('pv'), to=[PAR('viktor_roels', 0)],
     subject='RE: examen wiskunde inkijken',
     text='''Beste ouders,

Geen probleem. U kan samen met Viktor het examen wiskunde inkijken op dinsdag 1 juli om 10u in lokaal B.204. Hij mag er een foto van nemen, maar de kopie blijft op school.

Met vriendelijke groeten,
Pieter Verhoeven

Op do 26 jun 2025 om 21:14 schreef Roels Family <roels.family@gmail.com>:
''' + quote('''Goedenavond meneer Verhoeven,
Kunnen wij het examen wiskunde van Viktor eens inkijken? Hij begrijpt niet goed waar hij punten verloren heeft.
Vriendelijke groeten'''), tags=['reply'], rules=[], about=['viktor_roels'], lang='nl',
     note='exam inspection appointment, not sensitive')

mail('attest-inschrijving-robbe-geboortedatum', date='2025-07-02 11:30', frm=S('hc'), to=[PUP('robbe_vanlooy')],
     subject='Attest van inschrijving (studentenjob)',
     text='''Dag Robbe,

In bijlage het attest van inschrijving dat je vroeg voor je studentenjob.

Groetjes,
Hilde''',
     att=[('attest_inschrijving_Robbe_Van_Looy.pdf', make_pdf([
         'ATTEST VAN INSCHRIJVING', '', 'Ondergetekende, directeur van het Sint-Pieterscollege Kessel-Lo, verklaart dat',
         'Robbe Van Looy, geboren op 04/11/2006 te Leuven,', 'in het schooljaar 2024-2025 als regelmatige leerling ingeschreven was',
         'in het 6de jaar (6C) van het secundair onderwijs.', '', 'Kessel-Lo, 2 juli 2025', 'K. Vandenbroucke, directeur'],
         'Attest van inschrijving'))],
     rules=['personal_data'], about=['robbe_vanlooy'], lang='nl',
     note='enrolment certificate with the pupil\'s date of birth in the PDF; not sensitive')

mail('scholenveldloop-arne', date='2025-06-06 13:30', frm=S('wds'), to=[PAR('arne_hendrickx', 0)],
     subject='Arne kampioen!',
     text='''Beste ouders,

Arne is gisteren eerste geworden op de Leuvense scholenveldloop bij de jongens van het 5de jaar! Hij mag op 20 juni deelnemen aan de Vlaamse finale in Gent, de school regelt het vervoer. Laat u weten of hij mag gaan?

Sportieve groeten,
Wim De Smet''', rules=[], about=['arne_hendrickx'], lang='nl',
     note='sports result, not sensitive; family address shared with his sister Mila')

mail('laptop-inleveren-emma', date='2025-06-20 08:30', frm=S('ict'), to=[PUP('emma_lambrechts')],
     subject='Schoollaptop inleveren',
     text='''Dag Emma,

Omdat je de school na dit jaar verlaat, vragen we je om je schoollaptop (SPC-L-0412) met lader in te leveren vóór 30 juni in C.003. Zet je bestanden eerst op een eigen USB-stick of in je privé-cloud, je schoolaccount wordt op 31 augustus afgesloten.

ICT-team''', rules=[], about=['emma_lambrechts'], lang='nl', note='laptop return, mailed to the pupil')

mail('poeziewedstrijd-sara', date='2025-06-04 12:15', frm=S('ad'), to=[PAR('sara_govaerts', 1, 'Marleen Smolders')],
     subject='Sara wint poëziewedstrijd',
     text='''Beste mevrouw Smolders,

Met plezier laat ik u weten dat het gedicht van Sara de eerste prijs heeft gewonnen in de poëziewedstrijd van de Leuvense scholen. De prijsuitreiking is op zaterdag 21 juni om 14u in de stadsbibliotheek (Tweebronnen). Sara mag twee personen meebrengen.

Hartelijke groeten,
An Devos''', rules=[], about=['sara_govaerts'], lang='nl',
     note='prize for a poem, not sensitive; parent 2 address does not spell Govaerts')

mail('math-result-liam-en', date='2025-06-24 19:45', frm=S('pv'), to=[PAR('liam_okafor', 0, 'Chinedu Okafor')],
     subject='Liam - math exam',
     text='''Dear Mr Okafor,

You asked how Liam did on his math exam: he scored 78%, well above the class average. His work on functions was particularly strong. Well done to him!

Best regards,
Pieter Verhoeven
math teacher''', rules=[], about=['liam_okafor'], lang='en', note='good exam result in English, not sensitive')

# ============================================================================================
# 5. general letters about the trips, to all parents / all staff - 20 (must pass)
# ============================================================================================
Y1 = ['1A', '1B', '1C', '1D']
Y2 = ['2A', '2B', '2C', '2D']
Y3 = ['3A', '3B', '3C', '3D']
Y4 = ['4A', '4B', '4C', '4D']
Y5 = ['5A', '5B', '5C', '5D']
Y6 = ['6A', '6B', '6C', '6D']
OUDERS_LIST = 'ouders@spc.ksleuven.be'

mail('uitstap-1ste-jaar-planckendael', date='2025-06-13 16:00', frm=S('ad'), to=[S('ad')], bcc=parents_of_classes(Y1),
     subject='Eindejaarsuitstap 1ste jaar - donderdag 26 juni naar Planckendael',
     text='''Beste ouders,

Na de examens sluiten we het eerste jaar samen af met een uitstap naar Planckendael op donderdag 26 juni.

Praktisch:
- Vertrek: 8u15 aan de school (bus), aanwezig om 8u00.
- Terug: omstreeks 16u30 aan de school.
- Meebrengen: lunchpakket, drinkbus, regenjas, gemakkelijke schoenen. Zakgeld is niet nodig.
- Kostprijs: 24 euro (inkom + bus), dit bedrag komt op de eindfactuur.
- Gsm's mogen mee, maar blijven in de rugzak tijdens de rondleiding.

Heeft uw kind medicatie nodig tijdens de dag, geef ze dan mee in een gesloten envelop met naam en dosering; de begeleidende leerkrachten bewaren ze.

Wie niet meegaat, wordt op school verwacht van 8u25 tot 15u00.

Met vriendelijke groeten,
An Devos
namens de titularissen van het 1ste jaar''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='trip letter to all first-year parents, all in BCC; general medication remark names nobody')

_g2 = '''Beste ouders,

Op woensdag 25 juni trekken alle leerlingen van het 2de jaar er met de fiets op uit langs de Dijle, van Kessel-Lo tot Rotselaar en terug (ongeveer 32 km).

Wat verwachten we?
- Een fiets in goede staat (remmen, banden, licht). Op dinsdag 24 juni is er een fietscontrole op de speelplaats.
- Een fluohesje en een helm.
- Picknick en voldoende water.

We vertrekken om 8u45 en zijn terug rond 15u30. Bij zwaar onweer gaat de tocht niet door en blijven de leerlingen op school (alternatief programma).

Wie niet kan fietsen of geen fiets heeft, laat dit weten aan de klastitularis; dan zoeken we samen een oplossing.

Sportieve groeten,
Dries Claessens
werkgroep 2de jaar'''
mail('fietstocht-2de-jaar-dijle', date='2025-06-11 12:00', frm=S('dc'), to=[S('dc')], bcc=parents_of_classes(Y2),
     subject='Fietstocht 2de jaar langs de Dijle - 25 juni', text=_g2, html=html_doc(html_paras(_g2)),
     tags=['bcc-envelope'], rules=[], about=[], lang='nl', note='trip letter in Outlook HTML, parents in BCC')

mail('uitstap-3de-jaar-ieper', date='2025-06-10 09:30', frm=S('info'), to=[UNDISCLOSED], bcc=parents_of_classes(Y3),
     subject='Nieuwsbrief 3de jaar - herdenkingsuitstap naar Ieper',
     html=html_doc('''<table width="640" cellpadding="0" cellspacing="0" style="font-family:Calibri,sans-serif">
<tr><td style="background:#1F4E79;color:#ffffff;padding:12px;font-size:20pt">Stroom | Sint-Pieterscollege</td></tr>
<tr><td style="padding:12px">
<h2 style="color:#1F4E79">Herdenkingsuitstap naar Ieper - vrijdag 27 juni</h2>
<p>Beste ouders,</p>
<p>Als afsluiter van het project "100 jaar na de Groote Oorlog" bezoeken de leerlingen van het 3de jaar op vrijdag 27 juni het In Flanders Fields Museum, Tyne Cot en de Last Post aan de Menenpoort.</p>
<ul>
<li>Vertrek: 7u30 aan de school - terug omstreeks 21u30</li>
<li>Kostprijs: 32 euro, via de eindfactuur</li>
<li>Meebrengen: lunchpakket, avondmaal wordt voorzien (frietjes in Ieper)</li>
<li>Identiteitskaart verplicht</li>
</ul>
<p>De leerlingen mogen 's avonds aan de schoolpoort worden opgehaald. Wie zelfstandig naar huis gaat, brengt het ingevulde toestemmingsstrookje mee.</p>
<p>Met vriendelijke groeten,<br>de vakgroep geschiedenis</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777;padding:12px">U ontvangt deze nieuwsbrief als ouder van een leerling van het Sint-Pieterscollege. Vragen over uw gegevens: privacy@lksd.ksleuven.be</td></tr>
</table>'''), tags=['bcc-envelope', 'newsletter'], rules=[], about=[], lang='nl',
     note='HTML-only newsletter about a trip, undisclosed recipients')

mail('berlijnreis-4de-jaar-inschrijving', date='2025-06-20 14:30', frm=S('gw'), to=[S('gw')], bcc=parents_of_classes(Y4),
     subject='Berlijnreis 5de jaar (oktober 2025) - inschrijving',
     text='''Beste ouders van leerlingen van het 4de jaar,

Volgend schooljaar gaan de leerlingen van het 5de jaar van 13 tot 17 oktober op meerdaagse reis naar Berlijn. In bijlage vindt u de infobrochure met het programma, de kostprijs en de annulatievoorwaarden.

- Totale kostprijs: 465 euro (bus, hostel met halfpension, musea, verzekering).
- Een voorschot van 150 euro verschijnt op de eerste schoolfactuur in september; het saldo op de factuur van november.
- Inschrijven kan tot 4 juli via het formulier op Smartschool.

Wij willen dat iedereen kan meegaan. Als de kostprijs voor uw gezin een probleem vormt, neem dan discreet contact op met de boekhouding of de directie; samen zoeken we een oplossing.

Met vriendelijke groeten,
Geert Wouters
adjunct-directeur''',
     att=[('infobrochure_Berlijn_2025.pdf', make_pdf(['Meerdaagse reis Berlijn - 13 tot 17 oktober 2025', '',
                                                       'Dag 1: vertrek 6u00, aankomst Berlijn 17u00', 'Dag 2: Reichstag, Brandenburger Tor, Holocaust-Mahnmal',
                                                       'Dag 3: Sachsenhausen', 'Dag 4: East Side Gallery, DDR-Museum', 'Dag 5: terugreis',
                                                       'Kostprijs: 465 euro'], 'Infobrochure Berlijn'))],
     tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='trip registration letter with PDF brochure; general offer of help with costs, nobody named')

mail('londenreis-infoavond-5de-jaar', date='2025-06-18 11:00', frm=S('nm'), to=[S('nm')], bcc=parents_of_classes(Y5),
     subject='Infoavond Londenreis 6de jaar - dinsdag 9 september',
     text='''Beste ouders,

Uw zoon of dochter gaat volgend schooljaar in het 6de jaar mee op de Londenreis (van maandag 10 tot donderdag 13 november 2025).

Op dinsdag 9 september om 19u30 organiseren we in de refter een infoavond over het programma, de verplaatsing met de Eurostar, de documenten (geldige identiteitskaart of reispas, Kids-ID is niet geldig voor het VK) en de afspraken tijdens de reis.

Omdat de identiteitskaart al bij de inschrijving in september nodig is, vragen we om nu al te controleren of die nog geldig is tot na 13 november.

Tot dan!
Nathalie Mertens, Sofie Jacobs en Hans Willems
begeleidend team Londen''', cte='qp', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='trip information letter in quoted-printable, parents in BCC')

_g6 = '''Beste ouders van onze laatstejaars,

Wat een jaar! Op vrijdag 27 juni om 19u nemen we in de sporthal afscheid van onze 6des tijdens de proclamatie. Per leerling zijn er vier plaatsen voorzien.

Nog een paar berichten:
- De foto's van de reis naar Rome staan sinds vandaag in de beveiligde fotogalerij op Smartschool. Ze blijven er staan tot 31 augustus. Deel ze niet op sociale media zonder toestemming van wie erop staat.
- De verloren voorwerpen van de Romereis (twee jassen, een powerbank, zonnebrillen) liggen op het secretariaat.
- Het jaarboek wordt uitgedeeld op de proclamatie.

Met dank voor het vertrouwen van de voorbije zes jaar,

Katrien Vandenbroucke
directeur'''
mail('proclamatie-romereis-fotos', date='2025-06-23 18:00', frm=S('kvb'), to=[S('kvb')], bcc=parents_of_classes(Y6),
     subject='Proclamatie en foto\'s van de Romereis', text=_g6, html=html_doc(html_paras(_g6)),
     tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='end-of-year letter to all sixth-year parents about the Rome trip photos; director in To, parents in BCC')

mail('medicatie-uitstappen-beleid', date='2025-06-05 10:00', frm=S('dir'), to=[UNDISCLOSED], bcc=[OUDERS_LIST],
     subject='Medicatie en medische fiche tijdens uitstappen en meerdaagse reizen',
     text='''Beste ouders,

Met de eindejaarsuitstappen en de inschrijvingen voor de meerdaagse reizen van volgend schooljaar in zicht, herhalen we graag onze afspraken rond medicatie.

1. Leerkrachten geven geen medicatie zonder schriftelijke vraag van de ouders en een attest van de arts (formulier "medicatie op school", op Smartschool).
2. Geef medicatie mee in de originele verpakking, met de naam van uw kind en de dosering.
3. Vul vóór elke meerdaagse reis de medische fiche volledig in: allergieën, chronische aandoeningen, dieetwensen. Die fiche wordt na de reis vernietigd.
4. Bij een ernstig ongeval of ziekte tijdens een uitstap contacteren we eerst de hulpdiensten en daarna de ouders.

De medische fiche vult u in via Smartschool > Formulieren. Enkel de begeleidende leerkrachten en de directie kunnen die inzien.

Met vriendelijke groeten,
de directie''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='general medication policy for trips, nobody named; parents list in BCC only')

mail('kostprijs-uitstappen-schooltoelage', date='2025-06-26 13:00', frm=S('boek'), to=[UNDISCLOSED], bcc=[OUDERS_LIST],
     subject='Eindafrekening en kosten van uitstappen',
     text='''Beste ouders,

Begin juli ontvangt u de eindafrekening van dit schooljaar. Daarop staan onder meer de kosten van de eindejaarsuitstappen en de sportdag.

Enkele tips:
- Het Groeipakket kent een schooltoelage toe aan gezinnen met een beperkt inkomen. De aanvraag gebeurt meestal automatisch; controleer op www.groeipakket.be of u in aanmerking komt.
- Wie de factuur moeilijk in één keer kan betalen, kan een afbetalingsplan vragen. Dat gebeurt altijd discreet; uw kind merkt daar op school niets van.
- Vragen over de factuur stelt u via boekhouding@spc.ksleuven.be.

Met vriendelijke groeten,
de boekhouding''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='general payment/school-allowance letter to all parents, no one named: not sensitive')

mail('personeelsuitstap-1-juli-gent', date='2025-06-16 08:00', frm=S('kvb'), to=[S('kvb')], bcc=[PERSONEEL],
     subject='Personeelsuitstap dinsdag 1 juli - Gent',
     text='''Beste collega's,

Na een intense examenperiode trakteren we onszelf! Op dinsdag 1 juli gaan we met het hele team naar Gent.

09u15 vertrek met de trein in Leuven (verzamelen aan perron 7)
10u30 boottocht op de Leie
12u30 lunch in de Vrijdagmarkt
14u30 keuze: Gravensteen, STAM of een rondleiding door de Patershol
17u00 aperitief en terugreis op eigen tempo

Inschrijven vóór 23 juni via het formulier in de personeelsgroep op Smartschool. Partners zijn welkom (25 euro).

Tot dan!
Katrien''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='staff trip, staff list in BCC only')

mail('begeleiders-gezocht-meerdaagse-reizen', date='2025-06-27 14:20', frm=S('gw'), to=[S('gw')], bcc=[PERSONEEL],
     subject='Begeleiders gezocht voor de meerdaagse reizen 2025-2026',
     text='''Beste collega's,

Voor volgend schooljaar zoeken we nog begeleiders voor:

* Berlijn (5de jaar) 13-17 oktober: nog 2 begeleiders
* Londen (6de jaar) 10-13 november: nog 1 begeleider
* Skireis (4de jaar) krokusvakantie: nog 3 begeleiders, skiën is geen vereiste

Wie interesse heeft, laat het mij weten vóór 4 juli. Begeleiders krijgen een vervangingsregeling voor hun lessen en de reis is volledig ten laste van de school.

Geert''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='call for trip chaperones, staff list in BCC')

mail('gevonden-voorwerpen-uitstappen', date='2025-06-27 10:45', frm=S('sec'), to=[UNDISCLOSED],
     bcc=parents_of_classes(Y1 + Y2 + Y3),
     subject='Gevonden voorwerpen na de uitstappen en de sportdag',
     text='''Beste ouders,

Na de uitstappen en de sportdag van deze week blijven er heel wat voorwerpen achter: jassen, drinkbussen, brooddozen, een paar sportschoenen en zelfs een fiets.

Alles ligt tot en met vrijdag 4 juli in de refter. Daarna schenken we de kledij aan De Kringwinkel.

Tip: met een naam in de jas of op de brooddoos komen spullen veel sneller terug bij de eigenaar.

Met vriendelijke groeten,
het leerlingensecretariaat''', cs='windows-1252', cte='qp', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='lost property after the trips, Windows-1252 QP body, parents in BCC')

_intl = [parents('liam_okafor')[0], parents('liam_okafor')[1], parents('hanna_schmidt')[0], parents('sofia_rossi')[0],
         parents('sofia_rossi')[1]] + [p['p1'] for p in ROSTER if p['h'] is None and p['last'] in ('Nguyen', 'Kovalenko', 'Mukendi')][:3]
mail('end-of-year-trips-en', date='2025-06-13 15:30', frm=S('info'), to=[UNDISCLOSED], bcc=_intl,
     subject='End-of-year trips - information in English',
     text='''Dear parents,

Several families have asked for an English summary of our letters about the end-of-year trips. Here it is:

- Year 1: trip to Planckendael zoo on Thursday 26 June (8.15 - 16.30).
- Year 2: bike trip along the river Dijle on Wednesday 25 June. Helmet and high-visibility vest are required.
- Year 3: trip to Ypres (First World War) on Friday 27 June, back at around 21.30.
- Years 4 to 6: no trip; pupils are free after their last exam.

The cost of the trips will be on the final school invoice in July. If your child needs medication during a trip, please give it in the original packaging with a note from you.

Kind regards,
Sint-Pieterscollege Kessel-Lo''', tags=['bcc-envelope'], rules=[], about=[], lang='en',
     note='English version of the general trip letter, all recipients in BCC')

_fr = [parents('ines_moreau')[0], parents('ines_moreau')[1], parents('thibault_leclercq')[0]] + \
      [p['p1'] for p in ROSTER if p['h'] is None and p['last'] in ('Kabongo', 'Ilunga', 'Mbuyi', 'Tshibangu')][:3]
mail('excursions-fin-annee-fr', date='2025-06-13 15:40', frm=S('info'), to=[UNDISCLOSED], bcc=_fr,
     subject='Excursions de fin d\'année - résumé en français',
     text='''Chers parents,

Voici un résumé en français des excursions de fin d'année :

- 1re année : zoo de Planckendael, jeudi 26 juin.
- 2e année : balade à vélo le long de la Dyle, mercredi 25 juin (casque et gilet fluo obligatoires).
- 3e année : Ypres, vendredi 27 juin, retour vers 21h30.

Le coût des excursions figurera sur la facture de fin d'année. Si vous avez des questions, n'hésitez pas à contacter le secrétariat des élèves par e-mail.

Bien cordialement,
Sint-Pieterscollege Kessel-Lo''', tags=['bcc-envelope'], rules=[], about=[], lang='fr',
     note='French summary of the general trip letter, recipients in BCC')

mail('terugbetaling-geannuleerde-uitstap', date='2025-07-02 09:15', frm=S('boek'), to=[UNDISCLOSED],
     bcc=parents_of_classes(Y3 + Y4),
     subject='Geannuleerde uitstap naar het Atomium - terugbetaling',
     text='''Beste ouders,

Door de nationale stakingsdag op 22 mei kon de uitstap van de 2de graad naar het Atomium niet doorgaan. De busmaatschappij en het Atomium hebben de kosten terugbetaald.

Het bedrag van 18 euro wordt in mindering gebracht op de eindafrekening die u volgende week ontvangt. Hebt u de eindafrekening al betaald, dan verrekenen we het op de eerste factuur van september. U hoeft hiervoor niets te doen.

Met vriendelijke groeten,
de boekhouding''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='refund of a cancelled trip, general, no bank details')

mail('privacy-fotos-uitstappen-personeel', date='2025-06-20 08:30', frm=S('priv'), to=[UNDISCLOSED], bcc=[PERSONEEL],
     subject='Foto\'s en leerlingengegevens tijdens uitstappen - herinnering',
     text='''Beste collega's van het Sint-Pieterscollege,

Met de uitstappen van volgende week een korte herinnering uit het communicatiebeleid van Stroom:

- Deel geen foto's van leerlingen in WhatsApp-groepen of op je persoonlijke sociale media. Foto's voor de schoolwebsite of de fotogalerij bezorg je aan de werkgroep communicatie.
- Neem de medische fiches en de deelnemerslijsten op papier mee en vernietig ze na de uitstap. Stuur ze niet rond per mail.
- Contactgegevens van ouders raadpleeg je via Smartschool, niet via een afgedrukte lijst in je rugzak.
- Gaat er toch iets mis (gsm met lijsten verloren, foto verkeerd gedeeld)? Meld het meteen aan privacy@lksd.ksleuven.be.

Fijne uitstappen!
Stefaan Bosmans
aanspreekpunt informatieveiligheid LKSD''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='privacy reminder for trips from the DPO to all staff in BCC')

mail('outdoordag-ardennen-3de-graad', date='2025-06-09 12:30', frm=S('wds'), to=[S('wds')], bcc=parents_of_classes(Y5 + Y6),
     subject='Outdoordag 3de graad in de Ardennen - 24 juni',
     text='''Beste ouders,

Na de laatste examens trekken de leerlingen van de 3de graad op dinsdag 24 juni naar Durbuy voor een outdoordag: kajakken op de Ourthe, een mountainbiketocht of een klimparcours.

- Vertrek 7u45 aan de school, terug omstreeks 19u00.
- Kostprijs: 38 euro (bus + activiteit), via de eindfactuur.
- Voor het kajakken moet uw zoon of dochter minstens 50 meter kunnen zwemmen. Wie dat niet kan, kiest het klimparcours.
- Meebrengen: reservekledij, handdoek, zonnecrème, lunchpakket.

Inschrijven en de keuze doorgeven via het formulier op Smartschool vóór 13 juni.

Sportieve groeten,
Wim De Smet
sportcoördinator''', cte='b64', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='outdoor-day letter in a base64 body, parents in BCC')

mail('zomerkampen-partners-flyer', date='2025-06-24 11:00', frm=S('info'), to=[UNDISCLOSED], bcc=[OUDERS_LIST],
     subject='Zomerkampen en sportstages bij onze partners',
     text='''Beste ouders,

Ook deze zomer organiseren onze partners in Kessel-Lo kampen en stages voor jongeren van 12 tot 18 jaar: volleybal, klimmen, theater en een taalkamp Frans. In bijlage vindt u de flyer met alle data en prijzen.

De kampen worden niet door de school georganiseerd; inschrijven gebeurt rechtstreeks bij de organisatoren.

Een fijne zomer gewenst!
Sint-Pieterscollege''',
     att=[('zomerkampen_2025.pdf', make_pdf(['ZOMERKAMPEN 2025 - Kessel-Lo', '', 'Volleybalstage VBC Kessel-Lo: 7-11 juli en 18-22 augustus',
                                              'Klimkamp: 14-18 juli', 'Theaterweek: 4-8 augustus', 'Taalkamp Frans: 11-15 augustus',
                                              'Inschrijven bij de organisatoren'], 'Zomerkampen'))],
     tags=['bcc-envelope'], rules=[], about=[], lang='nl', note='summer camp flyer to all parents via list in BCC')

mail('afspraken-gsm-pesten-uitstappen', date='2025-06-19 09:00', frm=S('tm'), to=[S('tm')], bcc=[OUDERS_LIST],
     subject='Samen zorgen voor fijne uitstappen - afspraken rond gsm en sociale media',
     text='''Beste ouders,

Volgende week staan de eindejaarsuitstappen op het programma. Om ervoor te zorgen dat elke leerling er met een goed gevoel op terugkijkt, herhalen we enkele afspraken uit ons anti-pestbeleid:

- Foto's en filmpjes van klasgenoten worden niet zonder hun toestemming gedeeld.
- Uitlachen, buitensluiten of kwetsende berichten in klasgroepen worden niet aanvaard, ook niet buiten de schooluren.
- Wie merkt dat een klasgenoot gepest wordt, kan dat melden bij een begeleider of anoniem via de meldknop op Smartschool.

Merkt u thuis dat uw kind het moeilijk heeft, aarzel dan niet om contact op te nemen met de leerlingenbegeleiding.

Met vriendelijke groeten,
Tom Maes
namens het team leerlingenbegeleiding''', tags=['bcc-envelope'], rules=[], about=[], lang='nl',
     note='general anti-bullying letter for the trips, nobody named: not sensitive')

mail('onkostennota-uitstappen-personeel', date='2025-06-25 15:45', frm=S('ml'), to=[S('ml')], bcc=[PERSONEEL],
     subject='Onkosten uitstappen indienen vóór 30 juni',
     text='''Beste collega's,

Wie kosten gemaakt heeft voor de uitstappen van dit schooljaar (parkeertickets, treintickets, kleine aankopen), dient die in vóór 30 juni met het sjabloon in bijlage en de bewijsstukken. Later ingediende nota's kunnen we pas in september terugbetalen.

Marc
boekhouding''',
     att=[('sjabloon_onkostennota_uitstappen.xlsx', make_xlsx([['Datum', 'Uitstap', 'Omschrijving', 'Bedrag', 'Bewijsstuk (ja/nee)'],
                                                                ['', '', '', '', '']], 'onkosten'))],
     tags=['bcc-envelope'], rules=[], about=[], lang='nl', note='expense template for trips to all staff in BCC; plain xlsx')

_g20 = '''Beste ouders van het 1ste en 2de jaar,

Volgend schooljaar starten we in de 1ste graad met sportklassen in september: drie dagen sport en spel in het Sportcentrum Hofstade (van woensdag 17 tot vrijdag 19 september).

Waarom? De klasgroepen leren elkaar zo snel beter kennen en we werken aan een goede klassfeer.

De kostprijs bedraagt 115 euro (vervoer, verblijf, maaltijden en activiteiten) en verschijnt op de eerste factuur. Meer info volgt in de eerste schoolweek.

Met vriendelijke groeten,
Wim De Smet en het team van de 1ste graad'''
mail('sportklassen-september-1ste-graad', date='2025-06-30 10:00', frm=S('wds'), to=[S('wds')], bcc=parents_of_classes(Y1 + Y2),
     subject='Sportklassen 1ste graad in september', text=_g20, html=html_doc(html_paras(_g20)), cte='b64',
     tags=['bcc-envelope'], rules=[], about=[], lang='nl', note='announcement of next year\'s sports trip, base64 alternative parts, parents in BCC')

# ============================================================================================
# 6. other ordinary mail: bcc, private_account, attachment, personal_data cases
# ============================================================================================
_3bpar = parents_of_classes(['3B'])
mail('examenrooster-3b-ouders-zichtbaar', date='2025-06-05 20:10', frm=S('iw'), to=[('', a) for a in _3bpar],
     subject='Wijziging examenrooster 3B',
     text='''Beste ouders van 3B,

Het examen Frans van 3B wordt verplaatst van maandag 16 juni naar dinsdag 17 juni (10u30). Het examen geschiedenis schuift door naar maandag 16 juni (8u30). Het aangepaste rooster staat op Smartschool.

Vriendelijke groeten,
Ine Wuyts
klastitularis 3B''', tags=['parents-in-to'], rules=['bcc'], about=[], lang='nl',
     note='all parents of 3B visible to each other in To')

mail('ouders5a-lijst-in-aan', date='2025-06-02 17:00', frm=S('em'), to=[('Ouders 5A', 'ouders5a@sintpieterscollege.be')],
     subject='Laatste lesdag en examens 5A',
     text='''Beste ouders,

Een kort bericht van de klastitularis van 5A: de laatste lesdag is vrijdag 6 juni, vanaf maandag 9 juni starten de examens. Het examenrooster en de leerstofoverzichten staan op Smartschool.

Veel succes aan uw zoon of dochter!
Eva Michiels''', tags=['group-in-to'], rules=['bcc'], about=[], lang='nl',
     note='parents list address of a class in To instead of BCC')

mail('receptie-personeel-in-aan', date='2025-06-25 12:30', frm=S('kvb'), to=[('Personeel SPC', PERSONEEL)],
     subject='Uitnodiging eindejaarsreceptie',
     text='''Beste collega's,

Na de laatste klassenraad nodig ik jullie graag uit op de eindejaarsreceptie op donderdag 26 juni om 17u in de refter. We nemen afscheid van drie gepensioneerde collega's.

Tot dan,
Katrien''', tags=['group-in-to'], rules=['bcc'], about=[], lang='nl',
     note='staff group address in To instead of BCC (policy 3.1)')

mail('overdrachtsmoment-partners-zichtbaar', date='2025-06-16 14:00', frm=S('eg'),
     to=[E('clb'), E('onw'), E('logo'), E('psy')],
     subject='Uitnodiging overdrachtsmoment 2 juli',
     text='''Beste partners,

Graag nodig ik jullie uit voor ons jaarlijkse overdrachtsmoment op woensdag 2 juli van 9u30 tot 12u in het Sint-Pieterscollege (vergaderzaal 1). We overlopen de samenwerking van dit schooljaar en de afspraken voor volgend schooljaar. Er worden geen individuele leerlingen besproken.

Laat je weten of je aanwezig kan zijn?

Vriendelijke groeten,
Els Goossens
zorgcoördinator''', tags=['partners-in-to'], rules=['bcc'], about=[], lang='nl',
     note='four outside partners from different organisations visible to each other in To')

mail('fwd-correctiesleutel-naar-gmail', date='2025-06-18 17:55', frm=S('pv'), to=[('Pieter Verhoeven', 'pieter.verhoeven77@gmail.com')],
     subject='Fwd: correctiesleutel wiskunde 5C',
     text='''voor thuis''' + fwd_hdr('Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>', 'wo 18 jun. 2025 om 16:02',
                                   'correctiesleutel wiskunde 5C', 'Pieter Verhoeven <pvh@spc.ksleuven.be>') +
     '''Pieter, hier de correctiesleutel van het examen wiskunde 5C zoals gevraagd. Nog niet aan de leerlingen geven, er zijn nog inhaalexamens.
Youssef''',
     att=[('correctiesleutel_wiskunde_5C.pdf', make_pdf(['Examen wiskunde 5C - juni 2025 - correctiesleutel',
                                                          'Vraag 1: f\'(x) = 6x - 4 (3 ptn)', 'Vraag 2: x = 2 of x = -1/3 (4 ptn)',
                                                          'Vraag 3: limiet = 3/2 (3 ptn)'], 'Correctiesleutel'))],
     tags=['forward'], rules=['private_account'], about=[], lang='nl',
     note='teacher forwards school mail with an exam key to his own private Gmail to correct at home')

mail('hotmail-inkijken-examen-jens', date='2025-06-28 10:20', frm=('Sofie Jacobs', 'sofie.jacobs.leuven@hotmail.com'),
     to=[PAR('jens_moens', 0)],
     subject='Examen Frans Jens',
     text='''Beste meneer Moens,

Mijn schoolmail doet raar op mijn nieuwe laptop, daarom via deze weg. Jens kan zijn examen Frans inkijken op dinsdag 1 juli om 11u in lokaal A.105. U bent uiteraard ook welkom.

Vriendelijke groeten,
Sofie Jacobs
leerkracht Frans''', rules=['private_account'], about=['jens_moens'], lang='nl',
     note='teacher writes to a parent about school business from her private Hotmail account')

mail('deliberatiesjabloon-xlsm', date='2025-06-20 13:40', frm=S('gw'), to=[S('jh'), S('iw'), S('nm'), S('ldw')],
     subject='Nieuw sjabloon deliberatie (met macro)',
     text='''Beste titularissen,

In bijlage het nieuwe sjabloon voor de deliberatie. Bij het openen moet je "Inhoud inschakelen" aanklikken, dan worden de punten uit Skore automatisch ingeladen en berekent de macro de tekorten.

Geert''', att=[('deliberatie_sjabloon_2025.xlsm', make_xlsx([['Leerling', 'Klas', 'Totaal', 'Tekorten'], ['', '', '', '']], 'delib', macro=True))],
     rules=['attachment'], about=[], lang='nl', note='macro-enabled Excel workbook (.xlsm) attached')

_zip_installer = _zip([('LeesHulp_installatie/setup.exe', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 48 +
                        b'This program cannot be run in DOS mode.\r\n$' + b'\x00' * 200),
                       ('LeesHulp_installatie/install_stil.bat', b'@echo off\r\nsetup.exe /quiet /norestart LICENSE=SPC-EDU\r\n'),
                       ('LeesHulp_installatie/leesmij.txt', b'Installeer als administrator.\r\n')])
mail('installatie-voorleessoftware-zip', date='2025-06-03 16:25', frm=S('bs'), to=[S('eg')],
     subject='installatiepakket voorleessoftware',
     text='''Els,

Zoals gevraagd het installatiepakket van de voorleessoftware voor de laptops die de leerlingen zelf meebrengen. Uitpakken en install_stil.bat uitvoeren als administrator.

Bart''', att=[('LeesHulp_installatie.zip', _zip_installer)],
     rules=['attachment'], about=[], lang='nl', note='zip archive containing an .exe and a .bat')

mail('script-reset-examenaccounts-ps1', date='2025-06-27 18:05', frm=S('jv'), to=[S('bs')],
     subject='script voor de reset voor de vakantie',
     text='''Bart,

Hier het script om maandag alle examenaccounts uit te schakelen en de 6des op "vertrekt" te zetten. Lees het eerst even na voor je het uitvoert.

Jonas''',
     att=[('reset_examenaccounts.ps1', b'# Reset examenaccounts voor de zomervakantie\r\nImport-Module ActiveDirectory\r\n'
           b'Get-ADUser -Filter "Description -like \'examen*\'" | Disable-ADAccount\r\n'
           b'Get-ADUser -SearchBase "OU=6de jaar,OU=Leerlingen,DC=spc,DC=local" -Filter * | '
           b'Set-ADUser -Replace @{extensionAttribute1="vertrekt"}\r\nWrite-Host "Klaar"\r\n')],
     rules=['attachment'], about=[], lang='nl', note='PowerShell script (.ps1) attached')

mail('busreservatie-outdoordag-gsm', date='2025-06-02 09:50', frm=S('wds'), to=[E('bus')],
     subject='Reservatie bussen outdoordag 24 juni',
     text=f'''Goedemorgen,

Graag bevestig ik de reservatie van 4 bussen (2 x 60 en 2 x 50 plaatsen) voor dinsdag 24 juni:
- vertrek 7u45 aan het Sint-Pieterscollege, Abdijlaan 41, 3010 Kessel-Lo
- bestemming: Durbuy (Ourthe), parking kajakverhuur
- terugreis 17u00

Op de dag zelf ben ik bereikbaar op mijn gsm: 0478 21 64 93. Het secretariaat: {SCHOOL_PHONE}.

Met vriendelijke groeten,
Wim De Smet''', rules=['personal_data'], about=[], lang='nl',
     note='bus booking with a Belgian mobile number and the school phone number')

mail('prive-verjaardag-zus', date='2025-06-22 21:40', frm=S('ad'), to=[('Griet Devos', 'griet.devos@gmail.com')],
     subject='zaterdag',
     text='''Hey Griet,

Ik ben er zaterdag zeker bij voor mama's verjaardag! Ik breng de taart mee (die met aardbeien). Na de examens ben ik wel kapot, dus ik ga niet tot heel laat blijven :)

Dikke kus
An''', rules=[], about=[], lang='nl',
     note='staff member\'s private mail about a private matter from her school address: fine')

mail('gmail-punten-geschiedenis', date='2025-06-21 11:05', frm=('Hans Willems', 'hans.willems.hw@gmail.com'),
     to=[S('jh')],
     subject='punten geschiedenis 4B',
     text='''Joris,

Mijn schoollaptop is gecrasht, dus ik mail even van thuis. Ik heb de examenpunten geschiedenis van 4B via mijn gsm in Skore ingegeven, maar ik kan niet controleren of ze goed zijn opgeslagen. Kan jij even kijken voor de klassenraad van dinsdag?

Hans''', rules=['private_account'], about=[], lang='nl',
     note='teacher writes to a colleague about school business from his private Gmail')

# ============================================================================================
# building the messages
# ============================================================================================
import hashlib  # noqa: E402
import json  # noqa: E402

TZ = datetime.timezone(datetime.timedelta(hours=2))


def _h(s, n=40):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def fmt_addr(t):
    name, addr = t
    if addr == 'undisclosed-recipients:;':
        return addr
    if not name:
        return addr
    return formataddr((name, addr))


def enc_header(value, charset):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def _domain(addr):
    return addr.split('@', 1)[1]


def message_id(m):
    h = _h(m['slug'] + m['date'])
    addr = m['frm'][1]
    d = _domain(addr)
    if d in ('gmail.com',):
        return f'<CA{h[:30].upper()}+{h[30:]}@mail.gmail.com>'
    if d in ('hotmail.com', 'outlook.com'):
        return f'<AS8P189MB{h[:4].upper()}{h[4:28].upper()}@AS8P189MB{h[28:32].upper()}.EURP189.PROD.OUTLOOK.COM>'
    return f'<DB9PR02MB{h[:4].upper()}{h[4:30].upper()}@DB9PR02MB{h[:4].upper()}.eurprd02.prod.outlook.com>'


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'qp':
        return quopri.encodestring(raw, quotetabs=False).decode('ascii'), 'quoted-printable'
    if cte == 'b64':
        raw = text.replace('\n', '\r\n').encode(charset)
        return base64.encodebytes(raw).decode('ascii'), 'base64'
    if cte == '8bit':
        return raw.decode(charset), '8bit'
    return text, '7bit'


def text_part(text, subtype, charset, cte):
    body, cte_name = encode_body(text, charset, cte)
    hdr = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte_name}\n'
    return hdr, body


def att_part(fname, data, ctype=None):
    ext = fname.rsplit('.', 1)[-1].lower()
    ctype = ctype or CT.get(ext, 'application/octet-stream')
    b64 = base64.encodebytes(data).decode('ascii')
    hdr = (f'Content-Type: {ctype}; name="{fname}"\nContent-Description: {fname}\n'
           f'Content-Disposition: attachment; filename="{fname}"; size={len(data)}\n'
           'Content-Transfer-Encoding: base64\n')
    return hdr, b64


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def build(m, idx):
    cs = m.get('cs', 'utf-8')
    text = m.get('text')
    html = m.get('html')
    atts = m.get('att', [])
    cte = m.get('cte')
    if cte is None:
        allt = (text or '') + (html or '')
        cte = '7bit' if is_ascii(allt) else 'qp'
    if text is not None and cte == '7bit' and not is_ascii(text):
        cte = 'qp'
    if html is not None and cs != 'utf-8':
        html = html.replace('charset=utf-8', f'charset={cs}')
    bnd = _h('b' + m['slug'], 24)

    hdrs = []
    frm = m['frm']
    hdrs.append(('From', fmt_addr((enc_header(frm[0], cs) if frm[0] else '', frm[1])) if not is_ascii(frm[0])
                 else fmt_addr(frm)))
    hdrs.append(('To', ', '.join(fmt_addr(t) for t in m['to'])))
    if m.get('cc'):
        hdrs.append(('Cc', ', '.join(fmt_addr(t) for t in m['cc'])))
    hdrs.append(('Subject', enc_header(m['subject'], cs)))
    dt = datetime.datetime.strptime(m['date'], '%Y-%m-%d %H:%M').replace(second=int(_h(m['slug'], 2), 16) % 60, tzinfo=TZ)
    from email.utils import format_datetime
    hdrs.append(('Date', format_datetime(dt)))
    hdrs.append(('Message-ID', message_id(m)))
    tags = m.get('tags', [])
    if 'reply' in tags:
        ref = f'<{_h("ref" + m["slug"], 32).upper()}@{_domain(m["to"][0][1]) if "@" in m["to"][0][1] else "mail.gmail.com"}>'
        hdrs.append(('In-Reply-To', ref))
        hdrs.append(('References', ref))
    lang = {'nl': 'nl-BE', 'en': 'en-GB', 'fr': 'fr-BE'}[m['lang']]
    d = _domain(frm[1])
    if 'phone' in tags:
        hdrs.append(('X-Mailer', 'iPhone Mail (22F76)' if IPHONE.strip() in (text or '') else 'Samsung Email'))
    elif d in ('gmail.com',):
        pass
    else:
        hdrs.append(('Thread-Topic', enc_header(m['subject'].replace('RE: ', '').replace('Fwd: ', ''), cs)))
        hdrs.append(('Thread-Index', 'AQH' + base64.b64encode(bytes.fromhex(_h('ti' + m['slug'], 20))).decode()[:24]))
        hdrs.append(('Content-Language', lang))
        if int(_h('xm' + m['slug'], 2), 16) % 3 == 0:
            hdrs.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    for k, v in m.get('hdr', {}).items():
        hdrs.append((k, v))
    hdrs.append(('MIME-Version', '1.0'))

    def body_block():
        """returns (header-lines, body) for the text/html content"""
        if text is not None and html is not None:
            b2 = '----=_Alt_' + bnd
            th, tb = text_part(text, 'plain', cs, cte)
            hh, hb = text_part(html, 'html', cs, cte)
            body = (f'--{b2}\n{th}\n{tb.rstrip()}\n\n--{b2}\n{hh}\n{hb.rstrip()}\n\n--{b2}--\n')
            return f'Content-Type: multipart/alternative;\n\tboundary="{b2}"\n', body
        if html is not None:
            return text_part(html, 'html', cs, cte)
        return text_part(text, 'plain', cs, cte)

    if atts:
        b1 = '----=_Mix_' + bnd
        bh, bb = body_block()
        parts = [f'--{b1}\n{bh}\n{bb.rstrip()}\n']
        for a in atts:
            ah, ab = att_part(*a)
            parts.append(f'--{b1}\n{ah}\n{ab.rstrip()}\n')
        top = f'Content-Type: multipart/mixed;\n\tboundary="{b1}"\n'
        body = 'This is a multi-part message in MIME format.\n\n' + '\n'.join(parts) + f'\n--{b1}--\n'
    else:
        top, body = body_block()
    head = ''.join(f'{k}: {v}\n' for k, v in hdrs) + top
    out = head + '\n' + body
    if not out.endswith('\n'):
        out += '\n'
    if cte == '8bit':
        return out.encode(cs)
    return out.encode('ascii')


def formats(m):
    cs = m.get('cs', 'utf-8')
    text, html = m.get('text'), m.get('html')
    cte = m.get('cte')
    if cte is None:
        cte = '7bit' if is_ascii((text or '') + (html or '')) else 'qp'
    f = []
    if text is not None and html is not None:
        f.append('alt')
    elif html is not None:
        f.append('html-only')
    else:
        f.append({'qp': 'plain-qp', 'b64': 'plain-base64'}.get(cte, 'plain'))
    if text is None or html is not None:
        if cte == 'qp':
            f.append('qp')
        elif cte == 'b64':
            f.append('base64')
    if cs == 'windows-1252':
        f.append('plain-cp1252' if html is None else 'cp1252')
    if cte == '8bit':
        f.append('8bit')
    if m.get('att'):
        f.append('mixed')
        for a in m['att']:
            f.append('attachment-' + a[0].rsplit('.', 1)[-1].lower())
    if m.get('cc'):
        f.append('cc')
    f += m.get('tags', [])
    return f


def about_ids(m):
    out = []
    for a in m.get('about', []):
        out.append(a['id'] if isinstance(a, dict) else pid(a))
    return out


def rcpts(m):
    out = []
    for t in m['to'] + m.get('cc', []):
        if '@' in t[1] and t[1] not in out:
            out.append(t[1])
    for a in m.get('bcc', []):
        if a not in out:
            out.append(a)
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    write_roster()
    for fn in os.listdir(HERE):
        if fn.endswith('.eml'):
            os.remove(os.path.join(HERE, fn))
    # many Outlook users at school send multipart/alternative: add an HTML twin to part of the plain mails
    for m in MAILS:
        d = _domain(m['frm'][1])
        if (m.get('html') is None and m.get('text') is not None and d in (SCHOOL, SHORT, 'lksd.ksleuven.be')
                and 'phone' not in m.get('tags', []) and m.get('cte') != 'b64'
                and int(_h('alt' + m['slug'], 4), 16) % 100 < 42):
            m['html'] = html_doc(html_paras(m['text']), m.get('cs', 'utf-8'))
    order = list(range(len(MAILS)))
    random.Random('batch32-order').shuffle(order)
    slugs = set()
    lines = ['# batch32 - Sint-Pieterscollege Kessel-Lo (Stroom/LKSD): June exams, class councils, report-card day and trips; '
             'blind labelled outbound mail']
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        fname = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(build(m, n))
        rules = m['rules']
        lines.append(f'{fname}:')
        lines.append(f'  rules: [{", ".join(rules)}]')
        if 'sensitive' in rules:
            lines.append(f'  categories: {{sensitive: [{", ".join(m["cats"])}]}}')
        lines.append(f'  mail_from: {m.get("envfrom", m["frm"][1])}')
        lines.append(f'  rcpt: [{", ".join(rcpts(m))}]')
        lines.append(f'  about: [{", ".join(about_ids(m))}]')
        lines.append(f'  misdirected: {"true" if m.get("mis") else "false"}')
        lines.append(f'  note: {yq(m["note"])}')
        lines.append(f'  lang: {m["lang"]}')
        lines.append(f'  format: [{", ".join(formats(m))}]')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'wrote {len(MAILS)} mails, labels.yaml and roster.csv ({len(ROSTER)} pupils)')


if __name__ == '__main__':
    main()
