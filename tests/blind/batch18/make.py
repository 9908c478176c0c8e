#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build batch18: 150 labelled outgoing mails of the fictional Sint-Pieterscollege Heverlee.

Deterministic: fixed dates, boundaries, message-ids and a seeded roster.
Run:  python3 make.py      (writes *.eml, labels.yaml, roster.csv in this folder)
Only the standard library is used.
"""
import base64
import csv
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
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ("sintpieterscollege.be", "ksleuven.be")
GROUP_LOCALS = ("ouders", "leerlingen", "personeel", "klas-", "vakgroep-", "ouders-", "leerkrachten-")

# --------------------------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------------------------
CLASSES = [f"{g}{c}" for g in range(1, 7) for c in "ABCD"]
SIZES = {k: (13 if int(k[0]) <= 3 else 12) for k in CLASSES}  # 12*13 + 12*12 = 300


def slugname(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ı", "i").replace("ł", "l")
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def pupil_mail(first, last):
    return f"{slugname(first)}.{slugname(last)}@leerling.sintpieterscollege.be"


# key: (first, last, class, parent1, parent2)
FEATURED = [
    # 1A
    ("noor", "Noor", "Vandeputte", "1A", "els.vandeputte@telenet.be", "jan.vandeputte76@gmail.com"),
    ("wout", "Wout", "Janssens", "1A", "katrien.brepoels@skynet.be", "wim.janssens@telenet.be"),
    ("jules", "Jules", "Van Rompaey", "1A", "vanrompaey.gezin@telenet.be", ""),
    ("lotte_v", "Lotte", "Vermeulen", "1A", "sarah.vermeulen@gmail.com", "pieter.vermeulen@proximus.be"),
    ("lotte_h", "Lotte", "Verhelst", "1A", "an.verhelst@telenet.be", "bart.verhelst@outlook.com"),
    ("mila", "Mila", "Bogaerts", "1A", "mila.bogaerts.mama@gmail.com", ""),
    ("julie_b", "Julie", "Boon", "1A", "griet.boon@telenet.be", "kris.boon@telenet.be"),
    # 1B
    ("sami", "Sami", "Ouali", "1B", "h.ouali@hotmail.com", "nadia.ouali@gmail.com"),
    ("jana", "Jana", "Smolders", "1B", "smolders.marleen@skynet.be", ""),
    ("siebe", "Siebe", "Dewit", "1B", "dewit.thomas@gmail.com", "lien.dewit@telenet.be"),
    ("ibrahim", "Ibrahim", "Yıldız", "1B", "ayse.yildiz@hotmail.com", "mehmet.yildiz@gmail.com"),
    ("sien", "Sien", "Wauters", "1B", "wauters.vos@telenet.be", ""),
    ("sem_wo", "Sem", "Wouters", "1B", "kim.wouters82@gmail.com", "dries.wouters@telenet.be"),
    ("sem_wu", "Sem", "Wuyts", "1B", "wuyts.famille@skynet.be", "ines.wuyts@gmail.com"),
    # 1C
    ("ward", "Ward", "Leemans", "1C", "tine.leemans@telenet.be", "koen.leemans@proximus.be"),
    ("warre", "Warre", "Lemmens", "1C", "sofie.lemmens@gmail.com", "jeroen.lemmens@telenet.be"),
    ("ilyas", "Ilyas", "Haddouchi", "1C", "fatima.haddouchi@gmail.com", "y.haddouchi@hotmail.com"),
    ("victor", "Victor", "Segers", "1C", "segers.delanghe@telenet.be", ""),
    ("mats", "Mats", "Heylen", "1C", "evelien.heylen@gmail.com", "tom.heylen@telenet.be"),
    # 1D
    ("milan", "Milan", "Verbruggen", "1D", "verbruggen.milan.ouders@telenet.be", ""),
    ("amira", "Amira", "Benali", "1D", "samira.benali@hotmail.com", ""),
    ("tibo", "Tibo", "Van Hove", "1D", "nathalie.vanhove@outlook.com", ""),
    ("amina", "Amina", "El Idrissi", "1D", "elidrissi.rachid@gmail.com", "h.elidrissi@hotmail.com"),
    # 2A
    ("lina", "Lina", "Aydın", "2A", "zeynep.aydin@gmail.com", "aydin.murat@telenet.be"),
    ("dylan", "Dylan", "Maes", "2A", "kelly.maes91@hotmail.com", ""),
    ("milo_c", "Milo", "Claessens", "2A", "ann.claessens@telenet.be", "geert.claessens@gmail.com"),
    ("elias_v", "Elias", "Vandenbroeck", "2A", "vandenbroeck.hilde@telenet.be", "stijn.vandenbroeck@gmail.com"),
    ("nina", "Nina", "Kowalski", "2A", "agnieszka.kowalski@gmail.com", "piotr.kowalski@outlook.com"),
    # 2B
    ("ayoub", "Ayoub", "Tahiri", "2B", "tahiri.khadija@gmail.com", "mustapha.tahiri@hotmail.com"),
    ("amine", "Amine", "Bouzid", "2B", "bouzid.leila@telenet.be", ""),
    ("milo_cl", "Milo", "Claes", "2B", "annelies.claes@telenet.be", "wouter.claes@proximus.be"),
    ("emma", "Emma", "Dupont", "2B", "caroline.dupont@gmail.com", "dupont.kevin@hotmail.com"),
    ("maxime", "Maxime", "Dubois", "2B", "laurent.dubois@skynet.be", "isabelle.marchal@gmail.com"),
    # 2C
    ("grace", "Grace", "Kabongo", "2C", "kabongo.family@gmail.com", "esther.kabongo@hotmail.com"),
    ("lisa", "Lisa", "Geens", "2C", "geens.sandra@hotmail.com", ""),
    ("nora", "Nora", "Dierckx", "2C", "dierckx.vera@telenet.be", "luc.dierckx@gmail.com"),
    ("seppe", "Seppe", "Janssens", "2C", "filip.janssens@telenet.be", "karen.vdb@gmail.com"),
    # 2D
    ("lore", "Lore", "Michiels", "2D", "michiels.evi@gmail.com", "stefan.michiels@telenet.be"),
    ("robbe", "Robbe", "Stevens", "2D", "nele.stevens@telenet.be", "bjorn.stevens@gmail.com"),
    ("louise", "Louise", "Van den Bossche", "2D", "vdbossche.marie@telenet.be", "bert.vdbossche@gmail.com"),
    ("lucas_vd", "Lucas", "Van Damme", "2D", "vandamme.joke@telenet.be", ""),
    # 3A
    ("ilias", "Ilias", "Karim", "3A", "karim.souad@gmail.com", "a.karim@telenet.be"),
    ("zakaria", "Zakaria", "Haddouchi", "3A", "fatima.haddouchi@gmail.com", "y.haddouchi@hotmail.com"),
    ("hajar", "Hajar", "Amrani", "3A", "amrani.hassan@telenet.be", "naima.amrani@gmail.com"),
    ("hiba", "Hiba", "Azzouzi", "3A", "azzouzi.m@hotmail.com", "salma.azzouzi@gmail.com"),
    ("james", "James", "O'Neill", "3A", "claire.oneill@gmail.com", "sean.oneill@outlook.com"),
    # 3B
    ("yasmine", "Yasmine", "Ait Lahcen", "3B", "aitlahcen.rachida@gmail.com", ""),
    ("bilal", "Bilal", "Ouarrak", "3B", "ouarrak.f@telenet.be", "ouarrak.karim@gmail.com"),
    ("zoe", "Zoë", "Peeters", "3B", "peeters.ingrid@telenet.be", "johan.peeters5@gmail.com"),
    ("thomas", "Thomas", "Wuyts", "3B", "wuyts.hilde@telenet.be", ""),
    ("noah_pe", "Noah", "Peeters", "3B", "leen.peeters@telenet.be", "dirk.peeters@proximus.be"),
    ("noah_pi", "Noah", "Pieters", "3B", "pieters.veerle@gmail.com", "pieters.dimitri@telenet.be"),
    # 3C
    ("lars", "Lars", "Mertens", "3C", "mertens.an@telenet.be", "kurt.mertens@gmail.com"),
    ("elise", "Elise", "Vos", "3C", "vos.katleen@telenet.be", "filip.vos@gmail.com"),
    ("elisa", "Elisa", "Van Os", "3C", "vanos.greet@telenet.be", "patrick.vanos@skynet.be"),
    ("josue", "Josué", "Mukendi", "3C", "jp.mukendi@gmail.com", "mukendi.christelle@hotmail.com"),
    # 3D
    ("kevin", "Kevin", "Desmet", "3D", "desmet.tamara@hotmail.com", ""),
    ("britt", "Britt", "Vercammen", "3D", "vercammen.gert@telenet.be", "lies.vercammen@gmail.com"),
    ("jens", "Jens", "Lambrechts", "3D", "lambrechts.marc@telenet.be", "annick.lambrechts@gmail.com"),
    ("kobe", "Kobe", "Jacobs", "3D", "jacobs.kristien@telenet.be", ""),
    # 4A
    ("nathan", "Nathan", "Lefebvre", "4A", "lefebvre.david@gmail.com", "sylvie.lefebvre@skynet.be"),
    ("fleur", "Fleur", "Dewulf", "4A", "dewulf.inge@telenet.be", "frank.dewulf@gmail.com"),
    ("lucas_w", "Lucas", "Wouters", "4A", "wouters.patricia@hotmail.com", ""),
    ("mathis", "Mathis", "Coene", "4A", "coene.ellen@telenet.be", "coene.raf@gmail.com"),
    # 4B
    ("jonas", "Jonas", "Verlinden", "4B", "verlinden.kathy@telenet.be", "tim.verlinden@gmail.com"),
    ("fien", "Fien", "Hermans", "4B", "hermans.sofie@gmail.com", "hermans.bart@telenet.be"),
    ("arne", "Arne", "Smeets", "4B", "smeets.johan@telenet.be", ""),
    ("liam", "Liam", "Goossens", "4B", "goossens.eva@gmail.com", "goossens.jef@telenet.be"),
    ("tuur", "Tuur", "Claes", "4B", "claes.heidi@telenet.be", "bram.claes@gmail.com"),
    # 4C
    ("ruben", "Ruben", "Claes", "4C", "vanaken.liesbeth@telenet.be", ""),
    ("femke", "Femke", "Lauwers", "4C", "lauwers.kristel@gmail.com", "lauwers.wim@telenet.be"),
    ("marie", "Marie", "Delvaux", "4C", "delvaux.sophie@skynet.be", "delvaux.olivier@gmail.com"),
    # 4D
    ("ayla", "Ayla", "Yılmaz", "4D", "yilmaz.emine@gmail.com", "yilmaz.hakan@hotmail.com"),
    ("mohamed", "Mohamed", "Chaouki", "4D", "chaouki.malika@hotmail.com", ""),
    ("chloe_la", "Chloé", "Lambert", "4D", "valerie.lambert@skynet.be", "lambert.thierry@gmail.com"),
    ("chloe_lau", "Chloé", "Laurent", "4D", "m.laurent@proximus.be", "julien.laurent@gmail.com"),
    # 5A
    ("hanne", "Hanne", "Wijns", "5A", "wijns.katrien@telenet.be", "wijns.pieter@gmail.com"),
    ("daniel", "Daniel", "Kabongo", "5A", "kabongo.family@gmail.com", "esther.kabongo@hotmail.com"),
    ("noah_m", "Noah", "Maes", "5A", "maes.vandenberghe@telenet.be", ""),
    ("jelle", "Jelle", "Timmermans", "5A", "timmermans.ria@telenet.be", "timmermans.guy@gmail.com"),
    # 5B
    ("sara", "Sara", "Van Laere", "5B", "vanlaere.mieke@telenet.be", "vanlaere.dirk@gmail.com"),
    ("oliver", "Oliver", "Carter", "5B", "emma.carter.leuven@gmail.com", "d.carter@outlook.com"),
    # 5C
    ("jade", "Jade", "Willaert", "5C", "willaert.nancy@hotmail.com", ""),
    ("arthur", "Arthur", "Vandamme", "5C", "vandamme.lut@telenet.be", "vandamme.erik@gmail.com"),
    ("jasper", "Jasper", "Segers", "5C", "segers.marijke@telenet.be", "segers.luc@gmail.com"),
    ("jesper", "Jesper", "Sels", "5C", "sels.ann@telenet.be", "sels.johan@proximus.be"),
    # 5D
    ("kato", "Kato", "Verschueren", "5D", "verschueren.els@telenet.be", "verschueren.tom@gmail.com"),
    ("wannes", "Wannes", "Boeckx", "5D", "boeckx.nathalie@hotmail.com", ""),
    # 6A-6D
    ("amber", "Amber", "Pauwels", "6A", "pauwels.greta@telenet.be", "pauwels.kris@gmail.com"),
    ("jolien", "Jolien", "Meeus", "6B", "meeus.sabine@hotmail.com", ""),
    ("yassine", "Yassine", "El Khattabi", "6C", "elkhattabi.a@gmail.com", "elkhattabi.loubna@hotmail.com"),
    ("emiel", "Emiel", "Goris", "6D", "goris.lieve@telenet.be", "goris.stef@gmail.com"),
    ("lukas", "Lukas", "Cuypers", "6D", "cuypers.hanne@telenet.be", "cuypers.wim@skynet.be"),
]

FIRST = ("Lucas Liam Noah Louis Arthur Finn Jules Vic Mats Lars Wout Warre Seppe Stan Tuur Kobe Jasper Robbe Senne Thibo "
         "Nand Lowie Ferre Mauro Jonas Bram Milan Tibo Rune Cas Adam Ayoub Rayan Anas Bilal Yassin Imran Omar Emir Kerem "
         "Yusuf Mert Jakub Szymon Kacper Bruno Grace Nathan Prince Elie Olivia Emma Louise Marie Lotte Noor Fien Nora Lina "
         "Ella Juliette Hanne Lore Jana Febe Amber Kato Lien Sien Nina Elise Margot Zoë Amélie Laura Ines Yasmina Salma "
         "Hiba Nour Aya Sara Meryem Elif Zeynep Ecem Zuzanna Maja Julia Ruth Divine Merveille Gloria Mona Lize Tess "
         "Charlotte Emilie Floor Jolien").split()
LAST = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambert Dupont Hermans "
        "Vermeulen Pauwels Van Damme Van den Broeck Michiels Wuyts Vandenberghe Leemans Smets Aerts Verstraeten "
        "Coppens Lenaerts Geerts Stevens Verbeke Cuypers Thys Bosmans Hendrickx Boeckx Daems Segers Vercammen "
        "Van Hoof Bogaert Desmet Vos Nijs Heylen Raes Schepers Lemmens Van Roey Swinnen Timmermans Meeus "
        "El Amrani Bouzid Benali Ouali Tahiri Azzouzi Haddouchi El Idrissi Chaouki Yilmaz Demir Kaya Aydin Ozturk "
        "Kowalski Nowak Wiśniewski Mazur Kabongo Mukendi Ilunga Tshibanda Lukusa").split()
# surnames with two words above got split; rebuild a few
LAST = [x for x in LAST if x not in ("De", "Van", "den", "El", "Hoof", "Roey", "Damme", "Broeck", "Amrani", "Idrissi")] + [
    "De Smet", "Van Hoof", "Van Roey", "Van Damme", "Van den Broeck", "El Amrani", "El Idrissi", "Van Aken", "De Vos"]
PROV = ["telenet.be", "telenet.be", "gmail.com", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com"]


def build_roster():
    rnd = random.Random(1818)
    ids = {}
    start = 1
    ranges = {}
    for k in CLASSES:
        ranges[k] = list(range(start, start + SIZES[k]))
        start += SIZES[k]
    used = {k: 0 for k in CLASSES}
    rows = {}
    for key, first, last, klas, p1, p2 in FEATURED:
        n = ranges[klas][used[klas]]
        used[klas] += 1
        pid = f"P{n:04d}"
        ids[key] = pid
        rows[n] = (pid, first, last, klas, pupil_mail(first, last), p1, p2)
    seen = {(r[1], r[2]) for r in rows.values()}
    for klas in CLASSES:
        for n in ranges[klas][used[klas]:]:
            while True:
                first, last = rnd.choice(FIRST), rnd.choice(LAST)
                if (first, last) not in seen:
                    seen.add((first, last))
                    break
            pf = rnd.choice(["", "", "mama.", "papa.", ""])
            pfirst = rnd.choice("an els kris tom bart sofie karen nathalie ilse wim hans leen griet veerle nadia "
                                "samira karim mehmet ayse piotr anna jean marie".split())
            p1 = f"{pfirst}.{slugname(last)}@{rnd.choice(PROV)}" if not pf else f"{pf}{slugname(first)}{rnd.randint(1,99)}@{rnd.choice(PROV)}"
            p2 = ""
            if rnd.random() < 0.65:
                p2first = rnd.choice("jan dirk koen stijn peter luc ann inge lies katrien hassan youssef ahmed "
                                     "tomasz marek david sarah".split())
                p2 = f"{p2first}.{slugname(last)}{rnd.choice(['', '', '7', '76', '81'])}@{rnd.choice(PROV)}"
            rows[n] = (f"P{n:04d}", first, last, klas, pupil_mail(first, last), p1, p2)
    return ids, [rows[n] for n in sorted(rows)]


IDS, ROSTER = build_roster()
BYKEY = {}
for key, first, last, klas, p1, p2 in FEATURED:
    BYKEY[key] = dict(id=IDS[key], first=first, last=last, klas=klas, p1=p1, p2=p2, mail=pupil_mail(first, last))


def P(key):
    return BYKEY[key]


def ids(*keys):
    return [IDS[k] for k in keys]


# --------------------------------------------------------------------------------------------
# Staff
# --------------------------------------------------------------------------------------------
S = {
    "dir": "Koen Van Roey <directie@sintpieterscollege.be>",
    "koen": "Koen Van Roey <koen.vanroey@sintpieterscollege.be>",
    "inge": "Inge Wouters <inge.wouters@sintpieterscollege.be>",
    "sofie": "Sofie Claes <sofie.claes@sintpieterscollege.be>",
    "mehdi": "Mehdi El Amrani <mehdi.elamrani@sintpieterscollege.be>",
    "griet": "Griet Lenaerts <griet.lenaerts@sintpieterscollege.be>",
    "dirk": "Dirk Goossens <dirk.goossens@spc.ksleuven.be>",
    "martine": "Martine Hermans <secretariaat@sintpieterscollege.be>",
    "martine_p": "Martine Hermans <martine.hermans@sintpieterscollege.be>",
    "nadia": "Nadia Boukhari <nadia.boukhari@sintpieterscollege.be>",
    "bart": "Bart Smets <ict@sintpieterscollege.be>",
    "bart_p": "Bart Smets <bsm@spc.ksleuven.be>",
    "wim": "Wim Verhaegen <wim.verhaegen@sintpieterscollege.be>",
    "eline": "Eline Jacobs <eline.jacobs@sintpieterscollege.be>",
    "hanne": "Hanne De Smedt <hanne.desmedt@sintpieterscollege.be>",
    "jeroen": "Jeroen Mertens <jeroen.mertens@sintpieterscollege.be>",
    "patrick": "Patrick Daems <boekhouding@sintpieterscollege.be>",
    "an": "An Devos <an.devos@sintpieterscollege.be>",
    "tom": "Tom Peeters <tom.peeters@sintpieterscollege.be>",
    "kristel": "Kristel Maes <kristel.maes@sintpieterscollege.be>",
    "pieter": "Pieter Vandenberghe <pvdb@spc.ksleuven.be>",
    "ilse": "Ilse Willems <ilse.willems@sintpieterscollege.be>",
    "lien": "Lien Coppens <lien.coppens@sintpieterscollege.be>",
    "yusuf": "Yusuf Demir <yusuf.demir@sintpieterscollege.be>",
    "joke": "Joke Verstraeten <joke.verstraeten@sintpieterscollege.be>",
    "stijn": "Stijn Geerts <stijn.geerts@sintpieterscollege.be>",
    "katrien": "Katrien Aerts <katrien.aerts@sintpieterscollege.be>",
    "bram": "Bram Wuyts <bram.wuyts@sintpieterscollege.be>",
    "evelien": "Evelien Vos <evelien.vos@spc.ksleuven.be>",
    "marc": "Marc Lemmens <marc.lemmens@sintpieterscollege.be>",
    "ellen": "Ellen Nijs <ellen.nijs@sintpieterscollege.be>",
    "ruben": "Ruben Hendrickx <ruben.hendrickx@sintpieterscollege.be>",
    "sarah": "Sarah Van Damme <sarah.vandamme@sintpieterscollege.be>",
    "thijs": "Thijs Raes <thijs.raes@sintpieterscollege.be>",
    "leen": "Leen Swinnen <leen.swinnen@sintpieterscollege.be>",
    "privacy": "Aanspreekpunt informatieveiligheid <privacy@lksd.ksleuven.be>",
}
EXT = {
    "veerle": "Veerle Bosmans <veerle.bosmans@clb-leuven.be>",
    "jonas_clb": "Jonas Thys <jonas.thys@clb-leuven.be>",
    "ocmw": "Lies Vanhove <lies.vanhove@leuven.be>",
    "anna": "Anna Kowalczyk <a.kowalczyk@lo12.krakow.pl>",
    "marek": "Marek Zieliński <m.zielinski@lo12.krakow.pl>",
    "bus": "Autocars Dijleland - planning <planning@autocarsdijleland.be>",
    "clean": "Netjes Schoonmaak bv <ploeg.heverlee@netjes-schoonmaak.be>",
    "traiteur": "Traiteur Ter Dijle <bestellingen@terdijle.be>",
}

# --------------------------------------------------------------------------------------------
# Mail construction
# --------------------------------------------------------------------------------------------
MAILS = []
ALLOWED_RULES = {"password", "sensitive", "bcc", "private_account", "attachment", "personal_data"}
ALLOWED_CATS = {"family", "psychosocial", "medical", "care", "financial"}


def mail(slug, frm, to, subject, body, *, date, cc=(), bcc=(), kind="plain", html=None, atts=(), fwd=None,
         env_from=None, rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=(), reply_to_id=None,
         xmailer=None, to_header=None, fwd_intro=""):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      date=date, kind=kind, html=html, atts=list(atts), fwd=fwd, env_from=env_from,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      fmt=list(fmt), reply=reply_to_id, xmailer=xmailer, to_header=to_header, fwd_intro=fwd_intro))


def addr_of(s):
    return parseaddr(s)[1].lower()


def fmt_addr(s):
    name, a = parseaddr(s)
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def rfcdate(s):
    # s = "2024-10-08 08:14"  -> Brussels local time with the right offset
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    hh, mm = int(s[11:13]), int(s[14:16])
    import datetime
    dt = datetime.date(y, mo, d)
    # summer time: last Sunday of March .. last Sunday of October
    def last_sunday(year, month):
        x = datetime.date(year, month, 31)
        while x.weekday() != 6:
            x -= datetime.timedelta(days=1)
        return x
    summer = last_sunday(y, 3) <= dt < last_sunday(y, 10)
    off = "+0200" if summer else "+0100"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {d:02d} {months[mo-1]} {y} {hh:02d}:{mm:02d}:{(d*7+mm)%60:02d} {off}"


def text_to_html(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(("- ", "* ", "• ")) for l in lines if l.strip()):
            out.append("<ul>" + "".join(f"<li>{htmlmod.escape(l[2:])}</li>" for l in lines if l.strip()) + "</ul>")
        elif all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def leaf(text, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def is_ascii(t):
    try:
        t.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def body_part(m):
    kind = m["kind"]
    text = m["body"]
    if kind == "plain":
        return leaf(text, "plain", "utf-8", "7bit" if is_ascii(text) else "8bit"), ["plain"]
    if kind == "flowed":
        p = leaf(text, "plain", "utf-8", "7bit" if is_ascii(text) else "8bit")
        p.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed')
        return p, ["plain"]
    if kind == "qp":
        return leaf(text, "plain", "utf-8", "quoted-printable"), ["plain", "qp"]
    if kind == "b64":
        return leaf(text, "plain", "utf-8", "base64"), ["plain", "base64"]
    if kind == "cp1252":
        return leaf(text, "plain", "windows-1252", "8bit"), ["plain", "cp1252"]
    if kind == "latin1qp":
        return leaf(text, "plain", "iso-8859-1", "quoted-printable"), ["plain", "qp", "latin1"]
    h = m["html"] or text_to_html(text)
    if kind == "html":
        return leaf(h, "html", "utf-8", "quoted-printable"), ["html"]
    if kind == "html-b64":
        return leaf(h, "html", "utf-8", "base64"), ["html", "base64"]
    if kind in ("alt", "alt-b64", "alt-1252"):
        alt = Message()
        b = "----=_NextPart_alt_" + hashlib.md5(m["slug"].encode()).hexdigest()[:16]
        alt["Content-Type"] = f'multipart/alternative; boundary="{b}"'
        if kind == "alt":
            alt.attach(leaf(text, "plain", "utf-8", "quoted-printable"))
            alt.attach(leaf(h, "html", "utf-8", "quoted-printable"))
        elif kind == "alt-b64":
            alt.attach(leaf(text, "plain", "utf-8", "base64"))
            alt.attach(leaf(h, "html", "utf-8", "base64"))
        else:
            alt.attach(leaf(text, "plain", "windows-1252", "quoted-printable"))
            alt.attach(leaf(h.replace("charset=utf-8", "charset=windows-1252"), "html", "windows-1252", "quoted-printable"))
        return alt, ["alt"] + (["base64"] if kind == "alt-b64" else []) + (["cp1252"] if kind == "alt-1252" else [])
    raise ValueError(kind)


def attachment_part(name, ctype, data):
    p = Message()
    maintype = ctype.split("/")[0]
    if isinstance(data, str):
        data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    if maintype == "text":
        p["Content-Type"] = f'{ctype}; charset="utf-8"; name="{name}"'
    else:
        p["Content-Type"] = f'{ctype}; name="{name}"'
    p["Content-Disposition"] = f'attachment; filename="{name}"'
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def fake_office(kind, text):
    """A small zip container that looks like an OOXML file (with vbaProject.bin for macro files)."""
    files = [("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
             ("docProps/core.xml", "<cp:coreProperties/>")]
    if kind == "docm":
        files += [("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{htmlmod.escape(text)}</w:t></w:r></w:p></w:body></w:document>"),
                  ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\nEnd Sub\r\n")]
    elif kind == "xlsm":
        files += [("xl/workbook.xml", "<workbook/>"),
                  ("xl/worksheets/sheet1.xml", f"<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>{htmlmod.escape(text)}</t></is></c></row></sheetData></worksheet>"),
                  ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"Module1\"\r\nSub Bereken()\r\nEnd Sub\r\n")]
    elif kind == "docx":
        files += [("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{htmlmod.escape(text)}</w:t></w:r></w:p></w:body></w:document>")]
    return make_zip(files)


def fake_pdf(text):
    t = text.replace("(", "[").replace(")", "]")
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(t)+20}>>stream\nBT ({t}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1", "replace")


def fake_exe(label):
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + \
        b"This program cannot be run in DOS mode.\r\r\n$" + label.encode() + b"\x00" * 64


def build_message(m, idx):
    frm = m["frm"]
    dom = addr_of(frm).split("@")[1]
    mid = f"<{hashlib.sha1((m['slug']+'18').encode()).hexdigest()[:20]}.{idx}@{dom}>"
    core, fmts = body_part(m)
    fmts = fmts + [f for f in m["fmt"] if f not in fmts]
    parts = []
    if m["fwd"]:
        inner = m["fwd"]
        im = Message()
        im["Date"] = rfcdate(inner["date"])
        im["From"] = fmt_addr(inner["frm"])
        im["To"] = ", ".join(fmt_addr(a) for a in inner["to"])
        if inner.get("cc"):
            im["Cc"] = ", ".join(fmt_addr(a) for a in inner["cc"])
        im["Subject"] = hdr(inner["subject"])
        im["Message-ID"] = f"<{hashlib.sha1((m['slug']+'inner').encode()).hexdigest()[:18]}@{addr_of(inner['frm']).split('@')[1]}>"
        im["MIME-Version"] = "1.0"
        ib = leaf(inner["body"], "plain", "utf-8", "quoted-printable")
        im["Content-Type"] = ib["Content-Type"]
        im["Content-Transfer-Encoding"] = ib["Content-Transfer-Encoding"]
        im._payload = ib._payload
        wrap = Message()
        wrap["Content-Type"] = "message/rfc822"
        wrap["Content-Disposition"] = f'attachment; filename="{inner.get("fname", "doorgestuurd.eml")}"'
        wrap.set_payload([im])
        parts.append(wrap)
        fmts.append("rfc822")
    for name, ctype, data in m["atts"]:
        parts.append(attachment_part(name, ctype, data))
    if m["atts"]:
        fmts.append("attachment")
    if parts:
        msg = Message()
        b = "----=_Part_" + hashlib.md5((m["slug"] + "mixed").encode()).hexdigest()[:20]
        msg["Content-Type"] = f'multipart/mixed; boundary="{b}"'
        if core.get_content_type().startswith("multipart/"):
            pass
        msg.attach(core)
        for p in parts:
            msg.attach(p)
        fmts.insert(0, "mixed")
        top = msg
    else:
        top = core
    out = Message()
    out["Date"] = rfcdate(m["date"])
    out["From"] = fmt_addr(frm)
    if m["to_header"] is not None:
        out["To"] = m["to_header"]
    elif m["to"]:
        out["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m["cc"]:
        out["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    out["Subject"] = hdr(m["subject"])
    out["Message-ID"] = mid
    if m["reply"]:
        out["In-Reply-To"] = m["reply"]
        out["References"] = m["reply"]
    out["MIME-Version"] = "1.0"
    if m["xmailer"]:
        out["X-Mailer"] = m["xmailer"]
    for k, v in top.items():
        out[k] = v
    out._payload = top._payload  # copy raw (keeps 8bit surrogate-escaped text intact)
    if "Content-Transfer-Encoding" not in out:
        out["Content-Transfer-Encoding"] = "7bit"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(out)
    data = buf.getvalue()
    # normalise any stray bare LF to CRLF
    data = re.sub(rb"(?<!\r)\n", b"\r\n", data)
    return data, fmts


# --------------------------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------------------------
SIG_SCHOOL = "Sint-Pieterscollege Heverlee\nNaamsesteenweg 355, 3001 Heverlee"
SIG_SCHOOL_TEL = SIG_SCHOOL + "\ntel. 016 40 27 18"


def sig(name, role="", tel=None):
    s = "\n\n--\n" + name + ("\n" + role if role else "") + "\n" + SIG_SCHOOL
    if tel:
        s += "\n" + tel
    return s


IPHONE = "\n\nVerzonden vanaf mijn iPhone"
ANDROID = "\n\nVerstuurd vanaf mijn Galaxy"
OUTLOOK_APP = "\n\nOutlook voor Android downloaden: https://aka.ms/AAb9ysg"


# ============================================================================================
# SENSITIVE (45)
# ============================================================================================

# S1 class council table 1A
_s1_text = """Dag Sofie, Mehdi en Griet,

