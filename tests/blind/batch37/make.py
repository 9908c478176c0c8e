#!/usr/bin/env python3
"""batch37 - blind labelled outbound mail for the Stroom / LKSD mail gateway.

Situation: Sint-Pieterscollege, campus Kessel-Lo. Teachers who leave for a while
(maternity leave, sick leave, career break) and their substitutes.

Writes next to itself: NNN-slug.eml, labels.yaml and roster.csv.
Standard library only; deterministic (fixed dates, Message-IDs, boundaries,
seeded randomness).
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(3737)

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def norm(s):
    """lowercase ascii without spaces, hyphens or apostrophes (for addresses)"""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def dt(s):
    """'2025-02-05 14:32' -> aware datetime, Brussels offset (DST from 30/3)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if (d >= datetime.datetime(2025, 3, 30, 2, 0)
                and d < datetime.datetime(2025, 10, 26, 3, 0)) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def be_iban(bank10):
    """valid Belgian IBAN from the first 10 digits of the account number"""
    n = int(bank10)
    chk = n % 97 or 97
    bban = "%010d%02d" % (n, chk)
    num = int(bban + "111400")  # B=11 E=14 00
    cd = 98 - num % 97
    iban = "BE%02d%s" % (cd, bban)
    return " ".join(iban[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, after2000=False):
    """valid Belgian rijksregisternummer YY.MM.DD-SSS.CC"""
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" + base) if after2000 else base)
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C",
           "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"]

# key pupils: key -> (first, last, class, parent1, parent2)
KEY = {
    # 3B (wiskunde, Lies De Wachter -> Jonas Verhaegen)
    "emma_j": ("Emma", "Janssens", "3B", "sofie.vercammen@telenet.be", "bart.janssens@skynet.be"),
    "noah_c": ("Noah", "Claes", "3B", "els.claes@hotmail.com", "tim.claes@telenet.be"),
    "noah_e": ("Noah", "El Idrissi", "3B", "fatima.benali@gmail.com", "youssef.elidrissi@outlook.com"),
    "lina_v": ("Lina", "Vermeulen", "3B", "an.vermeulen@telenet.be", ""),
    "finn_d": ("Finn", "De Smedt", "3B", "katrien.desmedt@gmail.com", "jan.desmedt@telenet.be"),
    "arthur_p": ("Arthur", "Peeters", "3B", "griet.maes@skynet.be", "wim.peeters@telenet.be"),
    "yasmine_a": ("Yasmine", "Amrani", "3B", "nadia.amrani@hotmail.com", ""),
    "jules_w": ("Jules", "Wuyts", "3B", "evelien.wuyts@telenet.be", "koen.wuyts@gmail.com"),
    "zoe_h": ("Zoë", "Hermans", "3B", "liesbet.goris@gmail.com", "steven.hermans@skynet.be"),
    # 4A
    "mila_v": ("Mila", "Vermeersch", "4A", "an.vermeersch@proximus.be", "pieter.vermeersch@gmail.com"),
    "ruben_la": ("Ruben", "Lambrechts", "4A", "ilse.lambrechts@telenet.be", ""),
    "ruben_lau": ("Ruben", "Lauwers", "4A", "bieke.lauwers@telenet.be", "stijn.lauwers@telenet.be"),
    "sara_b": ("Sara", "Bogaerts", "4A", "gezin.bogaerts.verlinden@skynet.be", ""),
    "amir_h": ("Amir", "Haddad", "4A", "r.haddad@gmail.com", "leila.haddad@hotmail.com"),
    "louise_vdb": ("Louise", "Van den Broeck", "4A", "hilde.coppens@telenet.be", "geert.vandenbroeck@proximus.be"),
    "ibrahim_d": ("Ibrahim", "Diallo", "4A", "mamadou.diallo@outlook.com", ""),
    # 2C
    "mats_v": ("Mats", "Verstraete", "2C", "nathalie.verstraete@icloud.com", ""),
    "kobe_w": ("Kobe", "Willems", "2C", "els.desmet@telenet.be", "dirk.willems@skynet.be"),
    "nora_j": ("Nora", "Jacobs", "2C", "jacobs.dewolf@telenet.be", ""),
    # 1A / 1B / 3C (Frans, Griet Vanhove -> Aline Dumont)
    "lea_l": ("Léa", "Lambert", "1A", "gezin.timmermans@telenet.be", ""),
    "adam_k": ("Adam", "Kaddouri", "1A", "h.kaddouri@gmail.com", ""),
    "ines_t": ("Ines", "Tahiri", "1A", "fatima.benali@gmail.com", "karim.tahiri@gmail.com"),
    "lotte_c": ("Lotte", "Claes", "1B", "els.claes@hotmail.com", "tim.claes@telenet.be"),
    "jade_w": ("Jade", "Willems", "1B", "tine.willems@gmail.com", "bert.willems@gmail.com"),
    "jens_b": ("Jens", "Bogaerts", "1B", "patrick.bogaerts@telenet.be", ""),
    "oscar_l": ("Oscar", "Lemaire", "3C", "c.lemaire@skynet.be", ""),
    "hiba_e": ("Hiba", "El Amrani", "3C", "elamrani.h@gmail.com", ""),
    "jules_wk": ("Jules", "Wuytack", "3C", "sven.wuytack@skynet.be", ""),
    # 5A / 5B / 6A (chemie-bio, Koen Meulemans -> Sarah Ouali)
    "lucas_j": ("Lucas", "Janssens", "5A", "kristel.janssens@gmail.com", ""),
    "hanne_p": ("Hanne", "Peeters", "5A", "dirk.peeters@telenet.be", "ann.lenaerts@telenet.be"),
    "jana_c": ("Jana", "Coppens", "5A", "veerle.coppens@skynet.be", ""),
    "thomas_m": ("Thomas", "Maes", "5A", "kurt.maes@proximus.be", "nele.dhondt@gmail.com"),
    "elise_v": ("Elise", "Verstraete", "5B", "nathalie.verstraete@icloud.com", ""),
    "ward_g": ("Ward", "Geerts", "5B", "karen.geerts@hotmail.com", ""),
    "aya_b": ("Aya", "Bouzid", "5B", "said.bouzid@gmail.com", ""),
    "lore_d": ("Lore", "Daems", "6A", "bart.daems@telenet.be", ""),
    "robbe_m": ("Robbe", "Mertens", "6A", "mertens.gezin@telenet.be", ""),
    "victor_d": ("Victor", "Dubois", "6A", "m.dubois@proximus.be", ""),
    # 2A / 2B / 4B (LO, Tom Goossens -> Bram Wouters)
    "jasper_m": ("Jasper", "Mertens", "2A", "mertens.gezin@telenet.be", ""),
    "milan_d": ("Milan", "Dewit", "2A", "joris.dewit@gmail.com", ""),
    "sem_vh": ("Sem", "Van Hoof", "2A", "kathleen.smolders@telenet.be", "raf.vanhoof@telenet.be"),
    "senne_vd": ("Senne", "Van Damme", "2B", "inge.vandamme@gmail.com", ""),
    "amber_dc": ("Amber", "De Clercq", "2B", "sarah.declercq@hotmail.com", "kevin.declercq@gmail.com"),
    "mauro_vdb": ("Mauro", "Van den Broeck", "2B", "hilde.vandenbroeck@gmail.com", ""),
    "kato_d": ("Kato", "Deprez", "2B", "deprez.wauters@skynet.be", ""),
    "grace_m": ("Grace", "Mbuyi", "4B", "esther.mbuyi@gmail.com", ""),
    "lars_v": ("Lars", "Verbeke", "4B", "marijke.verbeke@telenet.be", "gert.verbeke@telenet.be"),
    # 6B / 6C / 4C (Engels, Hanne Smets -> Rachel Morgan)
    "tuur_m": ("Tuur", "Michiels", "6B", "michiels-peeters@skynet.be", ""),
    "daan_v": ("Daan", "Vos", "6B", "lieve.vos@telenet.be", "filip.vos@gmail.com"),
    "olivia_s": ("Olivia", "Segers", "6B", "tom.segers@gmail.com", "caroline.vanlaer@gmail.com"),
    "febe_a": ("Febe", "Aerts", "6C", "joke.aerts@outlook.com", ""),
    "nina_m": ("Nina", "Maes", "6C", "kurt.maes@proximus.be", "nele.dhondt@gmail.com"),
    "lien_s": ("Lien", "Stevens", "6C", "stevens.lien.ouders@gmail.com", ""),
    "ella_j": ("Ella", "Jacobs", "4C", "jacobs.dewolf@telenet.be", ""),
}

# name pools per origin: (boys, girls, surnames, fathers, mothers, weight)
ORIGINS = {
    "vl": (["Lucas", "Liam", "Louis", "Noah", "Arthur", "Jules", "Victor", "Mats", "Lars",
            "Seppe", "Wout", "Milan", "Vic", "Stan", "Warre", "Bas", "Lowie", "Rune", "Senne",
            "Thibo", "Emiel", "Gust", "Jef", "Lander", "Robbe", "Ferre", "Mathis", "Xander",
            "Cas", "Tibo", "Finn", "Sem", "Nathan", "Siebe", "Kobe", "Tuur", "Bent", "Jasper"],
           ["Emma", "Olivia", "Louise", "Mila", "Lina", "Elise", "Nora", "Ella", "Julie",
            "Lotte", "Hanne", "Lore", "Fien", "Febe", "Jana", "Amber", "Marie", "Noor", "Lien",
            "Kato", "Yana", "Axelle", "Ines", "Sara", "Anouk", "Roos", "Sien", "Margot", "Oona",
            "Nina", "Chloé", "Léa", "Lisa", "Jade", "Liv", "Fleur", "Mona", "Zoë", "Charlotte"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "De Smet",
            "Dubois", "Lambert", "Dupont", "Hermans", "Aerts", "Michiels", "Vermeulen",
            "Van Damme", "Martens", "Verstraete", "Stevens", "Huybrechts", "Verhoeven",
            "Leemans", "Thys", "Vandenberghe", "Vos", "Geerts", "Lenaerts", "Smeets", "Nys",
            "Verbruggen", "Schoofs", "Vanderstraeten", "Moens", "Van Laer", "Verbeeck",
            "Ceulemans", "Roels", "Bosmans", "Wuyts", "Vercammen", "Van Aken", "De Backer",
            "Segers", "Van Hecke", "D'Hondt", "Van de Velde", "Goris", "Smolders",
            "Timmermans", "Van Roy", "Vandevelde", "Coppens", "Daems", "Deprez", "Dewit"],
           ["Bart", "Tim", "Wim", "Jan", "Geert", "Kurt", "Dirk", "Steven", "Kevin", "Sven",
            "Patrick", "Stijn", "Johan", "Filip", "Kristof", "Nico", "Peter", "Joris", "Luc",
            "Hans", "Raf", "Bert", "Dimitri", "Gert", "Frederik", "Jeroen", "Tom", "Koen"],
           ["Sofie", "Els", "An", "Katrien", "Evelien", "Liesbet", "Ilse", "Bieke", "Hilde",
            "Nathalie", "Tine", "Kristel", "Karen", "Inge", "Marijke", "Lieve", "Joke",
            "Annelies", "Kathleen", "Nele", "Eline", "Caroline", "Kim", "Saskia", "Isabelle",
            "Valérie", "Martine", "Griet", "Greet", "Sandra", "Veerle", "Ellen"], 70),
    "ma": (["Ilias", "Yassin", "Ayoub", "Mohamed", "Omar", "Bilal", "Hamza", "Amine", "Rayan",
            "Adam", "Ismail", "Anas", "Zakaria"],
           ["Salma", "Imane", "Amira", "Nour", "Aya", "Yasmina", "Malak", "Sara", "Ines",
            "Rania", "Lina", "Hajar"],
           ["El Khattabi", "Azzouzi", "Haddouchi", "Ouazzani", "El Hamdaoui", "Chaouki",
            "Bakkali", "Zerrouki", "Bouzid", "Ait Lahcen", "Essafi"],
           ["Youssef", "Karim", "Mohamed", "Ahmed", "Mustafa", "Rachid", "Abdel", "Hassan"],
           ["Fatima", "Nadia", "Leila", "Samira", "Khadija", "Latifa", "Naima", "Souad"], 10),
    "tr": (["Kerem", "Emre", "Yusuf", "Mehmet", "Efe", "Burak", "Arda"],
           ["Zeynep", "Elif", "Ecem", "Defne", "Melis", "Azra"],
           ["Yilmaz", "Demir", "Kaya", "Sahin", "Öztürk", "Çelik", "Aydin"],
           ["Hakan", "Murat", "Ali", "Mustafa", "Serkan"],
           ["Hatice", "Ayse", "Emine", "Fatma", "Gül"], 5),
    "oe": (["Jakub", "Mykola", "Oleksandr", "Matei", "Andrei", "Filip"],
           ["Oksana", "Zuzanna", "Natalia", "Alicja", "Daria", "Ioana"],
           ["Nowak", "Kowalski", "Popescu", "Shevchenko", "Wiśniewski", "Ionescu", "Kovalenko"],
           ["Piotr", "Serhiy", "Marek", "Andrei", "Tomasz"],
           ["Ewa", "Olena", "Anna", "Ioana", "Katarzyna"], 5),
    "af": (["Dawit", "Ibrahima", "Kofi", "Samuel", "Elie", "Moussa"],
           ["Hawi", "Divine", "Aminata", "Merveille", "Fatoumata", "Liya"],
           ["Ouedraogo", "Kabongo", "Tesfaye", "Mukendi", "Tshibangu", "Bah", "Mensah"],
           ["Abebe", "Jean-Pierre", "Mamadou", "Patrice", "Emmanuel"],
           ["Aminata", "Chantal", "Mireille", "Esther", "Solange"], 4),
    "as": (["Ahmad", "Farid", "Omid", "Minh"],
           ["Mariam", "Zahra", "Parisa", "Linh"],
           ["Ahmadi", "Rahimi", "Karimi", "Nguyen", "Tran"],
           ["Abdullah", "Rahim", "Hung"],
           ["Fatema", "Shabnam", "Lan"], 2),
    "ze": (["Matteo", "Diego", "Tiago", "Lorenzo"],
           ["Sofia", "Chiara", "Ana", "Giulia"],
           ["Rossi", "Garcia", "Fernandes", "Ramos", "Martinez", "Esposito"],
           ["Marco", "José", "Paolo"],
           ["Maria", "Paula", "Francesca"], 4),
}
STAFF_SURNAMES = {"De Wachter", "Verhaegen", "Meulemans", "Ouali", "Vanhove",
                  "Dumont", "Goossens", "Wouters", "Smets", "Morgan",
                  "Claessens", "Van Roey", "Verbist", "Lemmens", "Hendrickx",
                  "Cools", "Pauwels", "Boukhari"}
for _o in ORIGINS.values():
    assert not (set(_o[2]) & STAFF_SURNAMES)
PROVIDERS = (["telenet.be"] * 9 + ["gmail.com"] * 7 + ["hotmail.com"] * 3 +
             ["skynet.be"] * 2 + ["proximus.be"] * 2 + ["outlook.com"] * 2 +
             ["icloud.com", "live.be", "yahoo.com"])


def build_roster():
    used_addr = set()
    for v in KEY.values():
        used_addr.update(a for a in v[3:] if a)
    used_names = {(v[0], v[1]) for v in KEY.values()}
    per_class = {c: [] for c in CLASSES}
    for k, v in KEY.items():
        per_class[v[2]].append(dict(key=k, first=v[0], last=v[1], klas=v[2],
                                    p1=v[3], p2=v[4]))
    key_first = {c: {p["first"] for p in per_class[c]} for c in CLASSES}
    okeys = list(ORIGINS)
    weights = [ORIGINS[o][5] for o in okeys]

    def paddr(first, last):
        for _ in range(50):
            f, l = norm(first), norm(last)
            style = rng.choice(["f.l", "f.l", "f.l", "fl", "i.l", "l.f", "f_l",
                                "f.l9", "fam", "fl9"])
            if style == "f.l":
                a = f + "." + l
            elif style == "fl":
                a = f + l
            elif style == "i.l":
                a = f[0] + "." + l
            elif style == "l.f":
                a = l + "." + f
            elif style == "f_l":
                a = f + "_" + l
            elif style == "f.l9":
                a = f + "." + l + str(rng.randint(1, 99))
            elif style == "fl9":
                a = f + l + str(rng.randint(60, 92))
            else:
                a = rng.choice(["fam.", "gezin.", "familie"]) + l
            a = a + "@" + rng.choice(PROVIDERS)
            if a not in used_addr:
                used_addr.add(a)
                return a
        raise RuntimeError("address")

    fillers = []
    for c in CLASSES:
        while len(per_class[c]) < 15:
            o = rng.choices(okeys, weights)[0]
            boys, girls, lasts, dads, moms, _w = ORIGINS[o]
            girl = rng.random() < 0.5
            first = rng.choice(girls if girl else boys)
            last = rng.choice(lasts)
            if (first, last) in used_names or first in key_first[c]:
                continue
            used_names.add((first, last))
            # mother first, often registered under her own name
            mo = o if rng.random() < 0.9 else rng.choice(["vl", "vl", "ma", "oe", "ze"])
            if rng.random() < 0.55:
                mlast = rng.choice([x for x in ORIGINS[mo][2] if x != last])
            else:
                mlast = last
            p1 = paddr(rng.choice(ORIGINS[mo][4]), mlast)
            p2 = ""
            if rng.random() < 0.75:
                p2 = paddr(rng.choice(dads), last)
            if p2 and rng.random() < 0.15:  # father registered as first contact
                p1, p2 = p2, p1
            pup = dict(key=None, first=first, last=last, klas=c, p1=p1, p2=p2, o=o)
            per_class[c].append(pup)
            fillers.append(pup)
    # siblings among fillers: a younger pupil takes over the surname and the
    # parents of an older pupil
    sib = 0
    older = [p for p in fillers if p["klas"][0] in "3456"]
    rng.shuffle(older)
    for o in older:
        if sib >= 18 or o.get("sib"):
            continue
        cand = [p for p in fillers if p["klas"][0] < o["klas"][0]
                and not p.get("sib") and p["last"] != o["last"] and p["o"] == o["o"]]
        if not cand:
            continue
        y = rng.choice(cand)
        if (y["first"], o["last"]) in used_names:
            continue
        used_names.discard((y["first"], y["last"]))
        used_names.add((y["first"], o["last"]))
        y["last"] = o["last"]
        y["p1"], y["p2"] = o["p1"], o["p2"]
        y["sib"] = o["sib"] = True
        sib += 1
    pupils = []
    for c in CLASSES:
        pupils.extend(sorted(per_class[c], key=lambda p: (norm(p["last"]), norm(p["first"]))))
    seen = {}
    for i, p in enumerate(pupils, 1):
        p["id"] = "P%04d" % i
        base = norm(p["first"]) + "." + norm(p["last"])
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            base += str(seen[base])
        p["email"] = base + "@leerling.sintpieterscollege.be"
        grade = int(p["klas"][0])
        year = 2013 - grade + (1 if rng.random() < 0.04 else 0) - (1 if rng.random() < 0.08 else 0)
        p["dob"] = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    return pupils


PUPILS = build_roster()
PUP = {p["key"]: p for p in PUPILS if p["key"]}
assert len(PUP) == len(KEY)


def pid(*keys):
    return [PUP[k]["id"] for k in keys]


def par(key, n=1):
    return PUP[key]["p1" if n == 1 else "p2"]


def klas(c):
    return [p for p in PUPILS if p["klas"] == c]


def write_roster():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for p in PUPILS:
        w.writerow([p["id"], p["first"], p["last"], p["klas"], p["email"], p["p1"], p["p2"]])
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

S = {
    "ldw": ("Lies De Wachter", "lies.dewachter@sintpieterscollege.be"),
    "ldw_k": ("De Wachter Lies", "ldw@spc.ksleuven.be"),
    "ldw_p": ("Lies De Wachter", "liesdewachter82@gmail.com"),
    "jve": ("Jonas Verhaegen", "jonas.verhaegen@sintpieterscollege.be"),
    "jve_p": ("Jonas Verhaegen", "jonas.verhaegen.wis@gmail.com"),
    "kme": ("Koen Meulemans", "koen.meulemans@sintpieterscollege.be"),
    "kme_p": ("Koen Meulemans", "koen.meulemans@telenet.be"),
    "sou": ("Sarah Ouali", "sarah.ouali@sintpieterscollege.be"),
    "sou_p": ("Sarah Ouali", "sarah.ouali.bio@hotmail.com"),
    "gva": ("Griet Vanhove", "griet.vanhove@sintpieterscollege.be"),
    "gva_p": ("Griet Vanhove", "grietvanhove@gmail.com"),
    "adu": ("Aline Dumont", "aline.dumont@sintpieterscollege.be"),
    "adu_p": ("Aline Dumont", "aline.dumont.prof@hotmail.com"),
    "tgo": ("Tom Goossens", "tgo@spc.ksleuven.be"),
    "bwo": ("Bram Wouters", "bram.wouters@sintpieterscollege.be"),
    "hsm": ("Hanne Smets", "hanne.smets@sintpieterscollege.be"),
    "hsm_p": ("Hanne Smets", "hannesmets.be@gmail.com"),
    "rmo": ("Rachel Morgan", "rachel.morgan@sintpieterscollege.be"),
    "vcl": ("Veerle Claessens", "veerle.claessens@sintpieterscollege.be"),
    "pvr": ("Pieter Van Roey", "pvr@spc.ksleuven.be"),
    "dir": ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be"),
    "ave": ("Ann Verbist", "ann.verbist@sintpieterscollege.be"),
    "dle": ("Dries Lemmens", "dle@spc.ksleuven.be"),
    "ict": ("ICT-helpdesk Sint-Pieterscollege", "ict@spc.ksleuven.be"),
    "sec": ("Leerlingensecretariaat", "leerlingensecretariaat@spc.ksleuven.be"),
    "nbo": ("Nadia Boukhari", "nadia.boukhari@sintpieterscollege.be"),
    "boek": ("Boekhouding Sint-Pieterscollege", "boekhouding@spc.ksleuven.be"),
    "lco": ("Leen Cools", "leen.cools@sintpieterscollege.be"),
    "mhe": ("Marc Hendrickx", "mhe@spc.ksleuven.be"),
    "epa": ("Eva Pauwels", "eva.pauwels@sintpieterscollege.be"),
    "info": ("Sint-Pieterscollege Kessel-Lo", "info@sintpieterscollege.be"),
    "privacy": ("Meldpunt datalekken Stroom", "privacy@lksd.ksleuven.be"),
    "pers": ("Personeelsdienst LKSD", "personeelsdienst@lksd.ksleuven.be"),
}

GROUP = {
    "personeel": "personeel@spc.ksleuven.be",
    "wiskunde": "wiskunde@spc.ksleuven.be",
    "lo": "lo@spc.ksleuven.be",
    "wetenschappen": "wetenschappen@spc.ksleuven.be",
}


