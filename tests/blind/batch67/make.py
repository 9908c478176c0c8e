#!/usr/bin/env python3
"""batch67 - blind labelled outbound mail for the BuSO (type 1/9) of Stroom in Kessel-Lo.

Writes next to itself:
  NNN-slug.eml   one outbound mail per file
  labels.yaml    the expected verdict of the gateway per mail
  roster.csv     the Smartschool pupil export (UTF-8 with BOM, ';')

Deterministic: fixed dates, fixed Message-IDs and MIME boundaries, seeded randomness,
zip members with fixed timestamps. Standard library only.
"""
import base64
import csv
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------
SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"

STAFF = {
    # key: (display name, personal address, function)
    "kvm": ("Katrien Vermeulen", "katrien.vermeulen@sintpieterscollege.be", "directeur BuSO"),
    "pvh": ("Pieter Van Hoof", "pieter.vanhoof@sintpieterscollege.be", "zorgcoördinator"),
    "rcl": ("Ruth Claeys", "ruth.claeys@sintpieterscollege.be", "orthopedagoge"),
    "adv": ("An Devos", "an.devos@sintpieterscollege.be", "klastitularis OV3-2A"),
    "two": ("Tom Wouters", "tom.wouters@sintpieterscollege.be", "klastitularis OV3-1B"),
    "sle": ("Sofie Lenaerts", "sofie.lenaerts@sintpieterscollege.be", "klastitularis OV2-A"),
    "bgo": ("Bart Goossens", "bart.goossens@sintpieterscollege.be", "klastitularis OV3-4A"),
    "nbo": ("Nadia Bouzid", "nadia.bouzid@sintpieterscollege.be", "klastitularis OV3-3A"),
    "hsm": ("Hilde Smets", "hilde.smets@sintpieterscollege.be", "klastitularis OBS-A"),
    "jvr": ("Jelle Vranckx", "jelle.vranckx@sintpieterscollege.be", "klastitularis OV3-2B"),
    "imo": ("Inge Moens", "inge.moens@sintpieterscollege.be", "klastitularis OV3-1A"),
    "eja": ("Eline Jacobs", "eline.jacobs@sintpieterscollege.be", "logopediste"),
    "wve": ("Wouter Verbeke", "wouter.verbeke@sintpieterscollege.be", "kinesitherapeut"),
    "lva": ("Lien Vandenberghe", "lien.vandenberghe@sintpieterscollege.be", "ergotherapeute"),
    "ghe": ("Greet Hermans", "greet.hermans@sintpieterscollege.be", "schoolverpleegkundige"),
    "dvd": ("Dirk Van Damme", "dirk.vandamme@sintpieterscollege.be", "stagecoördinator"),
    "kwi": ("Kobe Willems", "kobe.willems@sintpieterscollege.be", "ICT-coördinator"),
    "mae": ("Martine Aerts", "martine.aerts@sintpieterscollege.be", "leerlingensecretariaat"),
    "rpa": ("Rita Pauwels", "rita.pauwels@sintpieterscollege.be", "boekhouding"),
    "fka": ("Fatma Kaya", "fatma.kaya@sintpieterscollege.be", "busbegeleidster"),
    "smi": ("Senne Michiels", "senne.michiels@sintpieterscollege.be", "opvoeder"),
    "sve": ("Stijn Verhoeven", "stijn.verhoeven@sintpieterscollege.be", "leerkracht LO"),
    "lbr": ("Luc Brepoels", "luc.brepoels@sintpieterscollege.be", "technisch medewerker"),
    "jbe": ("Joke Beckers", "joke.beckers@sintpieterscollege.be", "verpleegkundige (interim)"),
    "sth": ("Simon Thys", "simon.thys@sintpieterscollege.be", "kinesitherapeut"),
    "jde": ("Jolien Dewulf", "jolien.dewulf@sintpieterscollege.be", "logopediste (interim)"),
    "nva": ("Nick Vandevelde", "nick.vandevelde@sintpieterscollege.be", "leerkracht (interim)"),
}


def S(key):
    """'Name <address>' of a staff member."""
    return "%s <%s>" % (STAFF[key][0], STAFF[key][1])


def SA(key):
    return STAFF[key][1]


DIRECTIE = "Directie BuSO Sint-Pieterscollege <directie@spc.ksleuven.be>"
SECRETARIAAT = "Leerlingensecretariaat BuSO <leerlingensecretariaat@spc.ksleuven.be>"
BOEKHOUDING = "Boekhouding Sint-Pieterscollege <boekhouding@spc.ksleuven.be>"
ICT = "ICT Sint-Pieterscollege <ict@spc.ksleuven.be>"
PERSONEEL = "personeel@spc.ksleuven.be"

EXT = {
    "clb": "Jasmien De Ridder <jasmien.deridder@vclb-leuven.be>",
    "on": "Koen Laermans <koen.laermans@on-vbo.be>",
    "ocmw": "Evi Vanderhoeven <evi.vanderhoeven@ocmw-leuven.be>",
    "bus": "Patrick Geens - Autocars Dijleland <planning@autocars-dijleland.be>",
    "dijlewerk": "Sanne Verlinden <sanne.verlinden@dijlewerk.be>",
    "wissel": "Hans Moors <hans.moors@dewissel-maatwerk.be>",
    "brabant": "Valérie Dumont <v.dumont@ateliers-brabant.be>",
    "itdijle": "Lander Smeets - IT Dijle <support@itdijle.be>",
    "senso": "Sensotheek bestellingen <bestellingen@sensotheek.be>",
    "whitfield": "Hannah Whitfield <hannah.whitfield@spectrumtraining.co.uk>",
    "lindqvist": "Maya Lindqvist <maya.lindqvist@research-autism.eu>",
    "zwemclub": "Zwemclub De Dijle - inschrijvingen <inschrijvingen@zwemclub-dijle.be>",
    "kompas": "Zorgkompas support <support@zorgkompas.be>",
    "ergoshop": "Ergoshop <info@ergoshop.be>",
    "snoezel": "Snoezel Wallonie <commandes@snoezel-wallonie.be>",
    "ouderraad": "Penningmeester ouderraad <penningmeester.ouderraad.spc@gmail.com>",
}

PRIVATE = {
    "bgo": "bartgoossens79@gmail.com",
    "lva": "lien_vdb@hotmail.com",
    "sle": "sofie.lenaerts.83@gmail.com",
    "two": "tom.wouters.fiets@gmail.com",
    "nbo": "nadia.bouzid@hotmail.com",
    "wve": "wouter.verbeke.kine@outlook.com",
}

SIG_PHONE = "016 35 72 10"  # the school's own number (personal_data when it appears)
SCHOOL_ADDR = "Gemeentestraat 12, 3010 Kessel-Lo"


def sig(key, phone=False, lang="nl"):
    name, addr, func = STAFF[key]
    lines = ["", "--", name, func[0].upper() + func[1:]]
    if lang == "fr":
        lines.append("BuSO Sint-Pieterscollege Kessel-Lo (enseignement spécialisé) | Stroom")
    elif lang == "en":
        lines.append("BuSO Sint-Pieterscollege Kessel-Lo (special needs secondary school) | Stroom")
    else:
        lines.append("BuSO Sint-Pieterscollege Kessel-Lo | Stroom")
    lines.append(SCHOOL_ADDR)
    if phone:
        lines.append(("Tél. +32 16 35 72 10" if lang == "fr" else
                      "T +32 16 35 72 10" if lang == "en" else "T " + SIG_PHONE))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------
CLASSES = ["OBS-A", "OBS-B", "OBS-C", "OV1-A", "OV1-B", "OV2-A", "OV2-B", "OV2-C",
           "OV3-1A", "OV3-1B", "OV3-1C", "OV3-2A", "OV3-2B", "OV3-2C", "OV3-3A", "OV3-3B",
           "OV3-3C", "OV3-4A", "OV3-4B", "OV3-4C", "OV4-1A", "OV4-2A", "OV4-3A", "OV4-4A"]

# id, first, last, class, parent 1, parent 2 -- the pupils the mails speak about
FEATURED = [
    ("P0001", "Lotte", "Peeters", "OV3-2A", "kris.peeters@telenet.be", "els.vangeel@gmail.com"),
    ("P0002", "Jonas", "Peeters", "OV3-4A", "peeters.hilde@skynet.be", ""),
    ("P0003", "Noah", "Van den Broeck", "OV2-A", "vdbroeck.gezin@telenet.be", "sarah.lambrechts@hotmail.com"),
    ("P0004", "Noah", "Mertens", "OV3-1B", "mertens.ilse@proximus.be", "dirk.mertens@outlook.com"),
    ("P0005", "Yasmine", "El Amrani", "OV3-3A", "fatima.elamrani@hotmail.com", "m.elamrani@gmail.com"),
    ("P0006", "Yasmina", "Bouzidi", "OV3-2B", "bouzidi.karima@gmail.com", ""),
    ("P0007", "Mila", "Janssens", "OV2-A", "fam.janssens@skynet.be", ""),
    ("P0008", "Milan", "Jacobs", "OV3-1A", "jacobs.bert@telenet.be", "annelies.wouters@gmail.com"),
    ("P0009", "Femke", "Claessens", "OV3-2A", "sara.claessens@telenet.be", ""),
    ("P0010", "Ruben", "Claes", "OV3-4A", "sarah.claes@telenet.be", "wim.claes@skynet.be"),
    ("P0011", "Emma", "Wuyts", "OV3-1B", "nathalie.verstraeten@gmail.com", "bjorn.wuyts@telenet.be"),
    ("P0012", "Finn", "Dierckx", "OV2-A", "nathalie.verstraeten@gmail.com", "kevin.dierckx@hotmail.com"),
    ("P0013", "Amine", "Ouali", "OV3-3A", "ouali.family@gmail.com", "h.ouali@hotmail.com"),
    ("P0014", "Sami", "Ouali", "OV2-A", "ouali.family@gmail.com", "h.ouali@hotmail.com"),
    ("P0015", "Kevin", "Maes", "OV3-4A", "maes.ludo@telenet.be", ""),
    ("P0016", "Dylan", "Maes", "OV3-3A", "jessica.maes@hotmail.com", ""),
    ("P0017", "Aaliyah", "Mensah", "OV2-A", "grace.mensah@gmail.com", ""),
    ("P0018", "Lucas", "Dubois", "OV3-2B", "isabelle.dubois@skynet.be", "thierry.dubois@proximus.be"),
    ("P0019", "Lucas", "Hermans", "OV3-1A", "hermans.katleen@telenet.be", ""),
    ("P0020", "Lucas", "Van Aken", "OBS-A", "vanaken.joris@gmail.com", ""),
    ("P0021", "Elif", "Yilmaz", "OV3-1B", "ayse.yilmaz@hotmail.com", ""),
    ("P0022", "Stan", "De Smet", "OV3-4A", "an.desmet@telenet.be", "geert.desmet@skynet.be"),
    ("P0023", "Robbe", "Desmet", "OV3-2A", "desmet.an@gmail.com", ""),
    ("P0024", "Jarne", "Goris", "OBS-B", "goris.tine@telenet.be", "jan.goris@skynet.be"),
    ("P0025", "Nina", "Vandersteen", "OV3-3A", "vandersteen.marc@outlook.com", ""),
    ("P0026", "Wout", "Huybrechts", "OV3-2B", "huybrechts.gezin@telenet.be", ""),
    ("P0027", "Ilias", "Benali", "OV2-A", "benali.rachid@gmail.com", "nora.elhaddouchi@hotmail.com"),
    ("P0028", "Zoë", "Vermeiren", "OV3-1A", "vermeiren.kim@icloud.com", ""),
    ("P0029", "Bram", "Cools", "OV3-4A", "cools.patrick@telenet.be", "sonja.geerts@skynet.be"),
    ("P0030", "Jade", "Mariën", "OV3-3A", "tinne.bogaerts@telenet.be", ""),
    ("P0031", "Thibo", "Van Roy", "OV2-A", "vanroy.bart@proximus.be", ""),
    ("P0032", "Hanne", "Swinnen", "OV3-2A", "swinnen-dewit@telenet.be", ""),
    ("P0033", "Mohamed", "Diallo", "OV3-1B", "aminata.diallo@gmail.com", ""),
    ("P0034", "Arne", "Jorissen", "OBS-A", "jorissen.peter@telenet.be", "lies.vos@gmail.com"),
    ("P0035", "Oliwia", "Kowalska", "OV3-3A", "anna.kowalska84@gmail.com", ""),
    ("P0036", "Seppe", "Wijns", "OV3-4A", "wijns.gert@skynet.be", ""),
    ("P0037", "Lina", "Haddad", "OV2-A", "haddad.samir@hotmail.com", ""),
    ("P0038", "Tuur", "Geerts", "OV3-2B", "geerts.veerle@telenet.be", ""),
    ("P0039", "Ferre", "Daems", "OBS-B", "daems.ben@gmail.com", "leen.daems@telenet.be"),
    ("P0040", "Chloé", "Lambert", "OV3-1A", "sophie.lambert@skynet.be", ""),
    ("P0041", "Kiano", "Tshibanda", "OV3-3A", "tshibanda.marie@outlook.com", ""),
    ("P0042", "Eva", "Smolders", "OV2-A", "smolders.gezin@proximus.be", ""),
    ("P0043", "Warre", "Coppens", "OV3-4A", "coppens.rik@telenet.be", ""),
    ("P0044", "Amber", "Verhaegen", "OV3-2A", "verhaegen.nele@gmail.com", ""),
    ("P0045", "Omar", "Saidi", "OBS-A", "khadija.saidi@hotmail.com", ""),
    ("P0046", "Mats", "Vanhoutte", "OV3-1B", "vanhoutte.stijn@telenet.be", ""),
    ("P0047", "Liam", "O'Connor", "OV2-A", "siobhan.oconnor@gmail.com", ""),
    ("P0048", "Febe", "Gielen", "OV3-3A", "gielen.johan@skynet.be", ""),
    ("P0049", "Rune", "Stevens", "OV3-4A", "sandra.stevens@telenet.be", ""),
    ("P0050", "Lore", "Schepers", "OV3-2B", "schepers.ann@telenet.be", "koen.schepers@gmail.com"),
    ("P0051", "Jens", "Vos", "OV3-3A", "vos.kristof@telenet.be", "evelien.nijs@gmail.com"),
]

# name pools per origin: (weight, pupil first names, surnames, parent first names M, parent first names F)
NAME_GROUPS = {
    "vl": (62,
           ["Lars", "Jonas", "Noah", "Lucas", "Liam", "Arthur", "Louis", "Jules", "Vic", "Mathis", "Senne",
            "Wout", "Lowie", "Kobe", "Jef", "Siebe", "Robbe", "Stan", "Milan", "Rune", "Bent", "Lander",
            "Toon", "Niels", "Dries", "Kasper", "Jasper", "Brent", "Jorn", "Ward", "Kevin", "Dylan", "Jens",
            "Bram", "Tibo", "Seppe", "Arne", "Ferre", "Warre", "Mats", "Emma", "Lotte", "Marie", "Fleur",
            "Nore", "Lien", "Hanne", "Lena", "Noor", "Ella", "Julie", "Lore", "Febe", "Axelle", "Ines",
            "Lise", "Fien", "Jana", "Mona", "Roos", "Amber", "Zoë", "Eline", "Kato", "Laura", "Silke",
            "Jitske", "Margot", "Anouk", "Britt", "Maxime", "Chloé", "Inès", "Nathan"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
            "De Smet", "Dubois", "Lambert", "Dupont", "Hermans", "Aerts", "Michiels", "Pauwels", "Verhoeven",
            "Van Damme", "Vermeulen", "Lenaerts", "Desmet", "Smets", "Bogaerts", "Vandenberghe", "Cools",
            "Coppens", "Swinnen", "Geerts", "Stevens", "Wuyts", "Van de Velde", "Verstraeten", "Huybrechts",
            "Daems", "Jorissen", "Gielen", "Schepers", "Vos", "Nijs", "Bertels", "Vanderlinden", "Thys",
            "Van Roey", "Verbeeck", "De Wit", "Leemans", "Boeckx", "Timmermans", "Moons", "Vervoort",
            "Vanhove", "Beckers", "Van Gorp", "Heylen", "Luyten", "Wellens", "Laenen", "Mariën",
            "Op de Beeck", "Vandebroek", "Renders", "Put", "Pellens", "Wyns", "Rombouts", "Van Loon",
            "Schoofs", "Vanhoof", "Van Aken", "Claessens", "Janssen", "Vandersteen", "Smolders"],
           ["Kris", "Bart", "Koen", "Tom", "Geert", "Dirk", "Peter", "Wim", "Steven", "Jan", "Filip",
            "Johan", "Sven", "Gert", "Hans", "Nico", "Tim", "Ben", "Joris", "Stijn", "Marc", "Jeroen"],
           ["Els", "An", "Sarah", "Katrien", "Veerle", "Ilse", "Liesbeth", "Inge", "Sofie", "Tine",
            "Nathalie", "Kim", "Lies", "Eva", "Griet", "Leen", "Hilde", "Annelies", "Evelien", "Nele"]),
    "ma": (14,
           ["Adam", "Ayoub", "Bilal", "Yassin", "Anas", "Rayan", "Imran", "Ilyas", "Hamza", "Mehdi",
            "Mohamed", "Omar", "Amine", "Ilias", "Sami", "Aya", "Salma", "Nour", "Sara", "Malak",
            "Yasmine", "Imane", "Hiba", "Rania", "Lina", "Yasmina", "Souhaila"],
           ["El Idrissi", "Benali", "El Amrani", "Bouzidi", "Amrani", "Ouali", "Haddad", "Chakir",
            "Azzouzi", "El Khattabi", "Boukhari", "Saidi", "Tahiri", "Ait Lahcen", "Oukili", "Ziani",
            "El Ouardi", "Bakkali"],
           ["Rachid", "Mohamed", "Youssef", "Ahmed", "Mustafa", "Karim", "Hassan", "Abdel"],
           ["Karima", "Fatima", "Nadia", "Samira", "Khadija", "Naima", "Loubna", "Hanane"]),
    "tr": (6,
           ["Emir", "Yusuf", "Kerem", "Elif", "Zeynep", "Defne", "Mert", "Ecem", "Ali", "Eymen"],
           ["Yilmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Arslan", "Aydin", "Koç"],
           ["Murat", "Mehmet", "Hakan", "Emre"],
           ["Ayse", "Fatma", "Emine", "Derya"]),
    "ee": (7,
           ["Jakub", "Kacper", "Zuzanna", "Maja", "Oliwia", "Bartek", "Andrei", "Ioana", "Darius",
            "Artem", "Sofiia", "Mariia", "Maksym"],
           ["Kowalski", "Nowak", "Wiśniewska", "Kamińska", "Popescu", "Ionescu", "Kovalenko",
            "Shevchenko", "Bondarenko", "Lewandowski"],
           ["Piotr", "Marek", "Vasyl", "Ion", "Tomasz"],
           ["Anna", "Agnieszka", "Olena", "Elena", "Katarzyna"]),
    "af": (7,
           ["Kofi", "Grace", "Divine", "Precious", "Christelle", "Joël", "Merveille", "Fatoumata",
            "Aaliyah", "Kiano", "Benedict", "Esther", "Prince"],
           ["Mensah", "Owusu", "Tshibanda", "Kabongo", "Mukendi", "Diallo", "Bah", "Camara", "Ilunga",
            "Mbuyi"],
           ["Emmanuel", "Jean-Paul", "Patrice", "Kwame", "Mamadou"],
           ["Marie", "Grace", "Aminata", "Josiane", "Ama"]),
    "ot": (4,
           ["Luca", "Giulia", "Mateo", "Tigran", "Mariam", "Linh", "Minh", "Beatriz"],
           ["Petrosyan", "Horvat", "Rossi", "Esposito", "Fernandes", "Silva", "Nguyen", "Tran"],
           ["Marco", "Armen", "Paulo", "Duc"],
           ["Francesca", "Lusine", "Ana", "Thi"]),
}
PROVIDERS = ["telenet.be", "telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com",
             "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "outlook.be",
             "icloud.com", "live.be", "scarlet.be"]


def pick_group(rnd):
    keys = sorted(NAME_GROUPS)
    return rnd.choices(keys, weights=[NAME_GROUPS[k][0] for k in keys])[0]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z0-9]", "", s.lower())


def pupil_mail(first, last):
    return "%s.%s@leerling.%s" % (ascii_slug(first), ascii_slug(last), SCHOOL)


