#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make.py - batch12: blind labelled test mail of basisschool Sint-Pieter (Heverlee),
the primary campus of the group (kleuterschool + lagere school, voor- en naschoolse opvang).

Run:  python3 make.py
Writes NNN-slug.eml (CRLF), labels.yaml and roster.csv into this folder. Standard library only,
deterministic (fixed dates, boundaries and Message-IDs, seeded roster).
Everything here is invented: names, addresses, phone numbers, IBANs, codes and passwords.
"""
import datetime
import html as htmlmod
import os
import random
import re
import unicodedata
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP.clone(max_line_length=78)

SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")
FREEMAIL = ("gmail.com", "hotmail.com", "outlook.com", "outlook.be", "skynet.be", "telenet.be", "proximus.be",
            "live.be", "yahoo.com")
GROUP_LOCALS = ("ouders", "leerlingen", "personeel", "klas-", "vakgroep-", "ouders-", "team-", "leerkrachten")


# --------------------------------------------------------------------------------------------------
# staff and outside people (all invented)
# --------------------------------------------------------------------------------------------------
D = "sintpieterscollege.be"
S = "spc.ksleuven.be"


class P:
    def __init__(self, name, addr, role=""):
        self.name, self.addr, self.role = name, addr, role

    def __str__(self):
        return formataddr((self.name, self.addr)) if self.name else self.addr

    @property
    def first(self):
        return self.name.split()[0]


LUC = P("Luc Vanderstraeten", f"luc.vanderstraeten@{D}", "directeur")
LUC_S = P("Luc Vanderstraeten", f"lvds@{S}", "directeur")
DIRECTIE = P("Directie Sint-Pieter", f"directie@{D}")
MARLEEN = P("Marleen Govaerts", f"marleen.govaerts@{D}", "zorgcoördinator")
ELKE = P("Elke Raes", f"elke.raes@{D}", "zorgjuf")
NADIA = P("Nadia Boukhari", f"nadia.boukhari@{D}", "secretariaat")
SECR = P("Secretariaat Sint-Pieter", f"secretariaat@{D}")
INFO = P("Basisschool Sint-Pieter", f"info@{D}")
GREET = P("Greet Van Roey", f"greet.vanroey@{D}", "coördinator opvang")
OPVANG = P("Opvang Sint-Pieter", f"opvang@{D}")
DINA = P("Dina Moens", f"dina.moens@{D}", "opvang")
MARC = P("Marc Lemmens", f"marc.lemmens@{D}", "keuken")
KEUKEN = P("Keuken Sint-Pieter", f"keuken@{D}")
DRIES = P("Dries Bollen", f"dries.bollen@{D}", "LO")
NELE = P("Nele Claessens", f"nele.claessens@{D}", "kinderverzorgster")
# class teachers
ANN = P("Ann Luyten", f"ann.luyten@{D}", "K1A")
SARA = P("Sara De Wit", f"sara.dewit@{D}", "K1B")
LIEN = P("Lien Pauwels", f"lien.pauwels@{D}", "K2A")
ELINE = P("Eline Sels", f"eline.sels@{D}", "K2B")
KAROLIEN = P("Karolien Moons", f"karolien.moons@{D}", "K3A")
FATIMA = P("Fatima Zahraoui", f"fatima.zahraoui@{D}", "K3B")
LEEN = P("Leen Stroobants", f"leen.stroobants@{D}", "L1A")
JONAS = P("Jonas Vanhove", f"jonas.vanhove@{D}", "L1B")
MARIJKE = P("Marijke Droogmans", f"marijke.droogmans@{D}", "L2A")
INES = P("Ines Craeye", f"ines.craeye@{D}", "L2B")
TOM = P("Tom Huybrechts", f"tom.huybrechts@{D}", "L3A")
EVELIEN = P("Evelien Bogaerts", f"evelien.bogaerts@{D}", "L3B")
KATRIEN = P("Katrien Van Hees", f"katrien.vanhees@{D}", "L4A")
PIETER = P("Pieter Schoofs", f"pieter.schoofs@{D}", "L4B")
SOFIE = P("Sofie Dierickx", f"sofie.dierickx@{D}", "L5A")
WIM = P("Wim Roels", f"wim.roels@{D}", "L5B")
KOEN = P("Koen Van Look", f"koen.vanlook@{D}", "L6A")
HANNE = P("Hanne Verlinden", f"hanne.verlinden@{D}", "L6B")
# outside
CLB = P("Lotte Verstraete", "lotte.verstraete@clb-leuven.be", "CLB")
CLB_ARTS = P("dr. Mieke Vanderhoydonck", "mieke.vanderhoydonck@clb-leuven.be", "CLB-arts")
CLB_ONTHAAL = P("CLB Leuven onthaal", "onthaal@clb-leuven.be")
SAAR = P("Saar Depauw", "saar@logo-depauw.be", "logopedist")
OCMW = P("An Wyns", "an.wyns@leuven.be", "OCMW")
SPORT = P("Sportdienst Leuven", "sportdienst@leuven.be")
JENS = P("Jens Moreels", "jens.moreels@leuven.be", "sportdienst")
VERVOER = P("Leerlingenvervoer", "leerlingenvervoer@leuven.be")
TRAITEUR = P("Traiteur Lindemans", "bestellingen@traiteur-lindemans.be")
ALARM = P("SecurAlarm Service", "service@securalarm.be")
KOPIE = P("Kopieerhuis Leuven - techniek", "techniek@kopieerhuis-leuven.be")
EDUTECH = P("EduTech Partners support", "support@edutech-partners.be")
UITGEVERIJ = P("Uitgeverij Pluim klantendienst", "klantendienst@uitgeverij-pluim.be")
BUS = P("Planning Reizen Devos", "planning@reizendevos.be")

SCHOOL_TEL = "016 40 27 83"
OPVANG_GSM = "0471 58 22 09"
LUC_GSM = "0476 31 90 44"
SCHOOL_IBAN = "BE10 7330 4521 8804"
OPVANG_IBAN = "BE52 0682 4719 3009"
OR_IBAN = "BE83 3631 0588 2715"


# --------------------------------------------------------------------------------------------------
# roster (seeded, Smartschool-style export)
# --------------------------------------------------------------------------------------------------
CLASSES = (["K1A", "K1B", "K2A", "K2B", "K3A", "K3B"] +
           [f"L{y}{s}" for y in range(1, 7) for s in "AB"])
SIZES = {c: (15 if c.startswith("K") else 17) for c in CLASSES}
for _c in ("L1A", "L3B", "L5A", "L6B", "K3A", "L2B"):
    SIZES[_c] += 1

BOYS = ("Lars Wout Finn Jules Louis Vic Mats Tuur Stan Leon Arne Seppe Lowie Warre Kobe Ferre Rune Senne Bas Jef "
        "Matteo Lukas Milan Nand Staf Bent Mauro Cas Rik Thibo Wannes Gust Noah Liam Jasper Jarne Lander "
        "Ilyas Adam Rayan Youssef Hamza Amine Bilal Ayoub Zakaria Anas Emre Mert Kerem Yusuf Baran Efe "
        "Jakub Kacper Szymon Filip Antoni Exauce Divin Glodi Benjamin Jonathan Ayaan Omar Sem Jayden Mathis").split()
GIRLS = ("Lotte Noor Mila Ella Lena Nora Fien Marie Julie Lore Hanne Lina Zoe Sara Amber Febe Lise Jana Roos "
         "Oona Elise Nina Mirthe Lies Wies Ines Anna Leonie Juna Fleur Kato Merel Olivia Emma Lou "
         "Yasmine Amira Imane Salma Nour Aya Lina Hiba Malak Sofia Elif Zeynep Defne Ecrin Asya "
         "Zofia Oliwia Maja Hanna Lena Grace Merveille Chancelle Divine Esther Sasha Ayla Liv").split()
FLEM = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Vermeulen Verbruggen Lenaerts "
        "Hermans Stevens Aerts Smets Cools Michiels Vandeputte Dewinter Geerts Baeten Coppens Vanhoof "
        "Swinnen Nijs Bosmans Thys Vranckx Vandenberghe Verhaegen Daems Heylen Wuyts Celis Jansen "
        "Vervoort Leysen Hendrickx Vos Deprez Boeckx Van_Damme Van_den_Broeck De_Smet De_Cock Van_Aken").split()
MAROC = "El_Amrani Bouzid Benali El_Idrissi Ait_Lhaj Azzouzi Chakir El_Khattabi Haddouchi Ouali Tahiri".split()
TURK = "Yilmaz Demir Kaya Öztürk Çelik Aydin Sahin Arslan".split()
POLN = "Kowalski Nowak Lewandowski Wójcik Kamiński Zielinski".split()
CONGO = "Mbuyi Kabongo Lukusa Tshibanda Ilunga Nsimba Mukendi".split()
MOMS = "Sofie Katrien Evelien An Els Veerle Nathalie Inge Liesbeth Griet Tine Sarah Annelies Leen Karen Hilde Joke".split()
DADS = "Koen Bart Pieter Tom Jan Wim Kristof Dirk Steven Bram Geert Joris Frederik Nick Thomas Sven Jeroen".split()
MOMS_M = "Fatima Khadija Naima Samira Houda Nadia Latifa".split()
DADS_M = "Mohamed Rachid Karim Mustapha Abdel Said Hicham".split()
MOMS_T = "Ayse Fatma Emine Hatice Derya".split()
DADS_T = "Mehmet Ahmet Murat Hakan Serkan".split()
MOMS_P = "Agnieszka Katarzyna Monika Joanna Ewa".split()
DADS_P = "Piotr Tomasz Marek Pawel Krzysztof".split()
MOMS_C = "Clarisse Nathalie Francine Solange Annie".split()
DADS_C = "Jean-Pierre Patrick Serge Didier Christian".split()
BOYS_BY = {"M": "Ilyas Adam Rayan Youssef Hamza Amine Bilal Ayoub Zakaria Anas Omar".split(),
           "T": "Emre Mert Kerem Yusuf Baran Efe".split(),
           "P": "Jakub Kacper Szymon Filip Antoni".split(),
           "C": "Exauce Divin Glodi Benjamin Jonathan".split()}
GIRLS_BY = {"M": "Yasmine Amira Imane Salma Nour Aya Lina Hiba Malak".split(),
            "T": "Elif Zeynep Defne Ecrin Asya".split(),
            "P": "Zofia Oliwia Maja Hanna Lena".split(),
            "C": "Grace Merveille Chancelle Divine Esther".split()}
FLEM_BOYS = [b for b in BOYS if not any(b in v for v in BOYS_BY.values())]
FLEM_GIRLS = [g for g in GIRLS if not any(g in v for v in GIRLS_BY.values())] + ["Lina", "Lena"]
PDOMAINS = ["telenet.be", "telenet.be", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "skynet.be",
            "proximus.be", "outlook.com", "outlook.be"]


def ascii_(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ł", "l").replace("ı", "i").lower()


def _disp(n):
    return n.replace("_", " ")


class Pupil:
    def __init__(self, d):
        self.__dict__.update(d)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def ini(self):  # initials as teachers write them
        return f"{self.first[0]}.{''.join(w[0] for w in self.last.split())}."

    @property
    def klas(self):  # "K2B" -> "K2B", "L4A" -> "4A"
        return self.cls[1:] if self.cls.startswith("L") else self.cls


def build_roster():
    rnd = random.Random(20250112)
    used_mail = set()
    pupils, families = [], []

    def pmail(first, last):
        f, l = ascii_(first).replace(" ", "").replace("-", ""), ascii_(_disp(last)).replace(" ", "")
        for _ in range(20):
            form = rnd.randrange(7)
            dom = rnd.choice(PDOMAINS)
            if form == 0:
                a = f"{f}.{l}@{dom}"
            elif form == 1:
                a = f"{f}{l}@{dom}"
            elif form == 2:
                a = f"{f[0]}.{l}@{dom}"
            elif form == 3:
                a = f"{f}.{l}{rnd.randrange(70, 99)}@{dom}"
            elif form == 4:
                a = f"{f}_{l}@{dom}"
            elif form == 5:
                a = f"{l}.{f}@{dom}"
            else:
                a = f"{f}{l[0]}{rnd.randrange(1, 9)}@{dom}"
            if a not in used_mail:
                used_mail.add(a)
                return a
        raise RuntimeError("mail")

    def new_family():
        r = rnd.random()
        if r < 0.62:
            orig, last = "F", rnd.choice(FLEM)
            mom, dad = rnd.choice(MOMS), rnd.choice(DADS)
            momlast = rnd.choice(FLEM) if rnd.random() < 0.7 else last
        elif r < 0.78:
            orig, last = "M", rnd.choice(MAROC)
            mom, dad = rnd.choice(MOMS_M), rnd.choice(DADS_M)
            momlast = rnd.choice(MAROC)
        elif r < 0.86:
            orig, last = "T", rnd.choice(TURK)
            mom, dad = rnd.choice(MOMS_T), rnd.choice(DADS_T)
            momlast = rnd.choice(TURK)
        elif r < 0.93:
            orig, last = "P", rnd.choice(POLN)
            mom, dad = rnd.choice(MOMS_P), rnd.choice(DADS_P)
            momlast = last
        else:
            orig, last = "C", rnd.choice(CONGO)
            mom, dad = rnd.choice(MOMS_C), rnd.choice(DADS_C)
            momlast = rnd.choice(CONGO)
        momdisp = _disp(momlast)
        if orig == "P" and momdisp.endswith("ski"):
            momdisp = momdisp[:-1] + "a"
        fam = {"orig": orig, "last": last, "mom": f"{mom} {momdisp}", "dad": f"{dad} {_disp(last)}"}
        fam["p1"] = pmail(mom, momlast)
        fam["p2"] = pmail(dad, last) if rnd.random() < 0.85 else ""
        if rnd.random() < 0.3 and fam["p2"]:
            fam["p1"], fam["p2"] = fam["p2"], fam["p1"]
            fam["first_is"] = "dad"
        else:
            fam["first_is"] = "mom"
        families.append(fam)
        return fam

    used_names = set()
    for c in CLASSES:
        for _ in range(SIZES[c]):
            if families and rnd.random() < 0.12:
                fam = rnd.choice(families)
            else:
                fam = new_family()
            girl = rnd.random() < 0.5
            if fam["orig"] == "F":
                first = rnd.choice(FLEM_GIRLS if girl else FLEM_BOYS)
            else:
                first = rnd.choice((GIRLS_BY if girl else BOYS_BY)[fam["orig"]])
            if (first, fam["last"]) in used_names:
                fam = new_family()
                first = rnd.choice(FLEM_GIRLS if girl else FLEM_BOYS) if fam["orig"] == "F" else \
                    rnd.choice((GIRLS_BY if girl else BOYS_BY)[fam["orig"]])
            used_names.add((first, fam["last"]))
            pupils.append({"cls": c, "first": first, "last": _disp(fam["last"]), "fam": fam, "girl": girl})
    for p in pupils:
        if p["fam"]["orig"] == "P" and p["girl"] and p["last"].endswith("ski"):
            p["last"] = p["last"][:-1] + "a"
    pupils.sort(key=lambda p: (CLASSES.index(p["cls"]), p["last"], p["first"]))
    seen = set()
    out = []
    for i, p in enumerate(pupils, 1):
        p["id"] = f"P{i:04d}"
        base = f"{ascii_(p['first'])}.{ascii_(p['last']).replace(' ', '')}"
        m, k = base, 2
        while m in seen:
            m, k = f"{base}{k}", k + 1
        seen.add(m)
        p["mail"] = f"{m}@leerling.{D}"
        p["p1"], p["p2"] = p["fam"]["p1"], p["fam"]["p2"]
        p["mom"], p["dad"] = p["fam"]["mom"], p["fam"]["dad"]
        out.append(Pupil(p))
    return out


ROSTER = build_roster()
R = {p.id: p for p in ROSTER}


def write_roster(path):
    lines = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in ROSTER:
        lines.append(";".join([p.id, p.first, p.last, p.cls, p.mail, p.p1, p.p2]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def mom_mail(p):
    return p.p1 if p.fam["first_is"] == "mom" else p.p2


def dad_mail(p):
    return p.p2 if p.fam["first_is"] == "mom" else p.p1


# --------------------------------------------------------------------------------------------------
# message building
# --------------------------------------------------------------------------------------------------
class T:
    """A table: rows of cells; first row is the header."""

    def __init__(self, rows, widths=None):
        self.rows = rows

    def text(self):
        w = [max(len(str(r[i])) for r in self.rows) for i in range(len(self.rows[0]))]
        out = []
        for r in self.rows:
            out.append("\t".join(str(c) for c in r))
        return "\n".join(out)

    def html(self):
        h = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">']
        for i, r in enumerate(self.rows):
            h.append("<tr>")
            for c in r:
                cell = htmlmod.escape(str(c))
                if i == 0:
                    cell = f"<b>{cell}</b>"
                h.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                         f'<p class="MsoNormal">{cell}<o:p></o:p></p></td>')
            h.append("</tr>")
        h.append("</table>")
        return "\n".join(h)


def seg_text(body):
    if isinstance(body, str):
        return body
    return "\n".join(s if isinstance(s, str) else s.text() + "\n" for s in body)


def _para_html_outlook(s):
    out = []
    for line in s.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.lstrip().startswith(("- ", "• ", "* ")):
            t = htmlmod.escape(line.lstrip()[2:])
            out.append('<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
                       f'<span style="font-family:Symbol">·</span><span style="font:7.0pt">&nbsp;&nbsp;&nbsp;&nbsp;'
                       f'</span>{t}<o:p></o:p></p>')
        elif line.startswith(">"):
            out.append('<p class="MsoNormal" style="margin-left:4.8pt;border-left:solid #CCCCCC 1.0pt;'
                       f'padding-left:4.0pt">{htmlmod.escape(line.lstrip("> "))}<o:p></o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{htmlmod.escape(line)}<o:p></o:p></p>')
    return "\n".join(out)


def outlook_html(body):
    parts = []
    segs = [body] if isinstance(body, str) else body
    for s in segs:
        parts.append(_para_html_outlook(s) if isinstance(s, str) else s.html())
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\np.MsoListParagraph\n\t{margin:0cm;margin-left:36.0pt;'
            'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")


def gmail_html(body):
    segs = [body] if isinstance(body, str) else body
    parts = []
    for s in segs:
        if isinstance(s, str):
            lines = []
            quoting = False
            for line in s.split("\n"):
                if line.startswith(">"):
                    if not quoting:
                        lines.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                        quoting = True
                    lines.append(htmlmod.escape(line.lstrip(">").lstrip()) + "<br>")
                else:
                    if quoting:
                        lines.append("</blockquote>")
                        quoting = False
                    lines.append(htmlmod.escape(line) + "<br>" if line else "<div><br></div>")
            if quoting:
                lines.append("</blockquote>")
            parts.append("\n".join(lines))
        else:
            parts.append(s.html().replace('class="MsoTableGrid" ', ''))
    return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"


def _tz(dt):
    # Belgian local time: CEST between the last Sundays of March and October
    def last_sunday(y, m):
        d = datetime.date(y, m, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    y = dt.year
    start, end = last_sunday(y, 3), last_sunday(y, 10)
    off = 2 if start <= dt.date() < end else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def when(s):
    return _tz(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M"))


DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_NL3 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def gmail_quote_head(s, who):
    d = when(s)
    return (f"Op {DAYS_NL3[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1][:3]} {d.year} om "
            f"{d.hour:02d}:{d.minute:02d} schreef {who}:")


def outlook_quote_head(s, frm, to, subject, cc=None):
    d = when(s)
    lines = ["", "Van: " + str(frm),
             f"Verzonden: {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
             "Aan: " + ("; ".join(str(x) for x in to) if isinstance(to, (list, tuple)) else str(to))]
    if cc:
        lines.append("CC: " + ("; ".join(str(x) for x in cc) if isinstance(cc, (list, tuple)) else str(cc)))
    lines.append("Onderwerp: " + subject)
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def fwd_head(s, frm, to, subject):
    d = when(s)
    return ("---------- Doorgestuurd bericht ---------\n"
            f"Van: {frm}\n"
            f"Date: {DAYS_NL3[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1][:3]} {d.year} om {d.hour:02d}:{d.minute:02d}\n"
            f"Subject: {subject}\n"
            f"To: {to}\n")


def addr_of(x):
    if isinstance(x, P):
        return x.addr
    return getaddresses([x])[0][1]


def hdr(x):
    if isinstance(x, (list, tuple)):
        return ", ".join(str(i) for i in x)
    return str(x)


MAILS = []
_counter = [0]


def _mid(slug, frm, style):
    import hashlib
    h = hashlib.sha1(slug.encode()).hexdigest()
    dom = addr_of(frm).split("@")[1]
    if style == "outlook":
        return f"<AM9PR02MB{h[:8].upper()}{h[8:16].upper()}@AM9PR02MB{h[16:20].upper()}.eurprd02.prod.outlook.com>"
    if style == "gmail":
        return f"<CAH{h[:10]}+{h[10:30]}@mail.gmail.com>"
    return f"<{h[:12]}.{h[12:20]}@{dom}>"


def build(frm, to, subject, date, *, body=None, html=None, cc=(), cte="8bit", charset="utf-8",
          html_cte="quoted-printable", atts=(), fwd_msg=None, headers=None, style="plain",
          slug="x", html_style="outlook"):
    to = to if isinstance(to, (list, tuple)) else [to]
    cc = cc if isinstance(cc, (list, tuple)) else [cc]
    m = EmailMessage(policy=POL)
    m["Date"] = format_datetime(when(date))
    m["From"] = str(frm)
    m["To"] = hdr(to)
    if cc:
        m["Cc"] = hdr(cc)
    m["Subject"] = subject
    m["Message-ID"] = _mid(slug, frm, style)
    for k, v in (headers or {}).items():
        m[k] = v
    if style == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = "AdsA" + _mid(slug, frm, "x")[1:13].replace(".", "Q")
    elif style == "thunderbird":
        m["User-Agent"] = "Mozilla Thunderbird"
    elif style == "iphone":
        m["X-Mailer"] = "iPhone Mail (21G93)"
    m["MIME-Version"] = "1.0"
    text = seg_text(body) if body is not None else None
    if html == "auto":
        html = outlook_html(body) if html_style == "outlook" else gmail_html(body)
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html:
            m.add_alternative(html, subtype="html", charset="utf-8" if charset == "us-ascii" else charset,
                              cte=html_cte)
    elif html:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte)
    for fn, data, mime in atts:
        maintype, subtype = mime.split("/")
        if isinstance(data, str):
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=fn, charset="utf-8",
                                 cte="base64" if fn.endswith(".csv") else "quoted-printable")
            else:
                m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if fwd_msg is not None:
        if m.get_content_maintype() != "multipart":
            m.make_mixed()
        m.attach(_rfc822(fwd_msg))
    return m


def _rfc822(inner):
    from email.message import MIMEPart
    part = MIMEPart(policy=POL)
    part["Content-Type"] = "message/rfc822"
    part["Content-Disposition"] = "attachment"
    part.set_payload([inner])
    return part


def _set_boundaries(m, n):
    k = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_NextPart_b12_{n:03d}_{k:02d}_SintPieter")
            k += 1
        elif part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                for ip in inner.walk():
                    if ip.get_content_maintype() == "multipart":
                        ip.set_boundary(f"----=_Inner_b12_{n:03d}_{k:02d}")
                        k += 1


def _all_text(m):
    out = []
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            for inner in part.get_payload():
                out.append(_all_text(inner))
                for h in ("From", "To", "Subject"):
                    out.append(str(inner.get(h, "")))
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload(decode=True)
        if isinstance(c, bytes):
            try:
                c = c.decode("utf-8")
            except UnicodeDecodeError:
                c = ""
        if ct == "text/html":
            c = re.sub(r"<[^>]+>", " ", c)
            c = htmlmod.unescape(c)
        out.append(c)
    return "\n".join(out)


def mail(slug, frm, to, subject, date, *, bcc=(), env_from=None, rules=(), cats=(), about=(), mis=False,
         note="", lang="nl", fmt=(), **kw):
    assert slug not in _counter, slug
    _counter.append(slug)
    m = build(frm, to, subject, date, slug=slug, **kw)
    to_l = to if isinstance(to, (list, tuple)) else [to]
    cc = kw.get("cc", ())
    cc_l = cc if isinstance(cc, (list, tuple)) else [cc]
    bcc_l = bcc if isinstance(bcc, (list, tuple)) else [bcc]
    rcpt = []
    for x in list(to_l) + list(cc_l) + list(bcc_l):
        a = addr_of(x)
        if a and a not in rcpt:
            rcpt.append(a)
    label = {"rules": list(rules), "mail_from": env_from or addr_of(frm), "rcpt": rcpt,
             "about": list(about), "misdirected": mis, "note": note, "lang": lang, "fmt": list(fmt)}
    if "sensitive" in rules:
        label["cats"] = list(cats)
    MAILS.append((slug, m, label, [addr_of(x) for x in list(to_l) + list(cc_l) if addr_of(x)]))
    return m


def inner_msg(frm, to, subject, date, body, *, cte="quoted-printable", charset="utf-8", html=None, style="plain",
              cc=()):
    return build(frm, to, subject, date, body=body, cte=cte, charset=charset, html=html, style=style,
                 slug="inner-" + subject + date, cc=cc)


# ==================================================================================================
# A. sensitive: one identifiable child or family
# ==================================================================================================
def sensitive_mails():
    # S01 custody / who may pick up -> opvang
    p = R["P0075"]
    mail("ophalen-staf-k3a", KAROLIEN, OPVANG, "Staf K3A - wie mag ophalen (belangrijk)", "2024-09-23 12:41",
         cc=[LUC], cte="quoted-printable",
         body=f"""Dag Greet en co,

