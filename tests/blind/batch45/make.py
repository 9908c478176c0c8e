#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch45 - labelled outbound mail of the social service and the accounting office of
Sint-Pieterscollege Leuven (Tiensestraat), school group LKSD / "Stroom".

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Deterministic: fixed dates, fixed Message-IDs, seeded randomness, standard library only.
"""
import base64
import csv
import datetime
import html as htmlmod
import os
import quopri
import random
import re
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 45

# ---------------------------------------------------------------------------
# number helpers (valid Belgian identifiers)
# ---------------------------------------------------------------------------


def iban_be(bank, acct, spaced=True):
    """Valid Belgian IBAN from a 3-digit bank code and a 7-digit account number."""
    base = f"{bank:03d}{acct:07d}"
    chk = int(base) % 97 or 97
    bban = base + f"{chk:02d}"
    cd = 98 - int(bban + "111400") % 97
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if spaced else s


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def rrn(y, m, d, seq, style="dots"):
    """Valid rijksregisternummer."""
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(base) + (2000000000 if y >= 2000 else 0)
    c = 97 - n % 97
    if style == "plain":
        return base + f"{c:02d}"
    return f"{y % 100:02d}.{m:02d}.{d:02d}-{seq:03d}.{c:02d}"


def ogm(n10):
    """Belgian structured communication +++ddd/dddd/ddddd+++ (a payment reference)."""
    c = n10 % 97 or 97
    s = f"{n10:010d}{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def kbo(n8):
    """Valid Belgian enterprise number 0xxx.xxx.xxx."""
    c = 97 - n8 % 97
    s = f"{n8:08d}{c:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


SCHOOL_IBAN = iban_be(68, 2413570)        # schoolrekening (leerlingenrekeningen)
SOLI_IBAN = iban_be(735, 401822)          # rekening solidariteitsfonds
SUPPLIER_IBAN = iban_be(1, 5528341)       # leverancier catering (new account)
assert iban_ok(SCHOOL_IBAN) and iban_ok(SOLI_IBAN) and iban_ok(SUPPLIER_IBAN)

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------


def D(s):
    """'2024-10-03 09:14' -> aware datetime in Belgian local time (CET/CEST)."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = (datetime.datetime(2024, 3, 31, 2) <= dt < datetime.datetime(2024, 10, 27, 3)) or \
             (datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 3))
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def nl_long(s):
    dt = D(s)
    return f"{NL_DAYS[dt.weekday()]} {dt.day} {NL_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def nl_short(s):
    dt = D(s)
    return f"{NL_DAYS[dt.weekday()][:2]} {dt.day} {NL_MONTHS[dt.month - 1][:3]}. {dt.year} om {dt:%H:%M}"


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = [f"{g}{c}" for g in range(1, 7) for c in "ABCD"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Pupil:
    def __init__(self, key, first, last, cls, p1, p2=None):
        self.key, self.first, self.last, self.cls = key, first, last, cls
        # p1/p2: (display name, address) or None
        self.p1 = p1
        self.p2 = p2
        self.id = None
        self.mail = None

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def parents(self):
        return [p[1] for p in (self.p1, self.p2) if p]


# Pupils that the mails are about (and the families they get confused with).
KEY = [
    # key, first, last, class, parent 1, parent 2
    ("lotte", "Lotte", "Peeters", "3B", ("Kristel Verbeke", "kristel.verbeke@telenet.be"), ("Tom Peeters", "tom.peeters@gmail.com")),
    ("jonasp", "Jonas", "Peeters", "5A", ("Gezin Peeters", "fam.peeters@skynet.be"), ("Els Maes", "els.maes77@hotmail.com")),
    ("emma", "Emma", "Claes", "2C", ("An Claes", "an.claes@telenet.be"), ("Wouter Claes", "wouter.claes@proximus.be")),
    ("lukas", "Lukas", "Claes", "5D", ("An Claes", "an.claes@telenet.be"), ("Wouter Claes", "wouter.claes@proximus.be")),
    ("mauro", "Mauro", "Rossi", "4B", ("An Claessens", "an.claessens@telenet.be"), ("Marco Rossi", "marco.rossi@gmail.com")),
    ("noahj", "Noah", "Janssens", "1B", ("Sandra Wouters", "sandra.wouters@proximus.be"), ("Kris Janssens", "kjanssens@skynet.be")),
    ("noahe", "Noah", "El Amrani", "1B", ("Samira El Amrani", "samira.elamrani@gmail.com"), None),
    ("kevin", "Kevin", "Lenaerts", "4A", ("Nathalie Lenaerts", "nathalie.lenaerts@hotmail.com"), None),
    ("julie", "Julie", "Lenaerts", "2B", ("Nathalie Lenaerts", "nathalie.lenaerts@hotmail.com"), None),
    ("bram", "Bram", "Dewitte", "4A", ("Johan Dewitte", "dewitte.johan@telenet.be"), ("Ilse Bogaerts", "ilse.bogaerts@telenet.be")),
    ("yasmine", "Yasmine", "Benali", "3A", ("Hanan Bouzid", "hanan.bouzid@gmail.com"), ("Karim Benali", "k.benali@outlook.com")),
    ("ilias", "Ilias", "Benali", "6B", ("Mustapha Benali", "benali.mustapha@hotmail.com"), ("Fatima Benali", "fatima.benali@hotmail.com")),
    ("sara", "Sara", "Vermeulen", "2A", ("Griet Vermeulen", "griet.vermeulen@skynet.be"), ("Pieter Vermeulen", "pvermeulen@telenet.be")),
    ("ward", "Ward", "Vermeulen", "4D", ("Greet Vermeulen", "greet.vermeulen@skynet.be"), None),
    ("amina", "Amina", "Diallo", "2B", ("Mariama Diallo", "mariama.diallo@gmail.com"), None),
    ("aminata", "Aminata", "Diallo", "4C", ("Famille Diallo", "diallo.famille@outlook.com"), ("Oumar Diallo", "oumar.diallo@gmail.com")),
    ("jens", "Jens", "Wouters", "5C", ("Chris Wouters", "chris.wouters@telenet.be"), ("An Heylen", "an.heylen@telenet.be")),
    ("mila", "Mila", "Wouters", "1A", ("Bart Wouters", "wouters.bart@gmail.com"), ("Lien Dhondt", "lien.dhondt@hotmail.com")),
    ("lucasm", "Lucas", "Mertens", "4C", ("Veerle Mertens", "v.mertens@skynet.be"), ("Joris Mertens", "joris.mertens@telenet.be")),
    ("lucasa", "Lucas", "Martens", "3D", ("Ellen Martens", "ellen.martens@gmail.com"), None),
    ("hanne", "Hanne", "De Smet", "6A", ("Kurt De Smet", "desmet.kurt@telenet.be"), ("Katrien Boon", "katrien.boon@telenet.be")),
    ("hannah", "Hannah", "De Smedt", "6C", ("Nele De Smedt", "nele.desmedt@gmail.com"), None),
    ("finn", "Finn", "Vandenberghe", "2D", ("Stijn Vandenberghe", "stijn.vandenberghe@telenet.be"), ("Lore Vandenberghe", "lore.vandenberghe@gmail.com")),
    ("fien", "Fien", "Vandenberghe", "1C", ("Gezin Vandenberghe", "vandenberghe.gezin@skynet.be"), None),
    ("ayoubz", "Ayoub", "Azzouzi", "3C", ("Mohamed Azzouzi", "azzouzi.m@hotmail.com"), ("Nora Azzouzi", "nora.azzouzi@gmail.com")),
    ("ayouba", "Ayoub", "Azzaoui", "5B", ("Rachida Azzaoui", "r.azzaoui@outlook.com"), None),
    ("mohamed", "Mohamed", "Ouali", "4D", ("Rachid Ouali", "ouali.rachid@hotmail.com"), None),
    ("zainab", "Zainab", "Haidari", "1D", ("Maryam Haidari", "m.haidari@outlook.com"), None),
    ("ali", "Ali", "Haidari", "4B", ("Maryam Haidari", "m.haidari@outlook.com"), None),
    ("robbe", "Robbe", "Goris", "3C", ("Dirk Goris", "goris.dirk@telenet.be"), ("Sanne Goris", "sanne.goris@telenet.be")),
    ("nore", "Nore", "Goris", "1A", ("Dirk Goris", "goris.dirk@telenet.be"), ("Sanne Goris", "sanne.goris@telenet.be")),
    ("dylan", "Dylan", "Smolders", "5A", ("Patricia Smolders", "smolders.patricia@hotmail.com"), None),
    ("wout", "Wout", "Verhaegen", "3A", ("Jessica Verhaegen", "jessica.verhaegen@gmail.com"), None),
    ("elise", "Elise", "Michiels", "4B", ("Bert Michiels", "bert.michiels@telenet.be"), ("Caroline Vos", "caroline.vos@skynet.be")),
    ("tibo", "Tibo", "Aerts", "1C", ("Lies Aerts", "lies.aerts@proximus.be"), ("Johan Aerts", "aerts.johan@gmail.com")),
    ("nina", "Nina", "Cools", "5B", ("Nathalie Cools", "cools.nathalie@telenet.be"), ("Patrick Cools", "patrick.cools@telenet.be")),
    ("lisa", "Lisa", "Wyns", "6B", ("Kathleen Wyns", "wyns.kathleen@skynet.be"), ("Geert Wyns", "geert.wyns@telenet.be")),
    ("lien", "Lien", "Stevens", "4A", ("Marleen Stevens", "stevens.marleen@telenet.be"), None),
    ("milan", "Milan", "De Wolf", "3D", ("Ann De Wolf", "dewolf.ann@gmail.com"), ("Steven De Wolf", "steven.dewolf@gmail.com")),
    ("jolien", "Jolien", "Sterckx", "6C", ("Monique Sterckx", "sterckx.monique@hotmail.com"), None),
    ("maxime", "Maxime", "Dupont", "1A", ("Isabelle Dupont", "dupont.isabelle@skynet.be"), ("Laurent Dupont", "laurent.dupont@gmail.com")),
    ("senne", "Senne", "Lambrechts", "2C", ("Evi Lambrechts", "lambrechts.evi@telenet.be"), ("Tim Lambrechts", "tim.lambrechts@telenet.be")),
    ("rayan", "Rayan", "Amrani", "3B", ("Khadija Amrani", "amrani.khadija@gmail.com"), None),
    ("sien", "Sien", "Geerts", "3B", ("Sandra Geerts", "geerts.sandra@hotmail.com"), None),
    ("febe", "Febe", "Nys", "4C", ("Filip Nys", "nys.filip@telenet.be"), ("Marijke Peeters", "marijke.peeters@skynet.be")),
    ("marie", "Marie", "Segers", "5B", ("Hans Segers", "segers.hans@telenet.be"), ("Ann Segers", "ann.segers@telenet.be")),
    ("ines", "Inès", "Moreau", "4D", ("Sylvie Moreau", "moreau.sylvie@gmail.com"), None),
    ("bilal", "Bilal", "Cherif", "6A", ("Karim Cherif", "cherif.karim@hotmail.com"), None),
    ("stan", "Stan", "Hendrickx", "3A", ("Fam. Hendrickx-Mols", "hendrickx.mols@telenet.be"), None),
    ("wannes", "Wannes", "Lauwers", "3D", ("Peter Lauwers", "lauwers.peter@telenet.be"), ("Greet Janssens", "greet.janssens@skynet.be")),
    ("grace", "Grace", "Okafor", "3C", ("Chinwe Okafor", "chinwe.okafor@gmail.com"), None),
    ("arne", "Arne", "Bosmans", "1D", ("Katrien Bosmans", "bosmans.katrien@telenet.be"), None),
    ("mats", "Mats", "Vervoort", "2B", ("Jan Vervoort", "jan.vervoort@telenet.be"), ("Leen Schoofs", "leen.schoofs@gmail.com")),
    ("lars", "Lars", "Smeets", "1B", ("Inge Smeets", "inge.smeets@proximus.be"), None),
    ("robin", "Robin", "Declercq", "6D", ("Frederik Declercq", "f.declercq@skynet.be"), ("Tine Baert", "tine.baert@skynet.be")),
    ("oliver", "Oliver", "Bennett", "2A", ("Sarah Bennett", "sarah.bennett.be@gmail.com"), ("James Bennett", "j.bennett@outlook.com")),
    ("camille", "Camille", "Leroy", "3A", ("Sophie Leroy", "sophie.leroy@skynet.be"), None),
    ("ruben", "Ruben", "Vos", "2C", ("Ellen Vos", "vos.ellen@gmail.com"), None),
    ("tuur", "Tuur", "Beckers", "2D", ("Liesbeth Beckers", "liesbeth.beckers@telenet.be"), ("Kris Moens", "kris.moens@telenet.be")),
    ("jade", "Jade", "Mbuyi", "5C", ("Chantal Mbuyi", "chantal.mbuyi@gmail.com"), None),
    ("seppe", "Seppe", "Vanhoutte", "6D", ("Ilse Vanhoutte", "ilse.vanhoutte@telenet.be"), ("Bart Vanhoutte", "bart.vanhoutte@gmail.com")),
    ("eline", "Eline", "Swinnen", "4A", ("Heidi Swinnen", "heidi.swinnen@proximus.be"), None),
    ("youssef", "Youssef", "Tahiri", "3D", ("Naima Tahiri", "naima.tahiri@hotmail.com"), ("Khalid Tahiri", "k.tahiri@gmail.com")),
    ("kato", "Kato", "Luyten", "5D", ("Sven Luyten", "sven.luyten@telenet.be"), None),
]

BOYS_FL = ["Lucas", "Noah", "Liam", "Louis", "Arthur", "Jules", "Finn", "Mats", "Vic", "Wout", "Lars", "Seppe",
           "Warre", "Siebe", "Bent", "Tuur", "Lander", "Kobe", "Jasper", "Stan", "Milan", "Robbe", "Senne", "Ruben",
           "Jonas", "Emiel", "Matteo", "Nand", "Rune", "Xander", "Lowie", "Staf", "Cas", "Mathis", "Witse", "Brent",
           "Gilles", "Maxim", "Ward", "Daan", "Thibo", "Jarne", "Mauro", "Elias"]
GIRLS_FL = ["Emma", "Lotte", "Marie", "Elise", "Fien", "Noor", "Lien", "Hanne", "Febe", "Nina", "Lisa", "Sara",
            "Mila", "Julie", "Ella", "Lina", "Olivia", "Louise", "Anna", "Jana", "Laura", "Amber", "Margot", "Kato",
            "Ine", "Lore", "Zoë", "Juliette", "Nore", "Charlotte", "Jolien", "Eline", "Axelle", "Marthe", "Roos",
            "Tess", "Lize", "Yana", "Hanne", "Emma", "Lena"]
SUR_FL = ["Vermeiren", "Van den Broeck", "Van Dyck", "Verhoeven", "Vandevelde", "Bogaerts", "Leemans", "Heylen",
          "Dierckx", "Van Gorp", "Vanderlinden", "Thys", "Verbist", "Van Hecke", "De Backer", "Pauwels",
          "Claeys", "Schoofs", "Vanhove", "Roels", "Deprez", "Gielen", "Geens", "Huybrechts", "Moens",
          "Van Roey", "Meeus", "Celis", "Daems", "Verbeeck", "Timmermans", "Sels", "Wyckmans", "Stroobants",
          "Van de Velde", "Peeters", "Janssens", "Mertens", "Wouters", "Aerts", "Lambrechts", "Michiels",
          "Vandenberghe", "De Vos", "Van Aken", "Jorissen", "Ceulemans", "Vranckx", "Hoste", "Bollen",
          "Goovaerts", "Dekeyser", "Van Rompuy", "Nackaerts", "Smolders", "Lenaerts", "Coenen", "Op de Beeck"]
# immigrant families by origin: (boys, girls, surnames, fathers, mothers)
ORIGINS = [
    (["Adam", "Ayoub", "Ilyas", "Yassin", "Mohamed", "Omar", "Hamza", "Amir", "Bilal", "Ibrahim", "Noah"],
     ["Amira", "Yasmine", "Imane", "Salma", "Nour", "Aya", "Hiba", "Fatima", "Sara", "Lina"],
     ["El Idrissi", "Bakkali", "Tahiri", "Benhaddou", "El Khattabi", "Bouzidi", "Benali", "Azzouzi", "Ouali",
      "Chakir", "El Ouardi"],
     ["Mohamed", "Rachid", "Khalid", "Hassan", "Abdel", "Mustafa"], ["Fatima", "Khadija", "Naima", "Samira", "Houda", "Leila"]),
    (["Emir", "Yusuf", "Kerem", "Arda", "Mert", "Ali"], ["Elif", "Zeynep", "Ecem", "Ela", "Defne"],
     ["Yilmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Aydin", "Sahin"],
     ["Mehmet", "Ahmet", "Murat", "Hakan"], ["Aysel", "Emine", "Hatice", "Ayse"]),
    (["Jakub", "Filip", "Mateusz", "Kacper"], ["Zuzanna", "Julia", "Maja", "Hanna"],
     ["Kowalski", "Nowak", "Kowalczyk", "Wozniak"], ["Piotr", "Tomasz", "Marek"], ["Agnieszka", "Anna", "Katarzyna"]),
    (["Dieumerci", "Exaucé", "Christ", "Glody"], ["Grace", "Merveille", "Divine", "Ange"],
     ["Kabongo", "Tshibangu", "Ilunga", "Mbala", "Mbuyi"], ["Jean-Pierre", "Patrick", "Serge"],
     ["Marie-Claire", "Chantal", "Francine"]),
    (["Ahmad", "Mustafa", "Omid", "Reza"], ["Maryam", "Sana", "Zahra", "Hana"],
     ["Rahimi", "Ahmadi", "Hosseini", "Haddad", "Al Hassan"], ["Ahmad", "Hamid", "Samir"], ["Zahra", "Leila", "Rana"]),
    (["Andrei", "Stefan", "Luca"], ["Ioana", "Elena", "Maria"], ["Popescu", "Ionescu", "Petrov"],
     ["Ion", "Mihai"], ["Ana", "Mihaela"]),
    (["Tiago", "Rafael", "Diego"], ["Beatriz", "Inês", "Lucía"], ["Ferreira", "Da Silva", "Gonzalez"],
     ["Carlos", "João"], ["Ana", "Carla"]),
]
PAR_M_FL = ["Tom", "Bart", "Kris", "Peter", "Stijn", "Wim", "Dirk", "Johan", "Steven", "Kurt", "Filip", "Jan",
            "Joris", "Sven", "Frederik", "Nico", "Dieter", "Jeroen", "Gert", "Luc"]
PAR_F_FL = ["An", "Els", "Kristel", "Katrien", "Ilse", "Veerle", "Sarah", "Lien", "Nele", "Evi", "Inge", "Tine",
            "Leen", "Heidi", "Sandra", "Karen", "Griet", "Liesbeth", "Sofie", "Kelly", "Sarah", "Annelies"]


def build_roster():
    rng = random.Random(SEED)
    pupils = []
    used = set()
    for k, f, l, c, p1, p2 in KEY:
        pupils.append(Pupil(k, f, l, c, p1, p2))
        for p in (p1, p2):
            if p:
                used.add(p[1])
    # class slots for the filler pupils
    count = {c: 0 for c in CLASSES}
    for p in pupils:
        count[p.cls] += 1
    slots = []
    for c in CLASSES:
        slots += [c] * max(0, 13 - count[c])
    rng.shuffle(slots)
    provs = ["telenet.be"] * 6 + ["skynet.be"] * 2 + ["proximus.be"] * 2 + ["gmail.com"] * 5 + \
            ["hotmail.com"] * 3 + ["outlook.com"] * 2 + ["icloud.com"]

    def addr(pf, pl, yy):
        pf_, pl_ = norm(pf), norm(pl)
        prov = rng.choice(provs)
        pat = rng.randrange(7)
        if pat == 0:
            a = f"{pf_}.{pl_}@{prov}"
        elif pat == 1:
            a = f"{pl_}.{pf_}@{prov}"
        elif pat == 2:
            a = f"{pf_[0]}{pl_}@{prov}"
        elif pat == 3:
            a = f"{pf_}{pl_}{yy}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.com'])}"
        elif pat == 4:
            a = f"{pf_}_{pl_}@{rng.choice(['hotmail.com', 'outlook.com', 'live.be'])}"
        elif pat == 5:
            a = f"gezin.{pl_}@{prov}"
        else:
            a = f"{pf_[0]}.{pl_}@{prov}"
        n = 2
        base = a
        while a in used:
            user, dom = base.split("@")
            a = f"{user}{n}@{dom}"
            n += 1
        used.add(a)
        return a

    fam = 0
    while slots:
        fam += 1
        imm = rng.random() < 0.3
        if imm:
            boys, girls, surs, pms, pfs = rng.choice(ORIGINS)
        else:
            boys, girls, surs, pms, pfs = BOYS_FL, GIRLS_FL, SUR_FL, PAR_M_FL, PAR_F_FL
        sur = rng.choice(surs)
        pm = rng.choice(pms)
        pf = rng.choice(pfs)
        mother_sur = sur if (imm and rng.random() < 0.5) else rng.choice(surs)
        yy = rng.randint(70, 89)
        # parent 1 is the mother in 60% of the families
        if rng.random() < 0.6:
            p1 = (f"{pf} {mother_sur}", addr(pf, mother_sur, yy))
            p2 = (f"{pm} {sur}", addr(pm, sur, yy)) if rng.random() < 0.7 else None
        else:
            p1 = (f"{pm} {sur}", addr(pm, sur, yy))
            p2 = (f"{pf} {mother_sur}", addr(pf, mother_sur, yy)) if rng.random() < 0.6 else None
        nkids = 2 if rng.random() < 0.16 else 1
        firsts = set()
        for _ in range(nkids):
            if not slots:
                break
            cls = slots.pop()
            girl = rng.random() < 0.5
            names = girls if girl else boys
            first = rng.choice(names)
            while first in firsts:
                first = rng.choice(names)
            firsts.add(first)
            pupils.append(Pupil(f"f{fam}_{first}", first, sur, cls, p1, p2))
    pupils.sort(key=lambda p: (p.cls, norm(p.last), norm(p.first), p.key))
    seen = set()
    for i, p in enumerate(pupils, 1):
        p.id = f"P{i:04d}"
        m = f"{norm(p.first)}.{norm(p.last)}"
        n = 2
        cand = m
        while cand in seen:
            cand = f"{m}{n}"
            n += 1
        seen.add(cand)
        p.mail = f"{cand}@leerling.sintpieterscollege.be"
    return pupils


ROSTER = build_roster()
PUP = {p.key: p for p in ROSTER}
PARENT_OF = {}
for _p in ROSTER:
    for _a in _p.parents:
        PARENT_OF.setdefault(_a, set()).add(_p.id)


def in_class(cls):
    return [p for p in ROSTER if p.cls == cls]


def write_roster():
    path = os.path.join(HERE, "roster.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p.id, p.first, p.last, p.cls, p.mail,
                        p.p1[1] if p.p1 else "", p.p2[1] if p.p2 else ""])


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

