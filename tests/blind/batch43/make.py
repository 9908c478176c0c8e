#!/usr/bin/env python3
"""batch43 - blind labelled outbound mail: Sint-Pieterscollege Kessel-Lo <-> learning-support centre.

Deterministic: fixed dates, fixed Message-IDs, seeded randomness. Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import hashlib
import html as htmlmod
import io
import os
import random
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4343)

# ---------------------------------------------------------------- roster ---
CLASSES = ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C',
           '4A', '4B', '4C', '5A', '5B', '6A', '6B']

# key: (first, last, class, parent1, parent2)
FEATURED = {
    'yusuf':    ('Yusuf', 'El Idrissi', '2A', 'fatima.benali@hotmail.com', 'karim.elidrissi@gmail.com'),
    'lotte':    ('Lotte', 'Peeters', '3B', 'kristel.wouters@telenet.be', 'bart.peeters@telenet.be'),
    'lore':     ('Lore', 'Peeters', '4C', 'bart.peeters72@gmail.com', 'sanne.vos@skynet.be'),
    'amira':    ('Amira', 'Haddad', '1B', 'rania.haddad@gmail.com', 'samir.haddad@outlook.com'),
    'kobe':     ('Kobe', 'Vandenberghe', '4A', 'els.martens@telenet.be', 'kurt.vandenberghe@telenet.be'),
    'lina':     ('Lina', 'Aerts', '1A', 'sarah.aerts@proximus.be', ''),
    'arthur':   ('Arthur', 'Michiels', '5A', 'an.dewit@telenet.be', 'jan.michiels@telenet.be'),
    'warre':    ('Warre', 'Coppens', '3A', 'tinne.coppens@gmail.com', 'steven.coppens@gmail.com'),
    'noor':     ('Noor', 'Verstraete', '2C', 'hilde.verstraete@skynet.be', ''),
    'mathis':   ('Mathis', 'Lambrechts', '2A', 'lambrechts.gezin@telenet.be', ''),
    'senne':    ('Senne', 'Heylen', '2A', 'petra.heylen@gmail.com', 'dirk.heylen@telenet.be'),
    'thibo':    ('Thibo', 'Smets', '2A', 'smets.vandamme@telenet.be', ''),
    'fien':     ('Fien', 'Vervoort', '4B', 'liesbet.vervoort@icloud.com', 'wim.vervoort@icloud.com'),
    'rayan':    ('Rayan', 'Bakkali', '3C', 'nadia.bakkali@hotmail.com', 'mourad.bakkali@gmail.com'),
    'mohamed':  ('Mohamed', 'Bakkali', '1A', 'nadia.bakkali@hotmail.com', 'mourad.bakkali@gmail.com'),
    'adam':     ('Adam', 'Ahmadi', '3C', 'f.ahmadi@hotmail.com', ''),
    'kacper':   ('Kacper', 'Nowak', '3C', 'agnieszka.nowak@gmail.com', 'tomasz.nowak@gmail.com'),
    'salma':    ('Salma', 'Ouali', '5B', 'ouali.latifa@hotmail.com', ''),
    'jules':    ('Jules', 'Wouters', '1C', 'eline.dekeyser@telenet.be', 'joris.wouters@telenet.be'),
    'amber':    ('Amber', 'Geerts', '2B', 'geerts.kristien@skynet.be', ''),
    'stan':     ('Stan', 'Cools', '3A', 'mieke.verhelst@telenet.be', ''),
    'vic':      ('Vic', 'Segers', '1B', 'lies.segers@telenet.be', 'joost.segers@gmail.com'),
    'hanne':    ('Hanne', 'Leemans', '1B', 'inge.dewulf@telenet.be', 'tim.leemans@telenet.be'),
    'elias_a':  ('Elias', 'Aydin', '2C', 'derya.ozturk@hotmail.com', 'murat.aydin@gmail.com'),
    'ela':      ('Ela', 'Janssens', '1A', 'derya.ozturk@hotmail.com', 'pieter.janssens@telenet.be'),
    'elias_m':  ('Elias', 'Mukendi', '1C', 'grace.mukendi@gmail.com', ''),
    'elise':    ('Elise', 'Bogaerts', '4B', 'karolien.bogaerts@telenet.be', 'luc.bogaerts@telenet.be'),
    'finn':     ('Finn', 'Bogaerts', '1B', 'karolien.bogaerts@telenet.be', 'luc.bogaerts@telenet.be'),
    'louis_vd': ('Louis', 'Van Dyck', '3A', 'heidi.vandyck@gmail.com', 'bert.vandyck@gmail.com'),
    'mia':      ('Mia', 'Thompson', '2B', 'rachel.thompson@gmail.com', 'david.thompson@outlook.com'),
    'lucas':    ('Lucas', 'Dubois', '1A', 'isabelle.dubois@skynet.be', 'mathieu.dubois@proximus.be'),
    'louis_db': ('Louis', 'Dubois', '2C', 'veronique.lefevre@gmail.com', ''),
    'chloe':    ('Chloé', 'Lambert', '3C', 'claire.lambert@hotmail.com', 'philippe.lambert@skynet.be'),
    'zeynep':   ('Zeynep', 'Kaya', '5A', 'kaya.hatice@hotmail.com', ''),
    'seppe':    ('Seppe', 'Goossens', '3B', 'tine.vermeiren@telenet.be', 'kris.goossens@telenet.be'),
    'tuur':     ('Tuur', 'Goossens', '4A', 'ellen.goossens@gmail.com', 'wouter.goossens@gmail.com'),
    'jonas':    ('Jonas', 'Mertens', '2B', 'katja.mertens@telenet.be', 'bjorn.mertens@telenet.be'),
    'noah_me':  ('Noah', 'Mertens', '1C', 'katja.mertens@telenet.be', 'bjorn.mertens@telenet.be'),
    'emma_vm':  ('Emma', 'Vermeulen', '2B', 'leen.desmedt@gmail.com', 'jan.vermeulen@gmail.com'),
    'emma_vh':  ('Emma', 'Verhaegen', '2B', 'caroline.verhaegen@telenet.be', ''),
    'wout':     ('Wout', 'De Smet', '4A', 'marijke.lenaerts@telenet.be', 'frank.desmet@telenet.be'),
    'jana':     ('Jana', 'Desmet', '4B', 'stefaan.desmet@skynet.be', 'griet.desmet@skynet.be'),
    'noah_ma':  ('Noah', 'Maes', '1C', 'evelien.maes@gmail.com', 'tom.maes@gmail.com'),
    'nina':     ('Nina', 'Maes', '3B', 'evelien.maes@gmail.com', 'tom.maes@gmail.com'),
    'yasmina':  ('Yasmina', 'El Amrani', '3A', 'souad.elamrani@hotmail.com', ''),
    'yasmine':  ('Yasmine', 'El Amrani', '5B', 'hassan.elamrani@gmail.com', 'naima.elamrani@gmail.com'),
    'mila':     ('Mila', 'Claessens', '1A', 'joke.claessens@telenet.be', ''),
    'louise':   ('Louise', 'Claessens', '3B', 'joke.claessens@telenet.be', ''),
    'mira':     ('Mira', 'Claes', '1A', 'katrien.vermeulen@telenet.be', 'dirk.claes@telenet.be'),
    'febe':     ('Febe', 'Claes', '3C', 'katrien.vermeulen@telenet.be', 'dirk.claes@telenet.be'),
    'milan':    ('Milan', 'Stevens', '3C', 'katrien.verhoeven@skynet.be', 'raf.stevens@skynet.be'),
    'ibrahima': ('Ibrahima', 'Diallo', '4C', 'mariama.diallo@gmail.com', ''),
    'lars':     ('Lars', 'Willems', '3B', 'sabine.willems@telenet.be', 'peter.willems@telenet.be'),
    'marie':    ('Marie', 'Jacobs', '5B', 'linda.claeys@gmail.com', 'patrick.jacobs@hotmail.com'),
    'ferre':    ('Ferre', 'Jacobs', '2C', 'linda.claeys@gmail.com', 'patrick.jacobs@hotmail.com'),
    'robbe':    ('Robbe', 'Hermans', '5A', 'hermans.gezin@telenet.be', ''),
    'bram':     ('Bram', 'Luyten', '2C', 'kim.vanaken@gmail.com', 'gert.luyten@gmail.com'),
    'ines':     ('Ines', 'Santos', '1B', 'ana.santos@gmail.com', 'rui.santos@gmail.com'),
    'dylan':    ('Dylan', 'Vanhoutte', '3A', 'cindy.vanhoutte@hotmail.com', ''),
    'aya':      ('Aya', 'Zeroual', '2A', 'zeroual.m@gmail.com', ''),
    'dean':     ('Dean', 'Pauwels', '4C', 'jessica.pauwels@hotmail.com', ''),
    'jarne':    ('Jarne', 'Nijs', '5A', 'nijs.koen@telenet.be', 'ilse.nijs@telenet.be'),
    'rune':     ('Rune', 'Verbeeck', '2B', 'leen.verbeeck@telenet.be', 'stijn.verbeeck@telenet.be'),
    'hamza':    ('Hamza', 'Rahimi', '1C', 'rahimi.ahmad@gmail.com', ''),
    'julie':    ('Julie', 'Vandeputte', '2C', 'annick.vandeputte@telenet.be', 'marc.vandeputte@telenet.be'),
    'sara':     ('Sara', 'Yilmaz', '4B', 'yilmaz.emine@hotmail.com', 'mehmet.yilmaz@gmail.com'),
    'lukas':    ('Lukas', 'Vermeiren', '5B', 'greet.jansen@proximus.be', 'paul.vermeiren@proximus.be'),
    'nore':     ('Nore', 'Van Damme', '5A', 'els.vandamme@telenet.be', ''),
    'kasper':   ('Kasper', 'Wuyts', '4A', 'inge.put@telenet.be', 'jo.wuyts@telenet.be'),
    'mathias':  ('Mathias', 'Peeters', '6A', 'griet.smolders@gmail.com', ''),
}

FIRST_F = ['Emma', 'Lotte', 'Noor', 'Lina', 'Marie', 'Elise', 'Febe', 'Fien', 'Hanne', 'Jana', 'Lore', 'Nina',
           'Amber', 'Ella', 'Julie', 'Mila', 'Louise', 'Lisa', 'Kato', 'Nore', 'Jolien', 'Charlotte', 'Lien', 'Zoë',
           'Anouk', 'Margot', 'Oona', 'Axelle', 'Sara', 'Ines', 'Fleur', 'Roos', 'Liv', 'Bo', 'Ellen', 'Tess', 'Lara']
FIRST_M = ['Lucas', 'Louis', 'Arthur', 'Noah', 'Vic', 'Jules', 'Mathis', 'Warre', 'Seppe', 'Rune', 'Stan',
           'Wout', 'Milan', 'Lars', 'Senne', 'Bram', 'Adam', 'Elias', 'Jonas', 'Kobe', 'Tuur', 'Thibo', 'Robbe',
           'Ferre', 'Jarne', 'Lowie', 'Mats', 'Finn', 'Bas', 'Cas', 'Dries', 'Siebe', 'Jef', 'Lander', 'Matteo',
           'Nand', 'Mauro', 'Gust', 'Staf', 'Viktor']
LASTS = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
         'De Smet', 'Dubois', 'Vermeulen', 'Van den Broeck', 'Hermans', 'Aerts', 'Vandenberghe', 'Lambrechts',
         'Verhoeven', 'Stevens', 'Michiels', 'Smets', 'Desmet', 'Coppens', 'Van Damme', 'Leemans',
         'Verstraete', 'Vervoort', 'Geerts', 'Cools', 'Van Dyck', 'Bogaerts', 'Claessens', 'Dewulf',
         'Pauwels', 'Nijs', 'Segers', 'Verbeeck', 'Heylen', 'Vanhoutte', 'Luyten', 'Vanderlinden', 'Thys',
         'Vandevelde', 'Cuppens', 'Timmermans', 'Swinnen', 'Dierickx', 'Boeckx', 'Van Roy', 'Wijnants',
         'El Amrani', 'Benali', 'Yilmaz', 'Kaya', 'Nowak', 'Kowalski', 'Diallo', 'Mukendi', 'Ahmadi',
         'Haddad', 'Popescu', 'Ivanova', 'Nguyen', 'Bakkali', 'Öztürk', 'Demir', 'Santos', 'Rossi',
         'Kabamba', 'Tshibangu', 'Hussaini', 'Rahimi', 'Zeroual', 'El Idrissi', 'Aydın', 'Sahin', 'Achahbar']
ORIGIN = {  # surname group -> (pupil F, pupil M, parent F, parent M)
    'maghreb': (['Aya', 'Salma', 'Yasmina', 'Hind', 'Rania', 'Ines', 'Lina', 'Sara', 'Nour', 'Imane'],
                ['Adam', 'Mohamed', 'Rayan', 'Bilal', 'Amine', 'Omar', 'Yusuf', 'Ilias', 'Noah', 'Zakaria'],
                ['Fatima', 'Nadia', 'Meryem', 'Samira', 'Khadija', 'Naima', 'Souad', 'Latifa'],
                ['Karim', 'Mourad', 'Youssef', 'Rachid', 'Mohamed', 'Hassan', 'Abdel', 'Said']),
    'turk': (['Zeynep', 'Elif', 'Ela', 'Defne', 'Sara', 'Lina', 'Ecrin'],
             ['Emir', 'Yusuf', 'Elias', 'Efe', 'Kerem', 'Adam', 'Burak'],
             ['Ayse', 'Emine', 'Fatma', 'Derya', 'Hatice', 'Sevgi'],
             ['Mehmet', 'Ali', 'Murat', 'Hasan', 'Mustafa', 'Osman']),
    'pol': (['Maja', 'Wiktoria', 'Zofia', 'Julia', 'Lena'], ['Kacper', 'Oskar', 'Jakub', 'Filip', 'Szymon'],
            ['Agata', 'Katarzyna', 'Agnieszka', 'Ewa'], ['Piotr', 'Tomasz', 'Marek', 'Pawel']),
    'ro': (['Ana', 'Maria', 'Ioana', 'Elena'], ['Andrei', 'Matei', 'Luca', 'David'],
           ['Ioana', 'Maria', 'Elena'], ['Andrei', 'Mihai', 'Georgi']),
    'vn': (['Lan', 'Linh', 'Mai', 'Emma'], ['Minh', 'Bao', 'Lucas', 'Noah'], ['Thi', 'Lan', 'Hoa'], ['Minh', 'Tuan', 'Hung']),
    'central_africa': (['Grace', 'Esther', 'Divine', 'Merveille', 'Sarah'], ['Elias', 'Jonathan', 'Nathan', 'Christ', 'David'],
                       ['Grace', 'Esther', 'Chantal', 'Mireille'], ['Jean', 'Patrick', 'Christian', 'Papy']),
    'west_africa': (['Fatoumata', 'Mariama', 'Aissatou', 'Kadiatou'], ['Ibrahima', 'Mamadou', 'Ousmane', 'Alpha'],
                    ['Mariama', 'Aissatou', 'Fatoumata'], ['Mamadou', 'Alpha', 'Ibrahima']),
    'afghan': (['Mariam', 'Zahra', 'Sana', 'Parisa'], ['Hamza', 'Ali', 'Omid', 'Mustafa', 'Hamid'],
               ['Farida', 'Zahra', 'Shabnam'], ['Ahmad', 'Ali', 'Javid', 'Reza']),
    'levant': (['Amira', 'Lina', 'Nour', 'Rania', 'Maya'], ['Adam', 'Karim', 'Fadi', 'Omar', 'Elias'],
               ['Rania', 'Lina', 'Hiba', 'Dima'], ['Samir', 'Fadi', 'Bassel', 'Khaled']),
    'south_eu': (['Ines', 'Ana', 'Giulia', 'Sofia', 'Emma'], ['Mateo', 'Rui', 'Luca', 'Tiago', 'Lucas'],
                 ['Ana', 'Giulia', 'Sandra', 'Paula'], ['Rui', 'Marco', 'Paulo', 'Luca']),
}
SURNAME_ORIGIN = {
    'El Amrani': 'maghreb', 'Benali': 'maghreb', 'Bakkali': 'maghreb', 'Zeroual': 'maghreb', 'El Idrissi': 'maghreb',
    'Achahbar': 'maghreb', 'Yilmaz': 'turk', 'Kaya': 'turk', 'Öztürk': 'turk', 'Demir': 'turk', 'Aydın': 'turk',
    'Sahin': 'turk', 'Nowak': 'pol', 'Kowalski': 'pol', 'Popescu': 'ro', 'Ivanova': 'ro', 'Nguyen': 'vn',
    'Mukendi': 'central_africa', 'Kabamba': 'central_africa', 'Tshibangu': 'central_africa', 'Diallo': 'west_africa',
    'Ahmadi': 'afghan', 'Hussaini': 'afghan', 'Rahimi': 'afghan', 'Haddad': 'levant', 'Santos': 'south_eu',
    'Rossi': 'south_eu'}
PARENT_F = ['An', 'Els', 'Katrien', 'Sofie', 'Veerle', 'Nathalie', 'Karolien', 'Inge', 'Griet', 'Sarah', 'Tine',
            'Leen', 'Hilde', 'Kristel', 'Ellen', 'Joke', 'Evelien', 'Liesbeth', 'Caroline', 'Sandra', 'Ilse', 'Nele',
            'Heidi', 'Lies', 'Sanne', 'Kim', 'Elke', 'Ann']
PARENT_M = ['Bart', 'Kris', 'Tom', 'Jan', 'Peter', 'Dirk', 'Steven', 'Wouter', 'Pieter', 'Koen', 'Stijn', 'Joris',
            'Raf', 'Bjorn', 'Tim', 'Geert', 'Frank', 'Wim', 'Luc', 'Kurt', 'Filip', 'Nico', 'Sven', 'Joost', 'Jo']
PROVIDERS = ['telenet.be', 'telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com',
             'gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'outlook.be', 'live.be']


def slugname(s):
    rep = {'é': 'e', 'è': 'e', 'ë': 'e', 'ö': 'o', 'ü': 'u', 'ı': 'i', 'ç': 'c', 'ï': 'i', 'à': 'a'}
    s = s.lower()
    for a, b in rep.items():
        s = s.replace(a, b)
    return ''.join(ch for ch in s if ch.isalnum())


def build_roster():
    pupils = []  # dicts: key, first, last, klass, p1, p2
    used_addr = set()
    for key, (f, l, k, p1, p2) in FEATURED.items():
        pupils.append(dict(key=key, first=f, last=l, klass=k, p1=p1, p2=p2))
        used_addr.update(a for a in (p1, p2) if a)
    featured_pairs = {(slugname(p['first']), slugname(p['last'])) for p in pupils}
    families = []
    n_random = 300 - len(pupils)
    i = 0
    while i < n_random:
        klass = CLASSES[RNG.randrange(len(CLASSES))]
        girl = RNG.random() < 0.5
        if families and RNG.random() < 0.13:
            fam = RNG.choice(families)
            last, p1, p2 = fam
        else:
            last = RNG.choice(LASTS)
            pl = slugname(last)
            org = SURNAME_ORIGIN.get(last)
            mf = RNG.choice(ORIGIN[org][2] if org else PARENT_F)
            mm = RNG.choice(ORIGIN[org][3] if org else PARENT_M)
            prov = RNG.choice(PROVIDERS)
            r = RNG.random()
            if r < 0.35:   # mother with her own surname
                pool = [x for x, o in SURNAME_ORIGIN.items() if o == org] if org else \
                    [x for x in LASTS if x not in SURNAME_ORIGIN]
                if org and RNG.random() < 0.3:
                    pool = [x for x in LASTS if x not in SURNAME_ORIGIN]
                other = slugname(RNG.choice(pool))
                p1 = f'{slugname(mf)}.{other}@{prov}'
            elif r < 0.5:
                p1 = f'{pl}.{slugname(mf)}@{prov}'
            elif r < 0.6:
                p1 = f'{slugname(mf)[0]}{pl}{RNG.randrange(10, 99)}@{prov}'
            elif r < 0.68:
                p1 = f'gezin.{pl}@{prov}'
            else:
                p1 = f'{slugname(mf)}.{pl}@{prov}'
            if RNG.random() < 0.22 or p1.startswith('gezin.'):
                p2 = ''
            else:
                prov2 = prov if RNG.random() < 0.6 else RNG.choice(PROVIDERS)
                p2 = f'{slugname(mm)}.{pl}@{prov2}'
            if p1 in used_addr or (p2 and p2 in used_addr):
                continue
            used_addr.update(a for a in (p1, p2) if a)
            families.append((last, p1, p2))
        org = SURNAME_ORIGIN.get(last)
        if org and RNG.random() < 0.85:
            first = RNG.choice(ORIGIN[org][0] if girl else ORIGIN[org][1])
        else:
            first = RNG.choice(FIRST_F if girl else FIRST_M)
        if (slugname(first), slugname(last)) in featured_pairs:
            continue
        featured_pairs.add((slugname(first), slugname(last)))
        pupils.append(dict(key=None, first=first, last=last, klass=klass, p1=p1, p2=p2))
        i += 1
    pupils.sort(key=lambda p: (p['klass'], p['last'], p['first'], p['p1']))
    seen_mail = set()
    for n, p in enumerate(pupils, 1):
        p['id'] = f'P{n:04d}'
        base = f"{slugname(p['first'])}.{slugname(p['last'])}"
        m, j = base, 2
        while m in seen_mail:
            m = f'{base}{j}'
            j += 1
        seen_mail.add(m)
        p['mail'] = m + '@leerling.sintpieterscollege.be'
    return pupils


ROSTER = build_roster()
BYKEY = {p['key']: p for p in ROSTER if p['key']}


def write_roster():
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for p in ROSTER:
        lines.append(';'.join([p['id'], p['first'], p['last'], p['klass'], p['mail'], p['p1'], p['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('\r\n'.join(lines) + '\r\n')


def pid(key):
    return BYKEY[key]['id']


def _display_from_addr(addr):
    local = addr.split('@')[0]
    parts = [x for x in local.replace('_', '.').split('.') if x and not x.isdigit()]
    if len(parts) >= 2 and all(x.isalpha() for x in parts):
        return ' '.join(x.capitalize() for x in parts)
    return ''


def par(key, which=1, name=None):
    """Address of parent 1/2 of a featured pupil, with a display name."""
    addr = BYKEY[key]['p1' if which == 1 else 'p2']
    assert addr, (key, which)
    nm = name if name is not None else _display_from_addr(addr)
    return f'{nm} <{addr}>' if nm else addr


def pupil_mail(key):
    p = BYKEY[key]
    return f"{p['first']} {p['last']} <{p['mail']}>"


def full(key):
    p = BYKEY[key]
    return f"{p['first']} {p['last']}"


def klas(key):
    return BYKEY[key]['klass']


def parents_of_class(klass, limit=None):
    out = []
    for p in ROSTER:
        if p['klass'] == klass or klass == '*':
            for a in (p['p1'], p['p2']):
                if a and a not in out:
                    out.append(a)
    return out[:limit] if limit else out


# ------------------------------------------------------------ numbers ------
def be_iban(ten):
    ten = f'{int(ten):010d}'
    chk = int(ten) % 97 or 97
    bban = f'{ten}{chk:02d}'
    num = int(bban + '111400')
    cd = 98 - num % 97
    s = f'BE{cd:02d}{bban}'
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, after2000=True):
    base = f'{yy:02d}{mm:02d}{dd:02d}{seq:03d}'
    n = int(('2' if after2000 else '') + base)
    chk = 97 - n % 97
    return f'{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{chk:02d}'


# ------------------------------------------------------------ dates --------
DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
DAYS_S = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
          'oktober', 'november', 'december']
MONTHS_S = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']


def dt(s):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = (datetime(2024, 3, 31, 2) <= d < datetime(2024, 10, 27, 3)) or \
             (datetime(2025, 3, 30, 2) <= d < datetime(2025, 10, 26, 3))
    return d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def nl_long(s):
    d = dt(s)
    return f'{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}'


def nl_short(s):
    d = dt(s)
    return f'{DAYS_S[d.weekday()]} {d.day} {MONTHS_S[d.month - 1]} {d.year} om {d:%H:%M}'


def quote_outlook(frm, date, to, subject, body, cc=None):
    body = body.lstrip('\n')
    out = ['________________________________', f'Van: {frm}', f'Verzonden: {nl_long(date)}', f'Aan: {to}']
    if cc:
        out.append(f'CC: {cc}')
    out += [f'Onderwerp: {subject}', '', body.rstrip('\n')]
    return '\n'.join(out)


def quote_gmail(frm, date, body):
    body = body.lstrip('\n')
    q = '\n'.join(('> ' + l) if l else '>' for l in body.rstrip('\n').split('\n'))
    return f'Op {nl_short(date)} schreef {frm}:\n\n{q}'


def quote_fr(frm, date, body):
    body = body.lstrip('\n')
    d = dt(date)
    jours = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
    mois = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
    q = '\n'.join(('> ' + l) if l else '>' for l in body.rstrip('\n').split('\n'))
    return f'Le {jours[d.weekday()]} {d.day} {mois[d.month - 1]} {d.year} à {d:%H:%M}, {frm} a écrit :\n{q}'


def fwd_outlook(frm, date, to, subject, body, cc=None):
    return quote_outlook(frm, date, to, subject, body, cc)


def fwd_gmail(frm, date, to, subject, body):
    return ('---------- Doorgestuurd bericht ---------\n'
            f'Van: {frm}\nDate: {nl_short(date).replace(" om ", " om ")}\nSubject: {subject}\nTo: {to}\n\n'
            + body.rstrip('\n'))


# ------------------------------------------------------ attachment makers --
ZDATE = (2024, 9, 2, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(files):
    return _zip(files)


def _x(s):
    return htmlmod.escape(str(s), quote=False)


def make_xlsx(rows, sheet='Blad1', macro=False):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    cells = []
    for r, row in enumerate(rows, 1):
        cs = ''.join(f'<c r="{col(c)}{r}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
                     for c, v in enumerate(row))
        cells.append(f'<row r="{r}">{cs}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
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
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                 ' Target="vbaProject.bin"/>' if macro else '') + '</Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
             ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)]
    if macro:
        files.append(('xl/vbaProject.bin', _fake_vba('Module1', 'Sub Auto_Open()\r\n  Call PlanBezoeken\r\nEnd Sub')))
    return _zip(files)


def _fake_vba(mod, code):
    head = bytes.fromhex('d0cf11e0a1b11ae1') + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
    body = f'Attribute VB_Name = "{mod}"\r\n{code}\r\n'.encode('latin-1')
    return head + b'\x00' * 40 + b'VBA\x00PROJECT\x00' + body + b'\x00' * 64


def make_docx(paragraphs, macro=False):
    ps = []
    for p in paragraphs:
        if p.startswith('# '):
            ps.append('<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                      f'<w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>')
        else:
            ps.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(ps)}</w:body></w:document>')
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/'
                      'vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', _fake_vba('NewMacros',
                      'Sub AutoOpen()\r\n  ActiveDocument.Protect wdAllowOnlyFormFields\r\n  StartTimer 50\r\nEnd Sub')))
    return _zip(files)


def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT', '/F1 11 Tf', '14 TL', f'50 {y} Td']
    for ln in lines:
        ops.append(f'({esc(ln)}) Tj T*')
    ops.append('ET')
    stream = '\n'.join(ops).encode('cp1252', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> '
        b'/Contents 4 0 R >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ('<< /Title (' + esc(title) + ') /Producer (Microsoft Word 2016) /CreationDate (D:20240902080000+02\'00\') >>')
        .encode('cp1252', 'replace'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return bytes(out)


def make_exe(name):
    h = hashlib.sha256(name.encode()).digest()
    dos = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00'
    stub = b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$\x00\x00\x00'
    pe = b'PE\x00\x00\x4c\x01\x03\x00' + b'\x00' * 16
    return (dos + stub).ljust(0x80, b'\x00') + pe + h * 40


def make_iso(label):
    sys_area = b'\x00' * 0x8000
    pvd = b'\x01CD001\x01\x00' + b'WIN32'.ljust(32) + label.upper().encode().ljust(32) + b'\x00' * 8
    pvd = pvd.ljust(2048, b'\x00')
    term = b'\xffCD001\x01'.ljust(2048, b'\x00')
    return sys_area + pvd + term


# --------------------------------------------------------- html helpers ---
HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
             '@font-face {{font-family:"Calibri";}}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
             'span.E-mailStijl17 {{mso-style-type:personal-compose;}}\n'
             'table.tab {{border-collapse:collapse;}}\n'
             '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')
HTML_TAIL = '</div>\n</body>\n</html>\n'


def html_table(rows):
    out = ['<table class="tab" border="1" cellspacing="0" cellpadding="4" '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        tag = 'b' if i == 0 else 'span'
        bg = ' style="background:#DEEAF6"' if i == 0 else ''
        cells = ''.join(f'<td valign="top"{bg}><p class="MsoNormal"><{tag}>{htmlmod.escape(str(c))}</{tag}></p></td>'
                        for c in row)
        out.append(f'<tr>{cells}</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    return '\n'.join('\t'.join(str(c) for c in row) for row in rows)


def to_html(text, tables=None, cs='utf-8', extra_style=None):
    tables = tables or {}
    blocks = text.split('\n\n')
    out = []
    for b in blocks:
        key = b.strip()
        if key.startswith('{{T:') and key.endswith('}}'):
            out.append(html_table(tables[key[4:-2]]))
            out.append('<p class="MsoNormal">&nbsp;</p>')
            continue
        lines = [htmlmod.escape(l) for l in b.split('\n')]
        if extra_style:
            for needle, style in extra_style.items():
                lines = [l.replace(htmlmod.escape(needle),
                                   f'<span style="{style}">{htmlmod.escape(needle)}</span>') for l in lines]
        out.append('<p class="MsoNormal">' + '<br>\n'.join(lines) + '</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
    return HTML_HEAD.format(cs=cs) + '\n'.join(out) + '\n' + HTML_TAIL


def render_text(text, tables=None):
    tables = tables or {}
    for k, rows in tables.items():
        text = text.replace('{{T:' + k + '}}', text_table(rows))
    return text


# ------------------------------------------------------------ mail model --
MAILS = []


def T(s):
    return s[1:] if s.startswith('\n') else s


def mail(slug, date, frm, to, subject, body, *, cc=(), bcc=(), tables=None, html=False, html_only=False,
         cte='8bit', charset='utf-8', atts=(), rules=(), cats=(), about=(), mis=False, note='', lang='nl',
         fmt=('plain',), reply=False, env_from=None, headers=None, html_style=None, rfc822=None, to_header=None):
    if isinstance(to, str):
        to = [to]
    MAILS.append(dict(slug=slug, date=date, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=T(body), tables=tables, html=html, html_only=html_only, cte=cte, charset=charset,
                      atts=list(atts), rules=list(rules), cats=list(cats), about=list(about), mis=mis,
                      note=note, lang=lang, fmt=list(fmt), reply=reply, env_from=env_from, headers=headers or {},
                      html_style=html_style, rfc822=rfc822, to_header=to_header))


def addr_of(s):
    return parseaddr(s)[1].lower()


def _h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def msgid(seed, sender):
    dom = sender.split('@')[1]
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if dom in ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be'):
        return f'<AM9PR02MB{h[:4]}{h[4:16]}{h[16:20]}@AM9PR02MB{h[20:24]}.eurprd02.prod.outlook.com>'
    if dom == 'gmail.com':
        return f'<CAF{h[:10].lower()}+{h[10:30]}=Q@mail.gmail.com>'
    if dom in ('hotmail.com', 'outlook.com', 'live.be', 'outlook.be'):
        return f'<DB9P190MB{h[:4]}{h[4:12]}@DB9P190MB{h[12:16]}.EURP190.PROD.OUTLOOK.COM>'
    return f'<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}@{dom}>'


MIME = {'pdf': ('application', 'pdf'), 'docx': ('application',
        'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
        'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
        'csv': ('text', 'csv'), 'txt': ('text', 'plain'), 'zip': ('application', 'x-zip-compressed'),
        'exe': ('application', 'x-msdownload'), 'iso': ('application', 'octet-stream'),
        'jpg': ('image', 'jpeg'), 'png': ('image', 'png'), 'bat': ('application', 'x-msdownload'),
        'vbs': ('text', 'vbscript'), 'msg': ('application', 'vnd.ms-outlook')}


def build(m, n):
    msg = EmailMessage(policy=policy.default)
    sender = addr_of(m['frm'])
    msg['From'] = m['frm']
    if m['to_header'] is not None:
        msg['To'] = m['to_header']
    elif m['to']:
        msg['To'] = ', '.join(m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(dt(m['date']))
    msg['Message-ID'] = msgid(f"{m['slug']}|{m['date']}", sender)
    if m['reply']:
        prev = msgid(f"prev|{m['slug']}", 'x@' + (m['reply'] if isinstance(m['reply'], str) else 'telenet.be'))
        msg['In-Reply-To'] = prev
        msg['References'] = prev
    dom = sender.split('@')[1]
    if dom in ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be'):
        msg['Thread-Topic'] = m['subject'].split(': ', 1)[-1] if m['subject'] else ''
        msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
        msg['X-MS-Has-Attach'] = 'yes' if m['atts'] or m['rfc822'] else ''
    for k, v in m['headers'].items():
        msg[k] = v
    text = render_text(m['body'], m['tables'])
    cs, cte = m['charset'], m['cte']
    if m['html_only']:
        msg.set_content(to_html(m['body'], m['tables'], cs, m['html_style']), subtype='html', charset=cs, cte=cte)
    elif m['html']:
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(to_html(m['body'], m['tables'], cs, m['html_style']), subtype='html', charset=cs,
                            cte='quoted-printable' if cte == '8bit' else cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
    for fn, data in m['atts']:
        ext = fn.rsplit('.', 1)[-1].lower()
        mt, st = MIME.get(ext, ('application', 'octet-stream'))
        if isinstance(data, str):
            data = data.encode('utf-8')
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m['rfc822'] is not None:
        msg.add_attachment(m['rfc822'])
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f'_{i:03d}_{_h(m["slug"] + str(i), 10)}_')
            i += 1
    return msg.as_bytes()


def inner_msg(frm, to, subject, date, body, cs='utf-8', atts=()):
    im = EmailMessage(policy=policy.default)
    im['From'] = frm
    im['To'] = to
    im['Subject'] = subject
    im['Date'] = format_datetime(dt(date))
    im['Message-ID'] = msgid('inner|' + subject + date, addr_of(frm))
    im.set_content(T(body), charset=cs)
    for fn, data in atts:
        ext = fn.rsplit('.', 1)[-1].lower()
        mt, st = MIME.get(ext, ('application', 'octet-stream'))
        im.add_attachment(data if isinstance(data, bytes) else data.encode(), maintype=mt, subtype=st, filename=fn)
    b = 0
    for part in im.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f'_inner{b}_{_h(subject, 8)}_')
            b += 1
    return im


# ------------------------------------------------------------ people ------
SVR = 'Sofie Van Roey <sofie.vanroey@sintpieterscollege.be>'      # zorgcoördinator
SVR_S = 'Sofie Van Roey <svr@spc.ksleuven.be>'
GL = 'Geert Lemmens <geert.lemmens@sintpieterscollege.be>'         # directeur
DIRECTIE = 'Directie Sint-Pieterscollege <directie@spc.ksleuven.be>'
HVH = 'Hilde Vanhoof <hilde.vanhoof@sintpieterscollege.be>'       # adjunct-directeur
TDR = 'Tom De Ridder <tdr@spc.ksleuven.be>'                        # leerlingenbegeleider
KWU = 'Karen Wuyts <karen.wuyts@sintpieterscollege.be>'            # klastitularis 3B
PCU = 'Pieter Cuypers <pcu@spc.ksleuven.be>'                       # klastitularis 1A
LGO = 'Liesbeth Goris <liesbeth.goris@sintpieterscollege.be>'      # klastitularis 2B
RSM = 'Ruben Smolders <rsm@spc.ksleuven.be>'                       # klastitularis 4A
ADI = 'Annelies Dierckx <annelies.dierckx@sintpieterscollege.be>'  # klastitularis 5B
JVC = 'Jef Van Camp <jef.vancamp@sintpieterscollege.be>'           # ICT-coördinator
ICT = 'ICT Sint-Pieterscollege <ict@spc.ksleuven.be>'
SEC = 'Secretariaat Sint-Pieterscollege <secretariaat@spc.ksleuven.be>'
LSEC = 'Leerlingensecretariaat SPC <leerlingensecretariaat@spc.ksleuven.be>'
BNU = 'Bart Nuyts <bart.nuyts@sintpieterscollege.be>'              # wiskunde
NHE = 'Nathalie Hendrickx <nathalie.hendrickx@sintpieterscollege.be>'  # Frans
WVE = 'Wim Verbist <wim.verbist@sintpieterscollege.be>'            # LO
ELA = 'Evi Lauwers <evi.lauwers@sintpieterscollege.be>'            # Engels
BOEK = 'Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>'
LST = 'Leersteun Sint-Pieterscollege <leersteun@spc.ksleuven.be>'
MTO = 'Marleen Torfs <marleen.torfs@sintpieterscollege.be>'        # secretariaat
IBA = 'Ilse Baeten <ilse.baeten@sintpieterscollege.be>'            # leerlingensecretariaat
PERSONEEL = 'personeel@spc.ksleuven.be'

GRIET = 'Griet Vandevelde <griet.vandevelde@lsc-dijleland.be>'     # ondersteuner type 9
SAM = 'Sam Verlinden <sam.verlinden@lsc-dijleland.be>'             # ondersteuner basisaanbod
AN_LSC = 'An Smeyers <an.smeyers@lsc-dijleland.be>'                # coördinator leersteuncentrum
JOLIEN = 'Jolien Stas <jolien.stas@lsc-dijleland.be>'
ELLEN = 'Ellen Baert <ellen.baert@lsc-horizon.be>'                 # ondersteuner type 7
KOEN = 'Koen Verreth <koen.verreth@lscmobiel.be>'                  # ondersteuner motorisch
CLB = 'Veerle Schepers <veerle.schepers@clb-leuvenoost.be>'
CLBARTS = 'Hans Coenen <hans.coenen@clb-leuvenoost.be>'
LOGO = 'Lien Vanbrabant <lien@klankkast-logopedie.be>'
KINE = 'Maarten Wijns <maarten@kinewijns.be>'
REVA = 'Katleen Borremans <katleen.borremans@terlinde-revalidatie.be>'
FRLOGO = 'Marie Lejeune <m.lejeune@crf-lestilleuls.be>'
OLIVER = 'Oliver Grant <oliver.grant@readassist.co.uk>'
ITP = 'Stijn Bosmans <stijn.bosmans@dijle-ict.be>'
PLATFORM = 'Support Stapstenen <support@stapstenen.be>'
OCMW = 'Leen Dams <leen.dams@ocmw-leuvenregio.be>'
BUS = 'Busreizen Dijleland <reizen@busdijle.be>'

SCHOOL_SIG = 'Sint-Pieterscollege Kessel-Lo | Stroom - Leuvense Katholieke Scholen aan de Dijle'
OUTLOOK_MOBILE = 'Outlook voor Android downloaden<https://aka.ms/AAb9ysg>'
IPHONE = 'Verzonden vanaf mijn iPhone'
XM_IPHONE = {'X-Mailer': 'iPhone Mail (21H216)'}
XM_ANDROID = {'X-Mailer': 'Outlook for Android'}


# =================================================================== MAILS ==
# ---------------------------------------------------------------- password --
mail('account-stapstenen', '2024-09-09 08:42', JVC, GRIET, 'Uw account op Stapstenen', """
Dag Griet,