Hieronder de punten van de klassenraad 1A van gisteren die voor jullie van belang zijn. De rest staat in het verslag op Smartschool.

Leerling | Opvolging | Wie
Noor V. | Ouders gaan uit elkaar, ze zit nu week om week bij mama en papa. Vergeet vaak materiaal in het 'andere' huis, is moe en snel in tranen. Mama vraagt om haar wat ademruimte te geven voor taken. | titularis + LB
Wout | Leest heel traag, veel spellingsfouten ook bij wiskunde-opgaven. Ouders akkoord om via CLB een onderzoek te laten doen. | CLB (aanvraag loopt)
Jules | Heel goed trimester, geen opvolging nodig. | -
Julie B. | Mag wat meer van zich laten horen in de les, verder prima. | -

Kunnen jullie Noor in de gaten houden op de speelplaats? Ze zit 's middags vaak alleen.

Groetjes
Ilse
titularis 1A"""
_s1_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #999;padding:3px 6px;font-family:Calibri;font-size:10pt}</style></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag Sofie, Mehdi en Griet,</p>
<p>Hieronder de punten van de klassenraad 1A van gisteren die voor jullie van belang zijn. De rest staat in het verslag op Smartschool.</p>
<table class="MsoTableGrid" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><td><b>Leerling</b></td><td><b>Opvolging</b></td><td><b>Wie</b></td></tr>
<tr><td>Noor V.</td><td>Ouders gaan uit elkaar, ze zit nu week om week bij mama en papa. Vergeet vaak materiaal in het &#39;andere&#39; huis, is moe en snel in tranen. Mama vraagt om haar wat ademruimte te geven voor taken.</td><td>titularis + LB</td></tr>
<tr><td>Wout</td><td>Leest heel traag, veel spellingsfouten ook bij wiskunde-opgaven. Ouders akkoord om via CLB een onderzoek te laten doen.</td><td>CLB (aanvraag loopt)</td></tr>
<tr><td>Jules</td><td>Heel goed trimester, geen opvolging nodig.</td><td>-</td></tr>
<tr><td>Julie B.</td><td>Mag wat meer van zich laten horen in de les, verder prima.</td><td>-</td></tr>
</table>
<p>Kunnen jullie Noor in de gaten houden op de speelplaats? Ze zit &#39;s middags vaak alleen.</p>
<p>Groetjes<br>Ilse<br><span style="color:#777">titularis 1A</span></p>
</body></html>
"""
mail("klassenraad-1a-opvolging", S["ilse"], [S["sofie"], S["mehdi"], S["griet"]],
     "Klassenraad 1A - opvolgpunten LB", _s1_text, html=_s1_html, kind="alt", date="2024-12-18 16:42",
     rules=["sensitive"], cats=["family", "care"], about=ids("noor", "wout", "jules", "julie_b"),
     note="class-council table row: a named 1A pupil's parents separating (week-week), another pupil referred to CLB for testing",
     fmt=["table"], xmailer="Microsoft Outlook 16.0")

# S2 school refusal to CLB, signature with phone
mail("yasmine-3b-mdo-clb", S["mehdi"], [EXT["veerle"]], "Yasmine 3B - vraag MDO",
     """Dag Veerle,

Zoals vanmorgen aan de telefoon besproken: Yasmine (3B) is sinds de kerstvakantie maar twee halve dagen op school geweest. Mama vertelt dat ze 's ochtends buikpijn heeft en moet overgeven, en dat ze huilend aan de schoolpoort blijft staan als ze haar afzet. 's Nachts slaapt ze amper. De huisarts vond lichamelijk niets.

Wij hebben haar vorige week één uurtje in het leerlingenbegeleidingslokaal kunnen opvangen, dat ging. Ze wil niet in de klas zitten "omdat iedereen kijkt".

Kan jij een MDO inplannen, liefst nog voor de krokusvakantie? Mama kan enkel op woensdagnamiddag. Ik heb haar gezegd dat jij haar zal contacteren.

Alvast bedankt,
Mehdi

--
Mehdi El Amrani
Leerlingenbegeleiding - 2e graad
Sint-Pieterscollege Heverlee
tel. 016 40 27 31 | gsm 0472 18 64 09""", date="2025-01-21 11:05", kind="qp",
     rules=["sensitive", "personal_data"], cats=["psychosocial", "care"], about=ids("yasmine"),
     note="school refusal with somatic complaints of a named 3B pupil, MDO asked from CLB; signature has phone numbers")

# S3 death of a father, phone
mail("ruben-4c-papa", S["griet"], [S["stijn"]], "Ruben 4C",
     """Hoi Stijn,

even ter info: de papa van Ruben is zondag plots overleden. Ruben blijft deze week thuis, de uitvaart is vrijdag in Kessel-Lo.
Wil jij het de collega's die les geven in 4C laten weten, maar discreet aub? Mama vraagt expliciet dat het niet in de klas-chat komt voor Ruben zelf beslist wat hij vertelt.

Ik hou contact met mama.

Griet""" + IPHONE, date="2024-11-12 07:38", kind="plain",
     rules=["sensitive"], cats=["family"], about=ids("ruben"),
     note="death of a named pupil's father told to the class titular, without the word death in the subject")

# S4 reply to mum about Rilatine
mail("lina-2a-medicatie-middag", S["kristel"], [f"Zeynep Aydın <{P('lina')['p1']}>"], "Re: medicatie Lina",
     """Beste mevrouw Aydın,

Bedankt om het ons te laten weten. Lina mag haar pil 's middags op school nemen, maar daarvoor moet de dokter het medicatieformulier invullen en ondertekenen (u vindt het in de bijlagen op Smartschool onder 'Documenten > Medicatie'). Geef het formulier samen met de doos medicatie af op het secretariaat, daar wordt het bewaard en neemt Lina haar pil in het bijzijn van mevrouw Hermans.

Ik breng de andere leerkrachten van 2A op de hoogte dat ze sinds kort medicatie neemt, zoals u vroeg, zodat we een eventuele verandering in de klas ook aan u kunnen doorgeven.

Met vriendelijke groet,
Kristel Maes
klastitularis 2A

Op ma 7 okt. 2024 om 19:52 schreef Zeynep Aydın <""" + P('lina')['p1'] + """>:
> Dag mevrouw Maes,
> Lina is vorige maand bij de neuroloog geweest en heeft nu Rilatine gekregen voor haar concentratie (ADHD). Ze moet één pil om 8u nemen en één 's middags om 12u30. Mag ze dat op school nemen? Ze vergeet het anders zeker.
> Alvast bedankt,
> Zeynep""", date="2024-10-08 08:11", kind="qp", reply_to_id="<CAF7p2kq9Lina@mail.gmail.com>",
     rules=["sensitive"], cats=["medical"], about=ids("lina"),
     note="reply to a mother about her daughter's new ADHD medication taken at school", fmt=["reply"])

# S5 open bills list to directie
mail("openstaande-rekeningen-overzicht", S["patrick"], [S["koen"]], "openstaande schoolrekeningen > 200 euro",
     """Koen,

Zoals gevraagd het lijstje van de gezinnen waar meer dan 200 euro openstaat (stand vandaag). Sofie staat in cc niet, zij kent de meeste dossiers al.

- fam. Kabongo (Grace 2C, Daniel 5A): 412,60 - afbetalingsplan 40 euro/maand sinds oktober, loopt netjes. OCMW Leuven betaalt de skireis van Daniel rechtstreeks.
- Lucas Wouters 4A: 287,00 - geen reactie op 3 herinneringen, mama onbereikbaar via telefoon.
- Wannes Boeckx 5D: 236,40 - mama vroeg uitstel tot na de kerst, ze is haar werk kwijt.
- Nathan Lefebvre 4A: 327,50 - papa betwist de kosten van de Frankrijkreis, zie mail van 3/12.

Voorstel: Lucas en Nathan aangetekend schrijven, de andere twee laten we lopen.

Patrick
boekhouding""", date="2024-12-09 14:20", kind="plain",
     rules=["sensitive"], cats=["financial"], about=ids("grace", "daniel", "lucas_w", "wannes", "nathan"),
     note="bookkeeper lists named families with unpaid school bills, a payment plan and OCMW paying", fmt=["list"])

# S6 OCMW with IBAN
mail("amira-1d-ocmw-facturen", S["sofie"], [EXT["ocmw"]], "Schoolkosten Amira B. (1D) - overzicht facturen",
     """Geachte mevrouw Vanhove,

Zoals afgesproken bezorg ik u het overzicht van de openstaande schoolfacturen van Amira B. (1D), waarvoor het OCMW de tussenkomst zou voorzien:

- factuur september (boeken, werkschriften, turnkledij): 142,90 euro
- factuur november (uitstap Technopolis, kopies): 43,50 euro
Totaal: 186,40 euro

U kan het bedrag overschrijven op rekening BE68 7340 1892 0334 van vzw Sint-Pieterscollege met vermelding "Benali Amira 1D - OCMW".
Mama is op de hoogte dat ik u deze gegevens bezorg.

Met vriendelijke groeten,

Sofie Claes
zorgcoördinator - leerlingenbegeleiding
Sint-Pieterscollege Heverlee""", date="2024-12-03 10:27", kind="alt",
     atts=[("facturen_Benali_1D.pdf", "application/pdf", fake_pdf("Factuuroverzicht Benali Amira 1D - 186,40 EUR - tussenkomst OCMW"))],
     rules=["sensitive", "personal_data"], cats=["financial"], about=ids("amira"),
     note="care coordinator sends the OCMW the unpaid bills of one 1D pupil that the OCMW will pay; contains the school IBAN")

# S7 Kraków host families: allergies/diabetes, English
mail("krakow-host-families-medical", S["eline"], [EXT["anna"]], "Host families - two things to pass on",
     """Dear Anna,

Thanks for the list of host families, the pupils are thrilled!

Two things I have to pass on before we arrive on 24 March, please tell the host families personally:

1. Jonas (staying with the Wójcik family) has a severe peanut allergy. He always carries two EpiPens in the front pocket of his backpack. Even traces can trigger a reaction, so please ask the family to check labels (also for sauces and sweets).
2. Fien (staying with the Lis family) has type 1 diabetes. She has a sensor on her arm and manages her insulin herself, but she needs to eat at regular times and should always have some sugar with her. Her mum asked that the family knows what a hypo looks like (shaking, pale, confused) - give her sugar or juice right away.

Both families can reach me any time during the exchange. I'll bring the medical forms signed by the parents.

Best wishes,
Eline

Eline Jacobs
Erasmus+ coordinator - teacher of English
Sint-Pieterscollege Heverlee, Belgium""", date="2025-03-04 20:14", kind="plain",
     rules=["sensitive"], cats=["medical"], about=ids("jonas", "fien"), lang="en",
     note="Erasmus+ coordinator tells the Kraków partner about a pupil's peanut allergy and another's type 1 diabetes")

# S8 adapted measures Milan 1D
mail("milan-1d-maatregelen", S["sofie"], [S["lien"], S["an"], S["katrien"], S["bram"], S["tom"]],
     "Afspraken Milan (1D) na MDO",
     """Dag collega's,

Na het MDO van dinsdag (met CLB, mama en titularis) zijn voor Milan uit 1D volgende maatregelen afgesproken. Milan heeft sinds de zomer een attest dyslexie en dysorthografie van de logopedist; het verslag zit in het leerlingvolgsysteem.

- toetsen en taken in lettertype Arial 14, ruime regelafstand
- 1/3 extra tijd bij toetsen (mag in het zorglokaal)
- voorleessoftware (Sprint) op de laptop, ook bij toetsen
- spelfouten niet aanrekenen behalve bij Nederlands/Frans waar spelling het doel is
- niet onverwacht hardop laten voorlezen in de klas

Kunnen jullie dit vanaf volgende week toepassen? Bij vragen: kom gerust langs in B012.

Dank!
Sofie""", date="2024-10-17 12:48", kind="qp",
     rules=["sensitive"], cats=["care", "medical"], about=ids("milan"),
     note="care measures and a dyslexia diagnosis of a named 1D pupil sent to his teachers", fmt=["list"])

# S9 self-harm seen by PE teacher
mail("kato-5d-lo-armen", S["tom"], [S["griet"]], "even iets melden (5D)",
     """Griet,

Vandaag bij LO in 5D zag ik bij Kato bij het omkleden verse snijwonden op haar onderarm, meerdere, en ook oudere littekens. Ze droeg de voorbije weken altijd een lange mouw, ook bij 25 graden, nu begrijp ik waarom.
Ik heb niks gezegd, wist niet goed hoe. Kan jij haar aanspreken? Ze heeft morgen het 3e uur een springuur.

Tom""" + ANDROID, date="2025-05-13 15:56", kind="plain",
     rules=["sensitive"], cats=["psychosocial"], about=ids("kato"),
     note="PE teacher reports fresh cuts on a named 5D pupil's arm to the counsellor, no self-harm keyword")

# S10 bullying victim letter to father
mail("seppe-2c-bus-instagram", S["mehdi"], [f"Filip Janssens <{P('seppe')['p1']}>"], "Opvolging gesprek over Seppe",
     """Beste meneer Janssens,

Bedankt voor het open gesprek van maandag. Zoals beloofd laat ik u weten wat we intussen gedaan hebben.

Wat Seppe de voorbije weken meemaakte - het uitlachen en duwen op de schoolbus van lijn 3 en de foto die van hem werd rondgestuurd in een Instagram-groep - nemen we ernstig. De drie leerlingen die erbij betrokken waren, zijn apart gesproken. Zij hebben de foto verwijderd en krijgen een herstelgesprek met Seppe, maar enkel als hij dat zelf wil. De busbegeleider zet Seppe voorlopig vooraan, naast de chauffeur.

Ik spreek Seppe elke maandag tijdens de middagpauze even, zodat we horen of het rustiger wordt. Merkt u thuis dat hij opnieuw niet wil gaan slapen of buikpijn heeft voor school, laat het mij dan meteen weten.

Met vriendelijke groet,
Mehdi El Amrani
leerlingenbegeleiding""", date="2024-11-27 17:03", kind="alt",
     rules=["sensitive"], cats=["psychosocial"], about=ids("seppe"),
     note="follow-up letter to a father about his son being bullied on the bus and online, measures taken")

