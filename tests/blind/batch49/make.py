#!/usr/bin/env python3
"""batch49 - blind labelled outbound mail: student teachers (stagiairs) at Sint-Pieterscollege Leuven (Stroom).

Deterministic: fixed dates, fixed Message-IDs, fixed MIME boundaries, seeded randomness.
Standard library only.  Run:  python3 make.py
"""
import csv
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4949)

SCHOOL_DOMAINS = {"sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be"}
PRIVATE_DOMAINS = {"gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be", "icloud.com",
                   "proximus.be", "yahoo.com", "live.be", "hotmail.be"}

# ---------------------------------------------------------------- helpers

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def mailpart(s):
    s = ascii_fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def iban_be(account10):
    """Belgian IBAN from the first 10 digits of a BBAN (bank check digits computed)."""
    a = int(account10)
    chk = a % 97 or 97
    bban = "%010d%02d" % (a, chk)
    num = int(bban + "111400")  # B=11 E=14 + 00
    cc = 98 - num % 97
    s = "BE%02d%s" % (cc, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"BE\d{14}", s):
        return False
    r = s[4:] + s[:4]
    r = "".join(str(int(c, 36)) for c in r)
    if int(r) % 97 != 1:
        return False
    return int(s[4:14]) % 97 == (int(s[14:16]) % 97)


def rrn(yy, mm, dd, seq, after2000):
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" if after2000 else "") + base)
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


def rrn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    base, cc = d[:9], int(d[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


# ---------------------------------------------------------------- people

class P:
    def __init__(self, name, addr, role="", short=None, private=None):
        self.name, self.addr, self.role, self.short, self.private = name, addr, role, short, private

    @property
    def first(self):
        return self.name.split()[0]

    def fmt(self, which=None):
        return formataddr((self.name, which or self.addr))


def staff(first, last, role, short):
    addr = "%s.%s@sintpieterscollege.be" % (mailpart(first), mailpart(last))
    return P("%s %s" % (first, last), addr, role, short + "@spc.ksleuven.be")


GVH = staff("Geert", "Vanhove", "directeur", "gvh")
SLE = staff("Sofie", "Lemmens", "adjunct-directeur", "sle")
LDW = staff("Lieve", "De Wolf", "stagecoördinator", "ldw")
BCL = staff("Bart", "Claes", "leraar wiskunde, mentor", "bcl")
AVE = staff("Annelies", "Verbeke", "leraar Nederlands, mentor", "ave")
KMA = staff("Koen", "Maes", "leraar geschiedenis, mentor", "kma")
NDU = staff("Nathalie", "Dubois", "leraar Frans, mentor", "ndu")
TWO = staff("Tom", "Wouters", "leraar LO, mentor", "two")
IGO = staff("Inge", "Goossens", "leraar biologie, mentor", "igo")
HJA = staff("Hilde", "Jacobs", "leraar Engels, mentor", "hja")
PVD = staff("Pieter", "Van Damme", "leraar fysica, mentor", "pvd")
MSE = staff("Marleen", "Smets", "zorgcoördinator", "mse")
JHE = staff("Jonas", "Hermans", "leerlingbegeleider", "jhe")
WPE = staff("Wim", "Peeters", "ICT-coördinator", "wpe")
RWI = staff("Ria", "Willems", "boekhouding", "rwi")
KEA = staff("Karim", "El Amrani", "opvoeder", "kea")
# student teachers: temporary school accounts
LOT = staff("Lotte", "Vermeulen", "stagiair Nederlands-Engels (UC Dijleland)", "lve")
ROB = staff("Robbe", "Janssens", "stagiair wiskunde (ALO Leuven)", "rja")
YAS = staff("Yasmine", "Benali", "stagiair LO-biologie (UC Dijleland)", "ybe")
THI = staff("Thibault", "Lambert", "stagiair Frans-geschiedenis (UC Dijleland)", "tla")
HAN = staff("Hannah", "Wuyts", "stagiair fysica (ALO Leuven)", "hwu")
DAA = staff("Daan", "Mertens", "stagiair Engels-geschiedenis (UC Dijleland)", "dme")
SAR = staff("Sarah", "O'Neill", "Erasmus student teacher (English)", "son")
SAR.addr = "sarah.oneill@sintpieterscollege.be"

# private mailboxes of staff (used in private_account cases)
LOT.private = "lotte.vermeulen98@gmail.com"
ROB.private = "robbe.janssens.r@gmail.com"
BCL.private = "bartclaes71@hotmail.com"
KMA.private = "koenmaes.leuven@gmail.com"
HAN.private = "hannahwuyts@outlook.com"
STAFF_ALL = [GVH, SLE, LDW, BCL, AVE, KMA, NDU, TWO, IGO, HJA, PVD, MSE, JHE, WPE, RWI, KEA,
             LOT, ROB, YAS, THI, HAN, DAA, SAR]
STAFF_PRIVATE = {p.private for p in (LOT, ROB, BCL, KMA, HAN)}

# general school addresses
INFO = "info@sintpieterscollege.be"
DIRECTIE = "directie@spc.ksleuven.be"
SECR = "leerlingensecretariaat@spc.ksleuven.be"
ICT = "ict@spc.ksleuven.be"
BOEKH = "boekhouding@spc.ksleuven.be"
PRIVACY = "privacy@lksd.ksleuven.be"
# group lists (must be in BCC)
G_PERSONEEL = "personeel@spc.ksleuven.be"
G_MENTOREN = "mentoren@spc.ksleuven.be"
G_STAGIAIRS = "stagiairs@spc.ksleuven.be"
G_OUDERS = {g: "ouders%s@spc.ksleuven.be" % g for g in
            ["1ste", "2de", "3de", "4de", "5de", "6de"]}
G_OUDERS_ALL = "ouders@spc.ksleuven.be"
GROUPS = {G_PERSONEEL, G_MENTOREN, G_STAGIAIRS, G_OUDERS_ALL, *G_OUDERS.values(),
          "ouders3b@spc.ksleuven.be", "leerlingen4b@spc.ksleuven.be", "leerlingen5a@spc.ksleuven.be",
          "vakgroep.wiskunde@spc.ksleuven.be"}

# external partners (invented)
ANN = P("Ann Vranckx", "ann.vranckx@ucdijleland.be", "stagebegeleider lerarenopleiding UC Dijleland")
FRE = P("Frederik Stevens", "frederik.stevens@ucdijleland.be", "stagebegeleider UC Dijleland")
STAGEBUREAU = "stagebureau.lerarenopleiding@ucdijleland.be"
MDI = P("Marc Dierickx", "marc.dierickx@alo-leuven.be", "praktijkdocent ALO")
EVL = P("Els Van Laer", "els.vanlaer@alo-leuven.be", "stagecoördinator ALO")
SIO = P("Siobhan Kelly", "siobhan.kelly@mic-teachered.ie", "Erasmus tutor")
CLB = P("An Bosmans", "an.bosmans@clb-dijleland.be", "CLB-medewerker")
SPORT = P("Secretariaat SVS Leuven", "inschrijvingen@svs-dijleland.be")
UITG = P("Klantendienst Uitgeverij Pelikaan", "scholen@uitgeverij-pelikaan.be")

SCHOOL_PHONE = "016 29 41 70"


def sig(p, phone=False, mobile=None, lang="nl", short=False):
    if short:
        return "\n\n%s" % p.first
    lines = ["", "", {"nl": "Met vriendelijke groeten", "fr": "Bien à vous", "en": "Kind regards"}[lang], "",
             p.name, p.role]
    lines.append("Sint-Pieterscollege Leuven | Stroom")
    if phone:
        lines.append("T %s" % SCHOOL_PHONE)
    if mobile:
        lines.append("GSM %s" % mobile)
    lines.append("www.sintpieterscollege.be")
    return "\n".join(lines)


# ---------------------------------------------------------------- roster

FIRST_M = ["Lucas", "Noah", "Louis", "Arthur", "Jules", "Finn", "Liam", "Adam", "Mohamed", "Vic", "Lars",
           "Wout", "Seppe", "Kobe", "Milan", "Thomas", "Robbe", "Warre", "Jasper", "Mathis", "Ilias", "Yusuf",
           "Rayan", "Senne", "Bram", "Stan", "Tuur", "Lowie", "Matteo", "Daan", "Victor", "Emiel", "Anas",
           "Hamza", "Mats", "Jonas", "Gilles", "Maxim", "Kasper", "Nathan", "Elias", "Thibo", "Ibrahim",
           "Oscar", "Ferre", "Lander", "Sem", "Aaron", "Mauro", "Samuel", "Youssef", "Arda", "Bilal"]
FIRST_F = ["Emma", "Olivia", "Louise", "Mila", "Nora", "Elena", "Marie", "Fien", "Lena", "Sara", "Julie",
           "Ella", "Lore", "Hanne", "Febe", "Amber", "Jana", "Noor", "Elif", "Aya", "Lina", "Amira",
           "Zoë", "Ines", "Kato", "Janne", "Lien", "Margot", "Linde", "Yasmina", "Salma", "Camille", "Axelle",
           "Charlotte", "Helena", "Lotte", "Roos", "Anouk", "Silke", "Hiba", "Maya", "Zeynep", "Nina", "Eva",
           "Alice", "Maud", "Imane", "Oona", "Jade", "Liv"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
        "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Hermans", "Van Damme", "Aerts", "Pauwels",
        "Michiels", "Verhoeven", "Coppens", "Smets", "Martens", "Declercq", "Van den Bossche", "Vandenberghe",
        "Desmet", "Lemmens", "De Cock", "Vermeiren", "Claessens", "Stevens", "Wuyts", "Geerts", "Hendrickx",
        "Van Hoof", "Segers", "Thys", "Moens", "Baert", "Dierckx", "Heylen", "Van Looy", "Wijns", "Bogaerts",
        "Lenaerts", "Verbeeck", "Cools", "Van Gorp", "Nys", "Swinnen", "Vanhecke", "Schoofs", "Luyten",
        "Vanderstraeten", "El Amrani", "Bouzid", "Ait Lahcen", "Benhaddou", "Yildiz", "Demir", "Kowalski",
        "Nowak", "Popescu", "Mensah", "Diallo", "Haddad", "Nguyen", "Ferreira", "Öztürk", "Van Rompaey",
        "Ceulemans", "Sels", "Raes", "Van Roey", "Vervoort", "Bruyninckx", "Timmermans", "Boeckx", "Dewit"]
PROVIDERS = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.com", "icloud.com",
             "gmail.com", "telenet.be", "gmail.com"]
CLASSES = ["%d%s" % (g, c) for g in range(1, 7) for c in "ABCD"]


class Pupil:
    def __init__(self, key, first, last, klas, p1, p2=""):
        self.key, self.first, self.last, self.klas, self.p1, self.p2 = key, first, last, klas, p1, p2
        self.id = None
        self.email = None

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def parents(self):
        return [a for a in (self.p1, self.p2) if a]


FEATURED = [
    # key, first, last, class, parent 1, parent 2
    ("lucas_peeters", "Lucas", "Peeters", "3A", "jan.peeters@telenet.be", "sarah.claes@gmail.com"),
    ("emma_peeters", "Emma", "Peeters", "2B", "peeters.family@skynet.be", ""),
    ("noah_vdb", "Noah", "Van den Broeck", "4B", "vandenbroeck.kris@telenet.be", "evelien.maes@hotmail.com"),
    ("noah_aerts", "Noah", "Aerts", "4C", "aerts.vanhoof@telenet.be", ""),
    ("mila_janssens", "Mila", "Janssens", "1B", "els.janssens@telenet.be", "wouter.janssens@proximus.be"),
    ("lina_jansen", "Lina", "Jansen", "1C", "els.jansen@telenet.be", ""),
    ("ilias_bouzid", "Ilias", "Bouzid", "5A", "bouzid.h@gmail.com", "fatima.azzouzi@hotmail.com"),
    ("ilias_elidrissi", "Ilias", "El Idrissi", "5B", "m.elidrissi@outlook.com", ""),
    ("sara_desmet_a", "Sara", "De Smet", "2A", "desmet.dirk@telenet.be", "an.wouters@skynet.be"),
    ("sara_desmet_c", "Sara", "Desmet", "2C", "kathleen.verhaegen@gmail.com", "desmet.bert@gmail.com"),
    ("nora_vlaeminck", "Nora", "Vlaeminck", "3B", "vlaeminck.ingrid@telenet.be", ""),
    ("nora_haddad", "Nora", "Haddad", "3B", "haddad.samir@gmail.com", "leila.haddad@icloud.com"),
    ("kobe_wauters", "Kobe", "Wauters", "4A", "k.wauters@telenet.be", ""),
    ("arne_vos", "Arne", "Vos", "4A", "vos.stefaan@proximus.be", "griet.lenaerts@telenet.be"),
    ("jonas_claes", "Jonas", "Claes", "5C", "veerle.hendrickx@telenet.be", "claes.marc@skynet.be"),
    ("lisa_goris", "Lisa", "Goris", "2D", "veerle.hendrickx@telenet.be", "tom.goris@gmail.com"),
    ("finn_maes", "Finn", "Maes", "1A", "k.vandenbussche@hotmail.com", "maes.pieter@telenet.be"),
    ("julie_maes", "Julie", "Maes", "4D", "k.vandenbussche@hotmail.com", "maes.pieter@telenet.be"),
    ("amber_vermeiren", "Amber", "Vermeiren", "3C", "vermeiren.luc@telenet.be", ""),
    ("jana_vermeiren", "Jana", "Vermeiren", "3C", "vermeiren.geert@skynet.be", "sofie.dhondt@gmail.com"),
    ("elif_yilmaz", "Elif", "Yilmaz", "2A", "yilmaz.mehmet@hotmail.com", "ayse.yilmaz@gmail.com"),
    ("fien_baert", "Fien", "Baert", "1D", "baert.c@telenet.be", "nathalie.deconinck@skynet.be"),
    ("seppe_coppens", "Seppe", "Coppens", "3D", "coppens.dirk@proximus.be", ""),
    ("amira_saidi", "Amira", "Saidi", "4B", "saidi.karima@gmail.com", ""),
    ("lars_geerts", "Lars", "Geerts", "5D", "geerts.mieke@telenet.be", "bart.geerts@gmail.com"),
    ("zoe_lambrechts", "Zoë", "Lambrechts", "2C", "an.lambrechts@telenet.be", ""),
    ("mohamed_diallo", "Mohamed", "Diallo", "3A", "diallo.aissatou@gmail.com", ""),
    ("yusuf_kaya", "Yusuf", "Kaya", "5B", "kaya.osman@outlook.com", "kaya.zeynep@gmail.com"),
    ("louise_vanaken", "Louise", "Van Aken", "6B", "patrick.vanaken@telenet.be", "els.robberechts@gmail.com"),
    ("tuur_willaert", "Tuur", "Willaert", "1B", "willaert.tom@gmail.com", ""),
    ("ella_dewaele", "Ella", "Dewaele", "4D", "dewaele.k@skynet.be", "stijn.dewaele@telenet.be"),
    ("milan_kovac", "Milan", "Kovač", "3B", "kovac.dragan@gmail.com", "mirela.kovac@gmail.com"),
    ("hanne_vercammen", "Hanne", "Vercammen", "5A", "vercammen.j@telenet.be", ""),
    ("rayan_bakkali", "Rayan", "Bakkali", "1D", "bakkali.nadia@hotmail.com", ""),
    ("olivia_nowak", "Olivia", "Nowak", "4C", "nowak.anna@gmail.com", "p.nowak@outlook.com"),
    ("victor_dupont", "Victor", "Dupont", "6C", "dupont.isabelle@skynet.be", "m.lefebvre@proximus.be"),
    ("stan_verhoeven", "Stan", "Verhoeven", "4A", "verhoeven.s@proximus.be", ""),
    ("aya_mansouri", "Aya", "Mansouri", "1C", "mansouri.rachid@gmail.com", ""),
    ("thomas_pauwels", "Thomas", "Pauwels", "5C", "pauwels.ann@telenet.be", ""),
    ("daniel_okafor", "Daniel", "Okafor", "4B", "okafor.grace@gmail.com", ""),
    ("marie_claessens", "Marie", "Claessens", "5D", "claessens.m@skynet.be", ""),
    ("bram_lenaerts", "Bram", "Lenaerts", "6D", "lenaerts.kurt@telenet.be", "saskia.moors@gmail.com"),
    ("ines_ferreira", "Ines", "Ferreira", "2A", "ferreira.ana@gmail.com", ""),
    ("kato_verlinden", "Kato", "Verlinden", "1A", "verlinden.b@telenet.be", ""),
    ("gilles_vanlooy", "Gilles", "Van Looy", "4C", "an.smeets@hotmail.com", "vanlooy.g@telenet.be"),
    ("febe_moens", "Febe", "Moens", "3B", "moens.dries@telenet.be", ""),
    ("janne_dierckx", "Janne", "Dierckx", "4D", "dierckx.paul@skynet.be", ""),
    ("sam_wijns", "Sam", "Wijns", "5A", "wijns.hilde@telenet.be", ""),
    ("noor_vanrompaey", "Noor", "Van Rompaey", "6A", "vanrompaey.g@telenet.be", ""),
    ("anas_chaouki", "Anas", "Chaouki", "4A", "chaouki.y@gmail.com", ""),
    ("lucas_dewit", "Lucas", "Dewit", "1D", "dewit.ann@telenet.be", ""),
    ("emma_debacker", "Emma", "De Backer", "3D", "debacker.lien@telenet.be", ""),
    ("lore_vanhoeck", "Lore", "Van Hoeck", "2D", "hilde.vanhoeck@telenet.be", ""),
    ("mats_heylen", "Mats", "Heylen", "2C", "heylen.tim@gmail.com", ""),
    ("robin_thys", "Robin", "Thys", "3A", "thys.ilse@gmail.com", ""),
    ("jasper_cools", "Jasper", "Cools", "4B", "cools.jan@telenet.be", ""),
    ("salma_benhaddou", "Salma", "Benhaddou", "4B", "benhaddou.k@gmail.com", ""),
    ("warre_swinnen", "Warre", "Swinnen", "4B", "swinnen.e@skynet.be", ""),
    ("camille_raes", "Camille", "Raes", "3B", "raes.filip@telenet.be", ""),
    ("hiba_ouali", "Hiba", "Ouali", "3B", "ouali.m@gmail.com", ""),
    ("senne_luyten", "Senne", "Luyten", "3B", "luyten.kris@telenet.be", ""),
    ("margot_nys", "Margot", "Nys", "1B", "nys.bart@telenet.be", ""),
    ("elias_boeckx", "Elias", "Boeckx", "1B", "boeckx.c@skynet.be", ""),
    ("jade_mensah", "Jade", "Mensah", "1B", "mensah.k@gmail.com", ""),
    ("oscar_cools", "Oscar", "Cools", "4D", "cools.jan@telenet.be", ""),
]


def build_roster():
    pupils = {}
    for key, f, l, k, p1, p2 in FEATURED:
        pupils[key] = Pupil(key, f, l, k, p1, p2)
    used_addr = set()
    for pp in pupils.values():
        used_addr.update(pp.parents)
    used_addr |= STAFF_PRIVATE
    rng = random.Random(49)
    fillers = []
    n_target = 300 - len(pupils)
    families = []
    featured_fk = {(pp.first, pp.klas) for pp in pupils.values()}
    taken = {(pp.first, pp.last) for pp in pupils.values()} | {tuple(p.name.split(" ", 1)) for p in STAFF_ALL}
    while len(fillers) < n_target:
        last = rng.choice(LAST)
        # a family: 1 (usually) or 2 children
        nkids = 2 if rng.random() < 0.12 else 1
        # parent addresses
        pf = rng.choice(FIRST_M + ["Kris", "Tim", "Dirk", "Stijn", "Peter", "Hassan", "Karim", "Jan", "Filip"])
        mf = rng.choice(["An", "Els", "Sofie", "Katrien", "Lien", "Nathalie", "Fatima", "Naima", "Griet",
                         "Veerle", "Inge", "Ilse", "Ewa", "Ayse", "Joke", "Kathleen", "Hilde", "Evelien"])
        style = rng.randrange(6)
        mother_last = rng.choice(LAST)
        cands = []
        if style == 0:
            cands = ["%s.%s@%s" % (mailpart(pf), mailpart(last), rng.choice(PROVIDERS)),
                     "%s.%s@%s" % (mailpart(mf), mailpart(mother_last), rng.choice(PROVIDERS))]
        elif style == 1:
            cands = ["%s.%s@%s" % (mailpart(last), mailpart(mf), rng.choice(PROVIDERS))]
        elif style == 2:
            cands = ["%s%s@%s" % (mailpart(mf)[0], mailpart(mother_last), rng.choice(PROVIDERS)),
                     "%s.%s%d@%s" % (mailpart(pf), mailpart(last), rng.randrange(60, 99), "gmail.com")]
        elif style == 3:
            cands = ["fam.%s@%s" % (mailpart(last), rng.choice(PROVIDERS))]
        elif style == 4:
            cands = ["%s.%s@%s" % (mailpart(mf), mailpart(mother_last), rng.choice(PROVIDERS))]
        else:
            cands = ["%s_%s@%s" % (mailpart(pf), mailpart(last), rng.choice(PROVIDERS)),
                     "%s.%s@%s" % (mailpart(mf), mailpart(last), rng.choice(PROVIDERS))]
        cands = [c for c in cands if c not in used_addr]
        if not cands:
            continue
        used_addr.update(cands)
        for _ in range(nkids):
            if len(fillers) >= n_target:
                break
            first = rng.choice(FIRST_M if rng.random() < 0.5 else FIRST_F)
            if (first, last) in taken:
                continue
            klas = rng.choice(CLASSES)
            if (first, klas) in featured_fk:
                continue  # keep "first name + class" of the mail pupils unambiguous
            taken.add((first, last))
            fillers.append(Pupil(None, first, last, klas, cands[0], cands[1] if len(cands) > 1 else ""))
    allp = list(pupils.values()) + fillers
    ids = list(range(1, 301))
    rng.shuffle(ids)
    for pp, i in zip(allp, ids):
        pp.id = "P%04d" % i
    # pupil mail addresses
    seen = {}
    for pp in sorted(allp, key=lambda x: x.id):
        base = "%s.%s" % (mailpart(pp.first), mailpart(pp.last))
        n = seen.get(base, 0)
        seen[base] = n + 1
        pp.email = "%s%s@leerling.sintpieterscollege.be" % (base, n + 1 if n else "")
    return pupils, allp


PUP, ALLPUP = build_roster()
PARENT_OF = {}
for _pp in ALLPUP:
    for _a in _pp.parents:
        PARENT_OF.setdefault(_a, set()).add(_pp.id)


def U(key):
    return PUP[key]


def write_roster():
    rows = sorted(ALLPUP, key=lambda x: (x.klas, ascii_fold(x.last).lower(), x.first))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1",
                "E-mailadres ouder 2"])
    for pp in rows:
        w.writerow([pp.id, pp.first, pp.last, pp.klas, pp.email, pp.p1, pp.p2])
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------- attachments

