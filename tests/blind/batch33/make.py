#!/usr/bin/env python3
"""batch33 - blind labelled outbound mail of Sint-Pieterscollege Herent (Stroom / LKSD),
start of school year 2025-2026 (August - September 2025).

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Standard library only, deterministic (fixed dates, fixed Message-IDs, seeded randomness).
"""
import base64
import datetime
import io
import os
import quopri
import random
import re
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=2))
RNG = random.Random(3333)

SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
PUPIL_DOMAIN = "leerling.sintpieterscollege.be"
SCHOOL_PHONE = "016 48 21 90"
SCHOOL_ADDR = "Molenstraat 12, 3020 Herent"


def t(s):
    """strip the first newline of a triple-quoted block"""
    return s[1:] if s.startswith("\n") else s


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


# --------------------------------------------------------------------------------------------
# staff
# --------------------------------------------------------------------------------------------
STAFF = {
    # key: (name, personal local part, role)
    "kvb": ("Katrien Vandenbussche", "katrien.vandenbussche", "directeur"),
    "pgo": ("Pieter Goossens", "pieter.goossens", "adjunct-directeur"),
    "ime": ("Ilse Mertens", "ilse.mertens", "leerlingensecretariaat"),
    "ldw": ("Leen De Wilde", "leen.dewilde", "zorgcoördinator"),
    "tve": ("Tom Verhaegen", "tom.verhaegen", "leerlingbegeleider"),
    "bcl": ("Bart Claessens", "bart.claessens", "ICT-coördinator"),
    "gvr": ("Greet Van Roey", "greet.vanroey", "boekhouding"),
    "sla": ("Sarah Lambrechts", "sarah.lambrechts", "titularis 1A1 - Nederlands"),
    "jmo": ("Jeroen Mols", "jeroen.mols", "titularis 1A2 - wiskunde"),
    "sdc": ("Stijn De Coster", "stijn.decoster", "titularis 1A3 - aardrijkskunde"),
    "ewy": ("Els Wyns", "els.wyns", "titularis 1A4 - Engels"),
    "nve": ("Nadia Verstraeten", "nadia.verstraeten", "leerkracht OKAN"),
    "kle": ("Kris Lenaerts", "kris.lenaerts", "leerkracht lichamelijke opvoeding"),
    "dsm": ("Dirk Smets", "dirk.smets", "leerkracht elektriciteit"),
    "eja": ("Evelien Jacobs", "evelien.jacobs", "titularis 3STEM - fysica"),
    "mhe": ("Marleen Hendrickx", "marleen.hendrickx", "onthaal en EHBO"),
    "lwi": ("Luc Willems", "luc.willems", "technisch adviseur"),
    "jds": ("Jasper De Smedt", "jasper.desmedt", "leerkracht geschiedenis"),
    "hve": ("Hanne Verbist", "hanne.verbist", "leerkracht biologie"),
    "yba": ("Youssef Bakkali", "youssef.bakkali", "leerkracht Frans"),
    "wde": ("Wim Deprez", "wim.deprez", "titularis 4ELM - elektromechanica"),
}


def SP(k):
    """staff, personal address"""
    n, lp, _ = STAFF[k]
    return (n, lp + "@" + SCHOOL)


def SS(k):
    """staff, short address"""
    n, _, _ = STAFF[k]
    return (n, k + "@" + SHORT)


def G(local, name=""):
    """general / group address on spc.ksleuven.be"""
    return (name, local + "@" + SHORT)


def sig(k, phone=False, short=False, gsm=None, lang="nl"):
    n, lp, role = STAFF[k]
    if short:
        s = n.split()[0]
        if phone:
            s += "\n" + SCHOOL_PHONE
        return s
    lines = [n, role[0].upper() + role[1:] if lang == "nl" else role, "Sint-Pieterscollege Herent | Stroom", SCHOOL_ADDR]
    if phone:
        lines.append("T " + SCHOOL_PHONE)
    if gsm:
        lines.append("GSM " + gsm)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------
CLASS_SIZE = {
    "1A1": 18, "1A2": 18, "1A3": 18, "1A4": 18, "1B": 10,
    "2A1": 16, "2A2": 16, "2A3": 16, "2B": 9,
    "3ECO": 12, "3STEM": 14, "3TW": 12, "3ELM": 10,
    "4ECO": 11, "4STEM": 12, "4ELM": 10, "4HUW": 10,
    "5ECWI": 9, "5WEWI": 9, "5ELEK": 8, "5HUW": 9,
    "6ECWI": 8, "6WEWI": 8, "6ELEK": 7, "6HUW": 8,
    "OKAN": 9,
}

# pupils that the mails talk about: key, first name, surname, class, parent 1, parent 2
FIXED = [
    ("lotte_peeters", "Lotte", "Peeters", "1A4", "an.peeters@skynet.be", "kristof.peeters@skynet.be"),
    ("arne_peeters", "Arne", "Peeters", "4STEM", "an.peeters@skynet.be", "kristof.peeters@skynet.be"),
    ("emma_peeters", "Emma", "Peeters", "2A1", "els.vanhove@telenet.be", "bart.peeters7@gmail.com"),
    ("noah_janssens", "Noah", "Janssens", "1A3", "sofie.deprez@hotmail.com", "jan.janssens@telenet.be"),
    ("noah_jansen", "Noah", "Jansen", "2A2", "jansen.family@gmail.com", ""),
    ("mila_claes", "Mila", "Claes", "1A1", "sofie.claes@proximus.be", "tim.claes80@gmail.com"),
    ("robbe_claes", "Robbe", "Claes", "3STEM", "hilde.claes@telenet.be", "geert.claes@telenet.be"),
    ("seppe_vermeulen", "Seppe", "Vermeulen", "1A2", "karen.dubois@gmail.com", "wouter.vermeulen@telenet.be"),
    ("jules_vandamme", "Jules", "Van Damme", "1A2", "vandamme.lies@outlook.com", ""),
    ("lars_wouters", "Lars", "Wouters", "2A3", "inge.wouters@skynet.be", ""),
    ("lars_wuyts", "Lars", "Wuyts", "1A4", "wuyts.thomas@telenet.be", "liesje.bogaerts@hotmail.com"),
    ("tuur_maes", "Tuur", "Maes", "4ELM", "ellen.maes@telenet.be", ""),
    ("fien_maes", "Fien", "Maes", "1A3", "e.maes@skynet.be", "joris.lemmens@skynet.be"),
    ("finn_de_smet", "Finn", "De Smet", "1A1", "griet.desmet@telenet.be", ""),
    ("finn_desmet", "Finn", "Desmet", "2A1", "desmet.wim@gmail.com", "karolien.desmet@gmail.com"),
    ("kobe_hermans", "Kobe", "Hermans", "1A4", "nathalie.smet@skynet.be", "hermans.kurt@outlook.com"),
    ("jitse_hermans", "Jitse", "Hermans", "2B", "hermans.dirk@telenet.be", ""),
    ("nore_vandeputte", "Nore", "Vandeputte", "1A3", "liesbeth.coppens@telenet.be", "pieter.vandeputte@gmail.com"),
    ("wannes_goris", "Wannes", "Goris", "3TW", "liesbeth.coppens@telenet.be", "stef.goris@skynet.be"),
    ("ilias_benali", "Ilias", "Benali", "1A1", "benali.karim@gmail.com", "fatima.ouali@hotmail.com"),
    ("ilyas_bennani", "Ilyas", "Bennani", "1A1", "bennani.said@hotmail.com", ""),
    ("elif_yilmaz", "Elif", "Yilmaz", "3ECO", "yilmaz.mehmet@hotmail.com", ""),
    ("emir_yilmaz", "Emir", "Yilmaz", "1A2", "a.yilmaz@telenet.be", "ayse.kaya@gmail.com"),
    ("lore_vermeiren", "Lore", "Vermeiren", "2A1", "an.vermeiren@telenet.be", ""),
    ("tibo_verhoeven", "Tibo", "Verhoeven", "1A2", "an.verhoeven@telenet.be", "dries.verhoeven@telenet.be"),
    ("noor_aerts", "Noor", "Aerts", "1A1", "katleen.aerts@telenet.be", "koen.aerts@gmail.com"),
    ("elias_aerts", "Elias", "Aerts", "3STEM", "katleen.aerts@telenet.be", "koen.aerts@gmail.com"),
    ("febe_vanlaer", "Febe", "Van Laer", "1A4", "tine.vanlaer@telenet.be", "bram.mertens@skynet.be"),
    ("dmytro_kovalenko", "Dmytro", "Kovalenko", "OKAN", "olena.kovalenko@gmail.com", ""),
    ("sofiia_kovalenko", "Sofiia", "Kovalenko", "1A4", "olena.kovalenko@gmail.com", ""),
    ("grace_mukendi", "Grâce", "Mukendi", "1A3", "mukendi.chantal@yahoo.fr", ""),
    ("jonas_wauters", "Jonas", "Wauters", "3ECO", "veerle.wauters@telenet.be", "wauters.marc@telenet.be"),
    ("hamza_aitouali", "Hamza", "Ait Ouali", "2A3", "aitouali.rachid@gmail.com", ""),
    ("julie_smolders", "Julie", "Smolders", "2A2", "smolders.veerle@skynet.be", "jan.smolders@skynet.be"),
    ("bilal_chahid", "Bilal", "Chahid", "3ECO", "chahid.n@hotmail.com", ""),
    ("marie_dewitte", "Marie", "Dewitte", "1A2", "ward.dewitte@telenet.be", ""),
    ("lucas_boon", "Lucas", "Boon", "1A4", "boon.steven@gmail.com", ""),
    ("jana_kumps", "Jana", "Kumps", "2A3", "ria.vandevelde@telenet.be", ""),
    ("dylan_verstraete", "Dylan", "Verstraete", "3TW", "verstraete.nancy@hotmail.com", ""),
    ("sara_haddouchi", "Sara", "Haddouchi", "2A2", "haddouchi.m@gmail.com", "n.elhamdaoui@gmail.com"),
    ("yonas_tesfay", "Yonas", "Tesfay", "OKAN", "k.vanhoof@voogdijnetwerk.be", ""),
    ("ines_dufour", "Inès", "Dufour", "2A1", "dufour.caroline@skynet.be", "laurent.dufour@gmail.com"),
    ("rayan_elidrissi", "Rayan", "El Idrissi", "3TW", "elidrissi.rachida@gmail.com", ""),
    ("lina_bouzid", "Lina", "Bouzid", "1A2", "bouzid.yassine@telenet.be", "leila.bouzid@gmail.com"),
    ("jorben_wyns", "Jorben", "Wyns", "1A3", "christophe.wyns@telenet.be", "sandra.goeman@telenet.be"),
    ("ella_vandenbroeck", "Ella", "Van den Broeck", "4STEM", "vandenbroeck.kathy@skynet.be", ""),
    ("ruben_michiels", "Ruben", "Michiels", "1A1", "katrien.geerts@gmail.com", "dirk.michiels@telenet.be"),
    ("senne_lauwers", "Senne", "Lauwers", "4ELM", "lauwers.patrick@telenet.be", ""),
    ("charlotte_wyckmans", "Charlotte", "Wyckmans", "5WEWI", "wyckmans.hilde@telenet.be", "bert.wyckmans@telenet.be"),
    ("milan_cools", "Milan", "Cools", "3ECO", "cools.ann@hotmail.com", ""),
    ("bryan_dierickx", "Bryan", "Dierickx", "2B", "dierickx.kelly@hotmail.com", ""),
    ("aya_mansouri", "Aya", "Mansouri", "3ECO", "mansouri.ahmed@gmail.com", "s.mansouri@gmail.com"),
    ("mats_lemmens", "Mats", "Lemmens", "1A2", "lemmens.bert@proximus.be", "nele.jacobs@gmail.com"),
    ("lukas_bosmans", "Lukas", "Bosmans", "3STEM", "bosmans.ilse@telenet.be", "bosmans.frank@telenet.be"),
    ("zoe_segers", "Zoë", "Segers", "1A4", "segers.joke@skynet.be", ""),
    ("kasper_nys", "Kasper", "Nys", "1A4", "nys.evelyne@telenet.be", "tom.nys@telenet.be"),
    ("sanne_geukens", "Sanne", "Geukens", "6HUW", "geukens.martine@skynet.be", ""),
    ("theo_lambert", "Théo", "Lambert", "1A3", "lambert.isabelle@skynet.be", ""),
    ("lien_bogaert", "Lien", "Bogaert", "1A1", "bogaert.stijn@telenet.be", "eva.bogaert@telenet.be"),
    ("daan_verlinden", "Daan", "Verlinden", "1A3", "verlinden.jo@telenet.be", "ann.luyten@skynet.be"),
    ("amber_declercq", "Amber", "De Clercq", "1B", "declercq.sabine@hotmail.com", ""),
    ("jelle_opdebeeck", "Jelle", "Op de Beeck", "3TW", "opdebeeck.luc@skynet.be", "hilde.willaert@skynet.be"),
    ("yasmina_elkhattabi", "Yasmina", "El Khattabi", "2B", "elkhattabi.fatiha@gmail.com", ""),
    ("brent_willaert", "Brent", "Willaert", "4ELM", "willaert.kim@hotmail.com", ""),
    ("omar_haddad", "Omar", "Haddad", "1A2", "haddad.samir@gmail.com", "rania.haddad@gmail.com"),
    ("amira_chaoui", "Amira", "Chaoui", "4ECO", "chaoui.driss@telenet.be", ""),
    ("wout_vanhoof", "Wout", "Van Hoof", "2A3", "vanhoof.greet@telenet.be", "vanhoof.peter@telenet.be"),
    ("zeynep_kaya", "Zeynep", "Kaya", "OKAN", "kaya.hasan@gmail.com", ""),
    ("mohammad_rahimi", "Mohammad", "Rahimi", "OKAN", "rahimi.ali@gmail.com", ""),
    ("ana_popescu", "Ana", "Popescu", "OKAN", "popescu.elena@yahoo.com", "popescu.ion@yahoo.com"),
    ("kacper_nowak", "Kacper", "Nowak", "2A2", "nowak.agnieszka@gmail.com", ""),
    ("ruth_habte", "Ruth", "Habte", "OKAN", "habte.welday@gmail.com", ""),
    ("warre_stevens", "Warre", "Stevens", "1A1", "stevens.bart@telenet.be", "lies.vandenberghe@telenet.be"),
    ("jade_vanaken", "Jade", "Van Aken", "1B", "vanaken.sylvie@hotmail.com", ""),
    ("mauro_derycke", "Mauro", "De Rycke", "5ELEK", "derycke.nico@telenet.be", ""),
    ("louise_vandevelde", "Louise", "Vandevelde", "6ECWI", "vandevelde.geert@skynet.be", "mieke.janssens@skynet.be"),
]

# origin: (surnames, boys, girls, adult men, adult women)
ORIGINS = {
    "vl": (["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
            "Dubois", "Hermans", "Aerts", "Michiels", "Lambrechts", "Smets", "Vermeulen", "Van Damme", "Coppens",
            "Vandenberghe", "Verbeke", "Devos", "Lemmens", "Bogaerts", "Cools", "Bosmans", "Wuyts", "Geerts",
            "Verstraeten", "Hendrickx", "Van den Bossche", "Dewulf", "Segers", "Mariën", "Vanhoutte", "Verhulst",
            "Nijs", "Luyten", "Ceulemans", "Van Roy", "Stevens", "Moens", "Verlinden", "Daems", "Vanderhoydonck",
            "Swinnen", "Vranckx", "Baeten", "Thys", "Wijns", "De Boeck", "Van Gorp", "Smolders", "Heylen"],
           ["Lucas", "Liam", "Noah", "Arthur", "Louis", "Jules", "Finn", "Mats", "Vic", "Lars", "Warre", "Seppe",
            "Wout", "Jasper", "Kobe", "Thibo", "Robbe", "Siebe", "Stan", "Lowie", "Nand", "Mathis", "Milan", "Xander",
            "Jens", "Emiel", "Ferre", "Bas", "Cas", "Daan", "Tuur", "Lander", "Jarne", "Senne", "Adam", "Victor",
            "Oscar", "Matteo", "Elias"],
           ["Emma", "Olivia", "Louise", "Mila", "Lotte", "Nore", "Fien", "Marie", "Julie", "Lena", "Hanne", "Sara",
            "Febe", "Ella", "Jana", "Lien", "Ine", "Amber", "Lore", "Noor", "Fleur", "Lisa", "Jolien", "Charlotte",
            "Elise", "Paulien", "Axelle", "Nina", "Zoë", "Liv", "Ellen", "Margot", "Tess", "Anna", "Renske", "Lina"],
           ["Kristof", "Tom", "Bart", "Steven", "Pieter", "Wim", "Koen", "Jan", "Dirk", "Geert", "Peter", "Joris",
            "Sven", "Nico", "Bert", "Kevin", "Wouter", "Stijn", "Frederik", "Jeroen", "Tim", "Dries", "Filip"],
           ["An", "Katrien", "Sofie", "Els", "Veerle", "Nathalie", "Inge", "Ellen", "Liesbeth", "Karen", "Sarah",
            "Evelien", "Hilde", "Griet", "Lies", "Tine", "Eva", "Ilse", "Nele", "Joke", "Kathleen", "Sandra", "Leen"]),
    "ma": (["El Amrani", "Bouzerda", "Ait Lahcen", "Ouahbi", "Benhaddou", "Ziani", "Azzouzi", "El Ouardi"],
           ["Adam", "Mohamed", "Youssef", "Ayoub", "Ilias", "Rayan", "Amine", "Bilal", "Hamza", "Zakaria", "Nassim"],
           ["Aya", "Lina", "Yasmine", "Salma", "Imane", "Hiba", "Nour", "Amira", "Sara", "Malak", "Ines"],
           ["Mohamed", "Ahmed", "Karim", "Rachid", "Mustapha", "Hassan", "Abdel", "Said", "Driss"],
           ["Fatima", "Khadija", "Nadia", "Samira", "Latifa", "Naima", "Leila", "Hafida"]),
    "tr": (["Öztürk", "Demir", "Çelik", "Şahin", "Aydın"],
           ["Emre", "Mert", "Yusuf", "Efe", "Kerem", "Burak"], ["Elif", "Zeynep", "Ecrin", "Defne", "Azra", "Melike"],
           ["Mehmet", "Hasan", "Murat", "Ali", "Kemal"], ["Ayşe", "Fatma", "Emine", "Hatice", "Derya"]),
    "pl": (["Kowalski", "Wiśniewski", "Nowicki", "Zieliński"],
           ["Oliwer", "Jakub", "Szymon", "Filip"], ["Maja", "Zuzanna", "Julia", "Hanna"],
           ["Piotr", "Tomasz", "Marcin", "Paweł"], ["Agnieszka", "Katarzyna", "Magdalena", "Anna"]),
    "ro": (["Ionescu", "Popa", "Dumitru", "Constantin"],
           ["Andrei", "David", "Luca", "Matei"], ["Ioana", "Maria", "Sofia", "Daria"],
           ["Ion", "Mihai", "Florin", "Adrian"], ["Elena", "Mihaela", "Andreea", "Cristina"]),
    "cd": (["Kabasele", "Mbuyi", "Tshibanda", "Lukusa"],
           ["Samuel", "David", "Elie", "Jonathan", "Christ"], ["Grâce", "Chloé", "Sarah", "Divine", "Esther"],
           ["Jean", "Patrick", "Didier", "Serge"], ["Marie-Claire", "Chantal", "Béatrice", "Solange"]),
    "af": (["Haidari", "Nazari", "Ahmadi", "Rezai"],
           ["Ali", "Omid", "Mahdi", "Mustafa"], ["Zahra", "Marwa", "Fatemeh", "Sahar"],
           ["Ali", "Reza", "Ahmad", "Hamid"], ["Zainab", "Maryam", "Shukria", "Roya"]),
    "ua": (["Shevchenko", "Bondarenko", "Melnyk", "Tkachenko"],
           ["Maksym", "Artem", "Oleksandr", "Mykyta"], ["Sofiia", "Anna", "Viktoriia", "Daryna"],
           ["Oleksandr", "Serhii", "Andrii", "Vasyl"], ["Olena", "Iryna", "Natalia", "Oksana"]),
    "er": (["Gebremedhin", "Tesfamariam", "Haile", "Berhane"],
           ["Filmon", "Yonas", "Robel", "Henok"], ["Helen", "Selam", "Luwam", "Senait"],
           ["Tesfay", "Mehari", "Yohannes", "Dawit"], ["Mebrat", "Tsega", "Almaz", "Letay"]),
    "sy": (["Al Hassan", "Khalil", "Haddad", "Al Ali"],
           ["Omar", "Hamza", "Karam", "Yazan"], ["Rama", "Lana", "Sham", "Judy"],
           ["Ahmad", "Mahmoud", "Khaled", "Bassam"], ["Rasha", "Hala", "Ruba", "Manal"]),
}
ORIGIN_OF = {ln: o for o, v in ORIGINS.items() for ln in v[0]}
PROVIDERS = ["telenet.be", "telenet.be", "telenet.be", "skynet.be", "skynet.be", "proximus.be", "gmail.com",
             "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "outlook.be", "icloud.com",
             "live.be", "scarlet.be"]


def build_roster():
    rng = random.Random(33)
    pupils = []
    used_names = set()
    used_addr = set()
    for key, fn, ln, cl, p1, p2 in FIXED:
        pupils.append(dict(key=key, first=fn, last=ln, cls=cl, p1=p1, p2=p2))
        used_names.add((fn, ln))
        used_addr.update(a for a in (p1, p2) if a)
    fixed_first = {(p["first"], p["cls"]) for p in pupils}
    count = {c: 0 for c in CLASS_SIZE}
    for p in pupils:
        count[p["cls"]] += 1

    def parent_addr(ln, origin, mother, rng):
        o = ORIGINS[origin]
        while True:
            style = rng.random()
            prov = rng.choice(PROVIDERS)
            fn = rng.choice(o[4] if mother else o[3])
            own = ln
            if mother and style < 0.35:
                # mother with her own surname (mostly same background, sometimes Flemish)
                own = rng.choice(o[0] if rng.random() < 0.7 else ORIGINS["vl"][0])
            n_fn, n_ln = norm(fn), norm(own)
            r = rng.random()
            if r < 0.35:
                a = f"{n_fn}.{n_ln}@{prov}"
            elif r < 0.55:
                a = f"{n_ln}.{n_fn}@{prov}"
            elif r < 0.65:
                a = f"{n_fn[0]}.{n_ln}@{prov}"
            elif r < 0.75:
                a = f"{n_fn}{n_ln}{rng.randint(1, 99)}@{prov}"
            elif r < 0.82:
                a = f"fam.{norm(ln)}@{prov}"
            elif r < 0.9:
                a = f"{n_fn}.{n_ln}{rng.randint(70, 92)}@{prov}"
            elif r < 0.95:
                a = f"{n_ln}{n_fn[0]}@{prov}"
            else:
                a = f"{n_fn}{rng.choice(['', '.'])}{rng.choice(['mama', 'papa', 'thuis', 'home'])}@{prov}"
            if a not in used_addr:
                used_addr.add(a)
                return a

    families = []
    for cl in CLASS_SIZE:
        while count[cl] < CLASS_SIZE[cl]:
            sib = None
            if families and cl != "OKAN" and rng.random() < 0.14:
                cand = rng.choice(families)
                if cand["cls"][0] != cl[0] and cand["cls"] != "OKAN":
                    sib = cand
            if sib:
                ln, origin = sib["last"], sib["origin"]
                p1, p2 = sib["p1"], sib["p2"]
            else:
                if cl == "OKAN":
                    origin = rng.choice(["ua", "er", "af", "sy", "ro", "tr"])
                else:
                    x = rng.random()
                    origin = "vl" if x < 0.72 else rng.choice(["ma", "ma", "ma", "tr", "tr", "pl", "ro", "cd", "af", "ua"])
                ln = rng.choice(ORIGINS[origin][0])
                mother_first = rng.random() < 0.7
                p1 = parent_addr(ln, origin, mother_first, rng)
                p2 = parent_addr(ln, origin, not mother_first, rng) if rng.random() < 0.62 else ""
            o = ORIGINS[origin]
            for _ in range(300):
                pool = o[1] if rng.random() < 0.5 else o[2]
                if origin != "vl" and rng.random() < 0.12:
                    pool = ORIGINS["vl"][1] if pool is o[1] else ORIGINS["vl"][2]
                fn = rng.choice(pool)
                if (fn, ln) not in used_names and (fn, cl) not in fixed_first:
                    break
            used_names.add((fn, ln))
            p = dict(key=None, first=fn, last=ln, cls=cl, p1=p1, p2=p2, origin=origin)
            pupils.append(p)
            if not sib:
                families.append(p)
            count[cl] += 1
    # intern nummer in order of first enrolment (seeded shuffle), export sorted by class and name
    order = list(range(len(pupils)))
    rng.shuffle(order)
    for n, i in enumerate(order, 1):
        pupils[i]["id"] = f"P{n:04d}"
    seen = set()
    for p in sorted(pupils, key=lambda p: p["id"]):
        base = norm(p["first"]) + "." + norm(p["last"])
        a = base
        k = 2
        while a in seen:
            a = f"{base}{k}"
            k += 1
        seen.add(a)
        p["mail"] = a + "@" + PUPIL_DOMAIN
    return pupils