def grp(name):
    return name + "@spc.ksleuven.be"


SCHOOL_TEL = "016 35 72 10"
ADDR_LINE = "Diestsesteenweg 212, 3010 Kessel-Lo"
SCHOOL_IBAN = be_iban("7340192837")


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

ZDATE = (2025, 1, 20, 8, 0, 0)


def make_zip(files, date=ZDATE):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def make_xlsx(rows, sheet="Blad1", macro=False):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xml_rows))
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if macro:
        vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
               b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n"
               b"  Sheets(\"Planning\").Range(\"A1\").Select\r\n"
               b"  Call KleurWeken\r\nEnd Sub\r\n")
        files.append(("xl/vbaProject.bin", vba))
    return make_zip(files)


def make_docx(paragraphs, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(("word/vbaProject.bin",
                      b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
                      b"Sub AutoOpen()\r\n  ActiveDocument.Fields.Update\r\n"
                      b"  Call RemplirNoms\r\nEnd Sub\r\n"))
    return make_zip(files)


def make_pdf(lines, title="document"):
    def esc(s):
        s = s.encode("cp1252", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) "
         "/CreationDate (D:20250120080000+01'00') >>" % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def fake_exe(tag):
    head = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
    body = b"PE\x00\x00L\x01\x03\x00" + hashlib.sha256(tag.encode()).digest() * 40
    return head + stub + b"\x00" * 7 + body


def fake_iso(label):
    data = bytearray(b"\x00" * 0x8000)
    pvd = bytearray(b"\x00" * 2048)
    pvd[0] = 1
    pvd[1:6] = b"CD001"
    pvd[6] = 1
    lab = label.upper().encode()[:32].ljust(32)
    pvd[40:72] = lab
    data += pvd
    data += b"\xff" + b"CD001" + b"\x01" + b"\x00" * 2041
    return bytes(data)


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
    "csv": ("text", "csv"),
    "txt": ("text", "plain"),
    "zip": ("application", "zip"),
    "exe": ("application", "x-msdownload"),
    "vbs": ("text", "vbscript"),
    "ps1": ("application", "octet-stream"),
    "bat": ("application", "x-bat"),
    "iso": ("application", "x-iso9660-image"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
}


def att(filename, data):
    ext = filename.rsplit(".", 1)[-1].lower()
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (filename, data, MIME.get(ext, ("application", "octet-stream")))


# ---------------------------------------------------------------------------
# html helpers (Outlook-like)
# ---------------------------------------------------------------------------

def html_wrap(inner, font="Calibri", size="11.0pt"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:%s; font-family:"%s",sans-serif;}\n'
            'table.t {border-collapse:collapse;}\ntable.t td, table.t th {border:solid #A6A6A6 1.0pt; padding:2pt 5pt; '
            'font-size:10.0pt; font-family:"%s",sans-serif; vertical-align:top;}\n--></style>\n</head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (size, font, font, inner))


def html_paras(text):
    out = []
    for block in text.split("\n"):
        if block.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _x(block))
    return "\n".join(out)


def html_table(header, rows):
    h = "".join("<th>%s</th>" % _x(c) for c in header)
    r = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(c) for c in row) for row in rows)
    return '<table class="t" border="1" cellspacing="0" cellpadding="0"><tr>%s</tr>%s</table>' % (h, r)


def text_table(header, rows):
    out = ["\t".join(header)]
    for row in rows:
        out.append("\t".join(str(c) for c in row))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# mail builder
# ---------------------------------------------------------------------------

MAILS = []


def add(slug, date, frm, to, subject, body=None, **kw):
    m = dict(slug=slug, date=date, frm=frm, to=to, subject=subject, body=body)
    m.update(kw)
    MAILS.append(m)


def who(x):
    if isinstance(x, tuple):
        return x
    if x in S:
        return S[x]
    return ("", x)


def hdr_addr(x):
    n, a = who(x)
    return formataddr((n, a)) if n else a


def msgid(seed, style, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "<%sPR%02dMB%04d%s@%sPR%02dMB%04d.eurprd%02d.prod.outlook.com>" % (
            h[0:4].upper(), int(h[4:6], 16) % 10, int(h[6:10], 16) % 9999,
            h[10:30].upper(), h[30:34].upper(), int(h[34:36], 16) % 10,
            int(h[36:40], 16) % 9999, int(h[0:2], 16) % 9)
    if style == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20], h[20:36].upper())
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                         h[16:20].upper(), h[20:32].upper(), domain)
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def build_one(m, num):
    name = "%03d-%s.eml" % (num, m["slug"])
    fn, fa = who(m["frm"])
    domain = fa.split("@")[1]
    client = m.get("client", "outlook")
    msg = EmailMessage(policy=policy.default)
    msg["From"] = hdr_addr(m["frm"])
    if m.get("to_header"):
        msg["To"] = m["to_header"]
    elif m["to"]:
        msg["To"] = ", ".join(hdr_addr(x) for x in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(hdr_addr(x) for x in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt(m["date"]))
    msg["Message-ID"] = msgid(name, client, domain)
    if m.get("reply"):
        rid = msgid("parent:" + m["reply"], client, domain)
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    if client == "outlook":
        msg["Thread-Topic"] = re.sub(r"^(RE|Re|AW|FW|Fwd|TR|Antw|Doorst)\s*:\s*", "", m["subject"])
        msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m.get("lang", "nl")]
        msg["X-MS-Has-Attach"] = "yes" if m.get("atts") else ""
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (21D61)"
    elif client == "android":
        msg["X-Mailer"] = "Outlook for Android"
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif client == "webmail":
        msg["User-Agent"] = "Roundcube Webmail/1.6.6"
    elif client == "smartschool":
        msg["X-Mailer"] = "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"
    for k, v in m.get("headers", ()):
        msg[k] = v
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    body = m.get("body")
    html = m.get("html")
    if m.get("html_only"):
        msg.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        msg.set_content(body, **kw)
        if html:
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for a in m.get("atts", ()):
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        fname, data, (mt, st) = a
        params = {"charset": "utf-8"} if mt == "text" else {}
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname, params=params)
    h = hashlib.md5(name.encode()).hexdigest()
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            if client == "outlook":
                part.set_boundary("_%03d_%s%s_" % (i, h[:14].upper(), h[14:28]))
            else:
                part.set_boundary("----=_Part_%d_%s.%d" % (i, h[:10], 1737000000 + num * 97 + i))
    crlf = m.get("crlf", client in ("outlook", "android"))
    data = msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    return name, msg


# ---------------------------------------------------------------------------
# signatures
# ---------------------------------------------------------------------------

SIG_LDW = ("Lies De Wachter\nLeerkracht wiskunde | Sint-Pieterscollege Kessel-Lo\n"
           "Stroom - Leuvense Katholieke Scholen aan de Dijle")
SIG_JVE = "Jonas Verhaegen\nleerkracht wiskunde (interim)\nSint-Pieterscollege Kessel-Lo"
SIG_JVE_T = ("Met vriendelijke groeten\n\nJonas Verhaegen\nLeerkracht wiskunde\n"
             "Sint-Pieterscollege Kessel-Lo\n%s\nT %s\nwww.sintpieterscollege.be" % (ADDR_LINE, SCHOOL_TEL))
SIG_VCL = "Veerle Claessens\nzorgcoördinator - leerlingenbegeleiding\nSint-Pieterscollege Kessel-Lo"
SIG_PVR = "Pieter Van Roey\nadjunct-directeur\nSint-Pieterscollege Kessel-Lo"
SIG_PVR_T = SIG_PVR + "\n%s\nT %s | GSM 0497 55 18 20" % (ADDR_LINE, SCHOOL_TEL)
SIG_DLE = "Dries Lemmens\nICT-coördinator\nSint-Pieterscollege Kessel-Lo | ict@spc.ksleuven.be"
SIG_LCO = "Leen Cools\nBoekhouding Sint-Pieterscollege\n%s" % ADDR_LINE
SIG_LCO_T = SIG_LCO + "\nT 016 35 72 14 (ma-di-do voormiddag)"
SIG_AVE = "Ann Verbist\ndirecteur Sint-Pieterscollege Kessel-Lo\nwww.sintpieterscollege.be"
SIG_SOU = "Sarah Ouali\nleerkracht chemie en biologie\nSint-Pieterscollege Kessel-Lo"
SIG_NBO = "Nadia Boukhari\nLeerlingensecretariaat\nSint-Pieterscollege Kessel-Lo"
SIG_NBO_T = SIG_NBO + "\n%s - tel. %s" % (ADDR_LINE, SCHOOL_TEL)
SIG_BWO = "Bram Wouters\nLeerkracht LO\nSint-Pieterscollege Kessel-Lo"
SIG_ADU = "Aline Dumont\nprofesseur de français / leerkracht Frans\nSint-Pieterscollege Kessel-Lo"
SIG_RMO = "Rachel Morgan\nEnglish teacher (interim)\nSint-Pieterscollege Kessel-Lo"
IPHONE = "\n\nVerzonden vanaf mijn iPhone"

# ===========================================================================
# THREAD A - wiskunde 2C / 3B / 4A: Lies De Wachter (zwangerschapsverlof)
#            -> Jonas Verhaegen
# ===========================================================================

add("vervangingen-februari", "2025-01-29 16:40", "ave", ["ave"],
    "Vervangingen vanaf 3 februari",
    """Beste collega's,

Vanaf maandag 3 februari zijn enkele collega's een tijd afwezig. Hieronder een overzicht van wie hun opdracht overneemt, zodat je weet bij wie je terechtkan.

- Lies De Wachter (wiskunde 2C, 3B, 4A) gaat met zwangerschapsverlof. Jonas Verhaegen neemt haar lessen over tot aan haar terugkeer. Jonas gaf vorig jaar les in onze campus in Heverlee en kent Smartschool al.
- Koen Meulemans (chemie en biologie 5A, 5B, 6A) blijft voorlopig afwezig. Sarah Ouali vervangt hem. Zij start op dinsdag 4 februari.
- Griet Vanhove (Frans 1A, 1B, 3C) neemt vanaf 24 februari loopbaanonderbreking tot aan de paasvakantie. Aline Dumont neemt over.

Hanne Smets (Engels) wordt sinds januari al vervangen door Rachel Morgan, maar dat wisten de meesten wel.

Wil je de nieuwe collega's goed ontvangen? Een koffie in de leraarskamer doet wonderen. Vragen over uurroosters en toezichten: bij Pieter. Vragen over accounts en laptops: bij de ICT-helpdesk (ict@spc.ksleuven.be).

Een vraag die ik elk jaar herhaal: contacteer afwezige collega's niet over schoolzaken. Ze hebben het recht om even helemaal weg te zijn. De overdracht loopt via de vakgroep en via mij.

Vriendelijke groeten,

""" + SIG_AVE,
    bcc=[GROUP["personeel"]], about=[], rules=[], general=True,
    note="letter to all staff about replacements, staff list only in BCC; teachers' leave is not pupil data",
    fmt=["plain", "general-letter", "bcc-envelope"])

