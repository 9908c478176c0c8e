#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch39 - labelled outbound mail of the ICT co-ordinator, helpdesk and secretariat of
Sint-Pieterscollege Leuven (Stroom / LKSD) during the move to a new Microsoft 365 tenant and new laptops.

Deterministic: fixed dates, Message-IDs, MIME boundaries and a seeded random generator.
Only the Python standard library is used.  Run:  python3 make.py
It writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import base64
import csv
import datetime
import hashlib
import html as _html
import io
import json
import os
import quopri
import random
import re
import struct
import unicodedata
import zipfile
import zlib
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr, getaddresses, format_datetime
from email import policy as _policy

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(390039)

SCHOOL = "Sint-Pieterscollege"
ADRES = "Tervuursevest 101, 3000 Leuven"
WEB = "www.sintpieterscollege.be"
SCHOOL_TEL = "016 29 48 10"          # invented; only used where personal_data is labelled
BOEKH_TEL = "016 29 48 14"

# --------------------------------------------------------------------------------------------
# helpers: names, checksums
# --------------------------------------------------------------------------------------------

def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("đ", "d").replace("ł", "l")
    return re.sub(r"[^a-z]", "", s.lower())


def be_iban(bank10):
    """valid Belgian IBAN from a 10-digit bank/account prefix"""
    base = int(bank10)
    chk = base % 97 or 97
    bban = "%010d%02d" % (base, chk)
    num = int(bban + "111400")          # B=11 E=14 + '00'
    ck = 98 - num % 97
    s = "BE%02d%s" % (ck, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, after2000=True):
    """valid Belgian rijksregisternummer, formatted YY.MM.DD-SSS.CC"""
    n = int("%02d%02d%02d%03d" % (yy, mm, dd, seq))
    if after2000:
        n += 2000000000
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


# --------------------------------------------------------------------------------------------
# staff (invented) and outside partners (invented)
# --------------------------------------------------------------------------------------------
S = {
    "bart": ("Bart Vanhoof", "bart.vanhoof@sintpieterscollege.be"),      # ICT-coordinator
    "bvh": ("Bart Vanhoof", "bvh@spc.ksleuven.be"),
    "helpdesk": ("Helpdesk SPC", "helpdesk@spc.ksleuven.be"),
    "sofie": ("Sofie Lemmens", "sofie.lemmens@sintpieterscollege.be"),    # helpdesk
    "kenan": ("Kenan Aydın", "kenan.aydin@sintpieterscollege.be"),        # ICT-medewerker
    "griet": ("Griet Maes", "griet.maes@sintpieterscollege.be"),          # leerlingensecretariaat
    "lls": ("Leerlingensecretariaat SPC", "leerlingensecretariaat@spc.ksleuven.be"),
    "nadia": ("Nadia El Idrissi", "nadia.elidrissi@sintpieterscollege.be"),  # personeelssecretariaat
    "anv": ("An Verlinden", "an.verlinden@sintpieterscollege.be"),        # nieuwe secretariaatsmedewerker
    "directie": ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be"),
    "hilde": ("Hilde Claessens", "hilde.claessens@sintpieterscollege.be"),  # directeur
    "tom": ("Tom Verbeke", "tom.verbeke@sintpieterscollege.be"),          # adjunct-directeur
    "elke": ("Elke Janssens", "elke.janssens@sintpieterscollege.be"),     # zorgcoordinator
    "wim": ("Wim De Smedt", "wim.desmedt@sintpieterscollege.be"),         # leerlingbegeleider
    "lies": ("Lies De Wilde", "ldw@spc.ksleuven.be"),                     # titularis 3B
    "koen": ("Koen Mertens", "koen.mertens@sintpieterscollege.be"),       # wiskunde, tit. 1C
    "ann": ("Ann Goossens", "ann.goossens@sintpieterscollege.be"),        # informatica, tit. 5ICT
    "jeroen": ("Jeroen Van Damme", "jeroen.vandamme@sintpieterscollege.be"),  # tit. 3A
    "marieke": ("Marieke Wuyts", "marieke.wuyts@sintpieterscollege.be"),  # tit. 2C
    "youssef": ("Youssef Benali", "youssef.benali@sintpieterscollege.be"),  # tit. 4TW
    "katrien": ("Katrien Stevens", "katrien.stevens@sintpieterscollege.be"),  # bibliotheek
    "dirk": ("Dirk Hermans", "dirk.hermans@sintpieterscollege.be"),       # LO / sporthal
    "evelien": ("Evelien Jacobs", "evelien.jacobs@sintpieterscollege.be"),  # communicatie
    "marc": ("Marc Dierickx", "marc.dierickx@sintpieterscollege.be"),     # boekhouding
    "boekh": ("Boekhouding SPC", "boekhouding@spc.ksleuven.be"),
    "luc": ("Luc Bosmans", "luc.bosmans@sintpieterscollege.be"),          # conciërge
    "sara": ("Sara Coene", "sara.coene@sintpieterscollege.be"),           # tit. 1A
    "bert": ("Bert Cuypers", "bert.cuypers@sintpieterscollege.be"),       # tit. 1D
    "inge": ("Inge Sterckx", "inge.sterckx@sintpieterscollege.be"),       # tit. 2A
    "nathalie": ("Nathalie Bruyninckx", "nathalie.bruyninckx@sintpieterscollege.be"),  # tit. 2B
    "ruth": ("Ruth Lievens", "ruth.lievens@sintpieterscollege.be"),       # tit. 4A
    "tine": ("Tine Baeten", "tine.baeten@sintpieterscollege.be"),         # tit. 5A
    "jan": ("Jan Vanmechelen", "jan.vanmechelen@sintpieterscollege.be"),  # tit. 5B
    "stijn": ("Stijn Vercauteren", "stijn.vercauteren@sintpieterscollege.be"),  # tit. 6ICT
    "hanna": ("Hanna Leys", "hanna.leys@sintpieterscollege.be"),          # tit. 2D
    "pieter": ("Pieter Goethals", "pieter.goethals@sintpieterscollege.be"),  # tit. 3TW
    "frederik": ("Frederik Smets", "frederik.smets@lksd.ksleuven.be"),    # ICT scholengroep
    "privacy": ("Privacy LKSD", "privacy@lksd.ksleuven.be"),
    "personeel": ("Personeel SPC", "personeel@spc.ksleuven.be"),          # distributielijst
}
X = {  # outside partners, all invented
    "clb": ("Sarah Van Hove", "sarah.vanhove@clb-leuvenregio.be"),
    "kevin": ("Kevin Lauwers", "kevin.lauwers@dijlenet-ict.be"),
    "dijlenet": ("Dijlenet ICT support", "support@dijlenet-ict.be"),
    "jolien": ("Jolien Baert", "jolien.baert@edudevice.be"),
    "edudevice": ("EduDevice orders", "orders@edudevice.be"),
    "printwise": ("Printwise service", "service@printwise.be"),
    "alarm": ("Securalarm planning", "planning@securalarm.be"),
    "bbc": ("BBC Heverlee Lions", "secretariaat@bbc-heverlee-lions.be"),
    "ocmw": ("Liesbeth Vanhaecht", "liesbeth.vanhaecht@ocmw-leuven.be"),
    "politie": ("Kris Van Tilt", "kris.vantilt@police.belgium.eu"),
    "logo": ("Marthe Lenssens", "marthe@logopedie-letterboom.be"),
    "verzekering": ("Dijle Verzekeringen schade", "schade@dijleverzekeringen.be"),
    "zhs": ("Ziekenhuisschool Dijleland", "ziekenhuisschool@zkh-dijleland.be"),
    "pj": ("Pieter-Jan Roels", "pj.roels@bewustonline.be"),
    "poets": ("Net & Proper planning", "planning@netenproper.be"),
}


def A(who):
    """format one address; who is a key of S/X, a (name, addr) tuple or a bare address"""
    if isinstance(who, str) and who in S:
        who = S[who]
    elif isinstance(who, str) and who in X:
        who = X[who]
    if isinstance(who, tuple):
        name, addr = who
        if name and any(ord(c) > 127 for c in name):
            return formataddr((name, addr), charset="utf-8")
        return formataddr((name, addr))
    return who


# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------
CLASSES = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3TW",
           "4A", "4B", "4TW", "5A", "5B", "5ICT", "6A", "6B", "6ICT"]
PER_CLASS = 15

NAMED = [
    # key, voornaam, naam, klas, ouder1, ouder2
    ("lina", "Lina", "Vermeulen", "2B", "sarah.dhondt@telenet.be", "kris.vermeulen@gmail.com"),
    ("milan", "Milan", "De Cock", "4A", "decock.filip@telenet.be", ""),
    ("ines", "Inès", "Lambert", "1A", "isabelle.dubois@skynet.be", "marc.lambert@proximus.be"),
    ("jonas_p", "Jonas", "Peeters", "5A", "peeters.dirk@telenet.be", "els.vos@hotmail.com"),
    ("lotte_p", "Lotte", "Peeters", "3B", "bert.peeters@skynet.be", "annelies.smet@gmail.com"),
    ("zeynep", "Zeynep", "Yilmaz", "1B", "hatice.yilmaz@hotmail.com", ""),
    ("robbe", "Robbe", "Vandeputte", "6ICT", "vandeputte.kurt@skynet.be", "griet.devos73@gmail.com"),
    ("noah_db", "Noah", "Dubois", "2A", "nathalie.dubois@outlook.com", ""),
    ("noah_dp", "Noah", "Dupont", "2A", "nathalie.dupont@telenet.be", "frank.dupont@gmail.com"),
    ("mila", "Mila", "Hendrickx", "1D", "tine.verhaegen@telenet.be", "jo.hendrickx@gmail.com"),
    ("noor", "Noor", "Claes", "2B", "an.claes@telenet.be", "geert.claes@gmail.com"),
    ("wout", "Wout", "Claeys", "4A", "an.claeys@telenet.be", ""),
    ("elias", "Elias", "Vandenberghe", "3TW", "katleen.moens@telenet.be", "tom.vandenberghe@proximus.be"),
    ("dylan", "Dylan", "Verstraeten", "2D", "gezin.wijns@telenet.be", ""),
    ("hanne", "Hanne", "Michiels", "4B", "sofie.michiels@gmail.com", "rudy.michiels@hotmail.com"),
    ("dries", "Dries", "Van Loock", "3B", "natasja.vl@hotmail.com", ""),
    ("jade", "Jade", "Coppens", "1A", "evy.coppens@gmail.com", "wim.coppens@skynet.be"),
    ("ayoub", "Ayoub", "Bakkali", "5B", "bakkali.rachid@gmail.com", "nora.benhaddou@hotmail.com"),
    ("salma", "Salma", "Bakkali", "2A", "bakkali.rachid@gmail.com", "nora.benhaddou@hotmail.com"),
    ("febe", "Febe", "Willems", "1B", "karen.willems@telenet.be", "stijn.willems@gmail.com"),
    ("lars", "Lars", "Willems", "6A", "patrick.willems@skynet.be", ""),
    ("senne", "Senne", "Bogaerts", "3A", "hilde.bogaerts@telenet.be", "johan.bogaerts@skynet.be"),
    ("amira", "Amira", "Haddad", "3A", "samira.haddad@gmail.com", "karim.haddad@outlook.com"),
    ("julie", "Julie", "Pauwels", "3A", "mieke.pauwels@telenet.be", ""),
    ("lore", "Lore", "Schepers", "4TW", "schepers.family@gmail.com", ""),
    ("ilias", "Ilias", "Mansouri", "4TW", "mansouri.h@hotmail.com", ""),
    ("stan", "Stan", "Cools", "4TW", "cools.wendy@telenet.be", "cools.marc@telenet.be"),
    ("kobe", "Kobe", "Smolders", "5B", "smolders.erik@telenet.be", ""),
    ("tibo", "Tibo", "Gielen", "2C", "gielen.marleen@skynet.be", ""),
    ("emma", "Emma", "Verhoeven", "1A", "veerle.verhoeven@telenet.be", "bart.verhoeven@gmail.com"),
    ("finn", "Finn", "Martens", "1A", "joke.martens@gmail.com", ""),
    ("lucas", "Lucas", "Declercq", "2A", "leen.dewitte@gmail.com", "declercq.pieter@telenet.be"),
    ("shauni", "Shauni", "Verbist", "6B", "verbist.kathy@hotmail.com", ""),
    ("jarne", "Jarne", "Segers", "3TW", "segers.guy@telenet.be", ""),
    ("fien", "Fien", "Daems", "4A", "ilse.daems@gmail.com", ""),
    ("ward", "Ward", "Vos", "1B", "kristel.vangeel@telenet.be", "vos.gert@gmail.com"),
    ("kasper", "Kasper", "Lenaerts", "2C", "kris.lenaerts@telenet.be", ""),
    ("mats", "Mats", "Lenaerts", "5ICT", "karin.lenaerts@telenet.be", ""),
    ("lena", "Lena", "Van Acker", "2A", "stefanie.vanacker@telenet.be", ""),
    ("mathis_dp", "Mathis", "Deprez", "3B", "evelyne.deprez@telenet.be", ""),
    ("mathis_dw", "Mathis", "Dewolf", "3B", "dewolf.bart@gmail.com", ""),
    ("oscar", "Oscar", "Willaert", "4A", "willaert.sophie@telenet.be", ""),
    ("hajar", "Hajar", "Amrani", "1B", "amrani.fatiha@hotmail.com", ""),
    ("vic", "Vic", "Moreels", "5B", "moreels.jan@skynet.be", ""),
    ("jef", "Jef", "Van Den Broeck", "1C", "lieve.vandenbroeck@telenet.be", ""),
    ("louis", "Louis", "Lejeune", "2B", "c.lejeune@skynet.be", ""),
    ("bilal", "Bilal", "Aziz", "4B", "aziz.mohamed@hotmail.com", ""),
    ("kiara", "Kiara", "Vermeiren", "2D", "vermeiren.tamara@gmail.com", ""),
    ("jayden", "Jayden", "Van Roy", "3TW", "jessica.vanroy@hotmail.com", ""),
    ("nina", "Nina", "Kovač", "5A", "marija.kovac@gmail.com", ""),
    ("luka", "Luka", "Kovačević", "3A", "ivan.kovacevic@gmail.com", "ana.kovacevic@gmail.com"),
    ("sofia", "Sofia", "Russo", "1C", "giulia.russo@gmail.com", ""),
    ("arne", "Arne", "Van Hecke", "5B", "ellen.deckers@gmail.com", "vanhecke.tim@telenet.be"),
    ("tuur", "Tuur", "Geeraerts", "4A", "joris.geeraerts@telenet.be", ""),
    ("sem", "Sem", "Nuyts", "6ICT", "nuyts.familie@telenet.be", ""),
    ("margot", "Margot", "Raes", "3B", "raes.peter@telenet.be", ""),
    ("ella", "Ella", "Smeets", "1A", "smeets.ellen@hotmail.com", ""),
    ("chloe", "Chloé", "Martin", "2A", "sophie.martin@skynet.be", ""),
    ("thijs", "Thijs", "Van Gorp", "4B", "vangorp.luc@telenet.be", ""),
    ("adam", "Adam", "El Khatib", "5ICT", "fatima.elkhatib@hotmail.com", ""),
    ("marie", "Marie", "Goris", "6B", "goris.wim@telenet.be", ""),
    ("jana", "Jana", "Vercammen", "5A", "vercammen.ils@gmail.com", ""),
    ("ethan", "Ethan", "Okafor", "3A", "grace.okafor@gmail.com", ""),
    ("yusuf_ea", "Yusuf", "El Amrani", "3A", "elamrani.said@gmail.com", ""),
    ("yusuf_d", "Yusuf", "Demir", "4B", "ayse.demir@hotmail.com", "mehmet.demir@gmail.com"),
    ("amber_wo", "Amber", "Wouters", "2C", "wouters.kim@telenet.be", ""),
    ("amber_wa", "Amber", "Wauters", "2C", "wauters.nele@telenet.be", ""),
    ("elif", "Elif", "Kaya", "1D", "kaya.serkan@gmail.com", ""),
    ("lowie", "Lowie", "Baert", "6A", "baert.kurt@telenet.be", ""),
    ("nore", "Nore", "Lambrechts", "6A", "lambrechts.ann@gmail.com", ""),
    ("mauro", "Mauro", "Rossi", "6A", "rossi.paola@hotmail.com", ""),
    ("ibrahim", "Ibrahim", "Diallo", "6A", "diallo.mamadou@gmail.com", ""),
    ("hamza", "Hamza", "Ouali", "4TW", "ouali.latifa@hotmail.com", ""),
    ("zoe", "Zoë", "Lemaire", "6B", "lemaire.pascale@skynet.be", ""),
]

FIRST = ["Lucas", "Arthur", "Jules", "Liam", "Victor", "Seppe", "Stan", "Lowie", "Thibo", "Warre", "Rune",
         "Lander", "Bas", "Mil", "Nand", "Jasper", "Cas", "Xander", "Matteo", "Ferre", "Kato", "Olivia",
         "Louise", "Elena", "Nora", "Julia", "Fleur", "Hanne", "Lien", "Yana", "Axelle", "Nele", "Eline",
         "Lisa", "Sara", "Anna", "Roos", "Jolien", "Amélie", "Manon", "Helena", "Lieze", "Tess", "Ilse",
         "Mohamed", "Yassine", "Imane", "Aya", "Omar", "Rania", "Ilyas", "Hiba", "Nassim", "Soufiane",
         "Mert", "Emir", "Selin", "Zehra", "Kacper", "Zuzanna", "Oliwia", "Andrei", "Ioana", "Filmon",
         "Senait", "Dawit", "Arman", "Narges", "Ahmad", "Maryam", "Anh", "Minh", "Grace", "Precious",
         "Joshua", "Elisa", "Giulia", "Tiago", "Rafael", "Sem", "Niels", "Robin", "Pieter", "Quinten",
         "Kiana", "Aster", "Jarno", "Brent", "Dorien", "Nathan", "Gilles", "Mathéo", "Léa", "Camille"]
LAST = ["Janssen", "Maes", "Wuyts", "Goossens", "De Smet", "Hermans", "Aerts", "Van Dyck", "Dumont",
        "Leclercq", "Smets", "Martens", "Van den Bossche", "Bosmans", "Stevens", "Verbruggen", "Van Laer",
        "Heylen", "Thys", "Van de Velde", "Desmet", "Bertels", "Luyten", "Vanderlinden", "Wijnants",
        "Lauwers", "Pieters", "Bollen", "Engelen", "Dewit", "Meeus", "Schoofs", "Torfs", "Vervoort",
        "Nijs", "Jorissen", "Van Hoof", "Verheyden", "Sels", "Loos", "Beckers", "Vandevelde", "Wyns",
        "Benali", "El Idrissi", "Bouzid", "Azzouzi", "Aydın", "Yıldız", "Öztürk", "Çelik", "Nowak",
        "Kowalski", "Wiśniewski", "Popescu", "Ionescu", "Tesfay", "Haile", "Rahimi", "Ahmadi",
        "Mukendi", "Kabongo", "Nguyen", "Tran", "Ferreira", "Santos", "Esposito", "Sow", "Camara",
        "Petrov", "Hakimi", "Boukhari", "Vrancken", "Claessens", "Ceulemans", "Swinnen", "Vanhoutte",
        "Boeckx", "Verlinden", "Coenen", "Dierckx", "Vandersmissen", "Lenssen", "Van Roey", "Celis"]
PARENT_FIRST = ["Kristof", "Tim", "Jan", "Koen", "Bart", "Tom", "Peter", "Geert", "Wim", "Dieter", "Sven",
                "Joris", "Steven", "Nico", "Hans", "Rachid", "Mustafa", "Ahmet", "Piotr", "Dan", "Samuel",
                "Sarah", "Katrien", "Els", "Ann", "Sofie", "Veerle", "Lies", "Inge", "Evi", "Leen", "Nathalie",
                "Hilde", "Karen", "Tinne", "Fatima", "Khadija", "Emine", "Agnieszka", "Elena", "Marta",
                "Mieke", "Greet", "Liesbet", "Ellen", "Joke", "Nele", "Ilse", "Kim", "Hanne"]
PROVIDERS = ["telenet.be", "telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com",
             "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "icloud.com", "outlook.be", "live.be",
             "scarlet.be", "yahoo.com"]

LEERLING_DOMAIN = "leerling.sintpieterscollege.be"


def pupil_mail(first, last):
    return "%s.%s@%s" % (slug(first), slug(last), LEERLING_DOMAIN)


def build_roster():
    rnd = random.Random(3900)
    named_first = {n[1] for n in NAMED}
    named_last = {n[2] for n in NAMED}
    firsts = [f for f in FIRST if f not in named_first]
    lasts = [l for l in LAST if l not in named_last]
    used_addr = set()
    for n in NAMED:
        used_addr.update(a for a in n[4:6] if a)
    rows = []
    for n in NAMED:
        rows.append({"key": n[0], "first": n[1], "last": n[2], "klas": n[3], "p1": n[4], "p2": n[5]})
    count = {k: 0 for k in CLASSES}
    for r in rows:
        count[r["klas"]] += 1
    families = []

    def new_parent(last):
        for _ in range(100):
            pf = rnd.choice(PARENT_FIRST)
            other = rnd.choice(LAST)
            prov = rnd.choice(PROVIDERS)
            p = rnd.randrange(10)
            if p == 0:
                local = "%s.%s" % (slug(pf), slug(last))
            elif p == 1:
                local = "%s.%s" % (slug(last), slug(pf))
            elif p == 2:
                local = "%s%s" % (slug(pf)[0], slug(last))
            elif p == 3:
                local = "%s%s%d" % (slug(pf), slug(last), rnd.randint(68, 92))
            elif p == 4:
                local = "fam.%s" % slug(last)
            elif p in (5, 6):
                local = "%s.%s" % (slug(pf), slug(other))       # mother with own surname
            elif p == 7:
                local = "%s_%s%d" % (slug(pf), slug(other)[:4], rnd.randint(1, 99))
            elif p == 8:
                local = "%s%d" % (rnd.choice(["mamavan", "papavan", "ikke", "de.", "info."]) + slug(last)[:5],
                                  rnd.randint(1, 999))
            else:
                local = "%s.%s" % (slug(pf), slug(last)[0])
            addr = "%s@%s" % (local, prov)
            if addr not in used_addr:
                used_addr.add(addr)
                return addr
        raise RuntimeError("no parent address")

    names_used = {(r["first"], r["last"]) for r in rows}
    for klas in CLASSES:
        while count[klas] < PER_CLASS:
            first = rnd.choice(firsts)
            if families and rnd.random() < 0.13:
                fam = rnd.choice(families)
                if klas in fam["classes"]:
                    continue
                last, p1, p2 = fam["last"], fam["p1"], fam["p2"]
                fam["classes"].add(klas)
            else:
                last = rnd.choice(lasts)
                p1 = new_parent(last)
                p2 = new_parent(last) if rnd.random() < 0.55 else ""
                families.append({"last": last, "p1": p1, "p2": p2, "classes": {klas}})
            if (first, last) in names_used:
                continue
            names_used.add((first, last))
            rows.append({"key": None, "first": first, "last": last, "klas": klas, "p1": p1, "p2": p2})
            count[klas] += 1
    rows.sort(key=lambda r: (CLASSES.index(r["klas"]), slug(r["last"]), slug(r["first"])))
    for i, r in enumerate(rows, 1):
        r["id"] = "P%04d" % i
        r["mail"] = pupil_mail(r["first"], r["last"])
    return rows


ROSTER = build_roster()
PUP = {r["key"]: r for r in ROSTER if r["key"]}
BY_ID = {r["id"]: r for r in ROSTER}


def klas(k):
    return [r for r in ROSTER if r["klas"] == k]


def par(key, n=1):
    r = PUP[key]
    return r["p%d" % n]


def pm(key):
    return PUP[key]["mail"]


def full(key):
    r = PUP[key]
    return "%s %s" % (r["first"], r["last"])


def write_roster(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in ROSTER:
            w.writerow([r["id"], r["first"], r["last"], r["klas"], r["mail"], r["p1"], r["p2"]])


# --------------------------------------------------------------------------------------------
# start passwords (M365 style, seeded) -- invented, open nothing real
# --------------------------------------------------------------------------------------------
_PW = random.Random(777039)


def m365pw():
    c = "BCDFGHJKLMNPQRSTVWXZ"
    v = "aeiou"
    return _PW.choice(c) + _PW.choice(v) + _PW.choice(c.lower()) + "%05d" % _PW.randrange(100000)


def bitlocker_key():
    return "-".join("%06d" % (_PW.randrange(0, 90909) * 11) for _ in range(8))


# --------------------------------------------------------------------------------------------
# file makers (attachments)
# --------------------------------------------------------------------------------------------
ZDT = (2024, 9, 2, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return _html.escape(str(s), quote=True)


def make_xlsx(rows, sheet="Blad1", macro=False):
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = []
        for j, val in enumerate(row):
            col = chr(65 + j)
            cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col, i, _x(val)))
        sheet_rows.append('<row r="%d">%s</row>' % (i, "".join(cells)))
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % _x(sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/'
                 'vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s'
          '</sheetData></worksheet>') % "".join(sheet_rows)
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
               b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call VernieuwInventaris\r\nEnd Sub\r\n"
               b"Sub VernieuwInventaris()\r\n  Shell \"cmd /c net use S: \\\\spc-fs01\\inventaris\"\r\nEnd Sub\r\n")
        files.append(("xl/vbaProject.bin", vba))
    return _zip(files)


