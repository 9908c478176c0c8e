#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch46 - labelled outbound test mail for the Stroom (LKSD) privacy gateway.

Situation: the centre for part-time vocational education (CDO, deeltijds
beroepssecundair onderwijs) in Leuven.  Deterministic: fixed dates, fixed
Message-IDs, seeded randomness.  Standard library only.

Writes next to itself: NNN-slug.eml, labels.yaml, roster.csv
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import textwrap
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(46046)

# ---------------------------------------------------------------- helpers

def D(s):
    """dedent a triple-quoted body and normalise the ends"""
    return textwrap.dedent(s).strip("\n") + "\n"


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def rrn(y, m, d, serial):
    """valid Belgian rijksregisternummer, formatted YY.MM.DD-SSS.CC"""
    base = "%02d%02d%02d%03d" % (y % 100, m, d, serial)
    n = int(base)
    if y >= 2000:
        n = int("2" + base)
    cc = 97 - (n % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (y % 100, m, d, serial, cc)


def iban_be(bank10):
    """valid Belgian IBAN from a 10-digit account body"""
    bban = bank10 + "%02d" % (int(bank10) % 97 or 97)
    chk = 98 - int(bban + "111400") % 97  # B=11 E=14 00
    s = "BE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- the school

SCHOOL_PHONE = "016 29 84 10"
TB_PHONE = "0470 58 21 93"          # gedeelde gsm trajectbegeleiding
SCHOOL_IBAN = iban_be("7350012345")
ADDR_LINE = "Centrum voor Deeltijds Onderwijs Stroom Leuven – Dijlekaai 14, 3000 Leuven"

STAFF = {
    # key: (name, personal address, short address, function)
    "kvh": ("Katrien Vanhoof", "katrien.vanhoof@sintpieterscollege.be", "kvh@spc.ksleuven.be", "Directeur CDO Stroom Leuven"),
    "jve": ("Jan Verstraeten", "jan.verstraeten@sintpieterscollege.be", "jve@spc.ksleuven.be", "Coördinator werkplekleren"),
    "ldw": ("Lotte De Wachter", "lotte.dewachter@sintpieterscollege.be", "ldw@spc.ksleuven.be", "Trajectbegeleider"),
    "bcl": ("Bram Claes", "bram.claes@sintpieterscollege.be", "bcl@spc.ksleuven.be", "Trajectbegeleider"),
    "nou": ("Nadia Ouali", "nadia.ouali@sintpieterscollege.be", "nou@spc.ksleuven.be", "Trajectbegeleider"),
    "pja": ("Pieter Jacobs", "pieter.jacobs@sintpieterscollege.be", "pja@spc.ksleuven.be", "Trajectbegeleider"),
    "sve": ("Sien Verbeeck", "sien.verbeeck@sintpieterscollege.be", "sve@spc.ksleuven.be", "Trajectbegeleider"),
    "gsm": ("Greet Smets", "greet.smets@sintpieterscollege.be", "gsme@spc.ksleuven.be", "Leerlingensecretariaat"),
    "wle": ("Wim Lenaerts", "wim.lenaerts@sintpieterscollege.be", "wle@spc.ksleuven.be", "ICT-coördinator"),
    "hgo": ("Hanne Goossens", "hanne.goossens@sintpieterscollege.be", "hgo@spc.ksleuven.be", "Leerkracht PAV"),
    "dme": ("Dirk Mertens", "dirk.mertens@sintpieterscollege.be", "dme@spc.ksleuven.be", "Leerkracht praktijk horeca"),
    "kvb": ("Koen Vandenbroeck", "koen.vandenbroeck@sintpieterscollege.be", "kvb@spc.ksleuven.be", "Leerkracht praktijk bouw"),
    "eyi": ("Elif Yildiz", "elif.yildiz@sintpieterscollege.be", "eyi@spc.ksleuven.be", "Leerkracht haarzorg"),
    "eba": ("Ellen Baert", "ellen.baert@sintpieterscollege.be", "eba@spc.ksleuven.be", "Zorgcoördinator"),
    "mpe": ("Marc Peeters", "marc.peeters@sintpieterscollege.be", "boekhouding@spc.ksleuven.be", "Boekhouding"),
}
PRIVATE = {  # private mailboxes of staff members
    "ldw": "lotte.dw88@gmail.com",
    "bcl": "bram.claes@hotmail.com",
    "pja": "pjacobs.leuven@gmail.com",
    "hgo": "hanne.goossens@outlook.com",
    "dme": "dirk.mertens@telenet.be",
}
SHARED_TB = "trajectbegeleiding.cdo@spc.ksleuven.be"
GENERAL = {
    "sec": "leerlingensecretariaat@spc.ksleuven.be",
    "dir": "directie@spc.ksleuven.be",
    "info": "info@sintpieterscollege.be",
    "ict": "ict@spc.ksleuven.be",
    "dpo": "privacy@lksd.ksleuven.be",
}
# distribution lists: a group of people -> belongs in BCC (policy 3.1)
GROUPS = {
    "personeel@spc.ksleuven.be", "personeel.cdo@spc.ksleuven.be", "team-tb@spc.ksleuven.be", "team-cdo@spc.ksleuven.be",
    "ouders.cdo@spc.ksleuven.be", "ouders.cdo-hor1@spc.ksleuven.be", "ouders.cdo-onth@spc.ksleuven.be",
    "leerlingen.cdo@leerling.sintpieterscollege.be", "leerlingen.cdo-log2@leerling.sintpieterscollege.be",
    "leerlingen.cdo-bouw1@leerling.sintpieterscollege.be",
    "werkgevers.cdo@spc.ksleuven.be", "mentoren.cdo@spc.ksleuven.be",
}
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be", "leerling.sintpieterscollege.be")


def st(key, short=False):
    n, p, s, f = STAFF[key]
    return "%s <%s>" % (n, s if short else p)


def st_addr(key, short=False):
    return STAFF[key][2] if short else STAFF[key][1]


def sig(key, phone=False, tb=False, disclaimer=False, short=False):
    n, p, s, f = STAFF[key]
    lines = ["", "Met vriendelijke groeten" if not short else "Groeten", "", n, f]
    if not short:
        lines.append(ADDR_LINE)
    if phone:
        lines.append("T " + SCHOOL_PHONE)
    if tb:
        lines.append("Gedeelde gsm trajectbegeleiding: " + TB_PHONE)
    if disclaimer:
        lines += ["", "Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n)."]
    return "\n".join(lines) + "\n"


def sig_fr(key, phone=False):
    n, p, s, f = STAFF[key]
    fn = {"Trajectbegeleider": "Accompagnatrice de parcours", "Zorgcoördinator": "Coordinatrice des soins",
          "Directeur CDO Stroom Leuven": "Directrice du CDO Stroom Louvain",
          "Coördinator werkplekleren": "Coordinateur apprentissage en entreprise"}.get(f, f)
    lines = ["", "Bien cordialement,", "", n, fn, "CDO Stroom Leuven (enseignement secondaire professionnel à horaire réduit)"]
    if phone:
        lines.append("Tél. +32 16 29 84 10")
    return "\n".join(lines) + "\n"


def sig_en(key, phone=False):
    n, p, s, f = STAFF[key]
    fn = {"Trajectbegeleider": "Pathway counsellor", "Zorgcoördinator": "Pupil care coordinator",
          "Directeur CDO Stroom Leuven": "Head of CDO Stroom Leuven", "ICT-coördinator": "ICT coordinator",
          "Coördinator werkplekleren": "Work-based learning coordinator"}.get(f, f)
    lines = ["", "Kind regards,", "", n, fn, "CDO Stroom Leuven – part-time vocational education"]
    if phone:
        lines.append("Phone +32 16 29 84 10")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- roster

CLASSES = ["CDO-HOR1", "CDO-HOR2", "CDO-BOUW1", "CDO-BOUW2", "CDO-VERK1", "CDO-VERK2",
           "CDO-KAP1", "CDO-LOG1", "CDO-LOG2", "CDO-ZORG1", "CDO-AUTO1", "CDO-ONTH"]

# pupils who appear in the mails: key -> (first, last, class, parent1, parent2)
KEY_PUPILS = {
    "yassin_ea": ("Yassin", "El Amrani", "CDO-LOG1", "fatima.benali@gmail.com", "m.elamrani@hotmail.com"),
    "ilias_ea": ("Ilias", "El Amrani", "CDO-AUTO1", "elamrani.family@telenet.be", ""),
    "jens_m": ("Jens", "Maes", "CDO-BOUW1", "sofie.wouters@telenet.be", "kris.maes@skynet.be"),
    "senne_w": ("Senne", "Wouters", "CDO-HOR1", "geert.wouters@proximus.be", "els.meeus@telenet.be"),
    "dylan_p": ("Dylan", "Peeters", "CDO-BOUW2", "peeters.vandamme@telenet.be", ""),
    "kelly_p": ("Kelly", "Peeters", "CDO-VERK1", "peeters.vandamme@telenet.be", ""),
    "marie_p": ("Marie", "Peeters", "CDO-ZORG1", "ann.peeters@telenet.be", "bart.peeters74@gmail.com"),
    "noah_j": ("Noah", "Janssens", "CDO-HOR1", "kim.janssens@hotmail.com", ""),
    "noah_v": ("Noah", "Vermeulen", "CDO-BOUW2", "griet.vanparys@telenet.be", "dirk.vermeulen@icloud.com"),
    "noah_d": ("Noah", "Diallo", "CDO-VERK1", "mamadou.diallo@gmail.com", ""),
    "rayan_b": ("Rayan", "Benali", "CDO-AUTO1", "rachid.benali@hotmail.com", ""),
    "ella_n": ("Ella", "Nijs", "CDO-KAP1", "an.verheyen@telenet.be", "tom.nijs@proximus.be"),
    "kobe_v": ("Kobe", "Verhaegen", "CDO-LOG2", "an.verhaegen@telenet.be", ""),
    "sarah_c": ("Sarah", "Claes", "CDO-VERK2", "luc.claes@skynet.be", ""),
    "sarah_cs": ("Sarah", "Claessens", "CDO-ZORG1", "veerle.claessens@gmail.com", ""),
    "lucas_n": ("Lucas", "Nowak", "CDO-LOG1", "agnieszka.nowak@gmail.com", ""),
    "luka_n": ("Luka", "Novak", "CDO-AUTO1", "novak.marko@gmail.com", ""),
    "jill_v": ("Jill", "Vanderlinden", "CDO-KAP1", "mieke.stroobants@telenet.be", ""),
    "brent_v": ("Brent", "Vanderlinden", "CDO-BOUW1", "vanderlinden.rudi@skynet.be", "cindy.vanderlinden@hotmail.com"),
    "imane_b": ("Imane", "Bouzid", "CDO-VERK2", "bouzid.khalid@gmail.com", ""),
    "ilyas_b": ("Ilyas", "Bouzidi", "CDO-LOG2", "fam.bouzidi@telenet.be", ""),
    "maxime_d": ("Maxime", "Dubois", "CDO-HOR2", "isabelle.martin@skynet.be", "dubois.philippe@gmail.com"),
    "louise_d": ("Louise", "Dubois", "CDO-KAP1", "nathalie.dubois@skynet.be", ""),
    "thibault_l": ("Thibault", "Lambert", "CDO-HOR1", "famille.lambert@skynet.be", ""),
    "daniel_t": ("Daniel", "Tesfaye", "CDO-ONTH", "tesfaye.h@gmail.com", ""),
    "jolien_h": ("Jolien", "Hermans", "CDO-ZORG1", "", ""),
    "kevin_d": ("Kevin", "Dewitte", "CDO-BOUW2", "", ""),
    "stijn_v": ("Stijn", "Vandeputte", "CDO-AUTO1", "vandeputte.marc@telenet.be", ""),
    "amina_s": ("Amina", "Sow", "CDO-VERK2", "", ""),
    "robbe_g": ("Robbe", "Geerts", "CDO-LOG2", "", ""),
    "arne_v": ("Arne", "Vos", "CDO-HOR2", "kathleen.vos@proximus.be", ""),
    "jasper_ds": ("Jasper", "De Smet", "CDO-BOUW1", "hilde.desmet@telenet.be", ""),
    "melissa_w": ("Melissa", "Wuyts", "CDO-KAP1", "", ""),
    "mohamed_b": ("Mohamed", "Bakkali", "CDO-LOG1", "bakkali.a@hotmail.com", ""),
    "lien_g": ("Lien", "Goris", "CDO-ZORG1", "goris.peter@telenet.be", "ilse.vermeiren@gmail.com"),
    "dario_l": ("Dario", "Lombardi", "CDO-AUTO1", "lombardi.giulia@hotmail.com", ""),
    "sanne_w": ("Sanne", "Willems", "CDO-VERK1", "kristel.willems@gmail.com", ""),
    "wout_s": ("Wout", "Stevens", "CDO-BOUW2", "stevens.johan@telenet.be", ""),
    "bryan_s": ("Bryan", "Smolders", "CDO-BOUW2", "smolders.kim@hotmail.com", ""),
    "lara_dv": ("Lara", "De Vos", "CDO-VERK1", "sabine.devos@telenet.be", ""),
    "febe_c": ("Febe", "Coppens", "CDO-KAP1", "wim.coppens@proximus.be", "nele.wyns@gmail.com"),
    "milan_s": ("Milan", "Schoofs", "CDO-HOR2", "", ""),
    "kenzo_m": ("Kenzo", "Martens", "CDO-VERK2", "martens.nancy@gmail.com", ""),
    "aya_h": ("Aya", "Haddad", "CDO-KAP1", "haddad.karim@gmail.com", ""),
    "jordy_vh": ("Jordy", "Van Hove", "CDO-LOG2", "vanhove.jurgen@proximus.be", ""),
    "ayoub_c": ("Ayoub", "Chakir", "CDO-AUTO1", "chakir.nadia@hotmail.com", ""),
    "zoe_vdb": ("Zoë", "Vandenberghe", "CDO-ZORG1", "karen.vandenberghe@telenet.be", ""),
    "tibo_g": ("Tibo", "Goossens", "CDO-HOR1", "goossens.erik@skynet.be", ""),
    "ahmed_s": ("Ahmed", "Sahin", "CDO-LOG1", "sahin.family@gmail.com", ""),
    "andreea_p": ("Andreea", "Popescu", "CDO-ZORG1", "", ""),
    "yusuf_d": ("Yusuf", "Demir", "CDO-ONTH", "demir.hatice@hotmail.com", ""),
    "ruben_c": ("Ruben", "Celis", "CDO-LOG2", "mark.celis@telenet.be", ""),
    "mats_h": ("Mats", "Hendrickx", "CDO-LOG1", "hendrickx.sven@telenet.be", ""),
    "niels_vd": ("Niels", "Van Dyck", "CDO-BOUW1", "vandyck.peter@skynet.be", ""),
    "ward_m": ("Ward", "Michiels", "CDO-AUTO1", "els.michiels@gmail.com", ""),
    "jana_l": ("Jana", "Lemmens", "CDO-ZORG1", "lemmens.bart@telenet.be", ""),
    "lisa_vr": ("Lisa", "Van Roy", "CDO-KAP1", "brigitte.lauwers@telenet.be", ""),
    "sem_a": ("Sem", "Aerts", "CDO-BOUW2", "aerts.koen@proximus.be", ""),
    "laura_s": ("Laura", "Smets", "CDO-VERK2", "", ""),
    "nora_ei": ("Nora", "El Idrissi", "CDO-VERK1", "elidrissi.m@gmail.com", ""),
    "kacper_k": ("Kacper", "Kowalski", "CDO-LOG2", "", ""),
    "emre_y": ("Emre", "Yilmaz", "CDO-AUTO1", "yilmaz.serkan@hotmail.com", ""),
    "shana_b": ("Shana", "Bogaerts", "CDO-ZORG1", "", ""),
    "glenn_t": ("Glenn", "Timmermans", "CDO-BOUW2", "", ""),
    "selam_h": ("Selam", "Haile", "CDO-ONTH", "", ""),
    "jarne_c": ("Jarne", "Cuypers", "CDO-HOR2", "cuypers.tina@telenet.be", ""),
}

ORIGINS = {
    # origin: (first m, first f, surnames, parent first m, parent first f)
    "fl": (["Lars", "Wout", "Arne", "Jonas", "Robbe", "Mats", "Lucas", "Noah", "Liam", "Milan", "Jens", "Seppe",
            "Ward", "Stan", "Dylan", "Brent", "Kevin", "Niels", "Ruben", "Sem", "Stijn", "Tom", "Glenn", "Joren",
            "Lowie", "Vince", "Xander", "Finn", "Matthias", "Dries", "Cedric", "Jelle", "Bjorn", "Jarne", "Gilles",
            "Thomas", "Nathan", "Senne", "Kobe", "Jasper", "Tibo", "Arno", "Wannes", "Michiel"],
           ["Lore", "Febe", "Lien", "Jana", "Ella", "Zoë", "Emma", "Lisa", "Laura", "Melissa", "Kelly", "Jolien",
            "Sanne", "Lara", "Marie", "Sarah", "Jill", "Amber", "Britt", "Shana", "Kimberly", "Elke", "Charlotte",
            "Fien", "Nore", "Jente", "Yana", "Tessa", "Noor", "Axelle", "Kaat", "Nina", "Silke", "Chloë", "Eline"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
            "Lambert", "Dupont", "Hermans", "Aerts", "Vermeulen", "Van Damme", "Michiels", "Smets", "Coppens",
            "Geerts", "Vos", "Martens", "Stevens", "Verhaegen", "Hendrickx", "Celis", "Van Dyck", "Lemmens", "Schoofs",
            "Nijs", "Goris", "Verbruggen", "Pauwels", "Leemans", "Van Hove", "Smolders", "Vandenberghe", "Van Roy",
            "De Vos", "Claessens", "Bogaerts", "Moens", "Timmermans", "Luyten", "Vanhoutte", "Cools", "Segers", "Thys",
            "Huybrechts", "Cuypers", "Van Camp", "Boeckx", "Verlinden", "Swinnen", "Daems", "Vanmechelen", "Gijbels",
            "Robeyns", "Berckmans", "Vranckx", "Wijns", "Hanssens", "Op de Beeck", "Stas", "Kerckhofs", "Vandevelde",
            "Dewitte", "Wuyts", "Vanderlinden"],
           ["Kris", "Bart", "Tom", "Peter", "Johan", "Geert", "Dirk", "Wim", "Luc", "Marc", "Steven", "Koen", "Stefan",
            "Jurgen", "Sven", "Erik", "Patrick", "Rudi", "Danny", "Filip"],
           ["An", "Els", "Katrien", "Sofie", "Veerle", "Nathalie", "Sabine", "Kristel", "Hilde", "Griet", "Nele",
            "Inge", "Tinne", "Ilse", "Karen", "Leen", "Kim", "Evi", "Sandra"]),
    "ma": (["Mohamed", "Yassin", "Ilias", "Ayoub", "Rayan", "Bilal", "Adam", "Amine", "Hamza", "Youssef", "Mehdi",
            "Omar", "Anas", "Zakaria", "Noah"],
           ["Amina", "Imane", "Aya", "Salma", "Nour", "Hiba", "Yasmine", "Sara", "Meryem", "Aïcha", "Lina", "Ines",
            "Rania", "Sarah"],
           ["El Amrani", "Benali", "Bakkali", "Chakir", "Haddad", "Bouzid", "El Idrissi", "Ait Taleb", "Ouazzani",
            "Lahlou", "Mansouri", "Kharbouch", "Essaidi", "Boukhari", "Azzouzi", "Amrani"],
           ["Hassan", "Abdel", "Mustapha", "Rachid", "Karim", "Driss", "Said"],
           ["Samira", "Naima", "Fatima", "Khadija", "Latifa", "Malika"]),
    "tr": (["Yusuf", "Emre", "Mert", "Burak", "Kerem", "Efe", "Arda"],
           ["Zeynep", "Esra", "Elif", "Merve", "Büşra", "Ecem"],
           ["Aydin", "Sahin", "Demir", "Yilmaz", "Kaya", "Öztürk", "Çelik", "Arslan"],
           ["Serkan", "Murat", "Hakan", "Mehmet"], ["Fatma", "Aylin", "Hatice", "Songül"]),
    "af": (["Daniel", "Dawit", "Samuel", "Mamadou", "Moussa", "Ibrahim", "Abdi", "Yonas"],
           ["Hawa", "Fatou", "Senait", "Selam", "Aisha", "Mariama", "Helen"],
           ["Tesfaye", "Haile", "Diallo", "Bah", "Sow", "Camara", "Mekonnen", "Traoré", "Abdi", "Gebremedhin"],
           ["Alpha", "Tesfay", "Ousmane", "Abdullahi"], ["Aminata", "Mebrat", "Kadiatou", "Hodan"]),
    "pl": (["Kacper", "Jakub", "Filip", "Szymon"], ["Natalia", "Oliwia", "Julia", "Zuzanna"],
           ["Nowak", "Kowalski", "Wójcik", "Lewandowski"], ["Piotr", "Tomasz", "Marek"], ["Monika", "Anna", "Marta"]),
    "ro": (["Andrei", "Ionut", "Mihai"], ["Andreea", "Elena", "Bianca"], ["Popescu", "Ionescu", "Dumitru"],
           ["Florin", "Cristian"], ["Ioana", "Mihaela"]),
    "al": (["Arben", "Dritan", "Erion"], ["Elira", "Arta"], ["Hoxha", "Krasniqi", "Berisha"], ["Bekim", "Agron"],
           ["Drita", "Mimoza"]),
}
PROVIDERS = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "hotmail.com",
             "outlook.com", "icloud.com", "live.be", "hotmail.be", "yahoo.com"]


class Pupil:
    def __init__(self, first, last, klas, p1, p2, key=None):
        self.first, self.last, self.klas, self.p1, self.p2, self.key = first, last, klas, p1, p2, key
        self.id = None
        self.email = None

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def parents(self):
        return [a for a in (self.p1, self.p2) if a]


