#!/usr/bin/env python3
"""Batch16: blind labelled outgoing school mail for Sint-Pieterscollege (fictional).
Run: python3 make.py   -> writes roster.csv, NNN-*.eml and labels.yaml next to this file.
Only the Python standard library is used; output is deterministic."""
import os, random, json, hashlib, base64, quopri
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, parseaddr
from email import encoders
import io

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
FIRST = {  # origin -> (boys, girls, mothers, fathers)
 "vl": ("Lucas Arthur Louis Noah Jules Finn Lars Wout Seppe Mathis Vic Rune Mil Stan Kobe Robbe Tuur Warre Lowie Jasper Milan Thibo Siebe Emiel Ferre Bas Matteo Elias Gust Cas Tom Jonas Senne Viktor Bram Daan Mauro Nathan Liam Aaron Oscar Felix Rafaël Mats Jef Pieter-Jan",
        "Olivia Emma Louise Marie Ella Lore Noor Fien Hanne Lotte Jana Nore Febe Lien Kato Mila Juliette Lena Roos Amber Elise Margot Ines Zoë Axelle Jolien Nina Sien Sara Charlotte Julie Laura Hannelore Tessa Astrid Anouk Fleur Manon Estelle",
        "An Els Katrien Sofie Griet Inge Veerle Nathalie Sarah Leen Hilde Evelien Karolien Ilse Liesbeth Tine Kathleen Annelies",
        "Bart Koen Tom Pieter Kris Jan Steven Wim Dirk Geert Jeroen Nico Patrick Frederik Joris Stijn Bram Sven Tim"),
 "ma": ("Adam Ayoub Bilal Yassin Ilyas Hamza Rayan Anas Mohamed Zakaria Amine Imran Soufiane Nassim",
        "Yasmina Salma Imane Hiba Aya Nour Malak Douaa Khadija Sara Lina Ikram Hajar",
        "Fatima Nadia Samira Latifa Naima Khadija Hanane Malika",
        "Mohamed Rachid Karim Abdel Mustapha Hicham Driss Youssef"),
 "tr": ("Emir Yusuf Kerem Efe Burak Mert Arda Baran Emre",
        "Elif Zeynep Ecem Defne Meryem Ela Esra Büşra",
        "Ayse Fatma Gülşen Hatice Emine Songül",
        "Ahmet Mustafa Murat Hakan Serkan Osman"),
 "pl": ("Jakub Kacper Szymon Filip Dawid Antoni",
        "Zuzanna Julia Maja Wiktoria Oliwia Hanna",
        "Agnieszka Joanna Katarzyna Magdalena Ewa",
        "Piotr Tomasz Marek Paweł Krzysztof"),
 "cd": ("Christian Exaucé Merveil Dieumerci Jonathan Gloire Benjamin Joël",
        "Divine Grâce Esther Naomi Merveille Rebecca Ornella Plamedi",
        "Marie-Claire Chantal Odette Béatrice Clarisse",
        "Jean-Pierre Patrice Didier Blaise Serge"),
 "ot": ("Luca Diego Andrei Nam Chinedu Omar Tiago",
        "Giulia Ana Ioana Linh Amara Layla Sofia",
        "Maria Elena Mihaela Thuy Ngozi Rania",
        "Marco Carlos Ion Minh Emeka Tarek"),
}
FIRST = {k: tuple(x.split() for x in v) for k, v in FIRST.items()}
SUR_VL = """Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Vermeulen|Van Damme|Hermans|
Aerts|Michiels|Lemmens|Van den Broeck|Verhoeven|Smets|Cools|Lenaerts|Vandenberghe|Stevens|Geerts|Bogaerts|Vandevelde|
Pauwels|Coppens|Wuyts|Thys|Nijs|Van Hoof|Vanhove|Desmet|Verbruggen|Swinnen|Ceulemans|Luyten|Heylen|Schoofs|Vervoort|
Vranckx|Moens|Bosmans|Dewit|Van Loock|Vanderlinden|Gijsbers|Put|Rogiers|Tielemans|Boeckx|Cuypers|Deprez|Jansegers|
Vangeel|Lauwers|Verstraeten|Van Roey|Beckers|Daems|Hendrickx|Geukens|Van Aerschot|Meulemans|Dierickx|Op de Beeck|
Vandebroek|Sels|Brepoels|Craenen|Indekeu|Moreels|Vanhaecht|Torfs|Segers|Van Ermen|Bruyninckx""".replace("\n", "").split("|")
SUR_MA = "El Amrani|Bouzid|El Idrissi|Benali|Azzouzi|Chakir|El Haddouchi|Ait Taleb|Boukhari|Ouali|Tahiri|El Khattabi|Amezian|Belhaj|Ziani".split("|")
SUR_TR = "Yilmaz|Demir|Kaya|Öztürk|Çelik|Aydin|Arslan|Doğan|Koç|Şahin".split("|")
SUR_PL = "Nowak|Kowalski|Wiśniewski|Zieliński|Kamińska|Lewandowski|Wójcik|Dąbrowski".split("|")
SUR_CD = "Mbuyi|Kabongo|Tshibangu|Ilunga|Mukendi|Lukusa|Kalonji|Nsimba".split("|")
SUR_OT = "Rossi|Fernandes|Popescu|Haddad|Nguyen|Okafor|García|Mahmoud".split("|")
SUR = {"vl": SUR_VL, "ma": SUR_MA, "tr": SUR_TR, "pl": SUR_PL, "cd": SUR_CD, "ot": SUR_OT}
PROV = ["telenet.be"]*9 + ["gmail.com"]*9 + ["hotmail.com"]*4 + ["skynet.be"]*2 + ["proximus.be"]*2 + ["outlook.com"]*3

