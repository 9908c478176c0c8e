#!/usr/bin/env python3
"""batch48 - blind labelled outbound mail for the Stroom (LKSD) mail gateway.

Scenario: the general secondary school in Rotselaar (Sint-Pieterscollege), parents'
evenings after the Christmas report (Tuesday 7 January 2025 at school, Thursday
9 January 2025 online via Teams), booking tool, interpreters, follow-ups.

Deterministic: fixed dates, Message-IDs, MIME boundaries and a seeded RNG.
Standard library only.  Writes NNN-slug.eml, labels.yaml and roster.csv next to
this script.
"""
import csv
import hashlib
import io
import os
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=1))
RNG = random.Random(48048)

SCHOOL = "Sint-Pieterscollege Rotselaar"
SCHOOL_ADR = "Kerkstraat 27, 3110 Rotselaar"
SCHOOL_TEL = "016 44 12 30"
BOEKH_TEL = "016 44 12 34"
PLANNER = "https://spc-rotselaar.afspraakplanner-scholen.be"


def T(s):
    """Dedent a triple-quoted block and end it with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ---------------------------------------------------------------- staff ----
class Staff:
    def __init__(self, key, name, short, role, private=None):
        self.key, self.name, self.short, self.role, self.private = key, name, short, role, private
        first, last = name.split(" ", 1)
        self.email = f"{slugify(first)}.{slugify(last)}@sintpieterscollege.be"
        self.first = first

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"


_STAFF = [
    ("dir", "Geert Vanhoof", "gvh", "Directeur"),
    ("adj", "Ilse Verlinden", "ive", "Adjunct-directeur"),
    ("ict", "Tom Claes", "tcl", "ICT-coördinator"),
    ("sec", "Martine Goossens", "mgo", "Leerlingensecretariaat"),
    ("sec2", "Nele Torfs", "nto", "Leerlingensecretariaat (vervanging)"),
    ("lb", "Sarah Mertens", "sme", "Leerlingenbegeleider 2de en 3de graad"),
    ("lb1", "Youssef Amrani", "yam", "Leerlingenbegeleider 1ste graad"),
    ("zc", "Katrien Lemmens", "kle", "Zorgcoördinator"),
    ("ade", "An Devos", "ade", "Leerkracht Nederlands – klastitularis 3B"),
    ("bve", "Bart Verbeeck", "bve", "Leerkracht wiskunde – klastitularis 4A"),
    ("ldw", "Lieve De Wolf", "ldw", "Leerkracht Frans – klastitularis 2C"),
    ("jma", "Joris Maes", "jma", "Leerkracht geschiedenis – klastitularis 5B"),
    ("nhe", "Nathalie Hermans", "nhe", "Leerkracht biologie – klastitularis 1B"),
    ("pja", "Pieter Jacobs", "pja", "Leerkracht LO"),
    ("evd", "Els Van Damme", "evd", "Leerkracht Engels – klastitularis 6A"),
    ("kwu", "Kristof Wuyts", "kwu", "Leerkracht fysica – klastitularis 4C"),
    ("hsm", "Hanne Smets", "hsm", "Leerkracht wiskunde – klastitularis 3A"),
    ("wae", "Wim Aerts", "wae", "Leerkracht economie – klastitularis 5A"),
    ("swi", "Sofie Willems", "swi", "Leerkracht Latijn – klastitularis 2A"),
    ("jhe", "Jonas Hendrickx", "jhe", "Leerkracht aardrijkskunde – klastitularis 1A"),
    ("dst", "Dirk Stevens", "dst", "Technisch assistent"),
    ("vco", "Veerle Coppens", "vco", "Boekhouding"),
    ("gvb", "Griet Van den Bossche", "gvb", "Leerkracht wetenschappen – klastitularis 3C"),
    ("mro", "Marc Roels", "mro", "Leerkracht godsdienst – klastitularis 6B"),
    ("eda", "Eva Daems", "eda", "Leerkracht Nederlands – klastitularis 1C"),
    ("kbo", "Koen Bollen", "kbo", "Leerkracht Frans – klastitularis 2B"),
    ("tvl", "Tine Vleugels", "tvl", "Leerkracht Engels – klastitularis 4B"),
]
S = {k: Staff(k, n, s, r) for k, n, s, r in _STAFF}
S["gvb"].email = "griet.vandenbossche@sintpieterscollege.be"

PRIV = {
    "ade": "An Devos <andevos.rotselaar@gmail.com>",
    "bve": "Bart Verbeeck <bartverbeeck79@hotmail.com>",
    "jma": "Joris Maes <joris.maes.leuven@gmail.com>",
    "ldw": "Lieve De Wolf <lieve.dw@outlook.com>",
}

# external partners (invented)
CLB = "Eline Boeckx <eline.boeckx@clb-dijleland.be>"
TOLKENPUNT = "Tolkenpunt Vlaams-Brabant <planning@tolkenpunt-vlaamsbrabant.be>"
OKSANA = "Oksana Melnyk <oksana.melnyk.tolk@gmail.com>"
VENDOR = "Afspraakplanner Scholen – support <support@afspraakplanner-scholen.be>"

# ---------------------------------------------------------------- roster ---
CLASSES = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C",
           "4A", "4B", "4C", "5A", "5B", "6A", "6B"]
CLASS_SIZE = dict(zip(CLASSES, [19, 19, 18, 19, 19, 18, 19, 19, 18,
                                19, 19, 19, 19, 18, 19, 19]))

# key: (first, last, class, parent1, parent2)
FEATURED = {
    "jonas":    ("Jonas", "Janssens", "3B", "kris.janssens@telenet.be", "evy.vandersteen@gmail.com"),
    "jana":     ("Jana", "Janssens", "4A", "janssens.rotselaar@skynet.be", ""),
    "lina":     ("Lina", "El Amrani", "3B", "rachid.elamrani@hotmail.com", "fatima.bouzid@gmail.com"),
    "noahp":    ("Noah", "Peeters", "3B", "ann.verhaegen@telenet.be", "geert.peeters@proximus.be"),
    "lottep":   ("Lotte", "Peeters", "1A", "ann.verhaegen@telenet.be", "geert.peeters@proximus.be"),
    "noahv":    ("Noah", "Vermeulen", "3A", "vermeulen.gezin@gmail.com", ""),
    "jules":    ("Jules", "Peeters", "5A", "peetersfamilie@gmail.com", ""),
    "emma":     ("Emma", "Wouters", "3B", "sofie.lambrechts@telenet.be", "pieter.wouters@outlook.com"),
    "lars":     ("Lars", "Wouters", "2C", "hilde.wouters@skynet.be", ""),
    "sien":     ("Sien", "Vandenberghe", "3B", "familie.vandenberghe@telenet.be", ""),
    "wout":     ("Wout", "Verstraeten", "4C", "bram.verstraeten@gmail.com", "nele.smolders@telenet.be"),
    "yasmine":  ("Yasmine", "Benali", "2A", "mohamed.benali@hotmail.com", ""),
    "adam":     ("Adam", "Benali", "4B", "mohamed.benali@hotmail.com", ""),
    "milan":    ("Milan", "De Smet", "1B", "tine.desmet@icloud.com", ""),
    "rayan":    ("Rayan", "Bouhaddi", "5B", "karima.aitouali@gmail.com", ""),
    "ilias":    ("Ilias", "Van Hoeck", "2C", "pleeggezin.dewinter@telenet.be", ""),
    "febe":     ("Febe", "Goris", "6A", "luc.goris@skynet.be", "an.timmermans@gmail.com"),
    "noor":     ("Noor", "Michiels", "1A", "liesbeth.vanlaer@telenet.be", "kevin.michiels@gmail.com"),
    "sofiia":   ("Sofiia", "Shevchenko", "3B", "iryna.shevchenko@gmail.com", ""),
    "maksym":   ("Maksym", "Shevchenko", "1C", "iryna.shevchenko@gmail.com", ""),
    "hanne":    ("Hanne", "Bosmans", "5A", "dirk.bosmans@telenet.be", "greet.vanrompaey@skynet.be"),
    "thibault": ("Thibault", "Lejeune", "4A", "isabelle.lejeune@skynet.be", "marc.lejeune@proximus.be"),
    "camille":  ("Camille", "Dubois", "2B", "nathalie.dubois@gmail.com", ""),
    "ella":     ("Ella", "Vos", "1B", "jelle.vos@outlook.com", "marie.segers@telenet.be"),
    "arthur":   ("Arthur", "Lenaerts", "6A", "koen.lenaerts@telenet.be", ""),
    "amira":    ("Amira", "Haddad", "6A", "samir.haddad@hotmail.com", ""),
    "lucasg":   ("Lucas", "Geerts", "4A", "lieve.geerts@telenet.be", ""),
    "lucasc":   ("Lucas", "Cools", "2B", "cools.familie@skynet.be", ""),
    "milav":    ("Mila", "Van de Velde", "3A", "bert.vandevelde@gmail.com", "karen.huybrechts@telenet.be"),
    "milae":    ("Mila", "Engelen", "5A", "engelen.h@proximus.be", ""),
    "senne":    ("Senne", "De Wit", "4C", "sara.dewit@gmail.com", ""),
    "kobe":     ("Kobe", "Verbruggen", "5B", "patrick.verbruggen@telenet.be", ""),
    "lotted":   ("Lotte", "De Waele", "2A", "griet.dewaele@icloud.com", ""),
    "stan":     ("Stan", "Vanhulle", "3C", "ines.vanhulle@gmail.com", ""),
    "bilal":    ("Bilal", "Azzouzi", "4B", "nadia.azzouzi@hotmail.com", ""),
    "robbe":    ("Robbe", "Van Loock", "3B", "tim.vanloock@telenet.be", "els.deboeck@gmail.com"),
    "marie":    ("Marie", "Dumont", "5B", "sophie.dumont@skynet.be", ""),
    "elias":    ("Elias", "Vanderlinden", "2B", "vanderlinden.bart@gmail.com", ""),
    "victor":   ("Victor", "Laenen", "4C", "laenen.wyns@telenet.be", ""),
    "nina":     ("Nina", "Claessens", "3A", "giulia.rossi@gmail.com", "stefan.claessens@telenet.be"),
    "mauro":    ("Mauro", "Rossi", "4B", "giulia.rossi@gmail.com", "luca.rossi@hotmail.com"),
    "kato":     ("Kato", "Smeets", "1A", "wendy.smeets@telenet.be", ""),
    "jasper":   ("Jasper", "Moens", "2B", "sandra.moens@outlook.com", ""),
    "dylan":    ("Dylan", "Vermeiren", "2C", "jessica.claes@hotmail.com", ""),
    "ruben":    ("Ruben", "Claeys", "4B", "ilse.claeys@telenet.be", ""),
    "zeynep":   ("Zeynep", "Yilmaz", "4B", "mehmet.yilmaz@gmail.com", "ayse.yilmaz@gmail.com"),
    "sami":     ("Sami", "Aziz", "1C", "nadia.aziz@gmail.com", ""),
    "oliver":   ("Oliver", "Brooks", "6A", "james.brooks@outlook.com", "claire.brooks@outlook.com"),
    "olivia":   ("Olivia", "Baert", "6A", "frank.baert@telenet.be", "leen.vanhove@gmail.com"),
}

ORIGINS = {
    # origin: (weight, surnames, boys, girls, adult first names)
    "vl": (72, ["Peeters", "Janssens", "Martens", "Lambrechts", "Verhoeven", "Pauwels", "Van den Broeck",
                "Leemans", "Vermeulen", "Geerts", "Michiels", "Thijs", "Van Dyck", "Bosmans", "Verstraeten",
                "Cools", "Vandenberghe", "Dewulf", "Nijs", "Van Hove", "Vervoort", "Bogaerts", "Swinnen",
                "Mommaerts", "Verbeke", "Van Gorp", "Schepers", "Stas", "Vranckx", "Celis", "Huysmans",
                "Luyten", "Deckers", "Sels", "Jansen", "Heylen", "Vos", "Wouters", "De Smet", "Goris",
                "Ceulemans", "Van Roy", "Smolders", "Beckers", "Vandeputte", "De Ridder", "Verlinde",
                "Van Loon", "Lenaerts", "Engelen", "Dierckx", "Van Aken", "Moens", "Ooms", "Rombouts"],
           ["Lucas", "Noah", "Liam", "Arthur", "Louis", "Jules", "Finn", "Mats", "Vic", "Lars", "Seppe",
            "Wout", "Senne", "Kobe", "Milan", "Robbe", "Stan", "Jasper", "Victor", "Elias", "Ruben",
            "Thomas", "Warre", "Bent", "Cas", "Daan", "Tuur", "Lowie", "Nand", "Jelle", "Siebe", "Jef",
            "Mathis", "Xander", "Ferre", "Rune", "Adam", "Aaron"],
           ["Emma", "Olivia", "Lotte", "Mila", "Noor", "Sien", "Febe", "Hanne", "Ella", "Nina", "Kato",
            "Marie", "Elise", "Julie", "Fien", "Lore", "Lien", "Amber", "Zoë", "Louise", "Charlotte",
            "Jade", "Ines", "Lisa", "Laura", "Lena", "Margot", "Roos", "Axelle", "Floor", "Tess",
            "Merel", "Jana", "Luna", "Oona", "Flore", "Liv"],
           ["Kris", "Evy", "Ann", "Geert", "Sofie", "Pieter", "Hilde", "Bram", "Nele", "Tine", "Luc",
            "Katrien", "Jan", "Els", "Wim", "Bart", "Veerle", "Steven", "Kathleen", "Peter", "Griet",
            "Inge", "Sven", "Lies", "Sarah", "Nathalie", "Frederik", "Jo", "Heidi", "Koen", "Caroline",
            "Dries", "Joke", "Wouter", "Leen", "Stijn", "Ellen", "Jeroen", "Annelies", "Tim", "Eline"]),
    "ma": (11, ["Benali", "Bouzid", "El Idrissi", "Aarab", "Tahiri", "Chaouki", "El Khattabi", "Ouahabi", "Bakkali"],
           ["Adam", "Rayan", "Ilias", "Amir", "Hamza", "Ayoub", "Omar", "Yusuf", "Anas", "Bilal", "Zakaria"],
           ["Yasmine", "Aya", "Salma", "Nour", "Inaya", "Hiba", "Lina", "Sara", "Malak", "Imane"],
           ["Nadia", "Rachid", "Fatima", "Mohamed", "Samira", "Ahmed", "Karim", "Leila", "Hakim", "Khadija"]),
    "tr": (5, ["Yilmaz", "Demir", "Kaya", "Öztürk", "Arslan"],
           ["Emir", "Kerem", "Yusuf", "Mert", "Efe"], ["Elif", "Zeynep", "Ela", "Defne", "Azra"],
           ["Hatice", "Murat", "Ayse", "Mehmet", "Emine", "Hasan"]),
    "ua": (4, ["Kovalenko", "Bondarenko", "Tkachenko", "Melnychuk"],
           ["Artem", "Bohdan", "Danylo", "Mykyta"], ["Anastasiia", "Daryna", "Polina", "Viktoriia"],
           ["Olena", "Oleksandr", "Natalia", "Andrii", "Tetiana"]),
    "pl": (3, ["Nowak", "Kowalski", "Wiśniewski"], ["Jakub", "Szymon", "Filip"], ["Zofia", "Zuzanna", "Maja"],
           ["Piotr", "Agnieszka", "Katarzyna", "Tomasz"]),
    "it": (3, ["Esposito", "Silva", "Pereira", "Bianchi"], ["Mateo", "Luca", "Gabriel", "Tiago"],
           ["Giulia", "Sofia", "Beatriz", "Chiara"], ["Marco", "Giulia", "Ana", "Joao", "Paola"]),
    "af": (2, ["Diallo", "Mbala", "Kabongo"], ["Aaron", "Mamadou", "Nathan"], ["Fatou", "Grace", "Mariam"],
           ["Fatou", "Mamadou", "Christelle", "Jean-Pierre"]),
    "as": (2, ["Nguyen", "Haidari", "Ahmadi"], ["Omar", "Minh", "Ali"], ["Mona", "Linh", "Mahsa"],
           ["Linh", "Karim", "Farida", "Tuan"]),
}
PROV = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "gmail.com",
        "hotmail.com", "outlook.com", "icloud.com"]
STAFF_SURN = {s.name.split(" ", 1)[1] for s in S.values()}


def build_roster():
    used_addr = set()
    for f in FEATURED.values():
        used_addr.update(a for a in f[3:] if a)
    used_addr.update(s.email for s in S.values())
    names = {(f[0], f[1]) for f in FEATURED.values()}
    first_in_class = {c: set() for c in CLASSES}
    count = {c: 0 for c in CLASSES}
    pupils = []
    for key, (fi, la, kl, p1, p2) in FEATURED.items():
        pupils.append(dict(key=key, first=fi, last=la, klas=kl, p1=p1, p2=p2))
        first_in_class[kl].add(fi)
        count[kl] += 1

    def new_addr(pf, last, other):
        for _ in range(50):
            prov = RNG.choice(PROV)
            r = RNG.random()
            if r < 0.33:
                a = f"{slugify(pf)}.{slugify(last)}@{prov}"
            elif r < 0.58:
                a = f"{slugify(pf)}.{slugify(other)}@{prov}"
            elif r < 0.68:
                a = f"{RNG.choice(['fam', 'familie', 'gezin'])}.{slugify(last)}@{prov}"
            elif r < 0.84:
                a = f"{slugify(pf)}{slugify(last)}{RNG.randint(60, 99)}@{RNG.choice(['gmail.com', 'hotmail.com'])}"
            else:
                a = f"{slugify(pf)[0]}.{slugify(other)}@{prov}"
            if a not in used_addr:
                used_addr.add(a)
                return a
        raise RuntimeError("address space")

    filler = []
    for kl in CLASSES:
        while count[kl] < CLASS_SIZE[kl]:
            origin = RNG.choices(list(ORIGINS), weights=[o[0] for o in ORIGINS.values()])[0]
            _, surn, boys, girls, adults = ORIGINS[origin]
            last = RNG.choice(surn)
            if last in STAFF_SURN:
                continue
            first = RNG.choice(boys if RNG.random() < 0.5 else girls)
            if (first, last) in names or first in first_in_class[kl]:
                continue
            pf1, pf2 = RNG.sample(adults, 2)
            other1 = RNG.choice(surn if RNG.random() < 0.8 else ORIGINS["vl"][1])
            other2 = RNG.choice(surn)
            p1 = new_addr(pf1, last, other1)
            p2 = new_addr(pf2, last, other2) if RNG.random() < 0.55 else ""
            names.add((first, last))
            first_in_class[kl].add(first)
            count[kl] += 1
            d = dict(key=None, first=first, last=last, klas=kl, p1=p1, p2=p2, origin=origin)
            pupils.append(d)
            filler.append(d)
    # siblings: same surname, same parents (different grade)
    RNG.shuffle(filler)
    done = set()
    pairs = 0
    for a in filler:
        if pairs >= 16:
            break
        for b in filler:
            if id(a) in done or id(b) in done or a is b:
                continue
            if a["klas"][0] == b["klas"][0] or a["origin"] != b["origin"]:
                continue
            if (b["first"], a["last"]) in names or b["first"] == a["first"]:
                continue
            names.discard((b["first"], b["last"]))
            b["last"] = a["last"]
            names.add((b["first"], b["last"]))
            b["p1"], b["p2"] = a["p1"], a["p2"]
            done.update({id(a), id(b)})
            pairs += 1
            break
    # half siblings: share the first parent only, different surnames
    halves = 0
    for a in filler:
        if halves >= 3:
            break
        for b in filler:
            if id(a) in done or id(b) in done or a is b or a["klas"][0] == b["klas"][0]:
                continue
            b["p1"] = a["p1"]
            done.update({id(a), id(b)})
            halves += 1
            break
    pupils.sort(key=lambda p: (p["klas"], slugify(p["last"]), slugify(p["first"])))
    emails = set()
    for i, p in enumerate(pupils, 1):
        p["id"] = f"P{i:04d}"
        base = f"{slugify(p['first'])}.{slugify(p['last'])}"
        e, n = base, 1
        while e in emails:
            n += 1
            e = f"{base}{n}"
        emails.add(e)
        p["email"] = f"{e}@leerling.sintpieterscollege.be"
    return pupils


ROSTER = build_roster()
P = {p["key"]: p for p in ROSTER if p["key"]}


def parents(p):
    return [a for a in (p["p1"], p["p2"]) if a]


def in_class(*klassen):
    return [p for p in ROSTER if p["klas"] in klassen]


def filler_in(klas, n, skip=0):
    xs = [p for p in ROSTER if p["klas"] == klas and not p["key"]]
    return xs[skip:skip + n]


def parents_of(pupils):
    out = []
    for p in pupils:
        for a in parents(p):
            if a not in out:
                out.append(a)
    return out


def full(p):
    return f"{p['first']} {p['last']}"


# ------------------------------------------------------ numbers & codes ----
def rrn(y, m, d, seq):
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(base) if y < 2000 else int("2" + base)
    return f"{y % 100:02d}.{m:02d}.{d:02d}-{seq:03d}.{97 - n % 97:02d}"


def be_iban(bank3, acct7):
    ten = f"{bank3}{acct7}"
    chk = int(ten) % 97 or 97
    bban = ten + f"{chk:02d}"
    cd = 98 - int(bban + "111400") % 97
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ogm(ten):
    chk = int(ten) % 97 or 97
    s = f"{ten}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


IBAN_SCHOOL = be_iban("735", "0412873")
IBAN_YILMAZ = be_iban("063", "5518204")

# -------------------------------------------------------------- attachments
ZDATE = (2024, 12, 16, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Blad1", macro=False):
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if macro:
        vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
               b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call MaakFiches\r\nEnd Sub\r\n"
               b"Sub MaakFiches()\r\n  Dim ws As Worksheet\r\n  Set ws = ThisWorkbook.Sheets(1)\r\n"
               b"  Shell \"cmd /c copy /y \\\\spc-fs01\\sjablonen\\fiche.dotx %TEMP%\\fiche.dotx\", vbHide\r\n"
               b"End Sub\r\n")
        files.append(("xl/vbaProject.bin", vba))
    return _zip(files)


def docx_bytes(paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title="Document"):
    content = "BT /F1 11 Tf 50 800 Td 15 TL\n" + "".join(f"({_pdfesc(l)}) '\n" for l in lines) + "ET\n"
    cbytes = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Title (" + _pdfesc(title).encode("cp1252") + b") /Producer (Microsoft Word 2016) "
        b"/CreationDate (D:20241216090000+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def pdf_encrypted_bytes(seed):
    """A PDF whose only content stream is encrypted (unreadable without the password)."""
    r = random.Random(seed)
    blob = bytes(r.randrange(256) for _ in range(900))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 900 /Filter /FlateDecode >>\nstream\n" + blob + b"\nendstream",
        b"<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1340 /O <" + bytes(r.randrange(256) for _ in range(32)).hex().encode()
        + b"> /U <" + bytes(r.randrange(256) for _ in range(32)).hex().encode() + b"> /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF >>",
    ]
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Encrypt 5 0 R "
            f"/ID [<{hashlib.md5(str(seed).encode()).hexdigest()}> <{hashlib.md5(str(seed).encode()).hexdigest()}>] >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def office_encrypted_bytes(seed):
    """An Office file protected with a password: a CFB container, contents encrypted."""
    r = random.Random(seed)
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    names = "EncryptionInfo\x00EncryptedPackage\x00".encode("utf-16-le")
    return head + b"\x00" * 20 + names + bytes(r.randrange(256) for _ in range(4096))


def csv_bytes(rows, bom=True, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + data) if (bom and enc == "utf-8") else data


FAKE_EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 +
            b"\x80\x00\x00\x00\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
            b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00L\x01")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"

# ------------------------------------------------------------ HTML helpers -
def h(s):
    return _x(s)


def outlook_html(inner, lang="NL-BE"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.MsoTableGrid {border-collapse:collapse;}\n'
            'span.E-mailStijl17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}\n'
            '--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def render_blocks(blocks):
    """blocks: str paragraphs ('' = empty line) or ('table', header, rows). Returns (text, html_inner)."""
    tl, hl = [], []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _, hdr, rows = b
            tl.append("\t".join(hdr))
            for r in rows:
                tl.append("\t".join(r))
            cells = "".join(
                f'<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">'
                f'<p class="MsoNormal"><b>{h(c)}</b><o:p></o:p></p></td>' for c in hdr)
            trs = [f"<tr>{cells}</tr>"]
            for r in rows:
                tds = "".join(
                    f'<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt">'
                    f'<p class="MsoNormal">{h(c)}<o:p></o:p></p></td>' for c in r)
                trs.append(f"<tr>{tds}</tr>")
            hl.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                      'style="border-collapse:collapse;border:none">\n' + "\n".join(trs) + "\n</table>")
        elif b == "":
            tl.append("")
            hl.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            tl.extend(b.split("\n"))
            for line in b.split("\n"):
                hl.append(f'<p class="MsoNormal">{h(line)}<o:p></o:p></p>')
    return "\n".join(tl) + "\n", "\n".join(hl)


# ---------------------------------------------------------- quoting helpers
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def nl_long(dt):
    return f"{DAYS_NL[dt.weekday()]} {dt.day} {MONTHS_NL[dt.month - 1]} {dt.year} {dt:%H:%M}"


def outlook_quote(frm, to, when, subject, body):
    return ("\n________________________________\n"
            f"Van: {frm}\nVerzonden: {nl_long(D(when))}\nAan: {to}\nOnderwerp: {subject}\n\n" + body)


def gmail_quote(frm, when, body):
    dt = D(when)
    head = f"Op {DAYS_NL[dt.weekday()][:2]} {dt.day} {MONTHS_NL[dt.month - 1][:3]} {dt.year} om {dt:%H:%M} schreef {frm}:"
    return "\n" + head + "\n" + "".join(("> " + l if l else ">") + "\n" for l in body.rstrip("\n").split("\n"))


def apple_quote(frm, when, body):
    dt = D(when)
    head = f"Op {dt.day} {MONTHS_NL[dt.month - 1][:3]}. {dt.year} om {dt:%H:%M} heeft {frm} het volgende geschreven:"
    return "\n" + head + "\n\n" + "".join(("> " + l if l else ">") + "\n" for l in body.rstrip("\n").split("\n"))


# ------------------------------------------------------------ mail registry
MAILS = []


def add(kind, slug, *, frm, to, subject, date, text=None, html=None, cc=(), bcc=(), mail_from=None,
        rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=("plain",), cte="8bit",
        charset="utf-8", html_cte="quoted-printable", atts=(), headers=None, reply_to_id=None,
        rcpt_extra=()):
    MAILS.append(dict(kind=kind, slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc),
                      subject=subject, date=date, text=text, html=html, mail_from=mail_from,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), cte=cte, charset=charset, html_cte=html_cte,
                      atts=list(atts), headers=dict(headers or {}), reply_to_id=reply_to_id,
                      rcpt_extra=list(rcpt_extra)))


OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0"}
IPHONE = {"X-Mailer": "iPhone Mail (21C66)"}
GMAIL = {}
THUNDER = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"}


def sig(k, tel=False, mob=None, adr=False, en=False, fr=False):
    s = S[k]
    lines = ["", "Met vriendelijke groeten," if not (en or fr) else ("Kind regards," if en else "Bien à vous,"), "", s.name, s.role, SCHOOL]
    if adr:
        lines.append(SCHOOL_ADR)
    if tel:
        lines.append(f"T {SCHOOL_TEL}")
    if mob:
        lines.append(f"GSM {mob}")
    lines.append("www.sintpieterscollege.be")
    return "\n".join(lines) + "\n"


# =====================================================================
#  CREDENTIALS (password) – 35 mails
# =====================================================================
def mails_password():
    ict, adj, sec = S["ict"], S["adj"], S["sec"]

    add("pw", "login-planner-ade", frm=ict.addr, to=[S["ade"].addr], date="2024-12-12 08:14",
        subject="Je login voor de afspraakplanner", headers=OUTLOOK,
        text=T(f"""
            Dag An,

            Je account voor de afspraakplanner van het oudercontact is aangemaakt.

            Adres: {PLANNER}/leerkracht
            Gebruikersnaam: ade
            Startwachtwoord: Kerstrapport-2024!

            Bij de eerste keer aanmelden moet je het wachtwoord wijzigen. Duid daarna je beschikbaarheden aan voor dinsdag 7/1 (op school) en donderdag 9/1 (online), graag vóór vrijdag 13 december.

            Groeten,
            Tom
            ICT-coördinator
            """),
        rules=["password"], note="teacher's start password for the booking tool in clear text")

    staff_rows = [["Gebruikersnaam", "Naam", "Startwachtwoord", "Aangemeld"]]
    words = ["Sneeuw", "Dijle", "Kerst", "Winter", "Rapport", "Ster", "Lantaarn", "Vorst", "Hulst", "Kaars"]
    for k in ["ade", "bve", "ldw", "jma", "nhe", "pja", "evd", "kwu", "hsm", "wae", "swi", "jhe",
              "gvb", "mro", "kbo", "tvl", "lb", "lb1", "zc"]:
        st = S[k]
        pw = f"{RNG.choice(words)}-{RNG.choice(words)}{RNG.randint(10, 99)}{RNG.choice('!#?*')}"
        staff_rows.append([st.short, st.name, pw, RNG.choice(["ja", "ja", "nee"])])
    add("pw", "startwachtwoorden-planner-csv", frm=ict.addr, to=[S["dir"].addr], cc=[adj.addr],
        date="2024-12-12 08:40", subject="Lijst startwachtwoorden planner (voor noodgevallen)", headers=OUTLOOK,
        text=T("""
            Geert, Ilse,

            In bijlage de lijst met de gebruikersnamen en startwachtwoorden van alle collega's voor de afspraakplanner. Sommige collega's vinden mijn mail niet terug of zitten thuis ziek; dan kunnen jullie het hun doorgeven als ik er niet ben (vrijdag ben ik op opleiding).

            Wie al aangemeld is, heeft intussen een eigen wachtwoord en dan werkt het startwachtwoord niet meer.

            Tom
            """),
        atts=[("startwachtwoorden_planner.csv", csv_bytes(staff_rows), "text/csv")],
        rules=["password"], fmt=["plain", "attachment-csv"],
        note="CSV attachment listing all teachers' start passwords")

    b3 = in_class("3B")
    rows = [["Intern nummer", "Leerling", "Klas", "Oudercode", "Geboekt"]]
    codes3b = {}
    for p in b3:
        code = f"{slugify(p['last'])[:3].upper()}-{RNG.randint(1000, 9999)}-{RNG.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{RNG.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
        codes3b[p["key"] or p["id"]] = code
        rows.append([p["id"], full(p), "3B", code, RNG.choice(["ja", "ja", "nee"])])
    add("pw", "oudercodes-3b-xlsx", frm=sec.addr, to=[S["ade"].addr], date="2024-12-17 10:05",
        subject="oudercodes 3B", headers=OUTLOOK,
        text=T("""
            Dag An,

            Zoals gevraagd de oudercodes van jouw klas voor de afspraakplanner. Er hebben al een paar ouders gebeld dat ze de brief niet meer vinden. Je mag de code doorgeven aan de ouders die erom vragen (liefst mondeling of via de schoolagenda van de leerling).

            Groetjes,
            Martine
            Leerlingensecretariaat
            """),
        atts=[("oudercodes_3B.xlsx", xlsx_bytes(rows, sheet="3B"), XLSX)],
        rules=["password"], about=b3, fmt=["plain", "attachment-xlsx"],
        note="xlsx with the personal login code of every 3B family for the booking tool")

    add("pw", "beheerdersaccount-planner", frm=ict.addr, to=[adj.addr], date="2025-01-06 16:52",
        subject="Beheerdersaccount planner voor morgen", headers=OUTLOOK,
        text=T("""
            Ilse,

            Ik ben morgen pas om 18u op school (vormingsdag ICT-coördinatoren in Brussel). Voor als er iets misloopt met de planner vóór ik er ben, het beheerdersaccount:

            Login: admin.spc-rotselaar
            Wachtwoord: Dijle#Planner2025

            Daarmee kan je gesprekken verplaatsen en lokalen aanpassen. Aub niet doorgeven, ik verander het woensdag.

            Bel me gerust als er iets is.

            Tom Claes
            ICT-coördinator Sint-Pieterscollege Rotselaar
            GSM 0486 52 17 09
            """),
        rules=["password", "personal_data"], note="admin account of the booking tool in clear text; mobile number in signature")

    sien = P["sien"]
    q = T(f"""
        Goedemorgen,

        Ik vind de brief met de code voor het oudercontact niet meer. Kunnen jullie die opnieuw bezorgen?

        Mvg,
        Kathleen Vandenberghe (mama van Sien, 3B)
        """)
    add("pw", "re-code-kwijt-sien", frm=sec.addr, to=[f"Kathleen Vandenberghe <{sien['p1']}>"],
        date="2024-12-18 11:20", subject="RE: code oudercontact kwijt", headers=OUTLOOK,
        text=T(f"""
            Beste mevrouw Vandenberghe,

            Hierbij de persoonlijke code voor het oudercontact van Sien (3B):

            Oudercode: SPC-4827-KQ

            U kunt hiermee inloggen op {PLANNER} en tot vrijdag 3 januari een tijdslot kiezen.

            Met vriendelijke groeten,

            Martine Goossens
            Leerlingensecretariaat
            {SCHOOL}
            {SCHOOL_ADR}
            T {SCHOOL_TEL}
            """) + outlook_quote(f"Kathleen Vandenberghe <{sien['p1']}>", f"{sec.name} <{sec.email}>",
                                 "2024-12-18 07:52", "code oudercontact kwijt", q),
        rules=["password", "personal_data"], about=[sien], fmt=["plain", "reply"],
        note="parent's personal booking code sent by mail (to the right parent); school phone in signature")

    add("pw", "nieuwe-oudercode-noah", frm=sec.addr, to=[f"Vermeulen <{P['noahv']['p1']}>"],
        date="2024-12-19 09:02", subject="Nieuwe oudercode Noah", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Uw vorige code werkte niet omdat ze aan een oude inschrijving gekoppeld was. Hierbij de nieuwe code voor de gesprekken over Noah Peeters (3B):

            RTS-9Q2-XK7

            Met deze code kan u tijdsloten boeken bij mevrouw Devos (klastitularis) en bij de vakleerkrachten van 3B.

            Vriendelijke groeten,
            Martine Goossens
            Leerlingensecretariaat
            """),
        rules=["password", "recipient"], about=[P["noahp"]], mis=True,
        note="booking code for Noah Peeters (3B) sent to the parents of Noah Vermeulen (3A): same first name, none of Noah Peeters' parents")

    add("pw", "alarmcode-dijlezaal", frm=S["dst"].addr, to=[S["pja"].addr], cc=[S["jhe"].addr],
        date="2025-01-06 14:10", subject="Dijlezaal dinsdagavond", headers=OUTLOOK,
        text=T("""
            Pieter,

            De gesprekken van de eerste graad zitten dinsdag in de Dijlezaal (de tafels staan er vanaf 14u). Ik ben zelf weg om 20u, dus jij sluit af.

            Alarmcode zaal: 4719 en dan de toets OFF. Bij het buitengaan: 4719 + ON, je hebt dan 30 seconden.
            Sleutel van de zaal hangt in het sleutelkastje in de gang aan de turnzaal, haakje 12.

            De lichten achteraan gaan uit met de schakelaar naast de bergruimte.

            Dirk
            """),
        rules=["password"], note="alarm code of the school hall")

    add("pw", "sleutelkluisje-achterpoort", frm=S["dst"].addr, to=[adj.addr], date="2025-01-07 07:31",
        subject="sleutelkluisje", headers=IPHONE,
        text=T("""
            Ilse de code van het kluisje aan de achterpoort is veranderd, is nu 2580. Daarin zitten de sleutels van de refter en het B-blok voor vanavond. Graag doorgeven aan de collega's die laat blijven

            Dirk

            Verzonden vanaf mijn iPhone
            """),
        rules=["password"], fmt=["plain", "phone"], note="code of the key safe")

    add("pw", "wifi-gastnetwerk", frm=ict.addr, to=[S["ade"].addr, S["bve"].addr, S["hsm"].addr],
        date="2025-01-06 11:00", subject="Wifi op het oudercontact", headers=OUTLOOK,
        text=T("""
            Dag collega's,

            Jullie vroegen of je dinsdag met je eigen laptop kan werken in de lokalen van het B-blok. Het personeelsnetwerk werkt daar slecht; gebruik het gastnetwerk:

            Netwerk (SSID): SPC-Gast
            Sleutel: Dijle-Ouders-2025

            Het netwerk staat enkel aan van 15u tot 21u30.

            Tom
            """),
        rules=["password"], note="Wi-Fi key; three single colleagues in To is fine")

    add("pw", "tijdelijk-wachtwoord-in-twee-delen", frm=ict.addr, to=[S["gvb"].addr], date="2024-12-16 13:45",
        subject="planner: tijdelijk wachtwoord", headers=OUTLOOK,
        text=T("""
            Griet,

            Je account stond op geblokkeerd. Ik heb een tijdelijk wachtwoord ingesteld. Ik zet het in twee stukken, plak ze achter elkaar zonder spatie:

            deel 1: Rot7
            deel 2: selaar#91

            Daarna vraagt de planner meteen een nieuw wachtwoord.

            Groeten,
            Tom
            """),
        rules=["password"], note="temporary password split over two lines")

    add("pw", "wachtwoord-gespeld", frm=ict.addr, to=[S["mro"].addr], date="2024-12-17 16:03",
        subject="zoals aan de telefoon", headers=THUNDER,
        text=T("""
            Marc,

            Zoals aan de telefoon: je nieuwe wachtwoord voor de planner begint met een hoofdletter W, dan "inter", dan 2025 en een uitroepteken op het einde.
            Letter per letter: W - i - n - t - e - r - 2 - 0 - 2 - 5 - !

            Je gebruikersnaam blijft mro.

            Tom
            """),
        rules=["password"], note="password spelled out letter by letter")

    add("pw", "herstelcodes-beheerdersaccount", frm=ict.addr, to=[S["dir"].addr], date="2024-12-20 15:30",
        subject="Back-upcodes beheerdersaccount (afdrukken en in de kluis)", headers=OUTLOOK,
        text=T("""
            Geert,

            Sinds deze week staat tweestapsverificatie aan op het beheerdersaccount van de afspraakplanner. Als mijn gsm stuk is of ik er niet ben, kan je met één van deze herstelcodes toch binnen. Elke code werkt maar één keer.

              7731-0942
              5530-1184
              2096-8817
              4419-3305
              8862-1470
              1357-6629
              9184-2753
              6620-4491

            Wil je dit afdrukken en in de kluis van het secretariaat leggen? Daarna mag de mail weg.

            Tom
            """),
        rules=["password"], note="two-factor recovery codes of the admin account")

    add("pw", "verificatiecode-sms", frm=adj.addr, to=[ict.addr], date="2025-01-09 17:48", subject="code",
        headers={"X-Mailer": "Outlook for Android"},
        text=T("""
            Tom, ik krijg een sms met een verificatiecode voor de planner: 482913
            Kan jij die ingeven vanop jouw pc? Ik zit nog in de klassenraad en kan niet aan mijn laptop. Hij is 10 minuten geldig.
            Ilse

            Outlook voor Android downloaden
            """),
        rules=["password"], fmt=["plain", "phone"], note="one-time verification code forwarded")

    add("pw", "kopieercode-nieuwe-collega", frm=sec.addr, to=[S["eda"].addr], date="2025-01-03 10:10",
        subject="kopieercode", headers=OUTLOOK,
        text=T("""
            Dag Eva,

            Welkom in ons team! Je kopieercode voor de printer in de leraarskamer (en die in het secretariaat) is 6142. Daarmee kan je ook de gespreksfiches voor dinsdag afdrukken. Papier ligt in de kast onder de printer.

            Groetjes,
            Martine
            """),
        rules=["password"], note="printer/copier code")

    el = P["elias"]
    add("pw", "nieuw-wachtwoord-smartschool-elias", frm=ict.addr, to=[f"Bart Vanderlinden <{el['p1']}>"],
        date="2025-01-08 09:15", subject="Nieuw wachtwoord Smartschool Elias", headers=OUTLOOK,
        text=T("""
            Beste meneer Vanderlinden,

            Op het oudercontact gaf u aan dat Elias niet meer kan inloggen op Smartschool en dus zijn rapport en taken niet ziet. Ik heb zijn wachtwoord gereset.

            Gebruikersnaam: elias.vanderlinden
            Nieuw wachtwoord: Sneeuwman-2B-48

            Elias moet het bij de eerste aanmelding zelf wijzigen.

            Met vriendelijke groeten,
            Tom Claes
            ICT-coördinator
            """),
        rules=["password"], about=[el], note="pupil's Smartschool password sent to his parent (right parent)")

    add("pw", "ziek-login-overnemen-4a", frm=S["bve"].addr, to=[S["kwu"].addr], date="2025-01-07 07:05",
        subject="Ziek - kan jij mijn gesprekken 4A overnemen?", headers={"X-Mailer": "iPhone Mail (21C66)"},
        text=T("""
            Kristof,

            Ik lig al sinds gisteren met griep in bed en ga vanavond niet geraken. Ilse weet het. Kan jij mijn gesprekken van 4A overnemen? Jij hebt ze voor fysica, dus je kent ze.

            Om de lijst met tijdsloten te zien moet je in de planner op mijn naam inloggen:
            gebruiker: bve
            paswoord: Wisk!unde88

            Mijn notities:
            - Lucas Geerts: 89% wiskunde, werkt heel zelfstandig, niets te melden.
            - Thibault Lejeune: 38% wiskunde, te weinig geoefend. Ouders spreken Frans, zij willen weten of er een B-attest dreigt.
            - Jana Janssens: 61%, ouders willen het vooral hebben over de studiekeuze voor volgend jaar (wetenschappen of economie).
            - De anderen hebben niet geboekt.

            Merci!!
            Bart

            Verzonden vanaf mijn iPhone
            """),
        rules=["password"], about=[P["lucasg"], P["thibault"], P["jana"]], fmt=["plain", "phone"],
        note="teacher hands over his own login to a colleague; notes are marks only (academic, not a sensitive category); his own flu is not about a pupil")

    c2 = [P["lars"], P["ilias"], P["dylan"]] + filler_in("2C", 2)
    trows = []
    for p in c2:
        trows.append([full(p), f"{slugify(p['last'])[:3].upper()}-2C-{RNG.randint(100, 999)}{RNG.choice('KPQRTX')}",
                      RNG.choice(["nooit", "18/12", "nooit", "20/12"])])
    text, inner = render_blocks([
        "Dag Lieve,", "",
        "Deze ouders van 2C hebben nog geen gesprek geboekt. Misschien kan je ze na de vakantie nog even aanspreken (of de leerling vragen om het thuis te zeggen). Hieronder ook hun code, voor wie zegt dat hij ze kwijt is.",
        "", ("table", ["Leerling", "Oudercode", "Laatste login"], trows), "",
        "Groetjes,", "Martine"])
    add("pw", "ouders-2c-nog-niet-geboekt", frm=sec.addr, to=[S["ldw"].addr], date="2024-12-23 10:30",
        subject="Ouders 2C die nog niet geboekt hebben", headers=OUTLOOK, html=outlook_html(inner),
        rules=["password"], about=c2, fmt=["html-only"],
        note="Outlook HTML table with the families' booking codes")

    add("pw", "teams-link-en-nieuw-wachtwoord", frm=ict.addr, to=[S["evd"].addr], date="2025-01-08 12:40",
        subject="Online oudercontact donderdag + je nieuwe wachtwoord", headers=OUTLOOK,
        text=T("""
            Dag Els,

            Twee dingen voor donderdag:

            1. Jouw Teams-vergadering voor het online oudercontact (zet ze ook in je agenda):
            ________________________________________________________________________________
            Microsoft Teams-vergadering
            Deelnemen op je computer, mobiele app of ruimteapparaat
            Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MjA1NjMtYjQ3Ni00OGI2LWE1ZDUtNDg0NTE3ZTcxYjA3%40thread.v2/0?context=%7b%22Tid%22%3a%224f1c2a77-2b1e-4d0c-9a51-7e9d1b2c3f40%22%7d>
            Vergaderings-id: 348 215 907 661
            Wachtwoordcode: 7hGx2Q
            ________________________________________________________________________________

            2. Je wachtwoord van de planner was verlopen. Ik heb het gereset naar: Engl1sh#Evd-25
            Wijzig het meteen na het aanmelden.

            Tom
            """),
        rules=["password"], note="planner password reset in clear text; the Teams passcode alone would be allowed")

    th = P["thibault"]
    add("pw", "code-acces-parent-thibault", frm=sec.addr, to=[f"Isabelle Lejeune <{th['p1']}>"],
        date="2024-12-19 14:22", subject="Code d'accès – entretiens parents du 7 janvier", headers=OUTLOOK,
        text=T(f"""
            Madame Lejeune,

            Suite à votre appel de ce matin, voici votre code d'accès personnel pour réserver un entretien avec les professeurs de Thibault (4A) :

            Code parent : LJ4-77P-QA

            Le site de réservation est {PLANNER} (vous pouvez choisir « Français » en haut à droite). Les réservations sont possibles jusqu'au vendredi 3 janvier à midi.

            Bien à vous,

            Martine Goossens
            Secrétariat des élèves
            """),
        rules=["password"], about=[th], lang="fr", note="parent's booking code in French (right parent)")

    add("pw", "guest-account-interpreter", frm=ict.addr, to=[OKSANA], cc=[S["lb"].addr],
        date="2025-01-08 10:05", subject="Guest account for the online parents' evening (9 January)",
        headers=OUTLOOK,
        text=T(f"""
            Dear Ms Melnyk,

            Thank you for interpreting at our online parents' evening on Thursday 9 January. So that you can see the time slots of the Shevchenko family (Sofiia, 3B and Maksym, 1C) and join the right Teams meetings, we created a guest account in our booking tool:

            Website: {PLANNER}
            Username: tolk.uk02
            Password: Kyiv-Rotselaar-25

            The account will be deleted on Friday 10 January.

            Kind regards,
            Tom Claes
            ICT coordinator, Sint-Pieterscollege Rotselaar
            """),
        rules=["password"], about=[P["sofiia"], P["maksym"]], lang="en",
        note="guest login and password for the external interpreter, in English")

    add("pw", "account-ontgrendeld-sofie", frm=ict.addr, to=[S["swi"].addr], date="2024-12-18 08:50",
        subject="Je account planner is terug open", headers=OUTLOOK, cte="base64",
        text=T("""
            Dag Sofie,

            Je account in de afspraakplanner werd geblokkeerd na vijf foute pogingen. Ik heb het ontgrendeld en een tijdelijk wachtwoord gezet:

            Latijn-Rosa-2025

            Kies na het aanmelden zelf een nieuw wachtwoord (minstens 12 tekens).

            Groetjes,
            Tom
            """),
        rules=["password"], fmt=["plain-base64"], note="temporary password in a base64 body")

    add("pw", "tijdelijk-wachtwoord-jonas-qp", frm=ict.addr, to=[S["jhe"].addr], date="2024-12-18 09:05",
        subject="Tijdelijk wachtwoord – afspraakplanner", headers=OUTLOOK, cte="quoted-printable",
        text=T("""
            Dag Jonas,

            Zelfde probleem als bij Sofie: je account was geblokkeerd. Tijdelijk wachtwoord (let op het gelijkheidsteken en het procentteken):

            Aard=Rijk5%Dijle

            Na het aanmelden kies je een nieuw wachtwoord. Vergeet niet je beschikbaarheden voor de online avond aan te duiden – tot nu toe staan er geen tijdsloten voor jou open.

            Groeten,
            Tom
            """),
        rules=["password"], fmt=["plain-qp"], note="temporary password with '=' in a quoted-printable body")

    add("pw", "overdracht-mailbox-secretariaat", frm=sec.addr, to=[S["sec2"].addr], date="2024-12-20 16:40",
        subject="Overdracht mailbox leerlingensecretariaat", headers=OUTLOOK, charset="windows-1252",
        text=T("""
            Dag Nele,

            Fijn dat jij me vervangt tijdens mijn verlof (6 tot 10 januari). Een paar praktische zaken:

            • De mailbox leerlingensecretariaat@spc.ksleuven.be open je in Outlook via Bestand > Account toevoegen.
              Wachtwoord: “Secr€tariaat-24”
            • Ouders die bellen voor een tijdslot: zelf boeken kan niet meer na 3 januari, jij kan ze wel nog inplannen via het tabblad “Planning”.
            • De tolkenaanvragen zitten in de map “Oudercontact 2025”.

            Veel succes en tot na de vakantie!
            Martine
            """),
        rules=["password"], fmt=["plain-cp1252"], note="password of the shared mailbox, Windows-1252 body")

    orig = T(f"""
        Dag Lieve,

        Je account voor de afspraakplanner van het oudercontact is aangemaakt.

        Adres: {PLANNER}/leerkracht
        Gebruikersnaam: ldw
        Startwachtwoord: Bonjour!2C-ldw

        Bij de eerste keer aanmelden moet je het wachtwoord wijzigen.

        Groeten,
        Tom
        """)
    add("pw", "re-login-werkt", frm=S["ldw"].addr, to=[ict.addr], date="2024-12-13 19:02",
        subject="RE: Je login voor de afspraakplanner", headers=OUTLOOK,
        text=T("""
            Bedankt Tom, het werkt! Ik heb mijn beschikbaarheden ingevuld.
            Lieve
            """) + outlook_quote(f"{ict.name} <{ict.email}>", f"{S['ldw'].name} <{S['ldw'].email}>",
                                 "2024-12-12 08:16", "Je login voor de afspraakplanner", orig),
        rules=["password"], fmt=["plain", "reply"], note="short thank-you reply; the quoted original still carries the start password")

    add("pw", "fw-welcome-slotplanner", frm=ict.addr, to=[adj.addr], date="2024-12-09 09:30",
        subject="Fw: Welcome to SlotPlanner – your school environment is ready", headers=THUNDER,
        text=T("""
            Ilse, ter info: de omgeving voor het oudercontact staat klaar. Ik stuur je de welkomstmail door zodat jij ook kan inloggen als ik er niet ben.
            Tom

            -------- Doorgestuurd bericht --------
            Onderwerp: Welcome to SlotPlanner – your school environment is ready
            Datum: Mon, 9 Dec 2024 08:57:12 +0100
            Van: Afspraakplanner Scholen <noreply@afspraakplanner-scholen.be>
            Aan: tom.claes@sintpieterscollege.be

            Dear administrator,

            Your environment spc-rotselaar.afspraakplanner-scholen.be has been created.

            Administrator login: admin.spc-rotselaar
            Temporary password: hX7#pL2q-Ws

            For security reasons you will be asked to change this password at first login. This temporary password expires in 72 hours.

            Kind regards,
            The SlotPlanner team
            """),
        rules=["password"], fmt=["plain", "forward"], note="forwarded vendor welcome mail with the admin's temporary password")

    k4c = filler_in("4C", 3)
    docx = docx_bytes([
        "Online oudercontact 4C – donderdag 9 januari 2025",
        "Overname door Griet Van den Bossche",
        "",
        "Inloggen in de planner (op mijn naam): gebruiker kwu – wachtwoord Fysica4C!2025",
        "Teams: de link staat per gesprek in de planner, rechts naast het tijdslot.",
        "",
        f"18u00 {full(k4c[0])} – fysica 74%, goede inzet, mag iets meer oefenen op grafieken.",
        f"18u20 {full(k4c[1])} – 66%, mag meer vragen stellen in de les.",
        f"18u40 {full(k4c[2])} – 81%, sterk in het labo, verslagen netjes.",
        "19u00 vrij",
        "",
        "Bedankt! Kristof",
    ])
    add("pw", "fiche-online-oudercontact-4c", frm=S["kwu"].addr, to=[S["gvb"].addr], date="2025-01-09 12:10",
        subject="Fiche online oudercontact 4C (ik kan niet)", headers=OUTLOOK,
        text=T("""
            Dag Griet,

            Zoals afgesproken neem jij vanavond mijn online gesprekken van 4C over; door een familiale omstandigheid ben ik er niet. In bijlage mijn fiche: de tijdsloten, wat ik wilde zeggen per leerling en hoe je in de planner op mijn naam binnengeraakt.

            Heel erg bedankt!
            Kristof
            """),
        atts=[("Fiche_oudercontact_4C_kwu.docx", docx, DOCX)],
        rules=["password"], about=k4c, fmt=["plain", "attachment-docx"],
        note="password inside the .docx hand-over sheet; pupil notes are marks/effort only")

    pdf = pdf_bytes([
        "Afspraakplanner - handleiding voor leerkrachten",
        "",
        f"1. Ga naar {PLANNER}/leerkracht",
        "2. Gebruikersnaam: eda",
        "3. Startwachtwoord: Nederlands-1C-eda",
        "4. Kies een nieuw wachtwoord van minstens 12 tekens.",
        "5. Duid onder 'Beschikbaarheden' aan wanneer je gesprekken kan voeren.",
        "6. Op 7/1 druk je je lijst af via 'Mijn planning' > 'Afdrukken'.",
    ], title="Handleiding planner eda")
    text, inner = render_blocks([
        "Dag Eva,", "",
        "Als nieuwe collega had je nog geen account in de planner. In bijlage de korte handleiding met jouw gegevens. Begin met 'Beschikbaarheden'; de ouders van 1C kunnen pas boeken als jij tijdsloten hebt opengezet.",
        "", "Groeten,", "Tom"])
    add("pw", "handleiding-planner-pdf-eda", frm=ict.addr, to=[S["eda"].addr], date="2025-01-03 11:30",
        subject="Handleiding planner + jouw login", headers=OUTLOOK, text=text, html=outlook_html(inner),
        atts=[("Handleiding_planner_eda.pdf", pdf, "application/pdf")],
        rules=["password"], fmt=["alt", "attachment-pdf"], note="start password inside the attached PDF")

    add("pw", "kluis-wisselgeld-koffiebar", frm=sec.addr, to=[adj.addr], date="2025-01-03 15:05",
        subject="wisselgeld koffiebar", headers=OUTLOOK,
        text=T("""
            Ilse,

            Ik ben er dinsdag niet (verlof). Het wisselgeld voor de koffiebar van de oudervereniging (150 euro) zit in de grijze geldkist in de kluis van het secretariaat.

            Combinatie kluis: 31 – 07 – 88 (eerst naar rechts draaien)

            De sleutel van de geldkist hangt aan de binnenkant van de kluisdeur.

            Martine
            """),
        rules=["password"], note="safe combination (not a date of birth)")

    add("pw", "pincode-betaalterminal", frm=S["vco"].addr, to=[adj.addr], date="2025-01-06 17:20",
        subject="Betaalterminal koffiebar", headers=OUTLOOK,
        text=T("""
            Ilse,

            Voor de koffiebar morgen: de mobiele Bancontact-terminal ligt opgeladen in mijn bureau (linkse lade). Als hij om de beheerderspincode vraagt om een terugbetaling te doen: 5093.

            Het dagtotaal graag om 21u afdrukken en in de geldkist leggen.

            Veerle
            Boekhouding
            """),
        rules=["password"], note="PIN of the payment terminal")

    add("pw", "qr-code-wifi-personeel", frm=ict.addr, to=[S["dst"].addr], date="2025-01-06 09:40",
        subject="QR-code wifi voor de leraarskamer", headers=OUTLOOK,
        text=T("""
            Dirk,

            Kan jij tegen morgen deze tekst in een QR-code omzetten (bv. met de QR-generator op de pc van het onthaal) en hem geplastificeerd in de leraarskamer hangen? Dan kunnen de collega's met hun gsm op het personeelsnetwerk tijdens het oudercontact.

            WIFI:T:WPA;S:SPC-Personeel;P:Rotselaar#Dijle24;;

            Alvast bedankt,
            Tom
            """),
        rules=["password"], note="Wi-Fi key inside a WIFI: QR string")

    add("pw", "wachtwoord-in-onderwerp", frm=S["ldw"].addr, to=[ict.addr], date="2024-12-16 21:47",
        subject="planner ldw / Frans2025! werkt niet??", headers={"X-Mailer": "iPad Mail (21C66)"},
        text=T("""
            Tom ik geraak niet binnen met het nieuwe wachtwoord dat ik gisteren koos, wat doe ik fout?
            Lieve

            Verzonden vanaf mijn iPad
            """),
        rules=["password"], fmt=["plain", "phone"], note="username and password in the Subject line")

    add("pw", "zorgoverzicht-beveiligd-wachtwoord-erbij", frm=S["lb"].addr, to=[S["zc"].addr],
        date="2025-01-06 13:30", subject="Zorgoverzicht 3B voor dinsdag (beveiligd)", headers=OUTLOOK,
        text=T("""
            Dag Katrien,

            In bijlage het zorgoverzicht van 3B dat An vroeg voor de gesprekken van dinsdag. Ik heb het bestand met een wachtwoord beveiligd, zoals de privacyrichtlijn vraagt.

            Wachtwoord om te openen: Zorg-3B-0701

            Kan jij het aan An bezorgen? Ik ben dinsdag pas vanaf 18u op school.

            Sarah
            """),
        atts=[("zorgoverzicht_3B.xlsx", office_encrypted_bytes(4833), XLSX)],
        rules=["password"], fmt=["plain", "attachment-xlsx"],
        note="password of the protected file in the same mail; file itself is encrypted (unreadable) and the body names no pupil")

    titularissen = [S[k].addr for k in ["jhe", "nhe", "eda", "swi", "kbo", "ldw", "hsm", "ade", "gvb",
                                        "bve", "tvl", "kwu", "wae", "jma", "evd", "mro"]]
    add("pw", "zijingang-deurcode", frm=adj.addr, to=[adj.addr], bcc=titularissen, date="2025-01-06 12:15",
        subject="Zijingang fietsenstalling dinsdagavond", headers=OUTLOOK,
        text=T("""
            Beste titularissen,

            Morgen blijft de zijingang aan de fietsenstalling open tot 21u, zodat ouders vlot naar het B-blok kunnen. Wie daarna nog in het gebouw is en naar buiten moet: de deur opent van binnen met de groene knop. Wie na 21u nog binnen moet (bv. iets vergeten in de klas): de code op het klavier naast de deur is 2025*.

            Daarna sluit Dirk alles af.

            Ilse Verlinden
            Adjunct-directeur
            """),
        rules=["password"], fmt=["plain", "bcc-envelope"], note="door code; the 16 colleagues are in BCC so no bcc rule")

    text, inner = render_blocks([
        "Dag Ilse,", "",
        "Voor de vijf collega's die sinds december of januari bij ons zijn, heb ik een account in de planner en in Smartschool gemaakt. Kan jij hun dit op de startvergadering van 6/1 bezorgen?",
        "",
        ("table", ["Naam", "Gebruikersnaam", "Startwachtwoord", "Functie"], [
            ["Eva Daems", "eda", "Nederlands-1C-eda", "Nederlands, titularis 1C"],
            ["Nele Torfs", "nto", "Secretariaat!Jan25", "secretariaat (vervanging)"],
            ["Rik Vanhout", "rvh", "Fysica-Interim-77", "fysica (interim)"],
            ["Amal Kaddouri", "aka", "Wiskunde#Nieuw3", "wiskunde"],
            ["Pieter-Jan Lemaire", "pjl", "Geschied!s2025", "geschiedenis"],
        ]),
        "",
        "Groeten,", "Tom"])
    add("pw", "accounts-nieuwe-collegas-tabel", frm=ict.addr, to=[adj.addr], date="2025-01-02 10:20",
        subject="Accounts interims en nieuwe collega's", headers=OUTLOOK, text=text, html=outlook_html(inner),
        rules=["password"], fmt=["alt"], note="Outlook table with five start passwords")

    add("pw", "codes-yasmine-en-adam", frm=sec.addr, to=[f"Mohamed Benali <{P['yasmine']['p1']}>"],
        date="2024-12-18 15:10", subject="Codes oudercontact Yasmine en Adam", headers=OUTLOOK,
        text=T("""
            Beste meneer Benali,

            U vroeg telefonisch naar de codes om de gesprekken te boeken. Omdat u twee kinderen bij ons hebt, heeft u twee codes:

            Yasmine (2A): BEN-22A-7TQ
            Adam (4B): BEN-48B-M3Z

            Met de code van het ene kind ziet u enkel de leerkrachten van dat kind.

            Met vriendelijke groeten,
            Martine Goossens
            Leerlingensecretariaat
            """),
        rules=["password"], about=[P["yasmine"], P["adam"]],
        note="booking codes of two siblings sent to their shared parent (correctly addressed)")


