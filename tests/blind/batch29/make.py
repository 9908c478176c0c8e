#!/usr/bin/env python3
"""batch29 - blind labelled test mail, campus Haacht (rural school near Leuven).

Deterministic: fixed dates, fixed boundaries, fixed Message-IDs, seeded roster filler.
Run:  python3 make.py   (writes *.eml, labels.yaml, roster.csv next to this file)
Only the standard library is used.
"""
import csv
import datetime as dt
import email.utils
import hashlib
import io
import json
import os
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

OUT = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")

# ---------------------------------------------------------------------------
# Roster
# ---------------------------------------------------------------------------
# key pupils (used in mails): id, first, last, class, gender, parent1, parent2
KEY = """
P0001|Jens|Van den Bossche|3B|m|filip.vandenbossche@telenet.be|
P0002|Lotte|Van den Bossche|1A|f|filip.vandenbossche@telenet.be|
P0003|Kwinten|Hendrickx|4C|m|sabine.goris@hotmail.com|ward.hendrickx@telenet.be
P0004|Eline|Schepers|4A|f|annick.schepers@skynet.be|bert.schepers@proximus.be
P0005|Lisa|Verbruggen|2C|f|verbruggen.sandra@gmail.com|
P0006|Robin|Dierckx|4A|m|nathalie.dierckx@telenet.be|
P0007|Nina|Stevens|5B|f|stevens.patrick@skynet.be|els.bogaerts@gmail.com
P0008|Dylan|Wauters|4C|m|kimberly.wauters@hotmail.com|
P0009|Jolien|Maes|3A|f|maes.jessica@hotmail.com|
P0010|Seppe|Vandeputte|3B|m|vandeputte.joris@telenet.be|nele.cools@gmail.com
P0011|Amber|Luyten|3B|f|luyten.family@skynet.be|
P0012|Ibrahim|Ouali|3B|m|ouali.rachid@gmail.com|
P0013|Tuur|Vermeulen|3B|m|hoeve.vermeulen@telenet.be|
P0014|Febe|Smolders|3B|f|smolders.leen@gmail.com|
P0015|Tibo|Michiels|2A|m|michiels.hoeve@skynet.be|sarah.michiels@gmail.com
P0016|Warre|Bastiaens|2C|m|evi.cools@telenet.be|tim.bastiaens@gmail.com
P0017|Amira|Benali|2C|f|benali.fatima@hotmail.com|
P0018|Jarne|Claessens|3C|m|claessens.ingrid@gmail.com|
P0019|Fleur|Claessens|1A|f|claessens.ingrid@gmail.com|
P0020|Noah|Peeters|1C|m|sofie.lauwers@telenet.be|kevin.peeters@hotmail.com
P0021|Yasmine|El Idrissi|3A|f|elidrissi.mustapha@gmail.com|samira.bouzid@hotmail.com
P0022|Adam|El Idrissi|1B|m|elidrissi.mustapha@gmail.com|samira.bouzid@hotmail.com
P0023|Lore|Dewinter|2B|f|dewinter.katleen@telenet.be|
P0024|Ward|Nijs|1A|m|an.nijs@gmail.com|
P0025|Aïsha|Bakkali|6B|f|bakkali.ahmed@gmail.com|
P0026|Milan|De Cock|2C|m|decock.stefan@telenet.be|
P0027|Arne|Segers|1C|m|segers.griet@skynet.be|
P0028|Sien|Boeckx|1B|f|boeckx.tine@gmail.com|
P0029|Robbe|Verlinden|3C|m|verlinden.ann@telenet.be|
P0030|Emma|Wijns|1A|f|wijns.gert@telenet.be|
P0031|Dries|Van Dessel|3A|m|vandessel.kurt@skynet.be|
P0032|Lowie|Vanhoutte|1C|m|vanhoutte.lieselot@gmail.com|
P0033|Lien|Vermeiren|3B|f|vermeiren.hof@telenet.be|
P0034|Kobe|Mariën|5A|m|marien.kris@gmail.com|
P0035|Kiara|Dupont|2A|f|dupont.kelly@hotmail.com|
P0036|Lana|Willaert|2B|f|willaert.veronique@telenet.be|
P0037|Jarno|Geens|4C|m|geens.landbouw@skynet.be|
P0038|Lukas|Thys|4A|m|thys.ellen@gmail.com|
P0039|Viktor|Lambrechts|3C|m|lambrechts.nico@telenet.be|
P0040|Lenny|Verstraeten|5B|m|verstraeten.melkvee@telenet.be|
P0041|Grace|Kabongo|1B|f|kabongo.esther@gmail.com|
P0042|Merveille|Kabongo|3A|f|kabongo.esther@gmail.com|
P0043|Stan|Vandevelde|3B|m|vandevelde.bjorn@telenet.be|
P0044|Marie|Celis|1B|f|celis.martine@gmail.com|
P0045|Sarah|Vandenberghe|2A|f|vandenberghe.eva@gmail.com|jan.vandenberghe@skynet.be
P0046|Thomas|Heremans|2B|m|karen.heremans@telenet.be|wouter.heremans@gmail.com
P0047|Olivia|Walsh|2A|f|claire.walsh@gmail.com|
P0048|Joël|Mbuyi|4B|m|mbuyi.chantal@skynet.be|
P0049|Mathis|Peetermans|1A|m|peetermans.lies@gmail.com|
P0050|Ilias|Azzouz|1B|m|azzouz.karim@gmail.com|
P0051|Bilal|Chakir|1B|m|chakir.naima@hotmail.com|
P0052|Zoë|Vanderstraeten|5B|f|vanderstraeten.kathy@telenet.be|
P0053|Axel|Dehaes|1B|m|rosa.vanbiesen@skynet.be|
P0054|Jonas|Aerts|2A|m|aerts.tinne@gmail.com|
P0055|Kasper|Nuyts|1A|m|nuyts.evelien@telenet.be|
P0056|Ethan|Brooks|3A|m|mark.brooks@outlook.com|
P0057|Lars|Jacobs|3A|m|jacobs.steven@telenet.be|
P0058|Yusuf|Demir|4B|m|demir.ayse@hotmail.com|
P0059|Arthur|Lenaerts|4B|m|lenaerts.pieter@skynet.be|
P0060|Lotte|Vervoort|2B|f|vervoort.kris@gmail.com|
P0061|Senne|Vervoort|5A|m|vervoort.koen@telenet.be|
P0062|Bram|Wouters|4B|m|wouters.johan@telenet.be|
P0063|Niels|Wouters|2A|m|wouters.raf@telenet.be|
P0064|Jasper|Mattheus|3C|m|mattheus.inge@gmail.com|
P0065|Finn|Leemans|3C|m|leemans.kim@hotmail.com|
P0066|Amélie|Desmet|2C|f|desmet.frederik@telenet.be|
P0067|Maxim|Vandamme|2C|m|vandamme.heidi@gmail.com|
P0068|Zita|Verhulst|4A|f|verhulst.natasja@gmail.com|kurt.verhulst@skynet.be
P0069|Mats|Van Loock|1C|m|verhulst.natasja@gmail.com|tom.vanloock@telenet.be
P0070|Mauro|Vandenplas|3A|m|vandenplas.anja@telenet.be|
P0071|Mathias|Dewolf|2B|m|dewolf.peter@gmail.com|
P0072|Jelle|Van Acker|1B|m|vanacker.griet@telenet.be|
P0073|Wout|Peeters|2C|m|an.peeters72@telenet.be|
P0074|Nore|Lenaerts|1B|f|lenaerts.pieter@skynet.be|
P0075|Kato|Sels|2C|f|sels.bieke@gmail.com|
P0076|Stef|Rombouts|5A|m|sels.bieke@gmail.com|rombouts.erik@telenet.be
P0077|Noa|Schroyens|2A|f|schroyens.kristel@telenet.be|
P0078|Senna|Ceulemans|3C|f|ceulemans.johan@skynet.be|
P0079|Daniel|Okafor|2B|m|chioma.okafor@gmail.com|
P0080|Chloé|Lambert|3C|f|lambert.valerie@skynet.be|
P0081|Sander|Van Herck|4C|m|vanherck.lut@telenet.be|
P0082|Elise|Smeyers|1C|f|smeyers.joke@telenet.be|
P0083|Jonas|Doms|4B|m|inge.doms@skynet.be|
P0084|Rune|Pauwels|5B|m|lies.dewit@gmail.com|rudi.pauwels@hotmail.com
P0085|Sophie|Carter|4A|f|emma.carter@outlook.com|james.carter@gmail.com
P0086|Yentl|Huybrechts|6A|f|huybrechts.marc@telenet.be|
P0087|Milo|Bogaerts|2A|m|bogaerts.evy@telenet.be|
P0088|Jonas|Vleminckx|6A|m|vleminckx.an@skynet.be|
P0089|Wannes|Ooms|5A|m|ooms.frank@telenet.be|
P0090|Hajar|Ait Taleb|4A|f|aittaleb.mohamed@gmail.com|
P0091|Jitse|Peeters|3A|m|peeters.kathleen@gmail.com|
P0092|Noor|Vanhees|2B|f|vanhees.lotte@gmail.com|
P0093|Tess|Vanheesbeke|2B|f|vanheesbeke.tom@telenet.be|
P0094|Ferre|Dierickx|1A|m|dierickx.anouk@gmail.com|
P0095|Bas|Geerts|4C|m|geerts.marijke@gmail.com|
P0096|Hanna|Pinxten|2C|f|pinxten.ruth@telenet.be|
P0097|Elias|Mommaerts|3C|m|mommaerts.hans@skynet.be|
P0098|Lander|Vercammen|2B|m|jurgen.vercammen@telenet.be|
P0099|Ayoub|Tahiri|1B|m|tahiri.youssef@gmail.com|
P0100|Lina|Kowalska|1B|f|kowalska.agnieszka@gmail.com|
P0101|Mona|Van Espen|3A|f|kristof.vanespen@telenet.be|
P0102|Roos|Jansen|2A|f|sara.jansen@gmail.com|
P0103|Emre|Yilmaz|5C|m|mehmet.yilmaz@hotmail.com|
P0104|Tijs|Lauwers|1C|m|lauwers.nancy@skynet.be|
P0105|Manon|Dubois|1A|f|dubois.isabelle@skynet.be|
P0106|Staf|Goethals|3B|m|goethals.ann@telenet.be|
P0107|Jana|Vanhoutte|3C|f|pieter.vanhoutte@proximus.be|
P0108|Emiel|Wuyts|6C|m|wuyts.karolien@telenet.be|
P0109|Louise|Verbeeck|5C|f|verbeeck.dirk@skynet.be|
P0110|Mila|Van Campenhout|6D|f|vancampenhout.greta@telenet.be|
P0111|Yara|Haesen|5D|f|haesen.bieke@gmail.com|
P0112|Oskar|Nowak|4D|m|nowak.marta@gmail.com|
P0113|Jules|Timmermans|5C|m|timmermans.veerle@telenet.be|
P0114|Fien|Lemaire|6B|f|lemaire.christine@skynet.be|
P0115|Victor|Baeten|6C|m|baeten.wendy@gmail.com|
P0116|Nathan|Vos|2D|m|vos.kristel@telenet.be|
P0117|Laura|Swinnen|1D|f|swinnen.jo@telenet.be|
P0118|Ilyas|Bouzidi|4D|m|bouzidi.hassan@hotmail.com|
P0119|Kenzo|Mutombo|3D|m|mutombo.divine@gmail.com|
P0120|Ella|Vanhove|6D|f|vanhove.sabien@telenet.be|
"""

FIRST_M = ("Lucas Liam Louis Finn Arthur Jules Vic Mats Noah Warre Seppe Lars Wout Bram Stan Cas Milan Ruben "
           "Kobe Tuur Jef Lowie Ferre Rune Siebe Robbe Thibo Gilles Brent Jarne Daan Pieter Wannes Matteo Jasper "
           "Anas Youssef Hamza Mohamed Ayman Mehmet Emir Kerem Yusuf Jakub Szymon Kacper Kevin Dieudonné Gloire "
           "Elie Maxime Simon Nand Xander Lennert Aaron Bent Joren").split()
FIRST_F = ("Emma Louise Marie Lotte Lena Nina Fien Ella Noor Julie Hanne Lore Febe Elise Jana Kato Mila Ine Amber "
           "Lien Sara Laura Zoë Jolien Anouk Lisa Charlotte Silke Margot Tess Fleur Roos Axelle Yasmina Salma "
           "Imane Sanae Nour Elif Zeynep Ecem Zuzanna Maja Julia Grâce Divine Esther Ruth Amélie Luna Aline Floor "
           "Yana Lieze Marthe Jente").split()
LAST_FL = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Hermans Aerts "
           "Michiels Van Damme Smets Verstraete Lemmens Vermeulen Stevens Dewitte Van Roy Cools Geerts Coppens "
           "Verbeke Vandenbroucke Lenaerts Laenen Boon Vandersmissen Van Rompaey Wuyts Beckers Bosmans Daems "
           "Vanderlinden Verschueren Baert Nys Heylen Meeus Schoofs Van Ermen Loos Smeets Verheyden Bollen "
           "Dockx Van Linden Van Hoof Vranken Wellens Cuypers Sterckx Thielemans Van den Eynde Brosens").split(" ")
LAST_OTHER = ("El Amrani|Bouchiba|Haddouchi|Azzaoui|Benyahia|Ouardi|Yildiz|Kaya|Öztürk|Çelik|Arslan|Kowalski|"
              "Nowicka|Wiśniewski|Zielińska|Lukusa|Mbala|Kalonji|Tshibangu|Ilunga|Nkosi|Popescu|Kovač").split("|")

# multiword Flemish surnames written with a space
_ML = "Van Damme|De Smet|Van Roy|Van Rompaey|Van Ermen|Van Linden|Van Hoof|Van den Eynde".split("|")


def _fix_last(tokens):
    out, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("Van", "De") and i + 1 < len(tokens):
            if t == "Van" and tokens[i + 1] == "den":
                out.append(" ".join(tokens[i:i + 3])); i += 3; continue
            out.append(t + " " + tokens[i + 1]); i += 2; continue
        out.append(t); i += 1
    return out


LAST_FL = _fix_last(LAST_FL)
DOMS = ("telenet.be", "telenet.be", "gmail.com", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com")
PARENT_FIRST = ("An Kristof Sofie Bart Els Tom Nathalie Steven Katrien Wim Veerle Dirk Tine Jan Inge Pieter Leen "
                "Kurt Sandra Joris Hilde Geert Lies Wouter Karima Rachid Fatima Ahmet Ayşe Anna Piotr Marie-Claire "
                "Jean-Pierre").split()


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


CLASSES = [f"{g}{c}" for g in range(1, 7) for c in "ABCD"]


def build_roster():
    rows = []
    used_addr = set()
    for line in KEY.strip().splitlines():
        pid, fn, ln, kl, g, p1, p2 = line.split("|")
        rows.append(dict(id=pid, first=fn, last=ln, klas=kl, g=g, p1=p1, p2=p2))
        used_addr.update(a for a in (p1, p2) if a)
    rnd = random.Random(2929)
    percls = {c: 0 for c in CLASSES}
    for r in rows:
        percls[r["klas"]] += 1
    target = {c: (13 if i % 2 == 0 else 12) for i, c in enumerate(CLASSES)}
    names = {(r["first"], r["last"]) for r in rows}
    nxt = len(rows) + 1
    fill = []
    for c in CLASSES:
        for _ in range(max(0, target[c] - percls[c])):
            fill.append(c)
    # keep total at 300
    while len(rows) + len(fill) > 300:
        fill.pop(rnd.randrange(len(fill)))
    while len(rows) + len(fill) < 300:
        fill.append(rnd.choice(CLASSES))
    fill.sort(key=CLASSES.index)
    for c in fill:
        while True:
            g = rnd.choice("mf")
            fn = rnd.choice(FIRST_M if g == "m" else FIRST_F)
            ln = rnd.choice(LAST_OTHER) if rnd.random() < 0.22 else rnd.choice(LAST_FL)
            if (fn, ln) not in names:
                break
        names.add((fn, ln))
        sl = slugify(ln)
        pf = rnd.choice(PARENT_FIRST)
        style = rnd.randrange(5)
        if style == 0:
            p1 = f"{slugify(pf)}.{sl}@{rnd.choice(DOMS)}"
        elif style == 1:
            p1 = f"{sl}.{slugify(pf)}@{rnd.choice(DOMS)}"
        elif style == 2:
            p1 = f"{slugify(pf)}{sl}{rnd.randrange(60, 99)}@{rnd.choice(DOMS)}"
        elif style == 3:
            p1 = f"fam.{sl}@{rnd.choice(DOMS)}"
        else:
            p1 = f"{slugify(pf)[0]}.{sl}@{rnd.choice(DOMS)}"
        p2 = ""
        if rnd.random() < 0.45:
            pf2 = rnd.choice([x for x in PARENT_FIRST if x != pf])
            p2 = f"{slugify(pf2)}.{sl}@{rnd.choice(DOMS)}"
        if p1 in used_addr:
            p1 = p1.replace("@", f"{nxt % 10}@")
        if p2 in used_addr:
            p2 = ""
        used_addr.update(a for a in (p1, p2) if a)
        rows.append(dict(id=f"P{nxt:04d}", first=fn, last=ln, klas=c, g=g, p1=p1, p2=p2))
        nxt += 1
    for r in rows:
        r["mail"] = f"{slugify(r['first'])}.{slugify(r['last'])}@leerling.sintpieterscollege.be"
    return rows


ROSTER = build_roster()
R = {r["id"]: r for r in ROSTER}
PARENT_OF = {}
for _r in ROSTER:
    for _a in (_r["p1"], _r["p2"]):
        if _a:
            PARENT_OF.setdefault(_a.lower(), set()).add(_r["id"])


def par(pid, n=1, name=None):
    """address of parent n of pupil pid (from the roster), optionally with display name"""
    a = R[pid]["p1" if n == 1 else "p2"]
    assert a, (pid, n)
    return f"{name} <{a}>" if name else a


def lln(pid, name=True):
    """pupil's own school address"""
    r = R[pid]
    return f"{r['first']} {r['last']} <{r['mail']}>" if name else r["mail"]


def write_roster():
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for r in sorted(ROSTER, key=lambda r: (CLASSES.index(r["klas"]), r["last"], r["first"])):
            f.write(";".join([r["id"], r["first"], r["last"], r["klas"], r["mail"], r["p1"], r["p2"]]) + "\r\n")


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
DIR = "Hilde Van Roey <hilde.vanroey@sintpieterscollege.be>"
ADJ = "Marc Goossens <marc.goossens@sintpieterscollege.be>"
SOFIE = "Sofie Wouters <sofie.wouters@sintpieterscollege.be>"          # leerlingbegeleiding
BART = "Bart Vranckx <bvr@spc.ksleuven.be>"                            # leerlingbegeleiding
ANNEMIE = "Annemie Claes <annemie.claes@sintpieterscollege.be>"        # zorgcoördinator
LIEVE = "Lieve Meulemans <lieve.meulemans@clb-leuven.be>"              # CLB-anker
JOS = "Jos Verbiest <jos.verbiest@sintpieterscollege.be>"              # LO, 29 jaar op school
RITA = "Rita Janssens <rita.janssens@sintpieterscollege.be>"           # Frans
LUC = "Luc De Wachter <ldw@spc.ksleuven.be>"                           # aardrijkskunde, busbegeleiding
GREET = "Greet Vandenbroeck <greet.vandenbroeck@sintpieterscollege.be>"  # Nederlands, titularis 3B
PAUL = "Paul Mertens <paul.mertens@sintpieterscollege.be>"             # wiskunde
ILSE = "Ilse Cuypers <ilse.cuypers@sintpieterscollege.be>"             # biologie
DIRK = "Dirk Vanhoof <dirk.vanhoof@sintpieterscollege.be>"             # geschiedenis
NADIA = "Nadia El Amrani <nadia.elamrani@sintpieterscollege.be>"       # Engels
KOEN = "Koen Smets <koen.smets@sintpieterscollege.be>"                 # ICT-coördinator
MARLEEN = "Marleen Bosmans <secretariaat@sintpieterscollege.be>"       # secretariaat
VEERLE = "Veerle Lemmens <veerle.lemmens@sintpieterscollege.be>"       # boekhouding
TOM = "Tom Wuyts <tom.wuyts@sintpieterscollege.be>"                    # logistiek / bussen
RUBEN = "Ruben Jacobs <ruben.jacobs@sintpieterscollege.be>"            # LO, jonge collega
KATRIEN = "Katrien Willems <katrien.willems@sintpieterscollege.be>"    # titularis 1B
STIJN = "Stijn Verhaegen <svh@spc.ksleuven.be>"                        # wiskunde, titularis 4A
MIEKE = "Mieke Stroobants <mieke.stroobants@sintpieterscollege.be>"    # opvoeder
JEF = "Jef Vanderlinden <jef.vanderlinden@sintpieterscollege.be>"      # opvoeder / techniek
HANNE = "Hanne Daems <hanne.daems@sintpieterscollege.be>"              # Latijn, titularis 2A, ouderraad
WIM = "Wim Coppens <wim.coppens@sintpieterscollege.be>"                # economie, titularis 5B
ELS = "Els Van Gorp <els.vangorp@sintpieterscollege.be>"               # chemie, titularis 6A
GEERT = "Geert Pauwels <geert.pauwels@sintpieterscollege.be>"          # godsdienst, titularis 4C
MOHAMED = "Mohamed Achahbar <mohamed.achahbar@sintpieterscollege.be>"  # wiskunde
LEEN = "Leen Hermans <leen.hermans@sintpieterscollege.be>"             # zorgleerkracht / taal
CHARLOTTE = "Charlotte Verlinden <charlotte.verlinden@sintpieterscollege.be>"  # LO, nieuw
ROSA = "Rosa Mertens <rosa.mertens@sintpieterscollege.be>"             # keuken / refter
EVY = "Evy Raes <evy.raes@sintpieterscollege.be>"                      # interim Nederlands

FRANK = "Frank Heylen <frank.heylen@hometerdijle.be>"                  # opvoeder home Ter Dijle
HOMEDIR = "Els Moens <directie@hometerdijle.be>"
VANCAMP = "Wim Van Camp <planning@vancampreizen.be>"
OUDERRAAD = "Ouderraad SPC Haacht <ouderraad.spchaacht@gmail.com>"
OCMW = "Sociale dienst OCMW Haacht <sociale.dienst@haacht.be>"

SCHOOLTEL = "016 60 12 34"
SIG_SEC = "Marleen Bosmans\nsecretariaat Sint-Pieterscollege campus Haacht\nKerkstraat 27, 3150 Haacht\ntel. 016 60 12 34"

# ---------------------------------------------------------------------------
# Mail building
# ---------------------------------------------------------------------------
MAILS = []


def _tz(d):
    # Belgian summer time 2024/2025
    if dt.datetime(2024, 10, 27, 3) <= d < dt.datetime(2025, 3, 30, 2):
        return dt.timezone(dt.timedelta(hours=1))
    return dt.timezone(dt.timedelta(hours=2))


def D(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=_tz(d))


def M(slug, frm, to, subject, body=None, *, date, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False,
      note="", lang="nl", fmt="plain", cte=None, html=None, tags=(), env=None, attach=(), inner=None,
      charset="utf-8", reply_to_id=None, xmailer=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc], subject=subject,
                      body=body, date=date, rules=list(rules), cats=list(cats), about=list(about), mis=mis,
                      note=note, lang=lang, fmt=fmt, cte=cte, html=html, tags=list(tags), env=env,
                      attach=list(attach), inner=inner, charset=charset, reply_to_id=reply_to_id,
                      xmailer=xmailer))


