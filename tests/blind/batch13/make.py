#!/usr/bin/env python3
"""Blind labelled test mail, batch13 -- Sint-Pieterscollege campus Centrum (Leuven).

Deterministic: fixed dates, fixed boundaries, fixed random seed for the roster.
Only the Python standard library is used.  Run:  python3 make.py
"""
import csv
import html
import io
import json
import os
import random
import re
from email import charset as _cs
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr
from email import encoders

HERE = os.path.dirname(os.path.abspath(__file__))
POL = compat32.clone(linesep="\r\n")

S = "sintpieterscollege.be"
SS = "spc.ksleuven.be"
LL = "leerling.sintpieterscollege.be"

# --------------------------------------------------------------------------- staff
STAFF = {
    "dir": ("Katrien Vandenbroucke", f"katrien.vandenbroucke@{S}"),
    "adj": ("Pieter-Jan Claes", f"pieterjan.claes@{S}"),
    "ict": ("Wouter Lemmens", f"wouter.lemmens@{S}"),
    "tech": ("Samir El Amrani", f"samir.elamrani@{S}"),
    "jobst": ("Jonas Verhaegen", f"jonas.verhaegen@{SS}"),
    "secr1": ("Martine Goossens", f"martine.goossens@{S}"),
    "secr2": ("Ilse Wouters", f"ilse.wouters@{S}"),
    "lla1": ("Fatima Bouzid", f"fatima.bouzid@{S}"),
    "lla2": ("Greet Peeters", f"greet.peeters@{S}"),
    "zorg": ("Els Vermeulen", f"els.vermeulen@{S}"),
    "lb1": ("Tom De Smedt", f"tom.desmedt@{S}"),
    "lb2": ("Nadia Azzouzi", f"nadia.azzouzi@{S}"),
    "lb3": ("Lien Jacobs", f"lien.jacobs@{S}"),
    "lb4": ("Bart Willems", f"bart.willems@{S}"),
    "nurse": ("Sofie Verbeke", f"sofie.verbeke@{S}"),
    "chef": ("Rudi Mertens", f"keuken@{S}"),
    "janit1": ("Dirk Vandevelde", f"dirk.vandevelde@{S}"),
    "janit2": ("Marc Hermans", f"marc.hermans@{SS}"),
    "sport": ("Yannick Dewulf", f"yannick.dewulf@{S}"),
    "boekh": ("Nele Geerts", f"nele.geerts@{S}"),
    "ned": ("Joke Segers", f"joke.segers@{S}"),
    "wis": ("Stijn Wuyts", f"stijn.wuyts@{S}"),
    "fra": ("Griet Van Damme", f"griet.vandamme@{S}"),
    "fys": ("Mehmet Yilmaz", f"mehmet.yilmaz@{S}"),
    "lo1": ("Anouk Stevens", f"anouk.stevens@{S}"),
    "lo2": ("Ruben Janssens", f"ruben.janssens@{SS}"),
    "muz": ("Bram Aerts", f"bram.aerts@{S}"),
    "eng": ("Laura Dierckx", f"laura.dierckx@{S}"),
    "ges": ("Koen Smets", f"koen.smets@{S}"),
    "bio": ("Hanne Michiels", f"hanne.michiels@{S}"),
    "stem": ("Dries Van Hoof", f"dries.vanhoof@{S}"),
    "dui": ("Ewa Kowalska", f"ewa.kowalska@{SS}"),
    "gods": ("Jean-Pierre Mukendi", f"jp.mukendi@{SS}"),
    "tit3b": ("Sarah Hendrickx", f"sarah.hendrickx@{S}"),
    "tit5c": ("Filip Baert", f"filip.baert@{S}"),
    "eco": ("Lotte Vos", f"lotte.vos@{S}"),
    "lat": ("Tine Desmet", f"tine.desmet@{S}"),
    "aar": ("Pieter Coppens", f"pieter.coppens@{SS}"),
    "tit1b": ("Evelien Bosmans", f"evelien.bosmans@{S}"),
    "tit2a": ("Hilde Schepers", f"hilde.schepers@{S}"),
    "tit4d": ("Gert Dillen", f"gert.dillen@{S}"),
    "tit1d": ("Marieke Jorissen", f"marieke.jorissen@{S}"),
    "interim": ("Lisa Craps", f"lisa.craps@{SS}"),
    "bib": ("Veronique Nys", f"bibliotheek@{S}"),
}
EXT = {
    "clb1": ("Hilde Maes", "hilde.maes@clb-leuven.be"),
    "clb2": ("Kevin Timmermans", "kevin.timmermans@clb-leuven.be"),
    "clbarts": ("dr. Ann Somers", "ann.somers@clb-leuven.be"),
    "ocmw": ("Dorien Vanderlinden", "dorien.vanderlinden@leuven.be"),
    "cvo": ("Charlotte Pauwels", "charlotte.pauwels@cvo-dijleland.be"),
    "bus": ("Autocars Vanhove", "planning@autocars-vanhove.be"),
    "ouderraad": ("Veerle Luyten", "veerle.luyten@gmail.com"),
}


def who(key):
    if key in STAFF:
        return STAFF[key]
    if key in EXT:
        return EXT[key]
    raise KeyError(key)


def addr(x):
    """x: staff key, ('Name', 'a@b'), or bare address."""
    if x == "undisclosed-recipients:;":
        return ("", x)
    if isinstance(x, tuple):
        return x
    if "@" in x:
        return ("", x)
    return who(x)


# --------------------------------------------------------------------------- roster
FEATURED = [
    # first, last, class, parent1, parent2
    ("Lore", "Vandermeulen", "3B", "katrien.dhondt@telenet.be", "geert.vandermeulen@gmail.com"),
    ("Yassin", "Amrani", "4C", "nadia.amrani@hotmail.com", ""),
    ("Emma", "Claessens", "2A", "griet.claessens@telenet.be", "peter.claessens@telenet.be"),
    ("Milan", "Peeters", "5D", "an.peeters.milan@gmail.com", "jan.peeters@proximus.be"),
    ("Noor", "El Idrissi", "1C", "khadija.elidrissi@gmail.com", "rachid.elidrissi@gmail.com"),
    ("Wiktoria", "Nowak", "3A", "anna.nowak@outlook.com", ""),
    ("Kobe", "Janssens", "6B", "veerle.janssens@skynet.be", "luc.janssens@skynet.be"),
    ("Grâce", "Mbuyi", "2C", "", ""),
    ("Elif", "Yıldız", "4A", "ayse.yildiz@hotmail.com", "murat.yildiz@gmail.com"),
    ("Robbe", "Wouters", "1B", "johan.wouters@skynet.be", "ellen.mertens@telenet.be"),
    ("Jana", "Lambrechts", "5A", "kristel.lambrechts@telenet.be", ""),
    ("Senne", "De Backer", "2D", "lies.vercauteren@telenet.be", "wim.debacker@gmail.com"),
    ("Ilias", "Benali", "3C", "m.benali@proximus.be", ""),
    ("Marie", "Dubois", "4D", "sophie.lefevre@skynet.be", "olivier.dubois@gmail.com"),
    ("Lucas", "Verbruggen", "6A", "inge.verbruggen@telenet.be", ""),
    ("Fien", "Hermans", "2B", "evi.hermans@gmail.com", "kris.hermans@telenet.be"),
    ("Ayoub", "Tahiri", "5B", "mustapha.tahiri@gmail.com", "samira.tahiri@hotmail.com"),
    ("Zoë", "Mertens", "1A", "hanne.mertens@telenet.be", ""),
    ("Hamza", "Özdemir", "4B", "fatma.ozdemir@hotmail.com", ""),
    ("Louise", "Smets", "6C", "caroline.smets@telenet.be", "dirk.smets@telenet.be"),
    ("Arne", "Goossens", "3D", "sandra.goossens@hotmail.com", ""),
    ("Sara", "Van den Broeck", "5C", "ilse.vandenbroeck@telenet.be", ""),
    ("Wout", "Lenaerts", "5C", "tim.lenaerts@gmail.com", ""),
    ("Inès", "Moreau", "5C", "claire.moreau@skynet.be", ""),
    ("Bilal", "Saidi", "5C", "saidi.family@outlook.com", ""),
    ("Thomas", "Willaert", "2A", "barbara.willaert@telenet.be", ""),
    ("Nina", "Kowalczyk", "4C", "magda.kowalczyk@gmail.com", "piotr.kowalczyk@gmail.com"),
    ("Mohamed", "Ait Lahcen", "6D", "aitlahcen.h@gmail.com", ""),
    ("Lena", "Geuens", "1D", "bert.geuens@telenet.be", ""),
    ("Victor", "Leclercq", "3A", "nathalie.leclercq@proximus.be", ""),
    ("Ella", "Bogaerts", "2C", "leen.bogaerts@telenet.be", ""),
    ("Rayan", "Chaouki", "5D", "chaouki.rachida@hotmail.com", ""),
    ("Jasper", "Vermeiren", "4A", "katleen.vermeiren@telenet.be", "stefan.vermeiren@gmail.com"),
    ("Hanna", "Cools", "6B", "marijke.cools@telenet.be", "patrick.cools@telenet.be"),
    ("Kiran", "Sharma", "1B", "priya.sharma@gmail.com", ""),
    ("Lisa", "Van Acker", "3C", "joris.vanacker@skynet.be", ""),
    ("Dylan", "Kabongo", "2D", "jean.kabongo@gmail.com", ""),
    ("Febe", "Luyckx", "5A", "karen.luyckx@telenet.be", ""),
    ("Adam", "Lejeune", "6C", "michel.lejeune@proximus.be", "isabelle.lejeune@proximus.be"),
    ("Lotte", "Verhoeven", "4D", "sabine.verhoeven@gmail.com", ""),
    ("Jules", "Dewitte", "1C", "tinne.dewitte@telenet.be", ""),
    ("Sien", "Vanhees", "3B", "", ""),
    ("Omar", "Haddouchi", "6A", "haddouchi.f@gmail.com", ""),
    # personal, not sensitive
    ("Anton", "Baeten", "2B", "liesbeth.baeten@telenet.be", ""),
    ("Jill", "Vercammen", "1A", "kim.vercammen@gmail.com", ""),
    ("Daan", "Heylen", "4B", "rik.heylen@telenet.be", ""),
    ("Maxime", "Renard", "3D", "valerie.renard@skynet.be", ""),
    ("Yasmine", "Aarab", "2A", "aarab.loubna@gmail.com", ""),
    ("Lars", "Vandeputte", "5B", "ann.vandeputte@telenet.be", ""),
    ("Mila", "De Clercq", "1D", "joke.declercq@gmail.com", ""),
    ("Ibrahim", "Kaya", "4A", "kaya.hatice@hotmail.com", ""),
    ("Warre", "Van Hove", "3A", "bieke.vanhove@telenet.be", ""),
    ("Amber", "Huybrechts", "6D", "huybrechts.gert@proximus.be", ""),
    ("Quentin", "Dumont", "6A", "v.dumont@skynet.be", ""),
    ("Chloé", "Lambert", "5D", "lambert.famille@gmail.com", ""),
    ("Seppe", "Moens", "2C", "leen.moens@telenet.be", ""),
    ("Nathan", "Declercq", "3C", "tom.declercq@gmail.com", ""),
    ("Jens", "Maertens", "4D", "els.maertens@telenet.be", ""),
    ("Eva", "Smolders", "5A", "smolders.eva.mama@gmail.com", ""),
    ("Mats", "Verstraeten", "6B", "an.verstraeten@telenet.be", ""),
    ("Yara", "Benhaddou", "5C", "benhaddou.n@gmail.com", ""),
    ("Tuur", "Coppens", "3B", "sofie.coppens@telenet.be", ""),
    ("Hajar", "Ouali", "1B", "ouali.karima@hotmail.com", ""),
    ("Finn", "Devriendt", "2D", "devriendt.family@telenet.be", ""),
    ("Olivia", "Peeters", "6C", "katrien.peeters.o@gmail.com", ""),
    ("Lucie", "Martin", "4C", "aurelie.martin@skynet.be", ""),
    ("Noah", "Van Gorp", "1A", "bart.vangorp@telenet.be", ""),
    ("Kaat", "Wellens", "2B", "hilde.wellens@gmail.com", ""),
    ("Emre", "Aydın", "3A", "aydin.serkan@gmail.com", ""),
    ("Lina", "Bensaïd", "4B", "bensaid.l@hotmail.com", ""),
    ("Stan", "Vermeersch", "5B", "vermeersch.ann@telenet.be", ""),
    ("Elias", "Van Loock", "6D", "vanloock.p@gmail.com", ""),
    ("Margot", "Thys", "3D", "greet.thys@telenet.be", ""),
    # misdirected pairs (X, Y)
    ("Noa", "Jansen", "2A", "lieve.jansen@telenet.be", ""),
    ("Noah", "Janssens", "3B", "noah.papa.janssens@gmail.com", ""),
    ("Jade", "Peeters", "4C", "mieke.peeters@telenet.be", ""),
    ("Jade", "Peters", "1D", "peters.nancy@hotmail.com", ""),
    ("Mathis", "Lenaerts", "2B", "ine.lenaerts@telenet.be", ""),
    ("Mathis", "Lemaire", "2B", "lemaire.ch@skynet.be", ""),
    ("Aya", "El Khattabi", "3C", "elkhattabi.s@gmail.com", ""),
    ("Aya", "El Khatib", "4A", "elkhatib.f@gmail.com", ""),
    ("Tibo", "Verlinden", "1C", "an.verlinden@telenet.be", ""),
    ("Tibo", "Verlinde", "6A", "verlinde.marc@proximus.be", ""),
    ("Julie", "Dockx", "5B", "dockx.annelies@telenet.be", ""),
    ("Julie", "Dox", "2D", "dox.julie.mama@gmail.com", ""),
    ("Siebe", "Raes", "4D", "katrien.raes@telenet.be", ""),
    ("Siebe", "Raemaekers", "4D", "raemaekers.j@gmail.com", ""),
    ("Lowie", "Smet", "3A", "smet.bert@telenet.be", ""),
    ("Lowie", "Schmit", "1A", "schmit.veerle@gmail.com", ""),
    ("Nora", "Haddad", "5A", "haddad.rania@hotmail.com", ""),
    ("Nora", "Hamdaoui", "5A", "hamdaoui.y@gmail.com", ""),
    ("Kasper", "Goris", "2C", "goris.elke@telenet.be", "kevin.goris@gmail.com"),
    ("Kasper", "Geerts", "2C", "geerts.sandra@telenet.be", ""),
    # used in password mails
    ("Wannes", "Billen", "1D", "billen.tom@telenet.be", ""),
    ("Amira", "Benjelloun", "1D", "benjelloun.h@gmail.com", ""),
    ("Pieter", "Wijns", "1D", "wijns.kathleen@telenet.be", ""),
    ("Zeynep", "Arslan", "1D", "arslan.ayten@hotmail.com", ""),
    ("Ruben", "Lauwers", "5C", "lauwers.an@telenet.be", ""),
    ("Mira", "Stroobants", "3D", "stroobants.e@gmail.com", ""),
    ("Thibault", "Vanderstraeten", "6D", "vdstraeten.m@skynet.be", ""),
]

FIRST = ("Aaron Alexander Alicia Amélie Anaïs Arthur Axel Bas Bo Brent Camille Cas Charlotte Cyriel Dani Dries "
         "Elena Elise Emiel Estée Fleur Floor Gilles Hannah Hasan Helena Ilyas Imane Jakub Jef Joppe Jorne Juliette "
         "Kato Kenza Laura Leon Lien Lina Lou Luca Maarten Malak Manon Marthe Matteo Maya Merel Mohammed Nand "
         "Nils Noémie Oscar Rania Renée Rik Roos Rune Salma Sam Sander Selin Silke Simon Sofia Staf Stien Tess "
         "Thor Tijs Tom Tristan Ward Wiebe Xander Yusuf Zakaria Zita Zofia Mattias Bavo Louis Jasmijn Ilse "
         "Amine Youssef Kerem Oliwia Kacper Divine Exaucé Merveille Prince Fatou").split()
LAST = ("Aerts|Andries|Bastiaens|Beckers|Bertels|Boeckx|Bollen|Bruyninckx|Celis|Cuypers|Daems|De Bruyn|De Cock|"
        "De Meyer|De Vos|Debruyne|Dewaele|Engelen|Feyaerts|Gielen|Govaerts|Heremans|Huysmans|Jaspers|Kenis|"
        "Kerkhofs|Laenen|Leemans|Luyten|Mattheus|Meeus|Moons|Nijs|Op de Beeck|Peetermans|Pinckers|Reynaerts|"
        "Roels|Schoofs|Sels|Smeyers|Swinnen|Thijs|Tielemans|Van Aerschot|Van Dessel|Van Roy|Vandenplas|Verbeeck|"
        "Verhaert|Vervoort|Wauters|Wijnants|Yilmaz|Boukhari|El Ouardi|Ziani|Bakkali|Demir|Çelik|Şahin|Kaplan|"
        "Wiśniewski|Lewandowski|Zieliński|Kabeya|Tshibangu|Lukusa|Ilunga|Mulumba|Sow|Diallo|Nguyen|Costa|"
        "Fernandes|Rossi|Hendrikx|Vanoppen|Stas|Jennes|Geukens|Beerten|Ben Haddou|Van Campenhout").split("|")
DOMS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com"]
PFIRST = "An Bart Christine Els Filip Hilde Ingrid Jan Karel Leen Marc Nathalie Patrick Sofie Tom Veerle Wim Youssef Hakima Aylin Joanna Pascal Ann".split()


def slug(s):
    t = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ç", "c"), ("ş", "s"), ("ë", "e"), ("ï", "i"), ("ç", "c"), ("ş", "s"), ("ı", "i"), ("ö", "o"),
                 ("ü", "u"), ("â", "a"), ("ś", "s"), ("ń", "n"), ("ł", "l"), ("ó", "o"), ("ä", "a")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z]", "", t)


def build_roster():
    rnd = random.Random(13013)
    classes = [f"{g}{c}" for g in range(1, 7) for c in "ABCD"]
    per = {c: [] for c in classes}
    feat_first = {f for f, *_ in FEATURED}
    for f, l, c, p1, p2 in FEATURED:
        per[c].append((f, l, c, p1, p2))
    used = {(f, l) for f, l, *_ in FEATURED}
    total = len(FEATURED)
    while total < 300:
        c = classes[total % 24] if total % 7 else rnd.choice(classes)
        f = rnd.choice(FIRST)
        l = rnd.choice(LAST)
        if f in feat_first or (f, l) in used or any(x[0] == f for x in per[c]):
            continue
        used.add((f, l))
        pf = rnd.choice(PFIRST)
        p1 = f"{slug(pf)}.{slug(l)}@{rnd.choice(DOMS)}"
        p2 = ""
        if rnd.random() < 0.45:
            p2 = f"{slug(rnd.choice(PFIRST))}.{slug(rnd.choice(LAST))}@{rnd.choice(DOMS)}"
        per[c].append((f, l, c, p1, p2))
        total += 1
    rows = []
    n = 0
    for c in classes:
        for f, l, c2, p1, p2 in sorted(per[c], key=lambda r: (r[1].lower(), r[0])):
            n += 1
            rows.append({"id": f"P{n:04d}", "first": f, "last": l, "klas": c,
                         "mail": f"{slug(f)}.{slug(l)}@{LL}", "p1": p1, "p2": p2})
    return rows


ROSTER = build_roster()
BYNAME = {(r["first"], r["last"]): r for r in ROSTER}


def P(first, last):
    return BYNAME[(first, last)]


def pid(first, last):
    return P(first, last)["id"]


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                    "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in ROSTER:
            w.writerow([r["id"], r["first"], r["last"], r["klas"], r["mail"], r["p1"], r["p2"]])


# --------------------------------------------------------------------------- building
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def fmt_addr(x):
    name, a = addr(x)
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((str(Header(name, "utf-8").encode()), a))