def build_roster():
    rnd = random.Random(6701)
    staff_names = {v[0] for v in STAFF.values()}
    rows = []
    used_names = set()
    used_parent = set()
    class_count = {c: 0 for c in CLASSES}
    for pid, fn, ln, kl, p1, p2 in FEATURED:
        rows.append([pid, fn, ln, kl, pupil_mail(fn, ln), p1, p2])
        used_names.add((fn, ln))
        used_parent.update(x for x in (p1, p2) if x)
        class_count[kl] += 1
    families = []  # (group, surname, p1, p2) of random families, for siblings
    n = len(rows)
    while len(rows) < 300:
        pid = "P%04d" % (n + 1)
        sib = families and rnd.random() < 0.11
        if sib:
            grp, ln, p1, p2 = rnd.choice(families)
            if rnd.random() < 0.25:  # half-sibling: other surname, same parent addresses
                ln = rnd.choice(NAME_GROUPS[grp][2])
        else:
            grp = pick_group(rnd)
            ln = rnd.choice(NAME_GROUPS[grp][2])
        fn = rnd.choice(NAME_GROUPS[grp][1])
        if (fn, ln) in used_names or "%s %s" % (fn, ln) in staff_names:
            continue
        if not sib:
            while True:
                p1 = make_parent_addr(rnd, ln, grp, first_parent=True)
                p2 = make_parent_addr(rnd, ln, grp, first_parent=False) if rnd.random() < 0.55 else ""
                if p1 not in used_parent and p2 not in used_parent and p1 != p2:
                    break
            used_parent.update(x for x in (p1, p2) if x)
            families.append((grp, ln, p1, p2))
        n += 1
        used_names.add((fn, ln))
        low = min(class_count.values())
        kl = rnd.choice([c for c in CLASSES if class_count[c] == low])
        class_count[kl] += 1
        rows.append([pid, fn, ln, kl, pupil_mail(fn, ln), p1, p2])
    return rows


def make_parent_addr(rnd, surname, grp, first_parent):
    _, _, surnames, pm, pf_ = NAME_GROUPS[grp]
    sl = ascii_slug(surname)
    prov = rnd.choice(PROVIDERS)
    if first_parent:
        pf = ascii_slug(rnd.choice(pm + pf_))
        style = rnd.randrange(6)
        if style == 0:
            local = "%s.%s" % (pf, sl)
        elif style == 1:
            local = "%s.%s" % (sl, pf)
        elif style == 2:
            local = "fam.%s" % sl
        elif style == 3:
            local = "%s%s%d" % (pf, sl, rnd.randrange(70, 92))
        elif style == 4:
            local = "%s.%s" % (pf[0], sl)
        else:  # mother's own surname: the address does not spell the pupil's name
            local = "%s.%s" % (ascii_slug(rnd.choice(pf_)), ascii_slug(rnd.choice(surnames)))
    else:
        # second parent: sometimes from another background (mixed couples)
        g2 = grp if rnd.random() < 0.8 else pick_group(rnd)
        _, _, sn2, pm2, pf2 = NAME_GROUPS[g2]
        pf = ascii_slug(rnd.choice(pm2 + pf2))
        style = rnd.randrange(4)
        if style == 0:
            local = "%s.%s" % (pf, ascii_slug(rnd.choice(sn2)))
        elif style == 1:
            local = "%s.%s" % (pf, sl)
        elif style == 2:
            local = "%s_%s" % (pf, ascii_slug(rnd.choice(sn2)))
        else:
            local = "%s%d" % (pf, rnd.randrange(1, 99))
    return "%s@%s" % (local, prov)


ROSTER = build_roster()
BYID = {r[0]: r for r in ROSTER}


def par(pid, n=1):
    return BYID[pid][4 + n]


def pup(pid):
    return BYID[pid][4]


def name(pid):
    return "%s %s" % (BYID[pid][1], BYID[pid][2])


def klas(pid):
    return BYID[pid][3]


def class_pupils(*classes):
    return [r for r in ROSTER if r[3] in classes]


def class_parents(*classes):
    out = []
    for r in class_pupils(*classes):
        for a in (r[5], r[6]):
            if a and a not in out:
                out.append(a)
    return out


def write_roster(path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for r in ROSTER:
        w.writerow(r)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode("utf-8-sig"))


# --------------------------------------------------------------------------------------
# numbers that are personal data (valid checksums)
# --------------------------------------------------------------------------------------
def be_iban(bban10):
    """Belgian IBAN from the first 10 BBAN digits (national check added)."""
    chk = int(bban10) % 97 or 97
    bban = "%s%02d" % (bban10, chk)
    num = int("".join(str(int(c, 36)) for c in bban + "BE00"))
    iban = "BE%02d%s" % (98 - num % 97, bban)
    return " ".join(iban[i:i + 4] for i in range(0, 16, 4))


def rrn(yymmdd, seq, born2000=True):
    base = "%s%03d" % (yymmdd, seq)
    chk = 97 - int(("2" if born2000 else "") + base) % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[0:2], yymmdd[2:4], yymmdd[4:6], base[6:9], chk)


IBAN_SCHOOL = be_iban("7340412758")
IBAN_OUDERRAAD = be_iban("0017359268")

# --------------------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------------------
ZIPDATE = (2025, 1, 6, 9, 0, 0)


def _zip(members, date=ZIPDATE):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for nm, data in members:
            zi = zipfile.ZipInfo(nm, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return htmlmod.escape(s, quote=False)


FAKE_VBA = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff" +
            b"\x00" * 466 + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n"
            b"    Shell \"cmd /c copy \\\\srv-spc\\sjablonen\\*.dotx %APPDATA%\\Microsoft\\Templates\\\"\r\n"
            b"End Sub\r\n" + b"\x00" * 64)


def make_docx(paragraphs, macro=False, title="Document"):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/word/document.xml" ContentType="%s"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
            '<dc:creator>BuSO Sint-Pieterscollege</dc:creator></cp:coreProperties>' % _x(title))
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
               ("word/document.xml", doc)]
    if macro:
        members.append(("word/_rels/document.xml.rels",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                        '</Relationships>'))
        members.append(("word/vbaProject.bin", FAKE_VBA))
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, macro=False, sheet="Blad1"):
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xrows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
    wb_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % wb_ct)
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
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if macro:
        members.append(("xl/vbaProject.bin", FAKE_VBA))
    return _zip(members)


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        text.append("(%s) Tj T*" % esc(ln))
    text.append("ET")
    stream = "\n".join(text).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("cp1252", "replace"),
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


def make_csv(rows, delim=";", bom=True, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom and enc == "utf-8" else data


FAKE_EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 +
            b"\x80\x00\x00\x00" + b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$" +
            b"\x00" * 7 + b"PE\x00\x00L\x01\x03\x00" + b"\x00" * 200 + b"TherapieTimer Setup 3.2" + b"\x00" * 120)

# --------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------


def T(s):
    """dedent a triple-quoted block and drop the first newline"""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s).rstrip() + "\n"


def qlines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def outlook_quote(frm, sent, to, subject, text, cc=None, lang="nl"):
    if lang == "fr":
        h = "De : %s\nEnvoyé : %s\nÀ : %s\n" % (frm, sent, to)
        if cc:
            h += "Cc : %s\n" % cc
        h += "Objet : %s\n" % subject
    elif lang == "en":
        h = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
        if cc:
            h += "Cc: %s\n" % cc
        h += "Subject: %s\n" % subject
    else:
        h = "Van: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
        if cc:
            h += "CC: %s\n" % cc
        h += "Onderwerp: %s\n" % subject
    return "\n" + "_" * 32 + "\n" + h + "\n" + text


def gmail_quote(intro, text):
    return "\n" + intro + "\n\n" + qlines(text)


class _H2T(HTMLParser):
    BLOCK = {"p", "div", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.cell = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "title", "xml"):
            self.skip += 1
        elif tag in ("td", "th"):
            self.cell += 1
        elif tag == "br":
            self.out.append(" " if self.cell else "\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self.BLOCK and tag not in ("p", "tr") and not (self.cell and tag == "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "title", "xml"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self.cell = max(0, self.cell - 1)
            self.out.append("\t")
        elif tag in self.BLOCK and not (self.cell and tag in ("p", "div")):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        self.out.append(re.sub(r"\s+", " ", data))


def html2text(h):
    p = _H2T()
    p.feed(h)
    p.close()
    s = "".join(p.out).replace("\xa0", " ")
    lines = [re.sub(r"[ ]+", " ", ln).strip(" ") for ln in s.split("\n")]
    lines = [re.sub(r" *\t *", "\t", ln).strip("\t ") for ln in lines]
    s = "\n".join(lines)
    s = re.sub(r"\n{3,}", "\n\n", s).strip("\n")
    return s + "\n"


HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n@font-face\n\t{font-family:"Calibri";}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
             'span.E-mailStijl17\n\t{mso-style-type:personal-compose;}\n'
             'table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;}\n'
             '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')
HTML_TAIL = "</div>\n</body>\n</html>\n"


def p_html(text):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % _x(ln))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    return "".join(out)


class Table:
    def __init__(self, header, rows):
        self.header = header
        self.rows = rows

    def html(self):
        td = ('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal">%s<o:p></o:p></p></td>')
        th = ('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal"><b>%s</b><o:p></o:p></p></td>')
        s = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n']
        s.append("<tr>" + "".join(th % _x(h) for h in self.header) + "</tr>\n")
        for r in self.rows:
            s.append("<tr>" + "".join(td % _x(str(c)) for c in r) + "</tr>\n")
        s.append("</table>\n")
        return "".join(s)


def outlook_html(*chunks):
    parts = [HTML_HEAD]
    for c in chunks:
        parts.append(c.html() if isinstance(c, Table) else p_html(c))
    parts.append(HTML_TAIL)
    return "".join(parts)


# --------------------------------------------------------------------------------------
# message building
# --------------------------------------------------------------------------------------
MAILS = []


def mail(slug, date, frm, to, subject, body=None, *, html=None, cc=(), bcc=(), env_from=None,
         rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=("plain",), atts=(),
         charset="utf-8", cte=None, mailer="outlook", reply=None, extra=(), tz=None):
    MAILS.append(dict(slug=slug, date=date, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      subject=subject, body=body, html=html,
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc],
                      env_from=env_from, rules=list(rules), cats=list(cats), about=list(about),
                      mis=mis, note=note, lang=lang, fmt=list(fmt), atts=list(atts), charset=charset,
                      cte=cte, mailer=mailer, reply=reply, extra=list(extra)))


def addr_of(s):
    return getaddresses([s])[0][1]


def enc_addr(s):
    nm, ad = getaddresses([s])[0]
    if not nm:
        return ad
    return formataddr((nm, ad), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def be_tz(dt):
    # Belgian summer time: last Sunday of March .. last Sunday of October
    def last_sunday(y, m):
        d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = last_sunday(dt.year, 3).replace(hour=2)
    end = last_sunday(dt.year, 10).replace(hour=3)
    return timezone(timedelta(hours=2 if start <= dt < end else 1))


def wrap64(data):
    b = base64.b64encode(data).decode("ascii")
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"


def text_part(text, subtype="plain", charset="utf-8", cte=None):
    data = text.encode(charset)
    if cte is None:
        if all(b < 128 for b in data):
            cte = "7bit"
        else:
            cte = "quoted-printable" if subtype == "html" else "8bit"
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii").encode("ascii")
    elif cte == "base64":
        payload = wrap64(data).encode("ascii")
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr.encode("ascii") + b"\n" + payload


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docm": "application/vnd.ms-word.document.macroEnabled.12",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    "csv": "text/csv",
    "txt": "text/plain",
    "zip": "application/x-zip-compressed",
    "bat": "application/x-msdownload",
    "vbs": "text/vbscript",
    "jpg": "image/jpeg",
    "png": "image/png",
}


def att_part(filename, data):
    ext = filename.rsplit(".", 1)[-1].lower()
    ct = CTYPES.get(ext, "application/octet-stream")
    hdr = ('Content-Type: %s; name="%s"\nContent-Description: %s\n'
           'Content-Disposition: attachment; filename="%s"; size=%d\n'
           'Content-Transfer-Encoding: base64\n' % (ct, filename, filename, filename, len(data)))
    return hdr.encode("ascii") + b"\n" + wrap64(data).encode("ascii")