Even belangrijk voor de opvang: {p.first} {p.last} ({p.cls}) mag vanaf vandaag ENKEL nog opgehaald worden door mama \
({p.mom.split()[0]}) of door de oma langs mama's kant. Niet door papa.

Mama is vanmorgen langsgekomen met het vonnis van de familierechtbank, Luc heeft een kopie in de kluis gelegd. \
Papa heeft voorlopig geen contact meer met de kinderen tot er een nieuwe zitting is, ergens in januari.

Als hij toch aan de poort of aan de opvang staat: {p.first} niet meegeven, rustig blijven en Luc of mij \
verwittigen. Aub niet discussiëren waar {p.first} bij staat, hij heeft al genoeg meegemaakt de laatste weken.

Kunnen jullie dit ook aan de woensdagploeg doorgeven? Ik heb het niet in de map van de opvang geschreven, \
liever niet dat dat blad overal rondslingert.

Bedankt!
Karolien
""",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="class teacher tells the after-school care that the father may no longer pick up the child after a court decision",
         fmt=["plain", "qp"])

    # S02 death of a father, html only, to colleagues
    p = R["P0161"]
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dag collega's,</p>
<p>Voor wie het nog niet gehoord heeft: de papa van <b>{p.first}</b> uit mijn klas (2B) is zaterdag niet meer thuisgekomen van
zijn looptoer. Hartstilstand, hij was pas 41. {p.first} komt maandag terug naar school, mama wil dat ze zo snel mogelijk
haar gewone ritme terugvindt.</p>
<p>Wat ik vraag:</p>
<ul>
<li>Dries: de zwemles van dinsdag mag ze overslaan als ze niet wil, ze mag dan bij mij blijven.</li>
<li>Opvang: ze wordt de komende weken door haar tante opgehaald (Lies), mama werkt tot 18u.</li>
<li>Laat haar zelf vertellen als ze wil, niet te veel vragen stellen. Ze heeft een knuffel van papa mee in haar boekentas, die mag overal mee.</li>
</ul>
<p>De afscheidsviering is donderdag om 10u in de Sint-Lambertuskerk. Luc regelt vervanging voor wie wil gaan.</p>
<p>Ines</p>
</body></html>
"""
    mail("lina-2b-papa", INES, [DRIES, OPVANG], f"{p.first} (2B) - even voor iedereen", "2024-10-06 21:17",
         cc=[LUC], html=html, html_cte="base64",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="class teacher tells colleagues and the after-school care that a pupil's father suddenly died",
         fmt=["html-only", "base64"])

    # S03 placement, to CLB, with date of birth
    p, q = R["P0054"], R["P0104"]
    body = f"""Dag Lotte,

Zoals daarnet aan de telefoon kort gezegd: sinds woensdag verblijven {p.first} en zijn broer {q.first} niet meer thuis.
De consulent van de sociale dienst van de jeugdrechtbank heeft ons gisteren gebeld. {p.first} is voorlopig \
ondergebracht in een crisispleeggezin in Kessel-Lo, {q.first} zit bij de grootouders langs vaderskant. Meer mocht ze \
niet zeggen. Contact met de ouders loopt voorlopig enkel via haar.

Gegevens:
- {p.first} {p.last}, {p.cls}, ° 03/02/2020
- {q.first} {q.last}, 1A, ° 17/09/2017
- consulent: mevr. Hilde Schepers, SDJ Leuven

Kunnen jullie voor beide jongens een dossier opstarten? Juf Eline merkt al sinds de zomer dat {p.first} vaak \
honger heeft en met dezelfde kleren komt. De pleegmoeder brengt hem vanaf maandag, ik heb de opvang verwittigd.

Groetjes,
Marleen Govaerts
zorgcoördinator basisschool Sint-Pieter
tel. {SCHOOL_TEL} (zorg: toestel 220)
"""
    mail("crisispleeggezin-clb", MARLEEN, CLB, f"{p.first} P. (K2B) en {q.first} P. (1A)", "2024-10-17 09:05",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive", "personal_data"], cats=["family", "care"], about=[p.id, q.id],
         note="care coordinator tells the CLB two brothers were placed out of home and asks to open a file; dates of birth and school phone",
         fmt=["alt", "outlook", "qp"])

    # S04 father in prison
    p = R["P0217"]
    mail("kerem-papa", PIETER, MARLEEN, "ff iets over Kerem", "2024-11-07 16:22", cte="8bit",
         body=f"""Marleen,

ff iets dat ik nog niet in het lvs wil zetten voor ik met jou gepraat heb. {p.first} D. (4B) zei vanmorgen in de \
kring dat zijn papa "in een kamer met tralies woont" en dat hij hem pas na de paasvakantie mag zien, 1x per maand \
achter een raam. Mama bevestigde het aan de poort, papa zit sinds eind oktober in Leuven-Centraal. Ze schaamt zich \
er enorm over, de rest van de familie weet het nog niet.

{p.first} is stiller dan anders en tekent de hele tijd politiecombi's. Moeten we iets richting CLB doen of gewoon \
opvolgen? ik ben morgen vrij na 11u30

Pieter
""",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="teacher tells the care coordinator a pupil's father is detained in Leuven-Centraal",
         fmt=["plain", "8bit"])

    # S05 domestic violence, inline forward to CLB
    p = R["P0098"]
    inner = f"""Marleen,

tijdens het kringgesprek over het weekend zei {p.first} (1A) letterlijk: "papa heeft mama tegen de kast geduwd en \
toen heeft mama gehuild en nu slapen we bij meme". Ze zei het heel gewoon, alsof het niks was, en wou er daarna niet \
meer over praten.
Mama heeft haar vanmiddag afgehaald, zag er moe uit, ik heb niets gevraagd.
Wat doe ik ermee?

Leen"""
    body = f"""Dag Lotte,

Zie hieronder de notitie van juf Leen van gisteren. Ik heb {p.first} vanochtend zelf even gezien, ze heeft een \
blauwe plek op haar bovenarm maar zegt dat ze van de glijbaan gevallen is. Ik zou dit graag samen met jou bekijken \
voor we de ouders contacteren. Kunnen we morgen om 8u15 bellen? Of moeten we meteen het VK inschakelen?

Groetjes
Marleen

{fwd_head("2024-11-12 15:48", LEEN, MARLEEN, "Fien")}
{inner}
"""
    mail("fwd-kringgesprek-fien", MARLEEN, CLB, f"Fwd: {p.first}", "2024-11-13 10:12", body=body,
         cte="quoted-printable", style="gmail",
         rules=["sensitive"], cats=["family", "psychosocial"], about=[p.id],
         note="care coordinator forwards to the CLB a child's account of violence at home and a bruise",
         fmt=["plain", "forward-inline", "qp"])

    # S06 new custody arrangement, to the mother, base64
    p = R["P0215"]
    mail("senne-gegevens-aangepast", NADIA, mom_mail(p), f"Gegevens {p.first} aangepast", "2024-09-12 11:30",
         cte="base64",
         body=f"""Beste mevrouw {p.mom.split()[-1]},

Zoals gevraagd hebben wij de gegevens van {p.first} (4B) aangepast nu u en uw ex-partner niet meer samenwonen:
- brieven, rapport en schoolrekening gaan voortaan naar beide ouders apart;
- de rekening wordt 50/50 verdeeld, elk van u ontvangt zijn deel in Smartschool;
- de verblijfsregeling week om week hebben we doorgegeven aan de opvang: in de weken bij papa haalt hij {p.first} \
zelf af, in uw weken blijft {p.first} in de opvang tot 17u30.

Mocht er iets wijzigen, laat het ons gerust weten.

Vriendelijke groeten,
Nadia Boukhari
secretariaat basisschool Sint-Pieter
""",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="secretary confirms to the mother the new week-on/week-off arrangement after the parents split up",
         fmt=["plain", "base64"])

    # S07 FR: living at the aunt's, address not for the father
    p = R["P0083"]
    mail("grace-adresse", FATIMA, mom_mail(p), "Grace - suite à notre conversation", "2024-12-03 13:02",
         cte="quoted-printable",
         body=f"""Bonjour Madame {p.last},

Suite à notre conversation de ce matin, je vous confirme que j'ai bien noté que vous logez pour l'instant avec \
{p.first} chez votre sœur à Wilsele, et que cette adresse ne doit pas être communiquée au papa. J'ai informé le \
directeur, M. Vanderstraeten, et la secrétaire.

{p.first} peut continuer à aller à la garderie. C'est votre sœur Francine qui viendra la chercher le mardi et le \
jeudi, c'est noté.

{p.first} est très calme ces jours-ci, elle joue beaucoup seule. N'hésitez pas à me dire si elle a besoin de \
quelque chose ou si vous souhaitez parler avec notre coordinatrice de soins.

Bien à vous,
Juf Fatima (K3B)
""",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="kindergarten teacher confirms to the mother that she and the child live with an aunt and the address must be kept from the father",
         lang="fr", fmt=["plain", "qp"])

    # S08 shelter, director to secretary
    p = R["P0289"]
    mail("omar-adres-niet", LUC_S, NADIA, "Omar H. 6B - adres NIET aanpassen", "2025-01-08 07:52",
         cte="8bit", style="iphone",
         body=f"""Nadia,

Dringend: mama van {p.first} H. (6B) is gisteren met de kinderen vertrokken naar een vluchthuis, waar weet ik zelf \
niet en dat is goed zo. NIETS van een nieuw adres in Smartschool of Informat zetten, ook niet bij contactgegevens, en \
ook geen nieuw gsm-nummer van mama. Ze mailt voorlopig alleen vanaf haar gmail.

Papa blijft officieel ouder en krijgt het rapport zoals de wet het zegt, maar verder niets. Kan jij nakijken of \
papa nog de automatische berichten van de opvang krijgt? Daar staan de afhaaluren in.

Als hij belt of aan de balie staat: doorverwijzen naar mij.

Luc

Verstuurd vanaf mijn iPhone
""",
         rules=["sensitive"], cats=["family"], about=[p.id],
         note="director tells the secretary a mother and her children fled to a shelter and the father must not learn the new address",
         fmt=["plain", "8bit"])

    # S09 bullying victim + perpetrators, reply
    a, b, c = R["P0262"], R["P0258"], R["P0251"]
    mail("re-arne-speeltijd", WIM, MARLEEN, f"Re: {a.first} M.", "2024-11-18 17:40", cc=[LUC], cte="8bit",
         headers={"In-Reply-To": "<b12.arne.q@sintpieterscollege.be>"},
         body=f"""Hoi Marleen,

Niet goed eigenlijk. {a.first} zit sinds de herfstvakantie bijna elke middag in de gang bij de toiletten "omdat het \
daar rustig is". Vandaag heeft hij het eindelijk verteld: {b.first} en {c.first} B. wachten hem op aan het \
voetbalveld, nemen zijn koek af, roepen "dikke" en vorige week hebben ze zijn jas in de papiercontainer gegooid. Er \
gaat ook een filmpje rond in hun groepsapp waar ze hem nadoen.
Zijn mama had vorige week al gemaild dat hij 's avonds huilt en niet meer naar de zwemclub wil.

Ik wil morgen met de twee apart praten en daarna de ouders bellen. Kan jij erbij zijn om 10u? Luc in cc omdat het \
filmpje misschien verder gaat dan de klas.

Wim

{gmail_quote_head("2024-11-18 16:02", "Marleen Govaerts <marleen.govaerts@sintpieterscollege.be>")}
{quote(f"Wim, hoe is het nu met {a.first} M.? Ik zag hem vanmiddag weer alleen binnen zitten in de gang." + chr(10) + "M.")}
""",
         rules=["sensitive"], cats=["psychosocial"], about=[a.id, b.id, c.id],
         note="teacher reports to the care coordinator that one pupil is bullied by two named classmates",
         fmt=["plain", "reply"])

    # S10 behaviour of one pupil, to the father, Outlook with GSM in signature
    p = R["P0281"]
    body = f"""Beste meneer {p.last},

Zoals vanmiddag telefonisch besproken, bevestig ik hierbij wat er gebeurd is en welke afspraken we maken.

Donderdag tijdens de middagspeeltijd heeft {p.first} een jongen uit het vierde leerjaar tegen de muur geduwd en bij \
de keel vastgenomen. Het is de derde keer dit trimester dat {p.first} fysiek wordt tegenover jongere kinderen; ook \
in september en begin november waren er incidenten (zie de nota's in Smartschool).

We nemen volgende maatregelen:
1. {p.first} speelt de komende twee weken 's middags op de kleine speelplaats onder toezicht van meester Koen.
2. Elke vrijdag overloopt meester Koen met hem een opvolgkaart; die krijgt u mee naar huis om te ondertekenen.
3. We plannen een gesprek met u, uw echtgenote, juf Marleen (zorg) en mezelf op dinsdag 10 december om 16u.

We merken dat {p.first} zelf ook niet goed weet waar die woede vandaan komt. Het lijkt ons zinvol om het CLB in te \
schakelen; daarover praten we dinsdag verder.

Met vriendelijke groeten,

Luc Vanderstraeten
directeur
Basisschool Sint-Pieter
Kapeldreef 12, 3001 Heverlee
GSM {LUC_GSM}
"""
    mail("jules-afspraken", LUC, p.p1, f"Afspraken na het incident van donderdag - {p.first} (6A)", "2024-11-29 17:05",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive", "personal_data"], cats=["psychosocial"], about=[p.id],
         note="director confirms to a father the measures after his son's repeated violent behaviour; GSM in signature",
         fmt=["alt", "outlook", "qp"])

    # S11 school refusal / anxiety, reply to the father
    p = R["P0141"]
    mail("re-roos-poort", MARIJKE, p.p1, f"Re: {p.first} vanochtend", "2024-12-09 12:15", cte="8bit",
         style="thunderbird",
         body=f"""Dag Bram,

Ik heb even gewacht tot de middag om te kunnen zeggen hoe de ochtend verder verliep.
{p.first} was aan de poort weer erg overstuur, buikpijn, wou je jas niet loslaten, dat heb je gezien. Het duurde tot \
de speeltijd voor ze wat rustiger werd. Ze vertelde me in de leeshoek dat ze bang is dat er "iets met mama gebeurt" \
als zij op school zit. Dat komt ook in haar tekeningen terug, altijd een ziekenwagen.

Ze heeft deze maand al zes halve dagen gemist. Ik vind dat we dit samen met onze zorgjuf moeten bekijken, en \
misschien ook met het CLB. Zou jij of je vrouw volgende week donderdag om 15u30 kunnen langskomen?

Groetjes,
juf Marijke

{gmail_quote_head("2024-12-09 07:58", f"Bram Vervoort <{p.p1}>")}
{quote(f"Juf, {p.first} wou vanochtend weer niet naar school, het was een drama in de auto. Kan u laten weten hoe het verder gaat? Bram")}
""",
         rules=["sensitive"], cats=["psychosocial"], about=[p.id],
         note="teacher answers a father about his daughter's anxiety and repeated refusal to go to school",
         fmt=["plain", "reply"])

    # S12 self-harm, cc CLB
    p = R["P0294"]
    mail("sara-6b-turnen", HANNE, MARLEEN, "Sara M. - vandaag bij het omkleden", "2025-02-04 15:51", cc=[CLB],
         cte="quoted-printable",
         body=f"""Marleen (en Lotte van het CLB in cc, zoals je vroeg bij zulke dingen),

Bij het omkleden voor turnen zag ik vandaag dat {p.first} M. haar linkeronderarm vol fijne rode lijntjes staat, \
sommige nog vers. Toen ik ernaar vroeg zei ze eerst "de kat", maar in de gang zei ze zachtjes dat ze het "soms doet \
met het mesje van een slijper als alles te veel is in haar hoofd". Ze smeekte om het niet tegen mama te zeggen.

Ik heb haar gezegd dat ik dit moet doorgeven en dat ze zeker niet in de problemen zit. Ze zat de rest van de dag in de \
klas, heel stil.

Wat nu? Wie belt mama? Ik ben morgen de hele dag op school.

Hanne
""",
         rules=["sensitive"], cats=["psychosocial"], about=[p.id],
         note="teacher reports a 6th-grade girl's self-inflicted cuts to the care coordinator with the CLB in copy",
         fmt=["plain", "qp"])

    # S13 class meeting table
    g, i = R["P0168"], R["P0173"]
    rows = [["Leerling", "Wat loopt goed", "Zorg / afspraken"],
            ["Mats C.", "rekenen vlot, helpt anderen", "/"],
            [f"{g.first} K.", "tekenen, sport",
             "driftbuien na de middag, gooide 2x een stoel, 3x bij directie. Mama zegt dat het thuis ook niet gaat en vraagt hulp -> aanmelden CLB?"],
            [f"{i.first} V.", "leest graag voor",
             "spelling blijft zwak ondanks RT bij Elke, CLB-onderzoek naar dyslexie aangevraagd, ouders akkoord"],
            ["Mirthe M.", "werkhouding top", "/"],
            ["Kobe S.", "nieuw sinds okt., goed ingeburgerd", "opvolgen"]]
    body = ["Dag Marleen, dag Elke,", "", "Hierbij mijn notities van het klassenoverleg 3A van donderdag.", "",
            T(rows), "", "De rest van de klas: geen bijzonderheden. Zien we elkaar maandag op het MDO?", "",
            "Tom"]
    mail("klassenoverleg-3a", TOM, [MARLEEN, ELKE], "klassenoverleg 3A - 14/11", "2024-11-15 19:33",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["psychosocial", "care"], about=[g.id, i.id],
         note="class meeting table with one pupil's outbursts and another's CLB dyslexia referral",
         fmt=["alt", "outlook", "table"])

    # S14 trauma, from a private gmail, windows-1252
    p = R["P0203"]
    mail("chancelle-repetitie", P("Katrien Van Hees", "katrien.vanhees78@gmail.com"), [OPVANG, ELKE],
         "morgen repetitie schoolfeest - Chancelle", "2025-05-13 21:48", charset="windows-1252", cte="8bit",
         body=f"""Dag Greet, dag Elke,

Ik stuur dit van thuis want mijn schoolmail wil niet openen op de laptop.

Voor morgen (repetitie van het schoolfeest met de knalconfetti in de zaal): {p.first} N. (4A) mag daar niet bij \
zijn. Ze reageert heel heftig op harde knallen sinds wat ze in Goma heeft meegemaakt. Haar mama vertelde me dat ze \
een beschieting vlak bij hun huis hebben gezien en dat een nonkel daarbij om het leven is gekomen. Ze wordt gevolgd \
door een psychologe van een traumacentrum in Brussel.

Als ze toch panikeert: niet vastpakken, in de leeshoek zetten met haar koptelefoon en rustig samen tellen, dat helpt.

Groetjes,
Katrien
""",
         env_from="katrien.vanhees78@gmail.com",
         rules=["sensitive", "private_account"], cats=["psychosocial", "family"], about=[p.id],
         note="teacher writes from her private gmail about a pupil's war trauma and an uncle killed",
         fmt=["plain", "windows-1252", "8bit"])

    # S15 EN: behaviour, to the mother
    p = R["P0206"]
    body = f"""Dear Annelies,

I wanted to let you know how this week went, as promised at the parents' evening.

{p.first} had another difficult afternoon on Wednesday. When the timer for the maths game ended he hit two \
classmates and threw his chair across the room. Afterwards he cried for a long time and said "my head is always too \
full". On Monday and Tuesday there were smaller outbursts during the lunch break.

We would like to:
- start a daily behaviour chart with him (he chooses a reward at the end of the week);
- let him take a short break in the quiet corner when he feels it building up;
- involve our pupil support coordinator, Ms Marleen, and possibly the CLB.

Could we meet next Tuesday after school? I know your husband works shifts, so a call is fine too.

Kind regards,
Katrien Van Hees
class teacher 4A
"""
    mail("ayaan-this-week", KATRIEN, mom_mail(p), f"{p.first} - this week", "2025-01-24 16:40",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["psychosocial"], about=[p.id],
         note="teacher writes to a mother in English about her son's aggressive outbursts and a support plan",
         lang="en", fmt=["alt", "outlook", "en"])

    # S16 suicidal thoughts, urgent
    p = R["P0274"]
    mail("gust-dringend", KOEN, [MARLEEN, LUC], "Gust - dringend, kunnen we nu even zitten", "2025-03-06 13:31",
         cte="8bit",
         body=f"""Marleen, Luc,

{p.first} L. zei vanmiddag bij het opruimen, toen ik hem aansprak: "het zou beter zijn als ik er niet was, dan \
hebben ze thuis geen ruzie meer over mij". Ik heb daarna een kwartier met hem in de gang gezeten. Hij zegt dat hij er \
soms aan denkt om 's morgens niet meer wakker te worden. Geen plan, zegt hij, maar het komt al een tijd terug.

Ik heb mama nog niet gebeld. Kunnen we nu direct even samenzitten, voor hij om 15u20 naar huis gaat? Ik ben in de \
klas, de kinderen zitten bij Dries.

Koen
""",
         rules=["sensitive"], cats=["psychosocial"], about=[p.id],
         note="teacher alerts care coordinator and director that a 6th grader talks about not wanting to wake up",
         fmt=["plain", "8bit"])

    # S17 reply to CLB with bullet list (gmail style alt)
    p = R["P0287"]
    body = f"""Hoi Lotte,

Hierbij wat ik kon verzamelen over {p.first} (6B), samen met juf Hanne:

- sinds januari trekt ze zich terug, zit tijdens de speeltijd alleen op de bank bij de moestuin
- eet 's middags haar boterhammen niet meer op, gooit ze weg (de middagtoezicht vond ze twee keer in de vuilbak)
- volgens haar vriendinnen wordt ze uitgelachen in een TikTok-groep van de zesdes, "om haar lijf"
- mama vertelde dat ze 4 kg afgevallen is en laat haar nu opvolgen door de huisarts
- punten zijn nog goed, maar ze is vaak moe en duizelig bij het turnen

Mama is akkoord dat jullie haar uitnodigen. Liefst op school, ze wil niet dat haar broer het weet.

Elke

{gmail_quote_head("2025-02-18 09:14", "Lotte Verstraete <lotte.verstraete@clb-leuven.be>")}
{quote(f"Dag Elke, kun je me voor ons overleg van vrijdag wat signalen doorsturen over {p.first} E.K. uit 6B? Dank je! Lotte")}
"""
    mail("re-signalen-yasmine", ELKE, CLB, f"Re: signalen {p.first} E.K.", "2025-02-19 20:07",
         body=body, html="auto", html_style="gmail", style="gmail", cte="quoted-printable",
         rules=["sensitive"], cats=["psychosocial", "medical"], about=[p.id],
         note="care teacher answers the CLB with a list of signals about one girl: withdrawal, online mocking, weight loss",
         fmt=["alt", "gmail", "reply", "list"])

    # S18 epilepsy, txt attachment with the mother's GSM
    p = R["P0036"]
    plan = f"""NOODPLAN EPILEPSIE - {p.first.upper()} {p.last.upper()} ({p.cls})
opgesteld met mama en de kinderneuroloog (UZ Leuven), sept. 2024

Wat zie je?
 - staart voor zich uit, reageert niet, smakt met de lippen
 - soms schokken in armen en benen, valt om

Wat doe je?
 1. tijd opnemen, niets in de mond steken, hoofd beschermen
 2. aanval langer dan 5 minuten: Buccolam 5 mg in de wangzak (rode tas, bovenste schap klaskast K2A)
 3. 112 bellen bij aanval langer dan 10 minuten of als hij blauw wordt
 4. altijd mama verwittigen: {p.mom} 0486 22 71 05

Na de aanval: in zijligging, hij slaapt meestal een uur. Niet alleen laten.
Hij neemt thuis 's morgens en 's avonds Depakine, op school niets.
"""
    mail("warre-noodplan", LIEN, OPVANG, f"noodplan {p.first} K2A - graag ook in de opvangmap", "2024-09-05 16:10",
         cc=[NELE], cte="quoted-printable",
         body=f"""Dag Greet,

In bijlage het noodplan van {p.first} uit mijn klas. Kun je het afdrukken en in de map van de opvang steken? De \
Buccolam voor de opvang zit in een tweede rode tas, die brengt mama morgen mee.

Nele, jij hebt hem ook op woensdag, lees het zeker eens na.

Merci!
Lien
""",
         atts=[("noodplan_epilepsie.txt", plan, "text/plain")],
         rules=["sensitive", "personal_data"], cats=["medical"], about=[p.id],
         note="teacher sends the after-school care a named toddler's epilepsy emergency plan with rescue medication and the mother's GSM",
         fmt=["mixed", "attachment-txt", "qp"])

    # S19 nut allergy, to the kitchen
    p = R["P0057"]
    body = f"""Dag Marc,

Vanaf maandag komt er een nieuwe kleuter in mijn klas: {p.first} {p.last} (K2B). Ze eet 's middags warm.

{p.first} heeft een ernstige notenallergie (ook pindanoten), ook sporen kunnen al een reactie geven. Vorig jaar is ze \
na een koekje op een verjaardagsfeest met de ziekenwagen weggevoerd. Ze heeft een EpiPen junior in de klas, een \
tweede ligt in de opvang.

Kun je voor haar de menu's nakijken en bij twijfel een apart bord voorzien? Mama bezorgt je het attest van de \
allergoloog.

Dank je!
Eline
"""
    mail("nieuwe-kleuter-noten", ELINE, KEUKEN, "nieuwe kleuter K2B - notenallergie", "2024-10-10 14:20",
         cc=[OPVANG], body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="kindergarten teacher tells the kitchen a named new toddler has a severe nut allergy and an EpiPen",
         fmt=["alt", "outlook"])

    # S20 diabetes, inline forward of the mother's mail
    p = R["P0115"]
    body = f"""Ter info voor de opvang en voor Dries (turnen en zwemmen). Mama komt maandag om 8u15 nog tonen hoe de \
sensor werkt, wie wil mag erbij zijn.

Jonas

-----Oorspronkelijk bericht-----
Van: {p.mom} <{mom_mail(p)}>
Verzonden: zondag 1 september 2024 20:44
Aan: Jonas Vanhove <jonas.vanhove@sintpieterscollege.be>
Onderwerp: {p.first} - suiker

Dag meester Jonas,

Zoals besproken op het intakegesprek: {p.first} heeft sinds de zomer diabetes type 1. Hij draagt een sensor op zijn \
bovenarm en een insulinepomp aan zijn broeksriem. Zijn gsm piept als hij te laag gaat.
Onder 4: 3 dextro's geven en na 15 minuten opnieuw kijken op de gsm.
Boven 15: water laten drinken en mij verwittigen.
Voor het middagmaal tellen wij de koolhydraten, het briefje zit in zijn brooddoos. Voor turnen graag eerst een koek.

Alvast bedankt, we zijn er zelf ook nog wat van aan het bekomen.
An
"""
    mail("fw-ferre-suiker", JONAS, [OPVANG, DRIES], f"FW: {p.first} - suiker", "2024-09-02 07:35",
         body=body, cte="quoted-printable", style="outlook",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="teacher forwards a mother's mail about her son's type 1 diabetes to the after-school care and the gym teacher",
         fmt=["plain", "forward-inline", "outlook"])

    # S21 ADHD medication
    p = R["P0222"]
    mail("tuur-medicatie-middag", ELKE, PIETER, f"{p.first} J. - medicatie vanaf maandag", "2025-01-30 12:02",
         cte="quoted-printable",
         body=f"""Pieter,

Mama van {p.first} J. is net langs geweest. De kinderpsychiater heeft in november ADHD vastgesteld en {p.first} start \
maandag met Rilatine. Mama geeft de ochtenddosis thuis, de middagdosis (10 mg) moet op school om 12u, na het eten.
De doos zit in de medicatiekast bij het secretariaat, het attest met de handtekening van de arts ook. Noteer je het \
telkens in het schriftje?

Ze vroeg ook of je de eerste weken wil laten weten hoe zijn namiddagen gaan (slaperig, geen honger?).

Elke
""",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="care teacher tells the class teacher a boy was diagnosed with ADHD and needs his noon medication at school",
         fmt=["plain", "qp"])

    # S22 hospital, short from the phone
    p = R["P0211"]
    mail("wout-ziekenhuis", LUC_S, KATRIEN, p.first, "2025-03-17 08:03", cte="8bit", style="iphone",
         body=f"""Katrien, papa van {p.first} belde: hij is vannacht geopereerd aan zijn blindedarm in Gasthuisberg, er was \
een complicatie (buikvliesontsteking). Ligt nog zeker een week op de kinderafdeling en daarna nog thuis. Misschien \
een kaartje van de klas?
Luc

Verstuurd vanaf mijn iPhone
""",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="director tells the teacher a pupil had emergency surgery with a complication and stays in hospital",
         fmt=["plain", "8bit"])

    # S23 FR asthma, reply to the father
    p = R["P0236"]
    mail("re-merveille-pompe", SOFIE, p.p1, f"Re: {p.first} - traitement", "2024-10-22 18:10",
         cte="quoted-printable", style="thunderbird",
         body=f"""Bonsoir Monsieur {p.last},

Merci pour l'attestation du pneumologue. Nous avons bien reçu la pompe (Ventolin) et la chambre d'inhalation de \
{p.first}. Elle la prendra avant la gym et si elle tousse beaucoup pendant la récréation, comme indiqué. Je préviens \
aussi le professeur de gym et la garderie pour les mercredis.

Si le traitement change encore, envoyez-moi simplement un petit mot.

Bien cordialement,
Juf Sofie (5A)

Le 21/10/2024 à 21:37, Serge {p.last} a écrit :
{quote(f"Madame, {p.first} fait de l'asthme depuis l'hiver dernier et le médecin a changé son traitement. Elle doit prendre deux bouffées avant le sport. Je vous mets l'attestation dans son cartable. Merci, S. {p.last}")}
""",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="teacher answers a father in French about his daughter's asthma treatment and inhaler at school",
         lang="fr", fmt=["plain", "reply", "qp"])

    # S24 coeliac disease, to the caterer (external)
    p = R["P0198"]
    mail("glutenvrij-vanaf-maandag", MARC, TRAITEUR, "glutenvrije maaltijd vanaf 13/01", "2025-01-09 10:44",
         cte="8bit",
         body=f"""Goeiemorgen,

Voor een leerling van ons vierde leerjaar, {p.first} {p.last} (4A), hebben we vanaf maandag 13/01 elke dag een \
glutenvrije warme maaltijd nodig. Ze heeft coeliakie, in december vastgesteld door de kinderarts, en ze is er al \
een paar keer flink ziek van geweest.

Kunnen jullie haar portie apart verpakken met haar naam erop? Soep ook zonder bindmiddel. Ik zet haar vanaf nu \
apart op de bestellijst.

Mvg
Marc Lemmens
keuken basisschool Sint-Pieter
""",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="kitchen chef tells the external caterer a named pupil has coeliac disease and needs gluten-free meals",
         fmt=["plain", "8bit"])

    # S25 hearing loss, to the speech therapist
    p = R["P0078"]
    body = f"""Dag Saar,

Voor je eerste sessie met {p.first} D. (K3B) volgende dinsdag nog wat achtergrond:
- hij kreeg in oktober buisjes en draagt sinds kort een hoorapparaatje links (gehoorverlies rond 40 dB volgens het \
NKO-verslag van de kliniek);
- zet je best links van hem, en check even of het apparaatje aan staat, het valt soms uit;
- juf Fatima merkt dat hij in de kring veel mist en vaak "wat?" zegt.

Het CLB heeft de aanvraag voor logo onder schooltijd goedgekeurd, de kopie zit in het zorgdossier. Je kan het \
zorglokaal gebruiken (eerste verdiep, naast de bib).

Groetjes,
Elke
zorgjuf
"""
    mail("liam-logo-achtergrond", ELKE, SAAR, f"{p.first} D. - achtergrond voor dinsdag", "2024-11-21 13:25",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["medical", "care"], about=[p.id],
         note="care teacher gives the visiting speech therapist a toddler's hearing loss, hearing aid and CLB-approved therapy",
         fmt=["alt", "outlook", "list"])

    # S26 heart condition, to the municipal sport service
    p = R["P0062"]
    mail("kleutersportdag-opmerking", LUC, JENS, "kleutersportdag 27/05 - nog één opmerking", "2025-05-20 11:11",
         cte="8bit", style="outlook",
         body=f"""Dag Jens,

Dank voor de planning, de busjes om 8u45 zijn prima.

Nog één opmerking voor jullie begeleiders: {p.first} {p.last} ({p.cls}) mag niet meedoen aan de loopestafette en niet \
op de springkastelen. Hij heeft een hartafwijking die nog onderzocht wordt in Gasthuisberg en de cardioloog wil geen \
zware inspanning tot de volgende controle. Hij mag wel mee naar de doe-standen en de ballenbak. Zijn juf Karolien \
blijft in zijn buurt.

Groeten,
Luc Vanderstraeten
directeur
""",
         rules=["sensitive"], cats=["medical"], about=[p.id],
         note="director tells the municipal sport service a named toddler has a heart defect under investigation",
         fmt=["plain", "8bit", "outlook"])

    # S27 dyslexia report + measures
    p = R["P0238"]
    body = f"""Dag Sofie,

Het verslag van het CLB voor {p.first} K. (5A) is binnen: dyslexie, vastgesteld na het onderzoek in januari. We \
hebben het gisteren met mama overlopen. Afgesproken maatregelen (ook in het LVS gezet):

- toetsen worden voorgelezen met de voorleessoftware (laptop uit de zorgkast)
- bij wereldoriëntatie en Frans geen punten af voor spelling
- extra tijd bij toetsen, of minder oefeningen
- vergroot lettertype (Arial 14) op werkbladen
- woordenlijst Frans mag ze op de bank houden

Elke neemt haar vanaf maandag twee keer per week apart voor lezen. Vragen: je weet me te vinden.

Marleen
"""
    mail("hanna-verslag-maatregelen", MARLEEN, SOFIE, f"{p.first} K. 5A - verslag en maatregelen", "2025-02-11 16:05",
         cc=[ELKE], body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["care", "medical"], about=[p.id],
         note="care coordinator passes the CLB dyslexia report of one pupil and her support measures to the teacher",
         fmt=["alt", "outlook", "list"])

    # S28 MDO notes in a txt attachment, to the CLB
    e, r, n = R["P0149"], R["P0195"], R["P0114"]
    notes = f"""MDO lagere school - 21/01/2025
aanwezig: Marleen (zorgco), Elke (zorgjuf), Lotte (CLB), klasleerkrachten 1B, 2B, 3B

1. {e.first} H. (2B)
   - observaties juf Ines: weinig oogcontact, paniek bij veranderingen, sorteert alles op kleur
   - CLB-traject loopt, vraag naar verslag type 9 (autisme), ouders akkoord
   - acties: dagplanning met picto's, time-timer, vaste plek in de rij

2. {r.first} V. (3B)
   - ondersteuningsnetwerk: 2 u/week (motoriek, schrijven)
   - gaat vooruit, houding pen beter
   - acties: laptop voor langere teksten proberen

3. {n.first} G. (1B)
   - faalangst sterk verminderd na de sessies bij de CLB-psychologe
   - traject afsluiten, juf Jonas volgt verder op

volgende MDO: 25/03
"""
    mail("mdo-verslag-clb", MARLEEN, CLB, "verslag MDO 21/01", "2025-01-22 08:40", cte="7bit", charset="us-ascii",
         body="""Lotte,

In bijlage mijn nota's van gisteren, kijk je ze na of ik iets vergeten ben?

Marleen
""",
         atts=[("MDO_21-01-2025.txt", notes, "text/plain")],
         rules=["sensitive"], cats=["care", "medical", "psychosocial"], about=[e.id, r.id, n.id],
         note="care coordinator sends the CLB her multidisciplinary-meeting notes on three named pupils in a text attachment",
         fmt=["mixed", "attachment-txt"])

    # S29 to the speech therapist: language disorder suspected
    p = R["P0088"]
    mail("senne-logo-uren", FATIMA, SAAR, f"logo {p.first} K3B", "2024-10-01 12:20", cte="8bit",
         body=f"""Hallo Saar,

Fijn dat je {p.first} kan opnemen. De uren: dinsdag en donderdag van 10u30 tot 11u in het zorglokaal, dan mist hij \
alleen het vrij spel.

Het CLB vermoedt een taalontwikkelingsstoornis, het onderzoek in het revalidatiecentrum loopt nog (wachtlijst tot \
maart). In de klas werk ik met pictogrammen en herhaal ik de opdrachten apart voor hem. Hij begrijpt veel meer dan hij \
kan zeggen en wordt boos als we hem niet verstaan.

Als je een schriftje wil om heen en weer te schrijven, zeg het maar.

Fatima
""",
         rules=["sensitive"], cats=["care", "medical"], about=[p.id],
         note="kindergarten teacher tells the speech therapist a toddler is assessed for a language disorder and how he is supported",
         fmt=["plain", "8bit"])

    # S30 redirection to special education, to the mother
    p = R["P0130"]
    body = f"""Beste mevrouw {p.mom.split()[-1]},

Dank u voor het gesprek van gisteren samen met juf Marijke en mevrouw Verstraete van het CLB.

Zoals besproken adviseert de klassenraad dat {p.first} vanaf september de overstap maakt naar het buitengewoon \
onderwijs (type basisaanbod). Ondanks de extra ondersteuning van de voorbije twee jaar haalt {p.first} de doelen van \
het tweede leerjaar niet, en we merken dat hij daar zelf erg onder lijdt.

Het CLB maakt het verslag op en helpt u bij de inschrijving. U kunt al een kijkmoment aanvragen in De Wegwijzer in \
Kessel-Lo; mevrouw Verstraete stuurt u de gegevens.

U mag natuurlijk altijd nog langskomen met vragen.

Met vriendelijke groeten,

Luc Vanderstraeten
directeur Basisschool Sint-Pieter
T {SCHOOL_TEL}
"""
    mail("rayan-advies-september", LUC, p.p1, f"Verslag van ons gesprek over {p.first}", "2025-04-29 17:30",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive", "personal_data"], cats=["care"], about=[p.id],
         note="director confirms to a mother the advice to move her son to special education; school phone in signature",
         fmt=["alt", "outlook", "qp"])

    # S31 IAC
    p = R["P0202"]
    mail("oona-iac", MARLEEN, KATRIEN, f"{p.first} 4A - IAC vanaf nu", "2025-03-03 10:17", cte="quoted-printable",
         body=f"""Hoi Katrien,

Na het overleg met het CLB en de ouders is het nu officieel: {p.first} M. volgt vanaf deze week een individueel \
aangepast curriculum voor wiskunde en taal. Ze werkt op haar eigen doelen (ongeveer niveau tweede leerjaar), krijgt \
een eigen rapport en op het einde van de rit geen getuigschrift.

Elke maakt de werkbundels. Bij toetsen mag ze de klastoets overslaan en een eigen toets maken.

Kunnen we donderdag 15u30 even overlopen hoe je het in de klas organiseert?

Marleen
""",
         rules=["sensitive"], cats=["care"], about=[p.id],
         note="care coordinator informs the teacher that one pupil now follows an individual adapted curriculum",
         fmt=["plain", "qp"])

    # S32 extra kindergarten year, to both parents (bcc)
    p = R["P0067"]
    mail("nora-extra-jaar", KAROLIEN, [p.p1, p.p2], f"{p.first} - volgend schooljaar", "2025-05-06 20:15",
         cte="8bit",
         body=f"""Dag Evelien en Dirk,

Zoals beloofd zet ik op papier wat we vrijdag bespraken.

Na overleg met juf Marleen en het CLB stellen we voor dat {p.first} nog een jaar in de derde kleuterklas blijft. Ze \
is een heel lieve meid, maar ze is nog niet klaar voor het eerste leerjaar: ze kan nog moeilijk een opdracht alleen \
afwerken, knippen en pengreep zijn nog moeilijk, en ze is snel moe en emotioneel na de middag. Het CLB deed een \
schoolrijpheidsonderzoek dat in dezelfde richting wijst.

De beslissing ligt uiteindelijk bij jullie. Het CLB geeft een advies, jullie hoeven dat niet te volgen. Neem gerust \
de tijd, en als jullie nog eens willen praten, ben ik er.

Groetjes,
juf Karolien
""",
         rules=["sensitive", "bcc"], cats=["care"], about=[p.id],
         note="kindergarten teacher proposes to both parents (both visible in To) an extra year in kindergarten after a CLB test",
         fmt=["plain", "8bit"])

    # S33 timetable of the support network (table)
    a, l = R["P0074"], R["P0194"]
    rows = [["Leerling", "Klas", "Wat", "Wanneer", "Ondersteuner"],
            [f"{a.first} V.", "K3A", "autisme: overgangen, prikkels, spelen op de speelplaats", "di 9u00-10u00", "juf Kristien (netwerk)"],
            [f"{l.first} V.", "3B", "DCD: schrijfmotoriek, laptop", "vr 13u15-14u15", "meester Ruben (netwerk)"]]
    body = ["Dag Karolien, dag Evelien,", "",
            "Het rooster van de ondersteuners van het netwerk voor het tweede trimester:", "", T(rows), "",
            "Nadia, kan jij hen telkens een badge geven aan het onthaal?", "", "Elke"]
    mail("rooster-netwerk-t2", ELKE, [KAROLIEN, EVELIEN], "rooster ondersteuningsnetwerk T2", "2025-01-06 08:20",
         cc=[NADIA], body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["care", "medical"], about=[a.id, l.id],
         note="support-network timetable naming two pupils with their diagnosis (autism, DCD)",
         fmt=["alt", "outlook", "table"])

    # S34 EN support plan, to the mother
    p = R["P0113"]
    body = f"""Dear An,

Thank you for coming in on Monday. As promised, here is a short summary of the support plan we agreed on for {p.first}.

- Reading: three times a week {p.first} reads with Ms Elke in a small group of three pupils (Monday, Wednesday, Friday, 20 minutes).
- In class: Mr Jonas gives her shorter reading texts and she may use a reading ruler.
- Maths: no extra measures for now.
- Evaluation: we look at it again together before the Easter holidays.

If there is still little progress by then, we will ask the CLB to do a test for reading difficulties. Please keep \
reading with her at home, ten minutes a day is more than enough.

Kind regards,
Marleen Govaerts
pupil support coordinator
"""
    mail("liv-support-plan", MARLEEN, p.p2, f"Support plan {p.first} (1B)", "2025-01-15 12:50",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["care"], about=[p.id],
         note="care coordinator sends a mother in English the individual reading support plan of her daughter",
         lang="en", fmt=["alt", "outlook", "en", "list"])

    # S35 unpaid bills, cp1252
    p = R["P0239"]
    mail("rekening-kowalski", NADIA, LUC, f"schoolrekening fam. Kowalski ({p.first} 5A)", "2024-12-12 14:05",
         charset="windows-1252", cte="8bit",
         body=f"""Luc,

De schoolrekening van {p.first} Kowalski (5A) staat nog altijd open sinds september: € 284,50 (middagmaal, \
zwemmen, uitstap Technopolis). Drie herinneringen gestuurd, geen reactie.
Mama belde vanmorgen terug (haar mail van vanochtend zit in bijlage): haar man is sinds oktober werkloos en ze komen met één loon niet rond, ze schaamde zich \
zichtbaar. Ze vraagt of het in stukjes mag.

Voorstel: afbetalingsplan van € 50 per maand vanaf januari? En de bosklassen in mei niet meer aanrekenen tot dit \
rond is? Jij beslist.

Nadia
""",
         fwd_msg=inner_msg(P(p.mom, p.p1), SECR, "rekening", "2024-12-12 08:41",
                           f"""Goeiedag,

Ik heb uw brieven gekregen over de rekening van {p.first}. Ik kan nu niet alles betalen. Mijn man heeft geen werk \
meer sinds oktober en met mijn loon alleen lukt het niet deze maand. Kan ik elke maand een deel betalen?
Sorry en bedankt,
{p.mom}
""", cte="8bit"),
         rules=["sensitive"], cats=["financial"], about=[p.id],
         note="secretary tells the director a family cannot pay the school bill after a job loss; the mother's own mail attached",
         fmt=["mixed", "windows-1252", "8bit", "forward-attached", "rfc822"])

    # S36 OCMW pays, with INSZ and IBAN
    a, b = R["P0180"], R["P0181"]
    body = f"""Beste mevrouw Wyns,

Zoals telefonisch afgesproken sturen we de facturen voor de opvang en het middagmaal van {a.first} en {b.first} \
{a.last} (3B) vanaf januari rechtstreeks naar het OCMW.

Gegevens van de moeder: {a.mom}, rijksregisternummer 88.04.19-274.63.
Openstaand saldo 2024: € 412,60 (zie overzicht in bijlage van mijn vorige mail).

Graag storten op rekening {SCHOOL_IBAN} van vzw Sint-Pieter met vermelding van de namen van de kinderen.

Met vriendelijke groeten,
Nadia Boukhari
secretariaat
"""
    mail("ocmw-facturen-benali", NADIA, OCMW, f"facturen opvang en middagmaal {a.first} en {b.first} {a.last}",
         "2025-01-09 15:40", body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive", "personal_data"], cats=["financial"], about=[a.id, b.id],
         note="secretary arranges with the OCMW that it pays a family's care and meal invoices; national number and IBAN",
         fmt=["alt", "outlook", "qp"])

    # S37 payment plan, to the mother
    p = R["P0242"]
    mail("zeeklassen-spreiding", NADIA, p.p1, f"zeeklassen {p.first} - betaling in schijven", "2025-02-25 09:12",
         cte="quoted-printable",
         body=f"""Beste mevrouw Yilmaz,

Zoals afgesproken aan de telefoon spreiden we het bedrag van de zeeklassen van {p.first} (€ 235) over vijf maanden: \
€ 47 per maand, van maart tot en met juli.

U mag telkens storten op {SCHOOL_IBAN} met de mededeling +++241/2005/58896+++.

{p.first} gaat dus gewoon mee, daar hoeft u zich geen zorgen over te maken. Niemand in de klas weet hiervan.

Vriendelijke groeten,
Nadia Boukhari
secretariaat Sint-Pieter
""",
         rules=["sensitive", "personal_data"], cats=["financial"], about=[p.id],
         note="secretary confirms to a mother a five-instalment payment plan for the sea classes; IBAN",
         fmt=["plain", "qp"])

    # S38 solidarity fund of the parents' association
    p = R["P0250"]
    mail("solidariteitsfonds-vraag", MARLEEN, P("An Coppens (penningmeester ouderraad)", "penningmeester.ouderraad.sp@gmail.com"), "vraag solidariteitsfonds (discreet)",
         "2025-03-12 19:45", cte="8bit",
         body=f"""Dag An,

Een vraag voor het solidariteitsfonds van de ouderraad, liefst alleen tussen jou en mij.

Kan het fonds de zeeklassen van {p.first} A. uit 5B betalen (€ 235)? Mama heeft dit schooljaar de schooltoeslag \
niet gekregen door een fout in haar dossier bij het Groeipakket, dat wordt pas in de zomer rechtgezet. Ze werkt \
deeltijds en komt nu echt niet rond; ze zei me dat {p.first} dan maar thuis zou blijven.

Als het kan, zet ik het bedrag op de rekening van de school en hoeft niemand iets te weten.

Groetjes,
Marleen
""",
         rules=["sensitive"], cats=["financial"], about=[p.id],
         note="care coordinator asks the parents' association treasurer to pay a pupil's sea classes because the family missed its school allowance",
         fmt=["plain", "8bit"])

    # S39 opvang: open amounts per family (table)
    t, m, x = R["P0209"], R["P0029"], R["P0277"]
    rows = [["Kind", "Klas", "Open sinds", "Bedrag", "Opmerking"],
            [f"{t.first} V.", t.klas, "sept.", "€ 186,40", "mama zegt dat ze pas in maart terug werk heeft"],
            [f"{m.first} V.", m.cls, "okt.", "€ 92,00", "papa betaalt zijn helft niet, mama wel"],
            [f"{x.first} T.", x.klas, "nov.", "€ 58,75", "vergeten? 1 herinnering"]]
    body = ["Luc,", "", "De openstaande opvangrekeningen na de tweede herinnering:", "", T(rows), "",
            f"Voor {t.first} stel ik voor dat we hem gewoon laten komen, het is geen kind om thuis te laten. "
            "Mag ik ze doorverwijzen naar Marleen voor een gesprek?", "", "Greet"]
    mail("opvang-open-rekeningen", GREET, LUC, "openstaande opvangrekeningen", "2025-01-20 17:58",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["sensitive"], cats=["financial"], about=[t.id, m.id, x.id],
         note="after-school care coordinator lists named children's unpaid care bills and the families' money problems",
         fmt=["alt", "outlook", "table"])

    # S40 FR unpaid invoices, base64, IBAN
    p = R["P0260"]
    mail("factures-esther", NADIA, p.p1, f"Factures de {p.first} ({p.klas})", "2025-03-20 10:30", cte="base64",
         body=f"""Monsieur {p.last},

Malgré nos rappels, les factures de {p.first} de septembre à décembre restent impayées (repas chauds, garderie et \
piscine), pour un total de 318,20 euros.

Nous comprenons que la situation peut être difficile. Nous pouvons vous proposer un plan de paiement en plusieurs \
mois, ou vous aider à faire une demande d'aide auprès du CPAS de Louvain. Notre coordinatrice de soins, Mme Govaerts, \
peut vous accompagner.

Compte de l'école : {SCHOOL_IBAN}.

Bien à vous,
Nadia Boukhari
secrétariat, école primaire Sint-Pieter
""",
         rules=["sensitive", "personal_data"], cats=["financial"], about=[p.id],
         note="secretary writes a father in French about months of unpaid invoices and offers a plan or CPAS help; IBAN",
         lang="fr", fmt=["plain", "base64"])