Zoals gevraagd heb ik een account voor jou aangemaakt op Stapstenen, zodat je de ondersteuningsplannen van jullie leerlingen bij ons kan raadplegen en aanvullen.

Gebruikersnaam: griet.vandevelde@lsc-dijleland.be
Startwachtwoord: Stapst3n!Dijle24

Bij de eerste keer aanmelden vraagt het platform om een nieuw wachtwoord te kiezen. Lukt er iets niet, laat het gerust weten.

Vriendelijke groeten,

Jef Van Camp
ICT-coördinator
""" + SCHOOL_SIG + '\n', rules=['password'], note='start password for the shared support-plan platform in clear text',
     fmt=['plain'])

ACC_CSV = ('Naam;Gebruikersnaam;Startwachtwoord;Rol\r\n'
           'Griet Vandevelde;griet.vandevelde@lsc-dijleland.be;Stapst3n!Dijle24;ondersteuner\r\n'
           'Sam Verlinden;sam.verlinden@lsc-dijleland.be;Kessel#Lo-5582;ondersteuner\r\n'
           'Jolien Stas;jolien.stas@lsc-dijleland.be;Welkom-SPC-9134;ondersteuner\r\n'
           'An Smeyers;an.smeyers@lsc-dijleland.be;Coord!Dijle-2210;coördinator (lezen)\r\n'
           'Hanne Wyckmans;hanne.wyckmans@lsc-dijleland.be;Leer-Steun-4478;ondersteuner\r\n'
           'Pieterjan Dockx;pieterjan.dockx@lsc-dijleland.be;Plan#Dockx-3307;ondersteuner\r\n')
mail('accounts-ondersteuners-csv', '2024-09-10 16:05', JVC, AN_LSC, 'Accounts ondersteuners schooljaar 2024-2025', """
Dag An,

In bijlage de lijst met de accounts voor jullie ondersteuners die bij ons op school komen. Wil je ze aan je team bezorgen? Iedereen moet bij de eerste aanmelding zelf een nieuw wachtwoord kiezen.

Hanne en Pieterjan staan er ook al in, ook al starten ze pas na de herfstvakantie.

Groeten,
Jef
""", atts=[('accounts_lsc_dijleland_2024-2025.csv', ACC_CSV.encode('utf-8-sig'))], rules=['password'],
     note='CSV attachment lists start passwords for six support-centre accounts', fmt=['plain', 'attachment-csv'])

mail('wifi-gast', '2024-09-16 09:12', SEC, SAM, 'RE: wifi op school?', """
Dag Sam,

Het gastnetwerk heet SPC-Gast, de sleutel is Dijle-Gast-2024 (met de hoofdletters zoals hier). Het personeelsnetwerk mag ik je helaas niet geven.

Groetjes,
Marleen Torfs
secretariaat

""" + quote_outlook(SAM, '2024-09-16 08:51', 'secretariaat@spc.ksleuven.be', 'wifi op school?', """
Goeiemorgen,
Ik ben vanaf vandaag elke maandag bij jullie op school. Kan ik ergens op het wifi-netwerk? Mijn 4G is hier echt slecht.
Alvast bedankt,
Sam Verlinden
Leersteuncentrum Dijleland
"""), reply='lsc-dijleland.be', rules=['password'], note='guest Wi-Fi key sent to a visiting support worker',
     fmt=['plain', 'reply'])

mail('code-zijpoort', '2024-09-18 07:31', TDR, KOEN, 'Zijpoort', """
Koen, de zijpoort aan de fietsenstalling gaat open met 2580#. De lift aan de sporthal heeft een sleutelkastje ernaast, code 1479. Tot straks!

Tom

""" + IPHONE + '\n', headers=XM_IPHONE, rules=['password'],
     note='door code and key-box code sent from a phone', fmt=['phone'])

mail('kluis-zorgbureau', '2024-10-07 13:20', SVR, GRIET, 'Dossiers in de kluis', """
Dag Griet,

Na het verhaal met de USB-stick hebben we afgesproken dat er geen verslagen meer op losse sticks rondgaan. Papieren dossiers die je even wil laten liggen, kan je voortaan in de kluis in het zorgbureau (B0.04) leggen.

De code is 7340, daarna het wieltje helemaal naar rechts draaien. Graag niet doorgeven aan anderen, ik wijzig hem elk trimester.

Groetjes,
Sofie

Sofie Van Roey
zorgcoördinator
""", rules=['password'], note='safe combination for the care office safe', fmt=['plain'])

mail('herstelcodes-agenda', '2024-10-02 11:47', JVC, AN_LSC, 'Tweestapsverificatie agenda-account', """
Hallo An,

Vanaf deze week staat tweestapsverificatie aan op het gedeelde account agenda.leersteun@spc.ksleuven.be, waarmee jullie ondersteuners de bezoeken inplannen. De authenticator-app staat op de tablet in het zorgbureau.