SPC = "sintpieterscollege.be"
ST = {
    "svd": ("Sofie Vandamme", "sofie.vandamme@sintpieterscollege.be"),
    "svd_k": ("Sofie Vandamme", "svd@spc.ksleuven.be"),
    "mle": ("Marc Lemmens", "marc.lemmens@sintpieterscollege.be"),
    "mle_k": ("Lemmens Marc", "mle@spc.ksleuven.be"),
    "hve": ("Hilde Verstraeten", "hilde.verstraeten@sintpieterscollege.be"),
    "hve_k": ("Verstraeten Hilde", "hve@spc.ksleuven.be"),
    "gwu": ("Geert Wuyts", "geert.wuyts@sintpieterscollege.be"),
    "dir": ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be"),
    "asm": ("Ann Smets", "ann.smets@sintpieterscollege.be"),
    "kde": ("Karin Desmet", "karin.desmet@sintpieterscollege.be"),
    "lls": ("Leerlingensecretariaat SPC", "leerlingensecretariaat@spc.ksleuven.be"),
    "bja": ("Bart Jacobs", "bart.jacobs@sintpieterscollege.be"),
    "ict": ("ICT Sint-Pieterscollege", "ict@spc.ksleuven.be"),
    "ego": ("Els Goossens", "els.goossens@sintpieterscollege.be"),
    "pcl": ("Pieter Claes", "pieter.claes@sintpieterscollege.be"),
    "ndu": ("Nathalie Dubois", "nathalie.dubois@sintpieterscollege.be"),
    "the": ("Tom Hermans", "tom.hermans@sintpieterscollege.be"),
    "lva": ("Lies Van Acker", "lies.vanacker@sintpieterscollege.be"),
    "kma": ("Koen Maes", "koen.maes@sintpieterscollege.be"),
    "jwi": ("Joke Willems", "joke.willems@sintpieterscollege.be"),
    "dvh": ("Dirk Van Hoof", "dirk.vanhoof@lksd.ksleuven.be"),
    "dpo": ("Privacy Stroom", "privacy@lksd.ksleuven.be"),
    "boek": ("Boekhouding Sint-Pieterscollege", "boekhouding@spc.ksleuven.be"),
    "info": ("Sint-Pieterscollege", "info@spc.ksleuven.be"),
    "new": ("Evelien Dockx", "evelien.dockx@sintpieterscollege.be"),
    # private mailboxes of staff
    "svd_p": ("Sofie Vandamme", "sofie.vandamme77@gmail.com"),
    "mle_p": ("marc lemmens", "marclemmens@hotmail.com"),
    "the_p": ("Tom Hermans", "tomhermans.ski@gmail.com"),
    "hve_p": ("Hilde Verstraeten", "hilde.verstraeten@telenet.be"),
}
EXT = {
    "ocmw1": ("Nadia Boukhari", "nadia.boukhari@sociaalhuis-leuven.be"),
    "ocmw2": ("Jan Verlinden", "jan.verlinden@sociaalhuis-leuven.be"),
    "ocmwk": ("Sociale dienst Kessel-Lo", "sociale.dienst@sociaalhuis-leuven.be"),
    "cpas": ("Isabelle Lambert", "i.lambert@cpas-schaerbeek-social.be"),
    "clb": ("Griet Vanhaecht", "griet.vanhaecht@clb-dijleland.be"),
    "incasso": ("Credifin Incasso - dossierbeheer", "dossierbeheer@credifin-incasso.be"),
    "rev": ("Sarah D'hondt", "sarah.dhondt@verhelst-revisoren.be"),
    "rev_en": ("James O'Neill", "j.oneill@verhelst-revisoren.be"),
    "reis": ("Horizon Jongerenreizen", "boekingen@horizon-jongerenreizen.be"),
    "bus": ("Autocars Dijleland", "planning@autocars-dijleland.be"),
    "lease": ("Wim Raes", "wim.raes@edulease.be"),
    "lease_sup": ("EduLease support", "support@edulease.be"),
    "shop": ("Schoolwinkel Online", "support@schoolwinkel-online.be"),
    "term": ("PayPoint Benelux", "merchant@paypoint-benelux.be"),
    "opvang": ("Opvanghuis De Linde - begeleiding", "begeleiding@delinde-opvang.be"),
    "pleeg": ("Pleegzorg Dijleland", "dienst@pleegzorg-dijleland.be"),
    "cater": ("Traiteur Saveurs d'Ici", "commandes@saveurs-dici.be"),
    "cater_nl": ("Smaakvol catering", "facturatie@smaakvol-catering.be"),
    "soft": ("Administrix support", "helpdesk@admx-software.be"),
    "bakker": ("Bakkerij Vandenbosch", "info@bakkerij-vandenbosch.be"),
    "verz": ("Schoolpolis dossierbeheer", "schade@schoolpolis-verzekering.be"),
    "fonds": ("Groeipakket - klantendienst", "klant@groeipakket-fonds.be"),
    "drukker": ("Drukkerij Peeters & zn", "offerte@drukkerij-peetersenzonen.be"),
}

GROUPS = {  # group addresses (lists) of the school
    "personeel@spc.ksleuven.be", "leerkrachten@spc.ksleuven.be", "zorgteam@spc.ksleuven.be",
    "ouders@spc.ksleuven.be", "ouders6b@spc.ksleuven.be", "ouders3b@spc.ksleuven.be",
    "leerlingen5a@spc.ksleuven.be", "ouders-eerstegraad@spc.ksleuven.be", "klassenraad4@spc.ksleuven.be",
}
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be")
PRIVATE_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be", "proximus.be",
                   "icloud.com", "live.be")
STAFF_PRIVATE = {v[1] for k, v in ST.items() if k.endswith("_p")}

# ---------------------------------------------------------------------------
# signatures (those marked PD carry a Belgian phone number)
# ---------------------------------------------------------------------------

SIG = {
    "svd_tel": "Sofie Vandamme\nSchoolmaatschappelijk werker\nSint-Pieterscollege Leuven | Stroom\n"
               "Tiensestraat 112, 3000 Leuven\nT 016 29 41 80 - GSM 0472 55 18 20\n"
               "Aanwezig ma-di-do",
    "svd": "Sofie Vandamme\nschoolmaatschappelijk werker\nSint-Pieterscollege Leuven",
    "mle_tel": "Met vriendelijke groeten\n\nMarc Lemmens\nBoekhouding\nSint-Pieterscollege Leuven\n"
               "Tiensestraat 112 - 3000 Leuven\ntel. 016 29 41 85",
    "mle": "Groeten,\nMarc",
    "hve": "Vriendelijke groeten,\n\nHilde Verstraeten\nBoekhouding - leerlingenrekeningen\nSint-Pieterscollege Leuven",
    "hve_tel": "Vriendelijke groeten,\n\nHilde Verstraeten\nBoekhouding - leerlingenrekeningen\n"
               "Sint-Pieterscollege Leuven\nTel. +32 16 29 41 86 (voormiddag)",
    "gwu": "Geert Wuyts\nDirecteur\nSint-Pieterscollege Leuven",
    "kde": "Karin Desmet\nLeerlingensecretariaat\nSint-Pieterscollege",
    "bja": "Bart Jacobs\nICT-coördinator Sint-Pieterscollege",
    "ego": "Els Goossens\nzorgcoördinator - leerlingenbegeleiding",
}

# ---------------------------------------------------------------------------
# tiny MIME writer (full control over charset and transfer encoding)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, ctype, body=b"", cte=None, params=None, children=None, disp=None, extra=None):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.params = params or {}
        self.children = children
        self.disp = disp
        self.extra = extra or []