# ==================================================================================================
# B. personal mails about one child that are NOT sensitive
# ==================================================================================================
def personal_mails():
    p = R["P0004"]
    mail("knuffel-pluis", ANN, p.p1, "knuffel van Merel", "2024-09-18 15:40", cte="8bit",
         body=f"""Dag Joke,

{p.first} was vandaag een beetje van slag omdat ze haar knuffelkonijn niet meer vond (Pluis, grijs met een roze \
oor). We hebben de hele klas en de slaapklas afgezocht, niets. Misschien ligt hij in de opvang of in jullie auto?
Als hij opduikt op school hou ik hem apart in mijn kast.

Groetjes,
juf Ann (K1A)
""",
         rules=[], about=[p.id], note="kindergarten teacher tells a mother her daughter's cuddly rabbit is missing",
         fmt=["plain", "8bit"])

    p = R["P0035"]
    mail("trakteren-salma", LIEN, p.p1, "Re: trakteren vrijdag", "2024-10-02 19:20", cte="quoted-printable",
         style="thunderbird",
         body=f"""Dag Karim,

Natuurlijk mag {p.first} vrijdag trakteren voor haar verjaardag! Liefst iets kleins: fruitspiesjes, een \
cakeje of pannenkoekjes zijn altijd een succes. Geen snoepzakjes aub, en geen cadeautjes voor de klasgenoten.
Zij krijgt van ons de verjaardagskroon en we zingen om 10u, jullie mogen gerust even binnenkomen.

Groetjes,
juf Lien

{gmail_quote_head("2024-10-02 12:05", f"Karim El Amrani <{p.p1}>")}
{quote(f"Dag juf, {p.first} wordt vrijdag 5 en zou graag iets meebrengen voor de klas. Mag dat? Welke dingen? Groeten, Karim")}
""",
         rules=[], about=[p.id], note="teacher answers a father that his daughter may bring a birthday treat",
         fmt=["plain", "reply", "qp"])

    p = R["P0096"]
    mail("eerste-tand-lies", LEEN, p.p1, "eerste tand!", "2024-10-08 12:52", cte="8bit", style="iphone",
         body=f"""Dag mama van {p.first},

Grote dag vandaag: {p.first} haar eerste tand is eruit gevallen tijdens het middageten (in een boterham met \
choco, zeer dramatisch). Hij zit in een envelopje in haar boekentas, voorvakje. Ze is heel fier!

Juf Leen
""",
         rules=[], about=[p.id], note="teacher tells a mother her daughter lost her first tooth at lunch",
         fmt=["plain", "8bit"])

    p = R["P0272"]
    mail("klasfoto-kato", NADIA, p.p1, "klasfoto 6A - Kato", "2024-10-24 10:05", cte="quoted-printable",
         body=f"""Beste meneer Goossens,

{p.first} stond inderdaad niet op de klasfoto, ze was afwezig die dag. De fotograaf komt nog eens terug op dinsdag \
12 november voor de inhaalfoto's; dan wordt {p.first} apart gefotografeerd en ingevoegd op de klasfoto.
De bestelling van de individuele foto's mag u tot 20 november doorgeven via de link op het kaartje.

Vriendelijke groeten,
Nadia Boukhari
secretariaat
""",
         rules=[], about=[p.id], note="secretary tells a father his daughter will be photographed on the catch-up day",
         fmt=["plain", "qp"])

    p = R["P0117"]
    mail("zwemzak-jules", JONAS, p.p1, "zwemzak", "2024-11-04 16:30", cte="8bit",
         body=f"""Hallo Koen,

{p.first} is nu al twee keer zijn zwemzak vergeten. Hij mocht meekijken vanop de bank, maar hij vond dat niet leuk. \
Morgen zwemmen we weer om 9u, zou je eraan willen denken? Handdoek, zwembroek, badmuts (verplicht).

Mvg
meester Jonas
""",
         rules=[], about=[p.id], note="teacher reminds a father that his son forgot his swimming bag twice",
         fmt=["plain", "8bit"])

    p = R["P0135"]
    mail("knie-cas-opvang", DINA, p.p1, "Cas viel op de speelplaats", "2024-09-26 17:20", cte="8bit",
         body=f"""Dag mevrouw Aerts,

Ter info: {p.first} is in de opvang gevallen tijdens het tikkertje op de speelplaats. Geschaafde knie, wat \
gehuild maar snel weer aan het spelen. We hebben het ontsmet en er een pleister op gedaan. Niets ernstigs, maar dan \
schrikt u niet vanavond.

Vriendelijke groet,
Dina
opvang Sint-Pieter
""",
         rules=[], about=[p.id], note="after-school care tells a mother her son scraped his knee and got a plaster",
         fmt=["plain", "8bit"])

    p = R["P0050"]
    html = f"""<div dir="ltr">Dag Joris,<div><br></div><div>{p.first} heeft vandaag een prachtige tekening gemaakt van
jullie nieuwe hond (Bo, als ik het goed begrepen heb). Met oren tot op de grond :-) Ik hang hem deze week aan ons
prikbord, daarna krijgt ze hem mee naar huis.</div><div><br></div><div>Groetjes,</div><div>juf Eline</div></div>
"""
    mail("tekening-hond", ELINE, p.p1, "mooie tekening", "2024-11-14 15:55", html=html, style="gmail",
         html_cte="quoted-printable",
         rules=[], about=[p.id], note="teacher tells a father his daughter made a nice drawing of their new dog",
         fmt=["html-only", "gmail"])

    p = R["P0076"]
    mail("ella-moe", KAROLIEN, p.p1, "Ella vandaag", "2024-12-02 14:15", cte="8bit",
         body=f"""Dag Nathalie,

Even laten weten: {p.first} was vandaag heel moe, ik denk van het feest van gisteren :-). Na de speeltijd is ze in \
de rusthoek op de kussens in slaap gevallen en heeft ze een halfuurtje geslapen. Daarna ging het weer prima.
Een vroeg bedje vanavond zal deugd doen!

Juf Karolien
""",
         rules=[], about=[p.id], note="kindergarten teacher says a girl was sleepy after a family party and napped",
         fmt=["plain", "8bit"])

    p = R["P0094"]
    mail("re-ophalen-woensdag-lukas", OPVANG, p.p1, "Re: woensdag ophalen", "2024-10-15 08:40",
         cte="quoted-printable",
         body=f"""Dag Sofie,

Genoteerd: woensdag 16/10 haalt opa {p.first} af om 12u10 aan de opvang. Hij mag gewoon binnenkomen langs de \
zijpoort.

Groetjes,
Greet - opvang

{gmail_quote_head("2024-10-14 21:33", f"Sofie Bosmans <{p.p1}>")}
{quote(f"Hallo, woensdag komt opa {p.first} halen in plaats van mij, hij heet Jos. Groetjes Sofie (mama van {p.first} 1A)")}
""",
         rules=[], about=[p.id], note="after-school care confirms grandpa picks the child up on Wednesday",
         fmt=["plain", "reply", "qp"])

    p = R["P0092"]
    mail("turnpantoffels-kerem", DRIES, p.p1, "turnpantoffels", "2024-10-21 11:25", cte="8bit",
         body=f"""Dag mevrouw Kaya,

{p.first} heeft al een paar weken geen turnpantoffels meer mee, hij turnt nu op blote voeten en dat is glad in de \
zaal. Misschien zijn ze te klein geworden? Turnen is op maandag en donderdag.

Sportieve groeten,
meester Dries (LO)
""",
         rules=[], about=[p.id], note="gym teacher asks a mother for new gym shoes for her son",
         fmt=["plain", "8bit"])

    p = R["P0128"]
    mail("leonie-lezen", MARIJKE, p.p1, f"{p.first} leest als een kanon", "2025-01-31 16:12",
         body=f"""Dag Joris,

Goed nieuws: {p.first} heeft bij de leestest van deze week AVI E3 gehaald, een hele sprong sinds september. Ze leest \
nu ook in de klas spontaan boekjes tijdens de vrije momenten. Het thuislezen werkt dus!

Groetjes,
juf Marijke
""", html="auto", html_style="gmail", cte="quoted-printable",
         rules=[], about=[p.id], note="teacher tells a father his daughter made good progress in reading",
         fmt=["alt", "gmail"])

    p = R["P0100"]
    mail("blauwe-jas-wies", SECR, p.p1, "jas gevonden", "2024-11-26 09:45", cte="8bit",
         body=f"""Goeiemorgen,

In de refter lag een blauwe winterjas met de naam "{p.first} J." in de kraag. We denken dat het die van {p.first} \
uit 1A is. Hij hangt aan de kapstok bij het secretariaat, {p.first} mag hem komen halen.

Secretariaat Sint-Pieter
""",
         rules=[], about=[p.id], note="secretary says a girl's coat was found in the dining hall",
         fmt=["plain", "8bit"])

    p = R["P0006"]
    mail("reservekleren-milan", ANN, p.p1, "reservekleren", "2025-05-28 15:02", cte="8bit",
         body=f"""Dag Sofie,

{p.first} heeft vandaag zo enthousiast aan de waterbak gespeeld dat hij kletsnat was tot op zijn sokken :-) We \
hebben de reservekleren uit zijn zakje gebruikt, de natte zitten in een plastic zak in zijn boekentas.
Zou je morgen een nieuwe set reservekleren willen meegeven?

Groetjes,
juf Ann
""",
         rules=[], about=[p.id], note="teacher asks a mother for a new set of spare clothes after water play",
         fmt=["plain", "8bit"])

    p = R["P0029"]
    mail("mila-first-week", SARA, p.p1, "Mila's first week", "2024-09-06 16:45", cte="quoted-printable",
         body=f"""Dear Els,

Just a short note after {p.first}'s first week in K1B. The first two mornings were a bit teary at the door, but \
since Wednesday she waves goodbye and walks straight to the doll corner. She eats well at lunch and took a nap \
after lunch every day.

She loves the song about the little mouse, maybe she will sing it for you at home!

Kind regards,
juf Sara
""",
         rules=[], about=[p.id], note="kindergarten teacher tells a mother in English how her daughter's first week went",
         lang="en", fmt=["plain", "qp", "en"])

    p = R["P0184"]
    mail("spreekbeurt-oona", EVELIEN, p.p1, "spreekbeurt Oona", "2025-01-20 19:02", cte="8bit",
         body=f"""Dag Kristof,

{p.first} mag haar spreekbeurt over paarden houden op maandag 3 februari. Ze mag foto's meebrengen en, als jullie \
dat willen, ook het zadel waarover ze vertelde :-) Ze moet ongeveer 5 minuten praten, de richtlijnen zitten in haar \
map.

Groetjes,
juf Evelien
""",
         rules=[], about=[p.id], note="teacher gives a father the date of his daughter's class talk",
         fmt=["plain", "8bit"])

    p = R["P0177"]
    mail("ster-van-de-week", TOM, p.p1, "ster van de week!", "2025-02-07 12:30", cte="quoted-printable",
         body=f"""Dag Jan,

{p.first} is volgende week onze ster van de week! Hij mag maandag iets meebrengen om aan de klas te tonen (een \
hobby, een foto van jullie huisdier, een verzameling...) en hij mag die week de klasdienst kiezen.

Groetjes,
meester Tom
""",
         rules=[], about=[p.id], note="teacher tells a father his son is star of the week",
         fmt=["plain", "qp"])

    p = R["P0292"]
    mail("lotte-solo", HANNE, p.p1, f"{p.first} - solo schoolfeest", "2025-05-05 18:22",
         body=f"""Dag Liesbeth,

{p.first} heeft de auditie voor de solo in het slotlied van het schoolfeest gewonnen, ze zingt echt prachtig! Om te \
oefenen zou ik haar woensdag na school nog een halfuurtje willen houden, tot 12u45. Is dat ok? Dan mag ze daarna naar \
de opvang of wordt ze opgehaald, zoals jullie willen.

Groetjes,
juf Hanne
""", html="auto", style="outlook", cte="quoted-printable",
         rules=[], about=[p.id], note="teacher asks a mother if her daughter may stay to rehearse her solo",
         fmt=["alt", "outlook"])

    p = R["P0109"]
    mail("zofia-swimming", DRIES, p.p1, "Zofia - swimming certificate", "2025-03-14 13:40", cte="8bit",
         body=f"""Dear Mrs Wójcik,

Good news: today {p.first} swam her first 25 metres without any help and earned her first swimming certificate! \
She gets the certificate on Monday. She was so proud, you should have seen her smile.

Best regards,
Dries Bollen
PE teacher
""",
         rules=[], about=[p.id], note="gym teacher tells a mother in English her daughter earned a swimming certificate",
         lang="en", fmt=["plain", "8bit", "en"])

    p = R["P0269"]
    mail("fietsexamen-tuur", KOEN, p.p1, "fietsexamen", "2025-04-25 15:30", cte="quoted-printable",
         body=f"""Dag Thomas,

{p.first} is geslaagd voor het praktisch fietsexamen, proficiat! Enkel zijn bel deed het niet, dus die mag nog \
eens nagekeken worden voor de fietsuitstap van juni. Het diploma krijgt hij op de proclamatie.

Groeten,
meester Koen
""",
         rules=[], about=[p.id], note="teacher tells a father his son passed the cycling exam",
         fmt=["plain", "qp"])

    p = R["P0052"]
    mail("brooddoos-eenhoorn", KEUKEN, p.p1, "brooddoos blijven liggen", "2024-10-29 13:30", cte="8bit",
         body=f"""Dag mevrouw Jacobs,

De brooddoos van {p.first} (K2B, roze met een eenhoorn) is blijven liggen in de refter. Ze staat bij de juf in de \
klas, dan wordt ze niet vergeten.

Marc - keuken
""",
         rules=[], about=[p.id], note="kitchen tells a mother her daughter's lunch box was left behind",
         fmt=["plain", "8bit"])

    p = R["P0087"]
    mail("re-oma-vrijdag", FATIMA, p.p1, "Re: vrijdag", "2025-02-13 21:05", cte="8bit", style="iphone",
         body=f"""Prima, ik heb het genoteerd: vrijdag haalt oma {p.first} op om 15u20 aan de klas. Fijn weekend aan \
zee alvast!
Juf Fatima

{gmail_quote_head("2025-02-13 20:40", f"Leen Vos <{p.p1}>")}
{quote(f"Juf, vrijdag komt oma {p.first} halen, wij vertrekken rechtstreeks van het werk naar zee. Groetjes Leen")}
""",
         rules=[], about=[p.id], note="teacher confirms grandma picks the child up on Friday",
         fmt=["plain", "reply", "8bit"])

    p = R["P0045"]
    mail("stenen-meebrengen", LIEN, p.p1, "Jakub mag zijn stenen meebrengen", "2025-03-24 16:00",
         html=f"""<html><body><p>Dag mevrouw Wójcik,</p>
<p>We starten maandag met het thema <i>Onder de grond</i>. {p.first} vertelde enthousiast over zijn stenenverzameling:
hij mag die gerust meebrengen om in de klas te tonen! Liefst in een doos met zijn naam erop.</p>
<p>Groetjes,<br>juf Lien</p></body></html>
""", html_cte="base64",
         rules=[], about=[p.id], note="teacher invites a boy to bring his stone collection for the class theme",
         fmt=["html-only", "base64"])

    p = R["P0244"]
    mail("toneel-emma", SOFIE, p.p1, "rol in het toneel", "2025-04-03 17:10", cte="quoted-printable",
         body=f"""Dag Hilde,

{p.first} speelt de verteller in ons klastoneel voor het schoolfeest, ze heeft er zelf voor gekozen. Haar tekst zit \
in de gele map; wil je thuis de eerste twee bladzijden eens met haar oefenen? Voor het kostuum: iets zwarts volstaat, \
de hoed brengen wij mee.

Groetjes,
juf Sofie
""",
         rules=[], about=[p.id], note="teacher tells a mother her daughter plays the narrator in the class play",
         fmt=["plain", "qp"])

    p = R["P0204"]
    mail("youssef-cahier", KATRIEN, p.p1, "Youssef - cahier de devoirs", "2024-11-19 16:25", cte="quoted-printable",
         body=f"""Bonjour Madame Benali,

{p.first} a oublié son cahier de devoirs trois fois cette semaine. Pourriez-vous vérifier avec lui le soir si le \
cahier est bien dans son cartable ? Les devoirs de cette semaine sont aussi sur Smartschool.

Merci beaucoup et bonne soirée,
Juf Katrien (4A)
""",
         rules=[], about=[p.id], note="teacher asks a mother in French to check her son's homework diary",
         lang="fr", fmt=["plain", "qp", "fr"])

    p = R["P0247"]
    mail("tekenwedstrijd-fleur", SOFIE, p.p1, "Fleur wint de tekenwedstrijd!", "2025-04-10 12:40",
         body=f"""Dag An,

Fantastisch nieuws: {p.first} heeft de tekenwedstrijd van de bibliotheek van Heverlee gewonnen in de categorie 10-12 \
jaar! De prijsuitreiking is zaterdag 19 april om 11u in de bib. Een journalist van de regionale krant wil er een \
foto van maken; mag {p.first} daarop? Laat gerust iets weten.

Groetjes,
juf Sofie
""", html="auto", html_style="gmail", cte="quoted-printable",
         rules=[], about=[p.id], note="teacher tells a mother her daughter won a drawing contest and asks for photo consent",
         fmt=["alt", "gmail"])

    p = R["P0254"]
    mail("matteo-nieuwe-leerling", WIM, p.p1, "een compliment voor Matteo", "2025-01-13 15:55", cte="8bit",
         body=f"""Dag Pieter,

Even iets positiefs tussendoor: vandaag kwam er een nieuwe leerling in de klas en {p.first} heeft hem uit zichzelf \
de hele dag geholpen: de school rondgeleid, naast hem gezeten in de refter, meegenomen in het voetbal. Daar mag hij \
best eens een pluim voor krijgen thuis!

Meester Wim
""",
         rules=[], about=[p.id], note="teacher compliments a father on how his son welcomed a new pupil",
         fmt=["plain", "8bit"])

    p = R["P0047"]
    mail("opvang-laat-afgehaald", OPVANG, p.p1, "afhalen na 18u", "2025-02-20 18:25", cte="8bit",
         body=f"""Dag mevrouw Haddouchi,

{p.first} werd vandaag om 18u05 afgehaald, de opvang sluit om 18u. Het is geen probleem, het kan iedereen overkomen \
met de file! Wilt u de volgende keer even bellen naar de gsm van de opvang als het later wordt? Dan kunnen we {p.first} \
geruststellen. Nummer: {OPVANG_GSM}.

Vriendelijke groet,
Greet
""",
         rules=["personal_data"], about=[p.id], note="after-school care asks a mother to call next time she is late; care GSM number",
         fmt=["plain", "8bit"])

    p = R["P0192"]
    mail("toets-wiskunde-elise", EVELIEN, [p.p1, p.p2], "Elise en de breuken", "2025-03-07 16:20",
         cte="quoted-printable",
         body=f"""Dag Katrien, dag Sven,

Ik wou jullie even laten weten dat {p.first} haar toets breuken heel goed gemaakt heeft, 19 op 20! Ze had er schrik \
van, maar het oefenen heeft duidelijk geholpen. Ze mag fier zijn.

Groetjes,
juf Evelien
""",
         rules=["bcc"], about=[p.id],
         note="teacher praises a pupil's test result to both parents, both external addresses visible in To",
         fmt=["plain", "qp"])

    p = R["P0112"]
    mail("fiets-meebrengen-sara", P("Jonas Vanhove", "jonas.vanhove.1989@gmail.com"), p.p1, "fietsdag morgen",
         "2025-05-15 20:30", cte="8bit", style="gmail", env_from="jonas.vanhove.1989@gmail.com",
         body=f"""Dag Leen,

Sorry dat ik van mijn eigen adres stuur, mijn schoolmail doet moeilijk op mijn gsm.
{p.first} mag morgen haar fiets meebrengen voor de fietsdag, samen met haar helm. We vertrekken om 9u aan de \
speelplaats.

Groetjes,
meester Jonas
""",
         rules=["private_account"], about=[p.id],
         note="teacher writes a parent from his private gmail about an ordinary cycling day",
         fmt=["plain", "8bit"])

    p = R["P0145"]
    mail("brief-aan-de-sint", INES, p.p2, "Cas zijn brief", "2024-12-04 12:10", cte="quoted-printable",
         body=f"""Dag Dirk,

{p.first} heeft vandaag in de klas zijn brief aan de Sint geschreven, helemaal zelf, met hoofdletters en al! Ik \
stuur hem morgen mee in zijn map, hij wou hem per se thuis nog versieren met stickers.

Groetjes,
juf Ines
""",
         rules=[], about=[p.id], note="teacher tells a father his son wrote his own letter to Saint Nicholas",
         fmt=["plain", "qp"])