# =====================================================================
#  LOOK-ALIKES (no password) – 15 mails
# =====================================================================
def mails_lookalike():
    ict, adj, sec = S["ict"], S["adj"], S["sec"]
    lc = P["lucasc"]
    add("look", "bevestiging-gesprek-boekingsreferentie", frm=sec.addr, to=[f"Familie Cools <{lc['p1']}>"],
        date="2024-12-20 09:30", subject="Bevestiging gesprek – oudercontact 7 januari", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Uw gesprek werd bevestigd. Dit zijn de gegevens:

            Leerling: Lucas Cools (2B)
            Leerkracht: mevr. S. Willems (Latijn)
            Datum: dinsdag 7 januari 2025
            Tijdslot 14: 18u10 – 18u20
            Lokaal: B.204 (tweede verdieping, trap naast het onthaal)
            Boekingsreferentie: OC25-03417

            Wilt u annuleren of verplaatsen? Gebruik dan de knop 'Mijn afspraken' in de planner en geef de boekingsreferentie op.

            Vriendelijke groeten,
            Leerlingensecretariaat
            """),
        about=[lc], note="booking reference, slot number and room number open nothing; correctly addressed, nothing sensitive")

    cam = P["camille"]
    q = T("""
        Bonjour,

        Je n'arrive pas à me connecter pour réserver un rendez-vous pour Camille. Pouvez-vous m'envoyer le mot de passe ?

        Merci,
        N. Dubois
        """)
    add("look", "re-mot-de-passe-camille", frm=sec.addr, to=[f"Nathalie Dubois <{cam['p1']}>"],
        date="2024-12-17 10:40", subject="RE: mot de passe ?", headers=OUTLOOK,
        text=T("""
            Madame Dubois,

            Pour des raisons de sécurité, nous n'envoyons jamais de mots de passe ou de codes par e-mail. Sur la page de connexion, cliquez sur « Code oublié ? » : un nouveau code vous sera envoyé par SMS au numéro que vous nous avez communiqué. Si cela ne fonctionne pas, vous pouvez passer au secrétariat (local A.001) avec une pièce d'identité.

            Bien à vous,
            Martine Goossens
            Secrétariat des élèves
            """) + outlook_quote(f"Nathalie Dubois <{cam['p1']}>", f"Leerlingensecretariaat <{sec.email}>",
                                 "2024-12-16 22:14", "mot de passe ?", q),
        about=[cam], lang="fr", fmt=["plain", "reply"], note="explains how to reset, refuses to send a password")

    add("look", "wachtwoord-verloopt-personeel", frm=f"ICT Sint-Pieterscollege <ict@spc.ksleuven.be>",
        to=["ICT Sint-Pieterscollege <ict@spc.ksleuven.be>"], bcc=["personeel@spc.ksleuven.be"],
        date="2024-12-19 07:30", subject="Je wachtwoord verloopt binnenkort", headers=OUTLOOK,
        text=T("""
            Beste collega's,

            Bij veel collega's verloopt het wachtwoord van het schoolaccount tijdens de kerstvakantie. Wijzig het nog vóór vrijdag, dan kan je in de vakantie gewoon aan je mail en aan de planner.

            Zo doe je het: ga naar https://myaccount.microsoft.com > Wachtwoord wijzigen. Kies minstens 14 tekens; een zin van vier woorden werkt goed.

            Geef je wachtwoord nooit door aan iemand, ook niet aan mij: ik zal er nooit om vragen.

            Tom Claes
            ICT-coördinator
            """),
        fmt=["plain", "bcc-envelope"], note="'your password expires' notice without a password; staff list only in BCC")

    ar = P["arthur"]
    text, inner = render_blocks([
        "Beste meneer Lenaerts,", "",
        "Hieronder de link voor ons online gesprek over Arthur op donderdag 9 januari om 19u20. Klik een paar minuten op voorhand op de link; ik laat u binnen vanuit de wachtruimte.",
        "",
        "________________________________________________________________________________",
        "Microsoft Teams-vergadering",
        "Deelnemen op uw computer, mobiele app of ruimteapparaat",
        "Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ2ZmI1YTEtZDc0Zi00YjE4LWI3ZWQtMTQ1ZTk2NjBmYjI4%40thread.v2/0>",
        "Vergaderings-id: 371 592 846 203",
        "Wachtwoordcode: Qz3nRk",
        "________________________________________________________________________________",
        "",
        "Met vriendelijke groeten,", "Els Van Damme", "Klastitularis 6A"])
    add("look", "teams-uitnodiging-arthur", frm=S["evd"].addr, to=[f"Koen Lenaerts <{ar['p1']}>"],
        date="2025-01-06 18:00", subject="Online oudercontact donderdag 9/1 om 19u20 – Arthur",
        headers=OUTLOOK, text=text, html=outlook_html(inner),
        about=[ar], fmt=["alt"], note="Teams invitation with its meeting passcode (allowed by default); no dial-in number")

    add("look", "entretien-en-ligne-teams-inbelnummer", frm=S["ldw"].addr,
        to=[f"Marc Lejeune <{th_p2()}>"], date="2025-01-08 09:00",
        subject="Entretien en ligne – jeudi 9 janvier, 20h10", headers=OUTLOOK,
        text=T("""
            Monsieur Lejeune,

            Comme vous ne pouvez pas venir à l'école, voici le lien pour notre entretien en ligne au sujet de Thibault, jeudi 9 janvier à 20h10.

            ________________________________________________________________________________
            Réunion Microsoft Teams
            Rejoindre sur votre ordinateur, application mobile ou appareil de salle
            Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTIxMThhNDUtNzc2Ni00ZGE4LWJjZTAtN2Y2MTE4ZDRiNGE1%40thread.v2/0>
            ID de la réunion : 392 118 450 776
            Code secret : b8VtR3

            Appel audio uniquement
            +32 2 894 85 71,,618204937# Belgique, Bruxelles
            ID de conférence téléphonique : 618 204 937#
            ________________________________________________________________________________

            Bien à vous,
            Lieve De Wolf
            Professeur de français
            """),
        rules=["personal_data"], about=[P["thibault"]], lang="fr",
        note="Teams passcode is allowed; the Belgian dial-in number is a phone number")

    add("look", "vakcodes-en-klascodes", frm=S["hsm"].addr, to=[S["ade"].addr], date="2024-12-10 15:20",
        subject="codes voor het rapport", headers=OUTLOOK,
        text=T("""
            An,

            Voor de commentaren op het kerstrapport: de vakcodes in Skore zijn WI-3A-05 (wiskunde 3A) en NE-3B-04 (Nederlands 3B). Jouw klas zit in Smartschool onder klascode 3B-2425, de mijne onder 3A-2425. De deadline voor de commentaren is woensdag 18/12, 16u.

            Hanne
            """),
        note="course codes and class codes open nothing")

    add("look", "gedeelde-laptop-wachtwoord-mondeling", frm=ict.addr, to=[S["jma"].addr, S["wae"].addr],
        date="2025-01-06 10:00", subject="Gedeelde laptop lokaal A.012", headers=OUTLOOK,
        text=T("""
            Joris, Wim,

            Voor het online oudercontact van donderdag kunnen jullie de gedeelde laptop in lokaal A.012 gebruiken (camera en headset zijn aangesloten). Het wachtwoord van die laptop zet ik niet in een mail: ik geef het jullie donderdag mondeling tijdens de middagpauze in de leraarskamer.

            Tom
            """),
        note="says the password will be given orally; none in the mail")

    add("look", "verslag-mdo-pdf-wachtwoord-per-sms", frm=S["lb"].addr, to=[CLB], date="2025-01-08 16:40",
        subject="Verslag MDO 8 januari", headers=OUTLOOK,
        text=T("""
            Dag Eline,

            In bijlage het verslag van het multidisciplinair overleg van vanmiddag, zoals afgesproken als beveiligde pdf. Het wachtwoord stuur ik je zo meteen apart via sms.

            Tot volgende week,
            Sarah Mertens
            Leerlingenbegeleider
            """),
        atts=[("verslag_MDO_2025-01-08.pdf", pdf_encrypted_bytes(808), "application/pdf")],
        fmt=["plain", "attachment-pdf"],
        note="password sent separately by SMS; the PDF is encrypted and the body names no pupil")

    add("look", "bestelling-catering-bestelnummer", frm=adj.addr,
        to=["Soep & Broodjes Rotselaar <bestellingen@soepenbroodjes-rotselaar.be>"], date="2024-12-16 11:10",
        subject="Bestelling oudercontact 7 januari – bestelnr. 2024-12-0893", headers=OUTLOOK,
        text=T("""
            Dag Hilde,

            Bij deze bevestig ik onze bestelling voor het oudercontact:
            - 42 x soep van de dag (tomaat)
            - 50 x belegd broodje (gemengd: kaas, hesp, kip curry, vegetarisch)
            - levering dinsdag 7 januari om 17u15 aan de refter (achteringang, Stationsstraat)

            Jullie bestelnummer: 2024-12-0893, ons klantnummer: 55102. Factuur graag naar boekhouding@spc.ksleuven.be met vermelding "oudercontact".

            Vriendelijke groeten,
            Ilse Verlinden
            Adjunct-directeur
            """),
        note="order and customer numbers open nothing")

    add("look", "afsluiten-alarm-geen-code", frm=S["dst"].addr, to=[adj.addr], date="2025-01-07 12:30",
        subject="afsluiten vanavond", headers=OUTLOOK,
        text=T("""
            Ilse,

            Verandering van plan: ik blijf vanavond toch tot het einde. Het alarm van de Dijlezaal en van het B-blok zet ik zelf op om 21u15, na mijn ronde; Pieter hoeft dus niet af te sluiten. De collega's moeten niets doen, gewoon de klassen sluiten en de lichten uitdoen. Wie na 21u15 nog binnen is, belt eerst naar mij; de codes geef ik niet door via mail.

            Dirk
            """),
        note="talks about the alarm and its codes without giving one")

    no = P["noor"]
    q = T("""
        Goeiemiddag,

        Ik probeer in te loggen om een gesprek te boeken voor Noor (1A), maar welke gebruikersnaam moet ik gebruiken?

        Groeten,
        Liesbeth Vanlaer
        """)
    add("look", "re-inloggen-afspraakplanner-noor", frm=sec.addr, to=[f"Liesbeth Vanlaer <{no['p1']}>"],
        date="2024-12-16 14:00", subject="RE: inloggen afspraakplanner", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Vanlaer,

            U hoeft geen aparte gebruikersnaam te hebben: klik op de aanmeldpagina op "Aanmelden met Smartschool" en gebruik uw co-account van Smartschool (hetzelfde waarmee u het rapport van Noor bekijkt). Bent u dat wachtwoord vergeten, kies dan "Wachtwoord vergeten" op de aanmeldpagina van Smartschool; u krijgt dan een mail om een nieuw wachtwoord te kiezen.

            Vriendelijke groeten,
            Martine Goossens
            Leerlingensecretariaat
            """) + outlook_quote(f"Liesbeth Vanlaer <{no['p1']}>", f"Leerlingensecretariaat <{sec.email}>",
                                 "2024-12-16 12:41", "inloggen afspraakplanner", q),
        about=[no], fmt=["plain", "reply"], note="login instructions and 'forgot password' procedure, no secret")

    add("look", "ticket-export-per-lokaal", frm=ict.addr, to=[VENDOR], date="2025-01-02 14:25",
        subject="Re: [Ticket #45821] Export per lokaal geeft foutmelding", headers=OUTLOOK,
        text=T("""
            Dag Jeroen,

            Het probleem blijft: als ik de planning exporteer per lokaal (Beheer > Export > Per lokaal) krijg ik foutcode E-403 en een leeg Excel-bestand. Per leerkracht werkt het wel. Onze omgeving: spc-rotselaar, versie 5.2.1. Kunnen jullie dit bekijken vóór 7 januari? Dan kan onze technisch assistent de lokalen klaarzetten.

            Groeten,
            Tom Claes
            """),
        note="ticket number, error code and version number are not secrets")

    text, inner = render_blocks([
        "Dag An, dag Bart,", "",
        "Hieronder de lokaalverdeling voor het oudercontact van dinsdag 7/1. De tijdsloten duren 10 minuten: slot 1 begint om 16u00, slot 27 is het laatste (20u20).",
        "",
        ("table", ["Groep", "Wie", "Lokaal", "Eerste slot"], [
            ["titularis 3B", "An Devos", "B.104", "slot 1 (16u00)"],
            ["titularis 4A", "Bart Verbeeck", "B.206", "slot 1 (16u00)"],
            ["vakleerkrachten wiskunde", "vakgroep", "B.208", "slot 3 (16u20)"],
            ["leerlingenbegeleiding", "Sarah Mertens", "A.006", "slot 7 (17u00)"],
            ["CLB", "Eline Boeckx", "A.010", "slot 1 (16u00)"],
        ]),
        "", "Dirk zet de naamkaartjes op de deuren.", "", "Groetjes,", "Ilse"])
    add("look", "lokaalverdeling-tijdsloten", frm=adj.addr, to=[S["ade"].addr, S["bve"].addr],
        cc=[S["dst"].addr], date="2024-12-20 11:45", subject="Lokaalverdeling oudercontact 7/1",
        headers=OUTLOOK, text=text, html=outlook_html(inner), fmt=["alt"],
        note="slot and room numbers in an Outlook table; colleagues only")

    ry = P["rayan"]
    add("look", "bevestiging-tolk-dossiernummer", frm=sec.addr, to=[TOLKENPUNT], date="2024-12-19 11:50",
        subject="RE: Bevestiging aanvraag TP-2025-00187", headers=OUTLOOK,
        text=T("""
            Goedemiddag,

            Bedankt voor de bevestiging. Ik bevestig dus dossiernummer TP-2025-00187: tolk Arabisch (Marokkaans) voor het gesprek met de ouders van Rayan Bouhaddi (5B) op dinsdag 7 januari om 18u40, lokaal B.112, met meneer Maes (klastitularis). Verwachte duur: 20 minuten.

            De tolk kan zich aanmelden aan het onthaal; daar ligt een badge met haar naam.

            Vriendelijke groeten,
            Martine Goossens
            Leerlingensecretariaat
            """),
        about=[ry], note="interpreter booking with a file number; no sensitive fact about the pupil")

    sof = P["sofiia"]
    q = T("""
        Hello,
        I lost the paper with the code for booking the meeting with the teachers of Sofiia. Can you send it please?
        Iryna
        """)
    add("look", "re-login-code-parents-evening", frm=sec.addr, to=[f"Iryna Shevchenko <{sof['p1']}>"],
        date="2024-12-18 12:10", subject="RE: login code parents evening", headers=OUTLOOK,
        text=T("""
            Dear Mrs Shevchenko,

            For safety reasons we do not send login codes by e-mail. You can collect a new code at the reception desk (room A.001, open every school day from 8.00 to 16.30) – please bring your ID. If you prefer, Sofiia's class teacher, Mrs Devos, can also book a time slot for you; just tell us which time suits you best on Tuesday 7 January or Thursday 9 January (online).

            Kind regards,
            Martine Goossens
            Pupils' office
            """) + outlook_quote(f"Iryna Shevchenko <{sof['p1']}>", f"Leerlingensecretariaat <{sec.email}>",
                                 "2024-12-17 20:03", "login code parents evening", q),
        about=[sof], lang="en", fmt=["plain", "reply"], note="refuses to mail the code; opening hours are not a phone number")


