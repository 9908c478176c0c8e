#!/usr/bin/env python3
"""Blind labelled test mail, batch10 (Sint-Pieterscollege, BuSO + TSO/BSO campus Kessel-Lo).

Run: python3 make.py   -> writes NNN-slug.eml, labels.yaml and roster.csv next to this file.
Deterministic: fixed dates, boundaries, ids. Standard library only.
"""
import base64
import csv
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")
PRIVATE_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "telenet.be", "skynet.be",
                   "proximus.be", "yahoo.com", "hotmail.be", "live.be")

# ---------------------------------------------------------------------------
# small helpers: IBAN, national number
# ---------------------------------------------------------------------------

def be_iban(account12):
    """Belgian IBAN with valid check digits, printed in groups of 4."""
    bban = account12
    num = int("".join(str(int(c, 36)) for c in bban + "BE00"))
    check = 98 - num % 97
    raw = f"BE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def rrn(yy, mm, dd, seq):
    """Belgian rijksregisternummer for someone born >= 2000."""
    base = int(f"2{yy:02d}{mm:02d}{dd:02d}{seq:03d}")
    cc = 97 - base % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{cc:02d}"


IBAN_SCHOOL = be_iban("734019283746")     # schoolrekening Sint-Pieterscollege
IBAN_OUDERRAAD = be_iban("001823456714")
IBAN_FAM_JASPERS = be_iban("063771204518")

# ---------------------------------------------------------------------------
# MIME building (own serializer for exact control over CTE and boundaries)
# ---------------------------------------------------------------------------

CRLF = b"\r\n"


def crlf(b):
    b = b.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return b.replace(b"\n", CRLF)


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        out = crlf(data)
        if not out.endswith(CRLF):
            out += CRLF
        return out
    if cte == "quoted-printable":
        enc = quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False)
        return crlf(enc if enc.endswith(b"\n") else enc + b"\n")
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def to_bytes(self, with_headers=True):
        out = b""
        if with_headers:
            for k, v in self.headers:
                out += f"{k}: {v}".encode("ascii") + CRLF
            out += CRLF
        if self.parts is None:
            return out + self.body
        out += b"This is a multi-part message in MIME format." + CRLF + CRLF
        for p in self.parts:
            out += b"--" + self.boundary.encode() + CRLF + p.to_bytes()
            if not out.endswith(CRLF):
                out += CRLF
        out += b"--" + self.boundary.encode() + b"--" + CRLF
        return out


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    data = text.encode(charset)
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return Part([("Content-Type", f'text/{subtype}; charset="{charset}"'),
                 ("Content-Transfer-Encoding", cte)], encode_body(data, cte))


def attach_part(filename, ctype, data, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", cte)], encode_body(data, cte))


def multipart(subtype, parts, boundary):
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"'),
                 ("Content-Transfer-Encoding", "7bit")], parts=parts, boundary=boundary)


# ---------------------------------------------------------------------------
# HTML rendering of plain text bodies
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.Tabel
	{border-collapse:collapse;}