_a2 = """Beste ouders,

Mevrouw De Wachter, de leerkracht wiskunde van uw zoon of dochter, gaat binnenkort met zwangerschapsverlof. We wensen haar alvast het allerbeste toe!

Vanaf maandag 3 februari neemt meneer Jonas Verhaegen haar lessen wiskunde in 2C, 3B en 4A over. Meneer Verhaegen is licentiaat wiskunde en gaf eerder les op onze campus in Heverlee. Hij blijft tot mevrouw De Wachter terug is, normaal in de loop van mei.

Wat betekent dat concreet?
- De lessen en de planning lopen gewoon verder. Mevrouw De Wachter heeft alles grondig overgedragen.
- De toetsen die al in de planner van Smartschool staan, gaan door zoals gepland.
- Afspraken die in de klassenraad gemaakt zijn (bijvoorbeeld rond extra tijd of hulpmiddelen) blijven gelden. U hoeft daarvoor niets te doen.
- Vragen over wiskunde kan u vanaf 3 februari via Smartschool aan meneer Verhaegen stellen.

Heeft u een vraag over de begeleiding van uw kind in het algemeen, dan kan u terecht bij de klastitularis of bij de leerlingenbegeleiding.

Met vriendelijke groeten,

Ann Verbist
directeur"""
add("nieuwe-leerkracht-wiskunde", "2025-01-31 11:05", "dir", [], "Nieuwe leerkracht wiskunde voor 2C, 3B en 4A",
    _a2, to_header="undisclosed-recipients:;",
    html=html_wrap(html_paras(_a2)),
    bcc=[grp("ouders2c"), grp("ouders3b"), grp("ouders4a")], rules=[], about=[], general=True,
    note="general letter to parents of the classes concerned, parent lists only in the envelope",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("overdracht-wiskunde", "2025-01-30 21:12", "ldw", ["jve"], "overdracht wiskunde 2C / 3B / 4A",
    """Dag Jonas,

Zoals beloofd mijn overdracht. Ik heb het uit mijn Word-document geplakt, dus de opmaak is wat raar. Als er iets niet duidelijk is: je kan me nog mailen tot vrijdag, daarna ben ik echt weg (en dan mag je Pieter of Veerle lastigvallen ;-) ).

ALGEMEEN
\u2022\tHandboek: Delta 3 en Delta 4 (Dijlepers), 2C werkt met Pienter 2 - werkboeken hebben de leerlingen zelf.
\u2022\tPlanning: 3B zit in hoofdstuk 5 (stelsels van vergelijkingen), 4A in goniometrie (H3), 2C in merkwaardige producten.
\u2022\tToetsen staan op de gedeelde schijf onder Wiskunde > Toetsen 24-25 > LDW. Correctiesleutels in de kast in B2.14 (bovenste plank).
\u2022\tHuiswerk: ik geef elke week een taak op Diddit, deadline zondag 20u.

3B  (klastitularis Eva Pauwels)
\u2022\tSterke klas, wel druk na de middag.
\u2022\tEmma Janssens: dyscalculie (attest via CLB). Zij krijgt 1/3 extra tijd bij toetsen, mag rekenmachine en formularium gebruiken en krijgt de toetsen in Arial 12 met meer witruimte. Staat allemaal in haar handelingsplan.
\u2022\tLina Vermeulen: haar papa is in december plots overleden. Ze is heel stil en moet soms even de klas uit. Laat haar dan gaan (ze gaat naar Veerle). Geen punten aftrekken voor taken die nu te laat zijn.
\u2022\tFinn De Smedt wordt gepest, vooral op de speelplaats en in de WhatsApp-groep van de klas. Veerle volgt dat op, er loopt een no-blame aanpak. Zet hem vooraan en laat hem niet zelf groepjes zoeken.
\u2022\tArthur Peeters: ADHD, neemt Rilatine. De middagdosis haalt hij op het secretariaat. Als hij het vergeten is, merk je dat na de middag meteen. Niet straffen, wel het secretariaat verwittigen.
\u2022\tYasmine Amrani: het gezin kan het boekenpakket niet betalen. De boekhouding regelt een afbetalingsplan, het OCMW is betrokken. Ze heeft nog geen eigen werkboek en werkt met kopies - laat haar dat niet voelen.
\u2022\tZo\u00eb Hermans: de ouders zitten in een vechtscheiding, er loopt iets bij de familierechtbank. Beide ouders hebben recht op info over de resultaten. Stuur dus alles naar beide ouders en ga niet in op vragen van de ene ouder over de andere.

2C
\u2022\tRustige klas, goed niveau.
\u2022\tKobe Willems: autismespectrumstoornis. Hij heeft een vaste plaats (raam, achteraan), mag een koptelefoon dragen bij zelfstandig werk en wil graag op voorhand weten wat er gaat gebeuren. Verwittig hem als er een toets verschuift.
\u2022\tMats Verstraete: is betrokken bij het pesten van Finn (3B). Er was een gesprek met Pieter en hij kreeg twee woensdagnamiddagen strafstudie. Hou het in het oog.

4A: zie mijn volgende mail, daar heb ik een tabel van gemaakt.

Succes! Het is een fijne groep collega's.
Lies

""" + SIG_LDW,
    cc=["vcl"], charset="windows-1252", cte="quoted-printable",
    rules=["sensitive"], cats=["family", "psychosocial", "medical", "care", "financial"],
    about=["emma_j", "lina_v", "finn_d", "arthur_p", "yasmine_a", "zoe_h", "kobe_w", "mats_v"],
    note="handover note pasted from Word: dyscalculia, death of a father, bullying (victim and perpetrator with sanction), ADHD medication, unpaid books/OCMW, custody case",
    fmt=["plain-qp", "plain-cp1252", "long-handover"])

_rows4a = [
    ["Ibrahim Diallo", "Sterk in meetkunde, zwakker in algebra. Werkt hard, vraagt zelf om extra oefeningen."],
    ["Amir Haddad", "Vorige maand 3 dagen geschorst na een vechtpartij in de refter. Volgcontract bij Pieter: elk incident meteen melden."],
    ["Ruben Lambrechts", "Diabetes type 1. Heeft een sensor op zijn arm en mag altijd eten of zijn gsm gebruiken (glucose-app). Bij een hypo: suikerklontjes in zijn bank, secretariaat verwittigen."],
    ["Ruben Lauwers", "Niet verwarren met Ruben L. hierboven :-) Niets bijzonders, vergeet soms zijn rekenmachine."],
    ["Sara Bogaerts", "Dyslexie. Kurzweil op haar laptop, toetsen digitaal aanbieden, geen punten af voor spelling."],
    ["Louise Van den Broeck", "Was 3 maanden op uitwisseling in Canada, heeft een inhaalpakket goniometrie gekregen."],
    ["Mila Vermeersch", "Doet mee aan de Vlaamse Wiskunde Olympiade (2de ronde!). Mag voor de snelle leerlingen extra uitdaging krijgen."],
]
_a5_intro = "Jonas,\n\nHier de tabel voor 4A. De leerlingen die niet in de lijst staan: geen bijzonderheden.\n"
_a5_outro = "\nDe klas is in het algemeen wat trager dan 3B, reken een week extra voor goniometrie.\n\nLies"
add("4a-tabel", "2025-01-30 21:40", "ldw", ["jve"], "4A",
    _a5_intro + "\n" + text_table(["Leerling", "Opmerking"], _rows4a) + "\n" + _a5_outro,
    html=html_wrap(html_paras(_a5_intro) + html_table(["Leerling", "Opmerking"], _rows4a) + html_paras(_a5_outro)),
    rules=["sensitive"], cats=["psychosocial", "medical", "care"],
    about=["ibrahim_d", "amir_h", "ruben_la", "ruben_lau", "sara_b", "louise_vdb", "mila_v"],
    note="class table with remarks: suspension after a fight, diabetes, dyslexia adjustments",
    fmt=["alt", "html-table"])

add("praktisch-accounts", "2025-01-31 08:05", "ldw", ["jve"], "nog praktisch: accounts en kast",
    """Jonas,

Nog wat praktische dingen die ik gisteren vergeten was:

Diddit (oefenplatform 3B en 4A): ik heb je nog geen eigen account kunnen geven, gebruik voorlopig het vakgroepaccount
   login: wiskunde.spc
   wachtwoord: Delta-3B-2025
GeoGebra Classroom: log in met je schoolaccount, ik heb je als co-leraar toegevoegd.
Kast in B2.14 (toetsen en correctiesleutels): cijferslot, code 3691.
De sleutel van het lokaal zelf hangt aan het sleutelbord bij het onthaal.

Groetjes
Lies""",
    rules=["password"], about=[],
    note="shared platform password and cupboard lock code in clear text",
    fmt=["plain"])

add("re-overdracht-vragen", "2025-01-31 10:22", "jve", ["ldw"], "RE: overdracht wiskunde 2C / 3B / 4A",
    """Hoi Lies,

Super bedankt, heel duidelijk allemaal. Nog twee vragen:

1. Die extra tijd voor Emma: laat je haar in de volgende les verder werken, of doet ze dat tijdens de middagpauze?
2. Staan de toetsen van hoofdstuk 5 voor 3B al klaar? Ik vind op de schijf enkel H4.

En: ik zie in 4A een toets op 7/2 in de planner. Gaat die door of schuif ik die beter een week op?

Groeten
Jonas

-----Oorspronkelijk bericht-----
Van: Lies De Wachter <lies.dewachter@sintpieterscollege.be>
Verzonden: donderdag 30 januari 2025 21:12
Aan: Jonas Verhaegen <jonas.verhaegen@sintpieterscollege.be>
Onderwerp: overdracht wiskunde 2C / 3B / 4A

[...]
\u2022\tEmma Janssens: dyscalculie (attest via CLB). Zij krijgt 1/3 extra tijd bij toetsen, mag rekenmachine en formularium gebruiken [...]
""",
    reply="overdracht-wiskunde", rules=["sensitive"], cats=["care"], about=["emma_j"],
    note="substitute's question quotes the dyscalculia line of the handover",
    fmt=["plain", "reply"])

add("antwoord-thuis", "2025-02-04 19:48", "ldw_p", ["jve"], "Re: overdracht",
    """Hey Jonas,

Sorry voor de late reactie, mijn schoolmail wil niet meer op mijn gsm sinds die nieuwe beveiliging, dus ik antwoord van hier.

- Emma: ze werkt haar toets verder af in de middag in het studielokaal, Carine (studiemeester) weet daarvan. Die extra tijd staat in haar handelingsplan, dus daar hoef je niks voor te vragen.
- H5-toetsen: staan op mijn OneDrive, ik deel ze straks met je.
- Toets 4A mag je gerust een week opschuiven.

Als het echt dringend is mag je altijd bellen hoor: 0478 21 63 90. Maar liefst niet na 20u :-)

Lies""", client="iphone",
    rules=["sensitive", "private_account", "personal_data"], cats=["care"], about=["emma_j"],
    note="teacher on leave answers school business from her gmail; pupil's reasonable adjustment (care plan); mobile number",
    fmt=["plain", "reply", "phone"])

add("fwd-toetsen-h5", "2025-02-01 10:31", "ldw", ["ldw_p"], "Fwd: toetsen H5 3B",
    """om thuis nog af te werken

---------- Doorgestuurd bericht ----------
Van: Lies De Wachter <lies.dewachter@sintpieterscollege.be>
Datum: vr 31 jan 2025 om 15:02
Onderwerp: toetsen H5 3B
Aan: <wiskunde@spc.ksleuven.be>

Collega's, in bijlage de toetsen H5 van 3B (versie A en B). Wie ze wil gebruiken: graag!
""",
    atts=[att("Toets_H5_stelsels_3B.docx", make_docx([
        "Sint-Pieterscollege Kessel-Lo - wiskunde 3B", "Toets hoofdstuk 5: stelsels van vergelijkingen",
        "Naam: ..............................   Klas: 3B   Nr: ....",
        "1. Los op met de substitutiemethode: 2x + y = 7 en x - y = 2 (4 ptn)",
        "2. Los grafisch op: y = 2x - 1 en y = -x + 5 (4 ptn)",
        "3. Vraagstuk: in een klas zijn 26 leerlingen. Er zijn 4 meisjes meer dan jongens. Hoeveel jongens zitten er in de klas? (6 ptn)",
        "4. Bepaal a zodat het stelsel geen oplossingen heeft: ax + 2y = 4 en 3x + 6y = 1 (6 ptn)"]))],
    client="outlook", rules=["private_account"], about=[],
    note="teacher forwards school mail with a test to her own gmail",
    fmt=["plain", "forward", "attachment-docx"])

add("je-schoolaccount", "2025-01-31 12:15", "dle", ["jve"], "Je schoolaccount en Smartschool",
    """Dag Jonas,

Welkom op het Sint-Pieterscollege! Je account is aangemaakt:

gebruikersnaam: jonas.verhaegen
tijdelijk wachtwoord: Welkom!Kes7421

Bij je eerste aanmelding op https://portaal.ksleuven.be moet je dit wachtwoord wijzigen. Smartschool werkt daarna met dezelfde login (knop 'Aanmelden met Microsoft').
Je laptop kan je maandag vanaf 8u ophalen bij mij in lokaal A0.11.

Groeten,
""" + SIG_DLE,
    rules=["password"], about=[],
    note="ICT sends a temporary start password in clear text",
    fmt=["plain"])

add("wachtwoord-verloopt", "2025-03-12 09:02", "dle", ["jve"], "Je wachtwoord verloopt binnenkort",
    """Dag Jonas,

Je krijgt waarschijnlijk vandaag een melding dat je wachtwoord binnen 7 dagen verloopt. Dat is normaal: bij tijdelijke accounts vraagt het systeem na 6 weken een nieuw wachtwoord.

Wijzigen doe je zo:
1. Ga naar https://portaal.ksleuven.be en meld je aan.
2. Klik rechtsboven op je naam > 'Wachtwoord wijzigen'.
3. Kies een wachtwoord van minstens 12 tekens. Gebruik het niet ook voor andere sites.

Lukt het niet, kom dan even langs in A0.11 of maak een ticket aan via ict@spc.ksleuven.be.
Belangrijk: wij vragen je NOOIT om je wachtwoord per mail door te sturen. Krijg je toch zo'n vraag, dan is het phishing - stuur ze door naar ict@.

Groeten,
""" + SIG_DLE,
    rules=[], about=[], lookalike=True,
    note="look-alike: explains password expiry and reset, contains no secret",
    fmt=["plain"])

add("afspraken-emma", "2025-02-05 16:20", "jve", [par("emma_j", 1)], "Wiskunde - afspraken voor Emma",
    """Beste mevrouw Vercammen,

Ik ben Jonas Verhaegen, de vervanger van mevrouw De Wachter voor wiskunde in 3B. Ik wou u even laten weten dat de afspraken uit Emma's handelingsplan gewoon doorlopen: 1/3 extra tijd bij toetsen, gebruik van rekenmachine en formularium en de aangepaste lay-out (grotere letters, meer witruimte).

De eerste toets bij mij is die van hoofdstuk 5, op vrijdag 14 februari. Emma mag de extra tijd 's middags in het studielokaal opnemen.

Merkt u thuis dat Emma ergens mee worstelt, laat het me gerust weten via Smartschool.

""" + SIG_JVE,
    rules=["sensitive"], cats=["care"], about=["emma_j"], mis=False, correct=True,
    note="correctly addressed to Emma's mother (address does not spell the pupil's surname); care plan adjustments",
    fmt=["plain"])

add("toets-emma", "2025-02-17 17:02", "jve", [par("lucas_j", 1)], "toets hoofdstuk 5 - Emma",
    """Beste mevrouw Janssens,

Emma heeft vrijdag de toets over stelsels gemaakt. Met de afspraken rond haar dyscalculie (extra tijd, rekenmachine) ging het een stuk beter dan bij de vorige toets: ze behaalde 11/20. Vooral de vraagstukken blijven moeilijk, daar ga ik in de les nog extra op oefenen.

De verbeterde toets krijgt ze morgen mee. Zou u hem willen aftekenen?

""" + SIG_JVE,
    rules=["sensitive"], cats=["care"], about=["emma_j"], mis=True,
    note="about Emma Janssens (3B, dyscalculia) but sent to the mother of Lucas Janssens (5A): same surname, wrong autocomplete",
    fmt=["plain"])

add("melding-verkeerde-ouder", "2025-02-18 08:12", "jve", ["privacy"], "Melding: mail naar verkeerde ouder",
    """Goedemorgen,

Ik wil graag een mogelijk datalek melden.

Gisteren (17/2, rond 17u) heb ik een mail over een leerling van 3B, Emma Janssens, met informatie over haar dyscalculie en de extra tijd die ze krijgt, per vergissing naar mevrouw Kristel Janssens gestuurd. Dat is de mama van een andere leerling met dezelfde familienaam. Outlook vulde het adres automatisch aan en ik heb niet goed gekeken.

Mevrouw Janssens heeft me gisterenavond laten weten dat ze de mail verwijderd heeft. Ik heb de juiste mail intussen naar de mama van Emma gestuurd. Pieter staat in cc.

Wat moet ik nog doen?

Jonas Verhaegen
leerkracht wiskunde 3B""",
    cc=["pvr"], rules=["sensitive"], cats=["care"], about=["emma_j"],
    note="data breach report to the DPO restates the pupil's dyscalculia",
    fmt=["plain"])

add("lina-wiskunde", "2025-02-10 18:40", "jve", [par("mila_v", 1)], "Lina Vermeulen - wiskunde",
    """Beste mevrouw Vermeulen,

Ik ben sinds vorige week de leerkracht wiskunde van Lina in 3B, ter vervanging van mevrouw De Wachter.

Via haar weet ik dat jullie in december Lina's papa verloren hebben. Mijn oprechte deelneming. Ik wou u laten weten dat Lina het in de les goed doet, al is ze soms ver weg met haar gedachten - dat is heel begrijpelijk.

Voor de toets van vrijdag mag Lina zelf kiezen of ze hem meedoet of later inhaalt. Ze mag ook altijd even naar mevrouw Claessens als het te veel wordt.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["family"], about=["lina_v"], mis=True,
    note="about Lina Vermeulen's bereavement, sent to the mother of Mila Vermeersch (an.vermeersch vs an.vermeulen autocomplete)",
    fmt=["plain"])

add("opnieuw-lina", "2025-02-11 07:55", "jve", [par("lina_v", 1)], "Lina - wiskunde (opnieuw verstuurd)",
    """Beste mevrouw Vermeulen,

Mijn excuses: gisteren heb ik deze mail naar een verkeerd adres gestuurd. Hieronder opnieuw.

Ik ben sinds vorige week de leerkracht wiskunde van Lina in 3B. Via mevrouw De Wachter weet ik dat jullie in december Lina's papa verloren hebben. Mijn oprechte deelneming.

Lina doet het goed in de les, al is ze soms ver weg met haar gedachten. Voor de toets van vrijdag mag ze zelf kiezen of ze hem meedoet of later inhaalt. Ze mag ook altijd even naar mevrouw Claessens als het te veel wordt.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["family"], about=["lina_v"], mis=False, correct=True,
    note="same content now correctly addressed to Lina's mother; bereavement remains sensitive",
    fmt=["plain"])

add("arthur-middag", "2025-02-13 15:47", "jve", [par("arthur_p", 1)], "Arthur - vanmiddag",
    """Beste mevrouw Maes,

Arthur was vanmiddag in de wiskundeles erg onrustig. Ik heb even nagevraagd op het secretariaat: hij is zijn middagdosis Rilatine niet komen halen, en volgens Nadia is het doosje op school ook bijna leeg.

Zou u nieuwe tabletten kunnen meegeven (in de originele verpakking, met zijn naam erop)? Dan kan het secretariaat ze weer bijhouden.

Arthur was verder heel vriendelijk, hoor. Het is geen klacht, gewoon een signaal.

""" + SIG_JVE,
    rules=["sensitive"], cats=["medical"], about=["arthur_p"], mis=False, correct=True,
    note="correctly addressed to Arthur Peeters' mother (different surname); medication",
    fmt=["plain"])

add("arthur-opnieuw", "2025-03-06 16:10", "jve", [par("hanne_p", 1)], "Arthur (3B) - medicatie en opvolging",
    """Beste meneer Peeters,

Arthur heeft deze week opnieuw twee keer zijn Rilatine niet genomen op school. Op die namiddagen lukt het hem niet om bij de les te blijven, en vandaag kreeg hij van een collega een nota omdat hij in de gang liep te roepen.

In overleg met mevrouw Claessens (zorgco\u00f6rdinatie) stel ik voor dat we zijn ADHD-begeleiding eens samen bekijken. Past een gesprek op donderdag 13 maart om 16u?

Met vriendelijke groeten,
Jonas Verhaegen
leerkracht wiskunde 3B""",
    rules=["sensitive"], cats=["medical", "care"], about=["arthur_p"], mis=True,
    note="about Arthur Peeters (3B) but sent to the father of Hanne Peeters (5A): two families with the same surname",
    fmt=["plain"])

add("proficiat-noah", "2025-02-20 12:30", "jve", [par("noah_c", 2)], "Re: toets stelsels",
    """Beste meneer Claes,

Geen probleem, u mag de toets gerust nog eens bekijken. Noah behaalde trouwens 19/20, de beste score van de klas. Proficiat aan hem!

Vriendelijke groeten,
Jonas Verhaegen

> Op 19 feb. 2025, om 21:14 heeft tim.claes@telenet.be het volgende geschreven:
>
> Dag meneer Verhaegen, Noah zegt dat hij zijn toets al terug heeft maar vergeten is hem te laten tekenen. Mag hij dat morgen nog doen? Groeten, Tim Claes
""",
    reply="toets-stelsels", rules=[], about=["noah_c"], mis=False, correct=True, personal=True,
    note="correctly addressed personal mail about a good result; not sensitive",
    fmt=["plain", "reply"])

add("re-huiswerk-noah", "2025-02-25 20:05", "jve", [par("noah_c", 1)], "RE: huiswerk Noah",
    """Beste mevrouw Benali,

Noah El Idrissi was vorige vrijdag afwezig bij de toets van hoofdstuk 5. Hij kan die inhalen op dinsdag 4 maart tijdens het 8ste lesuur in lokaal B2.14. Wilt u hem eraan herinneren dat hij zijn rekenmachine meebrengt?

Met vriendelijke groeten,
Jonas Verhaegen

-----Oorspronkelijk bericht-----
Van: Els Claes <els.claes@hotmail.com>
Verzonden: maandag 24 februari 2025 19:32
Aan: Jonas Verhaegen <jonas.verhaegen@sintpieterscollege.be>
Onderwerp: huiswerk Noah

Dag meneer, Noah zegt dat hij oefening 5.3 op Diddit niet begrijpt. Kan hij daar morgen vragen over stellen? Groetjes Els
""",
    reply="huiswerk-noah", rules=[], about=["noah_e"], mis=True, personal=True,
    note="reply in the wrong thread: content about Noah El Idrissi's retake goes to the mother of Noah Claes",
    fmt=["plain", "reply"])

add("inhaaltoets-noah", "2025-02-26 07:40", "jve", [par("noah_e", 1)], "Inhaaltoets wiskunde Noah",
    """Beste mevrouw Benali,

Noah was vorige vrijdag afwezig bij de toets van hoofdstuk 5 (stelsels). Hij kan die inhalen op dinsdag 4 maart tijdens het 8ste lesuur in lokaal B2.14. Wilt u hem eraan herinneren dat hij zijn rekenmachine meebrengt?

Gisterenavond is een gelijkaardig bericht per vergissing bij een andere ouder terechtgekomen; excuses daarvoor.

Met vriendelijke groeten,
Jonas Verhaegen
leerkracht wiskunde 3B""",
    rules=[], about=["noah_e"], mis=False, correct=True, personal=True,
    note="correctly addressed retake date; the pupil has a half-sister with the same mother",
    fmt=["plain"])

add("incident-wiskundeles", "2025-03-13 14:25", "jve", [par("ines_t", 2)], "Noah El Idrissi - incident in de wiskundeles",
    """Beste meneer,

Vandaag liep in de wiskundeles een woordenwisseling tussen Noah en een klasgenoot uit de hand. Noah heeft een stoel omgegooid en is daarna de klas uitgestormd. Niemand is gewond geraakt.

Na overleg met de adjunct-directeur krijgt Noah woensdag 19 maart strafstudie van 13u tot 15u. Hij moet ook een herstelgesprek voeren met de klasgenoot, onder begeleiding van mevrouw Claessens.

Ik had graag dat u dit thuis met hem bespreekt. U kan mij altijd contacteren via Smartschool.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["psychosocial"], about=["noah_e"], mis=True,
    note="behaviour incident with sanction about Noah El Idrissi, sent to the father of his half-sister Ines Tahiri, who is not Noah's parent",
    fmt=["plain"])

add("finn-gang", "2025-02-18 10:58", "jve", ["vcl"], "Finn De Smedt - opnieuw incident",
    """Veerle,

Vanmorgen na het 2de uur in de gang van het B-blok: Mats Verstraete (2C) en twee andere jongens hebben de boekentas van Finn leeggegooid en er foto's van genomen. Finn kwam huilend de les binnen. Hij wou niet zeggen wie de andere twee waren.

Ik heb de naam van Mats al aan Pieter doorgegeven. Kan jij vandaag nog met Finn praten?

Jonas""",
    rules=["sensitive"], cats=["psychosocial"], about=["finn_d", "mats_v"],
    note="internal report of a bullying incident naming victim and perpetrator",
    fmt=["plain"])

add("re-finn-gang", "2025-02-18 12:41", "vcl", ["jve"], "RE: Finn De Smedt - opnieuw incident",
    """Dag Jonas,

Dank je om het meteen te melden. Ik spreek Finn straks tijdens de middag. Hij heeft sinds januari ook gesprekken bij het CLB (mevrouw Hoste) en de ouders hebben zelf een psycholoog ingeschakeld, dus hij wordt goed omringd.

Contacteer zelf de ouders van Mats niet, dat doet Pieter. De mama van Finn bel ik vandaag, daarna mag jij haar gerust even mailen vanuit jouw les.

Zet dit ook in het LVS (Smartschool > Leerlingvolgsysteem > Finn) en verwijder daarna deze mails.

Veerle

""" + SIG_VCL + """

-----Oorspronkelijk bericht-----
Van: Jonas Verhaegen <jonas.verhaegen@sintpieterscollege.be>
Verzonden: dinsdag 18 februari 2025 10:58
Aan: Veerle Claessens <veerle.claessens@sintpieterscollege.be>
Onderwerp: Finn De Smedt - opnieuw incident

Veerle,
Vanmorgen na het 2de uur in de gang van het B-blok: Mats Verstraete (2C) en twee andere jongens hebben de boekentas van Finn leeggegooid en er foto's van genomen. [...]
""",
    reply="finn-gang", rules=["sensitive"], cats=["psychosocial", "care"], about=["finn_d", "mats_v"],
    note="care coordinator's reply: CLB follow-up and psychologist for the bullied pupil",
    fmt=["plain", "reply"])

add("finn-incident-ouder", "2025-02-19 16:30", "jve", [par("finn_d", 1)], "Finn - wiskundeles en gisteren",
    """Beste mevrouw De Smedt,

Zoals mevrouw Claessens u gisteren telefonisch liet weten, was er dinsdagochtend opnieuw een incident met Finn in de gang. Ik wil u laten weten dat we dit ernstig nemen: de betrokken leerlingen zijn aangesproken en de directie volgt het op.

In de wiskundeles zit Finn voortaan vooraan bij het raam en maak ik de groepjes zelf. Hij deed vandaag goed mee en leek wat opgeluchter.

Als u iets merkt thuis, laat het me gerust weten.

""" + SIG_JVE_T,
    rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["finn_d"], mis=False, correct=True,
    note="correctly addressed mail about a bullying victim; school phone number in signature",
    fmt=["plain"])

add("afbetalingsplan-yasmine", "2025-02-12 10:15", "lco", [par("yasmine_a", 1)], "Afbetalingsplan schoolrekening Yasmine",
    """Beste mevrouw Amrani,

Zoals besproken met de maatschappelijk werker van het OCMW (Sociaal Huis Leuven), stellen we voor de schoolrekening van Yasmine (boekenpakket en werkboeken, in totaal 287,40 euro) een afbetalingsplan op:

- 4 schijven van 71,85 euro, telkens voor de 15de van de maand (maart, april, mei, juni)
- te storten op rekening %s van Sint-Pieterscollege
- met vermelding: Yasmine Amrani 3B - afbetaling

Het OCMW heeft laten weten dat zij de eerste schijf rechtstreeks betalen. Yasmine krijgt haar werkboeken deze week al mee.

Heeft u vragen, dan mag u mij altijd mailen of bellen.

Met vriendelijke groet,

%s""" % (SCHOOL_IBAN, SIG_LCO_T),
    rules=["sensitive", "personal_data"], cats=["financial"], about=["yasmine_a"], mis=False, correct=True,
    note="payment plan with OCMW involvement, correctly addressed; school IBAN and phone",
    fmt=["plain"])

add("werkboek-yasmine", "2025-02-14 13:20", "jve", [par("hiba_e", 1)], "werkboek Yasmine",
    """Beste mevrouw Amrani,

Ik hoorde van de boekhouding dat het boekenpakket van Yasmine nog niet betaald is en dat er een regeling loopt met het OCMW. Geen probleem wat mij betreft: Yasmine mag in de wiskundeles zolang de kopies gebruiken, en ik zorg ervoor dat ze die telkens op tijd krijgt.

Met vriendelijke groeten,
Jonas Verhaegen
wiskunde 3B""",
    rules=["sensitive"], cats=["financial"], about=["yasmine_a"], mis=True,
    note="unpaid books/OCMW of Yasmine Amrani (3B) sent to the parent of Hiba El Amrani (3C): similar surname",
    fmt=["plain"])

add("zoe-vertrouwelijk", "2025-02-06 13:05", "vcl", ["jve"], "Zoë Hermans (vertrouwelijk)",
    """Dag Jonas,

Even ter info, en vertrouwelijk: de papa van Zo\u00eb heeft deze week naar de school gemaild dat hij alle toetsen van Zo\u00eb wil ontvangen en vroeg ook of de mama 'wel op tijd komt' bij oudercontacten. Er loopt een procedure bij de familierechtbank over de verblijfsregeling.

Beide ouders hebben recht op dezelfde informatie over Zo\u00eb (resultaten, rapport, afwezigheden), maar we geven nooit informatie over de andere ouder. Als hij je mailt: kort en zakelijk antwoorden, en zet mij in cc.

Zo\u00eb zelf heeft het er moeilijk mee. Ze is een paar keer in tranen bij mij geweest.

Veerle""",
    rules=["sensitive"], cats=["family", "psychosocial"], about=["zoe_h"],
    note="internal: custody case at the family court and the pupil's distress",
    fmt=["plain"])

add("resultaten-zoe", "2025-02-21 17:35", "jve", [par("zoe_h", 2)], "RE: resultaten Zoë",
    """Beste meneer Hermans,

In antwoord op uw vraag: Zo\u00eb behaalde 14/20 op de toets van hoofdstuk 4 en 12/20 op de taak over lineaire functies. De verbeterde toets krijgt ze maandag mee naar huis. Alle resultaten staan ook in Skore in Smartschool.

Met vriendelijke groeten,
Jonas Verhaegen
leerkracht wiskunde 3B""",
    cc=["vcl"], reply="resultaten-zoe", rules=[], about=["zoe_h"], mis=False, correct=True, personal=True,
    note="correctly addressed factual results to the father; no family facts in the mail",
    fmt=["plain", "reply"])

add("overdracht-terug", "2025-05-16 15:50", "jve", ["ldw"], "overdracht terug - welkom terug!",
    """Dag Lies,

Welkom terug (bijna)! Hier mijn overdracht, zodat je maandag meteen mee bent.

3B
- H5 en H6 afgewerkt, H7 (ruimtemeetkunde) net gestart. Toets H6 is verbeterd, punten staan in Skore.
- Emma: de extra tijd in de middag liep vlot. Haar laatste toets: 13/20!
- Finn: het pesten is sterk verminderd sinds de klasgesprekken. Veerle en het CLB volgen hem nog op.
- Arthur: hij vergat zijn Rilatine in maart een paar keer; sinds het gesprek met de mama neemt hij ze weer trouw.
- Noah El Idrissi: in maart een incident (stoel omgegooid), strafstudie en herstelgesprek gehad, sindsdien rustig.
- Yasmine: heeft sinds februari haar eigen werkboeken, het afbetalingsplan loopt via de boekhouding.

4A
- Goniometrie is af, we zitten in H4 (functies).
- Ruben Lambrechts had op 2 april een hypo tijdens de toets, hij heeft ze later ingehaald.

2C
- Geen bijzonderheden, Kobe deed het prima als ik verschuivingen op voorhand meldde.

Diddit: ik heb het wachtwoord van het vakgroepaccount veranderd, want het oude stond blijkbaar in een WhatsApp-groep van leerlingen. Het nieuwe is: Kessel-Lo!Wis2025
De code van de kast is nog dezelfde.

Het was een fijne tijd, bedankt voor de goede voorbereiding.
Jonas""",
    rules=["password", "sensitive"], cats=["psychosocial", "medical", "care", "financial"],
    about=["emma_j", "finn_d", "arthur_p", "noah_e", "yasmine_a", "ruben_la", "kobe_w"],
    note="handback note with pupil facts (bullying, ADHD medication, incident, payment plan, hypo) and the new platform password",
    fmt=["plain", "long-handover"])

_a30 = """Beste ouders,

Graag laten we u weten dat mevrouw De Wachter na haar zwangerschapsverlof terugkeert. Vanaf maandag 19 mei geeft zij opnieuw wiskunde in 2C, 3B en 4A.

We danken meneer Verhaegen van harte voor zijn inzet de voorbije maanden. Hij heeft de lessen en toetsen volgens de planning gegeven; mevrouw De Wachter neemt de examenvoorbereiding over.

De examenroosters verschijnen op vrijdag 23 mei in Smartschool.

Met vriendelijke groeten,
Ann Verbist, directeur
Sint-Pieterscollege Kessel-Lo"""
add("terugkeer-wiskunde", "2025-05-16 12:00", "ave", ["ave"], "Terugkeer mevrouw De Wachter",
    _a30, html=html_wrap(html_paras(_a30)),
    bcc=[grp("ouders2c"), grp("ouders3b"), grp("ouders4a")], rules=[], about=[], general=True,
    note="general letter to parents about the teacher's return, lists in BCC only",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("overdrachtsmoment-teams", "2025-05-12 10:10", "ldw", ["jve"], "Overdrachtsmoment wiskunde",
    """Hoi Jonas,

Zullen we vrijdag om 13u even via Teams bellen? Dan kan je me kort vertellen hoe het loopt, en ik kijk wat ik voor de examens nog moet voorbereiden.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGYxZTdjMWQtOGU0Ny00Yjc2LWE1ZDktZjIyNzBiNTk4MjEz%40thread.v2/0?context=%7b%22Tid%22%3a%22a3c1%22%7d>
Vergaderings-id: 385 227 914 663
Wachtwoordcode: aX7pQ2
Teams downloaden <https://www.microsoft.com/microsoft-teams/download-app> | Deelnemen op het web
________________________________________________________________________________

Lies""",
    rules=[], about=[], lookalike=True,
    note="look-alike: Teams invitation with meeting passcode, allowed by default",
    fmt=["plain", "meeting-invite"])

add("kast-b214", "2025-02-03 08:20", "jve", ["ldw"], "kast B2.14",
    "Lies, sorry om te storen op je eerste dag thuis: de code die je me gaf voor de kast (3691) werkt niet, het slot blijft dicht. Is die misschien veranderd?\nJonas",
    rules=["password"], about=[],
    note="the substitute repeats the cupboard code in clear text",
    fmt=["plain", "short"])

add("re-kast", "2025-02-03 09:41", "ldw", ["jve"], "Re: kast B2.14",
    """Oei! Marc heeft na de krokus de sloten vervangen, ik was het vergeten. Vraag de nieuwe code aan Marc of aan Nadia op het secretariaat, ik ken hem zelf niet. En zet hem liefst nergens in een mail ;-)
Lies""" + IPHONE, client="iphone",
    rules=[], about=[], lookalike=True,
    note="look-alike: points to who knows the code, no code in the mail",
    fmt=["plain", "phone"])

add("diddit-code", "2025-02-03 09:10", "jve", ["ldw"], "Diddit vraagt verificatiecode",
    """Lies, nog iets: als ik aanmeld met het vakgroepaccount van Diddit, stuurt Diddit een verificatiecode naar jouw gsm. Zou jij die straks naar mij kunnen doorsturen als je hem krijgt? Of kunnen we dat beter laten wijzigen naar mijn nummer?
Jonas""",
    rules=[], about=[], lookalike=True,
    note="look-alike: asks for a one-time code but contains none",
    fmt=["plain", "short"])

add("re-diddit-code", "2025-02-03 09:14", "ldw", ["jve"], "Re: Diddit vraagt verificatiecode",
    "483 920\nis 10 min geldig. Vraag Dries maar om het op jouw nummer te zetten.\nL." + IPHONE, client="iphone",
    rules=["password"], about=[],
    note="one-time verification code forwarded by mail",
    fmt=["plain", "phone", "reply"])

add("wifi-b-blok", "2025-01-31 13:40", "ldw", ["jve"], "wifi in B-blok",
    """Nog een tip: het leerlingennetwerk is superslecht in B2.14. Gebruik op je laptop het netwerk SPC-Staff.
Sleutel: Dijle#Stroom2025
(niet aan leerlingen geven, ze proberen het elk jaar weer ;-))
Lies""",
    rules=["password"], about=[],
    note="staff Wi-Fi key in clear text",
    fmt=["plain", "short"])

add("re-praktisch-diddit", "2025-01-31 14:02", "jve", ["ldw"], "RE: nog praktisch: accounts en kast",
    """Diddit werkt, bedankt! GeoGebra ook.