# S11 preventive suspension, cp1252
mail("kevin-3d-preventieve-schorsing", S["dir"], [f"Tamara Desmet <{P('kevin')['p1']}>"],
     "Preventieve schorsing Kevin Desmet (3D)",
     """Geachte mevrouw Desmet,

Zoals ik u vanmiddag telefonisch meedeelde, heeft Kevin op donderdag 13 maart tijdens de middagpauze een medeleerling meermaals geslagen en geschopt. Het is het derde ernstige incident dit trimester, na de bedreigingen tegenover een leerkracht in januari en de vernieling in de toiletten in februari.

Ik heb daarom beslist Kevin preventief te schorsen van vrijdag 14 maart tot en met dinsdag 18 maart, in afwachting van een mogelijke tuchtprocedure. Kevin mag in die periode niet op school komen; taken worden via Smartschool doorgegeven.

U en Kevin worden uitgenodigd voor een gesprek op woensdag 19 maart om 8u30 op mijn bureau – u mag zich laten bijstaan door een vertrouwenspersoon. Tijdens dat gesprek bekijken we ook welke begeleiding Kevin nodig heeft om zijn gedrag bij te sturen, zodat zo’n incident zich niet meer herhaalt.

Met vriendelijke groet,

Koen Van Roey
directeur
Sint-Pieterscollege Heverlee""", date="2025-03-13 16:40", kind="cp1252",
     rules=["sensitive"], cats=["psychosocial"], about=ids("kevin"),
     note="director informs a mother of the preventive suspension of her son after repeated aggressive behaviour")

# S12 concussion + rijksregisternummer
mail("ayoub-2b-attest-lo-verzekering", S["nadia"], [S["tom"]], "Ayoub 2B vrijgesteld LO",
     """Dag Tom,

Vanaf maandag mag Ayoub (2B) zes weken niet meedoen met LO, ook niet met het zwemmen. Doktersattest van de spoed: hersenschudding na een val met de fiets op weg naar school, met nog hoofdpijn en duizeligheid bij inspanning.

Omdat het op de schoolweg gebeurde, doe ik ook de aangifte bij de schoolverzekering. Ik heb zijn rijksregisternummer (12.06.04-351.76) al ingevuld, kan jij het luik "omstandigheden" nog aanvullen? Het formulier ligt in je bakje.

Nadia
secretariaat""", date="2025-02-06 09:32", kind="qp",
     rules=["sensitive", "personal_data"], cats=["medical"], about=ids("ayoub"),
     note="secretariat tells the PE teacher about a named pupil's concussion and gives his national number for the insurance claim")

# S13 custody: father may not pick up
mail("lore-2d-ophalen-vader", S["nadia"], [S["ilse"], S["stijn"], S["martine_p"], S["inge"]],
     "BELANGRIJK - ophalen Lore 2D",
     """Collega's,

Opgelet: de papa van Lore Michiels (2D) mag haar NIET ophalen aan school of meenemen tijdens een uitstap. Er is een beschikking van de familierechtbank, mama heeft ons vandaag een kopie bezorgd (zit in het dossier). Enkel mama en de grootmoeder langs moederskant mogen haar ophalen.

Als hij toch aan de poort staat: Lore binnen houden, niet in discussie gaan en direct het secretariaat of de directie verwittigen.

Bedankt,
Nadia""", date="2024-09-19 10:02", kind="plain",
     rules=["sensitive"], cats=["family"], about=ids("lore"),
     note="court decision on custody: a named pupil's father may not pick her up, sent to staff")

# S14 inline forward from mum, not safe at home
mail("emma-2b-fw-oma", S["katrien"], [S["griet"], S["sofie"]], "Fw: Emma",
     """Fyi, zie hieronder. Kan iemand van jullie mama contacteren? Ik heb enkel kort geantwoord dat ik het doorgeef.
Emma zat vandaag erg stil in de les en had haar boeken niet mee.

Katrien

---------- Doorgestuurd bericht ---------
Van: Caroline Dupont <""" + P('emma')['p1'] + """>
Datum: wo 5 feb. 2025 om 22:47
Onderwerp: Emma
Aan: Katrien Aerts <katrien.aerts@sintpieterscollege.be>

Dag juf Aerts,

Ik wou u laten weten dat Emma de komende weken bij haar oma in Bertem slaapt. Het is thuis op dit moment niet veilig voor ons, mijn man en ik zijn uit elkaar en hij was vorige week weer heel agressief. Ik heb klacht neergelegd. Emma neemt de bus vanuit Bertem, het kan zijn dat ze soms wat later is.
Wilt u dit aub niet met de klas delen.

Caroline""", date="2025-02-06 12:15", kind="plain",
     rules=["sensitive"], cats=["family"], about=ids("emma"),
     note="inline forward of a mother's mail: pupil sleeps at grandmother's because of the father's aggression", fmt=["forward"])

# S15 pregnancy, initials + class
mail("jm-6b-zwanger-toah", S["griet"], [EXT["jonas_clb"]], "J.M. 6B - mogelijkheden volgend trimester",
     """Dag Jonas,

Een vraag in verband met J.M. uit 6B (dossier ken je van vorig jaar). Ze heeft me vandaag verteld dat ze 14 weken zwanger is. De uitgerekende datum valt begin augustus, dus ze wil het schooljaar afwerken en slagen voor haar diploma. Haar mama weet het en steunt haar.

Ze is 's ochtends vaak misselijk en mist daardoor de eerste lesuren. Kunnen we samen bekijken wat mogelijk is: aangepast rooster, examens gespreid, en eventueel TOAH als er complicaties zouden zijn?

Ik stel voor om volgende week samen met haar en de titularis te zitten. Dinsdag of donderdag na 14u past voor mij.

Groet,
Griet Lenaerts
leerlingenbegeleiding 3e graad""", date="2025-02-25 16:18", kind="qp",
     rules=["sensitive"], cats=["medical", "care"], about=ids("jolien"),
     note="pregnancy of a 6B pupil named by initials + class, adapted timetable and home tuition asked from CLB")

# S16 eating concerns
mail("hanne-5a-zorgen-eten", S["joke"], [S["sofie"]], "Zorgen over Hanne (5A)",
     """Hoi Sofie,

Ik wil iets kwijt over Hanne uit 5A. Ze is sinds de herfstvakantie zichtbaar vermagerd, ze draagt alleen nog wijde truien. Tijdens de middag zit ze in mijn lokaal (ze helpt met het aquarium) en ik zie dat ze niets eet, haar brooddoos gaat ongeopend terug of in de vuilbak. Twee vriendinnen kwamen vandaag bij mij: ze denken dat ze overgeeft na het eten en ze sport elke avond twee uur.

Ze is altijd zo'n sterke leerling geweest, haar punten zijn nog steeds top, maar ze ziet er echt niet goed uit.

Wil jij haar eens uitnodigen? Ik wil haar vertrouwen niet beschamen, dus liefst niet zeggen dat het van mij komt.

Joke""", date="2024-12-02 13:07", kind="alt",
     rules=["sensitive"], cats=["psychosocial"], about=ids("hanne"),
     note="biology teacher's worries about a named 5A pupil's weight loss, not eating and vomiting")

# S17 French to father: CLB follow-up
mail("josue-3c-suivi-clb", S["mehdi"], [f"Jean-Paul Mukendi <{P('josue')['p1']}>"], "Josué - suivi par le CLB",
     """Monsieur Mukendi,

Je vous écris en français comme convenu lors de notre entretien.

Depuis le décès de sa grand-mère en novembre, Josué est très renfermé en classe. Il ne parle presque plus avec ses camarades, il dort mal et ses résultats ont beaucoup baissé. Il nous a dit lui-même qu'il se sent "vide".

La psychologue du CLB, Mme Bosmans, l'a vu deux fois. Elle propose un suivi régulier (toutes les deux semaines, pendant les heures de cours) et éventuellement une orientation vers un thérapeute pour enfants et adolescents à Louvain. Pour cela, nous avons besoin de votre accord écrit. Vous pouvez simplement répondre à ce courriel.

N'hésitez pas à me contacter si vous avez des questions.

Bien à vous,

Mehdi El Amrani
Accompagnement des élèves (leerlingenbegeleiding)
Sint-Pieterscollege Heverlee""", date="2025-01-14 12:30", kind="qp",
     rules=["sensitive"], cats=["psychosocial", "care", "family"], about=ids("josue"), lang="fr",
     note="French letter to a father: son withdrawn after grandmother's death, CLB psychologist proposes follow-up")

# S18 suicidal statement, short, team
mail("a-4d-dringend", S["mehdi"], [S["griet"], S["sofie"]], "dringend - A. 4D",
     """Net gesprek gehad met A. uit 4D (Ayla Y.). Ze zei letterlijk dat ze "er niet meer wil zijn" en dat ze er al over nagedacht heeft hoe. Ik heb haar niet alleen gelaten. Mama is verwittigd en komt haar om 14u ophalen, ze gaan vanavond nog naar de huisarts. CLB (Veerle) is ingelicht.

Morgen 8u15 even samenzitten? Ik wil ook de titularis erbij.

M.""" + IPHONE, date="2025-03-20 12:52", kind="plain",
     rules=["sensitive"], cats=["psychosocial"], about=ids("ayla"),
     note="counsellor's urgent note: a 4D pupil (initials + class) expressed suicidal thoughts, parents and CLB informed")

# S19 class council 3B HTML only, table
_s19_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<div>Beste collega's van 3B,</div>
<div><br></div>
<div>Hierbij de afspraken uit de begeleidende klassenraad van 28/11. Graag toepassen in de komende toetsen en de examens.</div>
<div><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<thead><tr style="background:#eeeeee"><th>Naam</th><th>Situatie</th><th>Afspraak</th></tr></thead>
<tbody>
<tr><td>Bilal O.</td><td>Attest autismespectrumstoornis (nieuw, diagnose oktober). Veel onrust bij onverwachte wijzigingen.</td><td>Examens in het zorglokaal (prikkelarm), wijzigingen in planning vooraf melden, oortjes toegestaan.</td></tr>
<tr><td>Zo&euml; P.</td><td>Moeilijke periode thuis: papa werkloos, ze verhuizen in januari naar een appartement in Wilsele, Zo&euml; zorgt veel voor haar broertjes.</td><td>Soepel met deadlines, titularis houdt vinger aan de pols.</td></tr>
<tr><td>Thomas W.</td><td>Goed gestart, wiskunde wat zwakker.</td><td>Inhaalles wiskunde op woensdag aanbieden.</td></tr>
<tr><td>Noah Pe.</td><td>Geen opmerkingen.</td><td>-</td></tr>
</tbody></table>
<div><br></div>
<div>Gelieve dit niet met de leerlingen te bespreken.</div>
<div><br></div>
<div>Sarah<br>titularis 3B</div>
</body></html>
"""
mail("klassenraad-3b-afspraken", S["sarah"], [S["an"], S["yusuf"], S["katrien"], S["kristel"], S["joke"], S["stijn"]],
     "afspraken BKR 3B", "", html=_s19_html, kind="html", date="2024-11-29 08:05",
     rules=["sensitive"], cats=["medical", "care", "family"], about=ids("bilal", "zoe", "thomas", "noah_pe"),
     note="HTML class-council table with a new autism diagnosis and a pupil's difficult home situation", fmt=["table"])

# S20 solidarity fund, financial
mail("lisa-2c-solidariteitsfonds", S["sofie"], [S["nadia"]], "uitstap Brussel - Lisa 2C",
     """Hoi Nadia,

Kan de uitstap naar Brussel (Parlamentarium, 24 euro) van Lisa uit 2C op het solidariteitsfonds? Mama is haar werk kwijt sinds september en heeft het nu echt niet. Ze heeft ook de rekening van oktober nog niet kunnen betalen, dat regel ik apart met Patrick.

Lisa schaamt zich hier heel erg over, dus aub niet in de klas of aan de begeleidende leerkrachten vermelden. Gewoon op de lijst zetten als "betaald".

Merci!
Sofie""", date="2024-11-05 10:44", kind="plain",
     rules=["sensitive"], cats=["financial"], about=ids("lisa"),
     note="care coordinator asks to pay a named pupil's trip from the solidarity fund, mother unemployed, open bill")

# S21 third reminder with payment plan and IBAN
mail("nathan-4a-derde-herinnering", S["patrick"], [f"David Lefebvre <{P('nathan')['p1']}>"],
     "Derde herinnering schoolrekening Nathan Lefebvre (4A)",
     """Geachte heer Lefebvre,

Ondanks twee eerdere herinneringen (15 oktober en 14 november) staat er voor Nathan nog een bedrag van 327,50 euro open op de schoolrekening. Het gaat om de facturen van september (boeken en ICT-bijdrage) en de reis naar de Opaalkust.

Wij begrijpen dat u de kosten van de reis betwist. Directeur Van Roey is bereid daarover met u in gesprek te gaan, maar het onbetwiste deel (198,00 euro) vragen we u nu te betalen.

Als een volledige betaling moeilijk is, kunnen we een afbetalingsplan afspreken, bijvoorbeeld 50 euro per maand. Laat ons iets weten vóór 20 december.

Rekeningnummer: BE68 7340 1892 0334
Mededeling: +++412/0927/33841+++

Met vriendelijke groeten,

Patrick Daems
boekhouding Sint-Pieterscollege""", date="2024-12-10 11:58", kind="alt-b64",
     rules=["sensitive", "personal_data"], cats=["financial"], about=ids("nathan"),
     note="third reminder of one family's unpaid bill with a payment-plan offer and the school IBAN")

# S22 coeliac disease to canteen
mail("sami-1b-glutenvrij", S["ilse"], [S["ellen"]], "nieuwe leerling 1B - glutenvrij",
     """Dag Ellen,

Vanaf maandag zit er een nieuwe leerling in 1B, Sami Ouali. Hij heeft coeliakie en moet strikt glutenvrij eten, ook geen kruisbesmetting (zelfde mes, broodplank, frituurolie). Hij neemt 's middags warm in de refter, vier dagen per week.

De ouders bezorgen een attest van de maag-darm-arts op het secretariaat. Kan jij laten weten of jullie glutenvrije maaltijden kunnen voorzien, of moet hij eigen eten meebrengen?

Groeten,
Ilse""", date="2025-01-09 15:20", kind="plain",
     rules=["sensitive"], cats=["medical"], about=ids("sami"),
     note="a new pupil's coeliac disease passed on to the canteen manager")

# S23 epilepsy for theatre light volunteer (one external)
mail("ilias-3a-licht-voorstelling", S["jeroen"], ["Kobe Swinnen <kobe.swinnen.licht@gmail.com>"], "lichtplan voorstelling - één ding",
     """Hey Kobe,

Merci nog om dit jaar weer de lichten te doen voor de theatergroep!

Eén belangrijk ding: Ilias uit 3A, die de rol van de bode speelt, heeft epilepsie (lichtgevoelig). Dus GEEN stroboscoop en geen snelle knipperende effecten, ook niet in de scène met het onweer. Zijn mama heeft gevraagd om daar echt op te letten. Misschien kunnen we het onweer met geluid en een trage flits doen?

Repetitie met licht is donderdag 24/4 om 18u in de turnzaal.

Jeroen""", date="2025-04-14 21:33", kind="plain",
     rules=["sensitive"], cats=["medical"], about=ids("ilias"),
     note="theatre teacher tells an outside light volunteer that a named actor has photosensitive epilepsy")

# S24 English reply: Polish guest pupil anxiety/medication (not in roster)
mail("oliwia-guest-medication", S["eline"], [EXT["marek"]], "Re: Oliwia - medication",
     """Hi Marek,

Thank you for telling me, and please thank her mother for her honesty. I'll make sure only the host family (Vandeputte) and I know about it.

So if I understand well: Oliwia takes sertraline every morning and she has had panic attacks, mostly in crowded places. We'll avoid making her go alone on the visit to Brussels, and the host mum will make sure she takes her tablet at breakfast. If she has an attack, she prefers to sit somewhere quiet with one person she knows - we can use the counsellors' room at school.

Talk soon,
Eline

On Thu, 10 Oct 2024 at 09:12, Marek Zieliński <m.zielinski@lo12.krakow.pl> wrote:
> Dear Eline,
> Before the group travels I must tell you one thing about Oliwia Nowicka (3rd class). Her mother asked me to inform you that she is treated for anxiety disorder and takes sertraline 50 mg every morning. She had some panic attacks last year. She is doing better now and is very excited to come to Leuven.
> Please keep this confidential.
> Marek""", date="2024-10-10 18:26", kind="qp", reply_to_id="<a81c2f-oliwia@lo12.krakow.pl>",
     rules=["sensitive"], cats=["medical", "psychosocial"], about=[], lang="en",
     note="reply to the Kraków teacher about a named guest pupil's anxiety disorder and medication (pupil not in roster)", fmt=["reply"])

# S25 IAC to both parents -> bcc
mail("robbe-2d-iac-voorstel", S["sofie"], [f"Nele Stevens <{P('robbe')['p1']}>", f"Björn Stevens <{P('robbe')['p2']}>"],
     "Voorstel na MDO - Robbe",
     """Beste mevrouw Stevens, beste meneer Stevens,

Na het MDO van 10 februari met de klassenraad en het CLB willen we u ons voorstel ook schriftelijk bezorgen.

Robbe haalt ondanks de extra ondersteuning (remediëring, STICORDI-maatregelen, begeleiding door het ondersteuningsnetwerk) de minimumdoelen voor wiskunde en Frans niet. We stellen daarom voor om vanaf het derde trimester met een individueel aangepast curriculum (IAC) te werken: Robbe volgt voor die vakken aangepaste doelen en krijgt een beschrijvend rapport in plaats van punten. Dat heeft gevolgen voor het attest op het einde van het schooljaar; dat leggen we graag mondeling uit.

U kan op dit voorstel reageren tot 28 februari. We plannen graag nog een gesprek met u beiden, samen of apart, zoals u verkiest.

Met vriendelijke groeten,
Sofie Claes
zorgcoördinator""", date="2025-02-12 13:15", kind="alt",
     rules=["sensitive", "bcc"], cats=["care"], about=ids("robbe"),
     note="care coordinator proposes an individually adapted curriculum to both parents, two external addresses in To")

# S26 study hall: no food at home
mail("dylan-2a-avondstudie", S["wim"], [S["griet"]], "Dylan (2A) in de studie",
     """Dag Griet,

Iets dat me zorgen baart. Dylan uit 2A komt sinds een paar weken elke avond naar de studie, ook op de dagen dat hij niet ingeschreven is, en blijft tot ik om 18u sluit. Hij zegt dat er toch niemand thuis is voor 21u. Vandaag had hij opnieuw niets gegeten sinds de middag (hij had ook geen boterhammen mee, zegt hij) en vroeg hij of ik nog iets over had. Ik heb hem een broodje uit de kantine gegeven.

Zijn kleren zijn ook vaak vuil en hij heeft al weken dezelfde schoenen met een gat in. Mama heb ik nooit kunnen bereiken.

Wim
studiemeester""", date="2025-01-28 18:22", kind="plain",
     rules=["sensitive"], cats=["family"], about=ids("dylan"),
     note="study-hall supervisor signals possible neglect at home of a named 2A pupil")

# S27 bus incident: victim
mail("ward-1c-bus-incident", S["ruben"], [S["inge"]], "incident bus lijn 2 - Ward 1C",
     """Inge,

Melding van de chauffeur van lijn 2 (Bertem-Tervuren) van vanmorgen: Ward Leemans uit 1C werd achteraan in de bus door drie jongens van het derde jaar vastgehouden, ze hebben zijn gsm afgepakt en uit het raam willen gooien. Het is volgens de chauffeur niet de eerste keer, Ward zit sinds de herfst altijd alleen en huilde bij het uitstappen.

De chauffeur kent de namen van de drie niet, maar herkent ze wel. Ik kan hem morgen meenemen naar de speelplaats.

Ruben
buscoördinator""", date="2024-12-05 09:47", kind="plain",
     rules=["sensitive"], cats=["psychosocial"], about=ids("ward"),
     note="bus coordinator reports repeated bullying of a named 1C pupil on the school bus")

# S28 forward to own gmail, attached rfc822
mail("fw-verslag-4b-prive", S["an"], ["An Devos <an.devos73@gmail.com>"], "Fwd: verslag klassenraad 4B",
     "om thuis verder te werken\n", date="2025-03-27 17:55", kind="plain",
     fwd=dict(frm=S["thijs"], to=[S["an"], S["tom"], S["eline"], S["kristel"]], date="2025-03-27 16:10",
              subject="verslag klassenraad 4B", fname="verslag klassenraad 4B.eml",
              body="""Dag collega's,

Kort verslag van de klassenraad 4B:

- Arne Smeets: mama is ernstig ziek (kanker, chemo sinds januari), papa niet in beeld. Arne zorgt veel thuis, punten zakken. Leerlingenbegeleiding volgt op, soepel zijn met taken.
- Liam Goossens: goed, mag meer inzet tonen voor Frans.
- Jonas V.: EpiPen-afspraken herhaald voor de Kraków-reis.
- Tuur Claes: uitstekend trimester.

Volgende klassenraad: 12 juni.
Thijs"""),
     rules=["sensitive", "private_account"], cats=["family", "medical"], about=ids("arne", "liam", "jonas", "tuur"),
     note="teacher forwards a class-council report (mother seriously ill, pupil caring at home) to her own Gmail box")

# S29 from hotmail: stepfather hits
mail("jade-5c-stiefvader", "Leen Swinnen <leen.swinnen@hotmail.com>", [S["griet"]], "Jade",
     """Griet, sorry dat ik via mijn hotmail stuur, mijn schoolmail doet raar op mijn gsm.

