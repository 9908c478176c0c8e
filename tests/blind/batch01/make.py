#!/usr/bin/env python3
"""Build blind batch 01: labelled outgoing mails of the fictional Sint-Pieterscollege Leuven.

Standard library only, deterministic (fixed seed, dates, boundaries, Message-IDs).
Run: python3 make.py   -> writes NNN-slug.eml, labels.yaml, roster.csv next to this file.
"""
import csv
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")

# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------

def slug(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


# key: (first, last, class, gender, parent1, parent2)
FEATURED = {
    "lore": ("Lore", "Verhaegen", "3B", "f", "katrien.verhaegen@telenet.be", "stijn.verhaegen@gmail.com"),
    "mathis": ("Mathis", "Van Damme", "3B", "m", "vandamme.gert@skynet.be", ""),
    "seppe": ("Seppe", "Jorissen", "3B", "m", "jorissen.bart@telenet.be", "liesbeth.cuypers@gmail.com"),
    "amber": ("Amber", "Vandenbussche", "3B", "f", "vandenbussche.nele@telenet.be", "kurt.vandenbussche@skynet.be"),
    "noor": ("Noor", "Lambrechts", "1B", "f", "an.lambrechts@hotmail.com", "dries.lambrechts@telenet.be"),
    "aya": ("Aya", "Benali", "1B", "f", "rachid.benali@gmail.com", "khadija.elhamdi@gmail.com"),
    "wout": ("Wout", "Claessens", "4A", "m", "ilse.moens@telenet.be", "tom.claessens@proximus.be"),
    "rayan": ("Rayan", "Ouali", "4A", "m", "ouali.karima@hotmail.com", ""),
    "elif": ("Elif", "Yıldız", "2C", "f", "yildiz.hatice@gmail.com", "murat.yildiz@outlook.com"),
    "maya": ("Maya", "Patel", "2C", "f", "priya.patel@gmail.com", "raj.patel.be@gmail.com"),
    "milap": ("Mila", "Pattyn", "2C", "f", "pattyn.peggy@gmail.com", ""),
    "thomas": ("Thomas", "Wijns", "1D", "m", "sarah.wijns@telenet.be", ""),
    "jayden": ("Jayden", "Mukendi", "2A", "m", "grace.mukendi@gmail.com", ""),
    "jonas": ("Jonas", "Peeters", "2A", "m", "wim.peeters@telenet.be", ""),
    "yusuf": ("Yusuf", "Bakkali", "3D", "m", "bakkali.naima@hotmail.com", "hamid.bakkali@gmail.com"),
    "lars": ("Lars", "Dewit", "3D", "m", "dewit.marleen@hotmail.com", ""),
    "ilias": ("Ilias", "Chaouki", "4B", "m", "leila.chaouki@gmail.com", ""),
    "jens": ("Jens", "Pauwels", "4B", "m", "pauwels.an@telenet.be", "geert.pauwels@telenet.be"),
    "adam": ("Adam", "Benali", "4B", "m", "benali.r@hotmail.com", ""),
    "amira": ("Amira", "El Khatib", "6C", "f", "s.elkhatib@telenet.be", ""),
    "saar": ("Saar", "Lenaerts", "6C", "f", "lenaerts.davy@telenet.be", "inge.lenaerts@gmail.com"),
    "saar2": ("Saar", "Leemans", "6C", "f", "leemans.davy@gmail.com", ""),
    "kobe": ("Kobe", "De Smedt", "4C", "m", "griet.desmedt@telenet.be", "bart.desmedt@telenet.be"),
    "ibrahim": ("Ibrahim", "Diallo", "4C", "m", "diallo.mariama@gmail.com", ""),
    "lina": ("Lina", "Kowalska", "5A", "f", "agnieszka.kowalska@gmail.com", "piotr.kowalski@gmail.com"),
    "bram": ("Bram", "De Wilde", "5A", "m", "dewilde.tine@telenet.be", ""),
    "eline": ("Eline", "Kuypers", "5A", "f", "kuypers.marc@telenet.be", "sofie.kuypers@hotmail.com"),
    "sem": ("Sem", "Vranckx", "1C", "m", "vranckx.family@skynet.be", ""),
    "nore": ("Nore", "Van Hoof", "1C", "f", "vanhoof.jan@skynet.be", "leen.vanhoof@gmail.com"),
    "emma": ("Emma", "Goris", "5C", "f", "goris.johan@telenet.be", "els.goris@hotmail.com"),
    "milan": ("Milan", "Bangura", "5C", "m", "fatoumata.bangura@gmail.com", ""),
    "zoe": ("Zoë", "Hendrickx", "5C", "f", "hendrickx.marc@skynet.be", "nathalie.dumont@gmail.com"),
    "ayoub": ("Ayoub", "Azzouzi", "5C", "m", "azzouzi.mustapha@gmail.com", ""),
    "ruben": ("Ruben", "Van Loock", "2B", "m", "veerle.vanloock@telenet.be", "joris.vanloock@gmail.com"),
    "mila": ("Mila", "Stevens", "2B", "f", "joke.stevens@gmail.com", "kevin.stevens@telenet.be"),
    "tuana": ("Tuana", "Demir", "2B", "f", "demir.ayse@gmail.com", ""),
    "lena": ("Lena", "Vandersteen", "2B", "f", "sarah.vandersteen@telenet.be", "tim.vandersteen@telenet.be"),
    "lottec": ("Lotte", "Coenen", "2B", "f", "sarah.coenen@gmail.com", "coenen.dirk@skynet.be"),
    "femke": ("Femke", "Janssens", "3A", "f", "ann.janssens@telenet.be", "filip.janssens@telenet.be"),
    "fien": ("Fien", "Janssen", "3A", "f", "an.janssen@gmail.com", ""),
    "olivia": ("Olivia", "Bennett", "4D", "f", "claire.bennett@gmail.com", "mark.bennett@outlook.com"),
    "lotte": ("Lotte", "Willems", "4D", "f", "mieke.willems@telenet.be", ""),
    "julie": ("Julie", "Van Acker", "4D", "f", "vanacker.bert@telenet.be", "hilde.vanacker@telenet.be"),
    "julie2": ("Julie", "Van Aken", "4D", "f", "vanaken.bert@proximus.be", ""),
    "hugo": ("Hugo", "Lambert", "5B", "m", "isabelle.lambert@skynet.be", "olivier.lambert@gmail.com"),
    "robbe": ("Robbe", "Vermeiren", "5B", "m", "vermeiren.kathleen@telenet.be", ""),
    "robbe2": ("Robbe", "Verschueren", "5B", "m", "verschueren.k@skynet.be", "an.verschueren@telenet.be"),
    "chloe": ("Chloé", "Dufour", "2D", "f", "valerie.dufour@gmail.com", "philippe.dufour@proximus.be"),
    "dmytro": ("Dmytro", "Kovalenko", "2D", "m", "oksana.kovalenko@gmail.com", ""),
    "jade": ("Jade", "Verstraete", "2D", "f", "sofie.verstraete@telenet.be", ""),
    "jana": ("Jana", "Verstraeten", "2D", "f", "sofie.verstraeten@hotmail.com", "wouter.verstraeten@gmail.com"),
    "liam": ("Liam", "Vos", "1A", "m", "kristel.vos@telenet.be", "vos.johan@skynet.be"),
    "youssef": ("Youssef", "Tahiri", "1A", "m", "tahiri.fatima@gmail.com", "tahiri.abdel@gmail.com"),
    "hanna": ("Hanna", "Wiśniewska", "6A", "f", "m.wisniewska@gmail.com", ""),
    "daan": ("Daan", "Michiels", "6B", "m", "michiels.koen@telenet.be", "ellen.michiels@gmail.com"),
    "victor": ("Victor", "Desmet", "6B", "m", "desmet.ilse@telenet.be", "desmet.frank@telenet.be"),
    "arne": ("Arne", "Timmermans", "5D", "m", "timmermans.lies@telenet.be", "pieter.timmermans@gmail.com"),
    "kiara": ("Kiara", "Mbala", "5D", "f", "mbala.christine@gmail.com", ""),
    "ellen": ("Ellen", "Geerts", "6D", "f", "inge.geerts@telenet.be", "geerts.wim@telenet.be"),
    "finn": ("Finn", "Van Roy", "6D", "m", "vanroy.peter@telenet.be", "griet.vanroy@gmail.com"),
    "stan": ("Stan", "Van Rompay", "6D", "m", "vanrompay.peter@telenet.be", ""),
    "senne": ("Senne", "Bogaerts", "3C", "m", "bogaerts.sven@telenet.be", "kim.bogaerts@hotmail.com"),
    "mehdi": ("Mehdi", "Ziani", "3C", "m", "ziani.samira@gmail.com", ""),
    "nassim": ("Nassim", "Ziane", "3C", "m", "ziane.samira@hotmail.com", "ziane.youssef@gmail.com"),
    "kaan": ("Kaan", "Öztürk", "1A", "m", "ozturk.emine@gmail.com", ""),
    "lisa1a": ("Lisa", "Van de Walle", "1A", "f", "vandewalle.kris@telenet.be", "vandewalle.an@gmail.com"),
    "wiktor": ("Wiktor", "Zieliński", "2B", "m", "zielinska.kasia@gmail.com", ""),
    "tuur": ("Tuur", "Luyten", "3C", "m", "luyten.kris@telenet.be", "evelien.luyten@gmail.com"),
    "ines": ("Inès", "Mbuyi", "2B", "f", "mbuyi.nadine@gmail.com", ""),
}

ORIGINS = {
    "vl": dict(
        last=("Maes,Jacobs,Willems,Claes,Goossens,Wouters,De Smet,Hermans,Aerts,Martens,Verhoeven,Vermeulen,"
              "Van den Bossche,Cools,Smets,Declercq,Lemmens,Van Dyck,Thijs,Vandenberghe,Wuyts,Segers,Verbruggen,"
              "De Wit,Coppens,Moens,Van de Velde,Verlinden,Nijs,Celis,Vanderlinden,Luyten,Schepers,Kenis,Van Hove,"
              "Baeten,Vranken,Daems,Swinnen,Beckers,Van Geel,Boonen,Mahieu,Dewael,Heylen,Ceulemans,Vangoidsenhoven,"
              "Crabbé,Van Hecke,Wellens,Nuyts,Vervoort,Peetermans,Bollen,Wyns,Vandeput,Raes,Stas").split(","),
        m="Lucas Louis Noah Arthur Jules Mats Lars Vic Warre Siebe Jasper Cas Lowie Tuur Rune Wannes Bas Jarne "
          "Lander Gilles Maxim Thibo Joppe Nathan Timo Thijs Brent Jef Gust Toon Matteo Elias Kasper Ferre Miel".split(),
        f="Emma Louise Ella Marie Nora Fleur Elise Hanne Jolien Febe Noa Anouk Kato Tess Nina Luna Britt Lien "
          "Axelle Charlotte Margot Liv Roos Jitse Lieze Amélie Ona Yana Sterre Hannelore Bo Janne".split(),
        pm="Bart Tom Kris Steven Dirk Jan Koen Geert Wim Peter Filip Stijn Joris Sven Kurt Davy Tim Pieter".split(),
        pf="An Katrien Sofie Els Ilse Veerle Griet Nathalie Inge Kathleen Liesbeth Tine Evelien Hilde Leen Ann".split(),
    ),
    "ma": dict(
        last="El Ouahabi,Bouzian,Amrani,Ait Ouali,Haddou,Chakir,Boukhari,Ben Ali,El Idrissi,Lahlou,Bouchta,Mokhtari,Tahar,Belhaj,Azaouagh".split(","),
        m="Mohamed Adam Amine Ayoub Bilal Hamza Ilyas Zakaria Anas Yassin Soufiane Omar Marwan".split(),
        f="Yasmine Salma Imane Aya Hiba Rania Nisrine Soukaina Malak Sara Dounia Ikram".split(),
        pm="Mohamed Ahmed Rachid Karim Abdel Mustapha Said Hassan".split(),
        pf="Fatima Khadija Naima Samira Latifa Malika Hanane Zineb".split(),
    ),
    "tr": dict(
        last="Aydın,Yılmaz,Kaya,Özdemir,Çelik,Şahin,Doğan,Arslan,Koç,Kurt".split(","),
        m="Emir Kerem Mert Yusuf Efe Burak Arda Kaan".split(),
        f="Meryem Zeynep Ecem Elif Defne Esra Büşra Ela".split(),
        pm="Mehmet Hasan Ali Murat Ahmet Mustafa".split(),
        pf="Ayşe Fatma Emine Hatice Gül Sevgi".split(),
    ),
    "pl": dict(
        last="Nowakowski,Kowalczyk,Wójcik,Lewandowski,Kamiński,Mazur,Krawczyk,Dąbrowski".split(","),
        m="Jakub Kacper Szymon Filip Antoni Igor".split(),
        f="Zuzanna Julia Maja Amelia Zofia Oliwia".split(),
        pm="Tomasz Marcin Piotr Paweł Krzysztof".split(),
        pf="Agnieszka Katarzyna Magdalena Joanna Anna".split(),
    ),
    "cd": dict(
        last="Kabongo,Ilunga,Tshibangu,Lukusa,Ngoy,Kalonji,Mutombo,Kasongo".split(","),
        m="Exaucé Christian Dieumerci Olivier Nathan Gloire Benjamin".split(),
        f="Grace Merveille Divine Sarah Esther Gloria Prisca".split(),
        pm="Jean-Pierre Patrick Serge Didier Joseph".split(),
        pf="Chantal Nadine Clarisse Béatrice Solange".split(),
    ),
}
DOMAINS = ["telenet.be"] * 5 + ["gmail.com"] * 5 + ["hotmail.com"] * 2 + ["skynet.be", "proximus.be", "outlook.com"]
CLASSES = [f"{g}{c}" for g in range(1, 7) for c in "ABCD"]


def make_roster():
    rnd = random.Random(20241)
    sizes = {c: (13 if i < 12 else 12) for i, c in enumerate(CLASSES)}
    featured_last = {v[1] for v in FEATURED.values()}
    # surnames of staff and external contacts are kept out of the random families
    featured_last |= {"Vanhoutte", "Claes", "Van den Broeck", "El Amrani", "Wouters", "Peeters", "Verstraeten",
                      "Lemmens", "Devos", "Goossens", "Dubois", "Maes", "Jacobs", "Bouzid", "Wuyts", "Nowak",
                      "Vermeulen", "Hermans", "Smets", "Mertens", "Vandenberghe", "Schoofs", "Dierckx", "Loos",
                      "Van Dyck", "Celis", "Baert", "Kaya", "Vangeel", "De Cock", "Boonen", "Coppens", "Aerts",
                      "Declercq", "Yilmaz", "Yılmaz", "Bertels"}
    pupils = []  # dicts
    used_first_class = set()
    used_names = set()
    for key, (fi, la, kl, g, p1, p2) in FEATURED.items():
        pupils.append(dict(key=key, first=fi, last=la, klas=kl, g=g, p1=p1, p2=p2))
        used_first_class.add((fi, kl))
        used_names.add((fi, la))
    count = {c: 0 for c in CLASSES}
    for p in pupils:
        count[p["klas"]] += 1
    families = []
    weights = [("vl", 62), ("ma", 15), ("tr", 8), ("pl", 7), ("cd", 8)]
    pool = [o for o, w in weights for _ in range(w)]
    for kl in CLASSES:
        while count[kl] < sizes[kl]:
            if families and rnd.random() < 0.05:
                fam = rnd.choice(families)
                if fam["klas"][0] == kl[0]:
                    continue
                o = ORIGINS[fam["origin"]]
                g = rnd.choice("mf")
                fi = rnd.choice(o[g])
                la, p1, p2, origin = fam["last"], fam["p1"], fam["p2"], fam["origin"]
            else:
                origin = rnd.choice(pool)
                o = ORIGINS[origin]
                g = rnd.choice("mf")
                fi = rnd.choice(o[g])
                la = rnd.choice(o["last"])
                if la in featured_last:
                    continue
                if origin == "pl" and g == "f" and la.endswith(("ski", "cki")):
                    la = la[:-1] + "a"
                pf, pm = rnd.choice(o["pf"]), rnd.choice(o["pm"])
                ls = slug(la)
                pat = rnd.randrange(6)
                d1, d2 = rnd.choice(DOMAINS), rnd.choice(DOMAINS)
                if pat == 0:
                    p1, p2 = f"{slug(pf)}.{ls}@{d1}", f"{slug(pm)}.{ls}@{d2}"
                elif pat == 1:
                    p1, p2 = f"{ls}.{slug(pf)}@{d1}", f"{ls}.{slug(pm)}@{d2}"
                elif pat == 2:
                    p1, p2 = f"{slug(pm)}{ls}{rnd.randrange(60, 90)}@{d1}", ""
                elif pat == 3:
                    p1, p2 = f"fam.{ls}@{d1}", ""
                elif pat == 4:
                    p1, p2 = f"{slug(pf)[0]}.{ls}@{d1}", f"{slug(pm)}.{ls}@{d2}"
                else:
                    p1, p2 = f"{slug(pf)}.{ls}@{d1}", ""
            if (fi, kl) in used_first_class or (fi, la) in used_names:
                continue
            if any(p["p1"] == p1 and p["klas"] == kl for p in pupils):
                continue
            rec = dict(key=None, first=fi, last=la, klas=kl, g=g, p1=p1, p2=p2, origin=origin)
            pupils.append(rec)
            families.append(rec)
            used_first_class.add((fi, kl))
            used_names.add((fi, la))
            count[kl] += 1
    order = list(range(len(pupils)))
    rnd.shuffle(order)
    for n, i in enumerate(order, 1):
        pupils[i]["id"] = f"P{n:04d}"
    pupils.sort(key=lambda p: (p["klas"], slug(p["last"]), slug(p["first"])))
    return pupils


ROSTER = make_roster()
BYKEY = {p["key"]: p for p in ROSTER if p["key"]}


def pid(key):
    return BYKEY[key]["id"]


def par(key, n=1):
    return BYKEY[key]["p1" if n == 1 else "p2"]


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            mail = f"{slug(p['first'])}.{slug(p['last'])}@leerling.sintpieterscollege.be"
            w.writerow([p["id"], p["first"], p["last"], p["klas"], mail, p["p1"], p["p2"]])


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
S = "sintpieterscollege.be"
STAFF = {
    "gv": ("Geert Vanhoutte", f"geert.vanhoutte@{S}"),
    "dir": ("Directie Sint-Pieterscollege", f"directie@{S}"),
    "sc": ("Sofie Claes", f"sofie.claes@{S}"),
    "evdb": ("Els Van den Broeck", f"els.vandenbroeck@{S}"),
    "kea": ("Karim El Amrani", f"karim.elamrani@{S}"),
    "hw": ("Hilde Wouters", "hwo@spc.ksleuven.be"),
    "mp": ("Martine Peeters", f"martine.peeters@{S}"),
    "sec": ("Secretariaat Sint-Pieterscollege", f"secretariaat@{S}"),
    "info": ("Sint-Pieterscollege", f"info@{S}"),
    "lv": ("Luc Verstraeten", f"luc.verstraeten@{S}"),
    "bl": ("Bart Lemmens", "ble@spc.ksleuven.be"),
    "ad": ("An Devos", f"an.devos@{S}"),
    "pg": ("Pieter Goossens", f"pieter.goossens@{S}"),
    "nd": ("Nathalie Dubois", f"nathalie.dubois@{S}"),
    "tm": ("Tom Maes", "tma@spc.ksleuven.be"),
    "lj": ("Leen Jacobs", f"leen.jacobs@{S}"),
    "yb": ("Yasmina Bouzid", f"yasmina.bouzid@{S}"),
    "kw": ("Kristof Wuyts", f"kristof.wuyts@{S}"),
    "en": ("Ewa Nowak", f"ewa.nowak@{S}"),
    "jv": ("Jonas Vermeulen", f"jonas.vermeulen@{S}"),
    "sh": ("Sarah Hermans", f"sarah.hermans@{S}"),
    "js": ("Joris Smets", f"joris.smets@{S}"),
    "im": ("Ingrid Mertens", f"ingrid.mertens@{S}"),
    "dv": ("Dirk Vandenberghe", f"dirk.vandenberghe@{S}"),
    "ns": ("Nele Schoofs", f"nele.schoofs@{S}"),
    "wd": ("Wim Dierckx", f"wim.dierckx@{S}"),
    "hl": ("Hanne Loos", f"hanne.loos@{S}"),
    "jvd": ("Jolien Van Dyck", f"jolien.vandyck@{S}"),
    "stc": ("Stefaan Celis", f"stefaan.celis@{S}"),
    "sb": ("Sien Baert", f"sien.baert@{S}"),
    "ok": ("Özlem Kaya", f"ozlem.kaya@{S}"),
    "rv": ("Ruth Vangeel", f"ruth.vangeel@{S}"),
    "mdc": ("Michaël De Cock", "mdc@spc.ksleuven.be"),
    "gb": ("Gert Boonen", f"gert.boonen@{S}"),
    "lc": ("Lieve Coppens", f"lieve.coppens@{S}"),
    "ta": ("Tim Aerts", f"tim.aerts@{S}"),
    "dpo": ("Aanspreekpunt informatieveiligheid", "privacy@lksd.ksleuven.be"),
    "ouders": ("Ouders Sint-Pieterscollege", f"ouders@{S}"),
    "personeel": ("Personeel", f"personeel@{S}"),
    "leerlingen": ("Leerlingen", f"leerlingen@{S}"),
}
EXT = {
    "clb": ("Veerle Aerts", "veerle.aerts@clb-leuven.be"),
    "clbarts": ("Dr. Ruben Declercq", "ruben.declercq@clb-leuven.be"),
    "ocmw": ("Fatma Yilmaz", "fatma.yilmaz@leuven.be"),
    "mob": ("Dienst Mobiliteit Stad Leuven", "mobiliteit@leuven.be"),
    "bus": ("Autocars Demol - reservaties", "reservaties@autocars-demol.be"),
    "uitg": ("Uitgeverij Lindeboom - klantendienst", "klantendienst@lindeboom-educatief.be"),
    "cork": ("Siobhán O'Connor", "s.oconnor@stbrendanscollege.ie"),
    "lille": ("Mathilde Leclerc", "m.leclerc@lycee-jeanmonnet.fr"),
    "theatre": ("Théâtre de la Lumière - billetterie", "groupes@theatre-lumiere.be"),
    "reis": ("Reisbureau Horizon - groepen", "groepen@horizonreizen.be"),
    "psy": ("Sarah O'Neill", "sarah.oneill@praktijkaandedijle.be"),
    "foto": ("Fotostudio Lichtpunt", "scholen@fotostudiolichtpunt.be"),
    "catering": ("Traiteur Vanhamme", "bestellingen@traiteurvanhamme.be"),
    "ondersteuner": ("Lies Bertels", "lies.bertels@ondersteuningsnetwerk-oostbrabant.be"),
    "sport": ("Sport Vlaanderen Leuven", "leuven@sport.vlaanderen"),
}


def who(k):
    if k in STAFF:
        return STAFF[k]
    if k in EXT:
        return EXT[k]
    raise KeyError(k)


def A(k):
    """header address for a key or a raw address (or (name, addr))."""
    if isinstance(k, tuple):
        return formataddr(k)
    if "@" in k:
        return k
    return formataddr(who(k))


def addr(k):
    if isinstance(k, tuple):
        return k[1]
    if "@" in k:
        return k
    return who(k)[1]


SCHOOLTEL = "016 23 45 67"


def sig(name, role, tel=None, short=False):
    """Signature; tel=None -> no phone."""
    if short:
        return f"\n\n{name}\n{role}" + (f"\n{tel}" if tel else "")
    lines = [f"\n\n--\n{name}", role, "Sint-Pieterscollege Leuven", "Naamsestraat 212, 3000 Leuven"]
    if tel:
        lines.append(f"T {tel}")
    lines.append("www.sintpieterscollege.be")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# message building
# --------------------------------------------------------------------------------------------
import datetime as _dt

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def rfcdate(s):
    d = parse_date(s)
    off = "+0200" if 4 <= d.month <= 10 else "+0100"
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month-1]} {d.year} {d:%H:%M}:{(d.minute*7) % 60:02d} {off}"