def multipart(subtype, parts, boundary):
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)).encode("ascii")]
    if subtype == "mixed":
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(("--%s\n" % boundary).encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode("ascii"))
    return b"".join(out)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-BE")],
    "outlook-fr": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-BE")],
    "outlook-en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    "owa": [("X-MS-Has-Attach", ""), ("Content-Language", "nl-BE")],
    "iphone": [("X-Mailer", "iPhone Mail (21D61)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "smartschool": [("X-Mailer", "Smartschool Mailer")],
}


def build(m, num):
    h = hashlib.sha1(("batch67/%s" % m["slug"]).encode()).hexdigest()
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M")
    dt = dt.replace(tzinfo=be_tz(dt))
    dom = addr_of(m["env_from"] or m["frm"]).split("@")[1]
    if dom.endswith(SHORT) or dom.endswith(SCHOOL) or dom.endswith("lksd.ksleuven.be"):
        mid_dom = "AM0PR02MB%s.eurprd02.prod.outlook.com" % h[:4].upper()
    else:
        mid_dom = dom
    mid = "<%s.%s@%s>" % (h[:16].upper(), h[16:24], mid_dom)

    # body structure
    text, html = m["body"], m["html"]
    fmt = m["fmt"]
    if html is not None and text is None and "html-only" not in fmt:
        text = html2text(html)
    if html is None and "alt" in fmt:
        html = outlook_html(text)
    if "html-only" in fmt:
        body = text_part(html, "html", "utf-8", "quoted-printable")
    elif html is not None:
        body = multipart("alternative", [text_part(text, "plain", m["charset"], m["cte"]),
                                         text_part(html, "html", "utf-8", "quoted-printable")],
                         "_000_%s_" % h[:24].upper())
    else:
        body = text_part(text, "plain", m["charset"], m["cte"])
    if m["atts"]:
        parts = [body] + [att_part(fn, data) for fn, data in m["atts"]]
        body = multipart("mixed", parts, "_004_%s_" % h[8:32].upper())

    hdrs = [("From", enc_addr(m["frm"]))]
    hdrs.append(("To", ",\n ".join(enc_addr(a) for a in m["to"]) if m["to"] else "undisclosed-recipients:;"))
    if m["cc"]:
        hdrs.append(("CC", ",\n ".join(enc_addr(a) for a in m["cc"])))
    hdrs.append(("Subject", enc_subject(m["subject"])))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", mid))
    if m["reply"]:
        rh = hashlib.sha1(("batch67/parent/%s" % m["slug"]).encode()).hexdigest()
        pm = "<%s@%s>" % (rh[:20], m["reply"])
        hdrs.append(("In-Reply-To", pm))
        hdrs.append(("References", pm))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += MAILERS.get(m["mailer"], [])
    hdrs += m["extra"]
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("utf-8")
    return head + body


# --------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CAT_ORDER = ["family", "psychosocial", "medical", "care", "financial"]


def yq(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def label_entry(fname, m):
    env_from = addr_of(m["env_from"] or m["frm"])
    rcpt = []
    for a in m["to"] + m["cc"] + m["bcc"]:
        ad = addr_of(a)
        if ad not in rcpt:
            rcpt.append(ad)
    rules = sorted(set(m["rules"]), key=RULE_ORDER.index)
    lines = ["%s:" % fname, "  rules: [%s]" % ", ".join(rules)]
    if "sensitive" in rules:
        cats = sorted(set(m["cats"]), key=CAT_ORDER.index)
        lines.append("  categories: {sensitive: [%s]}" % ", ".join(cats))
    lines.append("  mail_from: %s" % env_from)
    lines.append("  rcpt: [%s]" % ", ".join(rcpt))
    lines.append("  about: [%s]" % ", ".join(m["about"]))
    lines.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
    lines.append("  note: %s" % yq(m["note"]))
    lines.append("  lang: %s" % m["lang"])
    lines.append("  format: [%s]" % ", ".join(m["fmt"]))
    return "\n".join(lines) + "\n"


def check_mail(m):
    r = set(m["rules"])
    assert r <= set(RULE_ORDER), (m["slug"], r)
    assert ("sensitive" in r) == bool(m["cats"]), m["slug"]
    assert set(m["cats"]) <= set(CAT_ORDER), m["slug"]
    assert ("recipient" in r) == m["mis"], m["slug"]
    for pid in m["about"]:
        assert pid in BYID, (m["slug"], pid)
    if m["mis"]:
        rc = {addr_of(a) for a in m["to"] + m["cc"] + m["bcc"]}
        for pid in m["about"]:
            assert not (rc & {par(pid, 1), par(pid, 2)} - {""}), m["slug"]
        allpar = {r[5] for r in ROSTER} | {r[6] for r in ROSTER}
        assert rc & allpar, m["slug"]


# ======================================================================================
# A. credentials (password)
# ======================================================================================
def section_passwords():
    mail("kompas-login-nieuwe-logopediste", "2024-09-02 08:41", S("kwi"), [S("jde")],
         "Je login voor Kompas (zorgplatform)", T("""
        Dag Jolien,

        Welkom in ons team! Zoals beloofd je gegevens voor het zorgplatform Kompas, zodat je morgen
        de dossiers van je logopedieleerlingen kan openen:

        Adres: https://spc.zorgkompas.be
        Gebruikersnaam: jolien.dewulf
        Startwachtwoord: Kompas!7319

        Bij de eerste aanmelding moet je het wachtwoord wijzigen en de Authenticator-app koppelen.
        Lukt dat niet, loop dan even langs in lokaal A.104 (naast het secretariaat).

        Groetjes,
        Kobe
        """) + sig("kwi"),
         rules=["password"], note="start password for the care platform sent in clear to a new therapist",
         fmt=["plain"])

    mail("bezoek-jobcoaches-wifi", "2024-10-08 14:05", S("dvd"), [EXT["dijlewerk"]],
         "Overleg jobcoaches 17/10 - praktisch", T("""
        Dag Sanne,

        Fijn dat jullie met drie komen op donderdag 17 oktober. Praktisch:

        - We starten om 13u30 in de refter van gebouw B (ingang via de Gemeentestraat, parking achteraan).
        - Agenda: evaluatie eerste stageperiode, planning blokstages tweede trimester, vervoer.
        - Voor wie een laptop meebrengt: het gastennetwerk is SPC-Gasten, de sleutel is Dijle-Gast-2024!

        Tot dan,
        Dirk
        """) + sig("dvd", phone=True),
         rules=["password", "personal_data"],
         note="Wi-Fi key for guests mailed to an outside partner; school phone number in the signature",
         fmt=["alt"])

    mail("deurcode-therapievleugel", "2024-09-04 16:22", S("kvm"), [S("sth")],
         "Toegang therapievleugel na 16u", T("""
        Dag Simon,

        Nog iets wat ik vanmorgen vergat bij je onthaal: de therapievleugel (gang T) gaat om 16u
        automatisch op slot. Wie daarna nog verslagen wil afwerken, komt binnen met de deurcode
        4711 gevolgd door het hekje (#). Deel de code niet met stagiairs of ouders aub.

        Katrien
        """),
         rules=["password"], note="door code of the therapy wing", fmt=["plain"])

    mail("printcode-konica", "2024-09-03 10:17", S("mae"), [S("jvr")],
         "RE: printen lukt niet", T("""
        Hoi Jelle,

        Je badge was nog niet gekoppeld, dat is nu in orde. Je persoonlijke printcode voor de
        Konica's in de leraarskamer en in gang C is 3391. Je kan die later zelf wijzigen via het
        printportaal.

        Martine
        """) + outlook_quote("Jelle Vranckx", "dinsdag 3 september 2024 9:52", "Martine Aerts",
                               "printen lukt niet", T("""
        Martine, als ik mijn badge tegen de printer hou krijg ik 'onbekende gebruiker'. Kan jij eens kijken?
        Jelle
        """)),
         rules=["password"], note="personal printer PIN in a reply", fmt=["plain", "reply"],
         reply="AM0PR02MB0001.eurprd02.prod.outlook.com")

    mail("overdracht-verpleegpost-interim", "2024-11-22 15:48", S("ghe"), [S("jbe")],
         "Overdracht verpleegpost vanaf maandag", T("""
        Dag Joke,

        Hierbij zoals afgesproken mijn overdracht voor de komende weken. Alvast heel erg bedankt dat
        je inspringt!

        PRAKTISCH
        • De verpleegpost is lokaal A.009. De sleutel van de medicatiekast hangt in het kleine
          sleutelkastje met cijferslot naast het raam, code 0628.
        • Het register (blauwe map) vul je na elke toediening aan, met uur en paraaf.
        • EHBO-tassen voor de uitstappen staan onderaan in de witte kast.

        DAGELIJKSE MEDICATIE
        • Finn Dierckx (OV2-A): Depakine 300 mg om 12u15, bij het middagmaal.
        • Lina Haddad (OV2-A): insulinepen, glycemie meten voor het middagmaal; druivensuiker in de
          klas bij een hypo (Sofie weet het).
        • Mats Vanhoutte (OV3-1B): Rilatine 10 mg om 12u00.
        • Thibo Van Roy (OV2-A): Buccolam 10 mg bij een aanval die langer dan 5 minuten duurt,
          de spuit zit in zijn rugzak en een reserve in de kast.

        Ik ben vanaf maandag niet meer bereikbaar, bij vragen ga je naar Pieter Van Hoof.

        Veel succes!
        Greet
        """) + sig("ghe"),
         rules=["password", "sensitive"], cats=["medical"], about=["P0012", "P0037", "P0046", "P0031"],
         note="handover note: code of the key box of the medication cabinet plus named pupils' medication",
         fmt=["plain"])

    codes = ["8493-2201", "5172-0964", "3308-7745", "9021-4486", "6650-1139",
             "2784-5520", "7419-3302", "1196-8857", "4863-0271", "6527-0914"]
    mail("herstelcodes-m365-directie", "2024-10-01 07:55", S("kwi"), [S("kvm")],
         "Je nieuwe herstelcodes (MFA)", T("""
        Dag Katrien,

        Omdat je nieuwe gsm de Authenticator-app nog niet had, heb ik je MFA opnieuw ingesteld.
        Hieronder je 10 herstelcodes. Elke code werkt één keer als je gsm niet bij de hand is.
        Druk ze af en bewaar ze in de kluis, en verwijder deze mail daarna.

        """) + "\n".join("  %2d.  %s" % (i + 1, c) for i, c in enumerate(codes)) + "\n\n" + T("""
        Groeten,
        Kobe
        """),
         rules=["password"], note="list of MFA recovery codes for the director", fmt=["plain"])

    mail("bestelling-sensotheek-smscode", "2025-02-11 10:32", S("lva"), [S("wve")],
         "code!!", T("""
        Wouter, snel: ik zit met de bestelling van de verzwaringsdekens vast op de schoolaccount
        van Sensotheek, de sms-code komt op jouw gsm toe blijkbaar?? Ik kreeg van hun helpdesk deze
        door: verificatiecode 482913 (nog 10 min geldig). Kan jij op jouw pc het winkelmandje
        bevestigen met die code? Ik moet naar de klas.

        Lien
        """),
         rules=["password"], note="one-time verification code passed on to a colleague", fmt=["plain"])

    rows = [["Naam", "Voornaam", "Klas", "Gebruikersnaam", "Startwachtwoord"]]
    rnd = random.Random(671)
    ov31b = class_pupils("OV3-1B")
    words = ["Boom", "Fiets", "Appel", "Wolk", "Zon", "Bal", "Trein", "Vis", "Kat", "Ster", "Huis", "Maan",
             "Boot", "Bloem"]
    for r in ov31b:
        pw = "%s%d%s" % (rnd.choice(words), rnd.randrange(10, 99), rnd.choice("!#*+"))
        rows.append([r[2], r[1], r[3], r[4].split("@")[0], pw])
    mail("smartschool-startwachtwoorden-ov3-1b", "2024-09-05 12:10", S("kwi"), [S("two")],
         "Startwachtwoorden Smartschool OV3-1B", T("""
        Dag Tom,

        In bijlage de startwachtwoorden van jouw klas voor Smartschool. Wil je die morgen in het
        eerste lesuur met de leerlingen overlopen? Ze moeten het bij de eerste aanmelding zelf wijzigen.
        Wie het nieuwe wachtwoord vergeet, stuur je gewoon naar mij.

        Kobe
        """),
         atts=[("OV3-1B_startwachtwoorden.csv", make_csv(rows))],
         rules=["password"], about=[r[0] for r in ov31b],
         note="CSV with the start passwords of a whole class", fmt=["plain", "attachment-csv"])

    doc = make_docx([
        "Onthaal interimleerkracht - BuSO Sint-Pieterscollege Kessel-Lo",
        "Welkom! Op deze fiche vind je alles voor je eerste dag.",
        "Uurrooster: zie Smartschool > Planner. Je vervangt de lessen PAV en Nederlands in OV3-3B.",
        "Sleutels: af te halen op het secretariaat tegen handtekening.",
        "Wifi personeel: netwerk SPC-Personeel, wachtwoord Stroom#Personeel24",
        "Smartschool: gebruikersnaam nick.vandevelde, startwachtwoord Welkom-2024 (wijzigen bij eerste aanmelding)",
        "Parking: enkel achteraan, niet voor de poort van de bussen.",
        "Vragen? Martine Aerts (secretariaat) of Katrien Vermeulen (directie).",
    ], title="Onthaal interimleerkracht")
    mail("onthaalfiche-interimleerkracht", "2024-10-14 16:40", S("mae"), [S("nva")],
         "Onthaalfiche", T("""
        Dag Nick,

        Welkom bij ons! In bijlage de onthaalfiche met het praktische voor morgen (uurrooster,
        sleutels, wifi, Smartschool). Kom je om 8u05 even langs op het secretariaat?

        Vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         atts=[("Onthaal_interimleerkracht.docx", doc)],
         rules=["password"], note="Word attachment with the staff Wi-Fi password and a start password",
         fmt=["plain", "attachment-docx"])

    mail("klaslaptop-obs-a", "2024-11-06 09:03", S("hsm"), [S("smi")],
         "laptop", T("""
        Senne, het wachtwoord van de klaslaptop in OBS-A is: hoofdletter K, dan e s s e l, dan 3010
        en dan een uitroepteken. Dus K-e-s-s-e-l-3-0-1-0-! aan elkaar.
        Ik ben vanmiddag weg, jij neemt het filmpje over.

        Verzonden vanaf mijn iPhone
        """),
         mailer="iphone", rules=["password"], note="laptop password spelled out letter by letter",
         fmt=["plain", "phone"])

    mail("ergo-tablet-account", "2024-09-18 13:14", S("lva"), [S("sth")],
         "account ergo-tablet", T("""
        Hey Simon,

        Zoals gevraagd: de gedeelde tablet van ergo/kine log je in met gebruiker therapie-ergo.
        Het wachtwoord stuur ik in twee stukken, voor de veiligheid ;-)

        Eerste deel: Lente
        Tweede deel (zonder spatie erachter plakken): 2025#ergo

        Lien
        """),
         rules=["password"], note="password split over two lines", fmt=["plain"])

    mail("sleutelkluisje-de-wissel", "2025-03-10 17:25", S("dvd"), [S("bgo")],
         "Morgen De Wissel", T("""
        Bart,

        Morgen begeleid jij de stagiairs bij De Wissel. Hans is pas om 8u30 op het atelier. Als je
        met de groep vroeger aankomt: de sleutel van de kantine zit in het sleutelkluisje naast de
        achterdeur, code 1984. Leg hem na gebruik terug en draai de cijfers weg.

        Dirk
        """),
         rules=["password"], note="key-safe code at a training placement", fmt=["plain"])

    mail("avondactiviteit-afsluiten", "2024-12-05 11:45", S("kvm"), [S("nva")],
         "Afsluiten gebouw B na de kerstmarkt", T("""
        Dag Nick,

        Bedankt dat jij donderdag na de kerstmarkt gebouw B afsluit. Luc is die avond niet
        beschikbaar. Stappenplan:

        1. Alle ramen dicht, lichten uit in de refter en de klassen van de gelijkvloers.
        2. Alarm aanzetten aan het paneel naast de hoofdingang: alarmcode 7259, dan ON.
        3. Je hebt 45 seconden om buiten te gaan; deur dichttrekken tot je de klik hoort.

        Bij problemen bel je de permanentie van de directie.

        Katrien
        """),
         rules=["password"], note="alarm code of the building", fmt=["plain"])

    mail("herinstallatie-therapielaptops", "2025-01-20 08:30", S("kwi"), [EXT["itdijle"]],
         "Interventie woensdag - therapielaptops", T("""
        Dag Lander,

        Voor de herinstallatie van de 12 therapielaptops (HP ProBook, lokaal T3) woensdag:

        - ze staan allemaal in de laadkast, sleutel aan het onthaal;
        - lokaal beheerdersaccount: .\\spcadmin
        - wachtwoord: Kl!nk3rt-88
        - na de interventie graag dat wachtwoord wijzigen en het nieuwe via de kluis in ons
          wachtwoordbeheer zetten, niet per mail terugsturen.

        Alvast bedankt,
        Kobe
        """) + sig("kwi"),
         rules=["password"], note="local admin password sent to an outside IT partner", fmt=["plain"])

    mail("wachtwoord-zip-verslagen", "2025-01-27 16:02", S("eja"), [EXT["on"]],
         "wachtwoord bestand", T("""
        Dag Koen,

        In een aparte mail kreeg je daarnet het zip-bestand met de verslagen voor het overleg van
        donderdag. Het wachtwoord om het te openen is: Verslag#Dijle25

        Groetjes,
        Eline
        """),
         rules=["password"], note="password of an encrypted zip sent in a separate mail (still a secret)",
         fmt=["plain"])

    mail("gedeelde-mailbox-secretariaat", "2024-10-25 12:35", S("mae"), [S("nva")],
         "Mailbox secretariaat", T("""
        Nick,

        Vanaf maandag help je mee aan het onthaal tijdens mijn opleiding. De gedeelde mailbox
        open je in Outlook via Bestand > Account toevoegen:

        gebruikersnaam: leerlingensecretariaat@spc.ksleuven.be
        wachtwoord: Secr3t@riaat-SPC

        De afwezigheden van de leerlingen geef je in Smartschool in zoals ik het je toonde.

        Martine
        """),
         rules=["password"], note="password of the shared secretariat mailbox", fmt=["plain"])

    mail("portail-stages-ateliers-brabant", "2025-02-03 09:20", S("dvd"), [EXT["brabant"]],
         "Accès au portail des stages", T("""
        Bonjour Madame Dumont,

        Comme convenu lors de notre appel, voici les données d'accès à notre portail des stages, où
        vous pourrez compléter les évaluations hebdomadaires de nos élèves :

        Adresse : https://stages.spc.ksleuven.be
        Identifiant : stage.ateliersbrabant
        Mot de passe : Wavre*2025

        N'hésitez pas à me contacter en cas de problème.

        Bien cordialement,
        Dirk Van Damme
        """) + sig("dvd", phone=True, lang="fr"),
         mailer="outlook-fr", lang="fr", rules=["password", "personal_data"],
         note="login and password for the placement portal sent to a French-speaking partner; phone in signature",
         fmt=["plain"])

    mail("guest-account-training-day", "2024-11-12 18:10", S("kvm"), [EXT["whitfield"]],
         "Staff training day 22 November - practical information", T("""
        Dear Hannah,

        Thank you again for agreeing to lead our staff training day on visual support and
        de-escalation. A few practical points:

        - We start at 8.45 in the school hall (building B); coffee from 8.15.
        - Projector and speakers are available; an HDMI adapter is on the lectern.
        - Guest account for the presentation PC: username gast.whitfield, password BlueDijle!42
        - The Wi-Fi network is SPC-Gasten; the same password works there.

        Looking forward to meeting you,
        Katrien Vermeulen
        Head of school
        """),
         mailer="outlook-en", lang="en", rules=["password"],
         note="guest account password for an English-speaking trainer", fmt=["plain"])

    html = outlook_html(
        "Dag Katrien,\n\nHierbij het overzicht van de accounts voor de interims die maandag starten. "
        "Kan jij dit tijdens het onthaal aan hen geven?\n",
        Table(["Naam", "Functie", "Smartschool", "Startwachtwoord", "Kompas"],
              [["Nick Vandevelde", "leerkracht PAV", "nick.vandevelde", "Start-2024!nv", "ja"],
               ["Jolien Dewulf", "logopediste", "jolien.dewulf", "Start-2024!jd", "ja"],
               ["Joke Beckers", "verpleegkundige", "joke.beckers", "Start-2024!jb", "ja"],
               ["Simon Thys", "kinesitherapeut", "simon.thys", "Start-2024!st", "nee"]]),
        "\nGroetjes,\nMartine\n")
    mail("accounts-interims-overzicht", "2024-11-21 14:55", S("mae"), [S("kvm")],
         "Accounts interims", html=html,
         rules=["password"], note="HTML table with start passwords of substitute staff",
         fmt=["alt", "table"])

    mail("re-code-kopieerruimte", "2024-09-09 10:48", S("hsm"), [S("jvr")],
         "RE: code kopieerruimte?", T("""
        1357 en dan het sterretje. Soms moet je twee keer proberen, het klavier hapert.

        Hilde
        """) + outlook_quote("Jelle Vranckx", "maandag 9 september 2024 10:41", "Hilde Smets",
                               "code kopieerruimte?", T("""
        Hoi Hilde, weet jij de code van de deur van de kopieerruimte? Martine is er niet.
        Jelle
        """)),
         rules=["password"], note="door code given in a short reply", fmt=["plain", "reply"],
         reply="AM0PR02MB0002.eurprd02.prod.outlook.com")

    mail("fw-tijdelijk-wachtwoord-kompas", "2025-01-08 21:14", S("bgo"), [PRIVATE["bgo"]],
         "FW: Tijdelijk wachtwoord Kompas", T("""
        om thuis te kunnen inloggen
        """) + outlook_quote("ICT Sint-Pieterscollege", "woensdag 8 januari 2025 15:02", "Bart Goossens",
                               "Tijdelijk wachtwoord Kompas", T("""
        Dag Bart,

        Je account op Kompas werd na de vakantie geblokkeerd. Je tijdelijk wachtwoord is:
        Tmp-58231-kx

        Wijzig het bij de volgende aanmelding.
        ICT
        """)),
         rules=["password", "private_account"],
         note="staff forwards a temporary password to his own gmail address",
         fmt=["plain", "forward"])

    mail("tankkaart-minibus", "2024-10-02 11:05", S("rpa"), [S("lbr")],
         "Nieuwe tankkaart minibus", T("""
        Dag Luc,

        De nieuwe tankkaart voor de minibus (1-KLM-xxx) ligt in je bakje op het secretariaat.
        De pincode is 6042. Bewaar de code niet bij de kaart in het dashboardkastje aub, vorig jaar
        hadden we daar problemen mee.

        Rita
        """),
         rules=["password"], note="PIN of the fuel card", fmt=["plain"])

    mail("coaccount-smartschool-lore", "2024-09-12 09:30", S("mae"), [par("P0050", 2)],
         "Co-account Smartschool", T("""
        Beste meneer Schepers,

        Op uw vraag van gisteren: hieronder de gegevens van uw co-account voor Smartschool. Zo kan
        u zelf de berichten en de agenda van Lore volgen.

        Adres: https://sintpieterscollege.smartschool.be
        Gebruikersnaam: lore.schepers
        Kies bij het aanmelden 'co-account 2'
        Wachtwoord: Vlinder-4821

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         rules=["password"], about=["P0050"],
         note="co-account password mailed to the (right) parent", fmt=["plain"])

    mail("kompas-account-gedeblokkeerd", "2025-03-03 08:12", S("kwi"), [S("eja")],
         "Kompas: account gedeblokkeerd", T("""
        Dag Eline,

        Je account op Kompas werd geblokkeerd na 5 mislukte pogingen (vermoedelijk de oude
        wachtwoordmanager op je thuis-pc). Ik heb het gedeblokkeerd.

        Nieuw tijdelijk wachtwoord: Z0rg=Plat4m!
        (let op: met een nul in Z0rg en een gelijkheidsteken)

        Bij de eerste aanmelding kies je een nieuw wachtwoord van minstens 14 tekens.

        Groeten,
        Kobe
        """), cte="quoted-printable",
         rules=["password"], note="temporary password in a quoted-printable body", fmt=["plain-qp"])

    mail("wifi-tablets-therapieruimte", "2024-10-16 13:37", S("lva"), [S("wve")],
         "Wifi voor de tablets in T5", T("""
        Wouter,

        De tablets in de snoezel-/therapieruimte T5 zitten op een apart netwerk, daarom werkt de
        timer-app niet als je ze op het gewone wifi zet. Gegevens:

        Netwerk: SPC-Therapie-Tablets
        WPA2-sleutel: 7hR!sens0ry-Room

        Groetjes,
        Lien
        """), cte="base64",
         rules=["password"], note="Wi-Fi key in a base64 encoded body", fmt=["plain-base64"])

    mail("tablet-oudercontact", "2024-12-12 12:02", S("mae"), [S("adv")],
         "Tablet oudercontact vrijdag", T("""
        Dag An,

        De tablet voor het oudercontact van vrijdag ligt in de kast van lokaal B.012 (bovenste
        plank, in de grijze hoes). Ontgrendelen met pincode 835204. De Smartschool-account op de
        tablet is al aangemeld; als hij toch vraagt: wachtwoord Café-Dijle9 (met accent op de é).

        Succes!
        Martine
        """), charset="cp1252", cte="8bit",
         rules=["password"], note="tablet PIN and account password in a Windows-1252 body",
         fmt=["plain-cp1252"])

    mail("ww-kopieerkaart", "2025-02-20 07:48", S("smi"), [S("hsm")],
         "ww kopieerkaart = 88412", T("""
        zie onderwerp, van mij, niet doorgeven aub :)

        Verzonden vanaf mijn iPhone
        """),
         mailer="iphone", rules=["password"], note="copier card PIN in the subject line",
         fmt=["plain", "phone", "subject"])

    mail("stageplatform-login", "2024-09-25 15:15", S("dvd"), [S("bgo")],
         "stageplatform", T("""
        Bart, voor de evaluaties in het stageplatform van Dijlewerk:
        gebruiker: bgo_stage / ww: Kessel-Lo#2025
        Vul de evaluaties van jouw stagiairs tegen vrijdag in aub.
        Dirk
        """),
         rules=["password"], note="credentials with the abbreviation ww", fmt=["plain"])

    html = outlook_html(
        "Dag Koen,\n\nHierbij de uitnodiging voor het overleg over de ondersteuning in OV3-3A. "
        "Als je toch fysiek komt: het gastnetwerk op school is SPC-Gasten, wachtwoord Gast!Dijle-77.\n\n"
        "Groeten,\nPieter\n",
        "________________________________________________________________________________\n"
        "Microsoft Teams-vergadering\n"
        "Deelnemen op uw computer, mobiele app of ruimteapparaat\n"
        "Klik hier om deel te nemen aan de vergadering\n"
        "Vergaderings-ID: 374 815 902 116\n"
        "Wachtwoordcode: Yt6sR3\n"
        "Meer informatie | Opties voor vergadering\n"
        "________________________________________________________________________________\n")
    mail("teams-overleg-ondersteuning-ov3-3a", "2025-01-14 11:20", S("pvh"), [EXT["on"]],
         "Overleg ondersteuning OV3-3A - do 23/1 14u", html=html,
         rules=["password"],
         note="Teams passcode is allowed, but the guest Wi-Fi password in the same mail is not",
         fmt=["alt", "meeting"])

    mail("zorg-gsm-deze-week", "2024-10-21 07:40", S("pvh"), [S("rcl")],
         "zorg-gsm", T("""
        Dag Ruth,

        Deze week heb jij de zorg-gsm (ligt in de lade van mijn bureau). Ontgrendelen met 1990,
        de pincode van de voicemail is 2468. Laad hem 's avonds op aub.

        Pieter
        """),
         rules=["password"], note="phone unlock code and voicemail PIN", fmt=["plain"])

    mail("fietsenberging-hangslot", "2025-04-22 08:05", S("sve"), [S("nva")],
         "Fietsles donderdag", T("""
        Dag Nick,

        Jij neemt donderdag de fietsles van OV3-2B over. De fietsen staan in de fietsenberging achter
        de turnzaal, het hangslot heeft code 3-7-0-1. Helmen liggen in de rode bak.

        Sportieve groet,
        Stijn
        """),
         rules=["password"], note="combination lock code", fmt=["plain"])

    txt = T("""
        iPads logopedie/ergo - Apple ID's (NIET doorgeven aan leerlingen)
        iPad 1 (logo K.021)   therapie.ipad1@spc.ksleuven.be   wachtwoord: Ipad1-Dijle!
        iPad 2 (logo K.021)   therapie.ipad2@spc.ksleuven.be   wachtwoord: Ipad2-Dijle!
        iPad 3 (ergo T5)      therapie.ipad3@spc.ksleuven.be   wachtwoord: Ipad3-Dijle!
        Schermtijd-code alle iPads: 5309
        """).replace("\n", "\r\n").encode("utf-8")
    mail("ipads-logopedie-apple-ids", "2024-09-10 15:30", S("kwi"), [S("eja")],
         "iPads logopedie", T("""
        Dag Eline,

        De drie iPads zijn opnieuw ingesteld. De Apple ID's en codes staan in de bijlage.

        Kobe
        """),
         atts=[("ipads_logins.txt", txt)],
         rules=["password"], note="text attachment with Apple ID passwords and a screen-time code",
         fmt=["plain", "attachment-txt"])

    mail("reservecodes-kompas", "2024-12-02 13:12", S("kwi"), [S("wve")],
         "Reservecodes Kompas", T("""
        Wouter,

        Omdat je geen smartphone voor de app wil gebruiken, hierbij reservecodes voor Kompas.
        Elke code is één keer bruikbaar:

        7730 1184
        2219 5540
        9042 6617
        3358 0921
        6175 4403

        Als ze op zijn, vraag je nieuwe.
        Kobe
        """),
         rules=["password"], note="backup login codes for the care platform", fmt=["plain"])

    mail("bitlocker-herstelsleutel", "2025-02-24 08:22", S("kwi"), [S("two")],
         "RE: laptop vraagt een sleutel", T("""
        Dag Tom,

        Geen paniek, dat gebeurt na een BIOS-update. Controleer of de sleutel-ID begint met 5E2A1C07
        en geef dan deze herstelsleutel in:

        318274-552209-104533-690712-281963-447018-736120-759367

        Daarna start hij gewoon op.
        Kobe
        """) + outlook_quote("Tom Wouters", "maandag 24 februari 2025 8:09", "ICT Sint-Pieterscollege",
                               "laptop vraagt een sleutel", T("""
        Mijn laptop toont een blauw scherm 'BitLocker-herstel' en vraagt een sleutel. Wat nu?
        Tom
        """)),
         rules=["password"], note="BitLocker recovery key", fmt=["plain", "reply"],
         reply="AM0PR02MB0003.eurprd02.prod.outlook.com")

    mail("geld-uitstap-kluis", "2025-05-14 16:50", S("rpa"), [S("mae")],
         "Morgen afwezig - geld uitstap", T("""
        Martine,

        Ik ben morgen afwezig (opleiding). Het cash geld voor de uitstap naar Planckendael zit in de
        kluis van het secretariaat. Code: 5 - 1 - 8 - 3, eerst naar links draaien. Geef het aan Sofie
        als ze het komt halen en laat haar tekenen.

        Rita
        """),
         rules=["password"], note="safe combination", fmt=["plain"])


# ======================================================================================
# B. look-alikes: codes and numbers that open nothing, mails about passwords without one
# ======================================================================================
def section_lookalikes():
    mail("route-7b-vanaf-februari", "2025-01-23 09:12", S("mae"), [EXT["bus"]],
         "Wijziging route 7 vanaf 3 februari", T("""
        Dag Patrick,

        Zoals telefonisch besproken: vanaf maandag 3 februari rijdt route 7 als route 7B.

        - Halte 12 (Kerkstraat Linden) vervalt.
        - Halte 14 (Kapelstraat) schuift 5 minuten op: nieuw ophaaluur 7u42.
        - Busnummer 31 blijft op deze route, de begeleidster blijft dezelfde.
        - Aankomst op school blijft 8u25, aan poort 2.

        Kan u de aangepaste routefiche (versie 7B-v2) nog deze week doorsturen?

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         note="bus route, stop and bus numbers: nothing that opens anything", fmt=["plain"])

    mail("verhuis-therapielokalen", "2024-08-29 14:40", S("pvh"),
         [S("eja"), S("wve"), S("lva"), S("sth")],
         "Therapielokalen vanaf 2 september", T("""
        Dag collega's,

        De werken in gang K zijn bijna klaar. Vanaf maandag 2 september:

        - logopedie: van K.014 naar K.021 (het vroegere lokaal aardrijkskunde)
        - kinesitherapie: blijft in zaal T2
        - ergotherapie: T5, de snoezelruimte wordt T7
        - het materiaal van K.014 staat in dozen in T9, label 'LOGO 1 t.e.m. 14'

        De deurbordjes volgen volgende week.

        Pieter
        """),
         note="room numbers only, addressed to four individual colleagues", fmt=["plain"])

    mail("teamondersteuning-referentie", "2024-11-04 10:05", S("pvh"), [EXT["on"]],
         "Onze aanvraag teamondersteuning - ref. ONW-2024-0387", T("""
        Dag Koen,

        Bedankt voor de bevestiging van onze aanvraag voor teamgerichte ondersteuning
        (referentie ONW-2024-0387). Kunnen we het startgesprek verplaatsen van 12 naar 19 november,
        zelfde uur? Op 12 november hebben we een pedagogische studiedag.

        Thema blijft 'omgaan met prikkelgevoeligheid in de klas', voor het team van de
        observatiefase. Het gaat dus niet om individuele leerlingen.

        Groeten,
        Pieter Van Hoof
        Zorgcoördinator
        """),
         note="file reference of a team-level support request, no pupil", fmt=["plain"])

    mail("factuur-sensotheek-f2025-00412", "2025-02-06 11:18", S("rpa"), [EXT["senso"]],
         "Uw factuur F2025-00412", T("""
        Geachte,

        Wij ontvingen uw factuur F2025-00412 van 14 januari. Die hoort bij onze bestelbon
        BB-2025-031, maar het totaalbedrag (€ 612,40) wijkt af van de offerte OF-24-1187
        (€ 588,90). Kan u een creditnota of een aangepaste factuur sturen? Gelieve bij
        correspondentie steeds ons klantnummer 118-552 te vermelden.

        Met vriendelijke groeten,
        Rita Pauwels
        Boekhouding Sint-Pieterscollege
        """),
         note="invoice, order and customer numbers are references, not secrets", fmt=["plain"])

    mail("klascodes-smartschool", "2024-09-02 13:02", S("mae"), [S("jvr")],
         "Klascodes en vakcodes in Smartschool", T("""
        Dag Jelle,

        Je vroeg naar de codes in Smartschool. Voor jouw klas:

        - klascode OV3-2B (in Smartschool: BUSO-OV3-2B)
        - vakcodes: PAV-OV3, LO-OV3, HUISH-2, ZORG-3
        - lokaalcode: B.014

        De codes van de andere klassen vind je in het overzicht op het intranet onder 'Administratie'.

        Martine
        """),
         note="class, course and room codes", fmt=["plain"])

    mail("re-wachtwoord-kwijt", "2024-09-16 08:55", S("kwi"), [S("nbo")],
         "RE: wachtwoord kwijt", T("""
        Dag Nadia,

        Ik kan (en mag) je wachtwoord niet per mail sturen. Zo los je het zelf op:

        1. Ga naar het aanmeldscherm van Smartschool en klik op 'Wachtwoord vergeten'.
        2. Je krijgt een link op je privé-gsm via sms.
        3. Kies een nieuw wachtwoord van minstens 12 tekens.

        Lukt het niet, kom dan langs in A.104 met je personeelsbadge, dan resetten we het samen.

        Kobe
        """) + outlook_quote("Nadia Bouzid", "maandag 16 september 2024 8:31", "ICT Sint-Pieterscollege",
                               "wachtwoord kwijt", T("""
        Kobe, ik ben mijn wachtwoord van Smartschool kwijt na de vakantie. Kan je het mij mailen?
        Nadia
        """)),
         note="explains the reset procedure; no password in the mail", fmt=["plain", "reply"],
         reply="AM0PR02MB0004.eurprd02.prod.outlook.com")

    mail("fw-uw-wachtwoord-verloopt", "2024-11-18 12:44", S("sle"), [S("kwi")],
         "FW: Uw wachtwoord verloopt binnen 5 dagen", T("""
        Kobe, is dit echt of is het phishing? Ik heb nergens op geklikt.
        Sofie
        """) + outlook_quote("Microsoft 365", "maandag 18 november 2024 6:00", "Sofie Lenaerts",
                               "Uw wachtwoord verloopt binnen 5 dagen", T("""
        Uw wachtwoord voor sofie.lenaerts@sintpieterscollege.be verloopt binnen 5 dagen.
        Wijzig het via https://mysignins.microsoft.com of druk op Ctrl+Alt+Del op een schoolcomputer.
        """)),
         note="forwarded expiry notice, no password", fmt=["plain", "forward"])

    html = outlook_html(
        "Dag Jasmien,\n\nHierbij de uitnodiging voor ons planningsoverleg CLB - BuSO. We overlopen de "
        "jaarplanning en de afspraken rond de contactmomenten; individuele dossiers bespreken we op "
        "het MDO zelf.\n\nGroeten,\nRuth\n",
        "________________________________________________________________________________\n"
        "Microsoft Teams-vergadering\n"
        "Deelnemen op uw computer, mobiele app of ruimteapparaat\n"
        "Klik hier om deel te nemen aan de vergadering\n"
        "Vergaderings-ID: 384 219 775 102\n"
        "Wachtwoordcode: aB3xQ9\n"
        "Meer informatie | Opties voor vergadering\n"
        "________________________________________________________________________________\n")
    mail("teams-planningsoverleg-clb", "2024-09-11 15:30", S("rcl"), [EXT["clb"]],
         "Planningsoverleg CLB - BuSO (Teams)", html=html,
         note="meeting invitation whose passcode is part of the invitation (allowed)",
         fmt=["alt", "meeting"])

    mail("nascholing-prikkelverwerking", "2024-10-03 09:40", S("kvm"), [S("sle")],
         "Nascholing autisme en prikkelverwerking", T("""
        Dag Sofie,

        Je inschrijving voor de nascholing 'Autisme en prikkelverwerking' is goedgekeurd. Vul op het
        formulier van de nascholingsdienst cursusnummer NAS-24-117 en sessie 2 (28 november) in, en
        als kostenplaats 'BuSO - professionalisering'. De vervanging regelt Martine.

        Katrien
        """),
         note="course number and cost centre", fmt=["plain"])

    mail("bestelling-snoezelmateriaal", "2024-10-09 14:22", S("lva"), [EXT["senso"]],
         "Bestelling 40021877 - leveradres", T("""
        Goedemiddag,

        Voor onze bestelling 40021877 (klantnummer 118-552): gelieve te leveren aan de achteringang,
        lokaal T7 (snoezelruimte), niet aan het hoofdgebouw. Levering tussen 8u30 en 15u30.

        Artikelen: 2x verzwaringsdeken 5 kg (art. VD-5-BL), 1x bubbelbuis 150 cm (art. BB-150),
        4x wiebelkussen (art. WK-33).

        Met vriendelijke groet,
        Lien Vandenberghe
        Ergotherapeute
        """),
         note="order, customer and article numbers", fmt=["plain"])

    mail("kopieerkaart-aan-onthaal", "2024-10-15 08:20", S("mae"), [S("nva")],
         "RE: code kopieerkaart", T("""
        Dag Nick,

        De code van je kopieerkaart krijg je persoonlijk aan het onthaal, die sturen we nooit per
        mail. Kom gerust langs tijdens de speeltijd.

        Martine
        """),
         note="mail about a code without the code", fmt=["plain", "reply"],
         reply="AM0PR02MB0005.eurprd02.prod.outlook.com")

    mail("kluisjes-studenten-stagiairs", "2025-02-10 11:30", S("dvd"), [S("bgo")],
         "Kluisjes voor de studenten", T("""
        Bart,

        De vier studenten orthopedagogie die vanaf maandag bij jou stage lopen, krijgen de kluisjes
        114 tot en met 117 in gang C. De sleutels liggen aan het onthaal, ze betalen een waarborg van
        10 euro. Hun stagemap (nummer ST-25-08 tot ST-25-11) ligt in jouw bakje.

        Dirk
        """),
         note="locker and file numbers", fmt=["plain"])

    mail("ticket-20931-lege-pdf", "2025-03-12 09:55", S("kwi"), [EXT["kompas"]],
         "Ticket #20931 - export handelingsplannen geeft lege pdf", T("""
        Hello,

        Graag een update over ons ticket #20931 (schoolnummer 126912). Sinds de update van 5 maart
        geeft de export van de handelingsplannen naar pdf een leeg document (0 pagina's), zowel in
        Edge als in Chrome. Fout treedt op bij alle gebruikers, geen foutcode zichtbaar.

        Met vriendelijke groeten,
        Kobe Willems
        ICT-coördinator
        """),
         note="helpdesk ticket and school number; about the platform, no pupil", fmt=["plain"])

    mail("re-verdachte-mail", "2025-01-30 10:10", S("kwi"), [S("sle")],
         "RE: vreemde mail van 'Smartschool'", T("""
        Dag Sofie,

        Goed dat je het doorstuurde: dat is phishing. Smartschool en wij vragen nooit je wachtwoord
        via mail. Niet op de link klikken, gewoon verwijderen. Als je toch iets ingevuld hebt, wijzig
        dan meteen je wachtwoord en verwittig mij.

        Kobe
        """),
         note="phishing warning that mentions passwords but carries none", fmt=["plain", "reply"],
         reply="AM0PR02MB0006.eurprd02.prod.outlook.com")

    mail("raamovereenkomst-dijlewerk", "2024-09-20 13:25", S("dvd"), [EXT["dijlewerk"]],
         "Raamovereenkomst RO-2025-044", T("""
        Dag Sanne,

        De raamovereenkomst RO-2025-044 voor de stages 2024-2025 is door onze directie ondertekend.
        Het origineel komt met de post, een scan zit in de bijlage van Smartschool-bericht
        SB-7719 dat ik jullie gisteren stuurde. De individuele stageovereenkomsten volgen per
        stagiair in oktober.

        Groeten,
        Dirk Van Damme
        Stagecoördinator
        """),
         note="contract reference numbers", fmt=["plain"])


# ======================================================================================
# C. sensitive facts about identifiable pupils
# ======================================================================================
def section_sensitive():
    mail("aanval-lotte-refter", "2024-10-10 13:55", S("ghe"), [par("P0001", 1)],
         "Lotte - aanval vanmiddag", T("""
        Beste meneer Peeters,

        Ik laat u even weten dat Lotte vanmiddag om 12u40 in de refter een epileptische aanval had
        van ongeveer twee minuten. Ze is daarna een half uur komen rusten in de verpleegpost en is
        dan terug naar de klas gegaan. De noodmedicatie was niet nodig. Ze was wel moe en had wat
        hoofdpijn.

        Ik heb de aanval genoteerd in haar aanvallenkalender. Wilt u het ook doorgeven aan de
        neuroloog bij de volgende controle?

        Met vriendelijke groeten,
        Greet Hermans
        """) + sig("ghe", phone=True),
         rules=["sensitive", "personal_data"], cats=["medical"], about=["P0001"],
         note="nurse reports a seizure to the pupil's father; school number in the signature",
         fmt=["plain"])

    mail("incidentverslag-jarne-obs-b", "2024-11-14 12:20", S("smi"), [S("rcl")],
         "Incident Jarne Goris (OBS-B) - time-out", T("""
        Dag Ruth,

        Kort verslag van vanmorgen, voor het dossier:

        Wat: Jarne kreeg om 10u40 een zware meltdown toen bleek dat de zwemles niet doorging (bus
        defect). Hij gooide een stoel om, trok de kalender van de muur en sloeg naar mij.
        Interventie: ongeveer 2 minuten fysieke begeleiding volgens het protocol, daarna 25 minuten
        in de time-outruimte onder toezicht. Geen verwondingen, niet bij hem en niet bij ons.
        Nadien: rustig, heeft zelf de kalender terug opgehangen.
        Ouders: mama telefonisch verwittigd door Hilde.

        Kunnen we dit bespreken op het leerlingenoverleg van dinsdag? Het is de derde keer deze maand.

        Senne
        """),
         cc=[S("hsm")],
         rules=["sensitive"], cats=["psychosocial"], about=["P0024"],
         note="internal incident report of a meltdown with physical restraint and time-out",
         fmt=["plain"])

    mail("jarne-vandaag-ouders", "2024-11-14 15:35", S("hsm"), [par("P0024", 1)],
         "Jarne vandaag", T("""
        Beste mevrouw Goris,

        Zoals ik u vanmiddag al telefonisch vertelde, had Jarne vanmorgen een erg moeilijk moment.
        Hij werd heel boos toen de zwemles niet doorging en heeft daarbij naar een opvoeder geslagen.
        Hij heeft een tijd in de time-outruimte doorgebracht en is daarna rustig geworden.

        Zoals we eerder samen afspraken, mag hij morgen niet mee naar de bowling; hij
        blijft op school bij de parallelklas. Dinsdag bespreken we met het team hoe we zulke
        onverwachte wijzigingen beter kunnen aankondigen.

        Vriendelijke groeten,
        Hilde Smets
        Klastitularis OBS-B
        """),
         rules=["sensitive"], cats=["psychosocial"], about=["P0024"],
         note="behaviour incident with a consequence, sent to the right parent", fmt=["plain"])

    mail("evaluatie-handelingsplan-seppe", "2025-01-29 16:10", S("bgo"), [par("P0036", 1)],
         "Evaluatie handelingsplan Seppe - do 13 februari", T("""
        Beste meneer Wijns,

        Graag nodig ik u uit voor de evaluatie van het individueel handelingsplan van Seppe op
        donderdag 13 februari om 16u in lokaal B.021. Naast mezelf zijn ook Eline (logopedie) en
        Dirk Van Damme (stage) aanwezig.

        We bespreken onder andere:
        - het doel 'zelfstandig met de bus naar de stageplaats': gaat erg goed, vanaf maart zonder
          begeleiding;
        - communicatie: in de logopedie werkt Seppe verder met zijn pictogrammenboek en de app;
        - prikkelbelasting in de middagpauze: we stellen voor dat hij de stille refter blijft gebruiken.

        Laat u even weten of het uur past?

        Vriendelijke groeten,
        Bart Goossens
        Klastitularis OV3-4A
        """),
         rules=["sensitive"], cats=["care"], about=["P0036"],
         note="individual plan review with therapy goals, to the pupil's father", fmt=["plain"])

    mail("re-rilatine-middag-mats", "2024-10-04 09:05", S("ghe"), [par("P0046", 1)],
         "RE: medicatie Mats", T("""
        Beste meneer Vanhoutte,

        Goed ontvangen. Vanaf maandag geven we Mats om 12u00 zijn Rilatine 10 mg in de verpleegpost.
        Wilt u het ingevulde attest 'medicatie op school' (door de arts ondertekend) meegeven in
        zijn boekentas? Zonder attest mogen we niets toedienen.

        Met vriendelijke groeten,
        Greet Hermans
        Schoolverpleegkundige
        """) + gmail_quote("Op do 3 okt 2024 om 21:47 schreef Stijn Vanhoutte <vanhoutte.stijn@telenet.be>:", T("""
        Goedenavond,

        De dokter heeft de dosis verhoogd en vanaf maandag moet Mats zijn Rilatine ook 's middags
        nemen. Ik geef een doosje mee in zijn rugzak. U kan mij altijd bereiken op 0478 21 93 57.

        Groeten,
        Stijn Vanhoutte
        """)),
         rules=["sensitive", "personal_data"], cats=["medical"], about=["P0046"],
         note="medication at school in a reply; the quoted parent mail carries his mobile number",
         fmt=["plain", "reply"], reply="mail.telenet.be")

    mail("ophaling-ilias-weekregeling", "2024-09-23 11:10", S("mae"), [S("sle")],
         "Ilias Benali - ophaling en busregeling", T("""
        Dag Sofie,

        Ter info, ook voor Fatma op de bus:

        Vanaf deze week verblijft Ilias in een week-weekregeling bij mama en papa, zoals bepaald door
        de familierechtbank. In de weken bij papa (oneven weken) stapt hij op en af aan de halte
        Naamsesteenweg in Heverlee, in de andere weken blijft het de gewone halte.

        Belangrijk: volgens de beschikking mag mama hem in de weken van papa NIET zelf aan school
        ophalen. Als ze toch komt, bel je de directie en geef je Ilias niet mee.

        Kopie van de beschikking zit in de leerlingenmap op het secretariaat.

        Martine
        """),
         cc=[S("fka")],
         rules=["sensitive"], cats=["family"], about=["P0027"],
         note="custody arrangement and pick-up ban, internal to teacher and bus escort",
         fmt=["plain"])

    mail("openstaande-facturen-wout", "2025-01-16 10:40", S("rpa"), [par("P0026", 1)],
         "Openstaande schoolrekeningen Wout", T("""
        Beste ouders,

        Volgens onze boekhouding staan voor Wout nog de schoolrekeningen van september tot en met
        december open, samen € 238,50. Het gaat om de middagmalen, het zwemmen en de uitstap naar
        Bokrijk.

        U kan het bedrag overschrijven op rekening %s van Sint-Pieterscollege met de
        gestructureerde mededeling +++412/0388/01957+++.

        Als het moeilijk is om alles in één keer te betalen, kunnen we een afbetalingsplan afspreken,
        bijvoorbeeld in zes maandelijkse schijven. Neem daarvoor gerust contact met mij op, alles
        wordt discreet behandeld.

        Met vriendelijke groeten,
        Rita Pauwels
        Boekhouding
        """ % IBAN_SCHOOL),
         rules=["sensitive", "personal_data"], cats=["financial"], about=["P0026"],
         note="unpaid bills and payment plan offer to the parents; school IBAN in the text",
         fmt=["plain"])

    mail("ocmw-facturen-ouali", "2024-10-17 14:20", S("rpa"), [EXT["ocmw"]],
         "Schoolfacturen Amine en Sami Ouali", T("""
        Beste mevrouw Vanderhoeven,

        Zoals afgesproken sturen wij de schoolfacturen van Amine (OV3-3A) en Sami (OV2-A) Ouali
        voortaan rechtstreeks naar u, in het kader van de tussenkomst van het OCMW sinds het
        overlijden van hun vader in juli.

        Openstaand op vandaag:
        - Amine: € 164,20 (middagmalen september, werkkledij)
        - Sami: € 97,80 (middagmalen september, zwemmen)

        De facturen vindt u in bijlage van ons vorig bericht. Laat u weten of er nog een formulier
        van de school nodig is?

        Met vriendelijke groeten,
        Rita Pauwels
        Boekhouding Sint-Pieterscollege
        """),
         rules=["sensitive"], cats=["family", "financial"], about=["P0013", "P0014"],
         note="social assistance (OCMW) pays the bills of two brothers after their father's death",
         fmt=["plain"])

    mail("schooltoeslag-mohamed", "2024-11-27 13:15", S("mae"), [par("P0033", 1)],
         "Schooltoeslag en factuur Mohamed", T("""
        Beste mevrouw Diallo,

        Bij het nakijken van de dossiers zagen we dat er voor Mohamed dit schooljaar nog geen
        schooltoeslag werd uitbetaald. Vaak komt dat doordat de inschrijving bij ons buitengewoon
        onderwijs niet doorgegeven werd aan uw uitbetaler van het Groeipakket. Wilt u daar even
        navragen? Wij bezorgen u graag een inschrijvingsattest.

        Intussen staat er een factuur van € 96,00 open. Die mag u gerust in drie keer betalen; laat
        maar weten wat voor u haalbaar is.

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         rules=["sensitive"], cats=["financial"], about=["P0033"],
         note="school allowance not paid and an open invoice with instalments, to the right parent",
         fmt=["plain"])

    mail("aanmelding-clb-nina", "2024-10-22 15:45", S("rcl"), [EXT["clb"]],
         "Aanmelding Nina Vandersteen (OV3-3A)", T("""
        Dag Jasmien,

        Zoals besproken op het MDO meld ik Nina Vandersteen (OV3-3A) aan voor verdere opvolging door
        het CLB. Nina is bij ons ingeschreven in type 1. Het klasteam vermoedt daarnaast ASS:
        ze heeft grote moeite met overgangen en wijzigingen, reageert heftig op geluid in de refter
        en vertoont sinds september ook angstklachten (paniek voor de busrit, piekeren op
        zondagavond). Mama staat open voor een diagnostisch traject.

        Het observatieverslag en het handelingsplan staan voor jou klaar in Kompas.

        Groeten,
        Ruth Claeys
        Orthopedagoge
        """),
         rules=["sensitive"], cats=["psychosocial", "care"], about=["P0025"],
         note="referral to the CLB with suspected autism and anxiety complaints", fmt=["plain"])

    mail("febe-krassen-onderarm", "2025-03-06 12:50", S("nbo"), [S("rcl")],
         "Febe - dringend", T("""
        Ruth,

        Stijn zag tijdens de LO-les verse krassen op de onderarm van Febe Gielen. Toen ik haar daarna
        apart nam, vertelde ze dat ze het zelf doet 'als het te veel wordt in haar hoofd'. Ze vroeg
        om het niet aan papa te zeggen. Ik heb niets beloofd en gezegd dat ik het aan jou zou vragen.

        Kan jij haar vandaag nog zien? Ze zit nu in de klas, ze is rustig.

        Nadia
        """),
         rules=["sensitive"], cats=["psychosocial"], about=["P0048"],
         note="self-harm signalled by the class teacher to the school's orthopedagogue", fmt=["plain"])

    mail("warre-stage-geschorst", "2025-03-19 08:15", S("dvd"), [S("bgo")],
         "Warre - stage geschorst", T("""
        Bart,

        Slecht nieuws over Warre Coppens: hij werd gisteren op zijn stageplaats in de supermarkt
        betrapt op het meenemen van drank en sigaretten. De winkel heeft de politie gebeld, er werd
        een proces-verbaal opgemaakt. De stageplaats wil hem voorlopig niet terug.

        De stage is geschorst tot na het gesprek met de ouders (vrijdag 9u, ik heb ze al gebeld).
        Tot dan volgt Warre het klasprogramma bij jou. Kan jij bij het gesprek zijn?

        Dirk
        """),
         rules=["sensitive"], cats=["psychosocial"], about=["P0043"],
         note="theft at placement, police report and suspension of the placement", fmt=["plain"])

    mail("kiano-nieuw-ophaaladres", "2025-02-14 10:05", S("mae"), [EXT["bus"]],
         "Route 5 - nieuw ophaaladres Kiano Tshibanda", T("""
        Dag Patrick,

        Vanaf maandag 17 februari verblijft Kiano Tshibanda (OV3-3A) via de jeugdhulp in een
        pleeggezin. Zijn nieuwe ophaaladres is Wijgmaalsesteenweg 88 in Wilsele, ophaling en afzet
        via route 5.

        Graag ook aan de begeleidster doorgeven: Kiano mag 's avonds enkel afgegeven worden aan de
        pleegouders (mevrouw of meneer Wouters). Als zijn moeder aan de bus staat, mag hij niet
        afstappen en belt de begeleidster naar school.

        Met vriendelijke groeten,
        Martine Aerts
        """),
         rules=["sensitive"], cats=["family"], about=["P0041"],
         note="foster placement revealed to the bus company in a route change", fmt=["plain"])

    html = outlook_html(
        "Dag Sofie,\n\nHierbij de medische lijst voor de uitstap naar Planckendael op donderdag. "
        "De EHBO-tas en de medicatie geef ik je 's morgens mee.\n",
        Table(["Leerling", "Aandachtspunt", "Wat meenemen / doen"],
              [["Mila Janssens", "notenallergie (ernstig)", "EpiPen junior in rugzak, geen koekjes van de kiosk"],
               ["Eva Smolders", "lactose-intolerantie", "eigen lunchpakket, geen ijsje"],
               ["Aaliyah Mensah", "astma bij inspanning", "puffer (Ventolin) voor de wandeling"],
               ["Liam O'Connor", "coeliakie", "glutenvrije lunch zit in zijn tas"],
               ["Lina Haddad", "diabetes type 1", "glucosemeter + druivensuiker, meten om 12u"]]),
        "\nStijn: jij hebt de EHBO-tas van de tweede groep.\n\nGreet\n")
    mail("medische-lijst-uitstap-planckendael", "2025-05-13 15:20", S("ghe"), [S("sle")],
         "Medische lijst uitstap OV2-A", html=html, cc=[S("sve")],
         rules=["sensitive"], cats=["medical"], about=["P0007", "P0042", "P0017", "P0047", "P0037"],
         note="table of named pupils with allergies and conditions for a school trip (internal)",
         fmt=["alt", "table"])

    mail("medische-aandachtspunten-route-3-5", "2024-09-06 11:30", S("ghe"), [EXT["bus"]],
         "Medische aandachtspunten begeleiders route 3 en 5", T("""
        Dag Patrick,

        Zoals elk jaar de medische aandachtspunten voor de begeleiders op de bussen. Wilt u dit aan
        de begeleiders van route 3 en 5 bezorgen?

        Route 3
        - Finn Dierckx (OV2-A): epilepsie. Bij een aanval: rustig neerleggen, tijd opnemen. Duurt
          de aanval langer dan 5 minuten, Buccolam geven (zit in het voorvak van zijn rugzak) en de
          hulpdiensten verwittigen.
        - Lina Haddad (OV2-A): diabetes type 1. Bij bleek zien, zweten of verwardheid: druivensuiker
          geven (in haar jaszak).

        Route 5
        - Thibo Van Roy (OV2-A): epilepsie, zelfde werkwijze als bij Finn; Buccolam in zijn rugzak.

        Alvast bedankt,
        Greet Hermans
        Schoolverpleegkundige
        """),
         rules=["sensitive"], cats=["medical"], about=["P0012", "P0037", "P0031"],
         note="named pupils' conditions and emergency medication sent to the bus company",
         fmt=["plain"])

    html = outlook_html(
        "Dag collega's,\n\nHierbij de verdeling voor OV3-2A vanaf het tweede semester, zoals "
        "afgesproken op het MDO. Graag de doelen overnemen in Kompas.\n",
        Table(["Leerling", "Therapie", "Frequentie", "Doel (uit handelingsplan)"],
              [["Lotte Peeters", "logopedie", "2x/week", "articulatie, gebruik spraakcomputer"],
               ["Femke Claessens", "ergotherapie", "1x/week", "fijne motoriek, knopen en rits"],
               ["Robbe Desmet", "kinesitherapie", "1x/week", "evenwicht, traplopen"],
               ["Amber Verhaegen", "logopedie", "1x/week", "begrijpend lezen (dyslexie)"],
               ["Hanne Swinnen", "ergotherapie", "1x/week", "prikkelregulatie, sensorisch dieet"]]),
        "\nVragen of verschuivingen: laat het me weten voor vrijdag.\n\nPieter\n")
    mail("therapieverdeling-ov3-2a", "2025-01-31 13:40", S("pvh"), [S("eja"), S("wve"), S("lva")],
         "Therapieverdeling OV3-2A tweede semester", html=html, cc=[S("adv")],
         rules=["sensitive"], cats=["care"], about=["P0001", "P0009", "P0023", "P0044", "P0032"],
         note="table of named pupils with their therapies and plan goals (internal)",
         fmt=["alt", "table"])

    doc = make_docx([
        "Individueel handelingsplan (IHP) 2024-2025",
        "Leerling: Oliwia Kowalska - klas OV3-3A - type 9",
        "Beginsituatie: diagnose autismespectrumstoornis (2019); begrijpt Nederlands goed, spreekt thuis Pools.",
        "Doel 1 (communicatie): vraagt zelf hulp met de hulpkaart - logopedie 1x per week.",
        "Doel 2 (zelfredzaamheid): volgt zelfstandig haar dagplanning met pictogrammen.",
        "Doel 3 (stage-voorbereiding): werkt 30 minuten zonder begeleiding in het atelier.",
        "Redelijke aanpassingen: koptelefoon in de refter, vaste plaats in de klas, aankondiging van wijzigingen de dag vooraf.",
        "Ondersteuning ON: 2 lestijden per week in de klas (Koen Laermans).",
        "Evaluatie: maart 2025 (tussentijds), juni 2025 (eindevaluatie).",
    ], title="IHP Oliwia Kowalska")
    mail("ihp-oliwia-ondersteuner", "2024-10-30 17:05", S("rcl"), [EXT["on"]],
         "IHP Oliwia Kowalska", T("""
        Dag Koen,

        Zoals gevraagd het handelingsplan van Oliwia Kowalska (OV3-3A), zodat je bij je eerste
        ondersteuningsmoment weet waar we staan. Vooral doel 1 (hulp vragen) is voor jou belangrijk.

        Groetjes,
        Ruth
        """),
         atts=[("IHP_Oliwia_Kowalska_2024-2025.docx", doc)],
         rules=["sensitive"], cats=["care"], about=["P0035"],
         note="individual plan with diagnosis and adjustments sent to the support network",
         fmt=["plain", "attachment-docx"])

    mail("re-attest-dyslexie-amber", "2024-10-07 19:25", S("adv"), [par("P0044", 1)],
         "RE: attest dyslexie Amber", T("""
        Beste mevrouw Verhaegen,

        Bedankt, het attest van de logopediste is goed ontvangen en doorgegeven aan het zorgteam.
        Vanaf volgende week krijgt Amber bij toetsen de teksten voorgelezen met Kurzweil en krijgt ze
        extra tijd. We nemen die aanpassingen ook op in haar handelingsplan, zodat alle leerkrachten
        ervan op de hoogte zijn.

        Vriendelijke groeten,
        An Devos
        """) + gmail_quote("Op ma 7 okt 2024 om 08:14 schreef Nele Verhaegen <verhaegen.nele@gmail.com>:", T("""
        Dag juf An,

        In bijlage het attest van de logopediste: Amber heeft dyslexie. Kan ze op school ook
        voorleessoftware gebruiken zoals thuis?

        Nele
        """)),
         rules=["sensitive"], cats=["care"], about=["P0044"],
         note="dyslexia and reasonable adjustments, reply to the right parent",
         fmt=["plain", "reply"], reply="mail.gmail.com")

    mail("omar-vader-discretie", "2024-12-09 08:35", S("rcl"), [S("hsm")],
         "Omar Saidi - thuissituatie (vertrouwelijk)", T("""
        Dag Hilde,

        Mama van Omar belde vrijdag. Papa zit sinds vorige week in de gevangenis (voorhechtenis).
        Omar weet alleen dat papa 'voor een tijdje weg' is. Mama vraagt uitdrukkelijk om discretie,
        ook tegenover de andere ouders.

        Ze vertelde ook dat het financieel erg krap is nu; de schoolrekening van december wordt
        voorlopig uitgesteld, dat heb ik met Rita afgesproken.

        Als Omar erover begint, luister gewoon en laat het me weten.

        Ruth
        """),
         rules=["sensitive"], cats=["family", "financial"], about=["P0045"],
         note="parent in prison and financial difficulties, internal", fmt=["plain"])

    mail("tuur-kringgesprek-riem", "2025-02-04 10:25", S("jvr"), [S("pvh")],
         "Tuur - wat hij vertelde in de kring", T("""
        Pieter,

        In het kringgesprek van vanmorgen vertelde Tuur Geerts (OV3-2B) dat papa hem 'met de riem'
        slaat als hij niet luistert, en dat dit gisteravond nog gebeurd is. Hij zei het heel
        gewoon, alsof het normaal is. Ik heb hem gerustgesteld, gezegd dat hij het goed deed om het
        te vertellen, en niets beloofd.

        Wat zijn de volgende stappen? Ik heb nog niets genoteerd in Smartschool.

        Jelle
        """),
         rules=["sensitive"], cats=["family"], about=["P0038"],
         note="disclosure of violence at home, internal to the care coordinator", fmt=["plain"])

    mail("incident-thibo-fysieke-interventie", "2025-03-25 16:30", S("sle"), [S("kvm")],
         "Incidentmelding fysieke interventie - Thibo Van Roy", T("""
        Dag Katrien,

        Zoals gevraagd de melding voor het register van de fysieke interventies:

        Leerling: Thibo Van Roy, OV2-A
        Tijdstip: dinsdag 25 maart, 11u05 - 11u15
        Aanleiding: Thibo liep weg uit de klas richting parking en wou over het hek klimmen.
        Interventie: begeleid met twee personen (Sofie Lenaerts, Senne Michiels) naar de
        time-outruimte.
        Letsel: Thibo stootte zich tegen de kast, schaafwonde aan de knie en een bult op het
        voorhoofd. Verzorgd door Greet in de verpleegpost.
        Maatregel: morgen prikkelarm programma in de kleine klas, geen turnles.
        Ouders: papa telefonisch verwittigd om 11u40.

        Sofie
        """),
         cc=[S("pvh")],
         rules=["sensitive"], cats=["psychosocial", "medical"], about=["P0031"],
         note="restraint incident report with injury and a consequence", fmt=["plain"])

    rrn_seppe = rrn("070318", 137)
    mail("stageovereenkomst-seppe-de-wissel", "2024-10-11 14:50", S("dvd"), [EXT["wissel"]],
         "Gegevens stageovereenkomst Seppe Wijns", T("""
        Dag Hans,

        Voor de stageovereenkomst van Seppe, die vanaf 4 november twee dagen per week bij jullie in
        het atelier komt:

        Naam: Seppe Wijns
        Geboortedatum: 18/03/2007
        Rijksregisternummer: %s
        Klas: OV3-4A (integratiefase)

        Bijzonderheden voor de begeleiding: Seppe heeft autisme. Hij werkt het best aan een vaste
        werkpost met een dagplanning met pictogrammen. Onverwachte wijzigingen graag vooraf
        aankondigen. De jobcoach van school komt de eerste weken elke woensdag langs.

        Groeten,
        Dirk Van Damme
        Stagecoördinator
        """ % rrn_seppe),
         rules=["sensitive", "personal_data"], cats=["care"], about=["P0036"],
         note="placement contract data: date of birth, national register number, autism and support",
         fmt=["plain"])

    pdf = make_pdf([
        "Logopedisch verslag - tussentijdse evaluatie",
        "Leerling: Eva Smolders - OV2-A",
        "Logopediste: Eline Jacobs",
        "",
        "Therapie: 2 x 30 minuten per week sinds september.",
        "Taalbegrip: vooruitgang bij opdrachten in twee stappen.",
        "Expressie: gebruikt spontaan korte zinnen van drie woorden.",
        "Mondmotoriek: oefent lipsluiting met rietjes.",
        "Advies: verderzetten, thuis dagelijks het prentenboek met vragen gebruiken.",
    ], title="Logopedisch verslag Eva Smolders")
    mail("logopedieverslag-eva", "2025-02-07 15:10", S("eja"), [par("P0042", 1)],
         "Logopedisch verslag Eva", T("""
        Beste ouders,

        In bijlage vindt u het tussentijds verslag van de logopedie van Eva. Ze heeft mooie
        vooruitgang gemaakt in het begrijpen van opdrachten. Op het oudercontact van 20 februari
        kunnen we het samen overlopen.

        Vriendelijke groeten,
        Eline Jacobs
        Logopediste
        """),
         atts=[("Logopedie_Eva_Smolders_tussentijds.pdf", pdf)],
         rules=["sensitive"], cats=["care"], about=["P0042"],
         note="speech-therapy report to the right parents", fmt=["plain", "attachment-pdf"])

    mail("bram-na-heupoperatie", "2025-04-28 12:05", S("wve"), [par("P0029", 1)],
         "Bram - kine na de operatie", T("""
        Beste meneer Cools,

        Welkom terug aan Bram na de operatie aan zijn heup. Volgens de brief van de orthopedist mag
        hij de komende zes weken niet zwemmen en niet meedoen aan de LO-les. In de kine passen we
        het programma aan: vooral spierversterking zonder belasting en looptraining met krukken.

        Zou u het verslag van de kinesitherapeut van het ziekenhuis willen doorsturen? Dan kan ik
        hetzelfde schema verderzetten.

        Met vriendelijke groeten,
        Wouter Verbeke
        Kinesitherapeut
        """),
         rules=["sensitive"], cats=["medical", "care"], about=["P0029"],
         note="surgery and adapted physiotherapy, to the right parent", fmt=["plain"])

    mail("hanne-bus-uitgelachen", "2024-11-29 16:20", S("adv"), [par("P0032", 1)],
         "Hanne en de bus", T("""
        Beste ouders,

        Hanne vertelde me vandaag dat ze al enkele weken op de bus uitgelachen en geduwd wordt door
        een oudere leerling. Fijn dat ze het durfde te vertellen.

        We nemen dit ernstig: de busbegeleidster is ingelicht en Hanne krijgt vanaf maandag een vaste
        plaats vooraan naast haar. Met de andere leerling en zijn ouders wordt apart een gesprek
        gevoerd. Ik vraag Hanne volgende week hoe het gaat en laat u iets weten.

        Vriendelijke groeten,
        An Devos
        Klastitularis OV3-2A
        """),
         rules=["sensitive"], cats=["psychosocial"], about=["P0032"],
         note="pupil is a victim of bullying on the bus, to the right parents", fmt=["plain"])

    mail("dylan-speelplaats-maatregel", "2025-03-13 15:55", S("nbo"), [par("P0016", 1)],
         "Gedrag Dylan op de speelplaats", T("""
        Beste mevrouw Maes,

        Ik moet u helaas laten weten dat Dylan de voorbije weken herhaaldelijk een medeleerling heeft
        uitgescholden en hem gisteren op de speelplaats heeft geslagen. We hebben met Dylan
        gepraat; hij gaf toe dat hij fout was.

        Als maatregel speelt hij de komende twee dagen tijdens de middag onder toezicht op de kleine
        speelplaats, en volgende week is er een herstelgesprek met de andere leerling.

        Ik hoop op uw steun om dit thuis ook te bespreken.

        Vriendelijke groeten,
        Nadia Bouzid
        Klastitularis OV3-3A
        """),
         rules=["sensitive"], cats=["psychosocial"], about=["P0016"],
         note="pupil bullied another pupil, consequence, to the right parent", fmt=["plain"])

    mail("chloe-crise-asthme", "2025-04-03 14:25", S("ghe"), [par("P0040", 1)],
         "Chloé - crise d'asthme au cours de gym", T("""
        Madame Lambert,

        Je vous informe que Chloé a fait une crise d'asthme pendant le cours d'éducation physique ce
        matin. Elle a pris deux bouffées de son inhalateur (Ventolin) et s'est reposée à l'infirmerie
        pendant une demi-heure. Elle va bien et a repris les cours.

        Comme c'est la deuxième crise ce mois-ci, nous vous conseillons d'en parler à votre médecin
        traitant. Pourriez-vous aussi nous donner un inhalateur de réserve pour l'école ?

        Bien cordialement,
        Greet Hermans
        Infirmière scolaire
        """) + sig("ghe", phone=True, lang="fr"),
         mailer="outlook-fr", lang="fr",
         rules=["sensitive", "personal_data"], cats=["medical"], about=["P0040"],
         note="asthma attack reported in French to the right parent; school phone in the signature",
         fmt=["plain"])

    mail("liam-ihp-review", "2025-02-18 17:40", S("sle"), [par("P0047", 1)],
         "Liam - review of his individual plan", T("""
        Dear Mrs O'Connor,

        I would like to invite you to the review of Liam's individual education plan (IHP) on
        Thursday 6 March at 4 pm. Our speech therapist Eline will join us.

        Some points we would like to discuss:
        - speech therapy continues twice a week; Liam now uses his communication device to ask for
          a break, which is a big step;
        - occupational therapy: we would like to add a weekly session for fine motor skills;
        - reasonable adjustments in class: ear defenders during lunch, a visual timetable on his desk.

        Please let me know if the time suits you. An interpreter is not needed, I can do the
        meeting in English.

        Kind regards,
        Sofie Lenaerts
        Class teacher OV2-A
        """),
         mailer="outlook-en", lang="en",
         rules=["sensitive"], cats=["care"], about=["P0047"],
         note="individual plan review with therapies, in English to the right parent", fmt=["plain"])

    mail("rune-gesprek-opvolging", "2025-01-10 13:30", S("rcl"), [par("P0049", 1)],
         "Opvolging na ons gesprek", T("""
        Beste mevrouw Stevens,

        Bedankt voor het open gesprek van gisteren. Ik vat even samen wat we afspraken:

        - U vertelde dat Rune sinds de herfst een depressie doormaakt en dat de psychiater de dosis
          van zijn sertraline vorige week verhoogd heeft. Hij kan daardoor de eerste weken wat
          suffer zijn.
        - Op school mag Rune bij vermoeidheid even naar de rustruimte, na een seintje aan Bart.
        - Zijn stage loopt voorlopig halftijds tot de krokusvakantie.

        Aarzel niet om mij te contacteren als er iets verandert.

        Met vriendelijke groeten,
        Ruth Claeys
        Orthopedagoge
        """),
         rules=["sensitive"], cats=["psychosocial", "medical"], about=["P0049"],
         note="depression and antidepressant dose, summary to the right parent", fmt=["plain"])

    html = outlook_html(
        "Dag Katrien,\n\nHierbij het overzicht van de lopende afbetalingsplannen en de openstaande "
        "bedragen voor het BuSO, voor het directieoverleg van morgen.\n",
        Table(["Leerling", "Klas", "Openstaand", "Regeling", "Status"],
              [["Wout Huybrechts", "OV3-2B", "€ 238,50", "6 x € 40", "eerste schijf betaald"],
               ["Amine en Sami Ouali", "OV3-3A / OV2-A", "€ 262,00", "OCMW betaalt rechtstreeks", "in orde"],
               ["Mohamed Diallo", "OV3-1B", "€ 96,00", "3 x € 32", "wacht op schooltoeslag"],
               ["Lucas Hermans", "OV3-1A", "€ 312,00", "voorstel gestuurd", "geen reactie"],
               ["Jens Vos", "OV3-3A", "€ 145,00", "4 x € 36,25", "loopt"]]),
        "\nBij Lucas stel ik voor dat Pieter de ouders eens belt.\n\nRita\n")
    mail("overzicht-afbetalingsplannen", "2025-02-12 16:45", S("rpa"), [S("kvm")],
         "Overzicht afbetalingsplannen BuSO", html=html,
         rules=["sensitive"], cats=["financial"], about=["P0026", "P0013", "P0014", "P0033", "P0019", "P0051"],
         note="table of named pupils with unpaid amounts and payment plans (internal)",
         fmt=["alt", "table"])

    mail("verslag-oudercontact-arne", "2024-12-13 09:10", S("hsm"), [S("rcl")],
         "verslag oudercontact Arne", T("""
        Dag Ruth, hieronder mijn notities van gisteren (uit Word geplakt), voor het dossier.

        VERSLAG OUDERCONTACT – Arne Jorissen (OBS-A)
        Datum: donderdag 12 december, 16u30
        Aanwezig: mama, papa (apart gesprek om 17u), Hilde Smets (klastitularis)

        1. Thuissituatie
           • Ouders zijn sinds oktober in scheiding. Arne verblijft voorlopig bij mama, papa ziet
             hem om de twee weekends.
           • Mama vraagt om alle communicatie naar beide ouders te sturen, maar apart.
        2. Welbevinden
           • Arne is sinds de herfstvakantie erg angstig: huilt ’s morgens en wil niet op de bus.
             Op school klampt hij zich vast aan de begeleidster.
        3. Zorg
           • Het CLB (Jasmien De Ridder) volgt Arne op; aanmelding bij de thuisbegeleidingsdienst loopt.
           • Extra ergo (prikkelregulatie) vanaf januari, op te nemen in het handelingsplan.
        4. Afspraken
           • Vast onthaalmoment bij Senne om 8u25.
           • Evaluatie in februari.

        Hilde
        """), charset="cp1252", cte="quoted-printable",
         rules=["sensitive"], cats=["family", "psychosocial", "care"], about=["P0034"],
         note="pasted meeting notes: divorce, anxiety, CLB follow-up and extra therapy (internal)",
         fmt=["plain-cp1252", "plain-qp"])

    mail("kine-notities-aaliyah-prive", "2025-03-02 20:35", "Wouter Verbeke <%s>" % PRIVATE["wve"],
         [S("sth")],
         "notities kine Aaliyah (morgen)", T("""
        Hoi Simon,

        Mijn schoolaccount doet raar op mijn laptop thuis, daarom via deze weg. Mijn notities voor
        de kine van Aaliyah Mensah (OV2-A) die jij morgen en donderdag overneemt:

        - doel in haar handelingsplan: zelfstandig de trap op en af met één hand aan de leuning;
        - ze werkt goed met een visueel stappenplan (ligt in de blauwe map in T2);
        - start altijd met 5 minuten op de trampoline, anders lukt de rest niet;
        - niet langer dan 30 minuten, daarna wordt het te veel.

        Bedankt!
        Wouter
        """),
         mailer="gmail",
         rules=["sensitive", "private_account"], cats=["care"], about=["P0017"],
         note="therapist uses a private outlook.com mailbox for therapy notes about a named pupil",
         fmt=["plain"])

    mail("uitnodiging-mdo-ruben", "2025-03-04 11:50", S("bgo"), [par("P0010", 1), EXT["clb"]],
         "Uitnodiging MDO Ruben - donderdag 20 maart", T("""
        Beste mevrouw Claes, beste Jasmien,

        Hierbij nodig ik jullie allebei uit voor het multidisciplinair overleg over Ruben op
        donderdag 20 maart om 15u30 in B.021.

        Agenda:
        1. evaluatie van het handelingsplan (zelfstandigheid op stage, communicatie);
        2. verslag van de logopedie en de ergotherapie;
        3. de overgang na dit schooljaar: het CLB bekijkt met u de mogelijkheden voor
           dagbesteding of een maatwerkbedrijf.

        Vriendelijke groeten,
        Bart Goossens
        Klastitularis OV3-4A
        """),
         rules=["sensitive", "bcc"], cats=["care"], about=["P0010"],
         note="care meeting invitation with plan and therapies; parent and CLB both visible in To",
         fmt=["plain"])


# ======================================================================================
# M. misdirected: about pupil X, sent to the parent of another pupil
# ======================================================================================
def section_misdirected():
    mail("busregeling-noah-ov2-a", "2024-09-26 10:50", S("mae"), [par("P0004", 1)],
         "Busregeling Noah Van den Broeck (OV2-A)", T("""
        Beste ouders,

        Vanaf maandag 30 september wordt Noah Van den Broeck (OV2-A) opgehaald door route 4 in
        plaats van route 2. Nieuw ophaaluur: 7u55 aan de halte Tiensesteenweg (kerk). 's Avonds
        wordt hij rond 16u35 op dezelfde plaats afgezet.

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         rules=["recipient"], about=["P0003"], mis=True,
         note="bus change for Noah Van den Broeck sent to the mother of the other Noah (Mertens)",
         fmt=["plain"])

    mail("oudercontact-femke", "2024-12-10 14:05", S("adv"), [par("P0010", 1)],
         "Bevestiging oudercontact Femke Claessens (OV3-2A)", T("""
        Beste mevrouw Claessens,

        Hierbij bevestig ik het oudercontact voor Femke op dinsdag 17 december om 17u20 in lokaal
        B.011. Het rapport krijgt u die avond mee.

        Tot dan,
        An Devos
        Klastitularis OV3-2A
        """),
         rules=["recipient"], about=["P0009"], mis=True,
         note="autocomplete picked sarah.claes (mother of Ruben Claes) instead of sara.claessens",
         fmt=["plain"])

    mail("re-fotograaf-toestemming-robbe", "2025-04-29 11:35", S("mae"), [par("P0022", 1)],
         "RE: fotograaf", T("""
        Beste mevrouw Desmet,

        Nog een vraag van de klastitularis: het toestemmingsformulier voor de fietsuitstap van
        Robbe Desmet (OV3-2A) naar Rotselaar op vrijdag is nog niet terug. Wilt u het morgen
        meegeven? Graag ook een fluohesje en een lunchpakket.

        Met vriendelijke groeten,
        Martine Aerts
        """) + outlook_quote("an.desmet@telenet.be", "woensdag 23 april 2025 19:02",
                               "Leerlingensecretariaat BuSO", "fotograaf", T("""
        Goedenavond, komt de schoolfotograaf volgende week nog langs? Groetjes, An
        """)),
         rules=["recipient"], about=["P0023"], mis=True,
         note="reply in the wrong thread: Robbe Desmet's form goes to the mother of Stan De Smet",
         fmt=["plain", "reply"], reply="mail.telenet.be")

    mail("compliment-yasmine-winkelklas", "2025-03-21 15:10", S("nbo"), [par("P0006", 1)],
         "Een compliment voor Yasmine El Amrani", T("""
        Beste mevrouw El Amrani,

        Ik wou u even laten weten hoe goed Yasmine het deze week gedaan heeft in de winkelklas. Ze
        heeft de kassa helemaal alleen bediend en de klanten heel vriendelijk geholpen. Ze mag echt
        trots zijn op zichzelf!

        Vriendelijke groeten,
        Nadia Bouzid
        Klastitularis OV3-3A
        """),
         rules=["recipient"], about=["P0005"], mis=True,
         note="praise for Yasmine El Amrani sent to the mother of Yasmina Bouzidi",
         fmt=["plain"])

    mail("brooddoos-emma-bus", "2024-10-18 16:05", S("two"), [par("P0012", 2)],
         "Brooddoos Emma", T("""
        Dag ouders van Emma,

        Emma Wuyts heeft haar brooddoos en drinkfles (de roze, met eenhoorns) vandaag op de bus laten
        liggen. De begeleidster heeft ze meegenomen naar school, ze staan maandag in de klas.

        Groeten,
        Tom Wouters
        Klastitularis OV3-1B
        """),
         rules=["recipient"], about=["P0011"], mis=True,
         note="sibling mix-up: mail about Emma Wuyts to the father of her half-brother Finn Dierckx",
         fmt=["plain"])

    mail("blokstage-kevin-praktisch", "2025-02-21 13:30", S("dvd"), [par("P0016", 1)],
         "Blokstage Kevin bij Dijlewerk", T("""
        Beste mevrouw Maes,

        Kevin Maes (OV3-4A) start maandag zijn blokstage van drie weken bij Dijlewerk (afdeling
        verpakking).
        Praktisch:
        - werkuren 8u30 tot 15u30, middagpauze van 12u tot 12u30;
        - werkschoenen en de werkbroek van school meebrengen;
        - hij neemt de bus van 7u50 aan het station, ik wacht hem de eerste dag op aan de ingang.

        Met vriendelijke groeten,
        Dirk Van Damme
        Stagecoördinator
        """),
         rules=["recipient"], about=["P0015"], mis=True,
         note="practical placement info about Kevin Maes sent to the mother of Dylan Maes",
         fmt=["plain"])

    mail("lotte-opnieuw-aanval", "2025-02-27 13:40", S("ghe"), [par("P0002", 1)],
         "Lotte Peeters (OV3-2A) - opnieuw een aanval", T("""
        Beste mevrouw Peeters,

        Lotte had vanmiddag opnieuw een epileptische aanval in de refter, deze keer van ongeveer drie
        minuten. We hebben de Buccolam niet moeten geven. Ze heeft een uur geslapen in de
        verpleegpost en is nu terug in de klas.

        Het is de tweede aanval deze maand; misschien goed om dat aan de neuroloog te melden?

        Met vriendelijke groeten,
        Greet Hermans
        Schoolverpleegkundige
        """),
         rules=["sensitive", "recipient"], cats=["medical"], about=["P0001"], mis=True,
         note="seizure of Lotte Peeters reported to the mother of Jonas Peeters (other family)",
         fmt=["plain"])

    pdf = make_pdf([
        "Logopedisch verslag - beginsituatie",
        "Leerling: Mila Janssens - OV2-A",
        "",
        "Mila komt 2 x per week naar de logopedie.",
        "Gebruikt gebaren (SMOG) en een communicatieboek met 40 pictogrammen.",
        "Doel: vraagt zelf om hulp met de kaart 'help'.",
        "Oefent de klanken m, p en b met de spiegel.",
    ], title="Logopedisch verslag Mila Janssens")
    mail("logopedieverslag-mila", "2024-10-24 15:55", S("eja"), [par("P0008", 1)],
         "Logopedisch verslag Mila", T("""
        Beste ouders,

        In bijlage het verslag van de beginsituatie van Mila in de logopedie. Ik bespreek het graag
        met u op het oudercontact.

        Vriendelijke groeten,
        Eline Jacobs
        Logopediste
        """),
         atts=[("Verslag_logopedie_Mila_Janssens.pdf", pdf)],
         rules=["sensitive", "recipient"], cats=["care"], about=["P0007"], mis=True,
         note="speech therapy report on Mila Janssens sent to the father of Milan Jacobs",
         fmt=["plain", "attachment-pdf"])

    mail("herinnering-facturen-lucas-hermans", "2025-02-17 09:45", S("rpa"), [par("P0020", 1)],
         "Herinnering openstaande facturen Lucas", T("""
        Beste ouders,

        Voor Lucas Hermans (OV3-1A) staat er nog € 312,00 open op de schoolrekening (eerste trimester
        en de facturen van januari). In november stelden we een afbetalingsplan voor, maar we
        kregen nog geen reactie.

        Wilt u contact opnemen met de boekhouding, zodat we samen een haalbare regeling kunnen
        zoeken? Als er een tussenkomst van het OCMW mogelijk is, helpen we graag met de aanvraag.

        Met vriendelijke groeten,
        Rita Pauwels
        Boekhouding
        """),
         rules=["sensitive", "recipient"], cats=["financial"], about=["P0019"], mis=True,
         note="unpaid bills of Lucas Hermans sent to the father of Lucas Van Aken",
         fmt=["plain"])

    mail("finn-vandaag-time-out", "2025-01-21 15:25", S("sle"), [par("P0011", 2)],
         "Finn vandaag", T("""
        Beste ouders,

        Finn Dierckx had vandaag een heel moeilijke dag. Tijdens de kookactiviteit kreeg hij een
        woede-uitbarsting en heeft hij een klasgenoot in de arm gebeten. Hij heeft daarna een tijd in
        de time-outruimte doorgebracht.

        Zoals eerder met u afgesproken gaat hij morgen niet mee naar het zwembad en werkt hij in de
        kleine klas. De ouders van de andere leerling zijn ingelicht.

        Vriendelijke groeten,
        Sofie Lenaerts
        Klastitularis OV2-A
        """),
         rules=["sensitive", "recipient"], cats=["psychosocial"], about=["P0012"], mis=True,
         note="behaviour incident of Finn Dierckx sent to the father of his half-sister Emma Wuyts",
         fmt=["plain"])

    mail("plan-individuel-chloe", "2024-11-08 16:15", S("imo"), [par("P0003", 2)],
         "Plan individuel de Chloé Lambert (OV3-1A)", T("""
        Madame Lambert,

        Suite à notre entretien, voici un résumé du plan individuel (IHP) de Chloé pour ce semestre :

        - logopédie deux fois par semaine (compréhension de consignes, vocabulaire) ;
        - ergothérapie une fois par semaine pour l'écriture ;
        - en classe : consignes données oralement et avec pictogrammes, temps supplémentaire pour
          les tâches écrites ;
        - le CLB suit Chloé ; une réunion avec la collaboratrice du CLB est prévue en janvier.

        Bien cordialement,
        Inge Moens
        Titulaire OV3-1A
        """),
         mailer="outlook-fr", lang="fr",
         rules=["sensitive", "recipient"], cats=["care"], about=["P0040"], mis=True,
         note="French plan summary for Chloé Lambert sent to sarah.lambrechts (mother of Noah Van den Broeck)",
         fmt=["plain"])

    mail("omgangsregeling-stan", "2025-01-07 10:20", S("mae"), [par("P0023", 1)],
         "Nieuwe omgangsregeling - gegevens Stan De Smet (OV3-4A)", T("""
        Beste mevrouw De Smet,

        Bedankt voor het doorsturen van het vonnis. We hebben in onze administratie genoteerd dat
        Stan na de scheiding in de oneven weken bij zijn vader verblijft en in de even weken bij u.
        De rapporten en uitnodigingen sturen we voortaan apart naar beide ouders. Zijn vader mag
        Stan op woensdagnamiddag ophalen; anderen enkel met een briefje van u.

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         rules=["sensitive", "recipient"], cats=["family"], about=["P0022"], mis=True,
         note="custody details of Stan De Smet sent to desmet.an (mother of Robbe Desmet)",
         fmt=["plain"])


# ======================================================================================
# D. personal mails about one pupil that carry no sensitive fact
# ======================================================================================
def section_personal():
    mail("rendez-vous-lucas-deplace", "2024-12-04 12:30", S("jvr"), [par("P0018", 1)],
         "Rendez-vous déplacé - Lucas", T("""
        Madame Dubois,

        Suite à une réunion imprévue, je dois malheureusement déplacer notre rendez-vous concernant
        Lucas. Serait-il possible de venir le jeudi 12 décembre à 17h au lieu du mardi ? Le local
        reste le même (B.014).

        Merci de votre compréhension et bien cordialement,
        Jelle Vranckx
        Titulaire OV3-2B
        """),
         mailer="outlook-fr", lang="fr", about=["P0018"],
         note="moved parent-teacher meeting, no sensitive fact, to the right parent", fmt=["plain"])

    mail("re-leesboek-jonas", "2024-09-17 20:05", S("bgo"), [par("P0002", 1)],
         "RE: boek Nederlands", T("""
        Beste mevrouw Peeters,

        Jonas heeft geen eigen exemplaar nodig: we lezen 'De schat van de Zilverberg' in de klas en
        de boeken blijven op school. Als hij thuis wil verder lezen, mag hij er een lenen in de
        klasbib.

        Vriendelijke groeten,
        Bart Goossens
        """) + gmail_quote("Op di 17 sep 2024 om 18:22 schreef Hilde Peeters <peeters.hilde@skynet.be>:", T("""
        Dag meneer Goossens, moet Jonas het leesboek voor Nederlands zelf kopen? Zo ja, welk?
        Groetjes, Hilde
        """)),
         about=["P0002"], note="question about a reading book, reply to the right parent",
         fmt=["plain", "reply"], reply="mail.skynet.be")

    mail("mila-taart-gebakken", "2024-11-20 15:40", S("sle"), [par("P0007", 1)],
         "Mila de bakker", T("""
        Beste ouders,

        Even een leuk bericht: Mila heeft vandaag bij de kookactiviteit zelf de appeltaart gemaakt.
        Ze woog de bloem af, roerde het deeg en legde de appeltjes er heel netjes op. De hele klas
        heeft ervan gesmuld! In de bijlage van Smartschool vindt u een foto.

        Vriendelijke groeten,
        Sofie Lenaerts
        """),
         about=["P0007"], note="praise for progress in the kitchen, no sensitive fact", fmt=["plain"])

    mail("jas-thibo-onthaal", "2025-01-15 11:20", S("mae"), [par("P0031", 1)],
         "Jas van Thibo", T("""
        Beste meneer Van Roy,

        De blauwe winterjas met de naam van Thibo erin ligt aan het onthaal. Hij heeft ze gisteren in
        de turnzaal laten hangen. Thibo mag ze vandaag na school komen halen, of we geven ze morgen
        mee op de bus.

        Met vriendelijke groeten,
        Martine Aerts
        """),
         about=["P0031"], note="lost jacket", fmt=["plain"])

    mail("ophaaluur-elif", "2024-09-13 14:15", S("mae"), [par("P0021", 1)],
         "Nieuw ophaaluur bus Elif", T("""
        Beste mevrouw Yilmaz,

        Vanaf maandag 16 september haalt de bus van route 6 Elif om 7u40 op in plaats van 7u35,
        aan dezelfde halte. 's Avonds verandert er niets.

        Met vriendelijke groeten,
        Martine Aerts
        Leerlingensecretariaat
        """),
         about=["P0021"], note="new bus pick-up time", fmt=["plain"])

    mail("zakgeld-zoo-warre", "2024-09-30 18:15", S("bgo"), [par("P0043", 1)],
         "Uitstap zoo vrijdag", T("""
        Beste meneer Coppens,

        Warre vroeg vandaag hoeveel zakgeld hij mag meenemen naar de zoo vrijdag. Wij raden
        maximum 5 euro aan, voor een drankje of een klein souvenir. Het middageten nemen ze zelf mee.
        We vertrekken om 8u45 en zijn terug rond 15u45.

        Groeten,
        Bart Goossens
        """),
         about=["P0043"], note="practical details of a school trip", fmt=["plain"])

    mail("foto-website-amber", "2025-05-06 12:55", S("adv"), [par("P0044", 1)],
         "Foto voor de website", T("""
        Beste mevrouw Verhaegen,

        Voor het artikel over ons schoolfeest op de website zouden we graag een foto gebruiken waarop
        Amber samen met twee klasgenoten de ballonnen uitdeelt. Gaat u daarmee akkoord? Een
        antwoord op deze mail volstaat.

        Vriendelijke groeten,
        An Devos
        """),
         about=["P0044"], note="photo consent question", fmt=["plain"])

    mail("traktatie-ferre", "2025-03-11 16:00", S("hsm"), [par("P0039", 1)],
         "RE: traktatie", T("""
        Dag meneer Daems,

        Natuurlijk mag Ferre trakteren in de klas! Fruit of iets kleins is perfect. Vrijdag na de
        speeltijd van 10u past het best, dan kunnen we samen zingen.

        Groetjes,
        Hilde Smets
        """),
         about=["P0039"], note="birthday treat in class (no date of birth)", fmt=["plain", "reply"],
         reply="mail.gmail.com")

    mail("eerste-stagedag-bram", "2024-10-25 13:05", S("dvd"), [pup("P0029")],
         "Je eerste stagedag bij Dijlewerk", T("""
        Dag Bram,

        Maandag is je eerste stagedag bij Dijlewerk. Niet vergeten:

        - om 8u20 aan de ingang van de werkplaats (de blauwe poort), ik wacht je op;
        - werkschoenen en je werkbroek aandoen;
        - brooddoos en drinkfles meenemen;
        - je stageschrift zit in je boekentas.

        Veel succes!
        Meneer Van Damme
        """),
         about=["P0029"], note="practical info for the first placement day, sent to the pupil",
         fmt=["plain"])

    mail("sports-day-aaliyah", "2025-05-20 10:45", S("sve"), [par("P0017", 1)],
         "Sports day - registration", T("""
        Dear Mrs Mensah,

        Thank you for returning the form: Aaliyah is registered for our sports day on Friday
        6 June. She chose the relay race and the obstacle course. Please give her sports shoes,
        a cap and a water bottle. Parents are welcome to watch from 13.30.

        Kind regards,
        Stijn Verhoeven
        PE teacher
        """),
         mailer="outlook-en", lang="en", about=["P0017"],
         note="sports day registration, in English", fmt=["plain"])

    mail("turnzak-mohamed", "2024-10-14 15:50", S("sve"), [par("P0033", 1)],
         "Turnzak", T("""
        Beste mevrouw Diallo,

        Mohamed had de laatste drie LO-lessen zijn turnzak niet bij. Wilt u erop letten dat hij op
        maandag en donderdag zijn sportkledij en turnpantoffels meeneemt?

        Sportieve groeten,
        Stijn Verhoeven
        """),
         about=["P0033"], note="forgotten sports kit", fmt=["plain"])

    mail("rapport-hanne", "2024-12-20 17:30", S("adv"), [par("P0032", 1)],
         "Het rapport van Hanne", T("""
        Beste ouders,

        Helaas konden we elkaar niet zien op het oudercontact, daarom kort: Hanne heeft een heel mooi
        rapport. Ze is een fijne klasgenoot, werkt zelfstandig in het atelier en haar rekenwerk is
        sterk vooruitgegaan. Het rapport zit in haar boekentas. Een fijne vakantie gewenst!

        An Devos
        """),
         about=["P0032"], note="good school report", fmt=["plain"])

    mail("heen-en-weer-eva-donderdag", "2025-03-20 15:15", S("sle"), [par("P0042", 1)],
         "Heen-en-weer Eva - donderdag", T("""
        Dag ouders van Eva,

        Heen-en-weer van vandaag:
        - zwemmen: Eva is voor het eerst zonder bandjes van de trap in het water gestapt, super!
        - middag: boterhammen helemaal opgegeten;
        - namiddag: knutselen voor Pasen, ze was heel vrolijk.

        Morgen koken we pannenkoeken: graag een schort meegeven.

        Groetjes,
        juf Sofie
        """),
         about=["P0042"], note="daily communication notebook by mail, nothing sensitive", fmt=["plain"])

    mail("leerlingenkaart-omar", "2024-10-01 12:40", S("mae"), [par("P0045", 1)],
         "Leerlingenkaart Omar", T("""
        Beste mevrouw Saidi,

        De nieuwe leerlingenkaart van Omar is klaar. We geven ze morgen mee in zijn boekentas. Met
        deze kaart kan hij gratis binnen in het zwembad op woensdagnamiddag.

        Met vriendelijke groeten,
        Martine Aerts
        """),
         about=["P0045"], note="pupil card ready", fmt=["plain"])


# ======================================================================================
# G. general letters to all parents / all staff (must pass)
# ======================================================================================
OUDERS_ALL = "ouders-buso@spc.ksleuven.be"


def section_general():
    html = outlook_html(
        "Beste ouders,\n\nVanaf maandag 3 februari start het therapierooster van het tweede semester. "
        "Hieronder vindt u per klasgroep op welke momenten de therapeuten in de klas of in de "
        "therapielokalen werken. Welke therapie uw kind precies krijgt, staat in zijn of haar "
        "handelingsplan en bespreken we graag op het oudercontact.\n",
        Table(["Klasgroep", "Logopedie", "Kinesitherapie", "Ergotherapie"],
              [["OBS-A, OBS-B, OBS-C", "ma en do voormiddag", "di namiddag", "wo voormiddag"],
               ["OV1 en OV2", "di en vr voormiddag", "ma en do namiddag", "di namiddag"],
               ["OV3 eerste en tweede jaar", "wo voormiddag", "vr voormiddag", "ma voormiddag"],
               ["OV3 derde jaar", "do namiddag", "di voormiddag", "do voormiddag"],
               ["OV3 vierde jaar (stage)", "wo voormiddag", "wo voormiddag", "op afspraak"],
               ["OV4", "op afspraak", "ma voormiddag", "vr namiddag"]]),
        "\nLogopedie gaat door in K.021, kinesitherapie in zaal T2 en ergotherapie in T5. Tijdens "
        "de zwemlessen vervalt de kinesitherapie van die dag.\n\nMet vriendelijke groeten,\n"
        "Katrien Vermeulen\nDirecteur\n")
    mail("therapierooster-tweede-semester", "2025-01-28 17:00", DIRECTIE, [],
         "Therapierooster tweede semester", html=html, bcc=[OUDERS_ALL],
         note="general therapy schedule per class group, no pupil named, parents in BCC",
         fmt=["alt", "table", "bcc-envelope"])

    rows = [["1", "Bertem, Tervuren", "7u05", "8u20", "15u50"],
            ["2", "Herent, Veltem", "7u15", "8u25", "15u50"],
            ["3", "Heverlee, Oud-Heverlee", "7u20", "8u20", "15u55"],
            ["4", "Kessel-Lo, Linden", "7u35", "8u25", "15u55"],
            ["5", "Wilsele, Wijgmaal, Rotselaar", "7u10", "8u25", "16u00"],
            ["6", "Lubbeek, Pellenberg", "7u25", "8u20", "15u50"],
            ["7B", "Holsbeek, Kortrijk-Dutsel", "7u30", "8u25", "16u00"],
            ["8", "Boutersem, Bierbeek", "7u00", "8u20", "15u55"]]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            "<p>Beste ouders,</p>\n<p>Vanaf maandag 3 februari rijden de schoolbussen volgens een "
            "aangepaste dienstregeling. De uren hieronder zijn richturen; de exacte halte en het uur "
            "voor uw kind vindt u in Smartschool onder <i>Vervoer</i>.</p>\n"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
            "<tr><th>Route</th><th>Gemeenten</th><th>Vertrek eerste halte</th><th>Aankomst school</th>"
            "<th>Vertrek school</th></tr>\n" +
            "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % _x(c) for c in r) for r in rows) +
            "</table>\n<p>Op woensdag vertrekken alle bussen om 12u10 aan school.</p>\n"
            "<p>Is uw kind ziek of afwezig, verwittig dan v&oacute;&oacute;r 7u de begeleidster via "
            "de gewone afspraken, zodat de bus niet nodeloos wacht.</p>\n"
            "<p>Met vriendelijke groeten,<br>Leerlingensecretariaat BuSO Sint-Pieterscollege</p>\n"
            "</body></html>\n")
    mail("busuren-vanaf-februari", "2025-01-24 16:30", SECRETARIAAT, [],
         "Nieuwe busuren vanaf 3 februari", html=html, bcc=[OUDERS_ALL],
         note="general bus timetable per route, no names", fmt=["html-only", "table", "bcc-envelope"])

    mail("nieuw-zorgplatform-kompas", "2024-09-09 18:00", DIRECTIE, [],
         "Nieuw: het zorgplatform Kompas", T("""
        Beste ouders,

        Vanaf dit schooljaar werken onze leerkrachten, therapeuten en het zorgteam met Kompas, een
        beveiligd platform voor de handelingsplannen, de therapieverslagen en de heen-en-weer-
        berichten. Kompas vervangt de papieren zorgmap.

        Wat betekent dit voor u?
        - In de week van 23 september krijgt u via Smartschool een uitnodiging om uw ouderaccount te
          activeren. U kiest daarbij zelf een wachtwoord.
        - Wij sturen nooit een wachtwoord per mail, en niemand van de school zal u ooit naar uw
          wachtwoord vragen. Krijgt u toch zo'n vraag, meld het dan aan het secretariaat.
        - U kan in Kompas het handelingsplan van uw kind lezen en opmerkingen geven voor de evaluatie.

        Op de infoavond van donderdag 26 september om 19u tonen we hoe het werkt.

        Met vriendelijke groeten,
        Katrien Vermeulen
        Directeur
        """),
         bcc=[OUDERS_ALL],
         note="general letter about the new care platform; mentions passwords but contains none",
         fmt=["plain", "bcc-envelope"])

    pdf = make_pdf([
        "Infobrief CLB - schooljaar 2024-2025",
        "Het CLB werkt samen met de school rond leren, studiekeuze, welbevinden en gezondheid.",
        "Elke school heeft een vaste CLB-medewerker (CLB-anker).",
        "U kan het CLB zelf contacteren; de begeleiding is gratis en vertrouwelijk.",
        "Systematische contacten: medisch consult en vaccinaties volgens het vaccinatieschema.",
        "Meer informatie: www.vclb-leuven.be",
    ], title="CLB infobrief")
    mail("infobrief-clb", "2024-09-16 17:30", DIRECTIE, [],
         "Infobrief van het CLB", T("""
        Beste ouders,

        In bijlage vindt u de infobrief van ons Centrum voor Leerlingenbegeleiding (VCLB Leuven). U
        leest er wie het CLB is, wanneer het CLB met uw kind werkt en hoe u zelf contact kan opnemen.
        Het CLB-anker van onze school is dit jaar Jasmien De Ridder; zij is op dinsdag aanwezig op
        school.

        Met vriendelijke groeten,
        De directie
        """),
         atts=[("CLB_infobrief_2024-2025.pdf", pdf)], bcc=[OUDERS_ALL],
         note="general CLB information letter with a PDF", fmt=["plain", "attachment-pdf", "bcc-envelope"])

    mail("medicatiebeleid-herinnering", "2024-09-04 17:15", DIRECTIE, [],
         "Medicatie op school: afspraken", T("""
        Beste ouders,

        Bij de start van het schooljaar herhalen we de afspraken rond medicatie op school:

        1. Wij geven enkel medicatie die door een arts is voorgeschreven, met het ingevulde attest
           'medicatie op school' (te vinden op Smartschool en bij het secretariaat).
        2. Geef de medicatie mee in de originele verpakking, met de naam van uw kind erop.
        3. Noodmedicatie (bijvoorbeeld bij epilepsie of allergie) krijgt een vaste plaats in de
           verpleegpost en, indien nodig, in de rugzak voor de bus. Bespreek dit met onze
           schoolverpleegkundige.
        4. Wijzigt de dosis, dan hebben we een nieuw attest nodig.

        Bedankt voor uw medewerking,
        Katrien Vermeulen
        Directeur
        """),
         bcc=[OUDERS_ALL], note="general medication policy, no pupil", fmt=["plain", "bcc-envelope"])

    mail("pestactieplan-2024-2025", "2024-10-01 18:00", DIRECTIE, [],
         "Ons pestactieplan", T("""
        Beste ouders,

        Een veilige school is voor al onze leerlingen de basis. Daarom werkten we dit jaar ons
        pestactieplan bij. Enkele kernpunten:

        - Elke melding van pesten, ook op de bus of online, wordt binnen twee schooldagen opgevolgd.
        - We werken met de no-blame-methode en met herstelgesprekken.
        - Busbegeleiders en opvoeders kregen een vorming over signalen van pesten.
        - Uw kind kan altijd terecht bij de klastitularis, de opvoeders of de orthopedagoge.

        Het volledige plan vindt u op Smartschool onder 'Schoolinfo'.

        Met vriendelijke groeten,
        De directie
        """),
         bcc=[OUDERS_ALL], note="general anti-bullying policy", fmt=["plain", "bcc-envelope"])

    mail("herinnering-schoolrekening-algemeen", "2025-01-13 17:45", BOEKHOUDING, [],
         "Herinnering schoolrekening eerste trimester", T("""
        Beste ouders,

        Een vriendelijke herinnering: de schoolrekening van het eerste trimester moest betaald zijn
        tegen 31 december. Hebt u ze intussen betaald, dan mag u deze mail als niet verzonden
        beschouwen.

        Gebruik bij de overschrijving altijd de gestructureerde mededeling die op uw rekening staat.
        Lukt het niet om alles in één keer te betalen, dan kan u een afbetalingsplan aanvragen bij
        de boekhouding. Ook vragen over de schooltoeslag of een tussenkomst beantwoorden we graag.
        Alles wordt discreet behandeld.

        Met vriendelijke groeten,
        Boekhouding Sint-Pieterscollege
        """),
         bcc=[OUDERS_ALL], note="payment reminder sent to everybody, no one named, no IBAN",
         fmt=["plain", "bcc-envelope"])

    mail("infoavond-stages-integratiefase", "2024-09-19 16:50", S("dvd"), [S("dvd")],
         "Infoavond stages integratiefase - dinsdag 1 oktober", T("""
        Beste ouders van de leerlingen van het vierde jaar OV3,

        Graag nodigen we u uit op de infoavond over de stages in de integratiefase op dinsdag
        1 oktober om 19u in de refter van gebouw B. We stellen de stageplaatsen voor (maatwerk-
        bedrijven, dagcentra en gewone bedrijven), de afspraken rond vervoer en verzekering, en
        de rol van de jobcoach.

        Na de voorstelling is er tijd voor vragen en kan u kennismaken met enkele stagebegeleiders.

        Met vriendelijke groeten,
        Dirk Van Damme
        Stagecoördinator
        """),
         bcc=class_parents("OV3-4A", "OV3-4B", "OV3-4C"),
         note="invitation to all parents of the fourth year, parents only in BCC",
         fmt=["plain", "bcc-envelope"])

    mail("zwemlessen-tweede-trimester", "2024-12-18 16:10", S("sve"), [S("sve")],
         "Zwemlessen vanaf januari", T("""
        Beste ouders,

        Vanaf maandag 6 januari gaan alle klassen van de observatiefase en OV2 om de twee weken zwemmen
        in het stedelijk zwembad. Graag elke zwemdag meegeven: zwemgerief, handdoek, een kam en
        een extra zak voor de natte spullen. Zwembandjes en hulpmiddelen zijn op school aanwezig.

        Kan uw kind om een bepaalde reden niet zwemmen, geef dan een briefje mee.

        Sportieve groeten,
        Stijn Verhoeven
        Leerkracht LO
        """), cte="base64",
         bcc=class_parents("OBS-A", "OBS-B", "OBS-C", "OV2-A", "OV2-B", "OV2-C"),
         note="swimming letter to all parents of several classes in BCC, base64 body",
         fmt=["plain-base64", "bcc-envelope"])

    mail("staking-busvervoer-13-februari", "2025-02-10 15:30", DIRECTIE, [],
         "Staking donderdag 13 februari: geen busvervoer", T("""
        Beste ouders,

        Door de nationale actiedag op donderdag 13 februari rijden de schoolbussen die dag niet. De
        school blijft open en er is les en opvang voor alle leerlingen die op eigen gelegenheid
        kunnen komen. Kan uw kind niet komen, dan is de afwezigheid gewettigd; verwittig wel het
        secretariaat via Smartschool.

        Met vriendelijke groeten,
        Katrien Vermeulen
        Directeur
        """),
         bcc=[OUDERS_ALL], note="strike day announcement to all parents", fmt=["plain", "bcc-envelope"])

    en_parents = [par("P0017"), par("P0047")] + [r[5] for r in ROSTER[60:66]]
    mail("new-year-letter-english", "2025-01-06 17:20", S("kvm"), [S("kvm")],
         "Happy New Year from BuSO Sint-Pieterscollege", T("""
        Dear parents,

        On behalf of the whole team, I wish you and your family a happy and healthy 2025.

        A few dates for the coming weeks:
        - Monday 6 January: school starts again; buses run on the usual timetable.
        - Thursday 23 January: parents' evening for the observation classes.
        - Monday 3 February: new therapy and bus timetable (you will receive it by mail).
        - 3 to 7 March: spring holiday.

        Our English-language information sheets are available on Smartschool under 'School info'.

        Warm regards,
        Katrien Vermeulen
        Head of school
        """),
         mailer="outlook-en", lang="en", bcc=en_parents,
         note="general letter to English-speaking parents, addresses in BCC", fmt=["plain", "bcc-envelope"])

    mail("luizen-op-school", "2024-10-08 16:20", DIRECTIE, [],
         "Luizen op school", T("""
        Beste ouders,

        In enkele klassen werden de voorbije dagen hoofdluizen vastgesteld. Dat heeft niets met
        hygiëne te maken en kan iedereen overkomen. We vragen u om het haar van uw kind deze week
        grondig te controleren met een luizenkam, en bij luizen meteen te behandelen. Wilt u het
        melden aan de klastitularis? Dat blijft uiteraard discreet.

        Meer tips vindt u in de folder van het CLB op Smartschool.

        Met vriendelijke groeten,
        De directie
        """), cte="quoted-printable",
         bcc=[OUDERS_ALL], note="general head-lice letter, nobody named", fmt=["plain-qp", "bcc-envelope"])

    fr_parents = [par("P0018", 1), par("P0018", 2), par("P0040", 1)] + [r[5] for r in ROSTER[120:124]]
    mail("journee-pedagogique-fr", "2024-11-05 17:05", S("kvm"), [S("kvm")],
         "Journée pédagogique - mardi 12 novembre", T("""
        Chers parents,

        Nous vous rappelons que le mardi 12 novembre est une journée pédagogique : il n'y a pas cours
        et les bus ne circulent pas. Une garderie est organisée à l'école de 8h à 16h pour les
        élèves qui ne peuvent pas rester à la maison. Merci de l'indiquer au secrétariat avant
        vendredi.

        Bien cordialement,
        Katrien Vermeulen
        Directrice
        """),
         mailer="outlook-fr", lang="fr", bcc=fr_parents,
         note="general letter in French to French-speaking parents in BCC", fmt=["plain", "bcc-envelope"])

    mail("pedagogische-studiedag-personeel", "2024-11-04 12:15", DIRECTIE, [],
         "Pedagogische studiedag 12 november - programma", T("""
        Beste collega's,

        Het programma van de pedagogische studiedag van dinsdag 12 november:

        8u45   onthaal en koffie in de refter
        9u15   'Visueel ondersteunen in de klas' - workshop in drie groepen
        12u00  broodjeslunch
        13u00  werkgroepen per fase: evaluatie van de handelingsplannen, nieuwe sjablonen in Kompas
        15u30  afsluiting

        De indeling in groepen hangt aan het bord in de leraarskamer.

        Katrien
        """),
         bcc=[PERSONEEL], note="programme for all staff, staff list in BCC", fmt=["plain", "bcc-envelope"])

    mail("brandoefening-personeel", "2024-10-14 08:05", DIRECTIE, [],
         "Brandoefening deze week", T("""
        Beste collega's,

        Deze week houden we een onaangekondigde brandoefening. Even de afspraken opfrissen:

        - Bij het alarm verlaat je met je klas het gebouw via de aangeduide nooduitgang.
        - Leerlingen met een rolstoel of rolwagen gebruiken de helling aan gebouw C, nooit de lift.
        - Prikkelgevoelige leerlingen mogen hun koptelefoon opzetten; neem de klaslijst mee.
        - Verzamelplaats: de voetbalvelden. Meld de aanwezigheid aan de coördinator met het fluohesje.

        Bedankt!
        Katrien Vermeulen
        """),
         bcc=[PERSONEEL], note="fire drill instructions to all staff in BCC", fmt=["plain", "bcc-envelope"])

    mail("procedure-fysieke-interventie", "2024-09-27 13:30", DIRECTIE, [],
         "Bijgewerkte procedure time-out en fysieke interventie", T("""
        Beste collega's,

        Na de evaluatie van vorig schooljaar werd onze procedure voor time-out en fysieke
        interventie bijgewerkt. De belangrijkste wijzigingen:

        1. Fysieke interventie is altijd de laatste stap en gebeurt, waar mogelijk, met twee
           personeelsleden.
        2. Een leerling in de time-outruimte blijft altijd onder toezicht; de deur blijft open.
        3. Elke interventie wordt dezelfde dag gemeld aan de directie en in het register genoteerd.
        4. De ouders worden dezelfde dag verwittigd door de klastitularis.
        5. Wie een interventie meemaakte, kan een debriefing vragen bij de orthopedagoge.

        De volledige procedure staat op het intranet. Op 12 november oefenen we de technieken
        tijdens de studiedag.

        Katrien Vermeulen
        Directeur
        """),
         bcc=[PERSONEEL], note="general procedure for time-out and restraint, no pupil",
         fmt=["plain", "bcc-envelope"])

    mail("phishing-golf-waarschuwing", "2025-01-29 09:00", ICT, [],
         "Let op: phishingmails 'Smartschool-wachtwoord verlopen'", T("""
        Beste collega's,

        Sinds gisteren circuleren er mails die lijken te komen van Smartschool, met als onderwerp
        'Uw wachtwoord is verlopen'. Klik niet op de link en vul niets in. Smartschool en de
        ICT-dienst vragen nooit naar je wachtwoord via mail.

        Heb je toch iets ingevuld? Wijzig dan meteen je wachtwoord via 'Wachtwoord vergeten' en
        verwittig ons, zodat we je account kunnen controleren.

        ICT Sint-Pieterscollege
        """),
         bcc=[PERSONEEL], note="phishing warning to all staff; talks about passwords, contains none",
         fmt=["plain", "bcc-envelope"])

    mail("deadlines-handelingsplannen", "2025-02-25 14:10", S("pvh"), [S("pvh")],
         "Deadlines tussentijdse evaluatie handelingsplannen", T("""
        Beste collega's,

        De tussentijdse evaluaties van de handelingsplannen moeten afgerond zijn tegen vrijdag
        21 maart. Concreet:

        • klastitularissen vullen de evaluatie per doel in Kompas in;
        • therapeuten voegen hun verslag toe (maximaal één pagina per leerling);
        • de orthopedagoge plant de evaluatiegesprekken met de ouders in de week van 24 maart;
        • vragen over het sjabloon: bij Pieter of Ruth.

        Dank jullie wel voor het harde werk – ik weet dat het een drukke periode is.

        Pieter Van Hoof
        Zorgcoördinator
        """), charset="cp1252", cte="8bit",
         bcc=[PERSONEEL], note="general deadlines for the plan reviews, no pupil, cp1252",
         fmt=["plain-cp1252", "bcc-envelope"])

    mail("opleiding-kompas-personeel", "2024-09-06 15:40", ICT, [],
         "Opleiding Kompas - inschrijven", T("""
        Beste collega's,

        Vanaf 23 september gebruiken we Kompas voor alle zorgdossiers. Er zijn drie opleidingsmomenten
        van een uur in het computerlokaal A.110:

        - maandag 16 september, 15u45
        - woensdag 18 september, 13u00
        - donderdag 19 september, 15u45

        Schrijf je in via het formulier op het intranet. Je login krijg je tijdens de opleiding
        persoonlijk; we sturen geen wachtwoorden per mail.

        ICT Sint-Pieterscollege
        """),
         bcc=[PERSONEEL], note="training sessions for the care platform, no credentials",
         fmt=["plain", "bcc-envelope"])

    mail("welkom-nieuwe-collegas", "2024-10-18 12:30", DIRECTIE, [],
         "Welkom aan onze nieuwe collega's", T("""
        Beste collega's,

        Graag stel ik jullie onze nieuwe collega's voor:

        - Jolien Dewulf, logopediste, vervangt Eline op woensdag en vrijdag;
        - Simon Thys, kinesitherapeut, werkt vooral met OV1 en OV2;
        - Nick Vandevelde, interimleerkracht PAV en Nederlands in OV3-3B;
        - Joke Beckers, verpleegkundige, neemt vanaf eind november de verpleegpost over tijdens de
          afwezigheid van Greet.

        Heten jullie hen mee welkom? Vrijdag na de lessen is er een drankje in de leraarskamer.

        Katrien
        """),
         bcc=[PERSONEEL], note="welcome letter to all staff, only staff names", fmt=["plain", "bcc-envelope"])


# ======================================================================================
# F. ordinary mail, with bcc / private_account / attachment / personal_data cases
# ======================================================================================
def section_ordinary():
    mail("herinnering-infoavond-ouders-4a", "2024-09-30 12:10", S("bgo"),
         [par("P0015"), par("P0036"), par("P0043"), par("P0029"), par("P0049")],
         "Herinnering: infoavond stages morgen", T("""
        Beste ouders,

        Een kleine herinnering: morgen dinsdag om 19u is de infoavond over de stages in de refter
        van gebouw B. Ik zou het fijn vinden als jullie er allemaal bij zijn, want we maken ook de
        afspraken rond het vervoer naar de stageplaatsen.

        Tot morgen,
        Bart Goossens
        Klastitularis OV3-4A
        """),
         rules=["bcc"], note="five parents' addresses visible to each other in To", fmt=["plain"])

    mail("uitstap-rotselaar-ouders-ov3-2a", "2025-04-30 13:20", S("adv"), ["ouders-ov3-2a@spc.ksleuven.be"],
         "Fietsuitstap vrijdag - laatste info", T("""
        Beste ouders,

        Vrijdag fietsen we met de klas naar het Provinciedomein in Rotselaar. We vertrekken om 9u
        en zijn terug om 15u30. Graag meegeven: fluohesje, lunchpakket, drinkfles, regenjas. Bij
        slecht weer gaan we met de bus.

        Vriendelijke groeten,
        An Devos
        """),
         rules=["bcc"], note="class parents list address in To instead of BCC", fmt=["plain", "group-in-to"])

    mail("personeelsfeest-inschrijven", "2025-05-08 10:30", S("smi"), [S("kvm")],
         "Personeelsfeest 20 juni - inschrijven!", T("""
        Dag Katrien (en iedereen in cc),

        Het personeelsfeest gaat door op vrijdag 20 juni vanaf 18u in de tuin van de pastorij.
        Thema: 'Zomer aan de Dijle'. Inschrijven kan tot 6 juni via het formulier op het intranet;
        partners zijn welkom.

        Het feestcomité
        Senne
        """),
         cc=[PERSONEEL],
         rules=["bcc"], note="staff list address in CC", fmt=["plain", "group-in-cc"])

    mail("stageschrift-leerlingen-ov3-4a", "2025-03-14 14:40", S("bgo"), ["leerlingen-ov3-4a@spc.ksleuven.be"],
         "Stageschrift maandag meebrengen!", T("""
        Dag iedereen,

        Vergeet maandag jullie stageschrift niet. We schrijven samen het verslag van de eerste week
        en ik kijk de werkuren na. Wie het kwijt is, komt even naar mij.

        Meneer Goossens
        """),
         rules=["bcc"], note="pupils' class list address in To", fmt=["plain", "group-in-to"])

    mail("re-stagekalender-derde-trimester", "2025-04-01 09:30", S("dvd"), [EXT["dijlewerk"]],
         "RE: stagekalender derde trimester", T("""
        Dag allemaal,

        Bedankt voor jullie reacties. Dan houden we het zo: blokstages van 28 april tot 23 mei, en de
        eindevaluaties in de week van 2 juni. Ik kom bij ieder van jullie langs in de laatste
        week van mei; ik stuur nog een voorstel van datum.

        Groeten,
        Dirk
        """) + outlook_quote("Hans Moors", "maandag 31 maart 2025 16:12",
                               "Dirk Van Damme; Sanne Verlinden; Valérie Dumont", "RE: stagekalender derde trimester", T("""
        Voor ons is 28 april prima, graag wel pas vanaf 9u.
        Hans
        """)),
         cc=[EXT["wissel"], EXT["brabant"]],
         rules=["bcc"], note="reply-all: three outside partners see each other's addresses",
         fmt=["plain", "reply"], reply="dewissel-maatwerk.be")

    mail("programme-trip-from-gmail", "2025-05-12 21:05", "Sofie Lenaerts <%s>" % PRIVATE["sle"],
         [par("P0017")],
         "Programme of Thursday's trip", T("""
        Dear Mrs Mensah,

        My school e-mail is not working at home, so I am sending this from my own address. As
        asked, the programme of the trip to Planckendael on Thursday:

        - 8.45 departure by bus from school
        - 10.00 - 12.00 visit in small groups with a teacher
        - 12.00 picnic
        - 13.30 animal show, then back to the bus
        - 15.45 back at school

        Best wishes,
        Sofie
        """),
         mailer="gmail", lang="en",
         rules=["private_account"], note="teacher writes to a parent about school business from her gmail",
         fmt=["plain"])

    mail("fw-therapierooster-week-12", "2025-03-16 19:40", S("lva"), [PRIVATE["lva"]],
         "FW: therapierooster week 12", T("""
        (om thuis de planning te maken)
        """) + outlook_quote("Pieter Van Hoof", "vrijdag 14 maart 2025 15:20", "therapeuten",
                               "therapierooster week 12", T("""
        Dag iedereen,

        Volgende week vervallen de therapiemomenten op woensdag door de sportdag van de
        observatiefase. Kine schuift door naar donderdagnamiddag, ergo naar vrijdagvoormiddag.
        Logopedie gaat gewoon door.

        Pieter
        """)),
         rules=["private_account"], note="staff forwards school mail to her own hotmail",
         fmt=["plain", "forward"])

    mail("fietstocht-zaterdag", "2025-04-10 20:15", "Tom Wouters <%s>" % PRIVATE["two"],
         ["Jeroen Mattheus <jeroen.mattheus@telenet.be>"],
         "zaterdag rit?", T("""
        Jeroen,

        Zin in een rit zaterdag? Ik dacht aan de Dijlevallei tot Wavre en terug, een kleine 90 km.
        Vertrek 8u aan de kerk van Kessel-Lo. Als het regent, zondag.

        Tom
        """),
         mailer="gmail", note="staff private mail about a private matter: fine", fmt=["plain"])

    mail("agendapunt-personeelsvergadering", "2024-11-24 21:50", "Nadia Bouzid <%s>" % PRIVATE["nbo"],
         [S("kvm")],
         "agendapunt personeelsvergadering", T("""
        Dag Katrien,

        Kan je op de personeelsvergadering van donderdag het punt 'busbegeleiding bij de namiddag-
        uitstappen' toevoegen? Er zijn deze maand drie keer te weinig begeleiders geweest.

        Alvast bedankt en een fijne avond,
        Nadia
        """),
         mailer="gmail",
         rules=["private_account"], note="teacher uses her private hotmail for school business with the director",
         fmt=["plain"])

    docm = make_docx([
        "SJABLOON INDIVIDUEEL HANDELINGSPLAN 2025",
        "Naam leerling: ...   Klas: ...   Type: ...",
        "Beginsituatie: ...",
        "Doelen (max. 4): ...",
        "Therapie: logopedie / kinesitherapie / ergotherapie - frequentie: ...",
        "Redelijke aanpassingen: ...",
        "Evaluatie: ...",
        "[Knop 'Exporteer naar Kompas' - werkt enkel met macro's ingeschakeld]",
    ], macro=True, title="Sjabloon IHP 2025")
    mail("sjabloon-ihp-met-macro", "2025-01-09 16:25", S("rcl"), [S("pvh")],
         "Nieuw sjabloon IHP (met exportknop)", T("""
        Dag Pieter,

        Hierbij het nieuwe sjabloon voor de handelingsplannen. Er zit een macro in die de velden
        rechtstreeks naar Kompas exporteert; je moet wel 'Inhoud inschakelen' klikken bij het openen.
        Als het voor jou werkt, stuur ik het naar de klastitularissen.

        Ruth
        """),
         atts=[("IHP_sjabloon_2025.docm", docm)],
         rules=["attachment"], note="Word template with macros (.docm), empty template without pupil data",
         fmt=["plain", "attachment-docm"])

    xlsm = make_xlsx([["Route", "Busnummer", "Vertrek", "Aankomst", "Begeleider"],
                      ["1", 12, "7u05", "8u20", "ja"], ["2", 17, "7u15", "8u25", "ja"],
                      ["3", 23, "7u20", "8u20", "ja"], ["4", 28, "7u35", "8u25", "ja"],
                      ["5", 31, "7u10", "8u25", "ja"]], macro=True, sheet="Februari")
    mail("busplanning-februari-xlsm", "2025-01-22 14:35", S("mae"), [EXT["bus"]],
         "Busplanning februari", T("""
        Dag Patrick,

        In bijlage de planning voor februari. Het is ons bestand met de knop 'Routes herberekenen',
        dus u moet de macro's toelaten om de tijden te laten aanpassen.

        Met vriendelijke groeten,
        Martine Aerts
        """),
         atts=[("busplanning_februari.xlsm", xlsm)],
         rules=["attachment"], note="macro-enabled Excel workbook (.xlsm) sent to the bus company",
         fmt=["plain", "attachment-xlsm"])

    zp = _zip([("TherapieTimer_setup.exe", FAKE_EXE),
               ("LEESMIJ.txt", "Installeer als administrator. Licentie: schoollicentie BuSO.\r\n")])
    mail("therapietimer-installatie", "2024-10-29 11:15", S("kwi"), [S("eja")],
         "TherapieTimer installeren", T("""
        Dag Eline,

        Hierbij de installatie van TherapieTimer die je vroeg (de versie die de leverancier mij
        bezorgde). Pak de zip uit en start de setup; als Windows waarschuwt, klik 'Toch uitvoeren'.

        Kobe
        """),
         atts=[("TherapieTimer_setup.zip", zp)],
         rules=["attachment"], note="zip archive containing an .exe installer",
         fmt=["plain", "attachment-zip"])

    bat = T("""
        @echo off
        rem Printers koppelen - leraarskamer en gang C
        net use \\\\srv-print01\\Konica-Leraarskamer
        net use \\\\srv-print01\\Konica-GangC
        rundll32 printui.dll,PrintUIEntry /y /n "\\\\srv-print01\\Konica-Leraarskamer"
        echo Klaar!
        pause
        """).replace("\n", "\r\n").encode("ascii")
    mail("printers-koppelen-script", "2024-09-03 15:05", S("kwi"), [S("jvr")],
         "Script printers", T("""
        Jelle,

        Dubbelklik op het bestandje in de bijlage, dan worden de twee printers gekoppeld op je
        laptop.

        Kobe
        """),
         atts=[("printers_koppelen.bat", bat)],
         rules=["attachment"], note="batch script attachment (.bat)", fmt=["plain", "attachment-bat"])

    vbs = T("""
        ' Snelkoppelingen secretariaat
        Set sh = CreateObject("WScript.Shell")
        desk = sh.SpecialFolders("Desktop")
        Set lnk = sh.CreateShortcut(desk & "\\Smartschool.lnk")
        lnk.TargetPath = "https://sintpieterscollege.smartschool.be"
        lnk.Save
        MsgBox "Snelkoppelingen aangemaakt"
        """).replace("\n", "\r\n").encode("ascii")
    mail("snelkoppelingen-secretariaat", "2024-09-11 10:25", S("kwi"), [S("mae")],
         "Snelkoppelingen op je bureaublad", T("""
        Martine,

        Voor de nieuwe pc: open de bijlage en alle snelkoppelingen (Smartschool, Kompas, de
        gedeelde map) worden op je bureaublad gezet.

        Kobe
        """),
         atts=[("snelkoppelingen.vbs", vbs)],
         rules=["attachment"], note="VBScript attachment", fmt=["plain", "attachment-vbs"])

    mail("inschrijving-scholenzwemwedstrijd", "2025-03-05 13:45", S("sve"), [EXT["zwemclub"]],
         "Inschrijving scholenzwemwedstrijd 2 april", T("""
        Goedemiddag,

        Graag schrijf ik drie leerlingen van onze school in voor de scholenzwemwedstrijd van
        woensdag 2 april (reeks 25 m vrije slag, jongeren 14-16 jaar):

        - Tuur Geerts, geboren op 14/06/2010
        - Lore Schepers, geboren op 02/11/2009
        - Wout Huybrechts, geboren op 27/01/2010

        Begeleider: Stijn Verhoeven. We komen met de schoolbus, aankomst rond 13u15.

        Sportieve groeten,
        Stijn Verhoeven
        Leerkracht LO
        """),
         rules=["personal_data"], about=["P0038", "P0050", "P0026"],
         note="registration with pupils' dates of birth; nothing sensitive", fmt=["plain"])

    mail("terugbetaling-kerstmarkt-ouderraad", "2025-01-17 11:55", S("rpa"), [EXT["ouderraad"]],
         "Terugbetaling onkosten kerstmarkt", T("""
        Beste Geert,

        De onkosten van de kerstmarkt die de ouderraad voorschoot (kerstverlichting, warme
        chocomelk, bekers) zijn nagekeken. Wij storten € 146,80 terug op de rekening van de
        ouderraad, %s, met vermelding 'kerstmarkt 2024'.

        Nogmaals bedankt voor jullie inzet!

        Met vriendelijke groeten,
        Rita Pauwels
        Boekhouding
        """ % IBAN_OUDERRAAD),
         rules=["personal_data"], note="IBAN of the parents' association in a refund mail", fmt=["plain"])

    mail("planning-stagebezoeken-mei", "2025-05-02 10:10", S("dvd"), [EXT["wissel"]],
         "Planning stagebezoeken mei", T("""
        Dag Hans,

        Voor de eindevaluatie van onze twee stagiairs stel ik dinsdag 27 mei om 10u voor. We doen
        het evaluatieformulier samen en daarna een kort gesprek met elke stagiair apart. Past dat
        voor jullie?

        Groeten,
        Dirk
        """) + sig("dvd", phone=True),
         rules=["personal_data"], note="ordinary planning mail; the school's phone number in the signature",
         fmt=["plain"])

    mail("planning-klassenraden", "2025-03-07 12:45", S("adv"), [S("jvr"), S("hsm")],
         "Klassenraden maart", T("""
        Jelle, Hilde,

        Zullen we de klassenraden van OV3-2A en OV3-2B op dezelfde avond zetten? Ik stel dinsdag
        18 maart voor: 2A om 16u, 2B om 17u15. Dan moeten de therapeuten maar één keer blijven.

        An
        """),
         note="internal planning between colleagues", fmt=["plain"])

    mail("offerte-verzwaringsdekens", "2025-04-15 14:30", S("lva"), [EXT["ergoshop"]],
         "Offerteaanvraag verzwaringsmateriaal", T("""
        Goedemiddag,

        Graag ontvang ik een offerte voor:
        - 3 verzwaringsdekens 4 kg (afwasbare hoes)
        - 5 verzwaringskussens voor op schoot
        - 2 zitzakken voor een rustruimte

        Levering aan BuSO Sint-Pieterscollege, Gemeentestraat 12, 3010 Kessel-Lo, ter attentie van
        de ergotherapie. Graag met vermelding van de levertermijn.

        Met vriendelijke groeten,
        Lien Vandenberghe
        Ergotherapeute
        """),
         note="quote request to a supplier", fmt=["plain"])

    mail("research-visit-may", "2025-03-27 16:20", S("kvm"), [EXT["lindqvist"]],
         "Your visit in May", T("""
        Dear Dr Lindqvist,

        Thank you for your interest in how we organise visual support in our classes. You are very
        welcome on Tuesday 13 May. We propose the following:

        - 9.00 introduction with our care coordinator
        - 9.45 observation in two classes (no photographs or recordings of pupils, as agreed)
        - 11.30 conversation with the therapists
        - 12.30 lunch

        Please bring an identity document for the visitor registration at the reception.

        Kind regards,
        Katrien Vermeulen
        Head of school
        """),
         mailer="outlook-en", lang="en", note="planning a research visit, no pupil data", fmt=["plain"])

    mail("commande-tapis-sensoriels", "2025-02-25 11:05", S("lva"), [EXT["snoezel"]],
         "Commande - tapis sensoriels", T("""
        Bonjour,

        Nous souhaitons commander les articles suivants de votre catalogue 2025 :
        - 2 tapis sensoriels (réf. TS-120)
        - 1 colonne à bulles (réf. CB-180)

        Adresse de livraison : BuSO Sint-Pieterscollege, Gemeentestraat 12, 3010 Kessel-Lo.
        Merci de nous envoyer une facture au nom de l'école.

        Bien cordialement,
        Lien Vandenberghe
        Ergothérapeute
        """),
         mailer="outlook-fr", lang="fr", note="order in French to a supplier", fmt=["plain"])


# ======================================================================================
# main
# ======================================================================================
def main():
    section_passwords()
    section_lookalikes()
    section_sensitive()
    section_misdirected()
    section_personal()
    section_general()
    section_ordinary()
    for m in MAILS:
        check_mail(m)
    slugs = [m["slug"] for m in MAILS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    order = list(MAILS)
    random.Random(67).shuffle(order)
    for old in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", old):
            os.remove(os.path.join(HERE, old))
    labels = ["# batch67 - BuSO Kessel-Lo (type 1/9): therapists, plans, bus, medication, placements; "
              "%d outbound mails\n" % len(order)]
    for i, m in enumerate(order, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(m, i))
        labels.append(label_entry(fname, m))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels))
    write_roster(os.path.join(HERE, "roster.csv"))

    # summary
    from collections import Counter
    rc, cc = Counter(), Counter()
    for m in MAILS:
        for r in set(m["rules"]):
            rc[r] += 1
        for c in set(m["cats"]):
            cc[c] += 1
    print("mails:", len(MAILS))
    print("rules:", dict(sorted(rc.items())))
    print("categories:", dict(sorted(cc.items())))
    print("no rule:", sum(1 for m in MAILS if not m["rules"]))
    print("misdirected:", sum(1 for m in MAILS if m["mis"]))
    parents = {r[5] for r in ROSTER} | {r[6] for r in ROSTER}
    ok = [m for m in MAILS if m["about"] and not m["mis"] and any(
        addr_of(a) in {par(p, 1), par(p, 2)} for a in m["to"] + m["cc"] for p in m["about"])]
    print("correctly addressed to the pupil's parent:", len(ok))
    print("general letters (bcc-envelope):", sum(1 for m in MAILS if "bcc-envelope" in m["fmt"]))


if __name__ == "__main__":
    main()