# ==================================================================================================
# C. mails that hand over a real credential value
# ==================================================================================================
JOLIEN = P("Jolien Vandaele", f"jolien.vandaele@{D}", "interim L3B")
BRAM_I = P("Bram Vercammen", f"bram.vercammen@{D}", "interim L4B")
SAMIRA_K = P("Samira Ouchan", f"samira.ouchan@{D}", "keukenhulp")
YANA = P("Yana Claes", f"yana.claes@{D}", "opvang")


def password_mails():
    # W01 welcome of an interim teacher: prose, two values among practical info
    mail("welkom-jolien", LUC, JOLIEN, "Welkom! praktische info voor maandag", "2024-10-25 18:40",
         cte="quoted-printable", style="outlook",
         body="""Dag Jolien,

Fijn dat je Evelien komt vervangen tot aan de kerstvakantie, welkom in Sint-Pieter!

Wat praktische zaken voor maandag:
Kom gerust om 8u naar het secretariaat, Nadia geeft je een sleutel van het lokaal en de badge voor de kopieermachine.
Je Smartschool-account staat klaar: gebruikersnaam jolien.vandaele, het tijdelijke paswoord is Welkom2024! en je moet \
het bij de eerste keer aanmelden zelf veranderen. De klas-iPads van het derde leerjaar gaan allemaal open met de code \
240715, die mag je de kinderen niet geven (ze proberen het wel ;-)).
Evelien heeft een map met de planning en de klaslijst op het bureau gelegd. Toezicht heb je op dinsdagmiddag.

Veel succes, en loop gerust binnen als er iets is.

Luc
""",
         rules=["password"], note="director gives an interim teacher her temporary Smartschool password and the class iPad passcode in prose",
         fmt=["plain", "qp", "outlook"])

    # W02 director's admin accounts while away
    mail("admin-tijdens-bosklassen", LUC, ELKE, "als er iets met de iPads is tijdens de bosklassen",
         "2025-05-09 16:55", cte="8bit",
         body="""Elke,

Ik ben van maandag tot woensdag mee op bosklassen en heb daar bijna geen bereik. Als er iets mis is met de iPads of \
een leerkracht is zijn wachtwoord kwijt, kan jij erin met mijn beheerdersaccounts:

- Jamf School (iPads): lvds-admin / Hev3rlee!Jamf24
- Microsoft 365 admin: luc.vanderstraeten@sintpieterscollege.be / Bosklas-Pieter-7
- Smartschool beheerder: luc.v / Sp@2425beheer

Na woensdag verander ik ze allemaal, dus gebruik ze enkel als het echt nodig is.

Luc
""",
         rules=["password"], note="director hands his admin logins (MDM, Microsoft, Smartschool) to the care teacher in a list",
         fmt=["plain", "8bit", "list"])

    # W03 Bingel login of a child to a parent
    p = R["P0129"]
    mail("bingel-rik", MARIJKE, p.p1, f"Bingel {p.first}", "2024-09-30 20:10", cte="8bit",
         body=f"""Dag Evelien,

Hier de gegevens om thuis met {p.first} in Bingel te oefenen (het kaartje dat hij meekreeg is hij blijkbaar kwijt):

gebruikersnaam: rikd2a
wachtwoord: appel57

Groetjes,
juf Marijke
""",
         rules=["password"], about=[p.id], note="teacher sends a mother her son's Bingel username and password",
         fmt=["plain", "8bit"])

    # W04 co-account of a parent
    p = R["P0200"]
    mail("co-account-elidrissi", SECR, p.p1, "Uw co-account voor Smartschool", "2024-09-09 10:02",
         cte="quoted-printable",
         body=f"""Beste meneer El Idrissi,

Zoals gevraagd hebben we voor u een co-account aangemaakt bij de Smartschool-account van {p.first} (4A).

Ga naar https://sintpieterheverlee.smartschool.be en meld u aan met:
Gebruikersnaam: adam.elidrissi
Co-account: Co-account 1
Wachtwoord: Tq7-mhr4K

Bij de eerste aanmelding kiest u zelf een nieuw wachtwoord.

Vriendelijke groeten,
Secretariaat basisschool Sint-Pieter
""",
         rules=["password"], about=[p.id], note="secretary gives a father his new Smartschool co-account password",
         fmt=["plain", "qp"])

    # W05 Microsoft accounts of new staff in an Outlook table
    rows = [["Naam", "Account", "Tijdelijk wachtwoord"],
            ["Jolien Vandaele", "jolien.vandaele@sintpieterscollege.be", "Kapeldreef-418"],
            ["Bram Vercammen", "bram.vercammen@sintpieterscollege.be", "Kapeldreef-925"],
            ["Yana Claes (opvang)", "yana.claes@sintpieterscollege.be", "Kapeldreef-306"]]
    body = ["Dag Nadia,", "",
            "De Microsoft-accounts van de nieuwe collega's zijn aangemaakt. Kan jij het hen maandag op een briefje "
            "geven? Ze moeten het bij de eerste aanmelding wijzigen en de Authenticator-app installeren.", "",
            T(rows), "", "Dank je!", "Luc"]
    mail("m365-nieuwe-collegas", LUC, NADIA, "accounts nieuwe collega's", "2024-10-24 12:30",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["password"], note="director sends the secretary a table of new staff Microsoft accounts with temporary passwords",
         fmt=["alt", "outlook", "table"])

    # W06 Wi-Fi for the speech therapist
    mail("wifi-voor-saar", ELKE, SAAR, "wifi zorglokaal", "2024-11-25 09:15", cte="8bit",
         body="""Hoi Saar,

Je vroeg vorige week naar de wifi voor je laptop in het zorglokaal:
netwerk: SPH-Gast
wachtwoord: Logo!Zolder38

Het gastnetwerk is traag boven, in de bib gaat het beter.

Elke
""",
         rules=["password"], note="care teacher gives the visiting speech therapist the guest Wi-Fi password",
         fmt=["plain", "8bit"])

    # W07 EN Wi-Fi and account for an Erasmus intern
    intern = P("María González", "maria.gonzalez.ruiz@alumni.uv.es")
    mail("intern-first-day", LUC, intern, "Your first day at Sint-Pieter", "2025-02-28 14:20",
         cte="quoted-printable",
         body="""Dear María,

We are looking forward to welcoming you on Monday! A few practical things:

- Please come to the office at 8:15, Nadia will give you a badge.
- You will be with Ms Sofie in 5A for the first two weeks.
- Wi-Fi for staff: network "SintPieter-Staff", key: HeverleeKids#2025
- Your Smartschool login: maria.gonzalez / Erasmus-Leuven-25 (change it after the first login)

See you Monday,
Luc Vanderstraeten
head teacher
""",
         rules=["password"], note="director sends an Erasmus intern the staff Wi-Fi key and her Smartschool login in English",
         lang="en", fmt=["plain", "qp", "list", "en"])

    # W08 kitchen door code, prose
    mail("keuken-eerste-dag", MARC, SAMIRA_K, "morgen eerste dag", "2024-09-01 19:05", cte="8bit",
         body="""Dag Samira,

Morgen om 7u30 verwacht ik je aan de achterkant van de school, aan de keukendeur naast de containers. Als ik er nog \
niet ben: de code van de keukendeur is 4719 en dan het hekje, de deur trekt wat, goed duwen. Schort en schoenen \
liggen klaar in het kastje met je naam.

Tot morgen!
Marc
""",
         rules=["password"], note="kitchen chef tells a new helper the kitchen door code in a sentence",
         fmt=["plain", "8bit"])

    # W09 alarm code, one line among many before the holidays
    mail("kerstvakantie-afspraken", LUC, [NADIA, GREET], "afspraken kerstvakantie", "2024-12-19 13:45",
         cte="quoted-printable", style="outlook",
         body="""Dag Nadia en Greet,

Nog enkele afspraken voor de vakantie:

1. Opvang is open op 23/12, 24/12 (tot 16u) en van 30/12 tot 3/1, niet op 25/12 en 1/1.
2. De verwarming staat op vakantieregime behalve in de opvangzaal en de refter.
3. Wie als laatste vertrekt: alle ramen dicht, rolluiken beneden, computers uit.
4. Alarm: code 2580 + OFF bij het binnenkomen, bij het buitengaan 2580 + ON en binnen 45 seconden buiten zijn.
5. De vuilniszakken gaan op 30/12 buiten, niet eerder (vossen).
6. Bij problemen met het gebouw: eerst mij bellen, daarna de technische dienst van de scholengroep.

Fijne vakantie alvast!
Luc
""",
         rules=["password"], note="director's holiday instructions with the alarm code as one item of a numbered list",
         fmt=["plain", "qp", "outlook", "list"])

    # W10 key box at the gym, to the municipality
    mail("sleutelkastje-turnzaal", DRIES, JENS, "Re: sleutel turnzaal woensdagnamiddag", "2024-10-08 12:10",
         cte="8bit",
         body=f"""Dag Jens,

Geen probleem voor de sportacademie op woensdag. De sleutel van de turnzaal hangt in het sleutelkastje naast de \
zijdeur (Kapeldreef), code 0311. Graag de sleutel terughangen en het kastje goed dichtdraaien.

Sportieve groet,
Dries

{gmail_quote_head("2024-10-08 09:30", "Jens Moreels <jens.moreels@leuven.be>")}
{quote("Hoi Dries, onze monitoren starten woensdag 16/10 om 13u30 in jullie turnzaal. Hoe geraken ze binnen? Groeten, Jens (sportdienst)")}
""",
         rules=["password"], note="gym teacher gives the municipal sport service the code of the key box",
         fmt=["plain", "8bit", "reply"])

    # W11 staff newsletter with the new bicycle shed code (group in Bcc)
    mail("personeelsinfo-week-47", NADIA, NADIA, "Personeelsinfo week 47", "2024-11-15 15:10",
         bcc=[f"personeel@{D}"], cte="quoted-printable",
         body="""Dag collega's,

Personeelsinfo voor volgende week:

* Maandag: personeelsvergadering om 15u45 in de refter (soep en broodjes voorzien).
* Dinsdag: fotograaf voor de inhaalfoto's, 9u-11u in de turnzaal.
* Woensdag: opvang tot 18u, Dina vervangt Greet.
* Donderdag: de nieuwe fietsenstalling voor personeel is klaar. Het cijferslot van de poort staat op 1964, \
na het sluiten de cijfers verdraaien aub.
* Vrijdag: pannenkoekenverkoop van de ouderraad aan de poort.

Fijn weekend!
Nadia
""",
         rules=["password"], note="weekly staff newsletter (group in Bcc) that gives the new bicycle shed lock code",
         fmt=["plain", "qp", "list"])

    # W12 printer code, short
    mail("printcode-bram", NADIA, BRAM_I, "printcode", "2025-01-06 08:35", cte="7bit", charset="us-ascii",
         body="""Bram, je printcode voor de kopieermachines = 55871

Nadia
""",
         rules=["password"], note="secretary gives an interim teacher his personal printer code in one line",
         fmt=["plain", "7bit"])

    # W13 cash sheet with macros + sheet password + safe code
    xlsm = (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" +
            b"\x00" * 16 + b"xl/vbaProject.bin" + b"\x00" * 32 + b"Sub KasAfsluiten()\r\nEnd Sub\r\n" +
            b"PK\x05\x06" + b"\x00" * 18)
    mail("kasblad-opvang-december", GREET, LUC, "kasblad opvang december", "2025-01-03 16:02",
         cte="quoted-printable", style="outlook",
         body="""Luc,

In bijlage het kasblad van de opvang voor december (het bestand met de knoppen, dus je moet de macro's \
inschakelen). Het blad 'totalen' is beveiligd, ontgrendelen met opvang24.

Het cash geld zit in de kluis in de opvang, die gaat open met 2-6-0-8 en dan het wieltje naar rechts.

Greet
""",
         atts=[("kasblad_opvang_2024-12.xlsm", xlsm, "application/vnd.ms-excel.sheet.macroEnabled.12")],
         rules=["password", "attachment"],
         note="after-school care coordinator sends a macro-enabled cash workbook with its sheet password and the safe code",
         fmt=["mixed", "qp", "attachment-xlsm", "outlook"])

    # W14 webshop login of the parents' association
    mail("webshop-ouderraad", LUC, P("An Coppens", "penningmeester.ouderraad.sp@gmail.com"), "webshop schoolfeest - login", "2025-03-18 21:12",
         cte="quoted-printable", style="outlook",
         body="""Dag An,

Welkom als nieuwe penningmeester! Zoals beloofd de login van de webshop voor de tickets en de wafels van het \
schoolfeest:

https://shop.sintpieter-ouderraad.be/beheer
login: ouderraad.sintpieter
paswoord: Wafelbak-2025

De bankapp van de ouderraad moet je zelf activeren bij de bank met je eigen kaartlezer, daar kan ik niet bij.

Groeten,
Luc
""",
         rules=["password"], note="director gives the parents' association treasurer the webshop admin login",
         fmt=["plain", "qp", "outlook"])

    # W15 reset code forwarded
    mail("resetcode-koen", LUC_S, KOEN, "code", "2025-02-10 08:07", cte="8bit", style="iphone",
         body="""Koen, hier de code die ik kreeg om jouw Smartschool terug te zetten: 847 215 (15 min geldig). Vul hem in \
bij 'wachtwoord vergeten' en kies een nieuw.
Luc

Verstuurd vanaf mijn iPhone
""",
         rules=["password"], note="director passes a colleague the one-time Smartschool reset code",
         fmt=["plain", "8bit"])

    # W16 reply with only the value
    mail("re-sleutelkast-opvang", GREET, DINA, "Re: code sleutelkast?", "2024-11-06 07:12", cte="8bit",
         style="iphone",
         body=f"""1357

Verstuurd vanaf mijn iPhone

{gmail_quote_head("2024-11-06 07:05", "Dina Moens <dina.moens@sintpieterscollege.be>")}
{quote("Greet, ik sta aan de opvang en weet de code van de sleutelkast niet meer, de kinderen komen om 7u30!")}
""",
         rules=["password"], note="reply that consists only of the key-box code, the question is quoted below",
         fmt=["plain", "reply", "8bit"])

    # W17 note of two words
    mail("code-bergingskot", KAROLIEN, LIEN, "code bergingskot", "2025-04-23 10:31", cte="7bit", charset="us-ascii",
         body="""1402 ;-)
""",
         rules=["password"], note="two-word note: the code of the toddlers' storage shed, meaning given by the subject",
         fmt=["plain", "7bit"])

    # W18 txt attachment with iPad codes
    codes = """iPad        code      Apple ID
L6-01       284901    ipads.l6@sintpieterscollege.be
L6-02       284902    ipads.l6@sintpieterscollege.be
L6-03       519377    ipads.l6@sintpieterscollege.be
L6-04       519378    ipads.l6@sintpieterscollege.be
L6-05       760214    ipads.l6@sintpieterscollege.be
L6-06       760215    ipads.l6@sintpieterscollege.be
Apple ID wachtwoord (voor app-installaties): Boekentas!L6-2025
"""
    mail("ipads-l6-codes", LUC, HANNE, "codes iPads zesde", "2024-09-04 12:00", cte="quoted-printable",
         body="""Hanne,

In bijlage de codes van de iPads van het zesde (kar 2). Print het liefst niet af, of leg het niet op je bureau.

Luc
""",
         atts=[("ipads_L6.txt", codes, "text/plain")],
         rules=["password"], note="director sends the class iPad passcodes and the Apple ID password in a text attachment",
         fmt=["mixed", "attachment-txt"])

    # W19 csv attachment of Bingel accounts for a substitute
    csv_rows = ["naam;klas;gebruikersnaam;wachtwoord"]
    pupils_4b = [x for x in ROSTER if x.cls == "L4B"]
    pw = ["zon47", "maan12", "bos88", "peer31", "kiwi64", "appel20", "wolk55", "vis73", "berg19", "roos42",
          "tijger8", "uil61", "kat29", "ster90", "boot14", "trein37", "zee66"]
    for x, w in zip(pupils_4b, pw):
        csv_rows.append(f"{x.first} {x.last};4B;{ascii_(x.first)}.{ascii_(x.last).replace(' ', '')[:3]}4b;{w}")
    csv = "\r\n".join(csv_rows) + "\r\n"
    mail("bingel-accounts-4b", PIETER, BRAM_I, "Bingel 4B", "2025-01-05 17:45", cte="8bit",
         body="""Dag Bram,

Voor de eerste week: in bijlage de Bingel-logins van de klas, voor als iemand het zijne vergeten is. Het \
klasbord staat al klaar met de taken voor rekenen.

Succes maandag!
Pieter
""",
         atts=[("bingel_4B.csv", csv, "text/csv")],
         rules=["password"], note="teacher sends his substitute a CSV of all pupils' Bingel usernames and passwords",
         fmt=["mixed", "attachment-csv"])

    # W20 alarm company's mail with new user codes, forwarded as attachment (message/rfc822)
    inner = inner_msg(ALARM, SECR, "Bevestiging wijziging gebruikerscodes - Basisschool Sint-Pieter (klant 40177)",
                      "2025-01-14 11:02", """Geachte,

Na het onderhoud van 13/01 werden de gebruikerscodes van uw installatie aangepast zoals gevraagd:

gebruiker 01 (directie)   : ongewijzigd
gebruiker 04 (opvang)     : 6093
gebruiker 05 (schoonmaak) : 7718

De oude codes van gebruikers 04 en 05 zijn niet meer geldig.

Met vriendelijke groeten,
SecurAlarm - dienst na verkoop
""")
    mail("fw-securalarm-codes", NADIA, LUC, "FW: Bevestiging wijziging gebruikerscodes", "2025-01-14 11:20",
         body="""Luc, ter info, zie bijlage. Ik heb de code van de opvang nog niet doorgegeven aan Greet.

Nadia
""", cte="quoted-printable", style="outlook", fwd_msg=inner,
         rules=["password"], note="secretary forwards as attachment the alarm company's mail listing new user codes",
         fmt=["mixed", "forward-attached", "rfc822"])

    # W21 FR co-account
    p = R["P0264"]
    mail("coaccount-mukendi", SECR, mom_mail(p), "Votre co-compte Smartschool", "2024-09-11 09:50",
         cte="quoted-printable",
         body=f"""Madame {p.mom.split()[-1]},

Voici les données de votre co-compte Smartschool pour suivre {p.first} (5B) :

adresse : https://sintpieterheverlee.smartschool.be
nom d'utilisateur : merveille.mukendi
co-compte : Co-compte 1
mot de passe provisoire : Lune-48-Vert

Vous devrez choisir un nouveau mot de passe lors de votre première connexion.

Cordialement,
Le secrétariat de l'école Sint-Pieter
""",
         rules=["password"], about=[p.id], note="secretary gives a mother her Smartschool co-account temporary password in French",
         lang="fr", fmt=["plain", "qp", "fr"])

    # W22 FR: gate code and Wi-Fi for a visiting psychomotor therapist
    camille = P("Camille Dubois", "camille.dubois@psychomot-bxl.be")
    mail("psychomot-acces", LUC, camille, "Accès à l'école le jeudi", "2024-10-03 17:25", cte="8bit",
         body="""Bonjour Madame Dubois,

Pour vos séances du jeudi : vous pouvez entrer par la porte arrière (Kapeldreef), le code du portail est 2468B. Le \
local de soins est au premier étage à côté de la bibliothèque.

Wi-Fi invités : SPH-Gast, mot de passe Logo!Zolder38.

Bien à vous,
Luc Vanderstraeten, directeur
""",
         rules=["password"], note="director gives a visiting therapist the gate code and guest Wi-Fi password in French",
         lang="fr", fmt=["plain", "8bit", "fr"])

    # W23 account of a substitute, in a reply
    mail("re-inloggen-lukt-niet", LUC, BRAM_I, "Re: inloggen lukt niet", "2025-01-06 12:48", cte="quoted-printable",
         style="outlook",
         body=f"""Bram,

Ik heb je account opnieuw ingesteld. Probeer met bram.vercammen@sintpieterscollege.be en als wachtwoord Zomer2025!vc
Dan vraagt Teams om een nieuw te kiezen.

Luc
{outlook_quote_head("2025-01-06 12:31", BRAM_I, LUC, "inloggen lukt niet")}

Dag Luc, ik kan niet inloggen in Teams en Outlook, hij zegt dat mijn wachtwoord verlopen is. Kan jij kijken?
Bram
""",
         rules=["password"], note="director answers a substitute with a new Microsoft password inline",
         fmt=["plain", "reply", "qp", "outlook"])

    # W24 copier admin password, to the technician
    mail("konica-eerste-verdiep", NADIA, KOPIE, "storing kopieermachine eerste verdiep", "2024-11-28 10:20",
         cte="8bit",
         body="""Goeiemorgen,

De kopieermachine op het eerste verdiep (Konica, serienummer A7PU27100844) geeft sinds gisteren foutcode C-2557 en \
drukt niets meer af. Jullie technieker mag morgen langskomen, ik ben er vanaf 8u.

Voor het geval hij in het beheermenu moet: gebruiker admin, paswoord Sp1eter!admin.

Vriendelijke groeten,
Nadia Boukhari
secretariaat
""",
         rules=["password"], note="secretary gives the copier technician the admin password in a repair request with serial and error numbers",
         fmt=["plain", "8bit"])

    # W25 EN: MDM admin to the IT partner
    body = """Hi Tom,

As discussed, here is the admin access to our Jamf School tenant so you can migrate the profiles this weekend:

URL: https://sintpieterheverlee.jamfcloud.com
user: lvds-admin
password: Hev3rlee!Jamf24
2FA: I'll text you the code on Saturday morning.

Please leave the iPad classes as they are.

Thanks,
Luc
"""
    mail("jamf-migration-access", LUC, EDUTECH, "Jamf access for the migration", "2025-04-11 17:50",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["password"], note="director sends the external IT partner the MDM admin password in English",
         lang="en", fmt=["alt", "outlook", "en"])

    # W26 new after-school helper: bullet list with tablet PIN
    mail("welkom-yana-opvang", GREET, YANA, "welkom in de opvang!", "2024-09-13 14:30", cte="8bit",
         body="""Hoi Yana,

Welkom in ons team! Wat je moet weten voor maandag:

- je start om 15u15 in de grote opvangzaal
- de kinderen worden aangemeld op de tablet aan de deur, pincode 8264
- koeken en drank: om 16u, de lijst hangt aan de koelkast
- afhalen: altijd aftekenen op de tablet, bij twijfel bel je mij
- 17u45 opruimen, 18u deur toe

Tot maandag!
Greet
""",
         rules=["password"], note="after-school care coordinator gives a new helper the check-in tablet PIN in a bullet list",
         fmt=["plain", "8bit", "list"])

    # W27 to a pupil's own school account
    p = R["P0231"]
    mail("nieuw-paswoord-ayoub", SOFIE, p.mail, "je nieuwe paswoord", "2025-02-03 12:05", cte="8bit",
         body=f"""Dag {p.first},

Je was je paswoord van Smartschool vergeten. Je nieuwe paswoord is: kat-fiets-39
Schrijf het in je agenda (achteraan) en vertel het aan niemand!

Juf Sofie
""",
         rules=["password"], about=[p.id], note="teacher sends a pupil his new Smartschool password to his pupil mailbox",
         fmt=["plain", "8bit"])

    # W28 practical table for the physiotherapist: gate code and Wi-Fi
    kine = P("Tim Goris", "tim@kine-heverlee.be")
    rows = [["Wat", "Info"],
            ["Binnenkomen", "achterpoort Kapeldreef, code 2468B"],
            ["Parking", "2 plaatsen naast de turnzaal"],
            ["Lokaal", "zorglokaal 1.05 (eerste verdiep)"],
            ["Wifi", "SPH-Gast / Logo!Zolder38"],
            ["Contact", "Elke (zorgjuf), toestel 220"]]
    body = ["Dag Tim,", "", "Fijn dat je vanaf volgende week op dinsdag komt. Hieronder het praktische:", "",
            T(rows), "", "Groeten,", "Nadia"]
    mail("praktisch-kine-dinsdag", NADIA, kine, "praktische info dinsdag", "2024-10-11 11:40",
         body=body, html="auto", style="outlook", cte="quoted-printable",
         rules=["password"], note="secretary gives a physiotherapist a practical table with the gate code and Wi-Fi key",
         fmt=["alt", "outlook", "table"])

    # W29 padlock of the material cabinet, to a student teacher
    mail("ballenkast-stage", DRIES, "lars.meeus@student.ucll.be", "Re: stage LO", "2025-03-02 19:30", cte="8bit",
         body="""Hey Lars,

Tof dat je vanaf maandag komt. De ballen en de hesjes zitten in de grote kast achteraan in de turnzaal, het \
cijferslot staat op 0-4-2. De matten mag je zelf pakken.
Ik ben er maandag pas om 9u, begin gerust met het klaarzetten van het parcours.

Dries
""",
         rules=["password"], note="gym teacher gives a student teacher the padlock combination of the equipment cabinet",
         fmt=["plain", "8bit"])

    # W30 voicemail PIN, one line in a short mail
    mail("voicemail-secretariaat", LUC, NADIA, "voicemail", "2024-09-16 16:44", cte="8bit",
         body="""Nadia, de voicemail van het secretariaat staat terug op. Pincode om af te luisteren is 9031, je kan hem \
in het menu (toets 3) veranderen. Daarna: de begroeting inspreken met de openingsuren?
L.
""",
         rules=["password"], note="director gives the secretary the voicemail PIN",
         fmt=["plain", "8bit"])

    # W31 HTML-only Apple ID of the class iPads
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag Sofie en Wim,</p>
<p>De iPads van het vijfde vragen na de update opnieuw het Apple ID. Vullen jullie dit in als het gevraagd wordt?</p>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<tr><td>Apple ID</td><td>ipads.l5@sintpieterscollege.be</td></tr>
<tr><td>Wachtwoord</td><td>Leeuw!Heverlee9</td></tr>
</table>
<p>Niet aan de kinderen geven aub, anders kopen ze weer apps ;-)</p>
<p>Luc</p>
</body></html>
"""
    mail("apple-id-ipads-l5", LUC, [SOFIE, WIM], "iPads vijfde leerjaar vragen Apple ID", "2025-03-27 08:10",
         html=html, html_cte="quoted-printable",
         rules=["password"], note="director gives two teachers the Apple ID password of the class iPads in an HTML table",
         fmt=["html-only", "table"])

    # W32 reply chain: colleague lends her Bingel teacher account
    mail("re-bingel-klasbord-4a", KATRIEN, JOLIEN, "Re: Bingel klasbord 4A", "2025-01-27 21:02", cte="quoted-printable",
         style="gmail",
         body=f"""Natuurlijk! Je mag gewoon mijn account gebruiken deze week:
katrien.vanhees
Bingel4A!hv

De taken voor breuken staan al klaar onder 'week 5'.

Katrien

{gmail_quote_head("2025-01-27 20:41", "Jolien Vandaele <jolien.vandaele@sintpieterscollege.be>")}
{quote("Hoi Katrien, ik sta morgen en overmorgen in 4A. Ik kan de taken in Bingel niet zien met mijn eigen account, hoe doe ik dat? Jolien")}
""",
         rules=["password"], note="teacher lends a substitute her Bingel teacher login in a reply",
         fmt=["plain", "reply", "qp"])

    # W33 parents' association helpers: Wi-Fi for the quiz (Bcc)
    helpers = ["sven.vranckx@gmail.com", "an_coppens@telenet.be", "jorisdeprez@outlook.be", "inge.jacobs@gmail.com"]
    mail("quiz-helpers-praktisch", P("Ouderraad Sint-Pieter", f"ouderraad@{D}"), "undisclosed-recipients:;",
         "quiz zaterdag - praktisch voor de helpers", "2025-02-05 20:40", bcc=helpers, cte="quoted-printable",
         body="""Dag helpers,

Zaterdag is het zover: de quiz van de ouderraad in de refter!

- 18u00 opbouw (tafels, beamer, bar)
- 19u30 deuren open, 20u start
- de kassa start met 150 euro wisselgeld (Sven brengt die mee)
- de wifi in de refter voor de laptop van de quizmaster: netwerk SP-Event, paswoord quizavond-2025
- na afloop: afwas en vuilniszakken naar de containers achteraan