def _ascii(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def _slug(s):
    return _ascii(s).lower().replace(" ", "").replace("'", "").replace("-", "")

class Pupil:
    pass

def make_roster():
    rnd = random.Random(1616)
    classes = [f"{g}{l}" for g in range(1, 7) for l in "ABCD"]
    sizes = [13 if i % 2 == 0 else 12 for i in range(24)]  # 300 in total
    pupils, used_mail, used_name = [], set(), set()
    n = 0
    for klas, size in zip(classes, sizes):
        for _ in range(size):
            n += 1
            p = Pupil()
            p.id = f"P{n:04d}"
            p.klas = klas
            r = rnd.random()
            origin = ("vl" if r < 0.62 else "ma" if r < 0.76 else "tr" if r < 0.84 else
                      "pl" if r < 0.89 else "cd" if r < 0.95 else "ot")
            pool = SUR[origin]
            boys, girls, moms, dads = FIRST[origin]
            if origin != "vl" and rnd.random() < 0.15:
                boys, girls = FIRST["vl"][0], FIRST["vl"][1]
            girl = rnd.random() < 0.5
            while True:
                last = rnd.choice(pool)
                first = rnd.choice(girls if girl else boys)
                if (first, last) not in used_name:
                    break
            used_name.add((first, last))
            p.first, p.last, p.girl = first, last, girl
            p.mail = f"{_slug(first)}.{_slug(last)}@leerling.sintpieterscollege.be"
            # parents
            pm_first = rnd.choice(moms); pf_first = rnd.choice(dads)
            m_last = rnd.choice(pool) if rnd.random() < 0.55 else last
            p.mother = (pm_first, m_last); p.father = (pf_first, last)
            def mk(fn, ln):
                prov = rnd.choice(PROV)
                style = rnd.randrange(5)
                if style == 0: loc = f"{_slug(fn)}.{_slug(ln)}"
                elif style == 1: loc = f"{_slug(fn)[0]}{_slug(ln)}"
                elif style == 2: loc = f"{_slug(fn)}{_slug(ln)}{rnd.randrange(60, 99)}"
                elif style == 3: loc = f"{_slug(ln)}.{_slug(fn)}"
                else: loc = f"{_slug(fn)}_{_slug(ln)[:6]}"
                a = f"{loc}@{prov}"
                k = 2
                while a in used_mail:
                    a = f"{loc}{k}@{prov}"; k += 1
                used_mail.add(a)
                return a
            order = rnd.random()
            if order < 0.5:
                p.p1, p.p1name = mk(*p.mother), p.mother
                p.p2, p.p2name = (mk(*p.father), p.father) if rnd.random() < 0.8 else ("", None)
            else:
                p.p1, p.p1name = mk(*p.father), p.father
                p.p2, p.p2name = (mk(*p.mother), p.mother) if rnd.random() < 0.75 else ("", None)
            pupils.append(p)
    return pupils

ROSTER = make_roster()
R = {p.id: p for p in ROSTER}

def write_roster():
    lines = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in ROSTER:
        lines.append(";".join([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2]))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- staff and helpers
D1 = "sintpieterscollege.be"; D2 = "spc.ksleuven.be"
def S(name, local=None, dom=D1):
    if local is None:
        local = _slug(name.split(" ")[0]) + "." + _slug("".join(name.split(" ")[1:]))
    return (name, f"{local}@{dom}")

# staff (invented)
DIR = S("Hilde Verlinden"); ADJ = S("Marc Vandersteen"); SEC = S("Gerda Lambrechts")
BOEK = S("Sonja Peetermans"); BERT = S("Bert Van Gorp"); ANNICK = S("Annick Decoster")
LANDER = S("Lander Hoste"); RIK = S("Rik Stroobants"); LUC = S("Luc Vanbrabant", "luc.vanbrabant", D2)
KARIM = S("Karim Bennani", "karim.bennani", D2); DANNY = S("Danny Schepers", "danny.schepers", D2)
MARTINE = S("Martine Goris"); JOKE = S("Joke Dehaes"); STEFAN = S("Stefan Wijns")
LEEN = S("Leen Cornelis"); PIETER = S("Pieter Vanmol"); SOPHIE = S("Sophie Lemaire")
KEVIN = S("Kevin Smeets"); INGRID = S("Ingrid Wauters"); TOMV = S("Tom Vandeputte")
NADIA = S("Nadia Bakkali"); GEERT = S("Geert Lodewijckx"); ANN = S("Ann Devos")
WOUTER = S("Wouter Mees"); ELKE = S("Elke Van Hecke"); DRIES = S("Dries Geens")
KATRIEN = S("Katrien Ooms"); JOLIEN = S("Jolien Claessens"); YANNICK = S("Yannick Bogaert")
FZ = S("Fatima Zahra Ouardi", "fz.ouardi", D2); HANS = S("Hans Coenen"); BIEKE = S("Bieke Smolders")
SERKAN = S("Serkan Aksoy"); LIES = S("Lies Verachtert"); WARD = S("Ward Janssen")
MIREILLE = S("Mireille Dumont"); GREET = S("Greet Moyson"); JORIS = S("Joris Vandael")
ELS = S("Els Haesendonck"); BART = S("Bart Vleminckx"); AN_S = S("An Schroyens", "asc", D2)
CLB = ("Evi Stessens", "evi.stessens@clb-leuven.be"); CLBARTS = ("Dr. Jan Hofkens", "jan.hofkens@clb-leuven.be")
CLAIRE = ("Claire Dufresne", "claire.dufresne@ac-lille.fr"); SIOBHAN = ("Siobhán Gallagher", "sgallagher@stbrigidscc.ie")
SECM = ("Secretariaat Sint-Pieterscollege", "secretariaat@" + D1)
HELP = ("ICT-helpdesk SPC", "helpdesk@" + D1)
OUDERRAAD = ("Ouderraad Sint-Pieterscollege", "ouderraad@" + D1)
DIRM = ("Directie Sint-Pieterscollege", "directie@" + D2)
INFO = ("Sint-Pieterscollege", "info@" + D1)
def G(local, dom=D1):
    return ("", f"{local}@{dom}")

SCHOOLTEL = "016 29 48 10"
SIG_SCHOOL = "Sint-Pieterscollege Leuven\nKapucijnenvoer 58, 3000 Leuven"

def P(pid):
    return R[pid]
def hij(p): return "zij" if p.girl else "hij"
def zijn(p): return "haar" if p.girl else "zijn"
def zoon(p): return "dochter" if p.girl else "zoon"
def pname(t): return f"{t[0]} {t[1]}"

# ---------------------------------------------------------------- dates
MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_NL_L = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
DAYS_NL = ["ma", "di", "wo", "do", "vr", "za", "zo"]
DAYS_NL_L = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
import datetime as _dt
def _dt_of(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
def _tz(d):
    # Belgian summer time (approximate, good for the school year 2024-2025)
    if _dt.datetime(2024, 3, 31, 2) <= d < _dt.datetime(2024, 10, 27, 3) or _dt.datetime(2025, 3, 30, 2) <= d < _dt.datetime(2025, 10, 26, 3):
        return "+0200"
    return "+0100"
def rfcdate(s):
    d = _dt_of(s)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{wd}, {d.day:02d} {mo} {d.year} {d.strftime('%H:%M')}:{(d.minute * 7) % 60:02d} {_tz(d)}"
def gmail_on(s, who):
    d = _dt_of(s)
    return f"Op {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month-1]} {d.year} om {d.strftime('%H:%M')} schreef {who[0]} <{who[1]}>:"
def outlook_hdr(frm, s, to, subj, cc=None):
    d = _dt_of(s)
    lines = ["________________________________", f"Van: {frm[0]} <{frm[1]}>",
             f"Verzonden: {DAYS_NL_L[d.weekday()]} {d.day} {MONTHS_NL_L[d.month-1]} {d.year} {d.strftime('%H:%M')}",
             "Aan: " + "; ".join(f"{t[0]} <{t[1]}>" if t[0] else t[1] for t in to)]
    if cc:
        lines.append("CC: " + "; ".join(f"{t[0]} <{t[1]}>" if t[0] else t[1] for t in cc))
    lines.append(f"Onderwerp: {subj}")
    return "\n".join(lines)
def fwd_hdr(frm, s, to, subj, style="gmail"):
    d = _dt_of(s)
    if style == "gmail":
        return ("---------- Doorgestuurd bericht ---------\n"
                f"Van: {frm[0]} <{frm[1]}>\n"
                f"Date: {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month-1]} {d.year} om {d.strftime('%H:%M')}\n"
                f"Subject: {subj}\n"
                "To: " + ", ".join(f"{t[0]} <{t[1]}>" if t[0] else t[1] for t in to) + "\n")
    return ("-----Oorspronkelijk bericht-----\n"
            f"Van: {frm[0]} <{frm[1]}>\n"
            f"Verzonden: {DAYS_NL_L[d.weekday()]} {d.day} {MONTHS_NL_L[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
            "Aan: " + "; ".join(f"{t[0]} <{t[1]}>" if t[0] else t[1] for t in to) + "\n"
            f"Onderwerp: {subj}\n")
def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

# ---------------------------------------------------------------- html helpers
import html as _html
def esc(t): return _html.escape(t, quote=False)
def txt2html(text, outlook=True):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [esc(l) for l in para.split("\n")]
        if outlook:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>\n<p class=\"MsoNormal\">&nbsp;</p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    return "\n".join(out)
def outlook_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.spc {border-collapse:collapse;} table.spc td, table.spc th {border:solid #A6A6A6 1.0pt; padding:2pt 5pt; font-size:10.0pt; font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
def simple_html(inner):
    return '<div dir="ltr">' + inner + '</div>\n'
def table_html(rows, header=True):
    h = ['<table class="spc" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        h.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)
def table_text(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
import re as _re
def html2text(h):
    h = _re.sub(r"(?is)<head>.*?</head>", "", h)
    h = _re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = _re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n", h)
    h = _re.sub(r"(?i)</t[dh]>", "\t", h)
    h = _re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = _re.sub(r"<[^>]+>", "", h)
    h = _html.unescape(h).replace("\xa0", " ")
    lines = [l.rstrip("\t ").replace("\t", "  ") for l in h.split("\n")]
    out, blank = [], 0
    for l in lines:
        if not l.strip():
            blank += 1
            if blank > 1: continue
        else:
            blank = 0
        out.append(l)
    return "\n".join(out).strip() + "\n"

# ---------------------------------------------------------------- MIME builders
def _cs(charset, enc):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[enc]
    c.header_encoding = QP
    return c
def textpart(text, subtype="plain", enc="qp", charset="utf-8"):
    text = text.replace("\r\n", "\n")
    if enc in ("8bit", "7bit"):
        part = MIMENonMultipart("text", subtype, charset=charset)
        raw = text.replace("\n", "\r\n").encode(charset)
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = enc if enc == "8bit" or raw.isascii() else "8bit"
        return part
    part = MIMEText(text, subtype, _charset=_cs(charset, enc))
    return part
def fileatt(filename, content, ctype="text/plain", charset="utf-8", enc=None):
    maintype, subtype = ctype.split("/")
    if isinstance(content, str):
        if enc is None: enc = "b64" if not content.isascii() else "qp"
        part = textpart(content, subtype, enc, charset) if maintype == "text" else None
    else:
        part = MIMEBase(maintype, subtype)
        part.set_payload(content)
        encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    if maintype == "text":
        part.set_param("name", filename)
    else:
        part.set_param("name", filename)
    return part
def make_zip(files):
    import zipfile
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()
def fake_exe():
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00L\x01"
def fake_xlsm(sheet_rows):
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>" + "".join(
        "<row>" + "".join(f"<c t=\"inlineStr\"><is><t>{esc(str(c))}</t></is></c>" for c in r) + "</row>" for r in sheet_rows) + "</sheetData></worksheet>"
    return make_zip([("[Content_Types].xml", '<?xml version="1.0"?><Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
                     ("xl/workbook.xml", "<workbook><sheets><sheet name=\"Blad1\" sheetId=\"1\"/></sheets></workbook>"),
                     ("xl/worksheets/sheet1.xml", xml),
                     ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 120 + b"Attribute VB_Name = \"Module1\"\r\nSub GenereerPins()\r\nEnd Sub\r\n")])

def addr_hdr(lst):
    out = []
    for name, a in lst:
        if name:
            out.append(formataddr((name, a), charset="utf-8"))
        else:
            out.append(a)
    return ", ".join(out)

def hdr_text(s):
    return s if s.isascii() else Header(s, "utf-8").encode()

MSGID_STYLE = {}
def msgid(key, frm_addr, style):
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    if style == "outlook":
        return f"<AM9PR02MB{h[:4]}{h[4:20]}@AM9PR02MB{h[20:24]}.eurprd02.prod.outlook.com>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:30])).decode().replace("/", "_").replace("+", "-")
        return f"<CAK{b}{h[30:36].lower()}@mail.gmail.com>"
    if style == "hotmail":
        return f"<DB7P189MB{h[:6]}{h[6:18]}@DB7P189MB{h[18:22]}.EURP189.PROD.OUTLOOK.COM>"
    dom = frm_addr.split("@")[1]
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{dom}>"

def set_headers(msg, m, key):
    msg["Date"] = rfcdate(m["date"])
    msg["From"] = addr_hdr([m["frm"]])
    msg["To"] = addr_hdr(m["to"]) if m["to"] else "undisclosed-recipients:;"
    if m.get("cc"):
        msg["Cc"] = addr_hdr(m["cc"])
    msg["Subject"] = hdr_text(m["subj"])
    msg["Message-ID"] = msgid(key, m["frm"][1], m.get("mid", "outlook" if m["frm"][1].split("@")[1].endswith(("sintpieterscollege.be", "ksleuven.be")) else "plain"))
    if m.get("irt"):
        msg["In-Reply-To"] = msgid(key + "-orig", "x@" + D1, "outlook")
        msg["References"] = msg["In-Reply-To"]
    for k, v in m.get("hdrs", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"

def build_message(m, key):
    fmt = m.get("fmt", "plain"); enc = m.get("enc", "qp"); cs = m.get("charset", "utf-8")
    body = m.get("body"); html = m.get("html")
    if fmt == "plain":
        core = textpart(body, "plain", enc, cs)
    elif fmt == "html":
        core = textpart(html, "html", enc, cs)
    elif fmt == "alt":
        if body is None: body = html2text(html)
        if html is None: html = outlook_html(txt2html(body))
        core = MIMEMultipart("alternative", boundary=f"_000_{hashlib.md5(key.encode()).hexdigest()[:20]}_")
        core.attach(textpart(body, "plain", enc if enc != "8bit" else "qp", cs))
        core.attach(textpart(html, "html", m.get("henc", "qp"), cs))
    else:
        raise ValueError(fmt)
    atts = list(m.get("atts", []))
    if m.get("fwd") is not None:
        inner = build_message(m["fwd"], key + "-inner")
        ch = [(k, v) for k, v in inner.items()]
        for k in list(inner.keys()):
            del inner[k]
        set_headers(inner, m["fwd"], key + "-inner")
        for k, v in ch:
            if k.lower() != "mime-version":
                inner[k] = v
        inner._inner_root = True
        mm = MIMEMessage(inner)
        mm.add_header("Content-Disposition", "attachment", filename=m.get("fwdname", "doorgestuurd.eml"))
        atts.append(mm)
    if atts:
        outer = MIMEMultipart("mixed", boundary=f"_mixed_{hashlib.md5((key+'m').encode()).hexdigest()[:24]}")
        # move MIME headers: core becomes first part
        outer.attach(core)
        for a in atts:
            outer.attach(a)
        return outer
    return core

MAILS = []
def mail(slug, **m):
    m["slug"] = slug
    MAILS.append(m)

def render(m, n):
    fn = f"{n:03d}-{m['slug']}.eml"
    msg = build_message(m, fn)
    # headers first: rebuild order Date, From, To, Cc, Subject, Message-ID ... then content headers
    content_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    set_headers(msg, m, fn)
    for k, v in content_hdrs:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    def strip(part, root):
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            for sp in (part.get_payload() if isinstance(part.get_payload(), list) else []):
                if not getattr(sp, "_inner_root", False):
                    del sp["MIME-Version"]
                strip(sp, False)
    strip(msg, True)
    bio = io.BytesIO()
    g = BytesGenerator(bio, policy=policy.compat32.clone(linesep="\r\n", max_line_length=998), mangle_from_=False)
    g.flatten(msg)
    data = bio.getvalue()
    data = data.replace(b"\r\r\n", b"\r\n")
    with open(os.path.join(HERE, fn), "wb") as f:
        f.write(data)
    return fn

def yq(s):
    return json.dumps(s, ensure_ascii=False)
def ylist(l):
    return "[" + ", ".join(l) + "]"

def write_all():
    import glob
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml")):
        os.remove(old)
    write_roster()
    out = []
    for n, m in enumerate(MAILS, 1):
        fn = render(m, n)
        rcpt = [a for _, a in m["to"]] + [a for _, a in m.get("cc", [])] + [a for _, a in m.get("bcc", [])]
        rules = m.get("rules", [])
        out.append(f"{fn}:")
        out.append(f"  rules: {ylist(rules)}")
        if "sensitive" in rules:
            out.append(f"  categories: {{sensitive: {ylist(m['cats'])}}}")
        out.append(f"  mail_from: {m.get('mail_from', m['frm'][1])}")
        out.append(f"  rcpt: {ylist(rcpt)}")
        out.append(f"  about: {ylist(m.get('about', []))}")
        out.append(f"  misdirected: {'true' if m.get('mis') else 'false'}")
        out.append(f"  note: {yq(m['note'])}")
        out.append(f"  lang: {m.get('lang', 'nl')}")
        out.append(f"  format: {ylist(m['form'])}")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch16 labels (Sint-Pieterscollege, large ASO with STEM and sports track)\n" + "\n".join(out) + "\n")
    print(len(MAILS), "mails written")


# ================================================================ PASSWORD HAND-OVERS (50)

# 1 French, Windows-1252 8-bit: Wi-Fi for the Lille colleagues
mail("wifi-accueil-lille", frm=SOPHIE, to=[CLAIRE], date="2025-03-07 16:42",
     subj="Votre visite lundi – infos pratiques", fmt="plain", enc="8bit", charset="windows-1252",
     body="""Bonjour Claire,

Tout est prêt pour lundi ! Quelques infos pratiques pour toi et tes deux collègues :

- Arrivée du car : parking arrière (entrée par la Vlamingenstraat), vers 9h15.
- Accueil café dans la salle des profs du bâtiment A, 1er étage.
- Les élèves belges attendent les vôtres dans l'aula.

Pour le wifi, vous pouvez vous connecter au réseau « SPC-Gast ».
Clé : Welkom@Leuven25
(elle change à la fin du mois, donc pas de souci si elle circule un peu chez vos élèves, mais évitez quand même)

Si vous avez un souci sur place, appelle-moi sur mon portable : +32 478 61 20 93.

À lundi et bon voyage !
Sophie

--
Sophie Lemaire
professeur de français – coordinatrice échange Lille
Sint-Pieterscollege Leuven
""", rules=["password", "personal_data"], lang="fr", form=["plain", "8bit", "cp1252"],
     note="exchange coordinator gives the partner school the guest Wi-Fi key in a practical visit mail; mobile number in signature")

# 2 English, multipart/alternative: Dublin guest network and staff room code
mail("dublin-visit-practical", frm=KEVIN, to=[SIOBHAN], date="2025-04-22 21:05",
     subj="Re: Arrival on the 5th – a few practical bits", fmt="alt",
     body="""Hi Siobhán,

Great news that the flights are booked. A few things so you can settle in without hunting for me:

* Guest wifi: network SPC-Gast, key Welkom@Leuven25 (the pupils get their own log-ins through us, don't worry about them)
* Staff room, building A, first floor: the door has a keypad, code 4719 then the green key. Coffee machine is free for you, the good biscuits are in the left cupboard :)
* Your desk for the week is in B114, next to mine.

I'll pick you up at Leuven station on Monday 5 May at 8:10.

Cheers,
Kevin

""" + gmail_on("2025-04-22 13:30", SIOBHAN) + "\n" + quote("""Hi Kevin,
Flights are booked for the whole group, landing Zaventem Sunday evening. Could you send me the
practical info (wifi, where we can work during the day, etc.)? The teachers would like to prepare
some lessons on their laptops while the kids are with the host families.
Thanks a million,
Siobhán"""), lang="en", rules=["password"], form=["alt", "reply", "list"],
     note="English teacher sends the Irish partner teacher the guest Wi-Fi key and the staff-room keypad code")

# 3 very short internal: lab corridor code for the evening caretaker
mail("code-labogang", frm=RIK, to=[KARIM], date="2024-10-02 15:48",
     subj="nieuwe code labogang C", fmt="plain", enc="7bit",
     body="""Karim,

code van de deur labogang gebouw C is vandaag veranderd na dat gedoe met de leerlingen van vorige week.
Nieuw: 7350 *  (sterretje op het einde)

Graag ook doorgeven aan Danny voor het weekend.

Rik
""", rules=["password"], form=["plain", "7bit"],
     note="lab technician tells the evening caretaker the new keypad code of the lab corridor")

# 4 reply to the caretaker with the sports-hall alarm code
mail("re-alarm-sporthal-zaterdag", frm=ADJ, to=[DANNY], date="2024-11-15 17:22",
     subj="RE: alarm sporthal zaterdag tornooi", fmt="alt", irt=True,
     body="""Dag Danny,

Ja, de volleybalclub mag om 8u binnen. Alarm uitzetten aan het paneel naast de bergruimte:
2904 + OFF, daarna wachten tot het groene lampje brandt. 's Avonds bij het buitengaan 2904 + ON, je hebt dan 45 seconden.

Als het toch afgaat: de centrale van Secura belt jou eerst, zeg dan het wachtwoord "Dijlekaai".

Groeten,
Marc

""" + outlook_hdr(DANNY, "2024-11-15 14:03", [ADJ], "alarm sporthal zaterdag tornooi") + """

Marc,
Zaterdag is er dat tornooi in de sporthal, ik doe die shift. Ik heb de nieuwe alarmcode nog niet gekregen sinds de aanpassing. Kan je die doorsturen?
Danny
""", rules=["password"], form=["alt", "reply", "outlook-quote"],
     note="deputy head answers the weekend caretaker with the sports-hall alarm code and the alarm-centre password word")

# 5 HTML only: welcome pack for an interim teacher
_html5 = outlook_html("""<p class="MsoNormal">Dag Joris,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Welkom op het Sint-Pieterscollege! Je vervangt Greet Moyson (geschiedenis) tot de krokusvakantie. Hieronder je gegevens om vanaf maandag aan de slag te kunnen.</p>
<p class="MsoNormal">&nbsp;</p>
""" + table_html([["Wat", "Gegevens"],
                  ["Microsoft 365 / Smartschool", "joris.vandael@sintpieterscollege.be"],
                  ["Tijdelijk wachtwoord", "Spc!Start-8841"],
                  ["Kopieerapparaten (pincode)", "6127"],
                  ["Lokaal", "A208 (sleutel aan het onthaal)"],
                  ["Lessenrooster", "zie Smartschool &gt; Planner"]]).replace("&amp;gt;", "&gt;") + """
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je moet het wachtwoord bij de eerste aanmelding wijzigen. De pincode van de kopiers blijft dezelfde.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<p class="MsoNormal">Gerda Lambrechts<br>secretariaat</p>""")
mail("welkom-interim-joris", frm=SEC, to=[JORIS], date="2025-01-09 11:37",
     subj="Welkom – je logins", fmt="html", html=_html5, enc="qp",
     rules=["password"], form=["html", "table"],
     note="secretariat sends a new interim teacher his temporary Microsoft 365 password and copier PIN in an HTML table")

# 6 base64 plain: helpdesk student gives a new pupil her account
_p = P("P0107")
mail("account-nieuwe-leerling-amara", frm=HELP, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-02-03 10:14",
     subj="Je schoolaccount", fmt="plain", enc="b64",
     body=f"""Hallo {_p.first},

Welkom in {_p.klas}! Hier zijn je gegevens voor je laptop, Teams, Smartschool en de printers:

Gebruikersnaam: {_p.mail}
Tijdelijk wachtwoord: Maan-Fiets-73

Bij je eerste aanmelding vraagt Microsoft om een nieuw wachtwoord te kiezen en de Authenticator-app te installeren.
Lukt het niet? Kom gerust langs in het helpdeskhokje naast de bib (B012), elke middag van 12u35 tot 13u.

Lander
(jobstudent ICT-helpdesk)
""", about=["P0107"], rules=["password"], form=["plain", "base64"],
     note="helpdesk student job hands a newly arrived pupil her login and temporary password")

# 7 formal to a parent: Smartschool co-account
_p = P("P0052")
mail("coaccount-ouder-demir", frm=SECM, to=[(pname(_p.p1name), _p.p1)], date="2024-09-04 09:02",
     subj=f"Smartschool co-account voor de ouders van {_p.first} {_p.last} ({_p.klas})", fmt="alt",
     body=f"""Geachte heer {_p.p1name[1]},

U vroeg ons vorige week om een nieuwe aanmelding voor Smartschool, omdat de brief met de gegevens van uw co-account verloren is geraakt.

Hieronder vindt u de nieuwe gegevens:
  Adres: https://sintpieterscollege.smartschool.be
  Gebruikersnaam: {_slug(_p.first)}.{_slug(_p.last)}
  Co-account: 1
  Wachtwoord co-account 1: rkmz4827

Bij de eerste aanmelding wordt u gevraagd om zelf een wachtwoord te kiezen.

Met vriendelijke groeten,

Gerda Lambrechts
Secretariaat Sint-Pieterscollege
Kapucijnenvoer 58, 3000 Leuven
tel. {SCHOOLTEL}
""", about=["P0052"], rules=["password", "personal_data"], form=["alt"],
     note="secretariat gives a father the new password of his Smartschool co-account; school phone in signature")

# 8 temporary access pass after a lost phone
mail("tap-hans", frm=BERT, to=[HANS], date="2024-12-02 07:51",
     subj="je TAP", fmt="plain", enc="qp",
     body="""Hans,

Je Authenticator zat op je oude gsm, dus ik heb een Temporary Access Pass aangemaakt.
Ga naar https://aka.ms/mysecurityinfo, log in met je gewone adres en geef als wachtwoord deze code in:

    Kq7#mP2x-wTn

Die is 8 uur geldig (tot ca. 16u vandaag) en maar voor 1 keer. Registreer dan meteen je nieuwe toestel.

Bert
""", rules=["password"], form=["plain", "qp"],
     note="ICT teacher gives a colleague who lost his phone a Temporary Access Pass to sign in")

# 9 list: BIOS / local admin passwords for the image
mail("bios-wachtwoorden-image", frm=ANNICK, to=[LANDER], date="2024-08-27 13:25",
     subj="huurlaptops 3de jaar – image klaarzetten", fmt="plain", enc="qp",
     body="""Hoi Lander,

Morgen beginnen we met het klaarzetten van de huurlaptops voor de derdejaars (152 stuks). Stappenplan hangt in het hokje, maar dit heb je nodig en staat daar bewust niet op:

BIOS-wachtwoord (alle modellen):   SPC-bios-2024
Lokale admin "spcbeheer":
  - Lenovo 100e gen 4  -> Lnv!Beheer24
  - Lenovo 300w        -> Lnv!Beheer24   (zelfde)
  - HP ProBook x360    -> HPx360-spc#9

Niet op een post-it plakken aub, vorig jaar hing er eentje op de kar.

Als Intune bij een toestel blijft hangen op "Apps installeren": laten staan en een nummer noteren, ik kijk er donderdag naar.

Merci!
Annick
""", rules=["password"], form=["plain", "list"],
     note="ICT coordinator gives the student job the BIOS and local administrator passwords for the BYOD rental laptops")

# 10 inline forward of the supplier's mail with the cash terminal admin login
_kk = ("Jelle Verschueren", "jelle.verschueren@kantinekaart.be")
mail("fw-kassa-terminal-login", frm=MARTINE, to=[S("Nele Van Assche")], date="2025-01-06 08:12",
     subj="Fwd: Installatie oplaadterminal Sint-Pieterscollege", fmt="plain", enc="qp",
     body="""Nele, hieronder de gegevens van de nieuwe oplaadpaal in de cafetaria. Ik ben woensdag niet op school, jij sluit de kassa af.
Martine

""" + fwd_hdr(_kk, "2024-12-20 15:31", [MARTINE], "Installatie oplaadterminal Sint-Pieterscollege") + """

Beste mevrouw Goris,

De oplaadterminal (type KK-Top 3) is geïnstalleerd en gekoppeld aan uw schoolaccount.

Beheerdersmenu op het toestel: tik 5 keer rechtsboven op het logo
  Beheerderscode: 90417
Webportaal: https://portal.kantinekaart.be
  Login: cafetaria@sintpieterscollege.be
  Initieel wachtwoord: Kk-SPC-2024!

Wij raden aan het wachtwoord van het portaal na de eerste aanmelding te wijzigen.

Met vriendelijke groet,
Jelle Verschueren
Kantinekaart NV – technische dienst
T 09 245 77 10
""", rules=["password", "personal_data"], form=["plain", "fwd-inline"],
     note="cafeteria manager forwards the supplier's mail with the top-up terminal admin code and portal password; supplier phone number")

# 11 parents' association: handover to new treasurer (external), IBAN mentioned
_p = P("P0244")
mail("overdracht-penningmeester", frm=OUDERRAAD, to=[(pname(_p.p2name), _p.p2)], date="2024-10-14 20:47",
     subj="Overdracht kas ouderraad", fmt="alt",
     body=f"""Dag Hilde,

Nogmaals bedankt dat je de kas van Koen wil overnemen! Zoals beloofd de praktische zaken op een rij:

1. Rekening ouderraad: BE71 7360 4417 2869 (KBC). De volmacht voor jou is aangevraagd, dat duurt een week of twee.
2. Tot dan kan je de rekening bekijken via de gedeelde login van KBC Business Dashboard:
   gebruiker: OUDERRAAD-SPC
   wachtwoord: Kas!Dijle2024
3. Payconiq-terminal voor de kwis en de eetdag: pincode 3318.
4. Het kasboek (Excel) zet ik op de USB-stick die in de kast van het secretariaat ligt.

Kan jij de login van KBC na de overdracht veranderen? Dan weet Koen hem ook niet meer.

Vriendelijke groet,
Bieke Smolders
namens de ouderraad
""", about=[], rules=["password", "personal_data"], form=["alt", "list"],
     note="parents' association mailbox hands the new treasurer (a parent) the shared bank login and Payconiq PIN; association IBAN")

# 12 invigilators in Bcc: safe combination
_inv = [GEERT, HANS, MIREILLE, WARD, ELS, BART, AN_S]
mail("kluis-examenkopijen-juni", frm=GEERT, to=[GEERT], bcc=_inv[1:], date="2025-06-05 18:30",
     subj="Toezicht examens – kluis A012", fmt="plain", enc="8bit",
     body="""Beste toezichters,

Vanaf maandag liggen de examenkopieën per dag in de kluis van het examensecretariaat (A012). Wie de eerste toezicht van de dag heeft, haalt de bakjes om 8u15.

Combinatie kluis:  links 34 – rechts 12 – links 77  (daarna hendel naar beneden)

Na het examen gaan de kopijen terug in de bak "INGELEVERD", niet in de kluis. Kluis altijd dichtdraaien, ook als je even naar het toilet gaat.

Dank en veel moed,
Geert
examencoördinator
""", rules=["password"], form=["plain", "8bit", "bcc-group"],
     note="exam coordinator gives the invigilators (all in Bcc) the combination of the exam-paper safe")

# 13 txt attachment with exam zip passwords
mail("wachtwoorden-digitale-examens", frm=GEERT, to=[SERKAN], date="2025-06-10 21:14",
     subj="digitale examens wiskunde 4de jaar", fmt="plain", enc="qp",
     body="""Serkan,

De examenbestanden voor het digitale deel (GeoGebra) staan als versleutelde zip op de examenlaptops. In de bijlage de wachtwoorden per klas, pas om 8u30 op het bord schrijven.

Geert
""", atts=[fileatt("wachtwoorden_examens_wis4.txt", """Examen wiskunde 4de jaar - digitaal deel - 12/06/2025
4A  zip: wis4A_examen.zip   wachtwoord: parabool-4A-k9
4B  zip: wis4B_examen.zip   wachtwoord: parabool-4B-t2
4C  zip: wis4C_examen.zip   wachtwoord: parabool-4C-x7
4D  zip: wis4D_examen.zip   wachtwoord: parabool-4D-m5
Reserve-laptops: lokaal B204, kast links
""")], rules=["password"], form=["plain", "attachment-txt"],
     note="exam coordinator sends the maths teacher a .txt with the passwords of the encrypted digital exam files")

# 14 alt table: Safe Exam Browser quit passwords per day
_rows = [["Dag", "Lokalen", "Examen", "Quit-wachtwoord SEB"],
         ["ma 16/06", "B201-B204", "Frans 5de jr (luistertoets)", "Lille#1606"],
         ["di 17/06", "C101 (STEM-labo)", "Informatica 5 STEM", "Python*1706"],
         ["wo 18/06", "B201-B204", "Engels 6de jr", "Dublin!1806"],
         ["do 19/06", "Aula", "Nederlands schrijfopdracht 6de jr", "Gezelle=1906"]]
mail("seb-quitwachtwoorden", frm=GEERT, to=[GEERT], bcc=[HANS, MIREILLE, ELS, BART, AN_S, WARD], date="2025-06-12 16:05",
     subj="Safe Exam Browser – wachtwoorden om af te sluiten", fmt="alt",
     html=outlook_html("""<p class="MsoNormal">Collega's,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bij de digitale examens draait Safe Exam Browser. Als een laptop vastloopt of een leerling klaar is en moet afsluiten, heb je het quit-wachtwoord nodig. Geef het <b>nooit</b> aan de leerling zelf, typ het zelf in.</p><p class="MsoNormal">&nbsp;</p>
""" + table_html(_rows) + """
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Vragen: bel of spring binnen in A012.</p><p class="MsoNormal">Geert</p>"""),
     rules=["password"], form=["alt", "table", "bcc-group"],
     note="exam coordinator gives invigilators a table with the Safe Exam Browser quit passwords per exam day")

# 15 padlock of the poison cabinet
mail("gifkast-slot", frm=RIK, to=[PIETER], date="2024-09-12 12:41",
     subj="hangslot gifkast C012", fmt="plain", enc="7bit",
     body="""Pieter,
het nieuwe cijferslot op de gifkast in C012 staat op 3917. Het oude slot was kapot (sleutel afgebroken).
Kaliumpermanganaat en de zuren staan nu op de onderste plank.
Rik
""", rules=["password"], form=["plain", "7bit", "short"],
     note="lab technician tells the chemistry teacher the combination of the poison cabinet padlock")

# 16 reply with webshop login of the lab supplier
mail("re-bestelling-labshop", frm=RIK, to=[LEEN], date="2025-02-18 10:02",
     subj="Re: petrischalen en agar bestellen", fmt="plain", enc="qp", irt=True,
     body="""Leen,

Bestel gerust zelf, dan moet je niet op mij wachten. Op labmateriaal.be inloggen met:
labo@sintpieterscollege.be
Erlenmeyer!2024
(klantnummer 40112 staat er automatisch bij)

Zet wel "leveren aan C-gebouw, Rik" in de opmerking, anders komt het aan het onthaal terecht.

""" + gmail_on("2025-02-18 08:47", LEEN) + "\n" + quote("""Hoi Rik, voor de STEM-proef in de serre heb ik 40 petrischalen en een pot nutriëntagar nodig.
Kan jij die bestellen of mag ik dat zelf doen? Groetjes, Leen"""),
     rules=["password"], form=["plain", "reply"],
     note="lab technician gives the biology teacher the shared login and password of the lab supplier webshop")

# 17 greenhouse holiday care by a parent volunteer (external), phone in signature
_p = P("P0235")
mail("serre-krokusvakantie", frm=LEEN, to=[(pname(_p.p2name), _p.p2)], date="2025-02-26 19:18",
     subj="Serre tijdens de krokusvakantie – dank je!", fmt="alt",
     body=f"""Dag Bram,

Super dat je tijdens de krokusvakantie een oogje in het zeil wil houden in de serre. Zo overleven de tomatenplantjes van de STEM-klassen het wel.

- Poort naast de fietsenstalling: code 1264#
- Serre zelf: sleutel hangt in het kastje rechts van de deur, kastje opent met 0808
- Bevloeiing: app "GrowControl", account serre.spc@gmail.com, wachtwoord Tomaat&Basilicum5. Alleen de knop "extra beurt" gebruiken als de grond echt droog is.

De conciërge (Danny) weet dat je komt op dinsdag en vrijdag.
Als er iets is: 0474 18 62 09.

Heel erg bedankt!
Leen Cornelis
biologie / STEM
""", rules=["password", "personal_data"], form=["alt", "list"],
     note="biology teacher gives a parent volunteer the gate code, key-box code and irrigation app password of the greenhouse; teacher's mobile")

# 18 door code fitness room to a sports class (Bcc)
mail("fitnessruimte-code-5d", frm=STEFAN, to=[STEFAN], bcc=[G("klas-5d")], date="2024-09-20 13:10",
     subj="Fitness op woensdagmiddag", fmt="plain", enc="qp",
     body="""Hey 5D,

Vanaf volgende week mogen jullie (alleen de leerlingen sport!) op woensdagmiddag tussen 13u en 15u zelfstandig in de fitnessruimte trainen, als er een leerkracht LO in de sporthal is.

Deurcode fitness: 1948
Schrijf je in het schrift aan de deur in en uit. Wie de code doorgeeft aan anderen, verliest het recht om zelfstandig te trainen.

Sportieve groet,
meneer Wijns
""", rules=["password"], form=["plain", "bcc-group"],
     note="PE teacher gives the sports-track class (class address in Bcc) the fitness room door code")

# 19 sloppy: shared secretariat mailbox password
mail("paswoord-secretariaat-mailbox", frm=SEC, to=[BOEK], date="2025-03-31 08:03",
     subj="nieuw paswoord", fmt="plain", enc="8bit",
     body="""Sonja, het paswoord van de secretariaat-mailbox moest weer veranderd worden (90 dagen...). Het is nu Lente2025!spc
Als je hem op je laptop niet openkrijgt, eerst afmelden en opnieuw aanmelden.
Gerda
""", rules=["password"], form=["plain", "8bit", "short"],
     note="secretary gives her colleague the new password of the shared secretariat mailbox")

# 20 Instagram account sports track
mail("insta-sportklas", frm=YANNICK, to=[WARD], date="2024-10-09 22:31",
     subj="insta", fmt="plain", enc="qp", hdrs={"X-Mailer": "iPhone Mail (21G93)"},
     body="""Ward, ik ben morgen op de veldloop met de 4des, kan jij de foto's van de klimmuur posten?
@spc_sportklas
ww: Klimmen2024!spc
Niet vergeten de gezichten van de 1ste jaars te blurren (geen toestemming van allemaal).
Yannick

Verzonden vanaf mijn iPhone
""", rules=["password"], form=["plain", "mobile"],
     note="sports teacher sends a colleague the password of the sports-track Instagram account from his phone")

# 21 school's Zoom account (not a meeting passcode)
mail("zoom-account-webinars", frm=KEVIN, to=[SOPHIE], date="2025-01-20 12:15",
     subj="Zoom Pro account voor de uitwisselingen", fmt="alt",
     body="""Hoi Sophie,

De school heeft nu één betaald Zoom-account voor de uitwisselingen (geen limiet van 40 minuten meer). We delen het met z'n tweeën, dus niet tegelijk gebruiken.

Inloggen op zoom.us met:
  uitwisseling@sintpieterscollege.be
  Wachtwoord: Lille+Dublin=2025

De code voor de meetings zelf maakt Zoom automatisch aan, die mag je gewoon aan Claire geven.

Kevin
""", rules=["password"], form=["alt"],
     note="teacher shares the password of the school's paid Zoom account itself (not a meeting passcode) with a colleague")

# 22 CCTV recorder access for the security company: credentials in an rtsp URL too
mail("nvr-toegang-secura", frm=ADJ, to=[("Tim Goeminne", "tim.goeminne@secura-alarm.be")], date="2024-11-26 14:40",
     subj="Camera's gebouw D – toegang recorder voor onderhoud", fmt="plain", enc="qp",
     body="""Dag Tim,

Zoals telefonisch besproken: de recorder in het technisch lokaal van gebouw D (fietsenstalling en ingang cafetaria).

Web-interface: https://10.20.0.15
Gebruiker: admin
Wachtwoord: Cam3ra!SPC-D

De stream van camera 3 (ingang cafetaria) valt soms weg, die kan je rechtstreeks testen via
rtsp://admin:Cam3ra!SPC-D@10.20.0.15:554/Streaming/Channels/301

Onze ICT'er (Annick Decoster) is donderdag op school om je binnen te laten in het serverlokaal.

Vriendelijke groeten,
Marc Vandersteen
adjunct-directeur
Sint-Pieterscollege – 016 29 48 12
""", rules=["password", "links", "personal_data"], form=["plain", "url-credentials"],
     note="deputy head gives the security company the camera recorder admin login, also embedded in an rtsp URL; school phone")

# 23 caretaker shift handover with key box code among other items
mail("overdracht-dagploeg-avondploeg", frm=LUC, to=[KARIM], date="2025-01-27 14:55",
     subj="overdracht vandaag", fmt="plain", enc="8bit",
     body="""Karim,

- lekkende kraan toiletten gebouw B 1ste verdieping, loodgieter komt morgen 9u
- zoutstrooier staat terug in garage, zakken zout bijbesteld
- zaal C101 na 17u vrijhouden, oudercontact STEM
- sleutelkastje conciërgerie heeft een nieuwe code: 5512 (de oude stond in de groepschat, dus veranderd)
- container papier wordt woensdag opgehaald ipv donderdag
- verwarming sporthal staat in nachtstand vanaf 22u, niet aankomen

Luc
""", rules=["password"], form=["plain", "8bit", "list"],
     note="day caretaker's shift handover list to the evening caretaker includes the new key-box code")

# 24 bike shed code to a pupil
_p = P("P0276")
mail("fietsenstalling-code-robbe", frm=JOLIEN, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-05-14 16:20",
     subj="Fietsenstalling achteraan", fmt="plain", enc="qp",
     body=f"""Hoi {_p.first},

Omdat jij als leerlingenraad de fietsen van de 1ste jaars morgen na de fietstocht terugbrengt: de poort van de fietsenstalling achteraan gaat open met 2580 en dan het sleutelsymbool.

Geef hem aub niet door, we hebben hem net veranderd.

Mevrouw Claessens
""", about=["P0276"], rules=["password"], form=["plain", "qp"],
     note="teacher gives one sixth-year pupil the keypad code of the back bike-shed gate")

# 25 vending machine technician (external)
mail("automaat-servicecode", frm=MARTINE, to=[("Snackomatic service", "service@snackomatic.be")], date="2024-10-21 09:33",
     subj="Storing drankautomaat cafetaria (toestel nr. SN-48812)", fmt="plain", enc="qp",
     body="""Goeiemorgen,

Onze drankautomaat in de cafetaria (toestelnummer SN-48812) geeft sinds vrijdag foutcode E27 en neemt geen munten meer aan.

Uw technieker mag donderdag tussen 7u30 en 8u15 komen, dan is de cafetaria nog leeg. De achterdeur van de cafetaria gaat open met code 7741; de servicecode van het paneel die uw collega vorig jaar heeft ingesteld is A-4471.

Gelieve bij het onthaal even te melden dat hij binnen is.

Vriendelijke groet,
Martine Goris
verantwoordelijke cafetaria
""", rules=["password"], form=["plain"],
     note="cafeteria manager gives the vending-machine supplier the back-door code and the machine's service code")

# 26 Outlook reply to copier technician with admin password
_pp = ("Kristof Wellens", "kristof.wellens@printpartners.be")
mail("re-kopieermachine-adminpaswoord", frm=BERT, to=[_pp], date="2024-09-30 15:12", irt=True,
     subj="RE: Ticket PP-20931 scan-naar-mail gebouw B", fmt="alt",
     body="""Dag Kristof,

Het admin-paswoord van de webinterface van de drie toestellen in gebouw B is niet meer het standaardpaswoord, dat hebben we vorig jaar aangepast:

gebruiker: Admin
paswoord: SPC-Kyo-2231

SMTP-relay: smtp.office365.com, poort 587, het account scanner@sintpieterscollege.be heeft al een app-wachtwoord (staat in het toestel, niet aanpassen).

Groeten,
Bert Van Gorp
ICT-coördinator

""" + outlook_hdr(_pp, "2024-09-30 11:48", [BERT], "Ticket PP-20931 scan-naar-mail gebouw B") + """

Beste,

Voor het herconfigureren van scan-naar-mail moet ik aanmelden op de webinterface van de toestellen. Met het standaardwachtwoord lukt het niet. Kan u mij de juiste gegevens bezorgen?

Met vriendelijke groeten,
Kristof Wellens
PrintPartners – servicetechnieker
""", rules=["password"], form=["alt", "reply", "outlook-quote"],
     note="ICT coordinator answers the copier technician with the admin password of the copiers' web interface")

# 27 remote support tool for the IT partner
mail("anydesk-administratieserver", frm=ANNICK, to=[("Support Dijle ICT", "support@dijle-ict.be")], date="2025-04-03 16:58",
     subj="Ticket #5531 – back-up administratieserver faalt", fmt="plain", enc="qp",
     body="""Hallo,

De back-up van de administratieserver (Wisa + boekhouding) faalt sinds maandag met fout 0x80070005. Jullie mogen vanavond verbinden:

AnyDesk ID: 482 913 660
Wachtwoord onbeheerde toegang: Dijle-Back-up#77
Lokale admin op de server: .\\spcadmin / Adm1n!Wisa2025

Graag dat wachtwoord van de lokale admin na jullie tussenkomst wijzigen en het nieuwe telefonisch doorgeven, niet per mail.

Annick Decoster
ICT Sint-Pieterscollege
""", rules=["password"], form=["plain"],
     note="ICT coordinator gives the external IT partner the remote-access password and the server's local admin password")

# 28 parents' association volunteers in Bcc: event Wi-Fi for the payment terminal
_vol = [(pname(P(x).p1name), P(x).p1) for x in ("P0031", "P0088", "P0161", "P0203", "P0228")]
mail("vrijwilligers-opendeurdag-wifi", frm=OUDERRAAD, to=[OUDERRAAD], bcc=_vol, date="2025-04-24 21:40",
     subj="Opendeurdag zondag – praktisch voor de vrijwilligers van de bar", fmt="alt",
     body="""Beste vrijwilligers,

Hartelijk dank dat jullie zondag de bar van de ouderraad bemannen op de opendeurdag!

Praktisch:
- Afspraak om 9u30 in de cafetaria (gebouw D).
- We werken met drankbonnetjes (€2) en de Payconiq-terminal.
- De terminal moet op de wifi: netwerk "SPC-Event", wachtwoord OpenDeur-2025 (dit is NIET het gastnetwerk, dus aub niet aan bezoekers geven).
- Kassa (cash) wordt om 17u samen met Bieke geteld.

Tot zondag!
De ouderraad
""", rules=["password"], form=["alt", "bcc-list"],
     note="parents' association gives volunteer parents (in Bcc) the event Wi-Fi password for the payment terminal")

# 29 Polar Team heart-rate system
mail("polar-team-login", frm=STEFAN, to=[JOKE], date="2024-10-17 07:44",
     subj="hartslagmeters 3de graad sport", fmt="plain", enc="qp",
     body="""Joke,

Voor je les conditietraining donderdag met 6D: de hartslagbanden liggen opgeladen in de kast van de fitness.
De tablet is gekoppeld aan ons Polar Team-account:
  login: sport@sintpieterscollege.be
  pw: Hartslag_180bpm

De groepen staan er al in (6D-groep1 en 6D-groep2). Na de les de sessie "opslaan" en dan pas de banden uitdoen.

Stefan
""", rules=["password"], form=["plain"],
     note="sports coordinator gives a PE colleague the shared Polar Team account login for the heart-rate belts")

# 30 two external partner teachers visible in To: Padlet password
_ie2 = ("Ciarán Byrne", "cbyrne@stbrigidscc.ie")
mail("padlet-exchange-groups", frm=KEVIN, to=[SIOBHAN, _ie2], date="2024-11-08 15:26",
     subj="Padlet for the pen-pal groups", fmt="plain", enc="qp",
     body="""Hi Siobhán, hi Ciarán,

I've set up the Padlet for the pen-pal project. Pupils from both schools can post their introduction videos there before the first exchange week.

Link: https://padlet.com/spc_leuven/penpals2025
Password: Shamrock-Leuven-24

Could you give the password to your pupils in class rather than on your school's VLE? Last year a random person found our board.

Best wishes,
Kevin Smeets
English / exchange coordinator Dublin
""", rules=["password", "bcc"], lang="en", form=["plain"],
     note="teacher sends two Irish partner teachers (both visible in To) the password of the exchange Padlet board")

# 31 French: shared class account on a quiz platform
mail("compte-quizlet-groupes-mixtes", frm=FZ, to=[CLAIRE], date="2025-02-11 13:02",
     subj="Compte commun pour les groupes mixtes", fmt="alt",
     body="""Bonjour Claire,

Comme convenu pendant la réunion, j'ai créé un compte commun sur Quizlet pour les groupes mixtes (nos 4e et vos élèves de seconde). Les deux profs peuvent y ajouter des listes de vocabulaire.

Identifiant : spc.lille.echange
Mot de passe : Gaufre-Frites-2025

Ne le donne pas aux élèves, ils rejoignent la classe avec le lien que je t'enverrai la semaine prochaine.

Bien à toi,
Fatima Zahra Ouardi
Sint-Pieterscollege – néerlandais/français
""", rules=["password"], lang="fr", form=["alt"],
     note="French teacher gives the Lille colleague the login and password of a shared quiz-platform account")

# 32 cafeteria card PIN to a pupil
_p = P("P0146")
mail("pincode-kantinekaart-gust", frm=MARTINE, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2024-11-05 11:50",
     subj="je kantinekaart", fmt="plain", enc="qp",
     body=f"""Dag {_p.first},

Je kaart is terug gedeblokkeerd. Je nieuwe pincode voor de kassa is 6042, je oude werkt niet meer.
Je saldo (€ 12,40) staat er nog op.

Martine
cafetaria
""", about=["P0146"], rules=["password"], form=["plain", "short"],
     note="cafeteria manager tells a pupil the new PIN of his top-up canteen card")

# 33 tiny: laptop cart code
mail("laptopkar-b1", frm=LANDER, to=[LIES], date="2025-03-18 10:41",
     subj="Re: laptopkar B1 gaat niet open", fmt="plain", enc="b64", irt=True,
     body="""Dag mevrouw Verachtert,

Sorry, de code is veranderd na de inventaris: 1357 en dan ✔.
(niet doorvertellen aan de leerlingen 😉)

Lander
ICT-helpdesk
""", rules=["password"], form=["plain", "base64", "reply", "emoji"],
     note="helpdesk student job gives a teacher the new code of the laptop cart")

# 34 exam laptop for a pupil with dyslexia: credential plus medical/care facts
_p = P("P0166")
mail("examenlaptop-kurzweil-siebe", frm=INGRID, to=[HANS], date="2025-06-06 15:31",
     subj=f"Toezicht maandag B205 – {_p.first} {_p.klas}", fmt="plain", enc="qp",
     body=f"""Hans,

Maandag heb jij toezicht in B205. {_p.first} {_p.last} ({_p.klas}) zit daar apart omdat hij met voorleessoftware werkt (dyslexie, attest van de logopediste zit in zijn dossier, afspraken uit het STICORDI-plan: extra tijd 1/3 en voorlezen).

Hij gebruikt examenlaptop 7:
  aanmelden met: examen07
  wachtwoord: Kurz-Ex07-spc
Daarna Kurzweil openen, het examen staat als pdf op het bureaublad.

Niet op de laptop laten staan na het examen aub: afmelden.

Ingrid
zorgcoördinator
""", about=["P0166"], rules=["password", "sensitive"], cats=["medical", "care"], form=["plain"],
     note="care coordinator tells an invigilator a named pupil's dyslexia and exam adjustments and gives the exam-laptop login")

# 35 library system admin login for the student job
mail("bib-systeem-login", frm=GREET, to=[LANDER], date="2024-10-01 12:58",
     subj="uitleensysteem bib – jij springt in op dinsdag?", fmt="plain", enc="qp",
     body="""Hallo Lander,

Top dat jij dinsdagmiddag de bib openhoudt. Het uitleensysteem draait in de browser op de pc aan de balie.

Gebruiker: bibbalie
Wachtwoord: Boekenwurm#12

Als een leerling een boek terugbrengt dat te laat is: gewoon inscannen, de boete doe ik zelf.

Bedankt!
Greet
""", rules=["password"], form=["plain"],
     note="librarian teacher gives the student job the login of the library lending system")

# 36 attached forward (message/rfc822) of the installer's mail with heating portal login
_inst = ("Wim Peetroons", "wim.peetroons@verwarming-peetroons.be")
mail("fw-verwarmingsportaal", frm=ADJ, to=[LUC], cc=[KARIM], date="2024-10-28 08:19",
     subj="FW: Opstart nieuwe ketel en toegang beheersportaal", fmt="plain", enc="qp",
     body="""Luc, Karim,

In bijlage de mail van de installateur met de gegevens van het portaal van de nieuwe verwarmingsketels. Zo kunnen jullie de nachtstand aanpassen als er 's avonds iets in de sporthal is.
Niet aan andere parameters zitten zonder hem eerst te bellen.

Marc
""", fwd=dict(frm=_inst, to=[ADJ], date="2024-10-25 16:44", subj="Opstart nieuwe ketel en toegang beheersportaal", mid="plain",
              fmt="plain", enc="qp", body="""Dag meneer Vandersteen,

De nieuwe condensatieketels in gebouw A en de sporthal zijn in dienst genomen. Het beheer kan via het webportaal:

https://portal.heatlink.eu
Gebruiker: spc-leuven
Wachtwoord: Ketel2024-SPC

Voor de conciërges raad ik aan enkel de tijdsprogramma's aan te passen.

Met vriendelijke groeten,
Wim Peetroons
Verwarming Peetroons bv
0477 32 15 80
"""), fwdname="Opstart nieuwe ketel en toegang beheersportaal.eml",
     rules=["password", "personal_data"], form=["plain", "fwd-attached"],
     note="deputy head forwards (as attached message) the installer's mail with the heating portal login to the caretakers; installer mobile")

# 37 sports hall rental: door and alarm code to a club (external)
mail("verhuur-sporthal-vc", frm=SECM, to=[("VC Kessel-Lo jeugd", "jeugd.vckessello@gmail.com")], date="2024-09-09 10:26",
     subj="Huur sporthal zaterdagen 1ste trimester", fmt="alt",
     body=f"""Beste,

Hierbij bevestigen wij de huur van de sporthal op de zaterdagen van 14/09 tot en met 14/12 (telkens van 9u tot 13u).

Toegang via de zijingang van de sporthal (Vlamingenstraat):
  deurcode: 3861
  alarm uitschakelen: 3861 + OFF (binnen de 30 seconden)
  alarm inschakelen bij vertrek: 3861 + ON

Gelieve de kleedkamers proper achter te laten en de ballenkar terug in de berging te zetten. De factuur volgt eind december.

Met vriendelijke groeten,
Gerda Lambrechts
Secretariaat Sint-Pieterscollege
{SCHOOLTEL}
""", rules=["password", "personal_data"], form=["alt"],
     note="secretariat gives an outside volleyball club the door and alarm code of the sports hall for weekend rental; school phone")

# 38 CSV attachment with exam accounts
_csv = "account;wachtwoord;laptop;lokaal\n" + "\n".join(
    f"examen{i:02d};{w};EXL-{i:02d};{'B204' if i <= 10 else 'B205'}" for i, w in enumerate(
        ["Ux4-kope", "Mb7-ravi", "Tq2-lune", "Hs9-dorp", "Pw3-mais", "Ne8-kaas", "Kurz-Ex07-spc", "Ro5-bijl", "Va6-zeef", "Ld1-mos",
         "Fy4-weg", "Gt7-lint", "Zo2-pels", "Cx9-vork", "Jb3-raam", "Wi8-zand", "Qe5-hoed", "Sk6-duin", "Ym1-veer", "Ha4-tros"], 1)) + "\n"
mail("examenaccounts-juni-csv", frm=BERT, to=[GEERT], date="2025-06-02 17:03",
     subj="examenaccounts juni", fmt="plain", enc="qp",
     body="""Geert,

De 20 examenaccounts zijn gereset voor juni. Lijst in bijlage (ook de wachtwoorden, dus niet printen en laten rondslingeren in de leraarskamer aub 🙂).
Op de laptops staat internet uit behalve Smartschool-examenmodus.

Bert
""", atts=[fileatt("examenaccounts_juni2025.csv", _csv, "text/csv")],
     rules=["password"], form=["plain", "attachment-csv"],
     note="ICT coordinator sends the exam coordinator a CSV with the 20 exam accounts and their passwords")

# 39 CSV of access points with pre-shared keys
_ap = """gebouw;locatie;AP-naam;SSID;PSK
A;gang gelijkvloers;AP-A-00;SPC-Personeel;Leraar!Wifi2024
A;leraarskamer;AP-A-11;SPC-Personeel;Leraar!Wifi2024
B;bib;AP-B-01;SPC-BYOD;802.1X (geen PSK)
C;labogang;AP-C-02;SPC-Labo-IoT;Sensor-C-5589
D;cafetaria;AP-D-01;SPC-Kassa;KassaNet#D41
D;sporthal;AP-D-05;SPC-Event;OpenDeur-2025
"""
mail("inventaris-accesspoints", frm=ANNICK, to=[LANDER], cc=[BERT], date="2024-09-18 16:37",
     subj="inventaris wifi – graag aanvullen", fmt="alt",
     body="""Lander,

In bijlage de lijst van de access points zoals ik hem heb. Kan jij bij je rondes de ontbrekende (serienummers, gebouw B 1ste en 2de verdieping) aanvullen? Kolom PSK niet veranderen.

Dank je!
Annick
""", atts=[fileatt("wifi_inventaris_2024.csv", _ap, "text/csv")],
     rules=["password"], form=["alt", "attachment-csv"],
     note="ICT coordinator sends the student job an inventory CSV of access points including the Wi-Fi pre-shared keys")

# 40 reply to a parent: Smartschool password reset
_p = P("P0018")
_q = f"""Goeiendag,
Ik kan niet meer inloggen op smartschool van mijn dochter {_p.first} uit {_p.klas}, ik heb al 3 keer geprobeerd en nu is het geblokkeerd. Kan u helpen want ik wil het rapport zien.
Vriendelijke groeten
{pname(_p.p1name)}"""
mail("re-smartschool-geblokkeerd-tahiri", frm=SECM, to=[(pname(_p.p1name), _p.p1)], date="2024-12-19 09:26", irt=True,
     subj="Re: smartschool geblokkeerd", fmt="alt",
     body=f"""Beste mevrouw {_p.p1name[1]},

Ik heb uw co-account gedeblokkeerd en het wachtwoord opnieuw ingesteld.
U kan nu inloggen met gebruikersnaam {_slug(_p.first)}.{_slug(_p.last)}, co-account 1, en het wachtwoord Welkom-4821.
U moet daarna meteen een eigen wachtwoord kiezen.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege

""" + gmail_on("2024-12-18 22:10", (pname(_p.p1name), _p.p1)) + "\n" + quote(_q),
     about=["P0018"], rules=["password"], form=["alt", "reply"],
     note="secretariat replies to a mother with the reset password of her Smartschool co-account")

# 41 code of the padlocks on the school bikes, to a pupil
_p = P("P0190")
mail("fietsen-orientatieloop", frm=WARD, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-04-01 18:05",
     subj="fietsen oriëntatieloop donderdag", fmt="plain", enc="8bit",
     body=f"""Dag {_p.first},

Jij bent klasverantwoordelijke, dus jij krijgt de code: alle schoolfietsen hebben hetzelfde cijferslot, 4-0-6.
Donderdag om 8u25 aan de fietsenstalling D, ik ben er om 8u30.

Meneer Janssen
""", about=["P0190"], rules=["password"], form=["plain", "8bit", "short"],
     note="PE teacher gives the class representative the combination of the school bikes' padlocks")

# 42 password of the protected solutions PDF, class in Bcc
mail("oplossingen-pdf-4a", frm=DRIES, to=[DRIES], bcc=[G("klas-4a")], date="2025-05-28 19:45",
     subj="oplossingen herhalingsoefeningen fysica", fmt="plain", enc="qp",
     body="""Dag 4A,

Zoals beloofd: de oplossingen van de herhalingsbundel staan op Smartschool onder Fysica > Examen juni. De pdf is beveiligd, zodat de andere klassen ze nog niet kunnen openen voor hun toets.

Wachtwoord: Newton-4A-kracht

Succes met studeren!
Meneer Geens
""", rules=["password"], form=["plain", "bcc-group"],
     note="physics teacher gives his class (class address in Bcc) the password of the protected solutions PDF")

# 43 smartboard admin PIN
mail("clevertouch-pin", frm=LANDER, to=[MIREILLE], date="2024-11-12 13:36",
     subj="scherm C203", fmt="plain", enc="qp",
     body="""Dag mevrouw Dumont,

Het scherm in C203 stond in de instellingen op "vergrendeld". Als dat nog eens gebeurt: tandwieltje > Admin > pincode 7020, dan "ontgrendel".
Ik heb het nu opgelost.

Lander
""", rules=["password"], form=["plain"],
     note="helpdesk student job gives a teacher the admin PIN of the interactive classroom screen")

# 44 HTML only: overview of building codes for the direction
_rows44 = [["Gebouw", "Deurcode (klavier)", "Alarmcode", "Opmerking"],
           ["A – administratie", "4719", "1102", "leraarskamer 1ste verdiep zelfde code"],
           ["B – klassen", "geen (badge)", "1102", ""],
           ["C – labo's + serre", "7350*", "6630", "gifkast apart slot (Rik)"],
           ["D – sporthal/cafetaria/fitness", "3861", "3861", "fitness 1948"]]
mail("overzicht-codes-gebouwen", frm=ANNICK, to=[DIR], cc=[ADJ], date="2024-10-04 17:12",
     subj="Overzicht codes gebouwen (voor het crisisdraaiboek)", fmt="html",
     html=outlook_html("""<p class="MsoNormal">Dag Hilde,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je vroeg een overzicht van alle codes voor het crisisdraaiboek. Hieronder de stand van vandaag:</p><p class="MsoNormal">&nbsp;</p>
""" + table_html(_rows44) + """
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ik zou het draaiboek zelf niet in de gedeelde map zetten met deze codes erin.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Annick</p>"""), enc="b64",
     rules=["password"], form=["html", "base64", "table"],
     note="ICT coordinator sends the head an HTML table of door and alarm codes of all four buildings")

# 45 teacher forwards the helpdesk mail with his temporary password to his own Gmail
mail("fw-naar-eigen-gmail-wachtwoord", frm=HANS, to=[("Hans Coenen", "hans.coenen.leuven@gmail.com")], date="2024-12-02 08:03",
     subj="Fwd: je TAP", fmt="plain", enc="qp",
     body="""zodat ik het thuis heb

""" + fwd_hdr(BERT, "2024-12-02 07:51", [HANS], "je TAP") + """
Hans,

Je Authenticator zat op je oude gsm, dus ik heb een Temporary Access Pass aangemaakt.
Ga naar https://aka.ms/mysecurityinfo, log in met je gewone adres en geef als wachtwoord deze code in:

    Kq7#mP2x-wTn

Die is 8 uur geldig (tot ca. 16u vandaag) en maar voor 1 keer. Registreer dan meteen je nieuwe toestel.

Bert
""", rules=["password", "private_account"], form=["plain", "fwd-inline"],
     note="teacher forwards the helpdesk mail containing his temporary access code to his own private Gmail")

# 46 caretaker writes from his private Hotmail with the new gate code
mail("poortcode-van-thuis", frm=("Danny Schepers", "danny.schepers71@hotmail.com"), to=[KARIM], date="2025-02-15 11:47",
     subj="poort", fmt="alt", mid="hotmail",
     body="""Karim, de poort aan de parking is vanmorgen opnieuw geprogrammeerd door de firma. Nieuwe code 0662#. Mijn schoolmail doet raar op mijn gsm dus ik stuur het van hier. Fijn weekend, Danny
""", rules=["password", "private_account"], form=["alt", "short"],
     note="weekend caretaker sends the new parking gate code to a colleague from his private Hotmail address")

# 47 maths department group address in To: shared licence account
mail("wiskundenet-licentie", frm=SERKAN, to=[G("vakgroep-wiskunde")], date="2024-09-03 20:11",
     subj="Login Wiskunde-Net schooljaar 24-25", fmt="plain", enc="qp",
     body="""Dag collega's,

De schoollicentie van Wiskunde-Net is verlengd. We gebruiken dit jaar één leerkrachtenaccount voor de hele vakgroep (de uitgeverij rekent per account...):

login: wiskunde@sintpieterscollege.be
wachtwoord: Pi=3,1415spc

De leerlingen krijgen hun eigen codes via hun handboek, daar hoeven jullie niets voor te doen.

Serkan
vakgroepvoorzitter wiskunde
""", rules=["password", "bcc"], form=["plain"],
     note="department head gives the whole maths department (group address in To) the password of the shared publisher account")

# 48 English: temporary password for a pupil, to an English-speaking parent
_p = P("P0038")
mail("temporary-password-mila", frm=HELP, to=[(pname(_p.p1name), _p.p1)], date="2024-10-07 12:22",
     subj=f"{_p.first}'s school account", fmt="alt",
     body=f"""Dear Mrs {_p.p1name[1]},

Thank you for your message. {_p.first}'s account was locked after too many attempts. I have reset it:

Username: {_p.mail}
Temporary password: Kiwi-Lamp-58

{_p.first} will be asked to choose her own password the first time she logs in on her laptop. If the laptop still shows an error, she can drop by the ICT helpdesk (room B012) at lunchtime.

Kind regards,
Bert Van Gorp
ICT helpdesk – Sint-Pieterscollege
""", about=["P0038"], lang="en", rules=["password"], form=["alt"],
     note="ICT helpdesk gives an English-speaking mother her daughter's temporary account password")

# 49 macro-enabled workbook plus the master PIN in the body
mail("printerpins-xlsm", frm=LANDER, to=[BERT], date="2025-01-13 15:20",
     subj="lijst printer-pins nieuwe personeelsleden", fmt="plain", enc="qp",
     body="""Bert,

In bijlage de lijst met de pins voor de 6 nieuwe collega's, met de macro om ze te genereren (knop "Genereer"). Macro's moeten aan staan.
De master-PIN voor het beheer van de drukkers is nog altijd 990217, die heb ik niet in het bestand gezet.

Lander
""", atts=[fileatt("printerpins_jan2025.xlsm", fake_xlsm([["naam", "pin"], ["J. Vandael", "6127"], ["E. Haesendonck", "5520"]]),
                   "application/vnd.ms-excel.sheet.macroEnabled.12")],
     rules=["password", "attachment"], form=["plain", "attachment-xlsm"],
     note="student job sends a macro-enabled workbook of printer PINs and states the master PIN of the printers")

# 50 external jury member: parking barrier and guest wifi
_jury = ("Prof. Lotte Vanhoutte", "lotte.vanhoutte@kuleuven.be")
mail("jury-stem-eindwerk", frm=DRIES, to=[_jury], date="2025-05-21 14:48",
     subj="Jury STEM-eindwerken 6de jaar – 3 juni", fmt="alt",
     body="""Beste professor Vanhoutte,

Hartelijk dank om opnieuw in de jury van de STEM-eindwerken te zetelen. Praktische info voor dinsdag 3 juni:

- Start 13u30 in het STEM-labo C101, 6 groepen van telkens 20 minuten.
- U kan parkeren op de personeelsparking (Vlamingenstraat). De slagboom opent met code 2206 op het klavier links.
- Wifi voor uw laptop: SPC-Gast, sleutel Welkom@Leuven25.
- De verslagen stuur ik u vrijdag door.

Met vriendelijke groeten,
Dries Geens
leerkracht fysica – coördinator STEM
""", rules=["password"], form=["alt", "list"],
     note="STEM coordinator gives an external jury member the staff parking barrier code and the guest Wi-Fi key")

# ================================================================ LOOK-ALIKES (20): no credential value

# L1 password policy reminder to staff (Bcc)
mail("wachtwoordbeleid-personeel", frm=BERT, to=[BERT], bcc=[G("personeel")], date="2024-09-02 07:30",
     subj="Nieuw schooljaar, nieuwe afspraken rond je account", fmt="alt",
     body="""Beste collega's,

Welkom terug! Enkele afspraken rond je Microsoft 365-account en Smartschool:

1. Vanaf 16 september is tweestapsverificatie (MFA) verplicht voor iedereen. Installeer de Microsoft Authenticator-app op je gsm.
2. Kies een wachtwoordzin van minstens 14 tekens, bv. vier losse woorden die voor jou iets betekenen. Gebruik hem nergens anders.
3. Geef je wachtwoord nooit door, ook niet aan de helpdesk. Wij vragen er nooit naar.
4. Wachtwoord vergeten? Ga naar https://aka.ms/sspr of kom langs in B012.
5. Laat geen wachtwoorden op post-its rondslingeren in de klas of de leraarskamer.

Vragen? Mail de helpdesk of spreek Annick of mij aan.

Bert Van Gorp
ICT-coördinator
""", rules=[], form=["alt", "list", "bcc-group"],
     note="general staff letter about choosing strong passwords and MFA; no credential value given")

# L2 self-service reset manual for pupils, HTML with placeholder
mail("handleiding-wachtwoord-resetten-leerlingen", frm=HELP, to=[HELP], bcc=[G("leerlingen")], date="2024-09-11 12:02",
     subj="Wachtwoord vergeten? Zo los je het zelf op", fmt="html",
     html=outlook_html("""<p class="MsoNormal">Hallo allemaal,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Elke dag komen er leerlingen naar de helpdesk omdat ze hun wachtwoord vergeten zijn. Dat kan je voortaan zelf oplossen:</p>
<ol><li>Ga naar <a href="https://aka.ms/sspr">https://aka.ms/sspr</a></li>
<li>Vul je schoolmailadres in: <i>voornaam.naam@leerling.sintpieterscollege.be</i></li>
<li>Je krijgt een code via de Authenticator-app of sms.</li>
<li>Kies een nieuw wachtwoord. Het scherm toont dan: <br><code>Gebruikersnaam: [jouw adres]&nbsp;&nbsp; Wachtwoord: ********</code></li></ol>
<p class="MsoNormal">Lukt het niet? Dan helpen we je elke middag in B012. Breng je laptop en je gsm mee.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">De ICT-helpdesk</p>"""), enc="qp",
     rules=[], form=["html", "bcc-group", "placeholder"],
     note="helpdesk manual for all pupils on self-service password reset; only placeholders, no value")

# L3 Teams meeting for the department with a meeting passcode
mail("teams-vakgroep-biologie", frm=LIES, to=[LEEN, PIETER, RIK], date="2025-01-15 16:10",
     subj="Vakgroep bio/chemie – online overleg do 23/01", fmt="alt",
     body="""Dag allemaal,

Omdat de helft van ons donderdag op bosklassen is, doen we de vakgroep online.

Agenda: leerplan 3de graad STEM, bestelling serre, labo-veiligheid (Rik).

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of kamerapparaat
Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE4ZmEtYzI2%40thread.v2/0?context=%7b%22Tid%22%3a%22spc%22%7d>
Vergadering-id: 385 229 716 804
Wachtwoordcode: aB3xYz
________________________________________________________________________________

Tot dan,
Lies
""", rules=[], form=["alt", "teams-invite"],
     note="meeting passcode: Teams invitation for an internal department meeting with its meeting ID and passcode")

# L4 English: Zoom with passcode to the Dublin partner
mail("zoom-planning-dublin", frm=KEVIN, to=[SIOBHAN], date="2024-10-15 10:40",
     subj="Planning call next Tuesday", fmt="plain", enc="qp",
     body="""Hi Siobhán,

Shall we do the planning call for the spring exchange on Tuesday 22 October at 16:00 Irish time (17:00 here)?

Join Zoom Meeting
https://zoom.us/j/83412290571
Meeting ID: 834 1229 0571
Passcode: 616243

I'll bring the draft programme and the host family list (first names only for now).

Kevin
""", lang="en", rules=[], form=["plain", "zoom-invite"],
     note="meeting passcode: Zoom invitation to the partner teacher with meeting ID and passcode")

# L5 exam timetable with room numbers and course codes
_ex = [["Datum", "Uur", "Vak (code)", "Lokaal"],
       ["ma 16/12", "8u30-10u10", "WIS-5-STEM", "B201 / B202"],
       ["ma 16/12", "10u30-11u50", "ENG-5", "B203"],
       ["di 17/12", "8u30-10u30", "FYS-5-STEM", "C101"],
       ["wo 18/12", "8u30-10u10", "NED-5", "aula"],
       ["do 19/12", "8u30-9u50", "SPO-TH-5 (sporttheorie)", "D014"],
       ["vr 20/12", "8u30-10u10", "FRA-5", "B201"]]
mail("examenrooster-5de-jaar-dec", frm=GEERT, to=[GEERT], bcc=[G("klas-5a"), G("klas-5b"), G("klas-5c"), G("klas-5d")], date="2024-11-29 15:50",
     subj="Examenrooster december – 5de jaar", fmt="alt",
     html=outlook_html("""<p class="MsoNormal">Beste leerlingen van het vijfde jaar,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hieronder jullie examenrooster. Wees telkens 10 minuten voor de start aan het lokaal.</p><p class="MsoNormal">&nbsp;</p>
""" + table_html(_ex) + """<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gsm's gaan uit en in je boekentas vooraan in het lokaal. Wie ziek is, verwittigt vóór 8u30 het secretariaat en bezorgt een doktersattest.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Succes!<br>G. Lodewijckx, examencoördinator</p>"""),
     rules=[], form=["alt", "table", "bcc-group"],
     note="exam timetable for all fifth-year classes (class addresses in Bcc) with course codes, times and rooms")

# L6 reply about an order from the lab supplier
mail("re-orderbevestiging-labo", frm=RIK, to=[("Orders Labmateriaal", "orders@labmateriaal.be")], date="2024-09-24 09:14", irt=True,
     subj="Re: Orderbevestiging 2024-118734", fmt="plain", enc="qp",
     body="""Goeiemorgen,

Bedankt voor de bevestiging. Kunnen jullie de levering van order 2024-118734 (klantnummer 40112) splitsen? De bunsenbranders (art. 302-115) hebben we pas na de herfstvakantie nodig, de veiligheidsbrillen (art. 118-040, 60 st.) graag zo snel mogelijk.

Leveradres blijft gebouw C, Kapucijnenvoer 58.

Met vriendelijke groeten,
Rik Stroobants
labotechnicus

""" + "Op ma 23 sep 2024 om 17:02 schreef Orders Labmateriaal <orders@labmateriaal.be>:\n" + quote("""Beste klant,
Wij hebben uw bestelling 2024-118734 goed ontvangen.
Verwachte leverdatum: 8 oktober 2024.
Factuurnummer volgt bij levering."""),
     rules=[], form=["plain", "reply"],
     note="lab technician asks the supplier to split an order; only order, customer and article numbers")

# L7 helpdesk ticket closed, driver zip with an installer inside
mail("ticket-20411-afgesloten", frm=HELP, to=[ELKE], date="2025-02-05 11:18",
     subj="[Ticket #20411] Afgesloten: printer A-gang werkt niet vanop laptop", fmt="plain", enc="qp",
     body="""Dag Elke,

Je ticket #20411 is afgesloten. Je account was niet geblokkeerd; het probleem lag bij de printerdriver. Je kan blijven inloggen met je bestaande wachtwoord.

Als het afdrukken op je eigen laptop nog niet lukt: in de bijlage zit het installatiepakket van de driver. Uitpakken en setup.exe uitvoeren.

Groeten,
ICT-helpdesk (Lander)
""", atts=[fileatt("printerdriver_A-gang.zip", make_zip([("setup.exe", fake_exe()), ("lees_mij.txt", "Driver KX-A gang, versie 7.4\r\n")]), "application/zip")],
     rules=["attachment"], form=["plain", "attachment-zip-exe"],
     note="helpdesk closes a ticket (ticket number, no password) and attaches a zip with an installer .exe")

# L8 invoice reference to the bus company
mail("betaling-factuur-busreis", frm=OUDERRAAD, to=[("De Leeuw Reizen – boekhouding", "boekhouding@leeuwreizen.be")], date="2024-12-10 19:55",
     subj="Factuur 2024-0871 – busvervoer kerstmarkt Aken", fmt="plain", enc="qp",
     body="""Geachte,

Wij hebben uw factuur 2024-0871 van 02/12 goed ontvangen (bus kerstmarkt Aken, 7 december, 2 x 50 pl.).
Het bedrag van € 1.640,00 werd vandaag overgeschreven met de gestructureerde mededeling +++090/0871/24519+++.

Met vriendelijke groet,
Penningmeester ouderraad Sint-Pieterscollege
""", rules=[], form=["plain"],
     note="parents' association confirms payment of an invoice: invoice number, amount and structured reference only")

# L9 cafeteria price list with product codes (to staff, Bcc)
mail("prijslijst-cafetaria-januari", frm=MARTINE, to=[MARTINE], bcc=[G("personeel")], date="2025-01-03 14:02",
     subj="Nieuwe prijzen cafetaria vanaf 6 januari", fmt="alt",
     html=outlook_html("""<p class="MsoNormal">Beste collega's,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vanaf maandag gelden nieuwe prijzen. Voor personeel blijft de korting van 10% op vertoon van je badge.</p><p class="MsoNormal">&nbsp;</p>
""" + table_html([["Code", "Product", "Leerling", "Personeel"],
                  ["K01", "Soep van de dag", "€ 1,20", "€ 1,10"],
                  ["K02", "Warme maaltijd", "€ 5,40", "€ 4,85"],
                  ["K07", "Broodje kaas/hesp", "€ 3,10", "€ 2,80"],
                  ["K11", "Fruit", "€ 0,60", "€ 0,55"],
                  ["K20", "Koffie / thee", "—", "€ 0,90"]]) + """
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Opladen van je kaart kan aan de nieuwe terminal of via de app.</p><p class="MsoNormal">Martine</p>"""),
     rules=[], form=["alt", "table", "bcc-group"],
     note="cafeteria price list with product codes sent to all staff in Bcc")

# L10 template for class teachers with placeholders
mail("sjabloon-accountbrief-titularissen", frm=ANNICK, to=[ANNICK], bcc=[G("titularissen")], date="2024-08-29 10:20",
     subj="Sjabloon: brief met accountgegevens nieuwe leerlingen", fmt="plain", enc="qp",
     body="""Beste titularissen,

Op de eerste schooldag delen jullie de accountbrieven uit aan de nieuwe leerlingen. Die worden door de helpdesk per klas in een gesloten envelop bezorgd. Zo ziet de brief eruit, zodat je weet wat je kan uitleggen:

---------------------------------------------
Beste [voornaam],
Gebruikersnaam: [voornaam.naam]@leerling.sintpieterscollege.be
Tijdelijk wachtwoord: ********** (zie onderaan, af te scheuren)
Je kiest bij de eerste aanmelding zelf een nieuw wachtwoord.
---------------------------------------------

Open de enveloppen niet zelf en laat de leerlingen het afscheurstrookje meteen in hun agenda steken.

Annick
""", rules=[], form=["plain", "bcc-group", "placeholder"],
     note="template of the account letter for class teachers with placeholders only; the real passwords go in sealed envelopes")

# L11 phishing warning with the staff group in To
mail("phishing-waarschuwing", frm=BERT, to=[G("personeel")], date="2025-03-04 08:44",
     subj="OPGELET: valse mail 'Uw mailbox is vol'", fmt="plain", enc="qp",
     body="""Dag collega's,

Sinds gisteravond circuleert een valse mail "Uw mailbox is vol – bevestig uw wachtwoord binnen 24 uur". De link gaat naar een nagemaakte Microsoft-pagina.

- Klik niet op de link en vul niets in.
- Wie al iets ingevuld heeft: meteen je wachtwoord wijzigen en de helpdesk verwittigen.
- De school en de helpdesk vragen NOOIT je wachtwoord per mail.

Bert
""", rules=["bcc"], form=["plain"],
     note="phishing warning to all staff, no credential given, but the staff group address is in To instead of Bcc")

# L12 Cooper test class averages
mail("coopertest-resultaten-klasgemiddelden", frm=JOKE, to=[STEFAN], date="2024-10-11 16:28",
     subj="cooper 3de graad", fmt="plain", enc="qp",
     body="""Stefan,

Klasgemiddelden van de coopertest van deze week, voor het verslag voor de sportraad:

5D (sport): 2 840 m
6D (sport): 2 910 m
5A: 2 310 m
6B: 2 270 m

Beste tijd op de 1 000 m blijft 3'02" (6D). Individuele scores staan in Smartschool bij LO.

Joke
""", rules=[], form=["plain"],
     note="PE teacher sends class averages of a fitness test; scores and times, no names, no codes")

# L13 exam safe code not given by mail
mail("kluiscode-mondeling", frm=GEERT, to=[JORIS], date="2025-06-04 12:33",
     subj="Re: toezicht maandag – hoe aan de examens geraken?", fmt="plain", enc="qp", irt=True,
     body="""Dag Joris,

De combinatie van de kluis zet ik niet in een mail. Kom maandag om 8u bij mij in A012, dan draai ik hem samen met jou open. Daarna zit je bij de andere toezichters in de lijst en krijg je hem mondeling.

Geert

""" + gmail_on("2025-06-04 10:02", JORIS) + "\n" + quote("""Hoi Geert, ik ben nieuw en heb maandag de eerste toezicht. Ik heb de code van de kluis niet gekregen. Kan je die even mailen?"""),
     rules=[], form=["plain", "reply"],
     note="exam coordinator refuses to send the safe combination by mail and arranges to show it in person")

# L14 locker assignment without codes
mail("kluisjes-3de-graad", frm=TOMV, to=[TOMV], bcc=[G("leerlingen-3degraad")], date="2024-09-05 13:15",
     subj="Kluisjes 3de graad", fmt="plain", enc="8bit",
     body="""Beste leerlingen van de 3de graad,

De kluisjes in de gang van gebouw B (nrs. 201 tot 340) zijn voor jullie. Inschrijven kan tot vrijdag bij mij in lokaal A105 (middagpauze). Huur: € 10 per schooljaar, via de schoolrekening.

Je brengt zelf een hangslot mee. Noteer de combinatie of sleutel niet op het kluisje zelf.

Meneer Vandeputte
""", rules=[], form=["plain", "8bit", "bcc-group"],
     note="locker numbers and rental fee for the upper years; no combinations given")

# L15 bus booking reference for Lille
mail("busreservatie-lille", frm=SOPHIE, to=[("De Leeuw Reizen", "info@leeuwreizen.be")], date="2025-01-30 10:05",
     subj="Bevestiging reservatie LR-2025-0388 – uitwisseling Lille", fmt="plain", enc="qp",
     body="""Geachte,

Hierbij bevestig ik reservatie LR-2025-0388:
- Heenreis: maandag 10 maart, vertrek 6u45 Kapucijnenvoer, aankomst Lycée Sainte-Odile Lille ca. 9u15
- Terugreis: vrijdag 14 maart, vertrek Lille 15u30
- 52 personen (48 leerlingen, 4 begeleiders)

Offerte nr. OF-24-1177 werd door de directie ondertekend (in bijlage op papier via de post).

Met vriendelijke groeten,
Sophie Lemaire
""", rules=[], form=["plain"],
     note="booking confirmation with reservation and quote numbers and departure times for the Lille trip")

# L16 password expiry notice (HTML, helpdesk)
mail("wachtwoord-verloopt", frm=HELP, to=[MIREILLE], date="2025-02-24 06:00",
     subj="Uw wachtwoord verloopt over 7 dagen", fmt="html",
     html=simple_html("""<p>Beste Mireille Dumont,</p>
<p>Het wachtwoord van uw schoolaccount (mireille.dumont@sintpieterscollege.be) verloopt op <b>3 maart 2025</b>.</p>
<p>Wijzig het tijdig via <a href="https://mysignins.microsoft.com/security-info">Mijn aanmeldingen</a> of druk op Ctrl+Alt+Del &gt; Wachtwoord wijzigen op een schoolpc.</p>
<p>Deze mail werd automatisch verstuurd door de ICT-helpdesk. Wij zullen u nooit vragen om uw wachtwoord te mailen.</p>"""),
     enc="qp", rules=[], form=["html", "notification"],
     note="automatic password-expiry reminder to a teacher; date and instructions, no password")

# L17 French: Teams meeting with the Lille school (meeting passcode)
mail("reunion-teams-lille", frm=SOPHIE, to=[CLAIRE], date="2025-02-03 17:50",
     subj="Réunion de préparation – jeudi 6 février", fmt="alt",
     body="""Bonjour Claire,

Voici l'invitation pour jeudi à 16h. On fera le point sur les binômes et le programme de la semaine à Lille.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2ZjM1NzAtMmFk%40thread.v2/0>
ID de la réunion : 342 877 915 006
Code secret : Zq8fPn
________________________________________________________________________________

À jeudi,
Sophie
""", lang="fr", rules=[], form=["alt", "teams-invite"],
     note="meeting passcode: French Teams invitation with meeting ID and code secret")

# L18 event Wi-Fi explained without giving the key
mail("wifi-infoavond-zonder-code", frm=TOMV, to=[ELKE], date="2025-03-12 09:40",
     subj="Re: infoavond 1ste jaar – wifi voor de presentatie?", fmt="plain", enc="qp", irt=True,
     body="""Elke,

Voor de presentatie hoef je geen wifi: de pc in de aula hangt met een kabel aan het netwerk. Wil je toch je eigen laptop gebruiken, dan kan je op het gastnetwerk; de code hangt op de affiche aan het onthaal en verandert elke maand.

Tom
""", rules=[], form=["plain", "reply"],
     note="colleague explains where the guest Wi-Fi code can be found without giving it")

# L19 parking permits (numbers, not secrets)
mail("parkeervergunningen-personeel", frm=SEC, to=[SEC], bcc=[G("personeel")], date="2024-09-06 11:11",
     subj="Parkeervergunningen Vlamingenstraat", fmt="plain", enc="qp",
     body="""Beste collega's,

De nieuwe parkeervergunningen van de stad liggen klaar op het secretariaat. Elke vergunning heeft een nummer (bv. PV-2025-117) dat gekoppeld is aan je nummerplaat. Heb je een nieuwe wagen, geef dan je nummerplaat door vóór 20 september.

De slagboom van de personeelsparking werkt met je personeelsbadge.

Gerda
""", rules=[], form=["plain", "bcc-group"],
     note="staff parking permit numbers and badge access; no code given")

# L20 parcel tracking and RMA numbers
mail("tracking-rma-laptops", frm=LANDER, to=[BERT], date="2025-03-21 15:59",
     subj="defecte leerlingenlaptops verzonden", fmt="plain", enc="b64",
     body="""Bert,

De 7 defecte leerlingenlaptops zijn vandaag opgehaald door de koerier.
Track & trace: 3SDEVC4471829
RMA-nummer leverancier: 77812
Verwachte terugkeer: 2 à 3 weken.

De leerlingen hebben een leenlaptop (LEEN-01 t.e.m. LEEN-07), genoteerd in de Excel op de helpdesk-pc.

Lander
""", rules=[], form=["plain", "base64"],
     note="student job reports shipment of broken laptops with tracking and RMA numbers only")

# ================================================================ SENSITIVE (35)

# S1 class council notes 3B, table
_ids = ["P0114", "P0117", "P0121", "P0123", "P0118"]
_k = [P(x) for x in _ids]
_rows = [["Leerling", "Bespreking", "Afspraak"],
         [f"{_k[0].first} B.", "Goede start, wiskunde zwak (8/20 en 7/20)", "inhaalles wiskunde woensdagmiddag (vrijwillig)"],
         [f"{_k[1].first} C.", "Ouders gaan uit elkaar, woont sinds oktober week/week. Vaak materiaal vergeten in het 'andere huis'.", "2 sets boeken voorzien? titularis belt mama"],
         [f"{_k[2].first} C.", "Dyslexie bevestigd door de logopediste in november", "STICORDI: extra tijd, groter lettertype, geen spelfouten aanrekenen bij niet-taalvakken"],
         [f"{_k[3].first} J.", "Trekt zich terug, zit alleen op de speelplaats, zegt dat hij 'niet meer wil'", "gesprek leerlingenbegeleiding (Tom) deze week, CLB informeren"],
         [f"{_k[4].first} M.", "Geen bijzonderheden", "—"]]
mail("verslag-begeleidende-klassenraad-3b", frm=ANN, to=[HANS, SERKAN, LIES, FZ, WARD], cc=[TOMV], date="2024-11-21 21:34",
     subj="Verslag begeleidende klassenraad 3B (19/11)", fmt="alt",
     html=outlook_html("""<p class="MsoNormal">Beste collega's van 3B,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hieronder kort de afspraken van dinsdag. Enkel de leerlingen waarover iets afgesproken is staan erin.</p><p class="MsoNormal">&nbsp;</p>
""" + table_html(_rows) + """<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Volgende klassenraad: 11/02. Graag de afspraken voor Zoë al toepassen bij de toetsen voor de kerstexamens.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ann<br>titularis 3B</p>"""),
     about=_ids, rules=["sensitive"], cats=["family", "medical", "care", "psychosocial"], form=["alt", "table"],
     note="class teacher mails the class-council table: a divorce, a dyslexia diagnosis with measures, a withdrawn pupil flagged for CLB")

# S2 father died, short note to colleagues
_p = P("P0128")
mail("finn-3c-afwezig-overlijden", frm=ELS, to=[HANS, BIEKE, SERKAN, MIREILLE, DRIES], date="2025-01-13 07:58",
     subj=f"{_p.first} (3C) deze week afwezig", fmt="plain", enc="qp",
     body=f"""Dag collega's,

Even om jullie te verwittigen: de papa van {_p.first} {_p.last} is zaterdag onverwacht gestorven. {_p.first} is deze week thuis, de uitvaart is vrijdag.
Als hij terugkomt: laat hem zelf kiezen of hij erover wil praten, en geen toetsen inhalen de eerste week. Ik hou contact met mama.

Els
""", about=["P0128"], rules=["sensitive"], cats=["family"], form=["plain", "short"],
     note="class teacher tells colleagues a pupil's father died suddenly and how to handle his return")

# S3 placement in a foster family, collection restrictions
_p = P("P0061")
mail("fien-2a-pleeggezin-afhalen", frm=NADIA, to=[INGRID, ("Sarah Ceuppens", "sarah.ceuppens@sintpieterscollege.be")], date="2024-10-07 12:20",
     subj=f"Vertrouwelijk – {_p.first} {_p.last} 2A", fmt="alt",
     body=f"""Ingrid, Sarah,

Vanmorgen telefoon van de consulent van het OCJ: {_p.first} verblijft sinds vrijdag bij een pleeggezin in Wilsele, op beslissing van de jeugdrechter. Ze komt vanaf morgen met de bus 2 ipv met de fiets.

Belangrijk voor het onthaal en de titularis:
- Enkel de pleegmoeder (mevr. Van Reeth) of de consulent mag {_p.first} ophalen.
- Papa mag haar NIET meenemen en krijgt geen info over waar ze verblijft. Als hij aan de schoolpoort staat: directie verwittigen.
- Rapporten en Smartschool-berichten voorlopig naar de pleegmoeder, ik regel de co-accounts met het secretariaat.

{_p.first} zelf is opvallend rustig, maar ze slaapt slecht. Ik zie haar donderdag.

Nadia
leerlingenbegeleiding
""", about=["P0061"], rules=["sensitive"], cats=["family"], form=["alt"],
     note="pupil counsellor informs care coordinator and class teacher that a girl was placed in a foster family by the juvenile judge, father may not collect her")

# S4 reply to a mother about custody and reports
_p = P("P0017")
_m = (pname(_p.p2name), _p.p2)
mail("re-rapporten-na-scheiding-hanne", frm=("Elke Van Hecke", "elke.vanhecke@sintpieterscollege.be"), to=[_m], date="2024-09-26 20:02", irt=True,
     subj="Re: rapporten Hanne", fmt="plain", enc="qp",
     body=f"""Beste mevrouw {_p.p2name[1]},

Dank voor uw bericht en voor de kopie van de beschikking. Ik heb het secretariaat gevraagd om de rapporten van {_p.first} voortaan naar u beiden te sturen, ieder op het eigen adres, en om twee aparte co-accounts aan te maken.

Voor het oudercontact van december plannen we, zoals u vraagt, twee aparte gesprekken. Ik begrijp dat een gezamenlijk gesprek nu te moeilijk is.

In de klas merk ik de laatste weken dat {_p.first} wat stiller is. Ik hou een oogje in het zeil en laat u iets weten als er iets opvalt.

Met vriendelijke groeten,
Elke Van Hecke
titularis 1B

""" + gmail_on("2024-09-25 23:14", _m) + "\n" + quote(f"""Beste mevrouw Van Hecke,
Mijn ex-man en ik zijn sinds de zomer gescheiden. Volgens de beschikking van de familierechtbank verblijft {_p.first}
de ene week bij mij en de andere bij haar vader. Ik wil graag dat ik ook de rapporten krijg en dat wij
apart op oudercontact kunnen komen. Het contact tussen ons verloopt niet goed.
Inge"""),
     about=["P0017"], rules=["sensitive"], cats=["family"], form=["plain", "reply"],
     note="class teacher replies to a mother about separate reports and meetings after the parents' divorce and a custody ruling")

# S5 father in prison
_p = P("P0153")
mail("ilyas-thuissituatie", frm=TOMV, to=[DRIES], date="2024-11-04 16:47",
     subj=f"{_p.first} 4A", fmt="plain", enc="8bit",
     body=f"""Hoi Dries,

Je vroeg waarom {_p.first} zo afwezig is in de les. Ik heb hem vandaag gesproken. Zijn vader zit sinds half september in de gevangenis van Leuven-Centraal, hij mag hem om de twee weken op woensdag bezoeken. Thuis is het financieel ook krap nu.
Hij wil niet dat de klas het weet. Kan je hem wat ruimte geven met die achterstand in het labo-verslag? Ik volg hem op.

Tom
""", about=["P0153"], rules=["sensitive"], cats=["family", "psychosocial"], form=["plain", "8bit"],
     note="pupil counsellor tells the class teacher that a pupil's father is in prison and he is struggling")

# S6 to CLB: not safe at home, sleeps at grandmother's
_p = P("P0099")
mail("lotte-2d-melding-clb", frm=NADIA, to=[CLB], date="2025-02-20 13:05",
     subj=f"Leerling 2D – {_p.first} {_p.last} – dringend overleg", fmt="plain", enc="qp",
     body=f"""Dag Evi,

Graag zo snel mogelijk een overleg over {_p.first} {_p.last} (2D).

Ze kwam vanmorgen met een blauwe plek op haar wang naar school en vertelde aan haar titularis dat ze sinds het weekend bij haar oma slaapt omdat het thuis "niet veilig" is als de nieuwe vriend van mama gedronken heeft. Ze wil niet terug naar huis vanavond. Oma haalt haar op om 16u.

We hebben niets ondernomen naar mama toe. Kan jij vandaag of morgen langskomen? Ik ben bereikbaar op 0485 22 71 36.

Nadia Bakkali
leerlingenbegeleiding Sint-Pieterscollege
""", about=["P0099"], rules=["sensitive", "personal_data"], cats=["family", "psychosocial"], form=["plain"],
     note="pupil counsellor asks the CLB for urgent consultation: a girl with a bruise sleeps at her grandmother's because home is unsafe; counsellor mobile")

# S7 bullying case to the victim's parents
_p = P("P0072")
_pa = (pname(_p.p1name), _p.p1)
mail("jonas-2b-pesten-gesprek", frm=TOMV, to=[_pa], date="2025-03-14 17:30",
     subj=f"Gesprek over {_p.first}", fmt="alt",
     body=f"""Beste mevrouw {_p.p1name[1]},

Zoals beloofd laat ik u weten wat we deze week ondernomen hebben.

{_p.first} heeft ons bevestigd dat hij al sinds januari door een groepje klasgenoten uitgelachen wordt, dat ze zijn boekentas in de vuilbak gooiden en dat er in een groepschat foto's van hem met spottende teksten rondgingen. Hij durfde het niet te zeggen uit schrik dat het erger zou worden.

Wat we gedaan hebben:
- gesprekken met de betrokken leerlingen afzonderlijk, en met hun ouders;
- de groepschat is verwijderd, de screenshots zitten in het dossier;
- een herstelgesprek volgt als {_p.first} daar klaar voor is, niet eerder;
- {_p.first} mag tijdens de middag in de bib zitten als hij dat wil.

Ik zie {_p.first} maandag opnieuw. Mag ik u vragen om ons meteen te laten weten als hij thuis vertelt dat het opnieuw gebeurt?

Met vriendelijke groeten,
Tom Vandeputte
leerlingenbegeleider
""", about=["P0072"], rules=["sensitive"], cats=["psychosocial"], form=["alt", "list"],
     note="pupil counsellor reports to a mother about the bullying of her son and the measures taken")

# S8 self-harm noticed in PE
_p = P("P0217")
mail("fien-5b-armen", frm=JOKE, to=[TOMV], date="2025-04-29 11:55",
     subj=f"{_p.first} 5B", fmt="plain", enc="qp",
     body=f"""Tom,

Ik wil het niet in de groep gooien maar je moet het weten: {_p.first} {_p.last} heeft zich opnieuw gesneden denk ik. Bij het omkleden zag ik verse sneetjes op haar bovenarm, ze trok snel haar trui aan. Ze wou niet meedoen met zwemmen "omdat ze ongesteld was", dat zegt ze al drie weken.

Kan jij haar vandaag nog zien? Ik heb haar niet aangesproken.

Joke
""", about=["P0217"], rules=["sensitive"], cats=["psychosocial"], form=["plain"],
     note="PE teacher alerts the pupil counsellor that a girl has fresh self-inflicted cuts again")

# S9 school refusal, CLB follow-up
_p = P("P0143")
mail("lowie-3d-schoolweigering", frm=TOMV, to=[CLB], cc=[INGRID], date="2024-12-05 14:12",
     subj=f"Opvolging {_p.first} {_p.last} (3D)", fmt="alt",
     body=f"""Dag Evi,

Stand van zaken voor het MDO van volgende week:

- {_p.first} was in november 11 halve dagen afwezig, waarvan 7 zonder attest. Mama zegt dat hij 's ochtends buikpijn heeft en "gewoon niet uit de auto wil".
- Op school zelf gaat het als hij er eenmaal is; hij vermijdt vooral de lessen LO en de speelplaats.
- Hij vertelde mij dat hij bang is om in de klas te moeten spreken en sinds de zomer nauwelijks slaapt.
- De huisarts heeft doorverwezen naar een psycholoog, wachtlijst tot februari.

Voorstel: een aangepast dagrooster de komende 3 weken (starten om 10u05) en een vast aanspreekpunt (ik). Kan het CLB de afwezigheden verder opvolgen?

Tom
""", about=["P0143"], rules=["sensitive"], cats=["psychosocial", "care"], form=["alt", "list"],
     note="pupil counsellor updates the CLB on a boy's school refusal, anxiety and a proposed adapted timetable")

# S10 depression and exam arrangements
_p = P("P0257")
mail("jolien-6a-examenregeling", frm=INGRID, to=[GEERT, KATRIEN], date="2025-05-26 09:20",
     subj=f"Examens juni – aangepaste regeling {_p.first} {_p.klas}", fmt="plain", enc="qp",
     body=f"""Geert, Katrien,

Na overleg met de ouders en haar psychiater: {_p.first} {_p.last} wordt sinds maart behandeld voor een depressie en neemt medicatie die haar 's ochtends suf maakt.

Afspraken voor juni:
1. Examens pas vanaf 10u30, in een apart lokaal (A110).
2. Maximaal één examen per dag; de examens Frans en geschiedenis schuiven naar de inhaalweek.
3. Als ze het niet trekt, mag ze stoppen: de klassenraad beslist in juni op basis van het jaarwerk.

Graag discreet: de klas weet alleen dat ze "een aangepast rooster" heeft.

Ingrid
""", about=["P0257"], rules=["sensitive"], cats=["psychosocial", "medical", "care"], form=["plain", "list"],
     note="care coordinator informs exam coordinator and class teacher of a girl's depression treatment, medication and adapted exam regime")

# S11 behaviour problems of one pupil, to the father
_p = P("P0189")
mail("mats-4d-gedrag", frm=("Katrien Ooms", "katrien.ooms@sintpieterscollege.be"), to=[(pname(_p.p1name), _p.p1)], date="2025-02-07 16:40",
     subj=f"Gedrag van {_p.first} – uitnodiging gesprek", fmt="plain", enc="qp",
     body=f"""Beste meneer {_p.p1name[1]},

Ik moet u helaas opnieuw contacteren over het gedrag van {_p.first}. Deze week:
- maandag: weigerde zijn gsm af te geven en liep de les wiskunde uit;
- woensdag: duwde een leerling van het eerste jaar tegen de muur in de rij van de cafetaria;
- donderdag: schold mevrouw Dumont uit toen ze hem aansprak.

Dit is de vierde melding dit trimester. De klassenraad stelt een begeleidingscontract voor met een wekelijks gesprek bij de leerlingenbegeleider, en bij een volgende fout een tijdelijke uitsluiting.

Kunnen we elkaar volgende dinsdag om 16u30 zien, samen met {_p.first}?

Met vriendelijke groeten,
Katrien Ooms
klassenleraar 4D
""", about=["P0189"], rules=["sensitive"], cats=["psychosocial"], form=["plain", "list"],
     note="class teacher tells a father about his son's repeated aggressive behaviour and a proposed behaviour contract")

# S12 epilepsy and emergency medication for sports camp
_p = P("P0243")
mail("robbe-5d-sportkamp-epilepsie", frm=STEFAN, to=[JOKE, WARD, YANNICK], date="2025-03-03 12:05",
     subj="Sportkamp Ardennen – medische info Robbe", fmt="alt",
     body=f"""Collega's,

Voor het sportkamp (17-21 maart): {_p.first} {_p.last} uit 5D heeft epilepsie. Zijn aanvallen zijn onder controle met medicatie (Depakine 2x per dag, neemt hij zelf), maar bij een aanval van langer dan 5 minuten moet Buccolam gegeven worden (in zijn toilettas, ik neem een tweede exemplaar mee in de EHBO-koffer).

Triggers: slaaptekort en flitslicht. Dus: geen nachtelijke dropping voor hem, en hij slaapt in de kamer naast de begeleiders.
Kajak mag enkel met zwemvest en een begeleider in de buurt.

Stefan
""", about=["P0243"], rules=["sensitive"], cats=["medical"], form=["alt"],
     note="sports coordinator informs PE colleagues of a pupil's epilepsy, medication and emergency protocol for the sports camp")

# S13 type 1 diabetes, fitness room coach
_p = P("P0294")
mail("mila-6d-diabetes-fitness", frm=INGRID, to=[STEFAN], date="2024-09-10 10:48",
     subj=f"{_p.first} {_p.last} 6D – fitness", fmt="plain", enc="qp",
     body=f"""Stefan,

Mama van {_p.first} liet weten dat {_p.first} deze zomer diabetes type 1 kreeg en nu een insulinepomp met sensor draagt. Voor de sportrichting is dat geen probleem, maar:

- voor de training meet ze haar suiker; onder 5 mmol/l eerst iets eten (ze heeft druivensuiker bij);
- als ze wazig of bleek wordt: laten zitten, druivensuiker, niet alleen naar het secretariaat sturen;
- in de fitness mag haar gsm bij haar blijven (alarm van de sensor).

De ouders bezorgen nog een medisch attest voor haar dossier.

Ingrid
""", about=["P0294"], rules=["sensitive"], cats=["medical"], form=["plain", "list"],
     note="care coordinator tells the sports coordinator that a sports-track pupil has type 1 diabetes with an insulin pump, and what to do")

# S14 English: severe nut allergy for the Dublin host family, with date of birth
_p = P("P0185")
mail("dublin-host-family-allergy-tessa", frm=KEVIN, to=[SIOBHAN], date="2025-04-10 20:30",
     subj=f"Host family for {_p.first} – important medical info", fmt="alt",
     body=f"""Hi Siobhán,

Before you confirm the host family for {_p.first} {_p.last} (4C, date of birth 02/07/2009), one important thing I forgot on the form:

{_p.first} has a severe peanut and tree-nut allergy. She has had one anaphylactic reaction two years ago. She carries two EpiPens (one in her bag, one with me during the day). The host family needs to know:
- no nuts in the house during her stay, also no nut oils;
- check labels of cereals and chocolate spreads;
- if she has trouble breathing: EpiPen in the thigh, then call 112/999, even if she feels better.

Her mum asked if the host family could possibly be one without younger children who eat peanut butter. I know it's a lot to ask!

Thanks,
Kevin
""", about=["P0185"], lang="en", rules=["sensitive", "personal_data"], cats=["medical"], form=["alt", "list"],
     note="exchange teacher tells the Dublin partner a pupil's severe nut allergy and EpiPen protocol, with her date of birth")

# S15 concussion, insurance declaration with national number
_p = P("P0290")
mail("ongeval-tuur-6d-verzekering", frm=SECM, to=[("Dossierbeheer ongevallen", "ongevallen@ethias-scholen.be")], date="2025-02-12 11:02",
     subj="Aangifte schoolongeval – polis 45.118.903", fmt="plain", enc="qp",
     body=f"""Geachte,

Hierbij de aangifte van een schoolongeval tijdens de les LO (sportrichting) op 10/02/2025.

Leerling: {_p.first} {_p.last}, klas 6D
Rijksregisternummer: 07.05.14-231.84
Omstandigheden: botsing met een medeleerling tijdens een rugbytraining; {_p.first} viel met het hoofd op het kunstgras.
Letsel: hersenschudding, 1 nacht ter observatie in UZ Leuven Gasthuisberg. Sportverbod van 3 weken volgens de behandelende arts.

Het medisch attest en het aangifteformulier (ondertekend door de ouders) volgen per post.

Met vriendelijke groeten,
Gerda Lambrechts
Secretariaat Sint-Pieterscollege
{SCHOOLTEL}
""", about=["P0290"], rules=["sensitive", "personal_data"], cats=["medical"], form=["plain"],
     note="secretariat declares a sports accident to the insurer: concussion and hospital stay of a named pupil, with national number and school phone")

# S16 pregnancy, internal
_p = P("P0298")
mail("ikram-6d-zwanger", frm=INGRID, to=[DIR], date="2025-01-22 17:18",
     subj=f"{_p.first} 6D", fmt="plain", enc="qp",
     body=f"""Hilde,

Ter info voor je gesprek morgen met de ouders: {_p.first} {_p.last} is 16 weken zwanger. Ze heeft het zelf aan mij verteld, de ouders weten het sinds vorige week. Uitgerekende datum half juli, dus na de examens.

Ze wil haar diploma halen. Ik stel voor: geen LO meer vanaf de krokus (attest gynaecoloog komt), stage in mei vervangen door een opdracht op school, en een rustige plek om te gaan liggen als ze zich onwel voelt.

Ingrid
""", about=["P0298"], rules=["sensitive"], cats=["medical"], form=["plain", "short"],
     note="care coordinator informs the head that a sixth-year pupil is pregnant and proposes school arrangements")

# S17 reply to a parent on ADHD medication at noon
_p = P("P0069")
_pa = (pname(_p.p1name), _p.p1)
mail("re-medicatie-middag-matteo", frm=SECM, to=[_pa], date="2024-09-16 10:55", irt=True,
     subj="Re: medicatie Matteo 2B", fmt="alt",
     body=f"""Beste meneer {_p.p1name[1]},

Wij hebben het ingevulde attest van de kinderpsychiater goed ontvangen. {_p.first} mag vanaf morgen om 12u20 zijn tweede dosis Rilatin (10 mg) komen nemen op het secretariaat. Wij bewaren het doosje in de medicijnkast en noteren elke inname.

Als {_p.first} vergeet te komen, roepen wij hem om 12u40 af in de refter.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege

""" + gmail_on("2024-09-15 19:40", _pa) + "\n" + quote(f"""Goedenavond,
Onze zoon {_p.first} (2B) heeft ADHD en neemt sinds deze zomer Rilatin. De dokter wil dat hij ook 's middags een dosis neemt.
In bijlage het attest. Kan dat op school?
Vriendelijke groeten, {_p.p1name[0]}"""),
     about=["P0069"], rules=["sensitive"], cats=["medical"], form=["alt", "reply"],
     note="secretariat confirms to a father the noon dose of ADHD medication for his son")

# S18 eating disorder, hospital
_p = P("P0266")
mail("nina-6b-opname", frm=NADIA, to=[("Wouter Mees", "wouter.mees@sintpieterscollege.be")], date="2025-03-10 08:15",
     subj="Nina L. – langdurig afwezig", fmt="plain", enc="qp",
     body=f"""Wouter,

Kort, want ik moet naar de klassenraad: {_p.first} (6B) is vrijdag opgenomen op de afdeling eetstoornissen van UPC KU Leuven. Ze was de laatste maanden sterk vermagerd, dat hebben jullie allemaal gezien. Ze blijft er minstens 8 weken.

Zij en haar ouders willen graag dat ze haar jaar niet verliest. Kan jij de collega's vragen welke leerstof ze via Smartschool kan verwerken? Niet te veel, het ziekenhuis wil eerst dat ze aansterkt.

Tegen de klas zeggen we: "Nina is een tijd ziek".

Nadia
""", about=["P0266"], rules=["sensitive"], cats=["medical", "psychosocial"], form=["plain"],
     note="pupil counsellor tells the class teacher a girl was admitted to a psychiatric eating-disorder unit")

# S19 care plan as .txt attachment
_p = P("P0021")
_plan = f"""HANDELINGSPLAN / STICORDI-MAATREGELEN
Leerling: {_p.first} {_p.last} – klas {_p.klas}
Schooljaar 2024-2025
Diagnose: dyscalculie (attest CAR Leuven, 12/06/2024), vermoeden van dyspraxie in onderzoek

Afspraken in alle vakken:
- rekenmachine toegelaten, ook bij hoofdrekenen in andere vakken dan wiskunde
- formularium en stappenplannen mogen bij toetsen
- extra tijd: 1/3 (of minder vragen)
- toetsen in groter lettertype (14 pt), 1 opdracht per blad

Wiskunde:
- remediëring 1 u/week bij mevr. Schroyens (zorgleerkracht), di 7de lesuur
- evaluatie: procesmatige aanpak telt mee

Evaluatie van dit plan: klassenraad februari.
Opgemaakt door: I. Wauters, zorgcoördinator, na MDO met ouders en CLB (08/10/2024)
"""
mail("handelingsplan-hanne-1b", frm=INGRID, to=[ELKE, SERKAN, AN_S], date="2024-10-09 13:44",
     subj=f"Handelingsplan {_p.first} {_p.last} 1B", fmt="plain", enc="qp",
     body=f"""Dag collega's,

In bijlage het handelingsplan van {_p.first} na het MDO van gisteren. Graag toepassen vanaf de volgende toets.

Ingrid
""", atts=[fileatt(f"handelingsplan_{_slug(_p.first)}_{_p.klas}.txt", _plan)],
     about=["P0021"], rules=["sensitive"], cats=["medical", "care"], form=["plain", "attachment-txt"],
     note="care coordinator sends teachers a .txt care plan with a pupil's dyscalculia diagnosis and adjustments")

# S20 IAC / autism, to CLB, with date of birth
_p = P("P0084")
mail("nassim-2c-iac-aanvraag", frm=INGRID, to=[CLB], date="2025-03-18 15:25",
     subj=f"Vraag gemotiveerd verslag / IAC – {_p.first} {_p.last}", fmt="alt",
     body=f"""Dag Evi,

Zoals besproken op het MDO: de school vraagt om voor {_p.first} {_p.last} (2C, °21/08/2011) de mogelijkheid van een individueel aangepast curriculum te bekijken.

Achtergrond:
- diagnose autismespectrumstoornis (COS, 2022), in het eerste jaar ondersteund via het ondersteuningsnetwerk;
- dit jaar haalt hij voor 5 van de 9 vakken geen 50%, ondanks STICORDI-maatregelen;
- hij raakt overprikkeld in de grote klasgroep en heeft al 3 keer een crisis gehad (wegrennen van school).

Ouders staan achter de vraag. Wil jij het overleg met de ouders en de ondersteuner (Karen) plannen?

Ingrid Wauters
zorgcoördinator
""", about=["P0084"], rules=["sensitive", "personal_data"], cats=["medical", "care", "psychosocial"], form=["alt", "list"],
     note="care coordinator asks the CLB to consider an individually adapted curriculum for a boy with autism; includes his date of birth")

# S21 MDO report in HTML
_p = P("P0124")
mail("mdo-verslag-milan-3b", frm=INGRID, to=[ANN, TOMV], date="2025-01-30 18:02",
     subj=f"Verslag MDO {_p.first} {_p.last} 3B – 28/01", fmt="html", enc="b64",
     html=outlook_html(f"""<p class="MsoNormal"><b>Verslag MDO – {esc(_p.first)} {esc(_p.last)} (3B)</b></p>
<p class="MsoNormal">Aanwezig: mama, {esc(_p.first)}, CLB (Evi Stessens), Ann Devos, Tom Vandeputte, Ingrid Wauters</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>1. Aanleiding</b><br>Sterke daling van de resultaten sinds november, veel afwezigheden op maandag, conflicten in de klas.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>2. Wat we weten</b><br>{esc(_p.first)} zorgt thuis vaak voor zijn twee jongere zussen omdat mama in ploegen werkt. Hij gamet 's nachts. Hij zegt zelf dat hij zich "nergens goed voelt".</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>3. Afspraken</b></p>
<ul><li>Zorgfase 2: wekelijks kort gesprek met Tom (vrijdag 1ste lesuur).</li>
<li>Planningsbord voor toetsen, opgevolgd door de titularis.</li>
<li>CLB start een begeleiding rond welbevinden; mama gaat akkoord.</li>
<li>Evaluatie: MDO 25/03.</li></ul>
<p class="MsoNormal">Ingrid</p>"""),
     about=["P0124"], rules=["sensitive"], cats=["care", "psychosocial", "family"], form=["html", "base64", "list"],
     note="HTML report of a multidisciplinary meeting about one pupil: home situation, wellbeing, CLB follow-up and care phase")

# S22 GOK / language support for a newcomer, to the father
_p = P("P0236")
mail("jakub-5c-taalondersteuning", frm=INGRID, to=[(pname(_p.p1name), _p.p1)], date="2024-10-03 15:00",
     subj=f"Extra ondersteuning Nederlands voor {_p.first}", fmt="plain", enc="qp",
     body=f"""Beste meneer {_p.p1name[1]},

{_p.first} zit nu een jaar in Vlaanderen en doet het goed in wiskunde en wetenschappen. Voor Nederlands en de taalrijke vakken (geschiedenis, aardrijkskunde) loopt hij nog achter.

Vanuit ons GOK-beleid krijgt hij daarom vanaf volgende week:
- 2 lesuren per week taalondersteuning bij mevrouw Schroyens in plaats van het keuzevak;
- bij toetsen een woordenlijst Pools-Nederlands;
- de klassenraad houdt bij de evaluatie rekening met zijn taalachterstand (NT2-traject).

Wij bespreken dit graag met u op het oudercontact. U kan ook bellen naar de school: {SCHOOLTEL}.

Met vriendelijke groeten,
Ingrid Wauters, zorgcoördinator
""", about=["P0236"], rules=["sensitive", "personal_data"], cats=["care"], form=["plain", "list"],
     note="care coordinator informs a father of individual language-support measures (GOK, NT2 track) for his son; school phone")

# S23 exam facilities list for invigilators
_ids23 = ["P0156", "P0158", "P0182", "P0198"]
_q = [P(x) for x in _ids23]
_rows23 = [["Leerling", "Klas", "Maatregel", "Lokaal"],
           [f"{_q[0].first} {_q[0].last}", _q[0].klas, "extra tijd 1/3, voorleessoftware (dyslexie)", "B205"],
           [f"{_q[1].first} {_q[1].last}", _q[1].klas, "aparte ruimte, oordopjes (ASS)", "A110"],
           [f"{_q[2].first} {_q[2].last}", _q[2].klas, "mag naar buiten bij paniekaanval, flesje water", "B201 achteraan bij de deur"],
           [f"{_q[3].first} {_q[3].last}", _q[3].klas, "extra tijd, laptop met spellingscontrole (dysorthografie)", "B205"]]
mail("examenfaciliteiten-4de-jaar-toezicht", frm=INGRID, to=[GEERT], cc=[ELS, BART], date="2025-06-03 14:30",
     subj="Faciliteiten examens juni – 4de jaar (voor de toezichtlijsten)", fmt="alt",
     html=outlook_html("""<p class="MsoNormal">Geert,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hieronder de leerlingen van het 4de jaar met examenfaciliteiten. Kan je dit op de toezichtlijst van de betrokken lokalen zetten?</p><p class="MsoNormal">&nbsp;</p>
""" + table_html(_rows23) + """<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ingrid</p>"""),
     about=_ids23, rules=["sensitive"], cats=["care", "medical", "psychosocial"], form=["alt", "table"],
     note="care coordinator sends a table of named pupils with exam facilities and their diagnoses (dyslexia, ASD, panic attacks)")

# S24 OCMW pays the school bill
_p = P("P0125")
mail("schoolrekening-ocmw-tuur", frm=BOEK, to=[("Leen Vercammen", "leen.vercammen@leuven.be")], date="2024-11-18 11:36",
     subj=f"Schoolrekening {_p.first} {_p.last} (3B) – tenlasteneming", fmt="plain", enc="qp",
     body=f"""Beste mevrouw Vercammen,

Dank voor uw telefoon. Zoals afgesproken stuur ik u het overzicht van de openstaande schoolrekeningen van {_p.first} {_p.last} (3B), zodat het OCMW de tenlasteneming kan voorleggen:

- rekening september 2024 (boeken, werkboeken, huur laptop): € 412,50
- rekening oktober 2024 (sportdag, theater, kopies): € 58,20
Totaal open: € 470,70

Mevrouw {_p.p1name[1]} gaf aan dat zij het momenteel niet kan betalen. Wij zetten de herinneringen on hold tot we uw beslissing hebben.

Met vriendelijke groeten,
Sonja Peetermans
boekhouding Sint-Pieterscollege
""", about=["P0125"], rules=["sensitive"], cats=["financial"], form=["plain", "list"],
     note="school bookkeeper sends the OCMW social worker the unpaid school bills of a family the OCMW will cover")

# S25 payment plan reply to a parent, IBAN
_p = P("P0030")
_pa = (pname(_p.p1name), _p.p1)
mail("re-afbetalingsplan-omar", frm=BOEK, to=[_pa], date="2024-12-03 09:48", irt=True,
     subj="RE: schoolrekening Omar", fmt="alt",
     body=f"""Beste mevrouw {_p.p1name[1]},

Geen probleem, we kunnen de openstaande € 386,00 spreiden. Voorstel:
- 5 maandelijkse stortingen van € 77,20, telkens voor de 10de van de maand (januari t.e.m. mei)
- op rekening BE08 0018 2235 7613 van de school
- met mededeling "Omar {_p.last} 1C afbetaling"

In die periode sturen wij geen herinneringen meer. Laat gerust iets weten als het een maand niet lukt, dan zoeken we samen een oplossing. U kan ook een schooltoeslag aanvragen via het Groeipakket als u dat nog niet deed.

Met vriendelijke groeten,
Sonja Peetermans, boekhouding

""" + outlook_hdr(_pa, "2024-12-02 21:19", [BOEK], "schoolrekening Omar") + f"""

Goeiedag, ik heb de herinnering gekregen. Ik ben sinds september alleen met de kinderen en ik kan niet alles in een keer betalen. Kan het in delen? Rania {_p.last}
""", about=["P0030"], rules=["sensitive", "personal_data"], cats=["financial", "family"], form=["alt", "reply", "outlook-quote"],
     note="bookkeeper offers a single mother a payment plan for unpaid school bills; school IBAN")

# S26 cafeteria card topped up by the social fund
_p = P("P0148")
mail("kantinekaart-hiba-solidariteitsfonds", frm=NADIA, to=[MARTINE], date="2025-01-14 12:47",
     subj=f"kaart {_p.first} {_p.last} 3D", fmt="plain", enc="8bit",
     body=f"""Martine,

Mama van {_p.first} (3D) heeft haar werk verloren en kan de kantinekaart even niet meer opladen. {_p.first} at de laatste weken 's middags niets.
De directie heeft beslist dat het solidariteitsfonds haar kaart tot Pasen elke maandag met € 25 oplaadt. Kan jij dat doen en het op de lijst van het fonds zetten? {_p.first} weet ervan, de klas niet, dus aub gewoon discreet.

Dank je!
Nadia
""", about=["P0148"], rules=["sensitive"], cats=["financial", "family"], form=["plain", "8bit"],
     note="pupil counsellor asks the cafeteria to top up a girl's card from the solidarity fund because her mother lost her job")

# S27 school allowance problem, exchange trip
_p = P("P0177")
mail("lille-reis-exauce-betaling", frm=BOEK, to=[SOPHIE], date="2025-01-24 13:10",
     subj=f"Voorschot Lille – {_p.first} {_p.last} 4C", fmt="plain", enc="qp",
     body=f"""Dag Sophie,

Het voorschot van € 180 voor de uitwisseling is voor {_p.first} (4C) nog niet betaald. Ik heb met papa gebeld: de schooltoeslag van het Groeipakket is sinds september stopgezet door een fout in hun dossier (verhuis), en ze hebben ook de rekeningen van het eerste trimester nog open staan. Hij schaamt zich erg.

Ik heb voorgesteld om de reis voor 2/3 uit het solidariteitsfonds te betalen; directie gaat akkoord. {_p.first} mag dus gewoon mee. Graag niets laten merken naar hem.

Sonja
""", about=["P0177"], rules=["sensitive"], cats=["financial"], form=["plain"],
     note="bookkeeper tells the trip organiser a family lost its school allowance and has open bills; trip paid by the solidarity fund")

# S28 French: host situation at home in Lille exchange
_p = P("P0162")
mail("echange-nore-situation-familiale", frm=SOPHIE, to=[CLAIRE], date="2025-01-08 21:22",
     subj="Échange – binôme de Nore Desmet", fmt="plain", enc="8bit", charset="windows-1252",
     body=f"""Bonsoir Claire,

Petit changement pour les binômes : {_p.first} {_p.last} (4A) ne pourra pas accueillir sa correspondante en mars.
Ses parents se séparent en ce moment, son père a quitté la maison juste avant Noël et sa mère vit provisoirement avec les trois enfants dans un petit appartement chez une tante. La situation est assez tendue et {_p.first} a beaucoup pleuré en m'en parlant.

Elle veut quand même partir à Lille. Est-ce que sa correspondante pourrait loger chez une autre famille belge et {_p.first} garder sa place chez vous ? Merci de ne pas en parler aux élèves.

Bien à toi,
Sophie
""", about=["P0162"], lang="fr", rules=["sensitive"], cats=["family", "psychosocial"], form=["plain", "8bit", "cp1252"],
     note="exchange coordinator tells the Lille partner (in French) that a pupil cannot host because her parents are separating")

# S29 English: panic attacks during exchange
_p = P("P0197")
mail("exchange-rune-panic-attacks", frm=KEVIN, to=[SIOBHAN], date="2025-05-07 22:48",
     subj="Rune – last night", fmt="plain", enc="qp",
     body=f"""Hi Siobhán,

Just so you know before tomorrow's trip to Glendalough: {_p.first} {_p.last} had a panic attack at his host family last night, the second one this week. He's been seeing a therapist at home for anxiety since last year and takes sertraline in the morning, which his parents told me about before we left but I didn't pass on (sorry!).

He's fine today and wants to come along. Could you ask the host mum to keep an eye on him without making a fuss? If it happens again, what helps is taking him somewhere quiet and letting him breathe with the app on his phone. I'll ring his parents tonight.

Kevin
""", about=["P0197"], lang="en", rules=["sensitive"], cats=["psychosocial", "medical"], form=["plain"],
     note="exchange teacher tells the Dublin partner about a pupil's panic attacks, therapy and anxiety medication")

# S30 forward of a parent's mail to the CLB: suspected autism
_p = P("P0044")
_pa = (pname(_p.p1name), _p.p1)
mail("fw-vraag-ouders-andrei-clb", frm=ELKE, to=[CLB], date="2025-02-04 16:25",
     subj=f"Fwd: vraag over {_p.first}", fmt="alt",
     body=f"""Dag Evi,

Ik stuur je de vraag van papa door; het lijkt me iets voor het CLB. In de klas herken ik wat hij schrijft (moeilijk met veranderingen in het rooster, vaak alleen). Kunnen jullie contact opnemen met hem?

Elke Van Hecke
titularis 1D

""" + fwd_hdr(_pa, "2025-02-03 20:51", [ELKE], f"vraag over {_p.first}") + f"""
Beste mevrouw,

Onze huisarts denkt dat {_p.first} misschien autisme heeft en wil hem laten testen. Hij heeft thuis veel woedeaanvallen na school en slaapt slecht. Hij zegt dat niemand met hem praat op de speelplaats.
Kan de school ons helpen met een doorverwijzing? We weten niet goed waar we moeten beginnen.

Groeten,
{_p.p1name[0]} {_p.p1name[1]}
""", about=["P0044"], rules=["sensitive"], cats=["medical", "care", "psychosocial"], form=["alt", "fwd-inline"],
     note="class teacher forwards to the CLB a father's mail about his son's suspected autism and tantrums, asking for referral")

# S31 death of a sister
_p = P("P0232")
mail("jasper-5c-rouw", frm=WOUTER, to=[HANS, SERKAN, KEVIN, DRIES, JOKE], cc=[NADIA], date="2024-10-21 07:35",
     subj=f"{_p.first} 5C – graag lezen voor de les", fmt="plain", enc="qp",
     body=f"""Beste collega's,

Triestig nieuws: de oudere zus van {_p.first} {_p.last} is zaterdag omgekomen bij een verkeersongeval. {_p.first} komt vandaag toch naar school, hij wil "niet thuis zitten".

- Hij mag altijd de klas verlaten en naar Nadia (A105) gaan, zonder uitleg.
- Toetsen deze week schrappen voor hem.
- De klas weet het; ik heb vanmorgen in het eerste uur met hen gepraat.

Wouter
""", about=["P0232"], rules=["sensitive"], cats=["family", "psychosocial"], form=["plain", "list"],
     note="class teacher tells colleagues that a pupil's sister died in an accident and how to support him")

# S32 suicidal thoughts, urgent
_p = P("P0268")
mail("dringend-fleur-6b", frm=("Katrien Ooms", "katrien.ooms@sintpieterscollege.be"), to=[TOMV, NADIA], cc=[DIR], date="2025-03-27 10:12",
     subj="DRINGEND – Fleur 6B", fmt="plain", enc="qp", hdrs={"Importance": "high", "X-Priority": "1"},
     body=f"""Tom, Nadia,

In de Nederlands-opdracht "brief aan jezelf" schreef {_p.first} {_p.last} dat ze "er over een jaar niet meer wil zijn" en dat ze al een plan heeft. Het klonk niet als fictie.

Ze zit nu in B210 (les geschiedenis tot 11u). Kan één van jullie haar daar meteen ophalen? Ik heb de tekst bij mij, kom hem halen in de leraarskamer.

Katrien
""", about=["P0268"], rules=["sensitive"], cats=["psychosocial"], form=["plain", "high-priority"],
     note="teacher urgently alerts counsellors and head that a pupil wrote about having a suicide plan")

# S33 class council list forwarded to own Gmail
_ids33 = ["P0151", "P0154", "P0157", "P0159"]
_r = [P(x) for x in _ids33]
mail("fw-klassenraad-4a-naar-thuis", frm=DRIES, to=[("Dries Geens", "dries.geens84@gmail.com")], date="2024-12-18 22:40",
     subj="FW: notities deliberatie 4A", fmt="plain", enc="qp",
     body=f"""om thuis af te werken

-----Oorspronkelijk bericht-----
Van: Dries Geens <dries.geens@sintpieterscollege.be>
Verzonden: woensdag 18 december 2024 18:05
Aan: Dries Geens <dries.geens@sintpieterscollege.be>
Onderwerp: notities deliberatie 4A

{_r[0].first} S. – mama ernstig ziek (kanker), {hij(_r[0])} zorgt voor broertje; attest B voor wiskunde? milder beoordelen
{_r[1].first} D. – ouders in scheiding, woont nu bij papa; CLB volgt op
{_r[2].first} Ç. – IAC-traject loopt (verslag), rapport zonder cijfers voor Frans
{_r[3].first} B. – ok, geen opmerkingen
""", about=_ids33, rules=["sensitive", "private_account"], cats=["family", "care", "medical"], form=["plain", "fwd-inline"],
     note="teacher forwards his deliberation notes (a mother's cancer, a divorce, an IAC track) to his private Gmail to work at home")

# S34 both separated parents visible in To
_p = P("P0097")
mail("hanne-2d-afspraken-meerdaagse", frm=JOLIEN, to=[(pname(_p.p1name), _p.p1), (pname(_p.p2name), _p.p2)], date="2025-04-02 19:15",
     subj=f"Meerdaagse 2D – afspraken ophalen {_p.first}", fmt="plain", enc="qp",
     body=f"""Beste mevrouw {_p.p1name[1]}, beste meneer {_p.p2name[1]},

Omdat de terugkeer van de meerdaagse naar de Ardennen op vrijdag 25 april valt, en dat volgens de regeling van de bemiddelaar een "papa-week" is, stel ik voor dat meneer {_p.p2name[1]} {_p.first} om 16u aan de school ophaalt. Mevrouw {_p.p1name[1]} brengt haar op maandag 22 april.

Ik stuur deze mail aan u beiden zodat er geen misverstand is zoals bij de sportdag. Laat me iets weten als dit niet klopt.

Met vriendelijke groeten,
Jolien Claessens
klassenleraar 2D
""", about=["P0097"], rules=["sensitive", "bcc"], cats=["family"], form=["plain"],
     note="class teacher mails both separated parents (two external addresses visible) about pick-up under their custody arrangement")

# S35 deliberation CSV for 6D
_ids35 = ["P0289", "P0290", "P0291", "P0292", "P0293", "P0294", "P0295", "P0296"]
_c = [P(x) for x in _ids35]
_csv35 = "leerling;attest;opmerking klassenraad\n" + "\n".join([
    f"{_c[0].first} {_c[0].last};A;",
    f"{_c[1].first} {_c[1].last};A;sportverbod feb (hersenschudding) - LO-cijfer op 1ste+3de trimester",
    f"{_c[2].first} {_c[2].last};A;",
    f"{_c[3].first} {_c[3].last};A met advies;papa werkloos, rekeningen via OCMW - kan niet mee op eindreis? fonds bekijken",
    f"{_c[4].first} {_c[4].last};A;",
    f"{_c[5].first} {_c[5].last};A;diabetes - goed opgevolgd",
    f"{_c[6].first} {_c[6].last};uitstel;veel afwezig (psychiater, depressieve periode) - 2de zit geschiedenis",
    f"{_c[7].first} {_c[7].last};A;"]) + "\n"
mail("deliberatie-6d-csv", frm=("Katrien Ooms", "katrien.ooms@sintpieterscollege.be"), to=[DIR, ADJ], date="2025-06-24 19:50",
     subj="6D – voorbereiding deliberatie", fmt="plain", enc="qp",
     body="""Hilde, Marc,

In bijlage mijn voorbereiding voor de deliberatie van 6D morgen (csv uit Smartschool met mijn opmerkingen).

Katrien
""", atts=[fileatt("deliberatie_6D_voorbereiding.csv", _csv35, "text/csv")],
     about=_ids35, rules=["sensitive"], cats=["financial", "medical", "psychosocial"], form=["plain", "attachment-csv"],
     note="class teacher sends the direction a CSV of deliberation notes with a concussion, a family on OCMW support, diabetes and a depressive period")

# ================================================================ PERSONAL, NOT SENSITIVE (20)

# N1 from a private Gmail: jacket left behind
_p = P("P0005")
mail("jas-vergeten-lucas", frm=("Ward Janssen", "ward.janssen.lo@gmail.com"), to=[(pname(_p.p1name), _p.p1)], date="2024-10-19 10:12",
     subj="Jas van Lucas", fmt="plain", enc="qp", mid="gmail",
     body=f"""Dag meneer {_p.p1name[1]},

{_p.first} heeft gisteren na LO zijn blauwe winterjas laten hangen in de kleedkamer van de sporthal. Ik heb hem meegenomen naar het LO-lokaal, hij kan hem maandag bij mij ophalen.
(Ik stuur dit van mijn eigen adres want mijn schoolmail werkt thuis niet.)

Groetjes,
Ward Janssen
leerkracht LO
""", about=["P0005"], rules=["private_account"], form=["plain"],
     note="PE teacher tells a father from his private Gmail that his son forgot his jacket; harmless content, private account")

# N2 congratulations athletics
_p = P("P0247")
mail("proficiat-plamedi-atletiek", frm=STEFAN, to=[(f"{_p.first} {_p.last}", _p.mail)], cc=[(pname(_p.p1name), _p.p1)], date="2025-05-19 08:30",
     subj="Proficiat provinciaal kampioen!", fmt="alt",
     body=f"""Dag {_p.first},

Wat een prestatie zaterdag: provinciaal kampioen op de 400 m bij de junioren in 57"84! De hele sportsectie is trots op je.

We zetten je foto (met jouw toestemming) volgende week op de schermen in de inkomhal. En je mag het volgende week zelf komen vertellen aan de 1ste jaars sport.

Sportieve groeten,
meneer Wijns
""", about=["P0247"], rules=[], form=["alt"],
     note="sports coordinator congratulates a pupil (mother in Cc) on winning a provincial athletics title")

# N3 laptop repaired
_p = P("P0131")
mail("laptop-klaar-vic", frm=HELP, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2024-11-27 14:02",
     subj="Je laptop is hersteld", fmt="plain", enc="qp",
     body=f"""Hoi {_p.first},

Je laptop (huurtoestel SPC-3C-09) is terug van de herstelling: nieuw scherm, het toetsenbord is ook gecontroleerd. Je kan hem ophalen in B012 tijdens de middag. Breng de leenlaptop mee.

ICT-helpdesk
""", about=["P0131"], rules=[], form=["plain", "short"],
     note="helpdesk tells a pupil his repaired rental laptop is ready for pick-up")

# N4 French: pairing for the Lille exchange
_p = P("P0163")
mail("binome-oscar-vranckx", frm=SOPHIE, to=[CLAIRE], date="2024-12-12 17:44",
     subj="Binômes – encore un élève", fmt="plain", enc="qp",
     body=f"""Coucou Claire,

J'ai encore un garçon qui s'est inscrit après coup : {_p.first} {_p.last} (4A). Il joue au hockey, fait du piano et adore cuisiner (il propose de faire des gaufres pour la famille !). Il aimerait un correspondant sportif.

Tu as encore quelqu'un ?

Sophie
""", about=["P0163"], lang="fr", rules=[], form=["plain"],
     note="exchange coordinator describes a late-registered pupil's hobbies to the Lille partner for pairing")

# N5 parent-teacher meeting slot
_p = P("P0208")
mail("oudercontact-lien", frm=WOUTER, to=[(pname(_p.p1name), _p.p1)], date="2024-12-16 12:20",
     subj="Oudercontact vrijdag 20/12", fmt="plain", enc="qp",
     body=f"""Beste mevrouw {_p.p1name[1]},

U bent ingeschreven voor het oudercontact over {_p.first} op vrijdag 20 december om 18u20 bij mij in lokaal A104. Als u ook de leerkracht wiskunde wil spreken: meneer Aksoy zit in A106, hij heeft om 18u40 nog plaats.

Tot vrijdag,
Wouter Mees
""", about=["P0208"], rules=[], form=["plain"],
     note="class teacher confirms a parent-teacher meeting time and room to a mother")

# N6 lost canteen card
_p = P("P0012")
mail("kantinekaart-verloren-emiel", frm=MARTINE, to=[(pname(_p.p1name), _p.p1)], date="2024-10-08 13:58",
     subj=f"Nieuwe kantinekaart {_p.first}", fmt="plain", enc="qp",
     body=f"""Beste mevrouw {_p.p1name[1]},

{_p.first} heeft zijn kantinekaart verloren. Hij heeft vandaag een nieuwe gekregen; het saldo van de oude kaart (€ 8,30) is overgezet. De nieuwe kaart kost € 5, dat komt op de volgende schoolrekening.

Met vriendelijke groet,
Martine Goris, cafetaria
""", about=["P0012"], rules=[], form=["plain", "short"],
     note="cafeteria informs a mother that her son's lost card was replaced for a normal fee")

# N7 maths olympiad second round
_p = P("P0213")
mail("olympiade-szymon", frm=SERKAN, to=[(pname(_p.p2name), _p.p2)], date="2025-01-28 18:30",
     subj="Vlaamse Wiskunde Olympiade – tweede ronde", fmt="alt",
     body=f"""Beste meneer {_p.p2name[1]},

Goed nieuws: {_p.first} heeft zich met 121 punten geplaatst voor de tweede ronde van de Vlaamse Wiskunde Olympiade! Die gaat door op woensdag 5 maart in de namiddag, aan de KU Leuven (Celestijnenlaan).

Ik begeleid de leerlingen erheen; vertrek om 12u45 aan de school. Wilt u via Smartschool bevestigen dat {_p.first} mag deelnemen?

Vriendelijke groeten,
Serkan Aksoy
""", about=["P0213"], rules=[], form=["alt"],
     note="maths teacher tells a father his son qualified for the second round of the maths olympiad")

# N8 homework reminder to a pupil
_p = P("P0092")
mail("taak-geschiedenis-manon", frm=GREET, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-03-06 15:35",
     subj="Je taak over de Franse Revolutie", fmt="plain", enc="qp",
     body=f"""Dag {_p.first},

Ik heb je taak over de Franse Revolutie nog niet ontvangen op Smartschool. Je kan hem nog indienen tot vrijdag 16u, daarna tellen de punten niet meer mee.
Heb je een vraag over de opdracht, spreek me dan donderdag aan na de les.

Mevrouw Moyson
""", about=["P0092"], rules=[], form=["plain"],
     note="history teacher reminds a pupil to hand in a late assignment")

# N9 sports club internship
_p = P("P0299")
mail("stage-sportclub-exauce", frm=STEFAN, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-02-17 09:45",
     subj="Je stage bij KVK Heverlee", fmt="plain", enc="qp",
     body=f"""Hoi {_p.first},

Je stageplaats is bevestigd: je loopt van 5 tot 16 mei stage bij de jeugdwerking van KVK Heverlee (voetbal U10-U12). Je mentor is Bram, de jeugdcoördinator. Eerste dag: 15u30 aan het clubhuis, sportkledij en je stagemap mee.

Vergeet je stagecontract niet te laten tekenen door je ouders vóór 1 april.

Stefan
""", about=["P0299"], rules=[], form=["plain"],
     note="sports coordinator confirms a sixth-year pupil's internship place at a football club")

# N10 science fair selection, HTML to a parent
_p = P("P0202")
mail("wetenschapsbeurs-daan", frm=DRIES, to=[(pname(_p.p1name), _p.p1)], date="2025-02-27 20:05",
     subj=f"{_p.first} geselecteerd voor de Wetenschapsexpo", fmt="html",
     html=simple_html(f"""<p>Beste mevrouw {esc(_p.p1name[1])},</p>
<p>Het STEM-project van {esc(_p.first)} en zijn groep (<i>"Kan een algenreactor in de serre CO<sub>2</sub> opvangen?"</i>) is geselecteerd voor de Vlaamse Wetenschapsexpo op 26 en 27 april in Technopolis.</p>
<p>De leerlingen staan er beide dagen met hun stand. Vervoer regelen wij; een toestemmingsformulier volgt via Smartschool.</p>
<p>Proficiat aan {esc(_p.first)}!</p>
<p>Met vriendelijke groeten,<br>Dries Geens<br>coördinator STEM</p>"""), enc="qp",
     about=["P0202"], rules=[], form=["html"],
     note="STEM coordinator tells a mother her son's project was selected for a science fair")

# N11 English: host family pairing in Dublin
_p = P("P0171")
mail("host-family-divine", frm=KEVIN, to=[SIOBHAN], date="2025-03-20 14:22",
     subj=f"Pairing for {_p.first}", fmt="plain", enc="qp",
     body=f"""Hi Siobhán,

For the last pupil on the list, {_p.first} {_p.last} (4B): she sings in a gospel choir, plays basketball and would love to see a Gaelic football match. She's happy to share a room. Any host family with a girl who is into music would be perfect.

Thanks!
Kevin
""", about=["P0171"], lang="en", rules=[], form=["plain"],
     note="exchange teacher gives the Dublin partner a pupil's hobbies for host-family matching")

# N12 report card not signed
_p = P("P0041")
mail("rapport-handtekening-lena", frm=ELKE, to=[(pname(_p.p1name), _p.p1)], date="2025-01-08 16:55",
     subj="Rapport Lena nog niet ondertekend", fmt="plain", enc="qp",
     body=f"""Beste meneer {_p.p1name[1]},

Het kerstrapport van {_p.first} moest maandag ondertekend terug zijn. Wilt u het tekenen en morgen aan {_p.first} meegeven? U kan het ook digitaal aftekenen in Smartschool (Resultaten > Rapporten).

Alvast bedankt,
Elke Van Hecke
""", about=["P0041"], rules=[], form=["plain", "short"],
     note="class teacher reminds a father to sign his daughter's report card")

# N13 overdue library book
_p = P("P0109")
mail("bib-boek-siebe", frm=GREET, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-02-10 12:05",
     subj="Herinnering bib", fmt="plain", enc="8bit",
     body=f"""Dag {_p.first},

"Het Achterhuis" (bib-nr. 4471) moest op 27 januari terug. Breng je het deze week binnen? Je kan ook verlengen aan de balie.

Mevr. Moyson – schoolbib
""", about=["P0109"], rules=[], form=["plain", "8bit", "short"],
     note="librarian reminds a pupil of an overdue library book")

# N14 elected to student council
_p = P("P0279")
mail("leerlingenraad-axelle", frm=BIEKE, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2024-10-04 15:15",
     subj="Welkom in de leerlingenraad!", fmt="alt",
     body=f"""Dag {_p.first},

Proficiat, je bent verkozen als vertegenwoordiger van de 6de jaars in de leerlingenraad! Eerste vergadering: dinsdag 15 oktober om 12u40 in A003. Breng je ideeën voor de schoolfuif en de cafetaria mee.

Bieke Smolders
begeleider leerlingenraad
""", about=["P0279"], rules=[], form=["alt"],
     note="teacher congratulates a pupil on her election to the student council")

# N15 absence for a judo tournament, to colleagues
_p = P("P0246")
mail("emma-5d-judo-afwezig", frm=STEFAN, to=[KEVIN, SERKAN, FZ, HANS], date="2025-03-11 12:30",
     subj=f"{_p.first} {_p.last} 5D afwezig vrijdag", fmt="plain", enc="qp",
     body=f"""Collega's,

{_p.first} (5D) is vrijdag gewettigd afwezig: ze neemt deel aan het Belgisch kampioenschap judo -57 kg in Herentals (topsportstatuut). Toetsen op vrijdag mag ze de week erna inhalen.

Stefan
""", about=["P0246"], rules=[], form=["plain", "short"],
     note="sports coordinator informs teachers of a pupil's excused absence for a national judo championship")

# N16 locker key lost
_p = P("P0237")
mail("sleutel-kluisje-tessa", frm=TOMV, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2024-11-06 13:20",
     subj="Kluisje 287", fmt="plain", enc="qp",
     body=f"""Dag {_p.first},

Conciërge Luc heeft je kluisje 287 opengemaakt en er een nieuw slot op gezet. De nieuwe sleutel ligt bij mij in A105; hij kost € 10 (komt op de schoolrekening).

Meneer Vandeputte
""", about=["P0237"], rules=[], form=["plain", "short"],
     note="teacher tells a pupil her locker lock was replaced and the key can be collected")

# N17 school musical role
_p = P("P0086")
mail("musical-rol-juliette", frm=BIEKE, to=[(pname(_p.p1name), _p.p1)], date="2025-01-16 21:10",
     subj="Schoolmusical – rol voor Juliette", fmt="plain", enc="qp",
     body=f"""Beste meneer {_p.p1name[1]},

{_p.first} heeft na de audities een mooie rol gekregen in onze schoolmusical "Reis rond de wereld": ze speelt de stationschef in Parijs en zingt een duet.

Repetities: elke donderdag van 15u30 tot 17u in de aula, vanaf 23 januari. De voorstellingen zijn op 9 en 10 mei. Kan u laten weten of {_p.first} de repetities kan volgen?

Met vriendelijke groeten,
Bieke Smolders
""", about=["P0086"], rules=[], form=["plain"],
     note="teacher informs a father that his daughter was cast in the school musical and gives the rehearsal schedule")

# N18 found phone
_p = P("P0057")
mail("gsm-gevonden-filip", frm=SEC, to=[(f"{_p.first} {_p.last}", _p.mail)], date="2025-04-03 10:03",
     subj="Je gsm ligt op het secretariaat", fmt="plain", enc="qp",
     body=f"""Hallo {_p.first},

Je gsm (zwart hoesje met FC Barcelona) werd gisteren gevonden in de refter en ligt op het secretariaat. Je kan hem tijdens de pauze ophalen.

Gerda
""", about=["P0057"], rules=[], form=["plain", "short"],
     note="secretariat tells a pupil his lost phone was found")

# N19 STEM project visit to a university lab, phone in signature
_p = P("P0287")
mail("bezoek-labo-elias", frm=DRIES, to=[("dr. Pieter-Jan Moens", "pieterjan.moens@kuleuven.be")], date="2025-01-21 11:25",
     subj="Bezoek leerling STEM aan jullie algenlabo?", fmt="alt",
     body=f"""Beste Pieter-Jan,

Een leerling van mij, {_p.first} {_p.last} (6C, STEM), werkt voor zijn eindwerk rond algengroei onder led-licht in onze serre. Hij loopt vast op het meten van de biomassa. Zou hij een namiddag bij jullie in het labo mogen meekijken, bv. op een woensdag in februari?

Hij is erg gemotiveerd en heeft al een mooie dataset.

Alvast bedankt,
Dries Geens
leerkracht fysica – coördinator STEM
Sint-Pieterscollege | 016 29 48 10 | 0497 63 11 20
""", about=["P0287"], rules=["personal_data"], form=["alt"],
     note="STEM teacher asks a university researcher whether a named pupil may visit the lab for his project; phone numbers in signature")

# N20 certificate of enrolment
_p = P("P0259")
mail("inschrijvingsattest-baran", frm=SECM, to=[(pname(_p.p2name), _p.p2)], date="2024-09-23 14:48",
     subj=f"Attest van inschrijving {_p.first} {_p.last}", fmt="plain", enc="b64",
     body=f"""Geachte heer {_p.p2name[1]},

Het attest van inschrijving voor {_p.first} (6A) dat u vroeg voor de sportfederatie ligt klaar. {_p.first} kan het morgen op het secretariaat ophalen, of wij geven het mee in zijn klas.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege
""", about=["P0259"], rules=[], form=["plain", "base64", "short"],
     note="secretariat tells a father his son's certificate of enrolment is ready")

# ================================================================ MISDIRECTED (10): about pupil X, sent only to a parent of pupil Y

# M1 autocomplete picked the wrong Peeters
_x, _y = P("P0182"), P("P0080")
mail("mis-rapport-hanne-peeters", frm=("Els Haesendonck", "els.haesendonck@sintpieterscollege.be"), to=[(pname(_y.p1name), _y.p1)], date="2024-12-20 20:12",
     subj=f"Resultaten {_x.first} – wiskunde", fmt="plain", enc="qp",
     body=f"""Beste meneer Peeters,

Zoals besproken op het oudercontact stuur ik u nog de resultaten van {_x.first} ({_x.klas}) voor wiskunde dit trimester:
- toets functies: 9/20
- toets goniometrie: 7/20
- examen: 41/100

We raden aan dat {_x.first} in januari de inhaallessen op woensdag volgt. U kan haar inschrijven via Smartschool.

Vriendelijke groeten,
Els Haesendonck
""", about=["P0182"], mis=True, rules=["recipient"], form=["plain"],
     note="teacher meant to send a pupil's maths results to her father (Peeters) but autocomplete chose another pupil's father named Peeters")

# M2 lateness of Jana Willems to the wrong Jana's parent
_x, _y = P("P0082"), P("P0108")
mail("mis-telaatkomingen-jana", frm=JOLIEN, to=[(pname(_y.p1name), _y.p1)], date="2025-02-06 17:05",
     subj=f"Te laat komen {_x.first} ({_x.klas})", fmt="plain", enc="qp",
     body=f"""Beste ouders van {_x.first},

{_x.first} {_x.last} kwam deze maand al 6 keer te laat in het eerste lesuur. Vanaf de volgende keer krijgt ze een strafstudie op woensdagmiddag, zoals het schoolreglement voorziet.

Kunnen jullie samen met {_x.first} bekijken of ze een vroegere bus kan nemen?

Met vriendelijke groeten,
Jolien Claessens
""", about=["P0082"], mis=True, rules=["recipient"], form=["plain"],
     note="teacher sends a note about Jana Willems' lateness to the parent of another Jana in the school")

# M3 care plan of Warre Lemmens to the wrong Warre's father
_x, _y = P("P0144"), P("P0292")
mail("mis-zorgplan-warre", frm=INGRID, to=[(pname(_y.p1name), _y.p1)], date="2024-10-24 16:32",
     subj=f"Zorgplan {_x.first} – ter ondertekening", fmt="alt",
     body=f"""Beste ouders,

Na het overleg van dinsdag vindt u hieronder de afspraken uit het zorgplan van {_x.first} ({_x.klas}):

- Diagnose ADHD (gecombineerd type), medicatie wordt thuis gegeven.
- Vaste plaats vooraan in de klas, time-out kaart om even buiten te gaan.
- Toetsen in twee delen, planning opgevolgd door de zorgleerkracht.
- Maandelijks evaluatiegesprek met de zorgcoördinator.

Gelieve het document bij het volgende contact te ondertekenen.

Met vriendelijke groeten,
Ingrid Wauters
zorgcoördinator
""", about=["P0144"], mis=True, rules=["recipient", "sensitive"], cats=["medical", "care"], form=["alt", "list"],
     note="care coordinator sends a pupil's ADHD care plan to the father of another pupil with the same first name")

# M4 unpaid bill of Emre Demir to Emre Doğan's parent
_x, _y = P("P0240"), P("P0135")
mail("mis-herinnering-rekening-emre", frm=BOEK, to=[(pname(_y.p1name), _y.p1)], date="2025-03-13 10:40",
     subj=f"Tweede herinnering schoolrekening {_x.first} {_x.last}", fmt="plain", enc="qp",
     body=f"""Geachte ouders,

Ondanks onze herinnering van februari staan de rekeningen van {_x.first} {_x.last} ({_x.klas}) van november en januari nog open (samen € 298,60). We begrijpen dat het soms moeilijk kan zijn. Kunnen we een afbetalingsplan afspreken, of wil u dat we contact opnemen met het OCMW?

Met vriendelijke groeten,
Sonja Peetermans
boekhouding
""", about=["P0240"], mis=True, rules=["recipient", "sensitive"], cats=["financial"], form=["plain"],
     note="bookkeeper sends a second reminder of a family's unpaid school bills to the parent of another pupil named Emre")

# M5 trip form of Siebe Van Roey to the wrong Siebe's mother
_x, _y = P("P0172"), P("P0179")
mail("mis-strookje-uitstap-siebe", frm=("Yannick Bogaert", "yannick.bogaert@sintpieterscollege.be"), to=[(pname(_y.p1name), _y.p1)], date="2025-04-08 13:14",
     subj=f"Strookje uitstap Ieper – {_x.first} {_x.klas}", fmt="plain", enc="qp",
     body=f"""Beste ouders,

Het toestemmingsstrookje voor de uitstap naar Ieper (24 april) van {_x.first} {_x.last} ({_x.klas}) heb ik nog niet terug. Kan u het nog meegeven voor vrijdag? Anders kan {_x.first} niet mee.

Groeten,
Yannick Bogaert
""", about=["P0172"], mis=True, rules=["recipient"], form=["plain", "short"],
     note="teacher asks for Siebe Van Roey's trip form but mails the mother of another pupil called Siebe")

# M6 Lille host details for Olivia Schoofs to Olivia Moreels's mother
_x, _y = P("P0151"), P("P0214")
mail("mis-gastgezin-olivia", frm=SOPHIE, to=[(pname(_y.p1name), _y.p1)], date="2025-02-14 18:25",
     subj="Uitwisseling Lille – gegevens correspondente", fmt="alt",
     body=f"""Beste meneer {_x.p1name[1]},

Hier de gegevens van de correspondente van {_x.first} ({_x.klas}) voor de uitwisseling:
Louise Martin, 15 jaar, woont in Lambersart (vlak bij Lille), heeft een hond en speelt handbal. Zij komt van 17 tot 21 maart bij u logeren.

Tijdens de week in Lille logeert {_x.first} bij de familie Martin. Het programma volgt op de infoavond.

Met vriendelijke groeten,
Sophie Lemaire
""", about=["P0151"], mis=True, rules=["recipient"], form=["alt"],
     note="exchange coordinator sends Olivia Schoofs' host-family details to the mother of another Olivia")

# M7 allergy of Elif Kaya to Elif Koç's father
_x, _y = P("P0170"), P("P0035")
mail("mis-allergie-elif", frm=MARTINE, to=[(pname(_y.p1name), _y.p1)], date="2024-09-19 11:08",
     subj=f"Allergie {_x.first} – maaltijden cafetaria", fmt="plain", enc="qp",
     body=f"""Beste ouders van {_x.first},

Wij hebben het attest ontvangen over de allergie van {_x.first} ({_x.klas}) voor sesam en kiwi. In de cafetaria krijgt {_x.first} vanaf nu bij de warme maaltijd een aparte schotel zonder sesam, en haar kaart is gemarkeerd zodat de kassa waarschuwt bij broodjes met sesam.

Vriendelijke groet,
Martine Goris
""", about=["P0170"], mis=True, rules=["recipient", "sensitive"], cats=["medical"], form=["plain"],
     note="cafeteria confirms a pupil's food allergy arrangements but mails the father of another pupil named Elif")

# M8 behaviour of Mauro Beckers to Mauro Verstraeten's mother
_x, _y = P("P0068"), P("P0022")
mail("mis-gedrag-mauro", frm=("Hans Coenen", "hans.coenen@sintpieterscollege.be"), to=[(pname(_y.p1name), _y.p1)], date="2025-01-29 17:50",
     subj=f"{_x.first} – incident vandaag", fmt="plain", enc="qp",
     body=f"""Beste mevrouw {_x.p1name[1]},

Ik moet u helaas melden dat {_x.first} ({_x.klas}) vandaag opnieuw een klasgenoot heeft bedreigd en zijn pennenzak door het raam heeft gegooid. Het is al de derde keer deze maand dat {_x.first} zo boos wordt dat hij zichzelf niet meer onder controle heeft. De leerlingenbegeleider wil u graag zien.

Met vriendelijke groeten,
Hans Coenen
""", about=["P0068"], mis=True, rules=["recipient", "sensitive"], cats=["psychosocial"], form=["plain"],
     note="teacher reports a pupil's repeated aggressive outbursts but mails the mother of another pupil named Mauro")

# M9 test score of Lotte Cools to Lotte Jansegers's father
_x, _y = P("P0076"), P("P0111")
mail("mis-toets-frans-lotte", frm=FZ, to=[(pname(_y.p1name), _y.p1)], date="2025-03-25 19:35",
     subj=f"Toets Frans {_x.first}", fmt="plain", enc="qp",
     body=f"""Dag meneer {_x.p1name[1]},

Zoals gevraagd: {_x.first} ({_x.klas}) haalde 11/25 op de toets Frans over de passé composé. Ze mag de toets volgende dinsdag herkansen tijdens de middag.

Vriendelijke groeten,
F. Z. Ouardi
""", about=["P0076"], mis=True, rules=["recipient"], form=["plain", "short"],
     note="French teacher sends a pupil's test score to the father of another pupil named Lotte")

# M10 sports internship of Robbe Craenen to Robbe Sels's mother
_x, _y = P("P0275"), P("P0142")
mail("mis-stage-robbe", frm=STEFAN, to=[(pname(_y.p1name), _y.p1)], date="2025-02-18 08:55",
     subj=f"Stageplaats {_x.first} {_x.last}", fmt="plain", enc="qp",
     body=f"""Beste ouders,

De stageplaats van {_x.first} ({_x.klas}) is bevestigd: hij loopt van 5 tot 16 mei stage bij Sportoase Leuven (zwembad, redder-assistent). Het stagecontract geeft hij morgen mee.

Stefan Wijns
""", about=["P0275"], mis=True, rules=["recipient"], form=["plain", "short"],
     note="sports coordinator sends Robbe Craenen's internship details to the mother of another Robbe")

# ================================================================ GENERAL LETTERS (15): to all parents / all staff, must pass

# G1 medication procedure, all parents
mail("brief-medicatie-op-school", frm=DIRM, to=[DIRM], bcc=[G("ouders")], date="2024-09-03 16:00",
     subj="Medicatie op school – afspraken schooljaar 2024-2025", fmt="alt",
     body="""Geachte ouders,

Soms moet uw kind tijdens de schooluren medicatie nemen. Om dat veilig te laten verlopen, maken we de volgende afspraken:

1. Wij geven geen medicatie zonder het attest "medicatie op school", ingevuld en ondertekend door de arts en door u. U vindt het attest op Smartschool (Documenten > Formulieren) en op het secretariaat.
2. U bezorgt de medicatie in de originele verpakking, met de naam van uw kind erop.
3. De medicatie wordt bewaard in de afgesloten medicijnkast van het secretariaat. Inname wordt telkens genoteerd.
4. Bij een wijziging van dosis of medicatie hebben we een nieuw attest nodig.
5. Pijnstillers of "iets tegen de hoofdpijn" geven wij nooit op eigen initiatief.

Heeft uw kind een chronische aandoening (bv. astma, epilepsie, diabetes) of een ernstige allergie? Neem dan contact op met de zorgcoördinator, zodat we samen een noodplan kunnen opmaken.

Met vriendelijke groeten,
Hilde Verlinden
directeur
""", rules=[], form=["alt", "list", "bcc-group"],
     note="general letter to all parents (in Bcc) about the medication procedure; mentions illnesses only as examples")

# G2 invoice reminder to all parents
mail("herinnering-schoolrekening-alle-ouders", frm=("Boekhouding Sint-Pieterscollege", "boekhouding@" + D1), to=[("Boekhouding Sint-Pieterscollege", "boekhouding@" + D1)],
     bcc=[G("ouders")], date="2024-11-12 09:00",
     subj="Schoolrekening oktober – vervaldag 15 november", fmt="plain", enc="qp",
     body="""Beste ouders,

De schoolrekening van oktober staat sinds 25 oktober in Smartschool (Schoolrekening > Facturen). De vervaldag is 15 november.

Heeft u de rekening al betaald? Dan mag u dit bericht als onbestaande beschouwen.

Ervaart u moeilijkheden om de schoolrekening te betalen? Aarzel dan niet om ons te contacteren. We zoeken discreet samen naar een oplossing, bijvoorbeeld een spreiding van de betaling. Vergeet ook niet dat u voor uw kind een schooltoeslag kan krijgen via het Groeipakket.

Met vriendelijke groeten,
De boekhouding
""", rules=[], form=["plain", "bcc-group"],
     note="general invoice reminder to all parents (Bcc) offering payment plans in general terms")

# G3 BYOD info for parents of the second year
mail("byod-laptop-3de-jaar-info", frm=DIRM, to=[DIRM], bcc=[G("ouders-2a"), G("ouders-2b"), G("ouders-2c"), G("ouders-2d")], date="2025-05-06 18:00",
     subj="Volgend schooljaar: eigen laptop vanaf het 3de jaar", fmt="html", enc="qp",
     html=outlook_html("""<p class="MsoNormal">Beste ouders van onze tweedejaars,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vanaf het derde jaar werkt elke leerling met een eigen laptop (BYOD). Hieronder de belangrijkste vragen.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Moet ik zelf een laptop kopen?</b><br>Dat mag, als hij voldoet aan de minimumvereisten (Windows 11, 8 GB RAM, 256 GB SSD, batterij voor een volledige schooldag). U kan ook via de school een laptop huren voor 4 jaar; de huur staat op de schoolrekening (ongeveer € 12 per maand).</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Wat installeert de school?</b><br>Microsoft 365, Smartschool, de examensoftware en een beveiliging. Uw kind krijgt een schoolaccount; het wachtwoord kiest uw kind zelf bij de eerste aanmelding.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Wat als de laptop stuk is?</b><br>Huurtoestellen worden hersteld via de ICT-helpdesk (lokaal B012); uw kind krijgt intussen een leentoestel.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Is dit financieel moeilijk?</b><br>Neem contact op met de boekhouding. Niemand mag uit de boot vallen.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Infoavond: donderdag 22 mei om 19u30 in de aula.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">De directie</p>"""),
     rules=[], form=["html", "faq", "bcc-group"],
     note="FAQ letter to all second-year parents (class parent addresses in Bcc) about BYOD laptops; mentions accounts without any password")

# G4 exam rules for pupils with numbered headings
mail("examenreglement-juni", frm=("Examensecretariaat", "examens@" + D1), to=[("Examensecretariaat", "examens@" + D1)], bcc=[G("leerlingen")], date="2025-05-30 12:00",
     subj="Afspraken examenperiode juni", fmt="plain", enc="8bit",
     body="""Beste leerling,

Hieronder de belangrijkste afspraken uit het examenreglement (schoolreglement, deel III, hoofdstuk 4).

4.1 Aanwezigheid
Je bent 10 minuten voor de start aanwezig. Wie meer dan 30 minuten te laat is, mag niet meer deelnemen.

4.2 Ziekte
Ben je ziek, dan verwittigen je ouders vóór 8u30 het secretariaat. Een medisch attest is verplicht voor elke afwezigheid tijdens de examens.

4.3 Materiaal
Gsm, smartwatch en oortjes gaan uit en in je boekentas vooraan in het lokaal. Op je bank liggen enkel je schrijfgerief en toegelaten hulpmiddelen.

4.4 Digitale examens
Je meldt je aan met je eigen schoolaccount. Het toezicht start de examenomgeving; je krijgt nooit een wachtwoord van een andere leerling.

4.5 Onregelmatigheden
Spieken of een poging daartoe wordt gemeld aan de directie. De klassenraad kan het examen of een deel ervan ongeldig verklaren.

4.6 Faciliteiten
Heb je recht op faciliteiten (bv. extra tijd, aparte ruimte)? Die afspraken zijn al met jou besproken. Twijfel je, vraag het aan je klassenleraar.

Veel succes!
Het examensecretariaat
""", rules=[], form=["plain", "8bit", "numbered-headings", "bcc-group"],
     note="exam rules for all pupils with rule-book headings; facilities and illness only in general terms")

# G5 info evening Lille exchange
mail("infoavond-uitwisseling-lille", frm=SOPHIE, to=[SOPHIE], bcc=[G("ouders-4a"), G("ouders-4b"), G("ouders-4c"), G("ouders-4d")], date="2025-01-10 17:30",
     subj="Infoavond uitwisseling Lille – dinsdag 21 januari", fmt="alt",
     body="""Beste ouders,

Uw zoon of dochter schreef zich in voor de uitwisseling met het Lycée Sainte-Odile in Lille. Graag nodigen we u uit op de infoavond op dinsdag 21 januari om 19u in de aula.

Programma:
- voorstelling van de partnerschool en het programma van beide weken;
- het onthaal van de Franse correspondent bij u thuis (17-21 maart);
- de reis naar Lille (bus, verzekering, kostprijs € 240);
- vragen.

Het voorschot (€ 180) wordt aangerekend via de schoolrekening van januari. Als de kostprijs voor uw gezin een probleem is, kan u vertrouwelijk contact opnemen met de boekhouding.

Met vriendelijke groeten,
Sophie Lemaire en Fatima Zahra Ouardi
""", rules=[], form=["alt", "list", "bcc-group"],
     note="invitation to all fourth-year parents (Bcc) for the Lille exchange info evening")

# G6 anti-bullying policy in the newsletter
mail("nieuwsbrief-pestbeleid", frm=DIRM, to=[DIRM], bcc=[G("ouders")], date="2024-10-01 19:00",
     subj="Nieuwsbrief oktober – samen tegen pesten", fmt="alt",
     html=outlook_html("""<p class="MsoNormal"><b>Nieuwsbrief oktober</b></p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Samen tegen pesten</b></p>
<p class="MsoNormal">Pesten is meer dan een ruzie: het gebeurt herhaaldelijk, met de bedoeling iemand pijn te doen, en het slachtoffer kan zich moeilijk verdedigen. Denk bv. aan iemand systematisch buitensluiten, spottende berichten in een groepschat, of spullen afpakken.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Wat doen wij?</p>
<ul><li>Elke melding wordt opgevolgd door de leerlingenbegeleiding.</li>
<li>We werken met de No Blame-methode en herstelgesprekken.</li>
<li>Waar nodig schakelen we het CLB in.</li></ul>
<p class="MsoNormal">Wat kan u doen? Vraag uw kind regelmatig hoe het gaat op school en met vrienden online. Merkt u iets, meld het aan de klassenleraar of via <a href="mailto:leerlingenbegeleiding@sintpieterscollege.be">leerlingenbegeleiding@sintpieterscollege.be</a>.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Kalender</b><br>14/10 pedagogische studiedag (geen les)<br>25/10 sportdag<br>28/10-3/11 herfstvakantie</p>"""),
     rules=[], form=["alt", "newsletter", "bcc-group"],
     note="newsletter to all parents (Bcc) explaining the general anti-bullying policy with examples")

# G7 privacy statement
mail("privacyverklaring-ouders", frm=("Privacy Sint-Pieterscollege", "privacy@lksd.ksleuven.be"), to=[("Privacy Sint-Pieterscollege", "privacy@lksd.ksleuven.be")],
     bcc=[G("ouders")], date="2024-09-09 08:30",
     subj="Hoe gaan wij om met de gegevens van uw kind?", fmt="plain", enc="qp",
     body="""Beste ouders,

Bij de start van het schooljaar informeren wij u over de verwerking van persoonsgegevens.

Welke gegevens verwerken wij?
- identificatiegegevens van leerling en ouders (naam, adres, contactgegevens);
- schoolloopbaan en evaluaties;
- gegevens uit de leerlingenbegeleiding, bv. over gezondheid, leerstoornissen of de thuissituatie, enkel wanneer dat nodig is voor de begeleiding;
- financiële gegevens voor de schoolrekening;
- beeldmateriaal, enkel met uw toestemming.

Waar bewaren wij die? In Smartschool en in ons leerlingvolgsysteem, met beperkte toegang. Gevoelige informatie sturen wij niet via gewone e-mail.

Uw rechten: u kan inzage, verbetering of verwijdering vragen via privacy@lksd.ksleuven.be.

De volledige privacyverklaring vindt u op onze website.

Met vriendelijke groeten,
het aanspreekpunt informatieveiligheid
""", rules=[], form=["plain", "list", "bcc-group"],
     note="privacy statement to all parents listing categories of data (health, home situation) in general terms")

# G8 new cafeteria top-up app, FAQ
mail("cafetaria-opwaarderen-app", frm=MARTINE, to=[MARTINE], bcc=[G("ouders"), G("leerlingen")], date="2025-01-07 12:00",
     subj="Kantinekaart opladen: nu ook via de app", fmt="plain", enc="qp",
     body="""Beste ouders en leerlingen,

Sinds deze week kan je de kantinekaart ook opladen via de app Kantinekaart (iOS en Android) of aan de nieuwe terminal in de cafetaria.

Veelgestelde vragen
V: Hoe koppel ik de kaart van mijn kind?
A: Maak een account aan in de app en scan de QR-code op de achterkant van de kaart.
V: Wat als de kaart verloren is?
A: Blokkeer ze in de app; een nieuwe kaart kost € 5 aan de kassa, het saldo wordt overgezet.
V: Kan ik een limiet per dag instellen?
A: Ja, in de app onder Instellingen > Daglimiet.
V: Mijn kind vergat de pincode.
A: Je kind kan aan de kassa een nieuwe pincode laten instellen op vertoon van de leerlingenkaart.

Smakelijk!
Martine, cafetaria
""", rules=[], form=["plain", "faq", "bcc-group"],
     note="FAQ to all parents and pupils (Bcc) on the cafeteria top-up app; mentions PINs but gives none")

# G9 staff meeting agenda
mail("personeelsvergadering-agenda", frm=DIR, to=[DIR], bcc=[G("personeel")], date="2025-02-24 15:30",
     subj="Personeelsvergadering maandag 3 maart – agenda", fmt="alt",
     body="""Beste collega's,

Maandag 3 maart om 16u15 in de aula: personeelsvergadering.

Agenda
1. Stand van zaken verbouwing gebouw C (nieuw STEM-labo)
2. Evaluatie examenperiode december (Geert)
3. Nieuw afwezigheidsbeleid leerlingen – voorstel werkgroep
4. Uitwisselingen Lille en Dublin: planning en begeleiders
5. Informatieveiligheid: MFA en de nieuwe afspraken rond gevoelige info (Bert)
6. Varia

Graag uw varia vooraf doorsturen naar directie@spc.ksleuven.be.

Hilde
""", rules=[], form=["alt", "numbered", "bcc-group"],
     note="agenda of the staff meeting to all staff in Bcc")

# G10 caretaker shift schedule
mail("ploegenrooster-conciergerie", frm=ADJ, to=[ADJ], bcc=[G("personeel")], date="2024-08-30 11:45",
     subj="Nieuwe uurregeling conciërges en onthaal", fmt="plain", enc="qp",
     body="""Beste collega's,

Vanaf 2 september werken onze conciërges in drie ploegen:

- dagploeg (Luc): 6u30 – 15u
- avondploeg (Karim): 14u – 22u30 (ook bij avondactiviteiten)
- weekend en verhuur sporthal (Danny): vrijdagavond en zaterdag

Problemen met verwarming, sloten of lekken meldt u bij voorkeur via het formulier "Technische melding" op Smartschool, niet per mail of gsm. Dringend? Via het onthaal.

Vriendelijke groeten,
Marc Vandersteen
""", rules=[], form=["plain", "list", "bcc-group"],
     note="shift schedule of the caretakers sent to all staff in Bcc; no codes")

# G11 CLB information for first-year parents
mail("clb-voorstelling-eerste-jaar", frm=DIRM, to=[DIRM], bcc=[G("ouders-1a"), G("ouders-1b"), G("ouders-1c"), G("ouders-1d")], date="2024-09-17 17:00",
     subj="Kennismaking met het CLB", fmt="alt",
     body="""Beste ouders,

Onze school werkt samen met het CLB Leuven. Het CLB is er voor alle leerlingen, ouders en leerkrachten met vragen over bijvoorbeeld leren en studeren, de schoolloopbaan, gezondheid of het psychisch en sociaal welbevinden.

Wat kan u verwachten?
- In het eerste jaar is er een systematisch contact (medisch onderzoek) bij de CLB-arts.
- U kan zelf met vragen bij het CLB terecht, gratis en vertrouwelijk.
- Het CLB werkt enkel met uw toestemming als het om een begeleiding gaat.

Contact: CLB Leuven, Diestsesteenweg 102, 3010 Kessel-Lo, 016 28 54 00, info@clb-leuven.be.
De contactpersoon voor onze school is Evi Stessens.

Met vriendelijke groeten,
De directie
""", rules=["personal_data"], form=["alt", "list", "bcc-group"],
     note="general CLB presentation to all first-year parents (Bcc); the CLB phone number is the only flag")

# G12 English letter to the parents of the Dublin exchange group
mail("dublin-exchange-letter-parents", frm=KEVIN, to=[KEVIN], bcc=[G("ouders-uitwisseling-dublin")], date="2025-03-25 20:00",
     subj="Dublin exchange – packing list and contact during the trip", fmt="plain", enc="qp",
     body="""Dear parents,

Some of you asked for the information in English as well. Here is a summary of last night's meeting.

Departure: Sunday 4 May, 14:30 at Brussels Airport (meet at the check-in desks of row 9). Return: Saturday 10 May, arrival around 19:00.

Please pack:
- valid identity card or passport and the European Health Insurance Card;
- a small present for the host family;
- rain jacket (really!);
- any medication your child needs, with the signed medication form.

During the trip you will receive a short update on Smartschool every evening. In case of emergency the school will contact you directly.

Kind regards,
Kevin Smeets
""", lang="en", rules=[], form=["plain", "list", "bcc-group"],
     note="English information letter to all parents of the Dublin exchange group (Bcc)")

# G13 sports day
mail("sportdag-info", frm=STEFAN, to=[STEFAN], bcc=[G("ouders"), G("leerlingen")], date="2024-10-15 13:00",
     subj="Sportdag vrijdag 25 oktober", fmt="plain", enc="8bit",
     body="""Beste ouders, beste leerlingen,

Op vrijdag 25 oktober is het sportdag. Het programma verschilt per graad:

1ste graad: sportkriebels in het Sportkot (bus vertrekt 8u30)
2de graad: avonturensport in Hofstade (eigen fiets, vertrek 8u15)
3de graad: keuze uit klimmen, padel of zwemmen; de sportklassen begeleiden de wedstrijden van de 1ste graad

Neem mee: sportkledij, drinkbus, lunchpakket, regenjas.
Einde: 15u45 aan de school.

Leerlingen die om medische redenen niet kunnen deelnemen, bezorgen vooraf een attest en krijgen een alternatieve taak.

Sportieve groeten,
de sectie LO
""", rules=[], form=["plain", "8bit", "bcc-group"],
     note="sports day information to all parents and pupils (Bcc); medical exemption only in general terms")

# G14 parents' association quiz
mail("ouderraad-quiz-uitnodiging", frm=OUDERRAAD, to=[OUDERRAAD], bcc=[G("ouders"), G("personeel")], date="2025-01-20 20:15",
     subj="Quiz van de ouderraad – zaterdag 15 februari", fmt="alt",
     html=simple_html("""<p>Beste ouders, beste leerkrachten,</p>
<p>Op <b>zaterdag 15 februari</b> organiseert de ouderraad opnieuw zijn quiz in de cafetaria (gebouw D). Ploegen van max. 6 personen, € 20 per ploeg. Start om 19u30.</p>
<p>De opbrengst gaat naar het solidariteitsfonds van de school, dat gezinnen steunt bij de kosten van uitstappen en reizen.</p>
<p>Inschrijven via de webshop van de ouderraad op de schoolwebsite.</p>
<p>Tot dan!<br>De ouderraad</p>"""), enc="qp",
     rules=[], form=["alt", "bcc-group"],
     note="parents' association invitation to all parents and staff (Bcc) for its quiz")

# G15 report card calendar and parent evenings, FAQ
mail("rapporten-en-oudercontacten", frm=DIRM, to=[DIRM], bcc=[G("ouders")], date="2024-12-02 18:00",
     subj="Rapport en oudercontact december", fmt="plain", enc="qp",
     body="""Geachte ouders,

Het kerstrapport wordt op vrijdag 20 december om 11u30 door de klassenleraar aan uw kind bezorgd en staat vanaf dan ook in Smartschool.

Oudercontact: vrijdag 20 december van 16u tot 20u en maandag 23 december van 9u tot 12u. U schrijft in via Smartschool (Oudercontact) vanaf 9 december.

Vaak gestelde vragen

Wat als mijn kind niet geslaagd is voor een vak?
De klassenraad bespreekt elke leerling. U leest de remediëring of het advies op het rapport, bv. inhaallessen of een extra taak.

Ik ben gescheiden; krijgen wij allebei het rapport?
Ja. Elke ouder kan het rapport in Smartschool bekijken met een eigen co-account. Laat het secretariaat weten als u nog geen co-account heeft.

Kan ik een andere leerkracht spreken dan de klassenleraar?
Zeker, schrijf in bij die leerkracht.

Met vriendelijke groeten,
De directie
""", rules=[], form=["plain", "faq", "bcc-group"],
     note="report-card and parent-evening letter to all parents (Bcc) with a FAQ; divorce mentioned only as a general question")

if __name__ == "__main__":
    write_all()