def make_docx(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>') % body
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20240902080000+02'00') >>"
         % esc(title)).encode("cp1252", "replace"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(w=24, h=16, rgb=(0, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_exe(label):
    stub = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    stub += struct.pack("<I", 0x80)
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
    stub += b"\x00" * (0x80 - len(stub))
    stub += b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 56
    stub += label.encode("ascii") + b"\x00" * 64
    return bytes(stub)


# --------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------
_NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
_NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"]


def dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if d < datetime.datetime(2024, 10, 27, 3, 0) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def nl_date(s):
    d = dt(s)
    return "%s %d %s %d %02d:%02d" % (_NL_DAYS[d.weekday()], d.day, _NL_MONTHS[d.month - 1], d.year,
                                      d.hour, d.minute)


def nl_short(s):
    d = dt(s)
    return "%d %s %d om %02d:%02d" % (d.day, _NL_MONTHS[d.month - 1][:3] + ".", d.year, d.hour, d.minute)


def outlook_quote(frm, sent, to, subject, body, cc=None, lang="nl"):
    if lang == "fr":
        head = "De : %s\nEnvoyé : %s\nÀ : %s\n" % (frm, sent, to)
        if cc:
            head += "Cc : %s\n" % cc
        head += "Objet : %s\n" % subject
    elif lang == "en":
        head = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
        if cc:
            head += "Cc: %s\n" % cc
        head += "Subject: %s\n" % subject
    else:
        head = "Van: %s\nVerzonden: %s\nAan: %s\n" % (frm, nl_date(sent) if re.match(r"\d{4}-", sent) else sent, to)
        if cc:
            head += "CC: %s\n" % cc
        head += "Onderwerp: %s\n" % subject
    return "\n________________________________\n" + head + "\n" + body.strip("\n") + "\n"


def gt_quote(who, sent, body):
    """iPhone / Gmail style quote with '>'"""
    q = "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n"))
    return "\nOp %s heeft %s het volgende geschreven:\n\n%s\n" % (nl_short(sent), who, q)


def fwd_block(frm, sent, to, subject, body, style="outlook"):
    if style == "gmail":
        return ("\n---------- Forwarded message ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
                % (frm, nl_date(sent), subject, to, body.strip("\n")))
    return ("\n-----Oorspronkelijk bericht-----\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s\n"
            % (frm, nl_date(sent), to, subject, body.strip("\n")))


HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal '
             '{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
             'table.spc {border-collapse:collapse;}\ntable.spc td, table.spc th {border:solid #BFBFBF 1.0pt; '
             'padding:2.0pt 5.0pt 2.0pt 5.0pt; font-size:10.0pt; font-family:"Aptos",sans-serif;}\n'
             '--></style>\n</head>\n<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')
HTML_TAIL = '</div>\n</body>\n</html>\n'