Jonas

Van: Lies De Wachter <lies.dewachter@sintpieterscollege.be>
Verzonden: vrijdag 31 januari 2025 08:05
Aan: Jonas Verhaegen <jonas.verhaegen@sintpieterscollege.be>
Onderwerp: nog praktisch: accounts en kast

Jonas,
Nog wat praktische dingen die ik gisteren vergeten was:
Diddit (oefenplatform 3B en 4A): ik heb je nog geen eigen account kunnen geven, gebruik voorlopig het vakgroepaccount
   login: wiskunde.spc
   wachtwoord: Delta-3B-2025
GeoGebra Classroom: log in met je schoolaccount, ik heb je als co-leraar toegevoegd.
[...]
""",
    reply="praktisch-accounts", rules=["password"], about=[],
    note="short reply whose quoted text still carries the platform password",
    fmt=["plain", "reply"])

add("mailbox-olympiade", "2025-02-07 11:30", "ldw", ["jve"], "mailbox Wiskunde Olympiade",
    """Jonas,

Ik was nog iets vergeten: ik beheer de gedeelde mailbox van de Wiskunde Olympiade (olympiade@spc.ksleuven.be). Daar komen de uitnodigingen en resultaten van de VWO binnen. Mila Vermeersch van 4A zit in de tweede ronde, de uitnodiging komt normaal eind februari.

Je kan hem toevoegen in Outlook via Bestand > Account toevoegen:
olympiade@spc.ksleuven.be
wachtwoord: Olympiade\u20ac2025!

Het inschrijvingsgeld (\u20ac 3 per deelnemer) wordt via de schoolrekening betaald, daar moet je niets voor doen.

Lies""",
    cte="quoted-printable", rules=["password"], about=["mila_v"],
    note="shared mailbox password; the pupil mentioned only for a competition (not sensitive)",
    fmt=["plain-qp"])

add("mijn-account", "2025-01-31 16:55", "ldw", ["jve"], "Smartschool - berichten van ouders",
    """Dag Jonas,

Tot jouw Smartschool-vakken gekoppeld zijn, kan je de berichten van ouders die nog naar mij gestuurd worden ook gewoon lezen door met mijn account in te loggen. Dat is het simpelst:

ldw
Zonnebloem!77

Beantwoord ze wel met je eigen naam eronder, anders wordt het verwarrend.

Lies""",
    charset="windows-1252", cte="8bit",
    rules=["password"], about=[],
    note="teacher shares her own personal account password with the substitute",
    fmt=["plain", "plain-cp1252"])

add("authenticator-vakgroep", "2025-02-04 10:05", "dle", ["jve"], "MFA op het vakgroepaccount wiskunde",
    """Dag Jonas,

Lies vroeg om de verificatie van het vakgroepaccount wiskunde.spc niet meer via haar gsm te laten lopen. Ik heb een authenticator-app ingesteld. Voeg in Microsoft Authenticator een account toe > 'Ander account' > 'Code handmatig invoeren' en geef deze geheime sleutel in:

JBSW Y3DP EHPK 3PXP 7QK4 MZLT

Daarna geeft de app elke 30 seconden een code. Deel de sleutel met niemand anders.

""" + SIG_DLE,
    rules=["password"], about=[],
    note="TOTP seed (secret key for an authenticator) in clear text",
    fmt=["plain"])

add("ticket-afgehandeld", "2025-02-10 14:22", "ict", ["jve"], "[Ticket INC-20817] Afgesloten: kan niet aanmelden op Diddit",
    """Beste Jonas,

Je ticket INC-20817 werd afgesloten.

Oplossing: je eigen Diddit-account is nu gekoppeld aan je schoolaccount. Gebruik op de aanmeldpagina van Diddit de knop 'Aanmelden met Microsoft'. Je hoeft dus geen apart wachtwoord meer te onthouden. Lukt het niet, gebruik dan 'Wachtwoord vergeten' op de aanmeldpagina of beantwoord deze mail.

Referentie: INC-20817 / categorie: Leerplatformen / prioriteit: normaal

Met vriendelijke groeten,
ICT-helpdesk Sint-Pieterscollege""", client="smartschool",
    rules=[], about=[], lookalike=True,
    note="look-alike: helpdesk ticket number and login instructions, no secret",
    fmt=["plain", "notification"])

add("nieuwe-code-slot", "2025-02-04 21:10", "jve_p", ["ldw"], "nieuwe code",
    "Lies, voor als je nog eens iets uit de kast in B2.14 nodig hebt: Marc gaf me de nieuwe code van het hangslot, 8-2-4-0. Ik stuur het van mijn gmail want ik zit thuis.\nJonas", client="gmail",
    rules=["password", "private_account"], about=[],
    note="substitute sends a lock code from his private gmail about school business",
    fmt=["plain", "short"])

add("gegevens-aanstelling", "2025-01-30 09:15", "jve", ["pers"], "gegevens voor mijn aanstelling (interim wiskunde SPC)",
    """Beste,

Op vraag van de directie bezorg ik u mijn gegevens voor de aanstelling vanaf 3 februari:

Naam: Jonas Verhaegen
Geboortedatum: 12/07/1994
Rijksregisternummer: %s
Rekeningnummer voor de wedde: %s
Gsm: 0486 30 71 45
Diploma: master wiskunde (KU Leuven, 2017) + specifieke lerarenopleiding

Het kopie van mijn diploma en het uittreksel uit het strafregister (model 2) breng ik maandag mee.

Met vriendelijke groeten,
Jonas Verhaegen""" % (rrn(94, 7, 12, 213), be_iban("0631829476")),
    rules=["personal_data"], about=[],
    note="staff member's own date of birth, national register number, IBAN and mobile to HR",
    fmt=["plain"])

add("toets-verschuift-kobe", "2025-03-18 17:25", "jve", [par("jade_w", 1)], "toets 2C verschuift naar donderdag",
    """Beste mevrouw Willems,

De toets merkwaardige producten van 2C verschuift van dinsdag naar donderdag 27 maart (3de lesuur), omdat de klas dinsdag op uitstap is.

Omdat Kobe het door zijn autisme moeilijk heeft met onverwachte veranderingen, laat ik het u nu al weten, zodat u het thuis op voorhand kan bespreken. Hij mag zoals altijd zijn koptelefoon gebruiken en op zijn vaste plaats zitten.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["care"], about=["kobe_w"], mis=True,
    note="about Kobe Willems (2C, autism) but sent to the mother of Jade Willems (1B): same surname, different family",
    fmt=["plain"])

add("kobe-vandaag", "2025-03-27 15:05", "jve", [par("kobe_w", 1)], "Kobe vandaag",
    """Beste mevrouw De Smet,

Even een korte update: Kobe heeft de toets vandaag goed afgewerkt. Bij het begin van de les was hij wel erg gespannen (er was lawaai van de werken op de speelplaats), dus hij heeft de eerste tien minuten in de prikkelarme ruimte doorgebracht, zoals afgesproken in zijn handelingsplan. Daarna ging het prima.

Groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["care"], about=["kobe_w"], mis=False, correct=True,
    note="correctly addressed to Kobe's mother (different surname); care plan in use",
    fmt=["plain"])

add("digitale-toets-sara", "2025-03-03 18:10", "jve", [par("jens_b", 1)], "Toets goniometrie Sara",
    """Beste meneer Bogaerts,

Voor de toets goniometrie van volgende week (woensdag 12 maart) zet ik de toets voor Sara digitaal klaar, zodat ze Kurzweil kan gebruiken zoals afgesproken in haar dyslexie-attest. Ze moet dus haar laptop opgeladen meebrengen.

Mocht ze liever op papier werken, laat het dan voor vrijdag weten.

Met vriendelijke groeten,
Jonas Verhaegen
leerkracht wiskunde 4A""",
    rules=["sensitive"], cats=["care"], about=["sara_b"], mis=True,
    note="about Sara Bogaerts (4A, dyslexia adjustments) sent to the father of Jens Bogaerts (1B): same surname",
    fmt=["plain"])

add("hypo-ruben", "2025-04-02 12:40", "jve", [par("ruben_lau", 1)], "Ruben - toets van vanmorgen",
    """Beste mevrouw,

Tijdens de toets van vanmorgen kreeg Ruben een hypo. Zijn sensor gaf alarm, hij heeft zijn suikerklontjes genomen en is even naar het secretariaat gegaan. Na een half uur voelde hij zich weer goed en is hij naar de les teruggekeerd.

Hij heeft de toets niet kunnen afmaken. Ruben Lambrechts mag hem volgende week inhalen; ik laat hem zelf een moment kiezen.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["medical"], about=["ruben_la"], mis=True,
    note="hypo of Ruben Lambrechts (diabetes) sent to the mother of Ruben Lauwers: two Rubens in 4A",
    fmt=["plain"])

add("inhaalmoment-ruben", "2025-04-03 08:05", "jve", [par("ruben_la", 1)], "inhaalmoment toets",
    """Beste mevrouw Lambrechts,

Ruben kan de toets die hij gisteren door zijn hypo niet kon afmaken, inhalen op woensdag 9 april om 13u in B2.14. Hij mag zijn gsm met de glucose-app bij zich houden.

Mijn bericht van gisteren is per vergissing naar een andere ouder gegaan; de directie is op de hoogte.

Vriendelijke groeten,
Jonas Verhaegen""",
    rules=["sensitive"], cats=["medical"], about=["ruben_la"], mis=False, correct=True,
    note="correctly addressed follow-up mentioning the pupil's hypo and glucose app",
    fmt=["plain"])

add("rekenmachine-ruben", "2025-03-21 13:02", "jve", [par("ruben_lau", 1)], "rekenmachine Ruben",
    "Beste mevrouw Lauwers,\n\nRuben heeft zijn grafisch rekentoestel (TI-84, met zijn naam op een sticker) laten liggen in B2.14. Het ligt nu op het secretariaat. Hij mag het daar maandag ophalen.\n\nGroeten,\nJonas Verhaegen",
    rules=[], about=["ruben_lau"], mis=False, correct=True, personal=True,
    note="correctly addressed, lost calculator: not sensitive",
    fmt=["plain", "short"])

add("wiskundewedstrijd", "2025-03-28 16:44", "jve", [par("jules_wk", 1)], "Proficiat aan Jules!",
    """Beste meneer Wuyts,

Ik wou u even laten weten dat Jules Wuyts de hoogste score van 3B behaalde op de Kangoeroe-wiskundewedstrijd: 112 punten! Hij krijgt volgende week zijn certificaat tijdens de les.

Proficiat aan hem, hij mag trots zijn.

Jonas Verhaegen""",
    rules=[], about=["jules_w"], mis=True, personal=True,
    note="good news about Jules Wuyts (3B) sent to the father of Jules Wuytack (3C): first name + similar surname autocomplete",
    fmt=["plain", "short"])

add("certificaat-jules", "2025-04-01 08:30", "jve", [par("jules_w", 1)], "Kangoeroe-wedstrijd",
    "Beste mevrouw Wuyts,\n\nJules behaalde de hoogste score van 3B op de Kangoeroe-wiskundewedstrijd (112 punten). Hij kreeg vandaag zijn certificaat. Proficiat!\n\nMet vriendelijke groeten,\nJonas Verhaegen\nleerkracht wiskunde",
    rules=[], about=["jules_w"], mis=False, correct=True, personal=True,
    note="correctly addressed good result",
    fmt=["plain", "short"])

add("olympiade-mila", "2025-03-04 19:20", "jve", [par("mila_v", 1)], "Vlaamse Wiskunde Olympiade - finale",
    """Beste mevrouw Vermeersch,

Goed nieuws: Mila is geselecteerd voor de finale van de Vlaamse Wiskunde Olympiade! De finale vindt plaats op woensdag 16 april in de namiddag. De organisatie stuurt de praktische info nog door.

Ik ga samen met haar wat oude finalevragen oefenen op donderdagmiddag, als ze dat wil.

Met vriendelijke groeten,
Jonas Verhaegen""",
    rules=[], about=["mila_v"], mis=False, correct=True, personal=True,
    note="correctly addressed to Mila's mother (the address next to the Vermeulen one); not sensitive",
    fmt=["plain"])

add("identiteitskaart-gevonden", "2025-03-10 11:20", "nbo", [par("mauro_vdb", 1)], "Identiteitskaart gevonden",
    """Beste mevrouw Van den Broeck,

Na de wiskundeles in B2.14 werd de identiteitskaart van Louise Van den Broeck (4A) gevonden. Ze ligt veilig op het leerlingensecretariaat. Louise kan ze tijdens de middagpauze komen ophalen.

Met vriendelijke groeten,

""" + SIG_NBO,
    rules=[], about=["louise_vdb"], mis=True, personal=True,
    note="found ID card of Louise Van den Broeck (4A) mailed to the mother of Mauro Van den Broeck (2B), a different family",
    fmt=["plain", "short"])

add("identiteitskaart-louise", "2025-03-10 14:05", "nbo", [par("louise_vdb", 2)], "Identiteitskaart Louise",
    """Beste meneer Van den Broeck,

Louise heeft haar identiteitskaart vanmiddag op het secretariaat opgehaald. Ze was ze vanmorgen verloren na de wiskundeles. Alles is dus in orde.

Met vriendelijke groeten,

""" + SIG_NBO,
    rules=[], about=["louise_vdb"], mis=False, correct=True, personal=True,
    note="correctly addressed, lost and found ID card",
    fmt=["plain", "short"])

add("sleutel-b214", "2025-01-31 09:12", "nbo", ["jve"], "sleutel B2.14",
    """Dag Jonas,

De sleutel van lokaal B2.14 hangt op haak 14 van het sleutelbord achter het onthaal, de reservesleutel op haak 114. Je tekent gewoon in het sleutelregister als je hem meeneemt. Je badge voor de personeelsparking kan je vanaf maandag bij mij komen halen (badgenummer 0427).

Groetjes,
""" + SIG_NBO,
    rules=[], about=[], lookalike=True,
    note="look-alike: key hook numbers and a badge number open nothing by themselves",
    fmt=["plain"])

add("netwerkschijf", "2025-02-03 08:45", "dle", ["jve"], "netwerkschijf koppelen",
    """Dag Jonas,

Op je laptop staat de schijf W: (Wiskunde) nog niet. Voer het scriptje in bijlage één keer uit (dubbelklikken), dan wordt de schijf gekoppeld aan je account. Windows zal een waarschuwing geven, die mag je negeren.

""" + SIG_DLE,
    atts=[att("koppel_W_schijf.vbs",
              'Option Explicit\r\nDim objNetwork\r\nSet objNetwork = CreateObject("WScript.Network")\r\n'
              'On Error Resume Next\r\nobjNetwork.RemoveNetworkDrive "W:", True, True\r\n'
              'objNetwork.MapNetworkDrive "W:", "\\\\spc-fs01\\vakgroepen$\\wiskunde", True\r\n'
              'WScript.Echo "Schijf W: is gekoppeld."\r\n')],
    rules=["attachment"], about=[],
    note="VBScript attached",
    fmt=["plain", "attachment-vbs"])

add("examenplanning-wiskunde", "2025-04-28 13:15", "pvr", ["jve"], "Examenplanning juni wiskunde",
    """Dag Jonas,

Lies is terug op 19 mei, maar de examens van juni moeten al eerder vastliggen. Kan jij voor 3B en 4A tegen 9 mei een voorstel van examenleerstof doen? Ik zet de vakgroep in cc zodat ze weten dat de vragen voor de parallelklassen afgestemd moeten worden.

Groeten,
""" + SIG_PVR,
    cc=[GROUP["wiskunde"]], rules=["bcc"], about=[],
    note="the maths department list (a group of staff) is visible in CC",
    fmt=["plain", "group-in-cc"])

add("overleg-clb-finn", "2025-03-05 09:30", "vcl", ["an.hoste@vrijclb-dijleland.be", "praktijk@psy-heverlee.be"], "Overleg Finn De Smedt (3B)",
    """Beste mevrouw Hoste, beste Els,

Met toestemming van de ouders van Finn De Smedt (3B) stel ik voor om samen te zitten over de opvolging van Finn. De pesterijen op school zijn verminderd, maar Finn geeft aan dat het online nog doorgaat en hij slaapt volgens de mama slecht. Hij heeft de voorbije weken twee keer gezegd dat hij 'liever niet meer naar school komt'.

Voorstel: donderdag 13 maart om 15u30 op school (lokaal A1.02), of online. Laat gerust weten wat past.

Met vriendelijke groeten,
""" + SIG_VCL,
    rules=["sensitive", "bcc"], cats=["psychosocial", "care"], about=["finn_d"],
    note="bullying follow-up with CLB and private therapist; two external partners visible to each other in To",
    fmt=["plain"])


# ===========================================================================
# THREAD B - chemie/biologie 5A / 5B / 6A: Koen Meulemans (ziekteverlof)
#            -> Sarah Ouali
# ===========================================================================

add("welkom-praktisch", "2025-02-03 17:30", "pvr", ["sou"], "Welkom + praktische info",
    """Dag Sarah,

Welkom bij ons! Nog eens alles op een rij voor morgen:

- Uurrooster: staat in Untis en in Smartschool onder jouw naam (ik heb je de lesopdracht van Koen toegekend: 5A chemie 2u + bio 1u, 5B chemie 2u, 6A chemie 2u + labo 2u).
- Lokalen: je geeft bijna alles in het labo L0.04. De labosleutel krijg je aan het onthaal.
- De deur van de chemicali\u00ebnvoorraad (L0.05) heeft een codeslot: 2580#. Die code ken jij, Marc en ik; de leerlingen niet.
- Toezichten: dinsdag middag refter, donderdag speelplaats 10u15.
- Personeelsvergadering: maandag 10 februari om 16u in de leraarskamer.

Vragen? Altijd welkom.

""" + SIG_PVR_T,
    rules=["password", "personal_data"], about=[],
    note="door code of the chemicals store in clear text; school phone and mobile in signature",
    fmt=["plain"])

add("bestelling-labo", "2025-02-04 10:48", "mhe", ["sou"], "bestelling labo + sleutels",
    """Dag Sarah,

Welkom! Ik ben Marc, de technisch assistent van de wetenschappen. Een paar dingen:

- De bestelling van Koen (bestelnummer 4500238817 bij Labshop) komt donderdag binnen: zoutzuur 37% (art. 1.09057.1000), kaliumpermanganaat en nieuwe pipetten. Ik zet alles in L0.05.
- De practicumfiches staan in de kast achteraan in L0.04, per graad genummerd (PR-5A-01 t.e.m. PR-5A-08, PR-6A-01 t.e.m. PR-6A-10).
- De sleutel van de giftenkast hangt aan mijn sleutelbos. Als je iets nodig hebt, vraag het me gewoon, ik ben er elke dag tot 16u.

Groeten,
Marc Hendrickx
TA wetenschappen""",
    rules=[], about=[], lookalike=True,
    note="look-alike: order and article numbers, practical sheet codes, key kept by the TA; no secret",
    fmt=["plain"])

