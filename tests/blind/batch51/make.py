#!/usr/bin/env python3
"""batch51 - blind labelled outbound mail, Sint-Pieterscollege campus Kessel-Lo, wellbeing week.

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Standard library only; deterministic (fixed dates, Message-IDs, seeded randomness).
"""
import csv
import hashlib
import io
import json
import os
import random
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5151)
TZ = timezone(timedelta(hours=1))

# ---------------------------------------------------------------------------
# helpers: identifiers with checksums
# ---------------------------------------------------------------------------

def be_iban(bank3, acct7):
    """valid Belgian IBAN, formatted in groups of four"""
    base10 = int(f"{bank3:03d}{acct7:07d}")
    chk = base10 % 97 or 97
    bban = f"{bank3:03d}{acct7:07d}{chk:02d}"
    num = int(bban + "111400")  # B=11 E=14 + 00
    cd = 98 - num % 97
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(y, m, d, seq):
    """valid rijksregisternummer yy.mm.dd-sss.cc"""
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + body)
    cc = 97 - n % 97
    return f"{body[0:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{cc:02d}"


def ogm(n10):
    """Belgian structured payment reference +++xxx/xxxx/xxxxx+++ (not an IBAN)"""
    c = n10 % 97 or 97
    s = f"{n10:010d}{c:02d}"
    return f"+++{s[0:3]}/{s[3:7]}/{s[7:12]}+++"


SCHOOL_IBAN = be_iban(734, 4125830)
PARTNER_IBAN = be_iban(1, 6723941)
OSCAR_RRN = rrn(2012, 6, 14, 153)

# ---------------------------------------------------------------------------
# staff of the school and outside people (all invented)
# ---------------------------------------------------------------------------

SP = "sintpieterscollege.be"
SK = "spc.ksleuven.be"

STAFF = {
    # key: (display name, address, role)
    "sarah": ("Sarah Wouters", f"sarah.wouters@{SP}", "Leerlingbegeleider 1ste graad"),
    "tom": ("Tom Verlinden", f"tom.verlinden@{SP}", "Leerlingbegeleider 2de graad"),
    "nadia": ("Nadia Amrani", f"nadia.amrani@{SP}", "Leerlingbegeleider 3de graad - vertrouwenspersoon"),
    "lien": ("Lien De Wit", f"ldw@{SK}", "Zorgcoördinator"),
    "lienp": ("Lien De Wit", f"lien.dewit@{SP}", "Zorgcoördinator"),
    "geert": ("Geert Vanhoutte", f"geert.vanhoutte@{SP}", "Directeur"),
    "karin": ("Karin Smolders", f"karin.smolders@{SP}", "Adjunct-directeur"),
    "bart": ("Bart Maes", f"bma@{SK}", "ICT-coördinator"),
    "rita": ("Rita Geens", f"leerlingensecretariaat@{SK}", "Leerlingensecretariaat"),
    "marc": ("Marc Luyten", f"boekhouding@{SK}", "Boekhouding"),
    "evelien": ("Evelien Mertens", f"evelien.mertens@{SP}", "Klastitularis 3B"),
    "pieter": ("Pieter Dewulf", f"pieter.dewulf@{SP}", "Leerkracht LO"),
    "ann": ("Ann Hermans", f"ann.hermans@{SP}", "Klastitularis 5A"),
    "wouter": ("Wouter Jacobs", f"wja@{SK}", "Leerkracht Frans"),
    "sofie": ("Sofie Raes", f"sofie.raes@{SP}", "Klastitularis 2C"),
    "koen": ("Koen Lemmens", f"koen.lemmens@{SP}", "Klastitularis 4B"),
    "elif": ("Elif Yildiz", f"elif.yildiz@{SP}", "Klastitularis 4A"),
    "dries": ("Dries Goossens", f"dgo@{SK}", "Opvoeder"),
    "joke": ("Joke Verstraeten", f"joke.verstraeten@{SP}", "Klastitularis 1A"),
    "hans": ("Hans Bosmans", f"hans.bosmans@{SP}", "Klastitularis 6A"),
    "greet": ("Greet Nuyts", f"greet.nuyts@{SP}", "Klastitularis 3C"),
    "ellen": ("Ellen Huysmans", f"ellen.huysmans@{SP}", "Klastitularis 4C"),
    "filip": ("Filip Deckers", f"filip.deckers@{SP}", "Klastitularis 5C"),
    "inge": ("Inge Moens", f"inge.moens@{SP}", "Klastitularis 2D"),
    "dirk": ("Dirk Peremans", f"dirk.peremans@{SP}", "Klastitularis 1D"),
    "leen": ("Leen Vandeputte", f"leen.vandeputte@{SP}", "Klastitularis 6B"),
    "info": ("Sint-Pieterscollege Kessel-Lo", f"info@{SK}", ""),
    "directie": ("Directie Sint-Pieterscollege Kessel-Lo", f"directie@{SK}", ""),
    "ict": ("ICT-helpdesk Stroom", f"ict@{SK}", ""),
    "onthaal": ("Onthaal campus Kessel-Lo", f"onthaal@{SK}", ""),
    "privacy": ("Aanspreekpunt informatieveiligheid LKSD", "privacy@lksd.ksleuven.be", ""),
}

PRIVATE = {
    "tom_gmail": ("Tom Verlinden", "tom.verlinden77@gmail.com"),
    "sarah_hotmail": ("Sarah Wouters", "sarahwouters@hotmail.com"),
    "dries_gmail": ("Dries Goossens", "dries.goossens.lo@gmail.com"),
    "nadia_outlook": ("Nadia A.", "nadia.amrani.83@outlook.com"),
    "pieter_telenet": ("Pieter Dewulf", "pieter.dewulf@telenet.be"),
}

EXT = {
    "clb": ("Ilse Van Aken", "ilse.vanaken@clb-dijleland.be", "CLB-medewerker, CLB Dijleland"),
    "clb2": ("Wim Cuypers", "wim.cuypers@clb-dijleland.be", "CLB-arts, CLB Dijleland"),
    "clbinfo": ("CLB Dijleland", "onthaal@clb-dijleland.be", ""),
    "psy": ("Hanne Vercammen", "hanne.vercammen@praktijkzonnewende.be", "Klinisch psycholoog"),
    "hosp": ("Dienst kinder- en jeugdpsychiatrie", "kjp.aanmelding@azdijlevallei.be", ""),
    "hosp_edu": ("Eetstoornissenteam AZ Dijlevallei", "eetteam@azdijlevallei.be", ""),
    "adem": ("Katrien Dewaele", "katrien@ademenruimte.be", "Adem & Ruimte vzw"),
    "theater": ("Jef Lowie", "jef.lowie@spiegelbeeld-theater.be", "Theater Spiegelbeeld"),
    "jeugd": ("Saar Beckers", "saar.beckers@jeugdwerk-kessello.be", "Jeugdwerk Kessel-Lo"),
    "welzijnshuis": ("Yannick Dierckx", "yannick.dierckx@welzijnshuis-kessello.be", "Welzijnshuis Kessel-Lo"),
    "sociaalhuis": ("Dienst onderwijstoelagen", "onderwijs@sociaalhuis-leuven.be", ""),
    "meter": ("Support Welzijnsmeter", "support@welzijnsmeter.be", ""),
    "cook": ("Ruth Meeus", "ruth@kookatelier-deboon.be", "Kookatelier De Boon"),
    "yoga": ("Emily Carter", "emily@calmcornerworkshops.eu", "Calm Corner Workshops"),
    "improv": ("Camille Delvaux", "camille.delvaux@theatre-lacourtepaille.be", "Théâtre La Courte Paille"),
    "vk": ("Vertrouwenscentrum Kindermishandeling", "meldingen@vk-oostbrabant.be", ""),
    "catering": ("Bakkerij Vandenplas", "bestellingen@bakkerij-vandenplas.be", ""),
    "promo": ("Promodruk", "orders@promodruk-leuven.be", ""),
    "sport": ("Stijn Wellens", "stijn.wellens@kvkessello.be", "KV Kessel-Lo jeugdwerking"),
    "spreker": ("Bert Jaspers", "bert.jaspers@mediawijsvlaanderen-vzw.be", ""),
    "fotograaf": ("Lies Moortgat", "lies@liesmoortgatfotografie.be", ""),
}

SCHOOL_LINE = "Sint-Pieterscollege - campus Kessel-Lo | Stroom"
SCHOOL_TEL = "016 35 42 10"


def who(key):
    if key in STAFF:
        n, a, _ = STAFF[key]
    elif key in PRIVATE:
        n, a = PRIVATE[key]
    elif key in EXT:
        n, a, _ = EXT[key]
    else:
        raise KeyError(key)
    return f"{n} <{a}>"


def addr(key):
    return who(key).split("<")[1].rstrip(">")


def sig(key, tel=None, short=False):
    n, a, role = STAFF[key]
    if short:
        lines = [n.split()[0]]
    else:
        lines = ["--", n]
        if role:
            lines.append(role)
        lines.append(SCHOOL_LINE)
    if tel:
        lines.append(tel)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = ["1A", "1B", "1C", "1D", "1E", "2A", "2B", "2C", "2D", "3A", "3B", "3C", "3D",
           "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"]

# key: (first, last, class, parent1, parent2)
STORY = {
    "lotte_peeters": ("Lotte", "Peeters", "3B", "kristof.peeters@telenet.be", "els.vandamme@gmail.com"),
    "elias_peeters": ("Elias", "Peeters", "1C", "kristof.peeters@telenet.be", "els.vandamme@gmail.com"),
    "lotte_pieters": ("Lotte", "Pieters", "2A", "ann.pieters@skynet.be", ""),
    "lotte_maes": ("Lotte", "Maes", "6B", "maes.veerle@hotmail.com", ""),
    "noah_peeters": ("Noah", "Peeters", "4A", "jan.peeters@hotmail.com", "sabine.kerckhofs@telenet.be"),
    "emma_janssens": ("Emma", "Janssens", "3B", "bart.janssens74@telenet.be", "inge.wuyts@hotmail.com"),
    "lars_janssens": ("Lars", "Janssens", "1E", "bart.janssens74@telenet.be", "inge.wuyts@hotmail.com"),
    "noor_janssens": ("Noor", "Janssens", "1A", "fam.janssens@proximus.be", ""),
    "yasmine_elidrissi": ("Yasmine", "El Idrissi", "4B", "m.elidrissi@gmail.com", "fatima.benali@hotmail.com"),
    "yasmine_bakkali": ("Yasmine", "Bakkali", "4B", "bakkali.rachid@outlook.com", "nadia.bakkali@gmail.com"),
    "jonas_vermeulen": ("Jonas", "Vermeulen", "5A", "an.vermeulen@telenet.be", "dirk.vermeulen@skynet.be"),
    "mila_vermeulen": ("Mila", "Vermeulen", "2C", "an.vermeulen@telenet.be", "dirk.vermeulen@skynet.be"),
    "tibo_goris": ("Tibo", "Goris", "1C", "ann.vermeulen@gmail.com", "kris.goris@telenet.be"),
    "arne_wouters": ("Arne", "Wouters", "6A", "peter.wouters@telenet.be", "katrien.smets@gmail.com"),
    "fien_daems": ("Fien", "Daems", "2B", "katrien.smets@gmail.com", "jo.daems@hotmail.com"),
    "emma_wouters": ("Emma", "Wouters", "1C", "wouters.tim@gmail.com", "lies.bracke@icloud.com"),
    "ruben_claes": ("Ruben", "Claes", "3A", "sofie.claes@gmail.com", ""),
    "ella_maes": ("Ella", "Maes", "1B", "sofie.claessens@telenet.be", "maes.jeroen@gmail.com"),
    "amira_haddad": ("Amira", "Haddad", "5B", "haddad.samir@gmail.com", "leila.haddad@outlook.com"),
    "adam_haddou": ("Adam", "Haddou", "3C", "haddou.said@gmail.com", ""),
    "zoe_lambrechts": ("Zoë", "Lambrechts", "4A", "lambrechts.gert@telenet.be", "nathalie.deprez@skynet.be"),
    "milan_desmet": ("Milan", "De Smet", "3C", "griet.desmet@hotmail.com", ""),
    "senne_vandamme": ("Senne", "Van Damme", "2D", "hilde.boeckx@telenet.be", ""),
    "aylin_demir": ("Aylin", "Demir", "1D", "demir.hakan@gmail.com", "zeynep.demir@hotmail.com"),
    "jens_vos": ("Jens", "Vos", "1D", "vos.marijke@telenet.be", ""),
    "bo_aerts": ("Bo", "Aerts", "1D", "aerts.kurt@skynet.be", "evi.aerts@gmail.com"),
    "lucas_dubois": ("Lucas", "Dubois", "4C", "isabelle.dubois@skynet.be", ""),
    "nina_willems": ("Nina", "Willems", "6B", "willems.frank@telenet.be", "an.dhondt@gmail.com"),
    "finn_vanroy": ("Finn", "Van Roy", "1B", "evy.vanroy@icloud.com", "stijn.vanroy@gmail.com"),
    "mohamed_aitlahcen": ("Mohamed", "Ait Lahcen", "5C", "aitlahcen.k@hotmail.com", ""),
    "elise_vandenbroeck": ("Elise", "Vandenbroeck", "3A", "marleen.vandenbroeck@telenet.be", ""),
    "oscar_lenaerts": ("Oscar", "Lenaerts", "2B", "lenaerts.wim@proximus.be", "joke.lenaerts@gmail.com"),
    "hanne_verbeke": ("Hanne", "Verbeke", "4A", "tine.verbeke@gmail.com", ""),
    "dylan_stevens": ("Dylan", "Stevens", "3C", "kim.stevens@hotmail.com", "jurgen.stevens1979@gmail.com"),
    "sara_mahieu": ("Sara", "Mahieu", "5A", "an.desmedt@telenet.be", ""),
    "robbe_timmermans": ("Robbe", "Timmermans", "6C", "timmermans.patricia@outlook.com", ""),
    "ilias_benali": ("Ilias", "Benali", "2A", "benali.youssef@gmail.com", "h.elkaoui@hotmail.com"),
    "febe_vanhove": ("Febe", "Van Hove", "1E", "vanhove.koen@telenet.be", "eva.peremans@gmail.com"),
    "jasper_smet": ("Jasper", "Smet", "4C", "smet.bram@skynet.be", ""),
    "victor_wuyts": ("Victor", "Wuyts", "6C", "wuyts.hans@telenet.be", ""),
    "marie_leroy": ("Marie", "Leroy", "5B", "c.leroy@skynet.be", ""),
    "hugo_leroy": ("Hugo", "Leroy", "2A", "leroy.famille@gmail.com", ""),
    "lina_aydin": ("Lina", "Aydin", "3D", "aydin.murat@gmail.com", ""),
    "kato_huybrechts": ("Kato", "Huybrechts", "2C", "huybrechts.lies@telenet.be", ""),
    "warre_michiels": ("Warre", "Michiels", "6A", "lore.vanhecke@telenet.be", ""),
    "liam_opdebeeck": ("Liam", "Op de Beeck", "1A", "tinne.opdebeeck@gmail.com", ""),
    "liam_baert": ("Liam", "Baert", "1A", "baert.joris@telenet.be", ""),
    "sem_declercq": ("Sem", "De Clercq", "2D", "declercq.stefanie@gmail.com", ""),
    "rania_mansouri": ("Rania", "Mansouri", "3D", "mansouri.adil@gmail.com", ""),
    "jules_verhoeven": ("Jules", "Verhoeven", "5B", "verhoeven.l@icloud.com", ""),
    "mats_vdbossche": ("Mats", "Van den Bossche", "4B", "karolien.vdbossche@telenet.be", ""),
    "julie_nys": ("Julie", "Nys", "6A", "nys.peter@skynet.be", "griet.lauwers@gmail.com"),
    "ibrahim_diallo": ("Ibrahim", "Diallo", "2B", "diallo.mamadou@outlook.com", ""),
    "anna_kowalski": ("Anna", "Kowalski", "3A", "kowalska.m@gmail.com", ""),
    "tuur_segers": ("Tuur", "Segers", "1D", "segers.an@telenet.be", ""),
    "louise_bogaerts": ("Louise", "Bogaerts", "5A", "bogaerts.k@telenet.be", ""),
    "bram_hendrickx": ("Bram", "Hendrickx", "3B", "hendrickx.tom@gmail.com", "veerle.jansen@hotmail.com"),
    "layla_ouali": ("Layla", "Ouali", "3B", "ouali.hicham@gmail.com", ""),
    "kobe_vandyck": ("Kobe", "Van Dyck", "3B", "vandyck.nele@telenet.be", ""),
    "bas_claeys": ("Bas", "Claeys", "6C", "claeys.geert@skynet.be", ""),
    "nora_vanlaer": ("Nora", "Van Laer", "5C", "els.vanlaer@gmail.com", ""),
    "jana_cools": ("Jana", "Cools", "4B", "cools.wendy@telenet.be", ""),
    "stan_geerts": ("Stan", "Geerts", "3D", "geerts.filip@skynet.be", "nele.boonen@gmail.com"),
    "imane_tahiri": ("Imane", "Tahiri", "5C", "tahiri.abdel@gmail.com", ""),
    "seppe_thys": ("Seppe", "Thys", "2C", "thys.kristel@telenet.be", ""),
}

ORIGINS = {
    "vl": dict(
        last=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Dubois", "Lambrechts", "Hermans", "Aerts", "Vermeulen", "Van Damme", "Smets", "Michiels",
              "Verhoeven", "Stevens", "Timmermans", "Lenaerts", "Vos", "Cools", "Segers", "Daems", "Geerts", "Nys",
              "Bogaerts", "Van Roy", "Verbeke", "Huybrechts", "Mahieu", "Leroy", "Wuyts", "Hendrickx", "Van Hove",
              "Vanderstraeten", "Van Laer", "Baert", "Claeys", "Van Dyck", "Thys", "Verstraete", "Pauwels",
              "Deprez", "Vandevelde", "Wellens", "Schepers", "Van Gucht", "Vranckx", "Loos", "Dierickx"],
        kids=["Lotte", "Emma", "Noor", "Lucas", "Liam", "Louis", "Jules", "Finn", "Mila", "Elise", "Lars", "Seppe",
              "Wout", "Arne", "Tibo", "Kobe", "Senne", "Ruben", "Jasper", "Febe", "Fien", "Hanne", "Lore", "Nina",
              "Julie", "Marie", "Louise", "Ella", "Sara", "Zoë", "Amber", "Jana", "Laura", "Eline", "Kato", "Ward",
              "Warre", "Robbe", "Mats", "Bas", "Victor", "Oscar", "Tuur", "Jonas", "Milan", "Noah", "Elias", "Lina",
              "Anna", "Nora", "Sem", "Jens", "Bo", "Stan", "Thibault", "Maxime", "Axel", "Roos", "Floor", "Lowie",
              "Vic", "Mauro", "Matteo", "Charlotte", "Lena"],
        mothers=["An", "Els", "Sofie", "Katrien", "Inge", "Griet", "Veerle", "Kristel", "Nathalie", "Tine", "Lies",
                 "Evy", "Karolien", "Hilde", "Sabine", "Leen", "Wendy", "Nele", "Ilse", "Joke", "Sarah", "Liesbeth",
                 "Kim", "Caroline"],
        fathers=["Kristof", "Bart", "Peter", "Jan", "Dirk", "Tom", "Wim", "Geert", "Frank", "Stijn", "Koen", "Bram",
                 "Hans", "Jurgen", "Filip", "Joris", "Tim", "Ben", "Kurt", "Jeroen", "Steven", "Nico"]),
    "ma": dict(
        last=["El Amrani", "Bakkali", "Benali", "Haddad", "Mansouri", "Ouali", "Boukhari", "Cherif", "Tahiri",
              "El Khattabi", "Azzouzi"],
        kids=["Yasmine", "Amira", "Ilias", "Mohamed", "Rania", "Adam", "Ayoub", "Hamza", "Imane", "Youssef",
              "Nour", "Omar", "Bilal", "Ines", "Hiba", "Sara", "Lina", "Noah"],
        mothers=["Fatima", "Samira", "Khadija", "Leila", "Naima", "Souad", "Hanane"],
        fathers=["Rachid", "Youssef", "Samir", "Adil", "Said", "Hicham", "Mustafa", "Karim"]),
    "tr": dict(
        last=["Aydin", "Demir", "Yilmaz", "Kaya", "Sahin", "Ozdemir", "Celik"],
        kids=["Aylin", "Selin", "Emir", "Mert", "Zeynep", "Arda", "Kaan", "Elif", "Yusuf", "Defne", "Ela"],
        mothers=["Zeynep", "Ayse", "Fatma", "Emine", "Hatice"],
        fathers=["Hakan", "Murat", "Mehmet", "Emre", "Ali"]),
    "pl": dict(
        last=["Nowak", "Wisniewski", "Kaczmarek", "Popescu", "Lewandowski"],
        kids=["Oliwia", "Jakub", "Dawid", "Zofia", "Anna", "Julia", "Antoni"],
        mothers=["Agnieszka", "Marta", "Ioana", "Katarzyna"],
        fathers=["Piotr", "Tomasz", "Andrei", "Marek"]),
    "af": dict(
        last=["Diallo", "Bah", "Nkemba", "Lukusa", "Ahmadi", "Rahimi", "Haile"],
        kids=["Fatou", "Mariam", "Ibrahim", "Aminata", "Grace", "Elias", "Hassan", "Zahra", "Samuel"],
        mothers=["Aminata", "Mariama", "Grace", "Zahra", "Maryam"],
        fathers=["Mamadou", "Ibrahima", "Jean-Pierre", "Ahmad", "Reza"]),
}
ORIGIN_WEIGHTS = [("vl", 70), ("ma", 12), ("tr", 7), ("pl", 5), ("af", 6)]
PROVIDERS = ["telenet.be"] * 6 + ["skynet.be"] * 2 + ["proximus.be"] * 2 + ["gmail.com"] * 6 + \
            ["hotmail.com"] * 3 + ["outlook.com"] * 2 + ["icloud.com", "outlook.be", "live.be"]


