#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch42 - labelled outbound mail of Sint-Pieterscollege Leuven (Stroom / LKSD)
around discipline and order measures.

Deterministic: fixed dates, fixed Message-IDs, seeded randomness.  Standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import csv
import datetime
import hashlib
import io
import os
import random
import unicodedata
import zipfile
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy as _policy

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4242

# ---------------------------------------------------------------------------
# helpers: identifiers
# ---------------------------------------------------------------------------

def be_iban(first10):
    """valid Belgian IBAN from a 10-digit bank+account prefix"""
    chk = int(first10) % 97 or 97
    bban = "%s%02d" % (first10, chk)
    num = int(bban + "111400")          # B=11 E=14 00
    cd = 98 - num % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, serial, after2000=True):
    """valid rijksregisternummer, formatted yy.mm.dd-sss.cc"""
    base = "%02d%02d%02d%03d" % (yy, mm, dd, serial)
    n = int(("2" if after2000 else "") + base)
    cc = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (base[0:2], base[2:4], base[4:6], base[6:9], cc)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slugname(s):
    return ascii_fold(s).lower().replace(" ", "").replace("'", "").replace("-", "")


# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

LEERLING_DOMAIN = "leerling.sintpieterscollege.be"

# key: (first, last, class, parent1, parent2)
STORY = {
    "RAYAN":    ("Rayan", "El Idrissi", "5ET", "samira.aitlahcen@hotmail.com", "karim.elidrissi@gmail.com"),
    "HAMZA":    ("Hamza", "Bakkali", "4ELEK", "bakkali.h@outlook.com", ""),
    "JENS":     ("Jens", "Vermeulen", "4TW", "an.vermeulen@telenet.be", "geert.vermeulen71@gmail.com"),
    "ELISE":    ("Elise", "Vermeulen", "1A4", "an.vermeulen@telenet.be", "geert.vermeulen71@gmail.com"),
    "LOTTE":    ("Lotte", "Vermeulen", "2A3", "vermeulen.goossens@skynet.be", ""),
    "INES":     ("Ines", "Vandermeulen", "2A3", "sofie.vandermeulen@gmail.com", "wim.lauwers@telenet.be"),
    "DYLAN":    ("Dylan", "Peeters", "3ELEK", "sandra.dekeyser@proximus.be", ""),
    "LINA_ME":  ("Lina", "Mertens", "3MW", "kathleen.mertens@telenet.be", "frank.mertens@telenet.be"),
    "LINA_MA":  ("Lina", "Martens", "2A1", "fam.martens@skynet.be", ""),
    "BILAL":    ("Bilal", "Yilmaz", "4ELEK", "yilmaz.hatice@gmail.com", "murat.yilmaz@outlook.com"),
    "WOUT":     ("Wout", "Janssens", "4ELEK", "els.vanaken@telenet.be", "bjanssens@skynet.be"),
    "LORE":     ("Lore", "Janssen", "4BIO", "inge.janssen@icloud.com", ""),
    "MILAN":    ("Milan", "De Smet", "4HOUT", "ann.desmet@proximus.be", ""),
    "FIEN":     ("Fien", "Desmet", "4BIO", "tinne.desmet@gmail.com", "jo.desmet@telenet.be"),
    "SENNE_VDB": ("Senne", "Van den Broeck", "6IW", "vandenbroeck.kris@telenet.be", "nathalie.put@hotmail.com"),
    "SENNE_VD": ("Senne", "Van Dessel", "5IW", "hilde.vandessel@skynet.be", ""),
    "KOBE":     ("Kobe", "Hendrickx", "2B1", "hendrickx.jurgen@gmail.com", "sylvie.boon@hotmail.com"),
    "YASMINE":  ("Yasmine", "Benali", "3ECO", "benali.fatima@hotmail.com", "rachid.benali@gmail.com"),
    "EMMA_LA":  ("Emma", "Lambrechts", "1A2", "sarah.coenen@gmail.com", "lambrechts.dirk@skynet.be"),
    "LUCAS_LA": ("Lucas", "Lambrechts", "3STEM", "sarah.coenen@gmail.com", "lambrechts.dirk@skynet.be"),
    "EMMA_LE":  ("Emma", "Lemmens", "1A3", "lemmens.family@gmail.com", ""),
    "AYOUB":    ("Ayoub", "Amrani", "5ET", "naima.amrani@hotmail.com", ""),
    "SARA_A":   ("Sara", "Amrani", "2A1", "naima.amrani@hotmail.com", ""),
    "ADAM_A":   ("Adam", "Amrani", "3ELEK", "amrani.youssef@gmail.com", "khadija.tahiri@gmail.com"),
    "JULIE":    ("Julie", "Aerts", "4BIO", "kristel.aerts@telenet.be", "tom.aerts@proximus.be"),
    "ARNE":     ("Arne", "Michiels", "3ELEK", "griet.michiels@telenet.be", ""),
    "LARS":     ("Lars", "Michielsen", "3ELEK", "michielsen.b@skynet.be", "evelien.dewolf@gmail.com"),
    "ZOE":      ("Zoë", "Van Damme", "2A2", "joke.vandamme@gmail.com", "pieter.vandamme@icloud.com"),
    "LOUIS":    ("Louis", "Verbeke", "3TW", "verbeke.an@telenet.be", ""),
    "NATHAN":   ("Nathan", "Stevens", "4ELEK", "kim.stevens@hotmail.com", ""),
    "MATS":     ("Mats", "Cools", "1A1", "kim.stevens@hotmail.com", "bert.cools@telenet.be"),
    "MARIE":    ("Marie", "Dubois", "5MT", "isabelle.dubois@skynet.be", ""),
    "JADE":     ("Jade", "Smolders", "6VZ", "smolders.patrick@telenet.be", "jade.mama@gmail.com"),
    "ROBBE":    ("Robbe", "Wuyts", "3MW", "leen.wuyts@gmail.com", ""),
    "TIAGO":    ("Tiago", "Pereira", "2B2", "fam.devroe@telenet.be", "ana.pereira.lv@gmail.com"),
    "NOAH_PE":  ("Noah", "Peeters", "1A1", "joris.peeters@gmail.com", "lien.bollen@telenet.be"),
    "NOAH_PI":  ("Noah", "Pieters", "1A3", "pieters.inge@telenet.be", ""),
    "MILA":     ("Mila", "Öztürk", "5ECO", "ozturk.aylin@gmail.com", ""),
    "ELIAS":    ("Elias", "Nowak", "6IW", "agnieszka.nowak@gmail.com", "tomasz.nowak@outlook.com"),
    "SEPPE":    ("Seppe", "Claessens", "4HOUT", "claessens.koen@skynet.be", "an.roels@telenet.be"),
    "AMINA":    ("Amina", "Diallo", "3MW", "diallo.mariama@gmail.com", ""),
    "OLIVIA":   ("Olivia", "Vandenbussche", "6EM", "vandenbussche.marc@telenet.be", "ilse.derycke@telenet.be"),
    "FEBE":     ("Febe", "Lauwers", "5ECO", "lauwers.peter@skynet.be", "nele.vanhoof@gmail.com"),
    "LAURA":    ("Laura", "Goris", "6VZ", "goris.luc@telenet.be", ""),
    "FINN":     ("Finn", "Baert", "2B2", "baert.stijn@gmail.com", ""),
    "THIBO":    ("Thibo", "Verhaegen", "1A2", "verhaegen.katrien@telenet.be", "jan.verhaegen@proximus.be"),
    "HAJAR":    ("Hajar", "Ouali", "6VZ", "ouali.m@hotmail.com", ""),
    "VICTOR":   ("Victor", "Claeys", "5ET", "claeys-deprez@skynet.be", ""),
    "JONAS_K":  ("Jonas", "Kowalski", "3TW", "marta.kowalski@gmail.com", ""),
    "NORA":     ("Nora", "Haddou", "1A4", "haddou.said@gmail.com", "nadia.haddou@hotmail.com"),
    "WARD":     ("Ward", "Coppieters", "5IW", "coppieters.hans@telenet.be", ""),
    "ILIAS":    ("Ilias", "Chakir", "2B1", "chakir.family@gmail.com", ""),
    "STAN":     ("Stan", "Luyten", "4TW", "luyten.stefan@telenet.be", "griet.vos@skynet.be"),
}

FIRST_M = ["Lucas", "Noah", "Arthur", "Louis", "Liam", "Adam", "Mohamed", "Jules", "Victor", "Finn",
           "Senne", "Wout", "Jens", "Kobe", "Milan", "Seppe", "Lars", "Robbe", "Mathis", "Vince",
           "Bram", "Thomas", "Matteo", "Rune", "Siebe", "Ayoub", "Yassine", "Ibrahim", "Emir", "Mehmet",
           "Oskar", "Jakub", "Dries", "Stef", "Ruben", "Tuur", "Lowie", "Warre", "Bas", "Daan",
           "Omar", "Youssef", "Amir", "Kacper", "Lukas", "Elias", "Maxim", "Jarne", "Nand", "Tibo"]
FIRST_F = ["Emma", "Olivia", "Louise", "Mila", "Marie", "Lina", "Julie", "Noor", "Fien", "Lotte",
           "Hanne", "Elise", "Zoë", "Nora", "Sara", "Yasmine", "Amber", "Lore", "Febe", "Jade",
           "Ella", "Nina", "Axelle", "Margot", "Ines", "Hajar", "Aya", "Salma", "Zeynep", "Elif",
           "Maja", "Zuzanna", "Kato", "Roos", "Lien", "Silke", "Jana", "Anouk", "Charlotte", "Esra",
           "Imane", "Selin", "Laura", "Merel", "Tess", "Amelie", "Eva", "Luna", "Yara", "Nele"]
SURNAMES = ["Jacobs", "Willems", "Maes", "Claes", "Goossens", "Wouters", "De Clercq", "Dubois", "Hermans",
            "Smets", "Van de Velde", "Dupont", "Lambert", "Segers", "Verstraete", "Pauwels", "Cornelis",
            "Leclercq", "Van Hoof", "Thys", "De Backer", "Bosmans", "Nijs", "Vanhove", "Rombouts",
            "Van Roy", "Geens", "Schepers", "Lemaire", "Coenen", "Dewulf", "Bogaert", "Van Laer",
            "Vervoort", "Daems", "Wyns", "Vanderlinden", "Van Gorp", "Timmermans", "Swinnen",
            "Stas", "Vandevelde", "Deprez", "Raes", "Vos", "Michiels", "Heylen", "Celis", "Dierickx",
            "Ceulemans", "Van Looy", "Mortelmans", "Verlinden", "Bollen", "Nys", "Vermeiren",
            "El Amrani", "Boukhari", "Azzouzi", "El Khattabi", "Ait Ouali", "Demir", "Kaya", "Çelik",
            "Arslan", "Şahin", "Kowalczyk", "Wiśniewski", "Nowicki", "Popescu", "Ionescu", "Diallo",
            "Mukendi", "Kabongo", "Nguyen", "Tran", "Haddad", "Rahimi", "Ahmadi", "Mansour", "Benhaddou"]
# 'Michiels' and 'Diallo' are story surnames: keep them out of the filler pool
STORY_SURNAMES = {v[1] for v in STORY.values()}
SURNAMES = [s for s in SURNAMES if s not in STORY_SURNAMES]
PROVIDERS = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "hotmail.com",
             "outlook.com", "icloud.com", "outlook.be", "live.be"]
PARENT_FIRST_M = ["Kris", "Bart", "Tom", "Peter", "Jan", "Stijn", "Dirk", "Koen", "Wim", "Hans", "Joris",
                  "Mohamed", "Ahmed", "Hakan", "Piotr", "Marc", "Filip", "Sven", "Gert", "Nico"]
PARENT_FIRST_F = ["An", "Sofie", "Katrien", "Els", "Inge", "Veerle", "Nathalie", "Griet", "Sarah", "Evelien",
                  "Fatima", "Naima", "Ayse", "Anna", "Kathleen", "Liesbeth", "Tine", "Leen", "Hilde", "Ilse"]

CLASSES = ["1A1", "1A2", "1A3", "1A4", "1B", "2A1", "2A2", "2A3", "2B1", "2B2",
           "3STEM", "3ECO", "3MW", "3ELEK", "3TW", "4ELEK", "4BIO", "4HOUT", "4TW",
           "5ET", "5IW", "5ECO", "5MT", "6IW", "6EM", "6VZ"]


def _parent_addr(rng, first, last, used):
    prov = rng.choice(PROVIDERS)
    f, l = slugname(first), slugname(last)
    pat = rng.randrange(6)
    if pat == 0:
        a = "%s.%s@%s" % (f, l, prov)
    elif pat == 1:
        a = "%s.%s@%s" % (l, f, prov)
    elif pat == 2:
        a = "%s.%s@%s" % (f[0], l, prov)
    elif pat == 3:
        a = "%s%s%d@%s" % (f, l, rng.randrange(60, 99), prov)
    elif pat == 4:
        a = "fam.%s@%s" % (l, prov)
    else:
        a = "%s_%s@%s" % (f, l[:4], prov)
    while a in used:
        a = a.replace("@", "%d@" % rng.randrange(1, 9))
    used.add(a)
    return a


def build_roster():
    rng = random.Random(SEED)
    used_parent = set()
    for v in STORY.values():
        used_parent.update(x for x in v[3:5] if x)
    pupils = []   # dicts
    for key, (f, l, k, p1, p2) in STORY.items():
        pupils.append(dict(key=key, first=f, last=l, klas=k, p1=p1, p2=p2))
    story_names = {(p["first"], p["last"]) for p in pupils}
    n_target = 302
    while len(pupils) < n_target:
        last = rng.choice(SURNAMES)
        # family with 1-3 children
        nkids = rng.choices([1, 2, 3], weights=[78, 18, 4])[0]
        fa_first = rng.choice(PARENT_FIRST_M)
        mo_first = rng.choice(PARENT_FIRST_F)
        mo_last = rng.choice(SURNAMES) if rng.random() < 0.7 else last
        kind = rng.random()
        if kind < 0.12:      # only mother's address, not spelling the pupil's surname
            p1 = _parent_addr(rng, mo_first, mo_last, used_parent)
            p2 = ""
        elif kind < 0.55:
            p1 = _parent_addr(rng, mo_first, mo_last, used_parent)
            p2 = _parent_addr(rng, fa_first, last, used_parent)
        elif kind < 0.85:
            p1 = _parent_addr(rng, fa_first, last, used_parent)
            p2 = _parent_addr(rng, mo_first, mo_last, used_parent)
        else:
            p1 = _parent_addr(rng, fa_first, last, used_parent)
            p2 = ""
        for _ in range(nkids):
            if len(pupils) >= n_target:
                break
            first = rng.choice(FIRST_M if rng.random() < 0.5 else FIRST_F)
            if (first, last) in story_names:
                continue
            story_names.add((first, last))
            pupils.append(dict(key=None, first=first, last=last, klas=rng.choice(CLASSES), p1=p1, p2=p2))
    pupils.sort(key=lambda p: (CLASSES.index(p["klas"]), ascii_fold(p["last"]), ascii_fold(p["first"])))
    used_mail = set()
    for i, p in enumerate(pupils, 1):
        p["id"] = "P%04d" % i
        m = "%s.%s@%s" % (slugname(p["first"]), slugname(p["last"]), LEERLING_DOMAIN)
        while m in used_mail:
            m = m.replace("@", "2@")
        used_mail.add(m)
        p["mail"] = m
    return pupils


ROSTER = build_roster()
PUP = {p["key"]: p for p in ROSTER if p["key"]}


def pid(key):
    return PUP[key]["id"]


def p1(key):
    return PUP[key]["p1"]


def p2(key):
    return PUP[key]["p2"]


def pmail(key):
    return PUP[key]["mail"]


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]])


# ---------------------------------------------------------------------------
# people of the school and partners
# ---------------------------------------------------------------------------

S = "sintpieterscollege.be"
K = "spc.ksleuven.be"
G = "lksd.ksleuven.be"

STAFF = {
    "dir":   ("Geert Vanhoudt", "geert.vanhoudt@" + S),
    "direc": ("Directie Sint-Pieterscollege", "directie@" + K),
    "adj":   ("Sofie Claes", "sofie.claes@" + S),
    "adjk":  ("Sofie Claes", "scl@" + K),
    "lb":    ("Tom Wouters", "tom.wouters@" + S),
    "lbk":   ("Tom Wouters", "two@" + K),
    "zorg":  ("Ilse Maes", "ilse.maes@" + S),
    "sec":   ("Nadia Bouzid", "nadia.bouzid@" + S),
    "secgen": ("Leerlingensecretariaat Sint-Pieterscollege", "leerlingensecretariaat@" + K),
    "ict":   ("Pieter De Wit", "pieter.dewit@" + S),
    "ictk":  ("ICT Sint-Pieterscollege", "ict@" + K),
    "opv":   ("Kevin Jacobs", "kevin.jacobs@" + S),
    "ldw":   ("Lies De Wachter", "ldw@" + K),
    "bart":  ("Bart Goossens", "bart.goossens@" + S),
    "karen": ("Karen Smets", "karen.smets@" + S),
    "moh":   ("Mohamed Aydin", "mohamed.aydin@" + S),
    "hilde": ("Hilde Verstraeten", "hilde.verstraeten@" + S),
    "jonas": ("Jonas Vervoort", "jonas.vervoort@" + S),
    "ann":   ("Ann Lenaerts", "ann.lenaerts@" + S),
    "boek":  ("Veerle Coppens", "veerle.coppens@" + S),
    "conc":  ("Marc Willems", "marc.willems@" + S),
    "ta":    ("Dirk Hermans", "dirk.hermans@" + S),
    "stage": ("Katrien Bosmans", "katrien.bosmans@" + S),
    "sas":   ("Saskia Vanhove", "saskia.vanhove@" + S),
    "dpo":   ("Els Vandenberghe (DPO Stroom)", "privacy@" + G),
    "prev":  ("Johan Vos", "johan.vos@" + G),
    "bestuur": ("Mieke Raes", "mieke.raes@" + G),
}

EXT = {
    "adv":    ("Mr. Hanne Bogaerts", "hanne.bogaerts@bogaerts-advocaat.be"),
    "advsch": ("Mr. Jeroen Dierickx", "j.dierickx@dierickx-legal.be"),
    "pol":    ("INP Wim Vandeputte", "wim.vandeputte@pz-leuvenstad.be"),
    "poljeugd": ("HINP Sarah Lemaire", "sarah.lemaire@pz-leuvenstad.be"),
    "clb":    ("Evi Van Hecke", "evi.vanhecke@vclb-dijleland.be"),
    "clbarts": ("dr. Koen Daems", "koen.daems@vclb-dijleland.be"),
    "timeout": ("Lien Stas", "lien.stas@timeout-leuven.be"),
    "sdj":    ("Bram Pauwels", "bram.pauwels@sdj-leuven.be"),
    "newsch": ("Leerlingensecretariaat SGC Kessel-Lo", "leerlingensecretariaat@sgc-kessello.be"),
    "ocmw":   ("Yves Delvaux", "yves.delvaux@ocmw-leuven.be"),
    "lock":   ("Lockwise Benelux", "service@lockwise.be"),
    "cam":    ("Securama support", "support@securama.be"),
    "clean":  ("Nettoyage Lumière", "planning@nettoyage-lumiere.be"),
    "az":     ("Kathleen Moens", "kathleen.moens@azdijlevallei.be"),
    "dublin": ("Siobhan Keane", "s.keane@olcdublin.ie"),
    "audit":  ("Mark Hughes", "m.hughes@northbridge-audit.co.uk"),
    "stad":   ("Jeugddienst Stad Leuven", "jeugddienst@leuven-stad.be"),
    "zwem":   ("Zwemclub Leuven jeugd", "jeugd@zwemclubleuven.be"),
}


def who(k):
    if k in STAFF:
        return STAFF[k]
    if k in EXT:
        return EXT[k]
    raise KeyError(k)


SCHOOL_TEL = "016 31 42 00"


# ---------------------------------------------------------------------------
# attachments (deterministic bytes)
# ---------------------------------------------------------------------------

ZDATE = (2025, 3, 1, 10, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paragraphs, macro=False):
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                 '</Relationships>')
        files.append(("word/_rels/document.xml.rels", drels))
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"NewMacros\"\r\nSub AutoOpen()\r\n  Call VulSjabloonIn\r\nEnd Sub\r\n"))
    return _zip(files)


def make_xlsx(rows, macro=False):
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
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
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    cols = "ABCDEFGHIJ"
    xr = []
    for i, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[j], i, _xml_esc(str(v)))
                        for j, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (i, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
             % "".join(xr))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"Module1\"\r\nSub Workbook_Open()\r\n  Call NieuwIncident\r\nEnd Sub\r\n"))
    return _zip(files)


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        content.append("(%s) '" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) >>" % esc(title)).encode("cp1252", "replace"),
    ]
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def fake_exe(name):
    h = hashlib.sha256(name.encode()).digest()
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
            + b"This program cannot be run in DOS mode.\r\r\n$" + h * 8)


# ---------------------------------------------------------------------------
# mail builder
# ---------------------------------------------------------------------------

MAILS = []
_BUILT = set()


def _tz(d):
    cest = ((datetime.datetime(2024, 3, 31, 2) <= d < datetime.datetime(2024, 10, 27, 3)) or
            (datetime.datetime(2025, 3, 30, 2) <= d < datetime.datetime(2025, 10, 26, 3)))
    return datetime.timezone(datetime.timedelta(hours=2 if cest else 1))


def _dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=_tz(d))


def _addr(x):
    if isinstance(x, tuple):
        return x
    if "@" in x:
        return ("", x)
    return who(x)


def _addrlist(x):
    if x is None or (isinstance(x, str) and x == "undisclosed"):
        return []
    if isinstance(x, list):
        return [_addr(i) for i in x]
    return [_addr(x)]


def _fmt_addrs(lst):
    out = []
    for n, a in lst:
        out.append(formataddr((n, a), charset="utf-8") if n else a)
    return ", ".join(out)