ROSTER = build_roster()
BYKEY = {p["key"]: p for p in ROSTER if p["key"]}


def P(key):
    return BYKEY[key]


def pid(key):
    return BYKEY[key]["id"]


def par(key, n=1):
    p = BYKEY[key]
    return ("", p["p1"] if n == 1 else p["p2"])


def pup(key):
    p = BYKEY[key]
    return (p["first"] + " " + p["last"], p["mail"])


def parents_of(prefixes):
    out = []
    for p in sorted(ROSTER, key=lambda p: p["id"]):
        if any(p["cls"].startswith(x) for x in prefixes):
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


def write_roster(path):
    rows = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    cls_order = {c: i for i, c in enumerate(CLASS_SIZE)}
    for p in sorted(ROSTER, key=lambda p: (cls_order[p["cls"]], norm(p["last"]), norm(p["first"]))):
        rows.append(";".join([p["id"], p["first"], p["last"], p["cls"], p["mail"], p["p1"], p["p2"]]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


# --------------------------------------------------------------------------------------------
# numbers: IBAN, rijksregisternummer, structured communication
# --------------------------------------------------------------------------------------------
def be_iban(bank, acct):
    first10 = f"{bank:03d}{acct:07d}"
    c = int(first10) % 97 or 97
    bban = f"{first10}{c:02d}"
    chk = 98 - int(bban + "111400") % 97
    s = f"BE{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(y, m, d, seq):
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    c = 97 - int(("2" if y >= 2000 else "") + base) % 97
    return f"{y % 100:02d}.{m:02d}.{d:02d}-{seq:03d}.{c:02d}"


def ogm(n10):
    c = n10 % 97 or 97
    s = f"{n10:010d}{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


SCHOOL_IBAN = be_iban(734, 305588)


# --------------------------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------------------------
ZDATE = (2025, 8, 20, 10, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx(rows, macro=False):
    def col(i):
        return chr(65 + i)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = "".join(f'<c r="{col(i)}{r}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>' for i, v in enumerate(row))
        sheet.append(f'<row r="{r}">{cells}</row>')
    sheet.append("</sheetData></worksheet>")
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else "") + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", "".join(sheet))]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"cmd /c uurrooster.bat\"\r\nEnd Sub\r\n"))
    return _zip(files)


def docx(paras, macro=False):
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_x(p)}</w:t></w:r></w:p>" for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                      'Target="vbaProject.bin"/></Relationships>'))
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n  Call VulIn\r\nEnd Sub\r\n"))
    return _zip(files)


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def fake_exe(tag):
    head = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    body = head + stub + b"\x00" * (0x80 - len(head) - len(stub)) + b"PE\x00\x00\x4c\x01\x03\x00"
    body += tag.encode() + b"\x00" * 200
    return body


def csv_bytes(rows, enc="utf-8-sig", sep=";"):
    return ("\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n").encode(enc)


# --------------------------------------------------------------------------------------------
# quoting helpers
# --------------------------------------------------------------------------------------------
def q_outlook(name, addr, sent, to, subject, text, cc=None):
    h = [f"Van: {name} <{addr}>" if name else f"Van: {addr}", f"Verzonden: {sent}", f"Aan: {to}"]
    if cc:
        h.append(f"CC: {cc}")
    h.append(f"Onderwerp: {subject}")
    return "\n\n" + "_" * 32 + "\n" + "\n".join(h) + "\n\n" + text


def q_gmail(who, when, text, lang="nl"):
    head = {"nl": f"Op {when} schreef {who}:", "en": f"On {when}, {who} wrote:",
            "fr": f"Le {when}, {who} a écrit :"}[lang]
    return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def q_fwd(subject, date, frm, to, text, cc=None):
    h = ["-------- Doorgestuurd bericht --------", f"Onderwerp: \t{subject}", f"Datum: \t{date}",
         f"Van: \t{frm}", f"Aan: \t{to}"]
    if cc:
        h.append(f"CC: \t{cc}")
    return "\n\n" + "\n".join(h) + "\n\n\n" + text


def q_fwd_outlook(frm, sent, to, subject, text, cc=None):
    h = [f"Van: {frm}", f"Verzonden: {sent}", f"Aan: {to}"]
    if cc:
        h.append(f"CC: {cc}")
    h.append(f"Onderwerp: {subject}")
    return "\n\n-----Oorspronkelijk bericht-----\n" + "\n".join(h) + "\n\n" + text


def to_html(text, font="Calibri"):
    out = []
    for para in text.split("\n"):
        if para.strip() == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f'<p class="MsoNormal">{_x(para)}</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}</style></head>'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            + "\n".join(out) + "</div></body></html>")


def html_table(rows, head=True):
    h = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        h.append("<tr>" + "".join(f"<{tag}>{_x(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def table_text(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


# --------------------------------------------------------------------------------------------
# mail registry
# --------------------------------------------------------------------------------------------
MAILS = []


def M(slug, date, frm, to, subject, body, *, cc=(), bcc=(), env_from=None, html=None, html_only=False,
      enc="8bit", charset="utf-8", atts=(), rules=(), cats=(), about=(), mis=False, note="", lang="nl",
      fmt=(), mailer="outlook", reply=None, to_header=None, group="other", extra_headers=()):
    MAILS.append(dict(slug=slug, date=date, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), env_from=env_from,
                      subject=subject, body=body, html=html, html_only=html_only, enc=enc, charset=charset,
                      atts=list(atts), rules=list(rules), cats=list(cats), about=[pid(k) for k in about],
                      mis=mis, note=note, lang=lang, fmt=list(fmt), mailer=mailer, reply=reply,
                      to_header=to_header, group=group, extra_headers=list(extra_headers)))


# --------------------------------------------------------------------------------------------
# MIME serialisation
# --------------------------------------------------------------------------------------------
def _addr(a):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _bare(a):
    return a if isinstance(a, str) else a[1]


def _hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def leaf_text(text, subtype, charset, enc):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    ascii_only = all(b < 128 for b in data)
    if enc == "qp":
        cte, body = "quoted-printable", quopri.encodestring(data)
    elif enc == "b64":
        cte, body = "base64", base64.encodebytes(data)
    else:
        cte, body = ("7bit" if ascii_only else "8bit"), data
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return ("leaf", hdrs, body)


def leaf_att(fn, ctype, data):
    if ctype == "message/rfc822":
        hdrs = ["Content-Type: message/rfc822", f'Content-Disposition: attachment; filename="{fn}"']
        return ("leaf", hdrs, data)
    hdrs = [f'Content-Type: {ctype}; name="{fn}"', f'Content-Disposition: attachment; filename="{fn}"',
            "Content-Transfer-Encoding: base64"]
    return ("leaf", hdrs, base64.encodebytes(data))


def multi(sub, boundary, parts):
    return ("multi", sub, boundary, parts)


def ser(node):
    if node[0] == "leaf":
        _, hdrs, body = node
        return hdrs, body
    _, sub, b, parts = node
    hdrs = [f'Content-Type: multipart/{sub};\n\tboundary="{b}"']
    out = bytearray(b"This is a multi-part message in MIME format.\n")
    for p in parts:
        ph, pb = ser(p)
        out += b"\n--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + b.encode() + b"--\n"
    return hdrs, bytes(out)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-BE")],
    "outlook-en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    "owa": [("X-MS-Has-Attach", ""), ("Content-Language", "nl-BE")],
    "iphone": [("X-Mailer", "iPhone Mail (22F76)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "smartschool": [("X-Mailer", "Smartschool Mailer")],
}


def build(m, n):
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    frm = m["frm"]
    fdom = _bare(frm).split("@")[1]
    mid = f"<{dt.strftime('%Y%m%d%H%M')}.b33.{n:03d}.{norm(m['slug'])[:12]}@{fdom}>"
    # body
    text = m["body"]
    if m["html_only"]:
        node = leaf_text(m["html"] if isinstance(m["html"], str) else to_html(text), "html", m["charset"], m["enc"])
    elif m["html"]:
        h = m["html"] if isinstance(m["html"], str) else to_html(text)
        node = multi("alternative", f"----=_NextPart_{n:03d}_0001_01DC1A2B.5C3D4E50",
                     [leaf_text(text, "plain", m["charset"], m["enc"]),
                      leaf_text(h, "html", m["charset"], "qp" if m["enc"] == "8bit" else m["enc"])])
    else:
        node = leaf_text(text, "plain", m["charset"], m["enc"])
    if m["atts"]:
        parts = [node] + [leaf_att(*a) for a in m["atts"]]
        node = multi("mixed", f"----=_Part_{n:03d}_{dt.strftime('%H%M%S')}.b33", parts)
    ph, pb = ser(node)
    hdrs = []
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("From", _addr(frm)))
    if m["to_header"]:
        hdrs.append(("To", m["to_header"]))
    elif m["to"]:
        hdrs.append(("To", ", ".join(_addr(a) for a in m["to"])))
    if m["cc"]:
        hdrs.append(("Cc", ", ".join(_addr(a) for a in m["cc"])))
    hdrs.append(("Subject", _hdr(m["subject"])))
    hdrs.append(("Message-ID", mid))
    if m["reply"]:
        rid = f"<{m['reply']}>"
        hdrs.append(("In-Reply-To", rid))
        hdrs.append(("References", rid))
    lang_tag = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    hdrs.extend((k, lang_tag if k == "Content-Language" else v) for k, v in MAILERS.get(m["mailer"], []))
    hdrs.extend(m["extra_headers"])
    hdrs.append(("MIME-Version", "1.0"))
    out = bytearray()
    for k, v in hdrs:
        out += f"{k}: {v}\n".encode("ascii")
    out += "\n".join(ph).encode("ascii") + b"\n\n" + pb
    return bytes(out)


def rcpt_of(m):
    out = []
    for a in m["to"] + m["cc"] + m["bcc"]:
        b = _bare(a)
        if b not in out:
            out.append(b)
    return out


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    mails = sorted(MAILS, key=lambda m: (m["date"], m["slug"]))
    slugs = [m["slug"] for m in mails]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    lab = ["# batch33 - Sint-Pieterscollege Herent, start of school year Aug-Sep 2025: enrolments, files from "
           "previous schools, laptops, codes, new staff, letters about trips", ""]
    for n, m in enumerate(mails, 1):
        fn = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build(m, n))
        lab.append(f"{fn}:")
        lab.append(f"  rules: [{', '.join(m['rules'])}]")
        if "sensitive" in m["rules"]:
            lab.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        lab.append(f"  mail_from: {m['env_from'] or _bare(m['frm'])}")
        lab.append(f"  rcpt: [{', '.join(rcpt_of(m))}]")
        lab.append(f"  about: [{', '.join(m['about'])}]")
        lab.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        lab.append(f"  note: {yq(m['note'])}")
        lab.append(f"  lang: {m['lang']}")
        lab.append(f"  format: [{', '.join(m['fmt'])}]")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lab) + "\n")
    write_roster(os.path.join(HERE, "roster.csv"))
    return mails


# ============================================================================================
# THE MAILS
# ============================================================================================
# --------------------------------------------------------------------------------------------
# A. credentials (password) - 35
# --------------------------------------------------------------------------------------------
ICT = G("ict", "ICT Sint-Pieterscollege")
SECR = G("leerlingensecretariaat", "Leerlingensecretariaat SPC")
BOEK = G("boekhouding", "Boekhouding Sint-Pieterscollege")
PERSONEEL = "personeel@" + SHORT

M("welkom-account-nieuwe-collega", "2025-08-19 10:12", SP("bcl"), [("Jasper De Smedt", "jasper.desmedt92@gmail.com")],
  "Je schoolaccount Sint-Pieterscollege", t("""
Dag Jasper,

Welkom in het team! Je schoolaccount is aangemaakt, zodat je al kan inloggen voor de startvergadering van vrijdag 29 augustus.

Gebruikersnaam: jasper.desmedt@sintpieterscollege.be
Tijdelijk wachtwoord: Herent!8842

Bij de eerste aanmelding vraagt Microsoft om een nieuw wachtwoord te kiezen en de Authenticator-app op je gsm in te stellen. Smartschool gebruikt dezelfde login (knop "Aanmelden met Microsoft").

Je laptop kan je vanaf maandag 25/8 ophalen in lokaal A.012 (ICT), tussen 9u en 12u.

Groeten,
""") + sig("bcl"),
  rules=["password"], note="ICT mails a new teacher his temporary start password in clear text; sent from a school account to the newcomer's private address before his school mailbox works, so not private_account",
  fmt=["plain"], group="password")

M("alarmcode-hoofdingang", "2025-08-20 07:41", SP("lwi"), [SP("hve")], "Alarm", t("""
Hanne,

Alarmcode hoofdingang is 6291 en dan OFF. Bij het buitengaan terug 6291 + ON, je hebt dan 30 sec om buiten te zijn.
Als hij toch afgaat laat het mij direct weten, dan bel ik de centrale.

Luc

Verstuurd vanaf mijn iPhone"""),
  rules=["password"], note="building alarm code sent to a new colleague who opens the lab early", fmt=["phone", "plain"],
  mailer="iphone", group="password")

M("wifi-personeel-schooljaar", "2025-08-28 16:05", ICT, [], "Start schooljaar: wifi, printers en laptops", t("""
Beste collega's,

Nog enkele praktische ICT-zaken voor maandag:

1. Wifi
Het personeelsnetwerk heet vanaf dit schooljaar SPC-Personeel. De sleutel is gewijzigd tijdens de zomer:
   SPC-Personeel  /  sleutel: Dijle-Herent#2025
Leerlingen gebruiken SPC-Leerling en melden zich aan met hun eigen schoolaccount; geef hen dus nooit de personeelssleutel.

2. Printers
De printers in de leraarskamer en in blok C werken met je badge. Kopieercodes zijn niet meer nodig.

3. Laptops leerlingen
De toestellen van het eerste jaar worden uitgedeeld op dinsdag 2/9 tijdens het 3de en 4de lesuur. De titularissen krijgen vooraf een draaiboek.

Vragen? Kom langs in A.012 of mail naar ict@spc.ksleuven.be.

ICT-team
Sint-Pieterscollege Herent"""),
  html=True, bcc=[PERSONEEL], to_header="undisclosed-recipients:;",
  rules=["password"], note="letter to all staff (personeel@ correctly in BCC) that nevertheless carries the staff Wi-Fi key",
  fmt=["alt", "bcc-envelope"], group="password")


def _lockers():
    rng = random.Random(404)
    rows = [["Naam", "Voornaam", "Klas", "Kluisje", "Code"]]
    n = 101
    for p in sorted([p for p in ROSTER if p["cls"] == "1A1"], key=lambda p: (norm(p["last"]), norm(p["first"]))):
        rows.append([p["last"], p["first"], "1A1", f"A-{n}", f"{rng.randint(0, 9999):04d}"])
        n += 1
    return rows


M("kluisjes-1a1-codes", "2025-08-29 14:22", SP("tve"), [SP("sla")], "kluisjes 1A1", t("""
Hoi Sarah,

In bijlage de kluisjes en de codes van jouw klas. Kan jij ze maandag tijdens het eerste klasuur uitdelen? Liefst elk op een apart briefje en niet op het bord schrijven :-)
Kluisjes A-101 tot A-118 staan in de gang naast de refter.

Tom
"""), atts=[("kluisjes_1A1.csv", "text/csv", csv_bytes(_lockers()))],
  rules=["password"], note="class list of 1A1 with every pupil's locker code in a CSV attachment; whole class, so about is empty",
  fmt=["attachment-csv", "plain"], group="password")

M("laptop-startpin-noor", "2025-09-03 11:48", ICT, [par("noor_aerts")], "Laptop Noor Aerts (1A1)", t("""
Beste mevrouw Aerts,

De laptop van Noor (1A1) is geïnstalleerd. Omdat Noor gisteren afwezig was bij de verdeling, geven we de gegevens via u door; Noor krijgt het toestel morgen van haar titularis.

Toestel: Lenovo 300w Gen 4 - serienummer PF4KX21B
Start-PIN (Windows Hello): 480913

Na de eerste aanmelding kiest Noor zelf een nieuwe pincode van minstens 6 cijfers.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege"""),
  rules=["password"], about=["noor_aerts"], note="device start PIN sent to the pupil's own mother (correct parent)",
  fmt=["plain"], group="password")

_co_html = t("""
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Beste ouder,</p>
<p>Via Smartschool kan u de schoolloopbaan van uw kind opvolgen: agenda, berichten, schoolrekening en rapporten. Hieronder vindt u de gegevens van <b>co-account 2</b> van <b>Elias Aerts (3STEM)</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Platform</td><td>https://sintpieterscollege.smartschool.be</td></tr>
<tr><td>Gebruikersnaam</td><td>elias.aerts</td></tr>
<tr><td>Wachtwoord co-account 2</td><td><b>gX7!mP2q</b></td></tr>
</table>
<p>Bij de eerste aanmelding wordt u gevraagd een persoonlijk wachtwoord te kiezen. Gebruik de co-account enkel zelf.</p>
<p>Met vriendelijke groeten,<br>Leerlingensecretariaat Sint-Pieterscollege</p>
</body></html>""")
M("coaccount-smartschool-elias", "2025-08-27 09:03", SECR, [par("elias_aerts", 2)], "Uw co-account Smartschool",
  "", html=_co_html, html_only=True, mailer="smartschool",
  rules=["password"], about=["elias_aerts"],
  note="Smartschool-style HTML mail with the parent co-account password, to the father (ouder 2); the same parents also have Noor in 1A1",
  fmt=["html-only"], group="password")

M("leasingportaal-login-febe", "2025-08-25 15:30", SP("bcl"), [par("febe_vanlaer")], "Leasingportaal EduDevice - uw login",
  t("""
Beste mevrouw Van Laer,

U gaf op het inschrijvingsformulier aan dat u voor Febe (1A4) een laptop wil leasen via de school. Het contract moet online ondertekend worden in het leasingportaal van EduDevice.

Portaal: https://portaal.edudevice.be/spc
Login: tine.vanlaer@telenet.be
Tijdelijk wachtwoord: Lease-4471

Gelieve het contract voor vrijdag 29/8 te ondertekenen, anders is het toestel niet klaar voor de verdeling op 2 september.

Met vriendelijke groeten,

""") + sig("bcl", phone=True), html=True,
  rules=["password", "personal_data"], about=["febe_vanlaer"],
  note="temporary password of the leasing portal to the pupil's mother; school phone number in the signature",
  fmt=["alt"], group="password")

M("kopieercode-youssef", "2025-08-26 13:10", SP("mhe"), [SP("yba")], "kopieercode", t("""
Dag Youssef,
Je kopieercode voor de oude printer in de leraarskamer (die nog niet met badge werkt) is 3317.
Marleen

Verzonden vanuit Outlook voor Android"""),
  rules=["password"], note="copier code in a short phone mail", fmt=["phone", "plain"], mailer="android", group="password")

M("kluis-secretariaat-code", "2025-08-21 17:52", SP("gvr"), [SP("ime")], "kluis + wisselgeld boekenverkoop", t("""
Ilse,

Ik heb de code van de kluis in het secretariaat veranderd na de werken: het is nu 19-07-42.
Het wisselgeld voor de boekenverkoop zit in de blauwe cassette op het middelste legplank. Ik ben vanaf morgen met verlof tot 1/9, dus jij moet het doen op vrijdag.

Dank je!
Greet"""),
  rules=["password"], note="safe code to a colleague", fmt=["plain"], group="password")

M("herstelcodes-mfa-directeur", "2025-08-22 08:35", SP("bcl"), [SP("kvb")], "je herstelcodes", t("""
Katrien,

Zoals gevraagd hierbij je herstelcodes voor je Microsoft 365-account, voor als je gsm het opnieuw laat afweten. Elke code werkt maar één keer.

  4821-9930    1177-5042
  6630-2815    9054-7713
  3398-1206    7712-4480
  5019-6637    2286-0914

Best afdrukken en in je bureaukluis leggen, en deze mail daarna verwijderen (ook uit Verwijderde items).

Bart"""),
  rules=["password"], note="MFA backup/recovery codes", fmt=["plain"], group="password")

M("sms-code-leasingportal", "2025-08-25 10:02", SP("ime"), [SP("bcl")], "code", t("""
Bart ik kreeg net een sms van EduDevice: "Uw verificatiecode is 552907". Kan jij die nog ingeven? Hij is maar 10 min geldig.
Ilse

Verzonden vanuit Outlook voor Android"""),
  rules=["password"], note="one-time verification code passed on by mail", fmt=["phone", "plain"], mailer="android", group="password")

M("gedeelde-mailbox-biologie", "2025-08-27 11:15", SP("pgo"), [SP("hve")], "mailbox biologie@", t("""
Dag Hanne,

Jij neemt de gedeelde mailbox biologie@spc.ksleuven.be over van Marc (hij is met pensioen). Je kan er via Outlook aan met:

login: biologie@spc.ksleuven.be
wachtwoord (alles aan elkaar, zonder spaties):
Stroom
2025
!Herent

Wijzig het gerust eens, Marc gebruikte het al twee jaar.

Pieter"""),
  rules=["password"], note="shared-mailbox password split over three lines", fmt=["plain"], group="password")