Mocht die tablet ooit stuk of kwijt zijn, dan kunnen jullie met een van deze herstelcodes toch binnen (elke code werkt maar een keer):

  7731-0284
  5519-8830
  2046-1177
  9382-6605
  4410-2958
  8865-3019

Best ergens veilig bewaren en zeker niet in de agenda zelf zetten :-)

Mvg
Jef Van Camp
ICT-coördinator Sint-Pieterscollege
""", rules=['password'], note='list of MFA recovery codes for the shared calendar account', fmt=['plain'])

mail('sms-code-mailbox', '2024-10-03 10:02', SVR_S, ITP, 'code', """
Stijn,

Ik krijg net een sms met code 482913 voor de gedeelde mailbox leersteun@. Je zei dat je die nodig had om de MFA opnieuw in te stellen. Hij is maar 10 minuten geldig denk ik.
Als het niet lukt, bel me op 0478 21 93 05.

Sofie
""", rules=['password', 'personal_data'],
     note='one-time SMS code forwarded to the IT provider; also a mobile number', fmt=['plain'])

mail('laptop-rune-wachtwoord', '2024-10-08 16:40', SVR, par('rune', 1), 'Laptop Rune', """
Dag mevrouw Verbeeck,

Rune heeft vandaag zijn laptop met Sprintplus meegekregen, zodat hij thuis ook met de voorleessoftware kan werken (zoals afgesproken in zijn ondersteuningsplan). Hij was zijn wachtwoord tegen het einde van de dag al vergeten, dus ik zet het hier voor u. Voor de zekerheid op twee lijnen:

RuneV
-Leest24!

(dus alles aan elkaar, zonder spatie)

Als hij het wil veranderen, mag dat uiteraard. Vriendelijke groeten,

Sofie Van Roey
zorgcoördinator
""", rules=['password', 'sensitive'], cats=['care'], about=['rune'],
     note="laptop password split over two lines, and the pupil's reading software / support plan (care), to his own parent",
     fmt=['plain'])

mail('ww-prikkelarm-laptop', '2024-10-14 12:58', TDR, ELLEN, 'laptop prikkelarm lokaal', """
Dag Ellen,

Zoals aan de telefoon: de laptop in het prikkelarm lokaal staat op het account "prikkel". Het wachtwoord is: hoofdletter R, dan "ustig", dan een koppelteken, dan Kessel met een hoofdletter K, dan 2 0 2 5 en een uitroepteken. Geen spaties.

Het is dezelfde laptop die de leerlingen gebruiken, dus niet aanmelden met je eigen account aub.

Groetjes
Tom De Ridder
leerlingenbegeleider
""", rules=['password'], note='password spelled out character by character (Rustig-Kessel2025!)', fmt=['plain'])

ACC_ROWS = [['Naam', 'Gebruikersnaam', 'Tijdelijk wachtwoord', 'Rol'],
            ['Jolien Stas', 'jolien.stas@lsc-dijleland.be', 'Welkom-SPC-9134', 'ondersteuner'],
            ['Hanne Wyckmans', 'hanne.wyckmans@lsc-dijleland.be', 'Leer-Steun-4478', 'ondersteuner'],
            ['Pieterjan Dockx', 'pieterjan.dockx@lsc-dijleland.be', 'Plan#Dockx-3307', 'ondersteuner'],
            ['Ellen Baert', 'ellen.baert@lsc-horizon.be', 'Horizon!7Kl-2024', 'ondersteuner (type 7)']]
mail('accounts-tabel-html', '2024-11-04 08:15', JVC, AN_LSC, 'Nieuwe accounts Stapstenen + agenda', """
Dag An,

Hieronder de accounts voor de ondersteuners die na de herfstvakantie starten. Ellen van Horizon heb ik er meteen bij gezet.

{{T:acc}}

Bij de eerste aanmelding moeten ze een eigen wachtwoord kiezen.

Met vriendelijke groeten,

Jef Van Camp
ICT-coördinator
""" + SCHOOL_SIG, tables={'acc': ACC_ROWS}, html_only=True, rules=['password'],
     note='HTML table with temporary passwords for four accounts', fmt=['html-only', 'table'])

mail('identifiants-fr', '2024-11-12 14:03', SVR, FRLOGO, 'Accès à la plateforme Stapstenen', """
Bonjour Madame Lejeune,

Comme convenu lors de notre appel, voici vos identifiants pour la plateforme Stapstenen, où nous partageons les plans de soutien avec les thérapeutes externes :

Identifiant : m.lejeune@crf-lestilleuls.be
Mot de passe provisoire : Tilleuls#2024

Il vous sera demandé de changer le mot de passe lors de la première connexion. N'hésitez pas à me contacter en cas de problème.

Bien à vous,

Sofie Van Roey
Coordinatrice des soins
Sint-Pieterscollege Kessel-Lo
""", lang='fr', rules=['password'], note='French mail with a provisional platform password', fmt=['plain'])

mail('training-wifi-en', '2024-11-18 17:22', JVC, OLIVER, 'Training on Thursday - practical info', """
Hi Oliver,

Looking forward to Thursday. Some practical info for the session with the support staff:

- Guest Wi-Fi: SPC-Gast, key Dijle-Gast-2024
- The six demo laptops are logged in with the local account "training", password Tr4ining!SPC - just in case one of them locks during the break.
- Room A0.12 (ground floor, left of the reception). Parking is behind the sports hall.

Let me know if you need a projector adapter, we have HDMI and USB-C.

Kind regards,
Jef Van Camp
ICT coordinator
Sint-Pieterscollege Kessel-Lo
""", lang='en', rules=['password'], note='English mail with a Wi-Fi key and a local laptop password', fmt=['plain'])

mail('re-klaslaptop-werkt', '2024-11-20 10:31', KWU, ITP, 'RE: Reset account klaslaptop 3B', """
Top, het werkt weer! Dank je Stijn.

Karen

""" + quote_outlook(ITP, '2024-11-20 09:58', 'Karen Wuyts', 'Reset account klaslaptop 3B', """
Dag Karen,

Ik heb het leerkrachtenaccount op de klaslaptop van 3B gereset. Je nieuwe wachtwoord is:

Wuyts!Klas3B-77

Windows zal niet vragen om het te wijzigen, doe dat gerust zelf via Ctrl-Alt-Del.

Met vriendelijke groet,
Stijn Bosmans
Dijle ICT
"""), reply='dijle-ict.be', rules=['password'],
     note='short thank-you reply that still quotes the reset password below', fmt=['plain', 'reply'])

mail('fw-welkom-stapstenen', '2024-09-23 15:10', SVR, SAM, 'FW: Welkom op Stapstenen', """
Sam, dit kwam in de gedeelde mailbox terecht, is voor jou denk ik (zie bijlage).
Sofie
""", rfc822=inner_msg(PLATFORM, 'leersteun@spc.ksleuven.be', 'Welkom op Stapstenen', '2024-09-23 14:52', """
Beste gebruiker,

Er werd een account voor u aangemaakt op Stapstenen door Sint-Pieterscollege Kessel-Lo.

Aanmeldnaam: sam.verlinden@lsc-dijleland.be
Tijdelijk wachtwoord: qR7-mT4x-Lp

Meld u aan via https://spc.stapstenen.be en kies een persoonlijk wachtwoord.

Het Stapstenen-team
"""), rules=['password'], note='forwarded as attached message: platform welcome mail with a temporary password',
     fmt=['plain', 'forward', 'attachment-eml'])

mail('bitlocker-ferre', '2024-12-02 09:05', JVC, par('ferre', 1), 'Laptop Ferre Jacobs (2C) - BitLocker', """
Dag mevrouw Claeys,

Ferre liet weten dat zijn laptop van school na de update vraagt om een BitLocker-herstelsleutel. Dat is normaal na een BIOS-update. U kan (of Ferre kan) deze sleutel intypen:

418792-603141-255904-117326-689040-512633-093775-741158

Daarna start de laptop gewoon op. Als het nog eens gebeurt, mag hij langskomen in het ICT-lokaal (A2.01) tijdens de middagpauze.

Met vriendelijke groeten,
Jef Van Camp
ICT-coördinator
""", about=['ferre'], rules=['password'],
     note='BitLocker recovery key sent to a parent about her son\'s school laptop (no sensitive fact)',
     fmt=['plain'])

mail('wachtwoord-stick', '2024-10-09 08:20', SVR, GRIET, 'nieuwe stick', """
Dag Griet,

De nieuwe versleutelde stick ligt in jouw vakje in de leraarskamer. Wachtwoord: Zorg#Kessel7Lo

Na 10 foute pogingen wist hij zichzelf, dus opletten met de hoofdletters.

Sofie
""", rules=['password'], note='password of the encrypted USB stick', fmt=['plain'])

mail('wachtwoord-pdf-tuur', '2024-12-10 11:36', SVR, CLB, 'wachtwoord pdf', """
Dag Veerle,

Zoals beloofd in een aparte mail het wachtwoord voor de PDF met het aangepaste handelingsplan van Tuur Goossens (4A): LSC-verslag-77

Het plan zelf heb ik je daarnet gestuurd. Kan jij nog voor de kerstvakantie laten weten of de CLB het gemotiveerd verslag daarop kan afstemmen?

Groetjes,
Sofie Van Roey
zorgcoördinator
""", about=['tuur'], rules=['password', 'sensitive'], cats=['care'],
     note='PDF password in a separate mail; names the pupil and his adapted care plan / CLB report', fmt=['plain'])

mail('pincode-laptop-hamza', '2025-01-13 15:44', ICT, par('hamza', 1), 'Pincode laptop Hamza', """
Goedemiddag meneer Rahimi,

Hamza kon vandaag niet meer aanmelden op de laptop die hij van school leent. We hebben de pincode opnieuw ingesteld op 2468. Hij kan die zelf wijzigen via Instellingen > Accounts > Aanmeldingsopties.

Vriendelijke groeten,
ICT-team Sint-Pieterscollege
""", about=['hamza'], rules=['password'], note='Windows Hello PIN of a loan laptop sent to the parent', fmt=['plain'])

mail('co-account-julie', '2025-01-20 10:12', LSEC, par('julie', 2), 'Smartschool co-account', """
Geachte heer Vandeputte,

Uw co-account voor Smartschool werd op uw vraag gereset.

Gebruikersnaam: julie.vandeputte (co-account 2)
Nieuw wachtwoord: Vdp-7731-ouder

Na het aanmelden kan u onder "Profiel" een eigen wachtwoord instellen. We raden aan dat te doen.

Met vriendelijke groeten,
Ilse Baeten
leerlingensecretariaat
""", about=['julie'], rules=['password'], note='parent co-account password reset sent in clear text', fmt=['plain'])

mail('kurzweil-licentie', '2024-11-25 13:30', SVR, ELLEN, 'Licentie voorleessoftware', """
Dag Ellen,

Voor de voorbereiding van je lessen kan je het schoolaccount van onze voorleessoftware gebruiken (geen leerlingenaccount):

login: voorlezen@spc.ksleuven.be
ww: Kw3000-spc!Lic

Graag niet op de leerlingenlaptops installeren, enkel op je eigen toestel.

Groetjes,
Sofie
""", rules=['password'], note='school licence account password for the reading software', fmt=['plain'])

mail('agenda-hint', '2025-01-06 08:03', TDR, ELLEN, 'agenda', """
Hey Ellen,

Gelukkig nieuwjaar! Het wachtwoord van de gedeelde agenda is veranderd in de vakantie. Het is nu gewoon de naam van onze school aan elkaar (Sintpieterscollege, met hoofdletter S), dan het jaartal 2025 en dan een uitroepteken. Dus zoals vorig jaar maar met 2025.

Tom
""", rules=['password'],
     note='password disclosed by description (Sintpieterscollege2025!) rather than typed literally', fmt=['plain'])

mail('kopieercode', '2024-09-30 12:10', MTO, SAM, 'Kopieercode', """
Dag Sam,

Je persoonlijke kopieercode voor het toestel in de leraarskamer is 5521. Daarmee kan je ook scannen naar je mail.

Vriendelijke groeten,
Marleen Torfs
secretariaat
""", cte='base64', rules=['password'], note='personal copier PIN, body in base64', fmt=['plain-base64'])

mail('alarmcode-infoavond', '2025-02-04 16:48', HVH, AN_LSC, 'Infoavond 13/2 - sleutel en alarm', """
Beste An,

Voor de infoavond over leersteun op donderdag 13 februari ben jij de laatste die vertrekt, begreep ik. Praktisch:

- De sleutel van de refter ligt aan het onthaal bij Marleen.
- Alarm B-gebouw: bij het buitengaan code 8812 en dan de toets "Aan". Je hebt dan 30 seconden.
- De conciërge is die avond niet aanwezig.

Bedankt om dit op te nemen, en tot donderdag!

Hilde Vanhoof
adjunct-directeur
""", cte='quoted-printable', rules=['password'], note='building alarm code, quoted-printable body',
     fmt=['plain-qp'])

mail('voicemail-zorg-gsm', '2024-10-21 09:37', SVR, GRIET, 'voicemail zorg-gsm', """
Dag Griet,

Als ik volgende week op kamp ben, neem jij de zorg-gsm (0495 31 72 48) over voor de leerlingen die jij begeleidt. Berichten inspreken kan, afluisteren doe je door 1233 te bellen vanaf de gsm zelf en dan pincode 0909 in te geven.

Merci om dit te doen!
Sofie

Sofie Van Roey
zorgcoördinator – Sint-Pieterscollege Kessel-Lo
""", charset='windows-1252', rules=['password', 'personal_data'],
     note='voicemail PIN of the care phone plus its number; Windows-1252 body', fmt=['plain-cp1252'])

TXT_LOGINS = ('Logins Stapstenen - Leersteuncentrum Horizon\r\n'
              '===========================================\r\n\r\n'
              'Ellen Baert        ellen.baert@lsc-horizon.be        Horizon!7Kl-2024\r\n'
              'Stefanie Gielis    stefanie.gielis@lsc-horizon.be    Gielis-Tmp-5528\r\n'
              'Ward Peetermans    ward.peetermans@lsc-horizon.be    Ward#SPC-8861\r\n\r\n'
              'Bij eerste aanmelding wachtwoord wijzigen.\r\n')
mail('logins-horizon-txt', '2024-11-05 12:02', JVC, ELLEN, 'logins Horizon', """
Hoi Ellen, zie bijlage voor jou en je twee collega's.
Groeten, Jef
""", atts=[('logins_horizon.txt', TXT_LOGINS.encode('cp1252'))], rules=['password'],
     note='.txt attachment with three platform logins and passwords', fmt=['plain', 'attachment-txt'])

DOCX_OVERDRACHT = make_docx([
    '# Overdracht leersteun Sint-Pieterscollege Kessel-Lo 2024-2025',
    'Opgesteld door Sofie Van Roey (zorgcoördinator) voor nieuwe ondersteuners.',
    '# Praktisch',
    'Onthaal: Marleen Torfs. Leraarskamer: eerste verdieping A-gebouw. Vakjes ondersteuners naast de kopieermachine.',
    'Bezoeken worden ingepland in de gedeelde agenda "Leersteun bezoeken". Graag ten laatste de vrijdag voordien.',
    'Lokalen: prikkelarm lokaal B0.12, gesprekslokaal A0.05, zorgbureau B0.04.',
    '# Logins',
    'Wifi: SPC-Gast - sleutel Dijle-Gast-2024',
    'Gedeelde agenda: agenda.leersteun@spc.ksleuven.be - wachtwoord Sintpieterscollege2024!',
    'Stapstenen: eigen account, startwachtwoord Welkom-SPC-9134 (wijzigen bij eerste aanmelding)',
    'Kluis zorgbureau: code bij Sofie vragen.',
    '# Afspraken',
    'Geen verslagen op USB-sticks. Geen leerlingnamen in de agenda, enkel initialen en klas.',
    'Datalek of vermoeden ervan: meteen melden aan privacy@lksd.ksleuven.be.',
])
mail('overdracht-docx', '2024-11-06 17:55', SVR, JOLIEN, 'Welkom! Overdrachtsdocument', """
Dag Jolien,

Welkom bij ons op school! In bijlage het overdrachtsdocument dat ik voor elke nieuwe ondersteuner maak: praktische afspraken, lokalen, logins. Lees het gerust eens door voor je maandag start.

Ik zie je maandag om 8u15 aan het onthaal.

Hartelijke groet,
Sofie Van Roey
zorgcoördinator
""", atts=[('Overdracht leersteun SPC 2024-2025.docx', DOCX_OVERDRACHT)], rules=['password'],
     note='.docx handover document contains the Wi-Fi key, shared calendar password and platform start password',
     fmt=['plain', 'attachment-docx'])

PDF_WELKOM_JONAS = make_pdf([
    'Sint-Pieterscollege Kessel-Lo - Stapstenen',
    '',
    'Aan de ouders van Jonas Mertens (2B)',
    '',
    'Beste ouders,',
    'Via Stapstenen kan u het ondersteuningsplan van uw zoon online bekijken',
    'en opmerkingen toevoegen voor het volgende overleg.',
    '',
    'Website: https://spc.stapstenen.be',
    'Gebruikersnaam: katja.mertens@telenet.be',
    'Tijdelijk wachtwoord: Mert-4471-ks',
    '',
    'Gelieve bij de eerste aanmelding een eigen wachtwoord te kiezen.',
    '',
    'Sofie Van Roey, zorgcoordinator',
], title='Welkomstbrief Stapstenen')
mail('welkomstbrief-jonas-pdf', '2024-10-15 14:25', SVR, par('jonas', 1), 'Toegang ondersteuningsplan Jonas', """
Beste mevrouw Mertens,

Zoals besproken op het overleg van vorige week kan u het ondersteuningsplan van Jonas voortaan ook online bekijken. In bijlage vindt u de brief met uw gegevens om aan te melden.

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator Sint-Pieterscollege
""", atts=[('Welkomstbrief_Stapstenen_Jonas.pdf', PDF_WELKOM_JONAS)], about=['jonas'],
     rules=['password', 'sensitive'], cats=['care'],
     note="PDF holds a temporary password; mail concerns the pupil's support plan (care); sent to his mother",
     fmt=['plain', 'attachment-pdf'])

mail('kluiscode-mohamed', '2024-11-28 12:40', PCU, par('mohamed', 1), 'Kluisje Mohamed', """
Dag mevrouw Bakkali,

Mohamed is de code van zijn kluisje vergeten en kon vanmiddag zijn turngerief niet uit zijn kastje halen. De code van zijn cijferslot is 4-0-7-1. Misschien kan u die thuis ergens noteren?

Vriendelijke groet,
Pieter Cuypers
klastitularis 1A
""", about=['mohamed'], rules=['password'], note="padlock combination of a pupil's locker, sent to his mother",
     fmt=['plain'])

mail('opname-overleg', '2024-11-29 16:12', SVR, CLB, 'Opname overleg donderdag', """
Dag Veerle,

Jij kon donderdag niet aansluiten bij het overleg met het leersteunteam. De opname staat op OneDrive:

https://lksd-my.sharepoint.com/:v:/g/personal/sofie_vanroey/EbT7kQ2mP0NHu3x

Wachtwoord voor de link: 7Hq!pL2x-MDO

De link vervalt over 14 dagen.

Groetjes,
Sofie
""", rules=['password'],
     note='password protecting a shared meeting recording (not an invitation passcode)', fmt=['plain'])

mail('api-sleutel-koppeling', '2024-09-12 11:18', JVC, PLATFORM, 'Koppeling Smartschool - Stapstenen', """
Beste,

Voor de koppeling tussen ons Smartschool-platform en Stapstenen (import van leerlingen en klassen) bezorg ik u hierbij de gegevens:

Platform: sintpieterscollege-kessello.smartschool.be
Webservices-wachtwoord: 9f3a7c21e8b04d6fa2c1d5e7
API-sleutel Stapstenen (van ons beheerdersaccount): stp_live_4kR9xW2mQ7vN8bL3

Laat gerust weten wanneer de eerste synchronisatie gepland is.

Met vriendelijke groeten,
Jef Van Camp
ICT-coördinator Sint-Pieterscollege Kessel-Lo
""", rules=['password'], note='web-services password and API key sent to the platform vendor', fmt=['plain'])

mail('ww-in-onderwerp', '2025-01-09 07:54', TDR, SAM, 'ww leersteunmailbox: Leersteun!Kl2025', """
zie onderwerp :)

tom

""" + OUTLOOK_MOBILE + '\n', headers=XM_ANDROID, rules=['password'],
     note='password placed in the subject line', fmt=['phone', 'subject'])

mail('activatiecode-louise', '2024-09-05 10:30', LSEC, par('louise', 1), 'Activatiecode co-account Smartschool', """
Beste mevrouw Claessens,

U vroeg ons om een nieuw co-account voor Smartschool voor uw dochter Louise (3B). U kan het account activeren via https://sintpieterscollege-kessello.smartschool.be met:

Gebruikersnaam: louise.claessens
Activatiecode: XKP4-7TQ2-M9

De code blijft 14 dagen geldig.

Met vriendelijke groeten,
leerlingensecretariaat
""", about=['louise'], rules=['password'], note='account activation code that opens the parent account',
     fmt=['plain'])

mail('nieuw-ww-gedeelde-mailbox', '2025-01-08 16:30', JVC, AN_LSC, 'Nieuw wachtwoord gedeelde mailbox', """
Dag An,

Na de MFA-reset heb ik het wachtwoord van de gedeelde mailbox leersteun@spc.ksleuven.be gewijzigd. Het nieuwe wachtwoord is: Dijle#Mailbox24

Wil je het aan je ondersteuners doorgeven die de mailbox gebruiken?

Groet,
Jef
""", html=True, html_style={'Dijle#Mailbox24': 'font-weight:bold;color:#C00000'}, rules=['password'],
     note='new shared-mailbox password, bold and red in the HTML part', fmt=['alt'])

mail('wifi-van-thuis', '2024-12-04 21:37', 'Liesbeth Goris <liesbeth.goris78@gmail.com>', GRIET,
     'morgen', """
Dag Griet,

Ik zit thuis en mijn schoolmail wil niet laden, dus even zo. Voor je bezoek morgen in 2B: de wifi is SPC-Gast / Dijle-Gast-2024. Ik zet de klas om 10u05 klaar in B1.10.

