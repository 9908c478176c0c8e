#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch47 - labelled outbound mail of the pupil administration and the
attendance office of Sint-Pieterscollege Heverlee (LKSD / Stroom).

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Deterministic: fixed dates and Message-IDs, seeded randomness, fixed MIME
boundaries and fixed zip timestamps.  Standard library only.
"""
import base64
import csv
import datetime
import hashlib
import html
import io
import os
import quopri
import random
import re
import unicodedata
import zipfile
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, parseaddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4747)

SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
GROUP = "lksd.ksleuven.be"
PUPILDOM = "leerling.sintpieterscollege.be"

# ---------------------------------------------------------------------------
# staff
# ---------------------------------------------------------------------------
STAFF = {
    "hilde": ("Hilde Vandenbroucke", "hilde.vandenbroucke@" + SCHOOL),
    "hvb": ("Hilde Vandenbroucke", "hvb@" + SHORT),
    "nadia": ("Nadia Bouzid", "nadia.bouzid@" + SCHOOL),
    "nbo": ("Nadia Bouzid", "nbo@" + SHORT),
    "pieter": ("Pieter Goris", "pieter.goris@" + SCHOOL),
    "koen": ("Koen Lemmens", "koen.lemmens@" + SCHOOL),
    "griet": ("Griet Wuyts", "griet.wuyts@" + SCHOOL),
    "bart": ("Bart Claes", "bart.claes@" + SCHOOL),
    "bcl": ("Bart Claes", "bcl@" + SHORT),
    "leen": ("Leen De Wachter", "ldw@" + SHORT),
    "sofie": ("Sofie Michiels", "sofie.michiels@" + SCHOOL),
    "tom": ("Tom Verbist", "tom.verbist@" + SCHOOL),
    "an": ("An Devos", "an.devos@" + SCHOOL),
    "joke": ("Joke Aerts", "joke.aerts@" + SCHOOL),
    "marc": ("Marc Vanlommel", "marc.vanlommel@" + SCHOOL),
    "els": ("Els Coppens", "els.coppens@" + SCHOOL),
    "kris": ("Kris Dierickx", "kris.dierickx@" + SCHOOL),
    "ruth": ("Ruth Geerinckx", "ruth.geerinckx@" + SCHOOL),
    "dirk": ("Dirk Van Assche", "dirk.vanassche@" + SCHOOL),
    "saar": ("Saar Lievens", "saar.lievens@" + SCHOOL),
    "celine": ("Céline Marchal", "celine.marchal@" + SCHOOL),
    # general / functional mailboxes
    "secr": ("Leerlingensecretariaat Sint-Pieterscollege", "leerlingensecretariaat@" + SHORT),
    "info": ("Sint-Pieterscollege Heverlee", "info@" + SHORT),
    "directie": ("Directie Sint-Pieterscollege", "directie@" + SHORT),
    "privacy": ("Aanspreekpunt informatieveiligheid LKSD", "privacy@" + GROUP),
    # group lists (belong in BCC)
    "personeel": ("Personeel SPC", "personeel@" + SHORT),
    "leerkrachten": ("Alle leerkrachten", "leerkrachten@" + SHORT),
    "secretariaatsteam": ("Team secretariaat", "team-secretariaat@" + SHORT),
    "klassenraad4b": ("Klassenraad 4B", "klassenraad4b@" + SHORT),
    "ouders": ("Alle ouders", "ouders@" + SHORT),
    "ouders1": ("Ouders 1e jaar", "ouders1ejaar@" + SHORT),
    "ouders6": ("Ouders 6e jaar", "ouders6ejaar@" + SHORT),
    "ouders4b": ("Ouders 4B", "ouders4b@" + SHORT),
    "leerlingen6": ("Leerlingen 6e jaar", "leerlingen6ejaar@" + SHORT),
    # private mailboxes of staff
    "hilde_priv": ("Hilde Vandenbroucke", "hilde.vdbroucke68@gmail.com"),
    "an_priv": ("An Devos", "an.devos.leuven@gmail.com"),
    "kris_priv": ("Kris Dierickx", "kris_dierickx@hotmail.com"),
    "nadia_priv": ("Nadia B.", "nadia.bouzid.86@outlook.com"),
    "joke_priv": ("Joke Aerts", "joke.aerts@icloud.com"),
}

EXT = {
    "clb": ("Ellen Daems (CLB Dijleland)", "ellen.daems@clb-dijleland.be"),
    "clbarts": ("Jef Hoste", "jef.hoste@clb-dijleland.be"),
    "clbonthaal": ("CLB Dijleland onthaal", "onthaal@clb-dijleland.be"),
    "leerplicht": ("Cel Leerplicht - Agentschap Onderwijsdiensten", "leerplicht@onderwijsdiensten-vl.be"),
    "politie": ("Wim Somers - Jeugdcel PZ Dijleland", "wim.somers@pz-dijleland.be"),
    "jeugdcel": ("Jeugdcel PZ Dijleland", "jeugd@pz-dijleland.be"),
    "zhschool": ("Ziekenhuisschool AZ Dijleland", "ziekenhuisschool@azdijleland.be"),
    "kpsy": ("Kinder- en jeugdpsychiatrie AZ Dijleland", "kjp.secretariaat@azdijleland.be"),
    "ocmw": ("An Renard (Sociaal Huis)", "an.renard@sociaalhuis-dijle.be"),
    "presentix": ("Presentix Support", "support@presentix.be"),
    "presentix_jan": ("Jan Wyns (Presentix)", "jan.wyns@presentix.be"),
    "telvox": ("Telvox Servicedesk", "servicedesk@telvox.be"),
    "archief": ("Archiefdepot Brabant", "info@archiefdepot-brabant.be"),
    "kessello": ("Leerlingensecretariaat SJC Kessel-Lo", "secretariaat@sjc-kessello.be"),
    "gent": ("Atheneum Scheldeoever", "leerlingen@atheneum-scheldeoever.be"),
    "lyceeb": ("Lycée Saint-Michel Wavre", "secretariat@lycee-stmichel-wavre.be"),
    "logo": ("Logopediepraktijk Van Geel", "praktijk@logopedie-vangeel.be"),
    "volley": ("VC Heverlee secretariaat", "secretariaat@vc-heverlee.be"),
    "bevolking": ("Dienst Bevolking", "bevolking@leuven-stadsdiensten.be"),
    "vk": ("Vertrouwenscentrum Kindermishandeling", "vk.brabant@vk-vlaanderen-info.be"),
    "toah": ("Coordinatie TOAH Dijleland", "toah@ond-dijleland.be"),
    "busbedrijf": ("Reizen Dijlevallei", "planning@reizen-dijlevallei.be"),
    "rijschool": ("Rijschool Heverlee", "info@rijschool-heverlee.be"),
    "verzekering": ("Schadedienst Verzekeringen", "schoolongevallen@dijleverzekeringen.be"),
    "drukker": ("Drukkerij Vanhove", "offerte@drukkerij-vanhove.be"),
    "kinesist": ("Kine Praktijk Egenhoven", "kine.egenhoven@skynet.be"),
    "jeugdhulp": ("Jeugdhulp regio Leuven - consulent", "consulent.leuven@jeugdhulp-vlbrabant.be"),
}

SCHOOL_ADDR = "Sint-Pietersdreef 21, 3001 Heverlee"

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------
CLASSES = [f"{g}{c}" for g in range(1, 7) for c in "ABC"]

# key pupils: key, first, last, class, parent1, parent2
KEY_PUPILS = [
    ("emma.peeters", "Emma", "Peeters", "2A", "kristof.peeters@telenet.be", "els.wouters@skynet.be"),
    ("lars.peeters", "Lars", "Peeters", "4C", "dirk.peeters71@gmail.com", "an.claes@hotmail.com"),
    ("noor.elamrani", "Noor", "El Amrani", "1B", "karima.benali@hotmail.com", "m.elamrani@outlook.com"),
    ("ilias.elamrani", "Ilias", "El Amrani", "4A", "karima.benali@hotmail.com", "m.elamrani@outlook.com"),
    ("febe.maes", "Febe", "Maes", "3A", "tom.maes@telenet.be", "ines.desmet@gmail.com"),
    ("vic.maes", "Vic", "Maes", "5B", "tom.maes@telenet.be", "katrien.goossens@proximus.be"),
    ("lucas.janssens", "Lucas", "Janssens", "3B", "an.janssens@telenet.be", "geert.janssens@telenet.be"),
    ("lucas.wouters", "Lucas", "Wouters", "3C", "sarah.lenaerts@gmail.com", "pieter.wouters@icloud.com"),
    ("mila.janssen", "Mila", "Janssen", "2C", "an.janssen@telenet.be", "bram.janssen@outlook.com"),
    ("amira.haddad", "Amira", "Haddad", "5A", "rania.haddad@gmail.com", ""),
    ("amira.yilmaz", "Amira", "Yilmaz", "2B", "fatma.yilmaz@hotmail.com", "mehmet.yilmaz@telenet.be"),
    ("jonas.vermeulen", "Jonas", "Vermeulen", "4B", "griet.smets@skynet.be", "wim.vermeulen@telenet.be"),
    ("sara.devries", "Sara", "De Vries", "6A", "hilde.vanaken@telenet.be", ""),
    ("sara.mertens", "Sara", "Mertens", "1A", "mertens.family@gmail.com", ""),
    ("yusuf.demir", "Yusuf", "Demir", "3B", "demir.ayse@hotmail.com", "kerem.demir@gmail.com"),
    ("kobe.vandamme", "Kobe", "Van Damme", "5C", "liesbeth.vandamme@proximus.be", "joris.vandamme@telenet.be"),
    ("lore.claes", "Lore", "Claes", "4A", "veerle.bosmans@telenet.be", "stijn.claes@skynet.be"),
    ("milan.goossens", "Milan", "Goossens", "2B", "nathalie.dumont@skynet.be", "kevin.goossens@gmail.com"),
    ("hanne.wuyts", "Hanne", "Wuyts", "6B", "bart.wuyts@telenet.be", "carine.peeters@hotmail.com"),
    ("adam.bakkali", "Adam", "Bakkali", "1C", "samira.aziz@gmail.com", "youssef.bakkali@outlook.com"),
    ("zoe.lambert", "Zoé", "Lambert", "3C", "isabelle.dupont@skynet.be", "olivier.lambert@proximus.be"),
    ("tibo.smets", "Tibo", "Smets", "4B", "els.smets@telenet.be", ""),
    ("arne.willems", "Arne", "Willems", "5A", "k.willems@telenet.be", "sabine.jacobs@gmail.com"),
    ("elise.willems", "Elise", "Willems", "2A", "k.willems@telenet.be", "sabine.jacobs@gmail.com"),
    ("jayden.mukendi", "Jayden", "Mukendi", "3A", "grace.mukendi@gmail.com", ""),
    ("nora.vanhove", "Nora", "Van Hove", "5C", "ann.vanhove@skynet.be", "luc.vanhove@telenet.be"),
    ("mohamed.amrani", "Mohamed", "Amrani", "6C", "h.amrani@hotmail.com", ""),
    ("lien.dekeyser", "Lien", "De Keyser", "1A", "tinne.dekeyser@gmail.com", "frank.dekeyser@telenet.be"),
    ("wout.jacobs", "Wout", "Jacobs", "4C", "sabien.jacobs@telenet.be", "ruben.jacobs@gmail.com"),
    ("ella.verhoeven", "Ella", "Verhoeven", "2C", "marieke.verhoeven@icloud.com", "dries.verhoeven@gmail.com"),
    ("rayan.ouali", "Rayan", "Ouali", "5B", "nadia.ouali@hotmail.com", ""),
    ("oscar.dewilde", "Oscar", "De Wilde", "6A", "anouk.dewilde@telenet.be", "sebastiaan.dewilde@gmail.com"),
    ("julie.hendrickx", "Julie", "Hendrickx", "3B", "leen.hendrickx@skynet.be", ""),
    ("finn.hendrickx", "Finn", "Hendrickx", "1B", "leen.hendrickx@skynet.be", ""),
    ("ines.kowalska", "Ines", "Kowalska", "4A", "anna.kowalska@gmail.com", "piotr.kowalski@gmail.com"),
    ("liam.obrien", "Liam", "O'Brien", "2B", "siobhan.obrien@gmail.com", "conor.obrien@outlook.com"),
    ("marie.dubois", "Marie", "Dubois", "5C", "francoise.dubois@skynet.be", ""),
    ("senne.vandenberghe", "Senne", "Van den Berghe", "6B", "katleen.vdberghe@telenet.be", "filip.vandenberghe@skynet.be"),
    ("lotte.bogaerts", "Lotte", "Bogaerts", "3A", "eva.bogaerts@gmail.com", "jan.bogaerts@proximus.be"),
    ("lotte.cools", "Lotte", "Cools", "4B", "lies.cools@telenet.be", "ward.cools@gmail.com"),
    ("mats.desmet", "Mats", "De Smet", "2A", "karen.desmet@gmail.com", "pieterjan.desmet@telenet.be"),
    ("aya.benali", "Aya", "Benali", "1C", "fatima.benali@gmail.com", "rachid.benali@hotmail.com"),
    ("robbe.vos", "Robbe", "Vos", "5A", "lieve.vos@telenet.be", "koen.vos@proximus.be"),
    ("kato.leysen", "Kato", "Leysen", "6C", "griet.leysen@skynet.be", "tim.leysen@gmail.com"),
    ("victor.nys", "Victor", "Nys", "1A", "sofie.nys@telenet.be", "maarten.nys@telenet.be"),
    ("imane.chahid", "Imane", "Chahid", "4C", "chahid.khadija@gmail.com", ""),
    ("warre.thys", "Warre", "Thys", "3C", "ellen.thys@telenet.be", "bert.thys@skynet.be"),
    ("fien.luyten", "Fien", "Luyten", "5B", "nele.luyten@gmail.com", "joost.luyten@telenet.be"),
    ("stan.geerts", "Stan", "Geerts", "6A", "veronique.geerts@skynet.be", ""),
    ("daria.kovalenko", "Daria", "Kovalenko", "2C", "olena.kovalenko@gmail.com", ""),
    ("bilal.ziani", "Bilal", "Ziani", "3B", "ziani.malika@hotmail.com", "ahmed.ziani@gmail.com"),
    ("jana.swinnen", "Jana", "Swinnen", "1B", "kim.swinnen@telenet.be", "wouter.swinnen@gmail.com"),
    ("seppe.celis", "Seppe", "Celis", "4A", "ilse.celis@proximus.be", "hans.celis@telenet.be"),
    ("margot.torfs", "Margot", "Torfs", "6C", "an.torfs@telenet.be", "geert.torfs@gmail.com"),
    ("emir.aydin", "Emir", "Aydin", "5C", "aydin.zeynep@gmail.com", ""),
    ("roos.meeus", "Roos", "Meeus", "2A", "sarah.meeus@icloud.com", "thomas.meeus@gmail.com"),
    ("lander.moens", "Lander", "Moens", "3A", "evelien.moens@telenet.be", ""),
    ("yasmine.mansouri", "Yasmine", "Mansouri", "6B", "leila.mansouri@gmail.com", ""),
    ("jasper.vandeput", "Jasper", "Vandeput", "5A", "inge.vandeput@telenet.be", "marc.vandeput@skynet.be"),
    ("charlotte.raes", "Charlotte", "Raes", "4C", "mieke.raes@gmail.com", "johan.raes@telenet.be"),
]

BOYS = ["Louis", "Arthur", "Noah", "Jules", "Warre", "Ruben", "Thomas", "Bent", "Cas",
        "Emiel", "Lowie", "Mathis", "Brent", "Jens", "Aaron", "Gilles", "Tuur", "Maxim",
        "Matthias", "Jef", "Rune", "Siebe", "Miel", "Nand", "Daan", "Lenn", "Hamza",
        "Sami", "Youssef", "Mehdi", "Ayoub", "Omar", "Kerem", "Ali", "Samuel", "Armin",
        "Oleksandr", "Mateusz", "Elias", "Nathan", "Bram", "Kasper", "Robin", "Xander",
        "Lucas", "Vic", "Jonas", "Finn", "Adam", "Senne", "Mats", "Wout"]
GIRLS = ["Fien", "Lisa", "Amber", "Jana", "Ine", "Axelle", "Lena", "Olivia", "Anna",
         "Fleur", "Jitske", "Nina", "Paulien", "Marthe", "Lies", "Hanna", "Emily",
         "Sien", "Jolien", "Eline", "Tess", "Saar", "Imane", "Salma", "Zeynep",
         "Nisrine", "Yasmine", "Elif", "Lina", "Hira", "Fatima", "Naomi", "Divine",
         "Zuzanna", "Maya", "Ella", "Emma", "Noor", "Lotte", "Sara", "Amira", "Julie",
         "Marie", "Nora", "Febe", "Lore", "Kato", "Mila", "Elise", "Roos", "Margot"]
SURN = ["Peeters", "Maes", "Mertens", "Claes", "Goossens", "Wouters", "Dupont",
        "Hermans", "Pauwels", "Aerts", "Michiels", "Vandeput", "Coppens", "Geerts",
        "Van Dyck", "Stevens", "Vanderlinden", "Thys", "Sels", "Daems", "Verbeke",
        "Van Gorp", "Luyten", "Meeus", "Moens", "Celis", "Van Roey", "Dierckx", "Gysen",
        "Kerkhofs", "Vanhoutte", "Swinnen", "Vandenbosch", "Raes", "Dewit", "Beckers",
        "Cuypers", "Verstraeten", "Torfs", "Van Loock", "Poels", "Laenen", "Schoofs",
        "Verlinden", "Bosmans", "Lemaire", "Deprez", "Wauters", "Boeckx", "Vangeel",
        "Aydin", "Kaya", "El Idrissi", "Ait Said", "Bouzidi", "Tshibangu", "Nowak",
        "Popescu", "Hussaini", "Ahmadi", "Rahimi", "Mansouri", "Ziani", "Chahid",
        "Ben Ali", "Kabongo", "Öztürk", "Dos Santos", "Nguyen", "Van Aken", "Rombouts"]
PARENT_F = ["An", "Els", "Katrien", "Sofie", "Inge", "Veerle", "Griet", "Nathalie",
            "Leen", "Ilse", "Karen", "Tinne", "Evelien", "Sarah", "Nele", "Liesbet",
            "Hilde", "Kim", "Annelies", "Bieke", "Fatma", "Khadija", "Samira", "Olena",
            "Malika", "Leila", "Ewa", "Marleen", "Caroline", "Joke", "Ann", "Elke"]
PARENT_M = ["Kristof", "Geert", "Tom", "Bart", "Wim", "Pieter", "Dirk", "Jan", "Stijn",
            "Koen", "Filip", "Johan", "Joris", "Bert", "Tim", "Hans", "Wouter", "Steven",
            "Mehmet", "Rachid", "Ahmed", "Youssef", "Piotr", "Andrei", "Frederik",
            "Peter", "Luc", "Sven", "Gert", "Dries"]
PROVIDERS = ["telenet.be"] * 5 + ["skynet.be"] * 2 + ["proximus.be"] * 2 + \
            ["gmail.com"] * 5 + ["hotmail.com"] * 2 + ["outlook.com", "icloud.com", "live.be"]


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", s.lower())


def build_roster():
    rng = random.Random(47)
    pupils = []
    used_names = set()
    used_parents = set()
    key_first_class = set()
    for k, f, l, c, p1, p2 in KEY_PUPILS:
        pupils.append(dict(key=k, first=f, last=l, klas=c, p1=p1, p2=p2))
        used_names.add((f, l))
        key_first_class.add((f, c))
        for p in (p1, p2):
            if p:
                used_parents.add(p)
    key_surnames = {l for _, _, l, _, _, _ in KEY_PUPILS}

    def parent_addr(first, last):
        for _ in range(50):
            pat = rng.randrange(6)
            prov = rng.choice(PROVIDERS)
            fs, ls = slug(first), slug(last)
            if pat == 0:
                loc = f"{fs}.{ls}"
            elif pat == 1:
                loc = f"{ls}.{fs}"
            elif pat == 2:
                loc = f"{fs}{ls}{rng.randrange(60, 99)}"
            elif pat == 3:
                loc = f"{fs[0]}.{ls}"
            elif pat == 4:
                loc = f"{fs}_{ls}"
            else:
                loc = f"{fs}.{ls}{rng.randrange(1, 9)}"
            a = f"{loc}@{prov}"
            if a not in used_parents:
                used_parents.add(a)
                return a
        raise RuntimeError("parent address")

    target = 300
    while len(pupils) < target:
        last = rng.choice(SURN)
        # avoid muddying the deliberate same-surname traps
        if last in key_surnames and rng.random() < 0.7:
            continue
        nkids = 2 if rng.random() < 0.14 else 1
        grades = rng.sample(range(1, 7), nkids)
        mother_last = last if rng.random() < 0.35 else rng.choice(SURN)
        mf, mm = rng.choice(PARENT_F), rng.choice(PARENT_M)
        r = rng.random()
        if r < 0.5:
            p1, p2 = parent_addr(mf, mother_last), parent_addr(mm, last)
        elif r < 0.8:
            p1, p2 = parent_addr(mm, last), parent_addr(mf, mother_last)
        else:
            p1, p2 = parent_addr(mf, mother_last), ""
        for g in grades:
            for _ in range(30):
                first = rng.choice(BOYS if rng.random() < 0.5 else GIRLS)
                klas = f"{g}{rng.choice('ABC')}"
                if (first, last) in used_names or (first, klas) in key_first_class:
                    continue
                break
            else:
                continue
            used_names.add((first, last))
            pupils.append(dict(key=None, first=first, last=last, klas=klas, p1=p1, p2=p2))
            if len(pupils) >= target:
                break
    pupils.sort(key=lambda p: (CLASSES.index(p["klas"]), slug(p["last"]), slug(p["first"])))
    seen_mail = set()
    for i, p in enumerate(pupils, 1):
        p["id"] = f"P{i:04d}"
        base = f"{slug(p['first'])}.{slug(p['last'])}"
        m, n = base, 2
        while m in seen_mail:
            m, n = f"{base}{n}", n + 1
        seen_mail.add(m)
        p["mail"] = f"{m}@{PUPILDOM}"
    return pupils


ROSTER = build_roster()
PUP = {p["key"]: p for p in ROSTER if p["key"]}


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]])


def class_parents(klas):
    out = []
    for p in ROSTER:
        if p["klas"] == klas:
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


def grade_parents(grade):
    out = []
    for p in ROSTER:
        if p["klas"].startswith(str(grade)):
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


def full(key):
    p = PUP[key]
    return f"{p['first']} {p['last']}"


# ---------------------------------------------------------------------------
# personal data helpers (valid IBAN / rijksregisternummer)
# ---------------------------------------------------------------------------
def be_iban(bank3, account7):
    base = f"{bank3}{account7}"
    chk = int(base) % 97 or 97
    bban = f"{base}{chk:02d}"
    num = int("".join(str(int(ch, 36)) for ch in bban + "BE00"))
    k = 98 - num % 97
    s = f"BE{k:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, after2000=True):
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    n = int(("2" if after2000 else "") + base)
    chk = 97 - n % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{chk:02d}"


# ---------------------------------------------------------------------------
# signatures
# ---------------------------------------------------------------------------
SIGS = {
    "hilde": "Hilde Vandenbroucke\nLeerlingensecretariaat\nSint-Pieterscollege Heverlee - Stroom",
    "hilde_tel": "Met vriendelijke groeten\n\nHilde Vandenbroucke\nLeerlingensecretariaat | Sint-Pieterscollege Heverlee\n"
                 + SCHOOL_ADDR + "\nT 016 40 12 30",
    "nadia": "Nadia Bouzid\nAanwezigheden & leerlingenadministratie",
    "nadia_tel": "Nadia Bouzid\nAanwezigheden & leerlingenadministratie\nSint-Pieterscollege Heverlee\ntel. 016/40.12.35 (afwezighedenlijn, 7u45-16u)",
    "pieter": "Pieter\nonthaal SPC",
    "koen": "Koen Lemmens\nadjunct-directeur 2e en 3e graad\nSint-Pieterscollege Heverlee",
    "koen_tel": "Koen Lemmens\nadjunct-directeur 2e en 3e graad\nSint-Pieterscollege Heverlee\n+32 16 40 12 31",
    "griet": "Griet Wuyts\ndirecteur\nSint-Pieterscollege Heverlee | Stroom",
    "bart": "Bart\n--\nBart Claes - ICT-coordinator SPC",
    "bart_tel": "Bart Claes\nICT-coördinator Sint-Pieterscollege\nGSM 0472 51 88 04 (enkel dringend)",
    "leen": "Leen De Wachter\nleerlingbegeleiding 1e graad",
    "leen_tel": "Leen De Wachter\nleerlingbegeleiding 1e graad\nSint-Pieterscollege Heverlee - 016 40 12 38",
    "sofie": "Sofie Michiels\nboekhouding & schoolrekeningen\nSint-Pieterscollege Heverlee",
    "sofie_tel": "Sofie Michiels\nboekhouding & schoolrekeningen\nSint-Pieterscollege Heverlee\nT. 016 40 12 33 (ma-di-do)",
    "marc": "Marc Vanlommel\nleerlingbegeleider 3e graad",
    "els": "Els Coppens\nzorgcoördinator\nSint-Pieterscollege Heverlee",
    "els_tel": "Els Coppens\nzorgcoördinator\nSint-Pieterscollege Heverlee\n016 40 12 37",
    "joke": "Joke Aerts\nleerlingensecretariaat (interim)",
    "tom": "Tom Verbist\nklastitularis 4B",
    "an": "An Devos\nleerkracht Frans - klastitularis 3A",
    "kris": "Kris\nopvoeder / studiemeester",
    "ruth": "Ruth Geerinckx\nleerlingensecretariaat - archief & attesten",
    "dirk": "Dirk Van Assche\nleerlingbegeleider 2e graad",
    "saar": "Saar Lievens\nonthaal & telefonie",
}

# ---------------------------------------------------------------------------
# body rendering: a body is a list of blocks; a block is a str (paragraph
# text, newlines kept) or ("table", header, rows) or ("html", raw_html, plain)
# ---------------------------------------------------------------------------


def render_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            _, head, rows = b
            lines = ["\t".join(head)] + ["\t".join(str(c) for c in r) for r in rows]
            out.append("\n".join(lines))
        elif b[0] == "html":
            out.append(b[2])
    return "\n\n".join(out).rstrip("\n") + "\n"


HTML_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\np.MsoNormal, li.MsoNormal {{margin:0cm; font-size:11.0pt; '
             'font-family:"Calibri",sans-serif;}}\ntable.tbl td, table.tbl th '
             '{{border:solid #A6A6A6 1.0pt; padding:2pt 5pt; font-size:10.0pt;}}\n'
             '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n'
             '<div class="WordSection1">\n')


def render_html(blocks, cs="utf-8"):
    out = [HTML_HEAD.format(cs=cs)]
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n\n"):
                lines = [html.escape(x, quote=False) for x in para.split("\n")]
                out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>\n")
                out.append('<p class="MsoNormal">&nbsp;</p>\n')
        elif b[0] == "table":
            _, head, rows = b
            t = ['<table class="tbl" border="1" cellspacing="0" cellpadding="0" '
                 'style="border-collapse:collapse">\n<tr>']
            t += [f'<th style="background:#DEEAF6">{html.escape(h, quote=False)}</th>' for h in head]
            t.append("</tr>\n")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{html.escape(str(c), quote=False)}</td>" for c in r) + "</tr>\n")
            t.append("</table>\n")
            out.append("".join(t))
            out.append('<p class="MsoNormal">&nbsp;</p>\n')
        elif b[0] == "html":
            out.append(b[1] + "\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="8bit"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    data = text.encode(charset)
    if all(b < 128 for b in data) and cte == "8bit":
        cte = "7bit"
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:  # 8bit
        payload = data.decode("ascii", "surrogateescape")
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def attach_part(filename, ctype, data):
    maintype, subtype = ctype.split("/", 1)
    p = MIMEBase(maintype, subtype, name=filename)
    del p["MIME-Version"]
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    try:
        filename.encode("ascii")
        p.add_header("Content-Disposition", "attachment", filename=filename)
    except UnicodeEncodeError:
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


# ---------------------------------------------------------------------------
# attachment builders (deterministic)
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 6, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs, macro=False):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}</w:body></w:document>'
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
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
        files.append(("word/vbaProject.bin", VBA_BIN))
    return _zip(files)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Blad1", macro=False):
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(str(v))}</t></is></c>')
        xrows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xrows)}</sheetData></worksheet>')
    wb_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{wb_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{html.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_BIN))
    return _zip(files)


# a fake (but recognisable) VBA project stream: OLE header + module source text
VBA_BIN = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
           + b"\x00" * 40
           + b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call ExportAfwezigheden\r\nEnd Sub\r\n"
           + b"Sub ExportAfwezigheden()\r\n  Shell \"cmd /c copy \\\\srv-adm01\\export\\*.csv C:\\temp\\\", vbHide\r\nEnd Sub\r\n"
           + b"\x00" * 64)


def make_pdf(lines, title="document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (Stroom sjablonen) "
        b"/CreationDate (D:20250106090000+01'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def fake_exe(tag):
    h = hashlib.sha256(tag.encode()).digest()
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44
            + b"\x80\x00\x00\x00" + b"This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 8 + b"PE\x00\x00L\x01\x03\x00" + h * 24)


# ---------------------------------------------------------------------------
# mail assembly
# ---------------------------------------------------------------------------
MAILS = []


def M(slug_, **kw):
    MAILS.append((slug_, kw))


def addr(spec):
    """Return (display, address) for a spec."""
    if isinstance(spec, tuple):
        return spec
    if spec in STAFF:
        return STAFF[spec]
    if spec in EXT:
        return EXT[spec]
    if spec.startswith(("p1:", "p2:")):
        p = PUP[spec[3:]]
        a = p["p1"] if spec.startswith("p1:") else p["p2"]
        assert a, spec
        return (parent_display(a), a)
    if spec.startswith("l:"):
        p = PUP[spec[2:]]
        return (f"{p['first']} {p['last']}", p["mail"])
    n, a = parseaddr(spec)
    return (n, a)


def parent_display(a):
    loc = a.split("@")[0]
    loc = re.sub(r"\d+$", "", loc)
    parts = re.split(r"[._]", loc)
    if len(parts) == 2 and all(len(x) > 1 for x in parts) and parts[1] != "family":
        return " ".join(x.capitalize() for x in parts)
    return ""


def fmt_addr(spec):
    n, a = addr(spec)
    return formataddr((n, a)) if n else a


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def parse_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Belgian DST: last Sunday of March .. last Sunday of October
    def last_sunday(y, m):
        d = datetime.date(y, m, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    summer = last_sunday(dt.year, 3) <= dt.date() < last_sunday(dt.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)


def build(num, slug_, kw):
    frm = kw["frm"]
    charset = kw.get("charset", "utf-8")
    cte = kw.get("cte", "8bit")
    kind = kw.get("kind", "plain")
    blocks = kw["body"] if isinstance(kw["body"], list) else [kw["body"]]
    atts = kw.get("att", [])

    if kind == "plain":
        body = text_part(render_plain(blocks), "plain", charset, cte)
    elif kind == "html":
        body = text_part(render_html(blocks, charset), "html", charset, kw.get("html_cte", "quoted-printable"))
    elif kind == "alt":
        body = MIMEMultipart("alternative")
        if atts:
            del body["MIME-Version"]
        body.attach(text_part(render_plain(blocks), "plain", charset, cte))
        body.attach(text_part(render_html(blocks, charset), "html", charset, kw.get("html_cte", "quoted-printable")))
        body.set_boundary(f"----=_alt_{num:03d}_{hashlib.md5(slug_.encode()).hexdigest()[:12]}")
    else:
        raise ValueError(kind)

    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fn, ct, data in atts:
            msg.attach(attach_part(fn, ct, data))
        msg.set_boundary(f"----=_mix_{num:03d}_{hashlib.md5((slug_ + 'm').encode()).hexdigest()[:12]}")
    else:
        msg = body

    dt = parse_date(kw["date"])
    hcs = "windows-1252" if charset == "windows-1252" else "utf-8"
    fdisp, faddr = addr(frm)
    msg["From"] = formataddr((fdisp, faddr), charset=hcs) if fdisp else faddr
    if kw.get("to"):
        msg["To"] = ", ".join(formataddr(addr(s), charset=hcs) if addr(s)[0] else addr(s)[1] for s in kw["to"])
    if kw.get("cc"):
        msg["Cc"] = ", ".join(formataddr(addr(s), charset=hcs) if addr(s)[0] else addr(s)[1] for s in kw["cc"])
    msg["Subject"] = enc_header(kw["subject"], hcs)
    msg["Date"] = format_datetime(dt)
    dom = faddr.split("@")[1]
    h = hashlib.sha1(f"batch47-{slug_}".encode()).hexdigest()
    msg["Message-ID"] = f"<{dt.strftime('%Y%m%d%H%M%S')}.{h[:16]}@{dom}>"
    if kw.get("reply_to_id"):
        ref = f"<{hashlib.sha1(kw['reply_to_id'].encode()).hexdigest()[:20]}@mail.example-client.net>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    ua = kw.get("ua", "outlook")
    msg["X-Mailer" if ua != "thunderbird" else "User-Agent"] = {
        "outlook": "Microsoft Outlook 16.0",
        "owa": "Microsoft Outlook Web App",
        "thunderbird": "Mozilla Thunderbird 115.6.0",
        "iphone": "iPhone Mail (21D61)",
        "gmail": "Gmail",
    }.get(ua, ua)
    if kw.get("importance"):
        msg["Importance"] = kw["importance"]
    # reorder headers so that they come first in a natural order
    payload_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
             "MIME-Version", "X-Mailer", "User-Agent", "Importance"]
    payload_headers.sort(key=lambda kv: order.index(kv[0]) if kv[0] in order else 50)
    for k, v in payload_headers:
        msg[k] = v

    env_from = kw.get("env_from") or faddr
    rcpt = []
    for s in list(kw.get("to", [])) + list(kw.get("cc", [])) + list(kw.get("bcc", [])):
        a = addr(s)[1]
        if a not in rcpt:
            rcpt.append(a)
    return msg, env_from, rcpt


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ylist(xs):
    return "[" + ", ".join(xs) + "]"


RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CATS = ["family", "psychosocial", "medical", "care", "financial"]

# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MO = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MO = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MO = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def nl_date(s):
    d = _dt(s)
    return f"{NL_WD[d.weekday()]} {d.day} {NL_MO[d.month - 1]} {d.year} {d:%H:%M}"


def outlook_quote(frm, date, to, subject, text, cc=None, lang="nl"):
    d = _dt(date)
    if lang == "fr":
        lines = [f"De : {frm}", f"Envoyé : {FR_WD[d.weekday()]} {d.day} {FR_MO[d.month - 1]} {d.year} {d:%H:%M}",
                 f"À : {to}"] + ([f"Cc : {cc}"] if cc else []) + [f"Objet : {subject}"]
    elif lang == "en":
        lines = [f"From: {frm}", f"Sent: {EN_WD[d.weekday()]}, {EN_MO[d.month - 1]} {d.day}, {d.year} {d:%I:%M %p}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
    else:
        lines = [f"Van: {frm}", f"Verzonden: {nl_date(date)}", f"Aan: {to}"] + \
                ([f"CC: {cc}"] if cc else []) + [f"Onderwerp: {subject}"]
    return "________________________________\n" + "\n".join(lines) + "\n\n" + text.strip("\n")


def gt_quote(frm, date, text, lang="nl"):
    d = _dt(date)
    if lang == "fr":
        head = f"Le {FR_WD[d.weekday()][:3]}. {d.day} {FR_MO[d.month - 1][:4]}. {d.year} à {d:%H:%M}, {frm} a écrit :"
    elif lang == "en":
        head = f"On {EN_WD[d.weekday()][:3]}, {d.day} {EN_MO[d.month - 1][:3]} {d.year} at {d:%H:%M}, {frm} wrote:"
    else:
        head = f"Op {NL_WD[d.weekday()][:2]} {d.day} {NL_MO[d.month - 1][:3]} {d.year} om {d:%H:%M} schreef {frm}:"
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def fwd_block(frm, date, to, subject, text, lang="nl"):
    d = _dt(date)
    if lang == "en":
        return ("---------- Forwarded message ---------\n" f"From: {frm}\n"
                f"Date: {EN_WD[d.weekday()][:3]}, {d.day} {EN_MO[d.month - 1][:3]} {d.year} at {d:%H:%M}\n"
                f"Subject: {subject}\nTo: {to}\n\n" + text.strip("\n"))
    return ("---------- Doorgestuurd bericht ---------\n" f"Van: {frm}\n"
            f"Date: {NL_WD[d.weekday()][:2]} {d.day} {NL_MO[d.month - 1][:3]} {d.year} om {d:%H:%M}\n"
            f"Subject: {subject}\nTo: {to}\n\n" + text.strip("\n"))


def S(key):
    return SIGS[key]


# ===========================================================================
# A. credentials (password)
# ===========================================================================
M("tablets-inkom",
  frm="nadia", to=["pieter"], date="2024-09-16 08:02", ua="iphone",
  subject="PIN tablets inkom",
  body="Pieter, de tablets aan de inkom vragen sinds de update van vanmorgen een nieuwe PIN. "
       "Het is 4817.\nKan jij dat ook aan Saar doorgeven voor de namiddag? Ik zit tot 10u in de cel.\n\n"
       "Nadia\n\nVerzonden vanaf mijn iPhone",
  rules=["password"], about=[], fmt=["plain", "short"], tag="pw",
  note="unlock PIN of the attendance tablets given in clear")

M("informat-account",
  frm="bart", to=["joke"], cc=["hilde"], date="2024-09-02 07:41",
  subject="Je account voor Informat",
  body="Dag Joke,\n\nWelkom in het team! Je account voor Informat (leerlingenadministratie) staat klaar:\n\n"
       "  gebruikersnaam: joke.aerts\n  startwachtwoord: Welkom-SPC-2425\n\n"
       "Bij de eerste aanmelding moet je het wachtwoord meteen wijzigen. Voor Smartschool krijg je "
       "een aparte uitnodiging van het platform zelf. Lukt er iets niet, kom gerust even langs in B011.\n\n"
       + S("bart"),
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="start password for the administration software in clear")

M("voicemail-afwezighedenlijn",
  frm="hilde", to=["joke"], date="2024-09-03 12:15", cte="quoted-printable",
  subject="voicemail afwezighedenlijn",
  body="Joke,\n\nNog vergeten te zeggen deze morgen: de ouders die vóór 8u bellen komen op de voicemail "
       "van de afwezighedenlijn (toestel 235). Afluisteren doe je vanop eender welk toestel met *98, "
       "dan toestel 235 en dan de code 2580 gevolgd door #.\n\nAlles wat erop staat noteer je in Informat "
       "met de juiste code (zie de lijst die ik gaf), en daarna de berichten wissen.\n\nGroetjes,\nHilde",
  rules=["password"], about=[], fmt=["plain-qp"], tag="pw",
  note="voicemail code of the absence line; extension and *98 are not secrets, 2580 is")

_newpupils = [("2C", "daria.kovalenko", "dkovalenko", "Lente-4471"),
              ("2B", "liam.obrien", "lobrien", "Rivier-2290"),
              ("4C", "imane.chahid", "ichahid", "Bloem-8812")]
_csv = "klas;voornaam;naam;gebruikersnaam;startwachtwoord;smartschool\r\n" + "".join(
    f"{k};{PUP[p]['first']};{PUP[p]['last']};{u};{pw};ja\r\n" for k, p, u, pw in _newpupils)
M("accounts-nieuwe-instromers",
  frm="bart", to=["hilde"], date="2024-10-07 15:20", ua="thunderbird",
  subject="accounts nieuwe instromers (csv)",
  body="Hoi Hilde,\n\nIn bijlage de accounts voor de drie nieuwe leerlingen van na de herfst. "
       "Kan jij de briefjes afdrukken en meegeven met de klastitularis? Ze moeten bij de eerste "
       "aanmelding zelf een nieuw wachtwoord kiezen.\n\n" + S("bart"),
  att=[("accounts_instromers_okt.csv", "text/csv", _csv.encode("utf-8"))],
  rules=["password"], about=["daria.kovalenko", "liam.obrien", "imane.chahid"],
  fmt=["plain", "attachment-csv"], tag="pw",
  note="csv attachment with start passwords of three named pupils")

M("archief-k012",
  frm="ruth", to=["joke"], date="2024-10-14 09:47",
  subject="archief K012",
  body="Dag Joke,\n\nVoor de oude dossiers moet je in het archief zijn, lokaal K012 in de kelder "
       "(trap naast de refter). Het klavier aan de deur is sinds vorige week aangepast, de code is nu 7391 "
       "en dan het sterretje.\nDe dossiers van de schooljaren 2015-2019 staan in rek 4, alfabetisch per "
       "jaar van uitschrijving.\n\nRuth\n\n" + S("ruth"),
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="door code of the archive (room number K012 and rack 4 are not secrets)")

M("inschrijvingsdagen-praktisch",
  frm="koen", to=["hilde", "joke", "ruth"], date="2025-03-10 16:05",
  subject="Inschrijvingsdagen 22-23 maart: praktisch",
  body=["Beste collega's,\n\nNog enkele praktische afspraken voor de inschrijvingsdagen van zaterdag 22 en "
        "zondag 23 maart:",
        "- we werken in de refter met 4 tafels, elk met een laptop (Bart zet ze vrijdag klaar)\n"
        "- ouders brengen de identiteitskaart van hun kind mee; we scannen niets, we noteren enkel wat nodig is\n"
        "- voor ouders die online iets willen opzoeken is er gastwifi: netwerk SPC-Inschrijving, "
        "sleutel Dijle-Stroom-0325 (graag niet op een affiche zetten, enkel mondeling geven)\n"
        "- broodjes om 12u30 in B012",
        "Bedankt alvast!\n\n" + S("koen")],
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="Wi-Fi key of the guest network in a practical mail")

M("kluis-secretariaat",
  frm="griet", to=["hilde"], date="2024-11-04 18:32", ua="owa",
  subject="kluis",
  body="Hilde,\n\nIk ben morgen de hele dag op de directieraad in Leuven. Mocht je aan de blanco "
       "getuigschriften of aan het wisselgeld moeten: de kluis in het secretariaat gaat open met 3-7-1-9-0 "
       "(draaien tot de klik, dan de hendel).\n\nGriet\n\n" + S("griet"),
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="safe code spelled with hyphens")

M("kopieren",
  frm="pieter", to=["joke"], date="2024-09-04 10:11",
  subject="kopieren",
  body="Joke, je persoonlijke kopieercode voor de Canon aan het secretariaat is 55123 (print en kopie). "
       "Badge komt later.\nPieter",
  rules=["password"], about=[], fmt=["plain", "short"], tag="pw",
  note="personal copier code")

M("gedeelde-mailbox-afwezigheden",
  frm="nadia", to=["joke"], date="2024-09-05 13:58",
  subject="gedeelde mailbox afwezigheden",
  body="Hey Joke,\n\nZoals beloofd. Het wachtwoord van de gedeelde mailbox van de afwezigheden staat "
       "hieronder in stukjes (niet kopiëren met de spaties erbij):\n\n"
       "Stroom\n-\nHev\n2025\n!\n\nAlles aan elkaar dus. Na je eerste aanmelding mag je deze mail "
       "verwijderen hé :-)\n\nNadia",
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="shared-mailbox password split over five lines")

M("re-lukt-niet-in-te-loggen",
  frm="hilde", to=["joke"], date="2024-09-09 08:26", ua="iphone",
  subject="Re: lukt niet om in te loggen",
  body="Joke, ik heb het gereset. Tijdelijk wachtwoord is: hoofdletter K, dan kleine letters "
       "a t e r, dan het getal achtenveertig en een uitroepteken op het einde. Dus zoals de kat :-)\n\n"
       "Hilde\n\n" + gt_quote("Joke Aerts <joke.aerts@sintpieterscollege.be>", "2024-09-09 08:19",
                               "Hilde, Informat zegt 'account geblokkeerd'. Ik zal 3x verkeerd getypt hebben :-(\nJoke"),
  reply_to_id="joke-login-0909",
  rules=["password"], about=[], fmt=["plain", "reply"], tag="pw",
  note="temporary password spelled out in words (Kater48!)")

M("mfa-gedeelde-mailbox",
  frm="bart", to=["nadia"], date="2024-10-01 11:30",
  subject="MFA gedeelde mailbox - herstelcodes",
  body="Dag Nadia,\n\nDe gedeelde mailbox afwezigheden@ staat nu ook op tweestapsverificatie. Als de "
       "gsm van de permanentie ooit kwijt is, kan je binnen met één van deze herstelcodes (elke code werkt "
       "maar één keer):\n\n  4821-0937\n  5516-2283\n  7740-1158\n  9902-6634\n  3317-4470\n\n"
       "Print ze af en leg ze in de kluis, en verwijder dan deze mail.\n\n" + S("bart"),
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="recovery codes for the shared mailbox")

M("fw-verificatiecode",
  frm="nadia", to=["bart"], date="2024-10-02 07:55",
  subject="FW: Uw verificatiecode",
  body="Bart, dit kwam net binnen op de gsm van de permanentie, is dat van jou? Jij was toch bezig met de "
       "mailbox?\n\n" + fwd_block("Microsoft-accountteam <account-security-noreply@accountprotection.microsoft.com>",
                                 "2024-10-02 07:53", "afwezigheden", "Uw verificatiecode",
                                 "Gebruik de volgende beveiligingscode voor het account af***@spc.ksleuven.be.\n\n"
                                 "Beveiligingscode: 604219\n\nAls u deze code niet hebt aangevraagd, kunt u deze "
                                 "e-mail negeren."),
  rules=["password"], about=[], fmt=["plain", "forward"], tag="pw",
  note="forwarded one-time security code")

M("re-pc-studiezaal",
  frm="nadia", to=["kris"], date="2024-11-12 10:40",
  subject="RE: pc studiezaal",
  body="Dag Kris,\n\nDe lokale gebruiker op de pc in de studiezaal is 'studie' en het wachtwoord is "
       "Afw3z!g#Hev (met de hoofdletter A). Niet doorgeven aan de leerlingen he ;-)\n\nNadia\n\n"
       + outlook_quote("Kris Dierickx", "2024-11-12 10:31", "Nadia Bouzid", "pc studiezaal",
                       "Nadia, weet jij hoe ik op de pc in de studiezaal geraak om de afwezigheden van het "
                       "7e lesuur in te geven? Er staat een ander scherm dan normaal.\nKris"),
  reply_to_id="kris-pc-1112",
  rules=["password"], about=[], fmt=["plain", "reply"], tag="pw",
  note="local PC password in a reply")

M("overzicht-tablets-na-update",
  frm="bart", to=["nadia", "pieter"], date="2024-09-16 16:44", kind="html",
  subject="Overzicht aanwezigheidstablets na update",
  body=["Hallo allebei,",
        "Na de update van vandaag zijn alle vier de tablets opnieuw ingesteld. Hieronder het overzicht. "
        "De toestel-PIN is wat je nodig hebt om het scherm te ontgrendelen; de beheerders-PIN enkel als de "
        "kiosk-app vastloopt.",
        ("table", ["Tablet", "Locatie", "Serienummer", "Toestel-PIN", "Beheerders-PIN"],
         [["T1", "inkom Sint-Pietersdreef", "PX10-44102", "4817", "90213"],
          ["T2", "inkom fietsenstalling", "PX10-44103", "4817", "90213"],
          ["T3", "secretariaat (reserve)", "PX10-44377", "1606", "77450"],
          ["T4", "studiezaal", "PX10-44378", "1606", "77450"]]),
        "Mvg,\nBart"],
  rules=["password"], about=[], fmt=["html-only", "table"], tag="pw",
  note="HTML table with device and admin PINs (serial numbers are look-alikes)")

M("remote-session-kiosk",
  frm="nadia", to=["presentix_jan"], date="2024-09-17 09:12",
  subject="RE: remote session kiosk console - ticket INC-20388",
  body="Hi Jan,\n\nAs requested for the remote session this morning, the admin login for the kiosk console:\n\n"
       "user: spc-admin\npassword: Kiosk#Hev2024\n\nPlease let me know when you are done so Bart can change it "
       "again.\n\nKind regards,\nNadia Bouzid\nSint-Pieterscollege Heverlee\n\n"
       + outlook_quote("Jan Wyns <jan.wyns@presentix.be>", "2024-09-16 17:02", "Nadia Bouzid",
                       "remote session kiosk console - ticket INC-20388",
                       "Hello Nadia,\n\nTo investigate the sync problem between the tablets and your administration "
                       "software I need admin access to the kiosk console. Could you send me the credentials "
                       "before 9:30 tomorrow?\n\nBest regards,\nJan Wyns\nPresentix support", lang="en"),
  reply_to_id="presentix-inc-20388",
  rules=["password"], about=[], lang="en", fmt=["plain", "reply"], tag="pw",
  note="admin credentials sent to the vendor in English")

M("acces-batiment",
  frm="hilde", to=["celine"], date="2025-01-08 12:02", charset="windows-1252", cte="quoted-printable",
  subject="Accès bâtiment - porte arrière",
  body="Bonjour Céline,\n\nBienvenue chez nous pour ce remplacement ! Le matin, l'entrée principale n'ouvre qu'à "
       "7h45. Si vous arrivez plus tôt, vous pouvez passer par la porte arrière (côté parking vélos) : "
       "le code est 1945 suivi de #.\n\nPour le reste, Pieter à l'accueil vous donnera votre badge et la clé de "
       "votre casier.\n\nBonne journée,\nHilde",
  rules=["password"], about=[], lang="fr", fmt=["plain-cp1252", "plain-qp"], tag="pw",
  note="door code in French, windows-1252 quoted-printable")

_docx_manual = make_docx([
    "Handleiding leerlingensecretariaat - schooljaar 2024-2025",
    "1. Afwezigheden: elke ochtend om 8u35 de lijst van de tablets controleren en in Informat verwerken.",
    "2. Briefjes van ouders en attesten: scannen naar de map Afwezigheden op de S-schijf, origineel in het bakje.",
    "3. Toegangen:",
    "   Informat: gebruiker secr02 - wachtwoord Dijle!2025",
    "   Smartschool beheer: via je eigen account (rechten aangevraagd)",
    "   Telefoon toestel 230: voicemail-code 7410",
    "4. Attesten van inschrijving: sjabloon op de S-schijf, nummering AI-jaar-volgnummer.",
    "5. Bij twijfel: Hilde (toestel 230) of Nadia (toestel 235).",
])
M("handleiding-secretariaat",
  frm="hilde", to=["joke"], date="2024-09-02 16:50",
  subject="handleiding",
  body="Dag Joke,\n\nIn bijlage de handleiding die ik voor jou heb samengesteld. Alles staat erin, ook de "
       "toegangen, dus bewaar hem goed.\n\nTot morgen!\nHilde",
  att=[("Handleiding_secretariaat_2024-2025.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx_manual)],
  rules=["password"], about=[], fmt=["plain", "attachment-docx"], tag="pw",
  note="docx attachment contains a login password and a voicemail code")

_xlsx_phones = make_xlsx([
    ["Toestel", "Naam", "Functie", "Voicemail-PIN"],
    [230, "Hilde Vandenbroucke", "leerlingensecretariaat", "7410"],
    [231, "Koen Lemmens", "adjunct-directeur", "3355"],
    [235, "Afwezighedenlijn", "aanwezigheden", "2580"],
    [236, "Saar Lievens", "onthaal", "1199"],
    [238, "Leen De Wachter", "leerlingbegeleiding", "6024"],
], sheet="Toestellen")
M("toestellen-telvox",
  frm="saar", to=["bart"], date="2024-12-02 14:18",
  subject="lijst toestellen voor Telvox",
  body="Bart,\n\nHier de lijst die Telvox vroeg voor de migratie van de centrale, met de voicemail-pins "
       "erbij zodat ze die kunnen overzetten. Kan jij ze doorsturen?\n\nSaar\n\n" + S("saar"),
  att=[("toestellen_centrale_dec2024.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx_phones)],
  rules=["password"], about=[], fmt=["plain", "attachment-xlsx"], tag="pw",
  note="xlsx attachment with voicemail PINs per extension")

_handover = [
    "Overdracht aanwezigheden - periode 3 maart tot 18 april (zwangerschapsverlof Nadia)",
    "Beste Joke,",
    "Zoals afgesproken zet ik hier alles op een rij. Ik heb het in Word getypt, dus excuseer de opmaak.",
    "1. Dagelijkse routine\n"
    "- 8u35: lijst van de tablets nakijken, laatkomers verwerken met code L\n"
    "- 9u00: ouders die niet verwittigden opbellen (lijst in Informat > Afwezigheden > Ongewettigd)\n"
    "- briefjes en attesten inscannen, origineel in het bakje op mijn bureau\n"
    "- elke vrijdag: overzicht B-codes naar Koen en Leen",
    "2. Lopende dossiers die je moet kennen\n"
    "- Nora Van Hove (5C): ligt sinds 24/2 in het ziekenhuis na haar operatie aan de rug, TOAH is aangevraagd. "
    "Elke week komt er een attest van de ziekenhuisschool, dat is code Z en je hoeft de ouders niet te bellen.\n"
    "- Lien De Keyser (1A): heeft sinds januari een aangepast uurrooster (voormiddagen) omdat ze door haar "
    "angststoornis niet naar school geraakte. Afwezigheden in de namiddag niet als B ingeven! Leen volgt op met het CLB.\n"
    "- Rayan Ouali (5B): dossier problematische afwezigheden loopt, CLB is op de hoogte. Elke B-code meteen doorgeven aan Leen.",
    "3. Toegangen\n"
    "Tot Bart je rechten op de module aanwezigheden heeft aangepast, kan je aanmelden met de vervangaccount:\n"
    "gebruiker: nbo-vervanging\nwachtwoord: Zomer#2025",
    "4. Bij problemen\nKoen (toestel 231) of Hilde. Ik ben niet bereikbaar, en dat is de bedoeling :-)",
    "Heel veel succes en bedankt!\nNadia",
]
M("overdracht-aanwezigheden-verlof",
  frm="nadia", to=["joke"], cc=["koen"], date="2025-02-28 15:37", kind="alt",
  subject="Overdracht aanwezigheden tijdens mijn verlof",
  body=_handover,
  rules=["password", "sensitive"], cats=["medical", "psychosocial", "care"],
  about=["nora.vanhove", "lien.dekeyser", "rayan.ouali"],
  fmt=["alt", "long", "word-paste"], tag="pw",
  note="handover note: replacement account password plus hospital/anxiety/CLB facts about three pupils")

M("beheerportaal-centrale",
  frm="bart", to=["saar"], date="2024-12-09 10:03",
  subject="beheerportaal centrale",
  body="Saar,\n\nTelvox heeft de nieuwe centrale geactiveerd. Voor het doorschakelen van de afwezighedenlijn "
       "tijdens de vakantie kan je zelf in het beheerportaal:\n\nhttps://portal.telvox.be/spc-heverlee\n"
       "login: admin.spc\nww: Tel#Spc88\n\nGraag enkel het doorschakelschema aanpassen, de rest niet aanraken aub.\n\n"
       + S("bart"),
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="phone system portal admin login")

M("maandag-opening",
  frm="koen", to=["pieter"], date="2025-01-03 19:12", ua="iphone",
  subject="maandag opening",
  body="Pieter, maandag ben jij de eerste (7u15). Alarmcode: 0815 en dan OFF. Als hij toch afgaat en de "
       "meldkamer belt, is het codewoord 'Dijlevallei'. Ik ben er vanaf 7u45.\nKoen",
  rules=["password"], about=[], fmt=["plain", "short"], tag="pw",
  note="alarm code and the alarm centre's code word")

M("smartschool-parent-account-daria",
  frm="hilde", to=["p1:daria.kovalenko"], date="2024-10-08 11:22",
  subject="Smartschool parent account - Daria Kovalenko (2C)",
  body="Dear Mrs Kovalenko,\n\nWelcome to Sint-Pieterscollege! As promised at the enrolment, here are the "
       "details of your parent account (co-account) for Smartschool, where you can follow Daria's timetable, "
       "absences and messages from the teachers:\n\n"
       "Website: https://spc-heverlee.smartschool.be\nUsername: dkovalenko\nCo-account: 1\n"
       "Start password: Xk7p-29qa-Lm\n\nYou will be asked to choose a new password the first time you log in. "
       "If you have any problems, you can always come to the pupil administration office.\n\n"
       "Kind regards,\nHilde Vandenbroucke\nPupil administration",
  rules=["password"], about=["daria.kovalenko"], lang="en", fmt=["plain"], tag="pw", corr=True,
  note="parent co-account start password, correctly addressed")

M("co-account-mohamed",
  frm="hilde", to=["p2:ilias.elamrani"], date="2024-10-08 11:35",
  subject="Co-account Smartschool voor Mohamed Amrani (6C)",
  body="Geachte heer Amrani,\n\nU vroeg ons vorige week om de gegevens van uw co-account opnieuw te bezorgen. "
       "Hierbij de gegevens voor het account van Mohamed (6C):\n\n"
       "gebruikersnaam: mamrani\nco-account: 1\nstartwachtwoord: Pq8s-41vd-Rt\n\n"
       "Na de eerste aanmelding vraagt Smartschool u een eigen wachtwoord te kiezen.\n\n"
       "Met vriendelijke groeten,\n\n" + S("hilde"),
  rules=["password", "recipient"], about=["mohamed.amrani"], mis=True, fmt=["plain"], tag="pw",
  note="co-account password for Mohamed Amrani sent to the father of the El Amrani siblings (autocomplete on 'amrani')")

_wifi_b64 = ("Beste collega's,\n\nVanaf maandag 6 januari verandert de wifi-sleutel van het personeelsnetwerk "
             "SPC-Staff. De nieuwe sleutel is:\n\n    Heverlee-Dijle-7731\n\nLaptops van de school worden "
             "automatisch aangepast. Op je eigen gsm of tablet moet je het netwerk 'vergeten' en opnieuw "
             "verbinden.\n\nHet gastnetwerk blijft ongewijzigd.\n\nBart\nICT")
M("wifi-personeelsnetwerk",
  frm="bart", to=["bart"], bcc=["personeel"], date="2025-01-03 11:00", cte="base64",
  subject="Nieuwe wifi-sleutel personeelsnetwerk",
  body=_wifi_b64,
  rules=["password"], about=[], fmt=["plain-base64", "bcc-envelope"], tag="pw",
  note="staff Wi-Fi key, base64 body, staff list correctly in BCC")

M("archiefweb",
  frm="ruth", to=["joke"], date="2024-11-18 14:09", charset="windows-1252", cte="quoted-printable",
  subject="ArchiefWeb",
  body="Dag Joke,\n\nVoor de opzoekingen in de gedigitaliseerde dossiers (vóór 2015) gebruiken we ArchiefWeb "
       "van het depot. Er is één gezamenlijke login voor het secretariaat:\n\n"
       "gebruiker: spc_secretariaat\nwachtwoord: Depot€2024spc\n\nDe zoekfunctie werkt op naam én op "
       "stamboeknummer. Kopieën van getuigschriften mag je rechtstreeks downloaden.\n\nRuth",
  rules=["password"], about=[], fmt=["plain-cp1252", "plain-qp"], tag="pw",
  note="archive database login, cp1252 with a euro sign in the password")

M("leerlingenkaarten-printer",
  frm="pieter", to=["joke"], date="2024-09-19 15:31",
  subject="leerlingenkaarten",
  body="Joke,\n\nVoor de nieuwe leerlingenkaarten: de kaartprinter staat in het lokaaltje achter het onthaal. "
       "De software start je met de pincode 2468, dezelfde code opent ook de lade met de blanco kaarten.\n"
       "Foto's staan in Smartschool.\n\nPieter",
  rules=["password"], about=[], fmt=["plain"], tag="pw",
  note="card printer PIN")

M("fw-presentix-account",
  frm="nadia", to=["hilde"], date="2024-09-20 08:48",
  subject="Fwd: Your Presentix account",
  body="Hilde, ter info, dit is de login voor het dashboard van de tablets, voor als ik er niet ben. "
       "Best eens aanmelden en het wachtwoord veranderen.\n\n"
       + fwd_block("Presentix <no-reply@presentix.be>", "2024-09-19 17:14", "nadia.bouzid@sintpieterscollege.be",
                   "Your Presentix account",
                   "Hello,\n\nAn account has been created for you on the Presentix dashboard.\n\n"
                   "Login: nadia.bouzid@sintpieterscollege.be\nYour temporary password is: Tq9!vR2m\n\n"
                   "Please change it after your first login.\n\nThe Presentix team", lang="en"),
  rules=["password"], about=[], fmt=["plain", "forward"], tag="pw",
  note="forwarded vendor mail with temporary password")

M("file-tot-straks",
  frm="nadia", to=["joke"], date="2024-10-22 07:58", ua="iphone",
  subject="ww afwezigheden = Heverlee2025!",
  body="zie onderwerp, ik sta in de file, tot straks",
  rules=["password"], about=[], fmt=["plain", "short", "subject-only"], tag="pw",
  note="password in the Subject header")

M("toegangen-voor-thuis",
  frm="hilde", to=["hilde_priv"], date="2025-04-04 17:25",
  subject="toegangen (voor thuis)",
  body="Informat: hvb / Secr!2025-Hev\nSmartschool beheer: via eigen account\nArchiefWeb: spc_secretariaat / Depot€2024spc\n"
       "voicemail 230: 7410\n\n(om in de paasvakantie de inschrijvingen af te werken)",
  rules=["password", "private_account"], about=[], fmt=["plain", "to-private"], tag="pw",
  note="staff member mails the office's logins to her own gmail")

M("laatkomers-tablets-inkom",
  frm="nadia", to=["nadia"], bcc=["personeel"], date="2024-09-23 07:30",
  subject="Laatkomers: tablets aan de inkom",
  body="Beste collega's,\n\nVanaf vandaag registreren laatkomers zich zelf met hun leerlingenkaart op de tablets "
       "aan de inkom. Staat een tablet op zwart of vergrendeld, dan kan je hem ontgrendelen met de PIN 2207. "
       "Stuur de leerling daarna gewoon naar de les; het briefje volgt via Smartschool.\n\n"
       "Dank voor jullie medewerking!\n\n" + S("nadia"),
  rules=["password"], about=[], fmt=["plain", "bcc-envelope"], tag="pw",
  note="tablet PIN sent to all staff (BCC is fine, the PIN is not)")

M("sleutel-archief",
  frm="ruth", to=["joke"], date="2025-02-10 12:44",
  subject="sleutel archief",
  body="Joke, ik ben morgen thuis. De sleutel van de archiefkasten hangt in de sleutelkast naast het kopieertoestel, "
       "haakje 12. Code van de sleutelkast: 4-4-0-9. Leg hem nadien terug aub!\nRuth",
  rules=["password"], about=[], fmt=["plain", "short"], tag="pw",
  note="key cabinet code")

M("vpn-thuiswerk",
  frm="bart", to=["hilde"], date="2025-04-03 10:20",
  subject="thuiswerk tijdens paasvakantie",
  body="Dag Hilde,\n\nJe vroeg of je in de paasvakantie van thuis aan Informat kan. Dat kan via de vpn:\n\n"
       "1. installeer FortiClient (staat in het Bedrijfsportaal)\n2. server: vpn.spc.ksleuven.be\n"
       "3. gebruiker: hvb\n4. eenmalig wachtwoord voor de eerste verbinding: Rx4-Hv9-Lq2\n\n"
       "Daarna koppel je de Authenticator-app op je gsm. Werk je thuis aub niet met documenten op je eigen "
       "laptop opslaan.\n\n" + S("bart_tel"),
  rules=["password", "personal_data"], about=[], fmt=["plain"], tag="pw",
  note="one-time VPN password; signature carries a mobile number")

M("re-re-pc-studiezaal",
  frm="kris", to=["nadia"], date="2024-11-12 11:05",
  subject="RE: RE: pc studiezaal",
  body="Gelukt, merci! En ja, ik weet het, geen wachtwoorden via mail, ik verwijder hem direct.\nKris\n\n"
       + outlook_quote("Nadia Bouzid", "2024-11-12 10:40", "Kris Dierickx", "RE: pc studiezaal",
                       "Dag Kris,\n\nDe lokale gebruiker op de pc in de studiezaal is 'studie' en het wachtwoord is "
                       "Afw3z!g#Hev (met de hoofdletter A). Niet doorgeven aan de leerlingen he ;-)\n\nNadia"),
  reply_to_id="kris-pc-1112b",
  rules=["password"], about=[], fmt=["plain", "reply"], tag="pw",
  note="the reply says 'no passwords by mail' but quotes the password")

M("archiefweb-2fa",
  frm="bart", to=["ruth"], date="2024-11-19 09:15",
  subject="ArchiefWeb 2FA",
  body="Ruth,\n\nHet depot heeft tweestapsverificatie aangezet. In bijlage de back-upcodes voor de "
       "secretariaatslogin. Graag afdrukken en in de kluis leggen.\n\nBart",
  att=[("backupcodes_archiefweb.txt", "text/plain",
        b"ArchiefWeb - back-upcodes spc_secretariaat\r\n(elke code is 1x bruikbaar)\r\n\r\n"
        b"8841 2207\r\n1093 5576\r\n6620 4418\r\n3057 9913\r\n7724 0186\r\n5512 8830\r\n")],
  rules=["password"], about=[], fmt=["plain", "attachment-txt"], tag="pw",
  note="backup codes in a .txt attachment")

M("gsm-permanentie",
  frm="leen", to=["marc"], date="2025-01-10 15:52",
  subject="gsm permanentie volgende week",
  body="Marc,\n\nVolgende week heb jij de gsm van de permanentie (0471 23 45 60). Ik leg hem maandag in je bakje.\n"
       "PIN: 1234 (ja, ik weet het...)\nPUK als hij blokkeert: 88217734\n\nOuders van de 1e graad bellen soms "
       "al om 7u30, zet hem dus 's morgens aan.\n\nLeen",
  rules=["password", "personal_data"], about=[], fmt=["plain"], tag="pw",
  note="PIN and PUK of the permanence phone, plus its mobile number")


# ===========================================================================
# B. look-alikes for password (no secret)
# ===========================================================================
M("fw-wachtwoord-verloopt",
  frm="joke", to=["bart"], date="2024-11-25 08:12",
  subject="FW: Uw wachtwoord verloopt binnenkort",
  body="Hoi Bart, is dit echt of is dit phishing? Ik krijg dit sinds vrijdag elke dag. Ik heb nergens op "
       "geklikt.\nJoke\n\n"
       + fwd_block("IT Stroom <noreply@lksd.ksleuven.be>", "2024-11-22 06:00", "joke.aerts@sintpieterscollege.be",
                   "Uw wachtwoord verloopt binnenkort",
                   "Beste gebruiker,\n\nHet wachtwoord van uw Stroom-account verloopt over 7 dagen. Wijzig het via "
                   "Ctrl+Alt+Del > Wachtwoord wijzigen op een schoolcomputer, of via de portaalsite.\n\n"
                   "Wij zullen u nooit vragen om uw wachtwoord via e-mail door te geven.\n\nIT Stroom"),
  rules=[], about=[], fmt=["plain", "forward"], tag="look",
  note="password-expiry notice without any password")

M("re-wachtwoord-verloopt",
  frm="bart", to=["joke"], date="2024-11-25 08:40",
  subject="RE: FW: Uw wachtwoord verloopt binnenkort",
  body="Dag Joke,\n\nDie is echt, geen zorgen. Gewoon op een pc van de school Ctrl+Alt+Del doen en 'Wachtwoord "
       "wijzigen' kiezen. Minstens 12 tekens, en niet hetzelfde als de vorige drie keer.\n\nVergeet je het ooit, "
       "dan reset de helpdesk het; je krijgt dan een tijdelijk wachtwoord via sms, nooit via mail.\n\n" + S("bart"),
  reply_to_id="joke-expiry-1125",
  rules=[], about=[], fmt=["plain", "reply"], tag="look",
  note="how-to about changing a password, no password given")

M("legende-afwezigheidscodes",
  frm="nadia", to=["joke"], date="2024-09-03 14:20", kind="alt",
  subject="codes afwezigheden Informat",
  body=["Dag Joke,",
        "Hier de legende van de codes die wij gebruiken in de module aanwezigheden. Hang hem gerust naast je scherm.",
        ("table", ["Code", "Betekenis", "Verantwoording"],
         [["|", "aanwezig", "-"],
          ["L", "laatkomer (na 8u30)", "registratie tablet"],
          ["R", "ziekte, briefje ouders (max. 4x per schooljaar)", "briefje ouders"],
          ["Z", "ziekte met medisch attest", "attest arts"],
          ["F", "familiale reden (huwelijk, begrafenis, ...)", "bewijsstuk"],
          ["P", "persoonlijke reden met toestemming directie", "toestemming"],
          ["E", "extra-murosactiviteit / sportwedstrijd", "-"],
          ["S", "preventieve schorsing / tijdelijke uitsluiting", "beslissing directie"],
          ["B", "problematische afwezigheid, niet gewettigd", "-"]]),
        "Codes R en Z tellen mee voor de telling van de 4 briefjes. Twijfel je: laat het veld leeg en vraag het mij.",
        "Nadia"],
  rules=[], about=[], fmt=["alt", "table"], tag="look",
  note="legend of absence codes: codes that open nothing, no pupils")

M("attest-inschrijving-delijn-warre",
  frm="hilde", to=["p1:warre.thys"], date="2024-09-12 10:05",
  subject="Attest van inschrijving Warre Thys",
  body="Beste mevrouw Thys,\n\nIn bijlage vindt u het attest van inschrijving voor Warre (3C), nummer "
       "AI-2024-0387, voor de aanvraag van zijn abonnement bij De Lijn. Het attest is geldig voor het volledige "
       "schooljaar 2024-2025.\n\nMet vriendelijke groeten,\n\n" + S("hilde"),
  att=[("AI-2024-0387_Thys_Warre.pdf", "application/pdf",
        make_pdf(["Sint-Pieterscollege Heverlee", "ATTEST VAN INSCHRIJVING nr. AI-2024-0387",
                  "De directie verklaart dat Warre Thys ingeschreven is in klas 3C",
                  "voor het schooljaar 2024-2025.", "Heverlee, 12 september 2024", "Griet Wuyts, directeur"],
                 "Attest van inschrijving"))],
  rules=[], about=["warre.thys"], fmt=["plain", "attachment-pdf"], tag="look", nonsens=True, corr=True,
  note="certificate number is a look-alike; a bus-pass certificate is not sensitive")

M("dossiernummer-archief-kopie-diploma",
  frm="ruth", to=["archief"], date="2024-10-21 11:32",
  subject="Opvraging dossier 24/117 - doos 33",
  body="Goedemorgen,\n\nGraag hadden wij uit ons gedeponeerd archief het volgende dossier teruggekregen:\n\n"
       "  dossiernummer: 24/117\n  doos: 33 (uitschrijvingen 2016)\n  stamboeknummer: 2010/0412\n\n"
       "Het gaat om een oud-leerling die een kopie van het diploma secundair onderwijs nodig heeft. Mag het met "
       "de volgende levering mee?\n\nAlvast bedankt,\n\n" + S("ruth"),
  rules=[], about=[], fmt=["plain"], tag="look",
  note="file, box and register numbers are look-alikes; no pupil identifiable")

M("teams-overleg-afwezigheden-clb",
  frm="koen", to=["clb"], cc=["leen", "marc"], date="2024-10-15 13:10", kind="html",
  subject="Overleg CLB - aanpak problematische afwezigheden (algemeen)",
  body=["Dag Ellen,",
        "Zoals besproken plannen we een overleg over de algemene aanpak van problematische afwezigheden dit "
        "schooljaar (stappenplan, wie belt wanneer, welke termijnen). Individuele leerlingen bespreken we op het "
        "MDO zelf.",
        ("html", '<p class="MsoNormal"><b>Microsoft Teams-vergadering</b><br>Deelnemen op je computer, '
                 'mobiele app of ruimteapparaat<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_'
                 'NjQ1ZmE3OGQtYjE0Ny00Y2Rj%40thread.v2/0">Nu deelnemen aan de vergadering</a><br>'
                 'Vergaderings-ID: 372 918 446 105<br>Wachtwoordcode: Ux7qP3</p>',
         "Microsoft Teams-vergadering\nNu deelnemen: https://teams.microsoft.com/l/meetup-join/...\n"
         "Vergaderings-ID: 372 918 446 105\nWachtwoordcode: Ux7qP3"),
        "Dinsdag 22 oktober om 14u, duurt max. een uur.",
        "Groeten,\nKoen"],
  rules=[], about=[], fmt=["html-only", "meeting-invite"], tag="look",
  note="Teams invitation with meeting passcode (allowed); one external recipient only")

M("inhaaltoets-lokaal-vakcode",
  frm="joke", to=["an"], date="2025-01-21 12:30",
  subject="inhaaltoetsen woensdag",
  body="Dag An,\n\nDe inhaaltoetsen van woensdagnamiddag gaan door in lokaal B204 (niet B104 zoals op de "
       "planning stond). Voor Frans staan er 3 toetsen klaar onder vakcode FRA-3A-04 in de map op het "
       "secretariaat, en de toezicht is Kris.\n\nJoke",
  rules=[], about=[], fmt=["plain"], tag="look",
  note="room numbers and a course code, nothing secret")

M("betaling-drukker-mededeling",
  frm="sofie", to=["drukker"], date="2024-10-03 09:25",
  subject="Betaling factuur 2024-1187 (attestpapier)",
  body="Geachte,\n\nUw factuur 2024-1187 voor 5000 vel voorgedrukt attestpapier (bestelbon SPC-2024-0193) werd "
       "vandaag betaald met gestructureerde mededeling +++250/0193/04712+++.\n\nKunnen jullie bij de volgende "
       "levering ook 500 enveloppen C5 met venster meesturen?\n\nMet vriendelijke groeten,\n\n" + S("sofie"),
  rules=[], about=[], fmt=["plain"], tag="look",
  note="invoice number, order number and payment reference are not secrets")

M("bestelling-extra-tablets",
  frm="nadia", to=["presentix"], cc=["bart"], date="2025-02-04 10:50",
  subject="Bestelling PO-2025-0214 - 2 extra kiosktablets",
  body="Goedemorgen,\n\nWij bevestigen graag de bestelling PO-2025-0214 voor twee extra kiosktablets (met "
       "muurhouder). De leveringsbon vermeldt serienummers PX10-44718 en PX10-44719; klopt het dat die al aan ons "
       "account gekoppeld zijn?\n\nLevering graag aan het onthaal, " + SCHOOL_ADDR + ".\n\nMvg,\nNadia Bouzid\n"
       "Sint-Pieterscollege Heverlee",
  rules=[], about=[], fmt=["plain"], tag="look",
  note="order and serial numbers, no PIN")

M("klascode-classroom-inhaalmoment",
  frm="koen", to=["an"], date="2025-03-17 08:05",
  subject="Classroom inhaalmoment 3e graad",
  body="An, kan jij de klascode van de Classroom 'Inhaalmoment 3e graad' op het bord zetten bij je les in 5C? "
       "De code is 7kqm2xd. Leerlingen die een toets gemist hebben vinden daar de planning.\nThx\nKoen",
  rules=[], about=[], fmt=["plain", "short"], tag="look",
  note="class code for a course: explicitly allowed look-alike")

M("je-accounts",
  frm="bart", to=["celine"], date="2025-01-07 16:40",
  subject="Je accounts",
  body="Bonjour Céline,\n\nJe accounts (Smartschool, Informat, wifi) zijn aangemaakt. Je gebruikersnaam is "
       "celine.marchal. Het startwachtwoord geef ik je morgen persoonlijk aan het onthaal, dat sturen we nooit "
       "per mail.\n\nTot morgen,\n\n" + S("bart"),
  rules=[], about=[], fmt=["plain"], tag="look",
  note="username only; the password is handed over in person")

M("ticket-tablet-t2",
  frm="nadia", to=["presentix"], date="2024-11-06 08:51",
  subject="Ticket INC-20417 - tablet T2 aanvaardt PIN niet meer",
  body="Goedemorgen,\n\nSinds de update van gisterenavond aanvaardt tablet T2 (serienummer PX10-44103) de "
       "toestel-PIN niet meer; na drie pogingen blokkeert hij 5 minuten. T1 werkt normaal met dezelfde PIN.\n\n"
       "Kunnen jullie dit op afstand bekijken? De tablet staat aan de inkom bij de fietsenstalling en is "
       "verbonden met het netwerk.\n\nVriendelijke groeten,\n\n" + S("nadia"),
  rules=[], about=[], fmt=["plain"], tag="look",
  note="mentions a PIN without giving it; ticket number is a look-alike")

M("laatkomers-week-41",
  frm="nadia", to=["koen"], date="2024-10-11 15:10", kind="alt",
  subject="laatkomers week 41",
  body=["Koen,", "Overzicht van de laatkomers van deze week (code L, geregistreerd via de tablets):",
        ("table", ["Leerling", "Klas", "Datum", "Code", "Min. te laat", "Opmerking"],
         [[full("lucas.janssens"), "3B", "07/10", "L", "12", "trein"],
          [full("yusuf.demir"), "3B", "08/10", "L", "6", ""],
          [full("warre.thys"), "3C", "08/10", "L", "25", "fiets plat"],
          [full("seppe.celis"), "4A", "10/10", "L", "9", ""],
          [full("lucas.janssens"), "3B", "11/10", "L", "15", "trein"]]),
        "Niemand zit boven de drie deze maand, dus geen verdere stappen.", "Nadia"],
  rules=[], about=["lucas.janssens", "yusuf.demir", "warre.thys", "seppe.celis"],
  fmt=["alt", "table"], tag="look",
  note="latecomer list with code L: codes are look-alikes and late arrival is not sensitive")

M("voicemail-235",
  frm="saar", to=["joke"], date="2024-12-11 09:33",
  subject="voicemail 235",
  body="Joke,\n\nDoor de nieuwe centrale heeft de voicemail van de afwezighedenlijn een nieuwe code gekregen. "
       "Die kom je aan de balie bij mij halen, Bart wil niet dat we die nog mailen.\n\nSaar\n\n" + S("saar"),
  rules=[], about=[], fmt=["plain"], tag="look",
  note="says the voicemail code changed without giving it")

M("attest-uitschrijving-margot",
  frm="ruth", to=["kessello"], date="2025-02-17 10:14",
  subject="Uitschrijving Margot Torfs - attest UA-24-0112",
  body="Beste collega's,\n\nMargot Torfs (6C) verhuist en wordt vanaf 24 februari bij jullie ingeschreven. "
       "In bijlage het attest van uitschrijving nr. UA-24-0112 en de gegevens voor jullie leerlingenadministratie:\n\n"
       "  naam: Torfs Margot\n  geboortedatum: 06/05/2007\n  rijksregisternummer: " + rrn(7, 5, 6, 214) + "\n"
       "  studierichting: 6 Economie-moderne talen\n  laatste schooldag bij ons: 21/02/2025\n\n"
       "Het rapport van het eerste trimester volgt via de ouders.\n\nMet collegiale groeten,\n\n" + S("ruth"),
  att=[("UA-24-0112_Torfs.pdf", "application/pdf",
        make_pdf(["Sint-Pieterscollege Heverlee", "ATTEST VAN UITSCHRIJVING nr. UA-24-0112",
                  "Leerling: Torfs Margot - klas 6C", "Datum van uitschrijving: 21/02/2025"], "Attest van uitschrijving"))],
  rules=["personal_data"], about=["margot.torfs"], fmt=["plain", "attachment-pdf"], tag="look", nonsens=True,
  note="departure to another school: date of birth and valid national number; certificate number is a look-alike; no sensitive fact")


# ===========================================================================
# C. sensitive mails (correctly addressed / internal / partners)
# ===========================================================================
M("problematische-afwezigheid-jonas-clb",
  frm="nadia", to=["clb"], date="2024-11-29 14:02",
  subject="Melding problematische afwezigheden - Jonas Vermeulen (4B)",
  body="Dag Ellen,\n\nHierbij de melding voor Jonas Vermeulen uit 4B. Sinds de herfstvakantie telt hij 14 halve "
       "dagen B-code, meestal op maandag en dinsdag. De ouders werden telkens gebeld; mama geeft aan dat Jonas 's "
       "morgens niet uit bed te krijgen is en niet naar school durft omdat hij in de klas uitgelachen en op Snapchat "
       "belachelijk gemaakt wordt. De klastitularis (Tom Verbist) bevestigt dat er iets speelt in de groep.\n\n"
       "Zoals afgesproken in het stappenplan vragen we jullie om het begeleidingstraject op te starten. Het "
       "overzicht van de afwezigheden zit in bijlage.\n\nGroetjes,\n\n" + S("nadia"),
  att=[("afwezigheden_Vermeulen_Jonas_4B.csv", "text/csv",
        ("datum;lesuren;code;opmerking\r\n04/11/2024;1-4;B;niet verwittigd\r\n05/11/2024;1-8;B;mama belt om 10u\r\n"
         "12/11/2024;1-8;B;\r\n18/11/2024;1-4;B;\r\n19/11/2024;1-8;B;mama belt: wil niet komen\r\n"
         "25/11/2024;1-8;B;\r\n26/11/2024;5-8;B;\r\n").encode("utf-8"))],
  rules=["sensitive"], cats=["care", "psychosocial"], about=["jonas.vermeulen"],
  fmt=["plain", "attachment-csv"], tag="sens",
  note="problematic-absence report to the CLB mentions bullying; CLB trajectory = care")

_prob = [
    [full("kobe.vandamme"), "5C", "19", "B", "spijbelt met vrienden uit 5C, 2x aangetroffen door de jeugdcel (PV)"],
    [full("rayan.ouali"), "5B", "32", "B", "CLB-begeleidingstraject loopt, melding Agentschap gedaan"],
    [full("kato.leysen"), "6C", "0", "Z", "opgenomen voor eetstoornis sinds 13/01, attesten in orde"],
    [full("mohamed.amrani"), "6C", "0", "F", "begrafenis grootvader in Marokko, terug op 24/02"],
    [full("stan.geerts"), "6A", "6", "R/B", "ouders in scheiding, verblijft afwisselend bij vader in Aarschot, komt vaak te laat"],
]
M("overzicht-problematische-afwezigheden-3e-graad",
  frm="nadia", to=["marc"], cc=["koen"], date="2025-02-07 15:45", kind="html",
  subject="Overzicht afwezigheden 3e graad - stand 7 februari",
  body=["Dag Marc,", "Zoals elke vrijdag het overzicht van de leerlingen met opvallende afwezigheden in de 3e graad. "
        "Kolom 'B' = aantal halve dagen problematische afwezigheid sinds 1 september.",
        ("table", ["Leerling", "Klas", "B (halve dagen)", "Code deze week", "Opmerking"], _prob),
        "Voor Kobe zou ik graag maandag even samenzitten met jou en Koen.", "Nadia"],
  rules=["sensitive"], cats=["family", "psychosocial", "medical", "care"],
  about=["kobe.vandamme", "rayan.ouali", "kato.leysen", "mohamed.amrani", "stan.geerts"],
  fmt=["html-only", "table"], tag="sens",
  note="HTML table of named pupils with police, CLB, hospital (eating disorder), funeral and divorce remarks")

M("pv-spijbelen-kobe-politie",
  frm="koen", to=["politie"], date="2025-01-28 11:20",
  subject="RE: PV 2025/LE/0311 - Kobe Van Damme",
  body="Geachte inspecteur Somers,\n\nDank voor uw bericht. Ik bevestig dat Kobe Van Damme (5C) op dinsdag 21 januari "
       "niet op school was en door de school als problematisch afwezig (B-code) werd geregistreerd. De ouders waren "
       "niet verwittigd. Dit is de tweede keer dat Kobe tijdens de lesuren door uw dienst wordt aangetroffen "
       "(vorige keer op 3 december, station Leuven).\n\nDe school heeft Kobe inmiddels een tuchtmaatregel opgelegd "
       "(twee dagen preventieve schorsing, met opdrachten). De moeder werd gisteren op school ontvangen.\n\n"
       "Met vriendelijke groeten,\n\n" + S("koen") + "\n\n"
       + outlook_quote("Somers Wim (PZ Dijleland)", "2025-01-27 16:48", "Koen Lemmens", "PV 2025/LE/0311 - Kobe Van Damme",
                       "Geachte heer Lemmens,\n\nOp 21/01 werd de minderjarige Kobe Van Damme (°2008) om 10u40 samen met twee "
                       "andere jongeren aangetroffen in het Sint-Donatuspark. Graag uw bevestiging dat hij op dat "
                       "moment les had.\n\nMet vriendelijke groet,\nINP Wim Somers\nJeugdcel"),
  reply_to_id="pz-pv-0311",
  rules=["sensitive"], cats=["psychosocial"], about=["kobe.vandamme"], fmt=["plain", "reply"], tag="sens",
  note="truancy found by the police and a disciplinary measure")

M("ziekenhuisschool-nora-toah",
  frm="hilde", to=["zhschool"], date="2025-02-26 10:12", cte="quoted-printable",
  subject="Nora Van Hove (5C) - opname en aanvraag TOAH",
  body="Beste,\n\nDe ouders van Nora Van Hove (5C, richting Wetenschappen-wiskunde) lieten ons weten dat Nora sinds "
       "maandag 24 februari bij jullie opgenomen is na een spoedoperatie aan de rug (hernia), en dat de opname "
       "vermoedelijk drie à vier weken duurt, gevolgd door revalidatie thuis.\n\nWij starten de aanvraag voor "
       "tijdelijk onderwijs aan huis (TOAH) op zodra we het medisch attest ontvangen. Kunnen jullie ons laten weten "
       "welke vakken de ziekenhuisschool kan opnemen, zodat de vakleerkrachten het materiaal kunnen afstemmen? "
       "Contactpersoon bij ons voor de leerstof is de leerlingbegeleider van de 3e graad, "
       "meneer Vanlommel (marc.vanlommel@sintpieterscollege.be).\n\nMet vriendelijke groeten,\n\n" + S("hilde"),
  rules=["sensitive"], cats=["medical", "care"], about=["nora.vanhove"], fmt=["plain-qp"], tag="sens",
  note="hospital admission after surgery and a TOAH (home tuition) request")

M("re-hoederecht-ella",
  frm="hilde", to=["p1:ella.verhoeven"], date="2024-10-17 09:40", kind="alt",
  subject="RE: wijziging gegevens Ella Verhoeven 2C",
  body=["Beste mevrouw Verhoeven,",
        "Dank voor uw bericht en de kopie van het vonnis. Wij hebben het leerlingendossier van Ella aangepast:",
        "- domicilie: bij u (adres Tervuursevest blijft)\n- rapporten en brieven: naar beide ouders, elk op het eigen "
        "adres\n- Ella ophalen tijdens de schooluren: enkel door u of door de grootouders Verhoeven, zoals in het "
        "vonnis vermeld",
        "De klastitularis werd op de hoogte gebracht. Wij delen deze informatie verder met niemand.",
        "Met vriendelijke groeten,\n\n" + S("hilde_tel"),
        outlook_quote("Marieke Verhoeven <marieke.verhoeven@icloud.com>", "2024-10-16 21:14",
                      "leerlingensecretariaat@spc.ksleuven.be", "wijziging gegevens Ella Verhoeven 2C",
                      "Goedenavond,\n\nDries en ik zijn sinds de zomer gescheiden. De familierechtbank heeft nu beslist "
                      "dat Ella bij mij gedomicilieerd blijft en om het andere weekend naar haar papa gaat. Dries mag "
                      "haar niet meer zonder afspraak op school komen ophalen. In bijlage het vonnis.\n\n"
                      "Kunnen jullie dit aanpassen?\n\nMarieke")],
  reply_to_id="verhoeven-vonnis-1016",
  rules=["sensitive", "personal_data"], cats=["family"], about=["ella.verhoeven"], fmt=["alt", "reply"], tag="sens", corr=True,
  note="custody ruling and pupil-file change, correctly sent to the mother; phone number in the signature")

_iban_school = be_iban("734", "0451278")
M("openstaande-rekeningen-hendrickx",
  frm="sofie", to=["p1:julie.hendrickx"], date="2025-01-14 13:30",
  subject="Openstaande schoolrekeningen Julie en Finn",
  body="Beste mevrouw Hendrickx,\n\nBij nazicht van de schoolrekeningen stellen wij vast dat de rekeningen van het "
       "eerste trimester voor Julie (3B, € 286,40) en Finn (1B, € 198,75) nog niet betaald zijn, ondanks de "
       "herinnering van december.\n\nWij begrijpen dat het soms moeilijk kan zijn. Daarom stellen wij een "
       "afbetalingsplan voor van € 80 per maand vanaf februari. U kan storten op rekening " + _iban_school +
       " met vermelding 'afbetaling Hendrickx'. Past dit bedrag niet, laat het ons gerust weten; alles wordt "
       "discreet behandeld.\n\nMet vriendelijke groeten,\n\n" + S("sofie_tel"),
  rules=["sensitive", "personal_data"], cats=["financial"], about=["julie.hendrickx", "finn.hendrickx"],
  fmt=["plain"], tag="sens", corr=True,
  note="unpaid bills and payment plan for two siblings; school IBAN and phone in signature")

M("ocmw-rekeningen-rayan",
  frm="sofie", to=["ocmw"], date="2024-12-05 10:45", charset="windows-1252", cte="quoted-printable",
  subject="Schoolkosten Rayan Ouali (5B) - tussenkomst",
  body="Beste mevrouw Renard,\n\nZoals telefonisch besproken met mevrouw Ouali bezorg ik u het overzicht van de "
       "openstaande schoolkosten van Rayan Ouali (5B): schoolrekening 1e trimester € 312,00 en de meerdaagse "
       "(Ardennen) € 145,00, samen € 457,00.\n\nU gaf aan dat het Sociaal Huis dit bedrag ten laste kan nemen. Mag ik "
       "vragen om bij de betaling het factuurnummer F24-0988 te vermelden?\n\nMet vriendelijke groeten,\n\n" + S("sofie"),
  rules=["sensitive"], cats=["financial"], about=["rayan.ouali"], fmt=["plain-cp1252", "plain-qp"], tag="sens",
  note="social assistance (OCMW/Sociaal Huis) paying a named pupil's school costs")

M("overlijden-vader-lore",
  frm="koen", to=["tom", "an", "dirk", "marc"], date="2025-03-03 07:48", importance="High",
  subject="Lore Claes (4A) - overlijden papa",
  body="Beste collega's,\n\nMet veel verslagenheid laat ik jullie weten dat de papa van Lore Claes (4A) zondag "
       "onverwacht overleden is. Lore blijft deze week thuis (code F). De uitvaart is zaterdag; mama laat weten "
       "dat er geen bezoek van de klas gewenst is, wel een kaartje.\n\nWillen jullie de toetsen van deze en volgende "
       "week voor Lore laten vallen of uitstellen? Marc neemt contact op met Lore en mama over de terugkeer.\n\n"
       "Dank jullie wel,\nKoen",
  rules=["sensitive"], cats=["family"], about=["lore.claes"], fmt=["plain"], tag="sens",
  note="death of a parent, internal mail to four individual colleagues")

M("sara-6a-dringend",
  frm="marc", to=["clb"], date="2024-12-12 16:22", ua="thunderbird",
  subject="Sara De Vries 6A - dringend",
  body="Dag Ellen,\n\nIk probeerde je te bellen maar kreeg de onthaalmedewerker. Vandaag kwam een vriendin van "
       "Sara De Vries (6A) bij mij: Sara zou zichzelf al enkele weken snijden (armen) en heeft gisteren op "
       "Instagram gepost dat ze 'er geen zin meer in heeft'. Ik heb Sara deze namiddag gesproken; ze bevestigt het "
       "krassen en ging akkoord dat ik mama inlicht, wat ik ondertussen gedaan heb.\n\nKan het CLB Sara deze week "
       "nog zien? Mama staat open voor hulp en wil zo snel mogelijk een gesprek.\n\nGroeten,\n\n" + S("marc"),
  rules=["sensitive"], cats=["psychosocial", "care"], about=["sara.devries"], fmt=["plain"], tag="sens",
  note="self-harm and CLB referral")

M("pesten-milan-ouders",
  frm="leen", to=["p1:milan.goossens"], date="2024-11-08 15:15",
  subject="Gesprek over Milan",
  body="Beste mevrouw Dumont,\n\nDank u voor het gesprek van woensdag. Zoals beloofd een korte samenvatting.\n\n"
       "Milan gaf aan dat hij sinds september door drie klasgenoten geduwd, uitgescholden en buitengesloten wordt, "
       "ook in de klasgroep op WhatsApp. Wij hebben met de betrokken leerlingen gesprekken gevoerd en de ouders van die "
       "leerlingen werden uitgenodigd. Zij krijgen een herstelopdracht en worden de komende weken opgevolgd.\n\n"
       "Voor Milan spreken we af dat hij elke maandag kort bij mij langskomt om te vertellen hoe het gaat. "
       "Merkt u thuis iets, laat het me zeker weten.\n\nHartelijke groeten,\n\n" + S("leen_tel"),
  rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["milan.goossens"], fmt=["plain"], tag="sens", corr=True,
  note="bullying victim, correctly addressed to his mother (address does not spell his surname); phone number in the signature")

M("rilatine-middag-adam",
  frm="hilde", to=["p1:adam.bakkali"], date="2024-09-10 12:50",
  subject="RE: medicatie Adam 1C",
  body="Beste mevrouw Aziz,\n\nIn orde: Adam mag vanaf morgen om 12u30 zijn Rilatine (10 mg) komen nemen op het "
       "leerlingensecretariaat. Wij bewaren de doos in de medicijnkast en noteren elke inname. Graag nog het "
       "formulier 'medicatie op school' laten invullen door de arts; u vindt het in de bijlage van de schoolbrochure.\n\n"
       "De leerkrachten zijn op de hoogte van zijn ADHD en van de afspraken uit het zorgoverleg (vaste plaats vooraan, "
       "korte pauze bij lange toetsen).\n\nMet vriendelijke groeten,\n\n" + S("hilde") + "\n\n"
       + gt_quote("Samira Aziz <samira.aziz@gmail.com>", "2024-09-10 07:05",
                  "Goeiemorgen, de dokter heeft de dosis van Adam aangepast, hij moet nu ook 's middags een pilletje "
                  "nemen. Kan dat op school? Alvast bedankt, Samira (mama van Adam Bakkali)"),
  reply_to_id="aziz-medicatie-0910",
  rules=["sensitive"], cats=["medical", "care"], about=["adam.bakkali"], fmt=["plain", "reply"], tag="sens", corr=True,
  note="ADHD medication at school and care arrangements, correctly addressed to the mother")

M("yasmine-afspraken",
  frm="marc", to=["koen"], date="2025-01-22 12:05",
  subject="Yasmine M. 6B - afspraken",
  body="Koen,\n\nKort na ons gesprek: Yasmine Mansouri (6B) is 5 maanden zwanger, uitgerekend eind mei. Ze wil "
       "absoluut haar diploma halen. Voorstel dat ik met het CLB uitwerk:\n- vanaf april vrijstelling LO\n"
       "- examens juni gespreid, eventueel deels in augustus\n- afwezigheden voor controles (met attest) als Z\n\n"
       "Mama is op de hoogte en akkoord. Graag jouw fiat voor het aangepaste examenrooster, dan breng ik de "
       "klassenraad op de hoogte (enkel wat nodig is).\n\nMarc",
  rules=["sensitive"], cats=["medical", "care"], about=["yasmine.mansouri"], fmt=["plain"], tag="sens",
  note="pregnancy of a pupil and reasonable adjustments")

M("prikkelarm-examenlokaal-tibo",
  frm="els", to=["p1:tibo.smets"], date="2024-11-27 16:10", kind="alt",
  subject="Examens december - afspraken voor Tibo",
  body=["Beste mevrouw Smets,",
        "Zoals besproken op het zorgoverleg bevestig ik de afspraken voor Tibo tijdens de examens van december, "
        "rekening houdend met zijn autismespectrumstoornis:",
        ("table", ["Maatregel", "Hoe"],
         [["prikkelarm lokaal", "lokaal A003, max. 6 leerlingen, vaste plaats"],
          ["voorspelbaarheid", "examenrooster + lokaalplan vooraf mee naar huis"],
          ["extra tijd", "+ 20 minuten per examen"],
          ["pauze", "mag 1x per examen kort naar de gang (met toezichter)"]]),
        "Tibo mag de lokalen vrijdag 29/11 na de lessen al eens bekijken samen met mij.",
        "Met vriendelijke groeten,\n\n" + S("els_tel")],
  rules=["sensitive", "personal_data"], cats=["care"], about=["tibo.smets"], fmt=["alt", "table"], tag="sens", corr=True,
  note="ASS and exam adjustments, correctly addressed to his mother; phone number in the signature")

M("condoleances-absence-mohamed-fr",
  frm="hilde", to=["p1:mohamed.amrani"], date="2025-02-10 11:02", cte="quoted-printable",
  subject="Absence de Mohamed (6C)",
  body="Madame,\n\nNous avons bien reçu votre message et nous vous présentons nos sincères condoléances pour le décès "
       "du grand-père de Mohamed.\n\nL'absence de Mohamed pendant son séjour au Maroc pour les funérailles est "
       "justifiée jusqu'au vendredi 21 février inclus (code F). Pourriez-vous nous remettre à son retour une copie de "
       "l'acte de décès ou une attestation ? Son titulaire lui transmettra les matières et les dates des évaluations "
       "à rattraper.\n\nBien cordialement,\n\nHilde Vandenbroucke\nSecrétariat des élèves - Sint-Pieterscollege Heverlee",
  rules=["sensitive"], cats=["family"], about=["mohamed.amrani"], lang="fr", fmt=["plain-qp"], tag="sens", corr=True,
  note="death in the family and absence abroad, French, correctly addressed")

M("pleeggezin-jayden",
  frm="hilde", to=["koen"], cc=["an"], date="2025-01-09 10:18",
  subject="Jayden Mukendi 3A - wijziging dossier",
  body="Koen, An,\n\nVanmorgen belde de consulent van de jeugdhulp: Jayden Mukendi (3A) werd in de kerstvakantie "
       "door de jeugdrechter in een pleeggezin geplaatst, in Bierbeek. Hij blijft bij ons school lopen.\n\n"
       "Wat ik aangepast heb in Informat:\n- contactpersoon: pleegmoeder (mevr. Daenen), gegevens volgen via de consulent\n"
       "- mama blijft ouder in het dossier maar haalt Jayden niet meer op zonder toestemming van de consulent\n"
       "- de busroute verandert (lijn 337)\n\nAn, als klastitularis wil de consulent jou volgende week spreken.\n\nHilde",
  rules=["sensitive"], cats=["family"], about=["jayden.mukendi"], fmt=["plain"], tag="sens",
  note="placement in a foster family by the youth court")

M("vertrouwelijk-aya",
  frm="leen", to=["clb"], date="2025-03-19 13:37", importance="High",
  subject="Vertrouwelijk: Aya Benali 1C",
  body="Ellen,\n\nVandaag na de LO-les vroeg Aya Benali (1C) of ze even met mij kon praten. "
       "Ze vertelde mij spontaan dat haar papa 'soms heel kwaad wordt' en haar dan slaat, en dat ze bang is "
       "om naar huis te gaan. Ik heb haar woorden letterlijk genoteerd (zie verslag in het leerlingvolgsysteem).\n\n"
       "Volgens ons stappenplan wil ik samen met jou bekijken of we een melding doen bij het Vertrouwenscentrum "
       "Kindermishandeling. Kan je me vóór 16u terugbellen op de school?\n\nLeen",
  rules=["sensitive"], cats=["family", "care"], about=["aya.benali"], fmt=["plain"], tag="sens",
  note="suspected violence at home, CLB consultation")

M("seppe-post-vader",
  frm="hilde", to=["koen", "griet"], date="2024-10-30 09:05", cte="base64",
  subject="Seppe Celis 4A - post vader",
  body="Dag Koen, dag Griet,\n\nDe mama van Seppe Celis (4A) kwam gisteren langs. De papa zit sinds september in "
       "de gevangenis van Leuven-Centraal en zij vraagt om geen post meer naar zijn adres te sturen; hij kan ze "
       "daar toch niet ontvangen. Ze heeft ook gevraagd dat niemand hier op school met Seppe over praat als hij er "
       "zelf niet over begint.\n\nIk heb het adres van papa in Informat op 'geen briefwisseling' gezet. Is het ok "
       "dat ik enkel de klastitularis verwittig?\n\nHilde",
  rules=["sensitive"], cats=["family"], about=["seppe.celis"], fmt=["plain-base64"], tag="sens",
  note="parent in prison, base64 body")

M("aangepast-uurrooster-lien",
  frm="leen", to=["p1:lien.dekeyser"], date="2025-01-16 17:05", ua="thunderbird",
  subject="Lien - aangepast uurrooster vanaf 20 januari",
  body="Dag Tinne,\n\nFijn dat we maandag met z'n allen (ook met Liens psychologe en het CLB) konden samenzitten. "
       "Zoals afgesproken start Lien vanaf maandag 20 januari met een aangepast uurrooster: enkel de voormiddagen, "
       "en ze begint in het rustige lokaal naast mijn bureau. Elke twee weken bekijken we of er een namiddag bij kan.\n\n"
       "De afwezigheden in de namiddag worden niet als problematisch geregistreerd. Lukt het een ochtend niet omwille "
       "van de angst, stuur mij dan gewoon een berichtje via Smartschool vóór 8u15.\n\nHartelijke groet,\n\n" + S("leen"),
  rules=["sensitive"], cats=["psychosocial", "care"], about=["lien.dekeyser"], fmt=["plain"], tag="sens", corr=True,
  note="school refusal due to anxiety, psychologist, CLB and adapted timetable; correctly addressed")

_weekoverzicht = [
    "AFWEZIGHEDEN WEEK 46 (12-15 november) - 1e en 2e graad",
    "Opgesteld door Nadia Bouzid, leerlingenadministratie",
    "Met attest (Z):\n"
    "  - Yusuf Demir (3B): di-vr, griep met hoge koorts, attest dr. Peeters\n"
    "  - Emma Peeters (2A): wo-vr, gebroken pols na val (fietsongeval), gips 4 weken -> vrijstelling LO, "
    "kan niet schrijven met rechts!\n"
    "  - Amira Haddad (5A): do, migraine-aanval; volgt opvolging bij de neuroloog, attest verwacht",
    "Briefje ouders (R):\n  - Charlotte Raes (4C): ma, ziek (buikgriep)",
    "Toestemming directie (P):\n  - Roos Meeus (2A): vr namiddag, auditie conservatorium",
    "Actiepunten:\n  - Emma: leerkrachten vragen om notities te delen met haar\n"
    "  - Amira: 3e migraine-afwezigheid dit trimester, attest van de neuroloog opvolgen",
]
M("weekoverzicht-afwezigheden-wk46",
  frm="nadia", to=["koen", "leen"], date="2024-11-15 16:02", kind="alt",
  subject="weekoverzicht afwezigheden wk 46",
  body=["Hallo Koen en Leen,", "In bijlage/hieronder het overzicht van deze week (geplakt uit Word).",
        "\n\n".join(_weekoverzicht), "Fijn weekend!\nNadia"],
  rules=["sensitive"], cats=["medical"],
  about=["yusuf.demir", "emma.peeters", "amira.haddad", "charlotte.raes", "roos.meeus"],
  fmt=["alt", "word-paste", "list"], tag="sens",
  note="weekly absence list with illnesses, an injury and a neurologist follow-up for named pupils")

M("openstaande-facturen-directie",
  frm="sofie", to=["griet"], date="2025-03-05 11:40", kind="html",
  subject="Stand openstaande schoolrekeningen maart",
  body=["Dag Griet,", "Voor het directieoverleg van donderdag: de dossiers met een openstaand saldo boven € 150.",
        ("table", ["Leerling", "Klas", "Saldo", "Status"],
         [[full("rayan.ouali"), "5B", "€ 457,00", "Sociaal Huis betaalt, bevestiging ontvangen"],
          [full("julie.hendrickx"), "3B", "€ 206,40", "afbetalingsplan € 80/maand, loopt"],
          [full("finn.hendrickx"), "1B", "€ 118,75", "idem (zelfde gezin)"],
          [full("emir.aydin"), "5C", "€ 390,00", "afbetalingsplan gevraagd, moeder werkloos"],
          [full("jasper.vandeput"), "5A", "€ 165,00", "2e herinnering, geen reactie"]]),
        "Voorstel: Jasper nog één keer telefonisch, daarna via het incassobureau van Stroom? Te bespreken.",
        "Sofie"],
  rules=["sensitive"], cats=["financial"],
  about=["rayan.ouali", "julie.hendrickx", "finn.hendrickx", "emir.aydin", "jasper.vandeput"],
  fmt=["html-only", "table"], tag="sens",
  note="table of unpaid bills, payment plans and social assistance per named pupil")

M("appendicite-zoe-fr",
  frm="hilde", to=["p1:zoe.lambert"], date="2025-03-12 09:55", charset="windows-1252", cte="quoted-printable",
  subject="Zoé - absence et hospitalisation",
  body="Madame Dupont,\n\nMerci pour votre appel de ce matin. Nous souhaitons un prompt rétablissement à Zoé après son "
       "opération de l'appendicite. Son absence est notée avec le code Z ; le certificat médical de l'hôpital suffit, "
       "vous pouvez le déposer au secrétariat ou l'envoyer par Smartschool.\n\nLa titulaire de 3C, Mme Devos, "
       "organisera les évaluations manquées à son retour. Zoé est dispensée d'éducation physique pendant six semaines "
       "comme indiqué par le chirurgien.\n\nBien à vous,\n\nHilde Vandenbroucke\nSecrétariat des élèves",
  rules=["sensitive"], cats=["medical"], about=["zoe.lambert"], lang="fr", fmt=["plain-cp1252", "plain-qp"],
  tag="sens", corr=True,
  note="appendicitis surgery and PE exemption, French, cp1252")

M("dyscalculie-ines-en",
  frm="els", to=["p1:ines.kowalska"], date="2024-12-16 14:25",
  subject="Ines - follow-up after the class council",
  body="Dear Mrs Kowalska,\n\nThank you for meeting us last Thursday. As agreed, here is a short summary.\n\n"
       "The class council noticed that Ines has great difficulty with mathematics compared to her other subjects. "
       "We suspect dyscalculia. With your permission, the CLB (the school's pupil guidance centre) will test Ines in "
       "January. Until then, she may use a calculator and a formula sheet during maths tests, and she gets 15 minutes "
       "extra time.\n\nThe CLB will contact you directly to plan the test. If you prefer a meeting in Polish, "
       "they can arrange an interpreter.\n\nBest regards,\n\n" + S("els"),
  rules=["sensitive"], cats=["care"], about=["ines.kowalska"], lang="en", fmt=["plain"], tag="sens", corr=True,
  note="suspected dyscalculia, CLB testing and adjustments, English")

M("epilepsie-aanval-robbe",
  frm="koen", to=["p1:robbe.vos"], date="2025-04-24 13:10", importance="High",
  subject="Robbe - aanval tijdens de les",
  body="Beste mevrouw Vos,\n\nIk bevestig ons telefoongesprek van daarnet. Robbe kreeg om 11u20 tijdens de les "
       "chemie een epileptische aanval van ongeveer twee minuten. De leerkracht heeft hem in stabiele zijligging "
       "gelegd en de 112 gebeld zoals voorzien in zijn medische fiche. De ambulance heeft hem naar de spoed van "
       "AZ Dijleland gebracht; mijnheer Dierickx is met hem meegegaan tot u er was.\n\nWij laten u graag weten hoe we "
       "de terugkeer best voorbereiden, en of de medische fiche aangepast moet worden.\n\nMet vriendelijke groeten,\n\n"
       + S("koen_tel"),
  rules=["sensitive", "personal_data"], cats=["medical"], about=["robbe.vos"], fmt=["plain"], tag="sens", corr=True,
  note="epileptic seizure and ambulance; signature with the school phone number")

M("re-afbetalingsplan-emir",
  frm="sofie", to=["p1:emir.aydin"], date="2025-03-07 10:02", ua="owa",
  subject="RE: rekening Emir",
  body="Beste mevrouw Aydin,\n\nDank voor uw eerlijke bericht. Geen probleem: we splitsen het openstaande bedrag van "
       "€ 390 in zes maandelijkse schijven van € 65, de eerste eind maart. U krijgt hiervoor een aparte brief.\n\n"
       "Ik geef u ook graag mee dat u als alleenstaande ouder zonder inkomen mogelijk recht heeft op een "
       "schooltoelage van het Groeipakket; het secretariaat helpt u graag met de aanvraag.\n\nVeel sterkte,\n\n"
       + S("sofie") + "\n\n"
       + outlook_quote("Zeynep Aydin <aydin.zeynep@gmail.com>", "2025-03-06 22:41", "Sofie Michiels",
                       "rekening Emir",
                       "Mevrouw,\n\nIk heb de herinnering gekregen. Sinds de scheiding in januari woon ik alleen met Emir "
                       "en ik ben mijn werk kwijt. Ik kan de 390 euro nu niet in één keer betalen. Kan het in delen?\n\n"
                       "Zeynep Aydin"),
  reply_to_id="aydin-rekening-0306",
  rules=["sensitive"], cats=["financial", "family"], about=["emir.aydin"], fmt=["plain", "reply"], tag="sens",
  corr=True, note="payment plan, unemployment and divorce quoted; correctly addressed")

M("parijs-praktisch",
  frm="kris", to=["tom", "an"], date="2025-04-28 15:30",
  subject="Parijs 6A-6B - laatste praktische dingen",
  body="Hoi,\n\nNog een paar zaken voor Parijs:\n- vertrek donderdag 6u15 aan de bushalte Sint-Pietersdreef, niet aan "
       "de poort\n- identiteitskaarten en Europese ziekteverzekeringskaarten: ik heb ze allemaal behalve die van "
       "Senne en Oscar, die brengen ze woensdag\n- Hanne Wuyts neemt haar insuline en de glucagon mee in een "
       "koeltasje, dat mag in de koelbox vooraan in de bus; ik heb de afspraken bij hypo in de map gestoken\n"
       "- zakgeld max. 50 euro\n\nTot donderdag, vroeg!\nKris",
  rules=["sensitive"], cats=["medical"], about=["hanne.wuyts", "senne.vandenberghe", "oscar.dewilde"],
  fmt=["plain"], tag="sens",
  note="practical trip mail with a diabetes fact about one named pupil in passing")

M("jasper-gegevens-dossier",
  frm="hilde", to=["p1:jasper.vandeput", "p2:jasper.vandeput"], date="2024-11-20 11:11",
  subject="Jasper - gegevens in het leerlingendossier",
  body="Beste mevrouw Vandeput, beste meneer Vandeput,\n\nNaar aanleiding van jullie scheiding hebben we de "
       "gegevens van Jasper (5A) aangepast: Jasper verblijft week om week bij elk van jullie (wissel op vrijdag). "
       "Rapporten en uitnodigingen gaan voortaan naar beide adressen. Wie van jullie verwittigt de school bij "
       "afwezigheid in de week dat Jasper bij hem of haar verblijft?\n\nGraag een antwoord van jullie allebei.\n\n"
       "Met vriendelijke groeten,\n\n" + S("hilde"),
  rules=["sensitive", "bcc"], cats=["family"], about=["jasper.vandeput"], fmt=["plain", "two-parents-in-to"],
  tag="sens", corr=True,
  note="divorce and residence arrangement; two separated parents' addresses visible to each other in To")

M("melding-leerplicht-rayan",
  frm="nadia", to=["leerplicht"], cc=["clb"], date="2025-01-31 14:40",
  subject="Melding problematische afwezigheid > 30 halve dagen - Rayan Ouali",
  body="Geachte,\n\nHierbij melden wij dat de leerling Rayan Ouali (5B, Sint-Pieterscollege Heverlee, instellingsnummer "
       "op de brief) sinds 1 september 32 halve dagen problematisch afwezig was. Het CLB Dijleland begeleidt Rayan "
       "sinds november (contactpersoon mevr. Daems, in kopie); de school voerde drie gesprekken met de moeder.\n\n"
       "Wij zijn ons ervan bewust dat dit gevolgen kan hebben voor de schooltoelage van het gezin.\n\n"
       "Met vriendelijke groeten,\n\n" + S("nadia"),
  rules=["sensitive", "bcc"], cats=["care", "financial"], about=["rayan.ouali"], fmt=["plain", "partners-in-to-cc"],
  tag="sens",
  note="report to the compulsory-education cell with the CLB in CC: two outside partners visible; CLB follow-up and school allowance")

M("ongevalsaangifte-lander",
  frm="hilde", to=["verzekering"], date="2025-02-12 14:55", kind="alt",
  subject="Schoolongeval polis 41.220.517 - Lander Moens",
  body=["Geachte,", "Hierbij de aangifte van een schoolongeval.",
        ("table", ["Gegeven", "Invulling"],
         [["Naam slachtoffer", "Lander Moens"], ["Klas", "3A"], ["Geboortedatum", "17/08/2010"],
          ["Datum ongeval", "11/02/2025, 10u05"], ["Omstandigheden", "val tijdens LO (basketbal), hoofd tegen de vloer"],
          ["Letsel", "hersenschudding, 1 nacht ter observatie in het ziekenhuis"],
          ["Arts", "spoedarts AZ Dijleland, attest in bijlage volgt"]]),
        "Met vriendelijke groeten,\n\n" + S("hilde")],
  rules=["sensitive", "personal_data"], cats=["medical"], about=["lander.moens"], fmt=["alt", "table"], tag="sens",
  note="school accident claim: concussion and hospital night, with date of birth")

M("fw-afwezigen-vandaag",
  frm="hilde", to=["hilde_priv"], date="2025-01-24 16:55",
  subject="FW: afwezigen vandaag",
  body="om maandag thuis verder te werken\n\n"
       + outlook_quote("Nadia Bouzid", "2025-01-24 09:10", "Hilde Vandenbroucke", "afwezigen vandaag",
                       "Hilde, de lijst van vandaag voor de telefoontjes:\n\n"
                       "Fien Luyten 5B - Z, klierkoorts, attest tot 7/2\n"
                       "Victor Nys 1A - R, buikgriep (mama belde)\n"
                       "Bilal Ziani 3B - L, 1e lesuur\n"
                       "Jana Swinnen 1B - nog niets gehoord, nog bellen\n\nNadia"),
  rules=["private_account", "sensitive"], cats=["medical"],
  about=["fien.luyten", "victor.nys", "bilal.ziani", "jana.swinnen"], fmt=["plain", "forward", "to-private"],
  tag="sens",
  note="forwards a list with illnesses of named pupils to her own gmail")

M("incident-speelplaats",
  frm="leen", to=["p1:adam.bakkali", "p1:victor.nys"], date="2025-03-14 15:58",
  subject="Incident speelplaats donderdag",
  body="Beste ouders,\n\nGisteren tijdens de middagpauze kwam het op de speelplaats tot een vechtpartij tussen Adam "
       "Bakkali (1C) en Victor Nys (1A). Beide jongens werden gehoord en krijgen een "
       "strafstudie op woensdagnamiddag 19 maart; daarna volgt een herstelgesprek met mij.\n\nIk stuur deze mail aan "
       "jullie beiden omdat ik hoop dat we dit samen rustig kunnen afsluiten.\n\nMet vriendelijke groeten,\n\n" + S("leen"),
  rules=["sensitive", "bcc"], cats=["psychosocial"], about=["adam.bakkali", "victor.nys"],
  fmt=["plain", "parents-in-to"], tag="sens", corr=True,
  note="fight with sanctions for two named pupils; parents of two families visible to each other")


# ===========================================================================
# D. misdirected mails (recipient) - each to the parents of another pupil
# ===========================================================================
M("attest-orthopedist-emma",
  frm="nadia", to=["p1:lars.peeters"], date="2024-11-18 11:32",
  subject="Attest Emma Peeters (2A)",
  body="Beste meneer Peeters,\n\nWij ontvingen het attest van de orthopedist voor Emma: gebroken pols, gips tot "
       "13 december en geen LO tot na de kerstvakantie. Ik heb de afwezigheid van vorige week als Z geregistreerd en "
       "de vrijstelling LO doorgegeven.\n\nZou u ook nog het formulier voor de schoolverzekering willen laten invullen "
       "door de arts? Emma kan het bij mij afhalen.\n\nMvg,\n\n" + S("nadia_tel"),
  rules=["sensitive", "recipient", "personal_data"], cats=["medical"], about=["emma.peeters"], mis=True, fmt=["plain"], tag="mis",
  note="Emma Peeters' fracture sent to the father of Lars Peeters (same surname, other family); phone number in the signature")

M("laatkomingen-lucas-3b",
  frm="nadia", to=["p1:lucas.wouters"], date="2024-10-18 14:48",
  subject="Laatkomingen Lucas (3B)",
  body="Beste ouders,\n\nLucas Janssens (3B) kwam deze week drie keer te laat op school (maandag, woensdag en "
       "vrijdag, telkens tussen 10 en 15 minuten). Hij vermeldt de trein. Kunnen jullie bekijken of hij een vroegere "
       "trein kan nemen? Vanaf de vierde keer deze maand moeten we dit melden aan de klastitularis.\n\n"
       "Met vriendelijke groeten,\n\n" + S("nadia"),
  rules=["recipient"], about=["lucas.janssens"], mis=True, fmt=["plain"], tag="mis", nonsens=True,
  note="late arrivals of Lucas Janssens (3B) sent to the mother of Lucas Wouters (3C): two pupils named Lucas")

M("herinnering-rekening-mila",
  frm="sofie", to=["p1:lucas.janssens"], date="2025-02-03 09:14",
  subject="2e herinnering schoolrekening Mila Janssen",
  body="Beste mevrouw Janssen,\n\nOndanks onze herinnering van 6 januari staat de schoolrekening van het eerste "
       "trimester van Mila (2C) ten bedrage van € 244,10 nog open. Vorige keer liet u weten dat het financieel even "
       "moeilijk is; wij kunnen u een afbetalingsplan voorstellen. Wilt u mij laten weten wat voor u haalbaar is?\n\n"
       "Met vriendelijke groeten,\n\n" + S("sofie"),
  rules=["sensitive", "recipient"], cats=["financial"], about=["mila.janssen"], mis=True, fmt=["plain"], tag="mis",
  note="Mila Janssen's unpaid bill sent to an.janssens@ (mother of Lucas Janssens) instead of an.janssen@")

_hp_febe = make_docx([
    "Begeleidingsplan - Febe Maes (3A)",
    "Vaststelling: dyslexie (attest logopedie, november 2024)",
    "Maatregelen: vergroot lettertype (Arial 12), voorleessoftware bij toetsen, spelling niet meetellen bij "
    "niet-taalvakken, extra tijd 10 minuten.",
    "Opvolging: zorgcoördinator Els Coppens, evaluatie op de klassenraad van maart.",
])
M("begeleidingsplan-febe",
  frm="els", to=["p2:vic.maes"], date="2024-12-04 16:40",
  subject="Begeleidingsplan Febe",
  body="Beste ouders,\n\nIn bijlage het begeleidingsplan voor Febe (3A) dat we opstelden op basis van het attest "
       "van de logopediste. De maatregelen gaan in vanaf de examens van december. Wilt u het lezen en eventuele "
       "opmerkingen voor vrijdag aan mij bezorgen?\n\nMet vriendelijke groeten,\n\n" + S("els"),
  att=[("Begeleidingsplan_Maes_Febe_3A.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _hp_febe)],
  rules=["sensitive", "recipient"], cats=["care"], about=["febe.maes"], mis=True,
  fmt=["plain", "attachment-docx"], tag="mis",
  note="care plan (dyslexia) of Febe Maes sent to the mother of her half-brother Vic, who is not Febe's parent")

M("opvolging-milan",
  frm="leen", to=["p2:vic.maes"], date="2024-12-06 15:02",
  subject="Opvolging Milan",
  body="Beste mevrouw Goossens,\n\nIntussen zijn we vier weken verder sinds ons gesprek. Milan (2B) komt trouw elke "
       "maandag langs. Hij zegt dat het duwen gestopt is, maar dat hij in de klasgroep nog altijd buitengesloten "
       "wordt en dat er een nieuwe groepschat is zonder hem. We plannen na de examens een klasgesprek met de "
       "leerlingbegeleiding.\n\nHoe ervaart u het thuis?\n\nHartelijke groeten,\n\n" + S("leen"),
  rules=["sensitive", "recipient"], cats=["psychosocial"], about=["milan.goossens"], mis=True, fmt=["plain"],
  tag="mis",
  note="bullying follow-up for Milan Goossens sent to katrien.goossens@ (mother of Vic Maes), autocomplete on the surname")

M("attest-neuroloog-amira",
  frm="hilde", to=["p1:amira.yilmaz"], date="2024-11-21 10:25",
  subject="RE: gsm Amira",
  body="Beste mevrouw,\n\nWe ontvingen het attest van de neuroloog voor Amira (5A). De drie migraine-afwezigheden van "
       "dit trimester zijn nu gewettigd (code Z). Beterschap aan Amira!\n\n"
       "Met vriendelijke groeten,\n\n" + S("hilde") + "\n\n"
       + outlook_quote("Fatma Yilmaz <fatma.yilmaz@hotmail.com>", "2024-10-09 16:02",
                       "leerlingensecretariaat@spc.ksleuven.be", "gsm Amira",
                       "Goedemiddag, Amira is haar gsm vergeten in de turnzaal denk ik. Is die binnengebracht? "
                       "Groeten, Fatma Yilmaz"),
  reply_to_id="yilmaz-gsm-1009",
  rules=["sensitive", "recipient"], cats=["medical"], about=["amira.haddad"], mis=True, fmt=["plain", "reply"],
  tag="mis",
  note="neurologist certificate for Amira Haddad (5A) replied in the old thread of Amira Yilmaz's mother")

M("evaluatie-afspraken-tibo",
  frm="els", to=["p1:jonas.vermeulen"], date="2025-01-29 13:12",
  subject="Evaluatie afspraken Tibo - januari",
  body="Beste mevrouw Smets,\n\nDe klassenraad heeft de afspraken voor Tibo (4B) geëvalueerd. Het prikkelarme "
       "examenlokaal en het vooraf meegeven van het rooster werkten goed; Tibo was duidelijk rustiger dan in juni. "
       "Wat minder goed liep: de overgang na de middagpauze. We stellen voor dat hij voortaan tien minuten vroeger "
       "naar het lokaal mag gaan.\n\nZijn autismecoach mag gerust contact opnemen met mij.\n\n"
       "Met vriendelijke groeten,\n\n" + S("els"),
  rules=["sensitive", "recipient"], cats=["care"], about=["tibo.smets"], mis=True, fmt=["plain"], tag="mis",
  note="ASS care evaluation for Tibo Smets sent to griet.smets@ (mother of Jonas Vermeulen in the same class)")

M("wout-afwezigheid-politie",
  frm="koen", to=["p2:arne.willems"], date="2025-03-25 16:40",
  subject="Wout - afwezigheid en politie",
  body="Beste mevrouw Jacobs,\n\nZoals telefonisch al kort gemeld: Wout (4C) werd vanmiddag tijdens de lesuren door de "
       "politie aangetroffen aan het station, samen met twee leerlingen van een andere school. Er werd een PV "
       "opgesteld voor het bezit van cannabis. Wout krijgt van de school een preventieve schorsing van drie dagen "
       "(26 tot en met 28 maart) in afwachting van het gesprek met de directie.\n\nIk nodig u en uw man uit op "
       "maandag 31 maart om 16u.\n\nMet vriendelijke groeten,\n\n" + S("koen"),
  rules=["sensitive", "recipient"], cats=["psychosocial"], about=["wout.jacobs"], mis=True, fmt=["plain"], tag="mis",
  note="police and suspension of Wout Jacobs sent to sabine.jacobs@gmail.com (mother of the Willems children), not sabien.jacobs@")

M("nieuwe-leerlingenkaart-mats",
  frm="pieter", to=["p2:febe.maes"], date="2024-10-02 11:05",
  subject="nieuwe leerlingenkaart Mats",
  body="Dag mevrouw De Smet,\n\nMats (2A) meldde dat hij zijn leerlingenkaart verloren is. Een nieuwe kaart kost € 5 "
       "en wordt op de schoolrekening gezet. Hij kan hem vanaf donderdag afhalen aan het onthaal.\n\nPieter Goris\nonthaal",
  rules=["recipient"], about=["mats.desmet"], mis=True, fmt=["plain", "short"], tag="mis", nonsens=True,
  note="lost card of Mats De Smet sent to ines.desmet@ (mother of Febe Maes) instead of karen.desmet@")

M("aya-contactgegevens",
  frm="hilde", to=["p1:noor.elamrani"], date="2025-04-01 10:45",
  subject="Aya - wijziging contactgegevens",
  body="Beste mevrouw Benali,\n\nIn opvolging van de beslissing van de jeugdrechter verblijft Aya (1C) sinds vorige week "
       "bij haar tante in Kessel-Lo. Wij hebben het dossier aangepast: de tante is voortaan het eerste "
       "contactpunt voor de school, en Aya mag enkel door haar of door de consulent worden opgehaald.\n\n"
       "Kan u ons de kopie van de beschikking bezorgen voor het leerlingendossier?\n\nMet vriendelijke groeten,\n\n"
       + S("hilde"),
  rules=["sensitive", "recipient"], cats=["family"], about=["aya.benali"], mis=True, fmt=["plain"], tag="mis",
  note="youth-court placement of Aya Benali sent to karima.benali@ (mother of the El Amrani children), not to Aya's parents")

M("saldo-meerdaagse-lotte",
  frm="sofie", to=["p1:lotte.bogaerts"], date="2025-03-18 12:20",
  subject="RE: rekening Lotte",
  body="Beste mevrouw,\n\nIn verband met Lotte Cools (4B) nog dit: voor de meerdaagse staat nog een saldo open van € 180. "
       "U vroeg in februari om dit te mogen spreiden omdat uw uitkering pas later start; dat is goed, we zetten "
       "€ 60 op de rekeningen van april, mei en juni.\n\nMet vriendelijke groeten,\n\n" + S("sofie") + "\n\n"
       + outlook_quote("Eva Bogaerts <eva.bogaerts@gmail.com>", "2024-12-19 13:02", "Sofie Michiels",
                       "rekening Lotte",
                       "Goedemiddag, ik heb de rekening van Lotte vandaag betaald, excuses voor de vertraging.\nEva Bogaerts"),
  reply_to_id="bogaerts-rekening-1219",
  rules=["sensitive", "recipient"], cats=["financial"], about=["lotte.cools"], mis=True, fmt=["plain", "reply"],
  tag="mis",
  note="spread payment (parent on benefits) for Lotte Cools (4B) sent in the old thread of Lotte Bogaerts' mother (3A)")


# ===========================================================================
# E. personal mails about one pupil, not sensitive (mostly correctly addressed)
# ===========================================================================
M("laatkomer-lucas-wouters-trein",
  frm="nadia", to=["p1:lucas.wouters"], date="2024-10-21 09:12",
  subject="Lucas (3C) - te laat vanmorgen",
  body="Beste mevrouw Lenaerts,\n\nLucas Wouters kwam vanmorgen om 8u52 binnen. Hij zegt dat de trein uit Leuven "
       "vertraging had. Dat klopt, er waren vanmorgen meer leerlingen te laat, dus dit wordt niet meegeteld. "
       "U hoeft niets te doen, ik laat het u enkel weten.\n\nMvg,\n\n" + S("nadia_tel"),
  rules=["personal_data"], about=["lucas.wouters"], fmt=["plain"], tag="nonsens", corr=True,
  note="late arrival, correctly sent to the mother whose address does not spell the pupil's surname; phone number in the signature")

M("leerlingenkaart-mats-klaar",
  frm="pieter", to=["p1:mats.desmet"], date="2024-10-03 08:40",
  subject="RE: nieuwe leerlingenkaart Mats",
  body="Dag mevrouw De Smet,\n\nExcuses, mijn vorige bericht is naar een verkeerd adres vertrokken. De nieuwe "
       "leerlingenkaart van Mats (2A) ligt klaar aan het onthaal. De € 5 komt op de volgende schoolrekening.\n\n"
       "Pieter Goris\nonthaal",
  rules=[], about=["mats.desmet"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="lost card, correctly addressed this time (karen.desmet@)")

M("handtekening-agenda-emma",
  frm="an", to=["p1:emma.peeters"], date="2024-09-26 16:20",
  subject="Emma - handtekening agenda",
  body="Beste meneer Peeters,\n\nEen kleine herinnering: de schoolagenda van Emma (2A) is deze week nog niet "
       "ondertekend, en het briefje van de uitstap naar Brussel moet ook nog terug. Kan u dat morgen meegeven?\n\n"
       "Alvast bedankt!\n\nAn Devos",
  rules=[], about=["emma.peeters"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="unsigned planner, correctly addressed to Emma Peeters' father (not the other Peeters family)")

M("adreswijziging-lars",
  frm="hilde", to=["p1:lars.peeters"], date="2024-12-18 10:30",
  subject="RE: adreswijziging",
  body="Beste meneer Peeters,\n\nDank u voor de melding. Het nieuwe adres (Waversebaan 188, 3001 Heverlee) staat vanaf "
       "vandaag in het dossier van Lars (4C). De schoolrekening van januari wordt al naar dit adres gestuurd.\n\n"
       "Veel succes met de verhuis!\n\n" + S("hilde") + "\n\n"
       + gt_quote("Dirk Peeters <dirk.peeters71@gmail.com>", "2024-12-17 20:12",
                  "Dag, wij verhuizen op 20 december met het hele gezin naar Waversebaan 188 in Heverlee. Kunnen jullie "
                  "dat aanpassen voor Lars? Mvg, Dirk Peeters"),
  reply_to_id="peeters-adres-1217",
  rules=[], about=["lars.peeters"], fmt=["plain", "reply"], tag="nonsens", corr=True,
  note="family move (no separation), correctly addressed")

M("inschrijving-broer-voorrang",
  frm="hilde", to=["p1:noor.elamrani"], date="2025-02-20 11:48",
  subject="Inschrijving 1e jaar - voorrang broers en zussen",
  body="Beste mevrouw Benali,\n\nOmdat Noor (1B) en Ilias (4A) al bij ons school lopen, kan u uw jongste zoon in de "
       "voorrangsperiode voor broers en zussen inschrijven, van 3 tot en met 14 maart. U kan een afspraak maken via de "
       "website of gewoon langskomen op het leerlingensecretariaat tijdens de kantooruren. Breng zeker het "
       "getuigschrift basisonderwijs niet mee, dat komt pas in juni.\n\nMet vriendelijke groeten,\n\n" + S("hilde_tel"),
  rules=["personal_data"], about=["noor.elamrani", "ilias.elamrani"], fmt=["plain"], tag="nonsens", corr=True,
  note="sibling priority enrolment; the shared parent address of two siblings is correct; phone number in the signature")

M("identiteitskaart-oscar-reis",
  frm="kris", to=["p1:oscar.dewilde"], date="2025-04-29 12:15",
  subject="Parijs - identiteitskaart Oscar",
  body="Beste mevrouw De Wilde,\n\nVoor de reis naar Parijs heb ik van Oscar (6A) nog geen kopie van zijn "
       "identiteitskaart ontvangen. Kan hij die morgen meebrengen? Zonder kaart kan hij donderdag helaas niet mee.\n\n"
       "Groeten,\n" + S("kris"),
  rules=[], about=["oscar.dewilde"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="trip practical detail")

M("fotomoment-leerlingenkaart-jana",
  frm="pieter", to=["l:jana.swinnen"], date="2024-09-24 10:02",
  subject="foto leerlingenkaart",
  body="Dag Jana,\n\nJe foto voor de leerlingenkaart is mislukt (ogen dicht). Kom je donderdag tijdens de "
       "middagpauze (12u40) even langs aan het onthaal? Dan nemen we een nieuwe.\n\nPieter",
  rules=[], about=["jana.swinnen"], fmt=["plain", "short", "to-pupil"], tag="nonsens", corr=True,
  note="photo retake, sent to the pupil's own address")

M("proficiat-olympiade-lotte",
  frm="an", to=["p1:lotte.bogaerts"], date="2025-03-13 17:30", ua="owa",
  subject="Lotte - proficiat!",
  body="Beste mevrouw Bogaerts,\n\nIk wou u even laten weten dat Lotte (3A) zich geplaatst heeft voor de tweede ronde "
       "van de Vlaamse Wiskunde Olympiade. Knap! De tweede ronde is op woensdag 9 april in Leuven; de school "
       "zorgt voor begeleiding.\n\nVriendelijke groeten,\n\n" + S("an"),
  rules=[], about=["lotte.bogaerts"], fmt=["plain"], tag="nonsens", corr=True,
  note="good news, correctly addressed to Lotte Bogaerts' mother")

M("verloren-jas-finn",
  frm="kris", to=["p1:finn.hendrickx"], date="2024-10-10 13:15",
  subject="jas Finn",
  body="Beste mevrouw Hendrickx,\n\nEr hangt een blauwe winterjas met de naam 'Finn H.' in de koker aan de refter, ik "
       "vermoed van Finn (1B). Hij mag hem komen halen bij mij in de studiezaal.\n\nKris",
  rules=[], about=["finn.hendrickx"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="lost jacket")

M("re-kopie-attest-stan",
  frm="ruth", to=["l:stan.geerts"], date="2025-05-06 09:20",
  subject="RE: kopie attest",
  body="Dag Stan,\n\nJe kan je kopie van het attest van regelmatige inschrijving (voor je studentenjob) vanaf morgen "
       "afhalen op het secretariaat, tussen 8u en 16u.\n\nRuth\n\n"
       + gt_quote("Stan Geerts <stan.geerts@leerling.sintpieterscollege.be>", "2025-05-05 21:33",
                  "hallo, mag ik een kopie van mijn attest van inschrijving voor mijn studentenjob? dank u, stan 6A"),
  reply_to_id="geerts-attest-0505",
  rules=[], about=["stan.geerts"], fmt=["plain", "reply", "to-pupil"], tag="nonsens", corr=True,
  note="reply to a pupil about a certificate copy")

M("volleybal-finale-vic",
  frm="koen", to=["p2:vic.maes"], date="2025-03-20 14:10",
  subject="Toestemming provinciale finale volleybal",
  body="Beste mevrouw Goossens,\n\nVic (5B) mag vrijdag 28 maart vanaf 12u de school verlaten om met VC Heverlee de "
       "provinciale finale te spelen. De afwezigheid wordt geregistreerd als E (sportwedstrijd). Hij zorgt zelf dat hij "
       "de lessen van die namiddag inhaalt.\n\nSucces!\n\n" + S("koen"),
  rules=[], about=["vic.maes"], fmt=["plain"], tag="nonsens", corr=True,
  note="sports permission; correctly sent to Vic's mother (half-sibling trap)")

M("rijexamen-senne",
  frm="nadia", to=["p1:senne.vandenberghe"], date="2025-01-15 11:42",
  subject="Afwezigheid Senne - theoretisch rijexamen",
  body="Beste mevrouw,\n\nWij noteerden dat Senne (6B) donderdag 23 januari in de voormiddag zijn theoretisch "
       "rijexamen aflegt. Dat is een gewettigde afwezigheid (code P) op voorwaarde dat hij het bewijs van het "
       "examencentrum binnenbrengt.\n\nMvg,\n\n" + S("nadia"),
  rules=[], about=["senne.vandenberghe"], fmt=["plain"], tag="nonsens", corr=True,
  note="driving test absence")

M("huwelijk-tante-ilias",
  frm="nadia", to=["p2:ilias.elamrani"], date="2025-05-14 10:05",
  subject="RE: afwezigheid Ilias vrijdag",
  body="Beste meneer El Amrani,\n\nIn orde, de afwezigheid van Ilias (4A) op vrijdag 23 mei voor het huwelijk van zijn "
       "tante wordt gewettigd (code F). Gelieve een kopie van de uitnodiging mee te geven.\n\nMet vriendelijke groeten,\n\n"
       + S("nadia"),
  rules=[], about=["ilias.elamrani"], fmt=["plain", "reply"], tag="nonsens", corr=True,
  note="family wedding is not a sensitive family fact")

M("re-smartschool-hanne",
  frm="hilde", to=["p2:hanne.wuyts"], date="2024-09-30 15:25",
  subject="RE: wachtwoord Smartschool",
  body="Beste mevrouw Peeters,\n\nWij mogen geen wachtwoorden per mail doorgeven. U kan het zelf opnieuw instellen: ga "
       "naar de aanmeldpagina van Smartschool, klik op 'Wachtwoord vergeten' en kies co-account 2 voor Hanne (6B). U "
       "ontvangt dan een link op dit e-mailadres.\n\nLukt het niet, dan kan u altijd langskomen; we maken dan samen "
       "een nieuwe startcode aan.\n\nMet vriendelijke groeten,\n\n" + S("hilde"),
  rules=[], about=["hanne.wuyts"], fmt=["plain", "reply"], tag="nonsens", corr=True,
  note="password-reset explanation without any password; mother's address spells Peeters but she is Hanne Wuyts' parent")

M("kluisje-sleutel-lotte-cools",
  frm="pieter", to=["p1:lotte.cools"], date="2024-11-13 12:10",
  subject="sleutel kluisje Lotte",
  body="Dag mevrouw Cools,\n\nLotte (4B) is de sleutel van haar kluisje (nr. 214) kwijt. Een nieuwe sleutel kost € 10 "
       "waarborg; die komt op de schoolrekening. Ze kan hem morgen afhalen.\n\nPieter - onthaal",
  rules=[], about=["lotte.cools"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="locker key, correctly addressed to Lotte Cools' mother")

M("gsm-vergeten-amira-yilmaz",
  frm="hilde", to=["p1:amira.yilmaz"], date="2024-10-09 16:30",
  subject="RE: gsm Amira",
  body="Beste mevrouw Yilmaz,\n\nJa, de gsm van Amira (2B) werd binnengebracht door de LO-leerkracht. Ze kan hem "
       "morgen voor de eerste les afhalen op het secretariaat.\n\nMet vriendelijke groeten,\n\n" + S("hilde"),
  rules=[], about=["amira.yilmaz"], fmt=["plain", "reply"], tag="nonsens", corr=True,
  note="forgotten phone, correct thread and correct mother")

M("laatkomer-jonas-bus",
  frm="nadia", to=["p1:jonas.vermeulen"], date="2024-09-19 09:25",
  subject="Jonas - te laat",
  body="Beste mevrouw Smets,\n\nJonas (4B) was vanmorgen 10 minuten te laat; hij zegt dat bus 2 niet gestopt is omdat "
       "ze vol zat. Dat gebeurt helaas vaker op die lijn. Ik heb het genoteerd als gewettigd.\n\n" + S("nadia"),
  rules=[], about=["jonas.vermeulen"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="late bus; Jonas Vermeulen's mother is griet.smets@ (trap with the Smets family)")

M("ophaaluur-examen-tibo",
  frm="hilde", to=["p1:tibo.smets"], date="2024-12-09 08:30",
  subject="Ophalen na examen woensdag",
  body="Beste mevrouw Smets,\n\nU vroeg om Tibo (4B) woensdag na zijn examen om 10u30 te mogen ophalen. Dat is goed; "
       "hij wacht aan het onthaal.\n\nMet vriendelijke groeten,\n\n" + S("hilde"),
  rules=[], about=["tibo.smets"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="pick-up time after an exam, nothing sensitive")

M("vertraging-bus-mila",
  frm="nadia", to=["p1:mila.janssen"], date="2024-11-05 09:05",
  subject="Mila te laat - bus",
  body="Dag mevrouw Janssen,\n\nMila (2C) kwam om 8u45 binnen met een hele groep van bus 337, die had pech. Geen "
       "probleem, ik laat het u gewoon weten.\n\nNadia",
  rules=[], about=["mila.janssen"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="late bus, correctly sent to an.janssen@ (not an.janssens@)")

M("gsm-ophalen-lucas-janssens",
  frm="kris", to=["p1:lucas.janssens"], date="2025-02-11 15:50",
  subject="gsm Lucas",
  body="Beste mevrouw Janssens,\n\nLucas (3B) heeft zijn gsm laten liggen in de studiezaal. Ik heb hem in de kast "
       "gelegd; hij kan hem morgen om 8u15 bij mij afhalen.\n\nKris Dierickx\nstudiemeester",
  rules=[], about=["lucas.janssens"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="phone left behind; correct Janssens family (an.janssens@)")

M("schoolfotos-willems",
  frm="pieter", to=["p2:arne.willems"], date="2024-10-24 14:00",
  subject="schoolfoto's Elise en Arne",
  body="Beste mevrouw Jacobs,\n\nDe schoolfoto's van Elise (2A) en Arne (5A) zijn er. U kan kiezen: ze meegeven met "
       "Arne, of een link om ze digitaal te bestellen. Laat maar weten.\n\nPieter",
  rules=[], about=["elise.willems", "arne.willems"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="school photos of two siblings to their shared mother (address spells Jacobs, trap with Wout Jacobs)")

M("terugbetaling-uitstap-wout",
  frm="sofie", to=["p1:wout.jacobs"], date="2024-12-11 11:00",
  subject="Terugbetaling uitstap Wout",
  body="Beste mevrouw Jacobs,\n\nDe uitstap naar het Atomium van 4C werd geannuleerd door de busmaatschappij. Wij "
       "storten de € 18 voor Wout terug op het rekeningnummer dat u bij de inschrijving opgaf: "
       + be_iban("063", "5519024") + ". Klopt dat nog?\n\nMet vriendelijke groeten,\n\n" + S("sofie"),
  rules=["personal_data"], about=["wout.jacobs"], fmt=["plain"], tag="nonsens", corr=True,
  note="refund to the parent's IBAN; correctly sent to sabien.jacobs@ (not sabine.jacobs@)")

M("attest-studentenjob-amira-haddad",
  frm="ruth", to=["l:amira.haddad"], date="2025-06-02 10:40",
  subject="attest studentenjob",
  body="Dag Amira,\n\nHierbij het attest dat de uitzendkantoren vragen:\n\n"
       "'De directie van het Sint-Pieterscollege verklaart dat Amira Haddad, geboren op 03/02/2008, in het "
       "schooljaar 2024-2025 als regelmatige leerling ingeschreven is in het 5e jaar secundair onderwijs.'\n\n"
       "Het origineel met stempel ligt op het secretariaat.\n\nRuth",
  rules=["personal_data"], about=["amira.haddad"], fmt=["plain", "to-pupil"], tag="nonsens", corr=True,
  note="student-job certificate with a date of birth, sent to the pupil herself")

M("leerlingenkaart-aya",
  frm="pieter", to=["p1:aya.benali"], date="2024-10-01 09:40",
  subject="Leerlingenkaart Aya",
  body="Dag mevrouw Benali,\n\nDe leerlingenkaart van Aya (1C) is klaar. Ze kan hem afhalen aan het onthaal; dan kan "
       "ze ook een middagmaal bestellen met de kaart.\n\nPieter",
  rules=[], about=["aya.benali"], fmt=["plain", "short"], tag="nonsens", corr=True,
  note="card ready, correctly sent to fatima.benali@ (not karima.benali@)")


# ===========================================================================
# F. general letters to all parents / all staff (must pass)
# ===========================================================================
M("brief-ouders-afwezigheden-regels",
  frm="directie", to=["info"], bcc=["ouders"], date="2024-09-06 14:00", kind="alt",
  subject="Afwezigheden en te laat komen: wat verwachten we van u?",
  body=["Beste ouders,",
        "Een nieuw schooljaar is gestart. Graag zetten we de afspraken rond afwezigheden nog eens op een rij, zoals "
        "ze ook in het schoolreglement staan.",
        "1. Verwittig de school vóór 8u30 als uw kind afwezig is, via Smartschool of telefonisch via de "
        "afwezighedenlijn (nummer in de schoolagenda).\n"
        "2. Bij ziekte tot en met drie opeenvolgende kalenderdagen volstaat een briefje van de ouders. Dat kan "
        "maximaal vier keer per schooljaar.\n"
        "3. Vanaf de vijfde keer, of bij meer dan drie dagen, is een medisch attest nodig.\n"
        "4. Afwezigheden om andere redenen (een begrafenis, een huwelijk, een examen rijbewijs, ...) vraagt u vooraf aan.\n"
        "5. Wie te laat is, registreert zich met de leerlingenkaart op de tablet aan de inkom.",
        "Niet-gewettigde afwezigheden zijn 'problematische afwezigheden'. De school volgt die samen met het CLB op, "
        "zoals de wet dat voorschrijft.",
        "Dank voor uw medewerking!",
        "Griet Wuyts\ndirecteur"],
  rules=[], about=[], fmt=["alt", "bcc-envelope", "general-letter"], tag="gen",
  note="general letter to all parents, group list in BCC, nobody named")

M("brief-eerstejaars-tablets-laatkomers",
  frm="secr", to=["secr"], bcc=["ouders1"], date="2024-09-09 12:30",
  subject="Eerste jaar: leerlingenkaart en te laat komen",
  body="Beste ouders van onze eerstejaars,\n\nDeze week krijgen alle leerlingen van het eerste jaar hun "
       "leerlingenkaart. Die kaart is belangrijk:\n\n- wie na 8u30 toekomt, scant zijn kaart op de tablet aan de "
       "inkom; de leerkracht ziet dan meteen in Smartschool dat uw kind er is\n- met de kaart bestellen de leerlingen "
       "hun middagmaal en lenen ze boeken in de mediatheek\n- een verloren kaart vervangen kost € 5\n\n"
       "U ziet de laatkomingen van uw kind in Smartschool onder 'Aanwezigheden'. Vanaf de vierde laatkoming in een "
       "maand nemen we contact met u op.\n\nMet vriendelijke groeten,\nHet leerlingensecretariaat",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="general letter to first-year parents; mentions tablets but gives no PIN")

M("brief-clb-informatie",
  frm="directie", to=["info"], bcc=["ouders"], date="2024-09-12 10:00", kind="html",
  subject="Kennismaking met het CLB Dijleland",
  body=["Beste ouders,",
        "Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Dijleland. Het CLB helpt leerlingen, "
        "ouders en de school bij vragen over leren en studeren, onderwijsloopbaan, gezondheid en psychisch en sociaal "
        "functioneren.",
        "Het CLB werkt gratis en discreet. Het CLB is ook betrokken bij de opvolging van de leerplicht: wie vaak "
        "problematisch afwezig is, wordt samen met het CLB begeleid. Daarnaast organiseert het CLB de verplichte "
        "medische consulten (onder meer in het 3e jaar).",
        "Meer info vindt u in de bijgevoegde folder of op de website van het CLB. U kan ook altijd terecht bij de "
        "leerlingbegeleiders van de school.",
        "Vriendelijke groeten,\nDe directie"],
  att=[("Folder_CLB_Dijleland_2024-2025.pdf", "application/pdf",
        make_pdf(["CLB Dijleland - Wat doen wij?", "Leren en studeren", "Onderwijsloopbaan",
                  "Preventieve gezondheidszorg", "Psychisch en sociaal functioneren",
                  "Het CLB werkt gratis, onafhankelijk en discreet."], "Folder CLB"))],
  rules=[], about=[], fmt=["html-only", "attachment-pdf", "bcc-envelope", "general-letter"], tag="gen",
  note="general CLB information letter: not sensitive")

M("brief-medicatiebeleid",
  frm="directie", to=["info"], bcc=["ouders"], date="2024-09-18 15:45", cte="quoted-printable",
  subject="Medicatie op school",
  body="Beste ouders,\n\nSteeds meer leerlingen nemen medicatie tijdens de schooluren. Om dit veilig te laten "
       "verlopen, gelden deze afspraken:\n\n- De school geeft geen medicatie zonder schriftelijke vraag van de "
       "ouders én een attest van de arts (formulier 'medicatie op school', te vinden op Smartschool).\n"
       "- Medicatie wordt in de originele verpakking, met naam van de leerling, aan het leerlingensecretariaat "
       "bezorgd.\n- Leerlingen dragen zelf geen medicatie bij zich, behalve noodmedicatie (inhalator, adrenalinepen, "
       "insuline) na afspraak.\n- Bij ziekte tijdens de schooldag bellen we de ouders; we geven zelf geen "
       "pijnstillers.\n\nHeeft uw kind een chronische aandoening, laat het ons dan weten zodat we samen een "
       "medische fiche kunnen opmaken.\n\nMet vriendelijke groeten,\nGriet Wuyts, directeur",
  rules=[], about=[], fmt=["plain-qp", "bcc-envelope", "general-letter"], tag="gen",
  note="general medication policy letter, nobody named")

M("brief-antipestbeleid",
  frm="directie", to=["info"], bcc=["ouders"], date="2024-10-01 13:15", kind="alt",
  subject="Samen tegen pesten",
  body=["Beste ouders,",
        "Pesten hoort niet thuis op onze school, ook niet online. Tijdens de week tegen pesten (7-11 oktober) "
        "werken alle klassen rond groepsklimaat en digitaal respect.",
        "Wat doet de school als er gepest wordt?\n- we luisteren naar elke melding, ook anoniem via de brievenbus "
        "aan de mediatheek\n- we spreken met alle betrokkenen en werken herstelgericht (no blame-aanpak)\n"
        "- waar nodig nemen we maatregelen volgens het schoolreglement en betrekken we de ouders",
        "Merkt u iets bij uw kind? Neem contact op met de leerlingbegeleider van de graad.",
        "Met vriendelijke groeten,\nDe directie en het team leerlingbegeleiding"],
  rules=[], about=[], fmt=["alt", "bcc-envelope", "general-letter"], tag="gen",
  note="general anti-bullying policy letter: not sensitive")

M("brief-herinnering-schoolrekening-algemeen",
  frm="sofie", to=["info"], bcc=["ouders"], date="2025-01-20 09:00",
  subject="Herinnering: schoolrekening eerste trimester",
  body="Beste ouders,\n\nDe schoolrekening van het eerste trimester had betaald moeten zijn op 31 december. Bij "
       "een aantal gezinnen staat het bedrag nog (gedeeltelijk) open. Heeft u al betaald, dan mag u dit bericht "
       "als onbestaande beschouwen.\n\nGebruik bij betaling steeds de gestructureerde mededeling die op uw "
       "rekening staat. Kan u de rekening moeilijk in één keer betalen? Neem dan discreet contact op met de "
       "boekhouding; samen zoeken we naar een oplossing (bijvoorbeeld een afbetalingsplan).\n\n"
       "Met vriendelijke groeten,\nSofie Michiels\nboekhouding",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="payment reminder to everybody, nobody named, no IBAN")

M("personeel-procedure-afwezigheden-informat",
  frm="koen", to=["koen"], bcc=["personeel"], date="2024-08-29 16:00", kind="alt",
  subject="Afwezigheden ingeven: afspraken 2024-2025",
  body=["Beste collega's,", "Ter voorbereiding van de start, de afspraken rond de registratie van afwezigheden:",
        "- Neem elk lesuur binnen de eerste 10 minuten de aanwezigheden op in Smartschool.\n"
        "- Laatkomers die met een ticket van de tablet binnenkomen: niets meer doen, de registratie gebeurt automatisch.\n"
        "- Twijfel je over een leerling die afwezig is maar 's morgens wel op school was? Verwittig meteen het "
        "leerlingensecretariaat.\n- Codes (Z, R, F, P, B, ...) worden enkel door het secretariaat ingegeven, niet door "
        "de leerkrachten.",
        "Vragen: Nadia of ikzelf.", "Goede start!\nKoen"],
  rules=[], about=[], fmt=["alt", "bcc-envelope", "general-letter", "staff"], tag="gen",
  note="general staff letter, staff list in BCC")

M("personeel-herinnering-privacy",
  frm="privacy", to=["privacy"], bcc=["personeel"], date="2024-10-08 08:00", kind="html",
  subject="Herinnering: nooit wachtwoorden via mail",
  body=["Beste collega's,",
        "De voorbije weken kregen we enkele meldingen van collega's die wachtwoorden of toegangscodes via mail of "
        "WhatsApp doorstuurden. Daarom herhalen we de afspraak uit het communicatiebeleid van Stroom:",
        ("html", '<p class="MsoNormal"><b>Verzend nooit een wachtwoord, voor eender welk platform, via e-mail of een '
                 'ander communicatiesysteem.</b> Niemand van Stroom zal op deze manier ooit een wachtwoord opvragen.</p>',
         "Verzend nooit een wachtwoord, voor eender welk platform, via e-mail of een ander communicatiesysteem. "
         "Niemand van Stroom zal op deze manier ooit een wachtwoord opvragen."),
        "Moet een collega ergens aan kunnen? Geef het wachtwoord mondeling, of laat de ICT-coördinator een eigen "
        "account aanmaken. Vermoedt u dat een wachtwoord of persoonsgegevens gelekt zijn, meld het dan aan "
        "privacy@lksd.ksleuven.be.",
        "Met vriendelijke groeten,\nAanspreekpunt informatieveiligheid LKSD"],
  rules=[], about=[], fmt=["html-only", "bcc-envelope", "general-letter", "staff"], tag="gen",
  note="general privacy reminder about passwords, no password in it")

M("brief-examens-ziekte-attest",
  frm="directie", to=["info"], bcc=["ouders"], date="2024-11-29 12:00",
  subject="Examens december: afwezig door ziekte?",
  body="Beste ouders,\n\nVan 9 tot en met 19 december zijn er examens. Is uw kind ziek tijdens een examendag, dan:\n\n"
       "1. verwittigt u de school vóór 8u30;\n2. bezorgt u altijd een medisch attest, ook voor één dag (een briefje "
       "van de ouders volstaat tijdens de examens niet);\n3. beslist de klassenraad of en wanneer het examen wordt "
       "ingehaald.\n\nWe wensen alle leerlingen veel succes!\n\nDe directie",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="general exam absence rules, nobody named")

_fr_parents = [PUP[k][x] for k in ("zoe.lambert", "marie.dubois") for x in ("p1", "p2") if PUP[k][x]] + \
              [a for p in ROSTER if p["last"] in ("Lemaire", "Deprez", "Dupont") for a in (p["p1"], p["p2"]) if a]
M("lettre-parents-absences-fr",
  frm="directie", to=["info"], bcc=_fr_parents, date="2024-09-06 14:10",
  charset="windows-1252", cte="quoted-printable",
  subject="Absences et retards : rappel des règles (version française)",
  body="Chers parents,\n\nÀ la demande de plusieurs familles, voici un résumé en français des règles concernant les "
       "absences.\n\n- Prévenez l'école avant 8h30 en cas d'absence (Smartschool ou la ligne des absences).\n"
       "- Pour une maladie de trois jours maximum, un mot des parents suffit, quatre fois par année scolaire.\n"
       "- Au-delà, un certificat médical est obligatoire.\n- Les élèves en retard s'enregistrent avec leur carte "
       "d'élève sur la tablette à l'entrée.\n\nLes absences non justifiées sont suivies avec le CLB, comme le prévoit "
       "la loi sur l'obligation scolaire.\n\nMerci de votre collaboration,\nLa direction",
  rules=[], about=[], lang="fr", fmt=["plain-cp1252", "plain-qp", "bcc-envelope", "general-letter"], tag="gen",
  note="French general letter, parents only in the SMTP envelope")

_en_parents = [PUP[k][x] for k in ("ines.kowalska", "liam.obrien", "daria.kovalenko") for x in ("p1", "p2") if PUP[k][x]]
M("letter-parents-absences-en",
  frm="directie", to=["info"], bcc=_en_parents, date="2024-09-06 14:15",
  subject="Absences and late arrival - summary in English",
  body="Dear parents,\n\nFor families who do not (yet) read Dutch, here is a short summary of our rules on absences.\n\n"
       "* Please inform the school before 8:30 am if your child is absent (via Smartschool or the absence line).\n"
       "* For an illness of up to three days, a note from the parents is enough, at most four times per school year.\n"
       "* Otherwise a doctor's certificate is required.\n* Pupils who arrive late register with their pupil card "
       "on the tablet at the entrance.\n\nUnauthorised absences are followed up together with the CLB (pupil guidance "
       "centre), as required by Flemish law.\n\nKind regards,\nThe school management",
  rules=[], about=[], lang="en", fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="English general letter, parents only in the SMTP envelope")

M("brief-schooltoelage-info",
  frm="secr", to=["secr"], bcc=["ouders"], date="2024-10-15 11:30", kind="alt",
  subject="Schooltoelage: vraag ze aan vóór 1 juni",
  body=["Beste ouders,",
        "Wist u dat veel gezinnen recht hebben op een schooltoelage van het Groeipakket, maar ze niet ontvangen? "
        "Of u recht heeft, hangt af van het gezinsinkomen en de gezinssituatie. Voor leerlingen die al kinderbijslag "
        "ontvangen, wordt het recht meestal automatisch onderzocht.",
        "Twijfelt u, of wil u hulp bij de aanvraag? Het leerlingensecretariaat helpt u graag, in alle discretie.",
        "Let op: wie te veel problematisch afwezig is, kan de schooltoelage verliezen.",
        "Met vriendelijke groeten,\nHet leerlingensecretariaat"],
  rules=[], about=[], fmt=["alt", "bcc-envelope", "general-letter"], tag="gen",
  note="general school-allowance information, nobody named")

M("brief-geen-vakantie-vervroegen",
  frm="directie", to=["info"], bcc=["ouders"], date="2025-03-24 10:00",
  subject="Paasvakantie: niet vroeger vertrekken",
  body="Beste ouders,\n\nElk jaar krijgen we vragen om een leerling enkele dagen vroeger met vakantie te laten "
       "vertrekken, omdat de vliegtuigtickets goedkoper zijn. Dat kunnen we niet toestaan: de leerplicht laat dit "
       "niet toe, en dergelijke afwezigheden worden als problematisch (code B) geregistreerd.\n\nDe paasvakantie "
       "begint op vrijdag 4 april om 12u05.\n\nDank voor uw begrip,\nDe directie",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="general letter about early holidays")

_flow = make_pdf(["Stappenplan problematische afwezigheden - Sint-Pieterscollege",
                  "Stap 1: eerste B-code -> secretariaat belt ouders dezelfde dag",
                  "Stap 2: 5 halve dagen B -> leerlingbegeleider gesprek met leerling",
                  "Stap 3: 10 halve dagen B -> CLB wordt betrokken, begeleidingsdossier",
                  "Stap 4: 30 halve dagen B -> melding Agentschap, zie omzendbrief",
                  "Bij vermoeden van spijbelen buiten de school: afspraken met de jeugdcel"], "Stappenplan")
M("personeel-stappenplan-problematische-afwezigheden",
  frm="koen", to=["koen"], bcc=["leerkrachten"], date="2024-10-23 17:10",
  subject="Nieuw stappenplan problematische afwezigheden",
  body="Beste collega's,\n\nIn bijlage het nieuwe stappenplan voor problematische afwezigheden, zoals besproken op de "
       "personeelsvergadering. Voor jullie verandert er weinig: blijf de aanwezigheden correct opnemen, en meld "
       "opvallende patronen (altijd maandag, altijd na de middag, ...) aan de leerlingbegeleider van de graad.\n\n"
       "Groeten,\n\n" + S("koen"),
  att=[("Stappenplan_problematische_afwezigheden.pdf", "application/pdf", _flow)],
  rules=[], about=[], fmt=["plain", "attachment-pdf", "bcc-envelope", "general-letter", "staff"], tag="gen",
  note="general staff procedure, teachers' list in BCC")

M("brief-co-account-activeren",
  frm="secr", to=["secr"], bcc=["ouders1"], date="2024-09-04 13:20", kind="alt",
  subject="Smartschool voor ouders: zo activeert u uw co-account",
  body=["Beste ouders,",
        "Via Smartschool volgt u de afwezigheden, laatkomingen en berichten van de school. Elke ouder krijgt een "
        "eigen co-account.",
        "Vandaag krijgt uw kind een brief op papier mee met de startgegevens. Op die brief staan uw gebruikersnaam en "
        "een eenmalige startcode. Bij de eerste aanmelding kiest u zelf een wachtwoord. Deel dat met niemand, ook niet "
        "met uw kind.",
        "Wij zullen u nooit per mail of telefoon naar uw wachtwoord vragen.",
        "Met vriendelijke groeten,\nHet leerlingensecretariaat"],
  rules=[], about=[], fmt=["alt", "bcc-envelope", "general-letter"], tag="gen",
  note="co-account activation explained; the codes go on paper, none in the mail")

M("brief-wijzigingen-doorgeven",
  frm="secr", to=["secr"], bcc=["ouders"], date="2024-09-20 09:45",
  subject="Verhuisd of gewijzigde gezinssituatie? Laat het ons weten",
  body="Beste ouders,\n\nOm u goed te kunnen bereiken, vragen we om elke wijziging door te geven aan het "
       "leerlingensecretariaat: een nieuw adres, een nieuw e-mailadres, een wijziging in de verblijfsregeling of in "
       "het ouderlijk gezag. Bij een beslissing van de rechtbank vragen we een kopie, zodat we correct kunnen handelen.\n\n"
       "Deze gegevens worden vertrouwelijk behandeld en enkel gedeeld met wie ze nodig heeft.\n\n"
       "Met vriendelijke groeten,\nHet leerlingensecretariaat",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="general request to report address or custody changes; nobody named")

M("brief-klasdag-3b",
  frm="tom", to=["tom"], bcc=class_parents("3B"), date="2025-05-07 18:20",
  subject="Klasdag 3B - vrijdag 16 mei",
  body="Beste ouders van 3B,\n\nVrijdag 16 mei gaan we met de klas op klasdag naar de Dijlevallei (wandeling en "
       "kajak). We vertrekken om 8u30 aan de school en zijn terug om 16u. Meebrengen: lunchpakket, drinkfles, "
       "reservekleren en een handdoek. De kostprijs (€ 14) komt op de schoolrekening.\n\nWie niet meegaat, is die "
       "dag gewoon op school aanwezig (studie).\n\nGroeten,\nTom Verbist\nbegeleidende leerkracht klasdag 3B",
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter"], tag="gen",
  note="class letter with all 3B parents in the SMTP envelope only")

M("brief-6e-jaar-getuigschriften",
  frm="directie", to=["info"], bcc=["ouders6", "leerlingen6"], date="2025-06-16 10:00", kind="html",
  subject="Proclamatie en afhalen getuigschriften 6e jaar",
  body=["Beste ouders, beste leerlingen van het zesde jaar,",
        "De proclamatie vindt plaats op vrijdag 27 juni om 19u in de sporthal. Daar ontvangen de leerlingen hun "
        "diploma secundair onderwijs.",
        "Wie niet aanwezig kan zijn, kan het diploma vanaf 30 juni afhalen op het leerlingensecretariaat, op vertoon "
        "van de identiteitskaart. Een volmacht voor iemand anders vindt u op Smartschool.",
        "Tot dan!\nDe directie"],
  rules=[], about=[], fmt=["html-only", "bcc-envelope", "general-letter"], tag="gen",
  note="general letter to all sixth-year parents and pupils, lists in BCC")

M("personeel-opruimdag-archief",
  frm="ruth", to=["ruth"], bcc=["personeel"], date="2025-06-20 13:00",
  subject="Opruimdag archief 1 juli",
  body="Beste collega's,\n\nOp dinsdag 1 juli ruimen we het archief op. Dossiers waarvan de bewaartermijn verstreken "
       "is, worden door een erkende firma vernietigd; er gaat niets bij het gewone papier.\n\nHeb je zelf nog mappen "
       "met leerlingengegevens in je klaslokaal of kast (oude rapporten, verslagen, briefjes)? Breng ze vóór 27 juni "
       "naar het secretariaat in een gesloten doos met je naam. Wij zorgen voor veilige vernietiging.\n\n"
       "Bedankt!\n" + S("ruth"),
  rules=[], about=[], fmt=["plain", "bcc-envelope", "general-letter", "staff"], tag="gen",
  note="general staff letter about the archive, staff list in BCC")

M("brief-spijbelbeleid-politie",
  frm="directie", to=["info"], bcc=["ouders"], date="2025-02-03 12:00", cte="base64",
  subject="Spijbelen: samenwerking met de jeugdcel",
  body="Beste ouders,\n\nOnze school werkt, net als de andere scholen in Leuven, samen met de jeugdcel van de politie "
       "rond spijbelen. Leerlingen die tijdens de lesuren zonder toestemming buiten de school worden aangetroffen, "
       "kunnen door de politie naar school worden gebracht. De school verwittigt dan altijd de ouders.\n\n"
       "Spijbelen is vaak een signaal dat er iets scheelt. Praat erover met uw kind en neem gerust contact op met de "
       "leerlingbegeleiding.\n\nMet vriendelijke groeten,\nGriet Wuyts, directeur",
  rules=[], about=[], fmt=["plain-base64", "bcc-envelope", "general-letter"], tag="gen",
  note="general truancy policy letter, nobody named; base64 body")


# ===========================================================================
# G. other: bcc, private accounts, dangerous attachments, personal data, ordinary
# ===========================================================================
M("klasdag-4b-planckendael",
  frm="tom", to=["ouders4b"], date="2025-05-05 19:40", ua="owa",
  subject="Klasdag 4B en afwezigheid",
  body="Beste ouders,\n\nOp donderdag 15 mei is er klasdag voor 4B (Planckendael). Wie niet meegaat, moet die dag "
       "op school zijn; een afwezigheid zonder attest wordt als problematisch geregistreerd. Het inschrijvingsstrookje "
       "graag terug tegen vrijdag.\n\nVriendelijke groeten,\n\n" + S("tom"),
  rules=["bcc"], about=[], fmt=["plain", "group-in-to"], tag="other",
  note="parents' list of 4B put in To instead of BCC")

M("laatkomers-regeling-december",
  frm="koen", to=["directie"], cc=["personeel"], date="2024-11-22 16:35",
  subject="Nieuwe regeling laatkomers vanaf 2 december",
  body="Beste directie, beste collega's,\n\nVanaf maandag 2 december gaat de poort om 8u35 dicht. Laatkomers melden "
       "zich aan met de kaart op de tablet aan het onthaal en krijgen een ticket. Zonder ticket geen toegang tot de les.\n\n"
       "Leerlingen die drie keer in een maand te laat komen, krijgen een verwittiging via Smartschool.\n\n"
       "Koen",
  rules=["bcc"], about=[], fmt=["plain", "group-in-cc"], tag="other",
  note="all-staff list in CC instead of BCC")

M("laatkomingen-oktober",
  frm="nadia", to=["p1:lucas.janssens", "p1:yusuf.demir", "p1:warre.thys"], date="2024-10-31 12:05",
  subject="Laatkomingen oktober",
  body="Beste ouders,\n\nIn oktober kwamen de volgende leerlingen vier keer of meer te laat:\n\n"
       "- Lucas Janssens (3B): 5 keer\n- Yusuf Demir (3B): 4 keer\n- Warre Thys (3C): 4 keer\n\n"
       "Wij vragen u om samen met uw zoon te bekijken hoe hij tijdig op school kan zijn.\n\nMvg,\n\n" + S("nadia"),
  rules=["bcc"], about=["lucas.janssens", "yusuf.demir", "warre.thys"], fmt=["plain", "parents-in-to"], tag="other",
  corr=True,
  note="three families in To see each other's addresses; late arrivals are not sensitive; each pupil's parent is included")

M("jayden-2e-lesuur",
  frm="an_priv", to=["secr"], date="2024-10-17 10:52", ua="gmail",
  subject="Jayden 3A",
  body="Hallo, ik zit zonder laptop vandaag dus ik stuur het even zo: Jayden Mukendi uit 3A was het 2e lesuur niet in "
       "de les, maar hij staat niet als afwezig op de lijst. Kunnen jullie even checken of hij binnengekomen is?\n\n"
       "An Devos\n\nVerstuurd vanaf mijn Android-apparaat",
  rules=["private_account"], about=["jayden.mukendi"], fmt=["plain", "from-private"], tag="other", nonsens=True,
  note="teacher sends school business from her private gmail")

M("turnzak-lotte",
  frm="kris_priv", to=["p1:lotte.bogaerts"], date="2025-01-30 19:15", ua="iphone",
  subject="turnzak Lotte",
  body="Goeienavond mevrouw Bogaerts, Smartschool ligt plat dus ik stuur het van mijn eigen mail: Lotte (3A) heeft haar "
       "turnzak in de sporthal laten liggen, ik heb hem bij mij in de studiezaal. Groetjes, Kris Dierickx (studiemeester)",
  rules=["private_account"], about=["lotte.bogaerts"], fmt=["plain", "from-private"], tag="other", nonsens=True,
  corr=True, note="staff member writes to a parent from his private hotmail address")

M("recept-quiche",
  frm="nadia", to=["nadia_priv"], date="2025-02-14 12:58",
  subject="recept quiche van Saar",
  body="quiche met prei en geitenkaas (Saar)\n\n- 1 rol bladerdeeg\n- 3 preien\n- 150 g geitenkaas\n- 4 eieren, "
       "200 ml room\n- peper, zout, nootmuskaat\n\n35 min op 190 graden",
  rules=[], about=[], fmt=["plain", "short", "to-private"], tag="other",
  note="private matter mailed to her own private address: allowed")

M("morgen-ziek",
  frm="joke_priv", to=["hilde"], date="2025-03-26 21:47", ua="iphone",
  subject="morgen",
  body="Hilde, ik ben ziek en kom morgen niet. Kan jij om 8u35 de lijst van de tablets nakijken en de "
       "telefoontjes doen? De briefjes van gisteren liggen in het bakje, nog niet ingescand. Sorry!!\nJoke",
  rules=["private_account"], about=[], fmt=["plain", "short", "from-private"], tag="other",
  note="staff member arranges school work from her private iCloud address")

M("overzicht-afwezigheden-per-klas",
  frm="nadia", to=["koen"], date="2025-01-10 16:15",
  subject="overzicht afwezigheden per klas (met knop)",
  body="Koen,\n\nIk heb de Excel van vorig jaar aangepast; als je op de knop 'Vernieuwen' klikt, haalt hij zelf de "
       "export van de server. Je moet wel 'Inhoud inschakelen' aanklikken als Excel erom vraagt.\n\nNadia",
  att=[("overzicht_afwezigheden_per_klas.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12",
        make_xlsx([["Klas", "Halve dagen R", "Halve dagen Z", "Halve dagen B"],
                   ["1A", 14, 22, 0], ["1B", 9, 30, 2], ["2A", 17, 12, 1], ["3B", 11, 40, 14],
                   ["5B", 8, 19, 32]], sheet="Overzicht", macro=True))],
  rules=["attachment"], about=[], fmt=["plain", "attachment-xlsm"], tag="other",
  note="macro-enabled workbook (per-class totals only, nobody named)")

_update_zip = _zip([("Presentix_Kiosk_Update_3.2/setup.exe", fake_exe("presentix-setup")),
                    ("Presentix_Kiosk_Update_3.2/LEESMIJ.txt",
                     "Installeer eerst setup.exe als administrator en herstart daarna de tablet.\r\n")])
M("fw-update-kiosksoftware",
  frm="bart", to=["nadia"], date="2024-11-05 17:05",
  subject="FW: Update kiosksoftware 3.2",
  body="Nadia, kan jij dit morgen vroeg op de reservetablet in het secretariaat zetten? Uitpakken en setup starten.\n"
       "Bart\n\n"
       + fwd_block("Presentix Support <support@presentix.be>", "2024-11-05 14:22", "bart.claes@sintpieterscollege.be",
                   "Update kiosksoftware 3.2",
                   "Beste klant,\n\nIn bijlage de update 3.2 van de kiosksoftware die het probleem met de "
                   "synchronisatie oplost.\n\nPresentix Support"),
  att=[("Presentix_Kiosk_Update_3.2.zip", "application/zip", _update_zip)],
  rules=["attachment"], about=[], fmt=["plain", "forward", "attachment-zip"], tag="other",
  note="zip archive containing an .exe")

M("script-herstarten-tablets",
  frm="bart", to=["pieter"], date="2024-11-07 08:20",
  subject="script herstarten tablets",
  body="Pieter,\n\nAls de tablets 's morgens weer niet synchroniseren: dubbelklik op het bestand in bijlage vanaf de pc "
       "aan het onthaal, dat herstart de kiosk-service op alle vier.\n\nBart",
  att=[("tablets_herstarten.bat", "application/x-msdos-program",
        b"@echo off\r\nREM herstart kiosk-service op de aanwezigheidstablets\r\n"
        b"for %%t in (T1 T2 T3 T4) do (\r\n  sc \\\\SPC-KIOSK-%%t stop PresentixKiosk\r\n"
        b"  timeout /t 5 /nobreak >nul\r\n  sc \\\\SPC-KIOSK-%%t start PresentixKiosk\r\n)\r\necho Klaar.\r\npause\r\n")],
  rules=["attachment"], about=[], fmt=["plain", "attachment-bat"], tag="other",
  note="batch script attached")

M("nieuw-sjabloon-attesten",
  frm="ruth", to=["joke"], date="2025-01-13 11:25",
  subject="nieuw sjabloon attesten",
  body="Joke,\n\nHier het nieuwe sjabloon voor de attesten van inschrijving. Het nummer (AI-jaar-volgnummer) en de datum "
       "vullen zich automatisch in als je de macro's toelaat.\n\nRuth",
  att=[("Sjabloon_attest_inschrijving_2025.docm", "application/vnd.ms-word.document.macroEnabled.12",
        make_docx(["Sint-Pieterscollege Heverlee", "ATTEST VAN INSCHRIJVING nr. [NUMMER]",
                   "De directie verklaart dat [NAAM LEERLING] ingeschreven is in klas [KLAS].",
                   "Heverlee, [DATUM]"], macro=True))],
  rules=["attachment"], about=[], fmt=["plain", "attachment-docm"], tag="other",
  note="macro-enabled Word template")

M("export-afwezigheden",
  frm="bart", to=["hilde"], date="2025-02-18 14:02",
  subject="export afwezigheden automatisch",
  body="Hilde,\n\nMet dit scriptje moet je de export voor het Agentschap niet meer manueel maken. Opslaan op je "
       "bureaublad en dubbelklikken op vrijdag.\n\nBart",
  att=[("export_afwezigheden.vbs", "text/vbscript",
        b"' export afwezigheden voor melding\r\nSet sh = CreateObject(\"WScript.Shell\")\r\n"
        b"sh.Run \"cmd /c copy \\\\srv-adm01\\export\\afw_week.csv %USERPROFILE%\\Desktop\\\", 0, True\r\n"
        b"MsgBox \"Export klaar\"\r\n")],
  rules=["attachment"], about=[], fmt=["plain", "attachment-vbs"], tag="other",
  note="VBScript attached")

M("telefoon-mama-ella",
  frm="saar", to=["nadia"], date="2025-02-06 10:18",
  subject="telefoon: mama Ella Verhoeven",
  body="TELEFOONNOTITIE\n\nVoor: Nadia\nVan: Saar (onthaal)\nTijd: 10u12\n\nMama van Ella Verhoeven (2C) belde, "
       "vraagt of het oudercontact van 13/2 ook online kan. Graag terugbellen op haar gsm 0486 27 13 95 (na 12u).\n\nSaar",
  rules=["personal_data"], about=["ella.verhoeven"], fmt=["plain", "phone", "short"], tag="other", nonsens=True,
  note="phone note with a parent's mobile number; the question itself is not sensitive")

M("planning-ophaling-archief",
  frm="ruth", to=["archief"], date="2025-05-27 10:05",
  subject="Ophaling en vernietiging 1 juli",
  body="Goedemorgen,\n\nWij bevestigen de ophaling op dinsdag 1 juli vanaf 9u: ongeveer 40 archiefdozen voor "
       "gecertificeerde vernietiging (uitschrijvingen 2009-2014) en 12 dozen voor bewaring in jullie depot "
       "(uitschrijvingen 2015, doosnummers 1 tot 12). Graag een vernietigingsattest achteraf.\n\nToegang via de "
       "leveringspoort aan de achterkant.\n\nMet vriendelijke groeten,\n\n" + S("ruth"),
  rules=[], about=[], fmt=["plain"], tag="other",
  note="ordinary archive logistics")

M("sjablonen-attesten-pdf",
  frm="ruth", to=["hilde"], cc=["joke"], date="2025-01-06 09:30",
  subject="attestsjablonen 2025 (pdf ter controle)",
  body="Dag Hilde,\n\nHierbij de nieuwe sjablonen in pdf zodat je de tekst kan nalezen vóór ik ze in Informat zet: "
       "attest van inschrijving, attest van uitschrijving en attest van aanwezigheid. Het logo is het nieuwe van Stroom.\n\n"
       "Ruth",
  att=[("sjablonen_attesten_2025.pdf", "application/pdf",
        make_pdf(["ATTEST VAN INSCHRIJVING nr. AI-[JAAR]-[NR]", "ATTEST VAN UITSCHRIJVING nr. UA-[JAAR]-[NR]",
                  "ATTEST VAN AANWEZIGHEID", "De directie verklaart dat [NAAM] ...", "Stroom - LKSD"], "Sjablonen"))],
  rules=[], about=[], fmt=["plain", "attachment-pdf"], tag="other",
  note="blank certificate templates, nothing personal")

M("onderhoud-centrale-telvox",
  frm="saar", to=["telvox"], date="2024-12-03 15:20",
  subject="Migratie centrale - tijdstip",
  body="Goedemiddag,\n\nVoor de migratie van onze telefooncentrale stellen wij woensdagnamiddag 11 december voor, vanaf "
       "13u. Er zijn dan geen lessen en de afwezighedenlijn mag een paar uur onbereikbaar zijn. De lijst met toestellen "
       "bezorgt onze ICT-coördinator rechtstreeks aan uw technicus.\n\nMet vriendelijke groeten,\n\n" + S("saar"),
  rules=[], about=[], fmt=["plain"], tag="other",
  note="ordinary vendor planning")

M("overleg-planning-procedure",
  frm="koen", to=["hilde", "nadia", "leen"], date="2024-10-04 11:11",
  subject="Overleg procedure afwezigheden",
  body="Hoi,\n\nKunnen we dinsdag 8/10 om 15u45 een half uur samenzitten in B012 over de nieuwe procedure voor "
       "problematische afwezigheden? Ik wil het stappenplan afwerken voor de personeelsvergadering.\n\nKoen",
  rules=[], about=[], fmt=["plain", "short"], tag="other",
  note="ordinary meeting planning")

M("bevolking-vraag-adrescontrole",
  frm="hilde", to=["bevolking"], date="2025-03-04 14:30",
  subject="Vraag: procedure adrescontrole leerlingen",
  body="Geachte,\n\nVoor de controle van de domicilieadressen van onze leerlingen (nodig voor de leerlingentelling) "
       "vragen wij ons af welke procedure wij moeten volgen: mogen wij een lijst indienen, of moet elk gezin zelf een "
       "uittreksel vragen? Wij willen uiteraard niet meer persoonsgegevens uitwisselen dan nodig.\n\n"
       "Met vriendelijke groeten,\n\n" + S("hilde"),
  rules=[], about=[], fmt=["plain"], tag="other",
  note="ordinary question to a municipality, nobody named")


# ===========================================================================
# output
# ===========================================================================
PARENT_OF = {}
for _p in ROSTER:
    for _a in (_p["p1"], _p["p2"]):
        if _a:
            PARENT_OF.setdefault(_a, set()).add(_p["id"])


def check_labels(slug_, kw, env_from, rcpt):
    rules = kw["rules"]
    assert all(r in RULE_ORDER for r in rules), (slug_, rules)
    assert len(set(rules)) == len(rules), slug_
    cats = kw.get("cats")
    assert ("sensitive" in rules) == bool(cats), slug_
    if cats:
        assert all(c in CATS for c in cats), slug_
    mis = kw.get("mis", False)
    assert ("recipient" in rules) == mis, slug_
    about_ids = [PUP[k]["id"] for k in kw["about"]]
    parent_rcpt = [a for a in rcpt if a in PARENT_OF]
    for pid in about_ids:
        own = any(pid in PARENT_OF[a] for a in parent_rcpt)
        if mis:
            assert not own and parent_rcpt, slug_
        elif parent_rcpt and kw["tag"] != "gen":
            assert own, (slug_, pid)
    if mis:
        assert len(about_ids) == 1, slug_


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(470047).shuffle(order)
    slugs = [s for s, _ in MAILS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    out = ["# batch47 - pupil administration and attendance office, Sint-Pieterscollege Heverlee "
           "(absences, certificates, custody and address changes, tablets/PINs, phone and software logins)", ""]
    for num, idx in enumerate(order, 1):
        slug_, kw = MAILS[idx]
        msg, env_from, rcpt = build(num, slug_, kw)
        check_labels(slug_, kw, env_from, rcpt)
        fn = f"{num:03d}-{slug_}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(msg.as_bytes())
        rules = sorted(kw["rules"], key=RULE_ORDER.index)
        out.append(f"{fn}:")
        out.append(f"  rules: {ylist(rules)}")
        if kw.get("cats"):
            cats = sorted(kw["cats"], key=CATS.index)
            out.append(f"  categories: {{sensitive: {ylist(cats)}}}")
        out.append(f"  mail_from: {env_from}")
        out.append(f"  rcpt: {ylist(rcpt)}")
        out.append(f"  about: {ylist(PUP[k]['id'] for k in kw['about'])}")
        out.append(f"  misdirected: {'true' if kw.get('mis') else 'false'}")
        out.append(f"  note: {yq(kw['note'])}")
        out.append(f"  lang: {kw.get('lang', 'nl')}")
        out.append(f"  format: {ylist(kw['fmt'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    print(f"wrote {len(MAILS)} mails, labels.yaml and roster.csv ({len(ROSTER)} pupils)")


if __name__ == "__main__":
    main()