def nldate(s):
    """'Op di 12 nov 2024 om 14:03' style."""
    d = parse_date(s)
    return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month-1]} {d.year} om {d:%H:%M}"


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def is_table(l):
    return l.strip().startswith("|") and l.strip().endswith("|")


def cells(l):
    return [c.strip() for c in l.strip().strip("|").split("|")]


def alt_text(text):
    """Plain-text rendering of the body (tables -> tab separated), like Outlook does."""
    out = []
    for l in text.split("\n"):
        if is_table(l):
            out.append("\t".join(cells(l)))
        else:
            out.append(l)
    return "\n".join(out)


def to_html(text, style="outlook"):
    esc = htmlmod.escape
    blocks, cur = [], []
    for l in text.split("\n"):
        if l.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(l)
    if cur:
        blocks.append(cur)
    if style == "outlook":
        p_open = '<p class="MsoNormal">'
        font = "font-family:Calibri,sans-serif;font-size:11pt"
    elif style == "apple":
        p_open = "<div>"
        font = "font-family:Helvetica,Arial,sans-serif"
    else:
        p_open = '<div dir="ltr">'
        font = "font-family:Arial,sans-serif"
    p_close = "</p>" if style == "outlook" else "</div>"
    parts = []
    for b in blocks:
        if all(is_table(l) for l in b):
            rows = [cells(l) for l in b]
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                 'style="border-collapse:collapse;border:none">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(
                    f'<{tag} valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                    f'{p_open}{esc(c)}{p_close}</{tag}>' for c in r) + "</tr>")
            t.append("</table>")
            parts.append("\n".join(t))
        elif all(l.startswith("> ") or l == ">" for l in b):
            inner = "<br>\n".join(esc(l[2:]) for l in b)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         f"{inner}</blockquote>")
        elif all(l.lstrip().startswith(("- ", "• ", "* ")) for l in b):
            parts.append("<ul>" + "".join(f"<li>{esc(l.lstrip()[2:])}</li>" for l in b) + "</ul>")
        else:
            parts.append(p_open + "<br>\n".join(esc(l) for l in b) + p_close)
    body = "\n".join(parts)
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
        return head + body + "\n</div>\n</body>\n</html>\n"
    return f'<html><head><meta charset="utf-8"></head><body style="{font}">\n{body}\n</body></html>\n'


def mid(n, slug_, style, frm_addr):
    h = hashlib.sha1(f"{n}-{slug_}".encode()).hexdigest()
    if style == "outlook":
        return f"<AM{n:02d}PR04MB{h[:4].upper()}{h[4:12].upper()}@AM9PR04MB{h[12:16].upper()}.eurprd04.prod.outlook.com>"
    if style == "gmail":
        return f"<CAK{h[:30]}+{h[30:36]}@mail.gmail.com>"
    dom = frm_addr.split("@")[1]
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{dom}>"


MAILS = []


def mail(n, slug_, frm, to, subject, date, body, *, cc=(), bcc=(), fmt="plain", cte=None, style="outlook",
         html=None, atts=(), inner=None, env_from=None, rules=(), cats=(), about=(), mis=False, note="",
         lang="nl", form=(), irt=None, pd=None, dob=False, charset="utf-8", extra=()):
    MAILS.append(dict(n=n, slug=slug_, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      date=date, body=body, fmt=fmt, cte=cte, style=style, html=html, atts=list(atts),
                      inner=inner, env_from=env_from, rules=list(rules), cats=list(cats), about=list(about),
                      mis=mis, note=note, lang=lang, form=list(form), irt=irt, pd=pd, dob=dob,
                      charset=charset, extra=list(extra)))


def build(m, nested=False):
    msg = EmailMessage(policy=policy.SMTP)
    frm = A(m["frm"])
    msg["Date"] = rfcdate(m["date"])
    msg["From"] = frm
    if m["to"]:
        msg["To"] = ", ".join(A(x) for x in m["to"])
    elif m["style"] == "outlook":
        msg["To"] = frm
    else:
        msg["To"] = "undisclosed-recipients:;"
    if m["cc"]:
        msg["Cc"] = ", ".join(A(x) for x in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = mid(m["n"], m["slug"], m["style"], addr(m["frm"]))
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    if m["style"] == "outlook":
        msg["Thread-Topic"] = re.sub(r"^(RE|AW|FW|Fwd|TR|Antw|Doorst)\s*:\s*", "", m["subject"], flags=re.I)
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif m["style"] == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif m["style"] == "apple":
        msg["X-Mailer"] = "iPhone Mail (21G93)"
    for k, v in m["extra"]:
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    fmt = m["fmt"]
    cs = m["charset"]
    if fmt == "html":
        msg.set_content(m["html"] or to_html(body, m["style"]), subtype="html", charset=cs,
                        cte=m["cte"] or "quoted-printable")
    elif fmt == "alt":
        msg.set_content(alt_text(body), charset=cs, cte=m["cte"] or "quoted-printable")
        msg.add_alternative((m["html"] or to_html(body, m["style"])).replace("charset=utf-8", f"charset={cs}")
                            .replace('charset="utf-8"', f'charset="{cs}"'), subtype="html", charset=cs,
                            cte=m["cte"] or "quoted-printable")
    else:
        cte = {"plain": "8bit", "qp": "quoted-printable", "b64": "base64", "cp1252": "8bit"}[fmt] \
            if m["cte"] is None else m["cte"]
        if fmt == "cp1252":
            cs = "windows-1252"
        try:
            body.encode("ascii")
            if fmt == "plain":
                cte = "7bit"
        except UnicodeEncodeError:
            pass
        msg.set_content(body, charset=cs, cte=cte)
    if m["style"] == "outlook":
        msg["Content-Language"] = {"nl": "nl-BE", "en": "en-GB", "fr": "fr-BE"}[m.get("lang", "nl")]
    if m["inner"] is not None:
        inner = build(m["inner"], nested=True)
        msg.add_attachment(inner)
    for fn, ctype, data in m["atts"]:
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn, charset="utf-8", cte="base64"
                               if ctype != "text/plain" else "quoted-printable")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    # deterministic boundaries
    i = 0
    h = hashlib.md5(m["slug"].encode()).hexdigest()
    inner_root = None
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner_root = part.get_payload(0)
    for part in msg.walk():
        if part is not msg and part is not inner_root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            if m["style"] == "outlook":
                part.set_boundary(f"_{i:03d}_AM9PR04MB{h[:4].upper()}{h[4:8]}eurprd04prod_")
            else:
                part.set_boundary(f"000000000000{h[:8]}{i:02d}{h[8:14]}")
            i += 1
    if msg.is_multipart() and "Content-Transfer-Encoding" not in msg:
        eight = any(p.get("Content-Transfer-Encoding", "").lower() == "8bit" for p in msg.walk())
        msg["Content-Transfer-Encoding"] = "8bit" if eight else "7bit"
    return msg


def inner_mail(frm, to, subject, date, body, *, cc=(), fmt="plain", style="gmail", n=0, slug_="inner", lang="nl",
               charset="utf-8"):
    return dict(n=n, slug=slug_, frm=frm, to=list(to), cc=list(cc), bcc=[], subject=subject, date=date, body=body,
                fmt=fmt, cte=None, style=style, html=None, atts=[], inner=None, irt=None, lang=lang, extra=[],
                charset=charset)


# ---------------- checks used for labels (my own, written from the brief) -------------------
PHONE_CAND = re.compile(r"(?<![\w+/.])(?:\+32|0032|\+31|0)\s?\(?\d[\d ./()-]{6,14}\d(?![\d/])")


def phones(text):
    out = []
    for c in PHONE_CAND.findall(text):
        d = re.sub(r"\D", "", c)
        if c.startswith("+31"):
            ok = len(d) == 11
        elif c.startswith(("+32", "0032")):
            rest = d[2:] if c.startswith("+") else d[4:]
            ok = len(rest) in (8, 9)
        else:
            ok = len(d) in (9, 10)
        if ok and not re.fullmatch(r"\d{2}/\d{2}/\d{4}", c.strip()):
            out.append(c)
    return out


IBAN = re.compile(r"\b(?:BE|NL)\d{2}(?: ?[0-9A-Z]{4}){3}\b")
NATNR = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def is_school(a):
    d = a.split("@")[1].lower()
    return any(d == s or d.endswith("." + s) for s in SCHOOL_DOMAINS) or d.endswith(".ksleuven.be")


def is_group(a):
    lp, d = a.lower().split("@")
    if not is_school(a):
        return False
    return lp in ("ouders", "leerlingen", "personeel") or lp.startswith(("ouders-", "klas-", "vakgroep-"))


# ============================================================================================
# the mails
# ============================================================================================

# 1 ---------------------------------------------------------------------------------------------
mail(1, "klassenraad-3b-bespreking", "jv", ["lj", "pg", "ad", "yb", "kw"],
     "verslag begeleidende klassenraad 3B - bespreekleerlingen", "2024-11-21 17:48",
     """
Dag collega's,

Hieronder kort wat we dinsdag afspraken voor de leerlingen die we apart bespraken. Het volledige verslag komt
nog in Smartschool, maar dan hebben jullie het al voor de oudercontacten van volgende week.

| Leerling | Wat zien we | Afspraak |
| Lore | Sinds de herfstvakantie stil, huiswerk ontbreekt vaak. Papa woont niet meer thuis, ze logeert door de week bij oma in Heverlee en komt daardoor vaak te laat. | Geen sancties voor te laat komen tot kerst. Els (LLB) neemt contact op met mama. |
| Mathis | 6 maandagen afwezig sinds september, telkens ziek gemeld door papa. Zegt in de klas dat hij 's nachts gamet. | Aangemeld bij CLB (Veerle). Titularis volgt afwezigheden wekelijks op. |
| Seppe | Wiskunde 38%, zit er wel mee in. | Inhaalles wiskunde op woensdagmiddag bij Pieter. |
| Amber | Veel gepraat achteraan in de les, werkt wel. | Andere plaats in de klas, geen verdere actie. |

Graag niet te veel delen met de leerlingen zelf, zeker niet wat Lore betreft.

Groetjes,
Jonas
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["family", "psychosocial", "care"], about=["lore", "mathis", "seppe", "amber"],
     note="class-council notes: one pupil lives at her gran since her father left, one with repeated absences referred to CLB",
     form=["alt", "table"])

# 2 ---------------------------------------------------------------------------------------------
mail(2, "wifi-opendeurdag", "bl", [], "Opendeurdag zondag: wifi voor de standen", "2025-03-12 10:15",
     """
Beste collega's,

Voor de opendeurdag van zondag 16 maart kunnen jullie aan de standen gebruik maken van het gastennetwerk. Het
gewone personeelsnetwerk werkt niet op de laptops van de vakgroepen die niet in het domein zitten.

Gegevens:
- Netwerk (SSID): SPC-Gast
- Sleutel: Pieter&Paul-2025
- Geldig tot maandag 17/3 om 8u, daarna verandert hij weer
- Bezoekers geven we deze sleutel NIET, zij kunnen op SPC-Bezoeker (open, enkel internet)

Problemen op de dag zelf: ik zit tussen 10 en 13u in lokaal A.012.

Bart
ICT-coördinator
""" + sig("Bart Lemmens", "ICT-coördinator", "016 23 45 80", short=True),
     bcc=["personeel"], fmt="plain", style="thunderbird",
     rules=["password"], note="ICT gives staff the guest Wi-Fi key for the open day stands", form=["plain", "list"])

# 3 ---------------------------------------------------------------------------------------------
mail(3, "busreservatie-brugge", "lj", ["bus"], "Reservatie bus 2e jaar Brugge 13 mei", "2025-01-28 11:02",
     """
Goedemiddag,

Graag had ik een bus gereserveerd voor onze uitstap met het 2e jaar naar Brugge.

- Datum: dinsdag 13 mei 2025
- Vertrek: 8u00 aan de school (Naamsestraat, ingang parking achteraan)
- Terug in Brugge vertrek 16u30, verwachte aankomst Leuven rond 18u15
- Aantal: 96 leerlingen + 8 begeleiders, dus 2 bussen van ca. 55 plaatsen

Kunnen jullie ons een offerte bezorgen? Factuur mag naar de school, t.a.v. boekhouding, met vermelding
"uitstap 2e jaar Brugge".

Alvast bedankt,

Leen Jacobs
leerkracht geschiedenis - coördinator uitstappen 2e graad
Sint-Pieterscollege Leuven
tel. school 016 23 45 67
""", fmt="qp", style="outlook",
     note="ordinary bus booking for a class trip", form=["qp", "list"])

# 4 ---------------------------------------------------------------------------------------------
mail(4, "clb-lina-opvolging", "evdb", ["clb"], "L. Kowalska 5A - opnieuw", "2025-02-04 13:37",
     """
Dag Veerle,

Even een update over Lina (5A) die je vorig schooljaar al zag.

Vanochtend kwam ze na de turnles naar mij. Tom (LO) had gezien dat ze haar polsen verstopte en dat er verse
wondjes op haar onderarm stonden. Ze gaf toe dat het de laatste twee weken weer gebeurd is, "vooral 's avonds
als het thuis ruzie is". Ze wil niet dat mama het weet, papa is er sinds de zomer amper.

Ik heb met haar een veiligheidsafspraak gemaakt en ze zag de schoolverpleegkundige voor verzorging. Kan jij
deze week nog een gesprek met haar inplannen? Ze gaf zelf aan dat ze liever bij jou komt dan bij iemand nieuw.
Ik vroeg haar ook toestemming om mama te bellen, daar denkt ze nog over na.

Woensdag ben ik de hele dag op school.

Groetjes,
Els

Els Van den Broeck
leerlingenbegeleiding 2e en 3e graad
Sint-Pieterscollege - 016 23 45 72
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["psychosocial", "family"], about=["lina"],
     note="pupil harms herself again, referred back to the CLB worker; tensions at home", form=["qp"])

