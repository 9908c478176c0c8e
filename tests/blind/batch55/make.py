#!/usr/bin/env python3
"""batch55 - laptop programme first year, campus Aarschot (Sint-Pieterscollege / Stroom).

Deterministic generator: writes NNN-slug.eml, labels.yaml and roster.csv next to itself.
Standard library only.
"""
import base64
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(55)

SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be")

# --------------------------------------------------------------------------------------------
# staff and partners
# --------------------------------------------------------------------------------------------
S = {
    "dir": ("Hilde Vanhoof", "hilde.vanhoof@sintpieterscollege.be"),
    "directie": ("Directie Sint-Pieterscollege Aarschot", "directie@spc.ksleuven.be"),
    "ict": ("Koen Mertens", "koen.mertens@sintpieterscollege.be"),
    "kme": ("Koen Mertens", "kme@spc.ksleuven.be"),
    "helpdesk": ("Helpdesk ICT - SPC Aarschot", "helpdesk@spc.ksleuven.be"),
    "wout": ("Wout Janssens", "wout.janssens@sintpieterscollege.be"),
    "zorg": ("Nathalie Bosmans", "nathalie.bosmans@sintpieterscollege.be"),
    "llb": ("Sofie Heylen", "sofie.heylen@sintpieterscollege.be"),
    "boek": ("Marc Luyten", "marc.luyten@sintpieterscollege.be"),
    "boekhouding": ("Boekhouding SPC", "boekhouding@spc.ksleuven.be"),
    "secr": ("Ingrid Sels", "ingrid.sels@sintpieterscollege.be"),
    "llsecr": ("Leerlingensecretariaat", "leerlingensecretariaat@spc.ksleuven.be"),
    "1a": ("An Devos", "an.devos@sintpieterscollege.be"),
    "adv": ("An Devos", "adv@spc.ksleuven.be"),
    "1b": ("Pieter Van Looy", "pieter.vanlooy@sintpieterscollege.be"),
    "1c": ("Yasmina El Idrissi", "yasmina.elidrissi@sintpieterscollege.be"),
    "1d": ("Bart Theys", "bart.theys@sintpieterscollege.be"),
    "info": ("Tom Verbruggen", "tom.verbruggen@sintpieterscollege.be"),
    "lo": ("Evi Cuypers", "evi.cuypers@sintpieterscollege.be"),
    "dpo": ("Privacy LKSD", "privacy@lksd.ksleuven.be"),
    "personeel": ("Personeel SPC Aarschot", "personeel@spc.ksleuven.be"),
    "graad1": ("Leerkrachten eerste graad", "leerkrachten-eerstegraad@spc.ksleuven.be"),
    # private mailboxes of staff
    "p_1a": ("An Devos", "an.devos.83@gmail.com"),
    "p_1b": ("Pieter Van Looy", "pietervanlooy@hotmail.com"),
    "p_ict": ("Koen Mertens", "koenmertens1979@gmail.com"),
    "p_1d": ("Bart Theys", "bart.theys@outlook.com"),
    "p_info": ("Tom Verbruggen", "tomverbruggen.tv@gmail.com"),
    # partners
    "lease": ("Jeroen Baert - EduLease Benelux", "jeroen.baert@edulease-benelux.be"),
    "leasekd": ("EduLease Klantendienst", "klantendienst@edulease-benelux.be"),
    "leaseinv": ("EduLease Invordering", "invordering@edulease-benelux.be"),
    "insur": ("Veerle Mannaerts", "schade@dijleland-verzekeringen.be"),
    "repair": ("Dries Kempen", "dries.kempen@pcfix-hageland.be"),
    "repairsvc": ("PCfix Hageland", "service@pcfix-hageland.be"),
    "vendor": ("Mark Hughes", "mark.hughes@northbridge-devices.com"),
    "clb": ("Eva Lambrechts", "eva.lambrechts@vrijclbhageland.be"),
    "ocmw": ("Leen Dewit - Sociaal Huis", "sociale.dienst@sociaalhuis-aarschot.be"),
    "ergo": ("Katrien Noels", "katrien@ergopraktijk-noels.be"),
    "zhs": ("Ziekenhuisschool Hageland", "klas@ziekenhuisschool-hageland.be"),
    "leessoft": ("LeesSoft licenties", "licenties@leessoft.be"),
    "net": ("NOC Netwerk Hageland", "noc@netwerkhageland.be"),
    "police": ("Jeugdinspecteur Wim Roels", "jeugd@pz-hageland-noord.be"),
    "vk": ("Vertrouwenscentrum Hageland", "onthaal@vk-hageland.be"),
    "pleeg": ("Pleegzorgbegeleiding", "begeleiding@pleegzorg-hageland.be"),
    "bus": ("De Lijn verloren voorwerpen", "verlorenvoorwerpen@busvervoer-hageland.be"),
    "print": ("Printservice Demer", "support@printservice-demer.be"),
    "alarm": ("Securi-Tech", "planning@securitech-hageland.be"),
}


def A(key):
    name, addr = S[key]
    return formataddr((name, addr))


# --------------------------------------------------------------------------------------------
# pupils (key pupils of the mails) + roster
# --------------------------------------------------------------------------------------------
KEY = [
    # handle, first, last, class, parent1, parent2
    ("lotte", "Lotte", "Peeters", "1A", "ann.peeters@telenet.be", "bart.peeters7@gmail.com"),
    ("lore", "Lore", "Peeters", "1C", "peeters.vanhove@skynet.be", "kristof.peeters@proximus.be"),
    ("noahj", "Noah", "Janssens", "1B", "els.vandamme@telenet.be", "stijn.janssens@outlook.com"),
    ("noahc", "Noah", "Claes", "1D", "claes.gezin@gmail.com", ""),
    ("mila", "Mila", "Vandenberghe", "1A", "sarah.dewit@skynet.be", "joris.vandenberghe@telenet.be"),
    ("finn", "Finn", "Dewachter", "1B", "sarah.dewachter@telenet.be", "pieter.dewachter@hotmail.com"),
    ("amir", "Amir", "Haddad", "1D", "haddad.rania@gmail.com", "karim.haddad@outlook.com"),
    ("elias", "Elias", "Wouters", "1C", "wouters-lenaerts@telenet.be", ""),
    ("kobe", "Kobe", "Wauters", "1A", "griet.mertens@proximus.be", "dirk.wauters@telenet.be"),
    ("jana", "Jana", "Wauters", "2B", "wauters.family@gmail.com", ""),
    ("rubenm", "Ruben", "Maes", "1B", "kathleen.maes@skynet.be", ""),
    ("rubenmt", "Ruben", "Mertens", "1C", "mertens.jo@telenet.be", "liesbeth.wuyts@gmail.com"),
    ("zoel", "Zoë", "Lambrecht", "1D", "tine.lambrecht@icloud.com", ""),
    ("zoev", "Zoë", "Verhaegen", "1A", "verhaegen.nick@gmail.com", "sofie.deprez@telenet.be"),
    ("ellag", "Ella", "Goossens", "1B", "veerle.goossens@telenet.be", "tom.goossens@proximus.be"),
    ("ellas", "Ella", "Smets", "1D", "hilde.smets@hotmail.com", ""),
    ("adame", "Adam", "El Amrani", "1C", "f.elamrani@hotmail.com", "youssef.elamrani@gmail.com"),
    ("adamb", "Adam", "Bouzid", "1A", "bouzid.samira@gmail.com", ""),
    ("liamds", "Liam", "De Smet", "1B", "de.smet.koen@telenet.be", ""),
    ("liamd", "Liam", "Desmet", "1D", "nathalie.desmet@skynet.be", "wim.desmet@outlook.com"),
    ("nora", "Nora", "Aerts", "1A", "aerts.lieve@telenet.be", ""),
    ("noraa", "Nora", "Aertsen", "1C", "jan.aertsen@gmail.com", "marleen.dhondt@telenet.be"),
    ("sem", "Sem", "Hermans", "1B", "charlotte.hermans@gmail.com", "kevin.hermans@hotmail.com"),
    ("semh", "Sem", "Hendrickx", "1D", "hendrickx.gezin@telenet.be", ""),
    ("jonas", "Jonas", "Vermeulen", "1B", "vermeulen.dirk@telenet.be", "katrien.peeters@gmail.com"),
    ("emma3", "Emma", "Vermeulen", "3A", "vermeulen.dirk@telenet.be", "katrien.peeters@gmail.com"),
    ("rayan", "Rayan", "Benali", "1C", "benali.m@hotmail.com", ""),
    ("lucas", "Lucas", "Van Rompaey", "1D", "vanrompaey.an@telenet.be", ""),
    ("fien", "Fien", "Claes", "1A", "leen.deboeck@skynet.be", "geert.claes@telenet.be"),
    ("mats", "Mats", "Verstraeten", "1C", "inge.verstraeten@telenet.be", "wim.verstraeten@gmail.com"),
    ("yusuf", "Yusuf", "Yilmaz", "1D", "ayse.yilmaz@hotmail.com", "mehmet.yilmaz@gmail.com"),
    ("lina", "Lina", "Van den Broeck", "1B", "vandenbroeck.ann@proximus.be", ""),
    ("arthur", "Arthur", "Wuyts", "1A", "wuyts.sofie@gmail.com", "bram.wuyts@telenet.be"),
    ("louise", "Louise", "Desmedt", "1C", "desmedt.bert@telenet.be", ""),
    ("warre", "Warre", "Jacobs", "1D", "jacobs.kim@icloud.com", ""),
    ("hanne", "Hanne", "Michiels", "1B", "els.michiels@telenet.be", "raf.michiels@gmail.com"),
    ("milan", "Milan", "Dierckx", "1A", "dierckx.peter@gmail.com", "greet.vanhees@telenet.be"),
    ("sara", "Sara", "Bogaerts", "1C", "bogaerts.e@skynet.be", ""),
    ("ines", "Inès", "Dubois", "1A", "claire.dubois@skynet.be", "marc.lefevre@proximus.be"),
    ("oliver", "Oliver", "Smith", "1B", "sarah.smith.be@outlook.com", "james.smith@icloud.com"),
    ("tibo", "Tibo", "Geerts", "1A", "an.vanlaer@telenet.be", ""),
    ("amina", "Amina", "Diallo", "1C", "fatoumata.bah@gmail.com", ""),
    ("jayden", "Jayden", "Leys", "1B", "leys.nancy@hotmail.com", ""),
    ("robbe", "Robbe", "Van Dyck", "1D", "vandyck.hans@telenet.be", "isabel.moens@gmail.com"),
    ("febe", "Febe", "Coppens", "1A", "coppens.raf@gmail.com", "evi.smolders@telenet.be"),
    ("lars", "Lars", "Willems", "1C", "tinne.willems@skynet.be", ""),
    ("maya", "Maya", "Vos", "1D", "vos.bram@gmail.com", "lies.vos@telenet.be"),
    ("seppe", "Seppe", "Nijs", "1B", "nijs.caroline@telenet.be", ""),
    ("bilal", "Bilal", "Chaouch", "1A", "chaouch.nadia@hotmail.com", ""),
    ("julie", "Julie", "Verbeeck", "1C", "verbeeck.tom@gmail.com", "ann.claessens@proximus.be"),
    ("stan", "Stan", "Mortier", "1D", "mortier.g@skynet.be", ""),
    ("kato", "Kato", "Boons", "1B", "boons.wendy@telenet.be", "jens.boons@gmail.com"),
    ("ibrahim", "Ibrahim", "Özdemir", "1C", "ozdemir.fatma@gmail.com", ""),
    ("lowie", "Lowie", "Vandeputte", "1A", "vandeputte.kris@proximus.be", ""),
    ("nina", "Nina", "Raes", "1B", "raes.gert@telenet.be", "katleen.raes@gmail.com"),
    ("aaron", "Aaron", "Cools", "1D", "cools.sandra@gmail.com", ""),
    ("elise", "Elise", "Daems", "1C", "daems.frank@skynet.be", ""),
    ("jasper", "Jasper", "Segers", "1A", "segers.veerle@telenet.be", ""),
    ("lena", "Lena", "Lauwers", "1B", "lauwers.an@gmail.com", "tim.lauwers@telenet.be"),
    ("tuur", "Tuur", "Pauwels", "1C", "pauwels.greet@skynet.be", ""),
    ("marie", "Marie", "Van Damme", "1D", "vandamme.luc@telenet.be", ""),
    ("yasmine", "Yasmine", "Bakkali", "1A", "bakkali.h@hotmail.com", ""),
    ("vic", "Vic", "Stevens", "1B", "stevens.ilse@skynet.be", ""),
    ("jules", "Jules", "Cornelis", "1C", "cornelis.bart@gmail.com", ""),
    ("mona", "Mona", "Gielen", "1D", "gielen.sven@telenet.be", "nele.peeters@gmail.com"),
    ("daan", "Daan", "Verhoeven", "1A", "verhoeven.joke@proximus.be", ""),
    ("lea", "Léa", "Martin", "1B", "sophie.martin@skynet.be", ""),
    ("lien", "Lien", "Boeckx", "1C", "boeckx.marc@telenet.be", ""),
    ("staf", "Staf", "Geens", "1D", "geens.lotte@gmail.com", ""),
    ("ferre", "Ferre", "Dockx", "1A", "dockx.ann@telenet.be", ""),
    ("otis", "Otis", "Vranckx", "1B", "vranckx.k@telenet.be", ""),
    ("roos", "Roos", "Huygens", "1C", "huygens.eva@icloud.com", ""),
    ("mohamed", "Mohamed", "Azzouzi", "1D", "azzouzi.karima@gmail.com", ""),
    ("wolf", "Wolf", "Timmermans", "1B", "timmermans.ine@telenet.be", ""),
    ("noor", "Noor", "Kaya", "1A", "kaya.elif@hotmail.com", ""),
    ("sien", "Sien", "Luyckx", "1D", "luyckx.dirk@skynet.be", ""),
]

BOYS = ("Lucas Noah Louis Arthur Jules Victor Liam Adam Mathis Finn Vic Lars Mauro Warre Wout Seppe "
        "Bram Thomas Senne Kobe Tuur Lowie Rune Jasper Robbe Siebe Milan Daan Stan Ferre Lander Gilles "
        "Xander Thibo Cas Mohamed Ayoub Ilyas Yassine Hamza Omar Youssef Rayan Emir Mateusz Kacper Arda "
        "Yusuf Nathan Leon Jef Mats Vince").split()
GIRLS = ("Olivia Emma Louise Mila Elena Marie Nora Lina Julia Lore Fien Hanne Noor Lotte Elise Febe Jana "
         "Kato Lien Amber Roos Ella Liv Sien Lisa Margot Zita Nore Tess Jade Aya Salma Malak Amina Hiba "
         "Inaya Zeynep Elif Maja Zuzanna Sara Lea Fatima Nour Ines Luna Axelle").split()
SURN = ("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|Dubois|Lambrecht|Hermans|"
        "Aerts|Segers|Vermeulen|Verstraete|Pauwels|Michiels|Smets|Martens|Coppens|Declercq|Leroy|Verbeke|"
        "Stevens|Lemmens|Wuyts|Cools|Vos|Bogaerts|Geerts|Nijs|Heylen|Bellens|Luyten|Vanhoutte|Verhaegen|"
        "Cuypers|Meeus|Boeckx|Daems|Dockx|Gielen|Kerckhofs|Lauwers|Nuyts|Poels|Schoofs|Swinnen|"
        "Timmermans|Vandeputte|Verheyen|Wellens|Van den Bossche|Van Dyck|Vanderlinden|El Amrani|Benali|"
        "Bouzid|Aydin|Yilmaz|Kaya|Demir|Öztürk|Nowak|Kowalski|Wiśniewski|Diallo|Bah|Mukendi|Kabongo|"
        "Popescu|Ionescu|Ahmadi|Hosseini|Rahimi|Ndiaye|Bakkali|Azzouzi|El Khattabi|Lenaerts|Van Hove").split("|")
PROV = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.com", "icloud.com"]
PARENT_FIRST = ("An Els Katrien Sofie Veerle Tine Inge Griet Leen Nathalie Karen Evi Sarah Ilse Hilde "
                "Kristof Bart Tom Koen Pieter Dirk Joris Wim Stijn Geert Kris Jan Sven Nick Raf "
                "Fatima Samira Karim Youssef Ahmed Ayse Mehmet Nadia Anna Marek").split()


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l")
    return re.sub(r"[^a-z]", "", s.lower())


class Pupil:
    pass


def build_roster():
    ids = list(range(1, 301))
    r = random.Random(5501)
    key_ids = sorted(r.sample(ids, len(KEY)))
    r.shuffle(key_ids)
    pupils = {}
    used_parents = set()
    key_fc = set()
    key_names = set()
    for (h, fi, la, kl, p1, p2), i in zip(KEY, key_ids):
        p = Pupil()
        p.h, p.id, p.first, p.last, p.klas, p.p1, p.p2 = h, "P%04d" % i, fi, la, kl, p1, p2
        pupils[i] = p
        used_parents.update(x for x in (p1, p2) if x)
        key_fc.add((fi, kl))
        key_names.add((fi, la))
    # siblings of key pupils in higher years (share parent addresses)
    sib_for = ["lotte", "mila", "sem", "julie", "ellag", "amir", "ines", "tibo"]
    classes_hi = ["2A", "2B", "2C", "2D", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "6A", "6B"]
    classes_1 = ["1A", "1B", "1C", "1D"]
    free = [i for i in ids if i not in pupils]
    r.shuffle(free)
    kh = {p.h: p for p in pupils.values()}
    for h in sib_for:
        base = kh[h]
        i = free.pop()
        p = Pupil()
        p.h = None
        p.first = r.choice(BOYS + GIRLS)
        while (p.first, base.last) in key_names or p.first == base.first:
            p.first = r.choice(BOYS + GIRLS)
        p.last, p.klas, p.p1, p.p2 = base.last, r.choice(classes_hi), base.p1, base.p2
        p.id = "P%04d" % i
        pupils[i] = p
    # filler
    fam_pool = []
    for i in sorted(free):
        p = Pupil()
        p.h = None
        p.id = "P%04d" % i
        p.klas = r.choice(classes_1) if r.random() < 0.28 else r.choice(classes_hi)
        sib = fam_pool and r.random() < 0.07
        if sib:
            b = r.choice(fam_pool)
            p.last, p.p1, p.p2 = b.last, b.p1, b.p2
        else:
            p.last = r.choice(SURN)
        while True:
            p.first = r.choice(BOYS if r.random() < 0.5 else GIRLS)
            if (p.first, p.klas) in key_fc or (p.first, p.last) in key_names:
                continue
            break
        if not sib:
            while True:
                pf = r.choice(PARENT_FIRST)
                style = r.random()
                ln = norm(p.last)
                if style < 0.35:
                    a = "%s.%s@%s" % (norm(pf), ln, r.choice(PROV))
                elif style < 0.55:
                    a = "%s.%s@%s" % (ln, norm(pf), r.choice(PROV))
                elif style < 0.7:
                    a = "%s%s%d@gmail.com" % (norm(pf), ln, r.randint(70, 95))
                elif style < 0.85:
                    # mother's own surname, does not spell the pupil's surname
                    a = "%s.%s@%s" % (norm(pf), norm(r.choice(SURN)), r.choice(PROV))
                else:
                    a = "%s%s@%s" % (norm(pf)[0], ln, r.choice(PROV))
                if a not in used_parents:
                    break
            p.p1 = a
            used_parents.add(a)
            p.p2 = ""
            if r.random() < 0.45:
                b2 = "%s.%s@%s" % (norm(r.choice(PARENT_FIRST)), norm(p.last), r.choice(PROV))
                if b2 not in used_parents:
                    p.p2 = b2
                    used_parents.add(b2)
            fam_pool.append(p)
        pupils[i] = p
    # pupil addresses as Smartschool makes them (duplicates get a digit)
    seen = {}
    for i in sorted(pupils):
        p = pupils[i]
        base = "%s.%s" % (norm(p.first), norm(p.last))
        n = seen.get(base, 0) + 1
        seen[base] = n
        p.mail = "%s%s@leerling.sintpieterscollege.be" % (base, "" if n == 1 else n)
    return pupils