def T(s):
    """dedent a body and strip the first newline"""
    return textwrap.dedent(s).lstrip("\n")


def html_of(text, outlook=True):
    """simple Outlook-like HTML from plain text (paragraphs, line breaks)"""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = esc.split("\n\n")
    ps = "\n".join(f'<p class="MsoNormal">{p.replace(chr(10), "<br>")}</p>' for p in paras)
    if not outlook:
        return f"<html><body><div>{ps}</div></body></html>"
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.tab{border-collapse:collapse}td{border:1px solid #999;padding:2px 6px;font-size:10.0pt}</style>'
            '</head><body lang="NL-BE"><div class="WordSection1">\n' + ps + '\n</div></body></html>')


def outlook_html(inner_html):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.tab{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-size:10.0pt}</style>'
            '</head><body lang="NL-BE"><div class="WordSection1">\n' + inner_html + '\n</div></body></html>')


def _addr(s):
    return email.utils.parseaddr(s)[1].lower()


def _msgid(slug, frm):
    dom = _addr(frm).split("@")[1]
    h = hashlib.md5(slug.encode()).hexdigest()
    if dom in ("gmail.com",):
        return f"<CA+{h[:20].upper()}{h[20:]}@mail.gmail.com>"
    if dom in ("hotmail.com", "outlook.com"):
        return f"<AM0PR{h[:4].upper()}MB{h[4:8]}{h[8:24].upper()}@AM0PR02MB.eurprd02.prod.outlook.com>"
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


def fake_zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def fake_exe(tag):
    hdr = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44)
    hdr[0x3c:0x40] = (64).to_bytes(4, "little")
    return bytes(hdr) + b"PE\x00\x00\x4c\x01" + b"\x00" * 200 + b"This program cannot be run in DOS mode.\r\n" + tag.encode()