Tot morgen!
Liesbeth
""", rules=['password', 'private_account'],
     note='teacher uses her private gmail for a school visit and includes the guest Wi-Fi key',
     fmt=['plain'])

LIC_ROWS = [['Leerling', 'Klas', 'Login Sprintplus', 'Wachtwoord'],
            [full('lina'), klas('lina'), 'spc-aerts-l', 'Sp!-2841'],
            [full('lotte'), klas('lotte'), 'spc-peeters-l', 'Sp!-7730'],
            [full('lucas'), klas('lucas'), 'spc-dubois-l', 'Sp!-1596'],
            [full('ines'), klas('ines'), 'spc-santos-i', 'Sp!-6627'],
            [full('dean'), klas('dean'), 'spc-pauwels-d', 'Sp!-3048'],
            [full('rune'), klas('rune'), 'spc-verbeeck-r', 'Sp!-9915'],
            [full('seppe'), klas('seppe'), 'spc-goossens-s', 'Sp!-4472']]
mail('sprintplus-licenties-xlsx', '2024-09-27 13:05', SVR, GRIET, 'Licenties Sprintplus', """
Dag Griet,

In bijlage de licenties voor Sprintplus van de leerlingen met voorleessoftware die jij opvolgt of waar je mee overlegt. Zo kan je hen helpen als ze niet binnen geraken.

Groetjes,
Sofie
""", atts=[('Sprintplus licenties 2024-2025.xlsx', make_xlsx(LIC_ROWS, 'Licenties'))],
     about=['lina', 'lotte', 'lucas', 'ines', 'dean', 'rune', 'seppe'], rules=['password', 'sensitive'],
     cats=['care'], note='xlsx lists named pupils who use reading software (care) with their licence passwords',
     fmt=['plain', 'attachment-xlsx'])

# ------------------------------------------------------------ look-alikes --
mail('wachtwoord-vervalt', '2025-02-17 09:14', JVC, GRIET, 'Je wachtwoord Stapstenen vervalt binnenkort', """
Dag Griet,

Stapstenen laat mij als beheerder weten dat jouw wachtwoord over 7 dagen vervalt. Je kan het zelf wijzigen via Profiel > Wachtwoord wijzigen, of na het vervallen via "Wachtwoord vergeten?" op het aanmeldscherm. Je krijgt dan een link op je werkadres.

Ik kan je wachtwoord niet zien en zal er ook nooit om vragen.

Groeten,
Jef Van Camp
""", rules=[], note='look-alike: password expiry notice with reset instructions, no secret', fmt=['plain'])

mail('re-wachtwoord-agenda-niet-per-mail', '2024-10-16 11:25', SVR, SAM, 'Re: wachtwoord agenda', """
Dag Sam,

Dat mag ik je niet per mail sturen, afspraak van de school: nooit wachtwoorden via mail of berichten. Bel even naar het secretariaat op 016 35 12 40, dan geeft Marleen het je aan de telefoon. Of je vraagt het maandag aan mij.

Groetjes,
Sofie

""" + quote_gmail('Sam Verlinden <sam.verlinden@lsc-dijleland.be>', '2024-10-16 10:48', """
Hoi Sofie,
Kan je me het wachtwoord van de gedeelde agenda nog eens sturen? Ik ben het kwijt en wil mijn bezoeken voor volgende week nog inplannen.
Dankjewel!
Sam
"""), reply='lsc-dijleland.be', rules=['personal_data'],
     note="look-alike: refuses to mail the password; the school's phone number is personal_data",
     fmt=['plain', 'reply'])

mail('bestelling-laptops', '2024-10-01 14:40', JVC, 'Bestellingen EduTech <bestellingen@edutechshop.be>',
     'Bestelling 2024-88713', """
Goedemiddag,

Hierbij bevestig ik onze bestelling 2024-88713 (offerte OF-24-1932):

- 4 x laptop 14" met pen, 16 GB RAM
- 4 x licentie voorleessoftware (schoollicentie, 3 jaar)
- 4 x hoes met handvat

Klantnummer: 100482
Leveringsadres: Sint-Pieterscollege, ICT-lokaal A2.01, t.a.v. Jef Van Camp
Factuur graag naar boekhouding@spc.ksleuven.be met vermelding van het bestelnummer.

Met vriendelijke groeten,
Jef Van Camp
ICT-coördinator
""", rules=[], note='look-alike: order, quote and customer numbers open nothing', fmt=['plain'])

mail('lokaalwissel', '2024-11-14 15:02', HVH, GRIET, 'Ander lokaal vanaf maandag 18/11', """
Dag Griet,

Vanaf maandag 18 november gebruiken jullie lokaal A1.07 in plaats van B2.14 voor de begeleidingsmomenten; in B2.14 start een werf. De sleutel hangt aan het onthaal aan haakje 12. Wil je het doorgeven aan Sam en Jolien?

Dank je,
Hilde Vanhoof
adjunct-directeur
""", rules=[], note='look-alike: room numbers and a key hook number', fmt=['plain'])

mail('teamcode-engels', '2024-10-23 13:17', ELA, ELLEN, 'Teams-klas Engels 1B', """
Hi Ellen,

Je vroeg hoe je kan meevolgen wat we in de les Engels doen. Je kan zelf aansluiten bij de Teams-klas "Engels 1B" met de teamcode k7h2pqx. Daar staan de opdrachten en de woordenlijsten per hoofdstuk.

Groetjes,
Evi Lauwers
""", rules=[], note='look-alike: a Teams class code (class codes are allowed)', fmt=['plain'])

mail('factuur-schrijftolk', '2024-12-18 10:50', BOEK, 'Tolkenbureau Vlaanderen <facturatie@tolkenbureau-vl.be>',
     'Betaling factuur 2024/0173', """
Geachte,

Uw factuur 2024/0173 voor de inzet van een schrijftolk in november werd vandaag betaald, met gestructureerde mededeling +++090/0173/24051+++.

Wij ontvingen nog geen factuur voor oktober. Kan u die opnieuw bezorgen? Ons ondernemingsnummer is 0419.063.782.

Met vriendelijke groeten,
Els Stroobants
boekhouding
""", rules=[], note='look-alike: invoice number, structured payment reference and an enterprise (KBO) number, none is a secret or a phone number', fmt=['plain'])

mail('uitnodiging-teams-mdo', '2024-11-21 08:30', SVR, CLB, 'Overleg leersteun 1e graad', """
Dag Veerle,

Hierbij de uitnodiging voor het overleg leersteun eerste graad. We overlopen de ondersteuningsplannen die in januari geëvalueerd moeten worden.

________________________________________________________________________________
Microsoft Teams Hulp nodig?<https://aka.ms/JoinTeamsMeeting>
Nu deelnemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZTk4N2QtYzE1>
Vergadering-id: 371 552 908 114
Wachtwoordcode: Xe7gQ2

Alleen bellen (audio)
+32 2 894 88 12,,628417093#   België, Brussel
Telefonische conferentie-id: 628 417 093#
________________________________________________________________________________

Groetjes,
Sofie
""", rules=['personal_data'],
     note='look-alike: Teams invitation passcode is allowed; the Belgian dial-in number is personal_data',
     fmt=['plain', 'invitation'])

mail('zoom-infoavond-spreker', '2025-01-28 19:20', HVH, 'Dr. Lieve Swennen <lieve.swennen@autismecentrum-vlaanderen.be>',
     'Infoavond 13 februari - link voor de generale repetitie', """
Beste Lieve,

Fijn dat u op onze infoavond komt spreken over autismevriendelijk lesgeven. Voor de korte technische test op maandag 10 februari om 18u gebruiken we Zoom:

https://us02web.zoom.us/j/84266201193?pwd=VkRwTkl0dWp
Meeting-ID: 842 6620 1193
Toegangscode: 240611

Op de avond zelf bent u welkom vanaf 19u; de infoavond start om 19u30 in de refter.

Met vriendelijke groeten,
Hilde Vanhoof
adjunct-directeur Sint-Pieterscollege Kessel-Lo
""", rules=[], note='look-alike: meeting passcode inside an invitation', fmt=['plain', 'invitation'])

mail('ww-via-sms', '2024-11-04 10:05', SVR, ELLEN, 'Account Stapstenen', """
Dag Ellen,

Je account op Stapstenen is aangemaakt. Je krijgt zo meteen een sms van het platform met een tijdelijk wachtwoord; dat zie ik zelf niet. Lukt het niet, dan kan Jef van ICT het opnieuw laten versturen.

Groetjes,
Sofie
""", rules=[], note='look-alike: says the password comes by SMS, none in the mail', fmt=['plain'])

mail('ticket-afgesloten', '2024-10-04 09:22', JVC, ITP, 'Ticket #48213', """
Stijn,

Ticket #48213 (wachtwoordreset gedeelde mailbox) mag dicht, alles werkt weer. Bedankt voor de snelle hulp gisteren.

Jef

""" + IPHONE + '\n', headers=XM_IPHONE, rules=[], note='look-alike: helpdesk ticket number about a password reset',
     fmt=['phone'])

mail('dossier-bram-clb', '2025-01-15 14:58', SVR, CLB, 'Dossier 2024-0412', """
Dag Veerle,

Over dossier 2024-0412 (Bram Luyten, 2C): het gemotiveerd verslag vermeldt nog het oude type (basisaanbod) terwijl we in het overleg van december afspraken om een verslag type 9 te bekijken. Het leersteuncentrum kan pas bijsturen als het verslag aangepast is.

Kan jij laten weten wanneer het nieuwe verslag klaar is? Dan plan ik meteen een overleg met de ouders.

Groetjes,
Sofie Van Roey
""", about=['bram'], rules=['sensitive'], cats=['care'],
     note='look-alike for password (dossier number); names a pupil and his CLB report type (care)', fmt=['plain'])

mail('examencode-wiskunde', '2024-12-05 12:33', BNU, GRIET, 'Examen wiskunde 2B', """
Dag Griet,

Het examen wiskunde van 2B (code WIS-2B-EX1) gaat door op donderdag 12/12 van 8u30 tot 10u in B1.03. De aangepaste versies (groter lettertype, minder opgaven per blad) liggen klaar in de examenmap op het secretariaat.

Groeten,
Bart Nuyts
""", rules=[], note='look-alike: exam code and room number, no pupil identified', fmt=['plain'])

mail('tips-wachtzin', '2024-09-19 15:36', JVC, AN_LSC, 'Afspraken rond wachtwoorden', """
Dag An,

Omdat jullie ondersteuners nu ook met onze systemen werken, een paar afspraken uit ons communicatiebeleid die je misschien aan je team kan doorgeven:

1. Gebruik een wachtzin van minstens 14 tekens, bijvoorbeeld een paar losse woorden met een cijfer ertussen.
2. Gebruik die wachtzin nergens anders.
3. Stuur nooit een wachtwoord via mail, Smartschool of WhatsApp, ook niet naar collega's. Niemand van de school zal je ooit om je wachtwoord vragen.
4. Twijfel je of iets een phishingmail is? Stuur hem door naar ict@spc.ksleuven.be.

Bedankt!
Jef Van Camp
""", rules=[], note='look-alike: password guidance without any actual password', fmt=['plain'])

mail('ww-gewijzigd-mondeling', '2024-10-08 17:05', TDR, KOEN, 'Gedeelde agenda', """
Dag Koen,

Na het verlies van de USB-stick hebben we voor de zekerheid alle gedeelde wachtwoorden gewijzigd, ook dat van de gedeelde agenda. Het nieuwe krijg je maandag mondeling van Sofie.

Groeten,
Tom
""", rules=[], note='look-alike: says the password changed; new one given orally', fmt=['plain'])

mail('reunion-chloe-fr', '2025-03-06 17:40', SVR, par('chloe', 1), 'Invitation : réunion plan de soutien Chloé', """
Chère Madame Lambert,

Comme convenu par téléphone, voici l'invitation pour la réunion d'évaluation du plan de soutien de Chloé (aménagements raisonnables, suivi par le centre d'appui à l'apprentissage), le mardi 18 mars à 16h30. Vous pouvez nous rejoindre en ligne :

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre la réunion maintenant<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3Y2Qz>
ID de réunion : 389 221 664 017
Code secret : Ab7kq2
________________________________________________________________________________