ROSTER = build_roster()
K = {p.h: p for p in ROSTER.values() if p.h}
PARENT_OF = {}
for _p in ROSTER.values():
    for _a in (_p.p1, _p.p2):
        if _a:
            PARENT_OF.setdefault(_a, set()).add(_p.id)


def pp(h, n=1):
    """parent address n of key pupil h"""
    return K[h].p1 if n == 1 else K[h].p2


def fn(h):
    return "%s %s" % (K[h].first, K[h].last)


def write_roster():
    out = io.StringIO()
    out.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
    for i in sorted(ROSTER):
        p = ROSTER[i]
        out.write(";".join([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2]) + "\r\n")
    with open(os.path.join(HERE, "roster.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------------------------
# helpers for content
# --------------------------------------------------------------------------------------------
def bitlocker_key(seed):
    r = random.Random(seed)
    return "-".join("%06d" % (11 * r.randint(9100, 60000)) for _ in range(8))


def iban_be(seed):
    r = random.Random(seed)
    bank = r.choice(["001", "068", "363", "735", "734", "143"])
    acc = "%07d" % r.randint(0, 9999999)
    first10 = int(bank + acc)
    chk = first10 % 97 or 97
    bban = "%s%s%02d" % (bank, acc, chk)
    num = int(bban + "111400")  # B=11 E=14 00
    cd = 98 - num % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(y, m, d, seq):
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    n = int(("2" if y >= 2000 else "") + base)
    cc = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (y % 100, m, d, seq, cc)


def ogm(n10):
    c = n10 % 97 or 97
    s = "%010d%02d" % (n10, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def outlook_quote(frm, sent, to, subj, text):
    return ("\n\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n")))


def table_html(headers, rows, border=True):
    st = ' style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt"'
    td = ' style="border:1px solid #999;padding:2px 6px"' if border else ""
    h = "<table%s><tr>%s</tr>\n" % (st, "".join("<th%s>%s</th>" % (td, htmlmod.escape(x)) for x in headers))
    for r in rows:
        h += "<tr>%s</tr>\n" % "".join("<td%s>%s</td>" % (td, htmlmod.escape(str(x))) for x in r)
    return h + "</table>"


def outlook_html(inner):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>\n"
            "</head>\n<body lang=\"NL-BE\" link=\"#0563C1\">\n<div class=\"WordSection1\">\n%s\n</div>\n</body>\n</html>\n" % inner)


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("<"):
            out.append(block)
        else:
            out.append("<p class=\"MsoNormal\">%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in block.split("\n")))
    return "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)


def html2text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>\n?", "\n", t)
    t = re.sub(r"(?i)</(p|tr|h\d|div|li)>\n?", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t).replace("\xa0", " ")
    t = re.sub(r"\n{3,}", "\n\n", t)
    return "\n".join(l.rstrip() for l in t.strip().split("\n")) + "\n"


ZDT = (2024, 9, 1, 8, 0, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def xml_esc(s):
    return htmlmod.escape(str(s), quote=True)


def xlsx(rows, macro=False):
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (chr(65 + ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        sheet.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet.append("</sheetData></worksheet>")
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main_ct)
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
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", "".join(sheet))]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 +
                      b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"cmd /c start leaseberekening.exe\"\r\nEnd Sub\r\n"))
    return zipbytes(files)


def docx(paragraphs, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
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
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 +
                      b"Sub AutoOpen()\r\n  CreateObject(\"WScript.Shell\").Run \"powershell -ep bypass -f inv.ps1\"\r\nEnd Sub\r\n"))
    return zipbytes(files)


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    cb = content.encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (Microsoft Word 2016) >> >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def exe_bytes(tag):
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$\x00\x00\x00\x00\x00\x00\x00"
    stub += b"PE\x00\x00L\x01\x03\x00" + b"\x00" * 64 + tag.encode() + b"\x00" * 200
    return stub


CT = {"pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
      "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
      "docm": "application/vnd.ms-word.document.macroEnabled.12",
      "exe": "application/x-msdownload", "ps1": "application/octet-stream", "bat": "application/x-bat",
      "vbs": "text/vbscript", "zip": "application/zip", "iso": "application/x-iso9660-image",
      "png": "image/png", "jpg": "image/jpeg", "ics": "text/calendar"}


def png_bytes(w=4, h=3):
    import struct
    import zlib
    raw = b"".join(b"\x00" + b"\x80\x90\xa0" * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# mail builder
# --------------------------------------------------------------------------------------------
SPECS = []


def M(slug, frm, to, subj, body=None, *, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False, note="",
      lang="nl", tags=(), html=None, html_only=False, cte="8bit", charset="utf-8", atts=(), env_from=None,
      reply=False, fwd=False, mailer=None, general=False):
    SPECS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc], subj=subj, body=body,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      tags=list(tags), html=html, html_only=html_only, cte=cte, charset=charset,
                      atts=list(atts), env_from=env_from, reply=reply, fwd=fwd, mailer=mailer, general=general))


def addr_of(x):
    return getaddresses([x])[0][1].lower()


def fmt_addr(x):
    name, a = getaddresses([x])[0]
    return formataddr((name, a)) if name else a


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def encode_payload(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text, charset, cte):
    data = text.encode(charset)
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, charset, cte)
    return h.encode() + encode_payload(data, cte)


def attachment(name, data):
    ext = name.rsplit(".", 1)[-1].lower()
    ct = CT.get(ext, "application/octet-stream")
    if isinstance(data, str):
        data = data.encode("utf-8")
    if ct.startswith("text/"):
        ct += "; charset=%s" % ("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8")
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n\n' % (ct, name, name))
    return h.encode() + base64.encodebytes(data)


def multipart(sub, parts, boundary):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)).encode()
    out += b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + b"\n"
    return out + b"--" + boundary.encode() + b"--\n"