def office_macro(kind, text):
    if kind == "docm":
        ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')
        return fake_zip([("[Content_Types].xml", ct),
                         ("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"),
                         ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n  VulFormulierIn\r\nEnd Sub\r\n")])
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>')
    return fake_zip([("[Content_Types].xml", ct),
                     ("xl/workbook.xml", f"<workbook><sheets><sheet name=\"{text}\"/></sheets></workbook>"),
                     ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"Module1\"\r\nSub Herbereken()\r\n  Application.Calculate\r\nEnd Sub\r\n")])


def build_message(m):
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = email.utils.format_datetime(m["date"])
    msg["From"] = m["frm"]
    if m["to"]:
        msg["To"] = ", ".join(m["to"])
    else:
        msg["To"] = "undisclosed-recipients:;"
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = _msgid(m["slug"], m["frm"])
    if m["reply_to_id"]:
        msg["In-Reply-To"] = m["reply_to_id"]
        msg["References"] = m["reply_to_id"]
    if m["xmailer"]:
        msg["X-Mailer"] = m["xmailer"]
    msg["MIME-Version"] = "1.0"
    fmt = m["fmt"]
    body = m["body"]
    if body is not None:
        body = body.replace("\r\n", "\n")
    if fmt == "html":
        msg.set_content(m["html"] or html_of(body), subtype="html", cte=m["cte"] or "quoted-printable")
    elif fmt == "alt":
        msg.set_content(body, charset=m["charset"], cte=m["cte"] or "quoted-printable")
        msg.add_alternative(m["html"] or html_of(body), subtype="html", cte="quoted-printable")
    else:
        msg.set_content(body, charset=m["charset"], cte=m["cte"] or "8bit")
    if m["inner"] is not None or m["attach"]:
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        if m["inner"] is not None:
            msg.add_attachment(m["inner"])
        for (fn, mt, st, data) in m["attach"]:
            if mt == "text":
                msg.add_attachment(data, subtype=st, filename=fn, cte="quoted-printable")
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    # deterministic boundaries + top-level CTE for multiparts
    n = 0
    h = hashlib.md5(m["slug"].encode()).hexdigest()[:12]
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_NextPart_{n:03d}_{h}")
    if msg.is_multipart():
        eight = any(p.get("Content-Transfer-Encoding", "").lower() == "8bit" for p in msg.walk())
        msg["Content-Transfer-Encoding"] = "8bit" if eight else "7bit"
    return msg


def inner_msg(frm, to, subject, body, date, cc=(), charset="utf-8", cte="quoted-printable", slug="inner"):
    im = EmailMessage(policy=SMTP)
    im["Date"] = email.utils.format_datetime(date)
    im["From"] = frm
    im["To"] = ", ".join(to) if not isinstance(to, str) else to
    if cc:
        im["Cc"] = ", ".join(cc)
    im["Subject"] = subject
    im["Message-ID"] = _msgid(slug, frm)
    im["MIME-Version"] = "1.0"
    im.set_content(body, charset=charset, cte=cte)
    return im


# ===========================================================================
# A. Credentials handed over (30)
# ===========================================================================
M("kopieerruimte-turnzaal", JOS, [RUBEN], "kopieermachine",
  T("""
  ruben de code van de kopieerruimte bij de turnzaal is veranderd, t is nu 7319 en dan het sleuteltje. die van vorig jaar werkt niet meer, daarom dat ge niet binnen geraakte
  jos

  Verzonden vanaf mijn iPhone
  """),
  date=D("2024-09-03 07:12"), rules=["password"], note="old PE teacher texts the new copy-room door code to a young colleague from his phone",
  tags=["phone"])

M("welkom-interim-evy", KOEN, [EVY], "Welkom + je accounts",
  T("""
  Dag Evy,

  Welkom op campus Haacht! Hieronder je gegevens om te starten. Bij de eerste aanmelding moet je overal zelf een nieuw paswoord kiezen.

  Mailadres / Microsoft 365: evy.raes@sintpieterscollege.be
  Startpaswoord: Welkom-SPC!2419
  Smartschool: gebruikersnaam evy.raes, zelfde startpaswoord
  Printer/kopieerpin: 5582

  De laptop voor in de klas haal je op bij mij in lokaal B0.03 (maandag of dinsdag vanaf 8u).

  Groeten,
  Koen Smets
  ICT-coördinator
  Sint-Pieterscollege campus Haacht
  016 60 12 34 (vraag naar ICT)
  """),
  html=outlook_html(
      '<p class="MsoNormal">Dag Evy,</p><p class="MsoNormal">&nbsp;</p>'
      '<p class="MsoNormal">Welkom op campus Haacht! Hieronder je gegevens om te starten. Bij de eerste aanmelding moet je overal zelf een nieuw paswoord kiezen.</p><p class="MsoNormal">&nbsp;</p>'
      '<table class="tab"><tr><td><b>Mailadres / Microsoft 365</b></td><td>evy.raes@sintpieterscollege.be</td></tr>'
      '<tr><td><b>Startpaswoord</b></td><td>Welkom-SPC!2419</td></tr>'
      '<tr><td><b>Smartschool</b></td><td>gebruikersnaam evy.raes, zelfde startpaswoord</td></tr>'
      '<tr><td><b>Printer/kopieerpin</b></td><td>5582</td></tr></table><p class="MsoNormal">&nbsp;</p>'
      '<p class="MsoNormal">De laptop voor in de klas haal je op bij mij in lokaal B0.03 (maandag of dinsdag vanaf 8u).</p><p class="MsoNormal">&nbsp;</p>'
      '<p class="MsoNormal">Groeten,<br>Koen Smets<br>ICT-coördinator<br>Sint-Pieterscollege campus Haacht<br>016 60 12 34 (vraag naar ICT)</p>'),
  date=D("2024-11-14 16:05"), fmt="alt", rules=["password", "personal_data"],
  note="ICT coordinator sends an interim teacher her start password and printer PIN in a table; school phone in signature",
  tags=["html-table"])

M("coaccount-lander", MARLEEN, [par("P0098", 1, "Jurgen Vercammen")], "Co-account Smartschool Lander",
  T("""
  Beste meneer Vercammen,

  Zoals daarnet aan de telefoon besproken, bevestig ik u hierbij de gegevens van uw co-account op Smartschool voor Lander (2B).

  Gebruikersnaam: lander.vercammen
  Kies bij het aanmelden "co-account 1"
  Wachtwoord: Haacht-lv-83

  Smartschool zal u bij de eerste keer vragen om zelf een nieuw wachtwoord te kiezen. Lukt het niet, dan mag u mij gerust terug bellen.

  Met vriendelijke groeten,

  """) + SIG_SEC + "\n",
  date=D("2024-09-12 10:41"), fmt="plain", cte="quoted-printable", rules=["password", "personal_data"], about=["P0098"],
  note="secretary confirms by mail the co-account password she gave a father over the phone; school phone in signature")

M("ouderraad-account-inge", HANNE, [par("P0083", 1, "Inge Doms")], "gmail van de ouderraad",
  T("""
  Dag Inge,

  Fijn dat je het secretariaat van de ouderraad wil overnemen van Bieke, echt een pak van mijn hart.
  Het gmail-adres van de ouderraad is ouderraad.spchaacht@gmail.com en het paswoord is nog altijd Wafelbak2023 (ja, van de wafelbak van twee jaar geleden...). Misschien best eens veranderen en dan aan Kristof doorgeven?

  De verslagen van vorig jaar staan in de drive van dat account, map "Vergaderingen".

  Tot donderdag op de vergadering!
  Hanne
  """),
  date=D("2024-09-19 21:37"), rules=["password"],
  note="teacher who is the parents' council liaison hands the shared council Gmail password to the new secretary (a parent)")

M("busportaal-luc", TOM, [LUC], "portaal Van Camp - ophaalpunten",
  T("""
  Luc,

  Voor de aanpassingen van de ophaalpunten (nieuwe halte in Wespelaar aan de Dijle) moet je in het portaal van Van Camp zijn.
  Login: spchaacht
  Paswoord: Bus!Route77

  Ik ben volgende week op bosklassen met de 1ste jaars, dus kan jij de lijst van lijn 3 doorsturen tegen vrijdag? De chauffeur van lijn 5 weet al van de omleiding.

  Thx
  Tom
  """),
  date=D("2024-10-04 12:18"), rules=["password"],
  note="logistics coordinator gives a colleague the login of the bus company's school portal")

M("wifi-home-yusuf", SOFIE, [lln("P0058")], "wifi in de home",
  T("""
  Hoi Yusuf,

  Frank van de home vroeg om je dit door te geven, omdat je gsm na de update niet meer op de wifi geraakte:

  netwerk: TerDijle-Bewoners
  sleutel: dijle#2024kamers

  Als het dan nog niet lukt, ga je vanavond even langs bij Frank in het bureau.

  Groetjes,
  Sofie
  """),
  date=D("2024-10-09 13:02"), rules=["password"], about=["P0058"],
  note="pupil counsellor passes on the boarding home's Wi-Fi key to a boarding pupil")

M("zijdeur-sporthal", JOS, [CHARLOTTE], "zijdeur",
  T("""
  charlotte, als ge morgen vroeg moet zijn: de code van de zijdeur van de sporthal is 1958 (jaar dat de school gebouwd is, gemakkelijk te onthouden). de voordeur gaat pas open om half 8.
  niet aan de mensen van de badmintonclub geven he, die hebben hun eigen badge

  jos
  """),
  date=D("2024-09-05 18:44"), rules=["password"], note="door code of the sports hall given to a new colleague",
  tags=["phone"])

M("afsluiten-verlof-frans", ADJ, [JEF], "afsluiten volgende week",
  T("""
  Dag Jef,

  Frans (onze conciërge) is volgende week met verlof. Zou jij 's avonds willen afsluiten? Het gaat om maandag t.e.m. donderdag, vrijdag doet Tom het.

  Alarm hoofdgebouw: code 4826 en dan de toets UIT. Bij het buitengaan 4826 + AAN, je hebt dan 30 seconden.
  De sleutelbos hangt in de kast van het secretariaat, bovenste haakje.

  Als het alarm toch afgaat, mij meteen bellen, ook 's nachts.

  Bedankt!
  Marc
  """),
  date=D("2025-02-14 15:26"), rules=["password"], note="deputy head gives an educator the alarm code to lock the building while the caretaker is away")

M("printerpin-paul", KOEN, [PAUL], "re: printer",
  T("""
  paul je pin voor de printer is opnieuw ingesteld, t is nu 0627. als ge hem zelf wilt veranderen: op de printer zelf bij instellingen.
  koen

  Verstuurd vanaf mijn Samsung Galaxy-smartphone.
  """),
  date=D("2024-10-22 08:03"), rules=["password"], note="ICT colleague texts a reset printer PIN", tags=["phone"])

M("smartschool-reset-elias", KOEN, [lln("P0097")], "je Smartschool-paswoord",
  T("""
  Dag Elias,

  Je paswoord is gereset. Je kan nu inloggen met dit tijdelijke paswoord:

      Fietspomp-64

  Smartschool vraagt je daarna meteen om een eigen paswoord te kiezen. Probeer het deze keer niet op een briefje in je pennenzak te schrijven ;-)

  Koen Smets
  ICT
  """),
  date=D("2024-11-05 10:15"), cte="quoted-printable", rules=["password"], about=["P0097"],
  note="ICT coordinator sends a pupil a temporary reset password")

M("stagiaire-wifi-marta", LEEN, ["Marta Zielińska <marta.zielinska@student.ucll.be>"], "Welcome - some practical things",
  T("""
  Hi Marta,

  Welcome to our school! Some practical things before Monday:

  - We start at 8.25, please be at the staff room at 8.10, I will pick you up there.
  - Wi-Fi for staff and trainees: network SPC-Personeel, key Kapelleke_2024!
  - Lunch is in the staff room, you can bring your own or buy soup for 1 euro.

  The timetable for your first week is in the attachment I sent yesterday. Don't hesitate to ask if something is unclear.

  Kind regards,
  Leen Hermans
  """),
  date=D("2025-02-28 17:20"), lang="en", rules=["password"],
  note="teacher gives an Erasmus trainee the staff Wi-Fi key in a welcome mail")

M("laptopkar-b12", JEF, [MOHAMED], "laptops kar B12",
  T("""
  Mohamed,

  De laptops in de kar van B12 staan allemaal op hetzelfde lokale account, dat is het gemakkelijkst met de 2des:
  gebruiker: leerling
  wachtwoord: SPC-kar12

  Als ze vragen om een update, gewoon "later" klikken, anders zit ge een half uur te wachten. Laders zitten in de onderste lade.

  Jef
  """),
  date=D("2024-12-02 11:48"), rules=["password"], note="shared local account password of a laptop cart given to a colleague")

M("zip-examens-4de", PAUL, [STIJN], "wachtwoord zip",
  T("""
  Stijn,

  In de vorige mail zat de zip met de examens van het 4de jaar (A- en B-reeks). Het wachtwoord ervan is: Pythagoras4A-juni

  Graag niet allebei in dezelfde mail doorsturen he, dat was net de bedoeling :-)

  Paul
  """),
  date=D("2025-05-20 19:52"), rules=["password"], note="maths teacher sends the password of an exam archive in a second mail")

M("instagram-overdracht", NADIA, [HANNE], "Instagram van de school",
  T("""
  Hoi Hanne,

  Zoals afgesproken neem jij vanaf januari de Instagram van de school over. Gegevens:

  gebruikersnaam: spc_haacht
  ww: Haacht!Insta_22

  De tweestapsverificatie gaat nog naar mijn gsm, dus stuur me een berichtje als je de eerste keer inlogt, dan geef ik je de code. Daarna zetten we dat op jouw nummer.
  Let op met foto's van leerlingen: enkel van wie het vinkje "sociale media" aan staat in Smartschool.

  Nadia
  """),
  date=D("2024-12-18 14:33"), rules=["password"], note="school Instagram account password handed to the colleague taking over")

M("sleutelkluis-sporthal-home", TOM, [FRANK], "sporthal woensdagavond",
  T("""
  Dag Frank,

  Voor jullie gebruik van de sporthal op woensdagavond (19u-21u) vanaf 6 november:
  de sleutels zitten in het kluisje naast de zijingang, code 3-8-1-5.
  Na gebruik graag de sleutels terugleggen, deur dicht en aan de cijfers draaien.

  Lichten in de kleine zaal gaan aan met de schakelaar achter de EHBO-kast.

  Mvg,
  Tom Wuyts
  logistiek
  """),
  date=D("2024-10-30 09:10"), rules=["password"],
  note="key-safe code of the sports hall sent to an educator of the nearby boarding home")

M("kassa-eetfestijn", HANNE, [par("P0101", 1, "Kristof Van Espen")], "ticketverkoop eetfestijn",
  T("""
  Kristof,

  Voor de ticketverkoop van het eetfestijn (zaterdag 8 maart) kan je vanaf nu inloggen op de kassa-app:
  login: ouderraad-spc
  paswoord: Stoofvlees2025

  De prijzen en de kindermenu's heb ik er al in gezet. Als je de vegetarische balletjes nog wil toevoegen, is dat onder "Producten".

  groetjes
  Hanne
  """),
  date=D("2025-02-03 20:14"), rules=["password"], note="login of the parents' council cash register app sent to the council chair")

M("fwd-gedeelde-pc-1b", GREET, [KATRIEN], "Fwd: gedeelde pc klas 1B",
  T("""
  Katrien, kijk, van Koen (in bijlage). Dit is voor de pc achteraan in jouw klas, ik had het per ongeluk gekregen.
  Greet
  """),
  inner=inner_msg(KOEN, [GREET], "gedeelde pc klas 1B",
                  T("""
                  Dag Greet,

                  De pc achteraan in 1B is opnieuw geïnstalleerd. Aanmelden met:
                  Login: 1B-gedeeld
                  Wachtwoord: Boerenkrijg1798

                  Bingel en Smartschool staan als snelkoppeling op het bureaublad.

                  Koen
                  """), D("2024-10-07 16:02"), slug="inner-gedeelde-pc"),
  date=D("2024-10-08 07:55"), rules=["password"], tags=["forward-attached"],
  note="forward as attachment (message/rfc822) of an ICT mail holding the login and password of a shared classroom PC")

M("erasmus-gastwifi-ierland", NADIA, ["Sarah Holt <s.holt@stbrigids-kildare.ie>"], "Your visit next week",
  T("""
  Dear Sarah,

  Everything is ready for your visit with the twelve pupils next Tuesday. The bus from Zaventem is booked for 10.30 and we will meet you at the school gate.

  Your pupils will get a guest account for the laptops on arrival. For your own phone and laptop you can use our guest Wi-Fi:
  network: SPC-Gast
  password: Welcome@Haacht24

  Lunch on the first day is with the host families' children in the school canteen. Looking forward to it!

  Best wishes,
  Nadia El Amrani
  English teacher / Erasmus+ coordinator
  """),
  date=D("2025-03-06 16:48"), lang="en", fmt="alt", rules=["password"],
  note="English mail to a partner school teacher with the guest Wi-Fi password")

M("coaccount-chloe-fr", MARLEEN, [par("P0080", 1, "Valérie Lambert")], "Smartschool - co-compte pour Chloé",
  T("""
  Madame Lambert,

  Comme convenu par téléphone ce matin, voici les données de votre co-compte Smartschool pour Chloé (3C) :

  identifiant : chloe.lambert (choisir « co-compte 1 »)
  mot de passe provisoire : Tilleul-5512

  Lors de la première connexion, Smartschool vous demandera de choisir un nouveau mot de passe.
  N'hésitez pas à me contacter si cela ne fonctionne pas.

  Bien à vous,
  Marleen Bosmans
  secrétariat
  """),
  date=D("2024-09-16 11:22"), lang="fr", cte="quoted-printable", rules=["password"], about=["P0080"],
  note="French mail to a francophone mother confirming the provisional password of her co-account")

M("startpaswoorden-nieuwe-1b", KOEN, [KATRIEN], "startpaswoorden 3 nieuwe leerlingen 1B",
  T("""
  Hoi Katrien,

  In bijlage de startpaswoorden van de drie leerlingen die na de herfstvakantie bij jou in 1B zijn gekomen. Geef ze op papier aan de leerlingen en gooi het blad daarna in de papierversnipperaar aub.

  Koen
  """),
  attach=[("startpaswoorden_1B.txt", "text", "plain",
           "Klas 1B - nieuwe leerlingen (na herfstvakantie)\r\n\r\n"
           "Nore Lenaerts     nore.lenaerts       Start!4471\r\n"
           "Ayoub Tahiri      ayoub.tahiri        Start!9203\r\n"
           "Lina Kowalska     lina.kowalska       Start!3358\r\n\r\n"
           "Bij eerste aanmelding nieuw paswoord kiezen.\r\n")],
  date=D("2024-11-12 12:40"), rules=["password"], about=["P0074", "P0099", "P0100"], tags=["attachment-txt"],
  note="start passwords of three new pupils in a .txt attachment for the class teacher")

M("vervanging-3b-praktisch", GREET, [EVY], "vervanging 3B - praktisch",
  T("""
  Dag Evy,

  Nog een paar praktische dingen voor morgen in 3B:

  Kopieerruimte: 7319 + sleuteltje
  Kastje met de sleutels van 3B (in de leraarskamer): 112
  Bord: stift en wisser in de bovenste lade
  Smartschool: gewoon je eigen login

  Ze zijn bezig met het leesdossier, les 14 ligt klaar in de map op mijn bureau. Veel succes, het is een toffe klas!

  Greet
  """),
  html=outlook_html(
      '<p class="MsoNormal">Dag Evy,</p><p class="MsoNormal">Nog een paar praktische dingen voor morgen in 3B:</p>'
      '<table class="tab"><tr><td>Kopieerruimte</td><td>7319 + sleuteltje</td></tr>'
      '<tr><td>Kastje met de sleutels van 3B (in de leraarskamer)</td><td>112</td></tr>'
      '<tr><td>Bord</td><td>stift en wisser in de bovenste lade</td></tr>'
      '<tr><td>Smartschool</td><td>gewoon je eigen login</td></tr></table>'
      '<p class="MsoNormal">Ze zijn bezig met het leesdossier, les 14 ligt klaar in de map op mijn bureau. Veel succes, het is een toffe klas!</p>'
      '<p class="MsoNormal">Greet</p>'),
  date=D("2024-11-27 20:02"), fmt="alt", rules=["password"], tags=["html-table"],
  note="class teacher gives her substitute the copy-room code and key-cupboard code in a small table")

M("laptop-lokaal12", "Luc De Wachter <ldewachter61@gmail.com>", [DIRK], "lokaal 12",
  T("""
  dirk, het paswoord van de laptop in lokaal 12 is Haacht2024 met een hoofdletter H. den beamer moet ge eerst aan de muur aanzetten, anders ziet hij hem niet.
  sorry van mijn gmail, smartschool wil op mijn gsm niet meer
  luc
  """),
  date=D("2024-10-15 06:58"), rules=["password", "private_account"], env="ldewachter61@gmail.com", tags=["phone"],
  note="teacher sends a classroom laptop password to a colleague from his private Gmail")

M("portaal-nieuw-paswoord-vancamp", TOM, [VANCAMP], "Schoolaccount portaal - nieuw paswoord",
  T("""
  Dag Wim,

  Zoals telefonisch besproken: we hebben het paswoord van ons schoolaccount in jullie portaal gewijzigd na het vertrek van Johan.
  Gebruikersnaam blijft spchaacht, het nieuwe paswoord is R0ute-Haacht!25

  Kunnen jullie aan jullie kant alle oude sessies afsluiten? Johan had nog een tablet mee.

  Alvast bedankt,

  Tom Wuyts
  Logistiek - Sint-Pieterscollege campus Haacht
  T 016 60 12 34 | GSM 0476 21 88 09
  """),
  date=D("2025-01-09 10:30"), rules=["password", "personal_data"],
  note="school confirms to the bus company the new password of its portal account; phone numbers in signature")

M("gsm-leerlingenbegeleiding", SOFIE, [BART], "gsm LB de komende twee weken",
  T("""
  Bart,

  Ik ben vanaf maandag twee weken weg, je weet het. De gsm van de leerlingenbegeleiding ligt in de bovenste schuif van mijn bureau.
  PIN van de gsm: 1207
  Code voicemail: 4455

  Er staan een paar berichten op van ouders die ik al teruggebeld heb, die mag je wissen. Het lijstje met de lopende dingen ligt ernaast.

  Merci om over te nemen!
  Sofie
  """),
  date=D("2025-03-21 16:12"), rules=["password"], note="counsellor hands her colleague the PIN and voicemail code of the care team's phone")

M("puntenbestand-4des", STIJN, [MOHAMED], "puntenbestand 4des",
  T("""
  Mohamed,

  Het gedeelde puntenbestand van de 4des staat op de schijf onder Wiskunde > 2024-2025 > Punten. Het is beveiligd met het wachtwoord vierdes_wisk_2025 (Paul wilde dat zo).
  Vul jij de toetsen van 4C aan tegen vrijdag? Dan kan ik de gemiddelden berekenen voor de klassenraad.

  Stijn
  """),
  date=D("2024-12-09 13:25"), rules=["password"], note="password of a protected shared grade file given to a colleague")

M("bankkaart-skireis", WIM, [ELS], "bankkaart skireis",
  T("""
  Els,

  De bankkaart van de school voor de skireis zit in de bruine envelop bij de kopieën van de identiteitskaarten. De pincode is 8140.
  Limiet is 2500 euro per week, dus eerst de skihuur betalen en pas daarna de liftpassen, anders zitten we vast.

  Bonnetjes allemaal bijhouden voor Veerle!

  Wim
  """),
  date=D("2025-02-20 22:05"), cte="base64", rules=["password"], note="PIN of the school's bank card for the ski trip given to the co-organiser")

M("ouderraad-paswoord-gewijzigd", HANNE,
  [par("P0101", 1, "Kristof Van Espen"), par("P0083", 1, "Inge Doms"), par("P0102", 1, "Sara Jansen"),
   par("P0103", 1, "Mehmet Yilmaz")],
  "nieuw paswoord account ouderraad",
  T("""
  Beste leden van de ouderraad,

  Na het probleem van vorige week (iemand was op ons account geraakt en heeft reclame naar de hele adreslijst gestuurd, excuses daarvoor) heb ik het paswoord van het gmail-account gewijzigd.

  Nieuw paswoord: Schoolpoort#Haacht9

  Sla het aub niet op op een gedeelde computer en geef het niet door aan mensen buiten de ouderraad.

  Vriendelijke groeten,
  Hanne Daems
  """),
  date=D("2025-01-27 19:40"), rules=["password", "bcc"],
  note="new password of the parents' council account sent to four parents whose addresses are all visible in To")

M("kastje-code-hanna", MIEKE, [lln("P0096")], "code van je kastje",
  T("""
  Dag Hanna,

  Ik heb de code van je kastje opgezocht in de lijst: 3 - 19 - 27.
  Eerst twee keer rechtsom draaien en dan pas het eerste getal. Schrijf hem ergens op waar niemand hem ziet ;)

  Mieke
  """),
  date=D("2024-09-24 11:02"), rules=["password"], about=["P0096"], note="educator tells a pupil the combination of her locker")

M("re-berging-ballen", RUBEN, [JOS], "Re: berging",
  T("""
  top, gelukt! merci Jos

  Op di 8 okt. 2024 om 07:31 schreef Jos Verbiest <jos.verbiest@sintpieterscollege.be>:
  > de berging van de ballen: code 5-5-2-0, hangslot rechts. de linkse is van de voetbalclub, daar niet aankomen
  > jos
  """),
  date=D("2024-10-08 09:47"), rules=["password"], tags=["reply"], reply_to_id=_msgid("orig-berging", JOS),
  note="short thanks; the quoted earlier mail holds the padlock code of the storage room")

M("smartboard-kapel", LUC, [GEERT], "smartboard kapel",
  T("""
  geert, voor de smartboard in de kapel: t paswoord is 'kapel' met een hoofdletter K en dan het jaartal van vorig jaar. dus Kapel2023. lukt het niet, loop even binnen in lokaal 14
  luc
  """),
  date=D("2024-09-30 07:40"), rules=["password"], tags=["phone"],
  note="password of the chapel's smartboard spelled out in prose and then given in full")

# ===========================================================================
# B. Look-alikes: talk about codes/passwords without handing one over (15)
# ===========================================================================
M("teams-ouderraad-maart", HANNE, [par("P0101", 1, "Kristof Van Espen")], "Ouderraad online - dinsdag 11 maart 20u",
  T("""
  Dag Kristof,

  Omdat de helft van de ouderraad die week niet kan komen, doen we de vergadering van 11 maart online. Wil jij de link doorsturen naar de anderen? Ik heb hun adressen niet allemaal.

  ________________________________________________________________________________
  Microsoft Teams-vergadering
  Deelnemen op uw computer, mobiele app of ruimteapparaat
  Klik hier om deel te nemen aan de vergadering
  Vergadering-ID: 384 112 907 55
  Wachtwoord: xT7qP2
  Teams downloaden | Deelnemen op internet
  ________________________________________________________________________________

  Agenda: eetfestijn, schoolfeest, vraag van de directie over de fietsenstalling.

  Groetjes,
  Hanne
  """),
  date=D("2025-03-04 12:10"), fmt="alt", rules=[],
  note="meeting passcode: Teams invitation for a parents' council meeting, no real credential")

M("paswoord-vergeten-tijs", MARLEEN, [par("P0104", 1, "Nancy Lauwers")], "Re: kan niet meer inloggen",
  T("""
  Beste mevrouw Lauwers,

  U kan uw wachtwoord zelf opnieuw instellen. Op de aanmeldpagina van Smartschool klikt u op "Wachtwoord vergeten?" en vult u de gebruikersnaam van Tijs in, met de keuze "co-account 1". U krijgt dan een mail met een link op het adres dat bij ons gekend is.

  Krijgt u geen mail binnen het kwartier, kijk dan even in uw map ongewenste e-mail. Lukt het daarna nog niet, dan kan u mij bellen op het nummer van het secretariaat.

  Met vriendelijke groeten,
  Marleen Bosmans
  secretariaat

  Van: Nancy Lauwers <lauwers.nancy@skynet.be>
  Verzonden: maandag 23 september 2024 19:02
  Onderwerp: kan niet meer inloggen

  Goeiedag, ik geraak niet meer in smartschool van Tijs 1C, wat moet ik doen? mvg Nancy
  """),
  date=D("2024-09-24 08:34"), rules=[], about=["P0104"], tags=["reply"],
  note="explains the self-service reset to a mother; no password value given")

M("busportaal-bel-u", TOM, [LUC], "portaal",
  T("""
  ik heb het nieuwe paswoord van het busportaal. zet het niet in een mail, ik bel u straks na de middag
  tom
  """),
  date=D("2025-01-09 11:02"), rules=[], tags=["phone"], note="says there is a new password but deliberately does not send it")

M("handleiding-printer-thuiswerk", KOEN, [KOEN], "Handleiding: printen vanaf je eigen laptop",
  T("""
  Beste collega's,

  Omdat ik er veel vragen over krijg: zo installeer je de schoolprinters op je eigen laptop.

  1. Verbind met het netwerk SPC-Personeel (de sleutel vind je op de kaart in de leraarskamer, niet in deze mail).
  2. Start het bestand printer_installeren.bat uit de bijlage (rechtermuisklik > Als administrator uitvoeren).
  3. Je krijgt een venster "Aanmelden". Vul in:
     gebruikersnaam: voornaam.naam
     wachtwoord: [uw wachtwoord van Microsoft 365]
  4. Kies als standaardprinter "Kopie-Leraarskamer".
  5. Bij het afdrukken vraagt de printer je persoonlijke pin. Die staat op je personeelskaart.

  Na een paswoordwijziging moet je stap 3 opnieuw doen.

  Koen
  """),
  bcc=["personeel@sintpieterscollege.be"],
  attach=[("printer_installeren.bat", "application", "x-msdos-program",
           b"@echo off\r\nrem Installeert de schoolprinters - SPC Haacht ICT\r\n"
           b"rundll32 printui.dll,PrintUIEntry /in /n \\\\spc-print01\\Kopie-Leraarskamer\r\n"
           b"rundll32 printui.dll,PrintUIEntry /y /n \\\\spc-print01\\Kopie-Leraarskamer\r\n"
           b"echo Klaar.\r\npause\r\n")],
  date=D("2024-10-01 15:45"), rules=["attachment"],
  note="how-to for staff (group in Bcc) with placeholders only, but it ships a .bat script",
  tags=["bcc-envelope", "attachment-bat"])

M("boeking-ieper-vancamp", TOM, [LUC], "Fwd: boeking uitstap Ieper 4de jaar",
  T("""
  Luc,

  De bussen voor Ieper zijn bevestigd, referentie VC-2025-0318: twee bussen van 50 plaatsen, vertrek 7u30 aan de school, terug rond 18u30.
  Van Camp stuurde er hun nieuwe "Routeplanner" bij (zie bijlage), daarmee kan je de haltes en uren live volgen. Probeer jij hem eens op je eigen laptop? Op de schoollaptops krijg ik hem niet geïnstalleerd.

  Tom

  ---------- Doorgestuurd bericht ----------
  Van: Wim Van Camp <planning@vancampreizen.be>
  Datum: wo 2 apr. 2025 om 14:11
  Onderwerp: boeking uitstap Ieper 4de jaar
  Aan: Tom Wuyts <tom.wuyts@sintpieterscollege.be>

  Beste Tom, hierbij de bevestiging van uw boeking (referentie VC-2025-0318). In bijlage ook onze nieuwe routeplanner voor scholen, zo kan u zelf de haltes en uren volgen.
  Met vriendelijke groeten, Wim
  """),
  attach=[("VanCamp_Routeplanner.zip", "application", "zip",
           fake_zip([("Routeplanner/Setup_Routeplanner.exe", fake_exe("VanCamp Routeplanner setup")),
                     ("Routeplanner/leesmij.txt", "Dubbelklik op Setup_Routeplanner.exe om te installeren.\r\n")]))],
  date=D("2025-04-03 09:20"), rules=["attachment"], tags=["forward", "attachment-zip-exe"],
  note="forwarded trip booking with a booking reference (no credential) and the bus company's zip holding an installer .exe")

M("kastje-manon-fr", MIEKE, [par("P0105", 1, "Isabelle Dubois")], "Casier de Manon",
  T("""
  Bonjour Madame Dubois,

  Manon a reçu le casier n° 114 au premier étage, à côté de la classe 1A. Le code du cadenas, elle le recevra personnellement de ma part à l'école ; nous ne l'envoyons pas par mail.
  Si elle l'oublie, elle peut toujours passer au bureau des éducateurs pendant la récréation.

  Bien cordialement,
  Mieke Stroobants
  éducatrice
  """),
  date=D("2024-09-04 14:17"), lang="fr", rules=[], about=["P0105"],
  note="locker number given, the code explicitly not sent by mail")

M("kopieercodes-gewijzigd", MARLEEN, [MARLEEN], "Nieuwe kopieercodes vanaf maandag",
  T("""
  Dag collega's,

  Vanaf maandag 6 januari werken de oude kopieercodes niet meer. Iedereen krijgt een nieuwe persoonlijke code op een briefje in zijn postvakje in de leraarskamer.
  Heb je maandag nog geen briefje? Kom even langs op het secretariaat, ik geef de codes niet telefonisch of per mail door.

  Goede vakantie alvast!
  Marleen
  """),
  bcc=["personeel@sintpieterscollege.be"], date=D("2024-12-20 12:05"), rules=[], tags=["bcc-envelope"],
  note="announces new copier codes without giving any; staff list in Bcc")

M("infoavond-hoger-onderwijs-zoom", ELS, [ELS], "Infoavond hoger onderwijs - online",
  T("""
  Beste ouders van onze zesdejaars,

  Op donderdag 23 januari om 19u30 organiseren we de infoavond over studiekeuze en hoger onderwijs. Net als vorig jaar kan u online meevolgen.

  Zoom-link: via Smartschool (bericht van vandaag)
  Meeting-ID: 862 4117 3390
  Toegangscode: 552871

  Sprekers: mevrouw Meulemans van het CLB en twee oud-leerlingen die nu in Leuven en Mechelen studeren. Vragen kan u in de chat stellen.

  Met vriendelijke groeten,
  Els Van Gorp
  coördinator derde graad
  """),
  bcc=["ouders-6a@sintpieterscollege.be", "ouders-6b@sintpieterscollege.be", "ouders-6c@sintpieterscollege.be",
       "ouders-6d@sintpieterscollege.be"],
  date=D("2025-01-16 17:30"), rules=[], tags=["bcc-envelope"],
  note="meeting passcode: Zoom ID and passcode for an information evening, parent groups in Bcc")

M("sterke-paswoorden-nieuwsbrief", KOEN, [KOEN], "ICT-tip van de maand: je paswoord",
  T("""
  Dag iedereen,

  Na de phishingmail van vorige week toch even dit:

  - Kies een sterk paswoord: minstens 12 tekens. Een zin werkt goed, maar niet de naam van je hond of je geboortejaar.
  - Gebruik je schoolpaswoord nergens anders (niet voor Bol.com, niet voor je bank).
  - Geef nooit een paswoord door via mail, ook niet aan mij. Ik zal het je nooit vragen.
  - Kreeg je een mail "uw mailbox is vol, log hier in"? Niet klikken, doorsturen naar ict@.

  Vragen? Spring binnen in B0.03.

  Koen
  """),
  bcc=["personeel@sintpieterscollege.be"], date=D("2024-11-20 13:00"), fmt="html",
  html=outlook_html('<p class="MsoNormal">Dag iedereen,</p><p class="MsoNormal">Na de phishingmail van vorige week toch even dit:</p>'
                    '<ul><li>Kies een sterk paswoord: minstens 12 tekens. Een zin werkt goed, maar niet de naam van je hond of je geboortejaar.</li>'
                    '<li>Gebruik je schoolpaswoord nergens anders (niet voor Bol.com, niet voor je bank).</li>'
                    '<li>Geef nooit een paswoord door via mail, ook niet aan mij. Ik zal het je nooit vragen.</li>'
                    '<li>Kreeg je een mail &quot;uw mailbox is vol, log hier in&quot;? Niet klikken, doorsturen naar ict@.</li></ul>'
                    '<p class="MsoNormal">Vragen? Spring binnen in B0.03.</p><p class="MsoNormal">Koen</p>'),
  rules=[], tags=["bcc-envelope"], note="password hygiene tips for staff, no password given")

M("guest-wifi-policy-en", NADIA, ["Sarah Holt <s.holt@stbrigids-kildare.ie>"], "Re: Wi-Fi for our pupils?",
  T("""
  Hi Sarah,

  Good question! The guest network is called SPC-Gast. I'm afraid I can't put the key in an e-mail, our school policy doesn't allow it, but it's printed on the card at the reception desk and I'll give it to you when you arrive.
  Your pupils will also get a temporary school login on Tuesday morning, so they can use the laptops in the library.

  See you soon,
  Nadia

  On Mon, 10 Mar 2025 at 09:12, Sarah Holt <s.holt@stbrigids-kildare.ie> wrote:
  > Hi Nadia, will our students be able to use Wi-Fi at your school? Some of them have no data roaming. Thanks, Sarah
  """),
  date=D("2025-03-10 12:44"), lang="en", rules=[], tags=["reply"],
  note="names the guest network but refuses to send the key by mail")

M("factuur-uitstap-staf", VEERLE, [par("P0106", 1, "Ann Goethals")], "Factuur daguitstap Brugge - Staf",
  T("""
  Beste mevrouw Goethals,

  In bijlage vindt u de factuur voor de daguitstap naar Brugge van Staf (3B), € 32,50.
  U kan betalen op rekening BE36 7340 1234 5681 van het Sint-Pieterscollege met de gestructureerde mededeling +++090/1234/56789+++.
  Of gewoon samen met de volgende schoolrekening, dat mag ook.

  Met vriendelijke groeten,
  Veerle Lemmens
  boekhouding
  """),
  date=D("2024-10-18 10:02"), rules=["personal_data"], about=["P0106"],
  note="ordinary trip invoice for one pupil with the school's IBAN and a payment reference; no payment problem")

M("alarm-avondschool", JEF, [ADJ], "alarm gisteren",
  T("""
  Marc, gisteren is het alarm afgegaan om 22u10. Iemand van de avondschool (Spaans) heeft 3x de verkeerde code ingetikt. Ik ben gaan kijken, alles was in orde, politie is niet gekomen.
  Misschien hun code nog eens laten uitleggen aan die leerkracht?
  Jef
  """),
  date=D("2025-01-22 07:48"), rules=[], note="reports a wrong alarm code being entered, the code itself is not in the mail")

M("tweestapsverificatie-uitleg", KOEN, [RITA], "Re: die code op mijn gsm",
  T("""
  Dag Rita,

  Geen paniek :-) Vanaf 1 maart vraagt Microsoft bij het aanmelden een tweede stap. Zo ga je te werk:
  1. Installeer de app Microsoft Authenticator op je gsm.
  2. Meld je aan op je laptop, je krijgt een QR-code te zien.
  3. Scan die met de app.
  Daarna krijg je telkens een getal op je scherm dat je in de app moet bevestigen. Die codes komen nooit via mail of sms van mij. Krijg je toch zo'n mail, dan is het phishing.

  Als het niet lukt, kom na 15u even langs, dan doen we het samen.

  Koen
  """),
  date=D("2025-02-26 15:10"), rules=[], tags=["reply"], note="explains two-factor login to a colleague, no code or password given")

M("lokaalcodes-rooster", DIRK, [MOHAMED], "lokaalcodes in het nieuwe rooster",
  T("""
  Mohamed,

  In het nieuwe rooster staan de lokalen met een code, dat is in het begin wat zoeken:
  B0.14 = gebouw B, gelijkvloers, lokaal 14 (naast de refter)
  A1.04 = gebouw A, eerste verdieping
  SH = sporthal, K = kapel
  De vakcodes zijn GES (geschiedenis), WIS, AAR enz., en de cijfers erachter zijn de lesgroepen.

  Jij hebt dinsdag 3de uur WIS-3C in B0.14, dat is een kleine klas, de stoelen van B0.12 mag je lenen.

  Dirk
  """),
  date=D("2024-09-02 16:30"), rules=[], note="explains room and course codes of the timetable, not credentials")

M("online-les-sneeuw-5c", WIM, ["klas-5c@sintpieterscollege.be"], "online les economie morgen",
  T("""
  Dag 5C,

  Omdat de bussen morgen niet rijden door de sneeuw, geef ik de les economie online om 10u05.
  Google Meet: meet.google.com/vqr-hfbn-ksd
  Deelnemen via telefoon: pincode 482 117 309#

  Zorg dat je je cursus hoofdstuk 6 bij hebt. Camera aan aub.

  Meneer Coppens
  """),
  date=D("2025-01-08 18:22"), rules=["bcc"], tags=["group-in-to"],
  note="meeting passcode: Meet dial-in pin for an online lesson; the class group address is in To")

# ===========================================================================
# C. General letters to all parents / a class, groups in Bcc (20)
# ===========================================================================
M("brief-uitstap-gent-3b", GREET, [GREET], "Daguitstap Gent - dinsdag 15 oktober",
  T("""
  Beste ouders,

  Op dinsdag 15 oktober trekt uw zoon of dochter met de klas naar Gent voor de vakken Nederlands en geschiedenis. We bezoeken het Gravensteen en doen 's namiddag een stadsspel.

  Praktisch:
  - Vertrek: 8u00 aan de schoolpoort (niet aan de bushalte!)
  - Terug: rond 17u30 op school
  - Meebrengen: lunchpakket, drinken, regenjas, identiteitskaart
  - Kostprijs: € 24,00, komt op de schoolrekening

  Neemt uw kind medicatie die tijdens de dag genomen moet worden? Geef die dan mee in een gesloten zakje met de naam erop en laat het ons weten via Smartschool.
  Kan uw kind om een of andere reden niet mee, verwittig dan de klastitularis voor vrijdag 11 oktober.

  Met vriendelijke groeten,
  Greet Vandenbroeck
  klastitularis 3B
  """),
  bcc=["ouders-3b@sintpieterscollege.be"], date=D("2024-10-01 18:10"), rules=[], tags=["bcc-envelope"],
  note="trip letter to all parents of 3B, written as if to one parent; group in Bcc")

M("medicatie-op-school", DIR, [DIR], "Medicatie op school: hoe gaan we ermee om?",
  T("""
  Beste ouders,

  Regelmatig krijgen we de vraag of een leerkracht uw kind medicatie mag geven. Daarom zetten we de afspraken nog eens op een rij.

  1. Wij geven geen medicatie zonder schriftelijke vraag van de ouders én een attest van de arts. Het formulier "Medicatie op school" vindt u op Smartschool onder Documenten.
  2. De medicatie wordt in de originele verpakking afgegeven op het secretariaat, met de naam van uw kind erop.
  3. Wordt uw kind ziek op school, dan bellen wij u op. Wij geven geen pijnstillers (bv. paracetamol) op eigen initiatief.
  4. Heeft uw kind een allergie of een aandoening waarvoor snel ingrijpen nodig is (bv. een noodpen)? Bespreek dit dan bij het begin van het schooljaar met de leerlingenbegeleiding.
  5. Op uitstappen en meerdaagse reizen gelden dezelfde afspraken.

  Vragen? Neem gerust contact op met het secretariaat.

  Met vriendelijke groeten,

  Hilde Van Roey
  directeur
  Sint-Pieterscollege campus Haacht - Kerkstraat 27, 3150 Haacht - tel. 016 60 12 34
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-09-09 16:00"), fmt="alt", rules=["personal_data"],
  tags=["bcc-envelope"], note="general medication procedure for all parents, numbered rules and examples; school phone in signature")

M("busregeling-vanaf-4-november", TOM, [TOM], "Schoolbussen: aangepaste uren vanaf 4 november",
  T("""
  Beste ouders,

  Door de werken aan de brug in Wespelaar rijden de schoolbussen van Van Camp vanaf maandag 4 november een omweg. Dat betekent voor uw kind:

  Lijn 3 (Wespelaar - Tildonk - Haacht): vertrekt 10 minuten vroeger aan elke halte.
  Lijn 5 (Boortmeerbeek - Hever - Haacht): halte "Dijlebrug" vervalt, nieuwe halte aan de kerk van Hever.
  Lijnen 1, 2 en 4: geen wijzigingen.

  's Avonds vertrekken alle bussen zoals gewoonlijk om 16u05 aan de school. Op woensdag om 12u10.

  Staat uw kind aan een halte en is de bus er na 15 minuten nog niet? Laat het dan het secretariaat verwittigen, niet de chauffeur bellen.

  Met vriendelijke groeten,
  Tom Wuyts
  logistiek
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-10-25 14:22"), rules=[], tags=["bcc-envelope"],
  note="bus timetable change for all parents; group in Bcc")

M("oudercontact-december", ADJ, [ADJ], "Oudercontact donderdag 19 december",
  T("""
  Beste ouders,

  Op donderdag 19 december van 16u30 tot 20u30 is er oudercontact na het rapport. U kan vanaf maandag via Smartschool (module Oudercontact) zelf een tijdstip kiezen bij de klastitularis en bij maximaal drie vakleerkrachten.

  Wat als...
  - u geen tijdstip meer vindt? Stuur dan een bericht naar de klastitularis, we zoeken samen een ander moment.
  - u liever digitaal spreekt? Vink dat aan bij uw inschrijving, u krijgt dan een link.
  - uw kind niet meekomt? Dat hoeft niet, maar het is wel fijn.

  Wij kijken ernaar uit u te zien.

  Marc Goossens
  adjunct-directeur
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-12-06 11:45"), fmt="html",
  html=outlook_html('<p class="MsoNormal">Beste ouders,</p><p class="MsoNormal">Op <b>donderdag 19 december van 16u30 tot 20u30</b> is er oudercontact na het rapport. '
                    'U kan vanaf maandag via Smartschool (module Oudercontact) zelf een tijdstip kiezen bij de klastitularis en bij maximaal drie vakleerkrachten.</p>'
                    '<p class="MsoNormal"><b>Wat als...</b></p><ul><li>u geen tijdstip meer vindt? Stuur dan een bericht naar de klastitularis, we zoeken samen een ander moment.</li>'
                    '<li>u liever digitaal spreekt? Vink dat aan bij uw inschrijving, u krijgt dan een link.</li>'
                    '<li>uw kind niet meekomt? Dat hoeft niet, maar het is wel fijn.</li></ul>'
                    '<p class="MsoNormal">Wij kijken ernaar uit u te zien.</p><p class="MsoNormal">Marc Goossens<br>adjunct-directeur</p>'),
  rules=[], tags=["bcc-envelope"], note="invitation to the parent-teacher evening for all parents; HTML only")

M("schoolrekening-herinnering-allen", VEERLE, [VEERLE], "Herinnering: schoolrekening eerste trimester",
  T("""
  Beste ouders,

  Volgens onze boekhouding staat er voor een aantal gezinnen nog een bedrag open van de schoolrekening van het eerste trimester. Hebt u intussen betaald? Dan mag u deze mail als niet verzonden beschouwen.

  U kan betalen op BE36 7340 1234 5681 met de gestructureerde mededeling die op uw rekening staat.

  Is het voor uw gezin op dit moment moeilijk om de rekening te betalen? Dat kan iedereen overkomen. Neem dan discreet contact op met mij of met de directie, dan zoeken we samen naar een oplossing (bv. betalen in schijven). Niemand anders hoeft daarvan te weten.

  Met vriendelijke groeten,
  Veerle Lemmens
  boekhouding
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2025-01-20 09:30"), rules=["personal_data"], tags=["bcc-envelope"],
  note="invoice reminder to all parents with an offer of a payment plan in general; school IBAN")

M("clb-kennismaking-1ste-jaar", ANNEMIE, [ANNEMIE], "Het CLB stelt zich voor",
  T("""
  Beste ouders van onze eerstejaars,

  Onze school werkt samen met het CLB Leuven. Het CLB is er voor elke leerling: bij vragen over leren en studeren, over de schoolloopbaan, over gezondheid en over hoe uw kind zich voelt.

  Wat doet het CLB?
  - In het eerste jaar krijgt elke leerling een medisch consult (onder andere ogen, gehoor, groei, vaccinaties). U krijgt daarover een aparte brief.
  - Leerlingen, ouders en leerkrachten kunnen met vragen terecht bij het CLB. Het CLB werkt gratis en discreet.
  - Bij een begeleiding vraagt het CLB altijd eerst toestemming aan de leerling (vanaf 12 jaar) of aan de ouders.

  Onze CLB-medewerker is mevrouw Lieve Meulemans. Zij is elke donderdagvoormiddag op school (lokaal A0.02 naast de leerlingenbegeleiding).

  Met vriendelijke groeten,
  Annemie Claes
  zorgcoördinator
  """),
  bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be", "ouders-1c@sintpieterscollege.be",
       "ouders-1d@sintpieterscollege.be"],
  date=D("2024-09-17 15:40"), cte="quoted-printable", rules=[], tags=["bcc-envelope"],
  note="general CLB information for all first-year parents; nothing about one pupil")

M("pestbeleid-brief", SOFIE, [SOFIE], "Samen tegen pesten - wat doet de school?",
  T("""
  Beste ouders,

  Naar aanleiding van de week tegen pesten zetten we graag op een rij hoe wij op school met pesten omgaan.

  1. Wat is pesten?
  Pesten is iets anders dan een ruzie. Bij pesten gebeurt het herhaaldelijk, is er een machtsverschil en kan de gepeste leerling zich moeilijk verdedigen.

  2. Wat doen wij?
  Elke melding nemen we ernstig. We spreken met de gepeste leerling, met de pester(s) en met de klasgroep (no-blame-aanpak). Waar nodig volgen sancties volgens het schoolreglement.

  3. Wat kan u doen?
  Merkt u dat uw kind niet graag meer naar school gaat, stil wordt of spullen "kwijt" is? Neem dan contact op met de klastitularis of met de leerlingenbegeleiding. Ook als uw kind zelf pest, willen we dat graag weten.

  4. Online pesten
  Ook wat in groepschats gebeurt, heeft vaak gevolgen op school. Bewaar schermafbeeldingen en bezorg ze ons.

  Met vriendelijke groeten,
  Sofie Wouters en Bart Vranckx
  leerlingenbegeleiding
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2025-02-17 10:10"), fmt="alt", rules=[], tags=["bcc-envelope"],
  note="general anti-bullying policy letter to all parents")

M("examenrooster-4a", STIJN, [STIJN], "examenrooster juni 4A",
  T("""
  Dag 4A,

  In bijlage vind je je examenrooster voor juni. Let op:
  - maandag 9 juni: wiskunde (2 lesuren), start 8u25 stipt
  - woensdag 11 juni: Frans mondeling, je krijgt je uur nog van mevrouw Janssens
  - vrijdag 13 juni: studiedag, geen examen
  Wie ziek is, bezorgt een doktersattest op het secretariaat op de dag zelf (of laat mama of papa bellen). Inhaalexamens worden in overleg gepland.

  Succes met studeren!
  Meneer Verhaegen
  """),
  bcc=["klas-4a@sintpieterscollege.be"], date=D("2025-05-26 13:35"), rules=[], tags=["bcc-envelope"],
  note="exam timetable to a class; class address in Bcc")

M("home-ter-dijle-info", SOFIE, [SOFIE], "Internaat Home Ter Dijle - afspraken tweede trimester",
  T("""
  Beste ouder,

  Uw zoon of dochter verblijft tijdens de week in Home Ter Dijle in Wespelaar. Samen met de home spraken we voor het tweede trimester het volgende af:

  - De leerlingen van de home nemen 's ochtends om 7u50 de bus aan de home. Wie later moet vertrekken (bv. voor een afspraak), laat dit weten aan de opvoeder van de home én aan het secretariaat.
  - Studie in de home van 17u tot 18u30, onder begeleiding van meneer Heylen.
  - Ziek in de home? Dan belt de home u op. Uw kind komt dan niet naar school.
  - Op woensdagnamiddag is er sport in de sporthal van de school.

  Bij vragen kan u altijd bij mij terecht.

  Met vriendelijke groeten,
  Sofie Wouters
  leerlingenbegeleiding
  """),
  bcc=[par("P0058"), par("P0059"), par("P0110"), par("P0111"), par("P0118"), par("P0119")],
  date=D("2025-01-07 14:00"), rules=[], tags=["bcc-envelope"],
  note="letter to all parents of boarding pupils, written to 'beste ouder', individual parent addresses only in Bcc")

M("sportdag-mei", JOS, [JOS], "Sportdag vrijdag 16 mei",
  T("""
  Beste ouders, beste leerlingen,

  Op vrijdag 16 mei is het sportdag voor de hele school. De eerste graad blijft op school (sporthal en velden), de tweede graad fietst naar de Schoonhoven in Aarschot, de derde graad gaat kajakken op de Dijle.

  Meebrengen: sportkledij, reservekledij, lunchpakket, drinkbus, zonnecrème. Voor de derde graad: kleren die nat mogen worden.
  Fietsen moeten in orde zijn (remmen, licht). Wie geen fiets heeft, laat het weten aan zijn LO-leerkracht.

  Sportieve groeten,
  de vakgroep LO
  """),
  bcc=["ouders@sintpieterscollege.be", "leerlingen@sintpieterscollege.be"], date=D("2025-05-05 08:45"),
  rules=[], tags=["bcc-envelope"], note="sports day letter for all parents and pupils; groups in Bcc")

M("wafelbak-bestelformulier", HANNE, [OUDERRAAD], "Wafelbak van de ouderraad!",
  T("""
  Beste ouders,

  Ook dit jaar bakt de ouderraad wafels ten voordele van het solidariteitsfonds van de school (daarmee helpen we gezinnen die de uitstappen moeilijk kunnen betalen).

  Een doos van 10 wafels kost € 8. U kan bestellen tot 22 november via het bestelformulier in bijlage; dat formulier rekent zelf uw totaal uit als u macro's toelaat. Ophalen op zaterdag 30 november aan de refter, tussen 10u en 12u.

  Betalen op rekening van de ouderraad BE75 0689 1234 5651 met vermelding "wafels + naam + klas".

  Alvast bedankt!
  Hanne Daems, namens de ouderraad
  """),
  bcc=["ouders@sintpieterscollege.be"],
  attach=[("bestelformulier_wafelbak.docm", "application", "vnd.ms-word.document.macroEnabled.12",
           office_macro("docm", "Bestelformulier wafelbak ouderraad SPC Haacht"))],
  date=D("2024-11-04 19:15"), rules=["attachment", "personal_data"], tags=["bcc-envelope", "attachment-docm"],
  note="parents' council waffle sale to all parents with a macro-enabled order form and the council IBAN")

M("rapport-kerst-faq", DIR, [DIR], "Het kerstrapport: enkele vragen en antwoorden",
  T("""
  Beste ouders,

  Vrijdag 20 december krijgt uw kind zijn of haar kerstrapport mee. Enkele vragen die we vaak krijgen:

  Wat betekenen de opmerkingen van de klassenraad?
  De klassenraad bespreekt elke leerling. De opmerking op het rapport is een advies voor het tweede trimester, geen eindbeslissing.

  Mijn kind heeft een tekort. Wat nu?
  Bekijk samen met uw kind de opmerking van de vakleerkracht. Soms krijgt de leerling een remediëringstaak of een vakantietaak.

  Wie kan ik aanspreken?
  De klastitularis is het eerste aanspreekpunt. Voor vragen over welbevinden kan u bij de leerlingenbegeleiding terecht.

  Moet het rapport getekend terug?
  Ja, graag tegen maandag 6 januari.

  Een fijne vakantie!
  Hilde Van Roey, directeur
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-12-18 16:20"), cte="base64", rules=[], tags=["bcc-envelope"],
  note="FAQ about the Christmas report for all parents; base64 body")

M("privacyverklaring-update", DIR, [DIR], "Aangepaste privacyverklaring",
  T("""
  Beste ouders,

  Onze scholengroep heeft de privacyverklaring aangepast. De belangrijkste punten:

  Welke gegevens verwerken wij? Identificatiegegevens van leerlingen en ouders, gegevens over de schoolloopbaan en resultaten, en - als dat nodig is voor de begeleiding - gegevens over gezondheid, zorg of de thuissituatie.
  Waarom? Om goed onderwijs en een goede begeleiding te kunnen bieden en om aan onze wettelijke verplichtingen te voldoen.
  Wie kan ze inzien? Enkel de personeelsleden die ze nodig hebben, en het CLB.
  Hoe lang? Niet langer dan nodig, en volgens de regels van de overheid.
  Foto's: we vragen elk jaar uw toestemming. U kan die toestemming altijd intrekken.

  De volledige tekst vindt u op Smartschool. Vragen of klachten kan u richten aan privacy@lksd.ksleuven.be.

  Met vriendelijke groeten,
  Hilde Van Roey
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-10-10 12:00"), rules=[], tags=["bcc-envelope"],
  note="updated privacy statement listing categories of data in general terms")

M("klasfoto-2a", HANNE, [HANNE], "klasfoto's dinsdag",
  T("""
  Beste ouders van 2A,

  Dinsdag 24 september komt de fotograaf. Uw zoon of dochter wordt die dag gefotografeerd, alleen en met de klas. Wie graag een foto met broer of zus heeft (enkel voor privégebruik), kan dat 's middags laten doen in de kapel.

  Heeft u geen toestemming gegeven voor foto's? Dan komt uw kind niet op de klasfoto die in de schoolkrant verschijnt, maar wel op de foto die u zelf kan bestellen. Twijfelt u? Kijk even in Smartschool bij "Toestemmingen".

  Vriendelijke groeten,
  Hanne Daems
  klastitularis 2A
  """),
  bcc=["ouders-2a@sintpieterscollege.be"], date=D("2024-09-19 17:00"), charset="windows-1252", rules=[],
  tags=["bcc-envelope", "cp1252"], note="photo day letter for one class, 'uw zoon of dochter'; class group in Bcc")

M("oogst-afwezigheden", ADJ, [ADJ], "Afwezigheden tijdens de oogst en de bietencampagne",
  T("""
  Beste ouders,

  In onze school zitten veel kinderen van landbouwers en we weten goed dat er in het najaar veel werk is op het veld. Toch willen we er even op wijzen dat helpen bij de oogst of de bietencampagne geen wettige reden van afwezigheid is.

  Wat kan wel?
  - een afwezigheid gewettigd door een doktersattest;
  - een afwezigheid met een briefje van de ouders (maximaal 4 keer per schooljaar, telkens voor 1 tot 3 dagen), bv. voor een ziekte van korte duur;
  - een uitzonderlijke gebeurtenis in het gezin, in overleg met de directie.

  Vanaf 5 halve dagen problematische afwezigheid moeten wij het CLB inschakelen. Dat doen we liever niet! Bespreek het gerust eerst met ons.

  Marc Goossens
  adjunct-directeur
  """),
  bcc=["ouders@sintpieterscollege.be"], date=D("2024-10-14 11:00"), rules=[], tags=["bcc-envelope"],
  note="general reminder about absences during harvest time for the farming community")

M("gsm-reglement-herhaling", ADJ, [ADJ], "Nog eens: de gsm op school",
  T("""
  Dag iedereen,

  Omdat het de laatste weken weer wat uit de hand loopt, nog eens de afspraken uit het schoolreglement (deel III, punt 4.7):

  4.7.1 De gsm zit tijdens de lessen uitgeschakeld in je boekentas, niet in je broekzak.
  4.7.2 Op de speelplaats en in de refter mag je hem gebruiken, maar niet om te filmen of te fotograferen.
  4.7.3 Wie zich niet aan de afspraak houdt, geeft zijn gsm af aan de leerkracht. Je haalt hem op na de laatste les bij het opvoederslokaal.
  4.7.4 Bij herhaling wordt je ouder verwittigd en kan een strafstudie volgen.

  Beelden van leerlingen of leerkrachten online zetten zonder toestemming is altijd verboden.

  Meneer Goossens
  """),
  bcc=["leerlingen@sintpieterscollege.be"], date=D("2025-03-12 08:05"), rules=[], tags=["bcc-envelope"],
  note="school rule-book excerpt with numbered headings to all pupils")

M("skireis-infobrief-5de", WIM, [WIM], "Skireis Oostenrijk - infobrief",
  T("""
  Beste ouders,

  Van 1 tot 8 maart gaan de leerlingen van het vijfde jaar op skireis naar Wildschönau. Enkele zaken om nu al in orde te brengen:

  - Uw zoon of dochter heeft een geldige identiteitskaart (of Kids-ID) nodig en de Europese ziekteverzekeringskaart. Die vraagt u aan bij uw ziekenfonds.
  - De reis kost € 645. Het eerste voorschot van € 200 komt op de rekening van november, de rest op die van januari. Is dat voor uw gezin een probleem, neem dan discreet contact op met mij of met Veerle Lemmens.
  - Op het medisch formulier (via Smartschool) vult u in welke medicatie uw kind meeneemt en of er allergieën zijn.
  - Infoavond: donderdag 6 februari om 19u in de refter.

  Met vriendelijke groeten,
  Wim Coppens
  """),
  bcc=["ouders-5a@sintpieterscollege.be", "ouders-5b@sintpieterscollege.be", "ouders-5c@sintpieterscollege.be",
       "ouders-5d@sintpieterscollege.be"],
  date=D("2024-10-24 20:30"), fmt="alt", rules=[], tags=["bcc-envelope"],
  note="ski trip information letter to all fifth-year parents, generic mention of payment help and medical form")

M("verkiezing-leerlingenraad", HANNE, [HANNE], "Stel je kandidaat voor de leerlingenraad!",
  T("""
  Hey iedereen!

  De leerlingenraad zoekt nieuwe leden. Wil jij mee beslissen over het schoolfeest, de refter, de fietsenstalling of de goede doelen-actie? Stel je dan kandidaat!

  Hoe? Stuur voor 4 oktober een Smartschool-bericht naar mevrouw Daems met je naam, klas en in 3 zinnen waarom jij erbij moet. Op 10 oktober wordt er per graad gestemd.

  We vergaderen één keer per maand tijdens de middag (met pizza ;-)).

  De leerlingenraad
  """),
  bcc=["leerlingen@sintpieterscollege.be"], date=D("2024-09-25 12:30"), rules=[], tags=["bcc-envelope"],
  note="call for candidates to the pupil council to all pupils")

M("trip-letter-en", HANNE, [HANNE], "Trip to Planckendael - information in English",
  T("""
  Dear parents,

  As some families asked for an English version of our letters: on Tuesday 29 April your son or daughter will visit Planckendael zoo in Mechelen with all second-year classes, as part of the biology course.

  - Departure: 8.30 am by bus from the school car park
  - Return: around 4.30 pm at school
  - Please bring: a packed lunch, something to drink, a raincoat and the signed permission slip
  - Cost: EUR 21, it will be added to the school bill

  If your child needs to take medication during the day, please give it in a closed bag with his or her name on it and let the class teacher know through Smartschool.

  Kind regards,
  Hanne Daems
  class teacher 2A
  """),
  bcc=[par("P0047"), par("P0079")], date=D("2025-04-14 18:25"), lang="en", rules=[], tags=["bcc-envelope"],
  note="English version of a year trip letter, written to 'your son or daughter'; the parents are only in Bcc")

M("examens-fr", RITA, [RITA], "Examens de juin - informations pour les parents",
  T("""
  Chers parents,

  Pour les familles francophones, voici un résumé de l'organisation des examens de juin.

  - Les examens commencent le lundi 9 juin et se terminent le vendredi 20 juin.
  - Votre enfant reçoit son horaire via Smartschool. Les élèves peuvent rentrer à la maison après l'examen (avec votre autorisation écrite).
  - En cas de maladie, un certificat médical doit être remis au secrétariat le jour même.
  - Le bulletin sera remis le vendredi 27 juin ; les rencontres avec les professeurs ont lieu le même jour.

  N'hésitez pas à nous contacter en cas de question.

  Cordialement,
  Rita Janssens
  professeur de français
  """),
  bcc=[par("P0080"), par("P0105"), par("P0048")], date=D("2025-05-22 17:10"), lang="fr", cte="quoted-printable",
  rules=[], tags=["bcc-envelope"], note="French summary of the exam organisation for francophone families, parents in Bcc")

# ===========================================================================
# D. Sensitive, mostly said without the obvious word (55, incl. 5 misdirected)
# ===========================================================================
M("uitstap-brussel-3b", GREET, [DIRK], "Brussel donderdag",
  T("""
  Dag Dirk,

  Alles staat klaar voor donderdag: trein van 8u12 in Haacht, tickets heb ik. We zijn met 22, Staf is ziek gemeld.

  Nog iets: Jens gaat mee, hij was er de laatste weken niet veel. Je weet dat de mama er niet meer is sinds de kerstvakantie. In het Belvue hebben ze dat opdrachtje "vertel over je familie", misschien kan jij hem een andere opdracht geven zonder dat het opvalt? Hij zit in de groep van Seppe, dat is goed.

  Tot donderdag,
  Greet
  """),
  date=D("2025-03-11 21:14"), rules=["sensitive"], cats=["family"], about=["P0001", "P0106", "P0010"],
  note="trip logistics; in passing: the pupil's mother died during the Christmas holiday")

M("lo-kwinten-bank", JOS, [SOFIE], "kwinten 4c",
  T("""
  sofie, kwinten uit 4c zit echt niet goed in zijn vel. zat heel de les op de bank met zijn kap op, wou niet omkleden, zei dat hij 'nergens nog zin in heeft'. is al de 3de week zo. misschien eens babbelen met hem? ik heb niks gezegd tegen de klas
  jos

  Verzonden vanaf mijn iPhone
  """),
  date=D("2024-11-19 12:31"), rules=["sensitive"], cats=["psychosocial"], about=["P0003"], tags=["phone"],
  note="PE teacher flags a pupil who has been withdrawn and without drive for weeks")

M("clb-vraag-eline", SOFIE, [LIEVE], "vraag voor donderdag",
  T("""
  Dag Lieve,

  Kan jij donderdag een halfuurtje vrijhouden? Het gaat over E. uit 4A (Eline Schepers). Ze eet bijna niets meer: in de refter zit ze met een appel en die gaat half terug in de doos. De mama belde gisteren, ze is op drie maanden veel kilo's kwijt en ze loopt 's nachts rond in huis. De huisarts heeft hen doorverwezen, maar er is een wachtlijst.

  De ouders zijn akkoord dat jullie mee opvolgen, mama komt donderdag om 10u.

  Groetjes,
  Sofie
  """),
  date=D("2025-01-29 16:55"), rules=["sensitive"], cats=["psychosocial", "medical", "care"], about=["P0004"],
  note="counsellor asks the CLB to follow up a pupil who has been losing a lot of weight and barely eats")

M("jas-lisa-secretariaat", MIEKE, [par("P0005", 1, "Sandra Verbruggen")], "jas van Lisa",
  T("""
  Beste mevrouw Verbruggen,

  De blauwe winterjas van Lisa is teruggevonden, hij hing in de kleedkamer van de sporthal. Hij ligt op het secretariaat, ze mag hem daar komen halen.

  Lisa vertelde me ook, een beetje overstuur, dat de deurwaarder vorige week bij jullie is langs geweest. Ik wil u alleen laten weten dat u voor de schoolrekening en de uitstap naar Brugge altijd discreet bij Veerle Lemmens van de boekhouding terecht kan, er is veel mogelijk. Lisa hoeft zich daar geen zorgen over te maken.

  Vriendelijke groeten,
  Mieke Stroobants
  opvoeder
  """),
  date=D("2024-12-03 15:20"), rules=["sensitive"], cats=["financial"], about=["P0005"],
  note="lost-jacket mail to the mother that also mentions the bailiff's visit and offers help with the bill")

M("robin-dinsdag-leuven", STIJN, [PAUL], "toets 4a",
  T("""
  paul, robin uit 4a is dinsdagnamiddag weer weg, hij gaat weer naar die mevrouw in leuven. kan de toets naar donderdag? anders moet hij hem alleen inhalen en dat vindt hij nu niet zo plezant
  stijn
  """),
  date=D("2025-02-07 13:47"), rules=["sensitive"], cats=["psychosocial"], about=["P0006"], tags=["phone"],
  note="test rescheduling; in passing the pupil's regular visits to his therapist in Leuven")

M("nina-armen", BART, [SOFIE], "Nina 5B - dringend",
  T("""
  Sofie,

  Nina (5B) zit bij mij. Ze heeft het weer gedaan, aan haar armen, deze keer dieper dan in september. De verpleegster heeft het verzorgd, mama is onderweg.
  Kan jij aan Rita vragen om haar toets Frans van het 6de uur te verplaatsen? Ik wil haar niet nog eens in de klas zetten vandaag.

  Bart
  """),
  date=D("2024-11-28 11:05"), rules=["sensitive"], cats=["psychosocial"], about=["P0007"],
  note="pupil has cut herself again; counsellor arranges the day")

M("re-dylan-titularis", GEERT, [ANNEMIE], "Re: ter info - Dylan 4C",
  T("""
  Ok, bedankt Annemie. Ik had al gemerkt dat hij stiller was. Ik zal er niks over zeggen.

  Geert

  -----Oorspronkelijk bericht-----
  Van: Annemie Claes <annemie.claes@sintpieterscollege.be>
  Verzonden: dinsdag 14 januari 2025 12:40
  Aan: Geert Pauwels <geert.pauwels@sintpieterscollege.be>
  Onderwerp: ter info - Dylan 4C

  Dag Geert,

  Ter info voor jou als klastitularis: de papa van Dylan zit sinds vorige week vast. Dylan weet dat wij het weten. Liefst geen vragen in de klas en soepel zijn met taken als hij ze niet bij heeft. Hij woont nu met mama en zijn zusjes bij de grootouders in Kampenhout.

  Annemie
  """),
  date=D("2025-01-14 13:02"), rules=["sensitive"], cats=["family"], about=["P0008"], tags=["reply"],
  note="short reply; only the quoted mail says the pupil's father is in prison")

M("jolien-weekend-home", SOFIE, [FRANK], "Jolien - weekends",
  T("""
  Dag Frank,

  Na het overleg van vanmiddag met de consulent: Jolien mag voorlopig niet meer naar huis, ook niet in het weekend. Ze blijft dus vrijdag bij jullie.
  Als de mama of haar vriend aan de home of aan de schoolpoort staat, laat je haar niet meegaan en bel je mij of de consulent. Op school weten de opvoeders ervan.

  Ze heeft vooral nood aan rust en iemand die haar niet uitvraagt. Een fijn weekend voor jullie allemaal.

  Sofie
  """),
  date=D("2025-02-12 17:40"), rules=["sensitive"], cats=["family"], about=["P0009"],
  note="counsellor tells the boarding home the girl may no longer go home (placement), mother not allowed to pick her up")

M("klassenraad-3b-november", GREET, [PAUL, RITA, ILSE], "notities klassenraad 3B (voor wie er niet was)",
  T("""
  Dag collega's,

  Voor wie er niet bij kon zijn, mijn notities van de klassenraad van 3B:

  Leerling  | Notitie
  Seppe V.  | punten ok; thuis veel onrust (ouders uit elkaar, wisselt per week), vergeet daardoor vaak materiaal
  Amber L.  | CLB-traject loopt, wachten op verslag, tot dan extra tijd bij toetsen
  Ibrahim   | dyslexie: voorleessoftware laten gebruiken, ook bij toetsen!
  Tuur V.   | vaak moe, helpt 's morgens op de boerderij, geen zorgen, wel opvolgen wiskunde
  Febe S.   | prima, mag iets meer durven in de les
  Stan V.   | zie fiche, vaste plaats vooraan houden

  Volgende klassenraad: 5 februari.
  Greet
  """),
  html=outlook_html(
      '<p class="MsoNormal">Dag collega\'s,</p><p class="MsoNormal">Voor wie er niet bij kon zijn, mijn notities van de klassenraad van 3B:</p>'
      '<table class="tab"><tr><th>Leerling</th><th>Notitie</th></tr>'
      '<tr><td>Seppe V.</td><td>punten ok; thuis veel onrust (ouders uit elkaar, wisselt per week), vergeet daardoor vaak materiaal</td></tr>'
      '<tr><td>Amber L.</td><td>CLB-traject loopt, wachten op verslag, tot dan extra tijd bij toetsen</td></tr>'
      '<tr><td>Ibrahim</td><td>dyslexie: voorleessoftware laten gebruiken, ook bij toetsen!</td></tr>'
      '<tr><td>Tuur V.</td><td>vaak moe, helpt \'s morgens op de boerderij, geen zorgen, wel opvolgen wiskunde</td></tr>'
      '<tr><td>Febe S.</td><td>prima, mag iets meer durven in de les</td></tr>'
      '<tr><td>Stan V.</td><td>zie fiche, vaste plaats vooraan houden</td></tr></table>'
      '<p class="MsoNormal">Volgende klassenraad: 5 februari.<br>Greet</p>'),
  date=D("2024-11-21 19:30"), fmt="alt", rules=["sensitive"], cats=["family", "care", "medical"],
  about=["P0010", "P0011", "P0012", "P0013", "P0014", "P0043"], tags=["html-table"],
  note="class council notes as a table with initials: parents separated, CLB follow-up, dyslexia")

M("re-tibo-deadlines", DIRK, [BART], "Re: Tibo 2A",
  T("""
  Ok Bart, zal ik doen. Zijn taak over de Romeinen mag hij na de krokusvakantie afgeven, geen probleem.

  Dirk

  Op 18-02-2025 om 08:14 schreef Bart Vranckx:
  > Dag collega's van 2A,
  >
  > De papa van Tibo is vorige week onder de tractor terechtgekomen en ligt nog altijd in Gasthuisberg, het zal nog weken duren.
  > Tibo moet thuis veel overnemen met de koeien, 's morgens en 's avonds. Willen jullie wat soepel zijn met deadlines de komende tijd?
  >
  > Bart
  """),
  date=D("2025-02-18 10:33"), rules=["sensitive"], cats=["family"], about=["P0015"], tags=["reply"],
  note="reply about a deadline; the quoted part says the father was badly injured on the farm and the boy runs the farm work")

M("warre-frans-boeken", RITA, [par("P0016", 1, "Evi Cools")], "toets Frans Warre",
  T("""
  Beste mevrouw Cools,

  Warre had 6/20 voor de toets Frans van vorige week. Hij kent de woordjes eigenlijk wel, maar hij had zijn cursus niet bij om te oefenen.
  Ik begrijp dat hij sinds jullie uit elkaar zijn om de week bij zijn papa in Rotselaar is en dat de boeken dan soms in het verkeerde huis liggen. Zou het helpen als hij een tweede cursus krijgt, eentje voor elk huis? Ik kan dat regelen via het secretariaat.

  Met vriendelijke groeten,
  Rita Janssens
  """),
  date=D("2024-10-21 17:05"), rules=["sensitive"], cats=["family"], about=["P0016"],
  note="mail about a bad French grade to the mother that refers to the parents' separation and co-parenting")

M("ocmw-rekening-amira", VEERLE, [OCMW], "Schoolrekening Amira B. (2C) - tenlasteneming",
  T("""
  Geachte mevrouw Vandormael,

  Zoals telefonisch afgesproken bezorg ik u hierbij het overzicht van de openstaande facturen van Amira B. (2C), zodat het OCMW deze ten laste kan nemen:

  - factuur 2024/0912 (september-oktober): € 148,20
  - factuur 2024/1187 (november-december, incl. uitstap Brugge): € 136,40
  Totaal: € 284,60

  Gelieve te storten op BE36 7340 1234 5681 met vermelding "Benali Amira 2C".
  Mama weet dat ik u dit bezorg. De rekening van januari sturen we in februari rechtstreeks naar u, zoals afgesproken.

  Met vriendelijke groeten,
  Veerle Lemmens
  boekhouding Sint-Pieterscollege campus Haacht
  016 60 12 34
  """),
  date=D("2025-01-23 11:15"), rules=["sensitive", "personal_data"], cats=["financial"], about=["P0017"],
  note="bookkeeper sends the social services the unpaid bills of a family that the OCMW will pay; IBAN and phone")

M("afbetaling-claessens", VEERLE, [par("P0018", 1, "Ingrid Claessens")], "afspraak schoolrekening Jarne en Fleur",
  T("""
  Beste mevrouw Claessens,

  Zoals afgesproken op ons gesprek van maandag bevestig ik hierbij de regeling voor de openstaande schoolrekeningen van Jarne (3C) en Fleur (1A), samen € 412,80:

  - u betaalt € 30 per maand, telkens voor de 10de, vanaf 10 februari;
  - op rekening BE36 7340 1234 5681, mededeling "regeling Claessens";
  - nieuwe rekeningen lopen gewoon mee; we bekijken in juni samen hoe ver we staan.

  De kinderen mogen gewoon mee op de uitstappen, daar hoeft u niet over in te zitten.

  Met vriendelijke groeten,
  Veerle Lemmens
  """),
  date=D("2025-01-29 10:20"), rules=["sensitive", "personal_data"], cats=["financial"], about=["P0018", "P0019"],
  note="payment plan for a family's unpaid school bills confirmed to the mother; IBAN")

M("bus-noah-woensdag", TOM, [VANCAMP], "Noah P. (1C) - woensdagmiddag",
  T("""
  Dag Wim,

  Graag doorgeven aan de chauffeur van lijn 2: vanaf maandag mag Noah P. (1C) op woensdagmiddag NIET meer afstappen aan de halte Wakkerzeel-dorp, waar zijn vader hem vroeger opwachtte. Hij blijft op de bus tot Haacht-station, waar mama hem ophaalt.
  Er is een uitspraak van de rechter, de school heeft een kopie. Als de vader aan de bus staat en vraagt om Noah mee te geven: niet doen en ons verwittigen.

  Bedankt voor jullie begrip,
  Tom Wuyts
  """),
  date=D("2024-10-10 14:50"), rules=["sensitive"], cats=["family"], about=["P0020"],
  note="bus coordinator tells the bus company a court decision bars the father from picking up the boy")

M("yasmine-slaapt-home", BART, [SOFIE, ANNEMIE], "Yasmine 3A",
  T("""
  Ter info,

  Yasmine (3A) slaapt sinds gisteravond in de home Ter Dijle, omdat het thuis niet veilig is voor haar. Ze komt voortaan met de bus van de home. Dossier loopt via de consulent, CLB is op de hoogte.
  Haar broertje Adam in 1B weet van niets en slaapt nog thuis. Let daar aub op: niks zeggen in zijn buurt, en geen post voor Yasmine via hem meegeven.

  Bart
  """),
  date=D("2025-03-04 08:20"), rules=["sensitive"], cats=["family"], about=["P0021", "P0022"],
  note="pupil now sleeps in the boarding home because home is not safe; brother still at home")

M("bio-uitstap-lore", ILSE, [MOHAMED], "uitstap Zoniënwoud 2B - praktisch",
  T("""
  Hoi Mohamed,

  Merci dat je meegaat naar het Zoniënwoud! Bus om 8u15, picknick voorzien door de school.

  Eén ding: Lore Dewinter doet heel af en toe een aanval (laatste keer in het 1ste jaar). Het neusspraytje zit in het voorvakje van haar rugzak. Mama heeft het me uitgelegd: als het langer dan 5 minuten duurt, het spraytje geven en de hulpdiensten bellen, en dan mama. Ik heb haar in mijn groep gezet, maar dan weet jij het ook.

  Tot dinsdag,
  Ilse
  """),
  date=D("2024-09-26 20:12"), rules=["sensitive"], cats=["medical"], about=["P0023"],
  note="excursion logistics; in passing the pupil's seizures and emergency medication")

M("refter-ward-noten", MIEKE, [ROSA], "Ward 1A - noten",
  T("""
  Rosa, ward uit 1A (die kleine blonde met de bril) mag echt GEEN noten, ook geen sporen, ook niet in de koekjes van de dessertkar. Zijn pen ligt op het secretariaat in de koelkast. Mama heeft een lijst meegegeven, die leg ik morgen in de keuken
  mieke
  """),
  date=D("2024-09-03 16:02"), rules=["sensitive"], cats=["medical"], about=["P0024"], tags=["phone"],
  note="educator warns the canteen cook about a named pupil's severe nut allergy")

M("aisha-verwachting", SOFIE, [ANNEMIE], "Aïsha 6B",
  T("""
  Annemie,

  Kort, want ik moet naar de klassenraad: Aïsha (6B) verwacht een kindje, rond eind april. Ze heeft het gisteren aan mij verteld, de mama weet het sinds het weekend. Ze wil haar jaar absoluut afmaken.
  Kunnen we volgende week samen bekijken wat er mogelijk is met de stage in april en met LO? En de examens in juni?

  Sofie
  """),
  date=D("2024-12-10 12:58"), charset="windows-1252", rules=["sensitive"], cats=["medical"], about=["P0025"],
  note="counsellor tells the care coordinator a final-year pupil is pregnant")

M("milan-eigen-pakket", ANNEMIE, [RITA, PAUL, KATRIEN, LEEN], "Milan 2C - vanaf maandag",
  T("""
  Beste collega's,

  Vanaf maandag 3 februari krijgt Milan (2C) een eigen lessenpakket: geen Frans meer en het tweede uur wiskunde valt weg. Die uren zit hij bij Leen voor Nederlands en rekenen op zijn niveau. Hij krijgt op het rapport een aparte vermelding in plaats van punten voor die vakken.
  Dit is zo besproken met de ouders en het CLB, het papierwerk is in orde.

  Rita en Paul, kunnen jullie hem tegen maandag laten weten welke cursussen hij mag inleveren?

  Annemie
  zorgcoördinator
  """),
  date=D("2025-01-30 15:30"), rules=["sensitive"], cats=["care"], about=["P0026"],
  note="a pupil gets an individually adapted curriculum, described without the official term")

M("clb-dossier-arne", ANNEMIE, [LIEVE], "Arne S. 1C",
  T("""
  Dag Lieve,

  De ouders van Arne (1C) hebben het formulier getekend, je mag zijn dossier openen. Donderdag om 9u is goed voor het eerste gesprek, in het lokaal van de leerlingenbegeleiding. Ik bezorg je het verslag van de lagere school via de beveiligde weg.

  Groeten,
  Annemie
  """),
  date=D("2024-10-07 16:40"), rules=["sensitive"], cats=["care"], about=["P0027"],
  note="care coordinator starts CLB follow-up of a first-year pupil")

M("sien-pilletje", KATRIEN, [MIEKE], "sien 1b",
  T("""
  mieke als Sien uit 1B straks bij u komt: ze is haar pilletje vergeten vanmorgen, mama brengt het om 10u aan het onthaal. ze mag het bij u in het bureau nemen. vandaar dat ze zo druk was in het eerste uur, ze kan er niks aan doen
  k.

  Verzonden vanaf mijn iPhone
  """),
  date=D("2024-10-17 09:12"), rules=["sensitive"], cats=["medical"], about=["P0028"], tags=["phone"],
  note="pupil forgot her daily medication (ADHD implied), mother brings it")

M("robbe-buikpijn", SOFIE, [LIEVE], "Robbe 3C - afwezigheden",
  T("""
  Dag Lieve,

  Robbe Verlinden (3C) is deze maand amper vier dagen op school geweest. Elke morgen buikpijn, zijn mama krijgt hem niet meer in de auto. Als hij er is, zit hij stil achteraan en vraagt hij na het eerste uur om naar huis te mogen.
  Hij zegt zelf dat hij "het gebouw niet meer binnen kan". Hij is niet ziek volgens de huisarts.

  Kunnen we samen met de ouders een gesprek plannen? Ik denk aan een opbouw met halve dagen.

  Sofie
  """),
  date=D("2025-03-18 14:45"), cte="base64", rules=["sensitive"], cats=["psychosocial", "care"], about=["P0029"],
  note="school refusal of a pupil described by its signs; CLB involvement requested")

M("bus-tildonk-emma", LUC, [SOFIE], "bus tildonk",
  T("""
  Sofie, ik zit al een paar weken op de bus van Tildonk en die kleine Emma Wijns van 1A wordt elke dag uitgelachen door een bende van het 3de achterin. Ze noemen haar 'de boerin' en trekken aan haar haar. Gisteren hebben ze haar boekentas door het raam gegooid aan de halte.
  Ze zit nu vooraan bij de chauffeur, maar ze durft niks te zeggen. Kunt gij daar iets mee? Ik ken de namen van twee van die gasten.

  Luc
  """),
  date=D("2024-11-06 17:58"), rules=["sensitive"], cats=["psychosocial"], about=["P0030"],
  note="bus supervisor reports that a first-year girl is being harassed on the bus every day")

M("kleedkamer-dries", RUBEN, [BART], "Dries - kleedkamer",
  T("""
  Bart,

  Het is weer Dries (3A) die de kleine van 1C lastigvalt in de kleedkamer, Lowie Vanhoutte. Deze keer zijn gsm afgepakt en een filmpje gemaakt terwijl hij zich omkleedde. Ik heb het filmpje laten wissen in mijn bijzijn, maar het is de derde keer dit trimester.
  Lowie wilde er niet over praten, maar hij kwam na de les vragen of hij voortaan in het toilet mag omkleden.

  Kunnen we samen zitten met Dries? En misschien ook de ouders van Lowie bellen?

  Ruben
  """),
  date=D("2025-02-11 11:50"), rules=["sensitive"], cats=["psychosocial"], about=["P0031", "P0032"],
  note="repeated bullying in the changing room: named perpetrator and named victim")

M("lien-grootvader", GREET, [RITA, PAUL, ILSE, DIRK], "Lien 3B afwezig donderdag en vrijdag",
  T("""
  Dag collega's,

  Lien Vermeiren zal donderdag en vrijdag afwezig zijn. Haar opa is zaterdag onverwacht heengegaan op het hof, het was Lien die hem gevonden heeft. De uitvaart is vrijdag om 10u in de kerk van Wespelaar.
  Wie wil, kan een kaartje in haar bank leggen. Ik vraag jullie om volgende week wat mild te zijn met de toetsen.

  Greet
  """),
  date=D("2024-11-12 07:35"), rules=["sensitive"], cats=["family"], about=["P0033"],
  note="absence notice that says the pupil's grandfather died and she found him")

M("kobe-my-future", NADIA, [SOFIE], "Kobe 5A - schrijfopdracht",
  T("""
  Sofie,

  In de schrijfopdracht "My future" schreef Kobe (5A) dat het voor hem allemaal niet meer hoeft en dat niemand het zou merken als hij er niet meer was. Niet als grap bedoeld, denk ik, de rest van de tekst is heel ernstig. Ik heb de tekst in een envelop in je bakje gelegd.
  Hij was vandaag ook niet op school.

  Ik maak me echt ongerust. Wil jij vandaag nog iets doen? Ik ben vrij vanaf 14u.

  Nadia
  """),
  date=D("2025-04-24 12:20"), rules=["sensitive"], cats=["psychosocial"], about=["P0034"],
  note="English teacher worried about a pupil who wrote that he no longer wants to live")

M("kiara-omkleden", JOS, [BART], "kiara 2a",
  T("""
  bart, Kiara uit 2A had weer blauwe plekken op haar bovenarmen bij het omkleden, ook op haar rug. zegt dat ze van de trap gevallen is. vorige keer zei ze tegen mevrouw Daems dat papa 'soms uitschiet als hij gedronken heeft'. ik laat het bij jou, ge weet wat ge moet doen
  jos
  """),
  date=D("2025-01-16 10:42"), rules=["sensitive"], cats=["family"], about=["P0035"], tags=["phone"],
  note="PE teacher reports recurring bruises and hints of violence by the father")

M("lana-middagpauze", SOFIE, [HANNE, ILSE, RITA], "Lana 2B - middag",
  T("""
  Dag collega's,

  Lana (2B) mag tot nader order 's middags in lokaal A1.04 eten, samen met een vriendin naar keuze. In de refter krijgt ze het te benauwd: hart dat bonst, handen die tintelen, vorige week moest Mieke haar naar buiten brengen. Ze is daar heel beschaamd over.

  Als ze in de les plots naar buiten wil, laat haar gaan, ze weet dat ze dan naar mij mag komen.

  Sofie
  """),
  date=D("2024-10-23 13:05"), fmt="html", rules=["sensitive"], cats=["psychosocial"], about=["P0036"],
  note="pupil with panic attacks in the canteen gets a quiet place to eat")

M("jarno-brandoefening", GEERT, [SOFIE], "Jarno 4C",
  T("""
  Dag Sofie,

  Sinds de brand in hun stal in november slaapt Jarno (4C) slecht, vertelde hij me in de godsdienstles. Vandaag bij de brandoefening schrok hij zo hard van het alarm dat hij onder de bank kroop en niet meer naar buiten wilde. De klas heeft het gelukkig niet echt gezien.
  Misschien eens met hem praten? Hij vertrouwt jou wel, denk ik.

  Geert
  """),
  date=D("2025-01-21 15:15"), rules=["sensitive"], cats=["psychosocial"], about=["P0037"],
  note="pupil is still shaken by a barn fire at home and panicked at the fire drill")

M("lukas-gasthuisberg", STIJN, [RITA, ILSE, MOHAMED, DIRK], "Lukas 4A",
  T("""
  Dag allemaal,

  Lukas (4A) ligt sinds gisteravond in Gasthuisberg, ze hebben zijn blindedarm eruit gehaald. Alles is goed verlopen, maar hij blijft zeker tot het weekend en daarna nog een week thuis.
  Hij mist dus de toetsen van volgende week. Ik stel voor dat we na de krokus samen een inhaalplan maken.

  Stijn
  """),
  date=D("2025-02-19 08:10"), rules=["sensitive"], cats=["medical"], about=["P0038"],
  note="class teacher informs colleagues that a pupil had surgery in hospital")

M("viktor-vierde-keer", PAUL, [ANNEMIE], "Viktor 3C",
  T("""
  Annemie,

  Voor de vierde keer deze maand heb ik Viktor (3C) uit de les moeten zetten. Vandaag een stoel tegen de kast gegooid en Ilse uitgescholden toen ze tussenkwam. Nadien zegt hij dat het hem niet kan schelen, "ge kunt me toch niks doen".
  Dit is geen gewone puberteit meer, vind ik. Collega's van andere vakken zien hetzelfde. Kunnen we een volgtraject opstarten, en de ouders uitnodigen?

  Paul
  """),
  date=D("2024-12-12 16:25"), rules=["sensitive"], cats=["psychosocial"], about=["P0039"],
  note="repeated aggressive behaviour of one pupil, asks for a follow-up plan")

M("skireis-lenny-fonds", WIM, [HANNE], "skireis - vraag solidariteitsfonds",
  T("""
  Hanne,

  De familie Verstraeten (Lenny, 5B) kan de skireis dit jaar niet betalen. Papa belde me gisteren, het gaat niet goed op de boerderij sinds de melkprijs zo gezakt is en ze hebben de bank al op hun dak. Hij was er echt beschaamd over.
  Lenny wil heel graag mee. Kan het solidariteitsfonds van de ouderraad iets bijleggen? Het gaat om € 645, desnoods de helft.

  Graag discreet he.
  Wim
  """),
  date=D("2024-11-08 21:10"), rules=["sensitive"], cats=["financial"], about=["P0040"],
  note="farming family cannot pay the ski trip; teacher asks the parents' council fund for help")

M("schooltoelage-kabongo", VEERLE, [MARLEEN], "schooltoelage Kabongo",
  T("""
  Marleen,

  De schooltoelage van de kinderen Kabongo (Grace 1B en Merveille 3A) is geweigerd: het inkomen van 2023 klopt volgens hen niet met wat mama heeft ingevuld. Ze hebben het echt niet breed, de rekening van het eerste trimester staat ook nog open.
  Kan jij met mama de aanvraag opnieuw invullen als ze donderdag komt? Zij spreekt beter Frans dan Nederlands, dus misschien vraag je Rita erbij.

  Veerle
  """),
  date=D("2024-12-05 09:50"), rules=["sensitive"], cats=["financial"], about=["P0041", "P0042"],
  note="school allowance of a family refused; unpaid bill; secretary to help the mother")

M("stan-verslag-binnen", ANNEMIE, [GREET], "Stan 3B",
  T("""
  Greet,

  Het verslag voor Stan (3B) is eindelijk binnen, type 9. We moeten zijn fiche aanpassen voor de examens: vaste plaats, wijzigingen in het rooster op voorhand aankondigen, examens in het kleine lokaal met weinig prikkels, en zijn koptelefoon mag.
  Zullen we dat maandag op de middag samen overlopen? Dan stuur ik het daarna naar de vakleerkrachten.

  Annemie
  """),
  date=D("2025-05-15 11:30"), rules=["sensitive"], cats=["care", "medical"], about=["P0043"],
  note="a pupil's report for extra support (autism type) arrived; exam accommodations follow")

M("marie-logo-attest", KATRIEN, [RITA, NADIA, PAUL], "Marie 1B - aanpassingen",
  T("""
  Dag collega's,

  Marie Celis (1B) heeft sinds vorige maand het attest van de logopediste binnengebracht. Vanaf nu voor haar:
  - toetsen in lettertype 14 en anderhalve regelafstand
  - 10 minuten extra tijd of minder oefeningen
  - ze mag voorleessoftware gebruiken (laptop in de kar)
  - spelfouten niet meetellen bij andere vakken dan Nederlands en Frans

  Ze is er zelf een beetje beschaamd over, dus liefst niet klassikaal bespreken.

  Katrien
  """),
  date=D("2024-10-28 19:50"), rules=["sensitive"], cats=["medical", "care"], about=["P0044"],
  note="class teacher lists accommodations after a pupil's speech therapist's attest (dyslexia implied)")

M("sarah-rapport-mama", MARLEEN, [HANNE], "Sarah 2A - rapporten",
  T("""
  Dag Hanne,

  De mama van Sarah (2A) was hier net. Ze vraagt om het rapport voortaan niet meer mee te geven met Sarah en het door niemand anders dan haarzelf te laten ophalen. Er loopt een procedure bij de rechtbank tussen haar en haar ex-man, zegt ze. Ik heb gezegd dat ik het aan de directie voorleg, want papa heeft in principe ook recht op info.

  Kan jij volgende week in de klas opletten als papa aan de poort staat?

  Marleen
  """),
  date=D("2025-03-06 12:15"), rules=["sensitive"], cats=["family"], about=["P0045"],
  note="mother asks that the father not receive the report; court case between the parents")

M("re-thomas-keerbergen", KATRIEN, [par("P0046", 1, "Karen Heremans")], "Re: Thomas - bus",
  T("""
  Beste mevrouw Heremans,

  Bedankt om ons te verwittigen, en veel sterkte in deze periode. Ik heb het doorgegeven aan meneer Wuyts voor de bus: in de weken dat Thomas in Keerbergen is, staat hij niet op de lijst van lijn 4.
  In de klas houd ik een oogje in het zeil. Als u wil, kan u altijd eens een afspraak maken met de leerlingenbegeleiding.

  Vriendelijke groeten,
  Katrien Willems
  klastitularis

  Op zo 26 jan. 2025 om 21:48 schreef Karen Heremans <karen.heremans@telenet.be>:
  > Dag mevrouw Willems,
  > Mijn man en ik gaan uit elkaar. Thomas zal vanaf volgende week om de week bij zijn papa in Keerbergen wonen, dan neemt hij de bus niet maar brengt zijn papa hem. Hij heeft het er moeilijk mee, hij huilt 's avonds veel.
  > Groetjes, Karen
  """),
  date=D("2025-01-27 08:05"), rules=["sensitive"], cats=["family"], about=["P0046"], tags=["reply"],
  note="reply to a mother about bus logistics; quoted part tells of the separation and how the boy suffers")

M("olivia-worried-en", NADIA, [par("P0047", 1, "Claire Walsh")], "Olivia",
  T("""
  Dear Mrs Walsh,

  I wanted to let you know that Olivia has been crying in class a few times this week. When I talked to her after the lesson, she told me she feels very alone since Emily moved back to Ireland, she can't sleep and she worries "about everything, all the time". She also said she doesn't want to worry you.

  I have asked Sofie Wouters, our pupil counsellor, to have a chat with her this week. Would you be available for a short meeting with Sofie and me on Thursday after school?

  Kind regards,
  Nadia El Amrani
  """),
  date=D("2024-10-16 16:30"), lang="en", rules=["sensitive"], cats=["psychosocial"], about=["P0047"],
  note="English mail to a mother: her daughter is anxious, sleepless and crying in class")

M("joel-fr-isole", RITA, [par("P0048", 1, "Chantal Mbuyi")], "Joël",
  T("""
  Madame Mbuyi,

  Je me permets de vous écrire parce que Joël ne va pas bien ces dernières semaines. En classe il ne parle presque plus, à midi il reste seul et ne mange pas, et hier il m'a dit qu'il n'avait « plus envie de rien ». Ce n'est pas le Joël que nous connaissons.

  Est-ce que vous remarquez la même chose à la maison ? Je vous propose de venir en parler avec moi et avec Madame Wouters, de l'accompagnement des élèves. Elle parle aussi français.

  Bien à vous,
  Rita Janssens
  """),
  date=D("2025-03-13 17:40"), lang="fr", cte="quoted-printable", rules=["sensitive"], cats=["psychosocial"],
  about=["P0048"], note="French mail to a mother: her son withdraws, does not eat, has lost all drive")

M("mathis-prikken", MIEKE, [PAUL, NADIA, JOS], "Mathis 1A",
  T("""
  Dag collega's,

  Mathis Peetermans (1A) moet om 10u prikken en zijn waarde meten. Dat mag gewoon in de klas, hij doet dat zelf heel goed. Als hij bleek wordt, gaat zweten of raar begint te doen: druivensuiker uit zijn pennenzak laten nemen en iemand mee naar het secretariaat sturen.
  Jos: bij LO altijd iets zoet in je tas, en hij meet voor en na de les.

  Mieke
  """),
  date=D("2024-09-02 12:40"), rules=["sensitive"], cats=["medical"], about=["P0049"],
  note="practical instructions for a pupil with diabetes, condition not named")

M("taalondersteuning-ilias-bilal", LEEN, [KATRIEN], "dinsdag 3de uur",
  T("""
  Hoi Katrien,

  Vanaf volgende week neem ik Ilias en Bilal op dinsdag het 3de uur uit jouw les voor extra taalondersteuning, tot de paasvakantie. Thuis wordt er bijna geen Nederlands gesproken en ze haken af bij de opdrachten. Het staat in hun leerlingdossier bij de GOK-maatregelen.

  Laat je weten wat ze moeten inhalen?
  Leen
  """),
  date=D("2025-01-10 13:15"), rules=["sensitive"], cats=["care"], about=["P0050", "P0051"],
  note="two named pupils get extra language support as an individual measure")

M("zoe-londenreis-uitstel", WIM, [VEERLE], "Londenreis Zoë",
  T("""
  Veerle,

  Mama van Zoë (5B) belde: ze heeft vorige week haar werk verloren en vraagt of de tweede schijf van de Londenreis kan wachten tot maart. Ik heb gezegd dat dat wel zou lukken, ok voor jou? Zoë weet van niets, ze moet er zich niet slecht door voelen.

  Wim
  """),
  date=D("2025-01-13 18:45"), rules=["sensitive"], cats=["financial"], about=["P0052"],
  note="mother lost her job and asks to postpone the trip payment")

M("axel-oma-oudercontact", KATRIEN, [MOHAMED], "oudercontact Axel",
  T("""
  Mohamed,

  Voor het oudercontact: Axel (1B) woont bij zijn oma, de ouders zijn er al een paar jaar niet meer bij. De uitnodiging gaat dus naar oma, mevrouw Van Biesen. Spreek haar niet aan als "mama", daar is ze gevoelig voor.

  Katrien
  """),
  date=D("2024-12-11 10:55"), rules=["sensitive"], cats=["family"], about=["P0053"],
  note="class teacher tells a colleague the boy lives with his grandmother, parents out of the picture")

M("mdo-jonas-uitnodiging", ANNEMIE, [LIEVE], "Uitnodiging overleg Jonas Aerts (2A) - 12 februari",
  T("""
  Beste Lieve,
  Beste mevrouw Aerts,

  Graag nodig ik jullie uit voor een overleg over Jonas (2A) op woensdag 12 februari om 13u30 in het lokaal van de leerlingenbegeleiding.

  Agenda:
  1. Hoe gaat het met Jonas sinds de aanpassingen van november?
  2. Evaluatie van zijn handelingsplan (extra tijd, vaste plaats, planningsbegeleiding)
  3. De vraag van de ouders naar bijkomende ondersteuning vanuit het ondersteuningsnetwerk, en wat daarvoor nodig is
  4. Afspraken voor de examens van juni

  Ook de klastitularis, mevrouw Daems, zal aanwezig zijn. Laat gerust weten als het tijdstip niet past.

  Met vriendelijke groeten,
  Annemie Claes
  zorgcoördinator
  """),
  cc=[par("P0054", 1, "Tinne Aerts")], date=D("2025-01-31 14:10"), rules=["sensitive", "bcc"], cats=["care"],
  about=["P0054"], note="meeting invitation about a pupil's care plan to the CLB with the mother in Cc: two external addresses visible")

M("fwd-klassenraad-thuis", GREET, ["Greet Vandenbroeck <greetvdb@hotmail.com>"], "Fwd: verslag klassenraad 3B febr",
  T("""
  om thuis verder te werken aan de rapportcommentaren

  ---------- Doorgestuurd bericht ----------
  Van: Annemie Claes <annemie.claes@sintpieterscollege.be>
  Datum: wo 5 feb. 2025 om 17:52
  Onderwerp: verslag klassenraad 3B febr
  Aan: Greet Vandenbroeck <greet.vandenbroeck@sintpieterscollege.be>

  Greet, hierbij het verslag.

  - Jens: sinds het overlijden van mama gaan de punten achteruit, maar hij komt wel naar school. Rouwbegeleiding via CLB aangeboden, papa wil eerst afwachten.
  - Seppe: week-weekregeling loopt beter, papa en mama zijn beiden op het oudercontact geweest.
  - Amber: verslag CLB binnen, zie fiche.
  - Stan: rustiger sinds hij de koptelefoon mag gebruiken.
  - Lien: heel stil sinds de dood van haar opa, opvolgen.
  - Ibrahim: voorleessoftware werkt, Frans blijft moeilijk.

  Annemie
  """),
  date=D("2025-02-05 20:31"), rules=["sensitive", "private_account"], cats=["family", "psychosocial", "care", "medical"],
  about=["P0001", "P0010", "P0011", "P0043", "P0033", "P0012"], tags=["forward"],
  note="teacher forwards the class council minutes with bereavement, custody and care notes to her own Hotmail")

M("personeel-overlijden-mama", DIR, ["personeel@sintpieterscollege.be"], "Droevig nieuws",
  T("""
  Beste collega's,

  Tijdens de kerstvakantie is de mama van Jens (3B) en Lotte (1A) Van den Bossche plots overleden. De uitvaart is donderdag om 11u in de Sint-Remigiuskerk in Haacht. Wie wil gaan, laat het mij weten, dan regelen we de vervanging.

  Jens en Lotte komen maandag terug naar school. Papa vraagt om het gewoon te houden: geen grote toespraken in de klas, wel een beetje extra aandacht. De klastitularissen hebben de klassen ingelicht.

  Hilde
  """),
  date=D("2025-01-03 10:15"), rules=["sensitive", "bcc"], cats=["family"], about=["P0001", "P0002"], tags=["group-in-to"],
  note="head tells all staff about the death of two pupils' mother; staff group address in To")

# --- sensitive + misdirected (5) ---
M("lotte-gsm-avond-vervoort", SOFIE, [par("P0061", 1, "Koen Vervoort")], "Lotte - even bellen?",
  T("""
  Beste meneer Vervoort,

  Lotte kwam vandaag uit zichzelf naar mij tijdens de middagpauze. Ze zit niet goed in haar vel: ze slaapt 's nachts bijna niet meer door wat er in de klasgroepchat over haar gezegd wordt, en ze durft 's morgens de klas bijna niet meer binnen. Ze heeft ook gezegd dat ze soms denkt dat het "beter zou zijn zonder haar".

  Ik zou u en uw vrouw graag deze week spreken, liefst voor vrijdag. Kan u mij laten weten wanneer het past? Lotte weet dat ik u contacteer.

  Met vriendelijke groeten,
  Sofie Wouters
  leerlingenbegeleiding
  """),
  date=D("2025-03-26 15:40"), rules=["sensitive"], cats=["psychosocial"], about=["P0060"], mis=True,
  note="autocomplete picked the other Vervoort father: mail about Lotte (2B) reaches only the parent of Senne (5A)")

M("bram-hoofdpijn-wouters", MIEKE, [par("P0063", 1, "Raf Wouters")], "Bram vandaag",
  T("""
  Beste meneer Wouters,

  Bram heeft vanmiddag opnieuw zo'n zware hoofdpijnaanval gehad, met braken en last van het licht. Hij heeft zijn pilletje genomen om 12u15 (het tweede van deze week) en heeft een uur in het donker in de ziekenkamer gelegen. Om 14u ging het beter en is hij terug naar de les gegaan.

  Zou u aan de neuroloog kunnen vragen of hij het vaker mag nemen dan twee keer per week? Hij heeft het de laatste weken bijna elke week nodig, vooral op dagen met toetsen.

  Vriendelijke groeten,
  Mieke Stroobants
  opvoeder
  """),
  date=D("2024-12-04 15:55"), rules=["sensitive"], cats=["medical"], about=["P0062"], mis=True,
  note="mail about Bram (4B) and his migraine medication sent to his uncle, the father of cousin Niels (2A)")

M("re-betaling-verkeerde-thread", VEERLE, [par("P0065", 1, "Kim Leemans")], "Re: betaling uitstap",
  T("""
  Beste mevrouw Mattheus,

  Zoals beloofd hierbij het aangepaste afbetalingsplan voor Jasper (3C). Omdat de achterstand van vorig jaar nog meeliep, komt het totaal op € 356,00:

  februari  € 40
  maart     € 40
  april     € 40
  mei       € 40
  juni      € 40
  daarna maandelijks € 40 tot het saldo van € 156 is aangezuiverd

  Als het een maand niet lukt, laat het mij gewoon weten. We zoeken dan een oplossing.

  Met vriendelijke groeten,
  Veerle Lemmens

  Op 3 feb. 2025 om 13:20 schreef Kim Leemans <leemans.kim@hotmail.com>:
  > Goedemiddag, is mijn betaling voor de uitstap goed toegekomen? Groetjes Kim Leemans
  """),
  date=D("2025-02-03 16:05"), rules=["sensitive"], cats=["financial"], about=["P0064"], mis=True, tags=["reply"],
  note="bookkeeper answered in the wrong thread: Jasper's payment plan goes to the mother of classmate Finn")

M("brief-aangepast-traject-amelie", ANNEMIE, [par("P0067", 1, "Heidi Vandamme")], "Aangepast traject Amélie - bevestiging",
  T("""
  Beste mevrouw Vandamme,

  Naar aanleiding van ons gesprek van 20 maart bevestigen wij hierbij de afspraken voor Amélie (2C).

  Vanaf het derde trimester volgt Amélie een individueel aangepast programma. Concreet:
  - voor Frans, wiskunde en wetenschappen werkt ze aan eigen doelen, uitgeschreven in haar handelingsplan;
  - ze krijgt voor die vakken geen cijfers maar een beschrijvende evaluatie;
  - op het einde van het schooljaar ontvangt ze een attest van verworven bekwaamheden in plaats van een oriënteringsattest.

  De ondersteuner van het netwerk komt verder elke dinsdag. We evalueren samen met het CLB in juni.

  Met vriendelijke groeten,
  Annemie Claes
  zorgcoördinator
  """),
  date=D("2025-03-24 11:40"), rules=["sensitive"], cats=["care"], about=["P0066"], mis=True,
  note="re-used letter: the template for Maxim's mother was reused for Amélie (2C) without changing the recipient and greeting")

M("zita-weekends-stiefpapa", GEERT, ["Tom Van Loock <tom.vanloock@telenet.be>"], "Zita",
  T("""
  Beste ouders,

  Zita vroeg me vandaag na de les of ze mocht blijven praten. Ze vertelde dat ze niet meer in het weekend naar haar papa in Tremelo wil, omdat hij opnieuw drinkt en ze 's avonds alleen thuis zit tot hij terugkomt. Ze was er erg van aangedaan.

  Ik heb haar gezegd dat ik jullie zou verwittigen en dat ze ook bij mevrouw Wouters terecht kan. Mogen we daar eens samen over spreken?

  Met vriendelijke groeten,
  Geert Pauwels
  """),
  date=D("2025-04-01 16:20"), rules=["sensitive"], cats=["family"], about=["P0068"], mis=True,
  note="mail about Zita (4A) picked from her half-brother Mats's record: only Mats's father (her stepfather) receives it")

# --- more sensitive (4) ---
M("ongevalsaangifte-lars", JOS, ["Dossierbeheer schoolongevallen <ongevallen@verzekeringen-devos.be>"],
  "Ongevalsaangifte leerling Jacobs Lars",
  T("""
  Goeiedag,

  Hierbij de gegevens voor de aangifte, het papieren formulier volgt met de post.

  Leerling: Lars Jacobs, klas 3A
  Geboortedatum: 14/05/2010
  Ongeval: donderdag 12 december 2024, 10u40, les LO in de sporthal (Kerkstraat 27, Haacht)
  Omschrijving: bij een landing op de mat van de bok op de linkerhand gevallen
  Letsel: breuk linkerpols, gips voor 6 weken (spoed UZ Leuven, dezelfde dag)
  Getuige: Jos Verbiest, leerkracht LO

  Met vriendelijke groeten,
  Jos Verbiest
  """),
  date=D("2024-12-13 09:20"), rules=["sensitive", "personal_data"], cats=["medical"], about=["P0057"],
  note="school accident declaration to the insurer: named pupil, date of birth, fracture and hospital")

M("inschrijving-home-yusuf", MARLEEN, [HOMEDIR], "Inschrijving Yusuf Demir - gegevens",
  T("""
  Beste mevrouw Moens,

  Zoals gevraagd de gegevens voor de inschrijving van Yusuf in de home vanaf 2 september:

  Naam: Yusuf Demir
  Klas: 4B
  Rijksregisternummer: 09.03.14-233.71
  Adres: Stationsstraat 112, 3190 Boortmeerbeek
  Contact: mevrouw Ayse Demir (mama)
  Medisch: astma, puffer altijd bij zich; bij inspanning vooraf 2 pufjes

  De rest van het dossier bezorgt mama zelf bij het intakegesprek.

  Met vriendelijke groeten,

  """) + SIG_SEC + "\n",
  date=D("2024-08-26 10:05"), rules=["sensitive", "personal_data"], cats=["medical"], about=["P0058"],
  note="secretary sends the boarding home a pupil's national number and his asthma treatment; school phone")

M("re-kasper-halte", LUC, [SOFIE], "Re: Kasper 1A - bus",
  T("""
  ok, ik zet hem vooraan bij mij en ik zal het ook tegen de chauffeur zeggen
  luc

  Op 4/03/2025 om 12:02 schreef Sofie Wouters <sofie.wouters@sintpieterscollege.be>:

  > Luc,
  > Vanaf morgen mag Kasper Nuyts (1A) enkel nog afstappen in Haacht-station, niet meer in Boortmeerbeek. Papa is vertrokken na wat er thuis gebeurd is en mag hem voorlopig niet meer ophalen of benaderen, mama heeft een tijdelijk contactverbod gekregen.
  > Als je papa aan een halte ziet staan: Kasper op de bus houden en mij bellen.
  > Sofie
  """),
  date=D("2025-03-04 12:30"), rules=["sensitive"], cats=["family"], about=["P0055"], tags=["reply", "phone"],
  note="one-line reply; the quoted mail says the father left after an incident at home and is barred from contact")

M("ethan-new-medication-en", PAUL, [par("P0056", 1, "Mark Brooks")], "Ethan - maths and afternoons",
  T("""
  Dear Mr Brooks,

  Thank you for the meeting last week. As promised, a short update: since Ethan started with the new tablets after the Christmas break, he is much calmer in the morning lessons and his maths test was a lot better (13/20!).
  In the afternoon, however, he is very quiet, almost sleepy, and he hardly eats anything at lunch. Maybe this is something to mention to his doctor at the next check-up?

  Kind regards,
  Paul Mertens
  maths teacher 3A
  """),
  date=D("2025-02-04 17:15"), lang="en", rules=["sensitive"], cats=["medical"], about=["P0056"],
  note="English mail to the father about side effects of his son's new medication")

# ===========================================================================
# E. Personal mails about one pupil that are NOT sensitive (30, incl. 7 misdirected)
# ===========================================================================
M("toets-vergelijkingen-mauro", PAUL, [par("P0070", 1, "Anja Vandenplas")], "toets wiskunde Mauro",
  T("""
  Beste mevrouw Vandenplas,

  Mauro behaalde 7/20 op de toets over vergelijkingen. Ik zie dat hij er echt moeite voor gedaan heeft, maar de oefeningen met breuken zitten nog niet goed.
  Op woensdag het 5de uur is er een inhaalmoment in B0.14, daar is hij welkom. Ik geef hem ook een paar extra oefeningen mee, met de oplossingen erbij.

  Niet panikeren, het is nog vroeg in het jaar!

  Met vriendelijke groeten,
  Paul Mertens
  """),
  date=D("2024-10-09 18:20"), rules=[], about=["P0070"], note="bad maths grade with remediation offer to the mother; nothing sensitive")

M("ruzie-speelplaats-uitgepraat", BART, [par("P0071", 1, "Peter Dewolf")], "ruzie op de speelplaats",
  T("""
  Beste meneer Dewolf,

  U heeft misschien al gehoord dat Mathias gisteren op de speelplaats in een duwpartij terechtkwam met een klasgenoot, over een voetbal. We hebben vanmorgen met beide jongens gepraat. Ze hebben elkaar excuses aangeboden en een hand gegeven, voor ons is het daarmee afgesloten.
  Mathias heeft zich heel correct opgesteld in het gesprek, dat wil ik er wel bij zeggen.

  Vriendelijke groeten,
  Bart Vranckx
  leerlingenbegeleiding
  """),
  date=D("2024-11-15 10:30"), rules=[], about=["P0071"], note="a playground scuffle that was settled; reassurance to the father")

M("jelle-moe", KATRIEN, [par("P0072", 1, "Griet Van Acker")], "Jelle",
  T("""
  Dag mevrouw Van Acker,

  Even een kort berichtje: Jelle was deze week wat moe in de les, hij viel bijna in slaap tijdens Nederlands op donderdag :-). Hij vertelde me dat hij laat opgebleven was voor de match van zijn broer. Geen zorgen hoor, gewoon ter info, misschien kan hij op schoolavonden wat vroeger gaan slapen.

  Groetjes,
  Katrien Willems
  """),
  date=D("2024-10-04 16:10"), rules=[], about=["P0072"], note="pupil was tired after a late night; reassuring note to the mother")

M("sportzak-wout", JOS, [par("P0073", 1, "An Peeters")], "sportzak",
  T("""
  goeiemorgen, Wout is zijn sportzak weer vergeten, de 3de keer deze maand. vandaag heeft hij met zijn gewone kleren meegedaan, volgende keer wordt het strafstudie he.
  mvg jos verbiest
  """),
  date=D("2024-10-23 08:55"), rules=[], about=["P0073"], tags=["phone"], note="forgotten sports bag, short phone mail to the mother")

M("nore-ziek", MARLEEN, [KATRIEN], "Nore 1B afwezig",
  T("""
  Dag Katrien,

  Nore Lenaerts (1B) is vandaag ziek, papa heeft gebeld om 8u. Ze is morgen wellicht terug.

  Marleen
  """),
  date=D("2025-01-15 08:20"), rules=[], about=["P0074"], note="sick day with no details, internal")

M("jas-tuur-secretariaat", MIEKE, [par("P0013", 1, "Familie Vermeulen")], "grijze jas",
  T("""
  Dag,

  Er ligt op het secretariaat een grijze jas met "Tuur V." op het label, hij hing al sinds maandag aan de kapstok van de refter. Tuur mag hem komen halen tijdens de pauze.

  Mieke Stroobants
  opvoeder
  """),
  date=D("2024-11-20 11:35"), rules=[], about=["P0013"], note="lost jacket found, note to the pupil's parents")

M("bus-gemist-kato", LUC, [par("P0075", 1, "Bieke Sels")], "bus vanmorgen",
  T("""
  Beste mevrouw Sels,

  Kato heeft vanmorgen de bus van lijn 3 gemist aan de halte Tildonk-kerk, ze kwam net aangefietst toen hij vertrok. De chauffeur mag niet wachten, anders komen alle andere kinderen te laat.
  Ze is met de fiets naar school gekomen en was er om 8u40, dus alles in orde. Misschien toch 5 minuutjes vroeger vertrekken?

  Met vriendelijke groeten,
  Luc De Wachter
  busbegeleiding
  """),
  date=D("2024-10-02 09:10"), rules=[], about=["P0075"], note="pupil missed the school bus, arrived by bike; to the mother")

M("rapport-niet-getekend-noa", HANNE, [par("P0077", 1, "Kristel Schroyens")], "rapport Noa",
  T("""
  Beste mevrouw Schroyens,

  Het kerstrapport van Noa is nog niet getekend terug. Zou u het nog willen ondertekenen en morgen met haar meegeven? Als het zoek is, kan ik een nieuw afdrukken. Graag terug vóór vrijdag.

  Vriendelijke groeten,
  Hanne Daems
  klastitularis 2A
  """),
  date=D("2025-01-09 16:45"), charset="windows-1252", rules=[], about=["P0077"], tags=["cp1252"],
  note="report card not yet signed, reminder to the mother")

M("gsm-senna", MIEKE, [lln("P0078")], "je gsm",
  T("""
  Senna, je gsm ligt bij mij in het opvoederslokaal. Na het 8ste uur mag je hem komen halen. Volgende keer in je boekentas he :)
  Mieke
  """),
  date=D("2025-03-17 10:20"), rules=[], about=["P0078"], note="confiscated phone can be collected, to the pupil")

M("presentation-daniel-en", NADIA, [par("P0079", 1, "Chioma Okafor")], "Daniel's presentation",
  T("""
  Dear Mrs Okafor,

  Just a short note to tell you how impressed I was by Daniel's presentation on the Premier League today. He spoke clearly, made the class laugh and answered all the questions. He got 17/20!
  He told me you helped him practise at home, so well done to both of you.

  Kind regards,
  Nadia El Amrani
  """),
  date=D("2025-02-13 15:30"), lang="en", rules=[], about=["P0079"], note="English compliment to a mother about her son's presentation")

M("remediering-chloe-fr", RITA, [lln("P0080")], "exercices à refaire",
  T("""
  Bonjour Chloé,

  Tu as oublié la deuxième page du devoir sur le passé composé. Tu peux me la rendre lundi, sans retenue cette fois-ci. Les exercices 4 à 7 sont les plus importants pour le test.

  Bon week-end !
  Mme Janssens
  """),
  date=D("2024-11-22 14:05"), lang="fr", rules=[], about=["P0080"], note="French note to a pupil about a missing homework page")

M("strafstudie-sander", "Dirk Vanhoof <dirk.vanhoof71@hotmail.com>", [par("P0081", 1, "Lut Van Herck")],
  "taak geschiedenis Sander",
  T("""
  Dag mevrouw Van Herck,

  Sander heeft voor de derde keer zijn taak over de Franse Revolutie niet afgegeven. Ik heb hem gezegd dat hij woensdagnamiddag naar de strafstudie moet om hem daar te maken (13u-15u).
  Sorry dat ik van mijn eigen adres stuur, mijn schoolaccount staat niet op mijn nieuwe gsm.

  Groeten,
  Dirk Vanhoof
  """),
  date=D("2024-11-26 20:40"), rules=["private_account"], env="dirk.vanhoof71@hotmail.com", about=["P0081"],
  note="teacher writes a parent about a detention from his private Hotmail")

M("helpen-bieten-tuur", LUC, [GREET], "tuur morgen",
  T("""
  greet, tuur vermeulen is morgen niet op school, hij moet helpen met de bieten. papa belde mij want hij kent mij van de boerenbond. ik heb gezegd dat het niet gewettigd is, maar soit, ge weet hoe dat gaat bij ons. zet ge het in het systeem?
  luc
  """),
  date=D("2024-10-16 19:55"), rules=[], about=["P0013"], tags=["phone"],
  note="farm boy kept home for the beet harvest; an ordinary (unjustified) absence, nothing sensitive")

M("foto-toneel-elise", HANNE, [par("P0082", 1, "Joke Smeyers")], "foto's toneel",
  T("""
  Dag mevrouw Smeyers,

  Op de mooiste foto van het toneel staat Elise vooraan in haar prinsessenkostuum. U had op het toestemmingsformulier "geen sociale media" aangeduid, dus we zetten ze niet op Instagram. Mogen we ze wel gebruiken in de schoolkrant op papier?
  Een kort ja of nee is genoeg.

  Vriendelijke groeten,
  Hanne Daems
  """),
  date=D("2025-04-28 12:15"), rules=[], about=["P0082"], note="asks photo permission for the school paper from a mother")

M("rijexamen-jonas-gmail", "Els Van Gorp <elsvangorp.chemie@gmail.com>", [ADJ], "Jonas 6A donderdag",
  T("""
  Marc,

  Jonas Vleminckx (6A) heeft donderdag zijn praktisch rijexamen in Kessel-Lo en vraagt of hij het 3de en 4de uur weg mag. Mama heeft een briefje meegegeven. Voor mij is het ok, hij mist enkel chemie bij mij.
  (stuur van mijn gmail, Outlook doet raar op mijn laptop thuis)

  Els
  """),
  date=D("2025-04-07 21:10"), rules=["private_account"], env="elsvangorp.chemie@gmail.com", about=["P0088"],
  note="teacher asks permission for a pupil's driving test absence from her private Gmail")

M("home-kamerwissel-yusuf", SOFIE, [FRANK], "vraag Yusuf - kamer",
  T("""
  Dag Frank,

  Yusuf vroeg of hij na de krokusvakantie van kamer mag wisselen met Arthur Lenaerts. Ze zitten samen in 4B en zijn dikke vrienden, en Yusuf zit nu op de gang van de vijfdes die tot laat gamen. Voor ons is het geen probleem, maar het is natuurlijk jullie beslissing.

  Groetjes,
  Sofie
  """),
  date=D("2025-02-25 11:40"), rules=[], about=["P0058", "P0059"], note="boarding pupil asks to swap rooms with a friend; ordinary request")

M("londen-kamers-rune", WIM, [par("P0084", 1, "Lies Dewit"), par("P0084", 2, "Rudi Pauwels")],
  "Londenreis - kamerverdeling Rune",
  T("""
  Beste mevrouw Dewit, beste meneer Pauwels,

  Rune vroeg of hij in Londen op de kamer mag met Emre en Jules. Dat is in orde. Ze zitten in het hostel op de tweede verdieping, vlak naast de kamer van de begeleiders.
  Denkt u er nog aan zijn identiteitskaart mee te geven op maandagochtend? We verzamelen om 5u45 aan de school.

  Met vriendelijke groeten,
  Wim Coppens
  """),
  date=D("2025-02-27 19:05"), rules=["bcc"], about=["P0084", "P0103", "P0113"],
  note="trip room allocation sent to both parents of one pupil, two private addresses visible in To")

M("thanks-parents-evening-en", STIJN, [par("P0085", 1, "Emma Carter")], "Thank you for yesterday",
  T("""
  Dear Mr and Mrs Carter,

  Thank you for coming to the parents' evening yesterday. As discussed, Sophie is doing well in maths (14/20 average). The only thing to work on is showing her working on tests; she often writes only the answer and loses points that way.
  I'll give her some extra exercises for the Christmas holidays, but only if she wants to.

  Kind regards,
  Stijn Verhaegen
  maths teacher / class teacher 4A
  """),
  cc=[par("P0085", 2, "James Carter")], date=D("2024-12-20 09:15"), lang="en", rules=["bcc"], about=["P0085"],
  note="thank-you after the parents' evening to both parents, one in To and one in Cc (two external addresses visible)")

M("stageplaats-yentl", ELS, [lln("P0086")], "je stageplaats",
  T("""
  Dag Yentl,

  Goed nieuws: het labo van het ziekenhuis in Leuven heeft bevestigd dat je van 24 tot 28 maart bij hen mag meelopen voor je stage. Je begint maandag om 8u30 aan het onthaal, campus Gasthuisberg, en vraagt naar mevrouw De Ridder.
  Vergeet je stageschrift en je badge niet.

  Mevrouw Van Gorp
  """),
  date=D("2025-03-03 13:50"), rules=[], about=["P0086"],
  note="internship placement confirmed to a pupil (hospital lab as workplace, not as patient)")

M("fiets-milo", JEF, [par("P0087", 1, "Evy Bogaerts")], "fiets van Milo",
  T("""
  Beste mevrouw Bogaerts,

  De fiets van Milo stond gisteren niet op slot in de fietsenstalling. Iemand heeft er een toertje mee gereden en hem aan de kerk laten staan. Ik heb hem teruggezet, er is niks kapot.
  Misschien een beter slot kopen? Die kabelsloten krijgen ze in twee seconden open.

  Vriendelijke groeten,
  Jef Vanderlinden
  opvoeder
  """),
  date=D("2024-09-27 12:05"), rules=[], about=["P0087"], note="bike left unlocked was taken and returned; note to the mother")

M("olympiade-wannes", DIR, [lln("P0089")], "Proficiat!",
  T("""
  Beste Wannes,

  Proficiat met je plaats in de finale van de Vlaamse Wiskunde Olympiade! Dat is nog niemand van onze school gelukt sinds 2011. We zijn trots op je.
  Meneer Mertens begeleidt je op de finale in Leuven. Als je nog iets nodig hebt om je voor te bereiden, laat het ons weten.

  Hilde Van Roey
  directeur
  """),
  date=D("2025-03-19 10:00"), rules=[], about=["P0089"], note="head congratulates a pupil on the maths olympiad")

M("herberekening-hajar-xlsm", STIJN, [MOHAMED], "herberekening punten Hajar",
  T("""
  Mohamed,

  In bijlage het puntenblad van 4A met de macro voor de herberekening. Hajar heeft haar inhaaltoetsen gemaakt, die staan nu in kolom F. Druk op de knop "Herbereken" (macro's wel inschakelen), dan kloppen haar gemiddelden voor de klassenraad.

  Stijn
  """),
  attach=[("punten_4A_herberekening.xlsm", "application", "vnd.ms-excel.sheet.macroEnabled.12",
           office_macro("xlsm", "Punten 4A"))],
  date=D("2024-12-16 17:25"), rules=["attachment"], about=["P0090"], tags=["attachment-xlsm"],
  note="grade sheet with macros for a pupil's recalculated averages")

M("taart-verjaardag-elise", KATRIEN, [par("P0082", 1, "Joke Smeyers")], "Re: taart vrijdag?",
  T("""
  Dag mevrouw Smeyers,

  Natuurlijk mag Elise vrijdag iets meebrengen voor haar verjaardag! Liefst iets dat ze makkelijk kunnen uitdelen (muffins of zo), we zijn met 24. Servetjes hebben we in de klas.

  Groetjes,
  Katrien

  Van: Joke Smeyers <smeyers.joke@telenet.be>
  Verzonden: dinsdag 18 maart 2025 20:14
  Onderwerp: taart vrijdag?

  Dag juf, mag Elise vrijdag taart meebrengen voor haar verjaardag? groetjes Joke
  """),
  date=D("2025-03-19 07:45"), rules=[], about=["P0082"], tags=["reply"], note="birthday treat for the class, reply to the mother")

# --- personal, misdirected (7) ---
M("toets-jitse-autocomplete", PAUL, [par("P0073", 1, "An Peeters")], "toets wiskunde Jitse",
  T("""
  Beste mevrouw Peeters,

  Jitse had een 8/20 voor de toets over functies. Het was een moeilijke toets, maar hij heeft ook de laatste twee taken niet gemaakt.
  Wilt u samen met hem de verbeterde toets bekijken? Hij mag op donderdag naar het inhaaluur komen.

  Met vriendelijke groeten,
  Paul Mertens
  """),
  date=D("2025-02-12 17:35"), rules=[], about=["P0091"], mis=True,
  note="autocomplete chose the wrong Mrs Peeters: Jitse's (3A) grade goes to the mother of Wout Peeters (2C)")

M("handtekening-kato-halfbroer", HANNE, [par("P0076", 2, "Erik Rombouts")], "toestemmingsformulier Kato",
  T("""
  Dag meneer,

  Voor de uitstap naar Planckendael van volgende week ontbreekt nog de handtekening op het toestemmingsformulier van Kato (2C). Zou u het nog kunnen invullen en morgen met haar meegeven?

  Vriendelijke groeten,
  Hanne Daems
  """),
  date=D("2025-04-22 13:10"), rules=[], about=["P0075"], mis=True,
  note="missing signature for Kato (2C) sent to the father of her half-brother Stef, who is not her parent")

M("re-jas-tuur-brooddoos-elise", MIEKE, [par("P0013", 1, "Familie Vermeulen")], "Re: grijze jas",
  T("""
  Beste mevrouw,

  De brooddoos van Elise (1C, die roze met de eenhoorns) stond vanmiddag nog in de refter. Ik heb ze bij mij op het bureau gezet, ze mag ze morgen komen halen.

  Mieke

  Op 20/11/2024 om 13:02 schreef fam. Vermeulen <hoeve.vermeulen@telenet.be>:
  > Merci, hij komt morgen zijn jas halen.
  """),
  date=D("2024-11-26 14:50"), rules=[], about=["P0082"], mis=True, tags=["reply"],
  note="educator replied in the wrong thread: note about Elise's lunchbox goes to Tuur's parents")

M("strafstudie-bas-hergebruikt", DIRK, [par("P0081", 1, "Lut Van Herck")], "strafstudie woensdag - Bas",
  T("""
  Dag mevrouw Van Herck,

  Bas heeft voor de derde keer zijn taak niet afgegeven. Hij moet woensdagnamiddag naar de strafstudie (13u-15u) om ze daar af te werken.
  Wilt u dit briefje ondertekenen en laten terugbrengen?

  Groeten,
  Dirk Vanhoof
  """),
  date=D("2025-01-22 16:30"), rules=[], about=["P0095"], mis=True,
  note="re-used letter: last time's detention note for Sander was copied for Bas (4C) and sent to Sander's mother again")

M("betaling-noor-ontvangen", VEERLE, [par("P0093", 1, "Tom Vanheesbeke")], "betaling ontvangen",
  T("""
  Beste ouder,

  We hebben de betaling van € 18,50 voor de theatervoorstelling van Noor (2B) goed ontvangen. Bedankt!

  Vriendelijke groeten,
  Veerle Lemmens
  boekhouding
  """),
  date=D("2024-12-17 10:25"), rules=[], about=["P0092"], mis=True,
  note="autocomplete: payment receipt for Noor Vanhees goes to the father of classmate Tess Vanheesbeke")

M("toets-frans-lowie-neef", RITA, [par("P0107", 1, "Pieter Vanhoutte")], "toets Frans Lowie",
  T("""
  Beste meneer Vanhoutte,

  Lowie heeft een mooie 16/20 voor zijn toets Frans over de getallen! Hij heeft goed geoefend, dat ziet men. Wil hij volgende week de woordjes van les 5 eens extra herhalen? Dan is hij klaar voor het examen.

  Vriendelijke groeten,
  Rita Janssens
  """),
  date=D("2024-11-29 15:00"), rules=[], about=["P0032"], mis=True,
  note="mail about Lowie (1C) sent to his uncle, the father of cousin Jana (3C)")

M("fwd-buskaart-ferre", KATRIEN, [par("P0006", 1, "Nathalie Dierckx")], "Fwd: gevonden buskaart",
  T("""
  Beste mevrouw,

  In bijlage het bericht van de busmaatschappij: de buskaart van Ferre is gevonden. Hij kan hem afhalen op het secretariaat.

  Groeten,
  Katrien Willems
  """),
  inner=inner_msg(VANCAMP, ["secretariaat@sintpieterscollege.be"], "gevonden buskaart",
                  T("""
                  Goeiedag, onze chauffeur van lijn 1 heeft een buskaart gevonden op naam van Ferre Dierickx (1A). We hebben hem vandaag in de brievenbus van de school gestoken.
                  Mvg, Wim
                  """), D("2025-03-10 09:44"), slug="inner-buskaart"),
  date=D("2025-03-10 11:20"), rules=[], about=["P0094"], mis=True, tags=["forward-attached"],
  note="autocomplete 'Dier...': found bus card of Ferre Dierickx (1A) forwarded as attachment to the mother of Robin Dierckx (4A)")


# ===========================================================================
# Output + self-checks (my own consistency checks, not the project's detector)
# ===========================================================================
GROUP_RE = re.compile(r"^(ouders|ouders-\w+|leerlingen|personeel|klas-\w+|vakgroep-[\w-]+)@", re.I)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+32\s?|0)\d{1,3}(?:[ ./]?\d{2}){3,4}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
NN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"geboortedatum|geboren op|date of birth|né le", re.I)


def is_school(a):
    d = a.split("@")[1]
    return any(d == s or d.endswith("." + s) for s in SCHOOL_DOMAINS) or d.endswith(".ksleuven.be")


def fmt_label(m):
    out = []
    if m["fmt"] == "plain":
        cte = m["cte"] or "8bit"
        base = {"8bit": "plain", "quoted-printable": "plain-qp", "base64": "plain-base64"}[cte]
        if m["charset"].lower() == "windows-1252":
            base = "plain-cp1252"
        out.append(base)
    elif m["fmt"] == "alt":
        out.append("alt")
    else:
        out.append("html-only")
    if m["attach"] or m["inner"] is not None:
        out.append("mixed")
    for t in m["tags"]:
        if t not in out and not (t == "cp1252" and out[0] == "plain-cp1252"):
            out.append(t)
    return out


def all_text(msg):
    parts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            parts.append(p.get_content())
        elif p.get_content_type() == "message/rfc822":
            pass
    return "\n".join(parts)


def check(m, msg, problems):
    to_cc = [_addr(x) for x in m["to"] + m["cc"]]
    rcpt = to_cc + [_addr(x) for x in m["bcc"]]
    ext = [a for a in to_cc if not is_school(a)]
    grp = [a for a in to_cc if is_school(a) and GROUP_RE.match(a)]
    want_bcc = len(ext) > 1 or bool(grp)
    if want_bcc != ("bcc" in m["rules"]):
        problems.append(f"{m['slug']}: bcc mismatch ext={ext} grp={grp}")
    text = all_text(msg)
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            text += "\n" + all_text(p.get_payload()[0])
    pd = bool(PHONE_RE.search(text) or IBAN_RE.search(text) or NN_RE.search(text) or DOB_RE.search(text))
    if pd != ("personal_data" in m["rules"]):
        problems.append(f"{m['slug']}: personal_data mismatch {PHONE_RE.findall(text)[:3]}")
    env = _addr(m["env"] or m["frm"])
    priv_from = not is_school(env) and env.split("@")[1] in ("gmail.com", "hotmail.com", "outlook.com")
    staff_names = {"greetvdb@hotmail.com"}
    priv_fwd = any(a in staff_names for a in rcpt)
    if (priv_from or priv_fwd) != ("private_account" in m["rules"]):
        problems.append(f"{m['slug']}: private_account mismatch")
    if ("sensitive" in m["rules"]) != bool(m["cats"]):
        problems.append(f"{m['slug']}: categories vs sensitive")
    for pid in m["about"]:
        if pid not in R:
            problems.append(f"{m['slug']}: unknown pupil {pid}")
    # parent recipients
    par_rcpt = [a for a in rcpt if a in PARENT_OF]
    if m["about"]:
        owners = set().union(*[PARENT_OF[a] for a in par_rcpt]) if par_rcpt else set()
        if m["mis"]:
            if not par_rcpt or owners & set(m["about"]):
                problems.append(f"{m['slug']}: misdirected but recipients {par_rcpt} own {owners}")
            if any(not is_school(a) and a not in PARENT_OF for a in rcpt):
                problems.append(f"{m['slug']}: misdirected with a non-parent external recipient")
        else:
            for a in par_rcpt:
                if not (PARENT_OF[a] & set(m["about"])):
                    problems.append(f"{m['slug']}: parent {a} not of the pupils about")
    elif m["mis"]:
        problems.append(f"{m['slug']}: misdirected without about")
    for a in rcpt:
        d = a.split("@")[1]
        if d in ("telenet.be", "skynet.be", "proximus.be") and a not in PARENT_OF:
            problems.append(f"{m['slug']}: ISP address {a} not in roster")
        if d in ("gmail.com", "hotmail.com", "outlook.com") and a not in PARENT_OF and a not in staff_names \
                and a != "ouderraad.spchaacht@gmail.com":
            problems.append(f"{m['slug']}: private address {a} not in roster")


def yaml_list(xs):
    return "[" + ", ".join(xs) + "]"


OUTLOOK_USERS = {_addr(x) for x in (VEERLE, ANNEMIE, MARLEEN, DIR, ADJ, SOFIE)}


def client_style():
    """staff on the Outlook desktop client send HTML+text; webmail users with accents get quoted-printable"""
    for m in MAILS:
        if m["fmt"] != "plain" or m["cte"] or m["charset"] != "utf-8" or m["attach"] or m["inner"] is not None:
            continue
        if "phone" in m["tags"]:
            continue
        if _addr(m["frm"]) in OUTLOOK_USERS:
            m["fmt"] = "alt"
        elif any(ord(c) > 127 for c in m["body"]):
            m["cte"] = "quoted-printable"


def main():
    client_style()
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(29).shuffle(order)
    slugs = [m["slug"] for m in MAILS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    problems = []
    lines = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fn = f"{n:03d}-{m['slug']}.eml"
        msg = build_message(m)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        check(m, msg, problems)
        rcpt = [_addr(x) for x in m["to"] + m["cc"] + m["bcc"]]
        lines.append(f"{fn}:")
        lines.append(f"  rules: {yaml_list(m['rules'])}")
        if "sensitive" in m["rules"]:
            lines.append(f"  categories: {{sensitive: {yaml_list(m['cats'])}}}")
        lines.append(f"  mail_from: {_addr(m['env'] or m['frm'])}")
        lines.append(f"  rcpt: {yaml_list(rcpt)}")
        lines.append(f"  about: {yaml_list(m['about'])}")
        lines.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        lines.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        lines.append(f"  lang: {m['lang']}")
        lines.append(f"  format: {yaml_list(fmt_label(m))}")
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch29 - campus Haacht: understatement, euphemisms, phone-typed mail\n")
        f.write("\n".join(lines) + "\n")
    write_roster()
    # summary
    from collections import Counter
    rc, cc = Counter(), Counter()
    for m in MAILS:
        rc.update(m["rules"])
        cc.update(m["cats"])
    print(f"{len(MAILS)} mails; rules {dict(rc)}; categories {dict(cc)}; "
          f"misdirected {sum(m['mis'] for m in MAILS)}; clean {sum(not m['rules'] for m in MAILS)}; "
          f"lang {dict(Counter(m['lang'] for m in MAILS))}; roster {len(ROSTER)}")
    for p in problems:
        print("CHECK:", p)


if __name__ == "__main__":
    main()