def txt_part(text, enc, subtype="plain", cs="utf-8"):
    if enc == "qp":
        c = _cs.Charset(cs)
        c.body_encoding = _cs.QP
        return MIMEText(text, subtype, c)
    if enc == "b64":
        c = _cs.Charset(cs)
        c.body_encoding = _cs.BASE64
        return MIMEText(text, subtype, c)
    if enc == "8bit":
        p = MIMENonMultipart("text", subtype, charset=cs)
        raw = text.encode(cs)
        p.set_payload(raw.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit" if any(b > 127 for b in raw) else "7bit"
        return p
    raise ValueError(enc)


CSS = ("<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
       "  {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
       "table.MsoTableGrid {border-collapse:collapse;}\n--></style>")


def to_html(text, outlook=True):
    """Light text -> HTML: '|' lines become a table, '- ' lines a list, '>' lines a blockquote."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                 'style="border-collapse:collapse;border:none">']
            for k, r in enumerate(rows):
                tag = "td"
                cells = "".join(
                    f'<{tag} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                    f'<p class="MsoNormal">{"<b>" if k == 0 else ""}{html.escape(c)}{"</b>" if k == 0 else ""}</p></{tag}>'
                    for c in r)
                t.append(f"<tr>{cells}</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if ln.startswith("- ") or ln.startswith("• "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("• ")):
                items.append(f"<li class=\"MsoNormal\">{html.escape(lines[i][2:])}</li>")
                i += 1
            out.append("<ul>" + "\n".join(items) + "</ul>")
            continue
        if ln.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(html.escape(lines[i][1:].lstrip(" ")))
                i += 1
            out.append('<blockquote style="border-left:solid #B5C4DF 1.5pt;padding-left:6pt;margin-left:3pt">'
                       '<p class="MsoNormal">' + "<br>\n".join(q) + "</p></blockquote>")
            continue
        if ln.strip() == "":
            out.append('<p class="MsoNormal">&nbsp;</p>' if outlook else "<br>")
        else:
            out.append(f'<p class="MsoNormal">{html.escape(ln)}</p>' if outlook else f"<div>{html.escape(ln)}</div>")
        i += 1
    body = "\n".join(out)
    if outlook:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                f"{CSS}\n</head>\n<body lang=\"NL-BE\" link=\"#0563C1\" vlink=\"#954F72\">\n"
                f"<div class=\"WordSection1\">\n{body}\n</div>\n</body>\n</html>\n")
    return f"<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\">\n{body}\n</div></body></html>\n"


def to_plain(text):
    """Text alternative as Outlook writes it: table rows become tab separated."""
    res = []
    for ln in text.split("\n"):
        if ln.startswith("|"):
            res.append("\t".join(c.strip() for c in ln.strip().strip("|").split("|")))
        else:
            res.append(ln)
    return "\n".join(res)


BOUND = [0]


def bnd(tag):
    BOUND[0] += 1
    return f"----=_NextPart_{BOUND[0]:03d}_{tag}_01DB13A7.5C2E4F10"


def make_body(m):
    f = m["fmt"]
    text = m["body"]
    if f == "plain":
        return txt_part(to_plain(text), "8bit")
    if f == "qp":
        return txt_part(to_plain(text), "qp")
    if f == "b64":
        return txt_part(to_plain(text), "b64")
    if f == "cp1252":
        return txt_part(to_plain(text), "8bit", cs="windows-1252")
    if f == "html":
        return txt_part(m.get("html") or to_html(text, outlook=False), "qp", "html")
    if f == "html64":
        return txt_part(m.get("html") or to_html(text, outlook=True), "b64", "html")
    if f == "alt":
        alt = MIMEMultipart("alternative", boundary=bnd("alt"))
        alt.attach(txt_part(to_plain(text), "qp"))
        alt.attach(txt_part(m.get("html") or to_html(text, outlook=True), "qp", "html"))
        return alt
    raise ValueError(f)


def build(m, n):
    body = make_body(m)
    parts = []
    for a in m.get("attach", []):
        fn, ctype, data = a
        maintype, sub = ctype.split("/")
        if maintype == "text":
            c = _cs.Charset("utf-8")
            c.body_encoding = _cs.BASE64
            p = MIMEText(data, sub, c)
        else:
            p = MIMEBase(maintype, sub)
            p.set_payload(data)
            encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=fn)
        parts.append(p)
    if m.get("fwdatt"):
        mm = MIMEMessage(build_inner(m["fwdatt"]))
        mm.add_header("Content-Disposition", "attachment", filename=slug_file(m["fwdatt"]["subject"]) + ".eml")
        parts.append(mm)
    if parts:
        msg = MIMEMultipart("mixed", boundary=bnd("mix"))
        msg.attach(body)
        for p in parts:
            msg.attach(p)
    else:
        msg = body
    msg_headers = []
    msg_headers.append(("From", fmt_addr(m["from"])))
    msg_headers.append(("To", ", ".join(fmt_addr(x) for x in m["to"])))
    if m.get("cc"):
        msg_headers.append(("Cc", ", ".join(fmt_addr(x) for x in m["cc"])))
    msg_headers.append(("Subject", hdr(m["subject"])))
    msg_headers.append(("Date", m["date"]))
    msg_headers.append(("Message-ID", f"<{n:03d}.{m['slug']}.b13@{addr(m['from'])[1].split('@')[1]}>"))
    if m.get("in_reply_to"):
        msg_headers.append(("In-Reply-To", m["in_reply_to"]))
        msg_headers.append(("References", m["in_reply_to"]))
    for k, v in m.get("xh", []):
        msg_headers.append((k, v))
    msg_headers.append(("MIME-Version", "1.0"))
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in msg_headers:
        msg[k] = v
    for k, v in existing:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    if "Content-Transfer-Encoding" not in msg:
        msg["Content-Transfer-Encoding"] = "7bit"
    strip_sub_mime(msg)
    return msg


def strip_sub_mime(msg):
    if msg.is_multipart():
        for p in msg.get_payload():
            if p.get_content_type() == "message/rfc822":
                del p["MIME-Version"]
                continue
            del p["MIME-Version"]
            strip_sub_mime(p)


def slug_file(s):
    return re.sub(r"[^\w\- ]", "", s).strip() or "bericht"


def build_inner(d):
    p = txt_part(d["body"], d.get("enc", "qp"))
    existing = list(p.items())
    for k in list(p.keys()):
        del p[k]
    p["From"] = fmt_addr(d["from"])
    p["To"] = ", ".join(fmt_addr(x) for x in d["to"])
    if d.get("cc"):
        p["Cc"] = ", ".join(fmt_addr(x) for x in d["cc"])
    p["Subject"] = hdr(d["subject"])
    p["Date"] = d["date"]
    p["Message-ID"] = d.get("mid", "<inner." + slug(d["subject"])[:20] + "@mail.example>")
    p["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            p[k] = v
    return p


MAILS = []


def mail(slug_, frm, to, subject, body, *, fmt="plain", cc=(), bcc=(), date, rules=(), cats=None, about=(),
         note, lang="nl", kinds=(), attach=(), fwdatt=None, html_=None, misdirected=False, mail_from=None,
         in_reply_to=None):
    MAILS.append(dict(slug=slug_, **{"from": frm}, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body.strip("\n") + "\n", fmt=fmt, date=date, rules=list(rules), cats=cats,
                      about=list(about), note=note, lang=lang, kinds=list(kinds), attach=list(attach),
                      fwdatt=fwdatt, html=html_, misdirected=misdirected, mail_from=mail_from,
                      in_reply_to=in_reply_to))


def parents(first, last, which=(1,)):
    r = P(first, last)
    out = []
    for w in which:
        a = r["p1"] if w == 1 else r["p2"]
        if a:
            out.append(a)
    return out


def pupil_addr(first, last):
    return P(first, last)["mail"]


import datetime as _dt
from email.utils import format_datetime as _fdt


def D(s):
    """'2025-01-14 09:12' -> RFC 5322 date in Brussels time (CET/CEST, simple rule)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    y = d.year

    def last_sunday(month):
        x = _dt.datetime(y, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(3) <= d < last_sunday(10)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return _fdt(d.replace(second=(d.minute * 7) % 60, tzinfo=tz))


def nlday(s):
    """Dutch quote header date: 'di 14 jan. 2025 om 09:12'."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    mon = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
    return f"{days[d.weekday()]} {d.day} {mon[d.month-1]} {d.year} om {d:%H:%M}"


def olday(s):
    """Outlook quote header date: 'dinsdag 14 januari 2025 09:12'."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    mon = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
    return f"{days[d.weekday()]} {d.day} {mon[d.month-1]} {d.year} {d:%H:%M}"


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


SCHOOL = "Sint-Pieterscollege campus Centrum\nSint-Jacobsplein 12, 3000 Leuven"
TEL = "016 29 44 10"


# =========================================================================== SENSITIVE (40)
def sensitive_mails():
    # S1 family -- divorce, week-om-week
    mail("lore-thuissituatie", "tit3b", ["zorg"], "Lore (3B) - even ter info",
         """Hoi Els,

Mama van Lore belde me gisterenavond op. Papa is na de kerstvakantie het huis uit gegaan en de ouders
regelen het nu week om week: even weken bij mama in Heverlee, oneven weken bij papa in Wilsele.
Lore heeft het er zichtbaar moeilijk mee, ze zat vandaag bij wiskunde gewoon naar buiten te staren.

Mama vraagt:
- dat het rapport voortaan naar beide adressen gaat (kan de leerlingenadministratie dat aanpassen?)
- dat we papa ook uitnodigen voor het oudercontact, maar op een ander moment dan haar

Ik heb gezegd dat ik het aan jou zou doorgeven. Kan jij dit in het LVS zetten? Dan hoef ik niet iedereen apart
te mailen.

Groetjes,
Sarah
""", fmt="plain", date=D("2025-01-09 21:47"), rules=["sensitive"], cats=["family"],
         about=[pid("Lore", "Vandermeulen")], note="titularis tells care coordinator the parents separated, child alternates homes",
         kinds=[])

    # S2 family -- death of father, group in Bcc
    mail("yassin-overlijden", "adj", ["adj"], "4C - Yassin",
         """Beste collega's van 4C,

Met veel verdriet laat ik jullie weten dat de papa van Yassin Amrani zaterdag plots is overleden.
Hij werd onwel op zijn werk en is niet meer bijgekomen. De begrafenis is donderdag om 11 uur in de moskee
in Kessel-Lo; wie wil kan een kaartje afgeven op het secretariaat, we bundelen die.

Yassin blijft deze week thuis. Hij komt waarschijnlijk maandag terug. Wat vragen we:
- geen toetsen inhalen in de eerste twee weken, we bekijken dat op de klassenraad
- laat hem zelf kiezen of hij erover wil praten; Nadia (leerlingenbegeleiding) is zijn aanspreekpunt
- zijn twee beste vrienden uit de klas weten het al, de rest van de klas wordt maandag in het eerste
  lesuur door de titularis ingelicht

Dank jullie wel voor jullie zorg.

Pieter-Jan Claes
adjunct-directeur
""", fmt="qp", bcc=[f"leerkrachten-4c@{SS}"], date=D("2024-11-18 07:32"), rules=["sensitive"], cats=["family"],
         about=[pid("Yassin", "Amrani")], note="adjunct tells the class team that a pupil's father died; group address in Bcc",
         kinds=[])

    # S3 psychosocial -- self harm, to CLB (external)
    mail("emma-2a-clb", "lb2", ["clb2"], "Emma C. 2A",
         """Dag Kevin,

Korte update over Emma C. uit 2A, die we in oktober samen besproken hebben.
Ze heeft zich opnieuw gesneden, deze keer aan de bovenarm zodat het minder opvalt. De juf LO zag het
in de kleedkamer en heeft haar meteen naar mij gebracht. Emma zegt dat het "al weken" weer gebeurt,
vooral 's avonds na ruzie thuis. Ze wil niet dat we haar ouders bellen.

Ik heb haar gezegd dat ik dat niet kan beloven, en we hebben samen afgesproken dat zij het vanavond zelf aan
mama vertelt en dat ik morgen om 10u mama bel. Kan jij deze week nog een gesprek met haar plannen? Ze
vertrouwt jou, dat zei ze zelf.

Groeten,
Nadia

Nadia Azzouzi
leerlingenbegeleiding 1ste graad
Sint-Pieterscollege campus Centrum
016 29 44 26
""", fmt="plain", date=D("2025-02-04 16:05"), rules=["sensitive", "personal_data"], cats=["psychosocial"],
         about=[pid("Emma", "Claessens")], note="counsellor tells CLB psychologist a pupil harms herself again; school phone in signature",
         kinds=[])

    # S4 medical -- diabetes, Outlook table to PE teachers
    mail("milan-sportdag", "nurse", ["lo1", "lo2"], "Milan Peeters 5D - sportdag en zwemmen",
         """Dag Anouk en Ruben,

Voor de sportdag van vrijdag en de zwemlessen vanaf maart: Milan uit 5D heeft diabetes type 1 en draagt sinds
de zomer een insulinepomp. Hij regelt het meestal zelf heel goed, maar bij inspanning zakt zijn suiker soms snel.

| Wat zie je | Wat doe je |
| bleek, zweten, trillen, prikkelbaar | laten stoppen, 3 dextrotabletten of een blikje cola |
| na 15 min nog niet beter | mij bellen (verpleegpost) of 112 |
| verward of niet aanspreekbaar | niets in de mond geven, 112, glucagon ligt in de EHBO-tas |

Bij het zwemmen moet de pomp af; hij legt die in een doosje bij jullie aan de kant. Na het zwemmen meet hij
en koppelt hij terug. Zijn mama vraagt om het 's middags niet aan de klas te vertellen, hij wil daar geen
punt van maken.

Sofie
schoolverpleegkundige
""", fmt="alt", date=D("2025-02-25 12:41"), rules=["sensitive"], cats=["medical"],
         about=[pid("Milan", "Peeters")], note="nurse explains one pupil's diabetes and emergency steps to PE teachers",
         kinds=["table"])

    # S5 care + medical -- dyslexia measures, HTML-only, group Bcc
    mail("noor-maatregelen", "zorg", ["zorg"], "Noor (1C) - afspraken na attest",
         """Beste collega's,

Noor El Idrissi (1C) heeft sinds vorige week een attest dyslexie en dyscalculie van het revalidatiecentrum.
Op het zorgoverleg met mama en de CLB-medewerker hebben we deze afspraken gemaakt, vanaf nu tot het einde van
het schooljaar:

- toetsen in Arial 12, anderhalve regelafstand, geen tekst op de achterkant
- 1/3 extra tijd bij toetsen en examens, of minder vragen
- voorleessoftware (Kurzweil) bij Nederlands en Frans, ook op examen
- rekenmachine en formulekaart toegestaan bij wiskunde
- spelfouten niet aanrekenen behalve bij de specifieke spellingsdoelen

Het handelingsplan staat in Smartschool onder Leerlingvolgsysteem > Noor > zorg. Vragen mogen altijd bij mij.

Els Vermeulen
zorgcoördinator
""", fmt="html", bcc=[f"klasteam-1c@{SS}"], date=D("2024-10-15 13:20"), rules=["sensitive"], cats=["care", "medical"],
         about=[pid("Noor", "El Idrissi")], note="care coordinator lists adapted measures after a dyslexia diagnosis for one pupil",
         kinds=[])

    # S6 financial -- EN, to mother, OCMW
    mail("wiktoria-schoolbill", "lla2", parents("Wiktoria", "Nowak"), "School bill Wiktoria - 3A",
         """Dear Mrs Nowak,

Thank you for coming by the school office on Tuesday. As promised, a short summary in English.

The school bill for Wiktoria for the first and second term is still open: 412,60 euro in total (books,
the trip to Ieper and the warm meals). You told us that you are now supported by the OCMW of Leuven. Your
social worker, Mrs Vanderlinden, confirmed by phone that the OCMW will pay the first term directly to the
school. For the second term we agreed that you pay 50 euro per month from March, until it is settled.

You do not need to do anything else for now. If something changes, you can always contact me. Wiktoria does
not need to know about this, nothing changes for her at school.

Kind regards,
Greet Peeters
pupil administration
Sint-Pieterscollege
""", fmt="b64", date=D("2025-02-13 10:02"), rules=["sensitive"], cats=["financial"],
         about=[pid("Wiktoria", "Nowak")], note="office confirms to a mother that the OCMW pays part of the unpaid bill and a payment plan",
         lang="en", kinds=[])

    # S7 psychosocial + medical -- depression, Outlook to three teachers
    mail("kobe-afwezig", "lb1", ["ges", "wis", "eng"], "Kobe Janssens 6B - afwezigheid",
         """Dag Koen, Stijn en Laura,

Jullie hebben gemerkt dat Kobe uit 6B al drie weken niet op school is. Ik heb vandaag met zijn ouders en met
hem gesproken. Hij wordt sinds kort opgevolgd door een psychiater in het UPC en is gestart met medicatie. Hij
slaapt slecht, zit veel op zijn kamer en zegt zelf dat hij "nergens zin meer in heeft".

Afspraken voorlopig:
- geen toetsen inhalen tot na de krokusvakantie
- hij krijgt de leerstof via Teams; verwacht geen reacties
- vanaf 3 maart proberen we halve dagen (enkel voormiddag)

Niet in de klas bespreken aub. Zijn beste vriend weet het, verder niemand.

Tom
""", fmt="alt", date=D("2025-02-06 17:15"), rules=["sensitive"], cats=["psychosocial", "medical"],
         about=[pid("Kobe", "Janssens")], note="counsellor informs three teachers of a pupil's psychiatric follow-up and medication",
         kinds=[])

    # S8 family -- placement, reply to youth care worker
    s8q = """Dag mevrouw Vermeulen,

Zoals telefonisch besproken verblijft Grâce sinds maandag in onze leefgroep. Kunnen we eens afspreken om de
praktische zaken te regelen (ophalen, rapport, Smartschool)?

Met vriendelijke groet,
Mieke Van Assche
contextbegeleider"""
    mail("grace-leefgroep", "zorg", ["mieke.vanassche@delinde-jeugdhulp.be"], "Re: Grâce Mbuyi - school",
         f"""Dag Mieke,

Dank voor je mail. Goed dat Grâce ondertussen een rustige plek heeft.

Praktisch:
- ophalen: enkel door jullie begeleiders of door haar tante Josée; mama mag haar voorlopig niet ophalen
  zolang de jeugdrechter daar niets anders over beslist. Ik zet dit op de lijst aan het onthaal.
- rapport en uitnodigingen voor het oudercontact: naar de leefgroep, mama krijgt een kopie via de consulent
- Smartschool: we maken een co-account aan op jouw naam, de leerlingenadministratie stuurt je de gegevens

Op woensdag 19/2 om 14u kan ik hier op school. Past dat?

Groeten,
Els

Op {nlday("2025-02-12 09:40")} schreef Mieke Van Assche <mieke.vanassche@delinde-jeugdhulp.be>:
{q(s8q)}
""", fmt="qp", date=D("2025-02-12 15:03"), rules=["sensitive"], cats=["family"],
         about=[pid("Grâce", "Mbuyi")], note="care coordinator arranges pickup and reports for a pupil placed in a youth care group",
         kinds=["reply"])

    # S9 psychosocial + care -- school refusal, to mother
    mail("elif-schoolpoort", "lb3", parents("Elif", "Yıldız"), "Elif",
         """Beste mevrouw Yıldız,

Dank u om vanmorgen even te bellen. Ik begrijp dat het thuis heel zwaar is als Elif 's ochtends huilend in de
auto zit en niet uitstapt.

Zoals afgesproken een kort overzicht:
- Elif kwam deze maand vier keer niet verder dan de schoolpoort. Ze zegt dat ze buikpijn krijgt zodra ze de
  speelplaats ziet.
- We stellen een opbouwschema voor: de eerste week komt ze enkel de eerste twee lesuren, ze mag via de
  zijingang binnen en meldt zich bij mij.
- Ik vraag ook aan het CLB om mee te kijken; zij kunnen doorverwijzen als dat nodig is.

Kan u donderdag om 8u15 samen met Elif naar mijn bureau komen (lokaal A012)? Dan starten we samen.

Met vriendelijke groeten,
Lien Jacobs
leerlingenbegeleider 2de graad
""", fmt="plain", date=D("2025-03-11 11:26"), rules=["sensitive"], cats=["psychosocial", "care"],
         about=[pid("Elif", "Yıldız")], note="counsellor writes a mother about her daughter not getting past the school gate, step plan with CLB",
         kinds=[])

    # S10 psychosocial -- bullying victim, to father
    mail("robbe-bus", "tit1b", parents("Robbe", "Wouters"), "Robbe - wat er gebeurd is op de bus",
         """Beste meneer Wouters,

Ik wil u laten weten wat ik vandaag van Robbe hoorde, want hij vroeg me om het zelf niet te moeten vertellen.

Al een paar weken wordt hij op de bus van lijn 3 door een groepje jongens uit een andere school uitgelachen
en geduwd. Vorige vrijdag hebben ze zijn boekentas leeggegooid op de stoep aan het Ladeuzeplein en er
filmpjes van gemaakt die nu in een Instagramgroep rondgaan, ook bij twee klasgenoten van hem.

We hebben de twee klasgenoten vandaag apart gesproken, de filmpjes zijn verwijderd. Voor de jongens van de
andere school neemt onze directie contact op met hun school. Robbe zelf was opgelucht dat hij het verteld
had, maar hij is wel bang om morgen weer de bus te nemen.

Misschien kan u hem deze week met de fiets laten komen, of even brengen? Ik bel u morgen graag nog even.

Vriendelijke groeten,
Evelien Bosmans
klastitularis 1B
""", fmt="qp", date=D("2024-12-03 16:48"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Robbe", "Wouters")], note="class teacher tells father his son is being harassed on the bus and online",
         kinds=[])

    # S11 medical -- pregnancy, internal reply
    s11q = """Hoi Sofie, ik hoorde van Filip dat Jana L. (5A) bij jou geweest is, iets waar ik van moet weten?
Els"""
    mail("jana-5a", "nurse", ["zorg"], "RE: Jana L. 5A",
         f"""Ja. Jana is ongeveer 14 weken zwanger, uitgerekend begin augustus. Ze is bij de huisarts geweest en de
vriend en haar mama weten het. Ze wil het schooljaar afmaken. Ze vraagt uitdrukkelijk dat enkel de titularis
en de LO-leerkracht het weten, voor de rest niemand.

Ik stel voor dat ze vanaf nu geen contactsporten meer doet en dat ze in de pauze bij mij kan rusten als ze
misselijk is. Kunnen we dinsdag even samenzitten?

Sofie

-----Oorspronkelijk bericht-----
Van: Els Vermeulen <els.vermeulen@{S}>
Verzonden: {olday("2025-01-21 08:02")}
Aan: Sofie Verbeke <sofie.verbeke@{S}>
Onderwerp: Jana L. 5A

{s11q}
""", fmt="plain", date=D("2025-01-21 09:55"), rules=["sensitive"], cats=["medical"],
         about=[pid("Jana", "Lambrechts")], note="nurse confirms to care coordinator that a pupil is pregnant",
         kinds=["reply"])

    # S12 medical -- ADHD medication, to mother
    mail("senne-medicatie", "nurse", parents("Senne", "De Backer"), "medicatie Senne",
         """Dag mevrouw Vercauteren,

Een kort berichtje: het doosje Rilatine van Senne dat bij mij in de verpleegpost ligt, is bijna op. Er zijn nog
drie tabletten, dus tot en met woensdag.

Kan u een nieuw doosje meegeven, samen met het ingevulde en door de arts ondertekende medicatieformulier?
Het oude formulier was maar geldig tot eind december, de dosis 's middags is toen ook veranderd (10 mg ipv 5).

Senne komt elke middag netjes zelf, daar moet u zich geen zorgen over maken.

Vriendelijke groet,
Sofie Verbeke
schoolverpleegkundige
""", fmt="plain", date=D("2025-01-13 10:17"), rules=["sensitive"], cats=["medical"],
         about=[pid("Senne", "De Backer")], note="nurse asks a mother for new ADHD medication and the signed medication form",
         kinds=[])

    # S13 psychosocial -- behaviour, Outlook to teachers
    mail("ilias-volgkaart", "lb4", ["fra", "fys", "lat", "eco"], "Ilias 3C - volgkaart vanaf maandag",
         """Dag collega's,

Na het incident van dinsdag bij Frans (stoel tegen de muur gegooid, Griet uitgescholden) en de twee time-outs
van vorige week starten we met Ilias Benali met een volgkaart. De directie heeft hem en zijn papa gisteren
gezien; een definitieve uitsluiting is nog niet aan de orde, maar het is een laatste kans.

Concreet:
| Lesuur | Wat vul je in | Handtekening |
| elk lesuur | gedrag 1-4 en werkhouding 1-4 | leerkracht |
| einde dag | totaal | Bart (leerlingenbegeleiding) |

Bij een score 1: meteen naar de time-outruimte (A014), niet eerst discussiëren. Hij weet dat.
Positieve punten ook vermelden aub, daar heeft hij nood aan.

Dank!
Bart Willems
""", fmt="alt", date=D("2025-03-07 12:05"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Ilias", "Benali")], note="counsellor starts a behaviour follow-up card for one pupil after incidents",
         kinds=["table"])

    # S14 care -- FR to both parents (bcc)
    mail("marie-reorientation", "zorg", parents("Marie", "Dubois", (1, 2)), "Marie - réunion de concertation",
         """Chère Madame Lefèvre, cher Monsieur Dubois,

Suite au conseil de classe de décembre, je vous écris en français comme convenu.

Le conseil de classe se fait du souci pour Marie: malgré beaucoup d'efforts, ses résultats en mathématiques et
en sciences restent très faibles, et elle se sent de plus en plus découragée. Depuis novembre, le CLB
(centre d'encadrement des élèves) l'accompagne, avec votre accord.

Nous pensons qu'une réorientation vers la section sciences humaines (humane wetenschappen) à partir de
l'année prochaine pourrait lui redonner confiance. Nous aimerions en discuter avec vous et avec Mme Maes du
CLB lors d'une réunion de concertation (MDO) le jeudi 23 janvier à 16h30.

Pourriez-vous me confirmer votre présence?

Bien cordialement,
Els Vermeulen
coordinatrice des soins
""", fmt="qp", date=D("2025-01-08 14:30"), rules=["sensitive", "bcc"], cats=["care"],
         about=[pid("Marie", "Dubois")], note="care coordinator invites both parents (both in To) to a meeting on re-orientation with CLB",
         lang="fr", kinds=[])

    # S15 family -- parent in prison
    mail("lucas-woensdag", "zorg", ["ges"], "Lucas V. - woensdagnamiddag",
         """Koen,

Even vertrouwleijk, omdat je je afvroeg waarom Lucas op woensdag zo vaak vroeger weg mag.
Zijn vader zit sinds november in de gevangenis in Hasselt en woensdagnamiddag is het bezoekuur voor kinderen.
Mama brengt hem. Het is met de directie afgesproken en hij heeft er een attest van.

Hij praat er niet over en wil niet dat de klas het weet. Als je merkt dat hij na zo'n woensdag niet goed is,
laat het me weten.

Els
""", fmt="plain", date=D("2025-01-28 13:12"), rules=["sensitive"], cats=["family"],
         about=[pid("Lucas", "Verbruggen")], note="care coordinator explains to a teacher that a pupil visits his father in prison",
         kinds=[])

    # S16 medical -- epilepsy protocol with birth date
    mail("fien-protocol", "nurse", ["tit2a"], "noodprotocol Fien Hermans (2B)",
         """Dag collega's van 2B,

Hieronder het noodprotocol voor Fien. Print het aub niet af voor in de klas; het hangt in de verpleegpost en in
het klassenboek in de leraarskamer.

| Leerling | Fien Hermans, 2B, °17/08/2012 |
| Aandoening | epilepsie (absences en soms een grote aanval) |
| Medicatie thuis | Depakine 's ochtends en 's avonds |
| Noodmedicatie | Buccolam 5 mg, in de verpleegpost (kast 2) en in de EHBO-tas bij uitstappen |
| Bij een aanval | tijd noteren, niets in de mond, hoofd beschermen, na 5 minuten Buccolam en 112 |
| Ouders | mama eerst, via het secretariaat |

Vorige maand had ze een aanval in de turnzaal, die gelukkig na twee minuten voorbij was.

Sofie Verbeke, schoolverpleegkundige
""", fmt="alt", bcc=[f"klasteam-2b@{SS}"], date=D("2024-10-02 08:44"), rules=["sensitive", "personal_data"],
         cats=["medical"], about=[pid("Fien", "Hermans")],
         note="nurse sends the epilepsy emergency protocol of one pupil with her birth date", kinds=["table"])

    # S17 financial -- payment plan with IBAN
    mail("ayoub-afbetaling", "boekh", parents("Ayoub", "Tahiri"), "Afbetalingsplan schoolrekening Ayoub (5B)",
         """Geachte heer Tahiri,

Zoals besproken op het secretariaat bevestig ik hierbij het afbetalingsplan voor de openstaande schoolrekeningen
van Ayoub (schooljaar 2023-2024 en eerste trimester 2024-2025), samen 734,20 euro.

U betaalt vanaf 1 november maandelijks 60 euro op rekening BE71 0961 2345 6769 van het Sint-Pieterscollege, met
de mededeling "Tahiri Ayoub 5B plan". Het laatste bedrag (34,20 euro) valt in november 2025.

U gaf aan dat de schooltoeslag van dit jaar nog niet werd uitbetaald omdat er een fout in het dossier stond. Als
die toeslag binnenkomt, mag u die gerust gebruiken om sneller af te lossen, maar het hoeft niet.

Als een maand niet lukt, verwittig me dan gewoon even, dan zoeken we samen een oplossing.

Met vriendelijke groeten,
Nele Geerts
boekhouding
""", fmt="qp", date=D("2024-10-22 15:40"), rules=["sensitive", "personal_data"], cats=["financial"],
         about=[pid("Ayoub", "Tahiri")], note="accountant confirms a payment plan for a family's unpaid bills, with account number",
         kinds=[])

    # S18 care -- IAC, base64
    mail("zoe-iac", "zorg", ["wis", "fra", "tit2a"], "IAC Zoë Mertens 1A",
         """Beste Stijn, Griet en Hilde,

De klassenraad van gisteren heeft beslist dat Zoë (1A) vanaf 1 december overstapt naar een individueel
aangepast curriculum. Het verslag van het CLB is in orde. Voor jullie vakken betekent dat:

wiskunde: ze werkt aan de doelen van het zesde leerjaar (breuken, procenten, meten); geen algebra
Frans: enkel mondelinge doelen en woordenschat, geen grammaticatoetsen
alle vakken: ze krijgt op het rapport geen cijfers maar een beschrijvende evaluatie; ze krijgt op het einde
van het jaar een attest van verworven bekwaamheden en geen oriënteringsattest

Ik stuur volgende week een sjabloon voor de beschrijvende evaluatie. De ondersteuner van het
ondersteuningsnetwerk komt op dinsdag en donderdag mee in de klas.

Groeten,
Els
""", fmt="b64", date=D("2024-11-26 19:22"), rules=["sensitive"], cats=["care"],
         about=[pid("Zoë", "Mertens")], note="care coordinator tells teachers a pupil moves to an individual adapted curriculum",
         kinds=[])

    # S19 psychosocial -- panic attacks, reply
    s19q = """Nadia, Hamza liep vanmorgen zomaar uit de toets Latijn, hij zag lijkbleek. Weet jij iets? Moet ik hem
opnieuw laten starten? Tine"""
    mail("hamza-toets", "lb2", ["lat"], "Re: Hamza 4B",
         f"""Dag Tine,

Hij kwam rechtstreeks naar mij. Het was weer een paniekaanval, de derde deze maand. Hij kreeg geen adem en
dacht dat hij flauw ging vallen. Het is thuis sinds de zomer onrustig en hij slaapt maar een paar uur per
nacht. Hij staat op de wachtlijst bij een psycholoog.

Wat helpt: als het begint, laat hem zonder discussie buiten gaan, hij komt dan bij mij of zit op de bank aan de
bib. Laat hem de toets volgende week inhalen in het zorglokaal, met minder mensen rond hem.

Nadia

Op {nlday("2025-03-18 10:31")} schreef Tine Desmet <tine.desmet@{S}>:
{q(s19q)}
""", fmt="qp", date=D("2025-03-18 11:02"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Hamza", "Özdemir")], note="counsellor explains a pupil's repeated panic attacks to a teacher",
         kinds=["reply"])

    # S20 psychosocial + medical -- eating problem
    mail("louise-middag", "lo1", ["lb1"], "zorgen om Louise (6C)",
         """Tom,

Ik wil iets melden over Louise Smets uit 6C. Het is me de laatste weken echt opgevallen:
- ze eet 's middags niets, ik zie haar enkel water drinken in de refter
- in de kleedkamer zie je dat ze enorm vermagerd is, haar vriendinnen schatten 6 à 7 kilo sinds september
- ze wil elke LO-les extra lopen, ook als ze duizelig is; vorige week moest ze gaan zitten

Twee vriendinnen kwamen het me zelf vertellen, ze maken zich echt zorgen. Ik heb Louise nog niet
aangesproken. Wil jij dat doen of doen we het samen?

Anouk
""", fmt="plain", date=D("2024-11-14 15:58"), rules=["sensitive"], cats=["psychosocial", "medical"],
         about=[pid("Louise", "Smets")], note="PE teacher reports a pupil who stopped eating and lost a lot of weight",
         kinds=[])

    # S21 family -- domestic violence, to CLB, phone
    mail("arne-oma", "lb3", ["clb1"], "dringend: Arne G. 3D",
         """Dag Hilde,

Kan je me vandaag nog terugbellen? Het gaat over Arne G. uit 3D.

Hij vertelde vanmorgen dat hij sinds vrijdag bij zijn oma in Kessel-Lo slaapt omdat het thuis niet veilig is.
De nieuwe vriend van zijn mama is weer handtastelijk geworden, tegen mama en ook tegen hem (blauwe plek aan
zijn schouder, die heb ik gezien). Mama weet dat hij bij oma is. Hij wil niet dat we de politie bellen.

Ik weet niet goed wat onze volgende stap is: melden bij het VK, of eerst een gesprek met oma?

Lien Jacobs
leerlingenbegeleider 2de graad
GSM 0485 62 19 07
""", fmt="plain", date=D("2025-03-03 09:17"), rules=["sensitive", "personal_data"], cats=["family"],
         about=[pid("Arne", "Goossens")], note="counsellor asks CLB advice: pupil sleeps at grandmother's because of violence at home",
         kinds=[])

    # S22 class council 5C table, several pupils
    mail("klassenraad-5c", "tit5c", ["zorg", "lb1", "lb4"], "verslag begeleidende klassenraad 5C",
         """Dag Els, Tom en Bart,

Hieronder de punten van de begeleidende klassenraad 5C van maandag die voor jullie van belang zijn. De rest
staat in Smartschool.

| Leerling | Bespreking | Actie |
| Sara V.d.B. | CLB-begeleiding loopt sinds oktober, gespreide examens in juni gevraagd | Els: aanvraag spreiding |
| Wout L. | valt weer in slaap in de les, gamet 's nachts, werd 2x betrapt op spijbelen | Tom: gesprek met Wout en papa |
| Inès M. | sterke resultaten, wil volgend jaar Latijn-wiskunde | geen |
| Bilal S. | ouders gaan uit elkaar, Bilal verhuist met mama naar Tienen; busabonnement? | Bart: nagaan |
| Yara B. | studieplanning blijft moeilijk | titularis |

Daarnaast vroeg de klassenraad om na de paasvakantie opnieuw een evaluatie van de klassfeer te doen.

Mvg,
Filip
""", fmt="alt", date=D("2025-02-19 20:11"), rules=["sensitive"], cats=["care", "psychosocial", "family"],
         about=[pid("Sara", "Van den Broeck"), pid("Wout", "Lenaerts"), pid("Inès", "Moreau"), pid("Bilal", "Saidi"),
                pid("Yara", "Benhaddou")],
         note="class-council table with rows about CLB follow-up, truancy and a parents' separation", kinds=["table"])

    # S23 medical + care -- ASD, to interim teacher
    mail("thomas-interim", "zorg", ["interim"], "Thomas W. (2A) - tips voor je eerste weken",
         """Dag Lisa,

Welkom nog! Omdat je vanaf maandag Hilde vervangt in 2A, wil ik je iets meegeven over Thomas Willaert.

Thomas heeft een diagnose autismespectrumstoornis. Hij is slim en heel gemotiveerd, maar onverwachte
veranderingen (een ander lokaal, een toets die niet op de planning staat, een nieuwe leerkracht: jij dus)
maken hem erg onrustig. Dan gaat hij met zijn hoofd op de bank liggen of loopt hij het lokaal uit.

Wat helpt:
- kondig veranderingen op voorhand aan, liefst op het bord
- hij mag een koptelefoon opzetten bij groepswerk
- als het te veel wordt, mag hij naar de prikkelarme plek in het zorglokaal (A015), met zijn time-outkaart

Het volledige handelingsplan vind je in het LVS. Loop gerust eens binnen.

Els
""", fmt="qp", date=D("2025-01-30 16:25"), rules=["sensitive"], cats=["medical", "care"],
         about=[pid("Thomas", "Willaert")], note="care coordinator briefs a substitute teacher on one pupil's autism and care plan",
         kinds=[])

    # S24 medical -- EN to mother, coeliac
    mail("nina-gluten", "nurse", parents("Nina", "Kowalczyk"), "Nina - lunch at school",
         """Dear Mrs Kowalczyk,

Thank you for sending the letter from the gastroenterologist. I am sorry to hear that Nina's tests confirmed
coeliac disease; she told me she had been feeling tired and sick for months, so at least now you know why.

I have informed our kitchen. From next Monday Nina can get a gluten-free warm meal: she just needs to tell the
lady at the counter her name. Our chef asks that you fill in the attached allergy form so he can keep it in his
folder.

For the school trip to Ghent in May, I will make sure the teachers take gluten-free sandwiches for her.

Best regards,
Sofie Verbeke
school nurse, Sint-Pieterscollege
""", fmt="alt", date=D("2025-03-20 13:45"), rules=["sensitive"], cats=["medical"],
         about=[pid("Nina", "Kowalczyk")], note="nurse writes a mother in English about her daughter's coeliac diagnosis and meals",
         lang="en", kinds=[])

    # S25 financial -- OCMW pays trip
    mail("mohamed-romereis", "boekh", ["ocmw"], "Romereis 6D - leerling Mohamed Ait Lahcen",
         """Beste mevrouw Vanderlinden,

Dank voor uw telefoontje. Ik bevestig dat wij de factuur voor de Romereis van Mohamed Ait Lahcen (6D),
585 euro, rechtstreeks naar het OCMW sturen, ter attentie van u, met uw dossiernummer 2025/0417.

De eerdere openstaande bedragen van het gezin (maaltijden en werkboeken, 146,50 euro) staan nog open. Kan het
OCMW die ook ten laste nemen of moeten we met mevrouw Ait Lahcen een regeling treffen?

De reis vertrekt op 12 april; Mohamed mag gewoon mee, daar hoeft hij zich geen zorgen over te maken.

Met vriendelijke groeten,
Nele Geerts
boekhouding Sint-Pieterscollege
""", fmt="plain", date=D("2025-02-27 11:07"), rules=["sensitive"], cats=["financial"],
         about=[pid("Mohamed", "Ait Lahcen")], note="accountant arranges with the OCMW to pay a pupil's trip and the family's open bills",
         kinds=[])

    # S26 family -- anniversary of mother's death, HTML
    mail("lena-verjaardag", "tit1d", ["tit1d"], "Lena - volgende dinsdag",
         """Dag collega's van 1D,

Volgende dinsdag 14 januari is het een jaar geleden dat de mama van Lena Geuens gestorven is. Lena heeft me
gevraagd om het niet in de klas te vermelden, maar ze vindt het wel fijn als jullie het weten.

Ze heeft gevraagd of ze die dag 's middags naar het kerkhof mag met haar papa; dat is goedgekeurd door de
directie. Ze mist dus de lessen van het 6de tot het 8ste uur. Gelieve geen toetsen op die namiddag te plannen.

Een vriendelijk woord mag, maar maak er geen moment van voor de hele klas.

Warme groet,
Marieke
""", fmt="html64", bcc=[f"klasteam-1d@{SS}"], date=D("2025-01-09 12:30"), rules=["sensitive"], cats=["family"],
         about=[pid("Lena", "Geuens")], note="class teacher tells colleagues it is a year since a pupil's mother died",
         kinds=[])

    # S27 medical -- concussion, sports school
    s27 = """Dag Ruben,

Victor is zaterdag bij de match tegen Kituro na een harde tackle met een hersenschudding naar Gasthuisberg
gebracht. Hij mocht zondag naar huis. Wat de neuroloog zegt (ik stuur ook een foto van het verslag):
- 2 weken geen sport, ook geen conditietraining
- zo weinig mogelijk schermen; korte schooldagen mogen
- geen toetsen tot de controle op 24/3
Hij heeft nog veel hoofdpijn en is snel moe.

Groetjes,
Nathalie Leclercq"""
    mail("victor-hersenschudding", "lo2", ["adj", "sport"], "Fwd: Victor",
         f"""Hey,

Zie mail van de mama van Victor (3A, sportschool rugby). Kunnen jullie dat doorgeven aan zijn leerkrachten?
Ik heb het al in de sportschoolplanning gezet.

Ruben

---------- Forwarded message ---------
Van: Nathalie Leclercq <nathalie.leclercq@proximus.be>
Date: {nlday("2025-03-09 20:14")}
Subject: Victor
To: <ruben.janssens@{SS}>

{s27}
""", fmt="qp", date=D("2025-03-10 08:03"), rules=["sensitive"], cats=["medical"],
         about=[pid("Victor", "Leclercq")],
         note="coach forwards a mother's mail on her son's concussion and the neurologist's advice",
         kinds=["fwd-inline"])

    # S28 family -- custody, cp1252
    mail("ella-ophalen", "secr1", ["janit1", "secr2", "dir"], "Ella Bogaerts 2C - NIET meegeven aan vader",
         """Dirk, Ilse,

Belangrijk voor het onthaal en de poort: Ella Bogaerts uit 2C mag NIET meegegeven worden aan haar vader.
Mama heeft vandaag het vonnis van de familierechtbank gebracht: hij heeft voorlopig geen omgangsrecht.

Hij heeft vorige week ’s middags aan de poort aan de Tiensestraat gestaan en Ella werd er erg ongerust van.
Als hij opnieuw komt: vriendelijk blijven, Ella níet laten roepen, en meteen Katrien (directie) verwittigen.

Een foto van de vader ligt in de gele map aan het onthaal (niet ophangen).

Martine
secretariaat
""", fmt="cp1252", date=D("2024-12-09 10:38"), rules=["sensitive"], cats=["family"],
         about=[pid("Ella", "Bogaerts")], note="secretariat warns staff that a court order forbids the father to pick up a pupil",
         kinds=[])

    # S29 psychosocial + care -- cannabis, reply to CLB
    s29q = """Dag Bart,
Ik heb je voicemail gehoord. Kan je me op voorhand kort schrijven wat er precies gebeurd is met de leerling?
Dan kan ik kijken wie van ons het best opvolgt.
Hilde"""
    mail("rayan-cannabis", "lb4", ["clb1"], "Re: leerling 5D",
         f"""Dag Hilde,

Het gaat over Rayan Chaouki (5D). Hij werd vorige donderdag op de speelplaats betrapt met cannabis (een klein
zakje, geen dealen volgens de directie). Bij het gesprek gaf hij toe dat hij bijna elke avond blowt "om te kunnen
slapen". Zijn punten zijn sinds de herfst fel gezakt en hij is vaak te laat.

De directie kiest voor een begeleidingstraject in plaats van een schorsing, op voorwaarde dat hij meewerkt. Mama
is akkoord dat het CLB opvolgt en eventueel doorverwijst naar het CAD.

Kan jij hem volgende week zien?

Bart

Op {nlday("2025-02-10 08:55")} schreef Hilde Maes <hilde.maes@clb-leuven.be>:
{q(s29q)}
""", fmt="plain", date=D("2025-02-10 09:40"), rules=["sensitive"], cats=["psychosocial", "care"],
         about=[pid("Rayan", "Chaouki")], note="counsellor tells CLB a pupil was caught with cannabis and asks follow-up",
         kinds=["reply"])

    # S30 care -- redirection, both parents (bcc)
    mail("jasper-mdo-verslag", "zorg", parents("Jasper", "Vermeiren", (1, 2)), "verslag MDO Jasper",
         """Beste mevrouw en meneer Vermeiren,

Dank voor het open gesprek van gisteren. Zoals beloofd vat ik samen wat we besproken hebben.

- Jasper kan de leerstof van 4 Latijn, ondanks de extra ondersteuning sinds september, niet meer volgen.
- Het CLB heeft de voorbije maanden een breed onderzoek gedaan. Ze stellen voor om een verslag op te maken
  zodat Jasper vanaf september naar een school met een aangepast aanbod kan (type 9), waar hij in kleinere
  groepen les krijgt.
- U wilt er eerst over nadenken en samen met Jasper twee scholen bezoeken. Dat vinden we heel verstandig.
- Tot het einde van dit schooljaar blijven de maatregelen uit zijn handelingsplan gelden.

We spreken opnieuw af na de paasvakantie. Mevrouw Maes van het CLB blijft uw aanspreekpunt daar.

Met vriendelijke groeten,
Els Vermeulen
zorgcoördinator
""", fmt="alt", date=D("2025-03-14 17:20"), rules=["sensitive", "bcc"], cats=["care"],
         about=[pid("Jasper", "Vermeiren")], note="report of a care meeting on a move to special education, both parents in To",
         kinds=[])

    # S31 psychosocial -- suicidal message, urgent to CLB
    mail("hanna-bericht", "lb1", ["clb2"], "DRINGEND Hanna Cools 6B",
         """Kevin,

Bel me aub zo snell mogelijk, ik zit in mijn bureau.

Een vriendin van Hanna Cools (6B) kwam me net een screenshot tonen van een bericht dat Hanna gisterenavond om
half 2 stuurde: "ik wil er echt niet meer zijn, sorry voor alles". Hanna is vandaag op school, ze zit nu bij mij.
Ze zegt dat ze het meende maar dat ze "geen plan" heeft. Ze heeft het thuis niet verteld.

Ik heb mama al gebeld, die komt haar halen. Ik wil graag samen met jou bekijken wat we haar en mama meegeven,
en of ze vandaag nog ergens terechtkan.

Tom
""", fmt="plain", date=D("2025-03-26 10:22"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Hanna", "Cools")], note="counsellor urgently involves CLB after a pupil wrote she no longer wants to live",
         kinds=[])

    # S32 medical -- inline forward of mother's mail
    s32 = f"""Beste juffrouw Sofie,

Kiran start maandag in 1B. Zoals ik op de inschrijving heb gezegd heeft ze een ernstige allergie voor noten en
pinda (ook sporen). Ze heeft altijd een EpiPen in het voorvakje van haar boekentas, een tweede stuur ik mee voor
bij u. Ze heeft ook astma: voor het sporten moet ze 2 puffs Ventolin nemen.

Vorig jaar is ze na een koek op een verjaardagsfeest met de ambulance weggebracht, dus we zijn heel voorzichtig.

Alvast bedankt,
Priya Sharma"""
    mail("kiran-allergie", "nurse", ["chef", "lo1", "tit1b"], "FW: Kiran - allergie",
         f"""Ter info voor keuken, LO en titularis. Rudi: kan je Kiran op de notenvrije lijst zetten? Anouk: Ventolin
voor de les aub. Ik geef jullie morgen elk een EpiPen-instructiekaart.

Sofie

---------- Doorgestuurd bericht ----------
Van: Priya Sharma <priya.sharma@gmail.com>
Date: {nlday("2024-08-29 21:14")}
Subject: Kiran - allergie
To: <sofie.verbeke@{S}>

{s32}
""", fmt="qp", date=D("2024-08-30 08:10"), rules=["sensitive"], cats=["medical"],
         about=[pid("Kiran", "Sharma")], note="nurse forwards a mother's mail about her daughter's nut allergy and asthma",
         kinds=["fwd-inline"])

    # S33 family -- young carer, base64
    mail("lisa-thuis", "lb2", ["fra"], "Lisa Van Acker (3C)",
         """Dag Griet,

Je vroeg me naar Lisa uit 3C, die haar taken niet meer binnenbrengt. Ik heb met haar gepraat.
Haar mama ligt sinds januari in het ziekenhuis en zal er nog een tijd blijven. Papa werkt in ploegen, dus Lisa
kookt 's avonds en brengt haar twee broertjes naar bed. Ze is moe en schaamt zich om het te vragen.

Kan je haar wat uitstel geven voor de taak van Frans en haar vragen het in de klas te maken? Ik vraag hetzelfde
aan de andere collega's, maar zonder de details.

Bedankt!
Nadia
""", fmt="b64", date=D("2025-02-17 12:58"), rules=["sensitive"], cats=["family"],
         about=[pid("Lisa", "Van Acker")], note="counsellor explains a pupil cares for her siblings while her mother is in hospital",
         kinds=[])

    # S34 financial -- FR to father
    mail("dylan-facture", "dir", parents("Dylan", "Kabongo"), "Facture scolaire de Dylan",
         """Monsieur Kabongo,

J'ai bien reçu votre message et je vous remercie pour votre franchise.

Je comprends que la situation est difficile depuis la perte de votre emploi. Pour la facture scolaire de Dylan
(238 euros, premier trimestre), nous avons pris contact avec le service social du CPAS (OCMW) de Leuven. Ils
examinent votre demande et devraient nous répondre dans les deux semaines. En attendant, nous suspendons les
rappels.

Dylan peut évidemment participer à l'excursion de mars, les frais seront repris dans le même dossier.

N'hésitez pas à passer me voir ou à contacter Mme Geerts à la comptabilité.

Bien à vous,
Katrien Vandenbroucke
directrice
""", fmt="plain", date=D("2025-01-16 18:05"), rules=["sensitive"], cats=["financial"],
         about=[pid("Dylan", "Kabongo")], note="director writes a father in French about the unpaid bill and the OCMW request",
         lang="fr", kinds=[])

    # S35 psychosocial -- perpetrator, to mother
    mail("febe-maatregel", "adj", parents("Febe", "Luyckx"), "Febe - tuchtmaatregel en herstelgesprek",
         """Geachte mevrouw Luyckx,

Zoals ik u vandaag telefonisch meedeelde, bevestig ik hierbij de maatregel voor Febe.

Febe heeft samen met twee klasgenoten foto's van een medeleerlinge in de kleedkamer gemaakt en die met
spottende opmerkingen in een groepschat gedeeld. Het meisje is daar erg van geschrokken en is twee dagen thuis
gebleven. Febe heeft het feit erkend.

- Febe wordt op donderdag 6 en vrijdag 7 maart preventief geschorst; ze krijgt taken via Smartschool.
- Bij haar terugkeer volgt een herstelgesprek met de betrokken leerlinge, onder begeleiding van onze
  leerlingenbegeleider.
- Bij herhaling starten we de procedure tot definitieve uitsluiting.

U kan altijd een gesprek aanvragen.

Met vriendelijke groeten,
Pieter-Jan Claes
adjunct-directeur
""", fmt="qp", date=D("2025-03-05 16:42"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Febe", "Luyckx")], note="adjunct confirms to a mother the suspension of her daughter for sharing photos of a classmate",
         kinds=[])

    # S36 medical -- FR, fractured wrist
    mail("adam-poignet", "fra", parents("Adam", "Lejeune"), "Adam - examens de juin",
         """Monsieur Lejeune,

Je me permets de vous écrire en tant que titulaire d'Adam.

Suite à sa fracture du poignet droit au cours d'éducation physique lundi, le chirurgien a prévu un plâtre pour
six semaines. Adam ne pourra donc pas écrire pendant la session d'examens.

Nous proposons:
- les examens écrits seront remplacés par des examens oraux pour les langues et l'histoire
- pour les mathématiques et les sciences, il pourra dicter ses réponses à un enseignant dans un local à part
- il recevra 20 minutes supplémentaires par examen

Pouvez-vous nous envoyer une copie du certificat médical?

Cordialement,
Griet Van Damme
""", fmt="alt", date=D("2025-05-21 14:14"), rules=["sensitive"], cats=["medical"],
         about=[pid("Adam", "Lejeune")], note="teacher writes a father in French about exam adaptations after his son broke his wrist",
         lang="fr", kinds=[])

    # S37 medical + psychosocial -- reply quoting mother
    s37q = """Dag meneer Dillen,

Ik wil u laten weten dat Lotte het sinds de kerstvakantie niet goed heeft. Ze is sinds twee weken bij een
psychiater en neemt sinds kort antidepressiva. De eerste weken kan ze daar moe en duizelig van zijn. Ze wil niet
dat haar klasgenoten het weten.

Sabine Verhoeven"""
    mail("lotte-antwoord", "tit4d", parents("Lotte", "Verhoeven"), "Re: Lotte",
         f"""Beste mevrouw Verhoeven,

Dank u wel dat u me dit wil toevertrouwen. Ik zal er discreet mee omgaan en het enkel aan onze zorgcoördinator
doorgeven, zodat de collega's weten dat ze Lotte wat ruimte moeten geven zonder de reden te kennen.

Als ze moe is, mag ze altijd even naar de verpleegpost. Ik spreek haar volgende week eens aan in een rustig
moment.

Vriendelijke groeten,
Gert Dillen
titularis 4D

Op {nlday("2025-01-24 22:05")} schreef Sabine Verhoeven <sabine.verhoeven@gmail.com>:
{q(s37q)}
""", fmt="qp", date=D("2025-01-25 09:30"), rules=["sensitive"], cats=["medical", "psychosocial"],
         about=[pid("Lotte", "Verhoeven")], note="class teacher replies to a mother; quoted text tells of psychiatric care and antidepressants",
         kinds=["reply"])

    # S38 care -- .txt attachment care plan
    plan = """HANDELINGSPLAN - Jules Dewitte (1C)
Opgemaakt: 18/11/2024 - zorgcontinuum fase 1 -> fase 2 (uitbreiding van zorg)

Beginsituatie
- moeite met plannen en starten van taken, vergeet materiaal
- traag schrijftempo, handschrift moeilijk leesbaar
- loopt sinds oktober bij het CLB voor een onderzoek naar ontwikkelingscoordinatie

Redelijke aanpassingen
1. planningsblad in de agenda, elke vrijdag overlopen met de titularis
2. toetsen met meer schrijfruimte; laptop mag gebruikt worden bij langere teksten
3. 10 minuten extra tijd bij toetsen
4. gedeelde notities van een klasgenoot (via Smartschool)

Evaluatie: klassenraad februari
Betrokkenen: titularis, zorgcoordinator, CLB (H. Maes), ouders
"""
    mail("jules-handelingsplan", "zorg", ["tit1d"], "handelingsplan Jules D. 1C",
         """Hoi Marieke,

In bijlage het handelingsplan van Jules, zoals besproken op het MDO. Zou je het willen overlopen met Jules
en het daarna tekenen? Mama heeft het al gezien.

Els
""", fmt="plain", attach=[("handelingsplan_Jules_Dewitte.txt", "text/plain", plan)],
         date=D("2024-11-18 16:00"), rules=["sensitive"], cats=["care"], about=[pid("Jules", "Dewitte")],
         note="care coordinator sends a pupil's care plan (phase 2, CLB) as a .txt attachment",
         kinds=["attach-txt"])

    # S39 family + financial -- shelter
    mail("sien-maaltijden", "lb3", ["chef", "boekh"], "Sien (3B) - maaltijden",
         """Dag Rudi, dag Nele,

Sien Vanhees uit 3B en haar mama verblijven sinds kort in een opvangcentrum van het CAW; ze hebben
voorlopig geen vast adres. Sien krijgt vanaf maandag elke dag een warme maaltijd. Rudi, wil je dat niet via
de gewone kaart laten lopen maar gewoon aan de kassa doorlaten? Nele, die maaltijden niet aanrekenen aub; we
bekijken later met het CAW of het schoolfonds het betaalt.

Sien weet dat jullie dit weten, de klas niet.

Lien
""", fmt="plain", date=D("2025-01-31 11:44"), rules=["sensitive"], cats=["family", "financial"],
         about=[pid("Sien", "Vanhees")], note="counsellor arranges free meals for a pupil whose family lives in a shelter",
         kinds=[])

    # S40 medical + care -- attached forward of CLB mail
    inner40 = dict(
        **{"from": ("dr. Ann Somers", "ann.somers@clb-leuven.be")}, to=[f"lien.jacobs@{S}"],
        subject="Omar Haddouchi 6A", date=D("2025-02-20 16:30"), mid="<clb.20250220.somers@clb-leuven.be>",
        body="""Dag Lien,

Na het consult van vandaag: Omar wordt in het slaapcentrum van UZ Leuven onderzocht. De neuroloog vermoedt
narcolepsie. Hij valt overdag onverwacht in slaap, ook tijdens inspanning, en heeft daar geen controle over.

Voor school vraag ik:
- hij mag 1 keer per dag 20 minuten rusten in het verpleeglokaal
- geen examens in het eerste lesuur na de middag als het kan
- bij een aanval niet boos worden; hij schrikt er zelf van

Ik volg verder op met de ouders.

Ann Somers
CLB-arts""")
    mail("omar-clb-arts", "lb3", ["nurse", "adj"], "FW: Omar Haddouchi 6A",
         """Sofie, Pieter-Jan,

Zie het bericht van de CLB-arts in bijlage. Sofie, kan jij het rusten in het verpleeglokaal mee opvolgen?
Pieter-Jan, voor de examenplanning van juni.

Lien
""", fmt="plain", fwdatt=inner40, date=D("2025-02-21 08:12"), rules=["sensitive"], cats=["medical", "care"],
         about=[pid("Omar", "Haddouchi")], note="counsellor forwards (as attachment) the CLB doctor's mail about a sleep disorder",
         kinds=["fwd-attached"])


# =========================================================================== PERSONAL, NOT SENSITIVE (30)
def personal_mails():
    mail("anton-spreekbeurt", "ned", parents("Anton", "Baeten"), "Spreekbeurt Anton",
         """Beste mevrouw Baeten,

Ik wil u even laten weten dat Anton vandaag een schitterende spreekbeurt gegeven heeft over de geschiedenis
van de Leuvense brouwerijen. Hij had zelf oude foto's opgezocht in het stadsarchief en sprak heel rustig en vrij,
zonder zijn blad. De klas heeft spontaan geapplaudisseerd.

Hij kreeg 18 op 20. Proficiat aan hem, en ook aan u voor de steun thuis!

Vriendelijke groeten,
Joke Segers
leerkracht Nederlands
""", fmt="alt", date=D("2024-12-12 15:20"), rules=[], about=[pid("Anton", "Baeten")],
         note="teacher praises a pupil's presentation to his mother", kinds=[])

    mail("jill-turnpantoffel", "lo1", [pupil_addr("Jill", "Vercammen")], "je turnpantoffel",
         """Hoi Jill,

Er lag na de les van dinsdag één witte sportschoen maat 37 met jouw naam in de kleedkamer. Hij staat in het
rekje met verloren voorwerpen aan de sporthal. Kom hem maar halen tijdens de middagpauze!

Juf Anouk
""", fmt="plain", date=D("2024-10-10 12:02"), rules=[], about=[pid("Jill", "Vercammen")],
         note="PE teacher tells a pupil her lost sports shoe was found", kinds=[])

    mail("daan-inhaaltoets", "wis", [pupil_addr("Daan", "Heylen")], "inhaaltoets goniometrie",
         """Dag Daan,

Omdat je vrijdag op het judotornooi in Herentals zat met de sportschool, mag je de toets goniometrie inhalen op
dinsdag 19/11 tijdens het 8ste uur in lokaal B103. Zelfde leerstof: hoofdstuk 3, p. 40-67.

Succes (ook met de resultaten van het tornooi, ik hoorde dat het goed ging!)

Meneer Wuyts
""", fmt="qp", cc=["sport"], date=D("2024-11-12 19:40"), rules=[], about=[pid("Daan", "Heylen")],
         note="retake date for a sports-school pupil who was at a tournament", kinds=[])

    mail("maxime-tennis", "sport", parents("Maxime", "Renard"), "Aanpassing trainingsuren tennis Maxime",
         """Beste mevrouw Renard,

Vanaf volgende week verschuift de tennistraining van Maxime van woensdagnamiddag naar woensdagochtend van
8u tot 9u40, op de terreinen van TC Heverlee. De trainer van de federatie kan in de namiddag niet meer.

Maxime mist daardoor twee lesuren (Engels en geschiedenis); die collega's zijn op de hoogte en ze krijgt de
leerstof via Smartschool. De bus van de sportschool vertrekt om 7u35 aan de hoofdingang.

Sportieve groet,
Yannick Dewulf
coördinator topsportschool
""", fmt="html", date=D("2024-09-20 10:15"), rules=[], about=[pid("Maxime", "Renard")],
         note="sports-school coordinator tells a mother the tennis training moves to Wednesday morning", kinds=[])

    mail("yasmine-strookje", "tit2a", parents("Yasmine", "Aarab"), "strookje uitstap Brussel",
         """Beste mevrouw Aarab,

Voor de uitstap naar het Parlamentarium in Brussel op 4 februari mis ik nog het ingevulde strookje van Yasmine.
Zou u het haar uiterlijk vrijdag willen meegeven? Het mag ook ingescand via Smartschool.

Alvast bedankt!
Hilde Schepers
titularis 2A
""", fmt="b64", date=D("2025-01-27 08:30"), rules=[], about=[pid("Yasmine", "Aarab")],
         note="class teacher asks a mother for the excursion permission slip", kinds=[])

    n6q = "Meneer, mag ik mijn muziekexamen (piano) iets later doen? Ik heb die ochtend eerst nog Frans mondeling. Lars"
    mail("lars-muziekexamen", "muz", [pupil_addr("Lars", "Vandeputte")], "Re: muziekexamen",
         f"""Dag Lars,

Geen probleem. Je schuift op naar donderdag 12 juni om 10u40 in de muziekstudio (C201). Kom 10 minuten op
voorhand om in te spelen. Vergeet je partituren niet, ook een kopie voor de jury.

Meneer Aerts

Op {nlday("2025-05-27 20:03")} schreef Lars Vandeputte <{pupil_addr("Lars", "Vandeputte")}>:
{q(n6q)}
""", fmt="plain", date=D("2025-05-28 07:55"), rules=[], about=[pid("Lars", "Vandeputte")],
         note="music teacher gives a pupil a later slot for the piano exam", kinds=["reply"])

    mail("mila-kluisje", "janit2", [pupil_addr("Mila", "De Clercq")], "kluisje verhuisd",
         """Dag Mila,

Door de werken aan de gang van blok B is jouw kluisje (nr. 214) verplaatst naar de gang van blok C, nu nr. 318 –
naast het lokaal aardrijkskunde. Je spullen zitten er nog gewoon in, het slot is hetzelfde gebleven.

Marc
technische dienst
""", fmt="cp1252", date=D("2025-02-03 07:50"), rules=[], about=[pid("Mila", "De Clercq")],
         note="janitor tells a pupil her locker was moved to another corridor", kinds=[])

    mail("ibrahim-leerlingenraad", "adj", parents("Ibrahim", "Kaya"), "Ibrahim verkozen in de leerlingenraad",
         """Beste mevrouw Kaya,

Met plezier laat ik u weten dat Ibrahim gisteren door zijn klasgenoten verkozen is als afgevaardigde van 4A in
de leerlingenraad. Hij had een goed voorbereide verkiezingsspeech over meer fietsenstallingen en een
waterfontein op de speelplaats.

De leerlingenraad vergadert één keer per maand tijdens de middagpauze; de eerste vergadering is op
dinsdag 8 oktober. Hij krijgt daar een broodje.

Met vriendelijke groeten,
Pieter-Jan Claes
""", fmt="alt", date=D("2024-10-01 11:12"), rules=[], about=[pid("Ibrahim", "Kaya")],
         note="adjunct tells a mother her son was elected to the pupil council", kinds=[])

    n9q = """Dag meneer Wuyts, het grafisch rekentoestel van Warre is gisteren van zijn bank gevallen en het scherm is
gebarsten. Kan hij er een lenen tot we een nieuw hebben? Groeten, Bieke Van Hove"""
    mail("warre-rekenmachine", "wis", parents("Warre", "Van Hove"), "Re: rekenmachine Warre",
         f"""Dag mevrouw Van Hove,

Dat is vervelend! Warre mag een TI-84 van school lenen, hij haalt die morgen bij mij in B105. Hij moet wel
tekenen op de uitleenlijst.

Als u een nieuw toestel koopt: het moet een TI-84 Plus CE-T zijn (dezelfde als in de boekenlijst), anders
werkt de examenmodus niet.

Groeten,
Stijn Wuyts

Op {nlday("2025-01-15 19:30")} schreef Bieke Van Hove <bieke.vanhove@telenet.be>:
{q(n9q)}
""", fmt="plain", date=D("2025-01-15 21:02"), rules=[], about=[pid("Warre", "Van Hove")],
         note="math teacher lends a calculator after a pupil's one broke", kinds=["reply"])

    mail("amber-handboek", "secr2", parents("Amber", "Huybrechts"), "handboek geschiedenis Amber 6D",
         """Beste meneer Huybrechts,

Het handboek geschiedenis van Amber was bij de levering in september niet voorradig bij de uitgeverij. Het is
vandaag binnengekomen en ligt op het secretariaat. Amber kan het ophalen tijdens de speeltijd. Het staat al op
de eerste schoolrekening, u hoeft niets extra te betalen.

Met vriendelijke groet,
Ilse Wouters
secretariaat
""", fmt="qp", date=D("2024-10-04 09:25"), rules=[], about=[pid("Amber", "Huybrechts")],
         note="secretariat says the missing textbook arrived", kinds=[])

    mail("quentin-olympiade", "wis", [pupil_addr("Quentin", "Dumont")], "tweede ronde Wiskunde Olympiade!",
         """Quentin,

Proficiat! Je bent geselecteerd voor de tweede ronde van de Vlaamse Wiskunde Olympiade. Die gaat door op
woensdag 29 januari om 14u in de aula van de KU Leuven (Celestijnenlaan). Je ouders krijgen nog een brief
van de organisatie.

Als je wil, kunnen we de week ervoor op dinsdagmiddag een paar oude opgaven samen bekijken.

SW
""", fmt="plain", date=D("2025-01-10 13:33"), rules=[], about=[pid("Quentin", "Dumont")],
         note="teacher congratulates a pupil on reaching the second olympiad round", kinds=[])

    mail("chloe-jaarboek", "eco", parents("Chloé", "Lambert"), "foto jaarboek Chloé",
         """Beste mevrouw Lambert,

Chloé zit in de redactie van het jaarboek van het zesde jaar, maar er ontbreekt nog een individuele foto van haar
zelf (ze was afwezig op de fotodag). Ze mag een foto meebrengen of op woensdag 5 februari om 12u30 naar
lokaal B012 komen, dan neemt de fotoclub er een.

Groeten,
Lotte Vos
""", fmt="html", date=D("2025-01-29 16:50"), rules=[], about=[pid("Chloé", "Lambert")],
         note="teacher asks for a missing yearbook photo", kinds=[])

    mail("seppe-leeswedstrijd", "bib", parents("Seppe", "Moens"), "Seppe wint de leeswedstrijd",
         """Beste mevrouw Moens,

Goed nieuws: Seppe heeft de leeswedstrijd van de eerste graad gewonnen! Hij las sinds september 31 boeken uit
de schoolbib en schreef bij elk boek een recensie op Smartschool. Zijn recensie van "Het geheim van de
vuurtoren" was volgens de jury de beste.

De prijsuitreiking is op vrijdag 28 maart om 12u40 in de bibliotheek. U bent van harte welkom.

Véronique Nys
schoolbibliotheek
""", fmt="alt", date=D("2025-03-19 14:07"), rules=[], about=[pid("Seppe", "Moens")],
         note="librarian tells a mother her son won the reading contest", kinds=[])

    mail("nathan-staking", "lla1", parents("Nathan", "Declercq"), "Nathan - toets Frans inhalen",
         """Beste meneer Declercq,

Nathan was vorige donderdag afwezig door de treinstaking; de afwezigheid is gewettigd, u hoeft geen briefje
meer te bezorgen. Mevrouw Van Damme laat weten dat hij de toets Frans (passé composé) kan inhalen op maandag 10 februari
tijdens de studie van het 1ste uur.

Met vriendelijke groeten,
Fatima Bouzid
leerlingenadministratie
""", fmt="cp1252", date=D("2025-02-04 11:30"), rules=[], about=[pid("Nathan", "Declercq")],
         note="pupil office confirms an excused absence due to a train strike and a retake date", kinds=[])

    mail("jens-fiets", "janit1", [pupil_addr("Jens", "Maertens")], "je fiets",
         """Jens, je fiets stond gisterenavond niet op slot in de fietsenstalling aan de Tiensestraat. Ik heb hem in de
berging gezet. Kom hem maar halen bij mij (loge aan de poort) en koop een slot aub.
Dirk
""", fmt="plain", date=D("2025-03-04 07:41"), rules=[], about=[pid("Jens", "Maertens")],
         note="janitor tells a pupil his unlocked bike was put away", kinds=[])

    mail("eva-erasmus", "eng", [pupil_addr("Eva", "Smolders")], "Erasmus+ Kraków - je bent geselecteerd",
         """Dag Eva,

De selectiecommissie heeft je motivatiebrief gelezen en je bent geselecteerd voor de Erasmus+-uitwisseling met
ons partnerschool in Kraków (10 tot 17 maart). Je gastgezin is dat van Zuzanna, ze schrijft je binnenkort.

Praktisch:
- je identiteitskaart moet geldig zijn tot na de reis
- infomoment voor ouders en leerlingen: dinsdag 21 januari om 19u in de refter
- Engels is de voertaal, dus oefen maar al

Well done!
Ms Dierckx
""", fmt="alt", date=D("2025-01-07 17:02"), rules=[], about=[pid("Eva", "Smolders")],
         note="teacher tells a pupil she was selected for an exchange", kinds=[])

    mail("mats-3dprint", "stem", [pupil_addr("Mats", "Verstraeten")], "printjob klaar",
         """Mats, je onderdeel voor de robotarm (tandwiel v3) is geprint. Het ligt op de plank naast de Prusa in het
makerslokaal, in een zakje met je naam. De eerste versie was kromgetrokken, dus ik heb de bed-temperatuur
verhoogd. Laat weten of het past.
DVH
""", fmt="plain", date=D("2025-04-23 16:20"), rules=[], about=[pid("Mats", "Verstraeten")],
         note="STEM teacher tells a pupil his 3D print is ready", kinds=[])

    mail("yara-studio", "muz", [pupil_addr("Yara", "Benhaddou")], "reservatie muziekstudio",
         """Dag Yara,

Je reservatie van de muziekstudio voor je band is in orde: elke donderdag van 15u45 tot 17u15, van 6 februari
tot de paasvakantie. Jij bent verantwoordelijke: de sleutel haal je op en breng je terug aan het onthaal, en de
drumstel-matten moeten na afloop terug op hun plaats.

Veel plezier en ik kom eens luisteren!
Bram
""", fmt="qp", date=D("2025-02-03 12:50"), rules=[], about=[pid("Yara", "Benhaddou")],
         note="music teacher confirms a pupil's studio booking for her band", kinds=[])

    inner_t = dict(
        **{"from": ("Volley Vlaanderen - jeugdwerking", "jeugd@volleyvlaanderen.example.be")},
        to=[f"yannick.dewulf@{S}"], subject="Selectie provinciale jeugdploeg U15 - Vlaams-Brabant",
        date=D("2025-03-04 18:05"), mid="<sel.u15.2025.vb@volleyvlaanderen.example.be>",
        body="""Beste sportschoolcoordinator,

Met plezier melden wij dat Tuur Coppens geselecteerd is voor de provinciale jeugdploeg U15 van Vlaams-Brabant.
Eerste tornooi: vrijdag 14 maart, sporthal Kiewit (Hasselt), aanwezig om 9u00.

Wij vragen de school de speler die dag vrij te stellen. Een attest voor de school volgt via de club.

Sportieve groeten,
Jeugdwerking Volley Vlaanderen""")
    mail("tuur-volleybal", "sport", ["tit3b", "ned", "fys"], "FW: Selectie provinciale jeugdploeg U15 - Vlaams-Brabant",
         """Dag collega's,

Zie bijlage: Tuur Coppens (3B, sportschool volleybal) is geselecteerd voor de provinciale jeugdploeg. Hij is op
vrijdag 14 maart gewettigd afwezig (code SP in het aanwezigheidsregister). Toetsen die dag mag hij de week erna
inhalen.

Dank en groeten,
Yannick
""", fmt="b64", fwdatt=inner_t, date=D("2025-03-06 09:12"), rules=[], about=[pid("Tuur", "Coppens")],
         note="sports coordinator forwards (attached) the federation's selection mail; absence for a tournament",
         kinds=["fwd-attached"])

    mail("hajar-boek", "bib", [pupil_addr("Hajar", "Ouali")], "herinnering: boek terugbrengen",
         """Dag Hajar,

Het boek "De jongen in de gestreepte pyjama" dat je op 2 december hebt ontleend, moest op 16 december terug
zijn. Wil je het deze week terugbrengen naar de schoolbibliotheek? Als je het nog niet uit hebt, kan je
verlengen aan de balie.

Groetjes,
de schoolbib
""", fmt="html", date=D("2025-01-08 10:00"), rules=[], about=[pid("Hajar", "Ouali")],
         note="library reminder to a pupil about an overdue book", kinds=[])

    n21q = """Dag mevrouw Dierckx, op het rapport staat voor het project Engels 12/30, maar op Smartschool stond 21/30.
Kan u dat eens bekijken? Mvg, Griet Devriendt"""
    mail("finn-punten", "eng", parents("Finn", "Devriendt"), "RE: punten project Engels Finn",
         f"""Beste mevrouw Devriendt,

U hebt helemaal gelijk, excuses! Bij het overtypen heb ik de cijfers omgedraaid. Finn heeft wel degelijk 21/30.
Ik heb het aangepast; u krijgt via Smartschool een gecorrigeerd rapport.

Met vriendelijke groeten,
Laura Dierckx

Van: Griet Devriendt <devriendt.family@telenet.be>
Verzonden: {olday("2025-01-03 18:40")}
Aan: Laura Dierckx <laura.dierckx@{S}>
Onderwerp: punten project Engels Finn

{n21q}
""", fmt="qp", date=D("2025-01-06 08:15"), rules=[], about=[pid("Finn", "Devriendt")],
         note="teacher corrects a typo in a pupil's mark after a parent's question", kinds=["reply"])

    mail("olivia-reference", "eng", ["admissions@summerschool-cambridge.example.org"], "Reference - Olivia Peeters",
         """Dear Admissions Committee,

I am pleased to recommend Olivia Peeters (born 3 May 2007) for your summer programme in International
Relations. I have taught Olivia English for the past two years at Sint-Pieterscollege in Leuven, Belgium.

Olivia is one of the most curious and articulate pupils I have taught. She led our class debate team to the
regional final this year and wrote an excellent research paper on European migration policy. She works
independently, meets every deadline and is a generous team member.

I am confident she will contribute a great deal to your programme.

Yours faithfully,
Laura Dierckx
Teacher of English, Sint-Pieterscollege campus Centrum, Leuven
""", fmt="alt", date=D("2025-02-24 20:30"), rules=["personal_data"], about=[pid("Olivia", "Peeters")],
         note="reference letter for a summer programme; includes the pupil's date of birth", lang="en", kinds=[])

    mail("lucie-fancy-fair", "fra", parents("Lucie", "Martin"), "Merci pour votre aide",
         """Chère Madame Martin,

Un grand merci pour votre aide samedi lors de la fête de l'école! Grâce à vous et à Lucie, le stand de crêpes a
été un vrai succès: nous avons récolté plus de 600 euros pour le voyage de fin d'études.

Lucie a parlé français avec les visiteurs francophones pendant toute l'après-midi, avec beaucoup d'aisance.

Au plaisir de vous revoir,
Griet Van Damme
""", fmt="qp", date=D("2025-05-12 09:05"), rules=[], about=[pid("Lucie", "Martin")],
         note="teacher thanks a parent and her daughter for helping at the school party", lang="fr", kinds=[])

    mail("noah-klasafgevaardigde", "ned", parents("Noah", "Van Gorp"), "Noah klasafgevaardigde 1A",
         """Dag meneer Van Gorp,

Even laten weten: Noah is deze week verkozen tot klasafgevaardigde van 1A. Hij zal samen met een klasgenote de klas
vertegenwoordigen in de leerlingenraad van de eerste graad. Hij was er zelf heel trots op!

Groetjes,
Joke Segers
""", fmt="plain", date=D("2024-09-27 16:30"), rules=[], about=[pid("Noah", "Van Gorp")],
         note="teacher tells a father his son became class delegate", kinds=[])

    mail("kaat-warme-maaltijd", "chef", parents("Kaat", "Wellens"), "RE: warme maaltijden",
         f"""Beste mevrouw Wellens,

Uw aanvraag is in orde: Kaat (2B) eet vanaf maandag 13 januari op maandag, dinsdag en donderdag een warme
maaltijd. De maaltijden verschijnen op de volgende schoolrekening. Wil u een dag wijzigen, laat het dan een
week op voorhand weten.

Met vriendelijke groeten,
Rudi Mertens
keuken Sint-Pieterscollege
tel. {TEL}

-----Oorspronkelijk bericht-----
Van: Hilde Wellens <hilde.wellens@gmail.com>
Verzonden: {olday("2025-01-06 21:12")}
Aan: keuken <keuken@{S}>
Onderwerp: warme maaltijden

Goedenavond, mag Kaat Wellens uit 2B vanaf volgende week op maandag, dinsdag en donderdag warm eten? Alvast
bedankt, Hilde
""", fmt="plain", date=D("2025-01-08 14:40"), rules=["personal_data"], about=[pid("Kaat", "Wellens")],
         note="kitchen confirms a pupil's warm meals; school phone number in the signature", kinds=["reply"])

    mail("emre-schoolfoto", "secr2", [pupil_addr("Emre", "Aydın")], "inhaalmoment schoolfoto",
         """Dag Emre,

Je was er niet op de dag van de schoolfoto's. Het inhaalmoment is op dinsdag 15 oktober om 10u in de turnzaal.
Je mag daarvoor de les verlaten, je titularis weet het.

Secretariaat
""", fmt="html64", date=D("2024-10-09 09:45"), rules=[], about=[pid("Emre", "Aydın")],
         note="secretariat gives a pupil the retake slot for the school photo", kinds=[])

    mail("lina-trainingspak", "sport", parents("Lina", "Bensaïd"), "trainingspak sportschool Lina",
         f"""Beste mevrouw Bensaïd,

Het trainingspak van de sportschool voor Lina is besteld in maat M, zoals gevraagd. Levering verwacht eind
oktober; het bedrag (65 euro) komt op de schoolrekening van december.

Mocht de maat toch niet goed zijn, kan u het binnen de twee weken ruilen via mij.

Sportieve groeten,
Yannick Dewulf
coördinator sportschool
+32 16 29 44 31
""", fmt="qp", date=D("2024-10-07 18:22"), rules=["personal_data"], about=[pid("Lina", "Bensaïd")],
         note="sports coordinator confirms a tracksuit order; phone number in the signature", kinds=[])

    mail("stan-portefeuille", "secr1", [pupil_addr("Stan", "Vermeersch")], "portefeuille gevonden",
         """Dag Stan,

Een leerling bracht deze middag een zwarte portefeuille met jouw ID-kaart en busabonnement binnen op het
secretariaat. Je kan hem komen ophalen tot 16u30.

Martine
""", fmt="plain", date=D("2025-04-01 13:15"), rules=[], about=[pid("Stan", "Vermeersch")],
         note="secretariat tells a pupil his wallet was found", kinds=[])

    mail("elias-prijs", "dir", parents("Elias", "Van Loock"), "Prijs onderzoekscompetentie",
         """Beste meneer Van Loock,

Het is me een genoegen u te melden dat de jury het onderzoeksproject van Elias over de waterkwaliteit van de
Dijle heeft uitgeroepen tot beste onderzoekscompetentie van het zesde jaar. Hij wordt gehuldigd op de
proclamatie van vrijdag 27 juni en mag zijn werk voorstellen op de opendeurdag.

Van harte proficiat!

Katrien Vandenbroucke
directeur
""", fmt="alt", date=D("2025-06-18 10:00"), rules=[], about=[pid("Elias", "Van Loock")],
         note="director tells a father his son's research project won the year prize", kinds=[])

    n30 = """Hallo Joke,

Wij hebben als redactie van De Pieter de teksten van de schrijfwedstrijd gelezen. We willen graag het essay van
Margot Thys uit 3D ("Waarom ik nooit meer fast fashion koop") in het volgende nummer zetten. Wil jij het haar
vragen? We hebben ook een foto van haar nodig, of ze mag zelf een tekening maken.

Groetjes,
de redactie (Koen & Lotte)"""
    mail("margot-schoolkrant", "ned", [pupil_addr("Margot", "Thys")], "Fwd: essay in De Pieter",
         f"""Dag Margot,

Goed nieuws, zie hieronder! Laat je het me weten tegen vrijdag? Ik ben trots op je.

Mevrouw Segers

---------- Doorgestuurd bericht ----------
Van: Koen Smets <koen.smets@{S}>
Datum: {nlday("2025-03-12 12:40")}
Onderwerp: essay in De Pieter
Aan: Joke Segers <joke.segers@{S}>
CC: Lotte Vos <lotte.vos@{S}>

{n30}
""", fmt="qp", date=D("2025-03-12 16:05"), rules=[], about=[pid("Margot", "Thys")],
         note="teacher forwards the school paper's request to publish a pupil's essay", kinds=["fwd-inline"])


# =========================================================================== PASSWORDS (35)
def password_mails():
    mail("welkom-accounts-lisa", "ict", ["interim"], "Welkom - je accounts",
         f"""Dag Lisa,

Welkom op campus Centrum! Je accounts zijn aangemaakt:

Je schoolmail en Microsoft 365: lisa.craps@{SS}
Smartschool: gebruikersnaam lisa.craps

Voor beide is je tijdelijk wachtwoord Welkom-SPC-7314. Bij de eerste aanmelding word je gevraagd om het te
wijzigen en om de Authenticator-app in te stellen. Doe dat liefst op je eigen gsm, niet op een klastoestel.

Je laptop kan je vrijdag ophalen bij Samir in het ICT-lokaal (B004).

Groeten,
Wouter Lemmens
ICT-coördinator
016 29 44 17
""", fmt="alt", date=D("2025-01-29 14:02"), rules=["password", "personal_data"], about=[],
         note="ICT coordinator gives a substitute teacher her temporary M365/Smartschool password; phone in signature",
         kinds=[])

    mail("wifi-oudercontact", "tech", ["secr1", "secr2"], "wifi voor ouders donderdag",
         """Voor het oudercontact van donderdag: als ouders vragen naar wifi, het gastnetwerk is

netwerk: SPC-Gast
sleutel: Kruidtuin4417

Het werkt enkel in de refter en de gangen van blok A. Vrijdag zet ik er terug een nieuwe sleutel op.
Samir
""", fmt="plain", date=D("2024-11-26 11:50"), rules=["password"], about=[],
         note="technician gives the secretariat the guest Wi-Fi key for parents' evening", kinds=[])

    mail("leverancierspoort", "janit1", ["chef"], "poort keuken",
         """Rudi,

De code van het klavier aan de leverancierspoort (achter de keuken) is vandaag veranderd, er was te veel
volk dat ze kende. Nieuwe code: 7391 en dan ’t hekje. Geef hem enkel aan de vaste leveranciers (Vanhove
groenten en de bakker), niet aan de interims… die bellen maar aan.

Dirk
""", fmt="cp1252", date=D("2024-10-14 07:22"), rules=["password"], about=[],
         note="janitor gives the kitchen the new keypad code of the delivery gate", kinds=[])

    mail("onthaal-interim-lisa", "secr2", ["interim"], "praktische info voor je start",
         """Dag Lisa,

Fijn dat je Hilde komt vervangen! Hieronder wat praktische info, dan moet je maandag niet alles vragen.

Uurrooster: staat in Smartschool onder "Mijn vakken"; je hebt maandag het eerste uur 2A in lokaal B112.
Klassenboek: digitaal in Smartschool, vul het na elke les in.
Sleutels: je krijgt op het secretariaat een sleutelbos (lokalen B-blok en de lerarenkamer), tegen handtekening.
Kopiëren: aan de Canon in het kopielokaal tik je je kopieercode in, die van jou is 55812. Je hebt 500 kopieën
per maand; kleur enkel na aanvraag.
Parking: er is geen plaats op de binnenkoer, de fietsenstalling voor personeel is aan de Tiensestraat.
Toezichten: je neemt de toezichten van Hilde over (dinsdag middag refter, donderdag speelplaats).
Middagmaal: soep is gratis in de lerarenkamer, warm eten kan je kopen met je personeelskaart.
Afwezigheid: bel voor 7u45 naar het secretariaat en verwittig ook de adjunct.

Veel succes!
Ilse
""", fmt="qp", date=D("2025-01-30 10:31"), rules=["password"], about=[],
         note="long welcome mail for a substitute teacher with her copier code in one line", kinds=[])

    mail("reset-pieter", "jobst", [pupil_addr("Pieter", "Wijns")], "Smartschool",
         """Hey Pieter,

Je account is gereset. Log in met je gebruikersnaam pieter.wijns en de resetcode 8KQ4-TZ2M, daarna kies je zelf
een nieuw wachtwoord. De code werkt maar 24 uur.

Jonas (ICT)
""", fmt="plain", date=D("2024-09-12 12:44"), rules=["password"], about=[pid("Pieter", "Wijns")],
         note="ICT student worker gives a pupil a Smartschool reset code", kinds=[])

    mail("nvr-camera", ("Samir El Amrani", "samir.elamrani86@gmail.com"), ["ict"], "camera recorder",
         """Wouter, zit thuis, kan niet inloggen via de VPN. Voor als je morgen vroeger bent dan ik, de gegevens van
de camerarecorder in het serverlokaal:

IP 10.20.0.40 (alleen intern)
gebruiker: admin
wachtwoord: Spc!Cam2023

Het beeld van camera 4 (fietsenstalling) moet teruggezet worden naar 15 fps, de politie vroeg de beelden van
dinsdagavond.

Samir
""", fmt="html", date=D("2025-02-18 22:47"), rules=["password", "private_account"], about=[],
         mail_from="samir.elamrani86@gmail.com",
         note="technician writes from his private Gmail and hands over the CCTV recorder admin login", kinds=[])

    mail("bambu-pincode", "stem", ["fys", "bio"], "3D-printer makerslokaal",
         """Hoi Mehmet en Hanne,

Sinds er vorige week een leerling 40 uur print heeft gestart (een volledig harnas, echt waar), staat de Bambu in
het makerslokaal op slot met een pincode op het scherm: 2468

Niet aan leerlingen geven aub, zij vragen het aan julie en jullie starten de job.

Dries
""", fmt="plain", date=D("2025-03-17 15:10"), rules=["password"], about=[],
         note="STEM teacher gives two colleagues the PIN of the 3D printer", kinds=[])

    mail("mastercode-kluisjes", "janit2", ["secr1"], "kluisjes blok C",
         """Martine,

Als er leerlingen komen die hun code vergeten zijn van de nieuwe kluisjes in blok C: de mastercode om ze open
te krijgen is 5280, dan de knop ingedrukt houden tot het groene lampje. Daarna staat het slot weer open en kan
de leerling zelf een nieuwe code instellen.

Niet op een papiertje aan de balie hangen aub :-)

Marc
""", fmt="b64", date=D("2024-09-05 08:10"), rules=["password"], about=[],
         note="janitor gives the secretariat the master code of the pupils' lockers", kinds=[])

    mail("geldkist-schoolwinkel", "boekh", ["eco"], "schoolwinkel volgende week",
         """Dag Lotte,

Merci dat je volgende week de schoolwinkel overneemt. Praktisch:

- open op maandag, dinsdag en donderdag van 12u30 tot 13u
- de kassa is het grijze geldkistje in de onderste kast; cijferslot 382
- er zit 50 euro wisselgeld in, tel het aub bij het sluiten en noteer het op het blad
- de sleutel van de kast hangt in mijn bureau achter de kalender

Ik ben er terug op 3 maart.
Nele
""", fmt="qp", date=D("2025-02-20 16:55"), rules=["password"], about=[],
         note="accountant gives a colleague the combination of the school shop cashbox", kinds=[])

    mail("alarm-avondschool", "dir", ["janit1", "cvo"], "alarm avondonderwijs vanaf maandag",
         """Beste Dirk, beste Charlotte,

Na het vals alarm van vorige week hebben we met de alarmfirma de zones opnieuw ingedeeld. Vanaf maandag krijgt
het avondonderwijs een eigen code, zodat we in het logboek zien wie het alarm aan- of uitzet.

Code avondonderwijs (blok A en C): 4815, gevolgd door de toets UIT. Bij het vertrekken: 4815 en AAN.
De oude code van het college blijft voor ons personeel.

Charlotte, wil je de code enkel aan jullie vaste leerkrachten geven die 's avonds afsluiten?
Bij problemen: bel mij op 0476 33 81 20.

Katrien Vandenbroucke
""", fmt="alt", date=D("2024-10-11 17:30"), rules=["password", "personal_data"], about=[],
         note="director gives the evening-school coordinator and janitor the new alarm code; mobile number included",
         kinds=[])

    p11q = """Hoi Martine, weet jij het paswoord van de printer in de lerarenkamer? Ik wil iets inscannen naar mijn mail
maar hij vraagt een wachtwoord. Lisa"""
    mail("re-printer-lerarenkamer", "secr1", ["interim"], "RE: printer lerarenkamer",
         f"""Pr1nt-LK22

Van: Lisa Craps <lisa.craps@{SS}>
Verzonden: {olday("2025-02-05 10:12")}
Aan: Martine Goossens <martine.goossens@{S}>
Onderwerp: printer lerarenkamer

{p11q}
""", fmt="plain", date=D("2025-02-05 10:15"), rules=["password"], about=[],
         note="secretary replies with only the printer password, the question quoted below", kinds=["reply"])

    mail("wifi-lerarenkamer", "tech", ["interim"], "wifi lerarenkamer",
         """SPC-Personeel
Leuven#Dijle77
""", fmt="plain", date=D("2025-02-03 08:05"), rules=["password"], about=[],
         note="two-line note: staff Wi-Fi network and key, the subject says what it opens", kinds=[])

    mail("planning-sporthal", "sport", ["lo1", "lo2"], "planning sporthal april",
         """Dag Anouk en Ruben,

De planning van de sporthal voor april is klaar. Let op: de week na Pasen is de grote zaal op dinsdag en
woensdag bezet door de provinciale volleybalwedstrijden, dus de sportschool traint dan in de kleine zaal.

| Dag | Grote zaal | Kleine zaal |
| ma | LO 1ste graad | sportschool judo |
| di | sportschool volleybal | LO 2de graad |
| wo | sportschool rugby | vrij |
| do | LO 3de graad | sportschool tennis (conditie) |

Willen jullie zelf de vrije uren boeken in het reservatiesysteem? Ik heb het account van de sportschool
daarvoor opengezet.

Sportieve groet,
Yannick

--
Yannick Dewulf | coördinator sportschool
Reservatiesysteem sporthal: gebruiker sportschool-spc | ww Volley!2025
""", fmt="alt", date=D("2025-03-24 12:12"), rules=["password"], about=[],
         note="sports coordinator's planning mail; the booking system login sits in a signature-like block",
         kinds=["table"])

    subs = """Accounts interimarissen - tweede trimester
(wachtwoord bij eerste aanmelding wijzigen)

naam            gebruikersnaam      startwachtwoord
Lisa Craps      lisa.craps          Welkom-SPC-7314
Jeroen Baets    jeroen.baets        Welkom-SPC-2290
Amal Idrissi    amal.idrissi        Welkom-SPC-5561
Wim Franssen    wim.franssen        Welkom-SPC-8047
"""
    mail("accounts-interims-txt", "ict", ["secr2"], "accounts interims",
         """Ilse,

In bijlage de lijst van de interims die deze maand starten, met hun startwachtwoord. Kan jij het aan elk van hen
persoonlijk geven als ze hun sleutels komen halen? Daarna mag de lijst weg.

Wouter
""", fmt="plain", attach=[("interims_T2.txt", "text/plain", subs)], date=D("2025-01-27 09:02"),
         rules=["password"], about=[], note="ICT coordinator sends a .txt list of substitute teachers' start passwords",
         kinds=["attach-txt"])

    rows = [("Wannes", "Billen", "Zon-Kiwi-47"), ("Amira", "Benjelloun", "Maan-Peer-18"),
            ("Pieter", "Wijns", "Ster-Druif-63"), ("Zeynep", "Arslan", "Wolk-Mango-25")]
    csvt = "klas;voornaam;naam;gebruikersnaam;startwachtwoord\r\n" + "".join(
        f"1D;{f};{l};{slug(f)}.{slug(l)};{pw}\r\n" for f, l, pw in rows)
    mail("accounts-1d-csv", "jobst", ["tit1d"], "nieuwe leerlingen 1D - accounts",
         """Dag mevrouw Jorissen,

In bijlage de accounts (Smartschool + Microsoft) van de vier leerlingen die na de herfstvakantie in 1D gestart
zijn. Wil je ze tijdens het klasuur uitdelen? Ze moeten bij de eerste keer inloggen een nieuw wachtwoord kiezen.

Groetjes,
Jonas
ICT-jobstudent
""", fmt="qp", attach=[("accounts_1D_nieuw.csv", "text/csv", csvt)], date=D("2024-11-07 13:20"),
         rules=["password"], about=[pid(f, l) for f, l, _ in rows],
         note="student worker sends a .csv of four pupils' accounts with start passwords to the class teacher",
         kinds=["attach-csv"])

    p16 = """Dag Els,

De zorgtelefoon (intern toestel 215) heeft nu een eigen voicemail. Om berichten te beluisteren: toestel 215,
toets *86, pincode 4090. Graag de pincode niet verder verspreiden dan het zorgteam.

Wouter"""
    mail("fw-voicemail-zorg", "zorg", ["lb1", "lb2", "lb3", "lb4"], "Fwd: voicemail zorgtelefoon",
         f"""Collega's, zie hieronder, zodat jullie ook de berichten kunnen afluisteren als ik er niet ben.

Els

---------- Doorgestuurd bericht ----------
Van: Wouter Lemmens <wouter.lemmens@{S}>
Datum: {nlday("2024-09-16 15:30")}
Onderwerp: voicemail zorgtelefoon
Aan: Els Vermeulen <els.vermeulen@{S}>

{p16}
""", fmt="qp", date=D("2024-09-17 08:20"), rules=["password"], about=[],
         note="care coordinator forwards to the counsellors the mail with the voicemail PIN of the care phone",
         kinds=["fwd-inline"])

    inner17 = dict(
        **{"from": ("KeyLock Support", "support@keylock-systems.example.com")}, to=[f"wouter.lemmens@{S}"],
        subject="Your KeyLock Manager administrator account", date=D("2024-08-26 11:00"),
        mid="<kl.8812.admin@keylock-systems.example.com>",
        body="""Dear Mr Lemmens,

Your school's locker management portal has been activated.

Portal: manager.keylock-systems.example.com
Administrator: spc-admin
Temporary password: Kluis-2025-Temp

Please change the temporary password after your first login. With this account you can reset individual locker
codes and export the locker assignments.

Kind regards,
KeyLock Systems support""")
    mail("fw-keylock-admin", "ict", ["tech"], "FW: Your KeyLock Manager administrator account",
         """Samir, voor de kluisjes: zie bijlage. Ik heb het wachtwoord nog niet gewijzigd, doe jij dat bij het eerste
inloggen en zet het nieuwe in de kluis (KeePass)?
W.
""", fmt="plain", fwdatt=inner17, date=D("2024-08-27 09:00"), rules=["password"], about=[],
         note="ICT forwards, as attachment, the supplier mail with the locker portal admin login",
         kinds=["fwd-attached"])

    mail("aula-projector-en", "tech", ["support@av-dijleland.example.be"], "Aula projector - remote access",
         """Hi Tom,

Thanks for looking into the flickering projector in our auditorium. For the remote session tomorrow:

Controller web interface: 10.20.3.15
User: admin
Password: Aula2019!

The projector itself is an Epson EB-L1505U, ceiling mounted. Please let me know when you are done so I can
change the password again.

Best,
Samir El Amrani
ICT - Sint-Pieterscollege
""", fmt="plain", date=D("2025-03-05 16:40"), rules=["password"], about=[],
         note="technician gives an external AV contractor the projector controller login, in English",
         lang="en", kinds=[])

    mail("wifi-echange-lille", "fra", ["m.bertrand@lycee-faidherbe.example.fr"], "Votre visite à Leuven",
         """Chère Marion,

Tout est prêt pour votre visite de mardi! Quelques informations pratiques:

- arrivée du car: devant l'entrée principale, Sint-Jacobsplein, vers 9h30
- accueil dans la salle des fêtes, avec café et croissants
- pour le wifi de vos élèves: réseau SPC-Gast, mot de passe Erasmus2025! (valable jusqu'à vendredi)
- repas de midi à la cantine, menu sans porc prévu

À mardi,
Griet Van Damme
""", fmt="qp", date=D("2025-03-28 11:18"), rules=["password"], about=[],
         note="French teacher gives a visiting French school the guest Wi-Fi password", lang="fr", kinds=[])

    mail("laptop-bart-accounts", "ict", ["lb4"], "je laptop is terug",
         """Dag Bart,

Je laptop is opnieuw geïnstalleerd en ligt klaar in B004. Hieronder wat je nodig hebt:

| Wat | Gebruiker | Code / wachtwoord |
| Smartschool | bart.willems | ongewijzigd |
| lokale beheerder laptop | spc-local | Lkl!9021 |
| printer zorglokaal | - | 7720 |
| deur zorglokaal (klavier) | - | 1405# |

Het lokale beheerdersaccount heb je enkel nodig om de voorleessoftware te updaten. Zet dit aub niet in een
notitie op je bureaublad.

Wouter
""", fmt="alt", date=D("2025-01-14 15:30"), rules=["password"], about=[],
         note="ICT gives a counsellor a table with local admin password, printer code and door code",
         kinds=["table"])

    mail("google-account-labo", "bio", ["fys"], "google account labo 5",
         f"""Mehmet,

Voor de Google Classroom van de labo's in het vijfde: we gebruiken het gedeelde account zodat we allebei de
verslagen kunnen verbeteren.

labo5@{SS}
Fotosynthese5!

Kan jij de opdracht van de titratie erin zetten? Ik doe de microscopie.

Hanne
""", fmt="html", date=D("2024-09-24 20:15"), rules=["password"], about=[],
         note="biology teacher shares the login of a shared Google Workspace account", kinds=[])

    mail("canva-vakgroep", "eng", [f"vakgroep-talen@{SS}"], "Canva Pro voor de vakgroep",
         """Hi all,

Goed nieuws: de ouderraad heeft een jaarabonnement Canva Pro voor de vakgroep talen betaald. We delen één
account (het kan met max. 5 tegelijk). Log in met:

e-mail: talen.canva@sintpieterscollege.be
wachtwoord: Talen2025!Canva

Maak aub een eigen map aan per vak, en verwijder niets van een ander.

Laura
""", fmt="qp", date=D("2024-10-03 19:45"), rules=["password", "bcc"], about=[],
         note="teacher mails the subject group (group address in To) a shared Canva login", kinds=[])

    mail("studio-code-ruben", "muz", [pupil_addr("Ruben", "Lauwers")], "Re: studio woensdag",
         f"""Ruben, ik ben woensdag pas om 14u op school. Jullie mogen al binnen in de muziekstudio: code van de deur
is 1958 en dan het sterretje. Laat niemand anders binnen en trek de deur achter jullie dicht.
Meneer Aerts

Op {nlday("2025-04-29 19:48")} schreef Ruben Lauwers <{pupil_addr("Ruben", "Lauwers")}>:
> Meneer, mogen we woensdag om 13u al beginnen met repeteren voor het schoolfeest? De anderen kunnen dan ook.
""", fmt="plain", date=D("2025-04-29 21:05"), rules=["password"], about=[pid("Ruben", "Lauwers")],
         note="music teacher gives a pupil the door code of the music studio", kinds=["reply"])

    mail("serverlokaal-klavier", "ict", ["jobst"], "serverlokaal",
         """Jonas,

Je badge werkt niet meer op de deur van het serverlokaal (de lezer is stuk, de technieker van ’t alarmbedrijf komt donderdag).
Gebruik tot dan het klavier: 9026 en dan #. Deur achter je dichttrekken, de koeling moet dicht blijven.

W.
""", fmt="cp1252", date=D("2024-11-19 08:30"), rules=["password"], about=[],
         note="ICT coordinator gives the student worker the server room keypad code", kinds=[])

    p25q = """Tom, ik kan niet meer in de gedeelde mailbox zorg@ sinds mijn nieuwe laptop. Weet jij het wachtwoord?
Lien"""
    mail("re-mailbox-zorg", "lb1", ["lb3"], "Re: mailbox zorg",
         f"""Het is nog altijd Zorg!Team2025 (met hoofdletters). Wouter gaat het volgende week vervangen door een
gedeelde postbus zonder wachtwoord, dan hoeft dit niet meer.

T.

Op {nlday("2025-02-11 12:05")} schreef Lien Jacobs <lien.jacobs@{S}>:
{q(p25q)}
""", fmt="qp", date=D("2025-02-11 12:20"), rules=["password"], about=[],
         note="counsellor replies with the password of the shared care mailbox", kinds=["reply"])

    mail("kluis-secretariaat", "dir", ["adj"], "kluis",
         """PJ,

Ik ben morgen de hele dag in Brussel. Mocht je de reservesleutels nodig hebben: de kluis op het secretariaat gaat
open met 12 - 36 - 04 (eerst twee keer volledig rechts rond). De cheques van de Romereis liggen er ook in.

K.
""", fmt="b64", date=D("2025-03-02 21:40"), rules=["password"], about=[],
         note="director gives the deputy the combination of the office safe", kinds=[])

    mail("kopieerapparaat-beheer", "secr2", ["tech"], "beheerder kopieermachine secretariaat",
         """Samir,

De firma van de kopieermachine is vanmorgen geweest. De technieker heeft het beheerderswachtwoord van de Canon
op het secretariaat veranderd naar Café€2025 (met accent en euroteken, hij vond dat grappig...).
Kan jij de scan-naar-mail nu opnieuw instellen? Dat lukt ons niet.

Alvast merci,
Ilse
""", fmt="cp1252", date=D("2024-12-10 11:05"), rules=["password"], about=[],
         note="secretary tells the technician the new admin password of the copier (Windows-1252)", kinds=[])

    mail("coaccount-mira", "lla1", parents("Mira", "Stroobants"), "Smartschool co-account",
         """Beste mevrouw Stroobants,

U vroeg om een nieuw co-account voor Smartschool, omdat u niet meer kon inloggen. Hierbij uw gegevens:

school: sintpieterscollege.smartschool.be
gebruikersnaam: mira.stroobants
kies bij het inloggen: co-account 1
eerste wachtwoord: Tulp-8823

Na het inloggen vraagt Smartschool om zelf een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
Fatima Bouzid
leerlingenadministratie
""", fmt="b64", date=D("2024-09-18 14:35"), rules=["password"], about=[pid("Mira", "Stroobants")],
         note="pupil office sends a parent the first password of her Smartschool co-account", kinds=[])

    mail("bookwidgets-lisa", "wis", ["interim"], "bookwidgets 2A",
         """Dag Lisa,

De oefeningen van hoofdstuk 5 voor 2A staan allemaal in mijn Bookwidgets. Tot mijn collega-account in orde is,
mag je gewoon mijn login gebruiken:

stijn.wuyts@sintpieterscollege.be
Pythagoras2025

Niets verwijderen aub, ik gebruik dezelfde widgets in 2C. :-)

Stijn
""", fmt="html64", date=D("2025-02-02 18:10"), rules=["password"], about=[],
         note="math teacher lends his Bookwidgets login to a substitute", kinds=[])

    mail("slagboom-avondschool", "janit1", ["cvo"], "slagboom binnenkoer",
         """Dag Charlotte,

Vanaf volgende week mogen jullie leerkrachten van het avondonderwijs na 18u op de binnenkoer parkeren. De
slagboom gaat open met het klavier links: 2580#. Voor 18u blijft de binnenkoer voor leveringen.

Groeten,
Dirk Vandevelde
""", fmt="plain", date=D("2024-09-30 13:00"), rules=["password"], about=[],
         note="janitor gives the evening-school coordinator the parking barrier code", kinds=[])

    mail("overdracht-jonas", "jobst", ["ict"], "overdracht voor de examens",
         """Hoi Wouter,

Omdat ik vanaf maandag in blok zit (examens), hieronder alles wat nog loopt:

- 12 Chromebooks van de kar in 1C moeten nog een update, staan in B004 aan de lader
- de beamer in B112 heeft een nieuwe lamp nodig, besteld bij Vanden Borre (leveringsbon op je bureau)
- het kleurenprofiel van de printer in C201 staat nog verkeerd
- back-up NAS: loopt elke nacht om 2u, check zeker vrijdag de log; NAS beheer: spcadmin / N4s-Centrum!
- wachtwoordresets van leerlingen: nog 3 openstaand in het ticketsysteem
- de stickers met inventarisnummers liggen in de bovenste lade

Ik ben terug op 10 februari.
Jonas
""", fmt="alt", date=D("2025-01-09 16:50"), rules=["password"], about=[],
         note="student worker's handover list with the NAS admin login as one bullet among many", kinds=[])

    mail("ouderraad-gmail", "secr1", ["ouderraad"], "gmail ouderraad",
         """Dag Veerle,

Zoals gevraagd op de vergadering: de nieuwe penningmeester kan inloggen op het gmail-adres van de ouderraad met

ouderraad.spc@gmail.com
Wafelenbak2025

Misschien best dat jullie het wachtwoord meteen veranderen nu de vorige voorzitter weg is.

Groeten,
Martine (secretariaat)
""", fmt="plain", date=D("2024-10-17 09:40"), rules=["password"], about=[],
         note="secretariat gives the parents' association chair the login of their shared mailbox", kinds=[])

    mail("alarm-sporthal-club", "janit2", ["secretaris@vc-heverlee.example.be"], "sporthal op zaterdag",
         """Beste,

Voor jullie jeugdtornooi van zaterdag 15 februari: jullie krijgen de sleutel van de zijingang vrijdag bij mij.
Het alarm van de sporthal staat aan; uitzetten met 3309 en de toets OFF, bij vertrek 3309 en ON.
De kleedkamers 3 en 4 zijn voor jullie, de rest blijft dicht.

Met sportieve groeten,
Marc Hermans
technische dienst Sint-Pieterscollege
""", fmt="qp", date=D("2025-02-12 14:25"), rules=["password"], about=[],
         note="janitor gives an external sports club the alarm code of the sports hall", kinds=[])

    mail("kluisje-thibault", "janit2", [pupil_addr("Thibault", "Vanderstraeten")], "kluisje 412",
         """Thibault,

Je oude kluisje was echt niet meer te herstellen. Je hebt nu nummer 412 (blok D, bovenste rij). De code is
3-1-7, die kan je zelf veranderen met het knopje binnenin.

Marc
""", fmt="plain", date=D("2025-03-13 10:20"), rules=["password"], about=[pid("Thibault", "Vanderstraeten")],
         note="janitor gives a pupil the combination of his new locker", kinds=[])

    mail("guest-account-krakow", "ict", ["a.kowalski@lo-krakow.example.pl"], "Your guest account in Leuven",
         """Dear Mr Kowalski,

Welcome to Sint-Pieterscollege! For your job-shadowing week we created a guest account, so you can use the
classroom computers and join our Teams channels:

username: gast.kowalski@spc.ksleuven.be
password: Krakow-Leuven-25

The account will be deleted on 21 March. If you have any problem, ask for me or for Samir in room B004.

See you on Monday!
Wouter Lemmens
ICT coordinator
""", fmt="alt", date=D("2025-03-12 17:55"), rules=["password"], about=[],
         note="ICT coordinator gives a visiting Polish teacher his guest account password, in English",
         lang="en", kinds=[])


# =========================================================================== LOOK-ALIKES (15)
def lookalike_mails():
    mail("sterk-wachtwoord", "ict", ["ict"], "Vanaf 1 oktober: nieuwe regels voor wachtwoorden en MFA",
         """Beste collega's,

Na de phishingaanval bij een school in Limburg vorige maand scherpen we de regels voor onze accounts aan.

1. Vanaf 1 oktober moet elk wachtwoord minstens 14 tekens lang zijn. Een zin of drie losse woorden met een cijfer
   ertussen is makkelijker te onthouden dan een kort, ingewikkeld wachtwoord.
2. Gebruik voor Smartschool en Microsoft 365 nooit hetzelfde wachtwoord als voor je privémail of webshops.
3. Tweestapsverificatie (Microsoft Authenticator) wordt verplicht voor iedereen. Wie nog geen app heeft
   ingesteld, krijgt bij de volgende aanmelding automatisch de vraag.
4. Geef je wachtwoord nooit aan iemand, ook niet aan de ICT-dienst. Wij vragen het nooit, niet per mail, niet
   per telefoon.
5. Noteer je wachtwoord niet op een post-it onder je toetsenbord (ja, we hebben er vorige week drie gevonden).

Lukt het niet? Kom langs in B004 tijdens de middagpauze.

Wouter Lemmens
ICT-coördinator
""", fmt="alt", bcc=[f"personeel@{S}"], date=D("2024-09-23 07:50"), rules=[], about=[],
         note="password policy for all staff: length, MFA, never share; no credential in it", kinds=[])

    mail("kopiecode-vragen", "secr1", [f"jeroen.baets@{SS}"], "Re: kopiëren",
         f"""Dag Jeroen,

Je kopieercode krijg je niet per mail; die vraag je persoonlijk aan het secretariaat (bij mij of bij Ilse), met je
personeelskaart. We zijn er elke dag vanaf 7u30.

Tot straks,
Martine

Op {nlday("2025-01-27 21:15")} schreef Jeroen Baets <jeroen.baets@{SS}>:
> Dag Martine, wat is de code van het kopieertoestel? Ik moet morgen om 8u25 kopies hebben voor 3A.
> Jeroen
""", fmt="plain", date=D("2025-01-28 08:12"), rules=[], about=[],
         note="secretary says the copier code is only given in person; no code in the mail", kinds=["reply"])

    mail("teams-overleg-clb", "zorg", ["clb1", "lb1", "lb2", "lb3", "lb4"], "FW: Overleg zorgteam - CLB (Teams)",
         f"""Ter info, de uitnodiging stond enkel in mijn agenda. Tot dinsdag!
Els

Van: Els Vermeulen <els.vermeulen@{S}>
Verzonden: {olday("2025-02-20 16:40")}
Aan: Hilde Maes <hilde.maes@clb-leuven.be>
Onderwerp: Overleg zorgteam - CLB (Teams)

Dag allemaal,

Het driemaandelijks overleg tussen het zorgteam en het CLB gaat deze keer online door, op dinsdag 4 maart van
14u tot 15u30.

Agenda:
1. evaluatie van de nieuwe aanmeldprocedure bij het CLB
2. planning van de leerlingenbesprekingen in het tweede semester
3. vorming rond schoolweigering voor het lerarenkorps (datum?)

Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of kamerapparaat
Vergadering-ID: 341 876 229 045
Wachtwoordcode: kT7pQ2

Groeten,
Els
""", fmt="alt", date=D("2025-02-21 10:00"), rules=[], about=[],
         note="meeting passcode: forwarded Teams invitation for a general care-team/CLB meeting", kinds=["fwd-inline"])

    mail("zoom-infoavond-studiekeuze", "dir", ["undisclosed-recipients:;"], "Online infoavond studiekeuze 6de jaar",
         """Geachte ouders van de leerlingen van het zesde jaar,

Op woensdag 12 februari om 19u30 organiseren we samen met het CLB een online infoavond over de keuze voor
hoger onderwijs. Uw zoon of dochter is ook van harte welkom.

Deelnemen via Zoom:
Meeting-ID: 861 2045 7730
Toegangscode: 651203

Er is de mogelijkheid om via de chat vragen te stellen. Vragen over uw eigen kind beantwoorden we liever in een
persoonlijk gesprek achteraf.

Met vriendelijke groeten,
Katrien Vandenbroucke
directeur
""", fmt="html", bcc=[f"ouders-6@{S}"], date=D("2025-02-03 12:00"), rules=[], about=[],
         note="meeting passcode: Zoom info evening for all sixth-year parents, group in Bcc", kinds=[])

    mail("sjabloon-accountbrief", "ict", ["lla1", "lla2"], "sjabloon brief nieuwe leerlingen",
         """Dag Fatima en Greet,

Hieronder het nieuwe sjabloon voor de brief met accounts van nieuwe leerlingen. De velden tussen haakjes vult de
mailmerge zelf in vanuit Smartschool; het wachtwoord wordt NIET afgedrukt maar komt via een apart briefje dat de
titularis afgeeft.

---
Beste [voornaam leerling],

Welkom op het Sint-Pieterscollege! Met deze gegevens kan je inloggen op Smartschool en Microsoft 365:

Gebruikersnaam: [voornaam.naam]
Wachtwoord: ********  (zie het briefje van je titularis)

Bij je eerste aanmelding kies je zelf een nieuw wachtwoord van minstens 14 tekens.
---

Kunnen jullie het nalezen op taalfouten?
Wouter
""", fmt="plain", date=D("2024-08-28 11:30"), rules=[], about=[],
         note="template for account letters with placeholders only, no real password", kinds=[])

    mail("bestelling-uitgeverij", "secr2", ["scholen@uitgeverij-pelckmans.example.be"], "bestelling handboeken 2de graad",
         """Beste,

Graag bestellen wij bijkomend voor campus Centrum (klantnummer 210447):

| Artikel | ISBN | Aantal |
| Nouveau Pluriel 3 - leerwerkboek | 978-90-289-9941-2 | 6 |
| Wiskunde Vectoren 4 - theorieboek | 978-94-641-1287-0 | 4 |
| Historia 3 - bronnenboek | 978-90-301-7733-5 | 5 |

Onze referentie: bestelbon BB-2024-0915. Levering graag aan het secretariaat, Sint-Jacobsplein 12, 3000 Leuven.

Met vriendelijke groeten,
Ilse Wouters
secretariaat
""", fmt="qp", date=D("2024-09-16 10:40"), rules=[], about=[],
         note="book order with customer, article and ISBN numbers; nothing personal or secret", kinds=["table"])

    mail("lokalen-kluisjes-verhuis", "janit2", ["tit1d", "tit1b"], "verhuis kluisjes en lokalen",
         """Marieke, Evelien,

Tijdens de krokusvakantie verhuizen we de kluisjes – eindelijk:
1D krijgt de kluisjes 301 tot 340 in blok C (gang naast C105), 1B krijgt 341 tot 380.
Lokaal B214 wordt tijdelijk opslag, de lessen van 1D gaan daar naar C108.

De leerlingen houden hun huidige code; enkel het nummer verandert. Ik hang op elke deur een lijstje met nummers.

Marc
""", fmt="cp1252", date=D("2025-02-24 07:35"), rules=[], about=[],
         note="locker and room numbers for a move; codes explicitly unchanged and not given", kinds=[])

    mail("interne-nummers", "secr1", [f"jeroen.baets@{SS}"], "interne telefoonnummers",
         """Jeroen,

Nog even de interne nummers die je het meest nodig zal hebben (vanaf elk vast toestel):

secretariaat 201
leerlingenadministratie 204
zorg / leerlingenbegeleiding 215
verpleegpost 222
ICT 217
conciërge 230

Van buitenaf bel je het algemene nummer en vraag je naar het toestel.

Martine
""", fmt="plain", date=D("2025-01-29 08:40"), rules=[], about=[],
         note="list of internal phone extensions only, no full phone numbers or codes", kinds=[])

    mail("examencodes-juni", "adj", ["adj"], "examens juni - vakcodes en lokalen",
         """Beste collega's,

Om verwarring bij het kopiëren en verzamelen van de examens te vermijden, gebruiken we in juni deze codes op de
voorkant van elke examenbundel:

vakcode - jaar - examen - reeks, bv. WIS-5-E1-A (wiskunde vijfde jaar, eerste examen, reeks A)
Nederlands = NED, Frans = FRA, Engels = ENG, Latijn = LAT, fysica = FYS, geschiedenis = GES

De bundels met de code op de voorkant leg je ten laatste vrijdag 30 mei in het bakje van je vakgroep op het
secretariaat. Examens voor leerlingen met spreiding krijgen een S achter de reeks (bv. FRA-4-E2-AS).

Dank jullie wel,
Pieter-Jan
""", fmt="b64", bcc=[f"personeel@{S}"], date=D("2025-05-14 15:00"), rules=[], about=[],
         note="exam and course codes for copying exams; codes are labels, not secrets", kinds=[])

    mail("bussen-schoolreis", "secr2", ["bus"], "bussen sportdag 27 september",
         """Beste,

Hierbij bevestigen wij de bussen voor onze sportdag van vrijdag 27 september:

- 3 bussen van 60 plaatsen, vertrek 8u15 aan de hoofdingang (Sint-Jacobsplein)
- bestemming: Sport Vlaanderen Hofstade, terugrit om 15u30
- uw offerte nr. 2024-0318, onze bestelbon BB-2024-0921

Leerlingen die met de lijnbus naar huis willen, stappen uit aan het station (lijnen 2, 3 en 600).

Met vriendelijke groeten,
Ilse Wouters
secretariaat
""", fmt="plain", date=D("2024-09-10 09:30"), rules=[], about=[],
         note="bus booking with offer/order numbers and bus lines", kinds=[])

    mail("wachtwoord-vergeten-leerlingen", "ict", ["ict"], "Wachtwoord vergeten? Zo los je het zelf op",
         """Dag iedereen,

Elke week komen er tientallen leerlingen naar B004 omdat ze hun wachtwoord vergeten zijn. Dat kan je meestal
zelf oplossen:

Smartschool: klik op het aanmeldscherm op "Wachtwoord vergeten?". Je krijgt een mail op het e-mailadres van je
ouders of op je eigen adres, als je dat ingesteld hebt.
Microsoft 365: klik op "Wachtwoord vergeten" en volg de stappen met je Authenticator-app.

Lukt het toch niet? Vraag het aan je titularis, die maakt een ticket aan. Geef je wachtwoord nooit aan een
vriend, ook niet "even".

Het ICT-team
""", fmt="html", bcc=[f"leerlingen@{S}"], date=D("2024-10-08 12:10"), rules=[], about=[],
         note="instructions to all pupils for resetting a forgotten password; no value given", kinds=[])

    mail("phishing-waarschuwing", "ict", ["ict"], "Opgelet: valse mail \"uw wachtwoord verloopt\"",
         """Beste collega's,

Vanmorgen kregen verschillende collega's een mail die eruitziet als een bericht van Microsoft:

  "Uw wachtwoord voor Office 365 verloopt vandaag. Klik op de knop hieronder om uw huidige wachtwoord te
   behouden en voer uw gebruikersnaam en wachtwoord in."

Dit is phishing. Microsoft en de ICT-dienst vragen nooit om je wachtwoord per mail in te geven. Heb je toch op
de knop geklikt en iets ingevuld? Wijzig dan meteen je wachtwoord en verwittig ons, dan blokkeren we de
sessies.

Verwijder de mail en klik op "Rapporteren" in Outlook.

Wouter & Samir
""", fmt="alt", bcc=[f"personeel@{S}"], date=D("2025-01-20 09:05"), rules=[], about=[],
         note="phishing warning quoting a fake password mail; no credential in it", kinds=[])

    mail("kluisjes-codes-smartschool", "secr1", ["secr1"], "Kluisjes: hoe krijgt uw kind zijn code?",
         """Beste ouders,

Uw zoon of dochter heeft dit schooljaar een kluisje gehuurd. Enkele afspraken:

1. De code van het kluisje wordt in de eerste schoolweek via een persoonlijk bericht in Smartschool aan uw kind
   bezorgd. Wij geven codes nooit per mail of telefoon door.
2. Uw kind kan de code zelf wijzigen; noteer die niet op de binnenkant van de agenda.
3. Code vergeten? Uw kind komt met de leerlingenkaart naar het onthaal, daar wordt het kluisje geopend.
4. De huur (15 euro) staat op de eerste schoolrekening.

Met vriendelijke groeten,
het secretariaat
""", fmt="qp", bcc=[f"ouders@{S}"], date=D("2024-09-02 16:00"), rules=[], about=[],
         note="letter to all parents on how locker codes are handed out; no code in it", kinds=[])

    mail("wifi-leerlingen-uitleg", "tech", ["tech"], "wifi op school",
         """Hallo iedereen,

Vanaf maandag werkt het nieuwe wifinetwerk voor leerlingen: SPC-Leerling.
Aanmelden doe je met je gewone Smartschool-gebruikersnaam en je eigen wachtwoord, er is geen aparte sleutel.
Op je gsm kies je bij "certificaat" de optie "niet valideren" of "systeemcertificaten gebruiken".

Het netwerk SPC-Gast is enkel voor bezoekers en staat voor leerlingen geblokkeerd.

Samir (ICT)
""", fmt="plain", bcc=[f"leerlingen@{S}"], date=D("2024-09-06 11:00"), rules=[], about=[],
         note="Wi-Fi instructions for pupils: log in with own account, no key given", kinds=[])

    mail("alarmprocedure-personeel", "dir", ["dir"], "afspraken alarm en afsluiten",
         """Beste collega's,

Na twee keer vals alarm deze maand herhalen we de afspraken:

- Wie na 18u als laatste een blok verlaat, zet het alarm van dat blok aan.
- De alarmcode staat bewust NIET in deze mail. Wie ze nodig heeft, vraagt ze persoonlijk aan Dirk of Marc.
- Gaat het alarm toch af, bel dan meteen de alarmcentrale met het nummer op de sticker naast het paneel en
  geef het wachtwoord voor de centrale mondeling (Dirk legt het je uit).
- Op zaterdag en zondag is het gebouw dicht, ook voor personeel, behalve na afspraak.

Dank voor jullie medewerking!
Katrien
""", fmt="alt", bcc=[f"personeel@{S}"], date=D("2024-11-29 13:40"), rules=[], about=[],
         note="alarm procedure for staff saying the code is given in person; no code in it", kinds=[])


# =========================================================================== MISDIRECTED (10)
def misdirected_mails():
    mail("noa-complimentje", "tit2a", parents("Noah", "Janssens"), "Complimentje voor Noa",
         """Beste ouders van Noa,

Even een positief berichtje tussendoor: Noa heeft deze week in de klas spontaan een nieuwe leerling opgevangen
en haar de hele school laten zien. Ook haar taak aardrijkskunde was een van de mooiste van de klas.

Fijn weekend!
Hilde Schepers
titularis 2A
""", fmt="plain", date=D("2024-10-18 15:45"), rules=[], about=[pid("Noa", "Jansen")], misdirected=True,
         note="praise about Noa Jansen (2A) sent to the father of Noah Janssens (3B) by autocomplete",
         kinds=[])

    mail("jade-inhaal-frans", "fra", parents("Jade", "Peters"), "Inhaaltoets Frans Jade",
         """Beste mevrouw,

Jade was afwezig bij de toets Frans (passé composé) van dinsdag. Ze kan die inhalen op woensdag 26 februari om
12u40 in lokaal B201. Wil u haar eraan herinneren?

Met vriendelijke groeten,
Griet Van Damme
leerkracht Frans 4C
""", fmt="qp", date=D("2025-02-19 17:30"), rules=[], about=[pid("Jade", "Peeters")], misdirected=True,
         note="retake date for Jade Peeters (4C) sent to the mother of Jade Peters (1D)", kinds=[])

    mail("mathis-zorgoverleg", "zorg", parents("Mathis", "Lemaire"), "Uitnodiging zorgoverleg Mathis",
         """Beste mevrouw Lenaerts,

Graag nodig ik u uit voor een zorgoverleg over Mathis op maandag 17 maart om 16u in het zorglokaal (A015).

We willen samen met u, de titularis en de CLB-medewerker bekijken hoe de ondersteuning sinds januari loopt. Zoals
u weet krijgt Mathis sinds het onderzoek van het CLB extra begeleiding bij het plannen en bij wiskunde, en we
willen het handelingsplan bijsturen voor het derde trimester.

Kan u laten weten of het past?

Met vriendelijke groeten,
Els Vermeulen
zorgcoördinator
""", fmt="alt", date=D("2025-03-06 13:10"), rules=["sensitive"], cats=["care"],
         about=[pid("Mathis", "Lenaerts")], misdirected=True,
         note="care meeting invitation about Mathis Lenaerts sent to the parent of classmate Mathis Lemaire", kinds=[])

    mail("aya-herinnering", "boekh", parents("Aya", "El Khatib"), "Derde herinnering schoolrekening Aya",
         """Geachte ouders,

Ondanks onze vorige herinneringen staat de schoolrekening van Aya (3C) van het eerste en tweede trimester nog
altijd open: in totaal € 312,40.

We weten dat u in december aangaf dat het OCMW een deel zou betalen, maar wij ontvingen tot nu toe niets. Wilt u
contact met mij opnemen om een afbetalingsplan af te spreken? Zonder reactie zijn we genoodzaakt het dossier
over te maken aan ons incassobureau.

Met vriendelijke groeten,
Nele Geerts
boekhouding
""", fmt="cp1252", date=D("2025-03-21 10:45"), rules=["sensitive"], cats=["financial"],
         about=[pid("Aya", "El Khattabi")], misdirected=True,
         note="third unpaid-bill reminder for Aya El Khattabi (3C) sent to the parents of Aya El Khatib (4A)", kinds=[])

    mail("tibo-wespensteek", "nurse", parents("Tibo", "Verlinde"), "Tibo - reactie na wespensteek",
         """Beste mevrouw,

Ik wil u even laten weten dat Tibo deze middag op de speelplaats door een wesp gestoken is in zijn hand. Zijn
hand en onderarm zijn fel opgezwollen en hij kreeg rode vlekken in zijn hals. Ik heb hem een antihistaminicum
gegeven (met uw toestemming van de medische fiche) en na een uur was het beter.

Omdat hij zo sterk reageerde, raad ik aan om dit met de huisarts te bespreken; misschien is een allergietest
nodig.

Vriendelijke groeten,
Sofie Verbeke
schoolverpleegkundige
""", fmt="plain", date=D("2024-09-19 14:30"), rules=["sensitive"], cats=["medical"],
         about=[pid("Tibo", "Verlinden")], misdirected=True,
         note="nurse's note about Tibo Verlinden's (1C) allergic reaction sent to the parent of Tibo Verlinde (6A)",
         kinds=[])

    mail("julie-strookje", "tit5c", parents("Julie", "Dox"), "strookje Ieper",
         """Beste ouders,

Voor de uitstap naar Ieper op 8 november hebben we het strookje van Julie nog niet terug. Mag het morgen mee?

Groeten,
Filip Baert
""", fmt="b64", date=D("2024-10-29 16:05"), rules=[], about=[pid("Julie", "Dockx")], misdirected=True,
         note="excursion slip reminder for Julie Dockx (5B) sent to the parent of Julie Dox (2D)", kinds=[])

    mail("siebe-opvolging", "lb2", parents("Siebe", "Raemaekers"), "Siebe - opvolging",
         """Beste mevrouw Raes,

Zoals beloofd laat ik u weten hoe het verder gaat na wat Siebe vorige week overkwam.

De twee jongens die hem in de toiletten hebben vastgehouden en geslagen, zijn door de directie gesanctioneerd en
hun ouders zijn ingelicht. Siebe zelf zegt dat hij zich nog niet veilig voelt op de speelplaats. Daarom mag hij
de komende weken tijdens de middagpauze in de bibliotheek zitten en komt hij elke vrijdag even bij mij langs.

Als u thuis merkt dat hij slecht slaapt of niet naar school wil, laat het me dan zeker weten.

Met vriendelijke groeten,
Nadia Azzouzi
leerlingenbegeleiding
""", fmt="qp", date=D("2025-04-28 17:10"), rules=["sensitive"], cats=["psychosocial"],
         about=[pid("Siebe", "Raes")], misdirected=True,
         note="bullying follow-up about Siebe Raes (4D) sent to the parent of classmate Siebe Raemaekers", kinds=[])

    mail("lowie-training", "sport", parents("Lowie", "Schmit"), "training judo verplaatst",
         """Beste ouders van Lowie,

De judotraining van de sportschool op donderdag verhuist vanaf volgende week van 15u30 naar 16u, in de dojo van
de Sportoase. Lowie neemt dus de bus van 15u40 in plaats van 15u10.

Sportieve groeten,
Yannick Dewulf
""", fmt="html", date=D("2024-11-05 12:20"), rules=[], about=[pid("Lowie", "Smet")], misdirected=True,
         note="sports-school training change for Lowie Smet (3A) sent to the parent of Lowie Schmit (1A)", kinds=[])

    mail("nora-advies-klassenraad", "lat", parents("Nora", "Hamdaoui"), "advies klassenraad Nora",
         """Beste ouders,

De klassenraad van Nora heeft gisteren de resultaten van het eerste semester besproken. Omdat Nora ondanks haar
inzet bij bijna alle wetenschappelijke vakken onvoldoende haalt en het CLB haar sinds november begeleidt bij
faalangst, adviseert de klassenraad om volgend schooljaar over te stappen naar een richting met minder
wetenschappen, bijvoorbeeld economie-moderne talen.

Dit is een advies, geen beslissing. We bespreken het graag met u en Nora op het oudercontact van 31 januari.

Met vriendelijke groeten,
Tine Desmet
titularis 5A
""", fmt="alt", date=D("2025-01-23 19:50"), rules=["sensitive"], cats=["care"],
         about=[pid("Nora", "Haddad")], misdirected=True,
         note="class-council advice with CLB follow-up about Nora Haddad sent to the parent of classmate Nora Hamdaoui",
         kinds=[])

    mail("kasper-verblijf", "secr1", parents("Kasper", "Geerts"), "Kasper - deze week",
         """Beste mevrouw Goris,

Ik wil u laten weten dat de papa van Kasper vanmorgen naar school belde. Hij zei dat Kasper deze week bij hem
blijft, omdat "de afspraken van de rechtbank niet meer kloppen", en dat hij hem ook zou ophalen na school.

Omdat u ons in september het vonnis over het verblijf hebt bezorgd waarin staat dat Kasper tijdens de schoolweken
bij u verblijft, heb ik hem gezegd dat we Kasper enkel meegeven volgens die regeling. Wil u mij vandaag nog
laten weten hoe we moeten handelen?

Vriendelijke groeten,
Martine Goossens
secretariaat
""", fmt="plain", date=D("2024-12-16 09:20"), rules=["sensitive"], cats=["family"],
         about=[pid("Kasper", "Goris")], misdirected=True,
         note="custody conflict about Kasper Goris sent to the mother of classmate Kasper Geerts", kinds=[])


# =========================================================================== GENERAL LETTERS (20)
def general_mails():
    mail("medicatie-op-school", "nurse", ["nurse"], "Medicatie op school: hoe gaat dat?",
         """Geachte ouders,

Regelmatig krijgen we de vraag of de school medicatie kan geven aan uw kind. Hieronder de afspraken die gelden
voor alle leerlingen van campus Centrum.

1. Leerkrachten en opvoeders geven geen medicatie op eigen initiatief, ook geen pijnstiller of hoestsiroop.
2. Moet uw kind tijdens de schooluren medicatie nemen (bv. een antibioticum over de middag), dan vult de
   behandelende arts het formulier "Medicatie op school" in. U vindt het op Smartschool onder Documenten.
3. De medicatie wordt in de originele verpakking, met de naam van uw kind erop, aan de verpleegpost bezorgd.
4. Bij chronische aandoeningen (bv. astma, diabetes, epilepsie) maken we graag samen met u en de arts een
   afsprakenplan op. Neem daarvoor contact op met de schoolverpleegkundige.
5. Wordt uw kind ziek op school, dan verwittigen we u. Houd uw telefoonnummer in Smartschool actueel.

Vragen? De verpleegpost is elke schooldag bereikbaar van 8u tot 16u op 016 29 44 22.

Met vriendelijke groeten,
Sofie Verbeke
schoolverpleegkundige
""", fmt="alt", bcc=[f"ouders@{S}"], date=D("2024-09-04 18:00"), rules=["personal_data"], about=[],
         note="medication procedure for all parents; only the school's phone number", kinds=[])

    mail("zorgbeleid-eerste-jaar", "zorg", ["zorg"], "Zorg op onze school - wie is wie?",
         """Beste ouders van onze eerstejaars,

Een nieuwe school is spannend. Misschien vraagt u zich af bij wie u of uw kind terechtkan als het even moeilijk
loopt, bv. bij leerproblemen, pesten, faalangst of een moeilijke thuissituatie.

De titularis is het eerste aanspreekpunt voor u en uw kind.
De leerlingenbegeleiders (één per graad) helpen bij persoonlijke vragen en volgen leerlingen op die extra zorg
nodig hebben.
De zorgcoördinator coördineert de maatregelen die een leerling nodig heeft, bv. extra tijd, aangepaste toetsen
of het gebruik van een laptop.
Het CLB (Centrum voor Leerlingenbegeleiding) werkt onafhankelijk van de school en is gratis. U kan er ook zelf
terecht, zonder dat de school het weet.

Informatie over uw kind delen we enkel met wie het nodig heeft, via ons beveiligd leerlingvolgsysteem en nooit
zonder uw medeweten.

Met vriendelijke groeten,
Els Vermeulen, zorgcoördinator
""", fmt="html64", bcc=[f"ouders-1@{S}"], date=D("2024-09-12 19:00"), rules=[], about=[],
         note="general description of the care team and CLB for all first-year parents", kinds=[])

    mail("afsprakennota-sportschool", "sport", ["sport"], "Afsprakennota sportschool 2024-2025",
         """Beste ouders, beste sporters,

Bij de start van het nieuwe schooljaar zetten we de belangrijkste afspraken van de sportschool op een rij.

1. Aanwezigheid
Trainingen zijn lesuren. Een afwezigheid op training wordt op dezelfde manier gewettigd als een afwezigheid in
de klas.

2. Blessures
Een geblesseerde leerling is aanwezig op de training en volgt een aangepast programma met de kinesist, tenzij
een arts iets anders vraagt.

3. Materiaal
Uw zoon of dochter brengt zijn of haar eigen sportmateriaal mee. Het trainingspak van de school is verplicht bij
wedstrijden.

4. Studie en sport
Wie op twee opeenvolgende rapporten voor meer dan twee vakken onvoldoende haalt, krijgt een studieplan en
traint tijdelijk minder.

5. Vervoer
De bus naar de externe trainingslocaties vertrekt aan de hoofdingang. Te laat = niet mee.

Sportieve groet,
Yannick Dewulf
coördinator sportschool
""", fmt="qp", bcc=[f"ouders-sportschool@{S}"], date=D("2024-09-03 17:30"), rules=[], about=[],
         note="sports-school rule book for all sports-school parents", kinds=[])

    mail("pestactieplan", "adj", ["adj"], "Samen tegen pesten",
         """Geachte ouders,

In de week tegen pesten willen we u graag vertellen hoe onze school met pesten omgaat.

Wat is pesten? Pesten is meer dan een ruzie. Het gebeurt herhaaldelijk, het is bewust kwetsend en er is een
machtsverschil. Bijvoorbeeld: iemand wordt steeds uitgesloten van de groepschat, wordt uitgelachen om
kledij of uiterlijk, of wordt fysiek bedreigd.

Wat doet de school?
- Elke melding wordt ernstig genomen en binnen de week besproken door de leerlingenbegeleiding.
- We werken met de No Blame-aanpak: we zoeken met een groep leerlingen naar oplossingen, zonder schuldigen aan
  te wijzen.
- Bij ernstige of herhaalde feiten volgen er sancties volgens het schoolreglement.

Wat kan u doen?
Merkt u dat uw kind niet graag meer naar school gaat, slecht slaapt of spullen "verliest"? Vraag ernaar en laat
het ons weten via de titularis of de leerlingenbegeleiding.

Met vriendelijke groeten,
Pieter-Jan Claes
adjunct-directeur
""", fmt="alt", bcc=[f"ouders@{S}"], date=D("2025-02-17 16:00"), rules=[], about=[],
         note="general bullying policy letter to all parents with examples, no individual case", kinds=[])

    mail("privacyverklaring-foto", "dir", ["undisclosed-recipients:;"], "Privacy en beeldmateriaal",
         """Beste ouders,

Elk schooljaar vragen we uw toestemming voor het gebruik van foto's en video's van uw kind. U kan uw keuze tot
1 oktober aanpassen in Smartschool (menu Formulieren > Toestemming beeldmateriaal).

Welke gegevens verwerkt de school?
- identificatiegegevens van leerlingen en ouders (naam, adres, contactgegevens)
- schoolloopbaan en studieresultaten
- gegevens die nodig zijn voor de begeleiding, bv. over gezondheid of de gezinssituatie, enkel als dat nodig is
  en met de nodige discretie
- financiële gegevens voor de schoolrekening

Deze gegevens worden bewaard in Smartschool en in Informat en worden niet doorgegeven aan derden, behalve aan het
CLB en de overheid waar de wet dat vraagt.

Vragen of een klacht? Contacteer onze functionaris voor gegevensbescherming via privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
Katrien Vandenbroucke
""", fmt="qp", bcc=[f"ouders@{S}"], date=D("2024-09-09 19:30"), rules=[], about=[],
         note="privacy statement listing categories of data in general, to all parents", kinds=[])

    mail("schoolrekening-t1", "boekh", ["boekh"], "Schoolrekening eerste trimester",
         """Beste ouders,

De schoolrekening van het eerste trimester staat vanaf vandaag in Smartschool (module Schoolrekening). U vindt er
het detail per kind: handboeken, werkboeken, uitstappen, maaltijden en kopieën.

Gelieve te betalen voor 15 november op rekening BE32 7340 1122 3302 van het Sint-Pieterscollege, met de
gestructureerde mededeling die op de rekening staat.

Heeft u meerdere kinderen op school? Dan krijgt u per kind een aparte rekening.

Ondervindt u moeilijkheden om de rekening te betalen? Aarzel niet om discreet contact op te nemen met de
boekhouding. Een gespreide betaling is altijd bespreekbaar en uw vraag wordt vertrouwelijk behandeld.

Met vriendelijke groeten,
Nele Geerts
boekhouding
""", fmt="b64", bcc=[f"ouders@{S}"], date=D("2024-10-21 08:00"), rules=["personal_data"], about=[],
         note="invoice letter to all parents with the school's IBAN; offers payment plans in general", kinds=[])

    nieuwsbrief = f"""<html><head><meta charset="utf-8"><title>Nieuwsbrief maart</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4">
<table width="640" align="center" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#7a1f2b;color:#ffffff"><h1 style="margin:0">De Pieterspost</h1>
<p style="margin:0">Nieuwsbrief Sint-Pieterscollege campus Centrum - maart 2025</p></td></tr>
<tr><td><h2>Opendeurdag</h2>
<p>Op zondag 27 april van 10u tot 16u zetten we onze deuren open. Leerlingen geven rondleidingen, het
muziekatelier speelt om 11u en 14u in de aula en de sportschool geeft demonstraties in de sporthal.
Vertel het zeker aan vrienden en buren met een kind in het zesde leerjaar!</p>
<h2>Nieuw: 3D-printlokaal</h2>
<p>Dankzij de steun van de ouderraad heeft ons makerslokaal er twee 3D-printers bij. Leerlingen van de STEM-lessen
ontwerpen er onder meer onderdelen voor hun robotarm.</p>
<h2>Inschrijvingen nieuwe leerlingen</h2>
<p>Broers en zussen van huidige leerlingen kunnen voorrang krijgen. Meer info op onze website of via het
secretariaat: {TEL}.</p>
<h2>Agenda</h2>
<ul><li>31/3 - pedagogische studiedag, geen les</li><li>5/4 tot 21/4 - paasvakantie</li>
<li>24/4 - infoavond studiekeuze 2de graad</li></ul>
<p style="color:#777;font-size:12px">U ontvangt deze nieuwsbrief omdat u ouder bent van een leerling van onze
school. Uitschrijven kan via Smartschool.</p></td></tr></table></body></html>
"""
    mail("nieuwsbrief-maart", "secr1", ["undisclosed-recipients:;"], "De Pieterspost - maart",
         """(HTML-nieuwsbrief)""", fmt="html", html_=nieuwsbrief, bcc=[f"ouders@{S}"], date=D("2025-03-14 18:30"),
         rules=["personal_data"], about=[], note="HTML newsletter to all parents; school phone number", kinds=[])

    mail("examenreglement-juni", "adj", ["adj"], "Examens juni: de belangrijkste afspraken",
         """Beste leerlingen, beste ouders,

De examens beginnen op maandag 2 juni. Hieronder een samenvatting van het examenreglement. De volledige tekst
staat in het schoolreglement, deel III.

Wat als mijn kind ziek is tijdens de examens?
Bel voor 8u15 naar het secretariaat en bezorg een medisch attest. Inhaalexamens worden door de klassenraad
vastgelegd.

Mag een rekenmachine?
Enkel het toestel uit de boekenlijst, in examenmodus.

Wat met gsm en smartwatch?
Die liggen uitgeschakeld in de boekentas achteraan in het lokaal. Een gsm op de bank wordt beschouwd als
spieken.

Wat bij spieken of fraude?
De leerkracht noteert wat er gebeurde; de klassenraad beslist over de gevolgen, bv. een nul voor dat examen.

Mag mijn kind vroeger naar huis?
Ja, leerlingen van de tweede en derde graad mogen na het examen naar huis met toestemming van de ouders in
Smartschool.

Veel succes aan alle leerlingen!
Pieter-Jan Claes
""", fmt="alt", bcc=[f"leerlingen@{S}", f"ouders@{S}"], date=D("2025-05-19 17:00"), rules=[], about=[],
         note="exam rules FAQ to all pupils and parents", kinds=[])

    mail("ehbo-aed-personeel", "nurse", ["nurse"], "EHBO en AED: even opfrissen",
         """Dag collega's,

Nu de sportdagen eraan komen, even de afspraken bij een ongeval:

- Kleine wonden en bulten: EHBO-koffertjes hangen in elke gang en in de sporthal.
- Bij een ernstig ongeval of onwel worden: blijf bij de leerling, stuur een leerling naar de verpleegpost
  (toestel 222) en bel zelf 112 als je twijfelt.
- AED-toestellen: aan het onthaal, in de sporthal en in de gang van blok C.
- Noteer elk ongeval in het ongevallenregister en bezorg het aangifteformulier voor de verzekering aan het
  secretariaat.
- Geef geen medicatie, ook geen Dafalgan, zonder formulier.

Op woensdag 2 april is er een opfrissing reanimatie en AED voor wie wil (inschrijven via Smartschool).

Sofie
""", fmt="plain", bcc=[f"personeel@{S}"], date=D("2025-03-18 12:30"), rules=[], about=[],
         note="first aid and AED procedure for all staff", kinds=[])

    mail("aanmelden-clb-lvs", "zorg", ["zorg"], "Hoe meld je een zorg over een leerling?",
         """Beste collega's,

Nu de eerste rapporten eraan komen, een herinnering aan hoe we zorgen over leerlingen delen:

1. Noteer je vaststelling in het leerlingvolgsysteem in Smartschool, niet in een mail of een chatbericht. Zo
   kan enkel wie de leerling begeleidt het lezen.
2. Dringend (bv. een leerling vertelt over geweld thuis of over zelfdoding)? Blijf bij de leerling en haal
   iemand van de leerlingenbegeleiding. Beloof nooit geheimhouding.
3. Wil je het CLB inschakelen? Dat gebeurt altijd via de leerlingenbegeleiding, met medeweten van de ouders
   (behalve als dat de veiligheid van de leerling in gevaar brengt).
4. Klassenraden: verslagen komen in het LVS. Stuur geen lijsten met namen en problemen rond.

Dank voor jullie zorg voor onze leerlingen.

Els Vermeulen
""", fmt="qp", bcc=[f"personeel@{S}"], date=D("2024-11-25 16:10"), rules=[], about=[],
         note="general procedure for staff on reporting concerns via the pupil tracking system", kinds=[])

    mail("schooltoeslag-info", "boekh", ["boekh"], "Heeft u recht op een schooltoeslag?",
         """Beste ouders,

Wist u dat heel wat gezinnen recht hebben op een schooltoeslag van het Groeipakket, en dat die vaak niet
aangevraagd wordt? De toeslag hangt af van het inkomen van het gezin en wordt meestal automatisch toegekend.

Wat kan u doen?
- Kijk na of u dit jaar een schooltoeslag ontving (meestal in september of oktober).
- Denkt u dat u er recht op hebt maar kreeg u niets? Neem contact op met uw uitbetaler van het Groeipakket.
- Voor de schoolrekening zelf kan u altijd een gespreide betaling vragen bij de boekhouding.

Let op: een schooltoeslag is enkel mogelijk als uw kind niet te veel halve dagen onwettig afwezig is.

Met vriendelijke groeten,
de boekhouding
""", fmt="plain", bcc=[f"ouders@{S}"], date=D("2024-10-01 18:45"), rules=[], about=[],
         note="general information on the school allowance to all parents", kinds=[])

    mail("luizen-1b", "nurse", ["nurse"], "Luizen in de klas van uw kind",
         """Beste ouders van 1B,

In de klas van uw kind werden deze week hoofdluizen vastgesteld. Dat heeft niets met hygiëne te maken en
komt op elke school voor.

Wat vragen we?
- Kam het haar van uw kind deze week elke dag met een luizenkam, bij voorkeur met conditioner.
- Vindt u luizen of neten, behandel dan met een product van de apotheek en herhaal na 7 dagen.
- Controleer ook de andere gezinsleden.
- Laat het discreet weten aan de schoolverpleegkundige, zo kunnen we opvolgen of het probleem verdwijnt.

Op maandag controleert het CLB alle leerlingen van de klas.

Met vriendelijke groeten,
Sofie Verbeke
""", fmt="cp1252", bcc=[f"ouders-1b@{S}"], date=D("2024-10-24 15:15"), rules=[], about=[],
         note="head-lice letter to all parents of one class, nobody identified", kinds=[])

    mail("discretie-herinnering", "dir", ["dir"], "Discretie: even herhalen",
         """Beste collega's,

De voorbije maanden kwamen er twee meldingen van een mogelijk datalek binnen: een lijst met punten die per
vergissing naar alle ouders van een klas werd gestuurd, en een laptop die in de trein bleef liggen.

Daarom herhalen we de afspraken uit ons communicatiebeleid:
- Stuur geen gevoelige informatie over leerlingen per mail (bv. over gezondheid, de gezinssituatie of
  begeleiding); gebruik het leerlingvolgsysteem.
- Zet groepsadressen en meerdere ouders altijd in BCC.
- Gebruik je schoolaccount, niet je privémail, voor alles wat met school te maken heeft.
- Vermoed je dat er iets misgelopen is? Meld het meteen aan privacy@lksd.ksleuven.be. Een melding is geen
  schuldbekentenis, ze helpt ons om snel te reageren.

Dank jullie wel!
Katrien
""", fmt="alt", bcc=[f"personeel@{S}"], date=D("2025-01-06 07:45"), rules=[], about=[],
         note="reminder of the communication policy to all staff, no individual facts", kinds=[])

    mail("sportmedisch-onderzoek", "sport", ["sport"], "Sportmedisch onderzoek sportschool",
         """Beste ouders,

Elke leerling van de sportschool moet jaarlijks een sportmedisch onderzoek ondergaan. Dit jaar gebeurt dat op
school, in samenwerking met de sportarts van de federatie.

Wanneer? Tussen 14 en 25 oktober, tijdens de trainingsuren. Het uurrooster per sport volgt via Smartschool.
Wat meebrengen? Het ingevulde vragenlijstje over de gezondheid van uw kind (in een gesloten envelop, enkel
voor de arts), sportkledij en eventuele brillen of steunzolen.
Wat gebeurt er? Meting van lengte en gewicht, een hartfilmpje (ECG), een controle van houding en gewrichten.

Enkel de arts ziet de resultaten. De school krijgt alleen te horen of uw kind mag trainen.

Sportieve groeten,
Yannick Dewulf
""", fmt="html64", bcc=[f"ouders-sportschool@{S}"], date=D("2024-09-26 19:15"), rules=[], about=[],
         note="general letter on the yearly sports medical check for all sports-school parents", kinds=[])

    mail("avondschool-parking", "adj", ["adj"], "Avondonderwijs en de binnenkoer",
         """Beste ouders,

Zoals u misschien weet deelt onze school het gebouw met het avondonderwijs voor volwassenen. Vanaf 1 oktober
gebruiken zij na 18u ook de binnenkoer als parking.

Wat betekent dat voor uw kind?
- Leerlingen die na 17u30 nog op school zijn (bv. voor de muziekstudio of de sportschool) gebruiken de ingang
  aan de Tiensestraat.
- Fietsen blijven in de fietsenstalling, niet op de binnenkoer.
- Wie ouders komt ophalen, parkeert aan de Tiensestraat en niet voor de poort.

Bedankt voor uw begrip,
Pieter-Jan Claes
""", fmt="qp", bcc=[f"ouders@{S}"], date=D("2024-09-24 17:00"), rules=[], about=[],
         note="general letter on the evening school sharing the building and parking", kinds=[])

    mail("allergieen-keuken", "chef", ["chef"], "allergieën bij uitstappen en recepties",
         """Dag collega's,

Bij uitstappen, klasfeestjes en recepties krijgen we vaak de vraag "mag iedereen dit eten?". Daarom:

- De keuken heeft een map met de allergenen van alle gerechten en broodjes. Vraag ernaar.
- Welke leerlingen een allergie of een dieet hebben, weet de verpleegkundige. Zij bezorgt de keuken en de
  begeleiders van een uitstap de nodige info, niet via een lijst per mail maar persoonlijk.
- Zelf taart of koekjes meebrengen voor de klas mag, maar vermeld wat erin zit.

Bedankt,
Rudi
keuken
""", fmt="plain", bcc=[f"personeel@{S}"], date=D("2024-11-06 11:20"), rules=[], about=[],
         note="kitchen's general allergen procedure for staff", kinds=[])

    mail("faq-afwezigheden", "lla1", ["lla1"], "Afwezig? Zo wettigt u de afwezigheid van uw kind",
         """Beste ouders,

Hieronder de antwoorden op de vragen die we het vaakst krijgen over afwezigheden.

1. Mijn kind is ziek. Wat moet ik doen?
Verwittig het secretariaat voor 8u30 via Smartschool (module Afwezigheden) of telefonisch.

2. Wanneer volstaat een briefje van de ouders?
Voor een ziekte van maximum drie opeenvolgende kalenderdagen, vier keer per schooljaar.

3. Wanneer is een doktersattest nodig?
Vanaf de vijfde keer, of bij een afwezigheid van meer dan drie dagen, en altijd tijdens de examens.

4. Mijn kind heeft een afspraak bij de tandarts of de orthodontist.
Plan die bij voorkeur buiten de lesuren. Als dat niet lukt, bezorg dan een attest van de afspraak.

5. Wat gebeurt er bij veel onwettige afwezigheden?
Vanaf vijf halve dagen nemen we contact met u op en betrekken we het CLB. Dat is een wettelijke verplichting.

Met vriendelijke groeten,
Fatima Bouzid
leerlingenadministratie
""", fmt="b64", bcc=[f"ouders@{S}"], date=D("2024-09-17 18:20"), rules=[], about=[],
         note="FAQ on absences for all parents", kinds=[])

    mail("ouderraad-invitation-fr", "secr1", ["secr1"], "Invitation: réunion de l'association des parents",
         """Chers parents,

L'association des parents (ouderraad) de notre école vous invite à sa première réunion de l'année, le mardi
8 octobre à 20h dans le réfectoire.

Au programme:
- présentation des membres et des projets (fête de l'école, soutien au voyage scolaire, vente de gaufres)
- questions des parents sur la vie à l'école
- élection d'un nouveau trésorier

La réunion se déroule en néerlandais, mais plusieurs membres parlent français et vous aideront volontiers.
Tous les parents sont les bienvenus, même pour une seule réunion.

Au plaisir de vous rencontrer,
le secrétariat, au nom de l'association des parents
""", fmt="qp", bcc=[f"ouders@{S}"], date=D("2024-09-25 19:00"), rules=[], about=[],
         note="French invitation from the parents' association to all parents", lang="fr", kinds=[])

    mail("exchange-parents-en", "eng", ["eng"], "Erasmus+ exchange Kraków - information for parents",
         """Dear parents,

Your son or daughter has been selected for our Erasmus+ exchange with our partner school in Kraków. Here is some
practical information.

Dates: 10 to 17 March (Leuven pupils in Kraków); 5 to 12 May (Polish pupils in Leuven).
Travel: by plane from Brussels Airport, accompanied by two teachers.
Host families: every pupil stays with a host family. Please tell us in the enclosed form about any allergies,
diet or other things the host family should know. This form is only read by the accompanying teachers.
Costs: the trip is largely funded by Erasmus+; the remaining 120 euro will be on the school bill.
Insurance: pupils are insured by the school; please bring the European health insurance card.

We are looking forward to a wonderful week!

Laura Dierckx and Ewa Kowalska
""", fmt="alt", bcc=[f"ouders-erasmus@{S}"], date=D("2025-01-22 20:00"), rules=[], about=[],
         note="general English letter to all exchange parents", lang="en", kinds=[])

    mail("week-mentaal-welzijn", "lb1", ["lb1"], "Week van het mentaal welzijn",
         """Beste collega's,

Van 10 tot 14 maart is het de week van het mentaal welzijn. Het leerlingenbegeleidingsteam organiseert:

- maandag: in elk eerste lesuur een klasgesprek van 10 minuten ("Hoe gaat het écht met jou?"), de vragen
  krijgen jullie vrijdag in jullie bakje
- woensdag: middagsessie "stress voor de examens" voor de derde graad in de aula
- hele week: de "praatbank" op de speelplaats, waar altijd iemand van ons zit tijdens de middagpauze

Merk je bij een leerling iets op tijdens het klasgesprek? Vraag niet door voor de hele klas, maar spreek de
leerling achteraf even aan en noteer het in het LVS.

Dank om mee te doen!
Tom, Nadia, Lien en Bart
""", fmt="html", bcc=[f"personeel@{S}"], date=D("2025-03-05 14:00"), rules=[], about=[],
         note="well-being week programme for all staff, no individual pupil", kinds=[])


# =========================================================================== output
FMTNAME = {"plain": ["plain"], "qp": ["qp"], "b64": ["base64"], "cp1252": ["cp1252-8bit"],
           "html": ["html-only", "qp"], "html64": ["html-only", "base64"], "alt": ["alt"]}

SCHOOL_DOMS = (S, SS, "lksd.ksleuven.be", LL)


def internal(a):
    d = a.split("@")[-1].lower()
    return d in SCHOOL_DOMS or d.endswith(".ksleuven.be") or d.endswith("." + S)


GROUP_RE = re.compile(r"^(ouders|leerlingen|personeel|klas-|klasteam-|leerkrachten-|vakgroep-)", re.I)

PHONE_RE = re.compile(r"(?<![\w/])(?:\+32\s?|0)(?:\d{1,3})[\s/.]?\d{2}[\s.]?\d{2}[\s.]?\d{2}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
DOB_RE = re.compile(r"°\s?\d{1,2}/\d{1,2}/\d{4}|\bborn \d{1,2} \w+ \d{4}|\bgeboren op\b")


def all_text(m):
    t = m["subject"] + "\n" + m["body"] + (m.get("html") or "")
    for a in m["attach"]:
        t += "\n" + (a[2] if isinstance(a[2], str) else "")
    if m["fwdatt"]:
        t += "\n" + m["fwdatt"]["body"]
    return t


def check(m):
    warn = []
    t = all_text(m)
    pd = bool(PHONE_RE.search(t) or IBAN_RE.search(t) or DOB_RE.search(t))
    if pd != ("personal_data" in m["rules"]):
        warn.append(f"personal_data mismatch (found={pd}): {PHONE_RE.findall(t)} {IBAN_RE.findall(t)}")
    vis = [addr(x)[1] for x in m["to"] + m["cc"]]
    ext = [a for a in vis if "@" in a and not internal(a)]
    grp = [a for a in vis if GROUP_RE.match(a)]
    bcc = len(ext) > 1 or bool(grp)
    if bcc != ("bcc" in m["rules"]):
        warn.append(f"bcc mismatch: ext={ext} grp={grp}")
    sender = m["mail_from"] or addr(m["from"])[1]
    if (not internal(sender)) != ("private_account" in m["rules"]):
        warn.append("private_account mismatch")
    if ("sensitive" in m["rules"]) != bool(m["cats"]):
        warn.append("categories mismatch")
    ids = {r["id"]: r for r in ROSTER}
    for a in m["about"]:
        if a not in ids:
            warn.append(f"unknown id {a}")
    parent_of = {}
    for r in ROSTER:
        for p in (r["p1"], r["p2"]):
            if p:
                parent_of.setdefault(p, set()).add(r["id"])
    rc = [addr(x)[1] for x in m["to"] + m["cc"] + m["bcc"]]
    par = [a for a in rc if a in parent_of]
    if par and m["about"]:
        own = any(set(m["about"]) & parent_of[a] for a in par)
        if m["misdirected"] and own:
            warn.append("misdirected but goes to own parent")
        if not m["misdirected"] and not own:
            warn.append("to a parent of another pupil but not marked misdirected")
    if m["misdirected"] and not par:
        warn.append("misdirected without parent recipient")
    return warn


def ylist(xs):
    return "[" + ", ".join(xs) + "]"


def main():
    for fn in (sensitive_mails, personal_mails, password_mails, lookalike_mails, misdirected_mails, general_mails):
        fn()
    order = list(range(len(MAILS)))
    random.Random(1313).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    problems = 0
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}-{m['slug']}.eml"
        msg = build(m, n)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
        data = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        for w in check(m):
            problems += 1
            print(f"WARN {name}: {w}")
        rcpt = [addr(x)[1] for x in m["to"] + m["cc"] + m["bcc"]]
        rcpt = [a for a in rcpt if "@" in a]
        seen = []
        for a in rcpt:
            if a not in seen:
                seen.append(a)
        fmt = list(FMTNAME[m["fmt"]])
        if m["attach"] or m["fwdatt"]:
            fmt = ["mixed"] + fmt
        fmt += m["kinds"]
        lines = [f"{name}:", f"  rules: {ylist(m['rules'])}"]
        if m["cats"]:
            lines.append(f"  categories: {{sensitive: {ylist(m['cats'])}}}")
        lines += [f"  mail_from: {m['mail_from'] or addr(m['from'])[1]}",
                  f"  rcpt: {ylist(seen)}",
                  f"  about: {ylist(m['about'])}",
                  f"  misdirected: {'true' if m['misdirected'] else 'false'}",
                  f"  note: {json.dumps(m['note'], ensure_ascii=False)}",
                  f"  lang: {m['lang']}",
                  f"  format: {ylist(fmt)}"]
        labels.append("\n".join(lines))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# batch13 - Sint-Pieterscollege campus Centrum, Leuven (blind labelled test mail)\n")
        fh.write("\n".join(labels) + "\n")
    write_roster()
    from collections import Counter
    rc, cc = Counter(), Counter()
    for m in MAILS:
        rc.update(m["rules"] or ["(clean)"])
        cc.update(m["cats"] or [])
    print(f"{len(MAILS)} mails, {len(ROSTER)} pupils, {problems} warnings")
    print("rules:", dict(rc))
    print("categories:", dict(cc))
    print("misdirected:", sum(m["misdirected"] for m in MAILS),
          "lang:", dict(Counter(m["lang"] for m in MAILS)),
          "fmt:", dict(Counter(m["fmt"] for m in MAILS)))


if __name__ == "__main__":
    main()