td
	{border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt;font-size:10.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def text2html(text, outlook=True):
    """Turn a plain body into simple HTML: paragraphs, bullet lists, quoted blocks."""
    lines = text.split("\n")
    out = []
    para = []
    quote = []
    bullets = []

    def flush_para():
        if para:
            inner = "<br>\n".join(htmlmod.escape(l) for l in para)
            out.append(f'<p class="MsoNormal">{inner}</p>' if outlook else f"<div>{inner}</div>")
            if not outlook:
                out.append("<div><br></div>")
            para.clear()

    def flush_bullets():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{htmlmod.escape(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip(" ")) if l.startswith(">") else htmlmod.escape(l) for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for l in lines:
        if l.startswith(">"):
            flush_para(); flush_bullets(); quote.append(l); continue
        flush_quote()
        if re.match(r"^\s*[-•*] ", l):
            flush_para(); bullets.append(re.sub(r"^\s*[-•*] ", "", l)); continue
        flush_bullets()
        if not l.strip():
            flush_para()
            continue
        para.append(l)
    flush_para(); flush_bullets(); flush_quote()
    body = "\n".join(out)
    if outlook:
        return OUTLOOK_HEAD + body + "\n" + OUTLOOK_TAIL
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div dir="ltr">\n' + body + "\n</div></body></html>\n")


def html_table(rows, header=True):
    out = ['<table class="Tabel" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        head = header and i == 0
        style = ' style="background:#DEEAF6"' if head else ""
        cells = ""
        for c in r:
            v = htmlmod.escape(str(c))
            if head:
                v = "<b>" + v + "</b>"
            cells += f'<td{style}><p class="MsoNormal">{v}</p></td>'
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def p(text):
    return "".join(f'<p class="MsoNormal">{htmlmod.escape(l) if l else "&nbsp;"}</p>\n' for l in text.split("\n"))


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def split_addr(a):
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", a)
    if m:
        return m.group(1).strip('"'), m.group(2).strip()
    return "", a.strip()


def addr_header(lst):
    out = []
    for a in lst:
        n, e = split_addr(a)
        out.append(formataddr((n, e), charset="utf-8") if n else e)
    return ",\r\n ".join(out)


def subj_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def local_dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Belgian summer time 2024: until 27 Oct 03:00; 2025: from 30 Mar 02:00
    summer = d < datetime(2024, 10, 27, 3, 0) or d >= datetime(2025, 3, 30, 2, 0)
    return d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


LIST_RE = re.compile(r"^\s*([-*\u2022+]|\d+[.)]|[A-Z][a-z]+ ?:|Art\. )")


def reflow(text):
    """Join hard-wrapped lines of a paragraph into one line, as modern clients send them."""
    out = []
    for line in text.split("\n"):
        if out:
            prev = out[-1]
            if (len(prev) >= 70 and line.strip() and not prev.startswith(">") and not line.startswith(">")
                    and "\t" not in prev and " | " not in prev and not prev.rstrip().endswith(":")
                    and not LIST_RE.match(line) and not line.startswith("---")
                    and not prev.rstrip().endswith("?")
                    and not (" " not in line.strip() and len(line.strip()) < 20)):
                out[-1] = prev.rstrip() + " " + line.strip()
                continue
        out.append(line)
    return "\n".join(out)


def build(m, n):
    """m: mail spec dict. Returns (bytes, format tags)."""
    tags = []
    fmt = m.get("fmt", "plain")
    cte = m.get("cte", "quoted-printable")
    charset = m.get("charset", "utf-8")
    text = m.get("text", "")
    if m.get("reflow", cte in ("quoted-printable", "base64") or fmt != "plain"):
        text = reflow(text)
    bidx = [0]

    def bnd(kind):
        bidx[0] += 1
        return f"----=_{kind}_{n:03d}_{bidx[0]:02d}_b10SPC"

    if fmt == "plain":
        body = text_part(text, "plain", charset, cte)
        tags.append("plain")
    elif fmt == "html":
        h = m.get("html") or text2html(text, outlook=m.get("outlook", True))
        body = text_part(h, "html", charset, cte)
        tags.append("html-only")
    elif fmt == "alt":
        h = m.get("html") or text2html(text, outlook=m.get("outlook", True))
        body = multipart("alternative", [text_part(text, "plain", charset, cte),
                                         text_part(h, "html", charset, m.get("html_cte", cte))], bnd("Alt"))
        tags.append("alt")
    else:
        raise ValueError(fmt)
    if cte == "base64":
        tags.append("base64")
    elif cte == "quoted-printable":
        tags.append("qp")
    elif cte == "8bit":
        tags.append("8bit")
    elif cte == "7bit":
        tags.append("7bit")
    if re.match(r"^(re|antw|aw|sv)\s*:", m["subject"], re.I) and "reply" not in m.get("tags", []):
        tags.append("reply")
    if charset.lower() != "utf-8":
        tags.append(charset.lower())
    extra = []
    for a in m.get("atts", []):
        extra.append(attach_part(*a))
        tags.append("attach-" + a[0].rsplit(".", 1)[-1])
    if m.get("fwd_msg"):
        inner, _ = build(m["fwd_msg"], n + 500)
        extra.append(Part([("Content-Type", "message/rfc822"),
                           ("Content-Disposition", f'attachment; filename="{m.get("fwd_name", "doorgestuurd.eml")}"'),
                           ("Content-Transfer-Encoding", "7bit")], inner))
        tags.append("fwd-attached")
    if extra:
        body = multipart("mixed", [body] + extra, bnd("Mix"))
    headers = [("Date", format_datetime(local_dt(m["date"]))),
               ("From", addr_header([m["frm"]])),
               ("To", addr_header(m["to"]) if m["to"] else "undisclosed-recipients:;")]
    if m.get("cc"):
        headers.append(("Cc", addr_header(m["cc"])))
    headers.append(("Subject", subj_header(m["subject"])))
    mid = m.get("msgid") or "b10.%03d.%s" % (n, m["slug"])
    dom = split_addr(m["frm"])[1].split("@")[1]
    headers.append(("Message-ID", f"<{mid}@{dom}>"))
    if m.get("reply_to_id"):
        headers.append(("In-Reply-To", f"<{m['reply_to_id']}>"))
        headers.append(("References", f"<{m['reply_to_id']}>"))
    if m.get("mailer"):
        headers.append(("X-Mailer", m["mailer"]))
    headers.append(("MIME-Version", "1.0"))
    raw = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in headers)
    raw += body.to_bytes()
    tags += m.get("tags", [])
    return raw, tags


# ---------------------------------------------------------------------------
# staff
# ---------------------------------------------------------------------------
D = "sintpieterscollege.be"
S = {
    "greet": f"Greet Vanhoutte <greet.vanhoutte@{D}>",        # directeur campus BuSO
    "marc": f"Marc Verlinden <marc.verlinden@{D}>",           # directeur campus TSO/BSO
    "sofie": f"Sofie Claes <sofie.claes@{D}>",                # zorgcoordinator
    "sofie_k": "Sofie Claes <sc@spc.ksleuven.be>",
    "jelle": f"Jelle De Smedt <jelle.desmedt@{D}>",           # orthopedagoog
    "hanne": f"Hanne Wouters <hanne.wouters@{D}>",            # logopedist
    "pieter": f"Pieter Lambrechts <pieter.lambrechts@{D}>",   # kinesist
    "bart": f"Bart Goossens <bart.goossens@{D}>",             # ICT-coordinator
    "bart_k": "ICT - Bart Goossens <bgo@spc.ksleuven.be>",
    "nadia": f"Nadia Amrani <nadia.amrani@{D}>",              # secretariaat
    "rita": f"Rita Janssens <rita.janssens@{D}>",             # secretariaat
    "secr": f"Secretariaat Sint-Pieterscollege <secretariaat@{D}>",
    "info": f"Sint-Pieterscollege <info@{D}>",
    "directie": f"Directie Sint-Pieterscollege <directie@{D}>",
    "luc": f"Luc Van Damme <luc.vandamme@{D}>",               # boekhouding
    "tom": f"Tom Hermans <tom.hermans@{D}>",                  # stagecoordinator
    "ingrid": f"Ingrid Smets <ingrid.smets@{D}>",             # vervoercoordinator
    "an": f"An Devos <an.devos@{D}>",
    "kevin": f"Kevin Mertens <kevin.mertens@{D}>",            # LO
    "fatima": f"Fatima Ouali <fatima.ouali@{D}>",             # PAV
    "dirk": f"Dirk Vermeulen <dirk.vermeulen@{D}>",           # hout
    "lies": f"Lies Coppens <lies.coppens@{D}>",               # titularis 4C
    "yasmine": f"Yasmine Bennani <yasmine.bennani@{D}>",
    "wim": f"Wim Jacobs <wim.jacobs@{D}>",                    # elektriciteit
    "eva": f"Eva Moens <eva.moens@{D}>",
    "stijn": f"Stijn Aerts <stijn.aerts@{D}>",
    "joke": f"Joke Van Acker <joke.vanacker@{D}>",            # verzorging
    "mehmet": f"Mehmet Yilmaz <mehmet.yilmaz@{D}>",           # wiskunde
    "katrien": f"Katrien Dewulf <katrien.dewulf@{D}>",        # leerlingenbegeleider
    "sarah": f"Sarah Bogaerts <sarah.bogaerts@{D}>",          # opvoeder
    "jan": f"Jan Willems <jan.willems@{D}>",                  # technisch adviseur / huisbewaarder
    "pascale": f"Pascale Lenoir <pascale.lenoir@{D}>",        # Frans
    "els": f"Els Vandenbussche <els.vandenbussche@{D}>",      # titularis 1B
    "koen": f"Koen Lauwers <koen.lauwers@{D}>",               # techniek
    "nele": f"Nele Baeten <nele.baeten@{D}>",                 # haarzorg
    "hilde": f"Hilde Deckers <hilde.deckers@{D}>",            # busbegeleidster
    "bram": f"Bram Vervloet <bram.vervloet@{D}>",             # opvoeder BuSO
    "ward": f"Ward Michiels <ward.michiels@{D}>",             # leerkracht LO BuSO
    "dpo": "Privacy LKSD <privacy@lksd.ksleuven.be>",
}
CLB_ANKER = "Ellen Maes <ellen.maes@clb-leuven.be>"
CLB_ARTS = "dr. Griet Somers <griet.somers@clb-leuven.be>"
BUS = "Planning Dijleland Reizen <planning@dijlelandreizen.be>"
SCHOOL_TEL = "016 35 21 80"

# ---------------------------------------------------------------------------
# roster: key pupils used in the mails (handle -> first, last, class, parent1, parent2)
# ---------------------------------------------------------------------------
KEY = {
    # sensitive
    "ilias": ("Ilias", "El Khatib", "3C", "samira.elkhatib@hotmail.com", ""),
    "lotte": ("Lotte", "Vandenberghe", "1A", "katrien.vandenberghe@telenet.be", "geert.vandenberghe@telenet.be"),
    "mohamed": ("Mohamed", "Bakkali", "4C", "bakkali.fam@gmail.com", ""),
    "jana": ("Jana", "Verbeke", "4C", "verbeke.lieve@skynet.be", ""),
    "thibault": ("Thibault", "Geens", "4C", "geens.ann@telenet.be", "bert.geens@gmail.com"),
    "lisa": ("Lisa", "Claeys", "4C", "lisa.claeys.mama@gmail.com", ""),
    "grace": ("Grâce", "Kabongo", "2C", "clarisse.kabongo@gmail.com", ""),
    "noah": ("Noah", "Peeters", "5A", "peeters.wim@telenet.be", "sara.dh@hotmail.com"),
    "anas": ("Anas", "Benali", "1D", "benali.rachid@outlook.com", ""),
    "seppe": ("Seppe", "Jaspers", "3A", "ilse.jaspers@proximus.be", ""),
    "amber": ("Amber", "Lemmens", "5D", "nathalie.lemmens@telenet.be", ""),
    "yusuf": ("Yusuf", "Aydın", "2D", "aydin.hatice@hotmail.com", "murat.aydin@gmail.com"),
    "tomasz": ("Tomasz", "Nowak", "3B", "piotr.nowak84@gmail.com", "agnieszka.nowak@gmail.com"),
    "jens": ("Jens", "Van den Broeck", "6A", "hilde.vdbroeck@telenet.be", ""),
    "kobe": ("Kobe", "Michiels", "5C", "michiels.kristel@skynet.be", ""),
    "rune": ("Rune", "Smolders", "2D", "tine.smolders@gmail.com", ""),
    "zakaria": ("Zakaria", "Tahiri", "3A", "tahiri.abdel@hotmail.com", ""),
    "eline": ("Eline", "Segers", "1C", "segers.veerle@telenet.be", "dirk.segers@proximus.be"),
    "mila": ("Mila", "De Wilde", "1B", "sofie.dewilde@gmail.com", "pieter.dewilde@telenet.be"),
    "daan": ("Daan", "Hendrickx", "1B", "", ""),
    "oumaima": ("Oumaima", "Chakir", "1B", "chakir.khadija@hotmail.com", ""),
    "sem": ("Sem", "Goris", "4A", "evelien.goris@gmail.com", "kris.goris@telenet.be"),
    "silke": ("Silke", "Verhoeven", "5B", "an.verhoeven@telenet.be", ""),
    "sara": ("Sara", "Boukhari", "4B", "naima.boukhari@hotmail.com", ""),
    "elif": ("Elif", "Demir", "5D", "demir.fatma@gmail.com", "ali.demir@outlook.com"),
    "bilal": ("Bilal", "Ouahabi", "4D", "ouahabi.malika@gmail.com", ""),
    "jonas": ("Jonas", "Dierckx", "3A", "dierckx.marleen@telenet.be", "johan.dierckx@skynet.be"),
    "lina": ("Lina", "Vercammen", "1C", "pleeggezin.mertens@telenet.be", "jessica.vercammen@hotmail.com"),
    "merveille": ("Merveille", "Lukusa", "2B", "lukusa.jeanne@gmail.com", ""),
    "jarno": ("Jarno", "Wuyts", "4C", "wuyts.an@telenet.be", ""),
    "ayoub": ("Ayoub", "Rahmouni", "1D", "rahmouni.fatiha@gmail.com", ""),
    "nora": ("Nora", "Haddouchi", "1A", "haddouchi.n@hotmail.com", ""),
    "jamal": ("Jamal", "Essaidi", "2A", "essaidi.hafida@gmail.com", ""),
    "emre": ("Emre", "Kaya", "3D", "kaya.serpil@hotmail.com", ""),
    "bo": ("Bo", "Stevens", "5A", "stevens.kim@telenet.be", ""),
    "omar": ("Omar", "Ziani", "4B", "ziani.latifa@outlook.com", ""),
    "laura": ("Laura", "Janssen", "6B", "marijke.janssen@telenet.be", ""),
    "adam": ("Adam", "El Idrissi", "3D", "elidrissi.mustapha@gmail.com", ""),
    "febe": ("Febe", "Cools", "2B", "tom.cools@telenet.be", ""),
    "robbe": ("Robbe", "Timmermans", "1A", "leen.timmermans@gmail.com", "timmermans.joris@telenet.be"),
    "kenzo": ("Kenzo", "Dehaes", "3B", "dehaes.stephanie@hotmail.com", ""),
    "amira": ("Amira", "Al-Hassan", "3B", "", ""),
    "lore": ("Lore", "De Wit", "2C", "dewit.griet@telenet.be", ""),
    "milan": ("Milan", "Pauwels", "2C", "pauwels.bart@gmail.com", "inge.pauwels@telenet.be"),
    "yasmina": ("Yasmina", "Bakkouri", "2C", "bakkouri.home@gmail.com", ""),
    "thor": ("Thor", "Vleugels", "2C", "vleugels.sandra@skynet.be", ""),
    "wout": ("Wout", "Luyten", "1B", "luyten.els@telenet.be", ""),
    "mats": ("Mats", "Celis", "4A", "koen.celis@gmail.com", "celis.nathalie@hotmail.com"),
    "mauro": ("Mauro", "Rossi", "1D", "rossi.debora@gmail.com", ""),
    "berkay": ("Berkay", "Yildiz", "3C", "yildiz.hasan@hotmail.com", ""),
    "vincent": ("Vincent", "Baert", "6C", "baert.christine@proximus.be", ""),
    "ruben": ("Ruben", "Claessens", "2D", "claessens.veerle@proximus.be", ""),
    "dina": ("Dina", "Hoxha", "6C", "hoxha.arta@gmail.com", ""),
    "junior": ("Junior", "Mbuyi", "3D", "mbuyi.esther@gmail.com", ""),
    "lukas": ("Lukas", "Kowalski", "2A", "kowalska.marta@gmail.com", ""),
    "tuur": ("Tuur", "Beckers", "1C", "beckers.sien@telenet.be", "wouter.beckers@gmail.com"),
    # not sensitive
    "ibrahim": ("Ibrahim", "Şahin", "5C", "sahin.emine@hotmail.com", ""),
    "femke": ("Femke", "Huybrechts", "2A", "huybrechts.kim@telenet.be", ""),
    "arne": ("Arne", "Gielen", "4B", "gielen.patrick@skynet.be", "ellen.gielen@gmail.com"),
    "louise": ("Louise", "Vandeput", "2D", "vandeput.gert@telenet.be", ""),
    "sander": ("Sander", "Verstraete", "5C", "verstraete.ann@gmail.com", ""),
    "yara": ("Yara", "Mahieu", "1B", "mahieu.stijn@telenet.be", ""),
    "kato": ("Kato", "Ceulemans", "1A", "ceulemans.lien@gmail.com", ""),
    "senne": ("Senne", "Reynders", "4C", "reynders.hilde@telenet.be", ""),
    "ella": ("Ella", "Thompson", "3A", "r.thompson.lvn@gmail.com", ""),
    "nathan": ("Nathan", "Dubois", "1C", "dubois.celine@skynet.be", ""),
    "wannes": ("Wannes", "Geerts", "2B", "geerts.tine@telenet.be", ""),
    "ryan": ("Ryan", "Van Lommel", "3C", "vanlommel.kelly@hotmail.com", ""),
    "brent": ("Brent", "Vandersmissen", "6A", "vandersmissen.luc@telenet.be", ""),
    "aya": ("Aya", "Bouzid", "4D", "bouzid.karima@gmail.com", ""),
    "lars": ("Lars", "Schoofs", "3A", "schoofs.bart@proximus.be", ""),
    "noor": ("Noor", "El Ouardi", "1C", "elouardi.said@gmail.com", ""),
    "jade": ("Jade", "Vansteenkiste", "6D", "vansteenkiste.nancy@telenet.be", ""),
    "bas": ("Bas", "Lenaerts", "1D", "lenaerts.jef@gmail.com", ""),
    "marie": ("Marie", "Gijsbrechts", "4A", "gijsbrechts.an@telenet.be", ""),
    "dries": ("Dries", "Vermeersch", "2C", "vermeersch.lies@gmail.com", ""),
    "lowie": ("Lowie", "Coenen", "1D", "coenen.eva@telenet.be", ""),
    "maxim": ("Maxim", "Vanderlinden", "3B", "vanderlinden.tom@gmail.com", ""),
    "jolien": ("Jolien", "Dockx", "6B", "dockx.martine@skynet.be", ""),
    "sofia": ("Sofia", "Moreira", "5A", "moreira.ana@gmail.com", ""),
    "rayan": ("Rayan", "Chaouki", "2A", "chaouki.nadia@hotmail.com", ""),
    "emma": ("Emma", "Pieters", "1B", "pieters.sofie@telenet.be", ""),
    "chloe": ("Chloé", "Lambert", "5D", "lambert.isabelle@skynet.be", ""),
    "liam": ("Liam", "O'Connor", "4B", "siobhan.oconnor@outlook.com", ""),
    "yunus": ("Yunus", "Koç", "3D", "koc.ayse@gmail.com", ""),
    "hamza": ("Hamza", "Lamrani", "2B", "lamrani.youssef@gmail.com", ""),
    "niels": ("Niels", "Bosmans", "5B", "bosmans.greet@telenet.be", ""),
    "zeynep": ("Zeynep", "Arslan", "4A", "arslan.mehmet@hotmail.com", ""),
    "jarne": ("Jarne", "Deprez", "6C", "deprez.karen@telenet.be", ""),
    "tibo": ("Tibo", "Verheyen", "1A", "verheyen.joke@gmail.com", ""),
    "ibe": ("Ibe", "Wellens", "2D", "wellens.nicky@telenet.be", ""),
    "stan": ("Stan", "Heylen", "4D", "heylen.ria@skynet.be", ""),
    "mona": ("Mona", "Jacobs", "6D", "jacobs.kristof@gmail.com", ""),
    # misdirected pairs (X = about, Y = wrong recipient)
    "lander": ("Lander", "Vanhees", "2A", "vanhees.joke@telenet.be", ""),
    "lennert": ("Lennert", "Vannes", "2A", "vannes.bart@telenet.be", ""),
    "hiba": ("Hiba", "Azzouzi", "3B", "azzouzi.amina@gmail.com", ""),
    "hind": ("Hind", "Azzaoui", "3B", "azzaoui.rachida@gmail.com", ""),
    "jorben": ("Jorben", "Wyns", "1C", "wyns.katleen@telenet.be", ""),
    "jordy": ("Jordy", "Weyns", "1D", "weyns.kevin@hotmail.com", ""),
    "sien": ("Sien", "Vandeweyer", "3A", "vandeweyer.mieke@telenet.be", ""),
    "sien2": ("Sien", "Vanderweyden", "3C", "vanderweyden.ann@gmail.com", ""),
    "tess": ("Tess", "Geudens", "4B", "geudens.carine@telenet.be", ""),
    "tessa": ("Tessa", "Goedhuys", "4B", "goedhuys.wim@skynet.be", ""),
    "kian": ("Kian", "Raes", "1D", "raes.sandy@gmail.com", ""),
    "kyan": ("Kyan", "Raets", "1C", "raets.jonas@gmail.com", ""),
    "robin": ("Robin", "Jorissen", "5C", "jorissen.marc@telenet.be", ""),
    "robbe2": ("Robbe", "Joris", "5C", "joris.veerle@telenet.be", ""),
    "anouk": ("Anouk", "Peeters", "2B", "peeters.anja@gmail.com", ""),
    "annelies": ("Annelies", "Peters", "6A", "peters.marc@telenet.be", ""),
    "nina": ("Nina", "Lemaire", "1B", "lemaire.sophie@skynet.be", ""),
    "nena": ("Nena", "Leemans", "1B", "leemans.griet@telenet.be", ""),
    "jules": ("Jules", "Van Aken", "3D", "vanaken.dirk@gmail.com", ""),
    "julien": ("Julien", "Van Assche", "3D", "vanassche.elke@hotmail.com", ""),
    # password / other mails about a pupil
    "ward_p": ("Warre", "Vermeulen", "1A", "vermeulen.hanne@telenet.be", ""),
    "elias": ("Elias", "Morel", "1C", "morel.valerie@skynet.be", ""),
    "bryan": ("Bryan", "Kalonji", "4D", "kalonji.patrick@gmail.com", ""),
}

FIRST_F = ["Emma", "Louise", "Olivia", "Marie", "Lena", "Julie", "Hanne", "Fien", "Nore", "Lien", "Amélie",
           "Elise", "Janne", "Noa", "Zoë", "Lisa", "Ines", "Margot", "Charlotte", "Axelle", "Lara", "Sofie",
           "Imane", "Salma", "Hajar", "Rania", "Nour", "Selin", "Ecrin", "Melek", "Zuzanna", "Maja", "Julia",
           "Océane", "Divine", "Précieuse", "Ella", "Mia", "Roos", "Fenna", "Jitske", "Kaat", "Marthe", "Loes"]
FIRST_M = ["Lucas", "Arthur", "Louis", "Liam", "Finn", "Mathis", "Vic", "Seppe", "Warre", "Lowie", "Jules",
           "Jonas", "Mathias", "Ruben", "Bram", "Kobe", "Ferre", "Rayan", "Youssef", "Mehdi", "Anass", "Imran",
           "Emir", "Kerem", "Efe", "Mert", "Kacper", "Jakub", "Szymon", "Glody", "Christian", "Exaucé",
           "Jarne", "Stan", "Nand", "Gust", "Lars", "Thijs", "Wout", "Milo", "Jef", "Toon", "Cas", "Aaron"]
LAST = ["Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Dubois", "Lambert", "Dupont", "Martens", "Vermeulen", "Hermans", "Van Damme", "Smets", "Aerts",
        "Leclercq", "Bogaerts", "Cuypers", "Van Hoof", "Vos", "Wuyts", "Coppens", "Stevens", "De Backer",
        "Hendrickx", "Verbruggen", "Meeus", "Lenaerts", "Pauwels", "Baeten", "Van Roey", "Boeckx",
        "Bouzid", "El Amrani", "Azzouz", "Ait Lahcen", "Haddad", "El Hamdaoui", "Bennis", "Aarab",
        "Yilmaz", "Öztürk", "Çelik", "Doğan", "Kowalczyk", "Wiśniewski", "Zieliński", "Nowicka",
        "Mukendi", "Tshibangu", "Ilunga", "Kasongo", "Van Gorp", "Nijs", "Vanhove", "Wijnants",
        "Thys", "Vanderstraeten", "Geuens", "Van Loock", "Timmermans", "Borremans", "Stroobants"]
PARENT_F = ["an", "els", "kathleen", "sofie", "nathalie", "sarah", "veerle", "inge", "katrien", "leen",
            "fatima", "khadija", "naima", "aicha", "ayse", "emine", "anna", "ewa", "chantal", "ornella"]
PARENT_M = ["kris", "peter", "bart", "tom", "geert", "stijn", "koen", "wim", "jan", "dirk",
            "mohamed", "ahmed", "hassan", "mustafa", "mehmet", "piotr", "tomasz", "jean", "patrick", "joris"]
PDOMS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com", "telenet.be", "gmail.com"]
CLASSES = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


# first names of staff and other adults in the mails, and names mentioned in passing: not given to filler pupils
AVOID_FIRST = {split_addr(v)[0].split()[0] for v in S.values()} | {"Ellen", "Griet", "Karima", "Marieke", "Stef",
                                                                   "Lien", "Mehdi", "Martine", "Geert", "Kristof",
                                                                   "Filip", "Jeroen", "Aino", "Annelies", "Hanne"}


def build_roster():
    rnd = random.Random(20250110)
    ids = list(range(1, 301))
    rnd.shuffle(ids)
    pupils = {}
    handle_id = {}
    for h, i in zip(KEY, ids):
        handle_id[h] = f"P{i:04d}"
    used_names = {(v[0], v[1]) for v in KEY.values()}
    used_mail = set()
    for h, (fn, ln, kl, p1, p2) in KEY.items():
        if not p1 and h in ("daan", "amira"):
            pass
        pupils[handle_id[h]] = [fn, ln, kl, p1, p2]
        used_mail.update(x for x in (p1, p2) if x)
    # fill the rest, balancing classes
    count = {k: 0 for k in CLASSES}
    for v in KEY.values():
        count[v[2]] += 1
    rest = [i for i in range(1, 301) if f"P{i:04d}" not in pupils]
    firsts_used = {(v[0], v[2]) for v in KEY.values()}
    for i in rest:
        kl = min(CLASSES, key=lambda k: (count[k], CLASSES.index(k)))
        count[kl] += 1
        while True:
            fn = rnd.choice(FIRST_F if rnd.random() < 0.48 else FIRST_M)
            if fn in AVOID_FIRST:
                continue
            ln = rnd.choice(LAST)
            if (fn, ln) not in used_names and (fn, kl) not in firsts_used:
                break
        used_names.add((fn, ln)); firsts_used.add((fn, kl))
        mails = []
        for k in range(2 if rnd.random() < 0.45 else 1):
            pf = rnd.choice(PARENT_F if k == 0 else PARENT_M)
            style = rnd.randint(0, 3)
            sl = ascii_slug(ln)
            loc = [f"{pf}.{sl}", f"{sl}.{pf}", f"{pf[0]}.{sl}", f"{pf}{sl}{rnd.randint(60, 99)}"][style]
            dom = rnd.choice(PDOMS)
            a = f"{loc}@{dom}"
            while a in used_mail:
                a = f"{loc}{rnd.randint(1, 9)}@{dom}"
            used_mail.add(a)
            mails.append(a)
        while len(mails) < 2:
            mails.append("")
        pupils[f"P{i:04d}"] = [fn, ln, kl, mails[0], mails[1]]
    # pupils without parent address in key (Daan: placed, Amira: guardian) keep empty ones
    return pupils, handle_id


PUPILS, HID = build_roster()


def pid(h):
    return HID[h]


def par(h, k=1):
    return KEY[h][3 if k == 1 else 4]


def pupil_mail(h):
    fn, ln = KEY[h][0], KEY[h][1]
    return f"{ascii_slug(fn)}.{ascii_slug(ln)}@leerling.{D}"


def write_roster():
    rows = sorted(PUPILS.items(), key=lambda kv: (kv[1][2], kv[1][1], kv[1][0]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for i, (fn, ln, kl, p1, p2) in rows:
        w.writerow([i, fn, ln, kl, f"{ascii_slug(fn)}.{ascii_slug(ln)}@leerling.{D}", p1, p2])
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------------------
# mail definitions
# ---------------------------------------------------------------------------
MAILS = []


def M(slug, kind, frm, to, subject, date, text="", cc=None, bcc=None, mail_from=None, rules=(), cats=None,
      about=(), mis=False, note="", lang="nl", **kw):
    d = dict(slug=slug, kind=kind, frm=frm, to=list(to), cc=list(cc or []), bcc=list(bcc or []),
             subject=subject, date=date, text=text, mail_from=mail_from, rules=list(rules),
             cats=list(cats or []), about=list(about), mis=mis, note=note, lang=lang)
    d.update(kw)
    MAILS.append(d)


def sig(who, role, tel=None, extra=""):
    name = split_addr(S[who])[0]
    s = f"\n\n{name}\n{role}\nSint-Pieterscollege Kessel-Lo"
    if tel:
        s += f"\nT {tel}"
    if extra:
        s += "\n" + extra
    return s


# ===========================================================================
# A. SENSITIVE (one identifiable pupil or family)
# ===========================================================================

M("ilias-thuis-niet-veilig", "sensitive", S["sofie"], [S["jelle"]],
  "Ilias 3C", "2024-10-07 08:12",
  """Hoi Jelle,

Mama van Ilias belde net naar het secretariaat. Papa is sinds vorige week niet meer thuis, er is blijkbaar politie
langs geweest na een ruzie in het weekend. Ilias slaapt voorlopig bij zijn tante in Heverlee, hij komt dus niet
met de bus maar wordt gebracht.

Kan jij vandaag of morgen eens een babbel met hem doen? Hij zat vrijdag al heel stil in de klas volgens Lies.
Ik zet het straks ook in het LVS.

Sofie""",
  rules=["sensitive"], cats=["family"], about=["ilias"],
  note="zorgcoordinator tells orthopedagoog about police intervention at home and pupil staying with aunt", cte="8bit")

M("lotte-wil-niet-naar-lo", "sensitive", S["an"], [f"Katrien Vandenberghe <{par('lotte')}>"],
  "Even afstemmen over Lotte", "2024-11-13 16:40",
  """Beste mevrouw Vandenberghe,

Ik had u graag even laten weten dat Lotte de laatste weken vaak in tranen de klas binnenkomt, vooral op
dinsdag en donderdag. Ze heeft me vandaag toevertrouwd dat ze niet meer naar de zwemles wil omdat een paar
meisjes uit haar klas haar in de kleedkamer uitlachen en foto's van haar doorsturen in een groepschat.

We nemen dit zeer ernstig. Mevrouw Dewulf (leerlingenbegeleiding) zal morgen met Lotte praten en daarna met
de betrokken leerlingen. Zou u eventueel volgende week langs kunnen komen voor een gesprek? Maandag na 16 uur
of woensdagnamiddag past voor mij.

Met vriendelijke groeten,

An Devos
klastitularis 1A""",
  rules=["sensitive"], cats=["psychosocial"], about=["lotte"],
  note="titularis tells parent her daughter is being bullied (laughed at, photos shared), no bullying keyword",
  fmt="alt", outlook=True)

_kr4c_rows = [
    ["Leerling", "Attitude", "Studie", "Opmerkingen / afspraken"],
    ["Thibault G.", "OK", "Tekort PAV (8/20)", "Herhalingstaak PAV, deadline 20/12"],
    ["Lisa C.", "Zeer goed", "OK", "Proficiat, mag mee naar leerlingenraad"],
    ["M.B.", "Wisselend", "Tekorten wiskunde + Frans", "Wordt opgevolgd door CLB ivm thuissituatie (papa terug naar Marokko, mama alleen met 4 kinderen). Niet aanspreken op huiswerk tot MDO."],
    ["Jana", "Goed", "OK", "Nieuwe medicatie sinds de herfstvakantie (epilepsie), is soms suf in de voormiddag. Niet alleen laten in de werkplaats."],
    ["Jarno W.", "Goed", "Spelling blijft moeilijk", "Attest dyslexie binnen: voorleessoftware + extra tijd bij toetsen"],
    ["Senne R.", "Goed", "OK", "-"],
]
_kr4c_text = "Dag collega's,\n\nHieronder de afspraken van de klassenraad 4C van gisteren. Graag toepassen vanaf maandag.\n\n" + \
    "\n".join("\t".join(r) for r in _kr4c_rows) + \
    "\n\nVolgende klassenraad: 11 maart.\nGroetjes,\nLies\n"
_kr4c_html = OUTLOOK_HEAD + p("Dag collega's,\n\nHieronder de afspraken van de klassenraad 4C van gisteren. Graag toepassen vanaf maandag.\n") + \
    html_table(_kr4c_rows) + p("\nVolgende klassenraad: 11 maart.\nGroetjes,\nLies") + OUTLOOK_TAIL
M("klassenraad-4c-afspraken", "sensitive", S["lies"],
  [S["an"], S["kevin"], S["wim"], S["mehmet"], S["pascale"], S["fatima"]],
  "afspraken KR 4C", "2024-12-06 12:55", _kr4c_text, html=_kr4c_html, fmt="alt",
  rules=["sensitive"], cats=["family", "medical", "care"], about=["mohamed", "jana", "jarno", "thibault", "lisa", "senne"],
  note="class council table: initials + class rows with home situation, epilepsy medication and dyslexia measures")

M("grace-bilan-logo-fr", "sensitive", S["hanne"], [f"Clarisse Kabongo <{par('grace')}>"],
  "Grâce - résultats du bilan logopédique", "2024-10-22 15:05",
  """Madame Kabongo,

Comme promis lors de notre conversation téléphonique, je vous envoie un petit résumé du bilan que j'ai fait
avec Grâce (classe 2C) ces dernières semaines.

Les tests confirment des difficultés importantes au niveau du langage oral : elle comprend bien les consignes
courtes, mais les phrases longues et le vocabulaire scolaire lui posent problème. Avec le CLB, nous pensons
qu'il s'agit d'une dysphasie. Le médecin du CLB vous proposera un rendez-vous pour confirmer ce diagnostic.

En attendant, à l'école, Grâce aura :
- deux séances de logopédie par semaine (mardi et jeudi, 3e heure)
- des consignes écrites et illustrées
- plus de temps pour les évaluations orales

N'hésitez pas à me contacter si vous avez des questions. Je parle un peu français, mais si vous préférez,
Mme Lenoir peut traduire lors d'un rendez-vous.

Bien à vous,

Hanne Wouters
logopède, Sint-Pieterscollege""",
  rules=["sensitive"], cats=["medical", "care"], about=["grace"], lang="fr",
  note="logopedist sends French-speaking mother the results of a language assessment (dysphasia) and care measures")

M("noah-knie-lo", "sensitive", S["pieter"], [S["kevin"]],
  "Noah 5A - geen LO tot na de paasvakantie", "2025-02-10 09:47",
  """Kevin,

Noah Peeters (5A) is vorige week geopereerd aan zijn kruisband (VKB-reconstructie in Pellenberg). Hij mag
minstens 8 weken niet sporten, daarna in overleg met zijn chirurg. Ik zie hem 2x per week in de kinezaal voor
zijn revalidatie-oefeningen, dus tijdens jouw lessen mag hij naar mij komen.

Attest van de orthopedist zit in zijn dossier.

Pieter""",
  rules=["sensitive"], cats=["medical"], about=["noah"],
  note="kinesist tells PE teacher about a named pupil's knee surgery and revalidation", cte="7bit")

M("benali-ocmw-rekening", "sensitive", S["nadia"], [S["luc"]],
  "Fwd: factuur Benali", "2024-12-03 10:21",
  f"""Luc, zie hieronder. Kan jij de herinnering voor Anas (1D) tegenhouden? Het OCMW betaalt, maar pas in januari.
Nadia

---------- Doorgestuurd bericht ----------
Van: Karima El Fassi <karima.elfassi@leuven.be>
Datum: ma 2 dec 2024 om 17:02
Onderwerp: factuur Benali
Aan: <secretariaat@sintpieterscollege.be>

Geachte,

Betreft: Anas Benali, rijksregisternummer {rrn(12, 3, 8, 213)}

Ik volg als maatschappelijk werker het gezin Benali op. Mijnheer Benali heeft mij de openstaande schoolrekening
van zijn zoon Anas bezorgd (1e trimester, 312,40 euro). Het OCMW zal dit bedrag ten laste nemen in het kader van
de aanvullende steun. De betaling volgt na goedkeuring door het Bijzonder Comité, normaal in de tweede helft van
januari.

Mag ik vragen om ondertussen geen herinneringen of aanmaningen meer naar het gezin te sturen? Dat zorgt voor
veel stress.

Met vriendelijke groet,
Karima El Fassi
Maatschappelijk werker - Sociale dienst OCMW Leuven""",
  rules=["sensitive", "personal_data"], cats=["financial"], about=["anas"], tags=["fwd-inline"],
  note="secretariat forwards OCMW social worker's mail: the family's school bill will be paid by the OCMW; pupil's national number")

M("jaspers-afbetalingsplan", "sensitive", S["luc"], [f"Ilse Jaspers <{par('seppe')}>"],
  "Afbetalingsplan schoolrekening Seppe", "2025-01-14 11:30",
  f"""Beste mevrouw Jaspers,

Bedankt voor uw telefoontje van vorige week. Zoals afgesproken bevestig ik hierbij het afbetalingsplan voor
de openstaande rekeningen van Seppe (3A), in totaal 468,00 euro (werkkledij, 1e trimester, uitstap Brussel).

- 12 maandelijkse stortingen van 39,00 euro
- telkens voor de 5e van de maand, vanaf februari 2025
- op rekeningnummer {IBAN_SCHOOL} met vermelding "Jaspers Seppe 3A plan"

Als een maand eens niet lukt, laat het me gewoon weten, dan zoeken we samen een oplossing. U hoeft zich
geen zorgen te maken over de deelname van Seppe aan de activiteiten.

Met vriendelijke groeten,

Luc Van Damme
boekhouding Sint-Pieterscollege
016 35 21 84""",
  rules=["sensitive", "personal_data"], cats=["financial"], about=["seppe"],
  note="bookkeeper confirms a payment plan for a named family's unpaid school bills; school IBAN and phone number present")

M("amber-aanmelding-clb", "sensitive", S["jelle"], [CLB_ANKER],
  "aanmelding leerling 5D", "2025-01-27 13:18",
  """Dag Ellen,

Zoals telefonisch besproken meld ik Amber Lemmens aan (5D, °14/02/2008).

Wat we zien:
- Ze draagt ook binnen altijd lange mouwen. Een klasgenote kwam vorige week melden dat Amber "weer krassen
  op haar arm heeft". Ik heb ze gezien: verse, oppervlakkige sneden op de linkeronderarm.
- Ze zegt zelf dat het "niks is" en dat ze het onder controle heeft.
- Cijfers zakken sinds oktober, veel afwezigheden op maandag.

Mama is op de hoogte en is akkoord met de aanmelding. Kan jij haar deze week nog zien? Ik heb haar beloofd
dat ze niet lang moet wachten.

Groetjes,
Jelle De Smedt
orthopedagoog
Sint-Pieterscollege - campus BuSO""",
  rules=["sensitive", "personal_data"], cats=["psychosocial", "care"], about=["amber"],
  note="orthopedagoog refers a pupil to CLB for self-harm, with date of birth; external recipient", fmt="alt", outlook=True)

M("re-yusuf-bus", "sensitive", S["bram"], [S["sofie"]],
  "RE: Yusuf", "2025-03-04 09:02",
  """Hoi Sofie,

Vanochtend opnieuw: Yusuf weigerde de bus op te stappen, Hilde (busbegeleidster) heeft 20 minuten met hem
aan de halte gestaan. Mama heeft hem uiteindelijk zelf gebracht rond 10u. Hij zat helemaal te trillen, hyperventileerde
in de gang. Mama vertelde dat hij 's nachts niet meer slaapt en 's ochtends overgeeft van de stress.

Ik denk dat we echt moeten kijken naar een aangepast traject, misschien halve dagen?

Bram

-----Oorspronkelijk bericht-----
Van: Sofie Claes <sofie.claes@sintpieterscollege.be>
Verzonden: maandag 3 maart 2025 17:21
Aan: Bram Vervloet <bram.vervloet@sintpieterscollege.be>
Onderwerp: Yusuf

Hoi Bram, hoe gaat het nu met Yusuf (2D)? Nog altijd moeilijk 's ochtends?
Sofie""",
  rules=["sensitive"], cats=["psychosocial"], about=["yusuf"], reply_to_id="b10.yusuf.q@sintpieterscollege.be",
  tags=["reply"], note="educator replies: pupil refuses the bus, panic symptoms, sleepless; anxiety/school refusal without keyword",
  mailer="Microsoft Outlook 16.0")

M("tomasz-adhd-en", "sensitive", S["sofie"], [f"Piotr Nowak <{par('tomasz')}>"],
  "Tomasz - follow-up of our meeting", "2024-11-28 17:35",
  """Dear Mr Nowak,

Thank you for coming in on Tuesday, together with Ms Maes from the CLB.

As agreed, a short summary:
1. Tomasz's paediatrician has increased his methylphenidate dose (Concerta 36 mg) since the autumn break. You
   will let us know if there are side effects such as loss of appetite at lunch.
2. At school he gets a fixed seat at the front, short breaks during long tests, and a weekly check-in with me
   on Friday morning.
3. We evaluate these measures at the class council of 17 December.

If anything changes at home or with his medication, please do not hesitate to email me.

Kind regards,

Sofie Claes
Care coordinator (zorgcoördinator)
Sint-Pieterscollege Kessel-Lo""",
  rules=["sensitive"], cats=["medical", "care"], about=["tomasz"], lang="en", cte="7bit",
  note="care coordinator summarises ADHD medication and care measures for a pupil to his father, in English")

M("jens-papa-overleden", "sensitive", S["marc"], [S["katrien"], S["an"]], "Jens 6A",
  "2025-02-17 07:41",
  """Collega's,

Ik kreeg gisterenavond telefoon van de mama van Jens (6A). Zijn papa is zaterdag onverwacht gestorven, een
hartstilstand tijdens het lopen. Jens blijft deze week thuis, de uitvaart is vrijdag in Wilsele.

Katrien, kan jij met de klas een moment voorzien vandaag? An, als titularis wil je misschien een kaartje
laten tekenen door de klas. Ik ga zelf naar de afscheidsdienst.

Marc""",
  rules=["sensitive"], cats=["family"], about=["jens"],
  note="director informs colleagues about the sudden death of a named pupil's father")

M("kobe-stage-epilepsie", "sensitive", S["tom"], ["Werkplaats Garage Tielemans <werkplaats@garagetielemans.be>"],
  "Stage Kobe Michiels - belangrijke info", "2025-02-21 14:10",
  """Dag Geert,

Nog een belangrijke aanvulling voor de stage van Kobe die maandag begint.

Kobe heeft epilepsie. Hij neemt daarvoor dagelijks medicatie en heeft al meer dan een jaar geen aanval meer gehad,
maar zijn neuroloog vraagt dat hij niet op een ladder of onder een opgekrikte wagen werkt zonder iemand in de buurt.
Mocht hij toch een aanval krijgen: niet vasthouden, hoofd beschermen, tijd noteren en als het langer dan 5 minuten
duurt 112 bellen. Zijn noodmedicatie zit in het voorvak van zijn rugzak.

Zijn mama is akkoord dat ik dit met jou deel. Wil je het ook aan zijn mentor in het atelier doorgeven?

Groeten,
Tom Hermans
stagecoördinator""",
  rules=["sensitive"], cats=["medical"], about=["kobe"],
  note="stage coordinator tells the external employer about a pupil's epilepsy and seizure protocol")

M("rune-bus-vaste-plaats", "sensitive", S["hilde"], [S["ingrid"]], "rune route 4",
  "2024-09-16 15:55",
  """Ingrid

rune smolders (2D) op route 4 loopt niet goed. hij heeft autisme en wordt helemaal overprikkeld als de bus vol zit,
vandaag heeft hij zijn hoofd tegen het raam gebonkt tot we aan school waren. mama vraagt of hij een vaste plaats
vooraan kan krijgen, liefst alleen, met zijn koptelefoon. kan dat bij de planning van dijleland?

hilde
(verstuurd van mijn gsm)""",
  rules=["sensitive"], cats=["medical", "care"], about=["rune"], cte="7bit",
  note="bus escort reports a pupil's autism and self-injury on the bus, asks for an adapted seat")

M("zakaria-incident", "sensitive", S["yasmine"], [S["marc"], S["katrien"]],
  "incident speelplaats + Insta", "2025-03-20 13:02",
  """Marc, Katrien,

Even snel voor de middag: Zakaria (3A) heeft tijdens de speeltijd een jongen van 1B tegen de muur geduwd en hem
in zijn gezicht geslagen. Daarna heeft hij volgens verschillende leerlingen op Instagram een foto van een mes
gepost met "morgen ben je dran". De jongen van 1B is bij Sarah op het secretariaat, ouders zijn verwittigd.

Het is de derde keer dit trimester dat Zakaria fysiek wordt. Ik stel voor dat we de ouders nog vandaag uitnodigen.
Moet er een tuchtdossier opgestart worden?

Yasmine""",
  rules=["sensitive"], cats=["psychosocial"], about=["zakaria"],
  note="teacher reports repeated violent behaviour and an online threat by one named pupil")

_iac_plan = """HANDELINGSPLAN - individueel aangepast curriculum (IAC)
Leerling: Eline Segers - klas 1C
Start: 6 januari 2025 - evaluatie: klassenraad juni 2025

Beginsituatie
- Leest op niveau eind lager onderwijs (AVI-E4), rekent tot 100 met materiaal.
- Werkt graag praktisch, heeft veel nood aan structuur en voorspelbaarheid.
- Verslag CLB (gemotiveerd verslag) sinds juni 2024.

Doelen (selectie)
1. Nederlands: korte zakelijke teksten begrijpen (folder, werkbon).
2. Wiskunde: geld tellen en wisselgeld teruggeven tot 50 euro.
3. Praktijk: veilig werken met handgereedschap.

Aanpassingen
- Geen gewone rapportcijfers voor Frans en wetenschappen; beschrijvende evaluatie.
- Wekelijks 2 lesuren individuele begeleiding door zorgleerkracht.
"""
M("eline-iac-handelingsplan", "sensitive", S["sofie"], [f"Veerle Segers <{par('eline')}>"],
  "Handelingsplan Eline", "2024-12-19 18:04",
  """Beste mevrouw Segers,

Na het overleg van dinsdag met u, de klassenraad en het CLB is beslist dat Eline vanaf januari een individueel
aangepast curriculum volgt. In bijlage vindt u het handelingsplan zoals we het besproken hebben.

Wilt u het even doornemen en ondertekend terugbezorgen via Eline? Als er iets niet klopt of als u vragen hebt,
mag u me altijd bellen.

Vriendelijke groeten,
Sofie Claes
zorgcoördinator""",
  atts=[("handelingsplan_Eline_Segers_1C.txt", "text/plain; charset=utf-8", _iac_plan)],
  rules=["sensitive"], cats=["care"], about=["eline"],
  note="care coordinator sends parent the IAC care plan of her daughter as a .txt attachment")

M("aandachtspunten-1b", "sensitive", S["els"],
  [S["an"], S["kevin"], S["yasmine"], S["dirk"], S["ward"]],
  "Aandachtspunten 1B (even lezen aub)", "2024-09-05 20:11",
  """Dag collega's van 1B,

Een paar dingen die je best weet voor je met 1B begint. Niet rondvertellen aub, het staat ook in Smartschool
bij de leerlingfiches.

- Mila: ouders zijn deze zomer uit elkaar gegaan, ze woont week-week. Ze reageert heftig als er over "thuis"
  gesproken wordt, dus geen opdrachten "vertel over je gezin" de eerste weken.
- Daan: verblijft sinds december in een leefgroep (bijzondere jeugdzorg) in Leuven. Contactpersoon is zijn
  begeleider daar, niet de ouders. Brieven dus via de leefgroep.
- Oumaima: diabetes type 1. Ze meet zelf haar suiker voor de middag en heeft altijd druivensuiker bij. Bij
  trillen/zweten/raar doen: direct iets zoets geven en het secretariaat bellen.
- Wout: allergie voor noten (zie fiche, epipen in de EHBO-kast).

Bedankt!
Els""",
  rules=["sensitive"], cats=["family", "medical"], about=["mila", "daan", "oumaima", "wout"],
  note="class teacher's bullet list for colleagues: parents' divorce, youth-care placement, diabetes, allergy")

M("re-sem-betaling", "sensitive", S["rita"], [S["luc"]], "Re: wie is E. Goris?", "2025-01-09 10:15",
  """Nee, dat is de mama van Sem uit 4A. Zij betaalt in schijven van 25 euro, papa weigert zijn helft te betalen
sinds de scheiding en verwijst naar de afspraken bij de notaris. Ze heeft gevraagd om de rekeningen voortaan
enkel nog naar haar te sturen, met een kopie van het saldo.
Rita

Op 9/01/2025 om 09:52 schreef Luc Van Damme:
> Rita, ik krijg elke maand 25 euro binnen van een E. Goris zonder mededeling. Weet jij over wie het gaat?
> Luc""",
  rules=["sensitive"], cats=["financial", "family"], about=["sem"], tags=["reply"],
  reply_to_id="b10.sem.q@sintpieterscollege.be",
  note="secretary explains a mother pays in instalments because the father refuses to pay after the divorce")

M("sv-5b-schoolweigering", "sensitive", S["jelle"],
  [S["eva"], S["stijn"], S["mehmet"], S["pascale"]],
  "S.V. (5B) - afspraken", "2025-04-24 16:26",
  """Dag collega's,

Kort overzicht na het overleg rond S.V. uit 5B:

* Ze komt sinds 3 weken enkel de eerste twee lesuren, daarna belt ze mama om opgehaald te worden. Thuis blijft ze
  in bed liggen.
* Samen met het CLB is een traject opgestart bij het CGG; eerste intake was vorige dinsdag.
* Afspraak: zij bepaalt NIET zelf wanneer ze naar huis gaat. Als ze wil vertrekken: naar Katrien of mij sturen.
* Gemiste toetsen: geen inhaalmoment voorlopig, we bekijken dat op de klassenraad.

Bedankt om dit discreet te behandelen.
Jelle""",
  rules=["sensitive"], cats=["psychosocial", "care"], about=["silke"], fmt="html", outlook=False,
  note="orthopedagoog tells teachers about one pupil's school refusal (initials + class) and CGG trajectory")

M("sara-gesprek-mama", "sensitive", S["katrien"], [f"Naima Boukhari <{par('sara')}>"],
  "Gesprek met Sara", "2025-01-22 17:50",
  """Beste mevrouw Boukhari,

Zoals ik u vanmiddag aan de telefoon zei, hebben mevrouw Bennani en ikzelf gisteren een lang gesprek gehad met
Sara. Ze vertelde ons dat ze zich al een hele tijd heel somber voelt, 's avonds veel huilt en dat ze soms denkt
dat het voor iedereen beter zou zijn als ze er niet meer was.

Ik wil benadrukken dat Sara heel moedig was om dit te vertellen. We hebben samen met haar afgesproken dat:
- ze elke dag bij mij mag binnenlopen, ook tijdens de les;
- we haar, met uw toestemming, aanmelden bij het CLB voor verdere begeleiding;
- u vandaag nog met haar huisarts contact opneemt.

Als u merkt dat het thuis niet goed gaat, kunt u ook altijd terecht bij de Zelfmoordlijn, dag en nacht.

Met warme groet,
Katrien Dewulf
leerlingenbegeleiding""",
  rules=["sensitive"], cats=["psychosocial"], about=["sara"],
  note="pupil counsellor tells a mother her daughter expressed suicidal thoughts, without the keyword")

M("elif-zwanger", "sensitive", S["joke"], [S["sofie"]], "vraagje (dringend)", "2025-03-11 12:31",
  """Sofie,

Kan ik je vandaag nog spreken? Elif (5D) was deze week al 3x misselijk in de les verzorging en vertelde me net
huilend dat ze zwanger is, denkt ze 10 weken. Ze durft het niet tegen haar ouders te zeggen, vooral niet tegen
haar vader. Ze vroeg of de school haar kan helpen met een afspraak bij de huisarts of het CAW.

Ik heb haar beloofd dat we het niet zomaar doorvertellen. Wat is de juiste weg hier?

Joke""",
  rules=["sensitive"], cats=["medical"], about=["elif"],
  note="teacher tells care coordinator a named pupil is pregnant and afraid to tell her parents")

M("bilal-mdo-verwaarlozing", "sensitive", S["sofie"], [CLB_ANKER], "MDO Bilal (4D) - voorbereiding",
  "2025-02-04 19:22",
  """Dag Ellen,

Ter voorbereiding van het MDO van donderdag, even op een rij wat wij de laatste weken zien bij Bilal (4D):

- komt bijna dagelijks zonder ontbijt en zonder boterhammen; hij eet wat de refter overhoudt
- zelfde kleren de hele week, ruikt niet fris, klasgenoten beginnen erover te lachen
- mama werkt nachten in een schoonmaakfirma en slaapt overdag; papa zit sinds de zomer in de gevangenis van Leuven-Centraal
- Bilal zorgt 's avonds alleen voor zijn zusje van 7

We hebben het gevoel dat het thuis niet meer lukt. Kan jij op het MDO ook bekijken of een melding bij het
VK of een aanmelding bij de intersectorale toegangspoort nodig is?

Tot donderdag,
Sofie
--
Sofie Claes - zorgcoördinator
Sint-Pieterscollege, campus TSO/BSO
tel. 016 35 21 86""",
  rules=["sensitive", "personal_data"], cats=["family", "care"], about=["bilal"], cte="base64",
  note="care coordinator prepares an MDO with CLB: signs of neglect, father in prison; signature phone number")

M("jonas-preventieve-schorsing", "sensitive", S["marc"], [f"Marleen Dierckx <{par('jonas')}>"],
  "Preventieve schorsing Jonas - bevestiging", "2025-05-13 16:05",
  "", fmt="html", cte="base64",
  html=OUTLOOK_HEAD + p("""Geachte mevrouw Dierckx,

Zoals telefonisch meegedeeld bevestig ik hierbij dat Jonas (3A) preventief geschorst wordt van woensdag 14 mei
tot en met vrijdag 16 mei.

Aanleiding is het incident van maandag in de werkplaats, waarbij Jonas een klasgenoot met een schroevendraaier
heeft bedreigd en daarna de leerkracht heeft uitgescholden. Het is niet de eerste keer dat zijn gedrag tot een
gevaarlijke situatie leidt; we verwijzen naar de gesprekken van februari en maart.

Tijdens de schorsing krijgt Jonas taken via Smartschool. U en Jonas worden op vrijdag 16 mei om 10 uur verwacht
voor een gesprek over het verdere verloop van het tuchtdossier. U hebt het recht om het dossier vooraf in te kijken.

Met vriendelijke groeten,

Marc Verlinden
directeur campus TSO/BSO""") + OUTLOOK_TAIL,
  rules=["sensitive"], cats=["psychosocial"], about=["jonas"],
  note="director confirms a preventive suspension to a mother because of her son's threatening behaviour")

M("lina-pleeggezin-bus", "sensitive", S["ingrid"], [BUS], "Wijziging ophaaladres leerling route 9",
  "2024-10-14 11:48",
  """Goedemorgen,

Vanaf maandag 21 oktober wijzigt het ophaaladres van Lina Vercammen (1C, route 9).

Nieuw adres: bij het pleeggezin Mertens, Oude Baan 112, 3210 Linden
Oud adres (mama, Tiensesteenweg Kessel-Lo): vervalt

Belangrijk voor de begeleider: Lina mag bij het afzetten ENKEL meegegeven worden aan het pleeggezin. Mama heeft
momenteel geen toestemming om Lina op te halen (beslissing jeugdrechter). Als mama aan de bus staat: Lina niet
laten uitstappen en mij meteen bellen.

Graag een bevestiging dat dit in de planning staat.

Ingrid Smets
vervoercoördinator Sint-Pieterscollege
GSM 0478 21 63 95""",
  rules=["sensitive", "personal_data"], cats=["family"], about=["lina"],
  note="transport coordinator tells the bus company a pupil now lives in a foster family and the mother may not pick her up")

M("lukusa-facture-classe-fr", "sensitive", S["luc"], [f"Jeanne Lukusa <{par('merveille')}>"],
  "Facture classes de neige - Merveille", "2025-03-18 10:02",
  """Madame Lukusa,

Je me permets de vous écrire au sujet de la facture des classes de neige de Merveille (2B). Le montant de
485 euros est toujours ouvert, malgré nos deux rappels de janvier et février.

Nous comprenons que ce montant est élevé. C'est pourquoi nous vous proposons un plan de paiement, par exemple
8 versements mensuels de 60 euros environ. Si vous recevez une aide du CPAS, nous pouvons aussi prendre contact
avec votre assistante sociale, avec votre accord.

Pouvez-vous me dire ce qui vous convient le mieux ? Vous pouvez aussi passer au secrétariat le mercredi matin.

Cordialement,
Luc Van Damme
comptabilité - Sint-Pieterscollege""",
  rules=["sensitive"], cats=["financial"], about=["merveille"], lang="fr", charset="windows-1252", cte="8bit",
  note="bookkeeper proposes a payment plan in French for a family's unpaid snow-class bill")

M("mdo-verslag-jarno", "sensitive", S["sofie"], [S["lies"], S["an"], S["pascale"]],
  "verslag overleg Jarno 4C", "2024-10-30 14:14",
  """Collega's,

Verslag van het overleg met de ouders van Jarno (4C) en Hanne (logo):

Diagnose: dyslexie en dyscalculie, attest van het revalidatiecentrum ontvangen (okt 2024).
Afgesproken maatregelen (STICORDI):
  - voorleessoftware (Kurzweil) bij alle toetsen met veel tekst
  - rekenmachine toegestaan, ook bij hoofdrekenen
  - 1/3 extra tijd of minder oefeningen
  - spelling niet meetellen bij vakken buiten Nederlands
  - toetsen in lettertype Arial 12, niet dubbelzijdig

Graag toepassen vanaf volgende week. Bij twijfel: even bij mij langskomen.

Sofie""",
  rules=["sensitive"], cats=["medical", "care"], about=["jarno"], charset="windows-1252", cte="8bit",
  note="care coordinator reports dyslexia/dyscalculia diagnosis and STICORDI measures of one pupil to colleagues")

M("fwd-ayoub-rilatine", "sensitive", S["yasmine"], [S["sofie"]], "TR: medicatie Ayoub", "2024-10-02 08:33",
  """Sofie, ter info. Mag ik hem die pil om 12u geven of moet dat via het secretariaat? Y.

-------- Message transféré --------
Sujet : medicatie Ayoub
Date : Tue, 1 Oct 2024 21:47:10 +0200
De : Fatiha Rahmouni <rahmouni.fatiha@gmail.com>
Pour : yasmine.bennani@sintpieterscollege.be

Goedenavond juf Yasmine

ik wil u laten weten dat Ayoub sinds vorige week Rilatine 10 mg neemt, de dokter van het ziekenhuis zegt voor
zijn ADHD. hij neemt s'morgens 1 en om 12u moet hij nog 1 nemen. Kan u hem daaraan herinneren alstublieft? Het
pilletje zit in zijn pennenzak. Als hij niet eet s'middags, wil u mij laten weten?

Dank u wel
Fatiha (mama van Ayoub 1D)""",
  rules=["sensitive"], cats=["medical"], about=["ayoub"], tags=["fwd-inline"],
  note="teacher forwards a mother's mail about her son's new ADHD medication to the care coordinator")

_clb_inner = dict(
    slug="clb-nora-inner", frm=CLB_ANKER, to=[S["sofie"]], subject="verslag Nora Haddouchi - advies",
    date="2025-03-05 16:20", fmt="plain", cte="quoted-printable",
    text="""Dag Sofie,

Hierbij mijn verslag na het onderzoek van Nora (1A).

Uit het intelligentieonderzoek (WISC-V) en de observaties blijkt dat Nora op heel wat domeinen een
ontwikkelingsachterstand heeft die niet opgevangen kan worden met redelijke aanpassingen in het gewoon
onderwijs. We adviseren een verslag voor het buitengewoon secundair onderwijs, OV3, type basisaanbod.
Mama is akkoord en wil graag dat Nora op jullie BuSO-campus kan blijven.

Ik plan een gesprek met mama op 12 maart om het verslag te overlopen.

Met vriendelijke groeten,
Ellen Maes
CLB-medewerker, anker Sint-Pieterscollege""",
    msgid="clb.nora.20250305")
M("fw-verslag-clb-nora", "sensitive", S["sofie"], [S["an"]], "FW: verslag Nora Haddouchi - advies",
  "2025-03-06 08:05",
  """An,

Zie het verslag van Ellen in bijlage, voor jou als titularis. Nog niet met de klas of met Nora zelf over
BuSO beginnen aub, mama wil het eerst zelf vertellen.

Sofie""",
  fwd_msg=_clb_inner, fwd_name="verslag Nora Haddouchi - advies.eml",
  rules=["sensitive"], cats=["care"], about=["nora"],
  note="care coordinator forwards (as attached message) CLB report advising redirection of a pupil to special education")

M("jamal-slaapt-in-klas", "sensitive", S["mehmet"], [S["sofie_k"]], "jamal", "2025-01-16 11:58",
  """fyi jamal (2A) zat vandaag weer te slapen op zijn bank. toen ik hem aansprak zei hij dat hij 's nachts op zijn broertjes moet letten want zijn mama ligt al 2 weken in het ziekenhuis en er is niemand anders. hij moet ze ook naar school brengen, vandaar dat hij altijd te laat is.
mehmet""",
  rules=["sensitive"], cats=["family"], about=["jamal"], cte="7bit",
  note="chat-like note: pupil looks after his siblings at night because his mother is in hospital")

_open_rows = [
    ["Leerling", "Klas", "Openstaand", "Status", "Opmerking"],
    ["Benali Anas", "1D", "312,40", "OCMW", "betaling eind januari"],
    ["Lukusa Merveille", "2B", "485,00", "geen reactie", "Franstalig, brief in FR sturen"],
    ["Kaya Emre", "3D", "226,10", "geen reactie", "2 herinneringen"],
    ["Stevens Bo", "5A", "610,00", "afbetalingsplan", "50 EUR/maand, loopt goed"],
    ["Ziani Omar", "4B", "240,00", "OCMW", "dossier ingediend"],
]
M("openstaande-rekeningen-zorg", "sensitive", S["luc"], [S["sofie"], S["greet"]],
  "overzicht openstaande schoolrekeningen > 200 euro", "2025-01-10 15:12",
  "Dag Sofie, Greet,\n\nZoals gevraagd voor het zorgoverleg: de gezinnen met meer dan 200 euro openstaand.\n\n"
  + "\n".join(" | ".join(r) for r in _open_rows) + "\n\nLaat maar weten bij welke gezinnen ik beter wacht met aanmanen.\nLuc",
  html=OUTLOOK_HEAD + p("Dag Sofie, Greet,\n\nZoals gevraagd voor het zorgoverleg: de gezinnen met meer dan 200 euro openstaand.\n")
  + html_table(_open_rows) + p("\nLaat maar weten bij welke gezinnen ik beter wacht met aanmanen.\nLuc") + OUTLOOK_TAIL,
  fmt="alt", rules=["sensitive"], cats=["financial"], about=["anas", "merveille", "emre", "bo", "omar"],
  note="bookkeeper's table of named families with unpaid bills, OCMW and payment plans, for the care meeting")

M("laura-stage-afwezig", "sensitive", S["tom"], ["Mentor WZC Ter Linde <stage@wzcterlinde.be>"],
  "Laura Janssen morgen afwezig", "2025-04-02 17:03",
  """Dag Martine,

Laura (6B) zal morgen niet op stage komen. Ze heeft 's ochtends een afspraak bij haar psychiater in het UPC
Kortenberg; ze wordt daar sinds de krokusvakantie gevolgd voor een eetstoornis. Ze probeert in de namiddag wel
te komen, als ze zich goed genoeg voelt.

Als het kan, wil je haar de komende weken ook wat minder in de keuken inzetten? Zij vindt dat momenteel heel zwaar.

Groeten,
Tom""",
  rules=["sensitive"], cats=["medical", "psychosocial"], about=["laura"],
  note="stage coordinator tells the external mentor about a pupil's psychiatric follow-up for an eating disorder")

M("re-adam-depressie", "sensitive", S["katrien"], [f"<{par('adam')}>"], "Re: adam", "2024-11-19 08:20",
  """Beste meneer El Idrissi,

Bedankt om ons te verwittigen. Heel goed dat Adam bij de dokter is geweest. Hij mag deze week rustig thuis
blijven, het doktersbriefje mag u later via Adam meegeven.

Als Adam terugkomt, zal ik hem maandag om 8u15 even opvangen bij mij. We kunnen dan samen kijken hoe we de
toetsen van deze week spreiden. Voelt u zich vrij om mij te bellen als het thuis moeilijk gaat.

Met vriendelijke groeten,
Katrien Dewulf

Op ma 18 nov. 2024 om 22:13 schreef Mustapha El Idrissi <elidrissi.mustapha@gmail.com>:
> Salam mevrouw
>
> mijn zoon Adam hij is niet goed, hij eet niet en hij wil niet uit bed komen. dokter zegt hij heeft
> depressie en hij krijgt medicament. hij mag niet naar school deze week zegt dokter.
> wij weten niet goed wat doen, hij zegt niks tegen ons. Kan school helpen?
>
> dank u
> El Idrissi Mustapha (papa van Adam 3D)""",
  rules=["sensitive"], cats=["medical", "psychosocial"], about=["adam"], tags=["reply"],
  reply_to_id="CAF7x9Elidrissi@mail.gmail.com",
  note="counsellor replies to a father whose quoted mail says his son has depression and medication")

M("febe-mama-overleden-personeel", "sensitive", S["greet"], [S["directie"]],
  "Droevig nieuws - Febe (2B)", "2025-05-05 07:30",
  """Beste collega's,

Met veel verdriet laat ik jullie weten dat de mama van Febe Cools (2B) zaterdag is overleden, na een lange
ziekte. Febe blijft deze week thuis bij haar papa en haar broer.

We vragen iedereen om Febe bij haar terugkeer op een rustige manier op te vangen. Katrien bereidt met de klas
een kaartje voor. De afscheidsplechtigheid vindt plaats op zaterdag 10 mei om 10.30 uur in de
Sint-Pieterskerk van Kessel-Lo; wie wil, is welkom.

Greet""",
  bcc=[f"personeel@{D}"], rules=["sensitive"], cats=["family"], about=["febe"],
  note="director tells all staff (group in Bcc) that a named pupil's mother died")

M("robbe-stotteren-scheiding", "sensitive", S["hanne"], [S["sofie"]], "Robbe T.", "2025-02-26 13:40",
  """Hoi Sofie,

Ik wou even melden dat het stotteren van Robbe (1A) de laatste weken fel verergerd is. Hij blokkeert nu ook bij
korte woorden en durft in de klas niets meer te zeggen. Volgens hem is het begonnen toen papa in januari is
verhuisd en de ouders "met advocaten bezig zijn". Hij is heel bang dat hij bij papa zal moeten gaan wonen.

Ik zou hem graag een extra sessie per week geven. Kunnen we daar een uur voor vrijmaken?

Hanne""",
  rules=["sensitive"], cats=["medical", "family"], about=["robbe"],
  note="speech therapist links a pupil's worsening stutter to the parents' separation")

M("kenzo-van-thuis-hotmail", "sensitive", "Lies Coppens <liescoppens@hotmail.com>", [S["lies"].replace("Lies Coppens", "Lies Coppens"), S["mehmet"]],
  "klassenraad morgen - Kenzo", "2024-12-09 21:34",
  """Hey Mehmet (en naar mezelf op het werk),

Stuur het van thuis want Smartschool doet raar. Voor de klassenraad morgen over Kenzo Dehaes (3B):
zijn ouders hebben nog altijd een afbetalingsplan lopen voor vorig jaar, dus de extra kosten voor de reis naar
Parijs kunnen ze niet betalen. En hij neemt sinds oktober geen medicatie meer voor zijn ADHD (mama vond de
bijwerkingen te erg), vandaar dat het in de les zo moeilijk gaat.

Tot morgen
Lies""",
  mail_from="liescoppens@hotmail.com",
  rules=["sensitive", "private_account"], cats=["financial", "medical"], about=["kenzo"],
  note="teacher writes school business from her private hotmail: family payment plan and ADHD medication stopped")

M("amira-trauma-en", "sensitive", S["sofie"], ["Filip Declercq <f.declercq@voogdijdienst.be>"],
  "Amira Al-Hassan (3B) - wellbeing at school", "2024-11-06 14:44",
  """Dear Mr Declercq,

As Amira's guardian I want to keep you informed about how she is doing at school.

Amira is a kind and hard-working girl and her Dutch is improving fast. However, her teachers notice that she is
often exhausted. She told our counsellor that she has nightmares almost every night about the boat crossing and
about her brother, who she has not heard from since they were separated in Libya. Loud noises (a door slamming,
the fire alarm test last week) make her panic and hide under her desk.

We think she would benefit from trauma-focused support. Could you look into a referral (for example Solentra)?
We are happy to adapt her schedule for weekly sessions.

Best regards,
Sofie Claes
Care coordinator, Sint-Pieterscollege""",
  rules=["sensitive"], cats=["psychosocial", "family"], about=["amira"], lang="en", fmt="alt", outlook=False,
  note="care coordinator writes to an unaccompanied minor's guardian about trauma symptoms, in English")

_zorg2c = """Leerling;Maatregel;Reden
Grâce Kabongo;logo 2x/week, visuele instructies;dysphasie (vermoeden, CLB-arts volgt op)
Lore De Wit;vaste plaats vooraan, koptelefoon;ASS, gediagnosticeerd 2023
Milan Pauwels;geen;-
Yasmina Bakkouri;extra tijd, vergroot lettertype;slechtziend (netvliesaandoening)
Thor Vleugels;mag klas verlaten bij paniek (time-out kaart);angststoornis, volgt therapie
Dries Vermeersch;geen;-
"""
M("zorgoverzicht-2c-csv", "sensitive", S["sofie"], [S["wim"], S["koen"]], "zorgoverzicht 2C", "2024-09-12 12:10",
  """Wim, Koen,

Jullie hebben 2C voor het eerst dit jaar, hierbij het zorgoverzicht van de klas (export uit het LVS). Niet
uitprinten en laten rondslingeren aub :-)

Sofie""",
  atts=[("zorgoverzicht_2C.csv", "text/csv; charset=utf-8", _zorg2c)],
  rules=["sensitive"], cats=["medical", "care", "psychosocial"], about=["grace", "lore", "yasmina", "thor", "milan", "dries"],
  note="care overview of class 2C as .csv attachment: diagnoses and measures per named pupil")

M("wout-notenallergie", "sensitive", S["sofie"], [f"Els Luyten <{par('wout')}>"], "Wout - allergie en refter",
  "2024-09-03 16:22",
  """Beste mevrouw Luyten,

Bedankt voor het attest van de allergoloog. We hebben genoteerd dat Wout een ernstige allergie heeft voor
noten en pinda's, met risico op een anafylactische reactie.

Concreet:
- de keuken is verwittigd, Wout krijgt een aangepast middagmaal zonder noten;
- de EpiPen die u meegaf ligt in de EHBO-kast van het secretariaat, een tweede zit in zijn boekentas;
- zijn leerkrachten van 1B en de leerkracht voeding kregen een fiche met de noodprocedure.

Mocht er iets veranderen aan zijn behandeling, laat het ons weten.

Met vriendelijke groeten,
Sofie Claes
zorgcoördinator""",
  rules=["sensitive"], cats=["medical"], about=["wout"], cte="base64",
  note="care coordinator confirms to a mother the measures for her son's severe nut allergy")

M("re-mats-bij-papa", "sensitive", S["katrien"], [S["marc"]], "Re: Mats Celis ophalen?", "2025-03-27 12:03",
  """Ja, Mats zit sinds gisteren bij zijn papa. De jeugdrechter heeft mama het contact tijdelijk ontzegd tot de
zitting in mei. Als mama aan de poort staat: niet meegeven, directie bellen. Kopie van het vonnis ligt bij Nadia.
K.

> Van: Marc Verlinden
> Verzonden: donderdag 27 maart 2025 11:40
> Onderwerp: Mats Celis ophalen?
>
> Katrien, de mama van Mats (4A) belde net dat ze hem om 15u komt ophalen. Klopt dat?""",
  rules=["sensitive"], cats=["family"], about=["mats"], tags=["reply"],
  note="short reply: youth judge suspended the mother's contact, pupil now lives with father")

M("mauro-tekeningen", "sensitive", S["an"], [S["jelle"]], "tekeningen Mauro", "2025-04-28 16:48",
  """Jelle,

Kan je eens kijken naar de tekeningen van Mauro (1D) die ik in je bakje heb gelegd? Bij de opdracht "mijn
weekend" tekent hij voor de derde keer zijn stiefvader met een riem in de hand en zichzelf onder het bed. Vandaag
had hij ook blauwe plekken op zijn bovenarm, hij zei dat hij van de fiets gevallen was.

Ik maak me echt zorgen. Moeten we dit melden? Ik wil geen fouten maken.

An""",
  rules=["sensitive"], cats=["family"], about=["mauro"],
  note="teacher shares suspicion of domestic violence by a named pupil's stepfather")

M("yildiz-schooltoelage", "sensitive", S["nadia"], [S["luc"]], "familie Yildiz (Berkay 3C)", "2024-11-21 09:12",
  """Hoi Luc,

Mevrouw Yildiz is langs geweest. Hun schooltoelage is geweigerd omdat het inkomen van 2022 te hoog was, maar
meneer is sindsdien ziek thuis en ze leven nu van een uitkering. Ze hebben bezwaar aangetekend bij het
Groeipakket. Kunnen we de factuur van Berkay ondertussen uitstellen tot er een beslissing is?
Ze was echt aangedaan, het gaat financieel heel slecht.

Nadia""",
  rules=["sensitive"], cats=["financial"], about=["berkay"],
  note="secretary asks to postpone a family's invoice: school allowance refused, father ill, living on benefits")

M("vincent-alcohol-stage", "sensitive", S["tom"], [S["greet"], S["jelle"]], "melding WZC Ter Linde - Vincent",
  "2025-03-13 15:30",
  """Greet, Jelle,

Ik werd net gebeld door de mentor van WZC Ter Linde. Vincent (6C, OV3) rook vanochtend bij aankomst weer naar
alcohol, het is de tweede keer deze maand. Ze hebben hem naar huis gestuurd.

Ik heb Vincent aan de telefoon gehad. Hij zegt dat zijn vader elke avond drinkt en dat er thuis dan veel ruzie
is, dat hij daarom 's nachts bij vrienden rondhangt. Hij klonk eerlijk gezegd niet goed.

Ik stel voor dat we hem morgen samen zien voor we beslissen over de stage.

Tom Hermans
stagecoördinator
0476 58 12 90""",
  rules=["sensitive", "personal_data"], cats=["psychosocial", "family"], about=["vincent"],
  note="stage coordinator reports a pupil arriving drunk at his placement and his father's drinking at home; phone in signature")

M("ruben-handelingsplan-ass", "sensitive", S["sofie"], [f"Veerle Claessens <{par('ruben')}>"],
  "Afspraken voor Ruben", "2024-10-09 18:45",
  """Beste mevrouw Claessens,

Fijn dat we gisteren zo'n constructief gesprek konden hebben. Hieronder zet ik de afspraken voor Ruben nog eens op
papier, zodat ook zijn leerkrachten ze kunnen toepassen.

Omdat Ruben door zijn autismespectrumstoornis veel houvast nodig heeft aan vaste routines, bieden we hem aan:
1. een dagschema met pictogrammen op zijn bank (wordt elke ochtend overlopen met de opvoeder);
2. een prikkelarme werkplek in de hoek van het praktijklokaal;
3. een vaste "rustplek" (lokaal B.014) die hij mag gebruiken met zijn time-out kaart;
4. bij uitstappen: vooraf een fotoverhaal van de plek die we bezoeken.

We evalueren dit op het volgende overleg, begin december. U mag altijd eerder contact opnemen.

Met vriendelijke groeten,

Sofie Claes
zorgcoördinator
T 016 35 21 86""",
  rules=["sensitive", "personal_data"], cats=["care", "medical"], about=["ruben"], fmt="alt", outlook=True,
  note="care coordinator lists care measures for a pupil with autism to his mother; room number and signature phone")

M("re-verontrusting-dina", "sensitive", S["greet"], [CLB_ANKER], "Re: Verontrusting Dina 6C", "2025-01-30 18:20",
  """Ellen,

Update: de politie heeft ons vanmiddag gebeld. Dina en haar mama zijn gisteren opgenomen in een vluchthuis,
na een nieuwe gewelddadige ruzie thuis. Het adres is uiteraard geheim. Dina komt voorlopig niet naar school; ze
krijgt lesmateriaal via Smartschool. Papa mag NIETS te weten komen over waar ze verblijft, ook niet via ons.

Ik heb het secretariaat gevraagd om geen documenten meer naar het thuisadres te sturen.

Greet

Op 28-01-2025 om 10:02 schreef Ellen Maes:
> Greet, ik heb de verontrusting rond Dina doorgegeven aan het ondersteuningscentrum. Houd me op de hoogte.
> Ellen""",
  rules=["sensitive"], cats=["family"], about=["dina"], tags=["reply"], reply_to_id="clb.dina.20250128@clb-leuven.be",
  note="director tells CLB that a pupil and her mother fled to a shelter after domestic violence")

M("junior-attestation-fr", "sensitive", S["jelle"], [f"Esther Mbuyi <{par('junior')}>"],
  "Re: attestation pour Junior", "2025-02-12 12:25",
  """Madame Mbuyi,

Nous avons bien reçu l'attestation du pédopsychiatre pour Junior. Merci beaucoup.

Comme convenu, à partir de lundi, Junior pourra quitter la classe quand il sent monter la colère : il montre sa
carte à l'enseignant et va au local de M. Vervloet pendant 10 minutes maximum. Nous allons aussi continuer les
séances d'entraînement aux habiletés sociales le jeudi.

Les bagarres de janvier ont été discutées avec lui; il a lui-même proposé de s'excuser auprès de Mehdi.

Bien cordialement,
Jelle De Smedt, orthopédagogue

Le mar. 11 févr. 2025 à 19:40, Esther Mbuyi <mbuyi.esther@gmail.com> a écrit :
> Bonsoir Monsieur,
> voici l'attestation du docteur pour Junior, pour sa colère. Il prend maintenant le Risperdal le soir.
> Merci de me dire si ça va mieux en classe.
> Esther Mbuyi""",
  rules=["sensitive"], cats=["care", "psychosocial", "medical"], about=["junior"], lang="fr", tags=["reply"],
  reply_to_id="CAMbuyi0211@mail.gmail.com",
  note="orthopedagoog replies in French about anger-management measures; quoted mother mentions antipsychotic medication")

M("omar-meerdaagse", "sensitive", S["marc"], [S["luc"]], "Re: Omar Ziani - Ardennen", "2025-04-08 10:40",
  """Luc,

Nee, Omar gaat gewoon mee naar de Ardennen. We laten een kind nooit thuis omdat er een rekening openstaat. Het
OCMW heeft het dossier van de familie Ziani goedgekeurd, de 240 euro komt in mei. Tot dan niet meer aanmanen aub.

Marc

-----Oorspronkelijk bericht-----
Van: Luc Van Damme
Verzonden: dinsdag 8 april 2025 09:12
Aan: Marc Verlinden
Onderwerp: Omar Ziani - Ardennen

Marc, Omar uit 4B staat op de lijst voor de Ardennen maar de ouders hebben nog 240 euro open van het 1e en
2e trimester. Wat doen we?""",
  rules=["sensitive"], cats=["financial"], about=["omar"], tags=["reply"], mailer="Microsoft Outlook 16.0",
  note="director replies that a pupil joins the trip; family's unpaid bills will be paid by the OCMW")

M("lukas-middagmaal", "sensitive", S["sarah"], [S["sofie"]], "refter", "2025-02-18 13:35",
  """Sofie,

Lukas K. uit 2A eet al drie weken niet meer mee in de refter en heeft ook geen boterhammen bij. Toen ik vroeg
waarom, zei hij dat zijn mama gezegd heeft dat de warme maaltijden te duur zijn nu ze haar werk kwijt is. Hij
zit gewoon op de speelplaats te wachten.

Kunnen we iets regelen via het sociaal fonds? Ik wil hem niet voor schut zetten.

Sarah""",
  rules=["sensitive"], cats=["financial"], about=["lukas"],
  note="educator reports a pupil skips lunch because his mother lost her job and cannot pay")

M("tuur-verslag-beide-ouders", "sensitive", S["sofie"],
  [f"Sien Beckers <{par('tuur')}>"], "Verslag overleg Tuur - extra ondersteuning rekenen",
  "2025-01-23 15:58",
  """Beste mevrouw Beckers, beste meneer Beckers,

Omdat u beiden het verslag wenste te ontvangen, stuur ik het naar u allebei.

Na het overleg van maandag bevestig ik de afspraken voor Tuur (1C):
- Het attest dyscalculie van het revalidatiecentrum is opgenomen in zijn dossier.
- Tuur krijgt vanaf februari 1 uur per week remediëring wiskunde bij mevrouw Moens.
- Bij toetsen mag hij een rekenkaart en rekenmachine gebruiken.
- Het CLB volgt mee op; evaluatie op de klassenraad van maart.

Met vriendelijke groeten,
Sofie Claes
zorgcoördinator""",
  cc=[f"Wouter Beckers <{par('tuur', 2)}>"], rules=["sensitive", "bcc"], cats=["care", "medical"], about=["tuur"],
  note="care report to both separated parents, two external addresses visible in To and Cc")

# ===========================================================================
# B. PERSONAL BUT NOT SENSITIVE
# ===========================================================================

M("ibrahim-eerste-las", "personal", S["wim"], [f"<{par('ibrahim')}>"], "Proficiat Ibrahim!", "2024-10-18 15:31",
  """Beste mevrouw Şahin,

Ik wou u even laten weten dat Ibrahim vandaag in de werkplaats zijn eerste volledige laslijn (MIG, hoeknaad)
heeft gelegd, en eerlijk: die was beter dan die van sommige zesdejaars. Hij werkt rustig, veilig en vraagt
hulp als hij twijfelt. Daar mag hij trots op zijn.

Vriendelijke groeten,
Wim Jacobs
leraar elektriciteit/lassen 5C""",
  about=["ibrahim"], note="teacher praises a pupil's welding work to his mother")

M("femke-turnzak", "personal", S["kevin"], [f"Kim Huybrechts <{par('femke')}>"], "turnzak Femke", "2024-11-07 12:20",
  """Dag mevrouw Huybrechts,

Femke had deze week voor de tweede keer haar turnzak niet bij. Ze heeft vandaag mee de les gevolgd in haar
gewone kleren, maar dat is niet zo handig bij het circuit op de brug. Wilt u er samen met haar op letten dat de
zak op dinsdag en donderdag in de boekentas zit?

Sportieve groeten,
Kevin Mertens
LO""",
  about=["femke"], cte="7bit", note="PE teacher reminds a mother about a forgotten gym bag")

M("arne-inhaaltoets", "personal", S["mehmet"], [f"Patrick Gielen <{par('arne')}>"], "inhaaltoets wiskunde Arne",
  "2025-03-03 18:02",
  """Dag meneer Gielen,

Arne heeft vrijdag de toets goniometrie gemist omdat hij met de school meedeed aan de provinciale finale
zwemmen (proficiat trouwens met die tweede plaats!). Hij kan de toets inhalen op donderdag 6 maart tijdens het
8e lesuur in lokaal A.112. De leerstof is dezelfde: hoofdstuk 4, oefeningen 1 tot 23.

Mvg
Mehmet Yilmaz""",
  about=["arne"], note="maths teacher plans a retake because the pupil was at a swimming final")

M("louise-nieuwe-halte", "personal", S["ingrid"], [f"Gert Vandeput <{par('louise')}>"], "Nieuwe opstapplaats Louise - route 7",
  "2025-02-26 10:10",
  """Beste meneer Vandeput,

Door de werken aan de Diestsesteenweg kan de bus van route 7 vanaf maandag 3 maart niet meer stoppen aan uw
deur. Louise wordt vanaf dan opgehaald aan de hoek Kortrijksestraat / Diestsesteenweg, aan de bushalte van De Lijn.

Nieuw ophaaluur: 7u32 (in plaats van 7u35). 's Avonds wordt ze op dezelfde plaats afgezet rond 16u50.
De werken duren normaal tot eind april.

Met vriendelijke groeten,
Ingrid Smets
vervoercoördinator""",
  about=["louise"], cte="base64", note="transport coordinator tells a father about a temporary bus stop change")

M("sander-tussentijdse-evaluatie", "personal", S["tom"], [f"Ann Verstraete <{par('sander')}>"],
  "Tussentijdse evaluatie stage Sander", "2025-03-21 16:12",
  """Beste mevrouw Verstraete,

Ik ben deze week langs geweest bij Bakkerij Van Roey voor het tussentijdse gesprek over de stage van Sander.

Kort samengevat:
+ Sander is elke dag stipt op tijd (en dat om 5u!), is beleefd tegen klanten en werkt hygiënisch.
+ Hij kan zelfstandig het deeg voor de boterkoeken afwegen en kneden.
- Zijn werktempo mag nog omhoog, vooral bij het opmaken van de vitrine.
- Hij vraagt nog te weinig zelf wat hij mag doen als hij klaar is.

Al bij al een heel positieve evaluatie. De eindevaluatie volgt op 4 april.

Vriendelijke groeten,
Tom Hermans
stagecoördinator""",
  about=["sander"], note="ordinary interim internship evaluation sent to a mother", fmt="alt", outlook=True)

M("yara-technopolis", "personal", S["els"], [f"Stijn Mahieu <{par('yara')}>"], "strookje Technopolis", "2025-01-28 09:03",
  """Dag meneer Mahieu,

Van Yara heb ik nog geen toestemmingsstrookje terug voor de uitstap naar Technopolis op 4 februari. Mag ze mee?
U mag gerust gewoon op deze mail antwoorden met "ja", dan is het in orde. De kosten (12 euro) komen op de
schoolrekening.

Groetjes,
Els Vandenbussche
titularis 1B""",
  about=["yara"], cte="7bit", note="class teacher asks a father for excursion permission")

M("milan-jas-refter", "personal", S["sarah"], [f"<{par('milan')}>"], "blauwe jas", "2024-12-12 14:50",
  """Dag,

Er hangt sinds vorige week een donkerblauwe winterjas (maat 164, merk Jack & Jones) aan de kapstok in de refter
met in de kraag "MILAN P." geschreven. Is die van uw zoon? Hij kan hem komen halen bij de opvoeders, lokaal B.002.

Sarah Bogaerts
opvoedster""",
  about=["milan"], note="educator reports a lost jacket with the pupil's name")

M("kato-gevallen-speelplaats", "personal", S["sarah"], [f"Lien Ceulemans <{par('kato')}>"], "Kato even gevallen",
  "2024-10-01 13:25",
  """Dag mevrouw Ceulemans,

Even ter info: Kato is tijdens de middagpauze gestruikeld bij het tikkertje spelen op de speelplaats en heeft
een geschaafde knie. We hebben de wonde uitgespoeld, ontsmet en er een pleister op gekleefd. Ze heeft even
gehuild maar speelde daarna gewoon verder. Niets ernstigs dus, maar u ziet straks misschien een groot verband.

Vriendelijke groet,
Sarah Bogaerts
opvoedster - 016 35 21 82""",
  rules=["personal_data"], about=["kato"], note="first aid plaster after a fall at play, ordinary; phone number in signature")

M("senne-16-taart", "personal", S["lies"], [S["fatima"]], "Senne morgen jarig", "2025-01-15 19:40",
  """Hoi Fatima,

Senne uit 4C wordt morgen 16. De klas wil in jouw les PAV (3e uur) even een taart binnenbrengen en zingen.
Is dat ok voor jou? Het duurt maximum 10 minuutjes, beloofd.

Lies""",
  about=["senne"], cte="7bit", note="colleague asks to celebrate a pupil's birthday in class")

M("ella-presentation-en", "personal", S["stijn"], [f"Rachel Thompson <{par('ella')}>"], "Ella's project presentation",
  "2025-05-22 17:20",
  """Dear Ms Thompson,

I just wanted to let you know that Ella did a great job today presenting her group project on renewable energy.
She explained the solar panel model very clearly, in Dutch, and answered all the questions from the jury.
She got 17/20. You can be very proud of her!

Kind regards,
Stijn Aerts
Technology teacher""",
  about=["ella"], lang="en", cte="7bit", note="teacher praises a pupil's project presentation to an English-speaking mother")

M("nathan-livre-fr", "personal", S["pascale"], [f"Céline Dubois <{par('nathan')}>"], "Nathan - matériel de français",
  "2024-10-24 16:35",
  """Madame Dubois,

Nathan a oublié son livre et son cahier de français trois fois ce mois-ci. Ce n'est pas grave, mais c'est
difficile pour lui de suivre les exercices. Pourriez-vous vérifier avec lui son cartable le lundi et le jeudi
soir ? Merci beaucoup !

Bien à vous,
Pascale Lenoir
professeur de français""",
  about=["nathan"], lang="fr", charset="windows-1252", cte="quoted-printable",
  note="French teacher asks a mother to check her son brings his French book")

M("wannes-oudercontact", "personal", S["secr"], [f"<{par('wannes')}>"], "Bevestiging oudercontact Wannes Geerts (2B)",
  "2024-11-25 10:00",
  """Beste ouder,

Hierbij bevestigen we uw afspraak voor het oudercontact van donderdag 28 november:

Leerling: Wannes Geerts (2B)
18u20 - klastitularis mevr. Van Acker - lokaal C.105
18u40 - dhr. Yilmaz (wiskunde) - lokaal A.112

Kunt u niet komen? Laat het ons zo snel mogelijk weten via dit adres.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege""",
  about=["wannes"], fmt="html", outlook=False, note="secretariat confirms a parent-teacher meeting slot")

M("ryan-te-laat-bus", "personal", S["katrien"], [f"Kelly Van Lommel <{par('ryan')}>"], "Ryan te laat", "2025-01-20 09:15",
  """Beste mevrouw Van Lommel,

Ryan was deze week drie keer een kwartiertje te laat. Hij vertelde dat lijn 2 van De Lijn de laatste tijd veel
vertraging heeft door de werken in Leuven. Dat is natuurlijk niet zijn schuld. Wilt u in dat geval wel altijd een
berichtje sturen via Smartschool, dan wordt het niet als onwettig genoteerd?

Vriendelijke groeten,
Katrien Dewulf""",
  about=["ryan"], note="counsellor notes a pupil arrives late due to bus delays, ordinary")

M("brent-stageperiode", "personal", S["tom"], ["Werkplaats Garage Tielemans <werkplaats@garagetielemans.be>"],
  "bevestiging stageperiode Brent Vandersmissen", "2025-02-28 11:45",
  """Dag Geert,

Hierbij bevestig ik de tweede stageperiode van Brent Vandersmissen (6A):

- van maandag 17 maart tot en met vrijdag 28 maart
- werkuren 8u00 - 16u30, middagpauze 30 min
- Brent brengt zijn eigen werkkledij en veiligheidsschoenen mee
- bezoek stagebegeleider: woensdag 26 maart in de namiddag
- voor jullie verzekering: Brent is geboren op 11/05/2006

De stageovereenkomst is door Brent en zijn ouders ondertekend, jullie exemplaar komt met de post.

Groeten,
Tom Hermans""",
  rules=["personal_data"], about=["brent"], cte="7bit",
  note="stage coordinator confirms an internship period to the employer, with the pupil's date of birth for insurance")

M("aya-gsm-gevonden", "personal", S["jan"], [f"<{par('aya')}>"], "gsm gevonden", "2025-05-16 16:20",
  """Goeiemiddag,

In lokaal D.204 hebben we na de les een gsm gevonden met een roze hoesje en een sticker "AYA" op de achterkant.
Volgens de klaslijst is dat misschien van uw dochter (4D). Hij ligt veilig in de kluis van het onthaal, ze kan hem
maandag om 8u komen halen.

Jan Willems
technisch adviseur""",
  about=["aya"], note="caretaker reports a found phone probably belonging to a pupil")

M("lars-rapport-handtekening", "personal", S["eva"], [f"Bart Schoofs <{par('lars')}>"], "rapport Lars", "2024-12-20 08:30",
  """Dag meneer Schoofs,

Ik heb het rapport van Lars (3A) nog niet ondertekend terug ontvangen. Wilt u het na de vakantie meegeven? Als
het rapport zoek is, kan u ook via Smartschool bij "Skore" bevestigen dat u het gelezen hebt.

Fijne feestdagen!
Eva Moens""",
  about=["lars"], note="teacher reminds a father to sign the report card")

M("noor-foto-website", "personal", S["an"], [f"Saïd El Ouardi <{par('noor')}>"], "foto voor de website",
  "2025-04-03 12:12",
  """Beste meneer El Ouardi,

Tijdens de sportdag hebben we een mooie foto gemaakt van Noor die samen met twee vriendinnen de estafette wint.
Op de inschrijving staat dat u nog geen toestemming gaf voor foto's op de website. Mogen we deze ene foto toch
gebruiken voor het verslag op de website? Zonder uw akkoord gebruiken we hem uiteraard niet.

Met vriendelijke groeten,
An Devos""",
  about=["noor"], cte="base64", note="teacher asks a father's permission to publish one sports day photo")

M("jade-geslaagd-kapper", "personal", S["nele"], [f"Nancy Vansteenkiste <{par('jade')}>"], "Proficiat!",
  "2025-06-20 14:02",
  """Dag mevrouw Vansteenkiste,

De deliberatie is net afgelopen en ik mocht het u als eerste laten weten: Jade is geslaagd voor haar
kwalificatie kapper-stylist! Haar eindproef (opsteekkapsel + kleuring) was een van de beste van de groep.

De diploma-uitreiking is op vrijdag 27 juni om 19 uur in de grote zaal. U bent van harte welkom.

Met veel trots,
Nele Baeten
praktijkleerkracht haarzorg""",
  about=["jade"], fmt="alt", outlook=False, note="practical teacher congratulates a mother on her daughter's qualification")

M("bas-zwemgerief", "personal", S["ward"], [f"Jef Lenaerts <{par('bas')}>"], "zwemmen verplaatst + badmuts",
  "2024-09-24 10:48",
  """Dag meneer Lenaerts,

Vanaf volgende week gaat 1D op woensdag zwemmen in plaats van op maandag (het zwembad van Kessel-Lo is op maandag
gesloten voor onderhoud). Bas mag zijn zwemgerief dus op woensdag meebrengen. Hij had vandaag ook geen badmuts
bij; in het zwembad is die verplicht. Er zijn er te koop aan 2 euro op het secretariaat.

Groetjes,
Ward Michiels
LO BuSO""",
  about=["bas"], cte="7bit", note="PE teacher tells a father about a swimming day change and missing swim cap")

M("marie-betaling-ontvangen", "personal", S["luc"], [f"<{par('marie')}>"], "betaling Ardennen ontvangen",
  "2025-03-12 09:40",
  """Beste ouder,

We hebben uw betaling van 185 euro voor de meerdaagse naar de Ardennen van Marie Gijsbrechts (4A) goed ontvangen.
Alles is dus in orde. Praktische info over het vertrek volgt via Smartschool.

Met vriendelijke groeten,
Luc Van Damme
boekhouding""",
  about=["marie"], cte="7bit", note="bookkeeper confirms a trip payment was received, no problem")

M("re-dries-trouw", "personal", S["joke"], [f"Lies Vermeersch <{par('dries')}>"], "Re: vrijdag vroeger weg",
  "2025-05-28 20:05",
  """Dag mevrouw Vermeersch,

Geen probleem, Dries mag vrijdag om 14u25 vertrekken. Ik geef het door aan het secretariaat. Veel plezier op
het trouwfeest!

Joke Van Acker

Op wo 28 mei 2025 om 19:31 schreef Lies Vermeersch <vermeersch.lies@gmail.com>:
> Dag juf, mag Dries vrijdag wat vroeger weg? Zijn tante trouwt en we moeten om 15u in Mechelen zijn.
> Groetjes, Lies""",
  about=["dries"], tags=["reply"], reply_to_id="CAVermeersch0528@mail.gmail.com",
  note="teacher allows a pupil to leave early for an aunt's wedding")

M("lowie-brooddoos-bus", "personal", S["hilde"], [f"Eva Coenen <{par('lowie')}>"], "brooddoos", "2025-02-05 16:58",
  """Dag mama van Lowie,

Lowie heeft zijn brooddoos (groen, met dinosaurussen) op de bus laten liggen. Ik neem hem morgen terug mee op
route 3, dan geef ik hem aan Lowie bij het opstappen.

Groetjes,
Hilde (busbegeleidster route 3)""",
  about=["lowie"], cte="7bit", note="bus escort returns a lunch box forgotten on the bus")

M("maxim-projectgroep", "personal", S["koen"], [S["wim"]], "Maxim in jouw groep?", "2024-11-04 12:44",
  """Wim,

Mag Maxim (3B) voor het project "domotica" bij jouw groep aansluiten? Hij is bij mij al klaar met de
basisschakelingen en verveelt zich een beetje. Hij is echt goed met elektriciteit, die jongen.

Koen""",
  about=["maxim"], cte="7bit", note="colleague asks to move a capable pupil to another project group")

_jolien_rows = [
    ["Criterium", "Score", "Commentaar mentor"],
    ["Stiptheid", "A", "altijd op tijd"],
    ["Omgang met bewoners", "A", "warm, geduldig, neemt tijd"],
    ["Hygiëne", "B", "handen ontsmetten tussen kamers nog vergeten"],
    ["Zelfstandigheid", "B", "vraagt nog vaak bevestiging"],
    ["Teamwerk", "A", "-"],
]
M("jolien-stage-eindevaluatie", "personal", S["tom"], [f"Martine Dockx <{par('jolien')}>"],
  "Eindevaluatie stage Jolien (WZC Ter Linde)", "2025-05-09 15:15",
  "Beste mevrouw Dockx,\n\nHieronder de eindevaluatie van de stage van Jolien in WZC Ter Linde.\n\n"
  + "\n".join(" - ".join(r) for r in _jolien_rows)
  + "\n\nEindcijfer stage: 16/20. Proficiat aan Jolien!\n\nTom Hermans\nstagecoördinator",
  html=OUTLOOK_HEAD + p("Beste mevrouw Dockx,\n\nHieronder de eindevaluatie van de stage van Jolien in WZC Ter Linde.\n")
  + html_table(_jolien_rows) + p("\nEindcijfer stage: 16/20. Proficiat aan Jolien!\n\nTom Hermans\nstagecoördinator") + OUTLOOK_TAIL,
  fmt="alt", about=["jolien"], note="ordinary end-of-internship evaluation table sent to a mother")

M("sofia-pav-taak", "personal", S["fatima"], [f"Sofia Moreira <{pupil_mail('sofia')}>"], "je PAV-taak",
  "2025-04-11 17:27",
  """Hoi Sofia,

Je taak over je budget op kot is goed toegekomen. Mooi werk! Je krijgt 14/20. Vooral je tabel met vaste kosten
was heel duidelijk. Volgende keer nog wat meer uitleg bij je besluit.

Fijne paasvakantie!
mevr. Ouali""",
  about=["sofia"], cte="7bit", note="teacher gives a pupil feedback and a mark on her assignment")

M("rayan-leerlingenkaart", "personal", S["rita"], [f"Nadia Chaouki <{par('rayan')}>"], "nieuwe leerlingenkaart",
  "2024-10-10 11:05",
  """Beste mevrouw Chaouki,

Rayan (2A) is zijn leerlingenkaart kwijt. Een nieuwe kaart kost 5 euro, dit komt op de volgende schoolrekening.
Hij kan de kaart vanaf maandag afhalen op het secretariaat. Tot dan mag hij met een tijdelijk papiertje
naar de refter.

Vriendelijke groeten,
Rita Janssens
secretariaat""",
  about=["rayan"], note="secretariat tells a mother a new pupil card costs 5 euro")

M("emma-veldloop", "personal", S["kevin"], [f"Sofie Pieters <{par('emma')}>"], "veldloop", "2024-10-17 15:45",
  """Dag mevrouw Pieters,

Misschien heeft ze het zelf al verteld, maar Emma is vandaag eerste geworden bij de meisjes van het eerste
jaar op de scholenveldloop in het Provinciedomein! Ze mag nu meedoen aan de Vlaamse finale in november.
Meer info volgt.

Sportieve groeten,
Kevin Mertens""",
  about=["emma"], fmt="html", outlook=False, note="PE teacher congratulates a mother on her daughter's cross-country win")

M("chloe-schaar", "personal", S["nele"], [f"<{par('chloe')}>"], "Chloé - matériel coiffure", "2024-09-11 13:02",
  """Bonjour Madame Lambert,

Chloé m'a demandé si elle peut apporter ses propres ciseaux au cours pratique. C'est d'accord, à condition
qu'elle mette son nom dessus et qu'elle les range dans sa mallette après le cours. L'école n'est pas
responsable en cas de perte.

Bien à vous,
Nele Baeten
professeur de coiffure""",
  about=["chloe"], lang="fr", charset="windows-1252", cte="8bit", note="practical teacher allows a pupil to bring her own scissors, in French")

M("liam-charger-en", "personal", S["mehmet"], [f"Siobhan O'Connor <{par('liam')}>"], "Liam's laptop charger",
  "2025-02-13 16:10",
  """Hi Mrs O'Connor,

Liam left his laptop charger in room A.112 after the maths lesson. I've put it in the lost & found at reception,
he can pick it up tomorrow morning.

Best,
Mehmet Yilmaz""",
  about=["liam"], lang="en", cte="7bit", note="teacher tells an English-speaking mother about a forgotten charger")

M("yunus-herkansing-bestand", "personal", S["stijn"], [f"Yunus Koç <{pupil_mail('yunus')}>"], "Re: mijn taak is kapot",
  "2025-03-25 20:14",
  """Hoi Yunus,

Geen paniek, het bestand dat je indiende is inderdaad beschadigd (het opent niet in Fusion). Je mag je ontwerp
opnieuw uploaden tot vrijdag 18u, zonder puntenaftrek. Als het weer niet lukt, breng het maandag mee op een stick.

Meneer Aerts

Op di 25 mrt 2025 om 19:50 schreef Yunus Koç <yunus.koc@leerling.sintpieterscollege.be>:
> meneer mijn taak van cad is kapot als ik hem open, mag ik hem opnieuw sturen?""",
  about=["yunus"], tags=["reply"], reply_to_id="yunus.koc.0325@leerling.sintpieterscollege.be",
  note="teacher lets a pupil resubmit a corrupt file without penalty")

M("fwd-hamza-afwezig-suikerfeest", "personal", S["nadia"], [S["fatima"]], "Fwd: afwezigheid Hamza 31/3",
  "2025-03-28 09:22",
  """Fatima, ter info voor je klaslijst (2B).

---------- Doorgestuurd bericht ---------
Van: Youssef Lamrani <lamrani.youssef@gmail.com>
Datum: do 27 mrt 2025 om 21:05
Onderwerp: afwezigheid Hamza 31/3
Aan: secretariaat@sintpieterscollege.be

Goedenavond,
Hamza zal maandag 31 maart afwezig zijn wegens het Suikerfeest. Dank u en een fijn weekend.
Y. Lamrani""",
  about=["hamza"], tags=["fwd-inline"], note="secretary forwards a father's notice of absence for a religious holiday")

M("niels-fiets", "personal", S["jan"], [f"<{par('niels')}>"], "fiets fietsenstalling", "2025-04-29 11:11",
  """Dag ouder van Niels,

In de fietsenstalling staat al twee weken een grijze mountainbike (Btwin) onafgesloten, volgens de sticker van
Niels Bosmans (5B). Kan Niels er voortaan een slot op zetten? Vorige maand zijn er twee fietsen gestolen.

Jan Willems""",
  about=["niels"], cte="7bit", note="caretaker asks a parent to have the pupil lock his bike")

M("zeynep-leerlingenraad", "personal", S["katrien"], [f"Zeynep Arslan <{pupil_mail('zeynep')}>"],
  "Leerlingenraad", "2024-09-26 12:00",
  """Dag Zeynep,

Leuk dat je je kandidaat wil stellen voor de leerlingenraad! De eerste vergadering is dinsdag 1 oktober over de
middag in lokaal C.001. Je mag je voorstel over de drinkfonteinen zeker meebrengen.

Tot dan,
Katrien""",
  about=["zeynep"], fmt="html", outlook=False, note="counsellor welcomes a pupil to the pupil council")

M("jarne-stageovereenkomst", "personal", S["tom"], [f"Karen Deprez <{par('jarne')}>"], "Stageovereenkomst Jarne",
  "2025-01-31 10:33",
  """Beste mevrouw Deprez,

Op de stageovereenkomst van Jarne (6C) ontbreekt nog de handtekening van een ouder (pagina 3, onderaan). Zonder
die handtekening mag Jarne niet starten op 10 februari. Wilt u het document deze week nog meegeven?

Met vriendelijke groeten,
Tom Hermans
stagecoördinator
016 35 21 88""",
  rules=["personal_data"], about=["jarne"], cte="quoted-printable",
  note="stage coordinator asks for a parent's signature on an internship contract; phone number in signature")

M("tibo-lunchpakket-zoo", "personal", S["an"], [f"Joke Verheyen <{par('tibo')}>"], "morgen Zoo Antwerpen",
  "2025-05-19 18:30",
  """Dag mevrouw Verheyen,

Nog een kleine herinnering: morgen gaan we met 1A naar de Zoo en Tibo heeft een lunchpakket en een drinkbus nodig.
We vertrekken stipt om 8u15 aan de schoolpoort. Tibo had vandaag gezegd dat hij het zou vergeten, vandaar :-)

An""",
  about=["tibo"], cte="7bit", note="teacher reminds a mother her son needs a packed lunch for the zoo trip")

M("ibe-knutselwerk", "personal", S["bram"], [f"<{par('ibe')}>"], "mooi werkstuk", "2025-04-17 15:22",
  """Dag mama en papa van Ibe,

Ibe heeft deze week in de werkplaats helemaal zelf een vogelhuisje getimmerd en geschilderd. Hij gaat het
vrijdag mee naar huis nemen. Hij was er superfier op, dus zeker een plekje in de tuin geven!

Groetjes,
Bram (klasbegeleider 2D)""",
  about=["ibe"], charset="windows-1252", cte="quoted-printable", note="educator praises a pupil's birdhouse project")

M("stan-boek-terug", "personal", S["an"], [f"Ria Heylen <{par('stan')}>"], "bibliotheekboek", "2025-06-02 09:51",
  """Dag mevrouw Heylen,

Stan heeft nog een boek van de schoolbibliotheek ("Wonder") dat sinds februari uitgeleend staat. Wilt u eens
thuis kijken? Voor de examens moet alles binnen zijn.

Dank u,
An Devos""",
  about=["stan"], cte="7bit", note="teacher asks a mother to return a library book")

# ===========================================================================
# C. CREDENTIALS HANDED OVER
# ===========================================================================

M("co-account-smartschool-warre", "password", S["secr"], [f"Hanne Vermeulen <{par('ward_p')}>"],
  "Uw co-account Smartschool", "2024-09-02 14:18",
  """Beste mevrouw Vermeulen,

Welkom op het Sint-Pieterscollege! Hieronder vindt u de gegevens om als ouder in te loggen op Smartschool
(co-account 1 van Warre Vermeulen, 1A).

Adres: https://sintpieterscollege.smartschool.be
Gebruikersnaam: warre.vermeulen
Wachtwoord co-account 1: Kp7!mudo42

Bij de eerste aanmelding wordt u gevraagd een eigen wachtwoord te kiezen.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege""",
  rules=["password"], about=["ward_p"], note="secretariat sends a parent the initial Smartschool co-account login and password")

_newteach_rows = [
    ["Toepassing", "Login", "Wachtwoord / code"],
    ["Microsoft 365 (mail, Teams)", "sarah.willaert@sintpieterscollege.be", "Welkom-SPC-8812 (wijzigen bij 1e login)"],
    ["Smartschool", "sarah.willaert", "zelfde als Microsoft (SSO)"],
    ["Kopieerapparaten", "-", "pincode 60931"],
    ["Wifi SPC-Personeel", "-", "zie sticker in leraarskamer"],
]
M("welkom-nieuwe-collega-accounts", "password", S["bart"], ["Sarah Willaert <sarah.willaert@sintpieterscollege.be>"],
  "Welkom! Je accounts", "2024-09-30 08:05",
  "Dag Sarah,\n\nWelkom in het team! Hieronder je accounts:\n\n"
  + "\n".join("\t".join(r) for r in _newteach_rows)
  + "\n\nHet laptopje ligt klaar bij mij in lokaal A.008.\nGroeten,\nBart Goossens\nICT-coördinator",
  html=OUTLOOK_HEAD + p("Dag Sarah,\n\nWelkom in het team! Hieronder je accounts:\n") + html_table(_newteach_rows)
  + p("\nHet laptopje ligt klaar bij mij in lokaal A.008.\nGroeten,\nBart Goossens\nICT-coördinator") + OUTLOOK_TAIL,
  fmt="alt", rules=["password"], about=[],
  note="ICT coordinator gives a new teacher her initial M365 password and copier PIN in an Outlook table")

M("opendeur-gastwifi", "password", S["nadia"], ["Kristof Vranckx <kristof@vranckx-catering.be>"],
  "opendeurdag zaterdag - praktisch", "2025-04-24 11:02",
  """Dag Kristof,

Alles staat klaar voor zaterdag. Jullie kunnen vanaf 8u lossen aan de poort in de Fonteinstraat.
Stroom is voorzien in de refter (2 x 16A).

Voor de betaalterminal kan je op ons gastnetwerk:
netwerk: SPC-Gast
sleutel: Dijleland#open25

Tot zaterdag!
Nadia""",
  rules=["password"], note="secretary gives the caterer the guest Wi-Fi key for open day")

M("kopieercode-kort", "password", S["rita"], [S["ward"]], "kopieercode", "2024-09-09 09:33",
  "Ward, je kopieercode is 4471. Werkt op alle toestellen behalve die in de BuSO-gang (die is stuk). Rita",
  rules=["password"], cte="7bit", note="one-line mail giving a teacher his personal copier code")

M("opendeur-info-printer-pin", "password", S["greet"], [S["an"], S["ward"], S["bram"], S["hilde"], S["nele"]],
  "opendeurdag: wie doet wat", "2025-04-22 17:45",
  """Beste collega's van het BuSO-team,

Zaterdag is het zover. Hieronder nog eens alles op een rij.

Planning
- 9u00: iedereen aanwezig, koffie in de leraarskamer
- 9u30: deuren open
- 12u30: broodjes voor de medewerkers in de refter
- 13u00: einde, samen opruimen tot 14u

Taken
- An: onthaal en rondleidingen (met twee leerlingen van 6C)
- Ward: sporthal, demonstratie rolstoelbasket
- Bram: praktijklokaal hout, leerlingen tonen hun werkstukken
- Hilde: info leerlingenvervoer aan de stand in de inkomhal
- Nele: kapsalon, gratis vlechtjes

Praktisch
- De folders liggen in de kast in B.003.
- Wie nog iets wil afdrukken: de printer in B0.12 staat op "beveiligd afdrukken", de pin is 2580.
- Parkeren op de achterkoer, niet in de Fonteinstraat.

Bedankt voor jullie inzet!
Greet""",
  rules=["password"], fmt="alt", outlook=True,
  note="long planning mail with one line giving the secure-print PIN of a printer")

M("sleutelkluis-busje", "password", S["tom"], [S["koen"]], "busje maandag", "2025-02-14 15:20",
  """Koen,

Jij rijdt maandag met het busje naar de stageplaatsen in Haasrode? De sleutel zit in het kluisje naast de
garagepoort, code 2-9-0-6. Tank is vol. Papieren liggen in het handschoenkastje.

Tom""",
  rules=["password"], cte="7bit", note="stage coordinator gives a colleague the key-safe code for the school van")

M("interim-accountant-en", "password", S["luc"], ["Jeroen Martens <j.martens@interimfin.be>"],
  "Access to the accounting software", "2025-06-30 08:40",
  """Hi Jeroen,

Welcome for the summer period. As discussed, you can log in to our accounting package (Boekhouding Online) with:

  URL:      https://spc.boekhoudingonline.be
  User:     interim.fin
  Password: Zomer2025!Lvn

I'll be on holiday from July 7th; if anything goes wrong, ask Rita at the secretariat.

Cheers,
Luc""",
  rules=["password"], lang="en", cte="7bit",
  note="bookkeeper gives an external interim accountant the login and password of the accounting software, in English")

M("fwd-busportaal-login", "password", S["ingrid"], [S["hilde"]], "Fwd: Uw toegang tot het ouder- en schoolportaal",
  "2024-09-04 13:10",
  """Hilde, hieronder de login voor het portaal van Dijleland. Dan kan je zelf de ritlijsten bekijken als ik er niet ben.
Ingrid

---------- Forwarded message ---------
From: Planning Dijleland Reizen <planning@dijlelandreizen.be>
Date: Tue, Sep 3, 2024 at 4:55 PM
Subject: Uw toegang tot het ouder- en schoolportaal
To: <ingrid.smets@sintpieterscollege.be>

Geachte,

Uw school kreeg toegang tot ons portaal voor leerlingenvervoer.

Portaal: https://portaal.dijlelandreizen.be
Login: SPC-KESSELLO
Wachtwoord: Bus!9274route

Met vriendelijke groeten,
Dienst planning""",
  rules=["password"], tags=["fwd-inline"],
  note="transport coordinator forwards the bus company's portal login and password to the bus escort")

M("stageplatform-mentor-login", "password", S["tom"], ["Mentor WZC Ter Linde <stage@wzcterlinde.be>"],
  "Toegang Stagewijzer - evaluatie Laura en Jolien", "2025-02-03 10:12",
  """Dag Martine,

Vanaf dit jaar vullen de mentoren de evaluaties in via ons stageplatform Stagewijzer. Ik heb een account voor
jou aangemaakt:

www.stagewijzer.be/spc
gebruiker: mentor.terlinde
tijdelijk wachtwoord: TerLinde-2025

Je krijgt een melding wanneer er een evaluatie klaarstaat. Als je vragen hebt, bel me gerust.

Tom""",
  rules=["password"], about=["laura", "jolien"],
  note="stage coordinator gives an external mentor a temporary password for the internship platform")

M("bios-wachtwoord-leverancier", "password", S["bart_k"], ["Servicedesk EduTech Leasing <service@edutech-leasing.be>"],
  "RE: ticket 48213 - laptops 2de jaar", "2025-01-08 11:55",
  """Hallo,

Voor de herinstallatie van de 26 leerlingenlaptops: het BIOS-wachtwoord dat we vorig jaar hebben ingesteld is
SPCbios_2023. Graag na de herinstallatie opnieuw hetzelfde zetten.

Met vriendelijke groet,
Bart Goossens
ICT-coördinator

-----Original Message-----
From: Servicedesk EduTech Leasing
Sent: Tuesday, January 7, 2025 3:02 PM
Subject: ticket 48213 - laptops 2de jaar

Beste klant, onze technieker komt donderdag. Hij heeft het BIOS-wachtwoord nodig om opstarten via USB toe te laten.""",
  rules=["password"], tags=["reply"], mailer="Microsoft Outlook 16.0",
  note="ICT coordinator gives the laptop supplier the BIOS password of pupils' laptops; ticket number is not a code")

M("re-gedeelde-mailbox-zorg", "password", S["sofie"], [S["jelle"]], "Re: mailbox zorg", "2024-10-15 12:40",
  """Zorg2024!Kessel

(hoofdletter Z en K)

Op 15 okt. 2024, om 12:31, schreef Jelle De Smedt <jelle.desmedt@sintpieterscollege.be>:
> Sofie, wat was het paswoord van de gedeelde zorgmailbox ook weer? Ik moet er iets uithalen voor het MDO.""",
  rules=["password"], tags=["reply"], reply_to_id="jelle.q.1015@sintpieterscollege.be", cte="7bit",
  note="reply that only contains the shared care mailbox password")

_csv_1b = """klas;leerling;gebruikersnaam;startwachtwoord
1B;Emma Pieters;emma.pieters;zon-appel-31
1B;Yara Mahieu;yara.mahieu;boom-fiets-77
1B;Wout Luyten;wout.luyten;wolk-trein-12
1B;Nina Lemaire;nina.lemaire;vis-lamp-58
1B;Nena Leemans;nena.leemans;maan-bal-40
1B;Mila De Wilde;mila.dewilde;kat-deur-93
"""
M("startwachtwoorden-1b-csv", "password", S["bart"], [S["els"]], "startwachtwoorden 1B", "2024-09-03 07:58",
  """Dag Els,

In bijlage de startwachtwoorden voor Smartschool van jouw klas. Kan je ze in de eerste les uitdelen (strookjes)?
Ze moeten het zelf wijzigen bij de eerste keer aanmelden.

Bart""",
  atts=[("startwachtwoorden_1B.csv", "text/csv; charset=utf-8", _csv_1b)],
  rules=["password"], about=["emma", "yara", "wout", "nina", "nena", "mila"],
  note="ICT coordinator sends the class teacher a .csv with pupils' initial passwords")

M("erasmus-guest-en", "password", S["stijn"], ["Aino Virtanen <aino.virtanen@edu.tampere.fi>"],
  "Practical info for your visit", "2025-03-07 13:30",
  """Dear Aino,

We are looking forward to your visit next week! A few practical things:

- I'll pick you up at Leuven station on Monday at 8:10.
- Lunch is in the school canteen (free for guests).
- Wi-Fi: network "SPC-Gast", password: Erasmus+Kessel2025
- To use the classroom PC, log in with guest account "gast-erasmus" and password "Leuven-Tampere1".

See you Monday!
Stijn""",
  rules=["password"], lang="en", fmt="alt", outlook=False,
  note="teacher gives a foreign guest teacher the Wi-Fi password and guest PC login, in English")

M("coaccount-fr", "password", S["nadia"], [f"Valérie Morel <{par('elias')}>"], "Accès Smartschool - Elias",
  "2024-09-10 16:02",
  """Madame Morel,

Voici vos codes pour Smartschool (compte parent d'Elias, classe 1C) :

identifiant : elias.morel
mot de passe (co-compte 1) : Papillon-5528

Lors de votre première connexion, vous devrez choisir un nouveau mot de passe. Vous trouverez les messages des
professeurs dans « Berichten ».

Cordialement,
Nadia Amrani
secrétariat""",
  rules=["password"], about=["elias"], lang="fr", charset="windows-1252", cte="quoted-printable",
  note="secretary gives a French-speaking mother her Smartschool login and password")

M("poort-fietsenstalling", "password", S["jan"], [S["stijn"]], "poort", "2024-11-12 07:22",
  "code poort fietsenstalling is veranderd -> 1957# . niet aan leerlingen geven aub. jan",
  rules=["password"], cte="7bit", note="chat-like note giving the new gate code")

M("resetcode-ict", "password", S["bart_k"], [S["joke"]], "je resetcode", "2025-01-13 10:05",
  """Hoi Joke,

Je account was geblokkeerd na te veel pogingen. Ik heb een reset gedaan. Ga naar https://aka.ms/sspr en geef
deze eenmalige code in: 836 214 (15 minuten geldig). Daarna kies je een nieuw wachtwoord.

Bart""",
  rules=["password"], note="ICT coordinator gives a teacher a one-time reset code")

M("instagram-schoolaccount", "password", S["eva"], [S["yasmine"], S["nele"]], "Insta + Canva van de school",
  "2025-02-20 20:15",
  """Dag Yasmine, dag Nele,

Vanaf nu mogen jullie mee posten op de Instagram van de school (werkgroep communicatie). Zelfde login voor Canva:

@sintpieterscollege_kessello
mail: communicatie@sintpieterscollege.be
ww: FotoDag!2025spc

Gelieve geen foto's te posten van leerlingen zonder toestemming (lijst staat in Smartschool).

Eva""",
  rules=["password"], cte="base64", note="teacher shares the password of the school's shared Instagram/Canva account")

M("zip-wachtwoord-apart", "password", S["marc"], [S["lies"]], "ww", "2024-12-10 08:02",
  """Lies, het wachtwoord voor de zip met de rapporten 4C die ik net stuurde: Zorg#2291
Marc""",
  rules=["password"], cte="7bit", note="director sends the password of a zip file in a separate mail")

M("deurcode-stagiair", "password", S["jelle"], ["Marieke Vandamme <marieke.vandamme@sintpieterscollege.be>"],
  "Welkom en praktische afspraken", "2025-02-03 07:45",
  """Dag Marieke,

Welkom als stagiair orthopedagogie! Nog een paar praktische dingen voor je eerste dag:
- We starten om 8u30 in het zorglokaal B.105 (1e verdieping BuSO-gebouw).
- De zijdeur van het BuSO-gebouw gaat open met code 3-7-1-4-B, de voordeur gaat pas open om 8u.
- Je badge kan je bij Nadia op het secretariaat afhalen.
- Middagmaal kan je in de refter kopen (4,50 euro).

Tot maandag!
Jelle""",
  rules=["password"], note="orthopedagoog gives his intern the side door code of the BuSO building")

M("gsm-stagebegeleiding-pin", "password", S["tom"], [S["dirk"]], "gsm stagebegeleiding", "2025-01-06 12:12",
  """Dirk,

Jij neemt de stagegsm over tot ik terug ben (knie). Pincode van de simkaart: 3390. PUK staat op de kaart in de
bovenste lade, niet kwijtspelen. Voicemail beluisteren: 1233, pin 3390 ook.

Alle mentoren hebben het nummer, dus zet hem niet op stil.
Tom""",
  rules=["password"], cte="8bit", note="stage coordinator gives a colleague the SIM PIN and voicemail PIN of the internship phone")

M("interim-gmail-accounts-b64", "password", S["bart"], ["Stef Lambrecht <stef.lambrecht91@gmail.com>"],
  "Je toegang vanaf maandag (interim Nederlands)", "2024-11-29 16:44",
  "", fmt="html", cte="base64",
  html=OUTLOOK_HEAD + p("Dag Stef,\n\nOmdat je schoolmail pas maandag actief is, stuur ik je gegevens naar dit adres.\n")
  + html_table([["Wat", "Gegevens"],
                ["Schoolmail / Teams", "stef.lambrecht@sintpieterscollege.be"],
                ["Startwachtwoord", "Interim#2024nl"],
                ["Smartschool", "login via Microsoft"],
                ["Kopieercode", "77310"]])
  + p("\nTot maandag, vraag gerust naar mij in A.008.\n\nBart Goossens\nICT-coördinator") + OUTLOOK_TAIL,
  rules=["password"], note="ICT coordinator sends an interim teacher's initial password and copier code to his gmail, HTML base64")

_ict_inner = dict(
    slug="ict-inner", frm=S["bart_k"], to=[S["rita"]], subject="nieuw wachtwoord scanner secretariaat",
    date="2025-03-17 09:00", fmt="plain", cte="quoted-printable",
    text="""Rita,

De scanner van het secretariaat (Kyocera) scant nu naar de map \\\\spc-fs01\\scans. Het serviceaccount daarvoor:

gebruiker: svc-scan
wachtwoord: Scan4Secr!ky

Niet aanpassen in de scanner zelf aub.
Bart""", msgid="ict.scan.20250317")
M("fw-scanner-wachtwoord", "password", S["rita"], [S["nadia"]], "FW: nieuw wachtwoord scanner secretariaat",
  "2025-03-17 11:20",
  "Nadia, voor als ik er morgen niet ben. R.",
  fwd_msg=_ict_inner, fwd_name="nieuw wachtwoord scanner secretariaat.eml", cte="7bit",
  rules=["password"], note="secretary forwards as attachment the ICT mail with the scanner service account password")

M("leerling-ov3-wachtwoord", "password", S["bram"], [f"Ibe Wellens <{pupil_mail('ibe')}>"], "jouw nieuw wachtwoord",
  "2024-10-04 10:30",
  """Hoi Ibe,

Je was je wachtwoord vergeten. Meneer Bart heeft een nieuw gemaakt.

Jouw wachtwoord is:   appel-fiets-73

Schrijf het in je agenda, op de blauwe bladzijde.

Meneer Bram""",
  rules=["password"], about=["ibe"], cte="7bit", note="educator gives an OV3 pupil his new password in simple words")

M("wifi-lokaal-b12-typo", "password", S["koen"], [S["stijn"], S["wim"]], "wifi b12", "2024-10-21 13:56",
  "mannen, pasword vd wifi in lokaal B12 is nu : leerkracht_B12!! (die oude werkte ni meer). mvg koen",
  rules=["password"], cte="7bit", note="casual note with a typo giving the Wi-Fi password of a classroom")

M("alarm-schoonmaak-cp1252", "password", S["jan"], ["Ploegbaas Netjes <ploegbaas@netjes-schoonmaak.be>"],
  "Toegang krokusvakantie", "2025-02-27 16:40",
  """Goeiendag Mevr. Van Gestel,

Tijdens de krokusvakantie ben ik zelf niet op school. Voor jullie ploeg:

Sleutelkluisje achterpoort (Fonteinstraat): 7315
Alarm uitschakelen: code 5520 en dan de toets OFF
Alarm opnieuw aanzetten bij het vertrekken: 5520 + AWAY, daarna binnen 60 seconden buiten zijn.

Gelieve de ramen van de refter te laten openstaan voor het verluchten... neen, grapje, alles dicht aub.
Bij problemen: de bewakingsfirma verwittigt mij.

Met vriendelijke groeten,
Jan Willems
technisch adviseur""",
  rules=["password"], charset="windows-1252", cte="8bit",
  note="caretaker gives the cleaning company the key-safe and alarm codes for the holiday, Windows-1252")

M("keukentablet-m365", "password", S["bart"], [S["jan"]], "tablet keuken", "2024-11-05 14:02",
  """Jan,

De tablet in de keuken (voor de menu's en bestellingen) is opnieuw ingesteld:
account keuken@spc.ksleuven.be, wachtwoord Refter-Menu-2024
Graag doorgeven aan de kok.

Bart""",
  rules=["password"], cte="7bit", note="ICT coordinator gives the password of the shared kitchen tablet account")

M("bookwidgets-vanuit-gmail", "password", "Yasmine Bennani <yasmine.bennani.lkv@gmail.com>", [S["fatima"]],
  "bookwidgets", "2025-03-02 21:10",
  """Hoi Fatima,

Zoals beloofd, de login van onze gedeelde Bookwidgets-account van de vakgroep PAV:
pav.spc / Widgets4PAV

Ik stuur het van thuis, mijn schoollaptop ligt nog op school. Tot morgen!
Yasmine""",
  mail_from="yasmine.bennani.lkv@gmail.com", rules=["password", "private_account"],
  note="teacher sends a shared account's login and password from her private gmail")

M("wifi-personeel-to-groep", "password", S["bart"], [f"Personeel Sint-Pieterscollege <personeel@{D}>"],
  "nieuw wifi-wachtwoord personeelsnetwerk", "2025-01-06 07:30",
  """Beste collega's,

Na de kerstvakantie is het wachtwoord van het wifi-netwerk SPC-Personeel gewijzigd.

Nieuw wachtwoord: Kessel-Lo*2025*personeel

Je toestellen vragen het automatisch opnieuw. Geef het aub niet door aan leerlingen.

Bart Goossens
ICT""",
  rules=["password", "bcc"], note="ICT coordinator mails the staff Wi-Fi password to the staff group address in To")

M("oude-thread-admin-login", "password", S["koen"], ["Sarah Willaert <sarah.willaert@sintpieterscollege.be>"],
  "Fwd: Fwd: lokaal techniek - pc's", "2024-10-08 15:35",
  """Hoi Sarah,

Hieronder nog de uitleg van vorig jaar over de pc's in het techniekslokaal, zodat je weet hoe de software werkt.

Koen

---------- Doorgestuurd bericht ---------
Van: Stijn Aerts <stijn.aerts@sintpieterscollege.be>
Datum: di 3 okt 2023 om 16:12
Onderwerp: Fwd: lokaal techniek - pc's
Aan: Koen Lauwers <koen.lauwers@sintpieterscollege.be>

Koen, zie onder van Bart.

---------- Doorgestuurd bericht ---------
Van: Bart Goossens <bart.goossens@sintpieterscollege.be>
Datum: ma 2 okt 2023 om 11:02
Onderwerp: lokaal techniek - pc's

Stijn,
- Fusion 360 staat op alle pc's, leerlingen loggen in met hun schoolaccount.
- De lasersnijder-pc (naast het raam) heeft een lokaal account omdat de driver niet werkt met domein:
  login admin / Techniek2023
- Printen naar de 3D-printer gaat via de SD-kaart, niet via het netwerk.
Bart""",
  rules=["password"], tags=["fwd-inline"],
  note="forward of an old thread with, deep inside, the local admin login and password of a classroom PC")

M("wachtwoord-als-regel", "password", S["rita"], [S["pascale"]], "Re: laptop vergaderzaal", "2025-05-06 10:18",
  """Dag Pascale,

De laptop in de vergaderzaal heeft geen persoonlijk account. Het wachtwoord is de naam van de school aan elkaar,
met hoofdletter, en dan het jaartal: Sintpieterscollege2025

Rita""",
  rules=["password"], tags=["reply"], note="secretary explains and spells out the meeting-room laptop password")

M("serverkast-code-plus8", "password", S["jan"], [S["bart"]], "serverkast", "2025-04-14 18:02",
  """Hoi Bart,

de code van de nieuwe serverkast in de kelder is dezelfde als vorig jaar maar met een 8 erachter, dus 40718.
Ik ben morgen vrij, de elektricien komt om 9u.

Jan""",
  rules=["password"], cte="7bit", note="caretaker gives the server-cabinet code as 'old code plus 8', value spelled out")

M("wifi-logopedie-txt", "password", S["hanne"], ["Praktijk De Klerck <logo.praktijkdeklerck@skynet.be>"],
  "toegang voor de sessies op school", "2024-10-11 17:05",
  """Dag Evelyne,

Zoals gevraagd de wifi-gegevens voor je tablet tijdens de therapie op school, in bijlage. Je mag het
therapielokaal B.108 gebruiken op dinsdag en donderdag.

Groetjes,
Hanne""",
  atts=[("wifi_SPC.txt", "text/plain; charset=utf-8", "Netwerk: SPC-Gast\r\nWachtwoord: Gast!Kessel-Lo24\r\nGeldig tot 30/06/2025\r\n")],
  rules=["password"], note="speech therapist sends an external therapist the guest Wi-Fi key in a .txt attachment")

# ===========================================================================
# D. LOOK-ALIKES (talk about codes/passwords, no credential value)
# ===========================================================================

M("ict-sterk-wachtwoord", "lookalike", S["bart"], [S["directie"]], "ICT-tip van de maand: wachtwoorden",
  "2024-10-01 07:15",
  """Beste collega's,

Oktober is de maand van de cyberveiligheid. Daarom drie tips:

1. Kies een lange wachtzin in plaats van een kort wachtwoord, bv. vier willekeurige woorden met een cijfer ertussen.
   Gebruik nooit de naam van de school, je kinderen of je geboortejaar.
2. Gebruik voor Smartschool en Microsoft 365 een ander wachtwoord dan voor je privé-mail.
3. Zet de Microsoft Authenticator-app op je gsm. Vanaf 1 december is tweestapsverificatie verplicht.

En onthoud: niemand van de school (ook ik niet) zal je ooit via mail of telefoon naar je wachtwoord vragen.

Bart Goossens
ICT-coördinator""",
  bcc=[f"personeel@{D}"], note="ICT tip about choosing strong passwords, no value")

M("sleutelkluis-op-papier", "lookalike", S["jan"], [S["pieter"]], "Re: sleutel kinezaal", "2024-09-18 10:44",
  """Dag Pieter,

De code van het sleutelkluisje zet ik niet in een mail. Je krijgt hem op papier in je postvakje in de
leraarskamer, vandaag nog. Daarna het papiertje vernietigen aub.

Jan

> Jan, kan je mij de code van het sleutelkluisje aan de kinezaal doorsturen? Pieter""",
  tags=["reply"], cte="7bit", note="caretaker refuses to mail the key-safe code and gives it on paper instead")

M("teams-klassenraad-passcode", "lookalike", S["lies"], [S["an"], S["mehmet"], S["pascale"], S["wim"]],
  "Klassenraad 4C (online)", "2025-03-11 12:00",
  """Microsoft Teams-vergadering

Deelnemen op je computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering
Vergaderings-id: 342 118 904 27
Wachtwoordcode: aB3xQ9

Meer informatie | Opties voor vergadering

Klassenraad 4C, dinsdag 11 maart 16u15. Agenda: rapport 2, attestering stage.""",
  note="meeting passcode of a Teams class council invitation, not a credential", fmt="alt", outlook=False)

M("zoom-infoavond-passcode", "lookalike", S["tom"], [S["directie"]], "Infoavond stages 6de jaar - link",
  "2025-01-20 19:00",
  """Beste ouders,

De infoavond over de stages in het zesde jaar gaat online door op donderdag 23 januari om 19u30.

Deelnemen via Zoom:
https://us06web.zoom.us/j/84512096611?pwd=Qm9pTnpTZ2hJc0xW
Meeting-ID: 845 1209 6611
Toegangscode: 258471

De presentatie wordt achteraf op Smartschool gezet.

Met vriendelijke groeten,
Tom Hermans
stagecoördinator""",
  bcc=[f"ouders-6a@{D}", f"ouders-6b@{D}", f"ouders-6c@{D}", f"ouders-6d@{D}"],
  note="meeting passcode of a Zoom parent evening, groups in Bcc")

M("bestelnummer-uitgeverij", "lookalike", S["nadia"], ["Klantendienst Uitgeverij Pelckmans <klantendienst@uitgeverij-pelckmans.be>"],
  "levering handboeken - bestelling 4500238871", "2024-09-06 11:30",
  """Goedemorgen,

Onze bestelling met nummer 4500238871 (levering 2 september) is onvolledig. We ontvingen 24 exemplaren van
"Nieuw Nederlands 3 - leerwerkboek" in plaats van 48. Artikelcode 9789028994215.

Kunnen jullie de ontbrekende 24 exemplaren nog deze week leveren? Klantnummer: SPC-10293.

Met vriendelijke groeten,
Nadia Amrani
secretariaat""",
  cte="7bit", note="order number, ISBN and customer number, no credential")

M("busroute-ritnummer", "lookalike", S["ingrid"], [S["greet"]], "routes 2e semester", "2025-01-31 14:05",
  """Greet,

Vanaf 3 februari:
- route 4 (Linden - Lubbeek) krijgt ritnummer 2231 en rijdt 10 minuten vroeger
- route 7 blijft ongewijzigd (rit 2207)
- route 9 en route 11 worden samengevoegd tot route 9 (rit 2219)

De nieuwe ritlijsten hangen vanaf maandag aan het bord bij de busparking.

Ingrid""",
  cte="7bit", note="bus route and trip numbers, no credential")

M("intern-toestelnummer", "lookalike", S["rita"], [S["sofie"]], "telefoon zorglokaal", "2024-09-20 09:08",
  """Hoi Sofie,

Het toestel in het zorglokaal heeft nu intern nummer 214 (was 231). De logo is 216, de kine 219. Als je
naar buiten wil bellen eerst een 0 draaien.

Rita""",
  cte="7bit", note="internal phone extensions, no credential and no phone number")

M("lokalen-examens", "lookalike", S["marc"], [S["directie"]], "lokalen examens juni", "2025-05-26 16:30",
  """Collega's,

De examenlokalen voor juni:
- 3A, 3B: A.112 en A.114
- 4A t.e.m. 4D: sporthal (bovenzaal), plaatsnummers 1 tot 96
- 5de en 6de jaar: refter, tafels genummerd
- leerlingen met extra tijd of voorleessoftware: B.105 (zie lijst van Sofie in Smartschool)

Marc""",
  bcc=[f"personeel@{D}"], cte="7bit", note="room and seat numbers for exams, no credential")

M("template-placeholders", "lookalike", S["bart"], [S["nadia"], S["rita"]], "sjabloon mail nieuwe ouders",
  "2024-08-26 10:20",
  """Dag Nadia en Rita,

Hieronder het sjabloon voor de mail naar nieuwe ouders. Vul de gegevens NIET in de mail in, de codes gaan op
papier mee met de inschrijvingsmap.

---
Beste [naam ouder],

Welkom op het Sint-Pieterscollege. Uw gebruikersnaam voor Smartschool is [gebruikersnaam leerling].
Uw wachtwoord: ********  (zie brief in de inschrijvingsmap)
---

Bart""",
  note="template with placeholders and masked password, no real value")

M("wachtwoord-vergeten-ouder", "lookalike", S["nadia"], [f"<{par('marie')}>"], "Re: kan niet inloggen",
  "2024-10-03 14:12",
  """Beste mevrouw Gijsbrechts,

Wij kunnen uw wachtwoord niet opzoeken of per mail doorsturen. U kunt het zelf opnieuw instellen:
1. ga naar sintpieterscollege.smartschool.be;
2. klik op "Wachtwoord vergeten?";
3. vul de gebruikersnaam van Marie in en kies "co-account 1";
4. u krijgt een mail met een link om een nieuw wachtwoord te kiezen.

Lukt het niet, dan kunt u langskomen op het secretariaat met uw identiteitskaart.

Met vriendelijke groeten,
Nadia Amrani""",
  about=["marie"], tags=["reply"], note="secretary explains the password reset procedure to a parent, no value")

M("phishing-waarschuwing", "lookalike", S["bart_k"], [S["directie"]], "OPGELET: valse mail 'mailbox vol'",
  "2025-02-11 08:50",
  """Beste collega's,

Sinds gisteren circuleert er een mail met als onderwerp "Uw mailbox is vol - bevestig uw wachtwoord". Die komt
NIET van ons. Klik niet op de link en vul zeker geen wachtwoord in. Heb je het toch gedaan? Wijzig dan meteen
je wachtwoord via portal.office.com en verwittig mij.

Bart""",
  bcc=[f"personeel@{D}"], note="phishing warning, no credential")

M("laptops-artikelcode", "lookalike", S["bart"], [S["greet"], S["marc"]], "offerte laptops 1ste graad",
  "2025-04-30 11:40",
  """Greet, Marc,

De offerte van EduTech voor de laptops van volgend schooljaar:
- HP ProBook 440 G11, artikelcode 8A5D2EA, 549 euro excl. btw
- garantie 4 jaar on-site, pakket "EDU-CARE-4Y"
- levering week 34, imaging door hen (offertenummer OFF-25-0419)

Ik stel voor dat we er 60 bestellen. Graag jullie akkoord voor vrijdag.

Bart""",
  cte="7bit", note="product codes and quote numbers, no credential")

M("alarm-code-niet-veranderd", "lookalike", S["jan"], [S["ward"]], "alarm sporthal", "2025-03-24 17:25",
  """Ward,

Het alarm van de sporthal is gereset na het vals alarm van zaterdag. De code blijft dezelfde als voorheen. Als je
die niet meer weet, kom je maar eens bij mij langs, ik ga ze niet mailen.

Jan""",
  cte="7bit", note="says the alarm code is unchanged and will not be mailed")

M("stagewijzer-login-uitleg", "lookalike", S["tom"], [S["directie"]], "Stagewijzer: hoe inloggen",
  "2024-09-23 12:30",
  """Beste leerlingen van het zesde jaar,

Jullie stagedagboek vul je dit jaar in op Stagewijzer (www.stagewijzer.be/spc).
- Je login is je schoolmailadres (voornaam.naam@leerling.sintpieterscollege.be).
- Je wachtwoord is hetzelfde als dat van Smartschool; je kiest het dus zelf.
- Geef je wachtwoord nooit aan een medeleerling of aan je stagementor.

Veel succes met de stages!
Meneer Hermans""",
  bcc=[f"leerlingen-6@{D}"], note="explains how to log in to the internship platform, no password given")

M("wifi-sleutel-prikbord", "lookalike", S["greet"], ["Lien Boeckx <lien.boeckx@sintpieterscollege.be>"],
  "Re: wifi voor de ouderavond", "2024-11-18 13:15",
  """Dag Lien,

Voor de ouders die op de infoavond willen inloggen: het netwerk is SPC-Gast, de sleutel hangt op het prikbord
in de inkomhal (we veranderen hem elk trimester). Je hoeft hem dus niet op de presentatie te zetten.

Greet""",
  tags=["reply"], note="refers to the guest Wi-Fi key on a notice board without giving it")

# ===========================================================================
# E. MISDIRECTED (about pupil X, sent only to parents of pupil Y)
# ===========================================================================

M("mis-lander-turnzak", "misdirected", S["kevin"], [f"<{par('lennert')}>"], "turnzak Lander",
  "2024-11-21 12:40",
  """Dag mevrouw Vanhees,

Lander (2A) had vandaag opnieuw geen turnkledij bij. Dat is al de derde keer deze maand. Wilt u samen met hem
de boekentas controleren op maandagavond?

Kevin Mertens
LO""",
  about=["lander"], mis=True, cte="7bit",
  note="forgotten gym kit of Lander Vanhees, sent to the parent of Lennert Vannes (same class)")

M("mis-hiba-rapport", "misdirected", S["mehmet"], [f"<{par('hind')}>"], "rapport wiskunde Hiba",
  "2024-12-20 17:05",
  """Beste mevrouw Azzouzi,

Hiba (3B) heeft voor wiskunde een tekort op het kerstrapport (42%). Ze werkt goed mee in de les, maar studeert
te weinig voor de toetsen. Ik raad aan dat ze op woensdagmiddag naar de studiebegeleiding komt.

Met vriendelijke groeten,
Mehmet Yilmaz""",
  about=["hiba"], mis=True, note="report comment about Hiba Azzouzi sent to the mother of Hind Azzaoui")

M("mis-jorben-handelingsplan", "misdirected", S["sofie"], [f"<{par('jordy')}>"], "handelingsplan Jorben",
  "2025-02-06 16:15",
  """Beste mevrouw Wyns,

In bijlage het aangepaste handelingsplan voor Jorben (1C). Na het gesprek met de kinderpsychiater passen we de
afspraken aan: Jorben krijgt vanaf maandag een vaste begeleider tijdens de middagpauze en mag bij overprikkeling
naar het rustlokaal. Zijn ADHD-medicatie wordt op school om 12u gegeven door het secretariaat.

Met vriendelijke groeten,
Sofie Claes
zorgcoördinator""",
  rules=["sensitive"], cats=["care", "medical"], about=["jorben"], mis=True,
  note="care plan and ADHD medication of Jorben Wyns (1C) sent to the parent of Jordy Weyns (1D)")

M("mis-sien-aanmaning", "misdirected", S["luc"], [f"<{par('sien2')}>"], "Derde herinnering schoolrekening",
  "2025-03-05 09:25",
  f"""Beste mevrouw Vandeweyer,

Ondanks twee herinneringen staat de schoolrekening van Sien (3A) voor het eerste en tweede trimester nog altijd
open, samen 356,80 euro. Het is de tweede keer dit schooljaar dat we geen betaling ontvangen. Gelieve het bedrag
te storten op {IBAN_SCHOOL} of contact op te nemen met de boekhouding voor een afbetalingsplan.

Zonder reactie binnen de 14 dagen zijn we genoodzaakt het dossier over te maken aan ons incassobureau.

Met vriendelijke groeten,
Luc Van Damme
boekhouding""",
  rules=["sensitive", "personal_data"], cats=["financial"], about=["sien"], mis=True,
  note="final reminder of unpaid bills of Sien Vandeweyer (3A) sent to the parent of Sien Vanderweyden (3C); school IBAN")

M("mis-tess-gedrag", "misdirected", S["katrien"], [f"<{par('tessa')}>"], "uitnodiging gesprek over Tess",
  "2025-04-09 15:48",
  """Beste mevrouw Geudens,

Ik had u graag uitgenodigd voor een gesprek over Tess (4B). Ze heeft deze week opnieuw een klasgenote op Snapchat
uitgescholden en bedreigd, en ze spijbelde dinsdag de laatste twee lesuren. We maken ons zorgen over hoe het met
haar gaat. Past donderdag 16u?

Katrien Dewulf
leerlingenbegeleiding""",
  rules=["sensitive"], cats=["psychosocial"], about=["tess"], mis=True,
  note="behaviour problems of Tess Geudens (4B) sent to the parent of Tessa Goedhuys (4B)")

M("mis-kian-halte", "misdirected", S["ingrid"], [f"<{par('kyan')}>"], "halte route 11", "2024-10-02 11:20",
  """Beste ouders van Kian,

Vanaf maandag wordt Kian Raes (1D) opgehaald aan de halte Kerkplein in plaats van in de Ganzendries.
Ophaaluur 7u41.

Ingrid Smets
vervoercoördinator""",
  about=["kian"], mis=True, cte="7bit", note="bus stop change for Kian Raes sent to the parent of Kyan Raets")

M("mis-robin-stage", "misdirected", S["tom"], [f"<{par('robbe2')}>"], "evaluatie stage Robin",
  "2025-05-14 13:10",
  """Beste meneer Jorissen,

Kort verslag van mijn bezoek aan de stageplaats van Robin (5C) bij Garage Tielemans: Robin werkt netjes, is
altijd op tijd en de mentor is tevreden over zijn vooruitgang bij het vervangen van remblokken. Tussentijds
cijfer: 14/20.

Tom Hermans""",
  about=["robin"], mis=True, cte="quoted-printable",
  note="ordinary internship evaluation of Robin Jorissen sent to the parent of Robbe Joris (same class)")

M("mis-anouk-proficiat", "misdirected", S["yasmine"], [f"<{par('annelies')}>"], "Proficiat Anouk!",
  "2025-02-27 16:00",
  """Dag mevrouw Peeters,

Anouk (2B) heeft gisteren op de voorleeswedstrijd van de school de tweede plaats behaald. Ze las met zoveel
inleving! Ik wou het u zeker laten weten.

Groetjes,
Yasmine Bennani""",
  about=["anouk"], mis=True, fmt="html", outlook=False,
  note="praise about Anouk Peeters (2B) sent to the parent of Annelies Peters (6A)")

M("mis-nina-medicatie", "misdirected", S["sarah"], [f"<{par('nena')}>"], "inhalateur de Nina", "2024-11-26 12:50",
  """Bonjour Madame Lemaire,

Nina (1B) est venue chercher son inhalateur (Ventolin) au secrétariat ce midi, mais il est presque vide.
Pourriez-vous lui en donner un nouveau demain ? Nous avons bien l'attestation du médecin pour son asthme.

Bien à vous,
Sarah Bogaerts
éducatrice""",
  rules=["sensitive"], cats=["medical"], about=["nina"], mis=True, lang="fr",
  note="asthma medication of Nina Lemaire sent in French to the parent of Nena Leemans (same class)")

M("mis-jules-jas", "misdirected", S["sarah"], [f"<{par('julien')}>"], "jas vergeten", "2025-01-29 15:35",
  """Dag meneer Van Aken,

Jules (3D) heeft zijn jas in de sporthal laten liggen. Hij hangt bij de opvoeders (B.002), Jules mag hem morgen
komen halen.

Sarah""",
  about=["jules"], mis=True, cte="7bit", note="lost jacket of Jules Van Aken sent to the parent of Julien Van Assche")

# ===========================================================================
# F. GENERAL LETTERS (all parents / all staff, groups in Bcc)
# ===========================================================================
ALLP = [f"ouders@{D}"]
ALLS = [f"personeel@{D}"]

M("gen-zorgbeleid-ouders", "general", S["sofie"], [S["info"]], "Hoe werkt de leerlingenbegeleiding op onze school?",
  "2024-09-13 16:00",
  """Geachte ouders,

Elk kind heeft af en toe een duwtje in de rug nodig. In deze brief leggen we uit hoe de zorg op het
Sint-Pieterscollege georganiseerd is.

1. Brede basiszorg
Alle leerlingen krijgen dezelfde kansen: duidelijke lessen, studiebegeleiding op woensdagmiddag, een
klastitularis die uw kind goed kent.

2. Verhoogde zorg
Heeft uw kind bv. dyslexie, een leerstoornis of moeite met plannen? Dan kan de klassenraad redelijke
aanpassingen toekennen, zoals extra tijd of voorleessoftware. Dat gebeurt altijd in overleg met u.

3. Uitbreiding van zorg
Soms volstaat dat niet. Dan schakelen we, met uw toestemming, het CLB in. Samen bekijken we wat de leerling
nodig heeft: een individueel aangepast curriculum, ondersteuning van buitenaf of een andere studierichting.

Wie kan u aanspreken?
- de klastitularis (via Smartschool)
- het zorgteam: mevrouw Claes (zorgcoördinator), meneer De Smedt (orthopedagoog), mevrouw Dewulf (leerlingenbegeleiding)
- het CLB: mevrouw Maes (anker van onze school)

Alles wat u ons toevertrouwt, behandelen we discreet. Informatie over uw kind delen we enkel met wie ze nodig
heeft om uw kind goed te begeleiden.

Met vriendelijke groeten,
het zorgteam van het Sint-Pieterscollege""",
  bcc=ALLP, fmt="alt", outlook=True, note="general letter to all parents describing the care continuum")

M("gen-medicatie-procedure", "general", S["directie"], [S["directie"]], "Medicatie op school - afspraken 2024-2025",
  "2024-09-04 12:00",
  f"""Beste ouders,

Soms vragen ouders ons om hun kind tijdens de schooluren medicatie te geven, bv. een pufje bij astma, medicatie
voor ADHD of een middel tegen allergie. Om dat veilig te laten verlopen, gelden deze afspraken:

- Wij geven enkel medicatie die door een arts is voorgeschreven, met het ingevulde attest (te downloaden op
  Smartschool, rubriek "Formulieren"). Het attest vermeldt de naam van het middel, de dosis en het tijdstip.
- U bezorgt de medicatie in de originele verpakking, met de naam van uw kind erop, op het secretariaat.
- Pijnstillers of koortswerende middelen geven we niet zonder attest, ook niet "een keertje".
- Wordt uw kind ziek op school, dan bellen we u om het af te halen.
- Bij een noodsituatie bellen we 112 en verwittigen we u meteen.

Verandert de behandeling van uw kind? Bezorg ons dan een nieuw attest.

Vragen? Het secretariaat is bereikbaar op {SCHOOL_TEL}.

Met vriendelijke groeten,
De directie""",
  bcc=ALLP, rules=["personal_data"], note="general medication procedure letter to all parents; school phone number present")

M("gen-busreglement-buso", "general", S["ingrid"], [S["ingrid"]], "Leerlingenvervoer: afspraken en busreglement",
  "2024-08-29 10:30",
  """Beste ouders van de leerlingen van campus BuSO,

Uw kind maakt gebruik van het leerlingenvervoer. Om de ritten vlot en veilig te laten verlopen, vragen we u
rekening te houden met de volgende afspraken.

Art. 1 - Ophaaluren
Uw kind staat 5 minuten voor het doorgegeven uur klaar aan de opstapplaats. De bus kan niet wachten.

Art. 2 - Afwezigheid
Is uw kind ziek of afwezig? Verwittig de busbegeleider of de vervoercoördinator voor 7 uur.

Art. 3 - Gedrag op de bus
De leerlingen blijven zitten met de gordel om, eten en drinken niet op de bus en volgen de instructies van de
begeleider. Bij herhaald storend gedrag nemen we contact met u op; in ernstige gevallen kan een leerling
tijdelijk van het vervoer uitgesloten worden.

Art. 4 - Wijzigingen
Een nieuw adres of een andere opstapplaats? Geef het minstens een week vooraf door, schriftelijk.

Vervoercoördinator: Ingrid Smets, 0478 21 63 95 (bereikbaar op schooldagen van 7u tot 17u)

Met dank voor uw medewerking,
Ingrid Smets""",
  bcc=[f"ouders-buso@{D}"], rules=["personal_data"], cte="quoted-printable",
  note="general bus rules for all BuSO parents; transport coordinator's mobile number present")

M("gen-stagereglement", "general", S["tom"], [S["tom"]], "Stagereglement 5de en 6de jaar", "2024-10-07 08:00",
  """Beste ouders, beste leerlingen,

In het vijfde en zesde jaar lopen alle leerlingen stage. Hieronder de belangrijkste regels uit het stagereglement.

1. De stageplaats
   De stagecoördinator keurt elke stageplaats goed. De leerling zoekt mee, maar tekent niets zonder overleg.
2. De stageovereenkomst
   Wordt ondertekend door de leerling, een ouder, de stagegever en de school, voor de eerste stagedag.
3. Afwezigheid
   Ben je ziek, dan verwittig je voor 8u zowel de stageplaats als de school. Een doktersattest is verplicht.
4. Verzekering
   De leerling is verzekerd via de schoolpolis, ook op weg naar de stageplaats.
5. Evaluatie
   De mentor evalueert tussentijds en op het einde; de stagebegeleider komt minstens twee keer langs.
6. Discretie
   Wat je op je stageplaats ziet of hoort over klanten, bewoners of patiënten, vertel je niet verder.

Het volledige reglement staat op Smartschool.

Tom Hermans
stagecoördinator""",
  bcc=[f"ouders-5@{D}", f"ouders-6@{D}"], fmt="alt", outlook=True,
  note="general internship rules to parents of years 5 and 6")

M("gen-pestbeleid", "general", S["katrien"], [S["info"]], "Samen tegen pesten", "2025-02-10 14:00",
  """Geachte ouders,

Deze week is het de Vlaamse week tegen pesten. Graag lichten we toe hoe onze school met pesten omgaat.

Wat is pesten?
Pesten is iets anders dan ruzie maken. Bij pesten gaat het om herhaalde, bewuste acties van iemand die sterker
is, bv. uitlachen, uitsluiten, berichten in groepschats of foto's doorsturen zonder toestemming.

Wat doen wij?
- We werken met de No Blame-aanpak: we zoeken met een groep leerlingen naar oplossingen, zonder te straffen als
  eerste stap.
- Als het pesten niet stopt, volgen wel sancties volgens het schoolreglement.
- Elke leerling kan terecht bij de leerlingenbegeleiding of via de "zorgbus" (anoniem briefje) in de gang.

Wat kan u doen?
Merkt u dat uw kind niet graag meer naar school gaat, stil wordt of zijn gsm verbergt? Praat erover en neem
contact op met de klastitularis. Ook als uw kind zelf pest, willen we dat graag weten, zodat we kunnen helpen.

Met vriendelijke groeten,
Katrien Dewulf, leerlingenbegeleiding""",
  bcc=ALLP, cte="base64", note="general anti-bullying policy letter to all parents")

M("gen-privacyverklaring", "general", S["dpo"], [S["dpo"]], "Hoe gaan we om met de gegevens van uw kind?",
  "2024-09-16 09:00",
  """Geachte ouders,

Bij de inschrijving en tijdens het schooljaar verwerken we gegevens van uw kind en van uw gezin. In deze mail
vatten we de privacyverklaring samen.

Welke gegevens?
- identificatiegegevens (naam, adres, rijksregisternummer, geboortedatum)
- gegevens over de schoolloopbaan en evaluaties
- gegevens over de gezinssituatie, voor zover nodig voor de begeleiding (bv. wie het ouderlijk gezag heeft)
- medische gegevens, enkel met uw toestemming of als de wet het vraagt (bv. allergieën, medicatie)
- gegevens uit de leerlingenbegeleiding en van het CLB
- financiële gegevens voor de schoolrekening

Waarvoor?
Om uw kind in te schrijven, te begeleiden, te evalueren en om de schoolrekening op te maken.

Wie krijgt ze?
Enkel personeelsleden die ze nodig hebben, het CLB, de overheid (bv. AgODi) en onze verwerkers (Smartschool,
het busbedrijf voor het leerlingenvervoer).

Uw rechten
U kunt de gegevens van uw kind inkijken, laten verbeteren of bezwaar maken. Contact: privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
De functionaris voor gegevensbescherming van LKSD""",
  bcc=ALLP, fmt="html", outlook=True, note="privacy statement listing data categories, general, no pupil")

M("gen-schoolrekening-trimester", "general", S["luc"], [S["luc"]], "Schoolrekening 1ste trimester", "2024-11-15 10:00",
  f"""Beste ouders,

De schoolrekening van het eerste trimester staat klaar in Smartschool (module "Schoolrekening"). Het bedrag
omvat o.a. kopieën, werkkledij, uitstappen en zwemmen.

Gelieve te betalen vóór 15 december op rekeningnummer {IBAN_SCHOOL}, met de gestructureerde mededeling die op
de rekening staat.

Hebt u moeite om de rekening te betalen? Neem dan discreet contact op met de boekhouding. Een afbetalingsplan is
altijd mogelijk en we zoeken samen naar een oplossing. Niemand wordt uitgesloten van een activiteit omdat een
rekening nog openstaat.

Met vriendelijke groeten,
Luc Van Damme
boekhouding""",
  bcc=ALLP, rules=["personal_data"], cte="quoted-printable",
  note="invoice announcement to all parents with the school IBAN; no family is named")

M("gen-meldcode-personeel", "general", S["sofie"], [S["sofie"]], "Wat doe je bij een vermoeden van geweld of misbruik?",
  "2024-10-03 15:30",
  """Beste collega's,

Na de vorming van vorige week nog eens de stappen op een rij. Vertelt een leerling je iets over geweld,
misbruik of verwaarlozing thuis, of heb je een vermoeden?

1. Luister, blijf rustig, beloof geen geheimhouding die je niet kan houden.
2. Noteer letterlijk wat de leerling zei, zonder te interpreteren.
3. Breng dezelfde dag de zorgcoördinator of de directie op de hoogte (mondeling, niet via mail).
4. Het zorgteam beslist samen met het CLB over verdere stappen (bv. melding bij het Vertrouwenscentrum).
5. Informatie komt enkel in het leerlingvolgsysteem, niet in mails of chats.

Twijfel je? Kom gewoon langs in B.105.

Sofie""",
  bcc=ALLS, cte="8bit", note="general child-protection procedure for all staff, no case")

M("gen-laptops-uitdeling", "general", S["bart"], [S["bart"]], "Uitdeling laptops 1ste graad", "2024-09-02 08:00",
  """Beste collega's,

Deze week worden de laptops van de eerste graad uitgedeeld:

dinsdag 3/9, 2e lesuur: 1A en 1B (refter)
woensdag 4/9, 1e lesuur: 1C en 1D (refter)
donderdag 5/9, 3e lesuur: 2A t.e.m. 2D (refter)

De leerlingen krijgen hun eerste aanmeldgegevens op een gesloten enveloppe, die ze enkel thuis openen. Wil de
leerkracht van dat lesuur de klas naar de refter begeleiden?

Bart""",
  bcc=ALLS, cte="7bit", note="general laptop handout schedule for staff; login data given on paper, no value")

M("gen-newsletter-fr", "general", S["pascale"], [S["info"]], "Lettre d'information - mars", "2025-03-03 12:00",
  """Chers parents,

Voici quelques nouvelles de l'école pour le mois de mars.

- Réunion de parents : jeudi 27 mars, de 16h30 à 20h. Inscription via Smartschool.
- Excursions : les classes de 3e année visitent le Parlement flamand le 19 mars.
- Journée pédagogique : vendredi 14 mars, pas de cours. Le transport scolaire ne roule pas.
- Bulletin : vos enfants recevront leur bulletin le 4 avril.

Vous ne comprenez pas bien un message de l'école ? Mme Lenoir peut vous aider en français.

Cordialement,
La direction""",
  bcc=[f"ouders-franstalig@{D}"], lang="fr", charset="windows-1252", cte="quoted-printable",
  note="general French newsletter for French-speaking parents")

M("gen-newsletter-en", "general", S["info"], [S["info"]], "Newsletter for international families", "2024-10-11 12:00",
  """Dear parents,

Some news from Sint-Pieterscollege:

* Autumn break: from 28 October to 3 November. No school transport during the break.
* Parent-teacher evening: Thursday 28 November. You can book a slot in Smartschool ("Oudercontact").
* Sick child? Please let the school know before 8.30 am via Smartschool. A doctor's note is needed from the 4th day.
* Care team: if your child needs extra support, for example with Dutch as a second language, please contact the class teacher.

Best regards,
The school team""",
  bcc=[f"ouders-anderstalig@{D}"], lang="en", cte="7bit", note="general English newsletter")

M("gen-luizen-1b", "general", S["els"], [S["els"]], "Luizen in de klas", "2024-10-22 16:10",
  """Beste ouders van 1B,

In de klas van uw kind werden hoofdluizen vastgesteld. Dat heeft niets met hygiëne te maken en kan iedereen
overkomen. Wilt u het haar van uw kind deze week goed controleren met een luizenkam, en bij luizen behandelen
volgens de richtlijnen van het CLB (folder in bijlage op Smartschool)?

Dank u wel!
Els Vandenbussche
titularis 1B""",
  bcc=[f"ouders-1b@{D}"], cte="7bit", note="head lice notice to the parents of one class, no pupil named")

M("gen-planning-klassenraden", "general", S["marc"], [S["marc"]], "Planning klassenraden december", "2024-11-28 17:00",
  """Collega's,

Planning van de klassenraden (lokaal vergaderzaal 1):

ma 9/12: 16u 1A - 16u45 1B - 17u30 1C - 18u15 1D
di 10/12: 16u 3A/3B - 17u 3C/3D - 18u 4C
wo 11/12: 13u30 5de jaar - 15u 6de jaar
do 12/12: 16u 2de jaar (alle klassen) - 17u30 4A/4B/4D

Gelieve je punten ten laatste vrijdag 6/12 in Skore in te voeren en opmerkingen per leerling in het LVS, niet
per mail.

Marc""",
  bcc=ALLS, fmt="alt", outlook=True, note="schedule of class councils for all staff, no pupil data")

M("gen-schooltoelage", "general", S["secr"], [S["secr"]], "Schooltoelage: heeft u er recht op?", "2024-09-20 11:00",
  """Beste ouders,

Wist u dat heel wat gezinnen recht hebben op een schooltoelage via het Groeipakket? De toelage hangt af van uw
inkomen en de gezinssituatie. In de meeste gevallen hoeft u niets te doen: het Groeipakket kent de toelage
automatisch toe. Kreeg u vorig jaar niets maar is uw situatie veranderd (bv. werkloos geworden, alleenstaand)?
Neem dan contact op met uw uitbetaler.

Wist u ook dat de school een sociaal fonds heeft? Voor gezinnen die het financieel moeilijk hebben, zoeken we
discreet naar een oplossing.

Met vriendelijke groeten,
Het secretariaat""",
  bcc=ALLP, fmt="html", outlook=False, cte="base64", note="general information on school allowance and social fund")

M("gen-clb-infoavond-vaccinatie", "general", S["greet"], [S["greet"]], "CLB: medisch consult en vaccinaties",
  "2024-11-04 09:30",
  """Beste ouders van het derde jaar,

In de loop van november onderzoekt de CLB-arts alle leerlingen van het derde jaar. Tijdens dit consult worden
onder meer de groei, het gezichtsvermogen en de vaccinatiestatus nagekeken. Het CLB biedt ook de gratis
vaccinatie tegen HPV en de herhalingsvaccinatie tegen difterie-tetanus-kinkhoest aan.

U ontvangt via uw kind een toestemmingsformulier. Wenst u niet dat uw kind gevaccineerd wordt, of gebeurt dat
bij de huisarts? Vink dat dan aan op het formulier.

Meer info: www.clb-leuven.be of bij het CLB, 016 28 44 10.

Met vriendelijke groeten,
Greet Vanhoutte
directeur""",
  bcc=[f"ouders-3@{D}"], rules=["personal_data"], cte="quoted-printable",
  note="general CLB medical consult and vaccination letter to year-3 parents; CLB phone number present")

M("gen-ehbo-epilepsie-protocol", "general", S["pieter"], [S["pieter"]], "EHBO-opfrissing en protocol bij aanvallen",
  "2025-01-08 13:00",
  """Beste collega's,

Op de pedagogische studiedag van 14 maart geven Hanne en ik een korte EHBO-opfrissing. Alvast de belangrijkste
punten bij een epileptische aanval, omdat dit op campus BuSO geregeld voorkomt:

- blijf rustig, noteer het tijdstip
- leg iets zachts onder het hoofd, haal gevaarlijke voorwerpen weg
- niets in de mond steken, niet vasthouden
- na de aanval: stabiele zijligging
- langer dan 5 minuten of meerdere aanvallen na elkaar: 112 bellen

Welke leerlingen een noodprotocol hebben, zie je in het LVS bij de leerlingfiche.

Pieter""",
  bcc=ALLS, note="general first-aid / seizure protocol for all staff, no pupil named")

M("gen-afwezigheden-faq", "general", S["secr"], [S["secr"]], "FAQ: afwezigheden en doktersbriefjes", "2024-09-06 10:00",
  """Beste ouders,

Wat als mijn kind ziek is?
Verwittig de school voor 8u30 via Smartschool of telefonisch.

Wanneer heb ik een doktersattest nodig?
Een briefje van de ouders volstaat voor maximum 3 opeenvolgende kalenderdagen, en maximum 4 keer per schooljaar.
Daarna of bij langere afwezigheid is een medisch attest nodig.

Mijn kind moet naar de tandarts of orthodontist. Mag dat tijdens de les?
Liefst niet. Als het echt niet anders kan, bezorgt u een attest van de afspraak.

Mijn kind mist een toets. Wat nu?
De leerkracht spreekt een inhaalmoment af.

Wat met afwezigheden om familiale redenen?
Bv. een begrafenis of een huwelijk in de familie: vraag vooraf toestemming aan de directie.

Het secretariaat""",
  bcc=ALLP, fmt="alt", outlook=False, note="general FAQ on absences for all parents")

M("gen-week-tegen-pesten-personeel", "general", S["katrien"], [S["katrien"]], "Week tegen pesten - activiteiten",
  "2025-02-05 15:00",
  """Dag collega's,

Volgende week is het de week tegen pesten. Het programma:
- maandag: iedereen in het groen (solidariteitsdag)
- dinsdag: klasgesprekken in de 1ste graad, de fiches liggen in je postvak
- donderdag: theatervoorstelling "Zonder woorden" voor de 2de graad, sporthal 10u
- vrijdag: leerlingenraad deelt buttons uit aan de poort

Bedankt om mee te doen!
Katrien""",
  bcc=ALLS, cte="7bit", note="general anti-bullying week programme for staff")

M("gen-herinnering-gevoelige-data", "general", S["dpo"], [S["dpo"]], "Herinnering: gevoelige gegevens niet via mail",
  "2025-01-15 08:30",
  """Beste collega's,

Bij het begin van het nieuwe kalenderjaar herinneren we iedereen aan enkele afspraken uit ons communicatiebeleid:

- Gegevens over de gezinssituatie, psychosociale problemen, medische informatie, zorgmaatregelen of de
  financiële situatie van leerlingen horen in het leerlingvolgsysteem, niet in een mail of WhatsApp.
- Mail je meerdere ouders tegelijk? Zet hun adressen in BCC.
- Gebruik je privémailadres niet voor schoolzaken en stuur schoolmail niet door naar je privémailbox.
- Stuur nooit een wachtwoord via mail.

Vermoed je dat er gegevens bij de verkeerde persoon terechtkwamen? Meld het aan privacy@lksd.ksleuven.be.

Het privacyteam van LKSD""",
  bcc=ALLS, note="general reminder of the communication policy for all staff, no case")

M("gen-staking-busvervoer", "general", S["ingrid"], [S["ingrid"]], "Staking dinsdag 13 mei - leerlingenvervoer",
  "2025-05-09 16:45",
  """Beste ouders,

Door de nationale actiedag op dinsdag 13 mei rijden de bussen van het leerlingenvervoer die dag mogelijk niet.
Het busbedrijf laat ons maandag om 17u weten welke routes wel rijden; we zetten dat meteen op Smartschool.

De school is gewoon open. Kan u uw kind niet brengen, dan is de afwezigheid gewettigd.

Met vriendelijke groeten,
Ingrid Smets
vervoercoördinator""",
  bcc=[f"ouders-buso@{D}"], cte="quoted-printable", note="general strike notice about school transport")

# ===========================================================================
# G. OTHER RULES (private forward, risky attachments, visible group address)
# ===========================================================================
import zipfile


def make_zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


_fake_exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + \
    b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200
_driver_zip = make_zip([("KyoceraDriver/Setup.exe", _fake_exe),
                        ("KyoceraDriver/installeer_spc.bat", b"@echo off\r\nSetup.exe /S /profile=SPC\r\n"),
                        ("KyoceraDriver/LEESMIJ.txt", b"Dubbelklik op installeer_spc.bat\r\n")])
_xlsm = make_zip([("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                   b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
                  ("xl/workbook.xml", b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="uren" sheetId="1"/></sheets></workbook>'),
                  ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 120 + b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\nEnd Sub\r\n")])

M("fwd-klassenraden-naar-gmail", "other", S["an"], ["an.devos78@gmail.com"], "Fwd: Planning klassenraden december",
  "2024-11-28 19:12",
  """voor thuis

---------- Doorgestuurd bericht ---------
Van: Marc Verlinden <marc.verlinden@sintpieterscollege.be>
Datum: do 28 nov 2024 om 17:00
Onderwerp: Planning klassenraden december

Collega's,

Planning van de klassenraden (lokaal vergaderzaal 1):
ma 9/12: 16u 1A - 16u45 1B - 17u30 1C - 18u15 1D
di 10/12: 16u 3A/3B - 17u 3C/3D - 18u 4C

Gelieve je punten ten laatste vrijdag 6/12 in Skore in te voeren.
Marc""",
  rules=["private_account"], tags=["fwd-inline"], cte="7bit",
  note="teacher forwards a school mail (class council schedule, no pupil data) to her own private gmail")

M("printerdriver-zip", "other", S["bart"], [S["bart"]], "driver nieuwe kopieertoestellen", "2024-09-11 12:30",
  """Beste collega's,

Wie thuis of op zijn eigen laptop wil afdrukken naar de nieuwe Kyocera's: pak de zip in bijlage uit en start
installeer_spc.bat. Op de schoollaptops staat de driver al.

Bart""",
  bcc=ALLS, atts=[("KyoceraDriver_SPC.zip", "application/zip", _driver_zip)],
  rules=["attachment"], note="ICT coordinator mails staff a zip containing an .exe installer and a .bat script")

M("stageuren-xlsm", "other", S["tom"], ["Mentor WZC Ter Linde <stage@wzcterlinde.be>"], "urenbriefje stage (nieuw)",
  "2025-02-17 09:20",
  """Dag Martine,

In bijlage het nieuwe urenbriefje voor de stagiairs. Het rekent automatisch de totalen uit, je moet wel de
macro's inschakelen als Excel erom vraagt.

Tom""",
  atts=[("stageuren_2025.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", _xlsm)],
  rules=["attachment"], note="stage coordinator sends an external mentor a macro-enabled Excel timesheet")

M("uitstap-3b-ouders-in-to", "other", S["mehmet"], [f"Ouders 3B <ouders-3b@{D}>"], "Herinnering uitstap Brussel vrijdag",
  "2025-03-18 18:30",
  """Beste ouders van 3B,

Vrijdag gaan we met de klas naar het Parlementarium en het Atomium. We vertrekken om 8u10 met de trein vanuit
Leuven en zijn terug rond 16u30. Graag een lunchpakket meegeven en een geldige identiteitskaart (kids-ID).

Met vriendelijke groeten,
Mehmet Yilmaz
titularis 3B""",
  rules=["bcc"], cte="7bit", note="class excursion reminder with the class parents' group address visible in To")


# ===========================================================================
# output
# ===========================================================================

PHONE_RE = re.compile(r"(?<![\d.])(?:\+32|0032|\+31|0)[ ./]?\d{1,3}(?:[ ./]?\d{2,3}){2,4}(?![\d.])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"°\s?\d|geboren op|date of birth|né le|geboortedatum:? \d")
GROUP_RE = re.compile(r"^(ouders|ouders-.*|leerlingen|leerlingen-.*|personeel|klas-.*|vakgroep-.*)@")


def is_school(addr):
    dom = addr.split("@")[-1].lower()
    return any(dom == d or dom.endswith("." + d) for d in SCHOOL_DOMAINS) or dom.endswith(".ksleuven.be") \
        or dom == "leerling." + D


def all_text(m):
    parts = [m.get("text", ""), re.sub(r"<[^>]+>", " ", htmlmod.unescape(m.get("html") or ""))]
    for a in m.get("atts", []):
        if a[1].startswith("text/"):
            parts.append(a[2] if isinstance(a[2], str) else a[2].decode())
    if m.get("fwd_msg"):
        parts.append(all_text(m["fwd_msg"]))
    return "\n".join(parts)


def self_check(fname, m):
    """Consistency check of my own labels against what the mail really contains (not a detector)."""
    warn = []
    txt = all_text(m)
    has_pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or DOB_RE.search(txt) or RRN_RE.search(txt))
    if has_pd != ("personal_data" in m["rules"]):
        warn.append(f"personal_data? found={has_pd} {PHONE_RE.findall(txt)[:3]}")
    vis = [split_addr(a)[1].lower() for a in m["to"] + m["cc"]]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if is_school(a) and GROUP_RE.match(a)]
    bcc = len(ext) > 1 or bool(grp)
    if bcc != ("bcc" in m["rules"]):
        warn.append(f"bcc? ext={ext} grp={grp}")
    sender = (m["mail_from"] or split_addr(m["frm"])[1]).lower()
    priv = not is_school(sender)
    if priv and "private_account" not in m["rules"]:
        warn.append("private sender")
    if "sensitive" in m["rules"] and not m["cats"]:
        warn.append("sensitive without categories")
    if m["mis"]:
        wrong = {split_addr(a)[1].lower() for a in m["to"] + m["cc"] + m["bcc"]}
        x_par = {a.lower() for h in m["about"] for a in KEY[h][3:5] if a}
        if wrong & x_par:
            warn.append("misdirected mail reaches the right parent")
    for w in warn:
        print(f"  CHECK {fname}: {w}")


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(1010).shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        fname = f"{n:03d}-{m['slug']}.eml"
        raw, tags = build(m, n)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        self_check(fname, m)
        mail_from = m["mail_from"] or split_addr(m["frm"])[1]
        rcpt = [split_addr(a)[1] for a in m["to"] + m["cc"] + m["bcc"]]
        lab = [f"{fname}:",
               f"  rules: [{', '.join(m['rules'])}]"]
        if "sensitive" in m["rules"]:
            lab.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        lab += [f"  mail_from: {mail_from}",
                f"  rcpt: [{', '.join(rcpt)}]",
                f"  about: [{', '.join(pid(h) for h in m['about'])}]",
                f"  misdirected: {'true' if m['mis'] else 'false'}",
                f"  note: {yq(m['note'])}",
                f"  lang: {m['lang']}",
                f"  format: [{', '.join(dict.fromkeys(tags))}]"]
        labels.append("\n".join(lab))
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch10 - Sint-Pieterscollege Kessel-Lo (BuSO OV3/OV4 + TSO/BSO). Generated by make.py.\n")
        f.write("\n".join(labels) + "\n")
    write_roster()
    print(f"{len(MAILS)} mails written to {OUT}")


if __name__ == "__main__":
    main()
