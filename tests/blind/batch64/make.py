#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""batch64 - blind labelled outbound mail for the boarding school (internaat)
of Sint-Pieterscollege Leuven (LKSD / "Stroom").

Writes next to this file: NNN-slug.eml, labels.yaml and roster.csv.
Standard library only; fixed dates, Message-IDs and MIME boundaries, seeded
randomness: two runs give byte-identical files.

    python3 make.py
"""
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\n")
SEED = 6464

# --------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------

# Pupils that appear in the mails (fixed ids). (id, first, last, class, ouder1, ouder2)
NAMED = [
    ("P0004", "Lucas", "Peeters", "4WET", "jan.peeters@telenet.be", "an.wuyts@gmail.com"),
    ("P0217", "Jasper", "Peeters", "6WEWI", "jan.peeters@telenet.be", "an.wuyts@gmail.com"),
    ("P0087", "Mila", "Peeters", "2B", "peeters.geert@proximus.be", ""),
    ("P0119", "Lucas", "Janssens", "3ECO", "kristof.janssens@skynet.be", "eva.derycke@hotmail.com"),
    ("P0012", "Kobe", "Janssens", "5WEWI", "kristof.janssens@skynet.be", "eva.derycke@hotmail.com"),
    ("P0023", "Noor", "Claes", "5WEWI", "bart.claes@telenet.be", "ilse.vandamme@telenet.be"),
    ("P0024", "Sem", "Claes", "2A", "bart.claes@telenet.be", "ilse.vandamme@telenet.be"),
    ("P0258", "Julie", "Claes", "6LAWI", "claes.patrick@proximus.be", ""),
    ("P0230", "Daan", "Smets", "1A", "smets.kurt@telenet.be", "evi.claes@telenet.be"),
    ("P0031", "Amira", "Benali", "4HUM", "karim.benali@gmail.com", "nadia.elkaddouri@hotmail.com"),
    ("P0098", "Bilal", "Amrani", "4ECO", "amrani.mohamed@hotmail.com", "s.amrani@gmail.com"),
    ("P0045", "Théo", "Dubois", "3LAT", "pierre.dubois@skynet.be", "sophie.lambert@voo.be"),
    ("P0017", "Lucas", "Dubois", "1C", "marc.dubois@telenet.be", "nathalie.peeters@gmail.com"),
    ("P0052", "Chloé", "Renard", "5HUWE", "m.renard@proximus.be", ""),
    ("P0058", "Oliver", "Smith", "6WEWI", "james.smith@gulfenergy-consult.com", "claire.smith@gmail.com"),
    ("P0061", "Olivia", "Smith", "3HUM", "smith.d@outlook.com", "rebecca.jones.smith@gmail.com"),
    ("P0063", "Yusuf", "Demir", "4ECO", "mehmet.demir@hotmail.com", "ayse.demir@gmail.com"),
    ("P0156", "Ayla", "Yilmaz", "4HUM", "yilmaz.serkan@hotmail.com", ""),
    ("P0071", "Lotte", "Van den Broeck", "1B", "vandenbroeck.koen@telenet.be", "sofie.hermans@gmail.com"),
    ("P0076", "Wout", "Maes", "5ECMT", "sofie.vanhove@telenet.be", "dirk.maes@outlook.com"),
    ("P0082", "Emma", "Willems", "3HUM", "willems.family@gmail.com", ""),
    ("P0036", "Mats", "Willems", "4ECO", "willems.bart@telenet.be", "greet.lodewijckx@telenet.be"),
    ("P0090", "Emma", "Wouters", "2C", "kathleen.gielen@skynet.be", "johan.wouters@telenet.be"),
    ("P0095", "Jonas", "Mertens", "6LAWI", "stefan.mertens@telenet.be", ""),
    ("P0269", "Ella", "Mertens", "1B", "mertens.dries@gmail.com", "lore.peeters@hotmail.com"),
    ("P0101", "Ibrahim", "Diallo", "4WET", "mamadou.diallo@gmail.com", ""),
    ("P0108", "Zoë", "Vermeiren", "2A", "tine.vermeiren@icloud.com", "pieter.goris@telenet.be"),
    ("P0113", "Ruben", "De Clercq", "5WEWI", "geert.declercq@skynet.be", "martine.deboeck@proximus.be"),
    ("P0127", "Elise", "Van Damme", "3WET", "an.vandamme@hotmail.com", ""),
    ("P0134", "Arne", "Jacobs", "1A", "hilde.verbruggen@telenet.be", "jacobs.marc@gmail.com"),
    ("P0140", "Fien", "Hendrickx", "4LAT", "hendrickx.bert@telenet.be", ""),
    ("P0146", "Milan", "Kovač", "3ECO", "ivana.kovac@gmail.com", ""),
    ("P0152", "Sara", "Ouali", "6ECMT", "fatima.ouali@outlook.com", "rachid.ouali@gmail.com"),
    ("P0159", "Kobe", "Goossens", "2B", "goossens.kris@skynet.be", ""),
    ("P0163", "Hanne", "Michiels", "5LAWI", "michiels.patrick@telenet.be", "veerle.smolders@telenet.be"),
    ("P0170", "Louis", "Lemaire", "4WET", "l.lemaire@scarlet.be", "isabelle.fontaine@gmail.com"),
    ("P0177", "Anna", "Nowak", "3HUM", "katarzyna.nowak@gmail.com", ""),
    ("P0183", "Victor", "De Vos", "1C", "devos.thomas@telenet.be", "lies.baert@gmail.com"),
    ("P0188", "Victor", "Desmet", "2A", "bjorn.desmet@proximus.be", ""),
    ("P0281", "Kato", "Desmet", "3ECO", "bjorn.desmet@proximus.be", ""),
    ("P0192", "Manon", "Dupont", "6HUWE", "c.dupont@skynet.be", ""),
    ("P0199", "Finn", "Aerts", "4ECO", "aerts.wim@telenet.be", "nele.jorissen@gmail.com"),
    ("P0204", "Lina", "Haddad", "2C", "haddad.samir@gmail.com", "rania.haddad@hotmail.com"),
    ("P0211", "Seppe", "Wuyts", "5ECMT", "wuyts.luc@skynet.be", ""),
    ("P0223", "Marie", "Lejeune", "3LAT", "lejeune.family@skynet.be", ""),
    ("P0236", "Nina", "Bogaerts", "4HUM", "griet.bogaerts@hotmail.com", ""),
    ("P0241", "Adam", "Kaya", "5WEWI", "kaya.ahmet@gmail.com", "elif.kaya@gmail.com"),
    ("P0247", "Tuur", "Verstraeten", "3WET", "verstraeten.jo@telenet.be", ""),
    ("P0252", "Liam", "O'Brien", "4LAT", "sean.obrien@eircom.net", ""),
    ("P0263", "Lars", "Van Hoof", "1A", "vanhoof.stijn@telenet.be", ""),
    ("P0274", "Robbe", "Vandersteen", "5HUWE", "inge.vandersteen@skynet.be", ""),
    ("P0287", "Mathis", "Leroy", "4WET", "a.leroy@scarlet.be", ""),
    ("P0293", "Yara", "Mahmoud", "2B", "hassan.mahmoud@outlook.com", ""),
    ("P0040", "Ines", "Claessens", "5LAWI", "claessens.filip@skynet.be", ""),
    ("P0049", "Warre", "Pauwels", "2C", "pauwels.ann@gmail.com", ""),
    ("P0066", "Oscar", "Lenaerts", "3LAT", "lenaerts.sven@telenet.be", ""),
    ("P0079", "Febe", "Cools", "6HUWE", "cools.rik@proximus.be", ""),
    ("P0105", "Jade", "Van Aken", "2A", "vanaken.tom@telenet.be", ""),
    ("P0122", "Gilles", "Martin", "5ECMT", "martin.francois@skynet.be", ""),
    ("P0137", "Rania", "Chahid", "1A", "chahid.youssef@gmail.com", ""),
    ("P0149", "Stan", "Hermans", "3WET", "hermans.peter@telenet.be", "katrien.lauwers@telenet.be"),
    ("P0008", "Hugo", "Lambert", "2C", "lambert.olivier@skynet.be", ""),
    ("P0029", "Aya", "El Amrani", "3HUM", "elamrani.khalid@gmail.com", ""),
    ("P0055", "Bent", "Verbeke", "2B", "verbeke.joris@telenet.be", "sarah.nys@telenet.be"),
    ("P0073", "Tess", "Segers", "1C", "segers.dieter@proximus.be", ""),
    ("P0116", "Nour", "Tahiri", "5HUWE", "tahiri.ali@hotmail.com", ""),
    ("P0131", "Vic", "Bosmans", "1B", "bosmans.steven@telenet.be", ""),
    ("P0167", "Dawid", "Kowalski", "4WET", "pawel.kowalski@gmail.com", ""),
    ("P0206", "Camille", "Fontaine", "5LAWI", "fontaine.julien@voo.be", ""),
    ("P0228", "Gust", "Heylen", "2A", "heylen.tim@telenet.be", ""),
    ("P0265", "Margot", "Timmermans", "6ECMT", "timmermans.wim@skynet.be", ""),
    ("P0298", "Samuel", "Kabongo", "3WET", "kabongo.jp@gmail.com", ""),
]

CLASSES = ["1A", "1B", "1C", "2A", "2B", "2C", "3LAT", "3WET", "3ECO", "3HUM",
           "4LAT", "4WET", "4ECO", "4HUM", "5LAWI", "5WEWI", "5ECMT", "5HUWE",
           "6LAWI", "6WEWI", "6ECMT", "6HUWE"]

FIRST_FL = ["Lucas", "Emma", "Noah", "Olivia", "Louis", "Mila", "Arthur", "Ella", "Jules", "Lina",
            "Liam", "Nora", "Adam", "Julie", "Finn", "Lotte", "Vic", "Fien", "Mats", "Marie",
            "Wout", "Hanne", "Seppe", "Elise", "Warre", "Febe", "Lars", "Jana", "Kobe", "Lore",
            "Tuur", "Nina", "Robbe", "Kato", "Daan", "Amber", "Stan", "Ine", "Jonas", "Laura",
            "Thibo", "Yana", "Arne", "Margot", "Senne", "Axelle", "Gust", "Roos", "Ruben", "Tess",
            "Sem", "Noor", "Jasper", "Anna", "Victor", "Luna", "Mauro", "Lien", "Witse", "Jolien",
            "Emma", "Lucas", "Lars", "Lotte", "Marie"]
FIRST_FR = ["Théo", "Chloé", "Manon", "Louise", "Hugo", "Clément", "Camille", "Lucie", "Maxime",
            "Juliette", "Nathan", "Léa", "Antoine", "Inès", "Romain"]
FIRST_IM = ["Amira", "Yusuf", "Ibrahim", "Bilal", "Rania", "Yara", "Sara", "Adam", "Ayla", "Mohamed",
            "Imane", "Hamza", "Nour", "Aya", "Ilyas", "Zakaria", "Salma", "Mehdi", "Yasmine", "Omar",
            "Elif", "Emre", "Deniz", "Oksana", "Dawid", "Zuzanna", "Mateusz", "Nikola", "Fatou",
            "Moussa", "Aïcha", "Samuel", "Grâce", "Priya", "Arjun", "Sofia", "Ilias"]
LAST_FL = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "Martens", "Hermans", "Michiels", "Pauwels", "Verstraeten", "Aerts", "Cools",
           "Lenaerts", "Smets", "Bogaerts", "Van Damme", "Hendrickx", "Van Hoof", "Verbeke", "Segers",
           "Vos", "De Backer", "Van de Velde", "Verhoeven", "Bosmans", "Nijs", "Thys", "Geerts",
           "Luyten", "Sels", "Schepers", "Leemans", "Wijns", "Beckers", "Timmermans", "Van Dyck",
           "Baeten", "Claeys", "Mols", "Heylen", "Kerkhofs", "Vandenbussche", "Lemmens", "Swinnen",
           "Vanderheyden", "Daems", "Van Gorp", "Dierickx", "Ceulemans", "Van Roey", "Lauwers"]
LAST_FR = ["Dubois", "Lambert", "Dupont", "Leroy", "Lemaire", "Renard", "Martin", "Lejeune",
           "Fontaine", "Collard", "Gérard", "Henrard", "Jacquet", "Piron"]
LAST_IM = ["El Amrani", "Benali", "Ouali", "Haddad", "Chahid", "Demir", "Yilmaz", "Kaya", "Öztürk",
           "Çelik", "Nowak", "Kowalski", "Kovač", "Diallo", "Bah", "Mbala", "Kabongo", "Azzouzi",
           "Bouzid", "Tahiri", "Rahmani", "Hakimi", "Popescu", "Petrov", "Singh", "Nguyen", "Aydin"]
ADULT_FL_M = ["Jan", "Bart", "Kristof", "Geert", "Tom", "Pieter", "Wim", "Dirk", "Stefan", "Kurt",
              "Johan", "Koen", "Sven", "Bert", "Filip", "Peter", "Steven", "Joris", "Tim", "Dries"]
ADULT_FL_F = ["An", "Sofie", "Ilse", "Katrien", "Els", "Veerle", "Inge", "Nele", "Tine", "Evi",
              "Hilde", "Liesbeth", "Sarah", "Griet", "Kathleen", "Martine", "Lies", "Ann", "Karen", "Leen"]
ADULT_FR = ["Olivier", "Pierre", "Julien", "Nathalie", "Isabelle", "Sophie", "Christophe", "Valérie",
            "Laurent", "Catherine"]
ADULT_IM = ["Mohamed", "Karim", "Rachid", "Youssef", "Ahmet", "Mehmet", "Fatima", "Nadia", "Samira",
            "Ayse", "Anna", "Piotr", "Marta", "Ivan", "Amadou", "Mariam", "Raj", "Thi"]
PROV = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com",
        "hotmail.com", "outlook.com", "icloud.com", "scarlet.be", "live.be"]
PROV_FR = ["skynet.be", "voo.be", "gmail.com", "hotmail.com", "proximus.be"]

STAFF_FULLNAMES = {"Koen Vermeulen", "Els Vandeputte", "Bram Coppens", "Yasmina El Idrissi",
                   "Tom Verhaegen", "Lien Daems", "Pieter-Jan De Smet", "Hanne Lemmens",
                   "Griet Vanhoutte", "Sarah Dewitte", "Marc Stevens", "Ann Jacobs", "Dirk Van Looy",
                   "Nathalie Smets", "Leen De Wit", "Rudi Maes", "Jef Aerts"}


def slugify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def pupil_mail(first, last):
    return "%s.%s@leerling.sintpieterscollege.be" % (slugify(first), slugify(last))


def build_roster():
    rng = random.Random(SEED)
    named = {p[0]: p for p in NAMED}
    used_names = {(p[1], p[2]) for p in NAMED} | {tuple(n.split(" ", 1)) for n in STAFF_FULLNAMES}
    used_mail = set()
    for p in NAMED:
        used_mail.update(a for a in p[4:6] if a)
    pupils = {}
    families = []  # for siblings: (last, p1, p2, origin)

    def adult(origin, female):
        if origin == "fl":
            return rng.choice(ADULT_FL_F if female else ADULT_FL_M)
        if origin == "fr":
            return rng.choice(ADULT_FR)
        return rng.choice(ADULT_IM)

    def parent_addr(first, last, origin, maiden=None):
        for _ in range(50):
            style = rng.randrange(6)
            prov = rng.choice(PROV_FR if origin == "fr" else PROV)
            sl = slugify(maiden or last)
            fs = slugify(first)
            if style == 0:
                a = "%s.%s@%s" % (fs, sl, prov)
            elif style == 1:
                a = "%s.%s@%s" % (sl, fs, prov)
            elif style == 2:
                a = "%s%s%d@%s" % (fs, sl, rng.randrange(1, 99), prov)
            elif style == 3:
                a = "%s.%s@%s" % (fs[0], sl, prov)
            elif style == 4:
                a = "fam.%s@%s" % (sl, prov)
            else:
                a = "%s_%s@%s" % (fs, sl, prov)
            if a not in used_mail:
                used_mail.add(a)
                return a
        raise RuntimeError("no address")

    ids = ["P%04d" % i for i in range(1, 301)]
    free = [i for i in ids if i not in named]
    # class sizes roughly even: count named per class
    for pid in ids:
        if pid in named:
            _, f, l, k, p1, p2 = named[pid]
            pupils[pid] = (pid, f, l, k, pupil_mail(f, l), p1, p2)
            continue
        klas = CLASSES[(int(pid[1:]) * 7) % len(CLASSES)]
        if families and rng.random() < 0.09:
            last, p1, p2, origin = rng.choice(families)
            for _ in range(30):
                pool = FIRST_FL if origin == "fl" else FIRST_FR if origin == "fr" else FIRST_IM
                first = rng.choice(pool)
                if (first, last) not in used_names:
                    break
            else:
                continue
            used_names.add((first, last))
            klas = rng.choice(CLASSES)
            pupils[pid] = (pid, first, last, klas, pupil_mail(first, last), p1, p2)
            continue
        r = rng.random()
        origin = "fl" if r < 0.66 else "fr" if r < 0.76 else "im"
        for _ in range(100):
            if origin == "fl":
                first, last = rng.choice(FIRST_FL), rng.choice(LAST_FL)
            elif origin == "fr":
                first, last = rng.choice(FIRST_FR), rng.choice(LAST_FR)
            else:
                first, last = rng.choice(FIRST_IM), rng.choice(LAST_IM)
            if (first, last) not in used_names:
                break
        used_names.add((first, last))
        # parent 1: sometimes the mother with her own surname
        if rng.random() < 0.3:
            maiden = rng.choice(LAST_FL if origin == "fl" else LAST_FR if origin == "fr" else LAST_IM)
            p1 = parent_addr(adult(origin, True), last, origin, maiden=maiden)
        else:
            p1 = parent_addr(adult(origin, rng.random() < 0.5), last, origin)
        p2 = ""
        if rng.random() < 0.55:
            if rng.random() < 0.6:
                maiden = rng.choice(LAST_FL if origin == "fl" else LAST_FR if origin == "fr" else LAST_IM)
                p2 = parent_addr(adult(origin, True), last, origin, maiden=maiden)
            else:
                p2 = parent_addr(adult(origin, False), last, origin)
        families.append((last, p1, p2, origin))
        pupils[pid] = (pid, first, last, klas, pupil_mail(first, last), p1, p2)
    roster = [pupils[i] for i in ids if i in pupils]
    assert len(roster) == 300, len(roster)
    mails = [r[4] for r in roster]
    assert len(set(mails)) == len(mails)
    return roster


ROSTER = build_roster()
PUPIL = {r[0]: r for r in ROSTER}
PARENTS_OF = {r[0]: {a.lower() for a in r[5:7] if a} for r in ROSTER}
ALL_PARENT_ADDR = {}
for _r in ROSTER:
    for _a in _r[5:7]:
        if _a:
            ALL_PARENT_ADDR.setdefault(_a.lower(), set()).add(_r[0])

# about 120 boarders: all named pupils plus a seeded choice of the others
_rb = random.Random(SEED + 1)
_others = [r[0] for r in ROSTER if r[0] not in {p[0] for p in NAMED}]
BOARDERS = sorted({p[0] for p in NAMED} | set(_rb.sample(_others, 120 - len(NAMED))))


def name(pid):
    r = PUPIL[pid]
    return "%s %s" % (r[1], r[2])


def boarder_parents(filter_fn=None, limit=None, seed=0):
    out = []
    for pid in BOARDERS:
        r = PUPIL[pid]
        if filter_fn and not filter_fn(r):
            continue
        for a in r[5:7]:
            if a and a not in out:
                out.append(a)
    if limit:
        rr = random.Random(SEED + seed)
        out = sorted(rr.sample(out, min(limit, len(out))))
    return out


def write_roster():
    path = os.path.join(HERE, "roster.csv")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for r in ROSTER:
        w.writerow(r)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode("utf-8-sig"))


# --------------------------------------------------------------------------
# Numbers that are personal data (valid checksums)
# --------------------------------------------------------------------------

def iban_be(ten):
    """Belgian IBAN from 10 digits (bank code + account)."""
    chk = int(ten) % 97 or 97
    bban = "%s%02d" % (ten, chk)
    cd = 98 - int(bban + "111400") % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yy, mm, dd, seq, after2000=True):
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" if after2000 else "") + base)
    c = 97 - n % 97
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, c)


# --------------------------------------------------------------------------
# Attachments (real minimal files, fixed timestamps)
# --------------------------------------------------------------------------

ZDATE = (2024, 9, 1, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name_, data in files:
            zi = zipfile.ZipInfo(name_, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paragraphs, table=None, macro=False):
    """paragraphs: list of str; table: list of rows (first row = header)."""
    ct_main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % ct_main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = []
    for p in paragraphs:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>")
        for row in table:
            body.append("<w:tr>" + "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                + "</w:tr>")
        body.append("</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "<w:sectPr/></w:body></w:document>")
    files = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(("word/vbaProject.bin", VBA_BIN))
    return _zip(files)


VBA_BIN = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff"
           + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n  Shell \"cmd /c copy \\\\srv-int\\planning\\*.xlsx %TEMP%\"\r\nEnd Sub\r\n")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Blad1", macro=False):
    ct_main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + '<Override PartName="/xl/workbook.xml" ContentType="%s"/>' % ct_main
              + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '</Types>')
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
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + '</Relationships>')
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(out) + "</sheetData></worksheet>")
    files = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_BIN))
    return _zip(files)


def pdf(lines, title="Document"):
    """One-page (or more) text PDF, Helvetica, WinAnsi."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + 55] for i in range(0, max(len(lines), 1), 55)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = b"BT /F1 10 Tf 56 790 Td 13 TL\n" + b"".join(b"(" + esc(l) + b") '\n" for l in pg) + b"ET"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_n = len(objs) + 1
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20240901080000+02'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_n, xref))
    return out.getvalue()