# 5 ---------------------------------------------------------------------------------------------
mail(5, "ict-tips-wachtwoorden", "bl", [], "ICT-nieuwsbrief november: phishing en wachtwoorden", "2024-11-06 07:55",
     """
Dag iedereen,

De voorbije weken kregen een aantal collega's mails "van Smartschool" met de vraag om hun paswoord te bevestigen.
Die mails komen NIET van ons en niet van Smartschool. Enkele tips:

1. Niemand van de school zal ooit je wachtwoord vragen, niet per mail, niet per telefoon.
2. Kies een lange zin als wachtwoord (bv. vier losse woorden), en gebruik het niet ook voor je privémail.
3. Zet de tweestapsverificatie aan in Smartschool (Profiel > Account > Tweestapsverificatie).
4. Wachtwoord vergeten? Gebruik de knop "Wachtwoord vergeten" op het aanmeldscherm, of kom langs in A.012.
5. Twijfel je over een mail? Stuur hem door als bijlage naar ict@sintpieterscollege.be en klik nergens op.

Heb je toch iets ingevuld: verander meteen je wachtwoord en meld het ook aan privacy@lksd.ksleuven.be.

Bart
""", bcc=["personeel"], fmt="html", style="gmail",
     note="general ICT advice about passwords and phishing, no credential given", form=["html"])

# 6 ---------------------------------------------------------------------------------------------
mail(6, "femke-gesprek-mama", "ad", [("An Janssen", par("fien"))], "Gesprek over Femke", "2024-12-10 20:14",
     """
Beste mevrouw Janssens,

Bedankt voor uw telefoontje van vorige week. Ik heb intussen met Femke zelf gepraat, na de les Nederlands.

Ze vertelde me dat ze al sinds de zomer slecht slaapt en dat ze 's ochtends soms niet naar school durft omdat
ze dan hartkloppingen krijgt in de bus. Ze gaf ook aan dat het gesprek bij de psychologe in Kessel-Lo haar
deugd doet en dat ze dat graag wil verderzetten. Ik heb haar aangeraden om op zo'n ochtend eerst even langs
Karim (leerlingenbegeleiding) te gaan in plaats van thuis te blijven.

Kunnen we elkaar donderdag na de lessen even zien, samen met Karim? Dan bekijken we ook hoe we de toetsen in
januari het best aanpakken.

Met vriendelijke groeten,

An Devos
klastitularis 3A
""", fmt="plain", style="thunderbird",
     rules=["sensitive"], cats=["psychosocial"], about=["femke"], mis=True,
     note="teacher answers Femke's mother about her anxiety but autocomplete picked Fien Janssen's mother",
     form=["plain"])

# 7 ---------------------------------------------------------------------------------------------
mail(7, "herinnering-schoolrekening", "lv", [], "Herinnering: schoolrekening 1e trimester", "2025-01-15 09:30",
     """
Geachte ouders,

Begin december ontving u de schoolrekening van het eerste trimester via Smartschool. Wie nog niet betaald heeft,
vragen we vriendelijk om dat te doen voor 31 januari.

Betalen kan via overschrijving op rekeningnummer BE68 7350 1122 9834 van VZW Sint-Pieterscollege, met de
gestructureerde mededeling die op de rekening staat. Elke leerling heeft een eigen mededeling; gebruik dus
per kind de juiste.

Heeft u het financieel moeilijk of wilt u de rekening in schijven betalen? Neem dan gerust discreet contact op met
Luc Verstraeten van de boekhouding (016 23 45 75). Samen zoeken we naar een oplossing; dat blijft
uiteraard tussen u en de school.

Met vriendelijke groeten,

Luc Verstraeten
boekhouding
""", bcc=["ouders"], fmt="qp", style="outlook",
     note="general reminder to all parents (group in Bcc); school IBAN and phone", form=["qp"])

# 8 ---------------------------------------------------------------------------------------------
mail(8, "jonas-2a-even-melden", "sb", ["tm", "nd", "pg", "im"], "Jonas P. (2A)", "2024-10-07 07:41",
     """
Hoi allemaal,

Even melden voor jullie vandaag lesgeven in 2A: de mama van Jonas Peeters is vrijdagavond overleden, na een lange
ziekte. Hij is er vandaag wel, papa vond het beter dat hij tussen zijn vrienden is.

Laat hem maar even. Als hij de klas uit wil, mag hij naar het lokaal van Karim gaan, dat is met hem afgesproken.
Toetsen deze week niet meetellen aub.

Sien
""", fmt="plain", style="apple",
     rules=["sensitive"], cats=["family"], about=["jonas"],
     note="titular tells colleagues a pupil's mother died over the weekend", form=["plain"])

# 9 ---------------------------------------------------------------------------------------------
mail(9, "teams-werkgroep-welzijn", "kea", ["evdb", "hw", "im", "en"], "Uitnodiging: werkgroep welzijn (online)",
     "2024-10-15 12:20",
     """
Dag collega's,

Omdat het voor velen moeilijk is om woensdagnamiddag op school te blijven, houden we de werkgroep welzijn deze
keer online.

Woensdag 23 oktober, 14u00 - 15u00
Agenda: week tegen pesten, de nieuwe rustruimte, vorming voor de titularissen

________________________________________________________________________________
Microsoft Teams
Deelnemen aan de vergadering: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MjE4Yjkt@thread.v2/0
Vergadering-id: 374 552 918 406
Wachtwoordcode: Lk8ZwQ
________________________________________________________________________________

Tot dan,
Karim
""", fmt="alt", style="outlook",
     note="meeting passcode", form=["alt"])

# 10 --------------------------------------------------------------------------------------------
mail(10, "brugge-allergie-elif", "yb", ["lj", "kw", "js"], "Brugge 2C: let op Elif", "2025-05-08 15:03",
     """
Hey,

Voor de uitstap van dinsdag: Elif uit mijn klas (2C) reageert heel heftig op noten, ook op sporen in koekjes en
sauzen. Vorig jaar is ze op een feestje in het ziekenhuis beland.

- haar adrenalinepen zit in het voorvakje van haar rugzak, een tweede geef ik aan Leen
- lunch brengt ze zelf mee, niets aannemen van klasgenoten
- als ze begint te hoesten of haar lippen zwellen: pen in de dij, 112 bellen, mama verwittigen

Mama heeft het medicatieformulier ondertekend, dat zit in de map van de uitstap.

Yasmina
""", fmt="plain", style="thunderbird",
     rules=["sensitive"], cats=["medical"], about=["elif"],
     note="severe nut allergy and emergency pen of a named pupil for the trip teachers", form=["plain", "list"])

# 11 --------------------------------------------------------------------------------------------
mail(11, "welkom-hanne-login", "bl", ["hl"], "Welkom! Je accounts", "2024-09-02 08:12",
     """
Dag Hanne,

Welkom in het team! Ik heb je accounts aangemaakt zodat je vandaag al aan de slag kunt.

Je meldt je op de pc's en op Smartschool aan met hanne.loos, je eerste wachtwoord is Zomer-Start-4821 . Bij
de eerste keer aanmelden vraagt Smartschool om het te wijzigen, doe dat dan meteen. Je mailadres is
hanne.loos@sintpieterscollege.be, dat gebruikt hetzelfde wachtwoord.

Je badge voor de kopiemachines en de deuren ligt op het secretariaat bij Martine.

Succes vandaag,
Bart
""" + sig("Bart Lemmens", "ICT-coördinator", "016 23 45 80"), fmt="plain", style="thunderbird",
     rules=["password"], note="ICT sends a new teacher her login with a start password in a sentence", form=["plain"])

# 12 --------------------------------------------------------------------------------------------
mail(12, "liam-groepschat", "rv", [("Kristel Vos", par("liam"))], "Liam - voorval groepschat 1A",
     "2025-02-13 16:22",
     """
Beste mevrouw Vos,

Zoals ik u vanmiddag telefonisch meldde, stuur ik u nog even op een rijtje wat er gebeurd is.

Vorige week is in de groepschat van de klas een bewerkte foto van een klasgenote rondgegaan, met een erg
kwetsende tekst erbij. Uit de gesprekken met de leerlingen blijkt dat Liam de foto heeft gemaakt en samen met
twee andere jongens verder heeft verspreid. Het meisje in kwestie is sindsdien twee dagen thuisgebleven.

Liam heeft het in het gesprek met mij en meneer El Amrani toegegeven. Hij leek er echt van te schrikken hoe ver
het gegaan is. We spraken het volgende af:
- Liam verwijdert samen met ons de foto uit de chat en uit zijn telefoon;
- hij neemt deel aan een herstelgesprek met het meisje, als zij dat wil;
- de komende vier weken begint hij elke maandag met een kort gesprek bij meneer El Amrani.

Ik stel voor dat we dit samen nog bespreken op school. Past maandag na 16u voor u?

Met vriendelijke groeten,

Ruth Vangeel
klastitularis 1A
Sint-Pieterscollege
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["psychosocial"], about=["liam"],
     note="to the pupil's own mother: her son took part in cyberbullying a classmate, follow-up agreed",
     form=["qp", "list"])

# 13 --------------------------------------------------------------------------------------------
mail(13, "vraag-afwezigheden-reglement", "sec", [("Nadia El Ouardi", "nadia.elouardi@hotmail.com")],
     "RE: vraag over afwezigheid en doktersattest", "2024-09-24 10:48",
     """
Beste mevrouw El Ouardi,

Bedankt voor uw vraag. Hieronder vindt u het stukje uit ons schoolreglement dat hierover gaat; het volledige
reglement staat op de website onder "Praktisch".

3. Afwezigheden
3.1 Uw kind is ziek
- Is uw kind maximaal drie opeenvolgende kalenderdagen ziek, dan volstaat een verklaring van u als ouder. Dat
  kan maximaal vier keer per schooljaar.
- Is uw kind langer ziek, of al vier keer met een eigen verklaring afwezig geweest, dan is een medisch attest
  nodig.
3.2 Een medisch attest
Het attest wordt binnen de week bezorgd aan het secretariaat. Een attest waarin de datum is aangepast of dat
door uzelf is opgesteld, aanvaarden we niet.
3.3 Andere afwezigheden
Bv. een begrafenis, een rechtbankzitting, een religieuze feestdag: verwittig vooraf de titularis.

Voor leerlingen die langdurig ziek zijn, bestaat er tijdelijk onderwijs aan huis. Het CLB kan u daar meer over
vertellen.

Met vriendelijke groeten,

Martine Peeters
secretariaat Sint-Pieterscollege
016 23 45 67

> Goedendag, mijn dochter start volgend jaar bij jullie. Hoe werkt het als ze ziek is, moet ik dan altijd een
> briefje van de dokter hebben? Groeten, Nadia El Ouardi
""", fmt="plain", style="outlook",
     note="general rule-book excerpt for a prospective parent, nothing about one pupil", form=["plain", "reply"])

# 14 --------------------------------------------------------------------------------------------
mail(14, "redelijke-aanpassingen-kd", "hw", ["gb", "pg", "ad", "en", "nd"],
     "Maatregelen K.D. (4C) - vanaf nu geldig", "2024-10-18 14:05",
     """
Beste collega's van 4C,

Na het overleg met de ouders en het CLB gelden voor K.D. vanaf maandag de volgende maatregelen. Het attest van de
logopediste bevestigt zowel dyslexie als dyscalculie; het verslag zit in het leerlingvolgsysteem.

| Maatregel | Vakken | Opmerking |
| Extra tijd (1/3) bij toetsen en examens | alle | indien nodig in apart lokaal |
| Toetsen in Arial 12, anderhalve regelafstand | alle | vragen niet recto verso |
| Voorleessoftware (Kurzweil) op laptop | talen, geschiedenis | laptop mag mee in de klas |
| Rekenmachine en formularium | wiskunde, fysica | ook bij hoofdrekenen |
| Geen punten af voor spelling | behalve bij spellingstoetsen Nederlands | |

Vragen of twijfels: kom gerust langs op dinsdag of donderdag.

Hilde Wouters
zorgcoördinator
""", fmt="html", style="outlook",
     rules=["sensitive"], cats=["care", "medical"], about=["kobe"],
     note="care coordinator sends the adapted-measures list of one pupil (initials + class) with his diagnosis",
     form=["html", "table"])

# 15 --------------------------------------------------------------------------------------------
mail(15, "erasmus-cork-planning", "en", ["cork"], "Erasmus exchange March - programme draft", "2024-12-03 16:40",
     """
Dear Siobhán,

Thank you for the call last week. As promised, here is a first draft of the programme for your group's visit to
Leuven from 17 to 21 March.

Monday: arrival, welcome at school, tour of the city centre with our pupils
Tuesday: lessons with host classes, afternoon workshop at the university library
Wednesday: day trip to Brussels (Parliamentarium and the comic strip museum)
Thursday: project work on "water in our cities", evening farewell dinner with host families
Friday: presentations in the morning, departure after lunch

We have 14 host families so far, which matches your group of 14 pupils. I will send you the pairing list once
all families have confirmed. Could you let me know about any dietary needs in your group in general terms, so
that we can plan the dinner?

Kind regards,

Ewa Nowak
English teacher - Erasmus+ coordinator
Sint-Pieterscollege Leuven, Belgium
""", fmt="alt", style="outlook", lang="en",
     note="ordinary exchange programme planning with a partner school", form=["alt"])

# 16 --------------------------------------------------------------------------------------------
mail(16, "fw-ilias-papa", "gv", ["ok"], "FW: afwezigheid Ilias", "2025-01-20 18:02",
     """
Özlem,

Ter info, graag discreet behandelen. Mama vraagt om Ilias de komende weken wat ruimte te geven. Kan jij als
titularis even polsen hoe het met hem gaat? Karim is op de hoogte.

Geert

---------- Doorgestuurd bericht ---------
Van: Leila Chaouki <leila.chaouki@gmail.com>
Datum: ma 20 jan 2025 om 16:11
Onderwerp: afwezigheid Ilias
Aan: <directie@sintpieterscollege.be>

Geachte directeur,

Ilias was vrijdag niet op school en ik wil u uitleggen waarom. Vorige week is zijn vader opgepakt en hij zit nu
in de gevangenis in Leuven, voor hoelang weten we nog niet. Er is politie bij ons thuis geweest, 's morgens
vroeg, en Ilias heeft alles gezien. Hij schaamt zich heel erg en wil niet dat de klas het weet.

Ik hoop dat de school hem een beetje kan helpen. Hij slaapt slecht en is heel boos.

Met vriendelijke groet,
Leila Chaouki
""", fmt="plain", style="default",
     rules=["sensitive"], cats=["family", "psychosocial"], about=["ilias"],
     note="director forwards a mother's mail: the pupil's father was arrested and is in prison",
     form=["plain", "forward-inline"])

# 17 --------------------------------------------------------------------------------------------
mail(17, "kopieercode-interim", "mp", ["ta"], "je kopieercode", "2024-11-04 08:05",
     """
Dag Tim,

Je badge is nog niet klaar (de firma levert pas volgende week). Tot dan kan je kopiëren met een code: typ op het
scherm van de kopieerapparaten 55813 en dan OK. De kopies worden op het budget van de vakgroep aardrijkskunde
gezet.

Geef de code aub niet door aan leerlingen!

Martine
""", fmt="plain", style="outlook",
     rules=["password"], note="secretariat gives a substitute teacher his personal copier code", form=["plain"])

# 18 --------------------------------------------------------------------------------------------
mail(18, "olivia-exams-arrangement", "kea", [("Claire Bennett", par("olivia"))],
     "Olivia - arrangements for the December exams", "2024-11-28 12:44",
     """
Dear Mrs Bennett,

Thank you for coming in on Monday together with Olivia. As agreed, I am putting the arrangements in writing.

Olivia told us that during the last tests she had several moments where she could not breathe, felt dizzy and
had to leave the classroom; once it happened on the stairs on her way to the exam room. She has been seeing a
therapist since October, which she finds helpful.

For the December exams:
- she will sit her exams in room B.006, a small room with at most six pupils;
- she may take a short break outside the room with the supervising teacher if she feels an attack coming;
- she can contact me (or Els Van den Broeck if I am not there) before the first exam each morning.

We will evaluate this together after the exams. Please do let me know if anything changes in the meantime.

Kind regards,

Karim El Amrani
Pupil support, Sint-Pieterscollege
+32 16 23 45 73
""", fmt="alt", style="outlook", lang="en",
     rules=["sensitive"], cats=["psychosocial"], about=["olivia"],
     note="to the pupil's own mother: panic attacks during tests, therapy, exam arrangements",
     form=["alt", "list"])

# 19 --------------------------------------------------------------------------------------------
mail(19, "medicatie-op-school-brief", "dir", [], "Medicatie op school: afspraken en formulier", "2024-09-05 14:00",
     """
Geachte ouders,

Regelmatig vragen ouders ons om hun kind tijdens de schooluren medicatie te laten nemen. Omdat dit risico's
meebrengt, houden we ons aan de volgende afspraken.

1. In principe geven wij geen medicatie. Vraag uw arts of de medicatie buiten de schooluren kan worden genomen
   (bv. 's morgens en 's avonds).
2. Lukt dat niet, dan laat u het formulier "Aanvraag medicatie op school" invullen en ondertekenen door de
   behandelende arts. U vindt het in bijlage en op Smartschool.
3. De medicatie wordt in de originele verpakking, met de naam van uw kind erop, afgegeven op het secretariaat.
4. Bij koorts of pijn tijdens de lesdag geven wij geen pijnstillers; we bellen u op.
5. Heeft uw kind een ernstige allergie, epilepsie, diabetes of een andere aandoening waarvoor een noodplan nodig
   is? Meld dit dan aan de titularis en aan de schoolverpleegkundige, zodat we samen een plan kunnen opmaken.

Met vriendelijke groeten,

Geert Vanhoutte
directeur
""", bcc=["ouders"], fmt="alt", style="outlook",
     atts=[("aanvraag-medicatie-op-school.txt", "text/plain",
            "AANVRAAG MEDICATIE OP SCHOOL\r\n\r\nNaam leerling: ............................ Klas: ......\r\n"
            "Naam medicatie: ............................\r\nDosis en tijdstip: ............................\r\n"
            "Bewaring: ............................\r\nPeriode: van ........ tot ........\r\n\r\n"
            "Handtekening arts: ...................   Handtekening ouder: ...................\r\n")],
     note="general medication procedure letter to all parents with a blank form; nothing about one pupil",
     form=["alt", "attachment-txt"])

# 20 --------------------------------------------------------------------------------------------
mail(20, "robbe-wiskunde-remediering", "pg", [("Koen Verschueren", par("robbe2"))],
     "Robbe - wiskunde", "2025-03-18 19:26",
     """
Beste mevrouw Vermeiren,

Ik geef Robbe dit jaar wiskunde in 5B. Op de laatste twee toetsen (goniometrie en vectoren) haalde hij 7/20 en
8/20, terwijl hij in het eerste trimester nog vlot mee was. Hij geeft zelf aan dat hij de oefeningen thuis niet
meer maakt door zijn studentenjob.

Ik wil hem graag uitnodigen voor de inhaalles op donderdag het 8e uur. Zou u dat thuis ook willen opvolgen?

Vriendelijke groeten,
Pieter Goossens
leerkracht wiskunde
""", fmt="plain", style="thunderbird",
     about=["robbe"], mis=True,
     note="grades of Robbe Vermeiren sent to the father of Robbe Verschueren (same class, autocomplete)",
     form=["plain"])

# 21 --------------------------------------------------------------------------------------------
mail(21, "stage-amira-aanpassing", "stc", ["ns"], "stage Amira (6C)", "2025-01-09 12:31",
     """
Dag Nele,

Amira kwam net bij mij. Ze verwacht in april een kindje; de vroedvrouw heeft gezegd dat ze vanaf maart geen
zware dingen meer mag tillen en niet lang mag rechtstaan. Haar stage in de kinderopvang (tillen, kinderen in bed
leggen) wordt dan moeilijk.

Kunnen we haar stageperiode naar februari verschuiven of een andere stageplaats zoeken met meer administratief
werk? Ze wil heel graag haar diploma halen dit jaar.

Ze heeft het nog niet aan de hele klas verteld, dus graag even discreet.

Stefaan
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["amira"],
     note="titular tells the internship coordinator a pupil is pregnant and may not lift", form=["plain"])