def th_p2():
    return P["thibault"]["p2"]


# =====================================================================
#  SENSITIVE – 40 mails (6 of them misdirected)
# =====================================================================
def mails_sensitive():
    adj, sec, lb, lb1, zc, vco = S["adj"], S["sec"], S["lb"], S["lb1"], S["zc"], S["vco"]

    text, inner = render_blocks([
        "Dag Griet,", "",
        "Nogmaals bedankt dat je morgen het eerste uur (16u–17u) van mijn gesprekken wil doen; ik zit tot 17u in een examencommissie in Leuven. Hieronder mijn notities per leerling. Gelieve ze niet door te sturen, ik verwijder ze daarna ook.",
        "",
        ("table", ["Uur", "Leerling", "Wie komt", "Notities"], [
            ["16u00", "Lina El Amrani", "papa, met tolk Arabisch", "Sterk rapport (82%). Tolk is besteld via het secretariaat."],
            ["16u10", "Jonas Janssens", "mama (papa apart om 20u00)", "Ouders zijn sinds de zomer gescheiden; papa wil niet samen met mama op gesprek. Punten ok, wel vaak moe op maandag."],
            ["16u20", "Robbe Van Loock", "mama + papa", "Dyslexie: krijgt extra tijd en voorleessoftware. Vragen of dat goed loopt bij Frans."],
            ["16u30", "Sien Vandenberghe", "mama", "Drie weken afwezig in november (ziekenhuisopname, longontsteking). Inhaalplan toetsen bespreken."],
            ["16u40", "Sofiia Shevchenko", "–", "Gesprek is donderdag online, niet dinsdag."],
            ["16u50", "Emma Wouters", "mama", "Taakjes Nederlands komen vaak te laat."],
        ]),
        "", "Tot morgen en merci!", "An"])
    add("sens", "overdracht-eerste-uur-3b-tabel", frm=S["ade"].addr, to=[S["gvb"].addr], date="2025-01-06 20:15",
        subject="Overdracht eerste uur oudercontact 3B", headers=OUTLOOK, text=text, html=outlook_html(inner),
        rules=["sensitive"], cats=["family", "care", "medical"],
        about=[P["lina"], P["jonas"], P["robbe"], P["sien"], P["sofiia"], P["emma"]], fmt=["alt"],
        note="teacher's preparation table: divorce (Jonas), dyslexia (Robbe), hospital stay (Sien)")

    em = P["emma"]
    q = T("""
        Beste mevrouw Devos,

        Sinds onze scheiding in september communiceren Emma's mama en ik enkel nog via onze advocaten. Ik zou daarom graag een apart gesprek hebben over het rapport van Emma, liefst na 19u want ik werk in Antwerpen. Emma verblijft om de week bij mij.

        Vriendelijke groeten,
        Pieter Wouters
        """)
    add("sens", "re-apart-gesprek-emma", frm=S["ade"].addr, to=[f"Pieter Wouters <{em['p2']}>"],
        date="2024-12-19 08:05", subject="RE: apart gesprek oudercontact Emma", headers=OUTLOOK,
        text=T("""
            Beste meneer Wouters,

            Dat is geen enkel probleem. Ik heb voor u een apart gesprek gepland op dinsdag 7 januari om 19u50 in lokaal B.104. Ik vertel in beide gesprekken hetzelfde over het rapport van Emma.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """) + outlook_quote(f"Pieter Wouters <{em['p2']}>", f"An Devos <{S['ade'].email}>",
                                 "2024-12-18 22:31", "apart gesprek oudercontact Emma", q),
        rules=["sensitive"], cats=["family"], about=[em], fmt=["plain", "reply"],
        note="separated parents ask separate talks; divorce is in the quoted part; sent to Emma's father")

    ni = P["nina"]
    add("sens", "afspraken-handelingsplan-nina", frm=S["hsm"].addr, to=[f"Giulia Rossi <{ni['p1']}>"],
        date="2025-01-08 17:30", subject="Afspraken na het oudercontact – Nina", headers=OUTLOOK,
        text=T(f"""
            Beste mevrouw Rossi,

            Bedankt voor het fijne gesprek van gisteren. Zoals afgesproken vat ik de afspraken voor Nina nog even samen:

            - Nina heeft sinds het onderzoek in november een attest dyscalculie. Vanaf maandag 13 januari krijgt ze de maatregelen uit haar handelingsplan: rekenmachine bij alle toetsen wiskunde en fysica, een formularium en 20% extra tijd.
            - Mevrouw Lemmens (zorgcoördinator) zet de maatregelen in het leerlingvolgsysteem, zodat alle vakleerkrachten ze kennen.
            - Het CLB (mevrouw Boeckx) volgt het verder op; zij neemt na de krokusvakantie contact met u op.
            - In maart bekijken we samen of de maatregelen helpen.

            Heeft u nog vragen, dan kan u mij altijd mailen of bellen naar het secretariaat.

            Met vriendelijke groeten,

            Hanne Smets
            Leerkracht wiskunde – klastitularis 3A
            {SCHOOL}
            T {SCHOOL_TEL}
            """),
        rules=["sensitive", "personal_data"], cats=["care"], about=[ni],
        note="dyscalculia, care plan, CLB follow-up; school phone in signature")

    add("sens", "pesten-wout-voorbereiding", frm=lb.addr, to=[S["kwu"].addr], date="2025-01-06 11:20",
        subject="Gesprek ouders Wout V. dinsdag", headers=OUTLOOK,
        text=T("""
            Dag Kristof,

            Ik schuif morgen om 18u30 mee aan bij jouw gesprek met de ouders van Wout Verstraeten (4C). Ter voorbereiding: Wout wordt al sinds oktober gepest in de Snapchatgroep van de klas (foto's die rondgestuurd worden, opmerkingen over zijn gewicht). Mama heeft screenshots doorgestuurd. Wout wil zelf niet dat de klas weet dat hij erover gepraat heeft.

            Ik stel voor dat jij eerst het rapport bespreekt en dat ik daarna uitleg welke stappen we zetten (gesprekken met de betrokken leerlingen, no-blame-aanpak).

            Sarah
            """),
        rules=["sensitive"], cats=["psychosocial"], about=[P["wout"]],
        note="counsellor joins the talk; pupil is a bullying victim")

    add("sens", "aanvraag-tolk-afbetalingsplan-bilal", frm=vco.addr, to=[TOLKENPUNT], date="2024-12-20 10:15",
        subject="Aanvraag tolk Arabisch – 7 januari 19u00", headers=OUTLOOK,
        text=T(f"""
            Goedemorgen,

            Graag vragen wij een tolk Arabisch aan voor een gesprek op dinsdag 7 januari 2025 om 19u00 (duur ongeveer 30 minuten) in het {SCHOOL}, lokaal A.006.

            Het gesprek is met de mama van Bilal Azzouzi (4B). Zodat de tolk zich kan voorbereiden: het gaat over de openstaande schoolrekeningen van dit en vorig schooljaar (samen € 586,20), een afbetalingsplan en de aanvraag van een schooltoeslag. Een maatschappelijk werker van het OCMW is ook aanwezig.

            Met vriendelijke groeten,

            Veerle Coppens
            Boekhouding
            {SCHOOL}
            T {BOEKH_TEL}
            """),
        rules=["sensitive", "personal_data"], cats=["financial"], about=[P["bilal"]],
        note="interpreter request reveals unpaid bills, payment plan, OCMW; phone in signature")

    ya = P["yasmine"]
    add("sens", "afbetalingsplan-yasmine", frm=vco.addr, to=[f"Mohamed Benali <{ya['p1']}>"],
        date="2025-01-08 09:40", subject="Afbetalingsplan schoolrekening Yasmine", headers=OUTLOOK,
        text=T(f"""
            Beste meneer Benali,

            Op het oudercontact vroeg u of u de openstaande schoolrekening van Yasmine (2A) in schijven mag betalen. Dat kan. Het openstaande bedrag is € 212,40 (facturen van september en november).

            Voorstel afbetalingsplan:
            - 3 x € 70,80, telkens vóór 15 februari, 15 maart en 15 april
            - op rekening {IBAN_SCHOOL} van het Sint-Pieterscollege
            - met de gestructureerde mededeling {ogm('2401187300')}

            Lukt het toch niet, laat het me dan gerust weten; we zoeken samen een oplossing. Alles wordt vertrouwelijk behandeld.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding
            """),
        rules=["sensitive", "personal_data"], cats=["financial"], about=[ya],
        note="unpaid bill and payment plan; valid IBAN of the school")

    mi = P["milan"]
    q = T("""
        Dag mevrouw Hermans,
        Milan ligt sinds vrijdag in het ziekenhuis in Leuven na een operatie aan zijn blindedarm (er waren complicaties). Hij blijft er waarschijnlijk tot het eind van de week. Ik zal dinsdag dus niet naar het oudercontact kunnen komen. Kan het online?
        Groetjes, Tine
        """)
    add("sens", "re-oudercontact-milan-ziekenhuis", frm=S["nhe"].addr, to=[f"Tine De Smet <{mi['p1']}>"],
        date="2025-01-05 19:12", subject="Re: oudercontact dinsdag", headers=IPHONE,
        text=T("""
            Dag mevrouw De Smet,

            Oei, veel beterschap aan Milan! Geen probleem, ik zet uw gesprek over naar de online avond van donderdag 9/1 om 18u30. De link krijgt u woensdag. Milan hoeft zich geen zorgen te maken over de gemiste lessen.

            Groetjes,
            Nathalie Hermans

            Verzonden vanaf mijn iPhone
            """) + apple_quote(f"Tine De Smet <{mi['p1']}>", "2025-01-05 17:48", q),
        rules=["sensitive"], cats=["medical"], about=[mi], fmt=["plain", "reply", "phone"],
        note="hospital stay and surgery in the quoted mother's mail")

    add("sens", "afspraken-rayan-uitsluiting", frm=S["jma"].addr, to=[f"Karima Ait Ouali <{P['rayan']['p1']}>"],
        date="2025-01-08 16:00", subject="Afspraken na ons gesprek – Rayan", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Ait Ouali,

            Bedankt dat u gisteren met de tolk naar school kwam. Ik zet de afspraken nog even op een rij:

            1. Na de vechtpartij op de speelplaats van 12 december heeft de directie Rayan een tijdelijke uitsluiting van drie dagen gegeven (13, 16 en 17 december). Die is afgelopen.
            2. Rayan krijgt vanaf nu een begeleidingscontract: elke vrijdag een kort gesprek met mevrouw Mertens, de leerlingenbegeleider.
            3. Bij een nieuw incident volgt een tuchtprocedure (mogelijk een definitieve uitsluiting).
            4. Zijn punten zijn in orde; de klassenraad ziet geen probleem om te slagen.

            Wij vinden het fijn dat Rayan zelf ook wil werken aan een goede afloop.

            Met vriendelijke groeten,
            Joris Maes
            Klastitularis 5B
            """),
        rules=["sensitive"], cats=["psychosocial"], about=[P["rayan"]],
        note="fight, temporary exclusion, behaviour contract; mother's address does not spell the pupil's surname")

    add("sens", "dringend-zelfverwonding-marie", frm=lb.addr, to=[CLB], date="2025-01-08 08:15",
        subject="Dringend: leerling 5B", headers=OUTLOOK,
        text=T(f"""
            Dag Eline,

            Gisteravond op het oudercontact vertelde de mama van Marie Dumont (5B) aan meneer Maes dat ze al een paar weken krassen op de armen van Marie ziet. Ik heb vanmorgen met Marie gepraat: ze geeft toe dat ze zichzelf snijdt als het thuis en op school te veel wordt. Ze heeft geen acute suïcidale gedachten, zegt ze.

            Mama is Franstalig en vraagt of het CLB haar kan helpen om snel een psycholoog te vinden. Kan jij vandaag of morgen bellen? Ik ben bereikbaar tot 16u.

            Sarah Mertens
            Leerlingenbegeleider 2de en 3de graad
            {SCHOOL}
            GSM 0479 21 35 90
            """),
        rules=["sensitive", "personal_data"], cats=["psychosocial"], about=[P["marie"]],
        note="self-harm of a named pupil, to the CLB; mobile number in signature")

    add("sens", "ter-info-klassenraad-6a", frm=S["evd"].addr, to=[adj.addr], date="2025-01-08 13:05",
        subject="Ter info voor de klassenraad 6A", headers=OUTLOOK,
        text=T("""
            Ilse,

            Even ter info, vertrouwelijk: de leerlinge uit 6A die sinds november zo vaak afwezig is, vertelde me na het gesprek met haar mama dat ze zwanger is (vier maanden). Ze wil het schooljaar afmaken; we moeten bekijken hoe we haar afwezigheden opvangen. Ze wil niet dat de klas het al weet.

            Kunnen we dit op de klassenraad van 23/1 bespreken zonder haar naam in het verslag?

            Els
            """),
        rules=["sensitive"], cats=["medical"], about=[],
        note="pregnancy of one clearly identifiable pupil ('the girl from 6A often absent since November'), unnamed, so about is empty")

    no = P["noor"]
    add("sens", "noor-michiels-uitnodiging-vader", frm=sec.addr, to=[S["jhe"].addr], date="2024-12-16 10:20",
        subject="Noor Michiels 1A – uitnodiging oudercontact", headers=OUTLOOK,
        text=T("""
            Dag Jonas,

            Even opletten bij de uitnodigingen voor Noor Michiels uit jouw klas: de papa van Noor zit sinds oktober in de gevangenis. Mama heeft gevraagd dat we alle post en mails enkel naar haar sturen en dat hij niet uitgenodigd wordt voor het oudercontact. In Smartschool staat zijn adres nog als ouder 2; ik heb aan Tom gevraagd om dat aan te passen.

            Groetjes,
            Martine
            """),
        rules=["sensitive"], cats=["family"], about=[no], note="parent in prison, internal mail")

    il = P["ilias"]
    add("sens", "oudercontact-ilias-pleegouders", frm=S["ldw"].addr,
        to=[f"Pleeggezin De Winter <{il['p1']}>"], date="2024-12-19 13:40",
        subject="Oudercontact Ilias – twee gesprekken", headers=OUTLOOK,
        text=T(f"""
            Beste meneer en mevrouw De Winter,

            Fijn dat u als pleegouders van Ilias op dinsdag 7 januari om 17u30 naar het oudercontact komt.

            Ook de mama van Ilias vroeg via de consulent van het Ondersteuningscentrum Jeugdzorg een gesprek. Op vraag van de consulent plan ik dat apart, op donderdag 9 januari online, zodat u elkaar niet hoeft te ontmoeten. Ik vertel haar enkel hoe het op school gaat met Ilias.

            Met vriendelijke groeten,

            Lieve De Wolf
            Klastitularis 2C
            {SCHOOL}
            T {SCHOOL_TEL}
            """),
        rules=["sensitive", "personal_data"], cats=["family"], about=[il],
        note="foster placement and youth care; sent to the foster parents who are the roster's parent address")

    fe = P["febe"]
    q = T("""
        Beste mevrouw Van Damme,
        Mijn vader (de opa van Febe) is woensdag onverwacht overleden. Febe was er helemaal kapot van en heeft daarom donderdag en vrijdag de examens gemist. De begrafenis is maandag.
        Met vriendelijke groeten,
        An Timmermans
        """)
    add("sens", "re-febe-examens-overlijden", frm=S["evd"].addr, to=[f"An Timmermans <{fe['p2']}>"],
        date="2024-12-22 10:30", subject="Re: Febe – examens", headers=THUNDER, cte="base64",
        text=T("""
            Beste mevrouw Timmermans,

            Gecondoleerd met het overlijden van uw vader. Ik begrijp heel goed dat Febe de laatste twee examens niet kon meedoen. Ze mag ze na de vakantie inhalen (Engels op dinsdag 7/1 in de namiddag, geschiedenis op woensdag 8/1); de klassenraad houdt rekening met de omstandigheden. Op het oudercontact kunnen we het rustig bespreken, maar dat hoeft natuurlijk niet als het u nu te veel is.

            Veel sterkte aan u en aan Febe.

            Els Van Damme
            Klastitularis 6A
            """) + gmail_quote(f"An Timmermans <{fe['p2']}>", "2024-12-20 21:05", q),
        rules=["sensitive"], cats=["family"], about=[fe], fmt=["plain-base64", "reply"],
        note="death in the family (grandfather), base64 body")

    add("sens", "kato-notenallergie-lo", frm=S["jhe"].addr, to=[S["pja"].addr], date="2025-01-08 08:30",
        subject="Kato Smeets 1A – allergie", headers=OUTLOOK,
        text=T("""
            Pieter,

            Op het oudercontact vertelde de mama van Kato Smeets (1A) dat Kato sinds de herfst een ernstige notenallergie heeft; ze kreeg in november een anafylactische reactie op een verjaardagsfeestje. Ze heeft sinds kort een EpiPen in het voorvakje van haar boekentas. Jij hebt haar voor LO en gaat in februari mee op de sportdag – kan je dat onthouden? Ik breng ook de refter op de hoogte.

            Jonas
            """),
        rules=["sensitive"], cats=["medical"], about=[P["kato"]], note="severe allergy, internal")

    mv = P["milav"]
    add("sens", "afspraken-oudercontact-mila-adhd", frm=S["hsm"].addr, to=[f"Karen Huybrechts <{mv['p2']}>"],
        date="2025-01-08 18:10", subject="Afspraken oudercontact Mila", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Huybrechts,

            Bedankt voor het openhartige gesprek gisteren. Ik vat nog even samen wat we afspraken voor Mila:

            • Mila neemt sinds de herfstvakantie Rilatine voor haar ADHD. U merkt thuis dat de werking rond 15u uitgewerkt is; wij zien dat ook in de laatste lesuren.
            • Wij geven haar bij toetsen een plaats vooraan aan het raam, met minder prikkels, en ze mag een koptelefoon gebruiken.
            • U bespreekt met de kinderpsychiater of het tijdstip van de tweede dosis aangepast kan worden.
            • We evalueren in maart.

            Met vriendelijke groeten,
            Hanne Smets
            Klastitularis 3A
            """),
        rules=["sensitive"], cats=["medical", "care"], about=[mv],
        note="ADHD medication and classroom adjustments; mother's address does not spell the surname")

    add("sens", "victor-ass-vraag-ouders", frm=S["kwu"].addr, to=[zc.addr], date="2025-01-07 22:05",
        subject="Victor Laenen 4C – vraag ouders", headers=OUTLOOK,
        text=T("""
            Katrien,

            Op het oudercontact vanavond vroegen de ouders van Victor Laenen (4C) of er iets in zijn handelingsplan kan bijkomen. Victor heeft een diagnose autismespectrumstoornis (ASS). De examens in december waren heel zwaar voor hem door het lawaai in de grote zaal; ze vragen of hij in juni de examens in een apart lokaal mag maken en een vaste plaats in de klas krijgt. Kan dat? Ik heb gezegd dat jij hen contacteert.

            Kristof
            """),
        rules=["sensitive"], cats=["care"], about=[P["victor"]], note="autism diagnosis and reasonable adjustments")

    ro = P["robbe"]
    form = pdf_bytes([
        "Toestemming voor een onderzoek door het CLB",
        "",
        "Naam leerling: Robbe Van Loock        Klas: 3B",
        "",
        "Ik geef toestemming aan CLB Dijleland om een bijkomend onderzoek te doen naar",
        "leerstoornissen (spelling Frans, vermoeden van dysorthografie), aanvullend op",
        "het bestaande attest dyslexie.",
        "",
        "Naam ouder: ....................................   Handtekening: ....................",
    ], title="Toestemming CLB-onderzoek")
    add("sens", "toestemming-clb-onderzoek-robbe", frm=zc.addr, to=[f"Tim Van Loock <{ro['p1']}>"],
        date="2025-01-09 11:20", subject="Toestemming CLB-onderzoek Robbe", headers=OUTLOOK,
        text=T("""
            Beste meneer Van Loock,

            Op het oudercontact met mevrouw Devos werd afgesproken dat het CLB een bijkomend onderzoek doet, omdat Robbe naast zijn dyslexie ook veel moeite heeft met de spelling in het Frans (vermoeden van dysorthografie). Daarvoor hebben we uw schriftelijke toestemming nodig.

            Wilt u het formulier in bijlage ondertekenen en via Robbe terugbezorgen? Het CLB neemt daarna zelf contact op.

            Met vriendelijke groeten,
            Katrien Lemmens
            Zorgcoördinator
            """),
        atts=[("Toestemming_CLB_onderzoek_Robbe.pdf", form, "application/pdf")],
        rules=["sensitive"], cats=["care"], about=[ro], fmt=["plain", "attachment-pdf"],
        note="dyslexia and CLB assessment, in body and in the PDF")

    bi = P["bilal"]
    add("sens", "schooltoeslag-en-rekening-bilal", frm=vco.addr, to=[f"Nadia Azzouzi <{bi['p1']}>"],
        date="2025-01-08 10:30", subject="Schooltoeslag en rekening Bilal", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Azzouzi,

            Zoals beloofd op het gesprek van gisteren (met de tolk en mevrouw Wyns van het OCMW), stuur ik u de informatie over de schooltoeslag. Omdat uw gezin een laag inkomen heeft, heeft u misschien recht op een schooltoeslag voor Bilal via het Groeipakket. Meestal wordt die automatisch toegekend; gebeurde dat niet, dan kan mevrouw Wyns u helpen met de aanvraag.

            Het afbetalingsplan voor de openstaande rekening (€ 586,20) loopt vanaf februari: € 50 per maand. Het OCMW betaalt de rekening van het tweede trimester rechtstreeks aan de school.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding
            """),
        rules=["sensitive"], cats=["financial"], about=[bi], note="school allowance, payment plan, OCMW")

    ja = P["jasper"]
    add("sens", "tenlasteneming-ocmw-jasper", frm=vco.addr,
        to=["Sociale dienst OCMW Rotselaar <sociaaldienst@ocmwrotselaar.be>"], date="2025-01-10 09:20",
        subject="Tenlasteneming schoolkosten Jasper Moens", headers=OUTLOOK,
        text=T(f"""
            Geachte heer Vandeputte,

            Zoals telefonisch besproken bezorg ik u hierbij de gegevens voor de tenlasteneming van de schoolkosten van Jasper Moens door het OCMW:

            Leerling: Jasper Moens, klas 2B
            Geboortedatum: 3 mei 2011
            Rijksregisternummer: {rrn(2011, 5, 3, 187)}
            Openstaand bedrag: € 347,90 (facturen september–december 2024)

            Mevrouw Moens gaf op het oudercontact toestemming om deze gegevens met u te delen. De facturen stuur ik u per post.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding {SCHOOL}
            """),
        rules=["sensitive", "personal_data"], cats=["financial"], about=[ja],
        note="OCMW pays the unpaid school bill; date of birth and valid national register number")

    ko = P["kobe"]
    add("sens", "kobe-na-ons-gesprek-politie", frm=S["jma"].addr, to=[f"Patrick Verbruggen <{ko['p1']}>"],
        date="2025-01-09 08:10", subject="Kobe – na ons gesprek", headers=OUTLOOK,
        text=T("""
            Beste meneer Verbruggen,

            Bedankt voor het gesprek van dinsdag. Zoals besproken komt de wijkagent volgende week nog langs op school in verband met de diefstal van de gsm van een medeleerling, waarbij Kobe betrokken was. Er werd een pv opgemaakt; de politie neemt daarvoor zelf contact met u op.

            Op school krijgt Kobe een herstelopdracht: hij betaalt de schade terug en voert een herstelgesprek met de leerling in kwestie, onder begeleiding van mevrouw Mertens. Daarna beschouwen wij het incident als afgesloten.

            Met vriendelijke groeten,
            Joris Maes
            Klastitularis 5B
            """),
        rules=["sensitive"], cats=["psychosocial"], about=[ko], note="theft, police report, sanction")

    st = P["stan"]
    add("sens", "stappenplan-stan", frm=S["gvb"].addr, to=[f"Ines Vanhulle <{st['p1']}>"],
        date="2025-01-08 19:40", subject="Stappenplan Stan", headers=OUTLOOK, cte="quoted-printable",
        text=T("""
            Beste mevrouw Vanhulle,

            Fijn dat we gisteren samen met mevrouw Mertens konden praten. Hierbij het stappenplan dat we afspraken, nu Stan sinds half november door zijn angstklachten vaak niet op school geraakt:

            Week 1 (13/1): Stan komt elke dag de eerste twee lesuren en meldt zich aan bij mevrouw Mertens.
            Week 2 (20/1): tot de middag.
            Week 3 (27/1): volledige dagen, met een time-outkaart.

            Stan gaat verder elke week naar zijn psychologe in Leuven; u vroeg haar om het stappenplan met hem te overlopen. De gemiste toetsen moet hij niet allemaal inhalen: de klassenraad beslist in februari welke wel.

            Met vriendelijke groeten,
            Griet Van den Bossche
            Klastitularis 3C
            """),
        rules=["sensitive"], cats=["psychosocial", "care"], about=[st], fmt=["plain-qp"],
        note="anxiety and school refusal, therapy with a psychologist")

    ha = P["hanne"]
    q = T("""
        Beste meneer Aerts,

        Ik wil u voor het gesprek van dinsdag al iets laten weten. Hanne is sinds oktober in behandeling bij een psycholoog voor een depressie. Ze slaapt slecht en heeft vaak geen energie om te studeren, dat verklaart haar slechte examens. Ze wil niet dat haar klasgenoten het weten. Kunnen we bespreken of ze tijdelijk minder toetsen kan maken?

        Met vriendelijke groeten,
        Greet Van Rompaey
        """)
    add("sens", "fw-gesprek-dinsdag-hanne", frm=S["wae"].addr, to=[lb.addr], date="2025-01-06 21:30",
        subject="Fw: gesprek dinsdag - Hanne", headers=OUTLOOK,
        text=T("""
            Sarah, zie hieronder. Kan jij morgen om 19u bij dit gesprek zijn? Ik weet niet goed wat ik daarop moet zeggen.
            Wim

            ________________________________
            Van: Greet Van Rompaey <greet.vanrompaey@skynet.be>
            Verzonden: zondag 5 januari 2025 20:14
            Aan: Wim Aerts <wim.aerts@sintpieterscollege.be>
            Onderwerp: gesprek dinsdag - Hanne

            """) + q,
        rules=["sensitive"], cats=["psychosocial", "care"], about=[ha], fmt=["plain", "forward"],
        note="forwarded parent mail: depression, psychologist treatment")

    se = P["senne"]
    add("sens", "afspraken-senne-hersenschudding", frm=S["pja"].addr, to=[f"Sara De Wit <{se['p1']}>"],
        date="2025-01-08 12:50", subject="Afspraken LO – Senne", headers=OUTLOOK,
        text=T("""
            Beste mevrouw De Wit,

            Na ons gesprek van gisteren bevestig ik graag de afspraken over Senne. Na zijn val tijdens de turnles van 19 december stelde de spoedarts een hersenschudding vast. Volgens het attest van de huisarts mag hij tot 31 januari niet sporten. Hij volgt de LO-lessen mee als scheidsrechter en maakt een kleine opdracht; zijn punten van het tweede trimester worden daarop aangepast. Als hij hoofdpijn krijgt in de les, mag hij naar het secretariaat om te rusten.

            Het ongevalsformulier voor de schoolverzekering werd ingediend; u krijgt de terugbetaling van de doktersrekeningen rechtstreeks.

            Sportieve groeten,
            Pieter Jacobs
            Leerkracht LO
            """),
        rules=["sensitive"], cats=["medical"], about=[se], note="concussion after a fall in PE")

    dy = P["dylan"]
    add("sens", "vertrouwelijk-dylan-2c", frm=lb1.addr, to=[adj.addr], cc=[zc.addr], date="2025-01-08 12:45",
        subject="VERTROUWELIJK – Dylan Vermeiren 2C", headers=OUTLOOK,
        text=T("""
            Ilse, Katrien,

            Dringend en vertrouwelijk. Na het oudercontact van gisteren kwam Dylan Vermeiren (2C) vanmorgen naar mij. Hij vertelde dat zijn stiefvader hem thuis slaat als hij slechte punten heeft, en dat hij schrik had van het rapport. Hij had blauwe plekken op zijn bovenarm. De mama was gisteren alleen op het gesprek met mevrouw De Wolf.

            Ik wil vandaag nog het Vertrouwenscentrum Kindermishandeling contacteren en het CLB inlichten. Kunnen we om 13u30 kort samenzitten?

            Youssef Amrani
            Leerlingenbegeleider 1ste graad
            """),
        rules=["sensitive"], cats=["family"], about=[dy], note="violence at home, internal (two single colleagues)")

    ell = P["ella"]
    verslag = pdf_bytes([
        "Verslag - toegang tot het gemeenschappelijk curriculum met redelijke aanpassingen",
        "",
        "Leerling: Ella Vos, 1B",
        "Vastgestelde onderwijsbehoefte: taalontwikkelingsstoornis (TOS)",
        "Ondersteuning: logopedie 2 x per week (extern), voorleessoftware, extra tijd bij toetsen,",
        "vragen mondeling herformuleren.",
        "",
        "CLB Dijleland - Eline Boeckx, CLB-medewerker",
    ], title="Verslag Ella Vos")
    add("sens", "verslag-clb-ella", frm=zc.addr, to=[f"Jelle Vos <{ell['p1']}>"], date="2025-01-10 14:00",
        subject="Verslag CLB Ella", headers=OUTLOOK,
        text=T("""
            Beste meneer Vos,

            Zoals beloofd op het oudercontact stuur ik u het verslag van het CLB over Ella. Daarmee kan Ella het gemeenschappelijk curriculum blijven volgen met redelijke aanpassingen. We bespreken het in februari op het MDO; u en mevrouw Segers zijn daar welkom.

            Met vriendelijke groeten,
            Katrien Lemmens
            Zorgcoördinator
            """),
        atts=[("Verslag_CLB_Ella_Vos.pdf", verslag, "application/pdf")],
        rules=["sensitive"], cats=["care"], about=[ell], fmt=["plain", "attachment-pdf"],
        note="special-needs report (TOS, speech therapy) attached; body mentions reasonable adjustments")

    add("sens", "mijn-gesprekken-4b-notities", frm=S["tvl"].addr, to=[S["mro"].addr], date="2025-01-07 10:10",
        subject="Mijn gesprekken 4B vanavond", headers=OUTLOOK,
        text=T("""
            Marc,

            Ik heb 39 graden koorts en ga vanavond niet kunnen komen. Ilse zei dat jij mijn gesprekken van 4B wil doen (dank je!!). Hieronder mijn notities, ik heb geen tijd meer gehad om ze netjes te maken:

            17u00 Adam Benali – 78%, vriendelijk, niets bijzonders. Papa komt.
            17u10 Zeynep Yilmaz – nieuw sinds september, vlotte start. Ouders vragen naar bijles wiskunde.
            17u20 Ruben Claeys – heeft epilepsie, sinds december nieuwe medicatie en daardoor vaak moe en traag. Mama wil weten of de leerkrachten dat merken.
            19u30 Bilal Azzouzi – mama komt na haar gesprek met Veerle (boekhouding), samen met de tolk (Arabisch) en iemand van het OCMW. Rekening staat nog open, afbetalingsplan loopt via Veerle, daar hoef jij niets over te zeggen. Punten: tekort Engels.
            Mauro Rossi – niet geboekt.

            Merci en sorry!
            Tine
            """),
        rules=["sensitive"], cats=["financial", "medical"],
        about=[P["adam"], P["bilal"], P["zeynep"], P["ruben"], P["mauro"]],
        note="hand-over notes: unpaid bill/OCMW (Bilal), epilepsy medication (Ruben); teacher's own fever is not about a pupil")

    th = P["thibault"]
    add("sens", "conseil-de-classe-thibault", frm=S["bve"].addr, to=[f"Isabelle Lejeune <{th['p1']}>"],
        date="2025-01-13 16:45", subject="Conseil de classe – Thibault", headers=OUTLOOK,
        text=T("""
            Madame Lejeune,

            Je reviens vers vous après l'entretien que vous avez eu avec mon collègue M. Wuyts le 7 janvier, et après le conseil de classe de ce lundi.

            Le conseil de classe constate que Thibault a de bons résultats pendant l'année, mais qu'il perd ses moyens pendant les examens. Il nous a confié qu'il ne dort plus la veille d'un examen et qu'il a des maux de ventre. Nous pensons qu'il souffre d'anxiété de performance (« faalangst »). Nous lui proposons un accompagnement par le CLB : quelques séances de groupe sur la gestion du stress à partir de février.

            Pour les mathématiques (38 %), nous conseillons de refaire les exercices des chapitres 3 et 4.

            Bien à vous,
            Bart Verbeeck
            Titulaire 4A
            """),
        rules=["sensitive"], cats=["psychosocial", "care"], about=[th], lang="fr",
        note="performance anxiety and CLB support, in French")

    lcc = P["lucasc"]
    add("sens", "gedrag-lucas-sanctie", frm=S["kbo"].addr, to=[f"Familie Cools <{lcc['p1']}>"],
        date="2025-01-09 15:30", subject="Gedrag van Lucas – sanctie", headers=OUTLOOK,
        charset="windows-1252", cte="quoted-printable",
        text=T("""
            Beste ouders,

            Zoals ik op het oudercontact van dinsdag al aankondigde, heeft de klassenraad vandaag beslist over het incident van vorige week. Uw zoon heeft samen met twee klasgenoten een medeleerling van 2B wekenlang uitgelachen en buitengesloten, en er ook filmpjes van gemaakt die in een groepschat werden gedeeld.

            Lucas krijgt daarom:
            – strafstudie op woensdag 15 januari van 12u30 tot 15u30;
            – een herstelgesprek met de betrokken leerling, onder begeleiding van de leerlingenbegeleider;
            – een gedragscontract tot de paasvakantie.

            Ik reken op uw steun om dit thuis ook te bespreken.

            Met vriendelijke groeten,
            Koen Bollen
            Klastitularis 2B
            """),
        rules=["sensitive"], cats=["psychosocial"], about=[lcc], fmt=["plain-cp1252", "plain-qp"],
        note="pupil is a bullying perpetrator with sanctions; Windows-1252 quoted-printable")

    text, inner = render_blocks([
        "Madame Dubois,", "",
        "Merci pour notre entretien de mardi. Comme convenu, voici un résumé :", "",
        "– Camille a reçu en novembre un diagnostic de dyscalculie (rapport du centre de logopédie).",
        "– À partir du 13 janvier, elle pourra utiliser une calculatrice et une fiche de formules lors des contrôles de mathématiques, et elle aura 15 minutes supplémentaires.",
        "– Mme Lemmens, notre coordinatrice des soins, inscrit ces mesures dans son plan de soutien.",
        "– Camille continue la logopédie deux fois par semaine en dehors de l'école.", "",
        "N'hésitez pas à me contacter si vous avez des questions.", "",
        "Bien à vous,", "Koen Bollen", "Titulaire 2B"])
    add("sens", "suite-entretien-camille", frm=S["kbo"].addr, to=[f"Nathalie Dubois <{P['camille']['p1']}>"],
        date="2025-01-09 18:00", subject="Suite à notre entretien – Camille", headers=OUTLOOK,
        text=text, html=outlook_html(inner, lang="FR-BE"),
        rules=["sensitive"], cats=["care"], about=[P["camille"]], lang="fr", fmt=["alt"],
        note="dyscalculia, adjustments, speech therapy, in French")

    sof = P["sofiia"]
    add("sens", "follow-up-sofiia", frm=lb.addr, to=[f"Iryna Shevchenko <{sof['p1']}>"],
        date="2025-01-10 09:30", subject="Follow-up of our talk – Sofiia", headers=OUTLOOK,
        text=T("""
            Dear Mrs Shevchenko,

            Thank you for the online talk yesterday evening, and thank you to Oksana for interpreting. As agreed, here is a short summary in English; Oksana can help you with it if needed.

            - Sofiia will continue her weekly talks with me on Wednesday afternoons.
            - She told us she has been sleeping badly and has nightmares about the bombing since you fled Kharkiv. This is a normal reaction to what she lived through, but it is important that she gets help.
            - With your permission, the CLB (Mrs Boeckx) will refer her to a therapist who specialises in trauma in children and speaks Ukrainian or Russian.
            - Her results are good (Dutch 68%, maths 81%), so there is no reason to worry about school.

            Kind regards,
            Sarah Mertens
            Pupil counsellor
            """),
        rules=["sensitive"], cats=["psychosocial", "care"], about=[sof], lang="en",
        note="trauma, nightmares, referral to a therapist, in English")

    add("sens", "voorbereiding-gesprek-shevchenko-tolk", frm=lb1.addr, to=[OKSANA], date="2025-01-08 14:00",
        subject="Voorbereiding gesprek familie Shevchenko 9/1", headers=OUTLOOK,
        text=T("""
            Dag Oksana,

            Voor het online gesprek van morgen om 19u00 met mevrouw Shevchenko over Maksym (1C), wat achtergrond zodat je de woorden al kan opzoeken:

            - Maksym had sinds december op school al drie keer een paniekaanval (hyperventilatie, huilen, niet meer kunnen ademen), telkens bij een luid geluid.
            - Wij willen mama voorstellen om hem via het CLB naar een kinderpsycholoog te laten verwijzen.
            - Zijn punten zijn goed; daar hoeven we niet lang bij stil te staan.

            Het gesprek over Sofiia (3B) om 18u20 doet mevrouw Devos, zonder mij.

            Youssef Amrani
            Leerlingenbegeleider 1ste graad
            """),
        rules=["sensitive"], cats=["psychosocial", "care"], about=[P["maksym"], sof],
        note="panic attacks and referral, sent to the external interpreter")

    add("sens", "notities-naar-eigen-gmail", frm=S["ade"].addr, to=[PRIV["ade"]], date="2025-01-06 22:40",
        subject="notities oudercontact - thuis afdrukken", headers=OUTLOOK,
        text=T("""
            notities 3B voor dinsdag

            - Jonas J: ouders gescheiden, papa apart om 20u00!! niet samen zetten
            - Robbe VL: dyslexie, vragen naar voorleessoftware bij Frans, evt. CLB voor dysorthografie
            - Emma W: papa apart (ook scheiding), mama om 16u50
            - Lina EA: tolk Arabisch 16u00
            - Sien V: ziekenhuis nov, inhaalplan
            - Noah P: goed, mag wat meer deelnemen
            """),
        rules=["sensitive", "private_account"], cats=["family", "care", "medical"],
        about=[P["jonas"], P["robbe"], P["emma"], P["lina"], P["sien"], P["noahp"]],
        note="teacher mails her pupil notes to her own gmail: divorce, dyslexia, hospital")

    zrows = [["Naam", "Klas", "Zorgnood", "Maatregelen", "Opvolging"],
             ["Robbe Van Loock", "3B", "dyslexie (attest 2021)", "extra tijd, voorleessoftware, geen spellingsfouten aanrekenen bij Frans", "CLB: onderzoek dysorthografie"],
             ["Sien Vandenberghe", "3B", "na ziekenhuisopname nov. (longontsteking)", "inhaalplan toetsen, geen LO tot februari", "titularis"],
             ["Noah Peeters", "3B", "stotteren", "niet verplicht voorlezen in de klas, mondelinge toetsen individueel", "logopedie extern"],
             ["Jonas Janssens", "3B", "moeilijke thuissituatie (scheiding ouders)", "opvolging leerlingenbegeleider", "S. Mertens"]]
    add("sens", "zorgoverzicht-3b-csv", frm=zc.addr, to=[S["ade"].addr], date="2025-01-06 15:10",
        subject="zorgoverzicht 3B", headers=OUTLOOK,
        text=T("""
            Dag An,

            In bijlage, zoals gevraagd, het overzicht van de zorgleerlingen van 3B met de afgesproken maatregelen, voor je voorbereiding van het oudercontact. Sarah had het beveiligd gestuurd, maar dat bestand gaat niet open op jouw laptop, dus hier de gewone versie. Liefst niet afdrukken.

            Katrien
            """),
        atts=[("zorgoverzicht_3B.csv", csv_bytes(zrows), "text/csv")],
        rules=["sensitive"], cats=["care", "medical", "family"],
        about=[P["robbe"], P["sien"], P["noahp"], P["jonas"]], fmt=["plain", "attachment-csv"],
        note="CSV care overview: dyslexia, stuttering/speech therapy, hospital, divorce")

    ar = P["arthur"]
    q = T("""
        Beste mevrouw Van Damme, zoals ik vanavond vertelde heeft Arthur sinds de kerstvakantie een insulinepomp (diabetes type 1). Hij heeft soms een hypo in de namiddag. Kunt u de andere leerkrachten verwittigen?
        Groeten, Koen Lenaerts
        """)
    add("sens", "re-arthur-insulinepomp", frm=S["evd"].addr, to=[f"Koen Lenaerts <{ar['p1']}>"],
        date="2025-01-10 12:00", subject="Re: Arthur - insulinepomp", headers=THUNDER,
        text=T("""
            Beste meneer Lenaerts,

            Bedankt voor de info en voor het gesprek van gisteren. Ik breng alle leerkrachten van Arthur op de hoogte dat hij sinds de kerstvakantie een insulinepomp draagt en dat hij bij een hypo altijd iets mag eten of drinken in de klas, ook tijdens toetsen. Ik vraag ook aan de leerkracht LO om zijn sensor in de gaten te houden tijdens de sportdag.

            Met vriendelijke groeten,
            Els Van Damme
            Klastitularis 6A
            """) + gmail_quote(f"Koen Lenaerts <{ar['p1']}>", "2025-01-09 21:40", q),
        rules=["sensitive"], cats=["medical"], about=[ar], fmt=["plain", "reply"], note="diabetes, insulin pump")

    # ------------------------------------------------ misdirected sensitive
    jo, jn = P["jonas"], P["jana"]
    add("sens", "apart-gesprek-jonas-verkeerde-janssens", frm=S["ade"].addr,
        to=[f"Janssens <{jn['p1']}>"], date="2024-12-19 08:20",
        subject="Apart gesprek oudercontact Jonas", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Janssens,

            U vroeg telefonisch of u en de papa van Jonas elk apart kunnen komen, gezien de scheiding. Dat is zeker mogelijk. Ik heb u ingepland op dinsdag 7 januari om 16u10 in lokaal B.104; de papa van Jonas komt om 19u40. Zo moet u elkaar niet tegenkomen.

            Ik vertel in beide gesprekken hetzelfde over het rapport van Jonas en over hoe het gaat in de klas.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        rules=["sensitive", "recipient"], cats=["family"], about=[jo], mis=True,
        note="about Jonas Janssens (3B), whose mother is Evy Vandersteen; autocomplete picked the unrelated Janssens family of Jana (4A)")

    ld, lp = P["lotted"], P["lottep"]
    q = T("""
        Dag mevrouw Willems, Lotte (1A) is haar handboek Latijn kwijt, kan ze er een lenen tot na de vakantie? Groetjes, Ann
        """)
    add("sens", "re-latijn-lotte-verkeerde-thread", frm=S["swi"].addr, to=[f"Ann Verhaegen <{lp['p1']}>"],
        date="2025-01-08 12:15", subject="RE: Latijn Lotte – boek", headers=OUTLOOK,
        text=T("""
            Betreft: Lotte De Waele (2A)

            Beste mevrouw,

            Nog even over Lotte: zoals afgesproken op het oudercontact volgt Lotte tot eind februari geen LO na haar enkelbreuk. Ze heeft nog twee weken gips en mag de lift naar het B-blok nemen; het attest van de orthopedist heb ik doorgegeven aan meneer Jacobs. Voor de toets Latijn van volgende week krijgt ze een aparte plaats vooraan, zodat ze haar been kan strekken.

            Met vriendelijke groeten,
            Sofie Willems
            Klastitularis 2A
            """) + outlook_quote(f"Ann Verhaegen <{lp['p1']}>", f"Sofie Willems <{S['swi'].email}>",
                                 "2024-12-17 19:02", "Latijn Lotte – boek", q),
        rules=["sensitive", "recipient"], cats=["medical"], about=[ld], mis=True,
        note="reply in the wrong thread: ankle fracture of Lotte De Waele (2A) sent to the mother of Lotte Peeters (1A)")

    add("sens", "emma-opvolging-verkeerde-wouters", frm=S["ade"].addr,
        to=[f"Hilde Wouters <{P['lars']['p1']}>"], date="2025-01-08 17:00",
        subject="Emma – opvolging na het oudercontact", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Wouters,

            Na het gesprek met de papa van Emma (3B) gisteren wil ik u ook nog even laten weten wat we afspraken. Emma heeft het sinds de scheiding zichtbaar moeilijk: ze huilt soms in de klas en trekt zich terug op de speelplaats. Mevrouw Mertens, de leerlingenbegeleider, gaat wekelijks met haar praten. Als u thuis iets merkt, laat het ons gerust weten.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        rules=["sensitive", "recipient"], cats=["family", "psychosocial"], about=[em], mis=True,
        note="about Emma Wouters (3B, mother Sofie Lambrechts) but sent to Hilde Wouters, parent of the unrelated Lars Wouters (2C)")

    ma = P["mauro"]
    add("sens", "openstaande-rekening-mauro-stiefvader", frm=vco.addr,
        to=[f"Stefan Claessens <{ni['p2']}>"], date="2025-01-09 10:00",
        subject="Openstaande schoolrekening Mauro (4B)", headers=OUTLOOK,
        text=T("""
            Beste meneer Claessens,

            Op het oudercontact werd gevraagd om de openstaande rekening van Mauro nog eens door te sturen. Het gaat om € 318,00 (facturen oktober en december: boeken, uitstap Brussel en zwemmen). De rekening werd al twee keer herinnerd. Kan u ons laten weten of u een afbetalingsplan wenst? Dan maken we samen een regeling.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding
            """),
        rules=["sensitive", "recipient"], cats=["financial"], about=[ma], mis=True,
        note="Mauro Rossi's unpaid bill sent to Stefan Claessens, listed only as parent of his half-sister Nina (3A); none of Mauro's parents")

    ka = P["kato"]
    add("sens", "kato-epipen-labo-verkeerde-ouder", frm=S["nhe"].addr, to=[f"Tine De Smet <{mi['p1']}>"],
        date="2025-01-09 08:45", subject="Kato – EpiPen in het labo", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Smeets,

            Na ons gesprek van dinsdag: Kato (1A) mag haar EpiPen altijd bij zich houden, ook in het labo biologie. Ik heb de andere leerkrachten van 1A verwittigd van haar notenallergie en in het labo gebruiken we geen producten met noten of notenolie.

            Groeten,
            Nathalie Hermans
            Leerkracht biologie
            """),
        rules=["sensitive", "recipient"], cats=["medical"], about=[ka], mis=True,
        note="addressed to 'mevrouw Smeets' (Kato's mother) but autocomplete chose Tine De Smet, mother of Milan (1B)")

    add("sens", "afbetalingsplan-bilal-verkeerde-nadia", frm=vco.addr,
        to=[f"Nadia Aziz <{P['sami']['p1']}>"], date="2025-01-13 09:10",
        subject="Afbetalingsplan Bilal – bevestiging", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Azzouzi,

            Hierbij bevestig ik het afbetalingsplan dat we op het oudercontact afspraken voor de schoolrekening van Bilal (4B): € 50 per maand vanaf februari, tot het openstaande bedrag van € 586,20 betaald is. Het OCMW betaalt de rekening van het tweede trimester rechtstreeks.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding
            """),
        rules=["sensitive", "recipient"], cats=["financial"], about=[bi], mis=True,
        note="Bilal Azzouzi's payment plan sent to Nadia Aziz, mother of Sami Aziz (1C): autocomplete on 'Nadia Az'")


# =====================================================================
#  PERSONAL, NOT SENSITIVE – 20 mails (5 misdirected)
# =====================================================================
def mails_personal():
    sec = S["sec"]
    jo = P["jonas"]
    add("pers", "verplaatsing-gesprek-jonas-papa", frm=S["ade"].addr, to=[f"Kris Janssens <{jo['p1']}>"],
        date="2024-12-20 13:10", subject="Verplaatsing gesprek 7 januari", headers=OUTLOOK,
        text=T("""
            Beste meneer Janssens,

            Door een vergadering moet ik uw gesprek over Jonas van 19u40 verplaatsen naar 20u00, zelfde lokaal (B.104). Past dat nog voor u? Zo niet, dan zoeken we samen een ander moment.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        about=[jo], note="slot moved; no sensitive fact; correctly addressed to Jonas' father")

    lg = P["lucasg"]
    add("pers", "proficiat-lucas-wiskunde", frm=S["bve"].addr, to=[f"Lieve Geerts <{lg['p1']}>"],
        date="2024-12-21 10:00", subject="Proficiat aan Lucas!", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Geerts,

            Ik wilde u even laten weten dat Lucas voor het examen wiskunde 89% behaalde, de hoogste score van de klas. Hij werkt heel zelfstandig en helpt klasgenoten spontaan. U hoeft van mij niet op het oudercontact te komen, tenzij u vragen heeft – ik vind het wel fijn om u te ontmoeten als u wilt.

            Prettige feestdagen!
            Bart Verbeeck
            Klastitularis 4A
            """),
        about=[lg], note="good marks only")

    ld = P["lotted"]
    add("pers", "blauwe-jas-na-oudercontact", frm=S["sec2"].addr, to=[f"Griet De Waele <{ld['p1']}>"],
        date="2025-01-08 09:20", subject="Blauwe jas na het oudercontact", headers=OUTLOOK,
        text=T("""
            Beste mevrouw De Waele,

            Na het oudercontact van gisteren bleef er in lokaal B.112 een donkerblauwe winterjas (maat 152) liggen. Meneer Bollen denkt dat hij van Lotte is. Lotte mag hem komen ophalen aan het leerlingensecretariaat.

            Vriendelijke groeten,
            Nele Torfs
            Leerlingensecretariaat
            """),
        about=[ld], note="lost jacket")

    no = P["noor"]
    add("pers", "rapport-noor-nog-niet-terug", frm=S["jhe"].addr, to=[f"Liesbeth Vanlaer <{no['p1']}>"],
        date="2025-01-09 16:00", subject="Rapport Noor nog niet terug", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Vanlaer,

            Het kerstrapport van Noor is nog niet ondertekend terug op school. Wilt u het tekenen en morgen meegeven? Noor mag het in het bakje op mijn bureau leggen. Bedankt!

            Vriendelijke groeten,
            Jonas Hendrickx
            Klastitularis 1A
            """),
        about=[no], note="report to sign; mother's address does not spell the pupil's surname")

    li = P["lina"]
    add("pers", "aanvraag-tolk-arabisch-lina", frm=S["ade"].addr, to=[TOLKENPUNT], date="2024-12-16 12:30",
        subject="Aanvraag tolk Arabisch oudercontact 7/1", headers=OUTLOOK,
        text=T("""
            Goedemiddag,

            Voor het oudercontact op dinsdag 7 januari 2025 vragen wij een tolk Arabisch (Marokkaans dialect) voor het gesprek met de vader van Lina El Amrani (3B), om 16u00 in lokaal B.104, duur 10 à 15 minuten. Het gaat over het kerstrapport en de studiekeuze voor volgend jaar.

            Kan u ons laten weten of dit lukt en wat de kostprijs is? Onze facturatiegegevens zijn bij u bekend (klantnummer 2290).

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B, Sint-Pieterscollege Rotselaar
            """),
        about=[li], note="interpreter request; needing an interpreter is not one of the sensitive categories")

    sof = P["sofiia"]
    add("pers", "bevestiging-gesprek-sofiia-tolk", frm=S["ade"].addr, to=[OKSANA], date="2025-01-07 22:30",
        subject="Donderdag 18u20 – gesprek Sofiia", headers=OUTLOOK,
        text=T("""
            Dag Oksana,

            Nog een bevestiging voor donderdag: om 18u20 heb ik het online gesprek met mevrouw Shevchenko over Sofiia (3B). Het gaat over haar rapport: ze doet het heel goed voor wiskunde en Engels, Nederlands gaat elke maand beter. Daarna wil mama nog iets vragen over de studiekeuze. De Teams-link krijg je van Tom.

            Tot donderdag!
            An
            """),
        about=[sof], note="interpreter confirmation with marks only")

    jn = P["jana"]
    add("pers", "jana-advies-klassenraad", frm=S["bve"].addr, to=[f"Janssens <{jn['p1']}>"],
        date="2025-01-13 17:10", subject="Jana – advies van de klassenraad", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Janssens,

            Mijn collega meneer Wuyts vertelde me dat u op het oudercontact vooral vragen had over de studiekeuze. Ondertussen besprak de klassenraad het kerstrapport van Jana:

            - Tekorten voor wiskunde (42%) en fysica (45%); de andere vakken zijn in orde.
            - Advies: de oefeningen van hoofdstuk 3 en 4 (goniometrie) opnieuw maken en op woensdagmiddag naar de inhaalles wiskunde komen, die openstaat voor alle leerlingen van de tweede graad.
            - Voor volgend jaar raadt de klassenraad eerder een richting met economie dan met wetenschappen aan, maar de definitieve keuze maken we pas in juni.

            Met vriendelijke groeten,
            Bart Verbeeck
            Klastitularis 4A
            """),
        about=[jn], note="failing marks and class council advice are academic, not a sensitive category; correctly addressed to Jana's parent")

    ma = P["marie"]
    add("pers", "confirmation-entretien-marie", frm=S["jma"].addr, to=[f"Sophie Dumont <{ma['p1']}>"],
        date="2024-12-20 11:15", subject="Entretien du 7 janvier – confirmation", headers=OUTLOOK,
        text=T("""
            Madame Dumont,

            Je vous confirme notre entretien au sujet de Marie le mardi 7 janvier à 18h30, local B.112 (bâtiment B, premier étage). Si vous le souhaitez, Marie peut vous accompagner.

            Bien à vous,
            Joris Maes
            Titulaire 5B
            """),
        about=[ma], lang="fr", note="slot confirmation in French")

    ol = P["oliver"]
    add("pers", "olivers-christmas-report", frm=S["evd"].addr, to=[f"James Brooks <{ol['p1']}>"],
        date="2024-12-20 15:20", subject="Oliver's Christmas report", headers=OUTLOOK,
        text=T("""
            Dear Mr Brooks,

            Oliver's Christmas report is now available in Smartschool (Results > Reports). He did very well: 76% overall, with excellent results for English and Dutch. Since you told me you are abroad until 8 January, I'd be happy to see you or Mrs Brooks at the online parents' evening on Thursday 9 January; you can book a slot in the booking tool until 3 January.

            Best wishes for the holidays,
            Els Van Damme
            Class teacher 6A
            """),
        about=[ol], lang="en", note="good report, in English")

    ya = P["yasmine"]
    q = T("""
        Goedendag mevrouw, ik moet dinsdag 7 januari tot 22u werken (late shift). Kan het gesprek over Yasmine een andere dag? Dank u. M. Benali
        """)
    add("pers", "re-gesprek-yasmine-verplaatst", frm=S["swi"].addr, to=[f"Mohamed Benali <{ya['p1']}>"],
        date="2025-01-03 12:00", subject="Re: gesprek Yasmine", headers=THUNDER,
        text=T("""
            Beste meneer Benali,

            Geen probleem. Ik heb uw gesprek over Yasmine verplaatst naar de online avond van donderdag 9 januari om 20u00. U krijgt de Teams-link op woensdag.

            Met vriendelijke groeten,
            Sofie Willems
            Klastitularis 2A
            """) + gmail_quote(f"Mohamed Benali <{ya['p1']}>", "2025-01-02 18:22", q),
        about=[ya], fmt=["plain", "reply"], note="talk moved because the parent works late")

    nv = P["noahv"]
    add("pers", "wiskundeboek-noah", frm=S["hsm"].addr, to=[f"Vermeulen <{nv['p1']}>"],
        date="2025-01-07 21:45", subject="Wiskundeboek Noah", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Na ons gesprek van vanavond vond ik in lokaal B.206 nog het wiskundeboek van Noah (met zijn naam op de kaft). Ik geef het morgen aan hem mee in de les.

            Groetjes,
            Hanne Smets
            Klastitularis 3A
            """),
        about=[nv], note="practical; Noah Vermeulen (3A) to his own parents, although another Noah is in 3B")

    el = P["elias"]
    add("pers", "advies-studiekeuze-elias", frm=S["kbo"].addr, to=[f"Bart Vanderlinden <{el['p1']}>"],
        date="2025-01-10 10:30", subject="Advies studiekeuze Elias", headers=OUTLOOK,
        text=T("""
            Beste meneer Vanderlinden,

            Zoals beloofd op het oudercontact: de klassenraad ziet Elias volgend jaar in de richting Latijn-wiskunde of Wetenschappen-wiskunde. Hij scoort sterk voor wiskunde (84%) en Latijn (79%). Op 6 februari is er een infoavond over de studierichtingen van de tweede graad; de uitnodiging volgt via Smartschool.

            Met vriendelijke groeten,
            Koen Bollen
            Klastitularis 2B
            """),
        about=[el], note="study choice advice")

    ad = P["adam"]
    add("pers", "gesprek-over-adam", frm=S["tvl"].addr, to=[f"Mohamed Benali <{ad['p1']}>"],
        date="2025-01-10 13:00", subject="Gesprek over Adam", headers=OUTLOOK,
        text=T("""
            Beste meneer Benali,

            Ik was dinsdag ziek, waardoor meneer Roels uw gesprek over Adam overnam. Hij gaf me zijn notities door: Adam doet het goed (78%) en is een fijne klasgenoot. Als u nog vragen heeft of mij toch wilt spreken, dan kan dat elke dinsdag na 15u30.

            Met vriendelijke groeten,
            Tine Vleugels
            Klastitularis 4B
            """),
        about=[ad], note="sibling case: same parent address as Yasmine (2A), correctly addressed for Adam (4B)")

    add("pers", "bevestiging-gesprek-jonas-mama", frm=S["ade"].addr, to=[f"Evy Vandersteen <{jo['p2']}>"],
        date="2024-12-20 13:15", subject="Bevestiging gesprek 7 januari – Jonas", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Vandersteen,

            Uw gesprek over Jonas staat vast op dinsdag 7 januari om 16u10 in lokaal B.104. Het rapport krijgt Jonas vandaag mee; wilt u het ondertekend laten terugbrengen na de vakantie?

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        about=[jo], note="parent's address does not spell the pupil's surname; correctly addressed")

    lp = P["lottep"]
    add("pers", "rapport-lotte-vooruitgang", frm=S["jhe"].addr, to=[f"Ann Verhaegen <{lp['p1']}>"],
        date="2024-12-20 14:30", subject="Rapport Lotte – mooie vooruitgang", headers=OUTLOOK,
        text=T("""
            Beste mevrouw Verhaegen,

            Een korte positieve noot bij het rapport van Lotte: ze ging voor Frans van 58% naar 74%. Ze is ook een fijne klasvertegenwoordiger. Tot op het oudercontact!

            Jonas Hendrickx
            Klastitularis 1A
            """),
        about=[lp], note="Lotte Peeters (1A, titularis 1A) to her own mother; another Lotte is in 2A")

    # ------------------------------------------- misdirected, not sensitive
    add("pers", "bevestiging-gesprek-noah-verkeerde-peeters", frm=S["ade"].addr,
        to=[f"Peeters <{P['jules']['p1']}>"], date="2024-12-20 13:20",
        subject="Bevestiging gesprek 7 januari – Noah", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Uw gesprek over Noah (3B) staat vast op dinsdag 7 januari om 17u20 in lokaal B.104. Noah doet het goed in de klas; ik kijk ernaar uit u te ontmoeten.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        rules=["recipient"], about=[P["noahp"]], mis=True,
        note="about Noah Peeters (3B) but sent to the parents of Jules Peeters (5A), another Peeters family")

    vwo = pdf_bytes(["Vlaamse Wiskunde Olympiade - tweede ronde", "", "Woensdag 22 januari 2025, 14u00, Leuven",
                     "Leerling: Lucas Geerts (4A)", "", "Handtekening ouder: ........................"],
                    title="Inschrijving VWO")
    add("pers", "wiskundeolympiade-lucas-verkeerde-ouders", frm=S["bve"].addr,
        to=[f"Familie Cools <{P['lucasc']['p1']}>"], date="2025-01-13 11:30",
        subject="Lucas – Vlaamse Wiskunde Olympiade", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Lucas Geerts (4A) mag op basis van zijn kerstrapport deelnemen aan de tweede ronde van de Vlaamse Wiskunde Olympiade op woensdag 22 januari in Leuven. Wilt u het inschrijvingsstrookje in bijlage ondertekenen en via Lucas terugbezorgen?

            Met vriendelijke groeten,
            Bart Verbeeck
            Klastitularis 4A
            """),
        atts=[("Inschrijving_VWO_Lucas.pdf", vwo, "application/pdf")],
        rules=["recipient"], about=[lg], mis=True, fmt=["plain", "attachment-pdf"],
        note="about Lucas Geerts (4A) but sent to the parents of Lucas Cools (2B)")

    add("pers", "project-economie-mila-verkeerde-mama", frm=S["wae"].addr,
        to=[f"Karen Huybrechts <{P['milav']['p2']}>"], date="2025-01-08 11:00",
        subject="Project economie Mila", headers=OUTLOOK,
        text=T("""
            Beste mevrouw,

            Zoals ik gisteren op het oudercontact vertelde, werd het project van Mila Engelen (5A) over de lokale handelaars in Rotselaar gekozen voor de projectdag van 14 februari. Ze mag het die dag voorstellen aan de ouders en de burgemeester. Zou u willen bevestigen dat u erbij kan zijn?

            Met vriendelijke groeten,
            Wim Aerts
            Klastitularis 5A
            """),
        rules=["recipient"], about=[P["milae"]], mis=True,
        note="about Mila Engelen (5A) but sent to the mother of Mila Van de Velde (3A)")

    add("pers", "olivers-report-wrong-parent", frm=S["evd"].addr,
        to=[f"Frank Baert <{P['olivia']['p1']}>"], date="2025-01-06 09:30",
        subject="Oliver's report – signature", headers=OUTLOOK,
        text=T("""
            Dear Mr Brooks,

            Oliver's (6A) Christmas report has not been signed yet. Could you confirm it digitally in Smartschool, or let Oliver bring back the signed paper version this week?

            Kind regards,
            Els Van Damme
            Class teacher 6A
            """),
        rules=["recipient"], about=[ol], mis=True, lang="en",
        note="meant for Oliver Brooks' father; autocomplete 'Ol' picked the father of Olivia Baert (6A)")

    add("pers", "changement-heure-camille-verkeerde-maman", frm=S["kbo"].addr,
        to=[f"Sophie Dumont <{ma['p1']}>"], date="2025-01-06 16:30",
        subject="Changement d'heure – entretien Camille", headers=OUTLOOK,
        text=T("""
            Madame Dubois,

            Suite à une réunion, je dois déplacer notre entretien au sujet de Camille (2B) de 18h50 à 19h10, même local (B.112). J'espère que cela vous convient.

            Bien à vous,
            Koen Bollen
            Titulaire 2B
            """),
        rules=["recipient"], about=[P["camille"]], mis=True, lang="fr",
        note="about Camille Dubois (2B) but sent to Sophie Dumont, mother of Marie Dumont (5B)")


# =====================================================================
#  GENERAL LETTERS – 20 mails (must pass)
# =====================================================================
DIRECTIE = "Directie Sint-Pieterscollege <directie@spc.ksleuven.be>"
PERSONEEL = "personeel@spc.ksleuven.be"


def mails_general():
    all_par = parents_of(ROSTER)
    g1 = parents_of(in_class("1A", "1B", "1C", "2A", "2B", "2C"))
    g2 = parents_of(in_class("3A", "3B", "3C", "4A", "4B", "4C"))
    g3 = parents_of(in_class("5A", "5B", "6A", "6B"))
    fr_par = parents_of([P["thibault"], P["camille"], P["marie"]])
    en_par = parents_of([P["oliver"], P["sofiia"]])

    text, inner = render_blocks([
        "Beste ouders,", "",
        "Op vrijdag 20 december krijgt uw zoon of dochter het kerstrapport mee. Graag nodigen we u uit om het samen met de leerkrachten te bespreken:",
        "",
        "• dinsdag 7 januari 2025, van 16u00 tot 20u30, op school (B-blok; Dijlezaal voor de eerste graad)",
        "• donderdag 9 januari 2025, van 18u00 tot 21u00, online via Microsoft Teams",
        "",
        f"U boekt zelf uw gesprekken in onze afspraakplanner, van maandag 16 december om 9u tot vrijdag 3 januari om 12u: {PLANNER}. U meldt zich aan met uw Smartschool-co-account of met de persoonlijke oudercode die uw kind op papier meekrijgt. Een gesprek duurt 10 minuten; plan wat tijd tussen twee gesprekken.",
        "",
        "Wenst u een gesprek met een tolk (Frans, Arabisch, Oekraïens, ...)? Laat het ons weten via leerlingensecretariaat@spc.ksleuven.be, dan regelen wij dat.",
        "",
        "Ook de leerlingenbegeleiders en het CLB zijn aanwezig; bij hen kan u zonder afspraak langskomen.",
        "", "Wij kijken ernaar uit u te ontmoeten.", "",
        "Geert Vanhoof", "Directeur"])
    add("gen", "uitnodiging-oudercontact-alle-ouders", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par,
        date="2024-12-13 12:00", subject="Uitnodiging oudercontact na het kerstrapport – 7 en 9 januari",
        headers=OUTLOOK, text=text, html=outlook_html(inner), fmt=["alt", "bcc-envelope"],
        note="invitation to all parents, recipients only in the envelope; mentions codes but gives none")

    add("gen", "invitation-entretiens-parents-fr", frm=DIRECTIE, to=[DIRECTIE], bcc=fr_par,
        date="2024-12-13 12:05", subject="Invitation aux entretiens parents-professeurs – 7 et 9 janvier",
        headers=OUTLOOK, cte="base64",
        text=T(f"""
            Chers parents,

            Le vendredi 20 décembre, votre enfant recevra son bulletin de Noël. Nous vous invitons à en discuter avec les professeurs :

            • le mardi 7 janvier 2025, de 16h à 20h30, à l'école ;
            • le jeudi 9 janvier 2025, de 18h à 21h, en ligne via Microsoft Teams.

            Vous pouvez réserver vos entretiens du lundi 16 décembre (9h) au vendredi 3 janvier (12h) via {PLANNER} (choisissez « Français » en haut à droite). Vous vous connectez avec votre compte Smartschool ou avec le code parent personnel que votre enfant reçoit sur papier.

            La plupart de nos professeurs parlent français. Si vous souhaitez malgré tout un interprète, contactez leerlingensecretariaat@spc.ksleuven.be.

            Cordialement,

            Geert Vanhoof
            Directeur
            """),
        lang="fr", fmt=["plain-base64", "bcc-envelope"], note="French version of the invitation, BCC only")

    add("gen", "invitation-parents-evening-en", frm=DIRECTIE, to=[DIRECTIE], bcc=en_par,
        date="2024-12-13 12:10", subject="Invitation: parents' evening after the Christmas report",
        headers=OUTLOOK, cte="quoted-printable",
        text=T(f"""
            Dear parents,

            On Friday 20 December your child will bring home the Christmas report. We warmly invite you to discuss it with the teachers:

            • Tuesday 7 January 2025, 4 pm – 8.30 pm, at school
            • Thursday 9 January 2025, 6 pm – 9 pm, online via Microsoft Teams

            You can book your talks from Monday 16 December (9 am) until Friday 3 January (noon) at {PLANNER} (choose "English" in the top right corner). Log in with your Smartschool account or with the personal parent code your child receives on paper.

            If you would like an interpreter (for example Ukrainian), please let us know at leerlingensecretariaat@spc.ksleuven.be.

            Kind regards,

            Geert Vanhoof
            Head teacher
            """),
        lang="en", fmt=["plain-qp", "bcc-envelope"], note="English version of the invitation, BCC only")

    add("gen", "clb-op-het-oudercontact", frm=DIRECTIE, to=[DIRECTIE], bcc=g1, date="2024-12-20 08:30",
        subject="Het CLB op het oudercontact van 7 januari", headers=OUTLOOK,
        text=T("""
            Beste ouders van de eerste graad,

            Ook dit jaar is het Centrum voor Leerlingenbegeleiding (CLB Dijleland) aanwezig op het oudercontact van dinsdag 7 januari, in lokaal A.010, van 16u tot 20u.

            Het CLB helpt leerlingen, ouders en school bij vragen over leren en studeren (bv. een vermoeden van dyslexie of dyscalculie), over het welbevinden van uw kind (faalangst, pesten, moeilijke thuissituaties), over gezondheid en over de studiekeuze. De begeleiding is gratis en vertrouwelijk: de school krijgt geen inzage in het CLB-dossier zonder uw toestemming.

            U hoeft geen afspraak te maken; u kan gewoon binnenlopen. Wilt u liever een gesprek op een ander moment, dan kan u het CLB ook rechtstreeks contacteren via www.clb-dijleland.be.

            Met vriendelijke groeten,

            Geert Vanhoof, directeur
            namens het CLB-anker Eline Boeckx
            """),
        fmt=["plain", "bcc-envelope"], note="general CLB information letter; mentions dyslexia, bullying etc. but no pupil")

    add("gen", "medicatie-op-school-herinnering", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par,
        date="2025-01-10 10:00", subject="Medicatie op school – herinnering", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Op het oudercontact kregen we enkele vragen over medicatie op school. Daarom zetten we de afspraken uit het schoolreglement nog eens op een rij:

            1. Leerkrachten geven geen medicatie zonder schriftelijk attest van de arts (formulier "Medicatie op school", te vinden op Smartschool > Documenten).
            2. Medicatie wordt in de originele verpakking met de naam van uw kind afgegeven op het secretariaat.
            3. Heeft uw kind een chronische aandoening (bv. diabetes, epilepsie, astma of een ernstige allergie), bezorg ons dan de medische fiche, zodat we bij een noodgeval correct kunnen handelen.
            4. Bij ziekte of een ongeval op school verwittigen we altijd eerst de ouders.

            Alvast bedankt om hier samen zorg voor te dragen.

            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="general medication policy letter, no pupil")

    add("gen", "samen-tegen-pesten", frm=DIRECTIE, to=[DIRECTIE], bcc=g2, date="2025-01-13 09:00",
        subject="Samen tegen pesten – onze aanpak", headers=OUTLOOK,
        text=T("""
            Beste ouders van de tweede graad,

            Tijdens het oudercontact gaven verschillende ouders aan dat ze bezorgd zijn over pesten via sociale media. Pesten pakken we op school ernstig aan. Graag lichten we onze werkwijze toe:

            • Elke melding wordt opgevolgd door de leerlingenbegeleiders, Sarah Mertens en Youssef Amrani.
            • We werken met de no-blame-aanpak: samen met een steungroep van klasgenoten zoeken we oplossingen, zonder eerst te straffen.
            • Blijft het pestgedrag duren, dan volgen sancties volgens het schoolreglement.
            • Van 10 tot 14 februari is er de Week tegen Pesten, met workshops over online respect in alle klassen.

            Merkt u iets bij uw kind? Neem gerust contact op met de klastitularis of de leerlingenbegeleiding.

            Met vriendelijke groeten,
            Geert Vanhoof
            Directeur
            """),
        fmt=["plain", "bcc-envelope"], note="general anti-bullying letter, no pupil named")

    add("gen", "herinnering-schoolrekening-allen", frm="Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>",
        to=["Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>"], bcc=all_par,
        date="2024-12-18 14:00", subject="Herinnering: schoolrekening eerste trimester", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Begin december ontving u via Smartschool de schoolrekening van het eerste trimester. Wie die nog niet betaalde, vragen we dat te doen vóór 10 januari, met de gestructureerde mededeling die op de rekening staat.

            Heeft u het financieel moeilijk, of wenst u de rekening in schijven te betalen? Neem dan vertrouwelijk contact op met mevrouw Coppens van de boekhouding. Samen zoeken we een oplossing, bijvoorbeeld een afbetalingsplan. Vergeet ook niet na te gaan of u recht heeft op een schooltoeslag via het Groeipakket.

            Wie al betaald heeft, mag deze herinnering als onbestaande beschouwen.

            Met vriendelijke groeten,
            De boekhouding
            """),
        fmt=["plain", "bcc-envelope"], note="payment reminder to everybody, nobody named: not sensitive, no IBAN")

    add("gen", "praktische-afspraken-personeel-oudercontact", frm=S["adj"].addr, to=[S["adj"].addr],
        bcc=[PERSONEEL], date="2025-01-03 11:00", subject="Oudercontact dinsdag 7/1 – praktische afspraken",
        headers=OUTLOOK,
        text=T("""
            Beste collega's,

            Hieronder de praktische afspraken voor dinsdag:

            • 15u45: iedereen in zijn lokaal (lijst hangt in de leraarskamer). De eerste graad zit in de Dijlezaal.
            • 17u30–18u00: soep en broodjes in de refter.
            • Wie een tolk heeft, begint niet zonder de tolk; de tolken melden zich aan het onthaal.
            • Hou je aan de 10 minuten. Is er meer tijd nodig, plan dan een nieuw gesprek.
            • Notities over leerlingen noteer je niet in mails of op losse papiertjes, maar in het leerlingvolgsysteem.
            • Sleutels en alarm: Dirk sluit af; vraag hem wat je nodig hebt.

            Bedankt voor jullie inzet!
            Ilse Verlinden
            Adjunct-directeur
            """),
        fmt=["plain", "bcc-envelope"], note="letter to all staff; personeel@ only in the envelope (BCC)")

    add("gen", "richtlijnen-online-oudercontact-personeel", frm=S["adj"].addr, to=[S["adj"].addr],
        bcc=[PERSONEEL], date="2025-01-06 08:00", subject="Online oudercontact donderdag 9/1 – richtlijnen",
        headers=OUTLOOK,
        text=T("""
            Beste collega's,

            Voor het online oudercontact van donderdag:

            1. De planner maakt voor elk gesprek automatisch een Teams-link; die staat rechts naast het tijdslot. Je hoeft zelf niets aan te maken.
            2. Zet de wachtruimte aan, zodat ouders niet in een lopend gesprek binnenvallen.
            3. Neem gesprekken nooit op en deel je scherm niet (zeker niet Smartschool met de punten van de hele klas).
            4. Werk vanuit een rustige ruimte waar niemand meeluistert.

            Woensdag om 15u40 is er een korte online briefing voor wie twijfelt:
            ________________________________________________________________________________
            Microsoft Teams-vergadering
            Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4ZDI0NzUtNDk1MS00MjFhLWE2YzYtNWYzOTEyOGQ1ZTcw%40thread.v2/0>
            Vergaderings-id: 315 877 204 119
            Wachtwoordcode: Vk4pQ9
            ________________________________________________________________________________

            Ilse
            """),
        fmt=["plain", "bcc-envelope"], note="staff guidelines; Teams passcode in an invitation is allowed")

    text, inner = render_blocks([
        "Beste ouders van de eerste graad,", "",
        "Morgen krijgt uw kind het kerstrapport mee. Omdat het rapport in de eerste graad er anders uitziet dan in de lagere school, geven we een korte leeswijzer:",
        "",
        ("table", ["Onderdeel", "Wat betekent het?"], [
            ["Dagelijks werk (DW)", "toetsen en taken van het voorbije trimester"],
            ["Examen (EX)", "de examens van december"],
            ["Totaal", "DW en EX samen; onder 50% is een tekort"],
            ["Attitudes", "werkhouding, orde, samenwerken (A = zeer goed tot D = onvoldoende)"],
            ["Commentaar titularis", "de belangrijkste werkpunten voor het volgende trimester"],
        ]),
        "",
        "Vragen over het rapport stelt u best op het oudercontact van 7 of 9 januari.", "",
        "Met vriendelijke groeten,", "De directie"])
    add("gen", "leeswijzer-rapport-eerste-graad", frm=DIRECTIE, to=[DIRECTIE], bcc=g1,
        date="2024-12-19 16:00", subject="Leeswijzer bij het kerstrapport (eerste graad)",
        headers=OUTLOOK, html=outlook_html(inner), fmt=["html-only", "bcc-envelope"],
        note="general HTML letter with a table, no pupil")

    add("gen", "attesten-en-deliberatie-derde-graad", frm=DIRECTIE, to=[DIRECTIE], bcc=g3,
        date="2024-12-20 08:00", subject="Kerstrapport derde graad: hoe lees ik het advies van de klassenraad?",
        headers=OUTLOOK,
        text=T("""
            Beste ouders van de derde graad,

            In de derde graad geeft de klassenraad bij het kerstrapport geen attest, maar wel een advies. Dat kan drie vormen hebben:

            – "Verder zoals nu": uw zoon of dochter is goed op weg.
            – "Werkpunten": er zijn tekorten of aandachtspunten; de vakleerkrachten geven concrete tips.
            – "Ernstige bezorgdheid": de klassenraad twijfelt of de studierichting nog haalbaar is. We nodigen u dan zeker uit op het oudercontact.

            Een advies is geen beslissing: het definitieve attest volgt pas in juni.

            Met vriendelijke groeten,
            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="general explanation of class council advice")

    add("gen", "planner-sluit-vrijdag", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par, date="2025-01-02 09:00",
        subject="Herinnering: boeken voor het oudercontact kan nog tot vrijdag 12u", headers=OUTLOOK,
        cte="quoted-printable",
        text=T(f"""
            Beste ouders,

            Eerst en vooral: een gelukkig en gezond 2025!

            Nog even ter herinnering: u kan nog tot vrijdag 3 januari om 12u gesprekken boeken voor het oudercontact van 7 en 9 januari via {PLANNER}. Na vrijdag kan u alleen nog een gesprek aanvragen via de klastitularis.

            Bent u uw oudercode kwijt? Meld u dan aan met uw Smartschool-co-account; een code sturen wij nooit per mail.

            Tot dinsdag of donderdag!
            De directie
            """),
        fmt=["plain-qp", "bcc-envelope"], note="reminder to all parents; says codes are never mailed")

    add("gen", "bereikbaarheid-en-parking-oudercontact", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par,
        date="2025-01-06 12:00", subject="Oudercontact morgen: parking en toegang", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Praktisch voor morgen:

            • Parkeren kan op de parking van de sporthal (Stationsstraat) en op het Kerkplein. De speelplaats blijft autovrij.
            • De ingang is via de hoofdpoort in de Kerkstraat; de eerste graad zit in de Dijlezaal, de andere jaren in het B-blok.
            • Aan het onthaal ligt een plan met alle lokalen.
            • De oudervereniging houdt een koffiebar in de refter; de opbrengst gaat naar de schoolreis van de eerste jaren.

            Tot morgen!
            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="practical letter to all parents")

    add("gen", "nieuwjaarsbrief-directie", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par, date="2025-01-10 16:00",
        subject="Nieuwjaarsbrief van de directie", headers=OUTLOOK, charset="windows-1252",
        text=T("""
            Beste ouders,

            Namens het hele schoolteam wens ik u een warm en gezond 2025.

            Deze week ontmoetten we meer dan 400 ouders op het oudercontact, op school en online. Bedankt voor de vele fijne en eerlijke gesprekken. Wat ons opviel: ouders waarderen de online avond, maar missen soms de tijd om even na te praten. Daar gaan we mee aan de slag.

            Enkele data om te noteren:
            – 6 februari: infoavond studiekeuze (2de en 4de jaar)
            – 10–14 februari: Week tegen Pesten
            – 28 maart: paasrapport

            Met hartelijke groet,
            Geert Vanhoof
            Directeur
            """),
        fmt=["plain-cp1252", "bcc-envelope"], note="New Year letter to all parents, Windows-1252")

    add("gen", "enquete-oudercontact", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par, date="2025-01-14 10:00",
        subject="Uw mening over het oudercontact (2 minuten)", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Wij willen het oudercontact nog beter organiseren. Wilt u ons helpen door vijf korte vragen te beantwoorden? Het duurt maximaal 2 minuten en is anoniem.

            https://forms.office.com/e/Sp9Rk2Qx4L

            De vragenlijst staat open tot 24 januari.

            Bedankt!
            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="survey link to all parents; form id is not a secret")

    add("gen", "privacy-herinnering-personeel", frm="Aanspreekpunt informatieveiligheid Stroom <privacy@lksd.ksleuven.be>",
        to=["privacy@lksd.ksleuven.be"], bcc=[PERSONEEL], date="2025-01-06 07:45",
        subject="Privacy tijdens de oudercontacten: vijf afspraken", headers=OUTLOOK,
        text=T("""
            Beste collega's,

            Met de oudercontacten in aantocht herinneren we aan vijf afspraken uit ons communicatiebeleid:

            1. Verstuur nooit een wachtwoord of code via mail, ook niet naar een collega. Niemand van Stroom zal je daar ooit om vragen.
            2. Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg, financieel) deel je via het leerlingvolgsysteem, niet via mail.
            3. Mail je meerdere ouders tegelijk? Zet ze in BCC.
            4. Gebruik voor schoolzaken altijd je schoolaccount, nooit je privémailadres.
            5. Controleer de ontvanger voor je op Verzenden klikt: de automatische aanvulling kiest soms de verkeerde ouder.

            Vermoed je dat er iets misliep? Meld het meteen aan privacy@lksd.ksleuven.be.

            Het aanspreekpunt informatieveiligheid
            """),
        fmt=["plain", "bcc-envelope"], note="DPO reminder to all staff; talks about passwords and sensitive data in general")

    add("gen", "tolken-op-het-oudercontact", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par,
        date="2024-12-16 09:30", subject="Tolk nodig op het oudercontact? / Interprète ? / Потрібен перекладач?",
        headers=OUTLOOK, cte="base64",
        text=T("""
            Beste ouders,

            Spreekt u liever Frans, Arabisch, Oekraïens of een andere taal? Wij regelen graag gratis een tolk voor uw gesprekken op 7 of 9 januari. Laat het vóór 20 december weten aan leerlingensecretariaat@spc.ksleuven.be of aan de klastitularis.

            Chers parents, si vous souhaitez un interprète pour les entretiens, prévenez-nous avant le 20 décembre.

            Шановні батьки! Якщо вам потрібен перекладач на зустрічі з учителями 7 або 9 січня, повідомте нам до 20 грудня.

            أولياء الأمور الكرام، إذا كنتم بحاجة إلى مترجم خلال لقاء الأولياء، يرجى إعلامنا قبل 20 ديسمبر.

            Met vriendelijke groeten,
            De directie
            """),
        fmt=["plain-base64", "bcc-envelope"], note="multilingual general letter about interpreters")

    add("gen", "info-leerlingen-oudercontact", frm=DIRECTIE, to=[DIRECTIE],
        bcc=[p["email"] for p in in_class("3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "6A", "6B")],
        date="2024-12-19 12:30", subject="Oudercontact: jij mag mee!", headers=OUTLOOK,
        text=T("""
            Dag iedereen,

            Morgen krijg je je kerstrapport. Op dinsdag 7 en donderdag 9 januari komen je ouders praten met je leerkrachten. Vanaf de tweede graad vinden we het fijn als je mee komt: het gaat tenslotte over jou!

            Tip: overloop vooraf samen met je ouders je rapport en schrijf op welke vragen je hebt.

            Fijne vakantie!
            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="letter to all pupils of grades 2 and 3, BCC only")

    add("gen", "handleiding-planner-personeel", frm=S["ict"].addr, to=[S["ict"].addr], bcc=[PERSONEEL],
        date="2024-12-11 16:30", subject="Afspraakplanner oudercontact: zo werkt het", headers=OUTLOOK,
        text=T(f"""
            Beste collega's,

            Dit jaar boeken de ouders hun gesprekken zelf in een afspraakplanner. Wat moet jij doen?

            1. Morgen krijg je een persoonlijke mail met je gebruikersnaam (= je afkorting). Je startwachtwoord krijg je op papier in je vakje, niet via mail.
            2. Meld je aan op {PLANNER}/leerkracht en kies een eigen wachtwoord.
            3. Duid vóór 13 december je beschikbaarheden aan voor 7/1 (op school) en 9/1 (online).
            4. Vanaf 16 december kunnen ouders boeken. Je planning zie je onder "Mijn planning".

            Problemen? Mail naar ict@spc.ksleuven.be.

            Tom Claes
            ICT-coördinator
            """),
        fmt=["plain", "bcc-envelope"], note="staff how-to; start password is given on paper, not in the mail")

    add("gen", "zorgbeleid-redelijke-aanpassingen", frm=DIRECTIE, to=[DIRECTIE], bcc=all_par,
        date="2025-01-10 11:00", subject="Zorg op school: wat kan u verwachten?", headers=OUTLOOK,
        text=T("""
            Beste ouders,

            Op het oudercontact kwamen veel vragen over ondersteuning bij leerproblemen. Graag zetten we ons zorgbeleid nog eens op een rij.

            • Brede basiszorg: alle leerlingen kunnen terecht bij de vakleerkracht en de klastitularis, en op woensdagmiddag bij de inhaallessen.
            • Verhoogde zorg: heeft uw kind een attest (bv. dyslexie, dyscalculie, ADHD of ASS), dan maken we samen met u en het CLB een handelingsplan met redelijke aanpassingen, zoals extra tijd of voorleessoftware.
            • Uitbreiding van zorg: als dat nodig is, schakelen we samen met het CLB externe ondersteuning in.

            Heeft u een attest dat de school nog niet heeft? Bezorg het aan mevrouw Lemmens, onze zorgcoördinator.

            Met vriendelijke groeten,
            De directie
            """),
        fmt=["plain", "bcc-envelope"], note="general care-policy letter; lists disorders without any pupil")