Bedankt voor jullie hulp!
De ouderraad
""",
         rules=["password"], note="parents' association mail to its helpers (Bcc) with the event Wi-Fi password among practical items",
         fmt=["plain", "qp", "list"])

    # W34 two words
    mail("ww-opvang-laptop", GREET, DINA, "laptop opvang", "2024-12-06 16:58", cte="7bit", charset="us-ascii",
         body="""ww: Zonnebloem7

G.
""",
         rules=["password"], note="two-word note with the password of the after-school care laptop",
         fmt=["plain", "7bit"])

    # W35 teacher forwards the Bingel logins of his class to his private gmail
    pupils_5b = [x for x in ROSTER if x.cls == "L5B"][:8]
    lines = "\n".join(f"{x.first} {x.last[0]}.   {ascii_(x.first)}5b   {w}" for x, w in
                      zip(pupils_5b, ["hond31", "kaas77", "fiets08", "regen45", "tulp12", "vlag56", "muis90", "sneeuw23"]))
    body = f"""

---------- Doorgestuurd bericht ---------
Van: Luc Vanderstraeten <luc.vanderstraeten@sintpieterscollege.be>
Date: ma 9 sep 2024 om 16:10
Subject: Bingel 5B nieuwe logins
To: Wim Roels <wim.roels@sintpieterscollege.be>

Wim, de nieuwe Bingel-logins van je klas (de eerste 8, de rest volgt):

{lines}

L.
"""
    mail("fwd-bingel-5b-thuis", WIM, "wim.roels77@gmail.com", "Fwd: Bingel 5B nieuwe logins", "2024-09-09 16:32",
         body=body, cte="quoted-printable",
         rules=["password", "private_account"],
         note="teacher forwards the pupils' Bingel logins to his own private gmail to print at home",
         fmt=["plain", "forward-inline", "qp"])


# ==================================================================================================
# D. look-alikes: about passwords and codes, without handing one over
# ==================================================================================================
def lookalike_mails():
    mail("phishing-opgelet", LUC, LUC, "OPGELET: valse mail 'mailbox vol'", "2024-10-14 10:05",
         bcc=[f"personeel@{D}"], cte="quoted-printable", style="outlook",
         body="""Dag collega's,

Vanochtend kregen verschillende collega's een mail met als onderwerp "Uw mailbox is vol - bevestig uw wachtwoord". \
Die komt NIET van ons of van de scholengroep. Klik niet op de knop en vul niets in.

Ter herinnering:
- niemand van de school of van LKSD zal je ooit je wachtwoord vragen, niet per mail, niet per telefoon, niet via Smartschool;
- stuur zelf ook nooit een wachtwoord of een deurcode door per mail; geef het mondeling of via de kluis bij Nadia;
- heb je toch al iets ingevuld? Wijzig meteen je wachtwoord op portal.office.com en verwittig mij, dan kijken we \
samen of er iets gebeurd is. Je mag het ook melden op privacy@lksd.ksleuven.be.

Bedankt om alert te blijven!
Luc
""",
         rules=[], note="director warns staff about a phishing mail and repeats the rule never to send passwords; no credential",
         fmt=["plain", "qp", "list"])

    p = R["P0132"]
    mail("bingelkaartje-aya", MARIJKE, p.p1, "Re: Bingel thuis?", "2024-10-01 18:30", cte="8bit",
         body=f"""Dag Samira,

{p.first} heeft haar Bingel-kaartje met haar login vandaag meegekregen, het zit in het voorvakje van haar \
boekentas. Als het kwijt is, maak ik een nieuw kaartje: de code krijgt ze dan van mij in de klas, die stuur ik \
nooit per mail. Thuis oefenen mag, maar het is geen verplichting!

Groetjes,
juf Marijke

{gmail_quote_head("2024-10-01 17:12", f"Samira Ait Lhaj <{p.p1}>")}
{quote(f"Dag juf, hoe kan {p.first} thuis in Bingel? Ze weet haar wachtwoord niet. Groetjes Samira")}
""",
         rules=[], about=[p.id], note="teacher says the child's Bingel login is on a card and the code is only given in class",
         fmt=["plain", "reply", "8bit"])

    mail("teams-overleg-lezen", MARLEEN, [LEEN, JONAS, MARIJKE, INES], "Teamoverleg leesbeleid (online)",
         "2025-01-28 12:00", cte="quoted-printable", style="outlook",
         body="""Dag collega's van de eerste graad,

Omdat de turnzaal donderdag bezet is, doen we het overleg over het leesbeleid online.

Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of ruimteapparaat
Vergaderings-id: 371 604 218 995
Wachtwoordcode: Xq7bT2
Donderdag 30/01 om 15u45

Agenda: leesmethode volgend schooljaar, leesuitdaging voorjaar, bib-bezoeken.

