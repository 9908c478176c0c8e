#!/usr/bin/env python3
"""batch36 - blind labelled outbound mail, facility and support services of the
Stroom (LKSD) secondary school in Tienen.

Deterministic: standard library only, fixed dates, fixed Message-IDs, seeded randomness.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import base64
import datetime
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import textwrap
import unicodedata
import zipfile
import zlib
import struct
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 36036


def T(s):
    """dedent a triple-quoted body"""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------

def be_account(bank3, mid7):
    """Belgian account number bank3-mid7-cc with valid mod-97 check"""
    base = int(bank3 + mid7)
    cc = base % 97 or 97
    return "%s%s%02d" % (bank3, mid7, cc)


def iban_be(bank3, mid7, spaced=True):
    bban = be_account(bank3, mid7)
    # country BE -> 11 14, check 00
    num = int(bban + "111400")
    check = 98 - (num % 97)
    iban = "BE%02d%s" % (check, bban)
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def rrn(yy, mm, dd, seq, after2000=True):
    body = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" if after2000 else "") + body)
    cc = 97 - (n % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


def ogm(ten):
    """Belgian structured communication +++xxx/xxxx/xxxxx+++"""
    cc = int(ten) % 97 or 97
    d = "%s%02d" % (ten, cc)
    return "+++%s/%s/%s+++" % (d[:3], d[3:7], d[7:])


SCHOOL_IBAN = iban_be("734", "0192837")
CATERER_IBAN = iban_be("001", "4455667")
LAUWERS_IBAN = iban_be("063", "5512049")

SCHOOL_TEL = "016 81 27 40"
EHBO_TEL = "016 81 27 44"
BOEKH_TEL = "016 81 27 43"
KOEN_GSM = "0497 31 52 86"
ALARM_TEL = "016 47 90 12"
CATERER_TEL = "016 78 33 20"
VEERLE_GSM = "0470 62 18 95"

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

S = {
    "koen": ("Koen Vanderstraeten", "koen.vanderstraeten@sintpieterscollege.be", "Facilitair manager"),
    "koenkort": ("Koen Vanderstraeten", "kvd@spc.ksleuven.be", "Facilitair manager"),
    "rita": ("Rita Goossens", "rita.goossens@sintpieterscollege.be", "Verantwoordelijke keuken en refter"),
    "samira": ("Samira El Idrissi", "samira.elidrissi@sintpieterscollege.be", "Keukenmedewerker"),
    "fatma": ("Fatma Yilmaz", "fatma.yilmaz@sintpieterscollege.be", "Keukenmedewerker"),
    "nadia": ("Nadia Vermeulen", "nadia.vermeulen@sintpieterscollege.be", "Ploegverantwoordelijke schoonmaak"),
    "marc": ("Marc Lemmens", "mle@spc.ksleuven.be", "Conciërge"),
    "marclang": ("Marc Lemmens", "marc.lemmens@sintpieterscollege.be", "Conciërge"),
    "pieter": ("Pieter Claes", "pcl@spc.ksleuven.be", "ICT-coördinator"),
    "ingrid": ("Ingrid Wouters", "ingrid.wouters@sintpieterscollege.be", "Leerlingensecretariaat"),
    "secr": ("Leerlingensecretariaat SPC Tienen", "leerlingensecretariaat@spc.ksleuven.be", "Leerlingensecretariaat"),
    "hilde": ("Hilde Maes", "hilde.maes@sintpieterscollege.be", "Boekhouding - schoolrekeningen"),
    "bart": ("Bart Smets", "bart.smets@sintpieterscollege.be", "Directeur"),
    "directie": ("Directie Sint-Pieterscollege Tienen", "directie@spc.ksleuven.be", "Directie"),
    "greet": ("Greet Van Rompaey", "greet.vanrompaey@sintpieterscollege.be", "Adjunct-directeur"),
    "els": ("Els Jacobs", "els.jacobs@sintpieterscollege.be", "Zorgcoördinator"),
    "veerle": ("Veerle Hendrickx", "veerle.hendrickx@sintpieterscollege.be", "Sociale dienst"),
    "tom": ("Tom Wuyts", "twu@spc.ksleuven.be", "Graadcoördinator 2de graad"),
    "sofie": ("Sofie Geerts", "sofie.geerts@sintpieterscollege.be", "Onthaal en EHBO"),
    "jan": ("Jan Verbiest", "jvb@spc.ksleuven.be", "Leraar LO"),
    "luc": ("Luc Willems", "luc.willems@sintpieterscollege.be", "Preventieadviseur"),
    "youssef": ("Youssef Amrani", "youssef.amrani@sintpieterscollege.be", "Opvoeder"),
    "kim": ("Kim Dewulf", "kdw@spc.ksleuven.be", "Schoonmaak (interim)"),
    "evi": ("Evi Martens", "evi.martens@sintpieterscollege.be", "Leraar (interim)"),
    "info": ("Sint-Pieterscollege Tienen", "info@spc.ksleuven.be", ""),
    "personeel": ("Personeel SPC Tienen", "personeel@spc.ksleuven.be", ""),
}
PRIV = {
    "koen": ("Koen V.", "koen.vds67@gmail.com"),
    "rita": ("Rita Goossens", "ritagoossens@hotmail.com"),
    "marc": ("Marc Lemmens", "marc.lemmens.tienen@gmail.com"),
    "nadia": ("Nadia Vermeulen", "nadia.vermeulen73@telenet.be"),
}
X = {
    "dirk": ("Dirk Swinnen", "dirk.swinnen@hagelandcatering.be"),
    "catfact": ("Hageland Catering - facturatie", "facturatie@hagelandcatering.be"),
    "kevin": ("Kevin Aerts", "kevin.aerts@vandyck-office.be"),
    "copier": ("Van Dyck Office - service", "service@vandyck-office.be"),
    "stijn": ("Stijn Mertens", "stijn.mertens@alarmtech-brabant.be"),
    "meldkamer": ("AlarmTech Brabant meldkamer", "meldkamer@alarmtech-brabant.be"),
    "johan": ("Johan Dewit", "johan@slotenmakerij-dewit.be"),
    "wim": ("Wim Bosmans", "wim.bosmans@thermohageland.be"),
    "erik": ("Erik Lindqvist", "erik.lindqvist@nordbms.com"),
    "lift": ("Liftservice Brabant planning", "planning@liftservice-brabant.be"),
    "gert": ("Gert Nys", "gert.nys@liftservice-brabant.be"),
    "accessgate": ("AccessGate Support", "support@accessgate.co.uk"),
    "mealtrack": ("Mealtrack", "noreply@mealtrack.eu"),
    "bakkerij": ("Boulangerie Delcourt", "commandes@boulangerie-delcourt.be"),
    "clb": ("Annelies Bruynseels", "annelies.bruynseels@clbhageland.be"),
    "ocmw": ("Lies Vangeel", "lies.vangeel@ocmw-tienen.be"),
    "politie": ("Dries Stas", "dries.stas@pz-hageland.be"),
    "fietsrek": ("Bert Loos", "bert.loos@fietsrek-vlaanderen.be"),
    "hygiena": ("Hygiena Pro bestellingen", "bestellingen@hygienapro.be"),
    "rudi": ("Rudi Verhaegen", "rudi.verhaegen@skynet.be"),
    "standhouders": ("Ann Tielemans", "ann.tielemans@beurs-hageland.be"),
}


def P(key):
    return (S[key][0], S[key][1])


def sig(key, tel=None, mob=None, lang="nl", short=False):
    name, addr, role = S[key]
    if short:
        return "\n%s\n" % name.split()[0]
    greet = {"nl": "Met vriendelijke groeten", "fr": "Bien à vous,", "en": "Kind regards,"}[lang]
    lines = [greet, "", name]
    if role:
        lines.append(role)
    lines.append("Sint-Pieterscollege Tienen | scholengroep Stroom")
    if tel:
        lines.append("T %s" % tel)
    if mob:
        lines.append("GSM %s" % mob)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

CLASSES = ["1A", "1B", "1C", "1D", "1E", "1F", "2A", "2B", "2C", "2D", "2E",
           "3A", "3B", "3C", "3D", "4A", "4B", "4C", "4D", "5A", "5B", "5C", "5D",
           "6A", "6B", "6C"]

# key pupils: key -> (id, first, last, class, [parent mails])
KEY = {
    # medical
    "lotte_vdb": (7, "Lotte", "Vandenberghe", "2B", ["an.vandenberghe@telenet.be", "jeroen.vandenberghe@gmail.com"]),
    "daan_peeters": (12, "Daan", "Peeters", "3C", ["kristof.peeters@gmail.com", "sofie.lambrechts@telenet.be"]),
    "lotte_peeters": (19, "Lotte", "Peeters", "2A", ["geert.peeters@skynet.be", "marijke.hendrix@gmail.com"]),
    "amber": (23, "Amber", "Vermeiren", "4B", ["bart.vermeiren@telenet.be", "katrien.dewolf@gmail.com"]),
    "yasmine": (28, "Yasmine", "Bouzid", "1D", ["k.bouzid@hotmail.com"]),
    "jonas": (31, "Jonas", "Michiels", "4A", ["tim.michiels@gmail.com", "inge.vos@telenet.be"]),
    "louis": (32, "Louis", "Michiels", "1C", ["tim.michiels@gmail.com", "inge.vos@telenet.be"]),
    "elif": (36, "Elif", "Kaya", "2A", ["mehmet.kaya@hotmail.com", "ayse.kaya78@gmail.com"]),
    "elise": (37, "Elise", "Van Hoof", "2A", ["veerle.vanhoof@icloud.com"]),
    "hugo": (41, "Hugo", "Lambert", "1C", ["sophie.dubreucq@skynet.be", "olivier.lambert@gmail.com"]),
    "kevin": (44, "Kevin", "Smolders", "5B", ["smolders.family@skynet.be"]),
    "jarne": (45, "Jarne", "Smolders", "2C", ["smolders.family@skynet.be"]),
    "liam": (49, "Liam", "O'Connor", "3A", ["siobhan.oconnor@gmail.com", "declan.oconnor@outlook.com"]),
    "noah_jansen": (53, "Noah", "Jansen", "1B", ["p.jansen@outlook.com"]),
    "noah_janssens": (54, "Noah", "Janssens", "1E", ["ann.janssens@hotmail.com", "wim.janssens1980@gmail.com"]),
    "fien": (58, "Fien", "Bogaerts", "3A", ["hans.bogaerts@telenet.be", "caroline.bogaerts@telenet.be"]),
    # financial
    "arthur": (62, "Arthur", "Dierckx", "3D", ["nathalie.dierckx@gmail.com"]),
    "kenzo": (66, "Kenzo", "Dubois", "2C", ["jessica.dubois87@hotmail.com"]),
    "nisrine": (70, "Nisrine", "Haddou", "1A", ["haddou.fam@gmail.com"]),
    "jens": (73, "Jens", "Vandevelde", "3A", ["kelly.vandevelde@hotmail.com"]),
    "sem": (77, "Sem", "Coppens", "1F", ["coppens.gezin@telenet.be"]),
    "mila": (80, "Mila", "Wijns", "1A", ["karen.wijns@telenet.be", "dave.wijns@proximus.be"]),
    "lars_wijns": (81, "Lars", "Wijns", "3B", ["karen.wijns@telenet.be", "dave.wijns@proximus.be"]),
    "chloe": (85, "Chloé", "Renard", "2D", ["m.renard@skynet.be"]),
    "dylan": (88, "Dylan", "Pauwels", "4D", ["sandra.pauwels@gmail.com"]),
    "oskar": (91, "Oskar", "Thys", "2E", ["lien.thys@gmail.com", "bram.thys@telenet.be"]),
    "jana_cools": (95, "Jana", "Cools", "5C", ["cools.marleen@skynet.be"]),
    "wout_cools": (96, "Wout", "Cools", "3D", ["patrick.cools@telenet.be", "evelien.cools@gmail.com"]),
    # psychosocial
    "robbe": (100, "Robbe", "Van Damme", "4B", ["peter.vandamme@proximus.be", "an.geens@telenet.be"]),
    "milan_goris": (104, "Milan", "Goris", "4B", ["goris.kris@gmail.com", "tinne.goris@gmail.com"]),
    "hanne_goris": (105, "Hanne", "Goris", "6B", ["goris.kris@gmail.com", "tinne.goris@gmail.com"]),
    "milan_govaerts": (108, "Milan", "Govaerts", "4C", ["sarah.govaerts@hotmail.com"]),
    "stan": (112, "Stan", "Hermans", "5A", ["hermans.luc@telenet.be"]),
    "lina": (115, "Lina", "Mahieu", "1B", ["nele.mahieu@gmail.com"]),
    "ayoub": (119, "Ayoub", "Benali", "2E", ["benali.rachid@gmail.com", "fatima.benali@hotmail.com"]),
    "noor": (123, "Noor", "Verhoeven", "2D", ["ilse.verhoeven@telenet.be"]),
    "margot": (127, "Margot", "Vanhove", "5D", ["vanhove.dirk@skynet.be"]),
    "thibault": (130, "Thibault", "Moens", "1C", ["moens.kathy@gmail.com"]),
    # care
    "arne": (134, "Arne", "Segers", "3B", ["segers.koen@telenet.be", "liesbeth.segers@gmail.com"]),
    "ruben": (138, "Ruben", "Luyten", "2C", ["luyten-peeters@telenet.be"]),
    "lars_cuypers": (141, "Lars", "Cuypers", "5C", ["g.cuypers@proximus.be"]),
    "emma_claeys": (145, "Emma", "Claeys", "1D", ["joke.claeys@gmail.com"]),
    "emma_claessens": (146, "Emma", "Claessens", "1A", ["claessens.wim@telenet.be", "lies.vdb@gmail.com"]),
    "mehdi": (150, "Mehdi", "Ouali", "2B", ["ouali.said@hotmail.com"]),
    "sam": (153, "Sam", "Verstraeten", "1A", ["verstraeten.ann@telenet.be"]),
    # family
    "lucas_desmet": (157, "Lucas", "Desmet", "1B", ["sabine.desmet@gmail.com"]),
    "lucas_desmet2": (158, "Lucas", "De Smet", "2A", ["desmet.johan@telenet.be", "griet.desmet@telenet.be"]),
    "ines": (162, "Inès", "Van Acker", "1E", ["vanacker.nancy@hotmail.com"]),
    "seppe": (166, "Seppe", "Lenaerts", "4C", ["lenaerts.frank@telenet.be"]),
    "febe": (170, "Febe", "Stevens", "3C", ["jan.stevens@outlook.com", "leen.devos@gmail.com"]),
    "jade": (174, "Jade", "Schepers", "2B", ["schepers.kim@hotmail.com"]),
    "oliver": (178, "Oliver", "Brooks", "4D", ["daniel.brooks@btinternet.com", "ellen.verbeeck@telenet.be"]),
    # not sensitive
    "sander_vos": (182, "Sander", "Vos", "5B", ["vos.geert@proximus.be"]),
    "zoe_leemans": (186, "Zoë", "Leemans", "3C", ["d.leemans@telenet.be"]),
    "zoe_lemaire": (187, "Zoë", "Lemaire", "3A", ["d.lemaire@skynet.be"]),
    "ibrahim": (190, "Ibrahim", "Saidi", "3B", ["saidi.mustapha@gmail.com"]),
    "finn_willaert": (194, "Finn", "Willaert", "3C", ["an.willaert@telenet.be"]),
    "finn_wauters": (195, "Finn", "Wauters", "2D", ["an.wauters@gmail.com", "kurt.wauters@telenet.be"]),
    "victor": (199, "Victor", "Claus", "6A", ["griet.claus@telenet.be"]),
    "manon": (203, "Manon", "Dupont", "3D", ["eric.dupont@proximus.be"]),
    "lukas": (207, "Lukas", "Vermeersch", "4A", ["vermeersch.s@gmail.com"]),
    "jelle": (211, "Jelle", "Verlinden", "6C", ["verlinden.mark@telenet.be"]),
    "tibo": (215, "Tibo", "Raes", "1F", ["kathleen.raes@hotmail.com"]),
    "emily": (219, "Emily", "Walsh", "4C", ["rachel.walsh@outlook.com"]),
    "lucie": (223, "Lucie", "Fontaine", "1D", ["a.fontaine@skynet.be"]),
    "bilal": (227, "Bilal", "Chakir", "2E", ["chakir.mohamed@hotmail.com"]),
    "ward": (231, "Ward", "Lauwers", "6A", ["bert.lauwers@telenet.be"]),
    "siebe": (235, "Siebe", "Heylen", "1A", ["heylen.jo@gmail.com"]),
    "nore": (239, "Nore", "Vandecasteele", "3B", ["tine.vandecasteele@gmail.com"]),
    "ilias": (243, "Ilias", "El Khattabi", "5A", ["elkhattabi.n@hotmail.com"]),
    "kato": (247, "Kato", "Bertels", "4B", ["bertels.stijn@telenet.be"]),
    "ella": (251, "Ella", "Verbeke", "2B", ["verbeke.sofie@gmail.com"]),
    "amine": (255, "Amine", "Tahiri", "3C", ["tahiri.h@gmail.com"]),
    "wiebe": (259, "Wiebe", "Dockx", "1B", ["sanne.dockx@telenet.be"]),
    "senne_vos": (263, "Senne", "Vos", "2C", ["kristel.daems@gmail.com"]),
    "nathan": (267, "Nathan", "Peeters", "5A", ["de.peeterkes@telenet.be"]),
}

FIRST_M = ["Lucas", "Noah", "Arthur", "Louis", "Liam", "Jules", "Adam", "Finn", "Mathis", "Victor",
           "Milan", "Lars", "Warre", "Wout", "Seppe", "Rune", "Mauro", "Thomas", "Stan", "Jasper",
           "Matteo", "Nathan", "Robbe", "Bram", "Tuur", "Cas", "Senne", "Vince", "Lowie", "Emiel",
           "Mohamed", "Ayoub", "Yassin", "Hamza", "Ilyas", "Rayan", "Omar", "Emir", "Yusuf", "Kerem",
           "Jakub", "Kacper", "Mateusz", "Ahmad", "Karim", "Dario", "Luca", "Gabriel", "Samuel", "Joachim"]
FIRST_F = ["Emma", "Olivia", "Louise", "Mila", "Lotte", "Ella", "Nina", "Julie", "Fleur", "Lore",
           "Hanne", "Marie", "Lien", "Noor", "Febe", "Lisa", "Eline", "Janne", "Amélie", "Lina",
           "Zoë", "Jade", "Charlotte", "Axelle", "Kaat", "Lena", "Nele", "Margaux", "Ines", "Sara",
           "Aya", "Salma", "Meryem", "Hiba", "Imane", "Zeynep", "Elif", "Ecrin", "Maja", "Zuzanna",
           "Nour", "Rania", "Fatoumata", "Grace", "Merve", "Lieze", "Anouk", "Britt", "Yana", "Chloë"]
LAST = ["Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smedt", "Dubois",
        "Jacobs", "Vermeulen", "Hermans", "Peeters", "Van den Broeck", "Lemmens", "Aerts", "Michiels",
        "Verhaegen", "Vandevelde", "Smets", "De Backer", "Verbruggen", "Van Dyck", "Geerts", "Bosmans",
        "Vandamme", "Nys", "Stas", "Swinnen", "Wuyts", "Thijs", "Daems", "Vanhoof", "Hendrickx", "Coenen",
        "Van Roey", "Celis", "Vranckx", "Boonen", "Loos", "Vandeput", "Lenaerts", "Verschueren", "Ramaekers",
        "El Amrani", "Bouzidi", "El Ouardi", "Aydin", "Yildiz", "Demir", "Kowalski", "Nowak", "Mbuyi",
        "Kabongo", "Haidari", "Al-Hassan", "Rossi", "Ferreira", "Popescu", "Van Nuffel", "Vangoidsenhoven",
        "Tielemans", "Bruynseels", "Vanschoubroek", "Lambrechts", "Ceulemans", "Moonen", "Hanssens"]
PROVIDERS = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.com", "icloud.com",
             "gmail.com", "telenet.be", "hotmail.com"]
PARENT_FIRST = ["An", "Katrien", "Sofie", "Els", "Nathalie", "Kristel", "Veerle", "Sarah", "Leen", "Tine", "Inge",
                "Karolien", "Hilde", "Liesbeth", "Fatima", "Nadia", "Aysel", "Magda", "Joke", "Evelien",
                "Kristof", "Bart", "Tom", "Peter", "Geert", "Jo", "Wim", "Dirk", "Steven", "Mohamed",
                "Hakan", "Tomasz", "Koen", "Stijn", "Frederik", "Jan", "Pieter", "Dries", "Kurt", "Sven"]


def slugname(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


def build_roster():
    rnd = random.Random(SEED)
    pupils = {}
    used_parent = set()
    used_full = set()
    key_first_class = set()
    for k, (n, f, l, c, par) in KEY.items():
        pupils[n] = [f, l, c, par]
        used_full.add((f, l))
        key_first_class.add((f, c))
        used_parent.update(par)
    free = [n for n in range(1, 301) if n not in pupils]
    i = 0
    while i < len(free):
        n = free[i]
        last = rnd.choice(LAST)
        nkids = 1
        r = rnd.random()
        if r < 0.14 and i + 1 < len(free):
            nkids = 2
        elif r < 0.17 and i + 2 < len(free):
            nkids = 3
        # parents
        pars = []
        style = rnd.random()
        pf = rnd.choice(PARENT_FIRST)
        prov = rnd.choice(PROVIDERS)
        ln = slugname(last)
        if style < 0.45:
            a = "%s.%s@%s" % (slugname(pf), ln, prov)
        elif style < 0.6:
            a = "%s.%s@%s" % (ln, slugname(pf), prov)
        elif style < 0.72:
            a = "%s%s%d@%s" % (slugname(pf)[0], ln, rnd.randint(70, 89), prov)
        elif style < 0.85:
            # mother's own surname: address does not spell the pupil's surname
            other = slugname(rnd.choice(LAST))
            a = "%s.%s@%s" % (slugname(pf), other, prov)
        else:
            a = "%s@%s" % (rnd.choice(["fam", "gezin", "familie", "thuis"]) + "." + ln, prov)
        pars.append(a)
        if rnd.random() < 0.55:
            pf2 = rnd.choice(PARENT_FIRST)
            prov2 = rnd.choice(PROVIDERS)
            if rnd.random() < 0.5:
                b = "%s.%s@%s" % (slugname(pf2), ln, prov2)
            else:
                b = "%s.%s@%s" % (slugname(pf2), slugname(rnd.choice(LAST)), prov2)
            pars.append(b)
        if any(p in used_parent for p in pars) or len(set(pars)) != len(pars):
            continue  # redraw the family
        for j in range(nkids):
            if i >= len(free):
                break
            nn = free[i]
            for _ in range(200):
                first = rnd.choice(FIRST_M if rnd.random() < 0.5 else FIRST_F)
                cls = rnd.choice(CLASSES)
                if (first, last) in used_full or (first, cls) in key_first_class:
                    continue
                break
            used_full.add((first, last))
            pupils[nn] = [first, last, cls, list(pars)]
            i += 1
        used_parent.update(pars)
    # pupil e-mail addresses
    seen = {}
    rows = []
    for n in sorted(pupils):
        f, l, c, par = pupils[n]
        base = "%s.%s" % (slugname(f), slugname(l))
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            base += str(seen[base])
        mail = base + "@leerling.sintpieterscollege.be"
        rows.append(("P%04d" % n, f, l, c, mail, par[0], par[1] if len(par) > 1 else ""))
    return rows


ROSTER = build_roster()
BYID = {r[0]: r for r in ROSTER}


def pid(key):
    return "P%04d" % KEY[key][0]


def pupil(key):
    return BYID[pid(key)]


def par(key, i=0):
    return KEY[key][4][i]


def lmail(key):
    return pupil(key)[4]


def full(key):
    r = pupil(key)
    return "%s %s" % (r[1], r[2])


def first(key):
    return pupil(key)[1]


def klas(key):
    return pupil(key)[3]


ALL_PARENTS = []
for _r in ROSTER:
    for _a in (_r[5], _r[6]):
        if _a and _a not in ALL_PARENTS:
            ALL_PARENTS.append(_a)


def parents_of_grade(grades, seed):
    out = []
    for r in ROSTER:
        if r[3][0] in grades:
            for a in (r[5], r[6]):
                if a and a not in out:
                    out.append(a)
    return out


# ---------------------------------------------------------------------------
# attachments: minimal real files built with the standard library
# ---------------------------------------------------------------------------

FIXED_ZIP_TIME = (2024, 9, 2, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs):
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Blad1", macro=False):
    ctype_wb = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % ctype_wb)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % htmlmod.escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, htmlmod.escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
               b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call BerekenPortie\r\nEnd Sub\r\n"
               b"Sub BerekenPortie()\r\n  Shell \"cmd /c copy \\\\keuken-pc\\menu$\\*.* %TEMP%\"\r\nEnd Sub\r\n")
        files.append(("xl/vbaProject.bin", vba))
    return _zip(files)


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        text.append("(%s) '" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w, h, seed):
    rnd = random.Random(seed)
    raw = b""
    base = (rnd.randint(60, 200), rnd.randint(60, 200), rnd.randint(60, 200))
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            v = (x * 3 + y * 5 + rnd.randint(0, 12)) % 40
            raw += bytes(((base[0] + v) % 256, (base[1] + v) % 256, (base[2] + v // 2) % 256))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_exe(label):
    rnd = random.Random(label)
    head = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00")
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$\x00\x00"
    pe = b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 16
    body = bytes(rnd.randrange(256) for _ in range(1536))
    return bytes(head) + stub + b"\x00" * (0x80 - len(head) - len(stub)) + pe + body + label.encode()


def make_iso(label):
    return b"\x00" * 32768 + b"\x01CD001\x01\x00" + b"LINUX".ljust(32) + label.upper().encode().ljust(32) + b"\x00" * 2000


# ---------------------------------------------------------------------------
# message building
# ---------------------------------------------------------------------------

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlookmac": ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
    "iphone": ("X-Mailer", "iPhone Mail (21G93)"),
    "android": ("User-Agent", "Android"),
    "gmail": (None, None),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
    "owa": ("X-MS-Has-Attach", ""),
}


def tz_for(dt):
    # CEST from 2024-03-31 to 2024-10-27 and from 2025-03-30 to 2025-10-26
    d = dt.date()
    if datetime.date(2024, 3, 31) <= d < datetime.date(2024, 10, 27) or \
       datetime.date(2025, 3, 30) <= d < datetime.date(2025, 10, 26):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def parse_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=tz_for(dt))


def hdr_addr(pair, charset="utf-8"):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        if len(s) < 70:
            return s
        return Header(s, "us-ascii", maxlinelen=76).encode()
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def msgid(slug, mailer, domain):
    h = hashlib.sha1(("batch36/" + slug).encode()).hexdigest().upper()
    if mailer in ("outlook", "owa", "outlookmac"):
        return "<AM9PR02MB%s%s@AM9PR02MB%s.eurprd02.prod.outlook.com>" % (h[:4], h[4:20], h[:4])
    if mailer == "gmail" or domain.endswith(("gmail.com",)):
        return "<CA+%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().replace("/", "x").replace("=", ""),
                                               h[24:34].lower())
    if mailer == "iphone":
        return "<%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:28], domain)
    return "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), domain)


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "auto":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit" if charset == "utf-8" else "quoted-printable"
    if cte in ("7bit", "8bit"):
        payload = data
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    return cte, payload


def text_part(text, subtype, charset, cte):
    cte, payload = encode_body(text, charset, cte)
    head = ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (subtype, charset, cte)).encode()
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return head + payload


def att_part(fname, ctype, data, inline=False):
    try:
        fname.encode("ascii")
        fn = 'filename="%s"' % fname
        nm = 'name="%s"' % fname
    except UnicodeEncodeError:
        enc = Header(fname, "utf-8").encode()
        fn = 'filename="%s"' % enc
        nm = 'name="%s"' % enc
    disp = "inline" if inline else "attachment"
    head = "Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: base64\n\n" % (ctype, nm, disp, fn)
    return head.encode() + base64.encodebytes(data)


def multipart(subtype, parts, boundary):
    out = b"Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype.encode(), boundary.encode())
    out += b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


OUTLOOK_CSS = ("<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal "
               "{margin:0cm; font-size:11.0pt; font-family:\"Aptos\",sans-serif;}\n"
               "table.t {border-collapse:collapse;} table.t td, table.t th {border:solid #A6A6A6 1.0pt; padding:2pt 5pt;}\n"
               "--></style>")


def auto_html(text, mailer):
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % "<br>\n".join(l[4:].lstrip() for l in lines))
        elif mailer in ("outlook", "owa", "outlookmac"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % "<br>\n".join(lines))
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>\n".join(lines))
    return wrap_html("\n".join(out), mailer)


def wrap_html(inner, mailer):
    if mailer in ("outlook", "owa", "outlookmac"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">%s</head>\n'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>\n'
                % (OUTLOOK_CSS, inner))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n%s\n</body></html>\n' % inner


def html_table(rows, header=True):
    out = ['<table class="t" border="1" cellspacing="0" cellpadding="3">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag) for c in r))
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append(" | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("-+-".join("-" * x for x in w))
    return "\n".join(out) + "\n"


def build_eml(m):
    mailer = m.get("mailer", "outlook")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "auto")
    frm = m["from"]
    dom = frm[1].split("@")[1]
    dt = parse_date(m["date"])
    slug = m["slug"]
    h = []
    h.append(("From", hdr_addr(frm, charset)))
    if m.get("to"):
        h.append(("To", ", ".join(hdr_addr(a, charset) for a in m["to"])))
    else:
        h.append(("To", m.get("to_raw", "undisclosed-recipients:;")))
    if m.get("cc"):
        h.append(("Cc", ", ".join(hdr_addr(a, charset) for a in m["cc"])))
    h.append(("Subject", hdr_text(m["subject"], charset)))
    h.append(("Date", format_datetime(dt)))
    h.append(("Message-ID", msgid(slug, mailer, dom)))
    if m.get("reply"):
        ref = msgid(slug + "/orig", "gmail" if "@gmail" in str(m.get("to")) else "other", m["reply"])
        h.append(("In-Reply-To", ref))
        h.append(("References", ref))
    if mailer in ("outlook", "owa"):
        h.append(("Thread-Topic", hdr_text(m["subject"].split(": ", 1)[-1] if m["subject"][:3] in ("RE:", "Re:", "FW:", "TR:") else m["subject"], charset)))
        h.append(("Content-Language", {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lab"]["lang"]]))
    k, v = MAILERS.get(mailer, (None, None))
    if k and v:
        h.append((k, v))
    if m.get("importance"):
        h.append(("Importance", m["importance"]))
    h.append(("MIME-Version", "1.0"))

    text = m.get("text")
    html = m.get("html")
    kind = m.get("kind", "plain")
    bnum = int(hashlib.md5(slug.encode()).hexdigest()[:8], 16)
    b1 = "----=_Part_%d_%d" % (bnum % 99991, bnum)
    b2 = "_000_AM9PR02MB%08X_" % bnum
    b3 = "=_alt_%08x" % (bnum ^ 0x5A5A5A5A)
    if kind == "alt" and html is None:
        html = auto_html(text, mailer)
    if kind == "plain":
        body = text_part(text, "plain", charset, cte)
    elif kind == "html":
        body = text_part(html, "html", charset, cte)
    elif kind == "alt":
        body = multipart("alternative", [text_part(text, "plain", charset, cte),
                                          text_part(html, "html", charset, "quoted-printable" if cte == "auto" else cte)], b3)
    else:
        raise ValueError(kind)
    atts = m.get("atts") or []
    if atts:
        parts = [body] + [att_part(*a) for a in atts]
        body = multipart("mixed", parts, b2 if mailer in ("outlook", "owa") else b1)
    raw = b""
    for k, v in h:
        raw += ("%s: %s\n" % (k, v)).encode("ascii")
    return raw + body


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------

DAYS_NL = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_NL_LONG = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december"]
DAYS_NL_LONG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def q_gmail(who, addr, when, text):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    head = "Op %s %d %s %d om %s schreef %s <%s>:" % (DAYS_NL[dt.weekday()], dt.day, MONTHS_NL[dt.month - 1],
                                                     dt.year, dt.strftime("%H:%M"), who, addr)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def q_outlook(frm, to, when, subject, text, cc=None):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    s = "Van: %s\nVerzonden: %s %d %s %d %s\nAan: %s\n" % (
        frm, DAYS_NL_LONG[dt.weekday()], dt.day, MONTHS_NL_LONG[dt.month - 1], dt.year, dt.strftime("%H:%M"), to)
    if cc:
        s += "CC: %s\n" % cc
    s += "Onderwerp: %s\n\n" % subject
    return "-----Oorspronkelijk bericht-----\n" + s + text.rstrip("\n") + "\n"


def fw_block(frm, to, when, subject, text, style="outlook"):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if style == "gmail":
        return ("---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s %d %s %d om %s\nSubject: %s\nTo: %s\n\n%s"
                % (frm, DAYS_NL[dt.weekday()], dt.day, MONTHS_NL[dt.month - 1], dt.year, dt.strftime("%H:%M"),
                   subject, to, text.rstrip("\n") + "\n"))
    if style == "en":
        return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (frm, dt.strftime("%A, %d %B %Y %H:%M"), to, subject, text.rstrip("\n") + "\n"))
    return ("________________________________\nVan: %s\nVerzonden: %s %d %s %d %s\nAan: %s\nOnderwerp: %s\n\n%s"
            % (frm, DAYS_NL_LONG[dt.weekday()], dt.day, MONTHS_NL_LONG[dt.month - 1], dt.year, dt.strftime("%H:%M"),
               to, subject, text.rstrip("\n") + "\n"))


MAILS = []


def M(slug, frm, to, subject, date, text=None, lab=None, **kw):
    m = dict(slug=slug, to=to, subject=subject, date=date, text=text, lab=lab, **kw)
    m["from"] = frm
    MAILS.append(m)
    return m


def L(rules, about=(), cats=None, mis=False, note="", lang="nl", fmt=("plain",)):
    return dict(rules=list(rules), about=list(about), cats=cats, mis=mis, note=note, lang=lang, fmt=list(fmt))


IPHONE = "\n\nVerzonden vanaf mijn iPhone\n"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android\n"


# ===========================================================================
# A. credentials (35)
# ===========================================================================

M("achterpoort", P("marclang"), [X["wim"]], "stookplaats", "2024-10-14 07:12", T("""
    Wim,

    Ik ben er morgen pas om 8u. Sleutelkluis aan de achterpoort (naast de containers), code 4471.
    Sleutel van de stookplaats hangt aan het haakje met het rode label. Na afloop terug in de kluis en
    de code weer verdraaien aub.

    Marc
    """) + IPHONE[1:], mailer="iphone",
  lab=L(["password"], note="key-safe code for the heating technician in a phone mail", fmt=["plain", "phone"]))

M("re-onderhoud-zaterdag", P("koen"), [X["stijn"]], "RE: Onderhoud installatie zaterdag 16/11", "2024-11-13 10:41", T("""
    Dag Stijn,

    Zaterdag is prima. Marc (conciërge) is er vanaf 8u om open te doen.

    Om zone 2 (sporthal + kleedkamers) uit te schakelen gebruik je de gebruikerscode 2580, bevestigen met #.
    De rest van het gebouw blijft ingeschakeld. Gelieve de code nergens te noteren op het werkorder.

    """) + sig("koen", tel=SCHOOL_TEL, mob=KOEN_GSM) + "\n" + q_outlook(
    "Stijn Mertens <stijn.mertens@alarmtech-brabant.be>", "Koen Vanderstraeten", "2024-11-12 16:05",
    "Onderhoud installatie zaterdag 16/11", T("""
    Goedemiddag Koen,

    Voor het jaarlijkse onderhoud van de inbraakcentrale stel ik zaterdag 16/11 vanaf 8u30 voor.
    Kan ik de sporthal apart uitschakelen? Dan kan ik daar de detectoren testen zonder dat het hele
    gebouw in alarm gaat.

    Met vriendelijke groet,
    Stijn Mertens
    Technieker - AlarmTech Brabant
    """)), reply="alarmtech-brabant.be",
  lab=L(["password", "personal_data"], note="alarm user code given to the alarm technician; school and mobile phone in signature",
        fmt=["plain", "reply"]))

_wifi_html = wrap_html("""
<p class="MsoNormal">Beste,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Voor de duur van de renovatie van de refter (18/11 t.e.m. 20/12) zetten we een apart netwerk open voor jullie ploeg. Dit netwerk heeft geen toegang tot ons schoolnetwerk.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="t" border="1" cellspacing="0" cellpadding="3">
<tr><th>Netwerk (SSID)</th><td>SPC-Werf</td></tr>
<tr><th>Beveiliging</th><td>WPA2-Personal</td></tr>
<tr><th>Sleutel</th><td>Hageland-Werf-2024!</td></tr>
<tr><th>Geldig tot</th><td>20/12/2024 17:00</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gelieve de sleutel enkel binnen jullie eigen ploeg te delen.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groeten<br>Pieter Claes<br>ICT-co&ouml;rdinator<br>Sint-Pieterscollege Tienen</p>
""", "outlook")
M("netwerk-aannemer", P("pieter"), [("Bouwbedrijf Lemaire werfleiding", "werfleiding@bouw-lemaire.be")],
  "Wifi voor jullie ploeg tijdens de werken in de refter", "2024-11-15 09:02", T("""
    Beste,

    Voor de duur van de renovatie van de refter (18/11 t.e.m. 20/12) zetten we een apart netwerk open voor jullie
    ploeg. Dit netwerk heeft geen toegang tot ons schoolnetwerk.

    Netwerk (SSID): SPC-Werf
    Beveiliging:    WPA2-Personal
    Sleutel:        Hageland-Werf-2024!
    Geldig tot:     20/12/2024 17:00

    Gelieve de sleutel enkel binnen jullie eigen ploeg te delen.

    Met vriendelijke groeten
    Pieter Claes
    ICT-coördinator
    Sint-Pieterscollege Tienen
    """), html=_wifi_html, kind="alt",
  lab=L(["password"], note="Wi-Fi key for the contractor in an Outlook table", fmt=["alt", "html-table"]))

M("fw-account-bestelportaal", P("rita"), [P("samira")], "FW: Uw account op het bestelportaal", "2024-09-05 13:27", T("""
    Samira, voor als ik er volgende week niet ben: hiermee kan je de bestelling van de broodjes doorgeven.
    Niet aan de interims geven he.

    Rita

    """) + fw_block("Hageland Catering <noreply@hagelandcatering.be>", "rita.goossens@sintpieterscollege.be",
                    "2024-09-04 08:15", "Uw account op het bestelportaal", T("""
    Beste klant,

    Er werd een account aangemaakt voor Sint-Pieterscollege Tienen (klant 20417) op bestel.hagelandcatering.be.

    Gebruikersnaam: keuken.spc.tienen
    Wachtwoord: Ht7#kq29Lm

    Bestellingen voor de volgende schooldag kunnen tot 10u doorgegeven worden.

    Met vriendelijke groeten,
    Team Hageland Catering
    """)),
  lab=L(["password"], note="forwarded supplier-portal login and password to a colleague", fmt=["plain", "forward"]))

M("re-kopieerder-1e-verdiep", P("koenkort"), [X["kevin"]], "RE: Kopieerder 1ste verdiep - firmware", "2024-10-02 15:48", T("""
    Kevin,

    Beheerdersmenu: gebruiker "beheerder", pincode 7931. Dat is voor alle vier de toestellen dezelfde.
    Laat je weten als de update klaar is? Dan zet ik de scans naar Smartschool terug aan.

    Koen

    """) + q_gmail("Kevin Aerts", "kevin.aerts@vandyck-office.be", "2024-10-02 14:20", T("""
    Dag Koen,
    Om de firmware van het toestel op de 1ste verdieping bij te werken heb ik toegang tot het beheerdersmenu
    nodig. Kan je mij de pincode bezorgen? De oude werkt niet meer.
    Mvg
    Kevin Aerts
    Van Dyck Office - technische dienst
    """)), mailer="thunderbird", reply="vandyck-office.be",
  lab=L(["password"], note="copier admin PIN in a reply to the technician", fmt=["plain", "reply"]))

_csv = ("Naam;Functie;Gebruikersnaam;Startwachtwoord\r\n"
        "Fatma Yilmaz;keuken;fyi;Tienen-Start-4821\r\n"
        "Kim Dewulf;schoonmaak;kdw;Tienen-Start-7730\r\n"
        "Rosa Pinto;schoonmaak;rpi;Tienen-Start-1196\r\n"
        "Dieter Wens;keuken;dwe;Tienen-Start-5582\r\n").encode("utf-8-sig")
M("nieuwe-collegas-accounts", P("pieter"), [P("nadia")], "accounts nieuwe collega's keuken + schoonmaak", "2024-09-02 11:03", T("""
    Hoi Nadia,

    In bijlage de accounts voor de vier nieuwe collega's (Smartschool + Office 365). Kan jij ze elk hun
    lijn geven? Bij de eerste aanmelding moeten ze zelf een nieuw kiezen.

    Groetjes
    Pieter
    """), atts=[("accounts_nieuw_personeel.csv", "text/csv", _csv)],
  lab=L(["password"], note="csv attachment with start passwords of new staff", fmt=["mixed", "attachment-csv"]))

M("serverlokaal-cilinder", P("koen"), [X["johan"]], "Serverlokaal", "2024-12-03 17:32", T("""
    Johan,

    Morgen kan je zonder mij aan de cilinder van het serverlokaal beginnen. Het digitale slot gaat open met

    73
    19

    (in die volgorde, daarna de klink). De oude cilinder mag je meenemen.

    Koen
    """), mailer="outlook",
  lab=L(["password"], note="door code split over two lines for the locksmith", fmt=["plain"]))

M("fw-herstelcodes-mealtrack", P("pieter"), [P("hilde")], "FW: Tweestapsverificatie ingeschakeld - bewaar uw herstelcodes", "2024-09-19 16:10", T("""
    Hilde,

    Zoals afgesproken: als jouw gsm ooit weg is, kan je met één van deze codes toch in Mealtrack.
    Print ze af en steek ze in de kluis, en verwijder deze mail daarna.

    Pieter

    """) + fw_block("Mealtrack <noreply@mealtrack.eu>", "pcl@spc.ksleuven.be", "2024-09-19 15:58",
                    "Tweestapsverificatie ingeschakeld - bewaar uw herstelcodes", T("""
    Tweestapsverificatie is ingeschakeld voor het beheerdersaccount van Sint-Pieterscollege Tienen.

    Uw herstelcodes (elke code is één keer bruikbaar):

      k7q2-mx9t    f3hr-8wpa
      zt64-rn2e    q9vb-j5ku
      c2wm-7ydx    h8sn-4fae
      u5pt-k3zr    w6ge-9lbq

    Bewaar deze codes op een veilige plaats.
    """)),
  lab=L(["password"], note="2FA recovery codes of the meal-card portal forwarded", fmt=["plain", "forward"]))

M("fw-verificatiecode", P("hilde"), [P("pieter")], "FW: Uw verificatiecode", "2025-01-20 09:47", T("""
    Pieter kan jij aub even inloggen, ik zit in de vergadering met de directie. Dit kwam net binnen.

    """) + fw_block("Mealtrack <noreply@mealtrack.eu>", "hilde.maes@sintpieterscollege.be", "2025-01-20 09:46",
                    "Uw verificatiecode", T("""
    Uw verificatiecode voor Mealtrack is 584213.
    Deze code is 10 minuten geldig. Deel deze code met niemand.
    """)), mailer="owa",
  lab=L(["password"], note="forwarded one-time login code", fmt=["plain", "forward"], lang="nl"))

M("bms-access-saturday", P("koen"), [X["erik"]], "Access for Saturday - server room and BMS", "2025-02-06 14:22", T("""
    Hi Erik,

    As discussed on the phone, here is what you need for Saturday's visit.

    - Our caretaker will let you in at the main entrance at 9:00.
    - The server room door code is 0629, followed by the key that hangs in the caretaker's lodge.
    - BMS web interface (https://bms.spc.local): user admin, password Clim@te2024

    Please change nothing on the heating schedules of the sports hall, that is managed by the municipality.

    Best regards,

    Koen Vanderstraeten
    Facility manager
    Sint-Pieterscollege Tienen
    """),
  lab=L(["password"], note="server-room door code and BMS login for a foreign vendor, English", lang="en", fmt=["plain"]))

M("printer-atelier", P("marc"), [P("kim")], "printer atelier", "2024-09-09 12:31", T("""
    Dag Kim,

    Welkom in de ploeg. Je pincode voor de printer in het atelier (naast de conciërgeloge) is 5523.
    Daarmee kan je ook de werkbonnen afdrukken.

    Marc
    """), mailer="outlook",
  lab=L(["password"], note="printer PIN for a new interim colleague", fmt=["plain"]))

M("fietsenstalling-lo", P("marc"), [P("jan")], "Re: poort fietsenstalling", "2024-09-24 08:05", T("""
    Jan, het cijferslot van de poort van de fietsenstalling staat sinds gisteren op 3-9-1-4.
    Aan niemand van de leerlingen doorgeven, ze hebben de vorige code al rondgestuurd op Snapchat.

    Marc

    """) + q_outlook("Jan Verbiest", "Marc Lemmens", "2024-09-24 07:41", "poort fietsenstalling", T("""
    Marc, ik krijg de poort van de fietsenstalling niet open voor de fietsuitstap van 3de jaar.
    Is het slot veranderd?
    Jan
    """)), reply="spc.ksleuven.be",
  lab=L(["password"], note="combination lock code for the bicycle-shed gate in a reply", fmt=["plain", "reply"]))

M("tablet-kuisploeg", P("nadia"), [("Rosa Pinto", "rosa.pinto@sintpieterscollege.be")], "tablet", "2024-10-08 06:52", T("""
    Rosa, de tablet voor de checklijsten ligt in de kast van het poetslokaal. Om hem te ontgrendelen:
    het woord kuisploeg, alles klein, en daarachter tweeëntwintig in cijfers. Zonder spatie.
    Als hij op slot gaat na 3 keer fout bel je mij.

    Nadia
    """) + ANDROID[1:], mailer="android",
  lab=L(["password"], note="tablet password spelled out in words", fmt=["plain", "phone"]))

M("fw-mastercode", P("koen"), [P("bart")], "FW: Wijziging mastercode installatie SPC Tienen", "2025-01-08 08:58", T("""
    Bart, ter info. De oude mastercode werkt sinds vanochtend niet meer. Best ergens veilig bijhouden, niet in
    je agenda :-)

    Koen

    """) + fw_block("Stijn Mertens <stijn.mertens@alarmtech-brabant.be>", "Koen Vanderstraeten", "2025-01-07 17:12",
                    "Wijziging mastercode installatie SPC Tienen", T("""
    Beste Koen,

    Zoals gevraagd hebben we vandaag de mastercode van de inbraakcentrale gewijzigd.

    Nieuwe mastercode: 918273

    De gebruikerscodes van het personeel blijven ongewijzigd.

    Met vriendelijke groet,
    Stijn Mertens
    AlarmTech Brabant - dienst na verkoop
    Tel. %s
    """ % ALARM_TEL)),
  lab=L(["password", "personal_data"], note="forwarded new alarm master code; supplier phone number in quoted signature",
        fmt=["plain", "forward"]))

M("sleutelkast-secretariaat", P("koen"), [X["johan"]], "loper", "2024-12-17 12:10", T("""
    Dag Johan,

    Voor de vervanging van de cilinders in blok C tijdens de kerstvakantie: de loper ligt in de sleutelkast
    van het secretariaat. Toegangscode van die kast: 8842. Leg hem achteraf terug en sluit goed af aub.

    Groeten
    Koen
    """),
  lab=L(["password"], note="code of the key cabinet holding the master key", fmt=["plain"]))

_tab = [["Naam", "Tablet", "Login", "Pincode"],
        ["Rosa Pinto", "TAB-03", "rpi", "4417"],
        ["Kim Dewulf", "TAB-04", "kdw", "9023"],
        ["Hatice Kurt", "TAB-05", "hku", "6158"],
        ["Nadia Vermeulen", "TAB-01", "nve", "3382"]]
M("tablets-pincodes", P("nadia"), [P("koen")], "overzicht tablets schoonmaak", "2024-10-09 14:40",
  html=wrap_html('<p class="MsoNormal">Koen,</p><p class="MsoNormal">Hier het overzicht van de tablets zoals je vroeg voor de inventaris.</p><p class="MsoNormal">&nbsp;</p>'
                 + html_table(_tab) + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Nadia</p>', "outlook"),
  kind="html",
  lab=L(["password"], note="html-only table with logins and PINs of the cleaning tablets", fmt=["html-only", "html-table"]))

M("livraison-lundi", P("rita"), [X["bakkerij"]], "Livraison de lundi 7/10", "2024-10-04 11:16", T("""
    Bonjour Madame Delcourt,

    Pour la livraison de lundi : la cuisine sera encore fermée à 6h30. Vous pouvez entrer par la porte de
    service à l'arrière (rue de l'école). Le code de la porte est 1358 suivi de #.
    Merci de déposer les pains dans la chambre froide de gauche.

    Bien à vous,
    Rita Goossens
    Cuisine - Sint-Pieterscollege Tienen
    """), charset="windows-1252", cte="quoted-printable",
  lab=L(["password"], note="service-door code for the bakery, French, windows-1252 qp", lang="fr", fmt=["plain-cp1252", "plain-qp"]))

M("teamviewer-session", P("pieter"), [X["erik"]], "Remote session regulator sports hall", "2025-02-11 10:05", T("""
    Hi Erik,

    The PC next to the regulator is now online. You can connect with

    TeamViewer ID: 482 915 337
    Password: 7hq2vx

    I will stay logged in until 12:00. Let me know when you are done so I can close the session.

    Pieter Claes
    ICT
    """), mailer="thunderbird",
  lab=L(["password"], note="remote access password for a vendor, English", lang="en", fmt=["plain"]))

_docx_info = make_docx([
    "Opendeurdag zaterdag 26 april 2025 - praktische info standhouders",
    "Opbouw: vanaf 8u00 in de sporthal. Laden en lossen via de achterpoort (Kapucijnenstraat).",
    "Parkeren: achterste parking, vakken 40 tot 60.",
    "Elektriciteit: per stand 1 stopcontact 230V. Verlengkabels zelf meebrengen.",
    "Internet: netwerk SPC-Event, sleutel OpenDeur#2025 (enkel geldig op 26/4).",
    "Afbraak: ten vroegste om 16u00.",
    "Contact op de dag zelf: onthaal in de inkomhal."])
M("opendeurdag-standhouders", P("koen"), [X["standhouders"]], "Praktische info standhouders opendeurdag 26/4", "2025-04-14 15:30", T("""
    Beste Ann,

    In bijlage vindt u de praktische info voor de standhouders van de opendeurdag. Mag ik u vragen dit door
    te sturen naar de bedrijven die een stand hebben?

    Alvast bedankt.

    """) + sig("koen"), atts=[("Praktische info standhouders 2025.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx_info)],
  lab=L(["password"], note="Wi-Fi key hidden in a .docx attachment", fmt=["mixed", "attachment-docx"]))

M("badgesoftware", P("pieter"), [P("koen")], "badgesoftware", "2024-11-28 16:44", T("""
    Koen,

    Het beheerdersaccount van de badgesoftware is aangepast na het vertrek van Luc V.
    Nieuw wachtwoord: Badge!Tienen81
    Gebruiker blijft "admin-spc".

    Pieter
    """), cte="base64", mailer="thunderbird",
  lab=L(["password"], note="admin password of the badge software in a base64 body", fmt=["plain-base64"]))

M("code-kluis-gewijzigd", P("koen"), [P("marc")], "Code sleutelkluis gewijzigd", "2025-01-13 07:45", T("""
    Marc,

    De code van de sleutelkluis aan de achterpoort is gewijzigd naar 6093 – enkel voor jou en Nadia.
    Geen briefjes meer in de conciërgeloge aub, vorige keer hing hij daar gewoon aan het prikbord.
    De aannemers vragen het voortaan aan mij.

    Koen
    """), charset="windows-1252", cte="quoted-printable",
  lab=L(["password"], note="new key-safe code, windows-1252 quoted-printable", fmt=["plain-cp1252", "plain-qp"]))

M("fw-administrator-account", P("pieter"), [P("koen")], "FW: Your AccessGate administrator account", "2024-11-04 10:20", T("""
    Koen, dit is het account voor het nieuwe badgesysteem. Ik heb het nog niet gewijzigd, doe jij dat bij
    de eerste aanmelding? Dan noteer ik het nieuwe niet.

    """) + fw_block("AccessGate Support <support@accessgate.co.uk>", "pcl@spc.ksleuven.be", "2024-11-04 09:51",
                    "Your AccessGate administrator account", T("""
    Dear customer,

    Your administrator account for AccessGate Cloud has been created.

    Portal:             https://portal.accessgate.co.uk
    Username:           spc-tienen-admin
    Temporary password: Qv8!mR2w

    You will be asked to change this password at first login.

    Kind regards,
    AccessGate Support Team
    """), style="en"),
  lab=L(["password"], note="forwarded English vendor mail with a temporary admin password", fmt=["plain", "forward"]))

M("parking-slagboom", P("marc"), [P("evi")], "Parking", "2025-03-03 07:20", T("""
    Dag Evi, de slagboom van de personeelsparking: code 2468 en dan het sterretje. Welkom!
    Marc
    """) + IPHONE[1:], mailer="iphone",
  lab=L(["password"], note="car-park barrier code for an interim teacher, phone mail", fmt=["plain", "phone"]))

M("re-materiaalberging", P("marc"), [P("jan")], "Re: materiaalberging", "2025-03-18 13:02", T("""
    Nog altijd dezelfde hoor: 1990. Wel goed dichtdoen, de deur klemt.

    """) + q_gmail("Jan Verbiest", "jvb@spc.ksleuven.be", "2025-03-18 12:48", T("""
    Marc wat was de code van de materiaalberging achter de sporthal weer? Ik sta hier met 24 leerlingen.
    """)), mailer="thunderbird", reply="spc.ksleuven.be",
  lab=L(["password"], note="storage-room code in a short reply", fmt=["plain", "reply"]))

M("koelbewaking", P("rita"), [P("samira"), P("fatma")], "app koelbewaking", "2024-09-16 15:12", T("""
    Dag dames,

    Vanaf nu krijgen we een melding op de gsm als een koelcel of diepvries te warm wordt.
    Installeer de app "KoelAlert" en log in met:

    login: keuken-spc
    wachtwoord: Vriezer2!

    Bij een melding eerst mij bellen, dan Koen.

    Rita
    """),
  lab=L(["password"], note="shared app login of the freezer alarm for two colleagues", fmt=["plain"]))

M("ww-kluis", P("koen"), [P("hilde")], "ww kluis = 3318", "2024-10-21 11:55", T("""
    zie onderwerp. Kluis in het economaat, het wisselgeld van de refter ligt op het middelste schap.
    K.
    """), mailer="owa",
  lab=L(["password"], note="safe code in the subject line", fmt=["plain", "secret-in-subject"]))

M("welkom-smartschool", P("pieter"), [P("fatma")], "Welkom - je account", "2024-09-02 11:20", T("""
    Dag Fatma,

    Welkom op het Sint-Pieterscollege! Je kan vanaf nu aanmelden op Smartschool en Office 365 met:

    gebruikersnaam: fyi
    tijdelijk wachtwoord: Welkom-Tienen-47

    Bij de eerste aanmelding moet je een nieuw wachtwoord kiezen. Lukt er iets niet, kom gerust langs in
    lokaal B.012.

    Pieter Claes
    ICT-coördinator
    """), kind="alt", mailer="outlook",
  lab=L(["password"], note="temporary password for a new kitchen colleague", fmt=["alt"]))

M("betaalapp-activatie", P("hilde"), [("", par("louis", 0))], "Activatiecode betaalapp maaltijdkaart", "2024-09-12 10:33", T("""
    Beste meneer Michiels,

    U vroeg om de maaltijdkaart van Louis (1C) te koppelen aan de betaalapp. Dat kan vanaf nu.
    Uw persoonlijke activatiecode voor de Mealtrack-app is 7H3K-92PD. Na het ingeven van de code kan u de
    kaart opladen en de aankopen in de refter opvolgen.

    De code is persoonlijk, geef ze niet door.

    """) + sig("hilde"),
  lab=L(["password"], about=["louis"], note="activation code of the payment app to the correct parent; no sensitive fact",
        fmt=["plain"]))

M("meldkamer-codewoord", P("koen"), [P("greet")], "Alarm - wat als de meldkamer belt", "2024-09-03 17:05", T("""
    Dag Greet,

    Nu je op de belijst van de alarmcentrale staat, nog dit: als het alarm 's nachts afgaat, belt de meldkamer
    van AlarmTech je op. Ze vragen dan het codewoord. Dat is "Kastanjelaar". Zonder het juiste codewoord sturen
    ze standaard een patrouille en de politie.

    Als jij niet opneemt, proberen ze mij en daarna Marc.

    Groeten,
    Koen
    """),
  lab=L(["password"], note="verbal codeword of the alarm control room", fmt=["plain"]))

M("liftonderhoud", P("koen"), [X["gert"]], "onderhoud lift blok A", "2024-10-23 09:14", T("""
    Dag Gert,

    Donderdag ben ik er niet. De sleutelschakelaar van de lift zit in de kast naast de machinekamer; het
    servicemenu op het bedieningspaneel vraagt nog altijd code 4040.
    Wil je na het onderhoud het rapport naar mij mailen?

    Koen
    """),
  lab=L(["password"], note="service-menu code of the lift for the technician", fmt=["plain"]))

M("kassa-pc-herstelsleutel", P("pieter"), [P("rita")], "kassa-pc refter", "2024-12-09 13:50", T("""
    Rita,

    Als de kassa-pc in de refter na een update om een herstelsleutel vraagt (blauw scherm "BitLocker"), typ
    dan deze sleutel in:

    412368-195731-662418-307759-548812-131076-719955-284460

    Daarna gewoon opnieuw opstarten. Bel mij als het niet lukt.

    Pieter
    """),
  lab=L(["password"], note="BitLocker recovery key of the canteen cash-register PC", fmt=["plain"]))

M("scan-naar-mail", P("pieter"), [X["kevin"]], "Instellingen scan-naar-mail", "2024-10-03 11:37", T("""
    Dag Kevin,

    Voor de scan-naar-mail op de vier toestellen mag je dit account gebruiken:

    SMTP-server: smtp.office365.com, poort 587, STARTTLS
    account: scanner@spc.ksleuven.be
    wachtwoord: Sc4nN3r-2025

    Groet,
    Pieter
    """),
  lab=L(["password"], note="SMTP account password for the copier technician", fmt=["plain"]))

M("fw-codes-voor-thuis", P("marclang"), [PRIV["marc"]], "FW: codes", "2024-11-29 17:41", T("""
    voor thuis

    """) + fw_block("Koen Vanderstraeten", "Marc Lemmens", "2024-11-29 16:02", "codes", T("""
    Marc, de lijst met de actuele codes voor het weekend van de opendeur:

    Alarm gebruikerscode: 2580 (bevestigen met #)
    Sleutelkluis achterpoort: 4471
    Slagboom parking: 2468*
    Materiaalberging sporthal: 1990

    Koen
    """)),
  lab=L(["password", "private_account"], note="caretaker forwards the list of codes to his own gmail",
        fmt=["plain", "forward"]))

M("privemail-outlook-plat", PRIV["koen"], [X["johan"]], "cilinders blok C", "2024-12-21 09:26", T("""
    Johan,

    Koen hier, van mijn privé-adres want Outlook van school ligt plat sinds gisteren.
    Code sleutelkluis achterpoort is nu 6093, de loper zit erin. Succes met de cilinders.

    Koen
    """) + ANDROID.replace("Outlook voor Android", "Gmail voor Android")[1:], mailer="gmail",
  lab=L(["password", "private_account"], note="facility manager sends a key-safe code from private gmail to the locksmith",
        fmt=["plain", "phone"]))

_txt = ("Kassa refter - toegang\r\n"
        "======================\r\n"
        "Windows-login kassa-pc: kassa01\r\n"
        "Wachtwoord: Refter*2024\r\n"
        "\r\n"
        "Kassaprogramma (beheerder): gebruiker RGO, pincode 2719\r\n"
        "Dagafsluiting: menu Beheer > Afsluiten > Z-rapport\r\n").encode("cp1252")
M("toegang-kassa", P("pieter"), [P("rita")], "toegang kassa", "2024-09-04 10:02", T("""
    Rita, zie bijlage. Bewaar het goed, liefst niet op de kassa zelf plakken.
    Pieter
    """), atts=[("toegang_kassa.txt", "text/plain; charset=windows-1252", _txt)], mailer="thunderbird",
  lab=L(["password"], note="cash-register login and PIN in a .txt attachment", fmt=["mixed", "attachment-txt"]))


# ===========================================================================
# B. look-alikes without a secret (15)
# ===========================================================================

M("fw-wachtwoord-verloopt", P("hilde"), [P("pieter")], "FW: Uw wachtwoord verloopt binnenkort", "2025-03-10 08:31", T("""
    Pieter, moet ik hier iets mee doen of is dit weer zo'n phishingmail? Ik klik niet op de link tot je
    iets laat weten.

    Hilde

    """) + fw_block("Mealtrack <noreply@mealtrack.eu>", "hilde.maes@sintpieterscollege.be", "2025-03-10 06:00",
                    "Uw wachtwoord verloopt binnenkort", T("""
    Beste gebruiker,

    Het wachtwoord van uw Mealtrack-account verloopt over 5 dagen. Meld u aan op https://app.mealtrack.eu
    en kies via Profiel > Beveiliging een nieuw wachtwoord.

    Dit is een automatisch bericht.
    """)), mailer="owa",
  lab=L([], note="password-expiry notice forwarded, no password in it", fmt=["plain", "forward"]))

M("bestelportaal-wachtwoord-vergeten", P("pieter"), [P("samira"), P("fatma")], "Bestelportaal: wachtwoord vergeten?",
  "2024-10-15 14:02", T("""
    Dag Samira en Fatma,

    Jullie vroegen hoe je terug in het bestelportaal van de catering geraakt als je het wachtwoord kwijt bent:

    1. Ga naar bestel.hagelandcatering.be
    2. Klik op "Wachtwoord vergeten"
    3. Vul je schooladres in; je krijgt een link om een nieuw wachtwoord te kiezen

    Stuur een wachtwoord nooit door via mail of Smartschool, ook niet naar mij. Ik zal er ook nooit om vragen.

    Pieter
    """), kind="alt",
  lab=L([], note="how to reset a password, no secret", fmt=["alt"]))

M("sleutelkluis-bel-marc", P("koen"), [X["wim"]], "Interventie ketel sporthal donderdag", "2025-01-28 16:20", T("""
    Dag Wim,

    Donderdag ben ik op opleiding. De sleutels van de stookplaats zitten in de sleutelkluis aan de achterpoort.
    Bel bij aankomst naar Marc, onze conciërge: hij geeft je de code mondeling door en verandert ze daarna.
    De code zetten we bewust niet in een mail.

    """) + sig("koen"),
  lab=L([], note="mentions the key-safe code without giving it; no phone number", fmt=["plain"]))

M("bestelling-broodjes", P("rita"), [X["dirk"]], "Bestelling 4500123987 - aanpassing", "2024-11-20 09:12", T("""
    Dag Dirk,

    Voor bestelling 4500123987 (receptie oudercontact 28/11) graag een aanpassing:
    - 250 broodjes i.p.v. 200 (waarvan 60 vegetarisch)
    - levering in lokaal K.012 (naast de refter) i.p.v. in de refter zelf
    - levering om 17u30

    Bedankt!
    Rita
    """),
  lab=L([], note="order number and room number, nothing secret", fmt=["plain"]))

_teams = wrap_html("""
<p class="MsoNormal">Dag Dirk,</p>
<p class="MsoNormal">Zoals afgesproken een kort overleg over het nieuwe menu en de prijzen vanaf januari.</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border-top:solid #ccc 1pt;padding-top:8pt">
<p class="MsoNormal"><b><span style="font-size:18pt;color:#242424">Microsoft Teams</span></b> <a href="https://aka.ms/JoinTeamsMeeting">Hulp nodig?</a></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0YmQ4ZTItZjM1Mi00ODk2LWE3YTEtOTc2YjdhNjE5ZDRk%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d"><b>Nu deelnemen aan de vergadering</b></a></p>
<p class="MsoNormal">Vergadering-id: 372 519 884 203</p>
<p class="MsoNormal">Wachtwoordcode: Hx7pQ2</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><a href="https://aka.ms/JoinTeamsMeeting">Meer informatie</a> | <a href="https://teams.microsoft.com/meetingOptions/">Vergaderopties</a></p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Koen Vanderstraeten<br>Facilitair manager</p>
""", "outlook")
M("overleg-menu-teams", P("koen"), [X["dirk"]], "Overleg menu en prijzen 2025", "2024-11-26 10:00",
  html=_teams, kind="html",
  lab=L([], note="Teams invitation with its meeting passcode (allowed by default)", fmt=["html-only", "invitation"]))

M("betaling-factuur-catering", P("hilde"), [X["catfact"]], "Betaling factuur FV2024/0341", "2024-12-04 15:18", T("""
    Geachte,

    De betaling van factuur FV2024/0341 (maaltijden november, klantnummer 20417) werd vandaag uitgevoerd met
    de mededeling %s.
    Factuur FV2024/0337 betwisten we nog: daarop staan 40 maaltijden voor 13/11, toen was de refter dicht
    wegens de pedagogische studiedag.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """ % ogm("2143309512")),
  lab=L([], note="invoice and structured payment reference, no account number", fmt=["plain"]))

M("nieuwe-alarmcode-persoonlijk", P("koen"), [P("marc")], "alarmcodes na de krokusvakantie", "2025-02-26 16:03", T("""
    Marc,

    Na de krokusvakantie krijgt iedereen een nieuwe persoonlijke alarmcode. Zoals vorig jaar: jij geeft ze
    persoonlijk af in de loge, met handtekening op de lijst. Zeker niet mailen of via Smartschool.
    De lijst zelf haal ik maandag af bij AlarmTech.

    Koen
    """),
  lab=L([], note="about alarm codes, none given", fmt=["plain"]))

M("fw-ticket-finisher", P("pieter"), [P("koen")], "FW: [Ticket #INC0045127] Storing finisher toestel 2de verdiep",
  "2025-02-03 11:45", T("""
    Koen, ter info: technieker komt woensdag. Tot dan geen nieten op het toestel van de 2de.

    """) + fw_block("Van Dyck Office - service <service@vandyck-office.be>", "pcl@spc.ksleuven.be", "2025-02-03 11:30",
                    "[Ticket #INC0045127] Storing finisher toestel 2de verdiep", T("""
    Beste klant,

    Uw melding werd geregistreerd onder ticketnummer INC0045127.
    Toestel: MX-4071, serienummer 5301882X
    Foutcode: F1-22 (finisher)
    Geplande interventie: woensdag 5/2 in de voormiddag.

    Vermeld het ticketnummer bij verdere communicatie.
    Van Dyck Office
    """)),
  lab=L([], note="ticket number, serial number, error code: nothing that opens anything", fmt=["plain", "forward"]))

M("kastjes-en-lokalen", P("youssef"), [P("marc")], "kastjes 5ECWI + lokaalwissel", "2024-09-06 12:40", T("""
    Hoi Marc,

    Kan jij de kastjes 214 tot 230 in de gang van blok B vrijmaken voor 5ECWI? De sleutels mogen naar mij,
    ik deel ze uit.
    En vanaf maandag verhuist 3LAT van B.104 naar C.201, de bordjes moeten nog aangepast worden.

    Merci!
    Youssef
    """), mailer="outlook",
  lab=L([], note="locker numbers, class codes and room numbers", fmt=["plain"]))

M("kaartlezer-refter", P("rita"), [P("pieter")], "kaartlezer refter werkt niet", "2024-10-10 12:18", T("""
    Pieter,

    De pincode-lezer aan kassa 2 in de refter geeft al de hele middag foutcode E-17. Betalen met de
    maaltijdkaart lukt wel, met bankkaart niet. Kan je eens komen kijken na 13u?

    Rita
    """) + IPHONE[1:], mailer="iphone",
  lab=L([], note="mentions a PIN reader and an error code, no PIN", fmt=["plain", "phone"]))

M("sleutels-bijmaken", P("koen"), [X["johan"]], "Sleutels bijmaken - bestelbon 2025-118", "2025-03-05 10:50", T("""
    Dag Johan,

    Graag volgende sleutels van het sluitplan bijmaken:

    - S-17 (lokaal A012): 3 exemplaren
    - S-22 (turnzaal): 2 exemplaren
    - S-05 (refter/keuken): 1 exemplaar

    Bestelbon 2025-118. Ophalen kan vanaf volgende week bij Marc in de loge.

    """) + sig("koen"),
  lab=L([], note="key numbers and an order number: no secret", fmt=["plain"]))

M("wifi-opendeurdag-onthaal", P("pieter"), [X["standhouders"]], "RE: internet op de opendeurdag", "2025-04-09 14:27", T("""
    Dag Ann,

    Er is een gastennetwerk, SPC-Gast. De sleutel hangt op de dag zelf uit aan het onthaal en in de sporthal;
    die zetten we niet op papier vooraf. Grote bestanden downloaden raad ik af, het netwerk wordt gedeeld met
    de bezoekers.

    Groet,
    Pieter Claes
    """) + "\n" + q_outlook("Ann Tielemans <ann.tielemans@beurs-hageland.be>", "Pieter Claes", "2025-04-09 11:03",
                            "internet op de opendeurdag", "Dag Pieter,\n\nIs er wifi voor de standhouders op 26/4?\n\nAnn\n"),
  reply="beurs-hageland.be",
  lab=L([], note="names the guest network without its key", fmt=["plain", "reply"]))

M("fw-zoom-bms", P("koen"), [X["wim"]], "FW: BMS review meeting", "2025-02-18 09:05", T("""
    Wim, kan jij ook aansluiten? Het gaat over de regeling van de sporthal. Het is in het Engels.

    Koen

    """) + fw_block("Erik Lindqvist <erik.lindqvist@nordbms.com>", "Koen Vanderstraeten", "2025-02-17 15:40",
                    "BMS review meeting", T("""
    Hi Koen,

    Erik Lindqvist is inviting you to a scheduled Zoom meeting.

    Topic: SPC Tienen - BMS review
    Time: Feb 20, 2025 10:00 AM Brussels

    Join Zoom Meeting
    https://nordbms.zoom.us/j/84522917730?pwd=Uk1xT2d3bWQ4Rk5wZz09

    Meeting ID: 845 2291 7730
    Passcode: 319904

    Best regards,
    Erik
    """), style="en"),
  lab=L([], note="forwarded Zoom invitation with its passcode (allowed)", fmt=["plain", "forward", "invitation"]))

M("contract-alarm", P("hilde"), [X["stijn"]], "Contract onderhoud 2025", "2025-01-09 14:14", T("""
    Beste heer Mertens,

    Kan u ons de nieuwe prijs bezorgen voor het onderhoudscontract AT-2291 (klantnummer 77120)?
    We hebben de indexering van 2025 nog niet ontvangen en moeten het budget afsluiten.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """),
  lab=L([], note="contract and customer numbers only", fmt=["plain"]))

M("smartschool-verlopen", P("nadia"), [P("pieter")], "smartschool", "2024-11-06 06:58", T("""
    Pieter mijn wachtwoord van smartschool is verlopen en ik geraak er niet meer in. Kan jij het resetten?
    Ik ben tot 11u in blok C.
    Nadia
    """) + ANDROID[1:], mailer="android",
  lab=L([], note="asks for a reset; no password in the mail", fmt=["plain", "phone"]))


# ===========================================================================
# C. sensitive (45, of which 7 misdirected)
# ===========================================================================

_allergy_rows = [["Leerling", "Klas", "Geboortedatum", "Dieet / allergie", "Opmerking"],
                 [full("lotte_vdb"), klas("lotte_vdb"), "14/02/2012", "coeliakie (glutenvrij)", "ook geen gewone croutons in de soep"],
                 [full("daan_peeters"), klas("daan_peeters"), "03/07/2010", "notenallergie (alle noten + pinda)", "EpiPen in EHBO-kast en boekentas"],
                 [full("yasmine"), klas("yasmine"), "21/11/2012", "coeliakie (glutenvrij)", ""],
                 [full("hugo"), klas("hugo"), "09/05/2012", "pinda-allergie", "EpiPen bij zich"],
                 [full("elif"), klas("elif"), "30/01/2012", "diabetes type 1", "koolhydraten per portie vermelden"],
                 [full("liam"), klas("liam"), "17/08/2010", "ei-allergie", ""],
                 [full("ayoub"), klas("ayoub"), "12/10/2011", "halal", ""],
                 [full("bilal"), klas("bilal"), "04/04/2011", "halal", ""],
                 [full("febe"), klas("febe"), "26/06/2010", "vegetarisch", ""]]
M("dieetlijst-2024-2025", P("rita"), [X["dirk"]], "Dieetlijst leerlingen schooljaar 2024-2025", "2024-09-03 09:40",
  T("""
    Dag Dirk,

    Hieronder de lijst van de leerlingen met een dieet of allergie voor dit schooljaar. Graag de aparte
    maaltijden zoals vorig jaar gelabeld met naam en klas.

    """) + text_table(_allergy_rows) + T("""

    Bij twijfel over een samenstelling: liever niet serveren en mij even bellen.

    Groetjes
    Rita
    """),
  html=wrap_html('<p class="MsoNormal">Dag Dirk,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Hieronder de lijst van de leerlingen met een dieet of allergie voor dit schooljaar. Graag de aparte maaltijden zoals vorig jaar gelabeld met naam en klas.</p><p class="MsoNormal">&nbsp;</p>'
                 + html_table(_allergy_rows) + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Bij twijfel over een samenstelling: liever niet serveren en mij even bellen.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Groetjes<br>Rita</p>', "outlook"),
  kind="alt",
  lab=L(["sensitive", "personal_data"], about=["lotte_vdb", "daan_peeters", "yasmine", "hugo", "elif", "liam", "ayoub", "bilal", "febe"],
        cats=["medical"], note="allergy and diet table with dates of birth sent to the caterer",
        fmt=["alt", "html-table"]))

M("flauwgevallen-refter", P("sofie"), [("Katrien De Wolf", par("amber", 1))], "Amber - vanmiddag in de refter", "2024-10-17 14:25", T("""
    Beste mevrouw De Wolf,

    Zoals telefonisch besproken: Amber is vanmiddag rond 12u40 in de refter flauwgevallen tijdens het aanschuiven.
    Ze was snel terug bij bewustzijn maar bleef duizelig en had niet ontbeten. We hebben haar in het EHBO-lokaal
    laten rusten tot haar papa haar kwam ophalen.

    Omdat het de tweede keer is deze maand, raden we aan om eens bij de huisarts langs te gaan. Laat u ons
    weten of er iets is waar we op school rekening mee moeten houden?

    Beterschap aan Amber.

    """) + sig("sofie", tel=EHBO_TEL),
  lab=L(["sensitive", "personal_data"], about=["amber"], cats=["medical"],
        note="pupil fainted in the canteen, to her mother; school phone in signature", fmt=["plain"]))

M("glutenvrij-tarief", PRIV["rita"], [P("hilde")], "glutenvrije maaltijden Yasmine", "2024-10-06 20:14", T("""
    Hilde,

    Ik zit thuis de bestellingen na te kijken, daarom van dit adres. Yasmine Bouzid uit 1D heeft coeliakie en
    krijgt sinds september elke dag de glutenvrije schotel van de catering. Die kost ons €1,20 meer per maaltijd.
    Rekenen we dat door aan de ouders of nemen we dat als school op ons? Het gaat om een 140 maaltijden per jaar.

    Rita
    """), mailer="outlook",
  lab=L(["sensitive", "private_account"], about=["yasmine"], cats=["medical"],
        note="kitchen head writes about a coeliac pupil from her private hotmail", fmt=["plain"]))

M("lift-blok-a-dringend", P("koen"), [X["lift"]], "Lift blok A - dringende herstelling", "2024-11-05 08:12", T("""
    Goedemorgen,

    De lift in blok A staat sinds gisterenavond stil (blijft hangen tussen gelijkvloers en 1ste verdiep,
    foutmelding op het paneel: E-41).

    Het is dringend: een leerling, Jonas Michiels uit 4A, zit na een operatie aan zijn knie nog zes weken in een
    rolstoel en heeft al zijn lessen op de 1ste verdieping. Zonder lift moeten we hem door collega's laten dragen.

    Kan er vandaag nog iemand langskomen?

    """) + sig("koen"),
  lab=L(["sensitive"], about=["jonas"], cats=["medical"],
        note="names a pupil and his knee operation/wheelchair to the lift company", fmt=["plain"]))

M("evacuatie-4a", P("luc"), [("Klassenraad 4A", "klassenraad4a@spc.ksleuven.be")], "Evacuatie 4A - afspraken tijdelijk",
  "2024-11-06 12:05", T("""
    Beste collega's van 4A,

    Tot de kerstvakantie zit Jonas Michiels na zijn knieoperatie in een rolstoel. Bij een evacuatie mag hij de
    lift niet gebruiken. Afspraak:

    - de leerkracht die les geeft brengt Jonas naar de evacuatieruimte aan de trappenhal B (brandwerende deur);
    - twee aangeduide medeleerlingen (zie planning in Smartschool) blijven bij hem;
    - de leerkracht meldt aan de verzamelplaats dat Jonas in de evacuatieruimte wacht;
    - de brandweer haalt hem daar op met de evacuatiestoel.

    Bedankt om dit goed te lezen vóór de oefening van volgende week.

    Luc Willems
    Preventieadviseur
    """),
  lab=L(["sensitive", "bcc"], about=["jonas"], cats=["medical"],
        note="wheelchair after knee operation; sent to a staff list address in To", fmt=["plain", "group-in-to"]))

M("re-lift-badge", P("koen"), [("Inge Vos", par("jonas", 1))], "RE: Lift voor Jonas", "2024-11-05 16:40", T("""
    Beste mevrouw Vos,

    De lift is vanmiddag hersteld. Jonas kan vanaf morgen zijn badge gebruiken om de lift op te roepen; die is
    geactiveerd tot de kerstvakantie. Als de genezing van zijn knie langer duurt, laat u het ons weten en
    verlengen we dat.

    Sorry voor de hinder van vandaag.

    """) + sig("koen") + "\n" + q_outlook("Inge Vos <inge.vos@telenet.be>", "Koen Vanderstraeten", "2024-11-05 09:31",
                                       "Lift voor Jonas", T("""
    Beste,

    Jonas belde me net dat de lift weer kapot is. Hij mag van de chirurg nog niet steunen op zijn geopereerde knie
    en kan dus de trap niet op. Wat is de bedoeling vandaag?

    Inge Vos (mama van Jonas, 4A)
    """)), reply="telenet.be",
  lab=L(["sensitive"], about=["jonas"], cats=["medical"],
        note="reply to the pupil's mother about his knee operation and the lift; correctly addressed", fmt=["plain", "reply"]))

M("allergie-hugo", P("rita"), [("Sophie Dubreucq", par("hugo", 0))], "Allergie de Hugo - repas à la cantine", "2024-09-10 13:05", T("""
    Chère Madame Dubreucq,

    Merci pour le certificat médical. Nous avons bien noté que Hugo (1C) est allergique aux arachides.
    Concrètement, à la cantine :

    - Hugo reçoit un repas préparé séparément, avec son nom sur la barquette ;
    - les desserts avec noix ou arachides ne lui sont pas servis ;
    - son EpiPen de réserve est rangé dans l'armoire de premiers soins, à côté de la cuisine.

    N'hésitez pas à me contacter si le traitement change.

    Bien à vous,
    Rita Goossens
    Responsable cuisine et réfectoire
    """), charset="windows-1252", cte="quoted-printable",
  lab=L(["sensitive"], about=["hugo"], cats=["medical"], note="peanut allergy and EpiPen, French, to the correct parent",
        lang="fr", fmt=["plain-cp1252", "plain-qp"]))

M("kevin-5b-fietsrek", P("marc"), [P("sofie")], "kevin 5b", "2025-03-12 08:07", T("""
    Sofie, Kevin van 5B heeft zich net flink gesneden aan zijn hand aan het kapotte fietsrek (rij C). Bloedt
    nogal, ik kom nu met hem naar jou. Misschien moet het gehecht worden, bel je zijn ouders?
    Marc
    """) + IPHONE[1:], mailer="iphone",
  lab=L(["sensitive"], about=["kevin"], cats=["medical"], note="injury of a pupil identified by first name and class",
        fmt=["plain", "phone"]))

M("allergic-reaction-liam", P("sofie"), [("Siobhan O'Connor", par("liam", 0))], "Liam - allergic reaction after lunch",
  "2025-01-23 13:58", T("""
    Dear Mrs O'Connor,

    I am writing to let you know that Liam had a mild allergic reaction after lunch today: hives on his arms
    and neck, no breathing problems. We think there was egg in the sauce of the pasta, despite his diet card.
    As agreed in his medical form we gave him one tablet of his antihistamine at 12:50. He is feeling better
    and went back to class.

    We have informed our caterer. Could you check with his doctor whether anything needs to change?

    """) + sig("sofie", lang="en"),
  lab=L(["sensitive"], about=["liam"], cats=["medical"], note="allergic reaction and medication, English, correct parent",
        lang="en", fmt=["plain"]))

# --- misdirected medical
M("noah-val-speelplaats", P("sofie"), [("Ann Janssens", par("noah_janssens", 0))], "Val op de speelplaats - Noah",
  "2024-12-10 11:35", T("""
    Beste ouder,

    Noah Jansen (1B) is vanmorgen tijdens de speeltijd gevallen bij de fietsenstalling. Zijn pols is gezwollen
    en doet pijn bij bewegen. We hebben hem gekoeld en een verband aangelegd. Mogelijk is hij gebroken,
    wij raden aan om vandaag nog een foto te laten nemen op de spoed.

    De aangifte voor de schoolverzekering vindt u in bijlage; die moet door de arts ingevuld worden.

    """) + sig("sofie"),
  atts=[("Aangifte ongeval schoolverzekering.pdf", "application/pdf",
         make_pdf(["Aangifte schoolongeval", "Leerling: Noah Jansen - klas 1B", "Datum ongeval: 10/12/2024",
                   "Omschrijving: val op de speelplaats, letsel rechterpols", "In te vullen door de behandelende arts:"],
                  "Aangifte ongeval"))],
  lab=L(["sensitive", "recipient"], about=["noah_jansen"], cats=["medical"], mis=True,
        note="injury of Noah Jansen sent to the mother of Noah Janssens (autocomplete)", fmt=["mixed", "attachment-pdf"]))

M("re-verloren-brooddoos", P("rita"), [("Veerle Van Hoof", par("elise", 0))], "RE: brooddoos vergeten", "2025-02-04 10:12", T("""
    Dag mevrouw,

    Goed nieuws: vanaf maandag kan Elif Kaya (2A) gewoon warm eten in de refter. De catering levert dan elke dag een
    aangepaste schotel voor haar diabetes, met het aantal koolhydraten op het deksel zodat ze haar insuline
    kan berekenen. Ze mag bij een hypo altijd vooraan aanschuiven en er ligt druivensuiker aan de kassa.

    Groetjes
    Rita Goossens
    Keuken

    """) + q_gmail("Veerle Van Hoof", "veerle.vanhoof@icloud.com", "2025-01-30 19:22", T("""
    Dag mevrouw Goossens,
    Elise uit 2A is haar blauwe brooddoos vergeten in de refter gisteren. Ligt die misschien bij u?
    Groetjes, Veerle
    """)), reply="icloud.com",
  lab=L(["sensitive", "recipient"], about=["elif"], cats=["medical"], mis=True,
        note="diabetes arrangement for Elif Kaya sent as reply in the thread of Elise's mother", fmt=["plain", "reply"]))

# --- financial
M("openstaande-maaltijden-arthur", P("hilde"), [("Nathalie Dierckx", par("arthur"))], "Openstaande maaltijdrekeningen Arthur",
  "2024-12-12 10:20", T("""
    Beste mevrouw Dierckx,

    Volgens onze boekhouding staan er voor Arthur (3D) nog drie maaltijdfacturen open (september, oktober en
    november), samen € 142,50. Ondanks twee herinneringen ontvingen we nog geen betaling.

    We begrijpen dat het soms moeilijk kan zijn. Daarom stellen we een afbetalingsplan voor van € 35 per maand,
    te storten op rekening %s met vermelding "maaltijden Arthur Dierckx".
    Wil u mij laten weten of dat haalbaar is? U kan ook altijd terecht bij onze sociale dienst (Veerle Hendrickx).

    """ % SCHOOL_IBAN) + sig("hilde"),
  lab=L(["sensitive", "personal_data"], about=["arthur"], cats=["financial"],
        note="unpaid meal bills and payment plan to the correct parent; school IBAN", fmt=["plain"]))

M("tenlasteneming-maaltijden", P("veerle"), [X["ocmw"]], "Vraag tenlasteneming middagmaaltijden - Kenzo Dubois",
  "2024-10-01 15:02", T("""
    Dag Lies,

    Zoals telefonisch besproken de gegevens voor de aanvraag tot tenlasteneming van de middagmaaltijden:

    Leerling: Kenzo Dubois, 2C
    Rijksregisternummer: %s
    Moeder: Jessica Dubois, alleenstaand, leefloon sinds juni
    Kosten: warme maaltijd € 4,20 per dag, ongeveer 150 dagen per schooljaar

    Kenzo komt vaak zonder boterhammen naar school; de keuken geeft hem nu al af en toe een soep. Mama gaat
    akkoord met de aanvraag, haar handtekening volgt via het formulier.

    """ % rrn(11, 3, 7, 214)) + sig("veerle", mob=VEERLE_GSM),
  lab=L(["sensitive", "personal_data"], about=["kenzo"], cats=["financial"],
        note="OCMW request with leefloon, national register number and mobile number", fmt=["plain"]))

_free_rows = [["Leerling", "Klas", "Regeling", "Tot", "Betaald door"],
              [full("kenzo"), klas("kenzo"), "gratis warme maaltijd", "30/06/2025", "OCMW Tienen"],
              [full("nisrine"), klas("nisrine"), "gratis soep + broodje", "31/01/2025", "sociaal fonds school"],
              [full("jens"), klas("jens"), "50% korting", "30/06/2025", "sociaal fonds school"],
              [full("dylan"), klas("dylan"), "gratis warme maaltijd", "30/06/2025", "OCMW Tienen"]]
M("lijst-gratis-maaltijden", P("hilde"), [P("rita")], "lijst leerlingen met sociale regeling refter", "2024-10-07 09:15", T("""
    Dag Rita,

    In bijlage de leerlingen die via het OCMW of ons sociaal fonds gratis of aan verminderd tarief eten.
    Graag discreet aan de kassa: de kaart wordt niet gedebiteerd, de kassa toont "SOC".

    Kenzo en Dylan zijn nieuw sinds deze week.

    Hilde
    """), atts=[("sociale_regeling_refter.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx(_free_rows, "Refter"))],
  lab=L(["sensitive"], about=["kenzo", "nisrine", "jens", "dylan"], cats=["financial"],
        note="xlsx list of pupils whose meals are paid by OCMW/social fund", fmt=["mixed", "attachment-xlsx"]))

M("afbetalingsplan-sem", P("hilde"), [("", par("sem"))], "Bevestiging afbetalingsplan", "2025-01-15 14:48", T("""
    Beste ouders van Sem,

    Hierbij bevestig ik het afbetalingsplan dat we gisteren afspraken voor de openstaande schoolrekening en
    maaltijden van Sem (1F):

    - 3 schijven van € 40
    - telkens voor de 15de van februari, maart en april
    - met de gestructureerde mededeling %s

    Zolang het plan gevolgd wordt, blijft de maaltijdkaart van Sem gewoon actief.

    """ % ogm("3381204407")) + sig("hilde"),
  lab=L(["sensitive"], about=["sem"], cats=["financial"], note="payment plan confirmation to the correct parent",
        fmt=["plain"]))

M("kaart-jens-negatief", P("rita"), [P("hilde")], "Jens 3A", "2025-02-13 12:52", T("""
    Hilde, de kaart van Jens uit 3A staat op -€23. Hij zegt dat er thuis geen geld is tot het einde van de maand.
    Ik heb hem vandaag toch laten eten. Niet laten weigeren aan de kassa hé? Kan Veerle eens bellen?
    Rita
    """) + IPHONE[1:], mailer="iphone",
  lab=L(["sensitive"], about=["jens"], cats=["financial"], note="negative meal-card balance, no money at home",
        fmt=["plain", "phone"]))

_wijns = [["Factuur", "Leerling", "Omschrijving", "Bedrag", "Vervallen sinds"],
          ["2024/1187", full("mila") + " (" + klas("mila") + ")", "maaltijden okt.", "€ 63,00", "15/11/2024"],
          ["2024/1188", full("lars_wijns") + " (" + klas("lars_wijns") + ")", "maaltijden okt.", "€ 58,80", "15/11/2024"],
          ["2024/1302", full("mila") + " (" + klas("mila") + ")", "maaltijden nov.", "€ 71,40", "15/12/2024"],
          ["2024/1303", full("lars_wijns") + " (" + klas("lars_wijns") + ")", "maaltijden nov.", "€ 67,20", "15/12/2024"]]
M("herinnering-wijns", P("hilde"), [("Karen Wijns", par("mila"))], "Tweede herinnering maaltijdfacturen", "2025-01-07 11:02",
  T("""
    Beste mevrouw Wijns,

    Ondanks onze eerste herinnering staan volgende facturen voor Mila en Lars nog open:

    """) + text_table(_wijns) + T("""

    Totaal: € 260,40

    Wij vragen u om het bedrag binnen de 14 dagen te betalen of contact op te nemen om een afbetaling af te
    spreken. Na die datum kunnen we de maaltijdkaarten helaas niet meer opladen.

    """) + sig("hilde"),
  html=wrap_html('<p class="MsoNormal">Beste mevrouw Wijns,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ondanks onze eerste herinnering staan volgende facturen voor Mila en Lars nog open:</p><p class="MsoNormal">&nbsp;</p>'
                 + html_table(_wijns) + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b>Totaal: &euro; 260,40</b></p><p class="MsoNormal">&nbsp;</p>'
                 '<p class="MsoNormal">Wij vragen u om het bedrag binnen de 14 dagen te betalen of contact op te nemen om een afbetaling af te spreken. Na die datum kunnen we de maaltijdkaarten helaas niet meer opladen.</p><p class="MsoNormal">&nbsp;</p>'
                 '<p class="MsoNormal">Met vriendelijke groeten<br><br>Hilde Maes<br>Boekhouding - schoolrekeningen<br>Sint-Pieterscollege Tienen | scholengroep Stroom</p>', "outlook"),
  kind="alt",
  lab=L(["sensitive"], about=["mila", "lars_wijns"], cats=["financial"],
        note="unpaid invoices of two siblings, Outlook table, to their shared parent address", fmt=["alt", "html-table"]))

M("factures-impayees-chloe", P("hilde"), [("M. Renard", par("chloe"))], "Factures de repas impayées - Chloé", "2025-02-20 09:30", T("""
    Madame, Monsieur,

    Sauf erreur de notre part, les factures de repas de Chloé (2D) pour les mois de décembre et janvier
    restent impayées, pour un montant total de 118,60 €.

    Si vous rencontrez des difficultés financières, notre service social peut vous aider (intervention du
    fonds social, plan de paiement). Il suffit de répondre à ce message.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

    Hilde Maes
    Comptabilité - Sint-Pieterscollege Tienen
    """), charset="windows-1252", cte="quoted-printable", mailer="outlook",
  lab=L(["sensitive"], about=["chloe"], cats=["financial"], note="unpaid meal invoices, French cp1252, correct parent",
        lang="fr", fmt=["plain-cp1252", "plain-qp"]))

M("dylan-maaltijden-ocmw", P("veerle"), [X["ocmw"]], "RE: Dylan Pauwels - maaltijden", "2024-10-03 10:44", T("""
    Dag Lies,

    Bedankt voor je snelle reactie. Ter aanvulling: de vader van Dylan zit sinds de zomer in de gevangenis van
    Leuven-Centraal, mama werkt halftijds en heeft het moeilijk om rond te komen. De schoolrekening van vorig
    jaar staat nog voor € 310 open.

    Kunnen jullie de warme maaltijden vanaf oktober ten laste nemen? Hilde (boekhouding) zet ik in kopie voor
    de facturatie.

    """) + sig("veerle") + "\n" + q_outlook("Lies Vangeel <lies.vangeel@ocmw-tienen.be>", "Veerle Hendrickx",
                                         "2024-10-02 16:30", "Dylan Pauwels - maaltijden", T("""
    Dag Veerle,

    Ik heb mevrouw Pauwels gesproken. Ze is akkoord met een aanvraag. Kan je mij de gezinssituatie kort
    toelichten voor het dossier?

    Lies Vangeel
    Maatschappelijk werker
    """)), cc=[P("hilde")], reply="ocmw-tienen.be",
  lab=L(["sensitive"], about=["dylan"], cats=["family", "financial"],
        note="father in prison and unpaid school bill, to the OCMW with one colleague in CC", fmt=["plain", "reply"]))

# --- misdirected financial
M("herinnering-daan", P("hilde"), [("Geert Peeters", par("lotte_peeters", 0))], "Herinnering openstaande maaltijden",
  "2025-03-06 15:05", T("""
    Beste ouders van Daan,

    We stellen vast dat de maaltijdfacturen van Daan Peeters (3C) van januari en februari nog niet betaald zijn
    (samen € 121,80). Dit is al de derde herinnering. Als er een probleem is, neem dan contact op met onze
    sociale dienst; we zoeken samen naar een oplossing, bijvoorbeeld een afbetalingsplan.

    """) + sig("hilde"),
  lab=L(["sensitive", "recipient"], about=["daan_peeters"], cats=["financial"], mis=True,
        note="reminder about Daan Peeters sent to the father of Lotte Peeters (other Peeters family)", fmt=["plain"]))

M("schoolrekening-jana", P("hilde"), [("Patrick Cools", par("wout_cools", 0))],
  "Openstaande schoolrekening en refter", "2025-04-22 10:10", T("""
    Beste ouders,

    Voor Jana Cools (5C) staan de schoolrekening van het tweede trimester en de refterkosten van maart nog open,
    samen € 264,30. Omdat het bedrag oploopt, stellen we voor om een afbetalingsplan af te spreken. U kan ook
    een beroep doen op het sociaal fonds van de school; onze sociale dienst helpt u graag met de aanvraag.

    """) + sig("hilde"),
  lab=L(["sensitive", "recipient"], about=["jana_cools"], cats=["financial"], mis=True,
        note="Jana Cools' unpaid bill sent to the father of Wout Cools (assumed siblings, other family)",
        fmt=["plain"]))

# --- psychosocial
M("vandalisme-fietsenstalling", P("koen"), [P("bart")], "Vandalisme fietsenstalling - camerabeelden", "2024-11-19 16:55", T("""
    Bart,

    Ik heb de camerabeelden van vorige donderdag bekeken (fietsenstalling, camera 3, tussen 12u10 en 12u25).
    Daarop is duidelijk te zien hoe Robbe Van Damme en Milan Goris (beiden 4B) bij drie fietsen de spaken
    uittrappen en een zadel lossnijden. Youssef heeft beide jongens herkend.

    Schade volgens de fietsenmaker: ongeveer € 380.

    Mijn voorstel voor de klassenraad: twee dagen tijdelijke uitsluiting, de schade laten vergoeden door de
    ouders en tot de paasvakantie geen toegang meer tot de fietsenstalling tijdens de middag.

    Ik bewaar de beelden tot de beslissing genomen is.

    Koen
    """),
  lab=L(["sensitive"], about=["robbe", "milan_goris"], cats=["psychosocial"],
        note="named pupils, vandalism and proposed sanction, internal", fmt=["plain"]))

_sanctie = make_pdf(["Sint-Pieterscollege Tienen - directie", "Betreft: tuchtmaatregel - tijdelijke uitsluiting",
                     "Leerling: Robbe Van Damme, 4B",
                     "Feiten: vernieling van drie fietsen in de fietsenstalling op 14/11/2024.",
                     "Beslissing: tijdelijke uitsluiting op 25 en 26 november 2024.",
                     "U kan binnen de 3 dagen gehoord worden door de directeur."], "Tuchtmaatregel")
M("beslissing-tuchtmaatregel", P("bart"), [("Peter Van Damme", par("robbe", 0))], "Beslissing tuchtmaatregel Robbe",
  "2024-11-21 15:40", T("""
    Geachte heer Van Damme,

    Na het gesprek van dinsdag en het advies van de klassenraad bezorg ik u in bijlage de beslissing over de
    tijdelijke uitsluiting van Robbe na de vernielingen in de fietsenstalling. Robbe is op 25 en 26 november
    niet op school; hij krijgt taken via Smartschool.

    De factuur voor de herstelling van de fietsen volgt afzonderlijk.

    Met vriendelijke groeten,

    Bart Smets
    Directeur
    """), atts=[("Beslissing tuchtmaatregel.pdf", "application/pdf", _sanctie)],
  lab=L(["sensitive"], about=["robbe"], cats=["psychosocial"],
        note="disciplinary exclusion letter to the pupil's father", fmt=["mixed", "attachment-pdf"]))

M("diefstal-kluisjes", P("marclang"), [X["politie"]], "Diefstallen kleedkamers sporthal", "2025-03-25 11:20", T("""
    Dag inspecteur Stas,

    Zoals afgesproken nog de gegevens voor uw proces-verbaal. Sinds februari zijn er zeven portefeuilles
    en twee gsm's verdwenen uit de kleedkamers van de sporthal. Op de beelden van 20/3 ziet men Stan Hermans
    (5A) als enige de kleedkamer binnengaan tijdens de les LO. Hij is intussen door de directie gehoord en
    ontkent.

    De beelden staan op een usb-stick bij de directie, u kan ze komen ophalen.

    Marc Lemmens
    Conciërge
    """),
  lab=L(["sensitive"], about=["stan"], cats=["psychosocial"], note="theft suspicion about a named pupil sent to the police",
        fmt=["plain"]))

M("lina-refter", P("rita"), [P("tom")], "Lina 1B - refter", "2025-01-14 13:25", T("""
    Tom,

    Ik weet niet of dit bij jou moet of bij de eerstegraadscoördinator, maar ik zeg het toch: Lina Mahieu uit
    1B wordt al een paar weken elke middag uitgelachen aan haar tafel en drie jongens uit 1C pakken haar
    dessert af. Vandaag zat ze te huilen in het toilet naast de keuken. Ze wil niet dat we iets zeggen.

    Kunnen jullie dit opvolgen?

    Rita
    """), mailer="outlook",
  lab=L(["sensitive"], about=["lina"], cats=["psychosocial"], note="named bullying victim reported by the kitchen",
        fmt=["plain"]))

M("strafstudie-ayoub", P("youssef"), [("Rachid Benali", par("ayoub", 0))], "Incident refter", "2024-10-22 15:10", T("""
    Beste meneer Benali,

    Vandaag heeft Ayoub tijdens de middagpauze in de refter zijn dienblad naar een medeleerling gegooid na een
    ruzie aan tafel. De andere leerling had een snee boven zijn oog. Ayoub heeft zich nadien verontschuldigd.

    Als sanctie blijft Ayoub drie middagen (23, 24 en 25 oktober) in de strafstudie en helpt hij een middag
    bij het afruimen van de refter. Graag uw handtekening in de agenda.

    Met vriendelijke groeten,
    Youssef Amrani
    Opvoeder
    """),
  lab=L(["sensitive"], about=["ayoub"], cats=["psychosocial"], note="behaviour incident and sanction to the correct parent",
        fmt=["plain"]))

M("noor-eet-niet", P("els"), [P("rita")], "vertrouwelijk - Noor 2D", "2025-02-27 08:44", T("""
    Dag Rita,

    Vertrouwelijk: we maken ons zorgen over Noor Verhoeven uit 2D. Ze is de laatste maanden sterk vermagerd en
    de huisarts vermoedt een beginnende eetstoornis; het CLB is ingelicht. Zou jij of Samira discreet willen
    opletten of ze 's middags iets neemt in de refter, en mij dat vrijdags laten weten? Zeker niets tegen haar
    zeggen.

    Bedankt,
    Els
    """),
  lab=L(["sensitive"], about=["noor"], cats=["psychosocial", "medical"], note="suspected eating disorder of a named pupil",
        fmt=["plain"]))

M("margot-handenwasser", P("sofie"), [P("els")], "Margot Vanhove", "2025-03-20 13:15", T("""
    Els,

    Bij de handenwasser aan de refter zag Samira vanmiddag sneetjes op de onderarm van Margot Vanhove (5D),
    sommige vers. Margot trok meteen haar mouw naar beneden. Ik heb niets gezegd maar ze kwam daarna nog naar
    het EHBO-lokaal "voor een pleister". Kan jij vandaag nog met haar praten?

    Sofie
    """) + IPHONE[1:], mailer="iphone",
  lab=L(["sensitive"], about=["margot"], cats=["psychosocial"], note="self-harm signs of a named pupil", fmt=["plain", "phone"]))

M("thibault-aparte-ruimte", P("els"), [P("rita"), P("marc")], "Thibault 1C - middagpauze", "2024-10-11 10:32", T("""
    Dag Rita, dag Marc,

    Thibault Moens (1C) heeft angstaanvallen in drukke ruimtes en is de voorbije weken twee keer in paniek uit
    de refter gelopen. In overleg met de ouders en het CLB mag hij vanaf maandag, als redelijke aanpassing,
    met een vriend eten in het lokaaltje naast de keuken (K.011).

    Marc, kan jij zorgen dat dat lokaal 's middags open is? Rita, mag hij zijn warme maaltijd daar gaan eten?

    Bedankt!
    Els Jacobs
    Zorgcoördinator
    """),
  lab=L(["sensitive"], about=["thibault"], cats=["psychosocial", "care"],
        note="anxiety attacks and a reasonable adjustment for a named pupil, to two colleagues", fmt=["plain"]))

# --- misdirected psychosocial
M("uitnodiging-gesprek-milan", P("bart"), [("Sarah Govaerts", par("milan_govaerts"))], "Uitnodiging gesprek - Milan",
  "2024-11-20 11:48", T("""
    Beste ouders,

    Naar aanleiding van de vernielingen in de fietsenstalling op donderdag 14 november nodig ik u en Milan uit
    voor een gesprek op dinsdag 26/11 om 16u30 op het directiesecretariaat. Milan Goris (4B) is samen met een
    klasgenoot duidelijk herkenbaar op de camerabeelden. De klassenraad overweegt een tijdelijke uitsluiting.

    Met vriendelijke groeten,

    Bart Smets
    Directeur
    """),
  lab=L(["sensitive", "recipient"], about=["milan_goris"], cats=["psychosocial"], mis=True,
        note="invitation about Milan Goris' vandalism sent to the mother of Milan Govaerts (autocomplete on first name)",
        fmt=["plain"]))

# --- care
M("arne-prikkelarm", P("els"), [P("rita")], "Arne 3B - plaats in de refter", "2024-09-09 09:10", T("""
    Hoi Rita,

    Arne Segers uit 3B heeft een autismespectrumstoornis. In zijn zorgplan staat dat hij op een prikkelarme plaats
    mag eten: graag de tafel in de hoek bij het raam (de "leraarstafel") voor hem vrijhouden. Hij mag ook 5
    minuten vroeger aanschuiven, voor de drukte begint.

    Als hij overstuur raakt: niet aanraken, gewoon rustig laten en Youssef verwittigen.

    Els
    """),
  lab=L(["sensitive"], about=["arne"], cats=["care"], note="ASS and care plan of a named pupil to the kitchen", fmt=["plain"]))

M("re-clb-ruben", P("els"), [X["clb"]], "RE: Ruben Luyten - overleg", "2025-01-21 12:02", T("""
    Dag Annelies,

    Donderdag 30/1 om 14u past voor ons. Ter voorbereiding: ook de keukenploeg en de conciërge merken dat Ruben
    zich 's middags afzondert en vaak in de fietsenstalling rondhangt in plaats van te eten. Dat sluit aan bij
    wat jullie in het CLB-dossier schreven over zijn leerstoornis en de faalangst die daarbij hoort. Het
    handelingsplan van vorig schooljaar breng ik mee.

    Groeten,
    Els Jacobs
    Zorgcoördinator

    """) + q_outlook("Annelies Bruynseels <annelies.bruynseels@clbhageland.be>", "Els Jacobs", "2025-01-20 15:45",
                     "Ruben Luyten - overleg", T("""
    Dag Els,

    In het kader van de begeleiding van Ruben Luyten (2C) zou ik graag een overleg plannen met jou en de
    klastitularis. Past donderdag 30/1 na de middag?

    Annelies Bruynseels
    CLB-medewerker
    """)), reply="clbhageland.be",
  lab=L(["sensitive"], about=["ruben"], cats=["care"], note="CLB follow-up, learning disorder and action plan with the CLB",
        fmt=["plain", "reply"]))

M("evacuatieplan-fien", P("luc"), [P("koen")], "Individueel evacuatieplan Fien Bogaerts", "2024-09-18 14:30", T("""
    Koen,

    Fien Bogaerts (3A) is rolstoelgebruiker (spina bifida). Voor haar hebben we een individueel evacuatieplan
    nodig, als redelijke aanpassing in haar dossier. Mijn voorstel:

    - lessen zoveel mogelijk op het gelijkvloers (vraag aan de planner);
    - waar dat niet kan: evacuatiestoel aan de trappenhal B, 2 opgeleide collega's per verdieping;
    - bij de brandoefening oefenen we haar route apart.

    Kan jij een tweede evacuatiestoel bestellen? Offerte volgt.

    Luc
    """),
  lab=L(["sensitive"], about=["fien"], cats=["medical", "care"],
        note="wheelchair user with a diagnosis and an individual evacuation plan (reasonable adjustment)", fmt=["plain"]))

M("examenlokaal-lars", P("tom"), [P("marc")], "examens - lokaal B.003", "2024-12-05 15:22", T("""
    Marc,

    Lars Cuypers (5C) heeft dyslexie en legt zijn examens af op laptop met voorleessoftware, in lokaal B.003
    naast de loge. Kan jij dat lokaal elke examendag om 8u15 openen en er een verlengkabel leggen? Van 9 tot
    19 december.

    Tom
    """),
  lab=L(["sensitive"], about=["lars_cuypers"], cats=["care"], note="dyslexia and exam adjustment of a named pupil",
        fmt=["plain"]))

M("handelingsplan-emma", P("els"), [("Joke Claeys", par("emma_claeys"))], "Handelingsplan Emma - afspraken", "2024-10-24 17:02", T("""
    Beste mevrouw Claeys,

    Zoals besproken op het MDO stuur ik u de afspraken uit het handelingsplan van Emma (1D). Emma heeft
    dyscalculie en krijgt volgende redelijke aanpassingen:

    - rekenmachine bij alle toetsen wiskunde en wetenschappen;
    - extra tijd (een derde) bij toetsen en examens;
    - overzichtskaarten met formules.

    Ook in de refter en bij het opladen van haar maaltijdkaart mag ze hulp vragen aan de kassa; Rita is op
    de hoogte. We evalueren het plan na de kerstexamens.

    Met vriendelijke groeten,
    Els Jacobs
    Zorgcoördinator
    """), kind="alt", mailer="outlook",
  lab=L(["sensitive"], about=["emma_claeys"], cats=["care"], note="dyscalculia and care plan to the correct parent",
        fmt=["alt"]))

M("mehdi-keuken", P("els"), [P("samira")], "Mehdi - helpen in de keuken", "2024-11-12 10:00", T("""
    Dag Samira,

    Zoals Rita al zei: Mehdi Ouali uit 2B (ADHD, begeleid door het CLB) mag op dinsdag en donderdag tijdens de
    middag een halfuur helpen in de keuken. Dat staat zo in zijn begeleidingsplan: beweging en een duidelijke
    taak helpen hem om 's namiddags rustiger in de klas te zitten.

    Geef hem gerust eenvoudige taken (dienbladen, afruimen). Als het niet lukt, laat je het mij weten.

    Els
    """),
  lab=L(["sensitive"], about=["mehdi"], cats=["care"], note="ADHD and support plan of a named pupil", fmt=["plain"]))

M("sam-brandalarm", P("youssef"), [P("els")], "Sam 1A", "2025-03-14 10:41", T("""
    Els, Sam uit 1A was tijdens de brandoefening weer helemaal in paniek, zat te hyperventileren op de
    verzamelplaats. Zijn CLB-begeleider moet dat zeker weten. Kan jij dat doorgeven? Hij zit nu bij mij.
    Y.
    """) + ANDROID[1:], mailer="android",
  lab=L(["sensitive"], about=["sam"], cats=["care", "psychosocial"],
        note="panic during the drill, CLB follow-up; pupil identified by first name and class", fmt=["plain", "phone"]))

# --- misdirected care
M("aanpassingen-emma-examens", P("els"), [("Joke Claeys", par("emma_claeys"))], "Aanpassingen examens Emma", "2024-12-02 16:18", T("""
    Beste ouders,

    Voor de kerstexamens krijgt Emma Claessens (1A) omwille van haar dyslexie volgende aanpassingen:

    - examens in vergroot lettertype (Arial 14);
    - voorleessoftware bij de examens Frans en Engels;
    - examens in het lokaal naast de refter (K.011), met max. 8 leerlingen.

    Bij vragen kan u mij altijd contacteren.

    Met vriendelijke groeten,
    Els Jacobs
    Zorgcoördinator
    """),
  lab=L(["sensitive", "recipient"], about=["emma_claessens"], cats=["care"], mis=True,
        note="exam adjustments for Emma Claessens sent to the mother of Emma Claeys", fmt=["plain"]))

# --- family
M("ophalen-lucas", P("ingrid"), [P("marc")], "Lucas Desmet 1B - niet meegeven met papa", "2024-09-26 08:20", T("""
    Marc,

    Belangrijk: sinds gisteren heeft de mama van Lucas Desmet (1B) door een beslissing van de familierechtbank
    het exclusief ouderlijk gezag. De papa mag Lucas niet ophalen en mag ook niet op het schooldomein komen.
    Als hij aan de poort of op de parking staat: Lucas binnenhouden en de directie verwittigen.

    Een kopie van het vonnis ligt op het secretariaat.

    Ingrid
    """),
  lab=L(["sensitive"], about=["lucas_desmet"], cats=["family"], note="custody decision for a named pupil, to the caretaker",
        fmt=["plain"]))

M("pleeggezin-ines", P("veerle"), [P("hilde")], "facturatie Inès Van Acker", "2024-11-08 09:55", T("""
    Dag Hilde,

    Inès Van Acker (1E) is sinds vorige week in een pleeggezin geplaatst via de jeugdrechter. De facturen van de
    school en de refter gaan voortaan naar de pleegmoeder; de adresgegevens staan in Smartschool (enkel
    zichtbaar voor jou en mij). Niets meer naar het adres van mama sturen aub.

    Veerle
    """),
  lab=L(["sensitive"], about=["ines"], cats=["family"], note="placement in a foster family", fmt=["plain"]))

M("seppe-overlijden", P("els"), [P("rita"), P("samira")], "Seppe Lenaerts 4C", "2025-02-10 08:15", T("""
    Dag Rita en Samira,

    Even laten weten dat de mama van Seppe Lenaerts (4C) dit weekend overleden is na een lange ziekte. Seppe
    komt vanaf woensdag terug naar school. Als hij 's middags niet eet of liever apart zit: laat hem, en
    verwittig mij gerust als jullie iets opvalt.

    Els
    """),
  lab=L(["sensitive"], about=["seppe"], cats=["family"], note="death of a pupil's mother", fmt=["plain"]))

M("facturen-co-ouderschap", P("ingrid"), [("Jan Stevens", par("febe", 0))], "Facturatie Febe - verblijfsco-ouderschap",
  "2024-09-20 11:30", T("""
    Beste meneer Stevens,

    Op vraag van u en uw ex-partner splitsen we vanaf dit schooljaar de facturen van Febe (3C) volgens de
    regeling van het verblijfsco-ouderschap: elk 50%. U ontvangt dus voortaan een eigen factuur voor de helft
    van de schoolkosten en de maaltijden. De maaltijdkaart blijft één kaart; die kan door beide ouders
    opgeladen worden.

    Met vriendelijke groeten,

    Ingrid Wouters
    Leerlingensecretariaat
    """), charset="windows-1252", cte="quoted-printable", mailer="outlook",
  lab=L(["sensitive"], about=["febe"], cats=["family"], note="divorce and co-parenting arrangement, to the father",
        fmt=["plain-cp1252", "plain-qp"]))

M("zorgmelding-jade", P("veerle"), [X["clb"]], "Zorgmelding Jade Schepers 2B", "2025-03-04 16:48", T("""
    Dag Annelies,

    Zoals vanmiddag telefonisch gemeld: Jade Schepers (2B) kwam vandaag met blauwe plekken op haar bovenarm
    naar school. Aan Samira in de keuken vertelde ze dat haar vader "weer kwaad was geweest" toen ze zondag te
    laat thuis kwam. Ze vroeg om het niet door te vertellen.

    We hebben nog geen contact opgenomen met thuis. Graag jullie advies voor de volgende stap.

    Veerle Hendrickx
    Sociale dienst
    """),
  lab=L(["sensitive"], about=["jade"], cats=["family"], note="suspected violence at home reported to the CLB", fmt=["plain"]))

M("custody-arrangement-oliver", P("ingrid"), [("Daniel Brooks", par("oliver", 0))], "Oliver - school communication",
  "2024-10-15 14:05", T("""
    Dear Mr Brooks,

    Following the court decision you sent us, we have registered you as a parent with a right to information.
    From now on you will receive Oliver's school reports and invoices by e-mail, separately from his mother.
    As the judgement states that Oliver lives with his mother during the school weeks, the school will only
    release him to her or to a person she designates in writing.

    Please let us know if your address in the UK changes.

    Kind regards,

    Ingrid Wouters
    Pupil administration
    """),
  lab=L(["sensitive"], about=["oliver"], cats=["family"], note="custody arrangement after divorce, English, to the father",
        lang="en", fmt=["plain"]))

# --- misdirected family
M("afspraken-ophalen-lucas", P("secr"), [("Johan De Smet", par("lucas_desmet2", 0))], "Afspraken ophalen Lucas",
  "2024-09-27 10:02", T("""
    Beste mevrouw,

    Zoals gisteren telefonisch besproken bevestigen we de afspraken voor Lucas Desmet (1B) na de uitspraak van
    de familierechtbank:

    - Lucas wordt na school enkel meegegeven aan u of aan oma;
    - de papa van Lucas heeft geen toegang meer tot het schooldomein;
    - bij problemen aan de schoolpoort verwittigen we meteen de directie en indien nodig de politie.

    Met vriendelijke groeten,

    Ingrid Wouters
    Leerlingensecretariaat
    """),
  lab=L(["sensitive", "recipient"], about=["lucas_desmet"], cats=["family"], mis=True,
        note="custody arrangements for Lucas Desmet (1B) sent to the father of Lucas De Smet (2A)", fmt=["plain"]))


# ===========================================================================
# D. personal mails about one pupil that are not sensitive (25, of which 5 misdirected)
# ===========================================================================

M("paspoort-gevonden", P("marclang"), [("Griet Claus", par("victor"))], "Paspoort van Victor gevonden", "2025-03-31 12:40", T("""
    Dag mevrouw Claus,

    In de refter lag vanmiddag een paspoort op naam van Victor Claus (6A). Ik heb het in de kluis van de loge
    gelegd. Victor kan het na de lessen ophalen bij mij, of u komt het zelf halen tussen 8u en 17u.

    Groeten,
    Marc Lemmens
    Conciërge
    """), mailer="outlook",
  lab=L([], about=["victor"], note="lost passport found; nothing sensitive; correct parent", fmt=["plain"]))

M("fiets-jarne", P("marc"), [("", par("jarne"))], "fiets in de stalling", "2024-12-18 15:05", T("""
    Beste ouders,

    De fiets van Jarne (2C) staat al sinds de herfstvakantie in de fietsenstalling, met een platte band en zonder
    slot. Tijdens de kerstvakantie ruimen we de stalling op. Mag Jarne hem deze week nog komen halen? Anders zet
    ik hem in de berging bij de verloren voorwerpen.

    Marc, conciërge
    """),
  lab=L([], about=["jarne"], note="abandoned bicycle; shared parent address with an older brother", fmt=["plain"]))

M("betaling-ontvangen-manon", P("hilde"), [("Eric Dupont", par("manon"))], "RE: overschrijving maaltijdkaart", "2024-10-09 10:14", T("""
    Beste meneer Dupont,

    Uw overschrijving van € 50 voor de maaltijdkaart van Manon is goed ontvangen en staat sinds vanochtend op
    haar kaart.

    Met vriendelijke groeten,
    Hilde Maes

    """) + q_gmail("Eric Dupont", "eric.dupont@proximus.be", "2024-10-08 21:40", T("""
    Goedenavond,
    Ik heb vandaag 50 euro overgeschreven voor de kaart van Manon Dupont (3D). Kan u laten weten wanneer dat
    op de kaart staat? Ze zegt dat ze niet kon betalen vanmiddag.
    Mvg
    Eric Dupont
    """)), mailer="owa", reply="proximus.be",
  lab=L([], about=["manon"], note="payment received for the meal card; nothing sensitive", fmt=["plain", "reply"]))

M("kastje-lukas", P("youssef"), [("", par("lukas"))], "Nieuw kastje voor Lukas", "2024-09-17 16:30", T("""
    Beste ouders,

    Lukas (4A) vroeg om een kastje dichter bij zijn klaslokaal. Vanaf morgen heeft hij kastje 214 in de gang van
    blok B. De sleutel van zijn oude kastje (nummer 87) mag hij bij mij binnenbrengen; de waarborg van € 10
    wordt gewoon overgezet.

    Met vriendelijke groeten,
    Youssef Amrani
    Opvoeder
    """),
  lab=L([], about=["lukas"], note="locker change on the pupil's request", fmt=["plain"]))

M("dank-hanne-receptie", P("rita"), [("Kris Goris", par("hanne_goris", 0))], "Een pluim voor Hanne", "2024-11-29 09:05", T("""
    Beste ouders,

    Ik wil jullie even laten weten dat Hanne (6B) gisteren op het oudercontact fantastisch geholpen heeft bij de
    receptie. Ze heeft de hele avond broodjes rondgedeeld, ouders de weg gewezen en op het einde nog mee
    opgeruimd. Zonder haar waren we er niet geraakt!

    Een dikke merci,
    Rita Goossens
    Keuken
    """), kind="alt", mailer="outlook",
  lab=L([], about=["hanne_goris"], note="praise for a pupil, nothing sensitive", fmt=["alt"]))

M("parkeerplaats-brommer", P("koen"), [("Jelle Verlinden", lmail("jelle"))], "Je parkeerplaats voor de brommer", "2024-09-10 12:55", T("""
    Dag Jelle,

    Je aanvraag voor een plaats voor je brommer is goedgekeurd. Je mag hem zetten in vak 12 op de achterste
    parking (niet in de fietsenstalling). Helm mee naar binnen nemen of in je kastje steken. Stapvoets rijden
    op het domein!

    Koen Vanderstraeten
    Facilitair manager
    """),
  lab=L([], about=["jelle"], note="parking place for a pupil's moped, to the pupil", fmt=["plain"]))

M("re-brooddoos-elise", P("rita"), [("Veerle Van Hoof", par("elise"))], "RE: brooddoos vergeten", "2025-01-31 08:20", T("""
    Dag mevrouw,

    Ja hoor, de blauwe brooddoos ligt hier in de keuken. Elise mag hem vanmiddag komen halen aan het
    keukenluikje.

    Groetjes
    Rita

    """) + q_gmail("Veerle Van Hoof", "veerle.vanhoof@icloud.com", "2025-01-30 19:22", T("""
    Dag mevrouw Goossens,
    Elise uit 2A is haar blauwe brooddoos vergeten in de refter gisteren. Ligt die misschien bij u?
    Groetjes, Veerle
    """)), reply="icloud.com",
  lab=L([], about=["elise"], note="lost lunchbox, reply to the correct parent", fmt=["plain", "reply"]))

M("nieuwe-maaltijdkaart-tibo", P("rita"), [("Kathleen Raes", par("tibo"))], "Nieuwe maaltijdkaart", "2024-10-16 11:45", T("""
    Dag mevrouw Raes,

    De nieuwe maaltijdkaart van Tibo (1F) is klaar; het saldo van de oude kaart is overgezet. Voor een
    vervangkaart rekenen we € 5 aan, dat komt op de volgende schoolrekening. Tibo kan de kaart morgen aan de
    kassa van de refter afhalen.

    Rita
    """), cte="base64",
  lab=L([], about=["tibo"], note="replacement meal card, base64 body", fmt=["plain-base64"]))

M("canteen-registration-emily", P("ingrid"), [("Rachel Walsh", par("emily"))], "Canteen and meal card for Emily", "2024-09-04 15:12", T("""
    Dear Mrs Walsh,

    Welcome to Sint-Pieterscollege! Some practical information for Emily (4C):

    - Lunch is served in the canteen from 12:05 to 12:55. A hot meal costs EUR 4.20, soup EUR 0.80.
    - Emily will receive her meal card tomorrow from her class teacher. You can top it up by bank transfer;
      the payment reference for her card is on the invoice in Smartschool.
    - Pupils may also bring their own lunch and eat it in the canteen.

    Please do not hesitate to contact us if anything is unclear.

    Kind regards,

    Ingrid Wouters
    Pupil administration
    """), kind="alt", mailer="outlook",
  lab=L([], about=["emily"], note="practical canteen information for a new pupil, English", lang="en", fmt=["alt"]))

M("calculatrice-lucie", P("marclang"), [("A. Fontaine", par("lucie"))], "Calculatrice retrouvée", "2025-01-17 16:02", T("""
    Bonjour Madame,

    Nous avons retrouvé dans la salle de gym une calculatrice graphique avec le nom de Lucie Fontaine (1D).
    Elle peut la récupérer à la loge du concierge, tous les jours entre 8h et 16h30.

    Bien à vous,
    Marc Lemmens
    Concierge
    """), charset="iso-8859-1", cte="quoted-printable",
  lab=L([], about=["lucie"], note="lost calculator found, French latin-1", lang="fr", fmt=["plain-qp"]))

M("fietsverantwoordelijke-bilal", P("youssef"), [("Mohamed Chakir", par("bilal"))], "Bilal fietsverantwoordelijke",
  "2024-10-04 13:30", T("""
    Beste meneer Chakir,

    Leuk nieuws: Bilal (2E) is door zijn klas gekozen als fietsverantwoordelijke. Hij helpt mij één keer per
    week om te kijken of alle fietsen van de klas op slot staan en of er lichten kapot zijn. Hij doet dat heel
    goed en is altijd op tijd.

    Groeten,
    Youssef Amrani
    """),
  lab=L([], about=["bilal"], note="praise, nothing sensitive", fmt=["plain"]))

M("terugbetaling-saldo-ward", P("hilde"), [("Bert Lauwers", par("ward"))], "Terugbetaling saldo maaltijdkaart Ward", "2025-04-03 11:11", T("""
    Beste meneer Lauwers,

    Omdat Ward (6A) sinds de paasvakantie niet meer ingeschreven is, betalen we het resterende saldo van zijn
    maaltijdkaart terug: € 17,60. We storten het bedrag binnen 10 werkdagen op de rekening die u opgaf:
    %s. Klopt dit nummer nog?

    Veel succes aan Ward in zijn nieuwe school.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """ % LAUWERS_IBAN),
  lab=L(["personal_data"], about=["ward"], note="refund of the card balance with the parent's IBAN; not sensitive",
        fmt=["plain"]))

M("step-siebe", P("koen"), [("Jo Heylen", par("siebe"))], "RE: step in de fietsenstalling", "2024-09-25 10:40", T("""
    Beste meneer Heylen,

    Geen probleem: Siebe (1A) mag zijn step in de fietsenstalling zetten, op plaats 47 (achteraan, bij de
    beugels voor steps). Wel met een slot vastmaken, de school is niet verantwoordelijk bij diefstal.

    """) + sig("koen") + "\n" + q_outlook("Jo Heylen <heylen.jo@gmail.com>", "info@spc.ksleuven.be", "2024-09-24 20:15",
                                       "step in de fietsenstalling", T("""
    Goedenavond,

    Mijn zoon Siebe Heylen zit in 1A en komt met de step naar school. Mag die in de fietsenstalling?

    Jo Heylen
    """)), reply="gmail.com", mailer="outlook",
  lab=L([], about=["siebe"], note="scooter place in the bicycle shed, reply to the correct parent", fmt=["plain", "reply"]))

M("sleutels-turnzaal-mila", P("marc"), [("Karen Wijns", par("mila"))], "sleutels", "2025-02-05 16:45", T("""
    Dag mevrouw Wijns,

    Mila (1A) heeft haar huissleutels met een roze hanger laten liggen in de kleedkamer van de turnzaal.
    Ze liggen bij mij in de loge, ze mag ze morgen komen halen.

    Marc
    """) + IPHONE[1:], mailer="iphone",
  lab=L([], about=["mila"], note="house keys left behind (no code), phone mail to the parent", fmt=["plain", "phone"]))

M("daguitstap-brugge-nore", P("tom"), [("Tine Vandecasteele", par("nore"))], "RE: daguitstap Brugge - vraag", "2025-05-06 09:20", T("""
    Dag mevrouw Vandecasteele,

    Nore (3B) kan zeker een lunchpakket bestellen bij de keuken, ook al is de inschrijving afgesloten: ik heb
    Rita gevraagd er één extra te maken. Vertrek donderdag om 7u30 op de achterste parking, terug rond 18u.
    Ze mag haar fiets in de stalling laten staan tot vrijdag.

    Groeten,
    Tom Wuyts

    """) + q_gmail("Tine Vandecasteele", "tine.vandecasteele@gmail.com", "2025-05-05 21:02", T("""
    Dag meneer Wuyts,
    Nore is vergeten een lunchpakket te bestellen voor de uitstap naar Brugge. Kan dat nog?
    Groetjes
    Tine
    """)), reply="gmail.com", mailer="thunderbird",
  lab=L([], about=["nore"], note="practical trip details for one pupil", fmt=["plain", "reply"]))

M("projectweek-keuken-ilias", P("rita"), [P("samira")], "Ilias morgen", "2025-04-28 15:50", T("""
    Samira, Ilias El Khattabi uit 5A komt morgen en overmorgen helpen in de keuken voor zijn projectweek
    (hotelschool-oriëntatie). Hij mag mee aardappelen schillen en de soep opdienen. Geef hem een schort en
    trakteer hem op een dessert, hij is een toffe.
    Rita
    """),
  lab=L([], about=["ilias"], note="internal note about a pupil's project week in the kitchen, nothing sensitive",
        fmt=["plain"]))

M("lamp-fietsenstalling", P("koenkort"), [("Kato Bertels", lmail("kato"))], "Bedankt voor je melding", "2024-11-14 14:12", T("""
    Dag Kato,

    Bedankt om de kapotte lamp in de fietsenstalling te melden bij het onthaal. De elektricien heeft ze vandaag
    vervangen, en meteen ook de twee lampen aan de achterpoort. Zo'n meldingen helpen ons echt.

    Koen Vanderstraeten
    Facilitair manager
    """), kind="alt",
  lab=L([], about=["kato"], note="thanks a pupil for a report, to the pupil's address", fmt=["alt"]))

M("fiets-ella-hersteld", P("jan"), [("Sofie Verbeke", par("ella"))], "fiets Ella klaar", "2025-05-14 13:35", T("""
    Dag mevrouw Verbeke,

    De fiets van Ella (2B) is hersteld in het fietsatelier van de school (nieuwe binnenband en remblokjes).
    Ze kan er vanaf vandaag weer mee naar huis. Het atelier is gratis, enkel de onderdelen (€ 9,50) komen op
    de schoolrekening.

    Sportieve groeten,
    Jan Verbiest
    """),
  lab=L([], about=["ella"], note="bike repaired in the school workshop; nothing sensitive", fmt=["plain"]))

M("portefeuille-amine", P("ingrid"), [("H. Tahiri", par("amine"))], "Is dit de portefeuille van Amine?", "2025-03-11 11:02", T("""
    Beste meneer Tahiri,

    Amine (3C) meldde gisteren dat hij zijn portefeuille kwijt was. De poetsploeg vond vanochtend deze
    portefeuille in de refter (zie foto). Als het de zijne is, mag hij hem komen halen op het
    leerlingensecretariaat.

    Met vriendelijke groeten,
    Ingrid Wouters
    """), atts=[("IMG_2031.png", "image/png", make_png(48, 32, "amine"))], mailer="outlook",
  lab=L([], about=["amine"], note="lost property with a photo attachment", fmt=["mixed", "attachment-image"]))

M("saldo-wiebe", P("hilde"), [("Sanne Dockx", par("wiebe"))], "RE: saldo kaart", "2024-11-25 09:42", T("""
    Dag mevrouw Dockx,

    Het saldo van de maaltijdkaart van Wiebe (1B) is vandaag € 12,40. Hij heeft deze maand vooral soep en
    broodjes genomen. In Smartschool kan u onder "Maaltijdkaart" ook zelf het overzicht bekijken.

    Groeten,
    Hilde

    """) + q_gmail("Sanne Dockx", "sanne.dockx@telenet.be", "2024-11-24 18:30", "Hallo, hoeveel staat er nog op de kaart van Wiebe? Groetjes Sanne\n"),
  reply="telenet.be", mailer="owa",
  lab=L([], about=["wiebe"], note="meal-card balance on request; nothing sensitive", fmt=["plain", "reply"]))

# --- misdirected, not sensitive
M("identiteitskaart-sander", P("marc"), [("Inge Vos", par("jonas", 1))], "identiteitskaart gevonden", "2025-02-19 12:50", T("""
    Beste mevrouw Vos,

    De identiteitskaart en de bankkaart van Sander Vos (5B) lagen vanmorgen in de fietsenstalling. Ik heb ze
    in de kluis van de loge gelegd. Sander mag ze na de les komen halen.

    Marc Lemmens
    Conciërge
    """),
  lab=L(["recipient"], about=["sander_vos"], mis=True,
        note="lost ID card of Sander Vos sent to Inge Vos, the mother of Jonas Michiels (surname autocomplete)", fmt=["plain"]))

M("betaling-ontvangen-zoe", P("hilde"), [("D. Lemaire", par("zoe_lemaire"))], "Betaling goed ontvangen", "2024-10-30 14:20", T("""
    Beste ouder,

    Uw betaling van € 75 voor de maaltijdkaart en de sportdag van Zoë Leemans (3C) is goed ontvangen. Het
    bedrag voor de maaltijden (€ 60) staat op haar kaart, de rest is verrekend met de factuur van de sportdag.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """),
  lab=L(["recipient"], about=["zoe_leemans"], mis=True,
        note="payment confirmation for Zoë Leemans sent to the parent of Zoë Lemaire (autocomplete d.le...)", fmt=["plain"]))

M("re-sleutels-fietsplaats", P("marc"), [("Karen Wijns", par("mila"))], "RE: sleutels", "2025-02-06 08:34", T("""
    Dag mevrouw,

    Voor Ibrahim Saidi (3B): zijn vaste plaats in de fietsenstalling wordt vanaf maandag nummer 112 (overdekt
    gedeelte) in plaats van 33, zoals gevraagd. Het oude nummer mag hij eraf halen.

    Marc

    """) + q_gmail("Karen Wijns", "karen.wijns@telenet.be", "2025-02-05 20:10", T("""
    Dag Marc, merci, Mila komt ze morgen halen! Groetjes Karen
    """)), reply="telenet.be", mailer="iphone",
  lab=L(["recipient"], about=["ibrahim"], mis=True,
        note="bicycle place of Ibrahim Saidi answered in the thread of Mila Wijns' mother", fmt=["plain", "reply"]))

M("pluim-lotte", P("luc"), [("Marijke Hendrix", par("lotte_peeters", 1))], "Een pluim voor Lotte", "2025-03-14 15:35", T("""
    Beste ouders,

    Tijdens de evacuatieoefening van vanmorgen heeft Lotte Vandenberghe (2B) als klasverantwoordelijke
    uitstekend gewerkt: ze telde haar klas meteen op de verzamelplaats en meldde als eerste aan de
    evacuatieleider dat iedereen er was. Dat mag gezegd worden!

    Met vriendelijke groeten,
    Luc Willems
    Preventieadviseur
    """), kind="alt", mailer="outlook",
  lab=L(["recipient"], about=["lotte_vdb"], mis=True,
        note="praise for Lotte Vandenberghe sent to the mother of Lotte Peeters (first-name autocomplete)", fmt=["alt"]))

M("vervangkaart-finn", P("rita"), [("An Wauters", par("finn_wauters", 0))], "Vervangkaart klaar", "2025-01-09 11:25", T("""
    Dag mevrouw,

    De vervangkaart voor Finn Willaert (3C) is klaar, het saldo is overgezet. Hij kan ze afhalen aan de kassa
    van de refter. De kost van € 5 komt op de volgende rekening.

    Rita Goossens
    """),
  lab=L(["recipient"], about=["finn_willaert"], mis=True,
        note="meal card of Finn Willaert sent to the mother of Finn Wauters (an.w... autocomplete)", fmt=["plain"]))


# ===========================================================================
# E. general letters to all parents / all staff (20): must pass
# ===========================================================================

ALLP = ALL_PARENTS
STAFF_LIST = [S["personeel"][1]]

_menu = [["", "Vanaf 6 januari 2025", "Tot nu"],
         ["Warme maaltijd (soep, hoofdgerecht, dessert)", "€ 4,40", "€ 4,20"],
         ["Soep", "€ 0,80", "€ 0,80"],
         ["Belegd broodje", "€ 2,60", "€ 2,50"],
         ["Water (50 cl)", "€ 0,60", "€ 0,60"],
         ["Fruit", "€ 0,40", "€ 0,40"]]
M("refter-prijzen-2025", P("info"), [P("info")], "Refter: nieuw menu en prijzen vanaf januari", "2024-12-16 16:00",
  T("""
    Beste ouders,

    Vanaf maandag 6 januari 2025 werkt onze refter met een vernieuwd menu. Er is elke dag een vegetarische
    keuze, op dinsdag en donderdag ook een halal-gerecht, en we serveren meer soep en fruit van bij ons.

    Door de gestegen kosten van de catering passen we de prijzen licht aan:

    """) + text_table(_menu) + T("""

    Het weekmenu vindt u vanaf nu elke vrijdag op Smartschool en op de schermen in de inkomhal.

    Met vriendelijke groeten,
    Het keukenteam en de directie
    """),
  html=wrap_html('<p class="MsoNormal">Beste ouders,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Vanaf maandag 6 januari 2025 werkt onze refter met een vernieuwd menu. Er is elke dag een vegetarische keuze, op dinsdag en donderdag ook een halal-gerecht, en we serveren meer soep en fruit van bij ons.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Door de gestegen kosten van de catering passen we de prijzen licht aan:</p><p class="MsoNormal">&nbsp;</p>'
                 + html_table(_menu) + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Het weekmenu vindt u vanaf nu elke vrijdag op Smartschool en op de schermen in de inkomhal.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Met vriendelijke groeten,<br>Het keukenteam en de directie</p>', "outlook"),
  kind="alt", bcc=ALLP,
  lab=L([], note="letter to all parents in BCC: new menu and prices", fmt=["alt", "html-table", "bcc-envelope"]))

M("fietsenstalling-nieuwe-regels", P("koen"), [P("koen")], "Nieuwe regels fietsenstalling", "2024-09-02 14:10", T("""
    Beste ouders,

    Met de nieuwe overdekte fietsenstalling aan de Kapucijnenstraat veranderen ook enkele afspraken:

    1. Leerlingen fietsen niet op de speelplaats; vanaf de poort wordt er gestapt.
    2. Elke fiets staat met een slot vast aan een beugel. Steps en brommers hebben een eigen zone.
    3. De stalling is open van 7u30 tot 17u30. Op woensdag sluit ze om 13u30.
    4. Tijdens de lesuren en de middagpauze blijft de stalling dicht; wie vroeger naar huis mag, vraagt het
       openen aan de conciërge.
    5. Fietsen die langer dan twee weken blijven staan, worden verwijderd.

    De school is niet verantwoordelijk voor diefstal of schade, maar de stalling wordt wel door camera's bewaakt.

    Alvast bedankt om dit met uw zoon of dochter te bespreken.

    Koen Vanderstraeten
    Facilitair manager
    """), charset="windows-1252", cte="quoted-printable", bcc=ALLP, mailer="outlook",
  lab=L([], note="bicycle shed rules to all parents in BCC", fmt=["plain-cp1252", "plain-qp", "bcc-envelope"]))

M("nieuwe-kopieertoestellen", P("pieter"), None, "Nieuwe kopieertoestellen vanaf maandag", "2024-09-27 15:30", T("""
    Beste collega's,

    Vanaf maandag staan er op elke verdieping nieuwe kopieertoestellen. Wat verandert er?

    - Je drukt af naar de printer "SPC-Follow-Me" en haalt je afdruk op aan eender welk toestel.
    - Aanmelden doe je met je personeelsbadge. Wie nog geen badge heeft, gebruikt zijn persoonlijke pincode:
      die vind je in Smartschool onder Mijn profiel > Printen. Deel die code met niemand.
    - Kleurafdrukken kosten het dubbele van je printbudget.
    - Nieten en perforeren kan op de toestellen van de 1ste en de 2de verdieping.

    Problemen? Meld ze via het ICT-formulier op Smartschool.

    Pieter Claes
    ICT-coördinator
    """), bcc=STAFF_LIST, to_raw="undisclosed-recipients:;", kind="alt",
  lab=L([], note="staff letter in BCC; refers to a PIN without giving one", fmt=["alt", "bcc-envelope"]))

M("evacuatieoefening-ouders", P("luc"), [P("luc")], "Evacuatieoefening volgende week", "2025-03-07 12:00", T("""
    Beste ouders,

    Volgende week organiseren we de jaarlijkse evacuatieoefening met de brandweer van de zone Oost
    Vlaams-Brabant. De dag en het uur maken we bewust niet bekend.

    Wat betekent dit voor uw kind?

    - Bij het alarm verlaat iedereen rustig het gebouw via de aangeduide route, zonder boekentas of jas.
    - De verzamelplaats is het sportveld achter de sporthal.
    - Leerlingen die bijzondere begeleiding nodig hebben bij een evacuatie, hebben een eigen afspraak met de
      preventieadviseur.

    Bespreek dit gerust thuis. Een oefening is pas zinvol als iedereen ze ernstig neemt.

    Luc Willems
    Preventieadviseur
    """), bcc=ALLP,
  lab=L([], note="general evacuation drill letter in BCC, no pupil named", fmt=["plain", "bcc-envelope"]))

M("maaltijdkaart-opladen", P("hilde"), [P("hilde")], "Hoe laadt u de maaltijdkaart op?", "2024-09-03 10:00", T("""
    Beste ouders,

    Elke leerling krijgt deze week een maaltijdkaart voor de refter en de drankautomaten. Zo laadt u ze op:

    1. Via overschrijving, met de persoonlijke gestructureerde mededeling die u in Smartschool vindt onder
       "Maaltijdkaart". Het bedrag staat binnen twee werkdagen op de kaart.
    2. Via de Mealtrack-app. De activatiecode vraagt u aan bij de boekhouding; we sturen ze enkel naar het
       adres dat in Smartschool geregistreerd is.

    Een verloren kaart vervangen kost € 5. Het saldo op het einde van het schooljaar blijft gewoon staan voor
    volgend jaar of wordt terugbetaald als uw kind de school verlaat.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """), cte="base64", bcc=ALLP, mailer="thunderbird",
  lab=L([], note="general letter on topping up the meal card, base64 body, BCC", fmt=["plain-base64", "bcc-envelope"]))

M("medicatiebeleid", P("sofie"), [P("info")], "Medicatie op school: onze afspraken", "2024-09-06 09:30", T("""
    Beste ouders,

    Zoals elk jaar herinneren we aan onze afspraken rond medicatie op school:

    - Leerkrachten en ander personeel geven geen medicatie zonder een attest van de arts.
    - Moet uw kind op school medicatie nemen, bezorg ons dan het ingevulde attest (te vinden op Smartschool),
      samen met de medicatie in de originele verpakking met de naam van uw kind.
    - Noodmedicatie (zoals een adrenalinepen of een inhaler) heeft uw kind best altijd bij zich; op vraag
      bewaren we een reserve in het EHBO-lokaal.
    - Bij ziekte of een ongeval verwittigen we steeds de ouders.

    Heeft u vragen, neem dan contact op met het onthaal.

    Sofie Geerts
    Onthaal en EHBO
    """), kind="alt", bcc=ALLP, mailer="outlook",
  lab=L([], note="general medication policy letter, no pupil named", fmt=["alt", "bcc-envelope"]))

M("allergieen-melden", P("rita"), [P("rita")], "Eet uw kind in de refter? Meld allergieën en diëten", "2024-08-29 11:00", T("""
    Beste ouders,

    Eet uw zoon of dochter dit schooljaar in de refter en volgt hij of zij een dieet of heeft hij of zij een
    voedselallergie? Vul dan vóór 6 september het formulier "Dieet en allergie" in op Smartschool en voeg het
    attest van de arts toe.

    Onze cateraar kan glutenvrije, lactosevrije, notenvrije, vegetarische en halal maaltijden voorzien. Zonder
    ingevuld formulier kunnen we geen aangepaste maaltijd garanderen.

    Dank u wel,
    Rita Goossens
    Keuken en refter
    """), bcc=ALLP,
  lab=L([], note="general call to report allergies, BCC", fmt=["plain", "bcc-envelope"]))

_g1 = parents_of_grade("12", 1)
M("schoolreis-planckendael", P("info"), [P("info")], "Schoolreis eerste graad naar Planckendael - praktisch", "2025-05-19 13:00", T("""
    Beste ouders van de leerlingen van de eerste graad,

    Op vrijdag 6 juni gaan alle klassen van het 1ste en 2de jaar op schoolreis naar Planckendael.

    - Vertrek: 8u15 met de bus op de achterste parking. Wees op tijd, de bussen wachten niet.
    - Terug: rond 17u15 op dezelfde parking. Wie met de fiets komt, laat de fiets in de fietsenstalling; die
      blijft die dag open tot 18u.
    - Lunch: zelf een lunchpakket meebrengen of er één bestellen bij de keuken (€ 4,00) via Smartschool
      vóór 28 mei.
    - Kledij: aangepast aan het weer, stevige schoenen.

    De refter is die dag gesloten voor de eerste graad.

    Wij kijken ernaar uit!
    De graadcoördinatoren en de directie
    """), kind="alt", bcc=_g1, mailer="outlook",
  lab=L([], note="trip letter to all parents of the first grade in BCC", fmt=["alt", "bcc-envelope"]))

_g5 = parents_of_grade("5", 2)
M("meerdaagse-ardennen", P("tom"), [P("tom")], "Meerdaagse 5de jaar in de Ardennen: bagage en vertrek", "2025-04-25 16:30", T("""
    Beste ouders,

    Nog enkele praktische afspraken voor de meerdaagse van het vijfde jaar naar La Roche-en-Ardenne
    (12 tot 14 mei):

    - Bagage (1 reistas + slaapzak) mag maandag 12/5 vanaf 7u30 afgezet worden in de fietsenstalling,
      zone B. De conciërge houdt toezicht.
    - Vertrek van de bus om 8u00 op de achterste parking. Ouders die met de auto komen, parkeren in de
      Kapucijnenstraat en niet op de personeelsparking.
    - Voor de eerste middag voorziet de keuken een lunchpakket; een dieet hoeft u niet opnieuw te melden.
    - Terugkomst woensdag rond 17u op de achterste parking.

    Vergeet de identiteitskaart en de Europese ziekteverzekeringskaart niet.

    Tom Wuyts
    Graadcoördinator
    """), bcc=_g5, mailer="thunderbird",
  lab=L([], note="multi-day trip letter to all parents of year 5 in BCC", fmt=["plain", "bcc-envelope"]))

M("sleutels-inleveren-zomer", P("koen"), [P("koen")], "Sleutels en badges inleveren voor de zomer", "2025-06-16 08:30", T("""
    Beste collega's,

    Zoals elk jaar wordt het gebouw tijdens de zomervakantie grondig onderhouden. Daarom vragen we:

    - Wie de school verlaat of een vervanging beëindigt: lever je sleutels en je badge uiterlijk op
      30 juni in bij Marc in de loge (tegen handtekening).
    - Wie blijft: je badge blijft actief, maar van 14 juli tot 15 augustus is het gebouw enkel toegankelijk
      op dinsdag tussen 9u en 12u.
    - Lokalen volledig leegmaken tot op de kasten: de poetsploeg schuurt de vloeren.

    Bedankt en alvast een fijne vakantie.

    Koen Vanderstraeten
    Facilitair manager
    """), bcc=STAFF_LIST,
  lab=L([], note="staff letter in BCC about keys and badges, no code", fmt=["plain", "bcc-envelope"]))

M("verwarming-kerstvakantie", P("koenkort"), None, "Verwarming tijdens de kerstvakantie", "2024-12-18 11:20", T("""
    Beste collega's,

    Tijdens de kerstvakantie staat de verwarming in alle gebouwen op de vorstbeveiliging (8 °C), behalve in
    het secretariaat op 2 en 3 januari. Wie toch op school komt werken, kan terecht in de leraarskamer; die
    verwarmen we op de permanentiedagen.

    Vergeet niet de ramen te sluiten en de planten mee te nemen.

    Fijne feestdagen!
    Koen
    """), bcc=STAFF_LIST, to_raw="undisclosed-recipients:;", charset="windows-1252", cte="quoted-printable",
  lab=L([], note="staff letter in BCC, windows-1252", fmt=["plain-cp1252", "plain-qp", "bcc-envelope"]))

M("werken-personeelsparking", P("directie"), [P("directie")], "Werken aan de personeelsparking (3 - 14 maart)", "2025-02-24 14:00", T("""
    Beste collega's,

    Van maandag 3 tot en met vrijdag 14 maart wordt de personeelsparking heraangelegd. In die periode:

    - is de slagboom buiten gebruik en staat de poort open tot 9u;
    - kan u parkeren op de parking van de sporthal (Ooievaarsweg), op 5 minuten wandelen;
    - blijft de achterste parking voorbehouden voor leveranciers en de bussen van de uitstappen.

    Onze excuses voor de hinder.

    De directie
    """), bcc=STAFF_LIST, kind="alt", mailer="outlook",
  lab=L([], note="staff letter about car park works, BCC", fmt=["alt", "bcc-envelope"]))

M("verloren-voorwerpen", P("info"), [P("info")], "Verloren voorwerpen: laatste kans voor de kerstvakantie", "2024-12-09 10:30", T("""
    Beste ouders,

    Onze kast met verloren voorwerpen puilt uit: meer dan 40 jassen, 25 brooddozen, drinkflessen, turnzakken,
    een paar fietshelmen en zelfs een gitaar.

    Tot en met vrijdag 20 december liggen ze uitgestald in de inkomhal. Wat daarna niet opgehaald is, schenken
    we aan een tweedehandswinkel in Tienen.

    Tip: zet de naam van uw kind in jassen en op brooddozen.

    Met vriendelijke groeten,
    Het onthaal
    """), bcc=ALLP, atts=[("verloren_voorwerpen.png", "image/png", make_png(64, 40, "lost"))],
  lab=L([], note="lost property letter with a photo, BCC", fmt=["mixed", "attachment-image", "bcc-envelope"]))

M("herinnering-schoolrekening", P("hilde"), [P("hilde")], "Herinnering: schoolrekening eerste trimester", "2025-01-27 09:00", T("""
    Beste ouders,

    Enkele schoolrekeningen van het eerste trimester zijn nog niet betaald. Als u al betaald heeft, mag u deze
    mail als onbestaande beschouwen.

    Heeft u nog niet betaald, dan vragen we u dit te doen vóór 15 februari met de gestructureerde mededeling
    die op uw rekening staat. Lukt het niet om in één keer te betalen? Neem dan gerust contact op met de
    boekhouding of de sociale dienst: een afbetalingsplan is altijd bespreekbaar en we gaan discreet met uw
    vraag om.

    Met vriendelijke groeten,
    Hilde Maes
    Boekhouding
    """), bcc=ALLP, mailer="outlook",
  lab=L([], note="payment reminder to everybody, no one named", fmt=["plain", "bcc-envelope"]))

M("schooltoeslag-sociaal-tarief", P("veerle"), [P("veerle")], "Schooltoeslag en sociaal tarief in de refter", "2024-09-12 15:00", T("""
    Beste ouders,

    Wist u dat u misschien recht heeft op een schooltoeslag van de Vlaamse overheid? Die wordt automatisch
    uitbetaald via het Groeipakket; u hoeft niets te doen als uw gegevens kloppen.

    Daarnaast heeft de school een sociaal tarief voor de warme maaltijden en een sociaal fonds voor
    uitstappen. Wie het financieel moeilijk heeft, kan altijd bij de sociale dienst terecht. Samen met het OCMW
    zoeken we naar een oplossing. Elke vraag wordt vertrouwelijk behandeld.

    Met vriendelijke groeten,
    Veerle Hendrickx
    Sociale dienst
    """), kind="alt", bcc=ALLP,
  lab=L([], note="general information on school allowance and social tariffs", fmt=["alt", "bcc-envelope"]))

M("infos-cantine", P("info"), [P("info")], "Informations pratiques : cantine et carte repas", "2024-09-09 11:15", T("""
    Chers parents,

    Pour les familles francophones, voici un résumé des informations pratiques concernant la cantine :

    - Le repas chaud coûte 4,20 € (potage, plat, dessert). Un choix végétarien est proposé chaque jour.
    - Les élèves paient avec leur carte repas, que vous rechargez par virement avec la communication
      structurée indiquée dans Smartschool.
    - Si votre enfant suit un régime ou a une allergie alimentaire, complétez le formulaire sur Smartschool.
    - Les élèves peuvent aussi apporter leurs tartines et les manger à la cantine.

    Meilleures salutations,
    L'équipe de la cuisine
    """), bcc=ALLP, charset="windows-1252", cte="quoted-printable", mailer="outlook",
  lab=L([], note="French general canteen letter, BCC", lang="fr", fmt=["plain-cp1252", "plain-qp", "bcc-envelope"]))

M("canteen-information", P("info"), [P("info")], "Information for English-speaking families: canteen and meal card", "2024-09-09 11:20", T("""
    Dear parents,

    A short summary for English-speaking families:

    - Lunch in the canteen is served from 12:05 to 12:55. A hot meal (soup, main course, dessert) costs
      EUR 4.20; there is a vegetarian option every day.
    - Pupils pay with their meal card. You top it up by bank transfer using the payment reference shown in
      Smartschool.
    - Please report food allergies or diets using the form in Smartschool.
    - Lost property is kept at the reception until the end of each term.

    Kind regards,
    The kitchen team
    """), bcc=ALLP, kind="alt",
  lab=L([], note="English general letter, BCC", lang="en", fmt=["alt", "bcc-envelope"]))

M("schoonmaak-examens", P("nadia"), [P("nadia")], "Schoonmaak tijdens de examens", "2025-06-02 13:45", T("""
    Beste collega's,

    Tijdens de examenperiode (vanaf 5 juni) poetsen we de klaslokalen pas na 12u30, zodat er in de voormiddag
    rust is in de gangen. De toiletten en de refter worden wel 's morgens gedaan.

    Wil je na je laatste examen de stoelen op de banken zetten? Dan gaat het voor ons een pak sneller.

    Dank je wel!
    Nadia en de poetsploeg
    """), bcc=STAFF_LIST, mailer="android",
  lab=L([], note="cleaning schedule letter to all staff in BCC", fmt=["plain", "bcc-envelope"]))

_g3 = parents_of_grade("3", 3)
M("daguitstap-brussel", P("info"), [P("info")], "Daguitstap derde jaar naar Brussel: refter gesloten", "2025-03-28 12:30", T("""
    Beste ouders van de leerlingen van het derde jaar,

    Op donderdag 24 april gaan alle klassen van het derde jaar op daguitstap naar Brussel (Parlamentarium en
    Atomium). Vertrek om 8u met de trein aan het station van Tienen; verzamelen om 7u40 aan het loket.

    Omdat het derde jaar die dag afwezig is, is de refter voor hen gesloten. Voorzie een lunchpakket en een
    drankje. De kostprijs (€ 18) staat op de volgende schoolrekening; voor wie het moeilijk heeft, komt het
    sociaal fonds tussen. Vraag het gerust.

    Met vriendelijke groeten,
    Tom Wuyts en de klastitularissen
    """), bcc=_g3, mailer="outlook",
  lab=L([], note="day-trip letter to all parents of year 3, BCC", fmt=["plain", "bcc-envelope"]))

M("evacuatie-afspraken-personeel", P("luc"), [P("luc")], "Evacuatie: afspraken voor het personeel", "2025-03-06 15:10", T("""
    Beste collega's,

    Voor de evacuatieoefening van volgende week nog even de afspraken:

    - Wie lesgeeft, neemt de klaslijst (rode map aan de deur) mee naar de verzamelplaats op het sportveld.
    - Sluit ramen en deuren, doe het licht niet uit.
    - Keuken: gasvuren uit, Rita meldt zich bij de evacuatieleider.
    - Poetsploeg en conciërge controleren de toiletten en de kleedkamers.
    - Leerlingen met een individueel evacuatieplan worden opgevangen zoals afgesproken in Smartschool.
    - Niemand gaat terug naar binnen voor het signaal "einde oefening".

    Bedankt voor jullie medewerking.

    Luc Willems
    Preventieadviseur
    """), bcc=STAFF_LIST,
  lab=L([], note="staff evacuation letter, BCC, no pupil named", fmt=["plain", "bcc-envelope"]))


# ===========================================================================
# F. ordinary mail, with bcc / private_account / attachment / personal_data cases
# ===========================================================================

M("planning-werken-paasvakantie", P("koen"), [X["johan"], X["wim"], X["kevin"]], "Planning werken paasvakantie",
  "2025-03-27 11:30", T("""
    Beste allemaal,

    Om te vermijden dat jullie elkaar in de weg lopen, de planning voor de paasvakantie:

    - ma 7/4 en di 8/4: Slotenmakerij Dewit, cilinders blok A en B
    - wo 9/4: Thermo Hageland, onderhoud ketels sporthal en blok C
    - do 10/4: Van Dyck Office, vervanging toestel 1ste verdiep

    Het gebouw is open van 8u tot 16u; Marc (conciërge) is elke dag aanwezig.

    """) + sig("koen"),
  lab=L(["bcc"], note="three external suppliers visible to each other in To", fmt=["plain", "several-external-in-to"]))

M("proefmoment-refter", P("rita"), [("Ouders 1B", "ouders1b@spc.ksleuven.be")], "Proefmoment nieuwe menu's", "2025-01-22 14:00", T("""
    Beste ouders van 1B,

    Op woensdag 5 februari om 12u kan u samen met uw kind het nieuwe menu van de refter komen proeven. We
    zijn benieuwd naar uw mening! Inschrijven via Smartschool vóór 31 januari, maximum 20 ouders.

    Groetjes,
    Rita Goossens
    Keuken en refter
    """), kind="alt",
  lab=L(["bcc"], note="parents' group address of a class in To", fmt=["alt", "group-in-to"]))

M("werken-parking-personeel", P("koen"), [P("personeel")], "Parking morgen vanaf 7u afgesloten", "2024-10-09 16:40", T("""
    Beste collega's,

    Morgen wordt de belijning van de personeelsparking vernieuwd. De parking is van 7u tot 13u volledig
    afgesloten. Parkeer aan de sporthal of in de Kapucijnenstraat.

    Koen
    """),
  lab=L(["bcc"], note="all-staff list in To instead of BCC (§3.1)", fmt=["plain", "group-in-to"]))

M("fw-offerte-fietsrekken", P("koen"), [PRIV["koen"]], "FW: Offerte overdekte fietsenstalling fase 2", "2024-10-25 17:55", T("""
    om thuis rustig te bekijken

    """) + fw_block("Bert Loos <bert.loos@fietsrek-vlaanderen.be>", "Koen Vanderstraeten", "2024-10-25 14:12",
                    "Offerte overdekte fietsenstalling fase 2", T("""
    Beste Koen,

    In bijlage onze offerte voor fase 2 van de overdekte fietsenstalling: 120 extra plaatsen in dubbellaagse
    rekken, overkapping in gegalvaniseerd staal, led-verlichting met bewegingsmelder.

    Totaal: € 48.650 excl. btw. Geldig tot 31/12/2024.

    Met vriendelijke groet,
    Bert Loos
    Fietsrek Vlaanderen
    """)), atts=[("Offerte_2024-0456.pdf", "application/pdf",
                  make_pdf(["Fietsrek Vlaanderen", "Offerte 2024-0456", "Klant: Sint-Pieterscollege Tienen",
                            "120 plaatsen dubbellaags, overkapping, verlichting", "Totaal excl. btw: 48.650 EUR"], "Offerte"))],
  lab=L(["private_account"], note="facility manager forwards a supplier quote to his private gmail",
        fmt=["mixed", "forward", "attachment-pdf"]))

M("ketel-zaterdag", PRIV["marc"], [P("koen")], "ketel sporthal", "2025-01-11 10:22", T("""
    Koen,

    Ik ben even langs geweest op school (alarm van de verwarming op mijn gsm). De ketel van de sporthal staat
    in storing, foutcode 133. Ik heb hem gereset en hij draait terug, maar de druk is maar 0,8 bar. Best
    maandag Thermo Hageland bellen.

    Marc
    """), mailer="gmail",
  lab=L(["private_account"], note="caretaker reports school business to a colleague from his private gmail", fmt=["plain"]))

M("vissen-zondag", PRIV["marc"], [X["rudi"]], "zondag", "2025-04-04 20:41", T("""
    Rudi,

    Zondag gaan vissen aan de Gete? Ik kan vanaf 7u. Neem jij de maden mee, ik zorg voor de koffie.

    Marc
    """), mailer="gmail",
  lab=L([], note="staff member's private mail about a private matter: fine", fmt=["plain"]))

M("installatie-badgesoftware", P("pieter"), [P("koen")], "installatie badgesoftware op jouw pc", "2024-11-05 12:15", T("""
    Koen,

    Hierbij het installatiebestand van de AccessGate-client. Dubbelklikken en de stappen volgen, daarna kan
    je zelf badges aanmaken en blokkeren.

    Pieter
    """), atts=[("AccessGate_Client_Setup_4.2.exe", "application/x-msdownload", make_exe("AccessGate client 4.2"))],
  lab=L(["attachment"], note="executable installer as attachment", fmt=["mixed", "attachment-exe"]))

M("menuplanning-macro", P("rita"), [X["dirk"]], "menuplanning januari-maart", "2024-12-11 10:45", T("""
    Dag Dirk,

    In bijlage de menuplanning voor januari tot maart. Het bestand rekent zelf de porties uit als je op de knop
    "Bereken" klikt (macro's inschakelen).

    Groetjes
    Rita
    """), atts=[("Menuplanning_jan-mrt_2025.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12",
                 make_xlsx([["Week", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"],
                            ["2", "Stoofvlees", "Vegaburger", "-", "Vol-au-vent", "Vis"],
                            ["3", "Spaghetti", "Couscous (halal)", "-", "Kip curry", "Quiche"]],
                           "Planning", macro=True))],
  lab=L(["attachment"], note="macro-enabled Excel workbook sent to the caterer", fmt=["mixed", "attachment-xlsm"]))

M("driver-labelprinter", P("pieter"), [P("sofie")], "driver labelprinter onthaal", "2025-02-12 09:35", T("""
    Sofie,

    Voor de nieuwe labelprinter aan het onthaal: pak de zip uit op je bureaublad en dubbelklik op
    installeer.bat. Als Windows vraagt of je het programma wil toestaan: ja.

    Pieter
    """), atts=[("labelprinter_driver.zip", "application/zip",
                 _zip([("installeer.bat", "@echo off\r\nrundll32 printui.dll,PrintUIEntry /ia /m \"LabelPro 450\" /f \"%~dp0labelpro.inf\"\r\nstart setup.exe /quiet\r\n"),
                       ("setup.exe", make_exe("LabelPro 450 driver")),
                       ("labelpro.inf", "[Version]\r\nSignature=\"$Windows NT$\"\r\nClass=Printer\r\n")]))],
  lab=L(["attachment"], note="zip archive containing a .bat and an .exe", fmt=["mixed", "attachment-zip"]))

M("fw-factuur-catering", P("hilde"), [P("koen")], "FW: Factuur FV2025/0102 - maaltijden januari", "2025-02-05 14:30", T("""
    Koen,

    Kan jij deze factuur nakijken en goedkeuren? Het aantal maaltijden van week 3 lijkt mij hoog.

    Hilde

    """) + fw_block("Hageland Catering - facturatie <facturatie@hagelandcatering.be>", "hilde.maes@sintpieterscollege.be",
                    "2025-02-04 09:10", "Factuur FV2025/0102 - maaltijden januari", T("""
    Geachte klant,

    In bijlage vindt u factuur FV2025/0102 voor de geleverde maaltijden in januari 2025.
    Bedrag: € 11.482,60 incl. btw, te betalen binnen 30 dagen op rekening %s.

    Voor vragen over deze factuur kan u ons bereiken op %s.

    Hageland Catering bv
    """ % (CATERER_IBAN, CATERER_TEL))),
  atts=[("FV2025-0102.pdf", "application/pdf",
         make_pdf(["Hageland Catering bv", "Factuur FV2025/0102", "Klant 20417 - Sint-Pieterscollege Tienen",
                   "Maaltijden januari 2025: 2.611 warme maaltijden", "Totaal incl. btw: 11.482,60 EUR"], "Factuur"))],
  lab=L(["personal_data"], note="forwarded invoice with the supplier's IBAN and phone number", fmt=["mixed", "forward", "attachment-pdf"]))

M("firmware-regelaar", P("pieter"), [X["wim"]], "Image voor de regel-pc", "2025-02-14 16:05", T("""
    Dag Wim,

    Zoals gevraagd het image van de regel-pc van de sporthal, zodat jullie het in de werkplaats kunnen
    terugzetten op de vervangschijf.

    Groet,
    Pieter
    """), atts=[("regelpc_sporthal.iso", "application/x-iso9660-image", make_iso("REGELPC"))],
  lab=L(["attachment"], note="disk image attached", fmt=["mixed", "attachment-iso"]))

M("grondplan-fietsenstalling", P("koen"), [X["fietsrek"]], "Grondplan en foto's locatie fase 2", "2024-10-28 10:05", T("""
    Dag Bert,

    In bijlage het grondplan van de speelplaats met de locatie voor fase 2 en twee foto's van de huidige
    stalling. De afvoer van het regenwater moet aansluiten op de put links op het plan.

    Kan u de offerte aanpassen met een extra laadpunt voor elektrische fietsen?

    """) + sig("koen"),
  atts=[("Grondplan_speelplaats.pdf", "application/pdf",
         make_pdf(["Sint-Pieterscollege Tienen - grondplan speelplaats", "Schaal 1:200", "Zone fase 2: 24 x 6 m"], "Grondplan")),
        ("stalling_1.png", "image/png", make_png(40, 30, "st1")),
        ("stalling_2.png", "image/png", make_png(40, 30, "st2"))],
  lab=L([], note="harmless attachments (pdf, images) to one supplier", fmt=["mixed", "attachment-pdf", "attachment-image"]))

M("enquete-refter-ouderraad", P("rita"), [("Kathleen Raes", par("tibo")), ("Eric Dupont", par("manon")),
                                          ("Nele Mahieu", par("lina")), ("Jo Heylen", par("siebe")),
                                          ("Rachid Benali", par("ayoub", 0))],
  "Enquête refter - vraag aan de werkgroep van de ouderraad", "2025-03-19 20:10", T("""
    Beste leden van de werkgroep refter,

    Zoals afgesproken op de ouderraad: in bijlage het ontwerp van de enquête over de refter. Willen jullie de
    vragen nalezen en jullie opmerkingen bezorgen vóór 28 maart? Dan kan de enquête na de paasvakantie naar
    alle ouders.

    Groetjes,
    Rita Goossens
    """), atts=[("Enquete_refter_ontwerp.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx(["Enquête refter - ontwerp", "1. Hoe vaak eet uw kind in de refter?",
                            "2. Hoe tevreden bent u over de prijs?", "3. Welke gerechten mist u?"]))],
  lab=L(["bcc"], note="five parents of the parents' council visible to each other in To", fmt=["mixed", "attachment-docx", "several-parents-in-to"]))

M("bestelling-schoonmaakproducten", P("nadia"), [X["hygiena"]], "Bestelling schoonmaakproducten", "2024-10-01 07:40", T("""
    Goedemorgen,

    Graag volgende bestelling voor het Sint-Pieterscollege Tienen (klant 3391):

    - 12 x allesreiniger 5 l
    - 6 x sanitairreiniger 5 l
    - 40 rollen handdoekpapier
    - 20 dozen nitrilhandschoenen maat M, 10 dozen maat L

    Levering graag aan de achterpoort, bij de conciërge.

    Met vriendelijke groeten,
    Nadia Vermeulen
    """), mailer="android",
  lab=L([], note="ordinary supply order", fmt=["plain"]))

_rooster = [["Zone", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"],
            ["Blok A", "Rosa", "Rosa", "Kim", "Rosa", "Kim"],
            ["Blok B", "Kim", "Hatice", "Rosa", "Kim", "Hatice"],
            ["Blok C + toiletten", "Hatice", "Kim", "Hatice", "Hatice", "Rosa"],
            ["Refter", "Nadia", "Nadia", "Nadia", "Nadia", "Nadia"]]
M("rooster-schoonmaak", P("nadia"), [P("koen")], "rooster poetsploeg vanaf 4/11", "2024-10-30 13:20",
  html=wrap_html('<p class="MsoNormal">Dag Koen,</p><p class="MsoNormal">Hierbij het nieuwe rooster vanaf 4 november, nu Kim erbij is.</p><p class="MsoNormal">&nbsp;</p>'
                 + html_table(_rooster) + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Groetjes, Nadia</p>', "outlook"),
  kind="html",
  lab=L([], note="internal cleaning roster in an html table", fmt=["html-only", "html-table"]))

M("offerte-verwarming", P("koen"), [X["wim"]], "Offerte vervanging circulatiepompen", "2025-01-14 09:12", T("""
    Dag Wim,

    Bedankt voor de offerte voor de vervanging van de drie circulatiepompen in de stookplaats van blok C.
    We gaan akkoord, op voorwaarde dat de werken in de krokusvakantie kunnen gebeuren. Kan je dat bevestigen?
    Bel me gerust als er iets niet duidelijk is.

    """) + sig("koen", tel=SCHOOL_TEL, mob=KOEN_GSM),
  lab=L(["personal_data"], note="ordinary supplier mail; school and mobile phone number in the signature", fmt=["plain"]))


# ===========================================================================
# output
# ===========================================================================

RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
NEUTRAL = ["bericht", "mail", "vraag", "info", "nota", "opvolging", "update", "melding", "overleg", "antwoord",
           "afspraak", "kort", "doc", "memo", "notitie", "planning", "regeling", "contact"]


def file_slug(m, rnd):
    subj = m["subject"].lower()
    pre = ""
    if subj.startswith(("re:", "antw:")):
        pre = "re-"
    elif subj.startswith(("fw:", "tr:", "fwd:")):
        pre = "fw-"
    return pre + rnd.choice(NEUTRAL)


def q(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def flow(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


def main():
    rnd = random.Random(SEED)
    order = list(range(len(MAILS)))
    rnd.shuffle(order)
    # remove old output
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = ["# batch36 - Tienen school, facility and support services: kitchen, canteen, cleaning, caretaker, "
              "suppliers, keys/alarm/Wi-Fi; blind labels", ""]
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "%03d-%s.eml" % (n, file_slug(m, rnd))
        raw = build_eml(m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        lab = m["lab"]
        rules = [r for r in RULE_ORDER if r in lab["rules"]]
        assert sorted(rules) == sorted(lab["rules"]), (m["slug"], lab["rules"])
        rcpt = [a[1] for a in (m.get("to") or [])] + [a[1] for a in (m.get("cc") or [])] + list(m.get("bcc") or [])
        seen = []
        for a in rcpt:
            if a not in seen:
                seen.append(a)
        labels.append("%s:" % fname)
        labels.append("  rules: %s" % ("[" + ", ".join(rules) + "]"))
        if "sensitive" in rules:
            labels.append("  categories: {sensitive: [%s]}" % ", ".join(lab["cats"]))
        labels.append("  mail_from: %s" % m["from"][1])
        labels.append("  rcpt: %s" % flow(seen))
        labels.append("  about: [%s]" % ", ".join(pid(k) for k in lab["about"]))
        labels.append("  misdirected: %s" % ("true" if lab["mis"] else "false"))
        labels.append("  note: %s" % q(lab["note"]))
        labels.append("  lang: %s" % lab["lang"])
        labels.append("  format: [%s]" % ", ".join(lab["fmt"]))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for r in ROSTER:
            fh.write(";".join(r) + "\r\n")
    print("wrote %d mails, %d pupils" % (len(MAILS), len(ROSTER)))


if __name__ == "__main__":
    main()