ZDT = (2025, 1, 6, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_xlsx(rows):
    def cell(r, c, v):
        ref = "%s%d" % ("ABCDEFGHIJKLMNOP"[c], r + 1)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, htmlmod.escape(str(v)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
             "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                     for r, row in enumerate(rows)) + '</sheetData></worksheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)])


def make_docx(paragraphs, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '</w:body></w:document>' % body)
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
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n  Call Opmaak\r\nEnd Sub\r\n"))
    return _zip(files)


def make_xlsm(rows):
    data = make_xlsx(rows)
    # rebuild with a vbaProject part
    zin = zipfile.ZipFile(io.BytesIO(data))
    files = [(n, zin.read(n)) for n in zin.namelist()]
    files = [(n, d.replace(b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"))
             if n == "[Content_Types].xml" else (n, d) for n, d in files]
    files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                  b"Sub Workbook_Open()\r\n  Berekenpunten\r\nEnd Sub\r\n"))
    return _zip(files)


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) >>" % esc(title)).encode("latin-1")]
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


def make_csv(rows, enc="utf-8-sig", delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(enc)


FAKE_EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
            + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 64 + b"PE\x00\x00L\x01")

# ---------------------------------------------------------------- html

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'table.MsoTableGrid {border-collapse:collapse;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\n--></style></head>'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                '<div class="WordSection1">')
OUTLOOK_TAIL = "</div></body></html>"


def p_html(text):
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % htmlmod.escape(ln, quote=False))
    return "\n".join(out)


def table_html(rows, header=True):
    tr = []
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        tr.append("<tr>" + "".join(
            '<%s style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt" valign="top">'
            '<p class="MsoNormal">%s<o:p></o:p></p></%s>' % (tag, htmlmod.escape(str(c), quote=False), tag) for c in r) + "</tr>")
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">' + "".join(tr) + "</table>")


def table_text(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def outlook_html(*chunks):
    """chunks: str (text paragraphs) or ('table', rows)."""
    parts = []
    for c in chunks:
        if isinstance(c, tuple) and c[0] == "table":
            parts.append(table_html(c[1]))
        else:
            parts.append(p_html(c))
    return OUTLOOK_HEAD + "\n".join(parts) + OUTLOOK_TAIL


def outlook_text(*chunks):
    parts = []
    for c in chunks:
        if isinstance(c, tuple) and c[0] == "table":
            parts.append(table_text(c[1]))
        else:
            parts.append(c)
    return "\n".join(parts)


DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def nl_date(dt):
    return "%s %d %s %d %02d:%02d" % (DAYS_NL[dt.weekday()], dt.day, MONTHS_NL[dt.month - 1], dt.year,
                                       dt.hour, dt.minute)


def quote_outlook(frm, to, subject, body, cc=None, lang="nl"):
    if lang == "en":
        head = ["", "", "From: %s" % frm, "Sent: {QDATE_EN}", "To: %s" % to]
        if cc:
            head.append("Cc: %s" % cc)
        head += ["Subject: %s" % subject, ""]
    elif lang == "fr":
        head = ["", "", "De : %s" % frm, "Envoyé : {QDATE_FR}", "À : %s" % to]
        if cc:
            head.append("Cc : %s" % cc)
        head += ["Objet : %s" % subject, ""]
    else:
        head = ["", "", "Van: %s" % frm, "Verzonden: {QDATE}", "Aan: %s" % to]
        if cc:
            head.append("CC: %s" % cc)
        head += ["Onderwerp: %s" % subject, ""]
    return "\n".join(head) + "\n" + body


def quote_gmail(frm, body):
    return "\n\nOp {QGDATE} schreef %s:\n" % frm + "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))


def fwd_block(frm, subject, to, body):
    return ("\n\n---------- Doorgestuurd bericht ---------\nVan: %s\nDate: {QDATE}\nSubject: %s\nTo: %s\n\n%s"
            % (frm, subject, to, body))


DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fill_dates(text, dt):
    if text is None or "{Q" not in text:
        return text
    q = dt - timedelta(hours=2, minutes=17)
    g = dt - timedelta(hours=5, minutes=3)
    text = text.replace("{QDATE}", nl_date(q))
    text = text.replace("{QDATE_EN}", "%s, %d %s %d %02d:%02d" % (DAYS_EN[q.weekday()], q.day,
                                                                  MONTHS_EN[q.month - 1], q.year, q.hour, q.minute))
    text = text.replace("{QDATE_FR}", "%s %d %s %d %02d:%02d" % (DAYS_FR[q.weekday()], q.day,
                                                                MONTHS_FR[q.month - 1], q.year, q.hour, q.minute))
    text = text.replace("{QGDATE}", "%s %d %s %d om %02d:%02d" % (DAYS_NL[g.weekday()][:2], g.day,
                                                                  MONTHS_NL[g.month - 1][:3], g.year, g.hour,
                                                                  g.minute))
    return text


# ---------------------------------------------------------------- mail registry

MAILS = []
T0 = datetime(2025, 2, 3, 7, 42)
_clock = [T0]


def _tz(dt):
    return timezone(timedelta(hours=2 if dt >= datetime(2025, 3, 30, 2, 0) else 1))


def next_date():
    step = timedelta(hours=RNG.choice([11, 13, 14, 15, 16, 17, 18, 20]), minutes=RNG.randrange(0, 60))
    dt = _clock[0] + step
    # office-ish hours, skip weekends
    while dt.weekday() >= 5 or dt.hour < 7 or dt.hour > 22:
        dt += timedelta(hours=3)
    _clock[0] = dt
    return dt


def A(x):
    """-> (display, address)"""
    if isinstance(x, P):
        return (x.name, x.addr)
    if isinstance(x, tuple):
        return x
    return ("", x)


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "owa": None,
    "iphone": "iPhone Mail (22D72)",
    "android": "Outlook for Android",
    "gmail": None,
    "thunderbird": "Mozilla Thunderbird",
    "smartschool": None,
}


def mail(slug, frm, to, subject, body, *, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False, note="",
         lang="nl", fmt=("plain",), html=None, html_only=False, atts=(), charset="utf-8", cte=None,
         mail_from=None, mailer="outlook", private_matter=False, reply=None, phase=None):
    dt = None
    MAILS.append(dict(slug=slug, frm=A(frm), to=[A(t) for t in to], cc=[A(c) for c in cc],
                      bcc=[A(b)[1] for b in bcc], subject=subject, body=body, rules=list(rules),
                      cats=list(cats), about=[U(k).id if isinstance(k, str) and k in PUP else k for k in about],
                      mis=mis, note=note, lang=lang, fmt=list(fmt), html=html, html_only=html_only,
                      atts=list(atts), charset=charset, cte=cte, mail_from=mail_from or A(frm)[1],
                      mailer=mailer, private_matter=private_matter, reply=reply, dt=dt, phase=phase))


WINDOWS = {1: (datetime(2025, 2, 3), datetime(2025, 2, 14)),
           2: (datetime(2025, 2, 17), datetime(2025, 3, 12)),
           3: (datetime(2025, 3, 13), datetime(2025, 4, 4)),
           4: (datetime(2025, 4, 22), datetime(2025, 5, 16)),
           5: (datetime(2025, 5, 19), datetime(2025, 5, 27))}


def schedule():
    """Story phases map to date windows (school weeks, Easter holiday skipped).  A fractional phase
    (e.g. 3.5) fixes the relative position inside its window; other mails get a seeded random window
    (2-4) and position.  Then each mail gets a date and time."""
    rng = random.Random(490)
    byw = {w: [] for w in WINDOWS}
    for m in MAILS:
        ph = m["phase"]
        if ph is None:
            w = rng.choice([2, 2, 3, 3, 4, 4, 4])
            pos = rng.random()
        else:
            w = int(ph)
            frac = ph - w
            pos = frac if frac > 0 else rng.random()
        byw[w].append((pos, rng.random(), m))
    ordered = []
    for w in sorted(byw):
        items = sorted(byw[w], key=lambda t: (t[0], t[1]))
        start, end = WINDOWS[w]
        days = []
        d = start
        while d <= end:
            if d.weekday() < 5 and (d.month, d.day) != (5, 1):
                days.append(d)
            d += timedelta(days=1)
        perday = {}
        for i, (_, _, m) in enumerate(items):
            di = min(len(days) - 1, int(i * len(days) / max(1, len(items))))
            perday.setdefault(di, []).append(m)
        for di in sorted(perday):
            ms = perday[di]
            times = sorted(rng.choice([7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21]) * 60
                           + rng.randrange(0, 60) for _ in ms)
            for m, t in zip(ms, times):
                m["dt"] = days[di] + timedelta(minutes=t)
                ordered.append(m)
    MAILS[:] = ordered
    for m in MAILS:
        m["body"] = fill_dates(m["body"], m["dt"])
        m["html"] = fill_dates(m["html"], m["dt"])