def _textpart(text, subtype, cs, enc):
    c = Charset(cs)
    c.body_encoding = {"8bit": None, "qp": QP, "b64": BASE64}[enc]
    return MIMEText(text, subtype, c)


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-MS-Has-Attach", ""),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "android": ("User-Agent", "Android"),
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
    "gmail": None,
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "smartschool": ("X-Mailer", "Smartschool Mailer"),
}


def mail(slug, frm, to, subj, body, date, *, cc=(), bcc=(), html=None, html_only=False, enc="8bit",
         cs="utf-8", atts=(), reply=False, mailer="outlook", mail_from=None, rules=(), cats=(), about=(),
         mis=False, note="", lang="nl", fmt=(), extra=()):
    assert slug not in _BUILT, slug
    _BUILT.add(slug)
    frm_a = _addr(frm)
    to_l = _addrlist(to)
    cc_l = _addrlist(list(cc))
    bcc_l = _addrlist(list(bcc))
    d = _dt(date)

    if html is not None and not html_only:
        core = MIMEMultipart("alternative")
        core.attach(_textpart(body, "plain", cs, enc))
        core.attach(_textpart(html, "html", cs, enc))
    elif html_only:
        core = _textpart(html, "html", cs, enc)
    else:
        core = _textpart(body, "plain", cs, enc)
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(core)
        for fname, data, ctype in atts:
            maintype, subtype = ctype.split("/")
            if isinstance(data, str):
                data = data.encode("utf-8")
            part = MIMEApplication(data, subtype) if maintype == "application" else None
            if part is None:
                from email.mime.base import MIMEBase
                from email import encoders
                part = MIMEBase(maintype, subtype)
                part.set_payload(data)
                encoders.encode_base64(part)
            try:
                fname.encode("ascii")
                part.add_header("Content-Disposition", "attachment", filename=fname)
            except UnicodeEncodeError:
                part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
            part.set_param("name", fname)
            msg.attach(part)
    else:
        msg = core

    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = _fmt_addrs([frm_a])
    msg["To"] = _fmt_addrs(to_l) if to_l else "undisclosed-recipients:;"
    if cc_l:
        msg["Cc"] = _fmt_addrs(cc_l)
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, "utf-8")
    msg["Date"] = format_datetime(d)
    dom = frm_a[1].split("@")[1]
    h = hashlib.sha1(("batch42|" + slug + "|" + date).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16].upper(), d.strftime("%Y%m%d%H%M"), dom)
    if reply:
        ph = hashlib.sha1(("parent|" + slug).encode()).hexdigest()
        pdom = (to_l[0][1] if to_l else frm_a[1]).split("@")[1]
        parent = "<%s@%s>" % (ph[:24], pdom)
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    mh = MAILERS.get(mailer)
    if mh and mh[1]:
        msg[mh[0]] = mh[1]
    for k, v in extra:
        msg[k] = v
    for k, v in mime_hdrs:
        msg[k] = v

    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_NextPart_%s_%02d" % (h[16:32], n))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep="\r\n")).flatten(msg)

    fm = list(fmt)
    auto = []
    if html_only:
        auto.append("html-only")
    elif html is not None:
        auto.append("alt")
    if enc == "qp":
        auto.append("plain-qp" if not html_only else "qp")
    if enc == "b64":
        auto.append("plain-base64" if not html_only else "base64")
    if cs != "utf-8":
        auto.append("plain-cp1252")
    for fname, _, _ in atts:
        auto.append("attachment-" + fname.rsplit(".", 1)[-1].lower())
    if atts:
        auto.append("mixed")
    if bcc_l:
        auto.append("bcc-envelope")
    if not to_l:
        auto.append("undisclosed-to")
    if not fm or fm[0] not in ("plain", "html", "phone"):
        base = "plain" if html is None else "html"
        fm.insert(0, base)
    for a in auto:
        if a not in fm:
            fm.append(a)

    rcpt = [a for _, a in to_l] + [a for _, a in cc_l] + [a for _, a in bcc_l]
    label = dict(rules=list(rules), cats=list(cats), mail_from=mail_from or frm_a[1], rcpt=rcpt,
                 about=[pid(k) if k in PUP else k for k in about], misdirected=mis, note=note, lang=lang, format=fm)
    if cats:
        assert "sensitive" in rules, slug
    if "sensitive" in rules:
        assert cats, slug
    assert bool(mis) == ("recipient" in rules), slug
    MAILS.append((slug, buf.getvalue(), label))


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def outlook_hdr(frm, sent, to, subj, cc=None, lang="nl"):
    if lang == "en":
        s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
        if cc:
            s += "Cc: %s\n" % cc
        return s + "Subject: %s\n" % subj
    s = "Van: %s\nVerzonden: %s\nAan: %s\n" % (frm, sent, to)
    if cc:
        s += "CC: %s\n" % cc
    return s + "Onderwerp: %s\n" % subj


def nm(key):
    p = PUP[key]
    return "%s %s" % (p["first"], p["last"])


def fn(key):
    return PUP[key]["first"]


def cls(key):
    return PUP[key]["klas"]


def parents_of(key):
    return [x for x in (p1(key), p2(key)) if x]


# signatures ---------------------------------------------------------------
ADDR = "Sint-Pieterscollege Leuven\nKapucijnenvoer 10, 3000 Leuven"


def sig(k, tel=False, gsm=None, short=False):
    name = who(k)[0]
    roles = {"dir": "directeur", "adj": "adjunct-directeur leerlingenzaken", "lb": "leerlingenbegeleider 2de graad",
             "zorg": "zorgcoördinator", "sec": "leerlingensecretariaat", "ict": "ICT-coördinator",
             "opv": "opvoeder", "boek": "boekhouding", "conc": "technisch medewerker",
             "stage": "stagecoördinator", "ta": "technisch adviseur", "karen": "klastitularis 3ELEK",
             "moh": "leraar PV elektriciteit - klastitularis 4ELEK", "prev": "preventieadviseur Stroom",
             "bestuur": "secretariaat schoolbestuur LKSD"}
    if short:
        return "\n--\n%s" % name
    s = "\n\nMet vriendelijke groeten,\n\n%s\n" % name
    if k in roles:
        s += roles[k] + "\n"
    s += ADDR + "\n"
    if tel:
        s += "tel. %s" % SCHOOL_TEL
        if gsm:
            s += " - gsm %s" % gsm
        s += "\n"
    s += "www.sintpieterscollege.be\n"
    return s


def html_wrap(inner, font="Calibri"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"%s",sans-serif;}'
            'table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;font-size:10pt}</style>'
            '</head><body lang="NL-BE"><div class="WordSection1">%s</div></body></html>' % (font, inner))