def blocks_html(blocks, cs="utf-8"):
    out = [HTML_HEAD % cs]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            head, rows = b[1], b[2]
            t = ['<table class="spc" border="1" cellspacing="0" cellpadding="0">']
            t.append("<tr>" + "".join('<td style="background:#DEEAF6"><p class="MsoNormal"><b>%s</b></p></td>'
                                      % _x(h) for h in head) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join('<td><p class="MsoNormal">%s</p></td>' % _x(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif isinstance(b, tuple) and b[0] == "ul":
            out.append("<ul>" + "".join('<li class="MsoNormal">%s</li>' % _x(i) for i in b[1]) + "</ul>\n")
        elif isinstance(b, tuple) and b[0] == "raw":
            out.append(b[1])
        else:
            for line in b.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_x(line) if line else "<o:p>&nbsp;</o:p>"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    out.append(HTML_TAIL)
    return "".join(out)


def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            head, rows = b[1], b[2]
            out.append("\n".join("\t".join(str(c) for c in r) for r in [head] + list(rows)))
        elif isinstance(b, tuple) and b[0] == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif isinstance(b, tuple) and b[0] == "raw":
            txt = re.sub(r"<br\s*/?>", "\n", b[1])
            txt = re.sub(r"</(p|div|tr|h\d|li)>", "\n", txt)
            txt = re.sub(r"</t[dh]>", "\t", txt)
            txt = _html.unescape(re.sub(r"<[^>]+>", "", txt))
            out.append(re.sub(r"\n{3,}", "\n\n", txt).strip("\n"))
        else:
            out.append(b)
    return "\n\n".join(out) + "\n"


_bcount = [0]


def _boundary(seed):
    _bcount[0] += 1
    h = hashlib.sha1(("%s/%d" % (seed, _bcount[0])).encode()).hexdigest().upper()
    return "_%03d_%s_" % (_bcount[0] % 1000, h[:28])


def text_part(text, subtype="plain", cs="utf-8", cte="qp", fmt_flowed=False):
    m = Message()
    params = '; charset="%s"' % cs
    if fmt_flowed:
        params += "; format=flowed"
    m["Content-Type"] = "text/%s%s" % (subtype, params)
    data = text.encode(cs)
    if cte == "qp":
        enc = quopri.encodestring(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "base64"
    elif cte == "8bit":
        enc = data.decode("ascii", "surrogateescape")
        m["Content-Transfer-Encoding"] = "8bit"
    else:
        data.decode("ascii")
        enc = text
        m["Content-Transfer-Encoding"] = "7bit"
    m.set_payload(enc)
    return m


def att_part(filename, data, ctype, inline=False):
    m = Message()
    m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    m["Content-Description"] = filename
    m["Content-Disposition"] = '%s; filename="%s"; size=%d' % ("inline" if inline else "attachment",
                                                                filename, len(data))
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def multipart(sub, parts, seed):
    m = Message()
    m["Content-Type"] = "multipart/%s" % sub
    m.set_boundary(_boundary(seed))
    for p in parts:
        m.attach(p)
    return m


CT = {
    "csv": "text/csv", "txt": "text/plain", "pdf": "application/pdf", "png": "image/png",
    "jpg": "image/jpeg",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    "exe": "application/x-msdownload", "bat": "application/x-msdos-program", "ps1": "application/octet-stream",
    "zip": "application/x-zip-compressed", "vbs": "text/vbscript", "ics": "text/calendar",
}

MAILS = []


def hdr(s, cs="utf-8", name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, header_name=name).encode()


def mail(slug_, *, frm, to, subject, date, body=None, blocks=None, html=None, cc=(), bcc=(), atts=(),
         cs="utf-8", cte="qp", hcs="utf-8", mode=None, irt=None, xh=(), rules=(), cats=None, about=(),
         mis=False, note="", lang="nl", fmt=(), env_from=None, msgid_dom="eurprd02.prod.outlook.com",
         flowed=False):
    """register one mail.  mode: plain | html | alt (default: plain if body only, alt if blocks)"""
    MAILS.append(dict(slug=slug_, frm=frm, to=to, subject=subject, date=date, body=body, blocks=blocks,
                      html=html, cc=cc, bcc=bcc, atts=atts, cs=cs, cte=cte, hcs=hcs, mode=mode, irt=irt,
                      xh=xh, rules=list(rules), cats=cats, about=list(about), mis=mis, note=note, lang=lang,
                      fmt=list(fmt), env_from=env_from, msgid_dom=msgid_dom, flowed=flowed))


def _addrlist(v):
    if isinstance(v, (list, tuple)) and not (len(v) == 2 and isinstance(v, tuple) and "@" in str(v[1])
                                              and "@" not in str(v[0])):
        return [A(x) for x in v]
    return [A(v)]


def build_message(m, n):
    seed = m["slug"]
    cs, cte = m["cs"], m["cte"]
    mode = m["mode"]
    body, blocks, html = m["body"], m["blocks"], m["html"]
    if blocks is not None:
        html = blocks_html(blocks, cs)
        if body is None:
            body = blocks_text(blocks)
        mode = mode or "alt"
    if mode is None:
        mode = "plain" if html is None else ("alt" if body is not None else "html")
    if mode == "plain":
        core = text_part(body, "plain", cs, cte, m["flowed"])
    elif mode == "html":
        core = text_part(html, "html", cs, cte)
    else:
        core = multipart("alternative", [text_part(body, "plain", cs, cte), text_part(html, "html", cs, cte)],
                         seed)
    if m["atts"]:
        parts = [core]
        for a in m["atts"]:
            fn, data = a[0], a[1]
            ext = fn.rsplit(".", 1)[-1].lower()
            ctype = a[2] if len(a) > 2 else CT.get(ext, "application/octet-stream")
            parts.append(att_part(fn, data, ctype))
        core = multipart("mixed", parts, seed)
    root = Message()
    frm = A(m["frm"])
    to = _addrlist(m["to"]) if m["to"] else []
    cc = _addrlist(m["cc"]) if m["cc"] else []
    root["From"] = frm
    root["To"] = ", ".join(to) if to else "undisclosed-recipients:;"
    if cc:
        root["Cc"] = ", ".join(cc)
    root["Subject"] = hdr(m["subject"], m["hcs"])
    root["Date"] = format_datetime(dt(m["date"]))
    h = hashlib.sha1(("b39/" + m["slug"]).encode()).hexdigest().upper()
    dom = m["msgid_dom"]
    fdom = getaddresses([frm])[0][1].split("@")[-1].lower()
    if fdom == "gmail.com" and dom == "eurprd02.prod.outlook.com":
        dom = "mail.gmail.com"
    if dom == "eurprd02.prod.outlook.com":
        host = "AM9PR02MB%s" % h[:4]
        root["Message-ID"] = "<%s%s@%s.%s>" % (host, h[4:28], host, dom)
    else:
        root["Message-ID"] = "<%s.%s@%s>" % (h[:12], h[12:20].lower(), dom)
    irt = m["irt"]
    if not irt and re.match(r"(?i)^(re|antw)\s*:", m["subject"]):
        hp = hashlib.sha1(("b39-parent/" + m["slug"]).encode()).hexdigest()
        irt = "<%s.%s@%s>" % (hp[:16].upper(), hp[16:24], "mail.gmail.com" if "gmail" in str(to) else
                              "eurprd02.prod.outlook.com")
    if irt:
        root["In-Reply-To"] = irt
        root["References"] = irt
    for k, v in m["xh"]:
        root[k] = v
    if dom == "eurprd02.prod.outlook.com":
        root["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
        if m["atts"]:
            root["X-MS-Has-Attach"] = "yes"
    root["MIME-Version"] = "1.0"
    for k, v in core.items():
        root[k] = v
    root._payload = core._payload
    return root, frm, to, cc


def envelope(m, frm, to, cc):
    sender = m["env_from"] or getaddresses([frm])[0][1]
    rc = []
    for _, a in getaddresses(to + cc + [A(b) for b in m["bcc"]]):
        a = a.lower()
        if a and a not in rc:
            rc.append(a)
    return sender.lower(), rc


def resolve_about(about):
    out = []
    for a in about:
        if isinstance(a, dict):
            out.append(a["id"])
        elif a in PUP:
            out.append(PUP[a]["id"])
        elif a in BY_ID:
            out.append(a)
        else:
            raise KeyError(a)
    return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def ylist(v):
    return "[" + ", ".join(v) + "]"

# ============================================================================================
# signatures
# ============================================================================================
SIG_BART = ("Bart Vanhoof\nICT-coördinator\nSint-Pieterscollege Leuven – Stroom\n"
            "Tervuursevest 101 · 3000 Leuven\nwww.sintpieterscollege.be")
SIG_BART_SHORT = "Bart\n--\nBart Vanhoof | ICT-coördinator SPC"
SIG_HD = ("Helpdesk ICT – Sint-Pieterscollege\nLokaal B0.12 (open elke lesdag 8.00-8.25 u, 10.05-10.20 u en 12.00-12.50 u)\n"
          "helpdesk@spc.ksleuven.be")
SIG_SOFIE = "Sofie Lemmens\nHelpdesk ICT\nSint-Pieterscollege Leuven"
SIG_KENAN = "Kenan Aydın\nICT-medewerker\nSint-Pieterscollege Leuven"
SIG_GRIET = ("Griet Maes\nLeerlingensecretariaat\nSint-Pieterscollege Leuven\nTervuursevest 101, 3000 Leuven")
SIG_GRIET_TEL = SIG_GRIET + "\nT " + SCHOOL_TEL
SIG_DIR = "Hilde Claessens\nDirecteur\nSint-Pieterscollege Leuven – Stroom"
SIG_TOM = "Tom Verbeke\nAdjunct-directeur\nSint-Pieterscollege Leuven"
SIG_ELKE = "Elke Janssens\nZorgcoördinator\nSint-Pieterscollege Leuven"
SIG_ELKE_TEL = SIG_ELKE + "\nTel. " + SCHOOL_TEL + " (secretariaat, vraag naar de zorgcoördinator)"
SIG_WIM = "Wim De Smedt\nLeerlingbegeleiding 2de en 3de graad\nSint-Pieterscollege Leuven"
SIG_MARC = ("Marc Dierickx\nBoekhouding – Sint-Pieterscollege\nTervuursevest 101, 3000 Leuven\nT " + BOEKH_TEL)
SIG_BOEKH = "Dienst boekhouding\nSint-Pieterscollege Leuven"
DISCLAIMER = ("\n\nDit bericht is uitsluitend bestemd voor de geadresseerde(n). Ontving u het per vergissing, "
              "verwittig dan de afzender en verwijder het bericht. Meld een mogelijk datalek aan "
              "privacy@lksd.ksleuven.be.")
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\n\nVerzonden vanaf mijn Galaxy"


def parents_of(*classes):
    out = []
    for k in classes:
        for r in klas(k):
            for a in (r["p1"], r["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


# ============================================================================================
# GENERAL LETTERS (20) -- to all parents / all staff / all pupils, BCC, no personal facts
# ============================================================================================

mail("brief-ouders-nieuwe-accounts-en-laptops",
     frm="directie", to="directie", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Nieuwe schoolaccounts en laptops vanaf 1 september",
     date="2024-06-24 10:30",
     blocks=[
         "Beste ouders",
         "Zoals aangekondigd op de oudercontacten zetten we na de zomer een grote stap in de digitale werking van "
         "onze school. Samen met de andere scholen van Stroom verhuizen we naar een nieuwe, gezamenlijke "
         "Microsoft 365-omgeving. Tegelijk krijgt elke leerling van het eerste tot het zesde jaar een nieuwe "
         "laptop in bruikleen.",
         "Wat verandert er voor uw kind?",
         ("ul", ["Elke leerling krijgt een nieuw schoolaccount (voornaam.naam@leerling.sintpieterscollege.be). "
                 "Bestanden op de oude OneDrive blijven tot 30 september beschikbaar.",
                 "Bij de eerste aanmelding stelt uw kind zelf een nieuw wachtwoord in en koppelt het de "
                 "Microsoft Authenticator-app (tweestapsverificatie).",
                 "De laptops worden in de eerste schoolweek per klas uitgedeeld. U ontvangt eind augustus een "
                 "overzicht met dag en uur.",
                 "De huurvergoeding voor de laptop staat, zoals vorig jaar, op de schoolrekening."]),
         "Wat verandert er voor u als ouder?",
         "Ook de co-accounts van ouders op Smartschool worden vernieuwd. U krijgt hierover in september een "
         "aparte brief. Uw kind brengt die in een gesloten omslag mee naar huis.",
         "Belangrijk: de school zal u nooit per e-mail, sms of telefoon vragen om een wachtwoord door te geven. "
         "Krijgt u zo'n vraag, dan gaat het om oplichting.",
         "Met vragen kan u terecht bij de helpdesk (helpdesk@spc.ksleuven.be) of bij het leerlingensecretariaat.",
         "We wensen u alvast een fijne zomer.",
         "Met vriendelijke groeten\n\n" + SIG_DIR,
     ],
     rules=[], about=[], note="general letter to all parents in BCC (group address only in envelope); "
                               "announces the move, no pupil, no secret",
     fmt=["alt", "bcc-envelope", "general-letter"])

mail("brief-ouders-fr-nouveaux-comptes",
     frm="directie", to="directie",
     bcc=["isabelle.dubois@skynet.be", "marc.lambert@proximus.be", "c.lejeune@skynet.be",
          "sophie.martin@skynet.be", "lemaire.pascale@skynet.be", "nathalie.dubois@outlook.com"],
     subject="Nouveaux comptes scolaires et ordinateurs portables dès le 1er septembre",
     date="2024-06-24 10:41",
     body=("Chers parents,\n\n"
           "Pour les familles qui préfèrent recevoir nos informations en français, voici un résumé de la lettre "
           "envoyée ce matin.\n\n"
           "À partir de la rentrée, notre école passe, avec les autres écoles du groupe Stroom, à un nouvel "
           "environnement Microsoft 365. Chaque élève reçoit un nouveau compte scolaire "
           "(prénom.nom@leerling.sintpieterscollege.be) et un nouvel ordinateur portable en prêt.\n\n"
           "- Lors de la première connexion, votre enfant choisit lui-même un nouveau mot de passe et installe "
           "l'application Microsoft Authenticator.\n"
           "- Les ordinateurs seront distribués par classe pendant la première semaine de cours. L'horaire suivra "
           "fin août.\n"
           "- Les comptes parents (co-accounts) sur Smartschool seront également renouvelés en septembre. Vous "
           "recevrez une lettre sous enveloppe fermée via votre enfant.\n\n"
           "L'école ne vous demandera jamais votre mot de passe par e-mail ou par téléphone.\n\n"
           "Pour toute question : helpdesk@spc.ksleuven.be.\n\n"
           "Bien cordialement,\n\n"
           "Hilde Claessens\nDirectrice\nSint-Pieterscollege Leuven\n"),
     cs="windows-1252", cte="qp", hcs="windows-1252",
     rules=[], about=[], lang="fr",
     note="French general letter, parents only in BCC; no pupil named, no secret",
     fmt=["plain-qp", "plain-cp1252", "bcc-envelope", "general-letter"])

mail("brief-ouders-en-new-accounts",
     frm="directie", to="directie",
     bcc=["grace.okafor@gmail.com", "rossi.paola@hotmail.com", "giulia.russo@gmail.com",
          "diallo.mamadou@gmail.com", "ivan.kovacevic@gmail.com", "marija.kovac@gmail.com"],
     subject="New school accounts and laptops from 1 September",
     date="2024-06-25 09:02",
     body=("Dear parents,\n\n"
           "As some of you asked for an English summary of yesterday's letter, here are the main points.\n\n"
           "From September our school moves, together with the other Stroom schools, to a new Microsoft 365 "
           "environment. Every pupil gets a new school account and a new laptop on loan. The laptops are handed "
           "out class by class in the first week of school; you will receive the schedule at the end of August.\n\n"
           "At the first sign-in your child chooses a new password and sets up the Microsoft Authenticator app. "
           "Parent accounts on Smartschool are renewed in September; the letter comes home in a sealed envelope.\n\n"
           "Please note: the school will never ask you for a password by e-mail, text message or phone.\n\n"
           "Questions? Write to helpdesk@spc.ksleuven.be.\n\n"
           "Kind regards,\n\nHilde Claessens\nHead teacher, Sint-Pieterscollege Leuven\n"),
     cte="7bit",
     rules=[], about=[], lang="en",
     note="English general letter to parents in BCC; nothing personal, no credential",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("personeel-planning-migratie-tenant",
     frm="directie", to="directie", bcc=["personeel"],
     subject="Planning overstap naar de nieuwe Stroom-tenant (lees aub volledig)",
     date="2024-08-21 16:05",
     blocks=[
         "Beste collega's",
         "Volgende week begint de overstap naar de nieuwe Microsoft 365-omgeving van Stroom. Hieronder de "
         "planning. Bart en de helpdesk zijn die dagen volledig vrijgesteld voor de migratie.",
         ("table", ["Wanneer", "Wat", "Wat moet jij doen?"], [
             ["ma 26/08", "Oude mailbox wordt alleen-lezen vanaf 17 u", "Niets, mails komen automatisch mee"],
             ["di 27/08", "Nieuwe accounts personeel actief", "Aanmelden met het briefje dat je op de "
                                                              "startvergadering krijgt, MFA instellen"],
             ["wo 28/08", "Gedeelde mailboxen overgezet (secretariaat, bib, sporthal, …)",
              "Eigenaars controleren of ze toegang hebben"],
             ["do 29/08 - vr 30/08", "Herinstallatie personeelslaptops", "Laptop binnenbrengen volgens schema"],
             ["ma 02/09 - vr 06/09", "Uitdelen leerlingenlaptops per klas", "Titularissen begeleiden hun klas"],
         ]),
         "Startbriefjes met je tijdelijk wachtwoord worden persoonlijk overhandigd op de startvergadering van "
         "dinsdag. Ze worden niet gemaild. Wie dinsdag afwezig is, haalt zijn briefje af bij Bart (met "
         "identiteitskaart).",
         "Dank voor jullie geduld, het wordt een drukke week.",
         "Hilde",
     ],
     rules=[], about=[],
     note="letter to all staff, personeel@ list correctly in BCC; timeline table, no secret",
     fmt=["alt", "html-table", "bcc-envelope", "general-letter"])

mail("personeel-gedeelde-mailboxen-overdracht",
     frm="tom", to="tom", bcc=["personeel"],
     subject="Overdracht gedeelde mailboxen en gedeelde accounts",
     date="2024-08-23 11:40",
     body=("Dag iedereen\n\n"
           "Bij de overstap krijgt elke gedeelde mailbox en elk gedeeld account (secretariaat, bibliotheek, "
           "reservaties sporthal, de sociale media van de school, …) één vaste eigenaar. Dat is nodig omdat "
           "Stroom per account wil weten wie verantwoordelijk is.\n\n"
           "Concreet:\n"
           "1. Geef vóór woensdag 28/08 aan Bart door welke gedeelde accounts jij gebruikt en wie volgens jou de "
           "eigenaar moet zijn.\n"
           "2. Gedeelde mailboxen open je voortaan gewoon in Outlook met je eigen account. Er is dus geen apart "
           "wachtwoord meer nodig.\n"
           "3. Voor accounts waar dat niet kan (sociale media, reservatieplatform, bibliotheekcatalogus) komt de "
           "toegang in de wachtwoordkluis van Stroom. Wachtwoorden worden niet meer doorgemaild of op papier "
           "doorgegeven.\n\n"
           "Vragen? Spreek Bart of mij gerust aan.\n\n"
           "Groeten\n" + SIG_TOM + "\n"),
     cte="8bit",
     rules=[], about=[],
     note="procedure letter to all staff in BCC; speaks about passwords only in general terms",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("personeel-herinstallatie-laptops-schema",
     frm="bart", to="bart", bcc=["personeel"],
     subject="Herinstallatie personeelslaptops – inleverschema 29 en 30 augustus",
     date="2024-08-22 13:30",
     blocks=[
         "Beste collega's",
         "Alle personeelslaptops worden opnieuw geïnstalleerd en in de nieuwe omgeving ingeschreven. Reken op "
         "ongeveer anderhalf uur per toestel. Breng je laptop met lader naar lokaal B0.12 volgens dit schema:",
         ("table", ["Vakgroep", "Dag", "Uur"], [
             ["Wiskunde, wetenschappen", "donderdag 29/08", "8.30 - 10.00"],
             ["Talen (Nederlands, Frans, Engels, Duits)", "donderdag 29/08", "10.00 - 12.00"],
             ["Techniek, elektriciteit, ICT", "donderdag 29/08", "13.00 - 15.00"],
             ["Economie, geschiedenis, aardrijkskunde, godsdienst", "vrijdag 30/08", "8.30 - 10.30"],
             ["LO, muzische vorming, STEM", "vrijdag 30/08", "10.30 - 12.00"],
             ["Directie, secretariaat, ondersteunend personeel", "vrijdag 30/08", "13.00 - 15.00"],
         ]),
         "Zet vooraf alles wat je wil bewaren op OneDrive. Lokale bestanden op het bureaublad zijn na de "
         "herinstallatie weg.",
         "Groetjes\n" + SIG_BART,
     ],
     rules=[], about=[], note="schedule for all staff via BCC; nothing personal",
     fmt=["alt", "html-table", "bcc-envelope", "general-letter"])

mail("personeel-codes-alarm-serverlokaal-procedure",
     frm="directie", to="directie", bcc=["personeel"],
     subject="Nieuwe codes alarm en serverlokaal",
     date="2024-08-26 08:05",
     body=("Beste collega's\n\n"
           "Naar aanleiding van de verbouwing en de overstap worden deze week het alarm en de deur van het "
           "serverlokaal voorzien van nieuwe codes.\n\n"
           "- Wie een alarmcode nodig heeft (vroege of late diensten, avondactiviteiten), krijgt die persoonlijk "
           "van Luc of van mij. We sturen die codes niet via mail of Smartschool.\n"
           "- Het serverlokaal is enkel toegankelijk voor Bart, Kenan en de firma Dijlenet.\n"
           "- Schrijf codes nergens op, ook niet in je agenda of op je gsm.\n\n"
           "Dank voor jullie medewerking.\n\n" + SIG_DIR + "\n"),
     rules=[], about=[],
     note="general staff letter about new codes without revealing any code (look-alike inside a general letter)",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("personeel-mfa-handleiding",
     frm="bart", to="bart", bcc=["personeel"],
     subject="Handleiding: tweestapsverificatie (MFA) instellen op je nieuwe account",
     date="2024-08-28 09:12",
     body=("Beste collega’s\n\n"
           "Hieronder de handleiding die we ook op de startvergadering toonden. Je vindt ze ook als pdf op het "
           "personeelsplatform.\n\n"
           "Tweestapsverificatie instellen – stappenplan\n\n"
           "Wat heb je nodig?\n"
           "• je laptop of een pc in de leraarskamer;\n"
           "• je eigen smartphone met de app “Microsoft Authenticator” (gratis, App Store of Google Play);\n"
           "• het startbriefje dat je persoonlijk kreeg.\n\n"
           "Stap 1 – Surf naar portal.office.com en meld je aan met je schooladres.\n"
           "Stap 2 – Vul het tijdelijke wachtwoord van je startbriefje in. Je wordt meteen gevraagd een nieuw "
           "wachtwoord te kiezen: minstens 14 tekens, liefst een zin die je makkelijk onthoudt.\n"
           "Stap 3 – Je ziet het scherm “Meer informatie vereist”. Klik op Volgende.\n"
           "Stap 4 – Open de Authenticator-app op je gsm, tik op + en kies “Werk- of schoolaccount”.\n"
           "Stap 5 – Scan de QR-code die op je laptopscherm verschijnt.\n"
           "Stap 6 – Microsoft stuurt een testmelding. Typ op je gsm het getal dat op je laptopscherm staat.\n"
           "Stap 7 – Voeg als reservemethode je gsm-nummer toe (sms). Dat nummer ziet alleen Microsoft, niet de "
           "school.\n"
           "Stap 8 – Klaar! Gooi je startbriefje weg (papiercontainer met slot in het secretariaat).\n\n"
           "Lukt het niet? Kom langs op de helpdesk (B0.12) of maak een ticket via helpdesk@spc.ksleuven.be. "
           "Stuur nooit een foto van je scherm met een code of QR-code door.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_BART + "\n"),
     cs="windows-1252", cte="qp", hcs="windows-1252",
     rules=[], about=[],
     note="long Word-pasted MFA instruction to all staff in BCC; mentions passwords and codes but contains none",
     fmt=["plain-qp", "plain-cp1252", "bcc-envelope", "general-letter", "word-paste"])

mail("personeel-printers-pin-uitleg",
     frm="bart", to="bart", bcc=["personeel"],
     subject="Nieuwe printers en kopieertoestellen: zo vind je je PIN",
     date="2024-08-29 15:10",
     body=("Hallo allemaal\n\n"
           "Sinds vandaag staan de nieuwe multifunctionals van Printwise in de leraarskamer, het secretariaat en "
           "aan de bib. Afdrukken gaat voortaan via “volg-mij-printen”: je print naar de wachtrij SPC-Print en "
           "haalt je afdruk op aan eender welk toestel.\n\n"
           "Aanmelden aan het toestel doe je met je personeelsbadge. Wie nog geen badge heeft, gebruikt tijdelijk "
           "een persoonlijke PIN. Die PIN vind je zelf in het printportaal (print.spc.ksleuven.be > Mijn account > "
           "PIN tonen) nadat je je met je schoolaccount hebt aangemeld. Het secretariaat geeft geen PIN-codes "
           "door, ook niet telefonisch.\n\n"
           "Kopieerquota blijven zoals vorig jaar.\n\n"
           "Bart\n"),
     rules=[], about=[],
     note="general staff letter on printer PINs; explains where to find the PIN, no PIN given",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-uitdeelschema-laptops-1ste-graad",
     frm="lls", to="lls", bcc=["ouders1stegraad@spc.ksleuven.be"],
     subject="Uitdeelmomenten laptops eerste graad",
     date="2024-08-30 14:20",
     blocks=[
         "Beste ouders van leerlingen van het eerste en tweede jaar",
         "In de eerste schoolweek krijgt uw kind zijn of haar nieuwe laptop. De titularis begeleidt de klas. "
         "U hoeft niet aanwezig te zijn.",
         ("table", ["Klas", "Dag", "Lesuur", "Lokaal"], [
             ["1A", "dinsdag 3 september", "3de en 4de lesuur", "B1.04"],
             ["1B", "dinsdag 3 september", "5de en 6de lesuur", "B1.04"],
             ["1C", "woensdag 4 september", "1ste en 2de lesuur", "B1.04"],
             ["1D", "woensdag 4 september", "3de en 4de lesuur", "B1.04"],
             ["2A", "donderdag 5 september", "1ste en 2de lesuur", "B1.06"],
             ["2B", "donderdag 5 september", "3de en 4de lesuur", "B1.06"],
             ["2C", "vrijdag 6 september", "1ste en 2de lesuur", "B1.06"],
             ["2D", "vrijdag 6 september", "3de en 4de lesuur", "B1.06"],
         ]),
         "Geef uw kind die dag een lege boekentas mee, zodat de laptop veilig naar huis kan. De laptop moet elke "
         "dag opgeladen naar school komen.",
         "Vriendelijke groeten\nHet leerlingensecretariaat",
     ],
     rules=[], about=[],
     note="schedule letter to a parents' group address placed in BCC (allowed); class codes and room numbers only",
     fmt=["alt", "html-table", "bcc-envelope", "general-letter"])

mail("parents-fr-distribution-ordinateurs",
     frm="lls", to="lls",
     bcc=["isabelle.dubois@skynet.be", "marc.lambert@proximus.be", "nathalie.dubois@outlook.com",
          "sophie.martin@skynet.be", "c.lejeune@skynet.be"],
     subject="Distribution des ordinateurs portables – premier degré",
     date="2024-08-30 14:25",
     blocks=[
         "Chers parents,",
         "Votre enfant recevra son ordinateur portable pendant la première semaine de cours, en classe, avec "
         "son titulaire. Votre présence n'est pas nécessaire.",
         ("table", ["Classe", "Jour", "Heures de cours", "Local"], [
             ["1A", "mardi 3 septembre", "3e et 4e heure", "B1.04"],
             ["1B", "mardi 3 septembre", "5e et 6e heure", "B1.04"],
             ["2A", "jeudi 5 septembre", "1re et 2e heure", "B1.06"],
             ["2B", "jeudi 5 septembre", "3e et 4e heure", "B1.06"],
         ]),
         "Merci de prévoir un cartable vide ce jour-là. L'ordinateur doit arriver chargé chaque matin.",
         "Cordialement,\nLe secrétariat des élèves",
     ],
     cs="windows-1252", hcs="windows-1252",
     rules=[], about=[], lang="fr",
     note="French schedule for francophone parents, all in BCC; no pupil, no secret",
     fmt=["alt", "html-table", "plain-cp1252", "bcc-envelope", "general-letter"])

mail("leerlingen-eerste-aanmelding-laptop",
     frm="helpdesk", to="helpdesk", bcc=["alleleerlingen@leerling.sintpieterscollege.be"],
     subject="Je nieuwe laptop: eerste keer aanmelden",
     date="2024-09-03 07:45",
     body=("Hey allemaal!\n\n"
           "Vandaag en de komende dagen krijgen jullie je nieuwe laptop. Zo start je op:\n\n"
           "1. Zet de laptop aan en kies het wifi-netwerk SPC-Leerlingen.\n"
           "2. Meld je aan met je schooladres (voornaam.naam@leerling.sintpieterscollege.be) en het "
           "startwachtwoord van het briefje dat je van je titularis kreeg.\n"
           "3. Kies een nieuw wachtwoord. Geef het aan niemand, ook niet aan je beste vriend(in).\n"
           "4. Installeer Microsoft Authenticator op je gsm en scan de QR-code.\n\n"
           "Briefje kwijt of lukt het niet? Kom naar de helpdesk in B0.12 tijdens de pauzes. We sturen nooit "
           "wachtwoorden via mail of Smartschool.\n\n"
           "Veel succes!\nDe helpdesk\n"),
     cte="8bit",
     rules=[], about=[],
     note="general mail to all pupils, pupils' list in BCC; instructions without any password",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-verzekering-laptop",
     frm="directie", to="directie", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Laptop kapot of kwijt? Zo werkt de verzekering",
     date="2024-09-06 12:00",
     blocks=[
         "Beste ouders",
         "De laptops zijn verzekerd tegen accidentele schade en diefstal met braak. Hieronder kort hoe dat werkt.",
         ("table", ["Situatie", "Wat doet u?", "Kost"], [
             ["Toestel valt of scherm breekt", "Laptop binnenbrengen op de helpdesk", "eigen risico € 50"],
             ["Defect zonder schuld (toetsenbord, batterij)", "Laptop binnenbrengen op de helpdesk", "gratis"],
             ["Diefstal met braak", "Aangifte bij de politie, pv-nummer aan het secretariaat", "eigen risico € 50"],
             ["Verlies", "Zo snel mogelijk melden aan de helpdesk", "niet verzekerd"],
         ]),
         "Tijdens een herstelling krijgt uw kind een leenlaptop.",
         "Is een kost voor uw gezin moeilijk haalbaar? Neem dan gerust discreet contact op met de dienst "
         "boekhouding. Samen zoeken we een oplossing, bijvoorbeeld een afbetalingsplan.",
         "Met vriendelijke groeten\n" + SIG_DIR,
     ],
     rules=[], about=[],
     note="general insurance letter to all parents in BCC; mentions payment plans in general, nobody named",
     fmt=["alt", "html-table", "bcc-envelope", "general-letter"])

mail("ouders-co-account-vernieuwd",
     frm="directie", to="directie", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Uw co-account op Smartschool wordt vernieuwd",
     date="2024-09-10 17:00",
     body=("Beste ouders\n\n"
           "Door de overstap naar de nieuwe omgeving worden alle co-accounts van ouders op Smartschool opnieuw "
           "aangemaakt. Uw oude gebruikersnaam en wachtwoord werken vanaf maandag 16 september niet meer.\n\n"
           "Uw kind krijgt deze week een gesloten omslag mee met uw nieuwe gebruikersnaam en een eenmalige "
           "activatiecode. Bij de eerste aanmelding kiest u zelf een nieuw wachtwoord.\n\n"
           "Zijn de ouders gescheiden of heeft uw kind meerdere co-accounts? Dan krijgt elke ouder een eigen "
           "omslag. Geen omslag ontvangen tegen vrijdag? Laat het weten aan het leerlingensecretariaat "
           "(leerlingensecretariaat@spc.ksleuven.be). We sturen de gegevens niet per mail.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_DIR + "\n"),
     rules=[], about=[],
     note="general letter about co-account reset to all parents in BCC; describes the code, does not contain one",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-compenserende-software",
     frm="elke", to="elke", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Voorleessoftware en andere hulpmiddelen op de nieuwe laptops",
     date="2024-09-12 11:00",
     body=("Beste ouders\n\n"
           "Een aantal leerlingen gebruikt in de klas en bij toetsen voorleessoftware (Sprint, Kurzweil), "
           "spraakherkenning of andere hulpmiddelen. Die programma's worden op de nieuwe laptops opnieuw "
           "geïnstalleerd door de helpdesk, op basis van de afspraken die al in het zorgdossier staan.\n\n"
           "U hoeft hiervoor niets te doen. Merkt uw kind na 20 september dat een programma ontbreekt of niet "
           "goed werkt, dan kan het langsgaan bij de helpdesk of bij mij.\n\n"
           "Nieuwe vragen naar ondersteuning bespreken we graag op een gesprek. U kan een afspraak maken via "
           "Smartschool.\n\n"
           "Vriendelijke groeten\n" + SIG_ELKE + "\n"),
     rules=[], about=[],
     note="zorg letter to all parents via BCC about reading software in general; no pupil identified -> not sensitive",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-laptopvergoeding-schoolrekening",
     frm="boekh", to="boekh", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Laptopvergoeding op de schoolrekening 2024-2025",
     date="2024-09-16 10:00",
     body=("Beste ouders\n\n"
           "De huurvergoeding voor de laptop bedraagt dit schooljaar € 180 (eerste graad) en € 210 (tweede en "
           "derde graad). Ze wordt verdeeld over de drie schoolrekeningen (oktober, januari en april).\n\n"
           "De verzekering zit in dat bedrag inbegrepen. Na zes jaar wordt de laptop eigendom van de leerling.\n\n"
           "Ontvangt u een schooltoeslag of heeft u het financieel moeilijk? Neem dan contact op met de "
           "boekhouding. Er is altijd een oplossing mogelijk, bijvoorbeeld een betaling in schijven. Alles wordt "
           "discreet behandeld.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_BOEKH + "\n"),
     rules=[], about=[],
     note="general payment letter to all parents (BCC); amounts and payment-plan offer with nobody named, no IBAN",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("personeel-phishing-waarschuwing",
     frm="bart", to="bart", bcc=["personeel"],
     subject="OPGELET: phishingmails 'Gedeelde documenten Stroom'",
     date="2024-09-24 10:50",
     xh=[("Importance", "high"), ("X-Priority", "1")],
     body=("Collega's\n\n"
           "Sinds vanochtend circuleert een valse mail met als onderwerp “Gedeelde documenten Stroom – actie "
           "vereist”. De afzender lijkt een collega, maar de link gaat naar een valse aanmeldpagina.\n\n"
           "- Klik niet op de link en vul nergens je gegevens in.\n"
           "- Meld de mail met de knop ‘Phishing rapporteren’ in Outlook.\n"
           "- Heb je toch je wachtwoord ingevuld? Verwittig meteen de helpdesk, we blokkeren dan je sessies en "
           "je kiest samen met ons een nieuw wachtwoord.\n\n"
           "Stroom en de school vragen nooit je wachtwoord of een code uit je Authenticator-app.\n\n"
           "Bart\n"),
     rules=[], about=[],
     note="phishing warning to all staff via BCC; talks about passwords and codes but carries none",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-terugblik-eerste-weken",
     frm="directie", to="directie", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Terugblik op de eerste schoolweken en afspraken rond de laptop",
     date="2024-09-27 16:30",
     blocks=[
         "Beste ouders",
         "De eerste weken met de nieuwe laptops zitten erop. Meer dan 95 % van de leerlingen werkt intussen "
         "vlot met het nieuwe account. Dank aan iedereen die thuis mee heeft geholpen met de Authenticator-app.",
         "We herhalen graag enkele afspraken:",
         ("ul", ["De laptop komt elke dag volledig opgeladen naar school. Opladen in de klas is niet mogelijk.",
                 "De laptop zit altijd in de beschermhoes, ook in de boekentas.",
                 "Wachtwoorden zijn persoonlijk. Een account van een medeleerling gebruiken is niet toegestaan.",
                 "Schade of verlies meldt uw kind dezelfde dag nog op de helpdesk."]),
         "Op dinsdag 8 oktober organiseren we een infoavond over digitaal veilig thuis. Een uitnodiging volgt.",
         "Met vriendelijke groeten\n" + SIG_DIR,
     ],
     rules=[], about=[], note="general look-back letter to all parents in BCC; nothing personal",
     fmt=["alt", "bcc-envelope", "general-letter"])

mail("ouders-uitnodiging-infoavond-digitaal-veilig",
     frm="bart", to="bart", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Uitnodiging infoavond 'Digitaal veilig thuis' – dinsdag 8 oktober",
     date="2024-09-19 09:30",
     body=("Beste ouders\n\n"
           "Graag nodigen we u uit op onze infoavond “Digitaal veilig thuis” op dinsdag 8 oktober om 19.30 u in de "
           "refter (ingang Tervuursevest).\n\n"
           "Programma:\n"
           "19.30 u  Welkom\n"
           "19.40 u  Pieter-Jan Roels (Bewust Online vzw): sterke wachtwoorden, phishing en tweestapsverificatie\n"
           "20.30 u  Demonstratie van de schoollaptop en het ouderaccount op Smartschool\n"
           "21.00 u  Vragen en drankje\n\n"
           "Inschrijven kan via het formulier op Smartschool (Nieuws > Infoavond). Deelname is gratis.\n\n"
           "Hartelijke groeten\n" + SIG_BART + "\n"),
     rules=[], about=[], note="invitation to all parents via BCC; times are not codes; no phone number",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("ouders-accounts-delen-cyberpesten",
     frm="wim", to="wim", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Accounts delen en cyberpesten: samen waakzaam",
     date="2024-10-18 15:00",
     body=("Beste ouders\n\n"
           "De voorbije weken merkten we in verschillende klassen dat leerlingen elkaars wachtwoord kennen of "
           "elkaars laptop gebruiken. Dat lijkt onschuldig, maar het maakt het heel makkelijk om berichten te "
           "versturen in naam van iemand anders. Zo'n berichten kunnen erg kwetsen.\n\n"
           "Wat vragen we aan u?\n"
           "- Praat thuis over wachtwoorden: je eigen wachtwoord deel je met niemand, ook niet met vrienden.\n"
           "- Laat uw kind de laptop vergrendelen (Windows-toets + L) als het even weggaat.\n"
           "- Merkt u dat uw kind gepest wordt of anderen pest, online of offline? Neem contact op met de "
           "leerlingbegeleiding of met het CLB. Samen zoeken we een aanpak.\n\n"
           "In bijlage van onze website vindt u het anti-pestbeleid van de school.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_WIM + "\n"),
     rules=[], about=[],
     note="general bullying/account-sharing letter to all parents via BCC, no pupil or incident identified",
     fmt=["plain", "bcc-envelope", "general-letter"])

# ============================================================================================
# CREDENTIALS (40) -- part 1
# ============================================================================================

# PW1 start password of one pupil to her mother (address does not spell the surname)
_q = ("Goeiemorgen\n\nLina Vermeulen (2B) was gisteren niet op school, we waren op de trouw van haar nicht in "
      "Gent. Ze heeft dus geen laptop en geen briefje gekregen. Hoe gaan we nu te werk?\n\n"
      "Groetjes\nSarah Dhondt (mama van Lina)\n")
mail("startwachtwoord-lina-aan-mama",
     frm="sofie", to=("Sarah Dhondt", par("lina")),
     subject="RE: laptop Lina Vermeulen 2B",
     date="2024-09-06 09:14",
     body=("Dag mevrouw Dhondt\n\n"
           "Geen probleem, de laptop van Lina ligt klaar op de helpdesk (B0.12). Ze mag hem maandag tijdens de "
           "speeltijd van 10.05 u komen halen.\n\n"
           "Zodat ze thuis al kan starten, hier haar gegevens:\n"
           "Gebruikersnaam: " + pm("lina") + "\n"
           "Startwachtwoord: Kav40917\n\n"
           "Bij de eerste aanmelding moet ze een nieuw wachtwoord kiezen en de Authenticator-app installeren.\n\n"
           "Vriendelijke groeten\n" + SIG_SOFIE + "\n"
           + outlook_quote("Sarah Dhondt <%s>" % par("lina"), "2024-09-06 07:58", "helpdesk@spc.ksleuven.be",
                           "laptop Lina Vermeulen 2B", _q)),
     irt="<CAK7dQ1v1Lina2B@mail.telenet.be>",
     rules=["password"], about=["lina"],
     note="start password of Lina sent to her mother (parent 1, different surname) - correctly addressed; "
          "absence reason is a wedding, not sensitive",
     fmt=["plain", "reply"])

# PW2 whole class start passwords in an Outlook table to the class teacher
_rows3b = [[r["last"], r["first"], r["mail"], m365pw()] for r in klas("3B")]
mail("startwachtwoorden-3b-tabel-titularis",
     frm="kenan", to="lies",
     subject="Startwachtwoorden 3B voor morgen",
     date="2024-09-02 16:40",
     blocks=[
         "Dag Lies",
         "De briefjes voor 3B zijn nog niet gedrukt (printer in B0.12 weigert dienst), dus hieronder de lijst. "
         "Kan je ze morgen in het eerste lesuur voorlezen of op het bord zetten per leerling? Liefst niet allemaal "
         "tegelijk op het scherm natuurlijk :-)",
         ("table", ["Naam", "Voornaam", "Gebruikersnaam", "Startwachtwoord"], _rows3b),
         "Na de eerste aanmelding moeten ze zelf een nieuw wachtwoord kiezen.",
         "Groeten\n" + SIG_KENAN,
     ],
     rules=["password"], about=klas("3B"),
     note="table with start passwords of all 15 pupils of 3B mailed to the class teacher",
     fmt=["alt", "html-table"])

# PW3 csv with start passwords for 1C
_buf = io.StringIO()
_w = csv.writer(_buf, delimiter=";", lineterminator="\r\n")
_w.writerow(["Klas", "Naam", "Voornaam", "UPN", "Tijdelijk wachtwoord"])
for r in klas("1C"):
    _w.writerow([r["klas"], r["last"], r["first"], r["mail"], m365pw()])
mail("csv-startwachtwoorden-1c",
     frm="bart", to="koen",
     subject="lijst 1C",
     date="2024-09-03 17:55",
     body=("Koen,\n\nZoals gevraagd de lijst voor morgen. Even afdrukken en in strookjes knippen, dan heeft "
           "iedereen zijn eigen strookje. Mail nadien verwijderen aub (ook uit verwijderde items).\n\n"
           "Bart\n"),
     atts=[("1C_startwachtwoorden.csv", _buf.getvalue().encode("utf-8-sig"))],
     rules=["password"], about=klas("1C"),
     note="csv export of usernames and temporary passwords of class 1C attached",
     fmt=["plain", "attachment-csv"])

# PW4 xlsx with accounts and serials for 5ICT
_x5 = [["Naam", "Account", "Tijdelijk wachtwoord", "Serienummer laptop"]]
for i, r in enumerate(klas("5ICT")):
    _x5.append(["%s %s" % (r["first"], r["last"]), r["mail"], m365pw(), "5CD4%03dK%02d" % (310 + i * 7, 40 + i)])
mail("xlsx-accounts-5ict",
     frm="kenan", to="ann",
     subject="Accounts + laptops 5ICT",
     date="2024-09-09 08:02",
     body=("Hoi Ann\n\nIn bijlage de accounts van 5ICT met hun tijdelijk wachtwoord en het serienummer van "
           "de laptop die ze krijgen. Kun jij deze voormiddag de laptops uitdelen? Ze liggen in de kar in B0.12.\n\n"
           "Thx!\nKenan\n"),
     atts=[("5ICT_accounts.xlsx", make_xlsx(_x5, sheet="5ICT"))],
     rules=["password"], about=klas("5ICT"),
     note="xlsx attachment with temporary passwords of all pupils of 5ICT",
     fmt=["plain", "attachment-xlsx"])

# PW5 BitLocker recovery keys of staff laptops in an HTML table
_bl = [["SPC-LT-P%03d" % n, who, hashlib.md5(who.encode()).hexdigest()[:8].upper(), bitlocker_key()]
       for n, who in [(14, "J. Van Damme"), (22, "M. Wuyts"), (31, "R. Lievens"), (37, "Y. Benali"),
                      (41, "T. Baeten"), (58, "S. Vercauteren")]]
mail("bitlocker-herstelsleutels-personeel",
     frm="bart", to="frederik",
     subject="BitLocker-sleutels 6 toestellen niet in Entra geraakt",
     date="2024-08-30 18:20",
     blocks=[
         "Dag Frederik",
         "Bij zes personeelslaptops is de herstelsleutel na de herinschrijving niet naar de nieuwe tenant "
         "geschreven (zie ticket bij jullie). Ik heb ze van het scherm overgenomen vóór de herstart. Kan jij ze "
         "manueel in Entra bij het juiste toestel zetten? Dan verwijder ik mijn lijstje hier.",
         ("table", ["Toestel", "Gebruiker", "Sleutel-ID (eerste 8)", "Herstelsleutel"], _bl),
         "Alvast bedankt\n" + SIG_BART,
     ],
     rules=["password"], about=[],
     note="BitLocker recovery keys (48 digits) of six staff laptops in a table to the group ICT",
     fmt=["alt", "html-table"])

# PW6 single BitLocker key in a quick reply
_bk = bitlocker_key()
mail("bitlocker-sleutel-laptop-tine",
     frm="sofie", to="tine",
     subject="RE: laptop vraagt blauw scherm sleutel??",
     date="2024-09-11 07:52",
     body=("Dag Tine\n\nDat is de BitLocker-herstelsleutel, gebeurt soms na een BIOS-update. Typ deze "
           "cijfers in (de streepjes komen er vanzelf):\n\n" + _bk + "\n\n"
           "Daarna start hij normaal op. Als het morgen weer gebeurt, breng hem dan even binnen.\n\n"
           "Sofie\n"
           + outlook_quote("Tine Baeten", "2024-09-11 07:31", "Helpdesk SPC",
                           "laptop vraagt blauw scherm sleutel??",
                           "Help, mijn laptop toont een blauw scherm en vraagt een herstelsleutel voor station C:, "
                           "ik heb om 8u25 les in 5A. Ik stuur dit van mijn gsm.\n\nTine")),
     rules=["password"], about=[],
     note="BitLocker recovery key of one teacher's laptop in a reply",
     fmt=["plain", "reply"])

# PW7 BIOS supervisor password to the supplier's technician (English)
mail("bios-password-reimaging-supplier",
     frm="bart", to=("Tomasz Nowicki", "tomasz.nowicki@dijlenet-ict.be"), cc="kenan",
     subject="Re: reimaging ProBook batch – BIOS access",
     date="2024-08-19 14:05",
     body=("Hi Tomasz,\n\n"
           "Thanks for confirming Thursday. For the 312 pupil laptops and the 64 staff laptops the BIOS is "
           "locked with our supervisor password, so you will need it to switch the boot order to USB:\n\n"
           "BIOS admin password: SPC-b1os!Dijle\n\n"
           "Please change the boot order back afterwards; the password itself stays the same until the "
           "whole batch is done, then we rotate it.\n\n"
           "Kenan will be at the school from 7.30 to open the workshop.\n\n"
           "Best regards,\nBart\n\n" + SIG_BART + "\n"
           "\n> On 19 Aug 2024, at 11:20, Tomasz Nowicki <tomasz.nowicki@dijlenet-ict.be> wrote:\n>\n"
           "> Hello Bart, we can start the reimaging on Thursday 22/08. Can you send me the BIOS access for the "
           "HP ProBooks?\n> Tomasz\n"),
     rules=["password"], about=[], lang="en",
     note="BIOS supervisor password of the laptop fleet sent to an external technician",
     fmt=["plain", "reply"])

# PW8 guest Wi-Fi key to an external speaker
mail("wifi-gast-spreker-infoavond",
     frm="bart", to="pj",
     subject="Praktische info infoavond 8 oktober",
     date="2024-10-07 11:20",
     body=("Dag Pieter-Jan\n\n"
           "Fijn dat je morgen komt. Je kan parkeren op de speelplaats (poort Tervuursevest, ik zet ze open vanaf "
           "18.45 u). De refter heeft een beamer met HDMI en USB-C.\n\n"
           "Voor internet gebruik je ons gastennetwerk:\n"
           "Netwerk: SPC-Gast\n"
           "Sleutel: Zomerlicht-Dijle-2024\n\n"
           "Tot morgen!\n\n" + SIG_BART + "\n"),
     rules=["password"], about=[],
     note="Wi-Fi key of the guest network given to an external speaker",
     fmt=["plain"])

# PW9 staff Wi-Fi key to the staff distribution list in To
mail("wifi-personeel-nieuwe-sleutel",
     frm="kenan", to="personeel",
     subject="Nieuwe wifisleutel SPC-Personeel",
     date="2024-09-02 07:20",
     body=("Goeiemorgen iedereen\n\n"
           "Het wifinetwerk SPC-Personeel heeft sinds vannacht een nieuwe sleutel. Op de nieuwe laptops staat hij "
           "al, enkel voor je gsm of tablet moet je hem opnieuw ingeven:\n\n"
           "    TervuurseVest-41-Personeel\n\n"
           "Niet doorgeven aan leerlingen aub, zij hebben hun eigen netwerk.\n\n"
           "Kenan\n" + SIG_KENAN + "\n"),
     rules=["password", "bcc"], about=[],
     note="staff Wi-Fi key mailed with the all-staff list personeel@ visible in To",
     fmt=["plain", "group-in-to"])

# PW10 copier PIN to a new teacher, Windows-1252 quoted-printable
mail("kopieercode-nieuwe-collega",
     frm="griet", to="hanna",
     subject="Je kopieercode",
     date="2024-09-04 10:33",
     body=("Dag Hanna\n\n"
           "Welkom in ons team! Je personeelsbadge is nog niet klaar (de firma levert pas volgende week), dus hier "
           "je tijdelijke PIN voor de kopieertoestellen: 7391\n\n"
           "Je typt hem in op het scherm van het toestel en kiest daarna “Vrijgeven”. Zodra je badge er is, "
           "vervalt de code.\n\n"
           "Veel succes met je eerste week in 2D!\n\n"
           "Groetjes\n" + SIG_GRIET + "\n"),
     cs="windows-1252", cte="qp", hcs="windows-1252",
     rules=["password"], about=[],
     note="personal copier PIN of a new teacher, cp1252 quoted-printable body",
     fmt=["plain-qp", "plain-cp1252"])

# PW11 printer PINs of a department sent to the department list in To
mail("printer-pins-vakgroep-wiskunde",
     frm="kenan", to=("Vakgroep wiskunde", "wiskunde@spc.ksleuven.be"),
     subject="Tijdelijke PIN-codes printers (tot de badges er zijn)",
     date="2024-08-30 09:45",
     blocks=[
         "Beste collega's wiskunde",
         "Jullie vroegen op de vakgroepvergadering om de PIN-codes al te krijgen voor de toetsen van volgende "
         "week. Hier zijn ze:",
         ("table", ["Collega", "PIN printer/kopieerapparaat"], [
             ["Koen Mertens", "5820"], ["Hanna Leys", "1947"], ["Stijn Vercauteren", "3306"],
             ["Tine Baeten", "8815"], ["Bert Cuypers", "6074"]]),
         "Zodra de badges er zijn, vervallen deze codes.",
         "Kenan",
     ],
     rules=["password", "bcc"], about=[],
     note="printer PINs of five teachers sent to the department list wiskunde@ in To (group address)",
     fmt=["alt", "html-table", "group-in-to"])

# PW12 alarm code from the director's phone
mail("alarmcode-concierge-gsm",
     frm="hilde", to="luc",
     subject="alarm",
     date="2024-08-27 21:48",
     msgid_dom="sintpieterscollege.be", xh=[("X-Mailer", "iPhone Mail (21G93)")],
     body=("Luc, nieuwe alarmcode vanaf morgenvroeg is 4819 gevolgd door de sleutel. Oude code werkt niet meer "
           "na 6u. Poetsploeg krijgt eigen code van Securalarm, deze dus niet doorgeven.\n"
           "Hilde" + IPHONE + "\n"),
     rules=["password"], about=[],
     note="new alarm code sent by the director from her phone to the caretaker",
     fmt=["plain", "phone"])

# PW13 server room door code and key safe
mail("code-serverlokaal-sleutelkluis",
     frm="bart", to="tom", cc="hilde",
     subject="Serverlokaal: nieuwe deurcode",
     date="2024-08-27 12:10",
     body=("Dag Tom\n\n"
           "Securalarm heeft vanmorgen het klavier aan het serverlokaal (B-1.03) vervangen. Voor jouw info en die "
           "van Hilde (noodgevallen):\n\n"
           "- deurcode serverlokaal: 66 20 *\n"
           "- sleutelkluisje naast de deur (reservesleutels racks): 3391\n\n"
           "Verder kennen alleen Kenan en ik de codes. Dijlenet krijgt een eigen badge.\n\n"
           "Bart\n"),
     rules=["password"], about=[],
     note="door code of the server room and key-safe code to the deputy head (director in CC)",
     fmt=["plain"])

# PW14 safe code with a phone number in the signature
mail("kluiscode-secretariaat",
     frm="marc", to="hilde",
     subject="Kluis secretariaat",
     date="2024-09-02 15:32",
     body=("Hilde\n\nDe kluis in het secretariaat had na de verhuis van de kasten een nieuwe code nodig. Vanaf nu: "
           "2 - 7 - 0 - 4 - 1 - 9. Griet en ik kennen hem, voor de rest niemand.\n\n"
           "Groeten\n\n" + SIG_MARC + "\n"),
     rules=["password", "personal_data"], about=[],
     note="new code of the secretariat safe; the signature carries the school's phone number",
     fmt=["plain"])

# PW15 handover of the old secretariat accounts
mail("overdracht-secretariaat-accounts",
     frm="griet", to="anv",
     subject="Overdracht: accounts secretariaat",
     date="2024-09-02 12:45",
     body=("Dag An\n\n"
           "Zoals beloofd een overzicht voor je eerste weken. De gedeelde mailbox leerlingensecretariaat zie je al "
           "in je Outlook staan. Voor twee dingen heb je nog een apart account nodig:\n\n"
           "1) Smartschool-beheeraccount (klassenlijsten, co-accounts resetten)\n"
           "   gebruiker: secretariaat.spc\n"
           "   wachtwoord: Leerling$Sec-2024\n\n"
           "2) Het oude secretariaat-account op het vorige platform (nodig tot eind september om oude mails op "
           "te zoeken)\n"
           "   leerlingensecretariaat@spc-oud.be / Griet2023!\n\n"
           "Bart zegt dat alles later in de wachtwoordkluis komt, maar tot dan moet het zo.\n\n"
           "Groetjes\nGriet\n"),
     rules=["password"], about=[],
     note="handover of two shared secretariat accounts with their passwords to a new colleague",
     fmt=["plain"])

# PW16 library catalogue account for a replacement librarian
mail("bib-catalogus-login-vervanger",
     frm="katrien", to=("Marijke Dehaes", "marijke.dehaes@sintpieterscollege.be"),
     subject="Bib: alles voor je vervanging",
     date="2024-10-02 16:10",
     body=("Dag Marijke\n\n"
           "Merci dat je me de komende drie weken vervangt! Een paar praktische zaken:\n\n"
           "- De bib is open op maandag, dinsdag en donderdag van 12.05 tot 12.50 u.\n"
           "- Uitlenen doe je in Biblioweb. Daar meld je aan met het gedeelde account:\n"
           "  gebruikersnaam bib.spc\n"
           "  wachtwoord Boekenwurm#Dijle7\n"
           "- Het leerlingenkaartje scannen gaat via de handscanner, die hangt aan de pc.\n"
           "- Te laat teruggebrachte boeken: gewoon noteren, ik bel ze wel na.\n\n"
           "Groetjes\nKatrien\n\n"
           "Katrien Stevens\nBibliotheek Sint-Pieterscollege\n"),
     rules=["password"], about=[],
     note="shared library catalogue account and password handed to a replacement colleague",
     fmt=["plain"])

# PW17 sports hall booking account to an outside sports club, with a mobile number
mail("sporthal-reservatieaccount-basketclub",
     frm="dirk", to="bbc",
     subject="Toegang reservatieplatform sporthal",
     date="2024-09-13 19:25",
     body=("Dag Geert\n\n"
           "Zoals besproken kunnen jullie vanaf oktober zelf de avonden in de sporthal vastleggen. Het "
           "reservatieplatform is sporthal.spc-reservaties.be.\n\n"
           "Login: sporthal.spc\n"
           "Wachtwoord: Lions&Sporthal24\n\n"
           "Gelieve enkel te boeken op maandag, woensdag en vrijdag na 18 u. Is er iets met de zaal, bel me gerust "
           "op 0478 31 92 07.\n\n"
           "Sportieve groeten\n"
           "Dirk Hermans\nLeerkracht LO – beheer sporthal\nSint-Pieterscollege Leuven\n"),
     rules=["password", "personal_data"], about=[],
     note="login of the school's sports-hall booking account given to an outside club; teacher's mobile number",
     fmt=["plain"])

# PW18 social media accounts handover with backup codes (HTML)
_sm_body = [
    "Hoi Lotte",
    "Vanaf 1 september neem jij de sociale media over. Hier alles op een rij:",
    ("table", ["Kanaal", "Account", "Wachtwoord", "Opmerking"], [
        ["Instagram", "@sintpieterscollege.leuven", "Stroom_Insta!2024", "2FA via sms naar de schoolgsm"],
        ["Facebook-pagina", "Sint-Pieterscollege Leuven", "-", "je wordt beheerder via je eigen profiel"],
        ["TikTok", "spc.leuven", "TikSPC-Dijle88", "weinig gebruikt"],
        ["LinkedIn", "bedrijfspagina", "-", "beheer via Tom"],
    ]),
    "Back-upcodes Instagram (elk maar één keer bruikbaar, voor als de schoolgsm niet in de buurt is):",
    "4810 2297\n7735 0164\n2958 6631\n0447 9182\n6623 5870",
    "Veel plezier ermee, en zeg het gerust als je vragen hebt.",
    "Evelien",
]
mail("sociale-media-overdracht",
     frm="evelien", to=("Lotte Geens", "lotte.geens@sintpieterscollege.be"),
     subject="Overdracht sociale media school",
     date="2024-08-28 14:50",
     blocks=_sm_body,
     rules=["password"], about=[],
     note="passwords of the school's social-media accounts plus Instagram backup codes handed to a colleague",
     fmt=["alt", "html-table"])

# PW19 same handover forwarded to a private Gmail account
mail("sociale-media-doorsturen-prive-gmail",
     frm=("Lotte Geens", "lotte.geens@sintpieterscollege.be"), to="lotte.geens88@gmail.com",
     subject="FW: Overdracht sociale media school",
     date="2024-08-28 20:12",
     body=("zodat ik thuis op de tablet kan posten\n"
           + fwd_block("Evelien Jacobs <evelien.jacobs@sintpieterscollege.be>", "2024-08-28 14:50",
                       "Lotte Geens <lotte.geens@sintpieterscollege.be>", "Overdracht sociale media school",
                       blocks_text(_sm_body))),
     rules=["password", "private_account"], about=[],
     note="staff member forwards school mail containing account passwords and backup codes to her own Gmail",
     fmt=["plain", "forward"])

# PW20 recovery codes of the break-glass admin account
mail("herstelcodes-noodaccount-directie",
     frm="bart", to="hilde",
     subject="Herstelcodes noodaccount – afdrukken en in de kluis",
     date="2024-08-26 17:40",
     body=("Hilde\n\n"
           "Zoals Stroom vraagt, heeft elke school een noodaccount voor als niemand van ICT nog kan aanmelden. De "
           "herstelcodes moeten op papier in jouw kluis. Kan jij dit afdrukken, in een envelop steken en de mail "
           "daarna verwijderen?\n\n"
           "Account: nood-spc@lksdstroom.onmicrosoft.com\n"
           "Herstelcodes (elk eenmalig):\n"
           "  1. 7GQK-2M9X\n  2. P4RT-8WZC\n  3. 9HJD-LX62\n  4. Q2VN-5TB7\n  5. 3KCE-W8RF\n"
           "  6. ZM6P-1QHA\n  7. 8XLD-4NVE\n  8. R7WB-6JKT\n  9. 2TQY-9CMH\n 10. N5FG-3DPU\n\n"
           "Bedankt!\nBart\n"),
     rules=["password"], about=[],
     note="ten recovery codes of the school's emergency admin account sent to the director",
     fmt=["plain"])

# PW21 teacher forwards an SMS verification code to the helpdesk
mail("verificatiecode-sms-doorgestuurd",
     frm="jan", to="helpdesk",
     subject="rare sms ontvangen, phishing?",
     date="2024-09-24 11:15",
     body=("Hallo helpdesk\n\n"
           "Ik krijg sinds deze ochtend al drie keer deze sms, ik heb zelf niets aangevraagd:\n\n"
           "\"Gebruik verificatiecode 582947 voor Microsoft-verificatie.\"\n\n"
           "En net nog een nieuwe: 630158. Moet ik iets doen? Ik heb niets ingevuld.\n\n"
           "Jan\n" + SAMSUNG + "\n"),
     rules=["password"], about=[],
     note="teacher passes on one-time MFA verification codes received by SMS (phishing wave)",
     fmt=["plain", "phone"])

# ============================================================================================
# CREDENTIALS (40) -- part 2
# ============================================================================================

# PW22 Temporary Access Pass
mail("tijdelijke-toegangspas-nieuwe-gsm",
     frm="sofie", to="youssef",
     subject="RE: nieuwe gsm, authenticator werkt niet meer",
     date="2024-09-17 13:31",
     body=("Dag Youssef\n\n"
           "Ik heb je oude Authenticator-koppeling verwijderd. Met deze tijdelijke toegangspas kan je je één keer "
           "aanmelden en meteen je nieuwe gsm koppelen via aka.ms/mysecurityinfo:\n\n"
           "Tijdelijke toegangspas: kR7#vQ2m-Lp9x\n"
           "Geldig tot vandaag 14.30 u, eenmalig bruikbaar.\n\n"
           "Lukt het niet, kom dan even langs in B0.12.\n\n"
           "Sofie\n" + SIG_HD + "\n"
           + outlook_quote("Youssef Benali", "2024-09-17 12:58", "Helpdesk SPC",
                           "nieuwe gsm, authenticator werkt niet meer",
                           "Hallo, ik heb een nieuwe gsm en de Authenticator-app is leeg. Ik kan niet meer "
                           "aanmelden op mijn laptop in 4TW. Wat nu?\nYoussef")),
     rules=["password"], about=[],
     note="Temporary Access Pass (one-time sign-in secret) sent to a teacher",
     fmt=["plain", "reply"])

# PW23 password spelled out to a pupil
mail("wachtwoord-gespeld-leerling-milan",
     frm="helpdesk", to=pm("milan"),
     subject="Je wachtwoord is gereset",
     date="2024-09-10 12:20",
     body=("Hoi Milan\n\n"
           "We hebben je wachtwoord gereset zoals je vroeg aan de balie. Omdat je zei dat je het altijd verkeerd "
           "overtypt, hier letter per letter:\n\n"
           "hoofdletter B\nkleine letter o\nkleine letter s\ndan de cijfers 7 - 2 - 0 - 9 - 1\n\n"
           "Dus zonder spaties. Daarna kies je meteen een nieuw wachtwoord dat jij alleen kent.\n\n"
           "Groetjes\nKenan – helpdesk\n"),
     rules=["password"], about=["milan"],
     note="reset password of pupil Milan spelled out letter by letter, sent to his own pupil address",
     fmt=["plain", "spelled-out"])

# PW25 password in the subject line
mail("wachtwoord-in-onderwerp-smartschool",
     frm="griet", to="koen",
     subject="ww klassenraad-account smartschool: KlasRaad!1C-24",
     date="2024-09-05 13:02",
     body=("Koen, zie onderwerp. Gebruiker is klassenraad.spc. Voor de verslagen van 1C.\n\nGriet\n"),
     rules=["password"], about=[],
     note="password of a shared Smartschool account written in the subject line",
     fmt=["plain", "secret-in-subject"])

# PW26 French: temporary password of Inès to her mother
mail("mot-de-passe-provisoire-ines",
     frm="sofie", to=("Isabelle Dubois", par("ines")),
     subject="RE: Compte Microsoft d'Inès (1A)",
     date="2024-09-04 16:45",
     body=("Bonjour Madame Dubois,\n\n"
           "Inès a perdu le papier avec son mot de passe. Je l'ai réinitialisé. Voici ses nouvelles données :\n\n"
           "Identifiant : " + pm("ines") + "\n"
           "Mot de passe provisoire : Ruz58302\n\n"
           "À la première connexion, elle devra choisir un nouveau mot de passe personnel.\n\n"
           "Bien à vous,\n\nSofie Lemmens\nHelpdesk ICT – Sint-Pieterscollege\n"
           + outlook_quote("Isabelle Dubois <%s>" % par("ines"), "mercredi 4 septembre 2024 15:10",
                           "helpdesk@spc.ksleuven.be", "Compte Microsoft d'Inès (1A)",
                           "Bonjour,\nMa fille Inès Lambert (1A) a perdu le petit papier avec son mot de passe. "
                           "Pouvez-vous m'aider ?\nMerci,\nIsabelle Dubois", lang="fr")),
     cs="windows-1252", cte="qp", hcs="windows-1252",
     rules=["password"], about=["ines"], lang="fr",
     note="temporary password of Inès Lambert to her mother (parent 1, other surname) - correctly addressed",
     fmt=["plain-qp", "plain-cp1252", "reply"])

# PW27 scan account password split over lines for the copier technician
mail("scanaccount-wachtwoord-in-stukken",
     frm="bart", to="printwise",
     subject="Scan naar e-mail instellen – account",
     date="2024-08-29 10:05",
     body=("Goeiemorgen\n\n"
           "Voor het instellen van scan-naar-mail op de vier nieuwe toestellen mag jullie technieker het account "
           "scan2mail@spc.ksleuven.be gebruiken. Het wachtwoord zet ik in stukken onder elkaar, aan elkaar "
           "plakken zonder spaties:\n\n"
           "Dijle\n"
           "Stroom\n"
           "!47\n"
           "scan\n\n"
           "SMTP: smtp.office365.com, poort 587, STARTTLS.\n\n"
           "Met vriendelijke groeten\n" + SIG_BART + "\n"),
     rules=["password"], about=[],
     note="password of a service account split over several lines, sent to the copier supplier",
     fmt=["plain", "split-secret"])

# PW28 parent co-account activation code, correct Peeters family
mail("co-account-activatie-jonas-peeters",
     frm="lls", to=("Dirk Peeters", par("jonas_p")),
     subject="RE: geen omslag co-account ontvangen",
     date="2024-09-18 09:10",
     body=("Beste meneer Peeters\n\n"
           "Jonas (5A) heeft de omslag inderdaad niet meegekregen, hij was die dag op uitwisseling. Hieronder uw "
           "gegevens voor het co-account:\n\n"
           "Gebruikersnaam: jonas.peeters_co1\n"
           "Activatiecode: 4KD9-QX72-MM3P\n\n"
           "Ga naar spc.smartschool.be, kies 'Co-account activeren' en vul de code in. Daarna kiest u zelf een "
           "wachtwoord.\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"
           + outlook_quote("Dirk Peeters <%s>" % par("jonas_p"), "2024-09-17 20:41",
                           "leerlingensecretariaat@spc.ksleuven.be", "geen omslag co-account ontvangen",
                           "Goedenavond, wij hebben voor onze zoon Jonas Peeters uit 5A nog geen omslag "
                           "gekregen voor het ouderaccount. Kan u helpen?\nDirk Peeters")),
     rules=["password"], about=["jonas_p"],
     note="one-time activation code of the parent co-account of Jonas Peeters to his father - correct family "
          "although another Peeters family exists",
     fmt=["plain", "reply"])

# PW29 misdirected: co-account for Lotte Peeters sent to Jonas Peeters' father (autocomplete)
mail("co-account-lotte-peeters-verkeerde-vader",
     frm="lls", to=("Dirk Peeters", par("jonas_p")),
     subject="Co-account Smartschool voor Lotte Peeters (3B)",
     date="2024-09-18 09:24",
     body=("Beste meneer Peeters\n\n"
           "U liet via het contactformulier weten dat de omslag voor het co-account van Lotte Peeters (3B) "
           "beschadigd was. Hieronder de gegevens opnieuw:\n\n"
           "Gebruikersnaam: lotte.peeters_co1\n"
           "Activatiecode: 7PLW-2RHX-K9TD\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"),
     rules=["password", "recipient"], about=["lotte_p"], mis=True,
     note="activation code for Lotte Peeters' parent account sent to the father of Jonas Peeters (other family, "
          "autocomplete on the surname); none of Lotte's parents receive it",
     fmt=["plain"])

# PW30 reply on top of a quoted mail that still holds the temporary password
mail("gelukt-boven-gequote-wachtwoord",
     frm="sara", to="helpdesk",
     subject="RE: je account is gereset",
     date="2024-09-03 08:31",
     body=("Gelukt, merci!! Ik heb een nieuw gekozen.\n\nSara\n"
           + outlook_quote("Helpdesk SPC", "2024-09-03 07:55", "Sara Coene", "je account is gereset",
                           "Dag Sara\n\nJe account is gereset. Je tijdelijk wachtwoord is: Rup29471\n"
                           "Wijzig het meteen na het aanmelden.\n\nHelpdesk")),
     rules=["password"], about=[],
     note="short thank-you reply that quotes the helpdesk mail with the teacher's temporary password",
     fmt=["plain", "reply", "secret-in-quote"])

# PW31 txt attachment with platform logins for the staff secretariat
_txt = ("Accounts personeelssecretariaat - NIET DOORGEVEN\r\n"
        "==============================================\r\n"
        "Edison (personeelsdossiers)     gebruiker: spc.personeel    ww: Edi$on-Leuven24\r\n"
        "Discimus (inschrijvingen)       gebruiker: 039xxx.admin     ww: Disc!mus2024\r\n"
        "Payroll portaal Stroom          gebruiker: n.elidrissi      ww: Loon-Stroom#9\r\n"
        "Postbus e-Box enterprise        via itsme (Nadia)\r\n")
mail("txt-accounts-personeelssecretariaat",
     frm="nadia", to=("Marijke Dehaes", "marijke.dehaes@sintpieterscollege.be"),
     subject="accounts voor tijdens mijn afwezigheid",
     date="2024-10-01 14:20",
     body=("Dag Marijke\n\nIn bijlage het lijstje met de logins die je nodig hebt zolang ik in verlof ben. Alles "
           "wat via itsme gaat, moet wachten tot ik terug ben.\n\nGroetjes\nNadia\n"),
     atts=[("accounts personeelssecretariaat.txt", _txt.encode("cp1252"), "text/plain; charset=windows-1252")],
     rules=["password"], about=[],
     note="txt attachment listing logins and passwords of three administrative platforms",
     fmt=["plain", "attachment-txt"])

# PW32 docx handover document with admin passwords
_docx = make_docx([
    "Overdracht ICT tijdens herfstvakantie – Bart Vanhoof",
    "1. Helpdesk: Kenan neemt de tickets over. Dringende zaken: Frederik (Stroom).",
    "2. Firewall (FortiGate SPC-FW01): https://10.39.0.1  – gebruiker admin-spc – wachtwoord F0rt!-Dijle-2024",
    "3. Intune/Entra: gebruik je eigen beheeraccount; het noodaccount zit in de kluis van Hilde.",
    "4. Wifi-controller: gebruiker wlanadmin – wachtwoord Ubq-SPC-77!",
    "5. Back-up NAS: automatisch, controleer elke ochtend de mail van Synology.",
])
mail("docx-overdracht-ict-herfstvakantie",
     frm="bart", to="kenan", cc="frederik",
     subject="Overdracht herfstvakantie",
     date="2024-10-25 16:45",
     body=("Kenan\n\nIn bijlage het overdrachtsdocument voor volgende week. Ik ben echt onbereikbaar (geen gsm-"
           "bereik in de Ardennen). Frederik staat in kopie als back-up.\n\nBart\n"),
     atts=[("Overdracht ICT herfstvakantie.docx", _docx)],
     rules=["password"], about=[],
     note="docx handover document containing firewall and Wi-Fi controller admin passwords",
     fmt=["plain", "attachment-docx"])

# PW33 PDF letter with pupil start password and parent activation code
_pdf = make_pdf([
    "Sint-Pieterscollege Leuven - Leerlingensecretariaat",
    "",
    "Aan de ouders van Zeynep Yilmaz (1B)",
    "",
    "Account van uw kind",
    "  Gebruikersnaam: " + pm("zeynep"),
    "  Startwachtwoord: Jel61734",
    "",
    "Uw co-account op Smartschool",
    "  Gebruikersnaam: zeynep.yilmaz_co1",
    "  Activatiecode: HW3K-8ZQP-V2LN",
    "",
    "Bewaar deze brief niet bij de laptop.",
], title="Brief accounts Zeynep Yilmaz")
mail("pdf-brief-accounts-zeynep",
     frm="griet", to=("Hatice Yilmaz", par("zeynep")),
     subject="Brief accounts Zeynep (1B) opnieuw",
     date="2024-09-19 11:05",
     body=("Beste mevrouw Yilmaz\n\n"
           "Zoals gevraagd aan de telefoon: in bijlage opnieuw de brief met de gegevens voor het account van "
           "Zeynep en voor uw co-account, omdat de omslag verloren was gegaan.\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"),
     atts=[("Brief accounts Zeynep Yilmaz 1B.pdf", _pdf)],
     rules=["password"], about=["zeynep"],
     note="PDF letter with Zeynep's start password and the parent activation code, sent to her mother",
     fmt=["plain", "attachment-pdf"])

# PW35 LAPS local administrator password to external technician
mail("laps-lokale-admin-technieker",
     frm="kenan", to="kevin",
     subject="SPC-LT-0412 lokale admin",
     date="2024-10-09 10:14",
     body=("Dag Kevin\n\n"
           "Voor de moederbordwissel van SPC-LT-0412 (leerlingenlaptop, ticket HD-20517): het toestel hangt "
           "niet meer aan het netwerk, dus je zal lokaal moeten aanmelden. LAPS geeft dit:\n\n"
           ".\\LAPSadmin\n"
           "7h!Qe2zR#mW4vX\n\n"
           "Na de herstelling roteert het wachtwoord vanzelf.\n\n"
           "Groeten\n" + SIG_KENAN + "\n"),
     rules=["password"], about=[],
     note="LAPS local administrator password of one laptop sent to the supplier's technician",
     fmt=["plain"])

# PW36 Safe Exam Browser quit password to three colleagues
mail("seb-afsluitwachtwoord-proefexamens",
     frm="bart", to=["ann", "stijn", "koen"],
     subject="Proefexamens: afsluitwachtwoord Safe Exam Browser",
     date="2024-11-28 15:40",
     body=("Dag collega's\n\n"
           "Voor de digitale proefexamens van maandag: als een laptop vastloopt in de Safe Exam Browser, kan je "
           "hem afsluiten met Ctrl+Q en dit wachtwoord: Examen-SPC-1211\n\n"
           "Geef het niet aan leerlingen, anders kunnen ze de examenmodus verlaten.\n\n"
           "Bart\n"),
     rules=["password"], about=[],
     note="quit password of the exam lockdown browser; three single colleagues in To is fine",
     fmt=["plain"])

# PW37 base64 body: reset password to a pupil
mail("nieuw-wachtwoord-robbe-base64",
     frm="helpdesk", to=pm("robbe"),
     subject="Wachtwoord gereset",
     date="2024-09-20 12:05",
     body=("Dag Robbe\n\n"
           "Je account was geblokkeerd na te veel foute pogingen. Het is terug vrij.\n"
           "Nieuw tijdelijk wachtwoord: Wod73518\n\n"
           "Kies meteen een nieuw wachtwoord bij het aanmelden.\n\n"
           "Helpdesk SPC\n"),
     cte="base64",
     rules=["password"], about=["robbe"],
     note="temporary password of pupil Robbe in a base64-encoded body, to his own pupil address",
     fmt=["plain-base64"])

# PW39 teacher mails her own new password to her private Hotmail
mail("eigen-wachtwoord-naar-hotmail",
     frm="ruth", to="ruthlievens@hotmail.com",
     subject="ww school",
     date="2024-08-27 19:40",
     body=("nieuw ww microsoft school: Kaneel&Appel-4A\n"
           "smartschool blijft hetzelfde\n"),
     rules=["password", "private_account"], about=[],
     note="teacher sends her new school password to her own private Hotmail account",
     fmt=["plain", "private-forward"])

# PW40 PowerShell script with a hard-coded service account password
_ps1 = ("# map_printers.ps1 - SPC\r\n"
        "# Koppelt de volg-mij-wachtrij voor personeelslaptops\r\n"
        "$user = 'SPC\\svc-print'\r\n"
        "$pass = ConvertTo-SecureString 'Pr1nt-Svc!Leuven' -AsPlainText -Force\r\n"
        "$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\r\n"
        "New-PSDrive -Name P -PSProvider FileSystem -Root \\\\spc-print01\\SPC-Print -Credential $cred\r\n"
        "Add-Printer -ConnectionName \\\\spc-print01\\SPC-Print\r\n")
mail("ps1-printerscript-met-serviceaccount",
     frm="kenan", to="frederik",
     subject="script printers personeel",
     date="2024-09-05 15:30",
     body=("Frederik\n\nHier het scriptje dat we bij ons via Intune uitrollen voor de printerkoppeling. Kan "
           "jij eens kijken of dat ook voor de andere Stroom-scholen bruikbaar is?\n\nKenan\n"),
     atts=[("map_printers.ps1", _ps1.encode("utf-8"))],
     rules=["password", "attachment"], about=[],
     note="PowerShell script attachment (dangerous type) that hard-codes a service account password",
     fmt=["plain", "attachment-ps1"])

# PW41 bike-shed code to the pupils' class list in To
mail("code-fietsenstalling-5ict-klaslijst",
     frm="ann", to=("Leerlingen 5ICT", "leerlingen5ict@leerling.sintpieterscollege.be"),
     subject="Projectdag woensdag: fietsen",
     date="2024-09-11 08:10",
     body=("Hallo 5ICT\n\n"
           "Woensdag vertrekken we met de fiets naar het Provinciehuis. Zet je fiets 's morgens in de afgesloten "
           "fietsenstalling achteraan. Code van het hangslot aan de poort: 1397.\n\n"
           "Tot woensdag!\nmevr. Goossens\n"),
     rules=["password", "bcc"], about=[],
     note="padlock code of the bike shed mailed to the class list of 5ICT placed in To",
     fmt=["plain", "group-in-to"])

# PW42 misdirected: start password of Noah Dupont to the mother of Noah Dubois
mail("startwachtwoord-noah-dupont-verkeerde-mama",
     frm="helpdesk", to=("Nathalie Dubois", par("noah_db")),
     subject="Startwachtwoord Noah Dupont (2A)",
     date="2024-09-06 10:40",
     body=("Beste mevrouw\n\n"
           "Zoals gevraagd aan de telefoon de gegevens voor Noah Dupont (2A), die gisteren bij het uitdelen in "
           "2A afwezig was:\n\n"
           "Gebruikersnaam: " + pm("noah_dp") + "\n"
           "Startwachtwoord: Fes20864\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=["password", "recipient"], about=["noah_dp"], mis=True,
     note="start password of Noah Dupont sent to Nathalie Dubois, mother of classmate Noah Dubois "
          "(autocomplete 'Nathalie Du'); none of Noah Dupont's parents receive it",
     fmt=["plain"])

# PW43 password of the reading-software licence + dyslexia/care plan, to the right mother
mail("sprint-licentie-mila-zorgplan",
     frm="elke", to=("Tine Verhaegen", par("mila")),
     subject="Sprint op de laptop van Mila",
     date="2024-09-09 16:20",
     body=("Beste mevrouw Verhaegen\n\n"
           "Zoals afgesproken in het zorgplan van Mila (dyslexie, voorleessoftware en extra tijd bij toetsen) "
           "heeft de helpdesk Sprint Plus op haar nieuwe laptop gezet. Voor thuis heeft ze ook de licentie op "
           "het leerplatform van Sprint nodig:\n\n"
           "gebruiker: mila.hendrickx.spc\n"
           "wachtwoord: Sprint-Mila-1D!\n\n"
           "De redelijke aanpassingen voor dit schooljaar bespreken we op het MDO van 24 september.\n\n"
           "Vriendelijke groeten\n" + SIG_ELKE + "\n"),
     rules=["password", "sensitive"], cats=["care"], about=["mila"],
     note="licence password for reading software plus Mila's dyslexia and care plan, sent to her mother",
     fmt=["plain"])

# ============================================================================================
# LOOK-ALIKES (20) -- talk about passwords / codes but carry no secret
# ============================================================================================

mail("hoe-wachtwoord-zelf-resetten",
     frm="helpdesk", to="marieke",
     subject="RE: wachtwoord vergeten",
     date="2024-09-09 14:02",
     body=("Dag Marieke\n\n"
           "Je kan je wachtwoord voortaan zelf opnieuw instellen, zonder langs te komen:\n\n"
           "1. Ga naar https://passwordreset.microsoftonline.com\n"
           "2. Vul je schooladres in en de tekens van de afbeelding.\n"
           "3. Je krijgt een melding in je Authenticator-app of een sms.\n"
           "4. Kies een nieuw wachtwoord (minstens 14 tekens).\n\n"
           "Lukt het niet, dan helpen we je graag aan de balie in B0.12. Wachtwoorden sturen we nooit per mail.\n\n"
           "Groeten\n" + SIG_HD + "\n"
           + outlook_quote("Marieke Wuyts", "2024-09-09 13:40", "Helpdesk SPC", "wachtwoord vergeten",
                           "Hallo, ik ben mijn nieuwe wachtwoord alweer vergeten. Kunnen jullie het resetten?\n"
                           "Marieke")),
     rules=[], about=[],
     note="self-service password reset instructions; no password in the mail",
     fmt=["plain", "reply"])

mail("doorgestuurd-wachtwoord-verloopt-melding",
     frm="katrien", to="helpdesk",
     subject="FW: Uw wachtwoord verloopt binnen 3 dagen",
     date="2024-09-24 09:40",
     body=("Is dit echt? Ik dacht dat ons wachtwoord niet meer verliep sinds de overstap. Ik heb nergens op "
           "geklikt.\nKatrien\n"
           + fwd_block("Microsoft 365 Beheer <no-reply@m365-securemail-notice.com>", "2024-09-24 08:12",
                       "katrien.stevens@sintpieterscollege.be", "Uw wachtwoord verloopt binnen 3 dagen",
                       "Beste gebruiker,\n\nHet wachtwoord van uw account katrien.stevens@sintpieterscollege.be "
                       "verloopt binnen 3 dagen. Om toegang tot uw mailbox te behouden moet u uw huidige "
                       "wachtwoord bevestigen via onderstaande link.\n\n[ Huidig wachtwoord behouden ]\n\n"
                       "Microsoft 365 Beveiligingsteam")),
     rules=[], about=[],
     note="forward of a 'your password expires' phishing notice to the helpdesk; contains no password",
     fmt=["plain", "forward"])

mail("geen-wachtwoord-per-mail-yusuf-demir",
     frm="sofie", to=("Ayse Demir", par("yusuf_d")),
     subject="RE: wachtwoord Yusuf",
     date="2024-09-12 15:20",
     body=("Beste mevrouw Demir\n\n"
           "Om veiligheidsredenen sturen wij geen wachtwoorden via e-mail, ook niet naar ouders. Yusuf kan morgen "
           "tijdens de middagpauze langskomen op de helpdesk (lokaal B0.12) met zijn leerlingenkaart. Dan zetten "
           "we samen een nieuw wachtwoord en koppelen we opnieuw zijn Authenticator-app. Dat duurt vijf minuten.\n\n"
           "Met vriendelijke groeten\n" + SIG_SOFIE + "\n"
           + outlook_quote("Ayse Demir <%s>" % par("yusuf_d"), "2024-09-12 14:02", "helpdesk@spc.ksleuven.be",
                           "wachtwoord Yusuf",
                           "Goedemiddag, mijn zoon Yusuf Demir 4B kan niet inloggen op zijn laptop. Kunt u het "
                           "wachtwoord naar mij sturen aub?\nAyse Demir")),
     rules=[], about=["yusuf_d"],
     note="helpdesk refuses to mail a password and invites Yusuf Demir (4B) to come by; correctly addressed to his "
          "mother although another Yusuf exists",
     fmt=["plain", "reply"])

_teams = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<p>Dag Frederik, dag Jolien</p><p>Zoals afgesproken een kort overleg over de levering en de '
          'inschrijving van de toestellen in Autopilot.</p>'
          '<div style="width:100%">________________________________________________________________________________'
          '<br><span style="font-size:24px;font-weight:600">Microsoft Teams-vergadering</span><br>'
          '<b>Deelnemen op uw computer, mobiele app of ruimteapparaat</b><br>'
          '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ2YzAtYjM5@thread.v2/0">'
          'Klik hier om deel te nemen aan de vergadering</a><br>'
          'Vergadering-id: 348 112 907 655<br>Wachtwoordcode: Zk9fQ3<br>'
          '<a href="https://www.microsoft.com/nl-nl/microsoft-teams/download-app">Teams downloaden</a> | '
          '<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Deelnemen op het web</a><br>'
          '<b>Of bel in (alleen audio)</b><br>'
          '<a href="tel:+3228947115,,839201447#">+32 2 894 71 15,,839201447#</a> België, Brussel<br>'
          'Telefonische vergadering-id: 839 201 447#<br>'
          '<a href="https://dialin.teams.microsoft.com/lookup">Een lokaal nummer zoeken</a><br>'
          '________________________________________________________________________________</div>'
          '</body></html>\n')
mail("teams-uitnodiging-levering-autopilot",
     frm="bart", to=["frederik", "jolien"],
     subject="Overleg levering en Autopilot-inschrijving",
     date="2024-08-20 10:15",
     html=_teams, mode="html",
     xh=[("Content-Class", "urn:content-classes:calendarmessage")],
     rules=["personal_data"], about=[],
     note="Teams invitation: meeting passcode is allowed, but the Belgian dial-in number is a phone number; one "
          "colleague and one supplier in To is not a group",
     fmt=["html-only", "meeting-invite"])

mail("zoom-infosessie-ouders-online",
     frm="bart", to="bart", bcc=["ouders-alle@spc.ksleuven.be"],
     subject="Online herhaling infoavond 'Digitaal veilig thuis' – Zoom-link",
     date="2024-10-01 12:30",
     body=("Beste ouders\n\n"
           "Kan u niet naar de infoavond van 8 oktober komen? Op donderdag 10 oktober om 20 u herhalen we de "
           "presentatie online.\n\n"
           "Deelnemen via Zoom:\n"
           "https://us06web.zoom.us/j/84255310927?pwd=bXl6UkR0dGpqT2x3Y1dQeU\n"
           "Vergadering-ID: 842 5531 0927\n"
           "Toegangscode: 481516\n\n"
           "Uw camera en microfoon staan standaard uit.\n\n"
           "Vriendelijke groeten\n" + SIG_BART + "\n"),
     rules=[], about=[],
     note="Zoom invitation with meeting passcode to all parents via BCC; meeting passcodes are allowed",
     fmt=["plain", "bcc-envelope", "meeting-invite"])

mail("order-number-laptops-supplier",
     frm="bart", to="edudevice",
     subject="PO-2024-0871 – delivery 312 pupil laptops",
     date="2024-08-20 16:30",
     body=("Hello,\n\n"
           "Please find our confirmation for purchase order PO-2024-0871 (312 x HP ProBook x360 435 G10, "
           "Autopilot pre-registered, asset tags SPC-LT-0101 to SPC-LT-0412).\n\n"
           "Delivery address: Sint-Pieterscollege, Tervuursevest 101, 3000 Leuven, gate B (workshop).\n"
           "Preferred delivery slot: Monday 26/08 between 8.00 and 11.00.\n"
           "Your delivery reference DLV-55120 is fine for us.\n\n"
           "Jolien Baert already has a copy of the delivery plan.\n\nKind regards,\n" + SIG_BART + "\n"),
     rules=[], about=[], lang="en",
     note="order and delivery references, asset tags and postcode; none of them opens anything",
     fmt=["plain"])

mail("lokalen-uitdeling-laptops-titularissen",
     frm="tom", to=["sara", "koen", "bert", "inge", "nathalie", "marieke", "hanna"],
     subject="Uitdelen laptops eerste graad: lokalen en karren",
     date="2024-09-02 08:05",
     body=("Beste titularissen eerste graad\n\n"
           "Praktisch voor het uitdelen deze week:\n"
           "- 1A t/m 1D: lokaal B1.04, laadkar 3\n"
           "- 2A t/m 2D: lokaal B1.06, laadkar 4\n"
           "- De sleutels van de karren (nummer 3 en 4) haal je af aan het secretariaat en breng je na het "
           "lesuur terug.\n"
           "- De startbriefjes zitten per klas in een gesloten omslag in je postvak.\n\n"
           "Dank je wel!\nTom\n"),
     rules=[], about=[],
     note="room numbers and cart/key numbers for the laptop hand-out; several single colleagues in To is fine",
     fmt=["plain"])

mail("teams-naamgeving-vakcodes",
     frm="bart", to=["ann", "stijn"],
     subject="Naamgeving klasteams 24-25",
     date="2024-09-04 12:10",
     body=("Hoi Ann, hoi Stijn\n\n"
           "Stroom wil overal dezelfde naamgeving voor de klasteams:\n\n"
           "  2425-<klas>-<vakcode>   bv. 2425-5ICT-INFO, 2425-6ICT-NETW, 2425-5ICT-PROG\n\n"
           "Vakcodes staan in de lijst van het secretariaat (INFO, PROG, NETW, WISK, NED, …). Willen jullie je "
           "bestaande teams tegen vrijdag hernoemen? Dan kan ik de archivering voor de oude teams instellen.\n\n"
           "Bart\n"),
     rules=[], about=[],
     note="naming convention with class and course codes; no secret",
     fmt=["plain"])

_iban_ed = be_iban("0689254710")
mail("betaling-factuur-edudevice-ogm",
     frm="marc", to="jolien",
     subject="Betaling factuur 2024/0934",
     date="2024-10-15 10:20",
     body=("Goeiemorgen mevrouw Baert\n\n"
           "Factuur 2024/0934 (eerste schijf leasing laptops) wordt vandaag betaald op uw rekening "
           + _iban_ed + " met de gestructureerde mededeling +++090/0934/00156+++.\n\n"
           "Klantnummer bij u: 448812. Voor de volgende facturen graag het bestelnummer PO-2024-0871 vermelden.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_MARC + "\n"),
     rules=["personal_data"], about=[],
     note="payment reference and customer number are not secrets; the supplier's IBAN and the phone number in "
          "the signature are personal_data",
     fmt=["plain"])

mail("ticketnummers-en-inventaris-jeroen",
     frm="helpdesk", to="jeroen",
     subject="HD-20388 laptop klaslokaal A2.11",
     date="2024-09-13 11:45",
     body=("Dag Jeroen\n\n"
           "Je melding is geregistreerd als ticket HD-20388. Het gaat om de klaslaptop SPC-LT-0233 in A2.11 "
           "(beamer geeft 'geen signaal'). Kenan komt maandag het 2de lesuur langs met een nieuwe USB-C-adapter "
           "(artikel 4K-USBC-HDMI-02).\n\n"
           "Groeten\nHelpdesk SPC\n"),
     rules=[], about=[],
     note="ticket number, asset tag, room and article number only",
     fmt=["plain"])

mail("mfa-vraag-sms-code-uitleg",
     frm="sofie", to="nathalie",
     subject="RE: moet ik die code doorgeven?",
     date="2024-08-28 13:20",
     body=("Dag Nathalie\n\n"
           "Nee, die code geef je aan niemand door, ook niet aan ons. Je typt ze enkel zelf in op het scherm waar "
           "je je op dat moment aanmeldt. Krijg je een code terwijl je niet aan het aanmelden bent, dan probeert "
           "iemand anders in te loggen: verwittig ons dan meteen.\n\n"
           "Sofie\n"
           + outlook_quote("Nathalie Bruyninckx", "2024-08-28 13:05", "Sofie Lemmens",
                           "moet ik die code doorgeven?",
                           "Sofie, ik krijg een sms met een code bij het instellen. Moet ik die aan jou doorgeven "
                           "of vul ik die zelf in?\nNathalie")),
     rules=[], about=[],
     note="explains what to do with an MFA code without containing any code",
     fmt=["plain", "reply"])

mail("voorstel-wachtwoordbeleid-leerlingen",
     frm="bart", to="tom",
     subject="Voorstel wachtwoordbeleid leerlingen",
     date="2024-08-21 10:00",
     blocks=[
         "Tom",
         "Voor de cel ICT van donderdag: mijn voorstel voor het wachtwoordbeleid in de nieuwe tenant.",
         ("table", ["Regel", "Leerlingen", "Personeel"], [
             ["Minimale lengte", "12 tekens", "14 tekens"],
             ["Verplicht wijzigen", "nee (enkel bij vermoeden van misbruik)", "nee"],
             ["Tweestapsverificatie", "ja, Authenticator of sms", "ja, enkel Authenticator"],
             ["Zelf resetten (SSPR)", "vanaf 3de jaar", "ja"],
             ["Geblokkeerd na", "10 foute pogingen", "10 foute pogingen"],
         ]),
         "Startwachtwoorden worden willekeurig gegenereerd en enkel op papier bezorgd.",
         "Bart",
     ],
     rules=[], about=[],
     note="password policy proposal in a table; rules about passwords, no password",
     fmt=["alt", "html-table"])

mail("number-matching-uitleg-inge",
     frm="helpdesk", to="inge",
     subject="RE: welk getal moet ik intikken?",
     date="2024-09-03 10:40",
     body=("Dag Inge\n\n"
           "Bij het aanmelden toont je laptop een getal van twee cijfers. Op je gsm verschijnt tegelijk een melding "
           "van Authenticator: daar tik je datzelfde getal in. Het getal is telkens anders, dus je hoeft het niet te "
           "onthouden en je moet het nergens noteren.\n\n"
           "Groeten\nHelpdesk SPC\n"),
     rules=[], about=[],
     note="explanation of Authenticator number matching without any number",
     fmt=["plain", "reply"])

mail("gebruikersnaam-elif-zonder-wachtwoord",
     frm="helpdesk", to=("Serkan Kaya", par("elif")),
     subject="Schoolaccount Elif Kaya (1D)",
     date="2024-09-04 09:00",
     body=("Beste meneer Kaya\n\n"
           "U vroeg naar het nieuwe e-mailadres van Elif. Dat is: " + pm("elif") + "\n\n"
           "Haar startwachtwoord krijgt ze vandaag op papier van haar titularis, meneer Cuypers. Dat sturen we "
           "niet per mail.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["elif"],
     note="gives the pupil's username only; password explicitly not mailed; correctly addressed to her father",
     fmt=["plain"])

mail("wifisleutel-hangt-uit-leraarskamer",
     frm="kenan", to="dirk",
     subject="RE: wifi sporthal",
     date="2024-09-02 09:30",
     body=("Dirk, de sleutel van SPC-Personeel hangt uit in de leraarskamer (naast de postvakjes) en staat op je "
           "nieuwe laptop al ingesteld. Ik zet hem liever niet in een mail. In de sporthal is het bereik wel "
           "zwak, daar komt in oktober een extra accesspoint.\n\nKenan\n"),
     rules=[], about=[],
     note="refers to where the Wi-Fi key can be found, without the key",
     fmt=["plain", "reply"])

_serials = [["Asset tag", "Serienummer", "Model", "Leveringsdatum"]]
for _i in range(24):
    _serials.append(["SPC-LT-%04d" % (101 + _i), "5CD4%03dL%02d" % (200 + _i * 3, _i),
                     "HP ProBook x360 435 G10", "26/08/2024"])
mail("serienummers-laptops-verzekeraar",
     frm="marc", to="verzekering",
     subject="Polis 7.045.112 – lijst toestellen (levering 1)",
     date="2024-09-10 14:00",
     body=("Geachte\n\nIn bijlage de eerste lijst van toestellen die onder de polis vallen (asset tag en "
           "serienummer). De tweede levering volgt eind september.\n\n"
           "Met vriendelijke groeten\n\nMarc Dierickx\nBoekhouding – Sint-Pieterscollege\n"),
     atts=[("Toestellen levering 1.xlsx", make_xlsx(_serials, sheet="Levering 1"))],
     rules=[], about=[],
     note="inventory of serial numbers and asset tags for the insurer; no pupil, no secret, no phone number",
     fmt=["plain", "attachment-xlsx"])

mail("phishing-gemeld-postvak-vol",
     frm="sara", to="helpdesk",
     subject="FW: Uw postvak is vol – actie vereist",
     date="2024-09-24 10:05",
     body=("Deze kreeg ik net, lijkt me niet te vertrouwen? Afzender is een gmail-adres.\n\nSara\n"
           + fwd_block("IT Servicedesk Stroom <stroom.itdesk@gmail.com>", "2024-09-24 09:51",
                       "sara.coene@sintpieterscollege.be", "Uw postvak is vol – actie vereist",
                       "Beste,\n\nUw postvak heeft 99% van de opslagruimte bereikt. Nieuwe berichten worden "
                       "geweigerd. Log binnen 24 uur in om uw postvak te upgraden:\n\n"
                       "https://stroom-mailupgrade.web.app/login\n\nIT Servicedesk Stroom")),
     rules=[], about=[],
     note="teacher forwards a phishing mail; it asks for a password but contains none",
     fmt=["plain", "forward"])

mail("webex-invite-supplier-en",
     frm="bart", to="kevin",
     subject="Webex: Intune compliance policies review",
     date="2024-10-03 09:00",
     body=("Hi Kevin,\n\n"
           "As agreed, a short session on the compliance policies before the autumn break.\n\n"
           "When: Monday 14 October 2024, 15:30-16:15\n"
           "Join: https://dijlenet.webex.com/dijlenet/j.php?MTID=m5f1c2e7a9b0d\n"
           "Meeting number: 2784 119 6650\n"
           "Meeting password: Spc2024Intune\n\n"
           "Cheers,\nBart\n"),
     rules=[], about=[], lang="en",
     note="Webex invitation; its meeting password is a meeting passcode, allowed by default",
     fmt=["plain", "meeting-invite"])

mail("klantnummer-ondernemingsnummer-printwise",
     frm="lls", to="printwise",
     subject="Gegevens voor het contract kopieertoestellen",
     date="2024-08-20 11:10",
     body=("Goedemiddag\n\n"
           "Hieronder de gevraagde gegevens voor het nieuwe contract:\n\n"
           "Naam: LKSD vzw – Sint-Pieterscollege\n"
           "Adres: Tervuursevest 101, 3000 Leuven\n"
           "Btw-nummer: BE 0412.345.678\n"
           "Instellingsnummer: 039421\n"
           "Ons klantnummer bij Printwise: 77-30915\n\n"
           "Met vriendelijke groeten\nLeerlingensecretariaat Sint-Pieterscollege\n"),
     rules=[], about=[],
     note="VAT/enterprise number, school number and customer number: not phone numbers, not secrets",
     fmt=["plain"])

mail("faq-secretariaat-wachtwoordvragen-ouders",
     frm="bart", to=["griet", "anv"],
     subject="Wat zeggen we tegen ouders die bellen voor een wachtwoord?",
     date="2024-09-05 08:15",
     body=("Dag Griet en An\n\n"
           "Er komen veel telefoons binnen van ouders die het wachtwoord van hun kind willen. Graag antwoorden we "
           "allemaal hetzelfde:\n\n"
           "- We geven geen wachtwoorden door aan de telefoon of per mail, ook niet aan ouders.\n"
           "- De leerling komt zelf naar de helpdesk (B0.12) met zijn leerlingenkaart.\n"
           "- Voor het co-account van de ouder: nieuwe omslag aanvragen via het secretariaat, die gaat mee met de "
           "leerling.\n\n"
           "Zo blijft het voor iedereen duidelijk. Merci!\n\nBart\n"),
     rules=[], about=[],
     note="internal FAQ on how to handle password questions; no secret",
     fmt=["plain"])

# ============================================================================================
# SENSITIVE (34 here + 1 among the credentials = 35)
# ============================================================================================

# ---- family --------------------------------------------------------------------------------
mail("co-account-vader-noor-geen-gezag",
     frm="elke", to="helpdesk", cc="griet",
     subject="Vertrouwelijk – co-account Noor Claes 2B",
     date="2024-09-10 09:25",
     body=("Dag helpdesk, dag Griet\n\n"
           "Bij het vernieuwen van de co-accounts graag een uitzondering voor Noor Claes (2B). De ouders zijn "
           "gescheiden en sinds de uitspraak van de familierechtbank in juni heeft de vader geen ouderlijk gezag "
           "meer. Hij mag geen toegang meer krijgen tot Smartschool. Concreet:\n\n"
           "- enkel een omslag voor mama (an.claes@telenet.be)\n"
           "- het co-account op geert.claes@gmail.com niet opnieuw aanmaken\n\n"
           "Het vonnis zit in het leerlingvolgsysteem. Bij vragen van de vader: doorverwijzen naar de directie.\n\n"
           "Dank jullie\n" + SIG_ELKE + "\n"),
     rules=["sensitive"], cats=["family"], about=["noor"],
     note="internal instruction revealing Noor's parents' divorce and a custody ruling",
     fmt=["plain"])

mail("deelneming-elias-laptop-bewaard",
     frm="pieter", to=("Katleen Moens", par("elias")),
     subject="Veel sterkte",
     date="2024-09-04 18:30",
     body=("Beste mevrouw Moens\n\n"
           "Via de directie vernamen we het overlijden van uw man, de papa van Elias. Namens de hele klas 3TW en "
           "alle leerkrachten wil ik u en Elias heel veel sterkte wensen.\n\n"
           "U hoeft zich over school nu geen zorgen te maken. De laptop van Elias hebben we apart gehouden op het "
           "secretariaat, hij kan hem komen halen wanneer hij terug naar school komt, zonder haast. De klas heeft "
           "een kaartje gemaakt, ik geef het mee met zijn vriend Jarne.\n\n"
           "Met warme groet\n"
           "Pieter Goethals\nKlastitularis 3TW\n"),
     rules=["sensitive"], cats=["family"], about=["elias"],
     note="condolences to the mother of Elias after the death of his father; address does not carry his surname; "
          "correctly addressed",
     fmt=["plain"])

mail("pleeggezin-co-account-dylan",
     frm="griet", to=("Gezin Wijns", par("dylan")),
     subject="Co-account Smartschool voor Dylan (2D)",
     date="2024-09-11 10:50",
     body=("Beste pleegouders\n\n"
           "Op vraag van de pleegzorgbegeleider hebben we de co-accounts van de biologische ouders van Dylan "
           "Verstraeten niet opnieuw aangemaakt, omdat Dylan sinds de zomer bij u in het pleeggezin verblijft. Zij "
           "krijgen dus ook geen berichten meer van de school.\n\n"
           "U ontvangt deze week via Dylan een gesloten omslag met de gegevens voor uw eigen co-account. Dylan "
           "heeft zijn laptop gisteren gekregen, alles werkt.\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"),
     rules=["sensitive"], cats=["family"], about=["dylan"],
     note="to Dylan's foster parents: mentions his placement in foster care; correctly addressed",
     fmt=["plain"])

mail("contactverbod-vader-hanne",
     frm="wim", to="helpdesk", cc="griet",
     subject="DRINGEND en vertrouwelijk: communicatie ouders Hanne Michiels 4B",
     date="2024-09-16 08:12",
     xh=[("Importance", "high"), ("Sensitivity", "company-confidential")],
     body=("Goeiemorgen\n\n"
           "De mama van Hanne Michiels (4B) was hier vanochtend. Na feiten van huiselijk geweld is er sinds vorige "
           "week een contactverbod voor de vader. Ze vraagt uitdrukkelijk dat er geen enkele schoolcommunicatie "
           "meer naar zijn adres gaat.\n\n"
           "Kunnen jullie vandaag nog:\n"
           "1. het co-account van de vader (rudy.michiels@hotmail.com) blokkeren;\n"
           "2. hem uit alle mailings en uit de lijst 'ouders 4B' halen;\n"
           "3. Hanne's laptop niet meegeven aan iemand anders dan mama.\n\n"
           "Ik zet de rest in het LVS.\n\n" + SIG_WIM + "\n"),
     rules=["sensitive"], cats=["family"], about=["hanne"],
     note="internal request revealing domestic violence and a restraining order in Hanne's family",
     fmt=["plain"])

mail("papa-gevangenis-dries-4g-dongel",
     frm="lies", to="elke",
     subject="Dries 3B – internet thuis",
     date="2024-09-12 12:40",
     body=("Hoi Elke\n\n"
           "Dries (3B) kwam na de les bij mij. Hij kan thuis zijn taken niet maken op de nieuwe laptop omdat ze "
           "geen internet hebben. Hij vertelde ook dat zijn papa sinds de zomer in de gevangenis zit en dat mama "
           "'s avonds werkt, dus hij is veel alleen. Kunnen we hem een 4G-dongel van school lenen? En misschien "
           "best eens een gesprekje met hem?\n\n"
           "Lies\n"),
     rules=["sensitive"], cats=["family"], about=["dries"],
     note="teacher mentions in passing that Dries' father is in prison",
     fmt=["plain"])

mail("tabel-co-accounts-opmerkingen",
     frm="griet", to="helpdesk",
     subject="Co-accounts met uitzonderingen – lijst",
     date="2024-09-13 14:05",
     blocks=[
         "Hallo",
         "Voor de reset van maandag: bij deze leerlingen niet zomaar alle co-accounts opnieuw aanmaken.",
         ("table", ["Leerling", "Klas", "Co-accounts", "Opmerking"], [
             ["Jade Coppens", "1A", "mama + papa apart", "ouders gescheiden, elk een eigen omslag, niet samen in "
                                                         "één mail"],
             ["Dylan Verstraeten", "2D", "enkel pleegouders", "pleeggezin sinds juni, biologische ouders niet"],
             ["Elias Vandenberghe", "3TW", "enkel mama", "vader overleden eind augustus, account afsluiten"],
             ["Ayoub Bakkali", "5B", "papa + mama", "nieuw mailadres mama (zie Smartschool)"],
         ]),
         "Dank je\nGriet",
     ],
     rules=["sensitive"], cats=["family"], about=["jade", "dylan", "elias", "ayoub"],
     note="table of co-account exceptions with divorce, foster care and a death in the family in the remarks "
          "column",
     fmt=["alt", "html-table"])

mail("co-ouderschap-febe-verkeerde-willems",
     frm="griet", to=("Patrick Willems", par("lars")),
     subject="Tweede lader voor Febe (1B)",
     date="2024-09-20 10:30",
     body=("Beste meneer Willems\n\n"
           "U vroeg of Febe Willems (1B) een tweede lader kan krijgen, omdat ze sinds de scheiding week om week "
           "bij mama en bij u verblijft en de lader telkens vergeten wordt. Dat kan: een extra lader kost € 35 en "
           "komt op de volgende schoolrekening. Febe mag hem maandag afhalen op het secretariaat.\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"),
     rules=["sensitive", "recipient"], cats=["family"], about=["febe"], mis=True,
     note="Febe Willems' divorce/alternating residence sent to the father of Lars Willems (other family, same "
          "surname) instead of Febe's father",
     fmt=["plain"])

# ---- psychosocial --------------------------------------------------------------------------
mail("incident-account-misbruik-klassenraad-3a",
     frm="wim", to=("Klassenraad 3A", "klassenraad3a@spc.ksleuven.be"), cc="tom",
     subject="Incident 3A – misbruik account en pesterijen",
     date="2024-10-08 16:20",
     body=("Beste collega's van de klassenraad 3A\n\n"
           "Ter info, zodat jullie weten wat er speelt:\n\n"
           "Vorige week heeft Senne Bogaerts zich op de laptop van Amira Haddad aangemeld met haar account (haar "
           "wachtwoord stond op een briefje in haar etui). Vanuit haar account heeft hij kwetsende berichten naar "
           "verschillende klasgenoten gestuurd, zodat het leek alsof Amira die schreef. Amira werd daarna in de "
           "klasgroep uitgesloten en uitgescholden.\n\n"
           "- Senne krijgt een preventieve schorsing van drie dagen; er loopt een tuchtprocedure.\n"
           "- Amira is erg aangeslagen. Ze krijgt begeleiding van mij; graag extra aandacht in de klas.\n"
           "- Amira's account is beveiligd, ICT heeft de sessies afgesloten.\n\n"
           "Wil de info niet verder verspreiden.\n\n" + SIG_WIM + "\n"),
     rules=["sensitive", "bcc"], cats=["psychosocial"], about=["senne", "amira"],
     note="bullying through account misuse with a suspension, named perpetrator and victim; the class council "
          "list klassenraad3a@ sits in To (group address)",
     fmt=["plain", "group-in-to"])

_pdf_tucht = make_pdf([
    "Sint-Pieterscollege Leuven - Directie",
    "",
    "Aan de ouders van Senne Bogaerts (3A)",
    "Betreft: preventieve schorsing en opstart tuchtprocedure",
    "",
    "Geachte ouders,",
    "Op 1 oktober heeft Senne zich met het account van een medeleerlinge aangemeld en",
    "in haar naam kwetsende berichten verstuurd. Dit is een ernstige inbreuk op het",
    "schoolreglement (art. 4.3, respectvol omgaan met elkaar; art. 6.2, ICT-gebruik).",
    "Senne wordt preventief geschorst van 9 tot en met 11 oktober.",
    "U wordt uitgenodigd voor een gesprek op dinsdag 15 oktober om 16 uur.",
    "",
    "Hilde Claessens, directeur",
], title="Brief Senne Bogaerts tuchtprocedure")
mail("brief-ouders-senne-schorsing",
     frm="hilde", to=("Hilde Bogaerts", par("senne")),
     subject="Brief i.v.m. Senne – preventieve schorsing",
     date="2024-10-09 11:00",
     body=("Geachte mevrouw Bogaerts\n\n"
           "Zoals telefonisch besproken vindt u in bijlage de brief over de preventieve schorsing van Senne en de "
           "opstart van de tuchtprocedure. De brief werd ook aangetekend naar beide ouders verstuurd.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_DIR + "\n"),
     atts=[("Brief preventieve schorsing Senne Bogaerts.pdf", _pdf_tucht)],
     rules=["sensitive"], cats=["psychosocial"], about=["senne"],
     note="letter to Senne's mother about his suspension for bullying through account misuse; correctly addressed",
     fmt=["plain", "attachment-pdf"])

mail("update-mama-amira-pesten",
     frm="wim", to=("Samira Haddad", par("amira")),
     subject="Stand van zaken – Amira",
     date="2024-10-09 15:45",
     body=("Beste mevrouw Haddad\n\n"
           "Zoals beloofd een korte update. De leerling die via Amira's account de berichten verstuurde, heeft een "
           "sanctie gekregen en zal zich in een herstelgesprek verontschuldigen als Amira dat wil.\n\n"
           "Amira vertelde me vandaag dat ze nog steeds slecht slaapt en bang is om naar de klas te gaan. Ik zie "
           "haar morgen en vrijdag opnieuw. Ze mag tijdens de pauzes altijd naar het leerlingenbegeleidingslokaal "
           "komen.\n\n"
           "Haar account is beveiligd; ze heeft samen met de helpdesk een nieuw wachtwoord gekozen.\n\n"
           "Met vriendelijke groeten\n" + SIG_WIM + "\n"),
     rules=["sensitive"], cats=["psychosocial"], about=["amira"],
     note="update to the mother of a bullying victim about her distress; correctly addressed; no password",
     fmt=["plain"])

mail("webfilter-melding-zelfverwonding",
     frm="kenan", to="wim",
     subject="vertrouwelijk – melding webfilter",
     date="2024-10-02 07:35",
     body=("Wim\n\n"
           "De webfilter gaf gisteravond tussen 22 en 23 u meerdere meldingen op de schoollaptop van Lore "
           "Schepers (4TW): zoekopdrachten over zelfverwonding en hoe je dat kan verbergen. Ik heb verder niets "
           "bekeken en niemand anders ingelicht. Schermafdruk van de melding in bijlage.\n\n"
           "Ik wist niet goed wat ik ermee moest, dus ik geef het aan jou door.\n\nKenan\n"),
     atts=[("melding_webfilter_0110.png", make_png(40, 20, (200, 40, 40)))],
     rules=["sensitive"], cats=["psychosocial"], about=["lore"],
     note="web-filter alert showing self-harm searches by a named pupil, passed to the pupil counsellor",
     fmt=["plain", "attachment-png"])

mail("woedeaanval-laptop-ilias",
     frm="youssef", to="wim", cc="helpdesk",
     subject="Ilias 4TW – laptop stukgegooid",
     date="2024-10-15 14:10",
     body=("Wim\n\n"
           "Ilias Mansouri (4TW) heeft vandaag in het 5de uur na een ruzie met een klasgenoot zijn laptop tegen de "
           "muur gegooid. Het scherm is kapot. Hij was niet meer aanspreekbaar en ik heb hem naar de time-outklas "
           "gestuurd. Hij krijgt strafstudie op woensdag en ik heb een notitie in het LVS gezet. De ouders heb ik "
           "nog niet kunnen bereiken.\n\n"
           "Helpdesk in cc voor de leenlaptop.\n\nYoussef\n"),
     rules=["sensitive"], cats=["psychosocial"], about=["ilias"],
     note="behaviour incident with sanctions for a named pupil",
     fmt=["plain"])

_logs = ("Tijdstip (UTC);Gebruiker;Toepassing;IP-adres;Toestel;Resultaat\r\n"
         "2024-10-21T19:02:11Z;%s;Microsoft Teams;81.82.41.77;SPC-LT-0298;Geslaagd\r\n"
         "2024-10-21T19:14:40Z;%s;Outlook Web;81.82.41.77;SPC-LT-0298;Geslaagd\r\n"
         "2024-10-21T21:47:03Z;%s;Microsoft Teams;94.109.12.203;onbekend (iPhone);Geslaagd\r\n"
         % ((pm("kobe"),) * 3))
mail("politie-aanmeldlogs-kobe",
     frm="tom", to="politie",
     subject="Uw vraag dd. 22/10 – aanmeldgegevens account leerling",
     date="2024-10-23 10:30",
     body=("Geachte inspecteur Van Tilt\n\n"
           "Zoals telefonisch besproken naar aanleiding van de klacht over de dreigberichten die via Teams werden "
           "verstuurd, bezorg ik u in bijlage de aanmeldgegevens van het schoolaccount van Kobe Smolders (5B) "
           "van 21 oktober. De directie en onze DPO (privacy@lksd.ksleuven.be) zijn op de hoogte.\n\n"
           "Kobe werd in afwachting van het onderzoek door de school geschorst.\n\n"
           "Met vriendelijke groeten\n" + SIG_TOM + "\n"),
     atts=[("aanmeldlogs_21-10.csv", _logs.encode("utf-8"))],
     rules=["sensitive"], cats=["psychosocial"], about=["kobe"],
     note="sign-in logs of a pupil's account sent to the police about threat messages; pupil suspended",
     fmt=["plain", "attachment-csv"])

mail("update-amira-verkeerde-thread-julie",
     frm="wim", to=("Mieke Pauwels", par("julie")),
     subject="RE: boekentas Julie",
     date="2024-10-11 17:05",
     body=("Beste mevrouw\n\n"
           "Nog een korte update: Amira Haddad (3A) komt maandag terug naar de klas. De kwetsende berichten zijn "
           "verwijderd en de leerling die ze in haar naam verstuurde, is gesanctioneerd. Amira heeft het nog "
           "moeilijk; ze volgt de komende weken wekelijkse gesprekken bij mij.\n\n"
           "Fijn weekend\n" + SIG_WIM + "\n"
           + outlook_quote("Mieke Pauwels <%s>" % par("julie"), "2024-10-02 19:20", "Wim De Smedt",
                           "boekentas Julie",
                           "Dag meneer De Smedt, Julie is haar boekentas met laptop vergeten in de refter. Ligt die "
                           "bij u?\nMieke Pauwels")),
     rules=["sensitive", "recipient"], cats=["psychosocial"], about=["amira"], mis=True,
     note="update on bullying victim Amira written as a reply in the thread of Julie Pauwels' mother; none of "
          "Amira's parents receive it",
     fmt=["plain", "reply", "wrong-thread"])

# ---- medical -------------------------------------------------------------------------------
mail("ziekenhuis-tibo-laptop-ziekenhuisschool",
     frm="griet", to="helpdesk",
     subject="Laptop Tibo Gielen 2C – ziekenhuis",
     date="2024-09-17 09:05",
     body=("Hallo\n\n"
           "Tibo Gielen (2C) ligt sinds zaterdag in het ziekenhuis na een val met zijn step (dubbele beenbreuk, "
           "hij is gisteren geopereerd). Hij blijft er minstens twee weken en krijgt les van de ziekenhuisschool. "
           "Kunnen jullie zijn laptop klaarzetten zodat mama hem vrijdag kan ophalen? De ziekenhuisschool vraagt of "
           "hij in Teams de lessen van 2C kan volgen.\n\n"
           "Groetjes\nGriet\n"),
     rules=["sensitive"], cats=["medical"], about=["tibo"],
     note="pupil in hospital after an accident with surgery, mentioned to the helpdesk",
     fmt=["plain"])

mail("epilepsie-instellingen-laptop-emma",
     frm="sara", to=("Veerle Verhoeven", par("emma")),
     subject="Laptop Emma – aanpassingen",
     date="2024-09-06 15:30",
     body=("Beste mevrouw Verhoeven\n\n"
           "Zoals besproken op het intakegesprek heeft de helpdesk op Emma's laptop de animaties en flikkerende "
           "effecten uitgeschakeld en staat het scherm standaard op een lagere helderheid, in verband met haar "
           "epilepsie. In de klas zit ze niet vlak voor het digibord. De medicatie die u meegaf, ligt op het "
           "secretariaat.\n\n"
           "Laat gerust weten als er nog iets nodig is.\n\n"
           "Vriendelijke groeten\nSara Coene\nKlastitularis 1A\n"),
     rules=["sensitive"], cats=["medical"], about=["emma"],
     note="epilepsy and medication of Emma discussed with her mother; correctly addressed",
     fmt=["plain"])

mail("gebroken-pols-dicteren-lucas",
     frm="sofie", to=("Leen Dewitte", par("lucas")),
     subject="Laptop Lucas – spraakherkenning",
     date="2024-09-19 14:25",
     body=("Beste mevrouw Dewitte\n\n"
           "Met zijn gebroken pols (gips tot half oktober, schreef u) kan Lucas moeilijk typen. We hebben op zijn "
           "laptop Windows-dicteren geactiveerd (Windows-toets + H) en hem een headset met microfoon meegegeven. "
           "Hij mag die houden tot het gips eraf is.\n\n"
           "Vriendelijke groeten\n" + SIG_SOFIE + "\n"),
     rules=["sensitive"], cats=["medical"], about=["lucas"],
     note="injury (broken wrist, cast) of Lucas to his mother (other surname); correctly addressed",
     fmt=["plain"])

mail("zwangerschap-shauni-afstandsonderwijs",
     frm="elke", to="tom", cc="helpdesk",
     subject="Shauni Verbist 6B – afstandsleren vanaf januari",
     date="2024-10-10 13:10",
     body=("Dag Tom\n\n"
           "Shauni Verbist (6B) is zwanger, de bevalling is voorzien begin februari. Ze wil haar jaar afmaken. We "
           "stellen voor dat ze vanaf januari deels van thuis uit volgt via Teams.\n\n"
           "Aan de helpdesk: kan haar laptop een camera-opstelling krijgen (externe webcam) en kan ze toegang "
           "krijgen tot de opnames van de lessen?\n\n"
           "Het wordt besproken op de klassenraad van november.\n\n" + SIG_ELKE + "\n"),
     rules=["sensitive"], cats=["medical"], about=["shauni"],
     note="pupil's pregnancy shared internally to organise distance learning",
     fmt=["plain"])

mail("leenlaptops-tabel-redenen",
     frm="griet", to="helpdesk",
     subject="Leenlaptops – stand van zaken",
     date="2024-09-25 11:30",
     blocks=[
         "Dag Sofie en Kenan",
         "Hieronder wie op dit moment een leenlaptop heeft en tot wanneer:",
         ("table", ["Leerling", "Klas", "Leenlaptop", "Reden", "Tot"], [
             ["Jarne Segers", "3TW", "SPC-LT-0901", "langdurig ziek (ziekte van Pfeiffer), volgt van thuis", "herfstvakantie"],
             ["Fien Daems", "4A", "SPC-LT-0902", "knieoperatie, revalidatie in het ziekenhuis", "18/10"],
             ["Ward Vos", "1B", "SPC-LT-0903", "scherm eigen laptop in herstelling", "terug ontvangen"],
         ]),
         "De 0903 mag terug in de kast.",
         "Groetjes\nGriet",
     ],
     rules=["sensitive"], cats=["medical"], about=["jarne", "fien", "ward"],
     note="loan-laptop table whose 'reason' column carries illness and surgery of two pupils",
     fmt=["alt", "html-table"])

mail("rilatine-kasper-verkeerde-lenaerts",
     frm="marieke", to=("Karin Lenaerts", par("mats")),
     subject="Kasper 2C – medicatie middag",
     date="2024-10-04 16:55",
     body=("Beste mevrouw Lenaerts\n\n"
           "Ik wou u even laten weten dat Kasper Lenaerts (2C) deze week twee keer vergeten is zijn Rilatine in "
           "te nemen na de middag. Hij was dan erg onrustig en kon zich niet concentreren op zijn laptop. Zoals "
           "afgesproken in zijn handelingsplan voor ADHD herinner ik hem er voortaan aan om 12.45 u.\n\n"
           "Vriendelijke groeten\nMarieke Wuyts\nKlastitularis 2C\n"),
     rules=["sensitive", "recipient"], cats=["medical", "care"], about=["kasper"], mis=True,
     note="Kasper Lenaerts' ADHD medication and care plan sent to Karin Lenaerts, mother of Mats Lenaerts "
          "(other family); Kasper's parent does not receive it",
     fmt=["plain"])

# ---- care ----------------------------------------------------------------------------------
mail("tabel-voorleessoftware-zorgleerlingen",
     frm="elke", to="helpdesk",
     subject="Software zorgleerlingen op nieuwe laptops",
     date="2024-09-03 13:15",
     blocks=[
         "Dag helpdesk",
         "Hieronder de leerlingen die compenserende software nodig hebben op hun nieuwe laptop. Graag vóór "
         "20 september, dan start de eerste toetsenreeks.",
         ("table", ["Leerling", "Klas", "Zorgprofiel", "Software", "Opmerking"], [
             ["Mila Hendrickx", "1D", "dyslexie", "Sprint Plus", "ook licentie thuis"],
             ["Lena Van Acker", "2A", "dyslexie", "Kurzweil 3000", "stem Ellen (NL-BE)"],
             ["Mathis Deprez", "3B", "dyscalculie", "ClaroRead + rekenmachine-app", "extra tijd bij toetsen"],
             ["Oscar Willaert", "4A", "ASS", "Focus-modus, geen meldingen", "vaste plaats, koptelefoon"],
             ["Hajar Amrani", "1B", "dyslexie en dysorthografie", "Alinea", "logopedie buiten school"],
             ["Vic Moreels", "5B", "ADHD", "Focus-timer", "korte opdrachten"],
         ]),
         "Groeten\n" + SIG_ELKE,
     ],
     rules=["sensitive"], cats=["care"], about=["mila", "lena", "mathis_dp", "oscar", "hajar", "vic"],
     note="table of six named pupils with learning disorders / ASS / ADHD and their compensating software",
     fmt=["alt", "html-table"])

mail("kurzweil-lena-mama",
     frm="elke", to=("Stefanie Van Acker", par("lena")),
     subject="Kurzweil op de laptop van Lena",
     date="2024-09-11 16:05",
     body=("Beste mevrouw Van Acker\n\n"
           "Kurzweil 3000 staat sinds vandaag op de nieuwe laptop van Lena. De redelijke aanpassingen uit haar "
           "handelingsplan voor dyslexie (voorleessoftware bij toetsen, extra tijd, grotere lettergrootte) "
           "blijven dit schooljaar ongewijzigd. Haar leerkrachten zijn op de hoogte.\n\n"
           "Vriendelijke groeten\n" + SIG_ELKE + "\n"),
     rules=["sensitive"], cats=["care"], about=["lena"],
     note="dyslexia and reasonable adjustments of Lena to her mother; correctly addressed",
     fmt=["plain"])

_zorgcsv = io.StringIO()
_zw = csv.writer(_zorgcsv, delimiter=";", lineterminator="\r\n")
_zw.writerow(["Intern nummer", "Naam", "Voornaam", "Klas", "Zorgprofiel", "Redelijke aanpassingen", "Intune-groep"])
for _k, _prof, _aanp, _grp in [
        ("mila", "dyslexie", "voorleessoftware; extra tijd", "SW-Sprint"),
        ("lena", "dyslexie", "voorleessoftware; lettergrootte 14", "SW-Kurzweil"),
        ("mathis_dp", "dyscalculie", "rekenmachine; formularium", "SW-ClaroRead"),
        ("oscar", "ASS", "vaste plaats; prikkelarm lokaal bij toetsen", "SW-Focus"),
        ("hajar", "dyslexie/dysorthografie", "spellingcontrole; voorleessoftware", "SW-Alinea"),
        ("vic", "ADHD", "opdrachten opsplitsen; time-timer", "SW-Focus"),
        ("louis", "dyslexie", "voorleessoftware (FR-stem)", "SW-Sprint"),
        ("jef", "vermoeden ADHD, CLB-traject", "nog geen", "-"),
        ("kasper", "ADHD", "medicatie middag; korte opdrachten", "SW-Focus")]:
    _r = PUP[_k]
    _zw.writerow([_r["id"], _r["last"], _r["first"], _r["klas"], _prof, _aanp, _grp])
mail("csv-zorgprofielen-intune-groepen",
     frm="elke", to="kenan",
     subject="Export zorgprofielen voor de softwaregroepen",
     date="2024-09-16 11:20",
     body=("Hoi Kenan\n\nHier de export uit het LVS waar je om vroeg, om de leerlingen in de juiste "
           "softwaregroepen te zetten. Na gebruik verwijderen aub, het zijn zorggegevens.\n\nElke\n"),
     atts=[("zorgprofielen_software.csv", _zorgcsv.getvalue().encode("utf-8-sig"))],
     rules=["sensitive"], cats=["care"],
     about=["mila", "lena", "mathis_dp", "oscar", "hajar", "vic", "louis", "jef", "kasper"],
     note="CSV export of nine pupils with learning disorders, ADHD, ASS, CLB follow-up and adjustments",
     fmt=["plain", "attachment-csv"])

mail("clb-vermoeden-adhd-jef-prive-hotmail",
     frm=("Koen Mertens", "mertenskoen@hotmail.com"), to="clb",
     subject="Jef 1C",
     date="2024-10-03 21:15",
     body=("Dag Sarah\n\n"
           "Ik stuur dit van thuis want mijn schoolaccount vraagt weer de hele tijd die code en mijn gsm ligt op "
           "school.\n\n"
           "Het gaat over Jef Van Den Broeck uit 1C. Hij vergeet bijna elke dag zijn laptop of lader, kan zich "
           "in geen enkele les langer dan tien minuten concentreren en loopt voortdurend rond. Wij vermoeden ADHD. "
           "Zijn mama staat open voor een onderzoek via het CLB. Kan je hem opnemen in jullie opvolging? Ik zet het "
           "morgen ook in het LVS.\n\n"
           "Groeten\nKoen Mertens\nklastitularis 1C\n"),
     rules=["sensitive", "private_account"], cats=["care"], about=["jef"],
     note="teacher uses his private Hotmail to ask the CLB to follow up a suspected ADHD of a named pupil",
     fmt=["plain"])

mail("logiciel-lecture-louis-dyslexie",
     frm="elke", to=("C. Lejeune", par("louis")),
     subject="Logiciel de lecture sur l'ordinateur de Louis",
     date="2024-09-13 10:25",
     body=("Chère Madame Lejeune,\n\n"
           "Comme convenu lors de notre entretien, le logiciel de lecture Sprint a été installé sur le nouvel "
           "ordinateur de Louis, avec une voix française pour le cours de français. Les aménagements raisonnables "
           "prévus pour sa dyslexie (temps supplémentaire, lecture à voix haute des consignes) restent d'application "
           "cette année.\n\n"
           "N'hésitez pas à me contacter si Louis rencontre un problème.\n\n"
           "Bien cordialement,\n\nElke Janssens\nCoordinatrice des soins\nSint-Pieterscollege Leuven\n"),
     cte="base64",
     rules=["sensitive"], cats=["care"], about=["louis"], lang="fr",
     note="French mail to the parent of Louis about his dyslexia and reasonable adjustments; base64 body; "
          "correctly addressed",
     fmt=["plain-base64"])

mail("ass-oscar-paniek-nieuwe-laptop",
     frm="ruth", to="elke",
     subject="Oscar 4A",
     date="2024-09-05 12:20",
     body=("Elke\n\n"
           "Met Oscar (4A) loopt het niet goed sinds de nieuwe laptops. Alles is anders voor hem: de toetsen, het "
           "aanmelden, de app op zijn gsm. Vanmorgen kreeg hij in de les een paniekaanval toen de Authenticator "
           "niet werkte en hij wilde naar huis. Ik heb hem laten bekomen in het stille lokaal.\n\n"
           "Kunnen we, gezien zijn autisme, iets afspreken zodat hij een vaste vertrouwenspersoon heeft bij de "
           "helpdesk? En zijn vaste plaats in de klas blijft best zoals in zijn handelingsplan.\n\n"
           "Ruth\n"),
     rules=["sensitive"], cats=["care", "psychosocial"], about=["oscar"],
     note="ASS and care plan of Oscar plus a panic attack in class",
     fmt=["plain"])

mail("logopedie-verslag-hajar",
     frm="elke", to="logo",
     subject="Verslag logopedie Hajar Amrani (1B)",
     date="2024-09-18 11:40",
     body=("Beste mevrouw Lenssens\n\n"
           "Hajar Amrani (1B) volgt bij u logopedie voor dyslexie en dysorthografie. Haar mama gaf toestemming om "
           "uw meest recente verslag met ons te delen voor het MDO van 24 september, waar we haar redelijke "
           "aanpassingen en de voorleessoftware op de nieuwe laptop bespreken.\n\n"
           "Kan u het verslag bezorgen via het beveiligde platform van het CLB of rechtstreeks aan mij?\n\n"
           "Met dank en vriendelijke groeten\n\n" + SIG_ELKE_TEL + "\n"),
     rules=["sensitive", "personal_data"], cats=["care"], about=["hajar"],
     note="therapy and learning disorders of Hajar discussed with an outside speech therapist; school phone in "
          "signature",
     fmt=["plain"])

mail("dyscalculie-mathis-deprez-verkeerde-ouder",
     frm="elke", to=("Bart Dewolf", par("mathis_dw")),
     subject="Ondersteuning wiskunde Mathis",
     date="2024-09-20 15:15",
     body=("Beste ouders van Mathis\n\n"
           "Zoals besproken op het oudercontact krijgt Mathis Deprez (3B) omwille van zijn dyscalculie voortaan "
           "ClaroRead en een rekenmachine-app op zijn laptop, en extra tijd bij toetsen wiskunde. We evalueren dat "
           "na de kerstexamens.\n\n"
           "Vriendelijke groeten\n" + SIG_ELKE + "\n"),
     rules=["sensitive", "recipient"], cats=["care"], about=["mathis_dp"], mis=True,
     note="dyscalculia adjustments for Mathis Deprez sent to the father of classmate Mathis Dewolf "
          "(same first name, same class)",
     fmt=["plain"])

# ---- financial -----------------------------------------------------------------------------
_iban_spc = be_iban("0682077431")
mail("afbetalingsplan-herstelling-bilal",
     frm="marc", to=("Mohamed Aziz", par("bilal")),
     subject="Afbetalingsplan herstelling laptop Bilal",
     date="2024-10-22 10:40",
     body=("Beste meneer Aziz\n\n"
           "Zoals afgesproken spreiden we de kosten voor de herstelling van Bilal's laptop (€ 240, schade niet "
           "gedekt door de verzekering) over vier maanden: € 60 per maand, telkens vóór de 10de.\n\n"
           "U kan overschrijven op rekening " + _iban_spc + " met mededeling 'Aziz Bilal 4B herstelling'.\n\n"
           "Lukt een maand niet, laat het ons gewoon weten.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_MARC + "\n"),
     rules=["sensitive", "personal_data"], cats=["financial"], about=["bilal"],
     note="payment plan for Bilal's family (financial), with the school IBAN and phone number; correctly addressed",
     fmt=["plain"])

mail("verloren-laptop-leefloon-kiara",
     frm="sofie", to="boekh",
     subject="Kiara Vermeiren 2D – laptop verloren",
     date="2024-10-07 13:35",
     body=("Hallo Marc\n\n"
           "Kiara Vermeiren (2D) is haar laptop vrijdag verloren op de bus (De Lijn heeft niets gevonden). Verlies "
           "is niet verzekerd, dus de vervanging kost € 450. Mama belde net: ze leven van een leefloon en kunnen "
           "dat echt niet betalen. Kunnen jullie bekijken of het sociaal fonds iets kan doen, of een "
           "afbetaling?\n\n"
           "Kiara heeft voorlopig een leenlaptop.\n\nSofie\n"),
     rules=["sensitive"], cats=["financial"], about=["kiara"],
     note="family living on social assistance cannot pay for a lost laptop",
     fmt=["plain"])

_rrn_jayden = rrn(9, 3, 14, 217)
mail("ocmw-factuur-laptophuur-jayden",
     frm="marc", to="ocmw",
     subject="Factuur laptophuur Jayden Van Roy",
     date="2024-10-03 09:50",
     body=("Beste mevrouw Vanhaecht\n\n"
           "Zoals telefonisch afgesproken neemt het OCMW de laptophuur van Jayden Van Roy (3TW) ten laste. In "
           "bijlage de factuur van € 210.\n\n"
           "Voor uw dossier: rijksregisternummer van Jayden " + _rrn_jayden + ", moeder Jessica Van Roy.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_MARC + "\n"),
     atts=[("Factuur 2024-1187 Van Roy.pdf", make_pdf([
         "Sint-Pieterscollege Leuven - Boekhouding", "", "Factuur 2024-1187",
         "Betreft: laptophuur schooljaar 2024-2025 - Jayden Van Roy (3TW)", "Bedrag: EUR 210,00",
         "Ten laste van: OCMW Leuven, dossier 2024/3381"], title="Factuur 2024-1187"))],
     rules=["sensitive", "personal_data"], cats=["financial"], about=["jayden"],
     note="OCMW pays a pupil's laptop rent (social assistance) with his national register number and phone in "
          "signature",
     fmt=["plain", "attachment-pdf"])

mail("openstaande-saldi-laptophuur-directie",
     frm="marc", to="hilde",
     subject="Openstaande laptophuur – overzicht november",
     date="2024-11-12 16:00",
     blocks=[
         "Hilde",
         "Voor het directieoverleg van donderdag: de openstaande bedragen laptophuur/herstelling.",
         ("table", ["Leerling", "Klas", "Open", "Status"], [
             ["Bilal Aziz", "4B", "€ 180", "afbetalingsplan loopt (schijf 2 van 4 betaald)"],
             ["Kiara Vermeiren", "2D", "€ 450", "leefloon, aanvraag sociaal fonds"],
             ["Jayden Van Roy", "3TW", "€ 0", "OCMW heeft betaald"],
             ["Nina Kovač", "5A", "€ 210", "tweede herinnering verstuurd"],
             ["Dries Van Loock", "3B", "€ 105", "wacht op schooltoeslag"],
         ]),
         "Marc",
     ],
     rules=["sensitive"], cats=["financial"], about=["bilal", "kiara", "jayden", "nina", "dries"],
     note="internal table of unpaid bills, payment plan, OCMW and school allowance for five named pupils",
     fmt=["alt", "html-table"])

mail("schooltoeslag-verrekening-sofia",
     frm="boekh", to=("Giulia Russo", par("sofia")),
     subject="Schoolrekening Sofia (1C) – schooltoeslag",
     date="2024-10-17 11:20",
     body=("Beste mevrouw Russo\n\n"
           "We ontvingen uw bewijs van de schooltoeslag van het Groeipakket. Zoals afgesproken betaalt u de "
           "laptophuur van Sofia pas wanneer de toeslag gestort is. De herinnering van oktober mag u als "
           "onbestaande beschouwen.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_BOEKH + "\n"),
     rules=["sensitive"], cats=["financial"], about=["sofia"],
     note="school allowance and postponed payment for Sofia, sent to her mother; correctly addressed",
     fmt=["plain"])

mail("herinnering-nina-kovac-verkeerde-ouder",
     frm="marc", to=("Ivan Kovačević", par("luka")),
     subject="Tweede herinnering schoolrekening Nina",
     date="2024-11-05 09:30",
     body=("Beste ouder\n\n"
           "Ondanks onze herinnering van 8 oktober staat de laptophuur van Nina Kovač (5A) nog open: € 210. Wij "
           "vragen u dit bedrag binnen de 14 dagen te betalen of contact met ons op te nemen voor een "
           "afbetalingsplan.\n\n"
           "Met vriendelijke groeten\n\n" + SIG_MARC + "\n"),
     rules=["sensitive", "recipient", "personal_data"], cats=["financial"], about=["nina"], mis=True,
     note="unpaid-bill reminder about Nina Kovač sent to the father of Luka Kovačević (autocomplete 'kovac'); "
          "signature has a phone number",
     fmt=["plain"])

# ============================================================================================
# PERSONAL, NOT SENSITIVE (20) -- about one pupil, no sensitive fact; 5 of them misdirected
# ============================================================================================

mail("laptop-arne-klaar-na-omwisseling",
     frm="helpdesk", to=("Ellen Deckers", par("arne")),
     subject="Laptop Arne Van Hecke (5B) klaar",
     date="2024-09-26 10:10",
     body=("Beste mevrouw Deckers\n\n"
           "De laptop van Arne had een paar dode pixels in het scherm. De leverancier heeft hem omgewisseld. Arne "
           "mag zijn nieuwe toestel donderdag tijdens de middagpauze afhalen in B0.12. De oude mag hij dan "
           "meteen inleveren, met lader.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["arne"],
     note="laptop exchange ready for Arne, sent to his mother whose address has another surname; nothing "
          "sensitive; correctly addressed",
     fmt=["plain"])

mail("lader-vergeten-tuur",
     frm="helpdesk", to=pm("tuur"),
     subject="Je lader ligt op de helpdesk",
     date="2024-09-18 12:55",
     body=("Hoi Tuur\n\nJe hebt je lader laten liggen in B0.12 (grijze USB-C met je naam op een sticker). Kom hem "
           "maar halen tijdens de pauze.\n\nHelpdesk\n"),
     rules=[], about=["tuur"],
     note="charger left behind, to the pupil himself",
     fmt=["plain"])

mail("sem-hielp-op-helpdesk",
     frm="bart", to="stijn",
     subject="Sem Nuyts – pluim",
     date="2024-09-13 16:20",
     body=("Dag Stijn\n\n"
           "Ik wou even laten weten dat Sem Nuyts uit jouw klas de hele eerste week vrijwillig heeft meegeholpen "
           "op de helpdesk tijdens de middag. Hij heeft zeker 40 laptops mee ingesteld en bleef super rustig bij "
           "de drukte. Misschien iets voor zijn rapportcommentaar?\n\n"
           "Bart\n"),
     rules=[], about=["sem"],
     note="compliment for a pupil who helped at the helpdesk; nothing sensitive",
     fmt=["plain"])

mail("laptop-margot-opnieuw-geinstalleerd",
     frm="sofie", to=("Peter Raes", par("margot")),
     subject="RE: laptop Margot start traag",
     date="2024-10-01 15:10",
     body=("Beste meneer Raes\n\n"
           "We hebben de laptop van Margot opnieuw geïnstalleerd. Haar bestanden stonden allemaal op OneDrive en "
           "zijn teruggezet. Ze mag hem morgen om 8 u ophalen.\n\n"
           "Vriendelijke groeten\n" + SIG_SOFIE + "\n"
           + outlook_quote("Peter Raes <%s>" % par("margot"), "2024-09-30 20:05", "helpdesk@spc.ksleuven.be",
                           "laptop Margot start traag",
                           "Goedenavond, de laptop van mijn dochter Margot Raes (3B) doet er minuten over om op te "
                           "starten. Kan iemand eens kijken?\nPeter Raes")),
     rules=[], about=["margot"],
     note="reimage finished for Margot, reply to her father; correctly addressed",
     fmt=["plain", "reply"])

mail("laptoptas-gevonden-ella",
     frm="griet", to=("Ellen Smeets", par("ella")),
     subject="Laptophoes Ella gevonden",
     date="2024-09-24 13:40",
     body=("Beste mevrouw Smeets\n\n"
           "In de refter werd een blauwe laptophoes gevonden met het naamlabel van Ella (1A). Ze kan hem afhalen op "
           "het leerlingensecretariaat.\n\n"
           "Vriendelijke groeten\n" + SIG_GRIET + "\n"),
     rules=[], about=["ella"],
     note="lost laptop sleeve found; correctly addressed to Ella's mother",
     fmt=["plain"])

mail("ordinateur-chloe-pret",
     frm="helpdesk", to=("Sophie Martin", par("chloe")),
     subject="L'ordinateur de Chloé est prêt",
     date="2024-09-23 11:15",
     body=("Bonjour Madame Martin,\n\n"
           "Le clavier de l'ordinateur de Chloé (2A) a été remplacé sous garantie, sans frais. Elle peut le "
           "récupérer au helpdesk (local B0.12) pendant la récréation de 10 h 05.\n\n"
           "Bien cordialement,\nLe helpdesk du Sint-Pieterscollege\n"),
     cs="windows-1252", cte="qp", hcs="windows-1252",
     rules=[], about=["chloe"], lang="fr",
     note="laptop repaired under warranty, French, correctly addressed",
     fmt=["plain-qp", "plain-cp1252"])

mail("naam-thijs-aangepast",
     frm="helpdesk", to=pm("thijs"),
     subject="Je naam in Teams",
     date="2024-09-09 10:30",
     body=("Dag Thijs\n\nJe naam stond in Teams en Outlook als 'Thys Van Gorp'. Dat is nu aangepast. Het kan tot "
           "morgen duren voor je het overal ziet. Je e-mailadres blijft hetzelfde.\n\nHelpdesk\n"),
     rules=[], about=["thijs"],
     note="display-name typo fixed, to the pupil",
     fmt=["plain"])

mail("adam-wint-codeerwedstrijd",
     frm="ann", to=("Fatima El Khatib", par("adam")),
     subject="Proficiat Adam!",
     date="2024-10-24 17:10",
     body=("Beste mevrouw El Khatib\n\n"
           "Ik wil u graag laten weten dat Adam de codeerwedstrijd van 5ICT gewonnen heeft met zijn "
           "reservatie-app voor de sporthal. Hij mag zijn project op 12 november voorstellen op de open "
           "klasdag. Super gedaan!\n\n"
           "Vriendelijke groeten\nAnn Goossens\nLeerkracht informatica, klastitularis 5ICT\n"),
     rules=[], about=["adam"],
     note="good news about one pupil; nothing sensitive; correctly addressed",
     fmt=["plain"])

mail("toetsenbord-garantie-lars-willems",
     frm="helpdesk", to=("Patrick Willems", par("lars")),
     subject="Laptop Lars Willems (6A) – toetsenbord",
     date="2024-10-08 09:50",
     body=("Beste meneer Willems\n\n"
           "Het toetsenbord van Lars' laptop wordt onder garantie vervangen. Dat kost u niets. De technieker komt "
           "donderdag, Lars krijgt tot dan een leenlaptop.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["lars"],
     note="warranty repair for Lars Willems to his own father (another Willems family exists); correctly addressed",
     fmt=["plain"])

mail("laptop-wout-claeys-verkeerd-adres",
     frm="helpdesk", to=("An Claes", par("noor")),
     subject="Laptop Wout Claeys (4A) terug van herstelling",
     date="2024-10-09 16:40",
     body=("Beste mevrouw Claeys\n\n"
           "De laptop van Wout Claeys (4A) is terug van herstelling (scharnier vervangen). Wout mag hem morgen "
           "afhalen en de leenlaptop SPC-LT-0907 meteen inleveren.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=["recipient"], about=["wout"], mis=True,
     note="about Wout Claeys but sent to an.claes@telenet.be (mother of Noor Claes) instead of an.claeys@ - "
          "autocomplete on a near-identical address",
     fmt=["plain"])

mail("laptop-wout-claeys-juist-adres",
     frm="helpdesk", to=("An Claeys", par("wout")),
     subject="Laptop Wout (4A) terug van herstelling",
     date="2024-10-10 11:05",
     body=("Beste mevrouw Claeys\n\n"
           "Onze mail van gisteren over Wout ging door een tikfout naar een ander adres, excuses daarvoor. Wout's "
           "laptop is hersteld (scharnier vervangen). Hij mag hem vandaag afhalen en de leenlaptop inleveren.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["wout"],
     note="same message now correctly addressed to Wout Claeys' mother",
     fmt=["plain"])

mail("marie-hielp-infoavond",
     frm="bart", to=("Wim Goris", par("marie")),
     subject="Bedankt Marie!",
     date="2024-10-09 12:00",
     body=("Beste meneer Goris\n\n"
           "Marie heeft gisteravond op de infoavond geholpen met het demonstreren van de laptop en het "
           "ouderaccount. Ze deed dat heel goed en enthousiast. Wil haar nog eens bedanken van ons?\n\n"
           "Met vriendelijke groeten\n" + SIG_BART + "\n"),
     rules=[], about=["marie"],
     note="thanks for a pupil who helped at the info evening; correctly addressed",
     fmt=["plain"])

mail("laders-ayoub-en-salma",
     frm="helpdesk", to=("Rachid Bakkali", par("ayoub")),
     subject="Laders Ayoub en Salma",
     date="2024-09-30 14:30",
     body=("Beste meneer Bakkali\n\n"
           "U meldde dat de laders van Ayoub (5B) en Salma (2A) allebei niet meer werkten. Het blijkt om dezelfde "
           "reeks defecte laders te gaan. Ze kunnen morgen allebei een nieuwe lader komen halen, gratis.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["ayoub", "salma"],
     note="about two siblings, sent to the father they share; correctly addressed",
     fmt=["plain"])

mail("onedrive-migratie-jana",
     frm="helpdesk", to=pm("jana"), cc="tine",
     subject="Je oude OneDrive-bestanden staan klaar",
     date="2024-09-27 10:45",
     body=("Hoi Jana\n\n"
           "De bestanden van je oude OneDrive (map 'GIP 5A') staan nu in je nieuwe OneDrive onder 'Gemigreerd'. "
           "Kijk even of alles er is. Mevrouw Baeten staat in kopie omdat het om je GIP-map ging.\n\n"
           "Helpdesk\n"),
     rules=[], about=["jana"],
     note="OneDrive migration done, to the pupil with the class teacher in CC",
     fmt=["plain"])

mail("student-card-ethan-en",
     frm="griet", to=("Grace Okafor", par("ethan")),
     subject="Ethan's student card and laptop",
     date="2024-09-10 15:00",
     body=("Dear Mrs Okafor,\n\n"
           "Ethan's photo for his student card was blurry, so he can have a new one taken on Thursday at 10.05 in "
           "the secretary's office. His laptop is ready as well: he can pick it up at the helpdesk (room B0.12) "
           "on the same day.\n\n"
           "Kind regards,\nGriet Maes\nStudent office, Sint-Pieterscollege Leuven\n"),
     cte="7bit",
     rules=[], about=["ethan"], lang="en",
     note="English practical mail about one pupil's card and laptop; correctly addressed",
     fmt=["plain"])

mail("oude-leenlaptop-mats-terug",
     frm="helpdesk", to=("Karin Lenaerts", par("mats")),
     subject="Leenlaptop Mats (5ICT)",
     date="2024-09-16 09:20",
     body=("Beste mevrouw Lenaerts\n\n"
           "Mats heeft vorig schooljaar een leenlaptop gehad (SPC-LT-0712). Nu hij zijn nieuwe laptop heeft, mag "
           "hij de oude samen met de lader binnenbrengen op de helpdesk. Dat hoeft niet vandaag, vóór de "
           "herfstvakantie is goed.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=[], about=["mats"],
     note="return of an old loan laptop; to Mats Lenaerts' own mother (another Lenaerts family exists)",
     fmt=["plain"])

mail("laptop-yusuf-el-amrani-verkeerde-ouder",
     frm="helpdesk", to=("Ayse Demir", par("yusuf_d")),
     subject="Laptop Yusuf klaar",
     date="2024-09-25 09:05",
     body=("Beste ouder\n\n"
           "De laptop van Yusuf El Amrani (3A) is klaar na de herinstallatie. Yusuf mag hem vandaag na de les "
           "ophalen op de helpdesk.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=["recipient"], about=["yusuf_ea"], mis=True,
     note="about Yusuf El Amrani (3A) but sent to the mother of Yusuf Demir (4B): same first name, wrong "
          "autocomplete",
     fmt=["plain"])

mail("lader-jonas-peeters-verkeerde-vader",
     frm="helpdesk", to=("Bert Peeters", par("lotte_p")),
     subject="Lader vergeten",
     date="2024-10-02 12:15",
     body=("Beste meneer Peeters\n\n"
           "Jonas Peeters (5A) heeft zijn lader laten liggen in lokaal C1.02. Hij ligt nu op de helpdesk, Jonas mag "
           "hem daar ophalen.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=["recipient"], about=["jonas_p"], mis=True,
     note="about Jonas Peeters but sent to the father of Lotte Peeters (other family, same surname)",
     fmt=["plain"])

mail("laptop-finn-antwoord-in-thread-emma",
     frm="sofie", to=("Veerle Verhoeven", par("emma")),
     subject="RE: Emma kan niet inloggen",
     date="2024-09-20 11:35",
     body=("Dag mevrouw\n\n"
           "De laptop van Finn Martens (1A) is hersteld, de nieuwe batterij zit erin. Finn mag hem deze middag "
           "komen halen.\n\n"
           "Groeten\n" + SIG_SOFIE + "\n"
           + outlook_quote("Veerle Verhoeven <%s>" % par("emma"), "2024-09-09 19:40", "helpdesk@spc.ksleuven.be",
                           "Emma kan niet inloggen",
                           "Goedenavond, Emma Verhoeven uit 1A krijgt de melding dat haar account geblokkeerd is. "
                           "Wat moet ze doen?\nVeerle Verhoeven")),
     rules=["recipient"], about=["finn"], mis=True,
     note="message about Finn Martens written in the old thread of Emma Verhoeven's mother; none of Finn's "
          "parents receive it",
     fmt=["plain", "reply", "wrong-thread"])

mail("laptop-amber-wouters-naar-wauters",
     frm="marieke", to=("Nele Wauters", par("amber_wa")),
     subject="Laptop Amber in de klas laten liggen",
     date="2024-10-01 16:05",
     body=("Beste mevrouw Wauters\n\n"
           "Amber Wouters (2C) heeft vandaag haar laptop en lader in lokaal A1.08 laten liggen. Ik heb alles in de "
           "afgesloten kast van de klas gelegd; ze kan het morgen om 8 u bij mij ophalen.\n\n"
           "Vriendelijke groeten\nMarieke Wuyts\nKlastitularis 2C\n"),
     rules=["recipient"], about=["amber_wo"], mis=True,
     note="about Amber Wouters but sent to the mother of classmate Amber Wauters (near-identical surname)",
     fmt=["plain"])

# ============================================================================================
# ORDINARY MAIL (16) -- incl. bcc, private_account, attachment and personal_data cases
# ============================================================================================

mail("laptops-6a-terug-ouders-zichtbaar",
     frm="helpdesk",
     to=[("Kurt Baert", par("lowie")), ("Ann Lambrechts", par("nore")), ("Paola Rossi", par("mauro")),
         ("Mamadou Diallo", par("ibrahim"))],
     subject="Laptops 6A terug van garantieherstelling",
     date="2024-10-16 10:20",
     body=("Beste ouders\n\n"
           "De laptops van Lowie, Nore, Mauro en Ibrahim (6A) zijn terug van de garantieherstelling (batterij). "
           "Ze mogen ze morgen tijdens de middagpauze ophalen op de helpdesk en hun leenlaptop inleveren.\n\n"
           "Met vriendelijke groeten\nHelpdesk SPC\n"),
     rules=["bcc"], about=["lowie", "nore", "mauro", "ibrahim"],
     note="four parents of different families visible to each other in To; content itself is harmless and each "
          "pupil's parent is addressed",
     fmt=["plain", "visible-recipients"])

mail("ouders-3b-laptop-elke-dag-mee",
     frm="lies", to=("Ouders 3B", "ouders3b@spc.ksleuven.be"),
     subject="Vanaf maandag: laptop elke dag mee",
     date="2024-09-06 19:30",
     body=("Beste ouders van 3B\n\n"
           "Nu iedereen zijn laptop heeft, vragen we dat uw zoon of dochter hem vanaf maandag elke dag meebrengt, "
           "volledig opgeladen. In de lessen Nederlands, Frans en geschiedenis werken we vanaf nu met digitale "
           "werkboeken.\n\n"
           "Fijn weekend!\nLies De Wilde\nKlastitularis 3B\n"),
     rules=["bcc"], about=[],
     note="class teacher writes to the parents' group address ouders3b@ in To instead of BCC",
     fmt=["plain", "group-in-to"])

mail("personeel-onderhoud-vanavond",
     frm="kenan", to="personeel",
     subject="Vanavond 18-20 u: mail en Teams even onbereikbaar",
     date="2024-09-19 14:00",
     body=("Hallo iedereen\n\nVanavond tussen 18 en 20 u verhuizen de laatste gedeelde mailboxen. Mail en Teams "
           "kunnen dan even haperen. Morgenvroeg is alles terug normaal.\n\nKenan\n"),
     rules=["bcc"], about=[],
     note="all-staff list personeel@ visible in To; harmless content",
     fmt=["plain", "group-in-to"])

mail("klas-5a-authenticator-afspraak-cc-klaslijst",
     frm="helpdesk", to="tine", cc=[("Leerlingen 5A", "leerlingen5a@leerling.sintpieterscollege.be")],
     subject="5A: Authenticator opnieuw instellen donderdag",
     date="2024-09-10 11:30",
     body=("Dag mevrouw Baeten, dag 5A\n\n"
           "Bij een tiental leerlingen van 5A staat de Authenticator-app nog niet goed ingesteld. We spreken af "
           "donderdag in het 3de lesuur in B0.12. Iedereen brengt laptop én gsm mee.\n\n"
           "Helpdesk SPC\n"),
     rules=["bcc"], about=[],
     note="pupils' class list leerlingen5a@ in CC (group address visible)",
     fmt=["plain", "group-in-cc"])

mail("ouderraad-drank-infoavond-vanaf-gmail",
     frm=("Inge Sterckx", "inge.sterckx@gmail.com"), to=("Ouderraad SPC", "ouderraad.spc@gmail.com"),
     subject="Infoavond 8 oktober – drankje?",
     date="2024-09-30 21:10",
     body=("Dag Veerle\n\n"
           "Ik stuur het even van thuis, mijn schoolmail staat niet op mijn nieuwe gsm. Na de infoavond over "
           "digitale veiligheid op 8 oktober willen we de ouders een drankje aanbieden. Zou de ouderraad dat zoals "
           "vorig jaar willen verzorgen? We rekenen op een 80-tal ouders.\n\n"
           "Groetjes\nInge Sterckx\nklastitularis 2A\n"),
     rules=["private_account"], about=[],
     note="teacher handles school business with the parents' council from her private Gmail",
     fmt=["plain"])

mail("planning-overstap-doorgestuurd-naar-gmail",
     frm="stijn", to="stijn.vercauteren@gmail.com",
     subject="FW: Planning overstap naar de nieuwe Stroom-tenant (lees aub volledig)",
     date="2024-08-21 20:45",
     body=("\n" + fwd_block("Directie Sint-Pieterscollege <directie@spc.ksleuven.be>", "2024-08-21 16:05",
                            "Directie Sint-Pieterscollege <directie@spc.ksleuven.be>",
                            "Planning overstap naar de nieuwe Stroom-tenant (lees aub volledig)",
                            "Beste collega's\n\nVolgende week begint de overstap naar de nieuwe Microsoft "
                            "365-omgeving van Stroom. Hieronder de planning. [...]\n\nStartbriefjes met je "
                            "tijdelijk wachtwoord worden persoonlijk overhandigd op de startvergadering van "
                            "dinsdag. Ze worden niet gemaild.\n\nHilde")),
     rules=["private_account"], about=[],
     note="teacher forwards an internal school mail to his own Gmail; no secret in it",
     fmt=["plain", "forward", "private-forward"])

mail("prive-gmail-zaalvoetbal-zaterdag",
     frm=("Kenan Aydın", "kenanaydin93@gmail.com"), to=("Jens", "jens.vdbroeck@telenet.be"),
     subject="zaterdag",
     date="2024-09-21 10:15",
     body=("Jens, zaterdag om 14u in de zaal in Kessel-Lo? Ik breng de ballen mee. Wie zorgt er voor de "
           "truitjes?\n\nK\n"),
     rules=[], about=[],
     note="staff member's private mail from a private account about a private matter: allowed",
     fmt=["plain"])

_bat = ("@echo off\r\nrem Koppelt het digibord in A2.11 aan de laptop\r\n"
        "start \"\" \"C:\\Program Files\\Promethean\\ActivInspire\\Inspire.exe\"\r\n"
        "netsh wlan connect name=SPC-Personeel\r\n"
        "echo Klaar.\r\npause\r\n")
mail("bat-digibord-koppelen",
     frm="bart", to=["koen", "ann"],
     subject="scriptje digibord A2.11",
     date="2024-09-04 15:50",
     body=("Koen, Ann\n\nIn bijlage het scriptje dat het digibord in A2.11 opstart en de laptop op het juiste "
           "netwerk zet. Dubbelklikken volstaat.\n\nBart\n"),
     atts=[("digibord_A211.bat", _bat.encode("cp1252"))],
     rules=["attachment"], about=[],
     note="Windows batch script attached (dangerous attachment type)",
     fmt=["plain", "attachment-bat"])

mail("exe-notebook-installatie-thuis",
     frm="kenan", to="dirk",
     subject="RE: smartboardsoftware thuis",
     date="2024-09-12 16:30",
     body=("Dirk\n\nHier de installer voor thuis. Gewoon uitvoeren en 'volgende' klikken.\n\nKenan\n"
           + outlook_quote("Dirk Hermans", "2024-09-12 15:58", "Kenan Aydın", "smartboardsoftware thuis",
                           "Kenan, kan je me die software van het bord eens doorsturen? Dan kan ik thuis mijn "
                           "lessen voorbereiden.\nDirk")),
     atts=[("SMART_Notebook_Setup_24.exe", make_exe("SMART Notebook 24 installer"))],
     rules=["attachment"], about=[],
     note="executable installer attached",
     fmt=["plain", "reply", "attachment-exe"])

_inv = [["Asset", "Gebruiker", "Status", "Opmerking"],
        ["SPC-LT-P014", "J. Van Damme", "in gebruik", ""],
        ["SPC-LT-P022", "M. Wuyts", "in gebruik", ""],
        ["SPC-LT-0901", "leenpool", "uitgeleend", ""],
        ["SPC-LT-0902", "leenpool", "uitgeleend", ""],
        ["SPC-LT-0903", "leenpool", "beschikbaar", ""]]
mail("xlsm-inventaris-met-macro",
     frm="marc", to="bart",
     subject="inventaris laptops (met knop)",
     date="2024-09-20 09:10",
     body=("Bart\n\nDe inventaris met de knop 'Vernieuwen' die de lijst van de server haalt. Bij het openen "
           "moet je de macro's toestaan.\n\nMarc\n"),
     atts=[("inventaris_laptops_2024.xlsm", make_xlsx(_inv, sheet="Inventaris", macro=True))],
     rules=["attachment"], about=[],
     note="macro-enabled workbook (.xlsm) with an auto-run macro attached",
     fmt=["plain", "attachment-xlsm"])

_drv = _zip([("HP_435G10_drivers/readme.txt", "Drivers voor HP ProBook x360 435 G10 - SPC image 2024\r\n"),
             ("HP_435G10_drivers/sp149321.exe", make_exe("HP audio driver package")),
             ("HP_435G10_drivers/install_all.cmd", "@echo off\r\nsp149321.exe /s\r\n")])
mail("zip-drivers-met-exe",
     frm="kenan", to="kevin",
     subject="drivers audio 435 G10",
     date="2024-08-23 11:00",
     body=("Kevin\n\nDit is het pakket dat bij ons werkt voor het audioprobleem op de 435 G10. Kan je het "
           "toevoegen aan de image?\n\nKenan\n"),
     atts=[("HP_435G10_drivers.zip", _drv)],
     rules=["attachment"], about=[],
     note="zip archive containing an .exe and a .cmd",
     fmt=["plain", "attachment-zip"])

mail("schadeaangifte-laptop-stan-geboortedatum",
     frm="griet", to="verzekering",
     subject="Schadeaangifte laptop – polis 7.045.112",
     date="2024-10-14 10:00",
     body=("Geachte\n\n"
           "Hierbij een schadeaangifte voor een leerlingenlaptop:\n\n"
           "Toestel: SPC-LT-0366 (HP ProBook x360 435 G10, sn 5CD4311L55)\n"
           "Leerling: Stan Cools, 4TW, geboren op 2 mei 2009\n"
           "Datum: 11 oktober 2024\n"
           "Omstandigheden: de laptop gleed uit de hoes op de trap van blok B; scherm gebarsten.\n\n"
           "Het eigen risico van € 50 wordt aan de ouders aangerekend.\n\n"
           "Met vriendelijke groeten\n" + SIG_GRIET + "\n"),
     rules=["personal_data"], about=["stan"],
     note="insurance claim naming a pupil with his date of birth; accidental damage only, nothing sensitive",
     fmt=["plain"])

mail("levering-tweede-batch-gsm-handtekening",
     frm="bart", to="jolien",
     subject="Tweede levering personeelstoestellen",
     date="2024-09-23 08:40",
     body=("Dag Jolien\n\n"
           "De tweede levering (64 personeelstoestellen) mag volgende week dinsdag of woensdag, bij voorkeur vóór "
           "10 u. Laat je weten welke dag het wordt?\n\n"
           "Groeten\n\nBart Vanhoof\nICT-coördinator Sint-Pieterscollege Leuven\nGSM 0486 12 77 43\n"),
     rules=["personal_data"], about=[],
     note="ordinary supplier mail; the signature carries a Belgian mobile number",
     fmt=["plain"])

mail("wachtdienst-ict-gsm-nummers",
     frm="bart", to=["hilde", "tom"],
     subject="Wachtdienst ICT eerste schoolweek",
     date="2024-08-30 12:30",
     blocks=[
         "Hilde, Tom",
         "Voor de eerste schoolweek: wie is wanneer bereikbaar bij grote problemen.",
         ("table", ["Wie", "Wanneer", "GSM"], [
             ["Bart", "ma-wo 7.00-18.00", "0486 12 77 43"],
             ["Kenan", "do-vr 7.00-18.00", "0471 55 60 21"],
             ["Frederik (Stroom)", "avond en weekend", "0495 38 14 02"],
         ]),
         "Bart",
     ],
     rules=["personal_data"], about=[],
     note="on-call list with three mobile phone numbers of staff",
     fmt=["alt", "html-table"])

mail("thanks-weekend-work-dijlenet",
     frm="bart", to=("Tomasz Nowicki", "tomasz.nowicki@dijlenet-ict.be"),
     subject="Thanks for the reimaging weekend",
     date="2024-08-26 08:20",
     body=("Hi Tomasz,\n\n"
           "Just a quick thank-you for the work on Thursday and Friday. All 312 pupil laptops are enrolled in "
           "Autopilot; only 7 devices need a second look (list in your ticket portal, ticket DN-8841). We'll see "
           "you again for the staff batch.\n\n"
           "Best,\nBart\n"),
     cte="7bit",
     rules=[], about=[], lang="en",
     note="ordinary English thank-you to the supplier's technician with a ticket reference",
     fmt=["plain"])

mail("helpdeskrooster-oktober",
     frm="bart", to=["sofie", "kenan"],
     subject="Helpdeskrooster oktober",
     date="2024-09-27 12:00",
     blocks=[
         "Hoi Sofie en Kenan",
         "Voorstel voor oktober, zeg maar als iets niet past:",
         ("table", ["", "Ochtend (8.00-8.25)", "Pauze (10.05-10.20)", "Middag (12.00-12.50)"], [
             ["maandag", "Kenan", "Sofie", "Bart"], ["dinsdag", "Sofie", "Kenan", "Sofie"],
             ["woensdag", "Bart", "Kenan", "-"], ["donderdag", "Kenan", "Sofie", "Kenan"],
             ["vrijdag", "Sofie", "Bart", "Sofie"]]),
         "Bart",
     ],
     rules=[], about=[],
     note="internal helpdesk rota; nothing to flag",
     fmt=["alt", "html-table"])


# ============================================================================================
# write everything
# ============================================================================================

def main():
    ms = sorted(MAILS, key=lambda m: (m["date"], m["slug"]))
    slugs = [m["slug"] for m in ms]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    for f in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", f):
            os.remove(os.path.join(HERE, f))
    out = ["# batch39 - Sint-Pieterscollege Leuven: ICT co-ordinator, helpdesk and secretariat during the move "
           "to a new M365 tenant and new laptops (%d mails)" % len(ms), ""]
    for n, m in enumerate(ms, 1):
        root, frm, to, cc = build_message(m, n)
        fn = "%03d-%s.eml" % (n, m["slug"])
        with open(os.path.join(HERE, fn), "wb") as f:
            BytesGenerator(f, mangle_from_=False, maxheaderlen=0, policy=_policy.compat32).flatten(root)
        sender, rc = envelope(m, frm, to, cc)
        rules = m["rules"]
        if m["mis"] and "recipient" not in rules:
            raise ValueError("misdirected without recipient rule: " + m["slug"])
        if "recipient" in rules and not m["mis"]:
            raise ValueError("recipient rule without misdirected: " + m["slug"])
        if ("sensitive" in rules) != bool(m["cats"]):
            raise ValueError("sensitive/categories mismatch: " + m["slug"])
        out.append("%s:" % fn)
        out.append("  rules: %s" % ylist(rules))
        if m["cats"]:
            out.append("  categories: {sensitive: %s}" % ylist(m["cats"]))
        out.append("  mail_from: %s" % sender)
        out.append("  rcpt: %s" % ylist(rc))
        out.append("  about: %s" % ylist(resolve_about(m["about"])))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append("  note: %s" % q(m["note"]))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: %s" % ylist(m["fmt"]))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    write_roster(os.path.join(HERE, "roster.csv"))
    print("wrote %d mails, labels.yaml, roster.csv (%d pupils)" % (len(ms), len(ROSTER)))


if __name__ == "__main__":
    main()