# 22 --------------------------------------------------------------------------------------------
mail(22, "code-fietsenstalling", "dv", ["tm", "js", "kw"], "nieuw klavier fietsenstalling", "2024-09-16 07:20",
     """
Mannen,

De fietsenstalling achteraan heeft sinds vandaag een codeklavier in plaats van de sleutel. Code voor personeel:
2604 en dan het sleuteltje-knopje. Leerlingen krijgen een andere code via hun titularis.

Als hij niet opengaat: 2x rood knipperen = verkeerde code, mij bellen op 0477 21 65 09.

Dirk
""", fmt="plain", style="apple",
     rules=["password"], note="caretaker gives colleagues the door code of the bike shed", form=["plain"])

# 23 --------------------------------------------------------------------------------------------
mail(23, "personeelsvergadering-januari", "gv", [], "Uitnodiging personeelsvergadering 15 januari",
     "2025-01-07 16:10",
     """
Beste collega's,

Graag nodig ik jullie uit op de personeelsvergadering van woensdag 15 januari om 13u30 in de refter.

Agenda
1. Terugblik op de examens en de deliberaties
2. Nieuwe afspraken rond gsm-gebruik in de klas (voorstel werkgroep)
3. Toelichting door het CLB over het nieuwe aanmeldingsformulier
4. Planning opendeurdag 16 maart
5. Varia

Er is koffie en taart voorzien. Wie niet aanwezig kan zijn, verwittigt graag Sofie Claes.

Vriendelijke groeten,
Geert
""", bcc=["personeel"], fmt="alt", style="outlook",
     note="staff meeting invitation, group address in Bcc", form=["alt"])

# 24 --------------------------------------------------------------------------------------------
mail(24, "noor-1b-middag", "tm", ["rv"], "Noor uit 1B", "2025-03-05 13:12",
     """
Hoi Ruth,

Ik weet niet of je het al wist, maar ik zie al een paar weken dat Noor Lambrechts 's middags niet in de refter
zit. Vandaag vond ik haar met haar boterhammen in de toiletten van de turnzaal. Toen ik vroeg waarom, zei ze dat
"toch niemand naast haar wil zitten" en dat ze uit de groepsapp van de meisjes is gezet. In de kleedkamer draait
iedereen zich om als zij binnenkomt, dat heb ik zelf gezien.

Ze moest er zichtbaar van huilen. Wil jij het oppikken of geef ik het door aan Karim?

Tom
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["psychosocial"], about=["noor"],
     note="PE teacher reports a first-year girl excluded by classmates, eating alone in the toilets",
     form=["plain"])

# 25 --------------------------------------------------------------------------------------------
mail(25, "hugo-retour-hopital", "nd", [("Isabelle Lambert", par("hugo"))], "Retour de Hugo à l'école",
     "2025-02-26 17:55",
     """
Chère Madame Lambert,

Merci pour votre message et pour les nouvelles de Hugo. Nous sommes soulagés d'apprendre que l'opération s'est
bien passée et qu'il peut quitter l'hôpital Gasthuisberg vendredi.

Comme convenu avec la coordinatrice des soins, voici ce que nous proposons pour son retour :
- les deux premières semaines, il vient seulement le matin ;
- il est dispensé d'éducation physique jusqu'à l'avis du chirurgien ;
- l'ascenseur lui est accessible (la clé est au secrétariat) ;
- les contrôles manqués seront rattrapés après les vacances de Pâques, sans stress.

Les collègues lui enverront les notes de cours via Smartschool. N'hésitez pas à m'écrire si Hugo est trop
fatigué.

Bien cordialement,

Nathalie Dubois
titulaire 5B - professeure de français
""", fmt="qp", style="outlook", lang="fr",
     rules=["sensitive"], cats=["medical"], about=["hugo"],
     note="to the pupil's own mother: return plan after surgery and hospital stay", form=["qp", "list"])

# 26 --------------------------------------------------------------------------------------------
mail(26, "ouders-3b-uitstap-ieper", "jv", ["ouders-3b@sintpieterscollege.be"], "Uitstap Ieper 3B - praktisch",
     "2025-04-22 18:30",
     """
Beste ouders van 3B,

Op donderdag 8 mei gaan we met de klas naar Ieper (In Flanders Fields Museum en de Menenpoort).

- Vertrek 7u45 aan de school, terug rond 18u
- Lunchpakket en drinken meebrengen
- Kostprijs 32 euro, komt op de volgende schoolrekening
- Stevige schoenen en regenjas

Heeft u vragen, laat het me gerust weten.

Vriendelijke groeten,
Jonas Vermeulen
titularis 3B
""", fmt="plain", style="thunderbird",
     note="class-parents group address put in To instead of Bcc; ordinary trip info", form=["plain", "list"])

# 27 --------------------------------------------------------------------------------------------
mail(27, "re-wout-terug-naar-school", "kea", ["gb", "hw"], "RE: Wout (4A) - stand van zaken", "2025-02-11 09:05",
     """
Dag Gert, dag Hilde,

Korte update: het plan om Wout eerst twee halve dagen te laten komen, is deze week niet gelukt. Maandag heeft
hij tot aan de schoolpoort gestaan en is dan terug naar huis gefietst. Mama vertelt dat hij al dagen niet uit
bed komt voor de middag en 's nachts tot laat wakker ligt.

Veerle van het CLB stelt voor om een aanmelding te doen bij het Centrum voor Geestelijke Gezondheidszorg en
in tussentijd het traject "terug naar school" met een vaste opvang in het zorglokaal te starten. Ik stel voor dat
we dat donderdag op het MDO beslissen.

Karim

Van: Gert Boonen <gert.boonen@sintpieterscollege.be>
Verzonden: vrijdag 7 februari 2025 15:32
Aan: Karim El Amrani <karim.elamrani@sintpieterscollege.be>
CC: Hilde Wouters <hwo@spc.ksleuven.be>
Onderwerp: Wout (4A) - stand van zaken

Karim,

Wout is nu sinds 13 januari niet meer op school geweest. Alle afwezigheden zijn gewettigd met een attest van de
huisarts ("buikpijn"). Hoe gaan we verder? De klassenraad wil weten of hij zijn examens in juni kan doen.

Gert
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["psychosocial", "care"], about=["wout"],
     note="a pupil has not come to school for weeks; CLB and mental-health referral discussed", form=["qp", "reply"])

# 28 --------------------------------------------------------------------------------------------
mail(28, "gedeeld-account-lindeboom", "pg", ["yb"], "account lindeboom digitaal", "2024-09-09 21:47",
     """
Hey Yasmina,

Voor de digitale oefeningen bij Pienter Wiskunde gebruiken we in de vakgroep één schoolaccount. Aanmelden op
het platform van Lindeboom met:

gebruiker: wiskunde.spc@sintpieterscollege.be
paswoord: Delta2024spc!

Daarin zitten alle klassen van de eerste graad al. Verander het aub niet, anders zit de rest vast :-)

Pieter
""", fmt="plain", style="gmail",
     rules=["password"], note="teacher shares the math department's shared publisher-platform password",
     form=["plain"])

# 29 --------------------------------------------------------------------------------------------
mail(29, "thomas-1d-sensor", "wd", ["nd", "tm", "ad", "yb", "lc", "im"], "Thomas Wijns 1D - belangrijk",
     "2024-09-03 16:40",
     """
Beste collega's van 1D,

In mijn klas zit Thomas Wijns. Hij heeft sinds vorig jaar suikerziekte (type 1) en draagt een sensor op zijn arm
die zijn waarden doorstuurt naar zijn gsm en naar die van zijn mama.

Wat betekent dat voor jullie?
- Thomas mag zijn gsm altijd bij zich hebben en erop kijken, ook tijdens toetsen. Dat is geen spieken.
- Als zijn gsm piept, mag hij iets eten of drinken in de klas (druivensuiker, sap).
- Voelt hij zich duizelig, wit of beverig: nooit alleen naar het secretariaat laten gaan, iemand gaat mee.
- Na de LO-les controleert hij zijn waarde. Tom weet ervan.

Er ligt een noodkit met glucagon op het secretariaat, met een fiche van de diabetesverpleegkundige van het
UZ erbij.

Dank jullie wel!
Wim Dierckx
titularis 1D
""", fmt="cp1252", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["thomas"],
     note="titular informs colleagues about a pupil's type 1 diabetes and what to do", form=["cp1252", "list"])

# 30 --------------------------------------------------------------------------------------------
def xlsm_bytes():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/'
                   'vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheets><sheet name="punten" sheetId="1"/></sheets></workbook>')
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 +
                   b"Attribute VB_Name = \"Module1\"\r\nSub Gemiddelde()\r\nEnd Sub\r\n")
    return b.getvalue()


mail(30, "puntenbestand-macro", "pg", ["vakgroep-wiskunde@sintpieterscollege.be"], "puntenbestand 2e graad met knop",
     "2024-12-02 20:15",
     """
Dag iedereen,

In bijlage het puntenbestand voor de examens van de 2e graad. Er zit een macro in: als je op de knop
"Bereken" drukt, worden de gewogen gemiddelden en de tekorten automatisch ingevuld. Bij het openen moet je wel op
"Inhoud inschakelen" klikken, anders werkt de knop niet.

Pieter
""", fmt="plain", style="outlook", atts=[("punten_2e_graad_examen_dec.xlsm",
                                          "application/vnd.ms-excel.sheet.macroEnabled.12", xlsm_bytes())],
     rules=["attachment"], note="macro-enabled spreadsheet to the department group address (in To)",
     form=["plain", "attachment-xlsm"])

# 31 --------------------------------------------------------------------------------------------
mail(31, "afbetalingsplan-bram", "lv", [("Tine De Wilde", par("bram"))], "Afbetalingsplan schoolrekening Bram",
     "2024-12-17 11:20",
     """
Beste mevrouw De Wilde,

Zoals afgesproken in ons gesprek van vrijdag bevestig ik hierbij het afbetalingsplan voor de openstaande
schoolrekeningen van Bram (vorig schooljaar en eerste trimester samen 486,40 euro).

- 6 maandelijkse stortingen van 81,07 euro, telkens voor de 10e van de maand
- eerste storting in januari 2025
- op rekening BE68 7350 1122 9834, mededeling +++090/4421/88317+++

De kosten voor de Parijsreis in het voorjaar nemen we op in het solidariteitsfonds; daar hoeft u niets voor te
doen. Lukt een maand niet, laat het me dan gewoon weten, dan passen we het plan aan.

Met vriendelijke groeten,

Luc Verstraeten
boekhouding Sint-Pieterscollege
016 23 45 75
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["financial"], about=["bram"],
     note="to the pupil's own mother: payment plan for the family's unpaid school bills", form=["alt", "list"])

# 32 --------------------------------------------------------------------------------------------
mail(32, "jade-rekening-herinnering", "lv", [("Sofie Verstraeten", par("jana"))],
     "Openstaande rekening Jade Verstraete (2D)", "2025-03-04 10:02",
     """
Beste mevrouw Verstraete,

Uit onze boekhouding blijkt dat de rekeningen van september en december voor Jade nog niet betaald zijn
(samen 312,50 euro). We stuurden eerder al twee herinneringen via Smartschool.

Ik weet dat het soms moeilijk kan lopen. Mogen we u uitnodigen voor een gesprek om samen een regeling te zoeken?
U kan mij bereiken op 016 23 45 75, elke voormiddag.

Met vriendelijke groeten,
Luc Verstraeten
boekhouding
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["financial"], about=["jade"], mis=True,
     note="unpaid-bill letter about Jade Verstraete sent to the mother of Jana Verstraeten (same class)",
     form=["plain"])

# 33 --------------------------------------------------------------------------------------------
mail(33, "smartschool-eerste-keer", "bl", [], "Smartschool: zo meldt uw kind zich de eerste keer aan",
     "2024-09-02 18:00",
     """
Geachte ouders van onze eerstejaars,

Vandaag kreeg uw kind een brief met zijn of haar Smartschool-gegevens. Zo gaat het aanmelden:

1. Surf naar sintpieterscollege.smartschool.be
2. Gebruikersnaam: voornaam.naam (bv. jan.peeters)
3. Wachtwoord: ******** (het startwachtwoord staat op de brief van vandaag)
4. Kies daarna een eigen wachtwoord van minstens 10 tekens.

Als ouder krijgt u een eigen co-account. Die brief volgt via de post. Deel uw wachtwoord niet met uw kind en
schrijf het niet op in de schoolagenda.

Problemen? Mail naar ict@sintpieterscollege.be (en vermeld nooit een wachtwoord in die mail).

Bart Lemmens
ICT-coördinator
""", bcc=["ouders"], fmt="html", style="gmail",
     note="login instructions with placeholder only, no real credential", form=["html", "list"])

# 34 --------------------------------------------------------------------------------------------
mail(34, "senne-studiekeuze", "hw", ["clb"], "Senne Bogaerts 3C - studiekeuze", "2025-03-27 15:15",
     """
Dag Veerle,

Op de klassenraad van gisteren kwam Senne (3C, Latijn) uitgebreid aan bod. Hij haalt voor bijna alle
theoretische vakken tekorten, ondanks extra studiebegeleiding sinds januari en het stappenplan dat we in
november met hem opstelden. In de praktische opdrachten van STEM doet hij het wel uitstekend.

De klassenraad denkt dat een B-attest met clausulering weg van de doorstroomrichtingen waarschijnlijk wordt, en
raadt een overstap naar een dubbele finaliteit aan (bv. elektromechanische technieken). De ouders staan daar nog
niet voor open; papa heeft zelf "de moeilijkste richting" gedaan.

Zou jij een oriëntatiegesprek met Senne en de ouders willen doen voor de paasvakantie? De testresultaten van
het tweede jaar heb jij nog in jullie dossier.

Groeten,
Hilde Wouters
zorgcoördinator
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["care"], about=["senne"],
     note="care coordinator asks CLB for a study-redirection talk for one pupil", form=["plain"])

# 35 --------------------------------------------------------------------------------------------
mail(35, "bestelling-handboeken", "lj", ["uitg"], "Bestelling handboeken geschiedenis 2025-2026", "2025-05-20 14:30",
     """
Geachte,

Graag bestellen wij voor het volgende schooljaar:

| Titel | Aantal | Klas |
| Sporen 3 - leerwerkboek | 110 | 3e jaar |
| Sporen 4 - leerwerkboek | 96 | 4e jaar |
| Sporen 3 - handleiding + digitaal pakket | 4 | leerkrachten |

Levering graag vóór 25 augustus op het adres van de school, t.a.v. Dirk Vandenberghe (magazijn). Factuur naar de
boekhouding met ons klantnummer 40-11872.

Met vriendelijke groeten,

Leen Jacobs
vakgroep geschiedenis
Sint-Pieterscollege, Naamsestraat 212, 3000 Leuven
""", fmt="alt", style="outlook",
     note="ordinary textbook order to a publisher", form=["alt", "table"])

# 36 --------------------------------------------------------------------------------------------
mail(36, "youssef-ondersteuning-mdo", "hw", ["ondersteuner"], "Verslag MDO Youssef (1A) + afspraken ondersteuning",
     "2024-10-24 16:50",
     """
Dag Lies,

In bijlage het verslag van het MDO van dinsdag, zoals gevraagd, zodat je je begeleiding vanaf volgende week kan
afstemmen. De ouders gaven hun akkoord om het met jou te delen.

Kort: we starten met jouw wekelijkse uur op donderdag (planning en overgangen), en Youssef krijgt een vaste plek
in de rustruimte op de middag.

Groetjes,
Hilde
""", fmt="plain", style="outlook",
     atts=[("MDO_1A_YT_22-10.txt", "text/plain",
            "MDO 22/10/2024 - Youssef Tahiri (1A)\r\n"
            "Aanwezig: mama, papa, H. Wouters (zorgco), R. Vangeel (titularis), V. Aerts (CLB)\r\n\r\n"
            "1. Beeld\r\n"
            "- Autismespectrumstoornis vastgesteld in het referentiecentrum (2022), verslag type 9.\r\n"
            "- Raakt overprikkeld bij onverwachte lokaalwissels en in de refter; heeft in oktober 3x de klas verlaten\r\n"
            "  en zich opgesloten in het toilet.\r\n"
            "- Cognitief sterk, vooral wiskunde en wetenschappen.\r\n\r\n"
            "2. Afspraken\r\n"
            "- Ondersteuner (L. Bertels) 1u/week, donderdag 3e lesuur.\r\n"
            "- Dagplanning op de bank; wijzigingen de dag voordien via Smartschool.\r\n"
            "- Middagpauze in de rustruimte, met 1 klasgenoot naar keuze.\r\n"
            "- Koptelefoon toegestaan bij zelfstandig werk.\r\n\r\n"
            "3. Evaluatie: MDO na de kerstexamens.\r\n")],
     rules=["sensitive"], cats=["care", "medical"], about=["youssef"],
     note="care-meeting report of a pupil with autism sent to the external support worker as an attachment",
     form=["plain", "attachment-txt"])

# 37 --------------------------------------------------------------------------------------------
mail(37, "resetcode-leerling", "bl", ["tuur.luyten@leerling.sintpieterscollege.be"], "Je nieuwe code",
     "2025-01-13 08:47",
     """
Hoi Tuur,

Je vroeg aan de balie een nieuw wachtwoord voor Smartschool. Gebruik deze eenmalige resetcode op
sintpieterscollege.smartschool.be > "Code ontvangen?":

    7Q4-K9X-22M

De code is 24 uur geldig. Daarna kies je zelf een nieuw wachtwoord.

ICT Sint-Pieterscollege
""", fmt="plain", style="thunderbird",
     rules=["password"], about=["tuur"], note="ICT mails a pupil his one-time Smartschool reset code", form=["plain"])

# 38 --------------------------------------------------------------------------------------------
mail(38, "jayden-ophalen-afspraken", "sb", ["mp", "kea"], "Jayden Mukendi - wie mag hem ophalen", "2024-11-25 08:10",
     """
Dag Martine, dag Karim,

Belangrijk voor het secretariaat: Jayden (2A) woont sinds vorige maandag in een pleeggezin in Kessel-Lo. De
consulent van de jeugdrechtbank heeft me vrijdag gebeld.

- Hij mag enkel opgehaald worden door de pleegouders (familie Wyns) of door de consulent.
- Mama mag hem NIET meenemen, ook niet als ze aan de schoolpoort staat. Dan meteen de directie verwittigen.
- Brieven en rapport voorlopig naar het adres van de pleegouders, niet naar het oude adres.

Ik zet het ook in het leerlingvolgsysteem, maar wou zeker zijn dat jullie het vandaag al weten.

Sien
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["family"], about=["jayden"],
     note="pupil placed in a foster family by the youth court; mother may not pick him up", form=["plain", "list"])