add("overdracht-5a-5b", "2025-02-02 20:37", "kme_p", ["sou"], "overdracht 5A en 5B",
    """Beste Sarah,

Pieter gaf me je adres. Ik ben thuis en eigenlijk mag ik van de dokter niet met school bezig zijn, maar ik wil je niet in het ongewisse laten. Mijn schoolmail krijg ik hier niet meer open, vandaar dit adres.

5A (chemie 2u, bio 1u)
- We zitten in redoxreacties. Toets gepland op 14/2, staat op de schijf.
- Lucas Janssens heeft epilepsie (medicatie, al een jaar aanvalsvrij). Geen proeven met flikkerend licht, en bij practica met bunsenbranders niet alleen laten werken. Het protocol hangt in de labomap.
- Jana Coppens: zware latexallergie, dus altijd nitrilhandschoenen (blauwe doos, bovenste lade).

5B (chemie 2u)
- Elise Verstraete: angststoornis, is in behandeling bij een psychiater. Vorig jaar heeft ze zichzelf verwond. Ze mag altijd naar buiten met haar time-outkaart. Nooit vooraan laten presenteren zonder dat ze het zelf wil.
- Ward Geerts: zijn vader zit sinds november in de gevangenis. Moeilijke thuissituatie, mama staat er alleen voor met drie kinderen. Ward mist soms lessen, wees mild.
- Aya Bouzid is zwanger (ongeveer 4 maanden). Weten enkel Veerle, de directie en ik. Geen practica met organische solventen! Ze komt zelf wel naar je toe.

6A volgt nog als ik mijn schoolaccount terug heb.

Veel succes, het zijn fijne klassen.
Koen""", client="webmail", charset="windows-1252", cte="8bit",
    rules=["sensitive", "private_account"], cats=["family", "psychosocial", "medical"],
    about=["lucas_j", "jana_c", "elise_v", "ward_g", "aya_b"],
    note="sick teacher hands over from his private telenet mailbox: epilepsy, allergy, anxiety and self-harm, father in prison, pregnancy",
    fmt=["plain", "plain-cp1252", "long-handover"])

add("6a-en-logins", "2025-02-05 11:02", "kme", ["sou"], "6A + logins",
    """Sarah,

Mijn schoolaccount werkt weer. Hier nog 6A en de logins.

6A (chemie 2u + labo 2u)
- Organische chemie, we zitten bij de esters. Labo: verzeping (zeep maken) staat gepland voor 13/2.
- Lore Daems wordt begeleid door het CLB en heeft een individueel aangepast curriculum voor chemie (ze volgt de labo's maar krijgt aangepaste toetsen). Alles staat in haar handelingsplan in het LVS.
- Victor Dubois: de ouders hebben de labokosten van vorig jaar (45 euro) nog altijd niet betaald. De boekhouding weet ervan. Spreek Victor er niet op aan.
- Robbe Mertens is onze labo-verantwoordelijke, hij helpt met opruimen.

Logins
- Labo-pc L0.04 (Windows, lokale gebruiker 'labo'): Chemie!L004
- YouTube-kanaal 'SPC Chemie' (de proefvideo's): spc.chemie@gmail.com / Erlenmeyer_88
- PhET en ChemCollective hebben geen login nodig.

Koen""",
    rules=["password", "sensitive"], cats=["care", "financial"], about=["lore_d", "victor_d", "robbe_m"],
    note="class notes (CLB follow-up and adapted curriculum, unpaid lab fees) plus two passwords",
    fmt=["plain"])

add("vraag-practica-aya", "2025-02-06 12:14", "sou", ["vcl"], "Vraag i.v.m. Aya (5B)",
    """Dag Veerle,

Koen schreef me dat Aya Bouzid zwanger is en geen practica met organische solventen mag doen. Volgende week staat er in 5B een titratie gepland (geen solventen), maar in maart een extractie met ethylacetaat. Moet ik voor Aya een alternatieve opdracht voorzien, of is er een advies van de arbeidsgeneesheer / huisarts?

Ik wil haar er liefst niet zelf over aanspreken zolang zij het niet aan mij vertelt.

Sarah

""" + SIG_SOU,
    rules=["sensitive"], cats=["medical"], about=["aya_b"],
    note="internal question about a pupil's pregnancy and lab restrictions",
    fmt=["plain"])

add("protocol-lucas", "2025-02-10 16:40", "sou", [par("lucas_j", 1)], "Lucas - labo chemie",
    """Beste mevrouw Janssens,

Ik ben Sarah Ouali en ik vervang meneer Meulemans voor chemie en biologie in 5A.

Meneer Meulemans heeft me op de hoogte gebracht van Lucas' epilepsie en van het protocol dat op school bestaat. Ik wou u laten weten dat ik dat verder volg: geen proeven met stroboscoop of flikkerend licht, en bij practica met de bunsenbrander werkt Lucas altijd in een duo.

Als er iets verandert aan zijn medicatie of als u nog iets wil meegeven, hoor ik het graag.

Vriendelijke groeten,
Sarah Ouali""",
    rules=["sensitive"], cats=["medical"], about=["lucas_j"], mis=False, correct=True,
    note="correctly addressed to Lucas Janssens' mother; epilepsy",
    fmt=["plain"])

add("handschoenen-jana", "2025-02-11 09:05", "sou", [par("jana_c", 1)], "latexallergie Jana - practicum",
    """Beste mevrouw Coppens,

Volgende week dinsdag hebben we in 5A een practicum met zuren en basen. Voor Jana liggen er nitrilhandschoenen klaar, zoals afgesproken in verband met haar latexallergie. Ik heb de andere leerlingen van haar groepje ook nitril gegeven, zodat er geen latex in de buurt is.

Heeft Jana haar adrenalinepen nog altijd bij zich in haar boekentas?

Vriendelijke groeten,
Sarah Ouali
chemie 5A""",
    rules=["sensitive"], cats=["medical"], about=["jana_c"], mis=False, correct=True,
    note="correctly addressed, allergy and emergency medication",
    fmt=["plain"])

add("verslag-hanne", "2025-03-07 18:22", "sou", [par("hanne_p", 1)], "Labo-verslag Hanne",
    """Beste meneer Peeters,

Ik wou even laten weten dat Hanne een uitstekend labo-verslag heeft ingediend over de redoxtitratie: 18/20, heel nauwkeurig en mooi onderbouwd. Ik heb het als voorbeeld aan de klas getoond (met haar toestemming).

Groeten,
Sarah Ouali""",
    rules=[], about=["hanne_p"], mis=False, correct=True, personal=True,
    note="correctly addressed good report to Hanne Peeters' father; not sensitive",
    fmt=["plain", "short"])

add("nog-geen-account", "2025-02-03 21:15", "sou_p", ["pvr"], "uurrooster?",
    """Dag Pieter,

Ik heb nog geen schoolaccount (ICT zei morgen), dus ik mail van mijn eigen adres. Kan je mijn uurrooster en de jaarplanning van Koen hier sturen, dan kan ik vanavond al wat voorbereiden?

Alvast bedankt!
Sarah Ouali""", client="webmail",
    rules=["private_account"], about=[],
    note="substitute writes about school business from her private hotmail",
    fmt=["plain", "short"])

add("herinnering-labokosten", "2025-02-20 10:40", "lco", [par("victor_d", 1)], "Herinnering openstaande rekening - Victor Dubois 6A",
    """Geachte heer, mevrouw Dubois,

Volgens onze boekhouding staan er voor Victor nog twee rekeningen open:

- labokosten chemie schooljaar 2023-2024: 45,00 euro (vervaldag 31/10/2024)
- eerste schoolrekening 2024-2025: 118,60 euro (vervaldag 15/12/2024)

Totaal: 163,60 euro.

Wij vragen u vriendelijk om dit bedrag over te schrijven op rekeningnummer %s met vermelding 'Victor Dubois 6A'. Lukt het niet om alles in \u00e9\u00e9n keer te betalen, dan kan u een afbetalingsplan aanvragen. Neem daarvoor gerust contact met mij op; we zoeken samen een oplossing. Dit gebeurt uiteraard discreet.

Met vriendelijke groeten,

%s""" % (SCHOOL_IBAN, SIG_LCO_T),
    rules=["sensitive", "personal_data"], cats=["financial"], about=["victor_d"], mis=False, correct=True,
    note="personal reminder of unpaid bills, correctly addressed; IBAN and phone",
    fmt=["plain"])

add("inhaalpracticum-ward", "2025-03-12 15:30", "sou", [par("ward_g", 1)], "inhaalmoment practicumtoets",
    """Beste mevrouw Geerts,

Ward was vorige vrijdag afwezig bij de practicumtoets chemie. Hij kan die inhalen op vrijdag 21 maart tijdens het 7de en 8ste lesuur in labo L0.04. Hij moet zijn labojas en veiligheidsbril meebrengen.

Vriendelijke groeten,
Sarah Ouali""",
    rules=[], about=["ward_g"], mis=False, correct=True, personal=True,
    note="correctly addressed retake of a practical test; no reason for the absence, not sensitive",
    fmt=["plain", "short"])

add("handelingsplan-elise", "2025-02-07 14:20", "vcl", ["sou"], "Elise Verstraete (5B) - handelingsplan",
    """Dag Sarah,

In bijlage het handelingsplan van Elise Verstraete (5B). Het bestand is beveiligd; het wachtwoord is Zorg!5B-2025

Heel kort de afspraken:
- Elise heeft een angststoornis en wordt begeleid door een psychiater en door het CLB.
- Ze heeft een time-outkaart: ze mag de klas verlaten en naar mij of naar het secretariaat gaan. Niet vragen waarom.
- Geen mondelinge presentaties voor de klas; ze mag een opname of een gesprek met jou alleen doen.
- Bij toetsen mag ze achteraan bij de deur zitten.

Als je iets merkt dat je zorgen baart (bv. wondjes, veel afwezigheden): meteen bij mij melden, niet via mail maar even binnenspringen.

Veerle""",
    atts=[att("Handelingsplan_Elise_V_5B.pdf", make_pdf([
        "Sint-Pieterscollege Kessel-Lo - Leerlingenbegeleiding", "HANDELINGSPLAN - VERTROUWELIJK",
        "Leerling: Elise Verstraete, 5B", "Opgesteld: 28/01/2025 - evaluatie: klassenraad maart",
        "1. Time-outkaart (onbeperkt)", "2. Geen mondelinge presentaties voor de groep",
        "3. Plaats bij de deur tijdens toetsen", "4. Opvolging: CLB + zorgcoordinator, maandelijks"],
        title="Handelingsplan"))],
    rules=["password", "sensitive"], cats=["psychosocial", "care"], about=["elise_v"],
    note="care plan for an anxious pupil plus the password of the protected file in the body",
    fmt=["plain", "attachment-pdf"])