def _encode(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data if data.endswith(b"\n") else data + b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def TXT(text, charset="utf-8", cte=None, subtype="plain", flowed=False):
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    params = {"charset": charset}
    if flowed:
        params["format"] = "flowed"
    return Part(f"text/{subtype}", _encode(data, cte), cte, params)


def HTML(html, charset="utf-8", cte="quoted-printable"):
    return TXT(html, charset, cte, "html")


def ALT(text_part, html_part):
    return Part("multipart/alternative", children=[text_part, html_part])


def MIX(body, *atts):
    return Part("multipart/mixed", children=[body] + list(atts))


CT = {"pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
      "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
      "docm": "application/vnd.ms-word.document.macroEnabled.12",
      "zip": "application/x-zip-compressed", "exe": "application/x-msdownload",
      "bat": "application/x-bat", "ps1": "application/octet-stream", "js": "application/javascript",
      "vbs": "application/octet-stream", "iso": "application/x-iso9660-image", "jpg": "image/jpeg",
      "png": "image/png", "ics": "text/calendar"}


def ATT(filename, data, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    if isinstance(data, str):
        data = data.encode("utf-8")
    ctype = ctype or CT.get(ext, "application/octet-stream")
    return Part(ctype, base64.encodebytes(data), "base64", {"name": filename},
                disp=("attachment", filename))


def _param_str(params):
    return "".join(f'; {k}="{v}"' for k, v in params.items())


def render_part(part, bgen):
    out = []
    if part.children is not None:
        b = bgen()
        out.append(f"Content-Type: {part.ctype};\n\tboundary=\"{b}\"\n".encode())
        for h in part.extra:
            out.append((h + "\n").encode())
        out.append(b"\n")
        if part.ctype == "multipart/mixed":
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for ch in part.children:
            out.append(f"--{b}\n".encode())
            out.append(render_part(ch, bgen))
            out.append(b"\n")
        out.append(f"--{b}--\n".encode())
        return b"".join(out)
    out.append(f"Content-Type: {part.ctype}{_param_str(part.params)}\n".encode())
    out.append(f"Content-Transfer-Encoding: {part.cte}\n".encode())
    if part.disp:
        out.append(f'Content-Disposition: {part.disp[0]};\n\tfilename="{part.disp[1]}"\n'.encode())
    out.append(b"\n")
    out.append(part.body)
    return b"".join(out)


# ---------------------------------------------------------------------------
# attachments that are real files (xlsx, docx, pdf, zip) - built deterministically
# ---------------------------------------------------------------------------

ZDATE = (2024, 9, 1, 8, 0, 0)


def _zip(files):
    bio = __import__("io").BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Blad1", macro=False):
    x = htmlmod.escape
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{x(str(v))}</t></is></c>')
        sd.append(f'<row r="{r}">{"".join(cells)}</row>')
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
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
          f'<sheets><sheet name="{x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{"".join(sd)}</sheetData></worksheet>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)]
    if macro:
        rng = random.Random("vba")
        vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(1528)) + \
            b"Attribute VB_Name = \"Module1\"\r\nSub BerekenPlan()\r\n  Shell \"cmd /c calc\"\r\nEnd Sub\r\n"
        files.append(("xl/vbaProject.bin", vba))
    return _zip(files)


def docx(paragraphs):
    x = htmlmod.escape
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x(p)}</w:t></w:r></w:p>' for p in paragraphs)
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
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, title="document"):
    """Minimal valid one-page PDF with the given text lines (Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) '")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (Microsoft Word) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def csvtext(rows, sep=";"):
    return "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"


# ---------------------------------------------------------------------------
# text helpers: quoting, tables, Outlook-like HTML
# ---------------------------------------------------------------------------


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def gq(who, when, text):
    """Gmail/Apple style quote header + quoted text."""
    return f"Op {nl_short(when)} schreef {who}:\n\n{quote(text)}\n"


def oq(frm, when, to, subject, text, cc=None, style="owa"):
    """Outlook style header block (no '>' quoting)."""
    h = f"Van: {frm}\nVerzonden: {nl_long(when)}\nAan: {to}\n"
    if cc:
        h += f"CC: {cc}\n"
    h += f"Onderwerp: {subject}\n\n"
    if style == "desktop":
        return "-----Oorspronkelijk bericht-----\n" + h + text.strip("\n") + "\n"
    return "________________________________\n" + h + text.strip("\n") + "\n"


def fwd_block(frm, when, subject, to, text):
    return ("---------- Doorgestuurd bericht ---------\n"
            f"Van: {frm}\nDate: {nl_short(when)}\nSubject: {subject}\nTo: {to}\n\n" + text.strip("\n") + "\n")


def ttable(headers, rows, sep="  "):
    cols = list(zip(*([headers] + [[str(c) for c in r] for r in rows])))
    w = [max(len(str(c)) for c in col) for col in cols]
    lines = [sep.join(str(h).ljust(w[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append(sep.join("-" * w[i] for i in range(len(headers))))
    for r in rows:
        lines.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def tabtable(headers, rows):
    return "\n".join("\t".join(str(c) for c in r) for r in [headers] + list(rows))


def _hp(text):
    e = htmlmod.escape(text).replace("\n", "<br>\n")
    return f'<p class="MsoNormal">{e}<o:p></o:p></p>\n'


def _ht(headers, rows):
    th = "".join(f'<td style="border:solid #A6A6A6 1.0pt;background:#DDEBF7;padding:2pt 5pt"><b>'
                 f'{htmlmod.escape(str(h))}</b></td>' for h in headers)
    trs = []
    for r in rows:
        tds = "".join(f'<td style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">{htmlmod.escape(str(c))}</td>'
                      for c in r)
        trs.append(f"<tr>{tds}</tr>")
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">\n'
            f"<tr>{th}</tr>\n" + "\n".join(trs) + "\n</table>\n")


def outlook_html(blocks):
    parts = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            parts.append(_ht(b[1], b[2]))
        elif isinstance(b, tuple) and b[0] == "raw":
            parts.append(b[1])
        else:
            parts.append(_hp(b))
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
            '</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "".join(parts) + "</div>\n</body>\n</html>\n")


def outlook_text(blocks, table="pad"):
    parts = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            parts.append(ttable(b[1], b[2]) if table == "pad" else tabtable(b[1], b[2]))
        elif isinstance(b, tuple) and b[0] == "raw":
            parts.append(b[2] if len(b) > 2 else "")
        else:
            parts.append(b)
    return "\n\n".join(p for p in parts if p) + "\n"


def RICH(blocks, table="pad", cte_text="quoted-printable"):
    """Outlook multipart/alternative with the same content as text and HTML."""
    return ALT(TXT(outlook_text(blocks, table), cte=cte_text), HTML(outlook_html(blocks)))


def HONLY(blocks):
    return HTML(outlook_html(blocks))


# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------

MAILS = []
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CAT_ORDER = ["family", "psychosocial", "medical", "care", "financial"]


def _addr(x):
    if isinstance(x, tuple):
        return x
    if x in ST:
        return ST[x]
    if x in EXT:
        return EXT[x]
    return ("", x)


def mail(slug, frm, to, subject, body, *, date, cc=(), bcc=(), client="outlook", rules=(), cats=(),
         about=(), mis=False, note="", lang="nl", fmt=(), reply=False, env_from=None, kind="",
         headers=()):
    rules = list(rules)
    if mis and "recipient" not in rules:
        rules.append("recipient")
    MAILS.append(dict(slug=slug, frm=_addr(frm), to=[_addr(t) for t in to], cc=[_addr(t) for t in cc],
                      bcc=[_addr(t) for t in bcc], subject=subject, body=body, date=date, client=client,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      fmt=list(fmt), reply=reply, env_from=env_from, kind=kind, headers=list(headers)))


def P(key):
    return PUP[key]


def par(key, n=1):
    p = PUP[key]
    return p.p1 if n == 1 else p.p2


# ===========================================================================
# MAILS 1/5 - credentials (password) - 35 mails
# ===========================================================================

ST["subst"] = ("Jasmien Verbruggen", "jasmien.verbruggen@sintpieterscollege.be")

mail("pincode-kaartlezer", "hve", ["mle"], "pincode",
     TXT("Marc, de pincode van de bankkaart voor de kaartlezer (schoolrekening) is 7351.\n"
         "Ik ben er morgen niet, dus jij moet de betaling aan Horizon voor de Romereis goedkeuren.\n\n"
         "Verzonden vanaf mijn iPhone", cte="quoted-printable"),
     date="2024-10-08 17:42", client="iphone", rules=["password"], fmt=["phone", "short"],
     note="bank card PIN for the card reader sent to a colleague from a phone")

_p2 = [
    "Dag Evelien,",
    "Welkom op de boekhouding! Zoals beloofd hieronder de gedeelde accounts die we op de dienst gebruiken. "
    "Je eigen Smartschool- en Office-account krijg je van Bart (ICT).",
    ("table", ["Systeem", "Login", "Wachtwoord", "Opmerking"], [
        ["Administrix boekhouding", "boekhouding.spc", "Tiensestr@at112", "gedeelde account, niet wijzigen!"],
        ["Webshop (beheer)", "spc-admin", "Sw3ater!2024", "bestellingen sweaters/turnkledij"],
        ["Betaalterminal onthaal", "-", "1905", "beheerdersmenu, enkel voor terugbetalingen"],
        ["Kluis secretariaat", "-", "6-29-04", "wisselgeld kassa"],
    ]),
    "Als er iets niet lukt, kom gerust even binnen. Ik ben er elke dag behalve woensdagnamiddag.",
    SIG["mle_tel"],
]
mail("welkom-gedeelde-accounts", "mle", ["new"], "Welkom + gedeelde accounts boekhouding", RICH(_p2),
     date="2024-09-02 08:37", rules=["password", "personal_data"], fmt=["table", "outlook-html"],
     note="table of shared accounts with passwords (accounting software, webshop, terminal, safe); phone in signature")

mail("webshop-login-kerstmarkt", "jwi", ["hve"], "login webshop kerstmarkt",
     TXT("Hoi Hilde,\n\nVoor de kerstmarkt van vrijdag: de leerlingen van de mini-onderneming verkopen ook via "
         "de webshop (afhalen aan de stand).\n\ngebruikersnaam: kerstmarkt.spc\nwachtwoord: Kerstmarkt2024!\n\n"
         "Kan jij na de markt de bestellingen afpunten met de betalingen op de rekening? Dan tel ik de cash.\n\n"
         "Thx!\nJoke"),
     date="2024-12-16 12:05", client="owa", rules=["password"],
     note="webshop username and password in plain text to a colleague")

mail("auditor-readonly-access", "mle", ["rev_en"], "Read-only access Administrix",
     TXT("Dear James,\n\nAs agreed during our call, I created a read-only user for you in our accounting "
         "software so you can prepare the interim audit from your office.\n\n"
         "URL: https://spc.admx-cloud.be\nUser: audit.verhelst\nTemporary password: Qv7#mR2p-kL\n\n"
         "You will be asked to change the password at first login. The account is valid until 28 February.\n\n"
         "Kind regards,\n\nMarc Lemmens\nAccounting - Sint-Pieterscollege Leuven"),
     date="2025-01-20 10:14", lang="en", rules=["password"],
     note="temporary password for the accounting software sent to the external auditor")

mail("kassa-krokusvakantie", "hve", ["kde"], "kassa tijdens de krokusvakantie",
     TXT("Dag Karin,\n\nTijdens de krokusvakantie neem jij de kassa van het onthaal over (ik ben weg van 1 tot 9 "
         "maart). Een paar praktische zaken:\n\n"
         "- het wisselgeld zit in de grijze cassette in de kluis van het secretariaat: 150 euro in muntjes en "
         "briefjes van 5 en 10\n"
         "- de kluis: eerst 3 keer naar rechts tot 6, dan naar links tot 29, dan terug naar rechts tot 04\n"
         "- alles wat binnenkomt noteer je in het kasboek (blauwe map), met naam van de leerling en waarvoor\n"
         "- betaalt iemand met de terminal, dan het ticketje in de map steken\n\n"
         "Op vrijdag 7 maart komt Marc de kassa tellen, dan moet het kasboek kloppen.\n\n"
         "Bedankt he!\n\n" + SIG["hve"]),
     date="2025-02-26 15:51", rules=["password"],
     note="combination of the safe described as turning instructions inside practical notes")

mail("wifi-revisoren", "bja", ["rev"], "Praktisch: netwerk tijdens jullie controle",
     TXT("Beste mevrouw D'hondt,\n\nTijdens jullie controle op 3 en 4 februari kunnen jullie in lokaal A.014 "
         "werken. Voor het internet kunnen jullie op het gastennetwerk:\n\n"
         "  netwerk: SPC-Gasten\n  sleutel: DijleStroom#2025\n\n"
         "Printen gaat niet via het gastennetwerk; als jullie iets moeten afdrukken, vraag het aan Marc Lemmens.\n\n"
         "Met vriendelijke groet,\n" + SIG["bja"]),
     date="2025-01-29 11:22", rules=["password"],
     note="Wi-Fi key sent to the external auditor")

mail("herstelcodes-mfa-boekhouding", "bja", ["mle"], "Herstelcodes MFA boekhouding@",
     TXT("Marc,\n\nHierbij de herstelcodes voor de tweestapsverificatie van de gedeelde mailbox "
         "boekhouding@spc.ksleuven.be. Elke code werkt maar 1 keer.\n\n"
         "4829-1173   9021-5534\n7736-0428   1185-9902\n6640-3317   2298-7561\n5013-8846   3372-1190\n\n"
         "Print ze af en leg ze in de kluis, en verwijder daarna deze mail aub (ook uit verwijderde items).\n\n"
         "Bart"),
     date="2024-11-05 14:03", client="thunderbird", rules=["password"],
     note="MFA recovery codes of a shared mailbox")

mail("sms-code-isabel", "mle", ["hve"], "Dringend",
     TXT("Hilde ik krijg een sms van Isabel met code 482913, kan jij die ingeven op mijn pc? Staat nog open. "
         "Ik sta in de file op de E40, code is maar 5 min geldig\n\nVerstuurd vanaf mijn Galaxy"),
     date="2024-10-17 08:21", client="android", rules=["password"], fmt=["phone", "short"],
     note="one-time SMS code for online banking forwarded to a colleague")

_lap = in_class("1C")[:6]
_laprows = [["Leerling", "Klas", "Serienummer", "Gebruikersnaam", "Startwachtwoord"]]
_rl = random.Random("laptops1C")
for _p in _lap:
    _laprows.append([_p.full, _p.cls, f"5CG{_rl.randint(1000000, 9999999)}",
                     _p.mail.split("@")[0], f"Start-{_rl.randint(1000, 9999)}{_rl.choice('abcdefghjkmnpqrstuvwxyz')}"])
mail("laptops-1c-startwachtwoorden", "bja", ["hve"], "laptops 1C klaar",
     MIX(TXT("Dag Hilde,\n\nDe laptops van 1C (afbetaling via de schoolrekening) zijn klaar. In bijlage de lijst "
             "met serienummers, zodat jij ze aan de juiste rekening kan koppelen. De leerlingen moeten het "
             "startwachtwoord bij de eerste aanmelding wijzigen.\n\nMaandag deel ik ze uit in de klas.\n\n"
             "Bart"),
         ATT("laptops_1C_uitlevering.csv", csvtext(_laprows))),
     date="2024-09-20 13:40", rules=["password"], about=[p.key for p in _lap],
     note="CSV attachment lists start passwords of pupils' laptops")

mail("ocmw-portaal-vervanging", "svd", ["subst"], "Overdracht tijdens mijn afwezigheid",
     TXT("Dag Jasmien,\n\nFijn dat je me de komende weken vervangt. Een paar dingen die je nodig hebt:\n\n"
         "1. Aanvragen voor tussenkomst in de maaltijden gaan via het portaal van het Sociaal Huis. "
         "Gebruikersnaam is svd.spc, het wachtwoord is: hoofdletter L, dan euven in kleine letters, dan het "
         "jaartal 2025, dan een uitroepteken en een hekje op het einde.\n\n"
         "2. De aanvragen voor het solidariteitsfonds liggen in de grijze kast, tweede schuif. Beslissingen "
         "altijd samen met Geert of Ann.\n\n"
         "3. Maandagvoormiddag is er overleg met het CLB, dat mag je gewoon overnemen.\n\n"
         "4. Afbetalingsplannen maakt Hilde op, jij moet enkel mee tekenen.\n\n"
         "Succes en bel me gerust als er iets is.\n\n" + SIG["svd"]),
     date="2025-03-14 16:10", rules=["password"],
     note="portal password spelled out in words inside a handover note")

mail("kassa-pc-wachtwoord-lijnen", "hve", ["mle"], "kassa pc",
     TXT("Marc,\nnieuw ww kassa-pc (heb het moeten resetten, hij vroeg het na de update):\n\nKassa\nTien\n88\n\n"
         "alles aan elkaar, hoofdletters zoals hier\nH"),
     date="2024-11-12 09:03", client="owa", rules=["password"], fmt=["short"],
     note="password split over several lines")

mail("cpas-releve-protege", "svd", ["cpas"], "Relevé des frais scolaires - dossier 2024/118",
     MIX(TXT("Madame Lambert,\n\nComme convenu par téléphone, je vous envoie en annexe le relevé des frais "
             "scolaires pour le dossier 2024/118.\n\nLe fichier est protégé par un mot de passe : Ecole-2425\n\n"
             "N'hésitez pas à me contacter si vous avez besoin d'autres documents.\n\nBien à vous,\n\n"
             "Sofie Vandamme\nAssistante sociale - Sint-Pieterscollege Leuven"),
         ATT("releve_frais_2024-118.pdf", pdf(["Sint-Pieterscollege Leuven", "Releve des frais scolaires",
                                                "Dossier 2024/118", "1er trimestre: 214,50 EUR",
                                                "2e trimestre: 187,00 EUR"], "releve"))),
     date="2025-02-04 11:37", lang="fr", rules=["password"],
     note="password of the attached PDF given in the same mail (French)")

mail("kopieercode-boekhouding", "hve", ["kde"], "je kopieercode",
     TXT("Karin, je kopieercode voor de printer op de boekhouding is 40417. Niet doorgeven aan de leerlingen he :-)\n"
         "Hilde"),
     date="2024-09-12 10:45", client="owa", rules=["password"], fmt=["short"],
     note="printer/copier code")

mail("deurcode-alarm-sociale-dienst", "gwu", ["svd"], "Praktisch voor de start",
     TXT("Dag Sofie,\n\nWelkom terug na de zomer. Nog wat praktische dingen:\n\n"
         "- deurcode zijdeur Tiensestraat (naast de fietsenstalling): 2580#\n"
         "- alarm als je als laatste vertrekt: 1973 en dan OFF/ON\n"
         "- de sleutel van je nieuwe bureau (C.012) ligt bij Karin op het secretariaat\n\n"
         "De eerste personeelsvergadering is donderdag om 16u in de refter.\n\nGeert"),
     date="2024-08-28 09:12", client="outlook", rules=["password"],
     note="door code and alarm code")

mail("administrix-reset-b64", "mle", ["hve"], "Administrix terug in orde",
     TXT("Hilde,\n\nDe helpdesk van Administrix heeft je account gereset. Je nieuw tijdelijk wachtwoord is:\n\n"
         "    Wk7!pL2q-Spc\n\nBij de eerste keer inloggen moet je het zelf wijzigen. De openstaande facturen "
         "van Smaakvol kan je daarna gewoon verder inboeken.\n\nMarc", cte="base64"),
     date="2024-10-02 08:55", client="thunderbird", rules=["password"],
     note="temporary password, body base64-encoded")

mail("paypoint-portaal-qp", "bja", ["jwi"], "PayPoint portaal - terminal koppelen",
     TXT("Dag Joke,\n\nVoor de kerstmarkt moet de mobiele terminal nog aan het handelaarsportaal van PayPoint "
         "gekoppeld worden. Dat kan je zelf doen via https://merchant.paypoint-benelux.be:\n\n"
         "login: joke.willems@sintpieterscollege.be\nwachtwoord: Terminal#Spc24\n\n"
         "Kies daarna 'Toestel toevoegen' en geef het serienummer op de achterkant van de terminal in. "
         "Eén terminal is genoeg, de tweede blijft aan het onthaal.\n\nGroeten,\nBart", cte="quoted-printable"),
     date="2024-12-09 15:27", client="outlook", rules=["password"],
     note="merchant portal login of the payment terminal; quoted-printable body")

mail("kassa-pc-paswoord-cp1252", "hve", ["mle"], "Paswoord kassa onthaal gewijzigd",
     TXT("Marc,\n\nNa de update van Windows vroeg de pc aan het onthaal een nieuw paswoord. Het is nu:\n\n"
         "Büfé2025!  (met de puntjes op de ü en het accent op de é)\n\n"
         "De kassa zelf (het programma) is niet veranderd. Het kasverslag van oktober ligt op je bureau, "
         "verschil € 2,40 - muntjes van 20 cent die in de verkeerde zak zaten.\n\nHilde",
         charset="windows-1252", cte="8bit"),
     date="2024-11-04 16:48", rules=["password"],
     note="PC password with accented letters, Windows-1252 8bit body")

mail("bios-wachtwoord-laptops", "bja", ["hve"], "Terugname laptops - BIOS",
     TXT("Hilde,\n\nAls een leerling een laptop terugbrengt (einde afbetaling of stopzetting) en ik ben er niet, "
         "kan je hem zelf terugzetten naar de fabrieksinstellingen. Daarvoor vraagt hij het BIOS-wachtwoord: "
         "SPC-Bios-7731\n\nF10 bij het opstarten, dan Security > Restore. Duurt een half uur.\n\nBart"),
     date="2025-04-22 13:16", client="thunderbird", rules=["password"],
     note="BIOS/supervisor password of the school laptops")

mail("bankmandaten-overzicht-txt", "mle", ["dvh"], "Bankmandaten SPC",
     MIX(TXT("Dirk,\n\nVoor je overzicht van de bankmandaten van de scholen: zie bijlage voor Sint-Pieters. "
             "Hilde en ik hebben elk een kaart, de directeur tekent enkel boven 10.000 euro.\n\nMarc"),
         ATT("toegang_bank_SPC.txt",
             "Belfius Business - Sint-Pieterscollege\r\n"
             "Gebruiker: SPC-LEUVEN-02\r\n"
             "PIN kaart 1 (Marc): 8824\r\n"
             "PIN kaart 2 (Hilde): 7351\r\n"
             "Isabel: kaartlezer in kluis, wachtwoord Isabel: Ibl-Spc-2024\r\n"
             "Limiet per verrichting: 10.000 EUR\r\n")),
     date="2024-10-21 11:02", rules=["password"],
     note="bank card PINs and an online banking password in a .txt attachment")

mail("overzicht-accounts-xlsx", "bja", ["new"], "overzicht accounts",
     MIX(TXT("Dag Evelien,\n\nIn bijlage het overzicht van de accounts die je op de boekhouding nodig hebt. "
             "Bewaar het op je eigen OneDrive, niet op de gedeelde schijf.\n\nBart"),
         ATT("accounts_boekhouding.xlsx", xlsx([
             ["Toepassing", "Gebruiker", "Wachtwoord", "Wie"],
             ["Administrix", "boekhouding.spc", "Tiensestr@at112", "Marc, Hilde, Evelien"],
             ["Webshop beheer", "spc-admin", "Sw3ater!2024", "Hilde, Joke"],
             ["Sociaal Huis portaal", "svd.spc", "Leuven2025!#", "Sofie"],
             ["Printer boekhouding", "-", "40417", "iedereen"],
         ], "accounts"))),
     date="2024-09-03 10:30", client="thunderbird", rules=["password"],
     note="xlsx attachment with shared accounts and passwords")

mail("co-account-goris", "kde", [par("robbe")], "Co-account Smartschool",
     TXT("Beste meneer Goris,\n\nZoals telefonisch gevraagd heb ik het co-account van Robbe (3C) opnieuw "
         "ingesteld. U kan inloggen op https://sintpieterscollege.smartschool.be met:\n\n"
         "gebruikersnaam: robbe.goris (co-account 1)\nwachtwoord: Robbe-Co7742\n\n"
         "U moet het wachtwoord bij de eerste aanmelding wijzigen. Daarna kan u de facturen en het rapport "
         "opnieuw raadplegen.\n\nMet vriendelijke groeten,\n\n" + SIG["kde"]),
     date="2024-10-10 14:20", rules=["password"], about=["robbe"],
     note="new co-account password sent to a parent (correctly addressed, nothing sensitive)")

mail("webshop-api-key", "jwi", ["bja"], "koppeling webshop - betalingen",
     TXT("Bart,\n\nDe firma van de webshop zegt dat we de betaalmodule zelf moeten koppelen. Ze hebben me deze "
         "gegevens gestuurd, kan jij dat instellen? Ik snap er niks van :)\n\n"
         "Merchant ID: SPC-LEU-20931\nAPI key (live): sk_live_51Hx9Q2bL7mKp0Tz8VwR4aYc\n"
         "Webhook secret: whsec_7fK2pQ9xL1mN8vB3\n\nJoke"),
     date="2024-11-27 20:14", client="owa", rules=["password"],
     note="live API key and webhook secret of the webshop's payment module")

mail("sleutelkastje-code", "hve", ["svd"], "sleutel",
     TXT("Sofie, sleutelkastje naast de boekhouding: code 0815. De sleutel van de geldkist van het "
         "solidariteitsfonds hangt aan haakje 3.\n\nVerzonden vanaf mijn iPhone", cte="quoted-printable"),
     date="2024-12-03 07:58", client="iphone", rules=["password"], fmt=["phone", "short"],
     note="key cabinet code from a phone")

mail("reiskaart-pincode-ski", "the", ["hve"], "reiskaart skireis",
     TXT("Hilde,\n\nDe prepaidkaart voor de skireis is toegekomen (3.000 euro opgeladen zoals afgesproken). "
         "Pincode: 2207. De kaart zit in de enveloppe bij de reisdocumenten in jouw kast.\n\n"
         "Ik stuur na de reis alle bonnetjes door.\n\nTom"),
     date="2025-01-31 13:33", client="owa", rules=["password"],
     note="PIN of the prepaid travel card")

_q25 = ("Hilde,\n\nHet nieuwe wachtwoord van de gedeelde account in Administrix is Boekjaar#2025.\n"
        "Niet op een post-it aan het scherm deze keer ;-)\n\nMarc")
mail("re-nieuw-wachtwoord-administrix", "hve", ["mle"], "RE: nieuw wachtwoord Administrix",
     TXT("Gelukt, bedankt!\n\nHilde\n\n" + oq("Marc Lemmens <marc.lemmens@sintpieterscollege.be>",
                                          "2025-01-06 08:12", "Hilde Verstraeten", "nieuw wachtwoord Administrix",
                                          _q25)),
     date="2025-01-06 08:31", reply=True, rules=["password"],
     note="reply that quotes the original mail carrying the password")

_w26 = ("Beste Evelien,\n\nWelkom bij Sint-Pieterscollege! Je account is aangemaakt.\n\n"
        "Gebruikersnaam: evelien.dockx@sintpieterscollege.be\nTijdelijk wachtwoord: Welkom-8842!\n\n"
        "Bij je eerste aanmelding word je gevraagd een nieuw wachtwoord te kiezen en de Authenticator-app in "
        "te stellen.\n\nICT Sint-Pieterscollege")
mail("fw-welkom-account", "new", ["mle"], "FW: Welkom - je account",
     TXT("Marc, dit kreeg ik van ICT, maar ik geraak niet in Administrix. Moet ik daar hetzelfde wachtwoord "
         "gebruiken?\n\nEvelien\n\n" + oq("ICT Sint-Pieterscollege <ict@spc.ksleuven.be>", "2024-08-30 15:02",
                                          "Evelien Dockx", "Welkom - je account", _w26)),
     date="2024-09-02 09:05", rules=["password"], fmt=["forward"],
     note="forward of the IT welcome mail that contains the start password")

mail("laptop-jens-tijdelijk-wachtwoord", "bja", [("Jens Wouters", P("jens").mail)], "Je laptop is klaar",
     TXT("Dag Jens,\n\nJe laptop is opnieuw geïnstalleerd (de schijf was inderdaad stuk, valt onder de "
         "garantie). Je kan hem ophalen bij ICT in lokaal B.104, vanaf morgen tijdens de middagpauze.\n\n"
         "Tijdelijk wachtwoord voor Windows: Jens#5C-2917\n\nJe bestanden op OneDrive zijn niet verloren.\n\n"
         "Meneer Jacobs"),
     date="2025-02-11 11:48", client="thunderbird", rules=["password"], about=["jens"],
     note="temporary laptop password sent to the pupil himself")

mail("isabel-activatiecode", "mle", ["hve"], "Isabel 6 activatie",
     HONLY(["Hilde,",
            "De nieuwe Isabel-kaart voor jou is toegekomen. De activatiecode die per brief kwam is "
            "K7Q4-9XW2-M3PD, de tweede helft (per sms op mijn gsm) is 8812.",
            "Ga naar isabel.eu > Activeren en volg de stappen, je hebt de kaartlezer nodig.",
            "Marc"]),
     date="2024-11-18 09:40", rules=["password"], fmt=["outlook-html"],
     note="activation code of the online banking card, html-only")

mail("ww-boekhouding-herfst", "hve", ["mle"], "ww",
     TXT("ww boekhouding is veranderd naar Herfst2024, met hoofdletter H. Ik ben om 12u weg\n\n"
         "Verzonden vanaf mijn iPhone"),
     date="2024-10-25 11:51", client="iphone", rules=["password"], fmt=["phone", "short"],
     note="very short phone mail with the shared accounting password")

mail("grootboek-revisor-beveiligd", "mle", ["rev"], "Grootboek 2024",
     MIX(TXT("Beste Sarah,\n\nIn bijlage het grootboek 2024 van Sint-Pieters, zoals gevraagd in jullie lijst "
             "(punt 4). Het bestand is beveiligd, het wachtwoord is Revisie-2024!\n\n"
             "De verantwoordingsstukken van de solidariteitsrekening breng ik mee op 3 februari.\n\n"
             + SIG["mle_tel"]),
         ATT("Grootboek_SPC_2024.pdf", pdf(["Sint-Pieterscollege Leuven - Grootboek 2024",
                                            "Rekening 7000 Schoolkosten leerlingen ...",
                                            "Rekening 6100 Diensten en diverse goederen ..."], "Grootboek"))),
     date="2025-01-24 16:05", rules=["password", "personal_data"],
     note="file password in the same mail to the auditor; phone number in signature")

_p34 = ["Dirk,",
        "Zoals gevraagd de gegevens voor Isabel 6 zodat jij de betalingen kan doen tijdens mijn afwezigheid "
        "(operatie 13/5, ik ben 3 weken thuis):",
        ("table", ["", ""], [["Gebruikersnaam", "SPCLEU01"], ["Wachtwoord", "Is@bel-2025"],
                             ["PIN kaart (in kluis)", "4690"]]),
        "De lonen van het contractueel personeel staan al klaar, enkel nog ondertekenen op 25/5.",
        SIG["mle_tel"]]
mail("isabel-vervanging-dirk", "mle", ["dvh"], "Isabel tijdens mijn afwezigheid", RICH(_p34),
     date="2025-05-07 17:20", rules=["password", "personal_data"], fmt=["table", "outlook-html"],
     note="online banking login, password and card PIN in an HTML table; phone in signature")

mail("code-acces-portail-leroy", "kde", [par("camille")], "Accès au portail de paiement",
     TXT("Madame Leroy,\n\nSuite à votre appel de ce matin, voici votre code d'accès personnel pour le portail "
         "de paiement de l'école (excursion à Paris de Camille, 3A) :\n\n"
         "identifiant : leroy.sophie\nmot de passe provisoire : Pv9-Xt4m\n\n"
         "Vous pourrez le modifier après la première connexion. Le paiement de 65 euros est à effectuer avant "
         "le 15 mars.\n\nCordialement,\n\nKarin Desmet\nSecrétariat des élèves - Sint-Pieterscollege"),
     date="2025-02-27 10:09", lang="fr", rules=["password"], about=["camille"],
     note="temporary portal password sent to a parent in French (nothing sensitive)")

mail("mdm-admin-edulease", "bja", ["lease_sup"], "Ticket 44871 - enrolment fails",
     TXT("Hello,\n\nRegarding ticket 44871: the new laptops of our pupils (instalment programme) fail to enrol "
         "in the MDM since Monday. To speed things up you can log in to our tenant yourself:\n\n"
         "admin account: admin@spc-mdm.onmicrosoft.com\npassword: Mdm!Spc2024#\n\n"
         "Please let me know when it is fixed so I can change the password again.\n\nBest regards,\n"
         "Bart Jacobs\nICT coordinator, Sint-Pieterscollege Leuven"),
     date="2024-10-15 09:31", lang="en", client="thunderbird", rules=["password"],
     note="admin password of the device management tenant sent to the supplier's helpdesk")

_dob_kevin = "12032009"
mail("ocmw-dossier-lenaerts-pdf", "svd", ["ocmw1"], "Dossier Lenaerts - schoolkosten",
     MIX(TXT("Dag Nadia,\n\nIn bijlage het overzicht van de openstaande schoolrekeningen van Kevin Lenaerts "
             "(4A) en zijn zus, zoals besproken. Mama kan de voorschotten van de Londenreis niet betalen en "
             "vraagt of het OCMW kan tussenkomen.\n\n"
             f"De pdf is beveiligd, het wachtwoord is zijn geboortedatum ({_dob_kevin}).\n\n"
             "Groetjes\n\n" + SIG["svd_tel"]),
         ATT("Lenaerts_openstaand.pdf", pdf(["Overzicht openstaande rekeningen - Lenaerts",
                                             "Factuur 2024-1187  Kevin   212,40 EUR",
                                             "Factuur 2024-1188  Julie   146,00 EUR"], "openstaand"))),
     date="2024-11-21 14:44", rules=["password", "sensitive", "personal_data"], cats=["financial"],
     about=["kevin", "julie"],
     note="PDF password (= pupil's birth date) in the mail; unpaid bills and OCMW request; phone in signature")

_q38 = ("Beste,\n\nSinds vanochtend kan ik niet meer inloggen in het beheer van onze webshop "
        "(sintpieters.schoolwinkel-online.be). Ik gebruik gebruiker spc-admin en wachtwoord Sw3ater!2024, "
        "dat heeft altijd gewerkt. Kan u nakijken wat er mis is?\n\nHilde Verstraeten\nSint-Pieterscollege")
mail("fw-webshop-login-support", "hve", ["shop"], "FW: Inloggen beheer webshop lukt niet",
     TXT("Goedemiddag,\n\nIk stuur mijn vraag van dinsdag nog eens door, want ik heb nog geen antwoord gekregen. "
         "De ouders kunnen intussen ook niet betalen.\n\n" + SIG["hve"] + "\n\n" +
         oq("Hilde Verstraeten", "2024-11-19 09:17", "support@schoolwinkel-online.be",
            "Inloggen beheer webshop lukt niet", _q38)),
     date="2024-11-21 12:40", rules=["password"], fmt=["forward"],
     note="forward to the supplier's support that carries the admin password in the quoted mail")


# ===========================================================================
# MAILS 2/5 - look-alikes (15) and general letters to all parents / all staff (20)
# ===========================================================================

mail("administrix-wachtwoord-verloopt", "bja", ["hve"], "Je wachtwoord van Administrix verloopt",
     TXT("Dag Hilde,\n\nJe kreeg vanochtend waarschijnlijk de melding dat je wachtwoord van Administrix binnen "
         "5 dagen verloopt. Dat is normaal, sinds de update moet iedereen het om de 90 dagen wijzigen.\n\n"
         "Wijzigen kan via Instellingen > Mijn profiel > Wachtwoord wijzigen. Tip: kies een zin van een paar "
         "woorden, dat is makkelijker te onthouden dan een rijtje tekens. En stuur het aan niemand door, ook "
         "niet aan mij.\n\nBart"),
     date="2024-12-02 09:14", client="thunderbird",
     note="look-alike: mail about a password that expires, no password in it")

_l2par = in_class("2B")[3]
mail("webshop-wachtwoord-vergeten-ouder", "hve", [_l2par.p1], "RE: kan niet inloggen webshop",
     TXT("Beste,\n\nU kan uw wachtwoord van de webshop zelf opnieuw instellen: klik op de loginpagina op "
         "'Wachtwoord vergeten?' en vul uw e-mailadres in. U krijgt dan een link om een nieuw wachtwoord te "
         "kiezen. Wij kunnen uw wachtwoord niet zien en ook niet doorsturen.\n\nLukt het niet, laat het gerust "
         "weten, dan maken we een nieuwe account aan.\n\n" + SIG["hve"] + "\n\n" +
         gq(f"{_l2par.p1[0]} <{_l2par.p1[1]}>", "2024-09-23 20:41",
            "Goedenavond, ik probeer de turnkledij te bestellen maar mijn wachtwoord werkt niet meer. "
            "Kunnen jullie het mij opsturen? Mvg")),
     date="2024-09-24 08:47", reply=True,
     note="look-alike: how to reset the webshop password; no pupil named, single parent")

mail("re-kluis-code-mondeling", "kde", ["hve"], "RE: kassa tijdens de krokusvakantie",
     TXT("Hilde,\n\nIn orde, ik doe het. Maar geef me de code van de kluis morgen mondeling, ik heb op de "
         "infosessie van privacy@ gehoord dat we zoiets niet meer via mail mogen sturen.\n\nKarin"),
     date="2025-02-26 16:20", reply=True, client="owa",
     note="look-alike: asks for the safe code to be given orally; no code in the reply")

mail("bestelling-laptops-edulease", "bja", ["lease"], "Bestelling EL-2024-10877 - levering",
     TXT("Dag Wim,\n\nBedankt voor de bevestiging. Ter controle:\n\n"
         "- bestelling EL-2024-10877: 64 toestellen (HP ProBook 440), waarvan 52 voor het afbetalingsproject "
         "eerste graad en 12 reserve\n- levering maandag 14/10 tussen 8u en 10u, lokaal B.104 (via de poort "
         "in de Tiensestraat)\n- factuur op naam van LKSD vzw, klantnummer 100245, met vermelding PO-SPC-2024-031\n\n"
         "Mag de factuur in twee delen (september en januari)? Dat spreidt het voor onze boekhouding.\n\n"
         "Groeten,\n" + SIG["bja"]),
     date="2024-10-03 10:02",
     note="look-alike: order, customer and PO numbers that open nothing")

_ogm1 = ogm(9002314479)
mail("onbekende-betaling-ogm", "mle", ["hve"], "betaling niet te koppelen",
     TXT(f"Hilde,\n\nOp de rekening kwam gisteren 85,00 euro binnen met mededeling {_ogm1}, maar ik vind die "
         "niet terug bij de openstaande facturen. Naam van de opdrachtgever is enkel 'J. en M.'. Kan jij in de "
         "webshop zoeken? Misschien een bestelling turnkledij die niet juist is doorgekomen.\n\nMarc"),
     date="2024-10-09 11:26",
     note="look-alike: structured payment reference, not a secret; no pupil named")

_teams = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-vergadering\n"
    "Deelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
    "Klik hier om deel te nemen aan de vergadering "
    "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjE2NDEtOWQ0Zi00@thread.v2/0?context=%7b%22Tid%22%3a%22spc%22%7d>\n"
    "Vergadering-ID: 372 614 905 118\nWachtwoordcode: Hq7Tz2\n"
    "Teams downloaden <https://www.microsoft.com/microsoft-teams/download-app> | "
    "Deelnemen via internet <https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "________________________________________________________________________________")
_teams_html = (
    '<div style="margin-bottom:24px;overflow:hidden"><hr><p><span style="font-size:24px;font-weight:700">'
    'Microsoft Teams-vergadering</span></p><p><b>Deelnemen op uw computer, mobiele app of apparaat in de '
    'ruimte</b></p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjE2NDEtOWQ0Zi00'
    '@thread.v2/0?context=%7b%22Tid%22%3a%22spc%22%7d">Klik hier om deel te nemen aan de vergadering</a></p>'
    '<p>Vergadering-ID: 372 614 905 118<br>Wachtwoordcode: Hq7Tz2</p><hr></div>')
_l6 = ["Dag Jan,",
       "Zoals afgesproken plan ik het overleg over de samenwerking rond de warme maaltijden en de "
       "tussenkomsten voor schoolkosten in op dinsdag 19 november om 14u, online.",
       "Agenda: 1. evaluatie eerste trimester 2. nieuwe aanvraagprocedure 3. varia",
       ("raw", _teams_html, _teams),
       "Tot dan!\nSofie"]
mail("teams-overleg-sociaal-huis", "svd", ["ocmw2"], "Overleg samenwerking maaltijden en schoolkosten",
     RICH(_l6), date="2024-11-12 13:05",
     note="look-alike: Teams invitation with meeting passcode (allowed); no family discussed")

mail("zoom-interim-audit", "mle", ["rev_en"], "Zoom - interim audit follow-up",
     TXT("Hi James,\n\nHere is the link for Thursday's follow-up call (10:00-11:00):\n\n"
         "Join Zoom Meeting\nhttps://us06web.zoom.us/j/84512907731?pwd=bWxLcU5XQk1aT2xLVmRrZz09\n\n"
         "Meeting ID: 845 1290 7731\nPasscode: 640215\n\nPoints from our side: cut-off of the trip accounts and the "
         "reconciliation of the solidarity fund.\n\nKind regards,\nMarc"),
     date="2025-02-10 15:48", lang="en",
     note="look-alike: Zoom invitation with passcode (meeting passcodes allowed)")

mail("romereis-inning-lokalen", "mle", ["pcl"], "inning voorschot Romereis",
     TXT("Pieter,\n\nVoor de inning van het tweede voorschot van de Romereis: Hilde zit woensdag 6/11 tijdens "
         "de middag in lokaal A.014 met de terminal. Eerst 6ECWI en 6LAWI (12u05-12u25), daarna 6WEWI en "
         "6HUWE. Wie cash betaalt krijgt een ontvangstbewijs.\n\nKan jij het in de vakgroep geschiedenis "
         "(vakcode GESCH6) en in de klassen laten omroepen?\n\nMarc"),
     date="2024-10-29 10:33",
     note="look-alike: room numbers, class codes and a course code that open nothing")

mail("co-account-wachtwoord-niet-per-mail", "kde", [par("tuur", 2)], "RE: wachtwoord co-account",
     TXT("Beste meneer Moens,\n\nWe mogen om veiligheidsredenen geen wachtwoorden via e-mail bezorgen. U kan "
         "het wachtwoord van uw co-account bij Tuur (2D) zelf opnieuw instellen via 'Wachtwoord vergeten' op "
         "de loginpagina van Smartschool. Lukt dat niet, dan kan u altijd langskomen op het "
         "leerlingensecretariaat met uw identiteitskaart, dan zetten we het samen in orde.\n\n"
         "Met vriendelijke groeten,\n\n" + SIG["kde"]),
     date="2024-10-14 11:55", reply=True, about=["tuur"],
     note="look-alike: refuses to send a password; correctly addressed to the pupil's second parent whose "
          "address does not spell the pupil's surname")

mail("kaartlezer-in-lade", "hve", ["mle"], "betalingen autocars",
     TXT("Marc, de betalingen voor Autocars Dijleland (3 facturen, skireis en 2x uitstap) staan klaar in "
         "Isabel. De kaartlezer ligt in de bovenste lade van mijn bureau, de pincode ken je.\nIk ben donderdag "
         "terug.\nHilde"),
     date="2025-01-15 16:02", client="owa",
     note="look-alike: mentions the card reader and its PIN but gives no code")

mail("factuur-maaltijden-sociaal-huis", "hve", ["ocmwk"], "Factuur 2025-0042 warme maaltijden januari",
     MIX(TXT("Goedemiddag,\n\nIn bijlage factuur 2025-0042 voor de warme maaltijden van januari (37 maaltijden "
             "à 4,20 euro, volgens de lijst die Sofie Vandamme maandelijks aan jullie bezorgt).\n\n"
             "Uw bestelbon: BB-25-0117\nOns klantnummer bij u: 100245\n\nBetaling graag met de gestructureerde "
             f"mededeling {ogm(2500420117)} op de gebruikelijke rekening.\n\n" + SIG["hve"]),
         ATT("Factuur_2025-0042.pdf", pdf(["Sint-Pieterscollege Leuven", "Factuur 2025-0042",
                                          "Warme maaltijden januari 2025: 37 x 4,20 = 155,40 EUR",
                                          "Bestelbon BB-25-0117"], "Factuur 2025-0042"))),
     date="2025-02-05 13:21",
     note="look-alike: invoice, order and customer numbers; no pupil named")

mail("wachtwoordbeleid-2025", "gwu", ["bja"], "wachtwoordbeleid vanaf januari",
     TXT("Bart,\n\nNa het gesprek met privacy@ wil ik dat we vanaf 1 januari het volgende invoeren:\n\n"
         "- wachtwoorden minstens 14 tekens\n- MFA verplicht voor boekhouding, secretariaat en directie\n"
         "- geen gedeelde accounts meer in Administrix: iedereen een eigen login\n"
         "- wachtwoorden nooit via mail of Smartschool, ook niet intern\n\n"
         "Kan jij een korte uitleg maken voor de personeelsvergadering van 12/12?\n\nGeert"),
     date="2024-11-28 18:03",
     note="look-alike: password policy without any password")

mail("terminal-dagafsluiting-vraag", "jwi", ["hve"], "terminal",
     TXT("Hilde, de terminal van de kerstmarkt vraagt een beheerderscode om de dagafsluiting te doen. Kan je even "
         "langskomen in de refter? Ik wil die code liever niet via mail.\nJoke\n\nVerzonden vanaf mijn iPhone"),
     date="2024-12-20 16:37", client="iphone", fmt=["phone", "short"],
     note="look-alike: asks for the terminal code without containing it")

mail("maaltijdbonnen-nieuwe-reeks", "hve", ["jwi"], "nieuwe reeks maaltijdbonnen refter",
     TXT("Dag Joke,\n\nVanaf maandag gebruiken we in de refter de nieuwe reeks maaltijdbonnen (nummers 250001 "
         "tot 250500, groen). De oude reeks (240xxx, geel) is vanaf dan niet meer geldig; leerlingen die nog "
         "gele bonnen hebben kunnen die tot de krokusvakantie omruilen bij mij.\n\nKan jij dat aan de kassa van "
         "de refter doorgeven?\n\n" + SIG["hve"]),
     date="2025-01-09 10:17",
     note="look-alike: meal voucher serial numbers that open nothing")

_q15 = ("Hi Marc,\n\nTo finish the bank confirmation, could you send me the password of the online banking portal "
        "so I can download the statements myself?\n\nThanks,\nJames")
mail("re-auditor-asks-password", "mle", ["rev_en"], "RE: bank statements 2024",
     TXT("Hi James,\n\nSorry, we never send passwords by e-mail - that is school policy, for any platform. "
         "Hilde will download the statements for 2024 on Monday and put them in the shared audit folder. If "
         "you need the originals, you can consult them on site.\n\nKind regards,\nMarc\n\n" +
         gq("James O'Neill <j.oneill@verhelst-revisoren.be>", "2025-02-06 17:02", _q15)),
     date="2025-02-07 08:44", lang="en", reply=True,
     note="look-alike: auditor asks for a password, the reply refuses; none is given")

# ---------------------------------------------------------------- general letters

ALL_PAR = sorted({a for p in ROSTER for a in p.parents})


def parents_of_classes(*classes):
    out = []
    for p in ROSTER:
        if p.cls in classes:
            for a in p.parents:
                if a not in out:
                    out.append(a)
    return out


_g1 = [
    "Beste ouders,",
    "Ook dit schooljaar willen we de schoolkosten zo laag en zo voorspelbaar mogelijk houden. Daarom vindt u "
    "hieronder de maximumbedragen die de school per leerjaar aanrekent voor verplichte activiteiten, "
    "kopies, werkboeken en uitstappen. Het schoolbestuur keurde deze bedragen goed op de schoolraad van juni.",
    ("table", ["Leerjaar", "Maximumfactuur (verplicht)", "Niet-verplichte activiteiten (richtprijs)"], [
        ["1e jaar", "€ 395", "€ 120"], ["2e jaar", "€ 410", "€ 150"], ["3e jaar", "€ 430", "€ 180"],
        ["4e jaar", "€ 445", "€ 480 (Londenreis)"], ["5e jaar", "€ 460", "€ 520 (skireis)"],
        ["6e jaar", "€ 470", "€ 690 (Romereis)"]]),
    "U ontvangt drie facturen: eind oktober, eind januari en eind april. De facturen komen via Smartschool "
    "(module Schoolrekening) en kunnen betaald worden via overschrijving, domiciliëring of aan de kassa van "
    "het onthaal.",
    "Heeft u moeite om de schoolrekening te betalen? Dat kan iedereen overkomen. Neem dan discreet contact op "
    "met onze schoolmaatschappelijk werker Sofie Vandamme (sofie.vandamme@sintpieterscollege.be). Samen zoeken we "
    "naar een oplossing, bijvoorbeeld een afbetalingsplan of een tussenkomst van het solidariteitsfonds. "
    "Niemand anders op school hoeft dat te weten.",
    "Met vriendelijke groeten,",
    "Geert Wuyts\ndirecteur",
]
mail("brief-maximumfactuur", "dir", ["dir"], "Schoolkosten 2024-2025: maximumbedragen per leerjaar",
     RICH(_g1), date="2024-09-06 16:30", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["table", "outlook-html", "general-letter"],
     note="general letter to all parents about the maximum bill; group address only in BCC")

_g2rows = [["Londen (4e jaar)", "24-26 maart", "€ 480", "€ 150 voor 15/11, € 150 voor 15/1, rest voor 1/3"],
           ["Skireis Oostenrijk (5e jaar)", "14-21 februari", "€ 520", "€ 200 voor 1/10, rest voor 15/12"],
           ["Rome (6e jaar)", "7-12 april", "€ 690", "€ 250 voor 15/10, € 250 voor 6/11, rest voor 1/2"],
           ["Sportdag (alle jaren)", "2 oktober", "€ 12", "met de eerste factuur"],
           ["Theater (1e graad)", "19 november", "€ 9", "met de eerste factuur"]]
mail("brief-kostprijs-reizen", "dir", [], "Overzicht meerdaagse uitstappen en kostprijs",
     MIX(TXT("Beste ouders\n\nIn bijlage vindt u het overzicht van de meerdaagse uitstappen van dit schooljaar, "
             "met de kostprijs en de betalingsschijven. Zo kan u op voorhand plannen.\n\n"
             "Alle bedragen worden via de schoolrekening aangerekend. Wie de reis in schijven wil betalen of een "
             "andere regeling nodig heeft, kan contact opnemen met de boekhouding (boekhouding@spc.ksleuven.be). "
             "Geen enkele leerling moet thuisblijven omwille van de kostprijs.\n\nDe directie"),
         ATT("Uitstappen_2024-2025.docx", docx(["Meerdaagse uitstappen 2024-2025"] +
                                              [" - ".join(r) for r in _g2rows]))),
     date="2024-09-13 12:00", bcc=[("", "ouders@spc.ksleuven.be")], kind="general", client="outlook",
     fmt=["general-letter"],
     note="general letter about trip costs with a docx overview; parents in BCC")

mail("brief-solidariteitsfonds", "svd", ["svd"], "Het solidariteitsfonds van Sint-Pieters - hoe werkt het?",
     TXT("Beste ouders,\n\nSint-Pieterscollege heeft een solidariteitsfonds. Het fonds wordt gespijsd door de "
         "opbrengst van de kerstmarkt, de sponsorloop en giften van oud-leerlingen. Het helpt gezinnen die het "
         "financieel moeilijk hebben om de schoolkosten te betalen: een deel van de meerdaagse reis, de laptop, "
         "sportkledij, of een factuur die even te zwaar valt.\n\nHoe vraagt u steun aan?\n"
         "- Stuur een mailtje naar sofie.vandamme@sintpieterscollege.be of vraag via Smartschool een gesprek.\n"
         "- We bekijken samen wat nodig is. U hoeft geen bewijsstukken te tonen, een gesprek volstaat.\n"
         "- De beslissing wordt genomen door de directeur en de schoolmaatschappelijk werker, niemand anders.\n\n"
         "Uw kind merkt hier niets van: de korting staat gewoon op de factuur.\n\nWarme groet,\n\n"
         "Sofie Vandamme\nschoolmaatschappelijk werker", cte="quoted-printable"),
     date="2024-10-01 17:15", bcc=[("", a) for a in parents_of_classes("1A", "1B", "1C", "1D")],
     kind="general", fmt=["general-letter"],
     note="general explanation of the solidarity fund to all first-year parents in BCC; no family named")

mail("brief-schooltoelage-aanvragen", "dir", ["dir"], "Herinnering: schooltoeslag aanvragen vóór 1 juni",
     TXT("Beste ouders,\n\nWist u dat veel gezinnen recht hebben op een schooltoeslag (vroeger schooltoelage) "
         "van de Vlaamse overheid? Sinds het Groeipakket wordt die in de meeste gevallen automatisch uitbetaald, "
         "maar niet altijd. Als u een brief kreeg dat uw gegevens onvolledig zijn, of als uw inkomen het voorbije "
         "jaar sterk gedaald is, loont het de moeite om het na te vragen bij uw uitbetaler van het Groeipakket.\n\n"
         "Voor het schooljaar 2024-2025 kan u tot 1 juni 2025 een aanvraag indienen. Voorwaarde is onder meer dat "
         "uw kind niet meer dan 30 halve dagen onwettig afwezig is.\n\n"
         "Hulp nodig bij de aanvraag? Onze schoolmaatschappelijk werker helpt u graag, ook met het formulier.\n\n"
         "Met vriendelijke groeten,\nDe directie", charset="windows-1252", cte="quoted-printable"),
     date="2025-04-24 15:00", bcc=[("", "ouders@spc.ksleuven.be")], kind="general", client="outlook",
     fmt=["general-letter"],
     note="general reminder about the school allowance; cp1252 quoted-printable; group in BCC")

mail("brief-groeipakket-info", "svd", [], "Groeipakket en schoolbonus: wat krijgt u wanneer?",
     RICH(["Beste ouders,",
           "Omdat er elk jaar veel vragen over komen, zetten we de belangrijkste bedragen van het Groeipakket op "
           "een rijtje.",
           ("table", ["Wat", "Wanneer", "Voor wie"], [
               ["Schoolbonus", "augustus", "elk kind, automatisch"],
               ["Schooltoeslag", "vanaf oktober", "gezinnen met een beperkt inkomen, meestal automatisch"],
               ["Sociale toeslag", "maandelijks", "afhankelijk van het gezinsinkomen"]]),
           "Uw uitbetaler (Infino, FONS, Kidslife, MyFamily of Parentia) kan u precies zeggen waar u recht op "
           "heeft. De school krijgt deze bedragen niet en heeft er geen zicht op.",
           "Met vriendelijke groeten,\nSofie Vandamme, schoolmaatschappelijk werker"]),
     date="2024-08-30 10:00", bcc=[("", a) for a in parents_of_classes("2A", "2B", "2C", "2D")],
     kind="general", fmt=["table", "outlook-html", "general-letter"],
     note="general Groeipakket information; parents of the second year in BCC; To empty")

mail("brief-herinnering-openstaande-facturen", "boek", ["boek"], "Openstaande schoolrekeningen eerste trimester",
     TXT("Beste ouders,\n\nBij het afsluiten van het eerste trimester stellen we vast dat een aantal facturen "
         "nog niet betaald zijn. Heeft u de factuur van oktober al betaald, dan mag u dit bericht negeren.\n\n"
         "Is de betaling aan uw aandacht ontsnapt? Dan vragen we u om ze voor 20 december in orde te brengen, "
         "met de gestructureerde mededeling die op uw factuur staat.\n\n"
         "Lukt het financieel niet, neem dan contact op met de schoolmaatschappelijk werker. We maken graag een "
         "afbetalingsplan op. Wie geen contact opneemt, ontvangt in januari een aangetekende herinnering.\n\n"
         "Met vriendelijke groeten,\nDe boekhouding van Sint-Pieterscollege"),
     date="2024-12-06 14:00", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="general payment reminder to everybody, no family named; group address in BCC")

mail("brief-laptopproject-afbetaling", "dir", ["dir"], "Laptopproject eerste graad: afbetaling in 10 maanden",
     MIX(RICH(["Beste ouders van een leerling van het eerste jaar,",
               "Vanaf dit schooljaar werkt elke leerling van de eerste graad met een eigen laptop. De school koopt "
               "de toestellen aan en u betaalt ze af via de schoolrekening, zonder intrest.",
               ("table", ["", ""], [["Toestel", "HP ProBook 440 met hoes en verzekering"],
                                    ["Totale prijs", "€ 480"], ["Maandelijks", "€ 48 gedurende 10 maanden"],
                                    ["Na 10 maanden", "de laptop is van uw kind"]]),
               "Heeft u al een geschikte laptop, of is de afbetaling een probleem? Laat het ons weten via het "
               "antwoordstrookje in bijlage. We zoeken samen naar een oplossing.",
               "Geert Wuyts\ndirecteur"]),
         ATT("Antwoordstrook_laptop.pdf", pdf(["Antwoordstrook laptopproject 2024-2025",
                                              "Naam leerling: ..................... Klas: ......",
                                              "[ ] wij nemen deel   [ ] wij hebben een eigen laptop",
                                              "Handtekening ouder: ....................."],
                                             "Antwoordstrook"))),
     date="2024-09-04 11:45", bcc=[("", "ouders-eerstegraad@spc.ksleuven.be")], kind="general",
     fmt=["table", "outlook-html", "general-letter"],
     note="general letter about laptops paid in instalments; blank reply slip; list address in BCC")

_g8 = """Beste collega's