Seront présents : Madame Vandevelde (centre d'appui), Monsieur Nuyts (titulaire) et moi-même.

Bien cordialement,
Sofie Van Roey
Coordinatrice des soins
""", lang='fr', about=['chloe'], rules=['sensitive'], cats=['care'],
     note="look-alike: meeting passcode in an invitation is allowed; the pupil's support plan is care; to her mother",
     fmt=['plain', 'invitation'])

# -------------------------------------------------------------- sensitive --
mail('notities-observatie-lotte', '2024-10-17 18:06', KWU, SAM, 'Mijn notities over Lotte (3B) voor het overleg', """
Dag Sam,

Voor het overleg van maandag: hieronder mijn notities (uit Word gekopieerd, excuseer de opmaak).

Observatie Lotte Peeters – 3B – periode 2 september – 16 oktober

1. Leren en lezen
•	Lotte leest traag en raadt vaak woorden (dyslexie, verslag basisaanbod sinds 5de leerjaar).
•	Met Sprintplus gaat het beter, maar ze schaamt zich om de laptop in de klas te gebruiken. Ze zet hem vaak niet aan als er niemand naar vraagt.
•	Dictee Frans 29/9: 4/20. Herkansing met voorleessoftware en extra tijd: 13/20.

2. Welbevinden
•	Sinds eind september duidelijk faalangst bij toetsen. Op 8 oktober tijdens de toets wiskunde een paniekaanval: hyperventileren, huilen, moest naar het secretariaat.
•	Daarna drie dagen thuis gebleven. Mama zei aan de telefoon dat ze 's nachts slecht slaapt en 's ochtends buikpijn heeft voor ze naar school moet.
•	In de pauzes vaak alleen; haar vriendin zit sinds kort in een andere groep voor LO.

3. Wat werkt
•	Toetsen vooraf aankondigen én de vorm ervan laten zien.
•	Toetsen in het aparte lokaal met 1/3 extra tijd (staat in haar ondersteuningsplan maar werd in september niet overal toegepast – mijn fout deels).
•	Korte check-in op maandagochtend.

Vragen voor het overleg:
- Kan jij met haar oefenen om de laptop "gewoon" te gebruiken in de les?
- Moeten we de CLB betrekken voor de faalangst, of eerst zelf een traject?

Groetjes en tot maandag,
Karen

Karen Wuyts
klastitularis 3B – leerkracht Nederlands
""", html=True, cte='quoted-printable', about=['lotte'], rules=['sensitive'], cats=['care', 'psychosocial'],
     note='long Word notes: dyslexia, support plan, panic attack and anxiety of a named pupil',
     fmt=['alt', 'plain-qp', 'word-paste'])

SCHEMA = [['Dag', 'Uur', 'Leerling', 'Klas', 'Ondersteuner', 'Lokaal', 'Aandachtspunt'],
          ['ma 25/11', '8u25-9u15', full('yusuf'), klas('yusuf'), 'Griet', 'B0.12',
           'overgang na middagpauze; prikkelarm lokaal'],
          ['ma 25/11', '10u20-11u10', full('jonas'), klas('jonas'), 'Griet', 'A1.07',
           'evaluatie handelingsplan, meltdown-protocol bijwerken'],
          ['di 26/11', '9u15-10u05', full('amira'), klas('amira'), 'Ellen (Horizon)', 'B1.10',
           'FM-systeem controleren, nieuwe hoorapparaten sinds 15/11'],
          ['di 26/11', '13u15-14u05', full('kobe'), klas('kobe'), 'Koen (Mobiel)', 'A0.05',
           'rolstoel: lift B defect, lessen verplaatsen naar gelijkvloers'],
          ['do 28/11', '8u25-9u15', full('bram'), klas('bram'), 'Sam', 'A1.07', 'verslag type 9 in aanvraag bij CLB'],
          ['vr 29/11', '11u10-12u00', full('finn'), klas('finn'), 'Griet', 'B0.12', 'start observatie (nieuwe aanmelding)']]
mail('bezoekschema-week48', '2024-11-22 12:15', SVR, AN_LSC, 'Bezoekschema week 25-29 november', """
Dag An,

Hieronder het schema van de bezoeken volgende week, zodat je een overzicht hebt voor jullie teamoverleg. Het staat ook in de gedeelde agenda.

{{T:schema}}

Koen en Ellen zijn van andere centra, maar ik zet ze er voor de volledigheid bij.

Groetjes,
Sofie
""", tables={'schema': SCHEMA}, html=True, about=['yusuf', 'jonas', 'amira', 'kobe', 'bram', 'finn'],
     rules=['sensitive'], cats=['care', 'medical'],
     note='Outlook table of visits: named pupils with autism support, care plan, hearing aids and a wheelchair',
     fmt=['alt', 'table'])

ADJ_CSV = ('Naam;Klas;Verslag;Aanpassingen;Opmerking\r\n'
           f'{full("lina")};{klas("lina")};basisaanbod (dyslexie);voorleessoftware, 1/3 extra tijd, lettertype 14;logo 2x/week\r\n'
           f'{full("lucas")};{klas("lucas")};basisaanbod (dyslexie);voorleessoftware, geen spellingsfouten aanrekenen bij Frans;ouders Franstalig\r\n'
           f'{full("ines")};{klas("ines")};basisaanbod (dyscalculie);rekenmachine, formularium, extra tijd;\r\n'
           f'{full("vic")};{klas("vic")};geen (ADHD);pauzekaart, vaste plaats vooraan;Rilatine om 12u via secretariaat\r\n'
           f'{full("amira")};{klas("amira")};type 7;FM-systeem, vooraan zitten, ondertiteling bij video;\r\n'
           f'{full("yusuf")};{klas("yusuf")};type 9 (in aanvraag);prikkelarm lokaal, time-outkaart, dagplanning;\r\n'
           f'{full("jonas")};{klas("jonas")};type 9;vaste plaats, planning op voorhand, koptelefoon;\r\n'
           f'{full("finn")};{klas("finn")};in aanvraag;observatie loopt;\r\n'
           f'{full("mathis")};{klas("mathis")};geen;;opvolging leerlingenbegeleiding na pesten in september\r\n')
mail('overzicht-aanpassingen-1e-graad', '2024-10-01 09:50', SVR, GRIET, 'Overzicht aanpassingen eerste graad', """
Hoi Griet,

Zoals gevraagd het overzicht van de aanpassingen in de eerste graad. Het is een export uit ons leerlingvolgsysteem, dus niet alles is even netjes.

Groetjes,
Sofie
""", atts=[('aanpassingen_1e_graad_okt2024.csv', ADJ_CSV.encode('utf-8'))],
     about=['lina', 'lucas', 'ines', 'vic', 'amira', 'yusuf', 'jonas', 'finn', 'mathis'],
     rules=['sensitive'], cats=['care', 'medical', 'psychosocial'],
     note='CSV of named pupils with their reports and adjustments, ADHD medication, and a bullying follow-up',
     fmt=['plain', 'attachment-csv'])

mail('terugkeer-arthur-revalidatie', '2024-09-03 15:28', SVR, REVA, 'Terugkeer Arthur Michiels naar school', """
Beste Katleen,

Dank u voor het verslag van de revalidatie en het gesprek van vorige week. Ter bevestiging wat we voor Arthur Michiels (5A) afspraken:

- Hij komt tot de kerstvakantie halve dagen naar school (voormiddag). Dinsdag- en donderdagvoormiddag heeft hij ergotherapie en neuropsychologische training bij jullie in Ter Linde.
- Door het hersenletsel na het fietsongeval in augustus is hij snel vermoeid en heeft hij hoofdpijn bij veel lawaai. Hij mag op elk moment naar het rustlokaal.
- Hij neemt nog preventief Keppra (2x per dag, niet op school).
- Toetsen: enkel de kernvakken, in een apart lokaal, met extra tijd en een pauze halverwege.
- De ondersteuner van Leersteuncentrum Mobiel komt om de twee weken langs.

We evalueren eind oktober samen met de ouders. Mag ik u daarvoor opnieuw uitnodigen?

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator
""", about=['arthur'], rules=['sensitive'], cats=['medical', 'care'],
     note='brain injury, medication, therapy and adapted timetable of a named pupil, to the rehabilitation centre',
     fmt=['plain'])

mail('re-niet-akkoord-kasper', '2025-01-22 20:14', SVR, par('kasper', 2), 'RE: niet akkoord met examenregeling Kasper', """
Geachte heer Wuyts,

Dank u voor uw mail. Ik begrijp dat het vervelend is dat u de beslissing via Kasper moest horen.

Even de feiten: de afspraak om Kasper zijn examens in een apart lokaal met extra tijd te laten maken, staat sinds september in zijn ondersteuningsplan. Dat plan werd besproken op het overleg van 26 september, waarop enkel mevrouw Put aanwezig was. Wij gaan ervan uit dat beide ouders uitgenodigd worden; bij co-ouderschap sturen we de uitnodiging voortaan naar u allebei apart.

Wat de beslissing zelf betreft: het gaat om een redelijke aanpassing op advies van het CLB en het leersteuncentrum. Als u daar niet mee akkoord gaat, plannen we graag een gesprek met u, mevrouw Put, de CLB-medewerker en mezelf. Ik stel donderdag 30 januari om 16u30 voor.

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator

""" + quote_outlook('Jo Wuyts <jo.wuyts@telenet.be>', '2025-01-22 13:40', 'Sofie Van Roey', 'niet akkoord met examenregeling Kasper', """
Mevrouw Van Roey,

Via mijn zoon hoor ik dat hij zijn examens in een apart lokaal moet doen "omdat het zo in zijn plan staat". Ik heb nooit een plan gezien. Mijn ex-vrouw heeft dat blijkbaar ondertekend zonder mij iets te vragen. We hebben co-ouderschap (week om week) en ik wens bij zulke beslissingen betrokken te worden.

Ik ben niet akkoord dat Kasper apart gezet wordt. Hij is niet dom.

Jo Wuyts
"""), reply='telenet.be', about=['kasper'], rules=['sensitive'], cats=['family', 'care'],
     note="reply to a divorced father who disputes his son's support plan and exam adjustments; sent to the pupil's own parent",
     fmt=['plain', 'reply'])

mail('kine-oefeningen-kobe', '2025-01-21 16:38', WVE, KINE, 'Kobe - oefeningen tijdens LO', """
Dag Maarten,

Bedankt voor je telefoontje van vorige week. Even op een rijtje wat we voor Kobe Vandenberghe (4A) afspraken voor de lessen LO, nu hij na zijn heupoperatie van december terug naar school komt:

- Tot de krokusvakantie geen sprongen en geen contactsporten. Hij doet tijdens de les de oefeningen van jouw schema (in bijlage bij zijn ondersteuningsplan) in de kleine zaal.
- Hij mag zijn rolstoel gebruiken voor de verplaatsing naar de sporthal; de lift aan de sporthal werkt weer.
- Zwemmen mag pas na controle bij de orthopedist op 10 februari.

Kan je laten weten of de oefeningen met de Theraband thuis en op school dezelfde mogen zijn? Dan print ik je schema voor in de zaal.

Sportieve groeten,
Wim Verbist
leerkracht LO
""", about=['kobe'], rules=['sensitive'], cats=['medical', 'care'],
     note="physiotherapy after hip surgery, wheelchair and support plan of a named pupil, to his physiotherapist",
     fmt=['plain'])

mail('ocmw-tussenkomst-dean', '2024-11-07 11:02', SVR, OCMW, 'Vraag tussenkomst - Dean Pauwels (4C)', """
Beste mevrouw Dams,

Met toestemming van mevrouw Pauwels contacteer ik u over haar zoon Dean (4C). Dean heeft een verslag voor dyslexie en dysorthografie en moet volgens zijn ondersteuningsplan met een laptop met voorleessoftware werken. De school kan een laptop huren via een leasing van 489 euro over drie jaar, maar mevrouw Pauwels geeft aan dat ze dat niet kan betalen. Er staat bovendien nog een schoolrekening van 312,40 euro open van vorig schooljaar.

Mevrouw Pauwels is alleenstaand en werkt deeltijds. Is een tussenkomst van het OCMW mogelijk voor de laptop, en eventueel voor de openstaande rekening? De school kan een deel opvangen via het solidariteitsfonds (maximaal 150 euro).

Ik bezorg u graag de offerte en de rekening.

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator Sint-Pieterscollege Kessel-Lo
""", about=['dean'], rules=['sensitive'], cats=['financial', 'care'],
     note="OCMW request: a named pupil's dyslexia/support plan plus the family's unpaid bill and inability to pay",
     fmt=['plain'])

mail('uitstap-brugge-aantallen', '2025-03-10 08:40', NHE, 'Brugse Gidsen <reservaties@brugsegidsen.be>',
     'Reservatie 2C - donderdag 13 maart', """
Goedemorgen,

Een kleine wijziging voor onze reservatie van donderdag (stadswandeling + Groeningemuseum, klas 2C): we zijn met 21 in plaats van 22 leerlingen en 2 begeleiders. Noor Verstraete komt niet mee, haar papa is vorige week plots overleden.

De rest blijft ongewijzigd: aankomst aan het station om 9u40.

Met vriendelijke groeten,
Nathalie Hendrickx
klastitularis 2C
""", about=['noor'], rules=['sensitive'], cats=['family'],
     note="booking change to a tour guide office mentions in passing that a named pupil's father died", fmt=['plain'])

mail('strafstudie-senne', '2024-10-11 15:55', TDR, par('senne', 1), 'Incident groepschat 2A', """
Beste mevrouw Heylen,

Zoals vanmiddag aan de telefoon gezegd: Senne heeft samen met twee klasgenoten foto's van een medeleerling met spottende tekst in de groepschat van de klas gezet. Dat is pesten en valt onder ons pestbeleid.

Senne heeft de foto's zelf verwijderd en was in het gesprek met mij eerlijk over wat er gebeurd is. Hij krijgt woensdag 16 oktober strafstudie van 12u30 tot 15u30 en schrijft een excuusbrief. Als het zich herhaalt, volgt een klassenraad.

Ik wil graag nog een kort gesprek met u en Senne samen. Past maandag na school?

Met vriendelijke groeten,
Tom De Ridder
leerlingenbegeleider
""", about=['senne'], rules=['sensitive'], cats=['psychosocial'],
     note='named pupil as bullying perpetrator with a sanction, sent to his own mother', fmt=['plain'])

mail('gesprek-fien', '2025-02-11 17:25', SVR, par('fien', 1), 'Ons gesprek van vandaag', """
Beste mevrouw Vervoort,

Dank u om zo snel naar school te komen vandaag. Ik zet kort op papier wat we besproken hebben:

Fien vertelde vanochtend aan mevrouw Lauwers dat ze zichzelf de laatste weken pijn doet als het thuis of op school te veel wordt, en dat ze soms denkt dat het beter zou zijn als ze er niet meer was. Ze wou niet dat we u verwittigden, maar we hebben haar uitgelegd waarom dat nodig is.

Afspraken:
- U maakt deze week een afspraak bij de huisarts.
- Tom De Ridder (leerlingenbegeleider) ziet Fien elke maandag en donderdag kort.
- Fien mag tijdens de les naar het zorgbureau als het niet gaat, zonder uitleg te geven.

Aarzel niet om mij te mailen, ook 's avonds.

Warme groet,
Sofie Van Roey
""", about=['fien'], rules=['sensitive'], cats=['psychosocial'],
     note='self-harm and suicidal thoughts of a named pupil, recap to her mother', fmt=['plain'])

DIEET = [['Leerling', 'Klas', 'Dieet / medisch', 'Wat te doen'],
         [full('jules'), klas('jules'), 'zware notenallergie', 'EpiPen in zijn rugzak + reserve bij begeleider'],
         [full('ela'), klas('ela'), 'lactose-intolerant', 'geen melk bij ontbijt'],
         ['(5 leerlingen)', '1A/1C', 'halal', ''],
         ['(3 leerlingen)', '1A/1C', 'vegetarisch', '']]
mail('jeugdherberg-dieetlijst', '2025-04-22 14:10', PCU, 'Reservaties De Waaier <reservaties@jeugdherberg-dewaaier.be>',
     'Driedaagse 1A en 1C - dieetwensen', """
Beste,

Voor onze driedaagse van 12 tot 14 mei (klassen 1A en 1C, 41 leerlingen en 4 begeleiders) hierbij de dieetwensen:

{{T:dieet}}

Voor Jules is het echt belangrijk dat de keuken weet dat ook sporen van noten een probleem zijn. Kunnen jullie dat garanderen?

Met vriendelijke groeten,
Pieter Cuypers
""", tables={'dieet': DIEET}, html=True, about=['jules', 'ela'], rules=['sensitive'], cats=['medical'],
     note='dietary table to a youth hostel names pupils with a severe nut allergy and lactose intolerance',
     fmt=['alt', 'table'])

mail('stan-pleeggezin', '2025-01-27 09:34', SVR, SAM, 'Stan Cools - nieuwe situatie', """
Dag Sam,

Voor je volgende begeleiding van Stan (3A): Stan woont sinds half januari in een pleeggezin, bij de familie Verhelst in Wilsele. De jeugdrechter heeft beslist dat hij voorlopig niet meer bij zijn moeder woont. Contact met de school loopt voortaan via mevrouw Verhelst en via zijn consulent van het Ondersteuningscentrum Jeugdzorg.

Zijn mama mag hem niet ophalen op school en we geven geen informatie aan haar door zonder overleg met de consulent.

Hij is de eerste week erg stil geweest. Het ondersteuningsplan (planning, extra tijd) blijft gewoon lopen, maar misschien kan je in je gesprek vooral polsen hoe het met hem gaat.

Groetjes,
Sofie
""", about=['stan'], rules=['sensitive'], cats=['family', 'care'],
     note="foster placement by a youth judge and contact restrictions, plus the pupil's support plan",
     fmt=['plain'])

mail('huiswerkklas-dylan', '2024-12-03 16:20', TDR, 'Huiswerkklas De Kern <huiswerk@dekern-kessello.be>',
     'Dylan Vanhoutte - dinsdag', """
Dag Hilde,

Dylan Vanhoutte (3A) zal voorlopig niet meer naar de huiswerkklas op dinsdag komen. Zijn vader zit sinds een paar weken in de gevangenis en zijn mama werkt nu late shiften, dus hij moet zijn kleine zus van school halen.

We bekijken of hij op donderdag kan komen. Laat je weten of er plaats is?

Bedankt,
Tom De Ridder
leerlingenbegeleider
""", about=['dylan'], rules=['sensitive'], cats=['family'],
     note="to the homework club: a named pupil's father is in prison", fmt=['plain'])

mail('aya-vermoeden-geweld', '2025-03-18 13:12', TDR, CLB, 'Aya Zeroual 2A - vertrouwelijk', """
Veerle,

Vertrouwelijk. Aya Zeroual (2A) had vandaag opnieuw blauwe plekken op haar bovenarmen. Toen mevrouw Goris ernaar vroeg, zei ze eerst dat ze gevallen was en daarna dat haar oom "soms kwaad wordt" als haar moeder er niet is. Het is de derde keer sinds januari dat we iets zien.

Ik heb het Vertrouwenscentrum Kindermishandeling gebeld voor advies; ze raden aan dat de CLB mee opvolgt en eerst een gesprek met Aya alleen doet. Kan jij dat deze week nog inplannen? Aya weet dat ik met jou zou praten.

Tom
""", about=['aya'], rules=['sensitive'], cats=['family', 'psychosocial', 'medical', 'care'],
     note='suspected violence at home, bruises (injury), and request for CLB follow-up for a named pupil', fmt=['plain'])

mail('ophalen-elias-vonnis', '2024-10-29 11:05', IBA, par('elias_m', 1), 'Bevestiging ophalen Elias', """
Beste mevrouw Mukendi,

Wij hebben de kopie van het vonnis goed ontvangen. Ter bevestiging: enkel u en uw zus (mevrouw Esther Mukendi) mogen Elias van school ophalen. Zijn vader heeft volgens het vonnis geen omgangsrecht; als hij zich aan de school aanbiedt, verwittigen we u en indien nodig de politie.

We hebben de klastitularis en de leerkrachten van de middagtoezichten op de hoogte gebracht.

Met vriendelijke groeten,
Ilse Baeten
leerlingensecretariaat
""", about=['elias_m'], rules=['sensitive'], cats=['family'],
     note='custody ruling and father without access rights, confirmation to the pupil\'s mother', fmt=['plain'])

SCHOOL_IBAN = be_iban(7340012958)
mail('afbetalingsplan-nina', '2024-11-19 10:20', BOEK, par('nina', 1), 'Afbetalingsplan schoolrekeningen', """
Beste mevrouw Maes,

Zoals telefonisch afgesproken bevestigen wij hierbij het afbetalingsplan voor de openstaande schoolrekeningen van Nina:

- rekening 2023-2024 (resterend): 341,20 euro
- rekening september 2024: 246,40 euro
- totaal: 587,60 euro

U betaalt 50 euro per maand, telkens voor de 10de, te beginnen in december, op rekeningnummer """ + SCHOOL_IBAN + """ met mededeling "Nina Maes 3B afbetaling". De laatste betaling bedraagt 37,60 euro.

Wij wijzen u er ook graag op dat u misschien recht hebt op een schooltoeslag via het Groeipakket. De school kan u helpen met de aanvraag.

Met vriendelijke groeten,
Els Stroobants
boekhouding Sint-Pieterscollege
""", about=['nina'], rules=['sensitive', 'personal_data'], cats=['financial'],
     note="payment plan for a named pupil's unpaid bills, with the school's IBAN; to her mother", fmt=['plain'])

mail('fm-systeem-warre', '2024-12-12 14:48', SVR, ELLEN, 'FM-systeem Warre', """
Dag Ellen,

Over het FM-systeem voor Warre Coppens (3A): het audiologisch centrum heeft zijn nieuwe hoorapparaten pas op 3 december afgesteld, dus de koppeling met de zender van school is nog niet gebeurd. Kan jij dat bij je volgende bezoek nakijken?

Dan nog iets minder leuk: de ouders hebben de bijdrage voor de huur van de zender (120 euro) niet betaald en laten weten dat het financieel moeilijk is sinds papa zonder werk zit. Ze kregen geen schooltoeslag omdat de aanvraag te laat was. Ik bekijk met de directie of het solidariteitsfonds het kan dragen. Weet jij of Horizon daar zelf iets voor heeft?

Groetjes,
Sofie
""", about=['warre'], rules=['sensitive'], cats=['medical', 'care', 'financial'],
     note="named pupil's hearing aids and FM system, plus the family's unpaid fee and unemployment",
     fmt=['plain'])

mail('vic-medicatie', '2024-10-24 13:02', PCU, par('vic', 1), 'Vic vandaag', """
Dag mevrouw Segers,

Even een seintje: Vic was vandaag in de voormiddag erg onrustig en kon niet stilzitten in de les. Hij vertelde zelf dat hij vanochtend zijn medicatie vergeten was. Op het secretariaat hadden ze geen reserve.

Misschien kan u een paar tabletten in een gelabeld doosje aan het secretariaat bezorgen, dan kunnen we dat in de toekomst opvangen?

Vriendelijke groeten,
Pieter Cuypers
""", about=['vic'], rules=['sensitive'], cats=['medical'],
     note="named pupil forgot his medication, behaviour in class; to his mother", fmt=['plain'])

mail('echange-zeynep-fr', '2025-03-05 09:15', NHE, 'Martine Dupont <m.dupont@lycee-stlouis-lille.fr>',
     'Échange 5A - participante en moins', """
Chère Martine,

Malheureusement, Zeynep Kaya ne pourra pas participer à l'échange de la semaine prochaine : elle a été opérée d'urgence de l'appendicite lundi et elle restera encore quelques jours à l'hôpital. Sa correspondante, Léa, sera donc seule. Peut-être peut-on la joindre à un autre binôme pour les activités ?

Je suis vraiment désolée pour ce changement de dernière minute.

Bien à toi,
Nathalie Hendrickx
Professeure de français – Sint-Pieterscollege Kessel-Lo
""", lang='fr', about=['zeynep'], rules=['sensitive'], cats=['medical'],
     note='French mail to a partner school: named pupil had emergency surgery and is in hospital', fmt=['plain'])

mail('val-lo-louis', '2025-02-03 11:48', WVE, par('louis_vd', 1), 'Louis - val tijdens LO', """
Dag mevrouw Van Dyck,

Zoals aan de telefoon gezegd: Louis is tijdens de les LO bij het springen op de kast slecht op zijn pols gevallen. De pols is dik en hij kan zijn vingers nauwelijks bewegen, dus waarschijnlijk een breuk. Mevrouw Vanhoof rijdt nu met hem naar de spoed van Gasthuisberg; u kan hen daar treffen.

De schoolverzekering is aangegeven, de formulieren geef ik morgen mee of u kan ze ophalen op het secretariaat.

Sterkte en beterschap aan Louis!

Wim Verbist
leerkracht LO
Sint-Pieterscollege Kessel-Lo
T 016 35 12 40 - GSM 0486 72 14 03
""", about=['louis_vd'], rules=['sensitive', 'personal_data'], cats=['medical'],
     note='injury and hospital visit of a named pupil; signature holds school and mobile numbers; to his mother',
     fmt=['plain'])

PDF_SCHORSING = make_pdf([
    'Sint-Pieterscollege Kessel-Lo',
    'Aangetekend en per e-mail',
    '',
    'Betreft: preventieve schorsing van Kacper Nowak (3C)',
    '',
    'Geachte mevrouw Nowak,',
    'Naar aanleiding van het gevecht op de speelplaats van 4 februari, waarbij een',
    'medeleerling gewond raakte, wordt uw zoon preventief geschorst van 5 tot en met',
    '7 februari. In die periode wordt een tuchtdossier opgestart.',
    'U wordt uitgenodigd voor een gesprek op 10 februari om 16 uur.',
    'U kan het tuchtdossier inzien na afspraak met het secretariaat.',
    '',
    'Geert Lemmens, directeur',
], title='Preventieve schorsing')
mail('schorsing-kacper', '2025-02-04 17:30', GL, par('kacper', 1), 'Preventieve schorsing Kacper', """
Geachte mevrouw Nowak,

In bijlage vindt u de brief over de preventieve schorsing van Kacper, die u ook aangetekend ontvangt. Ik licht die graag toe tijdens het gesprek op 10 februari.

Met vriendelijke groeten,
Geert Lemmens
directeur Sint-Pieterscollege Kessel-Lo
""", atts=[('Brief preventieve schorsing Kacper Nowak.pdf', PDF_SCHORSING)], about=['kacper'],
     rules=['sensitive'], cats=['psychosocial'],
     note='disciplinary suspension of a named pupil after a fight (PDF), to his mother', fmt=['plain', 'attachment-pdf'])

mail('mia-anxiety-en', '2024-12-09 19:02', ELA, par('mia', 1), 'Mia - following up on our conversation', """
Dear Mrs Thompson,

Thank you for coming in on Friday. As promised, a short summary in English.

Mia has been struggling with severe anxiety since the autumn break. She has missed nine school days, mostly on days with tests, and twice she left class because she felt she could not breathe. The CLB (our pupil guidance centre) has now started a follow-up with her; Ms Schepers will see her every other week at school.

What we agreed:
- For the December exams Mia may sit in the small exam room with one other pupil.
- She can use a "time-out card" and go to Ms Van Roey's office whenever she needs to.
- You will let us know how the appointment with the child psychologist goes.

Please do not hesitate to write to me in English, Dutch or a mix of both!

Kind regards,
Evi Lauwers
English teacher – Sint-Pieterscollege Kessel-Lo
""", lang='en', about=['mia'], rules=['sensitive'], cats=['psychosocial', 'care'],
     note="English: named pupil's severe anxiety, absences, CLB follow-up and exam arrangements; to her mother",
     fmt=['plain'])

PDF_AUDIO = make_pdf([
    'Audiologisch Centrum Leuven - samenvatting audiometrie',
    '',
    'Patient: Amira Haddad',
    'Onderzoek: tonale en spraakaudiometrie, 30/10/2024',
    '',
    'Rechts: matig perceptief gehoorverlies (gemiddeld 55 dB HL)',
    'Links: ernstig perceptief gehoorverlies (gemiddeld 75 dB HL)',
    'Spraakverstaan in rumoer sterk verminderd.',
    '',
    'Advies: nieuwe hoorapparaten bilateraal, FM-systeem in de klas,',
    'vooraan zitten, ondertiteling bij audiovisueel materiaal.',
], title='Audiometrie')
mail('audiogram-amira', '2024-11-15 10:18', SVR, ELLEN, 'Audiogram Amira', """
Dag Ellen,

Mama van Amira bezorgde ons de samenvatting van het laatste onderzoek in het audiologisch centrum. Ik stuur ze door zodat je ze kan gebruiken bij de evaluatie van het ondersteuningsplan. Haar gehoor links is duidelijk achteruitgegaan.

Groetjes,
Sofie
""", atts=[('Audiometrie Amira Haddad okt 2024.pdf', PDF_AUDIO)], about=['amira'], rules=['sensitive'],
     cats=['medical', 'care'], note='PDF audiogram of a named pupil and her support plan', fmt=['plain', 'attachment-pdf'])

mail('planning-maandag-sam', '2025-02-14 16:52', SVR, SAM, 'Planning maandag + paar dingen', """
Dag Sam,

Planning voor maandag 17 februari, met een paar dingen die je moet weten:

8u25 - Ines Santos (1B): ze heeft vrijdag de toets wiskunde met rekenmachine gemaakt, 14/20! Graag bespreken of het formularium ook bij de examens mag blijven.

10u20 - Bram Luyten (2C): het verslag type 9 is er nog altijd niet. Hij is de laatste weken moeilijker in de klas, wat misschien ook te maken heeft met de situatie thuis (mama is sinds begin februari opgenomen in de psychiatrie, papa brengt hem nu elke dag). Hij komt soms te laat.

13u15 - Lotte Peeters (3B): evaluatie van de extra tijd en het aparte lokaal. Karen Wuyts sluit aan.

Na de middag ben ik er niet (navorming), dus voor dringende dingen Tom De Ridder.

Goed weekend!
Sofie
""", about=['ines', 'bram', 'lotte'], rules=['sensitive'], cats=['care', 'family'],
     note="visit planning with pupils' adjustments and, in passing, a mother's psychiatric admission",
     fmt=['plain'])

DOCX_HP_JONAS = make_docx([
    '# Handelingsplan Jonas Mertens (2B) - versie november 2024',
    'Verslag: type 9 (autismespectrumstoornis). Ondersteuner: Griet Vandevelde, LSC Dijleland.',
    '# Sterktes',
    'Sterk in wiskunde en wetenschappen, groot geheugen voor details, eerlijk.',
    '# Moeilijkheden',
    'Onverwachte veranderingen (vervanging, lokaalwissel) leiden tot paniek. Lawaai in de refter.',
    'Op 6 november beet Jonas een medeleerling in de arm toen die zijn koptelefoon afnam. Gevolg: gesprek met ouders en leerlingenbegeleider, geen sanctie.',
    '# Aanpassingen',
    'Vaste plaats achteraan bij het raam. Planning van de week op maandag op zijn bank.',
    'Koptelefoon toegestaan bij zelfstandig werk. Mag de refter 5 minuten vroeger verlaten.',
    '# Meltdown-protocol',
    '1. Niet aanraken, weinig praten. 2. Andere leerlingen weg, niet Jonas. 3. Na afloop naar B0.12. 4. Ouders verwittigen via Smartschool.',
])
mail('handelingsplan-jonas-docx', '2024-11-26 21:08', SVR, GRIET, 'Handelingsplan Jonas - aangepast', """
Dag Griet,

In bijlage het aangepaste handelingsplan van Jonas met het meltdown-protocol erin, zoals we gisteren bespraken. Ik heb het incident van 6 november er ook in gezet omdat de ouders dat uitdrukkelijk vroegen.

Kan jij het nalezen voor ik het op Stapstenen zet?

Sofie
""", atts=[('Handelingsplan Jonas Mertens 2B nov2024.docx', DOCX_HP_JONAS)], about=['jonas'],
     rules=['sensitive'], cats=['care', 'psychosocial'],
     note='.docx care plan of a named pupil with autism and a biting incident', fmt=['plain', 'attachment-docx'])

mail('fw-schuldbemiddeling-jarne', '2025-03-24 09:41', SVR, OCMW, 'FW: schoolrekening Jarne', """
Dag mevrouw Dams,

Met toestemming van meneer Nijs stuur ik u zijn mail door. Kan u nagaan of de schoolrekening van Jarne mee opgenomen kan worden in de schuldbemiddeling?

Met vriendelijke groeten,
Sofie Van Roey

""" + fwd_outlook('Koen Nijs <nijs.koen@telenet.be>', '2025-03-21 22:17', 'Sofie Van Roey', 'schoolrekening Jarne', """
Beste mevrouw Van Roey,

Ik schaam me een beetje om dit te schrijven. We zitten sinds vorig jaar in collectieve schuldenregeling en alles wat we betalen gaat via de schuldbemiddelaar van het OCMW. De schoolrekening van Jarne voor de reis naar Berlijn (395 euro) kunnen we nu echt niet betalen. Jarne weet het niet en ik wil niet dat hij thuis moet blijven.

Is er een oplossing mogelijk?

Koen Nijs
"""), about=['jarne'], rules=['sensitive'], cats=['financial'],
     note="forward of a father's mail about debt mediation and an unpaid trip bill for a named pupil",
     fmt=['plain', 'forward'])

mail('rekening-marie-gescheiden', '2024-12-16 11:30', BOEK, par('marie', 1), 'Schoolrekening Marie - verdeling', """
Beste mevrouw Claeys,

Wij ontvingen van meneer Jacobs de melding dat hij volgens het echtscheidingsvonnis slechts de helft van de schoolkosten van Marie draagt. De rekening van september (246 euro) staat nog volledig open. Hij heeft intussen zijn helft (123 euro) betaald.

Wij kunnen de rekening voortaan opsplitsen en elk van u een aparte rekening bezorgen. Wil u laten weten of u daarmee akkoord gaat? Dan bezorgen we u een nieuwe rekening voor de resterende 123 euro.

Met vriendelijke groeten,
Els Stroobants
boekhouding
""", about=['marie'], rules=['sensitive'], cats=['family', 'financial'],
     note="divorce ruling and a named pupil's unpaid school bill; to her mother", fmt=['plain'])

# ------------------------------------------------------------ misdirected --
mail('uitnodiging-evaluatie-lotte', '2025-01-07 14:22', SVR, par('lore', 1, 'Bart Peeters'),
     'Uitnodiging evaluatie ondersteuningsplan Lotte Peeters (3B)', """
Beste meneer Peeters,

Graag nodig ik u uit voor de evaluatie van het ondersteuningsplan van Lotte (3B) op dinsdag 21 januari om 16u15 in het gesprekslokaal A0.05.

We bekijken samen met Sam Verlinden van het leersteuncentrum en Karen Wuyts hoe de aanpassingen voor haar dyslexie lopen (voorleessoftware, extra tijd, apart lokaal bij toetsen) en of die ook bij de examens van juni behouden blijven. We willen het ook hebben over de faalangst bij toetsen.

Kan u laten weten of dit past?

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator
""", about=['lotte'], mis=True, rules=['recipient', 'sensitive'], cats=['care', 'psychosocial'],
     note="wrong 'Bart Peeters' picked: father of Lore Peeters (4C) gets Lotte Peeters' (3B) support-plan invitation",
     fmt=['plain'])

mail('migraine-febe', '2024-11-06 10:41', IBA, par('milan', 1, 'Katrien Verhoeven'), 'Febe Claes (3C) - ziekenkamer', """
Dag Katrien,

Febe had vanmorgen weer zware migraine. Ze heeft om 10u haar sumatriptan genomen (uit het doosje dat hier ligt) en ligt nu in de ziekenkamer. Als het om 12u niet beter is, bellen we u om haar op te halen.

Vriendelijke groeten,
Ilse
leerlingensecretariaat
""", about=['febe'], mis=True, rules=['recipient', 'sensitive'], cats=['medical'],
     note="autocomplete 'Katrien' picked the mother of Milan Stevens instead of Febe Claes' mother Katrien Vermeulen",
     fmt=['plain'])

mail('re-uitstap-donderdag-verkeerd', '2024-11-13 21:45', PCU, par('hanne', 1, 'Inge Dewulf'), 'RE: uitstap donderdag', """
Dag mevrouw Segers,

Vic heeft vandaag de toets aardrijkskunde in het aparte lokaal afgewerkt, zoals afgesproken in zijn handelingsplan. Met de pauzekaart ging het echt beter dan vorige keer: hij heeft hem maar een keer gebruikt. Ik geef hem morgen zijn verbeterde toets mee.

Groeten,
Pieter Cuypers

""" + quote_outlook('Inge Dewulf <inge.dewulf@telenet.be>', '2024-11-13 19:02', 'Pieter Cuypers', 'uitstap donderdag', """
Dag meneer Cuypers,
Is het vertrek van de uitstap donderdag nog steeds om 8u aan de school? En moeten ze een lunchpakket meebrengen?
Groetjes,
Inge
"""), reply='telenet.be', about=['vic'], mis=True, rules=['recipient', 'sensitive'], cats=['care'],
     note="reply in the wrong thread: news about Vic Segers' care-plan adjustments sent to the mother of Hanne Leemans",
     fmt=['plain', 'reply'])

mail('inhaaltoets-elias', '2025-01-30 12:05', BNU, par('ela', 2, 'Pieter Janssens'), 'Inhaaltoets wiskunde Elias Aydin', """
Dag Pieter,

Elias mist nog de toets wiskunde van 20 januari (hoofdstuk 4, vergelijkingen). Hij kan die inhalen op woensdag 5 februari om 12u30 in B1.03. Wil je hem eraan herinneren? Het is een gewone toets, hij hoeft niets speciaals mee te brengen.

Groeten,
Bart Nuyts
leerkracht wiskunde 2C
""", about=['elias_a'], mis=True, rules=['recipient'],
     note="sibling mix-up: sent to the father of half-sister Ela Janssens, who is not a parent of Elias Aydin; no sensitive fact",
     fmt=['plain'])

mail('thuissituatie-emma-verhaegen', '2025-02-20 20:31', LGO, par('emma_vm', 1), 'Emma Verhaegen - thuissituatie', """
Beste mevrouw Verhaegen,

Emma vertelde me vandaag in vertrouwen dat u en uw man uit elkaar gaan en dat ze sinds vorige week bij haar oma in Linden woont. Ze was er erg emotioneel over. Ik wil u vooral laten weten dat we op school extra op haar letten.

Voor de praktische kant: moeten we het adres in Smartschool aanpassen, en wie mogen we voortaan contacteren? Mogen we de leerlingenbegeleider inschakelen als Emma dat zelf wil?

Warme groeten,
Liesbeth Goris
klastitularis 2B
""", about=['emma_vh'], mis=True, rules=['recipient', 'sensitive'], cats=['family'],
     note='two Emmas in 2B: family situation of Emma Verhaegen sent to the mother of Emma Vermeulen', fmt=['plain'])

mail('herinnering-rekening-wout', '2025-03-04 09:30', BOEK, par('jana', 1, 'Stefaan Desmet'), 'Herinnering schoolrekening Wout', """
Geachte heer De Smet,

Volgens onze gegevens staat de schoolrekening van Wout (4A) van januari (nr. 2025-0117, 184,50 euro) nog open, ondanks de herinnering van 10 februari. Dit is de tweede herinnering.

Als u moeilijkheden ondervindt om de rekening te betalen, kan u contact opnemen met de boekhouding om een afbetalingsplan af te spreken. Dit gebeurt uiteraard discreet.

Met vriendelijke groeten,
Els Stroobants
boekhouding
""", about=['wout'], mis=True, rules=['recipient', 'sensitive'], cats=['financial'],
     note="De Smet vs Desmet: second reminder of Wout De Smet's unpaid bill sent to Jana Desmet's father", fmt=['plain'])

mail('evaluatie-ondersteuning-rayan', '2025-05-27 16:10', SVR, par('adam', 1), 'Evaluatie ondersteuning Rayan', """
Beste ouders van Rayan,

Zoals elk jaar evalueren we in juni de ondersteuning door het leersteuncentrum. Voor Rayan (3C) ziet dat er zo uit:

- Verslag: basisaanbod (ADHD).
- Aanpassingen dit jaar: toetsen in twee delen, vaste plaats vooraan, weekplanning met de ondersteuner.
- De ondersteuner stelt voor om de begeleiding volgend schooljaar af te bouwen naar eens per maand, omdat het plannen intussen goed lukt.

Als u daar vragen bij heeft, of niet akkoord gaat, laat het me weten voor 13 juni.

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator
""", about=['rayan'], mis=True, rules=['recipient', 'sensitive'], cats=['care'],
     note="batch of evaluation mails: Rayan Bakkali's ADHD support evaluation sent to the parent of Adam Ahmadi",
     fmt=['plain'])

mail('spreekbeurt-noah-maes', '2025-03-14 13:40', PCU, par('noah_me', 1), 'Spreekbeurt Noah Maes', """
Dag mevrouw,

Ik wou even laten weten dat Noah Maes vandaag een heel sterke spreekbeurt gaf over de brandweer, waar zijn nonkel werkt: 18/20! Hij had zelfs een echte helm mee. Proficiat aan hem.

Vriendelijke groet,
Pieter Cuypers
""", about=['noah_ma'], mis=True, rules=['recipient'],
     note="praise about Noah Maes sent to the mother of Noah Mertens (same first name, same class); nothing sensitive",
     fmt=['plain'])

mail('classeur-lucas-fr', '2024-11-21 12:55', NHE, par('louis_db', 1), 'Classeur de Lucas (1A)', """
Bonjour Madame Dubois,

Lucas a oublié son classeur de français en classe (local B1.08). Je l'ai déposé au secrétariat, il peut le récupérer demain matin avant les cours. Il en aura besoin pour le contrôle de vendredi.

Bonne journée,
Nathalie Hendrickx
""", lang='fr', about=['lucas'], mis=True, rules=['recipient'],
     note='French practical note about Lucas Dubois (1A) sent to the mother of Louis Dubois (2C); not sensitive',
     fmt=['plain'])

mail('fw-clb-yasmina', '2025-02-06 15:20', SVR, par('yasmine', 1), 'FW: gesprek Yasmina', """
Beste meneer El Amrani,

Hieronder het verslag van het gesprek dat de CLB-medewerker met Yasmina had. We bespreken het graag samen op het oudercontact.

Met vriendelijke groeten,
Sofie Van Roey

""" + fwd_outlook(CLB, '2025-02-05 17:04', 'Sofie Van Roey', 'gesprek Yasmina', """
Dag Sofie,

Kort verslag van mijn gesprek met Yasmina El Amrani (3A) van vandaag. Ze heeft sinds de kerstexamens regelmatig paniekaanvallen, vooral 's ochtends op de bus. Ze slaapt slecht en piekert veel over haar punten. Ze is bang om te blijven zitten.

Ik volg haar verder op, om de twee weken op school. Ik stel voor dat ze voorlopig toetsen mag maken in het aparte lokaal.

Veerle
"""), about=['yasmina'], mis=True, rules=['recipient', 'sensitive'], cats=['psychosocial', 'care'],
     note='same surname El Amrani: CLB report on Yasmina (3A) forwarded to the father of Yasmine (5B)',
     fmt=['plain', 'forward'])

mail('tuur-ziekenhuis', '2025-01-16 17:15', RSM, par('seppe', 1, 'Tine Vermeiren'), 'Tuur', """
Dag mevrouw Goossens,

Ik hoorde via de klas dat Tuur sinds maandag in het ziekenhuis ligt met een longontsteking en dat hij zuurstof krijgt. Veel beterschap! Zeg maar of we iets kunnen doen: ik kan de cursussen laten inscannen of een klasgenoot de notities laten doorsturen.

Voor de toetsen van deze maand maken we later een regeling.

Groeten,
Ruben Smolders
klastitularis 4A
""", about=['tuur'], mis=True, rules=['recipient', 'sensitive'], cats=['medical'],
     note="cousins with the same surname: Tuur Goossens' hospitalisation sent to Seppe Goossens' mother",
     fmt=['plain'])

mail('oudercontact-mila', '2024-12-11 09:02', LSEC, par('mira', 1), 'Oudercontact Mila Claessens (1A)', """
Beste ouder,

Hierbij de bevestiging van uw gesprek op het oudercontact van donderdag 19 december:

Leerling: Mila Claessens (1A)
Leerkracht: meneer Cuypers (klastitularis)
Uur: 18u10 - 18u20
Lokaal: A1.02

Met vriendelijke groeten,
leerlingensecretariaat
""", about=['mila'], mis=True, rules=['recipient'],
     note='parent-evening slot for Mila Claessens sent to the mother of Mira Claes (1A); not sensitive',
     fmt=['plain'])

# -------------------------------------------- personal, not sensitive ------
mail('wiskundeolympiade-lore', '2025-02-03 16:05', BNU, par('lore', 1), 'Lore - wiskundeolympiade', """
Dag meneer Peeters,

Goed nieuws: Lore is door naar de tweede ronde van de Vlaamse Wiskunde Olympiade! Ze was de beste van de school in de vierde jaren. De tweede ronde is op woensdag 26 februari in de namiddag, op school.

Proficiat aan haar!

Bart Nuyts
""", about=['lore'], rules=[], note="good result for Lore Peeters, correctly sent to her own father", fmt=['plain'])

mail('re-gitaar-emma', '2024-10-02 07:58', LGO, par('emma_vm', 2), 'RE: gitaar', """
Dag Jan,

Geen probleem, Emma mag haar gitaar op het secretariaat laten staan tot vrijdag. Ik heb het aan Marleen gezegd.

Groetjes,
Liesbeth

""" + quote_gmail('Jan Vermeulen <jan.vermeulen@gmail.com>', '2024-10-01 21:33', """
Dag juf,
Emma heeft deze week elke dag notenleer en gitaar na school. Mag ze haar gitaar ergens op school laten staan? Ze sleurt er nu elke dag mee op de bus.
Groetjes, Jan (papa van Emma Vermeulen)
"""), reply='gmail.com', about=['emma_vm'], rules=[],
     note="practical reply to Emma Vermeulen's own father", fmt=['plain', 'reply'])

mail('busabonnement-jana', '2024-11-26 15:40', SEC, par('jana', 1), 'Busabonnement Jana', """
Beste meneer Desmet,

Jana heeft haar busabonnement laten liggen in de sporthal. Het ligt op het secretariaat; ze kan het morgen voor de eerste les komen halen.

Met vriendelijke groeten,
Marleen Torfs
secretariaat
""", about=['jana'], rules=[], note="lost bus pass of Jana Desmet, correctly sent to her father", fmt=['plain'])

mail('afspraak-verplaatst-adam', '2025-03-19 12:12', BNU, par('adam', 1), 'Afspraak verplaatst', """
Beste mevrouw Ahmadi,

Door een klassenraad moet ik ons gesprek over het rapport van Adam van dinsdag helaas verplaatsen. Past donderdag 27 maart om 16u ook? Zelfde plaats, lokaal A1.02.

Excuses voor het ongemak.

Bart Nuyts
klastitularis 3C
""", about=['adam'], rules=[], note='parent meeting moved; no sensitive fact; to his own mother', fmt=['plain'])

mail('zwemgerief-noah', '2024-12-06 14:20', WVE, par('noah_me', 1), 'Zwemgerief Noah', """
Dag mevrouw Mertens,

Noah is voor de tweede keer zijn zwemgerief vergeten. Geen ramp, hij heeft meegedaan met een reservebroek van school, maar misschien kan u volgende week even mee controleren? We zwemmen elke dinsdag in het 2de trimester.

Sportieve groeten,
Wim Verbist
""", about=['noah_me'], rules=[], note="forgotten swimming kit of Noah Mertens; sent to his own mother", fmt=['plain'])

mail('expose-louis-fr', '2025-02-28 16:45', NHE, par('louis_db', 1), 'Exposé de Louis Dubois (2C)', """
Chère Madame Lefèvre,

Je voulais vous dire que Louis a présenté aujourd'hui un très bel exposé sur le Tour de France : 17/20. Il a parlé avec beaucoup d'assurance, en néerlandais et en français. Bravo à lui !

Cordialement,
Nathalie Hendrickx
""", lang='fr', about=['louis_db'], rules=[], note="French praise for Louis Dubois, to his own mother", fmt=['plain'])

mail('snuffelstage-yasmine', '2025-01-31 11:20', ADI, par('yasmine', 2), 'Snuffelstage Yasmine bevestigd', """
Beste mevrouw El Amrani,

De dierenartsenpraktijk in Herent heeft de snuffelstage van Yasmine bevestigd: van maandag 24 tot woensdag 26 maart, telkens van 8u30 tot 16u. Ze meldt zich de eerste dag bij dokter Ceulemans.

Het stagecontract geef ik haar maandag mee; graag ondertekend terug tegen vrijdag.

Vriendelijke groet,
Annelies Dierckx
klastitularis 5B
""", about=['yasmine'], rules=[], note="job-shadowing placement of Yasmine El Amrani; to her own mother", fmt=['plain'])

mail('schoolfoto-seppe', '2024-10-25 10:02', SEC, par('seppe', 2), 'Inhaalmoment schoolfoto', """
Beste meneer Goossens,

Seppe was afwezig op de fotodag. Er is een inhaalmoment op donderdag 14 november tijdens de middagpauze in de turnzaal. De fotograaf neemt dan ook de klasfoto van de afwezigen.

Met vriendelijke groeten,
secretariaat
""", about=['seppe'], rules=[], note='school photo catch-up for Seppe Goossens; to his own father', fmt=['plain'])

mail('jas-mira', '2024-12-17 13:25', PCU, par('mira', 2), 'jas Mira', """
Dag meneer Claes,

De blauwe winterjas met het naamlabel van Mira lag in de refter. Ik heb hem aan de kapstok van 1A gehangen.

Groeten,
Pieter Cuypers

""" + OUTLOOK_MOBILE + '\n', headers=XM_ANDROID, about=['mira'], rules=[],
     note='lost jacket of Mira Claes; to her own father', fmt=['phone'])

mail('leerlingenraad-milan', '2024-10-09 16:30', TDR, par('milan', 1), 'Milan in de leerlingenraad', """
Beste mevrouw Verhoeven,

Milan werd vandaag door zijn klas (3C) verkozen als afgevaardigde in de leerlingenraad. De eerste vergadering is op dinsdag 22 oktober tijdens de middag; er zijn broodjes voorzien.

Tof dat hij zich wil engageren!

Tom De Ridder
begeleider leerlingenraad
""", about=['milan'], rules=[], note="Milan Stevens elected to the pupils' council; to his own mother", fmt=['plain'])

mail('re-vertrek-uitstap-hanne', '2024-11-13 21:52', PCU, par('hanne', 1, 'Inge Dewulf'), 'RE: uitstap donderdag', """
Dag Inge,

Sorry, mijn vorige mail was niet voor jou bedoeld, gelieve die te negeren en te verwijderen.

Om je vraag te beantwoorden: vertrek om 8u aan de schoolpoort, terug rond 16u30. Hanne moet een lunchpakket en een drinkbus meebrengen, en goede wandelschoenen.

Groeten,
Pieter

""" + quote_outlook('Inge Dewulf <inge.dewulf@telenet.be>', '2024-11-13 19:02', 'Pieter Cuypers', 'uitstap donderdag', """
Dag meneer Cuypers,
Is het vertrek van de uitstap donderdag nog steeds om 8u aan de school? En moeten ze een lunchpakket meebrengen?
Groetjes,
Inge
"""), reply='telenet.be', about=['hanne'], rules=[],
     note="correct answer about Hanne Leemans' trip to her own mother (the earlier mail in this thread was misdirected)",
     fmt=['plain', 'reply'])

mail('schrijfwedstrijd-ela', '2025-04-25 15:15', ELA, par('ela', 2), 'Ela wint de schrijfwedstrijd', """
Dag meneer Janssens,

Ela heeft met haar kortverhaal de schrijfwedstrijd van de eerste graad gewonnen! De prijsuitreiking is op vrijdag 9 mei om 15u30 in de refter. Ouders zijn van harte welkom.

Hartelijke groeten,
Evi Lauwers
""", about=['ela'], rules=[], note="Ela Janssens won a writing contest; to her own father", fmt=['plain'])

mail('stagebezoek-nore', '2025-03-12 08:44', ADI, 'Dr. Pieter Ceulemans <info@dierenarts-herent.be>',
     'Stagebezoek Nore Van Damme', """
Beste dokter Ceulemans,

Ik zou Nore Van Damme graag bezoeken tijdens haar snuffelstage. Dinsdag lukt mij helaas niet meer; kan ik in de plaats langskomen op woensdag 19 maart rond 11u? Het bezoek duurt een twintigtal minuten.

Met vriendelijke groeten,
Annelies Dierckx
Sint-Pieterscollege Kessel-Lo
""", about=['nore'], rules=[], note='internship visit of a named pupil moved; to the host practice; nothing sensitive',
     fmt=['plain'])

mail('deadline-presentatie-lars', '2025-04-01 10:10', ELA, pupil_mail('lars'), 'Deadline presentatie', """
Hi Lars,

Because of the strike on Thursday, your group can hand in the presentation on Monday instead. Please upload it to the Teams assignment before 8 a.m.

Ms Lauwers
""", lang='en', about=['lars'], rules=[], note='teacher to a pupil about a moved deadline; nothing sensitive',
     fmt=['plain'])

mail('academie-examen-sara', '2025-06-02 09:30', SEC, 'Academie Kessel-Lo <secretariaat@academie-kessello.be>',
     'Sara Yilmaz - examen woensdag', """
Goedemorgen,

Wij bevestigen dat Sara Yilmaz (4B) woensdag 11 juni om 11u de school mag verlaten voor haar examen piano bij jullie. Haar examen op school is die dag om 10u gedaan.

Met vriendelijke groeten,
Marleen Torfs
secretariaat Sint-Pieterscollege
""", about=['sara'], rules=[], note='permission for a pupil to leave early for a music exam; nothing sensitive',
     fmt=['plain'])

mail('london-trip-mia-en', '2025-04-03 18:20', ELA, par('mia', 2), 'London trip - practical details', """
Dear Mr Thompson,

Thank you for paying the deposit for the London trip. Some practical details for Mia:

- Departure: Tuesday 6 May, 6.15 a.m. at the school gate (coach to Calais).
- She needs a valid identity card or passport.
- Pocket money: we suggest no more than 50 pounds.
- We are back on Friday 9 May around 9 p.m.

Kind regards,
Evi Lauwers
""", lang='en', about=['mia'], rules=[], note="English practical trip details about Mia Thompson, to her own father",
     fmt=['plain'])

mail('sportdag-wout', '2025-04-29 13:50', WVE, par('wout', 2), 'Sportdag - Wout als scheidsrechter?', """
Dag meneer De Smet,

Wout heeft zich opgegeven als scheidsrechter voor het voetbaltornooi op de sportdag van 16 mei. Omdat dat tot 17u duurt (een uur later dan de rest), vraag ik even uw toestemming. Een kort "ok" is genoeg!

Sportieve groeten,
Wim Verbist
""", about=['wout'], rules=[], note="sports-day permission for Wout De Smet, correctly sent to his own father", fmt=['plain'])

mail('proficiat-rayan', '2025-03-27 15:33', KWU, par('rayan', 1), 'Proficiat Rayan', """
Beste mevrouw Bakkali,

Ik wou even laten weten dat Rayan gisteren op de Dag van de Wetenschap het project van zijn groep heel goed heeft voorgesteld aan de jury. Ze kregen de publieksprijs! Hij mag fier zijn.

Groetjes,
Karen Wuyts
""", about=['rayan'], rules=[], note="praise for Rayan Bakkali, correctly sent to his own mother", fmt=['plain'])

mail('toestemming-excursie-tuur', '2024-10-04 08:05', RSM, par('tuur', 1), 'Toestemming excursie ontvangen', """
Dag mevrouw Goossens,

Dank u, het ondertekende toestemmingsformulier voor de excursie naar Brussel van Tuur is goed ontvangen. Vertrek is om 8u15 aan het station van Leuven.

Groeten,
Ruben Smolders
""", about=['tuur'], rules=[], note="trip permission received for Tuur Goossens, to his own mother", fmt=['plain'])

mail('werkboek-emma-verhaegen', '2024-09-13 11:10', LGO, par('emma_vh', 1), 'Werkboek Frans Emma', """
Beste mevrouw Verhaegen,

Het werkboek Frans dat in Emma's boekenpakket ontbrak, is nagestuurd door de uitgeverij. Het ligt klaar op het secretariaat; Emma mag het komen halen. U hoeft niets bij te betalen.

Vriendelijke groeten,
Liesbeth Goris
klastitularis 2B
""", about=['emma_vh'], rules=[], note="missing workbook for Emma Verhaegen; correctly sent to her own mother", fmt=['plain'])

# ------------------------------------------------------- general letters --
def grade_parents(*grades):
    out = []
    for g in grades:
        for c in CLASSES:
            if c.startswith(str(g)):
                for a in parents_of_class(c):
                    if a not in out:
                        out.append(a)
    return out


ALL_PARENTS = parents_of_class('*')
DIR_SIG = """Geert Lemmens
directeur
Sint-Pieterscollege Kessel-Lo
www.sintpieterscollege.be"""

mail('brief-ouders-leersteun', '2024-09-06 16:00', DIRECTIE, [], 'Leersteun op onze school: hoe werkt het?', """
Beste ouders,

Sinds 1 september 2023 is het leersteundecreet van kracht. Omdat we merken dat er nog veel vragen over zijn, zetten we graag op een rij hoe leersteun bij ons op school werkt.

Wat is leersteun?
Sommige leerlingen hebben, naast de zorg die elke leraar in de klas biedt, extra ondersteuning nodig. Die ondersteuning komt van een leersteuncentrum. Een ondersteuner komt dan op school om samen met de leerling, de leraren en u als ouder te bekijken wat helpt.

Wie komt in aanmerking?
Leersteun is er voor leerlingen met een gemotiveerd verslag of een verslag van het CLB. Het CLB bekijkt samen met u en met de school of dat nodig is. U hoeft dus zelf geen leersteuncentrum te zoeken.

Het ondersteuningsplan
Voor elke leerling met leersteun maken we een ondersteuningsplan met de afspraken (bijvoorbeeld extra tijd, een laptop met voorleessoftware of een rustige plek). U wordt uitgenodigd om dat plan mee op te stellen en te evalueren. Vanaf dit schooljaar kan u het plan ook online inkijken via het platform Stapstenen. U krijgt daarvoor een persoonlijke uitnodiging.

Met wie neemt u contact op?
Heeft u vragen over de zorg voor uw kind, dan kan u terecht bij de klastitularis of bij onze zorgcoördinator, mevrouw Sofie Van Roey (sofie.vanroey@sintpieterscollege.be).

Met vriendelijke groeten,

""" + DIR_SIG + '\n', bcc=ALL_PARENTS, to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>',
     html=True, rules=[], note='general letter to all parents on learning support, recipients in BCC only',
     fmt=['alt', 'bcc-envelope', 'general-letter'])

mail('lettre-parents-soutien-fr', '2024-09-06 16:05', DIRECTIE, [], "Le soutien à l'apprentissage dans notre école", """
Chers parents,

Pour les familles francophones de notre école, voici un résumé de notre lettre sur le soutien à l'apprentissage (leersteun).

Depuis le 1er septembre 2023, un nouveau décret organise le soutien aux élèves ayant des besoins spécifiques. Un centre d'appui à l'apprentissage (leersteuncentrum) envoie un accompagnateur à l'école, qui travaille avec l'élève, les enseignants et les parents.

Ce soutien est destiné aux élèves disposant d'un rapport du CLB (centre d'encadrement des élèves). Le CLB examine avec vous et avec l'école si un soutien est nécessaire. Vous ne devez donc pas chercher vous-même un centre.