def html_table(rows, header=True):
    out = ['<table class="MsoTableGrid">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def paras(text):
    return "".join('<p class="MsoNormal">%s</p>' % (ln if ln else "&nbsp;") for ln in text.split("\n"))


# ===========================================================================
# 1. credentials (password)
# ===========================================================================

def build_password():
    codes = [("C-301", "gang C, gelijkvloers", "4471"), ("C-302", "gang C, gelijkvloers", "0926"),
             ("C-303", "gang C, gelijkvloers", "7310"), ("C-304", "gang C, gelijkvloers", "5582"),
             ("C-305", "gang C, gelijkvloers", "1849"), ("C-306", "gang C, gelijkvloers", "6603"),
             ("C-307", "gang C, 1ste verdiep", "2295"), ("C-308", "gang C, 1ste verdiep", "8137"),
             ("C-309", "gang C, 1ste verdiep", "3064"), ("C-310", "gang C, 1ste verdiep", "9452")]
    txt = ("Dag Kevin,\n\nHierbij de nieuwe codes van de kastjes van 3ELEK, zoals Marc ze gisteren na de "
           "diefstallen heeft ingesteld. Alle oude codes zijn gewist.\n\n" +
           text_table([("Kast", "Locatie", "Nieuwe code")] + codes) +
           "\n\nKan jij ze morgen in het eerste lesuur persoonlijk aan de gasten geven? Ik ben de hele dag mee op "
           "uitstap met 5ET. Niet aan het bord schrijven aub :-)\n\nDank je!\nKaren")
    html = html_wrap(paras("Dag Kevin,\n\nHierbij de nieuwe codes van de kastjes van 3ELEK, zoals Marc ze gisteren "
                           "na de diefstallen heeft ingesteld. Alle oude codes zijn gewist.\n") +
                     html_table([("Kast", "Locatie", "Nieuwe code")] + codes) +
                     paras("\nKan jij ze morgen in het eerste lesuur persoonlijk aan de gasten geven? Ik ben de "
                           "hele dag mee op uitstap met 5ET. Niet aan het bord schrijven aub :-)\n\nDank je!\nKaren"))
    mail("kastcodes-3elek", "karen", "opv", "nieuwe codes kastjes 3ELEK", txt, "2025-03-18 21:47", html=html,
         rules=["password"], note="table of new locker codes (locker number + code), no pupils named",
         fmt=["html", "table"])

    mail("code-kastje-finn", "sec", p1("FINN"), "Code kastje Finn",
         "Beste meneer Baert,\n\nFinn kwam vanmiddag aan het secretariaat melden dat hij de code van zijn kastje "
         "(C-214) vergeten is. Marc heeft het slot opnieuw ingesteld. De nieuwe code is 5-0-8-3.\n\n"
         "Wilt u die samen met Finn ergens thuis noteren? Liefst niet in zijn agenda of op zijn gsm-hoesje, "
         "na de diefstallen van de voorbije weken raden we dat echt af.\n" + sig("sec"),
         "2025-03-20 15:12", rules=["password"], about=["FINN"],
         note="secretariat gives a parent the new code of the pupil's locker; nothing sensitive",
         fmt=["plain"])

    mail("kluis-archief-dossiers", "dir", "adj", "dossiers klassenraad donderdag",
         "Sofie,\n\nIk zit morgen de hele dag op het directieoverleg in Heverlee. De tuchtdossiers voor de "
         "klassenraad van donderdag liggen in de kluis in het archieflokaal (A0.07).\n"
         "Code van de kluis: 4 8 1 9 0 6, daarna de sleutel in de bovenste lade van mijn bureau.\n\n"
         "Neem de grijze map 'lopende procedures' mee, de rest mag blijven liggen. Graag terug in de kluis "
         "na de klassenraad, niet in het secretariaat laten slingeren.\n\nGeert",
         "2025-04-01 18:03", rules=["password"], note="safe code of the archive room, no pupil named",
         fmt=["plain"])

    mail("deurcode-archief-gsm", "conc", "sec", "archief",
         "Nadia, deurcode archief is 2207# \nAlarm uitzetten met 1985 + OFF binnen de 30 sec\n"
         "Als het toch afgaat bel mij maar, ik ben in de turnzaal\nMarc\n\nVerstuurd vanaf mijn iPhone",
         "2025-02-24 07:52", mailer="iphone", rules=["password"],
         note="door code and alarm code of the archive room, phone mail", fmt=["phone"])

    mail("praktisch-hoorzitting-advocaat", "sec", "adv", "Praktische info - gesprek maandag 12 mei",
         "Geachte meester Bogaerts,\n\nIn opdracht van mevrouw Claes bezorg ik u de praktische informatie voor "
         "maandag 12 mei.\n\n- Adres: Kapucijnenvoer 10, 3000 Leuven, ingang via de hoofdpoort\n"
         "- Meld u aan bij het onthaal, u wordt naar de vergaderzaal van de directie (A1.03) gebracht\n"
         "- Parkeren kan in de parking Ladeuze, op de school zelf is er geen plaats voor bezoekers\n"
         "- Wilt u uw laptop gebruiken: wifi-netwerk SPC-Gast, sleutel Kapucijn!2025\n\n"
         "Het gesprek start om 14.00 uur.\n" + sig("sec"),
         "2025-05-07 10:31", rules=["password"],
         note="practical info for a meeting with the lawyer incl. guest Wi-Fi key; no pupil named",
         fmt=["plain"])

    mail("beveiligde-link-dossier-advocaat", "adj", "adv",
         "Dossier %s - procedure definitieve uitsluiting" % nm("RAYAN"),
         "Geachte meester,\n\nZoals gevraagd in uw mail van 2 mei bezorg ik u hierbij het volledige tuchtdossier "
         "van uw cliënt %s (%s), in het kader van de lopende procedure tot definitieve uitsluiting.\n\n"
         "Link: https://files.lksd.ksleuven.be/s/Xk29PqL7mW\nWachtwoord: Rq7!dijle-0512\n"
         "De link blijft geldig tot en met vrijdag 16 mei.\n\n"
         "Het dossier bevat:\n1. het verslag van de feiten van 3 april (verkoop van cannabis op de speelplaats, "
         "vaststelling door twee opvoeders)\n2. de verklaring van %s zelf, opgetekend op 3 april\n"
         "3. de brief over de preventieve schorsing van 4 april\n4. het overzicht van de eerdere "
         "ordemaatregelen (volgkaart november, tijdelijke uitsluiting van 2 dagen in januari)\n"
         "5. het verslag van de begeleidende klassenraad van 24 april\n\n"
         "Ouders en leerling kunnen het dossier ook op school inkijken; u bent daarbij uiteraard welkom.\n\n"
         "Met vriendelijke groeten,\n\nSofie Claes\nadjunct-directeur leerlingenzaken\n"
         % (nm("RAYAN"), cls("RAYAN"), fn("RAYAN")) + ADDR + "\n",
         "2025-05-05 16:20", rules=["password", "sensitive"], cats=["psychosocial"], about=["RAYAN"],
         note="secure link to the disciplinary file with its password in the same mail; drug dealing, exclusion",
         fmt=["plain"])

    mail("wachtwoord-gedeelde-map-clb", "sec", "clb", "wachtwoord",
         "Dag Evi,\n\nZoals telefonisch afgesproken stuur ik het wachtwoord voor de gedeelde map apart:\n\n"
         "Dijle#7731kr\n\nGroetjes,\nNadia", "2025-04-14 11:05", rules=["password"],
         note="password for a shared folder sent in a separate short mail", fmt=["plain"])

    mail("camerabeelden-toegang-politie", "ict", "pol", "Toegang camerabeelden 14/03",
         "Goedemiddag inspecteur Vandeputte,\n\nZoals afgesproken met de directie kunt u de beelden van vrijdag 14 "
         "maart (speelplaats B, camera's 3 en 4, tussen 12.35 en 12.50 uur) rechtstreeks bekijken via de "
         "webinterface van de recorder:\n\n  https://nvr.spc.ksleuven.be:8443\n  gebruiker: pz_leuven_tijdelijk\n"
         "  wachtwoord: Nvr-1403-bx!\n\nDit account kan enkel die twee camera's zien en vervalt automatisch op "
         "31 maart. Exporteren staat uit; als u een kopie nodig hebt voor het PV, laat het mij weten, dan maak "
         "ik die samen met mevrouw Claes.\n" + sig("ict", tel=True, gsm="0479 52 18 36"),
         "2025-03-17 13:44", rules=["password", "personal_data"],
         note="login for the camera recorder sent to the police; school and mobile phone numbers in signature",
         fmt=["plain"])

    rows = [("Klas", "Leerling", "Gebruikersnaam", "Startwachtwoord")]
    for k, pw in (("ILIAS", "Zon-4829-kaa"), ("JONAS_K", "Rivier-1175-pol"), ("NORA", "Boom-6301-lek")):
        p = PUP[k]
        rows.append((p["klas"], "%s %s" % (p["first"], p["last"]), p["mail"].split("@")[0], pw))
    csvtxt = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    mail("startwachtwoorden-nieuwe-leerlingen", "sec", "titularissen@" + K,
         "Startwachtwoorden nieuwe leerlingen (instroom februari)",
         "Beste titularissen,\n\nIn bijlage de startwachtwoorden voor Smartschool en Microsoft 365 van de drie "
         "leerlingen die deze week instromen. Gelieve ze persoonlijk te bezorgen en de leerlingen te vragen hun "
         "wachtwoord meteen te wijzigen.\n\nAlvast bedankt!\n" + sig("sec"),
         "2025-02-10 08:15", atts=[("startwachtwoorden_instroom_feb.csv", csvtxt.encode("utf-8-sig"), "text/csv")],
         rules=["password", "bcc"], about=["ILIAS", "JONAS_K", "NORA"],
         note="CSV with start passwords of three new pupils, sent to the staff list titularissen@ in To",
         fmt=["plain", "group-in-to"])

    codes = ["8841-2290", "5517-0342", "9063-7718", "2284-6150", "7730-4419",
             "1196-8823", "6402-3357", "3378-9904", "4625-1186", "0957-5531"]
    mail("herstelcodes-mfa-directeur", "ict", "dir", "je nieuwe herstelcodes (MFA)",
         "Geert,\n\nNa de reset van vanmorgen zijn dit je nieuwe herstelcodes voor de tweestapsverificatie van je "
         "Microsoft 365-account. Elke code werkt maar één keer.\n\n" + "\n".join(codes) +
         "\n\nDruk ze af, leg ze in de kluis en verwijder deze mail daarna (ook uit Verwijderde items).\n\nPieter",
         "2025-02-12 09:27", rules=["password"], note="list of MFA recovery codes", fmt=["plain", "list"])

    mail("sms-code-smartschool", "sec", "adjk", "code",
         "Sofie, de sms-code voor je Smartschool-login kwam op de gsm van het secretariaat binnen: 583 204\n"
         "(10 minuten geldig)\nN.", "2025-03-03 08:02", rules=["password"],
         note="one-time login code forwarded by mail", fmt=["plain", "short"])

    mail("printcode-verslagen", "ldw", "jonas", "printen aub?",
         "Jonas,\n\nKan jij voor mij de verslagen voor de cel leerlingenbegeleiding afdrukken op de kopieerruimte? "
         "Ze staan in de wachtrij onder mijn naam. Mijn printcode is 4417.\nIk geraak niet op tijd op school door "
         "de file aan Herent.\n\nMerci!!\nLies", "2025-03-26 07:41", mailer="iphone", rules=["password"],
         note="printer PIN shared with a colleague", fmt=["plain"])

    mail("toegang-mailbox-secretariaat", "adj", "sec", "toegang mailbox leerlingensecretariaat",
         "Dag Nadia,\n\nVanaf maandag beheer jij mee de mailbox van het leerlingensecretariaat. Pieter kan de "
         "gedeelde toegang pas volgende week instellen, dus voorlopig log je rechtstreeks in:\n\n"
         "gebruikersnaam: leerlingensecretariaat@spc.ksleuven.be\nwachtwoord: Kapucijnen-Sec-24\n\n"
         "In die mailbox komen ook de meldingen van ouders over afwezigheden en de mails van de advocaten in "
         "lopende tuchtdossiers, dus discretie uiteraard. Mappen niet herschikken aub, Kevin werkt er ook in.\n\n"
         "Sofie", "2025-02-27 17:12", rules=["password"],
         note="password of the secretariat's shared mailbox", fmt=["plain"])

    mail("wachtwoord-in-stukken", "lb", "opv", "bestand tuchtmaatregelen",
         "Kevin,\n\nHet excelbestand met het overzicht van de ordemaatregelen staat op de teamschijf "
         "(Leerlingbegeleiding > 2024-2025). Ik heb het beveiligd. Het wachtwoord stuur ik in drie stukken, "
         "zet ze gewoon achter elkaar zonder spaties:\n\nTucht\n2025\n!kvr\n\n(met hoofdletter T)\n\nTom",
         "2025-03-11 12:58", rules=["password"], note="password split over three lines", fmt=["plain"])

    mail("coaccount-uitgespeld", "sec", p1("STAN"), "Co-account Smartschool",
         "Beste meneer Luyten,\n\nU belde vanochtend dat u niet kon inloggen met uw co-account voor Stan. "
         "Ik heb het opnieuw ingesteld. Omdat de letters in de vorige mail moeilijk te onderscheiden waren, "
         "schrijf ik het wachtwoord voluit:\n\n"
         "gebruikersnaam: %s (kies 'co-account 1')\n"
         "wachtwoord: kleine s - hoofdletter T - cijfer 4 - kleine r - uitroepteken - cijfer 9 - kleine m - "
         "hoofdletter Q\n\nBij de eerste aanmelding vraagt Smartschool om het te wijzigen.\n" % pmail("STAN").split("@")[0]
         + sig("sec"), "2025-02-19 10:40", rules=["password"], about=["STAN"],
         note="parent's co-account password spelled out character by character", fmt=["plain"])

    mail("code-alarme-nettoyage", "conc", "clean", "Nouvelle équipe du soir - codes d'accès",
         "Bonjour Madame,\n\nPour la nouvelle équipe qui commence lundi soir :\n\n"
         "- le code de l'alarme à l'entrée Kapucijnenvoer est le 2580, puis la touche OFF\n"
         "- le cadenas du local de stockage (produits) s'ouvre avec le code 0412\n"
         "- la porte du bloc C reste fermée, la clé est dans la boîte à clés de la conciergerie\n\n"
         "Merci de ne pas afficher ces codes dans le local. En cas de problème, appelez-moi au 0475 12 88 40.\n\n"
         "Bien à vous,\nMarc Willems\nSint-Pieterscollege Leuven",
         "2025-03-07 14:22", rules=["password", "personal_data"], lang="fr",
         note="alarm code and padlock code sent to a cleaning company, Belgian mobile number", fmt=["plain"])

    mail("audit-export-share", "ict", "audit", "Access log export for your audit",
         "Hi Mark,\n\nAs discussed on Tuesday, I have put the export of the access logs of the camera recorder and "
         "of the locker management tool (January-March 2025) on our secure share:\n\n"
         "https://files.lksd.ksleuven.be/s/Qa7tYz3LpE\n\nThe password is: Stroom!Audit#2025\n\n"
         "The export contains user names of staff but no images. Please delete the files once your report is "
         "final.\n\nKind regards,\nPieter De Wit\nICT coordinator\nSint-Pieterscollege Leuven (Stroom)\n",
         "2025-04-03 16:05", rules=["password"], lang="en",
         note="English: password of a file share sent with the link", fmt=["plain"])

    mail("mastercode-kastjes-b64", "conc", "opv", "controle kastjes morgen",
         "Kevin,\n\nVoor de controle van de kastjes morgen met de politie: de mastercode voor blok C is "
         "9-3-7-1-5 (daarna hendel naar beneden en het slot springt open).\nEnkel gebruiken als er iemand van "
         "de directie bij is, zo is het afgesproken.\n\nMarc", "2025-04-02 16:48", enc="b64",
         rules=["password"], note="master code of the lockers, body base64 encoded", fmt=["plain"])

    mail("wifi-spreker-cp1252", "sec", "poljeugd", "Uw sessie 'Drugs & wet' van donderdag",
         "Beste mevrouw Lemaire,\n\nFijn dat u donderdag de sessie ‘Drugs & wet’ komt geven voor de leerlingen van "
         "de 4de en 5de jaren. Enkele praktische zaken:\n\n• U spreekt in de aula (blok A, gelijkvloers), de "
         "projector werkt met HDMI.\n• Wifi voor uw laptop: netwerk SPC-Gast – wachtwoord Leuven3000!gast\n"
         "• Koffie staat klaar in de leraarskamer vanaf 8.15 uur.\n\nAlvast bedankt namens de directie!\n\n"
         "Nadia Bouzid\nleerlingensecretariaat\nSint-Pieterscollege Leuven\n",
         "2025-04-22 11:30", cs="windows-1252", mailer="outlook", rules=["password"],
         note="guest Wi-Fi password for a police speaker, windows-1252 8bit body", fmt=["plain"])

    acc = [("Platform", "Gebruikersnaam", "Wachtwoord / PIN"),
           ("Smartschool", "jolien.verachtert", "Spc!Start-0317"),
           ("Microsoft 365", "jolien.verachtert@sintpieterscollege.be", "Welkom-SPC-8812"),
           ("Kopieerapparaat", "personeelsnummer 4471", "PIN 2093"),
           ("Informat (afwezigheden)", "jverachtert", "Inf!0317jv")]
    mail("accounts-interim-html", "ict", ("Jolien Verachtert", "jolien.verachtert@" + S), "Je accounts",
         None, "2025-03-17 07:58", html_only=True,
         html=html_wrap(paras("Dag Jolien,\n\nWelkom op het Sint-Pieterscollege! Hieronder je accounts voor je "
                              "interim in de 3de graad elektriciteit:\n") + html_table(acc) +
                        paras("\nVerander de wachtwoorden bij je eerste aanmelding. Vragen? Je vindt mij in "
                              "lokaal B0.12.\n\nGroeten,\nPieter De Wit\nICT-co&ouml;rdinator")),
         rules=["password"], note="Outlook HTML table with accounts and passwords of an interim teacher",
         fmt=["html-only", "table"])

    orig = ("Goedenavond,\nIk krijg steeds de melding dat mijn wachtwoord niet klopt voor het account van Nora. "
            "Kan u het opnieuw instellen? Ik wil de mededelingen over de klassenraad kunnen lezen.\nMvg\nSaid Haddou")
    mail("reply-nieuw-wachtwoord-ouder", "sec", p1("NORA"), "RE: wachtwoord smartschool",
         "Beste meneer Haddou,\n\nIk heb uw co-account opnieuw ingesteld. Hier is uw nieuwe wachtwoord: "
         "Haddou2025!\nGelieve het na het inloggen te wijzigen via 'Profiel > Wachtwoord'.\n\nMet vriendelijke "
         "groeten,\nNadia Bouzid\n\n-----Oorspronkelijk bericht-----\nVan: Said Haddou <%s>\nVerzonden: maandag "
         "10 februari 2025 21:14\nAan: leerlingensecretariaat@spc.ksleuven.be\nOnderwerp: wachtwoord smartschool\n\n"
         % p1("NORA") + orig, "2025-02-11 08:35", reply=True, rules=["password"], about=["NORA"],
         note="reply to a parent with a new co-account password", fmt=["plain", "reply"])

    pins = ("Kopieercodes personeel 2024-2025 (nieuwe reeks na lek in januari)\r\n\r\n"
            "Naam\tPIN\r\nBosmans Katrien\t3391\r\nCoppens Veerle\t7725\r\nDe Wachter Lies\t4417\r\n"
            "Goossens Bart\t6058\r\nJacobs Kevin\t1182\r\nLenaerts Ann\t9034\r\nSmets Karen\t2640\r\n"
            "Vanhove Saskia\t5519\r\nVervoort Jonas\t8806\r\n")
    mail("kopieercodes-bijlage-txt", "sec", "ta", "kopieercodes",
         "Dirk,\n\nIn bijlage de nieuwe kopieercodes voor jouw vakgroep, zoals gevraagd. Wil je ze zelf "
         "verdelen?\n\nNadia", "2025-02-03 12:20",
         atts=[("kopieercodes_personeel.txt", pins.encode("cp1252"), "text/plain")], rules=["password"],
         note="txt attachment with copier PINs of staff", fmt=["plain", "attachment-txt"])

    mail("camera-app-login-gmail", ("Geert Vanhoudt", "geert.vanhoudt67@gmail.com"), "adj", "camera app",
         "Sofie\nLogin camera-app op je gsm: gebruiker directie_spc  ww Cam3ra!Kap\nEnkel bekijken, niets "
         "downloaden of doorsturen. Morgen bespreken we wie er nog toegang moet krijgen.\nGeert\n\n"
         "Verzonden vanaf mijn Galaxy", "2025-03-15 20:36", mailer="android",
         rules=["password", "private_account"],
         note="director sends the camera app login from his private Gmail to a colleague", fmt=["phone"])

    mail("combinatie-geldkoffer", "adj", "boek", "geldkoffer",
         "Veerle, de combinatie van de geldkoffer in mijn bureau: 19 links - 47 rechts - 22 links. "
         "Het cashgeld van de uitstap 5ET mag erin, ik tel het maandag na.\nSofie\n\nVerstuurd vanaf mijn iPhone",
         "2025-03-21 16:55", mailer="iphone", rules=["password"], note="safe combination, phone mail",
         fmt=["phone"])

    mail("timeout-login-kobe", "lb", "timeout", "Kobe Hendrickx - schoolwerk tijdens time-out",
         "Dag Lien,\n\nZoals besproken op het intakegesprek kan %s tijdens zijn time-out bij jullie (24/3 t.e.m. "
         "11/4) zijn taken via Smartschool volgen. Hij vergeet zijn wachtwoord voortdurend, dus ik heb het "
         "gereset:\n\n  %s\n  Kobe2B1-timeout\n\nDe klassenraad vraagt vooral aandacht voor wiskunde en Frans. "
         "Na de drie vechtpartijen en de schorsing in februari hopen we echt dat hij met een schone lei kan "
         "terugkomen. Het herstelgesprek plannen we in de week van 14 april.\n\nGroeten,\nTom Wouters\n"
         "leerlingenbegeleider\n" % (fn("KOBE"), pmail("KOBE").split("@")[0]),
         "2025-03-21 09:15", rules=["password", "sensitive"], cats=["psychosocial"], about=["KOBE"],
         note="pupil's login sent to the time-out project; time-out after fights and suspension",
         fmt=["plain"])

    mail("bios-labo-laptops", "ict", "moh", "BIOS labo laptops",
         "Mohamed,\n\nVoor de installatie van de PLC-software op de labo-laptops:\n"
         "BIOS: Elek-Labo-77\nlokale admin: .\\labadmin / L@bo2025elek\n\nZet de BIOS-boot achteraf terug op "
         "enkel SSD, anders booten de gasten weer van USB.\n\nPieter", "2025-02-06 14:10",
         rules=["password"], note="BIOS and local admin passwords", fmt=["plain"])

    mail("reset-mastercodes-leverancier", "conc", "lock", "Reset mastercodes blok C - klantnr. 20417",
         "Beste,\n\nNa enkele inbraken in de kastjes vragen we een reset van alle mastercodes van blok C "
         "(120 kastjes, type LW-400). De huidige mastercode is 000-7319. De codes van de leerlingen mogen "
         "behouden blijven.\n\nKan uw technieker langskomen in de paasvakantie? Ik ben bereikbaar op het "
         "nummer hieronder.\n\nMet vriendelijke groeten,\nMarc Willems\ntechnisch medewerker\n" + ADDR +
         "\ngsm 0475 12 88 40\n", "2025-03-24 10:02", rules=["password", "personal_data"],
         note="current master code of the lockers sent to the supplier; mobile number in signature",
         fmt=["plain"])

    mail("wachtwoord-in-onderwerp", "sec", "adj", "nieuw ww pc onthaal: Zomer2025!Spc",
         "zie onderwerp\nN.", "2025-04-28 08:11", rules=["password"], note="password only in the subject line",
         fmt=["plain", "short"])

    mail("informat-interim-qp", "adj", ("Charlotte Wyns", "charlotte.wyns@" + S), "Login Informat",
         "Beste Charlotte,\n\nWelkom in het team! Voor je vervanging op het leerlingensecretariaat heb je toegang "
         "tot Informat nodig. Je login:\n\ngebruiker: secr.interim2\nwachtwoord: Inf0rm@t-2025\n\n"
         "Opgelet: in Informat zie je ook de gegevens van lopende tuchtdossiers en de adressen van gezinnen. "
         "Niets daarvan printen of doorsturen zonder het even aan Nadia of mij te vragen.\n\n"
         "Tot maandag!\nSofie Claes\nadjunct-directeur", "2025-04-25 15:33", enc="qp",
         rules=["password"], note="login for the pupil administration tool, quoted-printable body", fmt=["plain"])

    mail("pincode-bankkaart", "boek", "dir", "betaling Securama",
         "Geert,\n\nVoor de betaling van de nieuwe camera's bij Securama (factuur 2025-0192) moet je de bankkaart "
         "van de school gebruiken, want het bedrag is hoger dan mijn limiet. De pincode is 6650. Ik heb de "
         "daglimiet tijdelijk verhoogd tot vrijdag.\n\nVeerle", "2025-04-09 11:48", rules=["password"],
         note="PIN of the school's bank card", fmt=["plain"])

    mail("dossier-beroep-schooladvocaat", "dir", "advsch", "Beroep El Idrissi - stukken",
         "Beste Jeroen,\n\nDe ouders van %s (%s) hebben op 23 mei beroep aangetekend tegen de definitieve "
         "uitsluiting. Ik heb alle stukken voor de beroepscommissie op de beveiligde share gezet:\n"
         "map: Beroep_RE_2025\nwachtwoord: Beroep-RE!0523\n\nKern van het dossier: herhaalde verkoop van cannabis "
         "op de speelplaats (vaststelling 3 april, camerabeelden, PV van de lokale politie), eerdere "
         "tijdelijke uitsluiting in januari. Hun advocate stelt dat de hoorzitting niet correct verliep omdat "
         "%s zelf niet aanwezig was; hij was uitgenodigd, zie de aangetekende brief.\n\n"
         "Kunnen we donderdag even bellen?\n\nGeert" % (nm("RAYAN"), cls("RAYAN"), fn("RAYAN")),
         "2025-05-26 17:40", rules=["password", "sensitive"], cats=["psychosocial"], about=["RAYAN"],
         note="password of the appeal file share plus facts of the exclusion procedure",
         fmt=["plain"])

    mail("pincode-voicemail", "sec", "opv", "voicemail",
         "Kevin, voor als je tijdens mijn verlof de berichten wil afluisteren: pincode voicemail secretariaat "
         "(toestel 200) is 7070. Ouders die een afwezigheid melden graag in Informat zetten. Dank je!! Nadia",
         "2025-04-04 15:58", rules=["password"], note="voicemail PIN", fmt=["plain", "short"])

    mail("tijdelijk-wachtwoord-reset", "ict", "ann", "account gedeblokkeerd",
         "Dag Ann,\n\nJe account was geblokkeerd na te veel foute pogingen. Ik heb je wachtwoord gereset; je "
         "tijdelijke wachtwoord is Welkom-4821. Bij de eerste aanmelding moet je een nieuw kiezen.\n\n"
         "Groeten,\nPieter", "2025-02-18 08:49", rules=["password"],
         note="temporary password after a reset (not just reset instructions)", fmt=["plain"])

    inv = ("________________________________________________________________________________\n"
           "Microsoft Teams-vergadering\nNeem deel op uw computer, mobiele app of ruimteapparaat\n"
           "Klik hier om deel te nemen aan de vergadering\n"
           "Vergaderings-id: 381 226 904 517\nWachtwoordcode: 7kQ2Zx\n"
           "Meer informatie | Opties voor vergadering\n"
           "________________________________________________________________________________\n")
    mail("teams-hoorzitting-pdf-wachtwoord", "adj", "adv", "Hoorzitting %s - online deelname" % nm("RAYAN"),
         "Geachte meester Bogaerts,\n\nU liet weten dat u de hoorzitting van donderdag 15 mei in het kader van de "
         "procedure tot definitieve uitsluiting van uw cliënt %s liever online bijwoont. Hieronder de link.\n\n"
         "In bijlage het verslag van de begeleidende klassenraad. Het pdf-bestand is beveiligd met het "
         "wachtwoord Hoorzitting!0515\n\nMet vriendelijke groeten,\nSofie Claes\nadjunct-directeur\n\n" % nm("RAYAN")
         + inv, "2025-05-09 14:02",
         atts=[("verslag_klassenraad_2025-04-24.pdf",
                make_pdf(["Verslag begeleidende klassenraad 24/04/2025", "Leerling: %s (%s)" % (nm("RAYAN"), cls("RAYAN")),
                          "Aanleiding: verkoop van cannabis op de speelplaats (3/04)",
                          "Advies klassenraad: opstart procedure definitieve uitsluiting"], "Verslag klassenraad"),
                "application/pdf")],
         rules=["password", "sensitive"], cats=["psychosocial"], about=["RAYAN"],
         note="Teams passcode is allowed, but the PDF password in the same mail fires; exclusion procedure",
         fmt=["plain", "invitation"])

    mail("ontgrendelcode-gsm-politie", "opv", "poljeugd", "gsm Hamza Bakkali",
         "Mevrouw Lemaire,\n\nDe gsm van %s (%s) die we gisteren in beslag namen na de vaststelling op de "
         "speelplaats (aankoop van cannabis bij een leerling van het 5de jaar) ligt nog in de kluis op het "
         "secretariaat. Hamza gaf zelf in bijzijn van zijn moeder de ontgrendelcode: 120807.\n"
         "U kan het toestel komen ophalen, of wij brengen het binnen bij uw dienst.\n\n"
         "Met vriendelijke groeten,\nKevin Jacobs\nopvoeder 2de graad\nSint-Pieterscollege Leuven\n"
         % (nm("HAMZA"), cls("HAMZA")), "2025-04-04 09:20",
         rules=["password", "sensitive"], cats=["psychosocial"], about=["HAMZA"],
         note="unlock PIN of a pupil's confiscated phone; drug purchase and police", fmt=["plain"])


def ogm(n10):
    c = n10 % 97 or 97
    s = "%010d%02d" % (n10, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


# ===========================================================================
# 2. password look-alikes (must not fire password)
# ===========================================================================

def build_lookalikes():
    mail("wachtwoord-vervalt-geen-phishing", "ict", "bart", "RE: is dit phishing?",
         "Dag Bart,\n\nNee, die melding is echt: je wachtwoord vervalt binnen 5 dagen. Wijzigen kan via "
         "portal.office.com > Instellingen > Wachtwoord wijzigen, of op een schoolpc met Ctrl+Alt+Del > "
         "Wachtwoord wijzigen. Het nieuwe moet minstens 12 tekens hebben en mag niet op je vorige lijken.\n\n"
         "Goed dat je het eerst vroeg trouwens!\n\nPieter\n\n" + quote(
             "Pieter, ik krijg een melding dat mijn wachtwoord vervalt. Is dat echt of is dat weer zo'n "
             "phishingmail? Bart"), "2025-02-17 10:12", reply=True, rules=[],
         note="about a password expiry, no password given", fmt=["plain", "reply"])

    mail("wachtwoord-zelf-resetten-ouder", "jonas", p1("ELIAS"), "Smartschool",
         "Beste mevrouw Nowak,\n\nElias liet weten dat hij niet meer kan inloggen op Smartschool en daardoor "
         "de taak voor wiskunde niet kon indienen. Geen probleem, hij mag ze maandag nog afgeven.\n\n"
         "Hij kan zijn wachtwoord zelf opnieuw instellen via 'Wachtwoord vergeten?' op de aanmeldpagina. Lukt "
         "dat niet, dan kan hij tijdens de middagpauze langs de ICT-helpdesk in lokaal B0.12.\n\n"
         "Met vriendelijke groeten,\nJonas Vervoort\nleraar wiskunde", "2025-03-06 18:25", rules=[],
         about=["ELIAS"], note="how to reset a password, no password; personal but not sensitive",
         fmt=["plain"])

    mail("nieuw-kastnummer-leerling", "opv", pmail("SEPPE"), "je nieuwe kast",
         "Hoi Seppe,\n\nJe oude kast (C-122) wordt vervangen omdat het deurtje kapot is. Je nieuwe kast is "
         "C-118, gang C naast de trap naar de houtateliers. Je mag je spullen vrijdag in de middagpauze "
         "overzetten, ik ben erbij.\n\nHet hangslot breng je zelf mee. De code kies je zelf en die geef je aan "
         "niemand.\n\nKevin", "2025-03-25 12:10", mailer="outlook", rules=[], about=["SEPPE"],
         note="locker number, no code; mail to the pupil himself", fmt=["plain"])

    mail("bestelling-cijfersloten", "conc", "lock", "Bestelling 2025-00871 / uw offerte OF-44129",
         "Beste,\n\nHierbij bevestigen we de bestelling van 40 cijfersloten type LW-4D (referentie LW-4D-BLK) "
         "volgens uw offerte OF-44129 van 12 maart. Ons bestelnummer is 2025-00871; gelieve dit op de factuur "
         "te vermelden. Levering graag aan de leveranciersingang, Kapucijnenvoer 10.\n\n"
         "Met vriendelijke groeten,\nMarc Willems\nSint-Pieterscollege Leuven\n", "2025-03-27 09:40",
         rules=[], note="order and quote numbers, nothing that opens anything", fmt=["plain"])

    inv = ("\n________________________________________________________________________________\n"
           "Microsoft Teams-vergadering\nNeem deel op uw computer, mobiele app of ruimteapparaat\n"
           "Klik hier om deel te nemen aan de vergadering\n"
           "Vergaderings-id: 352 871 004 926\nWachtwoordcode: Ue9Tq3\n"
           "Teams downloaden | Deelnemen op het web\nMeer informatie | Opties voor vergadering\n"
           "________________________________________________________________________________\n")
    mail("teams-overleg-cel-lb", "adj", ["lb", "zorg", "opv"], "Overleg cel leerlingenbegeleiding",
         "Dag allemaal,\n\nOmdat Ilse donderdag thuis werkt, houden we het overleg online. Agenda: stand van "
         "zaken lopende dossiers, evaluatie drugsbeleid, planning herstelgesprekken.\n\nSofie\n" + inv,
         "2025-04-07 13:30", rules=[],
         note="Teams invitation with meeting passcode (allowed), colleagues addressed individually",
         fmt=["plain", "invitation"])

    mail("betaling-uitstap-ogm", "boek", p1("LAURA"), "Betaling studiereis 6VZ",
         "Beste meneer Goris,\n\nDe bijdrage voor de studiereis van 6VZ naar Rijsel (2 en 3 april) bedraagt "
         "€ 85,00. Gelieve het bedrag vóór 15 maart over te schrijven op het rekeningnummer van de school dat op "
         "de schoolrekening staat, met de gestructureerde mededeling %s.\n\nZo kunnen we de betaling automatisch "
         "aan Laura koppelen.\n\nMet vriendelijke groeten,\nVeerle Coppens\nboekhouding" % ogm(904417231),
         "2025-02-26 11:02", rules=[], about=["LAURA"],
         note="structured payment reference, not a credential and not an unpaid bill", fmt=["plain"])

    mail("lokalen-en-vakcodes", "lb", ["ldw", "jonas"], "lokaalwissels morgen",
         "Morgen door de gesprekken in A1.03:\n- 3ELEK uur 3 naar B2.14 (vak ELEK3-PRA)\n"
         "- 4TW uur 4 naar A0.11 (vak MECH4-TEC)\n- studie 2de graad naar de refter\n\n"
         "De lokaalsleutels liggen zoals altijd aan het onthaal.\nTom", "2025-04-14 16:20", rules=[],
         note="room numbers and course codes only", fmt=["plain", "short"])

    mail("klascode-smartschool-vak", "moh", "ldw", "vak aanmaken",
         "Lies,\n\nKan jij in Smartschool het vak 'Elektrische installaties' koppelen aan de klascode 4ELEK en "
         "de vakcode EI-4ELEK-24? Ik zie het nog altijd niet in mijn lijst. Het lesrooster zegt lokaal C0.05.\n\n"
         "Mohamed", "2025-02-04 12:30", rules=[], note="class code and course code, they open nothing",
         fmt=["plain"])

    mail("pv-nummer-verzekering", "adj", "dir", "PV diefstallen kastjes",
         "Geert,\n\nVoor de aangifte bij de verzekering: het PV-nummer van de aangifte van de diefstallen uit de "
         "kastjes is LE.55.L3.004512/2025, polisnummer 30.118.442. De verzekeraar vraagt nog een kopie van de "
         "factuur van de sloten.\n\nSofie", "2025-03-28 10:05", rules=[],
         note="police report and policy numbers, no code, no pupil named", fmt=["plain"])

    mail("codeslot-archief-mondeling", "conc", "hilde", "RE: archief",
         "Hilde,\n\nHet codeslot van het archief is vorige week vervangen, daarom werkt je oude code niet meer. "
         "De nieuwe code krijg je mondeling van mij of van Sofie, niet via mail of Smartschool, dat is de "
         "afspraak.\nIk ben morgen vanaf 7u30 in de conciërgerie.\n\nMarc", "2025-03-31 15:45", reply=True,
         rules=[], note="says the code is given orally, no code in the mail", fmt=["plain", "reply"])

    mail("phishing-waarschuwing-collega", "ict", "ann", "FW: Uw mailbox is vol",
         "Ann,\n\nDie mail die je me doorstuurde is phishing: de afzender komt niet van ons en de link gaat naar "
         "een valse aanmeldpagina. Niet klikken. Niemand van Stroom vraagt je ooit je wachtwoord via mail.\n\n"
         "Heb je er toch al iets ingevuld, verander dan meteen je wachtwoord en laat het me weten.\n\nPieter\n\n"
         "---------- Doorgestuurd bericht ---------\nVan: IT Helpdesk <support@office365-mailquota.info>\n"
         "Onderwerp: Uw mailbox is vol\n\nBeste gebruiker, uw mailbox heeft 99% van de opslag bereikt. "
         "Bevestig uw account binnen 24 uur om verlies van berichten te vermijden.",
         "2025-02-21 09:14", rules=[], note="phishing warning, no password", fmt=["plain", "forward"])

    mail("exchange-teacher-account-en", "sec", "dublin", "Your visit in May - practical information",
         "Dear Ms Keane,\n\nWe are looking forward to welcoming you and your colleague on 19 May.\n\n"
         "A few practical points:\n- please report to the reception desk at the main entrance at 8.15 am\n"
         "- you will receive a guest account for the school network in person at the secretariat on your first "
         "day; for security reasons we never send login details by e-mail\n- lunch is provided in the staff "
         "room\n\nKind regards,\nNadia Bouzid\nPupil administration\nSint-Pieterscollege Leuven\n",
         "2025-04-29 14:17", rules=[], lang="en",
         note="English: login details will be given in person, none in the mail", fmt=["plain"])

    mail("numero-dossier-duplicata-fr", "sec", p1("MARIE"), "Duplicata du bulletin",
         "Madame Dubois,\n\nVotre demande de duplicata du bulletin de Marie a bien été enregistrée sous le "
         "numéro de dossier 2025/117. Vous pouvez le retirer au secrétariat (local A0.02) à partir de jeudi, "
         "entre 8h30 et 16h.\n\nBien à vous,\nNadia Bouzid\nsecrétariat des élèves", "2025-03-12 10:48",
         rules=[], lang="fr", about=["MARIE"],
         note="French: file number and room number only; personal but not sensitive", fmt=["plain"])

    mail("ticket-wachtwoord-brief", "ict", "opv", "Ticket #48213 - opgelost",
         "Dag Kevin,\n\nTicket #48213 (aanmelden lukt niet) is opgelost: je wachtwoord is gereset. De brief met "
         "je tijdelijke wachtwoord ligt in een gesloten omslag op het secretariaat, je kan hem daar afhalen.\n\n"
         "Groeten,\nICT", "2025-03-04 11:20", rules=[],
         note="ticket number; temporary password given on paper, not in the mail", fmt=["plain"])

    mail("offerte-brandkluis-archief", "dir", "boek", "offerte brandkluis archief",
         "Veerle,\n\nIn bijlage de offerte voor de nieuwe brandkluis voor het archief: Chubbsafes Primus 90, "
         "elektronisch codeslot met 6 cijfers en tijdsvertraging, € 2.480 excl. btw (offertenummer 25-0341). "
         "Kan dat nog op het budget van dit jaar?\n\nGeert", "2025-04-10 17:02",
         atts=[("offerte_25-0341.pdf", make_pdf(["Offerte 25-0341", "Chubbsafes Primus 90 - codeslot 6 cijfers",
                                                 "Prijs: EUR 2.480,00 excl. btw"], "Offerte"), "application/pdf")],
         rules=[], note="quote for a safe with a 6-digit lock; no code given", fmt=["plain"])


def fillers(klas, n, skip=0):
    out = [p for p in ROSTER if p["klas"] == klas and not p["key"]]
    return out[skip:skip + n]


# ===========================================================================
# 3. sensitive mails about pupils
# ===========================================================================

def build_sensitive():
    R = nm("RAYAN")
    mail("rayan-preventieve-schorsing", "adj", p1("RAYAN"), "Preventieve schorsing Rayan",
         "Geachte mevrouw Ait Lahcen,\n\nZoals ik u vanmiddag telefonisch heb meegedeeld, werd Rayan gisteren, "
         "donderdag 3 april, tijdens de middagpauze door twee opvoeders betrapt op het verkopen van cannabis aan "
         "medeleerlingen op de speelplaats. Bij de controle van zijn rugzak werden 14 zakjes en een "
         "precisieweegschaal gevonden. De lokale politie werd verwittigd en heeft de goederen meegenomen.\n\n"
         "De directie heeft beslist Rayan preventief te schorsen vanaf vandaag, vrijdag 4 april, tot en met "
         "donderdag 17 april, in afwachting van het onderzoek naar een eventuele definitieve uitsluiting. "
         "Tijdens de preventieve schorsing is Rayan niet aanwezig op school; hij krijgt taken via Smartschool.\n\n"
         "In bijlage vindt u de officiële brief, die u ook aangetekend ontvangt. U hebt het recht het "
         "tuchtdossier in te kijken; u kunt daarvoor een afspraak maken via het leerlingensecretariaat.\n\n"
         "Met vriendelijke groeten,\n\nSofie Claes\nadjunct-directeur leerlingenzaken\n" + ADDR + "\n",
         "2025-04-04 15:40",
         atts=[("brief_preventieve_schorsing_%s.pdf" % pmail("RAYAN").split("@")[0].replace(".", "_"),
                make_pdf(["Aangetekend", "Betreft: preventieve schorsing van %s (%s)" % (R, cls("RAYAN")),
                          "Periode: 04/04/2025 t.e.m. 17/04/2025",
                          "Reden: verkoop van verdovende middelen op school (03/04/2025)",
                          "Opstart tuchtprocedure met het oog op definitieve uitsluiting"], "Brief preventieve schorsing"),
                "application/pdf")],
         rules=["sensitive"], cats=["psychosocial"], about=["RAYAN"],
         note="preventive suspension for dealing on the playground, police; sent to the mother (address does not spell the pupil's surname)",
         fmt=["plain", "letter"])

    mail("rayan-uitnodiging-hoorzitting-cc-advocaat", "adj", p2("RAYAN"),
         "Uitnodiging hoorzitting - tuchtprocedure %s" % R,
         "Geachte heer El Idrissi,\n\nIn het kader van de tuchtprocedure die werd opgestart na de feiten van 3 april "
         "nodig ik u, uw echtgenote en Rayan uit voor een hoorzitting op donderdag 15 mei om 14.00 uur in de "
         "vergaderzaal van de directie (A1.03).\n\nTijdens dit gesprek kunnen jullie je standpunt toelichten "
         "over het voorstel van de begeleidende klassenraad om Rayan definitief uit te sluiten. Jullie mogen "
         "je laten bijstaan door een vertrouwenspersoon; ik zet uw advocate, meester Bogaerts, in kopie.\n\n"
         "Het dossier kan vooraf worden ingekeken op maandag 12 mei om 14.00 uur.\n\n"
         "Met vriendelijke groeten,\nSofie Claes\nadjunct-directeur leerlingenzaken",
         "2025-05-02 11:20", cc=["adv"], rules=["sensitive", "bcc"], cats=["psychosocial"], about=["RAYAN"],
         note="hearing in a definitive exclusion procedure; father and the family's lawyer visible to each other in To/CC",
         fmt=["plain"])

    orig = ("Geachte mevrouw, geachte heer,\n\nIk treed op voor de familie El Idrissi in de tuchtprocedure "
            "tegen hun zoon Rayan. Graag had ik het volledige dossier ingekeken vóór de hoorzitting. Kunt u "
            "mij ook bevestigen of het CLB betrokken werd en of er een advies van het CLB in het dossier zit?\n\n"
            "Met de meeste hoogachting,\nHanne Bogaerts\nadvocaat")
    mail("rayan-reply-advocaat-inzage", "dir", "adv", "RE: Tuchtprocedure El Idrissi - inzage dossier",
         "Geachte meester Bogaerts,\n\nInzage van het dossier is mogelijk op maandag 12 mei om 14.00 uur op "
         "school; mevrouw Claes zal aanwezig zijn om vragen te beantwoorden. Kopieën kunnen op eenvoudige "
         "vraag worden meegegeven.\n\nWat het CLB betreft: Rayan wordt sinds vorig schooljaar door het CLB "
         "opgevolgd in het kader van schoolmoeheid en spijbelgedrag. Het CLB werd gehoord door de begeleidende "
         "klassenraad en zijn advies zit in het dossier (stuk 6).\n\nMet vriendelijke groeten,\n\n"
         "Geert Vanhoudt\ndirecteur\n\n" + outlook_hdr("Hanne Bogaerts <%s>" % EXT["adv"][1],
                                                      "vrijdag 2 mei 2025 9:12", "directie@spc.ksleuven.be",
                                                      "Tuchtprocedure El Idrissi - inzage dossier") + "\n" + orig,
         "2025-05-05 09:03", reply=True, rules=["sensitive"], cats=["psychosocial", "care"], about=["RAYAN"],
         note="reply to the lawyer: exclusion procedure plus CLB follow-up for truancy", fmt=["plain", "reply"])

    orig = ("Mevrouw Claes,\nIn het kader van het opsporingsonderzoek naar de verkoop van verdovende middelen "
            "op en rond uw school had ik graag geweten of de betrokken leerling al eerder met drugs werd "
            "betrapt, en of u de namen hebt van de leerlingen die bij hem kochten.\nMvg\nINP Vandeputte")
    mail("rayan-reply-politie", "adj", "pol", "RE: onderzoek verdovende middelen - uw ref. LE.55.L1.011873/2025",
         "Beste inspecteur,\n\nRayan El Idrissi (5ET) werd eerder dit schooljaar niet met drugs betrapt. Hij "
         "kreeg wel in januari een tijdelijke uitsluiting van twee dagen na herhaaldelijk spijbelen en een "
         "conflict met een leerkracht.\n\nOver de kopers: wij hebben één leerling uit het 4de jaar "
         "geïdentificeerd, zijn ouders zijn op de hoogte en zijn bereid mee te werken. Zijn naam geef ik u liever "
         "telefonisch, in overleg met de ouders.\n\nMet vriendelijke groeten,\nSofie Claes\nadjunct-directeur "
         "leerlingenzaken\n" + ADDR + "\ntel. %s - gsm 0478 33 19 07\n\n" % SCHOOL_TEL + quote(orig),
         "2025-04-09 12:15", reply=True, rules=["sensitive", "personal_data"], cats=["psychosocial"],
         about=["RAYAN"], note="reply to the police on prior disciplinary measures; phone numbers in signature",
         fmt=["plain", "reply"])

    mail("rayan-sociale-dienst-jeugdrechtbank", "dir", "sdj", "Uw vraag om schoolverslag - %s" % R,
         "Geachte heer Pauwels,\n\nIn antwoord op uw vraag van 14 mei bezorg ik u hierbij de gevraagde "
         "informatie voor het maatschappelijk onderzoek.\n\nLeerling: %s\nGeboortedatum: 09/11/2007\n"
         "Rijksregisternummer: %s\nKlas: %s (elektrotechnieken)\n\n"
         "Schoolloopbaan: sinds september 2021 op onze school, 3de en 4de jaar zonder grote problemen. Sinds "
         "het 5de jaar veel ongewettigde afwezigheden (34 halve dagen), in januari een tijdelijke uitsluiting "
         "van twee dagen. Op 3 april betrapt op de verkoop van cannabis op de speelplaats; sindsdien preventief "
         "geschorst en loopt een procedure tot definitieve uitsluiting. De hoorzitting vond plaats op 15 mei; "
         "de beslissing wordt aan de ouders meegedeeld.\n\nMet vriendelijke groeten,\nGeert Vanhoudt\ndirecteur\n"
         % (R, rrn(7, 11, 9, 231, after2000=True), cls("RAYAN")),
         "2025-05-19 10:44", rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["RAYAN"],
         note="report for the youth court social service: date of birth, valid national register number, disciplinary facts",
         fmt=["plain"])

    mail("rayan-nieuwe-school", "adj", "newsch", "Aanmelding leerling 5ET na uitsluiting",
         "Beste collega's,\n\nDe ouders van Rayan El Idrissi (5de jaar elektrotechnieken) zoeken een nieuwe "
         "school. Rayan werd bij ons op 22 mei definitief uitgesloten na de verkoop van cannabis op school; "
         "de ouders hebben beroep aangetekend maar willen zekerheid voor september.\n\nDe ouders gaven "
         "toestemming om u te contacteren. Het CLB volgt de zoektocht mee op. Hebben jullie nog plaats in het "
         "5de jaar elektrotechnieken? Dan maken we graag een afspraak voor een overdrachtsgesprek.\n\n"
         "Met vriendelijke groeten,\nSofie Claes\nadjunct-directeur leerlingenzaken\nSint-Pieterscollege Leuven",
         "2025-05-27 13:05", rules=["sensitive"], cats=["psychosocial"], about=["RAYAN"],
         note="search for a new school after definitive exclusion for dealing", fmt=["plain"])

    mail("hamza-cannabis-ouders", "lb", p1("HAMZA"), "Gesprek over Hamza",
         "Beste mevrouw Bakkali,\n\nDank u om vanmorgen zo snel naar school te komen. Zoals besproken vat ik "
         "even samen:\n\n- Hamza heeft toegegeven dat hij op 3 april cannabis kocht bij een medeleerling en dat "
         "hij al enkele maanden af en toe blowt, ook 's avonds met vrienden.\n- De klassenraad legt een "
         "volgcontract op tot het einde van het schooljaar (wekelijks gesprek met mij op maandag, uur 5).\n"
         "- Hamza start, zoals u zelf voorstelde, met gesprekken bij de drughulpverlening; het CLB "
         "begeleidt de aanmelding.\n- De politie heeft zijn gsm nog; die krijgt hij later terug.\n\n"
         "Hamza was vanmorgen erg eerlijk, dat zullen we zeker meenemen. Hij mag maandag gewoon naar de les.\n\n"
         "Met vriendelijke groeten,\nTom Wouters\nleerlingenbegeleider 2de graad",
         "2025-04-04 13:02", rules=["sensitive"], cats=["psychosocial", "care"], about=["HAMZA"],
         note="drug use, behaviour contract, police; referral to drug counselling via CLB", fmt=["plain"])

    mail("jens-joint-verkeerde-vermeulen", "lb", p1("LOTTE"), "Jens Vermeulen (4TW) - gesprek dinsdag",
         "Beste mevrouw Vermeulen,\n\nZoals vanmiddag telefonisch besproken, bevestig ik dat Jens vandaag na de "
         "middag achter de fietsenstalling werd aangetroffen met een joint, samen met twee leerlingen van het "
         "5de jaar. Hij heeft die zelf opgerookt, zegt hij. Volgens ons schoolreglement volgt hierop een "
         "gesprek met de ouders en een volgcontract; bij herhaling is een tijdelijke uitsluiting mogelijk.\n\n"
         "Ik verwacht u en Jens dinsdag 8 april om 16.15 uur in lokaal A0.09.\n\nMet vriendelijke groeten,\n"
         "Tom Wouters\nleerlingenbegeleider 2de graad (4TW)", "2025-04-03 17:25",
         rules=["sensitive", "recipient"], cats=["psychosocial"], about=["JENS"], mis=True,
         note="about Jens Vermeulen (4TW) but sent to the parent of Lotte Vermeulen (2A3), another family with the same surname",
         fmt=["plain"])

    contract = ["VOLGCONTRACT", "Leerling: %s - klas %s" % (nm("JENS"), cls("JENS")),
                "Aanleiding: gebruik van cannabis op het schooldomein (3 april 2025)",
                "Afspraken:", "1. Jens meldt zich elke maandag bij de leerlingenbegeleider (uur 5).",
                "2. Jens verlaat het schooldomein niet tijdens de middagpauze.",
                "3. Bij een nieuw incident volgt een tijdelijke uitsluiting.",
                "Looptijd: 8 april 2025 tot 30 juni 2025",
                "Handtekening leerling ............  ouder ............  school ............"]
    mail("jens-volgcontract", "lb", p1("JENS"), "Volgcontract Jens",
         "Beste mevrouw Vermeulen,\n\nBedankt voor het gesprek van daarnet. In bijlage het volgcontract van Jens "
         "zoals we het samen hebben opgesteld. Wilt u het ondertekend terug meegeven? Jens heeft een kopie.\n\n"
         "Groeten,\nTom Wouters", "2025-04-08 17:02",
         atts=[("volgcontract_Jens_Vermeulen.docx", make_docx(contract),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
         rules=["sensitive"], cats=["psychosocial"], about=["JENS"],
         note="behaviour contract after cannabis use, sent to Jens's own mother (shared with his sister Elise)",
         fmt=["plain"])

    txt = ("Beste mevrouw De Keyser,\n\nZoals telefonisch besproken bevestig ik hierbij de beslissing van de "
           "directie.\n\nDylan heeft in het gesprek van vanmorgen toegegeven dat hij tussen 10 en 14 maart geld, "
           "oortjes en een gsm heeft weggenomen uit drie kastjes van leerlingen van 3MW. Hij kende de codes "
           "omdat hij ze had zien intikken. De ouders van twee leerlingen hebben aangifte gedaan bij de "
           "politie.\n\nOrdemaatregel: tijdelijke uitsluiting van drie lesdagen (19, 20 en 21 maart), met "
           "opvang op school in het studielokaal. Daarnaast vragen we dat Dylan de schade vergoedt; de "
           "spullen die hij nog had, heeft hij vanmorgen teruggegeven.\n\nIk wil benadrukken dat Dylan eerlijk "
           "was in het gesprek.\n\nMet vriendelijke groeten,\nSofie Claes\nadjunct-directeur leerlingenzaken")
    mail("dylan-diefstal-kastjes", "adj", p1("DYLAN"), "Beslissing ordemaatregel Dylan", txt,
         "2025-03-18 12:40", html=html_wrap(paras(txt)), rules=["sensitive"], cats=["psychosocial"],
         about=["DYLAN"], note="theft from lockers, exclusion, police complaint; mother's address does not spell 'Peeters'",
         fmt=["html"])

    mail("wout-gebroken-neus", "moh", p1("WOUT"), "Hoe gaat het met Wout?",
         "Dag mevrouw Van Aken,\n\nIk wilde even horen hoe het met Wout gaat. Ik hoorde van Kevin dat zijn neus "
         "gebroken is en dat hij woensdag in het ziekenhuis geopereerd wordt. Veel sterkte!\n\n"
         "De schoolverzekering is aangegeven; het formulier voor de dokter zit in bijlage. Wat er vrijdag op de "
         "speelplaats gebeurd is, nemen we heel ernstig. We weten nu ook dat Wout al weken uitgelachen en "
         "geduwd werd door een paar jongens van de klas, en daar gaan we samen met de leerlingenbegeleiding "
         "werk van maken.\n\nLaat Wout zich geen zorgen maken over de toetsen, we spreken dat af als hij terug "
         "is.\n\nGroeten,\nMohamed Aydin\nklastitularis 4ELEK",
         "2025-03-16 19:22",
         atts=[("aangifte_schoolongeval_medisch_getuigschrift.pdf",
                make_pdf(["Ethias - medisch getuigschrift schoolongeval", "In te vullen door de behandelende arts"],
                         "Medisch getuigschrift"), "application/pdf")],
         rules=["sensitive"], cats=["medical", "psychosocial"], about=["WOUT"],
         note="injury and surgery after the fight, victim of bullying; mother's address does not spell 'Janssens'",
         fmt=["plain"])

    mail("wout-lo-attest-verkeerde-janssen", "hilde", p1("LORE"), "LO - attest Wout Janssens (4ELEK)",
         "Beste mevrouw Janssen,\n\nIk heb het doktersattest goed ontvangen. Volgens de chirurg mag Wout na de "
         "operatie aan zijn neus zes weken niet sporten en zeker geen contactsporten. Hij volgt de lessen LO "
         "in die periode mee als scheidsrechter of krijgt een theoretische opdracht over EHBO.\n\n"
         "Veel beterschap aan Wout!\n\nHilde Verstraeten\nlerares LO", "2025-03-24 13:10",
         rules=["sensitive", "recipient"], cats=["medical"], about=["WOUT"], mis=True,
         note="about Wout Janssens (4ELEK) but sent to the mother of Lore Janssen (4BIO): wrong autocomplete",
         fmt=["plain"])

    tl = [("Tijdstip", "Feit", "Bron"),
          ("vr 14/03 12.38", "Woordenwisseling op speelplaats B tussen Bilal en een klasgenoot", "opvoeder K. Jacobs"),
          ("12.40", "Bilal geeft de klasgenoot twee vuistslagen in het gezicht", "camerabeelden cam. 3"),
          ("12.41", "Een leerling van 4HOUT filmt en verspreidt via Snapchat", "leerlingen, screenshots"),
          ("12.44", "Opvoeder grijpt in, Bilal naar het secretariaat", "opvoeder K. Jacobs"),
          ("ma 17/03", "Gesprek met Bilal en ouders; Bilal erkent de feiten", "verslag S. Claes"),
          ("di 18/03", "Begeleidende klassenraad", "verslag")]
    intro = ("Geachte mevrouw Yilmaz,\n\nHierbij bevestig ik de beslissing van de klassenraad van gisteren over "
             "Bilal, met het overzicht van de feiten zoals we ze in het gesprek van maandag hebben overlopen.\n")
    outro = ("\nBeslissing: tijdelijke uitsluiting van drie lesdagen (19 t.e.m. 21 maart) en een volgcontract tot "
             "het einde van het schooljaar. Bij een nieuw fysiek incident wordt een procedure tot definitieve "
             "uitsluiting opgestart.\n\nU kunt binnen de drie dagen schriftelijk bezwaar indienen bij de "
             "directeur.\n\nMet vriendelijke groeten,\nSofie Claes\nadjunct-directeur leerlingenzaken")
    mail("bilal-beslissing-klassenraad-tijdlijn", "adj", p1("BILAL"), "Beslissing klassenraad - Bilal (4ELEK)",
         intro + "\n" + text_table(tl) + "\n" + outro, "2025-03-19 08:30",
         html=html_wrap(paras(intro) + html_table(tl) + paras(outro)),
         rules=["sensitive"], cats=["psychosocial"], about=["BILAL"],
         note="timeline table of a fight and the resulting temporary exclusion", fmt=["html", "table"])

    mail("milan-video-verspreid", "adj", p1("MILAN"), "Milan - video vechtpartij",
         "Beste mevrouw De Smet,\n\nMilan heeft vrijdag de vechtpartij op de speelplaats gefilmd en de video via "
         "Snapchat en TikTok verspreid. De video werd intussen meer dan 2.000 keer bekeken, ook door mensen van "
         "buiten de school. Volgens ons schoolreglement is filmen zonder toestemming en verspreiden van beelden "
         "van medeleerlingen verboden.\n\nOrdemaatregel: twee woensdagnamiddagen strafstudie (26 maart en 2 "
         "april, telkens van 12.30 tot 15.30 uur). Milan heeft de video in ons bijzijn verwijderd; we vragen u "
         "thuis na te gaan of hij ze nergens anders meer heeft staan.\n\nMet vriendelijke groeten,\n"
         "Sofie Claes", "2025-03-19 10:14", rules=["sensitive"], cats=["psychosocial"], about=["MILAN"],
         note="filmed and shared the fight, detention; correct parent (not Fien Desmet's)", fmt=["plain"])

    mail("senne-bedreiging-leerkracht-intern", "dir", "bart", "Senne Van den Broeck - stand van zaken",
         "Bart,\n\nIk wil je even op de hoogte brengen na ons gesprek van vanmorgen.\n\n"
         "- De berichten die Senne Van den Broeck (6IW) je gisterenavond via Snapchat stuurde ('ik wacht u op "
         "na school, ge gaat het voelen') zijn bewaard als screenshot en zitten in het dossier.\n"
         "- Senne is vanaf vandaag preventief geschorst. Zijn vader is op de hoogte.\n"
         "- Vrijdag om 10u gaan we samen naar het politiebureau in de Philipssite om aangifte te doen. Ik rij.\n"
         "- Als je wil, kan je via de arbeidsgeneeskundige dienst gratis praten met een psycholoog; Johan Vos "
         "kan dat regelen.\n\nNeem gerust morgen een dag vrij als je het niet ziet zitten. We regelen vervanging.\n\n"
         "Geert", "2025-02-26 13:05", cc=["adj"], rules=["sensitive"], cats=["psychosocial"],
         about=["SENNE_VDB"], note="internal: pupil threatened a teacher, suspension, police complaint",
         fmt=["plain"])

    mail("senne-uitnodiging-verkeerde-senne", "adj", p1("SENNE_VD"),
         "Uitnodiging gesprek - Senne Van den Broeck (6IW)",
         "Beste ouders,\n\nNaar aanleiding van de bedreigingen die Senne gisterenavond via sociale media aan "
         "het adres van een van zijn leerkrachten heeft gestuurd, nodigen we u uit voor een gesprek op vrijdag "
         "28 februari om 15.30 uur. Senne blijft in afwachting van dit gesprek preventief geschorst.\n\n"
         "Gelieve uw aanwezigheid te bevestigen via het leerlingensecretariaat.\n\nMet vriendelijke groeten,\n"
         "Sofie Claes\nadjunct-directeur leerlingenzaken", "2025-02-26 16:40",
         rules=["sensitive", "recipient"], cats=["psychosocial"], about=["SENNE_VDB"], mis=True,
         note="about Senne Van den Broeck (6IW) but sent to the mother of Senne Van Dessel (5IW): same first name",
         fmt=["plain"])

    form = [("Rubriek", "Gegevens"),
            ("Naam leerling", nm("KOBE")), ("Geboortedatum", "14/07/2011"), ("Klas", cls("KOBE")),
            ("Contactpersoon", "vader, Jurgen Hendrickx - gsm 0486 27 51 93"),
            ("Gezinssituatie", "ouders gescheiden sinds 2022, Kobe woont bij vader; weinig contact met moeder"),
            ("Aanleiding", "drie vechtpartijen sinds januari, tijdelijke uitsluiting van 2 dagen (12-13/02), "
                           "spijbelen op vrijdagnamiddag"),
            ("Zorg", "diagnose ADHD (2019); CLB volgt op; redelijke aanpassingen: extra tijd, vaste plaats vooraan"),
            ("Doel time-out", "herstel relatie met klasgroep, werken aan impulscontrole")]
    mail("kobe-aanmelding-timeoutproject", "lb", "timeout", "Aanmelding time-out: Kobe Hendrickx (2B1)",
         None, "2025-03-12 14:50", html_only=True,
         html=html_wrap(paras("Dag Lien,\n\nHieronder de aanmelding voor het time-outproject, zoals afgesproken "
                              "met de ouders en het CLB. De vader heeft het toestemmingsformulier ondertekend.\n")
                        + html_table(form) +
                        paras("\nLaat gerust weten wanneer het intakegesprek kan doorgaan.\n\nTom Wouters\n"
                              "leerlingenbegeleider")),
         rules=["sensitive", "personal_data"], cats=["psychosocial", "family", "care"], about=["KOBE"],
         note="referral form in an HTML table: behaviour, divorce, ADHD with CLB follow-up; date of birth and mobile number",
         fmt=["html-only", "table"])

    mail("yasmine-paniekaanval-zorg", "ann", "zorg", "Yasmine (3ECO)",
         "Hoi Ilse,\n\nYasmine Benali (3ECO) had vandaag opnieuw een paniekaanval tijdens de toets Frans. Ze "
         "zat te hyperventileren en is een half uur bij Kevin geweest. Achteraf vertelde ze dat ze sinds de "
         "pesterijen in januari (die groepsapp) 's nachts nauwelijks slaapt en 's morgens misselijk is voor ze "
         "naar school komt.\n\nWeet jij of ze al iets volgt bij het CLB? En kan ze voor de examens in juni in "
         "een apart lokaal zitten? Ik denk dat dat al veel zou helpen.\n\nDankjewel,\nAnn",
         "2025-03-13 15:37", rules=["sensitive"], cats=["psychosocial", "care"], about=["YASMINE"],
         note="internal: panic attacks, bullying victim, question about CLB follow-up and exam adjustments",
         fmt=["plain"])

    mail("emma-ophalen-vonnis-intern", "sec", ["opv", "sas"], "Emma Lambrechts (1A2) - ophalen",
         "Dag Kevin, dag Saskia,\n\nDe moeder van Emma Lambrechts (1A2) bracht vandaag een kopie van het vonnis "
         "van de familierechtbank binnen. Emma heeft haar hoofdverblijf bij mama; de vader heeft voorlopig "
         "enkel begeleid contact in het bezoekruimtecentrum en mag Emma NIET aan de school ophalen.\n\n"
         "Enkel mama of de grootmoeder (mevrouw Coenen) mogen Emma meenemen. Bij twijfel: niet meegeven en "
         "meteen de directie bellen.\n\nHet vonnis zit in het dossier op het secretariaat.\nNadia",
         "2025-02-13 11:48", rules=["sensitive"], cats=["family"], about=["EMMA_LA"],
         note="internal: custody judgment, father may not pick the pupil up", fmt=["plain"])

    mail("emma-rapport-verkeerde-emma", "sas", p1("EMMA_LE"), "Rapport Emma Lambrechts - in tweevoud",
         "Beste mevrouw,\n\nZoals afgesproken na het vonnis van de familierechtbank sturen we het rapport van "
         "Emma vanaf nu enkel nog naar u en niet meer naar het adres van haar vader. Het rapport van het "
         "tweede trimester vindt u in bijlage. Het oudercontact kan apart doorgaan, zodat u haar vader niet "
         "hoeft te ontmoeten.\n\nMet vriendelijke groeten,\nSaskia Vanhove\nklastitularis 1A2",
         "2025-03-28 16:15",
         atts=[("rapport_tweede_trimester.pdf", make_pdf(["Rapport tweede trimester", "Leerling: %s - 1A2" % nm("EMMA_LA")],
                                                         "Rapport"), "application/pdf")],
         rules=["sensitive", "recipient"], cats=["family"], about=["EMMA_LA"], mis=True,
         note="about Emma Lambrechts (1A2), custody arrangement, but sent to the parent of Emma Lemmens (1A3)",
         fmt=["plain"])

    iban = be_iban("0910182736")
    mail("ayoub-afbetalingsplan", "boek", p1("AYOUB"), "Afbetalingsplan schoolrekening Ayoub",
         "Beste mevrouw Amrani,\n\nBedankt voor het gesprek van dinsdag. Zoals afgesproken bevestig ik het "
         "afbetalingsplan voor de openstaande schoolrekeningen van Ayoub (september tot en met februari), in "
         "totaal € 486,20.\n\nU betaalt zes maandelijkse schijven van € 81,03, telkens vóór de 10de van de "
         "maand, op rekeningnummer %s van VZW LKSD, met vermelding 'Ayoub Amrani 5ET afbetaling'.\n\n"
         "Het OCMW heeft laten weten dat het de kosten van de werkkledij en het gereedschap (€ 138,00) "
         "rechtstreeks aan de school betaalt; dat bedrag is al afgetrokken.\n\nAls het een maand niet lukt, "
         "laat het mij gewoon weten.\n\nMet vriendelijke groeten,\nVeerle Coppens\nboekhouding" % iban,
         "2025-03-06 14:20", rules=["sensitive", "personal_data"], cats=["financial"], about=["AYOUB"],
         note="payment plan for unpaid bills and OCMW support; valid IBAN", fmt=["plain"])

    mail("ayoub-herinnering-verkeerde-amrani", "boek", p1("ADAM_A"), "Herinnering afbetalingsplan",
         "Beste ouder,\n\nWij hebben de tweede schijf (€ 81,03) van het afbetalingsplan voor de schoolrekening "
         "van Ayoub Amrani (5ET) nog niet ontvangen. Mogelijk is de betaling onderweg. Zo niet, kan u ze dan "
         "deze week nog uitvoeren?\n\nMet vriendelijke groeten,\nVeerle Coppens\nboekhouding",
         "2025-04-14 09:35", rules=["sensitive", "recipient"], cats=["financial"], about=["AYOUB"], mis=True,
         note="about Ayoub Amrani (5ET) but sent to the father of Adam Amrani (3ELEK), a different Amrani family",
         fmt=["plain"])

    mail("sara-schooltoeslag", "sec", p1("SARA_A"), "Schooltoeslag Sara",
         "Beste mevrouw Amrani,\n\nU vroeg of de schooltoeslag voor Sara al werd toegekend. Volgens het "
         "Groeipakket is het dossier voor Sara nog niet afgerond, omdat het attest van inschrijving ontbrak. "
         "Ik heb het attest in bijlage gezet; u kan het zelf doorsturen naar uw uitbetaler.\n\n"
         "Voor de schoolrekening van Sara wachten we tot de toeslag is uitbetaald.\n\nGroetjes,\nNadia Bouzid\n"
         "leerlingensecretariaat", "2025-02-20 10:05",
         atts=[("attest_inschrijving_2024-2025.pdf", make_pdf(["Attest van inschrijving", "Schooljaar 2024-2025",
                                                               "Leerling: %s - %s" % (nm("SARA_A"), cls("SARA_A"))],
                                                              "Attest"), "application/pdf")],
         rules=["sensitive"], cats=["financial"], about=["SARA_A"],
         note="school allowance not granted yet, bill on hold; same mother as her brother Ayoub", fmt=["plain"])

    mail("julie-epilepsie-uitstap", "zorg", ["hilde", "jonas", "ann"], "Uitstap 4BIO Hoge Venen - Julie Aerts",
         "Dag Hilde, Jonas en Ann,\n\nVoor de uitstap naar de Hoge Venen van vrijdag: Julie Aerts (4BIO) heeft "
         "epilepsie. Ze neemt 's morgens en 's avonds Depakine; haar noodmedicatie (Buccolam, 10 mg) zit in het "
         "voorvak van haar rugzak.\n\nProtocol:\n- bij een aanval: niet vasthouden, hoofd beschermen, tijd "
         "opnemen\n- duurt de aanval langer dan 5 minuten: Buccolam toedienen en 112 bellen\n- altijd de "
         "mama verwittigen: 0472 64 19 83\n\nJulie weet dat jullie op de hoogte zijn en vindt dat oké.\n\n"
         "Ilse", "2025-04-23 12:15", rules=["sensitive", "personal_data"], cats=["medical"], about=["JULIE"],
         note="epilepsy, medication and emergency protocol for a trip; mother's mobile number", fmt=["plain"])

    orig = ("Dag mevrouw Lenaerts, ik vroeg me af of Fien haar biologieproject nog mag aanvullen, ze was ziek "
            "thuis toen de deadline was. Groetjes, Tinne Desmet")
    mail("julie-aanval-in-verkeerde-thread", "ann", p1("FIEN"), "RE: project bio",
         "Beste mevrouw Aerts,\n\nIk laat u even weten dat Julie vandaag in het 3de lesuur een korte aanval had, "
         "een afwezigheid van ongeveer een halve minuut. Ze is daarna een uurtje bij het secretariaat gaan "
         "liggen en voelde zich daarna beter. We hebben geen noodmedicatie moeten geven. Misschien goed om dit "
         "aan de neuroloog door te geven?\n\nGroeten,\nAnn Lenaerts\n\nOp ma 12 mei 2025 om 20:41 schreef "
         "Tinne Desmet <%s>:\n" % p1("FIEN") + quote(orig), "2025-05-13 14:50", reply=True,
         rules=["sensitive", "recipient"], cats=["medical"], about=["JULIE"], mis=True,
         note="reply in the wrong thread: news about Julie Aerts's seizure sent to the mother of classmate Fien Desmet",
         fmt=["plain", "reply"])

    mail("arne-dyslexie-faciliteiten", "zorg", p1("ARNE"), "Faciliteiten Arne - examens juni",
         "Beste mevrouw Michiels,\n\nDe klassenraad heeft de faciliteiten voor Arne besproken. Op basis van het "
         "attest dyslexie en het advies van het CLB krijgt hij tijdens de examens:\n\n- voorleessoftware "
         "(Sprint) op een schoollaptop\n- 20% extra tijd\n- examens in een apart lokaal (B1.07) met maximaal "
         "8 leerlingen\n- geen aftrek voor spelling bij andere vakken dan Nederlands\n\nAls u nog vragen hebt, "
         "ben ik bereikbaar op school.\n\nMet vriendelijke groeten,\nIlse Maes\nzorgcoördinator",
         "2025-05-06 11:15", rules=["sensitive"], cats=["care"], about=["ARNE"],
         note="dyslexia and reasonable adjustments; correct parent (not the Michielsen family)", fmt=["plain"])

    mail("arne-aanpassingen-verkeerde-michielsen", "karen", p1("LARS"), "aanpassingen examens",
         "Beste ouders,\n\nIn bijlage vindt u het overzicht van de redelijke aanpassingen voor Arne Michiels "
         "tijdens de examens, zoals besproken met mevrouw Maes. Het gaat om extra tijd, Sprint en een apart "
         "lokaal. Wilt u het formulier ondertekend terugbezorgen?\n\nMvg\nKaren Smets\nklastitularis 3ELEK",
         "2025-05-07 19:30",
         atts=[("aanpassingen_examens_3ELEK.docx",
                make_docx(["Redelijke aanpassingen examens juni 2025", "Leerling: %s (3ELEK)" % nm("ARNE"),
                           "Dyslexie - Sprint, 20% extra tijd, apart lokaal B1.07"]),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
         rules=["sensitive", "recipient"], cats=["care"], about=["ARNE"], mis=True,
         note="about Arne Michiels (3ELEK) but sent to the parents of classmate Lars Michielsen", fmt=["plain"])

    mail("zoe-ass-leerkrachtenlijst", "zorg", "leerkrachten2a2@" + K, "Afspraken rond Zoë (2A2)",
         "Beste collega's van 2A2,\n\nNa het MDO met het CLB en de ouders willen we de afspraken rond Zoë Van "
         "Damme nog eens duidelijk op een rij zetten. Zoë heeft een diagnose autismespectrumstoornis.\n\n"
         "1. Zoë mag bij overprikkeling zonder te vragen naar de rustruimte (B0.03) met haar time-outkaart.\n"
         "2. Kondig veranderingen (lokaalwissel, vervanging) vooraf aan, liefst via Smartschool de dag ervoor.\n"
         "3. Geen onverwachte beurten; groepswerk enkel met vaste partner.\n4. Toetsen in een rustige hoek.\n\n"
         "Het handelingsplan staat in het leerlingvolgsysteem.\n\nBedankt!\nIlse Maes\nzorgcoördinator",
         "2025-02-07 13:00", rules=["sensitive", "bcc"], cats=["care"], about=["ZOE"],
         note="autism care plan sent to the class's teacher list in To", fmt=["plain", "group-in-to"])

    mail("louis-adhd-medicatie", "zorg", p1("LOUIS"), "Medicatie Louis",
         "Beste mevrouw Verbeke,\n\nLouis vergeet de laatste weken regelmatig zijn Rilatine van 12 uur in te "
         "nemen. Dat merken de leerkrachten in de namiddag heel goed: hij kan zich dan moeilijk concentreren "
         "en loopt veel rond. Zullen we afspreken dat hij zijn pil elke middag op het secretariaat komt "
         "nemen? Dan hebben we een ondertekend medicatieformulier van de arts nodig.\n\nDaarnaast blijven de "
         "afspraken uit zijn ADHD-handelingsplan gewoon lopen (vaste plaats, korte instructies, "
         "bewegingspauze).\n\nMet vriendelijke groeten,\nIlse Maes\nzorgcoördinator", "2025-03-10 10:25",
         rules=["sensitive"], cats=["medical", "care"], about=["LOUIS"], note="ADHD and medication", fmt=["plain"])

    mail("nathan-vader-gevangenis", "moh", "lb", "Nathan (4ELEK)",
         "Tom,\n\nNathan Stevens bleef na de les PV even hangen en vertelde me dat zijn vader sinds vorige maand "
         "in de gevangenis zit (Leuven-Centraal). Zijn mama werkt nu dubbele shiften en hij moet 's avonds voor "
         "zijn kleine broer zorgen. Dat verklaart ook waarom hij zo moe is en zijn taken niet meer indient.\n\n"
         "Hij wil niet dat de klas het weet. Kan jij deze week eens met hem praten?\n\nMohamed",
         "2025-03-05 16:02", rules=["sensitive"], cats=["family"], about=["NATHAN"],
         note="internal: father in prison, family situation", fmt=["plain"])

    mail("marie-automutilation-fr", "lb", p1("MARIE"), "Marie - entretien de ce matin",
         "Madame Dubois,\n\nJe vous remercie d'être venue si rapidement ce matin. Comme convenu, je vous "
         "résume notre entretien.\n\nMarie nous a confié qu'elle se fait du mal (coupures aux avant-bras) depuis "
         "quelques semaines, surtout le soir. Elle n'est pas en danger immédiat, mais elle a besoin d'aide. "
         "Avec votre accord, nous avons pris contact avec le CLB : Madame Van Hecke la verra jeudi, et elle "
         "vous aidera à trouver un psychologue à Leuven.\n\nÀ l'école, Marie peut venir me voir à tout moment; "
         "ses professeurs principaux sont informés de manière discrète.\n\nBien cordialement,\nTom Wouters\n"
         "accompagnateur des élèves", "2025-04-29 12:30", rules=["sensitive"], cats=["psychosocial", "care"],
         about=["MARIE"], lang="fr", note="French: self-harm, CLB follow-up and psychologist", fmt=["plain"])

    mail("jade-zwanger-stage", "stage", "az", "Stage Jade Smolders - aangepaste taken",
         "Beste Kathleen,\n\nZoals telefonisch besproken: Jade Smolders (6VZ) is 16 weken zwanger. Ze wil haar "
         "stage op jullie afdeling geriatrie graag afwerken en de gynaecoloog en de arbeidsgeneesheer gaan "
         "akkoord, mits aanpassingen:\n- geen tillen of transfers van patiënten zonder hulpmiddel\n- geen "
         "contact met cytostatica\n- geen nachtdiensten\n\nZou het lukken om haar takenpakket daarop aan te "
         "passen? Ik kom volgende week langs voor het tussentijdse evaluatiegesprek.\n" +
         sig("stage", tel=True, gsm="0494 87 20 15"), "2025-02-12 15:44",
         rules=["sensitive", "personal_data"], cats=["medical"], about=["JADE"],
         note="pregnancy and work restrictions sent to the internship mentor; phone numbers in signature",
         fmt=["plain"])

    mail("robbe-overlijden-vader", "lb", "karen", "Robbe Wuyts (3MW) - overlijden papa",
         "Beste collega's,\n\nTriest nieuws: de papa van Robbe Wuyts (3MW) is zondag plots overleden. Robbe "
         "blijft deze week thuis. De uitvaart is vrijdag om 10.30 uur in de Sint-Kwintenskerk; wie wil, kan "
         "gaan, de directie regelt vervanging.\n\nAls Robbe terugkomt: geen grote klasgesprekken zonder dat hij "
         "het zelf wil. Hij mag altijd de klas verlaten en naar mij of Kevin komen. Toetsen van de komende "
         "weken schuiven we op.\n\nTom", "2025-03-03 08:10", cc=["ldw", "ann", "jonas"],
         rules=["sensitive"], cats=["family"], about=["ROBBE"],
         note="internal: death of the pupil's father, several colleagues addressed individually", fmt=["plain"])

    mail("tiago-pleeggezin-toestemming", "sec", p1("TIAGO"), "Toestemming meerdaagse Ardennen - Tiago",
         "Beste familie Devroe,\n\nBedankt voor het ingevulde toestemmingsformulier voor de meerdaagse van "
         "2B2 naar de Ardennen. Omdat Tiago via de jeugdrechtbank in jullie pleeggezin verblijft, vraagt onze "
         "verzekering ook de handtekening van de consulent van Pleegzorg (of van zijn moeder, als zij het "
         "ouderlijk gezag nog heeft). Kunt u dat regelen vóór 4 april?\n\nMet vriendelijke groeten,\n"
         "Nadia Bouzid\nleerlingensecretariaat", "2025-03-20 11:40", rules=["sensitive"], cats=["family"],
         about=["TIAGO"], note="foster placement via the youth court; foster family address on the roster",
         fmt=["plain"])

    mail("amina-ocmw-laptop", "sec", p1("AMINA"), "Laptop en schoolkosten Amina",
         "Beste mevrouw Diallo,\n\nGoed nieuws: het OCMW van Leuven heeft uw aanvraag goedgekeurd en betaalt de "
         "huur van de laptop voor Amina rechtstreeks aan de school. Voor de rest van de schoolrekening (€ 212,40) "
         "kunnen we de betaling spreiden over vijf maanden, zoals u vroeg. U hoeft dus niet alles in één keer "
         "te betalen. Ook de schooltoeslag wordt daarmee verrekend.\n\nMet vriendelijke groeten,\nNadia Bouzid",
         "2025-02-28 14:12", rules=["sensitive"], cats=["financial"], about=["AMINA"],
         note="OCMW support, payment spread, school allowance", fmt=["plain"])

    mail("olivia-hypo-vanuit-hotmail", ("Hilde Verstraeten", "hilde.verstraeten@hotmail.com"), "jonas",
         "Olivia", "Jonas,\n\nIk stuur het even van thuis want mijn schoolmail wil niet op mijn gsm. Olivia "
         "Vandenbussche (6EM) had vandaag tijdens LO een hypo (suiker 52). Ze had haar sensor niet bij. We hebben "
         "haar druivensuiker gegeven, na een kwartier was het beter. Ze heeft morgen het 1ste uur wiskunde bij "
         "jou: wil je er een oogje in houden en haar laten eten als ze het vraagt? Haar insulinepomp moest ook "
         "vervangen worden, zei ze.\n\nHilde\n\nVerzonden vanaf Outlook voor Android",
         "2025-03-13 19:48", mailer="android", rules=["sensitive", "private_account"], cats=["medical"],
         about=["OLIVIA"], note="teacher uses her private Hotmail to tell a colleague about a pupil's diabetes",
         fmt=["phone"])

    inc = [("Datum", "Leerling", "Klas", "Feit", "Maatregel"),
           ("12/02", nm("KOBE"), cls("KOBE"), "vechtpartij refter", "2 dagen tijdelijke uitsluiting"),
           ("14/03", nm("BILAL"), cls("BILAL"), "slagen klasgenoot speelplaats B", "3 dagen uitsluiting + volgcontract"),
           ("14/03", nm("MILAN"), cls("MILAN"), "filmen en verspreiden vechtpartij", "2x strafstudie"),
           ("18/03", nm("DYLAN"), cls("DYLAN"), "diefstal uit kastjes 3MW", "3 dagen uitsluiting, PV politie"),
           ("03/04", nm("HAMZA"), cls("HAMZA"), "aankoop/gebruik cannabis", "volgcontract, drughulp")]
    body = ("Van: Tom Wouters <tom.wouters@sintpieterscollege.be>\nVerzonden: vrijdag 4 april 2025 16:02\n"
            "Aan: Kevin Jacobs <kevin.jacobs@sintpieterscollege.be>\nOnderwerp: overzicht incidenten feb-apr\n\n"
            "Kevin, hier het overzicht voor de cel van dinsdag. Kan jij de kolom opvolging nog aanvullen?\nTom\n\n"
            + text_table(inc))
    mail("fw-incidenten-naar-gmail", "opv", ("Kevin Jacobs", "kevin.jacobs84@gmail.com"),
         "FW: overzicht incidenten feb-apr", "om thuis af te werken\n\n" + body, "2025-04-04 16:30",
         html=html_wrap(paras("om thuis af te werken\n\n<b>Van:</b> Tom Wouters &lt;tom.wouters@sintpieterscollege.be&gt;"
                              "\n<b>Verzonden:</b> vrijdag 4 april 2025 16:02\n<b>Aan:</b> Kevin Jacobs\n"
                              "<b>Onderwerp:</b> overzicht incidenten feb-apr\n\nKevin, hier het overzicht voor de "
                              "cel van dinsdag. Kan jij de kolom opvolging nog aanvullen?\nTom\n") + html_table(inc)),
         rules=["sensitive", "private_account"], cats=["psychosocial"],
         about=["KOBE", "BILAL", "MILAN", "DYLAN", "HAMZA"],
         note="staff member forwards an incident table with named pupils to his own Gmail",
         fmt=["html", "forward", "table"])

    f3 = fillers("3ELEK", 1) + fillers("4HOUT", 1)
    rows = [("leerling", "klas", "datum", "melding", "maatregel", "CLB_opvolging")]
    rows.append((nm("DYLAN"), cls("DYLAN"), "2025-03-18", "diefstal kastjes", "tijdelijke uitsluiting 3d", "nee"))
    rows.append((nm("YASMINE"), cls("YASMINE"), "2025-03-13", "paniekaanvallen na pesten", "geen", "ja - aanmelding"))
    rows.append((nm("KOBE"), cls("KOBE"), "2025-03-12", "agressie, time-out", "time-outproject", "ja - loopt"))
    rows.append(("%s %s" % (f3[0]["first"], f3[0]["last"]), f3[0]["klas"], "2025-03-21", "spijbelen 6 halve dagen",
                 "spijbelcontract", "ja - spijbeldossier"))
    rows.append(("%s %s" % (f3[1]["first"], f3[1]["last"]), f3[1]["klas"], "2025-03-27", "vandalisme toiletten",
                 "herstelopdracht", "nee"))
    csvb = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    mail("meldingen-maart-csv-clb", "lb", "clb", "Meldingen maart - voor het MDO",
         "Dag Evi,\n\nIn bijlage de export van de meldingen van maart uit het leerlingvolgsysteem, voor het MDO "
         "van volgende week. Bij drie leerlingen vragen we opvolging door het CLB.\n\nGroeten,\nTom",
         "2025-04-01 09:10", atts=[("meldingen_maart_2025.csv", csvb.encode("utf-8"), "text/csv")],
         rules=["sensitive"], cats=["psychosocial", "care"],
         about=["DYLAN", "YASMINE", "KOBE", f3[0]["id"], f3[1]["id"]],
         note="CSV with named pupils, incidents, measures and CLB follow-up, sent to the CLB",
         fmt=["plain", "attachment-csv"])

    mail("febe-peanut-allergy-en", "ann", "dublin", "Exchange 5ECO - Febe Lauwers, allergy",
         "Dear Siobhan,\n\nThank you for the host family list. One important thing before the group arrives: "
         "Febe Lauwers has a severe peanut allergy (anaphylaxis two years ago). She always carries two "
         "EpiPens. Could you please make sure her host family is aware and that no peanut products are used "
         "in her packed lunches? Her parents will also write a short note to the family.\n\n"
         "Many thanks and see you soon!\nAnn Lenaerts\nteacher of French, trip leader\nSint-Pieterscollege Leuven",
         "2025-04-15 20:10", rules=["sensitive"], cats=["medical"], about=["FEBE"], lang="en",
         note="English: severe allergy of a named pupil shared with the exchange school", fmt=["plain"])

    zr = [("Leerling", "Klas", "Zorgvraag", "Afspraken")]
    zr.append((nm("ZOE"), cls("ZOE"), "ASS", "rustruimte, time-outkaart, veranderingen aankondigen"))
    zr.append((nm("LOUIS"), cls("LOUIS"), "ADHD", "vaste plaats, korte instructies, medicatie middag"))
    zr.append((nm("ARNE"), cls("ARNE"), "dyslexie", "Sprint, extra tijd, apart lokaal"))
    zr.append((nm("NORA"), cls("NORA"), "vermoeden dyscalculie", "aanmelding CLB voor onderzoek"))
    mail("zorgoverzicht-clb-tabel", "zorg", "clb", "Overzicht zorgleerlingen voor het MDO",
         None, "2025-02-18 12:40", html_only=True,
         html=html_wrap(paras("Dag Evi,\n\nZoals gevraagd het overzicht van de leerlingen die we op het MDO "
                              "willen bespreken:\n") + html_table(zr) + paras("\nTot donderdag!\nIlse")),
         rules=["sensitive"], cats=["care"], about=["ZOE", "LOUIS", "ARNE", "NORA"],
         note="HTML table with care needs of four named pupils sent to the CLB", fmt=["html-only", "table"])

    mail("victor-schade-kastje-afbetaling", "boek", p1("VICTOR"), "Factuur herstelling kastje - Victor",
         "Beste mevrouw, meneer,\n\nNa de beslissing van de klassenraad over de vernieling van twee kastjes door "
         "Victor (ordemaatregel: twee dagen tijdelijke uitsluiting en vergoeding van de schade) ontvangt u in "
         "bijlage de factuur van de herstelling (€ 164,00). U liet weten dat u dit niet in één keer kan "
         "betalen; we stellen een afbetaling in vier maandelijkse schijven van € 41,00 voor. De vorige "
         "schoolrekening van januari staat ook nog open.\n\nMet vriendelijke groeten,\nVeerle Coppens\nboekhouding",
         "2025-04-17 10:30",
         atts=[("factuur_herstelling_kastjes.pdf", make_pdf(["Factuur 2025/0211", "Herstelling kastjes C-231 en C-232",
                                                             "Bedrag: EUR 164,00"], "Factuur"), "application/pdf")],
         rules=["sensitive"], cats=["psychosocial", "financial"], about=["VICTOR"],
         note="vandalism with an exclusion, plus payment plan and unpaid bill", fmt=["plain"])

    f5 = fillers("5ET", 2)
    kr = [("Leerling", "Opmerkingen klassenraad 5ET (maart)")]
    kr.append((R, "preventief geschorst sinds 4/4, procedure definitieve uitsluiting loopt"))
    kr.append((nm("AYOUB"), "afbetalingsplan schoolrekening loopt, OCMW betaalt werkkledij; motivatie goed"))
    kr.append((nm("VICTOR"), "vernieling kastjes, 2 dagen uitsluiting; schade wordt afbetaald"))
    kr.append(("%s %s" % (f5[0]["first"], f5[0]["last"]), "pols gebroken (val met de fiets), vrijstelling praktijk tot 1/5"))
    kr.append(("%s %s" % (f5[1]["first"], f5[1]["last"]), "sterk trimester, geen opmerkingen"))
    intro = "Beste collega's,\n\nHieronder de samenvatting van de klassenraad van 5ET voor wie er niet bij was.\n"
    mail("klassenraad-5et-samenvatting", "karen", ["moh", "bart", "jonas"], "Samenvatting klassenraad 5ET",
         intro + "\n" + text_table(kr) + "\n\nKaren", "2025-04-10 18:20",
         html=html_wrap(paras(intro) + html_table(kr) + paras("\nKaren")),
         rules=["sensitive"], cats=["psychosocial", "financial", "medical"],
         about=["RAYAN", "AYOUB", "VICTOR", f5[0]["id"], f5[1]["id"]],
         note="internal class council summary table: exclusion, payment plan, injury", fmt=["html", "table"])


# ===========================================================================
# 4. personal mails about one pupil, not sensitive
# ===========================================================================

def build_personal():
    mail("mila-wiskundeolympiade", "jonas", p1("MILA"), "Proficiat Mila!",
         "Beste mevrouw Öztürk,\n\nIk wil u graag laten weten dat Mila zich geplaatst heeft voor de tweede ronde "
         "van de Vlaamse Wiskunde Olympiade. Ze is daarmee de enige van het 5de jaar! De tweede ronde gaat door "
         "op woensdag 5 maart in de KU Leuven (campus Arenberg). Ik rij met haar mee.\n\n"
         "Met vriendelijke groeten,\nJonas Vervoort", "2025-02-14 16:30", rules=[], about=["MILA"],
         note="good result, nothing sensitive", fmt=["plain"])

    mail("noah-peeters-rapport", "sas", p1("NOAH_PE"), "Tussentijds rapport Noah",
         "Beste meneer Peeters,\n\nIk wou u nog even persoonlijk laten weten hoe tevreden we zijn over Noah. Zijn "
         "tussentijds rapport is heel mooi, en vooral: hij helpt spontaan klasgenoten die het moeilijker "
         "hebben met wiskunde. Dat valt alle collega's op. Blijven zo doen!\n\nVriendelijke groet,\nSaskia "
         "Vanhove\nklastitularis 1A1", "2025-02-21 17:05", rules=[], about=["NOAH_PE"],
         note="praise, correct parent (not Noah Pieters's)", fmt=["plain"])

    mail("noah-wedstrijd-verkeerde-noah", "jonas", p1("NOAH_PI"), "Noah - Kangoeroewedstrijd",
         "Dag mevrouw,\n\nIk heb Noah Peeters (1A1) voorgedragen voor de finale van de Kangoeroewedstrijd op 29 "
         "april. Hij moet daarvoor die voormiddag niet naar de les. Wilt u het strookje in bijlage tekenen en "
         "meegeven?\n\nGroeten,\nJonas Vervoort", "2025-04-01 12:15",
         atts=[("toestemming_kangoeroe.pdf", make_pdf(["Toestemming Kangoeroewedstrijd - finale 29 april",
                                                       "Naam leerling: ...........  Handtekening ouder: ..........."],
                                                      "Toestemming"), "application/pdf")],
         rules=["recipient"], about=["NOAH_PE"], mis=True,
         note="about Noah Peeters (1A1) but sent to the mother of Noah Pieters (1A3); content not sensitive",
         fmt=["plain"])

    mail("lina-mertens-jas", "opv", p1("LINA_ME"), "jas Lina",
         "Dag mevrouw Mertens,\n\nDe blauwe winterjas van Lina (met haar naam in het label) hangt bij de verloren "
         "voorwerpen aan het secretariaat. Ze mag hem altijd komen halen tijdens de speeltijd.\n\nKevin Jacobs",
         "2025-01-29 10:20", rules=[], about=["LINA_ME"], note="lost jacket, nothing sensitive", fmt=["plain"])

    mail("lina-turnzak-verkeerde-lina", "hilde", p1("LINA_MA"), "turnzak vergeten",
         "Beste ouder,\n\nLina Mertens (3MW) heeft na de les LO haar turnzak in de kleedkamer laten liggen. Ik heb "
         "hem meegenomen naar het secretariaat. Mag ze hem daar morgen ophalen?\n\nSportieve groet,\n"
         "Hilde Verstraeten", "2025-02-05 14:40", rules=["recipient"], about=["LINA_ME"], mis=True,
         note="about Lina Mertens (3MW) but sent to the parent of Lina Martens (2A1); not sensitive",
         fmt=["plain"])

    mail("milan-houtbeurs-verkeerde-desmet", "ta", p2("FIEN"), "Uitstap Houtbeurs Gent - praktisch",
         "Beste ouders,\n\nMilan De Smet gaat op donderdag 10 april mee met 4HOUT naar de Houtbeurs in Gent. "
         "Vertrek om 7.45 uur aan het station van Leuven (perron 9), terug rond 17 uur. Werkschoenen zijn "
         "verplicht op de beursvloer. Lunchpakket meebrengen.\n\nMet vriendelijke groeten,\nDirk Hermans\n"
         "technisch adviseur", "2025-04-03 09:50", rules=["recipient"], about=["MILAN"], mis=True,
         note="about Milan De Smet (4HOUT) but sent to the father of Fien Desmet (4BIO); only trip details",
         fmt=["plain"])

    mail("lars-werkstuk-proficiat", "karen", p1("LARS"), "Werkstuk Lars",
         "Beste ouders,\n\nLars heeft voor zijn praktijkwerkstuk (schakelkast met tijdrelais) het hoogste punt "
         "van de klas behaald: 18/20. Zijn werkstuk wordt tentoongesteld op de opendeurdag van 26 april. "
         "Jullie zijn uiteraard van harte welkom!\n\nMvg\nKaren Smets", "2025-04-11 15:25", rules=[],
         about=["LARS"], note="praise, correct parent (not the Michiels family)", fmt=["plain"])

    mail("lotte-turnkledij", "hilde", p1("LOTTE"), "turnkledij Lotte",
         "Dag mevrouw Vermeulen,\n\nLotte is nu al drie keer haar turnkledij vergeten. Zou u er samen met haar "
         "op willen letten? Vanaf de volgende keer moet ze een vervangtaak maken, zo staat het in de afspraken "
         "van de vakgroep.\n\nGroetjes,\nHilde Verstraeten", "2025-03-12 12:05", rules=[], about=["LOTTE"],
         note="forgotten gym clothes; correct parent (not Jens Vermeulen's family)", fmt=["plain"])

    mail("elise-klasfoto", "sec", p1("ELISE"), "Bestelling klasfoto Elise",
         "Beste mevrouw Vermeulen,\n\nDe bestelling van de klasfoto van Elise (1A4) is goed ontvangen, het "
         "bedrag wordt op de volgende schoolrekening gezet. De foto's worden in de week van 12 mei in de klas "
         "uitgedeeld.\n\nMet vriendelijke groeten,\nNadia Bouzid", "2025-04-24 11:10", rules=[], about=["ELISE"],
         note="class photo order; mother's address shared with sibling Jens", fmt=["plain"])

    mail("laura-stage-evaluatie", "stage", pmail("LAURA"), "je stage-evaluatie",
         "Dag Laura,\n\nIk kreeg vandaag de evaluatie van je stagementor in het woonzorgcentrum. Ze is heel "
         "lovend: 'zelfstandig, warm in de omgang met bewoners, altijd op tijd'. Proficiat, dat heb je echt "
         "verdiend! We bespreken het verslag donderdag op het stagegesprek.\n\nKatrien", "2025-03-27 16:55",
         rules=[], about=["LAURA"], note="mail to the pupil about a good internship evaluation", fmt=["plain"])

    mail("adam-handboek", "karen", p1("ADAM_A"), "Handboek elektriciteit Adam",
         "Beste meneer Amrani,\n\nHet handboek 'Elektrische installaties 3' dat Adam miste, is nagebesteld bij "
         "Iddink. Het wordt volgende week op school geleverd; Adam krijgt het in de les. U hoeft niets te doen.\n\n"
         "Mvg\nKaren Smets\nklastitularis 3ELEK", "2025-02-11 13:30", rules=[], about=["ADAM_A"],
         note="textbook question; correct Amrani family", fmt=["plain"])

    mail("sara-leeswedstrijd-verkeerde-amrani", "ldw", p1("ADAM_A"), "Proficiat!",
         "Beste ouders,\n\nGraag laat ik u weten dat Sara Amrani (2A1) de schoolfinale van de leeswedstrijd "
         "heeft gewonnen! Ze las een fragment uit 'Hoe ik talent voor het leven kreeg' en de jury was "
         "onder de indruk. Ze mag de school vertegenwoordigen op de regionale finale in de Leuvense "
         "bibliotheek op 16 mei.\n\nHartelijke groeten,\nLies De Wachter\nlerares Nederlands",
         "2025-04-25 15:10", rules=["recipient"], about=["SARA_A"], mis=True,
         note="about Sara Amrani (2A1) but sent to the father of Adam Amrani (3ELEK), another family",
         fmt=["plain"])

    mail("emma-lemmens-oudercontact", "ann", p1("EMMA_LE"), "Oudercontact",
         "Beste ouders van Emma,\n\nU vroeg of het oudercontact ook online kan. Dat is geen probleem: ik stuur u "
         "de dag ervoor een link. Ik heb u ingepland op dinsdag 1 april om 18.20 uur. Emma doet het trouwens "
         "heel goed in Frans.\n\nMet vriendelijke groeten,\nAnn Lenaerts", "2025-03-24 20:12", rules=[],
         about=["EMMA_LE"], note="parents' evening practicalities; Emma Lemmens, not Emma Lambrechts",
         fmt=["plain"])

    orig = ("Beste mevrouw Verstraeten, doet Ines mee aan de sportdag? Ze heeft haar formulier niet "
            "afgegeven, ze twijfelt tussen klimmen en kajak. Groetjes Sofie")
    mail("ines-sportdag", "hilde", p1("INES"), "RE: sportdag",
         "Dag Sofie,\n\nIk heb Ines ingeschreven voor kajak, er was nog plaats. Ze moet reservekleren en een "
         "handdoek meebrengen. Vertrek om 8.30 uur aan de sporthal.\n\nHilde\n\n" + quote(orig),
         "2025-05-20 21:05", reply=True, rules=[], about=["INES"],
         note="sports day registration; Ines Vandermeulen (not a Vermeulen)", fmt=["plain", "reply"])

    orig = ("Goedemiddag,\nMogen de foto's van de klasuitstap waarop Thibo staat op de website? Hij vindt het "
            "zelf leuk maar ik wil het even zeker weten.\nKatrien Verhaegen")
    mail("thibo-fototoestemming", "sec", p1("THIBO"), "RE: foto's website",
         "Beste mevrouw Verhaegen,\n\nIn Smartschool staat voor Thibo 'toestemming foto's website: ja' "
         "aangevinkt. U kan dat op elk moment wijzigen via het formulier op Smartschool. Als u liever heeft dat "
         "we de foto's van de uitstap niet gebruiken, laat het gerust weten.\n\nVriendelijke groet,\n"
         "Nadia Bouzid\n\n" + quote(orig), "2025-05-15 13:45", reply=True, rules=[], about=["THIBO"],
         note="photo consent question", fmt=["plain", "reply"])

    mail("hajar-eindwerk-geselecteerd", "stage", pmail("HAJAR"), "Je GIP",
         "Hey Hajar,\n\nJe geïntegreerde proef over valpreventie in het woonzorgcentrum is geselecteerd voor de "
         "GIP-beurs van Stroom op 21 mei. Je krijgt een standje in de aula. Zullen we maandag even samenzitten "
         "om je poster te bekijken?\n\nKatrien", "2025-04-30 12:40", mailer="iphone", rules=[], about=["HAJAR"],
         note="pupil's project selected, mail to the pupil", fmt=["plain"])

    mail("nathan-rekenmachine-stiefvader", "moh", p2("MATS"), "rekenmachine Nathan",
         "Beste meneer Cools,\n\nNathan Stevens (4ELEK) heeft zijn rekenmachine (TI-30) in lokaal C0.05 laten "
         "liggen. Ze ligt op het secretariaat. Kan hij ze morgen komen halen? Hij heeft ze nodig voor de toets "
         "van donderdag.\n\nGroeten,\nMohamed Aydin", "2025-03-18 16:22", rules=["recipient"], about=["NATHAN"],
         mis=True,
         note="sibling mix-up: about Nathan Stevens, sent to the father of his half-brother Mats Cools, who is not Nathan's parent",
         fmt=["plain"])

    mail("ward-laptop-projectweek", "ta", p1("WARD"), "Projectweek 5IW - eigen laptop",
         "Beste meneer Coppieters,\n\nU vroeg of Ward zijn eigen laptop mag meebrengen tijdens de projectweek. "
         "Dat mag, op voorwaarde dat SolidWorks erop geïnstalleerd is (de licentie kan hij via Smartschool "
         "aanvragen). Zo niet krijgt hij een schoollaptop. Het project start maandag om 8.25 uur in lokaal C1.02.\n\n"
         "Met vriendelijke groeten,\nDirk Hermans", "2025-02-27 10:50", rules=[], about=["WARD"],
         note="practical question about a laptop", fmt=["plain"])

    mail("jonas-zwemles-badmuts", "hilde", p1("JONAS_K"), "Zwemles",
         "Dag mevrouw Kowalski,\n\nVanaf volgende week gaat 3TW zwemmen in het Sportoase-bad. Jonas heeft een "
         "badmuts nodig; die kan hij voor € 2 op het secretariaat kopen. De bus vertrekt om 13.20 uur aan de "
         "poort.\n\nGroetjes,\nHilde Verstraeten", "2025-03-07 09:25", rules=[], about=["JONAS_K"],
         note="practical info about swimming lessons", fmt=["plain"])

    mail("lucas-stem-finale", "jonas", p2("LUCAS_LA"), "STEM-finale Lucas",
         "Beste meneer Lambrechts,\n\nLucas' team heeft met hun waterzuiveringsproject de provinciale finale van "
         "de STEM-wedstrijd gehaald. De finale is op zaterdag 17 mei in Technopolis. Leerlingen mogen "
         "familie meebrengen; ik stuur de inschrijvingslink nog door.\n\nMet vriendelijke groeten,\nJonas Vervoort",
         "2025-04-18 12:05", rules=[], about=["LUCAS_LA"],
         note="competition result; father's address shared by siblings Lucas and Emma", fmt=["plain"])

    mail("finn-fietssleutel", "opv", pmail("FINN"), "fietssleutel",
         "Finn, Marc vond een fietssleutel met een groene sleutelhanger van Anderlecht in de fietsenstalling. "
         "Is die van jou? Hij ligt bij mij in het opvoederslokaal.\nKevin", "2025-04-08 10:15", mailer="outlook",
         rules=[], about=["FINN"], note="lost bike key, to the pupil", fmt=["plain", "short"])

    iban = be_iban("0635528194")
    mail("laura-terugbetaling-iban", "boek", p1("LAURA"), "Terugbetaling uitstap Parijs",
         "Beste meneer Goris,\n\nOmdat de uitstap naar Parijs van 6VZ werd geannuleerd, betalen we het voorschot "
         "van € 42,00 terug op het rekeningnummer dat u ons doorgaf: %s (op naam van Luc Goris). U mag de "
         "terugbetaling binnen tien werkdagen verwachten.\n\nMet vriendelijke groeten,\nVeerle Coppens\n"
         "boekhouding" % iban, "2025-03-03 14:45", rules=["personal_data"], about=["LAURA"],
         note="refund to a parent with his IBAN; not sensitive (no unpaid bill)", fmt=["plain"])

    mail("ilias-dossier-vorige-school", "sec", ("Secretariaat Atheneum Tienen", "secretariaat@atheneum-tienen.be"),
         "Opvragen leerlingendossier - Ilias Chakir",
         "Beste collega,\n\nIlias Chakir is sinds 10 februari bij ons ingeschreven in 2B1, na een verhuis van "
         "Tienen naar Leuven. Mogen wij zijn leerlingendossier en het attest van het eerste jaar opvragen?\n\n"
         "Gegevens:\nNaam: Ilias Chakir\nGeboren op 22/09/2011\nRijksregisternummer: %s\n\n"
         "Alvast bedankt!\n" % rrn(11, 9, 22, 417) + sig("sec"), "2025-02-12 09:55",
         rules=["personal_data"], about=["ILIAS"],
         note="transfer request with date of birth and valid national register number; nothing sensitive",
         fmt=["plain"])


# ===========================================================================
# 5. general letters to all parents / all staff (must pass)
# ===========================================================================

def parents_in(prefixes):
    out = []
    for p in ROSTER:
        if any(p["klas"].startswith(x) for x in prefixes):
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


PERSONEEL = "personeel@" + K
OUDERS_ALLE = "ouders-allejaren@" + K


def build_general():
    allpar = parents_in([""])
    t = ("Beste ouders,\n\nDe voorbije weken werden op onze school enkele keren leerlingen betrapt op het bezit, "
         "gebruik of doorverkopen van drugs. We willen u daarom informeren over ons drugsbeleid, zoals het ook "
         "in het schoolreglement staat.\n\n1. Bezit, gebruik en verkoop van drugs, ook cannabis, zijn op school "
         "en tijdens alle schoolactiviteiten verboden.\n2. Bij een eerste vaststelling van gebruik volgt een "
         "gesprek met leerling en ouders en een begeleidingstraject. Waar nodig schakelen we het CLB in.\n"
         "3. Bij verkoop of doorgeven van drugs aan medeleerlingen kan de school een tuchtprocedure opstarten, "
         "tot en met een definitieve uitsluiting.\n4. De school verwittigt steeds de politie bij verkoop.\n\n"
         "Preventie blijft voor ons even belangrijk als sanctioneren. Daarom organiseren we op donderdag 24 april "
         "voor alle leerlingen van het 4de en 5de jaar een sessie 'Drugs & wet' door de jeugdpolitie, en op "
         "dinsdag 29 april om 20 uur een infoavond voor ouders met een medewerker van het CLB.\n\n"
         "Heeft u vragen of zorgen over uw kind? Neem dan gerust contact op met de leerlingenbegeleiding via het "
         "leerlingensecretariaat.\n\nMet vriendelijke groeten,\n\nGeert Vanhoudt, directeur\n"
         "Sofie Claes, adjunct-directeur")
    mail("alg-ouders-drugsbeleid", "direc", "direc", "Ons drugsbeleid - informatie voor ouders", t,
         "2025-04-14 17:30", bcc=allpar, html=html_wrap(paras(t)), rules=[],
         note="general letter on the drugs policy to all parents, parents in BCC only",
         fmt=["html", "general-letter"])

    mail("alg-personeel-procedure-drugsvondst", "adj", "adj", "Procedure bij vaststelling drugs",
         "Beste collega's,\n\nNa de incidenten van de voorbije weken frissen we de procedure op voor wie drugs "
         "vaststelt of een sterk vermoeden heeft:\n\n1. Grijp niet alleen in; roep een opvoeder of iemand van "
         "de directie.\n2. Doorzoek zelf geen rugzakken of kastjes. Een controle van een kastje gebeurt enkel in "
         "aanwezigheid van de leerling en iemand van de directie.\n3. Neem eventuele middelen in beslag, steek ze "
         "in een envelop en breng ze naar het secretariaat (kluis). Niet weggooien.\n4. Noteer kort wat je zag "
         "in het leerlingvolgsysteem, niet in een mail.\n5. De directie beslist over het verwittigen van ouders "
         "en politie.\n\nWie twijfelt, spreekt mij of Tom aan.\n\nDank jullie wel,\nSofie",
         "2025-04-07 07:45", bcc=[PERSONEEL], rules=[],
         note="general procedure for all staff, staff list in BCC", fmt=["plain", "general-letter"])

    mail("alg-ouders-gsm-filmen", "direc", "undisclosed", "Aanpassing schoolreglement: gsm en filmen",
         "Beste ouders,\n\nOnlangs werd een vechtpartij op de speelplaats gefilmd en via sociale media "
         "verspreid. Dat had niet alleen gevolgen voor de betrokken leerlingen, maar ook voor hun familie en "
         "voor de sfeer op school.\n\nDe schoolraad heeft daarom een aanpassing van het schoolreglement "
         "goedgekeurd, die ingaat op maandag 5 mei:\n\n- Gsm's blijven tijdens de lesuren en de speeltijden "
         "uitgeschakeld in de boekentas of in het kastje.\n- Filmen of fotograferen van medeleerlingen of "
         "personeel zonder hun toestemming is verboden, ook buiten de lesuren op het schooldomein.\n- Wie "
         "beelden van schoolsituaties verspreidt, krijgt een ordemaatregel; bij ernstige feiten kan een "
         "tuchtmaatregel volgen.\n\nWe rekenen op uw steun om dit thuis te bespreken.\n\n"
         "Met vriendelijke groeten,\nDe directie", "2025-04-25 16:00", bcc=[OUDERS_ALLE], rules=[],
         note="general change of the school rules on phones and filming, list in BCC", fmt=["plain", "general-letter"])

    mail("alg-personeel-camerabeelden", "dir", "dir", "Camerabeelden: wie mag wat zien?",
         "Beste collega's,\n\nNaar aanleiding van enkele vragen: onze camera's hangen aan de ingangen, de "
         "fietsenstalling en speelplaats B. De beelden worden 30 dagen bewaard en daarna automatisch gewist.\n\n"
         "Afspraken, in overleg met de DPO van Stroom:\n- Enkel de directeur, de adjunct-directeur en de "
         "ICT-coördinator kunnen beelden bekijken, en alleen bij een concreet incident.\n- Leerkrachten en "
         "opvoeders krijgen geen toegang tot de beelden, ook niet 'even kijken' op de pc van de directie.\n"
         "- Ouders die vragen om beelden te zien, verwijzen jullie naar de directie. Beelden met andere "
         "leerlingen worden niet getoond.\n- De politie krijgt beelden enkel op vordering en via de directie.\n\n"
         "Vragen over privacy kunnen ook rechtstreeks naar privacy@lksd.ksleuven.be.\n\nGeert",
         "2025-03-20 12:30", bcc=[PERSONEEL], rules=[], note="general staff letter on camera access rules",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-kastjes-volgend-schooljaar", "secgen", "undisclosed", "Huur kastje schooljaar 2025-2026",
         "Beste ouders,\n\nOok volgend schooljaar kan uw zoon of dochter een kastje huren. De huurprijs blijft "
         "€ 15 per schooljaar en wordt op de eerste schoolrekening gezet.\n\nNieuw vanaf september: alle "
         "kastjes krijgen een cijferslot. Uw kind kiest zelf een code bij het begin van het schooljaar. Geef die "
         "code aan niemand door, ook niet aan vrienden. Wie de code vergeet, kan langs het secretariaat; het "
         "slot wordt dan in het bijzijn van de leerling gereset.\n\nInschrijven kan via het formulier op "
         "Smartschool tot 15 juni.\n\nMet vriendelijke groeten,\nHet leerlingensecretariaat",
         "2025-05-22 10:00", bcc=parents_in(["1", "2", "3"]), rules=[],
         note="general letter about locker rental and codes, no code given, parents in BCC",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-clb-infobrief", "direc", "undisclosed", "Infobrief CLB - wat doet het CLB voor uw kind?",
         "Beste ouders,\n\nOnze school werkt samen met het Vrij CLB Dijleland. Het CLB is er voor alle "
         "leerlingen en hun ouders, met vragen over leren en studeren, onderwijsloopbaan, preventieve "
         "gezondheidszorg en psychisch en sociaal functioneren.\n\nWat kan u van het CLB verwachten?\n"
         "- een systematisch contact (medisch onderzoek) in het 1ste en 3de jaar\n- een luisterend oor en "
         "begeleiding bij vragen, op vraag van de leerling, de ouders of de school\n- advies bij de "
         "studiekeuze\n\nDe begeleiding door het CLB is gratis en vertrouwelijk. Het CLB deelt enkel informatie "
         "met de school als u en uw kind daarmee instemmen.\n\nDe brochure van het CLB vindt u in bijlage.\n\n"
         "Met vriendelijke groeten,\nDe directie en het CLB-team", "2025-02-03 13:00",
         bcc=parents_in(["1"]),
         atts=[("brochure_clb_dijleland.pdf", make_pdf(["Vrij CLB Dijleland", "Wat doet het CLB?",
                                                        "Leren en studeren - onderwijsloopbaan - gezondheid - welbevinden"],
                                                       "Brochure CLB"), "application/pdf")],
         rules=[], note="general CLB information letter to first-year parents, in BCC", fmt=["plain", "general-letter"])

    t = ("Beste ouders,\n\nLeerkrachten mogen op school geen medicatie toedienen zonder schriftelijke "
         "toestemming. Daarom herinneren we u aan ons medicatiebeleid:\n\n- Moet uw kind tijdens de schooluren "
         "medicatie nemen, bezorg dan het formulier 'medicatie op school', ingevuld en ondertekend door de arts.\n"
         "- De medicatie wordt in de originele verpakking, met naam van de leerling, op het secretariaat "
         "bewaard.\n- Bij ziekte of een ongeval verwittigen we u altijd. In dringende gevallen bellen we "
         "eerst de hulpdiensten.\n- Wij geven geen pijnstillers op eigen initiatief.\n\nHet formulier vindt u "
         "op Smartschool onder 'Documenten > Formulieren'.\n\nMet vriendelijke groeten,\nHet zorgteam")
    mail("alg-ouders-medicatiebeleid", "zorg", "zorg", "Medicatie op school", t, "2025-01-13 09:00",
         bcc=[OUDERS_ALLE], enc="qp", rules=[], note="general medication policy, quoted-printable body",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-pestbeleid", "direc", "undisclosed", "Samen tegen pesten - ook online",
         "Beste ouders,\n\nPesten stopt niet aan de schoolpoort. Steeds vaker gebeurt het via groepsapps en "
         "sociale media, 's avonds en in het weekend. Op school werken we met de No Blame-aanpak en met "
         "herstelgesprekken. Wie pest, krijgt daarnaast een ordemaatregel als het pesten niet stopt.\n\n"
         "Wat kan u als ouder doen?\n- Praat met uw kind over wat het online meemaakt.\n- Neem screenshots, "
         "maar deel ze niet verder.\n- Meld het aan de leerlingenbegeleiding, ook als het buiten de "
         "schooluren gebeurt.\n\nOp onze website vindt u het volledige antipestbeleid.\n\nMet vriendelijke "
         "groeten,\nDe directie en het team leerlingenbegeleiding", "2025-02-24 12:00",
         bcc=parents_in(["1", "2"]), rules=[], note="general anti-bullying letter, parents in BCC",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-5et-betalingsherinnering", "boek", "undisclosed", "Herinnering schoolrekening februari",
         "Beste ouders,\n\nDe schoolrekening van februari vervalt op 31 maart. Heeft u al betaald? Dan mag u "
         "deze mail als onbestaande beschouwen.\n\nMet de gestructureerde mededeling op de rekening wordt uw "
         "betaling automatisch verwerkt. Heeft u moeite om de schoolrekening te betalen, of wilt u de betaling "
         "spreiden? Neem dan discreet contact op met de boekhouding; samen zoeken we een oplossing.\n\n"
         "Met vriendelijke groeten,\nVeerle Coppens\nboekhouding", "2025-03-24 08:30",
         bcc=parents_in(["5ET"]), rules=[],
         note="payment reminder to all parents of a class, nobody named, in BCC", fmt=["plain", "general-letter"])

    mail("alg-personeel-geen-wachtwoorden", "ict", "ict", "Herinnering: nooit wachtwoorden of codes mailen",
         "Beste collega's,\n\nDe laatste weken zagen we een paar keer dat codes van kastjes, de wifi of gedeelde "
         "mappen via mail werden doorgegeven. Dat is tegen ons communicatiebeleid: verstuur nooit een "
         "wachtwoord of code via mail of Smartschool.\n\nWat wel kan:\n- een beveiligde link via de share van "
         "Stroom, met het wachtwoord mondeling of via sms aan de ontvanger\n- codes van kastjes mondeling "
         "doorgeven aan de leerling\n- bij twijfel: de ICT-helpdesk (lokaal B0.12)\n\nNiemand van Stroom zal "
         "je ooit via mail naar je wachtwoord vragen.\n\nBedankt!\nPieter De Wit\nICT-coördinator",
         "2025-04-28 07:30", bcc=[PERSONEEL], rules=[],
         note="staff letter about not mailing passwords; mentions passwords but contains none",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-infosessie-drugs-4-5", "adj", "adj", "Infosessie 'Drugs & wet' voor leerlingen 4de en 5de jaar",
         "Beste ouders,\n\nOp donderdag 24 april krijgen alle leerlingen van het 4de en 5de jaar tijdens het 3de "
         "en 4de lesuur een sessie 'Drugs & wet' van de jeugdpolitie van Leuven. Ze leren wat de wet zegt over "
         "bezit en verkoop, en wat de gevolgen kunnen zijn, ook voor hun toekomst.\n\nOuders zijn welkom op de "
         "infoavond van dinsdag 29 april om 20 uur in de aula.\n\nMet vriendelijke groeten,\nSofie Claes\n"
         "adjunct-directeur", "2025-04-16 12:10", bcc=parents_in(["4", "5"]), rules=[],
         note="general info to all parents of two grades, in BCC", fmt=["plain", "general-letter"])

    mail("alg-personeel-ordemaatregelen", "adj", "undisclosed", "Overzicht orde- en tuchtmaatregelen",
         "Beste collega's,\n\nOp vraag van de pedagogische raad zetten we de maatregelen nog eens op een rij.\n\n"
         "ORDEMAATREGELEN (leerkracht, opvoeder, directie)\n- verwittiging, strafwerk, strafstudie\n"
         "- tijdelijke verwijdering uit de les (leerling naar het opvoederslokaal, altijd met opdracht)\n"
         "- volgkaart of volgcontract\n- time-out: via de cel leerlingenbegeleiding, intern of in het "
         "time-outproject van de stad\n\nTUCHTMAATREGELEN (enkel directeur, na advies begeleidende klassenraad)\n"
         "- tijdelijke uitsluiting (max. 15 opeenvolgende lesdagen)\n- definitieve uitsluiting\n\n"
         "Bij een tuchtmaatregel hebben leerling en ouders recht op inzage in het dossier en op een "
         "hoorzitting. Bij een definitieve uitsluiting is beroep mogelijk bij de beroepscommissie van het "
         "schoolbestuur.\n\nRegistreer elke maatregel in het leerlingvolgsysteem.\n\nSofie",
         "2025-03-14 15:00", bcc=[PERSONEEL], cs="windows-1252", enc="qp", rules=[],
         note="general overview of order and disciplinary measures, windows-1252 QP", fmt=["plain", "general-letter"])

    ex = [("Datum", "1ste graad", "2de graad", "3de graad"),
          ("ma 16 juni", "Nederlands", "wiskunde", "wiskunde"),
          ("di 17 juni", "wiskunde", "Nederlands", "vakken specifiek gedeelte"),
          ("wo 18 juni", "Frans", "Frans", "Nederlands"),
          ("do 19 juni", "wetenschappen", "Engels", "Frans / Engels"),
          ("vr 20 juni", "geschiedenis", "vakken specifiek gedeelte", "GIP-presentaties")]
    intro = ("Beste ouders,\n\nHieronder vindt u de examenregeling van juni. De examens beginnen telkens om "
             "8.25 uur. Na het examen mogen leerlingen naar huis of blijven studeren in de refter.\n")
    outro = ("\nLeerlingen met faciliteiten krijgen hun aangepaste regeling via de klastitularis.\n\n"
             "Met vriendelijke groeten,\nDe directie")
    mail("alg-ouders-examenrooster", "direc", "undisclosed", "Examenregeling juni 2025",
         intro + "\n" + text_table(ex) + "\n" + outro, "2025-05-12 16:00", bcc=[OUDERS_ALLE],
         html=html_wrap(paras(intro) + html_table(ex) + paras(outro)), rules=[],
         note="general exam schedule with a table", fmt=["html", "table", "general-letter"])

    mail("alg-ouders-reglement-fr", "direc", "undisclosed", "Règlement scolaire : les points essentiels",
         "Chers parents,\n\nPour les familles francophones, voici un résumé des points essentiels du règlement "
         "de l'école :\n\n- La présence aux cours est obligatoire. Toute absence doit être justifiée le jour "
         "même auprès du secrétariat des élèves.\n- La possession, la consommation et la vente de drogues sont "
         "interdites à l'école. En cas de vente, l'école avertit la police et peut entamer une procédure "
         "d'exclusion définitive.\n- Il est interdit de filmer des élèves ou des membres du personnel sans leur "
         "accord.\n- Les casiers restent la propriété de l'école ; un contrôle peut avoir lieu en présence de "
         "l'élève et de la direction.\n\nLe texte complet (en néerlandais) se trouve sur Smartschool.\n\n"
         "Bien cordialement,\nLa direction", "2025-02-10 12:00", bcc=[OUDERS_ALLE], lang="fr", rules=[],
         note="French summary of the school rules to all parents, in BCC", fmt=["plain", "general-letter"])

    mail("alg-ouders-school-rules-en", "direc", "undisclosed", "School rules - summary in English",
         "Dear parents,\n\nFor families who do not (yet) speak Dutch, here is a short summary of our school "
         "rules.\n\n- Pupils must attend all lessons. Please report an absence to the pupil office before "
         "8.30 am.\n- Mobile phones stay switched off during lessons and breaks.\n- Drugs, alcohol and weapons "
         "are not allowed at school. Selling drugs may lead to a definitive exclusion.\n- Filming other pupils "
         "or staff without their permission is forbidden.\n- If your child is bullied, please contact the pupil "
         "counsellors. We take every report seriously.\n\nThe full rules (in Dutch) are on Smartschool.\n\n"
         "Kind regards,\nThe school management", "2025-02-10 12:05", bcc=[OUDERS_ALLE], lang="en", rules=[],
         note="English summary of the school rules to all parents, in BCC", fmt=["plain", "general-letter"])

    mail("alg-personeel-mailbox-secretariaat", "sec", "undisclosed", "Nieuwe werking leerlingensecretariaat",
         "Beste collega's,\n\nVanaf maandag 3 maart werken we op het leerlingensecretariaat met één gedeelde "
         "mailbox: leerlingensecretariaat@spc.ksleuven.be. Stuur afwezigheden, vragen over attesten en "
         "meldingen voor het secretariaat voortaan naar dat adres en niet meer naar mijn persoonlijk adres. "
         "Zo raakt er niets verloren als ik afwezig ben.\n\nGevoelige informatie over leerlingen hoort niet "
         "in een mail, maar in het leerlingvolgsysteem.\n\nBedankt!\nNadia",
         "2025-02-28 14:00", bcc=[PERSONEEL], rules=[], note="general staff letter on the shared mailbox",
         fmt=["plain", "general-letter"])

    mail("alg-ouders-oudercontact", "direc", "undisclosed", "Uitnodiging oudercontact 1 en 3 april",
         "Beste ouders,\n\nNa het tweede trimester nodigen we u graag uit op het oudercontact op dinsdag 1 en "
         "donderdag 3 april, van 16.30 tot 20.30 uur. Via Smartschool kan u tot 27 maart een tijdstip kiezen bij "
         "de klastitularis en de vakleerkrachten. Gesprekken kunnen op school of online.\n\nWe kijken ernaar "
         "uit u te ontmoeten.\n\nMet vriendelijke groeten,\nDe directie", "2025-03-17 16:30",
         bcc=[OUDERS_ALLE], enc="b64", rules=[], note="general invitation, base64 body",
         fmt=["plain", "general-letter"])

    mail("alg-personeel-vergadering-agenda", "dir", "dir", "Agenda personeelsvergadering 22 april",
         "Beste collega's,\n\nAgenda van de personeelsvergadering van dinsdag 22 april, 16.00 uur, aula:\n\n"
         "1. Evaluatie drugsbeleid en de procedure bij vaststellingen\n2. Aanpassing schoolreglement: gsm en "
         "filmen\n3. Kastjes: nieuwe sloten vanaf september\n4. Camerabeleid (toelichting door de DPO van "
         "Stroom)\n5. Planning examens en deliberaties\n6. Varia\n\nTot dan,\nGeert", "2025-04-15 12:00",
         bcc=[PERSONEEL], rules=[], note="general staff meeting agenda", fmt=["plain", "general-letter"])

    mail("alg-ouders-pedagogische-studiedag", "direc", "undisclosed", "Pedagogische studiedag woensdag 7 mei",
         "Beste ouders,\n\nOp woensdag 7 mei is er een pedagogische studiedag voor alle personeelsleden. Die "
         "dag zijn er geen lessen. Er is geen opvang op school.\n\nDe leerkrachten werken die dag rond "
         "'herstelgericht werken op school'.\n\nMet vriendelijke groeten,\nDe directie", "2025-04-22 15:00",
         bcc=[OUDERS_ALLE], rules=[], note="general notice of a study day", fmt=["plain", "general-letter"])

    mail("alg-personeel-procedure-definitieve-uitsluiting", "dir", "undisclosed",
         "Procedure definitieve uitsluiting - stappen en termijnen",
         "Beste collega's,\n\nOmdat er vragen kwamen na de klassenraden, hier de stappen van een procedure tot "
         "definitieve uitsluiting zoals ze in ons schoolreglement staan:\n\n1. Eventueel preventieve schorsing "
         "(max. 10 lesdagen, eenmaal verlengbaar).\n2. Advies van de begeleidende klassenraad; het CLB wordt "
         "gehoord.\n3. Schriftelijke uitnodiging van leerling en ouders voor een hoorzitting, met recht op "
         "inzage in het dossier en bijstand door een vertrouwenspersoon (vaak een advocaat).\n"
         "4. Gemotiveerde beslissing van de directeur, aangetekend verstuurd.\n5. Beroep bij de "
         "beroepscommissie van het schoolbestuur binnen 5 dagen.\n6. De school helpt, samen met het CLB, bij "
         "het zoeken naar een nieuwe school.\n\nBelangrijk: praat met niemand buiten de klassenraad over een "
         "lopend dossier, ook niet met andere ouders. Alles wat je noteert, komt in het dossier dat ouders "
         "en hun advocaat mogen inkijken.\n\nGeert", "2025-05-20 12:00", bcc=[PERSONEEL], rules=[],
         note="general staff letter on the exclusion procedure, no pupil named", fmt=["plain", "general-letter"])


# ===========================================================================
# 6. ordinary mail: bcc, private_account, attachment, personal_data, plain
# ===========================================================================

def build_ordinary():
    mail("herstelcirkel-ouders4elek-in-aan", "moh", "ouders4elek@" + K, "Herstelcirkel 4ELEK - dinsdag 25 maart",
         "Beste ouders van 4ELEK,\n\nNa het incident van 14 maart op de speelplaats willen we met de hele klas "
         "een herstelcirkel houden, begeleid door een medewerker van de leerlingenbegeleiding. Dat gebeurt "
         "dinsdag 25 maart tijdens het 5de en 6de lesuur. Het doel is niet om schuldigen aan te wijzen, maar "
         "om de sfeer in de klas te herstellen.\n\nHeeft u vragen, dan kan u mij altijd mailen.\n\n"
         "Met vriendelijke groeten,\nMohamed Aydin\nklastitularis 4ELEK", "2025-03-20 19:05", rules=["bcc"],
         note="class parents' list ouders4elek@ in To; no pupil named", fmt=["plain", "group-in-to"])

    team = fillers("4TW", 4)
    mail("carpool-volleybal-ouders-zichtbaar", "hilde", [t["p1"] for t in team], "Carpool volleybaltornooi zaterdag",
         "Beste ouders,\n\nZaterdag speelt ons schoolteam het provinciale volleybaltornooi in Diest. We "
         "vertrekken om 8.15 uur aan de sporthal van de school. Ik zoek nog twee ouders die willen rijden; "
         "wie kan, mag gewoon op deze mail antwoorden.\n\nSportieve groeten,\nHilde Verstraeten",
         "2025-03-05 20:30", rules=["bcc"],
         note="four parents' addresses visible to each other in To", fmt=["plain"])

    mail("controle-kastjes-cc-personeel", "adj", "opv", "Controle kastjes blok C",
         "Kevin,\n\nZoals afgesproken op de cel: volgende week dinsdag controleren we samen met de politie de "
         "kastjes van blok C, in aanwezigheid van de leerlingen. Ik zet alle collega's in kopie zodat "
         "iedereen weet waarom er die ochtend wat onrust in gang C zal zijn. Graag geen commentaar in de "
         "klassen. In bijlage de lijst van de kastjes en de klassen die er gebruik van maken.\n\nSofie",
         "2025-03-28 12:40", cc=[PERSONEEL],
         atts=[("kastjes_blokC_per_klas.xlsx",
                make_xlsx([("Klas", "Gang", "Aantal kastjes", "Controle")] +
                          [(k, "C gelijkvloers" if i < 4 else "C 1ste verdiep", str(n), "dinsdag 8.25-10.00")
                           for i, (k, n) in enumerate([("3ELEK", 14), ("3MW", 16), ("3TW", 12), ("4ELEK", 15),
                                                       ("4HOUT", 11), ("4TW", 13), ("5ET", 14), ("5IW", 12)])]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
         rules=["bcc"],
         note="staff list personeel@ in CC", fmt=["plain", "group-in-cc"])

    mail("protocol-camerabeelden-extern-zichtbaar", "dir", "pol", "Protocol opvragen camerabeelden",
         "Geachte heer Vandeputte,\n\nZoals besproken leggen we de afspraken voor het opvragen van camerabeelden "
         "vast in een kort protocol. Ik zet meester Dierickx (raadsman van ons schoolbestuur) en mevrouw Van "
         "Hecke van het CLB in kopie, omdat zij ook bij het overleg waren.\n\nKern:\n- beelden enkel op "
         "schriftelijke vordering van de politie of het parket\n- de school maakt de export, de politie haalt "
         "die op\n- beelden worden niet aan ouders of derden getoond\n\nHet ontwerp volgt later deze week.\n\n"
         "Met vriendelijke groeten,\nGeert Vanhoudt\ndirecteur", "2025-03-26 11:15", cc=["advsch", "clb"],
         rules=["bcc"], note="three external partners visible to each other in To/CC; no pupil named",
         fmt=["plain"])

    mail("stageverslag-leerlingen6iw-in-aan", "stage", "leerlingen6iw@" + LEERLING_DOMAIN, "Deadline stageverslag",
         "Beste leerlingen van 6IW,\n\nNog even ter herinnering: jullie stageverslag moet uiterlijk vrijdag 9 "
         "mei om 16 uur op Smartschool staan (opdracht 'Stageverslag 2025'). Laattijdige verslagen worden niet "
         "meer aanvaard.\n\nSucces met de laatste loodjes!\nMevrouw Bosmans", "2025-05-02 08:05", rules=["bcc"],
         note="pupil list address in To", fmt=["plain", "group-in-to"])

    mail("vakgroep-agenda-vanuit-gmail", ("Lies De Wachter", "lies.dewachter@gmail.com"), "jonas",
         "agenda vakgroep", "Jonas,\n\nMijn schoolaccount doet raar op mijn laptop thuis, daarom via deze weg. "
         "Kan jij de agenda voor de vakgroep van donderdag rondsturen? Punten: handboeken volgend jaar, "
         "taalbeleid, verdeling van de GIP-jury's.\n\nMerci!\nLies", "2025-02-25 21:10", mailer="gmail",
         rules=["private_account"], note="teacher writes school business to a colleague from her private Gmail",
         fmt=["plain"])

    fwd = ("---------- Doorgestuurd bericht ---------\nVan: Sofie Claes <sofie.claes@sintpieterscollege.be>\n"
           "Datum: ma 19 mei 2025 om 15:02\nOnderwerp: Toezichten examens juni\nAan: <bart.goossens@"
           "sintpieterscollege.be>\n\nDag Bart,\n\nJe toezichten tijdens de examens: ma 16/6 aula (8.25-10.25), "
           "wo 18/6 refter (10.40-12.40), vr 20/6 B2.14 (8.25-10.25). Ruilen kan enkel via mij.\n\nSofie\n")
    mail("toezichten-doorgestuurd-naar-hotmail", "bart", ("Bart Goossens", "bart.goossens@hotmail.com"),
         "Fwd: Toezichten examens juni", "\n\n" + fwd, "2025-05-19 15:10", rules=["private_account"],
         note="staff member forwards school mail to his own private Hotmail", fmt=["plain", "forward"])

    mail("afspraak-timeout-vanuit-gmail", ("Tom Wouters", "tom.wouters.lb@gmail.com"), "timeout",
         "afspraak donderdag", "Dag Lien,\n\nKunnen we ons overleg van woensdag naar donderdag 14u verplaatsen? "
         "Op woensdag heb ik een klassenraad die uitloopt. Ik stuur je dit even van mijn privéadres, mijn "
         "schoolmail staat op mijn andere gsm.\n\nGroeten,\nTom", "2025-03-31 18:40", mailer="gmail",
         rules=["private_account"], note="staff member writes to an external partner from his private Gmail",
         fmt=["plain"])

    mail("prive-padel-zaterdag", ("Jonas Vervoort", "jonas.vervoort@gmail.com"), ("Koen", "koen.vd@telenet.be"),
         "padel zaterdag?", "Koen,\n\nZaterdag om 10u padel in Heverlee? Ik heb het nodig na deze week vol "
         "klassenraden haha. Ik reserveer als ge ja zegt.\n\nJonas", "2025-03-27 22:14", mailer="gmail", rules=[],
         note="staff member's private mail about a private matter: must not fire private_account",
         fmt=["plain"])

    zipb = _zip([("Securama_Player_v3.2.exe", fake_exe("player")),
                 ("cam03_20250314_123500.mp4", b"\x00\x00\x00\x20ftypisom" + hashlib.sha256(b"cam3").digest() * 4),
                 ("cam04_20250314_123500.mp4", b"\x00\x00\x00\x20ftypisom" + hashlib.sha256(b"cam4").digest() * 4),
                 ("LEESMIJ.txt", "Open de beelden met Securama_Player_v3.2.exe\r\n")])
    mail("export-camerabeelden-met-player", "ict", "pol", "Export beelden 14/03 (uw vordering)",
         "Goedemiddag inspecteur,\n\nIn bijlage de export van camera 3 en 4 van 14 maart (12.35-12.50 uur), zoals "
         "gevraagd in uw vordering. De beelden kunnen enkel worden afgespeeld met de speler van Securama die in "
         "het zip-bestand zit.\n\nMet vriendelijke groeten,\nPieter De Wit\nICT-coördinator",
         "2025-03-31 10:20", atts=[("export_cam03_cam04_20250314.zip", zipb, "application/zip")],
         rules=["attachment"], note="zip archive containing an .exe player", fmt=["plain", "attachment-zip"])

    mail("sjabloon-tuchtdossier-docm", "adj", ["lb", "opv"], "sjabloon tuchtdossier",
         "Tom, Kevin,\n\nHierbij het nieuwe sjabloon voor het tuchtdossier. Bij het openen moet je 'Inhoud "
         "inschakelen' aanklikken, dan vult de macro automatisch de hoofding en de nummering van de stukken in.\n\n"
         "Sofie", "2025-02-20 16:12",
         atts=[("sjabloon_tuchtdossier_2025.docm",
                make_docx(["TUCHTDOSSIER", "Leerling: ....", "Klas: ....", "Stuk 1: verslag van de feiten"], macro=True),
                "application/vnd.ms-word.document.macroEnabled.12")],
         rules=["attachment"], note="macro-enabled Word template (.docm)", fmt=["plain"])

    mail("incidentenregistratie-xlsm", "lb", "opv", "nieuwe registratie incidenten",
         "Kevin, de nieuwe versie van het registratiebestand. Er zit een macro in die bij elke nieuwe regel "
         "automatisch de datum en het volgnummer invult, dus macro's toelaten. Nog leeg, de oude gegevens "
         "laat ik in het leerlingvolgsysteem.\nTom", "2025-02-28 11:30",
         atts=[("incidentenregistratie_2025.xlsm",
                make_xlsx([("Nr", "Datum", "Klas", "Omschrijving", "Maatregel", "Opvolging")], macro=True),
                "application/vnd.ms-excel.sheet.macroEnabled.12")],
         rules=["attachment"], note="macro-enabled Excel file (.xlsm), empty template", fmt=["plain"])

    ps1 = ("# Reset van de kastcodes in het Lockwise-beheer\r\n"
           "param([string]$Blok = 'C')\r\n"
           "$lijst = Import-Csv -Path \"\\\\srv-spc\\data\\kastjes\\blok_$Blok.csv\" -Delimiter ';'\r\n"
           "foreach ($k in $lijst) {\r\n"
           "    Write-Host \"Reset kast $($k.Nummer)\"\r\n"
           "    Invoke-RestMethod -Uri \"https://lockwise.local/api/locker/$($k.Nummer)/reset\" -Method Post -UseDefaultCredentials\r\n"
           "}\r\n")
    mail("script-kastjes-ps1", "ict", "conc", "scriptje voor de kastjes",
         "Marc,\n\nHier het scriptje waarmee je alle kasten van een blok in één keer reset via de Lockwise-"
         "server. Rechtsklik > Uitvoeren met PowerShell op de pc in de conciërgerie. Niet op je eigen laptop.\n\n"
         "Pieter", "2025-03-25 14:05", atts=[("reset_kastjes_blok.ps1", ps1.encode("utf-8"), "application/octet-stream")],
         rules=["attachment"], note="PowerShell script attached", fmt=["plain"])

    bat = ("@echo off\r\nrem printers koppelen lokaal B2.14\r\n"
           "rundll32 printui.dll,PrintUIEntry /in /n \\\\srv-print\\B214-kleur\r\n"
           "rundll32 printui.dll,PrintUIEntry /in /n \\\\srv-print\\B214-zw\r\necho Klaar.\r\npause\r\n")
    mail("printers-koppelen-bat", "ta", ["moh", "karen"], "printers B2.14",
         "Collega's,\n\nWie in B2.14 niet kan afdrukken: dubbelklik op het bestandje in bijlage, dan worden de "
         "printers opnieuw gekoppeld. Werkt enkel op de schoolpc's.\n\nDirk", "2025-02-12 08:20",
         atts=[("printers_B214.bat", bat.encode("cp1252"), "application/x-msdos-program")],
         rules=["attachment"], note="batch file attached", fmt=["plain"])

    mail("extra-camera-fietsenstalling", "conc", "cam", "Extra camera fietsenstalling - plaatsbezoek",
         "Goedemorgen,\n\nVoor de offerte van de extra camera aan de fietsenstalling (zijde Kapucijnenvoer) mag "
         "uw technieker langskomen op dinsdag of donderdag na 15 uur. Hij mag mij bellen op 0475 12 88 40 als "
         "hij aan de poort staat.\n\nMet vriendelijke groeten,\nMarc Willems\nSint-Pieterscollege Leuven",
         "2025-04-15 08:05", rules=["personal_data"], note="mobile phone number in the body", fmt=["plain"])

    mail("agenda-directieoverleg", "dir", "adj", "agenda dinsdag",
         "Sofie,\n\nVoor dinsdag: 1) stand van zaken beroepsprocedure, 2) herverdeling toezichten na de "
         "afwezigheid van Bart, 3) offerte brandkluis, 4) verslag van de schoolraad nalezen. Ik neem koffiekoeken "
         "mee.\n\nGeert", "2025-05-23 17:45", rules=[], note="ordinary internal planning, no pupil named",
         fmt=["plain"])

    mail("akkoord-offerte-camera", "dir", "cam", "Akkoord offerte 2025-Q-118",
         "Geachte,\n\nHierbij ga ik akkoord met uw offerte 2025-Q-118 voor de vervanging van de recorder en twee "
         "camera's op speelplaats B. Onze bestelbon 2025-044 volgt via de boekhouding. Graag plaatsing in de "
         "zomervakantie.\n\nMet vriendelijke groeten,\nGeert Vanhoudt\ndirecteur\nSint-Pieterscollege Leuven",
         "2025-04-18 11:25", rules=[], note="ordinary order confirmation", fmt=["plain"])

    mail("convenant-timeoutproject-stad", "dir", "stad", "Convenant time-outproject 2025-2026",
         "Beste,\n\nIn bijlage het ondertekende convenant voor de deelname van onze school aan het "
         "time-outproject van de stad in het schooljaar 2025-2026. Wij engageren ons om per trimester maximaal "
         "drie leerlingen aan te melden en om een vaste contactpersoon aan te duiden (Tom Wouters, "
         "leerlingenbegeleider).\n" + sig("dir", tel=True), "2025-05-14 10:10",
         atts=[("convenant_timeout_2025-2026_getekend.pdf",
                make_pdf(["Convenant time-outproject Stad Leuven 2025-2026", "Partner: Sint-Pieterscollege Leuven",
                          "Ondertekend door de directeur"], "Convenant"), "application/pdf")],
         rules=["personal_data"], note="ordinary partnership mail; the school's phone number in the signature",
         fmt=["plain"])

    mail("vraag-dpo-camerabeelden-ouders", "adj", "dpo", "Vraag: mogen ouders camerabeelden zien?",
         "Dag Els,\n\nEen vraag die bij ons nu vaker opduikt: ouders vragen om de camerabeelden te zien van een "
         "incident waarbij hun kind betrokken was. Op de beelden staan ook andere leerlingen. Mogen wij die "
         "beelden tonen, eventueel met de andere gezichten vervaagd? En moeten we een register bijhouden van "
         "wie beelden heeft bekeken?\n\nAlvast bedankt,\nSofie Claes\nadjunct-directeur", "2025-03-21 14:30",
         rules=[], note="policy question to the DPO, no pupil named", fmt=["plain"])

    mail("melding-datalek-dpo", "opv", "dpo", "melding: mail naar verkeerde ouder",
         "Dag Els,\n\nIk wil iets melden: vanmorgen heb ik een mail met praktische info over een uitstap naar "
         "de verkeerde ouder gestuurd (verkeerde naam gekozen in de adreslijst). Er stond geen gevoelige "
         "informatie in, enkel uren en de plaats van vertrek. Ik heb de ouder gevraagd de mail te "
         "verwijderen en ze heeft dat bevestigd. Moet ik nog iets doen?\n\nKevin Jacobs\nopvoeder",
         "2025-04-03 11:50", rules=[], note="data-breach notification to the DPO without details about a pupil",
         fmt=["plain"])


# ===========================================================================
# output
# ===========================================================================

def _yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ylist(xs):
    return "[" + ", ".join(xs) + "]"


def main():
    build_password()
    build_lookalikes()
    build_sensitive()
    build_personal()
    build_general()
    build_ordinary()
    order = list(MAILS)
    random.Random(SEED).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    write_roster()
    out = ["# batch42 - Sint-Pieterscollege Leuven (Stroom): outbound mail around discipline, order measures "
           "and the exclusion procedure"]
    for i, (slug, data, lab) in enumerate(order, 1):
        fname = "%03d-%s.eml" % (i, slug)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        out.append("%s:" % fname)
        out.append("  rules: %s" % _ylist(lab["rules"]))
        if lab["cats"]:
            out.append("  categories: {sensitive: %s}" % _ylist(lab["cats"]))
        out.append("  mail_from: %s" % lab["mail_from"])
        out.append("  rcpt: %s" % _ylist(lab["rcpt"]))
        out.append("  about: %s" % _ylist(lab["about"]))
        out.append("  misdirected: %s" % ("true" if lab["misdirected"] else "false"))
        out.append("  note: %s" % _yq(lab["note"]))
        out.append("  lang: %s" % lab["lang"])
        out.append("  format: %s" % _ylist(lab["format"]))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print("wrote %d mails, %d pupils" % (len(order), len(ROSTER)))


if __name__ == "__main__":
    main()