def slugname(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


def build_roster():
    rng = random.Random(51)
    story_full = {(f, l) for f, l, *_ in STORY.values()}
    used_parent = set()
    for v in STORY.values():
        used_parent.update(x for x in v[3:] if x)
    rows = []
    for k, (f, l, c, p1, p2) in STORY.items():
        rows.append(dict(key=k, first=f, last=l, klas=c, p1=p1, p2=p2))

    def parent_addr(first, last, year=None):
        pat = rng.randrange(7)
        fs, ls = slugname(first), slugname(last)
        dom = rng.choice(PROVIDERS)
        if pat == 0:
            a = f"{fs}.{ls}"
        elif pat == 1:
            a = f"{ls}.{fs}"
        elif pat == 2:
            a = f"{fs[0]}.{ls}"
        elif pat == 3:
            a = f"{fs}{ls}{rng.randrange(68, 92)}"
        elif pat == 4:
            a = f"{fs}.{ls}{rng.randrange(1, 9)}"
        elif pat == 5:
            a = f"fam.{ls}"
        else:
            a = f"{ls}{fs[0]}"
        x = f"{a}@{dom}"
        while x in used_parent:
            x = f"{a}{rng.randrange(2, 99)}@{dom}"
        used_parent.add(x)
        return x

    # class sizes: fill every class to ~13-14 pupils
    counts = {c: 0 for c in CLASSES}
    for r in rows:
        counts[r["klas"]] += 1
    origins = [o for o, w in ORIGIN_WEIGHTS for _ in range(w)]
    while len(rows) < 300:
        org = ORIGINS[rng.choice(origins)]
        last = rng.choice(org["last"])
        mixed = rng.random() < 0.35  # mother keeps her own surname
        mfirst, ffirst = rng.choice(org["mothers"]), rng.choice(org["fathers"])
        morg = org if rng.random() < 0.85 else ORIGINS["vl"]
        mlast = rng.choice(morg["last"]) if mixed else last
        p_mother = parent_addr(mfirst, mlast)
        p_father = parent_addr(ffirst, last) if rng.random() < 0.75 else ""
        if rng.random() < 0.5:
            p1, p2 = p_mother, p_father
        else:
            p1, p2 = (p_father or p_mother), (p_mother if p_father else "")
        nkids = 1
        x = rng.random()
        if x < 0.13:
            nkids = 2
        elif x < 0.16:
            nkids = 3
        fam_grades = set()
        for _ in range(nkids):
            if len(rows) >= 300:
                break
            for _try in range(50):
                first = rng.choice(org["kids"])
                if (first, last) not in story_full and all(
                        not (r["first"] == first and r["last"] == last) for r in rows):
                    break
            free = [c for c in CLASSES if c[0] not in fam_grades] or CLASSES
            klas = min(free, key=lambda c: (counts[c] + rng.random() * 2.5))
            fam_grades.add(klas[0])
            counts[klas] += 1
            rows.append(dict(key=None, first=first, last=last, klas=klas, p1=p1, p2=p2))
    order = list(range(len(rows)))
    rng.shuffle(order)
    shuffled = [rows[i] for i in order]
    used_pupil_mail = set()
    for i, r in enumerate(shuffled, 1):
        r["id"] = f"P{i:04d}"
        base = f"{slugname(r['first'])}.{slugname(r['last'])}"
        m = base
        n = 2
        while m in used_pupil_mail:
            m = f"{base}{n}"
            n += 1
        used_pupil_mail.add(m)
        r["mail"] = f"{m}@leerling.{SP}"
    return shuffled


ROSTER = build_roster()
BYKEY = {r["key"]: r for r in ROSTER if r["key"]}


def pid(k):
    return BYKEY[k]["id"]


def pmail(k):
    return BYKEY[k]["mail"]


def par(k, n=1):
    a = BYKEY[k]["p1" if n == 1 else "p2"]
    assert a, (k, n)
    return a


def full(k):
    r = BYKEY[k]
    return f"{r['first']} {r['last']}"


def klas(k):
    return BYKEY[k]["klas"]


def parents_of_class(c, n=None):
    out = []
    for r in sorted(ROSTER, key=lambda r: r["id"]):
        if r["klas"] == c:
            for p in (r["p1"], r["p2"]):
                if p and p not in out:
                    out.append(p)
    return out if n is None else out[:n]


def write_roster():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for r in sorted(ROSTER, key=lambda r: (r["klas"], r["last"], r["first"])):
        w.writerow([r["id"], r["first"], r["last"], r["klas"], r["mail"], r["p1"], r["p2"]])
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# attachments built with the standard library
# ---------------------------------------------------------------------------

ZDT = (2025, 2, 3, 9, 30, 0)


def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paragraphs, macro=False):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                 '</Relationships>')
        files += [("word/_rels/document.xml.rels", drels), ("word/vbaProject.bin", VBA_BIN)]
    return _zip(files)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, macro=False, sheet="Blad1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
             + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wrels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_BIN))
    return _zip(files)


# a stand-in for a compiled VBA project: OLE header + module source text
VBA_BIN = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 486
           + b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call VerwerkResultaten\r\nEnd Sub\r\n"
           b"Sub VerwerkResultaten()\r\n  Shell \"cmd /c copy \\\\srv-data\\enquete\\*.csv C:\\Temp\\\", vbHide\r\n"
           b"End Sub\r\n")


def make_pdf(lines, title="Document"):
    """minimal one-page PDF with Helvetica text"""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        text.append(f"({esc(ln)}) '")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (" + esc(title) + ") /Producer (Microsoft Word voor Microsoft 365) "
         "/CreationDate (D:20250203093000+01'00') >>").encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def fake_exe(label):
    """a small PE-looking blob (not runnable)"""
    h = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44)
    h[60:64] = (128).to_bytes(4, "little")
    h += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    h += b"\x00" * (128 - len(h)) if len(h) < 128 else b""
    h += b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 240
    h += hashlib.sha256(label.encode()).digest() * 24
    return bytes(h)


def fake_iso(label):
    data = bytearray(b"\x00" * 0x8000)
    pvd = bytearray(b"\x01CD001\x01\x00" + b"LINUX".ljust(32) + label.upper().encode()[:32].ljust(32))
    pvd += b"\x00" * (2048 - len(pvd))
    data += pvd
    data += b"\xffCD001\x01" + b"\x00" * 2041
    return bytes(data)


def to_csv(rows, sep=";", enc="utf-8-sig"):
    b = io.StringIO()
    w = csv.writer(b, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode(enc)


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------

def q_outlook(frm, sent, to, subject, body, cc=None):
    head = [f"Van: {frm}", f"Verzonden: {sent}", f"Aan: {to}"]
    if cc:
        head.append(f"CC: {cc}")
    head.append(f"Onderwerp: {subject}")
    return "\n".join(["", "", "________________________________"] + head + ["", body])


def q_gt(intro, body):
    return "\n\n" + intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))


def q_fwd(frm, date, subject, to, body):
    return ("\n\n---------- Doorgestuurd bericht ---------\n"
            f"Van: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{body}")


def html_wrap(inner, outlook=True):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} '
                'td {border:solid windowtext 1.0pt; padding:0cm 5.4pt;} --></style></head>'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
                + inner + '</div></body></html>')
    return f'<html><head><meta charset="utf-8"></head><body>{inner}</body></html>'


def h_p(text):
    return "".join(f'<p class="MsoNormal">{_x(ln) if ln else "&nbsp;"}</p>' for ln in text.split("\n"))


def h_table(rows, header=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "b" if header and i == 0 else None
        cells = "".join(
            f'<td valign="top"><p class="MsoNormal">{"<b>" if tag else ""}{_x(str(c))}{"</b>" if tag else ""}</p></td>'
            for c in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def t_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(slug, frm, to, subject, body, *, cc=(), bcc=(), html=None, html_only=False, cte=None,
         charset="utf-8", att=(), when=(2, 10, 9, 0), reply=False, forward=False, phone=False,
         mailer="outlook", rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=(),
         to_header=None, extra=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc],
                      subject=subject, body=body, html=html, html_only=html_only, cte=cte,
                      charset=charset, att=list(att), when=when, reply=reply, forward=forward,
                      phone=phone, mailer=mailer, rules=list(rules), cats=list(cats),
                      about=list(about), mis=mis, note=note, lang=lang, fmt=list(fmt),
                      to_header=to_header, extra=extra or {}))


def D(m, d, h=9, mi=0):
    return (m, d, h, mi)


def dstr(m, d, h=9, mi=0):
    """Dutch Outlook-style date string for quoted headers"""
    dt = datetime(2025, m, d, h, mi)
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
    return f"{days[dt.weekday()]} {dt.day} {months[dt.month - 1]} 2025 {dt.hour}:{dt.minute:02d}"


# ===========================================================================
# A. credentials (password) - 35 mails
# ===========================================================================

CHAT_URL = "https://chat.spc.ksleuven.be/begeleiding"

body001 = f"""Dag Tom,

Vanaf maandag zit jij ook op de chatpermanentie tijdens de week van het welbevinden
(dinsdag en donderdag van 12u tot 13u, de andere dagen doen Nadia en ik).

Je kan inloggen op {CHAT_URL} met ons gedeelde account:

gebruiker: begeleiding.kessello
wachtwoord: Luister!Kessel25

Niet doorgeven aan de stagiairs aub, die krijgen een eigen login van Bart.

Groetjes
Sarah

{sig('sarah')}"""
mail("chat-login-nieuwe-collega", who("sarah"), [who("tom")], "Chatpermanentie welzijnsweek - login",
     body001, when=D(2, 5, 16, 42), rules=["password"],
     note="shared counsellor chat account with its password in clear")

tbl002 = [["Platform", "Login", "Wachtwoord", "Opmerking"],
          ["Chat leerlingbegeleiding", "begeleiding.kessello", "Luister!Kessel25", "gedeeld account, niet doorgeven"],
          ["Welzijnsmeter (beheer)", "spc-kessello-admin", "Wm#2025-kl!9", "resultaten per klas"],
          ["Mailbox vertrouwenspersoon", "vertrouwenspersoon@spc.ksleuven.be", "Vp-Dijle-7741", "enkel Nadia en Lien"],
          ["Stille ruimte B0.14", "deurcode", "2580#", "niet aan leerlingen geven"]]
txt002 = ("Hoi allemaal,\n\nHieronder het overzicht van de accounts die we deze week nodig hebben. "
          "Ik zet het ook op papier in de map in het begeleidingslokaal.\n\n" + t_table(tbl002) +
          "\n\nLaat maar weten als er iets niet werkt.\n\nLien\n\n" + sig("lien"))
html002 = html_wrap(h_p("Hoi allemaal,\n\nHieronder het overzicht van de accounts die we deze week nodig hebben. "
                        "Ik zet het ook op papier in de map in het begeleidingslokaal.\n") + h_table(tbl002)
                    + h_p("\nLaat maar weten als er iets niet werkt.\n\nLien\n\n" + sig("lien")))
mail("overzicht-accounts-welzijnsweek", who("lien"), [who("sarah"), who("tom"), who("nadia")],
     "Overzicht accounts en codes welzijnsweek", txt002, html=html002, when=D(2, 6, 8, 15),
     rules=["password"], note="Outlook table with logins, passwords and the quiet-room door code; only colleagues in To")

mail("deurcode-stille-ruimte-personeel", who("karin"), [who("karin")],
     "Stille ruimte B0.14 open vanaf maandag",
     f"""Beste collega's,

Vanaf maandag 10 februari is de stille ruimte (B0.14, naast het begeleidingslokaal) elke dag open
van 8u15 tot 16u30. Leerlingen die even nood hebben aan rust kunnen er terecht met een briefje
van de leerkracht of na een gesprek met de leerlingbegeleiding.

De deur heeft een codeslot. De code is 2580# - gelieve die niet aan leerlingen door te geven,
zij worden altijd door een volwassene binnengelaten.

Dank voor jullie medewerking!

Karin Smolders
Adjunct-directeur""",
     bcc=[f"personeel@{SK}"], when=D(2, 7, 15, 3), rules=["password"],
     note="staff letter (group in BCC, fine) but it carries the door code of the quiet room")

mail("nieuwe-code-stille-ruimte-gsm", who("dries"), [who("sarah")], "Code",
     "Code stille ruimte is veranderd, leerlingen kenden hem blijkbaar al.\n\nNieuwe code: 7 3 9 1 en dan het sleuteltje\n\nDries\n\nVerstuurd vanaf mijn iPhone",
     when=D(2, 11, 12, 51), mailer="iphone", phone=True, rules=["password"],
     note="phone mail with the new door code spelled digit by digit")

mail("wifi-gasten-workshops", who("bart"), [who("adem")], "Wifi op school tijdens uw workshops",
     f"""Beste mevrouw Dewaele,

Karin Smolders vroeg me u de gegevens van ons gastnetwerk te bezorgen voor de workshops
ademhaling en mindfulness op dinsdag 11 en donderdag 13 februari.

Netwerk (SSID): Stroom-Gast
Sleutel: Dijle-Gast-8812

Het netwerk is geldig tot en met vrijdag 14/2. De beamer in C0.02 werkt met HDMI of via
ClickShare (de knop ligt op de lessenaar).

Met vriendelijke groeten

{sig('bart')}""",
     when=D(2, 6, 10, 20), rules=["password"], note="Wi-Fi key given to an outside workshop partner")

csv006 = [["login", "startwachtwoord", "geldig tot", "opmerking"]]
_r = random.Random(6)
for i in range(1, 13):
    pw = "".join(_r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))
    csv006.append([f"chatgast{i:02d}", pw, "14/02/2025", "wijzigen bij 1e login"])
mail("gastlogins-chatstand", who("bart"), [who("nadia")], "Gastaccounts chatstand refter",
     f"""Dag Nadia,

In bijlage de 12 gastaccounts voor de chatstand in de refter. Leerlingen die liever niet met hun
eigen Smartschool-account inloggen, kunnen zo toch anoniem een gesprek starten.
Bij de eerste aanmelding moet het wachtwoord gewijzigd worden.

Groeten,
Bart

{sig('bart')}""",
     att=[("gastlogins_chatstand.csv", to_csv(csv006), "text/csv")], when=D(2, 7, 11, 5),
     rules=["password"], note="CSV attachment listing guest logins with start passwords")

codes007 = "\n".join(f"{i:2d}. {c}" for i, c in enumerate(
    ["4821-7730", "9015-2264", "3377-0418", "6102-9953", "7480-1126",
     "2259-6631", "8804-3172", "5536-9047", "1193-5820", "0672-4418"], 1))
mail("herstelcodes-gedeeld-account", who("nadia"), [who("lienp")], "back-upcodes chat",
     """Hoi Lien,

Ik heb tweestapsverificatie aangezet op het gedeelde chataccount (zoals Bart vroeg).
De back-upcodes zitten in bijlage, voor als mijn gsm plat is of ik ziek ben. Kan jij ze ergens
veilig bewaren? Elke code werkt maar één keer.

Nadia""",
     att=[("herstelcodes_begeleiding.kessello.txt",
           ("Herstelcodes voor begeleiding.kessello\r\nAangemaakt op 6 februari 2025\r\n\r\n"
            + codes007.replace("\n", "\r\n") + "\r\n").encode("utf-8"), "text/plain")],
     when=D(2, 6, 21, 14), mailer="apple", rules=["password"],
     note="recovery (backup) codes of the shared account in a .txt attachment")

fwd008 = q_fwd("Praatpunt <no-reply@chat.spc.ksleuven.be>", "di 11 feb 2025 om 12:02",
               "Je verificatiecode", "begeleiding.kessello@spc.ksleuven.be",
               "Je eenmalige code om in te loggen is: 482913\n\nDeze code vervalt na 10 minuten. "
               "Heb je niet geprobeerd in te loggen? Negeer dan dit bericht.")
mail("verificatiecode-doorgestuurd", who("tom"), [who("sarah")], "Fwd: Je verificatiecode",
     "Kan jij dit even ingeven? Ik zit nog in de klas, de chat begint om 12u. T" + fwd008 +
     "\n\nVerstuurd vanaf mijn iPhone", when=D(2, 11, 12, 3), mailer="iphone", phone=True, forward=True,
     rules=["password"], note="forwarded one-time login code")

mail("wachtwoord-op-drie-lijnen", who("lien"), [who("karin")], "Welzijnsmeter beheer",
     """Karin,

Het wachtwoord van het beheerdersaccount van de Welzijnsmeter zet ik op drie lijnen, dan valt het
minder op als iemand over je schouder meekijkt:

Zonne
bloem
#2025

(aan elkaar, zonder spaties). Login is spc-kessello-admin.

Lien""", when=D(2, 3, 14, 40), rules=["password"], note="password split over three lines")

mail("laptop-stille-ruimte-gespeld", who("sarah"), [who("dries")], "laptop",
     "ww van de laptop in de stille ruimte (voor de rustgevende muziek): hoofdletter R, u, s, t, "
     "dan 2 0 2 5 en een uitroepteken\n\nS.\n\nVerzonden vanaf mijn Galaxy",
     when=D(2, 10, 7, 58), mailer="android", phone=True, rules=["password"],
     note="password spelled out character by character")

mail("trainer-login-aula-en", who("bart"), [who("yoga")], "Your session on 12 February - practical info",
     f"""Dear Emily,

Thank you for running the yoga and breathing sessions for our fifth and sixth years next Wednesday.

To use the screen and the sound system in the auditorium, please log in on the lectern PC with
  user: gast-aula
  password: Calm2025!aula

The mats are stored in the PE storage room; our PE teacher Pieter Dewulf will meet you at reception
at 8:15.

Kind regards,
Bart Maes
ICT coordinator, Sint-Pieterscollege Kessel-Lo""",
     when=D(2, 7, 9, 12), lang="en", rules=["password"], note="English: PC login with password for an outside trainer")

mail("tablette-salle-polyvalente-fr", who("wouter"), [who("improv")], "Atelier d'impro du jeudi 13 février",
     """Bonjour Camille,

Merci encore d'avoir accepté d'animer l'atelier d'improvisation pour nos élèves de 5e.
Pour la tablette de la salle polyvalente (musique et minuterie) : code PIN 480317.
Le wifi invité s'appelle « Stroom-Gast », mot de passe : Dijle-Gast-8812.

Je vous attends à l'accueil à 10h15.

Bien à vous,
Wouter Jacobs
Professeur de français""",
     when=D(2, 10, 17, 30), lang="fr", cte="quoted-printable", rules=["password"],
     note="French: tablet PIN and Wi-Fi password for an outside partner")

mail("kluis-kas-welzijnsweek", who("karin"), [who("rita")], "Kas welzijnsweek",
     """Dag Rita,

De kas voor de inkopen van de welzijnsweek (soep, fruit, materiaal voor de workshops) zit in de
kleine kluis achter het onthaal. Code: 0-4-7-7, daarna de knop naar rechts draaien.
Graag alle bonnetjes in de enveloppe steken en vrijdag aan Marc geven.

Karin""", when=D(2, 7, 16, 10), rules=["password"], note="safe combination in clear")

mail("kopieercode-theater", who("rita"), [who("theater")], "Kopiëren op school",
     f"""Beste Jef,

Je kan de teksten voor de voorstelling rond cyberpesten zelf kopiëren op het toestel in de
leraarskamer (eerste verdieping). Je persoonlijke kopieercode is 5521.
Graag enkel voor de teksten van de voorstelling gebruiken.

Vriendelijke groeten
Rita Geens
Leerlingensecretariaat""", when=D(2, 5, 13, 25), rules=["password"], note="printer/copier code for an outside partner")