Ik vergat gisteren te zeggen: Jade uit 5C kwam na de les naar mij en vertelde dat haar stiefvader haar slaat als hij gedronken heeft. Ze had een blauwe plek op haar bovenarm die ze me toonde. Ze smeekte om het niet aan haar mama te zeggen.
Ik weet niet goed wat de procedure is, kan jij dit opnemen? Ik ben morgen de hele dag op school.

Leen""" + ANDROID, date="2025-04-03 22:41", kind="plain", env_from="leen.swinnen@hotmail.com",
     rules=["sensitive", "private_account"], cats=["family"], about=ids("jade"),
     note="teacher writes from her private Hotmail that a named 5C pupil says her stepfather hits her")

# S30 hospital, appendix complications
mail("amber-6a-ziekenhuis", S["martine_p"], [S["joke"], S["eline"], S["yusuf"], S["an"], S["stijn"], S["katrien"]],
     "Amber Pauwels 6A - langere afwezigheid",
     """Beste leerkrachten van 6A,

Amber Pauwels ligt sinds zaterdag in het UZ Leuven: ze werd geopereerd aan de blindedarm, maar er zijn complicaties (buikvliesontsteking) en ze moet minstens nog tien dagen blijven. Daarna volgt nog een periode van herstel thuis. Mama schat dat ze ten vroegste na de paasvakantie terug is.

Kunnen jullie lesmateriaal en taken via Smartschool delen? Mama vraagt om voorlopig geen toetsen in te plannen die Amber moet inhalen; de klassenraad bekijkt na Pasen wat ze moet inhalen voor het examen.

Vriendelijke groeten,
Martine
secretariaat""", date="2025-03-24 10:15", kind="qp",
     rules=["sensitive"], cats=["medical"], about=ids("amber"),
     note="secretariat tells the 6A teachers that a named pupil is in hospital with post-operative complications")

# S31 anxiety measures
mail("lars-3c-faalangst", S["sofie"], [S["kristel"], S["an"], S["yusuf"], S["katrien"]], "Lars M. (3C) - mondelinge toetsen",
     """Dag collega's die lesgeven in 3C,

Lars M. heeft zware faalangst, het is de laatste weken erger geworden: hij heeft vorige week na de mondelinge toets Frans een paniekaanval gehad in de gang en is twee dagen thuisgebleven. Het CLB volgt hem op en hij start binnenkort bij een psycholoog.

Afspraken tot de krokusvakantie:
* mondelinge toetsen bij voorkeur één-op-één na de les, niet voor de klas
* hem vooraf laten weten wanneer hij een beurt krijgt
* bij paniek mag hij met zijn kaartje naar het LB-lokaal (B012)

Bedankt om hier mee rekening te houden. We evalueren in maart.

Sofie""", date="2025-01-30 16:02", kind="plain",
     rules=["sensitive"], cats=["psychosocial", "care"], about=ids("lars"),
     note="measures for severe test anxiety and panic attacks of a named 3C pupil followed by CLB", fmt=["list"])

# S32 re-orientation advice
mail("jens-3d-orientering", S["inge"], [f"Marc Lambrechts <{P('jens')['p1']}>"], "Gesprek oriëntering Jens",
     """Beste meneer Lambrechts,

Zoals afgesproken op het oudercontact vat ik het advies van de klassenraad voor Jens nog even samen.

De klassenraad stelt vast dat Jens veel inzet toont, maar dat de abstracte vakken (wiskunde, Latijn-uren, wetenschappen) hem ondanks remediëring niet lukken. Hij bloeit open in de praktijklessen techniek. De klassenraad raadt daarom aan om volgend schooljaar over te stappen naar een studierichting met meer praktijk, bv. elektromechanica of bouw, in een school die deze richtingen aanbiedt (onze school heeft die niet). Het CLB kan u helpen bij het zoeken en meegaan naar infoavonden.

Het is een advies, geen beslissing; het attest volgt pas in juni. Wij willen Jens vooral een jaar vol frustratie besparen.

Met vriendelijke groet,
Inge Wouters
adjunct-directeur""", date="2025-03-31 12:20", kind="qp",
     rules=["sensitive"], cats=["care"], about=ids("jens"),
     note="class council advises a named pupil's re-orientation to another study programme and school")

# S33 foster care, phone of foster care worker
mail("tibo-1d-pleeggezin-contact", S["griet"], [S["martine_p"], S["lien"]], "Tibo Van Hove 1D - nieuwe contactgegevens",
     """Martine, Lien,

Tibo (1D) verblijft sinds vorige week in een pleeggezin in Kessel-Lo, na een beslissing van de jeugdrechter. Mama heeft voorlopig enkel begeleid bezoek.

Graag in Smartschool aanpassen:
- adres: bij pleeggezin Vanderlinden, Diestsesteenweg, Kessel-Lo (volledig adres in LVS)
- contact voor de school voortaan via de pleegzorgbegeleider, mevrouw Ann Peersman, tel. 0495 31 77 42
- rapport en brieven NIET meer naar het oude adres sturen, ook niet naar mama's mailadres tot er duidelijkheid is

Tibo neemt de bus niet meer, de pleegmama brengt hem.

Griet""", date="2024-10-23 14:09", kind="plain",
     rules=["sensitive", "personal_data"], cats=["family"], about=ids("tibo"),
     note="a named 1D pupil placed in a foster family by the youth judge; foster care worker's phone number given")

# S34 father in prison
mail("mohamed-4d-woensdag", S["mehdi"], [S["yusuf"]], "Re: afwezigheden Mohamed 4D",
     """Dag Yusuf,

Ik kan je vraag beantwoorden, maar hou het voor jezelf aub: de papa van Mohamed zit sinds januari in de gevangenis van Leuven-Centraal. Mohamed mag op woensdagnamiddag op bezoek, dat is de enige mogelijkheid voor de familie. Daarom vertrekt hij om 11u50 en mist hij af en toe de 4e les. Mama heeft dat met mij afgesproken, de afwezigheden zijn gewettigd.

Hij wil absoluut niet dat de klas het weet.

Mehdi

> Mehdi, weet jij waarom Mohamed C. elke woensdag het 4e uur weg is? Hij zegt "afspraak" maar verder niks.
> Yusuf""", date="2025-02-19 09:12", kind="plain", reply_to_id="<yd-4d-0219@sintpieterscollege.be>",
     rules=["sensitive"], cats=["family"], about=ids("mohamed"),
     note="counsellor explains that a named 4D pupil's father is in prison, reason for his Wednesday absences", fmt=["reply"])

# S35 English to mother: fainted, not eating
mail("oliver-5b-fainted", S["tom"], [f"Emma Carter <{P('oliver')['p1']}>"], "Oliver - PE lesson today",
     """Dear Mrs Carter,

I'm Oliver's PE teacher. I wanted to let you know that Oliver fainted during the running test this morning. He came round quickly and was taken care of at the secretariat; he felt better after some sugar and water.

When we talked afterwards, he told me he hadn't eaten breakfast or lunch for several days, because he's worried about his weight for the football selection, and that he's been dizzy before. I think it would be good to see your GP, and our pupil counsellor Ms Lenaerts is happy to talk with Oliver as well if he wants to.

Kind regards,
Tom Peeters
PE teacher, Sint-Pieterscollege""", date="2025-04-29 15:44", kind="alt",
     rules=["sensitive"], cats=["medical", "psychosocial"], about=ids("oliver"), lang="en",
     note="PE teacher tells an English-speaking mother her son fainted and has stopped eating to lose weight")

# S36 inline forward: collective debt settlement
mail("wannes-5d-skireis-fw", S["stijn"], [S["sofie"]], "FW: skireis",
     """Sofie, zie onder. Kan het solidariteitsfonds hier iets doen? Ik wil Wannes niet thuis laten.
Stijn

-----Oorspronkelijk bericht-----
Van: Nathalie Boeckx <""" + P('wannes')['p1'] + """>
Verzonden: zondag 17 november 2024 21:03
Aan: Stijn Geerts <stijn.geerts@sintpieterscollege.be>
Onderwerp: skireis

Meneer Geerts,
ik ga eerlijk zijn, ik kan de skireis van Wannes niet betalen…  We zitten sinds vorig jaar in collectieve schuldenregeling en de schuldbemiddelaar keurt zo'n uitgave niet goed. Wannes weet het nog niet. Wat moet ik doen met het voorschot van 150 €? Kan dat nog terug vóór de kerst?
Nathalie Boeckx""", date="2024-11-18 08:05", kind="cp1252",
     rules=["sensitive"], cats=["financial"], about=ids("wannes"),
     note="teacher forwards a mother's mail: family in collective debt settlement cannot pay the ski trip", fmt=["forward"])

# S37 first grade care overview, initials, .xlsm attachment
_zorg_csv = """Klas;Lln;Zorgfase;Maatregelen;Diagnose/attest
1A;M.B.;verhoogde zorg;rekenmachine bij wiskunde, tafelkaart;dyscalculie (attest 2023)
1B;S.D.;verhoogde zorg;vaste plaats vooraan, medicatie 12u30 op secretariaat;ADHD
1D;M.V.;uitbreiding van zorg;Sprint, Arial 14, extra tijd;dyslexie + dysorthografie
1C;I.H.;brede basiszorg;opvolging door LB (gezinssituatie);-
"""
mail("zorgoverzicht-eerste-graad", S["inge"], [S["ilse"], S["lien"], S["kristel"], S["an"]], "zorgoverzicht 1e graad bijgewerkt",
     """Dag collega's,

In bijlage het bijgewerkte zorgoverzicht van de eerste graad (met de rekenmacro om de extra tijd per toets te berekenen - macro's aanzetten bij het openen). Kort de nieuwe dingen:

- M.B. (1A): dyscalculie, rekenmachine mag bij alle toetsen wiskunde
- S.D. (1B): ADHD, neemt medicatie om 12u30 op het secretariaat; vaste plaats vooraan
- I.H. (1C): extra opvolging door LB omwille van de gezinssituatie

Graag niet uitprinten en laten slingeren in de leraarskamer.

Inge""", date="2024-10-04 13:31", kind="qp",
     atts=[("zorgoverzicht_1e_graad.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", fake_office("xlsm", _zorg_csv))],
     rules=["sensitive", "attachment"], cats=["care", "medical"], about=ids("mila", "siebe", "milan", "ilyas"),
     note="first-grade care overview with initials + class, diagnoses and medication, sent as a macro-enabled Excel file", fmt=["list"])

# S38 choir/theatre: day clinic
mail("fleur-4a-dagbehandeling", S["hanne"], [S["jeroen"]], "Fleur - koor en toneel",
     """Jeroen,

Even tussen ons: Fleur uit 4A zal niet kunnen spelen in mei. Haar mama belde me, Fleur gaat vanaf maandag naar de dagbehandeling van de kinder- en jeugdpsychiatrie in Kortenberg, voor minstens drie maanden. Het ging al een tijd niet goed (ze zong ook niet meer mee in het koor, at niets tijdens de repetities).

Kan jij haar rol herverdelen zonder er veel ruchtbaarheid aan te geven? Zeg gewoon dat ze om persoonlijke redenen stopt.

Hanne""", date="2025-02-27 19:48", kind="plain",
     rules=["sensitive"], cats=["medical", "psychosocial"], about=ids("fleur"),
     note="choir teacher tells the theatre teacher a named 4A pupil starts day treatment in child psychiatry")

# S39 short reply to CLB with MDO details quoted
mail("amine-2b-mdo-ok", S["an"], [EXT["jonas_clb"]], "RE: MDO Amine Bouzid 2B",
     """Ok voor mij. Dinsdag 13u30 in B104. Ik breng de toetsresultaten en het handelingsplan mee.
An

Van: Jonas Thys <jonas.thys@clb-leuven.be>
Verzonden: maandag 2 december 2024 9:14
Aan: An Devos
Onderwerp: MDO Amine Bouzid 2B

Dag An,
Na het onderzoek bij Amine zien we een vermoeden van een taalontwikkelingsstoornis, bovenop het feit dat Nederlands zijn tweede taal is. Ik zou graag met jou als titularis en de zorgcoördinator een MDO houden om het handelingsplan bij te sturen en te bespreken of een gemotiveerd verslag voor ondersteuning nodig is. Past dinsdag 10/12 om 13u30?
Groeten,
Jonas Thys
CLB-medewerker""", date="2024-12-02 10:01", kind="qp", reply_to_id="<clb-jt-20241202@clb-leuven.be>",
     rules=["sensitive"], cats=["care"], about=ids("amine"),
     note="one-line reply to CLB quoting its mail about a named pupil's suspected language disorder and a support report", fmt=["reply"])

# S40 French: swimming exemption, ear surgery
mail("chloe-4d-dispense-natation", S["martine"], [f"Valérie Lambert <{P('chloe_la')['p1']}>"], "Certificat médical Chloé",
     """Madame Lambert,

Nous avons bien reçu le certificat médical de Chloé. Suite à son opération des tympans (pose de drains) et à ses otites à répétition, elle est dispensée de natation pendant trois mois, jusqu'au 15 mars. Elle participera aux autres cours d'éducation physique.

Pendant les leçons de natation, Chloé restera à l'école à l'étude avec un travail écrit donné par son professeur.

Bien cordialement,
Martine Hermans
secrétariat - Sint-Pieterscollege Heverlee""", date="2024-12-11 11:03", kind="latin1qp",
     rules=["sensitive"], cats=["medical"], about=ids("chloe_la"), lang="fr",
     note="secretariat confirms to a French-speaking mother her daughter's swimming exemption after ear surgery")

# S41 death of a sibling to personeel@ in To -> bcc
mail("sara-5b-broertje", S["dir"], ["Personeel SPC <personeel@sintpieterscollege.be>"], "Droevig nieuws - Sara Van Laere 5B",
     """Beste collega's,

Met grote verslagenheid laat ik jullie weten dat het jongere broertje van Sara Van Laere (5B), Matteo (12), zaterdagavond verongelukt is met de fiets in Oud-Heverlee.

Sara en haar ouders vragen om rust. Sara komt voorlopig niet naar school. Het team leerlingenbegeleiding en het CLB zijn in de klas 5B geweest om de klasgenoten op te vangen. Wie merkt dat een leerling het moeilijk heeft, kan die doorverwijzen naar Griet of Mehdi.

Informatie over de afscheidsdienst volgt zodra de familie ons die bezorgt. We leggen een rouwregister aan op het secretariaat.

Koen""", date="2025-05-19 07:45", kind="alt",
     rules=["sensitive", "bcc"], cats=["family"], about=ids("sara"),
     note="director informs all staff of the death of a named pupil's brother; staff group address visible in To")

# S42 perpetrator: sharing photos
mail("britt-3d-groepschat", S["mehdi"], [f"Gert Vercammen <{P('britt')['p1']}>"], "Gesprek over Britt - groepschat",
     """Beste meneer Vercammen,

Ik contacteer u over een voorval waarbij uw dochter Britt betrokken is. Britt heeft vorige week foto's van een klasgenote, genomen in de kleedkamer na LO, gedeeld in een Snapchat-groep van het derde jaar, met kwetsende commentaren erbij. De klasgenote is hier erg door aangedaan.

Britt heeft het in een gesprek met mij toegegeven. Ze krijgt een herstelopdracht en een sanctie volgens ons orde- en tuchtreglement. Omdat het om beelden gaat die in een kleedkamer werden genomen, zijn we ook verplicht de ouders van het meisje in te lichten over de mogelijkheid om klacht in te dienen.

Ik nodig u en Britt graag uit voor een gesprek op donderdag om 16u.

Met vriendelijke groet,
Mehdi El Amrani
leerlingenbegeleiding""", date="2025-02-11 14:36", kind="qp",
     rules=["sensitive"], cats=["psychosocial"], about=ids("britt"),
     note="letter to a father: his daughter shared humiliating changing-room photos of a classmate (perpetrator of cyberbullying)")

# S43 sportdag: medical list from phone
mail("sportdag-4b-medisch", S["tom"], [S["bram"], S["evelien"]], "sportdag 4B - let op",
     """Voor morgen bij 4B (kajak + mountainbike):
- Fien H: diabetes type 1, sensor op arm, druivensuiker zit in mijn rugzak en in haar fietstas
- Jonas V: notenallergie, 2 epipens in zijn jas, jas blijft bij de begeleider
- Liam: geen zwembrevet, kajak enkel met zwemvest (heeft hij altijd aan)
Tom""" + IPHONE, date="2025-06-11 21:05", kind="plain",
     rules=["sensitive"], cats=["medical"], about=ids("fien", "jonas", "liam"),
     note="PE teacher's phone note listing the diabetes and nut allergy of named 4B pupils for the sports day", fmt=["list"])

# S44 suspected abuse, report to VK
mail("nd-2c-verontrusting", S["sofie"], [EXT["veerle"]], "Re: N.D. 2C - verontrusting",
     """Dag Veerle,

Dank voor je snelle reactie. Na ons overleg ga ik ermee akkoord dat jij de melding bij het Vertrouwenscentrum Kindermishandeling doet. N. heeft vandaag opnieuw tegen onze titularis gezegd dat ze niet naar huis durft omdat haar moeders nieuwe partner 's avonds in haar kamer komt. Ik heb het letterlijk genoteerd in het LVS.

We brengen de ouders voorlopig niet op de hoogte, zoals je adviseerde. N. blijft vanavond in de avondstudie tot 18u; ik blijf bereikbaar.

Sofie

Op 4 mrt. 2025 om 10:22 schreef Veerle Bosmans:
> Sofie, gezien wat N. vertelde, lijkt het me aangewezen om nog vandaag een melding te doen bij het VK. Ik kan dat vanuit het CLB doen als jullie akkoord zijn.""", date="2025-03-04 12:55", kind="plain",
     reply_to_id="<vb-clb-0304@clb-leuven.be>",
     rules=["sensitive"], cats=["family", "care"], about=ids("nora"),
     note="care coordinator and CLB agree on a child-abuse report for a 2C pupil named by initial + class", fmt=["reply"])

# S45 family without income, bills on hold, two siblings
mail("haddouchi-facturen-on-hold", S["nadia"], [S["patrick"]], "fam. Haddouchi - facturen januari",
     """Patrick,

De mama van Zakaria (3A) en Ilyas (1C) belde vanmorgen in tranen. Papa is vertrokken, ze zit zonder inkomen tot haar leefloon in orde is. Kan je de facturen van januari van beide jongens on hold zetten en geen herinneringen meer sturen? Zij heeft een afspraak bij het OCMW (mevr. Vanhove) en vraagt of wij de facturen rechtstreeks naar het OCMW kunnen doorsturen.

Sofie weet ervan.

Nadia""", date="2025-01-16 09:20", kind="plain",
     rules=["sensitive"], cats=["financial", "family"], about=ids("zakaria", "ilyas"),
     note="secretariat asks to hold two brothers' bills: father left, mother without income, OCMW involved")


# ============================================================================================
# PERSONAL, NOT SENSITIVE (25)
# ============================================================================================

mail("elias-2a-scholencross", S["tom"], [f"Hilde Vandenbroeck <{P('elias_v')['p1']}>"], "Proficiat aan Elias!",
     """Beste mevrouw Vandenbroeck,

Ik wou u even laten weten dat Elias gisteren op de scholencross in het Provinciedomein de eerste plaats behaalde bij de jongens van het tweede jaar! Hij liep een heel slimme koers en hield op het einde nog een sprint over.

Hij is daarmee geselecteerd voor de Vlaamse finale op 8 maart in Brugge. Meer info over vervoer volgt via Smartschool.

Sportieve groeten,

Tom Peeters
leerkracht LO
Sint-Pieterscollege Heverlee
gsm 0486 22 91 57""", date="2025-02-13 16:30", kind="alt",
     rules=["personal_data"], about=ids("elias_v"),
     note="PE teacher congratulates a mother on her son's cross-country win; mobile number in signature")

mail("mats-1c-jas-gevonden", S["martine"], [f"Evelien Heylen <{P('mats')['p1']}>"], "Jas gevonden",
     """Dag mevrouw Heylen,

In de sporthal werd een blauwe winterjas (merk North Face, maat 152) gevonden met "MATS H" op het label. Vermoedelijk van uw zoon. Mats kan hem ophalen op het secretariaat tijdens de speeltijd.

Vriendelijke groeten,
Martine - secretariaat""", date="2024-11-20 10:12", kind="plain", rules=[], about=ids("mats"),
     note="lost jacket of a named pupil found, nothing sensitive")

mail("lucas-2d-bus-vertraging", S["ruben"], [f"Joke Van Damme <{P('lucas_vd')['p1']}>"], "Re: Lucas te laat",
     """Beste mevrouw Van Damme,

U heeft gelijk: de bus van lijn 3 (Huldenberg - Neerijse - Heverlee) had vanochtend 25 minuten vertraging door de wegenwerken in Sint-Joris-Weert. Alle leerlingen van die bus werden als "te laat - bus" geregistreerd; de laatkomst van Lucas wordt dus niet aangerekend en hij hoeft niet na te blijven.

Tot 14 februari rijdt de bus 10 minuten vroeger om dit op te vangen (vertrek Huldenberg Kerk 7u12).

Met vriendelijke groeten,
Ruben Hendrickx
buscoördinator
Sint-Pieterscollege Heverlee
tel. 016 40 27 18""", date="2025-01-20 12:05", kind="qp", reply_to_id="<vandamme-bus-0120@telenet.be>",
     rules=["personal_data"], about=ids("lucas_vd"),
     note="bus coordinator explains to a mother her son's late arrival was the bus's fault; school phone in signature", fmt=["reply"])

mail("noah-5a-goniometrie", S["an"], [f"<{P('noah_m')['p1']}>"], "Toets goniometrie",
     """Beste ouders van Noah,

Even een positief berichtje tussendoor: Noah haalde 18/20 voor de toets goniometrie. Na de moeilijke start in september is dat een mooie vooruitgang, zijn extra oefenen in de middagstudie loont echt. Zeg hem gerust dat ik trots ben!

Groetjes,
An Devos
wiskunde 5A""", date="2024-11-28 19:40", kind="plain", rules=[], about=ids("noah_m"),
     note="maths teacher reports a good test result to a pupil's parents")

mail("hajar-3a-ieper-toestemming", S["yusuf"], [f"Hassan Amrani <{P('hajar')['p1']}>", f"Naima Amrani <{P('hajar')['p2']}>"],
     "Re: toestemming uitstap Ieper",
     """Beste meneer en mevrouw Amrani,

Bedankt voor de toestemming, Hajar mag dus mee naar Ieper en de Westhoek op 6 mei. Vertrek om 7u30 aan de Naamsesteenweg, terug rond 18u30. Lunchpakket meebrengen, voor een drankje wordt gezorgd.

Met vriendelijke groeten,
Yusuf Demir
geschiedenis 3A""", date="2025-04-23 08:52", kind="plain", reply_to_id="<amrani-ieper@telenet.be>",
     rules=["bcc"], about=ids("hajar"),
     note="teacher confirms an excursion permission to both parents, two external addresses visible in To", fmt=["reply"])

mail("mathis-4a-gips-eraf", S["tom"], [f"Ellen Coene <{P('mathis')['p1']}>"], "Re: LO Mathis",
     """Dag mevrouw Coene,

Fijn om te horen dat het gips eraf is! Mathis mag vanaf maandag gewoon weer meedoen met LO. We zitten nu in de reeks volleybal, ik laat hem de eerste week rustig opbouwen en eerst wat bovenhands spelen in plaats van smashen.

Groeten,
Tom Peeters

Op zo 16 feb. 2025 om 18:10 schreef Ellen Coene <""" + P('mathis')['p1'] + """>:
> Dag meneer Peeters, het gips van Mathis is vrijdag verwijderd, de arm is goed genezen. Mag hij terug meedoen?
> Groetjes, Ellen""", date="2025-02-17 07:55", kind="qp", reply_to_id="<coene-lo-0216@telenet.be>",
     rules=[], about=ids("mathis"),
     note="pupil's healed arm, he may resume PE; ordinary news, not sensitive", fmt=["reply"])

mail("louise-2d-solo-kerstconcert", "Hanne De Smedt <hanne.desmedt.muziek@gmail.com>", [f"Marie Van den Bossche <{P('louise')['p1']}>"],
     "solo kerstconcert",
     """Dag Marie,

Goed nieuws: Louise mag de solo zingen in "Stille Nacht" op het kerstconcert van 19 december in de Sint-Lambertuskerk! Ze heeft het prachtig gedaan in de auditie. Extra repetitie op dinsdag 17/12 om 16u in het muzieklokaal.

Ik stuur even via mijn gmail want ik zit thuis zonder laptop.

Groetjes,
Hanne (koor SPC)""", date="2024-12-04 20:15", kind="plain", env_from="hanne.desmedt.muziek@gmail.com",
     rules=["private_account"], about=ids("louise"),
     note="choir teacher writes to a parent about a solo from her private Gmail address")

mail("arthur-5c-tekst-scene3", S["jeroen"], [f"Arthur Vandamme <{P('arthur')['mail']}>"], "je tekst scène 3",
     """Hoi Arthur,

Hier de aangepaste tekst voor scène 3 (je monoloog is wat ingekort, zie de gele stukken). Het document heeft een macro die je eigen rol markeert, klik op "Inhoud inschakelen" als Word het vraagt.

Tegen de repetitie van donderdag graag tot "en het licht gaat uit" van buiten kennen.

Jeroen""", date="2025-03-10 17:20", kind="plain",
     atts=[("Scene3_Arthur_rolmarkering.docm", "application/vnd.ms-word.document.macroEnabled.12",
            fake_office("docm", "Scene 3 - monoloog van de bode (Arthur)"))],
     rules=["attachment"], about=ids("arthur"),
     note="theatre teacher sends a pupil his script as a macro-enabled Word file")

mail("femke-host-family-en", S["eline"], [EXT["anna"]], "Femke - host family preferences",
     """Hi Anna,

Just a quick note for the matching: Femke Lauwers (4C) would love to stay with a family that has a dog, and she plays basketball twice a week, so if one of your pupils plays as well that would be perfect. She's vegetarian (by choice, she eats fish).

For the flight booking: Femke Lauwers, born 14/03/2009, Belgian passport.

Cheers,
Eline""", date="2024-12-12 16:02", kind="plain", lang="en",
     rules=["personal_data"], about=ids("femke"),
     note="English note to the Kraków partner about a pupil's hobbies for host-family matching, with her date of birth")

mail("ibrahim-1b-bibboek", S["katrien"], [f"Ayşe Yıldız <{P('ibrahim')['p1']}>"], "Boek mediatheek",
     """Beste mevrouw Yıldız,

Ibrahim heeft sinds de herfstvakantie het boek "Wonder" van de mediatheek nog niet teruggebracht. Misschien ligt het nog ergens thuis? Als het verloren is, is dat geen ramp, laat het dan gewoon even weten.

Groeten,
Katrien Aerts
Nederlands / mediatheek""", date="2025-01-07 13:13", kind="plain", rules=[], about=ids("ibrahim"),
     note="library book of a named pupil not returned, nothing sensitive")

mail("jana-1b-kantinekaart", S["ellen"], [f"<{P('jana')['mail']}>"], "je kantinekaart",
     """Hoi Jana,

Je kantinekaart is gevonden in de refter (onder de tafel bij het raam). Je kan hem ophalen bij mij aan de kassa of op het secretariaat.

Ellen
kantine""", date="2024-10-02 13:05", kind="plain", rules=[], about=ids("jana"),
     note="canteen tells a pupil her top-up card was found")

mail("victor-1c-behulpzaam", S["koen"], [f"<{P('victor')['p1']}>"], "Een compliment voor Victor",
     """Beste ouders,

Het gebeurt niet vaak genoeg dat ik ouders mail met gewoon een compliment, dus bij deze.

Gisteren viel een leerling van het eerste jaar met zijn fiets aan de poort, midden in de drukte. Victor is spontaan gestopt, heeft zijn boekentas en fiets aan de kant gezet en is bij hem gebleven tot een leerkracht er was. Zo'n hulpvaardigheid verdient een pluim.

Met vriendelijke groeten,
Koen Van Roey
directeur""", date="2024-10-16 15:20", kind="alt", rules=[], about=ids("victor"),
     note="director praises a pupil for helping a fallen schoolmate")

mail("yassine-6c-basket-finale", S["tom"], [f"<{P('yassine')['p1']}>"], "Provinciale finale basket",
     """Beste ouders van Yassine,

Wat een match gisteren! Onze schoolploeg won de provinciale finale tegen het Sint-Albertuscollege met 58-54 en Yassine scoorde 21 punten, inclusief de beslissende driepunter. Op 2 april spelen we de Vlaamse halve finale in Gent. Vertrek met de schoolbus om 12u45, terug rond 19u.

Sportieve groeten,
Tom Peeters
coach schoolteam basket
0486 22 91 57""", date="2025-03-14 09:31", kind="plain",
     rules=["personal_data"], about=ids("yassine"),
     note="coach reports a named pupil's basketball result to his parents; mobile number in signature")

mail("julie-1a-avondstudie-inschrijving", S["wim"], [f"Griet Boon <{P('julie_b')['p1']}>"], "Inschrijving avondstudie Julie",
     """Beste mevrouw Boon,

De inschrijving van Julie (1A) voor de avondstudie is in orde: maandag, dinsdag en donderdag tot 17u45. Ze start volgende week maandag. Julie mag om 16u10 nog een vieruurtje eten op de speelplaats, om 16u25 begint de studie in lokaal A001.

Wilt u Julie afwezig melden voor de studie, dan kan dat via een bericht op Smartschool aan mij, vóór 15u.

Met vriendelijke groeten,
Wim Verhaegen
studiemeester""", date="2024-09-12 14:48", kind="plain", rules=[], about=ids("julie_b"),
     note="confirmation of a pupil's enrolment in the evening study")

mail("maxime-2b-oral-francais", S["kristel"], [f"Laurent Dubois <{P('maxime')['p1']}>"], "Maxime - expression orale",
     """Bonjour Monsieur Dubois,

Je voulais vous dire que Maxime a présenté un excellent exposé oral sur le Tour de France. Il a aidé ses camarades qui avaient du mal avec le vocabulaire, c'était vraiment chouette à voir. Il a obtenu 19/20.

Par contre, il a encore oublié son cahier d'exercices deux fois cette semaine, pourriez-vous vérifier son cartable le soir ?

Bien à vous,
Kristel Maes
professeur de français""", date="2025-03-06 18:02", kind="qp", rules=[], about=ids("maxime"), lang="fr",
     note="French teacher praises a pupil's oral presentation to his francophone father")

mail("kobe-3d-fiets-teruggevonden", S["dirk"], [f"Kristien Jacobs <{P('kobe')['p1']}>"], "Fiets Kobe teruggevonden",
     """Beste mevrouw Jacobs,

De fiets van Kobe is teruggevonden achter de sporthal, onbeschadigd. Vermoedelijk heeft iemand hem "geleend" omdat hij niet op slot stond. Kobe kan hem na de lessen bij de conciërge ophalen. Misschien is een tweede slot geen slecht idee!

Vriendelijke groeten,
Dirk Goossens
preventieadviseur""", date="2024-10-29 11:40", kind="plain", rules=[], about=ids("kobe"),
     note="prevention adviser tells a mother her son's bike was found")

mail("marie-4c-vroeger-weg", S["stijn"], [f"Sophie Delvaux <{P('marie')['p1']}>"], "Re: donderdag vroeger weg",
     """Ja hoor, Marie mag donderdag om 15u05 vertrekken voor haar pianoexamen aan de academie. Ik zet het in de agenda zodat de collega's het weten. Veel succes gewenst!

Stijn Geerts
titularis 4C

Op 22 mei 2025 om 07:58 schreef Sophie Delvaux:
> Dag meneer Geerts, mag Marie donderdag het laatste uur missen? Ze heeft examen piano om 16u.""", date="2025-05-22 08:15", kind="plain",
     reply_to_id="<delvaux-piano@skynet.be>", rules=[], about=ids("marie"),
     note="titular allows a pupil to leave early for her music academy exam", fmt=["reply"])

mail("jelle-5a-taak-ontvangen", S["yusuf"], [f"Jelle Timmermans <{P('jelle')['mail']}>"], "Re: taak WO II",
     """Dag Jelle,

Je taak is goed aangekomen, ook de bronnenlijst. Ik verbeter ze tegen vrijdag. Volgende keer wel de bestandsnaam met je naam erin aub ;-)