# 39 --------------------------------------------------------------------------------------------
mail(39, "schoolstraat-naamsestraat", "sc", ["mob"], "Schoolstraat Naamsestraat - evaluatie en vraag",
     "2024-10-02 11:35",
     """
Beste,

Sinds september is het stuk van de Naamsestraat voor onze school een schoolstraat tussen 8u00 en 8u30. Wij zijn
heel tevreden: er zijn veel minder auto's en de fietsers komen veiliger binnen.

Wel twee vragen:
1. Het hek aan de kant van de Tervuursevest wordt 's morgens soms niet teruggezet door de leveranciers. Kan de
   stad hier een sticker of een bord bij plaatsen?
2. Op woensdag eindigen de lessen om 12u05. Is een schoolstraat ook op het middaguur mogelijk?

Ik kom graag naar een overleg met de buurt. U kan me bereiken op 016 23 45 61.

Met vriendelijke groeten,

Sofie Claes
adjunct-directeur
""", fmt="qp", style="outlook",
     note="deputy head to the city's mobility service about the school street", form=["qp"])

# 40 --------------------------------------------------------------------------------------------
mail(40, "clb-mila-thuis", "evdb", ["clb"], "Dringend: M.S. 2B", "2025-01-22 10:26",
     """
Veerle,

Kan je me vandaag nog bellen? Het gaat over Mila Stevens uit 2B.

Ze kwam deze ochtend met een blauwe plek op haar wang binnen en vertelde in het gesprek dat ze sinds zaterdag bij
haar tante in Wilsele slaapt, "omdat het thuis niet veilig is als papa gedronken heeft". Zaterdagnacht is de
politie langs geweest na een ruzie tussen de ouders. Mama is met haar kleine broer bij een vriendin.

Mila wil absoluut niet terug naar huis vanavond. De tante kan haar om 16u komen halen, maar ik wil weten of we
nog iets anders moeten doen (Vertrouwenscentrum? melding?). Ik laat haar niet alleen naar huis gaan.

Els
0479 18 62 30 (gsm, rechtstreeks)
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["family"], about=["mila"],
     note="support worker urgently asks CLB advice: pupil sleeps at her aunt because home is unsafe",
     form=["plain"])

# 41 --------------------------------------------------------------------------------------------
mail(41, "fw-licentie-diddit", "lj", ["kw", "im"], "Fwd: Uw schoollicentie Tijdslijn Online is geactiveerd",
     "2024-09-11 12:58",
     """
Voor jullie ook, dan kunnen jullie er in de les al mee werken. Het is één login voor de hele school.

Leen

---------- Doorgestuurd bericht ---------
Van: Tijdslijn Online <noreply@tijdslijn-online.be>
Datum: wo 11 sep 2024 om 09:14
Onderwerp: Uw schoollicentie Tijdslijn Online is geactiveerd
Aan: <leen.jacobs@sintpieterscollege.be>

Beste klant,

Uw schoollicentie (12 maanden, onbeperkt aantal klassen) is actief. U kan zich aanmelden op
https://app.tijdslijn-online.be met de volgende gegevens:

Schoolcode: SPC-LEUVEN-3000
Gebruikersnaam: spc.geschiedenis
Wachtwoord: kR7#vanEyck1432

Wij raden aan om het wachtwoord na de eerste aanmelding te wijzigen.

Met vriendelijke groeten,
Het team van Tijdslijn Online
""", fmt="plain", style="gmail",
     rules=["password"], note="teacher forwards the publisher's licence mail with the shared login to colleagues",
     form=["plain", "forward-inline"])

# 42 --------------------------------------------------------------------------------------------
mail(42, "clb-info-eerstejaars", "evdb", [], "Kennismaking met het CLB - info voor ouders van het 1e jaar",
     "2024-09-19 17:05",
     """
Geachte ouders,

Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Graag stellen we het even voor.

Wat doet het CLB?
- Het helpt leerlingen, ouders en school bij vragen over leren en studeren, studiekeuze, gezondheid en
  welbevinden.
- Het organiseert de medische consulten en vaccinaties (in het 1e jaar: het consult en de vaccinatie tegen
  HPV, als u daarvoor toestemming geeft).
- Het begeleidt bij spijbelen of problematische afwezigheden, zoals de wet dat voorziet.

Is het CLB-werk vertrouwelijk?
Ja. CLB-medewerkers hebben beroepsgeheim. Informatie uit een gesprek met uw kind wordt enkel gedeeld als dat nodig
is en met uw toestemming (of die van uw kind vanaf 12 jaar, als het daartoe in staat is).

Hoe neemt u contact op?
Via de leerlingenbegeleiding van de school, of rechtstreeks via clb-leuven.be of het nummer op de website.

Met vriendelijke groeten,

Els Van den Broeck
leerlingenbegeleiding
""", bcc=["ouders-1@sintpieterscollege.be"], fmt="alt", style="outlook",
     note="general CLB information letter to all first-year parents, group in Bcc", form=["alt"])

# 43 --------------------------------------------------------------------------------------------
mail(43, "arne-rapport-adres", "stc", ["mp"], "Arne Timmermans 5D - rapporten en brieven", "2024-10-14 12:12",
     """
Martine,

Wil jij in Smartschool aanpassen dat de brieven en rapporten van Arne Timmermans (5D) enkel nog naar mama gaan?
Mama bracht vandaag een kopie van het vonnis binnen: papa heeft sinds september geen omgangsrecht meer en mag ook
geen informatie meer van de school krijgen. Het co-account van papa moet dus afgesloten worden.

Als hij toch belt of aan de balie staat, verwijs hem dan naar de directie.

Kopie van het vonnis ligt in de map op jouw bureau, graag na het inscannen in het dossier laten versnipperen.

Stefaan
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["family"], about=["arne"],
     note="court ruling: father lost contact rights, school must stop sending him information",
     form=["plain"])

# 44 --------------------------------------------------------------------------------------------
mail(44, "lena-boek-frans", "nd", [("Sarah Coenen", par("lottec"))], "Boek Frans Lena", "2025-02-05 16:35",
     """
Beste mevrouw Vandersteen,

Lena is deze maand al drie keer zonder haar werkboek Frans naar de les gekomen. Vandaag kon ze daardoor de
oefeningen niet meemaken en moet ze die thuis inhalen (p. 54-57).

Zou u samen met haar de boekentas op maandag en donderdag (de dagen met Frans) even willen nakijken?

Merci et bonne soirée,
Nathalie Dubois
leerkracht Frans 2B
""", fmt="plain", style="apple",
     about=["lena"], mis=True,
     note="note about Lena Vandersteen's forgotten book sent to Lotte Coenen's mother (both mothers named Sarah)",
     form=["plain"])

# 45 --------------------------------------------------------------------------------------------
mail(45, "ellen-6d-niet-meer", "lc", ["kea", "stc"], "Ellen Geerts - vandaag in de les, dringend",
     "2025-04-29 11:58",
     """
Karim, Stefaan,

Ik wil dit niet tot morgen laten liggen. Ellen (6D) heeft in haar tekst voor de schrijfopdracht "een brief aan
mezelf over tien jaar" geschreven dat ze niet denkt dat ze er over tien jaar nog zal zijn, en dat "het voor
iedereen makkelijker zou zijn zonder haar". Na de les heb ik haar kort aangesproken; ze lachte het weg, maar zei
ook dat ze "er al een tijdje over nadenkt hoe".

Ze zit nu het 5e en 6e uur bij mij in de klas. Kan een van jullie haar daarna opvangen en zien wie de ouders
verwittigt? Ik heb de tekst bij mij, niet in de stapel met de rest.

Lieve
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["psychosocial"], about=["ellen"],
     note="teacher raises the alarm about a pupil who wrote she thinks about ending her life", form=["plain"])

# 46 --------------------------------------------------------------------------------------------
mail(46, "zoom-infoavond-studiekeuze", "sc", [], "Infoavond studiekeuze 6e jaar - online via Zoom",
     "2025-01-30 19:00",
     """
Beste ouders van het 6e jaar,

Op donderdag 6 februari om 19u30 organiseren we samen met het CLB een infoavond over verder studeren na het
secundair: hoger onderwijs, inschrijvingen, toelatingsproeven en studiefinanciering.

Deelnemen via Zoom:
https://zoom.us/j/85513472290
Meeting-ID: 855 1347 2290
Toegangscode: 611924

De presentatie staat nadien op Smartschool. Vragen kan u vooraf sturen naar sofie.claes@sintpieterscollege.be.

Vriendelijke groeten,
Sofie Claes
adjunct-directeur
""", bcc=["ouders-6@sintpieterscollege.be"], fmt="html", style="gmail",
     note="meeting passcode", form=["html"])

# 47 --------------------------------------------------------------------------------------------
mail(47, "re-daan-medicatie", "im", ["stc"], "Re: Daan (6B)", "2025-03-12 21:40",
     """
Dag Stefaan,

Merci om het te laten weten. Ik zal hem niet meer aanspreken op zijn vermoeidheid in de les. Ik had al gemerkt
dat hij anders is sinds de krokus, ik dacht eerlijk gezegd dat hij gewoon lui werd.

Ingrid

Op wo 12 mrt 2025 om 17:02 schreef Stefaan Celis <stefaan.celis@sintpieterscollege.be>:
> Dag collega's van 6B,
>
> Daan Michiels heeft me toestemming gegeven om jullie dit te vertellen: hij is de voorbije maanden erg
> somber geweest en is sinds twee weken gestart met antidepressiva bij een psychiater. De eerste weken kan hij
> daar heel moe en wat traag van zijn, 's ochtends vooral. Hij komt wel elke dag naar school.
>
> Wil je hem de komende weken niet aanspreken op dutten of gapen, en eventueel toetsen van de eerste twee uren
> later laten inhalen? Bedankt.
>
> Stefaan
""", fmt="plain", style="thunderbird", irt="<a31f8b2c-7d1e-4c2a-9e0b-55e1c3a9d410@sintpieterscollege.be>",
     rules=["sensitive"], cats=["psychosocial", "medical"], about=["daan"],
     note="reply quoting the titular's mail: pupil is depressed and started antidepressants", form=["plain", "reply"])

# 48 --------------------------------------------------------------------------------------------
mail(48, "londen-deelnemerslijst", "en", ["reis"], "London trip 5th year - participant list for Eurostar",
     "2025-02-18 10:20",
     """
Goedemorgen,

Zoals gevraagd voor de boeking van de Eurostar-tickets: de deelnemerslijst van de eerste bus. De lijst van de
tweede bus volgt morgen.

| Naam | Voornaam | Geboortedatum | Nationaliteit | Type document |
| Kowalska | Lina | 14/06/2008 | Pools | paspoort |
| De Wilde | Bram | 02/11/2008 | Belg | identiteitskaart |
| Kuypers | Eline | 27/03/2009 | Belg | identiteitskaart |
| Goris | Emma | 09/09/2008 | Belg | identiteitskaart |
| Azzouzi | Ayoub | 21/01/2008 | Belg | identiteitskaart |
| Hendrickx | Zoë | 30/07/2008 | Belg | identiteitskaart |

De leerlingen zonder Belgische nationaliteit hebben allemaal een geldig paspoort en een verblijfskaart; kopieën
bezorg ik u apart.

Vriendelijke groeten,

Ewa Nowak
coördinator Londenreis
""", fmt="alt", style="outlook", dob=True,
     rules=[], about=["lina", "bram", "eline", "emma", "ayoub", "zoe"],
     note="participant list with dates of birth for the travel agency; no sensitive facts",
     form=["alt", "table"])

# 49 --------------------------------------------------------------------------------------------
mail(49, "fw-hanna-mama", "stc", ["evdb"], "TR: Hanna", "2025-03-03 08:32",
     """
Els,

Zie de mail van Hanna's mama hieronder (als bijlage). Kan jij contact opnemen met haar en met het ziekenhuis voor
de lessen? Ik zet het op de agenda van de klassenraad.

Stefaan
""", fmt="plain", style="outlook",
     inner=inner_mail((("Małgorzata Wiśniewska", par("hanna"))), ["stc"], "Hanna",
                      "2025-03-02 21:14",
                      """
Dag meneer Celis,

Ik wil u laten weten dat Hanna vanaf morgen opgenomen wordt op de afdeling voor eetstoornissen in het UPC in
Kortenberg. Ze weegt nog maar 41 kilo en de dokter zegt dat het niet meer thuis kan. Ze zal minstens acht weken
blijven, misschien langer.

Ze is heel bang dat ze haar jaar niet haalt. Is er een mogelijkheid dat ze daar lessen volgt of dat de school
taken doorstuurt?

Bedankt voor alles wat u al voor haar gedaan heeft.
Małgorzata Wiśniewska
""", n=149, slug_="inner-hanna", style="gmail"),
     rules=["sensitive"], cats=["medical", "psychosocial"], about=["hanna"],
     note="titular forwards (as attached message) a mother's mail: daughter admitted for an eating disorder",
     form=["plain", "forward-rfc822"])

# 50 --------------------------------------------------------------------------------------------
mail(50, "wifi-erasmus-guest", "en", [("Niamh Walsh", "niamh.walsh@stbrendanscollege.ie")],
     "Wi-Fi and practical info for Monday", "2025-03-14 15:22",
     """
Hi Niamh,

Just a few practical things before you arrive on Monday.

- The staff room is on the first floor, room A.104. Coffee is free, the machine takes a minute to warm up.
- Wi-Fi for guests: network SPC-Gast, password Leuven-Welkom-17 (valid all week).
- Lunch is at 12:05 in the refectory; you are our guest all week.
- If anything is wrong, call or text me on +32 478 55 19 02.

See you Monday!
Ewa
""", fmt="plain", style="apple", lang="en",
     rules=["password"], note="visiting partner teacher receives the guest Wi-Fi password in a list",
     form=["plain", "list"])

# 51 --------------------------------------------------------------------------------------------
mail(51, "aanmelding-clb-ek", "hw", ["clb"], "Aanmelding E.K. (5A)", "2024-11-12 12:40",
     """
Dag Veerle,

Hierbij meld ik E.K. uit 5A officieel aan bij jullie, met toestemming van haar ouders (ondertekend formulier komt
via de interne post).

Vraag: leerling ervaart sinds dit schooljaar grote moeite met plannen en concentratie. Haalt in de les goede
resultaten, maar levert taken niet of te laat in en blokkeert bij toetsen met meerdere onderdelen. Ouders vragen
zich af of er meer aan de hand is (zij denken zelf aan ADD, er is in de familie al een diagnose).

Wat al gedaan is op school:
- planningscoaching bij de leerlingenbegeleiding sinds oktober (4 sessies)
- toetsen in stukken aangeboden bij wiskunde en fysica
- vaste plaats vooraan, weg van het raam

We vragen een HGD-traject, en eventueel doorverwijzing voor verder onderzoek.

Met vriendelijke groeten,
Hilde Wouters
zorgcoördinator Sint-Pieterscollege
016 23 45 74
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["care"], about=["eline"],
     note="formal CLB referral of one pupil (initials + class) for a diagnostic track", form=["qp", "list"])

# 52 --------------------------------------------------------------------------------------------
mail(52, "antipestbeleid-update", "kea", [], "Ons antipestbeleid - geactualiseerde versie", "2025-02-20 12:00",
     """
Dag collega's,

Naar aanleiding van de week tegen pesten hebben we ons antipestbeleid herwerkt. Hieronder de kern; de volledige
tekst staat op Smartschool in het vak "Leerlingenbegeleiding".

1. Wat is pesten?
Pesten is het herhaaldelijk en bewust kwetsen van een leerling door één of meer anderen, waarbij er een
machtsverschil is. Een ruzie tussen twee gelijken is geen pesten, maar verdient ook aandacht.

2. Wat doe je als leerkracht?
- Een leerling vertelt dat hij of zij gepest wordt: luister, neem het ernstig, beloof geen geheimhouding die je
  niet kan houden.
- Je ziet zelf iets (bv. een leerling die steeds alleen staat, of spullen die verdwijnen): noteer het en meld het
  aan de leerlingenbegeleiding.
- Reageer niet met een straf voor de hele klas.

3. Aanpak
We werken met de No Blame-methode en met herstelgesprekken. Bij ernstige of aanhoudende feiten volgt het
orde- en tuchtreglement.

4. Digitaal pesten
Ook wat buiten de school in groepschats gebeurt, pakken we aan als het de sfeer op school raakt.

Karim El Amrani & Els Van den Broeck
""", bcc=["personeel"], fmt="alt", style="outlook",
     note="general anti-bullying policy to all staff, no individual case", form=["alt"])