def csvbytes(rows, bom=True, enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + data) if (bom and enc == "utf-8") else data


def fake_exe(label):
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43
            + b"\x80\x00\x00\x00\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
            + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7
            + b"PE\x00\x00L\x01\x03\x00" + label.encode() + b"\x00" * 64)


# --------------------------------------------------------------------------
# Staff, signatures, quoting, Outlook HTML
# --------------------------------------------------------------------------

S = {  # key: (display name, address, function nl, function fr, function en)
    "kv": ("Koen Vermeulen", "koen.vermeulen@sintpieterscollege.be", "Beheerder internaat", "Responsable de l'internat", "Head of boarding"),
    "ev": ("Els Vandeputte", "els.vandeputte@sintpieterscollege.be", "Opvoeder internaat", "Éducatrice", "Boarding educator"),
    "bc": ("Bram Coppens", "bram.coppens@sintpieterscollege.be", "Opvoeder internaat - nachtdienst", "Éducateur de nuit", "Night educator"),
    "ye": ("Yasmina El Idrissi", "yasmina.elidrissi@sintpieterscollege.be", "Opvoeder meisjesvleugel", "Éducatrice - aile des filles", "Boarding educator (girls' wing)"),
    "tv": ("Tom Verhaegen", "tom.verhaegen@sintpieterscollege.be", "Opvoeder internaat", "Éducateur", "Boarding educator"),
    "ld": ("Lien Daems", "lien.daems@sintpieterscollege.be", "Opvoeder studie & vrije tijd", "Éducatrice", "Boarding educator"),
    "pj": ("Pieter-Jan De Smet", "pieterjan.desmet@sintpieterscollege.be", "Nachtopvoeder", "Éducateur de nuit", "Night educator"),
    "hl": ("Hanne Lemmens", "hanne.lemmens@sintpieterscollege.be", "Opvoeder internaat", "Éducatrice", "Boarding educator"),
    "gv": ("Griet Vanhoutte", "griet.vanhoutte@sintpieterscollege.be", "Verpleegkundige internaat", "Infirmière de l'internat", "Boarding school nurse"),
    "sd": ("Sarah Dewitte", "sdw@spc.ksleuven.be", "Leerlingenbegeleiding / zorgcoördinator", "Coordinatrice de l'accompagnement", "Pupil care coordinator"),
    "ms": ("Marc Stevens", "marc.stevens@sintpieterscollege.be", "Directeur", "Directeur", "Head teacher"),
    "aj": ("Ann Jacobs", "ann.jacobs@sintpieterscollege.be", "Boekhouding internaat", "Comptabilité de l'internat", "Boarding accounts"),
    "dvl": ("Dirk Van Looy", "dvl@spc.ksleuven.be", "ICT-coördinator", "Coordinateur ICT", "ICT coordinator"),
    "ns": ("Nathalie Smets", "leerlingensecretariaat@spc.ksleuven.be", "Leerlingensecretariaat", "Secrétariat des élèves", "Pupil office"),
    "ldw": ("Leen De Wit", "ldw@spc.ksleuven.be", "Leerkracht wiskunde - klassenleraar 5WEWI", "", ""),
    "rm": ("Rudi Maes", "rudi.maes@sintpieterscollege.be", "Chef-kok", "", ""),
    "ja": ("Jef Aerts", "jef.aerts@sintpieterscollege.be", "Technische dienst", "", ""),
}
INTERNAAT_TEL = "016 29 44 10"
NACHT_GSM = "0470 55 21 83"


def A(k):
    """'Name <addr>' for a staff key."""
    n, a = S[k][0], S[k][1]
    return "%s <%s>" % (n, a)


def addr(k):
    return S[k][1]


def sig(k, lang="nl", phone=None, short=False):
    n, a, fnl, ffr, fen = S[k]
    func = {"nl": fnl, "fr": ffr or fnl, "en": fen or fnl}[lang]
    if short:
        return "\n%s\n" % n
    lines = ["", "%s" % n, func, "Sint-Pieterscollege Leuven - Internaat", "Tervuursevest 88, 3000 Leuven"]
    if phone:
        lines.append(phone)
    lines.append("")
    return "\n".join(lines)


DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def outlook_quote(frm, to, when, subject, text, cc=None):
    """Outlook-style quoted block (top posting)."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    stamp = "%s %d %s %d %s" % (DAYS_NL[dt.weekday()], dt.day, MONTHS_NL[dt.month - 1], dt.year, dt.strftime("%H:%M"))
    head = "\n\nVan: %s\nVerzonden: %s\nAan: %s\n" % (frm, stamp, to)
    if cc:
        head += "CC: %s\n" % cc
    head += "Onderwerp: %s\n\n" % subject
    return head + text


def gmail_quote(who, when, text, lang="nl"):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if lang == "fr":
        intro = "Le %d/%02d/%d à %s, %s a écrit :" % (dt.day, dt.month, dt.year, dt.strftime("%H:%M"), who)
    elif lang == "en":
        intro = "On %d %s %d, at %s, %s wrote:" % (dt.day, dt.strftime("%b"), dt.year, dt.strftime("%H:%M"), who)
    else:
        intro = "Op %s %d %s %d om %s schreef %s:" % (DAYS_NL[dt.weekday()][:2], dt.day, MONTHS_NL[dt.month - 1][:3] + ".", dt.year, dt.strftime("%H:%M"), who)
    return "\n\n" + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def fwd_block(frm, to, when, subject, text):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    stamp = "%s %d %s %d %s" % (DAYS_NL[dt.weekday()], dt.day, MONTHS_NL[dt.month - 1], dt.year, dt.strftime("%H:%M"))
    return ("\n\n-----Oorspronkelijk bericht-----\nVan: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s"
            % (frm, stamp, to, subject, text))


HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{border-collapse:collapse;}
td
	{border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;}
span.E-mailStijl17
	{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
HTML_TAIL = "</div>\n</body>\n</html>\n"


def render(blocks, charset="utf-8"):
    """blocks: str paragraphs (may contain newlines) or ('table', rows) with rows[0] = header.
    Returns (text, html)."""
    tparts, hparts = [], []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            tparts.append("\n".join("\t".join(str(c) for c in r) for r in rows))
            h = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
            for i, r in enumerate(rows):
                tag = "b" if i == 0 else "span"
                h.append("<tr>" + "".join(
                    '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><%s>%s</%s><o:p></o:p></p></td>'
                    % (tag, _x(c), tag) for c in r) + "</tr>")
            h.append("</table>")
            hparts.append("\n".join(h))
        else:
            tparts.append(b)
            lines = b.split("\n")
            hparts.append("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_x(l) if l else "&nbsp;") for l in lines)
                          + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    text = "\n\n".join(tparts).rstrip("\n") + "\n"
    html = (HTML_HEAD % charset) + "\n".join(hparts) + "\n" + HTML_TAIL
    return text, html


# --------------------------------------------------------------------------
# Mail registry
# --------------------------------------------------------------------------

MAILS = []
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CATS = ["family", "psychosocial", "medical", "care", "financial"]


def M(slug, frm, to, subject, text=None, *, html=None, blocks=None, cc=(), bcc=(), cs="utf-8",
      cte=None, att=(), fmt=(), d=None, rules=(), cats=(), about=(), mis=False, note="", lang="nl",
      hdr=None, reply=False, group=False):
    if isinstance(to, str):
        to = [to]
    if isinstance(cc, str):
        cc = [cc]
    if blocks is not None:
        t, h = render(blocks, cs)
        text = text if text is not None else t
        html = html if html is not None else h
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      text=text, html=html, cs=cs, cte=cte, att=list(att), fmt=list(fmt), d=d,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note,
                      lang=lang, hdr=dict(hdr or {}), reply=reply, group=group))


def brussels(dt):
    def last_sunday(y, m):
        x = datetime.date(y, m, 31)
        while x.weekday() != 6:
            x -= datetime.timedelta(days=1)
        return x
    start = datetime.datetime.combine(last_sunday(dt.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(dt.year, 10), datetime.time(3, 0))
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# --------------------------------------------------------------------------
# Building the .eml files and labels.yaml
# --------------------------------------------------------------------------

def _addrs(values):
    return [a.strip() for _, a in getaddresses(values) if a and "@" in a]


def build_eml(m, num):
    msg = EmailMessage(policy=POL)
    msg["From"] = m["frm"]
    if m["to"]:
        msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = m["mid"]
    if m["reply"]:
        ref = "<%s@%s>" % (hashlib.sha1(("re" + m["slug"]).encode()).hexdigest()[:20],
                           m["frm"].split("@")[-1].rstrip(">"))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    hdr = dict(m["hdr"])
    if "X-Mailer" not in hdr and m["html"] is not None:
        hdr["X-Mailer"] = "Microsoft Outlook 16.0"
    if m["html"] is not None:
        hdr.setdefault("Content-Language", {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]])
    for k, v in hdr.items():
        msg[k] = v
    cs, cte = m["cs"], m["cte"]
    if m["text"] is not None and m["html"] is not None:
        msg.set_content(m["text"], charset=cs, cte=cte)
        msg.add_alternative(m["html"], subtype="html", charset=cs, cte=cte or "quoted-printable")
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html", charset=cs, cte=cte or "quoted-printable")
    else:
        msg.set_content(m["text"], charset=cs, cte=cte)
    for a in m["att"]:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        fname, ctype, data = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            params = {"charset": "utf-8"} if maintype == "text" else None
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params=params)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%03d_%02d_%s" % (num, i, hashlib.md5(("%d/%d" % (num, i)).encode()).hexdigest()[:16].upper()))
            i += 1
    return msg.as_bytes(policy=POL)


def formats(m, data):
    import email as _email
    built = _email.message_from_bytes(data, policy=POL)
    body_cte = None
    for part in built.walk():
        if part.get_content_type() in ("text/plain", "text/html") and not part.get_filename():
            body_cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            break
    f = []
    if m["text"] is not None and m["html"] is not None:
        base = "alt"
    elif m["html"] is not None:
        base = "html-only"
    else:
        base = "plain"
    f.append(base)
    if base == "plain":
        if m["cs"].lower() in ("windows-1252", "cp1252"):
            f.append("plain-cp1252")
        if body_cte == "quoted-printable":
            f.append("plain-qp")
        elif body_cte == "base64":
            f.append("plain-base64")
        elif body_cte == "8bit":
            f.append("plain-8bit")
    else:
        if m["cs"].lower() in ("windows-1252", "cp1252"):
            f.append("cp1252")
        if body_cte in ("quoted-printable", "base64"):
            f.append("qp" if body_cte == "quoted-printable" else "base64")
    for x in m["fmt"]:
        if x not in f:
            f.append(x)
    if m["att"]:
        f.append("mixed")
        for a in m["att"]:
            if isinstance(a, EmailMessage):
                f.append("attachment-eml")
            else:
                ext = a[0].rsplit(".", 1)[-1].lower()
                tok = "attachment-" + ext
                if tok not in f:
                    f.append(tok)
    if m["bcc"]:
        f.append("bcc-envelope")
    if m["group"]:
        f.append("group-in-to")
    return f


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def att_text(data):
    """Rough text of an attachment, for the consistency check only."""
    if isinstance(data, str):
        return data
    if data[:2] == b"PK":
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                if n.endswith(".xml"):
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
        return " ".join(out).replace("&amp;", "&")
    if data[:4] == b"%PDF":
        return data.decode("cp1252", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def check(m):
    """Internal consistency of a label (not a detector)."""
    r = m["rules"]
    assert all(x in RULE_ORDER for x in r), (m["slug"], r)
    assert len(set(r)) == len(r), m["slug"]
    assert ("sensitive" in r) == bool(m["cats"]), m["slug"]
    assert all(c in CATS for c in m["cats"]), m["slug"]
    assert ("recipient" in r) == bool(m["mis"]), m["slug"]
    for pid in m["about"]:
        assert pid in PUPIL, (m["slug"], pid)
    # every pupil mentioned by full name is in 'about', and every 'about' pupil is mentioned
    blob = " ".join([m["subject"], m["text"] or "", m["html"] or ""] +
                    [a[0] + " " + att_text(a[2]) for a in m["att"] if not isinstance(a, EmailMessage)]
                    + [m.get("attext", "")])
    for pid in m["about"]:
        assert PUPIL[pid][1] in blob, (m["slug"], pid, "first name not in mail")
    for rr in ROSTER:
        full = "%s %s" % (rr[1], rr[2])
        if re.search(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", blob) and rr[0] not in m["about"]:
            raise AssertionError((m["slug"], "mentions %s (%s) but not in about" % (full, rr[0])))
    rc = {a.lower() for a in m["rcpt"]}
    parent_rc = rc & set(ALL_PARENT_ADDR)
    if m["mis"]:
        assert len(m["about"]) >= 1
        for pid in m["about"]:
            assert not (PARENTS_OF[pid] & rc), (m["slug"], "misdirected but reaches a parent")
        assert parent_rc, (m["slug"], "misdirected but no parent of another pupil")
    elif m["about"] and parent_rc:
        for pid in m["about"]:
            assert PARENTS_OF[pid] & rc, (m["slug"], "about %s but none of its parents in rcpt" % pid)


def main():
    write_roster()
    for fn in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", fn):
            os.remove(os.path.join(HERE, fn))
    # Vary how the mail clients encode the bodies (Outlook HTML, 8bit, QP, base64, Windows-1252).
    rv = random.Random(SEED + 4)
    for m in MAILS:
        if m["cte"] is not None or m["html"] is not None or "phone" in m["fmt"]:
            continue
        r = rv.random()
        if r < 0.06:
            m["html"] = render([p for p in m["text"].rstrip("\n").split("\n\n")], m["cs"])[1]
            m["text"] = None
        elif r < 0.34:
            m["html"] = render([p for p in m["text"].rstrip("\n").split("\n\n")], m["cs"])[1]
        r2 = rv.random()
        m["cte"] = "8bit" if r2 < 0.45 else "quoted-printable" if r2 < 0.87 else "base64"
        if rv.random() < 0.22 and m["cs"] == "utf-8":
            try:
                (m["text"] or "").encode("cp1252")
                (m["html"] or "").encode("cp1252")
            except UnicodeEncodeError:
                continue
            m["cs"] = "windows-1252"
            if m["html"] is not None:
                m["html"] = m["html"].replace("charset=utf-8", "charset=windows-1252")
    order = list(range(len(MAILS)))
    random.Random(SEED + 2).shuffle(order)
    mails = [MAILS[i] for i in order]
    rng = random.Random(SEED + 3)
    first_day = datetime.date(2024, 9, 2)
    out = ["# batch64 - boarding school (internaat) Leuven: educators, night duty, nurse, weekend departures, medication, fees, door codes, Wi-Fi (labelled blind from the policy)",
           ""]
    for num, m in enumerate(mails, 1):
        if m["d"]:
            dt = datetime.datetime.strptime(m["d"], "%Y-%m-%d %H:%M")
        else:
            while True:
                day = first_day + datetime.timedelta(days=rng.randrange(0, 290))
                if day.weekday() < 5 and not (datetime.date(2024, 12, 21) <= day <= datetime.date(2025, 1, 5)) \
                        and not (datetime.date(2025, 4, 5) <= day <= datetime.date(2025, 4, 21)):
                    break
            dt = datetime.datetime.combine(day, datetime.time(rng.randrange(7, 23), rng.randrange(0, 60)))
        m["dt"] = brussels(dt.replace(second=(num * 7) % 60))
        dom = _addrs([m["frm"]])[0].split("@")[1]
        m["mid"] = "<%s.%s@%s>" % (m["dt"].strftime("%Y%m%d%H%M%S"),
                                   hashlib.sha1(("b64-%03d-%s" % (num, m["slug"])).encode()).hexdigest()[:16].upper(), dom)
        m["rcpt"] = _addrs(m["to"] + m["cc"]) + [a for a in m["bcc"]]
        m["mail_from"] = _addrs([m["frm"]])[0]
        check(m)
        fn = "%03d-%s.eml" % (num, m["slug"])
        data = build_eml(m, num)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        rules = [r for r in RULE_ORDER if r in m["rules"]]
        out.append("%s:" % fn)
        out.append("  rules: [%s]" % ", ".join(rules))
        if m["cats"]:
            out.append("  categories: {sensitive: [%s]}" % ", ".join(c for c in CATS if c in m["cats"]))
        out.append("  mail_from: %s" % m["mail_from"])
        out.append("  rcpt: [%s]" % ", ".join(m["rcpt"]))
        out.append("  about: [%s]" % ", ".join(m["about"]))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append("  note: %s" % yq(m["note"]))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: [%s]" % ", ".join(formats(m, data)))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d mails, labels.yaml, roster.csv (%d pupils)" % (len(mails), len(ROSTER)))


# ==========================================================================
# 1. Credentials (password) - 35 mails
# ==========================================================================

def mails_password():
    M("code-achterdeur", A("kv"), [A("ev"), A("bc"), A("tv"), A("ld")],
      "Nieuwe code achterdeur internaat vanaf maandag",
      "Dag collega's,\n\n"
      "Na het gedoe van vorige week (de code circuleerde blijkbaar bij de laatstejaars) laten we de code van de\n"
      "achterdeur aan de kant van de fietsenstalling maandag aanpassen.\n\n"
      "Nieuwe code vanaf maandag 14/10, 7u00: 3815 gevolgd door #\n\n"
      "De oude code werkt vanaf dan niet meer. Geef de nieuwe code aub NIET door aan leerlingen, ook niet aan\n"
      "de internen van het zesde. Wie 's avonds binnen moet na 22u belt aan bij de nachtdienst.\n\n"
      "Bedankt!\n" + sig("kv"),
      d="2024-10-11 16:42", rules=["password"],
      note="door code of the back door sent to four individual colleagues; individual staff in To is fine")

    M("wifi-kamers-amira", A("ye"), pupil_mail("Amira", "Benali"), "RE: wifi op kamer 112",
      "Hoi Amira,\n\nHier zijn de gegevens voor de wifi op de kamers van de meisjesvleugel:\n\n"
      "Netwerk: SPC-Internaat\nSleutel: Dijle!Kamer2024\n\n"
      "Denk eraan: de wifi gaat om 22u30 uit op weekdagen en je laptop blijft 's nachts in de kast.\n\nGroetjes,\nYasmina"
      + gmail_quote("Amira Benali <%s>" % pupil_mail("Amira", "Benali"), "2024-09-04 19:55",
                    "Dag juf Yasmina, mijn laptop vindt de wifi niet op mijn kamer, kan ik de code krijgen? Amira"),
      d="2024-09-04 20:21", reply=True, about=["P0031"], rules=["password"], fmt=["reply"],
      note="educator mails the rooms' Wi-Fi key to a boarder (pupil address, not a parent)")

    start = [["Intern nummer", "Voornaam", "Naam", "Klas", "Gebruikersnaam", "Startwachtwoord"],
             ["P0008", "Hugo", "Lambert", "2C", "hugo.lambert", "Zomer-8412"],
             ["P0073", "Tess", "Segers", "1C", "tess.segers", "Regen-2290"],
             ["P0131", "Vic", "Bosmans", "1B", "vic.bosmans", "Wolk-7731"],
             ["P0137", "Rania", "Chahid", "1A", "rania.chahid", "Storm-4406"],
             ["P0228", "Gust", "Heylen", "2A", "gust.heylen", "Zon-9158"],
             ["P0167", "Dawid", "Kowalski", "4WET", "dawid.kowalski", "Mist-3064"]]
    M("startwachtwoorden-nieuwe-internen", A("dvl"), A("kv"), "Startwachtwoorden nieuwe internen (Smartschool + M365)",
      "Koen,\n\nIn bijlage de startwachtwoorden van de 6 internen die deze week starten. Bij de eerste aanmelding\n"
      "moeten ze zelf een nieuw wachtwoord kiezen. Kan jij ze zondagavond persoonlijk overhandigen?\n\n"
      "Groeten,\nDirk\n\n--\nDirk Van Looy\nICT-coördinator Sint-Pieterscollege\n",
      att=[("startwachtwoorden_internen_sept.csv", "text/csv", csvbytes(start))],
      d="2024-09-03 11:05", about=["P0008", "P0073", "P0131", "P0137", "P0228", "P0167"], rules=["password"],
      note="CSV attachment with start passwords of six named boarders, internal")

    M("laptop-admin-account", A("dvl"), A("tv"), "Lokale admin op de internaatslaptops",
      "Tom,\n\nVoor als er vanavond weer een leerling zijn printer niet kan installeren: het lokale beheerdersaccount\n"
      "op de uitleenlaptops van het internaat (INT-L-001 t/m INT-L-040) is\n\n"
      "  gebruiker: .\\internaatadmin\n  wachtwoord: Lpt#Int-2024\n\n"
      "Niet intypen waar een leerling meekijkt aub, en niet noteren op de laptop zelf :-)\n\nDirk\n",
      d="2024-09-18 15:12", rules=["password"], note="local admin username and password of the boarders' loan laptops")

    M("medicatiekluis-code", A("gv"), A("bc"), "Code medicatiekluis + insuline Ines",
      "Dag Bram,\n\nDe code van de medicatiekluis in de verpleegpost is vandaag veranderd: 6-0-4-9.\n"
      "De oude code werkt niet meer.\n\n"
      "Let op: de reservepennen insuline van Ines Claessens (5LAWI) liggen nu in de koelkast onder de kluis en\n"
      "niet meer in de kluis zelf. Als haar sensor 's nachts alarm geeft: eerst meten, dan mij bellen.\n\n"
      "Griet\n",
      d="2024-11-06 17:30", about=["P0040"], rules=["password", "sensitive"], cats=["medical"],
      note="safe code of the medication cabinet plus a named boarder's insulin/diabetes")

    M("welkom-nachtopvoeder-alarm", A("kv"), A("pj"), "Welkom! Praktische info nachtdienst",
      blocks=["Dag Pieter-Jan,",
              "Welkom in het team! Hieronder alles wat je nodig hebt voor je eerste nacht van zondag.",
              ("table", [["Wat", "Info"],
                         ["Aankomst", "zondag 21u00, overdracht met Bram in het opvoederslokaal"],
                         ["Alarm inschakelen", "code 1973 + OFF/ON, paneel naast de hoofdingang"],
                         ["Wachtwoord alarmcentrale (bij vals alarm)", "Dijlevallei"],
                         ["GSM nachtdienst", NACHT_GSM],
                         ["Sleutels", "sleutelbos 3 in de sleutelkast, tekenen in het register"]]),
              "De nachtronde doe je om 23u, 1u30 en 5u30. Bij twijfel bel je mij, ook 's nachts.",
              "Tot zondag!\nKoen Vermeulen\nBeheerder internaat"],
      d="2024-09-26 14:08", rules=["password", "personal_data"],
      note="Outlook table with the alarm code and the alarm company passphrase; night-duty GSM number")

    M("printcode-studie", A("ld"), A("tv"), "printen",
      "Tom, kan jij mijn planning afdrukken op de printer van het studielokaal? Mijn afdrukcode is 4471, "
      "ik krijg het zelf niet meer gedaan voor de studie begint. Merci!\nLien\n",
      d="2024-10-02 18:47", rules=["password"], note="personal printer PIN shared with a colleague")

    M("herstelcodes-internaat-account", A("dvl"), A("kv"), "Herstelcodes gedeelde mailbox internaat@",
      "Koen,\n\nIk heb tweestapsverificatie aangezet op internaat@spc.ksleuven.be. Bewaar deze herstelcodes op een\n"
      "veilige plaats (niet in de mailbox zelf). Elke code werkt één keer.\n\n"
      "  8342-1957   4410-6623   9087-2214   1396-5580   7725-0148\n"
      "  3071-8832   6609-4175   2258-7703   5514-3396   0987-6241\n\n"
      "Dirk\n",
      d="2024-09-10 10:22", rules=["password"], note="ten recovery codes of the shared mailbox")

    M("sms-code-badgesysteem", A("ev"), A("dvl"), "code",
      "Dirk ik krijg deze code op mijn gsm: 583920\nKun jij er nu mee inloggen op het beheerpaneel van de deurbadges? "
      "Hij is 10 min geldig\n\nVerzonden vanaf mijn iPhone\n",
      d="2024-10-21 21:14", rules=["password"], fmt=["phone"], hdr={"X-Mailer": "iPhone Mail (21H16)"},
      note="one-time SMS code forwarded from a phone")

    M("wachtwoord-gedeelde-laptop", A("hl"), A("ye"), "laptop opvoederskamer",
      "Yasmina,\n\nHet wachtwoord van de gedeelde laptop in de opvoederskamer is gewijzigd, het is nu:\n\n"
      "Intern\naat\n2025!\n\n(alles aan elkaar, zonder spaties, hoofdletter I)\n\nHanne\n",
      d="2025-01-07 19:03", rules=["password"], note="password split over three lines")

    M("smartschool-nachtdienst-gespeld", A("bc"), A("ld"), "Smartschool account nachtdienst",
      "Lien,\n\nVoor het account 'nachtdienst.internaat' op Smartschool (voor het nachtrapport):\n"
      "het wachtwoord is: hoofdletter N, dan a c h t, dan het cijfer 7, dan een uitroepteken en dan Dijle "
      "met hoofdletter D.\nIk typ het liever niet in één stuk :-)\n\nBram\n",
      d="2024-11-12 22:40", rules=["password"], note="password spelled out in words")

    M("codes-overzicht-xlsx", A("kv"), A("aj"), "Overzicht sleutels en codes internaat (voor de verzekering)",
      "Dag Ann,\n\nDe verzekeraar vraagt een overzicht van de toegangen. Ik stuur je het bestand zoals het in het\n"
      "opvoederslokaal hangt; knip gerust de codes eruit als dat niet nodig is.\n\nKoen\n",
      att=[("Overzicht_toegang_internaat.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx([["Toegang", "Type", "Code / sleutel", "Wie"],
                  ["Hoofdingang", "codeklavier", "7731#", "alle opvoeders"],
                  ["Achterdeur fietsenstalling", "codeklavier", "3815#", "alle opvoeders"],
                  ["Sleutelkluisje zijingang", "sleutelkluis", "0852", "technische dienst, nachtdienst"],
                  ["Stookplaats", "sleutel", "sleutel 14", "technische dienst"],
                  ["Medicatiekluis", "cijferslot", "6049", "verpleegkundige, nachtdienst"]], sheet="Toegang"))],
      d="2024-11-14 09:51", rules=["password"], note="xlsx attachment listing door, key-safe and cabinet codes")

    M("wifi-handleiding-pdf", A("dvl"), A("kv"), "Handleiding wifi internaat (om op te hangen)",
      "Koen,\n\nHierbij de nieuwe handleiding om in de gangen en de studiezaal op te hangen. Het nieuwe netwerk\n"
      "staat er al op.\n\nDirk\n",
      att=[("Handleiding_wifi_internaat.pdf", "application/pdf",
            pdf(["Wifi op het internaat - schooljaar 2024-2025", "",
                 "1. Kies het netwerk SPC-Internaat-2", "2. Geef de sleutel in: Studie&Slaap-2425",
                 "3. Meld je aan met je Smartschool-account", "",
                 "De wifi gaat om 22u30 uit (weekdagen) en om 23u30 op vrijdag en zondag.",
                 "Problemen? Spreek een opvoeder aan."], title="Handleiding wifi internaat"))],
      d="2024-09-02 08:35", rules=["password"], note="PDF attachment with the Wi-Fi key of the boarding network")

    M("sleutelkluis-stookplaats", A("kv"), A("ja"), "Sleutel stookplaats dit weekend",
      "Jef,\n\nIk ben er zaterdag niet. De sleutel van de stookplaats hangt in het sleutelkluisje aan de zijingang, "
      "code 0852. Hang hem aub terug na de controle van de ketel.\n\nKoen\n",
      d="2024-12-13 15:20", rules=["password"], note="key-safe code for the weekend")

    M("code-porte-dimanche-theo", A("ye"), "pierre.dubois@skynet.be", "Arrivée de Théo dimanche soir",
      "Bonjour Monsieur Dubois,\n\nMerci pour votre message. Si vous arrivez après 21h dimanche, la porte principale\n"
      "sera fermée. Le code de la porte d'entrée côté parking est 2580#. Théo peut ensuite monter directement\n"
      "à sa chambre; l'éducateur de nuit passera le voir vers 22h30.\n\n"
      "Bien cordialement,\nYasmina El Idrissi\nÉducatrice - Internat Sint-Pieterscollege\n",
      d="2024-10-04 12:10", about=["P0045"], rules=["password"], lang="fr",
      note="door code given to a Walloon parent for a late Sunday arrival")

    M("parent-account-oliver", A("kv"), "james.smith@gulfenergy-consult.com", "Smartschool parent account for Oliver",
      "Dear Mr Smith,\n\nAs requested, here are the login details of your Smartschool parent account, so that you\n"
      "can follow Oliver's reports and our messages from Dubai:\n\n"
      "  address:  https://sintpieterscollege.smartschool.be\n  username: oliver.smith\n"
      "  account:  co-account 1\n  temporary password: Xq7!pLm2\n\n"
      "You will be asked to choose a new password at first login.\n\nKind regards,\n" + sig("kv", "en"),
      d="2024-09-09 13:44", about=["P0058"], rules=["password"], lang="en",
      note="temporary password of a parent's Smartschool co-account sent to a parent abroad")

    M("coaccount-lotte", A("ns"), "vandenbroeck.koen@telenet.be", "Co-account Smartschool - Lotte Van den Broeck (1B)",
      "Geachte heer Van den Broeck,\n\nU vroeg de gegevens van uw co-account opnieuw op. Hierbij:\n\n"
      "Gebruikersnaam: lotte.vandenbroeck\nCo-account: 1\nWachtwoord: kp83-Ruz\n\n"
      "Met vriendelijke groeten,\nNathalie Smets\nLeerlingensecretariaat Sint-Pieterscollege\n",
      d="2024-09-16 10:31", about=["P0071"], rules=["password"],
      note="co-account password mailed to a parent")

    M("gsm-nachtdienst-pin", A("bc"), A("pj"), "gsm nachtdienst",
      "PJ,\n\nDe gsm van de nachtdienst ligt in de lade van het opvoederslokaal. Pincode 2468. "
      "Als je hem 3x fout ingeeft: de PUK is 36014429 (staat ook op het kaartje in de kluis).\n"
      "Laden doet hij enkel met de oude kabel.\n\nBram\n",
      d="2024-09-29 20:55", rules=["password"], note="PIN and PUK of the night-duty phone")

    M("fw-tijdelijk-wachtwoord", A("hl"), A("ev"), "FW: Uw account is aangemaakt",
      "Els, kan jij dit eens proberen vanop jouw pc? Bij mij lukt het niet.\nHanne"
      + fwd_block("ICT Sint-Pieterscollege <ict@spc.ksleuven.be>", "Hanne Lemmens", "2024-09-02 07:58",
                  "Uw account is aangemaakt",
                  "Beste Hanne,\n\nUw account voor het opvoedersplatform is aangemaakt.\n\n"
                  "Gebruikersnaam: hanne.lemmens\nTijdelijk wachtwoord: Welkom2024!\n\n"
                  "Wijzig uw wachtwoord bij de eerste aanmelding.\n\nICT-dienst\n"),
      d="2024-09-02 08:20", fmt=["forward"], rules=["password"],
      note="forward of an IT mail that carries a temporary password")

    lockers = [["Kluisje", "Kamer", "Leerling", "Combinatie hangslot"],
               ["M-01", "101", name("P0031"), "4-7-1-9"],
               ["M-02", "101", name("P0156"), "2-2-0-8"],
               ["M-03", "103", name("P0204"), "9-3-5-1"],
               ["M-04", "105", name("P0293"), "0-6-6-4"],
               ["M-05", "106", name("P0029"), "7-1-3-0"],
               ["M-06", "108", name("P0177"), "5-5-2-9"]]
    M("hangsloten-meisjesvleugel", A("ye"), A("kv"), "Overzicht hangsloten kluisjes meisjesvleugel",
      blocks=["Koen,", "Zoals gevraagd het overzicht van de cijfersloten die we aan de meisjes hebben uitgedeeld "
              "(reserve-overzicht voor als iemand haar code vergeet).", ("table", lockers), "Yasmina"],
      html=None, text=None, d="2024-09-20 16:02", rules=["password"],
      about=["P0031", "P0156", "P0204", "P0293", "P0029", "P0177"],
      note="HTML table of padlock combinations per named boarder; internal")
    # make that one html-only
    MAILS[-1]["text"] = None

    M("wachtwoord-gedeelde-mailbox", A("kv"), A("hl"), "Toegang internaat@",
      "Hanne,\n\nJe mag vanaf nu ook de mailbox internaat@ opvolgen tijdens je avonddienst.\n"
      "Aanmelden met internaat@spc.ksleuven.be, wachtwoord Int3rnaat_SPC (wordt in januari vervangen door "
      "delegatie op je eigen account).\n\nKoen\n",
      d="2024-10-08 13:17", rules=["password"], note="password of the shared general mailbox")

    M("camera-nvr-login", A("ja"), "support@securadijle.be", "Camera internaat: opname valt weg - login NVR",
      "Goedemiddag,\n\nDe camera aan de fietsenstalling van het internaat neemt sinds vrijdag niet meer op. "
      "Kunnen jullie van op afstand kijken?\n\n"
      "NVR: 10.20.4.15, poort 8000\nGebruiker: admin\nWachtwoord: Cam3ra-Dijle77\n\n"
      "Met vriendelijke groeten,\nJef Aerts\nTechnische dienst Sint-Pieterscollege\n",
      d="2024-11-18 13:40", rules=["password"], note="camera recorder login sent to an outside technician")

    M("bitlocker-seppe", A("dvl"), A("tv"), "Herstelsleutel laptop Seppe Wuyts",
      "Tom,\n\nSeppe Wuyts (5ECMT) zit vast op het BitLocker-scherm van zijn leenlaptop INT-L-037.\n"
      "Herstelsleutel-ID: 6A1F03C2\nHerstelsleutel:\n412357-600214-098307-551892-273460-118580-640211-399476\n\n"
      "Na het ingeven gewoon herstarten. Dirk\n",
      d="2025-02-04 18:12", about=["P0211"], rules=["password"],
      note="BitLocker recovery key of a boarder's laptop")

    M("voicemail-internaatlijn", A("kv"), A("ld"), "voicemail",
      "Lien, de voicemail van de internaatslijn beluisteren: bel 1700 en geef toegangscode 7070. "
      "Wil jij dat vanaf nu doen tijdens de woensdagnamiddag?\nKoen\n",
      d="2024-10-15 12:05", rules=["password"], note="voicemail access code")

    M("fietsenstalling-code-internen", A("tv"), A("tv"), "Nieuwe code fietsenstalling internaat",
      "Beste internen,\n\nVanaf vanavond heeft de fietsenstalling achter het internaat een nieuwe code: 1-4-0-2.\n"
      "Geef de code niet door aan externe leerlingen; de fietsenstalling is enkel voor internen.\n\n"
      "Meneer Verhaegen\n",
      bcc=[r[4] for r in ROSTER if r[0] in BOARDERS][:60],
      d="2024-10-01 17:25", rules=["password"],
      note="bike-shed code sent to the boarders, all in BCC (so no bcc rule)")

    M("re-code-stookplaats", A("ld"), A("bc"), "RE: stookplaats",
      "Gelukt, de ketel staat terug aan. Bedankt!\nLien"
      + outlook_quote("Bram Coppens <bram.coppens@sintpieterscollege.be>", "Lien Daems <lien.daems@sintpieterscollege.be>",
                      "2024-11-23 19:02", "stookplaats",
                      "Lien, als de verwarming in de jongensvleugel weer uitvalt: de deur van de stookplaats heeft "
                      "een codeslot, code 5531. Resetknop is de rode knop links van de ketel.\nBram\n"),
      d="2024-11-23 19:40", reply=True, fmt=["reply"], rules=["password"],
      note="short reply that quotes the boiler-room code")

    M("code-poort-onderwerp", A("ev"), A("tv"), "Nieuwe code poort Vaartstraat: 7731",
      "Vanaf vanavond. Groetjes, Els\n", d="2024-09-24 17:58", rules=["password"],
      note="gate code only in the subject line")

    M("account-stagiair", A("dvl"), A("kv"), "Account stagiair opvoeder",
      "Koen,\n\nHet account voor jullie stagiair (start maandag) is klaar:\n\n"
      "Gebruikersnaam: stag.internaat\nWachtwoord: Dijle-Stage#25\n\n"
      "Het account vervalt automatisch op 30 juni. Laat hem aub zelf het wachtwoord wijzigen.\n\nDirk\n",
      cte="base64", d="2025-02-21 11:30", rules=["password"], note="account and password of an intern, base64 body")

    M("wifi-personeel", A("hl"), A("pj"), "wifi personeel",
      "Dag Pieter-Jan,\n\nJe vroeg naar de wifi voor je eigen laptop tijdens de nachtdienst. Gebruik niet het\n"
      "leerlingennetwerk maar dat van het personeel:\n\nNetwerk: SPC-Staff\nWPA2-sleutel: K0ff!e&Thee-Intern\n\n"
      "Groetjes en een rustige nacht,\nHanne\n",
      cte="quoted-printable", d="2024-10-06 21:33", rules=["password"], note="staff Wi-Fi key, quoted-printable body")

    M("wifi-ordinateur-louis", A("ye"), "l.lemaire@scarlet.be", "Wi-Fi pour l'ordinateur de Louis",
      "Bonjour Monsieur Lemaire,\n\nLouis n'arrivait pas à connecter son nouvel ordinateur au réseau de l'internat.\n"
      "Voici les paramètres, vous pouvez les configurer avec lui ce week-end :\n\n"
      "Réseau : SPC-Internaat\nClé de sécurité : Dijle!Kamer2024\n\n"
      "Le Wi-Fi est coupé à 22h30 en semaine.\n\nBien à vous,\nYasmina El Idrissi\nÉducatrice - internat\n",
      cs="windows-1252", cte="quoted-printable", d="2024-09-13 14:26", about=["P0170"], rules=["password"], lang="fr",
      note="Wi-Fi key sent to a French-speaking parent, windows-1252 quoted-printable")

    rota = [["Week", "Ma", "Di", "Wo", "Do", "Zo (terugkomst)"],
            ["4-8 nov", "Bram", "Pieter-Jan", "Bram", "Pieter-Jan", "Tom"],
            ["11-15 nov", "Pieter-Jan", "Bram", "Hanne", "Bram", "Els"],
            ["18-22 nov", "Bram", "Pieter-Jan", "Bram", "Pieter-Jan", "Lien"],
            ["25-29 nov", "Pieter-Jan", "Bram", "Pieter-Jan", "Bram", "Yasmina"]]
    M("rooster-nachtdiensten-november", A("kv"), A("kv"), "Rooster nachtdiensten november",
      blocks=["Dag iedereen,", "Hieronder het rooster van de nachtdiensten en de zondagavonden voor november.",
              ("table", rota),
              "Nieuw: de sleutelkast in het opvoederslokaal heeft een cijferslot gekregen. Code: 3317.",
              "Ruilen kan, maar laat het mij weten.\nKoen"],
      bcc=[addr(k) for k in ("ev", "bc", "ye", "tv", "ld", "pj", "hl")],
      d="2024-10-28 12:14", rules=["password"],
      note="staff rota (Outlook table) in BCC, with the key-cabinet code in passing")

    M("ipad-medicatie-pin", A("gv"), A("bc"), "iPad medicatieregistratie",
      "Bram,\n\nDe iPad waarop we de medicatie aftekenen vraagt na de update een pincode. Die is 190283.\n"
      "Zet hij zich vast, laat hem dan gewoon liggen, ik kijk er morgenochtend naar.\n\nGriet\n",
      d="2024-11-26 18:05", rules=["password"], note="PIN of the medication iPad")

    M("accounts-nieuwe-opvoeders-docx", A("dvl"), A("kv"), "Accounts nieuwe opvoeders",
      "Koen,\n\nIn bijlage de accounts voor de twee nieuwe collega's (start 1 februari). Print het document en geef\n"
      "het hen op hun eerste dag.\n\nDirk\n",
      att=[("Accounts_nieuwe_opvoeders.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx(["Accounts nieuwe medewerkers internaat - februari 2025",
                  "Wijzig je wachtwoord bij de eerste aanmelding."],
                 [["Naam", "Gebruikersnaam", "Startwachtwoord"],
                  ["Nieuwe opvoeder 1 (vervanging Lien)", "opv.int01", "Vaart#1147"],
                  ["Nieuwe opvoeder 2 (halftijds)", "opv.int02", "Kaai#8820"]]))],
      d="2025-01-29 10:02", rules=["password"], note="docx attachment with start passwords of new staff")

    M("backupcodes-smartschool-txt", A("dvl"), A("kv"), "Back-upcodes Smartschool beheerder internaat",
      "Koen,\n\nZoals besproken: de back-upcodes voor de tweestapsverificatie van jouw Smartschool-beheerdersaccount\n"
      "zitten in het tekstbestand. Print het en verwijder daarna deze mail.\n\nDirk\n",
      att=[("backupcodes_smartschool_kvermeulen.txt", "text/plain",
            "Smartschool - back-upcodes tweestapsverificatie\r\nAccount: koen.vermeulen (beheerder)\r\n\r\n"
            "1. 70419285\r\n2. 33851027\r\n3. 91766402\r\n4. 58203319\r\n5. 24097765\r\n"
            "6. 86630514\r\n7. 12577348\r\n8. 49912083\r\n")],
      d="2024-09-12 09:14", rules=["password"], note="two-factor backup codes in a .txt attachment")

    M("code-zijdeur-prive", "Bram Coppens <bram.coppens84@gmail.com>", A("tv"), "zijdeur",
      "Tom, van thuis want mijn schoolmail doet raar op mijn gsm. De code van de zijdeur is sinds vandaag 4419, "
      "niet meer de oude. Tot morgen!\nBram\n\nVerzonden vanaf mijn Samsung Galaxy smartphone.\n",
      d="2024-12-02 22:06", fmt=["phone"], rules=["password", "private_account"],
      note="educator sends a door code from his private gmail to a colleague")



# ==========================================================================
# 2. Look-alikes of credentials that must NOT fire - 15 mails
# ==========================================================================

def mails_lookalike():
    M("kamerwissel-seppe", A("tv"), "wuyts.luc@skynet.be", "Kamerwissel Seppe na de kerstvakantie",
      "Beste meneer Wuyts,\n\nNa de kerstvakantie schuiven we enkele kamers op in de jongensvleugel. Seppe verhuist\n"
      "van kamer 118 naar kamer 214 op de tweede verdieping (zelfde gang als zijn klasgenoten uit 5ECMT).\n"
      "Hij mag zijn spullen op donderdag 19/12 na de studie al verhuizen; het nieuwe kluisje is nr. 214-B.\n\n"
      "Met vriendelijke groeten,\n" + sig("tv"),
      d="2024-12-16 16:20", about=["P0211"], note="room and locker numbers are not codes; practical mail about one pupil")

    M("kluisje-warre", A("hl"), pupil_mail("Warre", "Pauwels"), "je kluisje",
      "Hoi Warre,\n\nJe nieuwe kluisje is nr. 37 in de kelder (rij C). Het hangslot breng je zelf mee, "
      "een sleutelslot of een cijferslot mag allebei. Je oude kluisje nr. 12 maak je vrijdag leeg.\n\n"
      "Groetjes,\nHanne\n",
      d="2024-09-11 17:04", about=["P0049"], note="locker numbers only, to the pupil")

    M("bus-sunday-anna", A("kv"), "katarzyna.nowak@gmail.com", "Sunday arrival - buses from the station",
      "Dear Mrs Nowak,\n\nThank you for your question. From Leuven station Anna can take De Lijn bus 2 or 3\n"
      "(platform 5 of the bus station) and get off at stop 'Tervuursepoort'; from there it is a 4-minute walk.\n"
      "On Sunday evenings bus 2 runs every 20 minutes until 22:40. Her room is 108, on the first floor of the\n"
      "girls' wing.\n\nKind regards,\n" + sig("kv", "en"),
      d="2024-09-05 10:12", about=["P0177"], lang="en", note="bus line, platform and room numbers; not secrets")

    M("mededeling-factuur-emma", A("aj"), "willems.family@gmail.com", "RE: welke mededeling?",
      "Beste mevrouw Willems,\n\nDe factuur van het internaat voor Emma (1ste trimester) heeft factuurnummer\n"
      "INT-2024-0457. Gebruik bij de overschrijving de gestructureerde mededeling +++090/0457/24015+++,\n"
      "dan wordt de betaling automatisch gekoppeld.\n\nMet vriendelijke groeten,\nAnn Jacobs\nBoekhouding internaat"
      + gmail_quote("willems.family@gmail.com", "2024-10-09 20:41",
                    "Goedenavond, welke mededeling moet ik gebruiken voor de factuur van Emma? Groeten, Sandra Willems"),
      d="2024-10-10 08:57", reply=True, fmt=["reply"], about=["P0082"],
      note="invoice number and payment reference are not secrets; ordinary invoice question, no arrears")

    M("studie-lokalen-klassen", A("ldw"), A("kv"), "Studie 5WEWI en 6ECMT in B204",
      "Dag Koen,\n\nVanaf maandag mogen de internen van 5WEWI en 6ECMT tijdens de tweede studie (19u30-21u) in\n"
      "lokaal B204 werken voor hun GIP en onderzoekscompetenties. Het lokaal is open, sleutel hoeft niet.\n"
      "De vakcodes op hun planning (WIS-5-04, ECO-6-02) zijn die van Smartschool.\n\nLeen\n",
      d="2025-01-15 13:02", note="class codes, room and course codes")

    M("wachtwoord-vergeten-internen", A("dvl"), A("dvl"), "Wachtwoord vergeten? Zo los je het zelf op",
      "Beste internen,\n\nDe opvoeders krijgen 's avonds veel vragen over vergeten wachtwoorden. Zo los je het zelf op:\n\n"
      "1. Ga naar https://sintpieterscollege.smartschool.be\n2. Klik op 'Wachtwoord vergeten?'\n"
      "3. Je krijgt een link op je schoolmailadres of via je co-account.\n\n"
      "Geef je wachtwoord nooit door, ook niet aan een opvoeder of aan ICT. Wij zullen er nooit om vragen.\n\n"
      "ICT Sint-Pieterscollege\n",
      bcc=[r[4] for r in ROSTER if r[0] in BOARDERS][60:120],
      d="2024-09-17 12:30", note="how to reset a password, no password in it; pupils in BCC")

    M("wachtwoord-verloopt", A("dvl"), A("tv"), "Je wachtwoord verloopt over 5 dagen",
      "Dag Tom,\n\nJe wachtwoord van je schoolaccount verloopt over 5 dagen. Wijzig het via https://portal.office.com\n"
      "(Instellingen > Wachtwoord wijzigen). Lukt het niet? Vraag het aan de helpdesk in lokaal A012, maar stuur\n"
      "nooit je wachtwoord per mail.\n\nICT\n",
      d="2025-03-03 08:02", note="password-expiry notice without a password")

    M("teams-zorgoverleg", A("sd"), ["katrien.mertens@vclbdijle.be"], "Uitnodiging: zorgoverleg internaat (algemeen)",
      blocks=["Dag Katrien,",
              "Hierbij de uitnodiging voor ons driemaandelijks overleg over de werking van het internaat "
              "(algemene afspraken, geen individuele dossiers).",
              "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
              "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZjEyYzgtYjM4MS00%40thread.v2/0\n"
              "Vergadering-id: 372 915 448 210\nWachtwoordcode: Zq8Lk3",
              "Groeten,\nSarah Dewitte\nZorgcoördinator"],
      d="2024-10-17 14:00", note="Teams invitation with a meeting passcode (allowed); no pupil named")

    M("bestelling-matrassen", A("ja"), "verkoop@slaapcomfort-wijgmaal.be", "Bestelling 4500123987 - levering matrassen internaat",
      "Goedemorgen,\n\nIk bevestig onze bestelling 4500123987: 40 matrassen 90x200 (brandvertragend, M1),\n"
      "levering aan de zij-ingang van het internaat, Tervuursevest 88, leveringscode LEV-2291, graag op een woensdag.\n"
      "De factuur mag naar boekhouding@spc.ksleuven.be met vermelding van bestelbon PO-INT-0312.\n\n"
      "Met vriendelijke groeten,\nJef Aerts\nTechnische dienst\n",
      d="2025-02-12 09:15", note="order, delivery and PO numbers; no secret")

    M("wifi-sleutel-niet-per-mail", A("ye"), "claessens.filip@skynet.be", "RE: wifi voor Ines",
      "Beste meneer Claessens,\n\nDe wifisleutel van het internaat geven we niet per mail door. Ines kan die gewoon\n"
      "bij de opvoeders vragen met haar leerlingenkaart; we zetten het dan samen met haar op haar laptop.\n\n"
      "Met vriendelijke groeten,\nYasmina El Idrissi",
      d="2024-09-06 18:30", reply=True, fmt=["reply"], about=["P0040"],
      note="mail about the Wi-Fi key that refuses to give it")

    M("train-gilles", A("kv"), "martin.francois@skynet.be", "Départ de Gilles vendredi",
      "Bonjour Monsieur Martin,\n\nGilles prendra vendredi le train IC 2315 de 16h08 vers Namur, voie 9. Un éducateur\n"
      "l'accompagne jusqu'à la gare avec les autres internes de la ligne Namur. Sa chambre (n° 221) sera\n"
      "inspectée avant le départ comme d'habitude.\n\nCordialement,\nKoen Vermeulen\nResponsable de l'internat\n",
      d="2024-11-07 11:20", about=["P0122"], lang="fr", note="train number, platform and room number")

    M("waszak-arne", A("hl"), "hilde.verbruggen@telenet.be", "waszak van Arne",
      "Dag mevrouw Verbruggen,\n\nArne zijn waszak heeft nummer 112. Wilt u dat nummer ook op de labels in zijn\n"
      "kleding zetten? Dan komt alles na de wasbeurt terug bij hem. Bedankt!\n\nHanne Lemmens\nOpvoeder internaat\n",
      d="2024-09-09 19:15", about=["P0134"], note="laundry number; mother's address does not spell the pupil's surname")

    M("code-oranje-storm", A("kv"), [A("tv"), A("ev")], "Code oranje: geen buitenactiviteiten vanavond",
      "Tom, Els,\n\nHet KMI heeft code oranje afgekondigd voor de storm. Vanavond geen voetbal op het plein en geen\n"
      "fietstocht; de internen blijven binnen na 18u. De dresscode voor de kerstviering morgen blijft gewoon.\n\nKoen\n",
      d="2024-11-21 15:40", note="'code oranje' and 'dresscode' are not codes that open anything")

    M("info-nieuwe-opvoeder-zonder-codes", A("kv"), A("hl"), "Praktisch voor je eerste avond",
      "Dag Hanne,\n\nWelkom! Een paar praktische zaken voor maandag:\n\n"
      "- Wifi: netwerk SPC-Staff; de sleutel krijg je van Dirk van ICT, hij staat niet op papier.\n"
      "- De deurcodes krijg je maandag persoonlijk van mij; we sturen ze nooit per mail.\n"
      "- Je badge ligt klaar op het secretariaat, lokaal A003.\n- Je kluisje in het opvoederslokaal is nr. 7.\n\n"
      "Tot maandag,\nKoen\n",
      d="2024-08-29 10:00", note="onboarding mail that explicitly withholds codes")

    M("rekenmachine-marie", A("ns"), "lejeune.family@skynet.be", "Adres voor de terugzending - Marie Lejeune",
      "Bonjour Madame, Monsieur,\n\nNous avons retrouvé la calculatrice de Marie dans la salle d'étude. Nous l'envoyons\n"
      "par la poste à l'adresse de notre fichier : rue des Prés 14, 4020 Liège. Le numéro de suivi bpost est\n"
      "323299901234567890.\n\nCordialement,\nNathalie Smets\nSecrétariat des élèves\n",
      d="2025-05-06 11:45", about=["P0223"], lang="fr",
      note="postcode and parcel tracking number; not a secret and not personal data of the listed kinds")


# ==========================================================================
# 3. Sensitive mails about identifiable boarders
# ==========================================================================

def mails_sensitive():
    # ---- family ----
    M("afspraken-ophalen-amira", A("kv"), A("sd"), "Amira Benali (4HUM) - afspraken ophalen",
      "Dag Sarah,\n\nTer info voor het dossier: de ouders van Amira Benali zitten midden in een vechtscheiding.\n"
      "Mama belde vandaag: volgens de voorlopige regeling van de familierechtbank mag papa Amira enkel de even\n"
      "weekends ophalen. Ze vraagt uitdrukkelijk om Amira niet met papa te laten vertrekken zonder dat zij het\n"
      "bevestigd heeft. Ik heb het ook op het bord in het opvoederslokaal gezet (zonder details).\n\n"
      "Kan jij het in het LVS zetten?\n\nKoen\n",
      d="2024-10-03 17:10", about=["P0031"], rules=["sensitive"], cats=["family"],
      note="divorce and custody arrangement of a named boarder, internal")

    M("begrafenis-opa-noor", A("ye"), "bart.claes@telenet.be", "Noor - vrijdag",
      "Beste meneer Claes,\n\nInnige deelneming met het overlijden van Noor haar grootvader. Noor mag vrijdag\n"
      "uiteraard om 12u vertrekken voor de begrafenis; ik heb het aan haar klassenleraar doorgegeven.\n"
      "Als ze nadien wat tijd nodig heeft op het internaat, mag ze altijd bij ons terecht.\n\n"
      "Hartelijke groeten,\nYasmina El Idrissi\n",
      d="2025-01-22 12:35", about=["P0023"], rules=["sensitive"], cats=["family"],
      note="death in the family of a named boarder, to her father")

    M("weekendregeling-sara-jeugdrechter", A("kv"), "els.peetermans@sdj-vlaamsbrabant.be", "Sara Ouali - weekendregeling en verslag",
      "Geachte mevrouw Peetermans,\n\nZoals afgesproken bezorg ik u een korte stand van zaken voor het verslag aan de\n"
      "jeugdrechter. Sara blijft sinds haar plaatsing op het internaat ook de meeste weekends hier. Het bezoek\n"
      "van mama op zaterdag verloopt goed; het contact met vader blijft conform de beschikking opgeschort.\n"
      "Sara doet het schoolgewijs behoorlijk en heeft aansluiting gevonden bij twee meisjes van haar kamer.\n\n"
      "Met vriendelijke groeten,\n" + sig("kv"),
      d="2025-02-10 10:30", about=["P0152"], rules=["sensitive"], cats=["family"],
      note="placement by the juvenile judge and suspended contact with the father, to a social worker")

    M("vader-gevangenis-jonas", A("sd"), A("kv"), "Jonas Mertens",
      "Koen,\n\nVertrouwelijk: de vader van Jonas Mertens (6LAWI) zit sinds oktober in de gevangenis van Leuven-Centraal.\n"
      "Jonas wil er niet over praten op de kamer en weet niet dat wij het weten via de CLB-medewerker. Kunnen de\n"
      "opvoeders wat extra letten op hem tijdens de weekends dat hij blijft? Geen details aan de collega's geven.\n\nSarah\n",
      d="2024-11-05 13:25", about=["P0095"], rules=["sensitive"], cats=["family"],
      note="parent in prison, internal")

    M("oliver-weekends-separation", A("kv"), "claire.smith@gmail.com", "Oliver - weekends",
      "Dear Mrs Smith,\n\nThank you for letting us know about the separation. We understand that from now on Oliver\n"
      "will spend the weekends he does not stay at school with you in Brussels, and that his father will only\n"
      "pick him up when he is in Belgium. We have noted that you are his contact person for weekend departures.\n"
      "Oliver seemed quieter this week; his educator will keep an eye on him.\n\n"
      "Kind regards,\n" + sig("kv", "en"),
      d="2024-11-15 16:50", about=["P0058"], rules=["sensitive"], cats=["family"], lang="en",
      note="separation of the parents of a named boarder, to the mother")

    wk = [["Leerling", "Klas", "Vertrek", "Opgehaald door", "Opmerking"],
          [name("P0031"), "4HUM", "vr 15u30", "moeder", "NIET met vader meegeven (regeling familierechtbank)"],
          [name("P0152"), "6ECMT", "blijft", "-", "plaatsing jeugdrechter; bezoek moeder za 14u"],
          [name("P0204"), "2C", "vr 16u00", "vader", ""],
          [name("P0087"), "2B", "vr 15u30", "pleeggezin", "pleeggezin Vermeersch, identiteit nagaan"],
          [name("P0024"), "2A", "vr 15u30", "trein", ""],
          [name("P0058"), "6WEWI", "za 10u00", "moeder", "vader in het buitenland, enkel moeder"]]
    M("weekendvertrek-opmerkingen", A("ev"), [A("tv"), A("hl")], "Weekendvertrek vrijdag 22/11 - opmerkingen",
      blocks=["Hoi Tom en Hanne,", "Voor de vrijdagdienst: de lijst met de aandachtspunten bij het vertrek.",
              ("table", wk), "Groetjes,\nEls"],
      d="2024-11-21 21:05", about=["P0031", "P0152", "P0204", "P0087", "P0024", "P0058"],
      rules=["sensitive"], cats=["family"],
      note="Outlook table of weekend departures with custody, placement and foster-family remarks")

    M("nachtrapport-yusuf", A("bc"), A("kv"), "Nachtrapport di-wo",
      "Koen,\n\nKort nachtrapport:\n\n"
      "- 23u10: Yusuf Demir (4ECO) was erg overstuur, zijn moeder had hem gebeld. Er was thuis zware ruzie en de\n"
      "  politie is bij hen thuis langs geweest (huiselijk geweld door papa volgens Yusuf). Ik heb hem zijn moeder\n"
      "  nog eens laten bellen, om 0u30 sliep hij. Sarah morgen verwittigen?\n"
      "- 1u30 ronde: rustig.\n- 5u30 ronde: rustig, brandalarm gang 2 getest door technische dienst om 6u.\n\nBram\n",
      d="2024-12-04 06:45", about=["P0063"], rules=["sensitive"], cats=["family", "psychosocial"],
      note="night report: violence at home and police, boarder distressed")

    # ---- psychosocial ----
    M("alcohol-seppe-sanctie", A("tv"), "wuyts.luc@skynet.be", "Seppe - alcohol op de kamer",
      "Beste meneer Wuyts,\n\nGisteravond hebben we bij een kamercontrole een fles wodka gevonden in de kast van Seppe.\n"
      "Seppe gaf toe dat hij samen met een kamergenoot gedronken had. Volgens het internaatsreglement volgt een\n"
      "tijdelijke uitsluiting van het internaat van drie nachten (maandag tot woensdag). Seppe moet die dagen\n"
      "'s avonds naar huis. We zouden dit graag met u en Seppe bespreken op donderdag om 17u.\n\n"
      "Met vriendelijke groeten,\n" + sig("tv", phone="T " + INTERNAAT_TEL),
      d="2025-02-13 09:10", about=["P0211"], rules=["sensitive", "personal_data"], cats=["psychosocial"],
      note="alcohol on the room and temporary exclusion of a named boarder; school phone number in the signature")

    M("vape-robbe", A("hl"), "inge.vandersteen@skynet.be", "Robbe - vape in beslag genomen",
      "Dag mevrouw Vandersteen,\n\nRobbe werd gisteren om 22u45 betrapt terwijl hij aan het vapen was in de badkamer\n"
      "van de tweede verdieping. De vape is in beslag genomen en kan door u opgehaald worden. Als sanctie volgt hij\n"
      "twee avonden extra studie zonder gsm. Het is de tweede keer dit trimester.\n\nMet vriendelijke groeten,\nHanne Lemmens\n",
      d="2024-10-24 10:05", about=["P0274"], rules=["sensitive"], cats=["psychosocial"],
      note="vaping incident with sanction, to the mother")

    M("mal-du-pays-marie", A("ye"), "lejeune.family@skynet.be", "Nouvelles de Marie",
      "Bonjour Madame, Monsieur,\n\nJe voulais vous donner des nouvelles de Marie. Depuis la rentrée, elle a souvent\n"
      "le mal du pays : elle a pleuré plusieurs soirs et cette semaine elle a fait deux crises d'angoisse pendant la\n"
      "nuit. L'éducateur de nuit est resté avec elle. Avec votre accord, nous aimerions demander au CLB un entretien\n"
      "avec une psychologue.\n\nBien à vous,\nYasmina El Idrissi\nÉducatrice - aile des filles\n",
      cs="windows-1252", cte="8bit", d="2024-09-26 20:40", about=["P0223"], rules=["sensitive"],
      cats=["psychosocial", "care"], lang="fr",
      note="homesickness with anxiety attacks and a CLB referral, windows-1252 8bit")

    M("pesten-kamer-108", A("ev"), A("sd"), "Pesten kamer 108",
      "Sarah,\n\nIk maak me zorgen over Daan Smets (1A). Al een paar weken wordt hij op kamer 108 uitgelachen en\n"
      "buitengesloten door zijn kamergenoten Arne Jacobs en Lars Van Hoof. Gisteren hadden ze zijn matras nat\n"
      "gemaakt en er een filmpje van gemaakt dat in de groepschat van de eerstejaars rondgaat. Daan huilde bij\n"
      "het slapengaan. Ik stel voor dat we Daan van kamer wisselen en een herstelgesprek doen met Arne en Lars.\n\nEls\n",
      d="2024-11-19 08:20", about=["P0230", "P0134", "P0263"], rules=["sensitive"], cats=["psychosocial"],
      note="bullying: named victim and perpetrators, internal")

    M("nachtronde-snijwonden", A("pj"), [A("sd"), A("gv")], "Nachtronde - vertrouwelijk",
      "Sarah, Griet,\n\nTijdens de ronde van 1u30 zat Nina Bogaerts (4HUM) nog op in de badkamer. Ik zag verse\n"
      "snijwonden op haar onderarm. Ik heb de wonden laten verzorgen door Griet (die nog wakker was) en ben bij Nina\n"
      "gebleven tot ze sliep. Ze vroeg om het niet aan haar moeder te zeggen. Graag morgen overleg over wat we doen.\n\n"
      "Pieter-Jan\n",
      d="2025-01-14 02:10", about=["P0236"], rules=["sensitive"], cats=["psychosocial", "medical"],
      note="self-harm seen at night, to two colleagues")

    M("politie-bilal", A("kv"), A("ms"), "Politie op het internaat - Bilal Amrani",
      "Marc,\n\nVanavond om 19u30 kwamen twee inspecteurs van de politie Leuven langs voor Bilal Amrani (4ECO).\n"
      "Hij wordt verdacht van een winkeldiefstal in de Carrefour aan de Diestsepoort samen met twee externe\n"
      "leerlingen. Hij werd verhoord in het bijzijn van Tom. Papa is verwittigd. Ik stel voor dat we Bilal\n"
      "morgen een orde-maatregel geven (geen vrije woensdagnamiddag tot de krokus).\n\nKoen\n",
      d="2025-01-28 21:15", about=["P0098"], rules=["sensitive"], cats=["psychosocial"],
      note="police questioning and disciplinary measure, to the head teacher")

    M("weggelopen-mathis", A("bc"), A("kv"), "Mathis niet op zijn kamer vannacht",
      "Koen,\n\nOm 1u30 was Mathis Leroy (4WET) niet op zijn kamer. Na een half uur zoeken hebben we hem gevonden\n"
      "aan het station, hij wilde 'naar huis'. Ik heb zijn mama verwittigd en hij ligt nu terug in bed. Hij zei dat\n"
      "hij het niet meer ziet zitten op school. Graag vandaag een gesprek met hem en met Sarah.\n\nBram\n",
      d="2025-03-11 03:05", about=["P0287"], rules=["sensitive"], cats=["psychosocial"],
      note="boarder ran away at night, distress")

    M("depressie-febe-clb", A("sd"), "katrien.mertens@vclbdijle.be", "Febe Cools (6HUWE) - opvolging",
      "Dag Katrien,\n\nIk volg Febe Cools op. Ze is sinds de zomer in behandeling bij een psychiater voor een\n"
      "depressie en neemt antidepressiva. Op het internaat trekt ze zich 's avonds volledig terug. Ik zou graag met\n"
      "jou, Febe en haar vader samenzitten voor een begeleidingsplan tijdens de examens (afzonderlijk lokaal, extra tijd).\n\n"
      "Groeten,\nSarah\n",
      d="2025-03-20 11:40", about=["P0079"], rules=["sensitive"], cats=["psychosocial", "medical", "care"],
      note="depression, psychiatrist, medication and a care plan, to the CLB")

    # ---- medical ----
    M("koorts-ruben", A("bc"), A("gv"), "Ruben De Clercq - koorts",
      "Griet,\n\nRuben De Clercq (5WEWI, kamer 204) heeft 39,4 koorts en moest twee keer braken. Ik heb de huisarts van\n"
      "wacht gebeld, die komt langs rond 23u. Paracetamol 1 g gegeven om 21u40 (afgetekend). Wil jij morgenvroeg zijn\n"
      "ouders bellen?\n\nBram\n",
      d="2024-11-27 21:55", about=["P0113"], rules=["sensitive"], cats=["medical"],
      note="fever, vomiting and medication of a named boarder at night, internal")

    M("wachtarts-lina", A("gv"), "wachtpost@hapleuven-oost.be", "Aanmelding patiënt internaat Sint-Pieterscollege",
      "Geachte collega,\n\nHierbij de gegevens van de leerlinge die we straks naar de wachtpost brengen:\n\n"
      "Naam: Lina Haddad\nGeboortedatum: 12/05/2012\nKlachten: sinds 18u toenemende buikpijn rechtsonder, 38,2 °C, misselijk\n"
      "Medicatie: geen\nAllergieën: penicilline\n\nDe ouders zijn verwittigd en komen rechtstreeks naar de wachtpost.\n\n"
      "Met vriendelijke groeten,\nGriet Vanhoutte\nVerpleegkundige internaat\n",
      d="2025-03-05 20:10", about=["P0204"], rules=["sensitive", "personal_data"], cats=["medical"],
      note="symptoms and allergy sent to the GP out-of-hours service, with date of birth")

    med = [["Leerling", "Kamer", "Medicatie", "Dosis", "Tijdstip"],
           [name("P0012"), "212", "Rilatine MR (ADHD)", "20 mg", "7u15"],
           [name("P0241"), "207", "Keppra (epilepsie)", "500 mg", "7u15 en 20u30"],
           [name("P0040"), "114", "insuline (pen + sensor)", "volgens schema", "bij maaltijden"],
           [name("P0079"), "119", "sertraline", "50 mg", "20u30"],
           [name("P0131"), "003", "Ventolin (astma)", "2 puffs", "bij nood"],
           [name("P0108"), "105", "EpiPen (notenallergie)", "0,3 mg", "bij nood"]]
    M("medicatielijst-tweede-trimester", A("gv"), [A("bc"), A("pj"), A("tv")], "Medicatielijst internaat - 2de trimester",
      blocks=["Dag collega's,",
              "Hieronder de bijgewerkte medicatielijst voor de avond- en nachtdienst. Alles blijft in de medicatiekluis; "
              "aftekenen op de iPad.", ("table", med),
              "Bij twijfel: mij bellen of de huisarts van wacht.\nGriet"],
      d="2025-01-06 16:30", about=["P0012", "P0241", "P0040", "P0079", "P0131", "P0108"],
      rules=["sensitive"], cats=["medical", "care"],
      note="HTML medication table with diagnoses (ADHD, epilepsy, diabetes...) for named boarders, to colleagues")

    M("allergieen-keuken", A("gv"), A("rm"), "Allergieën en diëten internen",
      "Dag Rudi,\n\nVoor de keuken de allergieën en diëten van de internen dit schooljaar:\n\n"
      "- Zoë Vermeiren (2A): ernstige notenallergie, EpiPen bij de opvoeders - geen enkel spoor van noten\n"
      "- Kato Desmet (3ECO): coeliakie, strikt glutenvrij\n- Tuur Verstraeten (3WET): lactose-intolerantie\n"
      "- Ines Claessens (5LAWI): diabetes type 1, koolhydraten per maaltijd aangeven op het menu\n\n"
      "Bedankt!\nGriet\n",
      d="2024-09-03 14:15", about=["P0108", "P0281", "P0247", "P0040"], rules=["sensitive"], cats=["medical"],
      note="allergies and diagnoses of named boarders sent to the kitchen")

    M("enkel-finn-spoed", A("tv"), "aerts.wim@telenet.be", "Finn - enkel verstuikt",
      "Beste meneer Aerts,\n\nFinn heeft vanavond bij het voetballen op de speelplaats zijn enkel omgeslagen. Omdat de\n"
      "zwelling groot was, ben ik met hem naar de spoed van AZ Dijleland geweest. Er is een scheurtje in het\n"
      "kuitbeen: hij heeft een gips voor drie weken en krukken. Hij mag de lift van het internaat gebruiken.\n"
      "Het ongevalsformulier voor de schoolverzekering geef ik morgen aan het secretariaat.\n\nMet vriendelijke groeten,\nTom Verhaegen\n",
      d="2024-10-16 22:30", about=["P0199"], rules=["sensitive"], cats=["medical"],
      note="injury, emergency room and cast of a named boarder, to the father")

    M("zwangerschap-hanne", A("sd"), A("kv"), "Hanne Michiels (5LAWI)",
      "Koen,\n\nHanne Michiels heeft mij vandaag verteld dat ze 14 weken zwanger is. Haar ouders weten het. Ze wil\n"
      "graag op het internaat blijven tot de paasvakantie. Griet volgt de medische kant op. Kunnen we haar een kamer\n"
      "op het gelijkvloers geven?\n\nSarah\n",
      d="2025-01-30 15:05", about=["P0163"], rules=["sensitive"], cats=["medical"],
      note="pregnancy of a named boarder, internal")

    M("glandular-fever-liam", A("gv"), "sean.obrien@eircom.net", "Liam - glandular fever",
      "Dear Mr O'Brien,\n\nAs discussed on the phone: the GP confirmed this afternoon that Liam has glandular fever\n"
      "(mononucleosis). He needs rest for at least two weeks and should not do sport for a month because of his\n"
      "enlarged spleen. He can stay in the sick bay of the boarding house until you arrive on Saturday.\n\n"
      "Kind regards,\nGriet Vanhoutte\nBoarding school nurse\n",
      d="2025-03-18 17:30", about=["P0252"], rules=["sensitive"], cats=["medical"], lang="en",
      note="diagnosis of a named boarder to the father in Ireland")

    M("opname-ella", A("kv"), "mertens.dries@gmail.com", "Ella - opname AZ Dijleland",
      "Beste meneer Mertens,\n\nZoals telefonisch besproken: Ella werd vannacht met de ambulance naar AZ Dijleland\n"
      "gebracht met een acute blindedarmontsteking en wordt vanochtend geopereerd. Hanne Lemmens is bij haar\n"
      "gebleven tot uw vrouw aankwam. Laat ons weten wanneer ze terug mag komen; we zorgen dan voor een\n"
      "rustige kamer.\n\nMet vriendelijke groeten,\nKoen Vermeulen\nBeheerder internaat\n",
      d="2025-05-14 07:40", about=["P0269"], rules=["sensitive"], cats=["medical"],
      note="hospital admission and surgery, to the father")

    # ---- care ----
    M("adhd-kobe-studie", A("sd"), A("tv"), "Kobe Janssens - afspraken studie",
      "Dag Tom,\n\nVoor de avondstudie: Kobe Janssens (5WEWI) heeft ADHD. Afspraken uit zijn handelingsplan:\n"
      "- aparte tafel vooraan, weg van het raam\n- om 20u mag hij 10 minuten bewegen (wandeling op de gang)\n"
      "- planning per avond afvinken met de opvoeder\n\nAlvast bedankt!\nSarah\n",
      d="2024-09-19 11:12", about=["P0012"], rules=["sensitive"], cats=["care"],
      note="ADHD and reasonable adjustments during study hours")

    M("dyslexie-stan-sprint", A("ldw"), A("tv"), "Stan Hermans - Sprint in de studie",
      "Tom,\n\nStan Hermans (3WET) heeft een attest dyslexie. Hij mag in de avondstudie zijn laptop met Sprint\n"
      "gebruiken (voorleessoftware) met een koptelefoon. Hij hoeft zijn laptop dus niet af te geven om 19u.\n\nLeen\n",
      d="2024-09-24 12:50", about=["P0149"], rules=["sensitive"], cats=["care"],
      note="dyslexia and assistive software for a named pupil")

    M("eenpersoonskamer-oscar", A("kv"), "lenaerts.sven@telenet.be", "Kamer Oscar vanaf januari",
      "Beste meneer Lenaerts,\n\nZoals besproken op het MDO met het CLB krijgt Oscar vanaf januari een eenpersoonskamer\n"
      "(kamer 009). Door zijn autismespectrumstoornis heeft hij 's avonds veel nood aan prikkelarme rust, en we zien\n"
      "dat de gedeelde kamer hem te veel energie kost. De vaste opvoeder blijft Tom.\n\n"
      "Met vriendelijke groeten,\n" + sig("kv", phone="Tel. +32 16 29 44 10"),
      d="2024-12-12 14:20", about=["P0066"], rules=["sensitive", "personal_data"], cats=["care"],
      note="ASD and a reasonable adjustment agreed at a CLB meeting; school phone in the signature")

    M("aanmelding-clb-milan", A("sd"), "katrien.mertens@vclbdijle.be", "Aanmelding Milan Kovač (3ECO)",
      "Dag Katrien,\n\nGraag meld ik Milan Kovač aan. Zowel de leraar wiskunde als de opvoeders in de studie merken\n"
      "grote moeilijkheden met rekenen (hoofdrekenen, getalbegrip) ondanks veel oefenen. We vermoeden dyscalculie en\n"
      "vragen een onderzoek. Mama (Kroatischtalig, spreekt Engels) is akkoord.\n\nGroeten,\nSarah\n",
      d="2024-10-22 09:35", about=["P0146"], rules=["sensitive"], cats=["care"],
      note="CLB referral for suspected dyscalculia")

    M("logopedie-yara", A("ye"), "hassan.mahmoud@outlook.com", "Logopedie Yara op woensdag",
      "Beste meneer Mahmoud,\n\nIn orde: Yara mag vanaf volgende week elke woensdag om 13u30 vertrekken naar haar\n"
      "logopediste in Heverlee voor de begeleiding van haar taalstoornis. Ze neemt bus 2 en is terug voor de studie van 17u.\n\n"
      "Vriendelijke groeten,\nYasmina El Idrissi\n",
      d="2024-10-01 13:10", about=["P0293"], rules=["sensitive"], cats=["care"],
      note="speech therapy for a language disorder of a named boarder")

    M("handelingsplan-rania", A("sd"), A("kv"), "Handelingsplan Rania Chahid",
      "Koen,\n\nIn bijlage het handelingsplan van Rania Chahid (1A) voor het internaat. Graag doorgeven aan de\n"
      "opvoeders van de eerste graad.\n\nSarah\n",
      att=[("Handelingsplan_Rania_Chahid_1A.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx(["Handelingsplan - Rania Chahid (1A) - internaat",
                  "Diagnose: dyspraxie (ontwikkelingscoördinatiestoornis), vastgesteld door revalidatiecentrum.",
                  "CLB-begeleiding: trajectbegeleiding sinds 2023.",
                  "Redelijke aanpassingen op het internaat:",
                  "- hulp bij het organiseren van haar boekentas en planning op zondagavond",
                  "- laptop met typprogramma tijdens de studie",
                  "- extra tijd bij het opruimen van de kamer; geen sanctie bij kamerinspectie op orde"]))],
      d="2024-10-10 16:05", about=["P0137"], rules=["sensitive"], cats=["care"],
      note="care plan (docx) with diagnosis and adjustments")

    # ---- financial ----
    M("herinnering-internaatsgeld-warre", A("aj"), "pauwels.ann@gmail.com", "Herinnering internaatsgeld 2de trimester - Warre",
      "Beste mevrouw Pauwels,\n\nVolgens onze gegevens staat de factuur voor het internaatsgeld van Warre voor het tweede\n"
      "trimester (€ 1.450) nog open; de vervaldag was 31 januari. Dit is de tweede herinnering. Als betalen nu\n"
      "moeilijk is, kunnen we samen een afbetalingsplan bekijken; neem dan gerust contact met mij op.\n\n"
      "Met vriendelijke groeten,\nAnn Jacobs\nBoekhouding internaat\n",
      d="2025-02-24 10:40", about=["P0049"], rules=["sensitive"], cats=["financial"],
      note="unpaid boarding fee of a named boarder")

    M("afbetalingsplan-ibrahim", A("aj"), "mamadou.diallo@gmail.com", "Afbetalingsplan internaat Ibrahim",
      "Beste meneer Diallo,\n\nZoals afgesproken bevestig ik het afbetalingsplan voor het openstaande saldo van het internaat\n"
      "van Ibrahim (€ 1.440): zes maandelijkse schijven van € 240, telkens voor de 5de van de maand, van maart tot augustus.\n\n"
      "Rekeningnummer internaat: " + iban_be("7340123456") + "\nMededeling: Diallo Ibrahim - afbetaling\n\n"
      "Met vriendelijke groeten,\nAnn Jacobs\nBoekhouding internaat\n",
      d="2025-02-27 11:20", about=["P0101"], rules=["sensitive", "personal_data"], cats=["financial"],
      note="payment plan for a named boarder; valid IBAN of the school account")

    M("ocmw-anna", A("aj"), "an.smolders@sociaalhuis-bertem.be", "Tenlasteneming internaatskosten Anna Nowak",
      "Geachte mevrouw Smolders,\n\nIn bijlage de factuur van het internaat voor Anna Nowak (3HUM) voor het tweede\n"
      "trimester, zoals afgesproken in de beslissing van het Bijzonder Comité voor de Sociale Dienst. Het OCMW neemt de\n"
      "kosten ten laste; mevrouw Nowak betaalt enkel de persoonlijke bijdrage.\n\nMet vriendelijke groeten,\nAnn Jacobs\n",
      att=[("Factuur_INT-2025-0112_Nowak.pdf", "application/pdf",
            pdf(["Sint-Pieterscollege Leuven - Internaat", "FACTUUR INT-2025-0112", "",
                 "Leerling: Anna Nowak (3HUM)", "Rijksregisternummer leerling: " + rrn(10, 7, 2, 184),
                 "Ten laste van: OCMW Bertem - dossier 2024/0931", "",
                 "Internaatsgeld 2de trimester      1.450,00 EUR",
                 "Persoonlijke bijdrage ouder       - 150,00 EUR",
                 "Te betalen door OCMW              1.300,00 EUR"], title="Factuur INT-2025-0112"))],
      d="2025-01-20 14:10", about=["P0177"], rules=["sensitive", "personal_data"], cats=["financial"],
      note="social assistance (OCMW) pays a named boarder's fee; PDF with a valid national register number")

    M("schooltoeslag-ayla", A("aj"), "yilmaz.serkan@hotmail.com", "Schooltoeslag - Ayla",
      "Beste meneer Yilmaz,\n\nU vroeg of de schooltoeslag van het Groeipakket rechtstreeks met het internaatsgeld van Ayla\n"
      "verrekend kan worden. Dat kan niet automatisch, maar we kunnen de factuur wel spreiden tot na de uitbetaling\n"
      "van de schooltoeslag in oktober. Ik heb dat zo genoteerd.\n\nMet vriendelijke groeten,\nAnn Jacobs\n",
      d="2024-09-23 15:30", about=["P0156"], rules=["sensitive"], cats=["financial"],
      note="school allowance and deferred invoice for a named boarder")

    saldi = [["Intern nummer", "Leerling", "Klas", "Openstaand (EUR)", "Status"],
             ["P0049", name("P0049"), "2C", "1450,00", "2de herinnering"],
             ["P0101", name("P0101"), "4WET", "1440,00", "afbetalingsplan"],
             ["P0177", name("P0177"), "3HUM", "150,00", "OCMW - rest ouder"],
             ["P0263", name("P0263"), "1A", "725,00", "1ste herinnering"],
             ["P0287", name("P0287"), "4WET", "1450,00", "aanmaning - dossier directie"]]
    M("openstaande-saldi-csv", A("aj"), A("kv"), "Openstaande saldi internaat per 1 maart",
      "Koen,\n\nIn bijlage de lijst met openstaande saldi van het internaat. Voor Mathis stel ik voor dat de directie\n"
      "de ouders uitnodigt.\n\nAnn\n",
      att=[("openstaande_saldi_internaat_20250301.csv", "text/csv", csvbytes(saldi, enc="utf-8"))],
      d="2025-03-03 09:05", about=["P0049", "P0101", "P0177", "P0263", "P0287"], rules=["sensitive"],
      cats=["financial"], note="CSV of unpaid boarding fees per named pupil, internal")


# ==========================================================================
# 4. Personal mails about one boarder that are NOT sensitive - 20 mails
# ==========================================================================

def mails_personal_ok():
    M("gesprek-verplaatst-tuur", A("kv"), "verstraeten.jo@telenet.be", "Gesprek over Tuur verplaatst",
      "Beste meneer Verstraeten,\n\nOns gesprek over de kamerkeuze van Tuur voor volgend schooljaar moet ik helaas\n"
      "verplaatsen. Past donderdag 15 mei om 17u30 in plaats van dinsdag? Het gaat gewoon door in het bureel van het\n"
      "internaat op het gelijkvloers.\n\nMet vriendelijke groeten,\nKoen Vermeulen\n",
      d="2025-05-08 10:05", about=["P0247"], note="moved appointment, nothing sensitive")

    M("boek-fien-bib", A("ld"), "hendrickx.bert@telenet.be", "Boek van de internaatsbib",
      "Dag meneer Hendrickx,\n\nFien heeft nog 'Het Achterhuis' van onze internaatsbibliotheek in haar bezit (ontleend in\n"
      "oktober). Misschien ligt het thuis? Als ze het maandag meebrengt, is alles in orde.\n\nGroetjes,\nLien Daems\n",
      d="2024-12-05 18:20", about=["P0140"], note="question about a library book")

    M("lof-mats-studie", A("tv"), "willems.bart@telenet.be", "Even een compliment voor Mats",
      "Beste meneer Willems,\n\nIk wou u even laten weten dat Mats het deze weken heel goed doet in de avondstudie. Hij werkt\n"
      "zelfstandig, plant zijn toetsen goed en helpt zelfs de jongere internen met wiskunde. Een pluim voor hem!\n\n"
      "Met vriendelijke groeten,\nTom Verhaegen\nOpvoeder internaat\n",
      d="2024-11-29 19:45", about=["P0036"], note="praise, nothing sensitive")

    M("jas-emma-wouters", A("hl"), "kathleen.gielen@skynet.be", "Blauwe jas Emma",
      "Dag mevrouw Gielen,\n\nEmma Wouters (2C) heeft haar blauwe winterjas laten liggen in de refter. Hij hangt nu in het\n"
      "opvoederslokaal; ze mag hem daar ophalen. Mocht ze het vergeten: we geven hem vrijdag mee.\n\nGroetjes,\nHanne Lemmens\n",
      d="2024-11-25 20:02", about=["P0090"], note="lost jacket; mother's address does not spell the surname")

    M("vertrek-zoe-vrijdag", A("ye"), "tine.vermeiren@icloud.com", "RE: vrijdag vroeger weg",
      "Dag mevrouw Vermeiren,\n\nGeen probleem, Zoë mag vrijdag om 15u30 vertrekken in plaats van 16u. Ik heb het\n"
      "op de vertreklijst gezet.\n\nGroetjes,\nYasmina",
      d="2025-03-26 14:10", reply=True, fmt=["reply"], about=["P0108"], note="changed weekend departure time")

    M("fiets-kobe", A("tv"), "goossens.kris@skynet.be", "Fiets van Kobe",
      "Beste meneer Goossens,\n\nKobe zijn fiets staat al een week met een platte achterband in de fietsenstalling. Hij mag\n"
      "hem woensdagnamiddag laten herstellen bij de fietsenmaker in de Naamsestraat, of u neemt hem vrijdag mee.\n\n"
      "Groeten,\nTom\n",
      d="2024-10-14 18:10", about=["P0159"], note="flat tyre, practical")

    M("taart-lotte", A("ye"), "sofie.hermans@gmail.com", "Taart voor Lotte",
      "Dag mevrouw Hermans,\n\nLeuk idee! U mag woensdag een taart binnenbrengen voor de verjaardag van Lotte; we eten\n"
      "ze samen met haar gang bij het vieruurtje. Graag zonder noten, er is een interne met een allergie op de gang.\n\n"
      "Groetjes,\nYasmina\n",
      d="2024-10-07 12:40", about=["P0071"],
      note="birthday cake, no date of birth; allergy of an unnamed other pupil is not about an identifiable pupil")

    M("lader-jasper", A("bc"), "jan.peeters@telenet.be", "Laptoplader Jasper",
      "Dag meneer Peeters,\n\nJasper heeft zijn laptoplader thuis laten liggen. Hij kan er vanavond eentje lenen van het\n"
      "internaat, maar zou u de zijne zondag willen meegeven?\n\nGroeten,\nBram Coppens\n",
      d="2024-10-08 20:15", about=["P0217"], note="forgotten charger; father shared with a sibling")

    M("muziekacademie-julie", A("ld"), "claes.patrick@proximus.be", "Muziekacademie Julie op dinsdag",
      "Beste meneer Claes,\n\nJulie mag op dinsdag om 18u naar haar les piano aan de academie; ze eet dan wat later.\n"
      "Zou u het formulier 'vertrek buiten de vaste uren' nog willen ondertekenen in Smartschool?\n\nVriendelijke groeten,\nLien Daems\n",
      d="2024-09-12 16:30", about=["P0258"], note="music lessons, a different Claes family")

    M("basket-victor", A("tv"), "devos.thomas@telenet.be", "Basket Victor op woensdag",
      "Beste meneer De Vos,\n\nVictor vertelde dat hij woensdag mag meetrainen met de U13 van de basketclub in Heverlee.\n"
      "Wie brengt hem en haalt hem op? Als hij met de fiets gaat, hebben we uw toestemming nodig via Smartschool.\n\n"
      "Met vriendelijke groeten,\nTom Verhaegen\n",
      d="2024-09-16 19:20", about=["P0183"], note="sports club practicalities")

    M("erasmus-oliver", A("kv"), "claire.smith@gmail.com", "Erasmus exchange - forms complete",
      "Dear Mrs Smith,\n\nGood news: Oliver's forms for the Erasmus exchange with our partner school in Dublin are complete\n"
      "and have been sent. He will stay with a host family from 6 to 13 April. The boarding house will be closed that\n"
      "week anyway.\n\nKind regards,\nKoen Vermeulen\nHead of boarding\n",
      d="2025-02-06 15:50", about=["P0058"], lang="en", note="exchange paperwork, nothing sensitive")

    M("progres-chloe", A("ye"), "m.renard@proximus.be", "Les progrès de Chloé",
      "Bonjour Madame Renard,\n\nUn petit mot pour vous dire que Chloé fait de très beaux progrès en néerlandais. Pendant\n"
      "l'étude, elle lit maintenant seule les textes de géographie et elle ose parler néerlandais à table. Bravo à elle !\n\n"
      "Bien à vous,\nYasmina El Idrissi\n",
      cs="windows-1252", cte="quoted-printable", d="2025-02-14 17:35", about=["P0052"], lang="fr",
      note="praise for progress, windows-1252")

    M("rekenboek-elise", A("ld"), "an.vandamme@hotmail.com", "Rekenboek Elise",
      "Dag mevrouw Van Damme,\n\nElise zocht gisteren in de studie haar werkboek fysica. Ze denkt dat het thuis op haar bureau\n"
      "ligt. Kunt u het zondag meegeven? Ze heeft het dinsdag nodig.\n\nGroetjes,\nLien\n",
      d="2025-03-04 19:10", about=["P0127"], note="forgotten workbook")

    M("labels-kleding-lucas-dubois", A("hl"), "marc.dubois@telenet.be", "Naamlabels kleding Lucas",
      "Beste meneer Dubois,\n\nIn de was van deze week zaten enkele kledingstukken van Lucas zonder naamlabel. Die liggen in\n"
      "de bak 'gevonden voorwerpen' in de wasruimte. Wilt u er nog labels in zetten? Dan raakt niets meer kwijt.\n\n"
      "Hanne Lemmens\n",
      d="2024-10-09 18:55", about=["P0017"], note="laundry labels; Lucas Dubois (1C), the only Dubois of his family")

    M("arrivee-manon-gare", A("kv"), "c.dupont@skynet.be", "Arrivée de Manon dimanche",
      "Bonjour Madame Dupont,\n\nC'est noté : Manon arrivera dimanche à 20h30 en gare de Leuven. Un éducateur l'attendra au\n"
      "point de rencontre du hall, avec les autres internes qui reviennent de Namur.\n\nCordialement,\nKoen Vermeulen\n",
      d="2025-01-10 11:00", about=["P0192"], lang="fr", note="Sunday arrival by train")

    M("kamerinspectie-sem", A("tv"), "ilse.vandamme@telenet.be", "Kamerinspectie",
      "Dag mevrouw Van Damme,\n\nBij de kamerinspectie van vanavond was de kamer van Sem de netste van de gang. Proficiat\n"
      "aan hem! Hij krijgt zoals beloofd een extra halfuur gsm op vrijdag.\n\nTom\n",
      d="2025-01-16 21:00", about=["P0024"],
      note="good room inspection; mother's address spells another surname (Van Damme) - correctly addressed")

    M("gsm-vergeten-stan", A("ev"), pupil_mail("Stan", "Hermans"), "je gsm",
      "Stan, je hebt je gsm laten liggen in de studiezaal. Je kan hem na het avondeten ophalen in het opvoederslokaal.\nEls\n",
      d="2024-10-30 18:05", about=["P0149"], note="forgotten phone, to the pupil himself")

    M("jaarboekfoto-lars", A("hl"), "vanhoof.stijn@telenet.be", "Foto internaatsjaarboek",
      "Beste meneer Van Hoof,\n\nVoor het jaarboek van het internaat vragen we aan elke interne een leuke foto van de\n"
      "zomervakantie. Lars is de enige van zijn gang die er nog geen heeft ingestuurd. Mag hij er één mailen naar\n"
      "internaat@spc.ksleuven.be?\n\nGroeten,\nHanne\n",
      d="2025-04-24 17:20", about=["P0263"], note="yearbook photo request")

    M("bezoek-kato", A("kv"), "bjorn.desmet@proximus.be", "Bezoek woensdagnamiddag",
      "Beste meneer Desmet,\n\nU bent woensdagnamiddag zeker welkom om Kato te bezoeken. Meld u aan bij het onthaal van het\n"
      "internaat; Kato is vanaf 13u vrij.\n\nVriendelijke groeten,\nKoen Vermeulen\n",
      d="2024-11-12 09:40", about=["P0281"], note="visit on Wednesday; same father as her brother Victor Desmet")

    M("stille-studie-ayla", A("ld"), "yilmaz.serkan@hotmail.com", "Stille studie Ayla",
      "Beste meneer Yilmaz,\n\nAyla vroeg om vanaf maandag in de stille studie te zitten in plaats van de groepsstudie.\n"
      "Dat kan: ze zit dan in lokaal B101 van 17u tot 19u. Ze mag zelf kiezen wanneer ze terugwisselt.\n\n"
      "Groeten,\nLien Daems\n",
      d="2025-01-09 18:30", about=["P0156"], note="study room choice")


# ==========================================================================
# 5. Misdirected mails (recipient) - 12 mails
# ==========================================================================

def mails_misdirected():
    M("vape-lucas-peeters-fout", A("tv"), "peeters.geert@proximus.be", "Lucas - sanctie na vapen",
      "Beste meneer Peeters,\n\nLucas Peeters (4WET) werd gisteravond betrapt met een vape op zijn kamer. De vape is in\n"
      "beslag genomen en hij heeft twee avonden strafstudie. U kunt de vape vrijdag ophalen bij het vertrek.\n\n"
      "Met vriendelijke groeten,\nTom Verhaegen\n",
      d="2024-11-06 09:30", about=["P0004"], mis=True, rules=["sensitive", "recipient"], cats=["psychosocial"],
      note="about Lucas Peeters but sent to the father of Mila Peeters (autocomplete on 'peeters')")

    M("sportzak-lucas-janssens-fout", A("ev"), "jan.peeters@telenet.be", "Sportzak Lucas",
      "Dag meneer,\n\nLucas Janssens (3ECO) heeft zijn sportzak op het internaat laten liggen en heeft morgen zwemmen.\n"
      "Kan hij hem morgen vroeg komen halen vóór de bus? Hij ligt in het opvoederslokaal.\n\nEls\n",
      d="2024-10-17 20:10", about=["P0119"], mis=True, rules=["recipient"],
      note="about Lucas Janssens but sent to the father of Lucas Peeters (same first name)")

    M("migraine-emma-willems-fout", A("gv"), "johan.wouters@telenet.be", "Emma - hoofdpijn vannacht",
      "Beste meneer,\n\nEmma Willems (3HUM) had vannacht opnieuw een zware migraine-aanval. Ik heb haar om 2u paracetamol\n"
      "gegeven en ze heeft de ochtend in de ziekenboeg gerust. Misschien is het goed om dit met de huisarts te bekijken?\n\n"
      "Met vriendelijke groeten,\nGriet Vanhoutte\nVerpleegkundige internaat\n",
      d="2025-02-11 09:00", about=["P0082"], mis=True, rules=["sensitive", "recipient"], cats=["medical"],
      note="about Emma Willems but sent to the father of Emma Wouters")

    M("herinnering-victor-desmet-fout", A("aj"), "devos.thomas@telenet.be", "Openstaande factuur internaat Victor",
      "Beste ouders,\n\nDe factuur van het internaat voor Victor Desmet (2A) voor het eerste trimester staat nog open\n"
      "(€ 1.450). Dit is een tweede herinnering. Neem gerust contact op als u een afbetalingsplan wenst.\n\n"
      "Met vriendelijke groeten,\nAnn Jacobs\nBoekhouding internaat\n",
      d="2024-12-09 10:15", about=["P0188"], mis=True, rules=["sensitive", "recipient"], cats=["financial"],
      note="unpaid fee of Victor Desmet sent to the father of Victor De Vos")

    M("re-theo-weekend-fout-draad", A("ye"), "marc.dubois@telenet.be", "RE: Naamlabels kleding Lucas",
      "Bonjour Monsieur Dubois,\n\nPour ce week-end : Théo Dubois (3LAT) reste à l'internat samedi pour le tournoi de\n"
      "volley et rentre dimanche matin avec le train de 9h12. Il a bien reçu son maillot.\n\nBien à vous,\nYasmina"
      + gmail_quote("marc.dubois@telenet.be", "2024-10-09 21:02",
                    "Goedendag, ik zet er dit weekend labels in. Groeten, Marc Dubois"),
      d="2024-10-10 13:20", reply=True, fmt=["reply"], about=["P0045"], mis=True, rules=["recipient"], lang="fr",
      note="reply in the wrong thread: news about Théo Dubois sent to the father of Lucas Dubois (old subject still names his son)")

    M("clb-noor-claes-fout", A("sd"), "evi.claes@telenet.be", "Opvolging Noor",
      "Beste mevrouw Claes,\n\nZoals besproken heb ik Noor Claes (5WEWI) aangemeld bij het CLB voor een onderzoek naar\n"
      "faalangst en concentratieproblemen. De CLB-medewerker neemt volgende week contact met u op. In afwachting krijgt\n"
      "Noor in de studie een vaste plaats in de stille zaal.\n\nMet vriendelijke groeten,\nSarah Dewitte\n",
      d="2024-11-14 14:45", about=["P0023"], mis=True, rules=["sensitive", "recipient"], cats=["psychosocial", "care"],
      note="CLB follow-up of Noor Claes sent to Evi Claes, mother of Daan Smets (autocomplete)")

    M("academie-julie-claes-fout", A("ld"), "bart.claes@telenet.be", "Muziekacademie dinsdag",
      "Beste meneer Claes,\n\nJulie Claes (6LAWI) mag dinsdag een uur vroeger vertrekken voor haar examen aan de\n"
      "muziekacademie. Ze eet dan bij terugkomst. Veel succes gewenst!\n\nLien Daems\n",
      d="2025-06-02 12:10", about=["P0258"], mis=True, rules=["recipient"],
      note="about Julie Claes but sent to the father of Noor and Sem Claes")

    M("vape-mats-willems-fout", A("hl"), "willems.family@gmail.com", "Mats - vape",
      "Beste ouders,\n\nMats Willems werd vanavond betrapt met een vape op de gang van de tweede verdieping. Volgens het\n"
      "reglement volgt een woensdagnamiddag strafstudie. Graag uw handtekening op de nota in Smartschool.\n\nHanne Lemmens\n",
      d="2025-03-12 21:40", about=["P0036"], mis=True, rules=["sensitive", "recipient"], cats=["psychosocial"],
      note="sanction of Mats Willems sent to the parent of Emma Willems (another Willems family)")

    M("kamerwissel-ella-fout", A("tv"), "stefan.mertens@telenet.be", "Kamerwissel Ella",
      "Beste meneer Mertens,\n\nElla Mertens (1B) verhuist maandag naar kamer 104, bij twee meisjes van haar klas. Ze mag haar\n"
      "spullen zondagavond al overbrengen.\n\nGroeten,\nTom Verhaegen\n",
      d="2025-01-08 16:00", about=["P0269"], mis=True, rules=["recipient"],
      note="about Ella Mertens but sent to the father of Jonas Mertens")

    M("oliver-medical-wrong-smith", A("gv"), "smith.d@outlook.com", "Oliver - asthma inhaler",
      "Dear Mr Smith,\n\nOliver Smith (6WEWI) used his asthma inhaler three times last night and was short of breath\n"
      "during the fire drill. Could you ask his GP whether his medication needs to be adjusted?\n\n"
      "Kind regards,\nGriet Vanhoutte\nBoarding school nurse\n",
      d="2025-04-28 08:40", about=["P0058"], mis=True, rules=["sensitive", "recipient"], cats=["medical"], lang="en",
      note="asthma of Oliver Smith sent to the father of Olivia Smith")

    M("ophalen-amira-fout-amrani", A("kv"), "amrani.mohamed@hotmail.com", "Ophalen vrijdag",
      "Beste meneer,\n\nGoed ontvangen: vrijdag haalt u Amira Benali om 15u30 op aan het internaat. Ik heb het aan de\n"
      "opvoeders doorgegeven.\n\nMet vriendelijke groeten,\nKoen Vermeulen\n",
      d="2024-10-24 12:00", about=["P0031"], mis=True, rules=["recipient"],
      note="pick-up of Amira Benali confirmed to the father of Bilal Amrani (autocomplete on 'am')")

    M("yusuf-zondag-fout-draad", A("ev"), "yilmaz.serkan@hotmail.com", "RE: Stille studie Ayla",
      "Dag meneer,\n\nIn orde, Yusuf Demir mag zondag pas om 21u30 terugkomen na het familiefeest. Ik heb het op de\n"
      "lijst van de zondagavond gezet.\n\nEls Vandeputte",
      d="2025-01-10 17:15", reply=True, fmt=["reply"], about=["P0063"], mis=True, rules=["recipient"],
      note="reply in the wrong thread: Yusuf Demir's return time sent to the father of Ayla Yilmaz (old subject names Ayla)")


# ==========================================================================
# 6. General letters to all parents / all staff (must pass) - 20 mails
# ==========================================================================

STAFF_INT = [addr(k) for k in ("kv", "ev", "bc", "ye", "tv", "ld", "pj", "hl", "gv")]


def mails_general():
    allp = boarder_parents()
    M("weekendregeling-oktober", A("kv"), A("kv"), "Internaat: weekendregeling en vertrekuren oktober",
      blocks=["Beste ouders,",
              "Hieronder de vertrek- en terugkomuren voor de weekends van oktober. Internen die met de trein vertrekken, "
              "worden door een opvoeder tot aan het station begeleid.",
              ("table", [["Weekend", "Vertrek vrijdag", "Terugkomst", "Opmerking"],
                         ["4-6 okt", "15u30", "zo 19u-21u30", ""],
                         ["11-13 okt", "15u30", "zo 19u-21u30", ""],
                         ["18-20 okt", "12u05", "zo 19u-21u30", "pedagogische studiedag vrijdagnamiddag"],
                         ["25 okt-3 nov", "vr 15u30", "zo 3 nov 19u-21u30", "herfstvakantie, internaat gesloten"]]),
              "Wie uitzonderlijk op een ander uur vertrekt, meldt dat via Smartschool aan de opvoeder van de gang.",
              "Met vriendelijke groeten,\nKoen Vermeulen\nBeheerder internaat"],
      bcc=allp, d="2024-09-27 12:00", note="weekly weekend-departure letter to all boarding parents in BCC")

    M("internaatsreglement-2024", A("kv"), "undisclosed-recipients:;", "Internaatsreglement 2024-2025",
      "Beste ouders,\n\nIn bijlage vindt u het internaatsreglement voor dit schooljaar. Nieuw dit jaar:\n"
      "- gsm's en laptops worden om 22u30 (eerste graad: 21u30) afgegeven aan de opvoeder\n"
      "- bezoek op de kamers is enkel toegestaan tussen 17u en 19u\n"
      "- roken en vapen is overal verboden, ook op de binnenkoer\n\n"
      "Wij vragen u het reglement samen met uw zoon of dochter door te nemen en het ondertekende strookje in Smartschool\n"
      "te bevestigen.\n\nMet vriendelijke groeten,\nHet internaatsteam\n",
      att=[("Internaatsreglement_2024-2025.pdf", "application/pdf",
            pdf(["Internaatsreglement Sint-Pieterscollege Leuven 2024-2025", "",
                 "1. Dagindeling: opstaan 6u50, ontbijt 7u15, studie 17u00-19u00 en 19u30-21u00.",
                 "2. Gsm en laptop: afgeven om 22u30 (eerste graad 21u30).",
                 "3. Kamerinspectie: maandelijks, aangekondigd op het prikbord.",
                 "4. Alcohol, drugs, roken en vapen zijn verboden; sancties volgens art. 12.",
                 "5. Medicatie wordt bewaard en toegediend door de opvoeders of de verpleegkundige.",
                 "6. Weekends: vertrek vrijdag 15u30, terugkomst zondag tussen 19u en 21u30."], title="Internaatsreglement"))],
      bcc=allp, group=False, d="2024-08-30 10:00", note="boarding rules (PDF) to all parents in BCC, To = undisclosed-recipients")

    M("studie-examens-december", A("ld"), A("ld"), "Avondstudie tijdens de examens van december",
      "Beste ouders,\n\nTijdens de examenperiode (9 tot 20 december) passen we de avondstudie aan:\n\n"
      "- 16u30-18u00: stille studie voor iedereen\n- 18u00: avondmaal\n- 18u45-20u45: stille studie, eerste graad tot 20u15\n"
      "- 21u30: iedereen op de kamer, lichten uit om 22u (tweede en derde graad 22u30)\n\n"
      "Leerlingen die een examen afleggen in de namiddag mogen ook 's middags in de studiezaal werken.\n\n"
      "Met vriendelijke groeten,\nLien Daems, namens het internaatsteam\n",
      bcc=allp, d="2024-12-02 16:00", note="study-hour schedule to all parents in BCC")

    M("laptopafspraken", A("dvl"), A("dvl"), "Afspraken laptops op het internaat",
      "Beste ouders,\n\nOp het internaat gelden voor laptops de volgende afspraken:\n"
      "1. Tijdens de studie wordt de laptop enkel voor schoolwerk gebruikt; gamen is niet toegestaan.\n"
      "2. Om 22u30 gaan laptops in de afgesloten laptopkast op de gang.\n"
      "3. Wachtwoorden deel je met niemand, ook niet met een kamergenoot.\n"
      "4. Bij problemen helpt de ICT-dienst op dinsdag en donderdag na de lessen.\n\n"
      "Met vriendelijke groeten,\nDirk Van Looy\nICT-coördinator\n",
      cte="quoted-printable", bcc=allp, d="2024-09-06 13:00", note="laptop rules to all parents, mentions passwords but carries none")

    M("wifi-afspraken-ouders", A("kv"), A("kv"), "Wifi op het internaat",
      "Beste ouders,\n\nVanaf dit schooljaar is er een nieuw wifinetwerk op de kamers. De sleutel krijgen de internen op\n"
      "zondagavond van hun opvoeder; we sturen hem niet per mail. De wifi wordt op weekdagen om 22u30 uitgeschakeld\n"
      "(vrijdag en zondag 23u30). Een eigen 4G-router is niet toegestaan.\n\nMet vriendelijke groeten,\nKoen Vermeulen\n",
      bcc=allp, d="2024-09-01 18:00", note="Wi-Fi rules without the key, to all parents")

    M("medicatiebeleid", A("gv"), A("gv"), "Medicatie op het internaat: afspraken",
      blocks=["Beste ouders,",
              "Op het internaat bewaren de opvoeders en de verpleegkundige alle medicatie in een afgesloten kast. "
              "Wij dienen enkel medicatie toe met een ingevuld attest van de behandelende arts.",
              ("table", [["Wat", "Hoe"],
                         ["Vaste medicatie", "attest arts + medicatie in originele verpakking met naam"],
                         ["Medicatie bij nood (pijnstiller)", "toestemming via formulier in Smartschool"],
                         ["Nieuwe medicatie tijdens het jaar", "nieuw attest, afgeven aan de opvoeder op zondag"]]),
              "Bij ziekte 's nachts verwittigt de nachtopvoeder de verpleegkundige of de huisarts van wacht en daarna de ouders.",
              "Met vriendelijke groeten,\nGriet Vanhoutte\nVerpleegkundige internaat"],
      bcc=allp, d="2024-09-10 17:00", note="general medication policy, nobody named")

    M("pestbeleid", A("sd"), A("sd"), "Samen tegen pesten op het internaat",
      "Beste ouders,\n\nOp het internaat wonen 120 jongeren samen. Pesten, uitsluiten of online kwetsen aanvaarden we niet.\n"
      "Wat doen we?\n- elke gang heeft een vertrouwensopvoeder\n- we werken met herstelgesprekken\n"
      "- bij ernstige feiten volgt een sanctie volgens het reglement\n\n"
      "Merkt u thuis dat uw kind het moeilijk heeft, neem dan contact op met de leerlingenbegeleiding.\n\n"
      "Met vriendelijke groeten,\nSarah Dewitte\nZorgcoördinator\n",
      bcc=allp, d="2024-10-01 12:00", note="bullying policy letter, no individual")

    M("factuur-tweede-trimester-allen", A("aj"), A("aj"), "Factuur internaat 2de trimester",
      "Beste ouders,\n\nDe factuur van het internaat voor het tweede trimester staat vanaf vandaag in Smartschool (module\n"
      "Schoolrekening). Gelieve te betalen vóór 31 januari met de gestructureerde mededeling op de factuur.\n"
      "Ondervindt u moeilijkheden om de rekening te betalen, neem dan discreet contact op met de boekhouding;\n"
      "samen zoeken we een oplossing.\n\nMet vriendelijke groeten,\nAnn Jacobs\nBoekhouding internaat\n",
      bcc=allp, d="2025-01-06 09:00", note="payment reminder to all parents, nobody named, no IBAN")

    M("clb-infobrief", A("sd"), A("sd"), "Het CLB en het internaat",
      "Beste ouders,\n\nOok op het internaat kunnen uw kinderen terecht bij het Vrij CLB. De CLB-medewerker is elke tweede\n"
      "dinsdagavond aanwezig in het bureel naast de studiezaal. Leerlingen kunnen vrij binnenlopen of een afspraak\n"
      "maken via de opvoeder. Meer informatie vindt u in de brochure in bijlage.\n\nMet vriendelijke groeten,\nSarah Dewitte\n",
      att=[("CLB_en_internaat.pdf", "application/pdf",
            pdf(["Vrij CLB en het internaat", "", "Waarvoor kan je bij het CLB terecht?",
                 "- leren en studeren", "- onderwijsloopbaan", "- psychisch en sociaal functioneren",
                 "- preventieve gezondheidszorg", "", "Aanwezigheid: elke tweede dinsdag, 19u-21u."], title="CLB"))],
      bcc=allp, d="2024-09-20 15:00", note="CLB information letter to all parents")

    M("rooster-opvoeders-december", A("kv"), A("kv"), "Rooster opvoeders december",
      blocks=["Dag collega's,", "Het rooster voor december:",
              ("table", [["Week", "Avond jongens", "Avond meisjes", "Nacht", "Zondag"],
                         ["2-6 dec", "Tom", "Yasmina", "Bram", "Els"],
                         ["9-13 dec", "Els", "Hanne", "Pieter-Jan", "Tom"],
                         ["16-20 dec", "Tom", "Yasmina", "Bram", "Lien"]]),
              "Vanaf 21 december is het internaat gesloten. Fijne feestdagen alvast!\nKoen"],
      bcc=STAFF_INT, d="2024-11-27 13:30", note="staff rota (HTML table) to boarding staff in BCC")

    M("lettre-weekend-francophones", A("ye"), A("ye"), "Internat : horaires des week-ends de novembre",
      "Chers parents,\n\nVoici les horaires des week-ends de novembre :\n\n"
      "- départ le vendredi à 15h30 ; les internes qui prennent le train vers Namur ou Bruxelles sont accompagnés\n"
      "  jusqu'à la gare ;\n- retour le dimanche entre 19h et 21h30 ;\n"
      "- le vendredi 8 novembre, départ à 12h05 (conseil de classe).\n\n"
      "Pour toute modification, merci de prévenir l'éducateur via Smartschool.\n\n"
      "Bien cordialement,\nL'équipe de l'internat\n",
      cs="windows-1252", cte="quoted-printable",
      bcc=boarder_parents(lambda r: r[2] in LAST_FR or r[0] in ("P0045", "P0052", "P0122", "P0170", "P0192", "P0206", "P0223", "P0287", "P0008")),
      d="2024-10-30 16:00", lang="fr", note="French weekend letter to French-speaking parents in BCC")

    M("letter-international-parents", A("kv"), A("kv"), "Boarding house - information for parents abroad",
      "Dear parents,\n\nA few practical points for families living abroad:\n"
      "- The boarding house is closed during all school holidays and on the weekends marked in the calendar.\n"
      "- Boarders travelling by plane must be collected at the boarding house or at Leuven station by an adult\n"
      "  mentioned on the authorisation form.\n- Please keep your contact details in Smartschool up to date.\n\n"
      "Kind regards,\nKoen Vermeulen\nHead of boarding\n",
      bcc=["james.smith@gulfenergy-consult.com", "claire.smith@gmail.com", "sean.obrien@eircom.net",
           "smith.d@outlook.com", "rebecca.jones.smith@gmail.com", "katarzyna.nowak@gmail.com", "ivana.kovac@gmail.com"],
      d="2024-09-04 09:00", lang="en", note="English general letter for parents abroad, BCC")

    M("kerstsluiting", A("kv"), A("kv"), "Internaat gesloten tijdens de kerstvakantie",
      "Beste ouders,\n\nHet internaat sluit op vrijdag 20 december om 12u05 en gaat terug open op zondag 5 januari om 19u.\n"
      "Wilt u erop letten dat uw zoon of dochter alle voedingswaren van de kamer meeneemt? Op vrijdagochtend doen we een\n"
      "korte kamerinspectie.\n\nWe wensen u alvast fijne feestdagen!\nHet internaatsteam\n",
      cte="base64", bcc=allp, d="2024-12-16 11:00", note="Christmas closure letter, base64")

    M("infoavond-nieuwe-internen", A("kv"), A("kv"), "Uitnodiging infoavond nieuwe internen",
      blocks=["Beste ouders,",
              "U bent van harte welkom op de infoavond voor de ouders van nieuwe internen op dinsdag 17 september om "
              "19u30 in de refter van het internaat. U kunt ook online volgen:",
              "Microsoft Teams-vergadering\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWIzYjQ5%40thread.v2/0\n"
              "Vergadering-id: 318 224 907 556\nWachtwoordcode: p8Tq3V",
              "Met vriendelijke groeten,\nKoen Vermeulen"],
      bcc=boarder_parents(lambda r: r[3][0] in "12"), d="2024-09-09 12:00",
      note="invitation with a Teams meeting passcode (allowed) to parents of first-grade boarders, BCC")

    M("personeelsvergadering-internaat", A("kv"), A("kv"), "Personeelsvergadering internaat 5 februari",
      "Dag collega's,\n\nOnze personeelsvergadering gaat door op woensdag 5 februari om 14u in het opvoederslokaal.\n"
      "Agenda:\n1. evaluatie nachtdiensten\n2. nieuwe regeling zondagavond\n3. brandoefening\n4. varia\n\n"
      "Wie niet kan, laat het me weten.\nKoen\n",
      bcc=STAFF_INT + ["sdw@spc.ksleuven.be", "ann.jacobs@sintpieterscollege.be"], d="2025-01-27 10:00",
      note="staff meeting invitation to all boarding staff in BCC")

    M("kamerinspecties-aankondiging", A("tv"), A("tv"), "Kamerinspecties dit trimester",
      "Beste ouders,\n\nOok dit trimester doen we maandelijks een aangekondigde kamerinspectie (orde, hygiëne, veiligheid).\n"
      "De data hangen aan het prikbord in elke gang. Elektrische toestellen zoals waterkokers en verlengkabels met\n"
      "meerdere stekkers zijn niet toegestaan op de kamers.\n\nMet vriendelijke groeten,\nTom Verhaegen\n",
      bcc=allp, d="2025-01-13 16:00", note="room inspection announcement to all parents")

    M("alcohol-vapen-beleid", A("kv"), A("kv"), "Alcohol en vapen: herinnering aan de afspraken",
      "Beste ouders,\n\nDe laatste weken merken we dat vapes opnieuw hun weg vinden naar het internaat. Daarom herhalen we\n"
      "de afspraken: alcohol, roken en vapen zijn verboden op het hele domein. Gevonden producten worden in beslag\n"
      "genomen en de ouders worden verwittigd. Bij herhaling volgt een tijdelijke uitsluiting van het internaat.\n"
      "Praat er thuis gerust over met uw zoon of dochter.\n\nMet vriendelijke groeten,\nKoen Vermeulen\n",
      bcc=allp, d="2025-02-17 12:00", note="general reminder of alcohol and vaping policy; nobody named")

    M("ziekte-nacht-procedure", A("gv"), A("gv"), "Wat als uw kind 's nachts ziek wordt?",
      "Beste ouders,\n\nWordt een interne 's nachts ziek, dan verwittigt de nachtopvoeder de verpleegkundige. Indien nodig\n"
      "roepen we de huisarts van wacht of, in dringende gevallen, de hulpdiensten. We verwittigen u zo snel mogelijk,\n"
      "ook 's nachts als het nodig is. Zorg er daarom voor dat uw telefoonnummer in Smartschool klopt.\n\n"
      "Met vriendelijke groeten,\nGriet Vanhoutte\nVerpleegkundige internaat\n",
      bcc=allp, d="2024-10-04 09:30", note="general night-illness procedure, no phone number")

    M("brandoefening-nacht-personeel", A("kv"), A("kv"), "Nachtelijke brandoefening - info voor het personeel",
      "Dag collega's,\n\nIn de week van 10 maart houden we een onaangekondigde nachtelijke brandoefening. De nachtopvoeder\n"
      "volgt het evacuatieplan (verzamelplaats: speelplaats kant Vaartstraat) en telt de internen met de aanwezigheidslijst.\n"
      "De technische dienst zet het alarm daarna terug aan.\n\nKoen\n",
      bcc=STAFF_INT + ["jef.aerts@sintpieterscollege.be"], d="2025-02-28 11:15",
      note="fire drill info to staff in BCC")

    M("examenperiode-juni", A("ld"), A("ld"), "Examens juni: studie en stilte op het internaat",
      blocks=["Beste ouders,",
              "Vanaf maandag 2 juni geldt op het internaat het examenregime:",
              ("table", [["Tijd", "Activiteit"],
                         ["16u00-18u00", "stille studie"], ["18u00-18u45", "avondmaal en ontspanning"],
                         ["18u45-21u00", "stille studie (eerste graad tot 20u30)"], ["22u00", "lichten uit"]]),
              "Wie na zijn laatste examen naar huis mag, meldt dat via Smartschool.",
              "Met vriendelijke groeten,\nLien Daems"],
      cs="windows-1252", bcc=allp, d="2025-05-26 15:00", note="exam regime letter, Outlook HTML in windows-1252")


# ==========================================================================
# 7. Other ordinary mail: bcc, private_account, attachment, personal_data
# ==========================================================================

def mails_other():
    to_vis = boarder_parents(lambda r: r[3] in ("1A", "1B"))[:9]
    M("weekend-ouders-zichtbaar", A("ev"), to_vis, "Uitstap zaterdag internen eerste jaar",
      "Beste ouders,\n\nDe internen van het eerste jaar die dit weekend op het internaat blijven, gaan zaterdag naar het\n"
      "Provinciedomein Kessel-Lo. Vertrek 13u30, terug rond 17u. Graag een regenjas en een drinkbus meegeven.\n\n"
      "Groetjes,\nEls Vandeputte\n",
      d="2024-10-02 14:30", rules=["bcc"], note="nine parents' addresses visible to each other in To")

    M("ouders-internaat-groep", A("kv"), "Ouders internaat <ouders-internaat@spc.ksleuven.be>", "Oudercontact internaat 28 november",
      "Beste ouders,\n\nOp donderdag 28 november kunt u tussen 17u en 20u de opvoeders spreken over het welbevinden van uw\n"
      "zoon of dochter op het internaat. Inschrijven via Smartschool > Oudercontact.\n\nMet vriendelijke groeten,\nKoen Vermeulen\n",
      d="2024-11-12 11:10", group=True, rules=["bcc"], note="parents' group list address in To instead of BCC")

    M("rooster-cc-personeel", A("kv"), A("ev"), "Vervanging zondagavond 17/11",
      "Els,\n\nKun jij zondag 17/11 de terugkomst doen in plaats van Tom? Ik zet het hele team in kopie zodat iedereen het\n"
      "rooster kent.\n\nKoen\n",
      cc=["Personeel internaat <personeel-internaat@spc.ksleuven.be>"], d="2024-11-13 09:45", group=True,
      rules=["bcc"], note="staff group list in CC (a group address belongs in BCC)")

    M("netwerkoverleg-partners-zichtbaar", A("kv"),
      ["katrien.mertens@vclbdijle.be", "dr.boon@groepspraktijkdeabdij.be", "jeugdwerking@basketheverlee.be",
       "info@kunstacademie-dijleland.be"],
      "Netwerkmoment internaat - uitnodiging",
      "Geachte partners,\n\nGraag nodigen we jullie uit voor ons jaarlijks netwerkmoment met de partners van het internaat\n"
      "(CLB, huisartsenpraktijk, sportclubs, academie) op woensdag 22 januari om 15u. We bespreken de algemene\n"
      "afspraken rond vervoer, ziekte en vrije tijd.\n\nMet vriendelijke groeten,\nKoen Vermeulen\nBeheerder internaat\n",
      d="2025-01-07 10:20", rules=["bcc"], note="four outside partners visible to each other in To")

    M("leerlingenlijst-in-to", A("tv"), "Internen jongens <internen-jongens@leerling.sintpieterscollege.be>", "Voetbal woensdag",
      "Mannen,\n\nWoensdag om 14u voetbal tegen de internen van Heverlee. Wie meespeelt, schrijft zich in op de lijst aan het\n"
      "opvoederslokaal. Sportschoenen verplicht!\n\nMeneer Verhaegen\n",
      d="2024-10-21 17:00", group=True, rules=["bcc"], note="pupil list address in To")

    M("uitstap-vanaf-prive", "Tom Verhaegen <tomverhaegen@telenet.be>", "griet.bogaerts@hotmail.com", "Zaterdag klimmen",
      "Dag mevrouw Bogaerts,\n\nVoor de klimnamiddag van zaterdag met de internen die blijven: Nina mag mee, ze heeft\n"
      "wel klimschoenen nodig (maat 39 kunnen we huren). Vertrek om 13u aan het internaat.\n\nTom Verhaegen\n(opvoeder)\n",
      d="2024-11-08 21:30", about=["P0236"], rules=["private_account"],
      note="educator writes school business to a parent from his private telenet mailbox")

    M("fw-rooster-naar-hotmail", A("ev"), "els.vdputte@hotmail.com", "FW: Rooster opvoeders december",
      "om thuis te bekijken"
      + fwd_block("Koen Vermeulen <koen.vermeulen@sintpieterscollege.be>", "Els Vandeputte", "2024-11-27 13:30",
                  "Rooster opvoeders december",
                  "Dag collega's,\n\nHet rooster voor december staat in de bijlage van de vorige mail; vanaf 21 december\n"
                  "is het internaat gesloten.\n\nKoen\n"),
      d="2024-11-27 18:02", fmt=["forward"], rules=["private_account"],
      note="staff forwards school mail to her own private hotmail")

    med2 = [["Leerling", "Medicatie", "Tijdstip"],
            [name("P0012"), "Rilatine MR 20 mg (ADHD)", "7u15"],
            [name("P0241"), "Keppra 500 mg", "7u15 en 20u30"]]
    M("fw-medicatie-naar-gmail", A("hl"), "hanne.lemmens.home@gmail.com", "FW: Medicatielijst internaat - 2de trimester",
      blocks=["Om thuis af te drukken, mijn printer hier doet het niet.",
              "-----Oorspronkelijk bericht-----\nVan: Griet Vanhoutte\nOnderwerp: Medicatielijst internaat - 2de trimester",
              ("table", med2)],
      d="2025-01-06 19:10", fmt=["forward"], about=["P0012", "P0241"],
      rules=["sensitive", "private_account"], cats=["medical", "care"],
      note="medication list with diagnoses forwarded to the educator's private gmail")

    M("squash-prive", A("tv"), "wouter.gysen@gmail.com", "squash dinsdag?",
      "Hey Wouter, dinsdag om 20u30 squash in Heverlee? Ik heb vrij na de studie. Tom\n",
      d="2024-10-14 12:30", note="limited personal use of the school account; private matter, no rule")

    M("verjaardag-vriend-prive", "Bram Coppens <bram.coppens84@gmail.com>", "jelle.vranckx@outlook.com", "zaterdag",
      "Jelle, ik ben er zaterdag bij voor je verjaardag, ik breng de bbq-tang mee. Bram\n",
      d="2025-04-30 19:00", note="staff member's private mail about a private matter: fine")

    M("reset-script-ps1", A("dvl"), A("kv"), "Script om de leenlaptops te resetten",
      "Koen,\n\nIn bijlage het script om de leenlaptops van het internaat na elk trimester terug te zetten.\n"
      "Rechtsklik > Uitvoeren met PowerShell op elke laptop.\n\nDirk\n",
      att=[("reset_internaatslaptops.ps1", "application/octet-stream",
            b"# Reset internaatslaptops\r\nRemove-Item -Recurse -Force C:\\Users\\leerling\\Downloads\\*\r\n"
            b"Set-ExecutionPolicy Bypass -Scope Process -Force\r\nStart-Process -FilePath \"C:\\Windows\\System32\\sysprep\\sysprep.exe\" -ArgumentList \"/oobe /reboot\"\r\n")],
      d="2025-03-31 16:10", rules=["attachment"], note="PowerShell script attachment")

    M("planning-xlsm", A("kv"), [A("ev"), A("tv")], "Nieuwe planningstool zondagavond",
      "Els, Tom,\n\nIk heb een Excel gemaakt met een knop die automatisch de kamerlijsten van zondag genereert. Macro's\n"
      "inschakelen als Excel het vraagt.\n\nKoen\n",
      att=[("Planning_zondagavond.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12",
            xlsx([["Gang", "Opvoeder", "Aantal kamers"], ["Gelijkvloers", "Tom", 12], ["Eerste", "Els", 14]], macro=True))],
      d="2024-10-25 15:00", rules=["attachment"], note="macro-enabled Excel attachment")

    M("badgelezer-zip", A("ja"), "support@securadijle.be", "RE: software badgelezer",
      "Goedemiddag,\n\nIn bijlage de installatiebestanden die we van jullie vorige technieker kregen, zodat u kunt nagaan\n"
      "welke versie er nu draait.\n\nJef Aerts\nTechnische dienst\n",
      att=[("badgelezer_installatie.zip", "application/zip",
            _zip([("setup_badgereader.exe", fake_exe("BadgeReader 3.2")),
                  ("install.bat", "@echo off\r\nsetup_badgereader.exe /silent\r\nnet start BadgeSvc\r\n"),
                  ("leesmij.txt", "Installatie badgelezer internaat - versie 3.2\r\n")]))],
      d="2025-02-03 13:15", reply=True, fmt=["reply"], rules=["attachment"],
      note="zip archive containing an .exe and a .bat")

    M("rooster-docm", A("kv"), A("ld"), "sjabloon nachtrapport",
      "Lien, hier het nieuwe sjabloon voor het nachtrapport (met de knop 'verstuur'). Sla het op in de gedeelde map.\nKoen\n",
      att=[("Sjabloon_nachtrapport.docm", "application/vnd.ms-word.document.macroEnabled.12",
            docx(["Nachtrapport internaat", "Datum:", "Nachtopvoeder:", "Bijzonderheden:"], macro=True))],
      d="2024-09-30 11:40", rules=["attachment"], note="macro-enabled Word attachment")

    M("contact-sportclub-gsm", A("kv"), "jeugdwerking@basketheverlee.be", "Contact internaat voor trainingen",
      "Dag Bart,\n\nVoor de internen die bij jullie trainen: als er 's avonds iets is, kunt u de opvoeder van dienst bereiken\n"
      "op de gsm van de nachtdienst: " + NACHT_GSM + " (van 18u tot 8u). Overdag: het internaat op " + INTERNAAT_TEL + ".\n\n"
      "Met vriendelijke groeten,\nKoen Vermeulen\n",
      d="2024-09-19 10:30", rules=["personal_data"], note="Belgian phone numbers given to a sports club; no pupil")

    hostel = [["Naam", "Voornaam", "Geboortedatum", "Klas"],
              ["Jacobs", "Arne", "14/02/2012", "1A"], ["Smets", "Daan", "03/09/2012", "1A"],
              ["Van Hoof", "Lars", "27/11/2011", "1A"], ["Bosmans", "Vic", "08/06/2012", "1B"],
              ["Segers", "Tess", "19/01/2012", "1C"], ["Chahid", "Rania", "30/04/2012", "1A"]]
    M("lijst-jeugdherberg-geboortedata", A("ns"), "groepen@jeugdherberg-kempen.be", "Groepsreservatie internaat 7-9 maart - deelnemerslijst",
      "Goedemiddag,\n\nIn bijlage de deelnemerslijst voor ons weekend met de internen van het eerste jaar (7-9 maart),\n"
      "zoals gevraagd met geboortedata voor jullie registratie.\n\nMet vriendelijke groeten,\nNathalie Smets\nLeerlingensecretariaat\n",
      att=[("deelnemers_internaat_weekend.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx(hostel, sheet="Deelnemers"))],
      d="2025-02-18 14:00", about=["P0134", "P0230", "P0263", "P0131", "P0073", "P0137"],
      rules=["personal_data"], note="participant list with dates of birth sent to a youth hostel")
    MAILS[-1]["attext"] = " ".join("%s %s" % (r[1], r[0]) for r in hostel[1:])

    M("waarborg-terug-febe", A("aj"), "cools.rik@proximus.be", "Terugbetaling waarborg sleutel",
      "Beste meneer Cools,\n\nFebe heeft haar kamersleutel en badge ingeleverd. We storten de waarborg van € 50 terug op\n"
      "het rekeningnummer dat u opgaf: " + iban_be("0012345678") + ".\n\nMet vriendelijke groeten,\nAnn Jacobs\n",
      d="2025-06-25 10:00", about=["P0079"], rules=["personal_data"],
      note="refund of a key deposit to a parent's IBAN; not a financial problem")

    M("verwarming-kapot", A("kv"), A("ja"), "Verwarming 3de verdieping",
      "Jef,\n\nDe radiatoren in kamers 301 tot 306 blijven koud sinds vanmiddag. Kun jij vandaag nog kijken? Anders zet ik\n"
      "de jongens van die kamers vannacht in de studiezaal met matrassen.\n\nKoen\n",
      d="2024-11-20 15:10", note="ordinary facilities mail")

    M("bestelling-brood", A("rm"), "bestellingen@bakkerij-vandijle.be", "Bestelling internaat week 47",
      "Goedemorgen,\n\nVoor volgende week graag per dag 14 grote bruine broden, 6 witte en 120 sandwiches (ma-do).\n"
      "Vrijdag enkel ontbijt: 10 broden. Levering zoals altijd om 6u45 aan de keukeningang.\n\nRudi Maes\nChef-kok\n",
      d="2024-11-14 08:15", note="ordinary supplier mail")

    M("ok-late-dienst", A("pj"), A("kv"), "Re: zondag",
      "Ok, ik neem zondag de late dienst. Tot dan!\n\nVerzonden vanaf mijn iPhone\n",
      d="2025-03-07 19:52", reply=True, fmt=["phone", "reply"], hdr={"X-Mailer": "iPhone Mail (21H16)"},
      note="one-line reply from a phone")

    M("vraag-dpo-fotos", A("hl"), "privacy@lksd.ksleuven.be", "Vraag: foto's van de internen op Instagram",
      "Beste,\n\nWe willen een Instagram-pagina maken voor het internaat met foto's van activiteiten. Mogen we foto's van\n"
      "internen posten als de ouders bij de inschrijving toestemming gaven voor 'foto's op de website'? En moet de pagina\n"
      "op naam van de school staan?\n\nAlvast bedankt,\nHanne Lemmens\nOpvoeder internaat\n",
      d="2025-03-25 13:00", note="question to the DPO, no personal data")


def collect():
    mails_password()
    mails_lookalike()
    mails_sensitive()
    mails_personal_ok()
    mails_misdirected()
    mails_general()
    mails_other()


if __name__ == "__main__":
    collect()
    main()