Mr. Demir""", date="2025-03-18 20:04", kind="plain", reply_to_id="<jelle-taak@leerling.sintpieterscollege.be>",
     rules=[], about=ids("jelle"), note="teacher confirms to a pupil his assignment was received", fmt=["reply"])

mail("tuur-4b-krakow-id", S["eline"], [f"Heidi Claes <{P('tuur')['p1']}>"], "Kraków - identiteitskaart Tuur",
     """Beste mevrouw Claes,

Voor de vliegtickets naar Kraków heb ik nog de juiste gegevens van Tuur nodig, zoals ze op zijn identiteitskaart staan. Ik heb nu: Tuur Claes, geboren op 21/07/2009. Klopt dat? En is zijn kaart nog geldig tot na 30 maart?

Geeft u hem op 24 maart ook zijn Europese ziekteverzekeringskaart mee?

Met vriendelijke groeten,
Eline Jacobs
Erasmus+ coördinator
0479 55 20 13""", date="2025-02-03 12:44", kind="qp",
     rules=["personal_data"], about=ids("tuur"),
     note="Erasmus coordinator checks a pupil's date of birth for plane tickets; mobile number in signature")

mail("nina-2a-airpod", S["leen"], [f"<{P('nina')['mail']}>"], "airpod",
     """Hoi Nina, er ligt een witte airpod op mijn bureau in C203, je buurvrouw zei dat hij van jou is. Kom hem maar halen na het 6e uur.
Mevr. Swinnen""", date="2025-01-15 12:02", kind="plain", rules=[], about=ids("nina"),
     note="teacher tells a pupil her earbud was found")

mail("emiel-6d-olympiade", S["an"], [S["evelien"], S["thijs"]], "Emiel naar 2e ronde VWO",
     """Hallo,

Fijn nieuws: Emiel Goris (6D) gaat door naar de tweede ronde van de Vlaamse Wiskunde Olympiade, met 121 punten de beste score van onze school. De tweede ronde is op woensdag 29 januari in Leuven, hij mist dan de eerste twee lesuren. Thijs, jij hebt hem dan voor fysica, ok?

An""", date="2025-01-17 12:30", kind="plain", rules=[], about=ids("emiel"),
     note="maths teacher tells colleagues a pupil qualified for the Olympiad second round")

mail("james-3a-presentation", S["eline"], [f"Claire O'Neill <{P('james')['p1']}>"], "James's presentation",
     """Dear Mrs O'Neill,

I just wanted to share that James gave an excellent presentation on Irish myths in our English class today. His classmates were captivated and asked lots of questions. It's lovely to see him grow in confidence in a new school.

Best regards,
Eline Jacobs""", date="2024-11-08 15:10", kind="plain", rules=[], about=ids("james"), lang="en",
     note="English teacher praises a pupil's presentation to his English-speaking mother")

mail("lukas-6d-theorie-examen", S["katrien"], [f"<{P('lukas')['p1']}>"], "Re: theorie-examen rijbewijs",
     """Beste ouders,

Geen probleem, Lukas mag woensdagvoormiddag afwezig zijn voor zijn theorie-examen rijbewijs. Hij zorgt zelf dat hij de toets Nederlands van dat uur inhaalt (ik spreek met hem af). Duimen maar!

Vriendelijke groet,
Katrien Aerts
titularis 6D""", date="2025-04-07 07:40", kind="plain", reply_to_id="<cuypers-rijbewijs@telenet.be>",
     rules=[], about=ids("lukas"), note="titular allows a pupil to miss a morning for his driving theory exam", fmt=["reply"])

mail("sien-1b-klasfoto", S["martine"], [f"<{P('sien')['p1']}>"], "Bestelling klasfoto",
     """Dag mevrouw Wauters,

Door een fout bij de fotograaf kreeg Sien de klasfoto van 1C mee in plaats van 1B. We hebben de juiste foto opnieuw besteld, ze krijgt hem volgende week in de klas. De verkeerde mag ze gewoon houden of teruggeven, zoals u wil.

Groeten,
Martine
secretariaat""", date="2024-11-14 10:51", kind="plain", rules=[], about=ids("sien"),
     note="secretariat re-orders a class photo for a pupil")

mail("warre-1c-rekentoets", S["lien"], [f"<{P('warre')['p1']}>"], "Warre - rekentoets",
     """Beste mama van Warre,

Korte update: Warre had 17/20 op de rekentoets over breuken, een van de beste van de klas. Hij helpt ook graag anderen. Doe hem de groeten!

Lien Coppens""", date="2025-02-20 16:20", kind="plain", rules=[], about=ids("warre"),
     note="teacher tells a mother about her son's good maths test (correct recipient)")


# ============================================================================================
# PASSWORDS (35)
# ============================================================================================

mail("labo-laptops-paswoord", S["pieter"], [S["joke"]], "labo-laptops",
     """Joke,

Voor je practicum morgen: de labo-laptops (kar 2, nummers L01-L16) staan allemaal op het lokale account "labo". Paswoord is Chemie2024! (met uitroepteken). Niet aan de leerlingen geven, zij loggen in met hun eigen account maar dat werkt nog niet op L09-L12.

In bijlage het scriptje dat ik gebruik om de laptops na de les terug te zetten (dubbelklikken als admin).

Pieter""", date="2024-10-14 17:02", kind="plain",
     atts=[("reset_labo.bat", "application/x-msdos-program",
            "@echo off\r\nrem reset labo-laptop na de les\r\ndel /q /s C:\\Users\\labo\\Downloads\\*\r\nshutdown /r /t 30\r\n")],
     rules=["password", "attachment"], about=[],
     note="chemistry teacher gives the shared lab-laptop account password and attaches a batch script")

mail("koor-livestream-login", S["hanne"], ["Geert Claessens <geert.claessens@gmail.com>"], "livestream kerstconcert",
     """Dag Geert,

Super dat je de livestream van het kerstconcert wil opzetten! Hier de gegevens van het YouTube-kanaal van het koor:

login: koor.sintpieters@gmail.com
wachtwoord: Kerst#Heverlee24

Verificatie in twee stappen staat op mijn gsm, stuur me een berichtje als je inlogt, dan geef ik de code door.

Groetjes,
Hanne""", date="2024-12-10 21:14", kind="plain",
     rules=["password"], about=[],
     note="choir teacher hands a parent volunteer the login and password of the choir's streaming account")

mail("smartboard-b201-pin", S["katrien"], [S["leen"]], "Re: smartboard B201",
     """4471

(staat ook op een geeltje achter het bord, maar dat hebben de leerlingen al lang gevonden denk ik)

Verzonden vanaf mijn iPhone

> Op 9 sep. 2024 om 08:02 heeft Leen Swinnen het volgende geschreven:
> Katrien wat is de pin van het smartboard in B201? Ik sta hier met 5C""", date="2024-09-09 08:04", kind="plain",
     reply_to_id="<ls-b201@sintpieterscollege.be>", rules=["password"], about=[],
     note="reply that is just the smartboard PIN, quoting the colleague's question", fmt=["reply"])

_canva_text = """Dag vakgroep Nederlands,

Hier nog eens de gedeelde logins, want ik krijg de vraag elke week ;-)

Platform | Login | Wachtwoord
Canva for Education | vakgroep.nederlands@sintpieterscollege.be | Canv@Ned2025
Bookwidgets | nederlands.spc | Widgets!Heverlee
Quizlet (teacher) | spc_nederlands | quizlet2425

Niet doorsturen naar leerlingen aub.
Katrien"""
_canva_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri;font-size:11pt">
<p>Dag vakgroep Nederlands,</p>
<p>Hier nog eens de gedeelde logins, want ik krijg de vraag elke week ;-)</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr style="background:#FFF2CC"><td><b>Platform</b></td><td><b>Login</b></td><td><b>Wachtwoord</b></td></tr>
<tr><td>Canva for Education</td><td>vakgroep.nederlands@sintpieterscollege.be</td><td>Canv@Ned2025</td></tr>
<tr><td>Bookwidgets</td><td>nederlands.spc</td><td>Widgets!Heverlee</td></tr>
<tr><td>Quizlet (teacher)</td><td>spc_nederlands</td><td>quizlet2425</td></tr>
</table>
<p>Niet doorsturen naar leerlingen aub.<br>Katrien</p></body></html>
"""
mail("gedeelde-logins-nederlands", S["katrien"], [S["leen"], S["jeroen"], S["sarah"]], "gedeelde logins Canva / Bookwidgets",
     _canva_text, html=_canva_html, kind="alt", date="2024-09-25 12:40",
     rules=["password"], about=[], note="table of shared Canva, Bookwidgets and Quizlet logins with passwords for colleagues", fmt=["table"])

mail("fietsenstalling-code-ouder", S["martine"], [f"Tine Leemans <{P('ward')['p1']}>"], "Re: fietsenstalling",
     """Beste mevrouw Leemans,

De fietsenstalling aan de Celestijnenlaan gaat vanaf 17u op slot. Als Ward na de avondstudie zijn fiets nog moet halen, kan hij het cijferslot aan het hek openen met code 3817. Wilt u die code niet verder verspreiden?

Met vriendelijke groeten,
Martine Hermans
secretariaat""", date="2024-10-01 11:18", kind="plain", reply_to_id="<leemans-fiets@telenet.be>",
     rules=["password"], about=ids("ward"), note="secretariat gives a parent the combination of the bicycle shed gate", fmt=["reply"])

mail("printercode-nieuwe-collega", S["nadia"], ["Ruth Mazur <ruth.mazur@sintpieterscollege.be>"], "welkom + printer",
     """Dag Ruth,

Welkom bij ons! Nog een praktisch dingetje: je persoonlijke printercode voor de Ricoh in de leraarskamer en die aan het secretariaat is 55821. Daarmee worden je kopies op het budget van je vakgroep gezet.

Groetjes,
Nadia""", date="2024-09-03 09:30", kind="plain", rules=["password"], about=[],
     note="secretariat gives a new teacher her personal printer code")

mail("studiezaal-pc-vervanger", S["wim"], ["Thijs Raes <thijs.raes@sintpieterscollege.be>"], "studie donderdag",
     """Thijs,

Bedankt om donderdag de avondstudie over te nemen. De aanwezigheden noteer je op de PC vooraan in de studiezaal:
gebruiker: studie
paswoord: Avond!Studie7
Het lijstje staat op het bureaublad ("aanwezig_2425.xlsx"). Om 17u45 mogen de eerstejaars naar huis, de rest om 18u.

Wim""", date="2025-02-04 16:45", kind="plain", rules=["password"], about=[],
     note="study-hall supervisor gives a substitute the study-hall PC login and password")

mail("wifi-personeel-nieuwe-sleutel", S["bart"], ["Personeel <personeel@sintpieterscollege.be>"], "Nieuwe wifi-sleutel SPC-Personeel",
     """Beste collega's,

Na de vakantie is de sleutel van het personeelsnetwerk vernieuwd. Vanaf maandag:

Netwerk: SPC-Personeel
Sleutel: Heverlee-Wifi-2025#

De oude sleutel werkt niet meer. Leerlingen horen op SPC-Leerling (zij loggen in met hun Smartschool-account), dus geef deze sleutel niet door.

Bart - ICT""", date="2025-01-03 14:00", kind="plain",
     rules=["password", "bcc"], about=[],
     note="ICT sends the new staff Wi-Fi key to the whole staff group address in To")

mail("sporthal-laptop-reply", S["tom"], [S["bram"]], "Re: laptop sporthal",
     """Sporthal123

Verzonden vanaf mijn Galaxy

-------- Oorspronkelijk bericht --------
Van: Bram Wuyts <bram.wuyts@sintpieterscollege.be>
Datum: 08/10/24 13:12 (GMT+01:00)
Aan: Tom Peeters <tom.peeters@sintpieterscollege.be>
Onderwerp: laptop sporthal

wat was het paswoord van de laptop in de sporthal weer? Moet de muziek voor de dansles opzetten""", date="2024-10-08 13:14", kind="plain",
     reply_to_id="<bw-sporthal@sintpieterscollege.be>", rules=["password"], about=[],
     note="reply consisting only of the gym laptop password", fmt=["reply"])

mail("alarmcode-schoonmaak", S["koen"], [EXT["clean"]], "Alarmcode vanaf 1 maart",
     """Beste,

Vanaf 1 maart is de alarmcode van het hoofdgebouw gewijzigd. De nieuwe code voor de schoonmaakploeg is 8422, daarna OFF. Bij het verlaten: 8422 en ON, je hebt 45 seconden om buiten te zijn via de achterdeur.

Gelieve deze code enkel aan de vaste ploeg te geven.

Met vriendelijke groeten,
Koen Van Roey
directeur""", date="2025-02-26 15:30", kind="alt",
     rules=["password"], about=[], note="director gives the cleaning company the new alarm code")