# =====================================================================
#  ORDINARY – 20 mails (bcc, private_account, attachment, personal_data)
# =====================================================================
def mails_ordinary():
    adj, ict, sec, vco = S["adj"], S["ict"], S["sec"], S["vco"]

    add("ord", "sleutels-refter-b-blok", frm=S["dst"].addr, to=[adj.addr], date="2025-01-07 15:40",
        subject="sleutels refter en B-blok", headers=OUTLOOK,
        text=T("""
            Ilse,

            De sleutels van de refter en het B-blok liggen vanaf 16u in de bovenste lade van het onthaal, aan een rode label. Na afloop graag terug in het sleutelkluisje leggen.

            Dirk
            """),
        note="caretaker's keys, no code")

    add("ord", "soep-en-broodjes-personeel-in-aan", frm=adj.addr, to=[PERSONEEL], date="2025-01-06 09:00",
        subject="Oudercontact morgen: soep en broodjes", headers=OUTLOOK,
        text=T("""
            Beste collega's,

            Morgen staan er vanaf 17u30 soep en broodjes klaar in de refter. Wie vegetarisch eet: er zijn broodjes met een groene sticker. Graag je bord en tas zelf in de vaatwasser zetten.

            Ilse
            """),
        rules=["bcc"], fmt=["plain", "group-in-to"], note="staff list personeel@ visible in To")

    add("ord", "ouders-3b-boeken-vanaf-vandaag", frm=S["ade"].addr, to=["Ouders 3B <ouders3b@spc.ksleuven.be>"],
        date="2024-12-16 18:30", subject="Oudercontact 3B – boeken kan vanaf vandaag", headers=OUTLOOK,
        text=T("""
            Beste ouders van 3B,

            Vanaf vandaag kan u uw gesprekken boeken voor het oudercontact van 7 en 9 januari. Ik ben als klastitularis beschikbaar op dinsdag van 16u tot 20u30 en donderdag online van 18u tot 20u. Boek bij voorkeur eerst bij mij en daarna bij de vakleerkrachten.

            Met vriendelijke groeten,
            An Devos
            Klastitularis 3B
            """),
        rules=["bcc"], fmt=["plain", "group-in-to"], note="parents' group address ouders3b@ in To")

    o4 = [P["nina"], P["milav"], P["noahv"]]
    add("ord", "verschuiving-gesprekken-drie-ouders-zichtbaar", frm=S["hsm"].addr,
        to=[f"Giulia Rossi <{P['nina']['p1']}>", f"Karen Huybrechts <{P['milav']['p2']}>",
            f"Vermeulen <{P['noahv']['p1']}>"], date="2025-01-06 15:30",
        subject="Verschuiving gesprekken dinsdag 19u–19u30", headers=OUTLOOK,
        text=T("""
            Beste ouders van Nina, Mila en Noah,

            Door een dringende klassenraad moet ik de gesprekken tussen 19u00 en 19u30 verschuiven naar het einde van de avond:
            - Nina: 20u00 (was 19u00)
            - Mila: 20u10 (was 19u10)
            - Noah: 20u20 (was 19u20)
            Zelfde lokaal, B.206. Laat gerust weten als dat niet past.

            Groetjes,
            Hanne Smets
            Klastitularis 3A
            """),
        rules=["bcc"], about=o4,
        note="three parents of different 3A pupils visible to each other in To; each pupil's own parent is there")

    add("ord", "rapport-morgen-leerlingen5a-cc", frm=S["wae"].addr, to=[S["wae"].addr],
        cc=["Leerlingen 5A <leerlingen5a@spc.ksleuven.be>"], date="2024-12-19 13:15",
        subject="Rapport morgen + oudercontact: jullie mogen mee", headers=OUTLOOK,
        text=T("""
            Dag 5A,

            Morgen krijgen jullie het rapport in het 3de lesuur. Vergeet het niet te laten ondertekenen. Op het oudercontact van 7 januari mogen jullie mee met je ouders; ik vind dat zelfs een goed idee.

            Fijne vakantie alvast,
            meneer Aerts
            """),
        rules=["bcc"], fmt=["plain", "group-in-to"], note="pupils' class list leerlingen5a@ in CC")

    add("ord", "morgen-ziek-vakgroep-wiskunde", frm=S["bve"].addr,
        to=["Vakgroep wiskunde <vakgroep-wiskunde@spc.ksleuven.be>"], date="2025-01-06 20:30",
        subject="Morgen wss ziek", headers=OUTLOOK,
        text=T("""
            Collega's,

            Ik voel het niet goed komen, waarschijnlijk ben ik morgen ziek. Ik vraag morgenvroeg aan Kristof of hij mijn gesprekken van 4A wil overnemen, maar kan iemand van jullie de ouders opvangen die specifiek voor wiskunde komen (B.208, vanaf 16u20)? De lijst staat in de planner onder mijn naam.

            Bart
            """),
        rules=["bcc"], fmt=["plain", "group-in-to"], note="department list in To is a staff group address (§3.1)")

    ko = P["kobe"]
    add("ord", "oudercontact-morgen-vanaf-gmail", frm=PRIV["jma"], to=[f"Patrick Verbruggen <{ko['p1']}>"],
        date="2025-01-06 19:50", subject="oudercontact morgen", headers=GMAIL,
        text=T("""
            Beste meneer Verbruggen,

            Ik stuur dit vanaf mijn privé-adres omdat ik thuis niet in Smartschool geraak. Ik zie dat u nog geen gesprek geboekt hebt; ik zou u morgen toch graag zien over Kobe. Kan u om 19u20 in lokaal B.112? Laat maar iets weten op dit adres.

            Groeten,
            Joris Maes
            """),
        rules=["private_account"], about=[ko], note="teacher writes to a parent about school business from his gmail")

    b4a = [P["lucasg"], P["thibault"], P["jana"]] + filler_in("4A", 3)
    sched = "\n".join(f"{t}  {full(p)}  ({'mama' if i % 2 else 'papa'})" for i, (t, p) in
                      enumerate(zip(["16u00", "16u10", "16u20", "16u40", "17u10", "17u30"],
                                    [b4a[3], b4a[0], b4a[4], b4a[1], b4a[2], b4a[5]])))
    inner = EmailMessage(policy=email_policy.SMTP)
    inner["From"] = "Afspraakplanner Scholen <noreply@afspraakplanner-scholen.be>"
    inner["To"] = S["bve"].addr
    inner["Subject"] = "Uw planning voor dinsdag 7 januari"
    inner["Date"] = format_datetime(D("2024-12-27 06:00"))
    inner["Message-ID"] = "<planning.bve.20241227@afspraakplanner-scholen.be>"
    inner.set_content(T(f"""
        Beste Bart Verbeeck,

        Dit is uw planning voor het oudercontact op dinsdag 7 januari 2025, lokaal B.206:

        {{sched}}

        U kan uw planning altijd bekijken via {PLANNER}/leerkracht.
        """).replace("{sched}", sched), cte="quoted-printable")
    add("ord", "fw-planning-naar-eigen-hotmail", frm=S["bve"].addr, to=[PRIV["bve"]], date="2024-12-27 10:05",
        subject="FW: Uw planning voor dinsdag 7 januari", headers=OUTLOOK,
        text=T("""
            om thuis af te drukken
            """),
        atts=[("Uw planning voor dinsdag 7 januari.eml", inner, "message/rfc822")],
        rules=["private_account"], about=b4a, fmt=["plain", "forward", "attachment-rfc822"],
        note="teacher forwards the booking schedule (pupil names, no sensitive facts) to his own hotmail as an attached message")

    la = P["lars"]
    add("ord", "gesprek-overnemen-vanaf-outlook-com", frm=PRIV["ldw"], to=[S["ade"].addr],
        date="2025-01-07 16:35", subject="kan jij overnemen om 17u?", headers={"X-Mailer": "Outlook for iOS"},
        text=T("""
            An, mijn schoolmail doet raar (ik krijg mijn wachtwoord niet meer aanvaard, Tom is verwittigd). Kan jij om 17u even mijn gesprek met de mama van Lars Wouters (2C) opvangen? Ik sta in de file op de E40 en ben er pas om 17u20. Het rapport van Lars is goed, niets speciaals.
            Lieve

            Outlook voor iOS downloaden
            """),
        rules=["private_account"], about=[la], fmt=["plain", "phone"],
        note="teacher uses her private outlook.com box for school business with a colleague; mentions a password problem but no password")

    add("ord", "nieuwjaarsdrink-prive", frm=PRIV["ade"], to=["Sarah Van Wesemael <sarah.vanwesemael@gmail.com>"],
        date="2025-01-08 21:10", subject="zaterdag nieuwjaarsdrink", headers=GMAIL,
        text=T("""
            Hoi Sarah,

            Zaterdag 11/1 vanaf 19u bij ons, breng je de kinderen mee? Ik maak soep en er is cava. Na een week vol oudercontacten ben ik wel toe aan een glas :)

            Tot zaterdag!
            An
            """),
        note="staff member's private mail about a private matter from her private account: fine")

    xl = xlsx_bytes([["Tijd", "Leerling", "Klas", "Opmerking"], ["", "", "", ""],
                     ["Plak hier de export uit de planner en klik op 'Maak fiches'.", "", "", ""]],
                    sheet="Export", macro=True)
    add("ord", "planningstool-met-macro", frm=adj.addr, to=[S["ade"].addr, S["bve"].addr],
        date="2024-12-11 14:20", subject="Planningstool gesprekken (met macro)", headers=OUTLOOK,
        text=T("""
            Dag An, dag Bart,

            In bijlage een Excelbestand met een macro die je lijst uit de planner omzet naar een afdrukbare gespreksfiche per leerling. Klik op 'Inhoud inschakelen' als Excel daarom vraagt. Jullie mogen het eerst testen voor we het aan iedereen geven.

            Ilse
            """),
        atts=[("Gespreksfiches_oudercontact.xlsm", xl, XLSM)],
        rules=["attachment"], fmt=["plain", "attachment-xlsm"], note="macro-enabled workbook (.xlsm)")

    zp = _zip([("TeamsSetup/TeamsSetup_x64.exe", FAKE_EXE + bytes(2048)),
               ("TeamsSetup/LEESMIJ.txt", "Dubbelklik op TeamsSetup_x64.exe en volg de stappen.\r\n")])
    add("ord", "teams-installatie-zip", frm=ict.addr, to=[S["evd"].addr], date="2025-01-08 13:05",
        subject="Teams-installatie voor je pc thuis", headers=OUTLOOK,
        text=T("""
            Els,

            Omdat de webversie van Teams bij jou thuis hapert: in bijlage het installatiepakket (zip). Uitpakken en TeamsSetup_x64.exe uitvoeren, dan ben je klaar voor donderdag.

            Tom
            """),
        atts=[("TeamsSetup.zip", zp, "application/zip")],
        rules=["attachment"], fmt=["plain", "attachment-zip"], note="zip archive containing an .exe")

    bat = ("@echo off\r\n"
           "rem Koppelt de printer van de leraarskamer voor de gespreksfiches\r\n"
           "net use LPT1 \\\\spc-print01\\LK-Ricoh /persistent:yes\r\n"
           "rundll32 printui.dll,PrintUIEntry /in /n \\\\spc-print01\\LK-Ricoh\r\n"
           "echo Printer gekoppeld.\r\npause\r\n").encode("cp1252")
    add("ord", "printer-dijlezaal-bat", frm=ict.addr, to=[S["dst"].addr], date="2025-01-06 10:25",
        subject="printer Dijlezaal koppelen", headers=OUTLOOK,
        text=T("""
            Dirk,

            Dubbelklik op het bestand in bijlage op de laptop in de Dijlezaal; dan wordt de printer van de leraarskamer gekoppeld voor de gespreksfiches.

            Tom
            """),
        atts=[("printer_koppelen.bat", bat, "application/x-msdos-program")],
        rules=["attachment"], fmt=["plain", "attachment-bat"], note="batch script attachment")

    js = T("""
        // export_punten.js - zet de export uit Skore om naar een overzicht per leerling
        var fso = new ActiveXObject("Scripting.FileSystemObject");
        var shell = new ActiveXObject("WScript.Shell");
        var src = fso.OpenTextFile(shell.ExpandEnvironmentStrings("%USERPROFILE%") + "\\\\Downloads\\\\skore_export.csv", 1);
        var out = fso.CreateTextFile(shell.ExpandEnvironmentStrings("%USERPROFILE%") + "\\\\Desktop\\\\overzicht.txt", true);
        while (!src.AtEndOfStream) { var r = src.ReadLine().split(";"); out.WriteLine(r[1] + " " + r[2] + ": " + r[5] + "%"); }
        out.Close(); src.Close();
        WScript.Echo("Klaar!");
        """).encode("utf-8")
    add("ord", "scriptje-export-punten-js", frm=S["wae"].addr, to=[S["hsm"].addr], date="2024-12-17 12:40",
        subject="scriptje export punten", headers=OUTLOOK,
        text=T("""
            Hanne,

            Hierbij het scriptje waarmee ik de punten uit Skore omzet naar een overzicht voor het oudercontact. Export uit Skore in je Downloads zetten en het bestand dubbelklikken (Windows Script Host).

            Wim
            """),
        atts=[("export_punten.js", js, "application/javascript")],
        rules=["attachment"], fmt=["plain", "attachment-js"], note="JScript attachment")

    add("ord", "bereikbaarheid-dinsdagavond-gsm", frm=adj.addr, to=[S["dst"].addr], cc=[S["dir"].addr],
        date="2025-01-06 13:40", subject="Bereikbaarheid dinsdagavond", headers=OUTLOOK,
        text=T("""
            Dirk,

            Voor als er iets gebeurt tijdens het oudercontact, wie je kan bellen:

            Ilse Verlinden   0475 31 88 20
            Geert Vanhoof    0496 12 40 77
            Tom Claes        0486 52 17 09 (ICT, vanaf 18u)
            EHBO: Pieter Jacobs  0468 20 35 11

            Het secretariaat is die avond niet bemand.

            Ilse
            """),
        rules=["personal_data"], note="staff mobile numbers")

    trip = [P["jules"], P["milae"], P["kobe"]]
    add("ord", "skireis-gegevens-verzekering", frm=sec.addr,
        to=["Reisbureau Dijle – groepen <groepen@reisbureau-dijle.be>"], date="2024-12-17 09:45",
        subject="Skireis 5de jaar – gegevens laatste drie inschrijvingen", headers=OUTLOOK,
        text=T(f"""
            Goedemorgen Marleen,

            Hierbij de gegevens van de drie leerlingen die na de deadline nog inschreven voor de skireis (15–22 februari), voor de annulerings- en bijstandsverzekering:

            Jules Peeters (5A) – geboren op 17/05/2008 – rijksregisternummer {rrn(2008, 5, 17, 153)}
            Mila Engelen (5A) – geboren op 02/11/2008 – rijksregisternummer {rrn(2008, 11, 2, 248)}
            Kobe Verbruggen (5B) – geboren op 23/03/2008 – rijksregisternummer {rrn(2008, 3, 23, 91)}

            Met vriendelijke groeten,
            Martine Goossens
            Leerlingensecretariaat
            """),
        rules=["personal_data"], about=trip,
        note="dates of birth and valid national register numbers for travel insurance; nothing sensitive")

    ze = P["zeynep"]
    add("ord", "terugbetaling-theater-zeynep", frm=vco.addr, to=[f"Mehmet Yilmaz <{ze['p1']}>"],
        date="2025-01-09 14:15", subject="Terugbetaling theaterbezoek Zeynep", headers=OUTLOOK,
        text=T(f"""
            Beste meneer Yilmaz,

            Het theaterbezoek van 4B op 16 december werd geannuleerd omdat de voorstelling niet doorging. Zoals u op het oudercontact vroeg, storten we de € 14,00 terug op de rekening die u opgaf: {IBAN_YILMAZ} (op naam van M. Yilmaz). U ziet het bedrag binnen een week op uw rekening.

            Met vriendelijke groeten,
            Veerle Coppens
            Boekhouding
            """),
        rules=["personal_data"], about=[ze],
        note="refund to the parent's valid IBAN; a refund is not a financial-hardship fact")

    sof = P["sofiia"]
    add("ord", "interpreter-phone-number", frm=sec.addr, to=[f"Iryna Shevchenko <{sof['p1']}>"],
        date="2024-12-20 10:40", subject="Interpreter for the parents' evening", headers=OUTLOOK,
        text=T("""
            Dear Mrs Shevchenko,

            Good news: an interpreter (Ukrainian) will join your online talks on Thursday 9 January. Her name is Oksana Melnyk. She will call you on Wednesday to introduce herself; if you want to reach her before, her number is 0471 23 45 67.

            Kind regards,
            Martine Goossens
            Pupils' office
            """),
        rules=["personal_data"], about=[sof, P["maksym"]], lang="en",
        note="interpreter's Belgian mobile number; talks are about both children of the family")

    add("ord", "vraag-koppeling-co-accounts", frm=ict.addr, to=[VENDOR], date="2024-12-11 11:05",
        subject="Vraag: koppeling met Smartschool co-accounts", headers=OUTLOOK,
        text=T(f"""
            Dag Jeroen,

            Kunnen ouders die twee kinderen bij ons hebben met één Smartschool-co-account voor beide kinderen boeken, of moeten ze twee keer aanmelden? En kunnen we de taal van de ouderpagina per gezin instellen (Nederlands, Frans, Engels)?

            Alvast bedankt,

            Tom Claes
            ICT-coördinator
            {SCHOOL}
            GSM 0486 52 17 09
            """),
        rules=["personal_data"], note="question to the vendor; mobile number in signature")

    add("ord", "gebouw-langer-open-alarmcentrale", frm=S["dst"].addr,
        to=["Meldkamer Dijle Alarm <meldkamer@dijle-alarm.be>"], date="2025-01-06 11:45",
        subject="Gebouw langer open 7 januari – klant 88412", headers=OUTLOOK,
        text=T("""
            Goedemiddag,

            Op dinsdag 7 januari is er oudercontact in onze school. Het B-blok en de Dijlezaal blijven open tot ongeveer 21u15; daarna zetten wij het alarm zelf op. Gelieve tot 21u30 geen patrouille te sturen bij een melding van zone 3 (Dijlezaal) – er zullen dan nog collega's binnen zijn.

            Contactpersoon die avond: Dirk Stevens (technisch assistent).

            Met vriendelijke groeten,
            Dirk Stevens
            Sint-Pieterscollege Rotselaar
            """),
        note="alarm company, customer number and zone only, no code")