mail("resultaten-klas-base64", who("lien"), [who("elif")], "Resultaten welzijnsbevraging 4A bekijken",
     """Dag Elif,

Om de resultaten van jouw klas te bekijken ga je naar https://welzijnsmeter.be/school/spc-kessello

Login: titularis-4a
Wachtwoord: Klas4A-wb!61

De resultaten zijn geanonimiseerd; je ziet enkel gemiddelden en percentages per vraag.
Bespreek ze gerust in het klasuur van volgende week.

Groetjes
Lien""", cte="base64", when=D(2, 17, 10, 0), rules=["password"],
     note="base64 body carrying a survey-platform login with password")

mail("coaccount-ouder-tuur-qp", who("rita"), [par("tuur_segers")], "Co-account Smartschool",
     f"""Beste mevrouw Segers,

U vroeg een co-account om de berichten van de school over de welzijnsweek en het klasleven van
{full('tuur_segers')} (1D) zelf te kunnen volgen. Hieronder vindt u uw gegevens:

Gebruikersnaam: tuur.segers_co1
Startwachtwoord: Start-7YQ2-mz

Bij de eerste aanmelding op https://sintpieterscollege.smartschool.be wordt u gevraagd een nieuw
wachtwoord te kiezen.

Met vriendelijke groeten
Rita Geens
Leerlingensecretariaat""", cte="quoted-printable", when=D(1, 30, 10, 45),
     about=["tuur_segers"], rules=["password"],
     note="parent co-account start password; correctly addressed to the pupil's parent, nothing sensitive")

mail("paswoord-laptop-zorgcoordinatie", who("lien"), [who("nadia")], "Laptop zorgcoördinatie",
     """Dag Nadia,

De laptop van de zorgcoördinatie (die ik naar de CLB-overleggen meeneem) ligt in de grijze kast,
bovenste schap. Jij mag hem gebruiken voor de presentatie op de personeelsvergadering.

Paswoord: Zorg@Cöördinatie3010 - met de ö's, ik weet het, onhandig op een Engels klavier.

Lien""", charset="windows-1252", cte="8bit", when=D(2, 4, 12, 20), rules=["password"],
     note="Windows-1252 body with a laptop password")

orig018 = """Dag Karin,

Je account voor de Welzijnsmeter is aangemaakt.
Gebruiker: karin.smolders
Tijdelijk wachtwoord: WM-dir-3392

Gelieve dit te wijzigen na je eerste aanmelding.

Bart"""
mail("fw-account-welzijnsmeter-directie", who("karin"), [who("geert")], "FW: Account Welzijnsmeter directie",
     "Geert, kan jij ook met dit account werken? Dan moeten we er geen tweede aanvragen.\n\nKarin" +
     q_outlook(who("bart"), dstr(2, 3, 11, 2), who("karin"), "Account Welzijnsmeter directie", orig018),
     forward=True, when=D(2, 3, 11, 30), rules=["password"],
     note="forward of an IT mail that carries a temporary password")

mail("ww-chat-aangepast", who("tom"), [who("nadia")], "chat",
     "Chat-ww is aangepast na de storing van vorige week.\nNieuw ww: Kessel-Lo_2025 (hoofdletters K en L)\n\nLaat iets weten als het niet lukt.\nT.",
     when=D(2, 17, 8, 5), rules=["password"], note="'ww' abbreviation with the new password")

mail("alarmcode-infoavond", who("karin"), [who("dries")], "Afsluiten na de infoavond",
     """Dries,

Dinsdagavond is de infoavond voor ouders rond 'Opgroeien online'; jij sluit af.
Alarmcode hoofdgebouw: 6 1 9 4 en dan OFF bij het binnenkomen, 6194 + ON bij het buitengaan.
Vergeet de deur van de refter niet, die blijft soms open staan.

Merci!
Karin""", when=D(2, 10, 14, 2), rules=["password"], note="alarm code of the building")

mail("sleutelkastje-zijdeur-theater", who("dries"), [who("theater")], "Opbouw woensdag",
     """Dag Jef,

Woensdag kunnen jullie vanaf 7u30 binnen via de zijdeur aan de fietsenstalling. De sleutel van de
turnzaal hangt in het sleutelkastje naast die deur, code 1903.
Graag de sleutel na afloop terughangen en het kastje weer dichtdraaien.

Tot woensdag,
Dries Goossens
Opvoeder""", when=D(2, 11, 16, 45), rules=["password"], note="key-box code for an outside partner")

mail("kluisje-code-leerling", who("dries"), [pmail("stan_geerts")], "Je kluisje",
     f"""Dag Stan,

Je kluisje (nr. 214 in de gang naast de refter) hebben we opnieuw ingesteld omdat je de code
vergeten was. De nieuwe code is 3-8-1.
Niet doorvertellen aan je vrienden, anders kan iedereen aan je spullen ;-)

Dries""", when=D(2, 12, 10, 15), about=["stan_geerts"], rules=["password"],
     note="locker combination sent to the pupil's own address; locker number is not a secret")

mail("begeleidingsgsm-voicemail", who("nadia"), [who("sarah")], "Begeleidings-gsm deze week",
     """Sarah,

De begeleidings-gsm ligt deze week bij jou (lader zit in de lade).
PIN om de voicemail te beluisteren: 8264
Pincode van de simkaart zelf: 1379

Nadia""", when=D(2, 9, 19, 40), rules=["password"], note="voicemail PIN and SIM PIN")

mail("wachtwoord-pdf-mdo", who("tom"), [who("clb")], "Verslag MDO 4 februari",
     f"""Dag Ilse,

Zoals afgesproken stuur ik het verslag van het multidisciplinair overleg in een beveiligde pdf via
een aparte mail.
Het wachtwoord om de pdf te openen: Dijle2025!mdo

Vriendelijke groet
Tom

{sig('tom')}""", when=D(2, 5, 15, 0), rules=["password"],
     note="password for an encrypted pdf sent in a separate mail; no pupil named")

mail("mailbox-vertrouwenspersoon-zin", who("lien"), [who("nadia")], "gedeelde mailbox",
     """Hoi Nadia,

Voor de gedeelde mailbox vertrouwenspersoon@spc.ksleuven.be heb ik een zin als wachtwoord
ingesteld, dat is makkelijker te onthouden:

paarse-fiets-regent-zacht

(alles klein, met streepjes). Pas het gerust aan als je wil.

Lien""", when=D(2, 4, 9, 10), rules=["password"], note="passphrase of a shared mailbox")