mail("locker-214-reset", S["martine"], [f"Daniel Kabongo <{P('daniel')['mail']}>"], "Locker 214",
     """Hoi Daniel,

De code van je locker (nr. 214, gang B) is gereset. Nieuwe code: 0719. Je kan hem zelf wijzigen door de knop binnenin de deur in te drukken.

Secretariaat""", date="2024-11-06 10:40", kind="plain", rules=["password"], about=ids("daniel"),
     note="secretariat gives a pupil the reset code of his locker")

mail("co-account-reset-ouder", S["bart"], [f"<{P('jens')['p2']}>"], "Co-account Smartschool",
     """Beste mevrouw Lambrechts,

Op uw vraag heb ik het co-account (ouder 2) van Jens gereset.

Gebruikersnaam: jens.lambrechts (kies "co-account 2" bij het aanmelden)
Tijdelijk wachtwoord: Kx7-mP2q-Lr

Bij de eerste aanmelding wordt u gevraagd een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
Bart Smets
ICT-coördinator""", date="2024-09-17 08:22", kind="qp", rules=["password"], about=ids("jens"),
     note="ICT gives a mother a temporary password for her Smartschool co-account")

mail("lichttafel-theater-fw", S["jeroen"], ["Kobe Swinnen <kobe.swinnen.licht@gmail.com>"], "Fwd: lichttafel",
     """Kobe, dit had ik vorig jaar van Bram gekregen, zou nog moeten kloppen.

---------- Forwarded message ---------
From: Bram Wuyts <bram.wuyts@sintpieterscollege.be>
Date: Thu, 18 Apr 2024 at 16:05
Subject: lichttafel
To: Jeroen Mertens <jeroen.mertens@sintpieterscollege.be>

Jeroen,
de laptop van de lichttafel in de feestzaal:
gebruiker: theater
wachtwoord: Romeo&Julia!
De showfile staat in Documenten > Lichtplan 2024.
Bram""", date="2025-04-15 20:02", kind="plain", rules=["password"], about=[],
     note="theatre teacher forwards an older mail with the lighting console laptop login to an outside volunteer", fmt=["forward"])

mail("bookwidgets-leerlingenlogins-csv", S["an"], [S["evelien"]], "logins oefenplatform 2A",
     """Evelien,

Jij neemt volgende week 2A over, hier de logins van de leerlingen voor het oefenplatform (zie csv). Ze vergeten ze constant, dus best afdrukken en uitdelen.

An""", date="2025-04-25 11:11", kind="plain",
     atts=[("logins_2A_oefenplatform.csv", "text/csv",
            "klas;naam;gebruiker;wachtwoord\n2A;Lina;2a-lina;zon-47-boom\n2A;Dylan;2a-dylan;kat-12-regen\n2A;Milo;2a-milo;bal-88-zee\n2A;Elias;2a-elias;pen-31-wolk\n2A;Nina;2a-nina;vis-65-berg\n")],
     rules=["password"], about=[], note="csv attachment with pupils' logins and passwords for a practice platform")

mail("krakow-wifi-twinspace-en", S["eline"], [EXT["anna"], ], "Practical info for your visit",
     """Hi Anna,

A few practical things for your teachers during the visit in October:

- Wi-Fi at our school: network "SPC-Gast", key Welcome2Heverlee!
- The shared TwinSpace teacher account for our project: user spc.krakow.erasmus / password Dijle&Wisla2024
- The staff room is on the first floor, coffee is free :)

See you on the 7th!
Eline""", date="2024-09-30 10:05", kind="plain", lang="en",
     rules=["password"], about=[], note="English mail to the Kraków partner with the guest Wi-Fi key and a shared TwinSpace password", fmt=["list"])

mail("quizlet-assistante-fr", S["kristel"], ["Camille Roussel <camille.roussel@sintpieterscollege.be>"], "Compte Quizlet de la section",
     """Salut Camille,

Pour préparer les activités avec les 4e, tu peux utiliser le compte Quizlet de la section de français :
identifiant : francais.spc
mot de passe : Francais4ever!

Les listes de vocabulaire sont dans le dossier "4e année". N'en crée pas de nouveau compte, stp.

Bisous et à jeudi,
Kristel""", date="2024-10-21 19:30", kind="qp", lang="fr",
     rules=["password"], about=[], note="French mail to the language assistant with the shared Quizlet login and password")

mail("achterpoort-code-traiteur", S["ellen"], [EXT["traiteur"]], "levering oudercontact vrijdag",
     """Goeiemiddag,

Voor de levering van de broodjes vrijdag (oudercontact, 120 stuks): de achterpoort aan de Celestijnenlaan gaat open met code 1907#. Daarna rechtdoor tot aan de keuken, ik ben er vanaf 16u.

Groeten,
Ellen Nijs
kantine Sint-Pieterscollege""", date="2025-01-29 13:40", kind="plain", rules=["password"], about=[],
     note="canteen manager gives a caterer the code of the back gate")

mail("sleutelkastje-buschauffeur", S["ruben"], [EXT["bus"]], "Sleutelkastje poort - vroege ritten",
     """Dag,

Voor de vroege ritten naar het sportcentrum in maart: de chauffeur kan de sleutel van de busparking nemen uit het sleutelkastje naast de poort. Code van het kastje: 6620. Sleutel na gebruik terugleggen aub.

Ruben Hendrickx
buscoördinator Sint-Pieterscollege""", date="2025-02-28 08:10", kind="plain", rules=["password"], about=[],
     note="bus coordinator gives the bus company the code of the key safe")

mail("kopieerder-admin-pin", S["bart_p"], [S["martine_p"], S["nadia"]], "kopieerder secretariaat",
     """De technieker is langs geweest. Admin-pin van de Canon in het secretariaat is nu 7654321 (was nog de standaard 1234, oeps). Enkel gebruiken om papierladen/tellers te resetten.
B.""", date="2024-11-25 15:55", kind="plain", rules=["password"], about=[],
     note="ICT gives the secretariat the new admin PIN of the copier")

mail("instagram-koor", S["hanne"], [S["jeroen"]], "IG koor + theater",
     """Jeroen, als jij de posts voor de voorstelling wil doen op het gezamenlijke Instagram-account:

@spc_koor_theater
ww: SingSing_2025

Graag geen gezichten van leerlingen zonder toestemming, lijstje staat in de gedeelde map.
Hanne""", date="2025-04-02 12:25", kind="plain", rules=["password"], about=[],
     note="choir teacher shares the password of the choir/theatre Instagram account")

mail("gopro-theater-wifi", S["jeroen"], [S["bram"]], "camera voor de generale",
     """Bram, de GoPro voor de generale ligt in de kast van de feestzaal. Om hem met de tablet te koppelen: netwerk GP-Theater, wachtwoord goproSPC2025. Batterij zit aan de lader.
J.""", date="2025-05-06 17:45", kind="plain", rules=["password"], about=[],
     note="theatre teacher gives the Wi-Fi password of the theatre camera")

_interim_text = """Dag Ruth,

Welkom als vervanger van Pieter! Hier de praktische info die je de eerste dagen nodig hebt.

Wat | Info
Lokaal chemie | A12 (sleutel bij de conciërge)
Smartboard-PIN A12 | 2580
Printercode | 11934
Laptopkar labo | hangslot code 0408
Smartschool | je krijgt je login via ict@

Je rooster staat in bijlage op Smartschool. Vragen? Loop gerust binnen bij mij.

Inge Wouters
adjunct-directeur"""
_interim_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri;font-size:11pt">
<p>Dag Ruth,</p><p>Welkom als vervanger van Pieter! Hier de praktische info die je de eerste dagen nodig hebt.</p>
<table border="1" style="border-collapse:collapse" cellpadding="4">
<tr><th align="left">Wat</th><th align="left">Info</th></tr>
<tr><td>Lokaal chemie</td><td>A12 (sleutel bij de conci&euml;rge)</td></tr>
<tr><td>Smartboard-PIN A12</td><td>2580</td></tr>
<tr><td>Printercode</td><td>11934</td></tr>
<tr><td>Laptopkar labo</td><td>hangslot code 0408</td></tr>
<tr><td>Smartschool</td><td>je krijgt je login via ict@</td></tr>
</table>
<p>Je rooster staat in bijlage op Smartschool. Vragen? Loop gerust binnen bij mij.</p>
<p>Inge Wouters<br>adjunct-directeur</p></div></body></html>
"""
mail("interim-praktische-info", S["inge"], ["Ruth Mazur <ruth.mazur@sintpieterscollege.be>"], "Praktische info interim chemie",
     _interim_text, html=_interim_html, kind="alt-b64", date="2025-01-06 08:05",
     rules=["password"], about=[], note="welcome table for a substitute teacher with smartboard PIN, printer code and padlock code", fmt=["table"])

mail("examenkluis-combinatie", S["koen"], [S["inge"]], "kluis examens",
     """Inge, ik ben morgen in Brussel (vergadering koepel). De examenopgaven zitten in de kluis in mijn bureau. Combinatie: links 12, rechts 45, links 08. Sleutel van het bureau ligt bij Martine.
Koen""", date="2025-06-10 18:30", kind="plain", rules=["password"], about=[],
     note="director gives his deputy the combination of the exam safe")

mail("verificatiecode-mediatheek", S["katrien"], [S["leen"]], "code",
     """Leen, de code voor de Microsoft-account van de mediatheek kwam net op mijn gsm binnen: 482 913 (10 min geldig). Daarna kan je inloggen met mediatheek@sintpieterscollege.be en het gewone paswoord.
K""", date="2025-02-18 10:03", kind="plain", rules=["password"], about=[],
     note="teacher forwards a live verification code for the shared library Microsoft account")

mail("ww-printer-leraarskamer-onderwerp", S["stijn"], [S["thijs"]], "ww printer leraarskamer: 4402",
     "zie onderwerp :)\n", date="2024-09-05 07:51", kind="plain", rules=["password"], about=[],
     note="printer code given in the subject line only")

_welcome_text = """Beste Ruth,

Welkom op het Sint-Pieterscollege! Hieronder je aanmeldgegevens.

Smartschool
  gebruikersnaam: ruth.mazur
  startwachtwoord: Welkom!SPC-4827  (wijzigen bij eerste aanmelding)

Microsoft 365 (mail, Teams, OneDrive)
  ruth.mazur@sintpieterscollege.be
  tijdelijk wachtwoord: Tmp#93kdPq

Wifi SPC-Personeel: de sleutel vind je op het prikbord in de leraarskamer.

Problemen? Kom langs in lokaal A005 of bel me intern.

Bart Smets
ICT-coördinator
016 40 27 25"""
mail("welkom-logins-nieuwe-collega", S["bart"], ["Ruth Mazur <ruth.mazur@sintpieterscollege.be>"], "Je logins SPC",
     _welcome_text, kind="alt", date="2025-01-03 10:20",
     rules=["password", "personal_data"], about=[],
     note="ICT welcome mail with a new teacher's Smartschool start password and temporary M365 password; phone in signature")

mail("labo-laptops-gmail", "Pieter Vandenberghe <pieter.vdb.1979@gmail.com>", [S["evelien"]], "laptops labo morgen",
     """Evelien, ik ben ziek morgen, sorry. Mijn schoolmail wil niet openen thuis dus via gmail.
De labo-laptops: account labo, paswoord Chemie2024! . De handleiding van de proef ligt op mijn bureau.
Pieter""", date="2024-11-21 21:48", kind="plain", env_from="pieter.vdb.1979@gmail.com",
     rules=["password", "private_account"], about=[],
     note="teacher sends the lab-laptop password to a colleague from his private Gmail")

mail("fw-wifi-gast-bijlage", S["martine_p"], [S["ellen"]], "FW: gastnetwerk oudercontact",
     """Ellen, zie bijgevoegde mail van Bart, voor aan de kassa bij het oudercontact.
Martine""", date="2025-01-30 11:02", kind="plain",
     fwd=dict(frm=S["bart"], to=[S["martine_p"]], date="2025-01-29 16:40", subject="gastnetwerk oudercontact",
              fname="gastnetwerk oudercontact.eml",
              body="Martine,\n\nVoor het oudercontact vrijdag staat het gastnetwerk open:\nSSID: SPC-Gast\nsleutel: Oudercontact2025\n\nHet wordt zaterdag automatisch weer afgesloten.\nBart"),
     rules=["password"], about=[], note="attached forward of an ICT mail giving the guest Wi-Fi key")

mail("stage-account-b64", S["bart"], [S["evelien"]], "account stagebegeleiding",
     """Dag Evelien,

Zoals gevraagd een gedeeld account voor de stagebegeleiding van 6D (bedrijfsbezoeken, stageplatform):

stage.6d@sintpieterscollege.be
wachtwoord: Stag3!Leuven

Deel het enkel met de stagebegeleiders.

Bart""", date="2024-10-09 09:40", kind="b64", rules=["password"], about=[],
     note="ICT gives a shared internship account and password, base64 body")

mail("bookwidgets-cp1252", S["evelien"], [S["an"], S["thijs"]], "bookwidgets STEM",
     """Hoi,

Het gedeelde Bookwidgets-account van STEM is vernieuwd (licentie tot augustus):
login: stem@sintpieterscollege.be
paswoord: Widget€2024

Niet wijzigen aub, anders kan niemand er nog in.
Evelien""", date="2024-09-20 15:00", kind="cp1252", rules=["password"], about=[],
     note="shared Bookwidgets login with a password containing a euro sign, Windows-1252 body")

mail("examensimulatie-klas-5c", S["leen"], ["Klas 5C <klas-5c@leerling.sintpieterscollege.be>"], "examensimulatie biologie",
     """Dag 5C,

Morgen doen we de online examensimulatie tijdens het 3e uur in het computerlokaal. Het wachtwoord om de toets te starten is Examen5C-bio. Niet vooraf openen, dan wordt je poging geteld!

Mevr. Swinnen""", date="2025-05-27 19:10", kind="plain",
     rules=["password", "bcc"], about=[],
     note="teacher sends a test-access password to the class group address in To")

mail("voicemail-schoolgsm", S["nadia"], [S["martine_p"]], "voicemail schoolgsm",
     """Martine, de pincode van de voicemail van de schoolgsm (die we voor de uitstappen meegeven) is 9090. Vergeet niet de berichten te wissen na de reis.
N.""", date="2025-03-21 14:20", kind="plain", rules=["password"], about=[],
     note="voicemail PIN of the school's trip phone")

mail("spotify-sportdag", S["tom"], [f"<{P('yassine')['mail']}>", f"<{P('emiel')['mail']}>"], "muziek sportdag",
     """Yassine, Emiel,

Jullie doen de muziek op de sportdag, top. Log in op de Spotify van de sportdag:
sportdag.spc@gmail.com
Dansen!123
Playlist "Sportdag 2025" staat klaar, voeg gerust toe maar niks met vloeken aub :)

Meneer Peeters""", date="2025-06-02 15:35", kind="plain", rules=["password"], about=ids("yassine", "emiel"),
     note="PE teacher gives two pupils the login of the sports day Spotify account")

mail("krakow-drive-reply-en", S["eline"], [EXT["marek"]], "Re: shared folder",
     """Hi Marek,

The password is Krakow-Leuven-25 (capital K and L). Let me know if it still doesn't open.

Eline

On Mon, 13 Jan 2025 at 10:41, Marek Zieliński <m.zielinski@lo12.krakow.pl> wrote:
> Hi Eline, the photo folder of the exchange asks a password, what was it again? Marek""", date="2025-01-13 12:03", kind="plain", lang="en",
     reply_to_id="<mz-folder@lo12.krakow.pl>", rules=["password"], about=[],
     note="reply to the Kraków partner giving the password of the shared photo folder", fmt=["reply"])

mail("fietsenstalling-leerlingenraad", S["dirk"], [f"<{P('arthur')['mail']}>"], "code fietsenstalling voor de fuif",
     """Arthur,

Voor de opbouw van de fuif zaterdag kunnen jullie de fietsen van de helpers in de personeelsfietsenstalling zetten. Code van het hek: 2906. Zaterdagavond na de fuif verander ik hem weer.

Dirk""", date="2025-03-05 16:25", kind="plain", rules=["password"], about=ids("arthur"),
     note="prevention adviser gives a pupil the staff bicycle-shed code for the party set-up")


# ============================================================================================
# PASSWORD LOOK-ALIKES (15)
# ============================================================================================

mail("phishing-waarschuwing", S["bart"], [], "Opgelet: valse mails 'uw mailbox is vol'",
     """Beste collega's,

Vandaag kregen verschillende collega's een mail "Uw mailbox is vol - bevestig uw wachtwoord binnen 24 uur". Dat is phishing. Klik niet op de link en vul zeker niets in.

Onthoud:
- De school, Smartschool of Microsoft vraagt nooit je wachtwoord via mail.
- Heb je toch al iets ingevuld? Wijzig meteen je wachtwoord via portal.office.com en verwittig mij.
- Twijfel je? Stuur de mail door naar ict@ en verwijder hem daarna.

Bart - ICT""", date="2024-10-24 11:30", kind="alt", bcc=["personeel@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="phishing warning to staff in Bcc that talks about passwords without giving any")

_teams_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Segoe UI;font-size:10.5pt">
<p>Dag collega's, hierbij de uitnodiging voor de digitale vakgroepvergadering wiskunde.</p>
<div style="width:100%">________________________________________________________________________________</div>
<div style="margin-top:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting">Hulp nodig?</a></div>
<div style="margin-top:12px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA1YjktZWQ2@thread.v2/0?context=%7b%22Tid%22%3a%221d2b%22%7d" style="font-size:17px">Nu deelnemen aan de vergadering</a></div>
<div style="margin-top:8px">Vergadering-id: <b>345 678 912 001</b></div>
<div>Wachtwoordcode: <b>Xy7bQ2Gh</b></div>
<div>________________________________________________________________________________</div>
<p>An</p></div></body></html>
"""
mail("teams-vakgroep-wiskunde", S["an"], [S["thijs"], S["evelien"], S["lien"]], "Vakgroep wiskunde - digitaal overleg 14/11",
     """Dag collega's, hierbij de uitnodiging voor de digitale vakgroepvergadering wiskunde.
________________________________________________________________________________
Microsoft Teams Hulp nodig?
Nu deelnemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA1YjktZWQ2@thread.v2/0>
Vergadering-id: 345 678 912 001
Wachtwoordcode: Xy7bQ2Gh
________________________________________________________________________________
An""", html=_teams_html, kind="alt", date="2024-11-07 12:00",
     rules=[], about=[], note="meeting passcode: Teams invitation with meeting ID and passcode, not a credential")

mail("zoom-oudercontact-online", S["sarah"], [f"Johan Peeters <{P('zoe')['p2']}>"], "Online oudercontact dinsdag",
     """Beste meneer Peeters,

Zoals gevraagd kunnen we het oudercontact over Zoë online houden, dinsdag 10 december om 18u20 (10 minuten).

Zoom-vergadering: https://us06web.zoom.us/j/81234567890
Vergadering-ID: 812 3456 7890
Toegangscode: 482913

Met vriendelijke groeten,
Sarah Van Damme
titularis 3B""", date="2024-12-06 13:25", kind="plain", rules=[], about=ids("zoe"),
     note="meeting passcode: Zoom link for an online parent-teacher meeting, nothing sensitive")

mail("wachtwoord-vergeten-ouder", S["bart"], [f"<{P('kobe')['p1']}>"], "Re: kan niet inloggen Smartschool",
     """Beste mevrouw Jacobs,

Als u uw wachtwoord van Smartschool niet meer weet, kan u het zelf opnieuw instellen: ga naar sintpieterscollege.smartschool.be, klik op "Wachtwoord vergeten?" en vul het e-mailadres in dat bij ons gekend is. U krijgt dan binnen enkele minuten een link.

Lukt het niet, dan kan ik het account resetten; u krijgt dan een brief met een tijdelijk wachtwoord via Kobe.

Met vriendelijke groeten,
Bart Smets
ICT""", date="2024-09-24 09:15", kind="plain", reply_to_id="<jacobs-login@telenet.be>",
     rules=[], about=ids("kobe"), note="ICT explains to a parent how to reset a forgotten password, no value given", fmt=["reply"])

mail("brief-logins-placeholder", S["bart"], [], "Aanmeldgegevens Smartschool voor nieuwe leerlingen",
     """Geachte ouders,

Uw kind krijgt in de eerste schoolweek een brief met de aanmeldgegevens voor Smartschool. Die ziet er zo uit:

  Gebruikersnaam: voornaam.naam
  Wachtwoord: ********  (staat op de brief die uw kind in de klas krijgt)

Bij de eerste aanmelding kiest de leerling zelf een nieuw wachtwoord. Ook u als ouder krijgt een co-account; die gegevens staan op hetzelfde blad.

Bewaar de brief op een veilige plaats en geef de gegevens niet door aan andere leerlingen.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege""", date="2024-09-02 16:00", kind="alt", bcc=["ouders-1e-graad@sintpieterscollege.be"],
     to_header="ICT Sint-Pieterscollege <ict@sintpieterscollege.be>",
     rules=[], about=[], note="letter to first-grade parents in Bcc explaining the login letter with a masked placeholder")

mail("sterk-paswoord-tips", S["bart"], [S["katrien"]], "Re: tips voor de les mediawijsheid",
     """Dag Katrien,

Voor je les mediawijsheid kan je deze vuistregels gebruiken:

1. Minstens 12 tekens, liefst een zin: drie of vier losse woorden die je kan onthouden.
2. Nooit hetzelfde wachtwoord voor school en Instagram.
3. Zet tweestapsverificatie aan waar het kan.
4. Een wachtwoordmanager is prima, ook de gratis.

In bijlage de installer van de wachtwoordmanager die we op de schoollaptops gebruiken, als je hem in de klas wil tonen.

Bart""", date="2025-02-10 14:40", kind="plain",
     atts=[("wachtwoordmanager_setup.zip", "application/zip",
            make_zip([("KeeVault-Setup-2.5.exe", fake_exe("KeeVault installer")), ("LEESMIJ.txt", "Dubbelklik op de setup.\r\n")]))],
     rules=["attachment"], about=[],
     note="password advice without any password, with a zipped .exe installer attached")