# =====================================================================
#  BUILD, WRITE, CHECK
# =====================================================================
def msgid(m):
    hsh = hashlib.sha1(m["slug"].encode()).hexdigest().upper()
    dom = parseaddr(m["frm"])[1].split("@")[1]
    if dom == "gmail.com":
        return f"<CA+{hsh[:10]}{hsh[10:30].lower()}@mail.gmail.com>"
    if dom in ("hotmail.com", "outlook.com"):
        return f"<DB9PR0{hsh[:2]}MB{hsh[2:6]}{hsh[6:18]}@DB9PR0{hsh[:2]}MB{hsh[2:6]}.eurprd0{int(hsh[0], 16) % 9 + 1}.prod.outlook.com>"
    return f"<AM8PR02MB{hsh[:4]}{hsh[4:24]}@AM8PR02MB{hsh[:4]}.eurprd02.prod.outlook.com>"


def build(m, idx):
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(D(m["date"]))
    msg["Message-ID"] = msgid(m)
    if "reply" in m["fmt"]:
        oh = hashlib.sha1((m["slug"] + "/orig").encode()).hexdigest()
        rid = f"<{oh[:24]}@{parseaddr(m['to'][0])[1].split('@')[1]}>"
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    for k, v in m["headers"].items():
        msg[k] = v
    cs, cte = m["charset"], m["cte"]
    if m["text"] is not None:
        msg.set_content(m["text"], charset=cs, cte=cte)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte=m["html_cte"])
    else:
        msg.set_content(m["html"], subtype="html", charset="utf-8", cte=m["html_cte"])
    for fn, data, ctype in m["atts"]:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fn)
        else:
            mt, st = ctype.split("/", 1)
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            n += 1
            part.set_boundary(f"_{n:03d}_{hashlib.md5((m['slug'] + str(n)).encode()).hexdigest()[:20]}_")
    return msg