Marleen
""",
         rules=[], note="meeting passcode of a Teams meeting: a Teams invitation for a staff meeting",
         fmt=["plain", "qp", "outlook"])

    mail("info-avond-eerste-leerjaar", DIRECTIE, DIRECTIE, "Online infoavond eerste leerjaar - dinsdag 20u",
         "2025-03-10 17:30", bcc=[f"ouders-k3a@{D}", f"ouders-k3b@{D}"], cte="quoted-printable",
         body="""Beste ouders van de derde kleuterklas,

Binnenkort zet uw kind de grote stap naar het eerste leerjaar! Op dinsdag 18 maart om 20u vertellen juf Leen en \
meester Jonas hoe een dag in het eerste leerjaar eruitziet, hoe we leren lezen en wat u thuis kan doen.

De infoavond gaat online door via Zoom:
https://us06web.zoom.us/j/84522107781
Meeting-ID: 845 2210 7781
Toegangscode: 625193

U kunt vooraf vragen stellen via info@sintpieterscollege.be.

Met vriendelijke groeten,
Directie en team Sint-Pieter
""",
         rules=[], note="meeting passcode of a Zoom info evening for all parents of K3 (groups in Bcc)",
         fmt=["plain", "qp"])

    mail("smartschool-aanmelden-kleuters", SECR, SECR, "Aanmelden op Smartschool - nieuwe kleuterouders",
         "2024-09-03 11:00", bcc=[f"ouders-k1a@{D}", f"ouders-k1b@{D}"], cte="quoted-printable",
         body="""Beste ouders,

Uw kind heeft een eigen Smartschool-account gekregen. Daarop vindt u de berichten van de juf, de foto's van de klas \
en de kalender.

Zo meldt u zich aan:
1. Surf naar https://sintpieterheverlee.smartschool.be
2. Gebruikersnaam: [voornaam.naam van uw kind], bv. an.peeters
3. Wachtwoord: ******** (dit staat op de brief die uw kind vandaag in de boekentas meekreeg)
4. Kies bij de eerste aanmelding een eigen, sterk wachtwoord.

Brief kwijt? Vraag een nieuwe aan het secretariaat; wij geven wachtwoorden nooit door per mail of telefoon.

Vriendelijke groeten,
het secretariaat
""",
         rules=[], note="instructions with placeholders for a Smartschool login; the real password is on a paper letter",
         fmt=["plain", "qp", "list"])

    mail("bestelling-werkboeken-l3", NADIA, UITGEVERIJ, "bestelling 4500123987 - ontbrekende werkboeken",
         "2024-09-05 09:20", cte="8bit",
         body="""Goeiemorgen,

In onze bestelling 4500123987 (klantnummer 20117, levering 2/9) ontbreken nog 6 exemplaren van het werkboek \
"Rekensprong 3 - deel A" (artikel 978-90-123-4567-2). Op de leverbon staat 40 stuks, we kregen er 34.

Kunnen jullie de ontbrekende werkboeken nog deze week leveren? Het derde leerjaar begint er maandag aan.

Vriendelijke groeten,
Nadia Boukhari
secretariaat basisschool Sint-Pieter
""",
         rules=[], note="order, customer and article numbers in a complaint to a publisher; no secret",
         fmt=["plain", "8bit"])

    mail("oudercontact-lokalen", LUC, [TOM, EVELIEN, KATRIEN, PIETER], "oudercontact donderdag - lokalen",
         "2024-12-16 12:10", cte="quoted-printable",
         body="""Dag collega's,

Omdat de refter donderdag bezet is door de kerstmarkt, verhuizen de oudercontacten van het derde en vierde:

3A  lokaal 1.14
3B  lokaal 1.16
4A  lokaal 2.03
4B  lokaal 2.05

De inschrijvingslijsten hangen vanaf woensdag aan de deur. Koffie in de leraarskamer (0.08).

Luc
""",
         rules=[], note="classroom numbers for parent-teacher meetings; no code",
         fmt=["plain", "qp"])

    mail("bestelling-keuken-januari", MARC, "bestellingen@groothandel-vandenbranden.be", "bestelling keuken week 3",
         "2025-01-10 14:30", cte="8bit",
         body="""Dag,

Graag voor levering op dinsdag 14/01:

art. 402113  soepkommen melamine      24 st.
art. 118552  keukenschorten wit        6 st.
art. 770031  afwasmiddel 10 l          2 st.
art. 503384  vershoudfolie 45 cm       4 rol

Levering aan de keukendeur achteraan (Kapeldreef), tussen 7u30 en 9u.

Mvg
Marc Lemmens - keuken Sint-Pieter
""",
         rules=[], note="kitchen order with article numbers and the delivery door; no door code given",
         fmt=["plain", "8bit"])

    mail("busjes-zwemmen-t2", NADIA, VERVOER, "busvervoer zwemmen tweede trimester", "2025-01-07 10:50",
         cte="quoted-printable",
         body="""Beste,

Voor het zwemmen in het tweede trimester bevestig ik de ritten:

- dinsdag: rit 14, vertrek school 8u45, zwembad Heverlee, terug 10u15 (klassen 1A en 1B)
- donderdag: rit 15, vertrek 13u15, terug 14u45 (3A en 3B)

Vorig trimester reed bus 7 soms te laat door de werken in de Naamsesteenweg. De kinderen die met lijn 2 of 315 naar \
huis gaan, moeten om 15u30 aan de halte zijn, dus graag stipt terug.

Vriendelijke groeten,
Nadia Boukhari
""",
         rules=[], note="bus ride, bus and line numbers for swimming transport; no secret",
         fmt=["plain", "qp", "list"])

    mail("interne-toestellen", NADIA, [JOLIEN, BRAM_I, YANA], "interne telefoonnummers", "2025-01-06 09:05",
         cte="8bit",
         body="""Dag nieuwe collega's,

De interne toestellen (kies het nummer op eender welk vast toestel):

secretariaat      214
directie          210
zorg (Marleen)    220
opvang            231
keuken            240
leraarskamer      250

Voor een buitenlijn eerst 0 draaien.

Nadia
""",
         rules=[], note="internal phone extensions only, no full phone numbers and no codes",
         fmt=["plain", "8bit"])

    mail("bingel-herhaaltaak-4a", KATRIEN, KATRIEN, "Bingel herhaaltaak breuken", "2025-02-14 15:30",
         bcc=[f"ouders-l4a@{D}"], cte="quoted-printable",
         body="""Beste ouders van 4A,

Tijdens de krokusvakantie staat er in Bingel een (vrijblijvende) herhaaltaak klaar: les 4.12 "Breuken vergelijken" \
en les 4.13 "Breuken op de getallenas". De taak heet "W4-B12 herhaling" en staat bovenaan bij Taken, uw kind hoeft \
niets in te geven.

Ieder kind meldt zich aan met zijn eigen Bingel-login (zie het kaartje in de agenda).

Fijne vakantie!
juf Katrien
""",
         rules=[], note="Bingel lesson numbers and task name for a class (group in Bcc); not secrets",
         fmt=["plain", "qp"])

    mail("alarmcodes-vernieuwd", LUC, LUC, "nieuwe alarmcodes vanaf 13/01", "2025-01-09 16:45",
         bcc=[f"personeel@{D}"], cte="8bit",
         body="""Dag collega's,

Na het onderhoud van de alarminstallatie op maandag 13/01 worden alle persoonlijke alarmcodes vernieuwd. Je oude \
code werkt dan niet meer.

Je krijgt je nieuwe code van mij persoonlijk, op een briefje in een gesloten enveloppe in je postvakje. Ik stuur \
geen codes per mail of via Smartschool; vraag ze dus ook niet zo. Leer hem uit het hoofd en gooi het briefje weg.

Luc
""",
         rules=[], note="announcement that alarm codes change and will be handed over on paper; no code in the mail",
         fmt=["plain", "8bit"])

    mail("factuur-kopieerhuis-betaald", NADIA, KOPIE, "factuur 2024-1187 betaald", "2024-12-05 11:15",
         cte="7bit", charset="us-ascii",
         body="""Goeiedag,

Uw factuur 2024-1187 (onderhoudscontract Q4) werd vandaag betaald met de gestructureerde mededeling \
+++241/1023/97728+++. Gelieve de herinnering van 2/12 te negeren.

Met vriendelijke groeten,
Nadia Boukhari
secretariaat
""",
         rules=[], note="invoice number and structured payment reference to a supplier; no secret",
         fmt=["plain", "7bit"])

    mail("smartschool-faq-new-families", SECR, SECR, "Smartschool: frequently asked questions", "2024-09-10 12:00",
         bcc=[f"ouders-nieuw@{D}"], cte="quoted-printable",
         body="""Dear parents,

Many new families asked us how Smartschool works. Some answers:

Forgot your password?
Click "Wachtwoord vergeten?" on the login page and follow the steps. You will receive a link at the e-mail address \
we have on file.

Can both parents log in?
Yes. Each parent gets a personal co-account. The letter with the first login was given to your child.

Can the school send me my password?
No. For your safety we never send passwords by e-mail or tell them by phone.

Kind regards,
the school office
""",
         rules=[], note="English FAQ for new families about Smartschool logins without giving any password (group in Bcc)",
         lang="en", fmt=["plain", "qp", "faq", "en"])

    mail("sleutel-14-kwijt", DRIES, LUC, "sleutel 14 kwijt + slot materiaalkast", "2025-03-20 16:05", cte="8bit",
         body="""Luc,

Sleutel nr. 14 (turnzaal, zijdeur) is kwijt sinds de sportacademie van woensdag. Ik heb het aan Jens van de \
sportdienst gevraagd, zij zoeken nog.

Het cijferslot van de materiaalkast is ook kapot (hangt scheef). Ik koop morgen een nieuw; de code geef ik jou en \
Lars (stagiair) dan mondeling.

Dries
""",
         rules=[], note="lost key number and a broken padlock; the new code will be told in person",
         fmt=["plain", "8bit"])


# ==================================================================================================
# E. misdirected: about child X, to another child's parent only
# ==================================================================================================
def misdirected_mails():
    x, y = R["P0012"], R["P0107"]
    mail("slofjes-lotte-k1a", ANN, y.p1, "slofjes en drinkbus", "2024-10-03 15:50", cte="8bit",
         body=f"""Dag Veerle,

{x.first} (K1A) heeft haar slofjes en haar drinkbus met de vosjes in de klas laten liggen. Ik heb ze in haar \
zakje aan de kapstok gestoken, denk je eraan om ze morgen mee te nemen?

Groetjes,
juf Ann
""",
         rules=[], about=[x.id], mis=True,
         note="about a K1A girl, sent by autocomplete to the mother of a namesake in 1A",
         fmt=["plain", "8bit"])

    x, y = R["P0167"], R["P0183"]
    mail("verslag-clb-noah-g", MARLEEN, y.p1, f"verslag CLB {x.first} ({x.klas})", "2025-02-27 16:35",
         cte="quoted-printable", style="outlook",
         body=f"""Beste mevrouw Lenaerts,

Zoals beloofd het belangrijkste uit het verslag van het CLB over {x.first} {x.last} (3A):
- het onderzoek bevestigt dyscalculie; lezen en spelling zijn leeftijdsadequaat;
- we voorzien vanaf maart een rekenkaart en de rekenmachine bij toetsen;
- juf Elke werkt twee keer per week met hem in een klein groepje.

Het volledige verslag krijgt u op papier bij het gesprek van 6 maart.

Met vriendelijke groeten,
Marleen Govaerts, zorgcoördinator
""",
         rules=["sensitive"], cats=["care", "medical"], about=[x.id], mis=True,
         note="CLB dyscalculia report of Noah G. (3A) sent only to the mother of another Noah (3B)",
         fmt=["plain", "qp", "outlook"])

    x, y = R["P0030"], R["P0029"]
    mail("opvang-herinnering-stan", GREET, y.p1, f"openstaande opvang {x.first} (K1B)", "2025-02-18 11:05",
         cte="8bit",
         body=f"""Beste mevrouw De Cock,

De opvangfacturen van {x.first} Vervoort voor november, december en januari staan nog open (samen € 143,50). We \
begrijpen dat het nu niet makkelijk is met de verhuis. Zullen we een afbetaling in drie keer afspreken?

Rekening opvang: {OPVANG_IBAN}

Vriendelijke groeten,
Greet Van Roey - opvang Sint-Pieter
""",
         rules=["sensitive", "personal_data"], cats=["financial"], about=[x.id], mis=True,
         note="unpaid after-school care bills of Stan Vervoort (K1B) sent to the mother of classmate Mila Vervoort",
         fmt=["plain", "8bit"])

    x, y = R["P0290"], R["P0193"]
    mail("spreekbeurt-lina-6b", HANNE, y.p1, "spreekbeurt verschoven", "2025-03-11 19:20", cte="quoted-printable",
         body=f"""Dag Griet,

De spreekbeurt van {x.first} {x.last} (6B) is verschoven van woensdag naar donderdag, omdat we woensdag naar het \
theater gaan. Ze heeft dus een dagje extra om te oefenen :-)

Groetjes,
juf Hanne
""",
         rules=[], about=[x.id], mis=True,
         note="ordinary note about Lina H. (6B) sent to the mother of Lina V. (3B)",
         fmt=["plain", "qp"])

    x, y = R["P0257"], R["P0259"]
    mail("amira-bus-incident", WIM, y.p1, "voorval op de bus", "2025-04-01 17:15", cte="8bit",
         body=f"""Beste mevrouw Tahiri,

Ik moet u helaas laten weten dat {x.first} El Amrani vandaag op de bus terug van de sportdag opnieuw betrokken was \
bij het uitlachen en duwen van een jonger meisje. De begeleider heeft haar apart gezet. Het is de derde keer deze \
maand dat we haar hierover moeten aanspreken, en ze was daarna heel boos en verdrietig.

Ik zou graag met u afspreken om samen te bekijken hoe we haar kunnen helpen. Past donderdag om 15u30?

Met vriendelijke groeten,
meester Wim (5B)
""",
         rules=["sensitive"], cats=["psychosocial"], about=[x.id], mis=True,
         note="behaviour report on Amira El Amrani (5B) sent to the mother of the other Amira in the same class",
         fmt=["plain", "8bit"])

    x, y = R["P0066"], R["P0072"]
    mail("verkeersdag-fiets-finn", KAROLIEN, y.p1, "verkeersdag: fiets meebrengen", "2025-04-14 12:45",
         cte="8bit",
         body=f"""Dag Pieter,

Voor de verkeersdag van donderdag: {x.first} Jacobs mag zijn fiets met zijwieltjes meebrengen, samen met zijn helm. \
We zetten ze 's morgens in de fietsenstalling van de kleuters.

Groetjes,
juf Karolien
""",
         rules=[], about=[x.id], mis=True,
         note="ordinary note about Finn Jacobs (K3A) sent to the father of the other Finn in K3A",
         fmt=["plain", "8bit"])

    x, y = R["P0166"], R["P0062"]
    mail("puffer-uitstap-noah", TOM, y.p2, "uitstap dinsdag - puffer", "2025-05-16 14:05", cte="quoted-printable",
         body=f"""Dag Tine,

Dinsdag gaan we met 3A naar het Provinciedomein. Wil je zeker de puffer van {x.first} Deprez meegeven, met de \
voorzetkamer? Hij had de laatste keer een zware astma-aanval na het lopen, en de vorige puffer in de klas is vervallen.

Groetjes,
meester Tom
""",
         rules=["sensitive"], cats=["medical"], about=[x.id], mis=True,
         note="asthma medication note about Noah Deprez (3A) sent to the father of Noah Daems (K3A)",
         fmt=["plain", "qp"])

    x, y = R["P0291"], R["P0109"]
    mail("zofia-gym-bag", HANNE, y.p1, "Zofia's gym bag", "2024-11-08 16:10", cte="8bit",
         body=f"""Dear Mrs Kamińska,

{x.first} (6B) left her gym bag in the changing room again today. It is in the lost and found box next to the \
office, she can pick it up on Monday morning.

Kind regards,
juf Hanne (6B)
""",
         rules=[], about=[x.id], mis=True, lang="en",
         note="ordinary note about Zofia K. (6B) sent in English to the mother of Zofia W. (1A)",
         fmt=["plain", "8bit", "en"])

    x, y = R["P0040"], R["P0038"]
    mail("roos-k2a-thuis", LIEN, y.p1, f"{x.first} de laatste weken", "2025-01-21 20:05", cte="quoted-printable",
         style="gmail",
         body=f"""Dag Katrien,

Na ons korte gesprek aan de poort wou ik nog iets laten weten. {x.first} Michiels is de laatste weken erg \
verdrietig in de klas. Ze vertelde me dat papa "in een ander huis woont" en dat ze niet weet bij wie ze volgend \
weekend slaapt. Ze huilt bij het afscheid 's morgens en wil vaak op schoot.

Misschien helpt het als jullie haar een kalender meegeven met wanneer ze bij wie is? Dan hangen we die ook in de \
klas. En als er iets is dat ik moet weten, zeg het gerust.

Groetjes,
juf Lien
""",
         rules=["sensitive"], cats=["family", "psychosocial"], about=[x.id], mis=True,
         note="note on Roos Michiels' (K2A) distress after her parents split, sent to the mother of Roos Heylen in the same class",
         fmt=["plain", "qp"])

    x, y = R["P0053"], R["P0028"]
    mail("klasfoto-senne-k2b", ELINE, y.p1, "klasfoto's Senne", "2024-11-05 16:40", cte="8bit",
         body=f"""Dag Veerle,

De bestelde foto's van {x.first} Jansen (K2B) zijn binnen. Ik geef ze morgen mee in zijn boekentas; wil je de \
envelop met het geld (18 euro) terug meegeven?

Groetjes,
juf Eline
""",
         rules=[], about=[x.id], mis=True,
         note="class photo note about Senne Jansen (K2B) sent to the mother of Senne Verbruggen (K1B)",
         fmt=["plain", "8bit"])


# ==================================================================================================
# F. general letters to all parents or all staff (groups in Bcc)
# ==================================================================================================
OUDERS = f"ouders@{D}"
PERSONEEL = f"personeel@{D}"


def general_mails():
    mail("zorgbeleid-brief", MARLEEN, DIRECTIE, "Hoe werken we aan zorg op Sint-Pieter?", "2024-09-20 12:00",
         bcc=[OUDERS], cte="quoted-printable", style="outlook",
         body="""Beste ouders,

Elk kind is anders en leert op zijn eigen tempo. Op onze school proberen we elk kind de ondersteuning te geven die \
het nodig heeft. Graag leggen we kort uit hoe dat werkt.

1. Brede basiszorg
In elke klas zorgt de juf of meester voor een goede klassfeer, duidelijke instructie en differentiatie. \
Bijvoorbeeld: een kind dat snel klaar is krijgt uitbreidingsoefeningen, een kind dat het moeilijk heeft krijgt \
extra uitleg of een hulpkaart.

2. Verhoogde zorg
Heeft uw kind meer nodig, dan bespreekt de klasleerkracht dat met de zorgjuf. Denk aan lezen in een klein groepje, \
extra oefentijd of aangepaste toetsen. U wordt daar altijd over geïnformeerd.

3. Uitbreiding van zorg
Soms vragen we advies aan het CLB of aan het ondersteuningsnetwerk. Dat gebeurt nooit zonder overleg met u.

Hebt u vragen over de ontwikkeling van uw kind? Spreek eerst de klasleerkracht aan. Ook bij mij, de \
zorgcoördinator, kunt u altijd terecht.

Met vriendelijke groeten,
Marleen Govaerts
zorgcoördinator
""",
         rules=[], note="general letter to all parents explaining the care continuum with examples; no individual child",
         fmt=["plain", "qp", "outlook"])

    mail("medicatie-op-school", LUC, DIRECTIE, "Medicatie op school: hoe gaan we ermee om?", "2024-09-06 14:00",
         bcc=[OUDERS], cte="quoted-printable",
         body="""Beste ouders,

Af en toe vragen ouders of de juf of meester medicatie kan geven aan hun kind. Om de veiligheid van alle kinderen te \
garanderen, volgen we deze afspraken:

Wat mag?
- Enkel medicatie die door een arts is voorgeschreven.
- Enkel met het ingevulde attest "medicatie op school", ondertekend door de arts en door een ouder. U vindt het \
attest op de website en aan het secretariaat.
- De medicatie zit in de originele verpakking, met de naam van uw kind erop.

Wat mag niet?
- Wij geven geen pijnstillers of koortswerende middelen "op eigen initiatief".
- Kinderen houden geen medicatie in hun boekentas (uitzondering: puffers en noodmedicatie volgens afspraak).

Veelgestelde vragen
Mijn kind heeft een allergie of een chronische ziekte. Wat nu? Neem contact op met de klasleerkracht en de \
zorgcoördinator; samen maken we een afsprakenblad.
Mijn kind wordt ziek op school? Dan bellen we u om uw kind op te halen.

Met vriendelijke groeten,
Luc Vanderstraeten, directeur
""",
         rules=[], note="general medication procedure for all parents with FAQ; no individual child",
         fmt=["plain", "qp", "faq"])

    mail("luizen-k2b", ELINE, ELINE, "Luizen in de klas", "2024-10-17 15:00", bcc=[f"ouders-k2b@{D}"],
         cte="8bit",
         body="""Beste ouders van K2B,

Bij de luizencontrole van vandaag vonden we bij enkele kinderen uit onze klas luizen of neetjes. Het is geen schande: \
luizen houden van proper haar en springen van hoofd naar hoofd bij het spelen.

Wilt u deze week het haar van uw kind (en van broers en zussen) goed nakijken en, als u iets vindt, behandelen met \
een luizenmiddel en dagelijks kammen met een luizenkam? Was ook de knuffels, mutsen en kussenslopen op 60 graden.