mail("wie-weet-paswoord-labo", S["joke"], [S["pieter"], S["evelien"]], "paswoord labo-laptops?",
     """Weet iemand van jullie het paswoord van de labo-laptops? Het staat niet meer op het blad in de kar. Ik heb ze het 5e uur nodig.
Joke""", date="2025-03-11 10:02", kind="plain", rules=[], about=[],
     note="colleague asks for the lab-laptop password, no value in the mail")

mail("niet-via-mail", S["bart_p"], [S["stijn"]], "Re: paswoord stage-account",
     """Stijn, paswoorden stuur ik niet via mail (beleid, zie IVP). Kom even langs in A005, ik zet het met jou opnieuw in.
Bart

> Bart, kan je mij het paswoord van het stage-account sturen? Het mijne werkt niet meer.""", date="2024-10-15 08:40", kind="plain",
     reply_to_id="<sg-stage@sintpieterscollege.be>", rules=[], about=[],
     note="ICT refuses to send a password by mail", fmt=["reply"])

mail("webex-mdo-clb", S["griet"], [EXT["veerle"]], "Webex link MDO",
     """Dag Veerle,

Hier de Webex-link voor het MDO morgen om 14u (jij logt in vanuit het CLB, ouders zitten bij ons):

https://clbleuven.webex.com/meet/spc-mdo
Vergadernummer: 2741 903 58
Wachtwoord vergadering: MDO2025spc

Tot morgen,
Griet""", date="2025-03-17 16:22", kind="plain", rules=[], about=[],
     note="meeting passcode: Webex meeting number and meeting password for a CLB meeting, no pupil named")