# 53 --------------------------------------------------------------------------------------------
mail(53, "jens-ongeval-lo-verzekering", "sec", [("An Pauwels", par("jens"))], "Schoolongeval Jens - aangifte verzekering",
     "2024-10-09 15:12",
     """
Beste mevrouw Pauwels,

Nogmaals veel beterschap aan Jens. Zoals besproken bezorgen we u de aangifte voor de schoolverzekering.

Samengevat wat we invulden:
- Naam: Jens Pauwels, 4B, rijksregisternummer 09.05.14-273.45
- Ongeval: dinsdag 8 oktober, 10u20, tijdens de LO-les (basketbal), botsing met een medeleerling
- Letsel: hersenschudding, nacht ter observatie op de spoed van het Heilig Hartziekenhuis
- Getuige: Tom Maes, leerkracht LO

Laat het medisch attest van de spoeddienst en het deel "geneeskundig getuigschrift" invullen door de arts, en
bezorg ons alle rekeningen (ziekenhuis, apotheek, controle bij de neuroloog). Na tussenkomst van het ziekenfonds
betaalt de verzekering het remgeld terug.

De neuroloog raadde twee weken zonder schermen en sport aan; de leerkrachten zijn verwittigd.

Met vriendelijke groeten,

Martine Peeters
secretariaat
016 23 45 67
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["jens"],
     note="to the pupil's own mother: concussion after a PE accident, hospital night, insurance form with national number",
     form=["alt", "list"])

# 54 --------------------------------------------------------------------------------------------
mail(54, "klassenraad-5c-verslag", "sh", ["pg", "nd", "ad", "lj", "yb", "en"], "Verslag klassenraad 5C 19/12",
     "2024-12-19 18:25",
     """
Beste collega's,

Hierbij de kernpunten van onze klassenraad. Zoals altijd: enkel voor eigen gebruik.

| Leerling | Bespreking | Actie |
| Emma G. | Twee aanvallen in de klas sinds oktober; neurologe heeft de medicatie aangepast. Moe na de middag. | Noodprotocol hangt in de klas en in de LO-zaal. Bij aanval: tijd noteren, niet vasthouden. |
| Milan B. | Rekening 1e trimester nog open; mama is sinds september werkloos. OCMW neemt de schoolkosten over vanaf januari. | Luc volgt op met de maatschappelijk werker. Skireis betaald via solidariteitsfonds. |
| Zoë H. | Sterk teruggevallen (gem. 52%). Zit vaak alleen, vertelde aan Sarah dat ze 's nachts piekert en paniekaanvallen heeft. | Gesprek met Els van de LLB, ouders uitnodigen. |
| Ayoub A. | Uitstekend trimester, 81%. | Proficiat op rapport. |

Volgende klassenraad: 20 maart.

Sarah
""", fmt="alt", style="outlook", charset="windows-1252",
     rules=["sensitive"], cats=["medical", "financial", "psychosocial"], about=["emma", "milan", "zoe", "ayoub"],
     note="class-council table: epilepsy, family's unpaid bill taken over by OCMW, panic attacks",
     form=["alt", "table", "cp1252"])

# 55 --------------------------------------------------------------------------------------------
mail(55, "oudercomite-vergadering", "sc",
     [("Katleen Dewael", "katleen.dewael@telenet.be"), ("Hamid Lahlou", "h.lahlou@gmail.com"),
      ("Griet Van Hove", "griet.vanhove@skynet.be")],
     "Vergadering oudercomité 4 december", "2024-11-26 20:05",
     """
Beste leden van het oudercomité,

Hierbij de uitnodiging voor onze volgende vergadering op woensdag 4 december om 20u in het leraarslokaal.

Agenda:
1. Verslag vorige vergadering
2. Kerstmarkt: wie neemt welke stand?
3. Voorstel fietsherstelatelier in het voorjaar
4. Financiële stand van het oudercomité

Tot dan!
Sofie Claes
""", fmt="plain", style="outlook",
     note="three committee parents visible in To; ordinary meeting invitation", form=["plain"])

# 56 --------------------------------------------------------------------------------------------
mail(56, "kiara-skireis-fonds", "stc", ["lv"], "skireis Kiara (5D)", "2024-11-05 12:15",
     """
Luc,

Kiara Mbala uit 5D heeft zich niet ingeschreven voor de skireis. Na wat doorvragen bleek dat mama het niet kan
betalen: de aanvraag voor de schooltoeslag is geweigerd omdat er een papier ontbrak, en ze zitten met een
achterstand op de huur.

Kunnen we het volledige bedrag (645 euro) uit het solidariteitsfonds nemen? Ik zou het Kiara graag vandaag nog
zeggen, ze was er helemaal niet gerust in. Mama helpen met de nieuwe aanvraag voor de toeslag kan Karim doen.

Stefaan
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["financial", "family"], about=["kiara"],
     note="family cannot pay the ski trip, school allowance refused, rent arrears; solidarity fund asked",
     form=["plain"])

# 57 --------------------------------------------------------------------------------------------
mail(57, "code-photocopieuse-lille", "nd", ["lille"], "Infos pratiques pour votre séjour", "2025-04-01 13:48",
     """
Chère Mathilde,

Je me réjouis de vous accueillir lundi avec vos élèves. Quelques informations pratiques :

- votre badge vous attend à l'accueil ;
- pour la photocopieuse de la salle des profs (A.104), tapez le code 40772 puis « Valider », il est sur le compte
  de la section de français ;
- la salle B.011 est réservée pour votre groupe tous les matins.

À lundi,
Nathalie
""", fmt="qp", style="gmail", lang="fr",
     rules=["password"], note="French partner teacher gets the copier code in a bullet list", form=["qp", "list"])

# 58 --------------------------------------------------------------------------------------------
mail(58, "olivia-therapist-consent", "kea", ["psy"], "Olivia Bennett (4D) - school observations", "2025-01-16 14:02",
     """
Dear Ms O'Neill,

Thank you for your call. Olivia's parents have signed the consent form, so I can share our observations with you
ahead of your session next week.

Since the exam arrangements in December, Olivia has had two more episodes in class: shortness of breath, crying
and the feeling that she would faint, both times just before a test. She recovers within about twenty minutes in
the support room. She has stopped going to the lunchtime choir, which she loved, and her form teacher noticed she
avoids the canteen.

We have kept the small exam room for her and she uses a card to leave class when needed. I would be glad to hear
how we can best support the exposure steps you are working on.

Kind regards,
Karim El Amrani
Pupil support, Sint-Pieterscollege Leuven
""", fmt="alt", style="outlook", lang="en",
     rules=["sensitive"], cats=["psychosocial"], about=["olivia"],
     note="pupil-support worker informs an external therapist about a pupil's panic episodes", form=["alt"])

# 59 --------------------------------------------------------------------------------------------
mail(59, "examenrooster-juni", "mdc", [], "Examenrooster juni + afspraken", "2025-05-26 12:30",
     """
Beste leerlingen,

Het examenrooster voor juni staat vanaf vandaag op Smartschool (vak "Examens").

Enkele afspraken:
- Je bent 15 minuten voor de start in het examenlokaal.
- Gsm staat uit en zit in je boekentas achteraan in het lokaal.
- Ben je ziek op een examendag? Je ouders bellen voor 8u30 naar het secretariaat en je bezorgt een doktersattest.
- Inhaalexamens zijn op 23 en 24 juni.

Veel succes met studeren!
Michaël De Cock
examencoördinator
""", bcc=["leerlingen"], fmt="plain", style="outlook",
     note="general exam timetable notice to all pupils via Bcc", form=["plain", "list"])

# 60 --------------------------------------------------------------------------------------------
mail(60, "adam-afwezigheden-clb", "ok", [("Rachid Benali", par("aya"))], "Afwezigheden Adam", "2025-03-20 17:10",
     """
Beste meneer Benali,

Ik schrijf u als klastitularis van Adam (4B). Adam heeft sinds de krokusvakantie 14 halve dagen gespijbeld,
vooral op dinsdag- en vrijdagnamiddag. Volgens de regelgeving zijn wij verplicht om het CLB in te schakelen vanaf
10 halve dagen; dat is intussen gebeurd. Mevrouw Aerts van het CLB zal u contacteren voor een gesprek.

Op school krijgt Adam vanaf maandag een opvolgkaart die hij elk lesuur laat aftekenen, en een wekelijks gesprek
met de leerlingenbegeleider.

Ik hoop op uw medewerking.

Met vriendelijke groeten,
Özlem Kaya
titularis 4B
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["care", "psychosocial"], about=["adam"], mis=True,
     note="truancy and CLB follow-up of Adam Benali (4B) sent to Aya Benali's father (1B), another Benali family",
     form=["plain"])

# 61 --------------------------------------------------------------------------------------------
mail(61, "lars-tucht-dossier", "kea", ["gv", "sc"], "Lars Dewit 3D - voorstel tuchtprocedure", "2025-03-31 16:45",
     """
Geert, Sofie,

Na het incident van vanmiddag (Lars heeft een klasgenoot in de gang tegen de muur geduwd en daarna naar de keel
gegrepen; de jongen is ok, heeft wel een schaafwonde) stel ik voor om de tuchtprocedure op te starten.

Overzicht dit schooljaar:
- 14/10: stoel door de klas gegooid bij wiskunde, strafstudie
- 02/12: leerkracht Frans uitgescholden, 1 dag preventieve schorsing
- 27/01: vechtpartij op de speelplaats, volgcontract gestart
- 31/03: vandaag

Het volgcontract heeft weinig effect gehad. Mama zegt dat hij thuis even agressief is tegen zijn jongere zus en
dat ze "niet meer weet wat ze met hem moet". Ik stel ook voor om hem aan te melden voor een time-out traject.

Kunnen we morgen om 8u samenzitten voor het advies van de klassenraad?

Karim
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["psychosocial"], about=["lars"],
     note="pupil-support proposes disciplinary procedure after repeated aggression of one pupil",
     form=["qp", "list"])

# 62 --------------------------------------------------------------------------------------------
def zip_with_exe():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ExamenLock_Setup/ExamenLockSetup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" +
                   b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200)
        z.writestr("ExamenLock_Setup/installatie.txt", "Dubbelklik op ExamenLockSetup.exe en volg de stappen.\r\n")
    return b.getvalue()


mail(62, "examenlock-installatie", "mdc", ["bl", "js"], "installer voor de examenlaptops", "2025-05-28 09:12",
     """
Bart, Joris,

De firma heeft de nieuwe versie van ExamenLock gestuurd. Ik heb de installer gezipt omdat hij anders niet door
de mail raakt. Kunnen jullie hem op de 30 examenlaptops zetten voor maandag?

Michaël
""", fmt="plain", style="outlook", atts=[("ExamenLock_Setup_v4.2.zip", "application/zip", zip_with_exe())],
     rules=["attachment"], note="zip archive holding a Windows installer executable", form=["plain", "attachment-zip-exe"])

# 63 --------------------------------------------------------------------------------------------
mail(63, "alarm-weekend-toezicht", "dv", ["gb"], "sleutels en alarm zaterdag", "2025-03-13 15:40",
     """
Gert,

Voor de inhaalsessie van zaterdag: de sleutel van de zij-ingang ligt vrijdag vanaf 16u in de brievenbus van het
conciërgehuis.

Alarm uitschakelen: binnen 30 seconden na het openen van de deur 1 9 8 4 en dan UIT. Bij het buitengaan 1 9 8 4 en
AAN, dan heb je 45 seconden. Gaat hij toch af, bel dan meteen de meldkamer (nummer staat op de sticker naast het
paneel), zeg dat je van de school bent en geef je naam.

Goede sessie,
Dirk
""", fmt="plain", style="apple",
     rules=["password"], note="caretaker gives a colleague the building alarm code for the weekend", form=["plain"])

# 64 --------------------------------------------------------------------------------------------
mail(64, "tuana-laptop-situatie", "ok", ["lv", "kea"], "laptop Tuana Demir (2B)", "2024-09-26 13:20",
     """
Dag Luc, dag Karim,

Tuana (2B) heeft nog altijd geen laptop, terwijl die sinds 15 september verplicht is. Ik heb haar vandaag apart
genomen. Papa is in de zomer vertrokken en laat niets meer van zich horen; mama werkt halftijds in de kuis en
moet nu alleen rondkomen met drie kinderen. De huurlaptop van 18 euro per maand zag ze niet zitten.

Kunnen we via het leenlaptopproject van de school een toestel voorzien, zonder dat de klas het merkt? En Karim, kan
jij eens bekijken of mama recht heeft op een verhoogde schooltoeslag?

Bedankt,
Özlem
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["family", "financial"], about=["tuana"],
     note="father left, single mother cannot afford the required laptop; school loan laptop asked",
     form=["plain"])

# 65 --------------------------------------------------------------------------------------------
mail(65, "privacyverklaring-update", "dir", [], "Onze privacyverklaring is aangepast", "2024-09-10 18:00",
     """
Geachte ouders,

Bij het begin van het schooljaar werd onze privacyverklaring geactualiseerd. De volledige tekst vindt u op de
website; hieronder de belangrijkste punten.

Welke gegevens verwerken wij?
- identificatiegegevens van leerlingen en ouders (naam, adres, rijksregisternummer, contactgegevens);
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden);
- indien nodig voor de begeleiding: gegevens over gezondheid, de gezinssituatie of bijzondere
  onderwijsbehoeften, enkel met de nodige waarborgen;
- financiële gegevens voor de schoolrekening;
- beeldmateriaal, enkel met uw toestemming.

Waarom?
Om onderwijs te organiseren, leerlingen te begeleiden en onze wettelijke verplichtingen na te komen.

Met wie delen wij gegevens?
Met het CLB, het departement Onderwijs, en onze verwerkers (o.a. Smartschool), altijd met een overeenkomst.

Uw rechten
U kan inzage, verbetering of verwijdering vragen via privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
De directie
""", bcc=["ouders"], fmt="html", style="outlook",
     note="general privacy statement listing data categories; nobody identified", form=["html", "list"])

# 66 --------------------------------------------------------------------------------------------
mail(66, "kluisje-ruben", "dv", [("Veerle Van Loock", par("ruben"))], "kluisje Ruben", "2024-10-21 10:55",
     """
Dag mevrouw Van Loock,

Ruben is de code van zijn kluisje weer vergeten en zijn sportzak zit erin. De code is 0612 (draaien tot de
cijfers in het venstertje staan en dan de hendel naar beneden).

Misschien kan u ze thuis ergens opschrijven, dit is al de derde keer ;-)

Groeten,
Dirk Vandenberghe
technisch medewerker
""", fmt="plain", style="outlook",
     rules=["password"], about=["ruben"],
     note="to the pupil's own mother: the combination of her son's locker", form=["plain"])

# 67 --------------------------------------------------------------------------------------------
mail(67, "dmytro-luide-geluiden", "hw", ["lc", "kw", "tm", "yb"], "Dmytro (2D) - achtergrond", "2024-10-30 15:30",
     """
Beste collega's,

Een paar van jullie vroegen waarom Dmytro uit 2D zo heftig reageert bij een deur die dichtslaat of bij het
brandalarm vorige week. Met toestemming van zijn mama:

Dmytro is in 2023 met mama en zijn zusje uit Charkiv gevlucht. Ze hebben weken in een kelder geleefd tijdens de
beschietingen; zijn vader is nog in Oekraïne. Hij heeft nachtmerries en schrikt erg van plotse geluiden. Hij
wordt begeleid door een psychologe van Solentra.

Concreet: verwittig hem vooraf bij een oefening, laat hem dicht bij de deur zitten en geef hem even tijd als hij
blokkeert. Een brandoefening kondigen we voortaan bij hem vooraf aan.

Hilde
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["psychosocial", "family"], about=["dmytro"],
     note="war trauma of a refugee pupil explained to his teachers", form=["alt"])

# 68 --------------------------------------------------------------------------------------------
mail(68, "sportdag-praktisch", "tm", ["sport"], "Sportdag 2e graad 22 mei - bevestiging", "2025-04-10 10:00",
     """
Dag,

Hierbij bevestig ik onze reservatie voor de sportdag van de 2e graad op donderdag 22 mei in het sportcentrum
Kessel-Lo.

- 210 leerlingen, 14 begeleiders
- Activiteiten: klimmen, kajak, frisbee, oriëntatieloop (zoals in de offerte)
- Aankomst 9u00, einde 15u30
- Eigen lunchpakket, we gebruiken graag de cafetaria om te eten bij slecht weer

Graag de factuur naar de school.

Sportieve groeten,
Tom Maes
vakgroep LO
""", fmt="plain", style="outlook",
     note="ordinary booking for a sports day", form=["plain", "list"])

# 69 --------------------------------------------------------------------------------------------
mail(69, "sem-attest-binnen", "hw", ["ad", "pg"], "attest Sem 1C", "2024-11-18 08:02",
     """
Hoi An en Pieter,

Het attest van Sem Vranckx (1C) is binnen: dyslexie, bevestigd door de logopediste en het CLB. Vanaf deze week
graag: toetsen vergroot, extra tijd en geen spellingsfouten aanrekenen buiten Nederlands. Volledige fiche volgt
in het LVS.

H.
""", fmt="plain", style="apple",
     rules=["sensitive"], cats=["medical", "care"], about=["sem"],
     note="short note: dyslexia attest of a named pupil and the measures that follow", form=["plain"])

# 70 --------------------------------------------------------------------------------------------
mail(70, "re-paswoord-niet-doorsturen", "bl", ["ad"], "Re: kan niet inloggen", "2024-09-04 11:03",
     """
Dag An,

Stuur me je paswoord aub nooit via mail, ook niet naar mij :-) Ik heb je account net gereset: je krijgt zo
dadelijk een sms op je gsm met een code, daarmee kies je zelf een nieuw wachtwoord.

Lukt het niet, kom dan even langs in A.012, ik ben er tot 16u.

Bart

Op wo 4 sep 2024 om 10:41 schreef An Devos <an.devos@sintpieterscollege.be>:
> Bart, ik geraak niet meer in Smartschool, zal ik je mijn oude paswoord eens doorsturen zodat jij kan zien
> wat er mis is?
> An
""", fmt="plain", style="thunderbird", irt="<e1c4a0b2-11aa-4f0e-9d3b-7f2a6c0d1e55@sintpieterscollege.be>",
     note="ICT tells a colleague not to mail passwords; no credential in the mail", form=["plain", "reply"])

# 71 --------------------------------------------------------------------------------------------
mail(71, "nore-iac-evaluatie", "hw", [("Jan Van Hoof", par("nore"))], "Evaluatie individueel aangepast curriculum Nore",
     "2025-01-29 16:05",
     """
Beste meneer Van Hoof,

Hartelijk dank voor het fijne gesprek van maandag. Hierbij het verslag van de evaluatie van het individueel
aangepast curriculum van Nore, zoals beloofd.

Wat goed gaat:
- Nore werkt met veel plezier aan haar eigen doelen voor wiskunde en Frans (niveau 4e leerjaar basisonderwijs).
- De ondersteuner van type basisaanbod komt twee keer per week; de samenwerking loopt vlot.
- Ze voelt zich goed in de klas en heeft twee vriendinnen.

Wat we bijsturen:
- Voor geschiedenis en aardrijkskunde krijgt ze een vereenvoudigde cursus in plaats van de gewone.
- Bij het einde van het schooljaar krijgt Nore geen oriënteringsattest, maar een attest van verworven
  bekwaamheden. We bespraken samen met het CLB dat een overstap naar het buitengewoon onderwijs (OV3) voor
  volgend schooljaar een optie is die u rustig mag bekijken.

Volgende evaluatie: eind mei.

Met vriendelijke groeten,
Hilde Wouters
zorgcoördinator
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["care"], about=["nore"],
     note="to the pupil's own father: evaluation of her individual adapted curriculum, possible move to special education",
     form=["alt", "list"])

# 72 --------------------------------------------------------------------------------------------
mail(72, "verloren-voorwerpen", "mp", [], "Verloren voorwerpen - laatste kans", "2024-12-16 12:45",
     """
Beste collega's,

In de kast van de verloren voorwerpen liggen nog 23 jassen, 14 brooddozen, een trompet (!) en een hele berg
turnkledij. Zeg het aub in jullie klassen: alles wat er vrijdag 20/12 om 16u nog ligt, gaat naar de
kringloopwinkel.

Martine
""", bcc=["personeel"], fmt="plain", style="outlook",
     note="ordinary lost-and-found notice", form=["plain"])

# 73 --------------------------------------------------------------------------------------------
mail(73, "examenregelingen-december", "hw", ["mdc"], "Lijst bijzondere examenregelingen december",
     "2024-12-02 11:15",
     """
Dag Michaël,

Hier de leerlingen die een aparte regeling nodig hebben voor de examens. Kan jij de lokalen en toezichten daarop
afstemmen?

| Leerling | Klas | Regeling | Reden |
| Kobe D. | 4C | 1/3 extra tijd, voorleessoftware, apart lokaal | dyslexie en dyscalculie |
| Sem V. | 1C | extra tijd, vergrote opgaven | dyslexie |
| Youssef T. | 1A | rustig lokaal, koptelefoon, vaste plaats | ASS |
| Thomas W. | 1D | gsm op tafel, mag eten | diabetes type 1 |
| Lotte W. | 4D | mondelinge instructies herhalen, vooraan | gehoorbeperking, FM-systeem |
| Olivia B. | 4D | klein lokaal B.006, pauze toegestaan | angstklachten |

Groetjes,
Hilde
""", fmt="html", style="outlook",
     rules=["sensitive"], cats=["care", "medical", "psychosocial"],
     about=["kobe", "sem", "youssef", "thomas", "lotte", "olivia"],
     note="exam-arrangement table naming pupils with their diagnoses", form=["html", "table"])

# 74 --------------------------------------------------------------------------------------------
mail(74, "startwachtwoorden-1a", "bl", ["rv"], "Startwachtwoorden 1A voor de eerste ICT-les", "2024-09-03 07:58",
     """
Dag Ruth,

In bijlage de lijst met gebruikersnamen en startwachtwoorden van jouw klas, voor de ICT-les van vanmiddag. Kan je
ze uitknippen en aan elke leerling zijn strookje geven? Daarna de lijst aub vernietigen.

Bart
""", fmt="plain", style="thunderbird",
     atts=[("1A_startwachtwoorden.csv", "text/csv",
            "gebruikersnaam;startwachtwoord\r\n"
            "kaan.ozturk;Fiets-Appel-73\r\n"
            "liam.vos;Wolk-Tafel-18\r\n"
            "lisa.vandewalle;Boom-Kaas-52\r\n"
            "youssef.tahiri;Regen-Pen-64\r\n")],
     rules=["password"], about=["kaan", "liam", "lisa1a", "youssef"],
     note="CSV attachment with the start passwords of first-year pupils", form=["plain", "attachment-csv"])

# 75 --------------------------------------------------------------------------------------------
mail(75, "saar-knie-operatie", "tm", [("Davy Leemans", par("saar2"))], "Saar - LO na haar operatie",
     "2025-01-14 19:50",
     """
Beste meneer Lenaerts,

Bedankt voor het attest van de orthopedist. Ik heb goed begrepen dat Saar op 3 februari geopereerd wordt aan haar
kruisband en daarna zeker vier maanden niet mag sporten.

Voor LO stel ik voor dat ze tijdens die periode een theoretische opdracht maakt (een trainingsschema en een
sportverslag), en later, als de kinesist akkoord is, aangepaste oefeningen doet. Zo kan ze toch een punt krijgen
voor het examen in juni.

Veel sterkte aan Saar met de revalidatie!

Sportieve groet,
Tom Maes
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["saar"], mis=True,
     note="knee surgery of Saar Lenaerts sent to the father of Saar Leemans (same class and first names)",
     form=["plain"])