def build(m, n):
    dt = m["dt"].replace(tzinfo=_tz(m["dt"]))
    msg = EmailMessage()
    msg["From"] = formataddr(m["frm"])
    msg["To"] = ", ".join(formataddr(t) for t in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(formataddr(c) for c in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(("batch49/%s" % m["slug"]).encode()).hexdigest()
    dom = m["frm"][1].split("@")[1]
    msg["Message-ID"] = "<%s.%03d.%s@%s>" % (dt.strftime("%Y%m%d%H%M"), n, h[:12], dom)
    if m["reply"]:
        ref = "<%s@%s>" % (hashlib.sha1(m["reply"].encode()).hexdigest()[:20], m["reply"].split("@")[-1])
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if MAILERS.get(m["mailer"]):
        msg["X-Mailer"] = MAILERS[m["mailer"]]
    msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html", charset=m["charset"], cte=m["cte"] or "quoted-printable")
    else:
        kw = {}
        if m["cte"]:
            kw["cte"] = m["cte"]
        msg.set_content(m["body"], charset=m["charset"], **kw)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", cte="quoted-printable")
    for fname, data in m["atts"]:
        ext = fname.rsplit(".", 1)[-1].lower()
        mt = {
            "pdf": ("application", "pdf"), "csv": ("text", "csv"), "txt": ("text", "plain"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
            "xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
            "zip": ("application", "zip"), "exe": ("application", "x-msdownload"),
            "bat": ("application", "x-msdos-program"), "ps1": ("application", "octet-stream"),
            "js": ("application", "javascript"), "vbs": ("application", "octet-stream"),
            "jpg": ("image", "jpeg"), "png": ("image", "png"), "iso": ("application", "x-iso9660-image"),
            "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
        }[ext]
        if isinstance(data, str):
            data = data.encode("utf-8")
        msg.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=fname)
        if mt[0] == "text":
            try:
                data.decode("utf-8")
                cs = "utf-8"
            except UnicodeDecodeError:
                cs = "windows-1252"
            msg.get_payload()[-1].set_param("charset", cs)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%s_%02d" % (h[12:24], i))
            i += 1
    return msg


# =====================================================================================================
# MAILS
# =====================================================================================================
PW = ["password"]
N = U  # shorthand


def nm(k):
    return U(k).name


# ------------------------------------------------------------------ A. credentials (35)

mail("smartschool-startwachtwoord-lotte", LDW, [LOT], "Je account voor de stage",
     """Dag Lotte,

Welkom op Sint-Pieterscollege! Je tijdelijke account is aangemaakt, je kan er vanaf maandag mee aan de slag.

Smartschool: https://sintpieterscollege.smartschool.be
Gebruikersnaam: lotte.vermeulen
Startwachtwoord: Dijle-8426-lv

Bij de eerste aanmelding moet je het wachtwoord wijzigen. Je mailadres is lotte.vermeulen@sintpieterscollege.be,
dat loopt tot het einde van je stage (30 mei).

Je mentor is Annelies Verbeke (Nederlands), ze neemt nog zelf contact op.""" + sig(LDW),
     rules=PW, note="start password for the student teacher's temporary Smartschool account in plain text",
     fmt=["plain"], phase=1)

mail("wifi-sleutel-personeel-robbe", ("ICT Sint-Pieterscollege", ICT), [ROB], "Wifi op school",
     """Hallo Robbe,

Je laptop op het personeelsnetwerk krijgen gaat zo:
- netwerk: SPC-Personeel
- beveiliging: WPA2-Personal
- sleutel: Kaai14!Stroom2025

Het netwerk SPC-Leerlingen werkt enkel met je Smartschool-login, dat heb je niet nodig.

Mvg,
Wim Peeters
ICT-coördinator""",
     html=outlook_html("Hallo Robbe,", "", "Je laptop op het personeelsnetwerk krijgen gaat zo:",
                       ("table", [["Netwerk", "SPC-Personeel"], ["Beveiliging", "WPA2-Personal"],
                                  ["Sleutel", "Kaai14!Stroom2025"]]),
                       "", "Het netwerk SPC-Leerlingen werkt enkel met je Smartschool-login, dat heb je niet nodig.",
                       "", "Mvg,", "Wim Peeters", "ICT-coördinator"),
     rules=PW, note="Wi-Fi key of the staff network in text and in an HTML table", fmt=["alt", "html-table"],
     phase=1)

mail("kopieercode-yasmine", RWI, [YAS], "kopieercode",
     """Yasmine, je badgecode voor de kopieerders is 40917. Eerst badge of code ingeven, dan pas scannen.
Ria

Verzonden vanaf mijn iPhone""", rules=PW, note="personal copier badge code (a PIN that opens the copier)",
     fmt=["phone"], mailer="iphone", phase=1)

mail("deurcode-leraarskamer-stagiairs", LDW, [LDW], "Praktisch: leraarskamer en parking",
     """Beste stagiairs,

Nog enkele praktische zaken voor maandag:

* De leraarskamer is op het gelijkvloers van blok A, naast het onthaal. De deur gaat open met code 2468B.
* Parkeren kan niet op de speelplaats; fietsen mogen in de overdekte stalling achteraan.
* Jullie postvakjes hangen rechts van de kopieerruimte.

Tot maandag!""" + sig(LDW), bcc=[G_STAGIAIRS],
     rules=PW, note="door code of the staff room sent to the student teachers' list (list correctly in BCC)",
     fmt=["plain", "bcc-envelope"], phase=1)

_acc_rows = [["Naam", "Vak", "Mentor", "Gebruikersnaam", "Startwachtwoord"],
             ["Lotte Vermeulen", "Nederlands/Engels", "Annelies Verbeke", "lotte.vermeulen", "Dijle-8426-lv"],
             ["Robbe Janssens", "Wiskunde", "Bart Claes", "robbe.janssens", "Dijle-3391-rj"],
             ["Yasmine Benali", "LO/Biologie", "Tom Wouters", "yasmine.benali", "Dijle-7702-yb"],
             ["Thibault Lambert", "Frans/Geschiedenis", "Nathalie Dubois", "thibault.lambert", "Dijle-1185-tl"],
             ["Hannah Wuyts", "Fysica", "Pieter Van Damme", "hannah.wuyts", "Dijle-5620-hw"],
             ["Daan Mertens", "Engels/Geschiedenis", "Hilde Jacobs", "daan.mertens", "Dijle-9047-dm"],
             ["Sarah O'Neill", "Engels (Erasmus)", "Hilde Jacobs", "sarah.oneill", "Dijle-2273-so"]]
mail("overzicht-accounts-stagiairs", WPE, [LDW], "accounts stagiairs 2de semester",
     None, html_only=True,
     html=outlook_html("Lieve,", "", "Hieronder de accounts van de stagiairs, allemaal aangemaakt en gekoppeld aan de juiste vakgroep.",
                       "", ("table", _acc_rows), "",
                       "Ze moeten het wachtwoord zelf wijzigen bij de eerste login. Sarah heeft ook een Teams-licentie gekregen.",
                       "", "Wim"),
     rules=PW, note="HTML table listing every student teacher's username and start password", fmt=["html-only", "html-table"],
     phase=1)

mail("accounts-stagiairs-csv", WPE, [LDW], "RE: accounts stagiairs 2de semester",
     """Hier nog als csv, dan kan je het in je overzicht plakken.

Wim""" + quote_outlook("Lieve De Wolf <lieve.dewolf@sintpieterscollege.be>", "Wim Peeters <wim.peeters@sintpieterscollege.be>",
                         "RE: accounts stagiairs 2de semester", "Kan je die lijst ook in excel of zo sturen? Dan zet ik ze in mijn overzicht.\n\nLieve"),
     atts=[("accounts_stagiairs_2025.csv", make_csv(_acc_rows))], reply="accounts-stagiairs@sintpieterscollege.be",
     rules=PW, note="CSV attachment with usernames and start passwords of all student teachers",
     fmt=["reply", "attachment-csv"], phase=1)

mail("accounts-stagiairs-xlsx-hogeschool", LDW, [ANN], "Accounts stagiairs UC Dijleland",
     """Dag Ann,

Zoals gevraagd de gegevens van jullie vier studenten bij ons, zodat je ze kan doorgeven als ze hun eerste
mail niet vinden. In bijlage de lijst met hun login en startwachtwoord.

Tot op het stagebezoek!""" + sig(LDW),
     atts=[("Stagiairs_UCDijleland_accounts.xlsx", make_xlsx([_acc_rows[0], _acc_rows[1], _acc_rows[3], _acc_rows[4], _acc_rows[6]]))],
     rules=PW, note="xlsx attachment with logins and start passwords, sent to the college supervisor",
     fmt=["plain", "attachment-xlsx"], phase=1)

mail("wachtwoord-gesplitst-hannah", WPE, [HAN], "je nieuwe wachtwoord (deel 1 en 2)",
     """Hoi Hannah,

Je account was geblokkeerd na te veel foute pogingen, ik heb het wachtwoord opnieuw ingesteld.
Voor de veiligheid splits ik het:

eerste deel:  Fotonen
tweede deel:  #47b

(dus alles aan elkaar, zonder spatie)

Wim""", rules=PW, note="reset password split in two parts on separate lines", fmt=["plain"], phase=1)

mail("wachtwoord-gespeld-sms-stijl", BCL, [ROB], "ww",
     """Robbe, het ww van de laptop in lokaal B107 (die aan het bord):
hoofdletter K - a - t - h - e - d - r - a - a - l - 9 - uitroepteken
Niet verder geven he

Bart
Verstuurd vanaf Outlook voor Android""", rules=PW, mailer="android",
     note="classroom laptop password spelled out letter by letter", fmt=["phone"], phase=1)

mail("herstelcodes-mfa-thibault", WPE, [THI], "Herstelcodes Microsoft 365",
     """Dag Thibault,

Je hebt je gsm verloren, dus de authenticator-app werkt niet meer. Met onderstaande herstelcodes kan je
je toch aanmelden. Elke code werkt één keer.

  4817-2290
  6603-1158
  9921-4476
  3084-5519
  7745-0032

Daarna meteen de app op je nieuwe toestel koppelen via https://aka.ms/mysecurityinfo.

Groeten
Wim Peeters - ICT""", rules=PW, note="backup/recovery codes for MFA", fmt=["plain"])

mail("fw-verificatiecode", DAA, [HJA], "FW: Je verificatiecode",
     """Hilde, dit kreeg ik net binnen voor het gedeelde account van de vakgroep Engels, kan jij inloggen?

Daan""" + fwd_block("Microsoft-accountteam <account-security-noreply@accountprotection.microsoft.com>",
                     "Je verificatiecode", "engels.spc@sintpieterscollege.be",
                     "Gebruik de volgende beveiligingscode voor het Microsoft-account en*****@sintpieterscollege.be.\n\nBeveiligingscode: 482193\n\nAls je deze code niet hebt aangevraagd, kun je deze e-mail negeren."),
     rules=PW, note="one-time security code forwarded to a colleague", fmt=["forward"])

mail("kluiscode-examenbladen", SLE, [BCL], "examenbladen wiskunde",
     """Bart,

Ik ben morgen niet op school. De examenbladen voor 4B liggen in de kluis in het secretariaat, bovenste plank.
Code van de kluis: 3-8-1-5 en dan de hendel naar beneden. Robbe mag ze mee ophalen.

Sofie""", rules=PW, note="code of the safe holding the exam papers", fmt=["plain"], phase=3)

mail("alarmcode-avond", SLE, [ROB], "Avondactiviteit donderdag",
     """Dag Robbe,

Fijn dat je donderdag helpt bij de infoavond wiskunde. Je bent waarschijnlijk de laatste in blok B.

Bij het buitengaan: alarmcode 7702 en dan OFF, het paneel hangt naast de branddeur.
Lukt het niet, bel dan Marc, onze conciërge: 0472 55 18 03.

Sofie Lemmens
adjunct-directeur""", rules=["password", "personal_data"],
     note="building alarm code; the caretaker's mobile number is personal data", fmt=["plain"])

mail("smartboard-adminpin", WPE, [DAA], "smartboard C1.12",
     """Daan,

Het smartboard in C1.12 vraagt na de update een beheerders-pincode voor je de kalibratie kan doen.
Die is 0516. Daarna blijft het scherm gewoon werken zonder pincode.

Wim""", rules=PW, note="admin PIN of a smartboard; the room number C1.12 is not a secret", fmt=["plain"])

mail("bookwidgets-vakgroepaccount", HJA, [DAA], "Bookwidgets",
     """Hey Daan,

Je mag onze vakgroepaccount van Bookwidgets gebruiken voor je lessen in 5B:
login: engels.spc@sintpieterscollege.be
wachtwoord: BW-eng2023!

Maak je widgets wel in een eigen map 'Daan - stage' aub.

Hilde""", rules=PW, note="password of the department's shared Bookwidgets account", fmt=["plain"])

mail("re-geogebra-gelukt", BCL, [ROB], "RE: login GeoGebra klasgroep",
     """Top, gelukt! Zet de opdracht voor 4B maar klaar tegen vrijdag.

Bart""" + quote_outlook("Robbe Janssens <robbe.janssens@sintpieterscollege.be>", "Bart Claes <bart.claes@sintpieterscollege.be>",
                         "login GeoGebra klasgroep",
                         "Dag Bart,\n\nIk probeer in te loggen op de GeoGebra-klasgroep met de gegevens die je me gaf:\n"
                         "gebruiker: wiskunde.spc\nwachtwoord: Pythagoras#1990\n\nMaar ik krijg een foutmelding. Heb ik iets verkeerd overgetypt?\n\nGroetjes,\nRobbe"),
     reply="geogebra@sintpieterscollege.be",
     rules=PW, note="reply that quotes the earlier message containing the shared account password",
     fmt=["reply"])

mail("mot-de-passe-wifi-invite", NDU, [THI], "Wifi pour ta visite de jeudi",
     """Salut Thibault,

Pour ta superviseure qui vient jeudi : le réseau invité s'appelle SPC-Gast et le mot de passe est
Printemps#Leuven25. Elle peut le demander à l'accueil aussi, mais autant le lui transmettre directement.

Bonne soirée,
Nathalie""", rules=PW, lang="fr", note="guest Wi-Fi password in French", fmt=["plain"])

mail("temporary-password-sarah", HJA, [SAR], "Your Smartschool login",
     """Hi Sarah,

Welcome to Sint-Pieterscollege! Wim from IT has set up your account:

username: sarah.oneill
temporary password: Welcome!SPC-0425

You'll be asked to choose a new one the first time you log in. Smartschool is in Dutch, but you can
switch the language to English under your profile.

See you on Monday at 8.15 in the staff room.

Best,
Hilde""", rules=PW, lang="en", note="temporary password for the Erasmus student teacher, in English", fmt=["plain"],
     phase=1)

mail("welkomstbrochure-pdf-yasmine", LDW, [YAS], "Welkomstbrochure",
     """Dag Yasmine,

In bijlage je persoonlijke welkomstbrochure: lesrooster, je mentoren, de afspraken rond toezicht en je
inloggegevens. Lees ze zeker voor maandag.

Tot dan!""" + sig(LDW),
     atts=[("Welkomstbrochure_stagiair_Yasmine_Benali.pdf", make_pdf([
         "Sint-Pieterscollege Leuven - Welkom stagiair", "", "Stagiair: Yasmine Benali (LO / biologie)",
         "Mentoren: Tom Wouters (LO), Inge Goossens (biologie)", "Stageperiode: 17 februari - 16 mei", "",
         "Je inloggegevens", "Smartschool: yasmine.benali", "Startwachtwoord: Dijle-7702-yb",
         "Badgecode kopieerders: 40917", "", "Toezicht: woensdag middagpauze, speelplaats B"],
         "Welkomstbrochure"))],
     rules=PW, note="PDF attachment carrying the start password and copier code", fmt=["plain", "attachment-pdf"],
     phase=1)

mail("onthaalfiche-docx-hannah", LDW, [HAN], "Onthaalfiche",
     """Hoi Hannah,

Hierbij je onthaalfiche. Drukken en meebrengen naar het eerste gesprek met Pieter mag.""" + sig(LDW),
     atts=[("Onthaalfiche Hannah Wuyts.docx", make_docx([
         "Onthaalfiche stagiair - Sint-Pieterscollege", "Naam: Hannah Wuyts", "Opleiding: ALO Leuven, fysica",
         "Mentor: Pieter Van Damme", "Lokaal fysica: C2.05 (labo)", "Wifi personeel: SPC-Personeel",
         "Wifi-sleutel: Kaai14!Stroom2025", "Eerste lesdag: maandag 17 februari"]))],
     rules=PW, note="docx attachment with the staff Wi-Fi key", fmt=["plain", "attachment-docx"], phase=1)

mail("reset-smartschool-base64-daan", ("ICT Sint-Pieterscollege", ICT), [DAA], "Wachtwoord Smartschool opnieuw ingesteld",
     """Beste Daan,

Op jouw vraag werd je Smartschool-wachtwoord opnieuw ingesteld.

Nieuw wachtwoord: Tudor1485-Bosworth

Wijzig het zo snel mogelijk via Profiel > Wachtwoord wijzigen.

ICT Sint-Pieterscollege""", cte="base64",
     rules=PW, note="reset password in a base64-encoded body", fmt=["plain-base64"])

mail("reset-qp-lotte", WPE, [LOT], "nieuw wachtwoord laptop",
     """Dag Lotte,

De leenlaptop (nummer 14 uit de kar op de eerste verdieping) is opnieuw geïnstalleerd.
Lokaal account: stagiair
Wachtwoord: Zomer=Wärme=2025

Het "ä"-teken krijg je met AltGr op het Belgische toetsenbord, anders even bellen naar mij.

Groetjes
Wim""", cte="quoted-printable",
     rules=PW, note="local laptop password in a quoted-printable body (non-ASCII character)",
     fmt=["plain-qp"])

mail("scoodle-wachtwoord-cp1252", SLE, [THI], "Scoodle-toegang",
     """Thibault,

Voor de oefeningen Frans in 2A gebruiken we Scoodle. Je kan tijdelijk de schoolaccount gebruiken:
gebruiker: frans.spc
wachtwoord: Été2025€fr

Graag na je stage niet meer gebruiken - dan wijzigen we het.

Sofie Lemmens
adjunct-directeur""", charset="windows-1252", cte="quoted-printable",
     rules=PW, note="shared platform password in a Windows-1252 quoted-printable body",
     fmt=["plain-cp1252", "plain-qp"])

mail("ww-in-onderwerp", BCL, [ROB], "ww klasaccount Desmos: Pi=3,1416!",
     """zie onderwerp ;-)

Verzonden vanaf mijn iPhone""", mailer="iphone",
     rules=PW, note="password given in the subject line", fmt=["phone"])

mail("code-materiaalberging-sporthal", TWO, [YAS], "berging",
     """Yas, code materiaalberging sporthal is 1-9-7-3 (slot naar rechts draaien). Ballen van de volleybal
liggen achteraan links. Tom

Verstuurd vanaf mijn iPhone""", mailer="iphone",
     rules=PW, note="combination of the sports equipment storeroom", fmt=["phone"])

mail("teams-stagebezoek-met-wifi", LDW, [ANN], "Stagebezoek Lotte - donderdag 13 maart",
     """Dag Ann,

Bevestigd voor donderdag. Het nagesprek met Annelies doen we via Teams omdat ze die middag niet op school is.

Microsoft Teams-vergadering
Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjQ5ZGMtNjQ1Mi00ZjQ3LWE1ZWMtYjM2ZDE4ZGQ0M2Qx%40thread.v2/0
Vergadering-id: 371 594 228 816
Wachtwoordcode: q7Yt3X

Als je voor de les al op school bent: het gastnetwerk is SPC-Gast, sleutel Bezoek2025!Dijle.""" + sig(LDW),
     html=outlook_html("Dag Ann,", "", "Bevestigd voor donderdag. Het nagesprek met Annelies doen we via Teams omdat ze die middag niet op school is.",
                       "", "Microsoft Teams-vergadering",
                       "Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjQ5ZGMtNjQ1Mi00ZjQ3LWE1ZWMtYjM2ZDE4ZGQ0M2Qx%40thread.v2/0",
                       "Vergadering-id: 371 594 228 816", "Wachtwoordcode: q7Yt3X", "",
                       "Als je voor de les al op school bent: het gastnetwerk is SPC-Gast, sleutel Bezoek2025!Dijle.",
                       sig(LDW)),
     rules=PW, note="Teams passcode is allowed, but the guest Wi-Fi key in the same mail is a secret",
     fmt=["alt", "meeting-invite"])

mail("printcode-follow-me", RWI, [THI], "printen",
     """Dag Thibault,

Je kan nu ook afdrukken op de printer in de leraarskamer (Follow-Me). Je persoonlijke pincode aan het toestel: 8842.

Ria Willems
boekhouding""", rules=PW, note="personal print PIN", fmt=["plain"])

mail("kluisje-leraarskamer-cijferslot", TWO, [YAS], "kluisje",
     """Dag Yasmine,

Je mag kluisje 17 in de leraarskamer gebruiken tijdens je stage. Er hangt een cijferslot aan: 2-2-0-6.
Laat je waardevolle spullen niet in de kleedkamer liggen tijdens de les.

Tom""", rules=PW, note="locker number 17 is harmless, the padlock combination 2-2-0-6 is a code",
     fmt=["plain"])

mail("re-evaluatieportaal-login-mentor", BCL, [ROB], "RE: evaluatieformulier ALO",
     """Robbe,

Ik geraak er deze week echt niet aan toe. Log gerust zelf in op het portaal en vul de feitelijke delen al in
(lesrooster, klassen, aantal lessen), het oordeel doe ik daarna:

https://stageportaal.alo-leuven.be
login: b.claes.mentor
wachtwoord: Mentor!2025spc

Bart""" + quote_outlook("Robbe Janssens <robbe.janssens@sintpieterscollege.be>", "Bart Claes <bart.claes@sintpieterscollege.be>",
                         "evaluatieformulier ALO",
                         "Hoi Bart,\n\nMijn begeleider van de ALO vraagt of het tussentijdse evaluatieformulier al ingevuld is op het portaal. Deadline is vrijdag.\n\nRobbe"),
     reply="alo-evaluatie@sintpieterscollege.be",
     rules=PW, note="mentor gives the student teacher his own login and password for the college portal",
     fmt=["reply"])

mail("gedeelde-mailbox-stagiairs", LDW, [HAN], "gedeelde mailbox",
     """Hannah,

Jij neemt deze week de gedeelde mailbox stagiairs.spc@sintpieterscollege.be over van Daan (afspraken
voor de infoavond). Toevoegen in Outlook: Bestand > Account toevoegen, wachtwoord Stage#Spc2025.""" + sig(LDW, short=True),
     rules=PW, note="password of a shared mailbox", fmt=["plain"])

mail("laptopkar-nieuw-wachtwoord", WPE, [KMA], "laptopkar 2de verdieping",
     """Koen,

Nieuwe wachtwoord voor de laptops uit de kar op de 2de: zelfde patroon als vorig jaar maar met 2025, dus
LaptopKar2025!
Mag je doorgeven aan Thibault en Daan, maar mondeling aub.

Wim""", rules=PW, note="password of the laptop trolley, described as pattern and then written out",
     fmt=["plain"])

_rooster_rows = [["Dag", "Uur", "Klas", "Vak", "Lokaal", "Stagiair", "Mentor"],
                 ["maandag", "2-3", "3B", "Nederlands", "B204", "Lotte Vermeulen", "A. Verbeke"],
                 ["maandag", "5", "4B", "Wiskunde", "B107", "Robbe Janssens", "B. Claes"],
                 ["dinsdag", "1-2", "2A", "LO", "Sporthal", "Yasmine Benali", "T. Wouters"],
                 ["dinsdag", "6", "5B", "Engels", "C1.12 (deurcode 1357*)", "Daan Mertens", "H. Jacobs"],
                 ["woensdag", "3", "6C", "Geschiedenis", "A1.03", "Thibault Lambert", "K. Maes"],
                 ["donderdag", "4-5", "5A", "Fysica (labo)", "C2.05", "Hannah Wuyts", "P. Van Damme"],
                 ["vrijdag", "1", "4C", "Engels", "C1.10", "Sarah O'Neill", "H. Jacobs"]]
mail("lesrooster-week-9-met-deurcode", LDW, [LDW], "Rooster stagelessen week 9",
     None, bcc=[G_STAGIAIRS, G_MENTOREN], html_only=True,
     html=outlook_html("Beste stagiairs en mentoren,", "", "Het rooster van de stagelessen voor volgende week:", "",
                       ("table", _rooster_rows), "",
                       "Wijzigingen graag ten laatste donderdag doorgeven.", sig(LDW)),
     rules=PW, note="internship schedule table; one cell hides the door code of room C1.12 (lists in BCC)",
     fmt=["html-only", "html-table", "bcc-envelope"])

mail("bitlocker-herstelsleutel", WPE, [PVD], "BitLocker-herstelsleutel laptop labo",
     """Pieter,

De laptop in het labo (SPC-LAB-03) vraagt na de BIOS-update de herstelsleutel. Hannah mag hem intypen:

Sleutel-id: 4C2F8A91
Herstelsleutel: 412335-098472-551903-264811-700238-193644-480161-025597

Wim""", rules=PW, note="BitLocker recovery key", fmt=["plain"])

mail("co-account-activatiecode", ("Leerlingensecretariaat", SECR), [N("finn_maes").p1],
     "Activatiecode co-account Smartschool",
     """Beste ouder,

U vroeg een nieuwe co-account aan voor Smartschool voor uw zoon Finn Maes (1A).

Activatiecode: 7KQ2-M9XF-4TDP
Deze code is 14 dagen geldig en kan één keer gebruikt worden op https://sintpieterscollege.smartschool.be.

Met vriendelijke groeten
Leerlingensecretariaat Sint-Pieterscollege""",
     about=["finn_maes"], rules=PW, note="one-time activation code for a parent's co-account; correctly addressed to Finn's mother",
     fmt=["plain"])

mail("wachtwoord-leerling-gereset", LOT, [AVE], "Mila kon niet inloggen",
     """Hoi Annelies,

%s (1B) kon in de les niet inloggen op het leerplatform. Ik heb haar wachtwoord via de klasbeheer-knop
gereset naar Mila2025! zodat ze verder kon. Ze moet het thuis zelf nog aanpassen. Was dat oké?

Groetjes,
Lotte""" % nm("mila_janssens"),
     about=["mila_janssens"], rules=PW, note="the new password of a pupil's account; nothing sensitive about the pupil",
     fmt=["plain"])

mail("fw-accountmail-naar-gmail", LOT, [("Lotte Vermeulen", LOT.private)], "FW: Je account voor de stage",
     """""" + fwd_block("Lieve De Wolf <lieve.dewolf@sintpieterscollege.be>", "Je account voor de stage",
                         "Lotte Vermeulen <lotte.vermeulen@sintpieterscollege.be>",
                         "Dag Lotte,\n\nWelkom op Sint-Pieterscollege! Je tijdelijke account is aangemaakt.\n\n"
                         "Smartschool: https://sintpieterscollege.smartschool.be\nGebruikersnaam: lotte.vermeulen\n"
                         "Startwachtwoord: Dijle-8426-lv\n\nBij de eerste aanmelding moet je het wachtwoord wijzigen.\n\n"
                         "Met vriendelijke groeten\n\nLieve De Wolf\nstagecoördinator"),
     rules=["password", "private_account"],
     note="student teacher forwards her school account mail, with start password, to her private Gmail",
     fmt=["forward"], phase=1)


# ------------------------------------------------------------------ B. credential look-alikes (15)

mail("hoe-wachtwoord-resetten", WPE, [LOT], "RE: wachtwoord vergeten",
     """Dag Lotte,

Geen probleem, dat gebeurt vaak. Zo doe je het zelf:
1. Ga naar https://sintpieterscollege.smartschool.be
2. Klik onder het aanmeldvenster op 'Wachtwoord vergeten?'
3. Vul je gebruikersnaam in; je krijgt een link op je schoolmailadres.
4. Kies een nieuw wachtwoord van minstens 12 tekens.

Lukt het niet, kom dan even langs in A0.03 (ICT), dan zetten we het samen goed.

Wim""" + quote_outlook("Lotte Vermeulen <lotte.vermeulen@sintpieterscollege.be>", "ICT <ict@spc.ksleuven.be>",
                        "wachtwoord vergeten", "Hallo,\n\nIk ben mijn Smartschool-wachtwoord vergeten en kan niet meer inloggen. Kan dat gereset worden?\n\nLotte Vermeulen (stagiair)"),
     reply="wachtwoord-vergeten@sintpieterscollege.be",
     rules=[], note="explains how to reset a password, contains no password", fmt=["reply"])

mail("wachtwoord-verloopt", ("ICT Sint-Pieterscollege", ICT), [ROB], "Uw wachtwoord verloopt binnen 5 dagen",
     """Beste Robbe Janssens,

Het wachtwoord van uw schoolaccount robbe.janssens@sintpieterscollege.be verloopt binnen 5 dagen.
Wijzig het tijdig via https://myaccount.microsoft.com > Wachtwoord wijzigen.

ICT vraagt u nooit om uw wachtwoord per mail te bezorgen. Twijfelt u aan een bericht? Stuur het door naar ict@spc.ksleuven.be.

Dit is een automatisch bericht.""",
     rules=[], note="password-expiry notice without any password", fmt=["plain"])

mail("re-wachtwoord-niet-per-mail", LDW, [THI], "RE: wachtwoord leerplatform?",
     """Dag Thibault,

Wachtwoorden sturen we nooit per mail, dat staat ook in ons communicatiebeleid. Loop morgen even langs bij
Wim (ICT, lokaal A0.03) tussen 8u en 8u25, hij geeft het je mondeling of via een briefje.""" + sig(LDW) +
     quote_outlook("Thibault Lambert <thibault.lambert@sintpieterscollege.be>", "Lieve De Wolf <lieve.dewolf@sintpieterscollege.be>",
                   "wachtwoord leerplatform?", "Bonjour Lieve,\n\nKan je mij het wachtwoord van het leerplatform Frans doorsturen? Nathalie zei dat jij het had.\n\nMerci!\nThibault"),
     reply="ww-leerplatform@sintpieterscollege.be",
     rules=[], note="refuses to send a password by mail; refers to the helpdesk", fmt=["reply"])

mail("studentennummers-alo", LDW, [EVL], "Stagiairs ALO bij ons - overzicht",
     """Dag Els,

Voor jullie administratie het overzicht van de ALO-studenten bij ons dit semester:

Robbe Janssens  - studentennummer r0812345 - wiskunde - mentor Bart Claes - OPO 'Stage 2 SO' (code B-ALO-S2W)
Hannah Wuyts    - studentennummer r0798812 - fysica   - mentor Pieter Van Damme - OPO 'Stage 2 SO' (code B-ALO-S2N)

Beiden zijn gestart op 17 februari. De stagecontracten zijn getekend en liggen op het secretariaat.""" + sig(LDW),
     rules=[], note="student numbers and course codes are identifiers that open nothing", fmt=["plain"])

mail("opo-code-stagebundel", LDW, [FRE], "Stagebundel Daan Mertens",
     """Dag Frederik,

Daan vroeg of hij voor het opleidingsonderdeel LO-STG3-B (Stage 3 secundair) de bundel digitaal mag indienen
of op papier moet afgeven. Bij ons maakt het niet uit; de mentorverslagen zitten al in zijn map.

Groeten,
Lieve""", rules=[], note="course code of the college, no credential", fmt=["plain"])

mail("lesnummers-lokalen-lotte", AVE, [LOT], "planning volgende week",
     """Lotte,

Volgende week neem jij les 14 en 15 van het thema 'Argumenteren' in 3B. Maandag zitten we in B204, dinsdag
uitzonderlijk in B211 omdat er examens zijn in blok B. De toets T3 schuiven we op naar de week erna.

Kopieën voor 24 leerlingen; de kopieerbundel ligt in mijn vakje.

Annelies""", rules=[], note="lesson numbers, room numbers and a test code: no credential", fmt=["plain"])

mail("kopieerkaart-betaling", ("Boekhouding Sint-Pieterscollege", BOEKH), [YAS], "Borg kopieerkaart",
     """Beste Yasmine,

Voor je kopieerkaart vragen we een borg van 10 euro, die je terugkrijgt bij het binnenbrengen op het einde
van je stage. Betalen kan via de betaalmodule van Smartschool of aan het onthaal, met vermelding van de
gestructureerde mededeling +++090/4512/33871+++.

Ria Willems
boekhouding""", rules=[], note="structured payment reference, not a code that opens anything", fmt=["plain"])

mail("klascode-classroom-5b", DAA, [HJA], "klascode Classroom",
     """Hilde,

De klascode van de Google Classroom voor 5B Engels is x7k2qpd. Zal ik die maandag op het bord zetten of
stuur jij ze via Smartschool naar de klas?

Daan""", rules=[], note="a Classroom class code (listed as a look-alike that must not fire)", fmt=["plain"])

mail("teams-uitnodiging-evaluatie-alo", LDW, [MDI], "Tussentijdse evaluatie Robbe Janssens",
     """Dag Marc,

Hierbij de uitnodiging voor de tussentijdse evaluatie van Robbe, met Bart Claes (mentor) en mezelf.

________________________________________________________________________________
Microsoft Teams-vergadering
Neem deel op uw computer, mobiele app of ruimte-apparaat
Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE1ODk0MjMtYTcxOC00YjMwLWI4ZDEtOWZkNWMzMTZlYjI4%40thread.v2/0>
Vergadering-id: 384 912 773 451
Wachtwoordcode: Xb7kQ2
________________________________________________________________________________""" + sig(LDW),
     html=outlook_html("Dag Marc,", "", "Hierbij de uitnodiging voor de tussentijdse evaluatie van Robbe, met Bart Claes (mentor) en mezelf.",
                       "", "Microsoft Teams-vergadering", "Neem deel op uw computer, mobiele app of ruimte-apparaat",
                       "Klik hier om deel te nemen aan de vergadering", "Vergadering-id: 384 912 773 451",
                       "Wachtwoordcode: Xb7kQ2", sig(LDW)),
     rules=[], note="Teams invitation with its meeting passcode (allowed by default)", fmt=["alt", "meeting-invite"])

mail("zoom-erasmus-tutor", HJA, [SIO], "Mid-placement review Sarah O'Neill",
     """Dear Dr Kelly,

Thank you for your mail. Thursday 27 March at 15.00 (Irish time 14.00) suits us fine for Sarah's
mid-placement review. Here is the Zoom link our school uses:

https://zoom.us/j/81233459921?pwd=cFhJWkRtT1dvS0hRMnZkZz09
Meeting ID: 812 3345 9921
Passcode: 447120

Sarah has settled in well; she teaches two classes and observes in a third.

Kind regards,
Hilde Jacobs
English department, Sint-Pieterscollege Leuven""",
     rules=[], lang="en", note="Zoom invitation with meeting ID and passcode, allowed", fmt=["plain", "meeting-invite"])

mail("bestelling-handboeken", KMA, [UITG], "Bestelling leerwerkboeken Historia 4",
     """Geachte,

Graag bestellen wij bijkomend 6 exemplaren van 'Historia 4 - leerwerkboek' (ISBN 978-90-1234-567-8) voor onze
stagiairs. Ons klantnummer is 118274, het vorige bestelnummer was 4500123987.

Levering op schooladres, t.a.v. Koen Maes, vakgroep geschiedenis.

Met vriendelijke groeten,
Koen Maes
Sint-Pieterscollege Leuven""", rules=[], note="customer and order numbers; no credential", fmt=["plain"])

mail("toets-code-4b-kopieren", BCL, [ROB], "toets 4B",
     """Robbe,

De toets voor 4B staat in de map Vakgroep wiskunde > 4de jaar > T4-ALG-07. Vragen 1 tot 12, 35 exemplaren
recto-verso. Verbetersleutel zit in dezelfde map (bestand T4-ALG-07_sleutel), die niet afdrukken voor de klas.

Bart""", rules=[], note="test code and an answer key ('verbetersleutel') are not credentials", fmt=["plain"])

mail("kluisje-nummer-sleutel-onthaal", TWO, [YAS], "kleedkamer",
     """Dag Yasmine,

Je krijgt kluisje 214 in de gang van de sporthal. Het sleuteltje haal je aan het onthaal op vertoon van je
badge, en je brengt het terug op je laatste stagedag.

Tom""", rules=[], note="a locker number and a physical key; nothing secret in the mail", fmt=["plain"])

mail("deurcode-via-sms", LDW, [SAR], "Door code staff room",
     """Hi Sarah,

I've sent you the door code of the staff room by text message, we don't put codes in e-mails. If it doesn't
work, ask at the reception desk (onthaal) and they'll let you in.

Best,
Lieve De Wolf
internship coordinator""", rules=[], lang="en", note="mentions a door code but does not contain it",
     fmt=["plain"], phase=1)

mail("wachtwoordtips-stagiair", WPE, [DAA], "RE: sterk wachtwoord?",
     """Daan,

Goede vraag. Kies een zin die je kan onthouden, minstens 12 tekens, en gebruik hem nergens anders. Geen
namen van huisdieren of je geboortejaar. Een wachtwoordbeheerder (Bitwarden, KeePass) mag.
En nooit je wachtwoord in een mail of op een post-it aan het scherm.

Wim""", reply="sterk-ww@sintpieterscollege.be",
     rules=[], note="advice about passwords, contains none", fmt=["reply"])


# ------------------------------------------------------------------ C. sensitive (40)
SENS = ["sensitive"]

mail("observatieverslag-les-3b-lotte", LOT, [AVE], "Observatieverslag les 18 - 3B",
     """Dag Annelies,

Hieronder mijn verslag van de les van dinsdag (uit mijn stagemap gekopieerd), zodat je het kan aanvullen voor
het gesprek met Ann.

OBSERVATIEVERSLAG - les 18 - 3B Nederlands - thema 'Argumenteren'
Lesdoel: de leerlingen herkennen drogredenen in een opiniestuk – zie lesvoorbereiding.

1. Beginsituatie
De klas was onrustig na de middag (sportdag aangekondigd). Ik ben gestart met een stelling op het bord.

2. Verloop
- Instap: stelling ‘Huiswerk moet verboden worden’. Goede reacties, vooral Camille en Senne.
- Kern: groepswerk in viertallen. De groepjes heb ik zelf samengesteld.
- Tijdens het groepswerk begon %s te huilen. Na de les vertelde ze me dat ze al weken buitengesloten wordt
  door de meisjes van haar vroegere groepje en dat er over haar geroddeld wordt in een groepschat. Ze wilde
  niet dat ik het aan de klas vertelde. Ik heb gezegd dat ik het aan jou zou doorgeven.
- Slot: klassikale bespreking, net niet afgerond.

3. Reflectie
Ik had de groepjes beter vooraf met jou afgestemd. Timing van het slot was te krap.

Groetjes,
Lotte""" % nm("nora_haddad"),
     about=["nora_haddad"], rules=SENS, cats=["psychosocial"],
     note="observation report: a named pupil cried and says she is excluded and gossiped about (bullying victim)",
     charset="windows-1252", cte="quoted-printable", fmt=["plain-cp1252", "plain-qp", "word-paste"])

mail("vraag-dyslexie-stan", ROB, [BCL], "Stan en de toets van vrijdag",
     """Dag Bart,

Snelle vraag: %s uit 4A heeft dyslexie, las ik in het overzicht. Mag hij de toets van vrijdag met de
voorleessoftware maken (Kurzweil op de laptop), of enkel met vergrote kopie en extra tijd?

Groetjes,
Robbe""" % nm("stan_verhoeven"),
     about=["stan_verhoeven"], rules=SENS, cats=["care"],
     note="student teacher asks about adjustments for a named pupil with dyslexia", fmt=["plain"])

mail("vader-ziek-febe", YAS, [TWO], "Febe",
     """Tom,

Na LO bleef %s nog even staan. Ze vertelde dat haar papa zwaar ziek is (kanker, hij krijgt chemo) en dat ze
daarom de laatste weken zo moe is en er niet bij is met haar hoofd. Ze vroeg of ze de looptest mag uitstellen.
Ik wist niet goed wat zeggen. Moet ik dit aan iemand melden?

Yasmine""" % nm("febe_moens"),
     about=["febe_moens"], rules=SENS, cats=["family"],
     note="pupil's father seriously ill: a family situation of a named pupil", fmt=["plain"])

_klas3b = [["Leerling", "Opmerking"],
           [nm("camille_raes"), "-"],
           [nm("nora_haddad"), "vooraan zetten, stil maar sterk"],
           [nm("milan_kovac"), "rekening nog open - afbetalingsplan loopt via boekhouding"],
           [nm("febe_moens"), "ouders gescheiden, co-ouderschap week/week; rapport naar beide ouders"],
           [nm("senne_luyten"), "ADHD, neemt medicatie; mag kort rechtstaan"],
           [nm("hiba_ouali"), "dyslexie: voorleessoftware, extra tijd 1/3"],
           [nm("nora_vlaeminck"), "diabetes type 1 - mag altijd eten/drinken in de les"]]
mail("klaslijst-3b-met-opmerkingen", AVE, [LOT], "Klaslijst 3B met aandachtspunten",
     None, html_only=True,
     html=outlook_html("Hoi Lotte,", "", "Zoals beloofd mijn klaslijst van 3B met wat je moet weten voor je lessen. Niet afdrukken en niet laten rondslingeren aub.",
                       "", ("table", _klas3b), "", "Annelies"),
     about=["milan_kovac", "febe_moens", "senne_luyten", "hiba_ouali", "nora_vlaeminck", "nora_haddad", "camille_raes"],
     rules=SENS, cats=["family", "medical", "care", "financial"],
     note="HTML class list with remarks: divorce, ADHD+medication, dyslexia, diabetes, open bill",
     fmt=["html-only", "html-table"])

mail("zorgoverzicht-csv-hannah", MSE, [HAN], "Redelijke aanpassingen 5A (fysica)",
     """Dag Hannah,

In bijlage de leerlingen van 5A met afspraken uit hun zorgplan die voor jouw fysicalessen belangrijk zijn.
Gelieve dit bestand niet door te sturen en na je stage te verwijderen.

Marleen Smets
zorgcoördinator""",
     atts=[("5A_redelijke_aanpassingen.csv", make_csv([
         ["Leerling", "Klas", "Zorgnood", "Aanpassing"],
         [nm("ilias_bouzid"), "5A", "dyscalculie", "rekenmachine + formularium bij toetsen"],
         [nm("hanne_vercammen"), "5A", "faalangst (CLB-begeleiding)", "toets in apart lokaal indien gevraagd"],
         [nm("sam_wijns"), "5A", "ASS", "vaste plaats, wijzigingen vooraf aankondigen (zéker bij vervanging)"]], enc="cp1252"))],
     about=["ilias_bouzid", "hanne_vercammen", "sam_wijns"], rules=SENS, cats=["care", "psychosocial"],
     note="CSV (cp1252) with pupils' learning disorders, autism, CLB follow-up and anxiety",
     fmt=["plain", "attachment-csv"])

mail("incident-anas-stan", THI, [KMA, KEA], "Incident 4A geschiedenis",
     """Koen, Karim,

Tijdens de les geschiedenis in 4A (5de uur) heeft %s %s een vuistslag gegeven na een discussie over een
gsm. Stan had een bloedneus maar wou niet naar het secretariaat. Ik heb Anas naar de gang gestuurd en
Karim kwam hem halen.

Karim zei dat Anas strafstudie krijgt op woensdag en dat de ouders verwittigd worden. Moet ik nog een
verslag schrijven voor het leerlingvolgsysteem?

Thibault""" % (nm("anas_chaouki"), nm("stan_verhoeven")),
     about=["anas_chaouki", "stan_verhoeven"], rules=SENS, cats=["psychosocial", "medical"],
     note="violent incident with a sanction (strafstudie) and an injury (bloedneus) of named pupils",
     fmt=["plain"])

mail("zelfverwonding-louise", DAA, [JHE], "Louise Van Aken (6B) - dringend?",
     """Dag Jonas,

Ik weet niet of dit bij jou hoort, Hilde zei dat ik het jou moest melden. Tijdens de les Engels in 6B had
%s haar mouwen opgestroopt en ik zag verse sneetjes op haar onderarm. Ik heb niets gezegd in de klas.
Na de les heb ik gevraagd of alles oké was; ze zei 'ja, laat maar'.

Daan Mertens (stagiair)""" % nm("louise_vanaken"),
     about=["louise_vanaken"], rules=SENS, cats=["psychosocial"],
     note="signs of self-harm of a named pupil", fmt=["plain"])

mail("sportdag-allergieen", YAS, [TWO], "lijst sportdag 1D",
     """Tom, voor de sportdag van 1D heb ik de fiches overlopen. Aandachtspunten:

- %s: notenallergie, heeft een EpiPen in haar boekentas
- %s: astma, puffer meenemen naar de looptest
- alle anderen: geen bijzonderheden

De EHBO-koffer neem ik mee.
Yasmine""" % (nm("fien_baert"), nm("rayan_bakkali")),
     about=["fien_baert", "rayan_bakkali"], rules=SENS, cats=["medical"],
     note="allergy and asthma of named pupils in a list", fmt=["plain"])

mail("ocmw-uitstap-milan", LOT, [AVE], "uitstap Gent - kosten",
     """Hoi Annelies,

Voor de theateruitstap naar Gent heb ik de inschrijvingen binnen. Alleen %s heeft nog niet betaald. Hij zei
me dat zijn ouders het nu niet kunnen betalen en dat het OCMW hun rekeningen opvolgt. Kan de school
tussenkomen of moet ik dat aan de boekhouding vragen?

Lotte""" % nm("milan_kovac"),
     about=["milan_kovac"], rules=SENS, cats=["financial"],
     note="family of a named pupil cannot pay, OCMW involved", fmt=["plain"])

mail("onbetaalde-rekening-lars", RWI, [N("lars_geerts").p1], "Openstaande schoolrekening Lars",
     """Beste mevrouw Geerts,

Volgens onze boekhouding staat voor Lars (5D) nog een bedrag open van 312,40 euro (schoolrekeningen
november en februari, waaronder de stage-uitstap).

Zoals telefonisch besproken stellen we een afbetalingsplan voor van 4 maandelijkse schijven van 78,10 euro.
Laat u ons weten of dat haalbaar is?

Met vriendelijke groeten,
Ria Willems
boekhouding Sint-Pieterscollege""",
     about=["lars_geerts"], rules=SENS, cats=["financial"],
     note="unpaid bill and payment plan of a named pupil; correctly addressed to his mother", fmt=["plain"])

mail("schooltoelage-aya", ("Leerlingensecretariaat", SECR), [N("aya_mansouri").p1], "Schooltoelage Aya",
     """Beste meneer Mansouri,

Wij ontvingen een vraag om hulp bij de aanvraag van de schooltoelage voor Aya (1C). U kan die aanvragen via
Groeipakket; als u wil, helpen wij u op dinsdagnamiddag op het secretariaat met het invullen. Breng dan
het aanslagbiljet van de belastingen mee.

Met vriendelijke groeten
Leerlingensecretariaat Sint-Pieterscollege""",
     about=["aya_mansouri"], rules=SENS, cats=["financial"],
     note="school allowance application for a named pupil; correctly addressed to her father", fmt=["plain"])

mail("clb-aanmelding-hanne", MSE, [CLB], "Aanmelding Hanne Vercammen (5A)",
     """Dag An,

Zoals telefonisch afgesproken meld ik %s (5A) aan. Ze heeft sinds januari ernstige faalangst: ze
blokkeert bij toetsen, slaapt slecht en is twee keer in paniek het lokaal uitgelopen. Ook de stagiaire
fysica merkte het op. Moeder is op de hoogte en akkoord met een gesprek bij het CLB.

Marleen Smets
zorgcoördinator""" % nm("hanne_vercammen"),
     about=["hanne_vercammen"], rules=SENS, cats=["care", "psychosocial"],
     note="CLB referral of a named pupil with severe anxiety", fmt=["plain"])

mail("polsbreuk-seppe", KEA, [TWO], "Seppe Coppens",
     """Tom,

%s is na het ongeval tijdens LO bij Yasmine met de ziekenwagen naar AZ Dijlevallei gebracht. Het is een
breuk in de pols, hij krijgt vandaag nog gips. Papa was er snel. Ongevalsaangifte maak ik op.

Karim""" % nm("seppe_coppens"),
     about=["seppe_coppens"], rules=SENS, cats=["medical"],
     note="injury and hospital transport of a named pupil", fmt=["plain"])

mail("zwangerschap-noor", JHE, [SLE], "vertrouwelijk - Noor (6A)",
     """Sofie,

Ter info: %s (6A) is 4 maanden zwanger. Ze heeft het zelf aan mij verteld en wil dat enkel de klassenleraar
en wij het weten. Voor LO vraag ik vrijstelling vanaf volgende week; kan jij dat met Tom en de stagiaire
Yasmine regelen zonder details te geven?

Jonas""" % nm("noor_vanrompaey"),
     about=["noor_vanrompaey"], rules=SENS, cats=["medical"],
     note="pregnancy of a named pupil", fmt=["plain"])

mail("contactverbod-vader-bram", JHE, [DAA], "Opgelet bij ophalen Bram Lenaerts",
     """Daan,

Omdat jij donderdag de uitstap van 6D naar het Mardasson begeleidt: de vader van %s mag hem NIET ophalen of
meenemen. Er is een vonnis, de mama heeft het exclusieve ouderlijk gezag. Als hij toch opduikt: niet in
discussie gaan, de leerling bij je houden en het secretariaat verwittigen.

Jonas Hermans
leerlingbegeleider""" % nm("bram_lenaerts"),
     about=["bram_lenaerts"], rules=SENS, cats=["family"],
     note="custody ruling and ban on the father picking up a named pupil", fmt=["plain"])

mail("pleeggezin-amira", JHE, [LDW], "info stagiairs 4B",
     """Lieve,

Kan jij de stagiairs die in 4B lesgeven (Robbe, Daan) even mondeling verwittigen: %s verblijft sinds
januari in een pleeggezin. Alle communicatie gaat naar de pleegmoeder, niet meer naar het adres van mama
in Smartschool. Zeker bij brieven over uitstappen.

Jonas""" % nm("amira_saidi"),
     about=["amira_saidi"], rules=SENS, cats=["family"],
     note="foster-care placement of a named pupil", fmt=["plain"])

mail("vader-gevangenis-victor", KMA, [THI], "opdracht stamboom 6C",
     """Thibault,

Goede lesvoorbereiding, maar pas de opdracht 'maak je eigen stamboom met beroepen' aan. De vader van
%s zit in de gevangenis en de klas weet dat. Maak er een opdracht van over een historisch figuur, dan
vermijden we gedoe.

Koen""" % nm("victor_dupont"),
     about=["victor_dupont"], rules=SENS, cats=["family"],
     note="a named pupil's father is in prison", fmt=["plain"])

mail("overlijden-grootmoeder-elif", AVE, [LOT], "Elif afwezig",
     """Lotte,

%s (2A) is de rest van de week afwezig: haar grootmoeder, bij wie ze inwoont, is zondag overleden. Schuif
haar spreekbeurt op en geef de klas gewoon mee dat ze om familiale redenen afwezig is.

Annelies""" % nm("elif_yilmaz"),
     about=["elif_yilmaz"], rules=SENS, cats=["family"],
     note="death in the family of a named pupil", fmt=["plain"])

mail("melding-geweld-thuis-olivia", JHE, [CLB], "Melding Olivia Nowak (4C) - verontrusting",
     """Dag An,

Gisteren vertelde %s (4C) aan onze stagiaire LO dat haar vader haar slaat als hij gedronken heeft. De
stagiaire zag blauwe plekken op haar bovenarm in de kleedkamer. Olivia heeft het vandaag bij mij herhaald.

Ik wil dit vandaag nog met jullie bespreken in functie van een melding bij het Vertrouwenscentrum
Kindermishandeling. Kan je me terugbellen op school?

Jonas Hermans
leerlingbegeleider""" % nm("olivia_nowak"),
     about=["olivia_nowak"], rules=SENS, cats=["family", "medical"],
     note="violence at home and visible bruises of a named pupil, sent to the CLB", fmt=["plain"])

mail("rilatine-lucas-dewit", MSE, [ROB], "Lucas (1D) - middagmedicatie",
     """Robbe,

Jij hebt 1D op dinsdag en donderdag het 5de uur. %s neemt 's middags zijn Rilatine (ADHD), maar vergeet dat
vaak. Als hij in jouw les heel onrustig is: stuur hem even naar het secretariaat, daar ligt zijn medicatie.
Dit staat ook in zijn handelingsplan.

Marleen""" % nm("lucas_dewit"),
     about=["lucas_dewit"], rules=SENS, cats=["care", "medical"],
     note="ADHD and medication of a named pupil, care plan", fmt=["plain"])

mail("handelingsplan-kato-docx", MSE, [LDW], "Handelingsplan Kato Verlinden",
     """Lieve,

In bijlage het handelingsplan van %s (1A). Kan je het aan de stagiairs die in 1A lesgeven bezorgen? Het gaat
vooral om de afspraken bij toetsen wiskunde (dyscalculie).

Marleen""" % nm("kato_verlinden"),
     atts=[("Handelingsplan_Kato_Verlinden_1A.docx", make_docx([
         "Handelingsplan - schooljaar 2024-2025", "Leerling: Kato Verlinden, 1A",
         "Diagnose: dyscalculie (attest CLB, november 2024)", "Betrokkenen: ouders, CLB, zorgcoördinator, klassenleraar",
         "Afspraken: rekenmachine toegestaan, formulekaart, extra tijd (1/3), geen hoofdrekenen onder tijdsdruk",
         "Evaluatie: klassenraad maart"]))],
     about=["kato_verlinden"], rules=SENS, cats=["care"],
     note="care plan with a dyscalculia diagnosis in a docx attachment", fmt=["plain", "attachment-docx"])

mail("eindevaluatie-robbe-alo", BCL, [MDI], "Eindevaluatie stage Robbe Janssens",
     """Dag Marc,

Hierbij mijn eindevaluatie van Robbe, zoals gevraagd in vrije tekst voor het dossier.

Vakinhoudelijk: zeer sterk. Uitleg is helder, hij controleert goed of de leerlingen mee zijn.
Klasmanagement: groeide zienderogen; in 4B had hij in het begin moeite met de achterste rij, nu niet meer.
Relatie met leerlingen: hier blonk hij uit – écht. Hij ging bijzonder fijngevoelig om met %s (5A), die vorige maand
zijn moeder verloor, en hield hem betrokken zonder hem in de kijker te zetten.
Administratie: lesvoorbereidingen altijd op tijd.

Voorstel eindscore: 16/20.

Met vriendelijke groeten,
Bart Claes
mentor wiskunde""" % nm("ilias_bouzid"),
     about=["ilias_bouzid"], rules=SENS, cats=["family"],
     note="student teacher's assessment for the university mentions a named pupil whose mother died",
     charset="windows-1252", cte="8bit", fmt=["plain-cp1252", "8bit"], phase=3)

mail("dyspraxie-victor-fr", NDU, [THI], "Victor (6C) - temps supplémentaire",
     """Salut Thibault,

Pour le contrôle de vendredi en 6C : %s a un diagnostic de dyspraxie. Il a droit à un tiers de temps en plus
et peut taper ses réponses sur son ordinateur portable (c'est dans son plan de soutien). Prévois une copie en
Arial 14.

Bonne préparation,
Nathalie""" % nm("victor_dupont"),
     about=["victor_dupont"], rules=SENS, cats=["care"], lang="fr",
     note="French: dyspraxia diagnosis and adjustments of a named pupil", fmt=["plain"])

mail("epilepsy-daniel-en", HJA, [SAR], "Daniel in 4B - please read",
     """Hi Sarah,

Before your first lesson in 4B: %s has epilepsy. He takes medication and hasn't had a seizure in class
this year, but if it happens: note the time, clear the space around him, put him on his side once it stops,
and send a pupil to the reception desk. Don't put anything in his mouth.

Hilde""" % nm("daniel_okafor"),
     about=["daniel_okafor"], rules=SENS, cats=["medical"], lang="en",
     note="English: a named pupil's epilepsy and medication", fmt=["plain"])

mail("hersenschudding-kobe", TWO, [YAS], "Kobe",
     """Kobe Wauters uit 4A doet 2 weken niet mee met LO, hersenschudding na een val met de fiets. Laat hem de
scores bijhouden. Tom

Verstuurd vanaf mijn iPhone""", mailer="iphone",
     about=["kobe_wauters"], rules=SENS, cats=["medical"],
     note="phone mail: a named pupil's concussion", fmt=["phone"])

mail("angststoornis-zoe-qp", JHE, [LOT], "Zoë Lambrechts (2C) - time-outkaart",
     """Dag Lotte,

Je geeft vanaf volgende week ook les in 2C. %s heeft een angststoornis en is in behandeling bij een
psychologe. Ze heeft een time-outkaart: als ze die op haar bank legt, mag ze zonder uitleg naar de
leerlingbegeleiding gaan. Niet op reageren voor de klas, gewoon knikken.

Dank je wel!

Jonas Hermans
leerlingbegeleider""" % nm("zoe_lambrechts"), cte="quoted-printable",
     about=["zoe_lambrechts"], rules=SENS, cats=["psychosocial", "care"],
     note="anxiety disorder, therapy and a time-out card (adjustment) of a named pupil; QP body",
     fmt=["plain-qp"])

mail("schorsing-mohamed-base64", LDW, [FRE], "Incident tijdens de les van Daan",
     """Dag Frederik,

Ik breng je op de hoogte van een incident, omdat het in Daans stagebundel kan opduiken. Tijdens zijn les
geschiedenis in 3A heeft %s hem uitgescholden en een stoel omgegooid. De leerling is voor twee dagen
preventief geschorst en er volgt een tuchtgesprek met de ouders.

Daan heeft correct gereageerd; dat wil ik zeker benadrukken. We bespreken het graag tijdens je bezoek.""" % nm("mohamed_diallo") + sig(LDW),
     cte="base64",
     about=["mohamed_diallo"], rules=SENS, cats=["psychosocial"],
     note="behaviour incident with suspension of a named pupil, sent to the college; base64 body",
     fmt=["plain-base64"])

# --- sensitive, sent to parents: misdirected (6) and correctly addressed (7)
MIS = ["sensitive", "recipient"]

mail("mis-dyslexie-lucas-naar-peeters-emma", LOT, [("Familie Peeters", N("emma_peeters").p1)], "Aanpassingen voor Lucas",
     """Beste ouders,

Ik ben Lotte Vermeulen, stagiaire Nederlands in 3A bij mevrouw Verbeke. Omdat Lucas dyslexie heeft, geef ik
hem voortaan vergrote kopieën (Arial 12, anderhalve interlinie) en mag hij zijn leesboek als audioboek
beluisteren. Als u daar vragen over heeft, hoor ik het graag.

Met vriendelijke groeten,
Lotte Vermeulen
stagiaire Nederlands""",
     about=["lucas_peeters"], mis=True, rules=MIS, cats=["care"],
     note="about Lucas Peeters (3A, dyslexia) but autocomplete picked the other Peeters family (Emma, 2B)",
     fmt=["plain"])

mail("mis-medicatie-noah-vdb-naar-aerts", BCL, [("Aerts - Van Hoof", N("noah_aerts").p1)], "Noah - medicatie vergeten",
     """Beste ouders van Noah,

Noah (4B) vergat deze week twee keer zijn astmapuffer en had het daardoor erg moeilijk na de middag, ook
in de les wiskunde die de stagiair gaf. Kunnen jullie thuis nog eens nagaan of de puffer in zijn boekentas
zit?

Vriendelijke groeten,
Bart Claes
klassenleraar 4B""",
     about=["noah_vdb"], mis=True, rules=MIS, cats=["medical"],
     note="about Noah Van den Broeck (4B, class teacher's own pupil) but sent to the parent of Noah Aerts (4C)",
     fmt=["plain"])

mail("mis-clb-verslag-mila-naar-jansen", MSE, [("Els Jansen", N("lina_jansen").p1)], "Verslag overleg CLB - Mila",
     """Beste mevrouw Janssens,

Zoals beloofd een korte samenvatting van het overleg met het CLB van gisteren over Mila (1B):
- het CLB start een onderzoek naar dyslexie; de testen gebeuren in april op school;
- tot dan krijgt Mila extra tijd bij toetsen en mag ze voorleessoftware gebruiken;
- de stagiaire Nederlands, juffrouw Lotte, is ingelicht.

We plannen een nieuw overleg na de paasvakantie.

Met vriendelijke groeten,
Marleen Smets
zorgcoördinator""",
     about=["mila_janssens"], mis=True, rules=MIS, cats=["care"],
     note="CLB follow-up of Mila Janssens sent to els.jansen@ (mother of Lina Jansen) instead of els.janssens@",
     fmt=["plain"])

mail("mis-pesten-jonas-naar-goris", JHE, [("Tom Goris", N("lisa_goris").p2)], "Gesprek over Jonas",
     """Beste meneer Goris,

Ik wil u graag op de hoogte brengen dat Jonas (5C) de voorbije weken gepest wordt door enkele jongens uit
zijn klas, vooral via Snapchat. Een stagiair merkte het op tijdens de les. We hebben met de betrokken
leerlingen gesproken en er volgen herstelgesprekken.

Graag zou ik dit ook met u bespreken. Past dinsdag om 16 uur?

Met vriendelijke groeten,
Jonas Hermans
leerlingbegeleider""",
     about=["jonas_claes"], mis=True, rules=MIS, cats=["psychosocial"],
     note="about Jonas Claes (5C) but sent only to the father of his half-sister Lisa Goris, who is not Jonas's parent",
     fmt=["plain"])

mail("mis-rekening-sara-desmet", RWI, [("Bert Desmet", N("sara_desmet_c").p2)], "Herinnering openstaande rekening Sara",
     """Beste ouder,

Voor Sara (2A) staat nog een bedrag open van 146,00 euro (schoolrekening januari en de sportdag). Dit is al
de tweede herinnering. Kunt u contact opnemen met de boekhouding als u een afbetalingsplan wenst?

Met vriendelijke groeten,
Ria Willems
boekhouding""",
     about=["sara_desmet_a"], mis=True, rules=MIS, cats=["financial"],
     note="unpaid bill of Sara De Smet (2A) sent to the father of Sara Desmet (2C)", fmt=["plain"])

mail("mis-reply-verkeerde-draad-nora", AVE, [("Ingrid Vlaeminck", N("nora_vlaeminck").p1)], "RE: leeslijst 3B",
     """Beste meneer Haddad,

Ik wil u laten weten dat Nora gisteren erg verdrietig was in de les van onze stagiaire. Ze vertelde dat ze
al een tijd wordt buitengesloten door een groepje meisjes en dat er over haar wordt geroddeld in een
groepschat. De leerlingbegeleider neemt contact met u op om een gesprek te plannen.

Met vriendelijke groeten,
Annelies Verbeke""" + quote_outlook("Ingrid Vlaeminck <vlaeminck.ingrid@telenet.be>", "Annelies Verbeke <annelies.verbeke@sintpieterscollege.be>",
                                     "leeslijst 3B", "Beste mevrouw Verbeke,\n\nNora vindt de leeslijst voor 3B niet op Smartschool. Kan u die nog eens sturen?\n\nVriendelijke groeten,\nIngrid Vlaeminck"),
     reply="leeslijst3b@telenet.be",
     about=["nora_haddad"], mis=True, rules=MIS, cats=["psychosocial"],
     note="written to Mr Haddad about his daughter Nora (3B) but sent as a reply in the thread of Nora Vlaeminck's mother (same class)",
     fmt=["reply"])

mail("uitgesloten-nora-haddad-ouders", JHE, [("Samir Haddad", N("nora_haddad").p1)], "Nora - gesprek",
     """Beste meneer Haddad,

Onze stagiaire Nederlands merkte dinsdag dat Nora erg verdrietig was in de les. Nora vertelde dat ze al een
tijd wordt buitengesloten door enkele meisjes uit haar klas, ook via een groepschat. Wij nemen dit ernstig
en spreken met de betrokken leerlingen.

Ik zou graag met u en Nora samenzitten. Past donderdag om 16u?

Met vriendelijke groeten,
Jonas Hermans
leerlingbegeleider""",
     about=["nora_haddad"], rules=SENS, cats=["psychosocial"],
     note="bullying/exclusion of Nora Haddad, correctly addressed to her father", fmt=["plain"])

mail("dyslexie-lucas-ouders", MSE, [("Jan Peeters", N("lucas_peeters").p1)], "Afspraken dyslexie Lucas",
     """Beste meneer Peeters,

Na het overleg met de klassenraad bevestig ik de afspraken voor Lucas (3A) in verband met zijn dyslexie:
vergrote kopieën, extra tijd bij toetsen, audioboeken voor Nederlands en geen punten af voor spelling bij
andere vakken. Ook de stagiairs in 3A volgen deze afspraken.

Met vriendelijke groeten,
Marleen Smets
zorgcoördinator""",
     about=["lucas_peeters"], rules=SENS, cats=["care"],
     note="dyslexia adjustments of Lucas Peeters, correctly addressed to his father", fmt=["plain"])

mail("medicatie-noah-vdb-ouders", BCL, [("Kris Van den Broeck", N("noah_vdb").p1)], "Noah - medicatie",
     """Beste meneer Van den Broeck,

Noah vergat deze week twee keer zijn astmapuffer en had het daardoor moeilijk na de middag, ook in de les
die onze stagiair gaf. Kunt u thuis nagaan of de puffer in zijn boekentas zit?

Vriendelijke groeten,
Bart Claes
klassenleraar 4B""",
     about=["noah_vdb"], rules=SENS, cats=["medical"],
     note="medication of Noah Van den Broeck, correctly addressed to his father", fmt=["plain"])

mail("pesten-jonas-mama", JHE, [("Veerle Hendrickx", N("jonas_claes").p1)], "Gesprek over Jonas",
     """Beste mevrouw Hendrickx,

Ik wil u graag op de hoogte brengen dat Jonas (5C) de voorbije weken gepest wordt via Snapchat door enkele
klasgenoten. Een stagiair merkte het op tijdens de les. We hebben met de betrokken leerlingen gesproken en
er volgen herstelgesprekken.

Graag bespreek ik dit met u. Past dinsdag om 16 uur?

Met vriendelijke groeten,
Jonas Hermans
leerlingbegeleider""",
     about=["jonas_claes"], rules=SENS, cats=["psychosocial"],
     note="bullying of Jonas Claes, correctly addressed to his mother (who is also Lisa Goris's mother)",
     fmt=["plain"])

mail("rekening-sara-de-smet-ouders", RWI, [("Dirk De Smet", N("sara_desmet_a").p1)], "Herinnering openstaande rekening Sara",
     """Beste meneer De Smet,

Voor Sara (2A) staat nog een bedrag open van 146,00 euro (schoolrekening januari en de sportdag). Dit is de
tweede herinnering. Als een afbetalingsplan u zou helpen, neem dan gerust contact op.

Met vriendelijke groeten,
Ria Willems
boekhouding""",
     about=["sara_desmet_a"], rules=SENS, cats=["financial"],
     note="unpaid bill of Sara De Smet, correctly addressed to her father", fmt=["plain"])

mail("dyspraxie-victor-maman-fr", NDU, [("Isabelle Dupont", N("victor_dupont").p1)], "Victor - aménagements en français",
     """Chère Madame Dupont,

Je vous confirme que Victor (6C) continuera à bénéficier de ses aménagements liés à sa dyspraxie pendant le
stage de M. Lambert, notre stagiaire : un tiers de temps supplémentaire et l'usage de son ordinateur portable
pour les contrôles.

N'hésitez pas à me contacter si vous avez des questions.

Bien à vous,
Nathalie Dubois
professeur de français""",
     about=["victor_dupont"], rules=SENS, cats=["care"], lang="fr",
     note="French: dyspraxia adjustments of Victor Dupont, correctly addressed to his mother", fmt=["plain"])

mail("polsbreuk-seppe-papa", KEA, [("Dirk Coppens", N("seppe_coppens").p1)], "Seppe - ongevalsaangifte",
     """Beste meneer Coppens,

Hoe gaat het met Seppe na de breuk in zijn pols? In bijlage vindt u het formulier van de schoolverzekering.
Laat het invullen door de arts van AZ Dijlevallei en bezorg het ons terug, dan volgen wij het verder op.

Veel beterschap aan Seppe!

Karim El Amrani
opvoeder""",
     atts=[("Ongevalsaangifte_schoolverzekering.pdf", make_pdf([
         "Aangifte van ongeval - schoolverzekering", "School: Sint-Pieterscollege Leuven",
         "In te vullen door de behandelende arts", "Aard van de letsels: ....................",
         "Vermoedelijke duur van de ongeschiktheid: ...................."], "Ongevalsaangifte"))],
     about=["seppe_coppens"], rules=SENS, cats=["medical"],
     note="wrist fracture of Seppe Coppens, correctly addressed to his father; blank insurance form attached",
     fmt=["plain", "attachment-pdf"])


# ------------------------------------------------------------------ D. personal, about one pupil, NOT sensitive (21)

mail("goede-presentatie-arne", LOT, [AVE], "Arne!",
     """Annelies,

Moest je gisteren gezien hebben: %s gaf in 4A een schitterende presentatie over fake news. Hij had zelf
een kort filmpje gemaakt en beantwoordde alle vragen rustig. Ik gaf hem 17/20, mag dat zo in Smartschool?

Lotte""" % nm("arne_vos"),
     about=["arne_vos"], rules=[], note="praise for one pupil's presentation, nothing sensitive", fmt=["plain"])

mail("huiswerkvraag-thomas", ROB, [BCL], "oefening 12",
     """Bart, %s (5C) vroeg of oefening 12 van reeks 4 ook moet voor donderdag. Ik had alleen 1-11 gezegd maar
op de planning staat 1-12. Wat doen we?

Robbe""" % nm("thomas_pauwels"),
     about=["thomas_pauwels"], rules=[], note="homework question about one pupil", fmt=["plain"])

mail("proef-herhalen-ines", HAN, [PVD], "inhaalproef Ines",
     """Dag Pieter,

%s (2A) was afwezig bij de proef over dichtheid. Mag ze die woensdagmiddag inhalen in het labo? Ik kan
erbij blijven tot 14u.

Hannah""" % nm("ines_ferreira"),
     about=["ines_ferreira"], rules=[], note="catch-up lab for an absent pupil; no reason for the absence given",
     fmt=["plain"])

mail("expose-victor-fr", THI, [NDU], "Exposé de Victor",
     """Bonjour Nathalie,

Juste pour te dire que %s a fait un excellent exposé sur la Révolution belge ce matin en 6C : bien
structuré, sans notes, et il a même répondu aux questions en français. Je lui ai donné 18/20.

À demain,
Thibault""" % nm("victor_dupont"),
     about=["victor_dupont"], rules=[], lang="fr", note="French: praise for one pupil, nothing sensitive",
     fmt=["plain"])

mail("speaking-test-olivia-en", SAR, [HJA], "Olivia's speaking test",
     """Hi Hilde,

%s (4C) asked me whether she can do her speaking test in pairs with Salma instead of individually. I told her
I'd check with you first. Is that allowed in your grading scheme?

Thanks,
Sarah""" % nm("olivia_nowak"),
     about=["olivia_nowak"], rules=[], lang="en", note="English: practical question about one pupil's test",
     fmt=["plain"])

mail("opwarming-lars", YAS, [TWO], "Lars",
     """Tom, %s mag volgende les de opwarming leiden, hij had dat gevraagd en hij kan het echt goed. Oké voor jou?
Yas

Verstuurd vanaf mijn iPhone""" % nm("lars_geerts"), mailer="iphone",
     about=["lars_geerts"], rules=[], note="phone mail: a pupil may lead the warm-up", fmt=["phone"])

mail("extra-oefeningen-noah-aerts", ROB, [BCL], "extra oefeningen 4C",
     """Hoi Bart,

%s (4C) vroeg naar extra oefeningen over goniometrie omdat hij wil doorstromen naar 5 wetenschappen-wiskunde
8u. Mag ik hem de reeks uit het oude handboek geven?

Robbe""" % nm("noah_aerts"),
     about=["noah_aerts"], rules=[], note="pupil asks for extra exercises; nothing sensitive", fmt=["plain"])

# correctly addressed to the pupil's own parent
mail("jas-gevonden-tuur", KEA, [("Tom Willaert", N("tuur_willaert").p1)], "Jas van Tuur gevonden",
     """Beste meneer Willaert,

De blauwe winterjas van Tuur (1B) lag na de les LO nog in de kleedkamer. Hij hangt nu aan het onthaal, Tuur
mag hem daar ophalen.

Vriendelijke groeten,
Karim El Amrani
opvoeder""",
     about=["tuur_willaert"], rules=[], note="lost jacket; correctly addressed to the pupil's father", fmt=["plain"])

mail("mooi-verhaal-elif", AVE, [("Ayse Yilmaz", N("elif_yilmaz").p2)], "Een compliment voor Elif",
     """Beste mevrouw Yilmaz,

Ik wilde u even laten weten dat Elif (2A) een heel mooi verhaal schreef bij de schrijfopdracht van onze
stagiaire Lotte. Het wordt opgenomen in de schoolkrant van mei. Proficiat aan Elif!

Vriendelijke groeten,
Annelies Verbeke
leerkracht Nederlands""",
     about=["elif_yilmaz"], rules=[], note="compliment about a pupil; correctly addressed to her mother",
     fmt=["plain"])

mail("uitstap-praktisch-ella", TWO, [("K. Dewaele", N("ella_dewaele").p1)], "RE: vertrekuur sportdag",
     """Beste mevrouw Dewaele,

Ella (4D) moet donderdag om 8u15 aan de sporthal zijn; we vertrekken met de bus om 8u30 en zijn terug rond
16u. Een fluohesje en een lunchpakket meebrengen. Stagiaire Yasmine Benali begeleidt de groep mee.

Met vriendelijke groeten,
Tom Wouters""" + quote_outlook("K. Dewaele <dewaele.k@skynet.be>", "Tom Wouters <tom.wouters@sintpieterscollege.be>",
                                 "vertrekuur sportdag", "Dag meneer Wouters, hoe laat moet Ella er donderdag zijn? Groeten, K. Dewaele"),
     reply="sportdag-ella@skynet.be",
     about=["ella_dewaele"], rules=[], note="practical trip details; correctly addressed reply to the pupil's mother",
     fmt=["reply"])

mail("spreekbeurt-marie-planning", DAA, [("M. Claessens", N("marie_claessens").p1)], "Spreekbeurt Marie",
     """Beste ouder,

Marie (5D) vroeg of haar spreekbeurt Engels een week later mag omdat ze dan met de muziekschool op reis is.
Dat is geen probleem: ze mag op 2 mei presenteren. Mevrouw Jacobs staat in kopie.

Met vriendelijke groeten,
Daan Mertens
stagiair Engels""", cc=[HJA],
     about=["marie_claessens"], rules=[], note="student teacher (supervised: mentor in CC) moves a presentation date; correctly addressed",
     fmt=["plain"])

mail("leeslijst-nora-vlaeminck", LOT, [("Ingrid Vlaeminck", N("nora_vlaeminck").p1)], "RE: leeslijst 3B",
     """Beste mevrouw Vlaeminck,

In bijlage de leeslijst voor 3B. Nora mag een boek kiezen uit de eerste twee kolommen; de boekbespreking is
na de paasvakantie. Mevrouw Verbeke staat in kopie.

Met vriendelijke groeten,
Lotte Vermeulen
stagiaire Nederlands""" + quote_outlook("Ingrid Vlaeminck <vlaeminck.ingrid@telenet.be>", "Annelies Verbeke <annelies.verbeke@sintpieterscollege.be>",
                                          "leeslijst 3B", "Beste mevrouw Verbeke,\n\nNora vindt de leeslijst voor 3B niet op Smartschool. Kan u die nog eens sturen?\n\nVriendelijke groeten,\nIngrid Vlaeminck"),
     cc=[AVE], reply="leeslijst3b@telenet.be",
     atts=[("Leeslijst_3B_2025.pdf", make_pdf(["Leeslijst 3B - Nederlands - 2024-2025", "",
                                              "Kolom 1: jeugdromans", "Kolom 2: klassiekers in hertaling",
                                              "Kolom 3: non-fictie"], "Leeslijst 3B"))],
     about=["nora_vlaeminck"], rules=[], note="reading list for one pupil, correctly addressed to her mother (mentor in CC)",
     fmt=["reply", "attachment-pdf"])

mail("boekbespreking-emma-peeters", AVE, [("Familie Peeters", N("emma_peeters").p1)], "Boekbespreking Emma",
     """Beste ouders,

Emma (2B) mag haar boekbespreking op maandag doen in plaats van vrijdag, zoals gevraagd. Ze heeft het boek
al uit, dus dat komt helemaal goed.

Vriendelijke groeten,
Annelies Verbeke""",
     about=["emma_peeters"], rules=[], note="practical matter for Emma Peeters, correctly addressed to her family",
     fmt=["plain"])

mail("toets-goed-noah-aerts", BCL, [("Aerts - Van Hoof", N("noah_aerts").p1)], "Noah - goniometrie",
     """Beste ouders,

Even een positief bericht: Noah (4C) haalde 18/20 op de toets goniometrie die onze stagiair Robbe gaf. Hij
vroeg ook zelf extra oefeningen. Mooi zo!

Vriendelijke groeten,
Bart Claes""",
     about=["noah_aerts"], rules=[], note="good test result; correctly addressed to the parents of Noah Aerts",
     fmt=["plain"])

mail("engels-boek-lina", HJA, [("Els Jansen", N("lina_jansen").p1)], "Lina's English reader",
     """Beste mevrouw Jansen,

Lina (1C) vergat haar Engelse leesboekje 'The Lost Key' op school. Het ligt in mijn vakje in de leraarskamer;
ze mag het morgen bij mij of bij onze stagiaire Sarah ophalen.

Vriendelijke groeten,
Hilde Jacobs""",
     about=["lina_jansen"], rules=[], note="forgotten book; correctly addressed to Lina Jansen's mother", fmt=["plain"])

# misdirected but not sensitive (6)
REC = ["recipient"]

mail("mis-expose-ilias-bouzid-naar-elidrissi", THI, [("M. El Idrissi", N("ilias_elidrissi").p1)], "Exposé d'Ilias / spreekbeurt Frans",
     """Beste ouder,

Ilias (5A) mag zijn spreekbeurt Frans uitstellen naar donderdag 24 april; zijn groepje was nog niet klaar.
Hij moet zijn PowerPoint ten laatste woensdag via Smartschool indienen.

Met vriendelijke groeten,
Thibault Lambert
stagiair Frans""",
     about=["ilias_bouzid"], mis=True, rules=REC,
     note="about Ilias Bouzid (5A) but sent to the father of Ilias El Idrissi (5B)", fmt=["plain"])

mail("mis-leesboek-sara-desmet-naar-de-smet", AVE, [("Dirk De Smet", N("sara_desmet_a").p1)], "Leesboek Sara",
     """Beste ouder,

Sara (2C) heeft het boek uit de klasbibliotheek nog niet teruggebracht ('Wonder'). Wilt u haar eraan
herinneren? Andere leerlingen wachten erop.

Vriendelijke groeten,
Annelies Verbeke""",
     about=["sara_desmet_c"], mis=True, rules=REC,
     note="about Sara Desmet (2C) but sent to the father of Sara De Smet (2A)", fmt=["plain"])

mail("mis-jas-stan-naar-vos", TWO, [("Stefaan Vos", N("arne_vos").p1)], "RE: turnpantoffels",
     """Beste ouder,

Stan (4A) liet na de les LO zijn jas en zijn sportzak achter in de kleedkamer. Hij kan ze aan het onthaal
ophalen.

Sportieve groeten,
Tom Wouters""" + quote_outlook("Stefaan Vos <vos.stefaan@proximus.be>", "Tom Wouters <tom.wouters@sintpieterscollege.be>",
                                 "turnpantoffels", "Dag meneer Wouters,\n\nArne vindt zijn turnpantoffels niet meer, liggen die nog op school?\n\nStefaan Vos"),
     reply="turnpantoffels@proximus.be",
     about=["stan_verhoeven"], mis=True, rules=REC,
     note="reply in the wrong thread: about Stan Verhoeven sent to the father of Arne Vos (same class)",
     fmt=["reply"])

mail("mis-labo-jana-naar-vermeiren-luc", HAN, [("Luc Vermeiren", N("amber_vermeiren").p1)], "Laboverslag Jana",
     """Beste meneer Vermeiren,

Jana (3C) heeft haar laboverslag over de hefboom nog niet ingediend. Ze mag het tot vrijdag nog via
Smartschool uploaden. Meneer Van Damme staat in kopie.

Met vriendelijke groeten,
Hannah Wuyts
stagiaire fysica""", cc=[PVD],
     about=["jana_vermeiren"], mis=True, rules=REC,
     note="about Jana Vermeiren but sent to the father of her cousin Amber Vermeiren (same class, other family)",
     fmt=["plain"])

mail("mis-quiz-emma-naar-peeters-lucas", BCL, [("Jan Peeters", N("lucas_peeters").p1)], "Emma - rekenquiz",
     """Beste meneer Peeters,

Proficiat aan Emma (2B): ze won de rekenquiz van de tweede graad die onze stagiair Robbe organiseerde. De
prijsuitreiking is vrijdag op de middagspeeltijd.

Vriendelijke groeten,
Bart Claes""",
     about=["emma_peeters"], mis=True, rules=REC,
     note="about Emma Peeters (2B) but sent to the father of Lucas Peeters (other Peeters family)", fmt=["plain"])

mail("mis-gsm-fien-naar-vandenbussche", KEA, [("K. Vandenbussche", N("finn_maes").p1)], "RE: brooddoos",
     """Beste mevrouw,

De gsm van Fien (1D) werd gevonden in de refter. Ze kan hem ophalen bij mij in het opvoederslokaal, na de
lessen.

Met vriendelijke groeten,
Karim El Amrani""" + quote_outlook("K. Vandenbussche <k.vandenbussche@hotmail.com>", "Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
                                     "brooddoos", "Dag meneer El Amrani,\n\nFinn is zijn groene brooddoos kwijt. Is die misschien gevonden?\n\nGroeten"),
     reply="brooddoos@hotmail.com",
     about=["fien_baert"], mis=True, rules=REC,
     note="Fien/Finn mix-up: about Fien Baert (1D) sent in the thread of Finn Maes's mother", fmt=["reply"])


# ------------------------------------------------------------------ E. general letters (20) - must pass

def parents_of_grade(g):
    out = []
    for pp in sorted(ALLPUP, key=lambda x: x.id):
        if pp.klas.startswith(str(g)):
            for a in pp.parents:
                if a not in out:
                    out.append(a)
    return out


DIR = ("Directie Sint-Pieterscollege", DIRECTIE)

mail("brief-ouders-stagiairs-2de-semester", DIR, [(("Sint-Pieterscollege", INFO))], "Stagiairs in onze school dit semester",
     """Beste ouders,

Ook dit semester ontvangt Sint-Pieterscollege studenten van de lerarenopleiding van UC Dijleland en van de
Academische Lerarenopleiding Leuven. Zij geven, onder begeleiding van een ervaren mentor, een aantal lessen
in verschillende klassen. Zo helpen we mee de leerkrachten van morgen op te leiden.

Wat betekent dit voor uw kind?
- De stagiair bereidt elke les voor in overleg met de vaste leerkracht, die ook de evaluatie bewaakt.
- De punten van toetsen die een stagiair afneemt, worden door de vaste leerkracht nagekeken en goedgekeurd.
- Stagiairs hebben een tijdelijk schoolaccount en zijn gebonden aan dezelfde discretieplicht als ons
  personeel.
- Vragen over de lessen of de punten stelt u zoals altijd aan de vaste leerkracht of de klassenleraar.

Wij danken u voor uw vertrouwen.

Geert Vanhove
directeur""", bcc=[G_OUDERS_ALL],
     rules=[], note="letter to all parents about the student teachers; parents list in BCC",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=1)

mail("brief-personeel-stagiairs", GVH, [GVH], "Stagiairs vanaf 17 februari - afspraken",
     """Beste collega's,

Vanaf 17 februari lopen opnieuw stagiairs mee in onze school. Een paar afspraken:

1. Stagiairs krijgen een tijdelijk schoolaccount. Mail met hen enkel via hun schooladres, niet via privé-adressen.
2. Informatie over leerlingen (zorg, gezinssituatie, medische gegevens) deel je met stagiairs mondeling of via
   het leerlingvolgsysteem, niet per mail.
3. Stagiairs communiceren niet rechtstreeks met ouders; contact met ouders loopt via de mentor.
4. Wachtwoorden, deurcodes en kopieercodes worden nooit gemaild. Stagiairs halen die op bij ICT of het onthaal.
5. Neem als mentor tijd voor het wekelijkse nagesprek; het stagebureau van de hogeschool rekent erop.

Dank voor jullie inzet voor de nieuwe collega's van morgen!

Geert Vanhove
directeur""", bcc=[G_PERSONEEL],
     rules=[], note="letter to all staff about student teachers; mentions passwords and codes without giving any; list in BCC",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=1)

mail("mentoren-info-stageperiode", LDW, [LDW], "Info voor mentoren - stageperiode 2",
     """Beste mentoren,

Bedankt om ook dit semester een stagiair te begeleiden. Enkele praktische punten:

- De stagebundels van UC Dijleland en ALO vind je in de gedeelde map 'Stages 2024-2025'.
- De tussentijdse evaluatie gebeurt in week 4, de eindevaluatie in de laatste stageweek.
- Het evaluatieformulier vullen jullie zelf in op het portaal van de hogeschool of universiteit.
- Gevoelige informatie over leerlingen hoort niet in een evaluatieformulier of verslag.

Vragen? Mijn deur staat altijd open (lokaal A0.11).""" + sig(LDW), bcc=[G_MENTOREN],
     rules=[], note="general info to all mentors; list in BCC", fmt=["plain", "bcc-envelope", "general-letter"], phase=1)

mail("welkom-stagiairs", LDW, [LDW], "Welkom op Sint-Pieterscollege!",
     """Beste stagiairs,

Van harte welkom! Enkele zaken om vlot te starten:

- Je eerste dag begint om 8u15 in de leraarskamer (blok A), daar maak je kennis met je mentor.
- Je krijgt een tijdelijk schoolaccount. Gebruik enkel dit adres voor alles wat met school te maken heeft.
- Je inloggegevens krijg je persoonlijk van ICT; we sturen nooit wachtwoorden per mail.
- Contact met ouders gebeurt altijd via of met medeweten van je mentor.
- Foto's van leerlingen maken of delen is niet toegestaan.

Veel succes en vooral veel plezier!""" + sig(LDW),
     html=outlook_html("Beste stagiairs,", "", "Van harte welkom! Enkele zaken om vlot te starten:", "",
                       "- Je eerste dag begint om 8u15 in de leraarskamer (blok A), daar maak je kennis met je mentor.",
                       "- Je krijgt een tijdelijk schoolaccount. Gebruik enkel dit adres voor alles wat met school te maken heeft.",
                       "- Je inloggegevens krijg je persoonlijk van ICT; we sturen nooit wachtwoorden per mail.",
                       "- Contact met ouders gebeurt altijd via of met medeweten van je mentor.",
                       "- Foto's van leerlingen maken of delen is niet toegestaan.", "",
                       "Veel succes en vooral veel plezier!", sig(LDW)),
     bcc=[G_STAGIAIRS], rules=[], note="welcome letter to all student teachers; no credentials; list in BCC",
     fmt=["alt", "bcc-envelope", "general-letter"], phase=1)

mail("clb-infobrief-ouders", DIR, [(("Sint-Pieterscollege", INFO))], "Informatiebrief CLB",
     """Beste ouders,

Onze school werkt samen met het CLB Dijleland. Het CLB begeleidt leerlingen bij leren en studeren, de
onderwijsloopbaan, preventieve gezondheidszorg en psychisch en sociaal functioneren.

Wanneer kan u bij het CLB terecht?
- als u vragen heeft over de studiekeuze van uw kind;
- als u zich zorgen maakt over het welbevinden of de gezondheid van uw kind;
- als uw kind moeilijkheden heeft met leren, bijvoorbeeld bij een vermoeden van dyslexie.

De begeleiding is gratis en vertrouwelijk. U vindt de contactgegevens van het CLB op de website van de
school onder 'Leerlingbegeleiding'.

De directie""", bcc=[G_OUDERS["1ste"], G_OUDERS["2de"]],
     rules=[], note="general CLB information letter to all parents of the first grade; no pupil named",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("medicatiebeleid-ouders", DIR, [(("Sint-Pieterscollege", INFO))], "Medicatie op school - afspraken",
     """Beste ouders,

Leerkrachten en stagiairs mogen op school geen medicatie toedienen zonder schriftelijk attest van een arts.
Moet uw kind tijdens de schooluren medicatie nemen? Bezorg dan het formulier 'Medicatie op school' (te
vinden op Smartschool) ingevuld en ondertekend door de arts aan het leerlingensecretariaat.

Heeft uw kind een allergie of een chronische aandoening waar we rekening mee moeten houden, bijvoorbeeld bij
sportdagen of uitstappen? Meld het dan aan de zorgcoördinator.

De directie""", bcc=[G_OUDERS_ALL],
     rules=[], note="general medication policy for all parents; no pupil named", fmt=["plain", "bcc-envelope", "general-letter"])

mail("pestbeleid-ouders", DIR, [(("Sint-Pieterscollege", INFO))], "Samen tegen pesten",
     """Beste ouders,

Tijdens de week tegen pesten willen we u informeren over onze aanpak. Pesten, ook online, aanvaarden we niet.
Elke melding wordt opgevolgd door de leerlingbegeleiding met een no-blame-aanpak en, waar nodig, met
herstelgesprekken en sancties volgens het schoolreglement.

Merkt u dat uw kind gepest wordt of zelf pest? Neem dan contact op met de klassenleraar of de
leerlingbegeleiding. Ook stagiairs zijn gebriefd om signalen meteen aan hun mentor te melden.

Met vriendelijke groeten,
De directie en het leerlingbegeleidingsteam""", bcc=[G_OUDERS_ALL],
     rules=[], note="general bullying policy letter to all parents", fmt=["plain", "bcc-envelope", "general-letter"])

mail("betalingsherinnering-algemeen", ("Boekhouding Sint-Pieterscollege", BOEKH), [(("Boekhouding", BOEKH))],
     "Herinnering schoolrekening februari",
     """Beste ouders,

De schoolrekening van februari staat sinds 1 maart op Smartschool. Enkele rekeningen zijn nog niet betaald.
Als u uw rekening al betaalde, mag u dit bericht als onbestaande beschouwen.

Heeft u het financieel moeilijk? Neem dan discreet contact op met de boekhouding; een afbetalingsplan is
altijd bespreekbaar en we behandelen uw vraag vertrouwelijk.

Met vriendelijke groeten,
De boekhouding""", bcc=[G_OUDERS_ALL],
     rules=[], note="payment reminder sent to everyone, nobody named", fmt=["plain", "bcc-envelope", "general-letter"])

mail("lettre-parents-stagiaires-fr", DIR, [(("Sint-Pieterscollege", INFO))], "Des stagiaires dans notre école",
     """Chers parents,

Comme chaque année, notre école accueille des étudiants de la formation des enseignants. Ils donnent quelques
leçons sous la supervision d'un professeur expérimenté, qui reste responsable de l'évaluation de votre enfant.

Pour toute question concernant les cours ou les points, adressez-vous comme d'habitude au professeur titulaire
ou au titulaire de classe. Nous vous remercions de votre confiance.

La direction""", bcc=["ouders.fr@spc.ksleuven.be"],
     rules=[], lang="fr", note="French letter to French-speaking parents (list in BCC)",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("letter-parents-student-teachers-en", DIR, [(("Sint-Pieterscollege", INFO))], "Student teachers at our school",
     """Dear parents,

This term, Sint-Pieterscollege welcomes student teachers from UC Dijleland, the Leuven teacher training
programme and, for the first time, an Erasmus student from Ireland who will assist in English lessons.

Student teachers always work under the supervision of an experienced mentor, who remains responsible for
your child's assessment. Questions about lessons or marks can be addressed to the regular teacher.

Kind regards,
The school management""", bcc=["parents.international@spc.ksleuven.be"],
     rules=[], lang="en", note="English letter to international parents (list in BCC)",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("uitnodiging-oudercontact", DIR, [(("Sint-Pieterscollege", INFO))], "Uitnodiging oudercontact 3de jaar",
     """Beste ouders,

Op donderdag 27 maart organiseren we het oudercontact voor het derde jaar, van 16u30 tot 20u30.
U kan vanaf maandag een gesprek inplannen via Smartschool > Intradesk > Oudercontact. Ook stagiairs kunnen
aanwezig zijn bij het gesprek, als de mentor dat nuttig vindt; u mag altijd vragen om dat niet te doen.

Met vriendelijke groeten,
De directie""", bcc=parents_of_grade(3),
     rules=[], note="invitation to all third-year parents, their addresses only in the envelope (BCC)",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("stagiairs-en-privacy-personeel", ("Aanspreekpunt informatieveiligheid", PRIVACY), [(("Privacy Stroom", PRIVACY))],
     "Herinnering: stagiairs en privacy",
     """Beste collega's,

Nu er opnieuw stagiairs in onze scholen zijn, een korte herinnering uit ons communicatiebeleid:

- Stuur nooit een wachtwoord, pincode of deurcode per mail, ook niet naar een stagiair.
- Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg, financieel) hoort in het
  leerlingvolgsysteem, niet in een mail of in een stageverslag.
- Groepsadressen (ouders, leerlingen, personeel) zet je altijd in BCC.
- Stagiairs gebruiken hun schoolaccount, geen privé-mailadres.

Denk je dat er gegevens bij de verkeerde persoon terechtkwamen? Meld het aan dit adres.

Het aanspreekpunt informatieveiligheid van Stroom""", bcc=[G_PERSONEEL],
     rules=[], note="DPO reminder to all staff; talks about passwords and sensitive data without any; list in BCC",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("evaluatiemoment-mentoren", LDW, [LDW], "Eindevaluaties: timing",
     """Beste mentoren,

De eindevaluaties van de stagiairs moeten ten laatste vrijdag 23 mei ingevuld zijn op de portalen van de
hogeschool en de universiteit. Gebruik je eigen mentorlogin; lukt aanmelden niet, neem dan contact op met
het stagebureau van de opleiding.

Het afsluitmoment met de stagiairs is op woensdag 28 mei om 12u15 in de refter (broodjes voorzien).""" + sig(LDW),
     bcc=[G_MENTOREN], rules=[], note="general message to mentors; mentions logins but contains none",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=3)

mail("nieuwsbrief-maart", DIR, [(("Sint-Pieterscollege", INFO))], "Nieuwsbrief maart",
     None, html_only=True,
     html=outlook_html("Beste ouders,", "", "In deze nieuwsbrief:", "",
                       ("table", [["Wat", "Wanneer"], ["Oudercontact 3de jaar", "donderdag 27 maart"],
                                  ["Sportdag eerste graad", "donderdag 3 april"],
                                  ["Paasvakantie", "7 tot en met 21 april"],
                                  ["Toneel 'Romeo en Julia' door 6de jaar", "vrijdag 25 april"]]), "",
                       "Stagiairs: dit semester lopen zeven stagiairs mee in onze school. Ze stellen zich voor op de website.",
                       "", "Schoolfotograaf: de foto's kunnen tot eind maart besteld worden via de webshop.", "",
                       "Met vriendelijke groeten,", "De directie"),
     bcc=[G_OUDERS_ALL], rules=[], note="HTML newsletter to all parents", fmt=["html-only", "html-table", "bcc-envelope", "general-letter"])

mail("agenda-personeelsvergadering", GVH, [GVH], "Agenda personeelsvergadering 18 maart",
     """Beste collega's,

Agenda van de personeelsvergadering van dinsdag 18 maart, 16u00, refter:

1. Verwelkoming van de stagiairs (zij zijn ook uitgenodigd)
2. Evaluatie van de nieuwe examenregeling
3. Infoavond wiskunde en wetenschappen
4. Varia

Tot dan,
Geert""", bcc=[G_PERSONEEL], rules=[], note="agenda to all staff; list in BCC",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("toestemming-lesopname-ouders", DIR, [(("Sint-Pieterscollege", INFO))], "Video-opnames van lessen door stagiairs",
     """Beste ouders,

Voor hun opleiding filmen sommige stagiairs een les om die nadien met hun begeleider te bespreken. De camera
staat dan op de stagiair gericht; de beelden worden enkel binnen de opleiding gebruikt en na de bespreking
gewist.

Wilt u niet dat uw kind in beeld komt? Laat het dan weten aan de klassenleraar; uw kind krijgt dan een plaats
buiten beeld.

De directie""", bcc=[G_OUDERS_ALL], rules=[], note="general consent information about lesson recordings",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("sportdag-eerste-graad-ouders", TWO, [TWO], "Sportdag eerste graad - 3 april",
     """Beste ouders,

Op donderdag 3 april gaat de sportdag van de eerste graad door op de sportsite van Heverlee. We vertrekken om
8u30 aan de school en zijn terug rond 16u. Uw kind brengt sportkledij, een fluohesje, een lunchpakket en
voldoende water mee. Onze stagiaires LO helpen mee bij de begeleiding.

Sportieve groeten,
Vakgroep LO""", bcc=[G_OUDERS["1ste"], G_OUDERS["2de"]],
     rules=[], note="practical sports-day letter to all first-grade parents in BCC",
     fmt=["plain", "bcc-envelope", "general-letter"])

mail("examenrooster-juni", DIR, [(("Sint-Pieterscollege", INFO))], "Examenrooster juni",
     """Beste ouders,

Het examenrooster van juni staat vanaf vandaag op Smartschool. De examens starten op maandag 2 juni. Stagiairs
nemen geen examens af en verbeteren geen examens.

De klassenraden vinden plaats op 24 en 25 juni; de rapporten worden op 27 juni meegegeven.

De directie""", bcc=[G_OUDERS_ALL], rules=[], note="general letter with the exam schedule",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=3)

mail("ict-charter-stagiairs", ("ICT Sint-Pieterscollege", ICT), [(("ICT", ICT))], "ICT-charter voor stagiairs",
     """Beste stagiairs,

Bij het gebruik van je tijdelijk schoolaccount gelden de regels van het ICT-charter van Stroom:
- je account is persoonlijk; deel je login niet, ook niet met leerlingen of medestudenten;
- wachtwoorden of codes nooit per mail of chat doorgeven;
- geen schoolmail doorsturen naar je privé-mailbox;
- verdachte mails meteen melden aan ict@spc.ksleuven.be.

Op je laatste stagedag wordt je account gedeactiveerd.

ICT Sint-Pieterscollege""", bcc=[G_STAGIAIRS], rules=[],
     note="IT charter for all student teachers; talks about passwords without any",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=1)

mail("dankwoord-personeel-einde-stage", GVH, [GVH], "Dank je wel, mentoren!",
     """Beste collega's,

De stageperiode zit erop. Zeven stagiairs hebben bij ons hun lessen gegeven, en alle opleidingen lieten weten
hoe goed ze begeleid werden. Een bijzonder woord van dank aan de mentoren en aan Lieve voor de coördinatie.

Op woensdag 28 mei bedanken we de stagiairs met een broodjesmaaltijd; iedereen is welkom.

Geert""", bcc=[G_PERSONEEL], rules=[], note="thank-you letter to all staff at the end of the internship",
     fmt=["plain", "bcc-envelope", "general-letter"], phase=3)


# ------------------------------------------------------------------ F. ordinary mail, incl. bcc / private_account / attachment / personal_data

_bezoek = [["Stagiair", "Opleiding", "Begeleider", "Bezoek", "Lokaal"],
           ["Lotte Vermeulen", "UC Dijleland", "Ann Vranckx", "do 13/3, 2de-3de uur", "B204"],
           ["Daan Mertens", "UC Dijleland", "Frederik Stevens", "di 18/3, 6de uur", "C1.12"],
           ["Robbe Janssens", "ALO", "Marc Dierickx", "ma 24/3, 5de uur", "B107"],
           ["Hannah Wuyts", "ALO", "Els Van Laer", "do 27/3, 4de-5de uur", "C2.05"]]
mail("planning-stagebezoeken-alle-begeleiders", LDW, [ANN, FRE, MDI, EVL], "Planning stagebezoeken maart",
     outlook_text("Beste begeleiders,", "", "Hieronder de planning van de stagebezoeken in maart. Graag een seintje als iets niet past.", "",
                  ("table", _bezoek), "", "Parkeren kan op de bezoekersparking aan de Dijlekaai.") + sig(LDW),
     html=outlook_html("Beste begeleiders,", "", "Hieronder de planning van de stagebezoeken in maart. Graag een seintje als iets niet past.", "",
                       ("table", _bezoek), "", "Parkeren kan op de bezoekersparking aan de Dijlekaai.", sig(LDW)),
     rules=["bcc"], note="four external supervisors of two institutions visible to each other in To",
     fmt=["alt", "html-table"])

mail("boekbespreking-ouders3b-in-aan", LOT, [("Ouders 3B", "ouders3b@spc.ksleuven.be")], "Boekbespreking 3B",
     """Beste ouders,

Ik ben Lotte Vermeulen, stagiaire Nederlands in 3B. Na de paasvakantie houden de leerlingen een
boekbespreking. De leeslijst staat op Smartschool; wie een boek van thuis wil kiezen, vraagt dat eerst even
aan mij of aan mevrouw Verbeke.

Met vriendelijke groeten,
Lotte Vermeulen""", cc=[AVE],
     rules=["bcc"], note="parents' group address of class 3B placed in To instead of BCC", fmt=["plain", "group-in-to"])

mail("leraarskamer-plaatsen-personeel-in-aan", SLE, [("Personeel SPC", G_PERSONEEL)], "Plaats voor de stagiairs",
     """Beste collega's,

Vanaf maandag zijn er zeven stagiairs. Willen jullie de twee tafels aan het raam in de leraarskamer vrijhouden
voor hen? Dank je wel!

Sofie""", rules=["bcc"], note="staff group address personeel@ in To (should be BCC per §3.1)",
     fmt=["plain", "group-in-to"], phase=1)

mail("carpool-sportdag-ouders-zichtbaar", TWO, [("K. Dewaele", N("ella_dewaele").p1), ("Jan Cools", N("jasper_cools").p1),
                                               ("Tim Heylen", N("mats_heylen").p1)],
     "Chauffeurs sportdag",
     """Beste ouders,

Bedankt dat jullie willen rijden voor de sportdag van donderdag. Afspraak om 8u20 aan de sporthal; elke
chauffeur neemt 4 leerlingen mee. De verdeling maken we ter plaatse, samen met stagiaire Yasmine.

Sportieve groeten,
Tom Wouters""", rules=["bcc"], note="three parents' addresses visible to each other in To; not about one pupil",
     fmt=["plain"])

mail("fitheidstest-cc-leerlingen4b", YAS, [TWO], "Uitleg fitheidstest 4B",
     """Hoi Tom (en 4B),

Volgende week maandag doen we de fitheidstest: shuttle run, sit-and-reach en de handknijptest. Sportkledij
en binnenschoenen meebrengen. Wie niet kan meedoen, brengt een briefje mee.

Yasmine""", cc=[("Leerlingen 4B", "leerlingen4b@spc.ksleuven.be")],
     rules=["bcc"], note="pupils' class list in CC", fmt=["plain", "group-in-to"])

mail("lesvoorbereiding-vanaf-gmail", ("Lotte Vermeulen", LOT.private), [AVE], "lesvoorbereiding les 14-15",
     """Hoi Annelies,

Mijn schoolmail doet raar op mijn laptop thuis, daarom via deze weg. In bijlage mijn lesvoorbereiding voor
les 14 en 15 (argumenteren). Kan je er tegen maandag eens naar kijken?

Groetjes,
Lotte""",
     atts=[("Lesvoorbereiding_les14-15_argumenteren.docx", make_docx([
         "Lesvoorbereiding - Nederlands - 3B", "Les 14-15: Argumenteren", "Lesdoelen: ...", "Beginsituatie: ...",
         "Verloop: instap met stelling, groepswerk, klassikale nabespreking"]))],
     rules=["private_account"], note="student teacher sends school work from her private Gmail to her mentor",
     fmt=["plain", "attachment-docx"])

mail("fw-lesrooster-naar-privé", ROB, [("Robbe Janssens", ROB.private)], "FW: rooster stagelessen",
     """""" + fwd_block("Lieve De Wolf <lieve.dewolf@sintpieterscollege.be>", "Rooster stagelessen",
                         "Stagiairs", "Beste stagiairs,\n\nHet lesrooster voor de komende twee weken staat in de gedeelde map.\n"
                         "Robbe: maandag 5de uur 4B, dinsdag 2de uur 5C, donderdag 5de uur 1D.\n\nLieve"),
     rules=["private_account"], note="student teacher forwards school mail to his own private Gmail",
     fmt=["forward"])

mail("evaluatie-vanaf-hotmail", ("Bart Claes", BCL.private), [MDI], "evaluatie Robbe",
     """Dag Marc,

Ik stuur even vanop mijn privé-adres omdat ik thuis zit: de tussentijdse evaluatie van Robbe volgt morgen
via het portaal. Kort samengevat: sterk bezig, enkel de timing van zijn lessen moet beter.

Bart Claes""",
     rules=["private_account"], note="mentor writes to the university supervisor about school business from private Hotmail",
     fmt=["plain"])

mail("labo-morgen-vanaf-outlook", ("Hannah Wuyts", HAN.private), [PVD], "labo morgen",
     """Dag Pieter,

Ik kan niet inloggen op mijn schoolmail, dus via deze weg: ik zet het labo over de hefboom morgen om 7u45 al
klaar in C2.05. Mogen de leerlingen de nieuwe krachtmeters gebruiken?

Hannah""",
     rules=["private_account"], note="student teacher mails her mentor about lessons from a private Outlook.com address",
     fmt=["plain"])

mail("fietstocht-zondag-prive", ("Koen Maes", KMA.private), [("Dries", "dries.verachtert@gmail.com")], "zondag",
     """Dries,

Zondag om 9u aan de kerk van Wilsele? Ik heb een route van 80 km langs de Dijle, met koffie in Mechelen.
Als het regent, stellen we uit naar zaterdag.

Koen""", private_matter=True,
     rules=[], note="staff member's private mail about a private matter from a private account: fine",
     fmt=["plain"])

mail("verjaardag-mama-vanaf-school", LDW, [("Katrien", "katrien.dewolf@telenet.be")], "zaterdag",
     """Hey zus,

Ik breng zaterdag de taart mee voor mama, jij de bloemen? Ik ben er rond 15u.

Lieve""", private_matter=True,
     rules=[], note="limited personal use of a school account (a family matter of the staff member)", fmt=["plain"])

mail("lesvoorbereiding-docm", LOT, [AVE], "lesvoorbereiding met invulvelden",
     """Annelies, hierbij mijn lesvoorbereiding voor les 24. Ik heb het sjabloon van de hogeschool gebruikt, je
moet wel 'inhoud inschakelen' klikken voor de invulvelden werken.

Lotte""",
     atts=[("Lesvoorbereiding_3B_les24.docm", make_docx(["Lesvoorbereiding les 24 - 3B",
                                                        "Invulvelden via macro"], macro=True))],
     rules=["attachment"], note="macro-enabled Word document (.docm)", fmt=["plain", "attachment-docm"])

mail("printer-installeren-bat", WPE, [HAN], "printer labo",
     """Hannah,

Voor de printer in het labo: sla de bijlage op en dubbelklik erop, dan wordt het stuurprogramma geïnstalleerd
en de printer toegevoegd.

Wim""",
     atts=[("installeer_printer_labo.bat", "@echo off\r\nrundll32 printui.dll,PrintUIEntry /in /n \\\\spc-print01\\LABO-C205\r\necho Printer toegevoegd\r\npause\r\n")],
     rules=["attachment"], note="batch script attached", fmt=["plain", "attachment-bat"])

mail("kahoot-tool-zip", DAA, [HJA], "tool voor de quiz",
     """Hilde,

Met deze tool kan je de Kahoot-resultaten in één keer naar Excel zetten. Zit in de zip, gewoon uitpakken en
starten. Ik gebruik hem al maanden.

Daan""",
     atts=[("KahootExport_tool.zip", _zip([("KahootExport/KahootExport.exe", FAKE_EXE),
                                            ("KahootExport/LEESMIJ.txt", "Start KahootExport.exe en kies je csv-bestand.\r\n")]))],
     rules=["attachment"], note="zip archive containing an executable", fmt=["plain", "attachment-zip-exe"])

mail("puntenberekening-xlsm", ROB, [BCL], "puntenberekening 4B",
     """Bart, ik heb een rekenblad gemaakt dat de punten van de toetsen automatisch omrekent naar de
weging van de vakgroep. Je moet wel de macro's inschakelen.

Robbe""",
     atts=[("Puntenberekening_4B.xlsm", make_xlsm([["Toets", "Max", "Weging"], ["T1", 20, 0.25],
                                                   ["T2", 30, 0.25], ["T3", 20, 0.5]]))],
     rules=["attachment"], note="macro-enabled Excel workbook (.xlsm)", fmt=["plain", "attachment-xlsm"])

mail("laboverslag-sjabloon-docx-pdf", HAN, [PVD], "sjabloon laboverslag + rubric",
     """Dag Pieter,

Zoals besproken het sjabloon voor het laboverslag en de rubric die ik voor 5A wil gebruiken. Alle opmerkingen
welkom.

Hannah""",
     atts=[("Sjabloon_laboverslag_5A.docx", make_docx(["Laboverslag - fysica 5A", "Onderzoeksvraag", "Hypothese",
                                                       "Materiaal", "Werkwijze", "Waarnemingen", "Besluit"])),
           ("Rubric_laboverslag.pdf", make_pdf(["Rubric laboverslag", "Onderzoeksvraag: 0-2",
                                                "Meetresultaten: 0-4", "Besluit: 0-4"], "Rubric"))],
     rules=[], note="ordinary docx and pdf attachments: fine", fmt=["plain", "attachment-docx", "attachment-pdf"])

mail("stageovereenkomst-rrn-hannah", LDW, [EVL], "Stageovereenkomst Hannah Wuyts - ontbrekende gegevens",
     """Dag Els,

Voor de verzekering van de stageovereenkomst vroeg ons secretariaat nog de ontbrekende gegevens van Hannah.
Ze heeft ze me doorgegeven:

Naam: Hannah Wuyts
Geboortedatum: 14 augustus 2002
Rijksregisternummer: %s

Kan jij de overeenkomst aanvullen en terugsturen?""" % rrn(2, 8, 14, 212, True) + sig(LDW),
     rules=["personal_data"], note="date of birth and a valid national register number of the student teacher",
     fmt=["plain"])

mail("verplaatsingsvergoeding-iban", RWI, [HAN], "Verplaatsingsvergoeding",
     """Dag Hannah,

Voor de verplaatsingen naar de sportsite (sportdag) storten we je een vergoeding van 18,60 euro. Klopt dit
rekeningnummer nog: %s ?

Ria Willems
boekhouding""" % iban_be("0630412785"),
     rules=["personal_data"], note="a valid Belgian IBAN of the student teacher", fmt=["plain"])

mail("planning-bezoek-daan-handtekening", LDW, [FRE], "Bezoek Daan dinsdag",
     """Dag Frederik,

Bevestigd: dinsdag het 6de uur in C1.12, les Engels in 5B. Daarna kunnen we in mijn bureau het nagesprek
doen met Hilde. Meld je even aan het onthaal.""" + sig(LDW, phone=True, mobile="0478 31 62 09"),
     rules=["personal_data"], note="school phone and a mobile number in the signature", fmt=["plain"])

mail("inschrijving-scholencross-geboortedata", TWO, [SPORT], "Inschrijving scholencross - Sint-Pieterscollege",
     """Beste,

Hierbij de inschrijving van onze ploeg voor de scholencross van 19 maart (categorie geboortejaar 2009):

%s - geboren 03/05/2009
%s - geboren 21/11/2009
%s - geboren 08/02/2009
%s - geboren 30/07/2009

Begeleiding: Tom Wouters en stagiaire Yasmine Benali.

Sportieve groeten,
Tom Wouters
vakgroep LO""" % (nm("arne_vos"), nm("ella_dewaele"), nm("janne_dierckx"), nm("oscar_cools")),
     about=["arne_vos", "ella_dewaele", "janne_dierckx", "oscar_cools"],
     rules=["personal_data"], note="pupils' dates of birth for a competition registration; not sensitive",
     fmt=["plain"])

mail("robbe-doet-het-goed", BCL, [LDW], "Robbe",
     """Lieve,

Even tussendoor: Robbe doet het echt goed. Hij bereidt zijn lessen grondig voor en de leerlingen van 4B
nemen hem serieus. Voor mij mag hij volgend jaar solliciteren.

Bart""", rules=[], note="ordinary praise of a student teacher", fmt=["plain"])

mail("stagecontract-getekend-pdf", LDW, [("Stagebureau lerarenopleiding", STAGEBUREAU)], "Getekende stageovereenkomsten",
     """Beste,

In bijlage de door de directeur getekende stageovereenkomsten voor Lotte Vermeulen, Yasmine Benali,
Thibault Lambert en Daan Mertens.""" + sig(LDW),
     atts=[("Stageovereenkomsten_SPC_getekend.pdf", make_pdf([
         "Stageovereenkomst lerarenopleiding - Sint-Pieterscollege Leuven",
         "Stagiairs: L. Vermeulen, Y. Benali, T. Lambert, D. Mertens",
         "Periode: februari - mei 2025", "Handtekening directeur: G. Vanhove"], "Stageovereenkomsten"))],
     rules=[], note="signed internship agreements as PDF, no personal data fields", fmt=["plain", "attachment-pdf"],
     phase=1)

mail("daan-ziek-bezoek-verplaatsen", LDW, [FRE], "Bezoek Daan verplaatsen",
     """Dag Frederik,

Daan is sinds maandag ziek (griep) en blijft de rest van de week thuis. Zijn stagebezoek van dinsdag moeten we
dus verplaatsen. Past dinsdag 25 maart, zelfde uur?""" + sig(LDW),
     rules=[], note="illness of the student teacher (an adult, not a pupil): not sensitive", fmt=["plain"])

mail("progress-report-sarah-en", HJA, [SIO], "Sarah's progress - mid-placement",
     """Dear Dr Kelly,

As promised, a short written summary before our call. Sarah is doing very well: her lessons are carefully
planned, she uses English consistently in class and she has built a good rapport with her groups in 4B and 4C.
Points to work on: giving instructions in smaller steps, and managing the time at the end of a lesson.

Kind regards,
Hilde Jacobs""", rules=[], lang="en", note="English progress report on the Erasmus student teacher; no pupil data",
     fmt=["plain"])


# story order: phase N = date window N (see WINDOWS); the fraction fixes the position inside the window
PHASE_OVERRIDE = {
    "overzicht-accounts-stagiairs": 1.05, "smartschool-startwachtwoord-lotte": 1.1, "accounts-stagiairs-csv": 1.15,
    "welkom-stagiairs": 1.2, "accounts-stagiairs-xlsx-hogeschool": 1.25, "welkomstbrochure-pdf-yasmine": 1.3,
    "fw-accountmail-naar-gmail": 1.5, "deurcode-leraarskamer-stagiairs": 1.6,
    "leraarskamer-plaatsen-personeel-in-aan": 1.7, "planning-stagebezoeken-alle-begeleiders": 1.8,
    "wachtwoord-gesplitst-hannah": 3, "klaslijst-3b-met-opmerkingen": 2.1, "stageovereenkomst-rrn-hannah": 2,
    "zoom-erasmus-tutor": 2.5, "uitnodiging-oudercontact": 2.5, "inschrijving-scholencross-geboortedata": 2.6,
    "agenda-personeelsvergadering": 2.7, "nieuwsbrief-maart": 2.8, "teams-stagebezoek-met-wifi": 2.9,
    "daan-ziek-bezoek-verplaatsen": 2.95,
    "teams-uitnodiging-evaluatie-alo": 3.1, "planning-bezoek-daan-handtekening": 3.2,
    "re-evaluatieportaal-login-mentor": 3.2, "leeslijst-nora-vlaeminck": 3.3, "evaluatie-vanaf-hotmail": 3.3,
    "observatieverslag-les-3b-lotte": 3.4, "progress-report-sarah-en": 3.45,
    "mis-reply-verkeerde-draad-nora": 3.5, "sportdag-eerste-graad-ouders": 3.5, "uitgesloten-nora-haddad-ouders": 3.6,
    "sportdag-allergieen": 3.6, "carpool-sportdag-ouders-zichtbaar": 3.7, "uitstap-praktisch-ella": 3.7,
    "polsbreuk-seppe": 3.85, "polsbreuk-seppe-papa": 3.9,
    "spreekbeurt-marie-planning": 3, "mis-expose-ilias-bouzid-naar-elidrissi": 3, "boekbespreking-ouders3b-in-aan": 3,
    "mis-clb-verslag-mila-naar-jansen": 3, "schorsing-mohamed-base64": 3.25, "extra-oefeningen-noah-aerts": 3,
    "toets-goed-noah-aerts": 4, "verplaatsingsvergoeding-iban": 4, "evaluatiemoment-mentoren": 4.5,
    "kluiscode-examenbladen": 5, "eindevaluatie-robbe-alo": 5.5, "examenrooster-juni": 5,
    "dankwoord-personeel-einde-stage": 5.9, "lettre-parents-stagiaires-fr": 1, "letter-parents-student-teachers-en": 1,
    "betalingsherinnering-algemeen": 2.7, "lesnummers-lokalen-lotte": 2.45, "lesvoorbereiding-vanaf-gmail": 2.5,
    "wachtwoord-gespeld-sms-stijl": 2.4,
}
for _m in MAILS:
    if _m["slug"] in PHASE_OVERRIDE:
        _m["phase"] = PHASE_OVERRIDE[_m["slug"]]
assert set(PHASE_OVERRIDE) <= {_m["slug"] for _m in MAILS}


# =====================================================================================================
# output + self-checks
# =====================================================================================================

GROUPS |= {"ouders.fr@spc.ksleuven.be", "parents.international@spc.ksleuven.be"}


def msg_text(msg):
    """All human-readable text of a message (bodies, html stripped, text-like attachments)."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        data = part.get_payload(decode=True) or b""
        if ct == "text/plain" or fn.endswith((".csv", ".txt", ".bat")):
            cs = part.get_content_charset() or "utf-8"
            out.append(data.decode(cs, "replace"))
        elif ct == "text/html":
            t = data.decode(part.get_content_charset() or "utf-8", "replace")
            t = re.sub(r"(?s)<style.*?</style>", " ", t)
            t = re.sub(r"<(br|/p|/tr|/td|/th)[^>]*>", "\n", t)
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif fn.endswith((".docx", ".docm", ".xlsx", ".xlsm", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            for n in z.namelist():
                if n.endswith(".xml") or n.endswith(".txt"):
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")))
        elif fn.endswith(".pdf"):
            out += [s.decode("latin-1") for s in re.findall(rb"\((.*?)\) Tj", data)]
    return "\n".join(out)


PHONE_RE = re.compile(r"(?<![\w+/.-])(?:\+32\s?|0)(?:4\d{2}|\d{1,2})(?:[\s./]?\d{2}){3}(?![\w/-])")
DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"(?i)geboren|geboortedatum|date of birth|date de naissance|née? le\b")


def detect_pd(text):
    hits = []
    t = DATE_RE.sub(" ", text)
    hits += ["phone:" + m.group(0) for m in PHONE_RE.finditer(t)]
    hits += ["iban:" + m.group(0) for m in IBAN_RE.finditer(text) if iban_ok(m.group(0))]
    hits += ["rrn:" + m.group(0) for m in RRN_RE.finditer(text) if rrn_ok(m.group(0))]
    hits += ["dob:" + m.group(0) for m in DOB_RE.finditer(text)]
    return hits


def domain(a):
    return a.rsplit("@", 1)[-1].lower()


def expected_rules(m):
    """rules that can be derived mechanically; used to cross-check the hand labels."""
    exp = set()
    vis = [a for _, a in m["to"] + m["cc"]]
    ext = {a for a in vis if domain(a) not in SCHOOL_DOMAINS}
    if len(ext) > 1 or any(a in GROUPS for a in vis):
        exp.add("bcc")
    rcpt = vis + m["bcc"]
    if not m["private_matter"]:
        if m["mail_from"] in STAFF_PRIVATE:
            exp.add("private_account")
        if domain(m["mail_from"]) in SCHOOL_DOMAINS and any(a in STAFF_PRIVATE for a in rcpt):
            exp.add("private_account")
    for fn, data in m["atts"]:
        ext_ = fn.rsplit(".", 1)[-1].lower()
        if ext_ in {"exe", "bat", "js", "vbs", "ps1", "scr", "cmd", "docm", "xlsm", "pptm", "iso", "img"}:
            exp.add("attachment")
        if ext_ == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            if any(n.lower().endswith((".exe", ".bat", ".js", ".vbs", ".ps1", ".scr")) for n in z.namelist()):
                exp.add("attachment")
    # recipient
    if len(m["about"]) == 1:
        x = m["about"][0]
        par = [a for a in rcpt if a in PARENT_OF]
        xpar = [a for a in par if x in PARENT_OF[a]]
        if par and not xpar:
            exp.add("recipient")
    return exp


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    schedule()
    write_roster()
    ids = {pp.id for pp in ALLPUP}
    labels = ["# batch49 - student teachers (stagiairs) at Sint-Pieterscollege Leuven: accounts and codes, "
              "observation reports, mentors, college supervisors, parents, general letters", ""]
    problems = []
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for n, m in enumerate(MAILS, 1):
        fname = "%03d-%s.eml" % (n, m["slug"])
        msg = build(m, n)
        raw = msg.as_bytes(policy=policy.SMTP.clone(linesep="\n"))
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        rcpt = [a for _, a in m["to"] + m["cc"]] + list(m["bcc"])
        rcpt = list(dict.fromkeys(rcpt))
        # cross-checks
        text = msg_text(msg)
        pd = detect_pd(text)
        if bool(pd) != ("personal_data" in m["rules"]):
            problems.append("%s: personal_data label %s but detector %s" % (fname, "personal_data" in m["rules"], pd))
        exp = expected_rules(m)
        for r in ("bcc", "private_account", "attachment", "recipient"):
            if (r in exp) != (r in m["rules"]):
                problems.append("%s: rule %s label=%s derived=%s" % (fname, r, r in m["rules"], r in exp))
        if ("recipient" in m["rules"]) != m["mis"]:
            problems.append("%s: misdirected flag inconsistent" % fname)
        if ("sensitive" in m["rules"]) != bool(m["cats"]):
            problems.append("%s: categories vs sensitive" % fname)
        for a in m["about"]:
            if a not in ids:
                problems.append("%s: unknown pupil %s" % (fname, a))
        if m["about"] and not m["mis"]:
            par = [a for a in rcpt if a in PARENT_OF]
            if par and not any(m["about"][0] in PARENT_OF[a] for a in par):
                problems.append("%s: parents in rcpt but not of the pupil" % fname)
        # entry
        labels.append("%s:" % fname)
        labels.append("  rules: [%s]" % ", ".join(m["rules"]))
        if m["cats"]:
            labels.append("  categories: {sensitive: [%s]}" % ", ".join(m["cats"]))
        labels.append("  mail_from: %s" % m["mail_from"])
        labels.append("  rcpt: [%s]" % ", ".join(rcpt))
        labels.append("  about: [%s]" % ", ".join(m["about"]))
        labels.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        labels.append("  note: %s" % yq(m["note"]))
        labels.append("  lang: %s" % m["lang"])
        labels.append("  format: [%s]" % ", ".join(m["fmt"]))
        labels.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels))
    if problems:
        print("SELF-CHECK PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("wrote %d mails, roster of %d pupils" % (len(MAILS), len(ALLPUP)))


if __name__ == "__main__":
    main()