docx026 = make_docx([
    "Overdracht leerlingbegeleiding - na de week van het welbevinden",
    "Sarah Wouters, 14 februari 2025",
    "Chatpermanentie: ma/wo/vr Nadia, di/do Tom, 12u-13u; avondpermanentie ma en do.",
    "Stille ruimte blijft open tot de paasvakantie.",
    "Stille ruimte B0.14: deurcode 2580#, sleutel van de kast in de bovenste lade.",
    "Chat: gebruiker begeleiding.kessello - wachtwoord Luister!Kessel25",
    "Welzijnsmeter: spc-kessello-admin - Wm#2025-kl!9",
    "Bij vragen: Lien.",
])
mail("overdracht-welzijnsweek-docx", who("sarah"), [who("tom")], "Overdracht volgende week",
     """Dag Tom,

Ik ben vanaf maandag 17 februari twee weken thuis (operatie aan mijn knie, niets ernstigs). In
bijlage mijn overdracht met alles wat je nodig hebt voor de chat en de stille ruimte.

Succes en tot binnen twee weken!
Sarah""", att=[("Overdracht_welzijnsweek.docx", docx026,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
     when=D(2, 14, 15, 55), rules=["password"],
     note="Word attachment with logins, passwords and the door code; staff member's own health mention is not about a pupil")

xlsx027 = make_xlsx([["Toestel", "Locatie", "Pincode", "Verantwoordelijke"],
                     ["iPad 1", "Chatstand refter", "480317", "Nadia"],
                     ["iPad 2", "Stille ruimte B0.14", "552904", "Sarah"],
                     ["iPad 3", "Workshop C0.02", "731168", "Tom"],
                     ["iPad 4", "Onthaal (inschrijvingen)", "206455", "Rita"]])
mail("tablets-pincodes-xlsx", who("bart"), [who("karin")], "Tablets welzijnsweek",
     """Karin,

De vier iPads voor de welzijnsweek zijn klaar. Overzicht met locatie en pincodes in bijlage.
Ze worden maandag om 8u uitgedeeld op het secretariaat.

Bart""", att=[("tablets_welzijnsweek.xlsx", xlsx027,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
     when=D(2, 7, 12, 40), rules=["password"], note="xlsx attachment with device PINs")

tbl028 = [["Klas", "Gebruiker", "Wachtwoord"],
          ["4A", "titularis-4a", "Klas4A-wb!61"],
          ["4B", "titularis-4b", "Klas4B-wb!27"],
          ["4C", "titularis-4c", "Klas4C-wb!88"]]
html028 = html_wrap(h_p("Dag collega's van het vierde jaar,\n\nDe resultaten van de welzijnsbevraging staan online. "
                        "Elke titularis heeft een eigen login:\n") + h_table(tbl028) +
                    h_p("\nDe resultaten zijn per klas en anoniem.\n\nGroetjes\nLien"))
mail("titularissen-4de-logins-html", who("lien"), [who("elif")], "Logins Welzijnsmeter 4de jaar",
     html028, cc=[who("koen"), who("ellen")], html_only=True, when=D(2, 17, 10, 20),
     rules=["password"], note="HTML-only Outlook table with logins and passwords; colleagues in To/CC only")

orig029 = "Dag Tom,\n\nVoor de chat van vandaag:\ngebruiker: begeleiding.kessello\nwachtwoord: Luister!Kessel25\n\nSarah"
mail("re-chat-werkt", who("tom"), [who("sarah")], "RE: chat vandaag",
     "Top, het werkt! Ik ben ingelogd en er zitten al twee leerlingen te wachten.\n\nTom" +
     q_outlook(who("sarah"), dstr(2, 11, 11, 48), who("tom"), "chat vandaag", orig029),
     reply=True, when=D(2, 11, 12, 1), rules=["password"],
     note="short reply whose quoted original still contains the password")

mail("bankkaart-aankopen", who("karin"), [who("dries")], "Aankopen stille ruimte",
     """Dries,

Voor de zitzakken en de lampjes voor de stille ruimte mag je de schoolbankkaart gebruiken
(zit in de enveloppe in mijn bureau). Pincode: 9016.
Bonnetje afgeven bij Marc aub.

Karin""", when=D(2, 4, 16, 20), rules=["password"], note="PIN of the school's bank card")

mail("chat-overnemen-van-thuis", who("tom_gmail"), [who("sarah")], "chat vanavond?",
     """Hey Sarah,

Sorry dat ik van thuis mail, mijn schoolaccount doet raar op mijn laptop.
Kan jij vanavond de avondpermanentie van de chat (19u-20u) overnemen? Mijn dochter is ziek.
Login is begeleiding.kessello, ww Luister!Kessel25, voor het geval je het niet meer weet.

Tom""", mailer="gmail", when=D(2, 12, 17, 20), rules=["password", "private_account"],
     note="staff member from a private gmail about school business, with the chat password")

teams032 = """________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 364 918 207 553
Wachtwoordcode: 9hK2tQ
________________________________________________________________________________"""
mail("overleg-clb-teams-en-map", who("lien"), [who("clb")], "Overleg groepsaanbod CLB - welzijnsweek",
     f"""Dag Ilse,

Hierbij de uitnodiging voor ons overleg van donderdag 30/1 om 14u over het groepsaanbod van het
CLB tijdens de welzijnsweek.

De presentatie staat in onze gedeelde map op https://stroom.sharepoint.com/sites/welzijn-kessello
Gebruiker: clb-gast
Wachtwoord: Gast!Map-5512

Tot donderdag,
Lien

{teams032}""", when=D(1, 27, 11, 0), rules=["password"],
     note="Teams passcode is allowed, but the mail also gives a login with password for the shared folder")

mail("reset-smartschool-leerling", who("bart"), [pmail("imane_tahiri")], "Je Smartschool-wachtwoord",
     """Dag Imane,

Je vroeg aan het onthaal om je Smartschool-wachtwoord te resetten omdat je het vergeten was.
Tijdelijk wachtwoord: Tijdelijk-4821
Je moet het meteen veranderen bij het inloggen, anders kan je maandag de bevraging niet invullen.

Groeten
Bart Maes (ICT)""", when=D(2, 6, 9, 35), about=["imane_tahiri"], rules=["password"],
     note="temporary password sent to the pupil's own address")

mail("ww-in-onderwerp", who("nadia"), [who("tom")], "nieuw ww chat = Praat2025!",
     "zie onderwerp :-)\nN.\n\nVerstuurd vanaf mijn iPhone", mailer="iphone", phone=True,
     when=D(2, 18, 7, 46), rules=["password"], note="the password is in the subject line")

mail("medicijnkast-code-sportnamiddag", who("karin"), [who("pieter")], "Sportnamiddag vrijdag",
     """Pieter,

Voor de sportnamiddag van vrijdag (afsluiter welzijnsweek): de EHBO-koffer staat in het
secretariaat. Als je iets uit de medicijnkast nodig hebt (koelpacks zitten daar ook): code 4417.
Alles noteren in het EHBO-register aub.

Karin""", when=D(2, 12, 15, 12), rules=["password"], note="code of the medicine cabinet")

# ===========================================================================
# B. look-alikes of credentials - 15 mails, nothing that opens anything
# ===========================================================================

mail("wachtwoord-verloopt-melding", who("ict"), [STAFF["sarah"][1]], "Je wachtwoord verloopt binnen 5 dagen",
     """Beste Sarah,

Het wachtwoord van je Stroom-account verloopt over 5 dagen (op 12 februari 2025).
Wijzig het tijdig via https://account.ksleuven.be/wijzigen of via Ctrl+Alt+Del op een schoolcomputer.

Let op: de ICT-dienst vraagt nooit je wachtwoord via mail, telefoon of Smartschool.
Twijfel je aan een bericht? Stuur het door naar ict@spc.ksleuven.be.

ICT-helpdesk Stroom""", when=D(2, 7, 6, 0), mailer=None, rules=[],
     note="password-expiry notice without any password")

mail("re-chatwachtwoord-kwijt", who("bart"), [who("nadia")], "RE: chat wachtwoord kwijt",
     """Nadia,

Ik mag je het wachtwoord van het chataccount niet mailen (en eigenlijk mag niemand dat).
Vraag een reset aan via ict@spc.ksleuven.be of kom even langs in A1.07, dan stellen we samen een
nieuw in en zetten we het in de wachtwoordkluis van de leerlingbegeleiding.

Bart""" + q_outlook(who("nadia"), dstr(2, 10, 8, 2), who("bart"), "chat wachtwoord kwijt",
                   "Bart, ik ben het wachtwoord van de chat kwijt, kan je het mij snel doorsturen? De permanentie begint om 12u.\n\nNadia"),
     reply=True, when=D(2, 10, 8, 20), rules=[], note="asks for a password and gets a refusal; no secret in the thread")

mail("bevraging-klascodes", who("lien"), [who("elif"), who("koen"), who("ellen")],
     "Welzijnsbevraging in het klasuur van maandag",
     """Dag collega's,

Maandag in het klasuur vullen jullie leerlingen de welzijnsbevraging in.

- In Smartschool: Vragenlijsten > 'Welbevinden 2025' (vragenlijst-ID WB-2025-02)
- Leerlingen loggen in met hun gewone Smartschool-account, er is geen aparte code nodig
- Bij de eerste vraag kiezen ze hun klascode (4A, 4B of 4C) zodat we per klas kunnen rapporteren
- Invullen duurt ongeveer 15 minuten; wie klaar is, mag lezen

De antwoorden zijn anoniem. Leerlingen die een gesprek willen, kunnen dat aanvinken op het einde.

Dank je!
Lien""", when=D(2, 6, 14, 5), rules=[], note="survey ID and class codes open nothing")

mail("referentie-groepssessie-clb", who("tom"), [who("clbinfo")], "Uw referentie 2025-0417 - groepssessie faalangst",
     """Beste,

Betreft uw referentie 2025-0417: wij bevestigen graag de groepssessie 'Omgaan met faalangst'
voor de leerlingen van het tweede jaar op woensdag 12 februari, 3de en 4de lesuur, lokaal C0.03.
We verwachten een twintigtal leerlingen; de inschrijvingen lopen via de school.

Met vriendelijke groeten
Tom Verlinden
Leerlingbegeleider""", when=D(2, 3, 10, 10), rules=[], note="CLB reference number and room number, no pupil")

mail("hulplijnen-voor-affiche", who("sarah"), [who("sofie")], "Tekst voor de affiche 'Praat erover'",
     """Hoi Sofie,

Dit zijn de hulplijnen die op de affiche moeten (volgorde maakt niet uit):

- Awel: bel gratis 102 of chat via awel.be
- Tele-Onthaal: 106
- Zelfmoordlijn: 1813 of zelfmoord1813.be
- Nupraatikerover.be (chat voor jongeren)
- Op school: de leerlingbegeleiding (lokaal B0.12) of de chat via Smartschool

Kan jij er een QR-code naar onze chatpagina bij zetten? Die link staat in Smartschool.

Merci!
Sarah""", when=D(1, 31, 13, 15), rules=[],
     note="short help-line numbers (102, 106, 1813) are neither secrets nor personal phone numbers")

mail("workshopcodes-planning", who("karin"), [who("tom"), who("nadia"), who("sarah")], "Codes workshops voor de inschrijvingen",
     """Hallo,

Voor het inschrijvingsformulier gebruiken we deze codes:

W01 Mindfulness (Adem & Ruimte) - C0.02
W02 Yoga en ademhaling (Calm Corner) - turnzaal
W03 Slaap lekker - C0.03
W04 Cyberpesten: theater Spiegelbeeld - aula
W05 Koken met De Boon - keuken
W06 Omgaan met faalangst (CLB) - C0.03
W07 Sport en spel (KV Kessel-Lo) - sporthal
W08 Improvisation (en français) - polyvalente zaal
W09 Rouw en verlies: praatgroep - B0.12
W10 Creatief met klei - atelier

Leerlingen kiezen twee workshops; wie W09 kiest, spreken we eerst even persoonlijk aan.

Karin""", when=D(1, 29, 11, 30), rules=[], note="workshop codes and room numbers")

teams042 = """________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 312 845 770 219
Wachtwoordcode: Xe7bQ2
Downloaden Teams | Deelnemen op het web
Meer informatie | Opties voor vergadering
________________________________________________________________________________"""
html042 = html_wrap(h_p("Dag dokter Cuypers,\n\nHierbij de uitnodiging voor het overleg over de medicatieafspraken "
                        "tijdens de sportnamiddag.\n\nMet vriendelijke groeten\nLien De Wit\n") +
                    '<div style="width:100%"><span style="font-size:18.0pt">Microsoft Teams-vergadering</span>'
                    '<p class="MsoNormal"><b>Deelnemen op uw computer, mobiele app of ruimteapparaat</b></p>'
                    '<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE3ZTcxYzEtOWQ5'
                    'Yy00YjM0LWE2ZWMtYzQzN2I1ZDg3ZDFi%40thread.v2/0">Klik hier om deel te nemen aan de vergadering</a></p>'
                    '<p class="MsoNormal">Vergadering-id: 312 845 770 219<br>Wachtwoordcode: Xe7bQ2</p></div>')
mail("teams-uitnodiging-clb-arts", who("lien"), [who("clb2")], "Overleg medicatieafspraken sportnamiddag",
     "Dag dokter Cuypers,\n\nHierbij de uitnodiging voor het overleg over de medicatieafspraken tijdens de "
     "sportnamiddag.\n\nMet vriendelijke groeten\nLien De Wit\n\n" + teams042,
     html=html042, when=D(2, 4, 10, 30), rules=[],
     note="Teams invitation; meeting passcode is part of the invitation and allowed")

mail("zoom-repetitie-spreker", who("karin"), [who("spreker")], "Technische test infoavond 'Opgroeien online'",
     """Dag Bert,

Zoals afgesproken doen we maandag om 16u een korte technische test voor de infoavond van dinsdag.

Zoom-vergadering
https://us06web.zoom.us/j/84522319087?pwd=bE1tWkRzV3N2dFlsQ0hnZz09
Meeting-ID: 845 2231 9087
Toegangscode: 6Tq9vB

Tot maandag!
Karin Smolders""", when=D(2, 6, 9, 45), rules=[], note="Zoom invitation with passcode (allowed)")

mail("factuur-theater-ontvangen", who("marc"), [who("theater")], "Uw factuur F2025-0112",
     """Geachte heer Lowie,

Wij ontvingen uw factuur F2025-0112 voor de voorstelling 'Klik. Weg.' van 12 februari.
De betaling gebeurt binnen 30 dagen op het rekeningnummer dat op de factuur vermeld staat,
met uw factuurnummer als referentie. Ons bestelbonnummer is BB-25-0087.

Met vriendelijke groeten
Marc Luyten
Boekhouding""", when=D(2, 17, 11, 20), rules=[], note="invoice and purchase-order numbers")

mail("bestelling-stressballetjes", who("dries"), [who("promo")], "Bestelling 2025-33817",
     """Goedemiddag,

Graag bevestig ik bestelling 2025-33817: 300 stressballetjes (groen) met bedrukking
'Stroom - week van het welbevinden', levering uiterlijk vrijdag 7 februari op het onthaal.
Facturatie op naam van Sint-Pieterscollege, btw-nummer op de bestelbon.

Vriendelijke groeten
Dries Goossens""", when=D(1, 28, 13, 5), rules=[], note="order number only")

mail("lokalen-welzijnsweek", who("karin"), [who("dries")], "Lokalen en toegang week van het welbevinden",
     """Dries,

Overzicht van de lokalen voor volgende week:
- stille ruimte: B0.14 (leerlingen worden binnengelaten door het onthaal of de leerlingbegeleiding)
- workshops: C0.01 t.e.m. C0.04, aula, turnzaal, keuken
- chatstand: refter, tafel 12
- praatgroep rouw: B0.12

De badges voor de externe begeleiders liggen klaar op het onthaal (nr. 1 t.e.m. 15).

Karin""", when=D(2, 6, 16, 30), rules=[], note="room and badge numbers, access is arranged in person")

mail("ticket-chat-laadt-niet", who("nadia"), [who("ict")], "Ticket #48213 - chat laadt niet",
     """Hallo,

Vervolg op ticket #48213: de chat van de leerlingbegeleiding laadt nog altijd niet in Chrome
op de pc in B0.12 (foutcode 403). In Edge werkt het wel.
Kan iemand vóór 12u eens kijken? Dan begint de permanentie.

Dank je
Nadia Amrani""", when=D(2, 11, 9, 5), rules=[], note="ticket number and error code")

mail("re-wachtwoordbeleid", who("bart"), [who("tom")], "RE: wachtwoorden delen",
     """Dag Tom,

Nee, wachtwoorden horen niet in een mail of Smartschool-bericht, ook niet tussen collega's.
Vanaf dit schooljaar gelden deze regels:
- minstens 12 tekens, liefst een zin
- nooit hetzelfde wachtwoord voor school en privé
- gedeelde accounts (zoals de chat) staan in de gedeelde wachtwoordkluis van de leerlingbegeleiding;
  ik geef jou daar toegang toe, dan zie je het daar.

Bart""" + q_outlook(who("tom"), dstr(2, 5, 8, 55), who("bart"), "wachtwoorden delen",
                   "Bart, mag ik het wachtwoord van de chat gewoon naar de collega's mailen? Dat is het makkelijkst.\n\nTom"),
     reply=True, when=D(2, 5, 9, 20), rules=[], note="explains the password rules without giving a password")

mail("vervangingen-vakcodes", who("karin"), [who("elif")], "Vervangingen woensdag",
     """Elif,

Woensdag vallen LO-4B (3de lesuur) en PAV-5C (5de lesuur) weg door de workshops.
Jij hebt dan toezicht in de aula bij W04 (theater cyberpesten), samen met Dries.
Klascode in Smartschool-agenda: WBW-4B.

Karin""", when=D(2, 7, 13, 40), rules=[], note="course codes and class codes")

mail("fw-is-dit-phishing", who("sarah"), [who("ict")], "FW: Uw mailbox is bijna vol",
     "Is dit echt? Ik heb niets ingegeven.\n\nSarah" +
     q_outlook("Microsoft 365 Beheer <admin-notice@m365-mailbox-support.com>", dstr(2, 13, 7, 12),
               who("sarah"), "Uw mailbox is bijna vol",
               "Beste gebruiker,\n\nUw mailbox heeft 98% van de opslag bereikt. Bevestig uw wachtwoord binnen 24 uur via "
               "onderstaande link om verlies van berichten te vermijden.\n\nhttps://m365-mailbox-support.com/verify\n\nMicrosoft 365"),
     forward=True, when=D(2, 13, 7, 30), rules=[], note="phishing asking for a password; no password given")

# ===========================================================================
# C. sensitive information about identifiable pupils - 40 mails
#    (8 of them misdirected)
# ===========================================================================

tbl051 = [["Leerling", "Klas", "Situatie", "Opvolging / afspraken"],
          [full("amira_haddad"), klas("amira_haddad"), "eetstoornis, sterk vermagerd sinds november",
           "ambulante opvolging eetteam AZ Dijlevallei; middagmaal onder toezicht in B0.12"],
          [full("zoe_lambrechts"), klas("zoe_lambrechts"), "snijdt zich (armen), gemeld op 23/1",
           "dagelijkse check-in 8u20; ouders op de hoogte; CLB aangemeld"],
          [full("milan_desmet"), klas("milan_desmet"), "jonge mantelzorger, zorgt 's avonds voor mama en zusje",
           "flexibele deadlines, huiswerkbegeleiding op school"],
          [full("senne_vandamme"), klas("senne_vandamme"), "papa overleden op 19/1",
           "praatgroep rouw (W09), leerkrachten verwittigd"],
          [full("aylin_demir"), klas("aylin_demir"), "online gepest via Instagram (nepprofiel)",
           "screenshots bewaard, ouders ingelicht, herstelgesprek met de 2 betrokkenen"],
          [full("ruben_claes"), klas("ruben_claes"), "mama kan meerdaagse Ardennen niet betalen",
           "afbetalingsplan boekhouding + aanvraag solidariteitsfonds"]]
intro051 = ("Dag Tom,\n\nHieronder de leerlingen die ik volg en die zich tijdens de welzijnsweek mogelijk bij jou "
            "melden aan de chat of in de stille ruimte. Het volledige verslag staat in het LVS, dit is de korte versie.\n")
outro051 = ("\nBelangrijk: Zoë komt elke ochtend zelf naar B0.12. Als ze er om 8u30 niet is, bel je de ouders.\n"
            "Bij Amira wordt volgende week opnieuw gewogen in het ziekenhuis; de uitslag hoor ik van mama.\n\n"
            "Vragen? Spreek me gerust aan.\n\nNadia")
mail("opvolging-leerlingen-tabel", who("nadia"), [who("tom")], "Leerlingen in opvolging (vertrouwelijk)",
     intro051 + "\n" + t_table(tbl051) + "\n" + outro051,
     html=html_wrap(h_p(intro051) + h_table(tbl051) + h_p(outro051)), when=D(2, 7, 17, 5),
     about=["amira_haddad", "zoe_lambrechts", "milan_desmet", "senne_vandamme", "aylin_demir", "ruben_claes"],
     rules=["sensitive"], cats=["family", "psychosocial", "medical", "care", "financial"],
     note="follow-up table pasted from Word: eating disorder, self-harm, young carer, bereavement, online bullying, unpaid trip")

mail("aanmelding-clb-zoe", who("nadia"), [who("clb")], "Aanmelding leerling 4A",
     f"""Dag Ilse,

Met akkoord van de ouders meld ik een leerling aan voor begeleiding door het CLB.

Naam: {full('zoe_lambrechts')}
Klas: 4A
Geboortedatum: 03/09/2009

Zoë vertelde op 23 januari aan haar titularis dat ze zich al enkele maanden snijdt, vooral 's avonds
als ze piekert over school. Ze voelt zich vaak somber en zegt dat ze 'er niet meer tegen kan'.
Suïcidale gedachten ontkent ze.

Op school doen we dagelijks een korte check-in. Kan het CLB een intake plannen, liefst nog voor de
krokusvakantie? De ouders zijn bereikbaar via de gegevens in het dossier.

Vriendelijke groeten
Nadia Amrani
Leerlingbegeleider 3de graad - vertrouwenspersoon""", cte="quoted-printable", when=D(1, 27, 15, 40),
     about=["zoe_lambrechts"], rules=["sensitive", "personal_data"], cats=["psychosocial", "care"],
     note="CLB referral of a named pupil who self-harms, with her date of birth")

mail("amira-afspraak-eetteam", who("nadia"), [par("amira_haddad", 2)], "Amira - afspraken op school",
     f"""Beste mevrouw Haddad,

Bedankt voor het gesprek van gisteren. Zoals afgesproken vat ik even samen wat we op school doen
zolang Amira opgevolgd wordt door het eetstoornissenteam van AZ Dijlevallei:

- Amira eet 's middags in B0.12 samen met mij of met Sarah Wouters, niet in de refter.
- Tijdens de sportnamiddag van vrijdag doet ze niet mee aan de loopwedstrijd (advies van de arts).
- Na de controle in het ziekenhuis op 18 februari spreken we opnieuw af.

Aarzel niet om mij te contacteren als er iets verandert.

Met vriendelijke groeten
Nadia Amrani""", when=D(2, 5, 13, 10), about=["amira_haddad"], rules=["sensitive"], cats=["medical"],
     note="correctly addressed to Amira's mother; eating disorder, hospital follow-up")

txt054 = f"""Dag Greet,

Ter info voor de klassenraad en voor de vakleerkrachten van 3C: {full('milan_desmet')} zorgt 's avonds
grotendeels voor zijn mama, die sinds de zomer bedlegerig is, en voor zijn zusje van acht. Papa woont
niet meer thuis. Milan is daardoor vaak moe en geraakt niet altijd aan zijn taken.

Afspraken:
- taken en deadlines: een week uitstel zonder strafwerk
- huiswerkbegeleiding op dinsdag- en donderdagmiddag
- geen toetsen inhalen op woensdagnamiddag (dan is hij thuis nodig)

Milan wil niet dat de klas het weet. Graag discreet.

Tom"""
mail("milan-afspraken-3c", who("tom"), [who("greet")], "Milan De Smet - afspraken",
     txt054, html=html_wrap(h_p(txt054)), cc=[who("koen")], when=D(2, 4, 16, 15), about=["milan_desmet"],
     rules=["sensitive"], cats=["family", "care"],
     note="young carer at home and reasonable adjustments; colleagues only")

mail("senne-overlijden-papa", who("inge"), [who("sofie"), who("wouter"), who("pieter")], "Senne (2D)",
     f"""Beste collega's,

Jullie hebben {full('senne_vandamme')} in de klas. Zijn papa is vorige zondag plots overleden.
Senne komt vanaf morgen terug naar school. Hij heeft gevraagd om het in de klas niet te vermelden,
maar hij mag altijd even naar buiten of naar de stille ruimte gaan.
Hij kan zich inschrijven voor de praatgroep rouw tijdens de welzijnsweek.

Dank je voor jullie begrip.
Inge""", cte="base64", when=D(1, 22, 12, 30), about=["senne_vandamme"], rules=["sensitive"], cats=["family"],
     note="death of a pupil's father (base64 body)")

orig056 = f"""Beste mevrouw Wouters,

Mijn dochter Aylin wordt al twee weken lastiggevallen via een nepaccount op Instagram. Er worden
foto's van haar gedeeld met gemene opmerkingen. Ze wil niet meer naar school. Wat kan de school doen?

Hakan Demir"""
mail("re-aylin-instagram", who("sarah"), [par("aylin_demir")], "RE: pesterijen Instagram",
     f"""Beste meneer Demir,

Bedankt om dit zo snel te melden. Ik heb vandaag met Aylin gepraat; ze heeft me de screenshots
getoond en we hebben ze samen bewaard. We weten ondertussen welke twee leerlingen achter het
nepaccount zitten. Met hen wordt morgen een gesprek gevoerd en er volgt een herstelgesprek als
Aylin dat wil. Het account is intussen gemeld bij Instagram.

Aylin mag de komende dagen altijd bij mij terecht, ook tijdens de pauzes.
Zou u donderdag om 16u langs kunnen komen voor een gesprek?

Met vriendelijke groeten
Sarah Wouters
Leerlingbegeleider 1ste graad""" + q_gt(f"Op {dstr(2, 3, 20, 12)} schreef Hakan Demir <{par('aylin_demir')}>:", orig056),
     reply=True, when=D(2, 4, 15, 45), about=["aylin_demir"], rules=["sensitive"], cats=["psychosocial"],
     note="correctly addressed reply about a pupil bullied online")

orig057 = f"""Beste,

Ik kan de reis naar de Ardennen voor Ruben (3A) niet in één keer betalen. Sinds mijn ontslag lukt
het niet meer. Is er een mogelijkheid om in schijven te betalen? Ruben wil echt graag mee.

Sofie Claes"""
mail("re-afbetaling-meerdaagse-ruben", who("marc"), [par("ruben_claes")], "RE: betaling meerdaagse",
     f"""Beste mevrouw Claes,

Geen probleem. We stellen voor om het bedrag van €240 voor {full('ruben_claes')} in drie schijven van €80
te betalen (eind februari, maart en april). Daarnaast dien ik een aanvraag in bij ons
solidariteitsfonds; mogelijk wordt een deel van het bedrag daaruit betaald. Ruben kan dus zeker mee.

U ontvangt de overschrijvingen per schijf via Smartschool.

Met vriendelijke groeten
Marc Luyten
Boekhouding Sint-Pieterscollege""" + q_outlook(f"Sofie Claes <{par('ruben_claes')}>", dstr(2, 3, 21, 5),
                                               STAFF["marc"][1], "betaling meerdaagse", orig057),
     reply=True, when=D(2, 4, 10, 5), about=["ruben_claes"], rules=["sensitive"], cats=["financial"],
     note="correctly addressed payment plan for a named pupil")

mail("solidariteitsfonds-ruben-verkeerd", who("tom"), [f"Sofie Claessens <{par('ella_maes')}>"],
     "Meerdaagse Ardennen",
     f"""Beste mevrouw Claes,

Goed nieuws: het solidariteitsfonds van de school komt tussen in de kosten van de meerdaagse van
{full('ruben_claes')} (3A). U moet enkel nog €80 betalen; de rest is geregeld met de boekhouding.
Ruben weet er nog niets van, ik laat het aan u over om het hem te vertellen.

Vriendelijke groeten
Tom Verlinden""", cte="quoted-printable", when=D(2, 12, 11, 50), about=["ruben_claes"], mis=True,
     rules=["sensitive", "recipient"], cats=["financial"],
     note="autocomplete: sent to Sofie Claessens (mother of Ella Maes) instead of Sofie Claes, Ruben's mother")

mail("lotte-paniekaanvallen-verkeerd", who("evelien"), [f"Ann Pieters <{par('lotte_pieters')}>"],
     "Lotte - gesprek na de toets",
     f"""Beste mevrouw,

Ik wou u even laten weten dat {full('lotte_peeters')} vandaag tijdens de toets wiskunde opnieuw een
paniekaanval had. Ze is met de leerlingbegeleiding naar de stille ruimte gegaan en voelde zich na een
half uur beter. Het is de derde keer deze maand.

We stellen voor dat Lotte voorlopig wekelijks een gesprek heeft met Sarah Wouters van de
leerlingbegeleiding. Kunnen we hierover volgende week samenzitten?

Met vriendelijke groeten
Evelien Mertens
Klastitularis 3B""", when=D(2, 6, 15, 20), about=["lotte_peeters"], mis=True,
     rules=["sensitive", "recipient"], cats=["psychosocial"],
     note="about Lotte Peeters (3B) but sent to the mother of Lotte Pieters (2A); none of Lotte Peeters' parents")

orig060 = """Dag mevrouw Mertens,

Kristof vertelde me over het telefoontje. Hoe gaat het nu met Lotte in de klas? Ze zegt thuis
weinig. Wanneer kunnen we langskomen?

Els"""
mail("re-lotte-peeters-gesprek", who("evelien"), [par("lotte_peeters", 2)], "RE: Lotte",
     f"""Dag mevrouw Vandamme,

Lotte had deze week nog één paniekaanval, maar ze vond zelf de weg naar de stille ruimte en kon
daarna terug naar de les. De gesprekken met de leerlingbegeleiding lopen, Lotte vindt ze fijn.

Past donderdag 13/2 om 16u30? Dan sluit ook mevrouw Wouters van de leerlingbegeleiding aan.

Met vriendelijke groeten
Evelien Mertens""" + q_gt(f"Op {dstr(2, 10, 19, 41)} schreef Els Vandamme <{par('lotte_peeters', 2)}>:", orig060),
     reply=True, when=D(2, 11, 8, 10), about=["lotte_peeters"], rules=["sensitive"], cats=["psychosocial"],
     note="correctly addressed to Lotte Peeters' second parent, whose address does not spell Peeters")

mail("val-klimworkshop-verkeerd", who("pieter"), [par("noor_janssens")], "Val tijdens de klimworkshop",
     f"""Beste ouders,

{full('emma_janssens')} (3B) is vanmiddag tijdens de klimworkshop van de welzijnsweek van ongeveer
twee meter hoogte gevallen. Ze was even suf en had hoofdpijn en moest overgeven, daarom hebben we
de ziekenwagen gebeld. Ze is naar de spoed van AZ Dijlevallei gebracht met een vermoedelijke
hersenschudding; een collega is met haar meegegaan.

Ik probeerde u telefonisch te bereiken maar kreeg geen antwoord. Gelieve contact op te nemen met
het secretariaat.

Pieter Dewulf
Leerkracht LO

Verstuurd vanaf mijn iPhone""", mailer="iphone", phone=True, when=D(2, 13, 14, 38),
     about=["emma_janssens"], mis=True, rules=["sensitive", "recipient"], cats=["medical"],
     note="two Janssens families: about Emma Janssens (3B) but sent to the family of Noor Janssens (1A)")

mail("noor-dyslexie-afspraken", who("joke"), [par("noor_janssens")], "Afspraken dyslexie Noor",
     f"""Beste ouders van Noor,

Na het overleg met het CLB hebben we de afspraken voor {full('noor_janssens')} vastgelegd in haar
handelingsplan dyslexie:

- extra tijd (een derde) bij toetsen en bij de welzijnsbevraging
- toetsen in lettertype Arial 12, met meer witruimte
- voorleessoftware (Kurzweil) op haar laptop
- spelfouten tellen niet mee buiten het vak Nederlands

Tijdens de welzijnsweek leest een leerkracht de vragen van de bevraging voor als Noor dat wil.
Het CLB volgt Noor verder op; de volgende evaluatie is in mei.

Met vriendelijke groeten
Joke Verstraeten
Klastitularis 1A""", charset="windows-1252", cte="quoted-printable", when=D(2, 5, 16, 50),
     about=["noor_janssens"], rules=["sensitive"], cats=["care"],
     note="correctly addressed (other Janssens family); dyslexia plan and CLB follow-up; Windows-1252 QP")

mail("yasmine-verblijfsregeling", who("koen"), [par("yasmine_elidrissi", 2)], "Yasmine - communicatie",
     f"""Beste mevrouw Benali,

Bedankt om ons op de hoogte te brengen van de scheiding en van de nieuwe verblijfsregeling
(week om week). We zorgen ervoor dat de berichten van de school voortaan naar beide ouders gaan.

{full('yasmine_elidrissi')} vertelde me vorige week dat ze het moeilijk heeft met de verhuis. Ze heeft
zelf gevraagd om met de leerlingbegeleiding te praten; dat gesprek gaat morgen door.

Met vriendelijke groeten
Koen Lemmens
Klastitularis 4B""", when=D(1, 28, 17, 15), about=["yasmine_elidrissi"], rules=["sensitive"], cats=["family"],
     note="correctly addressed; parents' divorce and custody arrangement")

mail("incident-theaterworkshop-verkeerd", who("koen"), [f"Rachid Bakkali <{par('yasmine_bakkali')}>"],
     "Incident tijdens de workshop",
     f"""Beste meneer,

Tijdens de theaterworkshop rond cyberpesten heeft {full('yasmine_elidrissi')} een stoel naar een
medeleerling gegooid na een ruzie. Niemand raakte gewond, maar het was een ernstig incident.
Yasmine wordt morgen een dag preventief geschorst en schrijft een reflectieopdracht.
Maandag volgt een herstelgesprek met de betrokken leerling.

Met vriendelijke groeten
Koen Lemmens
Klastitularis 4B""", when=D(2, 12, 16, 5), about=["yasmine_elidrissi"], mis=True,
     rules=["sensitive", "recipient"], cats=["psychosocial"],
     note="two Yasmines in 4B: about Yasmine El Idrissi but sent to the father of Yasmine Bakkali")

txt065 = f"""Beste meneer Wouters,

Zoals besproken met mama heb ik {full('fien_daems')} (2B) aangemeld bij een psycholoog, mevrouw
Vercammen van praktijk Zonnewende. Fien heeft sinds de zomer veel last van faalangst en piekert
's avonds lang. De eerste sessie is op 19 februari om 16u; Fien mag het laatste lesuur vroeger
vertrekken.

In haar zorgplan op school staat voorlopig:
- toetsen vooraf aankondigen, geen onverwachte overhoringen
- een rustige plaats bij toetsen
- wekelijks kort contact met de leerlingbegeleiding

Met vriendelijke groeten
Sarah Wouters
Leerlingbegeleider 1ste graad"""
mail("fien-psycholoog-verkeerde-papa", who("sarah"), [f"Peter Wouters <{par('arne_wouters')}>"],
     "Aanmelding psycholoog en zorgplan Fien", txt065, html=html_wrap(h_p(txt065)),
     when=D(2, 13, 11, 25), about=["fien_daems"], mis=True, rules=["sensitive", "recipient"],
     cats=["psychosocial", "care"],
     note="half-sibling mix-up (anxiety, psychologist, care plan): Peter Wouters is only the father of Fien's half-brother Arne; none of Fien's parents receive it")

mail("mohamed-vechtpartij-politie", who("filip"), [par("mohamed_aitlahcen")], "Incident speelplaats",
     f"""Beste mevrouw Ait Lahcen,

Zoals telefonisch gemeld: {full('mohamed_aitlahcen')} was vanmiddag betrokken bij een vechtpartij aan
de schoolpoort met een jongere van een andere school. Omdat er een mes getoond werd (niet door
Mohamed), heeft de directie de politie gebeld. De politie heeft Mohamed gehoord als betrokkene.

Mohamed wordt twee dagen preventief geschorst (donderdag en vrijdag). Maandag om 8u30 verwachten
we u samen met Mohamed voor een gesprek met de directie.

Met vriendelijke groeten
Filip Deckers
Klastitularis 5C""", when=D(2, 5, 17, 30), about=["mohamed_aitlahcen"], rules=["sensitive"],
     cats=["psychosocial"], note="behaviour incident with police and suspension, correctly addressed")

mail("elise-zwangerschap-clb", who("tom"), [who("clb")], "Vraag begeleiding leerling 3A",
     f"""Dag Ilse,

{full('elise_vandenbroeck')} (3A) heeft me vandaag verteld dat ze ongeveer veertien weken zwanger is.
Mama is op de hoogte en steunt haar. Elise wil graag op school blijven tot het einde van het
schooljaar.

Kan de CLB-arts contact opnemen voor de medische opvolging en de afspraken rond LO en de
meerdaagse? Ik zou ook graag met jullie een traject bekijken voor na de bevalling.

Tom Verlinden
Leerlingbegeleider 2de graad""", when=D(2, 6, 12, 15), about=["elise_vandenbroeck"], rules=["sensitive"],
     cats=["medical", "care"], note="pregnancy of a named pupil and CLB follow-up")

mail("oscar-arm-verzekering", who("pieter"), [par("oscar_lenaerts")], "Ongevalsaangifte Oscar",
     f"""Beste meneer Lenaerts,

Ik hoop dat Oscar niet te veel pijn heeft. Voor de schoolverzekering vul ik de ongevalsaangifte in
voor de breuk van zijn linkerarm tijdens de sportworkshop van dinsdag (gips voor zes weken, volgens
het attest van AZ Dijlevallei).

Ik heb het rijksregisternummer van Oscar ingevuld als {OSCAR_RRN}. Klopt dat?
Het medisch attest mag u aan het secretariaat bezorgen.

Met vriendelijke groeten
Pieter Dewulf
Leerkracht LO""", when=D(2, 13, 10, 40), about=["oscar_lenaerts"], rules=["sensitive", "personal_data"],
     cats=["medical"], note="injury and hospital, with the pupil's national register number")

mail("hanne-notenallergie-kookworkshop", who("elif"), [who("cook")], "Kookworkshop 4A - allergie",
     f"""Dag Ruth,

Fijn dat jullie donderdag met 4A komen koken. Belangrijk: {full('hanne_verbeke')} heeft een ernstige
notenallergie (ook pinda's en sporen). Ze heeft altijd twee EpiPens bij in haar rugzak. Als ze
reageert: meteen de pen zetten en 112 bellen; ik ben zelf de hele workshop aanwezig.

Kunnen jullie een recept zonder noten voorzien, of een apart gerecht voor Hanne?

Groetjes
Elif Yildiz
Klastitularis 4A""", when=D(2, 10, 16, 40), about=["hanne_verbeke"], rules=["sensitive"], cats=["medical"],
     note="allergy and emergency medication of a named pupil shared with an outside partner (112 is an emergency number)")

mail("dylan-ophalen-vader", who("greet"), [who("rita"), who("dries")], "Dylan Stevens 3C - ophalen",
     f"""Rita, Dries,

Belangrijk voor het onthaal: volgens het vonnis van de familierechtbank dat mama ons bezorgde, mag
de vader van {full('dylan_stevens')} Dylan niet ophalen aan school. Het verblijf is voorlopig
volledig bij mama. Na de avondworkshop van dinsdag wordt Dylan opgehaald door zijn grootmoeder.

Als de vader toch aan de school staat: Dylan binnen houden en de directie verwittigen.

Greet""", when=D(2, 7, 10, 5), about=["dylan_stevens"], rules=["sensitive"], cats=["family"],
     note="custody ruling; two colleagues in To is fine")

mail("sara-pleeggezin", who("ann"), [who("nadia")], "Sara (5A)",
     f"""Dag Nadia,

Nog even ter info voor je dossier: {full('sara_mahieu')} woont sinds de herfstvakantie in een pleeggezin
(bij mevrouw De Smedt). Contact met haar mama gebeurt enkel nog begeleid, via de
pleegzorgdienst. Alle brieven en de uitnodiging voor het oudercontact gaan dus naar de pleegmoeder.

Sara vroeg of ze tijdens de welzijnsweek met jou mag praten; ze zit er nogal mee.

Ann""", cte="base64", when=D(2, 3, 13, 15), about=["sara_mahieu"], rules=["sensitive"], cats=["family"],
     note="foster placement and supervised contact (base64 body)")

mail("robbe-afbetalingsplan-ocmw", who("marc"), [par("robbe_timmermans")], "Afbetalingsplan schoolrekening Robbe",
     f"""Beste mevrouw Timmermans,

Zoals besproken met de sociale dienst van het OCMW neemt het OCMW de helft van de openstaande
schoolrekening van {full('robbe_timmermans')} (€284,60) ten laste. Voor de rest (€142,30) stellen we
een afbetalingsplan voor van vier maandelijkse schijven van €35,58.

Rekeningnummer school: {SCHOOL_IBAN}
Mededeling: {ogm(2502140611)}

Daarnaast kan u schooltoeslag aanvragen; als u hulp nodig heeft bij die aanvraag, helpt onze
leerlingbegeleiding u graag.

Met vriendelijke groeten
Marc Luyten
Boekhouding""", when=D(2, 14, 9, 50), about=["robbe_timmermans"], rules=["sensitive", "personal_data"],
     cats=["financial"], note="OCMW and payment plan for a named pupil; school IBAN in the body")

txt073 = f"""Beste mevrouw Vercammen,

Met toestemming van beide ouders stuur ik u enkele gegevens over {full('ilias_benali')} (2A), die
volgende week voor een intake bij u komt.

Ilias heeft sinds de kerstvakantie ernstige angstklachten. Hij piekert 's ochtends lang,
durft de bus niet meer te nemen en was in januari negen halve dagen afwezig. Op school zien we
dat hij zich terugtrekt tijdens de pauzes. Tijdens de welzijnsweek heeft hij een paar keer de
stille ruimte gebruikt en daar gaf hij aan dat hij 'bang is dat er iets ergs gebeurt'.

Op school heeft Ilias een aangepast lessenrooster (start om 9u05) en wekelijks een gesprek met mij.
Graag stemmen we na de intake af hoe we op school het best ondersteunen.

Met vriendelijke groeten
Sarah Wouters
Leerlingbegeleider 1ste graad"""
mail("ilias-aanmelding-psycholoog", who("sarah"), [who("psy")], "Ilias Benali - intake volgende week",
     txt073, html=html_wrap(h_p(txt073)), when=D(2, 14, 12, 20), about=["ilias_benali"],
     rules=["sensitive"], cats=["psychosocial", "care"],
     note="referral of an anxious pupil to an outside psychologist, adapted timetable")

mail("lucas-tdah-medication-fr", who("ellen"), [par("lucas_dubois")], "Lucas - médication et aménagements",
     f"""Chère Madame Dubois,

Je me permets de vous écrire en français, comme vous me l'aviez demandé.
Aujourd'hui, {full('lucas_dubois')} avait oublié de prendre sa Rilatine à midi. L'après-midi a été
difficile pendant l'atelier : il ne tenait pas en place et s'est disputé avec un camarade.

Comme convenu avec le CLB dans le cadre de son TDAH, Lucas bénéficie des aménagements suivants :
- une place au premier rang, loin de la fenêtre
- des pauses courtes pendant les longues activités
- un temps supplémentaire pour les contrôles

Pourriez-vous vérifier qu'il a bien son médicament dans son cartable pour demain ?

Bien cordialement,
Ellen Huysmans
Titulaire 4C""", cte="quoted-printable", lang="fr", when=D(2, 11, 16, 20), about=["lucas_dubois"],
     rules=["sensitive"], cats=["medical", "care"], note="French: ADHD, medication and reasonable adjustments, correctly addressed")

docx075 = make_docx([
    "Aanpassingsplan examens februari - " + full("nina_willems") + " (6B)",
    "Diagnose: dyslexie (attest CLB, 2019), lichte dyscalculie.",
    "Maatregelen: 1/3 extra tijd; voorleessoftware; opgaven in A3; geen strafpunten voor spelling.",
    "Examen wiskunde in apart lokaal B0.12 met rekenmachine.",
    "Opvolging: zorgcoördinator Lien De Wit, evaluatie na de examens.",
])
mail("nina-aanpassingsplan-docx", who("lien"), [who("leen")], "Aanpassingen examens Nina Willems",
     """Dag Leen,

In bijlage het aanpassingsplan van Nina voor de examens na de krokusvakantie. Kan jij het
doorgeven aan de vakleerkrachten van 6B? Nina weet ervan en is er akkoord mee.

Lien""", cc=[who("hans")], att=[("Aanpassingsplan_Nina_Willems_6B.docx", docx075,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
     when=D(2, 18, 14, 30), about=["nina_willems"], rules=["sensitive"], cats=["care"],
     note="dyslexia adjustments plan in a .docx named after the pupil")

mail("finn-ass-stille-ruimte", who("lien"), [par("finn_vanroy")], "Welzijnsweek en Finn",
     f"""Beste mevrouw Van Roy,

Volgende week is het week van het welbevinden: er zijn workshops, muziek in de refter en de
lessen lopen anders dan gewoonlijk. Omdat we weten dat veranderingen en lawaai voor Finn (met zijn
autismespectrumstoornis) zwaar kunnen zijn, hebben we een prikkelarm plan gemaakt:

- Finn krijgt op maandag een weekschema met foto's van de lokalen
- hij mag de stille ruimte B0.14 gebruiken wanneer hij wil, ook tijdens de workshops
- in de refter kan hij eten aan de tafel bij het raam, weg van de chatstand
- hij kiest zelf of hij meedoet met de sportnamiddag

Laat gerust weten als u nog tips heeft.

Met vriendelijke groeten
Lien De Wit
Zorgcoördinator""", when=D(2, 6, 11, 15), about=["finn_vanroy"], rules=["sensitive"], cats=["care"],
     note="autism and a low-stimulus plan; correctly addressed")

tbl077 = [["Leerling", "Aandachtspunt", "Actie", "Wie"],
          [full("lotte_peeters"), "paniekaanvallen bij toetsen (3x in jan/feb)", "toetsen apart lokaal, gesprekken LB", "Sarah"],
          [full("emma_janssens"), "hersenschudding na val klimworkshop", "1 week geen schermwerk, geen LO", "Pieter"],
          [full("bram_hendrickx"), "ouders in scheiding, woont nu bij papa", "titularis volgt op", "Evelien"],
          [full("layla_ouali"), "dyscalculie, CLB-opvolging", "rekenmachine bij alle toetsen", "Lien"],
          [full("kobe_vandyck"), "-", "complimentenmuur opgestart, pluim op rapport", "Evelien"]]
pre077 = "Dag Lien,\n\nHier de punten van 3B uit de tussentijdse klassenraad van gisteren, voor het zorgoverleg:\n"
post077 = "\nDe andere leerlingen van 3B: geen bijzonderheden.\n\nEvelien"
mail("klassenraad-3b-zorgpunten", who("evelien"), [who("lien")], "Klassenraad 3B - zorgpunten",
     pre077 + "\n" + t_table(tbl077) + "\n" + post077, cc=[who("sarah")],
     html=html_wrap(h_p(pre077) + h_table(tbl077) + h_p(post077)), when=D(2, 18, 8, 40),
     about=["lotte_peeters", "emma_janssens", "bram_hendrickx", "layla_ouali", "kobe_vandyck"],
     rules=["sensitive"], cats=["psychosocial", "medical", "family", "care"],
     note="class-council table: anxiety, concussion, divorce, dyscalculia with CLB; colleagues only")

csv078 = to_csv([
    ["Naam", "Klas", "Score somberheid (1-5)", "Score angst (1-5)", "Wil gesprek", "Opmerking leerling"],
    [full("amira_haddad"), klas("amira_haddad"), "4,6", "3,8", "ja", "ik voel me al lang niet goed"],
    [full("jules_verhoeven"), klas("jules_verhoeven"), "4,4", "2,9", "ja", "slaap slecht, weinig zin in alles"],
    [full("imane_tahiri"), klas("imane_tahiri"), "3,1", "4,5", "ja", "veel stress voor examens, piekeren"],
    [full("sara_mahieu"), klas("sara_mahieu"), "3,9", "3,2", "ja", "mis mijn mama"],
])
mail("bevraging-gespreksvragen-3de-graad", who("nadia"), [who("lien")], "Gespreksvragen uit de bevraging - 3de graad",
     """Dag Lien,

In bijlage de leerlingen van de 3de graad die in de welzijnsbevraging aanvinkten dat ze een gesprek
willen, met hun scores op 'somberheid' en 'angst'. Ik plan de gesprekken deze week nog in.

Nadia""", att=[("gespreksvragen_3de_graad.csv", csv078, "text/csv")], when=D(2, 17, 16, 0),
     about=["amira_haddad", "jules_verhoeven", "imane_tahiri", "sara_mahieu"], rules=["sensitive"],
     cats=["psychosocial"], note="CSV of named pupils with depression/anxiety scores from the survey")

mail("rania-deadlines-mantelzorg", who("tom"), [pmail("rania_mansouri")], "Je taken Nederlands",
     """Dag Rania,

Zoals we vanmiddag bespraken: omdat je 's avonds voor je broertje zorgt terwijl je mama nachtdienst
doet, mag je de taken van Nederlands en geschiedenis tot de krokusvakantie telkens een week later
indienen. Ik heb het aan je leerkrachten laten weten, je hoeft het zelf niet uit te leggen.

Als het thuis te zwaar wordt, kom je gewoon langs in B0.12.

Tom""", when=D(2, 12, 15, 40), about=["rania_mansouri"], rules=["sensitive"], cats=["family", "care"],
     note="sent to the pupil's own address: young carer at home, deadline adjustments")

mail("jules-somber-huisarts", who("nadia"), [par("jules_verhoeven")], "Gesprek met Jules",
     f"""Beste mevrouw Verhoeven,

Jules had vandaag een gesprek met mij naar aanleiding van de welzijnsbevraging. Hij vertelde dat hij
zich al weken somber voelt, slecht slaapt en weinig zin heeft in school en in zijn hobby's. Hij gaf
ook aan dat de huisarts hem sinds kort antidepressiva heeft voorgeschreven.

Ik stel voor dat Jules de komende weken wekelijks bij mij langskomt. Jules gaf zelf toestemming
om u te mailen.

Met vriendelijke groeten
Nadia Amrani""", when=D(2, 18, 16, 25), about=["jules_verhoeven"], rules=["sensitive"],
     cats=["psychosocial", "medical"], note="depression and antidepressants of a named pupil; correctly addressed")

mail("warre-papa-gevangenis", who("hans"), [who("nadia")], "Warre",
     "Nadia,\n\nWarre Michiels (6A) was vandaag helemaal van slag. Zijn papa zit sinds vorige week in de gevangenis, vertelde hij na de les. Hij wil niet dat de klas het weet.\nKan jij hem morgen eens zien?\n\nHans\n\nVerstuurd vanaf mijn iPhone",
     mailer="iphone", phone=True, when=D(2, 10, 16, 2), about=["warre_michiels"], rules=["sensitive"],
     cats=["family"], note="phone mail: a pupil's father in prison")

mail("melding-vk-julie", who("nadia"), [who("vk")], "Melding - leerling 6A",
     f"""Geachte,

In overleg met de directie doe ik een melding over een leerling van onze school.

Naam: {full('julie_nys')}
Geboren op 21/04/2007
Klas: 6A, Sint-Pieterscollege campus Kessel-Lo

Julie vertelde gisteren tijdens de chatpermanentie en daarna in een gesprek dat haar stiefvader
haar de voorbije maanden meermaals geslagen heeft, de laatste keer vorige vrijdag. Julie is bang om naar huis te gaan; ze verblijft deze week bij haar oma.
Mama is niet op de hoogte van deze melding.

Ik ben bereikbaar via dit adres voor verdere afstemming.

Met vriendelijke groeten
Nadia Amrani
Vertrouwenspersoon""", when=D(2, 12, 9, 15), about=["julie_nys"], rules=["sensitive", "personal_data"],
     cats=["family"], note="report of violence at home with the pupil's date of birth")

mail("ibrahim-openstaande-facturen", who("marc"), [par("ibrahim_diallo")], "Openstaande schoolrekeningen",
     f"""Geachte heer Diallo,

Volgens onze gegevens staan voor {full('ibrahim_diallo')} (2B) nog twee schoolrekeningen open:
- september 2024: €187,90
- december 2024: €124,50
Totaal: €312,40

We begrijpen dat dit een zware uitgave kan zijn. U kan een afbetalingsplan aanvragen of contact
opnemen met onze leerlingbegeleiding voor hulp bij een aanvraag voor schooltoeslag.
Zonder reactie voor 28 februari zijn we helaas verplicht een herinnering per aangetekende brief te
versturen.

Met vriendelijke groeten
Marc Luyten
Boekhouding""", charset="windows-1252", cte="8bit", when=D(2, 17, 14, 5), about=["ibrahim_diallo"],
     rules=["sensitive"], cats=["financial"], note="unpaid bills of a named pupil; Windows-1252 8bit body with euro signs")

mail("anna-diabetes-workshop-en", who("tom"), [who("yoga")], "Wednesday's session - one pupil with diabetes",
     f"""Dear Emily,

One more thing for Wednesday's session with 3A: {full('anna_kowalski')} has type 1 diabetes and
wears an insulin pump. She may need to check her blood sugar and eat something during the session,
and she keeps dextrose tablets in her bag. If she feels dizzy or shaky, please let her sit down and
eat, and send someone to fetch me.

Thank you!
Tom Verlinden
Pupil counsellor""", lang="en", when=D(2, 10, 14, 55), about=["anna_kowalski"], rules=["sensitive"],
     cats=["medical"], note="English: named pupil's diabetes shared with an outside trainer")

mail("mats-uitsluiting-groepschat", who("koen"), [par("mats_vdbossche")], "Mats - groepschat en uitstap",
     f"""Beste mevrouw Van den Bossche,

Tijdens de welzijnsweek kwam via de bevraging aan het licht dat een medeleerling uit 4B al weken
wordt uitgesloten en uitgescholden in een groepschat. {full('mats_vdbossche')} heeft de groep
aangemaakt en de meeste berichten gestuurd; hij gaf dat in een gesprek ook toe.

Als sanctie neemt Mats niet deel aan de uitstap naar Brussel van 21 februari en volgt hij op die
dag een reflectiemoment op school. Daarnaast volgt een herstelgesprek onder begeleiding van de
leerlingbegeleiding.

Graag bespreken we dit met u op school. Past maandag na 16u?

Met vriendelijke groeten
Koen Lemmens
Klastitularis 4B""", when=D(2, 14, 15, 10), about=["mats_vdbossche"], rules=["sensitive"],
     cats=["psychosocial"], note="pupil as bullying perpetrator with sanction; victim not identified")

mail("aanmelding-kjp-sem", who("sarah"), [who("hosp")], "Aanmelding jongere - Sem De Clercq",
     f"""Geachte,

Op vraag van de ouders en na overleg met de huisarts meld ik {full('sem_declercq')} (2D) aan bij uw
dienst. Sem heeft sinds het najaar ernstige slaapproblemen en toenemende angst. Tijdens de
welzijnsweek vertelde hij aan een leerkracht dat hij 'liever niet meer wakker zou worden'.
We hebben dezelfde dag de ouders ingelicht.

De ouders nemen zelf telefonisch contact op voor een afspraak; deze mail is ter voorbereiding.

Met vriendelijke groeten
Sarah Wouters
Leerlingbegeleider 1ste graad""", when=D(2, 14, 10, 30), about=["sem_declercq"], rules=["sensitive"],
     cats=["psychosocial", "medical"], note="referral to child psychiatry with suicidal remarks")

mail("kato-schooltoeslag-hulp", who("sofie"), [par("kato_huybrechts")], "Hulp bij schooltoeslag",
     f"""Beste mevrouw Huybrechts,

Kato vertelde me dat het thuis financieel wat krap is en dat ze daarom niet
meegaat op de uitstap van 21 februari. Dat hoeft niet: de school kan de kosten van de uitstap voor
{full('kato_huybrechts')} dragen via het solidariteitsfonds.

Daarnaast heeft u waarschijnlijk recht op schooltoeslag via het Groeipakket. Als u wil, helpt
onze leerlingbegeleiding u met de aanvraag; u kan ook langsgaan bij de dienst onderwijstoelagen.

Met vriendelijke groeten
Sofie Raes
Klastitularis 2C""", when=D(2, 13, 16, 45), about=["kato_huybrechts"], rules=["sensitive"],
     cats=["financial"], note="financial hardship and school allowance for a named pupil; correctly addressed")

mail("noah-vapen-verkeerde-peeters", who("elif"), [f"Kristof Peeters <{par('lotte_peeters')}>"],
     "Noah - strafstudie woensdag",
     f"""Beste meneer Peeters,

{full('noah_peeters')} (4A) werd vandaag betrapt op vapen op het toilet. Toen een opvoeder hem
aansprak, heeft hij die bedreigd en uitgescholden. Noah krijgt hiervoor strafstudie op woensdag
19 februari van 13u tot 16u en er komt een nota in zijn leerlingendossier.

Met vriendelijke groeten
Elif Yildiz
Klastitularis 4A""", when=D(2, 17, 15, 30), about=["noah_peeters"], mis=True,
     rules=["sensitive", "recipient"], cats=["psychosocial"],
     note="two Peeters families: about Noah Peeters but sent to the father of Lotte and Elias Peeters")

mail("liam-handelingsplan-verkeerde-liam", who("joke"), [par("liam_baert")], "Handelingsplan Liam",
     f"""Beste ouders,

Binnenkort vindt u via Smartschool het handelingsplan van {full('liam_opdebeeck')}.
Samengevat: na het onderzoek door het CLB is dyslexie vastgesteld. Liam krijgt vanaf nu extra tijd
bij toetsen, voorleessoftware en zijn spelfouten tellen niet mee buiten Nederlands. Het CLB plant
in maart een opvolgingsgesprek.

Met vriendelijke groeten
Joke Verstraeten
Klastitularis 1A""", when=D(2, 19, 13, 0), about=["liam_opdebeeck"], mis=True,
     rules=["sensitive", "recipient"], cats=["care"],
     note="two Liams in 1A: about Liam Op de Beeck but sent to the parent of Liam Baert")

fwd090 = q_fwd(f"Eetstoornissenteam AZ Dijlevallei <{EXT['hosp_edu'][1]}>", "do 20 feb 2025 om 09:12",
               "Verplaatsing afspraak", STAFF["nadia"][1],
               f"Beste mevrouw Amrani,\n\nDe controleafspraak van {full('amira_haddad')} bij het eetstoornissenteam "
               "wordt verplaatst naar dinsdag 25 februari om 10u (weging en gesprek met de diëtiste). "
               "Wilt u de ouders op de hoogte brengen?\n\nMet vriendelijke groeten\nSecretariaat eetstoornissenteam")
mail("fw-afspraak-eetteam-verkeerd", who("nadia"), [f"Said Haddou <{par('adam_haddou')}>"],
     "Fwd: Verplaatsing afspraak",
     "Beste meneer Haddad,\n\nHieronder het bericht van het ziekenhuis. Amira mag die ochtend vrij krijgen.\n\nGroeten,\nNadia Amrani" + fwd090,
     forward=True, when=D(2, 20, 9, 40), about=["amira_haddad"], mis=True,
     rules=["sensitive", "recipient"], cats=["medical"],
     note="autocomplete Haddad/Haddou: about Amira Haddad but sent to the father of Adam Haddou")

# ===========================================================================
# D. personal mails about one pupil without sensitive facts - 20 mails
#    (4 of them misdirected)
# ===========================================================================

mail("febe-inschrijving-workshop", who("sarah"), [par("febe_vanhove")], "Inschrijving workshop welzijnsweek",
     f"""Beste meneer Van Hove,

{full('febe_vanhove')} (1E) is ingeschreven voor de workshops W03 'Slaap lekker' (dinsdag, 3de lesuur)
en W10 'Creatief met klei' (donderdag, 5de en 6de lesuur). Voor de kleiworkshop brengt ze best een
oude T-shirt mee.

Met vriendelijke groeten
Sarah Wouters""", when=D(2, 6, 13, 30), about=["febe_vanhove"], rules=[],
     note="workshop sign-up confirmation; correctly addressed, nothing sensitive")

mail("jasper-complimentenmuur", who("ellen"), [par("jasper_smet")], "Een pluim voor Jasper",
     f"""Beste meneer Smet,

Ik wil u even laten weten hoe trots we zijn op {full('jasper_smet')}. Hij kwam zelf met het idee
van een complimentenmuur in de gang van het vierde jaar en heeft die tijdens de welzijnsweek samen
met twee klasgenoten opgebouwd. Er hangen intussen meer dan tweehonderd briefjes aan!

De directie wil de muur laten staan tot de paasvakantie.

Met vriendelijke groeten
Ellen Huysmans
Klastitularis 4C""", when=D(2, 13, 12, 10), about=["jasper_smet"], rules=[],
     note="good initiative, correctly addressed")

orig093 = """Beste mevrouw Huysmans,

Mijn zoon wil graag meedoen met de sponsorloop voor Awel op vrijdag. Moet hij zich nog ergens
inschrijven en moet hij zelf sponsors zoeken?

Groeten,
Hans Wuyts"""
mail("re-sponsorloop-verkeerde-draad", who("ellen"), [f"Hans Wuyts <{par('victor_wuyts')}>"], "RE: Sponsorloop",
     f"""Beste meneer Smet,

Nog een aanvulling op mijn mail van gisteren: {full('jasper_smet')} mag de complimentenmuur op het
slotmoment van vrijdag voorstellen aan de hele school. Hij krijgt daarvoor vijf minuten op het podium
in de aula.

Met vriendelijke groeten
Ellen Huysmans""" + q_outlook(f"Hans Wuyts <{par('victor_wuyts')}>", dstr(2, 12, 20, 5), STAFF["ellen"][1],
                                "Sponsorloop", orig093),
     reply=True, when=D(2, 14, 8, 35), about=["jasper_smet"], mis=True, rules=["recipient"],
     note="reply in the wrong thread: about Jasper Smet, sent to the father of Victor Wuyts")

mail("marie-animation-cloture-fr", who("wouter"), [par("marie_leroy")], "Marie et l'atelier d'impro",
     f"""Chère Madame Leroy,

J'ai le plaisir de vous annoncer que {full('marie_leroy')} (5B) co-animera avec Théâtre La Courte
Paille la courte présentation de l'atelier d'improvisation lors de la séance de clôture de vendredi
14 février à 14h dans l'aula. Les parents sont les bienvenus.

Bien cordialement,
Wouter Jacobs""", lang="fr", charset="windows-1252", cte="quoted-printable", when=D(2, 11, 18, 0),
     about=["marie_leroy"], rules=[], note="French, correctly addressed, nothing sensitive")

mail("marie-cloture-mauvais-leroy-fr", who("wouter"), [f"Famille Leroy <{par('hugo_leroy')}>"],
     "Séance de clôture - photos",
     f"""Bonjour,

Pour la séance de clôture de vendredi, nous aimerions prendre quelques photos de {full('marie_leroy')}
pendant sa présentation, pour le site de l'école. Pourriez-vous nous confirmer votre accord par
retour de mail ?

Merci d'avance,
Wouter Jacobs""", lang="fr", when=D(2, 12, 9, 20), about=["marie_leroy"], mis=True, rules=["recipient"],
     note="two Leroy families: about Marie Leroy (5B) but sent to the parents of Hugo Leroy (2A)")

mail("mila-workshop-verkeerde-vermeulen", who("sofie"), [f"Ann Vermeulen <{par('tibo_goris')}>"],
     "Workshop koken - Mila",
     f"""Beste mevrouw Vermeulen,

{full('mila_vermeulen')} (2C) is ingeschreven voor de kookworkshop W05 van donderdag. De bijdrage van
€4 voor de ingrediënten wordt op de schoolrekening gezet. Mila mag een doosje meebrengen om wat
ze maakt mee naar huis te nemen.

Met vriendelijke groeten
Sofie Raes
Klastitularis 2C""", when=D(2, 7, 14, 15), about=["mila_vermeulen"], mis=True, rules=["recipient"],
     note="autocomplete an.vermeulen vs ann.vermeulen: about Mila Vermeulen, sent to Tibo Goris' mother")

mail("jonas-chatstand-bedankt", who("ann"), [par("jonas_vermeulen")], "Dank je wel aan Jonas",
     f"""Beste mevrouw Vermeulen,

{full('jonas_vermeulen')} heeft de hele welzijnsweek vrijwillig geholpen aan de infostand in de refter:
affiches uitdelen, uitleg geven over de workshops en de stand elke middag opruimen. Hij deed dat
heel goed. We wilden u dat graag even laten weten.

Met vriendelijke groeten
Ann Hermans
Klastitularis 5A""", when=D(2, 14, 16, 30), about=["jonas_vermeulen"], rules=[],
     note="sibling family address shared with Mila; correctly addressed")

mail("fien-yoga-inschrijving", who("sarah"), [par("fien_daems")], "Yoga-workshop Fien",
     f"""Beste mevrouw Smets,

{full('fien_daems')} (2B) schreef zich in voor W02 'Yoga en ademhaling' op woensdag. Ze brengt best
makkelijke kleding en een dikke trui mee; matjes zijn er op school.

Met vriendelijke groeten
Sarah Wouters""", when=D(2, 6, 9, 40), about=["fien_daems"], rules=[],
     note="correctly addressed to Fien's mother, who is also parent of Arne Wouters")

mail("emma-jas-verkeerde-wouters", who("dries"), [f"Peter Wouters <{par('arne_wouters')}>"], "Jas vergeten",
     f"""Beste meneer Wouters,

{full('emma_wouters')} (1C) heeft haar blauwe winterjas laten liggen in de turnzaal na de
sportworkshop. Ze kan hem ophalen aan het onthaal.

Groeten,
Dries Goossens
Opvoeder""", when=D(2, 12, 15, 55), about=["emma_wouters"], mis=True, rules=["recipient"],
     note="two Wouters families: about Emma Wouters (1C), sent to the father of Arne Wouters (6A)")

mail("arne-fototentoonstelling", who("hans"), [par("arne_wouters")], "Foto's van Arne in de inkomhal",
     f"""Beste meneer Wouters,

Tijdens de welzijnsweek hangen de foto's van het project 'Mijn rustplek' in de inkomhal. Drie van de
mooiste zijn van {full('arne_wouters')}. U bent van harte welkom om ze te komen bekijken, elke dag
tot 17u.

Met vriendelijke groeten
Hans Bosmans
Klastitularis 6A""", when=D(2, 10, 11, 20), about=["arne_wouters"], rules=[],
     note="correctly addressed to Arne's father")

mail("tibo-sportzak", who("dries"), [par("tibo_goris")], "Sportzak Tibo",
     f"""Beste mevrouw Vermeulen,

{full('tibo_goris')} (1C) had vandaag geen sportkledij bij voor de sportworkshop. Geen probleem, hij
heeft meegedaan in zijn gewone kleren. Morgen is er opnieuw sport; wilt u er even aan denken?

Groeten,
Dries""", when=D(2, 11, 15, 10), about=["tibo_goris"], rules=[],
     note="correctly addressed: the parent's address does not spell the pupil's surname")

mail("ella-affichewedstrijd", who("sarah"), [par("ella_maes")], "Ella wint de affichewedstrijd!",
     f"""Beste mevrouw Claessens,

Goed nieuws: de affiche van {full('ella_maes')} (1B) is gekozen als affiche van de week van het
welbevinden! Ze wordt deze week in de hele school opgehangen. Op het slotmoment van vrijdag om 14u
in de aula krijgt Ella haar prijs. U bent welkom.

Met vriendelijke groeten
Sarah Wouters""", when=D(2, 5, 10, 50), about=["ella_maes"], rules=[],
     note="correctly addressed to Ella Maes' mother Sofie Claessens (address not spelling Maes)")

mail("lina-ophalen-avondworkshop", who("tom"), [par("lina_aydin")], "Ophalen na de avondworkshop",
     f"""Beste meneer Aydin,

{full('lina_aydin')} (3D) neemt dinsdag deel aan de avondworkshop 'Opgroeien online'. Die eindigt om
20u30; de leerlingen kunnen opgehaald worden aan de hoofdingang. Wie met de fiets komt, mag vertrekken
als er een schriftelijke toestemming van de ouders is.

Met vriendelijke groeten
Tom Verlinden""", when=D(2, 7, 12, 25), about=["lina_aydin"], rules=[], note="practical, correctly addressed")

mail("victor-buddy-eerstejaars", who("nadia"), [par("victor_wuyts")], "Victor als buddy",
     f"""Beste meneer Wuyts,

{full('victor_wuyts')} heeft zich opgegeven als buddy voor de eerstejaars. Hij zal tot de paasvakantie
één middag per week in de refter aanwezig zijn om nieuwe leerlingen op weg te helpen. We zijn daar
erg blij mee!

Met vriendelijke groeten
Nadia Amrani""", when=D(2, 17, 12, 40), about=["victor_wuyts"], rules=[], note="correctly addressed, good initiative")

mail("elias-quiz-gewonnen", who("sarah"), [par("elias_peeters")], "Quiz gewonnen!",
     f"""Beste meneer Peeters,

{full('elias_peeters')} (1C) heeft met zijn ploeg de welzijnsquiz van de eerste graad gewonnen! De
ploeg krijgt vrijdag een ontbijt op school aangeboden.

Groetjes
Sarah Wouters""", when=D(2, 13, 13, 5), about=["elias_peeters"], rules=[],
     note="correctly addressed (Peeters family of Lotte and Elias, not Noah's)")

mail("lars-tshirt-maat", who("sarah"), [par("lars_janssens", 2)], "T-shirt sponsorloop",
     f"""Beste mevrouw Wuyts,

Voor de sponsorloop van vrijdag krijgen alle lopers een T-shirt. Welke maat heeft {full('lars_janssens')}
(1E) nodig: S, M of L? Graag een antwoord voor woensdag.

Met vriendelijke groeten
Sarah Wouters""", when=D(2, 10, 9, 10), about=["lars_janssens"], rules=[],
     note="correctly addressed to Lars Janssens' mother (inge.wuyts)")

mail("yasmine-bakkali-gedicht-slotmoment", who("koen"), [par("yasmine_bakkali")], "Yasmine op het slotmoment",
     f"""Beste meneer Bakkali,

{full('yasmine_bakkali')} (4B) zal op het slotmoment van de welzijnsweek, vrijdag om 14u in de aula,
haar gedicht 'Zachte dagen' voorlezen. Het werd door de jury gekozen uit meer dan veertig inzendingen.
Ouders zijn welkom.

Met vriendelijke groeten
Koen Lemmens""", when=D(2, 11, 17, 45), about=["yasmine_bakkali"], rules=[],
     note="correctly addressed to Yasmine Bakkali's father (the other Yasmine of 4B)")

mail("lotte-pieters-workshop", who("sarah"), [par("lotte_pieters")], "Workshops Lotte",
     f"""Beste mevrouw Pieters,

{full('lotte_pieters')} (2A) staat ingeschreven voor W07 'Sport en spel' en W04 'Cyberpesten'
(theatervoorstelling). Voor W07 brengt ze sportschoenen mee.

Met vriendelijke groeten
Sarah Wouters""", when=D(2, 6, 13, 45), about=["lotte_pieters"], rules=[],
     note="correctly addressed to Lotte Pieters' mother; the workshop topic is not a fact about the pupil")

mail("bas-infostand-donderdag", who("nadia"), [pmail("bas_claeys")], "Infostand donderdag",
     """Hoi Bas,

Merci om gisteren te helpen aan de infostand, dat was top! Kan je donderdag om 10u opnieuw komen?
Je mag de les aardrijkskunde missen, meneer Bosmans is verwittigd.

Nadia""", when=D(2, 11, 13, 15), about=["bas_claeys"], rules=[], note="to the pupil's own address, practical")

mail("nora-brooddoos-vergeten", who("filip"), [par("nora_vanlaer")], "Brooddoos en drinkbus",
     f"""Beste mevrouw Van Laer,

{full('nora_vanlaer')} (5C) heeft na de kookworkshop haar brooddoos en drinkbus laten staan. Ze liggen
aan het onthaal.

Groeten,
Filip Deckers""", when=D(2, 13, 16, 20), about=["nora_vanlaer"], rules=[], note="lost items, correctly addressed")

# ===========================================================================
# E. general letters to all parents, pupils or staff - 20 mails that must pass
#    (groups only in the SMTP envelope, no pupil named, no numbers)
# ===========================================================================

ALL_PARENTS = f"alleouders@{SK}"
ALL_PUPILS = f"alleleerlingen@{SK}"
ALL_STAFF = f"personeel@{SK}"


def grade_parents(g):
    out = []
    for c in CLASSES:
        if c.startswith(str(g)):
            for p in parents_of_class(c):
                if p not in out:
                    out.append(p)
    return out


def grade_pupils(g):
    return [r["mail"] for r in sorted(ROSTER, key=lambda r: (r["klas"], r["id"])) if r["klas"].startswith(str(g))]


DIR_SIG = "Geert Vanhoutte, directeur\nen het team van Sint-Pieterscollege campus Kessel-Lo\nwww.sintpieterscollege.be"

pdf111 = make_pdf([
    "Week van het welbevinden 10-14 februari 2025 - programma",
    "Maandag: start in de klas, welzijnsbevraging, opening stille ruimte",
    "Dinsdag: workshops ronde 1; 19u30 infoavond ouders 'Opgroeien online'",
    "Woensdag: theatervoorstelling 'Klik. Weg.' over cyberpesten (2de graad)",
    "Donderdag: workshops ronde 2, soepbar in de refter",
    "Vrijdag: sponsorloop voor Awel en slotmoment in de aula (14u)",
    "Elke middag: chatstand en infostand van de leerlingbegeleiding",
], title="Programma week van het welbevinden")
mail("brief-ouders-programma-welzijnsweek", who("directie"), [STAFF["directie"][1]],
     "Week van het welbevinden: programma",
     f"""Beste ouders,

Van maandag 10 tot vrijdag 14 februari houden we op onze campus de week van het welbevinden.
Een week lang staan we extra stil bij hoe onze leerlingen zich voelen, op school en daarbuiten.

In bijlage vindt u het volledige programma. Enkele hoogtepunten:
- workshops rond slaap, stress, mindfulness, koken, sport en creativiteit
- een theatervoorstelling over cyberpesten voor de tweede graad
- op dinsdagavond een infoavond voor ouders over 'Opgroeien online'
- op vrijdag een sponsorloop ten voordele van Awel

Alle activiteiten vinden plaats tijdens de schooluren, behalve de infoavond. Er zijn geen extra
kosten, behalve een kleine bijdrage voor de kookworkshop.

Met vriendelijke groeten

{DIR_SIG}""", bcc=[ALL_PARENTS], att=[("Programma_week_van_het_welbevinden.pdf", pdf111, "application/pdf")],
     when=D(1, 31, 16, 0), rules=[], note="general letter to all parents, group only in BCC, programme pdf")

p2 = f"""Beste ouders,

Volgende week is het week van het welbevinden. Graag vertellen we u waarom we dat belangrijk vinden
en waar u en uw kind terechtkunnen.

Jongeren dragen soms meer mee dan we zien. Misschien merkt u thuis dat uw zoon of dochter minder
goed slaapt, piekert, zich terugtrekt of minder eet. Soms zit er een concrete oorzaak achter:
pesten (ook online), faalangst, een verlies in de familie, een scheiding, ziekte van een ouder of
zorgen over geld. Soms gaat het om somberheid, angst, zelfverwonding of eetproblemen. Voor al die
dingen is er hulp, en hoe vroeger we het weten, hoe beter we kunnen helpen.

Wat doet de school?
- De leerlingbegeleiding is elke dag bereikbaar, in lokaal B0.12 en via de chat in Smartschool.
- Leerlingen die extra ondersteuning nodig hebben (bijvoorbeeld bij dyslexie, ADHD of autisme)
  krijgen redelijke aanpassingen in overleg met ouders en het CLB.
- Het CLB werkt nauw met ons samen; ouders kunnen ook rechtstreeks bij het CLB aankloppen.
- Niemand mag een uitstap of activiteit missen omdat het financieel moeilijk is: daarvoor is er
  ons solidariteitsfonds. Een mailtje naar de boekhouding of de leerlingbegeleiding volstaat,
  we behandelen dat discreet.

Jongeren kunnen ook anoniem terecht bij Awel (102), en bij ernstige zorgen bij de Zelfmoordlijn (1813).
Alles wat u ons vertelt, blijft binnen de leerlingbegeleiding en wordt enkel gedeeld met wie uw
kind moet helpen.

Met warme groeten

{DIR_SIG}"""
mail("brief-ouders-welbevinden-hulp", who("directie"), [STAFF["directie"][1]],
     "Het welbevinden van uw kind: waar kan u terecht?", p2, html=html_wrap(h_p(p2)), cte="quoted-printable",
     bcc=grade_parents(1), when=D(2, 5, 17, 0), rules=[],
     note="hardest pass: names every wellbeing topic in general, no pupil, parents of the 1st grade only in the envelope")

mail("brief-leerlingen-programma", who("directie"), [STAFF["directie"][1]], "Jouw week van het welbevinden",
     """Hoi allemaal,

Volgende week draait alles om jou: hoe je je voelt, wat je energie geeft en wat je zorgen baart.

Wat staat er op het programma?
- maandag: in het klasuur vul je de welzijnsbevraging in (anoniem)
- dinsdag en donderdag: workshops - kies er twee via het formulier in Smartschool
- woensdag: theater over cyberpesten (2de graad)
- elke middag: chatstand en infostand in de refter
- vrijdag: sponsorloop voor Awel en slotmoment

De stille ruimte (B0.14) is de hele week open. Je kan er altijd even binnen met een briefje van je
leerkracht of na een babbel met de leerlingbegeleiding.

Zit je ergens mee? Praat erover met iemand die je vertrouwt: een vriend, je ouders, een leerkracht
of de leerlingbegeleiding. Liever anoniem? Awel (102) luistert elke dag.

Tot volgende week!
De directie en de leerlingbegeleiding""", bcc=[ALL_PUPILS], when=D(2, 6, 15, 30), rules=[],
     note="general letter to all pupils, group only in BCC")

mail("personeel-signalen-zelfverwonding", who("nadia"), [STAFF["nadia"][1]],
     "Hoe reageer je als een leerling iets vertelt?",
     """Beste collega's,

Tijdens de welzijnsweek vertellen leerlingen vaak meer dan anders. Daarom nog even de afspraken als
een leerling je iets toevertrouwt over bijvoorbeeld zelfverwonding, zelfmoordgedachten, geweld of
misbruik thuis, pesten of een eetstoornis:

1. Luister, blijf rustig en beloof geen geheimhouding.
2. Vraag door zonder te oordelen: 'Wil je daar iets meer over vertellen?'
3. Breng de leerling dezelfde dag nog naar de leerlingbegeleiding (B0.12) of verwittig ons.
4. Noteer feitelijk wat de leerling zei in het leerlingvolgsysteem, niet in een mail.
5. Bij acuut gevaar: verwittig meteen de directie.

Niet zeker of iets ernstig genoeg is? Kom gewoon even langs.

Dank jullie wel,
Nadia Amrani
Vertrouwenspersoon""", bcc=[ALL_STAFF], when=D(2, 7, 12, 0), rules=[],
     note="staff letter on disclosures, topics in general only; staff list in BCC")

mail("brief-ouders-clb-werking", who("info"), [STAFF["info"][1]], "Kennismaking met het CLB",
     """Beste ouders,

Onze school werkt samen met CLB Dijleland. Het CLB is een onafhankelijke dienst die leerlingen,
ouders en de school helpt bij vragen over leren en studeren, onderwijsloopbaan, preventieve
gezondheidszorg en psychisch en sociaal functioneren.

U kan zelf contact opnemen met het CLB, bijvoorbeeld als u vragen heeft over leerproblemen,
concentratie, het welbevinden van uw kind of een medisch onderzoek. De begeleiding is gratis en
het CLB is gebonden aan het beroepsgeheim.

Tijdens de week van het welbevinden verzorgt het CLB een groepssessie rond faalangst voor het
tweede jaar. Meer info vindt u op de website van het CLB.

Met vriendelijke groeten
Het secretariaat van Sint-Pieterscollege campus Kessel-Lo""", bcc=[ALL_PARENTS], when=D(1, 29, 10, 0),
     rules=[], note="CLB information letter to all parents")

mail("brief-ouders-medicatie-op-school", who("info"), [], "Medicatie op school en tijdens activiteiten",
     """Beste ouders,

Tijdens de sportnamiddag en de workshops van de welzijnsweek zijn leerlingen vaak op andere plaatsen
dan gewoonlijk. Daarom herhalen we graag ons medicatiebeleid:

- Leerkrachten geven geen medicatie zonder schriftelijk attest van een arts.
- Heeft uw kind medicatie nodig tijdens de schooluren (bijvoorbeeld bij een allergie, astma of
  diabetes), bezorg dan het attest en de medicatie aan het secretariaat.
- Noodmedicatie zoals een adrenalinepen draagt de leerling best zelf bij.
- Bij een ongeval of ziekte verwittigen we altijd eerst de ouders.

Het volledige beleid vindt u in het schoolreglement op Smartschool.

Met vriendelijke groeten
Het secretariaat""", to_header="undisclosed-recipients:;", bcc=grade_parents(2), when=D(2, 4, 11, 30),
     rules=[], note="medication policy to all parents of the 2nd grade, envelope only, undisclosed-recipients")

mail("brief-ouders-pestbeleid", who("directie"), [STAFF["directie"][1]], "Samen tegen (cyber)pesten",
     f"""Beste ouders,

Tijdens de week van het welbevinden zien de leerlingen van de tweede graad de voorstelling
'Klik. Weg.' over cyberpesten. Graag lichten we ons pestbeleid nog eens toe.

Pesten, ook online, nemen we altijd ernstig. Wie gepest wordt, wie pest en wie toekijkt: met
iedereen gaan we in gesprek. We werken met herstelgesprekken en, waar nodig, met sancties volgens
het schoolreglement. Als een situatie ernstig is, betrekken we het CLB en soms de politie.

Wat kan u doen?
- Praat thuis over wat uw kind online meemaakt.
- Merkt u iets? Bewaar screenshots en meld het aan de klastitularis of de leerlingbegeleiding.
- Reageer niet zelf op andere kinderen of hun ouders via sociale media.

Samen maken we van onze school een veilige plek.

{DIR_SIG}""", bcc=[ALL_PARENTS], when=D(2, 7, 16, 0), rules=[], note="anti-bullying policy, general")

mail("herinnering-schoolrekening-algemeen", who("marc"), [STAFF["marc"][1]], "Herinnering schoolrekening december",
     """Beste ouders,

Uit onze boekhouding blijkt dat een aantal schoolrekeningen van december nog niet betaald zijn.
Heeft u uw rekening al betaald, dan mag u dit bericht als onbestaande beschouwen.

Lukt het even niet om de volledige rekening te betalen? Neem dan gerust contact op met de
boekhouding. We werken graag een afbetalingsplan uit, en via ons solidariteitsfonds kunnen we een
deel van de kosten dragen. Ook voor hulp bij een aanvraag voor schooltoeslag kan u bij ons terecht.
Uw vraag wordt discreet behandeld.

De betaalgegevens vindt u op de rekening zelf in Smartschool.

Met vriendelijke groeten
Marc Luyten
Boekhouding""", bcc=grade_parents(3), when=D(2, 3, 9, 0), rules=[],
     note="payment reminder to all parents of the 3rd grade with no one named and no account number")

mail("uitnodiging-bevraging-leerlingen", who("lien"), [STAFF["lien"][1]], "Welzijnsbevraging: jouw mening telt",
     """Hoi,

Maandag vul je tijdens het klasuur de welzijnsbevraging in. Je vindt ze in Smartschool onder
Vragenlijsten > 'Welbevinden 2025'. Je logt in zoals altijd; je hebt geen extra code nodig.

De bevraging is anoniem: niemand op school ziet wat jij persoonlijk antwoordt. We krijgen enkel de
resultaten per klas. Wil je toch met iemand praten? Vink dan op het einde 'ik wil een gesprek' aan en
vul je naam in; dan neemt iemand van de leerlingbegeleiding contact met je op.

Bedankt om eerlijk te antwoorden!
Lien De Wit, zorgcoördinator""", bcc=grade_pupils(3), when=D(2, 7, 10, 30), rules=[],
     note="survey invitation to all pupils of the 3rd grade (envelope only); no code needed")

res = [["Klas", "Deelname", "Voelt zich goed op school", "Vaak somber", "Vaak angstig/gestrest", "Ooit online gepest"]]
_rr = random.Random(110)
for c in ["1A", "1B", "1C", "1D", "1E", "2A", "2B", "2C", "2D", "3A", "3B", "3C", "3D", "4A", "4B", "4C",
          "5A", "5B", "5C", "6A", "6B", "6C"]:
    res.append([c, f"{_rr.randint(86, 100)}%", f"{_rr.randint(62, 91)}%", f"{_rr.randint(6, 24)}%",
                f"{_rr.randint(14, 41)}%", f"{_rr.randint(5, 22)}%"])
pre120 = ("Beste collega's,\n\nHieronder de resultaten van de welzijnsbevraging per klas. Het gaat om percentages; "
          "individuele antwoorden zijn niet zichtbaar. Klastitularissen bespreken de resultaten in het klasuur.\n")
post120 = ("\nOpvallend: de stress neemt toe in de tweede en derde graad, vooral rond toetsen. Op de "
           "personeelsvergadering van 24 februari bekijken we samen wat we daaraan kunnen doen.\n\n"
           "Lien De Wit\nZorgcoördinator")
mail("resultaten-bevraging-per-klas-personeel", who("lienp"), [STAFF["lienp"][1]],
     "Resultaten welzijnsbevraging per klas", pre120 + "\n" + t_table(res) + "\n" + post120,
     html=html_wrap(h_p(pre120) + h_table(res) + h_p(post120)), bcc=[ALL_STAFF], when=D(2, 17, 12, 0),
     rules=[], note="aggregated percentages per class to all staff (BCC); nothing identifies a pupil")

mail("brief-ouders-resultaten-bevraging", who("directie"), [STAFF["directie"][1]],
     "Wat vertelden onze leerlingen?",
     f"""Beste ouders,

Bedankt voor de vele positieve reacties op de week van het welbevinden. Graag delen we de
belangrijkste resultaten van de bevraging die 94% van onze leerlingen invulde:

- 8 op de 10 leerlingen voelen zich goed op school;
- 1 op de 3 ervaart vaak stress, vooral rond toetsen en examens;
- 1 op de 7 werd het afgelopen jaar online gepest;
- veel leerlingen willen meer rustmomenten en een vast aanspreekpunt.

Wat doen we ermee? De stille ruimte blijft open, de chat van de leerlingbegeleiding wordt een vaste
dienst en we bekijken met de leerkrachten hoe we toetsen beter kunnen spreiden.

{DIR_SIG}""", bcc=[ALL_PARENTS], when=D(2, 20, 16, 0), rules=[], note="aggregated survey results for all parents")

xlsx122 = make_xlsx([["Dag", "Moment", "Plaats", "Toezicht"],
                     ["maandag", "middag", "stille ruimte B0.14", "Dries Goossens"],
                     ["maandag", "middag", "chatstand refter", "Nadia Amrani"],
                     ["dinsdag", "3de-4de lesuur", "aula (W04)", "Elif Yildiz"],
                     ["dinsdag", "19u30", "infoavond ouders", "Karin Smolders"],
                     ["woensdag", "middag", "stille ruimte B0.14", "Hans Bosmans"],
                     ["donderdag", "middag", "soepbar refter", "Greet Nuyts"],
                     ["vrijdag", "13u-14u", "sponsorloop parcours", "Pieter Dewulf"],
                     ["vrijdag", "14u", "slotmoment aula", "Geert Vanhoutte"]], sheet="Toezicht")
mail("toezichtsrooster-welzijnsweek", who("karin"), [STAFF["karin"][1]], "Toezichten week van het welbevinden",
     """Beste collega's,

In bijlage het rooster met de extra toezichten voor de welzijnsweek. Kijk even na of je naam erop
staat; wisselen kan onderling, graag even melden aan mij.

Dank je!
Karin""", bcc=[ALL_STAFF],
     att=[("Toezichten_welzijnsweek.xlsx", xlsx122, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
     when=D(2, 5, 12, 15), rules=[], note="supervision rota to all staff (BCC), harmless xlsx")

mail("lettre-parents-bien-etre-fr", who("directie"), [STAFF["directie"][1]],
     "Semaine du bien-être : où trouver de l'aide ?",
     f"""Chers parents,

Du 10 au 14 février, notre école organise la semaine du bien-être. Pour les familles qui préfèrent
le français, voici l'essentiel.

Les jeunes portent parfois plus qu'on ne le pense : stress, harcèlement (aussi en ligne), deuil,
séparation des parents, maladie dans la famille, soucis d'argent, tristesse, anxiété,
automutilation ou troubles alimentaires. Si vous remarquez que votre enfant dort mal, s'isole ou
mange moins, n'hésitez pas à nous en parler.

- L'accompagnement des élèves (local B0.12) est disponible tous les jours, aussi par le chat Smartschool.
- Le CLB collabore avec l'école et peut être contacté directement par les parents.
- Grâce au fonds de solidarité, aucun élève ne doit renoncer à une activité pour des raisons financières.

Les jeunes peuvent aussi parler anonymement à Awel (102).

Bien cordialement,
Geert Vanhoutte, directeur""", lang="fr", charset="windows-1252", cte="quoted-printable",
     bcc=[ALL_PARENTS], when=D(2, 5, 17, 5), rules=[], note="French wellbeing letter naming all topics in general; Windows-1252 QP")

mail("letter-parents-wellbeing-en", who("directie"), [STAFF["directie"][1]],
     "Wellbeing week: where to find help",
     f"""Dear parents,

From 10 to 14 February our school holds its wellbeing week. For families who prefer English, here is
a short summary.

Young people sometimes carry more than we see: stress about tests, bullying (also online), grief,
parents separating, illness at home, money worries, low mood, anxiety, self-harm or eating problems.
If you notice that your child sleeps badly, withdraws or eats less, please talk to us.

- The pupil counsellors (room B0.12) are available every day, also through the Smartschool chat.
- Pupils with learning difficulties such as dyslexia or ADHD receive reasonable adjustments agreed
  with parents and the CLB (our pupil guidance centre).
- Our solidarity fund makes sure that no pupil misses a trip or activity because of the cost.

Young people can talk anonymously to Awel on 102.

Kind regards,
Geert Vanhoutte, head teacher""", lang="en", bcc=[ALL_PARENTS], when=D(2, 5, 17, 10), rules=[],
     note="English wellbeing letter naming all topics in general")

mail("leerlingen-workshops-kiezen", who("karin"), [STAFF["karin"][1]], "Kies je workshops voor vrijdag!",
     """Hoi iedereen,

Je kan tot vrijdag 7 februari je twee workshops kiezen via het formulier in Smartschool.

W01 Mindfulness - W02 Yoga en ademhaling - W03 Slaap lekker - W04 Cyberpesten (theater, 2de graad)
W05 Koken - W06 Omgaan met faalangst - W07 Sport en spel - W08 Improvisation (en français)
W09 Rouw en verlies: praatgroep - W10 Creatief met klei

Voor W09 neemt de leerlingbegeleiding eerst even contact met je op. Wie niets kiest, wordt
ingedeeld.

Veel plezier!
Mevrouw Smolders""", to_header="undisclosed-recipients:;", bcc=grade_pupils(1) + grade_pupils(2),
     when=D(2, 3, 8, 30), rules=[], note="workshop choice to all pupils of the 1st and 2nd grade, envelope only")

mail("personeel-discretieplicht-lvs", who("geert"), [STAFF["geert"][1]], "Discretie en gevoelige informatie",
     """Beste collega's,

De welzijnsweek bracht veel in beweging: leerlingen vertelden over hun gezinssituatie, over pesten,
ziekte, leerproblemen of geldzorgen thuis. Dat vertrouwen is waardevol en we moeten er zorgvuldig
mee omgaan.

Daarom nog eens de afspraken uit ons communicatiebeleid:
- Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg en financieel)
  hoort in het leerlingvolgsysteem, niet in een e-mail of chatbericht.
- Heb je zulke informatie toch per mail ontvangen? Zet ze in het LVS en verwijder de mail, ook uit
  je prullenmand.
- Mail met meerdere ouders of externen altijd in BCC.
- Gebruik nooit een privé-mailadres voor schoolzaken.
- Vermoed je dat er gegevens bij de verkeerde persoon terechtkwamen? Meld het meteen aan
  privacy@lksd.ksleuven.be.

Dank voor jullie zorg,
Geert Vanhoutte""", bcc=[ALL_STAFF], when=D(2, 18, 7, 45), rules=[],
     note="staff reminder about discretion; lists the sensitive categories only in general")

mail("uitnodiging-infoavond-opgroeien-online", who("directie"), [STAFF["directie"][1]],
     "Uitnodiging infoavond 'Opgroeien online' - dinsdag 11 februari",
     f"""Beste ouders,

Hoeveel schermtijd is te veel? Wat doet sociale media met het zelfbeeld van jongeren? Hoe herkent u
cyberpesten of sexting, en hoe praat u erover met uw kind?

Op dinsdag 11 februari om 19u30 geeft Bert Jaspers van Mediawijs een lezing voor ouders in de aula,
met daarna tijd voor vragen. U kan ook online volgen; de link verschijnt dinsdag in Smartschool.

Inschrijven is niet nodig. Er is koffie en soep vanaf 19u.

{DIR_SIG}""", bcc=[ALL_PARENTS], when=D(2, 3, 17, 30), rules=[], note="invitation to a parents' evening")

mail("brief-ouders-schooltoeslag", who("info"), [STAFF["info"][1]], "Schooltoeslag en sociale tarieven",
     """Beste ouders,

Wist u dat veel gezinnen recht hebben op een schooltoeslag via het Groeipakket, zonder het te
weten? De toeslag wordt meestal automatisch toegekend, maar soms is een aanvraag nodig, bijvoorbeeld
na een verandering in de gezinssituatie of het inkomen.

Daarnaast kan de school:
- de schoolrekening in schijven laten betalen;
- via het solidariteitsfonds een deel van de kosten van uitstappen en meerdaagse reizen dragen;
- u helpen bij de aanvraag van een toeslag of tegemoetkoming.

Neem gerust contact op met de boekhouding of de leerlingbegeleiding. Elke vraag wordt discreet
behandeld.

Met vriendelijke groeten
Het secretariaat""", cte="base64", bcc=[ALL_PARENTS], when=D(2, 19, 10, 0), rules=[],
     note="school-allowance information for everybody, base64 body")

mail("dankwoord-personeel-welzijnsweek", who("geert"), [STAFF["geert"][1]], "Bedankt!",
     """Beste collega's,

Wat een week! Meer dan 180 leerlingen bezochten de infostand, de stille ruimte werd elke dag
gebruikt en de sponsorloop bracht ruim 4.300 euro op voor Awel.

Een speciale dank aan de leerlingbegeleiding, het onthaal, de opvoeders en iedereen die een
workshop begeleidde of een toezicht overnam. De resultaten van de bevraging bespreken we op de
personeelsvergadering.

Een deugddoende krokusvakantie gewenst,
Geert""", bcc=[ALL_STAFF], when=D(2, 21, 15, 0), rules=[], note="thank-you letter to all staff (BCC)")

mail("leerlingen-chat-praatpunt", who("nadia"), [STAFF["nadia"][1]], "Nieuw: chatten met de leerlingbegeleiding",
     """Hoi!

Vanaf nu kan je elke middag tussen 12u en 13u en op maandag- en donderdagavond van 19u tot 20u
chatten met iemand van de leerlingbegeleiding. Dat kan over alles: school, vrienden, thuis, je
gezondheid, of gewoon als je je niet goed voelt.

Hoe werkt het?
- Ga naar Smartschool > Leerlingbegeleiding > Praatpunt.
- Je logt in met je gewone Smartschool-account.
- We vragen nooit je wachtwoord. Krijg je toch zo'n vraag, klik dan nergens op en meld het.

Je mag ook gewoon langskomen in B0.12. Bij dringende zorgen 's nachts of in het weekend kan je
Awel (102) of de Zelfmoordlijn (1813) bellen.

Nadia, Sarah en Tom""", bcc=[ALL_PUPILS], when=D(2, 17, 8, 0), rules=[],
     note="letter to all pupils about the chat service; mentions passwords but contains none")

# ===========================================================================
# F. ordinary mail, with bcc, private_account, attachment and personal_data cases - 20 mails
# ===========================================================================

mail("partners-zichtbaar-in-aan", who("karin"),
     [who("adem"), who("theater"), who("jeugd"), who("yoga"), who("improv"), who("cook")],
     "Praktische afspraken week van het welbevinden",
     """Beste partners,

Hartelijk dank dat jullie meewerken aan onze week van het welbevinden. Enkele praktische afspraken:

- Meld je bij aankomst aan op het onthaal; daar krijg je een badge.
- Parkeren kan op de parking aan de sporthal.
- Middagmaal: jullie zijn welkom in de leraarskamer, soep en broodjes worden voorzien.
- Na afloop horen we graag jullie feedback via het korte formulier dat we vrijdag sturen.

Tot volgende week!
Karin Smolders
Adjunct-directeur""", when=D(2, 4, 14, 20), rules=["bcc"],
     note="six outside partners visible to each other in To")

mail("ouders-3b-in-aan-uitstap", who("evelien"), [f"Ouders 3B <ouders3b@{SK}>"], "Uitstap naar Brussel op 21 februari",
     """Beste ouders van 3B,

Als afsluiter van de welzijnsweek gaan we op vrijdag 21 februari met de klas naar Brussel
(Parlamentarium en een stadswandeling). We vertrekken om 8u15 aan de school en zijn terug rond 16u30.
Een lunchpakket meebrengen. De kosten worden op de schoolrekening gezet.

Met vriendelijke groeten
Evelien Mertens
Klastitularis 3B""", when=D(2, 10, 18, 10), rules=["bcc"], note="class parents' list address in To")

mail("personeel-in-aan-vergadering", who("geert"), [f"Personeel Kessel-Lo <{ALL_STAFF}>"],
     "Personeelsvergadering 24 februari",
     """Beste collega's,

De personeelsvergadering van maandag 24 februari begint om 16u in de refter.

Agenda:
1. Terugblik op de week van het welbevinden
2. Resultaten van de welzijnsbevraging
3. Toetsenspreiding in de tweede en derde graad
4. Varia

Geert""", when=D(2, 19, 12, 30), rules=["bcc"], note="staff-wide list in To instead of BCC")

mail("klasuur-5a-leerlingen-in-cc", who("ann"), [STAFF["ann"][1]], "Klasuur donderdag",
     """Dag 5A,

Donderdag in het klasuur bespreken we samen de resultaten van de welzijnsbevraging voor onze klas
(anoniem, in percentages). Denk alvast na over één ding dat je graag anders zou zien op school.

Mevrouw Hermans""", cc=[f"leerlingen5a@{SK}"], when=D(2, 18, 17, 0), rules=["bcc"],
     note="pupils' class list address in CC")

mail("zorgteam-in-aan-agenda", who("lien"), [f"Zorgteam <zorgteam@{SK}>"], "Agenda zorgoverleg dinsdag",
     """Hallo zorgteam,

Agenda voor dinsdag 18/2, 15u40, B0.12:
1. Evaluatie welzijnsweek (stille ruimte, chat, workshops)
2. Resultaten bevraging per graad
3. Opvolging gespreksvragen uit de bevraging (bespreking enkel met het LVS open, niet per mail)
4. Planning CLB-overleg maart

Lien""", when=D(2, 14, 14, 0), rules=["bcc"], note="department list address in To; no pupil information")

soep_parents = parents_of_class("6C")[:4]
mail("ouders-soepbar-zichtbaar", who("dries"), soep_parents, "Bedankt voor de hulp aan de soepbar",
     """Beste ouders,

Hartelijk dank voor de soep en de hulp aan de soepbar van donderdag! Dankzij jullie konden we meer
dan 250 kommen soep uitdelen. De opbrengst gaat naar Awel.

De potten staan afgewassen klaar aan het onthaal.

Groeten,
Dries Goossens
Opvoeder""", when=D(2, 14, 10, 10), rules=["bcc"], note="four parents' addresses visible to each other in To")

mail("planning-theater-van-prive-gmail", who("tom_gmail"), [who("theater")], "Planning voorstelling woensdag",
     """Dag Jef,

Ik stuur dit even van mijn gmail, mijn schoolmail wil niet opstarten op mijn laptop thuis.
Woensdag hebben we de aula van 8u tot 12u. Twee voorstellingen: om 8u30 voor het derde jaar
en om 10u30 voor het vierde jaar. Na elke voorstelling is er een nabespreking in de klassen.

Groeten,
Tom Verlinden""", mailer="gmail", when=D(2, 9, 21, 15), rules=["private_account"],
     note="staff member doing school business with an outside partner from a private gmail")

orig137 = """Hallo allemaal,

Planning chatpermanentie welzijnsweek:
ma: Nadia - di: Tom - wo: Nadia - do: Tom - vr: Sarah
Avondpermanentie ma en do 19u-20u: Sarah

Lien"""
mail("fw-planning-naar-prive-hotmail", who("sarah"), [PRIVATE["sarah_hotmail"][1]], "FW: planning chatpermanentie",
     "om thuis af te drukken" + q_outlook(who("lien"), dstr(2, 6, 9, 0), "Sarah Wouters; Tom Verlinden; Nadia Amrani",
                                           "planning chatpermanentie", orig137),
     forward=True, when=D(2, 6, 20, 30), rules=["private_account"],
     note="forwarding school mail to the staff member's own private hotmail address")

mail("sporttas-tuur-van-prive-gmail", who("dries_gmail"), [par("tuur_segers")], "Sporttas Tuur",
     f"""Beste mevrouw Segers,

{full('tuur_segers')} heeft zijn sporttas laten liggen na de sportnamiddag. Ik heb hem meegenomen
en breng hem maandag mee naar school; Tuur kan hem ophalen bij het onthaal.

Groeten,
Dries Goossens (opvoeder)""", mailer="gmail", when=D(2, 15, 11, 0), about=["tuur_segers"],
     rules=["private_account"], note="opvoeder writes a parent from his private gmail; correctly addressed, nothing sensitive")

mail("prive-mountainbike-zondag", who("pieter_telenet"), ["Jan Verbist <jan.verbist@gmail.com>"], "Zondag?",
     """Jan,

Rijden we zondag de ronde rond Bertem? Ik kan vanaf 9u, vertrek aan de kerk van Kessel-Lo.
Vergeet je binnenband niet deze keer :-)

Pieter""", mailer="apple", when=D(2, 14, 21, 5), rules=[],
     note="staff member's private mail about a private matter: fine")

xlsm141 = make_xlsx([["Graad", "Deelname", "Score welbevinden", "Score stress"],
                     ["1ste graad", "96%", "3,9", "2,6"],
                     ["2de graad", "93%", "3,6", "3,1"],
                     ["3de graad", "91%", "3,5", "3,4"]], macro=True, sheet="Analyse")
mail("analyse-bevraging-xlsm", who("lien"), [who("karin")], "Analysebestand bevraging",
     """Karin,

In bijlage het analysebestand. Bij het openen moet je de macro's inschakelen, dan haalt hij
automatisch de nieuwste export binnen en maakt hij de grafieken per graad.

Lien""", att=[("Analyse_welzijnsbevraging_2025.xlsm", xlsm141, "application/vnd.ms-excel.sheet.macroEnabled.12")],
     when=D(2, 17, 13, 10), rules=["attachment"], note="macro-enabled Excel workbook")

zip142 = _zip([("RelaxApp/RelaxApp_Setup.exe", fake_exe("relaxapp")),
               ("RelaxApp/leesmij.txt", "Installeer RelaxApp door RelaxApp_Setup.exe uit te voeren als administrator.\r\n")])
mail("fw-relaxapp-zip", who("sarah"), [who("tom")], "FW: RelaxApp voor de stille ruimte",
     "Tom, kan jij dit installeren op de laptop in de stille ruimte? De trainer van de mindfulness raadde het aan.\n\nSarah" +
     q_outlook(who("adem"), dstr(2, 11, 15, 2), who("sarah"), "RelaxApp",
               "Dag Sarah,\n\nZoals beloofd de installatie van de ontspanningsapp die we gebruikten in de workshop.\n\nKatrien"),
     att=[("RelaxApp.zip", zip142, "application/zip")], forward=True, when=D(2, 11, 15, 40),
     rules=["attachment"], note="zip archive containing an .exe installer")

docm143 = make_docx(["Sint-Pieterscollege campus Kessel-Lo", "Beste ouders,",
                     "[tekst van de brief]", "Met vriendelijke groeten, de directie"], macro=True)
mail("sjabloon-brief-docm", who("karin"), [who("geert")], "Sjabloon brieven welzijnsweek",
     """Geert,

Hier het sjabloon voor de brieven. Het vult automatisch de datum en het logo in (macro), dus even
'inhoud inschakelen' aanklikken.

Karin""", att=[("Sjabloon_brief_ouders_welzijn.docm", docm143, "application/vnd.ms-word.document.macroEnabled.12")],
     when=D(1, 30, 14, 50), rules=["attachment"], note="macro-enabled Word document")

bat144 = ("@echo off\r\nREM snelkoppeling Praatpunt op het bureaublad\r\n"
          "set TARGET=https://chat.spc.ksleuven.be/begeleiding\r\n"
          "powershell -NoProfile -ExecutionPolicy Bypass -Command \"$s=(New-Object -ComObject WScript.Shell)."
          "CreateShortcut('%USERPROFILE%\\Desktop\\Praatpunt.url');$s.TargetPath='%TARGET%';$s.Save()\"\r\n"
          "echo Klaar.\r\npause\r\n").encode("ascii")
mail("snelkoppeling-chat-bat", who("bart"), [who("nadia")], "Snelkoppeling chat",
     """Nadia,

Dubbelklik op het bestand in bijlage op de pc in B0.12, dan staat de chat als snelkoppeling op het
bureaublad. Windows zal vragen of je het zeker wil uitvoeren: gewoon 'toch uitvoeren'.

Bart""", att=[("chat_snelkoppeling.bat", bat144, "application/x-msdos-program")], when=D(2, 10, 8, 40),
     rules=["attachment"], note="batch script attachment")

mail("ontspanningsmuziek-iso", who("tom"), [who("dries")], "Muziek voor de stille ruimte",
     """Dries,

Ik heb de cd met ontspanningsmuziek van de bib als image gezet. Als je hem opent op de laptop in de
stille ruimte, kan je de muziek gewoon afspelen.

Tom""", att=[("Ontspanningsmuziek_stille_ruimte.iso", fake_iso("ONTSPANNING"), "application/x-iso9660-image")],
     when=D(2, 7, 13, 20), rules=["attachment"], note="disk image attachment")

mail("bevestiging-workshops-adem-tel", who("karin"), [who("adem")], "Bevestiging workshops 11 en 13 februari",
     f"""Beste Katrien,

Hierbij bevestig ik de workshops mindfulness voor de tweede graad op dinsdag 11 en donderdag
13 februari, telkens het 3de en 4de lesuur in lokaal C0.02. We verwachten per sessie twintig
leerlingen.

Met vriendelijke groeten

Karin Smolders
Adjunct-directeur
{SCHOOL_LINE}
T {SCHOOL_TEL}
www.sintpieterscollege.be""", when=D(1, 28, 10, 45), rules=["personal_data"],
     note="the school's own phone number in the signature (informational)")

mail("rekeningnummer-theater-controle", who("marc"), [who("theater")], "Rekeningnummer voor betaling",
     f"""Geachte heer Lowie,

Voor de betaling van de voorstelling 'Klik. Weg.' heb ik in ons systeem dit rekeningnummer:
{PARTNER_IBAN} (op naam van Theater Spiegelbeeld vzw).

Kunt u bevestigen dat dit nog klopt? Op uw factuur staat een ander nummer dan vorig jaar.

Met vriendelijke groeten
Marc Luyten
Boekhouding""", when=D(2, 18, 10, 15), rules=["personal_data"], note="partner's IBAN in the body")

mail("gsm-nadia-jeugdwerk", who("nadia"), [who("jeugd")], "Praatgroep donderdag",
     """Dag Saar,

Fijn dat jij de praatgroep rouw en verlies van donderdag mee begeleidt. We starten om 13u30 in
B0.12; ik zorg voor thee en zakdoeken. Als je vertraging hebt, bel me gerust op 0485 60 77 31.

Groetjes
Nadia""", when=D(2, 11, 17, 50), rules=["personal_data"], note="counsellor's mobile number; no pupil named")

mail("melding-verkeerde-ontvanger", who("evelien"), [who("privacy")], "Mail naar verkeerde ouder",
     """Beste,

Ik heb op 6 februari per vergissing een mail over een leerling van mijn klas naar een verkeerde
ouder gestuurd. De naam leek sterk op die van de juiste ouder en Outlook vulde het adres automatisch
aan. Ik heb de ouder die de mail onterecht kreeg al gevraagd om ze te verwijderen.

Wat moet ik nog doen? Moet ik de ouders van de leerling in kwestie verwittigen?

Met vriendelijke groeten
Evelien Mertens""", when=D(2, 7, 8, 20), rules=[],
     note="data-breach report to the DPO without naming anyone or repeating the content")

mail("bestelling-soep-broodjes", who("dries"), [who("catering")], "Bestelling welzijnsweek",
     """Goeiedag,

Graag bestel ik voor de externe begeleiders van de welzijnsweek:
- dinsdag 11/2: 12 broodjes (gemengd), waarvan 3 vegetarisch
- donderdag 13/2: 15 broodjes, waarvan 4 vegetarisch
Levering telkens om 11u45 aan het onthaal, factuur op naam van de school.

Vriendelijke groeten
Dries Goossens""", when=D(2, 5, 11, 35), rules=[], note="ordinary order")

# ===========================================================================
# build
# ===========================================================================

SCHOOL_DOMAINS = (SP, SK, "lksd.ksleuven.be", f"leerling.{SP}")
GROUP_LOCALS = ("ouders", "leerlingen", "personeel", "zorgteam", "alleouders", "alleleerlingen")
PHONE_RE = re.compile(r"(?<![\d+])(?:\+32\s?|0)(?:4\d{2}|[1-9]\d?)(?:[ ./]?\d{2}){3}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"(geboren op|geboortedatum|né le|date of birth)", re.I)


def bare(a):
    return a.split("<")[1].rstrip(">").strip() if "<" in a else a.strip()


def is_school(a):
    dom = bare(a).split("@")[1].lower()
    return dom in SCHOOL_DOMAINS


def is_group(a):
    local, dom = bare(a).lower().split("@")
    return dom in SCHOOL_DOMAINS and any(local.startswith(g) for g in GROUP_LOCALS)


def msgid(m, i, rng):
    frm = bare(m["frm"])
    dom = frm.split("@")[1]
    if m["mailer"] == "outlook" and dom in SCHOOL_DOMAINS:
        box = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))
        srv = f"AM{rng.randint(0, 9)}PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}"
        return f"<{srv}{''.join(rng.choice('0123456789ABCDEF') for _ in range(24))}{box}@{srv}.eurprd0{rng.randint(1, 9)}.prod.outlook.com>"
    if m["mailer"] == "gmail":
        tail = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(40))
        return f"<CA+{tail}@mail.gmail.com>"
    u = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "iphone": ("X-Mailer", "iPhone Mail (22D63)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    "android": ("X-Mailer", "Samsung Mail"),
    "gmail": None,
    None: None,
}


def build(m, i, rng):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    if m["to_header"]:
        msg["To"] = m["to_header"]
    else:
        msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    mo, d, h, mi = m["when"]
    dt = datetime(2025, mo, d, h, mi, rng.randint(0, 59), tzinfo=TZ)
    msg["Date"] = format_datetime(dt)
    mid = msgid(m, i, rng)
    msg["Message-ID"] = mid
    if m["reply"]:
        dom = "gmail.com" if "gmail" in m["to"][0] else bare(m["to"][0]).split("@")[1]
        ref = f"<{hashlib.md5((m['slug'] + 'orig').encode()).hexdigest()[:20]}@{dom}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mh = MAILERS.get(m["mailer"])
    if mh:
        msg[mh[0]] = mh[1]
    if m["mailer"] == "outlook":
        msg["Thread-Topic"] = re.sub(r"^(RE|FW|Fwd|TR): ", "", m["subject"])
    cte = m["cte"]
    if cte is None and m["mailer"] in ("iphone", "android", "apple"):
        cte = "8bit"
    if m["html_only"]:
        msg.set_content(m["body"], subtype="html", charset=m["charset"], cte=cte)
    else:
        msg.set_content(m["body"], charset=m["charset"], cte=cte)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8")
    for name, data, ctype in m["att"]:
        mt, st = ctype.split("/", 1)
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if m["mailer"] == "outlook":
        msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    # deterministic MIME boundaries
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            tag = hashlib.sha1(f"{m['slug']}-{n}".encode()).hexdigest()[:24]
            if m["mailer"] == "outlook":
                part.set_boundary(f"_{n:03d}_{tag.upper()}_")
            else:
                part.set_boundary(f"----=_Part_{n}_{tag}")
    return msg


def formats(m, msg):
    f = []
    f.append("html-only" if m["html_only"] else ("alt" if m["html"] else "plain"))
    body = msg.get_body(("plain",)) or msg.get_body(("html",))
    kind = "html" if m["html_only"] else "plain"
    cte = (body["Content-Transfer-Encoding"] or "7bit").lower()
    if cte == "quoted-printable":
        f.append(f"{kind}-qp")
    elif cte == "base64":
        f.append(f"{kind}-base64")
    elif cte == "8bit":
        f.append(f"{kind}-8bit")
    if (body.get_content_charset() or "").lower() == "windows-1252":
        f.append(f"{kind}-cp1252")
    if m["reply"]:
        f.append("reply")
    if m["forward"]:
        f.append("forward")
    if m["phone"]:
        f.append("phone")
    if m["att"]:
        f.append("mixed")
        for name, _, _ in m["att"]:
            f.append("attachment-" + name.rsplit(".", 1)[1].lower())
    if m["bcc"]:
        f.append("bcc-envelope")
    if m["to_header"]:
        f.append("undisclosed-recipients")
    if any(is_group(a) for a in m["to"] + m["cc"]):
        f.append("group-in-to")
    if not is_school(m["frm"]):
        f.append("private-sender")
    for x in m["fmt"]:
        if x not in f:
            f.append(x)
    return f


def yflow(xs):
    return "[" + ", ".join(xs) + "]"


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    write_roster()
    rng = random.Random(5100)
    out = ["# batch51 - Kessel-Lo wellbeing week and pupil counsellors' daily work: chat logins, handovers, "
           "referrals, survey, letters (blind)", ""]
    for i, m in enumerate(MAILS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        msg = build(m, i, rng)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default))
        rcpt = []
        for a in m["to"] + m["cc"] + m["bcc"]:
            b = bare(a)
            if b not in rcpt:
                rcpt.append(b)
        out.append(f"{fname}:")
        out.append(f"  rules: {yflow(m['rules'])}")
        if "sensitive" in m["rules"]:
            out.append(f"  categories: {{sensitive: {yflow(m['cats'])}}}")
        out.append(f"  mail_from: {bare(m['frm'])}")
        out.append(f"  rcpt: {yflow(rcpt)}")
        out.append(f"  about: {yflow([pid(k) for k in m['about']])}")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: {yflow(formats(m, msg))}")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(MAILS)} mails, labels.yaml and roster.csv ({len(ROSTER)} pupils)")
    check()


def check():
    """every .eml parses, one label entry per .eml, about ids exist, personal_data consistent"""
    import email
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.yaml"), encoding="utf-8") as f:
        keys = [ln[:-1] for ln in f.read().splitlines() if ln.endswith(".eml:")]
    assert sorted(keys) == emls and len(keys) == len(set(keys)), "labels.yaml does not match the .eml files"
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8-sig", newline="") as f:
        ids = {r["Intern nummer"] for r in csv.DictReader(f, delimiter=";")}
    for i, m in enumerate(MAILS, 1):
        assert all(pid(k) in ids for k in m["about"])
        fn = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fn), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=policy.default)
        assert not msg.defects, fn
        text = [msg["Subject"]]
        for part in msg.walk():
            if part.is_multipart():
                continue
            c = part.get_content()
            if isinstance(c, str):
                text.append(c)
            elif part.get_filename(".").endswith((".csv", ".txt")):
                text.append(c.decode("utf-8-sig"))
            elif part.get_filename(".").endswith((".docx", ".xlsx")):
                z = zipfile.ZipFile(io.BytesIO(c))
                text += [z.read(n).decode() for n in z.namelist() if n.endswith(".xml")]
        t = "\n".join(text)
        pd = any(r.search(t) for r in (PHONE_RE, IBAN_RE, RRN_RE, DOB_RE))
        assert pd == ("personal_data" in m["rules"]), fn
        assert ("recipient" in m["rules"]) == m["mis"], fn
        assert bool(m["cats"]) == ("sensitive" in m["rules"]), fn
    print(f"check ok: {len(emls)} .eml files parse, labels and roster consistent")


if __name__ == "__main__":
    main()