# 76 --------------------------------------------------------------------------------------------
mail(76, "echange-lille-bus", "nd", ["lille"], "Échange Lille - horaires du bus", "2025-03-20 09:30",
     """
Chère Mathilde,

Voici les horaires définitifs pour votre venue :

- départ de Lille (lycée) lundi 31 mars à 7h15, arrivée prévue à Leuven vers 9h30 ;
- le car stationne sur le parking arrière de l'école, rue de Namur (Naamsestraat) ;
- retour vendredi 4 avril, départ 14h00.

Les familles d'accueil viendront chercher les élèves à 16h le lundi. Nous avons prévu une petite réception avec
les parents dans le réfectoire.

Bien amicalement,
Nathalie Dubois
""", fmt="plain", style="gmail", lang="fr",
     note="ordinary exchange logistics with the French partner school", form=["plain", "list"])

# 77 --------------------------------------------------------------------------------------------
mail(77, "rayan-opnieuw", "gb", ["kea"], "Rayan 4A - derde keer", "2025-02-27 12:50",
     """
Karim,

Rayan is deze middag weer betrapt achter de turnzaal, samen met twee jongens van buiten de school. Hij rook
duidelijk en had een zakje bij zich. Dat is nu de derde keer sinds september. In de les hangt hij erbij, vaak met
rode ogen, en zijn punten zijn in vrije val.

Volgens het drugbeleid moeten we nu de ouders uitnodigen en een begeleidingstraject voorstellen (De Sleutel?).
Wil jij het gesprek leiden? Ik heb mama al gebeld, ze komt maandag.

Gert
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["psychosocial"], about=["rayan"],
     note="pupil caught using cannabis for the third time, referral to addiction help discussed", form=["plain"])

# 78 --------------------------------------------------------------------------------------------
mail(78, "fotograaf-schoolfoto", "mp", ["foto"], "Schoolfoto's 2024 - planning", "2024-09-17 14:22",
     """
Beste,

Zoals afgesproken verwachten we jullie op dinsdag 8 en woensdag 9 oktober voor de klas- en individuele foto's.

- Opstelling in de turnzaal vanaf 8u
- Planning per klas volgt (ik stuur de lijst met klassen en lesuren, zonder namen)
- Broers en zussen: op woensdagmiddag
- Ouders bestellen online met de code op het kaartje

Leerlingen waarvoor de ouders geen toestemming gaven, worden niet op de klasfoto gezet; die lijst geeft de
titularis op de dag zelf mee.

Met vriendelijke groeten,
Martine Peeters
secretariaat
""", fmt="plain", style="outlook",
     note="ordinary planning with the school photographer", form=["plain", "list"])

# 79 --------------------------------------------------------------------------------------------
mail(79, "lotte-fm-systeem", "gb", ["en", "ad", "pg", "kw", "yb"], "Lotte W. 4D - FM-systeem vanaf maandag",
     "2024-09-12 17:15",
     """
Beste collega's,

Lotte uit 4D is slechthorend aan beide oren en draagt hoorapparaten. Vanaf maandag werkt ze met een FM-systeem:
jullie krijgen aan het begin van de les een kleine microfoon om de nek die rechtstreeks naar haar hoorapparaten
zendt.

Tips:
- microfoon aan bij instructie, uit bij groepswerk of als je iets tegen een andere leerling zegt;
- draai niet naar het bord als je uitleg geeft, ze leest ook mee van je lippen;
- herhaal de vragen van medeleerlingen.

De ambulante begeleider van het Spermalie-netwerk komt op 24/9 een korte uitleg geven tijdens de middag.

Gert
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["medical", "care"], about=["lotte"],
     note="hearing impairment of a named pupil and the support measures", form=["alt", "list"])

# 80 --------------------------------------------------------------------------------------------
mail(80, "examenlaptops-accounts", "bl", ["mdc"], "accounts examenlaptops", "2025-06-02 08:30",
     """
Michaël,

Hier de lokale accounts van de examenlaptops, voor als Smartschool plat ligt tijdens de examens. Bewaar dit
aub in de examenmap en niet op het bord.

| Laptops | Gebruiker | Wachtwoord |
| EX01 - EX15 | examen | Juni2025-Ex! |
| EX16 - EX30 | examen | Juni2025-Ex! |
| alle | beheer (alleen voor jou) | Beh33r#SPC |

Bart
""", fmt="alt", style="outlook",
     rules=["password"], note="ICT sends exam-laptop login and admin passwords in an HTML table", form=["alt", "table"])

# 81 --------------------------------------------------------------------------------------------
mail(81, "yusuf-papa-begrafenis", "im", ["lj", "pg", "en", "tm", "nd", "ad"], "Yusuf (3D)", "2025-04-07 07:35",
     """
Dag allemaal,

Voor wie het nog niet gehoord heeft: de papa van Yusuf Bakkali uit mijn klas is zaterdag heel plots gestorven,
hij is op zijn werk onwel geworden. De begrafenis is vandaag al geweest, zoals dat in hun geloof gebruikelijk is.
Yusuf blijft deze week thuis bij de familie.

De klas wil een kaartje maken; dat doen we woensdag in mijn les. Als Yusuf terugkomt, spreken we af dat hij bij
mij of bij Karim terecht kan als het even niet gaat. Toetsen van de komende weken graag in overleg.

Ingrid
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["family"], about=["yusuf"],
     note="titular tells colleagues that a pupil's father died suddenly", form=["qp"])

# 82 --------------------------------------------------------------------------------------------
mail(82, "sportdag-planning-prive", ("Tom Maes", "tom.maes.lo@outlook.com"), ["js"], "planning sportdag", "2025-04-14 22:10",
     """
Joris,

Vanop mijn eigen adres want de schoolmail doet weer moeilijk op mijn laptop thuis. Hieronder de verdeling voor de
sportdag:

Klimmen: jij + Kristof, groep 1 en 2
Kajak: Tom + Leen, groep 3 en 4 (zwembrevet gecheckt)
Frisbee: Yasmina + Ewa
Oriëntatieloop: Gert + Ingrid

Busvertrek 8u40, ik neem de EHBO-koffer mee. Zeg maar als je wil wisselen.

Tom
""", fmt="plain", style="default",
     rules=["private_account"],
     note="PE teacher sends school planning from his private Outlook.com address", form=["plain"],
     extra=[])

# 83 --------------------------------------------------------------------------------------------
mail(83, "chloe-maman-traitement", "nd", [("Philippe Dufour", par("chloe", 2))], "Chloé - organisation des prochaines semaines",
     "2024-11-08 18:20",
     """
Cher Monsieur Dufour,

Merci de m'avoir prévenue. Je suis vraiment désolée d'apprendre la maladie de votre épouse et je comprends que
les prochains mois, avec les séances de chimiothérapie à Bruxelles, vont être difficiles pour toute la famille.

Pour Chloé, nous proposons ceci :
- si elle doit accompagner sa maman ou garder son petit frère, une absence d'un jour peut être justifiée par un
  mot de votre part, nous n'en tiendrons pas compte dans le calcul ;
- elle peut toujours venir parler à Madame Van den Broeck, de l'accompagnement des élèves ;
- les collègues adapteront les dates de remise des travaux.

Elle a été très courageuse cette semaine en classe. N'hésitez pas à me contacter.

Bien à vous,
Nathalie Dubois
""", fmt="alt", style="outlook", lang="fr",
     rules=["sensitive"], cats=["family"], about=["chloe"],
     note="to the pupil's own father: mother's cancer treatment, arrangements for the daughter", form=["alt", "list"])

# 84 --------------------------------------------------------------------------------------------
mail(84, "faq-skireis-5e", "sc", [], "Skireis 5e jaar: veelgestelde vragen", "2024-10-22 19:30",
     """
Beste ouders van het 5e jaar,

Na de infoavond kregen we nog veel vragen. Hier de antwoorden op een rij.

Wat kost de skireis?
645 euro, alles inbegrepen (bus, verblijf, skipas, lessen, materiaal). Betalen kan in drie schijven.

Wat als de kostprijs voor ons gezin moeilijk ligt?
Neem contact op met de boekhouding. Er is een solidariteitsfonds, en we behandelen elke vraag discreet.

Mijn kind heeft een allergie of neemt medicatie. Wat moet ik doen?
Vul de medische fiche in die u via Smartschool krijgt. De begeleiders lezen ze vooraf en nemen de nodige
medicatie mee in een afgesloten koffer.

Mijn kind is niet sportief. Moet het toch mee?
De skireis is een verplichte activiteit van het leerplan LO. Er zijn groepen voor beginners.

Mag mijn kind zijn gsm meenemen?
Ja, maar 's nachts worden de gsm's verzameld.

Met vriendelijke groeten,
Sofie Claes
""", bcc=["ouders-5@sintpieterscollege.be"], fmt="html", style="outlook",
     note="general FAQ to all 5th-year parents (Bcc) mentioning allergy and cost questions in general",
     form=["html"])

# 85 --------------------------------------------------------------------------------------------
mail(85, "ocmw-factuur-bangura", "lv", ["ocmw"], "Schoolkosten Milan Bangura (5C)", "2025-01-08 10:40",
     """
Beste mevrouw Yilmaz,

Zoals telefonisch besproken bezorg ik u het overzicht van de schoolkosten van Milan Bangura, 5C, zodat het OCMW
de tussenkomst kan goedkeuren.

- Openstaand saldo 1e trimester: 214,30 euro (boeken, kopies, uitstap Brussel)
- Geraamde kosten 2e en 3e trimester: ca. 260 euro
- Skireis: 645 euro, wordt gedragen door het solidariteitsfonds van de school, dus niet meegerekend

Facturen kunnen rechtstreeks naar jullie dienst, met vermelding van het dossiernummer dat u me gaf
(SD-2024-3381). Mevrouw Bangura is op de hoogte.

Met vriendelijke groeten,
Luc Verstraeten
boekhouding Sint-Pieterscollege
016 23 45 75
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["financial"], about=["milan"],
     note="school bookkeeper sends the OCMW social worker a family's school costs to be covered", form=["alt", "list"])

# 86 --------------------------------------------------------------------------------------------
mail(86, "instagram-account-overdracht", "jvd", ["ta"], "Instagram van de school", "2025-02-03 14:05",
     """
Dag Tim,

Leuk dat jij de Instagram-pagina mee wil beheren! Aanmelden doe je met:
gebruikersnaam sintpieterscollege_leuven
wachtwoord  SPCinsta!2023

Er staat tweestapsverificatie op, de code komt op mijn gsm, dus stuur me even een bericht als je voor het eerst
inlogt. Denk eraan: enkel foto's van leerlingen die toestemming gaven (lijst op Smartschool).

Jolien
communicatie
""", fmt="plain", style="outlook",
     rules=["password"], note="communication officer hands over the school's shared Instagram password",
     form=["plain"])

# 87 --------------------------------------------------------------------------------------------
mail(87, "mehdi-vrijstelling-lo", "tm", [("Samira Ziane", par("nassim"))], "Vrijstelling LO Mehdi", "2024-12-04 09:25",
     """
Beste mevrouw Ziani,

Ik ontving het doktersattest van Mehdi. Na zijn operatie aan de blindedarm (met complicaties, zoals u schreef)
mag hij zes weken niet sporten en niets zwaars dragen. Hij is dus vrijgesteld van LO tot na de kerstvakantie.

Tijdens de lessen mag hij in de studiezaal werken. Zijn zwembrevet schuiven we op naar het derde trimester.

Beterschap aan Mehdi!
Tom Maes
leerkracht LO
""", fmt="plain", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["mehdi"], mis=True,
     note="Mehdi Ziani's surgery and PE exemption sent to the mother of Nassim Ziane (same class)",
     form=["plain"])

# 88 --------------------------------------------------------------------------------------------
mail(88, "vacature-interim-wiskunde", "sc", [("KS Leuven - personeelsdienst", "personeelsdienst@ksleuven.be")],
     "Vacature: interim wiskunde 2e graad (12/22)", "2025-02-10 09:10",
     """
Dag,

Kunnen jullie onderstaande vacature opnemen in de nieuwsbrief van de scholengroep?

Vacature interim wiskunde 2e graad
- 12/22, van 3 maart tot en met 30 juni 2025 (zwangerschapsverlof)
- 3e en 4e jaar, doorstroomrichtingen
- Diploma: bachelor of master met pedagogisch bekwaamheidsbewijs
- Kandidaturen met cv naar directie@sintpieterscollege.be voor 20 februari

Met dank,
Sofie Claes
adjunct-directeur
""", fmt="plain", style="outlook",
     note="vacancy notice to the school group's HR service", form=["plain"])

# 89 --------------------------------------------------------------------------------------------
mail(89, "amber-scheiding-prive", ("Kristof Wuyts", "kristof.wuyts78@gmail.com"), ["jv"], "Amber", "2025-01-26 22:48",
     """
Jonas,

Sorry dat ik je op zondagavond stoor en van mijn eigen adres, ik kan thuis niet aan de schoolmail.

Amber uit jouw klas vertelde me vrijdag na de les dat haar ouders aan het scheiden zijn en dat papa vorige week
het huis uit is gegaan. Ze moet nu elke week wisselen en zegt dat ze "bij geen van beiden echt thuis is". Ze
huilde en vroeg om het niet aan de hele klas te vertellen, maar ze vond het wel ok dat jij het wist.

Misschien kan je haar deze week eens apart nemen?

Kristof
""", fmt="plain", style="gmail",
     rules=["sensitive", "private_account"], cats=["family"], about=["amber"],
     note="teacher writes from his private Gmail to the titular about a pupil's parents' divorce",
     form=["plain"])

# 90 --------------------------------------------------------------------------------------------
def docm_bytes():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.'
                   'org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Rapportcommentaar</w:t></w:r></w:p>'
                   '</w:body></w:document>')
        z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 +
                   b"Attribute VB_Name = \"NewMacros\"\r\nSub AutoOpen()\r\nEnd Sub\r\n")
    return b.getvalue()


mail(90, "sjabloon-rapportcommentaar", "sh", ["jv", "sb", "ok", "rv", "wd"], "sjabloon rapportcommentaar met knoppen",
     "2024-12-09 21:05",
     """
Dag titularissen,

Ik heb vorig jaar een Word-sjabloon gemaakt waarmee je met een paar knoppen standaardzinnen voor het
rapportcommentaar kan invoegen. Werkt alleen als je de macro's toelaat bij het openen. Misschien handig voor de
kerstrapporten!

Sarah
""", fmt="plain", style="outlook", atts=[("rapportcommentaar_sjabloon.docm",
                                          "application/vnd.ms-word.document.macroEnabled.12", docm_bytes())],
     rules=["attachment"], note="macro-enabled Word template shared among colleagues", form=["plain", "attachment-docm"])

# 91 --------------------------------------------------------------------------------------------
mail(91, "victor-stageplaats", "ns", [("Ilse Desmet", par("victor"))], "Bevestiging stageplaats Victor",
     "2025-01-17 13:30",
     """
Beste mevrouw Desmet,

Goed nieuws: de stageplaats van Victor bij het architectenbureau Vandenbroucke in Heverlee is bevestigd. De stage
loopt van 10 tot en met 21 maart, telkens van 9u tot 17u.

De stageovereenkomst krijgt Victor volgende week mee. Wil u die samen met hem ondertekenen en voor 28 februari
terug meegeven? Victor houdt tijdens de stage een logboek bij, dat telt mee voor het vak Ontwerp.

Met vriendelijke groeten,
Nele Schoofs
stagecoördinator
""", fmt="alt", style="outlook",
     about=["victor"], note="to the pupil's own mother: confirmation of his internship place; nothing sensitive",
     form=["alt"])

# 92 --------------------------------------------------------------------------------------------
mail(92, "re-emma-noodprotocol", "lj", ["sh"], "RE: Emma G. - nieuw noodprotocol", "2024-10-17 16:48",
     """
Ok Sarah, genoteerd. Ik hang het blad ook op in lokaal C.203.

Leen

Van: Sarah Hermans <sarah.hermans@sintpieterscollege.be>
Verzonden: donderdag 17 oktober 2024 14:20
Aan: Leen Jacobs <leen.jacobs@sintpieterscollege.be>
Onderwerp: Emma G. - nieuw noodprotocol

Hoi Leen,

Omdat jij Emma Goris (5C) het 7e en 8e uur hebt: ze heeft vanmiddag in de refter opnieuw een epileptische aanval
gehad, de tweede deze maand. De neurologe verhoogt de dosis van haar medicatie, en daar wordt ze de eerste weken
suf van.

Bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren. Duurt het langer dan 5 minuten: 112 en het
noodmedicijn uit haar etui (mondspray) geven.

Sarah
""", fmt="qp", style="outlook",
     rules=["sensitive"], cats=["medical"], about=["emma"],
     note="short reply whose quoted original tells of a pupil's epileptic seizures and medication",
     form=["qp", "reply"])