Pour chaque élève concerné, nous établissons un plan de soutien avec les aménagements convenus (par exemple du temps supplémentaire, un ordinateur avec logiciel de lecture ou un endroit calme). Vous êtes invités à participer à son élaboration et à son évaluation.

Pour toute question, vous pouvez contacter le titulaire de classe ou notre coordinatrice des soins, Madame Sofie Van Roey (sofie.vanroey@sintpieterscollege.be). Elle vous répond volontiers en français.

Cordialement,

Geert Lemmens
Directeur
""", bcc=['isabelle.dubois@skynet.be', 'mathieu.dubois@proximus.be', 'veronique.lefevre@gmail.com',
          'claire.lambert@hotmail.com', 'philippe.lambert@skynet.be'] + grade_parents(1)[:20],
     to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', lang='fr', cte='base64',
     rules=[], note='general French letter to francophone parents, BCC only; base64 body',
     fmt=['plain-base64', 'bcc-envelope', 'general-letter'])

mail('letter-parents-support-en', '2024-09-09 08:30', DIRECTIE, [], 'Learning support at our school (English summary)', """
Dear parents,

For our English-speaking families, a short summary of our letter on learning support.

Since September 2023, Flemish schools work with "learning-support centres" (leersteuncentra). Pupils who have a report from the CLB (the pupil guidance centre) can get extra support from a support worker who visits the school and works with the pupil, the teachers and the parents.