Over twee weken doen we een nieuwe controle.

Groetjes,
juf Eline
""",
         rules=[], note="head lice letter to all parents of a class without naming children (group in Bcc)",
         fmt=["plain", "8bit"])

    mail("allergenen-warme-maaltijden", KEUKEN, KEUKEN, "Allergenen in de warme maaltijden", "2024-09-11 10:00",
         bcc=[OUDERS], cte="quoted-printable", style="outlook",
         body="""Beste ouders,

Vanaf deze maand vindt u bij elk maandmenu op Smartschool ook de lijst met de 14 allergenen (gluten, ei, melk, \
noten, selder, ...) per gerecht.

Heeft uw kind een voedselallergie of -intolerantie? Vul dan het formulier "voedingsafspraken" in en bezorg het met \
een attest van de arts aan het secretariaat. De keuken voorziet dan, waar mogelijk, een aangepaste maaltijd. Zonder \
attest kunnen we helaas geen aanpassingen doen.

Een dieet om levensbeschouwelijke redenen (bv. geen varkensvlees, vegetarisch) geeft u gewoon door via hetzelfde \
formulier.

Smakelijk!
Marc en het keukenteam
""",
         rules=[], note="kitchen letter to all parents on allergens and how to report an allergy; no child named",
         fmt=["plain", "qp", "outlook"])

    mail("opvang-afspraken", GREET, OPVANG, "Voor- en naschoolse opvang: de afspraken op een rij", "2024-09-02 09:00",
         bcc=[OUDERS], cte="quoted-printable",
         body=f"""Beste ouders,

Welkom in onze opvang! Hieronder de belangrijkste afspraken uit het huishoudelijk reglement.

Openingsuren
- ochtend: 7u00 tot 8u15
- avond: 15u30 tot 18u00, woensdag 12u05 tot 18u00

Afhalen
- Uw kind wordt enkel meegegeven aan de personen die u op de inschrijvingsfiche hebt vermeld.
- Komt iemand anders? Laat het ons vooraf weten via opvang@sintpieterscollege.be.
- Na 18u rekenen we een toeslag aan.

Kosten
- 1 euro per begonnen halfuur, de factuur komt maandelijks via Smartschool.
- De kosten zijn fiscaal aftrekbaar; het attest krijgt u in het voorjaar.

Bereikbaarheid
De gsm van de opvang: {OPVANG_GSM} (enkel tijdens de openingsuren).

Tot in de opvang!
Greet en het opvangteam
""",
         rules=["personal_data"], note="after-school care rules for all parents; only the care GSM number as personal data",
         fmt=["plain", "qp", "list"])

    mail("pestactieplan", LUC, DIRECTIE, "Samen tegen pesten: ons actieplan", "2024-10-01 12:00",
         bcc=[OUDERS], cte="quoted-printable", style="outlook",
         body="""Beste ouders,

Op Sint-Pieter willen we dat elk kind zich veilig voelt. Daarom werken we met een pestactieplan.

Wat is pesten?
Pesten is wanneer een kind herhaaldelijk en bewust gekwetst wordt door één of meer anderen, en zich moeilijk kan \
verdedigen. Een ruzie of een plagerij af en toe is nog geen pesten.

Wat doen we?
1. Preventie: klasafspraken, de week tegen pesten, vertrouwenspersonen op de speelplaats.
2. Melden: een kind (of ouder) kan pesten altijd melden bij de juf, meester, zorgjuf of directie.
3. Aanpak: we praten met alle betrokken kinderen, werken met de No Blame-methode en informeren de ouders.
4. Opvolging: na twee weken bekijken we of het pesten gestopt is.

Wat kunt u doen?
- Luister naar uw kind en neem het ernstig.
- Neem contact op met de school in plaats van zelf andere kinderen of ouders aan te spreken.

Met vriendelijke groeten,
het schoolteam
""",
         rules=[], note="general anti-bullying policy for all parents; no individual case",
         fmt=["plain", "qp", "outlook"])

    mail("privacyverklaring", LUC, DIRECTIE, "Onze privacyverklaring", "2024-09-16 12:00", bcc=[OUDERS],
         html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Beste ouders,</p>
<p>Bij de inschrijving van uw kind verwerken wij persoonsgegevens. In onze privacyverklaring (in bijlage en op de
website) leest u welke gegevens dat zijn en waarom.</p>
<p><b>Welke gegevens?</b></p>
<ul>
<li>identificatiegegevens van leerling en ouders (naam, adres, rijksregisternummer, contactgegevens);</li>
<li>gegevens over de schoolloopbaan en de leerevolutie;</li>
<li>indien nodig: medische gegevens, gegevens over de gezinssituatie of de leerlingenbegeleiding, altijd beperkt tot wat nodig is;</li>
<li>financiële gegevens voor de schoolrekening.</li>
</ul>
<p><b>Uw rechten</b><br>U mag de gegevens van uw kind inkijken, laten verbeteren of er vragen over stellen.
Contact: privacy@lksd.ksleuven.be.</p>
<p>Foto's van schoolactiviteiten publiceren we alleen met uw toestemming, die u altijd kan intrekken.</p>
<p>Met vriendelijke groeten,<br>de directie</p>
</body></html>
""", html_cte="quoted-printable",
         rules=[], note="privacy statement for all parents listing data categories; no individual data",
         fmt=["html-only"])

    mail("schoolrekening-t1", NADIA, SECR, "Schoolrekening eerste trimester", "2024-12-10 09:00",
         bcc=[OUDERS], cte="quoted-printable",
         body=f"""Beste ouders,

De schoolrekening van het eerste trimester staat klaar in Smartschool (module "Schoolrekening"). Daarop staan de \
warme maaltijden, het zwemmen, de uitstappen en de opvang van september tot en met november.

Gelieve te betalen binnen de 30 dagen op rekening {SCHOOL_IBAN}, met de gestructureerde mededeling die op uw \
rekening vermeld staat.

Heeft u vragen over de rekening, of lukt het moeilijk om te betalen? Neem gerust discreet contact op met het \
secretariaat; samen zoeken we een oplossing, bv. een betaling in schijven.

Vriendelijke groeten,
het secretariaat
""",
         rules=["personal_data"], note="invoice notice to all parents with the school IBAN; no individual family",
         fmt=["plain", "qp"])

    news = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt;color:#333">
<table width="640" align="center" cellpadding="10" style="border:1px solid #ccc">
<tr><td style="background:#1d5e9e;color:#fff"><h2>Nieuwsbrief Sint-Pieter - november</h2></td></tr>
<tr><td>
<h3>Sint op bezoek</h3>
<p>Op vrijdag 6 december komt de Sint langs in alle klassen. De kleuters mogen hun pantoffels meebrengen.</p>
<h3>Nieuw in het team</h3>
<p>Juf Jolien vervangt juf Evelien in 3B tot de kerstvakantie. Welkom!</p>
<h3>Ouderraad</h3>
<p>De pannenkoekenverkoop bracht 1.240 euro op voor nieuw speelgoed op de kleuterspeelplaats. Dank aan alle bakkers!</p>
<h3>Verkeer</h3>
<p>Parkeer niet op de stoep aan de Kapeldreef: het is er gevaarlijk voor de fietsende kinderen.</p>
<h3>Kalender</h3>
<ul><li>2/12 pedagogische studiedag (geen school, wel opvang)</li>
<li>6/12 Sinterklaas</li><li>19/12 kerstmarkt vanaf 16u</li></ul>
<p style="font-size:8pt;color:#777">Basisschool Sint-Pieter - Kapeldreef 12 - 3001 Heverlee - tel. {SCHOOL_TEL} -
info@sintpieterscollege.be</p>
</td></tr></table></body></html>
"""
    mail("nieuwsbrief-november", INFO, INFO, "Nieuwsbrief november", "2024-11-22 17:00", bcc=[OUDERS],
         html=news, html_cte="base64",
         rules=["personal_data"], note="HTML newsletter to all parents; only the school phone in the footer",
         fmt=["html-only", "base64", "newsletter"])

    mail("agenda-personeelsvergadering", LUC, LUC, "agenda personeelsvergadering 18/11", "2024-11-14 16:00",
         bcc=[PERSONEEL], cte="8bit",
         body="""Dag collega's,

Agenda van maandag 18/11, 15u45, refter:

1. Terugblik herfstvakantie en oudercontacten
2. Nieuwe afspraken speelplaats (ballen, klimrek)
3. Zorg: werking MDO en hoe we leerlingen aanmelden (Marleen)
4. ICT: nieuwe iPads voor het vierde, update Smartschool
5. Schoolfeest: werkgroepen
6. Varia

Soep en broodjes staan klaar om 15u30.

Luc
""",
         rules=[], note="agenda of a staff meeting sent to all staff in Bcc",
         fmt=["plain", "8bit", "list"])

    mail("clb-medisch-onderzoek", MARLEEN, DIRECTIE, "Medisch consult van het CLB", "2024-10-04 11:00",
         bcc=[f"ouders-l1a@{D}", f"ouders-l1b@{D}", f"ouders-l5a@{D}", f"ouders-l5b@{D}"],
         cte="quoted-printable",
         body="""Beste ouders van het eerste en vijfde leerjaar,

In november komen de verpleegkundige en de arts van het CLB op school voor het systematisch contactmoment. \
Ze kijken onder meer naar groei, gezichtsvermogen, gehoor en algemene gezondheid. In het vijfde leerjaar krijgen de \
kinderen ook de kans op een gratis vaccinatie (met uw toestemming).

U krijgt via uw kind een vragenlijst mee. Gelieve die ingevuld terug te bezorgen in een gesloten omslag: enkel het \
CLB leest ze.

Als het CLB iets opmerkt, neemt het rechtstreeks met u contact op. De school krijgt geen medische gegevens zonder \
uw toestemming.

Vriendelijke groeten,
Marleen Govaerts, zorgcoördinator, namens het CLB
""",
         rules=[], note="general CLB medical check information for two grades (groups in Bcc); no individual data",
         fmt=["plain", "qp"])

    mail("journee-pedagogique", SECR, SECR, "Journée pédagogique le 2 décembre", "2024-11-25 12:00",
         bcc=[f"ouders-fr@{D}"], cte="quoted-printable",
         body="""Chers parents,

Le lundi 2 décembre est une journée pédagogique : il n'y a pas cours pour les enfants. La garderie est ouverte de \
7h à 18h ; merci d'inscrire votre enfant via Smartschool avant le 27 novembre.

Les repas chauds ne sont pas servis ce jour-là : prévoyez des tartines.

Cordialement,
Le secrétariat de l'école Sint-Pieter
""",
         rules=[], note="French general letter to francophone parents about a teacher training day (group in Bcc)",
         lang="fr", fmt=["plain", "qp", "fr"])

    mail("zwemrooster-t2", DRIES, DRIES, "Zwemmen tweede trimester", "2025-01-08 13:00", bcc=[OUDERS],
         body=["Beste ouders,", "", "Het zwemrooster voor het tweede trimester:", "",
               T([["Klas", "Dag", "Vertrek", "Terug"], ["1A-1B", "dinsdag", "8u45", "10u15"],
                  ["2A-2B", "dinsdag", "10u30", "12u00"], ["3A-3B", "donderdag", "13u15", "14u45"],
                  ["4A-4B", "vrijdag", "8u45", "10u15"]]), "",
               "Vergeet niet: zwembroek of badpak, handdoek, badmuts (verplicht) en een kam. Juwelen blijven thuis.",
               "Kinderen die niet mogen zwemmen, brengen een briefje mee van een ouder.", "",
               "Sportieve groeten,", "meester Dries"],
         html="auto", style="outlook", cte="quoted-printable",
         rules=[], note="swimming timetable for all parents in an Outlook table",
         fmt=["alt", "outlook", "table"])

    mail("ehbo-procedure-personeel", LUC, LUC, "EHBO en medicatiekast: afspraken", "2024-09-03 08:00",
         bcc=[PERSONEEL], cte="quoted-printable", style="outlook",
         body="""Dag collega's,

Even de EHBO-afspraken opfrissen voor het nieuwe schooljaar:

- De EHBO-koffers staan in de leraarskamer, de turnzaal en de opvang. Wie iets gebruikt, noteert het op de lijst in \
het deksel.
- Medicatie van leerlingen zit in de afgesloten medicatiekast bij het secretariaat, met het attest erbij. Je geeft \
enkel medicatie als er een attest is, en je noteert het in het schriftje.
- Noodmedicatie (puffers, EpiPens) blijft bij het kind of in de klas, zoals op het afsprakenblad staat.
- Bij een ongeval: eerst zorgen, dan het ongevalsformulier invullen bij Nadia (verzekering).
- Twijfel? Bel de ouders, en bij nood 112.

Luc
""",
         rules=[], note="first-aid and medication procedure for all staff; no pupil named",
         fmt=["plain", "qp", "outlook", "list"])

    mail("staking-dinsdag", LUC, DIRECTIE, "Staking dinsdag 13 mei: wat betekent dat?", "2025-05-08 12:00",
         bcc=[OUDERS], cte="quoted-printable",
         body=f"""Beste ouders,

Op dinsdag 13 mei is er een nationale stakingsdag in het onderwijs. Verschillende leerkrachten hebben laten weten \
dat ze staken.

- De school blijft open: er is opvang voorzien voor alle kinderen die niet thuis kunnen blijven.
- Er worden die dag geen lessen gegeven en geen warme maaltijden geserveerd: geef uw kind boterhammen mee.
- De voor- en naschoolse opvang werkt zoals gewoonlijk.

Laat ons voor maandag 12 uur weten of uw kind naar school komt, via Smartschool of op het nummer van het \
secretariaat: {SCHOOL_TEL}.

Met vriendelijke groeten,
Luc Vanderstraeten, directeur
""",
         rules=["personal_data"], note="strike-day letter to all parents; school phone number only",
         fmt=["plain", "qp"])

    mail("schoolfotograaf", SECR, SECR, "Schoolfotograaf op 8 oktober", "2024-09-27 12:00", bcc=[OUDERS],
         cte="8bit",
         body="""Beste ouders,

Op dinsdag 8 oktober komt de schoolfotograaf. Elk kind wordt individueel gefotografeerd en er wordt een klasfoto \
gemaakt. Broers en zussen kunnen samen op de foto tijdens de middagpauze.

U krijgt daarna een kaartje met een code om de foto's online te bekijken en te bestellen. Bestellen is niet \
verplicht.

Hebt u bezwaar dat uw kind op de klasfoto staat? Laat het weten aan de klasleerkracht.

Vriendelijke groeten,
het secretariaat
""",
         rules=[], note="school photographer letter to all parents; mentions a viewing code card without any code",
         fmt=["plain", "8bit"])

    mail("sportdag-lagere-school", DRIES, DRIES, "Sportdag vrijdag 23 mei", "2025-05-15 12:00", bcc=[OUDERS],
         body="""Beste ouders,

Op vrijdag 23 mei is het sportdag voor de lagere school, samen met de sportdienst van Leuven op de sportvelden van \
Heverlee. De busjes van de stad brengen ons er om 8u45 naartoe en om 15u terug.

Wat breng je mee?
- sportkledij en stevige sportschoenen
- een petje en zonnecrème
- een lunchpakket en een drinkbus (er zijn geen warme maaltijden)

Kan uw kind om medische redenen niet aan alle onderdelen meedoen? Geef dan een briefje mee aan de klasleerkracht.

Sportieve groeten,
meester Dries
""", html="auto", html_style="gmail", cte="quoted-printable",
         rules=[], note="sports day letter to all parents; medical exception mentioned only in general terms",
         fmt=["alt", "gmail", "list"])

    mail("prijs-warme-maaltijden", NADIA, SECR, "Nieuwe prijzen warme maaltijden vanaf januari", "2024-12-13 12:00",
         bcc=[OUDERS], charset="windows-1252", cte="8bit",
         body="""Beste ouders,

Door de gestegen kosten van onze traiteur passen we vanaf 6 januari de prijzen van de warme maaltijden aan:

kleuters: € 3,60 (was € 3,40)
lagere school: € 4,10 (was € 3,90)
soep: € 0,60 (ongewijzigd)

De ouderraad draagt ook dit jaar een deel van de kosten voor de soep. Wie het financieel moeilijk heeft, kan \
discreet contact opnemen met het secretariaat of met juf Marleen.

Vriendelijke groeten,
het secretariaat
""",
         rules=[], note="price change of hot meals for all parents, in windows-1252",
         fmt=["plain", "windows-1252", "8bit"])

    mail("welcome-new-families", SECR, SECR, "Welcome to Sint-Pieter!", "2024-08-29 12:00",
         bcc=[f"ouders-nieuw@{D}"], cte="quoted-printable",
         body="""Dear parents,

Welcome to our school! A few things to help you start:

- School hours: 8:30 to 15:20, Wednesday until 12:05.
- Before- and after-school care is available from 7:00 to 18:00 in the care building next to the playground.
- Hot meals can be ordered monthly through Smartschool; you can also give your child a packed lunch.
- Your child's teacher will send you messages through Smartschool. Please read them regularly.
- If your child is ill, let the teacher or the office know before 8:30.

If you have any questions, feel free to come to the office or send an e-mail to info@sintpieterscollege.be.

We look forward to meeting you,
the Sint-Pieter team
""",
         rules=[], note="English welcome letter for all new families (group in Bcc)",
         lang="en", fmt=["plain", "qp", "en", "list"])

    mail("ouderraad-algemene-vergadering", P("Ouderraad Sint-Pieter", f"ouderraad@{D}"), "undisclosed-recipients:;",
         "Uitnodiging: algemene vergadering ouderraad", "2024-09-24 20:00", bcc=[OUDERS], cte="quoted-printable",
         body="""Beste ouders,

De ouderraad nodigt u uit op de algemene vergadering op donderdag 10 oktober om 20u in de refter.

Op de agenda:
- voorstelling van de ouderraad en van het nieuwe bestuur
- terugblik op vorig schooljaar (financieel verslag)
- plannen: quiz, pannenkoekenverkoop, schoolfeest
- uw ideeën!

Iedere ouder is welkom, ook als u gewoon eens wil komen luisteren. Er is koffie en iets lekkers.

Tot dan,
De ouderraad
""",
         rules=[], note="parents' association invitation to all parents (group in Bcc)",
         fmt=["plain", "qp", "list"])


# --------------------------------------------------------------------------------------------------
# output + my own consistency checks of the labels (warnings only)
# --------------------------------------------------------------------------------------------------
PHONE_RE = re.compile(r"(?<![\d+/])(?:\+32\s?\(?0?\)?\s?|0)[1-9](?:[ ./-]?\d){7,8}(?![\d/])")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
DOB_RE = re.compile(r"(°\s?\d|geboren op|geboortedatum|date of birth|né le|née le|\bdob\b)", re.I)


def _is_school(a):
    dom = a.split("@")[-1].lower()
    return dom in SCHOOL_DOMAINS or dom.endswith(".ksleuven.be") or dom == f"leerling.{D}"


def _is_group(a):
    loc, dom = a.lower().split("@")
    return _is_school(a) and (loc in ("ouders", "leerlingen", "personeel") or loc.startswith(GROUP_LOCALS))


def _yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    ylines = []
    warn = []
    order = list(MAILS)
    random.Random(1212).shuffle(order)
    for n, (slug, m, lab, visible) in enumerate(order, 1):
        fname = f"{n:03d}-{slug}.eml"
        _set_boundaries(m, n)
        data = m.as_bytes(policy=POL)
        assert b"\n" not in data.replace(b"\r\n", b""), fname
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        txt = _all_text(m)
        rules = lab["rules"]
        has_pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or DOB_RE.search(txt))
        if has_pd != ("personal_data" in rules):
            warn.append(f"{fname}: personal_data? found={has_pd} {PHONE_RE.findall(txt)} {IBAN_RE.findall(txt)}")
        ext = [a for a in visible if not _is_school(a)]
        grp = [a for a in visible if _is_group(a)]
        want_bcc = len(set(ext)) > 1 or bool(grp)
        if want_bcc != ("bcc" in rules):
            warn.append(f"{fname}: bcc? want={want_bcc}")
        priv = lab["mail_from"].split("@")[1] in FREEMAIL
        if priv and "private_account" not in rules:
            warn.append(f"{fname}: private sender without private_account")
        if lab["mis"] if "mis" in lab else lab["misdirected"]:
            pass
        ylines.append(f"{fname}:")
        ylines.append(f"  rules: [{', '.join(rules)}]")
        if "sensitive" in rules:
            ylines.append(f"  categories: {{sensitive: [{', '.join(lab['cats'])}]}}")
        ylines.append(f"  mail_from: {lab['mail_from']}")
        ylines.append(f"  rcpt: [{', '.join(lab['rcpt'])}]")
        ylines.append(f"  about: [{', '.join(lab['about'])}]")
        ylines.append(f"  misdirected: {'true' if lab['misdirected'] else 'false'}")
        ylines.append(f"  note: {_yq(lab['note'])}")
        ylines.append(f"  lang: {lab['lang']}")
        ylines.append(f"  format: [{', '.join(lab['fmt'])}]")
        for pid in lab["about"]:
            assert pid in R, (fname, pid)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# batch12 - basisschool Sint-Pieter Heverlee (primary campus); labels written by hand\n")
        f.write("\n".join(ylines) + "\n")
    write_roster(os.path.join(HERE, "roster.csv"))
    for w in warn:
        print("WARN", w)
    print(f"{len(MAILS)} mails written")


if __name__ == "__main__":
    sensitive_mails()
    personal_mails()
    password_mails()
    lookalike_mails()
    misdirected_mails()
    general_mails()
    write_all()