# 93 --------------------------------------------------------------------------------------------
mail(93, "re-beamer-pc-b104", "kw", ["yb"], "Re: beamer-pc B.104", "2024-10-01 10:12",
     """
Gebruiker: leerkracht
Wachtwoord: Beamer104!

(staat normaal op een sticker onder de tafel maar die is eraf gehaald)

Kristof

Op di 1 okt 2024 om 10:05 schreef Yasmina Bouzid <yasmina.bouzid@sintpieterscollege.be>:
> Kristof, weet jij het paswoord van de pc in B.104? Ik sta hier met de klas en hij vraagt een login.
""", fmt="plain", style="apple", irt="<0b3e2f51-77d0-4a9c-a8b1-2c6d5e7f9a01@sintpieterscollege.be>",
     rules=["password"], note="quick reply giving the classroom PC login and password", form=["plain", "reply"])

# 94 --------------------------------------------------------------------------------------------
mail(94, "klas-5c-excursie-brussel", "sh", ["en"], "Excursie Brussel 5C - programma", "2024-11-13 17:20",
     """
Beste leerlingen van 5C,

Hierbij het programma voor onze excursie naar Brussel op vrijdag 22 november.

8u10 verzamelen aan station Leuven, perron 5 (trein van 8u27)
10u00 Parlamentarium
12u30 picknick in het Jubelpark
14u00 rondleiding Marollen
16u30 trein terug, aankomst Leuven ca. 17u15

Vergeet je Go Pass of ticket niet. Mevrouw Nowak gaat ook mee.

Mevrouw Hermans
""", cc=["klas-5c@sintpieterscollege.be"], fmt="plain", style="outlook",
     note="class group address put in Cc; ordinary excursion programme", form=["plain"])

# 95 --------------------------------------------------------------------------------------------
mail(95, "fw-zorgoverleg-naar-prive", "lj", ["leenjacobs@hotmail.com"], "FW: verslag zorgoverleg 1e graad 14/01",
     "2025-01-15 17:30",
     """
om thuis verder uit te werken

________________________________
Van: Hilde Wouters <hwo@spc.ksleuven.be>
Verzonden: dinsdag 14 januari 2025 18:02
Aan: Leen Jacobs; Ruth Vangeel; Wim Dierckx
Onderwerp: verslag zorgoverleg 1e graad 14/01

Dag collega's, hierbij de afspraken van het zorgoverleg.

- Noor L. (1B): wordt buitengesloten door de meidengroep, Karim start een No Blame-aanpak; titularis volgt op.
- Liam V. (1A): herstelgesprek na het voorval in de groepschat gebeurd; opvolgkaart loopt nog 2 weken.
- Nore VH (1C): IAC loopt goed, evaluatie met papa eind januari.
- Sem V. (1C): maatregelen dyslexie worden nog niet door alle collega's toegepast, reminder sturen.

Volgende zorgoverleg: 11 februari.
Hilde
""", fmt="plain", style="outlook",
     rules=["sensitive", "private_account"], cats=["psychosocial", "care", "medical"],
     about=["noor", "liam", "nore", "sem"],
     note="teacher forwards care-meeting notes about four pupils to her own private mailbox",
     form=["plain", "forward-inline"])

# 96 --------------------------------------------------------------------------------------------
mail(96, "meet-oudercontact-online", "wd", [], "Online oudercontact 1D - link", "2024-12-18 12:10",
     """
Beste ouders van 1D,

Voor wie koos voor een online oudercontact op vrijdag 20 december: u gebruikt onderstaande link. Ik laat u binnen
op het tijdstip dat u via Smartschool koos; wacht gerust even in de wachtruimte.

Deelnemen met Google Meet: https://meet.google.com/ruk-fzbq-wne
Of bel in: +32 2 290 52 81, pincode: 618 447 139#

Tot vrijdag,
Wim Dierckx
titularis 1D
""", bcc=["ouders-1d@sintpieterscollege.be"], fmt="alt", style="gmail",
     note="meeting passcode", form=["alt"])

# 97 --------------------------------------------------------------------------------------------
mail(97, "julie-identiteitskaart-londen", "en", [("Bert Van Aken", par("julie2"))], "Julie - identiteitskaart Londenreis",
     "2025-02-24 16:00",
     """
Beste meneer Van Acker,

Bij het controleren van de documenten voor de Londenreis zag ik dat de identiteitskaart van Julie op 2 april
vervalt, dus vóór de reis. Kan u tijdig een nieuwe kaart (of een Kids-ID/paspoort) aanvragen bij de stad? Anders
kan ze niet mee op de Eurostar.

Graag een kopie van het nieuwe document bij de titularis afgeven.

Vriendelijke groeten,
Ewa Nowak
""", fmt="plain", style="outlook",
     about=["julie"], mis=True,
     note="Julie Van Acker's expiring ID card message sent to the father of Julie Van Aken (same class)",
     form=["plain"])

# 98 --------------------------------------------------------------------------------------------
mail(98, "toezicht-wissel", "ad", ["pg"], "toezicht donderdag", "2024-10-08 12:50",
     """
Pieter, kan jij donderdag mijn middagtoezicht op de speelplaats overnemen? Ik moet naar een vorming in Brussel.
Ik neem dan jouw toezicht van dinsdag 22/10 over. Laat je iets weten?

An
""", fmt="plain", style="apple",
     note="ordinary swap of supervision duty between colleagues", form=["plain"])

# 99 --------------------------------------------------------------------------------------------
mail(99, "openstaande-rekeningen-2b", "lv", ["ok"], "overzicht openstaande rekeningen 2B", "2025-02-12 11:45",
     """
Dag Özlem,

Zoals gevraagd voor je gesprekken op het oudercontact: de leerlingen van 2B met een openstaand saldo. Enkel
bedoeld om het onderwerp discreet aan te kaarten, niet voor de klas.

| Leerling | Openstaand | Status |
| Tuana Demir | 287,60 EUR | verhoogde toeslag aangevraagd, laptop via leenproject |
| Wiktor Zieliński | 96,00 EUR | 2 herinneringen, geen reactie |
| Inès Mbuyi | 154,20 EUR | afbetaling 30 EUR/maand loopt, OCMW betaalt de rest |

De andere leerlingen zijn in orde.

Luc
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["financial"], about=["tuana", "wiktor", "ines"],
     note="bookkeeper lists named pupils' families with unpaid school bills and OCMW help", form=["alt", "table"])

# 100 -------------------------------------------------------------------------------------------
mail(100, "wifi-examens-leerlingen", "bl", [], "Wifi tijdens de examens", "2025-06-03 07:30",
     """
Beste leerlingen,

Tijdens de examens werkt het gewone leerlingennetwerk niet in de examenlokalen. Wie een digitaal examen heeft,
verbindt met:

- netwerk: SPC-Examen
- wachtwoord: Examen.Juni.2025

Dit netwerk laat enkel de examenomgeving toe. Vanaf 30 juni wordt het uitgeschakeld.

ICT
""", bcc=["leerlingen"], fmt="plain", style="thunderbird",
     rules=["password"], note="ICT gives all pupils (Bcc) the exam Wi-Fi password", form=["plain", "list"])

# 101 -------------------------------------------------------------------------------------------
mail(101, "theatre-reservation-5e", "nd", ["theatre"], "Réservation groupe scolaire - Le Malade imaginaire",
     "2024-10-10 11:25",
     """
Madame, Monsieur,

Nous souhaitons réserver des places pour la représentation scolaire du « Malade imaginaire » le jeudi 13 février
2025 à 13h30.

- Nombre d'élèves : 84 (cinquième année, secondaire général)
- Accompagnateurs : 6
- Un élève se déplace en fauteuil roulant : merci de prévoir une place accessible.

Pourriez-vous nous confirmer la disponibilité et le tarif de groupe ? La facture peut être adressée à l'école.

Avec nos remerciements,
Nathalie Dubois
professeure de français, Sint-Pieterscollege Louvain
""", fmt="qp", style="outlook", lang="fr",
     note="theatre group booking; an unnamed wheelchair user is not identifiable", form=["qp", "list"])

# 102 -------------------------------------------------------------------------------------------
mail(102, "ibrahim-oudercontact", "ok", [("Mariama Diallo", par("ibrahim"))], "Uitnodiging oudercontact Ibrahim",
     "2025-03-24 15:40",
     """
Beste mevrouw Diallo,

Graag nodig ik u uit voor een oudercontact over het rapport van Ibrahim, op donderdag 3 april tussen 16u30 en
19u. Ibrahim doet het goed: hij is vooruitgegaan in Nederlands en wiskunde en is een fijne, behulpzame leerling
in de klas. Ik wil graag met u en Ibrahim bespreken welke richting hij volgend jaar kiest.

Past 17u15 voor u? Laat het me gerust weten via Smartschool of per mail.

Met vriendelijke groeten,
Özlem Kaya
titularis 4C
""", fmt="plain", style="outlook",
     about=["ibrahim"], note="to the pupil's own mother: invitation to a parent-teacher talk; nothing sensitive",
     form=["plain"])

# 103 -------------------------------------------------------------------------------------------
mail(103, "finn-examens-gespreid", "stc", [("Peter Van Rompay", par("stan"))], "Examens juni Finn",
     "2025-05-15 20:35",
     """
Beste meneer Van Roy,

Na ons overleg met het CLB en de zorgcoördinator bevestig ik de afspraken voor de examens van Finn in juni.

Omdat Finn sinds maart thuis is met een burn-out en nog maar sinds twee weken halve dagen naar school komt,
spreiden we zijn examens:
- in juni enkel wiskunde, Nederlands, Engels en fysica;
- de andere vakken in de eerste week van september, als uitgestelde examens;
- hij zit alleen in lokaal B.006, met pauzes wanneer nodig.

De psychologe van Finn vond dit haalbaar. De delibererende klassenraad houdt rekening met deze regeling.

Met vriendelijke groeten,
Stefaan Celis
titularis 6D
""", fmt="alt", style="outlook",
     rules=["sensitive"], cats=["psychosocial", "care"], about=["finn"], mis=True,
     note="Finn Van Roy's burn-out and spread exams sent to the father of Stan Van Rompay (same class, same first name)",
     form=["alt", "list"])

# 104 -------------------------------------------------------------------------------------------
mail(104, "autocars-portaal-login", "sec", ["lj"], "login klantenportaal Autocars Demol", "2024-09-20 09:50",
     """
Dag Leen,

Jij neemt de busreservaties over van Hilde, dus hier de gegevens van het klantenportaal van Autocars Demol. Daar
kan je offertes opvragen en de ritten bevestigen.

Portaal: mijn.autocars-demol.be
Klantnummer: 100457
Paswoord: Demol-SPC-2019

Het is één account voor de hele school, dus liefst niet wijzigen zonder het mij te laten weten.

Martine
""", fmt="b64", style="outlook",
     rules=["password"], note="secretariat hands over the bus company's customer portal password (base64 body)",
     form=["b64"])

# 105 -------------------------------------------------------------------------------------------
def zip_with_pdfs():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("examenrooster_1e_graad.pdf", "examenrooster_2e_graad.pdf", "examenrooster_3e_graad.pdf"):
            z.writestr(name, b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
                       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return b.getvalue()


mail(105, "examenroosters-zip", "mdc", ["sc", "gv"], "examenroosters juni (zip)", "2025-05-22 14:20",
     """
Sofie, Geert,

In bijlage de drie examenroosters als pdf, samen in één zip. Als jullie akkoord zijn, zet ik ze maandag online.

Michaël
""", fmt="plain", style="outlook", atts=[("examenroosters_juni_2025.zip", "application/zip", zip_with_pdfs())],
     note="zip with PDFs only, no executable", form=["plain", "attachment-zip-pdf"])

# 106 -------------------------------------------------------------------------------------------
mail(106, "nieuwsbrief-februari", "info", [], "Nieuwsbrief februari", "2025-02-03 17:00",
     """
Beste ouders,

Dit is onze nieuwsbrief van februari.

Krokusvakantie
De krokusvakantie loopt van maandag 3 maart tot en met vrijdag 7 maart.

CLB: vaccinaties 3e jaar
In maart komt het CLB langs voor de vaccinatie tegen difterie, tetanus en kinkhoest bij de leerlingen van het 3e
jaar. Uw kind krijgt een toestemmingsformulier mee. Heeft uw kind de vaccinatie al bij de huisarts gekregen,
laat het dan weten op dat formulier.

Week van de poëzie
Onze leerlingen van het 4e jaar schreven gedichten; ze hangen tot eind februari in de gangen.

Oudercontact
Het oudercontact na het rapport van het 2e trimester is op donderdag 3 april.

Met vriendelijke groeten,
Het schoolteam
""", bcc=["ouders"], fmt="html", style="gmail",
     note="general newsletter with the general CLB vaccination round, nothing about one pupil", form=["html"])

# 107 -------------------------------------------------------------------------------------------
mail(107, "ipadkar-ontgrendelcode", "js", ["yb"], "iPad-kar labo", "2025-01-21 08:15",
     """
Hoi Yasmina,

Je had de iPad-kar gereserveerd voor het 3e uur. De kar staat in het labo, het cijferslot op de deur van de kar
gaat open met 3 7 1 9. De iPads zelf ontgrendelen met 246810.

Na de les aub terug aan de stekker hangen!

Joris
""", fmt="qp", style="outlook",
     rules=["password"], note="colleague gets the cart lock code and the iPads' unlock PIN", form=["qp"])

# 108 -------------------------------------------------------------------------------------------
mail(108, "maya-permission-form", "yb", [("Peggy Pattyn", par("milap"))], "Maya - permission form for the lab trip",
     "2025-04-23 12:05",
     """
Dear Mrs Patel,

I am Maya's science teacher in 2C. Next Tuesday we are visiting the chemistry lab at the university, and Maya is
the only pupil in the class whose permission form we have not received yet.

Could you please sign the form (attached to the Smartschool message of 14 April) and give it to Maya by Friday?
Without it, she unfortunately cannot come along and will stay at school with another class.

Thank you and kind regards,
Yasmina Bouzid
""", fmt="plain", style="outlook", lang="en",
     about=["maya"], mis=True,
     note="reminder about Maya Patel's form sent to the mother of Mila Pattyn (autocomplete on 'pat')",
     form=["plain"])

# 109 -------------------------------------------------------------------------------------------
mail(109, "oudercontact-uitnodiging", "dir", [], "Uitnodiging oudercontact na het kerstrapport", "2024-12-12 18:00",
     """
Geachte ouders,

Op vrijdag 20 december krijgt uw kind het rapport van het eerste trimester mee. Aansluitend nodigen we u graag
uit op het oudercontact:

- vrijdag 20 december van 14u tot 19u (op school of online, naar keuze)
- zaterdag 21 december van 9u tot 12u (enkel op school)

Via Smartschool > Oudercontact kiest u vanaf maandag een tijdstip bij de titularis en bij de vakleerkrachten.
De klassenraad kan ook zelf vragen om u te spreken; dan krijgt u een persoonlijke uitnodiging.

We kijken ernaar uit u te ontmoeten.

Met vriendelijke groeten,
Geert Vanhoutte, directeur
""", bcc=["ouders"], fmt="alt", style="outlook",
     note="general parents' evening invitation (Bcc)", form=["alt", "list"])

# 110 -------------------------------------------------------------------------------------------
mail(110, "attest-inschrijving-victor", "stc", ["sec"], "attest van inschrijving Victor Desmet",
     "2025-03-06 10:12",
     """
Dag Martine,

Victor Desmet (6B) vraagt een attest van inschrijving voor het schooljaar 2024-2025, voor zijn studentenjob in de
zomer. Kan jij er een klaarmaken? Hij komt het morgen in de middag halen.

Bedankt!
Stefaan
""", fmt="plain", style="outlook",
     about=["victor"], note="routine request for an enrolment certificate; nothing sensitive", form=["plain"])


# ============================================================================================
# write everything
# ============================================================================================
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def flow(lst):
    return "[" + ", ".join(lst) + "]"


def main():
    write_roster()
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    parents = {}
    for p in ROSTER:
        for a in (p["p1"], p["p2"]):
            if a:
                parents.setdefault(a.lower(), set()).add(p["id"])
    lines = ["# labels for blind batch 01 (generated by make.py)"]
    report = []
    seen = set()
    for m in sorted(MAILS, key=lambda x: x["n"]):
        assert m["n"] not in seen, m["n"]
        seen.add(m["n"])
        msg = build(m)
        data = msg.as_bytes()
        fn = f"{m['n']:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        # ---- labels
        text = all_text(msg)
        if m["inner"] is not None:
            text += "\n" + all_text(build(m["inner"], nested=True))
        for fn_, ct, d in m["atts"]:
            if isinstance(d, str):
                text += "\n" + d
        hits = phones(text) + IBAN.findall(text) + NATNR.findall(text)
        rules = list(m["rules"])
        pd = m["pd"] if m["pd"] is not None else bool(hits or m["dob"])
        if pd and "personal_data" not in rules:
            rules.append("personal_data")
        hdr = [addr(x) for x in m["to"] + m["cc"]]
        ext = [a for a in hdr if not is_school(a)]
        grp = [a for a in hdr if is_group(a)]
        if (len(ext) > 1 or grp) and "bcc" not in rules:
            rules.append("bcc")
        order = ["password", "sensitive", "bcc", "private_account", "attachment", "personal_data"]
        rules.sort(key=order.index)
        mail_from = m["env_from"] or addr(m["frm"])
        rcpt = []
        self_to = [addr(m["frm"])] if (not m["to"] and m["style"] == "outlook") else []
        for a in self_to + [addr(x) for x in m["to"] + m["cc"] + m["bcc"]]:
            if a not in rcpt:
                rcpt.append(a)
        about = [pid(k) for k in m["about"]]
        lines.append(f"{fn}:")
        lines.append(f"  rules: {flow(rules)}")
        if "sensitive" in rules:
            assert m["cats"], fn
            lines.append(f"  categories: {{sensitive: {flow(m['cats'])}}}")
        else:
            assert not m["cats"], fn
        lines.append(f"  mail_from: {mail_from}")
        lines.append(f"  rcpt: {flow(rcpt)}")
        lines.append(f"  about: {flow(about)}")
        lines.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        lines.append(f"  note: {yq(m['note'])}")
        lines.append(f"  lang: {m['lang']}")
        lines.append(f"  format: {flow(m['form'])}")
        # ---- consistency info
        par_rcpt = {a.lower(): parents[a.lower()] for a in rcpt if a.lower() in parents}
        own = any(pid(k) in ids for k in m["about"] for ids in par_rcpt.values())
        report.append(dict(fn=fn, rules=rules, cats=m["cats"], hits=hits, dob=m["dob"], ext=ext, grp=grp,
                           mis=m["mis"], about=about, par_rcpt=par_rcpt, own=own, lang=m["lang"],
                           mail_from=mail_from))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return report


if __name__ == "__main__":
    import sys
    rep = main()
    if "-v" in sys.argv:
        for r in rep:
            print(r["fn"], r["rules"], r["cats"], "hits=", r["hits"], "dob" if r["dob"] else "",
                  "ext=", r["ext"], "grp=", r["grp"], "mis" if r["mis"] else "", "own" if r["own"] else "",
                  "par=", {k: sorted(v) for k, v in r["par_rcpt"].items()})
    print(f"wrote {len(rep)} mails")