def build(n, s, dt):
    fmt = []
    tags = []
    body = s["body"]
    if s["html"] is not None and s["html_only"]:
        top = leaf("text/html", s["html"], s["charset"], s["cte"])
        fmt.append("html-only")
    elif s["html"] is not None:
        txt = body if body is not None else html2text(s["html"])
        top = multipart("alternative", [leaf("text/plain", txt, s["charset"], s["cte"]),
                                        leaf("text/html", s["html"], s["charset"], s["cte"])],
                        "----=_NextPart_055_%03d_ALT" % n)
        fmt.append("alt")
    else:
        top = leaf("text/plain", body, s["charset"], s["cte"])
        fmt.append("plain")
        if s["cte"] == "quoted-printable":
            fmt.append("plain-qp")
        if s["cte"] == "base64":
            fmt.append("plain-base64")
    if s["charset"].lower() in ("windows-1252", "cp1252"):
        fmt.append("plain-cp1252" if "plain" in fmt else "cp1252")
    if s["html"] is not None and s["cte"] in ("quoted-printable", "base64"):
        fmt.append("qp" if s["cte"] == "quoted-printable" else "base64")
    if s["atts"]:
        parts = [top] + [attachment(nm, data) for nm, data in s["atts"]]
        top = multipart("mixed", parts, "----=_Part_055_%03d_MIX" % n)
        fmt.append("mixed")
        for nm, _ in s["atts"]:
            fmt.append("attachment-" + nm.rsplit(".", 1)[-1].lower())
    if s["reply"]:
        fmt.append("reply")
    if s["fwd"]:
        fmt.append("forward")
    if s["bcc"]:
        fmt.append("bcc-envelope")
    for t in s["tags"]:
        if t not in fmt:
            fmt.append(t)
    frm_addr = addr_of(s["frm"])
    dom = frm_addr.split("@")[1]
    mid = "<%s.%03d.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), n, hashlib.sha1(s["slug"].encode()).hexdigest()[:10],
                               "spc.ksleuven.be" if dom.endswith(SCHOOL_DOMAINS) else dom)
    H = [("From", hdr_addr(s["frm"]))]
    if s["to"]:
        H.append(("To", ", ".join(hdr_addr(x) for x in s["to"])))
    else:
        H.append(("To", "undisclosed-recipients:;"))
    if s["cc"]:
        H.append(("Cc", ", ".join(hdr_addr(x) for x in s["cc"])))
    H.append(("Subject", hdr(s["subj"])))
    H.append(("Date", format_datetime(dt)))
    H.append(("Message-ID", mid))
    if s["reply"]:
        ref = "<%s@%s>" % (hashlib.sha1((s["slug"] + "orig").encode()).hexdigest()[:16],
                           "mail.gmail.com" if s["reply"] is True else s["reply"])
        H.append(("In-Reply-To", ref))
        H.append(("References", ref))
    H.append(("MIME-Version", "1.0"))
    mailer = s["mailer"] or ("Microsoft Outlook 16.0" if dom.endswith(SCHOOL_DOMAINS) else None)
    if mailer:
        H.append(("X-Mailer", mailer))
    H.append(("Content-Language", {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[s["lang"]]))
    raw = "".join("%s: %s\n" % kv for kv in H).encode() + top
    return raw, fmt


def hdr_addr(x):
    name, a = getaddresses([x])[0]
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------
PHONE_RE = re.compile(r"(?<![\d/.\-])(?:\+32\s?|0)(?:4\d{2}|\d{1,2})(?:[ ./]?\d{2,3}){2,3}(?![\d\-])")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
GROUP_RE = re.compile(r"^(ouders|leerlingen|personeel|leerkrachten)(\d\w*|-[\w\-]+)?@")
VALID_RULES = {"password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"}
VALID_CATS = {"family", "psychosocial", "medical", "care", "financial"}
PRIVATE = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telenet.be", "skynet.be", "proximus.be")
STAFF_PRIVATE = {addr_of(v[1]) for k, v in S.items() if k.startswith("p_")}


def is_school(a):
    return a.split("@")[1].endswith(SCHOOL_DOMAINS)


def check(n, s, rcpt, text):
    w = []
    r = set(s["rules"])
    assert r <= VALID_RULES, (s["slug"], r)
    assert set(s["cats"]) <= VALID_CATS, s["slug"]
    assert ("sensitive" in r) == bool(s["cats"]), s["slug"]
    assert ("recipient" in r) == bool(s["mis"]), s["slug"]
    ids = {p.id: p for p in ROSTER.values()}
    about = [K[h].id for h in s["about"]]
    for i in about:
        assert i in ids
    parent_rcpt = [a for a in rcpt if a in PARENT_OF]
    if s["mis"]:
        for i in about:
            ap = {ids[i].p1, ids[i].p2}
            assert not (ap & set(rcpt)), ("misdirected but parent present", s["slug"])
        assert parent_rcpt, ("misdirected without parent rcpt", s["slug"])
    elif parent_rcpt and about:
        ok = any(a in PARENT_OF and (PARENT_OF[a] & set(about)) for a in rcpt)
        if not ok:
            w.append("parents in rcpt but none of about")
    vis = [addr_of(x) for x in s["to"] + s["cc"]]
    ext = [a for a in vis if not is_school(a) and a not in STAFF_PRIVATE]
    grp = [a for a in vis if GROUP_RE.match(a)]
    if bool(len(ext) >= 2 or grp) != ("bcc" in r):
        w.append("bcc mismatch ext=%s grp=%s" % (ext, grp))
    frm = addr_of(s["env_from"] or s["frm"])
    if (frm in STAFF_PRIVATE or any(a in STAFF_PRIVATE for a in rcpt)) != ("private_account" in r):
        w.append("private_account mismatch")
    ph = PHONE_RE.findall(text)
    ib = IBAN_RE.findall(text)
    has_pd = bool(ph or ib or re.search(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", text) or
                  re.search(r"(?i)(geboren|geboortedatum|date of birth|date de naissance|née? le)", text))
    if has_pd != ("personal_data" in r):
        w.append("personal_data mismatch %s %s" % (ph, ib))
    bad = any(nm.rsplit(".", 1)[-1].lower() in ("exe", "bat", "js", "vbs", "ps1", "scr", "docm", "xlsm", "iso", "msi")
              or (nm.endswith(".zip") and re.search(rb"\.(exe|bat|ps1|vbs|scr|msi)", d if isinstance(d, bytes) else d.encode()))
              for nm, d in s["atts"])
    if bad != ("attachment" in r):
        w.append("attachment mismatch")
    if s["general"]:
        assert not r, s["slug"]
        assert not about
    for x in w:
        print("WARN %03d %s: %s" % (n, s["slug"], x), file=sys.stderr)
    return len(w)


def visible_text(s):
    t = (s["body"] or "") + "\n" + (html2text(s["html"]) if s["html"] else "") + "\n" + s["subj"]
    for nm, d in s["atts"]:
        if isinstance(d, str):
            t += "\n" + d
        elif nm.endswith((".xlsx", ".docx")):
            z = zipfile.ZipFile(io.BytesIO(d))
            for f in z.namelist():
                if f.endswith(".xml"):
                    t += "\n" + re.sub(r"<[^>]+>", " ", z.read(f).decode())
        elif nm.endswith(".pdf"):
            t += "\n" + " ".join(re.findall(r"\((.*?)\) '", d.decode("cp1252", "replace")))
        elif nm.lower().endswith((".csv", ".txt")):
            t += "\n" + (d.decode("utf-16") if d[:2] in (b"\xff\xfe", b"\xfe\xff") else d.decode("utf-8", "replace"))
    return t


def ylist(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or f in ("labels.yaml", "roster.csv"):
            os.remove(os.path.join(HERE, f))
    write_roster()
    order = list(range(len(SPECS)))
    random.Random(5555).shuffle(order)
    base = datetime.datetime(2024, 8, 28, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    r = random.Random(5502)
    y = ["# batch55 - laptop programme first year, campus Aarschot: accounts, BitLocker, lease, insurance, care, helpdesk, letters",
         ""]
    warns = 0
    slugs = set()
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        assert s["slug"] not in slugs, s["slug"]
        slugs.add(s["slug"])
        dt = base + datetime.timedelta(hours=n * 10 + r.randint(0, 6), minutes=r.randint(0, 59))
        if dt.hour < 7 or dt.hour > 21:
            dt = dt.replace(hour=7 + dt.hour % 12)
        if s["slug"] in WHEN:
            dt = datetime.datetime.strptime(WHEN[s["slug"]], "%Y-%m-%d %H:%M").replace(tzinfo=dt.tzinfo)
        if datetime.datetime(2024, 10, 27, 3) <= dt.replace(tzinfo=None) < datetime.datetime(2025, 3, 30, 2):
            dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
        raw, fmt = build(n, s, dt)
        fname = "%03d-%s.eml" % (n, s["slug"])
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        rcpt = []
        for x in s["to"] + s["cc"] + s["bcc"]:
            a = addr_of(x)
            if a not in rcpt:
                rcpt.append(a)
        warns += check(n, s, rcpt, visible_text(s))
        y.append("%s:" % fname)
        y.append("  rules: [%s]" % ", ".join(s["rules"]))
        if s["cats"]:
            y.append("  categories: {sensitive: [%s]}" % ", ".join(s["cats"]))
        y.append("  mail_from: %s" % json.dumps(addr_of(s["env_from"] or s["frm"])))
        y.append("  rcpt: %s" % ylist(rcpt))
        y.append("  about: %s" % ylist([K[h].id for h in s["about"]]))
        y.append("  misdirected: %s" % ("true" if s["mis"] else "false"))
        y.append("  note: %s" % json.dumps(s["note"], ensure_ascii=False))
        y.append("  lang: %s" % s["lang"])
        y.append("  format: [%s]" % ", ".join(fmt))
        y.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(y))
    print("wrote %d mails, %d warnings" % (len(SPECS), warns), file=sys.stderr)


# ============================================================================================
# content
# ============================================================================================
TEL_SCHOOL = "016 56 12 40"
TEL_HD = "016 56 12 49"
GSM_KOEN = "0476 21 33 87"

SIG_HD = "Helpdesk ICT\nSint-Pieterscollege - campus Aarschot\nStroom | Leuvense Katholieke Scholen aan de Dijle"
SIG_HD_TEL = SIG_HD + "\nT %s (ma-vr 8u-16u30)" % TEL_HD


def sig(key, role, tel=None):
    s = "%s\n%s\nSint-Pieterscollege - campus Aarschot" % (S[key][0], role)
    if tel:
        s += "\nT " + tel
    return s


_pw_r = random.Random(5503)
_W1 = "Kiwi Appel Maan Zon Dijle Demer Beuk Eik Vos Uil Tulp Roos Wolk Ster Berg Meer Golf Pijl".split()
_W2 = "Boom Fiets Tafel Lamp Brug Toren Vlag Trein Kaart Boot Pen Klok Muur Deur Tuin Veld".split()


def startpw():
    return "%s-%s-%02d" % (_pw_r.choice(_W1), _pw_r.choice(_W2), _pw_r.randint(10, 99))


def cls(k):
    return [p.h for p in sorted(K.values(), key=lambda p: (p.last, p.first)) if p.klas == k]


def serial(seed):
    r = random.Random(seed)
    return "5CD4%03d%s" % (r.randint(100, 999), "".join(r.choice("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(3)))


def tag(k, i):
    return "LT-AAR-%s-%03d" % (k, i)


# --------------------------------------------------------------------------------------------
# 1. credentials (35)
# --------------------------------------------------------------------------------------------
pw = startpw()
M("startwachtwoord-m365-lena", A("helpdesk"), [pp("lena")], "Account Microsoft 365 en Smartschool voor Lena",
  f"""Beste ouder,

Het schoolaccount van Lena is klaar. Daarmee meldt ze zich aan op haar laptop, in Microsoft 365 (Teams,
OneDrive, Outlook) en op Smartschool.

Gebruikersnaam: {K['lena'].mail}
Startwachtwoord: {pw}

Bij de eerste aanmelding moet Lena dit wachtwoord zelf wijzigen. Kies samen met haar een wachtwoord van
minstens 12 tekens dat ze kan onthouden, en schrijf het niet op een post-it op de laptop.

Vriendelijke groeten,

{SIG_HD}
""", rules=["password"], about=["lena"], note="start password of a first-year pupil mailed to her parent")

M("reset-wachtwoord-sara", A("1c"), [A("helpdesk")], "Sara Bogaerts kan niet inloggen",
  f"""Dag helpdesk,

Sara Bogaerts (1C) kon vanochtend niet inloggen op haar laptop. Ik heb met mijn klassenleraarsrechten in
Smartschool haar wachtwoord even gereset naar Welkom2024! zodat ze de toets kon maken.

Kunnen jullie ervoor zorgen dat ze het bij de volgende aanmelding moet wijzigen? En synchroniseert dat ook
met Microsoft 365 of moet dat apart?

Bedankt!
Yasmina
""", rules=["password"], about=["sara"], note="teacher mails the temporary password she set for a pupil to the helpdesk")

_1b = cls("1B")
rows = [(fn(h), K[h].mail, startpw()) for h in _1b]
M("accounts-1b-tabel", A("wout"), [A("1b")], "Accounts 1B - startwachtwoorden voor de eerste lesdag", None,
  html=outlook_html(paras("Dag Pieter,\n\nHieronder de accounts van jouw klas. Wil je ze morgen in het eerste lesuur "
                          "uitdelen? Knip de lijst in strookjes, dan ziet niemand het wachtwoord van een ander.")
                    + "\n" + table_html(["Leerling", "Gebruikersnaam", "Startwachtwoord"], rows)
                    + "\n" + paras("Groetjes,\nWout\nICT-ondersteuning")),
  html_only=True, rules=["password"], about=_1b, tags=["table"],
  note="html-only table with usernames and start passwords of the whole class 1B")

_1c = cls("1C")
csv1c = "Klas;Voornaam;Naam;Gebruikersnaam;Startwachtwoord\r\n" + "".join(
    "1C;%s;%s;%s;%s\r\n" % (K[h].first, K[h].last, K[h].mail, startpw()) for h in _1c)
M("startwachtwoorden-1c-csv", A("wout"), [A("1c")], "startwachtwoorden 1C",
  """Dag Yasmina,

In bijlage de export uit het beheerportaal met de startwachtwoorden van 1C (puntkomma-gescheiden, opent in
Excel). Na de uitdeling mag je het bestand verwijderen.

Wout
""", atts=[("startwachtwoorden_1C.csv", csv1c.encode("utf-8"))], rules=["password"], about=_1c,
  note="csv attachment with start passwords of class 1C")

bk = bitlocker_key("arthur")
M("bitlocker-herstelsleutel-arthur", A("helpdesk"), [pp("arthur")], "Laptop Arthur vraagt BitLocker-herstelsleutel",
  f"""Beste mevrouw Wuyts,

U belde ons omdat de laptop van Arthur na de update van gisteren een blauw scherm toont met de vraag naar een
BitLocker-herstelsleutel. Dat gebeurt soms na een BIOS-update. Geen paniek, er is niets verloren.

Typ op dat scherm de volgende sleutel (alleen de cijfers, de streepjes komen vanzelf):

Sleutel-ID: 7A3F2C19
Herstelsleutel: {bk}

Daarna start de laptop normaal op. Lukt het niet, bel de helpdesk op {TEL_HD} of laat Arthur morgen langskomen
in lokaal B.012.

Met vriendelijke groeten,

{SIG_HD}
""", cte="quoted-printable", rules=["password", "personal_data"], about=["arthur"],
  tags=["phone"], note="BitLocker recovery key sent to the parent; helpdesk phone number in the text")

pw = startpw()
M("startwachtwoord-ruben", A("helpdesk"), [pp("rubenmt")], "Schoolaccount Ruben (1B) - startwachtwoord",
  f"""Beste ouder van Ruben,

Ruben Maes uit 1B was er niet bij toen de accounts in de klas werden uitgedeeld. Daarom sturen we u zijn
gegevens:

Gebruikersnaam: {K['rubenm'].mail}
Wachtwoord (tijdelijk): {pw}

Ruben kiest bij de eerste aanmelding een eigen wachtwoord.

Vriendelijke groeten,
{SIG_HD}
""", rules=["password", "recipient"], about=["rubenm"], mis=True,
  note="start password of Ruben Maes (1B) sent to a parent of Ruben Mertens (1C): same first name, wrong family")

bk = bitlocker_key("zoel")
bltxt = ("BitLocker-stationsversleuteling herstelsleutel\r\n\r\n"
         "Als u wilt controleren of dit de juiste herstelsleutel is, vergelijkt u het begin van de volgende id met de "
         "id-waarde die op de pc wordt weergegeven.\r\n\r\nId:\r\n\r\n\t3E9D41A2-77C0-4B1E-9F2A-5D0C8B61E7F4\r\n\r\n"
         "Als de bovenstaande id overeenkomt met de id die op de pc wordt weergegeven, gebruikt u de volgende sleutel "
         "om het station te ontgrendelen.\r\n\r\nHerstelsleutel:\r\n\r\n\t%s\r\n" % bk)
M("bitlocker-zoe", A("wout"), [pp("zoev")], "Herstelsleutel laptop Zoë",
  f"""Goedemiddag,

In bijlage de herstelsleutel voor de laptop van Zoë Lambrecht (1D), toestel {tag('1D', 14)}, zoals ik hem uit
het beheerportaal heb geëxporteerd. Zoë typt de 48 cijfers in op het blauwe scherm.

Na het invoeren kan ze gewoon verder werken. Breng de laptop deze week wel even langs, dan controleren we de
TPM-instellingen.

Wout Janssens
ICT-ondersteuning
""", atts=[("BitLocker-herstelsleutel 3E9D41A2-77C0-4B1E-9F2A-5D0C8B61E7F4.TXT", bltxt.encode("utf-16"))],
  rules=["password", "recipient"], about=["zoel"], mis=True,
  note="BitLocker key (.txt export, UTF-16) of Zoë Lambrecht's laptop sent to the father of Zoë Verhaegen (autocomplete on the first name)")

M("wifi-gastnetwerk-infoavond", A("ict"), [A("1a"), A("1b")], "wifi voor de infoavond van donderdag",
  """Hoi An, hoi Pieter,

Voor de infoavond laptops donderdag: de ouders kunnen op het gastnetwerk.

Netwerk: SPC-Gast
Sleutel: Dijle#Gast!2024

Zet het aub niet op de slides of op het bord, ik geef het liever mondeling. De sleutel wordt vrijdag weer
gewijzigd.

Koen
""", rules=["password"], note="Wi-Fi key of the guest network mailed to two colleagues")

M("printcode-nieuwe-collega", A("secr"), [A("info")], "Welkom! Praktische info printer en kopieerapparaat",
  """Dag Tom,

Welkom in ons team! Nog enkele praktische zaken voor je eerste week:

- je lokaal is B.104 (informatica), de sleutel ligt bij het onthaal
- je persoonlijke printcode voor de kopieerapparaten: 48213
- je badge voor de fietsenstalling mag je vrijdag ophalen

Tot straks,
Ingrid
""", rules=["password"], note="personal printer PIN code sent to a new colleague; room number is a look-alike")

M("code-laptopkast-lokaal-b014", A("kme"), [A("lo"), A("1d")], "code laadkast B.014",
  """Evi, Bart,

De nieuwe laadkast in B.014 heeft een cijferslot. De code is 1-9-7-3 (daarna het hendeltje naar beneden).
Sluit de kast aub altijd af als de laptops van 1D erin zitten, de verzekering vraagt dat.

Koen
""", rules=["password"], note="door code of the laptop charging cabinet mailed to colleagues")

codes = ["%04d %04d" % (random.Random(i).randint(1000, 9999), random.Random(i + 99).randint(1000, 9999)) for i in range(10)]
M("mfa-herstelcodes-admin", A("ict"), [A("wout")], "backupcodes beheerdersaccount",
  "Wout,\n\nIk ben volgende week twee dagen op opleiding. Voor het geval je niet meer binnenraakt op\n"
  "admin-aarschot@lksd.ksleuven.be: dit zijn de reservecodes voor de tweestapsverificatie. Elke code werkt maar een keer.\n\n"
  + "\n".join(codes) + "\n\nDruk ze af en leg ze in de kluis, en verwijder deze mail daarna.\n\nKoen\n",
  rules=["password"], note="MFA backup codes of the admin account in a mail to a colleague")

M("fw-verificatiecode-leasingportaal", A("boek"), [A("ict")], "FW: Uw eenmalige verificatiecode",
  """Koen, kan jij hiermee inloggen? Ik zit in vergadering tot 11u.

Marc

-----Oorspronkelijk bericht-----
Van: EduLease Portaal <no-reply@edulease-benelux.be>
Verzonden: dinsdag 10 september 2024 09:12
Aan: Marc Luyten <marc.luyten@sintpieterscollege.be>
Onderwerp: Uw eenmalige verificatiecode

Uw verificatiecode voor het EduLease klantenportaal is: 482913

Deze code is 10 minuten geldig. Deel deze code met niemand.
""", fwd=True, rules=["password"], note="forwarded one-time login code of the leasing portal")

M("login-leasingportaal-boekhouding", A("kme"), [A("boek")], "toegang EduLease portaal",
  """Dag Marc,

Zoals gevraagd de gegevens van het klantenportaal van EduLease, dan kan je zelf de facturen en de
betaalstatus per toestel opvolgen:

https://portaal.edulease-benelux.be
login: lksd-aarschot
wachtwoord: Lease#2024aar

Ik vraag aan Jeroen Baert of we per persoon een eigen login kunnen krijgen, dit is maar tijdelijk.

Koen
""", rules=["password"], note="login and password of the leasing portal in a mail to the accountant")

M("local-admin-password-repair", A("ict"), [A("vendor")], "Re: RMA 4471 - access to the devices",
  """Hi Mark,

For the three devices your technician is picking up tomorrow, he will need local admin rights to run the
diagnostics. Use the local account:

user: .\\spcadmin
password: Xq7!mP2#rT9

Please do not reset or re-image the devices, they are enrolled in Intune and BitLocker is on.

Kind regards,
Koen Mertens
ICT coordinator, Sint-Pieterscollege Aarschot
""", reply=True, lang="en", rules=["password"], note="local administrator password given to an external repair technician")

M("wachtwoord-in-stukjes-daan", A("1a"), [K["daan"].mail], "je nieuwe wachtwoord",
  """Dag Daan,

Ik heb je wachtwoord gereset. Je nieuwe wachtwoord is:

Maan
vis
77
!

(alles aan elkaar typen, met een hoofdletter M en zonder spaties)

Verander het meteen als je thuis bent.
Mevr. Devos
""", rules=["password"], about=["daan"], note="password split over several lines in a mail to the pupil")

pw = "Bruxelles-58!"
M("mot-de-passe-ines", A("helpdesk"), [pp("ines")], "Compte scolaire d'Inès - mot de passe provisoire",
  f"""Madame Dubois,

Suite à votre appel de ce matin : le compte d'Inès a été réinitialisé. Voici ses nouvelles données de connexion :

Nom d'utilisateur : {K['ines'].mail}
Mot de passe provisoire : {pw}

Inès devra choisir un nouveau mot de passe lors de la première connexion.

Bien à vous,

Helpdesk ICT
Sint-Pieterscollege - campus Aarschot
""", lang="fr", charset="utf-8", cte="quoted-printable", rules=["password"], about=["ines"],
  note="temporary password of a pupil sent to her French-speaking mother")

M("co-account-wachtwoord-jasper", A("llsecr"), [pp("jasper")], "Uw co-account Smartschool",
  f"""Beste mevrouw Segers,

U vroeg een nieuw co-account aan om de berichten en de agenda van Jasper op Smartschool te volgen.

Aanmelden op https://spc-aarschot.smartschool.be
Gebruikersnaam: {K['jasper'].mail.split('@')[0]}
Co-account 1 - wachtwoord: 7hT-q29x

Bij de eerste aanmelding vraagt Smartschool u een eigen wachtwoord te kiezen.

Vriendelijke groeten,
Leerlingensecretariaat
""", rules=["password"], about=["jasper"], note="co-account password for a parent on the school platform")

M("bios-wachtwoord-pcfix", A("ict"), [A("repair")], "BIOS wachtwoord toestellen eerste jaar",
  f"""Dag Dries,

Voor de 6 toestellen met een defect toetsenbord die jullie morgen komen halen: het BIOS/UEFI is beveiligd
met een supervisorwachtwoord. Dat is voor alle laptops van de eerste jaars hetzelfde:

Sp(Aar)2024bios

Gelieve het niet te wijzigen. Bij vragen mag je me altijd bellen.

Koen Mertens
ICT-coördinator
GSM {GSM_KOEN}
""", rules=["password", "personal_data"], tags=["phone"],
  note="BIOS supervisor password for all first-year laptops to the repair partner; mobile number in signature")

pw = startpw()
M("fw-startwachtwoord-noor", A("1a"), [pp("noor")], "FW: Account Noor Kaya",
  f"""Beste mevrouw Kaya,

Hieronder de gegevens van de helpdesk. Noor mag er vanavond al mee aanmelden.

Groeten,
An Devos
klassenleraar 1A

-----Oorspronkelijk bericht-----
Van: Helpdesk ICT - SPC Aarschot <helpdesk@spc.ksleuven.be>
Verzonden: maandag 9 september 2024 14:02
Aan: An Devos <an.devos@sintpieterscollege.be>
Onderwerp: Account Noor Kaya

Account: {K['noor'].mail}
Startwachtwoord: {pw}
""", fwd=True, rules=["password"], about=["noor"], note="teacher forwards the helpdesk mail with a start password to the parent")

_1d = cls("1D")
rows = [["Klas", "Naam", "Gebruikersnaam", "Startwachtwoord", "Toestel"]] + [
    ["1D", fn(h), K[h].mail, startpw(), tag("1D", i + 1)] for i, h in enumerate(_1d)]
M("accounts-1d-xlsx", A("wout"), [A("1d")], "Accounts en toestellen 1D",
  """Hoi Bart,

In bijlage het overzicht van 1D: gebruikersnamen, startwachtwoorden en welk toestel elke leerling krijgt.
Het bestand staat ook op Teams maar daar heb jij nog geen toegang toe.

Wout
""", atts=[("Accounts_1D.xlsx", xlsx(rows))], rules=["password"], about=_1d,
  note="xlsx attachment with start passwords and device tags of class 1D")

pw = startpw()
M("welkomstbrief-docx-mohamed", A("helpdesk"), [pp("mohamed")], "Welkomstbrief en schoolaccount Mohamed",
  """Beste ouder,

Mohamed is bij ons gestart na de herfstvakantie. In bijlage vindt u de welkomstbrief van de ICT-dienst met
zijn aanmeldgegevens en de eerste stappen op de laptop.

Vriendelijke groeten,
Helpdesk ICT
""", atts=[("Welkomstbrief_Mohamed_Azzouzi.docx", docx([
    "Welkom op het Sint-Pieterscollege, campus Aarschot!",
    "Leerling: Mohamed Azzouzi, klas 1D",
    "Gebruikersnaam: " + K["mohamed"].mail,
    "Startwachtwoord: " + pw,
    "Meld je aan op de laptop met deze gegevens en kies een nieuw wachtwoord van minstens 12 tekens.",
    "Helpdesk ICT - lokaal B.012"]))], rules=["password"], about=["mohamed"],
  note="docx welcome letter with the pupil's start password")

pw = startpw()
M("accountbrief-pdf-wolf", A("helpdesk"), [pp("wolf")], "Aanmeldgegevens Wolf",
  """Beste mevrouw Timmermans,

Zoals gevraagd opnieuw de accountbrief van Wolf, als pdf.

Vriendelijke groeten,
Helpdesk ICT
""", atts=[("Accountbrief_Wolf_Timmermans.pdf", pdf([
    "Sint-Pieterscollege - campus Aarschot - ICT", "", "Accountbrief", "Leerling: Wolf Timmermans (1B)",
    "Gebruikersnaam: " + K["wolf"].mail, "Wachtwoord: " + pw, "",
    "Wijzig dit wachtwoord bij de eerste aanmelding."]))], rules=["password"], about=["wolf"],
  note="pdf attachment with a pupil's login and password")

M("intune-dem-account", A("kme"), [A("info")], "account om laptops in te schrijven",
  """Tom,

Voor de herinschrijving van de leenlaptops in Intune kan je het DEM-account gebruiken:

dem.aarschot@lksd.ksleuven.be
ww: Enr0ll!Aarschot#7

Na de inschrijving de laptop wel even herstarten zodat het juiste profiel binnenkomt.

Koen
""", rules=["password"], note="device enrollment account credentials to a colleague")

M("kluiscode-reservelaptops", A("dir"), [A("secr")], "kluis reservelaptops",
  """Ingrid,

Ik ben morgen de hele dag op de directievergadering in Leuven. Als er een leerling een reservelaptop nodig
heeft: ze liggen in de kluis in mijn bureau. De code is 7-3-9-1-5, daarna de sleutel een kwartslag.

Noteer aub wie welke laptop meekreeg in het register.

Hilde
""", rules=["password"], note="safe code of the cabinet with spare laptops")

M("gedeelde-mailbox-helpdesk", A("ict"), [A("wout")], "wachtwoord helpdesk-mailbox",
  """Wout,

De gedeelde mailbox helpdesk@ is nog niet aan jouw account gekoppeld (Microsoft doet er soms een dag over).
In tussentijd kan je rechtstreeks aanmelden:

helpdesk@spc.ksleuven.be
wachtwoord: Hlpd3sk-Aarsch0t-2024

Koen
""", rules=["password"], note="password of the shared helpdesk mailbox")

M("tap-code-yusuf", A("helpdesk"), [pp("yusuf")], "Tijdelijke toegangscode voor Yusuf",
  """Beste mevrouw Yilmaz,

Yusuf is zijn gsm met de Authenticator-app kwijt en kan zich daardoor niet meer aanmelden. We hebben een
tijdelijke toegangspas aangemaakt waarmee hij de app op zijn nieuwe toestel kan instellen:

Tijdelijke toegangspas: 7kP#2mQx-h4
Geldig tot vandaag 20u00, eenmalig te gebruiken.

Vriendelijke groeten,
Helpdesk ICT
""", rules=["password"], about=["yusuf"], note="temporary access pass (one-time sign-in code) sent to the parent")

M("fw-wachtwoord-naar-prive", A("1b"), [A("p_1b")], "FW: Uw nieuw wachtwoord Smartschool",
  """

-----Oorspronkelijk bericht-----
Van: Smartschool <noreply@smartschool.be>
Verzonden: woensdag 11 september 2024 21:47
Aan: Pieter Van Looy <pieter.vanlooy@sintpieterscollege.be>
Onderwerp: Uw nieuw wachtwoord Smartschool

Beste Pieter Van Looy,

Uw wachtwoord werd opnieuw ingesteld door de beheerder.
Nieuw wachtwoord: Ql8-Vmz4-rr
""", fwd=True, rules=["password", "private_account"],
  note="staff member forwards a school mail with his new password to his own hotmail address")

M("wachtwoord-cp1252-lucas", A("1d"), [pp("lucas")], "Wachtwoord Lucas opnieuw ingesteld",
  """Beste mevrouw Van Rompaey,

Lucas' wachtwoord werd vandaag op zijn vraag opnieuw ingesteld. Het tijdelijke wachtwoord is: Zonnebloem-93

Hij moet het bij de eerste aanmelding zelf veranderen – best één dat hij niet vergeet ;-)

Met vriendelijke groeten,
Bart Theys
klassenleraar 1D
""", charset="windows-1252", cte="quoted-printable", rules=["password"], about=["lucas"],
  note="temporary password in a windows-1252 quoted-printable body")

pw = startpw()
M("wachtwoord-base64-marie", A("helpdesk"), [pp("marie")], "Schoolaccount Marie",
  f"""Beste meneer Van Damme,

Het account van Marie werd heractiveerd na haar afwezigheid.

Gebruikersnaam: {K['marie'].mail}
Wachtwoord: {pw}

Vriendelijke groeten,
Helpdesk ICT
""", cte="base64", rules=["password"], about=["marie"], note="start password in a base64-encoded plain body")

M("account-login-oliver", A("helpdesk"), [pp("oliver")], "Oliver's school account",
  f"""Dear Mrs Smith,

As promised on the phone, here are Oliver's login details for his laptop, Microsoft 365 and Smartschool:

Username: {K['oliver'].mail}
Temporary password: Harbour-Lime-62

He will be asked to choose his own password at first sign-in. The Dutch instructions are in his school diary;
let us know if you would like an English version.

Kind regards,
ICT Helpdesk
Sint-Pieterscollege Aarschot
""", lang="en", rules=["password"], about=["oliver"], note="English mail with a pupil's temporary password")

M("wachtwoord-in-onderwerp-lina", A("1b"), [K["lina"].mail], "Nieuw wachtwoord Lina: Appel-Boom-77",
  """Lina, zie onderwerp. Meteen veranderen als je binnen bent!
Mr. Van Looy
""", rules=["password"], about=["lina"], note="password carried in the subject line")

M("wifi-psk-leerlingennetwerk", A("ict"), [A("net")], "Configuratie SSID SPC-Leerling",
  """Goedemorgen,

Voor de nieuwe access points in blok C graag dezelfde configuratie als in blok B:

SSID: SPC-Leerling
Beveiliging: WPA2-Personal (tijdelijk, tot de certificaten klaar zijn)
PSK: Hag3land-Leer!ng-24
VLAN: 120

Alvast bedankt,
Koen Mertens
ICT-coördinator
""", rules=["password"], note="Wi-Fi pre-shared key of the pupils' network to the network partner")

M("alarmcode-zaterdag-technieker", A("dir"), [A("alarm")], "Installatie laadkasten zaterdag 21/9",
  f"""Beste,

Uw technieker komt zaterdag de laadkasten in blok B installeren. De sleutel van de zijingang hangt in het
sleutelkluisje naast de deur (code 4062). Het alarm schakelt u uit met code 2580 gevolgd door #.

Graag bij vertrek het alarm opnieuw inschakelen.

Hilde Vanhoof
directeur
T {TEL_SCHOOL}
""", rules=["password", "personal_data"], tags=["phone"],
  note="alarm code and key-safe code for an external technician; school phone in signature")

M("zip-wachtwoord-apart", A("boek"), [A("lease")], "wachtwoord bestand contracten",
  """Dag Jeroen,

Zoals afgesproken in een aparte mail het wachtwoord van het zip-bestand met de getekende contracten:

Lksd!Lease2024

Groeten,
Marc Luyten
boekhouding
""", rules=["password"], note="password of an encrypted zip file sent in a separate mail")

_loc = ["kobe", "fien", "adamb", "nora"]
rows = [(fn(h), tag("1A", i + 3), serial(h), bitlocker_key("1a" + h)) for i, h in enumerate(_loc)]
M("toestellen-1a-bitlocker-html", A("wout"), [A("1a")], "Laptops 1A die vastzitten op BitLocker", None,
  html=outlook_html(paras("Hoi An,\n\nNa de update van vrijdag vragen vier laptops van jouw klas een herstelsleutel. "
                          "Als je ze in het eerste uur laat opstarten, kunnen de leerlingen de sleutel zelf intypen:")
                    + "\n" + table_html(["Leerling", "Toestel", "Serienummer", "Herstelsleutel"], rows)
                    + "\n" + paras("Lukt het niet, stuur ze dan naar B.012.\n\nWout")),
  rules=["password"], about=_loc, tags=["table"],
  note="html table with device serials and BitLocker recovery keys of four pupils")

# --------------------------------------------------------------------------------------------
# 2. look-alikes of credentials (15)
# --------------------------------------------------------------------------------------------
M("wachtwoord-wijzigen-stappen-vic", A("helpdesk"), [pp("vic")], "Re: Vic wil zijn wachtwoord veranderen",
  """Beste mevrouw Stevens,

Vic kan zijn wachtwoord zelf wijzigen, daar is geen tussenkomst van de school voor nodig:

1. Op de laptop: Ctrl + Alt + Delete en kies "Wachtwoord wijzigen".
2. Typ eerst het huidige wachtwoord en daarna twee keer het nieuwe.
3. Het nieuwe wachtwoord geldt meteen ook voor Teams, OneDrive en Smartschool.

Is hij zijn huidige wachtwoord vergeten, dan kan hij tijdens de middagpauze langskomen bij de helpdesk in
B.012. We sturen nooit wachtwoorden via mail.

Vriendelijke groeten,
Helpdesk ICT

> Goedemiddag, hoe kan Vic zijn wachtwoord veranderen? Hij denkt dat een klasgenoot het weet.
> Ilse Stevens
""", reply=True, about=["vic"], note="look-alike: how to change a password, no password in the mail")

M("fw-wachtwoord-verloopt-phishing", A("1a"), [A("helpdesk")], "FW: Uw wachtwoord verloopt over 3 dagen",
  """Is dit echt of phishing? De link ziet er raar uit. Ik heb er niet op geklikt.
An

-----Oorspronkelijk bericht-----
Van: Microsoft 365 Beheer <it-support@m365-accountcheck.com>
Verzonden: donderdag 12 september 2024 07:58
Aan: an.devos@sintpieterscollege.be
Onderwerp: Uw wachtwoord verloopt over 3 dagen

Uw wachtwoord voor an.devos@sintpieterscollege.be verloopt over 3 dagen.
Klik hier om uw huidige wachtwoord te behouden: http://m365-accountcheck.com/keep
""", fwd=True, note="look-alike: 'password expires' notice (phishing) forwarded to the helpdesk, no secret")

rows = [(tag("1A", i), serial("s1a%d" % i), "EL-24-AAR-%06d" % (4400 + i), "HP ProBook x360 11 G9") for i in range(1, 13)]
M("serienummers-1a-leasing", A("wout"), [A("lease")], "Leveringsbon 1A - serienummers", None,
  html=outlook_html(paras("Dag Jeroen,\n\nHierbij de serienummers en inventarisnummers van de twaalf toestellen die "
                          "maandag geleverd werden voor 1A, met het contractnummer per toestel:")
                    + "\n" + table_html(["Inventarisnr.", "Serienummer", "Contractnummer", "Model"], rows)
                    + "\n" + paras("Kan u bevestigen dat ze zo in jullie systeem staan?\n\nWout Janssens\nICT-ondersteuning")),
  tags=["table"], note="look-alike: asset tags, serial numbers and lease contract numbers, nothing that opens anything")

M("ticket-nummer-opvolging-ferre", A("helpdesk"), [K["ferre"].mail], "[Ticket #INC-2024-1187] Scharnier laptop",
  """Dag Ferre,

We hebben je melding goed ontvangen onder ticketnummer INC-2024-1187. Het scharnier van je laptop wordt
vervangen door PCfix; de herstelling duurt ongeveer een week. Je krijgt intussen een leenlaptop
(inventarisnummer LN-AAR-004).

Vermeld het ticketnummer als je ons nog iets wil vragen.

Helpdesk ICT
""", about=["ferre"], note="look-alike: ticket number and asset tag in a helpdesk mail to a pupil")

M("contractnummer-bevestiging-staf", A("boek"), [pp("staf")], "Bevestiging leasecontract EL-24-AAR-004517",
  f"""Beste mevrouw Geens,

Wij bevestigen de ontvangst van het ondertekende leasecontract voor de laptop van Staf. EduLease heeft het
contract geregistreerd.

Contractnummer: EL-24-AAR-004517
Toestel: HP ProBook x360 11 G9, serienummer {serial('staf')}
Maandelijkse termijn: 14,50 euro, via de schoolrekening
Gestructureerde mededeling voor de waarborg: {ogm(2409170451)}

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", about=["staf"],
  note="look-alike: contract number, serial and payment reference in a normal confirmation to the parent")

macs = [":".join("%02X" % random.Random("mac%d%d" % (i, j)).randint(0, 255) for j in range(6)) for i in range(8)]
devtxt = "Apparaatnaam\tSerienummer\tWi-Fi MAC-adres\tBesturingssysteem\tLaatste synchronisatie\r\n" + "".join(
    "LN-AAR-%03d\t%s\t%s\tWindows 11 Education 23H2\t2024-10-0%d 07:%02d\r\n" % (i + 1, serial("ln%d" % i), m, 1 + i % 7, 10 + i)
    for i, m in enumerate(macs))
M("mac-adressen-whitelist", A("ict"), [A("net")], "MAC-adressen leenlaptops toevoegen",
  "Goedemiddag,\n\nGraag de MAC-adressen van de acht leenlaptops toevoegen aan de whitelist van VLAN 120. In bijlage\n"
  "de export uit ons beheerportaal (tab-gescheiden).\n\nAlvast bedankt,\nKoen Mertens\n",
  atts=[("export_apparaten_leenlaptops.txt", devtxt.encode("utf-8"))],
  note="look-alike: .txt export from the device manager with serials and MAC addresses, nothing that opens anything")

M("teams-uitnodiging-infoavond-leasing", A("dir"), [A("lease")], "Voorbereiding infoavond laptops",
  """Beste Jeroen,

Graag overlopen we samen de presentatie voor de infoavond van 19 september.

________________________________________________________________________________
Microsoft Teams-vergadering
Neem deel op uw computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergaderings-id: 381 552 904 117
Wachtwoordcode: x9TqA3
________________________________________________________________________________

Hilde Vanhoof
directeur
""", note="look-alike: meeting invitation with its passcode (allowed by default)")

M("klascode-teams-1c", A("1c"), [A("info")], "team 1C informatica",
  """Tom,

Ik heb het team voor 1C aangemaakt, jij bent mede-eigenaar. De leerlingen kunnen zelf aansluiten met de
teamcode k7x2pqd (Teams > Team aansluiten > Deelnemen met een code). De cursuscode op Smartschool is
INF-1C-2425.

Yasmina
""", note="look-alike: Teams join code and course code, nothing secret")

M("bestelling-laders", A("ict"), [A("vendor")], "Order PO-2024-0917 - spare chargers",
  """Hi Mark,

Please find our order for spare parts:

PO number: PO-2024-0917
Quote reference: NB-Q-88412
40 x 65W USB-C charger, part no. 6P0A9AA
15 x stylus pen, part no. 3J122AA

Delivery address: Sint-Pieterscollege, campus Aarschot, attn. ICT (room B.012).

Kind regards,
Koen Mertens
""", lang="en", note="look-alike: order, quote and part numbers")

M("lokalen-uitdeling-laptops", A("secr"), [A("1a"), A("1b"), A("1c"), A("1d")], "uitdeling laptops donderdag - lokalen",
  """Beste klassenleraars,

De uitdeling donderdag gebeurt per klas in deze lokalen:

1A  8u30   B.014
1B  9u20   B.014
1C  10u25  B.016
1D  11u15  B.016

De laptops liggen klaar per klas, genummerd LT-AAR-1A-001 tot LT-AAR-1D-024.

Ingrid
""", note="look-alike: room numbers and device numbers; four single colleagues in To are fine")

M("geen-wachtwoord-per-mail-jules", A("helpdesk"), [pp("jules")], "Re: wachtwoord Jules",
  """Beste meneer Cornelis,

Om veiligheidsredenen sturen we geen wachtwoorden per mail, ook niet naar ouders. Jules kan morgen tijdens de
middagpauze langskomen bij de helpdesk (lokaal B.012), dan stellen we samen met hem een nieuw wachtwoord in.

Vriendelijke groeten,
Helpdesk ICT

> Kunnen jullie het nieuwe wachtwoord van Jules naar mij mailen? Hij is het weer vergeten.
""", reply=True, about=["jules"], note="look-alike: refusal to mail a password, 'ask the helpdesk'")

M("service-tag-herstelling", A("wout"), [A("repairsvc")], "RMA aanvraag 3 toestellen",
  """Goedemorgen,

Graag een herstelling voor volgende toestellen (garantie loopt tot augustus 2027):

LT-AAR-1B-007  S/N 5CD4312KQW  toetsenbord reageert niet
LT-AAR-1C-019  S/N 5CD4318TRM  scherm flikkert
LT-AAR-1D-002  S/N 5CD4309BXP  laadpoort los

Onze interne tickets: INC-2024-1203, INC-2024-1207, INC-2024-1211.

Wout Janssens
""", note="look-alike: serial numbers, asset tags and ticket numbers")

rows = [("F24-10-0031", "sep 2024", "1A-1D, 86 toestellen", "1.247,00", "betaald"),
        ("F24-10-0032", "okt 2024", "1A-1D, 86 toestellen", "1.247,00", "betaald"),
        ("CN24-0007", "creditnota", "2 toestellen retour", "-29,00", "verrekend")]
M("facturen-overzicht-html", A("boek"), [A("lease")], "Overzicht facturen eerste trimester", None,
  html=outlook_html(paras("Dag Jeroen,\n\nVoor onze afstemming: dit zijn de facturen die wij geboekt hebben.")
                    + "\n" + table_html(["Factuurnr.", "Periode", "Omschrijving", "Bedrag (EUR)", "Status"], rows)
                    + "\n" + paras("Klopt dit met jullie overzicht?\n\nMarc Luyten\nboekhouding")),
  tags=["table"], note="look-alike: invoice and credit-note numbers in an html table")

M("wachtwoordbeleid-uitleg-collega", A("ict"), [A("1a")], "Re: waarom moeten de leerlingen zo'n lang wachtwoord?",
  """Dag An,

Goede vraag. Sinds dit schooljaar vraagt Microsoft 365 voor de leerlingen minstens 12 tekens. Een lange
zin van een paar woorden is veiliger en makkelijker te onthouden dan een kort wachtwoord met rare tekens.
Het wachtwoord verloopt niet meer elk jaar, enkel als we vermoeden dat het gelekt is.

Laat de leerlingen het vooral niet delen met vrienden en niet noteren in hun agenda.

Koen
""", reply=True, note="look-alike: explanation of the password policy without any password")

M("zoom-overleg-eerste-graad", A("zorg"), [A("clb")], "Overleg eerste graad 8 oktober",
  """Dag Eva,

Hierbij de link voor ons trimestrieel overleg over de werking in de eerste graad (geen individuele
leerlingen, die bespreken we op het MDO).

Zoom-vergadering
https://zoom.us/j/84215530921?pwd=dVNqL2ZkT0xHcnBaRkJxQT09
Meeting-ID: 842 1553 0921
Toegangscode: 551204

Tot dan,
Nathalie Bosmans
zorgcoördinator
""", note="look-alike: video meeting link with passcode, part of an invitation")

# --------------------------------------------------------------------------------------------
# 3. sensitive (40)
# --------------------------------------------------------------------------------------------
M("achterstand-lease-lotte", A("boek"), [pp("lore", 2)], "Openstaande leasetermijnen laptop Lotte",
  """Beste heer Peeters,

Bij de controle van de leasebetalingen stellen we vast dat voor de laptop van Lotte (1A) de termijnen van
september, oktober en november nog openstaan (3 x 14,50 euro = 43,50 euro).

We begrijpen dat het financieel soms moeilijk kan zijn. Als u dat wenst, kunnen we een afbetalingsplan
afspreken; neem daarvoor gerust contact op met de boekhouding.

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", rules=["sensitive", "recipient"], cats=["financial"], about=["lotte"], mis=True,
  note="lease arrears of Lotte Peeters (1A) sent to the father of Lore Peeters (1C): same surname, other family")

ASS_BODY = """Beste mevrouw,

Zoals afgesproken op het MDO van dinsdag hebben we de laptop van Mila aangepast aan wat zij nodig heeft
vanuit haar autismespectrumstoornis:

- meldingen van Teams en Outlook staan uit tijdens de lessen (focusmodus van 8u25 tot 15u55)
- ze mag in elke les haar koptelefoon met ruisonderdrukking gebruiken
- het bureaublad is vereenvoudigd: enkel de apps die ze nodig heeft
- wijzigingen in het lessenrooster krijgt ze de avond voordien via Smartschool

Deze afspraken staan ook in haar handelingsplan. We evalueren na de herfstvakantie.

Vriendelijke groeten,
Nathalie Bosmans
zorgcoördinator
"""
M("aanpassingen-ass-mila", A("zorg"), [pp("finn")], "Afspraken laptop Mila", ASS_BODY.replace(
    "vanuit haar", "(Mila Vandenberghe, 1A) vanuit haar"),
  rules=["sensitive", "recipient"], cats=["care"], about=["mila"], mis=True,
  note="autism adjustments for Mila Vandenberghe sent to sarah.dewachter (Finn's mother) instead of sarah.dewit: autocomplete")

M("aanpassingen-ass-mila-correct", A("zorg"), [pp("mila")], "Afspraken laptop Mila", ASS_BODY,
  rules=["sensitive"], cats=["care"], about=["mila"],
  note="autism adjustments for Mila sent to her own mother")

M("motorische-beperking-ella", A("ict"), [pp("ellas")], "Instellingen laptop Ella",
  """Beste mevrouw,

Voor Ella Goossens (1B) hebben we de laptop aangepast voor haar motorische beperking (cerebrale parese,
vooral de rechterhand):

- een grote trackball in plaats van het touchpad
- plaktoetsen en een tragere dubbelklik
- dicteren in Word en OneNote (Windows-toets + H)

Op woensdagnamiddag heeft ze kinesitherapie; dan laat ze de laptop in de laadkast.

Groeten,
Koen Mertens
ICT-coördinator
""", rules=["sensitive", "recipient"], cats=["medical", "care"], about=["ellag"], mis=True,
  note="medical condition and adjustments of Ella Goossens sent to the mother of Ella Smets")

M("sociaal-tarief-adam", A("boek"), [pp("adamb")], "Re: verminderd tarief laptop Adam",
  """Beste mevrouw,

Bedankt voor het attest van het OCMW. Omdat het gezin van Adam El Amrani (1C) begeleid wordt door de sociale
dienst, betaalt u vanaf oktober het sociaal tarief van 5 euro per maand in plaats van 14,50 euro. Het OCMW
betaalt het verschil rechtstreeks aan de school.

Met vriendelijke groeten,
Marc Luyten
boekhouding

> Goedemiddag, wanneer krijgt Adam zijn laptop? Hij was afwezig bij de uitdeling. Mvg
""", reply=True, rules=["sensitive", "recipient"], cats=["financial"], about=["adame"], mis=True,
  note="OCMW support and reduced rate of Adam El Amrani sent to the mother of Adam Bouzid (reply in the wrong thread)")

M("cyberpesten-nora", A("llb"), [pp("noraa")], "Incident groepschat - Nora",
  """Beste heer,

Zoals telefonisch besproken: Nora Aerts uit 1A werd de voorbije twee weken in een groepschat van de klas op
Teams uitgelachen en bedreigd. De leerlingen die de berichten stuurden, zijn gehoord en kregen een sanctie
(twee middagen nablijven en een herstelgesprek).

We volgen Nora de komende weken op met een wekelijks gesprek bij de leerlingenbegeleiding.

Met vriendelijke groeten,
Sofie Heylen
leerlingenbegeleider eerste graad
""", rules=["sensitive", "recipient"], cats=["psychosocial"], about=["nora"], mis=True,
  note="bullying of Nora Aerts (1A) sent to the father of Nora Aertsen (1C)")

M("laptop-co-ouderschap-sem", A("1b"), [pp("semh")], "laptop Sem - afspraak week/weekend",
  """Beste ouders,

Ik heb de afspraak genoteerd: sinds de scheiding verblijft Sem Hermans tijdens de week bij mama, en in het
weekend om de twee weken bij papa. De laptop blijft in de week bij mama; volgens de afspraak bij de
vrederechter mag papa geen toegang krijgen tot Sems schoolaccount.

Ik laat het ook aan de collega's weten.

Pieter Van Looy
klassenleraar 1B
""", rules=["sensitive", "recipient"], cats=["family"], about=["sem"], mis=True,
  note="custody arrangement of Sem Hermans (1B) sent to the family of Sem Hendrickx (1D)")

M("ergotherapeut-ella", A("zorg"), [A("ergo")], "Advies toetsenbord en software Ella Goossens",
  """Dag Katrien,

Mevrouw Goossens gaf me uw adres. Ella (1B) gebruikt sinds september een laptop op school. Door haar
cerebrale parese werkt ze vooral met de linkerhand en wordt ze snel moe bij langere schrijfopdrachten.

Zou u willen meedenken welk toetsenbord (eenhandig? groot?) en welke software (woordvoorspelling,
dicteren) het best past? We nemen uw advies op in haar handelingsplan en de redelijke aanpassingen.

Vriendelijke groeten,
Nathalie Bosmans
zorgcoördinator
""", rules=["sensitive"], cats=["medical", "care"], about=["ellag"],
  note="pupil's medical condition and care plan shared with an external occupational therapist")

arrears = [("lotte", 3, "43,50"), ("rayan", 2, "29,00"), ("lucas", 2, "29,00"), ("fien", 4, "58,00"),
           ("lowie", 3, "43,50"), ("bilal", 5, "72,50")]
rows = [(fn(h), K[h].klas, "EL-24-AAR-%06d" % (4500 + i), n, amt) for i, (h, n, amt) in enumerate(arrears)]
M("achterstallige-termijnen-overzicht", A("boek"), [A("leaseinv")], "Achterstallige termijnen eerste jaar - stand 31/10", None,
  html=outlook_html(paras("Dag collega's,\n\nHieronder de gezinnen met achterstallige termijnen. Voor de gezinnen "
                          "met een afbetalingsplan vragen we uitstel van de invordering.")
                    + "\n" + table_html(["Leerling", "Klas", "Contract", "Open termijnen", "Bedrag (EUR)"], rows)
                    + "\n" + paras("Fien Claes en Bilal Chaouch hebben een afbetalingsplan bij de school.\n\n"
                                   "Marc Luyten\nboekhouding")),
  rules=["sensitive"], cats=["financial"], about=[h for h, _, _ in arrears], tags=["table"],
  note="table of named pupils with unpaid lease instalments and payment plans sent to the leasing company")

M("afbetalingsplan-lotte-correct", A("boek"), [pp("lotte")], "Afbetalingsplan laptop Lotte",
  f"""Beste mevrouw Peeters,

Bedankt voor uw telefoontje. Zoals afgesproken betaalt u de drie openstaande termijnen voor de laptop van
Lotte (43,50 euro) gespreid: 14,50 euro extra in december, januari en februari, bovenop de gewone termijn.

Als er iets verandert in uw situatie, laat het ons gerust weten.

Met vriendelijke groeten,
Marc Luyten
boekhouding
T {TEL_SCHOOL}
""", rules=["sensitive", "personal_data"], cats=["financial"], about=["lotte"], tags=["phone"],
  note="payment plan for Lotte's lease sent to her mother; school phone in signature")

M("herinnering-termijnen-zichtbaar", A("boek"), [pp("lucas"), pp("fien"), pp("rayan")],
  "Herinnering: openstaande leasetermijnen",
  """Beste ouders van Lucas, Fien en Rayan,

Volgens onze boekhouding staan er voor de laptop van uw kind nog twee of meer maandtermijnen open. Gelieve
het openstaande bedrag voor 15 november te betalen of contact op te nemen met de boekhouding voor een
afbetalingsplan.

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", rules=["sensitive", "bcc"], cats=["financial"], about=["lucas", "fien", "rayan"], tags=["visible-recipients"],
  note="arrears reminder naming three pupils, three families visible to each other in To")

M("nachtelijk-gebruik-hanne", A("1b"), [pp("hanne")], "Re: wat doet Hanne 's nachts op haar laptop?",
  """Beste mevrouw Michiels,

Bedankt voor uw bezorgde mail. Ik heb met Hanne gepraat. Ze vertelde dat ze 's nachts vaak niet kan slapen
omdat ze piekert over de toetsen en dan op haar laptop filmpjes kijkt om de angst te vergeten. In de klas
merken we dat ze moe is en al twee keer in paniek de klas uit wilde.

Met uw akkoord meld ik haar aan bij het CLB en bij onze leerlingenbegeleider Sofie Heylen. Technisch kan de
helpdesk de laptop tussen 22u en 7u blokkeren; laat maar weten of u dat wil.

Vriendelijke groeten,
Pieter Van Looy
klassenleraar 1B

> Meneer Van Looy, Hanne zit tot 2 uur 's nachts op haar laptop. Kan de school zien wat ze doet?
> Els Michiels
""", reply=True, rules=["sensitive"], cats=["psychosocial", "care"], about=["hanne"],
  note="reply to a parent about night use that reveals anxiety and a CLB referral")

M("verzekering-epilepsie-arthur", A("ict"), [A("insur")], "Schadeaangifte laptop LT-AAR-1A-007",
  f"""Geachte mevrouw Mannaerts,

Hierbij de aangifte voor de schoolpolis (polis 45.221.870):

Verzekerde leerling: Arthur Wuyts, klas 1A, geboortedatum 14/03/2012
Toestel: LT-AAR-1A-007, serienummer {serial('arthur')}
Datum: 24/09/2024, 10u15, lokaal B.106

Omstandigheden: Arthur kreeg in de les een epileptische aanval en viel met zijn laptop van de bank. Het
scherm is gebroken. De ziekenwagen heeft hem naar het ziekenhuis gebracht; hij is intussen weer thuis.

Met vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", rules=["sensitive", "personal_data"], cats=["medical"], about=["arthur"],
  note="insurance claim naming the pupil with his epileptic seizure and date of birth")

M("incident-laptop-gegooid-milan", A("1a"), [pp("milan")], "Incident in de les wiskunde - Milan",
  """Beste meneer Dierckx,

Milan heeft vandaag in de les wiskunde in een woedeaanval zijn laptop naar een klasgenoot gegooid. Er is
niemand gekwetst, maar het scherm van de laptop is stuk.

Milan krijgt donderdagnamiddag strafstudie en we bekijken met de leerlingenbegeleiding hoe we hem leren
omgaan met zijn boosheid. De herstelling (franchise 50 euro) valt niet onder de verzekering omdat de schade
opzettelijk was.

Met vriendelijke groeten,
An Devos
klassenleraar 1A
""", rules=["sensitive"], cats=["psychosocial"], about=["milan"],
  note="behaviour incident with a sanction, sent to the pupil's father")

M("laptop-bij-vader-na-scheiding-julie", A("ict"), [A("leasekd")], "Tweede toestel voor contract EL-24-AAR-004588?",
  """Goedemiddag,

Voor het contract van Julie Verbeeck (1C): na de scheiding van de ouders is de laptop bij de vader gebleven.
Er loopt nog een procedure bij de familierechtbank over het verblijf, en de moeder krijgt het toestel voorlopig
niet terug. Julie zit daardoor al twee weken zonder laptop op school.

Kunnen we tijdelijk een tweede toestel op hetzelfde contract zetten? De school neemt de kosten van de eerste
maand op zich.

Koen Mertens
ICT-coördinator
""", rules=["sensitive"], cats=["family"], about=["julie"],
  note="divorce and custody procedure of a named pupil shared with the leasing company")

dys = ["rayan", "elias", "noor", "sien"]
M("licenties-dyslexiesoftware", A("zorg"), [A("leessoft")], "Licenties voorleessoftware eerste jaar",
  "Goedemorgen,\n\nGraag vier bijkomende leerlingenlicenties voor de voorleessoftware, voor leerlingen met een\n"
  "attest dyslexie:\n\n" + "\n".join("- %s (%s) - %s" % (fn(h), K[h].klas, K[h].mail) for h in dys)
  + "\n\nDe factuur mag naar boekhouding@spc.ksleuven.be.\n\nNathalie Bosmans\nzorgcoördinator\n",
  rules=["sensitive"], cats=["care"], about=dys,
  note="list of named pupils with dyslexia sent to a software vendor")

M("clb-adhd-medicatie-warre", A("zorg"), [A("clb")], "Warre Jacobs 1D - laptop en concentratie",
  """Dag Eva,

Warre Jacobs (1D) heeft ADHD en neemt 's morgens om 8u zijn methylfenidaat. In de namiddag lukt het werken op
de laptop bijna niet meer: hij zit op spelletjes en raakt in conflict met de leerkracht.

Kunnen we samen met de ouders bekijken of een aangepaste instelling (enkel de schoolapps na 13u) en een
aanpassing van het tijdstip van de medicatie zinvol zijn? De moeder staat open voor een gesprek.

Groeten,
Nathalie
""", rules=["sensitive"], cats=["care", "medical"], about=["warre"],
  note="ADHD diagnosis and medication of a named pupil discussed with the CLB")

M("schooltoeslag-verminderd-tarief-ibrahim", A("boek"), [pp("ibrahim")], "Re: korting laptop Ibrahim",
  """Beste mevrouw Özdemir,

U komt inderdaad in aanmerking voor het verminderd tarief: omdat u voor Ibrahim een schooltoeslag van het
Groeipakket ontvangt, betaalt u 7 euro per maand in plaats van 14,50 euro. Het bewijs van de schooltoeslag
dat u meestuurde is voldoende. De aanpassing gebeurt vanaf de rekening van november.

Met vriendelijke groeten,
Marc Luyten
boekhouding

> Goede dag, wij krijgen schooltoeslag voor Ibrahim. Is er korting voor de laptop? Dank u.
""", reply=True, rules=["sensitive"], cats=["financial"], about=["ibrahim"],
  note="school allowance and reduced rate of a named pupil, to the pupil's mother")

M("vader-gevangenis-contract-bilal", A("boek"), [A("leasekd")], "Contract Bilal Chaouch - ondertekening",
  """Goedemiddag,

Het contract voor de laptop van Bilal Chaouch (1A) staat op naam van beide ouders. De vader zit momenteel in
de gevangenis en kan niet tekenen. Kan het contract enkel op naam van de moeder, mevrouw Nadia Chaouch,
opgemaakt worden?

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", rules=["sensitive"], cats=["family"], about=["bilal"],
  note="parent in prison, shared with the leasing company")

M("pleeggezin-levering-tibo", A("ict"), [A("pleeg")], "Laptop Tibo Geerts - levering en contract",
  """Beste begeleider,

Tibo Geerts (1A) verblijft sinds augustus in het pleeggezin van mevrouw Van Laer. De laptop kan met de
klas worden meegegeven; het leasecontract moet wel ondertekend worden door wie het ouderlijk gezag heeft.
Kunt u ons laten weten of dat de pleegmoeder of de ouders zijn, of dat de dienst zelf tekent?

Met vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", rules=["sensitive"], cats=["family"], about=["tibo"],
  note="foster placement of a named pupil")

M("overlijden-vader-seppe", A("boek"), [pp("seppe")], "Leasetermijnen Seppe",
  """Beste mevrouw Nijs,

Namens de hele school nogmaals ons oprecht medeleven met het overlijden van uw man.

U hoeft zich de komende maanden geen zorgen te maken over de laptop van Seppe: de termijnen van november,
december en januari worden uitgesteld, zonder kosten. Daarna bekijken we samen wat haalbaar is; als u een
tussenkomst van het solidariteitsfonds van de school wil aanvragen, help ik u daar graag bij.

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", rules=["sensitive"], cats=["family", "financial"], about=["seppe"],
  note="death of a parent and deferred payments")

M("filtermelding-zelfverwonding-febe", A("ict"), [A("zorg")], "Melding webfilter laptop Febe Coppens",
  """Nathalie,

De webfilter gaf vannacht een melding voor de laptop van Febe Coppens (1A): tussen 23u en 1u zocht ze
herhaaldelijk naar manieren van zelfverwonding en of je littekens kan verbergen. Ik heb niets
geblokkeerd of met haar besproken, dat laat ik aan jullie.

Kan jij of Sofie dit vandaag opnemen?

Koen
""", cc=[A("llb")], rules=["sensitive"], cats=["psychosocial"], about=["febe"],
  note="self-harm signal about a named pupil in an internal mail")

M("visuele-beperking-louise", A("zorg"), [A("ict")], "Louise Desmedt - vergroting op de laptop",
  """Koen,

Louise Desmedt (1C) heeft een visuele beperking (nystagmus en een sterk verminderd gezichtsvermogen). Het
revalidatiecentrum adviseert vergrotingssoftware, een contrastrijk thema en een extra scherm van 24 inch
in de lokalen waar ze vaak zit.

Kan je dat installeren voor de herfstvakantie? Het staat in haar handelingsplan.

Nathalie
""", rules=["sensitive"], cats=["medical", "care"], about=["louise"],
  note="visual impairment and care plan of a named pupil")

M("diabetes-app-maya", A("ict"), [pp("maya")], "App voor de glucosesensor van Maya",
  """Beste meneer Vos,

We hebben de app van Maya's glucosesensor toegelaten op het schoolnetwerk, zodat haar telefoon tijdens de
les verbonden blijft. De leerkrachten weten dat Maya diabetes type 1 heeft en haar telefoon altijd bij zich
mag hebben; bij een alarm mag ze zonder vragen de klas verlaten.

Met vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", rules=["sensitive"], cats=["medical"], about=["maya"],
  note="pupil's diabetes, to her father")

M("angst-laptop-meenemen-sien", A("1d"), [pp("sien")], "Sien en haar laptop",
  """Beste meneer Luyckx,

Sien liet de voorbije week haar laptop elke dag thuis. Toen ik het haar vroeg, begon ze te huilen: ze is
bang dat klasgenoten opnieuw foto's van haar scherm nemen en die rondsturen, en ze heeft deze week twee keer
een paniekaanval gehad op de speelplaats.

Ik zou graag samen met u en de leerlingenbegeleiding een gesprek plannen. Past maandag na 16u?

Vriendelijke groeten,
Bart Theys
klassenleraar 1D
""", rules=["sensitive"], cats=["psychosocial"], about=["sien"],
  note="anxiety, panic attacks and mocking of a named pupil, to her father")

M("account-gehackt-jayden", A("llb"), [pp("jayden")], "Misbruik account klasgenoot",
  """Beste mevrouw Leys,

We moeten u helaas melden dat Jayden met het wachtwoord van een klasgenoot heeft ingelogd op diens account
en vanuit dat account beledigende berichten naar andere leerlingen heeft gestuurd.

Als sanctie mag Jayden twee weken de laptop enkel in de les gebruiken onder toezicht, en volgt er een
herstelgesprek met de betrokken klasgenoot. Bij herhaling volgt een tuchtprocedure.

Met vriendelijke groeten,
Sofie Heylen
leerlingenbegeleider
""", rules=["sensitive"], cats=["psychosocial"], about=["jayden"],
  note="behaviour incident with consequences (account misuse), to the parent; mentions a password without giving one")

M("politie-filmpjes-robbe", A("dir"), [A("police")], "Uw PV - beelden leerling 1D",
  f"""Beste inspecteur,

Naar aanleiding van ons gesprek van vanmorgen: Robbe Van Dyck (1D) heeft met de webcam van zijn laptop
beelden gemaakt van klasgenoten in de kleedkamer van de sporthal en die in een groepschat gedeeld. De laptop
(LT-AAR-1D-011) wordt op school bewaard tot u hem komt ophalen. De ouders zijn op de hoogte; Robbe is
preventief geschorst tot vrijdag.

U kunt mij rechtstreeks bereiken op {TEL_SCHOOL}.

Hilde Vanhoof
directeur
""", rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["robbe"], tags=["phone"],
  note="police case and suspension of a named pupil; school phone in the text")

mdo = ["mats", "warre", "seppe", "amina", "hanne"]
M("mdo-verslag-eerste-jaar", A("zorg"), [A("1a"), A("1b"), A("1c"), A("1d")], "Verslag MDO eerste jaar 15/10",
  """Beste klassenleraars,

Hieronder het verslag van het MDO, zoals ik het in Word had genoteerd. Graag vertrouwelijk behandelen.

VERSLAG MDO EERSTE JAAR – 15 oktober 2024
Aanwezig: N. Bosmans, S. Heylen, E. Lambrechts (CLB), klassenleraars 1A–1D

1. Mats Verstraeten (1C)
   • ASS-diagnose bevestigd door het CLB; gemotiveerd verslag in opmaak.
   • Laptop: meldingen uit, vaste plaats, koptelefoon.
2. Warre Jacobs (1D)
   • ADHD, medicatie ’s morgens; conflicten in de namiddag.
   • Voorstel: na 13u enkel schoolapps.
3. Seppe Nijs (1B)
   • Vader overleden op 2 oktober. Rouwbegeleiding via CLB aangeboden.
   • Leasetermijnen uitgesteld (boekhouding).
4. Amina Diallo (1C)
   • Woont bij haar tante; OCMW betaalt de laptop en de schoolrekening.
5. Hanne Michiels (1B)
   • Angst en slaapproblemen; aangemeld bij CLB. Laptop ’s nachts geblokkeerd op vraag van mama.

Volgend MDO: 19 november.

Nathalie Bosmans
zorgcoördinator
""", charset="windows-1252", cte="quoted-printable",
  rules=["sensitive"], cats=["care", "medical", "family", "financial", "psychosocial"], about=mdo,
  tags=["long-note"], note="MDO minutes pasted from Word: diagnoses, bereavement, OCMW support, anxiety of five pupils")

M("ocmw-refugee-amina", A("ict"), [A("vendor")], "Donated device for a pupil",
  """Hi Mark,

You mentioned that Northbridge has a programme for donated refurbished devices. We have a first-year pupil,
Amina Diallo (1C), who came to Belgium last year without her parents and now lives with her aunt. The OCMW
pays her school costs, but the lease is not covered.

Could she qualify for one of your donated laptops?

Kind regards,
Koen Mertens
ICT coordinator
""", lang="en", rules=["sensitive"], cats=["family", "financial"], about=["amina"],
  note="English mail: pupil living without her parents, OCMW support")

M("plan-de-paiement-ines", A("boek"), [pp("ines")], "Plan de paiement - ordinateur portable d'Inès",
  """Madame Dubois,

Suite à notre entretien, voici le plan de paiement convenu pour les mensualités impayées de l'ordinateur
portable d'Inès (4 x 14,50 euros) :

- 20 euros fin novembre
- 20 euros fin décembre
- 18 euros fin janvier

Si vous rencontrez des difficultés, n'hésitez pas à nous contacter.

Bien à vous,
Marc Luyten
comptabilité
""", lang="fr", rules=["sensitive"], cats=["financial"], about=["ines"],
  note="French payment plan for unpaid lease instalments of a named pupil")

M("trackball-dicteren-ella-correct", A("ict"), [pp("ellag")], "Instellingen laptop Ella",
  """Beste mevrouw Goossens,

Voor Ella hebben we de laptop aangepast voor haar motorische beperking:

- een grote trackball in plaats van het touchpad
- plaktoetsen en een tragere dubbelklik
- dicteren in Word en OneNote (Windows-toets + H)

Op woensdagnamiddag heeft ze kinesitherapie; dan laat ze de laptop in de laadkast.

Groeten,
Koen Mertens
ICT-coördinator
""", rules=["sensitive"], cats=["medical", "care"], about=["ellag"],
  note="motor impairment adjustments sent to the right mother")

M("meldingen-uit-mats", A("zorg"), [A("1c")], "Mats Verstraeten - handelingsplan laptop",
  """Dag Yasmina,

Voor Mats (ASS) gelden vanaf maandag deze afspraken, ook in de lessen informatica:

- alle meldingen uit, enkel de app van de les open
- vaste plaats vooraan links, koptelefoon mag
- wijzigingen in de planning minstens een dag vooraf aankondigen
- bij overprikkeling mag hij naar het time-outlokaal B.002

Kan je dit ook aan Tom bezorgen?

Nathalie
""", cc=[A("info")], rules=["sensitive"], cats=["care"], about=["mats"],
  note="care plan of a pupil with autism shared with colleagues")

M("fw-clb-verslag-mats", A("zorg"), [A("1c")], "FW: Mats Verstraeten - gemotiveerd verslag",
  """Ter info, dit is de bevestiging van het CLB. Het verslag zelf staat in het leerlingvolgsysteem.
Nathalie

-----Oorspronkelijk bericht-----
Van: Eva Lambrechts <eva.lambrechts@vrijclbhageland.be>
Verzonden: maandag 21 oktober 2024 15:40
Aan: Nathalie Bosmans <nathalie.bosmans@sintpieterscollege.be>
Onderwerp: Mats Verstraeten - gemotiveerd verslag

Dag Nathalie,

Het diagnostisch traject van Mats is afgerond: de diagnose autismespectrumstoornis is bevestigd. Ik maak een
gemotiveerd verslag op voor redelijke aanpassingen; compenserende software op de laptop is aangewezen.

Eva
""", fwd=True, rules=["sensitive"], cats=["care"], about=["mats"],
  note="forwarded CLB mail with an autism diagnosis")

M("ziekenhuisschool-kato", A("1b"), [A("zhs")], "Kato Boons - lessen tijdens opname",
  """Goedemiddag,

Kato Boons (1B) wordt vanaf maandag voor minstens drie weken opgenomen op de kinderafdeling voor een
behandeling van haar nierziekte. Ze neemt haar schoollaptop mee. Kan de ziekenhuisschool haar toegang geven
tot het gastnetwerk, zodat ze via Teams de lessen wiskunde en Frans kan volgen?

Ik bezorg u graag de planning van de toetsen.

Pieter Van Looy
klassenleraar 1B
""", rules=["sensitive"], cats=["medical"], about=["kato"],
  note="hospital stay and illness of a named pupil")

M("openstaande-schoolrekening-lowie", A("boek"), [pp("lowie")], "Tweede herinnering schoolrekening Lowie",
  f"""Beste meneer Vandeputte,

Ondanks onze eerste herinnering blijven de schoolrekening van september (187,40 euro) en twee leasetermijnen
voor de laptop van Lowie (29,00 euro) onbetaald. Gelieve het totaal van 216,40 euro te betalen met de
mededeling {ogm(2410020317)}.

Lukt dat niet in één keer, neem dan contact op; een afbetalingsplan is mogelijk.

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", rules=["sensitive"], cats=["financial"], about=["lowie"],
  note="second reminder for an unpaid school bill of a named pupil")

M("co-accounts-gescheiden-ouders-julie", A("ict"), [pp("julie")], "Re: toegang tot berichten Julie",
  """Beste meneer Verbeeck,

Elke ouder heeft een eigen co-account op Smartschool; u ziet dus de berichten die de school naar ouders
stuurt, maar niet de berichten die de moeder van Julie zelf verstuurt of ontvangt.

Zolang de familierechtbank geen uitspraak heeft gedaan over het ouderlijk gezag, blijven beide ouders
gelijke toegang hebben. We kunnen u dus niet enkel toegang geven en de moeder niet.

Met vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", reply=True, rules=["sensitive"], cats=["family"], about=["julie"],
  note="divorce and court case of a pupil's parents, to the father")

M("nachtelijk-gamen-therapie-wolf", A("1b"), [pp("wolf")], "Re: Wolf en gamen 's nachts",
  """Beste mevrouw Timmermans,

Dank voor uw openheid. U schrijft dat Wolf sinds de zomer bij een psycholoog loopt voor zijn sombere
gevoelens en dat hij 's nachts tot laat gamet. Ik heb aan de helpdesk gevraagd om zijn laptop tussen 22u en
6u30 te blokkeren, zoals u vroeg.

In de klas zullen we er discreet op letten. Wenst u dat de leerlingenbegeleiding contact opneemt met de
psycholoog?

Vriendelijke groeten,
Pieter Van Looy
""", reply=True, rules=["sensitive"], cats=["psychosocial", "care"], about=["wolf"],
  note="depressive feelings and therapy of a pupil, in a reply about night use")

M("gebroken-pols-spraakherkenning-lars", A("1c"), [A("ict")], "Lars Willems - gips",
  """Koen,

Lars Willems uit mijn klas heeft zijn pols gebroken bij het voetballen en zit zes weken in het gips
(rechterhand). Kan hij spraakherkenning op zijn laptop krijgen, of een andere manier om zijn taken te maken?

Yasmina
""", rules=["sensitive"], cats=["medical"], about=["lars"],
  note="injury of a named pupil in an internal mail")

adj = ["mila", "mats", "warre", "louise", "rayan", "lina"]
adjtxt = {"mila": "koptelefoon;aparte ruimte;meldingen uit", "mats": "koptelefoon;aparte ruimte;extra tijd",
          "warre": "extra tijd;enkel examenapp", "louise": "vergroting 200%;contrastthema;extra tijd",
          "rayan": "voorleessoftware;lettertype Arial 14;extra tijd", "lina": "voorleessoftware;spellingcontrole"}
csvadj = "Intern nummer;Naam;Klas;Aanpassing 1;Aanpassing 2;Aanpassing 3\r\n" + "".join(
    "%s;%s;%s;%s\r\n" % (K[h].id, fn(h), K[h].klas, adjtxt[h]) for h in adj)
M("redelijke-aanpassingen-examens-csv", A("zorg"), [A("ict")], "Instellingen examenlaptops",
  """Koen,

In bijlage de leerlingen van het eerste jaar met redelijke aanpassingen tijdens de examens, met wat er op hun
laptop moet staan. Kan je de examenprofielen tegen 6 december klaarzetten?

Nathalie
""", atts=[("redelijke_aanpassingen_1ste_jaar.csv", csvadj.encode("utf-8"))],
  rules=["sensitive"], cats=["care"], about=adj,
  note="csv with named pupils and their reasonable adjustments")

M("thuissituatie-laptop-op-school-stan", A("llb"), [A("vk")], "Consult - leerling 1D",
  """Goedemiddag,

Graag een consult over een leerling van 1D, Stan Mortier. Stan vertelde gisteren dat zijn vader zijn vorige
laptop kapot heeft geslagen tijdens een ruzie en dat hij thuis vaak geslagen wordt. Hij wil zijn nieuwe laptop
liever op school laten. We hebben dat zo geregeld.

Wanneer kan ik u telefonisch bereiken om de volgende stappen te bespreken?

Sofie Heylen
leerlingenbegeleider
""", rules=["sensitive"], cats=["family"], about=["stan"],
  note="violence at home of a named pupil, consult with the child abuse centre")

# --------------------------------------------------------------------------------------------
# 4. personal mails about one pupil, not sensitive (20)
# --------------------------------------------------------------------------------------------
M("barst-scherm-noah", A("helpdesk"), [pp("noahc")], "Herstelling scherm laptop Noah",
  """Beste ouder,

Bij Noah Janssens (1B) is het scherm van de laptop gebarsten (hij was de laptop in zijn boekentas vergeten
en ging erop zitten). De herstelling valt onder de verzekering; u betaalt enkel de franchise van 50 euro via
de schoolrekening. Noah krijgt intussen een leenlaptop.

Vriendelijke groeten,
Helpdesk ICT
""", rules=["recipient"], about=["noahj"], mis=True,
  note="cracked screen of Noah Janssens (1B) sent to the family of Noah Claes (1D): same first name")

M("re-laadkabel-elias-verkeerde-thread", A("ict"), [pp("elias")], "RE: laadkabel Elias",
  """Beste,

Ik heb de schadeaangifte voor de laptop van Amir Haddad (1D) ingediend bij de verzekering. De laptop viel
vorige week van de trap; de herstelling duurt ongeveer tien dagen. Amir kan intussen een leenlaptop ophalen
in B.012.

Groeten,
Koen Mertens

-----Oorspronkelijk bericht-----
Van: wouters-lenaerts@telenet.be
Verzonden: maandag 30 september 2024 19:12
Aan: Koen Mertens
Onderwerp: laadkabel Elias

Dag meneer Mertens, Elias is zijn laadkabel kwijt. Kan hij een nieuwe kopen via de school?
""", reply="telenet.be", rules=["recipient"], about=["amir"], mis=True,
  note="reply in the wrong thread: insurance claim for Amir Haddad's laptop sent to the parents of Elias Wouters")

M("laptop-vergeten-bus-kobe", A("1a"), [pp("jana")], "laptop Kobe in de bus laten liggen",
  """Beste ouders,

Kobe (1A) heeft gisteren zijn laptop in de bus van lijn 305 laten liggen. De chauffeur heeft hem afgegeven bij
de verloren voorwerpen in de stelplaats. Kobe kan hem daar ophalen, of u kan hem ophalen met zijn
leerlingenkaart.

Ik dacht dat Jana dit misschien aan haar broer kon doorgeven.

Groeten,
An Devos
klassenleraar 1A
""", rules=["recipient"], about=["kobe"], mis=True,
  note="sibling mix-up: mail about Kobe Wauters (1A) sent to the parents of Jana Wauters (2B), another family")

M("nachtgebruik-log-liam", A("ict"), [pp("liamd")], "Re: wat doet Liam 's avonds op zijn laptop?",
  """Beste ouder,

U vroeg of we kunnen zien wanneer Liam De Smet (1B) zijn laptop gebruikt. Volgens het beheerportaal was zijn
toestel de voorbije week elke avond online tot ongeveer 23u; de meest gebruikte apps waren Minecraft
Education, YouTube en Teams.

Wij kijken niet mee naar de inhoud. U kan thuis zelf tijdslimieten instellen via het ouderaccount van
Windows, of we kunnen het toestel 's nachts blokkeren als u dat wenst.

Vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", reply=True, rules=["recipient"], about=["liamds"], mis=True,
  note="usage times of Liam De Smet (1B) sent to the parents of Liam Desmet (1D): near-identical surnames")

M("lader-vergeten-jasper", A("1a"), [pp("jasper")], "Lader van Jasper",
  """Beste mevrouw Segers,

Jasper heeft zijn lader in lokaal B.014 laten liggen. Ik heb hem bij het onthaal gelegd, met zijn naam erop.
Hij kan hem morgen ophalen.

Groetjes,
An Devos
""", about=["jasper"], note="personal but harmless: a charger left behind")

M("laptoptas-vraag-lena", A("1b"), [pp("lena", 2)], "Re: laptoptas",
  """Beste meneer Lauwers,

Een aparte laptoptas is niet verplicht, maar we raden een beschermhoes aan: de laptop zit dan veilig in de
boekentas. De hoes die de school aanbiedt (15 euro) is op maat van het toestel; Lena mag er een bestellen
via het secretariaat.

Vriendelijke groeten,
Pieter Van Looy

> Moet Lena een speciale tas hebben voor haar laptop of mag die gewoon in de boekentas?
""", reply=True, about=["lena"], note="harmless question about a laptop bag")

M("ticket-opgelost-toets-tuur", A("helpdesk"), [K["tuur"].mail], "[Ticket #INC-2024-1152] opgelost",
  """Dag Tuur,

Je ticket is opgelost: de losse toets (E) van je toetsenbord is vervangen. Je kan je laptop ophalen in
lokaal B.012 tijdens de middagpauze.

Helpdesk ICT
""", about=["tuur"], note="solved helpdesk ticket, harmless")

M("laptop-klaar-na-herstelling-marie", A("helpdesk"), [pp("marie")], "Laptop Marie is hersteld",
  """Beste meneer Van Damme,

De laptop van Marie is terug van de herstelling (nieuw toetsenbord, onder garantie, geen kosten). Ze krijgt
hem morgen in de klas en geeft dan de leenlaptop terug.

Vriendelijke groeten,
Helpdesk ICT
""", about=["marie"], note="repair finished, harmless")

M("compliment-digitaal-project-yasmine", A("1a"), [pp("yasmine")], "Mooi werk van Yasmine",
  """Beste mevrouw Bakkali,

Ik wil u even laten weten dat Yasmine een prachtige digitale poster over de Demervallei heeft gemaakt in
Canva. Ze heeft de klasgenoten ook geholpen om hun werk in OneDrive te delen. Proficiat aan haar!

Vriendelijke groeten,
An Devos
klassenleraar 1A
""", about=["yasmine"], note="compliment on a digital project, harmless")

M("naamsticker-otis", A("1b"), [pp("otis")], "naamsticker laptop",
  """Beste ouder,

Otis heeft een leuke sticker op zijn laptop gekleefd, maar het inventarisetiket staat er nu onder. Kan hij
de sticker iets opschuiven, zodat het etiket leesbaar blijft? Een naamsticker op de hoes mag altijd.

Groeten,
Pieter Van Looy
""", about=["otis"], note="sticker covering the asset label, harmless")

M("laptop-thuis-vergeten-jules", A("1c"), [pp("jules")], "laptop thuis vergeten",
  """Beste meneer Cornelis,

Jules is deze maand al drie keer zonder laptop naar school gekomen. Dat is niet erg, hij kon een leenlaptop
gebruiken, maar misschien kan hij 's avonds zijn boekentas samen met u klaarzetten?

Vriendelijke groeten,
Yasmina El Idrissi
klassenleraar 1C
""", about=["jules"], note="forgotten laptop without any sanction, harmless")

M("leenlaptop-mona", A("helpdesk"), [pp("mona")], "Leenlaptop voor Mona",
  """Beste meneer Gielen,

Zolang de laptop van Mona in herstelling is, gebruikt ze leenlaptop LN-AAR-007. Ze mag die ook mee naar huis
nemen. Ze meldt zich aan met haar gewone schoolaccount; haar bestanden staan in OneDrive.

Vriendelijke groeten,
Helpdesk ICT
""", about=["mona"], note="loaner laptop with an asset tag, harmless")

M("minecraft-education-daan", A("info"), [pp("daan")], "Re: Minecraft op de laptop",
  """Beste mevrouw Verhoeven,

Daan mag Minecraft Education gebruiken: dat zit in het pakket van de school en staat in de Bedrijfsportal op
zijn laptop. De gewone versie van Minecraft kan niet geïnstalleerd worden.

Groeten,
Tom Verbruggen
leerkracht informatica

> Daan vraagt of hij Minecraft mag installeren op zijn schoollaptop?
""", reply=True, about=["daan"], note="question about installing a game, harmless")

M("date-livraison-lea", A("helpdesk"), [pp("lea")], "Livraison de l'ordinateur de Léa",
  """Madame Martin,

L'ordinateur portable de Léa sera remis en classe le jeudi 12 septembre, pendant la première heure. Elle
recevra aussi un guide de démarrage en néerlandais ; la version française est disponible sur Smartschool.

Bien à vous,
Helpdesk ICT
Sint-Pieterscollege - campus Aarschot
""", lang="fr", about=["lea"], note="French mail about a delivery date, harmless")

M("charger-swap-oliver", A("1b"), [pp("oliver", 2)], "Oliver's charger",
  """Dear Mr Smith,

Oliver accidentally took home a classmate's charger on Friday; his own charger is still in the classroom.
Could he bring the other one back tomorrow? We will swap them in the first lesson.

Best regards,
Pieter Van Looy
form teacher 1B
""", lang="en", about=["oliver"], note="English mail about a swapped charger, harmless")

M("gravure-lien", A("ict"), [pp("lien")], "Re: naam graveren op de laptop",
  """Beste meneer Boeckx,

Graveren op de behuizing kan helaas niet: de laptop is eigendom van de leasingmaatschappij tot het einde van
het contract. Een naamsticker op de hoes of op het deksel mag wel.

Vriendelijke groeten,
Koen Mertens
""", reply=True, about=["lien"], note="question about engraving the laptop, harmless")

M("hoes-gevonden-sporthal-roos", A("lo"), [pp("roos")], "Laptophoes in de sporthal",
  """Beste mevrouw Huygens,

In de kleedkamer van de sporthal lag een grijze laptophoes met de naam van Roos erop. Ik heb hem aan het
secretariaat gegeven.

Sportieve groeten,
Evi Cuypers
""", about=["roos"], note="lost laptop sleeve, harmless")

M("teams-geluid-opgelost-ferre", A("helpdesk"), [K["ferre"].mail], "Geluid in Teams werkt weer",
  """Dag Ferre,

We hebben het stuurprogramma van je geluidskaart opnieuw geïnstalleerd. Test je even of je microfoon
werkt in een Teams-gesprek? Zo niet, kom dan langs in B.012.

Helpdesk ICT
""", cte="quoted-printable", about=["ferre"], note="solved technical problem, harmless")

M("muis-gevonden-noah-claes", A("1d"), [pp("noahc")], "muis van Noah",
  """Beste ouder,

De draadloze muis die Noah vorige week kwijt was, is teruggevonden in lokaal B.016. Hij heeft hem vandaag
terug meegekregen.

Groeten,
Bart Theys
klassenleraar 1D
""", about=["noahc"], note="lost mouse found, sent to the right family of Noah Claes")

M("laptop-terug-kobe-correct", A("1a"), [pp("kobe")], "laptop Kobe teruggevonden",
  """Beste mevrouw Mertens,

Goed nieuws: de laptop die Kobe in de bus liet liggen, is door de stelplaats naar school gebracht. Hij ligt
bij het onthaal en Kobe kan hem na de les ophalen.

Groeten,
An Devos
""", about=["kobe"], note="correctly addressed counterpart: Kobe's laptop found, to his own mother")

# --------------------------------------------------------------------------------------------
# 5. general letters to all first-year parents or all staff (20) - must pass
# --------------------------------------------------------------------------------------------
OUDERS1 = ["ouders1a@spc.ksleuven.be", "ouders1b@spc.ksleuven.be", "ouders1c@spc.ksleuven.be", "ouders1d@spc.ksleuven.be"]
ALL1 = []
for _p in sorted(ROSTER.values(), key=lambda p: p.id):
    if _p.klas.startswith("1"):
        for _a in (_p.p1, _p.p2):
            if _a and _a not in ALL1:
                ALL1.append(_a)
ALL1A = []
for _p in sorted(ROSTER.values(), key=lambda p: p.id):
    if _p.klas == "1A":
        for _a in (_p.p1, _p.p2):
            if _a and _a not in ALL1A:
                ALL1A.append(_a)
STAFF = ["personeel@spc.ksleuven.be"]


def G(slug, subj, body, bcc, frm="directie", note="", **kw):
    M(slug, A(frm), [A(frm)] if kw.pop("self_to", True) else [], subj, body, bcc=bcc, general=True,
      note=note or "general letter, recipients in BCC only, no pupil named", **kw)


welcome = """Beste ouders,

Welkom in het eerste jaar van het Sint-Pieterscollege, campus Aarschot! Zoals aangekondigd bij de inschrijving
krijgt elke leerling van het eerste jaar dit schooljaar een eigen laptop, die hij of zij zes jaar lang
gebruikt.

Hoe verloopt het?
- Donderdag 12 september worden de laptops in de klas uitgedeeld, samen met een beschermhoes.
- Uw kind krijgt op school een schoolaccount voor Microsoft 365 en Smartschool. Het startwachtwoord krijgt
  het op papier in de klas; de school stuurt nooit wachtwoorden via mail.
- De laptop wordt beheerd door de school: updates, antivirus en de nodige software worden automatisch
  geïnstalleerd.

Wat kost het?
De laptop wordt geleased via EduLease Benelux. U betaalt 14,50 euro per maand via de schoolrekening,
verzekering inbegrepen. Na zes jaar wordt de laptop eigendom van uw kind.

Op donderdag 19 september om 19u30 is er een infoavond in de refter. We verwachten u graag.

Met vriendelijke groeten,
Hilde Vanhoof
directeur
"""
G("brief-welkom-laptopproject", "Welkom in het laptopproject van het eerste jaar", None, OUDERS1,
  html=outlook_html(paras(welcome)), note="general welcome letter to all first-year parents via BCC group lists")

G("brief-gebruiksreglement-pdf", "Gebruiksreglement schoollaptop",
  """Beste ouders,

In bijlage vindt u het gebruiksreglement van de schoollaptop. We vragen u het samen met uw kind te lezen en
het ondertekende strookje tegen vrijdag 20 september mee te geven.

Met vriendelijke groeten,
De directie
""", OUDERS1, atts=[("Gebruiksreglement_schoollaptop_2024-2025.pdf", pdf([
      "Gebruiksreglement schoollaptop - Sint-Pieterscollege Aarschot", "",
      "1. De laptop is een leermiddel. Neem hem elke dag opgeladen mee naar school.",
      "2. Deel je wachtwoord met niemand, ook niet met vrienden.",
      "3. Installeer geen software buiten de Bedrijfsportal.",
      "4. Meld schade of diefstal binnen 48 uur bij de helpdesk.",
      "5. De school kan het toestel op afstand beheren, maar kijkt niet mee in je bestanden."]))],
  note="rules of use as pdf to all first-year parents, BCC")

G("brief-kosten-lease", "Kostprijs en betaling van de laptop",
  """Beste ouders,

Enkele ouders vroegen meer uitleg over de kosten van de laptop.

- Maandelijkse termijn: 14,50 euro, 72 maanden, via de schoolrekening (geen aparte factuur).
- Inbegrepen: de laptop, een beschermhoes, de verzekering tegen breuk en diefstal en de software.
- Franchise bij schade: 50 euro per schadegeval.
- Waarborg: geen.

Ouders die een schooltoeslag ontvangen of het financieel moeilijk hebben, kunnen een verminderd tarief
aanvragen. Dat gebeurt discreet via de boekhouding; niemand anders op school krijgt daar informatie over.

Met vriendelijke groeten,
De directie
""", OUDERS1, note="general letter about costs and the reduced rate, no family named")

G("brief-eerste-aanmelding", "Eerste aanmelding op de laptop - stappenplan",
  """Beste ouders,

Vandaag kregen alle leerlingen van het eerste jaar hun laptop. Thuis kunnen ze zich zo aanmelden:

1. Zet de laptop aan en verbind met jullie wifi.
2. Meld aan met het schoolaccount (voornaam.naam@leerling.sintpieterscollege.be) en het startwachtwoord dat
   op het papiertje in de agenda staat.
3. Kies een nieuw wachtwoord van minstens 12 tekens.
4. Stel de Authenticator-app in op de gsm van uw kind of, als het geen gsm heeft, op die van een ouder.

Lukt het niet? Uw kind kan elke middag terecht bij de helpdesk in lokaal B.012.

Met vriendelijke groeten,
Helpdesk ICT
""", OUDERS1, frm="helpdesk", note="general how-to for the first login without any password, BCC")

G("brief-verzekering-schade-diefstal", "Wat bij schade of diefstal van de laptop?",
  """Beste ouders,

De laptop van uw kind is verzekerd tegen breuk, waterschade en diefstal, op school en thuis.

Bij schade: breng de laptop naar de helpdesk (B.012). Uw kind krijgt meteen een leenlaptop.
Bij diefstal: doe aangifte bij de politie en bezorg ons een kopie van het proces-verbaal binnen 48 uur.
Per schadegeval betaalt u een franchise van 50 euro. Opzettelijke schade is niet verzekerd.

Met vriendelijke groeten,
De directie
""", ALL1, note="general insurance letter, all first-year parents individually in BCC")

G("brief-schermtijd-ouderlijk-toezicht", "Tips: de laptop 's avonds en 's nachts",
  """Beste ouders,

Op de infoavond vroegen veel ouders wat hun kind 's avonds op de laptop doet. Enkele tips:

- Laat de laptop 's nachts opladen buiten de slaapkamer.
- Maak samen afspraken over schermtijd; de school kan op vraag van de ouders de laptop tussen 22u en 7u
  blokkeren.
- De school ziet welke schoolapps gebruikt worden, maar leest geen berichten en kijkt niet mee.

Meer info op de website van het CLB en op Smartschool onder 'Laptopproject'.

Met vriendelijke groeten,
De directie
""", OUDERS1, cte="quoted-printable", note="general tips about night-time use, BCC")

G("brief-clb-digitaal-welzijn", "Infobrief CLB: digitaal welzijn in het eerste jaar",
  """Beste ouders,

Het Vrij CLB Hageland werkt samen met de school rond digitaal welzijn. In de loop van het eerste trimester
krijgen alle klassen van het eerste jaar twee lessen over online pesten, slaap en schermgebruik.

Maakt u zich zorgen over uw kind (slaap, piekeren, pesten)? U kan altijd terecht bij de leerlingenbegeleiding
van de school of rechtstreeks bij het CLB. Dat gesprek is gratis en vertrouwelijk.

Met vriendelijke groeten,
De leerlingenbegeleiding en het CLB
""", OUDERS1, frm="llb", note="general CLB information letter: topics mentioned, nobody named")

G("brief-personeel-toestelbeheer", "Laptopproject: toestelbeheer via Intune",
  """Beste collega's,

Vanaf deze week worden alle leerlingenlaptops van het eerste jaar beheerd via Intune. Wat betekent dat voor
jullie?

- Software voor je les vraag je minstens een week op voorhand aan via een ticket bij de helpdesk.
- Een leerling die vastzit op een BitLocker-scherm stuur je naar de helpdesk; geef zelf nooit
  herstelsleutels of wachtwoorden door, ook niet via Smartschool.
- Laptops die niet werken, gaan naar B.012; de leerling krijgt een leenlaptop.

Met vriendelijke groeten,
Koen Mertens
ICT-coördinator
""", STAFF, frm="ict", note="general letter to all staff via BCC about device management")

G("brief-personeel-laptop-in-de-les", "Afspraken laptop in de les (eerste jaar)",
  """Beste collega's,

Om het laptopgebruik in de klas gelijk te trekken, deze afspraken voor het eerste jaar:

1. Bij het begin van de les staat het deksel dicht tot je de opdracht geeft.
2. Tijdens toetsen gebruiken we de examenmodus.
3. Laptops worden niet onbewaakt in de gang gelaten; op de speelplaats zitten ze in de boekentas.
4. Bij misbruik noteer je het in het leerlingvolgsysteem en niet in een mail.

Met dank voor jullie inzet,
Hilde Vanhoof
""", STAFF, frm="dir", note="general rules for teachers, staff list in BCC")

G("brief-personeel-helpdesk-uren", "Helpdesk ICT: openingsuren en tickets",
  """Beste collega's,

De helpdesk is open elke schooldag van 8u tot 16u30, in lokaal B.012. Buiten die uren maak je een ticket via
Smartschool > Helpdesk. Je krijgt dan automatisch een ticketnummer.

Dringende problemen tijdens een toets? Stuur een leerling met een briefje naar B.012.

Wout Janssens
ICT-ondersteuning
""", STAFF, frm="wout", note="general staff letter about helpdesk hours, BCC")

G("brief-personeel-geen-wachtwoorden-mailen", "Herinnering: nooit wachtwoorden via mail",
  """Beste collega's,

Nu de eerste jaars hun accounts hebben, krijgt de helpdesk veel vragen van ouders om wachtwoorden door te
mailen. Volgens ons communicatiebeleid versturen we nooit een wachtwoord via mail, Smartschool of een andere
berichtendienst, ook niet naar ouders of collega's.

Vraagt een ouder erom? Verwijs naar de helpdesk; de leerling krijgt daar een nieuw wachtwoord.
Denk je dat er toch een wachtwoord of gevoelige informatie verkeerd verstuurd is, meld het dan aan
privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
Hilde Vanhoof
directeur
""", STAFF, frm="dir", note="general staff reminder about passwords, without any password")

G("lettre-bienvenue-projet-portables", "Projet ordinateurs portables - première année",
  """Chers parents,

Bienvenue en première année au Sint-Pieterscollege, campus Aarschot ! Cette année, chaque élève de
première reçoit un ordinateur portable personnel.

- Les ordinateurs seront distribués en classe le jeudi 12 septembre.
- Votre enfant recevra en classe son compte scolaire (Microsoft 365 et Smartschool). L'école n'envoie
  jamais de mot de passe par e-mail.
- Le coût est de 14,50 euros par mois, assurance comprise, via la facture scolaire.

Une soirée d'information aura lieu le jeudi 19 septembre à 19h30.

Meilleures salutations,
La direction
""", OUDERS1, lang="fr", note="French general letter to all first-year parents, BCC")

G("letter-laptop-programme-english", "Laptop programme - first year (English summary)",
  """Dear parents,

This is a short English summary of our letters about the laptop programme.

- Every first-year pupil receives a school laptop on Thursday 12 September.
- Your child receives the login details on paper in class. We never send passwords by e-mail.
- The lease costs 14.50 euros a month through the school bill, insurance included.
- Damage or theft must be reported to the ICT helpdesk within 48 hours.

Kind regards,
The school management
""", OUDERS1, lang="en", note="English general letter, BCC")

G("brief-herinnering-termijnen-iedereen", "Herinnering: betaling schoolrekening en leasetermijnen",
  """Beste ouders,

De schoolrekening van het eerste trimester, met de leasetermijnen van de laptop, werd vorige week via
Smartschool verstuurd. We vragen iedereen die nog niet betaald heeft om dat voor 30 november te doen.

Hebt u vragen over de rekening of wilt u een betaling spreiden? Neem discreet contact op met de boekhouding.

Met vriendelijke groeten,
Marc Luyten
boekhouding
""", ALL1, frm="boekhouding", note="payment reminder sent to everybody in BCC with nobody named")

G("brief-uitnodiging-infoavond", "Uitnodiging infoavond laptopproject 19/9",
  """Beste ouders,

Graag nodigen we u uit op de infoavond over het laptopproject op donderdag 19 september om 19u30 in de
refter. EduLease Benelux en onze ICT-dienst leggen uit hoe de laptop werkt, wat de leasing inhoudt en hoe u
thuis meekijkt.

Kan u niet komen? Volg dan online via Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ0ZTJk%40thread.v2/0
Vergaderings-id: 312 774 905 226
Wachtwoordcode: Dijle24

Met vriendelijke groeten,
De directie
""", OUDERS1, note="general invitation with a meeting passcode (allowed), BCC")

G("brief-personeel-bitlocker-scherm", "Wat als een laptop om een herstelsleutel vraagt?",
  """Beste collega's,

Na de BIOS-update van deze week kan het gebeuren dat een leerlingenlaptop bij het opstarten om een
BitLocker-herstelsleutel vraagt. Dat is geen virus. Stuur de leerling naar de helpdesk in B.012 of laat hem
de laptop uitzetten en in de volgende pauze langskomen.

Herstelsleutels geven we enkel persoonlijk door, nooit via mail of Smartschool.

Koen Mertens
ICT-coördinator
""", STAFF, frm="ict", charset="windows-1252", cte="quoted-printable",
  note="general staff letter about BitLocker without any key, BCC")

G("brief-uitdeling-per-klas", "Uitdeling laptops donderdag 12 september",
  """Beste ouders,

Donderdag worden de laptops per klas uitgedeeld:

1A - 1ste lesuur - lokaal B.014
1B - 2de lesuur - lokaal B.014
1C - 3de lesuur - lokaal B.016
1D - 4de lesuur - lokaal B.016

Uw kind brengt die dag het ondertekende leasecontract mee. Een lege boekentas met wat extra plaats is handig.

Met vriendelijke groeten,
Het leerlingensecretariaat
""", OUDERS1, frm="llsecr", cte="base64", note="general schedule with room numbers, BCC, base64 body")

G("brief-personeel-laadkasten", "Laadkasten in de klaslokalen van het eerste jaar",
  """Beste collega's,

In de lokalen B.014, B.016, B.104 en B.106 staan nu laadkasten. De code van het slot krijgen de
klassenleraars persoonlijk van Koen. Sluit de kast na elke les af en laat geen laptops op de banken liggen
tijdens de middagpauze.

Met dank,
Hilde Vanhoof
""", STAFF, frm="dir", note="general staff letter about charging cabinets; mentions a code without giving it")

G("brief-zomervakantie-laptop", "De laptop tijdens de zomervakantie",
  """Beste ouders,

Het schooljaar loopt op zijn einde. De laptop blijft tijdens de zomervakantie bij uw kind. Enkele tips:

- Zet de laptop minstens een keer per maand aan en verbind met het internet, zodat de updates binnenkomen.
- Bewaar de laptop op een koele, droge plaats.
- Schade in de vakantie meldt u bij de helpdesk vanaf 26 augustus.

Een fijne vakantie!
De directie
""", ALL1A + ["ouders1b@spc.ksleuven.be", "ouders1c@spc.ksleuven.be", "ouders1d@spc.ksleuven.be"],
  note="general letter about the summer; parents of 1A individually and the other lists in BCC")

G("brief-personeel-leasing-kosten-overzicht", "Laptopproject: stand van zaken en kosten",
  """Beste collega's,

Een korte stand van zaken na het eerste trimester:

- 86 leerlingen van het eerste jaar hebben een laptop; 4 leenlaptops zijn permanent in gebruik.
- Er waren 23 schadegevallen, waarvan 19 onder de verzekering vielen.
- De kosten voor de school (laadkasten, netwerk, licenties) blijven binnen het budget van de scholengroep.

Op de personeelsvergadering van 8 januari evalueren we het project samen. Suggesties zijn welkom.

Hilde Vanhoof
directeur
""", STAFF, frm="dir", html=outlook_html(paras("""Beste collega's,

Een korte stand van zaken na het eerste trimester:""") + "\n" + table_html(
      ["Onderdeel", "Aantal"], [("Laptops eerste jaar", 86), ("Leenlaptops in gebruik", 4),
                                ("Schadegevallen", 23), ("Waarvan verzekerd", 19)]) + "\n" + paras(
      """Op de personeelsvergadering van 8 januari evalueren we het project samen. Suggesties zijn welkom.

Hilde Vanhoof
directeur""")), tags=["table"], note="general staff update with aggregate numbers, BCC")

# --------------------------------------------------------------------------------------------
# 6. the rest: ordinary mail, bcc, private accounts, attachments, personal data
# --------------------------------------------------------------------------------------------
M("ouders1a-in-aan", A("1a"), ["ouders1a@spc.ksleuven.be"], "Laptops 1A: contract meebrengen",
  """Beste ouders van 1A,

Donderdag krijgen de leerlingen hun laptop. Vergeet niet om het ondertekende leasecontract mee te geven; zonder
contract kunnen we de laptop niet meegeven naar huis.

Groeten,
An Devos
klassenleraar 1A
""", rules=["bcc"], tags=["group-in-to"], note="parents' list of 1A in To instead of BCC")

wk = [pp("rubenmt"), pp("noraa"), pp("elias"), pp("tuur"), pp("lien")]
M("workshop-ouders-zichtbaar", A("info"), wk, "Bevestiging inschrijving workshop 'Veilig online'",
  """Beste ouders,

Bedankt voor uw inschrijving voor de workshop 'Veilig online thuis' op dinsdag 8 oktober om 19u in lokaal
B.104. We tonen hoe u thuis tijdslimieten instelt en hoe de schoollaptop beheerd wordt.

Tot dan!
Tom Verbruggen
leerkracht informatica
""", rules=["bcc"], tags=["visible-recipients"], note="five parents' addresses visible to each other in To")

M("personeel-in-cc-dankwoord", A("dir"), [A("ict")], "Bedankt voor de uitrol!", 
  """Beste Koen,

Namens de hele school: dank je wel voor de vlotte uitrol van de laptops in het eerste jaar. Ik zet alle
collega's in kopie, zodat iedereen weet hoeveel werk hierin gekropen is.

Hilde
""", cc=[A("personeel")], rules=["bcc"], tags=["group-in-cc"], note="all-staff list in CC instead of BCC")

M("leerlingen1b-in-aan", A("1b"), ["leerlingen1b@spc.ksleuven.be"], "Morgen laptop opgeladen meebrengen!",
  """Dag 1B,

Morgen hebben we de toets aardrijkskunde op de laptop. Breng hem volledig opgeladen mee, en je lader voor de
zekerheid ook.

Meneer Van Looy
""", rules=["bcc"], tags=["group-in-to"], note="pupils' class list in To instead of BCC")

M("prive-gmail-uitdeling-verschoven", A("p_1a"), [pp("zoev", 2)], "uitdeling laptops verschoven",
  """Beste mevrouw,

Ik stuur even vanaf mijn eigen adres omdat mijn schoolmail op mijn gsm niet werkt: de uitdeling van de
laptops in 1A verschuift naar vrijdag het derde lesuur. Wilt u het ook aan de andere ouders van het
oudercomité laten weten?

Groeten,
An Devos
""", mailer="Gmail", rules=["private_account"], note="teacher uses her private gmail for school business with a parent")

M("fw-naar-prive-leasingoverzicht", A("ict"), [A("p_ict")], "FW: overzicht toestellen en contracten",
  """Om thuis verder af te werken.

-----Oorspronkelijk bericht-----
Van: Jeroen Baert - EduLease Benelux <jeroen.baert@edulease-benelux.be>
Verzonden: vrijdag 4 oktober 2024 16:02
Aan: Koen Mertens <koen.mertens@sintpieterscollege.be>
Onderwerp: overzicht toestellen en contracten

Dag Koen, in bijlage het overzicht van de 86 toestellen en contracten voor de afstemming van volgende week.
Jeroen
""", fwd=True, atts=[("Overzicht_toestellen_contracten.xlsx", xlsx(
    [["Inventarisnr.", "Serienummer", "Contract", "Status"]] +
    [[tag("1%s" % "ABCD"[i % 4], i // 4 + 1), serial("ov%d" % i), "EL-24-AAR-%06d" % (4400 + i), "actief"] for i in range(16)]))],
  rules=["private_account"], note="staff member forwards school mail with a device list to his own gmail")

M("hotmail-collega-gebruiksreglement", A("p_1b"), [A("1a")], "opmerkingen gebruiksreglement",
  """Hoi An,

Ik heb het gebruiksreglement gisteravond nog eens gelezen. Bij punt 3 zou ik toevoegen dat leerlingen geen
extensies in de browser mogen installeren, en bij punt 5 dat de klassenleraar verwittigd wordt bij schade.

Ik stuur het van thuis uit, mijn schoollaptop ligt op school.

Pieter
""", mailer="Outlook.com", rules=["private_account"], note="teacher writes to a colleague about school business from his hotmail")

M("outlook-prive-leasing-gsm", A("p_1d"), [A("lease")], "extra laders voor 1D?",
  """Dag meneer Baert,

Ik ben klassenleraar van 1D. Verschillende leerlingen zijn hun lader kwijt. Kunnen ouders via EduLease een
extra lader bestellen, en wat kost dat? U mag me altijd bellen op 0485 62 19 07.

Groeten,
Bart Theys
""", mailer="Outlook.com", rules=["private_account", "personal_data"], tags=["phone"],
  note="teacher writes to the leasing company from his private outlook.com address, with his mobile number")

M("printerdriver-exe", A("wout"), [A("lo")], "printer sporthal",
  """Evi,

Hierbij de installer voor de printer in de sporthal. Dubbelklikken en volgende-volgende-voltooien.

Wout
""", atts=[("SPC_Printer_Setup.exe", exe_bytes("SPC printer setup"))], rules=["attachment"],
  note="executable installer as attachment")

M("intune-script-ps1", A("kme"), [A("info")], "script achtergrond leerlingenlaptops",
  """Tom,

Dit is het script dat de achtergrond op de leerlingenlaptops zet. Kan je het eens testen op je leslaptop
voor ik het in Intune zet?

Koen
""", atts=[("Set-SPCWallpaper.ps1", "$ErrorActionPreference = 'Stop'\r\n"
            "$img = 'C:\\ProgramData\\SPC\\achtergrond.jpg'\r\n"
            "Invoke-WebRequest -Uri 'https://intra.spc.ksleuven.be/img/achtergrond.jpg' -OutFile $img\r\n"
            "Set-ItemProperty -Path 'HKCU:\\Control Panel\\Desktop' -Name Wallpaper -Value $img\r\n"
            "rundll32.exe user32.dll,UpdatePerUserSystemParameters\r\n")], rules=["attachment"],
  note="PowerShell script as attachment")

M("leaseberekening-xlsm", A("boek"), [A("dir")], "simulatie leasekosten volgend schooljaar",
  """Hilde,

In bijlage mijn rekenblad met de simulatie voor volgend jaar. Je moet de macro's inschakelen, anders werken
de knoppen niet.

Marc
""", atts=[("Leaseberekening_2025-2026.xlsm", xlsx([["Jaar", "Aantal", "Termijn"], ["2025-2026", 92, 14.5]], macro=True))],
  rules=["attachment"], note="macro-enabled Excel workbook")

M("zip-met-biosupdate-exe", A("ict"), [A("repair")], "tools voor de herstellingen",
  """Dries,

In de zip de BIOS-update en de diagnosetool die jullie op onze toestellen mogen gebruiken.

Koen
""", atts=[("tools_HP_1steJaar.zip", zipbytes([("BIOSUpdate_v01.14.exe", exe_bytes("bios update")),
                                               ("LEESMIJ.txt", "Eerst de BIOS-update, dan de diagnose.\r\n")]))],
  rules=["attachment"], note="zip archive containing an executable")

M("netwerkschijf-vbs", A("wout"), [A("1a")], "scriptje voor de klasmap",
  """An,

Met dit scriptje koppel je de klasmap van 1A als netwerkschijf. Opslaan op je bureaublad en dubbelklikken.

Wout
""", atts=[("koppel_klasmap_1A.vbs", 'Set net = CreateObject("WScript.Network")\r\n'
            'net.MapNetworkDrive "K:", "\\\\fs01.spc.ksleuven.be\\klassen\\1A"\r\n')], rules=["attachment"],
  note="VBScript as attachment")

M("sjabloon-overeenkomst-docm", A("dir"), [A("secr")], "sjabloon gebruikersovereenkomst",
  """Ingrid,

Hier het sjabloon voor de gebruikersovereenkomst. De knop bovenaan vult de gegevens uit Smartschool in.

Hilde
""", atts=[("Gebruikersovereenkomst_sjabloon.docm", docx(["Gebruikersovereenkomst schoollaptop",
                                                           "Naam leerling: ________", "Klas: ____"], macro=True))],
  rules=["attachment"], note="macro-enabled Word document")

ib = iban_be("elise")
M("terugbetaling-waarborg-iban-elise", A("boek"), [pp("elise")], "Terugbetaling hoes en lader Elise",
  f"""Beste meneer Daems,

Elise gaat vanaf januari naar een school dichter bij huis. De laptop wordt overgenomen door de nieuwe school;
de hoes en de extra lader die u apart betaalde (32 euro) storten we terug op het rekeningnummer dat u ons gaf:
{ib}.

We wensen Elise veel succes!

Marc Luyten
boekhouding
""", rules=["personal_data"], about=["elise"], note="IBAN of a parent for a refund; changing school is not sensitive")

M("schadeclaim-rrn-nina", A("ict"), [A("insur")], "Schadeaangifte LT-AAR-1B-015",
  f"""Geachte mevrouw Mannaerts,

Aangifte voor de schoolpolis 45.221.870:

Verzekerde: Nina Raes, 1B
Rijksregisternummer: {rrn(2012, 6, 3, 146)}
Toestel: LT-AAR-1B-015, serienummer {serial('nina')}
Omstandigheden: in de bus viel een boekentas van een medepassagier op de laptop; het scherm is gebarsten.

Foto's volgen via uw portaal.

Koen Mertens
ICT-coördinator
""", rules=["personal_data"], about=["nina"], note="insurance claim with a valid national register number; no sensitive fact")

M("nieuw-contract-geboortedatum-aaron", A("secr"), [A("leasekd")], "Nieuw contract - instroom november",
  """Goedemorgen,

Graag een leasecontract voor een nieuwe leerling die in november instroomt:

Naam: Aaron Cools
Klas: 1D
Geboortedatum: 02/11/2011
Ouder: Sandra Cools

Het toestel mag uit de reservevoorraad (LN-AAR-009) komen.

Ingrid Sels
leerlingensecretariaat
""", rules=["personal_data"], about=["aaron"], note="date of birth of a pupil for a new lease contract")

M("levering-planning-telefoon", A("ict"), [A("vendor")], "Delivery schedule second batch",
  f"""Hi Mark,

For the second batch (12 devices for late enrolments) we prefer delivery on Tuesday 15 October between 8:30
and 11:00 at the back entrance (Demerstraat). Please have the driver call the school on {TEL_SCHOOL} when he
arrives.

Kind regards,
Koen Mertens
ICT coordinator
""", lang="en", rules=["personal_data"], tags=["phone"], note="school phone number in an ordinary delivery mail")

M("stuurgroep-laptops-verslag", A("dir"), [A("ict"), A("boek")], "Stuurgroep laptops - actiepunten",
  """Koen, Marc,

Kort de actiepunten van vandaag:

- Koen: offerte laadkasten blok C tegen 25/10
- Marc: afstemming facturen EduLease eerste trimester
- Hilde: brief aan de ouders over de zomervakantie voorbereiden

Volgende stuurgroep: 14 november, 15u30, bureau directie.

Hilde
""", note="ordinary internal minutes, nothing to flag")

M("zip-handleidingen-pdf", A("ict"), [A("1a")], "handleidingen voor de klas",
  """An,

In de zip de handleidingen voor de leerlingen (aanmelden, OneDrive, Teams). Print gerust.

Koen
""", atts=[("handleidingen_1steJaar.zip", zipbytes([
    ("01_Aanmelden.pdf", pdf(["Aanmelden op je schoollaptop", "1. Zet de laptop aan", "2. Kies je schoolaccount"])),
    ("02_OneDrive.pdf", pdf(["Bestanden bewaren in OneDrive"])),
    ("03_Teams.pdf", pdf(["Werken met Teams in de klas"]))]))],
  note="zip archive that contains only PDFs: not a dangerous attachment")

M("review-gebruiksreglement-dpo", A("dir"), [A("dpo")], "Nazicht gebruiksreglement schoollaptop",
  """Beste,

Willen jullie het gebruiksreglement van de schoollaptop nalezen voor we het aan de ouders bezorgen? Vooral
het stuk over het beheer op afstand en welke gegevens de school kan zien.

Met vriendelijke groeten,
Hilde Vanhoof
directeur
""", atts=[("Gebruiksreglement_schoollaptop_ontwerp.docx", docx([
    "Gebruiksreglement schoollaptop (ontwerp)",
    "De school beheert de laptop op afstand via Intune. De school ziet het toestel, de geïnstalleerde apps en de laatste aanmelding.",
    "De school kijkt niet mee in bestanden, berichten of browsergeschiedenis."]))],
  note="docx draft to the DPO, ordinary")

M("offerte-beschermhoezen", A("ict"), [A("vendor")], "Quote request: protective sleeves",
  """Hi Mark,

Could you send us a quote for 100 protective sleeves for the ProBook x360 11 G9, in dark grey, with our logo
printed on the front? We would need them before the end of November.

Kind regards,
Koen Mertens
""", lang="en", note="ordinary supplier mail")

M("leverancier-factuur-png", A("boek"), [A("vendor")], "Invoice NB-24-1177 - question",
  """Hi Mark,

On invoice NB-24-1177 the chargers are listed twice (see the screenshot). Could you send a credit note for
the second line?

Regards,
Marc Luyten
accounting
""", lang="en", atts=[("screenshot_factuur.png", png_bytes())], note="ordinary mail with an image attachment")

# fixed dates for mails whose text refers to a moment in the school year
WHEN = {
    "brief-welkom-laptopproject": "2024-09-02 16:10", "lettre-bienvenue-projet-portables": "2024-09-03 09:05",
    "letter-laptop-programme-english": "2024-09-03 09:20", "brief-uitdeling-per-klas": "2024-09-09 12:40",
    "brief-uitnodiging-infoavond": "2024-09-10 13:15", "fw-verificatiecode-leasingportaal": "2024-09-10 09:16",
    "fw-startwachtwoord-noor": "2024-09-09 15:31", "fw-wachtwoord-naar-prive": "2024-09-11 21:52",
    "teams-uitnodiging-infoavond-leasing": "2024-09-11 10:02", "fw-wachtwoord-verloopt-phishing": "2024-09-12 08:11",
    "brief-eerste-aanmelding": "2024-09-12 15:45", "brief-gebruiksreglement-pdf": "2024-09-13 11:30",
    "alarmcode-zaterdag-technieker": "2024-09-18 14:20", "verzekering-epilepsie-arthur": "2024-09-24 14:05",
    "re-laadkabel-elias-verkeerde-thread": "2024-10-01 10:03", "zoom-overleg-eerste-graad": "2024-10-01 11:40",
    "fw-naar-prive-leasingoverzicht": "2024-10-04 18:22", "overlijden-vader-seppe": "2024-10-10 10:15",
    "mdo-verslag-eerste-jaar": "2024-10-16 17:48", "fw-clb-verslag-mats": "2024-10-21 16:05",
    "achterstallige-termijnen-overzicht": "2024-11-04 09:30", "openstaande-schoolrekening-lowie": "2024-11-05 10:10",
    "brief-herinnering-termijnen-iedereen": "2024-11-18 08:55", "brief-personeel-leasing-kosten-overzicht": "2024-12-20 12:00",
    "brief-zomervakantie-laptop": "2025-06-20 14:30",
}

if __name__ == "__main__":
    main()