Op de pedagogische studiedag hadden we het over kansarmoede. Eén op de zes kinderen in Vlaanderen groeit op in een gezin dat het financieel moeilijk heeft, en dat zie je niet altijd. Daarom nog eens op een rijtje waar je op kan letten. Geen enkel signaal bewijst iets, maar een combinatie kan een reden zijn om eens te praten.

Signalen die je kan opmerken
- een leerling heeft vaak geen boterhammen of eet niet mee in de refter
- turnkledij, materiaal of werkboeken ontbreken steeds opnieuw
- een leerling is "ziek" op de dag van een betalende uitstap of haakt af voor een meerdaagse reis
- briefjes voor betalingen komen niet terug
- een leerling werkt veel naast school, of zorgt thuis voor broers en zussen
- vermoeidheid, concentratieproblemen, schaamte om over vakantie of weekend te vertellen

Wat doe je?
1. Stel de leerling geen vragen over het inkomen van het gezin en spreek er niet over in de klas.
2. Meld het aan Sofie Vandamme (schoolmaatschappelijk werker) of aan de leerlingbegeleiding, mondeling of via het leerlingvolgsysteem - niet via een gewone mail.
3. Laat leerlingen nooit voor de klas weten dat hun rekening nog openstaat. Herinneringen gaan altijd naar de ouders, via de boekhouding.

Wat kan de school doen?
Het solidariteitsfonds, een afbetalingsplan, hulp bij de aanvraag van de schooltoeslag, tweedehandsboeken, een laptop in bruikleen, tussenkomst in de maaltijden via het Sociaal Huis.

Bedankt om mee te kijken.