def _start_pw():
    rng = random.Random(1302)
    words = ["Dijle", "Molen", "Fiets", "Appel", "Zomer", "Tulp", "Rivier", "Wolk", "Vos", "Kiwi", "Bever", "Eik"]
    rows = [["Klas", "Naam", "Voornaam", "Gebruikersnaam", "Startwachtwoord"]]
    for p in sorted([p for p in ROSTER if p["cls"] == "1A2"], key=lambda p: (norm(p["last"]), norm(p["first"]))):
        rows.append(["1A2", p["last"], p["first"], p["mail"].split("@")[0],
                     f"{rng.choice(words)}{rng.randint(10, 99)}{rng.choice('!?#*')}{rng.choice(words).lower()}"])
    return rows


M("startwachtwoorden-1a2", "2025-09-01 07:58", ICT, [SP("jmo")], "Startwachtwoorden 1A2", t("""
Beste titularis,

In bijlage de startwachtwoorden voor de leerlingen van 1A2, voor het eerste ICT-moment op dinsdag. Laat de leerlingen meteen een eigen wachtwoord kiezen en gooi de afgedrukte lijst daarna weg.

Groeten,
ICT-team"""), atts=[("startwachtwoorden_1A2.xlsx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(_start_pw()))],
  rules=["password"], note="start passwords of a whole class in an .xlsx attachment",
  fmt=["attachment-xlsx", "plain"], group="password")

M("code-fietsenberging", "2025-08-29 12:40", SP("lwi"), [SP("kle")], "poort", t("""
code poort fietsenberging = 1 9 4 5 #  vanaf maandag
niet aan leerlingen geven aub
L.

Verstuurd vanaf mijn iPhone"""),
  rules=["password"], note="gate code of the bike shed", fmt=["phone", "plain"], mailer="iphone", group="password")

M("badge-en-sleutelkastje", "2025-08-26 09:20", SP("lwi"), [SP("jds")], "Badge en sleutels", t("""
Dag Jasper,

Je badge ligt klaar aan het onthaal bij Marleen. Hij geeft toegang tot blok A, blok B en de sporthal, van 7u tot 18u30.
De sleutel van lokaal C.103 (jouw vaklokaal) hangt in het sleutelkastje in de leraarskamer, code 0852. Gelieve hem na het 8ste uur terug te hangen.

Groeten,
Luc Willems
Technisch adviseur"""),
  rules=["password"], note="key-box code together with practical badge information", fmt=["plain"], group="password")

_new_staff = [["Naam", "Vak", "Login", "Startwachtwoord", "Badge"],
              ["Jasper De Smedt", "geschiedenis", "jasper.desmedt", "Herent!8842", "ok"],
              ["Hanne Verbist", "biologie", "hanne.verbist", "Biologie?5521", "ok"],
              ["Youssef Bakkali", "Frans", "youssef.bakkali", "Parijs#3019", "ok"],
              ["Bert Lievens", "elektriciteit (interim)", "bert.lievens", "Spanning%77", "nog te bestellen"],
              ["Kaat Smeets", "onthaal (interim)", "kaat.smeets", "Onthaal+2025", "ok"]]
M("overzicht-accounts-nieuwe-collegas", "2025-08-22 14:03", SP("bcl"), [SP("kvb")],
  "Overzicht accounts nieuwe collega's", t("""
Katrien,

Hieronder het overzicht van de nieuwe collega's. Accounts zijn aangemaakt, ze moeten bij de eerste aanmelding zelf een nieuw wachtwoord kiezen.

""") + table_text(_new_staff) + t("""


Bert zijn badge is besteld, die zou er tegen 5/9 moeten zijn.

Bart
"""), cc=[SP("pgo")],
  html=to_html("Katrien,\n\nHieronder het overzicht van de nieuwe collega's. Accounts zijn aangemaakt, ze moeten bij de "
               "eerste aanmelding zelf een nieuw wachtwoord kiezen.\n").replace(
      "</div></body></html>", html_table(_new_staff) +
      '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Bert zijn badge is besteld, die zou er tegen 5/9 moeten zijn.</p>'
      '<p class="MsoNormal">Bart</p></div></body></html>'),
  rules=["password"], note="Outlook HTML table of new staff with their start passwords", fmt=["alt", "html-table"],
  group="password")

M("smartschool-password-dmytro", "2025-09-02 15:44", SP("nve"), [par("dmytro_kovalenko")],
  "Smartschool account Dmytro", t("""
Dear Mrs Kovalenko,

Welcome to our school! Dmytro is now in the OKAN class (reception class for newcomers). He will use Smartschool for his homework and messages.

Website: https://sintpieterscollege.smartschool.be
Username: dmytro.kovalenko
Password: Sunflower#47

The first time he logs in, he has to choose a new password. He can also install the Smartschool app on his phone.
If you have questions, you can write to me in English or Ukrainian (with Google Translate, no problem!).

Kind regards,
Nadia Verstraeten
OKAN teacher
Sint-Pieterscollege Herent"""),
  rules=["password"], about=["dmytro_kovalenko"], lang="en", mailer="outlook-en",
  note="pupil's Smartschool password sent in English to the newcomer mother", fmt=["plain"], group="password")

M("motdepasse-grace", "2025-09-02 10:25", SP("ime"), [par("grace_mukendi")], "Smartschool - données de connexion de Grâce",
  t("""
Madame Mukendi,

Comme convenu lors de l'inscription, voici les données de connexion de Grâce (1A3) pour Smartschool :

Nom d'utilisateur : grace.mukendi
Mot de passe : Ecole!7730

Lors de la première connexion, Grâce devra choisir un nouveau mot de passe. Vous recevrez votre propre compte parent (co-account) dans un courriel séparé.

Nous restons à votre disposition pour toute question.

Bien à vous,
Ilse Mertens
Secrétariat des élèves
Sint-Pieterscollege Herent"""), charset="windows-1252",
  rules=["password"], about=["grace_mukendi"], lang="fr",
  note="pupil's password in French, Windows-1252 body, to her mother", fmt=["plain-cp1252"], group="password")

M("labadmin-plc-lokaal", "2025-09-04 12:12", SP("bcl"), [SP("dsm")], "admin PLC-lab", t("""
Dirk,

Het lokale beheerdersaccount op de pc's in het PLC-lab (C.014) is aangepast, zodat jij zelf TIA Portal en de drivers van de Siemens-kits kan updaten:

Gebruiker: .\\labadmin
Wachtwoord: Elek#Lab€2025

Gebruik het aub enkel voor updates en log daarna uit. Leerlingen mogen het uiteraard niet zien.

Bart"""), enc="qp",
  rules=["password"], note="local admin password in a quoted-printable body (euro sign encoded)", fmt=["plain-qp"],
  group="password")

M("nieuw-wachtwoord-jonas", "2025-09-09 13:37", ICT, [pup("jonas_wauters")], "Je account is opnieuw ingesteld", t("""
Dag Jonas,

Je account werd opnieuw ingesteld na je vraag aan het onthaal.

Je nieuwe startwachtwoord: Wauters-3ECO-91

Meld je aan op https://www.office.com en kies meteen een nieuw wachtwoord dat je nergens anders gebruikt.

ICT-team"""), enc="b64",
  rules=["password"], about=["jonas_wauters"], note="reset password mailed to the pupil himself in a base64 body",
  fmt=["plain-base64"], group="password")

M("fw-je-schoolaccount", "2025-08-22 20:14", SP("hve"), [("Hanne Verbist", "hanneverbist@gmail.com")],
  "FW: Je schoolaccount Sint-Pieterscollege", t("""
voor thuis

""") + q_fwd_outlook("Bart Claessens <bart.claessens@sintpieterscollege.be>", "vrijdag 22 augustus 2025 14:10",
                     "Hanne Verbist <hanne.verbist@sintpieterscollege.be>", "Je schoolaccount Sint-Pieterscollege", t("""
Dag Hanne,

Welkom! Je account is aangemaakt.

Gebruikersnaam: hanne.verbist@sintpieterscollege.be
Tijdelijk wachtwoord: Biologie?5521

Bij de eerste aanmelding kies je een nieuw wachtwoord en stel je de Authenticator-app in.

Groeten,
Bart Claessens
ICT-coördinator""")),
  rules=["password", "private_account"],
  note="new teacher forwards the ICT welcome mail with her start password to her own gmail",
  fmt=["forward", "plain"], group="password")

M("re-wachtwoord-klasmailbox", "2025-09-01 12:31", SP("sla"), [SP("jmo")], "RE: klasmailbox", t("""
Zelfde als vorig jaar denk ik: Klas1A!2024
Als het niet werkt moet je bij Bart zijn.
S.
""") + q_outlook("Jeroen Mols", "jeroen.mols@sintpieterscollege.be", "maandag 1 september 2025 12:20",
                 "Sarah Lambrechts", "klasmailbox", t("""
Sarah, wat was het wachtwoord van de klasmailbox 1ste jaar ook al weer? Ik wil de planning van de onthaaldagen erin zetten.
Jeroen""")), reply="20250901122000.jmo@sintpieterscollege.be",
  rules=["password"], note="one-line reply giving the shared class mailbox password", fmt=["reply", "plain"],
  group="password")

M("gastwifi-clb-intake", "2025-08-28 09:47", SP("ldw"), [("Annelies Verbruggen", "annelies.verbruggen@clbdijleland.be")],
  "Intakegesprekken volgende week", t("""
Dag Annelies,

Voor de intakegesprekken met de nieuwe leerlingen volgende week: lokaal B.001 is voor jullie voorbehouden op dinsdag en donderdag, de hele dag. Je kan via de zijingang binnen, Marleen van het onthaal weet ervan.

Je kan inloggen op het gastnetwerk ‘SPC-Gast’ met sleutel: Welkom@Herent25

Tot dinsdag!
Leen

Leen De Wilde
Zorgcoördinator – Sint-Pieterscollege Herent"""), charset="windows-1252",
  rules=["password"], note="guest Wi-Fi key sent to an external CLB worker; Windows-1252 8bit body",
  fmt=["plain-cp1252"], group="password")

M("pincode-betaalterminal", "2025-08-27 16:48", SP("gvr"), [SP("mhe")], "terminal boekenverkoop", t("""
Marleen,

Voor de boekenverkoop van vrijdag: de Bancontact-terminal staat in de grijze kast achter het onthaal. De beheerderscode om de dagafsluiting te maken is 1357 (niet de code die klanten intikken, die kiezen ze zelf natuurlijk).
Het kasboek ligt ernaast. Alvast bedankt om in te springen!

Greet"""),
  rules=["password"], note="administrator PIN of the payment terminal", fmt=["plain"], group="password")

M("sporthal-alarm-volleybal", "2025-09-02 18:05", SP("lwi"), [("Jan Vermeersch", "secretariaat@vcdijlestars.be")],
  "Sporthal - trainingen vanaf 8 september", t("""
Beste Jan,

Vanaf maandag 8 september kunnen jullie weer trainen in onze sporthal, op maandag en woensdag van 19u tot 22u30.

Alarmcode zijingang sporthal: 7 3 0 4 en daarna OFF.
Bij het verlaten: code + ON en de deur goed dichttrekken.

Gelieve de code enkel aan de trainers te geven, niet in jullie WhatsApp-groep te zetten. Vorig jaar stond hij op een gegeven moment op Facebook...

Sportieve groeten,
""") + sig("lwi", gsm="0478 31 62 09"),
  rules=["password", "personal_data"], note="alarm code of the sports hall to an external sports club; mobile number in the signature",
  fmt=["plain"], group="password")

M("beheerder-leasingportaal", "2025-08-29 08:12", SP("bcl"), [SP("pgo")], "portaal EduDevice - voor als ik er niet ben",
  t("""
Pieter,

Voor als ik er volgende week niet ben (opleiding dinsdag-woensdag):

beheerdersaccount EduDevice-portaal
URL: https://portaal.edudevice.be/school/spc
login: spc-admin
ww: Lks!Dijle_09

Daar kan je zien welke ouders het contract nog niet ondertekenden.

Bart"""),
  rules=["password"], note="shared admin login of the leasing portal", fmt=["plain"], group="password")

M("wachtwoord-beveiligde-pdf-clb", "2025-09-12 15:58", SP("ldw"), [("Annelies Verbruggen", "annelies.verbruggen@clbdijleland.be")],
  "wachtwoord bijlage", t("""
Dag Annelies,

Het wachtwoord voor de beveiligde pdf die ik je net stuurde: Zorg-Herent-0912

Groetjes,
Leen"""),
  rules=["password"], note="password of a protected PDF sent in a separate mail - still a secret that opens something",
  fmt=["plain"], group="password")

M("bios-wachtwoord-rma", "2025-09-16 10:30", SP("bcl"), [("Servicedesk EduDevice", "servicedesk@edudevice.be")],
  "RMA-250916 - 6 toestellen", t("""
Goeiemorgen,

We sturen morgen 6 toestellen terug voor herstelling (5x scherm, 1x toetsenbord), zie RMA-250916-01 t.e.m. -06.

Het BIOS-wachtwoord van de leerlingentoestellen is SPC-bios-2025. Jullie hebben het nodig om de SSD-versleuteling uit te schakelen.

Graag opnieuw instellen voor jullie ze terugsturen.

Met vriendelijke groeten,
Bart Claessens
ICT-coördinator Sint-Pieterscollege Herent"""),
  rules=["password"], note="BIOS password of the pupils' devices to the vendor's service desk", fmt=["plain"],
  group="password")

M("voicemail-pincode", "2025-09-05 09:02", SP("mhe"), [SP("yba")], "toestel D.204", t("""
Dag Youssef,

Je vaste toestel in lokaal D.204 heeft intern nummer 214. Voor je voicemail druk je op de knop met de enveloppe, de pincode is 8521. Daarna vraagt hij om zelf een nieuwe te kiezen.

Marleen"""),
  rules=["password"], note="voicemail PIN (internal extension 214 is not a phone number)", fmt=["plain"], group="password")

M("chemicalienkast-code", "2025-09-08 07:55", SP("eja"), [SP("hve")], "labo C.110", t("""
Hanne,

De chemicaliënkast in het labo (C.110) gaat open met code 4-1-1-9. De zuren staan op de onderste plank, de sleutel van de zuurkast hangt binnenin.
Veel succes met je eerste practicum!

Evelien

Verzonden vanaf mijn iPad"""),
  rules=["password"], note="lock code of the chemicals cabinet", fmt=["plain"], mailer="apple", group="password")

_infodoc = docx([
    "Praktische info nieuwe personeelsleden 2025-2026",
    "Welkom op Sint-Pieterscollege Herent!",
    "Lesuren: 8u25 - 15u55, woensdag tot 12u05.",
    "Wifi personeel: SPC-Personeel - sleutel Dijle-Herent#2025",
    "Alarm hoofdingang (als je als eerste binnenkomt): 6291 + OFF, bij vertrek 6291 + ON.",
    "Kopieercodes: vraag ze aan Marleen op het onthaal.",
    "Sleutelkastje leraarskamer: code 0852.",
    "Afwezigheden: voor 7u45 melden aan het secretariaat.",
    "Toezichten: zie de planning in Smartschool > Intradesk > Toezichten.",
])
M("praktische-info-nieuwe-collegas", "2025-08-25 11:05", SP("pgo"), [SP("jds"), SP("hve"), SP("yba")],
  "Praktische info voor de start", t("""
Beste Jasper, Hanne en Youssef,

In bijlage een document met de belangrijkste praktische afspraken. Lees het zeker eens door voor de startvergadering van vrijdag. Jullie meter/peter neemt contact op in de loop van de week.

Tot vrijdag!
Pieter

""") + sig("pgo"), atts=[("Praktische info nieuwe personeelsleden 2025-2026.docx",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _infodoc)],
  rules=["password"], note="harmless body; the attached .docx lists the staff Wi-Fi key, the alarm code and the key-box code",
  fmt=["attachment-docx", "plain"], group="password")


def _okan_accounts():
    rng = random.Random(919)
    lines = ["Accounts OKAN - schooljaar 2025-2026", "gebruikersnaam / startwachtwoord", ""]
    for p in sorted([p for p in ROSTER if p["cls"] == "OKAN"], key=lambda p: norm(p["last"])):
        lines.append(f"{p['first']} {p['last']}: {p['mail'].split('@')[0]} / Welkom{rng.randint(100, 999)}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


M("accounts-okan-txt", "2025-09-01 09:40", ICT, [SP("nve")], "accounts nieuwkomers", t("""
Nadia,

Zoals afgesproken de accounts van de OKAN-leerlingen in een txt, dan kan je ze afdrukken en knippen. De drie die later instromen volgen nog.

ICT-team"""), atts=[("accounts_OKAN.txt", "text/plain", _okan_accounts())],
  rules=["password"], note="start passwords of the newcomer class in a .txt attachment", fmt=["attachment-txt", "plain"],
  group="password")

M("slagboom-bus-onthaaldag", "2025-08-28 13:26", SP("pgo"), [("Planning Autocars Dijlevallei", "planning@autocarsdijlevallei.be")],
  "Onthaaldag 2/9 - bussen en toegang achteringang", t("""
Goeiedag,

Ter bevestiging van de bestelling voor de onthaaldag op dinsdag 2 september: 3 bussen van 60 plaatsen, vertrek aan de school om 9u00, terug om 15u30.

De bussen mogen via de achteringang in de Kapelstraat op de speelplaats draaien. De slagboom opent met code 1209*. Gelieve die door te geven aan de chauffeurs.

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur"""),
  rules=["password"], note="barrier code given to an external bus company", fmt=["plain"], group="password")

M("cijferslot-laptopkar", "2025-09-10 10:14", SP("eja"), [SP("hve")], "laptopkar", t("""
Hoi,
Het cijferslot van de laptopkar in C.108: drie - zeven - één - negen.
(Niet verder vertellen aan 3STEM, ze proberen het elk jaar...)
E."""),
  rules=["password"], note="padlock code spelled out in words", fmt=["plain"], group="password")

M("wachtwoord-onthaal-pc", "2025-09-01 08:03", SP("ime"), [("Kaat Smeets", "kaat.smeets@sintpieterscollege.be")],
  "onthaal-pc", t("""
Dag Kaat,

Welkom! Voor de onthaal-pc (gebruiker "onthaal"): het wachtwoord is een hoofdletter S, dan t-r-o-o-m, dan het jaartal 2025 en als laatste een sterretje.
Niet op een post-it aan het scherm hangen aub :-)

Ilse"""),
  rules=["password"], note="password spelled out letter by letter", fmt=["plain"], group="password")
# --------------------------------------------------------------------------------------------
# B. look-alikes of credentials - 15 (must not fire password)
# --------------------------------------------------------------------------------------------
M("wachtwoord-verloopt-personeel", "2025-09-15 07:30", ICT, [], "Je wachtwoord verloopt binnenkort", t("""
Beste collega,

Vanaf dit schooljaar verlopen de wachtwoorden van de schoolaccounts na 365 dagen. Voor wie zijn account vorig jaar in september aanmaakte, is het dus binnenkort zover.

Zo wijzig je je wachtwoord:
- op een schoollaptop: Ctrl + Alt + Del > Wachtwoord wijzigen
- thuis: surf naar https://aka.ms/sspr en volg de stappen

Kies een lange zin die je makkelijk onthoudt en gebruik ze nergens anders.

Belangrijk: het ICT-team of de directie zal je nooit vragen om je wachtwoord per mail, Smartschool-bericht of telefoon door te geven. Krijg je zo'n vraag, meld het dan aan privacy@lksd.ksleuven.be.

ICT-team"""), html=True, bcc=[PERSONEEL], to_header="undisclosed-recipients:;",
  rules=[], note="look-alike: password-expiry notice without any password; staff list in BCC only",
  fmt=["alt", "bcc-envelope"], group="lookalike")

M("re-coaccount-wachtwoord-kwijt", "2025-09-04 14:55", SP("ime"), [par("hamza_aitouali")], "RE: wachtwoord kwijt",
  t("""
Beste meneer Ait Ouali,

U kan het wachtwoord van uw co-account zelf opnieuw instellen: klik op de aanmeldpagina van Smartschool op "Wachtwoord vergeten?" en vul de gebruikersnaam van Hamza in. U krijgt dan een link op dit e-mailadres.

Lukt het niet, dan maken wij een nieuw wachtwoord aan. Dat geven we niet per mail door: u kan het afhalen aan het onthaal met uw identiteitskaart, elke schooldag tussen 8u en 16u30.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat""") + q_gmail("Rachid Ait Ouali <aitouali.rachid@gmail.com>", "do 4 sep 2025 om 13:02", t("""
Goedendag,
Ik ben het wachtwoord van mijn co-account kwijt. Kunt u het mij sturen?
Hamza zit in 2A3.
Dank u
Rachid""")), reply="CAF3vQ1x0b33aitouali@mail.gmail.com",
  rules=[], about=["hamza_aitouali"],
  note="look-alike: explains how to reset a password and refuses to mail it; correctly addressed to the pupil's father",
  fmt=["reply", "plain"], group="lookalike")

M("bestelling-laptops-levering", "2025-08-20 11:22", SP("bcl"), [("Verkoop EduDevice", "verkoop@edudevice.be")],
  "Bestelling LS-2025-08813 - levering", t("""
Goeiedag,

Ter bevestiging: bestelling LS-2025-08813, 142 toestellen Lenovo 300w Gen 4 met hoes, ons PO-nummer 2025/0417.
Levering graag op woensdag 27/8 tussen 8u en 12u aan de achteringang (Kapelstraat), lokaal A.012.

Factuuradres: VZW LKSD, t.a.v. boekhouding Sint-Pieterscollege, Molenstraat 12, 3020 Herent.

Met vriendelijke groeten,
Bart Claessens"""),
  rules=[], note="look-alike: order and PO numbers, no secret", fmt=["plain"], group="lookalike")

M("kluisje-julie-zonder-code", "2025-09-02 16:20", SP("tve"), [par("julie_smolders")], "Kluisje Julie", t("""
Beste mevrouw Smolders,

Julie kreeg kluisje 214 in gang C (bij de lokalen van de 2de graad). De code krijgt ze morgen van haar titularis in de klas; die sturen we bewust niet per mail.
Extra sleutels of reservecodes zijn er niet, dus ze houdt de code best voor zichzelf.

Met vriendelijke groeten,
Tom Verhaegen
Leerlingbegeleider"""),
  rules=[], about=["julie_smolders"], note="look-alike: locker number only, the code is explicitly not mailed",
  fmt=["plain"], group="lookalike")

_vakcodes = [["Klas", "Vak", "Vakcode Smartschool", "Lokaal"],
             ["1A1", "Nederlands", "NED-1A1", "A.103"], ["1A2", "Wiskunde", "WIS-1A2", "B.204"],
             ["1A3", "Aardrijkskunde", "AAR-1A3", "B.112"], ["1A4", "Engels", "ENG-1A4", "A.105"],
             ["3STEM", "Fysica", "FYS-3STEM", "C.110"], ["4ELM", "Elektromechanica", "ELM-4ELM", "C.014"]]
M("vakcodes-smartschool", "2025-08-27 15:40", SP("pgo"), [SP("sla"), SP("jmo"), SP("sdc"), SP("ewy")],
  "Vakcodes en klascodes in Smartschool", t("""
Dag titularissen,

De vakcodes in Smartschool zijn aangepast aan de nieuwe lessentabel. Gebruik in de agenda altijd de vakcode + klascode (bv. WIS-1A2), anders komt de taak niet in de juiste planner terecht.

""") + table_text(_vakcodes) + "\n\nGroeten,\nPieter\n",
  html=to_html("Dag titularissen,\n\nDe vakcodes in Smartschool zijn aangepast aan de nieuwe lessentabel. Gebruik in de "
               "agenda altijd de vakcode + klascode (bv. WIS-1A2), anders komt de taak niet in de juiste planner terecht.\n"
               ).replace("</div></body></html>", html_table(_vakcodes) +
                         '<p class="MsoNormal">Groeten,<br>Pieter</p></div></body></html>'),
  rules=[], note="look-alike: course codes, class codes and room numbers", fmt=["alt", "html-table"], group="lookalike")

M("schoolrekening-mededeling-emma", "2025-09-19 10:05", BOEK, [par("emma_peeters", 2)],
  "Eerste schoolrekening Emma Peeters (2A1)", t("""
Beste meneer Peeters,

De eerste schoolrekening van Emma (2A1) staat klaar in Smartschool onder "Schoolrekening". Het bedrag (boeken, werkboeken en de onthaaldag) is 214,60 EUR.

Gelieve bij de betaling de gestructureerde mededeling """) + ogm(2509190412) + t(""" te vermelden; het rekeningnummer staat bovenaan de factuur.

Met vriendelijke groeten,
Boekhouding Sint-Pieterscollege"""),
  rules=[], about=["emma_peeters"],
  note="look-alike: structured payment reference, no IBAN and no secret; to Emma's father (ouder 2, his address does not match the other Peeters family)",
  fmt=["plain"], group="lookalike")

_teams = t("""
<html><head><meta charset="utf-8"></head><body>
<p>Beste mevrouw Chahid,</p>
<p>Zoals telefonisch afgesproken plannen we het kennismakingsgesprek voor de inschrijving van Bilal in 3ECO via Teams, op donderdag 21 augustus om 10u00. Ik overloop met u het lessenpakket, het uurrooster en de praktische afspraken voor de eerste schooldag.</p>
<p>Met vriendelijke groeten,<br>Pieter Goossens<br>Adjunct-directeur</p>
<div style="width:100%">
<hr>
<p style="font-size:20px;font-family:'Segoe UI'">Microsoft Teams <a href="https://aka.ms/JoinTeamsMeeting">Hulp nodig?</a></p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZWE0ZGQtYjMzLTQ1YzktOGU0OC1kZjEyYjMzMjEx%40thread.v2/0">Nu deelnemen aan de vergadering</a></p>
<p>Vergaderings-ID: 364 118 229 07<br>Wachtwoordcode: Xb4Pq9</p>
<hr>
<p style="font-size:12px"><a href="https://aka.ms/JoinTeamsMeeting">Meer informatie</a> | <a href="https://teams.microsoft.com/meetingOptions/">Vergaderopties</a></p>
</div>
</body></html>""")
M("teams-kennismaking-bilal", "2025-08-19 16:11", SP("pgo"), [par("bilal_chahid")],
  "Kennismakingsgesprek inschrijving Bilal - Teams", t("""
Beste mevrouw Chahid,

Zoals telefonisch afgesproken plannen we het kennismakingsgesprek voor de inschrijving van Bilal in 3ECO via Teams, op donderdag 21 augustus om 10u00. Ik overloop met u het lessenpakket, het uurrooster en de praktische afspraken voor de eerste schooldag.

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur

________________________________________________________________________________
Microsoft Teams Hulp nodig? <https://aka.ms/JoinTeamsMeeting>
Nu deelnemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZWE0ZGQtYjMzLTQ1YzktOGU0OC1kZjEyYjMzMjEx%40thread.v2/0>
Vergaderings-ID: 364 118 229 07
Wachtwoordcode: Xb4Pq9
________________________________________________________________________________
Meer informatie <https://aka.ms/JoinTeamsMeeting> | Vergaderopties <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""), html=_teams,
  rules=[], about=["bilal_chahid"],
  note="look-alike: Teams meeting invitation whose passcode is part of the invitation (allowed); no dial-in numbers",
  fmt=["alt", "meeting-invite"], group="lookalike")

M("lokaalwijzigingen-week2", "2025-09-05 15:02", SP("pgo"), [SP("jmo"), SP("eja"), SP("dsm"), SP("wde")],
  "lokaalwijzigingen vanaf maandag", t("""
Collega's,

Door de werken aan de ramen in blok B zijn er vanaf maandag 8/9 enkele lokaalwijzigingen:

1A2 (klaslokaal) B.204 -> A.108
3STEM fysica B.210 -> C.110 (labo)
4ELM theorie B.215 -> C.016
Studie 8ste uur: refter i.p.v. B.201

Het uurrooster in Smartschool is al aangepast. Hang aub ook een briefje aan de deur van je oude lokaal.

Pieter"""),
  rules=[], note="look-alike: room numbers and class codes only", fmt=["plain"], group="lookalike")

M("re-geen-wachtwoord-bij-laptop", "2025-09-03 09:12", ICT, [par("tibo_verhoeven", 2)], "RE: Laptop Tibo - wachtwoord?",
  t("""
Beste meneer Verhoeven,

Er wordt geen wachtwoord meegegeven met het toestel. Tibo kiest bij de eerste opstart in de klas zelf een pincode, onder begeleiding van zijn titularis. Thuis hoeft u dus niets in te stellen.

Vergeet hij zijn pincode, dan kan hij die met zijn schoolaccount opnieuw instellen of langskomen bij ICT in A.012.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege
""") + q_outlook("Dries Verhoeven", "dries.verhoeven@telenet.be", "woensdag 3 september 2025 07:51",
                 "ict@spc.ksleuven.be", "Laptop Tibo - wachtwoord?", t("""
Goeiemorgen,
Tibo (1A2) heeft gisteren zijn laptop gekregen maar er zat geen briefje met een wachtwoord bij. Moeten wij dat ergens opvragen?
Groeten,
Dries Verhoeven""")), reply="000a01dc1c7e$5a1b2c30$0e3d8490$@telenet.be",
  rules=[], about=["tibo_verhoeven"], note="look-alike: says there is no password to send; correctly addressed to Tibo's father",
  fmt=["reply", "plain"], group="lookalike")

M("buskaart-lore-abonnementsnummer", "2025-09-04 11:35", SP("ime"), [par("lore_vermeiren")], "Buskaart Lore", t("""
Beste mevrouw Vermeiren,

De schoolbuskaart van Lore (2A1) is aangevraagd bij Busdienst Dijleland, abonnementsnr. MOB-7781-2204. Lore kan de kaart vanaf maandag 8/9 afhalen aan het onthaal. Tot dan mag ze de bus nemen met het inschrijvingsbewijs dat ze vandaag meekreeg.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=[], about=["lore_vermeiren"], note="look-alike: bus subscription number opens nothing; correct parent",
  fmt=["plain"], group="lookalike")

M("badge-youssef", "2025-08-27 08:44", SP("lwi"), [SP("yba")], "je badge", t("""
Dag Youssef,

Je badge (nr. 004512) ligt aan het onthaal. Toegang: blok A en B, van 7u tot 18u30. De sporthal en de labo's zitten er niet op.
Verlies je hem, meld het dan meteen aan het onthaal zodat we hem kunnen blokkeren.

Luc"""),
  rules=[], note="look-alike: badge number, no code", fmt=["plain"], group="lookalike")

M("track-and-trace-laptops", "2025-08-26 10:48", SP("bcl"), [SP("jmo")], "toestellen onderweg", t("""
Jeroen,

De reservetoestellen voor 1A2 zijn onderweg, track & trace 3SDEV0012345678. Zodra ze binnen zijn, laat ik het weten.

Bart"""),
  rules=[], note="look-alike: parcel tracking number", fmt=["plain"], group="lookalike")

M("phishing-waarschuwing-mailbox-vol", "2025-09-11 12:15", ("Privacy LKSD", "privacy@lksd.ksleuven.be"), [],
  "Opgelet: valse mail 'Uw mailbox is vol'", t("""
Beste collega's,

Sinds vanmorgen circuleert een valse mail met als onderwerp "Uw mailbox is vol - actie vereist". Er staat een knop in om je "quota te verhogen"; die leidt naar een namaakpagina van Microsoft die je wachtwoord probeert te stelen.

- Klik niet op de link en geef nergens je wachtwoord in.
- Niemand van Stroom zal je ooit vragen om je wachtwoord per mail te bezorgen.
- Heb je toch al iets ingevuld? Wijzig dan meteen je wachtwoord en meld het aan privacy@lksd.ksleuven.be of aan het ICT-team van je school.

Bedankt om alert te blijven!

Aanspreekpunt informatieveiligheid
LKSD - Stroom"""), bcc=[PERSONEEL], to_header="undisclosed-recipients:;",
  rules=[], note="look-alike: phishing warning from the DPO about passwords, no password; staff list in BCC",
  fmt=["plain", "bcc-envelope"], group="lookalike")

M("startcode-per-sms-fien", "2025-08-29 10:17", ICT, [par("fien_maes")], "Uw co-account voor Fien", t("""
Beste mevrouw Maes,

De startcode voor uw co-account van Fien (1A3) werd vandaag per sms verstuurd naar het gsm-nummer dat bij de inschrijving werd opgegeven. Met die code kan u een eigen wachtwoord instellen.

Hebt u geen sms ontvangen, kom dan even langs aan het onthaal; om veiligheidsredenen bezorgen we de code niet via e-mail.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege"""),
  rules=[], about=["fien_maes"],
  note="look-alike: says a start code was sent by SMS but does not contain it; correct Maes family",
  fmt=["plain"], group="lookalike")

M("forgot-password-sofiia", "2025-09-17 16:02", SP("nve"), [par("sofiia_kovalenko")], "Re: Sofiia password",
  t("""
Dear Mrs Kovalenko,

No problem, this happens a lot in the first weeks! If Sofiia forgot her password, she can click "Wachtwoord vergeten?" (Forgot password?) on the Smartschool login page. She will receive a link in her school mailbox, which she can open on the computers in the library.

She can also ask me tomorrow in class; I will reset it together with her. Please never send passwords by e-mail or WhatsApp.

Kind regards,
Nadia Verstraeten""") + q_gmail("Olena Kovalenko <olena.kovalenko@gmail.com>", "Wed, 17 Sept 2025 at 14:40", t("""
Hello, Sofiia cannot login Smartschool, she forgot the password. What can we do?
Olena"""), lang="en"), reply="CAE8b33Kov4lenk0@mail.gmail.com",
  rules=[], about=["sofiia_kovalenko"], lang="en", mailer="outlook-en",
  note="look-alike in English: explains how to reset, no password; correct parent (mother of two pupils)",
  fmt=["reply", "plain"], group="lookalike")
# --------------------------------------------------------------------------------------------
# C. sensitive facts about identifiable pupils - 45 (6 of them misdirected)
# --------------------------------------------------------------------------------------------
M("kobe-thuissituatie-1a4", "2025-09-03 16:40", SP("ewy"), [SP("kle"), SP("yba"), SP("hve"), SP("jds")],
  "1A4 - Kobe Hermans", t("""
Collega's,

Even ter info na het intakegesprek met de mama van Kobe Hermans (1A4): de ouders zijn sinds het voorjaar gescheiden en Kobe woont week om week bij mama in Wijgmaal en bij papa in Herent. Hij vergeet daardoor soms zijn turngerief of een handboek; wees in het begin een beetje mild en laat hem gerust iets lenen.

Beide ouders willen alle berichten via Smartschool ontvangen, dus graag niets enkel via Kobe meegeven.

Meer info in het LVS.

Els
"""), cc=[SP("tve")],
  rules=["sensitive"], cats=["family"], about=["kobe_hermans"],
  note="divorce and week-on-week custody of a named pupil, shared with colleagues", fmt=["plain"], group="sensitive")

M("fwd-overdracht-marie-dewitte", "2025-08-26 09:15", SP("ldw"), [SP("jmo")], "TR: overdracht Marie Dewitte",
  t("""
Jeroen, Tom,

Ter info voor de start: Marie komt in jouw klas (1A2). Hieronder de mail van haar vroegere school. Ik noteer het ook in het LVS. Laten we dit niet klassikaal vermelden, papa vraagt dat expliciet.

Leen
""") + q_fwd_outlook("Annemie Raes <zorg@vbs-sintjozef-winksele.be>", "maandag 25 augustus 2025 17:02",
                     "Leen De Wilde <leen.dewilde@sintpieterscollege.be>", "overdracht Marie Dewitte", t("""
Dag Leen,

Zoals beloofd nog even over Marie Dewitte, die bij jullie start in het eerste jaar.

De mama van Marie is in juni overleden na een lange ziekte. Marie was in het 6de leerjaar veel afwezig en heeft het moeilijk gehad, maar ze deed het op het einde van het jaar opnieuw goed. Papa zorgt nu alleen voor Marie en haar jongere broer; de grootouders helpen veel.

Papa heeft gevraagd om het overlijden niet in de klas te bespreken tenzij Marie er zelf over begint.

Vriendelijke groeten,
Annemie Raes
Zorgcoördinator VBS Sint-Jozef Winksele
Tel. 016 49 11 72""")), cc=[SP("tve")],
  rules=["sensitive", "personal_data"], cats=["family"], about=["marie_dewitte"],
  note="forward of the primary school's handover: death of the pupil's mother; the primary school's phone number is in the quoted signature",
  fmt=["forward", "plain"], group="sensitive")

M("re-vonnis-ophalen-lucas", "2025-08-29 11:20", SP("ime"), [par("lucas_boon")], "RE: Lucas Boon - ophalen", t("""
Beste meneer Boon,

Dank u voor het doorsturen. We hebben het vonnis van de familierechtbank goed ontvangen en in het dossier van Lucas bewaard. Het onthaal en zijn titularis, mevrouw Wyns, weten dat enkel u of zijn grootmoeder Lucas aan de school mogen ophalen, en dat zijn moeder geen toegang heeft tot Smartschool.

Mocht er iets voorvallen, dan contacteren we u meteen.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat""") + q_gmail("Steven Boon <boon.steven@gmail.com>", "do 28 aug 2025 om 21:47", t("""
Goedenavond,

In bijlage het vonnis van de familierechtbank. Ik heb het exclusieve ouderlijk gezag over Lucas (1A4). Zijn moeder mag hem niet ophalen aan de school en mag ook geen info krijgen. Kan de school daar rekening mee houden?

Steven Boon""")), reply="CAB8b33boonV0nnis@mail.gmail.com",
  rules=["sensitive"], cats=["family"], about=["lucas_boon"],
  note="court ruling on parental authority; reply to the pupil's father (correctly addressed)",
  fmt=["reply", "plain"], group="sensitive")

M("pleeggezin-jana", "2025-08-21 15:35", SP("ime"), [par("jana_kumps")], "Gegevens Jana aangepast", t("""
Beste mevrouw Vandevelde,

Bedankt voor het gesprek van vanmorgen. We hebben in Smartschool aangepast dat Jana (2A3) sinds juli in uw pleeggezin woont. Vanaf nu ontvangt enkel u het rapport, de schoolrekening en de berichten; haar biologische moeder krijgt geen co-account meer, zoals de jeugdrechter besliste.

De begeleider van de pleegzorgdienst mag ons altijd contacteren.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=["sensitive"], cats=["family"], about=["jana_kumps"],
  note="foster placement of a named pupil; to the foster mother, who is parent 1 in the roster (correct; address does not spell the pupil's surname)",
  fmt=["plain"], group="sensitive")

M("dylan-vader-gevangenis", "2025-09-04 12:58", SP("tve"), [SP("ldw")], "Dylan V. 3TW", t("""
Leen,

Even voor het LVS: de papa van Dylan Verstraete (3TW) zit sinds juli in de gevangenis van Leuven-Centraal. Mama vertelde het gisteren tijdens het gesprek; Dylan weet dat wij het weten.

Ze heeft het financieel moeilijk sinds papa weg is en vroeg of ze de schoolrekening in schijven mag betalen. Kan jij dat bij Greet aankaarten of zal ik het doen?

Tom"""),
  rules=["sensitive"], cats=["family", "financial"], about=["dylan_verstraete"],
  note="father in prison and mother asking for a payment plan, internal", fmt=["plain"], group="sensitive")

M("zorgmelding-sara-clb", "2025-09-10 10:41", SP("ldw"), [("Annelies Verbruggen", "annelies.verbruggen@clbdijleland.be")],
  "Dringend - Sara Haddouchi 2A2", t("""
Dag Annelies,

Sara Haddouchi (2A2) vertelde vanmorgen aan haar titularis dat haar papa thuis haar mama slaat en dat ze niet graag naar huis gaat. Ze heeft blauwe plekken gezien bij mama, niet bij zichzelf.

We willen dit vandaag nog samen bekijken. Kan je om 14u langskomen? We hebben de ouders nog niet gecontacteerd.

Leen

Leen De Wilde
Zorgcoördinator"""),
  rules=["sensitive"], cats=["family"], about=["sara_haddouchi"],
  note="domestic violence disclosed by a named pupil, to the CLB worker", fmt=["plain"], group="sensitive")

M("nieuw-adres-emma", "2025-08-25 14:12", SP("ime"), [par("lotte_peeters")], "Nieuw adres Emma", t("""
Beste mevrouw Peeters,

Zoals gevraagd hebben we na de scheiding het adres van Emma Peeters (2A1) aangepast: Emma woont voortaan hoofdzakelijk bij u in de Kerkstraat, post voor haar papa gaat naar zijn nieuwe adres in Kessel-Lo.

De regeling die u bezorgde (verblijf bij papa om het andere weekend) zit in haar dossier.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=["sensitive", "recipient"], cats=["family"], about=["emma_peeters"], mis=True,
  note="divorce and residence of Emma Peeters sent to an.peeters@skynet.be, mother of Lotte/Arne Peeters (other family); Emma's parents are els.vanhove@ and bart.peeters7@",
  fmt=["plain"], group="sensitive")

M("yonas-voogd-start-okan", "2025-09-01 14:30", SP("nve"), [par("yonas_tesfay")], "Start Yonas in OKAN", t("""
Beste Karel,

Yonas Tesfay (geboren op 12/03/2010) is vandaag goed gestart in onze OKAN-klas. Zoals je weet verblijft hij in het opvangcentrum in Kessel-Lo en is er geen contact met zijn ouders in Eritrea. Als voogd ontvang jij dus alle documenten: het leerlingenreglement, de schoolrekening en later het rapport.

Hij was stil vandaag maar heeft al een vriend gevonden die Tigrinya spreekt.

Kan je het formulier voor de schoolverzekering nog ondertekenen en meegeven?

Groeten,
Nadia Verstraeten
OKAN"""),
  rules=["sensitive", "personal_data"], cats=["family"], about=["yonas_tesfay"],
  note="unaccompanied minor in a reception centre with a guardian (no contact with parents); date of birth; to the guardian who is parent 1 in the roster",
  fmt=["plain"], group="sensitive")

M("facture-separation-ines", "2025-09-08 09:50", BOEK, [par("ines_dufour")], "Facture scolaire d'Inès", t("""
Madame Dufour,

Suite à votre séparation, nous enverrons désormais la facture scolaire d'Inès (2A1) aux deux parents, chacun pour la moitié, comme le prévoit le jugement que vous nous avez transmis.

Vous nous avez signalé que M. Dufour ne paie plus sa part depuis mars. Pour le solde de l'année passée (148,20 EUR), un plan de paiement est possible : par exemple trois versements de 49,40 EUR. Faites-nous savoir si cela vous convient.

Bien cordialement,
Greet Van Roey
Comptabilité - Sint-Pieterscollege Herent"""), charset="windows-1252", enc="qp",
  rules=["sensitive"], cats=["family", "financial"], about=["ines_dufour"], lang="fr",
  note="separation of the parents and an unpaid balance with a payment plan, in French (cp1252, quoted-printable), to the mother",
  fmt=["plain-cp1252", "plain-qp"], group="sensitive")

_aandacht = [["Leerling", "Aandachtspunt", "Afspraak"],
             ["Fien Maes", "ouders gescheiden, facturen en rapport naar beide adressen", "-"],
             ["Noah Janssens", "ADHD, medicatie 's middags (in secretariaat)", "vooraan zitten, korte opdrachten"],
             ["Grâce Mukendi", "ernstige notenallergie, EpiPen in secretariaat en in boekentas", "klas informeren na akkoord mama"],
             ["Daan Verlinden", "ASS (diagnose 2023)", "vaste plaats, planning op het bord, rustige plek middag"],
             ["Nore Vandeputte", "nieuw samengesteld gezin, halfbroer Wannes in 3TW", "berichten naar beide ouders apart"]]
M("aandachtspunten-klaslijst-1a3", "2025-08-29 10:05", SP("ldw"), [SP("sdc")], "Aandachtspunten 1A3", t("""
Dag Stijn,

Hierbij de aandachtspunten voor jouw klas, op basis van de overdracht van de lagere scholen en de intakegesprekken. Enkel voor jou als titularis; de vakleerkrachten krijgen een kortere versie via het LVS.

""") + table_text(_aandacht) + "\n\nGroetjes,\nLeen\n",
  html=to_html("Dag Stijn,\n\nHierbij de aandachtspunten voor jouw klas, op basis van de overdracht van de lagere scholen "
               "en de intakegesprekken. Enkel voor jou als titularis; de vakleerkrachten krijgen een kortere versie via het LVS.\n"
               ).replace("</div></body></html>", html_table(_aandacht) +
                         '<p class="MsoNormal">Groetjes,<br>Leen</p></div></body></html>'),
  rules=["sensitive"], cats=["family", "care", "medical"],
  about=["fien_maes", "noah_janssens", "grace_mukendi", "daan_verlinden", "nore_vandeputte", "wannes_goris"],
  note="Outlook table of pupils with family situation, ADHD/ASS and allergy/medication, to the class teacher",
  fmt=["alt", "html-table"], group="sensitive")

M("fwd-uitsluiting-rayan", "2025-08-22 11:44", SP("pgo"), [SP("tve"), SP("ldw")], "TR: Rayan El Idrissi - info vorige school",
  t("""
Tom, Leen,

Ter info over Rayan, die we inschrijven in 3TW. Ik heb maandag een gesprek met hem en zijn mama. Graag jullie erbij.

Pieter
""") + q_fwd_outlook("Directie TI Sint-Victor <directie@ti-sintvictor-kortenberg.be>", "donderdag 21 augustus 2025 16:18",
                     "Pieter Goossens <pieter.goossens@sintpieterscollege.be>", "Rayan El Idrissi", t("""
Geachte collega,

Op uw vraag: Rayan El Idrissi werd op 24 juni definitief uitgesloten uit onze school na een vechtpartij op de speelplaats waarbij een medeleerling gewond raakte. De politie heeft een PV opgesteld en het jeugdparket werd ingelicht. Eerder dat jaar was er al een tijdelijke uitsluiting wegens bedreigingen aan een leerkracht.

Het tuchtdossier kan via het CLB worden opgevraagd.

Met vriendelijke groeten,
Geert Lemaire
Directeur TI Sint-Victor
Tel. 02 759 44 10""")),
  rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["rayan_elidrissi"],
  note="forward of the previous school's mail: expulsion after violence, police report; landline in the quoted signature",
  fmt=["forward", "plain"], group="sensitive")

M("overdracht-pesten-lina", "2025-08-28 17:22", SP("ldw"), [SP("jmo"), SP("sdc")], "Lina (1A2) en Jorben (1A3)", t("""
Jeroen, Stijn,

Uit de overdracht van de lagere school: Lina Bouzid (1A2) werd in het 5de en 6de leerjaar zwaar gepest, vooral online via een klasgroep. Een van de daders was Jorben Wyns, die nu bij ons in 1A3 zit. Daarom hebben we ze bewust in een andere klas gezet.

Graag extra alert tijdens de speeltijden en op de bus van de onthaaldag. Lina's ouders weten dat we op de hoogte zijn.

Leen"""),
  rules=["sensitive"], cats=["psychosocial"], about=["lina_bouzid", "jorben_wyns"],
  note="bullying victim and perpetrator named, internal", fmt=["plain"], group="sensitive")

M("ella-zelfverwonding", "2025-09-02 13:14", SP("ldw"), [SP("tve")], "Ella VdB 4STEM - vertrouwelijk", t("""
Tom,

Mama van Ella Van den Broeck (4STEM) belde me deze middag. Ella heeft zichzelf tijdens de zomer meermaals verwond en is sinds half augustus in begeleiding bij een psycholoog van het CGG.

Afspraken met mama en Ella:
- bij moeilijke momenten mag ze zonder uitleg naar het zorglokaal (B.003);
- LO in lange mouwen is oké, Kris is ingelicht zonder details;
- wekelijks kort contact met jou, donderdag 4de uur.

Ik zet het in het LVS, afgeschermd.

Leen
"""), cc=[SP("pgo")],
  rules=["sensitive"], cats=["psychosocial", "care"], about=["ella_vandenbroeck"],
  note="self-harm and therapy with a psychologist, with care arrangements", fmt=["plain"], group="sensitive")

M("re-faalangst-ruben", "2025-09-05 19:12", SP("sla"), [par("ruben_michiels")], "RE: Ruben", t("""
Beste mevrouw Geerts,

Dank u om dit te laten weten. Ik heb Ruben vandaag even apart genomen na de les; hij gaf zelf aan dat de toetsen hem schrik aanjagen. We spreken af dat hij de komende weken zijn planning met mij overloopt op maandag, en dat hij in de klas een vaste plaats vooraan krijgt.

Ik breng ook onze leerlingbegeleider, meneer Verhaegen, op de hoogte. Hij neemt volgende week contact met u op.

Met vriendelijke groeten,
Sarah Lambrechts
Titularis 1A1
""") + q_outlook("Katrien Geerts", "katrien.geerts@gmail.com", "donderdag 4 september 2025 22:03",
                 "Sarah Lambrechts", "Ruben", t("""
Beste juf Lambrechts,

Ik wil u graag iets laten weten over Ruben. Hij heeft sinds het einde van het 6de leerjaar veel faalangst. Hij slaapt slecht, heeft buikpijn en huilt 's ochtends voor hij naar school moet. De eerste schoolweek was zwaar.

Zou u hem een beetje in het oog willen houden? U mag me altijd bellen op 0472 18 55 90.

Vriendelijke groeten,
Katrien Geerts (mama van Ruben)""")), reply="CAJ8b33ruben@mail.gmail.com",
  rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["ruben_michiels"],
  note="anxiety and school refusal; reply to the mother (address does not spell the pupil's surname); her mobile number in the quoted mail",
  fmt=["reply", "plain"], group="sensitive")

M("schorsing-noah-janssens", "2025-09-09 16:20", SP("pgo"), [par("noah_janssens", 2)], "Noah - preventieve schorsing",
  t("""
Beste meneer Janssens,

Zoals daarnet telefonisch besproken: Noah (1A3) heeft vandaag tijdens de middagpauze een medeleerling meermaals geslagen. De leerling werd verzorgd in het EHBO-lokaal.

Noah wordt preventief geschorst op woensdag 10 en donderdag 11 september. Hij krijgt taken mee via Smartschool. Op vrijdag 12 september om 8u15 verwachten we u en Noah voor een gesprek met mij en de leerlingbegeleider, meneer Verhaegen.

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur"""),
  rules=["sensitive"], cats=["psychosocial"], about=["noah_janssens"],
  note="behaviour incident with preventive suspension, to the pupil's own father (another Noah Jansen exists in 2A2)",
  fmt=["plain"], group="sensitive")

M("politie-senne-winkeldiefstal", "2025-09-15 08:32", SP("tve"), [SP("pgo")], "Senne Lauwers", t("""
Pieter,

De wijkagent van Herent belde net: Senne Lauwers (4ELM) werd zaterdag door de politie thuisgebracht na een winkeldiefstal in een supermarkt in Leuven, samen met twee jongens van een andere school. Er is een PV opgesteld, het jeugdparket is ingelicht.

Mama vraagt discretie. Ik zie Senne vandaag het 3de uur.

Tom"""),
  rules=["sensitive"], cats=["psychosocial"], about=["senne_lauwers"],
  note="police involvement with a named pupil", fmt=["plain"], group="sensitive")

M("opvolging-noah-na-schorsing", "2025-09-12 14:05", SP("tve"), [par("noah_jansen")], "Opvolging Noah Janssens", t("""
Beste ouders,

Dank u voor het gesprek van vanmorgen. Zoals afgesproken na de schorsing van Noah Janssens (1A3):

- de komende twee weken blijft Noah tijdens de middagpauze in de studie;
- elke vrijdag overlopen we samen zijn volgkaart;
- bij een nieuw incident volgt een tuchtprocedure.

Een kopie van het begeleidingscontract vindt u in Smartschool.

Met vriendelijke groeten,
Tom Verhaegen
Leerlingbegeleider"""),
  rules=["sensitive", "recipient"], cats=["psychosocial"], about=["noah_janssens"], mis=True,
  note="follow-up of Noah Janssens' suspension sent to jansen.family@gmail.com, parents of Noah Jansen (2A2) - autocomplete on 'Noah Jans'",
  fmt=["plain"], group="sensitive")

M("charlotte-herstart-na-opname", "2025-09-05 11:26", SP("ldw"), [SP("eja"), SP("hve"), SP("yba"), SP("jds")],
  "Charlotte Wyckmans (5WEWI) - herstart", t("""
Beste collega's van 5WEWI,

Charlotte Wyckmans start pas maandag 8/9. Ze was tijdens de zomer opgenomen op de K-dienst voor een zware depressie en wordt nog ambulant opgevolgd.

Afspraken (met akkoord van Charlotte en haar ouders):
- de eerste drie weken halftijds (voormiddagen);
- geen toetsen tot de herfstvakantie, wel de leerstof;
- ze mag de les verlaten als het te veel wordt en naar het zorglokaal gaan.

Gelieve er in de klas niets over te zeggen. Bij vragen: bij mij.

Leen De Wilde
Zorgcoördinator"""), charset="windows-1252",
  rules=["sensitive"], cats=["psychosocial", "medical", "care"], about=["charlotte_wyckmans"],
  note="depression, psychiatric admission and reasonable adjustments (cp1252 body)",
  fmt=["plain-cp1252"], group="sensitive")

M("milan-cyberpesten-vorige-school", "2025-08-21 10:02", SP("pgo"), [SP("tve")], "Milan Cools 3ECO", t("""
Tom,

Info van de vorige school van Milan Cools (3ECO): hij was er vorig jaar als dader betrokken bij een cyberpestzaak (foto's van een klasgenote verspreid via Snapchat). Er volgde een herstelgesprek en drie dagen schorsing.

Hij start hier met een schone lei, maar hou het een beetje in het oog.

Pieter"""),
  rules=["sensitive"], cats=["psychosocial"], about=["milan_cools"],
  note="cyberbullying perpetrator with sanction at previous school", fmt=["plain"], group="sensitive")

_incidenten = [["Datum", "Leerling", "Klas", "Feit", "Gevolg"],
               ["09/09", "Noah Janssens", "1A3", "medeleerling geslagen (middag)", "preventieve schorsing 2 dagen"],
               ["10/09", "Bryan Dierickx", "2B", "gsm niet afgeven, brutaal tegen leerkracht", "strafstudie woensdag"],
               ["11/09", "Aya Mansouri", "3ECO", "ruzie op de bus, medeleerling uitgescholden", "gesprek + melding ouders"],
               ["13/09", "Senne Lauwers", "4ELM", "winkeldiefstal buiten school (PV)", "opvolging LB"]]
M("overzicht-incidenten-week2", "2025-09-15 17:05", SP("tve"), [SP("pgo")], "Overzicht incidenten week 2", t("""
Pieter,

Zoals gevraagd het overzicht voor de cel leerlingenbegeleiding van donderdag.

""") + table_text(_incidenten) + "\n\nTom\n",
  html=to_html("Pieter,\n\nZoals gevraagd het overzicht voor de cel leerlingenbegeleiding van donderdag.\n").replace(
      "</div></body></html>", html_table(_incidenten) + '<p class="MsoNormal">Tom</p></div></body></html>'),
  rules=["sensitive"], cats=["psychosocial"],
  about=["noah_janssens", "bryan_dierickx", "aya_mansouri", "senne_lauwers"],
  note="table of behaviour incidents and sanctions per named pupil", fmt=["alt", "html-table"], group="sensitive")

_medatt = pdf(["Attest toediening medicatie op school", "", "Naam leerling: Mats Lemmens - klas 1A2",
               "Geneesmiddel: Rilatin 10 mg (methylfenidaat)", "Dosis en tijdstip: 1 tablet om 12u30, elke schooldag",
               "Indicatie: ADHD", "Voorschrijvend arts: dr. K. Vandenheede, kinder- en jeugdpsychiater",
               "Handtekening ouder: B. Lemmens"])
M("fwd-medicatie-mats", "2025-09-01 10:52", SP("ime"), [SP("jmo")], "TR: medicatieformulier Mats Lemmens", t("""
Jeroen, Marleen,

Ter info: Mats (1A2) krijgt elke middag zijn medicatie op het secretariaat. Het attest zit in bijlage. Jeroen, kan jij hem de eerste week om 12u30 even herinneren?

Ilse
""") + q_fwd_outlook("Bert Lemmens <lemmens.bert@proximus.be>", "zondag 31 augustus 2025 20:40",
                     "leerlingensecretariaat@spc.ksleuven.be", "medicatieformulier Mats Lemmens", t("""
Goedenavond,
In bijlage het ingevulde medicatieformulier voor Mats. Hij neemt Rilatin voor zijn ADHD, 1 tablet 's middags. De doos geef ik maandag mee.
Groeten,
Bert Lemmens""")), cc=[SP("mhe")],
  atts=[("medicatieattest_Mats_Lemmens.pdf", "application/pdf", _medatt)],
  rules=["sensitive"], cats=["medical", "care"], about=["mats_lemmens"],
  note="forward of a parent's medication form: Rilatin for ADHD, with PDF attest", fmt=["forward", "attachment-pdf"],
  group="sensitive")

M("notenallergie-grace-catering", "2025-08-29 09:12", SP("ime"), [("Keuken De Schakel", "keuken@cateringdeschakel.be")],
  "BBQ onthaaldag 2/9 - allergie", t("""
Goeiemorgen,

Voor de BBQ van de onthaaldag op dinsdag 2/9 (1ste jaar, 94 leerlingen + 12 begeleiders) nog een belangrijke vraag: Grâce Mukendi (1A3) heeft een ernstige pinda- en notenallergie met risico op anafylaxie.

Kunnen jullie voor haar een aparte schotel voorzien zonder noten en zonder sporen, apart verpakt en met haar naam erop? Ze heeft zelf een EpiPen bij zich en de begeleiders zijn verwittigd.

Graag een bevestiging.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat Sint-Pieterscollege"""),
  rules=["sensitive"], cats=["medical"], about=["grace_mukendi"],
  note="severe allergy of a named pupil sent to the external caterer", fmt=["plain"], group="sensitive")

M("diabetes-lukas-lo", "2025-08-29 15:30", SP("ldw"), [SP("kle")], "Lukas Bosmans 3STEM - diabetes", t("""
Dag Kris,

Lukas Bosmans (3STEM) heeft diabetes type 1. Hij draagt een insulinepomp en een sensor op zijn bovenarm, dus let daar op bij contactsporten.

- Voor en na LO meet hij zijn suiker op zijn gsm; hij mag zijn gsm dus bij zich hebben.
- In zijn sporttas zit altijd druivensuiker. Bij een hypo (beven, bleek, verward): meteen suiker geven en laten rusten, niet alleen naar het secretariaat sturen.
- Zwemmen is geen probleem, de pomp gaat er dan even af.

Mama geeft je graag meer uitleg als je wil.

Leen
"""), cc=[SP("eja")],
  rules=["sensitive"], cats=["medical"], about=["lukas_bosmans"],
  note="type 1 diabetes protocol for the PE teacher", fmt=["plain"], group="sensitive")

_epi = pdf(["NOODPROTOCOL EPILEPSIE", "Leerling: Zoë Segers (1A4)", "",
            "Bij een aanval: blijf kalm, leg de leerling op de zij, niets in de mond steken.",
            "Noteer het uur. Duurt de aanval langer dan 5 minuten: Buccolam 7,5 mg toedienen (EHBO-lokaal).",
            "Bel daarna 112 en verwittig mama.",
            "Na de aanval: laten rusten in het EHBO-lokaal."])
M("noodprotocol-epilepsie-zoe", "2025-09-01 15:48", SP("ewy"), [SP("kle"), SP("yba"), SP("hve"), SP("jds")],
  "Noodprotocol Zoë (1A4)", t("""
Beste collega's die les geven in 1A4,

Zoë Segers heeft epilepsie. Ze had het afgelopen jaar twee grote aanvallen, de laatste in juni. In bijlage het noodprotocol van haar neuroloog. Het medicijn (Buccolam) ligt in het EHBO-lokaal, een tweede dosis zit in haar boekentas.

Druk het protocol aub af en leg het in je klasmap.

Bedankt!
Els
"""), atts=[("noodprotocol_Zoe_Segers.pdf", "application/pdf", _epi)],
  rules=["sensitive"], cats=["medical"], about=["zoe_segers"],
  note="epilepsy and emergency medication of a named pupil, PDF protocol attached", fmt=["attachment-pdf", "plain"],
  group="sensitive")

_attest = pdf(["MEDISCH ATTEST", "", "Ondergetekende, dokter L. Moens, verklaart dat", "Arne Peeters (leerling 4STEM)",
               "een fractuur van de linkerpols heeft opgelopen op 14/08/2025.",
               "Vrijgesteld van lichamelijke opvoeding en sport tot en met 10/10/2025.",
               "Gipsverband tot 25/09/2025.", "", "Herent, 28/08/2025"])
M("doktersattest-arne-lo", "2025-09-01 12:03", SP("ime"), [SP("kle")], "attest LO Arne Peeters", t("""
Kris,

In bijlage het doktersattest van Arne Peeters (4STEM). Hij heeft zijn pols gebroken tijdens de zomer (val met de mountainbike) en is vrijgesteld van LO tot en met 10 oktober. Hij kan wel theorie of een opdracht krijgen.

Ilse"""), atts=[("attest_Arne_Peeters.pdf", "application/pdf", _attest)],
  rules=["sensitive"], cats=["medical"], about=["arne_peeters"],
  note="injury and medical certificate for PE", fmt=["attachment-pdf", "plain"], group="sensitive")

M("kasper-ziekenhuis", "2025-09-08 08:02", SP("ewy"), [SP("ime")], "Kasper Nys", t("""
Ilse, mama van Kasper Nys (1A4) belde: Kasper ligt in het ziekenhuis, blindedarm, gisteren geopereerd. Hij is er deze week niet. Attest volgt. Kan jij het al noteren?
Els

Verzonden vanaf mijn iPhone"""),
  rules=["sensitive"], cats=["medical"], about=["kasper_nys"],
  note="hospital admission and surgery mentioned in a short phone mail", fmt=["phone", "plain"], mailer="iphone",
  group="sensitive")

M("sanne-zwanger-stage", "2025-09-11 16:47", SP("ldw"), [SP("pgo")], "Vertrouwelijk - Sanne G. (6HUW)", t("""
Pieter,

Vertrouwelijk: Sanne Geukens (6HUW) is zwanger, uitgerekend begin februari. Ze kwam het zelf vertellen samen met haar mama.

Ze wil het jaar graag afmaken. Voor de stage in het kinderdagverblijf (vanaf november) moeten we bekijken hoe we het tillen kunnen beperken, en in februari-maart zal ze een tijd afwezig zijn. Kunnen we dit volgende week met de stagebegeleider bespreken?

Leen"""),
  rules=["sensitive"], cats=["medical", "care"], about=["sanne_geukens"],
  note="pregnancy of a named pupil and adjustments to her internship", fmt=["plain"], group="sensitive")

M("medisch-formulier-mila", "2025-09-03 13:25", SP("ime"), [par("robbe_claes")], "Medisch formulier Mila", t("""
Beste mevrouw Claes,

We ontvingen het medisch formulier van Mila Claes (1A1), waarvoor dank. Het deel over de medicatie is echter niet volledig: u vermeldt dat Mila dagelijks Singulair neemt voor haar astma en bij inspanning een Ventolin-puffer gebruikt, maar de dosis en de handtekening van de arts ontbreken.

Zou u het formulier nog laten aanvullen en aan Mila meegeven?

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=["sensitive", "recipient"], cats=["medical"], about=["mila_claes"], mis=True,
  note="asthma medication of Mila Claes (1A1) sent to hilde.claes@telenet.be, mother of Robbe Claes (3STEM) - sibling mix-up, not the same family; Mila's parents are sofie.claes@ and tim.claes80@",
  fmt=["plain"], group="sensitive")

_ongeval = pdf(["Aangifte schoolongeval - Sint-Pieterscollege Herent", "", "Leerling: Theo Lambert (1A3)",
                "Datum en uur: 16/09/2025, 10u20 (speeltijd)",
                "Omschrijving: val op de speelplaats, pijn aan de rechterpols",
                "Verzorging: ijs, daarna naar spoed AZ Dijlevallei", "Getuige: S. De Coster"])
M("accident-theo-urgences", "2025-09-16 12:41", SP("mhe"), [par("theo_lambert")], "Théo - accident à l'école", t("""
Madame Lambert,

Nous avons essayé de vous joindre par téléphone, sans succès. Théo est tombé pendant la récréation de 10h20 et s'est fait mal au poignet droit. Nous avons mis de la glace, mais comme la douleur persistait, nous l'avons conduit aux urgences de l'AZ Dijlevallei. Une radiographie est en cours ; je reste avec lui jusqu'à votre arrivée.

Vous trouverez ci-joint la déclaration d'accident pour l'assurance scolaire.

Bien à vous,
Marleen Hendrickx
Accueil et premiers secours - Sint-Pieterscollege Herent"""), enc="qp",
  atts=[("aangifte_schoolongeval_Theo_Lambert.pdf", "application/pdf", _ongeval)],
  rules=["sensitive"], cats=["medical"], about=["theo_lambert"], lang="fr",
  note="injury at school and emergency room visit, in French, with accident report PDF; to the pupil's mother",
  fmt=["plain-qp", "attachment-pdf"], group="sensitive")


def _medfiches():
    rows = [["Naam", "Voornaam", "Klas", "Allergie", "Medicatie", "Opmerking"]]
    special = {"Lemmens": ["-", "Rilatin 10 mg 12u30", "medicatie in secretariaat"],
               "Verhoeven": ["-", "Ventolin puffer", "astma bij inspanning, puffer in boekentas"],
               "Yilmaz": ["lactose", "-", "lactosevrije maaltijd op uitstap"]}
    for p in sorted([p for p in ROSTER if p["cls"] == "1A2"], key=lambda p: (norm(p["last"]), norm(p["first"]))):
        rows.append([p["last"], p["first"], "1A2"] + special.get(p["last"], ["-", "-", ""]))
    return rows


M("medische-fiches-1a2-csv", "2025-08-30 10:15", SP("ime"), [SP("jmo")], "medische fiches 1A2", t("""
Jeroen,

Hierbij de medische fiches van 1A2 in een lijstje, handig voor de onthaaldag en de uitstappen. Neem het mee in je map, niet ophangen in de klas.

Ilse"""), atts=[("medische_fiches_1A2.csv", "text/csv", csv_bytes(_medfiches()))],
  rules=["sensitive"], cats=["medical"], about=["mats_lemmens", "tibo_verhoeven", "emir_yilmaz"],
  note="class CSV with medication, asthma and allergy per named pupil", fmt=["attachment-csv", "plain"],
  group="sensitive")

M("fwd-dyslexie-lien", "2025-08-25 13:33", SP("ldw"), [SP("sla")], "Fwd: Overdracht Lien Bogaert - dyslexie", t("""
Sarah,

Voor jouw klas. Ik heb de STICORDI-maatregelen al in het LVS gezet; het attest zit in haar dossier.

Leen

""") + q_fwd("Overdracht Lien Bogaert - dyslexie", "Fri, 22 Aug 2025 11:08:41 +0200",
             "Zorgteam GBS De Wegwijzer <zorg@gbs-dewegwijzer-veltem.be>",
             "leen.dewilde@sintpieterscollege.be", t("""
Beste Leen,

Lien Bogaert, die bij jullie start in het eerste jaar, heeft een attest dyslexie (sinds het 3de leerjaar) en kreeg bij ons de volgende maatregelen:
- extra tijd bij toetsen (+1/3);
- voorleessoftware (Kurzweil) voor lange teksten;
- toetsen in lettertype Arial 12 met extra interlinie;
- geen punten af voor spelling bij andere vakken dan Nederlands.

Ze volgde ook wekelijks logopedie tot eind mei. Ze werkt hard en is heel gemotiveerd.

Met vriendelijke groeten,
Zorgteam GBS De Wegwijzer Veltem""")), mailer="thunderbird",
  rules=["sensitive"], cats=["care"], about=["lien_bogaert"],
  note="forward (Thunderbird style) of the primary school's handover: dyslexia, adjustments, speech therapy",
  fmt=["forward", "plain"], group="sensitive")

M("fw-zorgfiche-daan", "2025-08-31 21:18", SP("sdc"), [("Stijn De Coster", "stijn.decoster@gmail.com")],
  "FW: zorgfiche Daan Verlinden", t("""
om thuis rustig te lezen
""") + q_fwd_outlook("Leen De Wilde <leen.dewilde@sintpieterscollege.be>", "vrijdag 29 augustus 2025 10:41",
                     "Stijn De Coster <stijn.decoster@sintpieterscollege.be>", "zorgfiche Daan Verlinden", t("""
Stijn,

Daan Verlinden (1A3) heeft een diagnose ASS (2023, Centrum voor Ontwikkelingsstoornissen). Wat helpt:
- een vaste plaats, liefst aan de muur;
- de dagplanning op het bord, veranderingen op voorhand aankondigen;
- een rustige plek tijdens de middagpauze (bibliotheek);
- bij overprikkeling mag hij met zijn time-outkaart naar het zorglokaal.

Zijn ouders komen graag op het oudercontact in oktober.

Leen""")),
  rules=["sensitive", "private_account"], cats=["care"], about=["daan_verlinden"],
  note="class teacher forwards a pupil's autism care sheet to his own gmail",
  fmt=["forward", "plain"], group="sensitive")

M("gemotiveerd-verslag-amber-clb", "2025-08-20 14:50", SP("ldw"), [("Annelies Verbruggen", "annelies.verbruggen@clbdijleland.be")],
  "Gemotiveerd verslag Amber De Clercq", t("""
Dag Annelies,

We ontvingen via de lagere school het gemotiveerd verslag (type 9) van Amber De Clercq, rijksregisternummer """) + rrn(2013, 4, 22, 238) + t(""". Ze start bij ons in 1B.

Kan jij bevestigen dat het verslag in jullie dossier geregistreerd is, zodat we de ondersteuning via het netwerk kunnen aanvragen? De aanvraag moet voor 15 september binnen zijn.

Groetjes,
Leen"""),
  rules=["sensitive", "personal_data"], cats=["care"], about=["amber_declercq"],
  note="special-needs report (type 9) of a named pupil with her national register number, to the CLB",
  fmt=["plain"], group="sensitive")

M("multidisciplinair-dossier-jelle", "2025-08-26 16:05", SP("ldw"), [("Vrij CLB Kortenberg", "onthaal@vrijclb-kortenberg.be")],
  "Jelle Op de Beeck - overdracht dossier", t("""
Goedemiddag,

Jelle Op de Beeck schrijft zich bij ons in voor 3TW. We ontvingen het multidisciplinair dossier via jullie, waarvoor dank.

Kunnen jullie ons ook het handelingsplan van vorig schooljaar bezorgen, en het verslag van de logopedist over zijn dysorthografie? Dan kunnen we de maatregelen (spellingscontrole op laptop, geen spellingsfouten aanrekenen buiten Nederlands) meteen laten doorlopen.

Met vriendelijke groeten,
Leen De Wilde
Zorgcoördinator Sint-Pieterscollege Herent"""),
  rules=["sensitive"], cats=["care"], about=["jelle_opdebeeck"],
  note="CLB file handover and dysorthography measures, to the previous school's CLB", fmt=["plain"], group="sensitive")

M("re-vraag-turnzak", "2025-09-09 20:10", SP("jmo"), [par("jules_vandamme")], "RE: vraag turnzak", t("""
Beste mevrouw,

Wat de logopedie van Seppe Vermeulen betreft: Seppe mag op dinsdag om 14u25 de les verlaten voor zijn sessie bij de logopediste. Dat is zo opgenomen in zijn handelingsplan voor dyslexie. Hij haalt de gemiste les wiskunde in tijdens de studie op donderdag.

Met vriendelijke groeten,
Jeroen Mols
Titularis 1A2
""") + q_outlook("Lies Van Damme", "vandamme.lies@outlook.com", "maandag 1 september 2025 18:12",
                 "Jeroen Mols", "vraag turnzak", t("""
Dag meneer Mols,
Mag ik vragen of de turnzak deze week al nodig is?
Groeten,
Lies""")), reply="AM0PR09MB33vandamme@outlook.com",
  rules=["sensitive", "recipient"], cats=["care"], about=["seppe_vermeulen"], mis=True,
  note="reply in the wrong thread: Seppe Vermeulen's speech therapy and care plan sent to the mother of Jules Van Damme (same class); Seppe's parents are karen.dubois@ and wouter.vermeulen@",
  fmt=["reply", "plain"], group="sensitive")

_dysc = [["Maatregel", "Vakken", "Opmerking"],
         ["rekenmachine toegestaan", "wiskunde, fysica, economie", "ook bij toetsen"],
         ["formularium", "wiskunde", "door ons opgesteld, gestempeld"],
         ["extra tijd +1/3", "alle vakken met rekenwerk", "of minder oefeningen"],
         ["tafelkaart", "wiskunde", "tot de herfstvakantie, daarna evalueren"]]
M("sticordi-febe-dyscalculie", "2025-09-02 12:20", SP("ldw"), [SP("ewy"), SP("kle"), SP("yba"), SP("hve")],
  "Febe Van Laer (1A4) - maatregelen dyscalculie", t("""
Beste collega's,

Febe Van Laer (1A4) heeft een attest dyscalculie. Op het zorgoverleg met de ouders werden deze redelijke aanpassingen afgesproken:

""") + table_text(_dysc) + "\n\nAlvast bedankt,\nLeen\n",
  html=to_html("Beste collega's,\n\nFebe Van Laer (1A4) heeft een attest dyscalculie. Op het zorgoverleg met de ouders "
               "werden deze redelijke aanpassingen afgesproken:\n").replace(
      "</div></body></html>", html_table(_dysc) + '<p class="MsoNormal">Alvast bedankt,<br>Leen</p></div></body></html>'),
  rules=["sensitive"], cats=["care"], about=["febe_vanlaer"],
  note="dyscalculia and reasonable adjustments in an HTML table", fmt=["alt", "html-table"], group="sensitive")

_zorgplan_lars = docx(["Zorgplan 2025-2026", "Leerling: Lars Wouters - 2A3",
                       "Diagnose: dyslexie en dysorthografie (attest 2021)",
                       "Maatregelen: extra tijd (+1/3), voorleessoftware, spellingscontrole, toetsen in groter lettertype",
                       "Opvolging: zorgoverleg in november en maart", "Handtekening ouders voor akkoord:"])
M("zorgplan-lars", "2025-09-18 14:36", SP("ldw"), [par("lars_wuyts")], "Zorgplan Lars - graag ondertekenen",
  t("""
Beste ouders van Lars,

In bijlage het zorgplan van Lars Wouters (2A3) voor dit schooljaar, zoals besproken op het overleg. Het bevat de maatregelen voor zijn dyslexie en dysorthografie.

Wilt u het ondertekend terug meegeven met Lars voor vrijdag 26 september?

Met vriendelijke groeten,
Leen De Wilde
Zorgcoördinator"""),
  atts=[("zorgplan_Lars_Wouters_2025-2026.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _zorgplan_lars)],
  rules=["sensitive", "recipient"], cats=["care"], about=["lars_wouters"], mis=True,
  note="care plan of Lars Wouters (2A3) sent to wuyts.thomas@telenet.be, father of Lars Wuyts (1A4) - wrong 'Lars W.' picked; Lars Wouters' parent is inge.wouters@",
  fmt=["attachment-docx", "plain"], group="sensitive")

M("ondersteuning-amber-clb-netwerk", "2025-09-08 13:10", SP("ldw"),
  [("Lotte Deckers", "lotte.deckers@onw-oostbrabant.be"), ("Annelies Verbruggen", "annelies.verbruggen@clbdijleland.be")],
  "Opstart ondersteuning Amber De Clercq (1B)", t("""
Dag Lotte, dag Annelies,

Amber De Clercq (1B) is goed gestart. Zoals jullie weten heeft ze een verslag type 9 (ASS). De eerste week verliep moeizaam: ze raakte overprikkeld in de refter en weigerde twee keer de les LO.

Ik stel voor dat we een eerste overleg plannen op dinsdag 16/9 om 14u, samen met haar titularis en mama. Lotte, kan jij vanaf volgende week op donderdagvoormiddag in de klas komen observeren?

Groetjes,
Leen"""),
  rules=["sensitive", "bcc"], cats=["care"], about=["amber_declercq"],
  note="autism and support network; two external partners (support network and CLB) visible to each other in To",
  fmt=["plain"], group="sensitive")

_zorgov = [["Klas", "Naam", "Voornaam", "Zorgvraag", "Maatregelen", "Medisch"],
           ["1A1", "Bogaert", "Lien", "dyslexie (attest)", "extra tijd, Kurzweil, Arial 12", "-"],
           ["1A2", "Lemmens", "Mats", "ADHD", "vooraan, korte instructies", "Rilatin 12u30"],
           ["1A3", "Verlinden", "Daan", "ASS", "vaste plaats, time-outkaart", "-"],
           ["1A4", "Van Laer", "Febe", "dyscalculie", "rekenmachine, formularium", "-"],
           ["1A4", "Segers", "Zoë", "-", "noodprotocol", "epilepsie, Buccolam"],
           ["1B", "De Clercq", "Amber", "verslag type 9 (ASS)", "ondersteuningsnetwerk", "-"]]
M("zorgoverzicht-eerste-graad-xlsx", "2025-08-29 16:55", SP("ldw"),
  [SP("pgo"), SP("sla"), SP("jmo"), SP("sdc"), SP("ewy")], "Zorgoverzicht 1ste graad 2025-2026", t("""
Beste titularissen, Pieter,

In bijlage het zorgoverzicht van de eerste graad voor de start. Enkel voor jullie, niet verder doorsturen of afdrukken voor de klas; de vakleerkrachten zien de maatregelen in het LVS.

Leen"""), atts=[("zorgoverzicht_1ste_graad_2025-2026.xlsx",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(_zorgov))],
  rules=["sensitive"], cats=["care", "medical"],
  about=["lien_bogaert", "mats_lemmens", "daan_verlinden", "febe_vanlaer", "zoe_segers", "amber_declercq"],
  note="care overview spreadsheet: learning disorders, ADHD/ASS, special-needs report, epilepsy and medication",
  fmt=["attachment-xlsx", "plain"], group="sensitive")

M("klasschikking-kluisjes-1a3", "2025-08-30 11:03", SP("tve"), [SP("sdc")], "klasschikking + kluisjes 1A3", t("""
Stijn,

Kluisjes 301-318 zijn voor jouw klas, de verdeling mag je zelf doen. Eén vraag: kan Jorben Wyns een kluisje krijgen aan de kant van de leraarskamer en vooraan in de klas zitten? (ADHD, staat in zijn zorgfiche.) De rest is vrij.

Tom

Verzonden vanaf mijn iPhone"""),
  rules=["sensitive"], cats=["care"], about=["jorben_wyns"],
  note="ADHD of a named pupil mentioned in passing in a mail about lockers", fmt=["phone", "plain"], mailer="iphone",
  group="sensitive")

M("school-bill-mohammad", "2025-09-22 11:18", SP("gvr"), [par("mohammad_rahimi")], "School invoice Mohammad", t("""
Dear Mr Rahimi,

We noticed that the first school invoice for Mohammad (OKAN class) of EUR 96.40 has not been paid yet. We understand that the first months in a new country are expensive.

- You can apply for the Flemish school allowance (schooltoeslag) through your child benefit fund. If you need help with the application, our social worker at school can help you.
- In the meantime we can split the invoice into three payments of EUR 32.13, without extra costs.

Please let me know what you prefer.

Kind regards,
Greet Van Roey
Accounts department, Sint-Pieterscollege Herent"""), mailer="outlook-en",
  rules=["sensitive"], cats=["financial"], about=["mohammad_rahimi"], lang="en",
  note="unpaid invoice, school allowance and payment plan for a named newcomer, in English, to his father",
  fmt=["plain"], group="sensitive")

M("re-afbetaling-jitse", "2025-09-17 09:44", SP("gvr"), [par("jitse_hermans")], "RE: schoolrekening Jitse", t("""
Beste meneer Hermans,

Geen probleem, we gaan akkoord met een afbetalingsplan voor de schoolrekening van Jitse (2B): vier schijven van 45 euro, telkens voor het einde van de maand, te beginnen op 30 september. Vermeld bij elke betaling de mededeling """) + ogm(2509170233) + t(""".

Mocht het toch moeilijk blijven, laat het dan gerust weten; alles wordt discreet behandeld.

Met vriendelijke groeten,
Greet Van Roey
Boekhouding""") + q_outlook("Dirk Hermans", "hermans.dirk@telenet.be", "dinsdag 16 september 2025 21:30",
                           "boekhouding@spc.ksleuven.be", "schoolrekening Jitse", t("""
Goedenavond,
Ik ben sinds de zomer werkloos en zit even krap. Is het mogelijk om de rekening van 180 euro voor Jitse in een paar keer te betalen?
Met vriendelijke groeten,
Dirk Hermans""")), reply="003b01dc2733$b33f0e20$hermans@telenet.be",
  rules=["sensitive"], cats=["financial"], about=["jitse_hermans"],
  note="payment plan after job loss, reply to Jitse's own father (another Hermans family exists in 1A4)",
  fmt=["reply", "plain"], group="sensitive")

_fact = pdf(["Sint-Pieterscollege Herent - schoolrekening 2025-0917", "Leerling: Yasmina El Khattabi (2B)",
             "Werkboeken en kopieën: 128,50 EUR", "Werkkledij praktijk: 54,00 EUR", "Onthaaldag en uitstappen: 30,00 EUR",
             "Totaal: 212,50 EUR", "Ten laste van: OCMW Herent (dossier sociaal huis)"])
M("schoolrekening-yasmina-ocmw", "2025-09-24 10:30", SP("gvr"), [("Mieke De Wit", "m.dewit@sociaalhuisherent.be")],
  "Schoolrekening Yasmina El Khattabi", t("""
Beste Mieke,

Zoals afgesproken bezorg ik je de eerste schoolrekening van Yasmina El Khattabi (2B), die door het OCMW ten laste wordt genomen: factuur 2025-0917, 212,50 EUR. De factuur zit in bijlage.

Mama liet weten dat ze de werkkledij nog niet kon aankopen; die hebben we dus al via de school besteld.

Met vriendelijke groeten,
Greet Van Roey
Boekhouding"""), atts=[("factuur_2025-0917.pdf", "application/pdf", _fact)],
  rules=["sensitive"], cats=["financial"], about=["yasmina_elkhattabi"],
  note="school costs of a named pupil paid by social assistance (OCMW), to the social worker",
  fmt=["attachment-pdf", "plain"], group="sensitive")

M("openstaand-saldo-brent", "2025-09-26 14:02", BOEK, [par("brent_willaert")], "Herinnering openstaand saldo Brent", t("""
Beste mevrouw Willaert,

Uit onze boekhouding blijkt dat er voor Brent (4ELM) nog een openstaand saldo is van vorig schooljaar: 312,50 EUR (facturen van november, februari en mei). Dit is de derde herinnering.

Gelieve het bedrag over te schrijven op rekening """ + SCHOOL_IBAN + """ met mededeling """) + ogm(2409110057) + t(""".

Lukt het niet om alles in één keer te betalen, neem dan contact met ons op voor een afbetalingsplan. Zonder reactie voor 15 oktober moeten we het dossier overdragen aan de incassodienst van de scholengroep.

Met vriendelijke groeten,
Boekhouding Sint-Pieterscollege"""),
  rules=["sensitive", "personal_data"], cats=["financial"], about=["brent_willaert"],
  note="third reminder of unpaid bills for a named pupil; school IBAN in the text",
  fmt=["plain"], group="sensitive")

_afb = pdf(["Afbetalingsplan schoolkosten", "Leerling: Tuur Maes (4ELM)", "Openstaand: 330,00 EUR",
            "6 maandelijkse schijven van 55,00 EUR, oktober 2025 - maart 2026", "Handtekening ouder:"])
M("afbetalingsplan-tuur", "2025-09-29 15:20", SP("gvr"), [par("fien_maes")], "Afbetalingsplan Tuur", t("""
Beste mevrouw Maes,

In bijlage het afbetalingsplan voor de schoolkosten van Tuur (4ELM), zoals besproken aan de telefoon: zes maandelijkse schijven van 55 euro, van oktober tot maart.

Wilt u het ondertekend terugbezorgen via Tuur of per mail?

Met vriendelijke groeten,
Greet Van Roey
Boekhouding"""), atts=[("afbetalingsplan_Tuur_Maes.pdf", "application/pdf", _afb)],
  rules=["sensitive", "recipient"], cats=["financial"], about=["tuur_maes"], mis=True,
  note="payment plan for Tuur Maes (4ELM) sent to e.maes@skynet.be, mother of Fien Maes (1A3); Tuur's parent is ellen.maes@telenet.be",
  fmt=["attachment-pdf", "plain"], group="sensitive")
# --------------------------------------------------------------------------------------------
# D. personal but not sensitive mails about one pupil - 25 (6 of them misdirected)
# --------------------------------------------------------------------------------------------
M("paspoort-gevonden-omar", "2025-09-03 10:40", SP("mhe"), [par("omar_haddad")], "Paspoort Omar gevonden", t("""
Beste meneer Haddad,

Na de onthaaldag werd in de refter het paspoort van Omar (1A2) gevonden, in een blauw hoesje. Het ligt veilig bij ons op het secretariaat.

Omar kan het vandaag of morgen afhalen tijdens de middagpauze, of u kan zelf langskomen tussen 8u en 16u30.

Met vriendelijke groeten,
Marleen Hendrickx
Onthaal"""),
  rules=[], about=["omar_haddad"], note="lost passport found; nothing sensitive; correct parent", fmt=["plain"],
  group="personal")

M("lokaalwissel-elias", "2025-09-11 12:02", SP("jds"), [pup("elias_aerts")], "les geschiedenis morgen", t("""
Dag Elias,

De les geschiedenis van morgen (3de uur) gaat door in C.204 in plaats van B.112, de beamer is stuk. Kan jij dat aan de klas doorgeven? Jij bent toch klasverantwoordelijke :)

Meneer De Smedt"""),
  rules=[], about=["elias_aerts"], note="room change mailed to the pupil himself", fmt=["plain"], group="personal")

M("betaling-ontvangen-kobe", "2025-09-24 09:15", BOEK, [par("kobe_hermans", 2)], "Betaling ontvangen", t("""
Beste meneer Hermans,

We ontvingen uw betaling van 185,00 EUR voor de eerste schoolrekening van Kobe (1A4). Het saldo staat nu op nul.

Met vriendelijke groeten,
Boekhouding Sint-Pieterscollege"""),
  rules=[], about=["kobe_hermans"],
  note="payment received - not financial distress; to Kobe's father (correct, another Hermans family exists in 2B)",
  fmt=["plain"], group="personal")

M("instaptoets-engels-lotte", "2025-09-12 15:50", SP("ewy"), [par("lotte_peeters")], "Lotte - instaptoets Engels", t("""
Beste mevrouw Peeters,

Even een positief berichtje: Lotte heeft de instaptoets Engels heel goed gemaakt (19/20). Omdat ze duidelijk al een stevige basis heeft, mag ze vanaf oktober meedoen aan het verdiepingsproject "Reading Club" op woensdagmiddag, als ze dat wil.

Ze krijgt de info volgende week mee.

Vriendelijke groeten,
Els Wyns
Titularis 1A4 - Engels"""),
  rules=[], about=["lotte_peeters"],
  note="good test result; to Lotte's own mother (look-alike: another Peeters family has Emma in 2A1)",
  fmt=["plain"], group="personal")

M("jas-finn", "2025-09-05 16:31", SP("sla"), [par("finn_desmet")], "Jas Finn", t("""
Beste ouders,

De jas van Finn De Smet (1A1) hangt nog aan de kapstok in lokaal A.103: een zwarte winterjas met zijn naam in de kraag. Hij kan hem maandag ophalen, of u neemt hem mee als u in de buurt bent.

Groetjes,
Sarah Lambrechts
Titularis 1A1"""),
  rules=["recipient"], about=["finn_de_smet"], mis=True,
  note="lost jacket of Finn De Smet (1A1) sent to desmet.wim@gmail.com, father of Finn Desmet (2A1); Finn De Smet's parent is griet.desmet@telenet.be",
  fmt=["plain"], group="personal")

M("klaswissel-robbe-3tw", "2025-09-10 13:45", SP("eja"), [par("robbe_claes")], "Overstap Robbe naar 3TW", t("""
Beste mevrouw Claes,

De klassenraad gaat akkoord met de overstap van Robbe van 3STEM naar 3TW vanaf maandag 15 september. In bijlage zijn nieuwe uurrooster. Zijn boeken voor fysica mag hij houden; de handboeken voor technologie krijgt hij maandag in de klas.

Met vriendelijke groeten,
Evelien Jacobs
Titularis 3STEM"""),
  atts=[("uurrooster_3TW.pdf", "application/pdf",
         pdf(["Uurrooster 3TW - schooljaar 2025-2026", "Maandag: WIS - NED - TECH - TECH - LO - FRA - GES",
              "Dinsdag: FYS - ENG - WIS - AAR - TECH - TECH", "Woensdag: NED - WIS - GOD - ENG",
              "Donderdag: CHE - BIO - FRA - WIS - TECH - TECH - LO", "Vrijdag: NED - FYS - INF - INF - GES - WIS"]))],
  rules=[], about=["robbe_claes"], note="class change with new timetable; correct parent (the other Claes family has Mila)",
  fmt=["attachment-pdf", "plain"], group="personal")

M("buskaart-nore-aangekomen", "2025-09-08 10:20", SP("ime"), [par("nore_vandeputte")], "Buskaart Nore", t("""
Beste mevrouw Coppens,

De buskaart van Nore (1A3) is aangekomen. Ze kan hem vanaf vandaag afhalen aan het onthaal. Tot dan blijft het voorlopige inschrijvingsbewijs geldig op de bus.

Met vriendelijke groeten,
Ilse Mertens"""),
  rules=[], about=["nore_vandeputte"],
  note="bus card; to Nore's mother, whose address is shared with Nore's half-brother Wannes Goris (correct)", fmt=["plain"], group="personal")

M("laptop-klaar-noah-jansen", "2025-09-05 11:00", ICT, [par("noah_jansen")], "Laptop Noah klaar", t("""
Beste ouders,

De laptop van Noah (2A2) is terug van herstelling (toetsenbord vervangen, onder garantie). Noah kan hem donderdag tijdens de middagpauze ophalen in A.012.

ICT-team Sint-Pieterscollege"""),
  rules=[], about=["noah_jansen"], note="laptop repaired; to Noah Jansen's parents (correct; look-alike of Noah Janssens)",
  fmt=["plain"], group="personal")

M("inhaal-klasfoto-kobe", "2025-09-25 14:12", SP("ewy"), [par("jitse_hermans")], "Inhaalmoment klasfoto", t("""
Beste ouders,

Kobe Hermans (1A4) was er niet op de fotodag. Er is een inhaalmoment op donderdag 2 oktober om 10u in de turnzaal. Hij mag een andere outfit meebrengen als hij wil.

Vriendelijke groeten,
Els Wyns
Titularis 1A4"""),
  rules=["recipient"], about=["kobe_hermans"], mis=True,
  note="photo retake for Kobe Hermans (1A4) sent to hermans.dirk@telenet.be, father of Jitse Hermans (2B); Kobe's parents are nathalie.smet@ and hermans.kurt@",
  fmt=["plain"], group="personal")

M("sleutel-kluisje-wannes", "2025-09-18 12:40", SP("lwi"), [par("wannes_goris", 2)], "Sleutel kluisje Wannes", t("""
Beste meneer Goris,

Wannes (3TW) heeft de sleutel van zijn kluisje (nr. 118) verloren. We hebben het slot vervangen; de nieuwe sleutel kost 10 euro en komt op de volgende schoolrekening. Hij kan de sleutel vanaf morgen bij mij afhalen.

Groeten,
Luc Willems"""),
  rules=[], about=["wannes_goris"],
  note="lost locker key (no code); to Wannes' own father stef.goris@ (correct)", fmt=["plain"], group="personal")

M("fiets-jules-fietsenstalling", "2025-09-04 16:05", SP("lwi"), [par("jules_vandamme")], "Fiets in de stalling", t("""
Beste mevrouw Van Damme,

In de fietsenstalling staat sinds de onthaaldag een blauwe fiets met een sticker "Jules VD 1A2". Het achterwiel is lek. Mag Jules hem komen halen, of laat ik hem in de berging zetten tot het weekend?

Groeten,
Luc Willems
Technisch adviseur"""),
  rules=[], about=["jules_vandamme"], note="bike left at school; correct parent", fmt=["plain"], group="personal")

M("onthaaldag-nore", "2025-08-29 18:22", SP("sdc"), [par("wannes_goris", 2)], "Onthaaldag Nore (1A3)", t("""
Beste ouders,

Welkom in 1A3! Voor de onthaaldag van Nore Vandeputte op dinsdag 2 september:

- Nore mag om 8u30 aan poort 2 (Kapelstraat) zijn; we verzamelen op de speelplaats.
- We fietsen in de namiddag naar het provinciedomein: fiets in orde, fietshelm en fluohesje meebrengen.
- Lunchpakket en drinkbus meegeven.

Tot dinsdag!
Stijn De Coster
Titularis 1A3"""),
  rules=["recipient"], about=["nore_vandeputte"], mis=True,
  note="welcome-day details for Nore Vandeputte sent only to stef.goris@skynet.be, the father of her half-brother Wannes Goris - not one of Nore's parents in the roster",
  fmt=["plain"], group="personal")

M("re-tshirt-maat", "2025-09-16 13:02", SP("kle"), [par("ilyas_bennani")], "RE: T-shirt maat", t("""
Beste,

Het sportshirt van Ilias Benali (1A1) is binnen, maat S zoals gevraagd. Hij kan het na de les LO van donderdag bij mij afhalen.

Sportieve groet,
Kris Lenaerts
""") + q_outlook("Saïd Bennani", "bennani.said@hotmail.com", "vrijdag 5 september 2025 19:45", "Kris Lenaerts",
                 "T-shirt maat", t("""
Dag meneer Lenaerts, de maat is M. Groeten, Saïd""")), reply="DB9PR02MB33bennani@hotmail.com",
  rules=["recipient"], about=["ilias_benali"], mis=True,
  note="reply in an old thread: sports shirt for Ilias Benali sent to the father of Ilyas Bennani (same class, similar name)",
  fmt=["reply", "plain"], group="personal")

M("klasafgevaardigde-amira", "2025-09-19 15:15", SP("tve"), [pup("amira_chaoui")], "Proficiat!", t("""
Dag Amira,

Proficiat! Je werd door je klas verkozen als klasafgevaardigde voor de leerlingenraad. De eerste vergadering is op dinsdag 30 september tijdens de middagpauze in lokaal A.001. Breng gerust al ideeën mee van je klas.

Tot dan!
Meneer Verhaegen"""),
  rules=[], about=["amira_chaoui"], note="pupil elected class representative; to the pupil", fmt=["plain"], group="personal")

M("viool-tibo-bus", "2025-09-03 08:50", SP("ime"), [par("tibo_verhoeven")], "Viool gevonden", t("""
Beste mevrouw Verhoeven,

In de bus van de onthaaldag werd een viool gevonden met een label "Tibo Verhoeven 1A2". Ze staat veilig op het secretariaat.

Met vriendelijke groeten,
Ilse Mertens"""),
  rules=[], about=["tibo_verhoeven"],
  note="instrument left in the bus; to Tibo's own mother an.verhoeven@ (correct; look-alike of the Vermeiren autocomplete case)",
  fmt=["plain"], group="personal")

M("uurrooster-elif-3eco", "2025-09-01 13:20", SP("pgo"), [par("elif_yilmaz")], "Uurrooster Elif", t("""
Beste meneer Yilmaz,

In bijlage het uurrooster van Elif (3ECO). Let op: de lessen economie op dinsdag starten pas vanaf week 2, de eerste dinsdag heeft ze het 6de en 7de uur studie.

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur"""),
  atts=[("uurrooster_3ECO.pdf", "application/pdf",
         pdf(["Uurrooster 3ECO - 2025-2026", "Ma: NED-ECO-WIS-FRA-LO-ENG-GES", "Di: WIS-ECO-ECO-AAR-BIO-studie-studie",
              "Wo: FRA-NED-GOD-WIS", "Do: ENG-ECO-FYS-NED-WIS-LO-INF", "Vr: GES-FRA-ECO-WIS-NED-CHE"]))],
  rules=[], about=["elif_yilmaz"], note="timetable for a new pupil; correct parent (another Yilmaz family has Emir in 1A2)",
  fmt=["attachment-pdf", "plain"], group="personal")

M("bevestiging-inschrijving-elif", "2025-08-20 12:05", SP("ime"), [par("emir_yilmaz")], "Bevestiging inschrijving", t("""
Beste mevrouw, meneer Yilmaz,

Hierbij bevestigen we dat de inschrijving van Elif Yilmaz in 3ECO definitief is. Elif wordt op maandag 1 september om 8u25 verwacht in de refter, waar haar titularis haar opwacht.

De boekenlijst en het schoolreglement vindt u in Smartschool zodra uw co-account actief is.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=["recipient"], about=["elif_yilmaz"], mis=True,
  note="enrolment confirmation for Elif Yilmaz (3ECO) sent to a.yilmaz@telenet.be, parent of Emir Yilmaz (1A2) - two families with the same surname; Elif's parent is yilmaz.mehmet@",
  fmt=["plain"], group="personal")

M("mila-zelfde-klas-vriendin", "2025-08-22 10:30", SP("sla"), [par("mila_claes")], "Klasindeling Mila", t("""
Beste mevrouw Claes,

Goed nieuws: Mila zit in 1A1, in dezelfde klas als haar vriendin van de lagere school, zoals u vroeg op het inschrijvingsformulier. Ik ben haar titularis en kijk ernaar uit om haar te leren kennen.

Tot op de infoavond!
Sarah Lambrechts"""),
  rules=[], about=["mila_claes"], note="class placement with a friend; correct parent", fmt=["plain"], group="personal")

M("warme-maaltijden-ilyas", "2025-09-05 09:25", SP("ime"), [par("ilyas_bennani")], "Warme maaltijden Ilyas", t("""
Beste meneer Bennani,

Ilyas (1A1) is vanaf maandag 8/9 ingeschreven voor de warme maaltijden op maandag, dinsdag en donderdag. De kosten komen op de schoolrekening. Wijzigingen kunnen telkens tot vrijdag voor de volgende week.

Met vriendelijke groeten,
Ilse Mertens"""),
  rules=[], about=["ilyas_bennani"], note="meal subscription; to Ilyas Bennani's own father (look-alike of Ilias Benali)",
  fmt=["plain"], group="personal")

M("school-supplies-dmytro", "2025-08-29 15:05", SP("nve"), [par("dmytro_kovalenko")], "What Dmytro needs on Monday",
  t("""
Dear Mrs Kovalenko,

Here is what Dmytro needs for the first school day (Monday 1 September, 8:25):

- a pencil case with pens, pencils, an eraser and a ruler
- two A4 folders
- sports clothes and indoor sports shoes for PE (on Thursday)
- a lunch box and a water bottle

The books and workbooks for the OKAN class are provided by the school. Please write his name on everything.

See you on Monday!
Nadia Verstraeten"""), mailer="outlook-en",
  rules=[], about=["dmytro_kovalenko"], lang="en", note="practical list for a newcomer, in English", fmt=["plain"],
  group="personal")

M("sac-gym-theo", "2025-09-12 16:22", SP("sdc"), [par("theo_lambert")], "Sac de gym de Théo", t("""
Madame Lambert,

Théo a oublié son sac de gym dans le vestiaire après le cours d'éducation physique. Je l'ai mis dans la classe (local B.112). Il peut le reprendre lundi.

Bon week-end,
Stijn De Coster
Titulaire 1A3"""), enc="b64",
  rules=[], about=["theo_lambert"], lang="fr", note="forgotten gym bag, in French, base64 body", fmt=["plain-base64"],
  group="personal")

M("toestemming-beeldmateriaal-finn", "2025-09-09 11:40", SP("ime"), [par("finn_desmet")], "Toestemmingsformulier ontvangen",
  t("""
Beste meneer Desmet,

We ontvingen het ingevulde toestemmingsformulier voor beeldmateriaal van Finn (2A1). Bedankt!

Met vriendelijke groeten,
Ilse Mertens"""),
  rules=[], about=["finn_desmet"], note="consent form received; to Finn Desmet's own father (look-alike of Finn De Smet)",
  fmt=["plain"], group="personal")

M("boekenpakket-lore", "2025-08-27 17:10", SP("ime"), [par("tibo_verhoeven")], "Boekenpakket", t("""
Beste mevrouw,

Het boekenpakket van Lore Vermeiren (2A1) is compleet, ook het atlas dat nog ontbrak. U kan het afhalen op vrijdag 29/8 tussen 9u en 16u in de turnzaal.

Met vriendelijke groeten,
Ilse Mertens"""),
  rules=["recipient"], about=["lore_vermeiren"], mis=True,
  note="book order of Lore Vermeiren (2A1) sent to an.verhoeven@telenet.be (mother of Tibo Verhoeven) instead of an.vermeiren@telenet.be - autocomplete",
  fmt=["plain"], group="personal")

M("proficiat-tuur-bmx", "2025-09-22 08:12", SP("wde"), [pup("tuur_maes")], "Proficiat!", t("""
Tuur,

Ik las in de krant dat je Vlaams kampioen BMX bent geworden bij de nieuwelingen. Straf! Proficiat namens de hele klas en de leerkrachten van 4ELM.

Als je wil, mag je er vrijdag in de klas iets over vertellen.

Mr. Deprez"""),
  rules=[], about=["tuur_maes"], note="congratulations to the pupil on a sports title", fmt=["plain"], mailer="iphone",
  group="personal")

M("scherm-laptop-seppe", "2025-09-15 14:30", ICT, [par("seppe_vermeulen")], "Laptop Seppe hersteld", t("""
Beste mevrouw Dubois,

Het scherm van de laptop van Seppe (1A2) werd vervangen onder garantie; er zijn geen kosten voor u. Seppe kreeg het toestel vanmorgen terug.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege"""),
  rules=[], about=["seppe_vermeulen"],
  note="laptop repair; to Seppe's mother whose address does not spell his surname (correct)", fmt=["plain"],
  group="personal")
# --------------------------------------------------------------------------------------------
# E. general letters about the trips to all parents / all staff - 20 (must pass)
# --------------------------------------------------------------------------------------------
UND = "undisclosed-recipients:;"

M("brief-onthaaldagen-eerste-jaar", "2025-08-25 17:30", SP("pgo"), [], "Onthaaldagen eerste jaar - 1 en 2 september",
  t("""
Beste ouders,

Binnenkort is het zover: uw zoon of dochter start in het eerste jaar van Sint-Pieterscollege. Om iedereen een goede start te geven, organiseren we twee onthaaldagen.

Maandag 1 september
- 8u25: onthaal in de refter door de directie
- klasmomenten met de titularis, rondleiding, kluisjes en uurrooster
- 15u55: einde

Dinsdag 2 september: uitstap naar het Provinciedomein Kessel-Lo
- vertrek met de fiets om 9u00 aan de school, onder begeleiding van de leerkrachten
- middag: BBQ ter plaatse (vegetarisch mogelijk; allergieën graag melden via het medisch formulier)
- namiddag: teambuildingspel per klas
- terug aan de school rond 15u30

Wat meebrengen op dinsdag: een fiets in goede staat, fietshelm, fluohesje, regenjas, drinkbus en sportieve kledij. Wie niet met de fiets kan komen, laat dit weten aan de titularis; die leerlingen gaan met de bus.

De kostprijs (12 euro) komt op de eerste schoolrekening.

We kijken ernaar uit u en uw kind te verwelkomen!

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur eerste graad"""), html=True, bcc=parents_of(["1A", "1B"]), to_header=UND,
  rules=[], note="general letter to all first-year parents (BCC) about the welcome days and the outing",
  fmt=["alt", "bcc-envelope"], group="general")

M("brief-bezinningsdagen-6de-jaar", "2025-09-05 14:00", SP("kvb"), [], "Bezinningsdagen 6de jaar - 8 tot 10 oktober",
  t("""
Beste ouders van onze zesdejaars,

Van woensdag 8 tot vrijdag 10 oktober gaan alle leerlingen van het 6de jaar op bezinningsdagen naar de abdij van Averbode. Drie dagen lang denken ze samen na over keuzes, vriendschap en toekomst, met wandelingen, workshops en gesprekken in kleine groepen.

Praktisch:
- vertrek woensdag om 8u45 met de bus aan de school, terug vrijdag rond 16u00;
- meebrengen: slaapzak of beddengoed, stevige wandelschoenen, regenkledij, toiletgerief;
- gsm's worden overdag bewaard door de begeleiders en 's avonds even teruggegeven;
- kostprijs: 135 euro, via de schoolrekening.

Heeft uw kind medicatie nodig of is er iets waar de begeleiders rekening mee moeten houden, vul dan het medisch formulier in Smartschool aan voor 26 september.

Met vriendelijke groeten,
Katrien Vandenbussche
Directeur"""), bcc=parents_of(["6"]), to_header=UND,
  rules=[], note="general letter to all 6th-year parents about the retreat", fmt=["plain", "bcc-envelope"], group="general")

M("brief-parijsreis-infoavond", "2025-09-10 16:15", SP("yba"), [("Youssef Bakkali", "youssef.bakkali@sintpieterscollege.be")],
  "Parijsreis 5de jaar - infoavond 25 september", t("""
Beste ouders,

Ook dit jaar trekken de leerlingen van het 5de jaar in maart drie dagen naar Parijs (18-20 maart 2026). Op het programma: het Louvre, Montmartre, een rondleiding in het Parlement en een avond op de Seine.

Op donderdag 25 september om 19u30 organiseren we een infoavond in de refter. We stellen het programma voor, de kostprijs (ongeveer 395 euro, te betalen in drie schijven via de schoolrekening) en de afspraken tijdens de reis.

Vergeet niet: uw kind heeft een geldige identiteitskaart nodig. Kijk nu al even de vervaldatum na.

Tot dan!

Youssef Bakkali
Leerkracht Frans - reisverantwoordelijke"""), bcc=parents_of(["5"]),
  rules=[], note="general letter to all 5th-year parents about the Paris trip; sender's own address in To, parents in BCC",
  fmt=["plain", "bcc-envelope"], group="general")

M("brief-sportdag-eerste-graad", "2025-09-15 12:30", SP("kle"), [], "Sportdag eerste graad - vrijdag 26 september",
  t("""
Beste ouders,

Op vrijdag 26 september houden we onze sportdag voor de eerste graad. We trekken met de bus naar het sportcentrum in Wilsele, waar de leerlingen de hele dag in klasploegen een parcours afwerken: ploegsporten, klimmen, een oriëntatieloop en een watersportinitiatie.

- Verzamelen om 8u25 op de speelplaats, terug om 15u45.
- Meebrengen: sportkledij, reservekledij en handdoek, lunchpakket, drinkbus, zonnecrème of regenjas.
- Kostprijs: 15 euro (bus en inkom), op de schoolrekening.

Kan uw kind om medische redenen niet (volledig) deelnemen, bezorg dan een briefje of attest aan de titularis.

Sportieve groeten,
Het team lichamelijke opvoeding"""), bcc=["ouders-1stegraad@" + SHORT], to_header=UND,
  rules=[], note="general letter about the sports day, Smartschool parents list only in BCC", fmt=["plain", "bcc-envelope"],
  group="general")

M("brief-daguitstap-ieper-4de", "2025-09-18 10:00", SP("jds"), [], "Daguitstap Ieper - 4de jaar",
  t("""
Beste ouders,

In het kader van de lessen geschiedenis brengen de leerlingen van het 4de jaar op vrijdag 17 oktober een bezoek aan de Westhoek. We bezoeken het In Flanders Fields Museum, de Britse begraafplaats Tyne Cot en de Duitse militaire begraafplaats in Langemark, en we wonen om 20u de Last Post bij aan de Menenpoort.

- vertrek 7u30 aan de school, terug rond 22u30 (ouders halen hun kind op aan de schoolpoort);
- lunchpakket meebrengen; 's avonds eten we samen frietjes in Ieper (inbegrepen);
- kostprijs: 38 euro via de schoolrekening.

Met vriendelijke groeten,
Jasper De Smedt
Vakgroep geschiedenis"""), html=True, bcc=parents_of(["4"]), to_header=UND,
  rules=[], note="general letter to 4th-year parents about the day trip to Ypres", fmt=["alt", "bcc-envelope"],
  group="general")

M("letter-london-trip-6th-year", "2025-09-23 15:40", SP("ewy"), [], "Londenreis 6de jaar - identiteitskaart en ETA",
  t("""
Beste ouders,

De Londenreis van het 6de jaar (4-7 februari 2026) komt er sneller aan dan je denkt. Sinds dit jaar heeft iedereen die naar het Verenigd Koninkrijk reist een elektronische reisvergunning (ETA) nodig, naast een geldige identiteitskaart of paspoort.

- Vraag de ETA zelf aan via de officiële app "UK ETA" (kostprijs ongeveer 20 euro). Gebruik geen betalende tussensites!
- Bezorg ten laatste op 15 december een kopie van de bevestigingsmail aan de reisverantwoordelijke.
- Leerlingen die niet de Belgische nationaliteit hebben, nemen best meteen contact op met de school; voor hen kunnen andere regels gelden.

De totale kostprijs van de reis bedraagt 585 euro, te betalen in drie schijven via de schoolrekening (oktober, december en januari).

Met vriendelijke groeten,
Els Wyns
Reisverantwoordelijke Londen"""), bcc=parents_of(["6"]), to_header=UND,
  rules=[], note="general letter to 6th-year parents about the London trip and travel documents", fmt=["plain", "bcc-envelope"],
  group="general")

M("brief-skireis-inschrijving", "2025-09-24 18:05", SP("kle"), [], "Skireis krokusvakantie 2026 - inschrijvingen open",
  t("""
Beste ouders van leerlingen uit het 4de en 5de jaar,

Tijdens de krokusvakantie (14-21 februari 2026) organiseren we opnieuw een skireis naar Saalbach (Oostenrijk). De reis staat open voor leerlingen van het 4de en 5de jaar; beginners zijn welkom, er is les op elk niveau.

Inschrijven kan tot 10 oktober via het formulier in Smartschool (Formulieren > Skireis 2026). De plaatsen worden toegekend in volgorde van inschrijving.

Kostprijs: 890 euro (bus, verblijf in volpension, skipas, lessen en materiaalhuur). Een voorschot van 200 euro wordt op de schoolrekening van november gezet. Vragen over de betaling kunnen altijd, discreet, bij de boekhouding.

Sportieve groeten,
Kris Lenaerts"""), bcc=["ouders-4dejaar@" + SHORT, "ouders-5dejaar@" + SHORT], to_header=UND,
  rules=[], note="general letter about the ski trip; parents lists only in BCC", fmt=["plain", "bcc-envelope"],
  group="general")

M("personeel-begeleiders-reizen", "2025-09-02 16:30", SP("pgo"), [SP("pgo")], "Begeleiders gezocht voor de meerdaagse reizen",
  t("""
Beste collega's,

Voor de meerdaagse reizen van dit schooljaar zoeken we nog begeleiders:

- bezinningsdagen 6de jaar, Averbode (8-10 okt): nog 2 begeleiders
- Londen 6de jaar (4-7 feb): nog 1 begeleider
- skireis 4de-5de jaar (14-21 feb): nog 2 begeleiders, skiën is geen vereiste
- Parijs 5de jaar (18-20 maart): volzet

Interesse? Laat het voor 12 september weten aan de reisverantwoordelijke. Vervanging van je lessen wordt geregeld door het secretariaat; je ontvangt de gewone reisvergoeding.

Dank jullie wel!
Pieter"""), bcc=[PERSONEEL],
  rules=[], note="general letter to all staff about trips; personeel@ only in BCC, sender's own address in To",
  fmt=["plain", "bcc-envelope"], group="general")

M("personeel-procedure-uitstappen", "2025-09-04 07:45", SP("pgo"), [], "Procedure uitstappen en extra-murosactiviteiten",
  t("""
Beste collega's,

Even een opfrissing van de afspraken voor uitstappen en extra-murosactiviteiten:

1. Vraag elke uitstap minstens drie weken vooraf aan via het formulier in Smartschool (Intradesk > Uitstappen). Pas na goedkeuring door de directie boek je vervoer of tickets.
2. Het secretariaat bezorgt je een afgedrukte deelnemerslijst en de medische aandachtspunten van de klas in een gesloten enveloppe. Neem die mee en geef ze na de uitstap terug; niet fotograferen of doorsturen.
3. Neem altijd een EHBO-koffer mee (af te halen bij Marleen) en een geladen gsm.
4. Medicatie van leerlingen geven we enkel met een ingevuld medicatieformulier.
5. Na de uitstap: korte evaluatie in het formulier en de kosten doorgeven aan de boekhouding.

Bedankt om dit op te volgen!
Pieter Goossens"""), html=True, bcc=[PERSONEEL], to_header=UND,
  rules=[], note="general staff letter about the procedure for trips, no pupil named", fmt=["alt", "bcc-envelope"],
  group="general")

_plan = [["Datum", "Klassen", "Uitstap", "Verantwoordelijke"],
         ["2/9", "1ste jaar", "Onthaaldag Provinciedomein Kessel-Lo", "P. Goossens"],
         ["26/9", "1ste graad", "Sportdag Wilsele", "K. Lenaerts"],
         ["8-10/10", "6de jaar", "Bezinningsdagen Averbode", "K. Vandenbussche"],
         ["14/10", "3de jaar", "Technopolis Mechelen", "E. Jacobs"],
         ["17/10", "4de jaar", "Ieper en Last Post", "J. De Smedt"],
         ["21/10", "5ELEK en 6ELEK", "Bedrijfsbezoek Dijleland Energie", "D. Smets"],
         ["6/11", "2de jaar", "Theater in Leuven", "S. Lambrechts"]]
M("personeel-planning-uitstappen-trimester1", "2025-09-08 17:10", SP("pgo"), [], "Planning uitstappen 1ste trimester",
  t("""
Beste collega's,

Hieronder de planning van de uitstappen in het eerste trimester. Hou er rekening mee bij het plannen van toetsen; de lessen van de begeleiders worden vervangen of vallen weg.

""") + table_text(_plan) + "\n\nGroeten,\nPieter\n",
  html=to_html("Beste collega's,\n\nHieronder de planning van de uitstappen in het eerste trimester. Hou er rekening mee bij "
               "het plannen van toetsen; de lessen van de begeleiders worden vervangen of vallen weg.\n").replace(
      "</div></body></html>", html_table(_plan) + '<p class="MsoNormal">Groeten,<br>Pieter</p></div></body></html>'),
  bcc=[PERSONEEL], to_header=UND,
  rules=[], note="general staff letter with an HTML table of the trips planning", fmt=["alt", "html-table", "bcc-envelope"],
  group="general")

M("brief-kosten-uitstappen-maximumfactuur", "2025-09-01 18:00", SP("kvb"), [], "Kosten van uitstappen en de schoolrekening",
  t("""
Beste ouders,

Een nieuw schooljaar brengt ook kosten mee. Graag geven we wat meer uitleg over de kosten van uitstappen.

- Eendaagse uitstappen (onthaaldag, sportdag, theater, museum) staan op de gewone schoolrekening. Voor de eerste graad respecteren we de maximumfactuur.
- Meerdaagse reizen (bezinningsdagen, Londen, Parijs, skireis) worden in schijven aangerekend, zodat u niet alles in één keer moet betalen.
- De schoolrekening verschijnt drie keer per jaar in Smartschool (oktober, februari, juni).

Geen enkele leerling mag omwille van geld een uitstap missen. Heeft u het financieel moeilijk, neem dan gerust en in alle vertrouwen contact op met onze boekhouding: samen zoeken we een oplossing, zoals een gespreide betaling. U kan ook nagaan of u recht heeft op de schooltoeslag van het Groeipakket.

Met vriendelijke groeten,
Katrien Vandenbussche
Directeur"""), html=True, bcc=["alleouders@" + SHORT], to_header=UND,
  rules=[], note="general letter to all parents about the costs of trips and payment options; no family named, so not sensitive",
  fmt=["alt", "bcc-envelope"], group="general")

M("brief-medicatie-op-uitstap", "2025-09-03 17:20", SP("kvb"), [], "Medicatie tijdens uitstappen en reizen",
  t("""
Beste ouders,

Tijdens uitstappen en meerdaagse reizen mogen begeleiders enkel medicatie geven als er een ingevuld en ondertekend medicatieformulier is. Het formulier vindt u in Smartschool onder Formulieren > Medicatie.

- Geef de medicatie in de originele verpakking mee, met de naam van uw kind erop.
- Pijnstillers of koortswerende middelen geven we niet zonder uw schriftelijke toestemming.
- Heeft uw kind een allergie of een aandoening waarvoor de begeleiders moeten kunnen ingrijpen, vul dan ook het medisch formulier aan.

Alle informatie wordt vertrouwelijk behandeld en enkel gedeeld met de begeleiders van de uitstap.

Met vriendelijke groeten,
Katrien Vandenbussche
Directeur"""), bcc=["alleouders@" + SHORT], to_header=UND,
  rules=[], note="general medication policy letter for trips; nobody named, not sensitive", fmt=["plain", "bcc-envelope"],
  group="general")

M("brief-technopolis-3de-jaar", "2025-09-26 13:05", SP("eja"), [], "Uitstap Technopolis - 3de jaar",
  t("""
Beste ouders,

Op dinsdag 14 oktober gaan alle klassen van het 3de jaar naar Technopolis in Mechelen. De leerlingen volgen er een workshop "Elektriciteit en magnetisme" en verkennen daarna zelfstandig het doe-centrum.

Vertrek om 8u40 met de bus, terug om 15u30. Lunchpakket meebrengen. De kostprijs van 17 euro komt op de schoolrekening.

Met vriendelijke groeten,
Evelien Jacobs
Vakgroep wetenschappen"""), bcc=parents_of(["3"]), to_header=UND,
  rules=[], note="general letter to 3rd-year parents about a trip", fmt=["plain", "bcc-envelope"], group="general")

M("brief-theater-2de-jaar", "2025-09-29 11:35", SP("sla"), [], "Theaterbezoek 2de jaar - 6 november",
  t("""
Beste ouders,

Op donderdag 6 november gaan de leerlingen van het 2de jaar naar de theatervoorstelling "Het Zwijgen van de Zee" in een cultuurcentrum in Leuven. Na de voorstelling is er een nagesprek met de acteurs.

We vertrekken na de middag met de bus en zijn terug op school om 16u15. Wie normaal met de schoolbus naar huis gaat, kan die nog halen. Kostprijs: 9 euro.

Met vriendelijke groeten,
Sarah Lambrechts
Vakgroep Nederlands"""), bcc=parents_of(["2"]), to_header=UND, enc="qp",
  rules=[], note="general letter to 2nd-year parents about a theatre trip, quoted-printable", fmt=["plain-qp", "bcc-envelope"],
  group="general")

M("letter-okan-brussels-trip", "2025-09-19 14:20", SP("nve"), [], "OKAN class trip to Brussels - 3 October",
  t("""
Dear parents and guardians,

On Friday 3 October the OKAN class will visit Brussels. We will take the train from Herent, visit the Parlamentarium (the museum of the European Parliament) and have a picnic in the Parc du Cinquantenaire.

- We leave school at 8:30 and are back at 15:30.
- Your child needs a lunch box, a drink and a rain jacket.
- The trip is free for OKAN pupils.

If your child cannot come, please let me know.

Kind regards,
Nadia Verstraeten
OKAN teacher"""), bcc=parents_of(["OKAN"]), to_header=UND, mailer="outlook-en",
  rules=[], lang="en", note="general letter in English to the newcomers' families about a trip", fmt=["plain", "bcc-envelope"],
  group="general")

M("lettre-voyage-paris-parents", "2025-09-12 09:10", SP("yba"), [], "Voyage à Paris - informations en français",
  t("""
Chers parents,

Pour les familles francophones, voici en bref les informations sur le voyage à Paris des élèves de 5e année (du 18 au 20 mars 2026).

- Programme : le Louvre, Montmartre, une visite guidée de l'Assemblée nationale et une soirée sur la Seine.
- Prix : environ 395 euros, payables en trois tranches via la facture scolaire.
- Document : une carte d'identité valable est obligatoire.

Une soirée d'information (en néerlandais, mais je serai présent pour traduire) aura lieu le jeudi 25 septembre à 19h30 au réfectoire.

Bien cordialement,
Youssef Bakkali
Professeur de français"""), bcc=parents_of(["5"]), to_header=UND, charset="windows-1252",
  rules=[], lang="fr", note="general letter in French about the Paris trip (cp1252)", fmt=["plain-cp1252", "bcc-envelope"],
  group="general")

M("brief-bedrijfsbezoek-elektriciteit", "2025-09-30 10:45", SP("dsm"), [], "Bedrijfsbezoek 5ELEK en 6ELEK - 21 oktober",
  t("""
Beste ouders,

Op dinsdag 21 oktober bezoeken de leerlingen van 5ELEK en 6ELEK het hoogspanningsstation en het opleidingscentrum van Dijleland Energie. Ze krijgen er een rondleiding en een praktijksessie rond veiligheid bij elektrische installaties.

Veiligheidsschoenen en werkkledij zijn verplicht. Vertrek met de bus om 8u30, terug om 16u00. Er zijn geen kosten.

Met vriendelijke groeten,
Dirk Smets
Vakgroep elektriciteit"""), bcc=parents_of(["5ELEK", "6ELEK"]), to_header=UND,
  rules=[], note="general letter to parents of two classes about a company visit", fmt=["plain", "bcc-envelope"],
  group="general")

M("personeel-busbestelling-uitstappen", "2025-09-09 12:10", SP("gvr"), [SP("gvr")], "Bussen bestellen voor uitstappen",
  t("""
Beste collega's,

Vanaf dit schooljaar bestellen we alle bussen voor uitstappen via één raamcontract met Autocars Dijlevallei. Gelieve dus niet meer zelf een busmaatschappij te contacteren.

Werkwijze:
1. Je uitstap is goedgekeurd in Smartschool.
2. Je mailt de datum, het aantal leerlingen en begeleiders, vertrek- en terugkomuur naar boekhouding@spc.ksleuven.be.
3. Wij bestellen en bezorgen je de bevestiging.

Bestel minstens twee weken vooraf; in mei en juni liefst nog vroeger.

Bedankt!
Greet Van Roey
Boekhouding"""), bcc=[PERSONEEL],
  rules=[], note="general staff letter about ordering buses for trips; staff list in BCC", fmt=["plain", "bcc-envelope"],
  group="general")

M("brief-fotos-uitstappen-website", "2025-09-17 19:00", SP("kvb"), [], "Foto's van uitstappen op de website en sociale media",
  t("""
Beste ouders,

Op uitstappen en reizen maken begeleiders vaak foto's. We delen graag sfeerbeelden op onze website en op de Facebook- en Instagrampagina van de school, maar enkel van leerlingen voor wie we toestemming hebben.

- U kan uw keuze bekijken of wijzigen in Smartschool (Formulieren > Toestemming beeldmateriaal).
- Leerlingen vanaf 12 jaar geven ook zelf hun toestemming.
- Begeleiders plaatsen geen foto's van leerlingen op hun persoonlijke sociale media.

Heeft u vragen over privacy, dan kan u terecht bij het aanspreekpunt informatieveiligheid van de scholengroep: privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
Katrien Vandenbussche
Directeur"""), html=True, bcc=["alleouders@" + SHORT], to_header=UND,
  rules=[], note="general letter about photos taken on trips and consent", fmt=["alt", "bcc-envelope"], group="general")

M("brief-fietstocht-eerste-jaar", "2025-09-11 16:40", SP("kle"), [], "Fietstocht eerste jaar - vrijdag 19 september",
  t("""
Beste ouders,

Op vrijdag 19 september maken de leerlingen van het eerste jaar een fietstocht naar de abdij van Park in Heverlee (ongeveer 25 km heen en terug). Onderweg krijgen ze een korte verkeersles van de lokale politie.

- Fiets in orde (remmen, verlichting), fietshelm en fluohesje zijn verplicht.
- Lunchpakket en drinkbus meebrengen.
- Terug op school rond 15u30.

Ouders die willen meefietsen als begeleider zijn welkom; geef een seintje aan de titularis.

Sportieve groeten,
Het team LO"""), bcc=parents_of(["1A", "1B"]), to_header=UND,
  rules=[], note="general letter to first-year parents about a bike trip", fmt=["plain", "bcc-envelope"], group="general")
# --------------------------------------------------------------------------------------------
# F. ordinary mail with bcc / private_account / attachment / personal_data cases - 16
# --------------------------------------------------------------------------------------------
M("begeleiders-fietstocht", "2025-09-16 20:05", SP("sla"),
  [par("noor_aerts"), par("finn_de_smet"), par("warre_stevens"), par("ruben_michiels", 2)],
  "Begeleiding fietstocht 19/9", t("""
Beste ouders,

Hartelijk dank dat jullie willen meefietsen als begeleider op vrijdag 19 september! Afspraak om 8u15 aan poort 2 in de Kapelstraat. Jullie krijgen een fluohesje van de school en een routekaartje.

We fietsen in groepjes van acht leerlingen met telkens een leerkracht of ouder voorop en achteraan. Rond 12u picknicken we aan de abdij; wie wil, kan daar ook iets kopen.

Tot vrijdag!
Sarah Lambrechts
Titularis 1A1"""),
  rules=["bcc"], note="four parents' private addresses visible to each other in To", fmt=["plain"], group="other")

M("fotodag-1a4", "2025-09-17 12:15", SP("ewy"), [("Ouders 1A4", "ouders1a4@" + SHORT)],
  "Fotodag 1A4 - dinsdag 23 september", t("""
Beste ouders van 1A4,

Op dinsdag 23 september komt de fotograaf langs voor de individuele foto's en de klasfoto. Onze klas is aan de beurt om 10u15. Een bestelformulier volgt via uw kind; bestellen is uiteraard niet verplicht.

Vriendelijke groeten,
Els Wyns"""),
  rules=["bcc"], note="class parents list address in To instead of BCC", fmt=["plain", "group-in-to"], group="other")

M("startvergadering-29-augustus", "2025-08-26 12:00", SP("pgo"), [("Personeel SPC", PERSONEEL)],
  "Startvergadering vrijdag 29 augustus", t("""
Beste collega's,

Graag nodig ik jullie uit op de startvergadering van vrijdag 29 augustus om 9u00 in de refter. Vanaf 8u30 staat er koffie klaar.

Agenda:
1. Welkom en voorstelling van de nieuwe collega's
2. Jaarthema en kalender 2025-2026
3. Laptops eerste jaar: draaiboek verdeling
4. Onthaaldagen 1 en 2 september
5. Toezichten en uurroosters
6. Varia

's Middags lunchen we samen; om 13u30 zijn er vakgroepvergaderingen.

Tot vrijdag!
Pieter"""),
  rules=["bcc"], note="all-staff list personeel@ in To instead of BCC", fmt=["plain", "group-in-to"], group="other")

M("bushalte-werken-molenstraat", "2025-09-10 09:35", SP("pgo"),
  [("Planning Autocars Dijlevallei", "planning@autocarsdijlevallei.be"), ("Dienst Mobiliteit", "mobiliteit@gemeente-herent.be")],
  "Schoolbushalte Molenstraat - werken vanaf 22/9", t("""
Goeiedag,

Vanaf maandag 22 september wordt de Molenstraat ter hoogte van de school opengebroken voor rioleringswerken (duur: ongeveer 6 weken). De schoolbussen kunnen dan niet meer aan de vaste halte stoppen.

Voorstel: de bussen laten de leerlingen op- en afstappen in de Kapelstraat, aan de achteringang. Kunnen jullie dit samen bekijken en bevestigen, zodat we de ouders tijdig kunnen verwittigen?

Met vriendelijke groeten,
Pieter Goossens
Adjunct-directeur"""),
  rules=["bcc"], note="two external partners (bus company and municipality) visible to each other in To",
  fmt=["plain"], group="other")

M("geschiedenisboek-wout", "2025-08-31 19:40", ("Jasper De Smedt", "jasper.desmedt92@gmail.com"), [par("wout_vanhoof")],
  "Geschiedenisboek Wout", t("""
Beste mevrouw Van Hoof,

Ik stuur dit even vanaf mijn privé-adres omdat mijn schoolmail op mijn gsm nog niet werkt. Ik ben de nieuwe leerkracht geschiedenis van Wout (2A3).

U vroeg of Wout het handboek van zijn neef mag gebruiken: dat kan, het is dezelfde editie (Storia 2, 2023). Het werkboek moet wel nieuw zijn.

Met vriendelijke groeten,
Jasper De Smedt"""), mailer="gmail", env_from="jasper.desmedt92@gmail.com",
  rules=["private_account"], about=["wout_vanhoof"],
  note="teacher writes to a pupil's parent about school business from his private gmail; nothing sensitive; correct parent",
  fmt=["plain"], group="other")


def _klaslijst_1a4():
    rows = [["Naam", "Voornaam", "Klas", "E-mailadres leerling"]]
    for p in sorted([p for p in ROSTER if p["cls"] == "1A4"], key=lambda p: (norm(p["last"]), norm(p["first"]))):
        rows.append([p["last"], p["first"], "1A4", p["mail"]])
    return rows


M("fw-klaslijst-1a4", "2025-08-30 10:22", SP("ewy"), [("Els Wyns", "els.wyns@hotmail.com")],
  "FW: klaslijst 1A4", t("""
afdrukken thuis

""") + q_fwd_outlook("Ilse Mertens <ilse.mertens@sintpieterscollege.be>", "vrijdag 29 augustus 2025 15:12",
                     "Els Wyns <els.wyns@sintpieterscollege.be>", "klaslijst 1A4", t("""
Els, hierbij de definitieve klaslijst van 1A4. Ilse""")),
  atts=[("klaslijst_1A4.csv", "text/csv", csv_bytes(_klaslijst_1a4()))],
  rules=["private_account"], note="school mail with the class list forwarded to the teacher's own hotmail; list itself holds only names and pupil addresses",
  fmt=["forward", "attachment-csv"], group="other")

M("vraag-uurrooster-donderdag", "2025-08-24 21:15", ("Youssef Bakkali", "youssef.bakkali.fr@gmail.com"), [SP("pgo")],
  "uurrooster", t("""
Dag Pieter,

Sorry dat ik je op zondag stoor en via mijn gmail, ik kan nog niet aan mijn schoolmail. Ik zie in het voorlopige uurrooster dat ik op donderdag het 1ste en het 8ste uur heb, met zes springuren ertussen. Is daar nog iets aan te doen? Ik breng op donderdag mijn dochter naar de crèche.

Alvast bedankt,
Youssef"""), mailer="gmail", env_from="youssef.bakkali.fr@gmail.com",
  rules=["private_account"], note="new teacher writes to a colleague about his timetable from his private gmail",
  fmt=["plain"], group="other")

M("printer-vaklokaal", "2025-09-01 14:35", SP("bcl"), [SP("hve"), SP("jds"), SP("yba")], "printer in je lokaal", t("""
Hoi,

Voor wie de printer in zijn vaklokaal niet ziet: in bijlage de installer. Dubbelklikken, alles op 'volgende', klaar. Als Windows vraagt of je het programma wil uitvoeren: ja.

Bart"""), atts=[("KonicaSetup_SPC.exe", "application/x-msdownload", fake_exe("KonicaSetup SPC 2025"))],
  rules=["attachment"], note="executable installer attached", fmt=["attachment-exe", "plain"], group="other")

M("uurrooster-v7", "2025-08-28 18:20", SP("pgo"), [SP("sla"), SP("jmo"), SP("sdc"), SP("ewy"), SP("eja"), SP("wde")],
  "uurrooster 2025-2026 v7 (met filter)", t("""
Dag titularissen,

In bijlage versie 7 van het uurrooster. Als je de macro's inschakelt, kan je met de knop 'Mijn uurrooster' alleen jouw lessen en toezichten tonen.

Pieter"""), atts=[("uurrooster_2025-2026_v7.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12",
                  xlsx([["Dag", "Uur", "Klas", "Vak", "Leerkracht", "Lokaal"],
                        ["Ma", "1", "1A1", "NED", "SLA", "A.103"], ["Ma", "2", "1A2", "WIS", "JMO", "B.204"],
                        ["Ma", "3", "3STEM", "FYS", "EJA", "C.110"]], macro=True))],
  rules=["attachment"], note="Excel workbook with macros (.xlsm)", fmt=["attachment-xlsm", "plain"], group="other")

M("printer-onthaal", "2025-09-02 11:50", SP("bcl"), [SP("mhe")], "printer onthaal", t("""
Marleen,

De nieuwe printer aan het onthaal: pak de zip uit en start installeer_printer.bat als administrator. Lukt het niet, dan kom ik morgen langs.

Bart"""), atts=[("printer_onthaal.zip", "application/zip",
                 _zip([("installeer_printer.bat",
                        "@echo off\r\nrundll32 printui.dll,PrintUIEntry /in /n \\\\srv-print01\\Onthaal\r\n"
                        "reg add HKCU\\Printers /v Default /d Onthaal /f\r\n"),
                       ("LEESMIJ.txt", "Rechtermuisklik > Als administrator uitvoeren.\r\n")]))],
  rules=["attachment"], note="zip archive containing a .bat script", fmt=["attachment-zip", "plain"], group="other")

_verz = [["Naam", "Voornaam", "Klas", "Geboortedatum", "Rijksregisternummer", "Startdatum"],
         ["Chahid", "Bilal", "3ECO", "19/11/2010", rrn(2010, 11, 19, 117), "01/09/2025"],
         ["Yilmaz", "Elif", "3ECO", "03/06/2010", rrn(2010, 6, 3, 284), "01/09/2025"],
         ["Nowak", "Kacper", "2A2", "27/01/2012", rrn(2012, 1, 27, 61), "08/09/2025"],
         ["Popescu", "Ana", "OKAN", "14/08/2011", rrn(2011, 8, 14, 342), "15/09/2025"]]
M("schoolverzekering-nieuwe-leerlingen", "2025-09-16 09:05", SP("ime"), [("Polisbeheer Dijlepolis", "schoolpolis@dijlepolis.be")],
  "Polis 44.771.520 - aanvulling leerlingenlijst", t("""
Goeiemorgen,

In bijlage de leerlingen die na 1 september bij ons instroomden, met geboortedatum en rijksregisternummer, om toe te voegen aan de schoolpolis 44.771.520.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat Sint-Pieterscollege"""),
  atts=[("aanvulling_leerlingen_polis.csv", "text/csv", csv_bytes(_verz))],
  rules=["personal_data"], about=["bilal_chahid", "elif_yilmaz", "kacper_nowak", "ana_popescu"],
  note="CSV with dates of birth and valid national register numbers sent to the school insurer; no sensitive facts",
  fmt=["attachment-csv", "plain"], group="other")

M("factuur-bbq-onthaaldag", "2025-09-04 15:25", SP("gvr"), [("Facturatie De Schakel", "facturatie@cateringdeschakel.be")],
  "Factuur BBQ onthaaldag", t("""
Goedemiddag,

Bedankt voor de vlotte BBQ op de onthaaldag. Graag ontvangen we de factuur op naam van VZW LKSD, Molenstraat 12, 3020 Herent, met vermelding "Sint-Pieterscollege - onthaaldag 2/9".

Voor de creditnota van de 8 maaltijden te veel mag u terugstorten op ons rekeningnummer """ + SCHOOL_IBAN + t(""".

Met vriendelijke groeten,

""") + sig("gvr", phone=True)),
  rules=["personal_data"], note="school IBAN and school phone number in a mail to a supplier", fmt=["plain"],
  group="other")

M("nieuw-inschrijvingsformulier", "2025-08-20 15:45", SP("ime"), [SP("pgo"), SP("ldw")], "nieuw inschrijvingsformulier", t("""
Pieter, Leen,

In bijlage het nieuwe digitale inschrijvingsformulier. De macro vult de klas en de studierichting automatisch in als je de knop 'Vul aan' gebruikt. Laat maar weten of het zo goed is voor de inschrijvingsdagen.

Ilse"""), atts=[("inschrijvingsformulier_2025_v3.docm", "application/vnd.ms-word.document.macroEnabled.12",
                 docx(["Inschrijvingsformulier Sint-Pieterscollege 2025-2026", "Naam leerling:", "Klas:",
                       "Studierichting:"], macro=True))],
  rules=["attachment"], note="Word document with macros (.docm)", fmt=["attachment-docm", "plain"], group="other")

M("schoolabonnement-julie", "2025-08-27 11:55", SP("ime"),
  [("Abonnementen Busdienst Dijleland", "abonnementen@busdienstdijleland.be")], "Aanvraag schoolabonnement", t("""
Goeiedag,

Graag een schoolabonnement voor onderstaande leerling:

Naam: Julie Smolders
Geboren op: 07/05/2012
Klas: 2A2 - Sint-Pieterscollege Herent
Traject: Veltem Station - Herent Molenstraat
Geldig vanaf: 01/09/2025

De kosten worden door de ouders betaald via de schoolrekening.

Met vriendelijke groeten,
Ilse Mertens
Leerlingensecretariaat"""),
  rules=["personal_data"], about=["julie_smolders"],
  note="bus subscription request with the pupil's date of birth to the bus company", fmt=["plain"], group="other")

M("fotos-zaterdag", "2025-09-07 11:30", ("Hanne Verbist", "hanneverbist@gmail.com"), [SP("sla")], "foto's zaterdag :)",
  t("""
Hey Sarah!

Dank je om te komen zaterdag, het was superleuk! Ik heb de foto's van de bbq in onze gedeelde map van de vriendengroep gezet, die met de tuinkabouter is echt de max :D
Volgende keer bij jou? ;-)

Liefs,
Hanne"""), mailer="gmail", env_from="hanneverbist@gmail.com",
  rules=[], note="look-alike: staff member's private gmail about a private matter (a party) - fine", fmt=["plain"],
  group="other")

M("formulieren-uitstappen", "2025-09-04 08:20", SP("pgo"), [SP("jds"), SP("eja"), SP("dsm")],
  "formulieren uitstappen", t("""
Jasper, Evelien, Dirk,

Jullie organiseren dit trimester een uitstap. In de zip zitten de drie formulieren die we nodig hebben (aanvraag, risicoanalyse en evaluatie). Terugbezorgen via Smartschool.

Pieter"""), atts=[("formulieren_uitstappen.zip", "application/zip",
                   _zip([("aanvraag_uitstap.pdf", pdf(["Aanvraag uitstap", "Datum:", "Klassen:", "Begeleiders:"])),
                         ("risicoanalyse_uitstap.pdf", pdf(["Risicoanalyse uitstap", "Vervoer:", "Risico's:"])),
                         ("evaluatie_uitstap.pdf", pdf(["Evaluatie uitstap", "Wat ging goed:", "Werkpunten:"]))]))],
  rules=[], note="look-alike: zip archive holding only PDF forms", fmt=["attachment-zip", "plain"], group="other")

# ============================================================================================
if __name__ == "__main__":
    mails = write_all()
    print(f"wrote {len(mails)} mails, {len(ROSTER)} pupils")