_b17 = """Beste ouders van 5A, 5B en 6A,

Meneer Meulemans is helaas langer afwezig dan verwacht. Zijn afwezigheid wordt verlengd tot minstens de paasvakantie. We wensen hem een goed herstel.

Mevrouw Sarah Ouali blijft de lessen chemie en biologie verder geven. De labo's, toetsen en de excursie naar de Hoge Venen voor het vijfde jaar gaan door zoals gepland.

Heeft u vragen over de lessen, dan kan u mevrouw Ouali contacteren via Smartschool.

Met vriendelijke groeten,
De directie"""
add("afwezigheid-verlengd", "2025-02-27 12:30", "dir", [], "Afwezigheid meneer Meulemans verlengd",
    _b17, to_header="undisclosed-recipients:;",
    bcc=[par(k, n) for k in ["lucas_j", "hanne_p", "jana_c", "thomas_m", "elise_v", "ward_g", "aya_b", "lore_d", "robbe_m", "victor_d"]
         for n in (1, 2) if par(k, n)] +
        [p[x] for p in klas("5A") + klas("5B") + klas("6A") if not p["key"] for x in ("p1", "p2") if p[x]],
    rules=[], about=[], general=True,
    note="general letter to parents of three classes, every parent address only in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

add("kaartje-koen", "2025-02-27 12:45", "ave", ["ave"], "Koen",
    """Beste collega's,

Koen Meulemans blijft langer afwezig, minstens tot de paasvakantie. Sarah Ouali blijft hem vervangen.

Wie Koen een kaartje wil sturen: er ligt een kaart in de leraarskamer die we vrijdag posten. Verder vragen we nogmaals om Koen niet te mailen of te bellen over schoolzaken. Vragen over zijn klassen gaan naar Sarah of naar Pieter.

Dank jullie wel,
Ann""",
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="general letter to all staff about a teacher's extended absence, list in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

add("practicum-morgen", "2025-02-12 16:05", "sou", [grp("leerlingen6a")], "practicum morgen",
    """Dag 6A,

Morgen (donderdag) is het practicum verzeping in labo L0.04. Breng zeker je labojas en veiligheidsbril mee, zonder bril mag je niet meedoen. Lange haren in een staart.

Lees de practicumfiche PR-6A-07 vooraf (staat in Smartschool bij Documenten).

Tot morgen,
mevrouw Ouali""",
    rules=["bcc"], about=[],
    note="pupil class list address in To instead of BCC",
    fmt=["plain", "group-in-to"])

add("jaarplanning-chemie", "2025-02-14 13:40", "sou", ["pvr"], "jaarplanning chemie 5de en 6de",
    """Dag Pieter,

Zoals gevraagd de jaarplanning chemie voor het 5de en 6de jaar, aangepast voor de weken dat ik er ben. Het bestand is dat van Koen; hij had er een macro in gestoken die automatisch de weken kleurt, dus je moet 'Inhoud inschakelen' aanklikken bij het openen.

Groeten,
Sarah""",
    atts=[att("jaarplanning_chemie_5-6_2024-2025.xlsm", make_xlsx(
        [["Week", "5A", "5B", "6A"], ["wk 7", "redox", "redox", "esters"], ["wk 8", "redox (toets)", "titraties", "verzeping (labo)"],
         ["wk 9", "krokus", "krokus", "krokus"], ["wk 10", "elektrochemie", "titraties (toets)", "polymeren"]],
        sheet="Planning", macro=True))],
    rules=["attachment"], about=[],
    note="macro-enabled Excel planning attached",
    fmt=["plain", "attachment-xlsm"])

add("chemsketch", "2025-02-18 11:20", "mhe", ["sou"], "ChemSketch voor de labo-pc",
    """Sarah,

Hier de installatie van ChemSketch die Koen altijd gebruikte voor de molecuultekeningen. Zit in een zip omdat Outlook anders de .exe blokkeert. Uitpakken en setup.exe uitvoeren (als administrator, vraag dat aan Dries).

Marc""",
    atts=[att("ChemSketch2024_setup.zip", make_zip([
        ("ChemSketch2024/setup.exe", fake_exe("chemsketch")),
        ("ChemSketch2024/LEESMIJ.txt", "Installatie: setup.exe uitvoeren als administrator.\r\nFreeware-licentie voor onderwijs.\r\n")]))],
    rules=["attachment"], about=[],
    note="zip archive containing an executable",
    fmt=["plain", "attachment-zip"])

add("back-upcodes-onedrive", "2025-02-09 19:02", "kme_p", ["sou"], "toegang OneDrive cursussen",
    """Sarah,

Je zocht de cursussen van 6A. Die staan op mijn OneDrive (de gedeelde map was niet gesynchroniseerd). Log in met koen.meulemans@sintpieterscollege.be. Omdat ik mijn gsm niet altijd bij de hand heb, hier mijn back-upcodes voor de tweestapsverificatie:

4816 2937
7720 1845
3391 6058
9053 2274

Elke code werkt maar \u00e9\u00e9n keer. Pak gewoon wat je nodig hebt.

Koen""", client="webmail",
    rules=["password", "private_account"], about=[],
    note="recovery/backup codes of the teacher's school account sent from his private mailbox",
    fmt=["plain"])

add("giftenkast", "2025-02-06 08:30", "kme", ["sou"], "giftenkast",
    """Sarah,

Marc is volgende week met verlof. Voor als je iets uit de giftenkast nodig hebt (kaliumdichromaat voor 6A, week 8): het reservesleuteltje zit in het grijze kluisje onder de trekkast in L0.05, combinatie 0-7-1-4.

Niet aan leerlingen doorgeven, ook niet aan Robbe ;-)
Koen""",
    charset="windows-1252", cte="quoted-printable",
    rules=["password"], about=[],
    note="combination of the safe holding the poison cabinet key",
    fmt=["plain-qp", "plain-cp1252", "short"])

add("punten-ingeven", "2025-02-19 10:30", "pvr", ["sou"], "RE: vraag punten en rapport",
    """Dag Sarah,

Goede vragen!

1. Punten geef je in via Skore in Smartschool; Koen had de evaluatie-categorie\u00ebn al aangemaakt (DW 60%, labo 40% voor 6A).
2. Het rapport van maart is een tussentijds rapport: enkel DW, geen examens. Deadline punten: vrijdag 14 maart 12u.
3. Commentaar in het rapport: kort en positief, max. 3 lijnen. Zorginformatie hoort niet op het rapport.
4. Klassenraad 5B: dinsdag 18 maart 16u. Je hoeft enkel te komen als je iets wil signaleren.

Groeten,
Pieter

Van: Sarah Ouali <sarah.ouali@sintpieterscollege.be>
Verzonden: woensdag 19 februari 2025 09:12
Aan: Pieter Van Roey <pvr@spc.ksleuven.be>
Onderwerp: vraag punten en rapport

Dag Pieter, hoe geef ik punten in, en wanneer is de deadline voor het rapport? Moet ik naar alle klassenraden? Sarah
""",
    reply="vraag-punten", rules=[], about=[],
    note="co-ordinator answers the substitute's practical questions",
    fmt=["plain", "reply"])

add("smartschool-koen", "2025-02-11 20:15", "kme_p", ["sou"], "berichten ouders",
    """Sarah, er komen nog altijd Smartschool-berichten van ouders bij mij binnen. Ik kan ze thuis niet beantwoorden. Log gerust in op mijn Smartschool om ze te lezen en te beantwoorden:
gebruikersnaam: kmeulemans
wachtwoord: Mendelejev1869
Dan kan ik er tenminste zeker van zijn dat niemand zonder antwoord blijft.
Koen""", client="webmail",
    rules=["password", "private_account"], about=[],
    note="sick teacher sends his own Smartschool password from his private address",
    fmt=["plain", "short"])

add("kluis-examens", "2025-05-26 09:45", "pvr", ["sou"], "examenvragen in de kluis",
    """Sarah,

De examenvragen voor chemie 5de en 6de jaar mogen in de kluis in het secretariaat (achter het bureau van Nadia). De kluis heeft een draaicombinatie: 17-04-93. Graag de enveloppes per klas, met je naam en het examenuur erop.

Pieter""",
    rules=["password"], about=[],
    note="safe combination in clear text",
    fmt=["plain", "short"])


# ===========================================================================
# THREAD C - Frans 1A / 1B / 3C: Griet Vanhove (loopbaanonderbreking)
#            -> Aline Dumont
# ===========================================================================

add("notes-classes-francais", "2025-02-20 20:50", "gva", ["adu"], "Mes notes pour 1A, 1B et 3C",
    """Chère Aline,

Comme promis, voici mes notes pour les classes. N'hésite pas à me poser des questions jusqu'à vendredi.

1A (4h/semaine)
- Nous travaillons l'unité 4 de « Rendez-vous 1 » (les verbes en -er, la famille).
- Léa Lambert vit depuis septembre dans une famille d'accueil (pleeggezin Timmermans). Les contacts passent uniquement par la famille d'accueil et le service de placement ; la maman n'a pas de droit d'information. Léa est très fragile en ce moment, attention avec le thème « ma famille » de l'unité 4 !
- Adam Kaddouri : dyslexie sévère et il est arrivé du Maroc il y a deux ans. Il a droit à du temps supplémentaire et à un dictionnaire ; pas de dictée notée. Il parle très bien français à l'oral, profites-en !
- Ines Tahiri : excellente élève, tu peux lui donner des exercices en plus.

1B (4h/semaine)
- Même programme que 1A, une semaine en avance.

3C (3h/semaine)
- Nous sommes au passé composé avec être.
- Oscar Lemaire : troubles anxieux, absent très souvent depuis novembre (refus scolaire). Le CLB le suit et il y a un plan de retour progressif : il vient trois jours par semaine. Ne lui mets pas de pression pour les tests manqués, Veerle Claessens coordonne.

Bon courage, tu vas voir, les élèves sont adorables.
Griet""",
    cte="quoted-printable", lang="fr",
    rules=["sensitive"], cats=["family", "care", "psychosocial"], about=["lea_l", "adam_k", "ines_t", "oscar_l"],
    note="French handover: foster placement without maternal information rights, dyslexia adjustments, anxiety and school refusal with CLB plan",
    fmt=["plain-qp", "long-handover"])

add("acces-plateformes", "2025-02-21 09:15", "gva", ["adu"], "Accès plateformes + photocopieuse",
    """Aline,

Les accès dont tu auras besoin :

Scoodle (exercices en ligne 1A/1B) : griet.vanhove / Fr@ncais1A!
Quizlet (compte de la section de français) : francais.spc / Bonjour2025
Code photocopieuse salle des profs : 80417 (c'est mon code, tu peux l'utiliser jusqu'à ce que tu reçoives le tien)

Bises,
Griet""", lang="fr",
    rules=["password"], about=[],
    note="platform passwords and photocopier PIN in French",
    fmt=["plain"])

add("absences-oscar", "2025-03-05 20:30", "adu_p", [par("oscar_l", 1)], "Cours de français - Oscar",
    """Madame, Monsieur,

Je suis Aline Dumont, la remplaçante de Madame Vanhove pour le cours de français en 3C. Je vous écris de mon adresse personnelle car mon compte de l'école ne fonctionne pas encore à la maison.

Oscar n'est pas venu aux cours de français depuis le 24 février. Je sais par l'école qu'il traverse une période difficile avec son anxiété et qu'il suit un plan de retour progressif. Je ne veux surtout pas lui mettre de pression.

Si cela peut l'aider, je peux lui envoyer les fiches de cours par Smartschool, ou le voir un moment seul pendant un jour où il est à l'école.

Bien à vous,
Aline Dumont""", client="webmail", lang="fr",
    rules=["sensitive", "private_account"], cats=["psychosocial", "care"], about=["oscar_l"], mis=False, correct=True,
    note="substitute writes to a parent from her private hotmail about a pupil's anxiety and return plan",
    fmt=["plain"])

add("toets-lea", "2025-03-12 16:45", "adu", [par("lea_l", 1)], "Toets Frans Léa",
    """Beste familie Timmermans,

Léa behaalde een mooie 17/20 voor haar toets Frans over de werkwoorden op -er. Ze heeft hard gewerkt en dat is te zien!

Met vriendelijke groeten,
Aline Dumont
leerkracht Frans 1A""",
    rules=[], about=["lea_l"], mis=False, correct=True, personal=True,
    note="correctly addressed to the family registered for Léa (address does not spell her surname); good result only",
    fmt=["plain", "short"])

add("dictee-adam", "2025-03-10 17:20", "adu", [par("adam_k", 1)], "Frans - afspraken voor Adam",
    """Beste meneer Kaddouri,

Ik ben Aline Dumont, ik vervang mevrouw Vanhove voor Frans in 1A.

Ik wil u laten weten dat ik de afspraken voor Adam verder volg: door zijn dyslexie krijgt hij extra tijd en mag hij een woordenboek gebruiken, en de dictees tellen niet mee voor punten. Volgende week zet ik de leesteksten ook op Smartschool, zodat hij ze thuis met de voorleessoftware kan beluisteren.

Adam doet het mondeling echt heel goed. Bravo!

Vriendelijke groeten / Bien à vous,
Aline Dumont""",
    rules=["sensitive"], cats=["care"], about=["adam_k"], mis=False, correct=True,
    note="correctly addressed, dyslexia adjustments",
    fmt=["plain"])

add("bravo-ines", "2025-03-14 12:10", "adu", [par("ines_t", 2)], "Toets Frans Ines",
    "Beste meneer Tahiri,\n\nIk wou u even laten weten dat Ines 20/20 behaalde voor haar toets Frans. Bravo!\nZe mag volgende week de nieuwe woordenschat aan de klas voorstellen.\n\nAline Dumont\nFrans 1A",
    rules=[], about=["ines_t"], mis=False, correct=True, personal=True,
    note="correctly addressed to Ines Tahiri's father (her half-brother's family shares the mother's address)",
    fmt=["plain", "short"])

add("cahier-lotte", "2025-03-19 15:35", "adu", [par("lotte_c", 1)], "Cahier de français Lotte",
    """Beste mevrouw Claes,

Lotte is haar schrift Frans kwijt. Volgens haar heeft ze het laten liggen in lokaal A1.07 of op de bus. Het ligt niet bij de verloren voorwerpen. Wil u thuis ook eens kijken? Als het niet terugkomt, mag ze de notities van een klasgenoot kopi\u00ebren.

Vriendelijke groeten,
Aline Dumont""",
    rules=[], about=["lotte_c"], mis=False, correct=True, personal=True,
    note="correctly addressed (mother of two pupils, one of them Noah Claes); lost notebook",
    fmt=["plain", "short"])

add("expose-jade", "2025-03-26 17:00", "adu", [par("jade_w", 1)], "Exposé oral Jade",
    "Beste mevrouw Willems,\n\nJade heeft vandaag een schitterende spreekbeurt in het Frans gegeven over haar hond. Ze kreeg een 9/10 en een applaus van de klas. Proficiat!\n\nAline Dumont",
    rules=[], about=["jade_w"], mis=False, correct=True, personal=True,
    note="correctly addressed good result",
    fmt=["plain", "short"])

_c11 = """Beste ouders van 1A, 1B en 3C,
Chers parents,

Mevrouw Vanhove neemt vanaf maandag 24 februari een loopbaanonderbreking tot aan de paasvakantie. Mevrouw Aline Dumont neemt haar lessen Frans over. Mevrouw Dumont is franstalig en gaf eerder les in Brussel; uw kinderen zullen dus veel Frans horen!

De planning en de toetsen lopen gewoon verder. Ook de daguitstap naar Rijsel (Lille) voor het eerste jaar op donderdag 3 april gaat door: mevrouw Dumont begeleidt samen met meneer Thys.

Vragen over de lessen Frans kan u vanaf 24 februari via Smartschool aan mevrouw Dumont stellen.

Met vriendelijke groeten,
Ann Verbist
directeur"""
add("nieuwe-leerkracht-frans", "2025-02-19 11:30", "ave", ["ave"], "Nieuwe leerkracht Frans / Nouvelle professeure de français",
    _c11, html=html_wrap(html_paras(_c11)),
    bcc=[grp("ouders1a"), grp("ouders1b"), grp("ouders3c")], rules=[], about=[], general=True,
    note="general letter about the French replacement and the Lille day trip; parent lists in BCC",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("welkom-terug-griet", "2025-04-18 13:00", "ave", ["ave"], "Welkom terug Griet + bedankt Aline",
    """Beste collega's,

Na de paasvakantie is Griet Vanhove terug van haar loopbaanonderbreking. Welkom terug, Griet!

Aline Dumont heeft haar de voorbije weken vervangen en dat met veel enthousiasme gedaan - de leerlingen van 1A en 1B zullen 'les verbes en -er' niet snel vergeten. Aline blijft bij ons: zij neemt vanaf 22 april een vervanging Frans op in 3A en 4B. Merci Aline!

Vriendelijke groeten,
Ann""",
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="general staff letter about return and new assignment, staff list in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

_fwd_inner = EmailMessage(policy=policy.default)
_fwd_inner["From"] = "Griet Vanhove <griet.vanhove@sintpieterscollege.be>"
_fwd_inner["To"] = "Aline Dumont <aline.dumont@sintpieterscollege.be>"
_fwd_inner["Subject"] = "jaarplanning Frans 1ste jaar"
_fwd_inner["Date"] = format_datetime(dt("2025-02-20 18:02"))
_fwd_inner["Message-ID"] = "<jaarplanning.frans.1e@sintpieterscollege.be>"
_fwd_inner.set_content("Aline,\n\nHier de jaarplanning Frans voor het eerste jaar, unit per unit. De toetsen zijn aangeduid in het vet.\n\nGriet\n")
add("fwd-jaarplanning", "2025-02-22 09:10", "gva", ["gva_p"], "TR: jaarplanning Frans 1ste jaar",
    "Voor thuis, om tijdens mijn verlof toch een beetje mee te volgen.\n",
    atts=[_fwd_inner], rules=["private_account"], about=[],
    note="teacher forwards a school mail (as attachment) to her private gmail",
    fmt=["plain", "forward", "message-rfc822"])

add("oscar-clb", "2025-03-06 08:20", "adu", ["vcl"], "Oscar Lemaire (3C) / question",
    """Bonjour Veerle,

Excuse-moi, mon néerlandais écrit n'est pas encore parfait, alors j'écris en français.

Oscar Lemaire n'est plus venu en français depuis le 24 février. Griet m'a dit qu'il a un plan de retour progressif à cause de son anxiété et que le CLB le suit. Est-ce que le plan est toujours en cours ? J'ai écrit hier à la maman (par erreur depuis mon adresse hotmail, désolée) mais pas de réponse.

Kan ik iets doen om hem te helpen? Misschien een gesprekje met hem alleen?

Merci,
Aline""", lang="fr",
    rules=["sensitive"], cats=["psychosocial", "care"], about=["oscar_l"],
    note="internal question (French/Dutch mix) about a pupil's anxiety, school refusal and CLB plan",
    fmt=["plain", "mixed-language"])

add("lokaal-examen-hiba", "2025-06-03 10:25", "gva", [par("hiba_e", 1)], "Examen Frans Hiba - ander lokaal",
    """Beste mevrouw, meneer,

Het examen Frans van Hiba gaat niet door in A1.07 maar in lokaal B1.03, omdat ze het examen samen met een andere groep aflegt. Het uur blijft hetzelfde (maandag 16 juni, 8u30).

Vriendelijke groeten,
Griet Vanhove
leerkracht Frans""",
    rules=[], about=["hiba_e"], mis=False, correct=True, personal=True,
    note="correctly addressed room change; the El Amrani address also received a misdirected mail about Yasmine Amrani",
    fmt=["plain", "short"])

add("bienvenue-compte", "2025-02-21 14:00", "dle", ["adu"], "Bienvenue - ton compte de l'école",
    """Bonjour Aline,

Bienvenue au Sint-Pieterscollege ! Tu trouveras en pièce jointe la lettre de bienvenue avec ton nom d'utilisateur et ton mot de passe de départ pour le portail et Smartschool. Merci de changer le mot de passe à la première connexion.

Ton ordinateur portable est prêt au local A0.11.

""" + SIG_DLE,
    atts=[att("Welkomstbrief_Aline_Dumont.pdf", make_pdf([
        "Sint-Pieterscollege Kessel-Lo - ICT", "Welkom / Bienvenue",
        "Gebruikersnaam / nom d'utilisateur: aline.dumont",
        "Startwachtwoord / mot de passe de depart: Lente-Fleur-8316",
        "Wijzig je wachtwoord bij de eerste aanmelding op https://portaal.ksleuven.be",
        "Smartschool: aanmelden met Microsoft"], title="Welkomstbrief"))], lang="fr",
    rules=["password"], about=[],
    note="start password inside the attached PDF welcome letter",
    fmt=["plain", "attachment-pdf"])

add("quizlet-nouveau", "2025-03-02 21:40", "adu", ["gva"], "Quizlet",
    """Coucou Griet,

Je sais que tu es en pause, mais juste pour que tu le saches : des élèves de 3C avaient trouvé le mot de passe du compte Quizlet de la section. Je l'ai changé. Le nouveau est : Bruxelles1080!

Pas besoin de répondre :-)
Aline""", lang="fr",
    rules=["password"], about=[],
    note="changed platform password in French",
    fmt=["plain", "short"])

add("code-classroom", "2025-02-25 16:00", "adu", ["adu"], "Google Classroom - français 1A",
    """Bonjour à tous / Dag iedereen,

Vanaf deze week zet ik de oefeningen Frans ook op Google Classroom.
Ga naar classroom.google.com, meld je aan met je schoolaccount en klik op '+' > 'Deelnemen aan les'.

Klascode: hq4k7zt

À demain !
Madame Dumont""", to_header=None,
    bcc=[p["email"] for p in klas("1A")], lang="fr",
    rules=[], about=[], lookalike=True,
    note="look-alike: a class code opens nothing; pupils addressed individually in BCC",
    fmt=["plain", "bcc-envelope", "mixed-language"])

add("lessenrooster-frans", "2025-02-21 12:20", "pvr", ["adu"], "lessenrooster en lokalen Frans",
    """Dag Aline,

Hier je lessenrooster vanaf 24 februari, met de vakcodes zoals ze in Untis staan:

maandag 2de uur   FR-1A-04   lokaal A1.07
maandag 5de uur   FR-3C-03   lokaal B1.03
dinsdag 1ste uur  FR-1B-04   lokaal A1.07
dinsdag 6de uur   FR-1A-04   lokaal A1.07
woensdag 3de uur  FR-1B-04   lokaal A1.05
donderdag 4de uur FR-3C-03   lokaal B1.03
vrijdag 2de uur   FR-1A-04 / FR-1B-04 (week A/B)  lokaal A1.07

Toezicht: woensdag 10u15 speelplaats.

Groeten,
""" + SIG_PVR,
    rules=[], about=[], lookalike=True,
    note="look-alike: course codes and room numbers",
    fmt=["plain"])

add("examenversies", "2025-05-28 14:50", "pvr", ["adu"], "examens Frans 3de jaar - versies",
    """Aline,

Voor het examen Frans in de 2de graad gebruiken we twee versies, omdat 3C en 3A in dezelfde zaal zitten:
versie A = FR-3-EX-A (3A, jouw groep), versie B = FR-3-EX-B (3C, Griet).
Afdrukken in A0.02, aantal: 24 + 3 reserve per versie. Opgaven in de kluis tegen 6 juni, daar zorgt Nadia voor.

Pieter""",
    rules=[], about=[], lookalike=True,
    note="look-alike: exam version codes and print counts",
    fmt=["plain", "short"])

add("modele-evaluation", "2025-02-21 09:40", "gva", ["adu"], "modèle d'évaluation",
    """Aline,

Voici le modèle que j'utilise pour les évaluations orales. Il contient une petite macro qui remplit automatiquement les noms de la classe : il faut cliquer sur « Activer le contenu ».

Griet""",
    atts=[att("modele_evaluation_orale.docm", make_docx([
        "Evaluation orale - francais", "Nom: ____________  Classe: ____",
        "Prononciation /5", "Vocabulaire /5", "Grammaire /5", "Interaction /5"], macro=True))],
    lang="fr", rules=["attachment"], about=[],
    note="macro-enabled Word template attached",
    fmt=["plain", "attachment-docm"])

_g10 = """Beste ouders van het eerste jaar,

Op donderdag 3 april trekken alle klassen van het eerste jaar op daguitstap naar Rijsel (Lille). We bezoeken het oude centrum, het Palais des Beaux-Arts en de leerlingen doen een kleine opdracht in het Frans op de markt.

Praktisch
- Vertrek: 7u45 aan de schoolpoort (Diestsesteenweg), terugkomst omstreeks 18u30.
- Meebrengen: identiteitskaart (Kids-ID), lunchpakket, drinken, regenjas, een beetje zakgeld (max. 15 euro).
- Kostprijs: 28 euro, wordt aangerekend op de schoolrekening.
- Begeleiding: mevrouw Dumont, meneer Thys, mevrouw Verbeeck en meneer Nys.

Neemt uw kind medicatie, geef die dan mee in de originele verpakking met een briefje van de arts of de ouders. Vertel het ook aan de klastitularis.

Met vriendelijke groeten,
Het team van het eerste jaar"""
add("daguitstap-rijsel", "2025-03-20 17:00", "info", ["info"], "Daguitstap Rijsel - donderdag 3 april",
    _g10, html=html_wrap(html_paras(_g10)),
    bcc=[grp("ouders1a"), grp("ouders1b"), grp("ouders1c"), grp("ouders1d")], rules=[], about=[], general=True,
    note="general trip letter with a general medication instruction; parent lists in BCC",
    fmt=["alt", "general-letter", "bcc-envelope"])


# ===========================================================================
# THREAD D - LO 2A / 2B / 4B: Tom Goossens (knieoperatie) -> Bram Wouters
# ===========================================================================

add("materiaalkot", "2025-03-07 07:52", "tgo", ["bwo"], "materiaal",
    """Bram, code materiaalkot sporthal: 1957. Sleutel zwembadkastje ligt bij het onthaal.
Jasper Mertens (2A) moet altijd zijn puffer bij hebben, anders niet laten lopen. Staat in zijn medische fiche.
Succes maandag!
Tom""" + IPHONE, client="iphone",
    rules=["password", "sensitive"], cats=["medical"], about=["jasper_m"],
    note="phone mail: door code of the equipment room plus a pupil's asthma inhaler",
    fmt=["plain", "phone"])

_rows_lo = [
    ["2A", "Jasper Mertens", "Astma: puffer altijd bij, bij koud weer opwarming binnen. Bij een aanval: puffer + rust, ouders verwittigen."],
    ["2A", "Milan Dewit", "Erg sportief, mag bij balspelen als ploegkapitein."],
    ["2B", "Senne Van Damme", "Hartafwijking (attest cardioloog tot 30/6): geen duurloop, geen maximale inspanningen. Mag wel scheidsrechter zijn."],
    ["2B", "Amber De Clercq", "Ouders zijn gescheiden, er is een contactregeling. Enkel mama mag Amber ophalen na de sportdag (zie dossier secretariaat)."],
    ["2B", "Mauro Van den Broeck", "Vergeet vaak zijn zwemgerief."],
    ["4B", "Grace Mbuyi", "Sportkledij van school nog niet betaald, schooltoelage is aangevraagd. Geef haar een T-shirt uit de reservebak."],
    ["4B", "Lars Verbeke", "Atletiek op hoog niveau (800 m), topsportafspraken: mag bij wedstrijdweken minder intensief."],
]
_d2_intro = "Dag Bram,\n\nZoals beloofd de aandachtspunten per klas. De rest van de leerlingen: geen bijzonderheden.\n"
_d2_outro = "\nDe jaarplanning LO en de evaluatiefiches staan in de map LO op de W-schijf.\nGoede moed, en laat de 4B'ers niet te veel voetballen ;-)\n\nTom"
add("aandachtspunten-lo", "2025-03-08 11:14", "tgo", ["bwo"], "aandachtspunten klassen LO",
    None, html_only=True,
    html=html_wrap(html_paras(_d2_intro) + html_table(["Klas", "Leerling", "Aandachtspunt"], _rows_lo) + html_paras(_d2_outro)),
    rules=["sensitive"], cats=["medical", "family", "financial"],
    about=["jasper_m", "milan_d", "senne_vd", "amber_dc", "mauro_vdb", "grace_m", "lars_v"],
    note="HTML-only table: asthma, heart condition, custody/contact arrangement, unpaid kit and school allowance",
    fmt=["html-only", "html-table"])

add("astma-jasper", "2025-03-18 13:05", "bwo", [par("jasper_m", 1)], "Jasper - LO vanmorgen",
    """Beste ouders,

Tijdens de shuttle run vanmorgen kreeg Jasper een astma-aanval. Hij heeft meteen zijn puffer gebruikt en is een kwartier rustig blijven zitten. Daarna ging het goed en heeft hij de les verder als scheidsrechter gevolgd.

Ik wou u dit even laten weten. Misschien is het goed om bij de arts na te vragen of zijn medicatie voor inspanning nog voldoende is?

""" + SIG_BWO + "\nT " + SCHOOL_TEL,
    rules=["sensitive", "personal_data"], cats=["medical"], about=["jasper_m"], mis=False, correct=True,
    note="correctly addressed to the family address shared with his brother Robbe; asthma attack; school phone",
    fmt=["plain"])

add("attest-senne", "2025-03-20 09:10", "bwo", [par("senne_vd", 1)], "Attest LO Senne",
    """Beste mevrouw Van Damme,

Ik ben Bram Wouters, de vervanger van meneer Goossens voor LO. In het dossier zie ik dat het attest van de cardioloog voor Senne geldig is tot 30 juni. Dat is in orde.

Voor de sportdag in mei wil ik graag weten of Senne mag deelnemen aan de 'fun-activiteiten' (petanque, frisbee), of dat hij liever helpt bij de organisatie. Mag ik dat van u horen?

Groeten,
Bram Wouters""",
    rules=["sensitive"], cats=["medical"], about=["senne_vd"], mis=False, correct=True,
    note="correctly addressed; cardiologist's certificate",
    fmt=["plain"])

add("zwemrooster", "2025-03-11 12:00", "bwo", [GROUP["lo"]], "zwemrooster 3de trimester",
    """Hoi collega's LO,

Het zwembad van Kessel-Lo heeft ons nieuwe rooster doorgestuurd. Vanaf 22 april zwemmen de 2de jaars op dinsdag (2A, 2B) en donderdag (2C, 2D). Kan iedereen zijn lessen daaraan aanpassen? Ik hang een kopie in de sportleraarskamer.

Bram""",
    rules=["bcc"], about=[],
    note="department list (group of staff) in To",
    fmt=["plain", "group-in-to"])

add("zwemgerief-vergeten", "2025-03-25 16:20", "bwo",
    [par("mauro_vdb", 1), par("milan_d", 1), par("sem_vh", 1), par("kato_d", 1)],
    "Zwemgerief vergeten",
    """Beste ouders,

Vandaag hadden Mauro, Milan, Sem en Kato hun zwemgerief niet bij. Het is de tweede keer dit trimester. Wilt u er thuis mee op letten dat het zwemgerief op dinsdag in de boekentas zit? Zonder zwemgerief moeten ze op de bank zitten en een opdracht maken.

Groeten,
Bram Wouters
LO""",
    rules=["bcc"], about=["mauro_vdb", "milan_d", "sem_vh", "kato_d"], mis=False,
    note="four parents of different families visible to each other in To; no sensitive fact",
    fmt=["plain"])

add("lo-account", "2025-03-09 20:12", "tgo", ["bwo"], "LO-reservaties",
    """Bram,

De reservaties van de sporthal en het zwembad lopen via het platform van Sportoase. Het account is lo.kessello, het wachtwoord staat in onze gedeelde kluis in Bitwarden (map 'LO'). Dries heeft je toegang gegeven, kijk even of je de uitnodiging hebt gekregen.

Tom""",
    rules=[], about=[], lookalike=True,
    note="look-alike: username and a pointer to the password manager, no password",
    fmt=["plain", "short"])

add("scholensportdag-lars", "2025-04-24 14:30", "bwo", [par("lars_v", 1)], "Finale scholenveldloop",
    """Beste mevrouw Verbeke,

Lars heeft zich gisteren geplaatst voor de finale van de scholenveldloop in Brussel op woensdag 14 mei. Proficiat! De school organiseert het vervoer; vertrek om 12u30 aan de school.

Wilt u via Smartschool laten weten of hij mag deelnemen?

Groeten,
Bram Wouters""",
    rules=[], about=["lars_v"], mis=False, correct=True, personal=True,
    note="correctly addressed good news",
    fmt=["plain", "short"])

_d9 = """Beste ouders van 2A, 2B en 4B,

Meneer Goossens, leerkracht lichamelijke opvoeding, heeft een knieoperatie ondergaan en is afwezig tot minstens eind mei. Vanaf maandag 10 maart neemt meneer Bram Wouters zijn lessen over.

De zwemlessen gaan gewoon door op het gekende moment. Gelieve uw zoon of dochter steeds sportkledij en zwemgerief mee te geven. Kan uw kind om medische redenen tijdelijk niet deelnemen, bezorg dan een briefje of een doktersattest aan het leerlingensecretariaat.

Met vriendelijke groeten,
Pieter Van Roey
adjunct-directeur"""
add("vervanging-lo", "2025-03-07 15:30", "pvr", ["pvr"], "Vervanging lichamelijke opvoeding",
    _d9, bcc=[grp("ouders2a"), grp("ouders2b"), grp("ouders4b")],
    rules=[], about=[], general=True,
    note="general letter; the teacher's surgery is not pupil data; lists in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

_d10 = """Beste ouders,

Op vrijdag 16 mei houden we onze jaarlijkse sportdag voor de tweede graad en het tweede jaar in het sportcentrum Kessel-Lo.

- Start 8u30 in het sportcentrum, einde 15u30. Leerlingen die met de fiets komen, rijden samen met de begeleiders vanaf de school om 8u.
- Meebrengen: sportkledij, reservekledij, lunchpakket, drinkbus, zonnecrème.
- Er is een keuzeprogramma (atletiek, ploegsporten, dans, fun-sporten). De leerlingen kiezen via een formulier in Smartschool tegen 2 mei.
- Leerlingen die om medische redenen niet kunnen sporten, krijgen een taak in de organisatie. Geef in dat geval een doktersattest af op het secretariaat.
- Medicatie: geef die mee in de originele verpakking, met naam en dosis, en meld het aan de klastitularis. Leerlingen met astma nemen hun puffer mee.
- Kosten: 8 euro, via de schoolrekening.

Afhalen na de sportdag kan aan het sportcentrum; laat via Smartschool weten als iemand anders dan de ouders uw kind ophaalt.

Sportieve groeten,
De sportleerkrachten"""
add("sportdag", "2025-04-25 12:00", "info", ["info"], "Sportdag vrijdag 16 mei", _d10,
    html=html_wrap(html_paras(_d10)),
    bcc=[grp("ouders2a"), grp("ouders2b"), grp("ouders2c"), grp("ouders2d"), grp("ouders3a"), grp("ouders3b"),
         grp("ouders3c"), grp("ouders4a"), grp("ouders4b"), grp("ouders4c")],
    rules=[], about=[], general=True,
    note="general trip letter incl. general medication policy; no pupil named; lists in BCC",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("piste-reservatie", "2025-04-02 10:15", "bwo", ["secretariaat@ac-heverlee.be"], "Reservatie atletiekpiste",
    """Geachte,

Voor de sportdag van Sint-Pieterscollege Kessel-Lo zouden we graag de atletiekpiste en de kantine reserveren op vrijdag 16 mei van 8u tot 16u, voor ongeveer 320 leerlingen.

Kan u laten weten of dat mogelijk is en wat de kostprijs is? Ik ben bereikbaar op 0471 83 26 09 of via deze mail.

Met sportieve groeten,

Bram Wouters
Leerkracht LO - Sint-Pieterscollege Kessel-Lo
%s""" % ADDR_LINE,
    rules=["personal_data"], about=[],
    note="booking request to a sports club with the teacher's mobile number",
    fmt=["plain"])

add("ophalen-amber", "2025-05-12 18:30", "bwo", [par("amber_dc", 1)], "Sportdag - ophalen Amber",
    """Beste mevrouw De Clercq,

Zoals afgesproken met het secretariaat heb ik genoteerd dat enkel u Amber na de sportdag mag ophalen, in overeenstemming met de contactregeling die u ons bezorgde. Ik heb dat ook aan de collega's aan het onthaal van het sportcentrum doorgegeven. Mocht haar papa toch komen, dan bellen we u meteen en blijft Amber bij een leerkracht.

Met vriendelijke groeten,
Bram Wouters""",
    rules=["sensitive"], cats=["family"], about=["amber_dc"], mis=False, correct=True,
    note="correctly addressed; contact arrangement after separation",
    fmt=["plain"])

add("schooltoelage-grace", "2025-04-08 11:40", "lco", [par("grace_m", 1)], "Schooltoelage ontvangen",
    """Beste mevrouw Mbuyi,

We hebben bericht gekregen dat de schooltoelage voor Grace werd toegekend. Zoals u gevraagd had, verrekenen we de openstaande rekening voor de sportkledij (32 euro) en het tweede deel van de schoolrekening met de toelage zodra die is uitbetaald. U hoeft voorlopig dus niets te betalen.

Grace mag haar sportkledij vanaf morgen op het secretariaat ophalen.

Met vriendelijke groeten,

""" + SIG_LCO,
    rules=["sensitive"], cats=["financial"], about=["grace_m"], mis=False, correct=True,
    note="correctly addressed; school allowance and open bill",
    fmt=["plain"])

add("lo-smartschool", "2025-03-07 21:02", "tgo", ["bwo"], "Smartschool LO",
    """Bram, nog iets: in Smartschool hebben we een gedeeld vak 'LO 2de graad' waar de evaluatiefiches in staan. Log in met het vakaccount:
gebruiker: lo.spc2
wachtwoord (in twee stukken omdat de spamfilter anders moeilijk doet):
Sport
Hal_2025!
(aan elkaar plakken)
Tom""",
    rules=["password"], about=[],
    note="password split over two lines to dodge a filter",
    fmt=["plain", "short"])

add("codes-kastjes", "2025-03-08 11:30", "tgo", ["bwo"], "codes kastjes",
    "Bram, in bijlage de codes van de hangsloten van de materiaalkasten en de kleedkamerkastjes van de leerkrachten. Print het en leg het in de lade, de sloten zijn niet zo makkelijk.\nTom",
    atts=[att("codes_kastjes_LO.txt",
              "Kasten sporthal - hangsloten (cijfercodes)\r\n"
              "Kast 1 ballen:          4-7-2-9\r\n"
              "Kast 2 turnmateriaal:   0-3-8-5\r\n"
              "Kast 3 EHBO:            open (geen slot)\r\n"
              "Kast 4 badminton:       6-6-1-0\r\n"
              "Kleedkamer lkr. kastje 12 (Tom):  2707\r\n")],
    rules=["password"], about=[],
    note="padlock combinations in a .txt attachment",
    fmt=["plain", "attachment-txt"])

add("sleutelkluisje-sporthal", "2025-03-10 07:40", "nbo", ["bwo"], "sleutel sporthal",
    """Dag Bram,

Welkom! De sleutels van de sporthal en de kleedkamers zitten in het sleutelkluisje naast de ingang van de sporthal (grijs kastje links van de deur). De code is 7351. Na de laatste les graag alles terughangen.

Groetjes,
""" + SIG_NBO,
    rules=["password"], about=[],
    note="key-safe code in clear text",
    fmt=["plain", "short"])

add("laptop-tom", "2025-03-09 22:05", "tgo", ["bwo"], "laptop",
    """Bram

Mijn schoollaptop ligt in de lade van het bureau in de sportleraarskamer. Daar staan de filmpjes van de dansles op. Aanmelden met de pincode 261183 (Windows Hello), dan kom je er zo op.

Tom

Outlook voor Android downloaden<https://aka.ms/AAb9ysg>""", client="android", cte="base64",
    rules=["password"], about=[],
    note="device PIN in a base64-encoded mobile body",
    fmt=["plain-base64", "phone"])

add("re-materiaalkot", "2025-03-10 08:45", "bwo", ["tgo"], "Re: materiaal",
    """Hey Tom, code 1957 werkt, alles gevonden. Beterschap met je knie!
Bram

Op 7 mrt 2025 om 07:52 schreef Tom Goossens <tgo@spc.ksleuven.be>:
> Bram, code materiaalkot sporthal: 1957. Sleutel zwembadkastje ligt bij het onthaal.
> [...]
""",
    reply="materiaalkot", rules=["password"], about=[],
    note="reply repeats the door code (pupil line trimmed from the quote)",
    fmt=["plain", "reply"])

add("account-activatie", "2025-03-06 10:30", "ict", ["bwo"], "Activeer je schoolaccount",
    """Dag Bram,

Welkom op het Sint-Pieterscollege. Je schoolaccount is klaar:

gebruikersnaam: bram.wouters
e-mailadres: bram.wouters@sintpieterscollege.be

Je kiest zelf je wachtwoord via de activatielink die je op je privé-gsm via sms ontvangt. De link blijft 48 uur geldig. Kies een wachtwoord van minstens 12 tekens.

Je krijgt van ons nooit een wachtwoord per mail.

ICT-helpdesk Sint-Pieterscollege""",
    rules=[], about=[], lookalike=True,
    note="look-alike: username and activation procedure, no secret",
    fmt=["plain"])

add("mededeling-sportdag", "2025-05-06 09:20", "lco", [par("mauro_vdb", 1)], "RE: betaling sportdag",
    """Beste mevrouw Van den Broeck,

Bedankt voor uw vraag. U kan de 8 euro voor de sportdag van Mauro gewoon meebetalen met de volgende schoolrekening. Wil u toch apart betalen, gebruik dan de gestructureerde mededeling +++090/2025/31247+++ zodat we de betaling automatisch kunnen koppelen.

Met vriendelijke groeten,

""" + SIG_LCO,
    reply="betaling-sportdag", rules=[], about=["mauro_vdb"], mis=False, correct=True, personal=True, lookalike=True,
    note="look-alike: structured payment reference opens nothing; correctly addressed, not sensitive",
    fmt=["plain", "reply"])

add("digibord-software", "2025-03-12 13:10", "dle", ["bwo"], "software digibord sporthal",
    """Bram,

De pc aan het digibord in de sporthal heeft nog de oude versie van de timer-software. Ik heb de installatie als schijfkopie in bijlage gezet: dubbelklik op het .iso-bestand, dan verschijnt er een station D: met setup.

""" + SIG_DLE,
    atts=[att("ScoreboardPro_v5.iso", fake_iso("SCOREBOARDPRO5"))],
    rules=["attachment"], about=[],
    note="disk image attached",
    fmt=["plain", "attachment-iso"])


# ===========================================================================
# THREAD E - Engels 6B / 6C / 4C: Hanne Smets (zwangerschapsverlof)
#            -> Rachel Morgan, incl. the London trip of the 6th year
# ===========================================================================

add("handover-english", "2025-01-03 15:20", "hsm", ["rmo"], "Handover English 6B, 6C, 4C",
    """Hi Rachel,

As promised, my notes on the classes. Sorry it's a bit long!

6B (3 hours)
- We're halfway through the unit on 'Media and Truth'. Next up: the debate (week of 20 Jan).
- Tuur Michiels has a hearing impairment and wears hearing aids in both ears. He has to sit in the front row, and you wear the FM microphone (it's in the blue pouch in my locker). For listening tests he gets the audio through his own headphones and 25% extra time.
- Olivia Segers and Daan Vos are the class reps, very helpful for practical stuff.

6C (3 hours)
- Same programme as 6B.
- Febe Aerts was the victim of serious online bullying last term (a fake Instagram account with photos of her). Her parents filed a complaint with the police and Veerle is following it up. She is doing better but avoid group work with the girls from the 'B' table for now.
- Nina Maes is brilliant at speaking; she could help others prepare for the oral exam.

4C (2 hours)
- Ella Jacobs is dyslexic: no marks off for spelling, tests in a larger font, she may use Sprint on her laptop.

The London trip (19-21 March) is organised by me and Pieter; you'll probably replace me as a chaperone. The folder is on the W-drive under Reizen > Londen 2025.

Good luck and enjoy them!
Hanne""", lang="en",
    rules=["sensitive"], cats=["medical", "care", "psychosocial"], about=["tuur_m", "olivia_s", "daan_v", "febe_a", "nina_m", "ella_j"],
    note="English handover: hearing impairment with adjustments, cyberbullying victim with police complaint, dyslexia",
    fmt=["plain", "long-handover"])

add("accounts-printer", "2025-01-03 15:48", "hsm", ["rmo"], "Accounts + printer",
    """Rachel,

All my logins for the English platforms are in the attached spreadsheet (Oxford Online Practice, Quizlet, Kahoot, Newsela). You can use my accounts until yours are ready.

The copier in the staff room asks for a code: use 4421 (that's the English department's code).

Hanne""", lang="en",
    atts=[att("logins_Engels.xlsx", make_xlsx([
        ["Platform", "Username", "Password", "Remarks"],
        ["Oxford Online Practice", "hanne.smets@sintpieterscollege.be", "OxfordSPC#24", "teacher account 6B/6C"],
        ["Quizlet", "engels_spc", "Shakespeare1564", "shared with Lies"],
        ["Kahoot", "hanne.smets@sintpieterscollege.be", "Kahoot!Kessel", ""],
        ["Newsela", "engels.spc", "ReadMore2024", "class codes in Smartschool"]], sheet="Logins"))],
    rules=["password"], about=[],
    note="passwords in an attached spreadsheet plus the copier code in the body",
    fmt=["plain", "attachment-xlsx"])

_e4 = """Beste ouders van 6B en 6C,

Zoals u weet is mevrouw Smets, die de Londenreis mee organiseerde, met zwangerschapsverlof. De reis naar Londen van 19 tot 21 maart gaat uiteraard gewoon door.

Mevrouw Rachel Morgan, die mevrouw Smets vervangt voor Engels, neemt haar plaats in als begeleider. Mevrouw Morgan is afkomstig uit Manchester en kent Londen als haar broekzak. De andere begeleiders zijn meneer Van Roey, mevrouw Claessens en meneer Nys.

In februari volgt een infoavond met alle praktische afspraken (paspoort of identiteitskaart, bagage, zakgeld, medicatie). De uitnodiging volgt via Smartschool.

Met vriendelijke groeten,
Ann Verbist
directeur"""
add("londenreis-begeleiding", "2025-01-14 12:30", "ave", ["ave"], "Londenreis 6de jaar - begeleiding", _e4,
    html=html_wrap(html_paras(_e4)),
    bcc=[grp("ouders6b"), grp("ouders6c")], rules=[], about=[], general=True,
    note="general trip letter about the replacement chaperone; lists in BCC",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("paspoort-daan", "2025-03-13 15:10", "rmo", [par("daan_v", 1)], "Daan - passport",
    """Dear Mrs Vos, beste mevrouw Vos,

Daan left his passport in classroom C2.03 after the English lesson today. I have handed it in at the student office (leerlingensecretariaat), where he can pick it up tomorrow morning. Please remind him, as he will need it for London next week!

Kind regards / vriendelijke groeten,
Rachel Morgan""", lang="en",
    rules=[], about=["daan_v"], mis=False, correct=True, personal=True,
    note="correctly addressed lost passport; not sensitive",
    fmt=["plain", "short", "mixed-language"])

add("speaking-nina", "2025-02-27 17:45", "rmo", [par("nina_m", 1)], "Nina - speaking assessment",
    """Dear Mr Maes,

I just wanted to let you know that Nina did a brilliant job in her speaking assessment today: 19/20. Her presentation on fake news was the best in both classes. Well done to her!

Best wishes,
Rachel Morgan
English, 6B-6C""", lang="en",
    rules=[], about=["nina_m"], mis=False, correct=True, personal=True,
    note="correctly addressed to Nina's father (also the parent of Thomas Maes, 5A)",
    fmt=["plain", "short"])

add("nina-documents", "2025-03-10 18:05", "rmo", [par("arthur_p", 1)], "Nina - documents for London",
    """Dear Mrs Maes,

Nina still hasn't handed in the signed copy of her ID card and the travel form for London. Could you please give them to her by Wednesday? Otherwise we can't complete the group list for the Eurostar.

Kind regards,
Rachel Morgan""", lang="en",
    rules=[], about=["nina_m"], mis=True, personal=True,
    note="about Nina Maes (6C) but sent to griet.maes@, the mother of Arthur Peeters (3B): same surname in the address",
    fmt=["plain", "short"])

add("groepschat-febe", "2025-03-24 19:20", "rmo", [par("febe_a", 1)], "Febe - group chat during the trip",
    """Dear Mrs Aerts,

I'm writing because of something that happened during the London trip. On Thursday evening a few pupils posted a mocking photo of Febe in the trip's group chat. Febe showed it to me herself and was very upset. We had the photo removed that evening, and Mr Van Roey has spoken to the pupils involved; they will get a sanction this week.

Given what happened to Febe last term, Ms Claessens would like to meet you and Febe. Would Tuesday after school suit you?

Kind regards,
Rachel Morgan""", lang="en",
    rules=["sensitive"], cats=["psychosocial"], about=["febe_a"], mis=False, correct=True,
    note="correctly addressed; renewed bullying of a pupil during the trip",
    fmt=["plain"])

_e9_rows = []
_allergy = {"tuur_m": "hearing aids (bring spare batteries)", "febe_a": "vegetarian",
            "olivia_s": "severe nut allergy - EpiPen", "lien_s": "coeliac disease - gluten free"}
for p in klas("6B") + klas("6C"):
    _e9_rows.append([p["last"], p["first"], p["klas"], p["dob"].strftime("%d/%m/%Y"),
                     _allergy.get(p["key"], "")])
_e9_csv = "Achternaam;Voornaam;Klas;Geboortedatum;Medisch/dieet\r\n" + "".join(
    ";".join(r) + "\r\n" for r in _e9_rows)
add("deelnemerslijst-londen", "2025-02-28 11:30", "rmo", ["groepen@dijlereizen.be"], "Participant list London 19-21 March - Sint-Pieterscollege",
    """Dear Ms Vandeputte,

Please find attached the final participant list for our trip to London (group SPC-LON-25), with dates of birth for the Eurostar tickets and the dietary and medical information for the youth hostel.

Could you confirm that the hostel can provide a gluten-free breakfast?

Kind regards,
Rachel Morgan
Sint-Pieterscollege Kessel-Lo""", lang="en",
    atts=[att("deelnemers_Londen_6B_6C.csv", ("\ufeff" + _e9_csv).encode("utf-8"))],
    rules=["sensitive", "personal_data"], cats=["medical"],
    about=[], about_ids=[p["id"] for p in klas("6B") + klas("6C")],
    note="participant CSV with all dates of birth and medical/dietary info (allergy, coeliac disease, hearing aids) to a travel agency",
    fmt=["plain", "attachment-csv"])

add("paspoorten-herinnering", "2025-03-05 08:10", "rmo", [grp("ouders6b"), grp("ouders6c")], "London - ID documents reminder",
    """Beste ouders, dear parents,

Een korte herinnering: alle leerlingen moeten in Londen een geldig paspoort hebben (een identiteitskaart volstaat niet meer voor het Verenigd Koninkrijk, tenzij uw kind een verblijfsstatus in de EU heeft - zie de infobrief). Gelieve een kopie van het paspoort ten laatste op maandag 10 maart aan uw zoon of dochter mee te geven.

Thank you!
Rachel Morgan""", lang="nl",
    rules=["bcc"], about=[],
    note="parent list addresses of two classes visible in To",
    fmt=["plain", "group-in-to", "mixed-language"])

add("eurostar-booking", "2025-02-10 14:02", "rmo", ["pvr"], "Eurostar booking confirmed",
    """Hi Pieter,

Good news, the travel agency confirmed the Eurostar booking.

Booking reference: QXTK7M
Group number: GRP-20250319-0412
Outbound: 19/03, Brussels-Midi 08:52 - London St Pancras 09:57
Return: 21/03, St Pancras 18:01 - Brussels-Midi 21:05
Coach: 11, seats 21-68

The youth hostel confirmation number is YHA-884213.

Rachel""", lang="en",
    rules=[], about=[], lookalike=True,
    note="look-alike: booking reference and confirmation numbers open nothing",
    fmt=["plain"])

add("betaling-ontvangen", "2025-02-18 10:05", "lco", [par("lien_s", 1)], "Betaling Londenreis ontvangen",
    """Beste ouders,

We bevestigen dat we de tweede schijf van de Londenreis voor Lien (6C) goed ontvangen hebben. Daarmee is de reis volledig betaald. Bedankt!

Met vriendelijke groeten,

""" + SIG_LCO,
    rules=[], about=["lien_s"], mis=False, correct=True, personal=True,
    note="payment received confirmation: not a financial difficulty, not sensitive",
    fmt=["plain", "short"])

add("handback-english", "2025-04-18 16:30", "rmo", ["hsm"], "Handback - English 6B, 6C, 4C",
    """Hi Hanne,

Welcome back on Tuesday! Quick handback:

- 6B and 6C: 'Media and Truth' finished, debate done, marks in Skore. We've just started the literature unit (short stories). Speaking assessments done.
- 4C: unit 5 finished, test on unit 6 planned for 6 May.
- London went really well. The evaluation forms from the pupils are in the London folder.
- Your Oxford and Quizlet accounts are untouched; I used my own accounts from February on.
- Printer: I ran out of credit on the department code in March, Nadia topped it up.

It was a pleasure teaching your classes. Enjoy the first weeks back!

Rachel""", lang="en",
    rules=[], about=[],
    note="handback without pupil facts or credentials",
    fmt=["plain"])

add("examen-6b-drive", "2025-03-03 21:30", "hsm_p", ["rmo"], "exam 6B",
    """Hi Rachel,

Just a quick one from my private mail (the baby is doing great, thanks for the card!). For the June exam of 6B, please use the reading text in the folder 'Examens juni' on the W-drive, not the one from last year - it was leaked on a student forum.

Hanne""", client="gmail", lang="en",
    rules=["private_account"], about=[],
    note="teacher on maternity leave sends school business from her gmail",
    fmt=["plain", "short"])

add("koffie-volgende-week", "2025-03-05 13:20", "ldw_p", ["hsm_p"], "koffie?",
    """Hey Hanne!

Hoe gaat het met de kleine? Hier alles goed, nog 3 weken te gaan en ik word nu echt een walvis :-)
Zin om volgende week eens koffie te drinken? Woensdagvoormiddag bij Het Moment in Kessel-Lo?

Dikke knuffel
Lies""", client="gmail",
    rules=[], about=[],
    note="private mail between two staff members on leave about private matters: no rule",
    fmt=["plain", "short"])

add("examens-zip", "2025-03-10 09:30", "hsm", ["rmo"], "June exams 6B/6C",
    """Rachel,

Attached the exam papers for June (6B and 6C, versions A and B). I've put them in a password-protected zip so they don't end up in the wrong place. The password is: KingLear-6C!

Hanne""", lang="en",
    atts=[att("Exams_June_6B_6C.zip", make_zip([
        ("Exam_6B_versionA.pdf", make_pdf(["English exam 6B - version A", "Part 1: Reading (40 marks)"], "Exam 6B A")),
        ("Exam_6B_versionB.pdf", make_pdf(["English exam 6B - version B", "Part 1: Reading (40 marks)"], "Exam 6B B")),
        ("Exam_6C_versionA.pdf", make_pdf(["English exam 6C - version A", "Part 1: Reading (40 marks)"], "Exam 6C A"))]))],
    rules=["password"], about=[],
    note="password of the archive in the body; the zip holds only PDFs (harmless attachment)",
    fmt=["plain", "attachment-zip"])

add("pin-schoolkaart", "2025-03-17 10:10", "lco", ["rmo"], "schoolkaart voor Londen",
    """Dag Rachel,

Zoals afgesproken krijg je voor de uitgaven in Londen (metrotickets, onvoorziene kosten) de bankkaart van de school mee. Die ligt morgen vanaf 8u op mijn bureau. De pincode is 7204. Hou alle kasticketjes bij en bezorg ze me na de reis.

Groetjes,
Leen""",
    rules=["password"], about=[],
    note="PIN of the school's bank card in clear text",
    fmt=["plain", "short"])

add("kahoot-spelling", "2025-01-06 08:40", "hsm", ["rmo"], "Kahoot",
    """Rachel, small correction: the Kahoot password in the spreadsheet is wrong, I changed it last week. I'll spell it out so there's no confusion:
capital K - i - n - g - capital L - e - a - r - dash - 6 - capital C
Hanne""", lang="en",
    rules=["password"], about=[],
    note="password spelled out character by character",
    fmt=["plain", "short"])

add("personeelsingang", "2025-02-03 07:30", "pvr", ["jve", "sou", "rmo", "adu"], "code personeelsingang + alarm",
    """Dag allemaal,

Omdat jullie nieuw zijn: de personeelsingang aan de Diestsesteenweg gaat vanaf 17u enkel open met een code. Die is sinds deze week gewijzigd naar 2468*.
Wie 's avonds als laatste vertrekt (bv. na een oudercontact): het alarm zet je aan met 1984 + OFF-knop, daarna heb je 30 seconden om buiten te gaan.

Groeten,
Pieter""",
    rules=["password"], about=[],
    note="door code and alarm code sent to four colleagues (single staff addresses in To are fine)",
    fmt=["plain"])

add("oudercontact-zoom", "2025-03-26 13:15", "rmo", [par("olivia_s", 1)], "Online parent-teacher meeting",
    """Dear Mr Segers,

Thank you for your request. I'm happy to talk about Olivia's progress and her choice of studies next year. Since you're abroad that week, we can meet online:

Join Zoom Meeting
https://us02web.zoom.us/j/84213377520?pwd=bEtPZ0ZxS2N1Q3hWV2t0UlZ3
Meeting ID: 842 1337 7520
Passcode: 571932

Thursday 3 April, 18:00.

Kind regards,
Rachel Morgan""", lang="en",
    rules=[], about=["olivia_s"], mis=False, correct=True, personal=True, lookalike=True,
    note="look-alike: meeting passcode in an invitation is allowed; correctly addressed, not sensitive",
    fmt=["plain", "meeting-invite"])

# ===========================================================================
# more general letters (all must pass)
# ===========================================================================

add("onthaal-interimarissen", "2025-01-22 14:00", "ave", ["ave"], "Afspraken bij de start van een interimaris",
    """Beste collega's,

Dit trimester verwelkomen we heel wat nieuwe collega's die een vervanging opnemen. Om alles vlot te laten verlopen, herhalen we de afspraken:

1. Accounts: de ICT-helpdesk maakt het account aan. De interimaris kiest zelf een wachtwoord via de activatielink. Stuur NOOIT een wachtwoord of code door per mail, ook niet 'even snel' naar een nieuwe collega. Gedeelde vakaccounts horen in de kluis van Bitwarden.
2. Overdracht: zorginformatie over leerlingen (handelingsplannen, gezinssituatie, medische info) deel je via het leerlingvolgsysteem in Smartschool, niet in een Word-document per mail. De zorgco\u00f6rdinator geeft de interimaris de juiste toegang.
3. Sleutels en codes: die geeft het secretariaat persoonlijk af.
4. Privé-mail: gebruik voor schoolzaken altijd je schoolaccount, ook als je thuis bent.

Twijfel je of iets een datalek is? Meld het via privacy@lksd.ksleuven.be.

Dank voor jullie medewerking,
Ann Verbist""",
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="general staff letter about passwords and sensitive data without containing any",
    fmt=["plain", "general-letter", "bcc-envelope"])

_g2 = """Beste ouders van het zesde jaar,

Over twee weken vertrekken we naar Londen! Hieronder de laatste afspraken.

Vertrek en terugkomst
- Woensdag 19 maart: verzamelen om 7u15 in het station Brussel-Zuid, aan de Eurostar-terminal.
- Vrijdag 21 maart: aankomst in Brussel-Zuid om 21u05. Gelieve uw kind daar op te halen.

Meebrengen
- Een geldig paspoort (of een identiteitskaart met EU-verblijfsstatus, zie vorige brief).
- Europese ziekteverzekeringskaart.
- Zakgeld: maximaal 60 pond.
- Een regenjas en goede wandelschoenen!

Medicatie en gezondheid
Neemt uw kind medicatie, geef die dan mee in de originele verpakking en vul het medische formulier in Smartschool in. De begeleiders dragen een EHBO-koffer mee. Alle informatie wordt na de reis vernietigd.

Bereikbaarheid tijdens de reis
Tijdens de reis is er een noodnummer dat u via Smartschool ontvangt. Voor dringende vragen op voorhand kan u terecht bij meneer Van Roey via Smartschool.

We kijken ernaar uit!
De begeleiders van de Londenreis"""
add("londen-laatste-info", "2025-03-05 18:00", "dir", [], "Londen: laatste praktische info", _g2,
    to_header="undisclosed-recipients:;", html=html_wrap(html_paras(_g2)),
    bcc=[grp("ouders6b"), grp("ouders6c")], rules=[], about=[], general=True,
    note="general trip letter with general medication instruction; no phone, no pupil; lists in BCC",
    fmt=["alt", "general-letter", "bcc-envelope"])

_g3 = """Beste ouders van het vijfde jaar,

Op dinsdag 6 mei gaan de leerlingen van 5A en 5B op biologie-excursie naar de Hoge Venen. Ze onderzoeken er het hoogveen en doen metingen in het kader van het hoofdstuk ecologie.

Mevrouw Ouali, die meneer Meulemans vervangt, begeleidt de excursie samen met twee collega's van de vakgroep wetenschappen.

- Vertrek: 7u30 aan de school, terug rond 18u.
- Meebrengen: stevige wandelschoenen (het is nat!), regenkledij, lunchpakket, drinken, een pen en het excursieboekje.
- Kostprijs: 24 euro voor de bus en de gids, via de schoolrekening.

Met vriendelijke groeten,
De vakgroep wetenschappen"""
add("excursie-hoge-venen", "2025-04-22 16:00", "sou", ["sou"], "Biologie-excursie Hoge Venen - dinsdag 6 mei", _g3,
    bcc=[grp("ouders5a"), grp("ouders5b")], rules=[], about=[], general=True,
    note="general trip letter from the substitute; lists in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

add("clb-infobrief", "2025-02-10 09:00", "info", ["info"], "Infobrief CLB: wat doet het CLB voor uw kind?",
    """Beste ouders,

In bijlage vindt u de infobrief van ons Centrum voor Leerlingenbegeleiding (CLB). Daarin leest u wat het CLB doet (onder meer bij leerproblemen, bij vragen over welbevinden, studiekeuze en gezondheid), hoe u het CLB zelf kan contacteren en hoe het CLB met de gegevens van uw kind omgaat.

Het CLB werkt gratis en in vertrouwen. U kan altijd zelf een afspraak maken, ook zonder tussenkomst van de school.

Met vriendelijke groeten,
De directie en het team leerlingenbegeleiding""",
    atts=[att("Infobrief_CLB_2024-2025.pdf", make_pdf([
        "Vrij CLB Dijleland - infobrief voor ouders", "Wat doet het CLB?",
        "- leren en studeren (bv. leerstoornissen, studiekeuze)", "- psychisch en sociaal functioneren",
        "- preventieve gezondheidszorg (medisch onderzoek, vaccinaties)", "- onderwijsloopbaan",
        "Contact: via www.vrijclb-dijleland.be of via de school"], title="Infobrief CLB"))],
    bcc=[grp("ouders-alle")], rules=[], about=[], general=True,
    note="general CLB information letter to all parents, nobody named; list in BCC",
    fmt=["plain", "general-letter", "attachment-pdf", "bcc-envelope"])

_g5 = """Beste ouders van het derde jaar,

Op dinsdag 25 maart bezoeken de leerlingen van het derde jaar Technopolis in Mechelen, in het kader van de lessen wiskunde en wetenschappen. Ze volgen er de workshop 'Wiskunde in het echt'.

Meneer Verhaegen, die mevrouw De Wachter vervangt, begeleidt samen met mevrouw Pauwels en de collega's wetenschappen.

- Vertrek: 8u15 met de bus aan de school, terug rond 16u.
- Meebrengen: lunchpakket, drinken, een rekenmachine.
- Kostprijs: 17 euro, via de schoolrekening. Ondervindt u moeilijkheden om de schoolrekening te betalen, dan kan u altijd discreet contact opnemen met de boekhouding.

Met vriendelijke groeten,
Pieter Van Roey"""
add("technopolis", "2025-03-11 12:20", "pvr", ["pvr"], "Uitstap Technopolis derde jaar", _g5,
    html=html_wrap(html_paras(_g5)),
    bcc=[grp("ouders3a"), grp("ouders3b"), grp("ouders3c")], rules=[], about=[], general=True,
    note="general trip letter with a generic note on payment difficulties; nobody named",
    fmt=["alt", "general-letter", "bcc-envelope"])

add("herinnering-betaling-londen", "2025-02-03 09:30", "boek", [], "Herinnering: tweede schijf Londenreis",
    """Beste ouders van 6B en 6C,

Volgens onze gegevens is de tweede schijf van de Londenreis (185 euro) voor een aantal leerlingen nog niet betaald. De vervaldag was 31 januari.

Heeft u al betaald, dan mag u deze herinnering als onbestaande beschouwen. Gebruik voor de betaling de overschrijving die bij de factuur in Smartschool zit.

Kan u de reis moeilijk betalen? Neem dan discreet contact op met de boekhouding via boekhouding@spc.ksleuven.be; we zoeken samen een oplossing. Geen enkele leerling mag thuisblijven om financiële redenen.

Met vriendelijke groeten,
De boekhouding""", to_header="undisclosed-recipients:;",
    bcc=[x for p in klas("6B") + klas("6C") for x in (p["p1"], p["p2"]) if x],
    rules=[], about=[], general=True,
    note="payment reminder to all parents of two classes, nobody named, no IBAN; addresses only in BCC",
    fmt=["plain", "general-letter", "bcc-envelope"])

_rows_g7 = [
    ["Lies De Wachter", "wiskunde 2C, 3B, 4A", "Jonas Verhaegen", "3/2 - 18/5", "B2.14"],
    ["Koen Meulemans", "chemie/bio 5A, 5B, 6A", "Sarah Ouali", "4/2 - voorlopig tot 30/6", "L0.04"],
    ["Griet Vanhove", "Frans 1A, 1B, 3C", "Aline Dumont", "24/2 - 4/4", "A1.07 / B1.03"],
    ["Tom Goossens", "LO 2A, 2B, 4B", "Bram Wouters", "10/3 - 30/5", "sporthal"],
    ["Hanne Smets", "Engels 6B, 6C, 4C", "Rachel Morgan", "6/1 - 18/4", "C2.03"],
]
_g7_intro = "Beste collega's,\n\nOp vraag van enkele klastitularissen: een overzicht van de lopende vervangingen, zodat je weet wie je voor de klassenraden van maart moet uitnodigen.\n"
_g7_outro = "\nDe interimarissen staan ook in de personeelslijst in Smartschool.\n\nPieter"
add("overzicht-vervangingen", "2025-03-10 12:40", "pvr", ["pvr"], "Overzicht vervangingen maart",
    None, html_only=True,
    html=html_wrap(html_paras(_g7_intro) + html_table(["Afwezig", "Opdracht", "Vervanger", "Periode", "Lokaal"], _rows_g7) + html_paras(_g7_outro)),
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="HTML-only overview table of replacements for all staff, list in BCC",
    fmt=["html-only", "html-table", "general-letter", "bcc-envelope"])

add("infomoment-interimarissen", "2025-02-25 15:00", "pvr", ["pvr"], "Infomoment voor nieuwe collega's (Teams)",
    """Beste collega's,

Voor alle collega's die dit schooljaar een vervanging opnemen (en voor wie graag eens een opfrissing krijgt) organiseren we een kort infomoment via Teams over Smartschool, het LVS en de privacy-afspraken van Stroom.

Wanneer: woensdag 5 maart, 13u30-14u30

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0YjQ5ZDgtYjM0MS00ZDRkLWFhN2ItMmM4ZDYxMjc1OTE2%40thread.v2/0>
Vergaderings-id: 312 884 650 219
Wachtwoordcode: Hk4Wq9
________________________________________________________________________________

Tot dan,
Pieter Van Roey
adjunct-directeur""",
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="general staff invitation with a Teams meeting passcode (allowed); list in BCC",
    fmt=["plain", "general-letter", "meeting-invite", "bcc-envelope"])

add("geen-zorginfo-per-mail", "2025-02-14 16:10", "vcl", ["vcl"], "Herinnering: zorginformatie en overdrachten",
    """Beste collega's,

Met de vele vervangingen van de voorbije weken merk ik dat er veel overdrachtsnota's per mail rondgaan. Dat is begrijpelijk, maar ik wil jullie vriendelijk herinneren aan de afspraken uit ons communicatiebeleid:

- Informatie over de gezinssituatie, het welbevinden, de gezondheid, zorg of de financiële situatie van leerlingen hoort in het leerlingvolgsysteem, niet in een mail.
- Heb je zo'n mail ontvangen? Zet de informatie (of laat ze zetten) in het LVS en verwijder daarna de mail, ook uit je 'Verwijderde items'.
- Mail je toch met ouders over een leerling: kijk twee keer naar het adres. Outlook vult graag aan, en we hebben veel gezinnen met dezelfde familienaam.
- Meerdere ouders mailen? Altijd in BCC.

Bedankt om hier samen op te letten.
Veerle""",
    bcc=[GROUP["personeel"]], rules=[], about=[], general=True,
    note="general staff reminder about sensitive data and addressing, without any pupil data",
    fmt=["plain", "general-letter", "bcc-envelope"])



# ===========================================================================
# a few more credential mails
# ===========================================================================

add("co-account-adam", "2025-03-04 11:25", "nbo", [par("adam_k", 1)], "RE: co-account Smartschool",
    """Beste meneer Kaddouri,

U liet weten dat u niet meer kan aanmelden op uw co-account van Smartschool. Ik heb het wachtwoord opnieuw ingesteld:

gebruikersnaam: adam.kaddouri (co-account 1)
nieuw startwachtwoord: tafel-Regen-482

Bij de eerste aanmelding vraagt Smartschool om zelf een nieuw wachtwoord te kiezen. Zo kan u de berichten van de leerkrachten van Adam, ook van de nieuwe leerkracht Frans, weer lezen.

Met vriendelijke groeten,

""" + SIG_NBO,
    reply="co-account-adam", rules=["password"], about=["adam_k"], mis=False, correct=True, personal=True,
    note="school resets a parent's co-account and mails the start password; correctly addressed, nothing sensitive about the pupil",
    fmt=["plain", "reply"])

_csv3b = "Klasnummer;Naam;Voornaam;Gebruikersnaam Diddit;Startwachtwoord\r\n"
for _i, _p in enumerate(klas("3B"), 1):
    _w = ["appel", "beton", "citroen", "dolfijn", "egel", "fazant", "gitaar", "hamer", "iglo",
          "jas", "kiwi", "lamp", "mango", "neus", "oven"][_i - 1]
    _csv3b += "%d;%s;%s;%s;%s%02d!\r\n" % (_i, _p["last"], _p["first"], "spc-" + norm(_p["first"])[:6] + norm(_p["last"])[:3], _w.capitalize(), (_i * 37) % 100)
add("diddit-accounts-3b", "2025-02-06 15:10", "dle", ["jve"], "Diddit-accounts 3B",
    """Dag Jonas,

De leerlingen van 3B hadden nog geen eigen Diddit-account (ze gebruikten allemaal de klascode van Lies). Ik heb ze aangemaakt. In bijlage de lijst met gebruikersnamen en startwachtwoorden. Deel ze in de les op een briefje uit, niet via Smartschool.

""" + SIG_DLE,
    atts=[att("diddit_3B_startwachtwoorden.csv", _csv3b.encode("utf-8"))],
    rules=["password"], about=[], about_ids=[p["id"] for p in klas("3B")],
    note="CSV with start passwords for every pupil of 3B",
    fmt=["plain", "attachment-csv"])

_rows_toeg = [
    ["Smartschool - vak Frans 1ste graad", "frans1.spc", "Voltaire#1694", "co-titularis: jij en Griet"],
    ["Photocopieuse / kopieerapparaat", "-", "code 80417", "tot je eigen code klaar is"],
    ["Wifi / wifi", "SPC-Staff", "Dijle#Stroom2025", "enkel voor je laptop"],
    ["Casier / lockerkast leraarskamer nr. 31", "-", "cadenas 3-1-0-8", ""],
]
_p20_intro = "Bonjour Aline / Dag Aline,\n\nHieronder alle toegangen op een rij, zoals beloofd.\n"
_p20_outro = "\nBonne semaine!\nPieter"
add("toegangen-aline", "2025-02-24 07:55", "pvr", ["adu"], "Toegangen / accès",
    None, html_only=True,
    html=html_wrap(html_paras(_p20_intro) + html_table(["Platform / plateforme", "Login", "Wachtwoord / code", "Opmerking"], _rows_toeg) + html_paras(_p20_outro)),
    rules=["password"], about=[], lang="nl",
    note="HTML-only table of platform password, copier code, Wi-Fi key and locker combination",
    fmt=["html-only", "html-table", "mixed-language"])


# ===========================================================================
# build
# ===========================================================================

SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be")
PRIVATE_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be",
                   "proximus.be", "icloud.com", "live.be", "yahoo.com")
DANGEROUS = (".exe", ".bat", ".cmd", ".js", ".vbs", ".ps1", ".scr", ".docm", ".xlsm",
             ".pptm", ".iso", ".img", ".msi", ".jar", ".hta")
PHONE_RE = re.compile(r"(?<![\d/+.])(?:\+32\s?|0)(?:4\d{2}|[1-9]\d?)(?:[\s./]?\d{2}){3}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")


def addr_of(x):
    return who(x)[1].lower()


def is_group(a):
    local, dom = a.split("@")
    return dom == "spc.ksleuven.be" and (
        local.startswith("ouders") or local.startswith("leerlingen") or
        local in ("personeel", "wiskunde", "lo", "wetenschappen"))


def is_school(a):
    return a.split("@")[1] in SCHOOL_DOMAINS


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_list(xs):
    return "[" + ", ".join(xs) + "]"


def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            out.append(part.get_content())
    return "\n".join(out)


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    write_roster()
    order = sorted(range(len(MAILS)), key=lambda i: (dt(MAILS[i]["date"]), i))
    slugs = [MAILS[i]["slug"] for i in order]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    parent_of = {}
    for p in PUPILS:
        for a in (p["p1"], p["p2"]):
            if a:
                parent_of.setdefault(a.lower(), set()).add(p["id"])
    ids_by_id = {p["id"]: p for p in PUPILS}
    lines = ["# batch37 - Kessel-Lo: teachers on leave and their substitutes "
             "(handovers, logins, pupil notes, parent mails, general letters)", ""]
    problems = []
    stats = []
    for num, i in enumerate(order, 1):
        m = MAILS[i]
        name, msg = build_one(m, num)
        frm = addr_of(m["frm"])
        to = [addr_of(x) for x in m["to"]] if not m.get("to_header") else []
        cc = [addr_of(x) for x in m.get("cc", ())]
        bcc = [addr_of(x) for x in m.get("bcc", ())]
        rcpt = []
        for a in to + cc + bcc:
            if a not in rcpt:
                rcpt.append(a)
        rules = list(m.get("rules", []))
        cats = list(m.get("cats", []))
        about = m.get("about_ids") or pid(*m.get("about", []))
        mis = bool(m.get("mis", False))
        fmt = list(m.get("fmt", []))
        auto = []
        if bcc and "bcc-envelope" not in fmt:
            auto.append("bcc-envelope")
        for a in m.get("atts", ()):
            tag = "attachment-eml" if isinstance(a, EmailMessage) else "attachment-" + a[0].rsplit(".", 1)[-1].lower()
            if tag not in fmt and tag != "attachment-eml":
                auto.append(tag)
        if m.get("cte") == "base64" and "plain-base64" not in fmt:
            auto.append("plain-base64")
        fmt = fmt + auto
        # ---- consistency checks --------------------------------------
        txt = text_of(msg)
        att_txt = ""
        for a in m.get("atts", ()):
            if not isinstance(a, EmailMessage) and a[0].endswith((".csv", ".txt")):
                att_txt += a[1].decode("utf-8", "replace")
        has_pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or
                      re.search(r"geboortedatum|geboren op|date of birth|Geboortedatum", txt + att_txt, re.I))
        if has_pd != ("personal_data" in rules):
            problems.append((name, "personal_data?", PHONE_RE.findall(txt), IBAN_RE.findall(txt)))
        vis = to + cc
        grp_vis = any(is_group(a) for a in vis)
        ext_vis = [a for a in vis if not is_school(a)]
        need_bcc = grp_vis or len(ext_vis) >= 2
        if need_bcc != ("bcc" in rules):
            problems.append((name, "bcc?", vis))
        priv_from = frm.split("@")[1] in PRIVATE_DOMAINS
        priv_to_self = any(a.split("@")[1] in PRIVATE_DOMAINS for a in rcpt) and "private_account" in rules
        if ("private_account" in rules) != (priv_from and not m.get("private_matter")) and not priv_to_self:
            if not (priv_from and "private_account" not in rules and m["slug"] == "koffie-volgende-week"):
                problems.append((name, "private_account?"))
        danger = any((not isinstance(a, EmailMessage)) and (
            a[0].lower().endswith(DANGEROUS) or (a[0].endswith(".zip") and any(
                n.lower().endswith(DANGEROUS) for n in zipfile.ZipFile(io.BytesIO(a[1])).namelist())))
            for a in m.get("atts", ()))
        if danger != ("attachment" in rules):
            problems.append((name, "attachment?"))
        if ("sensitive" in rules) != bool(cats):
            problems.append((name, "cats?"))
        parent_rcpt = [a for a in rcpt if a in parent_of]
        if mis:
            assert "recipient" in rules or True
            for x in about:
                px = {a.lower() for a in (ids_by_id[x]["p1"], ids_by_id[x]["p2"]) if a}
                if px & set(rcpt) or not parent_rcpt:
                    problems.append((name, "misdirected inconsistent"))
        elif parent_rcpt and about and not m.get("general"):
            for x in about:
                px = {a.lower() for a in (ids_by_id[x]["p1"], ids_by_id[x]["p2"]) if a}
                if not (px & set(rcpt)):
                    problems.append((name, "about pupil without own parent", x))
        if mis and "recipient" not in rules:
            rules.append("recipient")
        if m.get("general") and (rules or about):
            problems.append((name, "general letter must pass"))
        # ---- yaml ------------------------------------------------------
        order_rules = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
        rules = [r for r in order_rules if r in rules]
        lines.append("%s:" % name)
        lines.append("  rules: %s" % yaml_list(rules))
        if "sensitive" in rules:
            cat_order = ["family", "psychosocial", "medical", "care", "financial"]
            lines.append("  categories: {sensitive: %s}" % yaml_list([c for c in cat_order if c in cats]))
        lines.append("  mail_from: %s" % frm)
        lines.append("  rcpt: %s" % yaml_list(rcpt))
        lines.append("  about: %s" % yaml_list(about))
        lines.append("  misdirected: %s" % ("true" if mis else "false"))
        lines.append("  note: %s" % yaml_str(m.get("note", "")))
        lines.append("  lang: %s" % m.get("lang", "nl"))
        lines.append("  format: %s" % yaml_list(fmt))
        lines.append("")
        stats.append(dict(name=name, rules=rules, cats=cats, about=about, mis=mis,
                          general=bool(m.get("general")), personal=bool(m.get("personal")),
                          lookalike=bool(m.get("lookalike")), correct=bool(m.get("correct")),
                          parent_rcpt=bool(parent_rcpt)))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return stats, problems


if __name__ == "__main__":
    stats, problems = main()
    for p in problems:
        print("CHECK:", p)
    from collections import Counter
    rc = Counter(r for s in stats for r in s["rules"])
    cc = Counter(c for s in stats for c in s["cats"])
    print("mails:", len(stats))
    print("rules:", dict(rc))
    print("categories:", dict(cc))
    print("none:", sum(1 for s in stats if not s["rules"]))
    print("misdirected:", sum(s["mis"] for s in stats),
          "correctly addressed to the pupil's own parents:", sum(s["correct"] for s in stats))
    print("general letters:", sum(s["general"] for s in stats),
          "look-alikes:", sum(s["lookalike"] for s in stats),
          "personal not sensitive:", sum(1 for s in stats if s["personal"] and "sensitive" not in s["rules"]))