Geert Wuyts
directeur"""
mail("brief-personeel-armoede-herkennen", "gwu", ["gwu"], "Armoede herkennen: waar kan je op letten?",
     TXT(_g8, cte="quoted-printable"), date="2024-10-17 19:40",
     bcc=[("Personeel SPC", "personeel@spc.ksleuven.be")], kind="general", fmt=["general-letter", "long"],
     note="letter to all staff on how to spot poverty; staff list in BCC; no pupil named")

mail("brief-personeel-kassaprocedure", "mle", ["mle"], "Nieuwe procedure cash betalingen",
     RICH(["Beste collega's,",
           "Na de opmerking van de revisor passen we de procedure voor cash geld aan. Vanaf 1 maart:",
           ("table", ["Wat", "Hoe"], [
               ["Cash ontvangen (uitstap, boeken, ...)", "altijd ontvangstbewijs uit het boekje, kopie blijft"],
               ["Binnenbrengen", "dezelfde dag bij Hilde, in een gesloten enveloppe met naam en klas"],
               ["Kleingeld uitgaven", "enkel met kasticket, max. € 50"],
               ["Bewaren in klaslokaal", "niet toegestaan"]]),
           "De leerkrachten die reizen begeleiden krijgen een aparte prepaidkaart, zodat er zo weinig mogelijk "
           "cash meegaat.",
           "Bedankt!\nMarc Lemmens - boekhouding"]),
     date="2025-02-20 12:30", bcc=[("", "personeel@spc.ksleuven.be")], kind="general",
     fmt=["table", "outlook-html", "general-letter"],
     note="procedure for cash payments to all staff; list in BCC")

mail("brief-personeel-phishing-bank", "bja", ["bja"], "Let op: valse mails van 'de bank'",
     TXT("Beste collega's,\n\nDeze week kregen drie collega's een mail die van onze bank leek te komen, met de "
         "vraag om de kaartlezer 'opnieuw te activeren' en hun pincode en responscode in te vullen op een site.\n\n"
         "Nog eens duidelijk:\n- geen enkele bank, en niemand van Stroom, vraagt ooit je pincode, wachtwoord of "
         "de code van je kaartlezer via mail, sms of telefoon;\n- klik niet op de link en vul niets in;\n"
         "- stuur de mail als bijlage door naar ict@spc.ksleuven.be en verwijder hem dan.\n\n"
         "Heb je toch iets ingevuld? Meld het meteen aan Bart en aan privacy@lksd.ksleuven.be.\n\nBart Jacobs\nICT"),
     date="2024-11-07 08:10", bcc=[("", "personeel@spc.ksleuven.be")], kind="general", client="thunderbird",
     fmt=["general-letter"],
     note="phishing warning to all staff; mentions PIN and codes but contains none")

mail("lettre-frais-scolaires-fr", "dir", ["dir"], "Frais scolaires 2024-2025 - information en français",
     TXT("Chers parents,\n\nPour les familles qui préfèrent le français, voici un résumé de notre lettre "
         "concernant les frais scolaires.\n\n"
         "- L'école facture trois fois par an (fin octobre, fin janvier, fin avril) via Smartschool.\n"
         "- Les montants maximums par année sont fixés par le conseil d'école (de 395 à 470 euros).\n"
         "- Les voyages scolaires (Londres, ski, Rome) peuvent être payés en plusieurs tranches.\n"
         "- Vous pouvez payer par virement, par domiciliation ou à la caisse de l'accueil.\n\n"
         "Vous avez des difficultés à payer ? Contactez discrètement notre assistante sociale, Sofie Vandamme "
         "(sofie.vandamme@sintpieterscollege.be). Nous trouverons une solution ensemble : plan de paiement ou "
         "aide du fonds de solidarité.\n\nBien cordialement,\n\nGeert Wuyts\nDirecteur",
         charset="windows-1252", cte="8bit"),
     date="2024-09-09 10:20", lang="fr", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="French summary of the school-cost letter to all parents; cp1252 8bit; BCC only")

mail("letter-school-costs-en", "dir", [], "School costs 2024-2025 - summary in English",
     TXT("Dear parents,\n\nFor our international families, here is a short summary of our letter on school "
         "costs.\n\n* You receive three invoices a year (end of October, January and April) through Smartschool.\n"
         "* The school sets a maximum amount per year for compulsory activities (EUR 395 to 470).\n"
         "* Residential trips can be paid in instalments; no pupil stays at home because of the cost.\n"
         "* Families in Flanders may be entitled to a school allowance (schooltoeslag) through the Groeipakket.\n\n"
         "If paying is difficult, please contact our social worker Sofie Vandamme in confidence "
         "(sofie.vandamme@sintpieterscollege.be).\n\nKind regards,\nGeert Wuyts, headteacher"),
     date="2024-09-09 10:25", lang="en", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="English summary of the school-cost letter; BCC only, To empty")

mail("brief-webshop-sweaters-open", "hve", ["hve"], "De webshop is open: schoolsweaters en turnkledij",
     RICH(["Beste ouders,",
           "Vanaf vandaag kan u opnieuw schoolsweaters en turnkledij bestellen in onze webshop "
           "(sintpieters.schoolwinkel-online.be). Bestellingen voor 1 oktober worden voor de herfstvakantie "
           "geleverd op school.",
           ("table", ["Artikel", "Maten", "Prijs"], [["Schoolsweater (navy)", "XS - XXL", "€ 29"],
                                                    ["Turn-T-shirt", "XS - XXL", "€ 12"],
                                                    ["Turnshort", "XS - XL", "€ 14"]]),
           "Tweedehands turnkledij is gratis verkrijgbaar bij het onthaal, vraag er gerust naar.",
           "Vriendelijke groeten,\nHilde Verstraeten - boekhouding"]),
     date="2024-09-16 09:00", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["table", "outlook-html", "general-letter"],
     note="general webshop announcement to parents; list in BCC")

mail("brief-prijs-warme-maaltijden", "dir", ["dir"], "Nieuwe prijs warme maaltijden vanaf januari",
     TXT("Beste ouders\n\nOnze cateraar heeft de prijzen geïndexeerd. Vanaf 6 januari kost een warme maaltijd "
         "4,20 euro (was 3,95 euro), soep blijft 0,60 euro. Het middagtoezicht blijft gratis.\n\n"
         "De maaltijden worden zoals altijd maandelijks op de schoolrekening gezet. Wie recht heeft op een "
         "tussenkomst van het Sociaal Huis van Leuven, hoeft niets te doen: die regeling loopt gewoon verder.\n\n"
         "Met vriendelijke groeten\nDe directie", cte="quoted-printable"),
     date="2024-12-13 15:30", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="general price change for warm meals; BCC only")

mail("brief-personeel-afsluiting-boekjaar", "mle", ["mle"], "Afsluiting boekjaar 2024: onkosten binnen voor 10/1",
     TXT("Beste collega's,\n\nHet boekjaar 2024 wordt afgesloten. Alle onkostennota's, kastickets en facturen "
         "van 2024 moeten uiterlijk vrijdag 10 januari bij mij of Hilde zijn. Wat later binnenkomt, kan enkel nog "
         "op het budget van 2025.\n\nDenk ook aan:\n- de afrekening van de uitstappen van het eerste trimester\n"
         "- de inkomsten van de kerstmarkt (mini-onderneming en oudercomité apart)\n"
         "- bestellingen die al geleverd zijn maar nog niet gefactureerd\n\nBedankt!\nMarc"),
     date="2024-12-18 13:02", bcc=[("", "personeel@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="year-end closing instructions to all staff; list in BCC")

mail("brief-personeel-vervanging-sofie", "asm", ["asm"], "Vervanging schoolmaatschappelijk werker",
     TXT("Beste collega's,\n\nSofie Vandamme is vanaf maandag 17 maart enkele weken afwezig. Ze wordt vervangen "
         "door Jasmien Verbruggen (jasmien.verbruggen@sintpieterscollege.be), die op maandag, dinsdag en donderdag "
         "in het bureau C.012 zit.\n\nVragen over schoolkosten, het solidariteitsfonds en de samenwerking met het "
         "Sociaal Huis mogen naar Jasmien. Zorgen over individuele leerlingen blijven via het leerlingvolgsysteem "
         "lopen.\n\nAnn Smets\nadjunct-directeur"),
     date="2025-03-13 17:05", bcc=[("", "personeel@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="announcement of a substitute to all staff; list in BCC")

mail("brief-clb-informatie", "dir", ["dir"], "Kennismaking met het CLB",
     MIX(TXT("Beste ouders,\n\nIn bijlage vindt u de informatiebrief van ons CLB (Centrum voor Leerlingenbegeleiding). "
             "Het CLB werkt samen met de school, maar is onafhankelijk. U kan er gratis en vertrouwelijk terecht met "
             "vragen over leren, studiekeuze, gezondheid, welbevinden of de thuissituatie.\n\n"
             "Het CLB kan ook helpen bij vragen over studietoelagen en schoolkosten.\n\nDe directie"),
         ATT("CLB_infobrief_2024-2025.pdf", pdf(["CLB Dijleland - informatiebrief voor ouders",
                                                "Wat doet het CLB? Leren en studeren, onderwijsloopbaan,",
                                                "preventieve gezondheidszorg, psychisch en sociaal functioneren.",
                                                "Contact: via de school of via onze website."], "CLB infobrief"))),
     date="2024-09-20 14:10", bcc=[("", "ouders@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="general CLB information letter; not sensitive; BCC only")

mail("brief-schoolverzekering", "lls", ["lls"], "Schoolverzekering: wat te doen bij een ongeval?",
     TXT("Beste ouders,\n\nAlle leerlingen zijn via de school verzekerd voor lichamelijke ongevallen op school "
         "en op weg van en naar school. Wat moet u doen bij een ongeval?\n\n"
         "1. Vraag op het leerlingensecretariaat een aangifteformulier (of download het op Smartschool).\n"
         "2. Laat de arts het medisch attest invullen.\n3. Bezorg het formulier binnen de 8 dagen terug op school.\n"
         "4. Betaal de kosten eerst zelf en vraag terugbetaling bij uw ziekenfonds; het verschil betaalt de "
         "verzekering terug.\n\nMateriële schade (brillen, kledij, fietsen) is niet gedekt.\n\n"
         "Met vriendelijke groeten\nHet leerlingensecretariaat"),
     date="2024-09-25 11:30", bcc=[("", a) for a in parents_of_classes("3A", "3B", "3C", "3D")],
     kind="general", fmt=["general-letter"],
     note="general insurance procedure to third-year parents in BCC; no child named")

mail("brief-domiciliering", "boek", ["boek"], "Nieuw: schoolrekening betalen via domiciliëring",
     TXT("Beste ouders,\n\nVanaf het tweede trimester kan u de schoolrekening laten betalen via domiciliëring. "
         "U moet dan niet meer aan de vervaldag denken en u ziet elke factuur nog altijd op voorhand in "
         "Smartschool.\n\nHoe?\n- Onderteken het mandaat digitaal in Smartschool (module Schoolrekening > "
         "Domiciliëring).\n- U kan het mandaat op elk moment stopzetten.\n- Bij een betwisting wordt er niets "
         "afgehouden tot het uitgeklaard is.\n\nMet vriendelijke groeten,\nMarc Lemmens en Hilde Verstraeten\n"
         "Boekhouding", cte="base64"),
     date="2024-11-29 10:00", bcc=[("", "ouders@spc.ksleuven.be")], kind="general", client="thunderbird",
     fmt=["general-letter"],
     note="general letter on direct debit, no account number; base64 body; BCC only")

mail("brief-personeel-fietsvergoeding", "mle", ["mle"], "Fietsvergoeding en onkosten uitstappen",
     TXT("Collega's,\n\nEen paar afspraken voor de terugbetaling van onkosten:\n\n"
         "- fietsvergoeding: het formulier van het eerste semester moet tegen 31 januari binnen zijn\n"
         "- kilometervergoeding voor uitstappen: enkel als de directie vooraf akkoord gaf, 0,4269 euro/km\n"
         "- maaltijden tijdens meerdaagse reizen zijn inbegrepen in de reissom, die kan je niet apart inbrengen\n\n"
         "De terugbetaling gebeurt op de rekening die bij het personeelssecretariaat bekend is.\n\nMarc"),
     date="2025-01-13 09:40", bcc=[("", "personeel@spc.ksleuven.be")], kind="general",
     fmt=["general-letter"],
     note="reimbursement rules to all staff; list in BCC; no bank account number")


# ===========================================================================
# MAILS 3/5 - sensitive information about identifiable pupils (incl. 8 misdirected)
# ===========================================================================


def filler(cls, i=0):
    return [p for p in in_class(cls) if p.key.startswith("f")][i]


def nm(p):
    """'Name <addr>' of a parent tuple."""
    return f"{p[0]} <{p[1]}>"


# --- Lotte Peeters: payment plan (correct) and a reminder sent to the wrong Peeters family (misdirected)
_ogm_lotte = ogm(2024300417)
_plan = [["1", "15 november 2024", "€ 81,00"], ["2", "15 december 2024", "€ 81,00"],
         ["3", "15 januari 2025", "€ 81,00"], ["4", "15 februari 2025", "€ 81,00"],
         ["5", "15 maart 2025", "€ 81,00"], ["6", "15 april 2025", "€ 81,50"]]
mail("afbetalingsplan-lotte", "hve", [par("lotte")], "Afbetalingsplan schoolrekening Lotte (3B)",
     RICH(["Beste mevrouw Verbeke,",
           "Zoals besproken met Sofie Vandamme stellen we voor de openstaande schoolrekeningen van Lotte (3B) een "
           "afbetalingsplan op. Het openstaande bedrag is € 486,50 (facturen van juni en oktober).",
           ("table", ["Schijf", "Vervaldag", "Bedrag"], _plan),
           f"U kan telkens storten op rekening {SCHOOL_IBAN} van Sint-Pieterscollege, met de mededeling "
           f"{_ogm_lotte}. Als een schijf een keer niet lukt, laat het dan gewoon weten; dan passen we het plan aan.",
           "Nieuwe facturen (bv. de Londenreis volgend jaar) staan los van dit plan.",
           SIG["hve"]]),
     date="2024-10-28 11:12", cc=["svd"], rules=["sensitive", "personal_data"], cats=["financial"],
     about=["lotte"], fmt=["table", "outlook-html"],
     note="payment plan for one pupil's unpaid bills sent to her mother (address does not spell the pupil's "
          "surname); school IBAN")

mail("herinnering-schijf-lotte-verkeerde-peeters", "hve", [par("jonasp")], "Afbetalingsplan Lotte - schijf november",
     TXT("Beste mevrouw Peeters,\n\nDe tweede schijf van het afbetalingsplan voor Lotte (3B), € 81,00 met vervaldag "
         "15 november, hebben we nog niet ontvangen. Misschien is het aan uw aandacht ontsnapt?\n\n"
         "Als het deze maand niet lukt, mag u gerust even contact opnemen met mij of met Sofie Vandamme, dan "
         "schuiven we de schijf op.\n\n" + SIG["hve"]),
     date="2024-11-22 10:05", client="owa", rules=["sensitive"], cats=["financial"], about=["lotte"], mis=True,
     note="payment-plan reminder about Lotte Peeters (3B) sent to the parents of Jonas Peeters (5A), another "
          "Peeters family (autocomplete on the surname)")

mail("tweede-herinnering-ouali", "hve", [par("mohamed")], "Tweede herinnering factuur 2024-0871",
     TXT("Geachte heer Ouali,\n\nOndanks onze herinnering van 6 december staat de factuur 2024-0871 voor "
         "Mohamed (4D) nog altijd open. Het gaat om € 312,60 (eerste trimester en het voorschot van de "
         "Londenreis).\n\nWij vragen u vriendelijk om dit bedrag voor 31 januari te betalen. Als wij niets "
         "van u horen, zijn we verplicht het dossier over te dragen aan ons incassobureau, wat extra kosten "
         "met zich meebrengt.\n\nKan u niet betalen? Neem dan contact op met Sofie Vandamme, onze "
         "schoolmaatschappelijk werker. Samen zoeken we een oplossing.\n\n"
         "Met vriendelijke groeten,\n\nHilde Verstraeten\nBoekhouding Sint-Pieterscollege",
         charset="windows-1252", cte="8bit"),
     date="2025-01-10 14:33", rules=["sensitive"], cats=["financial"], about=["mohamed"],
     note="second reminder of an unpaid bill with threat of debt collection, to the pupil's father; cp1252")

_rrn_mama = rrn(1985, 3, 22, 164)
mail("sociaal-huis-verhaegen", "svd", ["ocmw2"], "Aanvraag tussenkomst schoolkosten - gezin Verhaegen",
     TXT("Dag Jan,\n\nIk wil een aanvraag tot tussenkomst in de schoolkosten indienen voor het gezin Verhaegen. "
         "Mama (Jessica Verhaegen, rijksregisternummer " + _rrn_mama + ") staat er sinds september alleen voor "
         "met vier kinderen, omdat papa in de gevangenis zit. Ze heeft enkel een vervangingsinkomen.\n\n"
         "Bij ons zit Wout (3A). Het openstaande saldo is € 780,20: de facturen van juni en oktober, de "
         "werkboeken en de sportdag. Mama schaamt zich heel erg en durft niet langs te komen; ik heb haar "
         "gevraagd om bij jullie een afspraak te maken.\n\nKunnen jullie het dossier opstarten? De facturen "
         "stuur ik na jullie akkoord.\n\nAlvast bedankt,\n\n" + SIG["svd_tel"]),
     date="2024-11-06 15:20", rules=["sensitive", "personal_data"], cats=["family", "financial"], about=["wout"],
     note="request to the OCMW: father in prison, unpaid bills; mother's national register number; phone in signature")

_open = [["Kevin Lenaerts", "4A", "€ 358,40", "OCMW aangevraagd (Sofie)"],
         ["Mohamed Ouali", "4D", "€ 312,60", "2e herinnering verstuurd"],
         ["Lotte Peeters", "3B", "€ 486,50", "afbetalingsplan loopt"],
         ["Nina Cools", "5B", "€ 540,00", "vader overleden in januari - NIET aanmanen"],
         ["Dylan Smolders", "5A", "€ 265,00", "geen reactie op 2 brieven"],
         ["Grace Okafor", "3C", "€ 412,00", "plan voorgesteld, wacht op antwoord"]]
mail("openstaand-boven-200-directie", "mle", ["gwu"], "Openstaande rekeningen > 200 euro - stand februari",
     RICH(["Geert,",
           "Hierbij de leerlingen met een openstaand saldo boven de 200 euro, zoals gevraagd voor het overleg van "
           "donderdag. Totaal openstaand op de leerlingenrekeningen: € 7.412,30 (vorig jaar op hetzelfde moment "
           "€ 6.980).",
           ("table", ["Leerling", "Klas", "Openstaand", "Stand van zaken"], _open),
           "Voor Dylan stel ik voor dat Sofie eerst contact opneemt voor we naar het incassobureau gaan.",
           SIG["mle"]]),
     date="2025-02-11 16:40", rules=["sensitive"], cats=["family", "financial"],
     about=["kevin", "mohamed", "lotte", "nina", "dylan", "grace"], fmt=["table", "outlook-html"],
     note="table of pupils with unpaid bills, a death in the family mentioned in passing")

_inc = []
_rinc = random.Random("incasso")
for _i, _c in enumerate(["5B", "2D", "6C"]):
    _fp = filler(_c, 1)
    _inc.append([f"SPC-2025-0{21 + _i}", _fp.p1[0], f"04{_rinc.randint(70, 99)} {_rinc.randint(10, 99)} "
                 f"{_rinc.randint(10, 99)} {_rinc.randint(10, 99)}", _fp.p1[1], _fp.full, _fp.cls,
                 f"2024-0{_rinc.randint(700, 999)}", f"{_rinc.randint(180, 640)},{_rinc.randint(10, 99)}"])
mail("overdracht-incasso-csv", "hve", ["incasso"], "Overdracht dossiers maart 2025",
     MIX(TXT("Goedemorgen,\n\nIn bijlage drie nieuwe dossiers voor invordering. Voor alle drie werden twee "
             "herinneringen en een aangetekende brief verstuurd zonder reactie; de schoolmaatschappelijk werker "
             "kreeg evenmin contact.\n\nGraag zoals gewoonlijk eerst een minnelijke fase.\n\n" + SIG["hve"]),
         ATT("overdracht_incasso_2025-03.csv", csvtext(
             [["Dossier", "Debiteur", "Telefoon", "E-mail", "Leerling", "Klas", "Factuur", "Bedrag"]] + _inc))),
     date="2025-03-04 09:22", rules=["sensitive", "personal_data"], cats=["financial"],
     about=[filler(c, 1).key for c in ["5B", "2D", "6C"]],
     note="CSV of unpaid school bills handed to a debt-collection agency, with parents' phone numbers")

_rrn_zainab = rrn(2012, 6, 3, 146)
mail("schooltoeslag-haidari", "svd", [par("zainab")], "Schooltoeslag voor Zainab en Ali",
     TXT("Beste mevrouw Haidari,\n\nIk heb de aanvraag voor de schooltoeslag voor Zainab (1D) en Ali (4B) "
         "ingevuld, zoals we vorige week samen besproken hebben.\n\nVoor Zainab heb ik nog het rijksregisternummer "
         f"nodig. Op de kopie van haar kids-ID lees ik {_rrn_zainab}. Klopt dat?\n\n"
         "De school wacht met de facturen tot de schooltoeslag is betaald. U hoeft nu dus niets te betalen.\n\n"
         "Als u iets niet begrijpt, mag u mij altijd bellen. Uw zoon Ali mag ook vertalen.\n\n"
         "Vriendelijke groet,\nSofie Vandamme\nschoolmaatschappelijk werker"),
     date="2024-10-23 10:48", rules=["sensitive", "personal_data"], cats=["financial"], about=["zainab", "ali"],
     note="school allowance application for two siblings, bills on hold; pupil's national register number")

mail("laptop-afbetaling-nore", "hve", [par("nore")], "Afbetaling laptop Nore (1A)",
     TXT("Beste meneer Goris,\n\nDe maandelijkse afbetalingen van de laptop van Nore (1A) voor oktober, november en "
         "december (3 x € 48) staan nog open. Kan u dit bekijken?\n\nAls het moeilijk is om elke maand te betalen, "
         "kunnen we de schijven ook verlagen en het plan verlengen tot het einde van het schooljaar. Laat maar "
         "weten wat voor u het beste werkt.\n\n" + SIG["hve"]),
     date="2025-01-08 10:30", rules=["sensitive"], cats=["financial"], about=["nore"],
     note="unpaid laptop instalments, sent to the father shared with a sibling (correct)")

mail("laptop-jens-studentenjob-verkeerde-wouters", "hve", [par("mila")], "laptop Jens - januari en februari",
     TXT("Beste meneer Wouters,\n\nJens (5C) liet ons weten dat hij de afbetaling van zijn laptop voortaan zelf "
         "betaalt met het geld van zijn studentenjob, omdat het thuis momenteel krap is. Dat is prima, maar de "
         "maanden januari en februari (2 x € 48) staan nog open.\n\nKan u dat samen met hem bekijken? Eventueel "
         "kunnen we de rest spreiden tot juni.\n\n" + SIG["hve"]),
     date="2025-03-03 13:17", rules=["sensitive"], cats=["financial"], about=["jens"], mis=True,
     note="unpaid instalments of Jens Wouters (5C) sent to the father of Mila Wouters (1A), another Wouters family")

mail("dylan-werkt-avonden", "kma", ["svd"], "Dylan (5A)",
     TXT("Sofie,\n\nIk maak me zorgen over Dylan Smolders uit mijn klas. Hij slaapt bijna elke dag in de les en "
         "heeft al drie toetsen gemist. Gisteren vertelde hij me na de les dat hij vier avonden per week tot 23u "
         "in een frituur in Kessel-Lo werkt, omdat zijn mama haar werk kwijt is en ze de huur anders niet "
         "rondkrijgen. Hij vroeg om het aan niemand te vertellen, maar ik vind dat jij het moet weten.\n\n"
         "Kan jij eens met hem praten? Hij staat ook op de lijst van de skireis en ik denk niet dat dat gaat "
         "lukken.\n\nKoen"),
     date="2024-11-26 20:52", client="owa", rules=["sensitive"], cats=["financial"], about=["dylan"],
     note="pupil works evenings to help pay the rent at home (poverty)")

mail("amina-opvanghuis", "svd", ["hve"], "VERTROUWELIJK - Amina Diallo (2B)",
     TXT("Hilde,\n\nAmina Diallo (2B) en haar mama verblijven sinds vorige week in een opvanghuis na geweld "
         "thuis. Belangrijk:\n\n- stuur NIETS meer naar het oude adres of naar papa\n- de facturen van Amina "
         "zet je on hold tot ik je iets laat weten; ik vraag een tussenkomst van het solidariteitsfonds\n"
         "- als papa belt of aan het onthaal staat: geen info geven en Ann of Geert verwittigen\n\n"
         "Mama's mailadres blijft hetzelfde. Ik heb ook Karin op het secretariaat verwittigd.\n\nSofie"),
     date="2025-01-21 08:35", rules=["sensitive"], cats=["family", "financial"], about=["amina"],
     note="pupil and mother in a shelter after domestic violence; bills on hold")

mail("rekeningen-on-hold-verkeerde-diallo", "svd", [par("aminata")], "Rekeningen Amina",
     TXT("Beste mevrouw Diallo,\n\nZoals beloofd: de rekeningen van Amina (2B) blijven on hold zolang jullie in "
         "het opvanghuis verblijven. U krijgt dus voorlopig geen facturen of herinneringen van de school. Het "
         "solidariteitsfonds betaalt de uitstap naar het theater en de werkboeken van het tweede trimester.\n\n"
         "Als u verhuist, laat u mij dan het nieuwe adres weten? Ik geef het aan niemand anders door.\n\n"
         "Warme groet,\nSofie Vandamme"),
     date="2025-01-23 12:10", rules=["sensitive"], cats=["family", "financial"], about=["amina"], mis=True,
     note="shelter and bills on hold for Amina Diallo (2B) sent to the parents of Aminata Diallo (4C)")

mail("wout-vader-gevangenis", "svd", ["ego"], "Wout Verhaegen (3A) - thuissituatie",
     TXT("Els,\n\nTer info, en graag ook in het leerlingvolgsysteem zetten: de papa van Wout Verhaegen (3A) zit "
         "sinds september in de gevangenis. Mama staat er alleen voor met vier kinderen en heeft een grote "
         "achterstand bij de school (bijna 800 euro). Ik heb een aanvraag bij het Sociaal Huis lopen.\n\n"
         "Wout wil niet dat zijn klasgenoten het weten. Kan jij de klassenraad op een discrete manier "
         "informeren dat er thuis 'moeilijkheden' zijn, zonder details?\n\nSofie"),
     date="2024-11-07 09:02", rules=["sensitive"], cats=["family", "financial"], about=["wout"],
     note="father in prison and arrears, internal mail to the care coordinator")

mail("facturen-splitsen-michiels", "hve", [par("elise")], "Schoolrekening Elise vanaf januari",
     TXT("Beste meneer Michiels,\n\nNaar aanleiding van de echtscheiding en het vonnis dat u ons bezorgde, splitsen "
         "we vanaf januari de schoolrekening van Elise (4B): u en mevrouw Vos ontvangen elk een factuur voor de "
         "helft van het bedrag. De Londenreis (€ 480) wordt ook in twee gelijke delen aangerekend.\n\n"
         "Mevrouw Vos krijgt hierover een aparte mail.\n\n" + SIG["hve"]),
     date="2024-12-19 11:40", rules=["sensitive"], cats=["family"], about=["elise"],
     note="divorce: bills split between the parents; sent to one parent only")

mail("tibo-ouderlijk-gezag", "gwu", ["kde"], "Tibo Aerts 1C - vonnis familierechtbank",
     TXT("Karin,\n\nVolgens het vonnis van de familierechtbank dat mama me vandaag bezorgde, heeft enkel zij nog het "
         "ouderlijk gezag over Tibo Aerts (1C). Papa mag geen informatie meer krijgen over zijn schoolresultaten "
         "of facturen.\n\nKan jij:\n1. papa als ouder 2 verwijderen in Smartschool (co-account 2 afsluiten)\n"
         "2. in Informat het facturatieadres enkel op mama zetten\n3. het onthaal verwittigen dat Tibo enkel door "
         "mama of de grootouders mag opgehaald worden\n\nDe kopie van het vonnis zit in de gesloten kast.\n\nGeert"),
     date="2024-10-04 16:25", rules=["sensitive"], cats=["family"], about=["tibo"],
     note="custody decision: only the mother keeps parental authority")

mail("nina-vader-overleden", "gwu", ["hve"], "Nina Cools (5B)",
     TXT("Hilde,\n\nDe papa van Nina Cools (5B) is vorige week plots overleden. Ik heb met mama afgesproken dat:\n"
         "- het saldo van de skireis (€ 320) door het solidariteitsfonds betaald wordt\n"
         "- er dit schooljaar geen herinneringen meer gestuurd worden\n"
         "- de facturen enkel nog naar mama gaan (papa staat nog als ouder 2 in Smartschool)\n\n"
         "Kan jij dat in orde brengen? Nina gaat wel mee op skireis, dat wil ze graag.\n\nGeert"),
     date="2025-01-27 08:12", client="iphone", rules=["sensitive"], cats=["family", "financial"], about=["nina"],
     fmt=["phone"],
     note="death of a parent; solidarity fund pays the trip, reminders stopped")

_q17 = ("Geachte meneer Claes,\n\nLisa ligt sinds maandag opnieuw in het UZ met een opstoot van haar ziekte van Crohn. "
        "De artsen willen haar in maart opereren, dus de reis naar Rome gaat helaas niet door voor haar. "
        "Kunnen we de reissom terugkrijgen? Het doktersattest volgt.\n\nMet vriendelijke groeten,\nKathleen Wyns")
mail("re-romereis-lisa-ziekenhuis", "pcl", [par("lisa")], "RE: Romereis Lisa",
     TXT("Beste mevrouw Wyns,\n\nWat vervelend voor Lisa, ik wens haar veel sterkte. Ik heb het met de directie "
         "besproken: op basis van het doktersattest betalen we de reissom terug, min de annuleringskost van het "
         "vliegtuigticket (€ 45). U krijgt dus € 645 terug op de rekening waarmee u betaald heeft.\n\n"
         "Laat gerust iets weten als ze na de operatie thuis lesmateriaal nodig heeft.\n\nHartelijke groeten,\n"
         "Pieter Claes\n\n" + gq("Kathleen Wyns <wyns.kathleen@skynet.be>", "2025-02-17 19:22", _q17)),
     date="2025-02-18 12:40", reply=True, rules=["sensitive"], cats=["medical"], about=["lisa"],
     note="trip refund because of a pupil's illness and hospital stay; reply to the mother")

mail("diabetes-lien-londen", "ndu", ["reis"], "Londenreis 4e jaar - leerling met diabetes",
     TXT("Goeiedag,\n\nVoor de Londenreis van 24 tot 26 maart (dossier HZ-24-3317) nog een praktische vraag. "
         "Eén van onze leerlingen, Lien Stevens (4A), heeft diabetes type 1. Ze heeft:\n"
         "- een koelbox voor haar insuline nodig in de bus\n- een koelkast of minibar op de kamer in de jeugdherberg\n"
         "- de mogelijkheid om tussendoor iets te eten tijdens de stadswandeling\n\n"
         "Kunnen jullie dat voorzien? Eventuele meerkost mag op de factuur van de school.\n\n"
         "Met vriendelijke groeten,\nNathalie Dubois\nbegeleidend leerkracht"),
     date="2025-02-03 13:02", rules=["sensitive"], cats=["medical"], about=["lien"],
     note="pupil's diabetes and insulin needs sent to the travel agency")

mail("ongeval-milan-verzekering", "kde", [par("milan")], "Ongeval Milan - schoolverzekering",
     TXT("Beste mevrouw De Wolf,\n\nHet aangifteformulier voor het ongeval van Milan (3D) in de turnles van 14 "
         "november (polsbreuk) is doorgestuurd naar de verzekering. Het dossiernummer is 24-0193.\n\n"
         "De kosten van de spoedopname, de gipskamer en de kinesist betaalt u eerst zelf. Na de terugbetaling "
         "door het ziekenfonds stuurt u de afrekeningen naar ons door, dan vraagt de school het verschil op.\n\n"
         "Veel beterschap aan Milan!\n\n" + SIG["kde"]),
     date="2024-11-20 15:07", rules=["sensitive"], cats=["medical"], about=["milan"],
     note="injury, emergency care and physiotherapy costs of one pupil, to his mother")

mail("jolien-zwanger-stage", "svd", ["asm"], "Jolien Sterckx 6C",
     TXT("Ann,\n\nJolien Sterckx (6C) kwam vandaag bij mij: ze is 5 maanden zwanger. De gynaecoloog raadt af dat ze "
         "haar stage in de kinderopvang verderzet (infectierisico). Ze wil wel haar diploma halen.\n\n"
         "Twee vragen:\n1. kan de klassenraad een vervangende opdracht geven in plaats van de stage?\n"
         "2. de stagekledij en de vaccinatie zijn al aangerekend (€ 96). Mama liet al weten dat ze de factuur "
         "van januari niet kan betalen. Mag ik dat op het solidariteitsfonds zetten?\n\nSofie"),
     date="2025-01-16 14:55", rules=["sensitive"], cats=["medical", "financial"], about=["jolien"],
     note="pupil's pregnancy and the family's inability to pay, internal")

mail("allergie-maxime-traiteur", "hve", ["cater"], "Repas adaptés - élève allergique",
     TXT("Bonjour,\n\nÀ partir du lundi 7 octobre, un élève de première année, Maxime Dupont (1A), mangera à "
         "l'école. Il a une allergie sévère aux noix (EpiPen) et il est cœliaque.\n\n"
         "Pouvez-vous prévoir chaque jour un repas séparé, sans noix et sans gluten, bien emballé et marqué à "
         "son nom ? Le supplément de 1,50 euro par repas peut être ajouté à notre facture mensuelle.\n\n"
         "Merci d'avance,\n\nHilde Verstraeten\nComptabilité - Sint-Pieterscollege Leuven", cte="quoted-printable"),
     date="2024-10-01 10:22", lang="fr", rules=["sensitive"], cats=["medical"], about=["maxime"],
     note="pupil's nut allergy and coeliac disease sent to the caterer, in French")

_dys = [["Lucas Mertens", "4C", "dyslexie", "Sprint Plus", "€ 45"]]
for _c in ["2A", "3C", "5D"]:
    _fp = filler(_c, 2)
    _dys.append([_fp.full, _fp.cls, "dyslexie" if _c != "3C" else "dyscalculie + dyslexie", "Sprint Plus", "€ 45"])
mail("licenties-sprint-zorg", "ego", ["hve"], "Licenties voorleessoftware - niet aanrekenen",
     RICH(["Hilde,",
           "Na de klassenraden krijgen onderstaande leerlingen een licentie voor de voorleessoftware. Het gaat om "
           "redelijke aanpassingen uit hun zorgplan, dus de school betaalt; gelieve dit niet op de "
           "schoolrekening te zetten.",
           ("table", ["Leerling", "Klas", "Attest", "Software", "Kost"], _dys),
           "De factuur van de leverancier komt rechtstreeks naar jou.",
           "Groetjes,\n" + SIG["ego"]]),
     date="2024-10-09 12:48", rules=["sensitive"], cats=["care"], about=["lucasm"] + [filler(c, 2).key for c in ["2A", "3C", "5D"]],
     fmt=["table", "outlook-html"],
     note="table of pupils with dyslexia/dyscalculia and their care-plan software")

mail("sprint-licentie-verkeerde-lucas", "ego", [par("lucasa")], "Sprint Plus voor Lucas",
     TXT("Beste mevrouw Mertens,\n\nGoed nieuws: Lucas (4C) krijgt vanaf volgende week via school een licentie voor "
         "Sprint Plus, zoals afgesproken in zijn zorgplan voor dyslexie. De kosten neemt de school voor haar "
         "rekening. Lucas mag de software ook thuis installeren; de installatiecode krijgt hij van meneer Jacobs "
         "in de klas.\n\nBij toetsen en examens mag hij de software gebruiken met een koptelefoon.\n\n"
         "Met vriendelijke groet,\n" + SIG["ego"]),
     date="2024-10-10 09:30", rules=["sensitive"], cats=["care"], about=["lucasm"], mis=True,
     note="dyslexia care plan of Lucas Mertens (4C) sent to the mother of Lucas Martens (3D)")

mail("re-clb-rayan", "svd", ["clb"], "RE: Rayan Amrani 3B",
     TXT("Dag Griet,\n\nBedankt voor je telefoontje. Zoals gezegd: mama zit sinds vorig jaar in een collectieve "
         "schuldenregeling, de schuldbemiddelaar betaalt de schoolrekening rechtstreeks aan ons en dat loopt "
         "goed. De achterstand van vorig jaar (€ 210) is aangegeven bij de bemiddelaar.\n\n"
         "Voor het onderzoek naar dyscalculie dat jullie opstarten: mama vraagt of dat gratis is, want een "
         "logopedist kan ze niet betalen. Kan jij haar dat rechtstreeks laten weten?\n\n"
         "Groetjes\nSofie\n\n" + gq("Griet Vanhaecht <griet.vanhaecht@clb-dijleland.be>", "2024-12-03 10:11",
                                   "Dag Sofie,\n\nKan je me laten weten hoe de financiële situatie van het gezin "
                                   "van Rayan nu is? We starten een CLB-traject op.\n\nGriet")),
     date="2024-12-04 09:05", reply=True, rules=["sensitive"], cats=["care", "financial"], about=["rayan"],
     note="CLB follow-up and dyscalculia assessment, collective debt settlement of the family")

mail("zorgplan-senne", "ego", [par("senne")], "Verslag zorgoverleg Senne",
     TXT("Beste mevrouw Lambrechts,\n\nBedankt voor het fijne overleg van gisteren. Hierbij een korte samenvatting "
         "van wat we afspraken in het zorgplan van Senne (2C):\n\n"
         "1. Redelijke aanpassingen: extra tijd bij toetsen, toetsen in het stille lokaal, een vaste plaats "
         "vooraan in de klas.\n2. Senne neemt zijn ADHD-medicatie (Rilatin) 's middags in bij het secretariaat; "
         "u bezorgt ons de doosjes met een briefje van de arts.\n3. Na de krokusvakantie evalueren we samen "
         "met het CLB.\n\nU vroeg of de school de kosten van de bijlessen wiskunde kan dragen. Dat kan helaas "
         "niet, maar het CLB kan u gratis alternatieven aanraden.\n\nMet vriendelijke groeten,\n" + SIG["ego"]),
     date="2024-11-14 16:18", rules=["sensitive"], cats=["medical", "care"], about=["senne"],
     note="care plan with reasonable adjustments and ADHD medication, to the mother")

mail("arne-middagpauze-ass", "asm", ["hve"], "Arne Bosmans 1D - maaltijden",
     TXT("Hilde,\n\nArne Bosmans (1D) heeft een diagnose autismespectrumstoornis. De drukte in de refter is te veel "
         "voor hem; na overleg met mama en het ondersteuningsnetwerk eet hij voortaan 's middags in het stille "
         "lokaal of gaat hij naar huis.\n\nKan jij de warme maaltijden schrappen vanaf 1 december en de maaltijden "
         "van de tweede helft van november terugbetalen? Ik denk dat het om 8 maaltijden gaat.\n\nAnn"),
     date="2024-11-29 12:22", rules=["sensitive"], cats=["care"], about=["arne"],
     note="autism diagnosis and adjustment at lunchtime, refund of meals, internal")

mail("kassa-tekort-ayoub", "hve", ["gwu"], "Kastekort onthaal 11/3",
     TXT("Geert,\n\nBij het tellen van de kassa van het onthaal kwam ik gisteren € 50 tekort. Op de camerabeelden "
         "zie je Ayoub Azzouzi (3C) tijdens de middagpauze in de kassa nemen toen ik even weg was. Ann heeft "
         "vanochtend met hem gesproken en hij heeft het toegegeven.\n\n"
         "Ann stelt twee dagen preventieve schorsing voor en een gesprek met de ouders. Het geld wordt op zijn "
         "schoolrekening gezet.\n\nIk zet de kassa voortaan op slot als ik weg ben, sorry.\n\nHilde"),
     date="2025-03-12 09:40", rules=["sensitive"], cats=["psychosocial"], about=["ayoubz"],
     note="theft from the cash box by a named pupil, disciplinary consequences")

mail("uitnodiging-gesprek-verkeerde-ayoub", "asm", [par("ayouba")], "Uitnodiging gesprek - Ayoub Azzouzi (3C)",
     TXT("Beste mevrouw, beste meneer,\n\nOp 11 maart heeft uw zoon Ayoub Azzouzi (3C) tijdens de middagpauze "
         "€ 50 uit de kassa van het onthaal genomen. Hij heeft dat zelf toegegeven.\n\n"
         "Als ordemaatregel wordt Ayoub op donderdag 13 en vrijdag 14 maart preventief geschorst. We nodigen u "
         "uit voor een gesprek op maandag 17 maart om 16u30 met mevrouw Smets (adjunct-directeur). Het bedrag "
         "wordt op de schoolrekening gezet.\n\nMet vriendelijke groeten,\n\nAnn Smets\nadjunct-directeur"),
     date="2025-03-12 14:02", rules=["sensitive"], cats=["psychosocial"], about=["ayoubz"], mis=True,
     note="disciplinary letter about Ayoub Azzouzi (3C) sent to the mother of Ayoub Azzaoui (5B)")

mail("sien-uitgelachen-turnkledij", "lva", ["svd"], "Sien Geerts 3B",
     TXT("Hoi Sofie,\n\nIk weet niet goed waar ik hiermee naartoe moet. Sien Geerts (3B) wordt al een paar weken "
         "uitgelachen door een groepje uit haar klas, vooral om haar kleren (altijd dezelfde trui) en omdat ze "
         "nooit turnkledij heeft. Vandaag zat ze huilend op de toiletten. Ze zei dat mama de turnkledij niet kan "
         "betalen en dat ze de uitstap naar Brussel ook zal missen.\n\nKan het solidariteitsfonds iets doen? En "
         "wie neemt het pesten op, jij of Els?\n\nLies\n(klastitularis 3B)"),
     date="2024-10-15 17:31", client="owa", rules=["sensitive"], cats=["psychosocial", "financial"], about=["sien"],
     note="pupil bullied because of poverty; cannot pay sports kit and trip")

mail("febe-snijwonden", "svd", ["ego"], "dringend - Febe Nys (4C)",
     TXT("Els,\n\nTijdens mijn gesprek met Febe Nys (4C) over de factuur van de Londenreis trok ze haar mouw op en "
         "zag ik verse snijwonden op haar onderarm. Ze heeft toegegeven dat ze zichzelf pijn doet sinds de "
         "herfstvakantie. De wonden zijn door de EHBO verzorgd.\n\nIk heb mama gebeld, ze komt haar om 14u halen. "
         "Kan jij morgen met haar in gesprek gaan? Ik zet het ook in het LVS.\n\nSofie"),
     date="2024-12-10 12:20", rules=["sensitive"], cats=["psychosocial", "medical"], about=["febe"],
     note="self-harm observed, wounds treated; urgent internal mail")

_q30 = ("Geachte directeur,\n\nMarie heeft sinds november zware paniekaanvallen en is in behandeling bij een "
        "psycholoog. Die raadt af dat ze een week van huis gaat. Kunnen we de skireis annuleren en het "
        "voorschot terugkrijgen?\n\nMet vriendelijke groeten,\nHans Segers")
mail("re-skireis-marie-paniek", "gwu", [par("marie")], "RE: annulering skireis Marie",
     TXT("Geachte heer Segers,\n\nBedankt om ons op de hoogte te brengen, en veel sterkte aan Marie. Gezien het "
         "advies van haar psycholoog annuleren we haar deelname zonder kosten: het voorschot van € 200 wordt "
         "deze week teruggestort.\n\nAls Marie in die week op school is, voorzien we een aangepast programma met "
         "mevrouw Goossens.\n\nMet vriendelijke groeten,\n" + SIG["gwu"] + "\n\n" +
         oq("Hans Segers <segers.hans@telenet.be>", "2025-01-09 21:14", "directie@spc.ksleuven.be",
            "annulering skireis Marie", _q30)),
     date="2025-01-10 11:05", reply=True, rules=["sensitive"], cats=["psychosocial", "care"], about=["marie"],
     note="panic attacks (anxiety) and treatment by a psychologist (therapy) in the quoted mail; trip refunded")

mail("cpas-ines-prise-en-charge", "svd", ["cpas"], "Inès Moreau (4D) - frais scolaires",
     TXT("Madame Lambert,\n\nJe vous remercie pour votre appel. Comme convenu, voici un résumé de la situation :\n\n"
         "- la famille Moreau a déménagé à Schaerbeek en octobre, mais Inès (4D) reste inscrite chez nous ;\n"
         "- la facture du premier trimestre (312,40 EUR) est toujours impayée ;\n"
         "- Madame Moreau bénéficie du revenu d'intégration et nous a demandé si le CPAS peut prendre en charge "
         "les frais scolaires, dont le voyage à Londres (480 EUR).\n\n"
         "Pouvez-vous me confirmer la prise en charge par écrit ? Je pourrai alors suspendre les rappels.\n\n"
         "Bien à vous,\n\nSofie Vandamme\nAssistante sociale scolaire"),
     date="2024-12-12 10:10", lang="fr", rules=["sensitive"], cats=["financial"], about=["ines"],
     note="CPAS asked to pay a pupil's unpaid school costs (social assistance), French")

_6a = [p for p in in_class("6A")][:9]
_rows33 = []
_r33 = random.Random("romereis6a")
for _p in _6a:
    if _p.key == "bilal":
        _rows33.append([_p.full, "-", "-", "OCMW betaalt rechtstreeks, niet aanmanen"])
    else:
        _late = _r33.random() < 0.25
        _rows33.append([_p.full, "€ 250", "" if _late else "€ 250", "cash aan mij gegeven" if _late else ""])
if not any(p.key == "bilal" for p in _6a):
    _rows33.append([P("bilal").full, "-", "-", "OCMW betaalt rechtstreeks, niet aanmanen"])
mail("romereis-voorschotten-6a", "pcl", ["hve"], "Romereis: voorschotten 6A",
     TXT("Hilde,\n\nHieronder mijn lijstje van 6A, ik denk dat het klopt met jouw rekeningen. Kan je het "
         "vergelijken?\n\n" + tabtable(["Leerling", "Voorschot 1", "Voorschot 2", "Opmerking"], _rows33) +
         "\n\nDe andere klassen volgen morgen.\n\nPieter"),
     date="2024-11-08 15:44", client="owa", rules=["sensitive"], cats=["financial"],
     about=[p.key for p in _6a] + ([] if any(p.key == "bilal" for p in _6a) else ["bilal"]),
     fmt=["table"],
     note="list of trip payments; in passing, one pupil's trip is paid by the OCMW")

mail("laptop-stan-grootouders", "bja", ["hve"], "laptop Stan Hendrickx",
     TXT("Hilde,\n\nDe laptop van Stan Hendrickx (3A) is hersteld (scherm vervangen, € 65 eigen risico). De "
         "factuur mag niet naar het adres dat in Smartschool staat: Stan woont sinds de uithuisplaatsing in "
         "november bij zijn grootouders, zegt Ann. Zij betalen.\n\nStan haalt de laptop zelf op.\n\nBart"),
     date="2025-01-14 10:55", client="thunderbird", rules=["sensitive"], cats=["family"], about=["stan"],
     note="placement outside the family mentioned in passing in a laptop repair mail")

mail("payment-plan-grace-en", "svd", [par("grace")], "Grace's school account",
     TXT("Dear Mrs Okafor,\n\nThank you for coming to see me on Tuesday. As promised, here is a summary.\n\n"
         "The outstanding balance on Grace's school account (3C) is EUR 412.00. We can offer you a payment plan "
         "of EUR 50 per month from February, without any extra costs. The solidarity fund can also pay part of "
         "the trip to Brussels.\n\nYou mentioned that your application for the school allowance was refused. "
         "I am happy to help you appeal against that decision - please bring the letter next time.\n\n"
         "Kind regards,\n\nSofie Vandamme\nSchool social worker"),
     date="2025-01-30 15:02", lang="en", rules=["sensitive"], cats=["financial"], about=["grace"],
     note="payment plan and refused school allowance, in English to the mother")

mail("mats-laptop-bruikleen", "ego", ["kde"], "Mats Vervoort 2B - laptop in bruikleen",
     TXT("Karin,\n\nMats Vervoort (2B) krijgt vanaf maandag een laptop in bruikleen via het ondersteuningsnetwerk, "
         "omwille van zijn dysgrafie (verslag van het CLB is binnen). Deze laptop mag dus NIET aangerekend worden "
         "via het laptopproject. Kan jij dat aan Hilde doorgeven en in Smartschool aanpassen?\n\nEls"),
     date="2024-10-18 11:14", rules=["sensitive"], cats=["care"], about=["mats"],
     note="CLB report and support-network laptop for a pupil with dysgraphia")

mail("tuchtdossier-wannes", "gwu", [par("wannes")], "Tuchtdossier Wannes",
     TXT("Geachte heer Lauwers,\n\nZoals telefonisch besproken bevestig ik hierbij dat er een tuchtprocedure "
         "wordt opgestart tegen uw zoon Wannes (3D). Uit het onderzoek blijkt dat hij sinds januari geld heeft "
         "afgeperst van leerlingen van het eerste jaar, in totaal minstens € 85.\n\n"
         "U wordt uitgenodigd op het verhoor op dinsdag 25 maart om 17u. U mag zich laten bijstaan door een "
         "vertrouwenspersoon. Het dossier kan u vooraf inkijken op het secretariaat.\n\n"
         "Het afgeperste bedrag zal via de schoolrekening worden aangerekend en aan de betrokken leerlingen "
         "terugbetaald.\n\nMet vriendelijke groeten,\n" + SIG["gwu"]),
     date="2025-03-18 16:45", rules=["sensitive"], cats=["psychosocial"], about=["wannes"],
     note="disciplinary procedure for extortion by the pupil; sent to his father")

mail("solidariteitsfonds-verkeerde-claes", "svd", [par("mauro")], "Laptop Emma - solidariteitsfonds",
     TXT("Beste mevrouw Claes,\n\nGoed nieuws: het solidariteitsfonds neemt de helft van de laptop van Emma (2C) "
         "voor zijn rekening. In plaats van € 48 betaalt u vanaf december nog € 24 per maand. De schijven die u "
         "al betaalde, blijven gewoon behouden.\n\nDe aanvraag voor de schooltoeslag die we samen indienden, loopt "
         "nog. Ik laat iets weten zodra ik antwoord heb.\n\nHartelijke groet,\nSofie Vandamme"),
     date="2024-11-25 11:30", rules=["sensitive"], cats=["financial"], about=["emma"], mis=True,
     note="solidarity-fund support for Emma Claes (2C) sent to An Claessens, mother of Mauro Rossi (autocomplete)")

_q4 = ("Goeiedag,\n\nIk zie op de factuur van november een voorschot van 150 euro voor de Londenreis. Bram heeft "
       "dat vorige week al cash aan zijn leerkracht betaald. Kunnen jullie dat nakijken?\n\nJohan Dewitte")
mail("re-londenreis-verkeerde-thread", "hve", [par("bram")], "RE: factuur november - Londenreis",
     TXT("Beste,\n\nHet Sociaal Huis heeft bevestigd dat zij de volledige Londenreis van Kevin Lenaerts (4A) "
         "betalen, inclusief de voorschotten. U hoeft dus niets meer te doen; de herinnering mag u negeren. De "
         "openstaande facturen van oktober worden ook door hen overgenomen.\n\n" + SIG["hve"] + "\n\n" +
         gq("Johan Dewitte <dewitte.johan@telenet.be>", "2024-12-02 19:48", _q4)),
     date="2024-12-04 10:25", reply=True, rules=["sensitive"], cats=["financial"], about=["kevin"], mis=True,
     note="OCMW payment for Kevin Lenaerts (4A) written as a reply in the thread of Bram Dewitte's father")

mail("maaltijden-terug-verkeerde-benali", "kde", [par("ilias")], "Terugbetaling maaltijden Yasmine",
     TXT("Beste meneer Benali,\n\nOmdat Yasmine (3A) na haar blindedarmoperatie twee weken in het ziekenhuis lag en "
         "daarna nog een week thuis herstelde, betalen we de warme maaltijden van die periode terug: 10 maaltijden "
         "à € 4,20 = € 42,00. U ziet dit als creditnota op de volgende factuur.\n\nWe wensen Yasmine een goed "
         "herstel!\n\n" + SIG["kde"]),
     date="2025-03-20 14:14", rules=["sensitive"], cats=["medical"], about=["yasmine"], mis=True,
     note="hospital stay of Yasmine Benali (3A) sent to the father of Ilias Benali (6B), not a relative")

mail("sociaal-huis-via-gmail", "svd_p", ["ocmw1"], "Kevin en Julie Lenaerts - openstaande facturen",
     TXT("Dag Nadia,\n\nMijn schoolmail doet raar op mijn gsm, dus ik stuur het even van hier.\n\n"
         "Mama Lenaerts liet weten dat de energieleverancier dreigt af te sluiten en dat ze echt niets meer kan "
         "betalen deze maand. Kevin (4A) en Julie (2B) hebben samen nog € 504,40 openstaan bij ons. Kunnen jullie "
         "de aanvraag voor tussenkomst dringend behandelen?\n\nGroetjes\nSofie\n\n"
         "Verzonden vanaf mijn iPhone", cte="quoted-printable"),
     date="2024-12-14 10:32", client="iphone", rules=["sensitive", "private_account"], cats=["financial"],
     about=["kevin", "julie"], fmt=["phone"],
     note="social worker uses her private Gmail to send a family's arrears to the OCMW")


# ===========================================================================
# MAILS 4/5 - personal mails about one pupil that are not sensitive (incl. 4 misdirected)
# ===========================================================================

_iban_elamrani = iban_be(63, 5519204)
mail("terugbetaling-theater-noah-el-amrani", "hve", [par("noahe")], "Terugbetaling theater 19 november",
     TXT("Beste mevrouw El Amrani,\n\nDe theatervoorstelling van 19 november werd door het theater geannuleerd. "
         "We betalen de € 9,00 voor Noah El Amrani (1B) terug op het rekeningnummer dat u ons doorgaf: "
         f"{_iban_elamrani}.\n\nU ziet de terugbetaling binnen de 10 werkdagen op uw rekening.\n\n" + SIG["hve"]),
     date="2024-11-21 09:10", rules=["personal_data"], about=["noahe"],
     note="refund for a cancelled theatre trip, parent's IBAN; correctly addressed; not sensitive")

mail("terugbetaling-theater-verkeerde-noah", "hve", [par("noahe")], "Terugbetaling theater 19 november",
     TXT("Beste ouders,\n\nDe theatervoorstelling van 19 november werd door het theater geannuleerd. We betalen de "
         "€ 9,00 voor Noah Janssens (1B) terug op de rekening waarmee u de factuur betaald heeft.\n\n" + SIG["hve"]),
     date="2024-11-21 09:14", rules=[], about=["noahj"], mis=True,
     note="refund for Noah Janssens (1B) sent to the mother of the other Noah in 1B (Noah El Amrani); "
          "copy-paste of the previous mail")

mail("ontvangst-betaling-mila", "hve", [par("mila")], "Betaling ontvangen",
     TXT("Beste meneer Wouters,\n\nWe hebben uw betaling van € 86,40 voor de werkboeken en de sportdag van Mila (1A) "
         "goed ontvangen. Bedankt!\n\n" + SIG["hve"]),
     date="2024-10-16 13:12", client="owa", about=["mila"],
     note="simple payment receipt to the pupil's father; not sensitive")

mail("betalingsbewijzen-werkgever-jens", "kde", [par("jens", 2)], "Attest schoolkosten voor uw werkgever",
     MIX(TXT("Beste mevrouw Heylen,\n\nIn bijlage het attest met de betaalde schoolkosten van Jens (5C) voor het "
             "schooljaar 2023-2024, zoals gevraagd voor het cafetariaplan van uw werkgever.\n\n"
             "Met vriendelijke groeten,\n\n" + SIG["kde"]),
         ATT("Attest_schoolkosten_2023-2024.pdf", pdf(["Sint-Pieterscollege Leuven",
                                                      "Attest betaalde schoolkosten 2023-2024",
                                                      "Leerling: Jens Wouters - klas 4C (2023-2024)",
                                                      "Totaal betaald: 612,30 EUR"], "Attest"))),
     date="2024-10-02 11:30", about=["jens"],
     note="certificate of paid school costs for the employer, to the mother whose address does not spell the "
          "pupil's surname; not sensitive")

mail("waarborg-locker-robin", "hve", [("Robin Declercq", P("robin").mail)], "Waarborg locker",
     TXT("Dag Robin,\n\nJe krijgt de waarborg van je locker (€ 10) terug als je je sleutel voor 20 juni "
         "binnenbrengt op de boekhouding. Vergeet je locker niet leeg te maken!\n\nHilde (boekhouding)"),
     date="2025-06-03 10:00", client="owa", about=["robin"], fmt=["short"],
     note="locker deposit refund, mail to the pupil himself")

mail("maat-turnkledij-ruben", "hve", [par("ruben")], "Bestelling turnkledij Ruben",
     TXT("Beste mevrouw Vos,\n\nU bestelde voor Ruben (2C) een turn-T-shirt in maat XS, maar die maat is "
         "uitverkocht tot na de herfstvakantie. Mag het maat S zijn? Dan geven we het deze week nog mee.\n\n"
         "Vriendelijke groeten,\nHilde Verstraeten"),
     date="2024-09-27 09:45", about=["ruben"],
     note="practical question about a webshop order; not sensitive")

mail("laptop-emma-hersteld", "bja", [par("emma")], "Laptop Emma terug",
     TXT("Beste mevrouw Claes,\n\nDe laptop van Emma (2C) is terug van herstelling (toetsenbord vervangen, onder "
         "garantie, dus geen kosten). Emma mag hem morgen tijdens de middag ophalen in lokaal B.104.\n\n"
         "Groeten,\n" + SIG["bja"]),
     date="2025-02-19 14:20", client="thunderbird", about=["emma"],
     note="laptop repair under warranty, correctly addressed to Emma Claes' mother")

mail("meal-card-oliver", "hve", [par("oliver")], "Meal card Oliver",
     TXT("Dear Mrs Bennett,\n\nWe have received your transfer of EUR 40.00. Oliver's meal card (2A) has been topped "
         "up and he can use it from tomorrow. The balance is always visible in Smartschool under 'Schoolrekening'.\n\n"
         "Kind regards,\nHilde Verstraeten\nAccounts office"),
     date="2024-10-07 12:02", lang="en", about=["oliver"],
     note="meal card top-up confirmation in English; not sensitive")

mail("paiement-paris-camille", "ndu", [par("camille")], "Excursion à Paris - paiement reçu",
     TXT("Madame Leroy,\n\nNous avons bien reçu le paiement de 65 euros pour l'excursion à Paris de Camille (3A). "
         "Le départ est prévu le jeudi 10 avril à 6h45 devant l'école, retour vers 21h. N'oubliez pas sa carte "
         "d'identité et un pique-nique pour midi.\n\nBien cordialement,\nNathalie Dubois"),
     date="2025-03-17 16:10", lang="fr", about=["camille"],
     note="trip payment received and practical details, French; not sensitive")

_iban_vdb = iban_be(979, 6120488)
mail("dubbele-betaling-fien", "hve", [par("fien")], "Dubbele betaling factuur oktober",
     TXT("Beste,\n\nU heeft de factuur van oktober voor Fien (1C) twee keer betaald (2 x € 145,20, op 4 en op 6 "
         f"november). We storten € 145,20 terug op rekening {_iban_vdb}, waarvan de tweede betaling kwam.\n\n"
         "Met vriendelijke groeten,\n" + SIG["hve"]),
     date="2024-11-13 10:51", rules=["personal_data"], about=["fien"],
     note="refund of a double payment with the parent's IBAN; correct family (Fien Vandenberghe)")

mail("sweater-finn-verkeerde-vandenberghe", "hve", [par("fien")], "Ontvangstbewijs sweater",
     TXT("Beste ouders,\n\nFinn (2D) heeft vandaag € 29 cash betaald aan de kassa voor de schoolsweater maat M die u "
         "in de webshop bestelde. Hierbij het ontvangstbewijs: nr. 2024-K-0317.\n\nDe sweater wordt volgende week "
         "in de klas bezorgd.\n\n" + SIG["hve"]),
     date="2024-11-13 11:20", about=["finn"], mis=True, rules=[],
     note="receipt about Finn Vandenberghe (2D) sent to the family of Fien Vandenberghe (1C), not his family")

mail("boekenpakket-hannah", "kde", [par("hannah")], "Boekenpakket Hannah",
     TXT("Beste mevrouw De Smedt,\n\nHet boekenpakket van Hannah (6C) is toegekomen en ligt klaar op het "
         "leerlingensecretariaat. Hannah mag het vanaf maandag ophalen. De kostprijs (€ 118,60) staat op de "
         "factuur van oktober.\n\n" + SIG["kde"]),
     date="2024-09-05 13:40", about=["hannah"],
     note="textbooks ready for pickup; correctly addressed")

mail("ontvangstbewijs-romereis-verkeerde-desmedt", "hve", [par("hannah")], "Ontvangstbewijs voorschot Romereis",
     TXT("Beste mevrouw De Smet,\n\nHierbij bevestigen we de ontvangst van het tweede voorschot (€ 250) voor de "
         "Romereis van Hanne (6A). Het saldo van € 190 wordt aangerekend op de factuur van januari.\n\n" + SIG["hve"]),
     date="2024-11-07 15:03", about=["hanne"], mis=True, rules=[],
     note="receipt for Hanne De Smet (6A) sent to the mother of Hannah De Smedt (6C), near-identical names")

mail("identiteitskaart-rome-hanne", "pcl", [par("hanne")], "Rome - identiteitskaart Hanne",
     TXT("Beste meneer De Smet,\n\nBij de controle van de reisdocumenten voor Rome zag ik dat de identiteitskaart van "
         "Hanne (6A) op 2 april vervalt, vijf dagen voor vertrek. Kan u tijdig een nieuwe aanvragen bij de "
         "stad? Een verlopen kaart wordt op de luchthaven niet aanvaard.\n\nMet vriendelijke groet,\nPieter Claes"),
     date="2025-01-22 10:18", about=["hanne"],
     note="practical trip detail (ID card expiry) to the pupil's father; not sensitive")

mail("sweater-ruilen-sara", "hve", [par("sara")], "RE: sweater te klein",
     TXT("Beste mevrouw Vermeulen,\n\nGeen probleem, de sweater van Sara (2A) mag geruild worden zolang het label "
         "er nog aan hangt. Sara mag hem binnenbrengen op de boekhouding, dan krijgt ze meteen een maat groter "
         "mee.\n\n" + SIG["hve"]),
     date="2024-10-01 08:50", reply=True, about=["sara"],
     note="exchange of a webshop sweater; correctly addressed")

mail("ontvangstbewijs-werkboeken-verkeerde-vermeulen", "hve", [par("ward")], "Ontvangstbewijs werkboeken Sara Vermeulen",
     MIX(TXT("Beste mevrouw Vermeulen,\n\nIn bijlage vindt u het ontvangstbewijs voor de werkboeken van Sara "
             "Vermeulen (2A), € 74,80 cash betaald aan de kassa op 9 september.\n\nVriendelijke groeten,\n"
             "Hilde Verstraeten"),
         ATT("Ontvangstbewijs_2024-K-0112.pdf", pdf(["Sint-Pieterscollege Leuven - ontvangstbewijs 2024-K-0112",
                                                    "Leerling: Sara Vermeulen (2A)",
                                                    "Werkboeken: 74,80 EUR - cash - 09/09/2024"], "Ontvangstbewijs"))),
     date="2024-09-10 09:05", about=["sara"], mis=True, rules=[],
     note="receipt for Sara Vermeulen (2A) sent to Greet Vermeulen, mother of Ward Vermeulen (4D); "
          "Griet vs Greet")

mail("schoolfoto-lotte", "kde", [par("lotte", 2)], "Schoolfoto's",
     TXT("Beste meneer Peeters,\n\nDe schoolfoto's van Lotte (3B) zijn klaar. U kan ze tot 15 november bekijken en "
         "bestellen via de link op Smartschool; het basispakket kost € 14,50. Niet bestellen mag ook, dan wordt er "
         "niets aangerekend.\n\n" + SIG["kde"]),
     date="2024-10-30 14:00", about=["lotte"],
     note="school photos, to the pupil's father; nothing sensitive although the pupil has a payment plan elsewhere")

mail("prijs-economie-olympiade-elise", "jwi", [par("elise", 2)], "Proficiat Elise!",
     TXT("Beste mevrouw Vos,\n\nMet trots laat ik u weten dat Elise (4B) de tweede prijs heeft behaald in de "
         "Vlaamse Economie Olympiade! De prijs van € 50 wordt door de organisatie rechtstreeks aan de leerling "
         "betaald. Kan Elise mij haar rekeningnummer bezorgen (of dat van u)?\n\nDe prijsuitreiking is op "
         "zaterdag 17 mei in Gent.\n\nHartelijke groeten,\nJoke Willems\nleerkracht economie"),
     date="2025-04-28 17:22", about=["elise"],
     note="good news (contest prize) to the mother; not sensitive")

mail("portefeuille-gevonden-seppe", "kde", [("Seppe Vanhoutte", P("seppe").mail)], "Portefeuille gevonden",
     TXT("Dag Seppe,\n\nJe portefeuille (met je identiteitskaart en je bankkaart) werd gevonden in de refter. Je kan "
         "hem ophalen op het leerlingensecretariaat.\n\nKarin"),
     date="2025-03-06 13:05", client="owa", about=["seppe"], fmt=["short"],
     note="lost wallet with bank card found; mail to the pupil; no code involved")

mail("attest-ziekenfonds-sportkamp-tuur", "hve", [par("tuur")], "Attest ziekenfonds sportkamp",
     TXT("Beste mevrouw Beckers,\n\nHet attest van het ziekenfonds voor het sportkamp van Tuur (2D) in de "
         "krokusvakantie is ingevuld en ondertekend. Tuur heeft het vandaag meegekregen in zijn boekentas. Met "
         "dat attest kan u bij uw ziekenfonds een deel van de kampprijs terugvragen.\n\n" + SIG["hve"]),
     date="2025-03-11 15:30", about=["tuur"],
     note="health-insurer refund form for a sports camp; administrative, not medical")

# ===========================================================================
# MAILS 5/5 - ordinary mail, incl. bcc, private_account, attachment and personal_data cases
# ===========================================================================

mail("romereis-laatste-schijf-ouders6b", "pcl", [("Ouders 6B", "ouders6b@spc.ksleuven.be")],
     "Romereis: laatste schijf en infoavond",
     TXT("Beste ouders van 6B,\n\nDe laatste schijf van de Romereis (€ 190) wordt aangerekend op de factuur van "
         "januari. Op dinsdag 4 februari om 19u30 is er een infoavond in de refter, met het volledige programma en "
         "de praktische afspraken.\n\nMet vriendelijke groeten,\nPieter Claes"),
     date="2025-01-08 18:10", rules=["bcc"], fmt=["group-in-to"],
     note="class parents list placed in To instead of BCC")

_ski_par = [filler("5A", i).p1 for i in range(3)] + [filler("5C", i).p1 for i in range(2)]
mail("infoavond-skireis-ouders-zichtbaar", "the", _ski_par, "Infoavond skireis 9 januari",
     TXT("Beste ouders,\n\nOp donderdag 9 januari om 19u30 is er een infoavond over de skireis naar Oostenrijk, in "
         "de refter. We overlopen het programma, de skihuur en wat uw zoon of dochter moet meenemen.\n\n"
         "Tot dan!\nTom Hermans\nleerkracht LO"),
     date="2024-12-17 21:05", client="owa", rules=["bcc"], fmt=["many-visible"],
     note="five parents' addresses visible to each other in To")

mail("kassa-gesloten-personeel-in-to", "hve", [("Personeel SPC", "personeel@spc.ksleuven.be")],
     "Kassa onthaal gesloten vrijdag",
     TXT("Beste collega's,\n\nDe kassa van het onthaal is vrijdag 14 februari gesloten wegens de controle van de "
         "revisor. Stuur leerlingen die iets willen betalen aub maandag terug.\n\nHilde"),
     date="2025-02-12 12:15", client="owa", rules=["bcc"], fmt=["group-in-to", "short"],
     note="staff list address in To")

mail("werkgroep-armoede-planning", "svd", ["ocmw1"], "Werkgroep kansarmoede - volgende samenkomst",
     TXT("Dag Nadia, dag Griet,\n\nDe volgende samenkomst van de werkgroep kansarmoede is op donderdag 6 februari om "
         "13u30 bij ons op school (lokaal C.012). Op de agenda: de evaluatie van het eerste semester, de "
         "nieuwe folder over het solidariteitsfonds en de samenwerking rond de maaltijden.\n\n"
         "Laat gerust weten als jullie nog punten hebben.\n\nSofie"),
     date="2025-01-17 11:40", cc=["clb"], rules=["bcc"], fmt=["many-visible"],
     note="two external partners (OCMW and CLB) visible to each other in To/CC")

mail("tshirts-klasreis-leerlingen5a", "kma", [("Leerlingen 5A", "leerlingen5a@spc.ksleuven.be")],
     "T-shirts klasreis - betalen voor vrijdag",
     TXT("Hoi 5A,\n\nWie een T-shirt van de klasreis wil, betaalt € 8 aan Hilde op de boekhouding voor vrijdag. "
         "Maten doorgeven aan Kato.\n\nMeneer Maes"),
     date="2025-04-29 10:12", client="owa", rules=["bcc"], fmt=["group-in-to", "short"],
     note="pupils' class list in To")

_skip = filler("5A", 3)
mail("skihuur-maten-via-gmail", "the_p", [_skip.p1], "skihuur",
     TXT(f"Dag {_skip.p1[0].split()[0]},\n\nKan je mij voor de skihuur nog de schoenmaat en de lengte van "
         f"{_skip.first} ({_skip.cls}) doorgeven? Ik moet de lijst vrijdag naar het verhuurbedrijf sturen.\n\n"
         "Groetjes,\nTom Hermans\n\nVerstuurd vanaf mijn Galaxy"),
     date="2025-01-05 19:44", client="android", rules=["private_account"], about=[_skip.key], fmt=["phone"],
     note="teacher writes to a parent about the ski trip from his private Gmail")

_orders = [["Bestelnr", "Klant", "E-mail", "Artikel", "Maat", "Bedrag", "Betaald"]]
_ro = random.Random("orders")
for _i in range(8):
    _fp = ROSTER[_ro.randrange(len(ROSTER))]
    _art, _pr = _ro.choice([("Schoolsweater", "29,00"), ("Turn-T-shirt", "12,00"), ("Turnshort", "14,00")])
    _orders.append([f"WS-{24310 + _i}", _fp.p1[0], _fp.p1[1], _art, _ro.choice(["S", "M", "L", "XL"]), _pr, "ja"])
_fwd6 = ("Beste,\n\nIn bijlage de export van de bestellingen van september.\n\nSchoolwinkel Online")
mail("fw-export-webshop-naar-hotmail", "mle", ["mle_p"], "FW: Export bestellingen september",
     MIX(TXT("om thuis verder te doen\n\n" + oq("Schoolwinkel Online <support@schoolwinkel-online.be>",
                                                "2024-10-01 06:00", "boekhouding@spc.ksleuven.be",
                                                "Export bestellingen september", _fwd6)),
         ATT("export_bestellingen_2024-09.csv", csvtext(_orders))),
     date="2024-10-04 17:55", rules=["private_account"], fmt=["forward"],
     note="accountant forwards a school export with parents' names and e-mails to his private Hotmail")

mail("prive-etentje-zus", "hve", [("An Verstraeten", "an.verstraeten82@gmail.com")], "zaterdag",
     TXT("Hey zus,\n\nZaterdag om 18u bij mama? Ik breng dessert mee. Laat je weten of Wim ook komt?\n\nxx Hilde"),
     date="2024-11-27 12:48", client="owa", fmt=["short", "private-matter"],
     note="limited personal use of the school account for a private matter; nothing fires")

mail("calculator-afbetalingsplan-xlsm", "mle", ["hve"], "rekenblad afbetalingsplannen",
     MIX(TXT("Hilde,\n\nIk heb een rekenblad gemaakt dat automatisch de schijven van een afbetalingsplan berekent. "
             "Je moet wel de macro's inschakelen, anders werkt de knop 'Bereken' niet.\n\nMarc"),
         ATT("afbetalingsplan_calculator.xlsm", xlsx([["Bedrag", 0], ["Aantal schijven", 6],
                                                     ["Startmaand", "november"]], "Plan", macro=True))),
     date="2024-10-24 15:36", rules=["attachment"],
     note="Excel workbook with macros (.xlsm)")

_drv = _zip([("Kaartlezer_driver/setup_kaartlezer.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4),
             ("Kaartlezer_driver/lees_mij.txt", "Installeer als administrator.\r\n")])
mail("kaartlezer-driver-zip", "bja", ["hve"], "driver kaartlezer",
     MIX(TXT("Hilde, hier de driver voor de nieuwe kaartlezer. Uitpakken en setup_kaartlezer.exe uitvoeren, daarna "
             "de pc herstarten.\nBart"),
         ATT("Kaartlezer_driver.zip", _drv)),
     date="2024-11-19 08:44", client="thunderbird", rules=["attachment"],
     note="zip archive containing an .exe installer")

mail("coda-export-script-bat", "mle", ["dvh"], "scriptje CODA-export",
     MIX(TXT("Dirk,\n\nHet scriptje waarmee ik de CODA-bestanden van de bank elke ochtend naar de map van Administrix "
             "kopieer. Misschien handig voor de andere scholen. Zet het in de taakplanner.\n\nMarc"),
         ATT("coda_export.bat", "@echo off\r\nset SRC=C:\\Bank\\CODA\r\nset DST=\\\\srv-spc\\admx\\import\r\n"
                                "robocopy %SRC% %DST% *.cod /MOV /LOG+:C:\\Bank\\coda.log\r\n")),
     date="2025-03-25 08:20", rules=["attachment"],
     note="batch script attachment (.bat)")

mail("webshop-sync-ps1", "jwi", ["bja"], "script webshop",
     MIX(TXT("Bart, de leverancier van de webshop stuurde dit script om de bestellingen te synchroniseren met "
             "Smartschool. Mag ik het gewoon uitvoeren op de pc van de boekhouding?\n\nJoke"),
         ATT("webshop_sync.ps1", "Param([string]$Tenant = 'sintpieters')\r\n"
                                 "Invoke-WebRequest -Uri \"https://api.schoolwinkel-online.be/export/$Tenant\" "
                                 "-OutFile orders.json\r\n")),
     date="2024-12-05 13:12", rules=["attachment"],
     note="PowerShell script attachment (.ps1)")

mail("administrix-installatie-iso", "bja", ["mle"], "installatie Administrix nieuwe pc",
     MIX(TXT("Marc, in bijlage het installatiebestand van Administrix dat de helpdesk me stuurde (iso). Dubbelklikken "
             "om te mounten en dan setup starten. Licentiecode staat al in de installatie.\nBart"),
         ATT("Administrix_v12_setup.iso", b"CD001" + bytes(2043) + b"\x01CD001\x01\x00ADMINISTRIX_V12" + bytes(64))),
     date="2025-01-07 10:05", client="thunderbird", rules=["attachment"],
     note="disk image attachment (.iso)")

mail("factuur-drukkerij-doorsturen", "hve", ["dvh"], "factuur drukwerk rapportmappen",
     MIX(TXT("Dirk,\n\nIn bijlage de factuur van de drukkerij voor de rapportmappen (2.150 stuks). Kan jij ze "
             "goedkeuren voor betaling? Budget werkingsmiddelen 2024.\n\nHilde"),
         ATT("Factuur_D24-1187.pdf", pdf(["Drukkerij Peeters & zn", "Factuur D24-1187",
                                         "2.150 rapportmappen A4 - 1.612,50 EUR excl. btw"], "Factuur D24-1187"))),
     date="2024-10-11 10:40",
     note="ordinary supplier invoice as PDF for approval")

mail("nieuw-rekeningnummer-smaakvol", "hve", ["mle"], "Smaakvol - nieuw rekeningnummer",
     TXT("Marc,\n\nSmaakvol catering heeft een nieuw rekeningnummer (brief van de zaakvoerder ligt in je bakje): "
         f"{SUPPLIER_IBAN}. Ik heb het nog NIET aangepast in Administrix, ik wil het eerst telefonisch laten "
         "bevestigen (je weet wel, van die valse facturen).\n\nHilde"),
     date="2024-12-10 09:22", rules=["personal_data"],
     note="supplier's new IBAN (valid); vigilance for invoice fraud")

mail("gsm-buschauffeur-ski", "kde", ["the"], "gsm chauffeur",
     TXT("Tom, de gsm van de chauffeur van Autocars Dijleland voor de skireis: 0475 61 22 09 (Eddy). Hij staat er om "
         "21u15.\nKarin"),
     date="2025-02-13 15:40", client="owa", rules=["personal_data"], fmt=["short"],
     note="Belgian mobile number of the bus driver")

mail("bank-accounts-auditor-en", "mle", ["rev_en"], "Bank accounts Sint-Pieterscollege",
     TXT("Hi James,\n\nAs requested, the list of our bank accounts for the bank confirmation letters:\n\n"
         f"- current account (pupil invoices): {SCHOOL_IBAN}\n- solidarity fund: {SOLI_IBAN}\n"
         "- savings account: closed in June 2024\n\nKind regards,\nMarc"),
     date="2025-01-15 11:11", lang="en", rules=["personal_data"],
     note="the school's IBANs sent to the auditor")

mail("bevestiging-romereis-aantallen", "pcl", ["reis"], "Romereis dossier HZ-24-2291 - definitieve aantallen",
     TXT("Goeiedag,\n\nHierbij de definitieve aantallen voor de Romereis van 7 tot 12 april (dossier HZ-24-2291):\n\n"
         "- 61 leerlingen (34 meisjes, 27 jongens)\n- 6 begeleiders (3 vrouwen, 3 mannen)\n"
         "- 2 vegetariërs, de rest zonder bijzondere wensen\n\nDe namenlijst voor de vluchten volgt voor 15 februari. "
         "Kunnen jullie de factuur in twee delen opmaken (50% januari, 50% maart)?\n\nMet vriendelijke groeten,\n"
         "Pieter Claes"),
     date="2025-01-13 14:50",
     note="ordinary booking mail to the travel agency, no pupil named")

mail("planning-controle-revisor", "mle", ["rev"], "Planning controle 3-4 februari",
     TXT("Beste Sarah,\n\nDe data van 3 en 4 februari passen voor ons. Jullie kunnen werken in lokaal A.014. De "
         "stukken uit jullie lijst (punt 1 tot 9) liggen klaar, behalve de afrekening van de skireis die pas na "
         "de reis afgesloten wordt.\n\nWe zijn er beide dagen vanaf 8u.\n\nMet vriendelijke groeten,\nMarc Lemmens"),
     date="2025-01-10 09:32",
     note="ordinary planning of the audit")

mail("kasverslag-november", "hve", ["mle"], "kasverslag november",
     RICH(["Marc,", "Het kasverslag van november:",
           ("table", ["", "Bedrag"], [["Beginsaldo 1/11", "€ 150,00"], ["Ontvangsten (leerlingen)", "€ 1.284,50"],
                                      ["Afstorting 15/11", "- € 900,00"], ["Afstorting 29/11", "- € 380,00"],
                                      ["Uitgaven (kastickets)", "- € 6,10"], ["Eindsaldo 30/11", "€ 148,40"]]),
           "Verschil met de telling: € 0,00. Alle tickets zitten in de map.", "Hilde"]),
     date="2024-12-02 16:05", fmt=["table", "outlook-html"],
     note="ordinary cash report with amounts only")

mail("betwisting-factuur-smaakvol", "hve", ["cater_nl"], "Factuur 2024-1412 - verschil aantal maaltijden",
     TXT("Goedemiddag,\n\nOp factuur 2024-1412 (november) staan 1.842 maaltijden, maar volgens onze telling aan de "
         "refterkassa waren het er 1.796. Het verschil (46 maaltijden) zit vermoedelijk in de studiedag van 27 "
         "november, toen er geen leerlingen waren.\n\nKunnen jullie een creditnota opmaken?\n\n" + SIG["hve"]),
     date="2024-12-09 14:25",
     note="ordinary invoice dispute with the caterer")

_bad_iban = "BE12 3456 7890 1234"
mail("drukkerij-rekeningnummer-klopt-niet", "hve", ["drukker"], "Uw factuur D24-1187 - rekeningnummer",
     TXT("Beste,\n\nOp uw factuur D24-1187 staat als rekeningnummer " + _bad_iban + ", maar ons "
         "boekhoudpakket weigert dat nummer (controlegetal klopt niet). Op uw vorige facturen stond een ander "
         "nummer. Kan u het juiste rekeningnummer bevestigen? Graag ook uw ondernemingsnummer ter controle; wij "
         "hebben " + kbo(4123456) + " in onze fiches.\n\n" + SIG["hve"]),
     date="2024-10-14 11:02",
     note="look-alike for personal_data: an IBAN with a wrong checksum and a company number; nothing fires")

_pax = []
_rp = random.Random("paxrome")
for _c, _i in [("6B", 0), ("6B", 1), ("6B", 2), ("6D", 0), ("6D", 1), ("6D", 2)]:
    _fp = filler(_c, _i)
    _pax.append([_fp.last.upper(), _fp.first, _fp.cls,
                 f"{_rp.randint(1, 28):02d}/{_rp.randint(1, 12):02d}/{_rp.choice([2006, 2007])}"])
mail("namenlijst-vlucht-rome", "pcl", ["reis"], "Namenlijst vluchten Rome - deel 1",
     RICH(["Goeiedag,", "Hierbij het eerste deel van de namenlijst voor de vluchten naar Rome (dossier HZ-24-2291), "
                        "zoals op de identiteitskaart:",
           ("table", ["Naam", "Voornaam", "Klas", "Geboortedatum"], _pax),
           "De rest volgt deze week.", "Pieter Claes"]),
     date="2025-02-10 16:30", rules=["personal_data"], about=[filler(c, i).key for c, i in
                                                              [("6B", 0), ("6B", 1), ("6B", 2), ("6D", 0), ("6D", 1), ("6D", 2)]],
     fmt=["table", "outlook-html"],
     note="passenger list with pupils' dates of birth for the airline; not sensitive")

mail("melding-privacy-verkeerde-ontvanger", "svd", ["dpo"], "Melding: mail naar verkeerde ouder",
     TXT("Beste,\n\nIk wil een mogelijk datalek melden. Vanochtend heb ik een mail naar een verkeerde ouder "
         "gestuurd (zelfde familienaam, verkeerde naam gekozen bij het aanvullen van het adres). Ik heb de "
         "ontvanger telefonisch gevraagd de mail te verwijderen en dat heeft ze bevestigd.\n\nDe details vul ik in "
         "via het meldformulier. Kunnen jullie laten weten of er nog iets moet gebeuren?\n\n"
         "Sofie Vandamme\nschoolmaatschappelijk werker"),
     date="2025-01-23 15:40",
     note="report to the DPO about a misdirected mail, without details about the pupil")

mail("toestel-214-terminal", "jwi", ["hve"], "terminal kerstmarkt terug",
     TXT("Hilde, de terminal van de kerstmarkt ligt terug in jouw kast (met de lader). Opbrengst via terminal: "
         "€ 1.146,50, ticket van de dagafsluiting zit erbij. Als er iets niet klopt, bel me op toestel 214.\nJoke"),
     date="2024-12-23 09:14", client="owa", fmt=["short"],
     note="ordinary; internal extension number is not a phone number, no code")


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

DANGEROUS = ("exe", "bat", "cmd", "com", "js", "jse", "vbs", "vbe", "ps1", "scr", "msi", "docm", "xlsm",
             "pptm", "iso", "img", "hta", "jar", "lnk", "wsf")


def _hdr_addr(lst):
    return ",\n\t".join(formataddr(a, charset="utf-8") if a[0] else a[1] for a in lst)


def _subject(s):
    if s.isascii():
        return s
    return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def _walk(part):
    yield part
    for ch in part.children or []:
        yield from _walk(ch)


def _main_text(part):
    if part.children is None:
        return part
    if part.ctype == "multipart/alternative":
        return part.children[0]
    return _main_text(part.children[0])


def build(m):
    rng = random.Random(f"batch45/{m['slug']}")
    client = m["client"]
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    def hexs(n, up=False):
        s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if up else s

    def uuid(up=True):
        s = f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"
        return s.upper() if up else s

    host = f"AM{rng.choice('0689')}PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}"

    def msgid():
        if client in ("outlook", "owa"):
            return f"<{host}{hexs(24, True)}@{host}.eurprd0{rng.randint(1, 8)}.prod.outlook.com>"
        if client in ("iphone", "ipad"):
            return f"<{uuid()}@{m['frm'][1].split('@')[1]}>"
        if client == "gmail":
            return "<CA" + "".join(rng.choice(al) for _ in range(44)) + "@mail.gmail.com>"
        if client == "android":
            return f"<{hexs(8)}-{hexs(4)}@email.android.com>"
        if client == "mailer":
            return f"<{hexs(16)}.{hexs(8)}@mailer.sintpieterscollege.be>"
        return f"<{uuid(False)}@{m['frm'][1].split('@')[1]}>"

    def bgen():
        if client in ("outlook", "owa"):
            return f"_000_{host}{hexs(20, True)}_"
        if client in ("iphone", "ipad"):
            return f"Apple-Mail-{uuid()}"
        if client == "gmail":
            return f"000000000000{hexs(16)}"
        return "------------" + "".join(rng.choice(al) for _ in range(24))

    mid = msgid()
    h = [f"From: {_hdr_addr([m['frm']])}"]
    if m["to"]:
        h.append(f"To: {_hdr_addr(m['to'])}")
    else:
        h.append("To: undisclosed-recipients:;")
    if m["cc"]:
        h.append(f"Cc: {_hdr_addr(m['cc'])}")
    h.append(f"Subject: {_subject(m['subject'])}")
    if client in ("outlook", "owa"):
        h.append(f"Thread-Topic: {_subject(re.sub(r'^((RE|FW|Antw|TR|Fwd|Re|WG): ?)+', '', m['subject']))}")
        h.append("Thread-Index: " + base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode())
    h.append(f"Date: {format_datetime(D(m['date']))}")
    h.append(f"Message-ID: {mid}")
    if m["reply"]:
        prev = f"<{hexs(12)}.{hexs(8)}@{rng.choice(['mail.gmail.com', 'telenet.be', 'outlook.com', SPC])}>"
        h.append(f"In-Reply-To: {prev}")
        h.append(f"References: {prev}")
    if client in ("outlook", "owa"):
        h.append("Accept-Language: nl-BE, en-US")
        h.append({"fr": "Content-Language: fr-BE", "en": "Content-Language: en-GB"}.get(m["lang"],
                                                                                      "Content-Language: nl-BE"))
        h.append("X-MS-Has-Attach: " + ("yes" if m["body"].ctype == "multipart/mixed" else ""))
        if client == "outlook":
            h.append("X-Mailer: Microsoft Outlook 16.0")
    elif client == "iphone":
        h.append("X-Mailer: iPhone Mail (22B91)")
    elif client == "ipad":
        h.append("X-Mailer: iPad Mail (21G93)")
    elif client == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    elif client == "mailer":
        h.append("X-Mailer: SPC-mailing 2.3")
    for extra in m["headers"]:
        h.append(extra)
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("utf-8") + render_part(m["body"], bgen)
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def formats(m):
    b = m["body"]
    f = []
    if b.ctype == "multipart/mixed":
        f.append("mixed")
        inner = b.children[0]
    else:
        inner = b
    if inner.ctype == "text/plain":
        f.insert(0, "plain")
    elif inner.ctype == "text/html":
        f.insert(0, "html-only")
    elif inner.ctype == "multipart/alternative":
        f.insert(0, "alt")
    t = _main_text(b)
    if t.ctype == "text/plain":
        if t.params.get("charset", "").lower() in ("windows-1252", "cp1252"):
            f.append("plain-cp1252")
        if t.cte == "quoted-printable":
            f.append("plain-qp")
        elif t.cte == "base64":
            f.append("plain-base64")
    if m["reply"] and "reply" not in m["fmt"]:
        f.append("reply")
    f += m["fmt"]
    for p in _walk(b):
        if p.disp:
            f.append("attachment-" + p.disp[1].rsplit(".", 1)[-1].lower())
    if m["bcc"]:
        f.append("bcc-envelope")
    out = []
    for x in f:
        if x not in out:
            out.append(x)
    return out


def ext_of(a):
    return a.split("@")[1].lower()


def is_school(a):
    return ext_of(a) in SCHOOL_DOMAINS


def check(m):
    """Self-consistency of the labels with the mail's structure (not a detector)."""
    rules = set(m["rules"])
    assert set(rules) <= set(RULE_ORDER), (m["slug"], rules)
    assert ("sensitive" in rules) == bool(m["cats"]), m["slug"]
    assert set(m["cats"]) <= set(CAT_ORDER), m["slug"]
    vis = [a[1].lower() for a in m["to"] + m["cc"]]
    outside = [a for a in vis if not is_school(a)]
    group = [a for a in vis if a in GROUPS]
    assert (("bcc" in rules) == (len(set(outside)) >= 2 or bool(group))), (m["slug"], outside, group)
    sender = (m["env_from"] or m["frm"][1]).lower()
    rc = [a[1].lower() for a in m["to"] + m["cc"] + m["bcc"]]
    priv = sender in STAFF_PRIVATE or any(a in STAFF_PRIVATE for a in rc)
    assert priv == ("private_account" in rules), m["slug"]
    danger = False
    for p in _walk(m["body"]):
        if p.disp:
            ext = p.disp[1].rsplit(".", 1)[-1].lower()
            if ext in DANGEROUS:
                danger = True
            if ext == "zip":
                import io as _io
                names = zipfile.ZipFile(_io.BytesIO(base64.decodebytes(p.body))).namelist()
                if any(n.rsplit(".", 1)[-1].lower() in DANGEROUS for n in names):
                    danger = True
    assert danger == ("attachment" in rules), m["slug"]
    ids = {p.id for p in ROSTER}
    about = [PUP[k].id for k in m["about"]]
    assert all(i in ids for i in about)
    parents_rc = [a for a in rc if a in PARENT_OF]
    if m["mis"]:
        assert "recipient" in rules
        assert len(about) == 1
        x = PUP[m["about"][0]]
        assert not (set(x.parents) & set(rc)), m["slug"]
        assert parents_rc, m["slug"]
    else:
        assert "recipient" not in rules
        if parents_rc and about:
            own = set()
            for k in m["about"]:
                own |= set(PUP[k].parents)
            assert own & set(rc), ("looks misdirected", m["slug"])


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    order = list(MAILS)
    random.Random(SEED * 1000 + 4545).shuffle(order)
    slugs = set()
    out = ["# batch45 - social service and accounting office of Sint-Pieterscollege Leuven (Tiensestraat): "
           "school costs, payment plans, OCMW, solidarity fund, bank/terminal/webshop credentials", ""]
    for n, m in enumerate(order, 1):
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        check(m)
        fn = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(m))
        rules = [r for r in RULE_ORDER if r in m["rules"]]
        rc = []
        for a in m["to"] + m["cc"] + m["bcc"]:
            if a[1] not in rc:
                rc.append(a[1])
        out.append(f"{fn}:")
        out.append(f"  rules: [{', '.join(rules)}]")
        if m["cats"]:
            cats = [c for c in CAT_ORDER if c in m["cats"]]
            out.append(f"  categories: {{sensitive: [{', '.join(cats)}]}}")
        out.append(f"  mail_from: {m['env_from'] or m['frm'][1]}")
        out.append(f"  rcpt: [{', '.join(rc)}]")
        out.append(f"  about: [{', '.join(PUP[k].id for k in m['about'])}]")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {yq(m['note'])}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: [{', '.join(formats(m))}]")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {len(order)} mails, {len(ROSTER)} pupils")


if __name__ == "__main__":
    main()