def build_roster():
    rng = random.Random(4646)
    pupils = [Pupil(*v, key=k) for k, v in KEY_PUPILS.items()]
    names = {(p.first, p.last) for p in pupils}
    used_parent = set(a for p in pupils for a in p.parents)
    per_class = {c: 0 for c in CLASSES}
    for p in pupils:
        per_class[p.klas] += 1

    def parent_addr(origin, last, pupil_first):
        fm, ff, sur, pms, pfs = ORIGINS[origin]
        for _ in range(50):
            pat = rng.randrange(9)
            ln = norm(last)
            pm, pf = rng.choice(pms), rng.choice(pfs)
            prov = rng.choice(PROVIDERS)
            other = norm(rng.choice(sur))
            if pat == 0:
                a = "%s.%s@%s" % (norm(pf), ln, prov)
            elif pat == 1:
                a = "%s.%s@%s" % (ln, norm(pm), prov)
            elif pat == 2:
                a = "%s%s%d@%s" % (norm(pm), ln, rng.randrange(60, 99), prov)
            elif pat == 3:
                a = "fam.%s@%s" % (ln, prov)
            elif pat == 4:       # mother with her own surname
                a = "%s.%s@%s" % (norm(pf), other, prov)
            elif pat == 5:
                a = "mama.%s@%s" % (norm(pupil_first), prov)
            elif pat == 6:
                a = "%s%s@%s" % (norm(pf)[0], ln, prov)
            elif pat == 7:
                a = "%s.%s@%s" % (norm(pm), other, prov)
            else:
                a = "%s_%s%d@%s" % (ln, norm(pf), rng.randrange(1, 30), prov)
            if a not in used_parent:
                used_parent.add(a)
                return a
        raise RuntimeError("no parent address")

    target = 300
    while len(pupils) < target:
        klas = min(CLASSES, key=lambda c: (per_class[c], rng.random()))
        female = rng.random() < (0.75 if klas in ("CDO-KAP1", "CDO-ZORG1") else 0.3)
        if klas == "CDO-ONTH":
            origin = rng.choice(["af", "af", "pl", "ro", "al", "ma", "tr", "fl"])
        else:
            origin = rng.choice(["fl"] * 8 + ["ma", "ma", "tr", "af", "pl", "ro", "al"])
        fm, ff, sur, pms, pfs = ORIGINS[origin]
        first, last = rng.choice(ff if female else fm), rng.choice(sur)
        if (first, last) in names or first == last:
            continue
        p1 = parent_addr(origin, last, first) if rng.random() < 0.85 else ""
        p2 = parent_addr(origin, last, first) if (p1 and rng.random() < 0.45) else ""
        p = Pupil(first, last, klas, p1, p2)
        pupils.append(p)
        names.add((first, last))
        per_class[klas] += 1
        # a sibling now and then, sharing the parents' addresses
        if p1 and len(pupils) < target and rng.random() < 0.09:
            female2 = rng.random() < 0.5
            first2 = rng.choice(ff if female2 else fm)
            if (first2, last) not in names and first2 != first:
                klas2 = min([c for c in CLASSES if c != klas], key=lambda c: (per_class[c], rng.random()))
                pupils.append(Pupil(first2, last, klas2, p1, p2))
                names.add((first2, last))
                per_class[klas2] += 1
    # ids: a shuffled intern nummer, then the export sorted by class and name
    order = list(range(len(pupils)))
    rng.shuffle(order)
    for i, idx in enumerate(order):
        pupils[idx].id = "P%04d" % (i + 1)
    used_mail = set()
    for p in sorted(pupils, key=lambda p: p.id):
        base = "%s.%s" % (norm(p.first), norm(p.last))
        e, n = base, 2
        while e in used_mail:
            e, n = "%s%d" % (base, n), n + 1
        used_mail.add(e)
        p.email = e + "@leerling.sintpieterscollege.be"
    pupils.sort(key=lambda p: (p.klas, norm(p.last), norm(p.first)))
    return pupils


ROSTER = build_roster()
BYKEY = {p.key: p for p in ROSTER if p.key}
BYID = {p.id: p for p in ROSTER}


def K(key):
    return BYKEY[key]


def pid(*keys):
    return [BYKEY[k].id for k in keys]


def pupil_addr(key):
    p = BYKEY[key]
    return "%s <%s>" % (p.name, p.email)


def klas(c, n, skip=()):
    """n pupils of a class that are not key pupils (deterministic)"""
    out = [p for p in ROSTER if p.klas == c and not p.key and p.name not in skip]
    return out[:n]


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p.id, p.first, p.last, p.klas, p.email, p.p1, p.p2])


# ---------------------------------------------------------------- attachments

ZDT = (2024, 9, 1, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, macro=False):
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (_col(c), r, _x(str(v)))
                        for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    wbtype = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % wbtype)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]
    if macro:
        vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + (
            b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"cmd /c copy \\\\srv-cdo\\uren$\\*.* %TEMP%\"\r\nEnd Sub\r\n")
        files.append(("xl/vbaProject.bin", vba))
    return _zip(files)


def make_pdf(lines):
    """a tiny one-page PDF with the given text lines (latin-1)"""
    content = ["BT", "/F1 10 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append("(%s) '" % t)
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_exe(tag):
    b = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 46)
    b += b"\x80\x00\x00\x00"
    b += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    b += b"\x00" * (0x80 - len(b)) + b"PE\x00\x00" + tag.encode() + b"\x00" * 512
    return bytes(b)


def make_iso():
    b = bytearray(b"\x00" * 32768)
    b += b"\x01CD001\x01\x00" + b"CDO_LABO_IMAGE".ljust(32, b" ") + b"\x00" * 1990
    return bytes(b)


class Att:
    """attachment: filename, bytes, mime type, text (for checking)"""

    def __init__(self, filename, data, mime, text=""):
        self.filename, self.data, self.mime, self.text = filename, data, mime, text


def att_csv(filename, rows, encoding="utf-8-sig", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    txt = s.getvalue()
    return Att(filename, txt.encode(encoding), "text/csv", txt)


def att_txt(filename, text, encoding="utf-8"):
    return Att(filename, text.encode(encoding), "text/plain", text)


def att_docx(filename, paragraphs):
    return Att(filename, make_docx(paragraphs),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "\n".join(paragraphs))


def att_xlsx(filename, rows, macro=False):
    mime = ("application/vnd.ms-excel.sheet.macroEnabled.12" if macro else
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return Att(filename, make_xlsx(rows, macro), mime, "\n".join(";".join(map(str, r)) for r in rows))


def att_pdf(filename, lines):
    return Att(filename, make_pdf(lines), "application/pdf", "\n".join(lines))


def att_img(filename):
    # 1x1 PNG
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    return Att(filename, png, "image/png", "")


# ---------------------------------------------------------------- mail collection

MAILS = []


def mail(slug, frm, to, subject, body, *, date, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False,
         note="", lang="nl", fmt=("plain",), html=None, atts=(), cte="quoted-printable", charset="utf-8",
         reply=False, mailer=None, env_from=None, html_cte="quoted-printable", headers=()):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      date=date, rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), html=html, atts=list(atts), cte=cte, charset=charset,
                      reply=reply, mailer=mailer, env_from=env_from, html_cte=html_cte, headers=list(headers)))


def html_page(inner, font="Calibri"):
    return D("""
    <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
    <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}
    table.t{border-collapse:collapse} table.t td, table.t th{border:solid #A6A6A6 1.0pt;padding:2pt 5pt;font-size:10.0pt;font-family:"%s",sans-serif}</style>
    </head><body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
    """ % (font, font)) + inner + "\n</div></body></html>\n"


def hp(text):
    """paragraphs of plain text -> Outlook-ish <p> elements"""
    out = []
    for para in text.strip("\n").split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_x(para) if para.strip() else "&nbsp;"))
    return "\n".join(out)