mail("wifi-sleutel-prikbord", S["bart"], [], "Wifi personeel - nieuwe sleutel",
     """Beste collega's,

De sleutel van het wifinetwerk SPC-Personeel is vandaag gewijzigd. Om veiligheidsredenen verspreiden we hem niet via mail: je vindt hem op het prikbord in de leraarskamer (naast de koffiemachine) en aan de balie van het secretariaat.

Bart""", date="2025-08-29 10:00", kind="plain", bcc=["personeel@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="notice that the staff Wi-Fi key changed, key deliberately not in the mail, staff in Bcc")

mail("smartboard-pin-persoonlijk", S["inge"], [], "Smartboards: persoonlijke pincode vanaf maandag",
     """Beste collega's,

Vanaf maandag werkt elk smartboard met een persoonlijke pincode in plaats van de gemeenschappelijke code per lokaal. Je vraagt je code aan bij Bart (ICT) met je personeelskaart; hij geeft ze je persoonlijk. Deel je pincode niet met collega's of leerlingen.

Inge""", date="2025-01-10 12:15", kind="plain", bcc=["personeel@sintpieterscollege.be"],
     to_header="Inge Wouters <inge.wouters@sintpieterscollege.be>",
     rules=[], about=[], note="announcement of personal smartboard PINs, no PIN given")

mail("sjabloon-wachtwoordbrief", S["bart_p"], [S["nadia"]], "sjabloon brief nieuwe leerling",
     """Nadia, kan je dit sjabloon nalezen voor de brief aan nieuwe leerlingen? De velden worden automatisch ingevuld vanuit Smartschool.

---
Beste [voornaam],

Welkom op het Sint-Pieterscollege! Met deze gegevens meld je je de eerste keer aan:
Gebruikersnaam: [gebruikersnaam]
Tijdelijk wachtwoord: [wachtwoord]

Je kiest daarna zelf een nieuw wachtwoord van minstens 12 tekens.
---

Bart""", date="2025-08-25 11:20", kind="plain", rules=[], about=[],
     note="template with placeholders for username and password, no real value")

_erasmus_teams_html = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dear partners,</p>
<p>You are warmly invited to our online kick-off of the Erasmus+ project "Rivers that connect us" (Dijle &amp; Wis&#322;a).</p>
<p><b>Thursday 26 September, 16:00 CEST</b></p>
<hr>
<p><span style="font-size:20px"><b>Microsoft Teams</b></span><br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3YmU4@thread.v2/0">Join the meeting now</a><br>
Meeting ID: 391 055 602 184<br>
Passcode: qK4xT9</p>
<hr>
<p>Best wishes,<br>Eline Jacobs</p></body></html>
"""
mail("erasmus-kickoff-teams-en", S["eline"], [EXT["anna"]], "Kick-off meeting Erasmus+ 26/9",
     "", html=_erasmus_teams_html, kind="html", date="2024-09-16 09:00", lang="en",
     rules=[], about=[], note="meeting passcode: English Teams invitation to the Kraków partner with meeting ID and passcode")

mail("fietsenstalling-nieuwe-code-aankondiging", S["dirk"], [], "Nieuwe code fietsenstalling",
     """Beste ouders,

Omdat de code van de overdekte fietsenstalling intussen bij heel wat buitenstaanders bekend is, wordt hij na de krokusvakantie gewijzigd. Uw kind krijgt de nieuwe code op maandag 3 maart van de titularis in de klas. Wij vragen om hem niet via sociale media te delen.

Fietsen die na 18u nog in de stalling staan, kunnen opgehaald worden via de conciërge.

Met vriendelijke groeten,
Dirk Goossens
preventieadviseur""", date="2025-02-21 15:00", kind="plain", bcc=["ouders@sintpieterscollege.be"],
     to_header="Sint-Pieterscollege <info@sintpieterscollege.be>",
     rules=[], about=[], note="announcement that the bicycle-shed code changes, new code given in class only")

mail("mfa-code-nooit-doorgeven", S["privacy"], [], "Tweestapsverificatie: deel nooit je code",
     """Beste collega's,

Sinds deze week staat tweestapsverificatie aan voor alle Microsoft 365-accounts van de scholengroep. Je krijgt bij het aanmelden een melding of een code van zes cijfers in de Authenticator-app.

Belangrijk:
- Keur nooit een melding goed die je zelf niet hebt aangevraagd.
- Geef een code nooit door, ook niet aan een collega of aan "de helpdesk" aan de telefoon.
- Nieuwe gsm? Vraag je ICT-coördinator om je account opnieuw te koppelen.

Met vriendelijke groeten,
aanspreekpunt informatieveiligheid LKSD""", date="2024-11-04 08:30", kind="qp", bcc=["personeel@lksd.ksleuven.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="information-security notice about MFA codes, none given, staff in Bcc")


# ============================================================================================
# MISDIRECTED (10): about pupil X, sent only to a parent of pupil Y
# ============================================================================================

mail("mis-lotte-aardrijkskunde-inhalen", S["stijn"], [f"An Verhelst <{P('lotte_h')['p1']}>"], "Inhaaltoets aardrijkskunde Lotte",
     """Beste mevrouw Vermeulen,

Lotte was afwezig op de toets aardrijkskunde van 4 februari (kaartlezen). Ze kan hem inhalen op woensdag 12 februari om 11u45 in lokaal C105. Wilt u haar eraan herinneren om haar atlas mee te brengen?

Met vriendelijke groeten,
Stijn Geerts""", date="2025-02-06 17:10", kind="plain",
     rules=[], about=ids("lotte_v"), mis=True,
     note="catch-up test notice for Lotte Vermeulen sent only to the mother of Lotte Verhelst (same class, autocomplete)")

mail("mis-noah-clb-onderzoek", S["sarah"], [f"Veerle Pieters <{P('noah_pi')['p1']}>"], "Resultaten onderzoek CLB - Noah",
     """Beste mevrouw Peeters,

Zoals besproken op het oudercontact: het CLB heeft de resultaten van het onderzoek van Noah met mij doorgenomen. Er is geen sprake van een leerstoornis, maar wel van een grote achterstand in woordenschat en een zwak werkgeheugen. We willen Noah daarom vanaf volgende week opnemen in het remediëringstraject Nederlands (dinsdag 8e uur) en hem extra tijd geven bij toetsen. Het CLB nodigt u uit voor een gesprek om het verslag toe te lichten.

Met vriendelijke groeten,
Sarah Van Damme
titularis 3B""", date="2024-12-17 18:45", kind="qp",
     rules=["sensitive"], cats=["care"], about=ids("noah_pe"), mis=True,
     note="CLB test results and extra care measures for Noah Peeters sent only to the mother of Noah Pieters")

mail("mis-sem-openstaande-rekening", S["patrick"], [f"<{P('sem_wu')['p1']}>"], "Herinnering schoolrekening Sem",
     """Geachte ouders van Sem,

Volgens onze boekhouding staat er voor Sem (1B) nog 213,80 euro open van de facturen van september en november. Vorige maand spraken we met mevrouw Wouters een afbetalingsplan af van 30 euro per maand, maar de betalingen van januari en februari zijn niet toegekomen.

Kan u ons laten weten of het plan moet worden aangepast? Een gesprek met onze zorgcoördinator is altijd mogelijk, in alle discretie.

Met vriendelijke groeten,
Patrick Daems
boekhouding""", date="2025-03-03 10:05", kind="plain",
     rules=["sensitive"], cats=["financial"], about=ids("sem_wo"), mis=True,
     note="unpaid bill and failed payment plan of the Wouters family sent only to the parents of Sem Wuyts")

mail("mis-amira-medicatie", S["martine"], [f"<{P('amina')['p1']}>"], "Medicatie Amira",
     """Beste mevrouw,

De inhalator en de tabletten van Amira (Ventolin en montelukast) die op het secretariaat bewaard worden, zijn bijna op. Ook is het medicatieattest van de longarts verlopen op 31 januari. Wilt u een nieuw attest en een nieuwe verpakking meegeven?

Met vriendelijke groeten,
Martine
secretariaat""", date="2025-02-04 09:25", kind="plain",
     rules=["sensitive"], cats=["medical"], about=ids("amira"), mis=True,
     note="asthma medication of Amira Benali (1D) sent only to the parents of Amina El Idrissi (same class)")

mail("mis-milo-taak-inhalen", S["an"], [f"Annelies Claes <{P('milo_cl')['p1']}>"], "Milo - taken wiskunde",
     """Beste mevrouw Claessens,

Milo heeft de laatste drie taken wiskunde niet ingediend. Hij moet ze inhalen in de avondstudie van maandag. Kan u dit opvolgen?

Vriendelijke groet,
An Devos""", date="2024-11-15 12:40", kind="plain",
     rules=[], about=ids("milo_c"), mis=True,
     note="missing homework of Milo Claessens (2A) sent only to the mother of Milo Claes (2B)")

mail("mis-ward-pesten-bus", S["mehdi"], [f"Sofie Lemmens <{P('warre')['p1']}>"], "Gesprek over Ward",
     """Beste mevrouw Leemans,

Na de melding van de buschauffeur wil ik u graag uitnodigen voor een gesprek over wat Ward de laatste maanden meemaakt op de bus van lijn 2. We hebben de indruk dat hij al een tijd geïsoleerd en gepest wordt door oudere leerlingen, en dat hij daar thuis weinig over vertelt.

Past donderdag 12 december om 16u15?

Met vriendelijke groet,
Mehdi El Amrani
leerlingenbegeleiding""", date="2024-12-06 11:30", kind="alt",
     rules=["sensitive"], cats=["psychosocial"], about=ids("ward"), mis=True,
     note="bullying follow-up about Ward Leemans sent only to the mother of Warre Lemmens (same class)")

mail("mis-hajar-strook-ieper", S["yusuf"], [f"<{P('hiba')['p1']}>"], "Strookje uitstap Ieper",
     """Beste ouders,

Van Hajar heb ik nog geen ondertekend strookje terug voor de uitstap naar Ieper op 6 mei. Kan ze het morgen meebrengen? Anders kan ze helaas niet mee.

Yusuf Demir""", date="2025-04-17 16:02", kind="plain",
     rules=[], about=ids("hajar"), mis=True,
     note="permission-slip reminder for Hajar sent only to the parents of Hiba (same class)")

mail("mis-chloe-bulletin-fr", S["kristel"], [f"<{P('chloe_lau')['p1']}>"], "Bulletin de Chloé - français",
     """Madame Lambert,

Un petit mot sur le bulletin de Chloé : ses résultats en français sont bons, mais elle doit retravailler la conjugaison du subjonctif avant les examens de juin. Je lui ai donné un dossier d'exercices supplémentaires.

Bien à vous,
Kristel Maes""", date="2025-04-04 18:30", kind="qp", lang="fr",
     rules=[], about=ids("chloe_la"), mis=True,
     note="report comment for Chloé Lambert sent only to the parent of Chloé Laurent (same class)")

mail("mis-jasper-knie", S["tom"], [f"Ann Sels <{P('jesper')['p1']}>"], "Re: attest knie",
     """Beste mevrouw Segers,

Het attest is goed ontvangen. Na de operatie aan zijn kruisband mag Jasper dus tot de zomervakantie niet meedoen met LO. Hij krijgt een theorieopdracht over sportblessures in de plaats, en bij de sportdag mag hij helpen bij de jurering.

Veel beterschap aan Jasper!
Tom Peeters""", date="2025-03-12 13:50", kind="plain", reply_to_id="<segers-knie@telenet.be>",
     rules=["sensitive"], cats=["medical"], about=ids("jasper"), mis=True,
     note="knee-surgery PE exemption of Jasper Segers sent only to the mother of Jesper Sels (same class)", fmt=["reply"])

mail("mis-elise-handelingsplan", S["sofie"], [f"<{P('elisa')['p1']}>"], "Handelingsplan Elise",
     """Beste ouders van Elise,

In bijlage vindt u het handelingsplan dat we samen met Elise hebben opgesteld na het gesprek over haar faalangst en de paniek die ze voelt bij toetsen. De afspraken (toetsen in het zorglokaal, vooraf een overzicht van de leerstof, wekelijks gesprekje met mij) gaan in vanaf maandag. Het CLB blijft betrokken.

Met vriendelijke groeten,
Sofie Claes
zorgcoördinator""", date="2025-01-22 15:15", kind="qp",
     atts=[("Handelingsplan_Elise_3C.pdf", "application/pdf", fake_pdf("Handelingsplan Elise Vos 3C - faalangst - afspraken"))],
     rules=["sensitive"], cats=["care", "psychosocial"], about=ids("elise"), mis=True,
     note="care plan for test anxiety of Elise Vos sent only to the parents of Elisa Van Os (same class)")


# ============================================================================================
# GENERAL LETTERS (20) - must pass
# ============================================================================================

mail("alg-medicatie-op-school", S["martine"], [], "Medicatie op school - hoe gaan we te werk?",
     """Geachte ouders,

Moet uw kind tijdens de schooluren medicatie nemen? Dan vragen we u om onderstaande afspraken te volgen. Zo kunnen we de veiligheid van de leerling garanderen.

1. Vermijd zoveel mogelijk dat medicatie op school genomen moet worden. Vraag de arts of de dosis ook 's ochtends en 's avonds kan.
2. Als het toch moet, laat dan het attest "medicatie op school" invullen en ondertekenen door de behandelende arts (bv. voor een pufje bij astma, een middagpil of een antibioticakuur). U vindt het attest op Smartschool bij Documenten.
3. Geef de medicatie in de originele verpakking, met de naam van de leerling erop, af op het secretariaat.
4. De leerling neemt de medicatie zelf, in het bijzijn van een medewerker van het secretariaat. Personeelsleden dienen geen medicatie toe zonder attest, ook geen pijnstiller.
5. Het attest geldt voor één schooljaar of tot de behandeling wijzigt.

Voelt uw kind zich ziek op school, dan verwittigen we u en vragen we u om uw kind op te halen.

Met vriendelijke groeten,
het secretariaat""", date="2024-09-04 12:00", kind="alt", bcc=["ouders@sintpieterscollege.be"],
     to_header="Secretariaat Sint-Pieterscollege <secretariaat@sintpieterscollege.be>",
     rules=[], about=[], note="general letter to all parents (Bcc) on the medication procedure, no pupil", fmt=["list"])

mail("alg-clb-infofiche", S["inge"], [], "Wat doet het CLB voor uw kind?",
     """Beste ouders van het eerste jaar,

Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Hieronder een kort overzicht.

Wat doet het CLB?
Het CLB helpt leerlingen, ouders en de school bij vragen over leren en studeren, over de studiekeuze, over gezondheid en over hoe een leerling zich voelt. Bv. als uw kind moeite heeft met plannen, zich niet goed voelt in de klas of twijfelt over een studierichting.

Is het CLB verplicht?
De begeleiding is gratis en vertrouwelijk. Sommige dingen zijn verplicht: de systematische contacten (het medisch onderzoek in het eerste jaar, de vaccinaties als u daarvoor toestemming geeft) en de opvolging van de leerplicht.

Wat gebeurt er met de gegevens?
Het CLB houdt een dossier bij dat los staat van de school. De school krijgt enkel de informatie die nodig is om uw kind goed te begeleiden, en pas na uw toestemming.

Hoe neemt u contact op?
Via de leerlingenbegeleiding van de school of rechtstreeks via de website van het CLB Leuven. Tijdens het schooljaar is er elke dinsdagvoormiddag een CLB-medewerker op school.

Met vriendelijke groeten,
Inge Wouters
adjunct-directeur eerste graad""", date="2024-09-10 15:30", kind="qp", bcc=["ouders-1e-jaar@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="general CLB information page sent to first-year parents in Bcc, FAQ style")

mail("alg-pestbeleid-vraag-ouder", S["griet"], [f"<{P('liam')['p2']}>"], "Re: vraag over pestbeleid",
     """Beste meneer Goossens,

U vroeg hoe onze school omgaat met pesten, omdat u daarover een reportage zag. Graag licht ik het kort toe.

- Preventie: in elk jaar is er een week rond "samen school maken" en in het eerste jaar werken de titularissen met klasafspraken die de leerlingen zelf opstellen.
- Melden: een leerling (of ouder) kan pesten melden bij elke leerkracht, bij de leerlingenbegeleiding of anoniem via de meldknop op Smartschool.
- Aanpak: we werken met de "no blame"-methode. Dat betekent dat we eerst met een groepje leerlingen rond het gepeste kind zoeken naar oplossingen, zonder meteen te straffen. Stopt het pesten niet, dan volgen sancties volgens het orde- en tuchtreglement.
- Online: ook pesten via sociale media pakken we aan als het de sfeer op school beïnvloedt, bv. in klasgroepen.

Het volledige pestbeleid vindt u in het schoolreglement, deel III. Aarzel niet als u nog vragen heeft.

Met vriendelijke groeten,
Griet Lenaerts
leerlingenbegeleiding""", date="2024-10-03 10:44", kind="plain", reply_to_id="<goossens-pesten@telenet.be>",
     rules=[], about=[], note="reply to one parent's general question about the school's anti-bullying policy, no pupil concerned", fmt=["reply", "list"])

mail("alg-kantinekaart-opladen", S["ellen"], [], "Kantinekaart: zo laadt u ze op",
     """Beste ouders,

Vanaf dit schooljaar betaalt uw kind in de kantine (warme maaltijd, soep, drankjes) enkel nog met de kantinekaart. Hoe werkt het?

Opladen
U laadt de kaart op via de betaalmodule in Smartschool (menu "Kantine"), met Payconiq of bancontact. Het bedrag staat binnen het uur op de kaart. Aan de kassa kan de leerling ook cash opladen (briefjes van 5, 10 of 20 euro).

Saldo
Het saldo ziet u in Smartschool. Bij minder dan 5 euro krijgt u automatisch een bericht.

Kaart kwijt?
Meld het zo snel mogelijk aan het secretariaat, dan blokkeren we de kaart. Een nieuwe kaart kost 5 euro; het saldo wordt overgezet.

Einde schooljaar
Het saldo blijft staan voor het volgende schooljaar. Verlaat uw kind de school, dan storten we het terug.

Met smakelijke groeten,
Ellen Nijs
kantine""", date="2024-09-06 09:00", kind="html-b64", bcc=["ouders@sintpieterscollege.be"],
     to_header="Kantine Sint-Pieterscollege <kantine@sintpieterscollege.be>", rules=[], about=[],
     note="general letter to all parents (Bcc) on how to top up the canteen card")

mail("alg-schoolreglement-afwezigheden", S["dir"], [], "Schoolreglement: wat als uw kind afwezig is?",
     """Geachte ouders,

Omdat we dit trimester veel vragen kregen, zetten we de regels rond afwezigheden uit het schoolreglement (deel II, punt 4.3) nog eens op een rijtje.

4.3.1 Afwezig wegens ziekte
- Is uw kind maximaal drie opeenvolgende kalenderdagen ziek, dan volstaat een verklaring van de ouders (in de schoolagenda of via Smartschool). Dat kan maximaal vier keer per schooljaar.
- Bij een langere afwezigheid, of vanaf de vijfde keer, is een medisch attest nodig.
- Tijdens de examens is altijd een medisch attest nodig, ook voor één dag.

4.3.2 Andere afwezigheden
Bv. een begrafenis van een familielid, een dagvaarding voor de rechtbank of de deelname aan een topsportwedstrijd. Die zijn gewettigd mits een officieel document.

4.3.3 Afwezig om een andere reden
Voor elke andere afwezigheid is vooraf toestemming van de directie nodig, bv. voor een rijexamen of een familiegebeurtenis in het buitenland.

4.3.4 Problematische afwezigheden
Vanaf vijf halve dagen ongewettigde afwezigheid neemt de school contact op met u en met het CLB.

Verwittig het secretariaat altijd vóór 8u20 als uw kind afwezig is.

Met vriendelijke groeten,
Koen Van Roey
directeur""", date="2024-11-22 14:00", kind="cp1252", bcc=["ouders@sintpieterscollege.be"],
     to_header="Directie Sint-Pieterscollege <directie@sintpieterscollege.be>", rules=[], about=[],
     note="rule-book section on absences sent to all parents in Bcc, numbered headings")

mail("alg-privacyverklaring", S["privacy"], [], "Hoe gaan wij om met de gegevens van uw kind? (privacyverklaring)",
     """Beste ouders,

Bij de start van het schooljaar bezorgen we u onze aangepaste privacyverklaring. Hier de belangrijkste punten.

Welke gegevens verwerken we?
- identificatiegegevens van de leerling en de ouders (naam, adres, telefoonnummer, e-mailadres, rijksregisternummer)
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden)
- gegevens over de begeleiding (bv. maatregelen bij leerproblemen), enkel voor wie dat nodig heeft
- gezondheidsgegevens, alleen als u ze zelf meedeelt en ze nodig zijn (bv. een allergie bij een uitstap)
- financiële gegevens voor de schoolrekening
- beeldmateriaal, enkel met uw toestemming

Wie krijgt de gegevens?
Het personeel voor zover nodig, het CLB, het ministerie van Onderwijs en onze verwerkers (bv. Smartschool). Wij verkopen nooit gegevens.

Hoe lang bewaren we ze?
Zo lang als de wet ons verplicht, daarna worden ze vernietigd.

Uw rechten
U heeft recht op inzage, verbetering en in sommige gevallen verwijdering. Vragen of een klacht? Mail naar privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
de functionaris voor gegevensbescherming van LKSD""", date="2024-09-09 08:00", kind="alt", bcc=["ouders@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="privacy statement listing data categories (health, national number) in general terms, all parents in Bcc", fmt=["list"])

mail("alg-krakow-reisinfo", S["eline"], [], "Uitwisseling Kraków: praktische info",
     """Beste ouders van de deelnemers aan de uitwisseling,

Nog drie weken en dan vertrekken we naar Kraków! Hier alle praktische info.

Vertrek: maandag 24 maart, 5u00 aan de schoolpoort (Naamsesteenweg), bus naar Zaventem, vlucht om 8u10.
Terugkomst: zondag 30 maart, rond 19u aan de school.

Meenemen
- geldige identiteitskaart (controleer de vervaldatum!) en de Europese ziekteverzekeringskaart
- eventuele medicatie van uw kind, in de handbagage, met het attest dat u bij de inschrijving invulde
- een klein geschenkje voor het gastgezin (bv. Belgische chocolade of iets uit Leuven)
- zakgeld: maximaal 50 euro, in zloty of met een bankkaart

Afspraken
Uw kind verblijft in een gastgezin en volgt overdag het programma met de Poolse leerlingen. Gsm mag, maar tijdens activiteiten blijft hij in de zak. Tijdens de reis is er elke avond een bericht op Smartschool met foto's (enkel van leerlingen met fototoestemming).

In noodgevallen bereikt u de begeleiders via het secretariaat, dat dag en nacht het nummer van de reisgsm doorgeeft.

Met vriendelijke groeten,
Eline Jacobs en Stijn Geerts""", date="2025-03-03 19:00", kind="qp", bcc=["ouders-krakow@sintpieterscollege.be"],
     to_header="Eline Jacobs <eline.jacobs@sintpieterscollege.be>", rules=[], about=[],
     note="general trip information to the exchange participants' parents in Bcc")

mail("alg-avondstudie-afspraken", S["wim"], [], "Afspraken avondstudie 2024-2025",
     """Beste ouders,

Uw kind is ingeschreven voor de avondstudie. Om iedereen rustig te laten werken, gelden deze afspraken:

1. De studie begint om 16u25 in lokaal A001. Wie te laat komt zonder reden, noteren we in de agenda.
2. Korte studie tot 17u15, lange studie tot 18u00. Eerstejaars mogen om 17u45 naar huis.
3. Tijdens de studie is het stil. Vragen aan medeleerlingen stel je in de pauze om 17u15.
4. Gsm staat uit en zit in de boekentas, tenzij de studiemeester toelaat hem te gebruiken voor een taak.
5. Wie klaar is met taken, studeert of leest. Een boek meebrengen is dus altijd een goed idee.
6. Afwezig? Ouders melden dit vóór 15u via Smartschool. Na vijf ongewettigde afwezigheden kan de inschrijving vervallen.

De kosten worden per trimester via de schoolrekening verrekend.

Met vriendelijke groeten,
Wim Verhaegen
studiemeester""", date="2024-09-13 11:00", kind="plain", bcc=["ouders-avondstudie@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="study-hall rules sent to the parents of enrolled pupils in Bcc", fmt=["list"])

_exam_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri;font-size:11pt">
<p>Beste ouders van de eerste graad,</p>
<p>Hieronder het examenrooster van juni. Uw kind komt enkel naar school voor de examens; na het examen is er studie tot 12u05 voor wie niet naar huis kan.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Dag</th><th>1e jaar A</th><th>2e jaar A</th><th>1e/2e jaar B</th></tr>
<tr><td>ma 16/6</td><td>Nederlands</td><td>Wiskunde</td><td>Nederlands</td></tr>
<tr><td>di 17/6</td><td>Wiskunde</td><td>Nederlands</td><td>Wiskunde</td></tr>
<tr><td>wo 18/6</td><td>Frans</td><td>Engels</td><td>Project algemene vakken</td></tr>
<tr><td>do 19/6</td><td>Natuurwetenschappen</td><td>Frans</td><td>-</td></tr>
<tr><td>vr 20/6</td><td>Geschiedenis / Aardrijkskunde</td><td>Natuurwetenschappen</td><td>Frans</td></tr>
<tr><td>ma 23/6</td><td>inhaaldag</td><td>inhaaldag</td><td>inhaaldag</td></tr>
</table>
<p>Is uw kind ziek tijdens een examen, verwittig dan de school vóór 8u30 en bezorg een medisch attest. De leerling haalt het examen in op de inhaaldag of op een moment dat de klassenraad bepaalt.</p>
<p>Het rapport wordt uitgedeeld op maandag 30 juni.</p>
<p>Met vriendelijke groeten,<br>Inge Wouters<br>adjunct-directeur eerste graad</p></body></html>
"""
mail("alg-examenrooster-eerste-graad", S["inge"], [], "Examenrooster juni - eerste graad",
     "", html=_exam_html, kind="html", date="2025-05-26 13:00", bcc=["ouders-1e-graad@sintpieterscollege.be"],
     to_header="Inge Wouters <inge.wouters@sintpieterscollege.be>", rules=[], about=[],
     note="exam timetable table for first-grade parents in Bcc", fmt=["table"])

mail("alg-gsm-question-fr", S["inge"], [f"Isabelle Marchal <{P('maxime')['p2']}>"], "Re: utilisation du GSM à l'école",
     """Madame,

Merci pour votre question. Voici ce que prévoit notre règlement scolaire (partie II, point 5.2) :

- Pendant les cours, le GSM de l'élève est éteint et rangé dans le cartable, sauf si le professeur demande de l'utiliser pour une activité.
- Pendant les récréations et le temps de midi, les élèves du premier degré ne peuvent pas utiliser leur GSM ; à partir de la 3e année, c'est permis dans la cour.
- Si un élève ne respecte pas cette règle, le GSM est confisqué et peut être récupéré au secrétariat à la fin de la journée.
- En cas d'urgence, vous pouvez toujours joindre votre enfant via le secrétariat.

N'hésitez pas si vous avez d'autres questions.

Bien cordialement,
Inge Wouters
directrice adjointe""", date="2024-09-18 09:10", kind="qp", reply_to_id="<marchal-gsm@gmail.com>", lang="fr",
     rules=[], about=[], note="French reply to one parent's general question about phone rules in the rule book", fmt=["reply"])

mail("alg-buslijn-wijziging", S["ruben"], [], "Schoolbus: nieuwe dienstregeling lijn 1 en 3",
     """Beste ouders,

Vanaf maandag 6 januari wijzigt de dienstregeling van de schoolbussen lijn 1 (Bierbeek - Lovenjoel - Korbeek-Lo) en lijn 3 (Huldenberg - Neerijse - Sint-Joris-Weert).

Wat verandert er?
- Lijn 1 vertrekt 5 minuten vroeger aan elke halte; de halte "Lovenjoel Dorp" verhuist naar de kerk.
- Lijn 3 rijdt 's avonds om 16u15 en om 17u50 (na de avondstudie). De rit van 17u15 vervalt.
- Op woensdag vertrekken beide lijnen om 12u20.

De volledige dienstregeling vindt u op Smartschool onder "Schoolbus". Uw kind moet altijd zijn busabonnement kunnen tonen aan de chauffeur.

Met vriendelijke groeten,
Ruben Hendrickx
buscoördinator""", date="2024-12-20 12:30", kind="plain", bcc=["ouders-schoolbus@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="bus timetable change to parents of bus users in Bcc")

mail("alg-koor-oproep-leerlingen", S["hanne"], [], "Zing je mee? Schoolkoor zoekt stemmen!",
     """Hoi allemaal!

Ons schoolkoor zoekt nieuwe zangers, van het eerste tot het zesde jaar. Je hoeft geen noten te kunnen lezen, goesting is genoeg.

We repeteren elke dinsdag van 12u40 tot 13u20 in het muzieklokaal (boterhammen mogen mee). Dit jaar zingen we op het kerstconcert, in de paasviering en we gaan in mei op uitwisseling naar het schoolkoor in Kraków.

Kom vrijblijvend naar de eerste repetitie op 1 oktober!

Mevr. De Smedt""", date="2024-09-23 08:00", kind="html", bcc=["leerlingen@sintpieterscollege.be"],
     to_header="Hanne De Smedt <hanne.desmedt@sintpieterscollege.be>", rules=[], about=[],
     note="choir recruitment message to all pupils in Bcc")

mail("alg-theater-tickets", S["jeroen"], [], "Theatergroep speelt 'De Storm' - tickets",
     """Beste ouders,

De theatergroep van onze school brengt dit jaar een eigen bewerking van "De Storm" van Shakespeare. Uw zoon of dochter speelt mee, helpt achter de schermen of zit misschien gewoon in het publiek - iedereen is welkom!

Voorstellingen: vrijdag 16 en zaterdag 17 mei om 19u30 in de feestzaal.
Tickets: 8 euro, 5 euro voor leerlingen en kinderen onder 12. U reserveert via de betaalmodule op Smartschool ("Theater 2025"). De tickets liggen klaar aan de ingang.

De opbrengst gaat naar het solidariteitsfonds van de school, waarmee we uitstappen betalen voor leerlingen voor wie dat moeilijk is.

Tot dan!
Jeroen Mertens en de theatergroep""", date="2025-04-22 18:00", kind="alt", bcc=["ouders@sintpieterscollege.be"],
     to_header="Theatergroep Sint-Pieterscollege <info@sintpieterscollege.be>", rules=[], about=[],
     note="general invitation and ticket info for the school play, all parents in Bcc")

mail("alg-gastgezinnen-oproep", S["eline"], [], "Gezocht: gastgezinnen voor onze Poolse gasten",
     """Beste ouders van het vierde jaar,

Van 7 tot 13 oktober ontvangen we 22 leerlingen en 3 leerkrachten van onze partnerschool in Kraków, in het kader van ons Erasmus+-project. Daarvoor zoeken we gastgezinnen.

Wat vragen we?
- een eigen bed (eventueel op de kamer van uw kind) en ontbijt en avondmaal
- uw kind neemt de gast 's ochtends mee naar school
- één avond een gezinsactiviteit, de andere avonden zorgen wij voor programma

Wat krijgt u terug?
Uw kind kan in maart zelf een week naar Kraków, bij hetzelfde gastgezin.

Interesse? Vul het formulier in op Smartschool vóór 15 september. Heeft uw kind een allergie of dieet, of heeft het gezin een huisdier, vermeld het dan in het formulier zodat we goed kunnen koppelen.

Met vriendelijke groeten,
Eline Jacobs
Erasmus+ coördinator""", date="2024-09-02 19:30", kind="qp", bcc=["ouders-4e-jaar@sintpieterscollege.be"],
     to_header="undisclosed-recipients:;", rules=[], about=[],
     note="call for host families to fourth-year parents in Bcc", fmt=["list"])

mail("alg-luizen-1b", S["ilse"], [], "Luizen in de klas",
     """Beste ouders van 1B,

In de klas van uw kind werden luizen vastgesteld. Dat heeft niets met hygiëne te maken en kan iedereen overkomen. Wilt u deze week het haar van uw kind (en van de andere gezinsleden) controleren met een luizenkam, bv. na het wassen met wat conditioner?

Vindt u luizen of neten, behandel dan volgens de bijsluiter van een middel van de apotheek en kam de volgende twee weken om de twee dagen. Uw kind mag gewoon naar school komen.

Meer info vindt u op de website van het CLB.

Met vriendelijke groeten,
Ilse Willems""", date="2024-10-11 16:15", kind="plain", bcc=["ouders-1b@sintpieterscollege.be"],
     to_header="Ilse Willems <ilse.willems@sintpieterscollege.be>", rules=[], about=[],
     note="general lice notice to the parents of a class in Bcc, no pupil named")

mail("alg-schoolrekening-herinnering", S["patrick"], [], "Herinnering: schoolrekening eerste trimester",
     """Beste ouders,

Begin november ontving u de schoolrekening van het eerste trimester. Die moest betaald zijn op 30 november. Heeft u al betaald, dan mag u deze mail als niet verzonden beschouwen.

U vindt uw rekening en de gestructureerde mededeling in Smartschool, onder "Schoolrekening". Gebruik altijd die mededeling, dan wordt de betaling automatisch verwerkt.

Lukt het om welke reden ook niet om de rekening in één keer te betalen? Neem dan contact op met de boekhouding of met onze zorgcoördinator. We zoeken in alle discretie naar een oplossing, bv. een betaling in schijven. Ook voor vragen over de schooltoelage kan u bij ons terecht.

Met vriendelijke groeten,
Patrick Daems
boekhouding""", date="2024-12-04 09:00", kind="plain", bcc=["ouders@sintpieterscollege.be"],
     to_header="Boekhouding Sint-Pieterscollege <boekhouding@sintpieterscollege.be>", rules=[], about=[],
     note="invoice reminder to all parents in Bcc, payment plans offered in general terms")

mail("alg-canteen-card-en", S["ellen"], [f"Claire O'Neill <{P('james')['p1']}>"], "Re: canteen card",
     """Dear Mrs O'Neill,

Thanks for your question, here is how the canteen card works:

- Every pupil gets a card in the first week. It is also his or her library card.
- You top it up through the "Kantine" module in Smartschool (Payconiq or bank card); the amount is available within the hour.
- A hot meal costs 4.90 euro, soup 0.80 euro. Pupils can't go below zero.
- If the card is lost, the secretariat blocks it and a new one costs 5 euro.

You'll find an English version of the canteen rules on Smartschool as well.

Kind regards,
Ellen Nijs
canteen""", date="2024-09-11 14:25", kind="plain", reply_to_id="<claire-canteen@gmail.com>", lang="en",
     rules=[], about=[], note="reply to one parent's general question about the canteen card, in English", fmt=["reply", "list"])

mail("alg-ict-laptopreglement", S["bart"], [], "Laptop in de klas vanaf het derde jaar",
     """Beste ouders van het derde jaar,

Vanaf dit schooljaar werkt uw kind in de klas met een eigen laptop. Enkele afspraken uit ons ICT-reglement:

1. De laptop is elke dag opgeladen mee. Opladen in de klas kan niet voor iedereen.
2. De leerling meldt zich aan met het schoolaccount. Een wachtwoord deel je met niemand, ook niet met je beste vriend(in).
3. Tijdens de les zijn enkel de programma's open die de leerkracht vraagt.
4. Foto's of filmpjes van medeleerlingen of leerkrachten maken en verspreiden zonder toestemming is verboden.
5. Bij een defect: meld het aan de ICT-dienst (lokaal A005); we voorzien een leenlaptop.

Met vriendelijke groeten,
het ICT-team""", date="2024-09-05 17:00", kind="qp", bcc=["ouders-3e-jaar@sintpieterscollege.be"],
     to_header="ICT Sint-Pieterscollege <ict@sintpieterscollege.be>", rules=[], about=[],
     note="ICT rules for pupils' laptops to third-year parents in Bcc; mentions passwords generically", fmt=["list"])

mail("alg-oudercontact-uitnodiging", S["dir"], [], "Uitnodiging oudercontact 20 december",
     """Geachte ouders,

Op vrijdag 20 december organiseren we het oudercontact na de kerstexamens, van 16u tot 20u.

U kan een gesprek boeken met de titularis en met de vakleerkrachten via de module "Oudercontact" in Smartschool, vanaf maandag 9 december om 19u. Een gesprek duurt 10 minuten. Heeft u meer tijd nodig, bv. omdat u de studiekeuze van uw kind wil bespreken, boek dan twee aansluitende momenten.

Ook de leerlingenbegeleiding en het CLB zijn aanwezig; u kan bij hen zonder afspraak langsgaan.

Tijdens het oudercontact is de kantine open voor koffie en een broodje.

Met vriendelijke groeten,
Koen Van Roey
directeur""", date="2024-12-02 12:00", kind="alt", bcc=["ouders@sintpieterscollege.be"],
     to_header="Directie Sint-Pieterscollege <directie@sintpieterscollege.be>", rules=[], about=[],
     note="parent-teacher evening invitation to all parents in Bcc")

mail("alg-ziek-tijdens-examen-vraag", S["martine"], [f"<{P('noah_m')['p1']}>"], "Re: vraag examens",
     """Beste ouders,

U vroeg wat er gebeurt als een leerling ziek wordt tijdens de examenperiode. Dat gaat zo:

- Verwittig het secretariaat dezelfde ochtend vóór 8u30.
- Bezorg een medisch attest; tijdens de examens volstaat een briefje van de ouders niet.
- De klassenraad beslist of het examen ingehaald moet worden. Meestal gebeurt dat op de inhaaldag na de examens.
- Wordt een leerling ziek tijdens een examen op school, dan mag hij het examen stoppen; we verwittigen dan de ouders.

Met vriendelijke groeten,
Martine Hermans
secretariaat""", date="2024-12-05 11:42", kind="plain", reply_to_id="<maes-examens@telenet.be>",
     rules=[], about=[], note="reply to one parent's general question on illness during exams; no pupil's illness mentioned", fmt=["reply", "list"])


# ============================================================================================
# Build
# ============================================================================================
PHONE_RE = re.compile(r"(?<![\d+])(?:\+32\s?|0)(?:4\d{2}|\d{1,2})(?:[ .-]?\d{2}){3}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"(geboren|born)[^\n]{0,20}\d{1,2}/\d{1,2}/\d{4}", re.I)


def is_school(a):
    d = a.split("@")[1]
    return any(d == x or d.endswith("." + x) for x in SCHOOL_DOMAINS)


def is_group(a):
    loc = a.split("@")[0]
    return is_school(a) and (loc in ("ouders", "leerlingen", "personeel") or loc.startswith(("klas-", "ouders-", "vakgroep-", "leerkrachten-")))


def all_text(m):
    t = m["subject"] + "\n" + m["body"] + "\n" + (m["html"] or "")
    if m["fwd"]:
        t += "\n" + m["fwd"]["body"]
    for name, ctype, data in m["atts"]:
        if ctype.startswith("text/"):
            t += "\n" + data
    return t


def check(m, name):
    problems = []
    rules = set(m["rules"])
    bad = rules - ALLOWED_RULES
    if bad:
        problems.append(f"unknown rules {bad}")
    if ("sensitive" in rules) != bool(m["cats"]):
        problems.append("sensitive/categories mismatch")
    if set(m["cats"]) - ALLOWED_CATS:
        problems.append("bad category")
    vis = [addr_of(a) for a in m["to"] + m["cc"]]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if is_group(a)]
    want_bcc = len(ext) > 1 or bool(grp)
    if want_bcc != ("bcc" in rules):
        problems.append(f"bcc label {('bcc' in rules)} but visible ext={ext} groups={grp}")
    env = (m["env_from"] or addr_of(m["frm"])).lower()
    if (not is_school(env)) != ("private_account" in rules) and not any(
            "gmail" in a or "hotmail" in a for a in vis if a.split("@")[0].startswith(env.split("@")[0][:5])):
        problems.append("private_account mismatch")
    t = all_text(m)
    pd = bool(PHONE_RE.search(t) or IBAN_RE.search(t) or RRN_RE.search(t) or DOB_RE.search(t))
    if pd != ("personal_data" in rules):
        problems.append(f"personal_data label {('personal_data' in rules)} but found={pd} "
                        f"{[x.group(0) for r in (PHONE_RE, IBAN_RE, RRN_RE, DOB_RE) for x in [r.search(t)] if x]}")
    risky = [n for n, _, _ in m["atts"] if re.search(r"\.(exe|bat|cmd|ps1|vbs|js|docm|xlsm|pptm|zip)$", n, re.I)]
    if m["atts"] and ("attachment" in rules) != bool(risky):
        problems.append("attachment mismatch")
    if not m["atts"] and "attachment" in rules:
        problems.append("attachment label without attachment")
    if m["mis"]:
        rc = {addr_of(a) for a in m["to"] + m["cc"] + m["bcc"]}
        for pid in m["about"]:
            row = next(r for r in ROSTER if r[0] == pid)
            if rc & {row[5], row[6]}:
                problems.append("misdirected mail reaches the right parents")
        if not any(rc & {r[5], r[6]} - {""} for r in ROSTER if r[0] not in m["about"]):
            problems.append("misdirected mail reaches no other pupil's parent")
    for pid in m["about"]:
        if not any(r[0] == pid for r in ROSTER):
            problems.append(f"about {pid} not in roster")
    return [f"{name}: {p}" for p in problems]


def yl(xs):
    return "[" + ", ".join(xs) + "]"


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(18).shuffle(order)
    labels = []
    problems = []
    slugs = set()
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        name = f"{n:03d}-{m['slug']}.eml"
        data, fmts = build_message(m, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        problems += check(m, name)
        env = (m["env_from"] or addr_of(m["frm"]))
        rcpt = [addr_of(a) for a in m["to"] + m["cc"] + m["bcc"]]
        lines = [f"{name}:",
                 f"  rules: {yl(m['rules'])}"]
        if "sensitive" in m["rules"]:
            lines.append(f"  categories: {{sensitive: {yl(m['cats'])}}}")
        lines += [f"  mail_from: {env}",
                  f"  rcpt: {yl(rcpt)}",
                  f"  about: {yl(m['about'])}",
                  f"  misdirected: {'true' if m['mis'] else 'false'}",
                  f"  note: {json.dumps(m['note'], ensure_ascii=False)}",
                  f"  lang: {m['lang']}",
                  f"  format: {yl(fmts)}"]
        labels.append("\n".join(lines))
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# batch18 - Sint-Pieterscollege Heverlee (18th author) - 150 mails\n")
        fh.write("\n".join(labels) + "\n")
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in ROSTER:
            w.writerow(r)
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"wrote {len(MAILS)} mails, {len(ROSTER)} pupils; {len(problems)} check problems")


if __name__ == "__main__":
    main()