For every pupil receiving support we draw up a support plan with the agreed adjustments, for example extra time, a laptop with reading software or a quiet room. Parents are invited to help draft and evaluate this plan. You can also consult it online on the Stapstenen platform; you will receive a personal invitation for this.

Questions? Please contact your child's form teacher or our care coordinator, Ms Sofie Van Roey (sofie.vanroey@sintpieterscollege.be).

Kind regards,

Geert Lemmens
Head teacher
""", bcc=['rachel.thompson@gmail.com', 'david.thompson@outlook.com'] + grade_parents(2)[:25],
     to_header='undisclosed-recipients:;', lang='en', rules=[],
     note='general English summary letter, BCC only', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-procedure-leersteun', '2024-08-29 14:00', HVH, [], 'Procedure leersteun 2024-2025', """
Beste collega's,

Ter voorbereiding van het nieuwe schooljaar de afspraken rond leersteun op een rij:

1. Zorg je over een leerling? Bespreek het eerst met de klastitularis en noteer je observaties in het leerlingvolgsysteem (niet in mails).
2. De klastitularis brengt de leerling in op de cel leerlingenbegeleiding. Daar beslissen we of we de CLB inschakelen.
3. Enkel de zorgcoördinator (Sofie Van Roey) vraagt leersteun aan bij een leersteuncentrum, na een verslag van de CLB.
4. Ondersteuners van het leersteuncentrum plannen hun bezoeken in de gedeelde agenda "Leersteun bezoeken". Je ziet daar enkel initialen en klas.
5. Het ondersteuningsplan van een leerling vind je op Stapstenen. De aanpassingen daarin zijn geen gunst maar een recht van de leerling: pas ze toe, ook bij toetsen en examens.
6. Informatie over leerlingen deel je niet via mail, WhatsApp of op een USB-stick, maar via het leerlingvolgsysteem en Stapstenen.

Op de personeelsvergadering van 2 september lichten we dit toe.

Vriendelijke groeten,
Hilde Vanhoof
adjunct-directeur
""", bcc=[PERSONEEL], to_header=HVH, rules=[],
     note='general letter to all staff; the staff list is in BCC only', fmt=['plain', 'bcc-envelope', 'general-letter'])

PDF_CLB = make_pdf([
    'CLB Leuven-Oost - Informatiebrief voor ouders',
    '',
    'Het CLB werkt samen met de school aan het welbevinden van alle leerlingen.',
    'U kan bij ons terecht met vragen over leren en studeren, over de',
    'schoolloopbaan, over gezondheid en over het psychisch en sociaal functioneren.',
    '',
    'Sommige begeleidingen zijn verplicht, zoals de systematische contacten',
    '(medisch onderzoek) en de begeleiding bij spijbelen.',
    'De begeleiding is gratis en het CLB heeft beroepsgeheim.',
    '',
    'Contact: via het onthaal van de school of via www.clb-leuvenoost.be',
], title='Informatiebrief CLB')
mail('clb-infobrief-eerste-graad', '2024-09-11 12:00', DIRECTIE, [], 'Informatiebrief CLB', """
Beste ouders,

In bijlage vindt u de informatiebrief van ons CLB (CLB Leuven-Oost). Daarin leest u wat het CLB doet, wanneer uw kind op medisch onderzoek gaat en hoe u het CLB zelf kan contacteren.

De medische onderzoeken voor het eerste jaar vinden plaats in november. Uw kind krijgt vooraf een brief mee.

Met vriendelijke groeten,
de directie
""", atts=[('Informatiebrief CLB 2024-2025.pdf', PDF_CLB)], bcc=grade_parents(1),
     to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', rules=[],
     note='general CLB information letter to first-grade parents (BCC); not sensitive',
     fmt=['plain', 'attachment-pdf', 'bcc-envelope', 'general-letter'])

mail('medicatiebeleid', '2024-09-13 15:30', DIRECTIE, [], 'Medicatie op school', """
Beste ouders,

Op school mogen leerkrachten en opvoeders in principe geen medicatie toedienen. Toch weten we dat sommige leerlingen tijdens de schooluren medicatie moeten nemen. Daarom deze afspraken:

- Medicatie wordt enkel gegeven als u het formulier “Medicatie op school” (zie Smartschool > Documenten) laat invullen door de behandelend arts.
- U bezorgt de medicatie in de originele verpakking, met de naam van uw kind erop, aan het leerlingensecretariaat.
- Bij hoofdpijn of buikpijn geven we geen pijnstillers. We bellen u wanneer uw kind zich niet goed voelt.
- Heeft uw kind een ernstige allergie, epilepsie, diabetes of een andere aandoening waarvan we op de hoogte moeten zijn? Meld het dan vertrouwelijk aan de klastitularis of aan het leerlingensecretariaat.

Dank voor uw medewerking.

Met vriendelijke groeten,
de directie
""", bcc=ALL_PARENTS, to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', charset='windows-1252',
     cte='quoted-printable', rules=[], note='general medication policy to all parents (BCC); no pupil named',
     fmt=['plain-cp1252', 'plain-qp', 'bcc-envelope', 'general-letter'])

mail('pestbeleid-ouders', '2024-10-04 17:00', DIRECTIE, [], 'Samen tegen pesten', """
Beste ouders,

In de week tegen pesten vestigen we graag de aandacht op ons pestbeleid.

Wat doen we op school?
- Elke klas bespreekt in oktober de klasafspraken en wat pesten is (en wat niet).
- Leerlingen kunnen pesten melden bij elke leerkracht, bij de leerlingenbegeleiders of anoniem via de meldknop op Smartschool.
- Bij pesten werken we eerst met de no-blame-aanpak: we brengen een groep leerlingen samen om het slachtoffer te helpen, zonder te straffen. Houdt het pesten aan, dan volgen sancties volgens het schoolreglement.

Wat kan u doen?
Praat met uw kind over wat er online en op school gebeurt. Merkt u iets, neem dan contact op met de klastitularis. Elke melding wordt discreet behandeld.

Met vriendelijke groeten,
de directie en het team leerlingenbegeleiding
""", bcc=ALL_PARENTS, to_header='undisclosed-recipients:;', html=True, rules=[],
     note='general bullying policy to all parents (BCC)', fmt=['alt', 'bcc-envelope', 'general-letter'])

mail('herinnering-schoolrekening-3e-graad', '2024-11-29 09:00', BOEK, [], 'Herinnering schoolrekening september', """
Beste ouders,

De schoolrekening van september vervalt op 6 december. Heeft u ze al betaald, dan mag u deze mail als onbestaande beschouwen.

Gebruik bij de betaling steeds de gestructureerde mededeling die op uw rekening staat, zodat we de betaling aan de juiste leerling kunnen koppelen.

Heeft u moeite om de rekening te betalen? Neem dan discreet contact op met de boekhouding. We zoeken samen naar een oplossing, zoals een afbetalingsplan.

Met vriendelijke groeten,
Els Stroobants
boekhouding
""", bcc=grade_parents(5, 6), to_header='Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>', rules=[],
     note='payment reminder to all third-grade parents (BCC), nobody named', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-nooit-wachtwoorden', '2024-10-10 12:30', JVC, [], 'Herinnering: nooit wachtwoorden via mail', """
Beste collega's,

Deze week kregen enkele collega's een mail die leek te komen van "Microsoft 365 beheer" met de vraag om hun wachtwoord te bevestigen. Dit is phishing.

Even herhalen wat in ons communicatiebeleid staat:
- Stuur nooit een wachtwoord, code of pincode via mail, Smartschool of WhatsApp, ook niet naar collega's of ondersteuners.
- Niemand van Stroom zal je ooit per mail om je wachtwoord vragen.
- Moet een ondersteuner ergens op kunnen? Laat het ICT-team een eigen account aanmaken.
- Twijfel je? Stuur de mail door naar ict@spc.ksleuven.be en klik nergens op.

Heb je toch op de link geklikt, wijzig dan meteen je wachtwoord en laat het ons weten.

Dank je!
Jef Van Camp
ICT-coördinator
""", bcc=[PERSONEEL], to_header=JVC, rules=[],
     note='general staff reminder about passwords, contains no secret; staff list in BCC',
     fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-usb-stick', '2024-10-08 18:10', GL, [], 'Verlies USB-stick - nieuwe afspraken', """
Beste collega's,

Vorige week is een USB-stick met verslagen van leerlingen met leersteun verloren geraakt. We hebben het meldpunt datalekken van Stroom (privacy@lksd.ksleuven.be) verwittigd en de betrokken ouders persoonlijk gecontacteerd.

Vanaf vandaag gelden deze afspraken:
- Geen verslagen, handelingsplannen of lijsten met leerlingen meer op USB-sticks. Gebruik het leerlingvolgsysteem of Stapstenen.
- Wie voor zijn taak toch een stick nodig heeft, krijgt een versleutelde stick van het ICT-team.
- Verlies je een toestel of stick, of stuur je een mail naar de verkeerde persoon? Meld het meteen aan privacy@lksd.ksleuven.be. Dat is geen schuldvraag: hoe sneller we het weten, hoe beter we de schade beperken.

Dank voor jullie begrip.

Geert Lemmens
directeur
""", bcc=[PERSONEEL], to_header=GL, rules=[],
     note='general staff letter after a lost USB stick, no pupil named', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('ouders-melding-datalek', '2024-10-09 17:45', DIRECTIE, [], 'Verlies van een USB-stick', """
Beste ouders,

Wij willen u in alle transparantie informeren dat eind september een USB-stick met verslagen van een aantal leerlingen die leersteun krijgen, verloren is geraakt. De stick was niet versleuteld.

De ouders van de leerlingen van wie gegevens op de stick stonden, werden intussen persoonlijk gecontacteerd. Heeft u geen persoonlijk bericht ontvangen, dan stonden er geen gegevens van uw kind op.

We hebben het incident gemeld aan de functionaris voor gegevensbescherming van onze scholengroep en we hebben de afspraken voor het personeel aangescherpt. Voor vragen kan u terecht bij privacy@lksd.ksleuven.be.

Onze excuses voor deze fout.

Met vriendelijke groeten,

""" + DIR_SIG + '\n', bcc=ALL_PARENTS, to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>',
     rules=[], note='general data-breach notice to all parents (BCC), no pupil identified',
     fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-agenda-en-lokalen', '2024-09-20 13:15', SVR, [], 'Gedeelde agenda leersteun + prikkelarm lokaal', """
Dag collega's,

Twee praktische zaken:

1. In de gedeelde agenda "Leersteun bezoeken" zie je wanneer een ondersteuner in je klas komt. Je kan de agenda toevoegen in Outlook via Agenda > Agenda toevoegen > Uit adresboek > "Leersteun bezoeken". Je hebt leesrechten; enkel ondersteuners en ikzelf kunnen bezoeken toevoegen.

2. Het prikkelarm lokaal (B0.12) kan je niet meer reserveren voor groepswerk. Het is vanaf nu enkel voor leerlingen die er volgens hun ondersteuningsplan terecht kunnen, en voor time-outs. Zie je een leerling die er niet hoort, stuur hem gerust terug naar de les.

Vragen? Spreek me aan in de leraarskamer.

Sofie
""", bcc=[PERSONEEL], to_header=SVR, rules=[],
     note='general staff letter about the shared calendar and quiet room', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('infoavond-leersteun-ouders', '2025-01-31 12:00', DIRECTIE, [], 'Uitnodiging infoavond "Leersteun en redelijke aanpassingen"', """
Beste ouders,

Op donderdag 13 februari om 19u30 organiseren we in de refter een infoavond over leersteun en redelijke aanpassingen, samen met Leersteuncentrum Dijleland en CLB Leuven-Oost. Gastspreker is dr. Lieve Swennen, over autismevriendelijk lesgeven.

Kan u niet naar school komen? U kan de avond ook online volgen:

Microsoft Teams-vergadering
Nu deelnemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZGYx>
Vergadering-id: 348 910 227 553
Wachtwoordcode: Lk3vP9

Inschrijven is niet nodig. Tot dan!

Met vriendelijke groeten,
de directie
""", bcc=ALL_PARENTS, to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', html=True, rules=[],
     note='general invitation to all parents (BCC); Teams passcode in an invitation is allowed',
     fmt=['alt', 'invitation', 'bcc-envelope', 'general-letter'])

mail('examens-aanpassingen-ouders', '2025-05-09 14:00', DIRECTIE, [], 'Examens juni en redelijke aanpassingen', """
Beste ouders,

De examens van juni starten op dinsdag 10 juni (eerste graad) en woensdag 4 juni (tweede en derde graad). Het examenrooster staat op Smartschool.

Heeft uw kind een ondersteuningsplan of afspraken over redelijke aanpassingen (zoals extra tijd, voorleessoftware of een apart lokaal)? Die gelden ook tijdens de examens. U hoeft daarvoor niets aan te vragen; de klastitularis bevestigt de regeling voor 30 mei via Smartschool.

Denkt u dat uw kind een aanpassing nodig heeft die nog niet is afgesproken? Neem dan voor 23 mei contact op met de klastitularis of de zorgcoördinator.

Veel succes aan alle leerlingen!

de directie
""", bcc=ALL_PARENTS, to_header='undisclosed-recipients:;', rules=[],
     note='general exam letter about adjustments, BCC only, nobody named', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-stapstenen-start', '2024-09-02 07:45', JVC, [], 'Nieuw: Stapstenen voor ondersteuningsplannen', """
Beste collega's,

Vanaf dit schooljaar staan de ondersteuningsplannen op het platform Stapstenen in plaats van in de map op de schijf.

- Je aanmeldgegevens krijg je vandaag via een Smartschool-bericht van het ICT-team (niet via mail). Bij de eerste aanmelding kies je zelf een wachtwoord.
- Je ziet enkel de plannen van leerlingen aan wie je lesgeeft.
- Download de plannen niet en druk ze niet af. Heb je ze op papier nodig voor een klassenraad, vraag het aan de zorgcoördinator.

Een korte handleiding vind je op Smartschool > Intradesk > ICT.

Jef
""", bcc=[PERSONEEL], to_header=JVC, cte='quoted-printable', rules=[],
     note='general staff letter on the platform; login arrives via another channel, no secret',
     fmt=['plain-qp', 'bcc-envelope', 'general-letter'])

mail('schooltoeslag-info', '2024-10-15 11:00', DIRECTIE, [], 'Schooltoeslag: vraag ze zeker aan', """
Beste ouders,

Wist u dat veel gezinnen recht hebben op een schooltoeslag via het Groeipakket, maar die niet ontvangen? Voor leerlingen in het secundair onderwijs kan dat oplopen tot enkele honderden euro per jaar.

De toeslag wordt meestal automatisch toegekend, maar niet altijd. Kijk dus even na of u ze ontvangen heeft. Meer informatie vindt u op www.groeipakket.be.

Heeft u hulp nodig bij de aanvraag, of lukt het om een andere reden niet om de schoolkosten te betalen? Neem dan vertrouwelijk contact op met onze boekhouding of met de zorgcoördinator. We zoeken altijd samen naar een oplossing.

Met vriendelijke groeten,
de directie
""", bcc=ALL_PARENTS, to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', rules=[],
     note='general school-allowance information to all parents (BCC); not sensitive',
     fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-studiedag-autisme', '2025-01-10 10:20', HVH, [], 'Pedagogische studiedag 29 januari', """
Beste collega's,

Het programma van de pedagogische studiedag op woensdag 29 januari:

8u30 onthaal in de refter
9u00 "Autismevriendelijk lesgeven: wat werkt in het secundair?" (Leersteuncentrum Dijleland)
10u45 pauze
11u00 workshops (inschrijven via het formulier op Intradesk): voorleessoftware in de les / examens met redelijke aanpassingen / omgaan met prikkels in de klas
12u30 lunch
13u30 vakgroepen: aanpassingen uit de ondersteuningsplannen vertalen naar toetsen
15u30 einde

Er zijn die dag geen lessen voor de leerlingen.

Hilde
""", bcc=[PERSONEEL], to_header=HVH, html=True, rules=[],
     note='general staff programme of a training day', fmt=['alt', 'bcc-envelope', 'general-letter'])

mail('zorgteam-voorstelling-eerste-jaar', '2024-09-03 16:30', DIRECTIE, [], 'Maak kennis met ons zorgteam', """
Beste ouders van onze eerstejaars,

Welkom op het Sint-Pieterscollege! Graag stellen we ons zorgteam aan u voor:

- Sofie Van Roey, zorgcoördinator: aanspreekpunt voor leersteun, ondersteuningsplannen en redelijke aanpassingen (sofie.vanroey@sintpieterscollege.be).
- Tom De Ridder, leerlingenbegeleider: welbevinden, pesten, conflicten (tdr@spc.ksleuven.be).
- Ilse Baeten, leerlingensecretariaat: afwezigheden, ziekte, medicatie (leerlingensecretariaat@spc.ksleuven.be).
- Veerle Schepers, CLB-medewerker: zij is elke dinsdag op school.

Maakt u zich zorgen over uw kind, of heeft uw kind op de lagere school al extra ondersteuning gekregen? Laat het ons zeker weten, liefst voor de herfstvakantie.

Met vriendelijke groeten,
de directie
""", bcc=grade_parents(1), to_header='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>', rules=[],
     note='general welcome letter to first-year parents (BCC), staff mail addresses only',
     fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('personeel-bcc-afspraak', '2024-11-08 08:10', GL, [], 'Mails naar meerdere ouders: altijd in BCC', """
Beste collega's,

Vorige week kregen we opnieuw een klacht van een ouder wiens mailadres zichtbaar was in een mail aan een hele klas. Daarom nog eens de afspraak uit ons communicatiebeleid (punt 3.1 en 3.3):

- Mail je naar meerdere ouders of externen, zet hun adressen in BCC. Zet je eigen adres in "Aan".
- Ook een groepsadres (zoals een klaslijst of personeel@) hoort in BCC.
- Controleer voor je op verzenden klikt of je de juiste ouder hebt: Outlook vult namen automatisch aan, en we hebben veel gezinnen met dezelfde familienaam.
- Gevoelige informatie over leerlingen (gezinssituatie, gezondheid, zorg, financiën, welbevinden) hoort niet in een mail. Gebruik het leerlingvolgsysteem.

Dank je wel.

Geert Lemmens
""", bcc=[PERSONEEL], to_header=GL, rules=[],
     note='general staff reminder on BCC use; no pupil named', fmt=['plain', 'bcc-envelope', 'general-letter'])

mail('ouders-prikkelarm-lokaal', '2024-11-22 15:00', DIRECTIE, [], 'Nieuw op school: het rustlokaal', """
Beste ouders,

Sinds de herfstvakantie heeft onze school een rustlokaal. Het is een prikkelarme ruimte waar leerlingen even tot rust kunnen komen als het in de klas of op de speelplaats te veel wordt.

Hoe werkt het?
- Leerlingen voor wie dat in hun ondersteuningsplan staat, krijgen een time-outkaart. Daarmee mogen ze zonder uitleg even naar het rustlokaal.
- Andere leerlingen kunnen er met toestemming van de leerkracht terecht.
- Er is altijd een opvoeder of een lid van het zorgteam in de buurt.

Het lokaal werd ingericht met de steun van de ouderraad. Hartelijk dank daarvoor!

Met vriendelijke groeten,
de directie
""", bcc=ALL_PARENTS, to_header='undisclosed-recipients:;', rules=[],
     note='general letter to all parents about the quiet room (BCC)', fmt=['plain', 'bcc-envelope', 'general-letter'])

# ------------------------------------------------------------- ordinary ---
mail('infosessie-ouders-zichtbaar', '2024-10-18 13:40', SVR,
     [par('jonas', 1), par('yusuf', 1), par('amira', 1), par('kobe', 2), par('lina', 1), par('finn', 1)],
     'Infosessie voor ouders: Stapstenen', """
Beste ouders,

U ontvangt binnenkort (of ontving al) toegang tot Stapstenen. Omdat een aantal ouders vragen hadden over het platform, organiseer ik een korte infosessie op dinsdag 5 november om 19u in lokaal A0.05. Ik toon er hoe u aanmeldt, waar u de afspraken terugvindt en hoe u een opmerking kan toevoegen voor het volgende overleg.

Graag een seintje als u komt.

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator
""", rules=['bcc'],
     note='six parents visible to each other in To; no pupil named in the text', fmt=['plain', 'visible-recipients'])

mail('klasbrief-3b-groepsadres', '2025-03-20 16:15', KWU, 'Ouders 3B <ouders3b@spc.ksleuven.be>', 'Uitstap 3B naar Gent', """
Beste ouders van 3B,

Op dinsdag 1 april gaan we met de klas naar Gent (STAM en een stadswandeling). Vertrek om 8u15 aan het station van Leuven, terug rond 17u. Uw zoon of dochter brengt een lunchpakket mee. De kosten (18 euro) komen op de schoolrekening.

Vriendelijke groeten,
Karen Wuyts
klastitularis 3B
""", rules=['bcc'], note='class parent list address in To instead of BCC', fmt=['plain', 'group-in-to'])

mail('personeelsvergadering-leersteun', '2024-11-25 12:05', HVH, PERSONEEL, 'Personeelsvergadering 2 december', """
Beste collega's,

Maandag 2 december om 16u is er een korte personeelsvergadering in de refter. Eén agendapunt: hoe passen we de redelijke aanpassingen toe tijdens de kerstexamens. Sofie geeft een overzicht per graad.

Hilde
""", rules=['bcc'], note='staff group address personeel@ placed in To', fmt=['plain', 'group-in-to'])

mail('planning-overleg-2e-trimester-cc', '2024-12-13 11:27', SVR, GRIET, 'Planning overleg 2de trimester', """
Dag allemaal,

Voor het tweede trimester stel ik volgende overlegmomenten voor met het zorgteam en de externe partners:

- dinsdag 14 januari, 15u45: eerste graad
- dinsdag 11 februari, 15u45: tweede graad
- dinsdag 18 maart, 15u45: derde graad

Telkens in lokaal A0.05, of online voor wie niet kan komen. Laat je weten welke momenten voor jullie passen?

Groetjes,
Sofie
""", cc=[CLB, LOGO, KINE], rules=['bcc'],
     note='four external partners (support centre, CLB, speech therapist, physio) visible to each other; no pupil named',
     fmt=['plain', 'visible-recipients'])

mail('parkeren-therapeuten', '2024-09-25 09:48', HVH, REVA, 'Toegang voor externe therapeuten', """
Beste therapeuten,

Vanaf 1 oktober kan u als externe therapeut parkeren op de personeelsparking achter de sporthal. De slagboom gaat open na een belletje aan het onthaal (016 35 12 40). Meld u aan het onthaal aan en uit, zodat we weten wie er in het gebouw is.

Met vriendelijke groeten,
Hilde Vanhoof
adjunct-directeur
""", cc=[LOGO, KINE, FRLOGO], rules=['bcc', 'personal_data'],
     note="external therapists visible to each other in To/CC; the school's phone number is personal_data",
     fmt=['plain', 'visible-recipients'])

mail('coteaching-van-hotmail', '2024-10-27 20:40', 'Karen Wuyts <karenwuyts@hotmail.com>', SAM, 'co-teaching 3B', """
Hoi Sam,

Ik stuur dit vanop mijn privé-adres want ik zit bij mijn ouders en heb hier geen toegang tot Outlook. Voor het co-teachen in 3B na de vakantie: kunnen we de eerste twee weken op woensdag het 3de uur doen (Nederlands, leesstrategieën)? Dan zitten we samen in B1.12.

Groetjes
Karen
""", rules=['private_account'], note='teacher writes to a support worker about school business from a private hotmail address',
     fmt=['plain'])

PLAN_FWD = """
Dag Sofie,

Zoals gevraagd de stand van zaken voor de leerlingen die ik opvolg:

- Yusuf El Idrissi (2A): verslag type 9 goedgekeurd, start in december. Prikkelarm lokaal in de middag blijft.
- Jonas Mertens (2B): handelingsplan aangepast na het incident, ouders tevreden.
- Finn Bogaerts (1B): observatie loopt; ik vermoed ook ASS, maar wacht op het onderzoek.

Griet
"""
mail('fw-naar-prive-gmail', '2024-11-29 21:55', SVR, 'Sofie Van Roey <sofievanroey.thuis@gmail.com>', 'FW: stand van zaken', """
om thuis verder te werken aan het overzicht

""" + fwd_outlook(GRIET, '2024-11-29 16:02', 'Sofie Van Roey', 'stand van zaken', PLAN_FWD),
     about=['yusuf', 'jonas', 'finn'], rules=['private_account', 'sensitive'], cats=['care'],
     note="care coordinator forwards school mail about named pupils' autism support to her own gmail",
     fmt=['plain', 'forward'])

mail('proficiat-robbe-prive', '2025-03-02 18:12', 'Ruben Smolders <ruben.smolders.rs@gmail.com>', par('robbe', 1),
     'Robbe - Vlaamse Wiskunde Olympiade', """
Dag mevrouw Hermans,

Sorry dat ik via mijn gewone mail stuur, Smartschool ligt er weer eens uit. Ik wou laten weten dat Robbe de finale van de Wiskunde Olympiade gehaald heeft! De finale is op 26 april in Gent. Ik heb de inschrijving al doorgegeven.

Proficiat!
Ruben Smolders
""", about=['robbe'], rules=['private_account'],
     note="teacher mails a parent about her son's good result from his private gmail; nothing sensitive",
     fmt=['plain'])

mail('installatie-voorleessoftware-exe', '2024-09-17 14:03', JVC, GRIET, 'Installatiebestand', """
Dag Griet,

Hier het installatiebestand van de voorleessoftware (schoolversie), zodat je het op je eigen laptop kan zetten voor de voorbereiding. Gewoon dubbelklikken en volgen.

Jef
""", atts=[('Voorleessoftware_SPC_setup.exe', make_exe('setup'))], rules=['attachment'],
     note='executable installer attached', fmt=['plain', 'attachment-exe'])

mail('aangepaste-toets-docm', '2024-12-02 17:21', BNU, GRIET, 'aangepaste toets 2B', """
Dag Griet,

In bijlage de aangepaste toets wiskunde voor 2B (groter lettertype, één opgave per blad). Het is een .docm omdat er een macro in zit die de timer start; klik bij het openen op "Inhoud inschakelen".

Bart
""", atts=[('Toets WIS 2B hfst5 aangepast.docm', make_docx([
    '# Toets wiskunde 2B - hoofdstuk 5 (aangepaste versie)',
    'Opgave 1. Los op: 3x + 7 = 19',
    'Opgave 2. Los op: 2(x - 4) = 10',
    'Opgave 3. Een fiets kost 240 euro na 20 procent korting. Wat was de oorspronkelijke prijs?'], macro=True))],
     rules=['attachment'], note='macro-enabled Word document (.docm)', fmt=['plain', 'attachment-docm'])

BAT = ('@echo off\r\n'
       'rem Koppelt de gedeelde map Leersteun als schijf L:\r\n'
       'net use L: \\\\spc-fs01\\leersteun /persistent:yes\r\n'
       'start explorer L:\\\r\n')
mail('netwerkschijf-zip-bat', '2024-09-24 09:05', JVC, AN_LSC, 'Script gedeelde map', """
Dag An,

Voor de ondersteuners die op school met een schoollaptop werken: in de zip zit een klein script dat de gedeelde map Leersteun als schijf L: koppelt. Uitpakken en dubbelklikken. Ze moeten wel aangemeld zijn met hun eigen account.

Groet,
Jef
""", atts=[('Leersteunschijf_koppelen.zip', make_zip([('Leersteunschijf_koppelen.bat', BAT),
                                                      ('LEESMIJ.txt', 'Dubbelklik op Leersteunschijf_koppelen.bat\r\n')]))],
     rules=['attachment'], note='zip archive containing a .bat script', fmt=['plain', 'attachment-zip'])

mail('planning-xlsm', '2025-01-03 15:35', SVR, AN_LSC, 'Planning bezoeken 2de trimester', """
Dag An,

Hierbij de planning voor het tweede trimester. Ik heb er een macro aan toegevoegd die de bezoeken per ondersteuner filtert (knop bovenaan). Er staan geen leerlingen in, enkel de klassen en lokalen, zoals afgesproken.

Groetjes,
Sofie
""", atts=[('Planning bezoeken T2.xlsm', make_xlsx([
    ['Week', 'Dag', 'Uur', 'Klas', 'Lokaal', 'Ondersteuner'],
    ['2', 'ma', '8u25', '2A', 'B0.12', 'Griet'],
    ['2', 'di', '9u15', '1B', 'B1.10', 'Ellen'],
    ['2', 'do', '8u25', '2C', 'A1.07', 'Sam'],
    ['3', 'ma', '10u20', '2B', 'A1.07', 'Griet']], 'Planning', macro=True))],
     rules=['attachment'], note='macro-enabled Excel workbook (.xlsm); planning by class and room, no pupil',
     fmt=['plain', 'attachment-xlsm'])

mail('brochures-zip-pdf', '2024-10-22 10:40', SVR, CLB, 'Brochures voor de infomarkt', """
Dag Veerle,

In de zip de drie brochures die we op de infomarkt willen leggen (leersteun, rustlokaal, Stapstenen voor ouders). Kan jij nakijken of de CLB-info erin klopt?

Sofie
""", atts=[('Brochures infomarkt.zip', make_zip([
    ('Brochure leersteun.pdf', make_pdf(['Leersteun op het Sint-Pieterscollege', 'Wat is leersteun en voor wie?'],
                                        'Brochure leersteun')),
    ('Brochure rustlokaal.pdf', make_pdf(['Het rustlokaal', 'Even tot rust komen.'], 'Brochure rustlokaal')),
    ('Stapstenen voor ouders.pdf', make_pdf(['Stapstenen voor ouders', 'Zo meldt u aan.'], 'Stapstenen'))]))],
     rules=[], note='look-alike: zip archive holding only PDFs', fmt=['plain', 'attachment-zip'])

mail('bereikbaarheid-sofie', '2024-09-12 08:55', SVR, KOEN, 'Bereikbaarheid', """
Dag Koen,

Fijn dat je vanaf volgende week bij ons start. Als er iets is op de dag zelf, kan je me het best bellen: 0478 21 93 05. Het secretariaat is bereikbaar op 016 35 12 40 (vanaf 7u45).

Tot dinsdag!
Sofie Van Roey
""", rules=['personal_data'], note='mobile and school phone numbers', fmt=['plain'])

mail('onkosten-ondersteuners-iban', '2025-01-14 14:15', BOEK, AN_LSC, 'Factuur kopies ondersteuners', """
Beste mevrouw Smeyers,

Zoals afgesproken rekenen we de kopies van jullie ondersteuners per trimester door. Voor het eerste trimester gaat het om 1.240 kopies, samen 49,60 euro (zie bijlage op papier via de post).

U kan betalen op rekeningnummer """ + be_iban(7340012958) + """ (Sint-Pieterscollege vzw) met vermelding "kopies LSC T1".

Met vriendelijke groeten,
Els Stroobants
boekhouding
""", rules=['personal_data'], note="valid IBAN of the school", fmt=['plain'])

mail('aanmelding-finn-rrn', '2024-10-23 11:50', LSEC, AN_LSC, 'Aanmelding nieuwe leerling leersteun', """
Beste An,

Voor de aanmelding bij jullie leersteuncentrum de gegevens van de nieuwe leerling, zoals gevraagd op jullie formulier:

Naam: Finn Bogaerts
Klas: 1B
Geboortedatum: 17/04/2012
Rijksregisternummer: """ + rrn(12, 4, 17, 234) + """
Verslag: type 9 (autismespectrumstoornis), opgemaakt door CLB Leuven-Oost op 14/10/2024
Ouders: mevrouw Karolien Bogaerts en meneer Luc Bogaerts

Het verslag zelf bezorgt de CLB rechtstreeks.

Met vriendelijke groeten,
Ilse Baeten
leerlingensecretariaat
""", about=['finn'], rules=['personal_data', 'sensitive'], cats=['care'],
     note="named pupil's date of birth, valid national register number and autism report", fmt=['plain'])

mail('bedankt-workshop-logo', '2025-01-30 09:12', HVH, LOGO, 'Bedankt voor de workshop', """
Beste Lien,

Namens het hele team: hartelijk dank voor je workshop op de studiedag. Veel collega's vonden de tips om voorleessoftware in de les te gebruiken heel bruikbaar. Mogen we je presentatie op Intradesk zetten?

Met vriendelijke groeten,
Hilde Vanhoof
""", rules=[], note='ordinary thank-you to an external speech therapist', fmt=['plain'])

mail('lokaal-netwerkoverleg', '2025-02-19 10:30', MTO, AN_LSC, 'Lokaal netwerkoverleg 6 maart', """
Dag An,

Voor jullie netwerkoverleg op donderdag 6 maart hebben we de vergaderzaal op de eerste verdieping (A1.01) voor jullie gereserveerd van 13u tot 16u. Koffie en water staan klaar. Laat je weten met hoeveel jullie zijn?

Groetjes,
Marleen
""", rules=[], note='ordinary room booking', fmt=['plain'])

mail('re-parking-koen', '2024-09-30 07:40', TDR, KOEN, 'Re: parking', """
Dag Koen,

Ja hoor, je mag met de bestelwagen tot aan de zij-ingang rijden om de stoel uit te laden, en daarna op de personeelsparking zetten. Zeg het gewoon even aan het onthaal.

Tom

""" + quote_gmail(KOEN, '2024-09-29 20:11', """
Hoi Tom,
Morgen breng ik de aangepaste stoel mee voor in de klas. Mag ik met de bestelwagen tot aan de deur rijden?
Koen
"""), reply='lscmobiel.be', rules=[], note='ordinary practical reply; no pupil named', fmt=['plain', 'reply'])

mail('ondertiteling-iso', '2024-11-08 13:45', JVC, ELLEN, 'Ondertitelingssoftware', """
Dag Ellen,

Hier de schijfkopie van de ondertitelingssoftware die we vorig jaar voor de klaslaptops kochten. Je kan ze koppelen en dan setup uitvoeren.

Jef
""", atts=[('Ondertiteling_v5.iso', make_iso('ONDERTITEL'))], rules=['attachment'],
     note='disk image (.iso) attached', fmt=['plain', 'attachment-iso'])

mail('melding-verlies-usb', '2024-10-01 18:30', SVR, 'Meldpunt datalekken Stroom <privacy@lksd.ksleuven.be>',
     'Melding: verlies USB-stick', """
Beste,

Ik meld het verlies van een USB-stick (niet versleuteld) met daarop de verslagen en ondersteuningsplannen van 14 leerlingen met leersteun. Ik had de stick vrijdag 27 september nog bij mij in het zorgbureau; vandaag vond ik hem niet meer terug, ook niet thuis.

De lijst van de betrokken leerlingen kan ik bezorgen via het leerlingvolgsysteem of op een afspraak, liever niet per mail.

Wat moet ik verder doen? Moeten we de ouders verwittigen?

Met vriendelijke groeten,
Sofie Van Roey
zorgcoördinator Sint-Pieterscollege Kessel-Lo
""", rules=[], note='data-breach report to the DPO without naming any pupil', fmt=['plain'])

mail('thanks-training-en', '2024-11-22 16:05', JVC, OLIVER, 'Thanks for yesterday', """
Hi Oliver,

Thanks again for the training yesterday. The support staff were very enthusiastic, especially about the exam mode. Could you send the slides? And we would like to plan a follow-up session in spring, perhaps for the teachers of the first grade.

Best,
Jef
""", lang='en', rules=[], note='ordinary English thank-you', fmt=['plain'])


# ================================================================ output ===
RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
CAT_ORDER = ['family', 'psychosocial', 'medical', 'care', 'financial']


def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def ylist(xs):
    return '[' + ', '.join(xs) + ']'


def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    write_roster()
    order = sorted(range(len(MAILS)), key=lambda i: (dt(MAILS[i]['date']), i))
    slugs = set()
    out = ['# batch43 - Sint-Pieterscollege Kessel-Lo and the learning-support centre: support plans, platform '
           'logins, visits, CLB reports, therapists, parents, general letters',
           '']
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        assert set(m['rules']) <= set(RULE_ORDER), m['slug']
        assert ('sensitive' in m['rules']) == bool(m['cats']), m['slug']
        assert ('recipient' in m['rules']) == m['mis'], m['slug']
        fname = f'{n:03d}-{m["slug"]}.eml'
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(build(m, n))
        rcpt = []
        hdr_to = [m['to_header']] if m['to_header'] and '@' in m['to_header'] else []
        for a in hdr_to + m['to'] + m['cc'] + m['bcc']:
            a = addr_of(a)
            if a not in rcpt:
                rcpt.append(a)
        rules = [r for r in RULE_ORDER if r in m['rules']]
        out.append(f'{fname}:')
        out.append(f'  rules: {ylist(rules)}')
        if m['cats']:
            cats = [c for c in CAT_ORDER if c in m['cats']]
            out.append(f'  categories: {{sensitive: {ylist(cats)}}}')
        out.append(f'  mail_from: {addr_of(m["env_from"] or m["frm"])}')
        out.append(f'  rcpt: {ylist(rcpt)}')
        out.append(f'  about: {ylist([pid(k) for k in m["about"]])}')
        out.append(f'  misdirected: {"true" if m["mis"] else "false"}')
        out.append(f'  note: {yq(m["note"])}')
        out.append(f'  lang: {m["lang"]}')
        out.append(f'  format: {ylist(m["fmt"])}')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    print(f'wrote {len(order)} mails, labels.yaml, roster.csv ({len(ROSTER)} pupils)')


if __name__ == '__main__':
    main()