def envelope(m):
    out = []
    for a in m["to"] + m["cc"] + m["bcc"] + m["rcpt_extra"]:
        addr = parseaddr(a)[1] if "<" in a else a
        if addr not in out:
            out.append(addr)
    return out


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


PHONE_RE = re.compile(r"(?<![\w+])(?:\+32[\s.]?|0032[\s.]?|0)[1-9](?:[\s./-]?\d){7,8}(?!\d)")
DOB_RE = re.compile(r"geboren op|geboortedatum|date of birth|né[e]? le", re.I)
RRN_RE = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})\b")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")


def all_text(msg):
    out = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == "message/rfc822":
            out.append(all_text(part.get_payload()[0]))
    return "\n".join(out)


def main():
    mails_password()
    mails_lookalike()
    mails_sensitive()
    mails_personal()
    mails_general()
    mails_ordinary()
    order = list(range(len(MAILS)))
    random.Random(4848).shuffle(order)
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", f):
            os.remove(os.path.join(HERE, f))
    ids = {p["id"] for p in ROSTER}
    by_id = {p["id"]: p for p in ROSTER}
    parent_of = {}
    for p in ROSTER:
        for a in parents(p):
            parent_of.setdefault(a, set()).add(p["id"])
    yaml = ["# batch48 - Rotselaar school, parents' evenings after the Christmas report "
            "(booking tool logins, interpreters, follow-ups, hand-overs, keys and alarm, letters)", ""]
    problems, warnings = [], []
    stats = {"kind": {}, "rules": {}, "cats": {}, "mis": 0, "correct_parent": 0}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = f"{n:03d}-{m['slug']}.eml"
        msg = build(m, n)
        data = msg.as_bytes()
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        rcpt = envelope(m)
        about = [p["id"] for p in m["about"]]
        mail_from = m["mail_from"] or parseaddr(m["frm"])[1]
        # ---- self checks
        from email import message_from_bytes
        back = message_from_bytes(data, policy=email_policy.default)
        txt = all_text(back)
        phones = PHONE_RE.findall(txt)
        has_pd = bool(phones) or bool(DOB_RE.search(txt)) or any(
            iban_ok(x) for x in IBAN_RE.findall(txt)) or bool(RRN_RE.search(txt))
        if has_pd != ("personal_data" in m["rules"]):
            warnings.append(f"{fname}: personal_data label={'personal_data' in m['rules']} detected={has_pd} {phones}")
        for a in about:
            if a not in ids:
                problems.append(f"{fname}: unknown id {a}")
        if about:
            par_rcpt = [r for r in rcpt if r in parent_of]
            if par_rcpt:
                mis_calc = any(not any(a in parent_of[r] for r in par_rcpt) for a in about)
                if mis_calc != m["mis"]:
                    problems.append(f"{fname}: misdirected label {m['mis']} but computed {mis_calc}")
                if not m["mis"]:
                    stats["correct_parent"] += 1
        if m["mis"]:
            if "recipient" not in m["rules"] or len(about) != 1:
                problems.append(f"{fname}: misdirected needs recipient rule and one pupil")
        if ("sensitive" in m["rules"]) != bool(m["cats"]):
            problems.append(f"{fname}: sensitive/categories mismatch")
        stats["kind"][m["kind"]] = stats["kind"].get(m["kind"], 0) + 1
        for r in m["rules"]:
            stats["rules"][r] = stats["rules"].get(r, 0) + 1
        for c in m["cats"]:
            stats["cats"][c] = stats["cats"].get(c, 0) + 1
        stats["mis"] += 1 if m["mis"] else 0
        yaml.append(f"{fname}:")
        yaml.append(f"  rules: [{', '.join(m['rules'])}]")
        if m["cats"]:
            yaml.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        yaml.append(f"  mail_from: {mail_from}")
        yaml.append(f"  rcpt: [{', '.join(rcpt)}]")
        yaml.append(f"  about: [{', '.join(about)}]")
        yaml.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        yaml.append(f"  note: {yq(m['note'])}")
        yaml.append(f"  lang: {m['lang']}")
        yaml.append(f"  format: [{', '.join(m['fmt'])}]")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(yaml) + "\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["email"], p["p1"], p["p2"]])
    print(f"wrote {len(MAILS)} mails, labels.yaml, roster.csv ({len(ROSTER)} pupils)")
    print("kinds:", stats["kind"])
    print("rules:", dict(sorted(stats["rules"].items())))
    print("categories:", dict(sorted(stats["cats"].items())))
    print("misdirected:", stats["mis"], " correctly addressed to a parent:", stats["correct_parent"])
    for w_ in warnings:
        print("WARN", w_)
    for p_ in problems:
        print("PROBLEM", p_)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