def htable(rows, header=True):
    out = ['<table class="t" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _x(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def ttable(rows):
    """the plain-text alternative Outlook makes of a table"""
    return "\n".join("\t".join(str(c) for c in r) for r in rows) + "\n"


def q_outlook(frm, sent, to, subject, body, cc=None):
    s = "\n________________________________\nVan: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
    if cc:
        s += "CC: %s\n" % cc
    s += "Onderwerp: %s\n\n" % subject
    return s + body


def q_gt(intro, body):
    lines = body.rstrip("\n").split("\n")
    return "\n" + intro + "\n" + "\n".join((">" + (" " + l if l else "")) for l in lines) + "\n"


def fwd_block(frm, date, subject, to, body):
    return ("\n---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n" %
            (frm, date, subject, to)) + body

# ======================================================================
# 1. CREDENTIALS (password) - 36 mails, every form staff produce
# ======================================================================
PWR = random.Random(4601)


def startpw():
    w = PWR.choice(["Dijle", "Stroom", "Leuven", "Vaart", "Kaai", "Ladeuze", "Brug", "Kessel", "Lente", "Herfst"])
    return "%s-%04d" % (w, PWR.randrange(1000, 9999))


y = K("yusuf_d")
mail("smartschool-account-yusuf", st("wle"), [pupil_addr("yusuf_d")], "Jouw Smartschool-account",
     D("""
     Dag Yusuf,

     Welkom in onze school! Hier is jouw account voor Smartschool.

     Website: https://sintpieterscollege.smartschool.be
     Gebruikersnaam: yusuf.demir
     Wachtwoord: Kaai-5170

     De eerste keer moet je een nieuw wachtwoord kiezen. Schrijf het niet op je gsm-hoesje ;-)
     Lukt het niet? Kom naar lokaal A.012 (ICT), op maandag of donderdag.

     Meneer Wim
     """), date="2024-09-04 10:12", rules=["password"], about=pid("yusuf_d"),
     note="start password for Smartschool sent in clear to a new pupil", fmt=["plain"], cte="8bit")

r = K("ruben_c")
mail("laptop-ruben-uitgeleend", st("wle", True), [pupil_addr("ruben_c")], "Laptop CDO-LT-117",
     D("""
     Hoi Ruben,

     Je leenlaptop is klaar, je mag hem morgen tussen 8u15 en 8u30 ophalen bij mij.

     Toestel: CDO-LT-117 (Dell Latitude 3540)
     Lokale gebruiker: leerling
     Wachtwoord Windows: Stroom#117ruben

     Aanmelden met je schoolaccount gaat ook, maar de eerste keer moet je op het schoolnetwerk zitten.
     Vergeet de lader niet terug te brengen in juni!

     Wim
     """), date="2024-09-19 15:47", rules=["password"], about=pid("ruben_c"),
     note="Windows password of a loan laptop given to the pupil", fmt=["plain"])

mats = K("mats_h")
mail("fw-startdag-haasrode-mats", st("bcl"), [pupil_addr("mats_h")], "FW: Startdag Mats Hendrickx - praktische info",
     D("""
     Mats,

     Hieronder de info van Haasrode Logistics voor maandag. Lees het goed, en zorg dat je om 6u45 daar bent.

     Bram
     """) + q_outlook("Jurgen Cools <jurgen.cools@haasrode-logistics.be>", "donderdag 3 oktober 2024 16:02",
                      "Bram Claes <bram.claes@sintpieterscollege.be>", "Startdag Mats Hendrickx - praktische info", D("""
     Dag Bram,

     Mats mag maandag 7 oktober starten om 7u00 in hal 2.
     Personeelsingang aan de achterkant (kant Interleuvenlaan), de deur gaat open met code 2580#.
     Kastje nr. 14 in de kleedruimte, hangslot zelf meebrengen. Veiligheidsschoenen S3 verplicht.
     Als er iets is mag hij mij bellen op 0475 31 22 86.

     Groeten,
     Jurgen Cools
     Teamleader inbound – Haasrode Logistics nv
     """)), date="2024-10-03 16:20", rules=["password", "personal_data"], about=pid("mats_h"),
     note="forwarded employer mail with the staff entrance door code; mentor's mobile number in the quote",
     fmt=["plain", "forward"])

mail("toegang-gedeelde-mailbox-sien", st("ldw"), [st("sve")], "Toegang gedeelde mailbox trajectbegeleiding",
     D("""
     Dag Sien,

     Welkom in het team! Een paar dingen om te starten:

     1. De gedeelde mailbox trajectbegeleiding.cdo@spc.ksleuven.be zou normaal vanzelf in je Outlook moeten
        verschijnen. Wim heeft je rechten gegeven.
     2. Lukt dat niet op je gsm, dan kan je (tijdelijk!) rechtstreeks inloggen:
        trajectbegeleiding.cdo@spc.ksleuven.be / TB-cdo!Leuven24
        Niet doorgeven aan stagiairs aub.
     3. De werkgeverslijst staat op Teams > CDO > Trajectbegeleiding > Werkplekken 2024-2025.xlsx

     Vrijdag doen we samen de eerste werkplekbezoeken, ik pik je om 8u30 op aan de school.

     Lotte
     """) + sig("ldw"), date="2024-09-09 11:26", rules=["password"], about=[],
     note="password of the counsellors' shared mailbox given to a new colleague", fmt=["plain"])

mail("dienstgsm-pin-nadia", st("bcl", True), [st("nou", True)], "dienstgsm deze week",
     D("""
     Nadia,
     Ik ben tot vrijdag op bijscholing, de dienstgsm ligt in de bovenste lade van mijn bureau.
     PIN: 8264
     Voicemail: *86, code 4455
     Het nummer is 0470 58 21 93 (voor als iemand het vraagt, staat ook op de brieven).
     Jurgen van Haasrode gaat zeker bellen over de nachtploeg, zeg maar dat ik maandag terugbel.
     Thx!
     B.
     """), date="2024-10-14 07:52", rules=["password", "personal_data"], about=[],
     note="PIN and voicemail code of the counsellors' shared phone; phone number itself is personal_data",
     fmt=["plain"], cte="8bit")

mail("kopieercode-interim", st("gsm"), ["Tine Wijns <tine.wijns@sintpieterscollege.be>"], "Praktische info eerste dag",
     D("""
     Dag Tine,

     Welkom als vervanger van Hanne (PAV, CDO-HOR1 en CDO-HOR2).

     - Je sleutel van lokaal B.014 kan je bij mij ophalen.
     - Je persoonlijke kopieercode voor de printers in de leraarskamer is 50731.
     - Het lessenrooster staat op Smartschool bij 'Rooster'.

     Tot maandag,
     Greet
     """) + sig("gsm"), date="2024-11-29 14:10", rules=["password"], about=[],
     note="personal copier code sent by mail", fmt=["plain"])

mail("kluis-secretariaat", st("gsm", True), [st("kvh", True)], "kluis",
     D("""
     Katrien, de nieuwe code van de kluis in het secretariaat is 1-9-7-3 (eerst naar rechts draaien).
     De oude werkt niet meer sinds de slotenmaker er was.
     Greet

     Verzonden vanaf mijn iPhone
     """), date="2025-01-08 08:11", rules=["password"], about=[],
     note="safe combination in a short phone mail", fmt=["phone"], mailer="iPhone Mail (22B91)", cte="8bit")

codes = ["%04d %04d" % (PWR.randrange(10000), PWR.randrange(10000)) for _ in range(10)]
mail("herstelcodes-mfa-directie", st("wle"), [st("kvh")], "Je back-upcodes Microsoft 365",
     D("""
     Dag Katrien,

     Zoals gevraagd: de herstelcodes voor als je je gsm niet bij hebt. Elke code werkt maar één keer.
     Ik heb ze ook in bijlage gestoken zodat je ze kan afdrukken. Best daarna deze mail verwijderen.

     """) + "\n".join(codes) + "\n" + sig("wle"),
     date="2024-10-02 16:35", rules=["password"], about=[],
     atts=[att_txt("backupcodes_kvh.txt", "Microsoft 365 - herstelcodes katrien.vanhoof@sintpieterscollege.be\r\n" + "\r\n".join(codes) + "\r\n")],
     note="MFA recovery codes in the body and in a .txt attachment", fmt=["mixed", "attachment-txt"])

mail("eenmalige-code-wim", st("nou"), [st("wle")], "RE: aanmelden lukt niet",
     D("""
     Wim, ik kreeg net een sms met code 716204 om in te loggen op de nieuwe laptop, kan jij die ingeven als je
     hem toch aan het installeren bent? Ik zit in overleg tot 11u.
     Nadia
     """) + q_outlook("Wim Lenaerts", "dinsdag 24 september 2024 09:31", "Nadia Ouali",
                      "aanmelden lukt niet", "Ik zet je nieuwe laptop klaar, je krijgt straks een code per sms.\n"),
     date="2024-09-24 09:44", rules=["password"], about=[], reply=True,
     note="one-time SMS login code forwarded by mail", fmt=["plain", "reply"])

intake = klas("CDO-ONTH", 7) + [K("selam_h")]
rows = [["Intern nummer", "Naam", "Voornaam", "Klas", "Gebruikersnaam", "Startwachtwoord"]]
for p in intake:
    rows.append([p.id, p.last, p.first, p.klas, p.email.split("@")[0], startpw()])
mail("startwachtwoorden-onthaalklas", st("wle"), [st("ldw"), st("nou")], "Accounts nieuwe instromers onthaalklas",
     D("""
     Dag Lotte en Nadia,

     In bijlage de accounts voor de nieuwe instromers van CDO-ONTH (intake van deze week).
     Gelieve de wachtwoorden op papier mee te geven bij het onthaalgesprek, niet doorsturen naar de jongeren zelf.

     Groetjes,
     Wim
     """), date="2024-10-21 13:05", rules=["password"], about=[p.id for p in intake],
     atts=[att_csv("accounts_CDO-ONTH_okt.csv", rows)],
     note="CSV attachment with start passwords for eight new pupils", fmt=["mixed", "attachment-csv"])

lt = klas("CDO-BOUW1", 6)
rows = [["Leerling", "Klas", "Laptop", "Gebruiker", "Wachtwoord (tijdelijk)"]]
for i, p in enumerate(lt):
    rows.append([p.name, p.klas, "CDO-LT-%03d" % (130 + i), p.email.split("@")[0], startpw()])
mail("laptops-bouw1-tabel", st("wle"), [st("kvb")], "Laptops CDO-BOUW1 uitgedeeld",
     D("""
     Koen,

     Dit zijn de laptops die ik vandaag aan jouw klas heb meegegeven. De tijdelijke wachtwoorden moeten ze
     bij de eerste aanmelding veranderen, maar voor het geval iemand het vergeten is:

     """) + ttable(rows) + "\nWim\n",
     html=html_page(hp("Koen,\n\nDit zijn de laptops die ik vandaag aan jouw klas heb meegegeven. De tijdelijke wachtwoorden moeten ze bij de eerste aanmelding veranderen, maar voor het geval iemand het vergeten is:\n") + htable(rows) + hp("\nWim")),
     date="2024-09-26 12:40", rules=["password"], about=[p.id for p in lt],
     note="HTML table of laptops with temporary passwords per pupil", fmt=["alt", "html-table"])

mail("portaal-kapsalon-gespeld", st("eyi"), ["Lisa Vandamme <lisa@kapsalonlisa.be>"], "Toegang portaal werkplekleren",
     D("""
     Dag Lisa,

     Zoals daarnet aan de telefoon afgesproken: u kan de evaluaties van uw leerlingen invullen op
     https://werkplekleren.stroom-cdo.be

     Gebruikersnaam: kapsalon.lisa
     Wachtwoord: K-a-p-s-a-l-o-n-2-0-2-5 (alles aan elkaar, hoofdletter K)

     De evaluatie van het eerste trimester moet ten laatste op 13 december ingevuld zijn.

     Vriendelijke groeten,
     Elif Yildiz
     Leerkracht haarzorg – CDO Stroom Leuven
     """), date="2024-11-25 17:22", rules=["password"], about=[],
     note="employer portal password spelled out letter by letter", fmt=["plain"])

mail("account-brasserie-in-twee-stukken", st("dme"), ["Geert Luyten <geert@brasseriedemarkt.be>"], "login evaluatieportaal",
     D("""
     Dag Geert,

     Hier de login voor het evaluatieportaal. Voor de veiligheid in twee stukken ;-)

     gebruiker: brasserie.demarkt
     wachtwoord, eerste deel: Markt
     tweede deel: plein#77

     Dus alles achter elkaar. Als het niet lukt, bel me gerust.

     Dirk Mertens
     """), date="2024-11-26 10:05", rules=["password"], about=[],
     note="password split over two lines 'for safety'", fmt=["plain"], cte="8bit")

mail("informat-interim-account", st("gsm"), ["Lies Robeyns <lies.robeyns@sintpieterscollege.be>"],
     "FW: Account Informat - vervanging secretariaat",
     D("""
     Lies,

     Hieronder je account voor Informat, van Wim gekregen. Je kan er vanaf maandag mee aan de slag.

     Greet
     """) + fwd_block("Wim Lenaerts <wim.lenaerts@sintpieterscollege.be>", "vr 17 jan. 2025 om 15:40",
                      "Account Informat - vervanging secretariaat", "Greet Smets <greet.smets@sintpieterscollege.be>", D("""
     Greet,

     Account voor de interim op het secretariaat:
     login: interim.cdo
     tijdelijk wachtwoord: Tk7#pq2L-Inf

     Ze moet het wijzigen na de eerste keer.
     Wim
     """)), date="2025-01-17 16:02", rules=["password"], about=[],
     note="forward of an IT mail carrying a temporary password", fmt=["plain", "forward"])

mail("guest-account-kaarna", st("jve"), ["Mari Virtanen <mari.virtanen@kaarna-edu.fi>"], "Your guest access to our Teams",
     D("""
     Dear Mari,

     Thank you again for the great visit last week. As promised, here is the guest account for our shared
     Teams channel "Erasmus+ Work-based learning 2025":

     Login: partner.kaarna@stroomcdo.onmicrosoft.com
     Temporary password: Xq7!mRw2-Lvn

     You will be asked to choose your own password and to set up the Authenticator app.
     The photos of the job shadowing days are in the folder "Visit February".

     """) + sig_en("jve"), date="2025-02-21 14:18", rules=["password"], about=[], lang="en",
     note="English mail with a temporary password for a partner's guest account", fmt=["plain"])

mail("portail-employeur-wavre", st("nou"), ["Benoît Lejeune <benoit@lepetitrempart.be>"], "Accès au portail d'évaluation",
     D("""
     Bonjour Monsieur Lejeune,

     Merci d'accueillir Maxime dans votre restaurant. Comme convenu, voici vos données de connexion pour le
     portail où vous remplissez l'évaluation mensuelle :

     Adresse : https://werkplekleren.stroom-cdo.be
     Identifiant : petitrempart.wavre
     Mot de passe provisoire : Wavre-8812!

     N'hésitez pas à me contacter si vous avez des questions.
     """) + sig_fr("nou"), date="2024-10-09 09:30", rules=["password"], about=pid("maxime_d"), lang="fr",
     note="French mail to an employer with a temporary portal password; the pupil is only mentioned",
     fmt=["plain"])

mail("afwezigheden-oktober-beveiligd", st("gsm"), ["Ines Van Gorp <ines.vangorp@vclb-dijleland.be>"],
     "Overzicht afwezigheden oktober CDO",
     D("""
     Dag Ines,

     In bijlage het maandoverzicht van oktober voor het CLB-overleg van volgende week.
     Het bestand is beveiligd, het wachtwoord is: Afw-okt-24

     Groeten,
     Greet
     """), date="2024-11-05 11:48", rules=["password"], about=[],
     atts=[att_pdf("afwezigheden_CDO_2024-10.pdf", ["Afwezigheden CDO Stroom Leuven - oktober 2024",
                                                   "Beveiligd document - wachtwoord vereist"])],
     note="password of the attached PDF given in the same mail", fmt=["mixed", "attachment-pdf"])

mail("alarm-atelier-bouw", st("kvb"), ["Steven Vranckx <steven.vranckx@sintpieterscollege.be>"], "vervanging donderdag atelier bouw",
     D("""
     Steven,

     Alvast merci om donderdag over te nemen. Je bent als eerste in het atelier, dus:

     - sleutel hangt in het sleutelkastje naast de poort, code 0809
     - alarm: 3141 en dan OFF, binnen de 30 seconden
     - de groep van CDO-BOUW2 werkt aan de tuinmuur, materiaal staat klaar op de pallets

     Koen
     """), date="2025-03-12 18:41", rules=["password"], about=[],
     note="key-box code and alarm code of the workshop", fmt=["plain"], cte="8bit")

n = K("niels_vd")
mail("werf-kessel-lo-niels", st("bcl", True), [pupil_addr("niels_vd")], "Werf Kessel-Lo vanaf maandag",
     D("""
     Niels,

     Vanaf maandag werk je niet meer in het magazijn maar op de werf in Kessel-Lo (Diestsesteenweg, naast de
     bakker). Patrick zegt dat je om 7u30 begint. Als er nog niemand is: er hangt een sleutelkluisje aan de
     werfcontainer, code 1204, daar zit de sleutel van de container in met je helm en je hesje.

     Succes!
     Bram
     """), date="2025-02-07 12:15", rules=["password"], about=pid("niels_vd"),
     note="key-box code at the workplace sent to the pupil", fmt=["plain"])

w = K("ward_m")
mail("re-inloggen-ward", st("wle", True), [pupil_addr("ward_m")], "RE: inloggen lukt niet",
     D("""
     Dag Ward,

     Ik heb je account ontgrendeld. Gebruik de knop 'Wachtwoord vergeten' op de aanmeldpagina en kies een nieuw
     wachtwoord. Stuur je wachtwoord nooit meer door via mail of Smartschool, ook niet naar mij!

     Wim
     """) + q_gt("Op wo 13 nov. 2024 om 20:14 schreef Ward Michiels <%s>:" % w.email, D("""
     meneer ik kan niet inloggen op smartschool, mijn wachtwoord is ward2007! en het zegt fout
     kunt u het fixen want ik moet mijn taak voor PAV indienen
     ward
     """)), date="2024-11-14 08:20", rules=["password"], about=pid("ward_m"), reply=True,
     note="the reply quotes the pupil's own password from his earlier mail", fmt=["plain", "reply", "quoted"],
     cte="8bit")

e = K("ella_n")
mail("mijn-vdab-account-ella", st("pja"), [pupil_addr("ella_n")], "Je account bij VDAB",
     D("""
     Dag Ella,

     We hebben vandaag samen je account bij VDAB aangemaakt. Hier nog eens alles op een rijtje zodat je het
     niet vergeet:

     E-mail: ella.nijs@leerling.sintpieterscollege.be
     Wachtwoord: Ella’s-job-2025 (met het ’-teken, niet vergeten)

     Volgende week kijken we samen naar de vacatures voor kapper in Leuven en Heverlee.
     Bewaar deze mail goed!

     Pieter
     """), date="2025-01-23 15:55", rules=["password"], about=pid("ella_n"),
     note="password of the pupil's job-seeker account, Windows-1252 body", fmt=["plain-cp1252"],
     charset="windows-1252", cte="quoted-printable")

mail("fietsslot-deelfietsen", st("nou", True), [st("sve", True), st("pja", True)], "deelfietsen",
     D("""
     Voor wie morgen met de deelfietsen naar de werkplekbezoeken in Haasrode gaat: het nieuwe cijferslot
     staat op 2-7-7-4. Fietsen staan achter de turnzaal. Zet ze terug aan het rek aub!
     Nadia

     Verzonden vanuit Outlook voor Android
     """), date="2024-10-01 21:07", rules=["password"], about=[],
     note="combination lock code of the shared bikes, base64 body", fmt=["plain-base64", "phone"],
     cte="base64", mailer="Outlook for Android")

j = K("jana_l")
mail("wifi-wzc-terlinde-jana", st("sve"), [pupil_addr("jana_l")], "Info WZC Ter Linde",
     D("""
     Dag Jana,

     Mevrouw Bogaerts van WZC Ter Linde liet nog weten:
     - je begint dinsdag om 8u00 op de afdeling 'De Linde' (2de verdieping)
     - werkkledij krijg je daar, breng witte schoenen mee
     - de wifi voor stagiairs en leerlingen: netwerk TL-Personeel, sleutel terlinde-zorg-55

     Veel succes, ik kom je binnen twee weken bezoeken.
     Sien
     """), date="2024-10-10 13:33", rules=["password"], about=pid("jana_l"),
     note="Wi-Fi key of the workplace in a quoted-printable body", fmt=["plain-qp"])

mail("smartschool-vervanger-gsm", st("pja", True), [st("gsm", True)], "smartschool vervanger",
     D("""
     Greet, voor de vervanger van Hanne:
     gebr kiekens.t
     ww Kiekens12 (hoofdletter K)
     Kan jij het hem geven als hij langskomt? Ik sta op de werf.

     Verzonden vanaf mijn iPhone
     """), date="2024-12-02 07:38", rules=["password"], about=[],
     note="phone mail with a colleague's login and password", fmt=["phone"], mailer="iPhone Mail (22B91)", cte="8bit")

s = K("shana_b")
mail("account-jobstart-shana", st("ldw"), [pupil_addr("shana_b")], "Je account bij Jobstart Leuven",
     D("""
     Hey Shana,

     Goed nieuws: je bent ingeschreven in het traject van Jobstart Leuven (brugproject). Op hun website kan je
     je planning en je uren zien.

     https://mijn.jobstart-leuven.be
     login: shana.bogaerts
     wachtwoord: Brug!Shana7

     Je begeleider daar heet Youssef, hij neemt volgende week contact op.

     Groetjes
     Lotte
     """), date="2024-11-07 10:02", rules=["password"], about=pid("shana_b"),
     note="login for a youth employment project portal sent to the pupil", fmt=["plain"], cte="8bit")

kk = K("kacper_k")
kk_rrn = rrn(2005, 3, 18, 221)
mail("interim-urenportaal-kacper", st("nou"), [pupil_addr("kacper_k")], "Uren ingeven bij Jobsolutions",
     D("""
     Hoi Kacper,

     Je studentencontract via Jobsolutions Interim is in orde. Je uren moet je elke vrijdag zelf ingeven op
     hun portaal, anders word je niet betaald.

     Inloggen op https://my.jobsolutions-interim.be
     Gebruikersnaam: je rijksregisternummer (%s)
     Wachtwoord: Start!4471

     Daarna vragen ze je om een nieuw wachtwoord te kiezen.

     Nadia
     """ % kk_rrn), date="2024-10-25 16:40", rules=["password", "personal_data"], about=pid("kacper_k"),
     note="temp-agency portal password; the username is the pupil's valid national register number",
     fmt=["plain"])

mail("laptop-reset-welkom", st("wle", True), [pupil_addr("emre_y")], "je laptop",
     D("""
     Emre, ik heb het wachtwoord van je laptop gereset naar Welkom123
     Verander het meteen als je inlogt (Ctrl-Alt-Del > Wachtwoord wijzigen).
     W.
     """), date="2025-03-04 11:09", rules=["password"], about=pid("emre_y"),
     note="reset password in a one-line mail", fmt=["plain"], cte="8bit")

mail("affiche-wifi-gasten", st("jve"), [st("gsm")], "affiche wifi onthaal",
     D("""
     Greet,

     Kan je de tekst in bijlage afdrukken en aan de balie hangen voor de opendeurdag van zaterdag?
     Het is in A4, liefst in kleur.

     Jan
     """), date="2025-03-20 08:45", rules=["password"], about=[],
     atts=[att_txt("wifi_opendeurdag.txt", D("""
     WELKOM OP DE OPENDEURDAG VAN CDO STROOM LEUVEN!

     Gratis wifi:
       netwerk: STROOM-GAST
       wachtwoord: Opendeur2025!Stroom

     Vragen? Stel ze aan de balie.
     """))],
     note="Wi-Fi password inside a .txt attachment (body is innocent)", fmt=["mixed", "attachment-txt"])

mail("onthaalbrochure-nieuwe-collegas", st("kvh"), ["Tine Wijns <tine.wijns@sintpieterscollege.be>",
                                                    "Lies Robeyns <lies.robeyns@sintpieterscollege.be>"],
     "Onthaalbrochure nieuwe collega's",
     D("""
     Beste Tine, beste Lies,

     Fijn dat jullie ons team komen versterken. In bijlage vinden jullie de onthaalbrochure met alle praktische
     afspraken. Lees ze zeker eens rustig door voor jullie eerste werkdag.

     Hartelijke groet,
     Katrien
     """) + sig("kvh"), date="2024-11-28 17:30", rules=["password"], about=[],
     atts=[att_docx("Onthaalbrochure_CDO_2024-2025.docx", [
         "Onthaalbrochure nieuwe personeelsleden – CDO Stroom Leuven 2024-2025",
         "1. Aankomst: de zij-ingang aan de Dijlekaai is open vanaf 7u30. Buiten de openingsuren gebruik je het klavier naast de deur: code 4711, daarna #.",
         "2. Kopiëren: je krijgt een persoonlijke kopieercode via het secretariaat. Voor het kopieerapparaat in de leraarskamer kan je ook de algemene code 2468 gebruiken.",
         "3. Lokalen: de sleutels haal je op bij Greet Smets (leerlingensecretariaat).",
         "4. Smartschool en Informat: je account wordt aangemaakt door Wim Lenaerts (ICT).",
         "5. Privacy: gevoelige info over leerlingen hoort in het leerlingvolgsysteem, niet in mails.",
     ])],
     note="door code and a general copier code inside a .docx attachment", fmt=["mixed", "attachment-docx"])

lk = klas("CDO-LOG2", 8)
rows = [["Kastje", "Leerling", "Klas", "Cijferslot"]]
for i, p in enumerate(lk):
    rows.append([201 + i, p.name, p.klas, "%d-%d-%d" % (PWR.randrange(10), PWR.randrange(10), PWR.randrange(10))])
mail("kastjes-log2-codes", st("pja"), [st("gsm")], "lijst kastjes LOG2",
     D("""
     Greet,

     Hier de lijst van de kastjes in de gang van het magazijn met de codes van de cijfersloten, voor als er
     weer iemand zijn code vergeten is. Ik heb ze zelf ingesteld.

     Pieter
     """), date="2024-09-30 12:58", rules=["password"], about=[p.id for p in lk],
     atts=[att_xlsx("kastjes_LOG2.xlsx", rows)],
     note="xlsx with the combination codes of the pupils' lockers", fmt=["mixed", "attachment-xlsx"])

a = K("amina_s")
mail("bankkaart-pin-amina", st("ldw", True), [pupil_addr("amina_s")], "brief van de bank",
     D("""
     Amina,

     De brief van de bank die je hier vergeten was heb ik open gedaan omdat er geen naam op de envelop stond,
     sorry. Je nieuwe pincode is 4093. Scheur de brief daarna, hij ligt in mijn kast.

     En vergeet donderdag niet je rekeningafschriften mee te brengen voor het gesprek met de budgetbegeleider
     van het CAW, zij wil kijken hoe we je huur en de achterstand bij Luminus kunnen afbetalen.

     Lotte
     """), date="2025-02-11 13:20", rules=["password", "sensitive"], cats=["financial"], about=pid("amina_s"),
     note="bank card PIN plus budget coaching and arrears of an identifiable pupil", fmt=["plain"], cte="8bit")

mail("ww-smartschool-kobe-onderwerp", st("hgo", True), [st("wle", True)], "ww smartschool Kobe Verhaegen: Dijle-7710",
     D("""
     zie onderwerp, kan jij dat in Smartschool zetten zodat hij morgen kan inloggen? thx
     """), date="2024-10-16 22:03", rules=["password"], about=pid("kobe_v"),
     note="the password is in the subject line only", fmt=["plain", "subject-only"], cte="8bit")

mail("gedeelde-agenda-mentoren", st("jve", True), [st("ldw", True), st("bcl", True), st("pja", True)],
     "gedeelde agenda werkplekbezoeken",
     D("""
     Collega's,

     De agenda voor de werkplekbezoeken staat nu op het nieuwe platform. Het gedeelde account:

     gebruiker: werkplek.cdo
     wachtwoord: m e n t o r 2 4 (zonder de spaties)

     Gelieve enkel jullie eigen bezoeken aan te passen.
     Jan
     """), date="2024-09-12 16:16", rules=["password"], about=[],
     note="shared account password written with spaces between the characters", fmt=["plain"], cte="8bit")

mail("wifi-examen-log2-groep", st("wle"), ["leerlingen.cdo-log2@leerling.sintpieterscollege.be"],
     "Wifi tijdens de proef veiligheid (VCA)",
     D("""
     Beste leerlingen van CDO-LOG2,

     Voor de online VCA-proef van woensdag gebruik je NIET het gewone netwerk maar het examennetwerk:

     Netwerk: STROOM-EXAMEN
     Wachtwoord: VCA-proef-0325

     Zorg dat je laptop opgeladen is. Je gsm blijft in je tas.

     Wim Lenaerts, ICT
     """), date="2025-03-17 09:00", rules=["password", "bcc"], about=[],
     note="Wi-Fi password mailed to a class distribution list that is visible in To", fmt=["plain", "group-in-to"])

mail("admin-smartschool-vanuit-gmail", "Pieter Jacobs <%s>" % PRIVATE["pja"], [st("hgo")], "smartschool beheer",
     D("""
     Hanne,

     Ik kan niet aan mijn schoolmail van thuis, daarom via hier. Als jij morgen de punten van de trajecten wil
     inbrengen: het beheeraccount van de cursus 'Trajectbegeleiding' is tb.beheer en het wachtwoord is
     Cursus-TB-2024. Niet doorgeven hé.

     Pieter
     """), date="2024-12-15 20:45", rules=["password", "private_account"], about=[], env_from=PRIVATE["pja"],
     note="colleague sends an admin password from his private gmail to a colleague", fmt=["plain"], cte="8bit")

# ======================================================================
# 2. LOOK-ALIKES for password (must not fire)
# ======================================================================

mail("wachtwoord-vergeten-uitleg", st("wle", True), [pupil_addr("glenn_t")], "RE: wachtwoord kwijt",
     D("""
     Dag Glenn,

     Ik mag je wachtwoord niet via mail sturen en ik ken het ook niet. Zo los je het zelf op:

     1. Ga naar https://sintpieterscollege.smartschool.be
     2. Klik op 'Wachtwoord vergeten?'
     3. Je krijgt een mail op je schoolmailadres met een link. Die link werkt 24 uur.
     4. Kies een wachtwoord van minstens 10 tekens dat je nergens anders gebruikt.

     Lukt het niet, kom dan naar de ICT-helpdesk in lokaal A.012 met je leerlingenkaart.

     Wim
     """), date="2024-10-08 10:40", rules=[], about=pid("glenn_t"), reply=True,
     note="explains how to reset a password, contains no secret", fmt=["plain", "reply"])

mail("wachtwoord-verloopt-greet", st("wle"), [st("gsm")], "Je wachtwoord verloopt binnenkort",
     D("""
     Dag Greet,

     Je kreeg waarschijnlijk al de melding: je wachtwoord voor je schoolaccount verloopt binnen 5 dagen.
     Wijzig het op tijd via https://mysignins.microsoft.com of met Ctrl-Alt-Del op een schoolcomputer,
     anders kan je maandag niet aan Informat.

     Nog een tip: gebruik geen wachtwoord dat je al eens gebruikt hebt, dat aanvaardt het systeem niet.

     Wim
     """), date="2025-01-29 08:25", rules=[], about=[],
     note="password expiry reminder without any password", fmt=["plain"])

mail("helpdesk-verwijzing-selam", st("nou", True), [pupil_addr("selam_h")], "RE: password",
     D("""
     Hi Selam,

     I cannot send you a password by mail, sorry. Please go to the helpdesk (room A.012, Mr Wim) tomorrow
     morning with your student card. He will help you to make a new one.

     Nadia
     """), date="2024-11-12 16:05", rules=[], about=pid("selam_h"), lang="en", reply=True,
     note="'ask the helpdesk' answer in English, no secret", fmt=["plain", "reply"])

mail("bestelling-laptops-itdijle", st("wle"), ["IT-Dijle verkoop <sales@itdijle.be>"], "Bestelling PO-2024-0871 - leverdatum?",
     D("""
     Goedemiddag,

     Graag had ik een update gekregen over onze bestelling PO-2024-0871 (uw offerte 24/1187):
     15 x Dell Latitude 3540, 15 x docking WD19S, 15 x rugzak.

     De laptops waren beloofd voor week 41, maar we hebben nog niets ontvangen. Onze leveringsadres blijft
     Dijlekaai 14, 3000 Leuven (ingang atelier, kant Vaartkom). Ons btw-nummer staat op de bestelbon.

     Alvast bedankt,
     Wim Lenaerts
     ICT-coördinator CDO Stroom Leuven
     """), date="2024-10-15 13:52", rules=[], about=[],
     note="order, quote and room numbers only, no secret", fmt=["plain"])

mail("lokalen-vakcodes-tine", st("jve", True), ["Tine Wijns <tine.wijns@sintpieterscollege.be>"], "rooster en lokalen",
     D("""
     Tine,

     Nog even op een rijtje voor je rooster:

     ma  PAV  CDO-HOR1  lokaal B.014  (vakcode PAV-CDO-3)
     di  PAV  CDO-HOR2  lokaal B.016
     do  BGV  CDO-HOR1  keuken K.01  (met Dirk)

     In Smartschool vind je de cursussen onder de klascodes CDO-HOR1 en CDO-HOR2.

     Jan
     """), date="2024-12-03 12:12", rules=[], about=[],
     note="room numbers, class and course codes: codes that open nothing", fmt=["plain"], cte="8bit")

mail("factuur-werkkledij-mededeling", st("mpe"), ["Brasserie De Markt <info@brasseriedemarkt.be>"], "Factuur werkkledij 2024/118",
     D("""
     Beste,

     In bijlage vindt u factuur 2024/118 voor de koksvesten en schorten die u via onze school bestelde.
     Gelieve bij betaling de gestructureerde mededeling +++090/4417/22853+++ te vermelden, zodat we de
     betaling correct kunnen verwerken. Betaaltermijn: 30 dagen.

     Met vriendelijke groeten,
     Marc Peeters
     Boekhouding CDO Stroom Leuven
     """), date="2024-11-06 10:18", rules=[], about=[],
     atts=[att_pdf("factuur_2024-118.pdf", ["FACTUUR 2024/118", "Klant: Brasserie De Markt",
                                            "4 koksvesten, 4 schorten - totaal EUR 212,40",
                                            "Mededeling +++090/4417/22853+++"])],
     note="structured payment reference, no IBAN and no secret", fmt=["mixed", "attachment-pdf"])

teams_html = html_page(hp("Beste Hilde,\n\nHierbij de uitnodiging voor het tussentijds evaluatiegesprek.\n") + D("""
<div style="width:100%">
<p class="MsoNormal"><span style="font-size:18.0pt;font-family:'Segoe UI Semibold'">Microsoft Teams-vergadering</span></p>
<p class="MsoNormal"><b>Deelnemen op uw computer, in de mobiele app of op een ruimteapparaat</b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTFiYjUtYzA2Ni00ZjlkLWE3N2EtMDFhYTJmNjQ1ZGYx%40thread.v2/0">Klik hier om deel te nemen aan de vergadering</a></p>
<p class="MsoNormal">Vergadering-id: 364 882 120 771<br>Wachtwoordcode: Xa7bQ2</p>
<p class="MsoNormal"><a href="https://www.microsoft.com/nl-be/microsoft-teams/download-app">Teams downloaden</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Deelnemen via internet</a></p>
</div>
"""))
mail("teams-uitnodiging-evaluatie", st("sve"), ["Hilde Bogaerts <hilde.bogaerts@wzc-terlinde.be>"],
     "Tussentijdse evaluatie Jana (Teams)",
     D("""
     Beste Hilde,

     Hierbij de uitnodiging voor het tussentijds evaluatiegesprek.

     ________________________________________________________________________________
     Microsoft Teams-vergadering
     Deelnemen op uw computer, in de mobiele app of op een ruimteapparaat
     Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTFiYjUtYzA2Ni00ZjlkLWE3N2EtMDFhYTJmNjQ1ZGYx%40thread.v2/0>
     Vergadering-id: 364 882 120 771
     Wachtwoordcode: Xa7bQ2
     ________________________________________________________________________________
     """), html=teams_html, date="2024-12-04 09:12", rules=[], about=pid("jana_l"),
     note="Teams invitation: a meeting passcode that is part of the invitation is allowed",
     fmt=["alt", "meeting-invite"])

mail("zoom-infosessie-vdab", st("ldw"), ["Sofie Lauwers <sofie.lauwers@vdab.be>"], "Zoom-link infosessie jongeren",
     D("""
     Dag Sofie,

     Hier de link voor de online infosessie van donderdag 14u voor onze leerlingen van 18+:

     https://us02web.zoom.us/j/84123456781?pwd=aE5RUk1XQ2ZhdmJ0eHlPMDZpZz09
     Meeting-ID: 841 2345 6781
     Toegangscode: 551288

     Ik zorg dat de jongeren in lokaal B.020 zitten met de beamer. Kan jij de presentatie delen?

     Groetjes,
     Lotte
     """) + sig("ldw"), date="2025-01-13 11:34", rules=[], about=[],
     note="Zoom link with meeting passcode: allowed by default", fmt=["plain", "meeting-invite"])

mail("ticket-printer-lokaal-b014", st("hgo", True), [GENERAL["ict"]], "RE: [Ticket INC-0049213] printer B.014",
     D("""
     Hallo,

     De printer in B.014 geeft nog altijd foutcode 49.4C02. Ik heb hem herstart zoals gevraagd, zonder
     resultaat. Het ticketnummer is INC-0049213. Kan iemand woensdag tussen 10u en 12u langskomen?

     Hanne
     """), date="2024-10-22 09:41", rules=[], about=[], reply=True,
     note="ticket number and printer error code, no secret", fmt=["plain", "reply"])

mail("les-geldbeheer-pincode", st("ldw", True), [st("hgo", True)], "les geldbeheer PAV",
     D("""
     Hanne,

     Voor je les geldbeheer nog deze punten die ik in de budgetgesprekken vaak hoor:
     - je pincode geef je NOOIT door, ook niet als 'de bank' belt of sms't
     - itsme-code idem
     - leningen via 'koop nu, betaal later' zijn ook schulden
     - huur gaat altijd voor de gsm-rekening

     Misschien kan je het filmpje van Wikifin gebruiken?
     Lotte
     """), date="2024-11-20 15:10", rules=[], about=[],
     note="talks about PINs in general, no code given, no pupil", fmt=["plain"], cte="8bit")

mail("kastje-112-nora", st("gsm"), [pupil_addr("nora_ei")], "Je kastje",
     D("""
     Dag Nora,

     Je kreeg kastje nr. 112 in de gang bij de winkelklas. De sleutel kan je ophalen op het secretariaat tegen
     een waarborg van 10 euro. Die krijg je terug als je de sleutel in juni binnenbrengt.

     Greet Smets
     Leerlingensecretariaat
     """), date="2024-09-10 10:00", rules=[], about=pid("nora_ei"),
     note="locker number without any code; practical non-sensitive mail about one pupil", fmt=["plain"])

mail("overeenkomst-nummer-garage", st("jve"), ["Danny Schepers <danny@garage-heverlee.be>"], "Overeenkomst Emre Yilmaz - nummer",
     D("""
     Dag Danny,

     Voor de registratie: de overeenkomst alternerende opleiding van Emre Yilmaz heeft nummer OAO/2024/0147.
     Dat nummer moet u ook vermelden op het aanwezigheidsformulier dat u maandelijks doorstuurt.
     Het contract loopt van 1 oktober 2024 tot 30 juni 2025, 3 dagen per week in uw garage.

     Vriendelijke groeten,
     Jan Verstraeten
     Coördinator werkplekleren
     """), date="2024-10-02 14:00", rules=[], about=pid("emre_y"),
     note="contract number and dates of the contract: no secret, no sensitive fact", fmt=["plain"])

webex = D("""
Dag mevrouw Moens,

U bent uitgenodigd voor het overleg rond de werkplekken in de winkels (Webex).

Deelnemen: https://stroom.webex.com/stroom/j.php?MTID=m4c1e3f0b2a7d9e8f6a5b4c3d2e1f0a9b
Vergaderingsnummer: 2744 118 9031
Wachtwoord van vergadering: Mentor24

Tot dan,
Jan Verstraeten
""")
mail("webex-overleg-buurtsuper", st("jve"), ["Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"],
     "Uitnodiging: overleg werkplekken verkoop", webex, date="2025-02-03 10:05", rules=[], about=[],
     note="Webex meeting password inside an invitation: meeting passcodes are allowed", fmt=["plain", "meeting-invite"])

mail("mfa-uitleg-collega", st("wle"), [st("eyi")], "RE: rare code op mijn gsm",
     D("""
     Dag Elif,

     Dat is normaal: sinds maandag vragen we bij het aanmelden een tweede stap (MFA). De Authenticator-app
     toont een getal dat je moet intikken. Die code is alleen voor jou: geef hem nooit door aan iemand, ook
     niet aan mij of aan 'Microsoft' aan de telefoon. Wij zullen er nooit om vragen.

     Als je een melding krijgt terwijl je niet aan het inloggen bent: weigeren en mij verwittigen.

     Wim
     """), date="2024-09-18 12:02", rules=[], about=[], reply=True,
     note="explains MFA codes without giving any code", fmt=["plain", "reply"])

mail("personeelsnummer-tine", st("gsm"), ["Tine Wijns <tine.wijns@sintpieterscollege.be>"], "gegevens voor je dossier",
     D("""
     Dag Tine,

     Voor je aanstelling heb ik nog nodig: een kopie van je diploma en je bewijs van goed gedrag en zeden.
     Je personeelsnummer bij ons is 10458 en je stamboeknummer vind je op je vorige aanstellingen.
     Je badge voor de parking werkt vanaf maandag, je kan hem bij mij ophalen.

     Greet
     """), date="2024-12-02 09:55", rules=[], about=[],
     note="staff number and badge pick-up, nothing that opens anything", fmt=["plain"])

mail("no-passwords-by-mail-kaarna", st("wle"), ["Mari Virtanen <mari.virtanen@kaarna-edu.fi>"], "RE: access for our second teacher",
     D("""
     Dear Mari,

     Of course we can add Mr Laine to the channel. For security reasons we never send passwords by e-mail:
     he will receive an invitation link from Microsoft at his own address, and he chooses his own password.
     If the invitation does not arrive within a day, please check the spam folder.

     Best regards,
     Wim Lenaerts
     ICT coordinator, CDO Stroom Leuven
     """), date="2025-02-26 09:15", rules=[], about=[], lang="en", reply=True,
     note="English: explains that no password is sent; invitation link only", fmt=["plain", "reply"])

# ======================================================================
# 3. SENSITIVE mails about identifiable pupils
# ======================================================================

sv = K("stijn_v")
mail("verslag-sdj-stijn", st("bcl"), ["An Wellens <an.wellens@opgroeien.be>"],
     "Schoolverslag Stijn Vandeputte - zitting 18 februari",
     D("""
     Geachte mevrouw Wellens,

     Zoals gevraagd bezorg ik u hieronder ons verslag voor de zitting van 18 februari. Ik heb het ook als bijlage
     in ons leerlingvolgsysteem opgeladen.

     VERSLAG SCHOOL – CDO STROOM LEUVEN
     Betreft: Stijn Vandeputte, CDO-AUTO1 (traject arbeidsdeelname)
     Opgesteld door: Bram Claes, trajectbegeleider

     1. Schoolloopbaan
     Stijn is ingeschreven sinds september 2023. Hij volgt twee dagen per week les (PAV en autotechniek) en werkt drie dagen in Garage Heverlee met een overeenkomst alternerende opleiding.

     2. Situatie sinds de beschikking van juli 2024
     Na de feiten van juli (diefstal van een bromfiets en de vechtpartij aan het station waarvoor de politie een proces-verbaal opmaakte) werd Stijn door de jeugdrechter geplaatst in begeleidingstehuis De Wissel. Sinds die plaatsing is zijn aanwezigheid op school sterk verbeterd (september-december: 91% tegenover 64% vorig schooljaar).

     3. Gedrag
     Op 14 januari was er één incident: verbale agressie tegenover een leerkracht na een discussie over zijn gsm. Hij werd hiervoor één dag preventief geschorst. Sindsdien geen nieuwe incidenten. Op de werkplek is de werkgever tevreden over zijn inzet; hij komt stipt op tijd.

     4. Voorstel van de school
     We vragen om het traject op school en op de werkplek te kunnen verderzetten. Een overplaatsing naar een ander tehuis buiten Leuven zou betekenen dat hij zijn werkplek verliest.

     Met vriendelijke groeten,
     """) + sig("bcl", disclaimer=True), date="2025-02-10 16:44", rules=["sensitive"],
     cats=["psychosocial", "family"], about=pid("stijn_v"),
     note="school report for the youth-court social service: police, youth court, placement, suspension",
     fmt=["plain", "pasted-word"])

jh = K("jolien_h")
mail("jolien-bevallingsrust-kdv", st("sve"), ["Evelien Stas <evelien@kdv-hetrupsje.be>"], "Jolien Hermans - afwezigheid",
     D("""
     Dag Evelien,

     Even een update over Jolien Hermans: ze is vorige week bevallen van een dochtertje. Het was een
     keizersnede, dus ze is zeker tot half januari in moederschapsrust en mag daarna een paar weken niet
     zwaar tillen (kinderen optillen dus ook niet...). Ik bespreek met haar wanneer ze terug kan starten en
     laat jou iets weten.

     Mag ik vragen dit niet verder in het team te verspreiden? Jolien vertelt het liefst zelf.

     Groetjes,
     Sien
     """), date="2024-11-22 14:27", rules=["sensitive"], cats=["medical"], about=pid("jolien_h"),
     note="pupil's childbirth and caesarean recovery shared with her workplace", fmt=["plain"], cte="8bit")

mail("jolien-ocmw-kinderopvang", st("sve"), [pupil_addr("jolien_h")], "afspraak OCMW",
     D("""
     Hoi Jolien,

     Ik heb met mevrouw Vermeiren van het OCMW gebeld. Je leefloon loopt gewoon door zolang je
     ingeschreven blijft op school, maar ze moet wel elk trimester een attest van ons krijgen. Dat regel ik.

     Voor de kinderopvang van je dochtertje kan je een tarief volgens je inkomen krijgen. Daarvoor moet je
     dinsdag om 10u langsgaan bij het OCMW (Sociaal Huis, Andreas Vesaliusstraat), met je identiteitskaart
     en de laatste betaling van het leefloon.

     Als je wil, ga ik mee.
     Sien
     """), date="2024-12-09 09:18", rules=["sensitive"], cats=["financial"], about=pid("jolien_h"),
     note="young mother's living wage (leefloon) and income-based childcare", fmt=["plain"], cte="8bit")

mail("kevin-bzw-overleg", st("ldw"), ["Jeroen De Clercq <jeroen.declercq@thuisbasis-bzw.be>"], "Kevin - ochtenden",
     D("""
     Dag Jeroen,

     Ik wou even afstemmen over Kevin Dewitte. Sinds hij in de studio in de Tiensestraat woont (na de plaatsing
     door de jeugdrechter en het stopzetten van het contact met zijn mama) lukt het 's ochtends niet goed: hij
     was deze maand al 6 keer te laat op de werf bij Van Lommel. De werkgever is geduldig maar begint te morren.

     Kunnen jullie in de begeleiding iets doen rond een wekker / ritme? Kan ik volgende week eens mee op
     huisbezoek komen? Dinsdag of donderdag na 15u past voor mij.

     Groeten,
     Lotte
     """) + sig("ldw"), date="2024-11-13 12:50", rules=["sensitive"], cats=["family"], about=pid("kevin_d"),
     note="supervised independent living after a youth-court placement, no contact with mother",
     fmt=["plain"])

am = K("amina_s")
mail("attest-leefloon-amina", st("gsm"), ["Joke Vermeiren <joke.vermeiren@ocmw-leuven.be>"], "Attest inschrijving - dossier leefloon Amina Sow",
     D("""
     Geachte mevrouw Vermeiren,

     Op vraag van Lotte De Wachter (trajectbegeleider) bezorg ik u in bijlage het attest van inschrijving voor
     het leefloondossier van Amina Sow, geboren op 14/02/2005, ingeschreven in CDO-VERK2 sinds 2 september 2024.

     Met vriendelijke groeten,
     Greet Smets
     Leerlingensecretariaat CDO Stroom Leuven
     """), date="2024-10-04 11:02", rules=["sensitive", "personal_data"], cats=["financial"], about=pid("amina_s"),
     atts=[att_pdf("attest_inschrijving_Sow_Amina.pdf", ["ATTEST VAN INSCHRIJVING", "Amina Sow, geboren op 14/02/2005",
                                                          "is regelmatig ingeschreven in CDO Stroom Leuven, klas CDO-VERK2",
                                                          "Leuven, 4 oktober 2024"])],
     note="enrolment certificate for the living-wage file of the OCMW; date of birth given",
     fmt=["mixed", "attachment-pdf"])

mail("robbe-schuldhulp-caw", st("ldw"), ["Tine Deckers <tine.deckers@caw-dijleland.be>"], "Aanmelding budgetbegeleiding Robbe Geerts",
     D("""
     Dag Tine,

     Zoals telefonisch besproken meld ik Robbe Geerts (21) aan voor budgetbegeleiding. Een korte stand van zaken:

     - schulden telecom (Orange): ongeveer 1.150 euro, al bij een incassobureau
     - openstaande rekening bij ons op school: 480 euro, we hebben een afbetalingsplan van 40 euro per maand
     - boete De Lijn: 312 euro
     - inkomen: loon uit zijn deeltijds contract bij Haasrode Logistics (ongeveer 980 euro per maand)

     Hij is gemotiveerd, maar vergeet afspraken. Je kan hem het best bereiken op zijn gsm: 0486 12 34 90
     (liefst na 16u, overdag werkt hij).

     Groetjes,
     Lotte
     """) + sig("ldw", tb=True), date="2024-12-05 15:30", rules=["sensitive", "personal_data"],
     cats=["financial"], about=pid("robbe_g"),
     note="debts and payment plan of a named pupil for budget coaching; pupil's and shared phone numbers",
     fmt=["plain"])

arne_txt = D("""
Beste Ruth,

Bedankt voor het fijne gesprek gisteren. Zoals beloofd zet ik de afspraken voor Arne Vos nog eens op papier.

Arne heeft een diagnose autismespectrumstoornis (ASS). Op school werken we met deze redelijke aanpassingen, en we vragen of jullie die ook op de werkvloer kunnen toepassen:

- Vaste taken per dag, liefst op een planbord of briefje bij het begin van de shift.
- Veranderingen in het rooster minstens een dag op voorhand melden.
- Tijdens drukke momenten (ontbijtbuffet) mag hij een oordopje/koptelefoon dragen in de afwas.
- Eén vaste aanspreekpersoon (jij) voor vragen.

Het CLB volgt Arne mee op; zijn handelingsplan wordt in maart geëvalueerd.

Met vriendelijke groeten,
Ellen Baert
Zorgcoördinator CDO Stroom Leuven
""")
mail("arne-ass-aanpassingen-hotel", st("eba"), ["Ruth Pauwels <ruth.pauwels@hotel-ladeuze.be>"], "Afspraken werkplek Arne",
     arne_txt, html=html_page(hp(arne_txt)), date="2024-10-17 09:05", rules=["sensitive"], cats=["care"],
     about=pid("arne_v"), note="autism diagnosis, reasonable adjustments and CLB follow-up shared with employer",
     fmt=["alt"])

mail("jasper-rilatine-mama", st("kvb"), ["Hilde De Smet <hilde.desmet@telenet.be>"], "Jasper - middag",
     D("""
     Dag mevrouw De Smet,

     Ik wou u even laten weten dat het de laatste twee weken moeilijker gaat met Jasper in het atelier. Hij
     vertelde me dat hij zijn Rilatine 's middags niet meer neemt omdat hij er 'raar van wordt'. In de namiddag
     is hij heel onrustig en vorige donderdag ging het bijna mis met de slijpschijf.

     Ik weet dat zijn ADHD opgevolgd wordt door de kinderpsychiater. Misschien kan u dit bij de volgende
     controle aankaarten? Wij passen op school in elk geval de afspraken uit zijn zorgplan verder toe (korte
     opdrachten, pauze na een uur).

     Vriendelijke groeten,
     Koen Vandenbroeck
     Leerkracht praktijk bouw
     """), date="2025-01-20 17:05", rules=["sensitive"], cats=["medical", "care"], about=pid("jasper_ds"),
     note="medication and ADHD care plan, correctly addressed to the pupil's mother",
     fmt=["plain"])

mail("melissa-zwanger-kapsalon", st("eyi"), ["Lisa Vandamme <lisa@kapsalonlisa.be>"], "Melissa",
     D("""
     Dag Lisa,

     Melissa Wuyts heeft me vandaag verteld dat ze zwanger is (ongeveer 10 weken). Ze durfde het jou nog niet
     te zeggen. De arbeidsgeneesheer van de school zegt dat ze voorlopig niet met oxidatiekleuringen en
     permanentvloeistof mag werken. Kan ze in de plaats meer wassen, föhnen en aan de kassa staan?

     Ze komt het je zaterdag zelf vertellen, maar ik wilde je al verwittigen.

     Elif
     """), date="2024-11-04 18:22", rules=["sensitive"], cats=["medical"], about=pid("melissa_w"),
     note="pregnancy of a named pupil told to the employer", fmt=["plain"], cte="8bit")

mb = K("mohamed_b")
mb_rrn = rrn(2004, 6, 9, 87)
mail("arbeidsongeval-mohamed", st("pja"), ["Personeelsdienst Haasrode Logistics <hr@haasrode-logistics.be>"],
     "Aangifte arbeidsongeval Mohamed Bakkali 12/03",
     D("""
     Goeiemiddag,

     Voor de aangifte van het arbeidsongeval van gisteren bij jullie in hal 3 bezorg ik de gegevens die jullie
     vroegen:

     Naam: Mohamed Bakkali
     Rijksregisternummer: %s
     Statuut: leerling CDO met overeenkomst alternerende opleiding

     Mohamed werd na het ongeval met de transpallet naar de spoed van AZ Dijle gebracht. Hij heeft een diepe
     snijwonde aan de linkerhand (6 hechtingen) en een gekneusde pols. Hij heeft een doktersattest tot en met
     28 maart. Het attest bezorg ik jullie nog per post.

     Met vriendelijke groeten,
     Pieter Jacobs
     Trajectbegeleider CDO Stroom Leuven
     """ % mb_rrn), date="2025-03-13 13:41", rules=["sensitive", "personal_data"], cats=["medical"],
     about=pid("mohamed_b"), note="work accident injury, hospital visit and national register number",
     fmt=["plain"])

lg = K("lien_g")
mail("lien-epilepsie-wzc", st("sve"), ["Hilde Bogaerts <hilde.bogaerts@wzc-terlinde.be>"], "Lien Goris - belangrijk",
     D("""
     Dag Hilde,

     Voor Lien Goris start op jullie afdeling wil ik je iets belangrijks meegeven: Lien heeft epilepsie. Ze
     neemt medicatie (Depakine) en heeft al bijna een jaar geen aanval meer gehad, maar voor de zekerheid:

     - bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren
     - duurt het langer dan 5 minuten: 112 bellen
     - daarna altijd haar mama verwittigen: 0478 66 21 09 (mevrouw Vermeiren)

     Lien weet dat ik dit doorgeef. Ze mag geen nachtdiensten doen.

     Sien Verbeeck
     Trajectbegeleider
     """), date="2024-10-07 08:48", rules=["sensitive", "personal_data"], cats=["medical"], about=pid("lien_g"),
     note="epilepsy and medication; the mother's mobile number is personal data", fmt=["plain"])

mail("thibault-condoleances-fr", st("ldw"), ["Famille Lambert <famille.lambert@skynet.be>"], "Nos condoléances",
     D("""
     Chère Madame Lambert,

     Au nom de toute l'équipe du CDO, je vous présente nos sincères condoléances pour le décès de votre mari.

     Thibault peut prendre tout le temps nécessaire. Nous avons prévenu la brasserie : son absence est
     justifiée et son contrat n'est pas en danger. Quand il se sentira prêt, il peut reprendre d'abord deux
     jours à l'école, puis le travail.

     Nous pensons bien à vous et à Thibault.
     """) + sig_fr("ldw"), date="2024-11-26 09:15", rules=["sensitive"], cats=["family"],
     about=pid("thibault_l"), lang="fr",
     note="French condolence mail about the death of the pupil's father, correctly sent to the mother",
     fmt=["plain"])

mail("dario-vader-gevangenis", st("nou", True), [st("jve", True)], "Dario L.",
     D("""
     Jan,

     Even ter info voor je gesprek met de garage morgen: de papa van Dario Lombardi zit sinds september in de
     gevangenis van Leuven-Centraal. Dario moet nu thuis veel opvangen (mama werkt 's nachts, twee kleine
     broertjes). Dat verklaart waarom hij de maandagen vaak mist. Hij wil niet dat de garage het weet, dus
     graag discreet.

     Nadia
     """), date="2024-10-29 19:12", rules=["sensitive"], cats=["family"], about=pid("dario_l"),
     note="a parent in prison, internal mail", fmt=["plain"], cte="8bit")

mail("melding-clb-sanne", st("eba"), ["Ines Van Gorp <ines.vangorp@vclb-dijleland.be>"], "Dringend - Sanne Willems (VERK1)",
     D("""
     Dag Ines,

     Sanne Willems (16, CDO-VERK1) vertelde vanmorgen aan haar trajectbegeleider dat haar stiefvader haar
     gisteren geslagen heeft en dat het niet de eerste keer is. Ze had blauwe plekken op de bovenarm. Ze wil
     niet naar huis.

     In overleg met de directie hebben we het Vertrouwenscentrum Kindermishandeling gebeld. Sanne verblijft
     vannacht in de crisisopvang van Jeugdhulp; mama is door hen op de hoogte gebracht.

     Kan jij morgen mee in het overleg om 9u? Ik heb alles ook in het leerlingvolgsysteem gezet.

     Ellen
     """), date="2025-01-30 16:58", rules=["sensitive"], cats=["family"], about=pid("sanne_w"),
     note="violence at home and crisis placement reported to the CLB", fmt=["plain"])

mail("pesten-wout-bryan", st("kvb"), [st("eba"), st("kvh")], "Wout en Bryan (BOUW2)",
     D("""
     Ellen, Katrien,

     Na de praktijkles van vandaag kwam Wout Stevens huilend bij mij. Hij wordt al weken gepest door Bryan
     Smolders: zijn werkkledij werd in de container gegooid en gisteren zette Bryan een filmpje op TikTok
     waarin Wout wordt uitgelachen in de kleedkamer.

     Ik heb het filmpje gezien, het is echt erg. Bryan ontkent niet. Ik stel voor dat we Bryan een
     ordemaatregel geven (uitsluiting uit de praktijkles tot na het gesprek met de ouders) en dat Wout opgevolgd
     wordt door het CLB. Kunnen we morgen om 12u samenzitten?

     Koen
     """), date="2025-03-06 15:33", rules=["sensitive"], cats=["psychosocial", "care"], about=pid("wout_s", "bryan_s"),
     note="bullying victim and perpetrator named, with a disciplinary measure", fmt=["plain"])

mail("lara-zelfverwonding-clb", st("eba"), ["Ines Van Gorp <ines.vangorp@vclb-dijleland.be>"], "Lara De Vos",
     D("""
     Ines,

     Vandaag merkte een leerkracht sneden op aan de onderarmen van Lara De Vos (VERK1). In het gesprek met mij
     gaf Lara toe dat ze zichzelf snijdt sinds de kerstvakantie. Ze zegt dat ze niet aan zelfdoding denkt.
     Mama (mevrouw De Vos) werd door mij opgebeld en komt morgen langs.

     Kan het CLB haar snel zien? Ze staat open voor een gesprek met jou, niet met een 'vreemde'.

     Ellen Baert
     Zorgcoördinator
     """), date="2025-02-04 14:02", rules=["sensitive"], cats=["psychosocial", "care"], about=pid("lara_dv"),
     note="self-harm of a named pupil reported to the CLB", fmt=["plain"])

mail("febe-paniekaanvallen-papa", st("ldw"), ["Wim Coppens <wim.coppens@proximus.be>"], "Febe",
     D("""
     Dag meneer Coppens,

     Bedankt om terug te bellen. Zoals afgesproken vat ik het even samen.

     Febe is de laatste drie weken maar één dag op school geweest. Ze vertelde me dat ze paniekaanvallen krijgt
     op de bus en dat ze 's nachts niet slaapt van de stress over de salon. We stellen voor:

     - een aangepast rooster: de komende twee weken enkel op school de donderdag, nog niet naar de salon
     - een gesprek met de CLB-medewerker op school
     - dat u met de huisarts bekijkt of verdere hulp nodig is

     Ik bel Febe vrijdag zelf nog eens op.

     Met vriendelijke groeten,
     Lotte De Wachter
     """), date="2025-02-19 17:40", rules=["sensitive"], cats=["psychosocial", "care"], about=pid("febe_c"),
     note="anxiety and school refusal, correctly addressed to the pupil's father; Windows-1252 quoted-printable",
     fmt=["plain-cp1252"], charset="windows-1252", cte="quoted-printable")

mail("milan-depressie-hotel", st("pja"), ["Ruth Pauwels <ruth.pauwels@hotel-ladeuze.be>"], "Milan Schoofs - afwezig",
     D("""
     Dag Ruth,

     Milan Schoofs zal de komende weken niet komen werken. Hij kampt met een zware depressie en heeft een
     attest van zijn huisarts tot eind november.

     Hij vroeg me uitdrukkelijk om het jou te laten weten, omdat hij zich schaamt om zelf te bellen. Zijn plaats
     in de keuken blijft toch vrij? Ik kom graag eens langs om zijn terugkeer voor te bereiden.

     Groet,
     Pieter
     """), date="2024-10-31 11:11", rules=["sensitive"], cats=["psychosocial", "medical"], about=pid("milan_s"),
     note="depression and sick note of a named pupil told to the employer", fmt=["plain"])

km = K("kenzo_m")
mail("re-kenzo-diefstal-buurtsuper", st("jve"), ["Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"], "RE: Kenzo",
     D("""
     Dag Kathleen,

     Dank voor uw duidelijke mail. Ik begrijp dat u de overeenkomst met Kenzo Martens niet wil verderzetten.
     We hebben Kenzo vandaag op school gesproken; hij geeft toe dat hij de bonnen heeft meegenomen. Hij wordt
     door de school voor drie dagen geschorst en we starten een tuchtdossier. Het proces-verbaal van de
     politie volgt zijn eigen weg.

     Ik zoek voor hem een nieuwe werkplek; ik laat u nog weten wanneer we de werkkledij komen terugbrengen.

     Met vriendelijke groeten,
     Jan Verstraeten
     """) + q_outlook("Kathleen Moens <kathleen.moens@buurtsuperdijle.be>", "maandag 20 januari 2025 18:05",
                      "Jan Verstraeten <jan.verstraeten@sintpieterscollege.be>", "Kenzo", D("""
     Beste meneer Verstraeten,

     Zaterdag hebben we Kenzo betrapt toen hij waardebonnen uit de kassa nam (ongeveer 150 euro). We hebben de
     politie gebeld, zij hebben een PV opgemaakt. We willen niet verder met hem.

     Kathleen Moens
     Filiaalverantwoordelijke Buurtsuper Dijle Kessel-Lo
     """)), date="2025-01-21 12:20", rules=["sensitive"], cats=["psychosocial"], about=pid("kenzo_m"), reply=True,
     note="theft at the workplace, police report and suspension", fmt=["plain", "reply"])

mail("senne-hypo-papa", st("dme"), ["Geert Wouters <geert.wouters@proximus.be>"], "Senne vandaag",
     D("""
     Dag meneer Wouters,

     Senne had vandaag tijdens de praktijkles in de keuken een hypo. Hij werd bleek en begon te trillen; we
     hebben hem suiker en een boterham gegeven en na een kwartier ging het beter. Hij had zijn insulinepen en
     zijn meter in de kleedkamer laten liggen.

     Kan u met hem afspreken dat hij zijn materiaal altijd bij heeft in de keuken? Wij voorzien een plaatsje
     in de koelkast van de leraarskamer als dat helpt.

     Vriendelijke groeten,
     Dirk Mertens
     """), date="2025-02-13 16:10", rules=["sensitive"], cats=["medical"], about=pid("senne_w"),
     note="diabetes incident, correctly addressed to the pupil's father", fmt=["plain"])

mail("senne-hypo-mis", st("dme"), ["sofie.wouters@telenet.be"], "Senne - insuline",
     D("""
     Beste mevrouw Wouters,

     Nog een vervolg op mijn mail aan uw man van vorige week. Senne had vandaag opnieuw een lichte hypo op zijn
     werkplek in de brasserie. Volgens de chef had hij zijn insulinepen weer niet bij. Misschien kan de
     diabetesverpleegkundige van het ziekenhuis nog eens met hem praten over het meenemen van zijn materiaal?

     Vriendelijke groeten,
     Dirk Mertens
     Leerkracht praktijk horeca
     """), date="2025-02-20 15:55", rules=["sensitive", "recipient"], cats=["medical"], about=pid("senne_w"),
     mis=True, note="diabetes of Senne Wouters sent to sofie.wouters@ (mother of Jens Maes): autocomplete on the surname",
     fmt=["plain"])

jv = K("jordy_vh")
mail("jordy-afbetalingsplan-papa", st("mpe"), ["Jurgen Van Hove <vanhove.jurgen@proximus.be>"], "Afbetalingsplan schoolrekening Jordy",
     D("""
     Geachte heer Van Hove,

     Zoals besproken met de trajectbegeleider bevestig ik het afbetalingsplan voor de openstaande schoolrekening
     van Jordy (totaal 412,60 euro: werkkledij, veiligheidsschoenen en de VCA-proef):

     - 4 maandelijkse schijven van 103,15 euro, telkens voor de 10de van de maand
     - eerste betaling op 10 februari 2025
     - rekeningnummer %s, met vermelding "Jordy Van Hove - afbetaling"

     Als er een schijf niet lukt, laat het ons dan op tijd weten; dan zoeken we samen een oplossing.

     Met vriendelijke groeten,
     Marc Peeters
     Boekhouding
     """ % SCHOOL_IBAN), date="2025-01-27 10:48", rules=["sensitive", "personal_data"], cats=["financial"],
     about=pid("jordy_vh"), note="unpaid bill and payment plan for a named pupil; school IBAN is personal_data",
     fmt=["plain"])

mail("ayoub-schooltoeslag-mama", st("nou"), ["Nadia Chakir <chakir.nadia@hotmail.com>"], "Schooltoeslag voor Ayoub",
     D("""
     Beste mevrouw Chakir,

     Ayoub vertelde me dat het thuis financieel moeilijk is sinds uw man zijn werk kwijt is. Ik wil u graag
     helpen: Ayoub heeft waarschijnlijk recht op een schooltoeslag van het Groeipakket. Die wordt normaal
     automatisch toegekend, maar bij een verandering van inkomen moet u zelf een aanvraag doen bij uw
     uitbetaler (Infino, FONS, ...).

     Voor de openstaande factuur van 85 euro voor zijn werkschoenen hoeft u zich geen zorgen te maken: die mag
     later betaald worden, of in stukjes.

     Kom gerust eens langs als ik u kan helpen met de aanvraag.

     Nadia Ouali
     Trajectbegeleider
     """), date="2024-12-10 14:22", rules=["sensitive"], cats=["financial"], about=pid("ayoub_c"),
     note="financial hardship, school allowance and deferred bill, correctly addressed to the mother",
     fmt=["plain"])

# table of pupils, workplaces and remarks (facts in passing)
tbl_keys = ["andreea_p", "melissa_w", "stijn_v", "kevin_d", "mats_h", "emre_y", "jana_l", "sem_a"]
filler_dys = klas("CDO-LOG1", 1)[0]
tbl = [["Leerling", "Klas", "Werkplek", "Mentor", "Opmerking"],
       [K("andreea_p").name, "CDO-ZORG1", "WZC Ter Linde", "H. Bogaerts", "leefloon OCMW - trimesterattest nodig"],
       [K("melissa_w").name, "CDO-KAP1", "Kapsalon Lisa", "L. Vandamme", "zwanger, geen kleuringen"],
       [K("stijn_v").name, "CDO-AUTO1", "Garage Heverlee", "D. Schepers", "jeugdrechter: zitting 18/2, tehuis De Wissel"],
       [K("kevin_d").name, "CDO-BOUW2", "Bouwbedrijf Van Lommel", "P. Van Lommel", "woont alleen (BZW) na plaatsing"],
       [K("mats_h").name, "CDO-LOG1", "Haasrode Logistics", "J. Cools", ""],
       [K("emre_y").name, "CDO-AUTO1", "Garage Heverlee", "D. Schepers", ""],
       [K("jana_l").name, "CDO-ZORG1", "WZC Ter Linde", "H. Bogaerts", ""],
       [filler_dys.name, filler_dys.klas, "Haasrode Logistics", "J. Cools", "dyslexie: instructies ook mondeling geven"],
       [K("sem_a").name, "CDO-BOUW2", "Bouwbedrijf Van Lommel", "P. Van Lommel", ""]]
intro = "Collega's,\n\nHierbij de stand van zaken van de werkplekken voor het overleg van vrijdag. Vul gerust aan.\n"
mail("stand-werkplekken-tabel", st("jve"), [st("ldw"), st("bcl"), st("sve")], "Stand werkplekken februari",
     intro + "\n" + ttable(tbl) + "\nJan\n",
     html=html_page(hp(intro) + htable(tbl) + hp("\nJan")), date="2025-02-12 08:30", rules=["sensitive"],
     cats=["financial", "medical", "psychosocial", "family", "care"],
     about=[pid(k)[0] for k in tbl_keys] + [filler_dys.id],
     note="Outlook table of pupils and workplaces; the remarks column carries sensitive facts in passing",
     fmt=["alt", "html-table"])

b1 = [K("jens_m"), K("jasper_ds"), K("brent_v"), K("niels_vd")] + klas("CDO-BOUW1", 3)
kr = D("""
Collega's,

Hieronder het verslag van de klassenraad CDO-BOUW1 van dinsdag. Graag opmerkingen voor vrijdag.

KLASSENRAAD CDO-BOUW1 – 10 december 2024
Aanwezig: K. Vandenbroeck (klastitularis), H. Goossens, B. Claes, E. Baert, CLB (I. Van Gorp)

Algemeen: de klas draait goed, de werf aan de tuinmuur vordert. Aanwezigheid gemiddeld 87%.

Individuele bespreking:
- {0}: ouders zijn aan het scheiden, Jens pendelt tussen twee huizen en is vaak moe. Opvolgen door trajectbegeleider.
- {1}: ADHD, zorgplan wordt verder toegepast. Medicatie 's middags wordt niet genomen, mama werd verwittigd.
- {2}: geen bijzonderheden, goede evaluatie werkgever.
- {3}: dyslexie, voorleessoftware op de laptop werkt nu. Examen PAV met verlengde tijd.
- {4}: schoolrekening nog niet betaald (2de herinnering verstuurd), gesprek met boekhouding.
- {5}: uitsluiting uit de praktijkles (2 dagen) na het gooien met een hamer. Gesprek met ouders gepland.
- {6}: attest VCA behaald, proficiat!

Volgende klassenraad: 11 maart 2025.

Koen
""").format(*[p.name for p in b1])
mail("verslag-klassenraad-bouw1", st("kvb"), ["team-cdo@spc.ksleuven.be"], "Verslag klassenraad CDO-BOUW1",
     kr, date="2024-12-12 21:10", rules=["sensitive", "bcc"], cats=["family", "medical", "care", "financial", "psychosocial"],
     about=[p.id for p in b1],
     note="class council minutes pasted from Word with per-pupil facts, sent to a staff list visible in To",
     fmt=["plain", "pasted-word", "group-in-to"])

mail("daniel-clb-referral-en", st("nou"), ["Haile Tesfaye <tesfaye.h@gmail.com>"], "Daniel - CLB test",
     D("""
     Dear Mr Tesfaye,

     Thank you for coming to school yesterday. As we discussed, Daniel finds reading and writing in Dutch very
     hard, harder than we expect after two years in Belgium. We would like to ask the CLB (the school's
     pupil guidance centre) to test him for dyslexia. The test is free. We need your signature on the form that
     Daniel brings home.

     Until the results are known, Daniel may use a reading pen in class and he gets extra time for tests.

     """) + sig_en("nou"), date="2025-01-09 12:30", rules=["sensitive"], cats=["care"], about=pid("daniel_t"),
     lang="en", note="CLB referral for a dyslexia test and adjustments, correctly sent to the father",
     fmt=["plain"])

mail("maxime-dyslexie-fr", st("eba"), ["Isabelle Martin <isabelle.martin@skynet.be>"], "Aménagements pour Maxime",
     D("""
     Madame,

     Suite à notre entretien avec le CLB, je vous confirme les aménagements raisonnables pour Maxime Dubois,
     compte tenu de sa dyslexie et de sa dysorthographie :

     - temps supplémentaire (un tiers) pour les épreuves écrites ;
     - les consignes sont lues à voix haute ;
     - utilisation du logiciel de lecture sur son ordinateur portable ;
     - les fautes d'orthographe ne sont pas sanctionnées en dehors du cours de néerlandais.

     Ces mesures seront évaluées au conseil de classe de mars.

     Bien à vous,
     Ellen Baert
     Coordinatrice des soins – CDO Stroom Leuven
     """), date="2024-10-24 13:05", rules=["sensitive"], cats=["care"], about=pid("maxime_d"), lang="fr",
     note="French mail: dyslexia and reasonable adjustments, correctly sent to the mother", fmt=["plain"])

mail("yassin-ontslag-mis", st("bcl"), ["Familie El Amrani <elamrani.family@telenet.be>"], "Gesprek over Yassin",
     D("""
     Beste mevrouw, meneer El Amrani,

     Ik moet u helaas laten weten dat Haasrode Logistics de overeenkomst met uw zoon Yassin heeft stopgezet.
     Gisteren kwam het tot een conflict met een ploegleider, waarbij Yassin een collega een duw gaf. De
     werkgever heeft hem onmiddellijk naar huis gestuurd. Op school volgt een tuchtgesprek.

     Ik zou u graag samen met Yassin zien op donderdag 17 oktober om 16u op school, om te bekijken hoe we
     verder gaan en welke nieuwe werkplek mogelijk is.

     Met vriendelijke groeten,
     Bram Claes
     Trajectbegeleider
     """), date="2024-10-14 17:25", rules=["sensitive", "recipient"], cats=["psychosocial"], about=pid("yassin_ea"),
     mis=True, note="about Yassin El Amrani, sent to the El Amrani family of Ilias (same surname, other family)",
     fmt=["plain"])

nj = K("noah_j")
mail("noah-janssens-clb-mis", st("ldw"), ["Griet Vanparys <griet.vanparys@telenet.be>"], "RE: Noah morgen afwezig",
     D("""
     Dag mevrouw,

     Nog iets anders: ik wou u laten weten dat Noah Janssens volgende week getest wordt door het CLB. De
     leerkrachten merken dat hij erg traag leest en veel fouten maakt; we vermoeden dyslexie. Tot de resultaten
     er zijn, krijgt hij in de PAV-lessen meer tijd en de teksten ook digitaal.

     Groetjes,
     Lotte
     """) + q_outlook("Griet Vanparys <griet.vanparys@telenet.be>", "maandag 18 november 2024 07:12",
                      "Lotte De Wachter <lotte.dewachter@sintpieterscollege.be>", "Noah morgen afwezig",
                      "Dag Lotte, Noah is morgen afwezig, hij moet met mij naar het stadhuis voor zijn identiteitskaart. Groetjes Griet\n"),
     date="2024-11-18 12:40", rules=["sensitive", "recipient"], cats=["care"], about=pid("noah_j"), mis=True,
     reply=True, note="reply in the thread of Noah Vermeulen's mother, but about Noah Janssens (CLB, suspected dyslexia)",
     fmt=["plain", "reply"])

mail("ella-schoolrekening-mis", st("mpe"), ["An Verheyen <an.verhaegen@telenet.be>"], "Openstaande rekening Ella Nijs",
     D("""
     Beste mevrouw Verheyen,

     Uit onze boekhouding blijkt dat er voor Ella Nijs nog 320 euro openstaat (kappersmateriaal en de
     schoolrekening van het eerste trimester). We begrijpen uit het gesprek met de trajectbegeleider dat het
     momenteel financieel moeilijk is. We stellen een afbetalingsplan voor van 40 euro per maand.

     Laat u ons weten of dat haalbaar is?

     Met vriendelijke groeten,
     Marc Peeters
     Boekhouding
     """), date="2025-01-14 11:35", rules=["sensitive", "recipient"], cats=["financial"], about=pid("ella_n"),
     mis=True, note="Ella Nijs' unpaid bill sent to an.verhaegen@ (mother of Kobe Verhaegen) instead of an.verheyen@",
     fmt=["plain"])

mail("sarah-claessens-therapie-mis", st("eba"), ["Luc Claes <luc.claes@skynet.be>"], "Sarah - verslag psycholoog",
     D("""
     Beste meneer Claessens,

     Bedankt om het verslag van de psycholoog door te sturen. Ik heb het in het leerlingdossier van Sarah
     Claessens gezet. We volgen het advies: Sarah mag de komende weken op dinsdagnamiddag naar haar therapie in
     het CGG, en op school krijgt ze een time-outkaart voor de lessen PAV.

     Het CLB volgt mee op. We plannen een evaluatie na de krokusvakantie.

     Met vriendelijke groeten,
     Ellen Baert
     Zorgcoördinator
     """), date="2025-01-31 10:05", rules=["sensitive", "recipient"], cats=["care"], about=pid("sarah_cs"),
     mis=True, note="about Sarah Claessens (therapy, CLB) but sent to luc.claes@, father of Sarah Claes",
     fmt=["plain"])

mail("lucas-knee-surgery-mis", st("pja"), ["novak.marko@gmail.com"], "Lucas - absence",
     D("""
     Dear Mr Nowak,

     Thank you for letting us know that Lucas had knee surgery at AZ Dijle last Friday. I have informed his
     employer, Haasrode Logistics, that he will be absent for at least four weeks. Could you please send us
     the doctor's certificate? After that, we will look at lighter tasks for Lucas (no lifting, no ladders).

     We wish him a quick recovery.

     Pieter Jacobs
     Pathway counsellor, CDO Stroom Leuven
     """), date="2025-03-03 09:22", rules=["sensitive", "recipient"], cats=["medical"], about=pid("lucas_n"),
     mis=True, lang="en", note="Lucas Nowak's surgery sent to the father of Luka Novak (similar name)",
     fmt=["plain"])

mail("jill-verblijfsregeling-mis", st("eyi"), ["Rudi Vanderlinden <vanderlinden.rudi@skynet.be>"], "Jill - ophalen",
     D("""
     Beste meneer Vanderlinden,

     Ik begrijp dat Jill sinds de scheiding om de week bij u verblijft en dat er een vonnis is over het verblijf.
     Mama liet ons weten dat volgens het vonnis enkel zij Jill op woensdag mag ophalen. Wij moeten ons daaraan
     houden; ik hoop dat u dat begrijpt. Als er iets verandert, bezorgt u ons dan een kopie van het nieuwe vonnis?

     Met vriendelijke groeten,
     Elif Yildiz
     Klastitularis CDO-KAP1
     """), date="2025-03-19 16:30", rules=["sensitive", "recipient"], cats=["family"], about=pid("jill_v"),
     mis=True, note="custody arrangement of Jill Vanderlinden sent to Brent Vanderlinden's father (assumed sibling)",
     fmt=["plain"])

mail("lara-opname-vanuit-gmail", "Pieter Jacobs <%s>" % PRIVATE["pja"], [st("eba")], "Lara",
     D("""
     Ellen, ik kan niet aan mijn schoolmail op de laptop thuis, daarom even zo.
     De mama van Lara De Vos belde me net: Lara is vannacht opgenomen op de spoed en daarna in UPC KU Leuven
     (jeugdpsychiatrie), na een poging met pillen. Ze blijft zeker een paar weken. Mama vraagt om het niet in de
     klas te vertellen. Kunnen we morgen om 8u samenzitten?
     Pieter
     """), date="2025-02-24 22:47", rules=["sensitive", "private_account"], cats=["psychosocial", "medical"],
     about=pid("lara_dv"), env_from=PRIVATE["pja"],
     note="suicide attempt and psychiatric admission mailed from a private gmail account",
     fmt=["plain"], cte="8bit")

fin = [K("amina_s"), K("robbe_g"), K("jolien_h"), K("andreea_p"), K("jordy_vh")]
rows = [["Naam", "Klas", "Situatie", "Opvolging"],
        [fin[0].name, fin[0].klas, "leefloon OCMW; budgetbegeleiding CAW", "attest trimester"],
        [fin[1].name, fin[1].klas, "schulden telecom + De Lijn; afbetalingsplan school 40/maand", "CAW Tine D."],
        [fin[2].name, fin[2].klas, "leefloon; kinderopvang inkomenstarief", "OCMW J. Vermeiren"],
        [fin[3].name, fin[3].klas, "huurachterstal 3 maanden; leefloon", "OCMW 19/3"],
        [fin[4].name, fin[4].klas, "afbetalingsplan schoolrekening 4 x 103,15", "boekhouding"]]
mail("fw-lijst-financiele-opvolging-prive", st("ldw"), ["lotte.dw88@gmail.com"], "FW: lijst financiële opvolging",
     D("""
     voor thuis, morgen afwerken
     """) + fwd_block("Lotte De Wachter <lotte.dewachter@sintpieterscollege.be>", "di 11 mrt. 2025 om 17:02",
                      "lijst financiële opvolging", "Jan Verstraeten <jan.verstraeten@sintpieterscollege.be>",
                      "Jan, in bijlage de lijst voor het overleg met het OCMW. Lotte\n"),
     date="2025-03-11 17:40", rules=["sensitive", "private_account"], cats=["financial"],
     about=[p.id for p in fin], atts=[att_csv("financiele_opvolging_maart.csv", rows)],
     note="staff member forwards a CSV of pupils' living wage and debts to her own gmail",
     fmt=["mixed", "forward", "attachment-csv"])

mail("ahmed-schorsing-brief", st("kvh"), [pupil_addr("ahmed_s")], "Beslissing: tijdelijke uitsluiting",
     D("""
     Beste Ahmed,

     Na de vechtpartij van maandag 24 februari aan de ingang van de school, waarbij een medeleerling gewond
     raakte aan het gezicht, heb ik beslist je tijdelijk uit te sluiten van 26 februari tot en met 28 februari
     2025. Je kan in die periode ook niet naar je werkplek gaan.

     Op maandag 3 maart om 8u30 verwacht ik je op mijn bureau voor een herstelgesprek. De getekende brief is je
     ook aangetekend toegestuurd; daarin vind je hoe je beroep kan aantekenen.

     Met vriendelijke groeten,
     Katrien Vanhoof
     Directeur
     """), date="2025-02-25 15:00", rules=["sensitive"], cats=["psychosocial"], about=pid("ahmed_s"),
     note="disciplinary exclusion after a fight, sent to the adult pupil himself", fmt=["plain"])

tibo = K("tibo_g")
mail("tibo-handelingsplan-brasserie", st("eba"), ["Geert Luyten <geert@brasseriedemarkt.be>"], "Handelingsplan Tibo",
     D("""
     Dag Geert,

     In bijlage vind je de afspraken uit het handelingsplan van Tibo Goossens die ook voor de werkplek gelden.
     Het gaat vooral over de kassa en het afrekenen. Bedankt om ze mee op te volgen!

     Ellen
     """), date="2024-11-08 10:15", rules=["sensitive"], cats=["care"], about=pid("tibo_g"),
     atts=[att_docx("Handelingsplan_Tibo_Goossens_werkplek.docx", [
         "Handelingsplan werkplek – Tibo Goossens (CDO-HOR1)",
         "Vastgestelde moeilijkheid: dyscalculie (attest CLB, 2022).",
         "Afspraken: Tibo mag een rekenmachine gebruiken bij het afrekenen; geen cash tellen zonder controle.",
         "Bestellingen laten noteren op het bestelsysteem, niet uit het hoofd.",
         "Evaluatie: maart 2025, met trajectbegeleider en zorgcoördinator."])],
     note="care plan for dyscalculia sent to the employer as .docx", fmt=["mixed", "attachment-docx"])

mail("kelly-clb-opvolging-ouders", st("ldw"), ["peeters.vandamme@telenet.be"], "Kelly - CLB",
     D("""
     Beste ouders van Kelly,

     Zoals telefonisch afgesproken: het CLB start met een begeleiding voor Kelly Peeters rond studiekeuze en
     haar leerproblemen bij de theorielessen. Mevrouw Van Gorp van het CLB neemt contact met jullie op voor een
     eerste gesprek. Op school krijgt Kelly tot dan extra tijd en de teksten in een groter lettertype.

     Vriendelijke groeten,
     Lotte De Wachter
     """), date="2024-12-17 13:20", rules=["sensitive"], cats=["care"], about=pid("kelly_p"),
     note="CLB follow-up and adjustments for Kelly Peeters, sent to the parents' address she shares with her brother Dylan",
     fmt=["plain"])

vdab_keys = ["kobe_v", "stijn_v", "laura_s"]
mail("jobbeurs-vdab-kandidaten", st("bcl"), ["Sofie Lauwers <sofie.lauwers@vdab.be>"], "Jobbeurs logistiek 27/3 - kandidaten",
     D("""
     Dag Sofie,

     Voor de jobbeurs logistiek van 27 maart heb ik drie kandidaten die ik graag inschrijf:

     - Kobe Verhaegen (CDO-LOG2): heftruckattest behaald, zoekt een voltijdse job na juni
     - Laura Smets (CDO-VERK2): wil graag naar orderpicking, heeft een rijbewijs B
     - Stijn Vandeputte ga ik toch niet inschrijven: zolang zijn dossier bij de jeugdrechtbank loopt en hij in
       het tehuis verblijft, kan hij geen ploegen doen.

     Laat je weten hoe laat ze er moeten zijn?

     Groeten,
     Bram
     """), date="2025-03-10 10:44", rules=["sensitive"], cats=["psychosocial", "family"],
     about=pid(*vdab_keys),
     note="mostly ordinary, but one pupil's youth-court file and placement are mentioned in passing",
     fmt=["plain"])

afw_rows = [["Leerling", "Klas", "Reden", "Gewettigd"],
            [K("milan_s").name, "CDO-HOR2", "ziek - attest huisarts", "ja"],
            [K("jolien_h").name, "CDO-ZORG1", "dochtertje ziek", "ja"],
            [K("aya_h").name, "CDO-KAP1", "controle dermatoloog ziekenhuis", "ja"],
            [K("sem_a").name, "CDO-BOUW2", "trein", "nee"]]
mail("afwezigheden-vandaag-html", "Leerlingensecretariaat CDO <%s>" % GENERAL["sec"],
     [st("pja"), st("sve"), st("eyi"), st("kvb")], "Afwezigheden dinsdag 4 februari",
     None, html=html_page(hp("Dag allemaal,\n\nDe afwezigen van vandaag:\n") + htable(afw_rows) +
                          hp("\nGroetjes,\nGreet")),
     date="2025-02-04 09:20", rules=["sensitive"], cats=["medical"], about=pid("milan_s", "jolien_h", "aya_h", "sem_a"),
     note="HTML-only absence list with medical reasons per pupil, to four individual colleagues",
     fmt=["html-only", "html-table"])

# ======================================================================
# 4. PERSONAL mails about one pupil WITHOUT sensitive facts
#    (incl. misdirected ones and correctly addressed look-alikes)
# ======================================================================

mail("rayan-vca-attest-mis", st("bcl"), ["Fatima Benali <fatima.benali@gmail.com>"], "Rayan Benali - VCA-attest",
     D("""
     Beste mevrouw Benali,

     Goed nieuws: Rayan is geslaagd voor zijn proef basisveiligheid VCA! Het attest mag hij volgende week bij
     mij ophalen. Daarmee kan hij ook op de werven van grotere bedrijven aan de slag.

     Proficiat aan Rayan, hij heeft er hard voor gewerkt.

     Met vriendelijke groeten,
     Bram Claes
     Trajectbegeleider
     """), date="2025-03-21 11:50", rules=["recipient"], about=pid("rayan_b"), mis=True,
     note="good news about Rayan Benali sent to fatima.benali@ (mother of Yassin El Amrani): surname autocomplete; no sensitive fact",
     fmt=["plain"])

mail("noah-diallo-rooster-mis", st("nou"), ["Kim (mama Noah) <kim.janssens@hotmail.com>"], "Nieuw werkrooster Noah",
     D("""
     Dag mevrouw,

     Vanaf maandag 13 januari werkt Noah Diallo in de Buurtsuper in Kessel-Lo op maandag, woensdag en vrijdag
     van 8u tot 16u30. De dinsdag en donderdag blijven schooldagen. Hij moet zich maandag om 7u45 melden bij
     Kathleen Moens aan de personeelsingang.

     Vriendelijke groeten,
     Nadia Ouali
     """), date="2025-01-08 14:12", rules=["recipient"], about=pid("noah_d"), mis=True,
     note="work schedule of Noah Diallo sent to the contact 'mama Noah', who is the mother of Noah Janssens",
     fmt=["plain"])

mail("imane-lader-mis", st("gsm"), ["fam.bouzidi@telenet.be"], "Laptoplader Imane",
     D("""
     Beste ouders,

     Imane Bouzid heeft haar laptoplader laten liggen in lokaal B.020. Hij ligt op het leerlingensecretariaat,
     ze mag hem daar ophalen tijdens de middagpauze.

     Greet Smets
     Leerlingensecretariaat
     """), date="2024-10-23 12:05", rules=["recipient"], about=pid("imane_b"), mis=True,
     note="lost charger of Imane Bouzid sent to the family of Ilyas Bouzidi", fmt=["plain"])

mail("maxime-horaire-mis-fr", st("nou"), ["Nathalie Dubois <nathalie.dubois@skynet.be>"], "Horaire de Maxime à Wavre",
     D("""
     Bonjour Madame Dubois,

     Voici l'horaire de Maxime au restaurant Le Petit Rempart à partir du 4 novembre :
     lundi, mercredi et samedi, de 10h à 15h et de 18h à 22h. Le restaurant fournit la tenue de cuisine;
     Maxime doit seulement apporter ses chaussures de sécurité.

     Le train de 9h12 depuis Louvain arrive à temps à Wavre.

     """) + sig_fr("nou"), date="2024-10-30 10:20", rules=["recipient"], about=pid("maxime_d"), mis=True, lang="fr",
     note="Maxime Dubois' schedule sent to the mother of Louise Dubois (same surname, other family)",
     fmt=["plain"])

mail("dylan-rapport-mis", st("kvb"), ["Ann Peeters <ann.peeters@telenet.be>"], "Dylan - evaluatie werkplek",
     D("""
     Beste mevrouw Peeters,

     Ik was vorige week op bezoek bij de werkgever van Dylan. Patrick Van Lommel is heel tevreden: Dylan Peeters
     is stipt, werkt veilig en leert snel metselen. Zijn evaluatie voor het tweede trimester is 'zeer goed'.
     Het rapport krijgt hij vrijdag mee.

     Vriendelijke groeten,
     Koen Vandenbroeck
     """), date="2025-03-24 17:02", rules=["recipient"], about=pid("dylan_p"), mis=True,
     note="Dylan Peeters' report sent to ann.peeters@ (mother of Marie Peeters), not to Dylan's parents",
     fmt=["plain"])

# correctly addressed, tricky recipients
mail("ilias-rooster-garage", st("jve"), ["Familie El Amrani <elamrani.family@telenet.be>"], "Ilias - ander rooster",
     D("""
     Beste ouders,

     Vanaf volgende week wisselen de dagen van Ilias: hij gaat op maandag en dinsdag naar school en werkt van
     woensdag tot vrijdag in Garage Heverlee. De garage vroeg dat omdat er op maandag te weinig werk is.

     Zijn overeenkomst blijft verder hetzelfde.

     Met vriendelijke groeten,
     Jan Verstraeten
     """), date="2024-11-14 09:33", rules=[], about=pid("ilias_ea"),
     note="Ilias El Amrani's schedule, correctly sent to his own family's address", fmt=["plain"])

mail("jens-vca-mama", st("kvb"), ["Sofie Wouters <sofie.wouters@telenet.be>"], "Jens geslaagd!",
     D("""
     Dag mevrouw Wouters,

     Ik wilde u even laten weten dat Jens gisteren geslaagd is voor zijn VCA-proef. Hij was er zelf heel blij
     mee. Proficiat!

     Koen
     """), date="2025-03-21 12:10", rules=[], about=pid("jens_m"),
     note="certificate of Jens Maes, correctly sent to his mother whose address does not spell his surname",
     fmt=["plain"], cte="8bit")

mail("yassin-nieuwe-werkplek-mama", st("bcl"), ["Fatima Benali <fatima.benali@gmail.com>"], "Nieuwe werkplek Yassin",
     D("""
     Beste mevrouw Benali,

     Yassin kan op maandag 4 november starten bij Bakkerij Devos in Heverlee, in de inpakafdeling. Het contract
     loopt tot eind juni. Hij werkt van 6u tot 13u30; de eerste dag ga ik mee.

     Wilt u de overeenkomst die hij meekrijgt mee ondertekenen en terugbezorgen?

     Met vriendelijke groeten,
     Bram Claes
     """), date="2024-10-28 15:20", rules=[], about=pid("yassin_ea"),
     note="practical info about Yassin El Amrani, correctly sent to his mother (different surname)",
     fmt=["plain"])

mail("dylan-evaluatie-ouders", st("kvb"), ["peeters.vandamme@telenet.be"], "Evaluatie Dylan",
     D("""
     Beste ouders,

     Dylan heeft een heel goede evaluatie gekregen van zijn werkgever: stipt, vriendelijk en handig. Hij mag
     vanaf april ook mee naar de grotere werven. Proficiat!

     Koen Vandenbroeck
     """), date="2025-03-25 08:15", rules=[], about=pid("dylan_p"),
     note="Dylan Peeters' evaluation correctly sent to the address he shares with his sister Kelly",
     fmt=["plain"])

mail("re-noah-afwezig-genoteerd", st("ldw"), ["Griet Vanparys <griet.vanparys@telenet.be>"], "RE: Noah morgen afwezig",
     D("""
     Dag mevrouw Vanparys,

     Bedankt voor de verwittiging, ik heb het doorgegeven aan de werf. Noah mag vrijdag zijn werkkledij komen
     ophalen op het secretariaat.

     Groetjes,
     Lotte
     """) + q_outlook("Griet Vanparys <griet.vanparys@telenet.be>", "maandag 18 november 2024 07:12",
                      "Lotte De Wachter <lotte.dewachter@sintpieterscollege.be>", "Noah morgen afwezig",
                      "Dag Lotte, Noah is morgen afwezig, hij moet met mij naar het stadhuis voor zijn identiteitskaart. Groetjes Griet\n"),
     date="2024-11-18 08:05", rules=[], about=pid("noah_v"), reply=True,
     note="reply to Noah Vermeulen's mother about her own son (the surname is not in her address)",
     fmt=["plain", "reply"])

mail("rayan-maat-werkkledij", st("gsm"), ["Rachid Benali <rachid.benali@hotmail.com>"], "Maat werkkledij Rayan",
     D("""
     Beste meneer Benali,

     Voor de bestelling van de werkkledij van Rayan hebben we nog zijn maat nodig (overall en schoenen).
     Kan u die doorgeven vóór vrijdag?

     Dank u,
     Greet Smets
     """), date="2024-09-16 10:45", rules=[], about=pid("rayan_b"),
     note="practical question about Rayan Benali, correctly addressed to his father", fmt=["plain"])

mail("ella-werkplek-gevonden", st("pja"), ["An Verheyen <an.verheyen@telenet.be>"], "Werkplek Ella",
     D("""
     Dag mevrouw Verheyen,

     Goed nieuws: Ella Nijs kan vanaf 1 februari aan de slag in Salon Nathalie in Heverlee, op woensdag,
     vrijdag en zaterdag. Het kennismakingsgesprek ging heel vlot.

     Groeten,
     Pieter Jacobs
     """), date="2025-01-24 16:30", rules=[], about=pid("ella_n"),
     note="Ella Nijs' new workplace, correctly sent to an.verheyen@ (not an.verhaegen@)", fmt=["plain"])

mail("kobe-heftruck-mama", st("pja"), ["an.verhaegen@telenet.be"], "Heftruckattest Kobe",
     D("""
     Dag mevrouw Verhaegen,

     Kobe heeft vandaag zijn heftruckattest behaald bij Haasrode Logistics. Een mooie stap richting een vaste
     job! Het attest zit in zijn map.

     Pieter
     """), date="2025-02-28 15:05", rules=[], about=pid("kobe_v"),
     note="certificate of Kobe Verhaegen, correctly sent to his mother", fmt=["plain"], cte="8bit")

mail("sarah-claes-evaluatie-papa", st("nou"), ["Luc Claes <luc.claes@skynet.be>"], "Evaluatie Sarah",
     D("""
     Beste meneer Claes,

     De evaluatie van Sarah in de Buurtsuper is heel positief: vriendelijk voor de klanten en ze kan nu
     zelfstandig de kassa afsluiten. Ze krijgt er in april een extra dag bij als ze dat wil.

     Met vriendelijke groeten,
     Nadia Ouali
     """), date="2025-03-18 13:37", rules=[], about=pid("sarah_c"),
     note="evaluation of Sarah Claes correctly sent to her own father (another Sarah Claessens exists)",
     fmt=["plain"])

mail("jill-kappersbeurs-mama", st("eyi"), ["Mieke Stroobants <mieke.stroobants@telenet.be>"], "Kappersbeurs Antwerpen",
     D("""
     Dag mevrouw Stroobants,

     Op maandag 24 maart gaan we met de klas van Jill naar de kappersbeurs in Antwerpen. We vertrekken om 8u15
     aan het station van Leuven en zijn terug rond 17u. De treinkaart betaalt de school; Jill brengt zelf een
     lunchpakket mee.

     Groetjes,
     Elif Yildiz
     """), date="2025-03-12 19:20", rules=[], about=pid("jill_v"),
     note="trip details for Jill Vanderlinden, correctly sent to her mother", fmt=["plain"])

mail("marie-ehbo-attest", st("sve"), ["Ann Peeters <ann.peeters@telenet.be>"], "Attest EHBO Marie",
     D("""
     Dag mevrouw Peeters,

     Marie heeft de cursus EHBO van het Rode Kruis met succes afgerond. Het attest is belangrijk voor haar
     werk in het woonzorgcentrum, dus bewaar het goed (ze kreeg een kopie mee, het origineel zit in haar dossier).

     Vriendelijke groet,
     Sien Verbeeck
     """), date="2025-02-06 11:00", rules=[], about=pid("marie_p"),
     note="first-aid certificate of Marie Peeters, correctly sent to her mother", fmt=["plain"])

# other non-sensitive personal mails
mh = K("mats_h")
mail("rooster-mats-januari", st("bcl"), ["Jurgen Cools <jurgen.cools@haasrode-logistics.be>"], "Rooster Mats januari",
     D("""
     Dag Jurgen,

     Voor januari: Mats heeft op 13 en 14 januari een inhaalproef op school (maandag en dinsdag), dus die
     week kan hij enkel woensdag tot vrijdag komen. De andere weken blijft het rooster zoals afgesproken.

     Groeten,
     Bram
     """), date="2024-12-18 10:00", rules=[], about=pid("mats_h"),
     note="work schedule of one pupil to the employer, nothing sensitive", fmt=["plain"], cte="8bit")

mail("lisa-getuigschrift", st("eyi"), [pupil_addr("lisa_vr")], "Proficiat!",
     D("""
     Lieve Lisa,

     Het is officieel: de klassenraad heeft beslist dat je je getuigschrift haarzorg behaald hebt! De
     uitreiking is op vrijdag 27 juni om 19u in de feestzaal. Je mag twee personen meebrengen.

     Ik ben echt trots op je.
     Elif
     """), date="2025-06-20 15:45", rules=[], about=pid("lisa_vr"),
     note="certificate obtained, sent to the pupil", fmt=["plain"])

mail("sem-veiligheidsschoenen", st("kvb", True), ["Patrick Van Lommel <patrick@vanlommel-bouw.be>"], "schoenen Sem",
     D("""
     Patrick, mag Sem Aerts zijn nieuwe veiligheidsschoenen bij jullie in het magazijn ophalen of moet hij ze
     zelf kopen? Maat 44. Laat maar iets weten.
     Koen
     """), date="2024-09-24 12:30", rules=[], about=pid("sem_a"),
     note="practical question about one pupil to the employer", fmt=["plain"], cte="8bit")

wm = K("ward_m")
ts = [["Week", "Datum", "Begin", "Einde", "Pauze", "Uren", "Paraaf mentor"]]
for d, day in [("ma", "03/02"), ("wo", "05/02"), ("vr", "07/02"), ("ma", "10/02"), ("wo", "12/02"), ("vr", "14/02")]:
    ts.append(["6-7", "%s %s" % (d, day), "08:00", "16:30", "0:30", "8:00", ""])
mail("tijdsregistratie-ward-februari", st("jve"), ["Danny Schepers <danny@garage-heverlee.be>"], "Tijdsregistratie Ward februari",
     D("""
     Dag Danny,

     In bijlage de tijdsregistratie van Ward Michiels voor de eerste helft van februari zoals hij ze op school
     invulde. Kan u ze nakijken en paraferen? Dan kunnen we ze doorsturen voor de leervergoeding.

     Jan
     """), date="2025-02-17 08:50", rules=[], about=pid("ward_m"),
     atts=[att_xlsx("Tijdsregistratie_Ward_Michiels_feb2025.xlsx", ts)],
     note="time sheet of one pupil as ordinary .xlsx, nothing sensitive", fmt=["mixed", "attachment-xlsx"])

mail("laura-verlenging-contract", st("nou"), ["Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"], "Verlenging Laura",
     D("""
     Dag Kathleen,

     Laura Smets vroeg of haar overeenkomst na juni verlengd kan worden tot eind augustus, als vakantiejob.
     Voor ons is dat geen probleem. Als jullie akkoord zijn, maak ik het aanhangsel klaar.

     Groetjes,
     Nadia
     """), date="2025-05-12 11:11", rules=[], about=pid("laura_s"),
     note="contract extension question for one pupil, nothing sensitive", fmt=["plain"])

mail("maxime-visite-wavre-fr", st("nou"), ["Benoît Lejeune <benoit@lepetitrempart.be>"], "Visite le 12 décembre",
     D("""
     Bonjour Monsieur Lejeune,

     Je vous confirme ma visite le jeudi 12 décembre vers 15h pour l'évaluation de Maxime. Cela durera une
     demi-heure environ. Si ce moment ne vous convient pas, n'hésitez pas à me proposer une autre date.

     Bien cordialement,
     Nadia Ouali
     """), date="2024-12-02 16:05", rules=[], about=pid("maxime_d"), lang="fr",
     note="French: practical visit planning about one pupil, nothing sensitive", fmt=["plain"])

# ======================================================================
# 5. GENERAL LETTERS to all pupils / parents / staff / employers (must pass)
# ======================================================================
DIR = "Directie CDO Stroom Leuven <directie@spc.ksleuven.be>"
UNDISC = "undisclosed-recipients:;"

g1 = D("""
Beste ouders, beste leerlingen,

Welkom in het nieuwe schooljaar van het Centrum voor Deeltijds Onderwijs Stroom Leuven!

De meeste van onze leerlingen zijn meerderjarig en krijgen deze brief zelf. Voor de minderjarige leerlingen
sturen we hem ook naar de ouders.

Enkele praktische afspraken:
- De lessen beginnen om 8u25 en eindigen om 15u50. Op woensdag eindigen we om 12u05.
- Elke leerling heeft een trajectbegeleider. Die helpt bij het zoeken naar een werkplek, volgt de overeenkomst op en is je eerste aanspreekpunt.
- Afwezig? Verwittig vóór 8u30 het leerlingensecretariaat én je werkplek.
- Een leenlaptop is mogelijk; vraag ernaar bij je trajectbegeleider.
- Smartschool blijft ons belangrijkste communicatiekanaal. Kijk er elke dag op.

Het schoolreglement en de jaarkalender vind je op Smartschool bij 'Documenten'.

We kijken uit naar een fijn schooljaar samen.

Katrien Vanhoof
Directeur CDO Stroom Leuven
""")
mail("brief-start-schooljaar", DIR, [DIR], "Welkom in het schooljaar 2024-2025", g1,
     html=html_page(hp(g1)), bcc=["ouders.cdo@spc.ksleuven.be", "leerlingen.cdo@leerling.sintpieterscollege.be"],
     date="2024-08-29 10:00", rules=[], about=[],
     note="general start-of-year letter to all parents and pupils, lists in BCC only", fmt=["alt", "bcc-envelope"])

mail("brief-clb-informatie", DIR, [UNDISC], "Informatie over het CLB",
     D("""
     Beste ouders, beste leerlingen,

     Onze school werkt samen met het Vrij CLB Dijleland. Het CLB (Centrum voor Leerlingenbegeleiding) helpt
     leerlingen bij vragen over leren en studeren, de onderwijsloopbaan, preventieve gezondheidszorg en het
     psychisch en sociaal functioneren.

     Wat doet het CLB concreet?
     - Het CLB kan een leerling begeleiden bij leerproblemen of leerstoornissen zoals dyslexie.
     - Het CLB voert systematische contactmomenten en vaccinaties uit.
     - Bij problematische afwezigheden werkt de school verplicht samen met het CLB.
     - Leerlingen en ouders kunnen ook zelf, gratis en vertrouwelijk, bij het CLB aankloppen.

     Het CLB heeft een eigen dossier en werkt onder beroepsgeheim. Meer informatie vindt u in de brochure in
     bijlage en op de website van het CLB.

     Met vriendelijke groeten,
     De directie en het CLB-team
     """), bcc=["ouders.cdo@spc.ksleuven.be", "leerlingen.cdo@leerling.sintpieterscollege.be"],
     atts=[att_pdf("CLB_brochure_2024-2025.pdf", ["Vrij CLB Dijleland - Brochure voor ouders en leerlingen",
                                                  "Leren en studeren - Onderwijsloopbaan - Gezondheid - Psychisch en sociaal functioneren"])],
     date="2024-09-06 09:00", rules=[], about=[],
     note="general CLB information letter to everybody, no pupil named", fmt=["mixed", "attachment-pdf", "bcc-envelope"])

mail("brief-medicatiebeleid", DIR, [DIR], "Medicatie op school en op de werkplek",
     D("""
     Beste ouders, beste leerlingen,

     Regelmatig krijgen we de vraag of leerkrachten medicatie mogen geven. Daarom zetten we onze afspraken nog
     eens op een rij:

     1. Medicatie op school wordt enkel gegeven met een ingevuld en door de arts ondertekend attest
        (formulier 'Medicatie op school', te vinden op Smartschool).
     2. Meerderjarige leerlingen zijn zelf verantwoordelijk voor hun medicatie, ook op de werkplek.
     3. Heb je een chronische aandoening waar collega's op de werkplek van moeten weten? Bespreek met je
        trajectbegeleider wat je wil delen. Wij geven niets door zonder jouw toestemming.
     4. Bij ziekte of een ongeval op school verwittigen we de contactpersoon uit Smartschool. Controleer dus of
        je gegevens kloppen.

     Met vriendelijke groeten,
     Katrien Vanhoof, directeur
     """), bcc=["ouders.cdo@spc.ksleuven.be", "leerlingen.cdo@leerling.sintpieterscollege.be"],
     date="2024-09-13 11:30", rules=[], about=[],
     note="general medication policy letter, nobody identified", fmt=["plain", "bcc-envelope"])

mail("brief-antipestbeleid-leerlingen", DIR, [DIR], "Samen tegen pesten - ook online en op de werkvloer",
     D("""
     Beste leerling,

     In de week tegen pesten willen we het nog eens duidelijk zeggen: pesten, uitlachen, filmpjes maken en
     doorsturen zonder toestemming, racistische of seksistische opmerkingen... dat hoort niet thuis op school,
     en ook niet op je werkplek of in de groepschat van de klas.

     Word je gepest, of zie je dat iemand anders gepest wordt?
     - Spreek je trajectbegeleider, een leerkracht of de zorgcoördinator aan.
     - Je kan ook een bericht sturen via Smartschool naar 'Vertrouwenspersoon'.
     - Anoniem praten kan bij Awel (gratis, via de website of chat).

     Wie pest, krijgt een gesprek en een herstelopdracht; bij ernstige feiten volgt een tuchtmaatregel volgens
     het schoolreglement.

     Het team van CDO Stroom Leuven
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be"], date="2025-02-17 08:00", rules=[], about=[],
     note="general anti-bullying letter to all pupils", fmt=["plain", "bcc-envelope"])

mail("brief-herinnering-rekeningen", "Boekhouding CDO Stroom Leuven <boekhouding@spc.ksleuven.be>",
     ["Boekhouding CDO Stroom Leuven <boekhouding@spc.ksleuven.be>"], "Herinnering: openstaande schoolrekeningen",
     D("""
     Beste ouders, beste leerlingen,

     Bij de afsluiting van het eerste trimester stellen we vast dat nog een aantal schoolrekeningen (werkkledij,
     veiligheidsschoenen, attesten) niet betaald zijn. Wie nog een openstaande rekening heeft, vindt die terug
     in Smartschool bij 'Schoolrekeningen'.

     Lukt het financieel niet om de rekening in één keer te betalen? Neem dan gerust discreet contact op met
     de boekhouding of met je trajectbegeleider. Een afbetalingsplan is altijd bespreekbaar, en niemand wordt
     uitgesloten van activiteiten omdat een rekening nog openstaat.

     Heb je intussen al betaald? Dan mag je deze herinnering als niet verzonden beschouwen.

     Met vriendelijke groeten,
     Marc Peeters
     Boekhouding
     """), bcc=["ouders.cdo@spc.ksleuven.be", "leerlingen.cdo@leerling.sintpieterscollege.be"],
     date="2025-01-06 09:30", rules=[], about=[],
     note="payment reminder sent to everybody, no one named, no IBAN", fmt=["plain", "bcc-envelope"])

mail("agenda-personeelsvergadering", DIR, [DIR], "Agenda personeelsvergadering 14 januari",
     D("""
     Beste collega's,

     De personeelsvergadering gaat door op dinsdag 14 januari om 15u45 in de refter.

     Agenda
     1. Nieuwjaarswoord
     2. Terugblik op de werkplekbezoeken van het eerste trimester (Jan)
     3. Nieuw: de digitale tijdsregistratie voor de werkgevers
     4. Privacy: afspraken rond mailen over leerlingen (met de DPO van LKSD)
     5. Planning opendeurdag 22 maart
     6. Varia

     Wie verhinderd is, verwittigt het secretariaat.

     Katrien
     """), bcc=["personeel.cdo@spc.ksleuven.be"], date="2025-01-09 16:20", rules=[], about=[],
     note="staff meeting agenda, staff list in BCC", fmt=["plain", "bcc-envelope"])

mail("uitnodiging-mentoravond", DIR, [DIR], "Uitnodiging mentoravond 28 november",
     D("""
     Geachte werkgever, beste mentor,

     Graag nodigen we u uit op onze jaarlijkse mentoravond op donderdag 28 november 2024 om 18u30 in de
     feestzaal van de school (Dijlekaai 14, Leuven).

     Programma
     18u30  onthaal met broodjes
     19u00  nieuw: de digitale evaluatie van uw leerling-werknemer
     19u30  de nieuwe regels rond het duaal leren en de deeltijdse overeenkomsten
     20u15  netwerkmoment

     Gelieve in te schrijven via het formulier op onze website vóór 20 november.

     Met vriendelijke groeten,
     Katrien Vanhoof, directeur
     Jan Verstraeten, coördinator werkplekleren
     """), bcc=["werkgevers.cdo@spc.ksleuven.be", "mentoren.cdo@spc.ksleuven.be"],
     date="2024-11-04 10:15", rules=[], about=[],
     note="invitation to all employers and mentors, lists in BCC", fmt=["plain", "bcc-envelope"])

mail("brief-evaluatieweek", DIR, [UNDISC], "Evaluatieweek PAV en BGV",
     D("""
     Beste leerling,

     Van maandag 9 december tot vrijdag 13 december is het evaluatieweek. Je komt die week op je gewone
     schooldagen naar school; je werkdagen blijven gewoon doorlopen.

     - Breng je laptop opgeladen mee.
     - De planning per klas staat op Smartschool.
     - Ben je ziek? Dan heb je een doktersattest nodig om de proef later in te halen.

     Veel succes!
     Het lerarenteam
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be"], date="2024-11-29 12:00", rules=[], about=[],
     note="general letter to all pupils about the evaluation week", fmt=["plain", "bcc-envelope"], cte="8bit")

mail("brief-staking-de-lijn", DIR, [DIR], "Staking openbaar vervoer maandag",
     D("""
     Beste leerlingen,

     Maandag is er een nationale actiedag en rijden er weinig bussen en treinen. De school is open. Probeer
     met de fiets te komen of spreek af om samen te rijden. Raak je echt niet op school of op je werkplek?
     Verwittig dan vóór 8u30 het leerlingensecretariaat en je werkgever. Je afwezigheid wordt dan gewettigd.

     De directie
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be", "ouders.cdo@spc.ksleuven.be"],
     date="2025-01-10 14:40", rules=[], about=[],
     note="general strike notice to all pupils and parents", fmt=["plain", "bcc-envelope"])

mail("brief-schooltoeslag-info", DIR, [DIR], "Heb je recht op een schooltoeslag?",
     D("""
     Beste ouders, beste leerlingen,

     Ook in het deeltijds onderwijs kan je recht hebben op een schooltoeslag van het Groeipakket. Die wordt
     meestal automatisch uitbetaald, maar niet altijd, bijvoorbeeld als je gezinssituatie of inkomen
     veranderde, of als je meerderjarig bent en alleen woont.

     Twijfel je? Kijk op de website van het Groeipakket of vraag hulp aan je trajectbegeleider. Ook voor
     andere financiële vragen (werkkledij, abonnement, schulden) kan je bij ons terecht: we zoeken samen naar
     een oplossing, in alle vertrouwen.

     Met vriendelijke groeten,
     Het team trajectbegeleiding
     """), bcc=["ouders.cdo@spc.ksleuven.be", "leerlingen.cdo@leerling.sintpieterscollege.be"],
     date="2024-10-11 09:00", rules=[], about=[],
     note="general information about school allowance, nobody identified", fmt=["plain", "bcc-envelope"])

mail("brief-laptops-inleveren", "ICT CDO Stroom <ict@spc.ksleuven.be>", ["ICT CDO Stroom <ict@spc.ksleuven.be>"],
     "Leenlaptops inleveren vóór 20 juni",
     D("""
     Beste leerling,

     Heb je dit schooljaar een leenlaptop van de school gebruikt? Breng hem dan ten laatste op vrijdag 20 juni
     terug naar lokaal A.012, samen met de lader en de hoes.

     - Haal je eigen bestanden er vooraf af (zet ze op je OneDrive of een USB-stick).
     - Meld schade eerlijk: dan bekijken we samen wat er moet gebeuren.
     - Volg je volgend schooljaar nog les bij ons? Dan mag je je laptop soms houden. Vraag het even.

     ICT-helpdesk CDO Stroom Leuven
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be"], date="2025-06-02 10:00", rules=[], about=[],
     note="general letter about returning loan laptops", fmt=["plain", "bcc-envelope"])

mail("brief-dpo-mailen-over-leerlingen", "Aanspreekpunt informatieveiligheid LKSD <privacy@lksd.ksleuven.be>",
     ["Aanspreekpunt informatieveiligheid LKSD <privacy@lksd.ksleuven.be>"], "Herinnering: mailen over leerlingen",
     D("""
     Beste collega's,

     Naar aanleiding van enkele incidenten in de scholen van de scholengroep herhalen we de belangrijkste
     afspraken uit ons communicatiebeleid:

     - Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg en financieel) hoort
       in het leerlingvolgsysteem, niet in een mail.
     - Gebruik voor schoolzaken altijd je schoolaccount, nooit je privé-mailbox.
     - Zet groepsadressen en meerdere ouders altijd in BCC.
     - Verstuur nooit een wachtwoord per mail, ook niet naar een collega.
     - Controleer bij het automatisch aanvullen van adressen of je de juiste ouder kiest, zeker bij gelijke
       familienamen.
     - Iets misgelopen? Meld het meteen aan het meldpunt datalekken: privacy@lksd.ksleuven.be.

     Dank voor jullie zorg!

     Het aanspreekpunt informatieveiligheid van LKSD
     """), bcc=["personeel@spc.ksleuven.be"], date="2025-01-20 08:00", rules=[], about=[],
     note="DPO's general reminder to all staff; talks about passwords and sensitive data without carrying any",
     fmt=["plain", "bcc-envelope"])

mail("brief-infosessie-jobstart", DIR, [DIR], "Infosessie Jobstart Leuven - werk zoeken na juni",
     D("""
     Beste leerling,

     Stop je in juni met school, of wil je naast je opleiding meer uren werken? Jobstart Leuven en VDAB
     komen op woensdag 19 februari om 13u uitleg geven in de refter:

     - hoe schrijf ik me in als werkzoekende?
     - wat is een brugproject of een werkervaringstraject?
     - hoe zit het met je kinderbijslag en je rechten als je stopt met school?

     Inschrijven hoeft niet. Breng gerust een vriend(in) mee.

     Het team trajectbegeleiding
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be"], date="2025-02-10 11:20", rules=[], about=[],
     note="general invitation for all pupils to an info session of a youth employment project",
     fmt=["plain", "bcc-envelope"])

gfr = D("""
Chers parents, chers élèves,

Bienvenue au Centre d'enseignement à horaire réduit (CDO) Stroom Leuven pour l'année scolaire 2024-2025.

Quelques informations pratiques :
- Les cours commencent à 8h25 et se terminent à 15h50 (le mercredi à 12h05).
- Chaque élève a un accompagnateur de parcours qui l'aide à trouver un lieu de travail et suit le contrat.
- En cas d'absence, prévenez le secrétariat des élèves avant 8h30, ainsi que l'employeur.
- Smartschool est notre principal canal de communication.

Le règlement scolaire (en néerlandais) se trouve sur Smartschool. N'hésitez pas à demander une explication à
l'accompagnateur de parcours de votre enfant.

Katrien Vanhoof
Directrice
""")
mail("lettre-rentree-fr", DIR, [DIR], "Bienvenue - année scolaire 2024-2025", gfr, html=html_page(hp(gfr)),
     bcc=["ouders.cdo@spc.ksleuven.be"], date="2024-08-29 10:05", rules=[], about=[], lang="fr",
     note="French version of the start-of-year letter, list in BCC", fmt=["alt", "bcc-envelope"])

mail("letter-newcomer-parents-en", DIR, [UNDISC], "Welcome to the reception class (CDO-ONTH)",
     D("""
     Dear parents,

     Your son or daughter has started in our reception class CDO-ONTH. In this class, young people who are new
     in Belgium learn Dutch and get to know the world of work, before they start in a vocational class.

     - Lessons: Monday to Friday, 8.25 am to 3.50 pm (Wednesday until 12.05).
     - Your child gets a laptop from the school. It must come back in June.
     - The school's messages are on Smartschool. Please install the app.
     - If your child is ill, please call or send a message to the pupil office before 8.30 am.

     On Thursday 10 October at 6 pm we organise a welcome evening with interpreters (Arabic, Tigrinya,
     Ukrainian, Polish). You are very welcome.

     Kind regards,
     Katrien Vanhoof
     Head of CDO Stroom Leuven
     """), bcc=["ouders.cdo-onth@spc.ksleuven.be"], date="2024-09-25 13:00", rules=[], about=[], lang="en",
     note="English general letter to all parents of the reception class, list in BCC", fmt=["plain", "bcc-envelope"])

mail("kerstdrink-personeel", st("kvh"), [st("kvh")], "Kerstdrink vrijdag 20/12",
     D("""
     Lieve collega's,

     Na een druk trimester mogen we klinken! Vrijdag 20 december na de laatste les (vanaf 12u30) in de
     keuken van de horecaklas. Dirk en zijn leerlingen zorgen voor hapjes, de school voor de drank.

     Partners zijn welkom. Laat even weten of je komt via het formulier op Smartschool.

     Katrien
     """), bcc=["personeel.cdo@spc.ksleuven.be"], date="2024-12-11 17:30", rules=[], about=[],
     note="staff party invitation, staff list in BCC", fmt=["plain", "bcc-envelope"], cte="8bit")

mail("brief-afwezigheden-regels", DIR, [DIR], "Afwezigheden: wat moet je doen?",
     D("""
     Beste leerling,

     Omdat er veel vragen komen over afwezigheden, nog eens de regels:

     - Ziek op een schooldag: een verklaring van je ouders (max. 4 keer per schooljaar) of een doktersattest.
     - Ziek op een werkdag: je werkgever verwittigen én een attest bezorgen, zoals elke werknemer.
     - Meer dan 5 halve dagen ongewettigd afwezig? Dan worden je ouders (als je minderjarig bent) en het CLB
       verwittigd, en maken we samen een begeleidingsplan.
     - Te veel ongewettigde afwezigheden kunnen gevolgen hebben voor je kinderbijslag of schooltoeslag.

     Vragen? Je trajectbegeleider helpt je graag.

     De directie
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be", "ouders.cdo@spc.ksleuven.be"],
     date="2024-10-18 08:30", rules=[], about=[],
     note="general absence rules (mentions CLB generally), nobody identified", fmt=["plain", "bcc-envelope"])

mail("brief-welzijnsbevraging", DIR, [UNDISC], "Hoe gaat het met jou? Korte bevraging",
     D("""
     Beste leerling,

     We willen weten hoe je je voelt op school en op je werkplek. Daarom vragen we je om deze week de korte
     (anonieme) bevraging in te vullen via de link op Smartschool. Het duurt ongeveer 10 minuten.

     De resultaten bespreken we in de leerlingenraad. Niemand ziet wat jij persoonlijk hebt geantwoord.

     Dank je wel!
     De werkgroep welzijn
     """), bcc=["leerlingen.cdo@leerling.sintpieterscollege.be"], date="2025-03-03 09:45", rules=[], about=[],
     note="general wellbeing survey invitation", fmt=["plain", "bcc-envelope"])

mail("nieuwe-badges-personeel", st("kvh"), [st("kvh")], "Nieuwe toegangsbadges vanaf 1 maart",
     D("""
     Beste collega's,

     Vanaf 1 maart werken de deuren van de zij-ingang en het atelier met badges in plaats van met een
     cijfercode. Je nieuwe badge kan je vanaf 24 februari ophalen bij Greet op het secretariaat.

     Wie buiten de schooluren binnen moet, krijgt van Greet persoonlijk de alarmprocedure uitgelegd. Die
     procedure en de codes sturen we om veiligheidsredenen nooit per mail.

     Verlies je je badge? Meld het meteen, dan wordt hij geblokkeerd.

     Katrien
     """), bcc=["personeel.cdo@spc.ksleuven.be"], date="2025-02-18 12:15", rules=[], about=[],
     note="general staff letter about badges; says codes are never mailed, contains none",
     fmt=["plain", "bcc-envelope"])

mail("bedankbrief-werkgevers-evaluatie", st("jve"), [st("jve")], "Bedankt voor dit schooljaar + eindevaluatie",
     D("""
     Geachte werkgever, beste mentor,

     Het schooljaar loopt op zijn einde. Van harte bedankt om ook dit jaar jongeren kansen te geven op de
     werkvloer. Zonder u zou ons deeltijds onderwijs niet bestaan.

     In bijlage vindt u het formulier voor de eindevaluatie. Vult u het in vóór 13 juni via het portaal of op
     papier? Uw trajectbegeleider komt het eventueel ophalen.

     Een fijne zomer gewenst,
     Jan Verstraeten
     Coördinator werkplekleren
     """), bcc=["werkgevers.cdo@spc.ksleuven.be"], date="2025-05-28 14:00", rules=[], about=[],
     atts=[att_pdf("Eindevaluatie_werkplek_2025.pdf", ["Eindevaluatie werkplekleren 2024-2025",
                                                       "Naam leerling: ...............  Werkplek: ..............."])],
     note="thank-you letter to all employers with a blank evaluation form; list in BCC",
     fmt=["mixed", "attachment-pdf", "bcc-envelope"])

# ======================================================================
# 6. ORDINARY mail: bcc, private_account, attachment, personal_data cases
# ======================================================================

emp = ["Geert Luyten <geert@brasseriedemarkt.be>", "Patrick Van Lommel <patrick@vanlommel-bouw.be>",
       "Lisa Vandamme <lisa@kapsalonlisa.be>", "Jurgen Cools <jurgen.cools@haasrode-logistics.be>",
       "Hilde Bogaerts <hilde.bogaerts@wzc-terlinde.be>", "Ruth Pauwels <ruth.pauwels@hotel-ladeuze.be>",
       "Danny Schepers <danny@garage-heverlee.be>", "Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"]
mail("herinnering-mentoravond-alle-werkgevers-in-aan", st("jve"), emp, "Herinnering: mentoravond donderdag",
     D("""
     Beste mentoren,

     Een kleine herinnering: donderdag om 18u30 is onze mentoravond in de feestzaal. Wie zich nog niet heeft
     ingeschreven, mag gewoon een mailtje terugsturen. Er is parking op de speelplaats.

     Tot donderdag!
     Jan Verstraeten
     """), date="2024-11-25 09:10", rules=["bcc"], about=[],
     note="eight employers' addresses visible to each other in To", fmt=["plain"])

mail("uitstap-horecabeurs-ouders-hor1", st("dme"), ["Ouders CDO-HOR1 <ouders.cdo-hor1@spc.ksleuven.be>"],
     "Uitstap Horecabeurs Gent 18 november",
     D("""
     Beste ouders,

     Op maandag 18 november gaan we met de klas CDO-HOR1 naar de Horecabeurs in Gent. We vertrekken met de
     trein om 8u05 in Leuven en zijn terug rond 17u30. De kostprijs (25 euro, toegang en treinticket) komt op
     de schoolrekening.

     Gelieve het strookje op Smartschool in te vullen voor vrijdag.

     Dirk Mertens
     """), date="2024-10-28 13:00", rules=["bcc"], about=[],
     note="class parents' list in To instead of BCC", fmt=["plain", "group-in-to"])

mail("deadline-tijdsregistratie-cc-personeel", st("jve"), [st("ldw"), st("bcl")], "Deadline tijdsregistraties maart",
     D("""
     Lotte, Bram,

     Kunnen jullie ervoor zorgen dat alle tijdsregistraties van maart tegen 7 april binnen zijn? Het sociaal
     secretariaat heeft ze nodig voor de leervergoedingen. Ik zet de rest van het team in cc zodat iedereen
     het weet.

     Jan
     """), cc=["Personeel CDO <personeel.cdo@spc.ksleuven.be>"], date="2025-03-28 11:02", rules=["bcc"], about=[],
     note="staff distribution list in CC", fmt=["plain", "group-in-to"])

bus_par = [p for p in klas("CDO-BOUW2", 12) if p.p1][:3]
mail("busuitstap-bouwbeurs-ouders-in-aan", st("kvb"), [p.p1 for p in bus_par] + [K("sem_a").p1, K("wout_s").p1],
     "Bezoek Batibouw - vertrek 7u30",
     D("""
     Beste ouders,

     Nog even ter herinnering: zaterdag vertrekt de bus naar Batibouw om 7u30 stipt aan de school. Uw zoon of
     dochter moet zijn identiteitskaart en een lunchpakket meebrengen. We zijn terug rond 16u.

     Koen Vandenbroeck
     """), date="2025-02-26 18:30", rules=["bcc"], about=[],
     note="five parents' private addresses visible to each other in To", fmt=["plain"])

mail("re-werfbezoeken-reply-all", st("bcl"), ["Patrick Van Lommel <patrick@vanlommel-bouw.be>"], "RE: planning werfbezoeken voorjaar",
     D("""
     Dag allen,

     Prima, dan kom ik dinsdag 8 april langs in Kessel-Lo en donderdag 10 april in Heverlee. Danny, bij jou
     past de week erna beter, dus dinsdag 15 april om 10u?

     Groeten,
     Bram
     """) + q_outlook("Patrick Van Lommel <patrick@vanlommel-bouw.be>", "vrijdag 28 maart 2025 16:40",
                      "Bram Claes <bram.claes@sintpieterscollege.be>", "RE: planning werfbezoeken voorjaar",
                      "Dinsdag 8/4 is goed voor ons. Patrick\n",
                      cc="Danny Schepers <danny@garage-heverlee.be>; Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"),
     cc=["Danny Schepers <danny@garage-heverlee.be>", "Kathleen Moens <kathleen.moens@buurtsuperdijle.be>"],
     date="2025-03-31 08:25", rules=["bcc"], about=[], reply=True,
     note="reply-all: three employers visible to each other in To/CC", fmt=["plain", "reply"])

mail("werfbezoek-vanuit-hotmail", "Bram Claes <%s>" % PRIVATE["bcl"], ["Patrick Van Lommel <patrick@vanlommel-bouw.be>"],
     "bezoek dinsdag", D("""
     Dag Patrick,

     Mijn schoolmail doet raar op mijn gsm, daarom via dit adres. Ik kom dinsdag rond 10u naar de werf voor
     de evaluatie van Niels en Sem. Zijn ze dan allebei aanwezig?

     Groeten,
     Bram
     """), date="2025-01-31 19:40", rules=["private_account"], about=pid("niels_vd", "sem_a"),
     env_from=PRIVATE["bcl"], note="counsellor writes to an employer from his private hotmail",
     fmt=["plain", "phone"], mailer="Outlook for iOS", cte="8bit")

mail("cursus-pav-vanuit-outlook", "Hanne Goossens <%s>" % PRIVATE["hgo"], [pupil_addr("laura_s")], "cursus PAV",
     D("""
     Hoi Laura,

     Hier de bundel van de lessen die je gemist hebt (thema 'Mijn loonbrief'). Smartschool lukte niet thuis.
     Probeer de oefeningen 1 tot 5 te maken voor donderdag.

     Mevr. Goossens
     """), date="2024-11-03 20:15", rules=["private_account"], about=pid("laura_s"), env_from=PRIVATE["hgo"],
     atts=[att_pdf("PAV_thema_loonbrief.pdf", ["PAV - Thema: Mijn loonbrief", "Oefening 1: bruto en netto"])],
     note="teacher sends course material to a pupil from her private outlook.com", fmt=["mixed", "attachment-pdf"])

mail("fw-menuplanning-naar-prive", st("dme"), [PRIVATE["dme"]], "FW: menuplanning praktijk maart",
     D("""
     """) + fwd_block("Jan Verstraeten <jan.verstraeten@sintpieterscollege.be>", "ma 24 feb. 2025 om 10:12",
                      "menuplanning praktijk maart", "Dirk Mertens <dirk.mertens@sintpieterscollege.be>", D("""
     Dirk,

     Hier de budgetten voor de praktijklessen in maart. Kan je de menuplanning en de bestellijst tegen
     vrijdag klaar hebben? Budget per les: 85 euro voor HOR1, 110 euro voor HOR2.

     Jan
     """)), date="2025-02-24 21:30", rules=["private_account"], about=[],
     note="teacher forwards school mail to his own private mailbox", fmt=["plain", "forward"], cte="8bit")

mail("prive-kinderen-ophalen", st("dme", True), ["Katleen <katleen.mertens76@gmail.com>"], "vanavond",
     D("""
     Schat, ik moet blijven voor de klassenraad, ben pas om 19u thuis. Kan jij de kinderen ophalen aan de
     muziekschool? En niet vergeten: zaterdag verjaardag van je mama, ik heb nog geen cadeau.
     x
     """), date="2025-03-11 14:02", rules=[], about=[],
     note="private matter from a school address to the partner's gmail: allowed", fmt=["plain"], cte="8bit")

mail("uren-template-macro", st("jve"), ["Jurgen Cools <jurgen.cools@haasrode-logistics.be>"], "Nieuw sjabloon tijdsregistratie",
     D("""
     Dag Jurgen,

     In bijlage het nieuwe sjabloon voor de tijdsregistratie. Als u het opent, moet u 'Inhoud inschakelen'
     aanklikken: er zit een macro in die de uren automatisch optelt en het blad doorstuurt.

     Groeten,
     Jan
     """), date="2025-01-07 09:15", rules=["attachment"], about=[],
     atts=[att_xlsx("Tijdsregistratie_sjabloon_2025.xlsm", [["Naam", "Week", "Uren"], ["", "", ""]], macro=True)],
     note="Excel file with macros (.xlsm) sent to an employer", fmt=["mixed", "attachment-xlsm"])

bat = D("""
@echo off
REM Printer installatie leraarskamer CDO
rundll32 printui.dll,PrintUIEntry /in /n "\\\\srv-cdo-print\\LK-Kopie"
rundll32 printui.dll,PrintUIEntry /y /n "\\\\srv-cdo-print\\LK-Kopie"
echo Klaar!
pause
""").replace("\n", "\r\n")
mail("printer-installeren-zip", st("wle"), [st("hgo"), st("eyi"), st("kvb")], "Printer leraarskamer installeren",
     D("""
     Dag collega's,

     Wie de printer van de leraarskamer nog niet heeft op zijn laptop: pak het zipje in bijlage uit en
     dubbelklik op installeer_printer.bat. Daarna de laptop herstarten.

     Wim
     """), date="2024-09-17 13:30", rules=["attachment"], about=[],
     atts=[Att("printer_LK.zip", _zip([("installeer_printer.bat", bat), ("leesmij.txt", "Dubbelklik op installeer_printer.bat\r\n")]),
               "application/zip", bat)],
     note="zip archive containing a .bat script", fmt=["mixed", "attachment-zip"])

mail("teamviewer-kacper", st("wle", True), [pupil_addr("kacper_k")], "hulp op afstand",
     D("""
     Kacper,

     Start het programma in bijlage op je laptop en geef mij de ID die je ziet als ik je straks bel. Dan kan
     ik je scherm overnemen en je Teams in orde zetten.

     Wim
     """), date="2024-11-21 10:02", rules=["attachment"], about=pid("kacper_k"),
     atts=[Att("TeamViewerQS_CDO.exe", make_exe("TeamViewer QuickSupport"), "application/x-msdownload")],
     note="executable remote-support tool mailed to a pupil", fmt=["mixed", "attachment-exe"])

vbs = D("""
' Netwerkschijven CDO koppelen
Set net = CreateObject("WScript.Network")
net.MapNetworkDrive "P:", "\\\\srv-cdo\\personeel"
net.MapNetworkDrive "T:", "\\\\srv-cdo\\trajectbegeleiding"
WScript.Echo "Schijven P: en T: gekoppeld"
""").replace("\n", "\r\n")
mail("netwerkschijven-vbs", st("wle"), [st("sve")], "schijven P en T",
     D("""
     Sien,

     Je ziet de schijven P: en T: nog niet. Sla het scriptje in bijlage op je bureaublad op en dubbelklik
     erop terwijl je op het schoolnetwerk zit.

     Wim
     """), date="2024-09-10 15:12", rules=["attachment"], about=[],
     atts=[Att("koppel_schijven.vbs", vbs.encode("utf-8"), "text/vbscript", vbs)],
     note="VBScript attachment", fmt=["mixed", "attachment-vbs"])

mail("labo-image-iso", st("wle"), ["Steven Vranckx <steven.vranckx@sintpieterscollege.be>"], "image pc's lokaal B.020",
     D("""
     Steven,

     Hierbij het (kleine) herstelimage voor de 2 oude pc's in B.020. Op een USB-stick zetten met Rufus en
     opstarten met F12.

     Wim
     """), date="2025-04-22 16:00", rules=["attachment"], about=[],
     atts=[Att("herstel_B020.iso", make_iso(), "application/x-iso9660-image")],
     note="disk image attachment", fmt=["mixed", "attachment-iso"])

gt = K("glenn_t")
gt_rrn = rrn(2006, 11, 2, 145)
mail("dimona-glenn-van-lommel", st("jve"), ["Personeelsdienst Van Lommel <personeel@vanlommel-bouw.be>"],
     "Gegevens Glenn Timmermans voor Dimona",
     D("""
     Goedemorgen,

     Voor de Dimona-aangifte en de overeenkomst van Glenn Timmermans, die op 3 maart bij jullie start:

     Naam: Glenn Timmermans
     Geboortedatum: 02/11/2006
     Rijksregisternummer: %s
     Adres: gekend bij de leerling, hij brengt zijn identiteitskaart mee
     Opleiding: CDO-BOUW2 (ruwbouw), 3 dagen per week

     De overeenkomst brengen we zelf langs ter ondertekening.

     Met vriendelijke groeten,
     Jan Verstraeten
     """ % gt_rrn), date="2025-02-24 08:40", rules=["personal_data"], about=pid("glenn_t"),
     note="date of birth and valid national register number for the employer's registration; nothing sensitive",
     fmt=["plain"])

sa = K("sem_a")
mail("terugbetaling-schoenen-sem", st("kvb"), [st("mpe", True)], "terugbetaling veiligheidsschoenen Sem Aerts",
     D("""
     Marc,

     Sem Aerts heeft zijn veiligheidsschoenen zelf gekocht (89,95 euro, kasticket in de postbak). Van Lommel
     betaalt ze terug via ons. Kan je het bedrag storten op zijn rekening %s?

     Merci,
     Koen
     """ % iban_be("0631234567")), date="2024-10-04 12:44", rules=["personal_data"], about=pid("sem_a"),
     note="reimbursement to a pupil's own IBAN; not a sensitive financial fact", fmt=["plain"], cte="8bit")

trip = klas("CDO-LOG1", 5) + [K("mats_h")]
DRNG = random.Random(4699)
rows = [["Naam", "Voornaam", "Geboortedatum", "Klas"]]
for p in trip:
    rows.append([p.last, p.first, "%02d/%02d/%d" % (DRNG.randrange(1, 28), DRNG.randrange(1, 13), DRNG.choice([2005, 2006, 2007])), p.klas])
mail("deelnemerslijst-bedrijfsbezoek-geboortedata", st("bcl"), ["Onthaal Port of Antwerp Experience <groepen@portexperience-antwerpen.be>"],
     "Deelnemerslijst bedrijfsbezoek 6 mei",
     D("""
     Goedemiddag,

     Zoals gevraagd voor de toegang tot het havengebied: in bijlage de lijst van de leerlingen die op 6 mei
     meekomen, met hun geboortedatum. Begeleiders: Bram Claes en Pieter Jacobs.

     Met vriendelijke groeten,
     Bram Claes
     """), date="2025-04-14 13:25", rules=["personal_data"], about=[p.id for p in trip],
     atts=[att_csv("deelnemers_6mei.csv", rows)],
     note="CSV with pupils' dates of birth for site access; nothing sensitive", fmt=["mixed", "attachment-csv"])

mail("bestelling-koksvesten", st("dme"), ["Werkkledij Vandewalle <orders@vandewalle-werkkledij.be>"], "Bestelling koksvesten",
     D("""
     Goedendag,

     Graag bestel ik voor onze horecaklassen:
     - 12 koksvesten wit, korte mouw (6x M, 4x L, 2x XL)
     - 12 schorten zwart
     - 6 paar koksbroeken pepita, maat 40

     Leveren op school, Dijlekaai 14, ingang atelier. Factuur op naam van CDO Stroom Leuven.
     """) + sig("dme", phone=True), date="2024-09-05 10:30", rules=["personal_data"], about=[],
     note="ordinary order; the school's phone number in the signature counts as personal_data", fmt=["plain"])

mail("overleg-vdab-planning", st("ldw"), ["Sofie Lauwers <sofie.lauwers@vdab.be>"], "Overleg trajecten tweede semester",
     D("""
     Dag Sofie,

     Zullen we ons overleg over de jongeren die in juni uitstromen plannen op dinsdag 4 februari om 10u op
     school? Ik reserveer lokaal B.020. Als het niet past, bel me gerust op de gedeelde gsm van de
     trajectbegeleiding.

     Groetjes,
     """) + sig("ldw", tb=True), date="2025-01-15 14:55", rules=["personal_data"], about=[],
     note="meeting planning; the shared counsellors' mobile number in the signature", fmt=["plain"])

mail("bedankt-bakkerij-devos", st("bcl"), ["Bakkerij Devos <bakkerij.devos@telenet.be>"], "Bedankt!",
     D("""
     Beste Marleen en Luc,

     Namens de school nog eens hartelijk bedankt voor de heerlijke koffiekoeken op de mentoravond. Iedereen
     was er vol lof over. Fijn dat jullie ook volgend jaar weer een leerling willen opvangen!

     Met vriendelijke groeten,
     Bram Claes
     """), date="2024-11-29 09:30", rules=[], about=[],
     note="thank-you mail to an employer, no pupil, nothing to flag", fmt=["plain"])

mail("overleg-clb-planning", st("eba"), [st("ldw"), st("nou")], "MDO-planning tweede trimester",
     D("""
     Dag Lotte en Nadia,

     De data voor de multidisciplinaire overleggen met het CLB in het tweede trimester:
     - dinsdag 21 januari, 13u-15u: klassen HOR, KAP, ZORG
     - dinsdag 18 februari, 13u-15u: klassen BOUW, AUTO, LOG
     - dinsdag 18 maart, 13u-15u: VERK en ONTH

     Ines (CLB) staat in cc. Bezorg mij vooraf de namen van de jongeren die jullie willen bespreken via het
     leerlingvolgsysteem, niet via mail.

     Ellen
     """), cc=["Ines Van Gorp <ines.vangorp@vclb-dijleland.be>"], date="2025-01-07 11:40", rules=[], about=[],
     note="two colleagues and one external partner: a single outside address in CC is fine", fmt=["plain"])

# ======================================================================
# build, check, write
# ======================================================================
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CATS = ["family", "psychosocial", "medical", "care", "financial"]
DANGEROUS = (".exe", ".bat", ".cmd", ".com", ".js", ".jse", ".vbs", ".vbe", ".ps1", ".scr", ".msi", ".jar",
             ".hta", ".wsf", ".lnk", ".docm", ".xlsm", ".pptm", ".dotm", ".iso", ".img", ".vhd")


def tz_for(dt):
    summer = (datetime.datetime(2024, 3, 31, 2) <= dt < datetime.datetime(2024, 10, 27, 3) or
              datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 3))
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def addrs(lst):
    out = []
    for name, a in getaddresses(lst):
        if a and "@" in a:
            out.append(a.lower())
    return out


def mid(seed, domain):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def build(m, num):
    msg = EmailMessage()
    frm_addr = parseaddr(m["frm"])[1]
    dom = frm_addr.split("@")[1]
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M")
    dt = dt.replace(second=(num * 7) % 60, tzinfo=tz_for(dt))
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = mid("batch46/" + m["slug"], dom)
    if m["reply"]:
        parent = mid("batch46/parent/" + m["slug"], "mail.example-thread.be")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    elif dom.endswith("ksleuven.be") or dom == "sintpieterscollege.be":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    for k, v in m["headers"]:
        msg[k] = v
    if m["body"] is None:
        msg.set_content(m["html"], subtype="html", charset="utf-8", cte=m["html_cte"])
    else:
        msg.set_content(m["body"], charset=m["charset"], cte=m["cte"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte=m["html_cte"])
    msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    for a in m["atts"]:
        mt, st_ = a.mime.split("/", 1)
        msg.add_attachment(a.data, maintype=mt, subtype=st_, filename=a.filename)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():   # fixed boundaries keep the output byte-for-byte reproducible
            part.set_boundary("----=_NextPart_%03d_%d_%s" % (num, i, hashlib.md5(m["slug"].encode()).hexdigest()[:12].upper()))
    return msg


# ---------------- self-checks (labels must agree with the content we wrote)

def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _rrn_ok(d):
    base, cc = int(d[:9]), int(d[9:])
    return 97 - base % 97 == cc or 97 - int("2" + d[:9]) % 97 == cc


def personal_data_hits(text):
    hits = []
    for mt in re.finditer(r"(?<![\d])(\+32[ .]?|0)\d[\d ./]{6,14}\d", text):
        run = mt.group(0)
        digits = re.sub(r"\D", "", run)
        if run.startswith("+32"):
            digits = "0" + digits[2:]
        if digits[1:2] != "0" and ((len(digits) == 9 and digits[1] != "4") or (len(digits) == 10 and digits.startswith("04"))):
            hits.append("phone:" + run)
    for mt in re.finditer(r"\bBE\d{2}(?: ?\d{4}){3}\b", text):
        if _iban_ok(mt.group(0)):
            hits.append("iban:" + mt.group(0))
    for mt in re.finditer(r"\b(\d{2})\.?(\d{2})\.?(\d{2})[-. ]?(\d{3})\.?(\d{2})\b", text):
        d = "".join(mt.groups())
        if _rrn_ok(d):
            hits.append("rrn:" + mt.group(0))
    for mt in re.finditer(r"(?i)geboren|geboortedatum|date de naissance|\bnée? le\b|date of birth|born on|°\s?\d", text):
        hits.append("dob:" + mt.group(0))
    return hits


def all_text(m):
    parts = [m["subject"], m["body"] or ""]
    if m["html"]:
        parts.append(re.sub(r"<[^>]+>", " ", m["html"]))
    for a in m["atts"]:
        parts.append(a.text)
    return "\n".join(parts)


PARENT_OF = {}
for _p in ROSTER:
    for _a in _p.parents:
        PARENT_OF.setdefault(_a.lower(), set()).add(_p.id)


def expected(m, rcpt, env_from):
    exp = set()
    if personal_data_hits(all_text(m)):
        exp.add("personal_data")
    visible = addrs(m["to"] + m["cc"])
    ext = [a for a in visible if not a.endswith(SCHOOL_DOMAINS)]
    if len(set(ext)) >= 2 or any(a in GROUPS for a in visible):
        exp.add("bcc")
    if env_from in PRIVATE.values() or any(a in PRIVATE.values() for a in rcpt):
        exp.add("private_account")
    for a in m["atts"]:
        names = [a.filename.lower()]
        if a.filename.lower().endswith(".zip"):
            names += [n.lower() for n in zipfile.ZipFile(io.BytesIO(a.data)).namelist()]
        if any(n.endswith(DANGEROUS) for n in names):
            exp.add("attachment")
    for x in m["about"]:
        mine = set(a.lower() for a in BYID[x].parents)
        others = [a for a in rcpt if a in PARENT_OF and x not in PARENT_OF[a]]
        if others and not (mine & set(rcpt)):
            exp.add("recipient")
    return exp


def yl(items):
    return "[" + ", ".join(items) + "]"


def main():
    for f in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", f):
            os.remove(os.path.join(HERE, f))
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(46).shuffle(order)
    slugs = set()
    out = ["# batch46 - CDO Stroom Leuven (part-time vocational education): counsellors, employers, OCMW/CLB, "
           "laptops and logins, general letters; %d mails, labels written blind from the policy" % len(MAILS)]
    problems = []
    for num, idx in enumerate(order, 1):
        m = MAILS[idx]
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        fname = "%03d-%s.eml" % (num, m["slug"])
        msg = build(m, num)
        data = msg.as_bytes()
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        env_from = (m["env_from"] or parseaddr(m["frm"])[1]).lower()
        rcpt = []
        for a in addrs(m["to"] + m["cc"] + m["bcc"]):
            if a not in rcpt:
                rcpt.append(a)
        rules = [r for r in RULE_ORDER if r in m["rules"]]
        assert len(rules) == len(m["rules"]), (fname, m["rules"])
        assert ("sensitive" in rules) == bool(m["cats"]), fname
        assert all(c in CATS for c in m["cats"]), fname
        assert ("recipient" in rules) == m["mis"], fname
        for x in m["about"]:
            assert x in BYID, (fname, x)
        exp = expected(m, rcpt, env_from)
        auto = {"personal_data", "bcc", "private_account", "attachment", "recipient"}
        got = set(rules) & auto
        if exp != got:
            problems.append("%s: labelled %s, self-check %s %s" % (fname, sorted(got), sorted(exp),
                                                                 personal_data_hits(all_text(m))))
        cats = [c for c in CATS if c in m["cats"]]
        out.append("%s:" % fname)
        out.append("  rules: %s" % yl(rules))
        if cats:
            out.append("  categories: {sensitive: %s}" % yl(cats))
        out.append("  mail_from: %s" % env_from)
        out.append("  rcpt: %s" % yl(rcpt))
        out.append("  about: %s" % yl(m["about"]))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append('  note: "%s"' % m["note"].replace("\\", "\\\\").replace('"', '\\"'))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: %s" % yl(m["fmt"]))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    if problems:
        raise SystemExit("label self-check failed:\n" + "\n".join(problems))
    print("wrote %d mails, labels.yaml and roster.csv (%d pupils)" % (len(MAILS), len(ROSTER)))


if __name__ == "__main__":
    main()
